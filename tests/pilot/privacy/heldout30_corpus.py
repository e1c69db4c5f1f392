#!/usr/bin/env python3
"""Held-out corpus 30: posts on the collaboration platform of the cross-team pilot
"Samen werken in het sociale domein" (Den Haag). Hand-written texts with inline markup:
[[lab:text]] = pii span, {{lab:text}} = keep span. Markup is stripped programmatically."""

import json, os, re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "do": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []
TEXTS += [
    r"""Themapagina Jeugd
Dit thema wordt getrokken door [[p:Marloes Dijkhuizen]] ({{r:jeugdconsulent}}, {{o:CJG}} {{w:Moerwijk}}) en [[p:Yusuf Aydın]] ({{r:maatschappelijk werker}}, SWT {{w:Transvaal}}). We richten ons op de overgang 18-/18+: jongeren die 18 worden verliezen hun jeugdhulp en komen pas maanden later bij een volwassenenteam binnen. In die gaten ontstaan schulden, dakloosheid en schooluitval. Eerste bijeenkomst van de themagroep: [[d:donderdag 6 februari]], 14.00 uur in het wijkcentrum. Vragen vooraf? Bel of app [[p:Marloes]] op [[t:06-24817730]].""",
    r"""Verslag kick-off pilot "Samen werken in het sociale domein", [[d:22 november 2024]]
Aanwezig: ca. 170 teamleden van de 24 sociale wijkzorgteams, facilitatoren van de {{o:gemeente Den Haag}}, {{o:Crossover}} en het {{o:CAOP}}.
- Opening door [[p:Hans van Leeuwen]] (programmamanager)
- Stemming over thema's: jeugd (61 stemmen), ouderen (58), huiselijk geweld (47), bemoeizorg (44); schulden en laaggeletterdheid vielen net af
- Pilotgroep van 20 personen samengesteld, lijst volgt via de mail van [[p:Petra]]
Volgende stap: startbijeenkomst begin februari.""",
    r"""Re: wie heeft ervaring met jongeren die na hun 18e uit beeld raken?
Ja hoor, hebben we nu precies. Jongen van 19, [[p:Dani Lopes Tavares]], was bij {{o:Jeugdformaat}} in beeld en na z'n verjaardag ([[d:14-01]]) ineens nergens meer. Moeder belde ons zelf, [[t:06 41 09 27 38]]. Via de {{r:jongerenwerker}} van {{o:Xtra}} in {{w:Zuiderpark}} hebben we hem wel weer te pakken gekregen, binnen 2 weken. Tip: vraag altijd welke volwassene uit het netwerk de jongere nog vertrouwt. Bij [[p:Dani]] was dat zijn oom [[p:Nelson]].
gr [[p:Suus]]""",
    r"""Casusles ouderen – thema-pilotgroep Ouderen
Mw. [[p:H.J. Bakker-Roos]] (geb. [[d:03-09-1938]]) woont alleen op de [[a:Oude Haagweg 318]], {{w:Bouwlust}}. Zij werd aangemeld door de {{r:huisarts}} omdat zij steeds vaker verward belde met de praktijk. De {{r:casemanager dementie}} kwam niet binnen: mw. deed de deur niet open. Wat wel werkte: de buurvrouw, mw. [[p:De Wit]], ging mee bij het tweede bezoek. Lesson learned: kijk eerst wie er al over de vloer komt voordat je zelf aanbelt. Dossier [[do:SWT-ESC-2024-0419]].""",
    r"""Brainstorm huiselijk geweld – uitkomsten post-its (sessie [[d:12 februari]])
1. Eén aanspreekpunt per gezin, niet drie
2. {{o:Veilig Thuis}} eerder aan tafel, niet pas na de melding
3. Meer aandacht voor ouderenmishandeling (financieel!)
4. Kinderen apart spreken; {{r:jeugdconsulent}} en {{r:maatschappelijk werker}} samen
5. Meldcode opfrissen in de teams → [[p:Ilse]] regelt training bij {{o:Sterk Huis}}
6. Nazorg: na 3 maanden standaard terugbellen
Uitgewerkt door [[p:Ilse Koster]] en [[p:Bram Smit]].""",
    r"""@[[p:Karin]] heb jij nog het nummer van de dochter van dhr [[p:el idrissi]]? Ik had [[t:0657310284]] maar die is afgesloten. Clt heeft morgen afspraak bij {{o:SZW}} ivm herbeoordeling en ik wil dat ze meegaat. Groetjes [[p:Naima]]""",
    r"""Aan alle deelnemers van de themagroep bemoeizorg,
Hierbij het verslag van onze werksessie van [[d:dinsdag 18 februari]]. Aanwezig waren [[p:R. Ramautar]] (SWT {{w:Laak}}), [[p:J. Visser]] ({{o:Parnassia}}), [[p:E. Hoop]] ({{r:wijkverpleegkundige}}, {{o:Florence}}) en ondergetekende. Belangrijkste punt: de {{o:OGGZ}}-meldingen komen bij vijf verschillende loketten binnen. Wij stellen voor dat per wijk één {{r:casusregisseur}} het eerste contact legt, ongeacht via welk loket de melding binnenkomt.
Met vriendelijke groet,
drs. [[p:A.M. (Anneke) Verbeek]]
{{r:procesbegeleider}} {{o:Crossover}}
[[t:070 - 362 81 14]] | [[e:a.verbeek@crossover-advies.nl]]""",
    r"""Themapagina Schulden (nog niet gekozen als pilotthema, wel als werkgroep doorgegaan)
Hier verzamelen we voorbeelden van vroegsignalering. Belangrijkste partners: {{o:Schuldhulpverlening Den Haag}}, {{o:Humanitas Thuisadministratie}}, {{o:SchuldHulpMaatje}} en de {{r:sociaal raadslieden}}. Eerste voorbeeld van [[p:Mohammed]]: een gezin in {{w:Spoorwijk}} met een huurachterstand van € 3.400 bij {{o:Haag Wonen}}. Door een betalingsregeling op [[i:NL61 RABO 1524 0975 86]]... nee, dat moet ik weghalen, sorry. Ik pas het aan. Kern van de les: bel de verhuurder vóór de deurwaarder.""",
    r"""Workshop "Vraaggericht werken", [[d:5-3-2025]], {{o:Zebra Welzijn}} {{w:Transvaal}}
Casus ingebracht door [[p:Gül]]: dhr. [[p:Kaya]] (67) wil alleen hulp bij zijn post, maar we zien eenzaamheid, geheugenproblemen en een vervuild huis. Discussie: ga je mee in de vraag of begin je over de rest? Conclusie van de groep: start met de post, bouw vertrouwen op, en noem na 3-4 bezoeken voorzichtig de rest. [[p:Gül]] gaat dit proberen en koppelt terug in april.""",
    r"""Vraag aan de groep: wie kent een goede Poolse tolk die ook thuis wil komen? Clt mw [[p:Agnieszka Nowak]], [[a:Weimarstraat 221-A]], spreekt nauwelijks Nederlands en haar zoon [[p:Piotr]] ([[t:+48 512 334 876]]) zit in Polen. Telefonisch tolken via {{o:Global Talk}} lukt, maar ze is slechthorend. Alvast dank! [[p:Evelien]], {{r:Wmo-adviseur}} {{w:Segbroek}}""",
    r"""Expertmeeting april – samenvatting
Op [[d:woensdag 16 april]] kwamen de vier themagroepen samen met externe deskundigen: prof. dr. [[p:L. Mulder]] ({{o:Haagse Hogeschool}}), [[p:Sanne de Jong]] ({{o:GGD Haaglanden}}) en [[p:Erik Post]] ({{o:Veilig Thuis Haaglanden}}). De deskundigen waren positief over de themagroep ouderen, die een signaleringskaart voor huismeesters maakte. Kritiek was er op de groep jeugd: te veel praten, te weinig doen. Afspraak: elke groep levert voor [[d:1 juni]] een uitgewerkte casusles aan.""",
    r"""Les uit de praktijk – statushouders
Gezin [[p:Tesfay]] (vader, moeder, 4 kinderen) kwam in oktober 2023... correctie: in oktober 2023 in {{w:Moerwijk}} wonen. {{o:VluchtelingenWerk}} stopte na 18 maanden met begeleiding. Daarna ging het mis: brieven van de {{o:Belastingdienst}} over toeslagen werden niet begrepen, een terugvordering van € 6.100 volgde. Vader [[p:Yohannes]] vond via de moskee, nee via de kerk, een Eritrese vrijwilliger, [[p:Senait]], die nu meeleest. Les: regel vóór het einde van de begeleiding een warme overdracht naar het SWT.""",
    r"""dhr [[p:Boukhari]] heeft vandaag ([[d:ma 10/3]]) eindelijk getekend voor toestemming, dus nu kan ik de casus hier inbrengen. Kort: 58 jr, alleenstaand, verslaving, 3 x uitgezet. Zit nu tijdelijk bij broer op [[a:Hobbemastraat 142]], [[pc:2526 JS]]. {{o:Brijder}} wil pas iets na aanmelding via de {{r:huisarts}} en hij heeft geen huisarts. Wie heeft ervaring met een huisarts in {{w:Schilderswijk}} die nieuwe patiënten zonder vast adres aanneemt?""",
    r"""Reactie [[p:Jeroen]] ({{r:wijkagent}} {{w:Schilderswijk}}): Bij de {{o:Haagse Straatdokter}} kan hij terecht zonder vaste verblijfplaats. Vraag naar dokter [[p:Meijer]]. Daarnaast zou ik {{o:Kessler Stichting}} inschakelen. Ik ken meneer trouwens nog van een melding in 2022; stuur maar een berichtje naar [[e:jeroen.vandam@politie.nl]] als je wilt afstemmen.""",
    r"""Startbijeenkomst pilotgroep – [[d:maandag 3 februari 2025]]
Locatie: Atrium, stadhuis
Notulist: [[p:Lisa Groen]]
1. Voorstelronde. 20 deelnemers uit 14 teams; ontbrekend: [[p:Fatma]] ({{w:Laakkwartier}}) en [[p:Willem]] ({{w:Duindorp}}), allebei ziek.
2. Werkwijze: elke themagroep komt 1x per 2 weken bij elkaar, facilitator van {{o:Crossover}} sluit aan.
3. Platform: casuslessen alleen geanonimiseerd! [[p:Hans]] herinnert iedereen aan de toestemmingsverklaring.
4. Rondvraag: geen.""",
    r"""Themagroep laaggeletterdheid, les 1
Mevrouw [[p:Nadia Bouzerda]], 44 jaar, moeder van drie, kwam bij ons via het {{o:Taalhuis}} in de {{o:Bibliotheek Schilderswijk}}. Zij kon de brieven van de {{o:Belastingdienst}} niet lezen en had daardoor al twee jaar geen huurtoeslag meer. Haar BSN ([[b:849093405]]) stond op een formulier dat ze bij ons had laten liggen, zo kwamen we erachter dat er ook nog een oude aanvraag open stond. Les: laaggeletterdheid zie je niet, je moet ernaar vragen. Gebruik de signaalkaart van {{o:Stichting Lezen & Schrijven}}.""",
    r"""Even een praktisch dingetje: kan iedereen die bij de workshop op [[d:20/3]] was het declaratieformulier nog inleveren bij [[p:Sandra]]? Mailen mag: [[e:s.koolhoven@denhaag.nl]]. Thanks!""",
    r"""Casus ter bespreking – huiselijk geweld
Mw [[p:S.]] ([[d:11-06-1991]]) en partner dhr [[p:R. Bhoelai]] wonen met 2 kinderen (5 en 8) op de [[a:Laakkade 41-III]]. Melding via {{o:Veilig Thuis}} ([[do:VT-2025-01187]]) na incident op [[d:2 maart]]. Mw wil niet weg, wil wel hulp. {{o:Jeugdbescherming West}} kijkt mee. Wat is bij jullie de ervaring met een {{r:aandachtsfunctionaris}} die het gesprek voert samen met de {{r:wijkverpleegkundige}} die al over de vloer komt?""",
    r"""Reactie [[p:Marieke]]: Goede ervaring mee in {{w:Escamp}}. De {{r:wijkverpleegkundige}} heeft het vertrouwen, de {{r:aandachtsfunctionaris}} de kennis. Wel vooraf met z'n tweeën afspreken wie wat zegt, anders wordt het een verhoor. Bij ons heeft mw. [[p:Van der Hoek]] daardoor na 3 gesprekken zelf gekozen voor {{o:Sterk Huis}}. Succes!""",
    r"""Bemoeizorg: kleine overwinning deze week 🙂 Meneer [[p:Lambert]] uit {{w:Duindorp}}, die al sinds de zomer niemand binnenliet, heeft vrijdag de deur opengedaan voor [[p:Tineke]] van de {{o:GGD}}. Zij had een zak sinaasappels bij zich. Niet inhoudelijk gepraat, alleen over de hond. Volgende week weer. Geduld werkt!""",
    r"""Evaluatie themagroep ouderen – slotbijeenkomst juni
Wat ging goed:
- snelle lijnen met de {{r:ouderenconsulent}} van {{o:Voorall}}
- signaleringskaart voor huismeesters van {{o:Staedion}} en {{o:Vestia}}
- inzet vrijwilligers via {{o:Humanitas}}
Wat kan beter:
- privacy: in twee lessen stonden nog geboortedata (bv. [[d:17 juli 1941]]) en een adres ([[a:Dedemsvaartweg 87]]). Graag beter checken!
- deelname vanuit {{w:Leidschenveen}} en {{w:Ypenburg}} was laag
Opgesteld door [[p:Jolanda Wuyts]] en [[p:Ahmed el Khatib]].""",
    r"""ff snel: mw [[p:achahbar]] belde net, ze heeft de beschikking binnen (Wmo, huishoudelijke hulp). Zaaknr [[do:WMO-2025-30412]]. @[[p:Rianne]] kun jij de zorgaanbieder bellen? Haar mobiel is [[t:06-48 22 91 03]], ze is alleen 's ochtends thuis.""",
    r"""Themapagina Statushouders
Den Haag huisvest jaarlijks honderden statushouders, veel in {{w:Moerwijk}}, {{w:Morgenstond}} en {{w:Laak}}. In deze pilot kijken we naar de overgang van {{o:VluchtelingenWerk}} naar de wijkteams. Contactpersonen: [[p:Hamid Rahimi]] (SWT {{w:Morgenstond}}, {{r:trajectbegeleider}}) en [[p:Lieke Brouwer]] ({{o:gemeente Den Haag}}, {{r:klantmanager}} inburgering). Lessen en vragen graag hieronder plaatsen. Let op: geen verblijfsnummers (V-nummers) of namen van gezinsleden!""",
    r"""Casusles statushouders (themagroep)
Jonge Syrische vader, [[p:Ahmad Al-Hussein]], V-nummer [[do:V-2871345610]], woont sinds vorig jaar met zijn vrouw [[p:Rasha]] en dochtertje op de [[a:Hengelolaan 604]]. Hij wilde graag werken maar zat vast in de inburgering. Via de {{r:klantmanager}} van {{o:SZW}} kwam hij op een leerwerkplek bij {{o:HTM}}. Wat hielp: één vast aanspreekpunt en een maatje van {{o:Welkom in Den Haag}}. Wat niet hielp: vier verschillende formulieren met vier keer dezelfde vragen.""",
    r"""Re: Re: signaleringskaart huismeesters
Leuk idee! Bij ons in {{w:Mariahoeve}} doen de huismeesters van {{o:Haag Wonen}} dit al informeel. [[p:Johan]], de huismeester van de flats aan de Theresiastraat, belt mij gewoon als hij iemand een week niet ziet. Zijn nummer: [[t:06-13560982]]. Misschien kan hij meedenken over de kaart?""",
    r"""Verslag themagroep jeugd [[d:27-02-2025]]
Aanwezig: [[p:Marloes]], [[p:Yusuf]], [[p:Kim Zwart]], [[p:Tamara]] (gast, {{o:Youz}})
Afwezig m.k.: [[p:Ricardo Martina]]
- Casus [[p:Jayden]] (17) besproken, zie dossier [[do:CJG-MW-24-0982]]. Afspraak: [[p:Yusuf]] belt z.s.m. met de {{r:leerplichtambtenaar}}.
- Opzet "18-min-gesprek": een half jaar voor de 18e verjaardag samen met jongere en ouders een plan maken.
- Volgende keer: [[d:13 maart]], {{o:CJG}} {{w:Moerwijk}}.""",
    r"""Hallo allemaal, ik ben [[p:Rosa Hoogendoorn]], sinds deze maand {{r:MEE-consulent}} in SWT {{w:Bezuidenhout}} en ik sluit aan bij de groep bemoeizorg in plaats van [[p:Dirk]]. Ik werk vooral met mensen met een LVB... nou ja, met een licht verstandelijke beperking. Bereikbaar ma-di-do op [[t:(070) 764 12 90]] of [[e:r.hoogendoorn@mee-zhn.nl]].""",
    r"""Casusles schulden (werkgroep)
Mw. [[p:Rachida]] kreeg na de scheiding alle vaste lasten op haar naam. Binnen 8 maanden € 14.000 schuld, o.a. bij {{o:Eneco}}, {{o:Dunea}} en {{o:CAK}}. Loonbeslag op haar rekening [[i:NL20INGB6131209901]]. De {{r:schuldhulpverlener}} van {{o:GKB}} kon pas na 10 weken starten. Wat we nu anders doen: meteen budgetbeheer aanvragen en de vaste lasten laten doorbetalen, ook als het traject nog niet loopt.""",
]
TEXTS += [
    r"""Notulen overleg themagroep huiselijk geweld
Datum: [[d:di. 4 maart 2025]]
Aanwezig: [[p:I. Koster]] (vz), [[p:B. Smit]], [[p:N. Oulad Ali]], [[p:C. Martis]], [[p:P. Janssen-Roos]] (notulen)
1. Mededelingen: [[p:Bram]] is vanaf 1 april met ouderschapsverlof, [[p:Cheryl Martis]] neemt zijn rol over.
2. Casus gezin [[p:Mahabier]] ({{o:Veilig Thuis}}-nr. [[do:VT-2024-09871]]): de {{r:gezinscoach}} van {{o:Jeugdformaat}} en de {{r:maatschappelijk werker}} hebben het veiligheidsplan gezamenlijk opgesteld. Dit werkte goed.
3. Actiepunt: [[p:Nadia]] vraagt bij {{o:Veilig Thuis Haaglanden}} na of er een vast contactpersoon per stadsdeel kan komen.""",
    r"""Thread: bewindvoering aanvragen zonder DigiD?
Mijn clt (dhr [[p:Ramdin]], [[a:Vaillantlaan 204B]], [[pc:2526 BC]]) heeft geen DigiD en geen telefoon. Kantonrechter wil het verzoek digitaal. Iemand een idee? Ik heb zijn BSN [[b:662170830]] al ingevuld op het papieren formulier maar dat nemen ze niet meer aan, zeggen ze bij de rechtbank.
[[p:Wendy]], {{r:schuldhulpverlener}} {{w:Centrum}}""",
    r"""@[[p:Wendy]] ja, dat kan via een {{r:bewindvoerder}} die het verzoek zelf indient namens clt. Wij werken vaak met mr. [[p:De Boer]] van {{o:Bewind Haaglanden}}, die komt ook thuis. Haal wel je BSN even uit je bericht hierboven 😉 – privacy!""",
    r"""Brainstorm ouderen ([[d:19 februari]]) – de drie beste ideeën:
★ "Koffie op de gang": maandelijks koffie in de portiekflats in {{w:Morgenstond}}, samen met {{o:Stichting Mooi}}
★ Vaste belrondes door vrijwilligers van de {{o:Zonnebloem}} voor ouderen die geen mantelzorger hebben
★ {{r:huisarts}} en {{r:ouderenconsulent}} 1x per kwartaal samen de lijst van 75+'ers doorlopen
Idee van [[p:Wilma Bos]]: ook de kapper en de apotheek vragen om signalen door te geven. Iedereen enthousiast!""",
    r"""Casusles bemoeizorg – "de man in de schuur"
Dhr. [[p:Gerrit van Dam]], 71, woonde in een tuinhuis op een volkstuincomplex bij {{w:Kraayenstein}}. Geen post, geen zorgverzekering, geen AOW aangevraagd. Zijn zus, mw. [[p:Annie Dekker-van Dam]] ([[t:0174-28 77 61]]) uit Naaldwijk, had al jaren geen contact. De {{r:wijkverpleegkundige}} kwam eerst alleen voor een wondje aan zijn been. Na 6 weken mocht de {{r:casusregisseur}} mee. Nu: AOW via de {{o:SVB}} loopt, ingeschreven op het postadres van de {{o:Kessler Stichting}}. Les: de zorgvraag is de ingang, niet het doel.""",
    r"""Graag jullie hulp, het gaat om [[p:Marisol Cijntje]], Antilliaanse jonge moeder ([[d:23/11/2002]]) op de [[a:Zuiderparklaan 110-hs]]. Ze kreeg een brief van {{o:DUO}} over een studieschuld die niet klopt. Klantnummer {{o:DUO}}: [[do:7700284519]]. Wie weet bij wie je daar moet zijn? Alvast dank, [[p:Gerda]]""",
    r"""Reactie [[p:Orlando]]: Ik heb daar een lijntje, [[p:Mei Ling Chen]] werkt bij {{o:DUO}} op de afdeling terugbetalen en is heel behulpzaam. Stuur me even een PB dan geef ik haar direct nummer. En [[p:Gerda]]: dat klantnummer is ook persoonsgegeven, graag aanpassen.""",
    r"""SAMENVATTING EXPERTMEETING THEMA BEMOEIZORG
Datum: [[d:16-04-2025]]
Deskundigen: dr. [[p:M. Kuipers]], {{r:psychiater}} {{o:Parnassia}} – [[p:Fatih Yıldız]], {{r:SPV}} {{o:Lucertis}} – [[p:Roos van Wijk]], {{r:ervaringsdeskundige}}
Kernpunten:
a) Bemoeizorg vraagt tijd; productieafspraken van zorgaanbieders staan dit in de weg.
b) Ervaringsdeskundigen openen deuren die voor professionals dicht blijven.
c) Deel informatie op basis van "zwaarwegend belang", maar leg vast waarom.
[[p:Roos]] vertelde over haar eigen periode op straat; indrukwekkend. Veel vragen over de samenwerking met de {{r:wijkagent}}.""",
    r"""Notitie voor dossier (per ongeluk in de themagroep gezet?): mw [[p:yilmaz]] [[b:1603.94.697]] – nieuwe afspraak [[d:vr 21 mrt]] 10.30 uur, met tolk Turks. Huisbezoek [[a:Wolweverstraat 16]].""",
    r"""@[[p:Sevda]] bovenstaande notitie is zichtbaar voor de hele pilotgroep, ik heb de beheerder ([[p:Jasper]]) gevraagd het bericht weg te halen. Geen probleem hoor, gebeurt iedereen een keer.""",
    r"""Themapagina Ouderen
Trekkers: [[p:Jolanda Wuyts]] ({{r:ouderenconsulent}}, {{o:Voorall}}) en [[p:Ahmed el Khatib]] ({{r:casemanager dementie}}, SWT {{w:Mariahoeve}}).
Focus: eenzaamheid, beginnende dementie, ouderen met een migratieachtergrond die het Nederlandse zorgsysteem niet kennen.
Activiteiten:
• [[d:26 februari]] – werksessie met {{o:WZH}} en {{o:Florence}}
• [[d:12 maart]] – bezoek aan de ontmoetingsplek voor Hindoestaanse ouderen in {{w:Transvaal}}
• april – expertmeeting
Vragen: mail [[p:Jolanda]], [[e:j.wuyts@voorall.nl]].""",
    r"""Casusles ouderen (Hindoestaanse oudere)
Mw. [[p:Soekhai]], 84 jaar, woont bij zoon [[p:Ravi]] en schoondochter in {{w:Transvaal}}. Zoon werkt fulltime, schoondochter zorgt alles. Overbelasting dreigde. Mw. wilde geen "vreemden" over de vloer. Via de {{o:Hindoestaanse ouderenvereniging Shanti}} kwam er een vrijwilliger die Sarnami spreekt. De {{r:Wmo-adviseur}} kon daarna dagbesteding regelen bij een cultuursensitieve aanbieder. Contact schoondochter via [[t:06-27 18 44 90]] (let op: alleen na 18.00 uur). Les: cultuursensitief werken is geen extraatje.""",
    r"""Verslag workshop "Privacy in de samenwerking", [[d:donderdag 13 maart]]
Door mr. [[p:Eva Lindhout]], {{r:privacy officer}} {{o:gemeente Den Haag}}.
- De toestemmingsverklaring geldt alleen binnen het SWT, niet voor de hele pilotgroep.
- Casuslessen: geen namen, geen geboortedata, geen adressen, geen BSN, geen dossiernummers.
- Voorbeeld uit de praktijk (geanonimiseerd door [[p:Eva]]): "Mw. [[p:K.]] (geb. [[d:2-5-1958]]) uit de [[a:Pijnacker Hordijkstraat 31]]" — dit is dus fout!
- Twijfel? Vraag het de {{r:privacy officer}} van je eigen organisatie.""",
    r"""Rondje lessons learned tijdens de lunch, genoteerd door [[p:Femke]]:
- [[p:Tom]] ({{w:Scheveningen}}): "Neem de {{r:huismeester}} serieus."
- [[p:Aïcha]] ({{w:Laakkwartier}}): "Vraag altijd of er kinderen in huis zijn, ook bij een ouderencasus."
- [[p:Stefan Kok]] ({{w:Loosduinen}}): "De {{r:wijkagent}} weet vaak meer dan wij."
- [[p:Ingrid]] ({{w:Haagse Hout}}): "Laat de klant het plan zelf opschrijven, ook als het met fouten is."
Mooie quotes voor de eindpresentatie!""",
    r"""Casus dhr [[p:Dragan Petrović]], geb. [[d:1967-08-30]], [[a:Loosduinseweg 650]], [[pc:2571AE]], BSN [[b:148 197 425]]. Huurachterstand 5 mnd bij {{o:Staedion}}. Ontruimingsvonnis is er al. {{r:Casusregisseur}} {{w:Regentessekwartier}} vraagt: wie heeft er ervaring met een tweede-kansovereenkomst bij {{o:Staedion}}? (NB dit bericht graag anonimiseren vóór publicatie, dank [[p:Ruud]])""",
    r"""Beste [[p:Ruud]], ja: bij {{o:Staedion}} heet dat een "gedragsaanwijzing met laatste kans". Vraag naar het {{o:Team Bijzondere Woonzaken}}, daar zit [[p:Mieke Vos]]. Zij heeft bij ons een mevrouw uit {{w:Rustenburg}} geholpen. Voorwaarde: budgetbeheer en begeleiding door het SWT. Succes, [[p:Joke]]""",
    r"""Reflectie van een deelnemer (4 maanden pilot)
Eerlijk gezegd was ik in november sceptisch. Weer een project. Maar door de themagroep huiselijk geweld ken ik nu [[p:Cheryl]], [[p:Nadia]] en [[p:Ilse]] persoonlijk en bel ik ze gewoon als ik vastloop. Dat scheelt weken. Wat ik jammer vond: de bijeenkomsten waren altijd op dinsdagmiddag, dan heb ik spreekuur in het {{o:Servicepunt XL}} {{w:Escamp}}. 
– [[p:Priya Jagesar]], {{r:maatschappelijk werker}}""",
    r"""Kan iemand mij helpen aan contactgegevens van de {{r:leerplichtambtenaar}} voor {{w:Ypenburg}}? Het gaat om een meisje van 15, [[p:Liam]]… nee sorry, jongen dus, [[p:Liam]], die sinds de kerstvakantie niet meer naar school gaat. Moeder: [[p:Sharon Kramer]], [[t:06-3910 2256]].""",
    r"""Antwoord van [[p:Hatice]]: voor {{w:Ypenburg}} en {{w:Leidschenveen}} is dat dhr. [[p:P. Bloem]]... dhr. [[p:Bloem]] dus, bereikbaar via het algemene nummer van {{o:Leerplicht Den Haag}}. Hij is heel toegankelijk.""",
    r"""Uitnodiging slotbijeenkomst pilot "Samen werken in het sociale domein"
Datum: [[d:dinsdag 17 juni 2025]], 13.00–17.00 uur
Programma:
13.00 welkom door wethouder
13.30 presentaties van de vier themagroepen
15.00 pauze
15.30 gesprek met [[p:Marijke Bakker]] ({{o:CAOP}}) over borging
16.30 borrel
Aanmelden vóór [[d:1 juni]] bij [[p:Petra Lagerwaard]], [[e:petra.lagerwaard@denhaag.nl]], [[t:070-3534 819]].""",
    r"""Casusles huiselijk geweld: financieel misbruik bij ouderen
Dhr. [[p:A. Tahiri]] (79) belde het {{o:Servicepunt XL}} {{w:Bouwlust}} omdat hij "geen geld meer had voor de boodschappen". Bleek dat zijn kleinzoon [[p:Mounir]] de pinpas gebruikte. Op zijn rekening [[i:NL20 ABNA 3088 0196 44]] werd wekelijks € 300 opgenomen. Samen met {{o:Veilig Thuis}} en de {{r:bewindvoerder}} is een beschermingsbewind geregeld. Les: bij ouderen die ineens geen geld hebben altijd aan financieel misbruik denken.""",
    r"""Kort verslag intervisie bemoeizorg (digitaal, [[d:25 maart]])
casus [[p:Hendriks]]: clt weigert alle hulp, huis vervuild, buren klagen. Zit op [[a:Stuwstraat 31]]. Woningcorp. wil ontbinden.
afspraak: [[p:Fatih]] ({{r:SPV}}) gaat i.o.m. huisarts op huisbezoek; [[p:Rosa]] zoekt contact met broer [[p:Hans Hendriks]], die in Delft woont.
evaluatie over 3 wkn.""",
    r"""Wie doet er mee aan de werkgroep "taal en zorg"? We willen een lijst maken van zorgverleners in Den Haag die Tigrinya, Dari, Pashtoe of Somali spreken. Aanmelden bij [[p:Hodan Warsame]], [[e:hodan.warsame@swt-laak.nl]]. Deadline [[d:1-04]].""",
    r"""Casus jeugd / huiselijk geweld
[[p:Kevin]] (16) belde zelf de {{o:Kindertelefoon}}. Zijn moeder mw. [[p:Tanja de Graaf]] drinkt, zijn stiefvader dhr. [[p:Sergio]] is agressief. Wonen in {{w:Duindorp}}, [[a:Tesselsestraat 88]]. School ({{o:Zandvliet College}}) had al signalen, maar meldde niet. Nu: {{o:Veilig Thuis}} onderzoek, [[p:Kevin]] tijdelijk bij oma [[p:Coby]] in {{w:Scheveningen}}. Les voor de pilot: maak met scholen afspraken over wie wanneer meldt.""",
    r"""Reactie op casus [[p:Kevin]]:
Herkenbaar. In {{w:Spoorwijk}} hebben we een vaste {{r:schoolmaatschappelijk werker}} ([[p:Anouk]]) die 1x per maand aansluit bij het SWT-overleg. Scheelt enorm. Ik kan [[p:Anouk]] vragen om hier iets over te delen.
[[p:Mustafa Ouali]]""",
    r"""Actielijst pilotgroep na startbijeenkomst
nr | actie | wie | wanneer
1 | platform-accounts aanvragen | [[p:Jasper]] | z.s.m.
2 | themapagina's vullen | trekkers | [[d:14-02]]
3 | datum expertmeeting prikken | [[p:Petra]] | [[d:21-02]]
4 | toestemmingsformulier casuslessen updaten | [[p:Eva L.]] | maart
5 | contact {{o:Stichting Lezen & Schrijven}} | [[p:Gijs]] | [[d:28-02]]""",
    r"""Goedemorgen, ik ben op zoek naar iemand die ervaring heeft met het aanvragen van bijzondere bijstand voor een wasmachine. Clt mw [[p:Zeynep Arslan]], [[a:Jan Blankenstraat 42]], 3 kinderen, wasmachine kapot. Aanvraag bij {{o:SZW}} onder nr. [[do:BB-2025-11873]] is al 6 weken in behandeling. Iemand een tip? [[p:Linda]] ({{r:welzijnscoach}} {{o:Welzijn Scheveningen}})""",
]
TEXTS += [
    r"""Reactie [[p:Sjaak]]: {{r:sociaal raadsman}} bellen, die kunnen bij {{o:SZW}} een spoedbehandeling vragen. Bij ons in {{w:Scheveningen}} is dat [[p:Henk Verhoeven]] van {{o:Sociaal Raadslieden Den Haag}}, [[t:06 50 21 77 83]]. En [[p:Linda]], 6 weken voor een wasmachine met 3 kinderen is echt te lang, dat mag je best escaleren.""",
    r"""Themapagina Huiselijk geweld
"Huiselijk geweld komt in elke wijk voor, van {{w:Statenkwartier}} tot {{w:Schilderswijk}}."
Trekkers: [[p:Ilse Koster]] ({{r:aandachtsfunctionaris}} SWT {{w:Segbroek}}) en [[p:Nadia Oulad Ali]] ({{r:maatschappelijk werker}} {{o:Stichting Voor Welzijn}}).
Partners: {{o:Veilig Thuis Haaglanden}}, {{o:Sterk Huis}}, {{o:Perspektief}}, {{o:Politie Haaglanden}}, {{o:Raad voor de Kinderbescherming}}.
Thema's binnen het thema: ouderenmishandeling, huwelijksdwang, kinderen als getuige, plegerhulp.
Nieuw: vanaf [[d:1 maart]] houden we een maandelijkse casustafel. Aanmelden casus: [[e:casustafel.hg@denhaag.nl]] (alleen initialen + wijk vermelden!).""",
    r"""Les (kort): Bij mw. [[p:L.M. Doorson]], [[a:Paul Krugerlaan 45-II]], bleek na maanden dat zij niet kon lezen. Zij ondertekende alles wat wij haar gaven. Ook de toestemmingsverklaring. Dat is dus geen geïnformeerde toestemming. Sindsdien lezen wij de verklaring altijd hardop voor. – [[p:Dewi]], {{w:Transvaal}}""",
    r"""Mooi punt [[p:Dewi]]. Aanvulling: het {{o:Taalhuis}} heeft een versie van de toestemmingsverklaring in eenvoudige taal (B1) met plaatjes. Vraag ernaar bij [[p:Jan-Willem Smits]] in de {{o:Bibliotheek Centrale}}. Werkt ook goed bij clt met LVB.""",
    r"""Workshop "Wat werkt bij zorgmijders?" – uitkomst groepsopdracht
Groep 3 ([[p:Saskia]], [[p:Omar]], [[p:Tjitske]], [[p:Rein]]):
Wat werkt: humor, beloftes nakomen, kleine praktische hulp (boodschappen, lampje vervangen), de buurman inzetten, geen formulieren bij het eerste bezoek.
Wat werkt niet: met z'n vieren aanbellen, een brief met logo van de gemeente, "we maken ons zorgen".
Voorbeeld van [[p:Omar]]: dhr. [[p:Van Rijn]] uit {{w:Valkenboskwartier}} liet alleen de monteur van {{o:Eneco}} binnen. [[p:Omar]] ging een keer mee met de monteur. Nu komt hij elke week.""",
    r"""Hoi allemaal, de presentatie van [[p:Marijke Bakker]] van afgelopen dinsdag staat nu in de map "Expertmeeting". Let op: op dia 14 staat nog een foto met een huisnummer erop (flat aan de [[a:Hengelolaan 1127]]). [[p:Jasper]] gaat die dia vervangen.""",
    r"""Casusles jeugd – "Lessen van [[p:Jasmijn]]"
[[p:Jasmijn]] ([[d:09-12-2006]]) kwam op haar 18e zonder inkomen en zonder woning te zitten. Ze verbleef bij vriendinnen in {{w:Laak}} en {{w:Rustenburg}}. Haar {{r:jeugdhulpverlener}} van {{o:Jeugdformaat}} had een overdracht gemaakt naar het SWT, maar die kwam bij het verkeerde team terecht (postcode moeder, [[pc:2573 RC]], in plaats van waar zij verbleef). 7 weken verloren. Les: bij jongeren van 18 is de woonplaats vaak onduidelijk; spreek af dat het team dat de overdracht ontvangt, verantwoordelijk blijft tot er een warme overdracht is.""",
    r"""Hoi [[p:Yusuf]], ik heb de kaart voor de 18-min-gesprekken even doorgelezen. Top! Eén suggestie: zet er ook de {{o:DUO}}-studiefinanciering en de zorgverzekering op, dat vergeten ze altijd. Gr. [[p:Kim]]""",
    r"""Verslag werksessie themagroep laaggeletterdheid – [[d:vrijdag 7 maart]]
Aanwezigen: [[p:Gijs Hendriksen]] ({{o:Bibliotheek Den Haag}}), [[p:Latifa]] (SWT {{w:Schilderswijk}}), [[p:Ria Hoop]] ({{r:taalcoach}}, vrijwilliger), [[p:Monique Tjon-A-Fong]] ({{r:Wmo-adviseur}}).
Bespreking casus mw. [[p:Ouahbi]]: zij vulde een Wmo-aanvraag in met hulp van haar zoon van 12. Dat willen we niet meer. Afspraak: iedere {{r:Wmo-adviseur}} vraagt in het keukentafelgesprek standaard "Leest u zelf uw post?"
Volgende sessie: [[d:21 maart]].""",
    r"""Thread: rekeningnummer op formulieren
Vraagje aan de groep: ik moet voor dhr. [[p:Osei]] (Ghanees, {{w:Bouwlust}}) een leefgeldrekening laten openen. Zijn huidige rekening [[i:NL39SNSB1624116628]] staat onder beslag. Kan dat zonder dat de beslaglegger erbij kan? Dank, [[p:Annemiek]]""",
    r"""@[[p:Annemiek]]: ja, via de {{r:bewindvoerder}} een beheerrekening op naam van de bewindvoerder. Beslag moet dan via de bewindvoerder lopen (beslagvrije voet). Dhr. [[p:Kwame Osei]] heeft daar recht op. Tip: {{o:Humanitas Thuisadministratie}} kan helpen met het overzicht. – [[p:Gert-Jan]], {{o:GKB}}""",
    r"""Evaluatie pilot – enquête-uitslag (n=18)
• 16 van de 18 deelnemers zouden de pilot aanraden aan collega's
• Gemiddeld rapportcijfer: 7,6
• Meest gewaardeerd: kennismaking met collega's uit andere wijken, de expertmeeting
• Minst gewaardeerd: het platform (te veel meldingen), planning
Opmerking van een deelnemer: "Ik heb nu het 06-nummer van [[p:Hamid]] en dat is meer waard dan alle verslagen bij elkaar." Verwerking door [[p:Lisa Groen]] en [[p:Petra Lagerwaard]], [[d:24-06-2025]].""",
    r"""Casusles schulden / statushouders
Fam. [[p:Hussein]], Somalisch, 6 kinderen, [[a:Boekhorststraat 155]], [[pc:2512CR]]. Na 3 jaar in NL € 9.000 schuld aan het {{o:CJIB}}, bijna allemaal boetes voor zwartrijden en niet betaalde verkeersboetes die zijn verhoogd. Mevrouw [[p:Ubah]] wist niet dat je een boete kunt betwisten. Via {{o:SchuldHulpMaatje}} en de {{r:sociaal raadsman}} is een deel kwijtgescholden. Dossier SHV: [[do:SHV 2025/1123]]. Les: statushouders krijgen bij inburgering weinig uitleg over boetes en aanmaningen. Voorstel aan {{o:VluchtelingenWerk}} om dit in de training op te nemen.""",
    r"""[[p:Hamid]] schreef:
> Wie gaat er mee naar de bijeenkomst van {{o:Haagse Migranten Ouderen}} op [[d:2 april]]?
Ik! En ik neem [[p:Sultan]] mee, die spreekt Turks. Hoe laat en waar?""",
    r"""Bijeenkomst is om 10.00 in het wijkcentrum in {{w:Transvaal}}. Neem visitekaartjes mee. De voorzitter heet dhr. [[p:Bozkurt]], aardige man, hij wil graag weten wat het SWT kan doen voor oudere mantelzorgers. – [[p:Hamid]]""",
    r"""KORT VERSLAG themagroep ouderen dd [[d:12-03-2025]]
* bezoek ontmoetingsplek {{w:Transvaal}}: 35 ouderen aanwezig, veel vragen over Wmo en huishoudelijke hulp
* [[p:Ahmed]] neemt contact op met mw. [[p:Ramsaran]] (coördinator) voor vervolg – tel [[t:070-388 19 25]]
* [[p:Jolanda]]: signaleringskaart v2 klaar, drukken bij repro
* volgende keer [[d:26/3]], 13u, {{o:Voorall}} {{w:Laakkwartier}}""",
    r"""Hallo, ik ben [[p:Jurgen]] van SWT {{w:Duindorp}}. Ik wil graag een casus delen over een meneer die we "[[p:Koos]]" noemen, maar dat is ook echt zijn naam, dus die maak ik nu anoniem: dhr. X. Hij woont sinds 30 jaar in dezelfde flat, is sinds de dood van zijn vrouw in 2021 niet meer buiten geweest. Boodschappen worden gebracht door de buurjongen. Wat we gedaan hebben: via {{o:Welzijn Scheveningen}} een maatje gezocht die ook visser is geweest. Het klikte meteen.""",
    r"""Ha [[p:Jurgen]], mooi verhaal! Maar je noemde in de eerste zin toch nog zijn naam 🙈. Kun je dat aanpassen? Groet [[p:Eva]] (moderator)""",
    r"""Verslag van de tweede pilotbijeenkomst, [[d:11 maart 2025]], {{o:Crossover}}-kantoor
Voorzitter: [[p:R. Dijkstra]]
Notulen: [[p:M. van den Berg]]
Punt 1. Terugkoppeling themagroepen. Jeugd: 18-min-gesprek in test bij 4 jongeren. Ouderen: signaleringskaart verspreid. Huiselijk geweld: casustafel gestart. Bemoeizorg: afspraken met {{o:Parnassia}} over directe aanmelding zonder huisarts.
Punt 2. Aanvraag extra uren: de teamleiders van {{w:Escamp}} en {{w:Laak}} vragen compensatie voor de pilot-uren; [[p:Dijkstra]] bespreekt dit met de gemeente.
Punt 3. Volgende: expertmeeting.""",
    r"""Ik deel even iets wat mij raakte. Mevrouw [[p:Bertha Zeeman]] (92!) uit {{w:Benoordenhout}} zei tegen mij: "Ik ben niet eenzaam, ik ben alleen. Dat is wat anders." Haar dochter [[p:Ineke]] belt dagelijks vanuit Groningen. Wij wilden haar naar dagbesteding sturen, zij wilde alleen iemand voor de tuin. Toen we dat hadden geregeld via {{o:ZorgDat}}, was ze tevreden. Soms is de vraag echt zo klein.
[[p:Margriet]], {{r:ouderenadviseur}}""",
    r"""Correctie op mijn bericht van gisteren: het telefoonnummer van het meldpunt bemoeizorg is niet [[t:06-28 91 44 07]] (dat is mijn eigen werknummer 😅) maar het algemene nummer van de {{o:GGD Haaglanden}}. Excuses! [[p:Tineke]]""",
    r"""Casusles huiselijk geweld – huwelijksdwang
Jonge vrouw (19), [[p:Hira]], zocht via de {{r:jongerenwerker}} in {{w:Laakkwartier}} hulp omdat haar familie een huwelijk in Pakistan had geregeld. Afspraak was op [[d:za 15 maart]], vlucht op [[d:17-03]]. De {{r:jongerenwerker}} schakelde {{o:Veilig Thuis}} en het {{o:Landelijk Knooppunt Huwelijksdwang}} in. [[p:Hira]] is nu op een veilig adres. Les: bij huwelijksdwang is tijd alles. Zorg dat iedereen in het SWT de route kent.""",
    r"""Re: cultuursensitief werken
Volgens mij moeten we oppassen met "cultuursensitief" als we eigenlijk bedoelen "we snappen elkaar niet". Bij dhr. [[p:Nguyen]] (Vietnamees, 80, {{w:Stationsbuurt}}) was het probleem niet de cultuur maar het gehoor. Met een hoortoestel via de {{r:huisarts}} was de helft opgelost. Groetjes, [[p:Bas]]""",
    r"""Aanmelding casus voor casustafel huiselijk geweld
Initialen: [[p:F.A.]]
Wijk: {{w:Moerwijk}}
Geb.datum: [[d:30-1-1985]]
Registratie {{o:Veilig Thuis}}: [[do:VT-2025-00318]]
Vraag: hoe betrekken we vader, die een contactverbod heeft, bij het plan voor de kinderen?
Aangemeld door: [[p:Ilona]], {{r:gezinscoach}}, [[t:06 1478 3320]]""",
    r"""Terugkoppeling casustafel [[d:26 maart]]
Casus [[p:F.A.]] besproken met {{o:Jeugdbescherming West}}, {{o:Reclassering Nederland}} en de {{r:gezinscoach}}. Advies: vader niet rechtstreeks betrekken zolang het contactverbod loopt; wel via de {{r:reclasseringswerker}} informeren. Moeder krijgt ondersteuning vanuit {{o:Sterk Huis}} (ambulant). Volgende bespreking [[d:23 april]].""",
]
TEXTS += [
    r"""Bemoeizorg – casusles "De hoarder van de {{w:Heesterbuurt}}"
Mevrouw [[p:Gonda Schouten]] ([[d:4 januari 1959]]), [[a:Goudenregenstraat 213]], [[pc:2565 EZ]], verzamelt al jaren spullen. De verhuurder ({{o:Vestia}}) dreigde met ontbinding vanwege brandgevaar. Het SWT {{w:Bomen- en Bloemenbuurt}} werkte samen met de {{r:SPV}} van {{o:Parnassia}} en de brandweer. Mw. mocht zelf bepalen welke kamer eerst. Na 4 maanden is de gang vrij en is er een rookmelder. Les: dwang werkte eerder niet, zelfregie wel. Zaaknummer verhuurder: [[do:VES-OVL-22871]].""",
    r"""vraag: weet iemand of {{o:Dunea}} de afsluiting stopt als er een SHV-traject loopt? clt mw [[p:Fernandes]], Kaapverdiaans, [[a:Vlierboomstraat 12]], heeft [[d:28-3]] een afsluitbrief gekregen. tnx [[p:Carla]]""",
    r"""@[[p:Carla]] ja, meldt z.s.m. bij {{o:Dunea}} dat er een traject loopt, met het dossiernr. van de {{o:Schuldhulpverlening Den Haag}} erbij (bv. [[do:SHV-2025-0442]]). Dan zetten ze het 30 dagen on hold. Lukt het niet, bel [[p:Nelleke]] van {{o:Dunea}} klantenservice, zij kent de pilot.""",
    r"""Themapagina Laaggeletterdheid
In Den Haag zijn naar schatting 70.000 volwassenen laaggeletterd. In wijken als {{w:Schilderswijk}}, {{w:Transvaal}} en {{w:Moerwijk}} is het aandeel het hoogst.
Wat we in de pilot doen:
1. alle SWT-leden trainen in het herkennen van laaggeletterdheid (training door {{o:Stichting Lezen & Schrijven}})
2. korte lijnen met de {{o:Taalhuizen}} en het {{o:ROC Mondriaan}}
3. brieven van {{o:SZW}} samen met klanten testen op begrijpelijkheid
Trekker: [[p:Gijs Hendriksen]], [[t:06-55 02 17 48]], [[e:gijs.hendriksen@bibliotheekdenhaag.nl]]""",
    r"""Verslag brainstorm "Informele zorg versterken" – [[d:do 20 feb]]
Ideeën (ongesorteerd):
- buurtmoeders in {{w:Schilderswijk}} inzetten als brug
- vrijwilligers {{o:Humanitas}} koppelen aan SWT-casussen
- "mantelzorgpas" via {{o:Mantelzorg Den Haag}}
- gebedshuizen betrekken (moskee, kerk, mandir)
- [[p:Tamara]]: jongeren als vrijwilliger bij ouderen (maatschappelijke stage)
- [[p:Hakan]]: sportclubs, die zien jongeren het meest
Vervolg: [[p:Femke de Wit]] maakt een overzicht.""",
    r"""Lesje van vandaag: check altijd het telefoonnummer dat in het systeem staat. Ik belde 3 weken lang het nummer van dhr. [[p:Gomes]], [[t:0621-883 104]], en kreeg steeds geen antwoord. Bleek het nummer van zijn overleden vrouw te zijn. Het juiste nummer stond in de brief van de {{r:huisarts}}. Dom, maar leerzaam. [[p:Wim]]""",
    r"""Slotevaluatie themagroep bemoeizorg
Resultaten in 4 maanden:
- 11 zorgmijders in beeld gebracht, bij 7 daarvan is er nu een vast contact
- afspraak met {{o:Parnassia}} en {{o:Brijder}}: aanmelding via {{r:casusregisseur}} mag zonder verwijzing {{r:huisarts}}, mits {{r:SPV}} binnen 2 weken langsgaat
- inzet ervaringsdeskundige [[p:Roos van Wijk]] in 5 casussen
Knelpunt: na de pilot is er geen budget voor [[p:Roos]]. Advies aan de gemeente: structureel maken.
Namens de groep, [[p:Rosa Hoogendoorn]] en [[p:Ramesh Ramautar]]""",
    r"""Mag ik even een oproep doen: een collega van het SWT {{w:Wateringse Veld}}, [[p:Daphne]], is per [[d:1 mei]] met pensioen. Ze heeft 30 jaar in de zorg gewerkt! Wie wil bijdragen aan een cadeau: [[i:NL13 BUNQ 5973 9229 23]] t.n.v. [[p:L. Groen]], o.v.v. "[[p:Daphne]]". Dank!""",
    r"""Casusles ouderen – "het verkeerde adres"
Dhr. [[p:Willem de Koning]], 88, stond nog ingeschreven op [[a:Apeldoornselaan 12]], terwijl hij al maanden bij zijn dochter in {{w:Wateringse Veld}} woonde. Daardoor kwam de Wmo-indicatie niet aan en liep de huishoudelijke hulp door op het oude adres, waar niemand meer woonde. De {{r:Wmo-adviseur}} ontdekte het pas bij de herindicatie. Les: vraag bij elke herindicatie actief naar de woonsituatie, niet alleen naar de zorgvraag. BSN-check in de BRP voorkomt veel, maar dan moet je wel kijken.""",
    r"""Hallo team jeugd, kunnen we de bijeenkomst van [[d:do 10 april]] verplaatsen naar [[d:vrijdag 11 april]]? Ik heb die donderdag een zitting bij de kinderrechter voor een gezin uit {{w:Morgenstond}}. Gr. [[p:Tamara]] ({{o:Youz}})""",
    r"""Prima, vrijdag 11 april is akkoord. Ik zet het in de agenda. [[p:Marloes]]""",
    r"""Casus ter bespreking in themagroep statushouders
Gezin [[p:Haile]] uit Eritrea, vader [[p:Tekle]] ([[d:1-1-1979]], let op: veel Eritreeërs hebben 1 januari als geboortedatum), moeder [[p:Almaz]], 5 kinderen, [[a:Moerweg 184]], [[pc:2532 CN]]. Sinds 2 jaar in DH. Problemen: schulden ({{o:Belastingdienst}}, {{o:CAK}}), oudste zoon (16) spijbelt, moeder depressief. Vraag: hoe krijgen we dit gezin aan één plan met één regisseur? Nu lopen er {{o:VluchtelingenWerk}}, {{o:CJG}}, {{o:SZW}} en {{o:GGZ}} door elkaar heen.
Ingebracht door [[p:Hamid]]""",
    r"""Reactie [[p:Lieke]]: ik neem contact op met de {{r:klantmanager}} inburgering van dit gezin. [[p:Hamid]], stuur me het BSN van vader ([[b:444812350]] toch?) via de beveiligde mail, niet hier. Dan kijk ik wat er bij ons loopt.""",
    r"""Oeps, ja, dat nummer klopt. Maar ik had het niet hier moeten zetten [[p:Lieke]] 😬. Beheer: graag aanpassen. [[p:Hamid]]""",
    r"""Expert-meeting jeugd: samenvatting door [[p:Kim Zwart]]
Gastspreker: [[p:Noor Ait Taleb]], {{r:jongerenwerker}} en zelf opgegroeid in {{w:Schilderswijk}}.
"Jongeren vertrouwen geen instanties, ze vertrouwen mensen." [[p:Noor]] liet zien hoe zij via Instagram contact houdt met 40 jongeren. Discussie: mag dat, i.v.m. privacy? Advies van [[p:Eva Lindhout]]: gebruik een werkaccount, geen privé-account, en sla geen gesprekken op.
Daarna werkvormen in groepjes. Verslag van groepje 2 volgt via [[p:Ricardo]].""",
    r"""Verslag groepje 2 (expertmeeting jeugd)
Deelnemers: [[p:Ricardo Martina]], [[p:Soufiane]], [[p:Lotte van Dijk]], [[p:Marleen]]
Vraag: hoe bereik je jongeren van 16-23 die nergens in beeld zijn?
Antwoorden:
• via broertjes/zusjes op de basisschool
• via de sportschool, {{o:Sportief Den Haag}} heeft buurtsportcoaches
• via de moskee / kerk
• NIET via brieven
Voorbeeld [[p:Soufiane]]: jongen [[p:Ilias]] (20) uit {{w:Transvaal}}, via zijn zus bereikt, nu aan het werk bij {{o:Haagse Aanpak}}.""",
    r"""Themagroep jeugd, casusles 3
[[p:Jayden Brown]] (17) woont met moeder [[p:Sharona]] en 2 jongere zusjes op de [[a:Zuiderparklaan 390-1]]. Moeder heeft een psychiatrische aandoening; [[p:Jayden]] zorgt voor zijn zusjes en is gestopt met school ({{o:ROC Mondriaan}}). Jongeren die mantelzorger zijn vallen vaak buiten beeld. Met de {{r:jeugdconsulent}} en {{o:Mantelzorg Den Haag}} is een plan gemaakt: gezinshulp voor moeder, [[p:Jayden]] terug naar school. Moeder gaf toestemming via haar {{r:ambulant begeleider}}. Registratienummer {{o:CJG}}: [[do:CJG-JT-7720]].""",
    r"""Hallo, kort iets over de privacy van ons platform: ik zie dat in sommige lessen nog e-mailadressen van cliënten staan (bijv. [[e:sharona.b1984@hotmail.com]]). Dat mag echt niet. De gemeente gaat een automatische controle toevoegen die persoonsgegevens markeert voordat een les gepubliceerd wordt. Tot die tijd: zelf goed checken graag. [[p:Jasper Kuiper]], {{r:functioneel beheerder}}""",
    r"""Ik reageer even op de vraag van [[p:Wendy]] over bewindvoering: bij ons in {{w:Moerwijk}} had dhr. [[p:Jan Pieter Visser]] ([[b:106.842.821]]) hetzelfde probleem. Oplossing: de {{r:sociaal raadsman}} heeft het verzoekschrift op papier ingediend met een begeleidende brief. Werd gewoon geaccepteerd. Het is dus afhankelijk van wie je aan de lijn krijgt.""",
    r"""Aan: themagroep schulden
Van: [[p:Mohammed Bennani]]
Onderwerp: casus voor intervisie [[d:8/4]]
Mw. [[p:D.]], 38, {{w:Morgenstond}}, [[a:Melis Stokelaan 1220]]. Inkomen: bijstand. Schulden ± € 22.000. Heeft al 2x een traject afgebroken. Nu weer gemeld via de {{r:huisarts}}. Vraag: wat doen we anders dan de vorige keren? Ik denk aan een {{r:ervaringsdeskundige}} van {{o:Schuldhulpmaatje}}. Graag jullie ideeën!""",
    r"""Re: casus mw. [[p:D.]]
Ik zou eerst uitzoeken WAAROM ze afhaakte. Bij ons bleek bij een vergelijkbare clt dat ze de brieven niet kon lezen (zie thema laaggeletterdheid!). Groeten [[p:Latifa]]""",
    r"""Wat een mooie slotbijeenkomst gisteren! Complimenten aan [[p:Petra]], [[p:Lisa]] en [[p:Hans]] voor de organisatie. De presentatie van de themagroep ouderen door [[p:Jolanda]] en [[p:Ahmed]] was echt top. En de wethouder heeft toegezegd dat de casustafel huiselijk geweld blijft. Op naar de volgende ronde!
[[p:Charlotte]], SWT {{w:Leyenburg}}""",
    r"""Korte les over nummers: ik had in een aanvraag bij {{o:UWV}} het klantnummer van een clt verwisseld met het BSN. Het BSN ([[b:758 758 510]]) kwam toen in het vrije tekstveld. Gevolg: de aanvraag werd afgewezen én het BSN stond in een e-mail die naar 4 mensen ging. Meld zoiets als datalek bij je {{r:privacy officer}}! Dat heb ik gedaan. [[p:Sander]]""",
    r"""Notulen overleg trekkers ([[d:ma 24-3]])
Aanw.: [[p:Marloes]], [[p:Jolanda]], [[p:Ilse]], [[p:Rosa]], [[p:Petra]] (facilitator)
- Stand van zaken: alle groepen op schema behalve jeugd (door ziekte [[p:Yusuf]])
- Expertmeeting: locatie {{o:Haagse Hogeschool}}, [[d:16/4]]. Sprekers bevestigd.
- Platform: veel lessen bevatten nog persoonsgegevens. [[p:Petra]] stuurt reminder.
- Slot: wethouder uitnodigen. Actie [[p:Petra]].
Volgende overleg: [[d:7 april]].""",
    r"""Dag allen, ik wil iets delen over een dame uit {{w:Kijkduin}}: mevrouw [[p:Elly Bakker]], 79, weduwe. Ze werd gebeld door "de bank" en heeft € 11.000 overgemaakt naar een rekening [[i:NL42ASNB9556109927]]. Ze schaamde zich zo, dat ze het pas na 2 maanden aan haar {{r:wijkverpleegkundige}} vertelde. Aangifte gedaan bij {{o:Politie Haaglanden}} (pv-nr [[do:PL1500-2025041873]]). Les: bespreek oplichting bij ouderen standaard, zonder oordeel.""",
    r"""Hallo iedereen. Dit is mijn eerste bericht hier. Ik ben [[p:Bogdan Ionescu]], ik werk als {{r:ambulant begeleider}} bij {{o:Anton Constandse}} en ik begeleid veel Roemeense en Bulgaarse arbeidsmigranten in {{w:Laak}} en {{w:Spoorwijk}}. Vaak wonen ze met 8 in één huis en staan ze nergens ingeschreven. Als iemand vragen heeft over deze groep, mail me: [[e:b.ionescu@antonconstandse.nl]] of bel [[t:+31 6 4372 0915]].""",
    r"""Welkom [[p:Bogdan]]! Ik heb meteen een vraag: clt [[p:Stoyan Dimitrov]], Bulgaar, woont volgens mij op de [[a:Hoefkade 12]] maar staat ingeschreven in Rijswijk. Hij heeft een ongeluk gehad op het werk en heeft geen zorgverzekering. Hoe pakken jullie dat aan? [[p:Sevda]]""",
    r"""Notulen expertmeeting huiselijk geweld – [[d:woensdag 16 april 2025]]
Aanwezig: themagroep + [[p:Erik Post]] ({{o:Veilig Thuis Haaglanden}}), [[p:Anja Meulenbelt]] ({{o:Sterk Huis}}), [[p:Karim Bensalah]] ({{r:wijkagent}} {{w:Laak}})
1. [[p:Erik]] presenteert cijfers: aantal meldingen ouderenmishandeling stijgt.
2. [[p:Anja]]: plegerhulp wordt te weinig ingezet. "Als je alleen het slachtoffer helpt, gaat het in het volgende gezin verder."
3. [[p:Karim]]: politie mag niet alles delen, maar wel als er een veiligheidsrisico is.
4. Casus uit de praktijk (dhr. [[p:H.]], {{w:Spoorwijk}}): na een tijdelijk huisverbod op [[d:3 april]] geen nazorg voor hem. Advies: SWT neemt standaard contact op met uithuisgeplaatste partner.""",
    r"""Themagroep ouderen – "ouderen met LVB" (les van [[p:Marjan]])
Dhr. [[p:Piet Koster]] (66) heeft een licht verstandelijke beperking en woonde altijd bij zijn moeder. Zij overleed in december 2024... sorry, in december, en sindsdien redt hij het niet. Hij woont op [[a:De la Reyweg 3 bis]], [[pc:2571 EC]]. De {{r:MEE-consulent}} en de {{r:ouderenconsulent}} hebben samen een plan gemaakt: begeleiding via {{o:Ipse de Bruggen}}, maaltijden via {{o:Tafeltje Dekje}}. Les: LVB en ouderdom samen is een groep die tussen twee loketten valt.""",
    r"""Even een tip voor iedereen: het {{o:Juridisch Loket}} heeft spreekuur in het {{o:Servicepunt XL}} {{w:Moerwijk}} op woensdag. Ik heb daar vorige week mw. [[p:Ouarrak]] heen gestuurd met een huurgeschil en ze is echt goed geholpen. [[p:Ilham]]""",
    r"""Verslag werkbezoek {{o:Kessler Stichting}}, dagopvang {{o:De Mussen}}, [[d:27-03-2025]]
Deelnemers: themagroep bemoeizorg (6 pers.)
Ontvangen door [[p:Frank Hoekstra]], {{r:teamleider}}.
Wat we leerden:
- veel bezoekers zijn ook bekend bij de SWT's, maar dat weten beide partijen niet
- voorstel: een vast spreekuur van een SWT-lid in {{o:De Mussen}}, 1x per week
- voorbeeld: [[p:Ronnie]], 54, al 12 jaar dakloos, heeft via {{o:De Mussen}} weer een postadres en een AOW-voorschot gekregen
Contact [[p:Frank]]: [[t:070-3 888 500]] / [[e:f.hoekstra@kessler-stichting.nl]]""",
    r"""Snelle vraag: kent iemand een Afghaanse vrouwengroep in {{w:Ypenburg}} of {{w:Leidschenveen}}? Mw. [[p:Zarghona]] (42) is erg eenzaam sinds haar man is overleden. Zij spreekt Dari. [[p:Hamid]] misschien? – [[p:Nicole]]""",
]
TEXTS += [
    r"""Casusles schulden – volledig uitgewerkt (concept, nog niet geanonimiseerd!)
Personalia: mw. [[p:Esther Pinas]], geb. [[d:19 augustus 1976]], BSN [[b:422284634]], [[a:Jan van der Heijdenstraat 71]], [[pc:2525 TL]] Den Haag, tel. [[t:06-20 84 11 57]].
Situatie: alleenstaande moeder van twee tieners, werkt 24 uur in de thuiszorg, schulden ± € 18.500 bij o.a. {{o:Belastingdienst}}, {{o:Haag Wonen}} en twee webwinkels. Loonbeslag sinds [[d:1-11-2024]]. Rekening: [[i:NL45TRIO0527562828]].
Aanpak: {{r:schuldhulpverlener}} van {{o:Schuldhulpverlening Den Haag}} startte een stabilisatietraject ([[do:SHV-2024-08812]]); de {{r:maatschappelijk werker}} hielp met overzicht en rust. Kinderen kregen via {{o:Stichting Leergeld}} een laptop.
Les voor de groep: werkende armen vallen tussen wal en schip, want ze komen niet bij {{o:SZW}} binnen. Laat huisartsen en werkgevers signaleren.""",
    r"""Re: casusles [[p:Esther P.]]
[[p:Mohammed]] hier. Mooie les, maar er staat nu echt álles in: BSN, adres, rekeningnummer. Zo kan het niet op het platform. Ik heb het bericht verborgen tot je het hebt aangepast. Voor de zekerheid heb ik ook [[p:Eva]] ({{r:privacy officer}}) ingelicht. Niet als verwijt hoor, de automatische controle komt er gelukkig aan.""",
    r"""Verslag huisbezoek (per ongeluk op platform geplaatst i.p.v. in het dossier, door [[p:Kees]])
Datum bezoek: [[d:dinsdag 25-02-2025]]
Clt: dhr. [[p:Abdirahman Farah]], [[d:05-07-1970]]
Adres: [[a:Cillierstraat 58-A]], [[pc:2572 SH]] (ingang via portiek)
Broer: [[p:Yusuf Farah]], [[t:06-31 92 04 76]]
BSN: [[b:375 694 869]]
Verslag: clt oogt verzorgd, woning schoon. Zorgen over geheugen en medicatie. Afspraak met de {{r:POH-GGZ}} van de {{r:huisarts}} gemaakt voor [[d:10 maart]]. Volgend bezoek {{r:wijkverpleegkundige}} [[d:do 6/3]].""",
    r"""Handreiking anonimiseren – uit de workshop van [[d:13 maart]]
Voorbeeldzin vóór: "Mw. [[p:Van Beek]] ([[d:8-2-1949]], [[a:Fahrenheitstraat 401]], [[pc:2561 DH]], [[t:070 363 72 18]]) kreeg op [[d:3 februari]] een beschikking onder nr. [[do:WMO-2025-10077]]."
Voorbeeldzin ná: "Een oudere vrouw uit {{w:Valkenboskwartier}} kreeg begin februari een beschikking."
Je ziet: de les blijft net zo bruikbaar. Wijk, leeftijdsgroep en organisaties ({{o:Wmo-loket}}, {{o:Servicepunt XL}}) mogen blijven staan. Vragen? [[e:privacy.sociaaldomein@denhaag.nl]].""",
    r"""Hoi allemaal, [[p:Suus]] weer. Update over de jongen van 19 die ik in januari noemde: hij heeft nu een eigen kamer via {{o:Limor}} in {{w:Bezuidenhout}}, [[a:Theresiastraat 260-III]], [[pc:2593 AN]]. Zijn uitkering loopt vanaf [[d:1 april]] op zijn eigen rekening ([[i:NL50 KNAB 5354 0012 08]]). Zijn oom heeft ons enorm geholpen, die belde me elke week op [[t:+351 912 488 730]] vanuit Portugal. Hij zei: "Ik ben zijn vader niet, maar ik laat hem niet vallen." Les: één volwassene die blijft, maakt het verschil.""",
    r"""Formulier aanmelding pilotgroep (ingevuld)
Naam: [[p:Anouschka Bhagwandin]]
Functie: {{r:Wmo-adviseur}} / {{r:casusregisseur}}
Team: SWT {{w:Laakkwartier}}/{{w:Spoorwijk}}
Werkadres: {{o:Servicepunt XL}} {{w:Laak}}
Telefoon: [[t:06 - 10 29 38 47]]
E-mail: [[e:anouschka.bhagwandin@denhaag.nl]]
Voorkeur thema: 1. ouderen 2. huiselijk geweld
Motivatie: "Ik zie in {{w:Laak}} veel Hindoestaanse ouderen die hun kinderen niet willen belasten. Dat wil ik beter leren oppakken, samen met collega's uit andere wijken."
Datum: [[d:29/11/2024]]""",
    r"""Casusles huiselijk geweld – ouderenmishandeling door mantelzorger
Mw. [[p:Cornelia (Corrie) van Os]], 86, {{w:Oostbroek}}, werd verzorgd door haar zoon [[p:Martin]], die zelf werkloos en overbelast was. De {{r:wijkverpleegkundige}} van {{o:WZH}} zag blauwe plekken op de armen. Melding bij {{o:Veilig Thuis}} op [[d:14-02-2025]] ([[do:VT-2025-00977]]). Het pensioen van mw. werd via rekening [[i:NL07INGB1158030805]] door [[p:Martin]] beheerd; hij leende "even" geld. Aanpak: respijtzorg, [[p:Martin]] kreeg zelf hulp via {{o:Mantelzorg Den Haag}}, mw. kreeg een onafhankelijke {{r:bewindvoerder}}. Les: ontspoorde mantelzorg is geen kwade wil, maar het is wel mishandeling en je moet het benoemen.""",
    r"""Mailtje dat ik gisteren kreeg, gedeeld met toestemming van de afzender (naam laat ik staan want het is een collega):
"Hoi [[p:Priya]], de dochter van mw. [[p:Sewdien]] belde ons. Haar nummer is [[t:06-47 55 01 23]]. Mw. ligt sinds [[d:zo 16 maart]] in het {{o:HMC}} Westeinde en kan niet naar huis ([[a:Wouwermanstraat 99]]), want de trap is te steil. Kan het SWT kijken naar een tijdelijk verblijf? Gr. [[p:Lidewij]], {{r:transferverpleegkundige}}, [[e:l.dekker@haaglandenmc.nl]]"
Vraag aan de groep: wie heeft goede ervaringen met eerstelijnsverblijf in {{w:Centrum}} of {{w:Zeeheldenkwartier}}?""",
    r"""Evaluatieverslag themagroep statushouders (slotbijeenkomst [[d:17-06-2025]])
Opgesteld door: [[p:Hamid Rahimi]] en [[p:Lieke Brouwer]]
Resultaten:
1. Warme overdracht {{o:VluchtelingenWerk}} → SWT: protocol opgesteld, getest bij 9 gezinnen in {{w:Moerwijk}} en {{w:Morgenstond}}.
2. Uitlegkaart over boetes en aanmaningen in 6 talen (Arabisch, Tigrinya, Dari, Turks, Somali, Oekraïens).
3. Maatjesproject met {{o:Welkom in Den Haag}}: 14 koppels.
Knelpunt: gegevensdeling. In één casus stond het V-nummer ([[do:V-3308826144]]) en het BSN ([[b:647548227]]) in een e-mail aan 12 mensen. Advies: werk alleen via het beveiligde cliëntsysteem.
Contact na de pilot: [[e:statushouders.swt@denhaag.nl]]""",
    r"""Thread: betalingsregeling Haag Wonen
[[p:Esra]] schreef:
> Weet iemand of {{o:Haag Wonen}} akkoord gaat met € 50 per maand bij een achterstand van € 2.800?
Ja, dat hebben we vorige maand gedaan voor dhr. [[p:Brandon Rosaria]] ([[a:Zichtenburglaan 182]], [[pc:2544 EL]]). Wel moest de huur zelf via automatische incasso, van rekening [[i:NL63 RABO 8618 3424 15]]. Contactpersoon Haag Wonen was mevrouw [[p:Hoek]], [[t:088-8 73 20 00]] toestel 412. Succes! [[p:Dennis]]""",
    r"""Casus LVB / schulden (themagroep bemoeizorg en schulden samen)
Mw. [[p:Jessica Hermans]] ([[d:12.10.1993]]), [[a:Van Ostadestraat 302]], [[pc:2526 GZ]], heeft een LVB en een zoon van 3. Zij sloot 11 telefoonabonnementen af bij verschillende winkels, "omdat de meneer in de winkel zei dat het gratis was". Schuld: € 7.300. BSN [[b:485031589]]. Haar moeder, [[p:Wilma Hermans]], [[t:070-39 44 106]], is bewindvoerder geweest maar is gestopt. Nu: professioneel bewind, {{r:MEE-consulent}} begeleidt, telecomschulden deels kwijtgescholden via de {{o:Stichting Hulp bij Telecomschulden}}. Les: LVB-clienten zijn een doelwit, check ook de abonnementen.""",
    r"""Dag collega's,
Voor wie de slotbijeenkomst miste: de presentaties staan in de map "Slot". Wil je een papieren exemplaar van de signaleringskaart ouderen of de uitlegkaart boetes? Stuur een mailtje naar [[e:pilot.samenwerken@denhaag.nl]] met je naam en je team. Wij sturen ze op naar je werkadres (geen huisadressen graag, vorige keer stuurde iemand [[a:Laan van Meerdervoort 788]] als adres 😉).
Met vriendelijke groet,
[[p:Lisa Groen]]
{{r:programmasecretaris}} pilot Samen werken in het sociale domein
{{o:Gemeente Den Haag}}, dienst {{o:OCW}}
M [[t:06-46 19 83 27]]""",
    r"""Casusles jeugd – "[[p:Mei]] en haar broertjes"
[[p:Mei]] (15), Chinees-Nederlandse, zorgt na school voor haar twee broertjes omdat haar ouders in het restaurant werken tot middernacht. Ze woont op [[a:Wagenstraat 115]], [[pc:2512 AW]], boven het restaurant. In mei viel ze uit op school ({{o:Johan de Witt Scholengroep}}) en werd er gemeld bij de {{r:leerplichtambtenaar}}. Vader, dhr. [[p:Chen Wei]], was boos: "Familie helpt elkaar." Met een Mandarijn sprekende {{r:gezinscoach}} ([[p:Linlin]]) kwam er ruimte. [[p:Mei]] gaat nu 2 middagen naar de huiswerkklas. Dossier {{o:CJG}}: [[do:CJG-CEN-25-0117]]. Les: respecteer de familiewaarden, maar benoem wat het kind mist.""",
    r"""Thread: IBAN op de platform-pagina?
Hoi [[p:Jasper]], op de themapagina schulden staat in een oude casusles nog een rekeningnummer ([[i:NL17ABNA2035720339]]) en in de reacties eronder nog een ([[i:NL77 INGB 9235 8935 98]]). Kun jij die beide weghalen? Ook het BSN [[b:634.490.552]] in de les over de wasmachine van 12 maart. Dank je!
[[p:Renate Bruggeman]], {{r:schuldhulpverlener}} {{w:Escamp}}""",
    r"""Done, alle drie weggehaald. Dank voor het melden [[p:Renate]]. – [[p:Jasper]]""",
    r"""Casusles ouderen – Turkse mantelzorger
Dhr. [[p:Mehmet Doğan]] (74) zorgt al jaren voor zijn vrouw [[p:Fadime]], die dementie heeft. Zij wonen op [[a:Copernicusplein 3]], [[pc:2561 XJ]]. Kinderen wonen in Rotterdam en Duitsland; zoon [[p:Emre]] ([[t:+49 176 22 91 3045]]) belt wekelijks. Dhr. wilde absoluut geen dagbesteding voor zijn vrouw ("schaamte"). Via het {{o:Turks Ouderen Platform}} en een Turkstalige {{r:casemanager dementie}} van {{o:Florence}} is hij akkoord gegaan met 2 dagen per week bij een Turkse dagbesteding. Beschikking [[do:WMO-2025-21394]] op [[d:7-4-2025]]. Les: de taal van de hulpverlener opent deuren.""",
    r"""Korte vraag van [[p:Nicole]] (SWT {{w:Ypenburg}}): ik wil voor mw. [[p:Zarghona Ahmadi]] een aanvraag voor een participatieplek doen bij {{o:Haagse Hogeschool}}... nee, bij {{o:Stichting MOOI}}. Ze woont op [[a:Laan van Hoornwijck 16]], [[pc:2289 DG]] (Rijswijk-grens). Valt ze dan onder Den Haag of Rijswijk? En heeft iemand het mailadres van de coördinator, ik heb alleen [[e:vrijwilligers@mooiwelzijn.nl]].""",
    r"""Ze valt gewoon onder Den Haag als de gemeentelijke inschrijving Den Haag is. Maar check dat even in de BRP met haar BSN ([[b:213576132]] stond in je vorige bericht, die heb ik nu laten verwijderen hoor). Groet, [[p:Marco]]""",
    r"""Kick-off stemronde: opmerkingen op de flappen (uitgetypt door [[p:Floor]])
"Schulden moet er ook bij!!" – [[p:Rachid]], SWT {{w:Transvaal}}
"Ouderen + eenzaamheid = één thema" – anoniem
"Waarom geen thema wonen? Huisuitzettingen nemen toe" – [[p:Paula]]
"Laaggeletterdheid zit onder alles" – [[p:Gijs]]
"Bemoeizorg ALLEEN met {{o:GGZ}} erbij" – [[p:Fatih Yıldız]]
"Jeugd: vergeet de 18-23-jarigen niet" – [[p:Marloes]]
Uitslag volgt [[d:25 november]] via de mail. Vragen aan [[p:Hans]]: [[t:06 51 72 38 09]].""",
    r"""Lesson learned (themagroep huiselijk geweld, [[p:Cheryl Martis]]):
Clt mw. [[p:Yvonne Statia]], [[d:26-4-'88]], woonde met haar ex op de [[a:Stortenbekerstraat 41]]. Na de melding ([[do:VT-2024-11430]]) werd zij met haar dochter opgevangen door {{o:Perspektief}}. Probleem: de huurwoning stond op beider naam, de ex bleef wonen, zij moest de helft van de huur blijven betalen van [[i:NL47RABO9813739469]]. Pas na 4 maanden was de huur op haar naam gesplitst. Les: regel meteen na een crisis ook de financiën en het huurcontract; vraag de {{r:sociaal raadsman}} mee te denken.""",
    r"""Intern bericht (NIET publiceren)
Van: [[p:Ramesh Ramautar]]
Aan: themagroep bemoeizorg
Dhr. [[p:Harold Vyent]], [[a:Teniersstraat 77-hs]], [[pc:2526 NM]], tel. [[t:06-25 73 60 14]], BSN [[b:371161228]], is gisteravond opgenomen na een IBS. {{o:Parnassia}}-opnamenummer [[do:PAR-IBS-25-0394]]. Zijn hond is bij de buurvrouw, mw. [[p:Rijsdijk]], [[t:070-3 89 01 52]]. Wie kan morgen [[d:woensdag 19 maart]] even langs bij de buurvrouw om te bedanken en af te spreken wat er met de hond gebeurt?""",
    r"""Ik ga morgen wel, ik moet toch in {{w:Schilderswijk}} zijn. [[p:Rosa]]""",
    r"""Verslag bijeenkomst met {{o:Belastingdienst}} en {{o:Dienst Toeslagen}} (werkgroep schulden), [[d:2 april 2025]]
Aanwezig namens {{o:Toeslagen}}: mw. [[p:L. Hamer]] en dhr. [[p:S. Oudshoorn]].
Punten:
- Herstelregeling toeslagenaffaire: veel gedupeerden in {{w:Schilderswijk}}, {{w:Transvaal}} en {{w:Laak}} weten niet dat ze recht hebben op een brede beoordeling
- De {{o:Dienst Toeslagen}} komt 1x per maand naar het {{o:Servicepunt XL}} {{w:Schilderswijk}}
- Casus van [[p:Wendy]]: mw. [[p:Sanchez]] ([[b:850925885]]) wacht al 2 jaar op integrale beoordeling. {{o:Toeslagen}} gaat dit uitzoeken.
Contactpersoon SWT's: [[p:Wendy Smits]], [[e:w.smits@swt-centrum.nl]].""",
    r"""Tip voor de themagroep laaggeletterdheid: bij dhr. [[p:Bouazza]] (62, {{w:Spoorwijk}}) werkt het goed om brieven te fotograferen en een spraakbericht terug te sturen met de uitleg. Hij stuurde me een foto van een brief van het {{o:CJIB}} met kenmerk [[do:CJIB 7845 2201 9983 3106]] en ik sprak in wat hij moest doen. Wel uitkijken dat je dat op een werktelefoon doet! [[p:Latifa]]""",
    r"""Casusles ouderen – "mevrouw [[p:De Jong]] en de thuiszorg"
Mw. [[p:Truus de Jong]], 91, [[a:Beeklaan 450-D]], [[pc:2562 BN]], kreeg 4 verschillende thuiszorgmedewerkers per week. Ze raakte in de war en weigerde uiteindelijk de deur open te doen. De {{r:wijkverpleegkundige}} [[p:Sevgi]] regelde met de aanbieder ({{o:Zorggroep Florence}}) een vast team van 2. Daarnaast kwam er een Wmo-maaltijdvoorziening. Dochter [[p:Marian]] ([[t:06-81 30 22 75]], [[e:marian.dejong@ziggo.nl]]) is nu eerste contactpersoon. Les: continuïteit van gezichten is bij dementie belangrijker dan het aantal uren.""",
    r"""Themapagina Bemoeizorg
Bemoeizorg is zorg voor mensen die zelf geen hulp vragen, maar die wel nodig hebben: verwarde personen, verslaafden, mensen in vervuilde woningen, dak- en thuislozen.
Trekkers: [[p:Rosa Hoogendoorn]] ({{r:MEE-consulent}}) en [[p:Ramesh Ramautar]] ({{r:casusregisseur}} SWT {{w:Laak}}).
Samenwerkingspartners: {{o:GGD Haaglanden}} (meldpunt), {{o:Parnassia}}, {{o:Brijder}}, {{o:Kessler Stichting}}, {{o:Leger des Heils}}, woningcorporaties en de {{r:wijkagent}}.
Afspraken: casussen bespreken op [[d:dinsdag 4 maart]], [[d:1 april]], [[d:6 mei]] en [[d:3 juni]]. Contact: [[e:r.ramautar@denhaag.nl]].""",
]
TEXTS += [
    r"""Verslag casustafel schulden & wonen – [[d:donderdag 15 mei 2025]]
Locatie: {{o:Servicepunt XL}} {{w:Escamp}}
1. Casus fam. [[p:Lachman]] – [[a:Leyweg 1044]], [[pc:2545 GH]]. Achterstand bij {{o:Staedion}} € 4.150, dossier corporatie [[do:STA-2025-004417]]. Inkomen via {{o:UWV}} (WW, loopt af per [[d:1 juli]]). Besluit: aanvraag bijzondere bijstand woonkosten; {{r:klantmanager}} {{o:SZW}} beoordeelt. Afbetaling via [[i:NL77SNSB7501703777]] stopt tijdelijk.
2. Casus dhr. [[p:O.]] – {{w:Bouwlust}}, [[a:Bouwlustlaan 18-B]], BSN [[b:439 529 335]]. Energieschuld € 2.600 bij {{o:Eneco}}; afsluiting aangekondigd op [[d:2-6-2025]]. Besluit: {{r:schuldhulpverlener}} belt vandaag nog met {{o:Eneco}}, kenmerk [[do:ENE-88301276]].
3. Rondvraag: vanaf september schuift een medewerker van {{o:Haag Wonen}} aan.
Volgende casustafel: [[d:12 juni]], zelfde tijd.""",
    r"""Hoi allemaal, ik heb een vraag over zakgeld bij beschermingsbewind. Ik begeleid een jonge vrouw in {{w:Rustenburg}} (23, LVB). Haar bewindvoerder maakt wekelijks € 45 leefgeld over op [[i:NL94 INGB 9299 4176 22]], maar ze komt daar niet van rond en de bewindvoerder neemt nooit op ([[t:085-401 22 90]], al 9 keer gebeld). Kan ik als {{r:ambulant begeleider}} een klacht indienen bij de kantonrechter, of moet dat via haar? Registratienummer bij de rechtbank heb ik: [[do:C/09/612874 / BW RK 23-1120]]. Alvast bedankt voor het meedenken.""",
    r"""@bovenstaand: ja dat kan, een ieder mag de kantonrechter informeren. Zet er wel bij dat cliënte ervan weet. En overweeg een wissel van bewindvoerder; {{o:Bewind Haaglanden}} en {{o:Humanitas}} hebben lijsten met bewindvoerders die wél bereikbaar zijn. Ik stuur je een PB. [[p:Gert-Jan]]""",
    r"""Casusles laaggeletterdheid & gezondheid (themagroep)
Dhr. [[p:Ferhat Aksoy]] ([[d:21 okt. 1964]]), {{w:Schilderswijk}}, [[a:Hoefkade 780]], [[pc:2526 BZ]], diabetes type 2. Hij nam zijn insuline verkeerd in omdat hij de bijsluiter niet kon lezen, en schaamde zich om dat te zeggen. De {{r:wijkverpleegkundige}} merkte het op bij een controle. Samen met de {{r:huisarts}} en de {{r:praktijkondersteuner}} is een pictogramschema gemaakt. Zijn dochter [[p:Elif]] ([[t:06-39 02 81 64]]) helpt nu 's avonds. Op zijn verzoek is hij aangemeld voor een taalcursus bij het {{o:Taalhuis}} {{w:Schilderswijk}}. Les: vraag ook bij medische problemen door op lezen en begrijpen; "heeft u het begrepen?" is geen goede vraag.""",
    r"""Bedankt voor alle reacties op mijn vraag over bijzondere bijstand. Update: de aanvraag van de wasmachine is vandaag ([[d:vrijdag 28 maart]]) toegekend, € 389 wordt overgemaakt op [[i:NL89ABNA2104663830]]. Dank vooral aan [[p:Sjaak]] en [[p:Henk]] van de {{o:Sociaal Raadslieden}}!
[[p:Linda Koopmans]]
{{r:welzijnscoach}} | {{o:Welzijn Scheveningen}}
[[t:06-12 73 94 58]] | [[e:l.koopmans@welzijnscheveningen.nl]]
werkdagen: ma, di, do""",
    r"""Samenvatting slotevaluatie – opmerkingen uit de zaal
• [[p:Hatice Demir]] ({{w:Moerwijk}}): "De pilot gaf energie, maar ik wil niet dat het nu ophoudt."
• Een {{r:wijkverpleegkundige}} uit {{w:Scheveningen}}: "Het platform is fijn, maar ik zie te veel privégegevens staan. Vorige week nog een geboortedatum ([[d:30 december 1950]]) en een postcode ([[pc:2583 WX]]) in een les."
• [[p:Hans van Leeuwen]]: de gemeente onderzoekt borging vanaf januari.
• Iemand van {{o:Xtra}}: "Neem de welzijnsorganisaties net zo serieus als de zorg."
Besluit: de casustafels huiselijk geweld en bemoeizorg lopen door. De themagroepen jeugd en ouderen gaan op in de bestaande wijkoverleggen.""",
    r"""Voor de themagroep statushouders: gezin uit Oekraïne, moeder [[p:Olena Kovalenko]] en twee kinderen, sinds 2022 in Den Haag, nu in een woning op [[a:Soestdijksekade 500]], [[pc:2574 AK]]. Zij krijgen leefgeld via de gemeente ([[i:NL32 RABO 2801 7271 09]]). Moeder werkt als schoonmaker, maar door de regels over leefgeld en inkomen bleek ze € 1.900 te moeten terugbetalen. Kenmerk terugvordering [[do:OEK-LG-2025-0341]]. Wie weet of de gemeente hier soepel mee omgaat? Ze is in paniek. – [[p:Dennis]]""",
    r"""Hallo [[p:Dennis]], ja, de gemeente kan een betalingsregeling treffen of de vordering matigen bij dringende redenen. Laat mw. bezwaar maken binnen 6 weken na de datum van de brief ([[d:14-04-2025]] als ik het goed zie in je bijlage). Ik help graag met de bezwaarbrief: [[e:b.yilmaz@sociaalraadsliedendenhaag.nl]]. Groet, [[p:Burak]] ({{r:sociaal raadsman}})""",
    r"""Les uit de pilot – bemoeizorg & wonen
Wat we geleerd hebben uit 11 casussen, samengevat door [[p:Ramesh]]:
1. Bijna altijd is er een huurachterstand vóórdat er zorgen komen. De corporatie ziet het dus eerst.
2. Buren zijn de beste signaleerders, maar melden pas als het stinkt (letterlijk).
3. Een vaste contactpersoon bij de corporatie werkt beter dan een algemeen nummer.
Voorbeeld: dhr. [[p:V.]], [[a:Jacob Catsstraat 119]], huurachterstand van 7 maanden. Corporatie-dossier [[do:HW-2024-77310]]. Toen de {{r:woonconsulent}} na 1 telefoontje met ons de ontruiming uitstelde, konden we binnen 3 weken een opname regelen. Zonder die lijn was hij op straat beland.""",
    r"""Verslag werksessie ouderen & digitalisering ([[d:wo 9 april]])
Ouderen lopen vast op DigiD, bankzaken en de app van de huisarts. Ideeën:
- spreekuur "Digihulp" in de bieb ({{o:Bibliotheek Den Haag}}, filialen {{w:Mariahoeve}} en {{w:Loosduinen}})
- {{o:SeniorWeb}}-vrijwilligers
- machtiging DigiD via familie: uitleg op papier
Voorbeeld van [[p:Ahmed]]: mw. [[p:Van der Zee]] (83) gaf haar DigiD-code aan een "behulpzame jongeman" die belde op [[t:020-808 19 44]]. Gelukkig had de bank (rekening [[i:NL04ASNB5945261264]]) de verdachte overboeking tegengehouden.""",
    r"""Korte vraag over de slotbijeenkomst: kan ik mijn reiskosten declareren? Ik kom uit Zoetermeer. IBAN voor de declaratie: [[i:NL24INGB6447552146]], t.n.v. [[p:M.A. de Vries]]. Groet [[p:Monique]]""",
    r"""@[[p:Monique]] ja, maar stuur het declaratieformulier liever naar [[e:financien.pilot@denhaag.nl]] dan je IBAN hier te zetten 🙂. Het wordt dan binnen 4 weken uitbetaald. [[p:Petra]]""",
    r"""Casusles jeugd – Poolse jongen en schoolverzuim
[[p:Kacper Wiśniewski]] (14) kwam in 2023 met zijn moeder naar Den Haag. Ze wonen in een kamer op de [[a:Rijswijkseweg 213-2]], [[pc:2516 EP]]. Moeder werkt in de kassen in het Westland en is vaak van 5 uur 's ochtends tot 's avonds weg. [[p:Kacper]] ging naar de ISK, maar verzuimde veel. Leerplichtnummer [[do:LP-2025-3317]]. Via een Poolse {{r:jongerenwerker}} van {{o:Xtra}} en een gesprek met moeder (tolk) bleek dat hij 's ochtends zijn zusje van 6 naar school bracht. Met de school is een later begin afgesproken. Moeder: [[t:+48 601 227 389]] (Pools nummer, WhatsApp).""",
    r"""Hoi, ik ben [[p:Fenna]], stagiaire social work bij het SWT {{w:Zeeheldenkwartier}}. Mag ik een vraag stellen voor mijn afstudeeronderzoek over de pilot? Ik zou graag 5 deelnemers interviewen (30 min). Aanmelden kan via [[e:fenna.stage2025@student.hhs.nl]]. Alles wordt anoniem verwerkt, beloofd!""",
    r"""Casusles huiselijk geweld – de buurman
De melding kwam niet van de familie, maar van de buurman, dhr. [[p:Boer]], die al weken geschreeuw hoorde in de woning naast hem ([[a:Wolmaransstraat 92]]). Hij belde de {{r:wijkagent}}, niet {{o:Veilig Thuis}}, omdat hij dacht dat {{o:Veilig Thuis}} "alleen voor kinderen" is. De {{r:wijkagent}} deed een zorgmelding ([[do:ZM-2025-112876]]). Het SWT {{w:Transvaal}} kon daardoor op [[d:maandag 10 februari]] al op huisbezoek. Les: leg in de wijk beter uit wat {{o:Veilig Thuis}} doet; buurtbewoners weten het niet.""",
]
TEXTS += [
    r"""Theorie en praktijk: wat leerden we van de expertmeeting over gegevensdeling?
Tijdens de expertmeeting van april is uitgebreid gesproken over de vraag wanneer je informatie mag delen zonder toestemming. De juristen van de gemeente gaven drie criteria: noodzaak, proportionaliteit en subsidiariteit. In de praktijk blijkt dat lastig. Een voorbeeld uit {{w:Vrederust}}: een {{r:casusregisseur}} deelde met de woningcorporatie dat een huurder (BSN [[b:992271939]], [[a:Dedemsvaartweg 421]], [[pc:2545 AS]]) was opgenomen, zodat de huur niet als leegstand werd gezien. Was dat toegestaan? De meningen waren verdeeld. De {{r:privacy officer}} vond van wel, omdat het in het belang van de huurder was; de {{r:wijkverpleegkundige}} vond dat eerst toestemming gevraagd had moeten worden, wat achteraf op [[d:24-03-2025]] alsnog gebeurde. Afspraak voor de pilot: vraag altijd eerst toestemming, tenzij er direct gevaar is, en leg in het dossier vast waarom je deelt. Het vervolg wordt besproken in de werkgroep privacy op [[d:6 mei]].""",
    r"""Terugblik van een facilitator
Vier maanden lang heb ik de themagroepen begeleid, van de kick-off op [[d:22-11-2024]] tot de slotbijeenkomst in juni. Wat me opviel: de professionals kenden elkaars organisaties wel, maar niet elkaars mensen. Een {{r:maatschappelijk werker}} uit {{w:Loosduinen}} wist niet dat de {{r:MEE-consulent}} in {{w:Bezuidenhout}} precies dezelfde casussen had. Door de themagroepen zijn er lijntjes ontstaan die blijven. Wat minder goed ging: het platform. Veel mensen plaatsten lessen zonder ze goed te anonimiseren. We vonden bij een controle op [[d:2 mei]] nog 14 lessen met een naam, 6 met een geboortedatum en 3 met een BSN (waaronder [[b:582.324.634]]). Dat moet beter, en daarom komt er een automatische check. Mijn advies voor een volgende ronde: minder bijeenkomsten, meer tijd voor casussen, en betrek {{o:Xtra}}, {{o:Zebra Welzijn}} en {{o:Stichting MOOI}} vanaf het begin.""",
    r"""Wijziging contactgegevens SWT {{w:Morgenstond}}
Per [[d:1 april 2025]] is het team verhuisd naar het {{o:Servicepunt XL}} {{w:Escamp}}. Het oude nummer van de teamtelefoon blijft werken tot [[d:30 april]]; daarna is het team bereikbaar via het nieuwe nummer [[t:070 - 752 14 80]]. Persoonlijke nummers van teamleden veranderen niet. Cliënten die nog post sturen naar het oude adres krijgen die doorgestuurd. Let op: de cliëntenlijst die in de verhuisdozen zat, met o.a. een cliënt op [[a:Melis Stokelaan 2240]], [[pc:2541 GV]], is als datalek gemeld bij de {{r:functioneel beheerder}}, meldnummer [[do:DL-2025-0061]]. Er zijn geen aanwijzingen dat de lijst in verkeerde handen is gekomen.""",
    r"""Casusles statushouders – gezondheid en taal
Een Syrische man van 58 uit {{w:Laakkwartier}} ([[a:Goudriaankade 26]], BSN [[b:406406418]]) kwam bij het SWT omdat hij steeds minder goed liep. Hij was al 2 jaar bij de huisarts niet geweest, omdat hij dacht dat je daar moest betalen. Zijn inschrijving bij de zorgverzekeraar liep wel, zorgnummer [[do:ZV-1190 4478 2]]. De {{r:maatschappelijk werker}} regelde een afspraak met tolk op [[d:vrijdag 14 maart]]. De huisarts verwees hem door naar de neuroloog in het {{o:HMC}}; het bleek een hernia. Inmiddels is hij geopereerd en volgt hij fysiotherapie. Les voor de pilot: leg bij iedere statushouder in het eerste gesprek uit hoe de huisarts, de zorgverzekering en het eigen risico werken, ook als er geen zorgvraag lijkt te zijn.""",
]
TEXTS += [
    r"""Agenda-update: de intervisie bemoeizorg van [[d:dinsdag 6 mei]] vervalt i.v.m. de meivakantie. Nieuwe datum: [[d:13-05-2025]], 14.00–16.00, {{o:Servicepunt XL}} {{w:Laak}}. Casussen vooraf aanleveren via [[e:bemoeizorg.pilot@denhaag.nl]] (alleen initialen en wijk, géén geboortedatum of adres). Vragen over de locatie: bel de balie, [[t:070 353 20 18]].""",
    r"""Let op bij aanmeldingen via het {{o:Wmo-loket}}: in het aanmeldformulier van vorige week stond nog het volledige woonadres ([[a:Weimarstraat 87-III]], [[pc:2562 GS]]), het Wmo-nummer ([[do:WMO-2025-19340]]) en de geboortedatum ([[d:31.03.1944]]) van een cliënt uit {{w:Regentessekwartier}}. Dit formulier is inmiddels verwijderd. Gebruik voortaan het sjabloon in de map "Formats"; daarin zijn deze velden weggelaten.""",
]

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def strip(marked):
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            lab, span, lst = PII[m.group(1)], m.group(2), pii
        else:
            lab, span, lst = KEEP[m.group(3)], m.group(4), keep
        out.append(span)
        lst.append({"start": start, "end": start + len(span), "label": lab, "text": span})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return (
        s.startswith("NL") and len(s) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for n, marked in enumerate(TEXTS):
        text, pii, keep = strip(marked.strip("\n"))
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, n
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"] and s["text"].strip() == s["text"], (
                n,
                s,
            )
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, n
        rows.append({"id": "ho30-%04d" % n, "text": text, "pii": pii, "keep": keep})
    assert len(set(r["text"] for r in rows)) == len(rows)
    with open(os.path.join(here, "heldout30.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words // len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
