T += [
    # 1 Ingrid caseload list
    """Caseload [[p:Ingrid]] per [[d:maandag 3 maart]]
1. [[p:El Idrissi]], [[p:Naima]] (41) - huurachterstand {{o:Haagwonen}}, 3 mnd. Wacht op reactie {{o:Kredietbank}}.
2. mw. [[p:Visser]] - eenzaamheid, valt vaak. Samen met [[p:Priya]] oppakken.
3. dhr. [[p:Tesfay Gebremedhin]] - statushouder, post stapelt op. Taalmaatje via {{o:Humanitas}} aangevraagd.
4. [[p:Hodan Warsame]] + 3 kids - overlast boven (buurman [[p:Dekker]]). Contact {{o:CJG}} loopt.
5. fam. [[p:Kowalczyk]] - inkomen weg sinds ontslag. Zie [[n:SWT-TV-2025-0117]].
Rest ongewijzigd. Vr overdracht met [[p:Daan]].""",
    # 2 intake note Youssef
    """Intake {{w:Transvaal}}, [[d:04-03-2025]], [[p:Youssef]] ({{r:Wmo-adviseur}})
Cliënt: mw. [[p:Mei Ling Chen]], geb. [[d:17-08-1958]], [[a:Kritzingerstraat 41-hs]], [[c:2572 SB]] Den Haag. Tel [[t:06-41 83 27 09]].
Aanmelding via huisarts dr. [[p:Boukhari]]. Mw woont alleen sinds overlijden echtgenoot, dochter [[p:Xiu]] woont in Rotterdam en komt 1x per maand. Vraag: hulp bij huishouden + iemand die meekijkt met post. Mw spreekt redelijk Nederlands, schaamt zich voor brieven van {{o:CJIB}}. Toestemmingsverklaring getekend. Vervolg: huisbezoek met ouderenconsulent.""",
    # 3 group chat
    """[09:12] [[p:Kwame]]: iemand vandaag tijd voor dhr [[p:pinas]]? hij belde 3x, klinkt niet goed. nummer staat in dossier maar is ook [[t:0687654321]]
[09:14] [[p:Sanne]]: ik zit tot 12 bij {{o:Parnassia}}, daarna kan ik bellen
[09:15] [[p:Kwame]]: top thx. hij zegt dat zijn uitkering op [[d:1/3]] niet binnen is gekomen
[09:20] [[p:Aylin]]: dat is {{o:SZW}} denk ik, ik check even in het systeem""",
    # 4 phone note
    """Tel. notitie [[d:di 4/3]] - [[p:Priya Ramautar]], {{r:wijkverpleegkundige}}
Gebeld door dochter van mw. [[p:Bakker]], [[p:Roos Bakker]] ([[t:06 2931 4478]]). Moeder ([[p:Gerda Bakker]], 84) is vannacht gevallen, niet naar SEH gewild. Roos maakt zich zorgen, woont zelf in Zoetermeer en kan niet elke dag. Afgesproken: ik ga morgenochtend langs op [[a:Paul Krugerlaan 140a]]. Alarmering nog niet aangevraagd; wel besproken met [[p:Marieke]] wat de mogelijkheden via de {{o:Wmo}} zijn.""",
    # 5 email bewindvoerder
    """Aan: [[e:j.vandermeer@bewindvoeringhaaglanden.nl]]
Onderwerp: dhr. [[p:A. Asante]], geb. [[d:12-11-1979]] - leefgeld

Geachte heer [[p:Van der Meer]],

Namens het {{o:sociaal wijkzorgteam}} {{w:Transvaal}} neem ik contact met u op over uw cliënt, de heer [[p:Kofi Asante]] ([[a:Pretoriusstraat 88]]). Hij geeft aan dat het leefgeld van deze week niet is overgemaakt op zijn rekening [[i:#space]]. Hij heeft geen eten meer in huis. Kunt u nagaan wat er is gebeurd? Hij is zelf slecht bereikbaar, maar wel via mij op [[t:070-353 4412]].

Met vriendelijke groet,
[[p:Ingrid Hoogendoorn]]
{{r:maatschappelijk werker}}, {{o:Xtra}}""",
]
T += [
    # 6 Voedselbank request
    """Aanvraag {{o:Voedselbank Haaglanden}} - uitgiftepunt {{w:Laak}}
Verwijzer: [[p:Aylin Doğan]], {{r:welzijnscoach}}, {{o:Xtra}}, [[t:06-19 22 74 03]], [[e:a.dogan@xtra.nl]]
Aanvrager: [[p:Sorina Popescu]], [[d:03-06-1991]]
Adres: [[a:Kempstraat 17-2]], [[c:2572GG]] 's-Gravenhage
Huishouden: 1 volw., 2 kinderen (4 en 7 jr)
Inkomen: ANW-uitkering + toeslagen, totaal ca € 1.420 p/m. Vaste lasten € 1.190. Leefgeld dus ruim onder de norm.
Toelichting: mw. is in januari 2025 gescheiden, partner [[p:Mihai]] betaalt geen alimentatie. Schuldhulp loopt (dossier [[n:GKB-2025-03391]]).
Graag uitgifte op donderdag i.v.m. werk.""",
    # 7 quick lowercase notes Kwame
    """wo 5-3 aantekeningen kwame
- mw [[p:dimitrova]] niet thuis, briefje in bus. buurvrouw (fam. [[p:ouali]]) zegt dat ze naar bulgarije is?? navragen bij zoon [[p:stefan]]
- dhr [[p:popal]] (afghaans, 67) gesproken op het plein, wil wel naar de koffieochtend in {{o:wijkcentrum Transvaal}}
- [[p:yassin el amrani]] terugbellen ivm MEE-traject, [[t:06-3388 1290]]
- om 15u overleg met [[p:Daan]] over [[p:hodan]]""",
    # 8 home visit with wijkagent
    """Verslag gezamenlijk huisbezoek [[d:6 maart 2025]]
Aanwezig: [[p:Daan de Wit]] ({{r:casusregisseur}}), wijkagent [[p:Erik Koster]], cliënt dhr. [[p:Nicolae Ionescu]].
Adres: [[a:Jan Blankenstraat 66-hs]]
Aanleiding: meerdere meldingen overlast (geluid, drank op portiek) via {{o:Haagwonen}} en melding van buurvrouw mw. [[p:Amrani]] op [[d:28 februari]]. Dhr. was aanspreekbaar, licht onder invloed. Erkent dat hij sinds het verlies van zijn baan bij een uitzendbureau 'de weg kwijt' is. Woning vervuild, koelkast leeg. Dhr. wil hulp bij werk en geld, geen hulp bij drinken. Afspraak: Daan meldt aan bij {{o:Schuldhulpverlening Den Haag}}, [[p:Erik]] houdt contact met de buren. Evaluatie over 3 weken.""",
    # 9 chat
    """[[p:Marieke]] 10:41: wie heeft het mobiele nr van [[p:Sophia Martina]]? mijn lijst zegt [[t:06 51 47 22 90]] maar die is afgesloten
[[p:Priya]] 10:43: ze heeft nieuw nummer, [[t:+31 6 2877 0345]]
[[p:Marieke]] 10:43: 👍 dankje
[[p:Priya]] 10:44: en ze woont nu bij haar zus [[p:Jesenia]] op [[a:Delftselaan 88]], tijdelijk""",
    # 10 schuldhulp referral
    """Aanmelding {{o:Schuldhulpverlening}} (SHV) - via SWT {{w:Transvaal}}
Datum aanmelding: [[d:07.03.2025]]
Naam: [[p:Marcin Kowalczyk]]   Partner: [[p:Agnieszka Kowalczyk-Nowak]]
BSN cliënt: [[b:#dots]]   BSN partner: [[b:#plain]]
Adres: [[a:Vaillantlaan 301]], [[c:2526 HT]]
Tel: [[t:0612 934 781]]
Rekening: [[i:#plain]]
Schulden (indicatie): huur ca 2.600, zorgverzekering 1.100, energie 900, telefoon 450. Geen beslag bekend.
Motivatie: hoog; beide bereid budgetcursus te volgen. Dhr werkt sinds kort weer 24u bij een distributiecentrum.
Contactpersoon wijkteam: [[p:Aylin]]""",
    # 11 consent note
    """Notitie toestemming casusles - [[p:Sanne Roos]], [[d:10-3-2025]]
Vandaag met mw. [[p:Hodan Warsame]] besproken of haar situatie (anoniem) als casusles gebruikt mag worden binnen de pilot 'Samen werken in het sociale domein', thema huiselijk geweld. Uitgelegd dat naam, adres, kinderen en alles wat haar herkenbaar maakt eruit gaat. Mw. vroeg of haar ex [[p:Abdirahman]] het kan lezen; nee, het platform is alleen voor professionals. Mw. gaf mondeling toestemming, formulier getekend, gescand in dossier [[n:2025-00871]]. Tolk via telefoon (Somalisch), tolknr. niet nodig in verslag.""",
    # 12 Priya home visit note
    """Huisbezoek [[d:ma 10 maart]] mw. [[p:G. Bakker]], [[a:Paul Krugerlaan 140a]]
Mw. lag op de bank, pijn li heup, kan lopen met rollator. Huisarts (dr. [[p:Vos]], praktijk [[t:070 - 388 12 45]]) gebeld, komt vanmiddag. Voeding matig, koelkast bijna leeg. Dochter [[p:Roos]] komt woensdag. Buurman [[p:Henk de Hoop]] doet boodschappen maar 'wil er niet altijd voor opdraaien'. Personenalarmering aangevraagd, Wmo-melding huishoudelijke hulp ingediend ([[n:WMO-2025-118834]]).
Voor [[p:Marieke]]: kan zij mw. meenemen in de ouderengroep op dinsdag?""",
    # 13 intake Afghan family
    """Intake [[d:11 mrt]]. [[p:Youssef]] + [[p:Kwame]]
Gezin [[p:Rahimi]]: vader [[p:Abdul Wahid Rahimi]] (52), moeder [[p:Farzana]] (46), zoon [[p:Omid]] (19), dochter [[p:Zahra]] (14). Wonen sinds [[d:1 december 2024]] op [[a:Van der Vennestraat 45-II]], [[c:2525 CT]].
Vader rugklachten, geen werk, moeder geen Nederlands. Omid tolkt, maar moet zelf naar zijn MBO. Brieven {{o:IND}} en {{o:Belastingdienst}} liggen ongeopend. Vraag: hulp bij administratie, taalles moeder, iets voor Zahra na school (sport?).
Afspraken: [[p:Kwame]] regelt vrijwilliger {{o:VluchtelingenWerk}}, [[p:Youssef]] kijkt naar inburgering moeder. Zahra → {{o:CJG}}.""",
    # 14 short chat
    """[[p:Daan]]: overleg met {{o:Veilig Thuis}} over [[p:W.]] verzet naar do 14u. melding staat onder [[n:VT-2025-0219]]""",
    # 15 phone note bewind
    """Tel [[d:12/03]] 11:05 - [[p:Ingrid]]
Teruggebeld door bewindvoerder mr. [[p:J. van der Meer]] ([[t:088-2401 550]]). Leefgeld van dhr. [[p:Asante]] is wel overgemaakt maar op oude rekening, nieuwe rekening is nog niet geverifieerd. Hij zet vandaag € 60 noodgeld over. Dhr. moet nieuw IBAN nog bevestigen met kopie bankpas. Ik heb dhr. gebeld ([[t:06-4412 0098]]), geen gehoor, sms gestuurd. Morgen langs op [[a:Pretoriusstraat 88]] als ik niets hoor.""",
]
