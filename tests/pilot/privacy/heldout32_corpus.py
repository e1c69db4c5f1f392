#!/usr/bin/env python3
"""Held-out corpus 32: anonymised case lessons, reviews and discussion replies
(wijkteams Den Haag, Zoetermeer, Delft, Rijswijk, Leiden). Deterministic; stdlib only.
Markup: [[code:text]] = pii, {{code:text}} = keep."""

import json, os, re

T = []
A = T.append

A("""Titel: Huurschuld als ingang, niet als eindpunt
Thema's: schulden, bemoeizorg
Wijkprofiel: {{w:Transvaal}}, dichtbebouwde vooroorlogse wijk, veel kleine huurwoningen van corporaties
Probleemtags: huurachterstand, zorgmijding, taalbarrière
Doelgroep: alleenstaande man, 58 jaar
Aanleiding: De corporatie meldde een achterstand van ruim € 2.300 (zes maanden). Cliënt deed niet open. Buurvrouw zei: "[[p:Mehmet]] is al weken niet buiten geweest."
Aanpak: Drie keer op verschillende tijdstippen langs, briefje in het Turks. Bij het vierde bezoek met de {{r:wijkverpleegkundige}} samen binnen. Aanmelding bij {{o:Schuldhulpmaatjes}} en een stabilisatietraject via {{o:Plangroep}}.
Wat werkte: geduld, en een tolk via de telefoon in plaats van de neef.
Wat niet: brieven. Die lagen ongeopend in de gang.
Tips: spreek met de corporatie een pauze van de ontruimingsprocedure af zodra je binnen bent.
Bronnen: eigen dossier [[ds:SWT-TRV-2023-0412]], verslag MDO""")

A(
    """Review [[p:Yvonne]] ({{r:casusregisseur}}): mooie les, maar in de aanleiding staat nog de voornaam uit het citaat van de buurvrouw. Graag vervangen door "hij". Verder helder."""
)

A(
    """Reactie: Herkenbaar uit {{w:Moerwijk}}. Wij spreken met {{o:Haag Wonen}} standaard een 'time-out' van acht weken af. Vraag daarvoor naar het team Woonconsulenten, niet naar de incasso. Groet, [[p:Ilse Kramer]] ({{r:maatschappelijk werker}}, {{o:Xtra}})"""
)

A("""Titel: Mantelzorger valt om, cliënt valt mee
Thema's: ouderen, mantelzorg
Wijkprofiel: {{w:Mariahoeve}}, naoorlogse flats met lift, vergrijzend
Probleemtags: dementie, overbelasting mantelzorger, eenzaamheid
Doelgroep: echtpaar, hij 84, zij 79
Aanleiding: Dochter belde op [[d:dinsdag 14 maart]] in paniek: haar moeder was gevallen en vader kon niet alleen blijven. De {{r:huisarts}} verwees naar het wijkteam.
Aanpak: Binnen twee dagen huisbezoek met de {{r:casemanager dementie}}. Tijdelijke logeeropvang, Wmo-aanvraag huishoudelijke hulp, respijtzorg via {{o:Mantelzorg Haaglanden}}.
Wat werkte: één vast aanspreekpunt voor de dochter.
Wat niet: de wachttijd voor het geheugenonderzoek (vier maanden).
Tips: vraag meteen of er een tweede mantelzorger in beeld is, vaak is die er wel.
Bronnen: gesprek [[d:16-03-2023]] met dochter mw. [[p:Hoogendoorn]], Wmo-melding [[ds:WMO-23-118407]]""")

A(
    """@[[p:Sanne]] je schrijft "dochter belde in paniek", prima. Maar onder bronnen staat de achternaam van de dochter en de datum van het gesprek. Haal die twee weg, de rest kan zo door."""
)

A("""Reactie van [[p:Sanne]]: klopt, aangepast. Dank [[p:Robert]]!""")

A("""Titel: Drie kinderen, één plan
Thema's: jeugd, huiselijk geweld
Wijkprofiel: {{w:Schilderswijk}}, jonge gezinnen, veel nieuwkomers
Probleemtags: spanningen in gezin, schooluitval, geldzorgen
Doelgroep: moeder (34) met drie kinderen van 6, 9 en 13
Aanleiding: Zorgmelding van school na een ruzie op het schoolplein. De oudste zei tegen de juf: "Papa schreeuwt elke avond."
Aanpak: Signs of Safety-gesprek samen met het {{o:CJG}} en {{o:Veilig Thuis}}. Veiligheidsplan op papier, ondertekend door beide ouders. Vader doorverwezen naar een agressieregulatietraining.
Wat werkte: de driekolommenkaart (zorgen / wat gaat goed / wat moet er gebeuren) op de keukentafel.
Wat niet: dat moeder pas na zes weken een eigen gesprek kreeg.
Tips: plan het eerste gesprek op een woensdagmiddag, dan zijn de kinderen thuis maar is er tijd.
Bronnen: VT-melding [[ds:VT-2024-2231]], plan d.d. [[d:2 april 2024]]""")

A(
    """Vraag bij deze les: mogen wij het veiligheidsplan-format van jullie gebruiken? Stuur het graag naar [[e:j.vandermeer@wijkteamzoetermeer.nl]]. Groet, [[p:Joost van der Meer]], {{r:gezinscoach}} {{w:Rokkeveen}}"""
)

A("""Titel: Aanvraag bijzondere bijstand in één middag
Thema's: schulden, werk en inkomen
Wijkprofiel: {{w:Laak}}, gemengde wijk, veel eenoudergezinnen
Probleemtags: Participatiewet, beslagen toeslagen
Doelgroep: vader, 41, alleenstaand met twee kinderen
Aanleiding: Cliënt kwam bij het {{o:Servicepunt XL}} met een stapel enveloppen. Zorgtoeslag stopgezet, beslag op zijn loon.
Aanpak: Samen met de {{r:schuldhulpverlener}} alles op tafel gelegd, beslagvrije voet laten herberekenen, bijzondere bijstand aangevraagd voor de wasmachine.
Wat werkte: de aanvraag meteen digitaal indienen met de cliënt ernaast.
Wat niet: zijn bank bleef automatisch incasseren. Rekeningnummer stond nog in de toelichting ([[i:NL23RBRB6921264384]]) — die hebben we er bij review uitgehaald, sorry.
Tips: check de beslagvrije voet altijd opnieuw na een wijziging in huur.
Bronnen: {{o:SZW}} zaak [[ds:SZW-2023-77104]]""")

A(
    """Review: in 'wat niet' staat toch weer het IBAN. Zie je hem? Even haal 'NL23...' weg en dan goedkeuren. — [[p:Fleur]]"""
)

A("""Titel: Vervuild huis, niet vervuilde man
Thema's: bemoeizorg, ouderen
Wijkprofiel: vooroorlogse portiekwoningen, {{w:Duinoord}}
Probleemtags: verwaarlozing, verzamelwoede, zorgmijding
Doelgroep: man, 71, geen familie in beeld
Aanleiding: Melding van de buren over stank en ongedierte in het trappenhuis van het pand aan de [[a:Reinkenstraat 48-II]].
Aanpak: Eerst alleen koffie drinken op de stoep. Na drie weken mocht de {{r:GGD-verpleegkundige}} mee naar binnen. Opruimactie met vrijwilligers van {{o:Stichting Present}} in twee zaterdagen.
Wat werkte: de cliënt zelf laten kiezen wat weg mocht.
Wat niet: de eerste ontruimingsdreiging; die maakte hem wantrouwig.
Tips: gebruik de Krachtwerk-inventarisatie, hij bleek een oud-marineman die van orde hield.
Bronnen: OGGZ-melding [[d:9 januari]], dossier [[ds:OGGZ-7732]]""")

A(
    """Reactie: Let op dat het huisnummer met -II in de aanleiding herkenbaar is in zo'n kleine straat. "Een portiekwoning in Duinoord" is genoeg. Verder top, we gaan dit in {{w:Bomen- en Bloemenbuurt}} ook proberen. [[p:Anouk]]"""
)

A("""Titel: Eigen Kracht-conferentie bij familieruzie over zorg voor oma
Thema's: ouderen, informele zorg
Wijkprofiel: {{w:Escamp}}, eengezinswoningen, Hindostaanse gemeenschap
Probleemtags: mantelzorgconflict, financieel misbruik (vermoeden)
Doelgroep: vrouw van 88, vijf volwassen kinderen
Aanleiding: Zoon [[p:Rakesh]] belde het team omdat zijn zus het pinpasje van hun moeder zou beheren zonder overleg.
Aanpak: Eigen Kracht-conferentie met 14 familieleden, een onafhankelijke coördinator, en een tolk Sarnami voor de moeder. Het familieplan werd na 6 weken geëvalueerd.
Wat werkte: de familie had zelf een oplossing (bewindvoering via een neutrale bewindvoerder).
Wat niet: de oudste dochter kwam niet; daardoor bleef er wantrouwen.
Tips: de coördinator moet buiten het wijkteam staan.
Bronnen: verslag conferentie [[d:zaterdag 18 november 2023]], aanvraag beschermingsbewind [[ds:BW-2023/5521]]""")

A(
    """Vraag: hoe lang duurde de voorbereiding van de conferentie? Wij hebben in {{w:Leidschenveen-Ypenburg}} nu een vergelijkbare familie. — [[p:Wendy de Wit]], {{r:ouderenconsulent}}"""
)

A(
    """@[[p:Wendy]] ongeveer vier weken, vooral om iedereen bereikt te krijgen. Bel me gerust: [[t:06-41927735]] (ma-wo)."""
)

A("""Titel: Jongvolwassene zonder startkwalificatie
Thema's: jeugd, werk en inkomen
Wijkprofiel: {{w:Spoorwijk}}, jong, veel uitkeringen
Probleemtags: 18-/18+, schulden, LVB
Doelgroep: jongen van 19 met licht verstandelijke beperking
Aanleiding: Jeugdhulp stopte op zijn 18e. Moeder belde: "Dani ligt de hele dag op bed en de brieven van het CJIB stapelen zich op."
Aanpak: Warme overdracht van het {{o:CJG}} naar het SWT, {{r:MEE-consulent}} erbij voor de indicatie, daarna een werkervaringsplek bij de kringloop.
Wat werkte: de {{r:jobcoach}} kwam bij hem thuis om hem op te halen, de eerste twee weken.
Wat niet: de wachtlijst voor beschermd wonen (14 maanden).
Tips: begin aan de overdracht als de jongere 17½ is, niet na zijn verjaardag.
Bronnen: overdrachtsformulier, cliëntnummer [[ds:MEE-0098812]]""")

A(
    """Reviewopmerking ([[p:M. Bakker]], {{o:MEE Zuid-Holland Noord}}): in het citaat van moeder staat de naam van de jongen. Graag ook het cliëntnummer onder bronnen weghalen, dat is bij ons te herleiden."""
)

A("""Titel: Tolk of niet?
Thema's: huiselijk geweld
Wijkprofiel: {{w:Rustenburg-Oostbroek}}, gemengd, veel Poolse en Bulgaarse arbeidsmigranten
Probleemtags: taalbarrière, afhankelijkheid, arbeidsuitbuiting
Doelgroep: vrouw van 27, net in Nederland
Aanleiding: Huisartsassistente zag blauwe plekken en gaf het telefoonnummer van de cliënt door: [[t:+48 512 803 441]]. Cliënt woont met vijf mannen in één woning aan de [[a:Jan van Riebeekstraat 132]], [[pc:2572 VM]].
Aanpak: Afspraak op neutrale plek (bibliotheek) met een professionele tolk Pools. {{o:Veilig Thuis}} geconsulteerd; crisisopvang via {{o:Kessler Stichting}} voorbereid.
Wat werkte: een tolk die zij niet kende.
Wat niet: de werkgever belde steeds tussendoor.
Tips: vraag de {{o:Inspectie SZW}} erbij bij vermoeden van uitbuiting.
Bronnen: consultatie Veilig Thuis [[d:23-8-2022]]""")

A(
    """Eerlijk gezegd vind ik deze les nog te herkenbaar: een Poolse vrouw van 27 met vijf mannen in één woning, plus het adres en haar nummer. Zo vindt iedereen haar terug. Graag herschrijven. — [[p:Karin]] (privacy-aandachtsfunctionaris)"""
)

A("""Titel: Vroegsignalering via de energieleverancier
Thema's: schulden
Wijkprofiel: {{w:Bouwlust/Vrederust}}, portiekflats uit de jaren 50
Probleemtags: energiearmoede, betalingsachterstand
Doelgroep: gezin, moeder werkt in de schoonmaak, vader ziek thuis
Aanleiding: Signaal via Vroegsignalering: drie maanden energie niet betaald (€ 612).
Aanpak: Binnen 5 werkdagen huisbezoek, betalingsregeling, energiecoach van {{o:Haagse Energiecoaches}} langs.
Wat werkte: onaangekondigd langsgaan met een flyer en een tas met ledlampen.
Wat niet: de regeling liep via de rekening van vader ([[i:NL59 KNAB 4429 7892 17]]), die gaat straks naar beslag. Beter een aparte rekening.
Tips: vroegsignalering werkt pas als je dezelfde week gaat.
Bronnen: signaalnummer [[ds:VS-HAA-204418]]""")

A(
    """Review: prima les! Kleine privacy-dingen: IBAN bij 'wat niet' en het signaalnummer. Vervang door [IBAN] en [signaal]. — [[p:Ton Verhoef]], {{r:teamleider}} SWT {{w:Zuidwest}}"""
)

A("""Titel: Dagbesteding als brug naar GGZ
Thema's: bemoeizorg, eenzaamheid
Wijkprofiel: {{w:Zeeheldenkwartier}}, oud stadscentrum, veel eenpersoonshuishoudens
Probleemtags: psychische klachten, zorgmijding
Doelgroep: vrouw, halverwege de vijftig, voormalig docent
Aanleiding: De {{r:wijkagent}} kwam haar tegen op straat; ze sprak verward over "de mensen in de muur".
Aanpak: Geen verwijzing gevraagd, eerst dagbesteding (atelier) via de {{r:welzijnscoach}}. Na acht weken wilde zij zelf naar de huisarts, die verwees naar {{o:Parnassia}}.
Wat werkte: het atelier als plek zonder 'zorg' op de deur.
Wat niet: de eerste afspraak bij de GGZ werd twee keer verzet.
Tips: houd een lijntje met de huisarts, al is het maar per mail.
Bronnen: mailwisseling met praktijk, {{r:POH-GGZ}} [[p:Dijkstra]]""")

A(
    """Reactie: hier in {{w:Delft}} (Tanthof) hebben we iets soortgelijks met een moestuin. Mooi om te zien. Vraagje: wie betaalde de dagbesteding, Wmo of Zvw? Groet, [[p:Pieter-Jan Koster]]"""
)

A(
    """@[[p:Pieter-Jan]] Wmo, algemene voorziening, dus zonder beschikking. Dat was juist het punt: geen formulieren."""
)
A = T.append

A("""Titel: Dubbele inschrijving, dubbel probleem
Thema's: werk en inkomen, huisvesting
Wijkprofiel: {{w:Stationsbuurt}}, veel kamerverhuur
Probleemtags: geen BRP-inschrijving, dakloosheid dreigend
Doelgroep: man, 45, Bulgaarse nationaliteit
Aanleiding: Cliënt stond ingeschreven op een adres waar hij niet woonde; daardoor geen uitkering mogelijk.
Aanpak: Samen naar de balie, briefadres via {{o:Kessler Stichting}}, aanvraag levensonderhoud. Zijn BSN ([[b:920413705]]) bleek ook gebruikt door een andere huurder.
Wat werkte: de {{r:straatadviseur}} die Bulgaars sprak.
Wat niet: de termijn van acht weken voor een besluit.
Tips: vraag bij twijfel over identiteitsfraude meteen een adresonderzoek aan.
Bronnen: melding adresonderzoek [[d:5 okt. 2023]]""")

A(
    """Review: BSN staat nog in 'aanpak'. Dat mag echt nergens in een casusles, ook niet half. En "Bulgaars sprekende straatadviseur" maakt de collega herkenbaar; is dat erg? Overleg even met [[p:Yusuf]]. — [[p:Femke Visser]]"""
)

A("""Titel: Inloopspreekuur in de moskee
Thema's: ouderen, eenzaamheid
Wijkprofiel: {{w:Schilderswijk}}, veel oudere Marokkaanse mannen, alleen na overlijden partner
Probleemtags: eenzaamheid, diabetes, taal
Doelgroep: mannen 65+
Aanleiding: Via de imam hoorden we dat een aantal mannen na het vrijdaggebed nergens meer heen ging. Eén van hen, meneer [[p:El Khattabi]], was al twee keer opgenomen met een hypo.
Aanpak: Maandelijks spreekuur na het gebed, met de {{r:wijkverpleegkundige}} van {{o:Florence}} en een {{r:ouderenconsulent}} die Darija spreekt.
Wat werkte: thee, dadels, en geen formulieren de eerste keer.
Wat niet: de vrouwen bleven buiten beeld; daar is iets anders voor nodig.
Tips: ga eerst drie keer 'zomaar' langs voordat je iets aanbiedt.
Bronnen: eigen ervaring, overleg met bestuur moskee""")

A(
    """Mooie les! Eén punt: de naam van de meneer met de hypo kan eruit, "een van hen" zegt genoeg. Groetjes [[p:Hatice]] ({{o:Xtra}} {{r:welzijnswerker}})"""
)

A("""Titel: Krachtwerk bij een moeder met schulden en angst
Thema's: schulden, GGZ
Wijkprofiel: {{w:Morgenstond}}, flats, veel doorstroom
Probleemtags: angststoornis, schulden, isolement
Doelgroep: vrouw 38, twee kinderen
Aanleiding: Doorverwijzing door de {{r:POH-GGZ}} na een paniekaanval in de wachtkamer.
Aanpak: Krachtwerk-inventarisatie in vier gesprekken, doelen in haar woorden ("ik wil weer naar de markt kunnen"). Schulden via {{o:Schuldhulpverlening Den Haag}}, budgetbeheer.
Wat werkte: beginnen bij de markt, niet bij de schulden.
Wat niet: de budgetbeheerder belde haar op [[t:0031 6 22 81 09 47]] tijdens de les van haar jongste; dat leverde een nieuwe paniekaanval op. Spreek belmomenten af.
Tips: vraag naar de beste dag en tijd.
Bronnen: Krachtwerk-werkboek, casusnummer [[ds:SWT/MGS/23-0145]]""")

A(
    """Reviewer 2 ([[p:Dewi]]): let op, telefoonnummer van cliënt staat in 'wat niet' (het 0031-nummer). Verder geweldig voorbeeld van vraaggericht werken. Besproken op [[d:di 5/12]] in de themagroep."""
)

A("""Hoi allen, naar aanleiding van de discussie over belmomenten: ik stuur jullie de afsprakenkaart die wij gebruiken.

Met vriendelijke groet,

[[p:Mirjam Hofstede]]
{{r:Maatschappelijk werker}} | {{o:Sociaal Wijkzorgteam Centrum}}
[[a:Prinsegracht 47]] | [[pc:2512 EX]] Den Haag
T [[t:070 - 752 8810]] | M [[t:06 1835 4420]]
[[e:m.hofstede@xtra.nl]]
Werkdagen: ma, di, do""")

A(
    """Review: Mirjam, je hebt je hele handtekening in de discussie geplakt, inclusief je 06. Wil je dat? Het is jouw nummer, niet van een cliënt, maar het platform is breed leesbaar. [[p:Bas]]"""
)

A("""Titel: Huiselijk geweld bij ouderen: de zoon die inwoont
Thema's: huiselijk geweld, ouderen
Wijkprofiel: {{w:Waldeck}}, welvarend, grote huizen
Probleemtags: ouderenmishandeling, verslaving, financiële uitbuiting
Doelgroep: weduwe van 81, zoon van 52 met alcoholprobleem woont weer thuis
Aanleiding: Bank belde met {{o:Veilig Thuis}}: grote opnames van de rekening van mevrouw. De thuiszorg zag een gebroken bril.
Aanpak: Gesprek met mevrouw alleen, zonder zoon. Tijdelijk huisverbod overwogen, niet opgelegd; wel bewindvoering en verslavingszorg voor zoon via {{o:Brijder}}.
Wat werkte: de {{r:thuiszorgmedewerker}} als vertrouwd gezicht bij het gesprek.
Wat niet: mevrouw wilde haar zoon niet 'verraden'. Zij zei letterlijk: "[[p:Gerard]] is toch mijn jongen."
Tips: het gaat in welvarende wijken net zo vaak mis, alleen zie je het later.
Bronnen: VT-advies [[ds:VT-24-00391]], gesprek [[d:maandag 8 januari 2024]]""")

A(
    """@auteur: "Gerard" in het citaat gaat er wel uit toch? En 'Waldeck + weduwe 81 + zoon 52' is in zo'n kleine wijk misschien te specifiek. Kun je van de wijk 'Loosduinen' maken? Groet, [[p:R. Tjon-A-Fat]]"""
)

A("""Titel: Huisbezoek met twee, altijd
Thema's: veiligheid medewerkers
Wijkprofiel: {{w:Laakkwartier}}, dichtbebouwd
Probleemtags: agressie, psychose
Doelgroep: man, 30-40 jaar
Aanleiding: Collega werd op [[d:12 juni]] bij een huisbezoek bedreigd met een mes. Cliënt bleek bekend bij de {{o:politie}}.
Aanpak: Herziening protocol: eerste huisbezoek altijd met twee; check bij de {{r:wijkagent}}; locatie doorgeven in de teamapp.
Wat werkte: de nieuwe afspraak is nu teambreed.
Wat niet: het incident werd pas na twee dagen gemeld.
Tips: maak een 'rode-vlag' in het registratiesysteem, zonder diagnose.
Bronnen: incidentmelding [[ds:INC-2023-0612-04]]""")

A(
    """Reactie [[p:Orlando]] ({{w:Rijswijk}}): wij doen het net zo. Wij melden het incident altijd via [[e:veiligheid@sociaalteamrijswijk.nl]], dan gaat het meteen naar de {{r:preventiemedewerker}}."""
)

A("""Titel: Statushouders en de eerste huurbrief
Thema's: werk en inkomen, huisvesting
Wijkprofiel: {{w:Bezuidenhout}}, mix van sociale huur en koop
Probleemtags: nieuwkomers, administratie, taal
Doelgroep: Syrisch gezin, vader 43, moeder 39, vier kinderen
Aanleiding: Huurachterstand na drie maanden wonen, terwijl de huurtoeslag nog niet was toegekend.
Aanpak: Samen met {{o:VluchtelingenWerk}} aanvraag huurtoeslag met terugwerkende kracht, overleg met de verhuurder.
Wat werkte: een maatje van de {{o:Taalhuis}} die de post elke vrijdag doorneemt.
Wat niet: het automatische incassoformulier voor de huur stond op naam van de oudste zoon [[p:Ahmad]] (17). Dat kon natuurlijk niet.
Tips: bij inburgering al de eerste maand de huur- en zorgtoeslag aanvragen.
Bronnen: huurcontract [[ds:HC-3301-77]], e-mail [[d:17 februari 2024]]""")

A(
    """@[[p:Noor]] kleine opmerking bij 'wat niet': de naam en leeftijd van de zoon maken het gezin herkenbaar. Verder: wat een goed idee, dat maatje op vrijdag!"""
)

A("""Titel: Zelfverwaarlozing na ontslag uit ziekenhuis
Thema's: ouderen, bemoeizorg
Wijkprofiel: {{w:Benoordenhout}}
Probleemtags: ontslag zonder nazorg, valrisico
Doelgroep: alleenstaande vrouw, 76
Aanleiding: Ontslagen uit het {{o:HMC}} op vrijdagmiddag, geen thuiszorg geregeld. Buurman vond haar zaterdag op de grond.
Aanpak: Met de {{r:transferverpleegkundige}} afspraken gemaakt: ontslag nooit meer op vrijdag zonder overdracht naar het SWT.
Wat werkte: een directe lijn met de transferafdeling.
Wat niet: het wijkteam was in het weekend niet bereikbaar.
Tips: de gegevens van mevrouw ([[b:4228.21.950]] — sorry, dit moet eruit) zijn niet nodig in de overdracht; een verwijzing naar het dossier volstaat.
Bronnen: ontslagbrief [[d:29/09/2023]]""")

A("""Review: ja, dat BSN moet er echt uit. Ook als er 'sorry' achter staat :) — [[p:Lotte]]""")

A("""Titel: Buurtbemiddeling bij burenruzie met psychiatrische achtergrond
Thema's: bemoeizorg, veiligheid
Wijkprofiel: {{w:Regentessekwartier}}, boven- en benedenwoningen
Probleemtags: geluidsoverlast, psychiatrie, escalatie
Doelgroep: twee huishoudens: man 49 (boven), jong stel (beneden)
Aanleiding: Vijf politiemeldingen in één maand. Benedenburen: "Hij gooit 's nachts dingen." Bovenbuurman zegt dat zij hem afluisteren.
Aanpak: Buurtbemiddeling via {{o:Buurtbemiddeling Den Haag}} eerst niet mogelijk; eerst {{o:GGZ}} via {{o:Parnassia}} bemoeizorg. Na opname en terugkeer wel bemiddeling.
Wat werkte: eerst zorg, daarna pas bemiddelen.
Wat niet: de corporatie wilde direct een 'overlastdossier' aanleggen.
Tips: leg vast wat iedere partij doet, in één A4.
Bronnen: politiemeldingen tussen [[d:3 mei]] en [[d:28 mei]]""")

A(
    """Review [[p:Paul]]: onder bronnen staan twee exacte data van de meldingen; maak er gewoon "meerdere meldingen in mei" van."""
)
A = T.append

A("""Titel: Beschermingsbewind zonder ruzie
Thema's: schulden, LVB
Wijkprofiel: {{w:Moerwijk}}, herstructureringswijk, veel sloop-nieuwbouw
Probleemtags: LVB, schulden > € 20.000, beïnvloedbaarheid
Doelgroep: vrouw, 29, woont zelfstandig met begeleiding
Aanleiding: Vriend liet haar telefoonabonnementen afsluiten op haar naam. Ze kreeg zes incassobureaus achter zich aan.
Aanpak: Verzoek beschermingsbewind bij de kantonrechter, samen met de {{r:ambulant begeleider}} van {{o:Ipse de Bruggen}}. Bewindvoerder gekozen die ook LVB-ervaring had.
Wat werkte: het uitleggen met tekeningen (geldpotjes).
Wat niet: in de eerste aanvraag stond haar oude adres ([[a:Jan Luykenlaan 86]]) waardoor post kwijtraakte.
Tips: check altijd de BRP voordat je een verzoekschrift indient.
Bronnen: rolnummer kantonrechter [[ds:C/09/654321 BW RK]], beschikking [[d:11-12-2023]]""")

A(
    """Review: let op, het oude adres en het rolnummer zijn samen herleidbaar. Graag weg. [[p:Daan]] — {{o:Gemeente Den Haag}}, {{r:beleidsmedewerker}} sociaal domein"""
)

A(
    """vraag aan [[p:ayse]]: welke bewindvoerder was dat? mag ook per mail: [[e:t.poortvliet@swtmoerwijk.nl]]"""
)

A(
    """@[[p:Tom Poortvliet]] Stuur ik je apart, hoort hier niet op het platform vind ik. Groet, Ayşe"""
)

A("""Titel: Ondersteuning bij schuldsanering voor ondernemer
Thema's: schulden, werk en inkomen
Wijkprofiel: {{w:Leiden}}, {{w:Stevenshof}}, gezinswijk
Probleemtags: ZZP, inkomensval, Wsnp
Doelgroep: man, 47, was stukadoor, gescheiden
Aanleiding: Na een bedrijfsongeval geen inkomen en zijn btw-schuld bleef oplopen.
Aanpak: Bbz-aanvraag via de gemeente, daarna WSNP via {{o:Kredietbank Leiden}}. Coaching via {{o:Humanitas}} Thuisadministratie.
Wat werkte: de ondernemer niet als 'schuldenaar' maar als vakman aanspreken.
Wat niet: zijn ex-partner had de gezamenlijke rekening ([[i:NL73ABNA6407300975]]) nog op haar naam; dat blokkeerde de aanvraag.
Tips: vraag bij ondernemers altijd naar de gezamenlijke rekeningen.
Bronnen: aanvraag Bbz [[ds:BBZ-LDN-2022-0098]], gesprek [[d:31 januari 2022]]""")

A(
    """Review Leiden: IBAN eruit graag. Verder een sterke les, ook voor {{w:Zoetermeer}} relevant. — [[p:Marieke Roos]], {{r:consulent werk en inkomen}}"""
)

A("""Titel: 5xbeter in de portiek
Thema's: veiligheid, bewonersinitiatieven
Wijkprofiel: {{w:Transvaal}}, portiekflats, veel jonge gezinnen
Probleemtags: vervuiling, overlast, onveiligheidsgevoel
Doelgroep: bewoners van één portiek (acht huishoudens)
Aanleiding: Klachten over afval en drugsdealers in de portiek.
Aanpak: 5xbeter-methode: bewoners maakten zelf de top 5 van ergernissen, corporatie en {{o:Haagse Milieu Services}} namen er twee op zich.
Wat werkte: bewonersbijeenkomst in de portiek zelf, met koffie en kinderen erbij.
Wat niet: de eerste uitnodiging alleen in het Nederlands.
Tips: vraag een bewoner als trekker. Bij ons was dat de bewoner van [[a:Wolmaransstraat 21-1]], die iedereen kende.
Bronnen: verslag bewonersavond donderdag [[d:6 juli]]""")

A(
    """Review: "de bewoner van Wolmaransstraat 21-1" is in feite een naam. Maak er "een bewoner die iedereen kende" van. [[p:Jeroen]]"""
)

A("""Titel: Schoolverzuim als signaal voor problemen thuis
Thema's: jeugd
Wijkprofiel: {{w:Zoetermeer}} {{w:Meerzicht}}, jaren-70 hoogbouw
Probleemtags: verzuim, verslaving ouder, jonge mantelzorger
Doelgroep: meisje van 14, moeder met alcoholprobleem
Aanleiding: {{r:Leerplichtambtenaar}} meldde 42 uur ongeoorloofd verzuim. Het meisje bleek voor haar broertje te zorgen.
Aanpak: Gesprek met moeder en dochter samen, jonge mantelzorgersgroep via {{o:Piëzo}}, verslavingszorg via {{o:Antes}}.
Wat werkte: de dochter een eigen contactpersoon geven.
Wat niet: de eerste brief van leerplicht werd gelezen als straf.
Tips: noem het in het gesprek 'zorgen om', niet 'verzuim'.
Bronnen: leerplichtdossier [[ds:LP-ZTM-24/0877]]; contact school (mevr. [[p:de Graaf]], {{r:intern begeleider}}) via [[t:079-3460021]]""")

A(
    """@[[p:Liesbeth]] mooie les. Het nummer van de school en de naam van de IB'er: weg graag, die herkent iedereen in Meerzicht."""
)

A("""Titel: Samenwerking huisarts en SWT bij zorgmijders
Thema's: bemoeizorg
Wijkprofiel: {{w:Segbroek}}
Probleemtags: zorgmijding, geen verwijzing, GGZ
Doelgroep: volwassenen die geen hulp willen
Aanleiding: De {{r:huisarts}} kon niet verwijzen omdat cliënten niet op het spreekuur kwamen.
Aanpak: Maandelijks overleg huisarts-SWT-{{r:POH-GGZ}}, met toestemmingsverklaring. Huisarts schrijft een 'open' verwijzing die het SWT meeneemt bij een huisbezoek.
Wat werkte: korte lijnen; de huisarts is bereikbaar via een vaste terugbellijn.
Wat niet: het privacyprotocol van de praktijk werd pas na drie maanden goedgekeurd.
Tips: regel de toestemmingsverklaring in één keer voor het hele traject.
Bronnen: convenant huisartsenpraktijk, versie [[d:01-02-2024]]""")

A(
    """Vraag: mag je een 'open verwijzing' zomaar meenemen? Dat zou ik willen nagaan bij onze {{r:FG}}. Groet [[p:Selin Arslan]], SWT {{w:Loosduinen}}"""
)

A(
    """@[[p:Selin]]: ja, mits de cliënt toestemming geeft en het in het dossier staat. Onze FG heeft het goedgekeurd."""
)

A("""Titel: Ouderen in de hofjes
Thema's: ouderen, eenzaamheid
Wijkprofiel: {{w:Centrum}}, hofjes en oude binnenstad
Probleemtags: eenzaamheid, slechthorend, geen netwerk
Doelgroep: alleenstaande ouderen 80+
Aanleiding: De hofregent meldde dat een bewoonster al maanden niet meer naar de gezamenlijke koffie kwam.
Aanpak: Bezoek door de {{r:ouderenadviseur}} van {{o:Xtra}}, hoortoestel geregeld, vrijwilliger voor wekelijks bezoek via {{o:Humanitas}}.
Wat werkte: het hoortoestel. Ze hoorde al maanden de bel niet.
Wat niet: de vrijwilliger zegde na drie weken af.
Tips: vraag altijd eerst of iemand goed hoort en ziet.
Bronnen: aanmelding [[d:woensdag 22 februari]]""")

A(
    """Reactie: wat een eenvoudig en sterk punt, dat hoortoestel. Wij in {{w:Rijswijk}} {{w:Te Werve}} gaan dit meenemen in onze checklist. Groet, [[p:Bram Hoek]]"""
)

A("""Titel: Verhuizing naar een aangepaste woning
Thema's: ouderen, huisvesting
Wijkprofiel: {{w:Ypenburg}}, nieuwbouw
Probleemtags: mobiliteit, urgentie, Wmo
Doelgroep: echtpaar, hij in rolstoel na CVA
Aanleiding: Cliënten woonden op driehoog zonder lift. Na de beroerte kwam hij de trap niet meer op.
Aanpak: Urgentieaanvraag, Wmo-verhuiskostenvergoeding, {{r:ergotherapeut}} keek naar de nieuwe woning.
Wat werkte: de {{r:Wmo-adviseur}} die al vóór de urgentie een woning zocht.
Wat niet: de urgentie kwam na vier maanden; hij zat al die tijd 'boven vast'.
Tips: de nieuwe woning was [[a:Laan van Hoornwijck 140]], [[pc:2289DG]] Rijswijk — dat adres hoort hier natuurlijk niet, vergeten te verwijderen.
Bronnen: Wmo-beschikking [[ds:2023-WMO-09918]]""")

A(
    """Review [[p:Kees]]: goed dat je het zelf al ziet. Ik heb het adres en de postcode uit de tip gehaald. Kun je de beschikkingsnummer ook vervangen?"""
)

A("""Titel: Hulp bij aanvraag schuldhulp voor jongeren
Thema's: jeugd, schulden
Wijkprofiel: {{w:Escamp}}, jongerenhuisvesting
Probleemtags: 18-27, schulden, geen zorgverzekering
Doelgroep: jongeren tot 27
Aanleiding: Jongerenwerker [[p:Kwame]] bracht drie jongens binnen die alle drie een zorgverzekeringsschuld hadden.
Aanpak: Jongerenschuldenaanpak: schuldenrust, één aanspreekpunt, werk via het {{o:Jongerenpunt}}.
Wat werkte: de jongeren via WhatsApp-groep laten weten wanneer er spreekuur was.
Wat niet: de groepsapp; één jongen voegde vrienden toe.
Tips: gebruik de groepsapp alleen als broadcast.
Bronnen: e-mail van [[e:k.owusu@jongerenwerk-escamp.nl]] [[d:8 aug 2023]]""")

A(
    """Graag de naam van de jongerenwerker en zijn mailadres uit de les: die is niet de auteur en heeft geen toestemming gegeven. [[p:Esther]] (moderator)"""
)
A = T.append

A("""Titel: Het doorgestuurde mailtje
Thema's: privacy
Wijkprofiel: n.v.t.
Probleemtags: gegevensdeling, toestemming
Doelgroep: alle teams
Aanleiding: Een collega stuurde een verwijzing door naar een zorgaanbieder, inclusief de hele mailgeschiedenis. Daarin stond onderaan: "Cliënt: mw. [[p:S. Ramdin-Sewnath]], BSN [[b:398789988]], [[a:Hoefkade 612]], [[pc:2526 CC]]."
Aanpak: Datalek gemeld bij de {{r:functionaris gegevensbescherming}}, aanbieder gevraagd de mail te verwijderen.
Wat werkte: snel melden, binnen 72 uur.
Wat niet: niemand wist wie de {{r:FG}} was.
Tips: knip altijd de mailgeschiedenis weg voor je doorstuurt.
Bronnen: datalekregister [[ds:DL-2024-017]]""")

A(
    """Hahaha, en nu staat dat hele mailtje hier op het platform. Ik zou de regel met de cliëntgegevens direct verwijderen. — [[p:Nadia]]"""
)

A("""Titel: Zorgverzekering geregeld via de gemeentepolis
Thema's: schulden, gezondheid
Wijkprofiel: {{w:Groente- en Fruitmarkt}}, {{w:Schilderswijk}}
Probleemtags: wanbetalersregeling, premieschuld
Doelgroep: vrouw, 61, chronisch ziek
Aanleiding: Cliënte zat in de wanbetalersregeling en meed de apotheek wegens eigen risico.
Aanpak: Aanmelding gemeentepolis via het {{o:Servicepunt XL}}, premie ingehouden op de uitkering. Machtiging naar rekening [[i:NL11 ASNB 9833 2054 38]].
Wat werkte: de {{r:apotheker}} die bij ons aan de bel trok.
Wat niet: de brief van het CAK was onleesbaar voor haar.
Tips: vraag de cliënt de brieven op de telefoon te fotograferen en te sturen.
Bronnen: CAK-kenmerk [[ds:CAK 7781-2290-11]]""")

A("""Review: IBAN en CAK-kenmerk eruit. Rest mag zo. [[p:J.]]""")

A(
    """Reactie op de les 'Zorgverzekering geregeld': bij ons (Delft) loopt dat via {{o:Kredietbank Nederland}}. Mailen kan naar [[e:info.sociaalteam@delft.example.nl]] als je een contactpersoon wilt. — [[p:Marloes van Dijk]]"""
)

A("""Citaat uit een verwijsbrief die we als voorbeeld gebruiken (geanonimiseerd?):
"Geachte collega, hierbij verwijs ik dhr. [[p:A. Benali]], geb. [[d:14-07-1969]], BSN [[b:544 777 566]], wonend [[a:Vaillantlaan 301-C]], [[pc:2526 AK]] te Den Haag, in verband met een depressieve stoornis. Met collegiale groet, dr. [[p:H.J. Verbeek]], huisarts."
Les: laat een verwijsbrief nooit zo op het platform staan. Dit is NIET geanonimiseerd.""")

A(
    """Moderatie: bovenstaande post is verborgen tot de auteur de gegevens heeft vervangen door [naam], [geboortedatum], [BSN], [adres]. Vragen? Bel de moderator op [[t:070-3536017]]. Groet, [[p:Esther]]"""
)

A("""Titel: Van crisis naar stabiel in 100 dagen
Thema's: huiselijk geweld, huisvesting
Wijkprofiel: {{w:Laak}}
Probleemtags: vrouwenopvang, uitstroom, kinderen
Doelgroep: moeder (31) met peuter
Aanleiding: Na een verblijf in de opvang van {{o:Kessler Stichting}} moest ze binnen 100 dagen uitstromen.
Aanpak: Uitstroomplan met de {{r:casusregisseur}}, urgentie, inrichtingskrediet, bijzondere bijstand. Adres geheim gehouden (postadres via opvang).
Wat werkte: de opvang hield het adres geheim, ook voor ons platform.
Wat niet: toch stond de nieuwe postcode ([[pc:2525 PJ]]) in een gedeelde Excel. Dit is gecorrigeerd.
Tips: werk bij geheime adressen alleen met het dossiernummer [[ds:OPV-2023-118]] — oeps, ook dat niet hier.
Bronnen: uitstroomplan""")

A(
    """Review: postcode en dossiernummer staan er nog in. Bij een geheim adres is dat extra riskant. Graag meteen aanpassen. [[p:Ruud Brouwer]], {{r:teamleider}}"""
)

A("""Titel: Toeslagenaffaire: herstel met de hersteloperatie
Thema's: schulden, vertrouwen
Wijkprofiel: {{w:Moerwijk}}, {{w:Zuiderpark}}
Probleemtags: gedupeerde ouders, wantrouwen overheid
Doelgroep: ouder met drie kinderen, gedupeerd
Aanleiding: Moeder wilde niets meer met de gemeente te maken hebben. "Jullie hebben me kapotgemaakt."
Aanpak: Brede hulp via het team 'Herstel Toeslagen', met een vaste {{r:brede hulp-coördinator}}; afspraken bij haar thuis.
Wat werkte: niets beloven dat je niet kunt nakomen.
Wat niet: haar compensatie werd gestort op [[i:NL62INGB4708548557]], een rekening waar beslag op lag.
Tips: vraag bij herstelbetalingen eerst een nieuwe rekening aan.
Bronnen: UHT-zaaknummer [[ds:UHT-000284613]], gesprek [[d:4-10-'23]]""")

A(
    """Review [[p:Gert-Jan]]: heel waardevol. IBAN en UHT-nummer graag weg; dat UHT-nummer is direct herleidbaar."""
)

A("""Titel: Ghanese kerk als vindplaats
Thema's: huiselijk geweld, migranten
Wijkprofiel: {{w:Zuidwest}}, {{w:Bouwlust}}
Probleemtags: ongedocumenteerd, verborgen geweld
Doelgroep: vrouwen uit de West-Afrikaanse gemeenschap
Aanleiding: De voorganger, pastor [[p:Osei]], belde ons omdat een gemeentelid 's nachts op de stoep stond met haar kinderen.
Aanpak: Noodopvang via {{o:Veilig Thuis}}, juridische hulp via {{o:Stichting LOS}}.
Wat werkte: de kerk als vertrouwde plek voor gesprekken.
Wat niet: zonder verblijfsvergunning weinig opvangplekken.
Tips: investeer in contact met migrantenkerken vóór er iets gebeurt.
Bronnen: telefoonnotitie, [[d:zondag 3 september 2023]]""")

A(
    """Eens met de les, maar de naam van de pastor maakt de kerk en daarmee de vrouw vindbaar. Liever: "de voorganger". Groet, [[p:Abena]]"""
)

A("""Titel: Huisbezoek bij een Somalische familie
Thema's: jeugd, cultuursensitief werken
Wijkprofiel: {{w:Transvaal}}
Probleemtags: taal, gezinsgrootte, krappe woning
Doelgroep: gezin met zeven kinderen in driekamerwoning
Aanleiding: School meldde dat de kinderen moe waren en geen huiswerk konden maken. Vader: "[[p:Hodan]] en ik slapen in de woonkamer, de kinderen op de twee kamers."
Aanpak: Woningzoekende registratie, huiswerkbegeleiding in het buurthuis, sleutelpersoon uit de gemeenschap betrokken.
Wat werkte: de sleutelpersoon legde het Nederlandse systeem uit.
Wat niet: urgentie werd afgewezen (overbewoning is geen grond).
Tips: werk met sleutelpersonen, maar let op vertrouwelijkheid binnen een kleine gemeenschap.
Bronnen: registratie woningzoekende [[ds:WZ-19283746]]""")

A("""Titel: Gezamenlijk spreekuur SWT en {{o:UWV}}
Thema's: werk en inkomen
Wijkprofiel: {{w:Mariahoeve}}
Probleemtags: WW naar bijstand, gat in inkomen
Doelgroep: 50-plussers die werkloos raken
Aanleiding: Te veel mensen vielen tussen WW en bijstand een maand zonder geld.
Aanpak: Tweewekelijks spreekuur op dinsdagochtend met een {{r:UWV-adviseur}} en een {{r:consulent werk en inkomen}}.
Wat werkte: voorschot bijstand direct aanvragen.
Wat niet: de eerste maanden wisten mensen het spreekuur niet te vinden.
Tips: laat de UWV-brief met einddatum WW meenemen.
Bronnen: evaluatie spreekuur, contact [[p:Henk Mulder]] ([[e:henk.mulder@uwv.example]])""")

A(
    """@[[p:Henk]] mag jouw mailadres zomaar op het platform? Het is een werkadres, maar alle teams lezen mee. — [[p:Priya]]"""
)

A("""Titel: Afghaanse weduwe en haar pensioen
Thema's: ouderen, werk en inkomen
Wijkprofiel: {{w:Leidschendam}}? nee, {{w:Ypenburg}}
Probleemtags: AIO, onvolledige AOW, taal
Doelgroep: vrouw, 69, weduwe, Dari sprekend
Aanleiding: Cliënte kreeg een halve AOW en wist niet dat ze AIO-aanvulling kon aanvragen.
Aanpak: AIO-aanvraag bij de {{o:SVB}}, met tolk Dari. Zoon [[p:Farid]] deed de administratie.
Wat werkte: zoon betrekken, mét haar toestemming.
Wat niet: de SVB vroeg bankafschriften van drie jaar.
Tips: begin met de AIO-rekenhulp van de SVB.
Bronnen: SVB-aanvraag [[d:22-05-2024]], klantnummer [[ds:SVB 1098-77-3344]]""")

A(
    """Review: de naam van de zoon en het SVB-klantnummer eruit graag. Goede les overigens. [[p:Roos]]"""
)

A("""Titel: Geld voor de bril
Thema's: armoede
Wijkprofiel: {{w:Laakkwartier}}
Probleemtags: armoede, kinderen, schoolprestaties
Doelgroep: kinderen in armoede
Aanleiding: Juf zag dat een jongen van 8 het bord niet kon lezen.
Aanpak: Ooglidmeting bij de opticien, bekostiging via {{o:Stichting Leergeld}} en de Ooievaarspas.
Wat werkte: de Ooievaarspas; moeder had hem al maar gebruikte hem niet.
Wat niet: niets, eigenlijk. Dit was snel opgelost.
Tips: vraag bij elk gezin of ze de Ooievaarspas gebruiken.
Bronnen: Ooievaarspasnummer [[ds:OP-5500-18832]], aanvraag [[d:10 oktober]]""")

A("""Kort: 'ooglidmeting' moet 'oogmeting' zijn denk ik :). Pasnummer weg graag. [[p:Wim]]""")
A = T.append

A("""Review op 'Bewindvoering bij LVB' — lijstje wat er nog uit moet:
- BSN [[b:101862246]] in de aanleiding
- rekening [[i:NL15RABO1376995295]] bij 'wat werkte'
- het adres [[a:Hobbemastraat 112-hs]] en [[pc:2526JM]]
- de naam van de bewindvoerder (mr. [[p:Van Leeuwen]])
Daarna kan de les door naar de themagroep Schulden. [[p:Sevda]]""")

A("""Titel: Dubbele bewindvoering voorkomen
Thema's: schulden
Wijkprofiel: {{w:Zoetermeer}} {{w:Oosterheem}}, nieuwbouw, jonge gezinnen
Probleemtags: bewind, budgetbeheer, overlap
Doelgroep: stel, beiden 33, LVB
Aanleiding: Zowel een bewindvoerder als budgetbeheer van de gemeente stonden op hetzelfde inkomen. Huur werd dubbel betaald, vaste lasten niet.
Aanpak: Rondetafel met beide partijen, één rekening ([[i:NL78 TRIO 5762 0979 76]]) als leefgeldrekening, bewind leidend.
Wat werkte: één schema op de koelkast.
Wat niet: niemand had overzicht wie wat deed.
Tips: vraag bij een aanmelding altijd "is er al bewind?"
Bronnen: [[ds:ZTM-SD-2024-00713]]; contactpersoon bewind [[t:079 - 316 22 90]]""")

A(
    """Hoi [[p:Gijs]], vanmiddag sprak ik de bewindvoerder van het stel uit jouw les; ze herkende de situatie meteen. Dat zegt wel iets over hoe herkenbaar het is. Misschien "Oosterheem" veranderen in "Zoetermeer"? Groet, [[p:Lieke]]"""
)

A("""Titel: De buurvrouw als mantelzorger
Thema's: ouderen, informele zorg
Wijkprofiel: {{w:Kijkduin}}, appartementen, veel ouderen
Probleemtags: geen familie, afhankelijkheid van buren
Doelgroep: man, 90, weduwnaar
Aanleiding: Buurvrouw [[p:Marja Koster]] ([[t:06-29 38 47 56]]) deed al twee jaar zijn boodschappen en medicijnen. Ze kreeg zelf een knieoperatie.
Aanpak: Mantelzorgwaardering, vervangende mantelzorg via {{o:Respijthuis}}, boodschappendienst.
Wat werkte: de buurvrouw erkennen als mantelzorger.
Wat niet: de man wilde "geen vreemden".
Tips: maak de buurvrouw niet verantwoordelijk, maar wel partner.
Bronnen: intake [[d:vrijdag 9 februari 2024]]""")

A(
    """Reactie: mooi. Maar de buurvrouw heeft hier toch geen toestemming voor gegeven? Naam + 06 graag weg. [[p:Hans]]"""
)

A("""Bronnen (automatisch geïmporteerd uit registratiesysteem, controleer vóór plaatsen!):
Cliënt: [[p:Y. Demir]] | BSN: [[b:404.641.520]] | Geb.datum: [[d:03-11-1987]]
Adres: [[a:Paul Krugerlaan 88B]], [[pc:2571 JK]] 's-Gravenhage
Tel: [[t:06-50119283]] | E-mail: [[e:yasemin.d87@hotmail.com]]
Zaak: [[ds:2024-SWT-004417]] | Regisseur: [[p:E. Bouali]]""")

A(
    """!!! Deze import had nooit zichtbaar mogen zijn. Ik heb de les offline gehaald. Auteur: graag het bronnenveld handmatig invullen, alleen "registratiesysteem SWT". — [[p:Thijs]], {{r:functioneel beheerder}}"""
)

A("""Titel: Roma-familie en schoolgang
Thema's: jeugd, cultuursensitief werken
Wijkprofiel: {{w:Laak}}, woonwagenlocatie in de buurt
Probleemtags: verzuim, wantrouwen, armoede
Doelgroep: Roemeense Roma-familie, vier kinderen
Aanleiding: Twee kinderen stonden niet ingeschreven op een school.
Aanpak: Via een {{r:intercultureel bemiddelaar}} contact gelegd met grootvader, die het gezag in de familie had. Inschrijving in één week.
Wat werkte: grootvader eerst, ouders daarna.
Wat niet: de eerste brief van {{o:Leerplicht}}.
Tips: investeer in één vertrouwenspersoon.
Bronnen: gesprek met grootvader ([[p:Florin]]) op [[d:15 maart 2024]]; BSN kinderen [[b:566178710]] en [[b:397369475]] (nodig voor inschrijving, moeten eruit!)""")

A(
    """Review: BSN's van kinderen op een platform: absoluut niet. Heb ze gemaskeerd. Naam grootvader ook. [[p:Charlotte Smit]]"""
)

A("""Titel: Geld bijhouden met een app
Thema's: schulden, preventie
Wijkprofiel: {{w:Delft}} {{w:Voorhof}}
Probleemtags: overzicht, jongeren, digitalisering
Doelgroep: jongvolwassenen 18-25
Aanleiding: Veel jongeren hadden geen idee van vaste lasten.
Aanpak: Samen een budgetapp installeren, eerste maand wekelijks bespreken.
Wat werkte: een jongen zei: "Nu zie ik pas dat m'n abonnementen €140 zijn."
Wat niet: een meisje deelde haar scherm inclusief rekeningnummer [[i:NL81RBRB7865902496]] in de groepssessie.
Tips: gebruik een demo-account.
Bronnen: evaluatie groepssessie [[d:20-06-2024]]""")

A("""Van: [[p:Noortje de Haan]] <[[e:noortje.dehaan@sociaalteamleiden.nl]]>
Verzonden: [[d:donderdag 11 april 2024]] 09:14
Aan: themagroep Ouderen
Onderwerp: RE: les 'Valpreventie thuis'

Hoi allemaal, ik plak de reactie van de {{r:fysiotherapeut}} even hier. Ze zegt: valpreventie werkt pas als het huis ook wordt aangepast. Bij mevrouw [[p:Bloem]] is dat nu gebeurd (drempels weg, beugels bij het toilet).
Groet, Noortje""")

A(
    """Reactie: "mevrouw Bloem" is een cliënte toch? Dan moet die naam weg, ook al is het een mail die je doorstuurt. [[p:Ilona]]"""
)

A("""Titel: Wijkgericht werken met de {{o:Haagse Wijk- en Woonzorg}}
Thema's: ouderen, samenwerking
Wijkprofiel: {{w:Scheveningen}}, oud-dorp, vissersfamilies
Probleemtags: sociale controle, schaamte, alcohol
Doelgroep: oudere mannen, ex-vissers
Aanleiding: Hoog alcoholgebruik en weinig zorggebruik bij een groep mannen rond de haven.
Aanpak: Via de {{r:wijkverpleegkundige}} en een oud-visser als ervaringsdeskundige spreekuur in het buurthuis.
Wat werkte: de ervaringsdeskundige.
Wat niet: "praten over drank" werkte niet; "praten over je hart" wel.
Tips: zoek de taal van de doelgroep.
Bronnen: notitie ervaringsdeskundige [[p:Klaas Toet]], ([[a:Keizerstraat 201]])""")

A("""Titel: Zorgmijding bij Chinese horecaondernemer
Thema's: bemoeizorg, GGZ
Wijkprofiel: {{w:Chinatown}} / {{w:Centrum}}
Probleemtags: burn-out, schaamte, taal
Doelgroep: man, 56, eigenaar restaurant
Aanleiding: Zijn dochter [[p:Mei]] mailde het team: "Mijn vader slaapt niet meer en praat over stoppen met alles."
Aanpak: Contact via de dochter, gesprek met een Kantonees sprekende {{r:GGZ-verpleegkundige}}. Crisisdienst geconsulteerd.
Wat werkte: de dochter als brug, en niet meteen over 'psychiatrie' praten.
Wat niet: de huisarts sprak alleen Nederlands.
Tips: check of er een tolk in de juiste variant beschikbaar is (Kantonees vs. Mandarijn).
Bronnen: mail van dochter [[d:1 mei 2024]] ([[e:mei.chen.work@gmail.com]])""")

A(
    """@auteur: "Mei" staat er in de aanleiding én in bronnen, inclusief haar gmail. En je noemt de wijk Chinatown plus 'restaurant'. Dat is te veel. Groet, [[p:Hanneke]]"""
)

A("""Titel: Eritrese jongeren en de overgang naar zelfstandig wonen
Thema's: jeugd, huisvesting
Wijkprofiel: {{w:Rijswijk}} {{w:Bomenbuurt}}
Probleemtags: alleenstaande minderjarige vreemdelingen, 18+, schulden
Doelgroep: jongens 18-21
Aanleiding: Na het {{o:Nidos}}-traject kregen jongeren een woning, maar de eerste maand ging al mis met de huur.
Aanpak: Maatjes uit de Eritrese gemeenschap, financiële training, één vaste {{r:woonbegeleider}}.
Wat werkte: maatjes van een paar jaar ouder.
Wat niet: de gemeentelijke brieven.
Tips: voor elke jongen een kort overzicht met de data waarop geld binnenkomt.
Bronnen: overzicht jongere ([[p:Tesfay]]), huurrekening [[i:NL27RBRB3712008254]], nummer corporatie [[ds:HUUR-88120-RW]]""")

A(
    """Review [[p:Marco]]: deel de tip, maar niet het overzicht van de jongere zelf. Naam, rekening en huurnummer weg."""
)

A("""Titel: Schuld door verslaving aan gokken
Thema's: schulden, verslaving
Wijkprofiel: {{w:Escamp}}, {{w:Moerwijk}}
Probleemtags: gokverslaving, verborgen schulden, relatie onder druk
Doelgroep: man, 35, partner en kind
Aanleiding: Partner ontdekte leningen van ruim € 18.000.
Aanpak: Verslavingszorg via {{o:Brijder}}, schuldhulp, partnergesprekken. Cruks-registratie samen gedaan.
Wat werkte: de Cruks-registratie in het eerste gesprek.
Wat niet: een lening bij een onlinekredietverstrekker bleef doorlopen; incasso via [[i:NL60TRIO1029177494]].
Tips: check ook de BKR én onlinegokaccounts.
Bronnen: partner [[p:Mariska]], [[t:06 - 22 71 30 85]], gesprek [[d:maandag 19 augustus]]""")

A(
    """Vraag: bij welke partij deden jullie de partnergesprekken? Wij zoeken iets in {{w:Delft}}. Antwoord graag naar [[e:r.bouzidi@wijkteamdelft.nl]]. [[p:Rachid Bouzidi]]"""
)

A(
    """Review op Eigen Kracht-les: het telefoonnummer van de coördinator ([[t:+31 70 219 4455]]) en het e-mailadres [[e:coordinator.ek@eigen-kracht.example]] zijn niet van een cliënt, maar als individueel persoon ook niet zonder toestemming. Eruit. [[p:Freek]]"""
)

A("""Titel: Een gezin uit Polen en de kinderbijslag
Thema's: jeugd, werk en inkomen
Wijkprofiel: {{w:Rustenburg-Oostbroek}}
Probleemtags: arbeidsmigranten, uitzendwerk, toeslagen
Doelgroep: gezin, ouders 28 en 30, twee kinderen
Aanleiding: Na ontslag bij een uitzendbureau stopte de kinderbijslag.
Aanpak: SVB gebeld met de ouders op speaker, {{o:FairWork}} betrokken.
Wat werkte: direct bellen, niet schrijven.
Wat niet: de ouders gaven hun BSN's ([[b:360099609]], [[b:879571238]]) aan het uitzendbureau via WhatsApp.
Tips: leg uit welke gegevens je wel en niet deelt.
Bronnen: [[d:7-1-2025]], SVB-kenmerk [[ds:SVB-KB-2025-11220]], woonadres [[a:Beeklaan 377-A]], [[pc:2562 AR]]""")
A = T.append

A("""Titel: Toestemmingsverklaring die niet klopte
Thema's: privacy
Wijkprofiel: {{w:Segbroek}}
Probleemtags: toestemming, gegevensdeling
Doelgroep: alle cliënten
Aanleiding: Bij een audit bleek dat op de toestemmingsverklaring van dhr. [[p:Jansen]] (BSN [[b:748400047]]) het verkeerde adres stond: [[a:Fahrenheitstraat 590]], [[pc:2561 DH]] in plaats van zijn huidige woning.
Aanpak: Alle verklaringen van het afgelopen jaar nagelopen.
Wat werkte: een steekproef van 20 dossiers.
Wat niet: verklaringen werden op papier bewaard in een la.
Tips: scan de verklaring direct in het dossier.
Bronnen: auditrapport Q2""")

A(
    """Review: nogmaals — naam, BSN, adres en postcode uit de aanleiding. Ironisch in een les over privacy ;) [[p:Esther]]"""
)

A("""Titel: Leefgeld per week in plaats van per maand
Thema's: schulden
Wijkprofiel: {{w:Transvaal}}
Probleemtags: budgetbeheer, impulsaankopen
Doelgroep: vrouw, 44, ADHD
Aanleiding: Het maandbudget was binnen een week op.
Aanpak: Budgetbeheerder maakt elke maandag leefgeld over naar een aparte rekening.
Wat werkte: het weekritme.
Wat niet: in de eerste maand ging het leefgeld naar de verkeerde rekening ([[i:NL11ABNA9102988060]] i.p.v. [[i:NL25 KNAB 8280 5261 90]]).
Tips: controleer de rekeningnummers samen met de cliënt.
Bronnen: budgetplan [[ds:BB-2024-3391]]""")

A(
    """Hallo [[p:Jasmijn]], dank voor je reactie op onze les. Wil je de BSN van de cliënt ([[b:129 727 349]]) uit je vraag halen? Ik heb 'm verborgen voor nu. Overigens kun je me voor de details bellen op [[t:06-38207714]] of mailen: [[e:w.pronk@xtra.nl]]. Groet, [[p:Wouter Pronk]]"""
)

A("""Titel: Huurders van een particuliere huisjesmelker
Thema's: huisvesting, arbeidsmigratie
Wijkprofiel: {{w:Schilderswijk}}, {{w:Stationsbuurt}}
Probleemtags: overbewoning, slechte staat woning, uitbuiting
Doelgroep: zes Roemeense mannen in één woning
Aanleiding: Brandweer vond bij een controle aan de [[a:Hoefkade 219]] ([[pc:2526 AB]]) twaalf matrassen.
Aanpak: {{o:Team Woningkwaliteit}} en {{o:Inspectie SZW}} erbij; mannen geholpen met inschrijving en BSN-aanvraag.
Wat werkte: de {{r:straatadviseur}} die Roemeens sprak.
Wat niet: de mannen wilden niet getuigen uit angst hun werk kwijt te raken.
Tips: werk samen met {{o:FairWork}}.
Bronnen: handhavingszaak [[ds:HH-2023-09-4410]], [[d:13 sept 2023]]""")

A(
    """Review: het adres met huisnummer maakt het pand en dus de mannen vindbaar. Graag "een woning in de Schilderswijk". [[p:A. Kaya]]"""
)

A("""Titel: Kinderen als tolk
Thema's: jeugd, huiselijk geweld
Wijkprofiel: {{w:Laakkwartier}}
Probleemtags: parentificatie, taal
Doelgroep: Turkse moeder, 50, en haar dochter van 12
Aanleiding: Dochter vertaalde bij de huisarts over de verwondingen van haar moeder.
Aanpak: Altijd een professionele tolk; dochter doorverwezen naar een groep voor jonge mantelzorgers.
Wat werkte: de tolkentelefoon.
Wat niet: moeder bleef haar dochter meenemen.
Tips: zeg het vriendelijk maar duidelijk.
Bronnen: e-mail {{r:huisarts}} [[e:praktijk.vanrossum@zorgmail.nl]], patiënt BSN [[b:527948342]], dd [[d:2.3.2024]]""")

A("""Kort commentaar [[p:Ilse]]: e-mail praktijk + BSN eruit. Les verder prima.""")

A("""Titel: Cliënt zonder bankrekening
Thema's: schulden, werk en inkomen
Wijkprofiel: {{w:Zuiderpark}}
Probleemtags: geen rekening, contant geld, uitkering
Doelgroep: man, 63, dakloos geweest
Aanleiding: Bank weigerde een rekening vanwege een oude fraudemelding.
Aanpak: Basisbetaalrekening aangevraagd via het convenant; tijdelijk uitkering op rekening van {{o:Kessler Stichting}}.
Wat werkte: het convenant basisbetaalrekening.
Wat niet: drie banken gaven verschillende antwoorden.
Tips: noem het convenant bij naam aan de balie.
Bronnen: nieuwe rekening [[i:NL34SNSB8662946938]], BSN [[b:934639255]], adres [[a:Melis Stokelaan 1200]], [[pc:2541 GG]]""")

A("""@auteur bronnenveld is geen plek voor gegevens! Rekening, BSN, adres weg. [[p:Bart]]""")

A("""Titel: Kosten sparen met tweedehands witgoed
Thema's: armoede, bewonersinitiatieven
Wijkprofiel: {{w:Bouwlust/Vrederust}}
Probleemtags: armoede, duurzaamheid
Doelgroep: huishoudens met laag inkomen
Aanleiding: Veel aanvragen bijzondere bijstand voor kapotte wasmachines.
Aanpak: Samenwerking met een repair café en een kringloop.
Wat werkte: een {{r:vrijwilliger}} van 72 die alles kon repareren.
Wat niet: niet iedereen wilde tweedehands.
Tips: bied keuze.
Bronnen: aanmelding via [[e:repaircafe.vrederust@outlook.com]], contactpersoon [[p:Ria]] [[t:070 - 329 41 18]]""")

A("""Vraag: hoe kwamen jullie bij het repair café binnen? [[p:Soufiane]]""")

A(
    """@[[p:Soufiane]] gewoon binnengelopen op een zaterdag. Het pakje met de bonnetjes ging daarna naar de afrekening bij de gemeente (rekening [[i:NL47BUNQ5281417001]] van de stichting — die mag hier trouwens weg, zag ik). Groet, [[p:Gerda]]"""
)

A("""Titel: Bijdrage aan wijkplatform Delft: 'laat geen dossiers slingeren'
Thema's: privacy
Wijkprofiel: {{w:Delft}} {{w:Buitenhof}}
Probleemtags: informatiebeveiliging
Doelgroep: medewerkers
Aanleiding: Een uitgeprinte overdracht met BSN [[b:532196521]] en adres [[a:Martinus Nijhofflaan 2-126]], [[pc:2624 ES]] lag op een tafel in het wijkcentrum.
Aanpak: Clean desk-beleid, afsluitbare kasten.
Wat werkte: een maandelijkse ronde van de teamleider.
Wat niet: niemand voelde zich verantwoordelijk.
Tips: print niet.
Bronnen: incident [[d:26 nov. 2024]]""")

A("""Discussie bij 'Drie kinderen, één plan'
[[p:Sanne]]: Wij gebruikten Signs of Safety ook, maar vader haakte af. Hoe kregen jullie hem erbij?
[[p:Robert]]: Via zijn broer. [[p:Hamid]] (de broer) kwam mee naar het tweede gesprek, en toen zat vader er ineens ook.
[[p:Sanne]]: Dat is eigenlijk een netwerkberaad. Heb je de broer gevraagd of je hem mocht noemen?
[[p:Robert]]: Oeps, nee. Ik pas het aan.
[[p:Fleur]] ({{r:gedragswetenschapper}} {{o:CJG}}): Tip: noem netwerkleden op het platform alleen als "oom" of "buurvrouw".""")

A("""Titel: Netwerkkaart maken met een man die 'niemand heeft'
Thema's: eenzaamheid, bemoeizorg
Wijkprofiel: {{w:Moerwijk}}, galerijflats, veel alleenstaanden
Probleemtags: isolement, depressie, schulden
Doelgroep: man, 52, arbeidsongeschikt sinds 2016
Aanleiding: Hij zei bij de intake: "Ik heb niemand." Op de netwerkkaart stonden na een uur toch zes mensen: zijn zus [[p:Ingrid]], oud-collega [[p:Ferry Lodewijks]], de buurman van nummer 14, de kapper, [[p:Sjaak]] van de duivenvereniging en de {{r:wijkagent}}.
Aanpak: Krachtwerk, elke week één netwerklid bellen, samen.
Wat werkte: de duivenvereniging; daar ging hij weer heen op zaterdag.
Wat niet: contact met de zus, die zei dat ze "klaar met hem" was.
Tips: vul de netwerkkaart samen in, niet als formulier.
Bronnen: netwerkkaart, gesprek [[d:18/4]]""")

A(
    """Review [[p:Marloes]]: je schrijft de namen op de netwerkkaart letterlijk over (Ingrid, Ferry, Sjaak). Die wil je niet hier, ook al zijn het 'maar' netwerkleden. Gebruik rollen: zus, oud-collega, vriend."""
)

A(
    """Reactie van [[p:Yusuf Özdemir]] ({{r:MEE-consulent}}, {{w:Escamp}}): Dankjewel [[p:Femke]] en [[p:Karin]] voor de scherpe reviews deze maand. Ik heb de les over de Bulgaarse man herschreven. Voor wie wil meedenken: we bespreken het op het expertmeeting in april. Aanmelden bij [[p:Linda Groen]] ([[t:070-3539911]])."""
)

A("""Titel: Samen met de {{r:wijkverpleegkundige}} naar een vrouw met een open wond
Thema's: ouderen, bemoeizorg
Wijkprofiel: {{w:Loosduinen}}, eengezinswoningen uit de jaren 30
Probleemtags: zorgmijding, wondzorg, huisdieren
Doelgroep: vrouw, 74, met elf katten
Aanleiding: De kapper belde ons: mevrouw [[p:Van der Wal]] kwam niet meer, en de laatste keer rook haar been erg. Ze woont op de [[a:Erasmusweg 1020]], [[pc:2532 CX]].
Aanpak: Via de {{o:Dierenambulance}} opvang voor de katten geregeld tijdens een korte opname; pas toen zei ze ja tegen de wondzorg.
Wat werkte: eerst de katten, dan het been.
Wat niet: de eerste keer dat de huisarts een opname voorstelde: "Wie zorgt er dan voor [[p:Minoes]] en de rest?"
Tips: vraag wat iemand tegenhoudt.
Bronnen: notitie wijkverpleging [[d:24 juli 2024]]""")

A("""Review: "Minoes" is de kat, dat mag blijven hoor. Maar de naam van mevrouw, het adres en de postcode weg. — [[p:Bianca]]
Reactie [[p:Thomas]]: eens, al zou ik ook de kattennaam weghalen; in zo'n straat kent iedereen 'mevrouw met Minoes'.""")

A("""Titel: Vrijwillige schuldregeling met hulp van de kerk
Thema's: schulden, informele zorg
Wijkprofiel: {{w:Leiden}} {{w:Merenwijk}}
Probleemtags: schulden, schaamte, Kaapverdiaanse gemeenschap
Doelgroep: gezin, vader 45 en moeder 42, drie tieners
Aanleiding: De diaken, dhr. [[p:Lopes]], vroeg ons om advies. Het gezin durfde niet naar de gemeente.
Aanpak: Eerste gesprek in de kerk, daarna {{o:SchuldHulpMaatje}}. Moeder [[p:Djenifer]] nam de administratie op zich.
Wat werkte: het eerste gesprek op vertrouwd terrein.
Wat niet: de vader voelde zich gepasseerd.
Tips: betrek beide ouders vanaf het begin.
Bronnen: betaalregeling via [[i:NL14 TRIO 2020 1181 00]], overleg [[d:maandag 2 december]]""")

A(
    """Reactie [[p:Aminata Diallo]]: Herkenbaar. Tip van ons team in {{w:Zoetermeer}}: vraag ook naar geld dat naar familie in het buitenland gaat. Bij ons bleek dat bij meneer [[p:Semedo]] € 300 per maand. Bel gerust: [[t:06-44 81 07 62]]."""
)

A("""Titel: Kwijtschelding gemeentelijke belastingen — een checklist
Thema's: schulden, armoede
Wijkprofiel: alle wijken
Probleemtags: kwijtschelding, aanmaningen
Doelgroep: huishoudens met minimuminkomen
Aanleiding: Cliënte mw. [[p:Boukhari]] betaalde al jaren {{o:Belastingdienst}}-aanmaningen voor afvalstoffenheffing die kwijtgescholden had kunnen worden.
Aanpak: Automatische kwijtschelding aangevraagd via {{o:Belastingsamenwerking Rijnland}} (Leiden) en via de gemeente (Den Haag).
Wat werkte: de checklist die collega [[p:Jorien]] maakte.
Wat niet: in Leiden moest het voor [[d:1 april]] binnen zijn.
Tips: plan het aanvragen in januari.
Bronnen: checklist versie [[d:06-01-2025]], postcodecheck [[pc:2316 XG]]""")

A("""@[[p:Jorien]] je checklist is goud! Mag ik hem delen met [[p:Ahmed]] en [[p:Bernadette]] van {{w:Rijswijk}}? Groet [[p:Lotte]]
@[[p:Lotte]] natuurlijk. Dan wel zonder het voorbeeld van de cliënte bovenaan.""")

A(
    """Slotbijeenkomst pilot — korte terugblik van [[p:Monique Zwart]] ({{r:procesbegeleider}} {{o:CAOP}}): twintig deelnemers, vier thema's, 37 lessen gedeeld. Dank aan [[p:Yvonne]], [[p:Bas]], [[p:Selin]] en [[p:Kwabena]] voor de reviews. Vragen over vervolg: [[e:m.zwart@caop.example.nl]]."""
)

A(
    """Verslag intervisie (door [[p:Kwabena]]): we bespraken de casus van meneer [[p:de Bruijn]] en zijn dochter [[p:Esra]]. Collega [[p:Visser]] van {{o:Parnassia}} vond dat we te snel gingen; [[p:Hoop]] (stagiair) vroeg waarom de zoon [[p:Dennis]] niet was uitgenodigd. Afspraak: volgende keer de hele familie, op een woensdag, max. 90 minuten. Wij noteren hier alleen de les: nodig het netwerk breed uit, ook wie 'lastig' lijkt."""
)

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
RX = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in RX.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            code, txt, dest, lab = m.group(1), m.group(2), pii, PII[m.group(1)]
        else:
            code, txt, dest, lab = m.group(3), m.group(4), keep, KEEP[m.group(3)]
        dest.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for k, src in enumerate(T):
        text, pii, keep = parse(src)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, k
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (k, s)
            assert s["text"] == s["text"].strip() and s["text"], (k, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (k, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, k
        rows.append({"id": "ho32-%04d" % k, "text": text, "pii": pii, "keep": keep})
    assert len(set(r["text"] for r in rows)) == len(rows)
    with open(os.path.join(here, "heldout32.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows) / len(rows)
    print(len(rows), "texts; avg words %.1f" % words)
    print(
        "pii",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share %.2f" % (pc["person"] / sum(pc.values())),
    )
    print("keep", dict(kc))


if __name__ == "__main__":
    main()
