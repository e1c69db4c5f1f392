# -*- coding: utf-8 -*-
"""Held-out test corpus 43: posts and comments on a knowledge-exchange platform for wijkteam professionals.
Hand-written texts (HAND1..HAND7) plus a small template generator (at most a third of the texts).
Writes heldout43.jsonl next to this script. Python 3 stdlib only. Deterministic."""
# Hand-written texts, part 1. Markup: [[label:text]] = pii, {{label:text}} = keep.
# pii codes: p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, ds dossier
# keep codes: w wijk, o org, r role

HAND1 = [
    # 1 question, Friesland
    """Hoi allemaal, wie heeft ervaring met bemoeizorg bij iemand die al jaren geen post meer openmaakt? Ik loop sinds de zomer met een man (58) in {{w:Heechterp-Schieringen}} die alleen opendoet als zijn broer [[p:Wiebren]] erbij is. {{o:GGZ Friesland}} zegt: geen verwijzing van de {{r:huisarts}}, geen zorg. De {{r:huisarts}} zegt: hij komt niet, dus ik kan niks. Herkenbaar? Hoe hebben jullie die cirkel doorbroken?
Alvast dank,
[[p:Hylkje]] ({{r:maatschappelijk werker}}, {{o:Sociaal Wijkteam Leeuwarden}})""",
    # 2 answer, Limburg
    """@[[p:Hylkje]] ja, heel herkenbaar. Wij hebben in {{w:Malberg}} goede ervaringen met het {{o:OGGZ-meldpunt}} van de {{o:GGD Zuid Limburg}}: die mogen zonder verwijzing op huisbezoek. Bij ons ging het om mevrouw [[p:Houben]] (verder noem ik niks 🙂), die pas na vier keer aanbellen open deed, toen de {{r:wijkagent}} er ook bij stond. Tip: spreek met de broer af wat hij wél wil doen en wat niet, anders wordt hij jullie {{r:casemanager}} zonder dat iemand het zo bedoeld heeft.
Groet, [[p:Sjaak Lemmens]], {{r:casusregisseur}} Maastricht""",
    # 3 moderation
    """Moderatie: [[p:Hylkje]], ik heb in je bericht van gisteren de achternaam van de broer en het huisnummer weggehaald. Ook in reacties graag opletten, @[[p:Sjaak]]: 'een cliënte' is genoeg, de achternaam hoeft er niet bij. Bedankt voor het meedenken allemaal!
– [[p:Ilse]], moderator""",
    # 4 event, Twente
    """📢 Intervisiebijeenkomst 'Schulden en schaamte' – Enschede
Wanneer: donderdag [[d:13 juni]], 13.30–16.30 uur
Waar: wijkcentrum {{o:Het Bolwerk}}, [[a:Kuipersdijk 5]], [[pc:7512 CA]] Enschede
Voor wie: {{r:schuldhulpverleners}}, {{r:budgetcoaches}} en leden van sociale wijkteams uit heel Twente
Aanmelden vóór [[d:1 juni]] bij [[p:Gerrit-Jan Oude Egberink]] via [[e:gj.oudeegberink@wijkteamenschede.nl]] of [[t:053 481 22 90]]. Max. 25 deelnemers, vol = vol.
Met medewerking van {{o:Humanitas Twente}} en de {{o:Kredietbank Nederland}}.""",
    # 5 evaluation, Tilburg
    """Terugblik workshop 'Huiselijk geweld in migrantengezinnen' ([[d:7 maart]], Tilburg)
Wat ging goed: de casus die [[p:Nadia]] van {{o:Veilig Thuis Midden-Brabant}} inbracht, over een moeder die haar man in haar appjes alleen 'de baas' noemde. Veel herkenning in de zaal.
Wat kon beter: te weinig tijd voor de rollenspellen, en de zaal was te warm.
Uit de groep kwam de wens voor een vervolg met een {{r:sleutelpersoon}} uit de Eritrese gemeenschap. Opkomst 31 mensen, gemiddeld cijfer 7,8.
Verslag: [[p:Bart van den Heuvel]], {{r:procesbegeleider}}""",
    # 6 lesson, Zeeland
    """Casusles: 'Eerst de koelkast, dan het plan'
Context: alleenstaande vrouw, 71, {{w:Dauwendaele}} (Middelburg), weduwe sinds 2019, dochter woont in Canada. Signaal via de {{r:wijkverpleegkundige}} van {{o:Zorgstroom}}: gewichtsverlies en een berg post op de mat. Mevrouw [[p:Minderhoud]] wilde niemand binnen tot de {{r:ouderenadviseur}} aanbood om samen boodschappen te doen. Pas toen de koelkast weer vol was ging het over geld.
Les: begin bij wat iemand zelf belangrijk vindt, niet bij jouw checklist.
Bewind via {{o:Kwadraad}} loopt sinds [[d:1 oktober]]. Intern nr. [[ds:ZLD-2023-0377]].""",
    # 7 profile
    """Over mij
Ik ben [[p:Sharmila Mathoera]], sinds 2016 {{r:wijkverpleegkundige}} in {{w:Transvaal}} en de {{w:Schilderswijk}}. Mijn hart ligt bij ouderen met een Hindostaanse achtergrond die zorg mijden omdat 'de familie het wel regelt'. Ik spreek Sarnami en een beetje Sranantongo. Vraag me gerust over cultuursensitieve gesprekken met mantelzorgers of over het aanvragen van een indicatie als de familie eigenlijk overbelast is.
Bereikbaar ma/di/do via [[t:06-41 27 83 90]] of [[e:s.mathoera@buurtzorg-hag.nl]].""",
    # 8 question, Rotterdam, Turkish family
    """Goedemorgen collega's. Heeft iemand een Turkssprekende {{r:ervaringsdeskundige}} in de regio Rotterdam-Zuid? Het gaat om een gezin in {{w:Hillesluis}}: vader ([[p:Mehmet]]) zit na een herseninfarct thuis, moeder [[p:Emine]] doet alles alleen en wil absoluut geen 'vreemden' over de vloer. Dochter [[p:Zeynep]] (16) vertaalt nu bij elk gesprek en dat vind ik niet oké. Tolkentelefoon is besproken maar ligt gevoelig.
Tips welkom!
[[p:Lotte]], {{o:Wijkteam Feijenoord}}""",
    # 9 answer, Polish
    """Wij werken in Tilburg met [[p:Agnieszka]] van {{o:Barka}}, zij gaat mee op huisbezoek bij Poolse arbeidsmigranten. Bij meneer [[p:Kowalczyk]] (dakloos sinds het uitzendbureau hem eruit zette, woonde daarvoor met zes man op [[a:Ringbaan-Oost 214a]]) was dat echt het keerpunt. Zijn Nederlandse nummer werkt niet meer, hij is nu bereikbaar op [[t:+48 512 334 871]] maar dat mag ik hier eigenlijk niet neerzetten, sorry. Mods mogen het weghalen.""",
    # 10 moderation reply
    """Gedaan, [[p:Pim]]. Ik heb het nummer en het adres uit de reactie hierboven verwijderd. Reminder voor iedereen: ook huisnummers, geboortedata en zaaknummers uit jullie eigen systeem horen hier niet thuis. Een leeftijd, een wijk of 'in het voorjaar' is prima.
Groet, team moderatie""",
    # 11 question, Utrecht, Eritrean
    """Vraag aan collega's met ervaring met Eritrese statushouders. In {{w:Overvecht}} begeleid ik een jonge vrouw, [[p:Semhar]], die met haar zoontje van 2 in een portiekflat aan de [[a:Zamenhofdreef 61 bis]] woont. Ze is haar buddy van {{o:VluchtelingenWerk}} kwijt (project gestopt) en trekt zich steeds meer terug. Haar nicht [[p:Helen Tekle]] zegt dat er 'iets met vroeger' is maar dat ze daar niet over praat. De {{r:POH-GGZ}} heeft een wachtlijst van 10 weken. Wat werkt bij jullie? Ik denk zelf aan een vrouwengroep met een {{r:sleutelpersoon}}.
Groet, [[p:Anouk]] ({{o:Buurtteam Utrecht}}, {{r:welzijnscoach}})""",
    # 12 answer
    """Hoi [[p:Anouk]], in Amersfoort werken we met [[p:Yonas Ghebremichael]] als {{r:sleutelpersoon}}, hij is geweldig en wil vast ook in Utrecht iets betekenen. Hij is bereikbaar op [[t:06 2841 7730]], zeg maar dat [[p:Marloes]] je stuurt. Let wel op: bij Eritrese vrouwen werkt een vrouwelijke tolk vaak beter dan een mannelijke sleutelpersoon, zeker in het eerste gesprek. Succes met [[p:Semhar]]!""",
    # 13 moderation
    """🔒 Moderatie – [[p:Marloes]], ik heb de voornaam van de cliënte uit je reactie gehaald (in het bericht van [[p:Anouk]] stond hij ook, daar ook weggehaald). Het telefoonnummer van de sleutelpersoon mag blijven staan, hij heeft zelf laten weten dat dat goed is. Fijne dag!""",
    # 14 lesson, Den Bosch, Syrian family
    """Lessen uit de casus 'Schulden na gezinshereniging'
Wat speelde er: vader (44) kwam in 2015, moeder en drie kinderen in 2017 via gezinshereniging. De vliegtickets zijn destijds geleend bij een oom, daarbij een terugvordering van {{o:DUO}} en een huurachterstand bij {{o:Zayaz}} (woning [[a:Aert Heymlaan 18-B]], {{w:De Kruiskamp}}). Moeder, [[p:Lina]], deed alle post; vader schaamde zich kapot.
Wat werkte: één plan met de {{o:schuldhulpverlening}} van de gemeente, een Arabischsprekende {{r:budgetcoach}} van {{o:Juvans}} die aan de keukentafel aanschoof, en afspraken in de agenda van de oudste dochter ([[p:Yara]], 17) omdat die de telefoon beheert.
Wat niet werkte: brieven in ambtelijk Nederlands.
Dossier bij ons: [[ds:SWT-DB 2022/118]]""",
    # 15 question, Eindhoven, casual
    """Effe een vraagje hoor. Wie weet of de {{o:Voedselbank}} in Eindhoven nog steeds een verwijzing van het wijkteam nodig heeft? Ik heb hier een jong stel in {{w:Woensel-West}} ([[p:Kevin]] en [[p:Demi]], baby op komst, uitgerekend op [[d:12 november]]) en die staan echt met lege kastjes. Heb het intakeformulier al ingevuld onder ons nummer [[ds:WTE-23-4471]] maar krijg geen reactie.
Dankjewel, groetjes [[p:Mieke]]""",
    # 16 answer
    """@[[p:Mieke]] klopt, verwijzing is nodig. Mail het formulier rechtstreeks naar [[e:intake@voedselbank-eindhoven.nl]] en bel daarna even [[t:040-2118450]] (vraag naar [[p:Ria]]). Dan reageren ze meestal binnen een week. En haal je ook even de namen en die uitgerekende datum uit je post? 😉""",
    # 17 best practice, Heerlen
    """Best practice: de koffieochtend op de galerij in {{w:Meezenbroek}}
Sinds januari drinken de {{r:wijkverpleegkundige}}, de {{r:woonconsulent}} van {{o:Weller}} en iemand van {{o:Alcander}} elke tweede dinsdag van de maand koffie op de galerij van de flats aan de Pijpersweg. Bewoners die nooit naar het buurthuis komen schuiven nu gewoon aan. Een meneer van 83 vertelde bij de derde keer dat hij al maanden geen warm eten had; nu komt de maaltijdservice via {{o:Zuyderland}}. Kosten: een paar pakken koffie en een thermoskan.
Vragen? Bel [[p:Mariëlle Brouns]], [[t:045 560 34 12]].""",
    # 18 question, Antillean youngster, Den Haag
    """Hallo allemaal, ik zoek iemand met ervaring met jongvolwassenen van Curaçao die net in Nederland zijn en tussen wal en schip vallen (nog geen inschrijving, geen DigiD, wel schulden bij de familie waar ze logeren). Concreet: [[p:Shurendy]], 19, sinds [[d:3 augustus]] in {{w:Moerwijk}}, slaapt bij een tante ([[p:Ruthmilda Martina]]) op de bank. Is er in Den Haag een organisatie zoals het {{o:Plataforma Antiano}} in Rotterdam? Anyone?
Alvast bedankt, [[p:Jurgen]] – {{r:jongerenwerker}}""",
    # 19 answer
    """Ja! Bel eerst het {{o:Antilliaans Netwerk}} in Rotterdam, [[t:010 - 476 21 09]], die weten ook de Haagse weg. En voor de inschrijving in de {{o:BRP}}: als de tante geen toestemming geeft voor inschrijving op haar adres kan hij een briefadres krijgen via de {{o:Kessler Stichting}}. Zo hebben we het vorig jaar opgelost bij [[p:Jurandy]] uit {{w:Bouwlust}}, die zat in precies dezelfde situatie.
Groet, [[p:Glenn Zeegelaar]], {{r:casusregisseur}}""",
    # 20 event, Limburg
    """Save the date! Regionale dag 'Eenzaamheid onder ouderen' – Sittard, vrijdag [[d:27 september 2024]]
Sprekers o.a. dr. [[p:Wim Debije]] ({{o:Zuyderland}}) en een {{r:ervaringsdeskundige}} van {{o:KBO Limburg}}. Workshops over huisbezoeken, dementie en digitale inclusie. Deelname is gratis voor leden van sociale wijkteams.
Aanmelden via [[e:aanmelden@wijkteams-westelijkemijnstreek.nl]]
Vragen: [[p:Lieke Ramakers]], [[t:046-4775310]]""",
    # 21 question with BSN slip, Vlissingen
    """Wie weet hoe ik dit oplos: het {{o:Wmo-loket}} in Vlissingen zegt dat meneer niet bij hen bekend is, maar hij staat gewoon ingeschreven op [[a:Paauwenburg 117]]. Ik heb zijn BSN twee keer gecontroleerd ([[b:905091772]]). Het gaat om een aanvraag huishoudelijke hulp die al sinds [[d:14-02]] ligt. Iemand een direct nummer van een {{r:Wmo-consulent}} daar? Ik word gek van het keuzemenu.
[[p:Kees]]""",
    # 22 moderation about BSN
    """⚠️ Let op allemaal: in het bericht van [[p:Kees]] van vanochtend stond een BSN. Ik heb het bericht aangepast en het origineel laten verwijderen. Een BSN hoort NOOIT op dit platform, ook niet 'even' om te laten controleren. Als je een vraag hebt over een specifieke cliënt: bel de organisatie zelf. Dank voor jullie begrip, [[p:Ilse]]""",
    # 23 profile, Friesland
    """Profyl / profiel
[[p:Sjoerd Dijkstra]], {{r:Wmo-consulent}} bij de {{o:gemeente Súdwest-Fryslân}}. Ik werk vanuit Sneek en ken de dorpen goed, ook de plekken waar je zonder auto niks kunt. Thema's: vervoer, mantelzorg, boerengezinnen met financiële problemen. Ik ben de enige in ons team die Fries én Pools spreekt (mijn vrouw komt uit Gdańsk). Vragen over het platteland? Mail [[e:s.dijkstra@sudwestfryslan.nl]].""",
    # 24 mistaken quick note posted in the wrong window
    """vandaag met mw [[p:de kraker]] naar de schuldhulp geweest, ging best goed. ze belt zelf terug als de brief van het {{o:CJIB}} er is. kleindochter [[p:merel]] was er ook, erg behulpzaam. volgende afspraak di [[d:9-4]] 10u bij haar thuis. zie dossier [[ds:2024-1187]]""",
    # 25 moderation, follows 24
    """@[[p:Hanneke]] je notitie van vanmiddag is denk ik in het verkeerde venster beland 🙂 Ik heb hem verborgen, hij is nu alleen nog voor jou zichtbaar. Niks aan de hand, gebeurt vaker! Zet hem even in jullie eigen registratie.""",
]

HAND2 = [
    # 26 lesson, Moroccan elderly, Den Haag
    """Casusles 'Opa wil geen dagbesteding'
Meneer [[p:El Khattabi]] (79), weduwnaar, woont bij zijn jongste zoon [[p:Bilal]] op de [[a:Jacob Catsstraat 142-III]]. De {{r:Wmo-adviseur}} had dagbesteding geregeld; hij ging twee keer en stopte. Niemand vroeg waarom. Wat bleek na een gesprek met een Arabischsprekende {{r:welzijnscoach}}: er was geen plek om te bidden en hij at niet mee omdat het vlees niet halal was. Nu gaat hij drie ochtenden naar een ouderengroep in de moskee aan de Delftselaan, met vervoer vanuit de {{o:Wmo}}.
Les: vraag wat iemand tegenhoudt, niet alleen óf hij wil.""",
    # 27 evaluation webinar, short
    """Evaluatie webinar 'Digitaal zaken doen met het UWV' van dinsdag: 42 aanmeldingen, 29 aanwezig, gemiddeld een 6,9. Kritiek: te snel, slides niet vooraf gedeeld. Compliment voor [[p:Rachid]] van {{o:UWV}}, die echt alle vragen beantwoordde. De slides staan nu in de map 'Werk en inkomen'.
[[p:Femke]]""",
    # 28 question with IBAN slip, Utrecht
    """Vraag over beschermingsbewind: cliënte (52, {{w:Kanaleneiland}}) heeft nog een oude rekening waar haar ex-partner bij kan. De toeslagen komen daar nog steeds op binnen: [[i:NL32 INGB 0144 9885 45]]. De {{r:bewindvoerder}} heeft een nieuwe leefgeldrekening geopend maar {{o:Dienst Toeslagen}} past het niet aan. Wie weet hoe je dit versnelt? Het wijzigingsverzoek ligt er al sinds [[d:2 januari]].
[[p:Saskia]]""",
    # 29 answer
    """Laat de {{r:bewindvoerder}} het formulier 'Wijziging rekeningnummer' sturen mét een kopie van de beschikking van de kantonrechter, en bel daarna samen met cliënte de {{o:BelastingTelefoon}} (vanwege de machtiging). Bij meneer [[p:Kaya]] duurde het zo nog vijf weken, maar toen was het ook in één keer goed. En: zet een rekeningnummer hier liever niet neer 🙂
[[p:Dewi]], {{r:schuldhulpverlener}}""",
    # 30 moderation
    """Rekeningnummer in de vraag van [[p:Saskia]] van [[d:15 januari]] is verwijderd. Dank [[p:Dewi]] voor de oplettendheid!""",
    # 31 training with fee IBAN, Zeeland
    """Training 'Motiverende gespreksvoering voor wijkteams' (2 dagdelen)
Data: [[d:maandag 14 oktober]] en [[d:maandag 28 oktober]], 9.00–12.30 uur
Locatie: buurthuis {{o:De Schakel}}, [[a:Lange Noordstraat 43]], [[pc:4331 CD]] Middelburg
Kosten: € 95 p.p., over te maken op [[i:NL67SNSB7059072102]] t.n.v. {{o:Stichting Welzijn Walcheren}} o.v.v. 'MGV + je naam'
Trainer: [[p:Corné Flipse]] ({{r:GZ-psycholoog}})
Aanmelden: [[e:training@welzijnwalcheren.nl]]""",
    # 32 question, Limburg dementia, birthday slip
    """Wie heeft ervaring met een {{r:casemanager dementie}} die NIET via de huisarts binnenkomt? In {{w:Heerlerheide}} woont een dame (86) waarvan de buurvrouw zegt dat ze 's nachts op straat loopt, op pantoffels. De {{r:huisarts}} heeft haar al drie jaar niet gezien. Dochter [[p:Mia]] woont in België en reageert alleen op WhatsApp ([[t:+32 478 21 90 33]]). Mevrouw is op [[d:4 juli]] jarig, misschien is dat een ingang om de dochter over te laten komen?
[[p:Roel Schrijnemakers]], {{o:Sociaal Wijkteam Heerlen}}""",
    # 33 answer
    """@[[p:Roel]] in Maastricht doet de {{r:casemanager dementie}} van {{o:Envida}} ook huisbezoeken op signaal van het wijkteam, zonder dat de huisarts eerst verwijst (die wordt daarna wel ingelicht). Contactpersoon is [[p:Jo Vliegen]], [[e:j.vliegen@envida.nl]]. Misschien kan zij je doorverwijzen naar de juiste persoon in Heerlen. Sterkte, ik weet hoe lastig het is als de familie op afstand zit.""",
    # 34 profile, Antillean
    """Mijn naam is [[p:Giselle Rosaria]] en ik werk als {{r:maatschappelijk werker}} bij {{o:Kwadraad}} in Roosendaal en Bergen op Zoom. Geboren op Curaçao, opgegroeid in {{w:Tarwewijk}}. Ik denk graag mee over gesprekken over geld en familieverplichtingen ('je stuurt geld naar huis, punt'). Ik spreek Papiamentu, Engels en Spaans. Je vindt me op dinsdag en donderdag bij het {{o:Sociaal Wijkteam Bergen op Zoom}}, [[t:0164 - 23 45 01]].""",
    # 35 lesson, Twente hoarding, birthday card
    """Casus in het kort (met toestemming gedeeld): man, 63, {{w:Velve-Lindenhof}}, ernstige vervuiling na het overlijden van zijn moeder in 2021. Huisuitzetting dreigde, {{o:Domijn}} had al een vonnis. Wat hielp: de broer ([[p:Henk Nijhuis]], woont in Haaksbergen), die we pas in week zes vonden via een oude verjaardagskaart op de koelkast ('voor [[p:Gerrit]], 60 jaar, [[d:22-05-2020]]'). De broer ging mee naar de zitting en de rechter gaf uitstel. Opruimen deden we met vrijwilligers van {{o:Humanitas}}.
Les: zoek actief naar netwerk, ook als de cliënt zegt dat er niemand is.
[[p:Karin Lansink]], {{r:maatschappelijk werker}}""",
    # 36 short reply
    """Mooi verhaal [[p:Karin]]! Die verjaardagskaart-truc ga ik onthouden 👍 Wij hadden iets vergelijkbaars in {{w:Deppenbroek}}, met een mevrouw die alleen haar kleinzoon [[p:Thijs]] binnenliet. Via hem kwamen we uiteindelijk ook binnen.""",
    # 37 question, Leeuwarden, Syrian mantelzorg
    """Vraagje: wie kent een Arabischsprekende {{r:mantelzorgconsulent}} in het noorden? Ik heb een gezin in {{w:Bilgaard}}: de moeder van meneer [[p:Alkhatib]] (81, bedlegerig) wordt volledig verzorgd door schoondochter [[p:Rasha]], die zelf astma heeft en vier kinderen. {{o:Zorggroep Noorderbreedte}} biedt thuiszorg aan maar oma wil geen man over de vloer, en er zijn niet altijd vrouwen beschikbaar. Ik zie [[p:Rasha]] opbranden.
Groeten, [[p:Tjitske Bosma]]""",
    # 38 question, Amsterdam, new colleague
    """Hoi, ik ben [[p:Ilham]], net begonnen bij {{o:Buurtteam Amsterdam Nieuw-West}}. Vraag: hoe pakken jullie het aan als een moeder je vraagt níets tegen haar man te zeggen over haar schulden? Ze heeft een lening bij een neef en koopt op afbetaling. Ze belde me gisteren vanaf het nummer van haar zus ([[t:06-18093372]]) omdat hij haar telefoon controleert. Morgen komt ze naar het buurthuis in {{w:Slotervaart}}, omdat ze thuis niet vrij kan praten. Ik wil het goed doen.""",
    # 39 answer
    """Lastig, en goed dat je het vraagt [[p:Ilham]]. Wat je beschrijft (telefoon controleren) kan financieel of psychisch geweld zijn. Je kunt altijd anoniem advies vragen bij {{o:Veilig Thuis}}, ook zonder melding. En spreek met haar af hoe je haar veilig bereikt, dus niet zomaar het nummer van de zus bellen.
Groet, [[p:Soufiane]], {{r:aandachtsfunctionaris huiselijk geweld}}""",
    # 40 lesson, Goes, financial abuse, IBAN slip
    """Les: 'Als de zoon de pinpas heeft' – ouderen en financiële uitbuiting
Mevrouw (88, {{w:Goes-Oost}}) kreeg steeds minder boodschappen; de {{r:thuiszorgmedewerker}} zag een lege koelkast en meldde het. Bij navraag bleek zoon [[p:Jan-Willem]] al maanden te pinnen van haar AOW-rekening ([[i:NL07 RABO 1131 0911 27]]). Melding bij {{o:Veilig Thuis Zeeland}} op [[d:18 september 2023]] ([[ds:VTZ-2023-06612]]).
Wat werkte: een {{r:bewindvoerder}} via de kantonrechter, en gesprekken met de zoon waarin niet de beschuldiging maar zijn eigen schulden centraal stonden.""",
    # 41 event, Rotterdam
    """Uitnodiging netwerkborrel wijkteams Rotterdam-Zuid 🍻
Donderdag [[d:21/11]] vanaf 16.00 uur in {{o:Huis van de Wijk De Put}}, [[a:Mijnsherenlaan 36]], [[pc:3081CH]] Rotterdam.
Kom kennismaken met de nieuwe {{r:wijkagenten}}, de {{r:jongerenwerkers}} en de {{r:wijkverpleegkundigen}} van {{o:Laurens}}. Hapje en drankje aanwezig.
Graag even aanmelden bij [[p:Naima]]: [[e:naima.azzouzi@rotterdam.nl]]. Tot dan!""",
    # 42 question, Hindustani family, mantelzorgwoning
    """Iemand ervaring met het plaatsen van een mantelzorgwoning bij een huurhuis? Familie [[p:Jagroep]] in {{w:Laak}} wil oma ([[p:Mahadei]], 91) in de tuin laten wonen. Zoon [[p:Kishan]] heeft al een offerte voor een unit. De gemeente zegt dat het vergunningsvrij kan, {{o:Haag Wonen}} zegt nee omdat het hun grond is. Ik zit ertussen en de familie wordt boos op mij.
[[p:Priscilla]]""",
    # 43 answer
    """Bij een huurwoning heb je altijd schriftelijke toestemming van de verhuurder nodig, dat klopt helaas. Wat bij ons wel lukte: een aangepaste benedenwoning via urgentie, met de oude woning van oma als ruil. Loopt via het {{o:Wmo-loket}} én de corporatie tegelijk, dus laat ze bij elkaar aan tafel komen.
[[p:Sunita Sewnath]], {{r:Wmo-adviseur}}""",
    # 44 moderation
    """Beste [[p:Priscilla]], in je post over de mantelzorgwoning stonden de achternaam van de familie en de naam van oma. Ik heb het aangepast naar 'een familie in Laak'. Wil je daar de volgende keer zelf op letten? Dankjewel! [[p:Ilse]]""",
    # 45 summary theme afternoon, Den Bosch
    """Samenvatting themamiddag Bemoeizorg ('s-Hertogenbosch, [[d:4 april]])
- Inleiding door [[p:Maarten Verhoeven]] ({{o:GGZ Oost Brabant}}): bemoeizorg is geen dwang, wel volharding.
- Casus uit de {{w:Graafsewijk}}: acht maanden wekelijks aanbellen, pas contact toen de hond ziek werd en de {{r:bemoeizorger}} een dierenarts regelde.
- Belangrijkste tip: werk met een vast duo ({{r:bemoeizorger}} + {{r:woonconsulent}}), dan krijgt de cliënt niet steeds nieuwe gezichten.
- Afspraak: vervolg in juni, datum volgt.
Notulist: [[p:Fleur]]""",
    # 46 lesson, Westland, Polish
    """Les uit het Westland: arbeidsmigranten en de huisarts
[[p:Marek]] (37, Pools) kwam bij ons binnen via de {{r:huisarts}} met drankproblemen. Geen zorgverzekering meer: het uitzendbureau had hem per [[d:1 juni]] uitgeschreven, en daarmee was ook zijn bed in het huisvestingspand weg. Wij hadden hem geregistreerd onder [[ds:WL-MIG-0093]]. Via {{o:Barka}} is hij uiteindelijk op eigen verzoek teruggegaan naar Polen, naar zijn zus in Łódź.
Les: vraag in het eerste gesprek al wat iemand zelf wil, terugkeer is óók een oplossing.""",
    # 47 BSN/template slip
    """Kan iemand mij helpen met het aanvraagformulier bijzondere bijstand? Ik weet niet wat ik bij 'referentiepersoon' moet invullen. Dit is wat ik tot nu toe heb:
Naam aanvrager: [[p:Bartosz Wiśniewski]]
BSN: [[b:882 569 880]]
Geboortedatum: [[d:11-03-1989]]
Adres: [[a:Hengelosestraat 512]], [[pc:7521AM]] Enschede
Referentiepersoon: ???
Bedankt! [[p:Esmée]]""",
    # 48 moderation
    """Hoi [[p:Esmée]], ik heb je bericht even offline gehaald: er stonden persoonsgegevens van je cliënt in (naam, BSN, geboortedatum, adres). Je vraag zelf is prima, ik heb hem opnieuw geplaatst zonder de gegevens. Antwoord alvast: de referentiepersoon is bij een alleenstaande meestal gewoon de aanvrager zelf, bij een gezin de partner. Check wel even bij de {{r:consulent inkomen}}.""",
    # 49 mixed lesson, Utrecht, Somali + Afghan
    """Tijdens de intervisie van [[d:woensdag 12 juni]] bespraken we twee gezinnen uit {{w:Zuilen}} met een vergelijkbaar patroon: een moeder die alles regelt, een vader die buiten beeld is. Bij de Somalische moeder ([[p:Hodan Warsame]]) ging het vooral om de school van haar zoon [[p:Abdi]]; bij de Afghaanse moeder ([[p:Mahboba]]) om haar eigen eenzaamheid. In beide gevallen bleek de {{r:schoolmaatschappelijk werker}} van {{o:Cumulus Welzijn}} al jaren betrokken zonder dat wij het wisten.
Les: vraag bij de start altijd wie er nog meer meekijkt.""",
    # 50 question, Chinese family, Mei
    """Wie kan meedenken over een Chinees-Nederlandse ondernemer, mevrouw [[p:Chen]] (61), die na de sluiting van haar restaurant in mei met flinke schulden zit? Haar dochter [[p:Mei]] (24) is de contactpersoon en wil dat alles per mail gaat: [[e:meichen1999@gmail.com]]. Ik heb nu drie mails gestuurd, geen reactie. Moeder spreekt weinig Nederlands. Kent iemand een Mandarijn- of Kantonees-sprekende {{r:schuldhulpmaatje}}?""",
]

HAND3 = [
    # 51 Ghanaian, Amsterdam Zuidoost
    """Best practice uit Zuidoost: de kerk als ingang
Veel Ghanese gezinnen in de {{w:Bijlmer}} komen nooit bij het buurtteam, maar wel elke zondag in de kerk. Sinds vorig jaar houdt [[p:Kwame Mensah]], {{r:voorganger}} van een pinkstergemeente, één keer per maand spreekuur samen met een {{r:schuldhulpverlener}} van {{o:Buurtteam Amsterdam Zuidoost}}. De eerste die kwam was een alleenstaande moeder ([[p:Abena]]) met een incassobureau op haar nek en drie banen. Nu zitten we op vijftien gezinnen per maand.
Contact via [[p:Patrick]]: [[e:p.owusu@buurtteamszuidoost.nl]]""",
    # 52 question, Bulgarian/Romanian, Den Haag Transvaal
    """Wie heeft ervaring met Bulgaarse gezinnen die op één adres met meerdere families wonen? Op de [[a:Kempstraat 88-1]] in {{w:Transvaal}} wonen volgens de buren zeker 14 mensen. Eén moeder, [[p:Ivanka Petrova]], kwam bij ons met een kind met astma (schimmel!). De verhuurder is onbereikbaar. {{o:Omgevingsdienst}} of eerst {{o:GGD Haaglanden}}? En hoe voorkom ik dat zij haar woonplek kwijtraakt als ik dit meld? Ook een Roemeense buurman ([[p:Ionuț]]) wil wel praten maar alleen via zijn telefoon met vertaalapp.""",
    # 53 answer
    """Hoi! Wij zouden eerst de {{r:woningtoezichthouder}} van de gemeente bellen, maar pas nadat je met mevrouw hebt besproken wat er kan gebeuren. Bij een vergelijkbaar pand in de {{w:Schilderswijk}} heeft de gemeente de verhuurder aangepakt en zijn de gezinnen via {{o:Stichting Boulevard}} tijdelijk elders ondergebracht. Vraag naar [[p:Stefan]] bij het {{o:Expertisecentrum Arbeidsmigranten}}, [[t:070 - 353 50 00]].""",
    # 54 Cape Verdean, Rotterdam
    """Vraag: kent iemand een Kaapverdiaanse {{r:sleutelpersoon}} in {{w:Delfshaven}}? Ik heb een oudere man, meneer [[p:Lopes]], die na een val in het ziekenhuis lag en nu niet meer alleen naar boven kan ([[a:Schiedamseweg 241-C]], derde etage, geen lift). Hij spreekt Crioulo en wat Portugees. Zijn nicht [[p:Djenifer dos Santos]] helpt af en toe maar werkt fulltime. Traplift? Verhuizing? Hij wil de wijk niet uit.
[[p:Yvonne]]""",
    # 55 intervision report with attendance, Mariahoeve
    """Verslag intervisie team {{w:Mariahoeve}}, [[d:28-01-2025]]
Aanwezig: [[p:Jolanda]], [[p:Rik]], [[p:Bouchra]], [[p:Sevda]], [[p:Peter]] ({{r:wijkagent}}), [[p:Ans de Wit]] ({{r:ouderenconsulent}}). Afgemeld: [[p:Koster]] (ziek).
Casus: echtpaar van in de 80, hij dementerend, zij overbelast maar 'het gaat best'. Besproken: hoe krijg je de kinderen aan tafel als die zeggen dat moeder het zelf wil? Conclusie: eerst met mevrouw alleen, daarna pas familiegesprek.
Volgende intervisie: dinsdag over vier weken, zelfde tijd.""",
    # 56 question Friesland, Veilig Thuis case number
    """Hoe lang duurt het bij jullie voordat {{o:Veilig Thuis Fryslân}} terugkoppelt? Wij hebben op [[d:12 maart]] een melding gedaan over een gezin in de {{w:Vrijheidswijk}} ([[ds:VT-FR-2024-2231]]) en horen niks. Ondertussen blijven wij met de moeder ([[p:Baukje]]) in gesprek, maar we weten niet of er al een onderzoek loopt. Hoe doen jullie dat, blijven bellen?
[[p:Wytze Terpstra]], {{r:casusregisseur}}""",
    # 57 answer
    """Ja, blijven bellen helaas. Vraag expliciet naar een {{r:casemanager}} en zeg dat jullie een lopend hulpverleningscontact hebben. Bij ons (Drachten) duurde het laatst zes weken. Wat ook hielp: een vast overleg elke maand met de {{r:regiocoördinator}}, [[p:Fokje de Vries]].""",
    # 58 lesson, Hindustani family, huiselijk geweld
    """Casusles 'Eer en schaamte in een Hindostaans gezin'
Jonge vrouw (26), sinds haar huwelijk in 2022 bij schoonfamilie in {{w:Vrederust}}. Ze kwam bij de {{r:huisarts}} met buikpijn; pas bij het derde consult vertelde ze over de controle door haar schoonmoeder. Haar echtgenoot ([[p:Ravi]]) stond 'tussen twee vuren'. Via de {{r:aandachtsfunctionaris}} kwam {{o:Veilig Thuis Haaglanden}} in beeld.
Wat werkte: een Hindostaanse {{r:maatschappelijk werker}} die de familiecodes kent, en gesprekken buiten het huis (bij de huisarts, niet in het wijkcentrum, want daar kent iedereen iedereen).
Wat niet werkte: een familiegesprek op [[d:zaterdag 3 juni]], waarbij de schoonmoeder het woord voerde.""",
    # 59 Storm trap, Zeeland
    """Na de storm van vorige week stond bij meneer [[p:Storm]] (ja echt, zo heet hij) in {{w:Middengebied}} de kelder onder water. Hij is 78, slechthorend, en belde niemand. De buren hebben {{o:Zeeuwland}} gebeld. Les voor ons: bij extreem weer proactief bellen naar de kwetsbaarste mensen in de wijk. Wij hebben nu een belboom met vrijwilligers van de {{o:Zonnebloem}} en de {{r:wijkverpleegkundige}}. Vragen? [[e:belboom.vlissingen@porthos.nl]]""",
    # 60 Wil trap
    """Dank je [[p:Wil]], dat wil ik ook wel proberen bij ons in {{w:Bouwlust}}! Mag ik je daarover bellen? Ik ben bereikbaar op [[t:06 - 1530 9861]], behalve woensdag.""",
    # 61 Hoop trap
    """Hoop dat iemand me kan helpen. Meneer [[p:de Hoop]] (74) uit {{w:Holtenbroek}} heeft sinds zijn beroerte een scootmobiel nodig, maar de {{r:Wmo-consulent}} zegt dat hij eerst een rollator moet proberen. Hij kan echt niet meer lopen. Heeft iemand een goed onderbouwd bezwaar gezien? Het besluit is van [[d:7 mei]] en we hebben zes weken.
[[p:Lisanne]], Zwolle""",
    # 62 lesson, eenzaamheid, birthday in passing
    """Korte les over eenzaamheid: we hadden een mevrouw uit {{w:Morgenstond}} die op [[d:2 februari]] 90 werd en niemand kwam. De {{r:welzijnscoach}} hoorde het pas een week later van de {{r:thuiszorgmedewerker}}. Sindsdien vragen we bij elke intake naar verjaardagen en zetten we ze in de teamagenda. Kleine moeite. Mevrouw [[p:Zomer]] gaat nu elke donderdag naar de eettafel van {{o:Xtra}}.""",
    # 63 moderation with remaining name
    """Hoi [[p:Bram]], ik heb de naam van je cliënt weggehaald uit de eerste alinea, maar in de laatste zin staat ze nog als 'mevrouw [[p:Zomer]]'. Kun je dat zelf even aanpassen? Verder mooi stuk!""",
    # 64 profile, Twente Turkish
    """Wie ben ik? [[p:Mevlüde Aydın]], {{r:jeugd- en gezinswerker}} bij {{o:Wijkracht}} in Hengelo. Ik werk in {{w:Berflo Es}} en {{w:Hasseler Es}}, vooral met Turkse en Syrische gezinnen. Ik geef ook trainingen 'Opvoeden in twee culturen' aan collega's. Wil je een training voor je team? Mail [[e:m.aydin@wijkracht.nl]] of bel [[t:074 - 245 87 10]].""",
    # 65 youth transition, CJG
    """Vraag over 18-/18+: [[p:Jayden]] wordt op [[d:8 december]] 18 en valt dan uit de jeugdhulp. Hij woont nu nog bij een pleeggezin in {{w:Kerkelanden}}, maar dat stopt. {{o:Jeugdbescherming Overijssel}} sluit af, {{o:CJG}} zegt dat het wijkteam het overneemt. Wij hebben nog geen warme overdracht gehad. Wie heeft een goed overdrachtsformat voor deze leeftijd? 
[[p:Marjon]]""",
    # 66 privacy question, short
    """Mogen wij als wijkteam zonder toestemming van de cliënt informatie delen met de woningcorporatie als er een huisuitzetting dreigt? Onze {{r:teamleider}} zegt ja ('vroegsignalering'), onze {{r:privacyfunctionaris}} zegt nee. Benieuwd hoe dit bij jullie geregeld is.
[[p:Hasan Kılıç]], Almelo""",
    # 67 answer
    """Bij ons in Heerlen laten we de cliënt bij de eerste afspraak een toestemmingsverklaring tekenen waarin de corporatie expliciet genoemd staat. Zonder handtekening delen we alleen dát er contact is, niet wat. Het format staat in de bibliotheek onder 'Privacy'. Vraag anders even naar [[p:Nicole]], die heeft het opgesteld.""",
    # 68 fundraising with IBAN, Kerkrade
    """Na de brand in {{w:Kerkrade-West}} vorige week staat een gezin met vier kinderen op straat. Buurtbewoners zijn een inzameling gestart: [[i:NL44KNAB3790728170]] t.n.v. fam. [[p:Ramakers]]. Ze hebben vooral kinderkleding nodig (maat 98 t/m 152) en schoolspullen. Spullen kunnen naar het buurthuis aan de [[a:Hoogstraat 12a]]. Delen mag!""",
    # 69 moderation on fundraising
    """Hoi allemaal, de oproep voor het gezin in Kerkrade is aangepast: inzamelingen op naam van een gezin plaatsen we niet, ook niet met de beste bedoelingen. Wie wil helpen kan contact opnemen met [[p:Ton Jongen]] van {{o:Impuls}}, [[t:045 - 5 46 13 00]]. Dank voor jullie betrokkenheid!""",
    # 70 Roos trap, volunteers
    """Best practice koppeling vrijwilligers: sinds het voorjaar gaat vrijwilliger [[p:Roos]] elke woensdag wandelen met een meneer van 67 die na zijn scheiding volledig vereenzaamd was. Ze bleken allebei gek op rozen te zijn; nu staan er rozen op zijn balkon en gaan ze samen naar de tuinclub. Gekoppeld via {{o:Vrijwilligerscentrale Tilburg}}, waar [[p:Sanne Smulders]] de match maakte. Kosten: niks. Les: zoek de gedeelde interesse, niet alleen het gat in de agenda.""",
]

HAND4 = [
    # 71 pilot kick-off announcement
    """Kick-off pilot 'Samen werken in het sociale domein' 🎉
Op [[d:22 november]] komen álle leden van de 24 sociale wijkzorgteams bij elkaar in het Atrium van het stadhuis, [[a:Spui 70]], [[pc:2511 BT]] Den Haag. We kiezen samen de pilotgroep (20 mensen) en stemmen over de thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg.
Aanmelden per team via je {{r:teamcoördinator}}, uiterlijk [[d:8-11]]. Dieetwensen doorgeven aan [[p:Marieke van Dam]] ([[e:m.vandam@denhaag.nl]]).
Namens {{o:gemeente Den Haag}}, {{o:CAOP}} en {{o:Crossover}}""",
    # 72 vote result
    """Uitslag stemming thema's kick-off: 1. bemoeizorg (61 stemmen), 2. huiselijk geweld (54), 3. ouderen (49), 4. jeugd (38). Alle vier gaan door, de pilotgroep is rond. Gefeliciteerd aan de twintig deelnemers! Ik noem er een paar die zich spontaan meldden als trekker: [[p:Nora El Idrissi]] ({{w:Spoorwijk}}), [[p:Ruud Bakker]] ({{w:Duindorp}}) en [[p:Shirley Pinas]] ({{w:Moerwijk}}). De startbijeenkomst is begin februari, uitnodiging volgt.
[[p:Jeroen]], {{r:programmaleider}}""",
    # 73 start meeting evaluation
    """Evaluatie startbijeenkomst [[d:6 februari]]
Sfeer: goed, wel veel 'wij van het wijkteam vinden' en weinig 'de bewoner vindt'. Positief: de casus van [[p:Ruud]] over een man in {{w:Duindorp}} die al twintig jaar zijn eigen tuin niet meer in durft. Leerpunt: laat bewoners en {{r:ervaringsdeskundigen}} bij de volgende sessie aanschuiven. Enquête ingevuld door 17 van de 20 deelnemers, gemiddeld 7,4.
Vragen of aanvullingen? Reageer hieronder of mail [[e:pilot.sociaaldomein@denhaag.nl]].""",
    # 74 expert meeting announcement
    """Expertmeeting 'Bemoeizorg en privacy' – [[d:dinsdag 16 april]], 14.00–17.00 uur
Met mr. drs. [[p:A.C. Vos]] ([[p:Anneke]]), {{r:privacyjurist}}, en [[p:Hamid Ouali]], {{r:bemoeizorger}} bij {{o:Parnassia}}. Wat mag je delen als een cliënt geen toestemming geeft maar wel verwaarloost? Neem je eigen dilemma mee (geanonimiseerd graag!).
Locatie: {{o:Servicepunt XL}} {{w:Escamp}}, [[a:Leyweg 813]], Den Haag. Aanmelden: [[t:070 353 43 21]] of via het formulier op het platform.""",
    # 75 closing June summary
    """Afsluiting pilot, [[d:vr 20 juni]]: wat hebben we geleerd?
1. Teamoverstijgend werken kost tijd, maar levert korte lijnen op: de {{r:casusregisseur}} in {{w:Mariahoeve}} belt nu rechtstreeks met de {{r:bemoeizorger}} van {{o:Parnassia}}.
2. Huiselijk geweld bij ouderen wordt nog te laat gezien.
3. Jongeren 18-23 vallen tussen {{o:CJG}} en wijkteam.
Dank aan alle twintig deelnemers, in het bijzonder [[p:Nora]], die de bemoeizorggroep trok terwijl ze zelf met zwangerschapsverlof ging. Het eindrapport komt in september.
[[p:Jeroen]] en [[p:Wendy Kok]]""",
    # 76 question, postcode/address slip, Tilburg
    """Wie weet of de {{o:Kringloop}} in Tilburg nog gratis meubels levert aan mensen met een verwijzing? Ik heb een jonge vader (alleenstaand, twee kinderen, sinds deze week een woning in {{w:Tilburg-Noord}}, [[a:Statenlaan 77-A]], [[pc:5043 AC]]) die letterlijk alleen een matras heeft. Hij heeft een afspraak bij de {{r:consulent inkomen}} voor bijzondere bijstand, maar dat duurt weken.
Groetjes [[p:Anke van de Ven]]""",
    # 77 answer, warm
    """Ja, dat doen ze nog! Bel de {{o:Kringloop Tilburg}} op [[t:013-5424470]] en vraag naar het 'startpakket'. Zeg dat het via het wijkteam is. Verder heeft {{o:Stichting Babyspullen}} soms bedden en kinderkleding. Veel succes met papa en de kids.
[[p:Driek]]""",
    # 78 question with dossier from own system, Maastricht
    """Zijn er teams die ervaring hebben met het {{o:Housing First}}-traject van {{o:Leger des Heils}} in Maastricht? Ik heb een cliënt (man, 41, {{w:Pottenberg}}) die al 3x uit de nachtopvang is gezet. Bij ons bekend onder [[ds:MTR-SWT-19-00423]], eerder in beeld bij {{o:Mondriaan}} (verslaving). Zijn broer [[p:Sjef]] wil helpen maar heeft zelf een uitkering. Wat zijn de criteria? 
[[p:Bianca Ploumen]]""",
    # 79 answer with email
    """@[[p:Bianca]] de criteria zijn vooral: langdurig dakloos, meerdere problemen, en bereid tot minimaal één contact per week. Wachtlijst is er wel. Stuur een mailtje naar [[e:housingfirst.zuidlimburg@legerdesheils.nl]] met een korte beschrijving (zonder naam!) en ze bellen je terug. Succes.""",
    # 80 best practice, Leeuwarden, Eritrean youth
    """Goed voorbeeld uit {{w:Achter de Hoven}}: samen met {{o:Fier}} en een Eritrese {{r:jongerenwerker}} ([[p:Filmon Berhane]]) organiseren we elke vrijdag voetbal + maaltijd voor jongens van 16-22. Via het voetbal kwamen we in contact met [[p:Tesfaldet]], die al maanden niet meer naar school ging en bij een oom in een te kleine flat sliep. Nu zit hij op de entreeopleiding. Ben je benieuwd? Kom een keer kijken, of mail [[e:filmon.berhane@fier.nl]].""",
    # 81 lesson with dates in various formats, Eindhoven
    """Tijdlijn casus 'Te laat voor de rechter' (geanonimiseerd, zo goed als):
- [[d:03.01.2024]]: eerste aanmaning energieleverancier
- [[d:22 jan]]: huurachterstand 2 maanden, brief {{o:Woonbedrijf}}
- [[d:14/2]]: aanmelding wijkteam via {{r:huisarts}}
- [[d:1-3-'24]]: intake, cliënt komt niet
- [[d:18 maart]]: dagvaarding
Les: tussen de eerste aanmaning en onze intake zat bijna twee maanden. Vroegsignalering via de energieleverancier had ons weken opgeleverd.
[[p:Pieter-Jan]], {{w:Doornakkers}}""",
    # 82 IBAN slip, bewindvoering question, Brabant
    """Goedemiddag, ik heb een vraag over leefgeld. Mijn cliënt krijgt wekelijks € 60 leefgeld van de {{r:bewindvoerder}}, maar die komt sinds [[d:maandag 5 augustus]] niet meer binnen op [[i:NL85INGB4137331827]]. De bewindvoerder neemt niet op. Mag je als wijkteam een klacht indienen namens de cliënt bij de {{o:kantonrechter}}, of moet dat via de {{o:Branchevereniging Professionele Bewindvoerders}}?
Groet, [[p:Mohamed Azzouzi]], Oss""",
    # 83 moderation
    """Hoi [[p:Mohamed]], ik heb het rekeningnummer uit je vraag gehaald. Goede vraag verder, ik ben benieuwd naar de antwoorden!""",
    # 84 answer
    """Je kunt als wijkteam de cliënt helpen zelf een brief aan de kantonrechter te sturen, met een kopie aan de bewindvoerder. Dat werkt vaak sneller dan een klacht via de branche. Bij meneer [[p:van Dongen]] in Uden was het binnen twee weken opgelost. Tip: noem het dossiernummer van de rechtbank (begint met 'BW') in de brief, dat is van de cliënt, dus dat hoef je niet hier te delen haha.
[[p:Toon]]""",
    # 85 long lesson, Moroccan family, multiple slips
    """Casusles 'Vijf hulpverleners, geen plan'
Gezin [[p:Bouzaid]] (moeder, vader, vier kinderen) in {{w:Spangen}}. Bij de start waren er betrokken: {{o:Jeugdbescherming Rotterdam Rijnmond}}, de {{r:schoolmaatschappelijk werker}}, {{o:Antes}} voor vader, een {{r:bewindvoerder}}, en wij. Iedereen had een eigen plan en moeder ([[p:Khadija]]) moest elke week naar vijf afspraken. Op [[d:woensdag 10 januari]] hebben we voor het eerst één keukentafelgesprek gehouden met iedereen erbij. Uitkomst: één regisseur (wij), één plan, één schrift op de koelkast.
Les: 'één gezin, één plan' klinkt simpel, maar iemand moet het durven claimen.
Zaak bij ons: [[ds:R-2024-00761]]. Contact: [[p:Lotte]]""",
]

HAND5 = [
    # 86 long lesson with pasted summary, Limburg
    """Casusles 'Schuldhulp lukt pas als de kast leeg is' – Heerlen
Achtergrond: vrouw (47), alleenstaand, twee pubers, werkt parttime in de schoonmaak. Elf schuldeisers, waarvan drie deurwaarders. Ze meldde zich pas toen de energie werd afgesloten. Aanmelding bij {{o:Kredietbank Limburg}} ging drie keer mis omdat er steeds een document ontbrak. Wat hielp: de {{r:budgetcoach}} en de {{r:maatschappelijk werker}} gingen samen met haar de schoenendoos door, aan haar eigen keukentafel, twee middagen lang.
(Voor mezelf, moet nog weg: [[p:Yvette Sijstermans]], [[b:8202.79.043]], [[a:Akerstraat 203]], [[pc:6417 BK]] Heerlen, rek. [[i:NL98ASNB2893005774]])
Les: plan voor de schuldhulpaanvraag een 'ordenmiddag' in, niet een gesprek op kantoor. En vraag bij de start naar de kinderen: de oudste bleek al maanden zijn bijbaan-geld aan de boodschappen te geven.""",
    # 87 question, SVB, Heerlen/Kerkrade, BSN slip
    """Vraagje over de {{o:SVB}}: een weduwe (69) in {{w:Bleijerheide}} krijgt een brief dat haar AOW wordt herzien omdat ze 'samenwonend' zou zijn. Haar broer logeert al een half jaar bij haar omdat hij zelf uit huis is gezet. De SVB vraagt nu om het BSN van de broer, dat heb ik ([[b:364 928 943]]), maar mag ik dat zomaar doorgeven? En is er een uitzondering voor mantelzorg of tijdelijke opvang van familie? Het gesprek met de SVB is op [[d:do 19 sept]], ik ga mee.
[[p:Anita Hermans]], {{r:ouderenadviseur}} {{o:Alcander}}""",
    # 88 session evaluation, Zeeland
    """Evaluatie regiobijeenkomst Zeeuwse wijkteams ([[d:15-10-2024]], Goes)
Locatie: {{o:Het Klokhuis}}, [[a:Van de Spiegelstraat 20]], [[pc:4461 LE]] Goes. Prima zaal, wel slecht bereikbaar met het OV.
Opkomst 38 collega's van Walcheren tot Zeeuws-Vlaanderen. De casus van [[p:Jelle]] over een man die in een chalet op een vakantiepark woont (geen inschrijving, geen huisarts) leverde de beste discussie op: wie is eigenlijk verantwoordelijk als iemand nergens 'hoort'?
Verbeterpunt: minder presentaties, meer casuïstiek. Volgende keer graag ook de {{r:wijkagenten}} uitnodigen.
Namens de werkgroep, [[p:Marian de Kraker]] en [[p:Leen Dieleman]]""",
    # 89 profile, Polish professional, Westland
    """Hallo, ik ben [[p:Małgorzata Nowak]] (zeg maar [[p:Gosia]]), {{r:cultureel bemiddelaar}} voor Poolse, Bulgaarse en Roemeense arbeidsmigranten in het Westland en Delft. Ik werk sinds 2014 bij {{o:Stichting Barka}} en sinds vorig jaar ook een dag per week in het {{o:Sociaal Team Westland}}. Ik help bij gesprekken met huisartsen, uitzendbureaus en {{o:UWV}}, en ik vertaal brieven. Ook goed om te weten: veel arbeidsmigranten hebben hun BSN-brief nooit gezien, die ligt bij het uitzendbureau.
Bereikbaar op [[t:+31 6 2047 1189]] (ook WhatsApp, NL/PL/EN).""",
    # 90 question with BSN slip, Eritrean
    """Kan iemand met toegang tot Suite even kijken waarom de zorgtoeslag van [[p:Senait Haile]] (BSN [[b:179965906]], {{w:Wittevrouwenveld}}) al drie maanden niet wordt uitbetaald? Ze heeft een brief gekregen dat 'gegevens ontbreken', maar niemand weet welke. Haar man [[p:Mebrahtu]] is in oktober 2023 naar Nederland gekomen via gezinshereniging, misschien heeft dat ermee te maken. Ik kom er zelf niet uit en zij wordt er erg onrustig van.
[[p:Daphne]]""",
    # 91 long lesson, Zeeland seasonal workers
    """Lessons learned: seizoenswerkers in Zeeuws-Vlaanderen
In het fruitseizoen krijgen wij steeds vaker signalen over arbeidsmigranten die ziek worden en dan direct hun woonplek kwijt zijn. Voorbeeld: een Roemeense man ([[p:Ionut Popescu]], 52) viel op [[d:17 augustus]] van een ladder, brak zijn pols en stond drie dagen later op straat bij de camping. De {{r:wijkverpleegkundige}} vond hem in de wachtkamer van de {{o:huisartsenpost}}.
Wat we deden: tijdelijke opvang via het {{o:Leger des Heils}}, contact met de {{o:Inspectie SZW}}, en hulp bij terugreis.
Wat we leerden: de uitzendbureaus zijn vaak wél bereid mee te werken als je ze persoonlijk belt. Registratie bij ons: [[ds:ZVL-AM-24-017]].
[[p:Frank Wisse]], {{r:casusregisseur}} {{o:Porthos}}""",
    # 92 question, private landlord IBAN slip
    """Situatie: cliënt (man, 56, {{w:Nazareth}}) huurt een kamer van een particulier, meneer [[p:Jongen]]. Hij betaalt contant en krijgt geen bonnetjes; nu beweert de verhuurder dat er € 1.800 achterstand is. De {{r:bewindvoerder}} wil voortaan overmaken naar [[i:NL05 RABO 6327 0452 52]] (rekening van de verhuurder), maar die weigert een huurcontract te tekenen. Wie heeft ervaring met de {{o:Huurcommissie}} bij kamerverhuur? En kan {{o:Juridisch Loket}} hierbij helpen?
Groet, [[p:Sanne]]""",
    # 93 moderator weekly summary
    """Weekoverzicht moderatie (week 14)
Deze week hebben we vijf berichten aangepast: twee keer een cliëntnaam, één telefoonnummer, één adres en één keer een dossiernummer uit een eigen registratiesysteem. Niemand hoeft zich daar schuldig over te voelen, het gebeurt snel als je tussen twee huisbezoeken door iets typt. Tip van [[p:Rutger]] uit {{w:Laak}}: schrijf je vraag eerst in Kladblok en lees hem dan één keer 'met de ogen van de buurman'.
Fijn weekend, [[p:Ilse]] en [[p:Mustafa]]""",
    # 94 Surinamese Creole, Enschede
    """Wie heeft tips voor een gesprek met een Surinaams-Creoolse oma die voor drie kleinkinderen zorgt? Mevrouw [[p:Doelwijt]] (73) in {{w:Wesselerbrink}} heeft de kinderen van haar overleden dochter in huis, [[a:Zuiderval 131-II]], [[pc:7543 BR]]. Formeel is er niets geregeld: geen voogdij, geen kinderbijslag op haar naam. Ze is bang dat 'Jeugdzorg de kinderen meeneemt' als ze hulp vraagt. De jongste, [[p:Quincy]], heeft ADHD en wordt [[d:30 april]] acht. De {{r:jeugdconsulent}} van het {{o:Sociaal Wijkteam Enschede}} wil wel meedenken maar mevrouw wil alleen met mij praten.
[[p:Nathalie]], {{r:ouderenwerker}} {{o:Alifa}}""",
    # 95 answer
    """Heel herkenbaar, [[p:Nathalie]]. Wat bij ons werkte: niet beginnen over voogdij maar over geld. De kinderbijslag en het kindgebonden budget kunnen vaak met terugwerkende kracht naar oma, en dat is een concreet voordeel. Daarna kwam de {{r:jeugdconsulent}} er vanzelf bij. Ook goed: {{o:Stichting Surinaamse Ouderen}} in Enschede, vraag naar mevr. [[p:Pinas]]... sorry, [[p:Lucretia]]. Die kent iedereen.""",
]

HAND6 = [
    # 96 long question, hersteloperatie toeslagen, Rotterdam
    """Wie heeft ervaring met de hersteloperatie kinderopvangtoeslag in combinatie met schulden die al bij de {{o:Kredietbank Rotterdam}} lopen? Ik begeleid een moeder van Curaçaose afkomst ([[p:Suhaily Girigorio]], drie kinderen, {{w:Carnisse}}). Ze is in 2021 erkend als gedupeerde en kreeg de € 30.000, maar een deel ging direct naar oude schulden omdat de {{r:bewindvoerder}} dat zo had afgesproken. Nu blijkt dat ze recht had op kwijtschelding van die schulden via de {{o:UHT}}. De {{r:persoonlijk zaakbehandelaar}} reageert niet meer sinds [[d:11 december]]. Haar BSN ([[b:431906646]]) heb ik al drie keer aan de telefoon moeten noemen, ze hebben het dus wel. Is er iemand die een route weet om dit te escaleren, bijvoorbeeld via de {{o:Nationale ombudsman}} of via een {{r:gemeentelijk contactpersoon}}? Moeder slaapt er slecht van, de oudste ([[p:Jeremy]], 15) merkt het ook.
Groet, [[p:Hatice]], {{r:maatschappelijk werker}} {{o:Wijkteam Charlois}}""",
    # 97 lesson, Syrian man, identity papers
    """Casusles 'Zonder papieren geen hulp?'
Meneer (58, Syrisch, {{w:Stromenwijk}}) raakte na een verhuizing zijn verblijfsdocument kwijt. Zonder document geen nieuwe bankpas, zonder bankpas geen uitkering op tijd, en zo verder. Het lukte pas toen de {{r:casusregisseur}} samen met hem naar het IND-loket in Den Bosch ging, met een kopie van zijn oude beschikking: V-nummer [[ds:2837461923]], BSN [[b:283618255]] (ja, ik weet het, die hadden hier niet moeten staan, ik laat ze door de moderatie weghalen).
Wat we geleerd hebben:
1. Maak bij de intake altijd een kopie van identiteitspapieren, met toestemming, in het eigen dossier.
2. Vraag {{o:VluchtelingenWerk Zeeland}} om mee te gaan: die kennen de procedures.
3. Zijn dochter [[p:Nour]] woont in Duitsland en kon via videobellen vertalen, dat scheelde een tolk.
[[p:Adrie Koene]]""",
    # 98 answer with two BSNs mixed up
    """Herkenbaar! Bij ons ging het mis doordat een collega bij de Wmo-aanvraag het BSN van de moeder ([[b:2114.96.170]]) had ingevuld in plaats van dat van de zoon ([[b:800018679]]). De zoon is degene met de beperking. Gevolg: de indicatie stond op naam van mevrouw [[p:Yılmaz]] en het {{o:zorgkantoor}} weigerde de {{r:persoonlijk begeleider}} te betalen. Het kostte ons vier maanden om het recht te zetten. Tip: laat bij elke aanvraag een tweede collega meelezen en controleer de naam bij het BSN in het systeem voordat je op verzenden drukt.
[[p:Emre]], {{o:Sociaal Wijkteam Hengelo}}""",
    # 99 long evaluation of an afternoon, Friesland
    """Evaluatie kennismiddag 'Wijkteams en het platteland' (Drachten, [[d:donderdag 7 november]])
Wat was er: 46 deelnemers, vooral {{r:Wmo-consulenten}}, {{r:ouderenadviseurs}} en een paar {{r:dorpsondersteuners}}. Drie tafels: vervoer, eenzaamheid bij boeren, en huiselijk geweld achter de voordeur van een vrijstaand huis.
Opvallend: bij de tafel over boeren vertelde [[p:Durk Hiemstra]] ({{o:Zorgboerderijen Fryslân}}) over een melkveehouder die na het overlijden van zijn vrouw alleen nog met zijn koeien praatte. Pas toen de {{r:dierenarts}} aan de bel trok, kwam er iemand langs. Veel collega's herkenden dat: de dierenarts, de melkrijder en de postbode zijn op het platteland de 'sensoren'.
Wat we meenemen: een folder voor dierenartsen en loonwerkers met het nummer van het {{o:Sociaal Team}}.
Cijfer: 8,1. Dank aan [[p:Tineke]] en [[p:Auke]] voor de organisatie!""",
    # 100 question with multiple slips, Maastricht, Turkish family
    """Hallo allemaal, ik heb een vraag over een Turks gezin in {{w:Mariaberg}}. Vader ([[p:Hüseyin Doğan]], 61) is na veertig jaar in de bouw volledig versleten en zit in de ziektewet, moeder spreekt geen Nederlands en de zoon ([[p:Serkan]]) woont in Duitsland. Ze krijgen een brief van het {{o:UWV}} dat de WIA is afgewezen. Termijn voor bezwaar: zes weken vanaf [[d:22-10]]. Ik heb de brief hier (met zijn BSN [[b:247 884 765]] bovenaan, die zwart ik natuurlijk niet zomaar zelf weg in het platform...). Wie kent een goede sociaal advocaat in Zuid-Limburg die dit pro deo doet? Of kan het {{o:Juridisch Loket}} dit oppakken? Zijn huisadres is [[a:Mergelweg 75]], zodat iemand kan zien of hij in hun regio valt.
[[p:Chantal Moonen]], {{r:sociaal raadslid}}""",
]

HAND7 = [
    # 101 best practice with noodfonds, IBAN slip, Den Bosch
    """Best practice: snel geld bij acute nood via het noodfonds
Veel collega's weten niet dat {{o:Stichting Urgente Noden}} binnen 48 uur kan betalen, rechtstreeks aan de schuldeiser. Vorige maand hadden we een moeder in de {{w:Graafsewijk}} bij wie de dag erna de stroom werd afgesloten. De {{r:budgetcoach}} diende om 10 uur de aanvraag in, om 16 uur was het goedgekeurd en de dag erna stond het geld op de rekening van de energieleverancier, t.n.v. mevrouw [[p:van Gils]], klantnummer [[ds:710048823]], [[i:NL75SNSB9905412507]]. Voorwaarde: er moet een hulpverlener betrokken zijn en er moet een plan voor daarna liggen.
Vragen? [[p:Rianne Kuijpers]], {{r:schuldhulpverlener}}, [[t:073-6155280]]""",
    # 102 event with speaker fee
    """Oproep sprekers regiodag {{o:Sociaal Domein Twente}} ([[d:vrijdag 14 maart 2025]])
We zoeken nog twee collega's die in 20 minuten een geslaagde (of juist mislukte!) casus willen vertellen, geanonimiseerd natuurlijk. Sprekers krijgen een vergoeding van € 150. Stuur je factuur na afloop naar [[e:regiodag@sociaaldomeintwente.nl]], met je rekeningnummer erop. Vorig jaar stond er in de groepsapp per ongeluk een rekeningnummer van een spreker ([[i:NL49 BUNQ 2295 6144 72]]), dus graag alleen via de mail.
Aanmelden kan tot [[d:1 februari]] bij [[p:Harm Leferink]] of [[p:Janny ten Dam]].""",
]

# Small generator for variety (at most a third of the texts). Deterministic via random.Random(43).
import datetime

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]

REGIONS = [
    dict(
        name="Friesland",
        cities=[("Leeuwarden", 8911, 8939, "058")],
        wijken=[
            "Heechterp-Schieringen",
            "Bilgaard",
            "Vrijheidswijk",
            "Achter de Hoven",
            "Camminghaburen",
            "Oranjewijk",
        ],
        streets=[
            "Valeriusstraat",
            "Schieringerweg",
            "Tijnjedyk",
            "Aldlânsdyk",
            "Tesselschadestraat",
            "Nieuwe Oosterstraat",
        ],
        orgs=[
            "GGZ Friesland",
            "Elkien",
            "MEE Noord",
            "Humanitas Leeuwarden",
            "Fier",
            "Veilig Thuis Fryslân",
        ],
        team="Sociaal Wijkteam Leeuwarden",
        first=[
            "Sjoerd",
            "Hylke",
            "Baukje",
            "Tjitske",
            "Wietske",
            "Jelle",
            "Sytse",
            "Fokje",
            "Durk",
            "Jouke",
            "Griet",
            "Anneke",
        ],
        last=[
            "Hoekstra",
            "Dijkstra",
            "Zijlstra",
            "de Boer",
            "Bosma",
            "Terpstra",
            "Postma",
            "Wijnia",
            "Hiemstra",
            "Kingma",
            "van der Meer",
        ],
    ),
    dict(
        name="Limburg",
        cities=[("Maastricht", 6211, 6229, "043")],
        wijken=["Malberg", "Pottenberg", "Wittevrouwenveld", "Mariaberg", "Nazareth", "Caberg"],
        streets=[
            "Brusselseweg",
            "Meerssenerweg",
            "Scharnerweg",
            "Pastoor Kochstraat",
            "Dorpstraat",
            "Oude Molenweg",
        ],
        orgs=["Mondriaan", "Trajekt", "Kredietbank Limburg", "MUMC+", "Envida", "Servatius"],
        team="Sociaal Wijkteam Maastricht",
        first=["Jo", "Sjef", "Mia", "Truus", "Lei", "Maurice", "Chantal", "Roel", "Noël", "Wiel"],
        last=[
            "Houben",
            "Lemmens",
            "Brouns",
            "Ramakers",
            "Vliegen",
            "Schrijnemakers",
            "Jongen",
            "Hermans",
            "Moonen",
            "Crombach",
            "Ploumen",
        ],
    ),
    dict(
        name="Limburg",
        cities=[("Heerlen", 6411, 6422, "045")],
        wijken=["Meezenbroek", "Heerlerheide", "Zeswegen", "Molenberg", "Schandelen"],
        streets=[
            "Akerstraat",
            "Heerderweg",
            "Voerendaalseweg",
            "Kloosterweg",
            "Palemigerboord",
            "Schandelerboord",
        ],
        orgs=[
            "Alcander",
            "Mondriaan",
            "Zuyderland",
            "Wonen Limburg",
            "Impuls",
            "Kredietbank Limburg",
        ],
        team="Sociaal Wijkteam Heerlen",
        first=["Jo", "Sjef", "Mia", "Truus", "Lei", "Maurice", "Chantal", "Roel", "Noël", "Wiel"],
        last=[
            "Houben",
            "Lemmens",
            "Brouns",
            "Ramakers",
            "Vliegen",
            "Schrijnemakers",
            "Jongen",
            "Hermans",
            "Moonen",
            "Crombach",
            "Ploumen",
        ],
    ),
    dict(
        name="Twente",
        cities=[("Enschede", 7511, 7548, "053")],
        wijken=[
            "Velve-Lindenhof",
            "Deppenbroek",
            "Pathmos",
            "Wesselerbrink",
            "Twekkelerveld",
            "Roombeek",
        ],
        streets=[
            "Oldenzaalsestraat",
            "Deurningerstraat",
            "Boekelosestraat",
            "Laaressingel",
            "Pathmossingel",
            "Lasondersingel",
        ],
        orgs=["Mediant", "Tactus", "Domijn", "Alifa", "GGD Twente", "Carintreggeland"],
        team="Sociaal Wijkteam Enschede",
        first=["Gerrit", "Henk", "Janny", "Harm", "Geert", "Riekie", "Dinant", "Marieke"],
        last=[
            "Oude Egberink",
            "Nijhuis",
            "Kamphuis",
            "Lansink",
            "Wilterdink",
            "Leferink",
            "Oude Wesselink",
            "ten Dam",
            "Brinkhuis",
        ],
    ),
    dict(
        name="Twente",
        cities=[("Hengelo", 7551, 7559, "074")],
        wijken=["Berflo Es", "Hasseler Es", "Klein Driene", "Groot Driene", "Wilderinkshoek"],
        streets=[
            "Enschedesestraat",
            "Tuindorpstraat",
            "Deldenerstraat",
            "Breemarsweg",
            "Oldenzaalsestraat",
        ],
        orgs=["Wijkracht", "Mediant", "Tactus", "Welbions", "GGD Twente"],
        team="Sociaal Wijkteam Hengelo",
        first=["Gerrit", "Henk", "Janny", "Harm", "Geert", "Riekie", "Dinant", "Marieke"],
        last=[
            "Oude Egberink",
            "Nijhuis",
            "Kamphuis",
            "Lansink",
            "Wilterdink",
            "Leferink",
            "Oude Wesselink",
            "ten Dam",
            "Brinkhuis",
        ],
    ),
    dict(
        name="Zeeland",
        cities=[("Vlissingen", 4381, 4388, "0118"), ("Middelburg", 4331, 4337, "0118")],
        wijken=[
            "Dauwendaele",
            "Stromenwijk",
            "Middengebied",
            "Lammerenburg",
            "Paauwenburg",
            "Oost-Souburg",
        ],
        streets=[
            "Kanaalweg",
            "Seisweg",
            "Vrijdomweg",
            "Van Dishoeckstraat",
            "Coosje Buskenstraat",
            "Ravelijnstraat",
        ],
        orgs=["Emergis", "Porthos", "Kwadraad", "Zeeuwland", "MEE Zeeland", "Zorgstroom"],
        team="Wijkteam Walcheren",
        first=["Leen", "Marinus", "Kees", "Adrie", "Janneke", "Marjan", "Corné", "Maaike"],
        last=[
            "Minderhoud",
            "Kodde",
            "Flipse",
            "de Kraker",
            "Wisse",
            "Koene",
            "Dieleman",
            "Poppe",
            "Ververs",
            "Meulenberg",
        ],
    ),
    dict(
        name="Brabant",
        cities=[("Tilburg", 5011, 5049, "013")],
        wijken=["Tilburg-Noord", "Groenewoud", "Korvel", "Jeruzalem", "Heikant"],
        streets=["Ringbaan-West", "Bredaseweg", "Korvelseweg", "Hoefstraat", "Goirkestraat"],
        orgs=["GGZ Breburg", "Novadic-Kentron", "Amarant", "ContourdeTwern", "Tiwos"],
        team="Wegwijzer Tilburg",
        first=["Toon", "Driek", "Sjaan", "Mien", "Harrie", "Ans", "Bart", "Rianne", "Joke"],
        last=[
            "van de Ven",
            "van den Heuvel",
            "Verhoeven",
            "Smulders",
            "van Gils",
            "Kuijpers",
            "van Dongen",
            "Wouters",
            "Donkers",
        ],
    ),
    dict(
        name="Brabant",
        cities=[("Eindhoven", 5611, 5658, "040")],
        wijken=["Woensel-West", "Doornakkers", "Lakerlopen", "Kronehoef", "Tongelre"],
        streets=["Boschdijk", "Kruisstraat", "Woenselse Markt", "Edisonstraat", "Stratumsedijk"],
        orgs=["GGzE", "Novadic-Kentron", "Woonbedrijf", "Lumens", "Vitalis"],
        team="WIJeindhoven",
        first=["Toon", "Driek", "Sjaan", "Mien", "Harrie", "Ans", "Bart", "Rianne", "Joke"],
        last=[
            "van de Ven",
            "van den Heuvel",
            "Verhoeven",
            "Smulders",
            "van Gils",
            "Kuijpers",
            "van Dongen",
            "Wouters",
            "Donkers",
        ],
    ),
    dict(
        name="Randstad",
        cities=[("Den Haag", 2511, 2597, "070")],
        wijken=[
            "Schilderswijk",
            "Transvaal",
            "Moerwijk",
            "Laak",
            "Mariahoeve",
            "Spoorwijk",
            "Bouwlust",
            "Morgenstond",
        ],
        streets=[
            "Vaillantlaan",
            "Leyweg",
            "Paul Krugerlaan",
            "Hoefkade",
            "Loosduinseweg",
            "Beresteinlaan",
        ],
        orgs=[
            "Parnassia",
            "Haag Wonen",
            "Staedion",
            "Vestia",
            "Xtra",
            "Servicepunt XL",
            "Kessler Stichting",
        ],
        team="Sociaal Wijkzorgteam",
        first=["Sanne", "Daan", "Lotte", "Thomas", "Esther", "Joost", "Kim", "Marco"],
        last=[
            "de Jong",
            "Jansen",
            "van Leeuwen",
            "Mulder",
            "de Graaf",
            "van Dijk",
            "Smit",
            "Hendriks",
        ],
    ),
    dict(
        name="Randstad",
        cities=[("Rotterdam", 3071, 3089, "010")],
        wijken=["Tarwewijk", "Bloemhof", "Carnisse", "Hillesluis", "Feijenoord", "Afrikaanderwijk"],
        streets=[
            "Groene Hilledijk",
            "Pleinweg",
            "Dordtselaan",
            "Putselaan",
            "Beijerlandselaan",
            "Wolphaertsbocht",
        ],
        orgs=["Antes", "Woonstad", "Kwadraad", "Humanitas Rotterdam", "Leger des Heils", "Laurens"],
        team="Wijkteam Charlois",
        first=["Sanne", "Daan", "Lotte", "Thomas", "Esther", "Joost", "Kim", "Marco"],
        last=[
            "de Jong",
            "Jansen",
            "van Leeuwen",
            "Mulder",
            "de Graaf",
            "van Dijk",
            "Smit",
            "Hendriks",
        ],
    ),
    dict(
        name="Randstad",
        cities=[("Utrecht", 3521, 3564, "030")],
        wijken=["Kanaleneiland", "Overvecht", "Zuilen", "Ondiep", "Lunetten"],
        streets=[
            "Amsterdamsestraatweg",
            "Vleutenseweg",
            "Marnixlaan",
            "Biltstraat",
            "Columbuslaan",
        ],
        orgs=["Mitros", "Portaal", "Cumulus Welzijn", "Altrecht", "VluchtelingenWerk"],
        team="Buurtteam Utrecht",
        first=["Sanne", "Daan", "Lotte", "Thomas", "Esther", "Joost", "Kim", "Marco"],
        last=[
            "de Jong",
            "Jansen",
            "van Leeuwen",
            "Mulder",
            "de Graaf",
            "van Dijk",
            "Smit",
            "Hendriks",
        ],
    ),
]

ORIGINS = {
    "marokkaans": (
        [
            "Fatima",
            "Khadija",
            "Hafida",
            "Mohamed",
            "Youssef",
            "Bilal",
            "Ayoub",
            "Soufiane",
            "Naima",
            "Samira",
            "Karima",
            "Abdelkader",
        ],
        [
            "El Amrani",
            "Bouzaid",
            "Azzouzi",
            "Achahbar",
            "El Khattabi",
            "Ouali",
            "Boukhari",
            "Benali",
            "Tahiri",
            "Ait Taleb",
        ],
    ),
    "turks": (
        [
            "Emine",
            "Hatice",
            "Mehmet",
            "Serkan",
            "Zeynep",
            "Yusuf",
            "Ayşe",
            "Hüseyin",
            "Fatma",
            "Murat",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Öztürk",
            "Demir",
            "Çelik",
            "Aydın",
            "Kılıç",
            "Şahin",
            "Doğan",
            "Arslan",
        ],
    ),
    "surinaams": (
        [
            "Soerin",
            "Kishan",
            "Sharmila",
            "Roshni",
            "Winston",
            "Marciano",
            "Lucretia",
            "Ramon",
            "Hemwattie",
        ],
        [
            "Ramdin",
            "Jagroep",
            "Mathoera",
            "Kalloe",
            "Pinas",
            "Sabajo",
            "Wijngaarde",
            "Baldewsingh",
            "Ramlal",
        ],
    ),
    "antilliaans": (
        ["Shurendy", "Jurandy", "Ruthmilda", "Giselle", "Xiomara", "Edsel", "Churandy", "Suhaily"],
        ["Martina", "Maduro", "Isenia", "Doran", "Koeiman", "Rosaria", "Girigorio", "Coffie"],
    ),
    "pools": (
        [
            "Agnieszka",
            "Marek",
            "Bartosz",
            "Małgorzata",
            "Krzysztof",
            "Piotr",
            "Ewa",
            "Dorota",
            "Tomasz",
            "Katarzyna",
        ],
        [
            "Kowalczyk",
            "Nowak",
            "Wiśniewski",
            "Wójcik",
            "Zieliński",
            "Kamiński",
            "Lewandowska",
            "Dąbrowski",
        ],
    ),
    "eritrees": (
        ["Semhar", "Yonas", "Helen", "Filmon", "Senait", "Mebrahtu", "Selam", "Aman", "Winta"],
        ["Tesfay", "Ghebremichael", "Tekle", "Berhane", "Haile", "Kidane", "Weldemariam", "Habte"],
    ),
    "syrisch": (
        ["Rami", "Lina", "Ahmad", "Yara", "Omar", "Aya", "Rasha", "Abdulrahman", "Nour", "Hala"],
        ["Al-Hassan", "Haddad", "Alkhatib", "Hamwi", "Darwish", "Alshaar", "Al Ahmad", "Kassab"],
    ),
    "woord": (
        ["Roos", "Merel", "Fleur", "Iris", "Wil", "Daan", "Bram", "Noor", "Lieve", "Sterre"],
        [
            "de Wit",
            "Bakker",
            "Visser",
            "Koster",
            "de Hoop",
            "Vos",
            "Storm",
            "Zomer",
            "Bloem",
            "de Jong",
            "Kok",
            "Winter",
            "Vogel",
            "de Haan",
        ],
    ),
}

ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-consulent",
    "ouderenadviseur",
    "welzijnscoach",
    "MEE-consulent",
    "casusregisseur",
    "schuldhulpverlener",
    "budgetcoach",
    "jongerenwerker",
    "woonconsulent",
    "mantelzorgconsulent",
    "wijkagent",
]

ROLES_PL = [
    "maatschappelijk werkers",
    "wijkverpleegkundigen",
    "Wmo-consulenten",
    "ouderenadviseurs",
    "welzijnscoaches",
    "casusregisseurs",
    "schuldhulpverleners",
    "budgetcoaches",
    "jongerenwerkers",
    "woonconsulenten",
    "wijkagenten",
]


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        for d9 in range(10):
            if (s - d9) % 11 == 0:
                return "".join(map(str, d + [d9]))


def fmt_bsn(r, b):
    k = r.randint(0, 3)
    if k == 0:
        return b
    if k == 1:
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if k == 2:
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b[:3] + "." + b[3:6] + "." + b[6:]


def iban(r):
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = (
        ("000" + "".join(str(r.randint(0, 9)) for _ in range(7)))
        if bank == "INGB"
        else "".join(str(r.randint(0, 9)) for _ in range(10))
    )
    n = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    return "NL%02d%s%s" % (98 - n % 97, bank, acct)


def fmt_iban(r, ib):
    if r.random() < 0.5:
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return ib


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r, area=None):
    k = r.randint(0, 9)
    if area is None or k < 5:
        m = "6" + str(r.randint(1, 5)) + digits(r, 7)  # 6xxxxxxxx
        f = r.randint(0, 5)
        if f == 0:
            return "0" + m[:1] + "-" + m[1:]
        if f == 1:
            return "0" + m[:1] + " " + m[1:5] + " " + m[5:]
        if f == 2:
            return "06 - " + " ".join(m[1:][i : i + 2] for i in range(0, 8, 2))
        if f == 3:
            return "+31 6 " + m[1:]
        if f == 4:
            return "+31 (0)6 " + m[1:5] + " " + m[5:]
        return "0" + m
    rest = digits(r, 10 - len(area))
    rest = str(r.randint(2, 9)) + rest[1:]
    f = r.randint(0, 2)
    if f == 0:
        return area + "-" + rest
    if f == 1:
        if len(rest) == 7:
            return "(" + area + ") " + rest[:3] + " " + rest[3:5] + " " + rest[5:]
        return "(" + area + ") " + rest[:2] + " " + rest[2:4] + " " + rest[4:]
    return area + " " + rest[:3] + " " + rest[3:]


def postcode(r, lo, hi):
    while True:
        l = chr(65 + r.randint(0, 25)) + chr(65 + r.randint(0, 25))
        if l not in ("SS", "SD", "SA"):
            break
    n = str(r.randint(lo, hi))
    return n + (" " if r.random() < 0.65 else "") + l


def address(r, streets):
    num = str(r.choice([r.randint(1, 40), r.randint(1, 250)]))
    suf = r.choice(["", "", "", "a", "B", "-hs", "-II", " bis", "-1", "-3", " A", "-C"])
    return r.choice(streets) + " " + num + suf


def rand_dt(r, y0=2023, y1=2025):
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def fmt_date(r, dt, with_year=None):
    y, m, d, wd = dt.year, dt.month, dt.day, dt.weekday()
    k = (
        r.randint(0, 10)
        if with_year is None
        else (r.choice([1, 2, 3, 7, 8]) if with_year else r.choice([0, 4, 5, 6, 9, 10]))
    )
    if k == 0:
        return "%d %s" % (d, MONTHS[m - 1])
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if k == 2:
        return "%02d-%02d-%d" % (d, m, y)
    if k == 3:
        return "%d-%d-'%02d" % (d, m, y % 100)
    if k == 4:
        return "%d/%d" % (d, m)
    if k == 5:
        return "%s %d %s" % (WD_AB[wd], d, MON_AB[m - 1])
    if k == 6:
        return "%s %d %s" % (WEEKDAYS[wd], d, MONTHS[m - 1])
    if k == 7:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 8:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 9:
        return "%d-%d" % (d, m)
    return "%d %s" % (d, MON_AB[m - 1]) + ("" if MON_AB[m - 1] == "mei" else ".")


def date(r, y0=2023, y1=2025, with_year=None):
    return fmt_date(r, rand_dt(r, y0, y1), with_year)


def dob(r):
    y = r.randint(1938, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    k = r.randint(0, 3)
    if k == 0:
        return "%02d-%02d-%d" % (d, m, y)
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if k == 2:
        return "%d/%d/%d" % (d, m, y)
    return "%02d.%02d.%d" % (d, m, y)


def dossier(r):
    pfx = r.choice(
        [
            "WT",
            "SWT",
            "WMO",
            "SZW",
            "VT",
            "CJG",
            "SD",
            "KBL",
            "MTR",
            "LWD",
            "ENS",
            "TLB",
            "ZLD",
            "SWZ",
        ]
    )
    y = r.randint(2019, 2025)
    k = r.randint(0, 6)
    if k == 0:
        return "%s-%d-%05d" % (pfx, y, r.randint(1, 99999))
    if k == 1:
        return "#%d" % r.randint(10000, 99999)
    if k == 2:
        return "%02d/%04d" % (y % 100, r.randint(1, 9999))
    if k == 3:
        return "%s%06d" % (pfx, r.randint(1, 999999))
    if k == 4:
        return "%d-%05d" % (y, r.randint(1, 99999))
    if k == 5:
        return "%s/%d/%04d" % (pfx, y, r.randint(1, 9999))
    return "%s %d.%03d" % (pfx, r.randint(10, 99), r.randint(0, 999))


def client_name(r):
    origin = r.choice(list(ORIGINS))
    f, l = ORIGINS[origin]
    return r.choice(f), r.choice(l)


def prof_name(r, reg):
    if r.random() < 0.6:
        return r.choice(reg["first"]), r.choice(reg["last"])
    return client_name(r)


LANGS = {
    "marokkaans": "Nederlands, Arabisch en Tarifit",
    "turks": "Nederlands, Turks en Engels",
    "surinaams": "Nederlands, Sranantongo en Sarnami",
    "antilliaans": "Nederlands en Papiamentu",
    "pools": "Nederlands, Pools en Russisch",
    "eritrees": "Nederlands, Tigrinya en Engels",
    "syrisch": "Nederlands, Arabisch en Engels",
    "woord": "Nederlands en Engels",
}


def langs_for(first):
    for k, (fs, ls) in ORIGINS.items():
        if first in fs:
            return LANGS[k]
    return "Nederlands, Engels en een beetje Duits"


def email_for(r, first, last, domain):
    base = last.lower().replace(" ", "").replace("'", "")
    for a, b in (
        ("ı", "i"),
        ("ş", "s"),
        ("ç", "c"),
        ("ö", "o"),
        ("ğ", "g"),
        ("ü", "u"),
        ("ś", "s"),
        ("ł", "l"),
        ("ą", "a"),
        ("ó", "o"),
        ("ë", "e"),
        ("é", "e"),
        ("-", ""),
    ):
        base = base.replace(a, b)
    fi = first.lower()
    for a, b in (
        ("ş", "s"),
        ("ç", "c"),
        ("ö", "o"),
        ("ü", "u"),
        ("ł", "l"),
        ("é", "e"),
        ("ë", "e"),
        ("ø", "o"),
    ):
        fi = fi.replace(a, b)
    k = r.randint(0, 2)
    if k == 0:
        return "%s.%s@%s" % (fi[0], base, domain)
    if k == 1:
        return "%s.%s@%s" % (fi, base, domain)
    return "%s%s@%s" % (fi, base, domain)


def domain_for(org):
    o = org.lower().replace("â", "a").replace("ë", "e")
    return "".join(c for c in o if c.isascii() and (c.isalnum() or c == "-")) + ".nl"


# ---------------- templates ----------------
def t_paste(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    cf, cl = client_name(r)
    pf, pl = prof_name(r, reg)
    w = r.choice(reg["wijken"])
    q = r.choice(
        [
            "weet iemand of {{o:%s}} nog met een spoedprocedure werkt als iemand binnen twee weken op straat staat?"
            % r.choice(reg["orgs"]),
            "hoe lang is bij jullie de wachttijd voor een {{r:MEE-consulent}}? Hier zeggen ze twaalf weken.",
            "heeft iemand een goed format voor een signaleringsplan bij iemand met een LVB die steeds zijn afspraken vergeet?",
            "wie heeft ervaring met een woonbegeleider voor iemand die net uit detentie komt?",
        ]
    )
    rec_kind = r.randint(0, 2)
    if rec_kind == 0:
        rec = "Cliënt: [[p:%s %s]] | BSN [[b:%s]] | geb. [[d:%s]] | [[a:%s]], [[pc:%s]] %s" % (
            cf,
            cl,
            fmt_bsn(r, bsn(r)),
            dob(r),
            address(r, reg["streets"]),
            postcode(r, lo, hi),
            city,
        )
    elif rec_kind == 1:
        rec = (
            "[[ds:%s]] – [[p:%s]], [[p:%s]] – BSN: [[b:%s]] – tel. [[t:%s]] – aangemeld [[d:%s]]"
            % (dossier(r), cl.upper(), cf, fmt_bsn(r, bsn(r)), phone(r), date(r))
        )
    else:
        rec = (
            "Dhr/mw [[p:%s]] ([[d:%s]]), [[a:%s]] [[pc:%s]], burgerservicenr [[b:%s]], zaak [[ds:%s]]"
            % (
                cl,
                dob(r),
                address(r, reg["streets"]),
                postcode(r, lo, hi),
                fmt_bsn(r, bsn(r)),
                dossier(r),
            )
        )
    intro = r.choice(["Hoi allemaal, ", "Goedemiddag collega's, ", "Vraagje: ", "Hallo! "])
    return (
        "%s%s Het gaat om iemand in {{w:%s}}, en we lopen echt vast.\n"
        "Oeps, hieronder stond per ongeluk nog een regel uit ons registratiesysteem, die moet eruit:\n%s\n"
        "Mods, willen jullie die weghalen? Sorry! Ik stond tussen twee huisbezoeken in de auto.\n[[p:%s]], {{r:%s}}"
        % (intro, q, w, rec, pf, r.choice(ROLES))
    )


EVENTS = [
    "Lunchbijeenkomst 'Eenzaamheid herkennen'",
    "Training 'Signalen van financiële uitbuiting'",
    "Netwerkochtend wijkteams en huisartsen",
    "Intervisie bemoeizorg",
    "Workshop 'Werken met een tolk'",
    "Themamiddag LVB en schulden",
    "Inloopmiddag mantelzorgondersteuning",
    "Casuscafé huiselijk geweld",
    "Bijeenkomst 'Arbeidsmigranten in de wijk'",
    "Kennismaking nieuwe GGZ-ketenpartners",
]


def t_event(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    pf, pl = prof_name(r, reg)
    org = r.choice(reg["orgs"])
    w = r.choice(reg["wijken"])
    ev = r.choice(EVENTS)
    while True:
        edt = rand_dt(r, 2024, 2025)
        if edt.weekday() < 5:
            break
    ddl = edt - datetime.timedelta(days=r.randint(7, 21))
    lines = [
        "%s – %s" % (ev, city),
        "Wanneer: [[d:%s]], %s uur"
        % (
            fmt_date(r, edt, with_year=r.random() < 0.5),
            r.choice(["9.30-12.00", "13.00–16.30", "15:00 - 17:00", "12.00-13.30"]),
        ),
        "Waar: wijkcentrum in {{w:%s}}, [[a:%s]], [[pc:%s]] %s"
        % (w, address(r, reg["streets"]), postcode(r, lo, hi), city),
        "Voor wie: o.a. %s en %s uit de wijkteams"
        % tuple("{{r:" + x + "}}" for x in r.sample(ROLES_PL, 2)),
        "Programma: "
        + r.choice(
            [
                "korte inleiding, daarna in kleine groepen aan de slag met eigen casuïstiek.",
                "een {{r:ervaringsdeskundige}} vertelt, daarna gesprek met de zaal.",
                "drie korte pitches van collega's en een lunch om na te praten.",
                "rollenspel met een acteur, feedback van de trainer.",
            ]
        ),
        "In samenwerking met {{o:%s}}." % org,
    ]
    if r.random() < 0.5:
        lines.append(
            "Eigen bijdrage € %d, over te maken op [[i:%s]] t.n.v. {{o:%s}}."
            % (r.choice([15, 25, 35, 50]), fmt_iban(r, iban(r)), org)
        )
    lines.append(
        "Aanmelden vóór [[d:%s]] bij [[p:%s %s]]: [[e:%s]] of [[t:%s]]."
        % (
            fmt_date(r, ddl, with_year=False),
            pf,
            pl,
            email_for(r, pf, pl, domain_for(org)),
            phone(r, ac),
        )
    )
    if r.random() < 0.5:
        lines.append(
            r.choice(
                [
                    "Vol = vol!",
                    "Koffie en thee staan klaar.",
                    "Let op: beperkt parkeren, kom met de fiets.",
                    "Graag dieetwensen doorgeven.",
                ]
            )
        )
    return "\n".join(lines)


def t_money(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    cf, cl = client_name(r)
    pf, pl = prof_name(r, reg)
    w = r.choice(reg["wijken"])
    cred = r.choice(
        [
            "de zorgverzekeraar",
            "het CJIB",
            "de energieleverancier",
            "de woningcorporatie",
            "een incassobureau",
            "de gemeente (terugvordering bijstand)",
        ]
    )
    amt = r.choice(["€ 340", "€ 1.250", "ruim € 4.000", "€ 86,50 per maand", "€ 2.780"])
    who = r.choice(
        ["meneer [[p:%s]]" % cl, "mevrouw [[p:%s]]" % cl, "[[p:%s]]" % cf, "mw. [[p:%s]]" % cl]
    )
    return (
        "Wie kan meedenken? %s (%d, {{w:%s}}) heeft een betalingsregeling met %s voor %s, maar het bedrag wordt nu twee keer afgeschreven van [[i:%s]]. "
        "De {{r:%s}} heeft op [[d:%s]] gebeld, maar ze zeggen dat ze 'het niet zien'. Bij ons staat het onder [[ds:%s]]. "
        "%s Cliënt raakt hierdoor in paniek en wil de regeling stoppen. Tips?\nGroet, [[p:%s]] ({{o:%s}}, [[t:%s]])"
        % (
            who,
            r.randint(23, 84),
            w,
            cred,
            amt,
            fmt_iban(r, iban(r)),
            r.choice(["schuldhulpverlener", "budgetcoach", "maatschappelijk werker"]),
            date(r),
            dossier(r),
            (
                r.choice(
                    [
                        "Ik heb het BSN ([[b:%s]]) al doorgegeven en een kopie van de regeling gemaild.",
                        "Ze vroegen om het BSN van cliënt, [[b:%s]], maar konden daarop niets vinden.",
                    ]
                )
                % fmt_bsn(r, bsn(r))
            )
            if r.random() < 0.6
            else "Ik heb een kopie van de regeling gemaild.",
            pf,
            reg["team"],
            phone(r, ac),
        )
    )


def t_lesson(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    cf, cl = client_name(r)
    rf, rl = client_name(r)
    pf, pl = prof_name(r, reg)
    w = r.choice(reg["wijken"])
    rel = r.choice(
        [
            "een familielid",
            "iemand van de kerk",
            "de buren van driehoog",
            "een oud-collega",
            "iemand uit de moskee",
            "een vriend(in) van vroeger",
        ]
    )
    theme = r.choice(
        [
            (
                "Bemoeizorg",
                "een man die al maanden de deur niet opendeed",
                ["meneer", "cliënt", "dhr."],
            ),
            (
                "Ouderen",
                "een vrouw van in de tachtig die haar medicijnen niet meer innam",
                ["mevrouw", "mw", "cliënte"],
            ),
            ("Huiselijk geweld", "een moeder die steeds afspraken afzegde", ["moeder", "mevrouw"]),
            (
                "Schulden",
                "een gezin met een afgesloten watertoevoer",
                ["vader", "moeder", "het gezin"],
            ),
            (
                "Jeugd",
                "een jongen van 17 die thuis was weggelopen",
                ["zijn moeder, mevrouw", "vader", "zijn oom, meneer"],
            ),
        ]
    )
    org = r.choice(reg["orgs"])
    parts = [
        "Lesson learned – thema %s (%s)"
        % (theme[0].lower() if r.random() < 0.5 else theme[0], city),
        "Het ging om %s in {{w:%s}}. Eerste signaal op [[d:%s]] via de {{r:%s}}."
        % (theme[1], w, date(r), r.choice(ROLES)),
        "Doorbraak kwam via %s ([[p:%s]]), die ons belde toen het misging op [[a:%s]]."
        % (rel, rf, address(r, reg["streets"])),
        "Daarna samen met {{o:%s}} een plan gemaakt; %s [[p:%s]] zit nu bij elk overleg."
        % (org, r.choice(theme[2]), cl),
        "Les: %s"
        % r.choice(
            [
                "één vast gezicht werkt beter dan drie specialisten.",
                "vraag altijd naar het netwerk, ook als iemand zegt dat er niemand is.",
                "ga niet alleen, maar ook niet met z'n vijven.",
                "plan het tweede gesprek al tijdens het eerste.",
                "wees eerlijk over wat je wel en niet kunt beloven.",
            ]
        ),
    ]
    if r.random() < 0.6:
        parts.append("Registratie: [[ds:%s]]." % dossier(r))
    parts.append("– [[p:%s]], {{r:%s}}" % (pf, r.choice(ROLES)))
    s = "\n".join(parts)
    return s.replace("plan gemaakt;  [[p:", "plan gemaakt; [[p:")


def t_referral(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    pf, pl = prof_name(r, reg)
    asker = r.choice([x for x in reg["first"] if x != pf])
    org = r.choice(reg["orgs"])
    cf, cl = client_name(r)
    w = r.choice(reg["wijken"])
    return (
        "@[[p:%s]] bel [[p:%s %s]] van {{o:%s}}, [[t:%s]] of mail [[e:%s]]. "
        "%s heeft ons enorm geholpen bij de %s van mevrouw [[p:%s]] in {{w:%s}} (die van [[d:%s]], weet je nog?). "
        "%s Zeg maar dat je via het platform komt. %s"
        % (
            asker,
            pf,
            pl,
            org,
            phone(r, ac),
            email_for(r, pf, pl, domain_for(org)),
            r.choice(["Die", "Die collega", "Die"]),
            r.choice(["verhuizing", "aanvraag", "crisisopvang", "intake", "overdracht"]),
            cl,
            w,
            date(r, with_year=False),
            r.choice(
                [
                    "Wat ik zo goed vond: die komt gewoon langs, ook buiten kantoortijd als het echt moet.",
                    "Kent de regels van Wmo en Zvw beter dan wie ook en schakelt snel.",
                    "Werkt al jaren in die wijk en kent half de straat.",
                    "Let wel: op vrijdag niet aanwezig, en mail werkt beter dan bellen.",
                ]
            ),
            r.choice(
                ["Succes!", "Groetjes", "Hoop dat het lukt 🙂", "Laat je weten hoe het ging?"]
            ),
        )
    )


def t_profile(r):
    reg = r.choice(REGIONS)
    city, lo, hi, ac = r.choice(reg["cities"])
    pf, pl = prof_name(r, reg)
    org = r.choice(reg["orgs"])
    role = r.choice(ROLES[:-1])
    w1, w2 = r.sample(reg["wijken"], 2)
    langs = langs_for(pf)
    extra = r.choice(
        [
            "Wat ik mooi vind aan dit werk: dat je soms met één telefoontje iemands week kunt redden.",
            "Ik heb eerder in de GGZ en het jongerenwerk gewerkt, dus ik kijk graag breed.",
            "Naast mijn werk ben ik vrijwilliger bij de voetbalclub in de wijk, dus ik ken veel mensen.",
            "Ik ben ook {{r:aandachtsfunctionaris}} in ons team.",
        ]
    )
    head = r.choice(
        ["Profiel: [[p:%s %s]]\n", "Over mij – [[p:%s %s]]\n", "Hoi, ik ben [[p:%s %s]]! "]
    ) % (pf, pl)
    return (
        head + "{{r:%s}} bij {{o:%s}}, werkgebied {{w:%s}} en {{w:%s}} (%s). Sinds %d in dit vak. "
        "Ik denk graag mee over %s. Talen: %s. %s\nBereikbaar: [[t:%s]], [[e:%s]]. Niet op %s."
        % (
            role,
            org,
            w1,
            w2,
            city,
            r.randint(2004, 2022),
            r.choice(
                [
                    "bemoeizorg en woningvervuiling",
                    "schulden bij jonge gezinnen",
                    "eenzaamheid onder ouderen",
                    "huiselijk geweld in migrantengezinnen",
                    "mantelzorg en respijtzorg",
                ]
            ),
            langs,
            extra,
            phone(r, ac),
            email_for(r, pf, pl, domain_for(org)),
            r.choice(["woensdag", "vrijdag", "maandagochtend"]),
        )
    )


def t_moderation(r):
    reg = r.choice(REGIONS)
    pf, pl = prof_name(r, reg)
    mod = r.choice(["Ilse", "Mustafa", "Wendy"])
    cf, cl = client_name(r)
    what = r.choice(
        [
            "de naam van je cliënt",
            "het huisnummer",
            "de geboortedatum",
            "het zaaknummer uit jullie eigen systeem",
            "het telefoonnummer van de dochter",
            "het BSN",
        ]
    )
    left = r.random() < 0.6
    s = "Hoi [[p:%s]], ik heb %s weggehaald uit je bericht van [[d:%s]]." % (
        pf,
        what,
        date(r, with_year=False),
    )
    if left:
        s += (
            " In je reactie daaronder staat de cliënt nog wel als '%s [[p:%s]]', kun je dat zelf aanpassen?"
            % (r.choice(["mevrouw", "meneer", "mw", "dhr."]), cl)
        )
    s += " " + r.choice(
        [
            "Op dit platform lezen collega's uit het hele land mee, dus ook kleine details kunnen iemand herkenbaar maken.",
            "Zelfs zonder naam kan een cliënt herkenbaar zijn als de straat, de leeftijd en de wijk er allemaal in staan.",
            "In de richtlijnen (zie 'Spelregels' bovenaan) staat precies wat wel en niet kan.",
        ]
    )
    s += " %s\n– [[p:%s]], moderatie" % (
        r.choice(
            [
                "Verder een heel goede vraag!",
                "Dank voor je begrip.",
                "Gebeurt iedereen wel eens 🙂",
                "De rest van je bericht blijft gewoon staan.",
            ]
        ),
        mod,
    )
    return s


TEMPLATES = [t_paste, t_event, t_money, t_lesson, t_referral, t_profile, t_moderation]


def generate(r, n):
    out = []
    for i in range(n):
        out.append(TEMPLATES[i % len(TEMPLATES)](r))
    return out


# ---------------- build ----------------
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
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def strip(markup):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in TOKEN.finditer(markup):
        out.append(markup[pos : m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            code, txt, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, txt, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, markup[:60]))
        target.append({"start": cur, "end": cur + len(txt), "label": table[code], "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s2 = s[4:] + s[:4]
    return len(s) == 18 and int("".join(str(int(c, 36)) for c in s2)) % 97 == 1


def check(rec):
    t = rec["text"]
    for ch in ("[[", "]]", "{{", "}}"):
        assert ch not in t, (rec["id"], ch)
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
        if s["label"] == "postcode":
            assert re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", s["text"]), s
        if s["label"] == "email":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s["text"]), s
        if s["label"] == "person":
            assert not re.match(r"(?i)(mevrouw|meneer|mw|dhr|mevr|fam|dr|mr)\b", s["text"]), s
    assert rec["pii"], rec["id"]


def main():
    hand = HAND1 + HAND2 + HAND3 + HAND4 + HAND5 + HAND6 + HAND7
    gen = generate(random.Random(43), N_GEN)
    assert len(gen) * 3 <= len(hand) + len(gen)
    items = [("hand", h) for h in hand] + [("gen", g) for g in gen]
    random.Random(4343).shuffle(items)
    recs = []
    for i, (kind, mk) in enumerate(items):
        text, pii, keep = strip(mk)
        rec = {"id": "ho43-%04d" % i, "text": text, "pii": pii, "keep": keep}
        check(rec)
        recs.append(rec)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout43.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return recs, len(hand), len(gen)


N_GEN = 35

if __name__ == "__main__":
    from collections import Counter

    recs, nh, ng = main()
    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    print("texts", len(recs), "hand", nh, "generated", ng)
    print(
        "pii",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share %.2f" % (pc["person"] / sum(pc.values())),
    )
    print("keep", dict(kc))
    print("words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)))
