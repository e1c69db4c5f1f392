T += [
    """Intake schuldhulp [[d:15-04-2025]] - terugkoppeling aan SWT
Beste [[p:Ingrid]],
Vandaag intake gehad met dhr. [[p:Tesfay Gebremedhin]] (dossier SHV [[n:SHV-2025-1872]]). Schuldenoverzicht compleet dankzij jullie voorwerk: 7 schuldeisers, totaal € 6.240. Hij komt in aanmerking voor een minnelijk traject. Nog nodig: kopie huurcontract en bankafschriften 3 maanden van [[i:#plain]]. Wil jij dat met hem oppakken?
Met vriendelijke groet,
[[p:Bas Verhoeven]], {{r:schuldhulpverlener}}, {{o:Gemeente Den Haag}}
T [[t:14070]] | [[e:b.verhoeven@denhaag.nl]]""",
    """[[p:Kwame]]: [[p:Yassin]] had vandaag eerste dag bij {{o:Gewoon Doen Werkt}}, de begeleider ([[p:Marco]]) zegt dat hij goed meedoet. moeder [[p:Khadija]] huilde van blijdschap aan de telefoon 🥲""",
    """Tel. [[d:9-4]] [[p:Youssef]] ↔ mw. [[p:Mei Ling Chen]]
HH is gestart, mw. tevreden over hulp ([[p:Anouk]]). Ze vroeg wel of de hulp ook kan helpen met 'die brieven'. Nee, uitgelegd dat Servicepunt XL in {{w:Transvaal}} een formulierenbrigade heeft op woensdag. Dochter [[p:Xiu Chen]] belde later ook ([[t:010-4129 336]]) om te bedanken. Evaluatie [[d:9 mei]].""",
    """Notitie toestemming casusles - dhr. [[p:R. Pinas]]
Datum: [[d:vrijdag 4 april 2025]]   Opgesteld door: [[p:Sanne Roos]]
Dhr. is uitgelegd wat een casusles is en dat deze op het pilotplatform komt voor professionals van andere wijkteams, thema bemoeizorg. Hij stelde voorwaarden: geen straat, geen beschrijving van zijn flat, niet vermelden dat hij muzikant was. Akkoord. Hij tekende in bijzijn van SPV [[p:Mahabier]]. Formulier gescand onder dossiernr. [[n:2025-00913]]. Dhr. mag toestemming altijd intrekken via [[t:070-752 8000]] of [[e:swt.transvaal@denhaag.nl]].""",
    """Van: [[e:ingrid.hoogendoorn@xtra.nl]]
Aan: [[e:voedselbank.laak@voedselbankhaaglanden.nl]]
Onderwerp: verlenging [[p:Gebremedhin]] / klantnr [[n:VB-LK-3402]]

Goedemiddag [[p:Wilma]],
De toelating van dhr. [[p:Gebremedhin]] loopt af op [[d:30-6-2025]]. Schuldhulp is inmiddels gestart (minnelijk), dus we vragen verlenging met 3 maanden. Nieuwe budgetberekening in de bijlage.
Groet, [[p:Ingrid]]""",
    """dagnotities [[p:aylin]] [[d:10/04]]
- mw [[p:popescu]]: budgetcursus gemist, kind ziek. nieuwe datum
- [[p:kowalczyk]]: beide aanwezig bij cursus, [[p:marcin]] heel actief
- [[p:visser]]: aanmelding SHV verstuurd, ontvangstbevestiging [[n:SHV-2025-1901]]
- dhr [[p:tavares]]: energietoeslag aangevraagd, BSN [[b:#plain]] bij aanvraag gezet, hij heeft zelf getekend""",
    """Huisbezoek [[d:11 april]] - dhr. [[p:Ionescu]], [[a:Jan Blankenstraat 66-hs]], [[p:Daan]] + [[p:Erik Koster]]
Woning opgeruimd (!). Dhr. zegt dat hij minder drinkt, 'alleen in het weekend'. Hij heeft een proefplaatsing bij een schoonmaakbedrijf via {{o:Werkgeversservicepunt}}. Met buurvrouw [[p:Amrani]] is het gesprek bij buurtbemiddeling goed gegaan; ze groeten elkaar weer. Afschalen naar 1x per maand contact. Dhr. nummer gewijzigd: [[t:06 1209 7733]].""",
    """[[p:Marieke]]: wie kent iemand bij {{o:Florence}} {{w:Mariahoeve}}? mw [[p:Bakker]] ligt daar nu, revalidatie. wil graag dat ze de koffieochtend niet vergeten als ze terug is 🙂
[[p:Priya]]: [[p:Esther Baldewsingh]] is daar {{r:specialist ouderengeneeskunde}}, ik app je haar nr""",
    """Intake [[d:14-4-2025]] - [[p:Priya]] ({{r:wijkverpleegkundige}})
Dhr. [[p:Cor Koster]] (78), [[a:Reitzstraat 21-III]], [[c:2572 TM]], aangemeld door zijn huisarts. Weduwnaar, COPD, rookt. Slecht ter been, komt niet meer buiten. Zoon [[p:Peter]] woont in Almere, bellen [[t:036-5214478]]. Dhr. wil per se thuis blijven.
(NB: geen familie van onze wijkagent [[p:Koster]], nagevraagd.)
Plan: thuiszorg via {{o:Vitaal Thuis}}, Wmo-aanvraag maaltijdservice, welzijnscoach voor contact.""",
    """Mailtje [[p:Daan]] → [[p:Sanne]]: conceptles [[p:Warsame]] gelezen. Zinnetje 'de oudste dochter [[p:Ifrah]] van 12' moet eruit, en de datum van de melding ([[d:17 februari]]) ook. Verder sterk! Kun je 'Hoefkade' weghalen? Straat zonder nummer is geen persoonsgegeven maar in deze casus wel herkenbaar.""",
    """Tel. [[d:15 april]] 10:30 [[p:Ingrid]] met dhr. [[p:Asante]]
Dhr. opgewekt, heeft werk gevonden als magazijnmedewerker (0-urencontract). Bewindvoerder is ingelicht. Vraagt of hij de Voedselbank kan stoppen. Ja, ik meld af, klantnr [[n:VB-LK-2977]]. Vriendin [[p:Abena]] gaat bij hem wonen op [[a:Pretoriusstraat 88]], heeft gevolgen voor toeslagen. Doorverwezen naar Belastingdienst/Formulierenbrigade.""",
    """App [[d:16-4]]
[[p:Youssef]]: urgentie dhr [[p:al-khatib]] toegekend!! woning in {{w:Bouwlust}}, begane grond, sleutel [[d:1 mei]]
[[p:Priya]]: yesss. dan medicatie-bezorgadres wijzigen
[[p:Youssef]]: nieuw adres [[a:Melis Stokelaan 1802]], [[c:2541 GH]]
[[p:Kwame]]: verhuisbus via {{o:Leger des Heils}}?""",
    """Overdracht bij afwezigheid [[p:Priya]] ([[d:17-4 t/m 28-4]])
- dhr. [[p:C. Koster]]: thuiszorg 2x per dag gestart. Zoon [[p:Peter]] komt [[d:22 april]].
- mw. [[p:Martina]]: wacht op woningaanbod, tijdelijk [[a:Delftselaan 88]]. Hulpmiddelenleverancier belt op [[t:088-0123 456]].
- dhr. [[p:Al-Khatib]]: verhuizing [[d:1-5]], apotheek geïnformeerd.
- mw. [[p:Bakker]]: in revalidatie, [[p:Marieke]] volgt.
Vragen: [[p:Daan]] of [[p:Marieke]].""",
    """Huisbezoek [[d:17 april 2025]] mw. [[p:Hodan Warsame]], [[p:Sanne]]
Mw. vertelde dat ze zich veiliger voelt sinds het contactverbod. Ze doet een cursus bij {{o:Stichting Mooi}} en wil gaan werken. Kinderen [[p:Ifrah]], [[p:Abdi]] en [[p:Sagal]] gaan goed op school, alleen Abdi is nog bang 's nachts. {{r:Jeugdconsulent}} van CJG ([[p:Mirjam]]) komt 2x per maand. Nieuw telnr mw.: [[t:06-52 48 19 06]].""",
    """[[p:Marieke]] → team: mw [[p:Ramsaran]] vond proefdag dagbesteding 'best gezellig' en gaat 2 ochtenden per week (di/do). [[p:Ravi]] ontlast, hij mailt bedankje: [[e:r.ramsaran@ziggo.nl]]. Mantelzorgwaardering aangevraagd voor hem.""",
    """Kort verslag telefoontje [[d:22/04]] met verhuurder dhr. [[p:G. Oudshoorn]] ([[t:06-53 81 20 44]]), [[p:Aylin]]
Dhr. wil afzien van incasso als er vóór [[d:1 juni]] een regeling is. Hij noemde mw. [[p:Visser]] 'een nette huurster, maar dit kan niet zo'. Ik heb uitgelegd dat SHV bezig is. Hij wil schriftelijke bevestiging op [[e:oudshoorn.verhuur@kpnmail.nl]].""",
    """ingrid [[d:23/4]]: [[p:tesfay]] vandaag 1e afspraak bij schuldhulp gehad met [[p:bas]], hij was nerveus maar trots. neef [[p:yonas]] ging mee. volgende stap budgetbeheer via [[n:SHV-2025-1872]]. ik blijf nog 2 mnd betrokken""",
    """[[p:Daan]] 11:02: reminder casuslessen moeten vr [[d:25 april]] op het platform. [[p:Sanne]] heeft de drafts. Iedereen die er iets in terugziet (naam, straat, datum): graag vóór donderdag melden!
[[p:Sanne]] 11:10: draft 1 staat in teams-map, titel 'HG - veiligheid eerst'. draft 2 volgt vanavond""",
    """Overdracht naar {{o:Haagse Wijk- en Woonzorg}}: dhr. [[p:Manuel Tavares]], [[a:Wouwermanstraat 12-1]], [[c:2525 RX]], geb. [[d:14-06-1953]], tel [[t:070-380 47 12]]. Dhr. accepteert inmiddels 1x per week bezoek van vrijwilliger [[p:Joaquim]] (ook Kaapverdiaans). Energietoeslag toegekend. Verder geen acute vragen. Contactpersoon: dochter [[p:Nélia Tavares]], [[e:nelia.tavares@sapo.pt]].""",
    """Evaluatie [[d:24 april]] mw. [[p:Chen]] + [[p:Youssef]]: HH prima, brieven CJIB opgelost via betalingsregeling (CJIB-kenmerk [[n:1234 5678 9012 3456]]). Mw. gaat naar de Chinese ouderengroep op zaterdag, contact via mw. [[p:Wang]] ([[t:06-2240 8811]]). Casus afsluiten per [[d:1-5-2025]].""",
]
