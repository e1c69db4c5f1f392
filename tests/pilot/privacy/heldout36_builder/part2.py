T += [
    # 16 Marieke list
    """Ouderen - stand van zaken wk 11 ([[p:Marieke Koster]], {{r:ouderenconsulent}})
* mw [[p:Bakker]] - alarmering geregeld, HH via {{o:Wmo-loket}} in behandeling
* dhr [[p:Jan-Willem Roos]] (89) - dementie? casemanager dementie ([[p:Femke]], {{o:Florence}}) ingeschakeld
* mw [[p:Ramsaran]] - mantelzorger ([[p:Ravi]], zoon) overbelast, respijtzorg bespreken
* echtpaar [[p:De Groot]] - verhuizing naar {{o:Saffier}} locatie? wachtlijst
* dhr [[p:Tavares]] ([[a:Wouwermanstraat 12-1]]) - wil niks, ook geen koffie. Toch 1x p/mnd aanbellen.""",
    # 17 phone note GGZ
    """Telefoon [[d:13-03]] [[p:Sanne]] ↔ {{o:Parnassia}}, {{r:SPV}} [[p:Robin Mahabier]] ([[t:088-357 16 00]], toestel 4471)
Besproken: dhr. [[p:Pinas]], °[[d:09-04-1972]]. Was tot 2023 in zorg bij FACT-team, uitgeschreven na no-shows. Nu weer paranoïde trekjes volgens buren, belt veel naar wijkteam. Robin: zonder verwijzing huisarts geen nieuw traject, maar wel consult mogelijk bij gezamenlijk huisbezoek. Afspraak gepland [[d:woensdag 19 maart]] om 10.00u, [[a:Hoefkade 412]]. Ik vraag vooraf huisarts ([[p:Dr. Lachman]]) om toestemming/info, cliënt weet ervan.""",
    # 18 chat
    """[[p:Aylin]] 14:02: kredietbank heeft dossier [[p:Kowalczyk]] geaccepteerd 🎉 kenmerk [[n:KBH/25/00412]]
[[p:Ingrid]] 14:05: goed nieuws! wie vertelt het ze?
[[p:Aylin]] 14:05: ik bel [[p:Agnieszka]] zo, ze werkt tot 3""",
    # 19 intake Syrian
    """Intakeverslag [[d:14 maart 2025]]
Naam: dhr. [[p:Mahmoud Al-Khatib]]   Geb.: [[d:2-2-1966]]   BSN: [[b:#space]]
Adres: [[a:Rijswijkseweg 3 bis]], [[c:2516 EK]]   Tel: [[t:06-2500 7713]]
Gesproken met: dhr. en zijn dochter [[p:Lina]] (tolkt).
Situatie: dhr. woont sinds 2019 in NL, vrouw overleden in 2022. Diabetes, slecht ter been. 4-hoog zonder lift. Vraag: andere woning (urgentie?) en hulp bij medicatie. Lina woont in {{w:Ypenburg}} en heeft 2 kleine kinderen, kan niet dagelijks komen.
Acties: [[p:Priya]] medicatierol via apotheek; [[p:Youssef]] urgentieaanvraag medisch via {{o:Gemeente Den Haag}}.""",
    # 20 short message to team
    """Team, even ter info: mw. [[p:Rahimi]] heeft vanaf [[d:24 maart]] taalles bij {{o:Bibliotheek Den Haag}} in {{w:Schilderswijk}}, ma+wo ochtend. [[p:Zahra]] is ingeschreven bij de sportclub via {{o:Sportsupport}}. Groet, [[p:Kwame]]""",
    # 21 home visit with GGZ
    """Gezamenlijk huisbezoek SWT/{{o:GGZ}} - [[d:wo 19-3-25]]
[[p:Sanne Roos]] ({{r:maatschappelijk werker}}), [[p:Robin Mahabier]] ({{r:SPV}}), cliënt dhr. [[p:Ronald Pinas]].
Dhr. liet ons na 10 min binnen. Gordijnen dicht, aluminiumfolie op ramen. Vertelt dat buurman [[p:Kerem Aydın]] (van hiernaast) hem 'afluistert via de meterkast'. Wel goed georiënteerd, eet, verzorgd. Geen acuut gevaar volgens Robin. Dhr. wil wel 'iemand om mee te praten, maar geen pillen'. Afspraak: Robin komt volgende week terug, Sanne vraagt huisarts om verwijzing basis-GGZ. Zus van dhr., [[p:Marlène Pinas]], wordt met toestemming gebeld ([[t:06 - 18 44 39 20]]).""",
    # 22 Voedselbank follow up email
    """Hoi [[p:Wilma]],
Dank voor de snelle reactie op de aanvraag voor mw. [[p:S. Popescu]]. Ze kan vanaf donderdag [[d:20-03]] terecht op de uitgifte in de {{o:Pauluskerk}}. Klantnummer [[n:VB-LK-3318]] heb ik doorgegeven. Ze neemt haar ID en het beslissingsformulier mee. Als er iets schort mag je mij bellen, [[t:06-19 22 74 03]].
Groet,
[[p:Aylin]]""",
    # 23 daily log Youssef abbreviations
    """[[d:17/3]] YB
- hb dhr [[p:Al-Khatib]] ivm urgentie, formulier ingevuld, ontbreekt nog verklaring huisarts
- tel mw [[p:Chen]] → HH gestart per [[d:1-4]] via {{o:Tzorg}}
- mail {{o:Haagwonen}} over [[p:El Idrissi]] (contractnr [[n:HW-004417-22]]), betalingsregeling voorstel 75/mnd
- [[p:Naima]] zelf ook gebeld, ok met regeling""",
    # 24 chat evening
    """[[p:Priya]] 19:48: sorry laat, maar mw [[p:bakker]] belde mij privé 😬 heeft iemand haar mijn 06 gegeven?
[[p:Daan]] 19:55: niet ik
[[p:Marieke]] 20:01: oeps misschien ik, stond op het briefje met de alarmering. zal morgen zeggen dat ze het teamnummer [[t:070 - 752 80 00]] moet gebruiken
[[p:Priya]] 20:02: thx, was verder niks ernstigs""",
    # 25 intake Eritrean
    """Intake [[p:Tesfay Gebremedhin]], [[d:18 maart]], door [[p:Ingrid]] en [[p:Kwame]]
Dhr. (29) woont sinds [[d:1 oktober 2024]] in een studio op [[a:Paul Krugerplein 9-C]], [[c:2572 CA]]. Statushouder, werkt 16 u in de schoonmaak. Heeft schulden bij {{o:DUO}} en de zorgverzekeraar, weet niet hoeveel. Post ligt in een doos. Zijn neef [[p:Yonas Habte]] helpt soms maar 'is ook nieuw'. Dhr. wil graag leren zelf zijn geld te regelen.
Plan: samen post ordenen (Kwame), aanmelding Schuldhulp als overzicht klaar is, Taalmaatje. Mail dhr: [[e:tesfaygeb93@gmail.com]].""",
    # 26 email to team re case lesson
    """Van: [[p:Daan de Wit]] <[[e:d.dewit@swt-transvaal.nl]]>
Aan: team
Onderwerp: casuslessen pilot

Hoi allemaal,
Eind van de maand moeten we twee casuslessen op het pilotplatform zetten. Voorstel: (1) mw. [[p:Warsame]] (thema huiselijk geweld, toestemming is er, zie notitie [[p:Sanne]]) en (2) dhr. [[p:Pinas]] (bemoeizorg), als hij instemt. Let op: geen namen, geen straat, geen geboortedatum. Wijk mag wel. Wie wil meeschrijven? Deadline vrijdag [[d:28 maart]].
[[p:Daan]]""",
    # 27 phone call overlast
    """Tel. [[d:18-3-2025]], 16:20, [[p:Daan]]
Melding mw. [[p:Fatma Amrani]] ([[a:Jan Blankenstraat 66-1]], tel [[t:06 1077 3412]]): opnieuw harde muziek van benedenbuurman tot 3 uur 's nachts. Ze is het zat, overweegt te verhuizen. Uitgelegd dat er een traject loopt met dhr. (naam niet genoemd). Zij wil graag een buurtbemiddelingsgesprek. Doorgezet naar {{o:Buurtbemiddeling Den Haag}}, haar toestemming gevraagd voor delen nummer: ja.""",
    # 28 Hindustani mantelzorg
    """Gesprek mantelzorger [[d:19 mrt]] - [[p:Marieke]]
Zoon [[p:Ravi Ramsaran]] (54) zorgt voor moeder [[p:Sushila Ramsaran-Jagessar]] (86), [[a:Hobbemastraat 204B]]. Hij werkt fulltime en slaapt 3 nachten per week bij haar. Zijn vrouw [[p:Anita]] helpt weekend. Ravi: 'ik ben op'. Mw. wil niet naar dagbesteding ('dat is voor oude mensen'). Besproken: respijtzorg, Mantelzorgwaardering, dagbesteding met Hindoestaanse ouderen bij {{o:Stichting Sarnámi}}? Ravi's nr: [[t:06-54 12 88 31]]. Volgende afspraak [[d:2 april]] bij mw. thuis.""",
    # 29 chat quick
    """[[p:Sanne]]: [[p:pinas]] wil meedoen aan casusles als 'niemand weet dat ik het ben' 😅 formulier ligt klaar voor vrijdag""",
    # 30 referral MEE
    """Overdracht naar {{o:MEE}} - [[d:20.03.2025]]
Cliënt: [[p:Yassin El Amrani]], 24 jr, LVB (IQ-indicatie 68, {{o:MEE}} 2021). Woont bij moeder [[p:Khadija]] op [[a:Van Ostadestraat 271]], [[c:2526 AM]].
Hulpvraag: dagbesteding/werk, hulp bij geld. Heeft telefoonabonnementen afgesloten via 'een vriend' ([[p:Mo]]), schuld ca 1.800. Moeder wil bewindvoering aanvragen.
Contact: [[t:06-3388 1290]] (Yassin), [[t:070-389 22 17]] (moeder).
Casusregie blijft bij SWT ([[p:Kwame]]). Verwijsnr. MEE: [[n:MEE-DH-25-0783]].""",
]
