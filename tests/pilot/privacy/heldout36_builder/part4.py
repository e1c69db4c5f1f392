T += [
    """Huisbezoek [[d:27 maart]] fam. [[p:Rahimi]], [[p:Youssef]] met tolk Dari.
Moeder [[p:Farzana]] zit sinds deze week op taalles, vindt het spannend maar leuk. Vader heeft afspraak fysio op [[d:2-4]]. Brief van {{o:Belastingdienst}}: toeslagen worden teruggevorderd, kenmerk [[n:TSL-8812-0034-55]]. [[p:Omid]] had het al gezien maar durfde niets te zeggen. Samen bezwaar opgesteld. Volgende keer [[p:Kwame]] er weer bij.""",
    """[[p:Aylin]] → team: herinnering, de budgetcursus van {{o:Schuldhulpmaatje}} start [[d:dinsdag 8 april]] in {{w:Rustenburg-Oostbroek}}. Ik heb al aangemeld: [[p:Agnieszka]] en [[p:Marcin Kowalczyk]], [[p:Sorina Popescu]]. Wie heeft er nog iemand? Max 12 plekken.""",
    """Telefoon [[d:28-03-25]] 09:15 [[p:Priya]]
Apotheek {{o:Apotheek Transvaal}} ([[t:070-3881199]]): medicatierol dhr. [[p:Al-Khatib]] klaar, wordt vanaf [[d:maandag 31 maart]] wekelijks bezorgd op [[a:Rijswijkseweg 3 bis]]. Insuline blijft hij zelf spuiten, [[p:Lina]] controleert 2x per week. Ik kom [[d:3/4]] samen met haar langs om het te oefenen.""",
    """Overleg met wijkagent + {{o:GGZ}} over mw. [[p:Visser]]? Nee, verkeerd genoteerd: het gaat om dhr [[p:Fisscher]] ([[p:Kees Fisscher]]), [[a:Vermeerstraat 119]]. Meerdere keren politie ivm ruzie met ex [[p:Monique]]. Doorgezet naar {{o:Veilig Thuis}}, vraag [[p:Sanne]] ernaar. - [[p:Daan]], [[d:28 mrt 2025]]""",
    """Caseload [[p:Youssef]] eind maart
1. [[p:Chen]] - HH loopt per [[d:1 april]], sluiten na evaluatie
2. [[p:Al-Khatib]] - urgentie ingediend, reactie binnen 8 weken
3. [[p:El Idrissi]] - regeling ok, nu nog kwijtschelding gemeentelijke belastingen
4. [[p:Rahimi]] - bezwaar toeslagen, inburgering moeder
5. mw. [[p:Lucia Martina]] (nieuw, via [[p:Priya]]) - rolstoel + aanpassing badkamer, [[a:Delftselaan 88]] is tijdelijk
6. dhr. [[p:Hoop]] - scootmobiel aanvraag afgewezen, bezwaar?""",
    """Tel. [[d:31/3]] [[p:Marieke]]
Mw. [[p:Sushila Ramsaran]] zelf gebeld, klonk helder. Ze wil 'misschien' een keer kijken bij de dagbesteding als [[p:Ravi]] meegaat. Afspraak gemaakt voor proefdag [[d:do 10 april]]. Ravi per app geïnformeerd ([[t:06-54128831]]). Hij was blij.""",
    """Bericht aan bewindvoerder [[e:bewind@dekkerbewind.nl]]:
Geachte mevrouw [[p:Dekker]], ik schrijf u over mw. [[p:Khadija El Amrani]] (geb. [[d:30-07-1970]]) en haar zoon [[p:Yassin]]. Moeder wil voor Yassin beschermingsbewind aanvragen bij de kantonrechter. Zou u een intakegesprek willen plannen? Yassin heeft schulden aan telecomaanbieders, ca. € 1.800. Adres: [[a:Van Ostadestraat 271]], [[c:2526AM]] Den Haag. Vriendelijke groet, [[p:Kwame Mensah]], {{r:MEE-consulent}}""",
    """[[p:Ingrid]]: wie heeft het intakeformulier van [[p:Tesfay]] in map gezet? ik kan niet vinden
[[p:Kwame]]: staat onder [[n:SWT-TV-2025-0204]], map 'nieuw maart'
[[p:Ingrid]]: gevonden tnx""",
    """Verslag [[d:1 april 2025]]: gesprek dhr. [[p:Asante]] + bewindvoerder [[p:Van der Meer]] + [[p:Ingrid]] op kantoor {{o:Xtra}}, [[a:Paul Krugerlaan 36]]. Afgesproken: vaste € 50 per maand voor familie in Ghana, op aparte post. Leefgeld naar € 65 per week. Dhr. tekende. Hij vroeg of zijn vriendin [[p:Abena Owusu]] mee mag naar volgende gesprekken: ja. Haar nr [[t:0031 6 39 04 41 72]].""",
    """Intake [[d:2 april]] - mw. [[p:Lucia Martina]], 58, [[p:Priya]] en [[p:Youssef]]
Mw. heeft MS, sinds kort rolstoelafhankelijk. Woonde op [[a:Zuiderparklaan 410]] (3e etage), nu tijdelijk bij zus [[p:Jesenia Martina]]. Vraag: passende woning + hulpmiddelen. Dochter [[p:Sophia]] ([[t:+31 6 2877 0345]]) wil mantelzorger zijn maar werkt in de nachtdienst. Wmo-aanvraag gestart, nummer [[n:WMO-2025-121907]]. BSN mw. [[b:#dots]].""",
    """wijkteam app [[d:2-4]] 
[[p:Sanne]]: [[p:jolanda]] heeft gisteren paniekaanval gehad, jongste belde mij. alles nu ok. ga morgen langs
[[p:Aylin]]: had ik haar financiën al rond? nee nog niet, mis nog loonstrook en brief van [[p:oudshoorn]]
[[p:Sanne]]: ik vraag het morgen""",
    """Huisbezoek mw. [[p:Visser]] [[d:donderdag 3 april]], [[p:Sanne]]
Mw. ziet er moe uit, huis rommelig maar niet vervuild. Jongens op school. Mw. kan loonstroken niet vinden, samen op telefoon in haar werkgeversportaal gekeken. Brief verhuurder [[p:Oudshoorn]] (dreigt met incasso) meegenomen voor [[p:Aylin]]. Mw. is aangemeld bij {{o:Centrum Jeugd en Gezin}} voor [[p:Dylan]], die blowt. Ze vroeg of haar moeder ([[p:Ria Visser]], woont in {{w:Moerwijk}}) mag helpen met koken: natuurlijk.""",
    """Aanmelding schuldhulpverlening
Cliënt: mw. [[p:J.M. Visser]], geb. [[d:11-02-1980]]
Adres: [[a:Stuyvesantstraat 33]], [[c:2572 TW]] 's-Gravenhage | tel [[t:06 41 27 96 55]]
BSN [[b:#space]] | IBAN [[i:#space]]
Schuldeisers: verhuurder (2 mnd huur), {{o:Eneco}}, {{o:CZ}}. Totaal ca € 4.300.
Situatie: ziektewet, burn-out, 2 minderjarige kinderen. Risico huisuitzetting.
Verzoek: voorrang i.v.m. dreigende ontruiming.
Aanmelder: [[p:A. Doğan]], SWT {{w:Transvaal}}, [[e:a.dogan@xtra.nl]]""",
    """[[p:Priya]] 07:55: mw. [[p:Bakker]] opgenomen in {{o:HMC Westeinde}} vannacht, weer gevallen. dochter belde. [[p:Marieke]] jij had deze week afspraak, die kan eraf""",
    """Notitie [[d:4-4-2025]] [[p:Marieke]]: bezoek ziekenhuis mw. [[p:Bakker]]. Heupfractuur, wordt geopereerd. Transferverpleegkundige [[p:Lotte Janssen]] ([[t:088 979 7900]]) zoekt revalidatieplek, waarschijnlijk {{o:Florence}} Mariahoeve. Dochter [[p:Roos]] en buurman [[p:de Hoop]] geïnformeerd. Sleutel bij buurman ([[a:Paul Krugerlaan 142]]).""",
    """Tel. [[d:7 april]] [[p:Daan]] met {{o:Veilig Thuis}} ([[p:Nadia]]): melding [[p:Fisscher]] in behandeling onder [[n:VT/2025/0377]]. Ex-partner [[p:Monique Brink]] woont inmiddels bij haar moeder in {{w:Leidschenveen}}. VT neemt regie, wij houden contact met dhr. voor zijn woonsituatie en werk.""",
    """casusoverleg [[d:8/4]] (kort)
aanwezig: [[p:daan]], [[p:sanne]], [[p:ingrid]], [[p:kwame]], [[p:youssef]], [[p:priya]], [[p:aylin]], [[p:marieke]]
- [[p:warsame]]: ex heeft contactverbod, mw gaat goed. casusles wordt geschreven door [[p:sanne]] + [[p:daan]]
- [[p:pinas]]: toestemming getekend [[d:4-4]], casusles sanne
- [[p:ionescu]]: stabiel, afschalen
- [[p:gebremedhin]]: voedselbank loopt, schuldhulp intake [[d:15 april]]""",
]
