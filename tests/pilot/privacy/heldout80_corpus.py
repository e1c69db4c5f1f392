#!/usr/bin/env python3
"""Held-out test corpus 80: six weeks (3 Feb - 14 Mar 2025) in the life of one
sociaal wijkzorgteam in Den Haag (SWT Moerwijk, Escamp), in all its registers.

Texts are written with inline markup:
  [[code:span]]  personal data (pii)   codes: p person, bsn, tel phone, mail email,
                                              iban, pc postcode, adr address, d date, dos dossier
  {{code:span}}  context to keep        codes: w wijk, o org, r role
The markup is stripped programmatically, so offsets are right by construction.
Running this script (python3, stdlib only) writes heldout80.jsonl next to itself.
"""

import json
import os
import re

T = []
T += [
    # ---------- week 1: ma 3 feb - vr 7 feb 2025 ----------
    """[[[d:03-02-2025]] 07:52] [[p:Esther Koster]]: Goeiemorgen team! Herinnering: om 9.00 weekstart in de grote zaal van het wijkcentrum, NIET bij het {{o:Servicepunt XL}}, daar wordt geverfd.
[[[d:03-02-2025]] 07:58] [[p:Roos van Dijk]]: kom iets later, eerst oogdruppels bij mw [[p:zomer]] 🙈
[[[d:03-02-2025]] 08:03] [[p:Mo]]: 👍 koffie meenemen?
[[[d:03-02-2025]] 08:04] [[p:Esther Koster]]: Graag! En [[p:Jeroen]], wil jij de lijst met {{o:Staedion}}-zaken meenemen?
[[[d:03-02-2025]] 08:11] [[p:Jeroen Bakker]]: Staat klaar. Zijn er 7 deze maand, ik hoop dat het er niet meer worden""",
    """INTAKE – aangemeld via {{r:huisarts}} [[p:Rahimi]] ({{o:Huisartsenpraktijk Moerwijk}})
Datum intake: ma [[d:3 februari 2025]]
Cliënt: dhr. [[p:A. Ouali]] (54), [[adr:Dedemsvaartweg 45-II]], [[pc:2531 HD]] Den Haag
Tel: [[tel:06-41923770]]
Aanwezig: cliënt, echtgenote [[p:Naima]], [[p:Mo El Idrissi]] ({{r:maatschappelijk werker}}) en ondergetekende.
Hulpvraag: "ik slaap niet meer van de brieven". Huurachterstand bij {{o:Staedion}} van ruim 4 mnd (€ 3.412), deurwaarder geweest voor de zorgverzekering. Dhr. werkte 22 jaar als chauffeur, sinds een ongeval in 2022 gedeeltelijk arbeidsongeschikt. Somber, piekert, eet slecht. Zoon [[p:Bilal]] (19) helpt met de post maar schaamt zich ervoor.
Toestemmingsverklaring getekend. Vervolg: aanmelding {{o:Schuldhulpverlening}} via [[p:Jeroen]], {{r:POH-GGZ}} bij de {{r:huisarts}} vragen.
[[p:Esther]] ({{r:casusregisseur}})""",
    """[[d:03-02-2025]] 10:40 | [[p:R. van Dijk]] ({{r:wijkverpleegkundige}})
Mw [[p:Zomer]] vanochtend niet aangekleed aangetroffen, dacht dat het zondag was. Medicijnrol van za en zo nog dicht. Pillen samen ingenomen. Koelkast: 3 pakken melk over datum. Dochter [[p:Marjolein]] gebeld ([[tel:06-24871936]]), zij komt woensdag langs. Mw. vertelt weer over haar man [[p:Gerrit]] "die zo thuiskomt van de zaak" (overl. 2019). Advies: {{r:casemanager dementie}} inschakelen, HA op de hoogte brengen. Zie ook notitie van [[d:27-1]].""",
    """Van: [[mail:j.bakker@denhaag.nl]]
Aan: [[mail:n.bouzian@staedion.nl]]
Onderwerp: Huurachterstand klantnr. [[dos:30019845]] – verzoek procedure aan te houden

Beste [[p:Nadia]],

Zoals vanmiddag telefonisch besproken: het {{o:sociaal wijkzorgteam Moerwijk}} begeleidt sinds deze week de heer [[p:Ouali]] ([[adr:Dedemsvaartweg 45-II]]). We melden hem aan bij {{o:Schuldhulpverlening}} en verwachten binnen vier weken een stabilisatieplan. Kunnen jullie de overdracht aan de deurwaarder in elk geval tot [[d:14 maart]] aanhouden? Dhr. wil per [[d:1 maart]] de lopende huur via automatische incasso laten afschrijven van [[iban:NL91 RABO 1061 6036 65]].

Met vriendelijke groet,
[[p:Jeroen Bakker]]
{{r:schuldhulpverlener}} | {{o:SWT Moerwijk}}
T [[tel:06-51284027]]""",
    """AANMELDFORMULIER SOCIAAL WIJKZORGTEAM
Naam aanmelder: [[p:F. Jansen]], {{r:POH-GGZ}} {{o:Gezondheidscentrum Escamp}}
Tel. aanmelder: [[tel:070 - 329 44 10]]
Naam cliënt: [[p:Mirwais Sultani]]
Geboortedatum: [[d:11-07-1986]]
BSN: [[bsn:8445.99.050]]
Adres: [[adr:Meppelweg 310]]
Postcode: [[pc:2544EP]]
Telefoon: [[tel:0685204117]]
Reden aanmelding: PTSS-klachten, slaapt slecht, vrouw en kinderen nog in Pakistan, gezinshereniging vastgelopen. Geen daginvulling, wil graag werken.
Toestemming cliënt: ja, mondeling ([[d:31-01-2025]])""",
    """Huisbezoek dhr. [[p:H. de Jong]], [[adr:Oudemansstraat 77]] – di [[d:4 feb]]
Samen met [[p:Dewi]] ({{r:welzijnscoach}}). Aanleiding: melding van buurvrouw mevrouw [[p:Baldewsingh]] over stank in het trappenhuis en vliegen. Dhr. deed na 3x aanbellen open, bleef in de deuropening staan. Hal vol kranten en tassen, pad van ong. 40 cm. Dhr. is helder, beleefd, zegt "ik red me prima". Geen verwarming aan, hij zit in zijn jas. Hij wil niet dat {{o:Haag Wonen}} binnenkomt. Wel bereid om donderdag met [[p:Dewi]] koffie te drinken bij de bakker op de hoek. Kleine stap, maar we nemen hem.""",
    """To do ma [[d:3/2]] – [[p:Priya]]
- Wmo-aanvraag [[p:Jagessar]] afmaken (traplift + douchestoel), nr [[dos:WMO-25-01873]]
- terugbellen [[p:Shanti]] vóór 12u!! [[tel:070-3971482]]
- indicatie hulp bij huishouden mw [[p:Mulder]] verlengen, loopt af [[d:28-02]]
- {{o:Wmo-loket}}: vragen waarom aanvraag [[p:Chen]] nog niet in behandeling is
- mail aan [[p:Marco]] over de pilot-uren
- boodschappen!! (niet voor werk haha)""",
    """Dossier [[dos:SWT-MW-2025-0031]] – journaal
[[d:4-2-2025]] tel. contact met [[p:Marjolein Zomer]] (dochter). Zij maakt zich zorgen, moeder belde haar zondagnacht om 3 uur omdat "er mannen in de tuin stonden". [[p:Marjolein]] woont in Zoetermeer, werkt fulltime, kan niet vaker dan 1x per week komen. Broer [[p:Frank]] woont in Spanje en "bemoeit zich nergens mee". Besproken: aanvraag {{r:casemanager dementie}} via {{o:Florence}}, Wmo-gesprek voor dagbesteding. Dochter wil graag mee naar de geheugenpoli van {{o:HMC}}. Afspraak [[d:12 februari]] 14.00 bij mw thuis. – [[p:Sanne]]""",
    """Intakeverslag
Cliënt: mevr. [[p:Agnieszka Nowak]], geb. [[d:22.05.1979]] (Polen)
Adres: [[adr:Loevesteinlaan 12-hs]], [[pc:2533 PL]]
Tel.: [[tel:+48 601 237 845]] / NL: [[tel:06 38 21 05 67]]
Situatie: woont sinds 2017 in NL, werkte via uitzendbureau in de kassen in het Westland. Contract na ziekmelding (rug) niet verlengd. Geen inkomen sinds november. Woont met dochter [[p:Zuzanna]] (17, {{o:ROC Mondriaan}}) in kamer bij een kennis, pan [[p:Marek]], die huur contant vraagt. Geen inschrijving op dit adres, post gaat nog naar oud adres bij het uitzendbureau.
Gesprek in het Engels en Pools, dochter tolkte deels (niet ideaal).
Afspraken: inschrijving BRP regelen, aanvraag bijstand, checken zorgverzekering. [[p:Kübra]] pakt op.""",
    """[12:15, [[d:4-2-2025]]] [[p:Kübra Aydın]]: Weet iemand of {{o:Vraagwijzer}} nog Pools-sprekende vrijwilligers heeft?
[12:17, [[d:4-2-2025]]] [[p:Sanne de Wit]]: vroeger had je [[p:Ewa]] daar, geen idee of die er nog is
[12:18, [[d:4-2-2025]]] [[p:Dewi Hoop]]: Probeer {{o:Stichting Barka}}, die doen veel met Poolse mensen in {{w:Escamp}}
[12:20, [[d:4-2-2025]]] [[p:Kübra Aydın]]: top, dank jullie!""",
    """Casusoverleg {{o:SWT Moerwijk}} – woensdag [[d:5 februari 2025]]
Aanwezig: [[p:Esther]] (vz), [[p:Mo]], [[p:Roos]], [[p:Priya]], [[p:Jeroen]], [[p:Sanne]], [[p:Kübra]], [[p:Dewi]]; afwezig: [[p:Marco]] (cursus)
Notulen: [[p:Thijs]] (stagiair)

1. Fam. [[p:Kaya]] ([[dos:SWT-MW-2024-0288]])
Melding {{o:Veilig Thuis}} is binnen, kenmerk [[dos:VT-2025-0442]]. Politie is op [[d:1 februari]] ter plaatse geweest na ruzie, kinderen [[p:Elif]] (12) en [[p:Emre]] (8) waren thuis. Mw. [[p:Zeynep Kaya]] wil niet weg, wil wel hulp. Partner [[p:Serkan]] heeft tijdelijk huisverbod (10 dagen). [[p:Kübra]] heeft contact met [[p:Anouk de Boer]] van het {{o:CJG}}.
Besluit: gezamenlijk huisbezoek [[p:Kübra]] + [[p:Anouk]] vrijdag. [[p:Esther]] stemt af met {{o:VT}}.""",
    """2. Dhr. [[p:Martina]] (LVB, {{o:MEE}})
Dhr. slaapt sinds 2 weken op de bank bij zijn neef [[p:Jurgen Isenia]], [[adr:Leyweg 887]]. Neef wil dat hij eind van de maand weg is. Bewindvoering loopt via [[p:Ronald Kuipers]] ({{o:Kuipers Bewind & Budget}}), maar er is een nieuwe schuld bij het {{o:CJIB}} (verkeersboetes, kenmerk [[dos:2010 0032 5871 3301]]). [[p:Kübra]]: dhr. begrijpt brieven niet, tekent alles.
Actie: [[p:Kübra]] belt {{r:bewindvoerder}}; [[p:Priya]] checkt of beschermd wonen/{{o:Kessler Stichting}} een optie is. [[p:Esther]]: wie is {{r:huisarts}}? Niet bekend.""",
    """3. Mw. [[p:Ingrid Pinas]] – kort
Kleinzoon [[p:Jaydon]] (14) woont sinds de kerst bij haar omdat zijn moeder in detentie zit. Kinderbijslag gaat nog naar moeder. [[p:Mo]] heeft {{o:SVB}} gebeld. Mw. vraagt voedselbankpakket, [[p:Dewi]] regelt intake {{o:Voedselbank Haaglanden}} ([[d:di 11/2]]).
Rondvraag: [[p:Roos]] gaat [[d:vrijdag 14 februari]] met verlof t/m [[d:24/2]], overdracht wijkverpleging naar [[p:Gerda]] van de avonddienst.""",
    """Journaal [[dos:SWT-MW-2025-0019]] – dhr. [[p:Yonas Tesfay]]
[[d:5/2]] Dhr. kwam onaangekondigd op het spreekuur in het wijkcentrum met een stapel brieven. Aanmaning {{o:CJIB}} (€ 380, boete ov-fiets?), brief {{o:DUO}} inburgering, brief {{o:Belastingdienst}} terugvordering zorgtoeslag. Dhr. spreekt redelijk Nederlands maar lezen lukt slecht. Hij zegt dat hij niemand kent in de flat. Ik heb samen met hem een overzicht gemaakt en foto's gemaakt van de brieven (in dossier gezet). Contactpersoon {{o:VluchtelingenWerk}}: [[p:Marieke]], [[tel:06-11930475]]. Volgende afspraak ma [[d:10 feb]] 10u. [[p:Mo]]""",
    """Hoi [[p:Marieke]],

Ik ben [[p:Mo El Idrissi]], {{r:maatschappelijk werker}} bij het {{o:SWT Moerwijk}}. Dhr. [[p:Tesfay]] (geb. [[d:19-03-1995]]) gaf aan dat jij zijn vaste contactpersoon bent bij {{o:VluchtelingenWerk}}. Hij heeft toestemming gegeven dat wij contact met je opnemen. Er liggen een paar financiële zaken ({{o:CJIB}}, terugvordering toeslagen) en hij voelt zich erg alleen. Heb je tijd om volgende week even te bellen? Ik ben bereikbaar op [[tel:06 - 47 12 88 30]], behalve woensdagmiddag.

Groet, [[p:Mo]]""",
    """Notitie overdracht (ma → di)
- mw [[p:chen]]: zoon [[p:Jason]] belt vandaag terug ivm sleutelkluis, nr staat in dossier
- dhr [[p:de jong]]: NIET onaangekondigd langs, afspraak via [[p:Dewi]]
- mw [[p:Pinas]]: voedselbank-intake staat, briefje meegeven
- [[p:Ouali]]: stukken {{o:SHV}} liggen in bakje bij [[p:Jeroen]]
- sleutel fietsenhok zit weer in de verkeerde la 😑""",
    """Verslag startbijeenkomst pilot "Samen werken in het sociale domein"
Datum: donderdag [[d:6 februari 2025]], 13.30–16.30, {{o:Stadhuis}} Spuiplein
Aanwezig: pilotgroep (20 deelnemers uit 11 teams), [[p:Linda Mei]] ({{o:Gemeente Den Haag}}, {{r:projectleider}}), [[p:Bart Winter]] ({{o:Crossover}}), [[p:Ellen Schreuder]] ({{o:CAOP}}).
[[p:Linda]] blikt terug op de kick-off van [[d:22 november]]: de vier thema's jeugd, ouderen, huiselijk geweld en bemoeizorg zijn gekozen. Vandaag worden de themagroepen gevormd. Uit ons team: [[p:Dewi Hoop]] en [[p:Mo El Idrissi]] (bemoeizorg), [[p:Sanne de Wit]] (ouderen), [[p:Kübra Aydın]] (huiselijk geweld). Expertmeeting in april, afsluiting in juni. [[p:Bart]]: "Breng echte casussen mee, maar geanonimiseerd!" Presentaties komen op het kennisplatform.""",
    """[[d:06-02-25]] 17:02 - [[p:Sanne de Wit]]: Startbijeenkomst was echt goed trouwens. In de ouderengroep zitten ook [[p:Joke]] van {{o:SWT Mariahoeve}} en die {{r:ouderenconsulent}} uit {{w:Bouwlust}}, [[p:Ahmed]]
[[d:06-02-25]] 17:05 - [[p:Dewi Hoop]]: bemoeizorg-groep heeft al een appgroep haha. [[p:Mo]] is voorzitter geworden zonder het te weten
[[d:06-02-25]] 17:06 - [[p:Mo]]: ik was even koffie halen 😂
[[d:06-02-25]] 17:09 - [[p:Marco Visser]]: Mooi zo. Uren graag schrijven op pilotcode, niet op casustijd.""",
    """Huisbezoek fam. [[p:Kaya]] – vr [[d:7-2-2025]], 10.00 uur
Adres: [[adr:Hengelolaan 204B]], [[pc:2545 JT]]
Aanwezig: mw. [[p:Zeynep Kaya]], [[p:Kübra Aydın]] (SWT), [[p:Anouk de Boer]] ({{r:jeugdconsulent}} {{o:CJG Escamp}})
Mw. oogt moe, blauwe plek op onderarm ("gestoten"). Ze vertelt dat het huisverbod ingaat tot [[d:11 februari]] en dat haar zus [[p:Hatice]] nu 's nachts blijft slapen. [[p:Elif]] wil niet naar school, [[p:Emre]] plast weer in bed. Mw. is bang voor wat er gebeurt als [[p:Serkan]] terugkomt, maar "hij is ook de vader". Veiligheidsplan besproken, nummer {{o:Veilig Thuis}} 0800-2000 in haar telefoon gezet onder een andere naam. Vervolg: gesprek met {{o:Veilig Thuis}} en reclassering over hulpverlening aan dhr.""",
    """Dag [[p:Esther]], [[p:Kübra]],

Fijn dat we vanochtend konden sparren. Ter bevestiging: {{o:Veilig Thuis}} neemt de regie tijdens de huisverbodperiode, SWT blijft betrokken voor mw. en de praktische zaken (inkomen, huur, school). Ik plan een ronde-tafelgesprek op dinsdag [[d:11 februari]] om 9.30 bij jullie in het wijkcentrum. Dhr. [[p:S. Kaya]] (geb. [[d:03-10-1980]]) wordt uitgenodigd via de reclassering.
Zaaknummer voor alle correspondentie: [[dos:VT-2025-0442]].

Met vriendelijke groet,
[[p:Ilse Brouwer]]
{{r:Casemanager}} {{o:Veilig Thuis Haaglanden}}
[[mail:i.brouwer@veiligthuishaaglanden.nl]]""",
    """Vr [[d:7/2]] – HB mw [[p:Mulder]] ([[adr:Abtswoudeweg 14]]), door [[p:Sanne]]
Mw. is 81, woont sinds het overlijden van haar man alleen in {{w:Vrederust}}. Zegt dat ze soms dagen niemand spreekt. Kinderen: zoon [[p:Peter]] (Almere), dochter overleden. Komt nog wel naar de bingo in {{o:Buurtcentrum De Boog}} maar durft niet meer alleen over straat sinds ze gevallen is in december. Kat heet Roosje 🙂. Afgesproken: maatje via {{o:Stichting MOOI}}, rollator aanvragen, proberen of buurvrouw [[p:Truus]] wil meelopen naar de bingo.""",
    """[[[d:07-02-2025]] 15:44] [[p:Jeroen Bakker]]: Kan iemand maandag de intake van mw. [[p:Amrani]] overnemen? Ik moet naar de rechtbank met dhr. [[p:Mensah]] (WSNP-zitting)
[[[d:07-02-2025]] 15:50] [[p:Priya Ramsaran]]: Ik kan om 11u, daarvoor niet
[[[d:07-02-2025]] 15:51] [[p:Jeroen Bakker]]: Top, ze komt om 11. Haar nummer: [[tel:06 1827 4455]]
[[[d:07-02-2025]] 15:53] [[p:Esther Koster]]: Dank [[p:Priya]]! Fijn weekend allemaal ☀️""",
    """Weekafsluiting [[p:Esther]] (week 6)
Nieuwe aanmeldingen: 5 ([[p:Sultani]], [[p:Nowak]], [[p:Ouali]], 2x via {{r:wijkagent}}). Afgesloten: 2.
Zorgen: [[p:Kaya]] (veiligheid), [[p:De Jong]] (winter, geen verwarming), [[p:Martina]] (dak- en thuisloos vanaf eind feb?).
Wachtlijst {{o:Schuldhulpverlening}} nu 6 weken, {{o:GGZ}} 14 weken. Met [[p:Marco]] bespreken of we dit als signaal naar de gemeente sturen.
Mijn eigen to-do: declaraties, verlofaanvraag [[d:17 maart]], en [[p:Thijs]] zijn leerdoelen tekenen.""",
]
T += [
    # ---------- week 2: ma 10 feb - vr 14 feb 2025 ----------
    """Intake mw. [[p:F. Amrani]] – [[d:10-02-2025]] – [[p:P. Ramsaran]] (i.p.v. [[p:J. Bakker]])
geb.: [[d:04-08-1980]]   BSN: [[bsn:177699012]]
adres: [[adr:Zuidlarenstraat 133]], [[pc:2532 RX]]   tel.: [[tel:06 1827 4455]]
Alleenstaand, zoon [[p:Yassin]] (16) op het {{o:Johan de Witt College}}. Werkt 20 u/wk in de schoonmaak. Achterstanden: energie ({{o:Eneco}}, ca € 1.900), telefoon, gemeentelijke belastingen. Beslag op loon door {{o:DUO}}? (uitzoeken). Rekening: [[iban:NL15ASNB2110163918]].
Mw. vraagt vooral rust: "ik wil één persoon die alles weet". Afspraak: [[p:Jeroen]] wordt vaste contactpersoon, eerst beslagvrije voet laten herberekenen.""",
    """[[d:10/2]] – Dhr. [[p:Tesfay]] op kantoor (zie [[dos:SWT-MW-2025-0019]]). [[p:Marieke]] van {{o:VluchtelingenWerk}} belde mee via speaker. {{o:CJIB}}-boete blijkt een boete voor zwartrijden in de tram van [[d:14 september]]. Betalingsregeling aangevraagd (3 x € 126,67). Terugvordering zorgtoeslag: bezwaar maken, inkomen 2023 was te hoog ingeschat door {{o:Belastingdienst}}. Dhr. vroeg of er een voetbalteam is voor mannen van zijn leeftijd. Tip: {{o:Wijksportcentrum Escamp}}, vrijdagavond walking football ;) Hij lachte. – [[p:M. El Idrissi]]""",
    """Van: [[mail:k.aydin@meehaaglanden.nl]]
Aan: [[mail:r.kuipers@kuipersbewind.nl]]
CC: [[mail:e.koster@denhaag.nl]]
Onderwerp: dhr. [[p:R. Martina]], geb. [[d:30-06-1988]] – woonsituatie

Geachte heer [[p:Kuipers]],

Zoals u weet verblijft uw cliënt dhr. [[p:Ramon Martina]] tijdelijk bij familie op de [[adr:Leyweg 887]]. Dat kan tot uiterlijk [[d:28 februari]]. Wij willen met spoed een aanmelding doen voor beschermd wonen / begeleid wonen. Daarvoor hebben we een recent budgetoverzicht en zijn rekeningnummer nodig (leefgeldrekening, ik heb nu [[iban:NL20 RABO 0671 2359 12]], klopt dat nog?). Kunt u daarnaast het {{o:CJIB}}-kenmerk [[dos:2010 0032 5871 3301]] opnemen in de schuldenlijst?

Met vriendelijke groet,
[[p:Kübra Aydın]]
{{r:MEE-consulent}}, gedetacheerd bij {{o:SWT Moerwijk}}
[[tel:06-29 43 70 15]]""",
    """Beste mevrouw [[p:Aydın]],

Rekeningnummer leefgeld is gewijzigd per [[d:1-1-2025]]: [[iban:NL81TRIO2045934511]]. Budgetoverzicht stuur ik als bijlage mee. Ik wijs u erop dat meneer [[p:Martina]] op [[d:3 februari]] zelf een telefoonabonnement heeft afgesloten bij een winkel in de Leyweg, dat gaat weer € 45 per maand kosten. Graag uw hulp om dat terug te draaien (bedenktijd loopt tot [[d:17-02]]).

Met vriendelijke groet,
[[p:R.J. Kuipers]]
{{o:Kuipers Bewind & Budget}}""",
    """Ronde tafel fam. [[p:Kaya]] – di [[d:11-2-2025]] 9.30
Aanwezig: [[p:Ilse Brouwer]] ({{o:VT}}), [[p:Kübra]] (SWT), [[p:Anouk de Boer]] ({{o:CJG}}), [[p:Dennis Verhoef]] ({{o:Reclassering Nederland}}), mw. [[p:Zeynep Kaya]], dhr. [[p:Serkan Kaya]] (eerste 30 min apart).
Dhr. erkent "te ver gegaan" te zijn, wil meedoen aan agressieregulatietraining. Mw. wil een time-out van 6 weken: dhr. verblijft bij zijn broer [[p:Mehmet]] in Rijswijk ([[adr:Van Vredenburchweg 58]]). Omgang kinderen: zaterdag onder toezicht van zus [[p:Hatice]].
Afspraken: {{o:CJG}} start traject met [[p:Elif]] (schoolverzuim), SWT helpt mw. met toeslagen op eigen naam. Evaluatie [[d:25 maart]].""",
    """[13:40, [[d:11-2-2025]]] [[p:Kübra Aydın]]: rondetafel [[p:Kaya]] was intens maar wel goed. Ik ga even een blokje om
[13:41, [[d:11-2-2025]]] [[p:Roos van Dijk]]: ❤️ sterkte
[13:45, [[d:11-2-2025]]] [[p:Esther Koster]]: Goed gedaan. Laat je dossier-update maar tot morgen liggen.
[14:02, [[d:11-2-2025]]] [[p:Dewi Hoop]]: Wie heeft de dienstfiets? Moet naar [[p:De Jong]] om 14.30""",
    """Huisbezoek 2 dhr. [[p:de Jong]] – [[d:11 feb]]
Koffie bij de bakker ging donderdag niet door (hij kwam niet). Vandaag wel binnen gelaten tot de keuken. Aanrecht vol vaat, kachel doet het niet, hij heeft een elektrisch kacheltje van zijn broer [[p:Wim]]. Vertelt dat hij vroeger koster was in de Sint-Bavokerk in Rotterdam, daarna beveiliger. Hij heeft een hond gehad, Bobby. Hij noemt zijn buurvrouw "die bemoeial van boven". Energie wordt volgens hem "gewoon betaald"; post ongeopend in een doos (zag 4 rode enveloppen van {{o:Vattenfall}}). Toestemming gevraagd om samen de post door te nemen: "volgende keer misschien". [[p:D. Hoop]]""",
    """To do [[p:Dewi]] wk 7
☐ [[p:de Jong]]: broer bellen? (eerst toestemming!!)
☐ [[p:Mulder]] maatjesaanvraag {{o:MOOI}} versturen
☐ [[p:Pinas]] naar voedselbank di → vervoer? [[p:Jaydon]] kan niet mee ivm school
☐ themagroep bemoeizorg: casus voorbereiden voor [[d:20/2]]
☐ kerstpakketten-lijst eindelijk opruimen (het is februari...)
☐ [[p:Thijs]] mee laten lopen bij HB""",
    """{{o:Voedselbank Haaglanden}} – AANMELDFORMULIER (ingevuld door hulpverlener)
Naam hulpverlener: [[p:Dewi Hoop]]    Organisatie: {{o:SWT Moerwijk}}
Telefoon hulpverlener: [[tel:06-22 81 64 09]]
Naam aanvrager: [[p:Ingrid Pinas]]
Geboortedatum: [[d:17/10/1964]]
Adres + huisnr: [[adr:Moerweg 3 bis]]      Postcode: [[pc:2531 BK]]
Samenstelling huishouden: 1 volwassene, 1 kind (kleinzoon, 14 jr)
Netto inkomen: € 1.312 (AOW-gat, nabestaandenuitkering)
Vaste lasten: € 1.204
Reden: tijdelijke extra kosten kleinzoon, kinderbijslag nog niet omgezet
Startdatum: [[d:di 11-02-2025]]""",
    """Journaal – mw. [[p:H. Zomer]] ([[dos:SWT-MW-2025-0031]])
[[d:12-02-2025]] Gesprek bij mw. thuis met dochter [[p:Marjolein]] en [[p:Yvonne Kranenburg]] ({{r:casemanager dementie}}, {{o:Florence}}). Mw. herkende [[p:Yvonne]] niet maar was vriendelijk, bood 4x koffie aan. Dochter vertelt dat moeder vorige week met de bus naar Scheveningen is gegaan en door de politie thuisgebracht is. GPS-horloge besproken, mw. wil "geen enkelband". Dagbesteding 2 dagen bij {{o:De Hoogwerf}}? Wmo-aanvraag gestart. [[p:S. de Wit]]""",
    """Hallo [[p:Priya]],
Kun je de Wmo-melding voor mw. [[p:Zomer]] met voorrang oppakken? Gegevens:
[[p:Henriëtte Zomer]], [[d:14-09-1946]], [[adr:Zuidlarenstraat 41]] [[pc:2532RK]], BSN [[bsn:468 655 864]].
Vraag: dagbesteding 2 dagdelen + evt. begeleiding individueel. Contactpersoon dochter [[p:M. Zomer]], [[mail:marjoleinzomer@gmail.com]], [[tel:06-24871936]].
Dank! [[p:Sanne]]
(verstuurd vanaf mijn iPhone)""",
    """[[d:12-02-25]] 09:13 - [[p:Priya Ramsaran]]: Mensen, mijn Outlook ligt eruit. Mail voor mij vandaag naar [[mail:priya.ramsaran@denhaag.nl]] werkt niet, app me!
[[d:12-02-25]] 09:14 - [[p:Sanne de Wit]]: ok, aanvraag [[p:Zomer]] stuur ik je via Teams
[[d:12-02-25]] 09:15 - [[p:Jeroen Bakker]]: bij mij ook, ICT is ermee bezig
[[d:12-02-25]] 10:48 - [[p:Priya Ramsaran]]: Doet het weer 🎉""",
    """Casusoverleg woensdag [[d:12-2]]
1. Dhr. [[p:Sultani]] – [[p:Mo]] heeft intake gedaan met tolk Dari (tolknr. [[dos:TVCN-448102]]). Veel herbelevingen, slaapt 3-4 uur. Wil werk, geen behandeling: "praten helpt niet". [[p:Esther]]: niet forceren, eerst praktisch. Afspraak: werkfit-traject via {{o:Werkgevers Servicepunt}}, parallel psycho-educatie door {{r:POH-GGZ}} [[p:Femke Jansen]].
2. Mw. [[p:Nowak]] – inschrijving BRP op [[adr:Loevesteinlaan 12-hs]] lukt niet, verhuurder [[p:Marek]] weigert te tekenen. Alternatief: briefadres bij het {{o:Leger des Heils}}? [[p:Kübra]] zoekt uit.
3. Dhr. [[p:Petrov]] – nieuw, gemeld door {{r:wijkagent}} [[p:Patrick Smit]]: slaapt in het {{w:Zuiderpark}} bij de kinderboerderij, drinkt. Bulgaars, spreekt wat Engels. [[p:Dewi]] en [[p:Mo]] gaan donderdagochtend met [[p:Patrick]] mee.""",
    """Van: [[mail:patrick.smit@politie.nl]]
Verzonden: woensdag [[d:12 februari 2025]] 16:22
Onderwerp: man {{w:Zuiderpark}}

Hoi [[p:Dewi]],
Zoals besproken: het gaat om een man die zich [[p:Nikolay]] noemt, achternaam volgens een oude registratie [[p:Petrov]], geboren [[d:2-2-1975]]. Heeft een Bulgaars nummer [[tel:+359 88 712 4403]] maar neemt bijna nooit op. Ik sta morgen om 8.30 bij de ingang aan de Mr. P. Droogleever Fortuynweg. Neem warme sokken mee als je hebt, hij heeft natte voeten.
Gr. [[p:Patrick]]
{{r:Wijkagent}} {{w:Moerwijk}}/{{w:Zuiderpark}}""",
    """Veldnotitie do [[d:13/2]] 08.45 – {{w:Zuiderpark}}
[[p:Nikolay]] gevonden bij het hek achter de kinderboerderij. Onderkoeld?, handen trillen, ruikt naar alcohol. Wil geen ambulance. Drinkt "alleen bier". Werkte tot vorig jaar bij een vleesverwerker via uitzendbureau, kreeg ruzie, kwijt woonruimte. Paspoort weg, heeft alleen een kopie op zijn telefoon. Geen Nederlandse rekening, wel Bulgaarse: [[iban:BG77BNBG10007126191360]] (foto gemaakt met toestemming). Meegegaan naar nachtopvang-intake {{o:Kessler Stichting}} → geen recht omdat geen binding met Den Haag?? [[p:Mo]] gaat in bezwaar. Hij kreeg soep en sokken. – [[p:Dewi]]/[[p:Mo]]""",
    """[[[d:13-02-2025]] 11:20] [[p:Mo]]: {{o:Kessler}} zegt nee voor [[p:Petrov]] (regiobinding). Iemand ervaring met de {{o:Winterregeling}}? Het vriest vannacht -6
[[[d:13-02-2025]] 11:22] [[p:Esther Koster]]: Ja! Bij vorst geldt de winterkouderegeling, dan mag iedereen binnen ongeacht binding. Bel [[p:Hans]] van de {{o:Straatteams}}: [[tel:06-43379120]]
[[[d:13-02-2025]] 11:23] [[p:Mo]]: 🙏
[[[d:13-02-2025]] 11:40] [[p:Mo]]: Geregeld, hij mag vanavond naar de Zilverstraat""",
    """Huisbezoek mw. [[p:Jagessar]] – [[d:13-02-25]] – [[p:Priya]] ({{r:Wmo-adviseur}})
[[adr:Erasmusweg 1120]] (3e etage, lift regelmatig kapot!)
Dhr. [[p:Ravi Jagessar]] (63) had in november een CVA, rechterzijde verlamd, praat moeizaam. Mw. [[p:Shanti]] (58) verzorgt hem volledig, wast hem, tilt hem. Ze huilde tijdens het gesprek. Zoon [[p:Vikash]] komt in het weekend, werkt in Amsterdam. Dochter [[p:Reshma]] woont in Paramaribo.
Aanvraag: traplift niet mogelijk (flat), wel douchestoel, hoog-laagbed via {{o:Medipoint}}, hulp bij het huishouden 3 u/wk. Verwijzen naar {{r:mantelzorgconsulent}} [[p:Petra]] ({{o:MOOI}}). Mw. wil respijtzorg maar "hij wil alleen mij".""",
    """Verslag themagroep Ouderen (pilot) – bijeenkomst 1
Do [[d:13 februari]], {{o:Wijkcentrum Mariahoeve}}
Aanwezig: [[p:Sanne de Wit]] ({{o:SWT Moerwijk}}), [[p:Joke van Leeuwen]] ({{o:SWT Mariahoeve}}), [[p:Ahmed Bouzerda]] ({{o:SWT Bouwlust/Vrederust}}), [[p:Gülsen Yıldız]] ({{o:SWT Laak}}), {{r:facilitator}} [[p:Ellen Schreuder]] ({{o:CAOP}}).
Vraag: hoe bereiken we eenzame ouderen die niet zelf aankloppen? Ervaringen: {{w:Mariahoeve}} werkt met huisbezoeken 75+ door vrijwilligers; in {{w:Laakkwartier}} via de moskee en de kerk. [[p:Sanne]] noemt de bingo in {{o:Buurtcentrum De Boog}} als vindplaats. Probleem: vrijwilligers mogen geen dossiers zien.
Actie: [[p:Joke]] maakt een kort overzicht van vindplaatsen per wijk, volgende keer [[d:27/2]].""",
    """Vr [[d:14 februari 2025]] – overdracht wijkverpleging ([[p:Roos]] → [[p:Gerda]])
Mw. [[p:Zomer]], [[adr:Zuidlarenstraat 41]]: ochtend 8.30 medicatie + ogen. Sleutel in kluisje naast de voordeur, code staat in Nedap. Let op: zet het gas soms aan zonder vuur.
Dhr. [[p:Jagessar]], [[adr:Erasmusweg 1120]]: wondzorg stuit (decubitus gr. 2), ma-wo-vr.
Mw. [[p:Kok]] ([[adr:Lozerlaan 374]]): tweewekelijks steunkousen, partner [[p:Ton]] is dement, wees geduldig.
Bereikbaar voor spoed: [[p:Roos]] niet, zit in Portugal ☀️. Vragen naar [[p:Esther]], [[tel:06 3147 8209]].""",
    """Valentijnsdag in het team 💕
[08:30, [[d:14-2-2025]]] [[p:Sanne de Wit]]: Er staan tompoezen van de bakker in de keuken, van mw. [[p:Mulder]]! Ze kwam ze zelf brengen met de taxi 😭
[08:31, [[d:14-2-2025]]] [[p:Dewi Hoop]]: Noooo wat lief
[08:35, [[d:14-2-2025]]] [[p:Marco Visser]]: Mag dat wel, cadeaus aannemen? 😉
[08:36, [[d:14-2-2025]]] [[p:Sanne de Wit]]: onder de €15, het mag van de gedragscode 😇""",
    """Journaal [[d:14-2]] dhr. [[p:Mensah]] ({{o:SHV}} dossier [[dos:SHV-2024-0932]])
Gisteren zitting rechtbank over toelating WSNP. Rechter heeft beslissing aangehouden tot [[d:7 maart]], wil eerst bewijs dat de uitkering weer loopt. {{o:UWV}}-uitkering is per [[d:1 januari]] gestopt wegens niet ingeleverde formulieren (dhr. zegt nooit post ontvangen te hebben; adreswijziging naar [[adr:Heeswijkplein 18]] niet doorgegeven?). Echtgenote [[p:Abena]] werkt als schoonmaker, 12 u/wk. Vandaag samen met dhr. bij {{o:UWV}} geweest. [[p:J.B.]]""",
    """Dag [[p:Esther]],

Ik wil het team laten weten dat ik vanaf volgende week meedraai op maandag en dinsdag als {{r:jongerenwerker}} in {{w:Moerwijk}}, vanuit {{o:Stichting JOZ}}. Ik hoor veel over jongeren als [[p:Bilal Ouali]] en [[p:Yassin]] die thuis helpen met de schulden van hun ouders. Misschien kunnen we die samen oppakken? Mijn nummer is [[tel:06-84315262]], mail [[mail:s.yilmaz@joz-denhaag.nl]].

Groeten,
[[p:Soufiane Yılmaz]]""",
]
T += [
    # ---------- week 3: ma 17 feb - vr 21 feb 2025 ----------
    """AANMELDING SCHULDHULPVERLENING – GEMEENTE DEN HAAG
Dossiernummer: [[dos:SHV-2025-0117]]
Aanvrager: [[p:Abdelkader Ouali]]     BSN: [[bsn:508.63.9062]]
Partner: [[p:Naima Ouali-Bennani]]    BSN: [[bsn:734 575 087]]
Geboortedata: [[d:02-04-1970]] / [[d:19-11-1973]]
Adres: [[adr:Dedemsvaartweg 45-II]]   Postcode: [[pc:2531HD]]   Woonplaats: Den Haag
Rekeningnummer (gezamenlijk): [[iban:NL91RABO1061603665]]
Inkomen: WIA + loon partner (parttime)
Schulden (indicatie): huur € 3.412, zorgverzekering € 2.150, energie onbekend, belastingen € 640
Verwijzer: [[p:J. Bakker]], {{o:SWT Moerwijk}}, [[tel:06-51284027]]
Datum aanmelding: [[d:17-02-2025]]""",
    """[[d:ma 17/2]] – bellijst [[p:Esther]] (ochtend)
1. [[p:Marjolein]] (dochter [[p:Zomer]]) – [[tel:06-24871936]] – uitslag geheugenpoli?
2. [[p:Nadia]] {{o:Staedion}} – [[tel:088-1225 570]] – bevestiging aanhouden ontruiming [[p:Ouali]]
3. {{r:huisarts}} [[p:Rahimi]] – [[tel:070-3665 218]] – ivm [[p:Martina]], inschrijving?
4. [[p:Ilse]] {{o:VT}} – [[tel:06-19 20 84 33]] – stand van zaken
5. {{o:Kessler}} – alg. nummer – bezwaar [[p:Petrov]]
6. tandarts (privé!!) – 16.00""",
    """Journaal dhr. [[p:R. Martina]] – [[dos:SWT-MW-2025-0007]]
[[d:17-02]]: bedenktijd telefoonabonnement – winkel wil niet meewerken. Via klantenservice opgezegd, bevestiging in dossier.
[[d:18-02]]: dhr. belt 6x, in paniek, neef [[p:Jurgen]] heeft zijn spullen in vuilniszakken in de gang gezet. [[p:Kübra]] gaat langs.
[[d:18-02]] middag: gesprek met dhr. en neef, afkoeling, mag tot [[d:1-3]] blijven als hij zich houdt aan huisregels (niet blowen in de woning).
[[d:19-02]]: aanmelding beschermd wonen ingediend bij {{o:Centrale Toegang}} ([[dos:CT-25-003318]]). Wachttijd ca. 10 weken. Tussenoplossing nodig!""",
    """Gesprek {{o:Wmo-loket}} – mw. [[p:Chen]]
Aanvraagnummer: [[dos:WMO/25/00412]]
Naam: [[p:Chen Mei-Ling]]  (roepnaam: mevrouw [[p:Chen]])
Geboren: [[d:3 april 1953]], Guangzhou
Adres: [[adr:Hengelolaan 620]], [[pc:2545 AN]] Den Haag
Telefoon: [[tel:070 - 366 01 27]]; zoon [[p:Jason Chen]]: [[tel:+31 6 4120 9938]]
Spreekt Kantonees, weinig Nederlands. Zoon tolkt via telefoon. Vraag: hulp bij het huishouden, boodschappen. Valgevaar hoog (2x gevallen in januari). Advies: alarmering + HH 2 uur. Indicatie tot [[d:28-02-2026]].""",
    """[[d:17-02-25]] 10:05 - [[p:Roos van Dijk]]: Even vanuit Portugal: heeft [[p:Gerda]] mw. [[p:Zomer]] gisteren gehad? Kreeg een rare voicemail van de dochter
[[d:17-02-25]] 10:12 - [[p:Sanne de Wit]]: Ja alles ok. Mw. was alleen weer naar buiten gegaan zondagavond, buurman bracht haar terug. Genieten jij!! Geen werk-app meer 🙅‍♀️
[[d:17-02-25]] 10:13 - [[p:Roos van Dijk]]: jaja 🙈""",
    """Notitie huisbezoek 3 – dhr. [[p:H. de Jong]] ([[adr:Oudemansstraat 77]], [[pc:2531 TK]])
Datum: [[d:18-2-'25]]
Dhr. liet [[p:Dewi]] en {{r:wijkverpleegkundige}} (invaller) binnen. Open wond aan scheenbeen, al weken, ontstoken. Dhr. wil niet naar de {{r:huisarts}} ("die heeft me in '98 naar het gekkenhuis gestuurd"). Wondzorg door wijkverpleging geaccepteerd, 3x per week. Post doorgenomen: afsluitingsbrief {{o:Vattenfall}} met datum [[d:24 februari]]! Achterstand € 1.188. Dhr. gaf toestemming om zijn broer te bellen. Broer [[p:Wim de Jong]], Rotterdam, [[tel:010-4187723]].""",
    """Van: [[mail:d.hoop@mooiwelzijn.nl]]
Aan: [[mail:klantenservice.bemoeizorg@vattenfall.nl]]
Onderwerp: dringend – voorkomen afsluiting, klant [[dos:2084 771 904]]

Geachte heer/mevrouw,

Namens de heer [[p:H. de Jong]], [[adr:Oudemansstraat 77]], [[pc:2531 TK]] Den Haag, verzoeken wij de geplande afsluiting van [[d:24-02-2025]] op te schorten. Dhr. is 67 jaar, heeft een open wond en geen andere verwarming. Er is contact met familie en een betalingsregeling wordt deze week voorgesteld. Een machtiging van klant is bijgevoegd.

Met vriendelijke groet,
[[p:Dewi Hoop]], {{r:welzijnscoach}} {{o:SWT Moerwijk}}
tel. [[tel:06-22816409]]""",
    """[[p:Wim de Jong]] gebeld ([[d:18/2]], 15.10). Hij schrok, had zijn broer sinds de begrafenis van hun moeder (2021) niet meer gesproken. Wil wel € 600 voorschieten voor de energierekening, maakt het over op de rekening van [[p:Henk]] ([[iban:NL67 ASNB 1278 0602 19]]) als wij garanderen dat het naar {{o:Vattenfall}} gaat. Afgesproken dat [[p:Wim]] direct aan {{o:Vattenfall}} betaalt met het klantnummer. Hij wil [[p:Henk]] zelf ook bellen "maar niet te snel". – [[p:D.H.]]""",
    """Journaal mw. [[p:Warsame]] – [[dos:SWT-MW-2025-0044]] (nieuw)
[[d:19-02-2025]] Aangemeld door juf [[p:Lotte]] van {{o:basisschool De Regenboog}}: zoon [[p:Abdi]] (6) komt vaak zonder eten, moeder oogt uitgeput. Tel. contact met mw. [[p:Hodan Warsame]] ([[tel:06 4419 8830]]), spreekt goed Nederlands. Ze is alleenstaand met 3 kinderen ([[p:Ayaan]] 9, [[p:Abdi]] 6, [[p:Ifrah]] 2), vader zit in Engeland. Kinderopvangtoeslag teruggevorderd (€ 8.400), ze durft daardoor geen toeslagen meer aan te vragen. Afspraak voor huisbezoek vrijdag [[d:21 feb]] 13.00, [[adr:Almelostraat 56]]. [[p:Priya]]""",
    """Hé [[p:Lotte]],
Dank voor je telefoontje van vanochtend. We hebben contact gelegd met de moeder van [[p:Abdi]], ze stond er open voor. Ik kan je inhoudelijk niet meer vertellen zonder haar toestemming, maar weet dat het is opgepakt. Als je iets opvalt (kind hongerig, niet opgehaald) bel dan gerust: [[tel:06 - 3051 2276]].
Groet, [[p:Priya Ramsaran]], {{r:Wmo-adviseur}} SWT""",
    """Casusoverleg [[d:19 februari]] – kort verslag
• [[p:Petrov]]: 4 nachten in winteropvang, vorst voorbij → weer buiten. Bulgaarse ambassade: nieuw paspoort kan, kost € 80. Sociaal raadslid checkt recht op uitkering (EU-burger, >5 jr NL?). Tel. dhr. is stuk. Bereikbaar via {{o:Straatteams}}.
• [[p:Nowak]]: briefadres via {{o:Leger des Heils}} lukt per [[d:24/2]]. Bijstandsaanvraag kan daarna.
• [[p:Jagessar]]: mw. overbelast. [[p:Roos]] (terug [[d:25/2]]) bespreken of dhr. tijdelijk opname/logeeropvang {{o:Florence}} kan.
• [[p:Zomer]]: uitslag {{o:HMC}}: Alzheimer, matig. Dochter heeft het zwaar.
Notulist: [[p:Thijs]]""",
    """Huisbezoek fam. [[p:Warsame]], vr [[d:21-02-2025]]
Adres: [[adr:Almelostraat 56]], [[pc:2533 ZG]]
Eengezinswoning {{o:Haag Wonen}}, schoon maar kaal, weinig speelgoed. [[p:Ifrah]] was thuis, grote kinderen op school. Mw. vertelt over de toeslagenaffaire: ze was tot 2021 onterecht een "fraudeur". Nu compensatie aangevraagd bij {{o:UHT}} (herstel toeslagen), dossiernummer [[dos:UHT-2020-118734]]. Schulden € 4.200 (o.a. {{o:Eneco}} en {{o:ING}}). Mw. werkt 's ochtends als gastouder-assistent. Afgesproken: toeslagen samen opnieuw aanvragen, aanvraag ouderschapsconsulent herstel, [[p:Jeroen]] checkt schulden. Geboortedata kinderen: [[d:02-09-2015]], [[d:24-01-2019]], [[d:11-06-2022]].""",
    """[[[d:20-02-2025]] 19:47] [[p:Mo]]: Sorry late app: {{r:wijkagent}} belde net, [[p:Nikolay]] is opgepakt voor winkeldiefstal bij de {{o:Jumbo}}. Zit in cel bureau Jan Hendrikstraat. Morgen naar voren gebracht.
[[[d:20-02-2025]] 19:52] [[p:Dewi Hoop]]: ohh nee. Wat heeft ie gepakt?
[[[d:20-02-2025]] 19:53] [[p:Mo]]: Warme jas 😔
[[[d:20-02-2025]] 19:59] [[p:Esther Koster]]: Morgen bespreken, nu niks meer doen. Goed dat je het deelt.""",
    """Verslag themagroep Bemoeizorg #2 – do [[d:20-02-2025]], {{o:Wijkcentrum De Henk}}
Aanwezig: [[p:Mo El Idrissi]] (vz), [[p:Dewi Hoop]], [[p:Sevda Kaplan]] ({{o:SWT Schilderswijk}}), [[p:Ruud Bos]] ({{o:SWT Transvaal}}), [[p:Naomi Zeegers]] ({{o:GGD}}, {{r:OGGZ-coördinator}}), [[p:Bart Winter]].
Casus [[p:Dewi]]: oudere man, vervuilde woning in {{w:Moerwijk}}, weigert hulp. Wat werkte: 3x terugkomen, koffie op neutrale plek, eerst niet over de woning praten, familie pas na toestemming. Vraag aan groep: wanneer stap je naar een IBS of zorgmachtiging? [[p:Naomi]]: pas bij direct gevaar; vervuiling alleen is zelden genoeg.
Les voor platform: "tijd kopen is ook een interventie". [[p:Dewi]] schrijft de casusles.""",
    """Jeugd & gezin – mail aan [[p:Anouk]] ({{o:CJG}})

Hoi [[p:Anouk]],
[[p:Elif]] is deze week 3 dagen thuis geweest (ma, di, do). Moeder zegt buikpijn. School ({{o:Zuiderpark Lyceum}}, mentor dhr. [[p:Hamers]]) belde mij omdat hij jouw nummer niet had. Kun jij hem terugbellen? [[tel:070 - 3254 900]] toestel 214. Leerplicht is nog niet ingeschakeld.
Groetjes [[p:Kübra]]""",
    """[08:02, [[d:21-2-2025]]] [[p:Marco Visser]]: Reminder: donderdag [[d:27/2]] teamdag, hele dag. Locatie {{o:Wijkcentrum Bouwlust}}, niet vergeten! Lunch geregeld
[08:15, [[d:21-2-2025]]] [[p:Jeroen Bakker]]: moet ik dan mijn {{o:SHV}}-spreekuur verzetten? Heb 3 afspraken
[08:17, [[d:21-2-2025]]] [[p:Marco Visser]]: Ja graag. Geef mw. [[p:Amrani]] voorrang bij het verzetten, dat was al 2x uitgesteld""",
    """Aanvraag bijzondere bijstand (ingevuld tijdens HB)
Naam: [[p:I. Pinas]]
BSN: [[bsn:592132225]]
Adres: [[adr:Moerweg 3 bis]], [[pc:2531BK]] 's-Gravenhage
Rekeningnummer: [[iban:NL87TRIO9229194810]] t.n.v. [[p:I. Pinas]]
Waarvoor: bed + matras kleinzoon (€ 420), schoolkosten ({{o:Haags Montessori Lyceum}}, € 175)
Bijlagen: bankafschriften 3 mnd, uittreksel BRP met [[p:Jaydon]]
Datum: [[d:21 feb. 2025]]   Handtekening: ______""",
]
T += [
    # ---------- week 4: ma 24 feb - vr 28 feb 2025 ----------
    """Journaal [[dos:SWT-MW-2025-0038]] – dhr. [[p:de Jong]]
[[d:24-02-2025]] 09.05 {{o:Vattenfall}} bevestigt per mail: afsluiting opgeschort, betalingsregeling 12 x € 49,50 vanaf [[d:1 april]]. Broer heeft € 600 overgemaakt (ref. [[dos:VF-2084771904]]).
[[d:24-02-2025]] 14.30 Wondzorg door wijkverpleging loopt, wond oogt schoner.
[[d:25-02-2025]] Melding {{o:Haag Wonen}}: nieuwe klacht van bovenburen over geur. Woonconsulent wil "woninginspectie" op [[d:10 maart]]. Risico: escalatie. Bespreken in casusoverleg.""",
    """[[d:24-02-25]] 08:40 - [[p:Kübra Aydın]]: briefadres voor mw. [[p:N.]] is rond 🎉 {{o:Leger des Heils}}, [[adr:Prinsegracht 57]]... wacht, mag ik dat hier zetten? 🙈
[[d:24-02-25]] 08:41 - [[p:Esther Koster]]: Liever niet in de app, zet het in het dossier 🙂
[[d:24-02-25]] 08:41 - [[p:Kübra Aydın]]: oeps. Gedaan
[[d:24-02-25]] 08:44 - [[p:Marco Visser]]: Kleine herinnering: deze groep is voor planning, niet voor cliëntgegevens. Dank!""",
    """Uittreksel/gegevens voor bijstandsaanvraag (mw. [[p:Nowak]])
Naam: [[p:NOWAK, Agnieszka Maria]]
Geb.datum: [[d:22-05-1979]]   Geb.plaats: Łódź
BSN: [[bsn:441 510 024]]
Briefadres: p/a {{o:Leger des Heils}}, [[adr:Prinsegracht 57]], [[pc:2512 EX]] Den Haag
Verblijfsadres: [[adr:Loevesteinlaan 12-hs]], [[pc:2533 PL]]
Rekening: [[iban:PL78973935806480365459492931]] (Pools) – NL-rekening aangevraagd bij {{o:ING}}
Kind: [[p:Zuzanna Nowak]], [[d:08-12-2007]]
E-mail: [[mail:aga.nowak79@wp.pl]]
Ingediend: [[d:25-02-2025]] door [[p:K. Aydın]]""",
    """Di [[d:25/2]] – [[p:Roos]] weer terug. Overdracht gelezen, dank [[p:Gerda]]! Dhr. [[p:Jagessar]]: decubitus beter, maar mw. is op. Ze viel vanochtend bijna van de trap met de wasmand. Ik heb met haar en {{r:huisarts}} besproken: 2 weken logeeropvang in {{o:Florence Mariahoeve}} vanaf [[d:3 maart]]. Mw. twijfelt, voelt zich schuldig. Zoon komt vanavond langs om mee te praten. Aanvraag Wlz-logeer/Wmo? → [[p:Priya]].""",
    """Van: [[mail:roos.vandijk@florence.nl]]
Aan: [[mail:planning.logeer@florence.nl]]
Datum: [[d:di 25 feb 2025]] 15:12
Onderwerp: spoed logeeraanvraag – cliëntnr. [[dos:C-778102]]

Hallo planning,

Graag een logeerplek voor dhr. [[p:R. Jagessar]], geb. [[d:07-03-1961]], BSN [[bsn:945708154]], [[adr:Erasmusweg 1120]], [[pc:2532 CZ]] Den Haag. Periode [[d:3 maart]] t/m [[d:17 maart]]. CVA nov. 2024, volledig ADL-afhankelijk, transfer met tillift, wondzorg decubitus sacrum. Mantelzorger (echtgenote) overbelast. Indicatie loopt via Wlz, zorgprofiel VV5.
Contact echtgenote: [[tel:070-3971482]].

Met collegiale groet,
[[p:Roos van Dijk]], {{r:wijkverpleegkundige}} Team {{w:Moerwijk}}-{{w:Zuiderpark}}""",
    """Casusoverleg [[d:26-2-2025]] (verkort, morgen teamdag)
1. Woninginspectie {{o:Haag Wonen}} bij dhr. [[p:dJ]] op [[d:10/3]]: [[p:Dewi]] belt {{r:woonconsulent}} [[p:Sandra Lelieveld]] ([[tel:06-53 90 72 14]]) om samen te gaan en het proces te vertragen. Toestemming dhr. nodig.
2. Dhr. [[p:M.]] (LVB): neef stopt [[d:1 maart]]. Tussenoplossing: 4 weken crisisplek {{o:Leger des Heils}} {{o:De Piramide}}? Alternatief: logeren bij moeder in Curaçao? (dhr. heeft geen geld voor ticket).
3. Fam. [[p:W.]]: aanvraag toeslagen ingediend. Kinderen krijgen gratis ontbijt via school.
Nieuwe aanmelding: dhr. [[p:Kees Vos]], via {{o:Brijder}} verslavingszorg, {{w:Bouwlust}}.""",
    """Hoi [[p:Sandra]],
Namens dhr. [[p:H. de Jong]] ([[adr:Oudemansstraat 77]]): hij heeft ermee ingestemd dat ik contact met je opneem. Kunnen we op [[d:10 maart]] samen gaan en vooraf even bellen? Dhr. is erg wantrouwig naar instanties. Wij zien vooruitgang (energie geregeld, wondzorg loopt, hij laat ons binnen). Een ontruimingsdreiging zou alles terugdraaien. Ik ben vrijdag de hele dag bereikbaar op [[tel:06-22816409]].
Hartelijke groet, [[p:Dewi Hoop]]
{{o:MOOI}} welzijn / {{o:SWT Moerwijk}}""",
    """Intake dhr. [[p:K. Vos]] – [[d:26-02-2025]]
Aangemeld door: {{o:Brijder}}, [[p:Marloes van Rijn]] ({{r:verslavingsarts}})
Geb. [[d:11-11-1952]], 72 jr. Adres [[adr:Zonnebloemstraat 89]], [[pc:2544 KR]]? (hij noemt ook [[adr:Bouwlustlaan 42]] – checken!)
Tel.: [[tel:06-1033 8726]]
Alcohol (6-8 blikjes/dag), woont alleen sinds scheiding 2010. Zoon [[p:Dennis]] heeft contact verbroken. Hij heeft een hond, Tommie, "mijn enige vriend". Wil minderen, niet stoppen. Kookt niet meer, leeft op brood. Kent de buurvrouw niet. Vroeger kok op de grote vaart.
Afspraak: maaltijdservice, contact {{o:Brijder}} 2x per maand, zien of hij wil meedoen met de soep-avond van {{o:Stichting MOOI}}.""",
    """Teamdag {{o:SWT Moerwijk}} – donderdag [[d:27 februari]] – aantekeningen [[p:Thijs]]
Ochtend: reflectie op werkwijze. [[p:Marco]] laat cijfers zien: 64 actieve casussen, gemiddeld 9 maanden. Thema's: schulden (70%), psychische problemen (55%), eenzaamheid, huisvesting. 
Discussie: {{r:casusregisseur}} heeft te veel casussen (23). Besluit: [[p:Jeroen]] en [[p:Mo]] worden ook regiehouder op eigen casussen.
Middag: workshop "Lastige gesprekken" door {{r:ervaringsdeskundige}} [[p:Hennie van der Sluis]] (zelf jaren zorgmijder geweest).
Lunch was goed. Iemand heeft de laptop-oplader van [[p:Sanne]] meegenomen.""",
    """Themagroep Ouderen – bijeenkomst 2 – [[d:27-02-2025]] ([[p:Sanne]], tussen de teamdag door online)
Overzicht vindplaatsen van [[p:Joke van Leeuwen]] gedeeld: huisartsen, apotheek, kerk, moskee, mandir, bingo, supermarkt, kapper. Idee van [[p:Gülsen]]: "boodschappenmaatje" via {{o:Albert Heijn}} Leyweg. [[p:Ahmed]] deelt casus uit {{w:Bouwlust}}: 86-jarige mevrouw, 3 weken dood in huis gevonden in 2023. Stil. 
Vraag voor expertmeeting in april: mag een {{r:welzijnswerker}} ongevraagd aanbellen bij 75-plussers?
Volgende keer: [[d:13 maart]], bij {{o:SWT Laak}}.""",
    """[[[d:27-02-2025]] 21:14] [[p:Roos van Dijk]]: Mw. [[p:Zomer]] is vanavond weer weggelopen, ligt nu op SEH {{o:Haga}} met een gebroken pols. Dochter is onderweg.
[[[d:27-02-2025]] 21:16] [[p:Sanne de Wit]]: Oh nee. Ik bel morgen om 8 uur met [[p:Yvonne]]
[[[d:27-02-2025]] 21:30] [[p:Esther Koster]]: Dank voor het melden. Morgen in de ochtend de crisisroute bespreken, thuis wonen is zo niet meer veilig.""",
    """Journaal – mw. [[p:H. Zomer]] – [[dos:SWT-MW-2025-0031]]
[[d:28-2]] 08.05 overleg [[p:Sanne]]/[[p:Yvonne]] (casemanager). Mw. opgenomen in {{o:HagaZiekenhuis}}, afd. geriatrie, pols gegipst. Ontslag niet naar huis: crisisopname psychogeriatrie aangevraagd via {{o:CIZ}} (spoed Wlz), aanvraagnr. [[dos:CIZ-2025-5561829]].
[[d:28-2]] 11.30 dochter [[p:Marjolein]] belt, huilt: "Ik had haar eerder moeten laten opnemen." Veel erkenning gegeven. Mw. vraagt om haar man [[p:Gerrit]].
[[d:28-2]] 15.00 bed beschikbaar in {{o:Woonzorgcentrum Bosch en Duin}}? Nog niet zeker.""",
    """To do vr [[d:28-02]] ([[p:Kübra]])
- [[p:Martina]]!!! vandaag laatste dag bij neef. Crisisplek {{o:De Piramide}} bevestigd vanaf [[d:za 1/3]], 12u melden. Zelf brengen? Auto reserveren
- mw. [[p:Kaya]] – mail school [[p:Hamers]] over plan [[p:Elif]]
- declaratie tolk [[p:Sultani]] ([[dos:TVCN-448102]])
- [[p:Nowak]] – check of DigiD-brief op briefadres is aangekomen""",
    """Van: [[mail:anouk.deboer@cjgdenhaag.nl]]
Aan: [[mail:k.aydin@meehaaglanden.nl]]; [[mail:i.brouwer@veiligthuishaaglanden.nl]]
Onderwerp: RE: [[p:Elif K.]] – schoolverzuim

Hoi allebei,
Gesproken met mentor [[p:Hamers]] en {{r:leerplichtambtenaar}} [[p:R. Ouwehand]]. Geen proces-verbaal, wel traject "Thuiszitters" met 2 ochtenden per week op school, start [[d:maandag 3 maart]]. [[p:Elif]] heeft zelf aangegeven dat ze zich zorgen maakt om haar moeder en daarom thuisblijft. Ik bied haar gesprekken aan bij onze {{r:jeugdpsycholoog}}.
Moeder heeft nieuw nummer: [[tel:06-1839 2274]] (oude telefoon afgepakt door vader).
Groetjes, [[p:Anouk]]
{{r:Jeugdconsulent}} {{o:CJG}} {{w:Escamp}} | [[tel:06-46021578]]""",
    """Huisbezoek mw. [[p:Amrani]] – [[d:28-02-25]] – [[p:Jeroen]]
Post geordend in 4 mappen. Beslag {{o:DUO}} bleek beslag van {{o:CAK}} (bestuursrechtelijke premie). Beslagvrije voet verkeerd berekend, € 214 p/m te veel ingehouden. Mail aan {{o:CAK}} gestuurd. Mw. zegt dat zoon [[p:Yassin]] 's avonds pakketjes bezorgt om haar te helpen ("hij is mijn man in huis"). Dat baart zorgen: school? Contact gezocht met {{r:jongerenwerker}} [[p:Soufiane]].""",
    """[16:58, [[d:28-2-2025]]] [[p:Kübra Aydın]]: Dhr. [[p:M.]] is morgen om 12 in {{o:De Piramide}}. Hij was zo opgelucht, hij gaf me een knuffel en zei "jij bent beter dan mijn {{r:bewindvoerder}}" 😅
[17:00, [[d:28-2-2025]]] [[p:Priya Ramsaran]]: 🥹 Wat fijn!
[17:01, [[d:28-2-2025]]] [[p:Jeroen Bakker]]: haha dat zeg ik niet tegen [[p:Kuipers]]""",
    """Formulier "Melding Zorg & Overlast" – {{o:Meldpunt Zorg en Overlast}} ({{o:GGD}})
Melder: [[p:S. Baldewsingh]] (buurvrouw), telefoon [[tel:0630271194]]
Betreft: dhr. [[p:H. de Jong]] (67), [[adr:Oudemansstraat 77]], [[pc:2531TK]]
Aard: stankoverlast, vervuilde woning, man is vermagerd, loopt in zomerkleding in de kou
Datum melding: [[d:27-02-2025]]
Doorgezet naar: {{o:SWT Moerwijk}}, bekend bij team (regiehouder [[p:D. Hoop]])
Registratienr.: [[dos:MZO-25-01290]]""",
    """Overdracht weekend [[d:28/2]]-[[d:2/3]] – {{r:bereikbaarheidsdienst}}
• Mw. [[p:Zomer]] ligt in {{o:Haga}}, niets doen tenzij ziekenhuis belt; contact dochter [[tel:06-24871936]].
• Dhr. [[p:Martina]] meldt zich za 12u in {{o:De Piramide}} ({{o:Leger des Heils}}). Als hij niet komt: bel [[p:Kübra]] privé [[tel:06-29437015]] (alleen spoed).
• Fam. [[p:Kaya]]: vader mag niet komen. Bij incident 112 en {{o:Veilig Thuis}}.
• Dhr. [[p:Vos]] – nog geen afspraken.
Dienst: [[p:Esther]] ([[tel:06-31478209]])""",
]
T += [
    # ---------- week 5: ma 3 mrt - vr 7 mrt 2025 ----------
    """Van: [[mail:linda.mei@denhaag.nl]]
Aan: pilotgroep Samen werken in het sociale domein
Datum: maandag [[d:3 maart 2025]]
Onderwerp: casuslessen op het kennisplatform – let op privacy!

Beste pilotdeelnemers,
Er zijn inmiddels 14 casuslessen geplaatst, dank! Helaas moesten we er drie offline halen omdat er nog namen, een adres of een telefoonnummer in stonden. Gebruik het sjabloon en check vóór plaatsing: geen namen (ook niet van collega's of kinderen), geen geboortedata, geen straat + huisnummer, geen dossiernummers. Wijk, leeftijd en organisaties mogen wél, dat maakt de les bruikbaar. Leg per les vast dat de cliënt toestemming gaf.
De expertmeeting is verschoven naar dinsdag [[d:15 april]].
Hartelijke groet,
[[p:Linda Mei]]
{{r:projectleider}} pilot, {{o:Gemeente Den Haag}}, [[tel:06-27 55 31 08]]""",
    """[[d:03-03-25]] 07:31 - [[p:Roos van Dijk]]: Taxi voor dhr. [[p:Jagessar]] naar logeeropvang staat om 10.30. Mw. belde al 2x of ze hem wel mag opzoeken 😢 Natuurlijk mag dat
[[d:03-03-25]] 07:35 - [[p:Priya Ramsaran]]: Ik ga om 11 even bij haar langs, ze is vast alleen in dat huis
[[d:03-03-25]] 07:36 - [[p:Roos van Dijk]]: lief. Neem de folder van [[p:Petra]] ({{r:mantelzorgconsulent}}) mee""",
    """INTAKE {{o:SWT Moerwijk}} – [[d:3 maart 2025]]
Naam: [[p:Ionuț Popescu]], 31 jr, Roemeens
Verblijf: kamer in [[adr:Vaillantlaan 281-3]], [[pc:2526 JD]] (8 mannen in een bovenwoning, huisbaas onbekend, huur € 450 contant)
Tel.: [[tel:+40 742 318 905]] en [[tel:06 1945 3328]]
Werk: via uitzendbureau bij distributiecentrum, na bedrijfsongeval (hand) ontslagen. Geen loon over januari ontvangen (€ 1.640 bruto).
Rekening: [[iban:RO44BTRL4514957171174005]], geen NL-rekening.
BSN: [[bsn:538445944]]
Vraag: loon terugkrijgen, huisvesting. Verwijzing {{o:FairWork}} en {{o:Juridisch Loket}}. Verdenking uitbuiting → signaal naar {{o:Inspectie SZW}}? Eerst met dhr. bespreken; hij is bang.""",
    """Huisbezoek mw. [[p:Jagessar]], [[d:3-3-25]] 11.15
Mw. zat aan de keukentafel met zijn bril in haar handen. "34 jaar getrouwd en nu is het stil." Ze heeft sinds november niet meer doorgeslapen. Samen plan gemaakt voor de 2 weken: dagelijks bezoek 14-16u, 's ochtends rust, vrijdag naar de mandir met haar zus [[p:Sarita]]. Ze wil ook weer naar de Hindoestaanse vrouwengroep in het wijkcentrum. Aanmelding mantelzorgwaardering gedaan. Haar e-mail voor de folders: [[mail:shanti.jagessar@ziggo.nl]]. [[p:P.R.]]""",
    """Journaal [[dos:SWT-MW-2025-0051]] – dhr. [[p:Mustafa Demir]]
[[d:04-03]] aangemeld door {{r:huisarts}} dr. [[p:van Tol]]? nee, door POH [[p:Femke]]. Diabetes ontregeld, HbA1c te hoog, mist afspraken. Dhr. (59) is na 30 jr bij {{o:Vlisco}} in Helmond? (moet navragen) in de WW gekomen, schaamt zich, zegt tegen familie dat hij nog werkt. Vrouw [[p:Emine]] weet van niets. Zoon [[p:Burak]] woont in {{w:Leyenburg}}. Gesprek in het Turks met [[p:Kübra]]. Adres: [[adr:Ambachtsgaarde 153]], [[pc:2542 EH]]. Tel [[tel:06 - 28 11 94 60]].""",
    """Kleine correctie op het journaal van dhr. [[p:Demir]]: verwijzer is {{r:POH-GGZ}} [[p:Femke Jansen]], niet dr. [[p:van Tol]]. Ik heb het aangepast. En het was {{o:Vlisco}} in Helmond niet, hij werkte bij een textielbedrijf in Rijswijk. – [[p:Kübra]]""",
    """Verslag themagroep Huiselijk Geweld #2 – di [[d:4 maart]]
Locatie: {{o:Veilig Thuis Haaglanden}}, Zoetermeer. Aanwezig: [[p:Kübra Aydın]] ({{w:Moerwijk}}), [[p:Fleur Heemskerk]] ({{w:Laak}}), [[p:Youssef Amezian]] ({{w:Transvaal}}), [[p:Ilse Brouwer]] ({{o:VT}}, gastspreker), [[p:Ellen Schreuder]].
Thema: meldcode en de rol van het SWT na een huisverbod. Knelpunt: na 10-28 dagen huisverbod stopt de intensieve hulp en blijft het SWT alleen achter. Voorbeeld uit {{w:Laak}}: vrouw ging na 3 weken terug naar partner, SWT hoorde het pas via school. 
Les: afspraak over "warme overdracht" vóór het huisverbod afloopt, met datum in ieders agenda. [[p:Kübra]] deelt geanonimiseerd de aanpak rond de rondetafel (fam. met 2 kinderen, {{w:Escamp}}).""",
    """[[[d:04-03-2025]] 13:02] [[p:Dewi Hoop]]: Wie weet hoe laat de inspectie bij [[p:dJ]] is op de [[d:10e]]?
[[[d:04-03-2025]] 13:05] [[p:Esther Koster]]: 9u. [[p:Sandra]] van {{o:Haag Wonen}} zegt dat het een "vriendelijke" inspectie wordt
[[[d:04-03-2025]] 13:05] [[p:Dewi Hoop]]: vriendelijk 😂 ik ga mee
[[[d:04-03-2025]] 13:07] [[p:Mo]]: ik kan ook, ben toch in de buurt bij [[p:Petrov]]""",
    """Aan: [[mail:bezwaar@kessler-stichting.nl]]
Van: [[mail:m.elidrissi@mooiwelzijn.nl]]
Betreft: bezwaar afwijzing opvang, ref. [[dos:KS-NO-25-0193]]

Geachte heer, mevrouw,
Namens dhr. [[p:N. Petrov]], geboren [[d:02-02-1975]] te Sofia, maak ik bezwaar tegen de afwijzing van [[d:13 februari 2025]]. Dhr. verblijft sinds 2016 in Nederland, waarvan aantoonbaar 3 jaar in Den Haag (loonstroken, eerdere inschrijving op [[adr:Vlierboomstraat 412]], [[pc:2564 JS]]). Hij heeft een bijgewerkte medische verklaring van de {{r:straatdokter}}.
Voor correspondentie: p/a {{o:SWT Moerwijk}}.
Met vriendelijke groet,
[[p:M. El Idrissi]], {{r:maatschappelijk werker}}""",
    """Notitie [[d:wo 5/3]]: [[p:Petrov]] vrijgelaten na politie-verhoor, taakstraf 20 uur. Bulgaars paspoort aangevraagd, ambassade nr. [[dos:BG-CONS-2025/0712]]. Hij is nuchter vandaag, zegt dat de cel "wakker schudden" was. Bij hem gezeten op het bankje bij de kinderboerderij. Zijn moeder leeft nog, in Plovdiv, hij heeft haar 9 jaar niet gezien. Hij wil haar bellen maar schaamt zich. Volgende stap: Bulgaarse tolk, schuldenoverzicht.""",
    """Casusoverleg woensdag [[d:5 maart 2025]] – notulen [[p:Thijs]]
1. Mw. [[p:Zomer]] – verhuist [[d:vr 7/3]] naar {{o:Bosch en Duin}} (psychogeriatrie). Dochter opgelucht. Wmo-aanvraag intrekken ([[dos:WMO/25/00389]]). Afsluiten per eind maart na nazorg.
2. Dhr. [[p:Popescu]] – signaal uitbuiting. {{o:FairWork}} neemt contact op. Dhr. wil geen aangifte. We respecteren dat, maar leggen het vast.
3. Fam. [[p:Warsame]] – toeslagen toegekend! Herstelteam {{o:UHT}} is gestart. [[p:Jeroen]] sluit schuldenbemiddeling af, gaat naar {{o:Kredietbank}}?
4. Dhr. [[p:Ouali]] – stabilisatie rond, {{o:Staedion}} akkoord met regeling. POH-gesprekken lopen. Zoon [[p:Bilal]] → [[p:Soufiane]] (jongerenwerk).
Rondvraag: [[p:Esther]] met verlof vanaf [[d:17 maart]] (2 wk), [[p:Marco]] neemt regie over.""",
    """Hoi [[p:Esther]]! Even een appje via de werk-telefoon: ben vanochtend bij mw. [[p:Chen]] geweest met haar zoon. Sleutelkluis hangt, code heeft alleen thuiszorg. Alarmering via {{o:Livio}} ook aangevraagd. Ze gaf me een pot jasmijnthee mee en zei "jij bent mijn Nederlandse dochter" 🥹 Zoon [[p:Jason]] zijn mail voor updates: [[mail:jason.chen.ams@outlook.com]]. Groetjes [[p:Priya]]""",
    """Intake (kort) mw. [[p:Maria Fortes]] – [[d:05-03-2025]] – door [[p:Sanne]]
Kaapverdiaans, 62, woont [[adr:Hoefkade 12 d]], [[pc:2526 BX]] ({{w:Laakkwartier}}). Werkte 25 jaar in de schoonmaak, nu ziek thuis met reuma. Man [[p:João]] overleed vorig jaar, sindsdien zijn er problemen met het nabestaandenpensioen (fonds wil overlijdensakte uit Kaapverdië). Dochter [[p:Djenifer]] (33) helpt, woont in Rotterdam-Zuid.
Tel. mw.: [[tel:070 - 380 19 55]], dochter [[tel:+31 6 5530 2481]].
Verwijzen naar {{r:sociaal raadslid}} voor pensioen, zelf: eenzaamheid, kerk ({{o:Kaapverdische Katholieke Gemeenschap}}).""",
    """ToDo [[p:Jeroen]] wk 10
✔ {{o:Staedion}}-regeling [[p:Ouali]] (vast, 24 x € 142)
✔ mw. [[p:Amrani]] – {{o:CAK}} teruggave € 642
☐ [[p:Mensah]] – stukken voor zitting [[d:vr 7 maart]]: loonstroken [[p:Abena]], {{o:UWV}}-beslissing, budgetplan
☐ [[p:Warsame]] – overdracht {{o:Kredietbank}}, dossier [[dos:KBH-2025-00218]]
☐ [[p:Tesfay]] – bezwaar zorgtoeslag (termijn [[d:14/3]]!!)
☐ nieuwe aanmelding mw. [[p:Rosaria]] – afspraak plannen""",
    """[09:21, [[d:6-3-2025]]] [[p:Sanne de Wit]]: Morgen verhuist mw. [[p:Z.]] Ik ga om 10u mee, doos met foto's van haar man is het belangrijkst
[09:22, [[d:6-3-2025]]] [[p:Roos van Dijk]]: Ik kom ook even. Ze was zo'n lieve mevrouw om te verzorgen
[09:40, [[d:6-3-2025]]] [[p:Marco Visser]]: Denk aan je eigen grenzen, [[p:Sanne]]. Daarna even uitblazen""",
    """Verslag themagroep Jeugd #2 – do [[d:6 maart]] (online)
Aanwezig: [[p:Esther Koster]] (namens {{w:Moerwijk}}, invaller), [[p:Lisanne Dekker]] ({{o:CJG}} Centrum), [[p:Orlando Rosaria]]? nee – [[p:Orlando Martis]] ({{o:SWT Schilderswijk}}), [[p:Bart Winter]].
Onderwerp: jongeren die de schulden van hun ouders dragen ("parentificatie"). [[p:Esther]] schetst twee casussen: een zoon van 19 die de post van zijn vader doet, een jongen van 16 die 's avonds pakketjes bezorgt. [[p:Orlando]]: in de {{w:Schilderswijk}} zien we dat meisjes vaker de tolk zijn voor moeder.
Afspraak: gezamenlijke les voor het platform, en verkennen of het {{o:Jongerenloket}} jongeren kan aanspreken zonder dat ouders het als bemoeienis zien.""",
    """Dossier [[dos:SWT-MW-2025-0031]] – afsluitende notitie
Mw. [[p:H.J. Zomer-Dekker]] is op vrijdag [[d:7 maart 2025]] verhuisd naar {{o:Bosch en Duin}}, afdeling Duinroos. Overdracht aan {{r:specialist ouderengeneeskunde}} en {{r:EVV}}'er gedaan. Contactpersoon: dochter [[p:Marjolein]]. Wmo-voorzieningen beëindigd. Woning ({{o:Vestia}}/{{o:Haag Wonen}}?) wordt door dochter opgezegd per [[d:1 mei]]. Nazorgcontact met dochter op [[d:21-3]].""",
    """[[d:07-03-25]] 14:38 - [[p:Jeroen Bakker]]: WSNP toegelaten voor [[p:Mensah]]!!! Rechter was streng maar fair
[[d:07-03-25]] 14:39 - [[p:Mo]]: yesss 💪
[[d:07-03-25]] 14:40 - [[p:Esther Koster]]: Topwerk [[p:Jeroen]]
[[d:07-03-25]] 14:52 - [[p:Jeroen Bakker]]: Zijn vrouw [[p:Abena]] heeft me een fles Ghanese peper-saus gegeven. Onder de €15 🤣""",
    """Overdracht naar weekend, vr [[d:07-03-25]]
• Dhr. [[p:Petrov]]: slaapt in nachtopvang Zilverstraat (winterregeling weer actief, vorst). Nr. straatteam [[tel:06-43379120]].
• Mw. [[p:Kaya]]: vader heeft sms gestuurd aan [[p:Elif]], mw. heeft screenshot, {{o:VT}} geïnformeerd. Geen acuut gevaar ingeschat.
• Dhr. [[p:Vos]]: eerste maaltijd bezorgd, hond Tommie ziek (hij wil geld voor dierenarts lenen).
Dienst: [[p:Marco Visser]], [[tel:06-1290 4476]].""",
]
T += [
    # ---------- week 6: ma 10 mrt - vr 14 mrt 2025 ----------
    """Route huisbezoeken ma [[d:10-03]] ([[p:Dewi]] + [[p:Mo]], dienstauto)
09.00 [[adr:Oudemansstraat 77]] – inspectie {{o:Haag Wonen}} (bij voordeur verzamelen)
10.45 [[adr:Vaillantlaan 281-3]] – Roemeense mannen, {{o:FairWork}} mee
12.00 lunch / wijkcentrum
13.30 [[adr:Zonnebloemstraat 89]] – hond! eerst bellen [[tel:06-10338726]]
15.00 {{w:Zuiderpark}} kinderboerderij – straatteam
16.30 terug, dienstauto tanken (pasje ligt bij [[p:Marco]])""",
    """Verslag woninginspectie [[d:10 maart 2025]] – [[adr:Oudemansstraat 77]], [[pc:2531 TK]]
Aanwezig: [[p:S. Lelieveld]] ({{r:woonconsulent}} {{o:Haag Wonen}}), [[p:D. Hoop]] en [[p:M. El Idrissi]] (SWT), dhr. [[p:de Jong]].
Dhr. had de gang zelf vrijgemaakt (12 zakken oud papier, door [[p:Wim]] afgevoerd). Keuken en slaapkamer nog ernstig vervuild, badkamer onbruikbaar. Geen ongedierte gezien, wel muizenkeutels. {{o:Haag Wonen}} constateert "ernstige vervuiling, maar in verbetering". Afspraak: schoonmaak via {{o:Stichting Schoon Schip}} in 2 rondes ([[d:20-3]] en [[d:3-4]]), kosten via bijzondere bijstand. Geen juridische stappen zolang hij meewerkt. Hercontrole [[d:15 mei]].""",
    """[[[d:10-03-2025]] 11:03] [[p:Dewi Hoop]]: Inspectie [[p:Henk]]: GEEN ontruiming! Hij heeft de hele gang leeggehaald met zijn broer 😭😭
[[[d:10-03-2025]] 11:04] [[p:Roos van Dijk]]: Wauw. Die wond is ook bijna dicht trouwens
[[[d:10-03-2025]] 11:05] [[p:Esther Koster]]: Dit wordt een mooie casusles voor het platform. Zonder zijn naam deze keer 😉
[[[d:10-03-2025]] 11:06] [[p:Dewi Hoop]]: haha ja ik heb het gehoord van [[p:Linda]]""",
    """Aanvraag bijzondere bijstand schoonmaak – ingevuld [[d:10-3-2025]]
Aanvrager: [[p:Hendrik de Jong]]
Geboortedatum: [[d:05-08-1957]]
BSN: [[bsn:6974.38.168]]
Adres: [[adr:Oudemansstraat 77]]
Postcode: [[pc:2531 TK]]
IBAN: [[iban:NL67ASNB1278060219]]
Kosten: € 1.450 (offerte {{o:Stichting Schoon Schip}}, nr [[dos:SS-2025-0311]])
Motivatie: zie rapportage {{r:welzijnscoach}}; zonder schoonmaak dreigt ontruiming.
Contactpersoon: [[p:D. Hoop]], [[mail:d.hoop@mooiwelzijn.nl]]""",
    """Intake mw. [[p:Gisela Rosaria]] – [[d:10-03-2025]] – [[p:J. Bakker]]
Geb. [[d:29-01-1970]] op Curaçao; woont [[adr:Melis Stokelaan 1950 A]], [[pc:2541 GV]] ({{w:Morgenstond}}).
Tel. [[tel:06 - 39 82 74 11]]. E-mail: [[mail:giselarosaria70@gmail.com]]
Schulden ca. € 23.000 (o.a. postorderbedrijven, {{o:Belastingdienst}}, oude huurschuld {{o:Vestia}}). Werkt als zorgmedewerker, vaste baan, maar "het geld is op de 10e al op". Eerder bij {{o:Kredietbank Haaglanden}} uitgevallen (2019). Heeft een dochter [[p:Shanaira]] (24) die bij haar inwoont en ook schulden heeft.
Afspraak: budgetcoaching via {{o:Humanitas Thuisadministratie}}, aanmelding {{o:SHV}} na 3 maanden stabiel. Volgende afspraak [[d:24 maart]].""",
    """Hallo [[p:Ellen]],
Hierbij de geanonimiseerde casus voor de volgende themabijeenkomst Bemoeizorg. Ik heb namen weggelaten, maar check je het even? Ik twijfel over de straat, die heb ik laten staan omdat iedereen in {{w:Moerwijk}} die flat kent.
"Man van 67, [[adr:Oudemansstraat 77]], vervuilde woning, afgesloten van energie dreigde per [[d:24-2]]…"
Ohja en de broer uit Rotterdam heb ik "[[p:W.]]" genoemd.
Groet, [[p:Dewi]]""",
    """Re: casus Bemoeizorg

Hoi [[p:Dewi]], goed dat je het vraagt: het huisnummer en de datum moeten eruit, en "[[p:W.]]" ook, dat is met de rest erbij te herleiden. Straatnaam zonder nummer in combinatie met leeftijd en wijk vind ik ook nog riskant; maak er "een portiekflat in {{w:Moerwijk}}" van. De rest is prima en heel leerzaam!
Groet, [[p:Ellen Schreuder]] ({{o:CAOP}})
[[mail:e.schreuder@caop.nl]] | [[tel:070 - 376 59 12]]""",
    """Journaal dhr. [[p:Tesfay]] [[dos:SWT-MW-2025-0019]]
[[d:11-03]] Bezwaar zorgtoeslag 2023 verstuurd (kenmerk {{o:Belastingdienst}} [[dos:TSL 2023 4411 8902 1]]), termijn gehaald. Dhr. is sinds een week bij walking football, zegt dat hij er "twee vrienden uit Sudan" heeft. Hij komt minder vaak onaangekondigd. Vraagt hulp bij het vinden van een stage als elektricien. Verwijzing {{o:Werkgevers Servicepunt}} / {{o:Haagse Hogeschool}}? Inburgering B1-examen staat op [[d:22 april]]. Volgend contact over 3 weken. [[p:M.E.I.]]""",
    """Intake fam. [[p:Al-Hamwi]] – [[d:11 maart 2025]] – [[p:Priya]] + [[p:Kübra]] (Arabisch via tolk, tolknr [[dos:TVCN-451877]])
Adres: [[adr:Loosduinseweg 1020]], [[pc:2571 CJ]]? (check: ligt net buiten ons gebied, afstemmen met {{o:SWT Segbroek}})
Mw. [[p:Rasha Al-Hamwi]] (47), dhr. [[p:Khaled Al-Hamwi]] (52), zoon [[p:Omar]] (17), dochter [[p:Lina]] (13). Statushouders sinds 2019. Dhr. was apotheker in Aleppo, heeft een hartinfarct gehad en kan niet werken. Mw. wil werken maar diploma (lerares) niet erkend. [[p:Omar]] dreigt van school te gaan om geld te verdienen.
Wensen: diplomawaardering via {{o:IDW}}, schuldenoverzicht (studieschuld {{o:DUO}}?), rust in huis.""",
    """[16:20, [[d:11-3-2025]]] [[p:Priya Ramsaran]]: Adres [[p:Al-Hamwi]] valt onder {{o:SWT Segbroek}}. Ik heb hun {{r:casusregisseur}} gebeld, [[p:Gijs]], we doen een warme overdracht
[16:21, [[d:11-3-2025]]] [[p:Kübra Aydın]]: jammer, ik had een klik met mw. Maar goed dat het juiste team het oppakt
[16:23, [[d:11-3-2025]]] [[p:Esther Koster]]: 👍 Overdrachtsformulier graag vóór vrijdag, dan kan ik nog tekenen voor mijn verlof""",
    """OVERDRACHTSFORMULIER TUSSEN TEAMS
Van: {{o:SWT Moerwijk}} – [[p:P. Ramsaran]], [[tel:06-30512276]]
Naar: {{o:SWT Segbroek}} – [[p:G. Verbeek]], {{r:casusregisseur}}
Cliënt(en): fam. [[p:Al-Hamwi]], [[adr:Loosduinseweg 1020]], [[pc:2571CJ]] Den Haag
Hoofdaanvrager: [[p:Khaled Al-Hamwi]], geb. [[d:20-06-1972]], BSN [[bsn:157 325 441]]
Partner: [[p:Rasha Al-Hamwi]], geb. [[d:09-02-1978]]
Dossiernr. {{o:SWT Moerwijk}}: [[dos:SWT-MW-2025-0058]]
Toestemming overdracht: getekend [[d:11-03-2025]]
Korte samenvatting: zie intakeverslag. Urgent: zoon (17) dreigt schooluitval.
Datum overdracht: [[d:13-03-2025]]""",
    """Casusoverleg [[d:12-3]] – laatste voor verlof [[p:Esther]]
• Dhr. [[p:Sultani]]: gezinshereniging – {{o:IND}} heeft aanvullende stukken gevraagd, deadline [[d:2 april]]. {{o:VluchtelingenWerk}} helpt. Hij slaapt iets beter sinds EMDR is gestart bij {{o:Parnassia}} ({{o:i-psy}}?). 
• Mw. [[p:Nowak]]: bijstand toegekend per [[d:25-2]], {{o:ING}}-rekening geopend: [[iban:NL10 INGB 6377 5086 01]]. Woningzoekende ingeschreven. Dochter [[p:Zuzanna]] wil na de zomer naar het hbo.
• Dhr. [[p:Vos]]: hond overleden. Dhr. drinkt meer. [[p:Roos]] en {{o:Brijder}} gaan samen langs.
• Nieuw: dhr. [[p:Soerin Mahabier]], mw. [[p:Wiśniewska]]? (aanmeldingen via {{o:Servicepunt XL}}).""",
]
T += [
    """Themagroep Ouderen #3 – do [[d:13-3-2025]] – {{o:SWT Laak}}, Hoefkade
Aanwezig: [[p:Sanne]], [[p:Joke]], [[p:Ahmed]], [[p:Gülsen]] (gastvrouw), [[p:Ellen]]; afwezig: [[p:Ria Bakker]] (ziek).
[[p:Ahmed]] heeft met 3 huisartsen in {{w:Bouwlust}} afgesproken dat de {{r:praktijkondersteuner}} 80-plussers die >1 jaar niet op het spreekuur kwamen doorgeeft aan de {{r:ouderenconsulent}}, mét toestemming van de patiënt. Privacy-check door {{r:FG}} gemeente loopt.
[[p:Sanne]] vertelt over een mevrouw met dementie die via de bingo in beeld kwam en nu is opgenomen: "te laat, maar wel met haar dochter samen". 
Voor expertmeeting [[d:15/4]]: poster maken "Vindplaatsen eenzaamheid". Sluiting pilot in juni: [[p:Joke]] regelt de locatie.""",
    """[[d:13-03-25]] 10:10 - [[p:Thijs]]: Mag ik vragen wie de notulen van de themagroep Jeugd maakt? [[p:Esther]] zei dat ik dat mocht doen als oefening
[[d:13-03-25]] 10:14 - [[p:Esther Koster]]: Klopt! Volgende is op [[d:20/3]] om 15u, link staat in de agenda. Ik ben dan met verlof dus jij bent onze ogen en oren
[[d:13-03-25]] 10:15 - [[p:Thijs]]: 🫡""",
    """Toestemmingsverklaring gegevensuitwisseling sociaal wijkzorgteam
Ondergetekende: [[p:Soerin Mahabier]]
Geboortedatum: [[d:16 december 1955]]
BSN: [[bsn:390345519]]
Adres: [[adr:Dedemsvaartweg 317]], [[pc:2544 NX]] Den Haag
geeft toestemming aan het {{o:sociaal wijkzorgteam Moerwijk}} om informatie uit te wisselen met: {{r:huisarts}} ☒, {{o:Parnassia}} ☐, {{o:Schuldhulpverlening}} ☒, {{o:Haag Wonen}} ☒, familie: zoon [[p:Rakesh Mahabier]] ☒
Geldig tot: [[d:13-03-2026]]
Handtekening cliënt: [[p:S. Mahabier]]   Datum: [[d:13-03-2025]]
Namens SWT: [[p:J. Bakker]]""",
    """Intakeverslag dhr. [[p:Mahabier]] – [[d:13/3]]
Dhr. (69), weduwnaar sinds 2023, woont in een {{o:Haag Wonen}}-flat in {{w:Morgenstond}}. Aangemeld door {{o:Servicepunt XL}} nadat hij daar voor de 5e keer kwam met een brief van het {{o:CAK}}. Dhr. heeft een kleine AOW (onvolledige opbouw, in 1979 uit Suriname gekomen) en geen aanvullende bijstand aangevraagd (AIO). Vaste lasten hoger dan inkomen. Hij leent geld van zijn zoon, die het zelf ook niet breed heeft. Dhr. is trots, "in onze familie vragen we niet".
Vervolg: AIO-aanvraag bij {{o:SVB}} ([[dos:SVB-AIO-25-77614]]), huurtoeslag checken, tel. zoon [[tel:06-2418 3396]].""",
    """Van: [[mail:e.koster@denhaag.nl]]
Aan: team {{o:SWT Moerwijk}}
Datum: vrijdag [[d:14 maart 2025]] 16:45
Onderwerp: overdracht tijdens mijn verlof ([[d:17/3]] – [[d:28/3]])

Lieve allemaal,
Twee weken weg, ik laat mijn telefoon thuis (echt!). [[p:Marco]] neemt de regie over. De lopende zaken staan in het overzicht, belangrijkste punten:
- [[p:Kaya]]: evaluatie ronde tafel [[d:25 maart]], [[p:Kübra]] gaat, {{o:VT}} voorzitter.
- [[p:De Jong]]: schoonmaak [[d:20 maart]], [[p:Dewi]].
- [[p:Martina]]: crisisplek loopt af [[d:29/3]]!! [[p:Kübra]] + [[p:Priya]], zie mail {{o:Centrale Toegang}}.
- [[p:Zomer]]: nazorg dochter [[d:21/3]], [[p:Sanne]].
Bereikbaarheid bij calamiteit: [[p:Marco]], [[tel:06-12904476]].
Tot snel, [[p:Esther]]""",
    """Van: [[mail:centraletoegang@denhaag.nl]]
Aan: [[mail:k.aydin@meehaaglanden.nl]]
Onderwerp: Beschermd wonen – [[dos:CT-25-003318]]

Geachte mevrouw [[p:Aydın]],
De aanvraag voor dhr. [[p:R.A. Martina]] ([[d:30-06-1988]]) is beoordeeld. Er is een indicatie voor beschermd wonen, maar momenteel geen plaats. Verwachte plaatsing via {{o:Kessler Stichting}} locatie [[adr:Zusterstraat 29]] is niet eerder dan [[d:1 juni 2025]]. Wij adviseren de crisisplek te verlengen. Bij vragen: bel [[tel:070 - 353 77 25]] (ma-do).
Met vriendelijke groet,
[[p:E. van den Heuvel]], {{r:consulent}} {{o:Centrale Toegang}}""",
    """[[[d:14-03-2025]] 09:02] [[p:Kübra Aydın]]: Pfff. Beschermd wonen [[p:Martina]] pas juni. Crisisplek stopt [[d:29/3]]. Ideeën?
[[[d:14-03-2025]] 09:05] [[p:Mo]]: Logeerhuis van {{o:MEE}} zelf? Of die kamer bij {{o:Stichting Anton Constandse}}?
[[[d:14-03-2025]] 09:07] [[p:Priya Ramsaran]]: Ik bel {{o:Leger des Heils}} over verlenging, zij kennen hem nu
[[[d:14-03-2025]] 09:10] [[p:Marco Visser]]: Goed, neem het maandag mee. Niet in paniek, we hebben 2 weken""",
    """Journaal [[dos:SWT-MW-2025-0007]] dhr. [[p:Martina]]
[[d:14-03-2025]] Tel. contact met {{o:Leger des Heils}}, begeleider [[p:Kevin Pinas]] (geen familie van mw. [[p:Pinas]] 😉). Verlenging crisisplek mogelijk t/m [[d:30 april]] als dhr. zich aan de afspraken houdt (hij heeft 1 waarschuwing ivm blowen). Dhr. zelf gesproken: blij, wil graag "iets met koken" doen. Hij werkte ooit als hulpkok in een hotel in Willemstad. Idee: werkervaringsplek keuken {{o:Buurtcentrum De Boog}}.""",
    """Nazorg-/afsluitformulier {{o:SWT Moerwijk}}
Dossiernummer: [[dos:SWT-MW-2024-0215]]
Cliënt: [[p:W.M. Mulder]] ([[d:15-07-1943]])
Adres: [[adr:Abtswoudeweg 14]], [[pc:2533 GS]]
Reden afsluiting: doelen behaald – maatje (mw. [[p:Ans]] van {{o:Stichting MOOI}}) komt wekelijks, rollator geleverd, gaat 2x per week naar {{o:Buurtcentrum De Boog}}.
Zorgen bij afsluiting: geen
Datum afsluiting: [[d:14-03-2025]]
Regiehouder: [[p:S. de Wit]], {{r:ouderenconsulent}}""",
    """To do vóór verlof ([[p:Esther]])
- handtekening overdracht [[p:Al-Hamwi]] (!!) → [[p:Gijs]] {{w:Segbroek}}
- eindgesprek [[p:Thijs]] stage – verplaatsen naar [[d:31-3]]
- kennisplatform: 2 casuslessen nalezen ([[p:Dewi]]: bemoeizorg; [[p:Jeroen]]: schulden) → check op namen!!
- planten water geven
- out-of-office aanzetten""",
    """Huisbezoek dhr. [[p:K. Vos]] – vr [[d:14-3]] – [[p:Roos]] + [[p:Marloes]] ({{o:Brijder}})
Dhr. zat in het donker, hondenmand nog naast de bank. Hij had sinds woensdag niet gegeten, wel gedronken. Geen suïcidale uitspraken, wel "het hoeft voor mij niet meer zo". [[p:Marloes]] heeft de {{r:crisisdienst}} niet ingeschakeld na gesprek; afspraak dat hij maandag naar de {{r:huisarts}} gaat ([[p:Marloes]] gaat mee) en dat [[p:Roos]] morgen (za) belt. Buurman [[p:Freek]] van nr. 91 heeft aangeboden om boodschappen te doen; dhr. vond dat goed. Zoon [[p:Dennis]]: nog steeds geen contact, dhr. wil niet dat we hem bellen.""",
    """Weekafsluiting {{w:Moerwijk}} – [[d:14/03/2025]] (notitie [[p:Marco]])
Afgesloten deze week: 3 (waaronder [[p:Zomer]], [[p:Mulder]]). Nieuw: 4. Actief: 66.
Signalen voor de gemeente: (1) geen plek beschermd wonen vóór juni, (2) arbeidsmigranten zonder inschrijving vallen buiten alle regelingen, (3) wachttijd {{o:GGZ}}.
Pilot: 3 casuslessen aangeleverd, 1 teruggestuurd wegens herleidbare gegevens. Met de pilotgroep afspreken: altijd 4-ogen-check vóór plaatsing.""",
]
T += [
    # ---------- kennisplatform: casuslessen ----------
    """CASUSLES – Bemoeizorg: tijd kopen is ook een interventie
Thema: bemoeizorg | Wijk: {{w:Moerwijk}} | Team: {{o:SWT Moerwijk}} | Toestemming cliënt: ja, [[d:10-03-2025]]
Situatie: man van 67, alleenstaand, ernstig vervuilde woning, energie zou op [[d:24 februari]] worden afgesloten. Melding via buurvrouw en later via het {{o:Meldpunt Zorg en Overlast}} ([[dos:MZO-25-01290]]).
Aanpak: drie keer terugkomen zonder agenda, koffie op neutrale plek, eerst de wond en de kachel, pas daarna de post. Familie pas na expliciete toestemming. Afstemming met de {{r:woonconsulent}} vóór de inspectie.
Les: ontruimingsdreiging werkt averechts bij zorgmijders; koop tijd met de corporatie en laat zien dat er beweging is.
Auteur: [[p:Dewi Hoop]], {{r:welzijnscoach}}""",
    """CASUSLES – Schulden: één vast gezicht
Thema: schulden/armoede | Wijk: {{w:Moerwijk}} | Toestemming: ja
Een alleenstaande moeder (44) met een zoon van 16 had zeven instanties op haar dak. Ze zei in het eerste gesprek: "ik wil één persoon die alles weet". We maakten de {{r:schuldhulpverlener}} vaste contactpersoon. In de post bleek het beslag niet van {{o:DUO}} maar van het {{o:CAK}} te komen, met een verkeerd berekende beslagvrije voet (€ 214 per maand te veel). Na herberekening kreeg mw. € 642 terug.
Wat we leerden: check altijd wie de beslaglegger is voordat je gaat bellen. En vraag naar de kinderen: haar zoon [[p:Yassin]] bezorgde 's avonds pakketjes om bij te dragen.
Vragen? Mail [[mail:j.bakker@denhaag.nl]]""",
    """CASUSLES – Huiselijk geweld: de warme overdracht na het huisverbod
Thema: huiselijk geweld | Wijk: {{w:Morgenstond}} | Organisaties: {{o:Veilig Thuis}}, {{o:CJG}}, {{o:Reclassering}}, SWT
Een moeder (41) met twee kinderen (12 en 8). Na een incident op [[d:1 februari]] kreeg de vader een huisverbod. In de tien dagen daarna was de hulp intensief; de rondetafel op [[d:11-2-2025]] legde vast wie wat doet ná het huisverbod. Vader verbleef zes weken bij familie in Rijswijk.
Wat werkte: één datum voor evaluatie in ieders agenda ([[d:25 maart]]); de {{r:jeugdconsulent}} pakte het schoolverzuim van de dochter op; het SWT de toeslagen op naam van moeder.
Valkuil: de oude telefoon van moeder was door vader ingenomen, nieuwe nummers kwamen niet bij iedereen aan.
Contact: [[p:Kübra]] ({{r:MEE-consulent}})""",
    """CASUSLES – Dementie: te laat, maar samen
Thema: ouderen | Wijk: {{w:Moerwijk}}
Mevrouw (78) woonde alleen aan de Zuidlarenstraat en kwam in beeld via de bingo in het buurtcentrum. In drie weken ging het hard: nachtelijke telefoontjes naar haar dochter, weglopen, uiteindelijk een val met een gebroken pols. Via een spoed-Wlz-indicatie ([[dos:CIZ-2025-5561829]]) kon ze op [[d:7 maart]] naar een psychogeriatrische afdeling.
Lessen: (1) schakel de {{r:casemanager dementie}} in bij het eerste signaal, niet na de diagnose; (2) vraag de mantelzorger wat zij nog kán, niet wat zij wil; (3) een doos met foto's bij de verhuizing is geen detail.
Geschreven door [[p:Sanne de Wit]], {{r:ouderenconsulent}}""",
    """CASUSLES – LVB en wonen: de brug tussen dak en beschermd wonen
Thema: bemoeizorg/wonen | Wijk: {{w:Moerwijk}}, {{w:Laak}}
Man, 36, licht verstandelijke beperking, onder bewind. Sliep bij een neef op de [[adr:Leyweg 887]] tot die hem eruit zette. Indicatie beschermd wonen kwam snel, een plek niet: wachttijd tot juni. Oplossing: crisisplek bij het {{o:Leger des Heils}} met verlenging, gekoppeld aan huisregels en een werkervaringsplek in de keuken van het buurtcentrum (hij kookt graag).
Les: vraag de indicatie én de tussenoplossing tegelijk aan. En: een {{r:bewindvoerder}} ziet andere dingen dan een {{r:MEE-consulent}}; bel elkaar in week 1.
Toestemming cliënt vastgelegd op [[d:14-03-2025]] door [[p:K. Aydın]].""",
    """CASUSLES – Arbeidsmigranten: buiten alle regelingen
Thema: bemoeizorg | Wijk: {{w:Laakkwartier}}, {{w:Zuiderpark}}
Twee casussen, één patroon: een Bulgaarse man (50) die in het park sliep en een Roemeense man (31) die met acht anderen in een bovenwoning woonde. Allebei kwamen ze via een uitzendbureau, raakten werk én woning tegelijk kwijt en hadden geen inschrijving.
Wat hielp: de winterkouderegeling (bij vorst mag iedereen binnen), {{o:FairWork}} voor het achterstallige loon, een briefadres via de {{o:Leger des Heils}}. Wat niet hielp: de regiobinding van de nachtopvang.
Let op: de man in het park had geen telefoon, bereikbaar alleen via het straatteam, [[tel:06-43379120]].
Signaal naar gemeente verstuurd op [[d:14 maart]].""",
    """CASUSLES – Mantelzorg bij CVA
Thema: ouderen / mantelzorg | Wijk: {{w:Moerwijk}}
Een vrouw van 58 verzorgde haar man na een herseninfarct volledig, dag en nacht, op drie hoog zonder werkende lift (Erasmusweg). Ze zei pas tijdens het vierde gesprek dat ze bijna van de trap was gevallen. De wijkverpleging zag het als eerste.
Aanpak: twee weken logeeropvang, vaste bezoektijden, aanmelding {{r:mantelzorgconsulent}}, terug naar haar vrouwengroep. Dhr. [[p:Jagessar]] was eerst boos, daarna opgelucht.
Les: wie zegt "hij wil alleen mij" heeft vaak zelf toestemming nodig om los te laten.
[[p:Priya Ramsaran]] & [[p:Roos van Dijk]]""",
    """CASUSLES – Toeslagenaffaire en wantrouwen
Thema: armoede/jeugd | Wijk: {{w:Morgenstond}}
Een alleenstaande moeder van drie kinderen (9, 6 en 2) durfde na de toeslagenaffaire geen toeslagen meer aan te vragen. De school meldde dat de middelste zonder eten kwam. Ze had wel een herstelnummer bij {{o:UHT}} ([[dos:UHT-2020-118734]]) maar niemand had daar nog iets mee gedaan.
Aanpak: eerst erkenning ("u was geen fraudeur"), dan samen aanvragen, de ouderschapsconsulent herstel erbij, schulden naar de {{o:Kredietbank}}. Binnen drie weken liep de kinderopvangtoeslag weer.
Les: vraag bij elk gezin met schulden of ze gedupeerde zijn. Veel ouders zeggen het niet uit zichzelf.
Auteur: [[p:P. Ramsaran]], {{r:Wmo-adviseur}}""",
    """CASUSLES – Statushouder, eenzaam en met een stapel brieven
Thema: participatie | Wijk: {{w:Moerwijk}}
Jonge man (29) uit Eritrea kwam bijna wekelijks onaangekondigd naar het spreekuur met brieven van {{o:CJIB}}, {{o:DUO}} en {{o:Belastingdienst}}. Eigenlijk kwam hij voor contact. Samen met de contactpersoon van {{o:VluchtelingenWerk}} maakten we een overzicht; de {{o:CJIB}}-boete bleek voor zwartrijden op [[d:14 september]]. Toen hij bij walking football begon kwam hij minder vaak, en rustiger.
Les: het "onaangekondigd binnenlopen" is soms de hulpvraag. Zoek een plek buiten het wijkcentrum waar iemand iets te doen heeft.
Met dank aan [[p:Marieke]] ({{o:VluchtelingenWerk}}).""",
    """CASUSLES – Parentificatie: jongeren die de schulden dragen
Thema: jeugd | Wijken: {{w:Moerwijk}}, {{w:Schilderswijk}}
In twee gezinnen zagen we jongeren (19 en 16) die de post van hun ouders deden of bijverdienden om schulden af te lossen. Een 19-jarige zoon zei: "Ik weet meer van de {{o:Rabobank}} dan mijn vader." Samen met het jongerenwerk ({{o:JOZ}}) boden we hen een eigen gesprek aan, los van de ouders.
Les: betrek de {{r:jongerenwerker}} zodra een kind een rol heeft in de financiën. En zorg dat de jongere zelf een contactpersoon heeft: [[p:Soufiane]], bereikbaar op [[tel:06-84315262]].
Afgestemd in themagroep Jeugd op [[d:6-3-2025]].""",
    """CASUSLES – Diabetes, WW en schaamte
Thema: gezondheid/werk | Wijk: {{w:Bouwlust}}
Een man van 59 verzweeg voor zijn vrouw dat hij zijn baan kwijt was. Hij ging elke ochtend de deur uit "naar het werk" en zat in de bibliotheek. Zijn diabetes ontspoorde, hij miste afspraken bij de POH. Pas in een gesprek in zijn eigen taal (Turks) met de {{r:MEE-consulent}} kwam het verhaal eruit.
Les: schaamte is een medisch risico. Bied een gesprek in de eigen taal aan, ook als iemand "prima Nederlands" spreekt.
(cliënt: dhr. [[p:M.D.]], [[adr:Ambachtsgaarde 153]] – wordt nog verwijderd) [[p:Kübra]]""",
    """CASUSLES – Verslaving en verlies van een huisdier
Thema: bemoeizorg/ouderen | Wijk: {{w:Bouwlust}}
Man, 72, alcohol, woont alleen. Zijn hond was "mijn enige vriend". Toen de hond op [[d:12 maart]] overleed, dronk hij meer en at hij niet meer. De {{r:verslavingsarts}} van {{o:Brijder}} en de {{r:wijkverpleegkundige}} gingen samen langs en schakelden de buurman in voor boodschappen.
Les: verlies van een huisdier is bij eenzame ouderen een echt rouwmoment. Plan extra contact in de eerste week. Vraag of er iemand in de straat is (hier: de buurman van nr. 91).
Geschreven door [[p:R. van Dijk]], [[mail:roos.vandijk@florence.nl]]""",
    """CASUSLES – Pensioen uit het buitenland: de overlijdensakte
Thema: inkomen | Wijk: {{w:Laakkwartier}}
Weduwe (62), Kaapverdische achtergrond. Het pensioenfonds stopte de uitkering omdat een overlijdensakte uit Kaapverdië ontbrak. De gemeente van overlijden reageerde maandenlang niet.
Aanpak: {{r:sociaal raadslid}} vroeg via het consulaat in Rotterdam een internationale akte aan, en het fonds betaalde een voorschot na een brief van het SWT.
Les: vraag bij nabestaanden direct welke papieren er uit het buitenland moeten komen; dat kost maanden.
Contactpersoon voor vragen over deze les: [[p:Sanne de Wit]], [[tel:06-38 77 20 14]].""",
    """CASUSLES – AIO: de regeling die niemand kent
Thema: ouderen/armoede | Wijk: {{w:Morgenstond}}
Man (69) met onvolledige AOW – kwam in 1979 naar Nederland – leefde al jaren onder het bestaansminimum. Hij wist niet dat hij recht had op aanvullende inkomensvoorziening (AIO) bij de {{o:SVB}}. Hij kwam vijf keer bij het {{o:Servicepunt XL}} met een brief van het {{o:CAK}} voordat iemand doorvroeg.
Les: bij iedereen die na zijn 15e naar Nederland kwam en nu AOW heeft: vraag naar de AIO. 
P.S. geboortedatum cliënt voor de collega's van {{w:Segbroek}} die om dezelfde regeling vroegen: [[d:16-12-1955]]. Oeps, moet eruit. – [[p:Jeroen]]""",
    """CASUSLES – Wie is de regiehouder? (intern)
Thema: werkwijze | Team: {{o:SWT Moerwijk}}
Op de teamdag van [[d:27 februari]] bleek de {{r:casusregisseur}} 23 casussen te voeren. Besluit: de {{r:maatschappelijk werker}} en de {{r:schuldhulpverlener}} worden regiehouder op hun eigen casussen. Eerste ervaring: sneller schakelen, minder dubbele gesprekken, wel vaker onduidelijk wie de rondetafel belegt.
Tip: zet de regiehouder bovenaan elk dossier, met telefoonnummer. Voorbeeld: "Regie: [[p:M. El Idrissi]], [[tel:06-47128830]]".
Reacties welkom van andere teams!""",
    """CASUSLES – Cliënt verhuist naar een ander teamgebied
Thema: samenwerking tussen teams | Wijken: {{w:Moerwijk}}, {{w:Segbroek}}
Een Syrisch gezin meldde zich in {{w:Moerwijk}}, maar bleek net buiten ons gebied te wonen. In plaats van "u moet bij het andere team zijn" deden we een warme overdracht: intake samen afgerond, toestemming voor overdracht getekend, en een driegesprek met de {{r:casusregisseur}} van {{o:SWT Segbroek}}.
Les: de eerste klik is kostbaar; neem het nieuwe team mee naar het gezin in plaats van het gezin naar het nieuwe team.
Overdracht plaatsgevonden op [[d:13-03-2025]], dossier [[dos:SWT-MW-2025-0058]].""",
    """CASUSLES – Huisbezoek met de {{r:wijkagent}}
Thema: bemoeizorg/veiligheid | Wijk: {{w:Zuiderpark}}
De {{r:wijkagent}} kende een dakloze man in het park al jaren. Door samen te gaan kwamen we binnen waar we alleen nooit gekomen waren. Tegelijk: de man vertrouwde de politie maar half, en toen hij later werd opgepakt voor het stelen van een jas, voelde het voor hem als verraad.
Les: maak vooraf duidelijk wie wat doet, en wat de agent wel en niet doorgeeft. {{r:Wijkagent}} [[p:Patrick Smit]] wil zijn ervaring graag delen met andere teams.""",
    """CASUSLES – Ouderen bereiken via de {{r:huisarts}} (vanuit themagroep Ouderen)
Thema: ouderen/eenzaamheid | Wijken: {{w:Bouwlust}}, {{w:Vrederust}}, {{w:Mariahoeve}}, {{w:Laak}}
De themagroep verzamelde vindplaatsen: {{r:huisarts}}, apotheek, kerk, moskee, mandir, kapper, supermarkt, bingo. In {{w:Bouwlust}} sprak de {{r:ouderenconsulent}} af dat de {{r:praktijkondersteuner}} 80-plussers doorgeeft die meer dan een jaar niet kwamen, met hun toestemming.
Vraag voor de expertmeeting van [[d:15 april]]: mag je als {{r:welzijnswerker}} ongevraagd aanbellen?
Namens de themagroep: [[p:Joke van Leeuwen]] ({{o:SWT Mariahoeve}}).""",
    """CASUSLES – Tolken: de dochter is geen tolk
Thema: taal/toegankelijkheid | Wijk: {{w:Moerwijk}}
Bij een Poolse moeder tolkte haar dochter (17) tijdens de intake. Pas later bleek dat de moeder dingen had weggelaten omdat haar dochter meeluisterde, onder andere over de huur die zij contant betaalde aan de hoofdbewoner [[p:Marek]].
Les: gebruik een professionele tolk (tolkennummer aanvragen via de gemeente), ook bij "kleine" gesprekken. Kinderen als tolk leggen een last op het kind en beperken wat de ouder durft te zeggen.
Mw. gaf toestemming voor deze les op [[d:12-03-2025]].""",
    """CASUSLES – Bewindvoerder en telefoonabonnementen
Thema: LVB/schulden
Een cliënt onder bewind sloot binnen een maand twee telefoonabonnementen af in een winkel in de Leyweg. De {{r:bewindvoerder}} zag het pas bij de eerste incasso. De bedenktijd liep nog (tot [[d:17-02]]), dus we konden opzeggen via de klantenservice.
Les: spreek met de {{r:bewindvoerder}} af dat hij bij nieuwe incasso's direct belt; en vraag winkels in de wijk om alert te zijn bij klanten die "alles tekenen".
Bewindvoerder in deze casus: [[p:R.J. Kuipers]] (toestemming gegeven om genoemd te worden).""",
    """CASUSLES – Eerste contact met een man die niemand binnenlaat
Thema: bemoeizorg | Wijk: {{w:Moerwijk}}
Zie ook de les "Tijd kopen". Aanvulling van de {{r:maatschappelijk werker}}: het eerste gesprek vond plaats in de deuropening van [[adr:Oudemansstraat 77]] en duurde 6 minuten. We vroegen niets, we vertelden wie we waren en wanneer we terugkwamen. Dat "wanneer" hebben we precies gehouden: [[d:dinsdag 11 februari]], 14.30 uur.
Les: doe wat je zegt, op de minuut.
[[p:Mo]]""",
]
T += [
    # ---------- aanvullend: formulieren, brieven, snelle notities (hele periode) ----------
    """Aanvraag kwijtschelding gemeentelijke belastingen 2025
Naam: [[p:F. Amrani]]
BSN: [[bsn:1776.99.012]]
Adres: [[adr:Zuidlarenstraat 133]]   Postcode: [[pc:2532 RX]]
Aanslagnummer: [[dos:2025.0441.8812.07]]
IBAN voor eventuele terugbetaling: [[iban:NL15 ASNB 2110 1639 18]]
Huishouden: alleenstaande ouder met 1 kind (16)
Inkomen: loon schoonmaak (20 u), kinderbijslag, kindgebonden budget
Ingevuld met hulp van: [[p:J. Bakker]] op [[d:18-02-2025]]""",
    """terugbelnotitie 11:52 – voicemail
mw [[p:rosaria]] belde, wil afspraak verzetten ivm dienst. nieuw nr?? [[tel:0639827411]] (zelfde als in dossier) – terugbellen na 14u, ze heeft dan pauze. voor [[p:jeroen]]""",
    """Verwijsbericht {{r:POH-GGZ}} → SWT (via Zorgdomein)
Patiënt: [[p:M. Sultani]]    Geb.: [[d:11-07-1986]]
BSN: [[bsn:844599050]]
Adres: [[adr:Meppelweg 310]], [[pc:2544 EP]] 's-Gravenhage
Telefoon: [[tel:06-85204117]]
Huisarts: dr. [[p:S. Rahimi]]
Reden verwijzing: psychosociale problematiek, traumagerelateerde klachten, zorgen over gezinshereniging. Patiënt staat niet open voor {{o:GGZ}}-behandeling, wel voor praktische ondersteuning.
Datum: [[d:30 januari 2025]]
Afzender: [[p:F. Jansen]], {{r:POH-GGZ}}, [[mail:f.jansen@gcescamp.nl]]""",
    """Beste mevrouw [[p:Warsame]],

Hierbij bevestig ik onze afspraak op donderdag [[d:27 februari]] om 10.00 uur bij u thuis, [[adr:Almelostraat 56]]. We gaan dan samen de aanvraag voor de kinderopvangtoeslag en het kindgebonden budget invullen. Wilt u uw DigiD, de loonstroken van januari en het laatste bankafschrift klaarleggen?
Als het niet uitkomt, kunt u mij bellen of appen op [[tel:06-30512276]].

Met vriendelijke groet,
[[p:Priya Ramsaran]]
{{r:Wmo-adviseur}}, {{o:Sociaal Wijkzorgteam Moerwijk}}""",
    """Machtiging bewindvoering – wijziging rekening
Rechthebbende: [[p:Ramon Alexander Martina]]
Geboren: [[d:30-06-1988]] te Willemstad (Curaçao)
BSN: [[bsn:223.559.234]]
Beheerrekening: [[iban:NL02RABO9318456242]]
Leefgeldrekening (nieuw): [[iban:NL81 TRIO 2045 9345 11]]
Bewindvoerder: [[p:R.J. Kuipers]], {{o:Kuipers Bewind & Budget}}, [[tel:070 - 415 22 90]]
Uitspraak kantonrechter: [[d:12 augustus 2022]], zaaknr. [[dos:C/09/631187 / BM RK 22-1844]]""",
    """sms aan [[p:Ramon]] (via werktelefoon [[p:Kübra]]):
"Hoi [[p:Ramon]], morgen om 12 uur moet je bij {{o:De Piramide}} zijn, [[adr:Prinsegracht 57]]? nee sorry, {{o:De Piramide}} is aan de [[adr:Kempstraat 131]]. Ik haal je om 11 uur op bij [[p:Jurgen]]. Neem je tas en je medicijnen mee. Groetjes [[p:Kübra]] 🙂"
antwoord: "ok dankje [[p:kubra]] ik ben er""",
    """Aanmelding maatjesproject {{o:Stichting MOOI}} – Samen Sterk
Deelnemer: mevr. [[p:W. Mulder]], 81 jaar
Adres: [[adr:Abtswoudeweg 14]], [[pc:2533GS]] ({{w:Vrederust}})
Telefoon: [[tel:(070) 368 40 91]] – graag na 10 uur bellen, mevrouw slaapt uit
Interesses: kaarten, breien, oude Haagse liedjes, katten
Voorkeur maatje: vrouw, rustig, Nederlandstalig
Aangemeld door: [[p:Sanne de Wit]], [[mail:s.dewit@mooiwelzijn.nl]], [[d:10 februari 2025]]""",
    """[10:02, [[d:19-2-2025]]] [[p:Thijs]]: Vraagje: moet ik bij de notulen de namen van cliënten voluit schrijven of initialen?
[10:04, [[d:19-2-2025]]] [[p:Esther Koster]]: In de notulen van het casusoverleg mag het voluit, die blijven in het team. Voor alles wat naar buiten gaat (platform, pilot) nooit!
[10:05, [[d:19-2-2025]]] [[p:Thijs]]: Duidelijk, dank""",
    """Registratie Meldcode – stappen (fam. K.)
Stap 1 signalen in kaart: [[d:02-02-2025]] (politiemelding, blauwe plek mw.)
Stap 2 collegiale consultatie + advies {{o:VT}}: [[d:03-02-2025]], {{r:aandachtsfunctionaris}} [[p:Esther Koster]]
Stap 3 gesprek met betrokkene: [[d:07-02-2025]] (HB, [[p:Kübra]] + [[p:Anouk]])
Stap 4 weging: acute onveiligheid? nee, structurele onveiligheid? ja
Stap 5 melding {{o:VT}}: reeds gedaan door politie, zaak [[dos:VT-2025-0442]]
Betreft: [[p:Z. Kaya]], geb. [[d:14-04-1983]], BSN [[bsn:328902792]]""",
    """Notitie [[d:6-2]] – mw. [[p:Nowak]] gebeld ([[tel:+48601237845]]), geen gehoor. Via WhatsApp bericht gestuurd in het Engels. Ze reageerde 's avonds: "Thank you, [[p:Marek]] said I can stay until April, but no registration." Doorgezet naar [[p:Kübra]].""",
    """Agenda [[p:Sanne]] – week 9
ma [[d:24/2]] 10.00 HB mw. [[p:Chen]] ([[adr:Hengelolaan 620]]) met zoon via beeldbellen
ma [[d:24/2]] 14.00 bingo {{o:De Boog}} (vindplaats!)
di [[d:25/2]] 09.30 overleg {{r:casemanager dementie}} {{o:Florence}}
wo [[d:26/2]] casusoverleg
do [[d:27/2]] teamdag + themagroep ouderen (online)
vr [[d:28/2]] vrij (tandarts)""",
    """Huisbezoek mw. [[p:Chen]] – [[d:24-02-2025]]
Zoon [[p:Jason]] via beeldbellen vanuit Amstelveen. Mw. (71) woont sinds 1989 in Den Haag, had vroeger met haar man een restaurant op de Leyweg. Man overleden 2018. Ze kookt nog zelf, maar valt vaak (2x in januari). Badkamer heeft een drempel. Wil geen "vreemde mensen in huis". Na uitleg van [[p:Jason]] ging ze akkoord met hulp bij het huishouden, 2 uur per week, bij voorkeur een Chinees-sprekende medewerker ({{o:Stichting Chinese Ouderen Den Haag}}?).
Contactgegevens [[p:Jason]]: [[tel:+31 6 4120 9938]], [[mail:jason.chen.ams@outlook.com]].""",
    """Hoi [[p:Roos]], nog even over dhr [[p:jagessar]]: de stuitwond, heb je foto's gemaakt voor het dossier? Dan kan ik de aanvraag bij de zorgverzekeraar ({{o:Zilveren Kruis}}, polisnr [[dos:245 118 903]]) onderbouwen. Groetjes [[p:Priya]]""",
    """Journaal [[dos:SWT-MW-2024-0288]] – fam. [[p:Kaya]]
[[d:3-3-2025]] [[p:Elif]] is vandaag gestart met het thuiszitterstraject, 2 ochtenden. Moeder bracht haar zelf.
[[d:5-3-2025]] Mw. belt: [[p:Serkan]] stuurde een sms aan [[p:Elif]] ("ik mis je, zeg tegen mama dat ze moet stoppen"). Screenshot ontvangen. {{o:VT}} ([[p:Ilse]]) geïnformeerd. {{o:Reclassering}} spreekt dhr. aan.
[[d:7-3-2025]] [[p:Emre]] heeft een tekening gemaakt van "het huis met zijn allen". Moeder huilde toen ze het liet zien.""",
    """Formulier aanvraag {{o:Ooievaarspas}}
Aanvrager: [[p:Yonas Tesfay]]
Geboortedatum: [[d:19-03-1995]]
BSN: [[bsn:713785809]]
Adres: [[adr:Heeswijkplein 112]], [[pc:2532 HB]] Den Haag
Telefoon: [[tel:06-11930412]]
E-mail: [[mail:yonastesfay95@gmail.com]]
Inkomen: bijstand (Participatiewet), geen vermogen
Ingevuld door/met: [[p:Mo El Idrissi]], {{o:SWT Moerwijk}}""",
    """Hé [[p:Mo]],
De {{o:Ooievaarspas}} van [[p:Yonas]] is binnen (pasnummer [[dos:OP-2025-338172]]). Hij kan nu gratis naar het zwembad en korting op de sportclub. Hij wilde graag dat jij het hem vertelt 😊
Groet, [[p:Marieke]] ({{o:VluchtelingenWerk}})
[[tel:06-11930475]]""",
    """Intake (telefonisch) – [[d:do 6 maart]]
Beller: dhr. [[p:T. Wiśniewski]] (Pools, 39), via {{o:Servicepunt XL}} doorverbonden
Situatie: woont met vrouw [[p:Katarzyna]] en 2 kinderen in een te kleine tweekamerwoning, [[adr:Vaillantlaan 197-2]], [[pc:2526 HH]]. Schimmel, kinderen vaak ziek. Huisbaas particulier (dhr. [[p:Verbruggen]]?) reageert niet. Vraag: woningzoekend, huurcommissie?
Tel.: [[tel:06 16 27 44 83]]
Afgesproken: huisbezoek met {{r:woonconsulent}} van de gemeente, dossier aangemaakt ([[dos:SWT-MW-2025-0060]]).""",
    """Aan: [[mail:hallo@huurteamdenhaag.nl]]
Onderwerp: verzoek hulp gebreken woning [[adr:Vaillantlaan 197-2]]

Beste Huurteam,
Namens de familie [[p:Wiśniewski]] vraag ik jullie hulp. In de woning zit ernstige schimmel in de slaapkamer van de kinderen (4 en 7 jaar). De verhuurder reageert niet op berichten sinds [[d:12 januari]]. Zouden jullie een onderzoek en eventueel een procedure bij de huurcommissie willen starten? Dhr. spreekt redelijk Engels. Telefoon: [[tel:06-16274483]].
Met vriendelijke groet,
[[p:Kübra Aydın]], {{o:SWT Moerwijk}}""",
    """korte notitie vr [[d:21/2]]: mw [[p:pinas]] belt blij op: kinderbijslag [[p:Jaydon]] komt per maart naar haar. {{o:SVB}} kenmerk [[dos:KB-2025/118930]]. ze wil de voedselbank nog 2 maanden houden. prima. – [[p:dh]]""",
    """Beste [[p:Ronald]],
Even een update: [[p:Ramon]] slaapt sinds zaterdag [[d:1 maart]] in {{o:De Piramide}}. Hij heeft me gevraagd of hij € 20 extra leefgeld kan krijgen deze week voor een nieuwe telefoonlader en sokken. Kun je dat overmaken naar [[iban:NL81TRIO2045934511]]? Verder gaat het goed, hij heeft zich aan alle afspraken gehouden.
Groet, [[p:Kübra]]
{{r:MEE-consulent}} | [[tel:06-29437015]] | [[mail:k.aydin@meehaaglanden.nl]]""",
    """Notitie huisbezoek – dhr. [[p:Mensah]], [[adr:Heeswijkplein 18]]? → nee, nieuw adres: [[adr:Zuidlarenstraat 22]], [[pc:2532 RA]]
[[d:20-02-2025]] – [[p:Jeroen]]
Dhr. heeft de {{o:UWV}}-formulieren nu wél ingeleverd, uitkering wordt met terugwerkende kracht hersteld. [[p:Abena]]'s uren bij het schoonmaakbedrijf zijn verhoogd naar 16. In de woonkamer een foto van hun dochter [[p:Akosua]], die studeert in Accra. Dhr. noemt de rechtszaak "mijn examen". Samen het budgetplan doorgelopen; het is krap maar sluitend.""",
    """Bericht van [[p:Marjolein]] (dochter mw. [[p:Zomer]]), via mail [[d:9-3-2025]]:
"Beste [[p:Sanne]], mama is goed aangekomen. Ze vroeg de hele dag naar haar poes en naar papa, maar de verzorgenden zijn heel lief. Bedankt voor alles wat jullie gedaan hebben, vooral voor de foto-doos. Groet, [[p:Marjolein]]"
Reactie verstuurd. Nazorgafspraak staat ([[d:21 maart]]).""",
    """Lijst bereikbaarheid partners (intern, niet delen)
{{o:Veilig Thuis}} casemanager: [[p:Ilse Brouwer]] – [[tel:06-19208433]]
{{o:CJG}} {{w:Escamp}}: [[p:Anouk de Boer]] – [[tel:06-46021578]]
{{r:Wijkagent}}: [[p:Patrick Smit]] – [[tel:06-22 91 48 70]]
{{o:Haag Wonen}} {{r:woonconsulent}}: [[p:Sandra Lelieveld]] – [[tel:06-53907214]]
{{o:Straatteams}}: [[p:Hans]] – [[tel:06-43379120]]
{{o:Brijder}}: [[p:Marloes van Rijn]] – [[tel:088-358 2211]]""",
    """Huisbezoek dhr. [[p:Popescu]] – [[d:10-3-2025]] – [[p:Mo]] + [[p:Laura]] ({{o:FairWork}})
[[adr:Vaillantlaan 281-3]]: bovenwoning, 3 kamers, 8 matrassen. Een andere bewoner deed open, wilde eerst niet. Dhr. [[p:Popescu]] kwam naar beneden en we spraken buiten. Loon januari is nog steeds niet betaald; uitzendbureau "Prima Staffing" antwoordt niet. {{o:FairWork}} neemt de zaak op (zaaknr. [[dos:FW-2025-0391]]). Dhr. wil terug naar Roemenië als hij zijn geld heeft; zijn vrouw [[p:Elena]] en dochtertje wonen in Iași.""",
    """To do [[p:Priya]] wk 11
- [[p:Wiśniewski]]: HB met {{r:woonconsulent}} plannen, voorkeur di [[d:18/3]]
- [[p:Warsame]]: {{o:UHT}}-herstelteam bellen (nr in dossier)
- [[p:Chen]]: HH-medewerker Chinees-sprekend? → antwoord {{o:Wmo-loket}}
- [[p:Jagessar]]: dhr. komt [[d:17 maart]] terug uit logeeropvang → bed/tillift gecheckt?
- overdracht [[p:Al-Hamwi]] ✔""",
    """Journaal dhr. [[p:Vos]] – [[dos:SWT-MW-2025-0049]]
[[d:03-03-2025]] eerste kennismaking thuis, [[adr:Zonnebloemstraat 89]]. Dhr. had opgeruimd "voor het bezoek". Hond Tommie heeft een tumor, dierenarts kost € 300. Dhr. wil geld lenen van het team 🙁 (kan niet). Verwezen naar {{o:Dierenvoedselbank}}/dierenambulance-fonds.
[[d:12-03-2025]] hond ingeslapen. Buurman belde het team (nr. via koelkastmagneet).
Het blijkt dat hij niet op de Bouwlustlaan woont; adres klopt dus zoals in intake genoteerd.""",
    """[[d:28-02-25]] 13:12 - [[p:Dewi Hoop]]: Wie gaat er mee naar de vrijwilligersborrel in {{o:De Boog}} volgende week? Voor de vrijwilligers van de soepavond
[[d:28-02-25]] 13:14 - [[p:Sanne de Wit]]: ik! neem ik [[p:Ans]] mee, het maatje van mw. [[p:M.]]
[[d:28-02-25]] 13:15 - [[p:Mo]]: ben er ook. Is [[p:Henk]] uitgenodigd? 😅
[[d:28-02-25]] 13:15 - [[p:Dewi Hoop]]: haha nee, nog even niet 😄""",
    """Verslag themagroep Bemoeizorg #3 – do [[d:13 maart]], {{o:GGD Haaglanden}}
Aanwezig: [[p:Mo]], [[p:Dewi]], [[p:Sevda]], [[p:Ruud]], [[p:Naomi Zeegers]], [[p:Bart Winter]]
[[p:Ruud]] deelt casus uit {{w:Transvaal}}: vrouw met verzamelwoede, 12 katten. Samenwerking met {{o:Dierenbescherming}} werkte als ingang. 
[[p:Dewi]] vertelt dat de woninginspectie goed afliep. Discussie over de grens tussen respect voor autonomie en verwaarlozing. [[p:Naomi]]: leg je afwegingen vast, ook als je besluit níet in te grijpen.
Opdracht voor expertmeeting: beslisboom "wanneer escaleren" maken. [[p:Sevda]] en [[p:Mo]] trekken.""",
    """Beste collega's van {{o:SWT Laak}},
Vanaf [[d:17 maart]] is onze {{r:casusregisseur}} met verlof. Heeft u vragen over gezamenlijke cliënten, zoals mw. [[p:Fortes]] ([[adr:Hoefkade 12 d]]), dan kunt u terecht bij [[p:Marco Visser]] ([[mail:m.visser@denhaag.nl]]).
Ook: mw. [[p:Fortes]] woont formeel in {{w:Laakkwartier}} maar wil bij ons blijven omdat ze [[p:Sanne]] vertrouwt. Kunnen we afspreken dat wij de regie houden tot de pensioenkwestie is opgelost?
Groet, [[p:Esther Koster]]""",
    """Formulier aanvraag alarmering (persoonsalarmering)
Cliënt: [[p:Chen Mei-Ling]]
Adres: [[adr:Hengelolaan 620]], [[pc:2545 AN]]
Telefoon vast: [[tel:070-3660127]]
Contactpersoon 1: [[p:Jason Chen]] (zoon), [[tel:06-41209938]]
Contactpersoon 2: [[p:Li Na Wong]] (buurvrouw, [[adr:Hengelolaan 618]]), [[tel:06-28 73 10 56]]
Sleutelkluis: ja, code bekend bij zorgcentrale
Startdatum: [[d:05-03-2025]]
Aanvrager namens cliënt: [[p:P. Ramsaran]]""",
    """Journaal [[dos:SWT-MW-2025-0063]] – mw. [[p:Al-Hamwi]] (overgedragen)
[[d:14-3]] Laatste contact vanuit {{w:Moerwijk}}: mw. belde om te bedanken. [[p:Omar]] heeft met de mentor gesproken en blijft op school tot de zomer; hij gaat in mei bijbaan zoeken. Mw. krijgt op [[d:2 april]] een gesprek bij het {{o:IDW}}. Dossier gesloten in ons systeem, {{o:SWT Segbroek}} heeft alles.
Let op: dossiernummer was eerder verkeerd geregistreerd als [[dos:SWT-MW-2025-0058]], dit is het juiste.""",
    """[[p:Esther]] – notitie voor mezelf na casusoverleg [[d:19/2]]
Ik merk dat ik de laatste weken veel "redder" ben. Casus [[p:Martina]], [[p:Kaya]], [[p:De Jong]] – alles tegelijk. Met [[p:Marco]] bespreken in werkbegeleiding. Tip van [[p:Hennie]] op de teamdag: "wie alles draagt, laat de cliënt niks dragen".""",
]
T += [
    """Van: [[mail:bart.winter@crossover-advies.nl]]
Aan: pilotgroep; cc [[mail:linda.mei@denhaag.nl]]
Datum: [[d:ma 10 mrt 2025]]
Onderwerp: voorbereiding expertmeeting + sjabloon casusles v2

Beste allemaal,
In de bijlage het aangepaste sjabloon. Nieuw: een verplicht vinkje "toestemming cliënt" en een controlevraag "staat er nog iets herleidbaars in?". Voorbeelden van wat eruit moet: voornamen (ook van kinderen), geboortedata, huisnummers, telefoonnummers, dossiernummers. Wat erin mag: wijk, leeftijd, organisaties als {{o:Veilig Thuis}} of {{o:Parnassia}}, functies als {{r:wijkverpleegkundige}}.
Per themagroep graag 2 lessen vóór [[d:4 april]].
Groet, [[p:Bart]]
{{o:Crossover}} | [[tel:06-41 08 77 32]]""",
    """Reactie op casusles "Tijd kopen is ook een interventie" (kennisplatform)
Herkenbaar! Bij ons in {{w:Transvaal}} hadden we precies hetzelfde met een mevrouw in de Paul Krugerlaan. Wat bij haar hielp was dat de {{r:wijkverpleegkundige}} als eerste binnenkwam, niet wij. Mevrouw [[p:Koçak]] (oeps, mag dat hier?) zei later: "de zuster kwam voor mijn been, jullie kwamen voor mijn huis".
– [[p:Ruud Bos]], {{o:SWT Transvaal}}""",
    """Reactie van moderator
Dank [[p:Ruud]]! We hebben de achternaam in je reactie verwijderd. Tip voor iedereen: gebruik "mevrouw X" of "de cliënt". – [[p:Linda]] ({{o:Gemeente Den Haag}}, beheer kennisplatform)""",
    """MDO huisartsenpraktijk – di [[d:4 maart 2025]], 12.30–13.15
Aanwezig: dr. [[p:S. Rahimi]] ({{r:huisarts}}), [[p:Femke Jansen]] ({{r:POH-GGZ}}), [[p:Esther Koster]], [[p:Mo El Idrissi]]
• [[p:Ouali, A.]] ([[d:02-04-1970]]): slaapt beter sinds schuldenrust; POH-traject 6 gesprekken afgerond. Huisarts overweegt geen medicatie.
• [[p:Sultani, M.]] ([[d:11-07-1986]]): EMDR-verwijzing via {{o:i-psy}} geaccepteerd, wachttijd 4 wk. 
• [[p:Demir, M.]] ([[d:01-09-1965]]): diabetes, mist afspraken. [[p:Kübra]] gaat mee naar de {{r:diabetesverpleegkundige}}.
Volgend MDO: [[d:1 april]].""",
    """[[d:01-03-25]] 12:21 - [[p:Kübra Aydın]]: Zaterdagupdate (sorry!): [[p:Ramon]] is binnen bij {{o:De Piramide}}. Kamer gedeeld met 1 andere man. Hij zei "het ruikt hier naar de kazerne" 😂
[[d:01-03-25]] 12:40 - [[p:Esther Koster]]: Fijn! En nu weekend voor jou
[[d:01-03-25]] 12:41 - [[p:Kübra Aydın]]: 🫡""",
    """Herintake dhr. [[p:Kwame Mensah]] – [[d:4-2-2025]]
Geb. [[d:21 oktober 1980]], Kumasi (Ghana)
BSN [[bsn:548873926]]
Adres (nieuw sinds [[d:1-12-2024]]): [[adr:Zuidlarenstraat 22]], [[pc:2532RA]]
Tel. [[tel:06-35 19 07 48]], e-mail [[mail:kwame.mensah80@yahoo.com]]
Rekening: [[iban:NL44TRIO7551322176]]
Echtgenote: [[p:Abena Mensah-Owusu]] (werkt, schoonmaak)
Dossier {{o:SHV}}: [[dos:SHV-2024-0932]] – WSNP-verzoek ingediend, zitting [[d:13-2]].
Dhr. is rustig, goed voorbereid, had alle brieven in een map van de {{o:Kredietbank}}.""",
    """Signaal aan {{o:Gemeente Den Haag}}, directie Sociaal Domein
Van: [[p:Marco Visser]], {{r:teamleider}} {{o:SWT Moerwijk}}
Datum: [[d:14-03-2025]]
Onderwerp: arbeidsmigranten zonder inschrijving
In zes weken zagen wij drie arbeidsmigranten (Pools, Bulgaars, Roemeens) die tegelijk werk en woning verloren. Zij vallen buiten de nachtopvang (regiobinding), hebben geen recht op bijstand zonder inschrijving en zijn afhankelijk van uitzendbureaus die ook de huisvesting regelen. Wij vragen de gemeente om afspraken met {{o:FairWork}}, {{o:Barka}} en de opvang. Casusgegevens zijn beschikbaar voor de {{r:beleidsmedewerker}} na toestemming; bereikbaar via [[mail:m.visser@denhaag.nl]].""",
    """To do [[p:Mo]] (vr [[d:14-3]])
- [[p:Petrov]]: paspoort ophalen ambassade? brief komt naar p/a SWT
- [[p:Tesfay]]: stage-gesprek {{o:Haagse Hogeschool}} regelen
- [[p:Popescu]]: {{o:FairWork}} terugbellen, [[p:Laura]] [[tel:06-80 11 52 36]]
- beslisboom escaleren met [[p:Sevda]] (deadline [[d:4/4]])
- [[p:Thijs]] feedback geven op zijn verslag
- fietsband plakken 🚲""",
    """Huisbezoek fam. [[p:Ouali]] – [[d:26-2-2025]] – [[p:Mo]] + [[p:Soufiane]] (jongerenwerk)
Dhr. oogt opgeluchter, de brieven liggen nu in één map. [[p:Naima]] heeft koekjes gebakken. [[p:Bilal]]'s rol besproken: hij wil de post niet meer doen, maar voelt zich schuldig. Afgesproken dat [[p:Jeroen]] de post overneemt en dat [[p:Bilal]] met [[p:Soufiane]] praat over zijn eigen plannen (hij wil de politieopleiding doen). Dochter [[p:Salma]] (15) zat erbij en zei niks, maar lachte toen haar vader zei "mijn kinderen zijn mijn bank". Daar even op doorgevraagd.""",
    """ma [[d:10/3]] mw [[p:kok]]: steunkousen ok. [[p:ton]] onrustig, zoekt de hele dag "zijn gereedschap". dochter ([[p:anja]]) belt terug op [[tel:06 51 02 88 17]]. mw vraagt dagbesteding voor [[p:ton]], 2x p/w. → [[p:priya]] ivm wmo. – [[p:rvd]]""",
    """Wmo-melding (vooronderzoek) – [[dos:WMO/25/00618]]
Cliënt: dhr. [[p:A. Kok]] (roepnaam [[p:Ton]]), geb. [[d:03-05-1949]]
BSN: [[bsn:177 224 423]]
Adres: [[adr:Lozerlaan 374]], [[pc:2542 RG]]
Partner/mantelzorger: mw. [[p:M. Kok-Hoogendoorn]] ([[p:Ria]]), [[tel:070-3451268]]
Vraag: dagbesteding 2 dagen i.v.m. dementie, ontlasting mantelzorger
Eigen bijdrage via {{o:CAK}}, incasso van [[iban:NL56SNSB5276758604]]
Melding ontvangen: [[d:11-03-2025]], gesprek gepland [[d:18-03-2025]]
Behandelaar: [[p:P. Ramsaran]]""",
    """Hoi [[p:Priya]],
Ik wil je laten weten dat [[p:Abdi]] sinds twee weken elke dag ontbijt heeft en veel vrolijker is. Moeder kwam vorige week zelf naar de ouderavond, de eerste keer dit jaar! Ze vroeg of ze uw nummer aan de buurvrouw mocht geven, die ook problemen heeft met de toeslagen. Dat heb ik doorverwezen naar het Servicepunt.
Groet, [[p:Lotte van der Meer]]
Groep 3, {{o:Basisschool De Regenboog}}
[[mail:l.vandermeer@deregenboog-denhaag.nl]]""",
    """Stageverslag (concept) – [[p:Thijs Verhagen]], {{o:De Haagse Hogeschool}}, Social Work jaar 3
Week 6 in het {{o:SWT Moerwijk}}. Wat me opvalt: de professionals schakelen voortdurend tussen organisaties. Voorbeeld: een man van 67 in een vervuilde woning (mijn begeleider is [[p:Dewi Hoop]]) werd in één week besproken met de woningcorporatie, de energieleverancier, de wijkverpleging en zijn broer. Ik leerde: wacht met oordelen. Bij de woninginspectie op [[d:10 maart]] had hij zelf 12 zakken oud papier weggebracht.
Praktijkbegeleider: [[p:E. Koster]]. Beoordeling: [[d:31 maart]].""",
    """[[d:07-02-2025]] 14:10 | {{r:wijkverpleegkundige}} [[p:R. van Dijk]]
Dhr. [[p:Jagessar]] eerste bezoek na ziekenhuisontslag ({{o:HMC Westeinde}}, [[d:3-2]]). Wond stuit 2x3 cm, graad 2. Transfers met 2 personen, mw. doet het nu alleen!! Tillift aanvragen. Mw. [[p:Shanti]] heeft hoofdpijn en slaapt 4 uur per nacht. Zoon [[p:Vikash]] belt dagelijks. Contact {{r:ergotherapeut}} ([[p:Noor]], {{o:Florence}}). Volgende bezoek ma.""",
    """Casusles – Dementie bij de partner: wie zorgt voor de mantelzorger?
Thema: ouderen | Wijk: {{w:Zuiderpark}}
Een echtpaar van 75 en 76, hij met beginnende dementie, zij met versleten heupen. Zij deed alles, tot ze in maart zelf bij de wijkverpleging aan de bel trok: "Ik ben mijn man kwijt en mezelf ook." De {{r:Wmo-adviseur}} regelde dagbesteding en de {{r:mantelzorgconsulent}} een lotgenotengroep.
Les: vraag bij iedere Wmo-melding ook naar de belasting van de partner. Gebruik de mantelzorgthermometer.
(Intern: dochter [[p:Anja]], [[tel:06-51028817]], is contactpersoon – nog verwijderen vóór plaatsing!)""",
    """Notitie [[d:do 20/2]] – Dhr. [[p:Mahabier]]? Nee – dit is de eerste melding van de {{o:Servicepunt XL}}-medewerker ([[p:Chantal]]): "Meneer komt voor de 4e keer met dezelfde brief van het {{o:CAK}}, wil niet dat we bellen, zegt dat zijn zoon het regelt." Geen toestemming voor aanmelding. [[p:Chantal]] probeert het volgende keer opnieuw. Dossier nog niet aangemaakt.""",
    """Verslag themagroep Huiselijk Geweld #3 (kort) – [[d:11-03-2025]]
Aanwezig: [[p:Kübra]], [[p:Fleur]], [[p:Youssef]], [[p:Ellen]]
[[p:Youssef]] presenteert de "warme overdracht"-checklist: datum einde huisverbod, wie belt de vrouw op dag 1 daarna, wie de man, wie de school. [[p:Fleur]] vraagt hoe je de kinderen niet vergeet: vaak richten we ons op de volwassenen.
[[p:Kübra]] deelt dat in haar casus de dochter (12) zelf aangaf te spijbelen uit zorg om moeder. Vraag voor expertmeeting: hoe praat je met kinderen zonder de jeugdhulp over te nemen?""",
]

PII = {
    "p": "person",
    "bsn": "bsn",
    "tel": "phone",
    "mail": "email",
    "iban": "iban",
    "pc": "postcode",
    "adr": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, last, pos = [], [], [], 0, 0
    for m in TOK.finditer(src):
        chunk = src[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1) is not None:
            code, span, dest, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, dest, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, src[:60]))
        dest.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(src[last:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def build():
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src.strip("\n"))
        for marker in ("[[", "]]", "{{", "}}"):
            assert marker not in text, (i, marker, text[:80])
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] and s["text"] == s["text"].strip(), (i, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (i, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (i, s)
        assert pii, (i, "no pii")
        rows.append({"id": "ho80-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout80.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("person share %.2f" % (pc["person"] / sum(pc.values())))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
