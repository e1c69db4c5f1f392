#!/usr/bin/env python3
"""Held-out corpus 87: texts that reach a Haags sociaal wijkzorgteam from outside.

Register: messages and letters from clients and relatives (partly in English, Turkish,
Arabic-Dutch, Polish, Portuguese/Cape Verdean, Papiamentu, Somali- or Tigrinya-influenced
Dutch, with spelling mistakes), referral forms from GPs and housing corporations, letters
from debt collectors and municipal departments, and registration-system exports.

All names, numbers and addresses are invented. Spans are written as markup in the texts
and stripped here, so offsets are right by construction:
    [[lab:text]]  personal data (lab: p person, bsn, tel phone, mail email, iban,
                  pc postcode, adr address, d date, dos dossier)
    {{lab:text}}  context that must stay readable (w wijk, o org, r role)
Running this script writes heldout87.jsonl next to itself (deterministic, stdlib only).
"""

import json
import os
import re

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

T = []
# ---- part 1: WhatsApp / sms from clients and relatives, forwarded into the team inbox
T.append("""[doorgestuurd bericht, 09:14]
goedemorgen meneer [[p:Ruud]] ik ben het [[p:Samira]] van de [[adr:Jacob Catsstraat 88]]. de brief van {{o:Haag Wonen}} zegt dat ik op [[d:14 maart]] eruit moet?? ik heb geen geld voor de huur want uitkering is gestopt. mijn zoon [[p:Ilias]] is 4 en ik weet niet waar ik heen moet. kunt u bellen op [[tel:06 18 44 70 21]] na 12 uur, dan is hij op school. dank u""")

T.append(
    """Hallo mevr [[p:de Wit]]. Ik krijg steeds brieven van {{o:Intrum}} over een rekening van {{o:Eneco}} van 2019. Daar woonde ik nog niet eens op dit adres. Mijn dossiernummer daar is [[dos:108772450]]. Ik heb de brief gefotografeerd. Kan ik dinsdag langskomen op het {{o:Servicepunt XL}} in {{w:Moerwijk}}? Groetjes [[p:Dewi]]"""
)

T.append(
    """Selam [[p:Hanna]], dit is [[p:Mehari]]. haftey [[p:Saba]] is ziek, zij kan niet komen naar de afspraak van [[d:woensdag 6 nov]]. de brief van gemeente zij snap niet. Zij zegt u mag bellen naar mij [[tel:0644029917]]. Ik ben haar broer. Wij wonen ook in {{w:Transvaal}}, [[adr:Kempstraat 213]]. Yekenyeley (dank u)"""
)

T.append(
    """Goedenavond. Mijn naam is [[p:Agnieszka Wróbel]]. Dzień dobry. Ik werk in kas in Westland en mijn werkgever heeft mij niet betaald sinds [[d:1 oktober]]. Nu wil verhuurder mij uit kamer zetten, [[adr:Weimarstraat 301-B]]. Ik sta in RNI, mijn BSN is [[bsn:565029526]]. Kan iemand van jullie team helpen met brief schrijven? Polish language is easy for me, English also ok. tel [[tel:+48 512 330 817]] (WhatsApp)"""
)

T.append(
    """Bon dia mener [[p:Frans]]! Aki ta [[p:Shurendy]]. Mi mama mw. [[p:Martina]] ta na hospital ({{o:HMC}} Westeinde) sinds [[d:zaterdag 22/2]]. Zij moet naar huis volgende week maar ze kan niet trap op. Kunt u vragen bij {{o:Wmo-loket}} of zij een traplift kan krijgen of andere woning? Haar adres is [[adr:Hobbemastraat 127-III]], [[pc:2526 JN]]. Danki danki"""
)

T.append("""Assalamu alaikum zuster [[p:Naima]],
ik stuur de foto van de aanmaning van {{o:CJIB}}. Beschikkingsnummer [[dos:2024 0003 8817 6652]]. Het is van mijn man [[p:Abdelkarim]] maar hij zit nu in Marokko tot na Ramadan. inshallah komt hij terug eind april. Moet ik het betalen of kan ik wachten? Ik heb echt geen 380 euro. wallah ik weet niet meer.
[[p:Khadija]]""")

T.append(
    """hoi [[p:daan]] met [[p:kevin]] hier van de [[adr:zuiderparklaan 40]] (3e etage). ik heb die formulieren voor bewindvoering ingevuld, alleen snap ik niet wat ze bedoelen met 'verklaring van de cliënt'. moet mijn moeder [[p:yvonne]] ook tekenen? zij is mijn {{r:mantelzorger}}. bel me maar op [[tel:06-29107743]] of appen, ben vandaag vrij"""
)

T.append("""Dear Sir/Madam,
My name is [[p:Thomas O'Connell]], I live in Dublin. My father [[p:Patrick O'Connell]] (born [[d:17 June 1948]]) lives alone at [[adr:Statenlaan 61]] in The Hague, in {{w:Duinoord}}. Since my mother passed away he does not eat well and the neighbours tell me he forgets to lock the door. His GP is Dr. [[p:Veenstra]]. Could someone from your team visit him? I can be reached at [[tel:+353 87 442 1930]] or [[mail:tom.oconnell@eircom.net]].
Kind regards, [[p:Tom]]""")

T.append(
    """Merhaba, ik ben [[p:Emine]] de dochter van [[p:Hatice Kılıç]]. Annem (mijn moeder) heeft suiker en ze valt vaak. De {{r:wijkverpleegkundige}} [[p:Marloes]] zegt we moeten jullie bellen. Ze woont [[adr:Paul Krugerlaan 3 bis]], boven de bakker. Ik woon in Rotterdam dus ik kan alleen in het weekend. Mijn nummer [[tel:06 5512 8834]]. Teşekkürler"""
)

T.append(
    """Hallo ik ben het [[p:jessica]] van afgelopen [[d:donderdag de 12e]]. Ik wilde laten weten dat {{r:deurwaarder}} [[p:van Leeuwen]] vandaag gewoon aan de deur stond terwijl u zei dat het geregeld was. Hij zegt dat er [[d:25-04]] ontruimd word. mijn vriend [[p:Ricardo]] was er bij. Ik ben echt boos en bang. Bel AUB"""
)

T.append(
    """Goeiedag, ik ben [[p:Ayaan]] (dochter van [[p:Faadumo Warsame]]). Hooyo (mijn moeder) heeft brief van {{o:SVB}} gekregen dat haar AOW lager wordt omdat ik bij haar woon?? Ik studeer nog en woon daar sinds september 2023? Nee sorry, sinds [[d:1 sept. 2023]]. Adres [[adr:Dedemsvaartweg 1044]]. Haar BSN is [[bsn:2381.45.852]]. Kunnen jullie dit uitzoeken, zij spreekt weinig Nederlands. Mahadsanid!"""
)

T.append(
    """Bom dia dona [[p:Lúcia]]. Sou eu, [[p:Djenifer]]. Ik heb de papieren van de school van mijn zoon [[p:Kelvin Tavares]] maar ik kan niet lezen alles. De {{r:leerplichtambtenaar}} mevr [[p:Hoogland]] wil afspraak op [[d:quinta 10 de abril]] (donderdag). Kunt u mee gaan? Obrigada. Mijn novo nummer is [[tel:06 41 99 02 58]]"""
)

T.append("""Beste mensen van het {{o:wijkteam}},
Ik schrijf namens mijn buurman meneer [[p:Dekker]] (hij woont op [[adr:Harderwijkstraat 19]], ik ernaast). Hij is 84 en ik zie al drie dagen geen licht bij hem. De post puilt uit. Ik heb hem voor het laatst gezien op [[d:vrijdag 17 januari]]. Ik heb geen sleutel. Zijn zoon heet [[p:Erik]], maar ik heb geen nummer. Graag snel actie.
[[p:Wilma Zwart]] [[tel:070-3235519]]""")

T.append(
    """Hi, dit is [[p:Marek]] van de kamer boven mevrouw [[p:Bloem]]. Ze huilde vannacht heel hard en riep naam [[p:Gerrit]]. Ik denk ze is verward. Ik heb 112 niet gebeld want ik weet niet zeker. Adres is [[adr:Vaillantlaan 455-A]]. Sorry voor mijn Nederlands."""
)

T.append(
    """Mevrouw [[p:Koster]] gisteren heb ik het formulier van de bijzondere bijstand ingeleverd bij de balie, zij zeiden dat het nummer [[dos:BB-2025-004419]] is. Ze gaven geen bewijs. Mijn naam [[p:Orhan Yıldırım]], geb. [[d:03-08-1979]]. Als het weer kwijt raakt ben ik echt klaar met de gemeente"""
)

T.append(
    """salaam [[p:fatiha]], dit is [[p:hamza]]. moeder [[p:zahra]] heeft morgen afspraak {{o:PsyQ}} om 10u maar bus 25 rijdt niet. Kan iemand van team haar brengen? ze is heel bang en zegt ze gaat niet. adres weet je: [[adr:Hoefkade 704]]. ik moet werken tot 4."""
)

T.append("""Goedemiddag, hierbij de gegevens die u vroeg voor de aanvraag bij {{o:Schuldhulpmaatje}}:
naam: [[p:Nathalie Roos]]
geboren: [[d:9 mei 1987]]
telefoon: [[tel:06-87216103]]
rekening: [[iban:NL59 INGB 8715 4164 63]]
Ik heb ook de brief van {{o:Flanderijn}} met kenmerk [[dos:F-7731842]] doorgestuurd naar uw mail.
Groet, [[p:Nathalie]]""")

T.append(
    """Salam alaykum. Ik ben [[p:Tesfay]], mijn vrouw [[p:Letensae]] en ik hebben sinds [[d:15/01/2025]] de woning op [[adr:Zonnebloemstraat 92]] in {{w:Laak}}. Geen meubels, geen gordijnen. {{o:Vluchtelingenwerk}} zegt dat u kan helpen met inrichtingskrediet. Onze contactpersoon daar was [[p:Joost]]. Ik heb geen email, alleen nummer [[tel:0687114029]]. God zegene u."""
)

T.append(
    """Hey, [[p:Priscilla]] hier. Mijn zus [[p:Chantal Martis]] woont in {{w:Den Haag Zuidwest}} en is sinds de geboorte van haar baby ([[d:2 juli]]) heel stil, komt haar bed niet uit. Ik woon op Curaçao ([[tel:+599 9 518 2244]]) dus ik kan niks doen vanaf hier. Zij wil geen hulp maar ik ben bang. Haar adres: [[adr:Escamplaan 712]]. Niet zeggen dat ik jullie heb geappt pls"""
)

T.append("""Beste [[p:Sanne]],
Ik ben vandaag bij het loket geweest voor de kwijtschelding gemeentelijke belastingen. De man achter de balie zei dat mijn aanvraag van vorige maand, [[d:3 februari]], is afgewezen omdat mijn auto te veel waard is. Ik heb geen auto!! Die staat op naam van mijn ex [[p:Dennis Groen]]. Mijn aanslagnummer is [[dos:2025.118.4471.09]]. Kunt u samen met mij bezwaar maken?
Met vriendelijke groet, [[p:Petra]]""")

T.append(
    """dag mvr [[p:Bakker]] ik ben [[p:Wiktor]] sorry late bericht. dokter zegt ik mag niet werken 6 weken rugpijn. {{o:UWV}} vragen papier van {{r:huisarts}}. mijn werkgever uitzendbureau niet betaal ziektegeld. ik heb huur {{o:Staedion}} niet betaald [[d:1 mei]]. co mam robić?? (wat moet ik doen)"""
)

T.append(
    """Goedemorgen, Met [[p:Ingrid van Dam]], de dochter van [[p:Cor van Dam]]. Vader heeft vorige week van de {{r:casemanager dementie}} gehoord dat hij niet meer alleen kan wonen. Hij wil niet naar een verpleeghuis. Wij (mijn broer [[p:Hans]] en ik) willen graag een gesprek met jullie en [[p:Annelies]] van {{o:Florence}}. Liefst op [[d:maandag 24 maart]] of [[d:dinsdag 25 maart]] 's middags. Mijn mobiel: [[tel:06 21 53 37 10]]."""
)

T.append(
    """waarom belt niemand terug??? ik heb 3x ingesproken. ik ben [[p:sharon]] van [[adr:jan blankenstraat 9]], ze gaan mijn gas afsluiten vrijdag. ik heb 2 kinderen. [[tel:0630925588]]"""
)
# ---- part 2: referral forms and letters from GPs, practice nurses, hospitals
T.append("""VERWIJZING SOCIAAL WIJKZORGTEAM
Van: {{o:Huisartsenpraktijk Rustenburg}}, [[p:C.M. Hoekstra]], {{r:huisarts}}
Aan: {{o:SWT}} {{w:Rustenburg-Oostbroek}}
Datum: [[d:11-02-2025]]
Patiënt: dhr. [[p:A.]] ([[p:Anton]]) [[p:Verbeek]], geb. [[d:22-09-1956]]
Adres: [[adr:Soestdijksekade 418]], [[pc:2574 AM]] Den Haag
Tel: [[tel:070 - 366 12 09]]
Reden: Bekend met COPD en alcoholgebruik. Sinds overlijden echtgenote (nov. 2024) vereenzaamd, woning vervuild volgens {{r:wijkverpleegkundige}}. Pt. geeft toestemming voor verwijzing. Graag beoordeling woonsituatie en financiën.""")

T.append("""Geachte collega's,
Hierbij verwijs ik mw. [[p:Yasmina El Amrani]] (*[[d:14.07.1990]]) naar uw team. Zij is alleenstaande moeder van drie kinderen en bezocht het spreekuur op [[d:4 maart]] jl. met slaapproblemen en paniekklachten, met als achtergrond forse schulden en een dreigende huisuitzetting. Zij heeft nog geen {{r:bewindvoerder}}. De {{r:POH-GGZ}}, mevr. [[p:R. Sitaldin]], heeft twee gesprekken gevoerd. Mevrouw is bereikbaar op [[tel:06-45180233]]; zij woont [[adr:Van Ravesteynstraat 31]] in de {{w:Schilderswijk}}.
Met collegiale groet,
[[p:J.P. Aalbers]], {{r:huisarts}}""")

T.append("""ZorgDomein verwijzing — kopie naar {{o:wijkteam}}
Verwijsnummer: [[dos:ZD-4481-9920-1173]]
Patiënt: [[p:Kaya]], [[p:Mehmet]]  M  [[d:1963-01-30]]
BSN: [[bsn:150461781]]
Verzekeraar: {{o:Zilveren Kruis}}  polisnr [[dos:183462077]]
Specialisme: {{o:GGZ}} basis
Hulpvraag: somberheid na ontslag, dreigende schulden, weinig netwerk. Spreekt Turks, dochter [[p:Elif]] tolkt ([[tel:06 1387 4460]]).
Verwijzer: [[p:H. de Graaf]], {{r:huisarts}}""")

T.append("""Beste [[p:Mirjam]],
Zoals telefonisch besproken: mw. [[p:Hoop]] (de mevrouw met de katten, [[adr:Reinkenstraat 54 1e]]) is gisteren weer op de spoedpost geweest, derde keer deze maand. Ze lijkt niet meer te koken en vergeet haar insuline. Ik heb haar gevraagd of ik jullie mag inschakelen en dat vond ze goed, al zei ze er direct bij dat ze 'geen bemoeienis' wil. In de hoop dat jullie ingang vinden. Haar nicht [[p:Loes Mulder]] is contactpersoon, [[tel:06-30 99 21 84]].
Hartelijke groet, [[p:Ellen]] ({{r:doktersassistente}}, praktijk [[p:Van der Sluis]])""")

T.append("""Ontslagbericht {{o:HagaZiekenhuis}} — afdeling Geriatrie
Naam: mw. [[p:W.J. Koning-Prins]]
Geboortedatum: [[d:02 apr 1938]]
Opnamedatum: [[d:19-03-2025]]   Ontslagdatum: [[d:28-03-2025]]
Patiëntnummer: [[dos:7712093]]
Ontslag naar huis ([[adr:Laan van Meerdervoort 1120]]) met thuiszorg van {{o:WZH}}. Verzoek aan {{o:sociaal wijkzorgteam}}: {{r:mantelzorger}} (echtgenoot, dhr. [[p:Koning]], 89 jr) overbelast; graag inzet huishoudelijke hulp en dagbesteding.""")

T.append("""Aanmelding via {{r:huisarts}} — telefonisch aangenomen door [[p:Ilse]] (frontoffice)
Beller: dokter [[p:Meijer]] van Gezondheidscentrum {{w:Transvaal}}
Betreft: dhr [[p:Jaroslav Novák]], ongeveer 50, dakloos sinds januari, slaapt soms bij kennis op [[adr:Wouwermanstraat 14-hs]]. Geen geldige zorgverzekering meer. Terug te bellen door {{r:casusregisseur}}: [[tel:070-3889210]] (direct nummer dokter)""")

T.append("""Geachte heer/mevrouw,

Ondergetekende, {{r:praktijkondersteuner}} bij {{o:Huisartsenpraktijk De Linde}}, meldt hierbij mevrouw [[p:Gül Aydemir]], wonende [[adr:Loosduinsekade 230]], [[pc:2571CG]], aan. Mevrouw is 71 jaar, weduwe, en {{r:mantelzorger}} voor haar zoon [[p:Serkan]] (43, LVB). Zij geeft aan dat zij 'op' is. Zoon krijgt begeleiding van {{o:Middin}}, contactpersoon [[p:Bas]]. Graag contact met mevrouw via haar kleindochter [[p:Büşra]]: [[tel:0623177045]].

[[p:M. Zomer]]""")

T.append("""Verwijsbrief (gescand, handgeschreven deels onleesbaar)
Pat: [[p:Rodrigues Semedo]], [[p:Anilda]]   geb [[d:5/11/68]]
[[adr:Hooftskade 19 II]]
Diabetes, hypertensie, neemt meds niet in. 'geld op' sinds half feb volgens pt. Kleinzoon [[p:Edson]] woont in, is 19. Graag {{o:SWT}} inschakelen voor financiën + evt. {{o:wijkverpleging}}.
Paraaf: [[p:AvdB]]""")

T.append("""Van: [[mail:a.vandenberg@praktijkhoefkade.nl]]
Onderwerp: Verwijzing dhr. [[p:Bouzambou]]
Hallo team {{w:Schilderswijk}},
Dhr. [[p:Rachid Bouzambou]] ([[d:22-6-1971]], [[adr:Parallelweg 186]]) komt al jaren bij ons met rugklachten, maar vandaag vertelde hij dat hij sinds de zomer in zijn auto slaapt na ruzie met zijn vrouw. Hij is akkoord met aanmelding. Ik heb gezegd dat er iemand belt op [[tel:0612987734]]. Zijn zus [[p:Nadia]] mag ook gebeld worden.
Groet, [[p:Anouk van den Berg]], {{r:huisarts}}""")

T.append("""Medische informatie t.b.v. Wmo-aanvraag (op verzoek van {{r:Wmo-adviseur}} [[p:K. Baldew]])
Betreft: de heer [[p:Pieter Scheffers]], [[d:13 aug 1952]], [[adr:Fahrenheitstraat 602]]
Diagnose: CVA ([[d:08-12-2024]]), rechtszijdige parese. Loopt met rollator, kan geen trappen. Woning: 2e verdieping zonder lift. Advies: woningaanpassing niet zinvol, urgentie medische verhuizing ondersteund.
Getekend, drs. [[p:S. Kanhai]], {{r:huisarts}}""")

T.append("""Memo {{r:POH-GGZ}} → {{o:wijkzorgteam}}
[[p:Ricky]] ([[p:R. Bakker]], 27) is sinds [[d:maandag 3/3]] gestopt met zijn medicatie en belt de praktijk meerdere keren per dag. Moeder (Mw. [[p:Tineke Bakker]], [[tel:06-47720193]]) maakt zich zorgen over agressie richting haar. Zij woont bij hem in, [[adr:Meppelweg 814]]. Eerder contact {{o:Parnassia}} ({{o:FACT-team}} {{w:Escamp}}), uitgeschreven. Graag overleg over {{o:bemoeizorg}}.""")

T.append("""Geachte {{r:maatschappelijk werker}},
Uw cliënte, mevrouw [[p:Mei Lin Zhou]], geboren [[d:7 januari 1984]], is op [[d:vrijdag 14 februari 2025]] door ons gezien op de SEH na een val van de trap. Zij vertelde het zelf zo, maar de verwondingen passen daar niet goed bij. Zij gaf aan dat haar partner (dhr. [[p:Chen]]) 'soms boos' is. Wij hebben {{o:Veilig Thuis}} geconsulteerd (melding [[dos:VT-25-00871]]). Mevrouw gaf toestemming u te informeren.
Met vriendelijke groet, dr. [[p:F. Oosterveld]], {{r:arts-assistent}} SEH, {{o:HMC}}""")

T.append("""Aanmeldformulier {{o:Sociaal Wijkzorgteam}} (ingevuld door verwijzer)
1. Naam cliënt: [[p:Moussa Diallo]]
2. Geboortedatum: [[d:31-12-1999]]
3. Adres + postcode: [[adr:Lorentzplein 33]] [[pc:2522 JJ]]
4. Telefoonnummer: [[tel:+31 6 2417 9058]]
5. E-mail: [[mail:moussadiallo99@gmail.com]]
6. Verwijzer: [[p:Karin]], {{r:jongerenwerker}} {{o:Xtra}}
7. Korte omschrijving: 23-jarige man, geen inkomen, staat nergens ingeschreven sinds hij bij zijn oom weg is. Wil werken. Geen problemen met justitie bekend.
8. Toestemming cliënt: ja (mondeling, [[d:10/3]])""")

T.append(
    """Hoi [[p:Noor]], korte vraag vanuit de praktijk: mevr. [[p:Jansen]] van de [[adr:Mient 250]] (die jullie vorig jaar hadden) staat weer bij ons aan de balie, ze heeft een brief van de {{r:deurwaarder}} en wil dat de dokter 'm leest. Mogen we haar naar jullie spreekuur sturen? Groetjes [[p:Fenna]], {{r:doktersassistente}}"""
)

T.append("""Subject: referral - Mr. [[p:Dawit Gebremedhin]]
Dear colleagues, I am the locum GP at the practice on the Hoefkade this month and I do not speak Dutch well, apologies. Mr. [[p:Gebremedhin]] (DOB [[d:01/01/1988]], Eritrean, statushouder) presented with severe weight loss and says he is not able to pay for food since his benefit was stopped on [[d:1 March]]. He lives at [[adr:Stuwstraat 126]]. Phone: [[tel:06 84 30 21 97]]. Please contact him, he understands Tigrinya and a little English.
Best regards, Dr. [[p:Sarah Whitfield]]""")

T.append("""{{o:Huisartsenpost Haaglanden}} — overdracht aan eigen {{r:huisarts}}, cc {{o:wijkteam}} op verzoek patiënt
Contactmoment: [[d:za 05-04-2025]] 02:40
Patiënt: [[p:V. Dragomir]] (vrouw, 34 jr)
Adres: [[adr:Vlamingstraat 7 A]]
Klacht: angst, hyperventilatie na ruzie met huisbaas. Huisbaas dreigt haar, zoon ([[p:Andrei]], 9) aanwezig. Pt. wil hulp bij andere woonruimte. Nummer pt.: [[tel:0684420713]]""")
# ---- part 3: housing corporations, landlords, caretakers
T.append("""SIGNAAL HUURACHTERSTAND — {{o:Vroeg Eropaf}}
Corporatie: {{o:Haag Wonen}}, vestiging {{w:Escamp}}
Huurder: dhr./mw. [[p:Lachhman]]
Contractnummer: [[dos:310-04482-01]]
Adres: [[adr:Erasmusweg 1247]], [[pc:2532 CS]]
Achterstand: € 2.184,36 (3 mnd)
Laatste betaling: [[d:26-11-2024]]
Contactpogingen: brief [[d:06-01]], huisbezoek [[d:20-01]] (niet thuis), telefonisch [[tel:06-11803356]] (voicemail)
Verzoek: outreachend contact door {{o:wijkteam}}. Behandelend {{r:woonconsulent}}: [[p:Sjoerd Bakker]], [[mail:s.bakker@haagwonen.nl]]""")

T.append("""Geachte mevrouw [[p:Benali]],

Op [[d:12 februari 2025]] heeft u van ons een brief ontvangen over overlast vanuit uw woning aan de [[adr:Rijswijkseweg 401-C]]. Helaas hebben wij sindsdien opnieuw klachten ontvangen van omwonenden, onder meer op [[d:zondag 2 maart]] rond 03.00 uur. Wij nodigen u uit voor een gesprek op ons kantoor op [[d:donderdag 13 maart 2025]] om 10.30 uur. U mag iemand meenemen, bijvoorbeeld uw contactpersoon van het {{o:sociaal wijkzorgteam}}.

Met vriendelijke groet,
[[p:R. Ramsaroep]]
{{r:Medewerker Leefbaarheid}}, {{o:Staedion}}
Kenmerk: [[dos:LB/2025/0318]]""")

T.append(
    """Hoi {{o:wijkteam}}, [[p:Gerard]] hier, {{r:huismeester}} van de flats aan de Melis Stokelaan. Ik maak me zorgen om de bewoner van [[adr:Melis Stokelaan 2107]], dhr. [[p:Ferreira]]. De buren klagen over stank en er staan vuilniszakken op de galerij. Hij doet niet open maar ik hoor de tv. Zijn dochter heeft ooit een nummer gegeven: [[tel:06 19 77 40 52]]. Kunnen jullie eens langs? Ik ben ma t/m do tot 16.00 op het kantoortje."""
)

T.append("""Melding woonfraude / onderzoek BRP (kopie ter info aan {{o:SWT}} i.v.m. kwetsbare bewoner)
Adres: [[adr:Van der Vennestraat 58-hs]]
Ingeschreven: [[p:M. Tahiri]] (ged. [[d:04-04-1961]]), [[p:S. Tahiri]], [[p:Y. Tahiri]]
Vermoedelijk feitelijk aanwezig: daarnaast 4 personen onbekend
Bevinding {{r:handhaver}} [[p:De Jong]] [[d:18/02/2025]]: oudere man (vermoedelijk [[p:M. Tahiri]]) slaapt in de gang, gezondheid slecht. Advies: contact {{o:wijkteam}}.""")

T.append("""Beste [[p:Lotte]],
Dank voor je telefoontje. Zoals afgesproken zetten we de ontruimingsprocedure voor mevrouw [[p:Yvonne Peters]] aan de [[adr:Stieltjesstraat 17]] ([[pc:2595 LN]]) twee maanden stil, op voorwaarde dat:
- er uiterlijk [[d:31 mei]] een betalingsregeling is getekend;
- mevrouw vanaf [[d:1 april]] de lopende huur betaalt;
- jullie ons op de hoogte houden.
Dossier bij ons: [[dos:HW-INC-2025-1130]]. Bel gerust: 088 7654 321 (algemeen) of mijn eigen toestel [[tel:06-50133829]].
Groet, [[p:Youssef El Khattabi]], {{r:incassomedewerker}} {{o:Haag Wonen}}""")

T.append("""Aan het {{o:wijkteam}} {{w:Mariahoeve}},
Als bewonerscommissie willen wij aandacht vragen voor mevrouw [[p:A. Visser]] (88), [[adr:Ambachtsgaarde 112]]. Zij woont er al sinds de bouw in 1968. Sinds haar man [[p:Jan]] is overleden zien wij haar haast niet meer en ze heeft vorige week de brandweer gebeld omdat ze dacht dat er iemand in huis was. Wij weten dat haar zoon [[p:Ron Visser]] in Zoetermeer woont. Met vriendelijke groet, namens de commissie, [[p:H. Kok]] ([[mail:bewonerscie.ambachtsgaarde@hotmail.com]])""")

T.append("""Export Huurdersvolgsysteem — regel gekopieerd door [[p:Iris]] ({{r:casusregisseur}})
Huurder | Adres | Pc | Ingang huur | Achterstand | Status
[[p:Öztürk]], [[p:F.]] | [[adr:Linnaeusstraat 142]] | [[pc:2522GT]] | [[d:01-06-2016]] | € 1.402,00 | brief 2 verstuurd
Mede-huurder | [[p:Öztürk-Demir]], [[p:A.]] | | | |
Opmerking: partner sinds 03-2025? niet meer in woning. Dochter [[p:Derya]] belt namens moeder, [[tel:0687332015]].""")

T.append("""Goedemiddag,
Ik ben eigenaar van een pand aan de Weimarstraat en verhuur de bovenwoning aan dhr [[p:Kowalczyk]] en zijn vrouw [[p:Ewa]]. Zij betalen al twee maanden geen huur meer en ik hoor 's nachts geschreeuw. Ik wil niet meteen naar de politie, misschien kunnen jullie helpen. Huisnummer [[adr:Weimarstraat 144B]]. Ik ben [[p:A. Rijnders]], [[tel:06 2284 1197]].""")

T.append("""{{o:Staedion}} — Melding sociaal beheer
Datum melding: [[d:7-1-2025]]
Melder: buurvrouw (anoniem)
Betreft: [[adr:Conradkade 66 1 hoog]]
Bewoner: jonge vrouw met baby, naam op bel: '[[p:S. Amankwah]]'. Baby huilt veel, vrouw zou 'in de war' zijn en zonder jas met baby over straat lopen. {{r:Sociaal beheerder}} [[p:Kees de Ridder]] heeft aangebeld, geen reactie.
Actie: doorgezet naar {{o:SWT}} {{w:Zeeheldenkwartier}} en {{o:CJG}}.""")

T.append("""Geachte heer [[p:Wortel]],
Wij hebben geconstateerd dat u de huur van januari 2025 niet heeft voldaan.

Noot van [[p:Hanneke]] ({{o:SWT}}): brief meegenomen bij huisbezoek [[d:ma 10/2]], meneer had hem niet geopend. Achterstand inmiddels 2 maanden. Meneer wil zelf bellen met {{r:woonconsulent}} [[p:Tamara Smit]] ([[tel:070 - 389 44 10]]), ik ga mee.""")

T.append("""Wij verzoeken u vriendelijk de volgende gegevens aan te leveren voor de urgentieaanvraag van uw cliënt:
- naam huurder en medehuurder: [[p:Sandra Hart]] / [[p:Mohamed Aoulad]]
- huidig adres: [[adr:Jacob Mosselstraat 27]], [[pc:2595RA]]
- geboortedata: [[d:14-10-1982]] en [[d:30-06-1979]]
- inschrijfnummer WoonnetHaaglanden: [[dos:WNH-00918342]]
- verklaring {{r:maatschappelijk werker}} met datum
Aanvragen die na [[d:28 maart]] binnenkomen worden in de volgende commissie behandeld.
Afdeling Woonruimteverdeling, {{o:gemeente Den Haag}}""")

T.append(
    """Hallo, ik ben [[p:Said]] van schoonmaakbedrijf van het portiek van de Hooftskade, nummers 203 t/m 215. Elke week ligt bij [[adr:Hooftskade 209]] eten en pampers voor de deur. Ik weet dat daar mevrouw met 2 kinderen woont, de naam is [[p:Hussein]] denk ik. Ik wil niet verklikken maar het is niet goed zo. Mijn nummer [[tel:0645211830]]"""
)

T.append("""Betreft: huisbezoek [[adr:Zuidlarenstraat 77]] ({{o:Haag Wonen}} / {{o:SWT}})
Aanwezig: dhr. [[p:Mukendi]], zijn broer [[p:Patrice]], {{r:woonconsulent}} [[p:L. Boon]], ondergetekende.
Afspraken: huurder gaat vanaf [[d:1 mei 2025]] € 75 per maand extra aflossen; {{o:Haag Wonen}} stopt incasso via {{o:GGN}}; {{o:wijkteam}} meldt aan bij {{o:Schuldhulpverlening}} (klantnummer [[dos:SHV-71144]]). Volgende check: [[d:dinsdag 17 juni]].
[[p:L. Boon]]""")

T.append("""Beste mevrouw [[p:Groenewegen]],

Naar aanleiding van uw verzoek om een aangepaste woning laten wij u weten dat uw inschrijving (inschrijfnr. [[dos:2019-118273]]) nog actief is. Omdat u volgens de verklaring van uw {{r:ergotherapeut}} (mw. [[p:I. Dekker]], {{o:Fysio Loosduinen}}) geen trappen meer kunt lopen, komt u in aanmerking voor een gelijkvloerse woning. Wij adviseren u om samen met uw {{r:Wmo-consulent}} te reageren op het aanbod. Een bezichtiging van de woning aan de [[adr:Tesselsestraat 40]] is mogelijk op [[d:woensdag 9 april]] tussen 14.00 en 15.00 uur.

Met vriendelijke groet,
Team Verhuur {{o:WoonInvest}}
[[p:C. Huisman]]""")
# ---- part 4: debt collectors, bailiffs, creditors, bewindvoerders
T.append("""AANMANING — LAATSTE KANS

De heer [[p:S.R. Ramautar]]
[[adr:Hengelolaan 1020]]
[[pc:2545 LK]] 'S-GRAVENHAGE

Dossiernummer: [[dos:4471-98812-2]]
Opdrachtgever: {{o:Vodafone Libertel B.V.}}
Datum: [[d:17 februari 2025]]

Geachte heer [[p:Ramautar]],

Ondanks eerdere herinneringen hebben wij uw betaling van in totaal € 612,48 (hoofdsom € 433,10, incassokosten € 69,38, rente € 110,00) niet ontvangen. De automatische incasso van uw rekening [[iban:NL10 RABO 8078 0744 18]] is door uw bank gestorneerd. Wij verzoeken u dit bedrag binnen 14 dagen zelf over te maken onder vermelding van uw dossiernummer. Indien betaling uitblijft, zullen wij de vordering zonder nadere aankondiging ter invordering uit handen geven aan onze {{r:gerechtsdeurwaarder}}.

Met vriendelijke groet,
{{o:Incassobureau Direct}}
Afdeling Debiteurenbeheer""")

T.append("""[foto van brief, overgetypt door [[p:Merel]] ({{r:schuldhulpverlener}})]
Gerechtsdeurwaarders {{o:Flanderijn}}
Uw kenmerk: —  Ons kenmerk: [[dos:FL/24/339182/NK]]
Aan: mevrouw [[p:Ş. Güler]], [[adr:Elandstraat 3-A]], [[pc:2513 GM]]
Betreft: EXPLOOT VAN BESLAGLEGGING onder derden
Op [[d:maandag 10 maart 2025]] heb ik, [[p:Nicolaas Koerts]], {{r:gerechtsdeurwaarder}}, beslag gelegd onder {{o:UWV}} op de uitkering van gerequireerde, BSN [[bsn:913 428 140]], ter zake van een vordering van {{o:DUO}}.""")

T.append("""Goedemiddag [[p:Sevda]],

Hierbij bevestig ik dat wij de incassowerkzaamheden voor uw cliënt dhr. [[p:J.]] ([[p:Johan]]) [[p:de Bruijn]] voor de duur van 3 maanden opschorten, ingaande heden, in afwachting van het minnelijk traject. Wil je de aanmelding bij {{o:Kredietbank}} ons toesturen zodra die er is? Ons referentienummer blijft [[dos:CAF-2209-10477]].

Met vriendelijke groet,
[[p:Linda Hofstede]]
{{r:Klantmanager}} Bijzondere Dossiers
{{o:Cannock Chase}}
T [[tel:+31 (0)88 222 41 96]]
E [[mail:l.hofstede@cannockchase.nl]]""")

T.append("""Uit het dossier van {{o:Bewindvoering Haaglanden}} (doorgestuurd met toestemming van cliënt):
Cliënt: [[p:Desirée Koster]]
Geboortedatum: [[d:28-02-1977]]
Leefgeldrekening: [[iban:NL66ABNA1205921608]]
Beheerrekening: [[iban:NL44SNSB4223213787]]
Leefgeld: € 65 per week, uitbetaald op maandag
Bewindvoerder: mr. [[p:Th. Olieslagers]]
Opmerking: mevrouw heeft op [[d:4/3]] en [[d:11/3]] extra leefgeld aangevraagd vanwege 'boodschappen voor de kleinkinderen'. Wij vragen ons af of er druk van familie is (zoon [[p:Jeffrey]]). Graag contact.""")

T.append("""Beste,

Ik schrijf u namens mijn moeder mevrouw [[p:Irena Kamińska]]. Zij heeft een brief van {{o:GGN Mastering Credit}} gekregen met het dossier [[dos:31-8829104]] en een bedrag van € 1.934,-. Ze zegt dat ze nooit iets bij {{o:Wehkamp}} heeft besteld. Ik denk dat iemand haar gegevens heeft gebruikt, haar oude buurman had haar pas gekopieerd. Ik woon in Wrocław maar kom op [[d:20.04.2025]] naar Den Haag. Mama woont op [[adr:Copernicusplein 9]], [[pc:2561 VW]].
Pozdrawiam, [[p:Joanna Kamińska]]
[[mail:joanna.kaminska@wp.pl]] / [[tel:+48 601 224 908]]""")

T.append("""SOMMATIE
Datum: [[d:03.03.2025]]
Klantnummer: [[dos:10093381]]   Factuurnummer: [[dos:INV-2024-118843]]
Dhr/Mevr [[p:A. Mohamud]]
[[adr:Beijersstraat 4]]
[[pc:2523 HV]] DEN HAAG
U bent ons nog een bedrag verschuldigd van € 287,15 voor de levering van zorg (eigen risico 2024). De incasso van uw rekening [[iban:NL03 TRIO 4708 7609 03]] is mislukt wegens onvoldoende saldo. Maak het bedrag binnen 7 dagen over aan {{o:Zorgverzekeraar DSW}} o.v.v. uw klantnummer. Heeft u vragen? Bel ons op werkdagen.""")

T.append("""Van: [[mail:invordering@belastingen-haaglanden.nl]]
Aan: [[mail:swt.escamp@denhaag.nl]]
Onderwerp: RE: uitstel van betaling [[p:Soerdjbalie]]

Geachte heer/mevrouw,

Naar aanleiding van uw verzoek van [[d:24 februari]] jl. namens uw cliënt, de heer [[p:Ravi Soerdjbalie]] (subjectnummer [[dos:000.231.884]]), verlenen wij uitstel van invordering van de aanslag 2024 tot [[d:30 juni 2025]]. Wij wijzen u erop dat de dwangbevelkosten van € 16,00 blijven staan. Mocht uw cliënt kwijtschelding willen aanvragen, dan kan dat via het formulier op onze website of bij het {{o:Servicepunt XL}} in zijn wijk.

Met vriendelijke groet,
[[p:P. Wesselius]]
{{o:Belastingsamenwerking Haaglanden}}""")

T.append("""Overzicht schulden opgesteld door [[p:Mustafa]] ({{r:vrijwilliger}} {{o:Humanitas Thuisadministratie}}) voor mw. [[p:Hernández]]
schuldeiser | kenmerk | bedrag | status
{{o:Eneco}} | klantnr [[dos:200455871]] | € 846,20 | regeling afgesproken
{{o:Belastingdienst/Toeslagen}} | [[dos:3102.45.771.T.45]] | € 3.114,00 | terugvordering zorgtoeslag
{{o:Dunea}} | [[dos:1149320-01]] | € 212,60 | aanmaning
{{o:Lowell}} (ex-Vodafone) | [[dos:LOW-7788412]] | € 1.066,93 | {{r:deurwaarder}} dreigt
{{o:CJIB}} | [[dos:2023 1190 0441 2276]] | € 239,00 | 2x verhoogd
Totaal ongeveer € 5.480. Mevrouw ([[p:Rosa Hernández]], geb. [[d:12-12-1958]]) ontvangt AOW + aanvullende bijstand, rekening [[iban:NL50KNAB5454847452]].""")

T.append("""Beste [[p:Jorien]],

Hier de gegevens van [[p:Kofi]] voor de aanmelding bij de {{o:Kredietbank Den Haag}}. Hij heeft vandaag alles meegenomen, ik heb het even in deze mail gezet zodat jij het in het systeem kan zetten:

Naam: [[p:Kofi Mensah Boateng]]
Roepnaam: [[p:Kofi]]
BSN: [[bsn:346965731]]
Adres: [[adr:Boekhorststraat 30 B]], [[pc:2512 CR]]
Rekening: [[iban:NL 76 BUNQ 5054 2489 78]]
Werkgever: {{o:PostNL}} (nachtdienst sorteercentrum)
Partner: [[p:Abena]], geen eigen inkomen, zwanger (uitgerekend [[d:2 juni]])

Groet en tot donderdag,
[[p:Wesley]]""")

T.append("""Geachte heer, mevrouw,
Bij deze laat ik u weten dat ik, [[p:Henk Lambrechts]], vanaf heden niet meer als curator van de heer [[p:F. van Os]] optreed. Het curatele-dossier (rekestnummer [[dos:C/09/641223 / FA RK 23-1130]]) wordt overgedragen aan mw. mr. [[p:E. Bosch]] van {{o:Residentie Beschermingsbewind}}, bereikbaar via [[tel:070-2211876]]. Meneer verblijft op dit moment nog in {{o:Parnassia}} locatie {{w:Kijkduin}}, naar verwachting tot [[d:1 mei]]. Zijn woning aan de [[adr:Drievliet 22]] blijft aangehouden.""")

T.append("""Hallo mevr [[p:Sahin]] van het {{o:wijkteam}}
ik ben [[p:Kevin Zwart]] van {{o:Noordzee Incasso}}. ik bel over meneer [[p:Amrani]] waar u de bewindvoering voor aanvraagt. zijn openstaande bedrag bij ons is voor klant {{o:Ziggo}}, ons nummer is [[dos:ZI-0045-8312]]. als u een moratorium aanvraagt wil ik graag kopie, mijn mail [[mail:kevin@noordzee-incasso.nl]]. zijn adres staat bij ons nog als [[adr:Ruysdaelstraat 112]] klopt dat nog?""")
# ---- part 5: municipal departments (SZW, Wmo, Burgerzaken, Belastingen, Leerplicht)
T.append("""{{o:Gemeente Den Haag}}
{{o:Dienst Sociale Zaken en Werkgelegenheid}}

Mevrouw [[p:F. Ouali]]
[[adr:Hoefkade 1198]]
[[pc:2526 EH]] Den Haag

Datum: [[d:19 maart 2025]]
Ons kenmerk: [[dos:SZW/UIT/2025/188245]]
Uw BSN: [[bsn:539799403]]
Onderwerp: Besluit opschorting bijstandsuitkering

Geachte mevrouw [[p:Ouali]],

U heeft op [[d:5 maart 2025]] een brief van ons ontvangen waarin wij u vroegen om uw bankafschriften van de afgelopen drie maanden in te leveren. Wij hebben deze niet op tijd ontvangen. Daarom schorten wij uw uitkering op met ingang van [[d:1 april 2025]]. U krijgt nog één keer de kans om de gegevens in te leveren, uiterlijk op [[d:2 april 2025]]. Heeft u vragen, neem dan contact op met uw {{r:klantmanager}}, dhr. [[p:T. Vermeulen]].""")

T.append("""WMO BESCHIKKING — toekenning
Naam: [[p:Alida van Rijn]]
Geboortedatum: [[d:16-06-1944]]
Adres: [[adr:Dr. Lelykade 86]], [[pc:2583 CM]] 's-Gravenhage
Cliëntnummer {{o:Wmo}}: [[dos:WMO-0221-87413]]
Voorziening: huishoudelijke ondersteuning, 3 uur per week, aanbieder {{o:Tzorg}}
Ingangsdatum: [[d:01-04-2025]]   Einddatum: [[d:31-03-2028]]
Eigen bijdrage: vast tarief via {{o:CAK}}
Behandeld door: [[p:Sophie Leenders]], {{r:Wmo-consulent}}, {{o:Wmo-loket}} {{w:Scheveningen}}""")

T.append("""Beste collega's van het {{o:SWT}},

Vanuit {{o:Burgerzaken}} een vraag. Wij hebben een adresonderzoek lopen naar dhr. [[p:Ionuț Popescu]] (geb. [[d:11-05-1992]]), ingeschreven op [[adr:Goudenregenstraat 160]]. De bewoners daar (familie [[p:Verhoef]]) zeggen hem niet te kennen. Uit een melding blijkt dat hij contact zou hebben met jullie team. Weten jullie of meneer een ander adres heeft of een briefadres nodig heeft? Bij geen reactie voor [[d:vrijdag 4 april]] schrijven wij hem uit naar 'land onbekend', met alle gevolgen voor zijn zorgverzekering.
Met vriendelijke groet, [[p:Eva Manders]], {{r:medewerker adresonderzoek}} {{o:Burgerzaken}}, [[tel:070 353 72 06]]""")

T.append("""Brief gemeente aan dhr. [[p:Jamal Abdi]] (meegebracht naar spreekuur {{o:Servicepunt XL}} {{w:Transvaal}}):
'Op grond van artikel 17 van de Participatiewet bent u verplicht alle informatie te geven die van invloed is op uw recht op bijstand. Uit gegevens van {{o:DUO}} blijkt dat u sinds [[d:1 september 2024]] studiefinanciering ontvangt...'
Toelichting [[p:Mariam]] ({{r:sociaal raadsvrouw}}): meneer studeert niet zelf, het gaat om zijn dochter [[p:Hibaaq]] die op hetzelfde adres ([[adr:Wolmaransstraat 62]]) staat ingeschreven. Bezwaar schrijven voor [[d:14/4]]. Meneer: [[tel:06 3920 1155]].""")

T.append("""Onderwerp: Leerplicht – verzuim [[p:Aïsha Camara]] ([[d:12-10-2011]])
Van: [[p:R. de Hoop]], {{r:leerplichtambtenaar}} {{o:Bureau Leerplicht}} Den Haag
Aan: {{o:SWT}} {{w:Laak}}, t.a.v. [[p:Joyce]]
Beste [[p:Joyce]],
[[p:Aïsha]] is dit schooljaar 31 keer afwezig geweest, vaak op maandag. Moeder, mw. [[p:Mariama Camara]], vertelde bij het gesprek op [[d:woensdag 26 februari]] dat zij zelf ernstig ziek is en dat [[p:Aïsha]] voor de jongere kinderen zorgt. Ik hoor graag of moeder bij jullie bekend is. Adres: [[adr:Jan van der Heijdenstraat 79]].""")

T.append("""Besluit op uw aanvraag individuele inkomenstoeslag 2025
Aanvrager: [[p:M.C.]] ([[p:Mariska]]) [[p:Bloemendaal]]
Aanvraagnummer: [[dos:IIT-25-044712]]
Datum aanvraag: [[d:2 januari 2025]]
Besluit: toegekend, € 568,00
Uitbetaling op rekening: [[iban:NL29 ASNB 1956 8727 23]]
Wij betalen het bedrag binnen 10 werkdagen uit. Heeft u een partner? Dan geldt een hoger bedrag. Dit is bij u niet het geval.""")

T.append("""Aan de {{r:casusregisseur}}, dhr. [[p:Van Kampen]]
Van: [[p:Annemarie Roos]], {{r:beleidsmedewerker}} {{o:Maatschappelijke Opvang}}
Datum: [[d:maandag 17 maart 2025]]
Beste [[p:Wouter]],
Voor [[p:Lucas Teixeira]] (dossier opvang [[dos:MO-2025-0091]]) is een plek vrijgekomen bij {{o:Kessler Stichting}} Nachtopvang, [[adr:Kempstraat 144]]. Hij moet zich vóór 20.00 uur melden met een geldig ID. Kunnen jullie hem vandaag nog bereiken? Zijn laatst bekende nummer is [[tel:06-38 47 92 05]]. Zijn vriendin [[p:Inês]] weet meestal waar hij is.""")

T.append("""{{o:Gemeente Den Haag}} – {{o:Afdeling Bijzondere Bijstand}}
Betreft: uw aanvraag van [[d:07-02-2025]] voor een wasmachine en koelkast
Aanvrager: mevrouw [[p:Dzenana Hodžić]]
Klantnummer: [[dos:BB 7740119]]
Wij hebben uw aanvraag afgewezen. U had voor deze kosten kunnen reserveren. Ook heeft u in 2023 al een bijdrage gekregen voor een koelkast. Tegen dit besluit kunt u binnen zes weken bezwaar maken. Notitie [[p:Tim]]: 'bezwaar ivm brand in woning [[d:23 jan]], zie verklaring brandweer'""")

T.append("""Uitnodiging keukentafelgesprek
Beste heer [[p:Boukhari]],
U heeft zich gemeld voor ondersteuning vanuit de {{o:Wmo}}. Wij komen graag bij u thuis voor een gesprek. Datum: [[d:donderdag 3 april 2025]], tijd: 13.30 uur. Adres: [[adr:Sterrenburgstraat 211-I]]. Het gesprek wordt gevoerd door [[p:Naomi Ferwerda]], {{r:Wmo-adviseur}}. Als u wilt dat iemand anders (bijvoorbeeld uw zoon [[p:Anouar]] of uw {{r:mantelzorger}}) bij het gesprek is, dan kan dat. Verhinderd? Bel [[p:Naomi]] op [[tel:06 - 42 18 95 30]].""")

T.append("""Van: {{o:team Handhaving Participatiewet}}
Aan: {{o:SWT}} {{w:Moerwijk}}
Vertrouwelijk
In het kader van een onderzoek naar gezamenlijke huishouding op [[adr:Moerweg 408]] is gesproken met mw. [[p:L. Oosterhout]] en dhr. [[p:E. Djojokarso]]. Mevrouw gaf aan dat dhr. [[p:Djojokarso]] haar ex-partner is en er 'alleen slaapt als hij geen andere plek heeft'. Mevrouw maakte een zeer angstige indruk. Wij hebben haar gewezen op jullie team en {{o:Veilig Thuis}}. Onderzoeksnummer: [[dos:HHV-2025-3317]]. Behandelaar: [[p:Jeroen Brink]].""")

T.append("""Bevestiging aanmelding {{o:Schuldhulpverlening}} Den Haag
Beste [[p:Ahmed Lamrini]],
Wij hebben uw aanmelding ontvangen op [[d:10 maart 2025]]. Uw intakegesprek is op [[d:dinsdag 18 maart]] om 09.00 uur bij {{o:Servicepunt XL}} {{w:Laak}}, [[adr:Linnaeusstraat 2A]]. Neem mee: legitimatie, overzicht schulden, laatste 3 loonstroken, bankafschriften. Uw dossiernummer: [[dos:SHV-2025-12771]]. U kunt contact opnemen via uw persoonlijke e-mail: [[mail:ahmed.lamrini1980@hotmail.com]] is bij ons bekend als correspondentieadres.""")

T.append("""Registratie ontvangen post op briefadres (kopie voor {{o:SWT}})
Cliënt: [[p:Johnny Bakker]], briefadres {{o:Leger des Heils}} [[adr:Prinsegracht 21]]
[[d:03-03]] – {{o:CAK}} – eigen bijdrage
[[d:05-03]] – {{o:SVB}} – ongeopend, doorgestuurd
[[d:11-03]] – {{o:Rechtbank Den Haag}} – aangetekend, 2x geprobeerd
Opgehaald door cliënt: nee. Laatste contact [[d:27/02]]. Medewerker: [[p:D. Visser]]""")
# ---- part 6: registration-system exports pasted into notes
T.append("""--- export cliëntregistratie (Suite) ---
Cliëntnr:        [[dos:C-0048812]]
Achternaam:      [[p:Nunes Lopes]]
Voornamen:       [[p:Maria da Graça]]
Roepnaam:        [[p:Graça]]
Geslacht:        V
Geb.datum:       [[d:1959-08-21]]
BSN:             [[bsn:900810476]]
Straat + nr:     [[adr:Vermeerstraat 14 hs]]
Postcode/plaats: [[pc:2515 XV]] DEN HAAG
Wijk:            {{w:Schilderswijk}}
Tel. vast:       [[tel:070-3801244]]
Tel. mobiel:     [[tel:06-14025590]]
Contactpersoon:  [[p:Ana Lopes]] (dochter) [[tel:06-44812037]]
Aanmelddatum:    [[d:2025-02-03]]
Regievoerder:    [[p:B. Kaptein]]""")

T.append("""Uit registratiesysteem, tabblad 'Betrokkenen':
Rol                     | Naam                 | Organisatie          | Telefoon
{{r:huisarts}}          | dr. [[p:Jongejan]] | {{o:HOED Morgenstond}} | [[tel:070-3255890]]
{{r:wijkverpleegkundige}} | [[p:Fleur Meijers]] | {{o:Buurtzorg}} {{w:Bouwlust}} | [[tel:06-52093317]]
{{r:bewindvoerder}}     | [[p:R.J. Hagen]]     | {{o:Hofstad Bewind}}   | [[tel:0174-284 410]]
zoon                    | [[p:Dennis Kuipers]] | -                    | [[tel:06-17224890]]
cliënt                  | [[p:Truus Kuipers-Hoek]] | -                | [[tel:070-3973021]]""")

T.append("""Export Mens Centraal  [[d:26-03-2025]] 14:02  gebruiker: [[p:nvanderlinden]]
Zaak [[dos:2025-00317]] – [[p:Van Beek]], [[p:Sylvia]] – status: intake
Contactmomenten:
[[d:12-03-2025]]  telefoon  cliënt belde zelf, huilend, over beslag op toeslagen
[[d:14-03-2025]]  huisbezoek  samen met [[p:Rutger]] ({{o:MEE}}), aanwezig ook buurvrouw [[p:Gonny]]
[[d:20-03-2025]]  mail  doc's ontvangen van {{o:Toeslagen}}, kenmerk [[dos:TSL-9920187331]]
Volgende stap: aanvraag {{o:Herstel Toeslagen}} (hersteloperatie) uitzoeken.""")

T.append("""Gekopieerd uit het aanmeldformulier op de website (webformulier [[dos:#18807]]):
naam_melder=[[p:Jolanda de Vos]]
relatie=buurvrouw
naam_betrokkene=meneer [[p:Sarmo]] (voornaam onbekend)
adres_betrokkene=[[adr:Wateringseweg 212]]
postcode=[[pc:2525BN]]
telefoon_melder=[[tel:0612763309]]
email_melder=[[mail:jolanda.devos@ziggo.nl]]
omschrijving=meneer loopt 's nachts op straat in pyjama, spreekt mensen aan in het Hindoestaans, zijn vrouw is vorig jaar overleden. Hij heeft een zoon in Almere volgens mij.
toestemming_betrokkene=onbekend""")

T.append("""CSV-regels uit de wachtlijst (geplakt door [[p:Hatice]] voor teamoverleg):
wachtnr;naam;geboortedatum;wijk;aangemeld;door
[[dos:W-0117]];[[p:Ait Taleb]], [[p:Driss]];[[d:06-02-1950]];{{w:Transvaal}};[[d:10-01-2025]];{{r:huisarts}}
[[dos:W-0118]];[[p:Gonçalves]], [[p:Iolanda]];[[d:21-07-1989]];{{w:Schilderswijk}};[[d:13-01-2025]];{{o:CJG}}
[[dos:W-0121]];[[p:Meijer]], [[p:Bram]];[[d:30-11-2001]];{{w:Laak}};[[d:20-01-2025]];zelfmelder
[[dos:W-0124]];[[p:Nasser]], [[p:Yara]];[[d:02-02-1996]];{{w:Transvaal}};[[d:27-01-2025]];{{o:Vluchtelingenwerk}}""")

T.append(""">> systeemnotitie (automatisch) <<
Dossier [[dos:SWT-ESC-2024-0788]] overgedragen van [[p:L. Hamdaoui]] naar [[p:S. Pinas]] op [[d:01-03-2025]] 08:15.
Reden: vertrek medewerker.
Cliënt: [[p:Romano Bisschop]] ([[d:04-01-1985]])
Lopende acties: (1) aanvraag beschermingsbewind bij {{r:kantonrechter}}, zittingsdatum [[d:22 april 2025]]; (2) contact met {{o:Brijder}} verslavingszorg, behandelaar [[p:Ingeborg]]; (3) kwijtschelding 2025.""")

T.append("""Persoonsgegevens (BRP-bevraging, door [[p:Cynthia]] geplakt ter controle):
A-nummer: [[dos:7102 3398 45]]
BSN: [[bsn:364 085 265]]
Naam: [[p:Yohannes]], [[p:Filmon Tesfamariam]]
Geboren: [[d:01-01-1997]] te Asmara (Eritrea)
Nationaliteit: Eritrese
Adres: [[adr:Copernicusstraat 88-1]], [[pc:2561 XE]]
Datum vestiging in NL: [[d:14-08-2019]]
Burgerlijke staat: gehuwd met [[p:Senait Habte]]""")

T.append("""Overzicht inkomsten en uitgaven (bijlage bij aanvraag)
Naam: [[p:Gerda Smit]]  Rek.nr.: [[iban:NL22INGB1666607161]]
Inkomsten p/m: Participatiewet € 1.291,09, huurtoeslag € 329, zorgtoeslag € 123
Vaste lasten: huur {{o:Haag Wonen}} € 712,44 (contract [[dos:102-33071-02]]), energie {{o:Vattenfall}} € 164, water {{o:Dunea}} € 22, zorgverzekering {{o:VGZ}} € 151,20 (incl. regeling), telefoon € 35
Betalingsregelingen: {{o:CJIB}} € 50, {{o:Belastingdienst}} € 40
Overig: schuld aan zus ([[p:Marian]]) € 600, aflossing informeel
Ingevuld samen met [[p:Thijs]] ({{r:schuldhulpmaatje}}) op [[d:zat. 8 maart]]""")

T.append("""Registratie telefoontje (belnotitie uit systeem)
Datum/tijd: [[d:21.03.25]] 11:47
Beller: mw. [[p:Bouchra Ziani]]
Nummer: [[tel:+31 6 3390 7711]]
Over: haar vader [[p:Mohammed Ziani]], [[adr:Schalk Burgerstraat 301]]
Vraag: vader krijgt geen thuiszorg meer sinds [[d:15 maart]] want {{o:Cardia}} stopt, wat nu?
Afgehandeld door: [[p:Jeroen]] (frontoffice) → doorgezet naar {{r:Wmo-adviseur}}""")

T.append("""Veld 'Gezinssamenstelling' (export):
- [[p:Mahmoud Al-Hassan]], vader, [[d:03-03-1978]]
- [[p:Rasha Al-Hassan]], moeder, [[d:19-10-1983]]
- [[p:Omar]], zoon, [[d:2010-05-07]]
- [[p:Lina]], dochter, [[d:2013-12-24]]
- [[p:Karim]], zoon, [[d:2019-02-15]]
Adres gezin: [[adr:Delftselaan 55-II]], {{w:Rustenburg}}
Veld 'Betrokken hulpverlening': {{o:CJG}} ({{r:jeugdverpleegkundige}} [[p:Fenna Hoekman]]), {{o:Vluchtelingenwerk}}, {{o:SWT}}""")

T.append("""Logboek contactpogingen (uitdraai)
# | datum | wie | wat | resultaat
1 | [[d:04/02/2025]] | [[p:EvH]] | bellen [[tel:06-21887054]] | geen gehoor
2 | [[d:06/02/2025]] | [[p:EvH]] | brief naar [[adr:Kamperfoeliestraat 33]] | -
3 | [[d:12/02/2025]] | [[p:EvH]] + {{r:wijkagent}} [[p:Marco]] | huisbezoek | niet open
4 | [[d:13/02/2025]] | [[p:EvH]] | bellen dochter [[p:Tanja]] [[tel:06-33812047]] | dochter: moeder ligt in {{o:Bronovo}}
Cliënt: mevr. [[p:Hennie Goedhart]]""")

T.append("""Gegevens voor de aanvraag {{o:Stichting Leergeld}} (uit ons systeem):
Ouder: [[p:Funda Arslan]], [[adr:Thomsonlaan 19]], [[pc:2565 HS]]
Kinderen: [[p:Mert]] ([[d:15-4-2012]]), [[p:Zeynep]] ([[d:8-9-2015]])
Bankrekening: [[iban:NL66 RABO 3438 7110 44]]
E-mail: [[mail:funda.arslan@outlook.com]]
Inkomen: bijstand (norm alleenstaande ouder)
Aanvrager namens ouder: [[p:Romy]], {{r:welzijnscoach}} {{o:Voor Welzijn}}""")
# ---- part 7: longer letters and e-mails from clients and relatives
T.append("""Geachte mevrouw [[p:Bakker]] van het {{o:wijkteam}},

Mijn naam is [[p:Abdirahman Yusuf]] en ik schrijf voor mijn oom [[p:Cabdi Nuur]]. Hij is 67 jaar en woont al 20 jaar in {{w:Moerwijk}}, [[adr:Hengelolaan 455]]. Mijn oom spreekt alleen Somalisch en een beetje Italiaans. Hij heeft een brief gekregen van het {{o:UWV}} dat hij geld moet terug betalen van zijn WW uit 2019, meer dan 4000 euro. Hij heeft nooit WW gehad, hij heeft altijd bijstand. Ik denk het is een fout van hun. Hij slaapt niet meer door de stress en hij zegt 'waan ka xumahay' (ik voel me slecht). Kunt u een afspraak maken? Ik kan meekomen op vrijdag. Mijn nummer is [[tel:06-1120 4873]]. Zijn BSN staat op de brief: [[bsn:446393538]].

Met vriendelijke groeten,
[[p:Abdirahman]]""")

T.append("""hallo beste {{o:wijkteam}}

ik ben [[p:Ruth]] ik woon in {{w:Laak}} met mijn 3 kinderen. ik kom uit Eritrea sinds 2018. mijn man [[p:Habtom]] is niet meer bij ons, hij is weg naar Duitsland sinds [[d:10 december]] en ik weet niet waar. nu komt brief van belasting dat kinderopvangtoeslag moet terug omdat hij staat op mijn adres nog. Ik begrijp niet. Ik ga elke dag naar taalschool bij {{o:ROC Mondriaan}}. Mijn juffrouw [[p:Ellen Bos]] zegt ik moet jullie schrijven. Mijn adres [[adr:Stuwstraat 40-3]], [[pc:2516 TG]]. telefoon [[tel:0619904421]]. ik kan na 3 uur praten. Yekenyeley
[[p:Ruth Kidane]]""")

T.append("""Subject: My mother - urgent
Hello,
I got your number from the GP practice. I am [[p:Lakshmi]], daughter of [[p:Sushila Ramkisoen-Jagroep]], she lives at [[adr:Rederijkerstraat 18]] in {{w:Transvaal}}. I live in London since 2015 and my brother [[p:Anand]] lives in Paramaribo so nobody is close. Mum fell on [[d:Saturday the 8th of March]] and the neighbour found her only on Monday. She is home now but she refuses help, says 'I am not a poor person'. Please, can someone from the {{o:wijkteam}} go and see her? I will pay for anything necessary. My number is [[tel:+44 7700 918 442]] and email [[mail:lakshmi.jagroep@btinternet.com]].
Thank you so much,
[[p:Lakshmi Jagroep]]""")

T.append("""Goede dag,
Ik ben [[p:Paulo Mendes]], broer van [[p:Nelson Mendes]] die in uw wijk woont ([[adr:Delagoastraat 8]] boven). [[p:Nelson]] heeft schizofrenie en is sinds hij is gestopt bij {{o:Parnassia}} niet meer goed. Hij koopt dingen via internet op afbetaling, ik zie pakketten van {{o:Klarna}} en {{o:Riverty}}. Gisteren zei hij dat de buren hem volgen met camera. Ik ben bang hij doet iets. Ik woon in Rotterdam-Zuid en werk in ploegen. Mijn telefoon: [[tel:06 48 20 11 73]]. Ik wil helpen maar weet niet hoe. Obrigado pela atenção (dank u voor de aandacht).""")

T.append("""Aan het {{o:sociaal wijkteam}} {{w:Scheveningen}}

Ik wil graag hulp vragen voor mezelf. Ik ben [[p:Marleen de Wit]], 52 jaar, [[adr:Badhuisstraat 77]]. Sinds mijn scheiding van [[p:Rob]] in 2022 ben ik in een zwart gat gevallen. Ik heb mijn baan bij de kinderopvang verloren en nu komen de rekeningen. Ik schaam me om naar de gemeente te gaan, ik heb altijd gewerkt. Mijn dochter [[p:Iris]] (24) woont in Leiden en weet niet hoe slecht het gaat. Vorige week heb ik bij de {{o:voedselbank}} in de rij gestaan en zag ik een oud-collega, [[p:Karin Storm]]. Ik ben gewoon weer naar huis gegaan. Kunt u mij bellen op [[tel:06-52841176]]? Liefst niet 's ochtends, dan slaap ik.
[[p:Marleen]]""")

T.append(
    """Hoi allemaal ik ben [[p:Sjaak]] van de overkant en ik schrijf over [[p:Roos]], het meisje van 19 dat op de [[adr:Vlietstraat 41-b]] woont. Er komen daar de hele nacht mannen over de vloer en haar vriend [[p:Dylan]] staat dan beneden op de uitkijk. Ik heb haar vader [[p:Martin Hoogeveen]] gekend, goeie vent, is overleden in 2021. Volgens mij is ze verslaafd en wordt ze uitgebuit. Ik wil geen gedoe met de politie maar iemand moet iets doen. Ik ben te bereiken op [[mail:sjaak.vliet40@kpnmail.nl]]."""
)

T.append("""Asalaamu caleykum,

Waxaan ahay (ik ben) [[p:Hodan Ali Farah]]. Mijn Nederlands is niet goed, mijn zoon [[p:Liban]] helpt schrijven. Wij wonen in een huis met schimmel, [[adr:Hoekerstraat 27]], alle kinderen zijn ziek, de kleine [[p:Sagal]] heeft astma. {{o:Haag Wonen}} komt niet. Ik heb foto's. Dokter [[p:Gökçe]] zegt de schimmel is slecht voor longen. Wij hebben 4 kinderen en een huis van 2 kamers. Ik heb in november 2024 brief gestuurd, geen antwoord. Kunnen jullie helpen met urgentie? Mijn nummer [[tel:06 8840 1219]], [[p:Liban]]: [[tel:06 1429 6638]].
Mahadsanid""")

T.append("""Beste [[p:Jasper]],

Dank voor het gesprek van gisteren. Hierbij zoals beloofd de gegevens van mijn moeder, zodat jullie de aanvraag voor de {{o:Wmo}} kunnen doen. Ik heb ook toestemming van haar (zie bijgevoegde scan met haar handtekening, [[d:27 maart 2025]]).

Naam: [[p:Johanna Cornelia]] ([[p:Joke]]) [[p:Hendriks-van Vliet]]
Geb.: [[d:04-09-1935]]
BSN: [[bsn:5310.44.531]]
Adres: [[adr:Mgr. Nolenslaan 15]], [[pc:2555 BD]] Den Haag (aanleunwoning {{o:WZH}} Swaenesteyn)
Huisarts: Dr. [[p:Blom]], {{w:Kijkduin}}

Ik ben zelf bereikbaar op [[tel:06 53 11 87 02]], mijn zus [[p:Ans]] op [[tel:0252-418 227]].

Hartelijke groet,
[[p:Willemijn Hendriks]]""")

T.append(
    """Meneer [[p:Frank]] goedemiddag. Hier [[p:Nasrin]], van de taalcafé. Ik wil u zeggen over mijn buurvrouw, mevrouw [[p:Parwin Rahimi]], Afghaanse vrouw, ongeveer 60. Zij woont alleen op [[adr:Hoefkade 914]] sinds haar man dood. Haar kinderen wonen in Iran en Duitsland. Zij spreekt Dari, geen Nederlands, en krijgt brieven die zij niet kan lezen, veel rood papier. Gisteren was de stroom uit bij haar. Ik help soms maar ik heb zelf 5 kinderen en ik werk. Zij vindt het goed dat ik u schrijf. Kunt u met {{r:tolk}} komen? Tashakor"""
)

T.append("""Hallo mevr. [[p:Vos]],
Ik ben de zoon van dhr. [[p:Kalloe]]. Ik bel u al 3 dagen maar u neemt niet op ik denk u bent ziek. Mijn vader heeft vandaag weer een brief gekregen van de {{r:bewindvoerder}} dat er geen leefgeld is deze week, wat moet hij eten?? de {{r:bewindvoerder}} is mevr [[p:Chotkan]] van {{o:Bewind op Maat}}, ik heb haar gemaild op [[mail:r.chotkan@bewindopmaat.nl]] maar niks. Papa woont [[adr:Soestdijksekade 602]]. Als ik niks hoor ga ik naar de krant. [[p:Vishal Kalloe]] [[tel:06-23417789]]""")

T.append(
    """Dzień dobry pani [[p:Dorota]] (ik weet dat u ook Pools spreekt, daarom aan u). Ik ben [[p:Tomasz Lewandowski]], woon op [[adr:Wesselsstraat 12-I]] met 3 collega's van uitzendbureau. Huisbaas zegt wij moeten weg op [[d:31 marca]] (31 maart) want huis wordt verkocht, maar wij hebben contract tot [[d:30 czerwca]]. De huisbaas heet pan [[p:Dijkhuizen]] en hij komt elke week huur cash halen, geen bonnetje. Mijn kolega [[p:Paweł]] is ziek en kan niet werken. Kan het {{o:wijkteam}} helpen of moet ik naar {{o:Juridisch Loket}}? tel [[tel:+31 6 87 44 12 09]]"""
)

T.append("""Hoi [[p:Ebru]] abla,
Ik ben [[p:Selin]], jij kent mij van de moskee op de Hoefkade. Ik durf niet naar kantoor te komen. Mijn man [[p:Burak]] pakt mijn pinpas en ik mag niet naar buiten zonder hem. Gisteren heeft hij mijn telefoon kapot gemaakt, daarom app ik met telefoon van mijn zus [[p:Aylin]] ([[tel:06 1887 3390]]). Ik woon [[adr:Van Limburg Stirumstraat 95]]. Alsjeblieft niet bellen naar mijn huis. Wanneer kan ik jou zien zonder dat hij weet? Ik heb de kinderen op school tot 3 uur, dinsdag en donderdag.""")
# ---- part 8: police, Veilig Thuis, GGZ, schools, other partners; voicemail transcripts
T.append("""ZORGMELDING POLITIE (BVH-uittreksel, vrijgegeven voor zorgpartners)
Registratienummer: [[dos:PL1500-2025041877]]
Datum/tijd incident: [[d:zo 16-03-2025]] 23:12
Locatie: [[adr:Lijnbaan 118 A]], Den Haag
Betrokkene: [[p:VAN DER ZEE]], [[p:Hendrikus Johannes]] (ged. [[d:17-02-1966]])
Toedracht: Melding van buren over geschreeuw. Ter plaatse trof {{r:wijkagent}} [[p:Vd Berg]] betrokkene aan in verwarde toestand, woning ernstig vervuild, geen eten in huis. Betrokkene gaf aan dat 'zij' (onbekend wie) zijn geld afpakken. Geen strafbare feiten. Advies: {{o:bemoeizorg}} via {{o:GGD}} / {{o:SWT}} {{w:Centrum}}.""")

T.append("""Voicemail, ingesproken [[d:dinsdag 1 april]] 17:52 (uitgeschreven door [[p:Nadia]]):
'Ja hallo, met [[p:Gerrit de Haan]], ik ben de buurman van mevrouw [[p:Lammers]], eh, ik bel omdat ze vanmiddag bij mij aanbelde en niet meer wist waar ze woonde. Ze woont gewoon naast me hoor, [[adr:Zusterstraat 8]], eh, en haar dochter [[p:Ellen]] is op vakantie in Spanje tot eind volgende week. Ik heb haar nu maar thee gegeven. Mijn nummer is [[tel:nul zeven nul, drie zes zes, twee vier, één acht]]. Dank u wel.'
(nummer in systeem: [[tel:070-3662418]])""")

T.append("""Terugkoppeling {{o:Veilig Thuis Haaglanden}}
Melding: [[dos:VT-2025-004412]]
Betrokkenen: [[p:Fatma Doğan]] ([[d:09-11-1988]]), [[p:Hakan Doğan]] ([[d:22-04-1985]]), kinderen [[p:Eren]] (9) en [[p:Defne]] (4)
Adres: [[adr:Zeeheldenstraat 60 2e]]
{{o:Veilig Thuis}} heeft op [[d:18 maart]] een huisbezoek afgelegd. Moeder bevestigt psychisch en fysiek geweld, vader ontkent. Afspraak: vader verblijft tijdelijk bij zijn broer in Rijswijk. {{o:Veilig Thuis}} draagt over aan het lokale veld: {{o:SWT}} voor moeder (financiën, huisvesting), {{o:CJG}} voor de kinderen. Contactpersoon VT: [[p:Monique Kerkhof]], 0800-2000 (centrale) of mobiel [[tel:06-10442987]].""")

T.append("""Beste collega's,
Vanuit school ({{o:De Globetrotter}}, groep 6) maak ik mij zorgen over [[p:Jayden]] uit mijn klas. Hij komt vaak zonder ontbijt, zijn kleren zijn vies en hij valt in slaap. Moeder, mevrouw [[p:Aziz]], is moeilijk bereikbaar; het nummer dat wij hebben ([[tel:0687221093]]) is afgesloten. Broertje [[p:Noah]] zit in groep 2. Ik weet van [[p:Jayden]] dat ze sinds kort op de [[adr:Fijnjekade 70]] wonen bij oma. Ik heb dit ook besproken met onze {{r:intern begeleider}} Mw. [[p:R. Hoekstra]] en de {{r:schoolmaatschappelijk werker}}.
Groet, [[p:Mees van Dijk]], {{r:leerkracht}}""")

T.append("""Overdracht {{o:FACT-team}} {{w:Segbroek}} ({{o:Parnassia}}) aan {{o:SWT}}
Cliënt: [[p:J.M. Tromp]] ([[p:Joost]])
Geb: [[d:11-11-1980]]
Adres: [[adr:Fahrenheitstraat 422-C]], [[pc:2561 DG]]
Behandeling bij ons beëindigd per [[d:1 maart 2025]] (stabiel, depot-medicatie via {{r:huisarts}}). Aandachtspunten: financiën (beschermingsbewind loopt via mr. [[p:Groot]]), eenzaamheid, dagbesteding. Cliënt heeft goed contact met {{r:ervaringsdeskundige}} [[p:Rens]]. Bij terugval: bel ons crisisnummer of {{r:psychiater}} dr. [[p:Bahadoer]] ([[tel:088-357 12 04]]).
Met vriendelijke groet, [[p:Noor Wijnands]], {{r:SPV}}""")

T.append(
    """Voicemail [[d:ma 24/3]], 08:03 — 'Goeiemorgen, met [[p:Dirk]] van {{o:Leger des Heils}} Ambulant Team. Ik bel even over [[p:Sandra Mol]], die van de [[adr:Loosduinseweg 330]]. Ze is gisteren bij ons binnengekomen met blauwe plekken, zegt dat ze gevallen is, maar [[p:Danny]], die ex, is weer in beeld. Kan haar {{r:casusregisseur}} mij terugbellen? Ik spreek het nummer even rustig in: [[tel:06-21 07 55 48]]. Dank je.'"""
)

T.append("""Beste mevrouw [[p:Hofman]],
Naar aanleiding van de multidisciplinaire bespreking van [[d:20 februari]] over dhr. [[p:Sewdien]] ([[p:Radj Sewdien]], [[d:03-05-1949]]) stuur ik u het verslag. Aanwezig: [[p:Ilona]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg}}), [[p:Koen de Graaf]] ({{r:ouderenconsulent}}), [[p:Anjali Sewdien]] (dochter), ondergetekende. Afspraken: dagbesteding bij {{o:Stichting Hindustani}} 2x per week; dochter vraagt {{r:mantelzorgmakelaar}} aan; evaluatie op [[d:22 mei]]. Meneer woont nog zelfstandig op [[adr:Tesselsestraat 156]].
[[p:Eline Verburg]], {{r:casemanager dementie}}, {{o:Florence}}""")

T.append("""Van: [[mail:m.dekker@reclassering.nl]]
Aan: [[mail:swt-laak@denhaag.nl]]
Onderwerp: [[p:Luciano]] - terugkeer uit detentie
Hallo,
Ik ben [[p:Manon Dekker]], {{r:reclasseringswerker}} bij {{o:Reclassering Nederland}}. [[p:Luciano Martina]] (geb. [[d:8-7-1995]]) komt op [[d:donderdag 10 april]] vrij uit {{o:PI Haaglanden}}. Hij heeft geen woning en geen inkomen. Hij wil bij zijn moeder wonen ([[adr:Bontekoestraat 33]]), maar zij heeft een huurcontract bij {{o:Staedion}} en is bang voor haar toeslagen. Kunnen jullie vóór die datum met mij en moeder om tafel? Mijn nummer: [[tel:06 4312 7708]].""")

T.append("""Bericht via beveiligde mail ({{o:Zivver}}) van {{o:HMC}} Medisch Maatschappelijk Werk:
Patiënte mw. [[p:Habiba Osman]], geb. [[d:14-06-1990]], bevalt naar verwachting eind april. Zij heeft een verblijfsvergunning maar nog geen eigen woning en slaapt bij een kennis ([[p:Amina]]) op [[adr:Lorentzplein 107]]. Geen partner in beeld. Zij heeft geen kinderwagen, bedje, of kleding. Kunnen jullie ondersteunen bij kraampakket en woonruimte? Telefoon patiënte [[tel:0611093377]]. Ik ben [[p:Ricarda]], {{r:medisch maatschappelijk werker}}, bereikbaar ma-wo.""")

T.append("""Aantekening van {{r:jongerenwerker}} [[p:Bilal]] ({{o:Xtra}}) – doorgestuurd
Hoi team, gisteren bij de pannakooi op het Hobbemaplein sprak ik [[p:Rayan]] (17) en zijn vriend [[p:Mo]]. [[p:Rayan]] vertelde dat zijn vader, meneer [[p:El Ouariachi]], sinds zijn hartinfarct niet meer werkt en dat ze ‘al weken’ geen stroom hebben. Ze wonen op de [[adr:Hobbemastraat 211]] (3 hoog). Moeder spreekt alleen Tarifit. Ik kan een warme overdracht doen, ik ken de familie. Groet, [[p:Bilal]] [[tel:06-44 09 17 82]]""")

T.append(
    """Voicemail [[d:vr 28-02]] 12:20 (uitgeschreven): 'Hello, this is [[p:Grace Owusu]], I am calling for my neighbour Auntie [[p:Efua]], [[p:Efua Asante]], at [[adr:Erasmusweg 781]]. She had a stroke last year and now her gas is cut off, it is very cold. She does not speak Dutch, only Twi and English. Please call me back on [[tel:06 27 71 90 34]]. God bless.'"""
)

T.append("""Uitnodiging MDO
Betreft: gezin [[p:Vermeulen]] / [[p:Kartosen]], [[adr:Troelstrakade 48]]
Datum: [[d:woensdag 16 april 2025]], 14.00-15.30, locatie {{o:CJG}} {{w:Escamp}}
Genodigden: [[p:Priya Kartosen]] (moeder), [[p:Mark Vermeulen]] (vader, telefonisch), [[p:Lisa]] ({{o:CJG}}), [[p:Hanneke Prins]] ({{o:SWT}}), [[p:Ömer]] ({{r:schuldhulpverlener}}), {{r:intern begeleider}} basisschool.
Agenda: veiligheid kinderen, woonsituatie na scheiding, schulden vader (ruim € 22.000).
Graag bevestigen aan [[p:Lisa]], [[mail:lisa.brouwer@cjgdenhaag.nl]].""")
# ---- part 9: official letters with numbers (CAK, SVB, Belastingdienst, DUO, energy, insurers, court)
T.append("""{{o:Belastingdienst/Toeslagen}}
Postbus 8024, 6710 AA Ede  (retouradres)

[[p:H.M. Ramcharan]]
[[adr:Oudemansstraat 249]]
[[pc:2522 SP]] 'S-GRAVENHAGE

Datum: [[d:11 februari 2025]]
Burgerservicenummer: [[bsn:386426831]]
Toeslagnummer: [[dos:0045.77.112.T.55]]

Definitieve berekening huurtoeslag 2023
U moet € 1.188 terugbetalen. U kunt dit bedrag in 24 termijnen betalen. Maak het bedrag over op rekeningnummer NL86 INGB 0002 4455 88 van {{o:Belastingdienst Toeslagen}} onder vermelding van het betalingskenmerk [[dos:5100 2219 8834 7710]].""")

T.append("""{{o:CAK}} — Overzicht eigen bijdrage {{o:Wmo}}
Aan: mevrouw [[p:C. Bakker-Jansen]]
[[adr:Oude Haagweg 3 bis]]
[[pc:2552 EP]] Den Haag
Klantnummer {{o:CAK}}: [[dos:119 448 207]]
Periode: 01 t/m 28 februari 2025
Eigen bijdrage: € 21,80
U betaalt via automatische incasso van rekening [[iban:NL79ABNA0190470569]]. Is het bedrag niet juist? Bel dan met het {{o:CAK}}.
[notitie [[p:Fatih]]: mevrouw dacht dat dit een boete was, uitgelegd op [[d:6/3]]]""")

T.append("""{{o:Sociale Verzekeringsbank}}
Kantoor Leiden

De heer [[p:K. Halilović]]
[[adr:Jonckbloetplein 11]]
[[pc:2523 AR]] Den Haag

Ons kenmerk: [[dos:AOW/BS-22891034]]
Uw burgerservicenummer: [[bsn:995 035 209]]
Datum: [[d:25-02-2025]]

Geachte heer [[p:Halilović]],
Wij hebben gegevens ontvangen waaruit blijkt dat u vanaf [[d:1 oktober 2024]] met iemand samenwoont op uw adres: mevrouw [[p:A. Mehmedović]]. Dat kan gevolgen hebben voor de hoogte van uw AOW. Wilt u binnen 14 dagen het bijgevoegde formulier terugsturen?
Met vriendelijke groet, [[p:J. Scholten]], {{r:afdelingshoofd}}""")

T.append("""DAGVAARDING (kopie, meegebracht door cliënt)
Heden, [[d:de vierde maart tweeduizend vijfentwintig]], op verzoek van {{o:Stichting Staedion}}, gevestigd te Den Haag, heb ik, [[p:Pieter-Jan Verhulst]], {{r:gerechtsdeurwaarder}} te Rotterdam, GEDAGVAARD:
[[p:Marciano Leonora]], wonende te ([[pc:2531 ND]]) Den Haag aan de [[adr:Zuiderparklaan 190]], aldaar mijn exploot doende en afschrift dezes latende aan zijn huisgenote [[p:Soraya]],
OM: op [[d:woensdag 26 maart 2025]] des voormiddags om 10.00 uur te verschijnen ter terechtzitting van de {{o:Rechtbank Den Haag}}, sector kanton. Zaaknummer [[dos:11458932 CV EXPL 25-4471]].""")

T.append("""Beste klant,
Uw energiecontract met klantnummer [[dos:6000 1187 429]] wordt per [[d:1 april]] beëindigd omdat u niet heeft betaald. Wij sluiten uw aansluiting af op [[d:8 april 2025]] tenzij u een betalingsregeling treft. Let op: uw gegevens zijn doorgegeven aan uw gemeente (vroegsignalering).
Gegevens bij ons bekend: Mw. [[p:D.A. Pinas]], [[adr:Boekweitstraat 2A]], [[mail:dpinas77@gmail.com]], [[tel:0648113927]]
{{o:Vattenfall}} Klantenservice

— doorgestuurd door {{o:Vroeg Eropaf}} naar {{o:SWT}} {{w:Bouwlust}}, [[p:Wendy]]: 'Wie pakt dit op? Mevrouw is bekend bij [[p:Kim]] volgens mij.'""")

T.append("""{{o:DUO}} – Betalingsachterstand studieschuld
[[p:S. el Idrissi]]
[[adr:Kortenaerkade 24-I]]
[[pc:2518 AX]] Den Haag
Relatienummer: [[dos:98-11223-447]]
Achterstand: € 1.318,72
U kunt de draagkrachtmeting aanvragen via Mijn {{o:DUO}}. Maak het bedrag over naar NL66 INGB 0705 0029 52 ({{o:DUO}}) onder vermelding van uw relatienummer.
[handgeschreven door cliënt op de brief: 'ik heb nooit gestudeerd!! dit is mijn broer [[p:Soufiane]]' — [[p:Samir]] ([[tel:06-23900481]])]""")

T.append("""Zorgverzekeraar {{o:CZ}} – Einde zorgverzekering wegens wanbetaling
Verzekerde: [[p:Tiago Fonseca Almeida]], relatienummer [[dos:187 228 901]]
Geboortedatum: [[d:13 Nov 1991]]
Wij hebben u aangemeld bij het {{o:CAK}} als wanbetaler. Vanaf [[d:1 mei 2025]] betaalt u een bestuursrechtelijke premie, die wordt ingehouden op uw loon of uitkering. Wilt u dit voorkomen? Neem deel aan een schuldregeling.
[email van cliënt aan [[p:Saskia]] van het team: 'Olá, wat betekent dit? Ik werk bij {{o:Post NL}} via uitzend, ze gaan mijn loon pakken? Mijn mail: [[mail:tiago.f.almeida@sapo.pt]]']""")

T.append("""Beschikking {{r:kantonrechter}} — instelling beschermingsbewind
Zaaknummer: [[dos:C/09/671002 / BR RK 25-284]]
De {{r:kantonrechter}} stelt onder bewind alle goederen die toebehoren aan:
[[p:Natasja Johanna Slingerland]], geboren op [[d:19 januari 1990]] te 's-Gravenhage, wonende te [[adr:Vaillantlaan 89-III]],
en benoemt tot {{r:bewindvoerder}}: Mr. [[p:Adrianus de Wilde]], h.o.d.n. {{o:Budgetbeheer Zuid-Holland}}.
Gegeven door mr. [[p:K.L. van Houten]], {{r:kantonrechter}}, en uitgesproken ter openbare zitting van [[d:12 maart 2025]].""")

T.append("""Kennisgeving van beslag op inkomen
Geachte mevrouw [[p:Tjon A Fat]],
Hierbij delen wij u mede dat op [[d:28-03-2025]] beslag is gelegd op uw loon bij uw werkgever {{o:Albert Heijn}} Distributiecentrum Zwolle, ten behoeve van {{o:Lowell Nederland}}. Beslagvrije voet: € 1.446,80. Uw werkgever houdt het meerdere in. Dossier: [[dos:LBK/25/000918]].
{{o:Gerechtsdeurwaarderskantoor Van der Meulen & Partners}}
Behandelaar: [[p:Sanne Kuijpers]], [[mail:s.kuijpers@vdmeulen-gdw.nl]]
---
cliënt mw [[p:Melissa Tjon A Fat]], [[adr:Nieboerweg 33]], [[tel:06 36 61 02 88]]""")

T.append("""Dhr. [[p:A.B. Chaudhry]]
Referentie: [[dos:NUTS-2025-000781]]
Betreft: Toekenning noodfonds
Wij kennen u een eenmalige gift toe van € 400 uit het {{o:Noodfonds Den Haag}}. Dit bedrag wordt binnen 5 werkdagen overgemaakt naar [[iban:NL71RABO3826898649]] ten name van [[p:A.B. Chaudhry]]. Aanvraag ingediend door [[p:M. Hermans]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Bezuidenhout}}, op [[d:21 maart]].""")
# ---- part 10: more messages from clients and relatives (mixed languages, typos)
T.append("""Goedemorgen mevrouw [[p:Mei]],
Ik ben [[p:Lin Xiaoling]], de vrouw van het restaurant waar u vorige week was. Mijn schoonvader meneer [[p:Wong]] ([[p:Wong Kwok-Wai]]) woont boven het restaurant, [[adr:Wagenstraat 61-A]]. Hij is 91 en wil niet naar het verzorgingshuis omdat daar niemand Kantonees spreekt. Mijn man [[p:Kevin Wong]] en ik werken elke dag tot 23.00 uur. Nu vergeet hij het fornuis uit te doen. Gisteren kwam de brandweer. Kunt u iets regelen met iemand die Chinees spreekt? Misschien {{o:Stichting Chinese Ouderen}}? Ons nummer [[tel:070-3467781]] (restaurant) of [[tel:06-58309911]]. Xiexie.""")

T.append(
    """ik ben [[p:Bogdan]] van kamer 3, [[adr:Stationsweg 92]]. de man van kamer 5 [[p:Krasimir]] is 4 dagen niet op werk en niet in kamer. zijn spullen nog hier. hij was heel ziek, hoest bloed. ik heb zijn broer nummer in Bulgarije: [[tel:+359 88 412 7730]]. ik weet niet wie ik moet zeggen. politie? u? благодаря (dank u)"""
)

T.append("""Hallo mevrouw [[p:Hamida]],

Bedankt voor gisteren!! Ik heb vandaag gebeld met de {{o:Kredietbank}} en ze zeggen mijn dossier [[dos:KB-25-08814]] is nu compleet. Alleen moet [[p:Ronald]] (mijn ex) nog tekenen voor de gezamelijke schuld van de auto. Hij woont nu bij zijn nieuwe vriendin in Zoetermeer, [[adr:Dorpsstraat 14]], en reageert niet op mijn appjes. Zijn nummer is [[tel:06-81440392]], wilt u het proberen? Ik durf niet meer. Mijn dochter [[p:Jade]] is trouwens weer naar school sinds [[d:maandag 7 april]] :)
Liefs [[p:Demi]]""")

T.append(
    """Mevr [[p:Groen]] goedendag, hier is [[p:Halima Bashir]]. Ik heb u gebeld maar u was niet. Vandaag komt man van gemeente voor controle bij mij en hij zegt ik woon samen met [[p:Adam]]. [[p:Adam]] is mijn broer!! hij slaapt bij mij 2 weken want zijn huis heeft brand gehad ([[adr:Goeverneurlaan 409]]). Nu stoppen ze mijn uitkering? Ik heb 3 kinderen. Mijn klantnummer is [[dos:400188273]]. Bel me alstublieft [[tel:06 1199 8743]] of kom naar [[adr:Beeklaan 306-B]]. Shukran."""
)

T.append("""Dear [[p:Jelle]],
Thank you for meeting my mother last Tuesday. As discussed I am sending her bank details for the application for bijzondere bijstand. Her account is with ING: [[iban:NL51 INGB 7186 1341 04]], in the name of [[p:A.M. Sánchez Ruiz]]. Her date of birth is [[d:23/09/1951]] and her BSN is [[bsn:354385902]]. I am her authorised representative (machtiging attached, signed [[d:2 April 2025]]). Please use my address for all letters: [[adr:Laan van Nieuw Oost-Indië 250]], [[pc:2593 BX]].
Best wishes,
[[p:Carmen Sánchez]]""")

T.append(
    """hi, [[p:jordy]] hier van de [[adr:hoogwerfsingel 38]]. m'n moeder [[p:anja]] heeft weer een brief van de {{r:deurwaarder}}. kenmerk [[dos:DW20250117-3]]. zij leest dat niet, ze stopt alles in de la. ik ben 22 en woon nog thuis. mag ik namens haar met jullie praten? ze vind het goed. [[tel:0631172844]]"""
)

T.append(
    """Bon tardi. Mi ta [[p:Jurmaine Isenia]]. Ik heb op [[d:19-3]] formulier ingeleverd bij {{o:Servicepunt XL}} {{w:Escamp}} voor kwijtschelding maar ik hoor niks. Ook mijn zoon [[p:Xavier]] (16) heeft brief van {{o:Bureau Halt}}, ik wil weten wat ik moet doen, zijn {{r:jeugdconsulent}} is [[p:Stefanie]] maar zij is ziek. Mi ta hopi preokupá (ik maak me veel zorgen). Ik woon [[adr:Erasmusweg 300]], [[pc:2532 CA]]. [[tel:06 2270 4511]]"""
)

T.append("""Geacht {{o:wijkteam}},
Ik wil een klacht indienen over de behandeling van mijn vader, dhr. [[p:Bernard Hoekstra]], [[adr:Nieuwe Parklaan 57]]. Op [[d:14 januari]] heeft uw medewerker [[p:Tom]] hem bezocht en gezegd dat hij 'echt wel zelf kan douchen'. Mijn vader is 86 en is twee keer gevallen in de douche. Het laatste keer op [[d:zondag 2 februari]], hij heeft toen twee uur op de grond gelegen. Ik verwacht een nieuwe beoordeling door een andere medewerker.
Hoogachtend,
drs. [[p:M.B. Hoekstra]]
[[mail:mb.hoekstra@xs4all.nl]]""")

T.append(
    """{{o:wijkteam}} goeiemiddag ik ben [[p:Zeynep]] ben bij jullie in begeleiding bij [[p:Ilse]]. ik heb nieuw nummer [[tel:06-34 01 88 25]] want oude telefoon is gestolen. ook mijn mail is nieuw [[mail:zeynepk.1992@icloud.com]]. wil je dat in je computer zetten, dan krijg ik de brieven wel. donderdag kan ik niet want [[p:Ela]] heeft doktersafspraak. vrijdag wel. hoşçakal"""
)

T.append(
    """Salaam, ik ben [[p:Mohammed Nur]], Eritrea. Ik heb werk gevonden in magazijn in Bleiswijk vanaf [[d:1/4]], maar nu moet ik reizen, en ik heb geen geld voor fiets of OV. Mijn {{r:klantmanager}} meneer [[p:Hoek]] zegt dat jullie kunnen helpen met {{o:Stichting Urgente Noden}}. Mijn adres [[adr:Lorentzplein 41]]. Mijn vrouw [[p:Almaz]] en dochter [[p:Selam]] komen volgende maand via gezinshereniging. Ik moet ook huis groter. Dank u voor alles. [[tel:06 8709 2211]]"""
)

T.append(
    """Goeienavond, [[p:Ans]] hier, de buurvrouw van meneer [[p:Winter]] ([[adr:Prins Hendrikplein 3]]). Ik heb de {{r:wijkverpleegkundige}} al gebeld maar die zei dat ik jullie moest mailen. Meneer [[p:Winter]] krijgt bezoek van een jonge vrouw die zegt dat ze zijn nicht is, [[p:Kimberly]], en sinds die er is heeft hij geen geld meer en is zijn pinpas 'kwijt'. Hij is 79 en erg vergeetachtig. Ik vertrouw het niet. Ik ben altijd thuis, bel gerust: [[tel:070-3631205]]."""
)

T.append("""Beste [[p:Ruben]],
Hier de gegevens van mijn vriend [[p:Antonio]] waarover ik je belde. Hij heeft zelf geen mail.
[[p:Antonio da Costa Pereira]], geb. [[d:02-02-1976]] in Praia (Kaapverdië)
Adres: nu even niks, slaapt bij mij ([[adr:Koningstraat 112]]) sinds [[d:zaterdag 15 februari]]
Telefoon: [[tel:06-29 40 13 57]]
Hij heeft nog een rekening bij de ING: [[iban:NL86ABNA4328349114]] (of ABN? hij weet het niet zeker)
Dank je man, [[p:Zé]]""")
# ---- part 11: more exports, intake forms and overviews pasted into notes
T.append("""=== Intakeformulier {{o:SWT}} (digitaal, export pdf→tekst) ===
Datum intake: [[d:vrijdag 21 maart 2025]]      Intaker: [[p:Y. Boukhari]] / [[p:S. Lont]]
1. PERSONALIA
   Naam: [[p:Nadia Amrani-Kadi]]          Geslacht: v
   Geboortedatum: [[d:05.12.1986]]          BSN: [[bsn:374299067]]
   Adres: [[adr:Ruysdaelstraat 48 hs]]      Postcode: [[pc:2525 RK]]
   Telefoon: [[tel:06 - 4138 2290]]          E-mail: [[mail:nadia.kadi86@gmail.com]]
2. HUISHOUDEN
   Kinderen: [[p:Ilyas]] (14), [[p:Sara]] (11), [[p:Yusra]] (6)
   Ex-partner: [[p:Khalid Amrani]] (geen contact, contactverbod sinds 08-2024)
3. HULPVRAAG
   'Ik wil rust. Schulden weg, een huis waar hij mij niet kan vinden.'""")

T.append("""Uitdraai 'Actieve Zaken' — team {{w:Spoorwijk}} — per [[d:31-03-2025]]
zaaknr        | cliënt              | regie       | sinds      | thema
[[dos:SPW-0411]] | [[p:Bennaceur]], [[p:L.]]  | [[p:AK]]   | [[d:12-11-2024]] | schulden, huisvesting
[[dos:SPW-0427]] | [[p:de Zwart]], [[p:G.]]   | [[p:MvdL]] | [[d:03-12-2024]] | eenzaamheid, {{o:GGZ}}
[[dos:SPW-0433]] | [[p:Yilmaz]], [[p:H.]]     | [[p:AK]]   | [[d:07-01-2025]] | mantelzorg
[[dos:SPW-0440]] | [[p:Pinas]], [[p:R.]]      | [[p:DB]]   | [[d:22-01-2025]] | dakloosheid
[[dos:SPW-0452]] | [[p:Kovačević]], [[p:M.]]  | [[p:MvdL]] | [[d:18-02-2025]] | huiselijk geweld""")

T.append("""Toestemmingsverklaring (gescand en overgetypt)
Ik, [[p:Gerardus Antonius Brouwer]], geboren op [[d:9 oktober 1958]], wonende aan de [[adr:Weissenbruchstraat 220]] te Den Haag, geef toestemming aan het {{o:sociaal wijkzorgteam}} {{w:Bezuidenhout}} om informatie over mij op te vragen bij en te delen met: mijn {{r:huisarts}} (dr. [[p:N. Lie]]), {{o:Brijder}}, {{o:Schuldhulpverlening}} en mijn broer [[p:Wim Brouwer]].
Deze toestemming geldt tot [[d:31-12-2025]].
Handtekening: [[p:G.A. Brouwer]]      Datum: [[d:3-3-'25]]""")

T.append("""Kopie uit het zorgplan (systeem 'Regas'), doelen en acties:
Cliënt: [[p:Mariska van Leeuwen]] | dossier [[dos:RG-77120]] | geb. [[d:27-07-1972]]
Doel 1: stabiele woonsituatie — actie: huurachterstand {{o:Staedion}} (contract [[dos:401-20918-1]]) regelen, eigenaar [[p:Wim]] ({{o:SWT}})
Doel 2: inkomen op orde — actie: aanvraag bijstand, {{r:klantmanager}} [[p:Rachida Boulahya]] ([[tel:06-15009278]]) 
Doel 3: sociaal netwerk — actie: koppeling aan {{o:Present}} / buddy [[p:Jolien]]
Evaluatiedatum: [[d:15 juni 2025]]""")

T.append("""Mutatie adresgegevens (melding uit BRP-koppeling):
Persoon: [[p:Agyeman]], [[p:Kwame]] — BSN [[bsn:815366991]]
Oud adres: [[adr:Schalk Burgerstraat 511]], [[pc:2572 VK]] Den Haag
Nieuw adres: [[adr:Graaf Florislaan 12]], [[pc:2285 TX]] Rijswijk
Datum aanvang adreshouding: [[d:14-03-2025]]
Gevolg: cliënt valt buiten werkgebied. Overdracht aan {{o:Stichting Welzijn Rijswijk}} voorbereiden. Regievoerder: [[p:R. Jagesar]].""")

T.append("""Aanvraagformulier {{o:Voedselbank Haaglanden}} — verwijzer: {{o:SWT}} {{w:Moerwijk}}
Naam aanvrager: [[p:Roxana Ionescu]]
Geboortedatum: [[d:07/03/1994]]
Adres: [[adr:Melis Stokelaan 1390]], [[pc:2541 GX]]
Huishouden: 1 volwassene, 2 kinderen ([[p:Luca]] 5, [[p:Maria]] 2)
Netto inkomen: € 1.140 (loon schoonmaak, parttime)
Vaste lasten: € 1.010
Leefgeld per persoon per week: € 14,28
Ondertekend verwijzer: [[p:A. Bosman]], {{r:maatschappelijk werker}}, [[d:18.03.2025]]""")

T.append("""Intern bericht uit systeem (van [[p:E. Kromhout]] aan [[p:T. Sitaram]], [[d:28-02-2025]] 16:41):
'Hoi [[p:Tara]], ik heb de casus [[p:Westerhof]] ([[dos:CS-2024-6611]]) van je overgenomen. In het dossier staat nog een oud telefoonnummer van de dochter, [[tel:06-18300456]]; volgens mevrouw zelf is het nieuwe [[tel:06-47219935]]. Ook woont mevrouw inmiddels op [[adr:Valkenboskade 551]] en niet meer op de Weimarstraat. Wil jij checken of de WMO-indicatie ([[dos:WMO-0219-33480]]) naar het goede adres is gestuurd? Dank!'""")

T.append("""Gegevens doorgegeven aan {{o:Vraagwijzer}} (tabel):
| Veld              | Waarde                         |
| Naam              | [[p:Halima El Hajjaji]]        |
| Geboortedatum     | [[d:1967-03-15]]               |
| Burgerservicenr.  | [[bsn:480.942.808]]            |
| Telefoon          | [[tel:0647028861]]             |
| Adres             | [[adr:De la Reyweg 533]]       |
| Postcode          | [[pc:2571EW]]                  |
| Reden             | mantelzorg voor zoon [[p:Anass]] (NAH) |
| Aangemeld door    | [[p:Priscilla]], {{r:welzijnscoach}} |""")

T.append("""Incassoregister (export uit bewindvoeringspakket), cliënt [[p:J. de Ruiter]]:
crediteur | dossiernr | stand | laatste mutatie
{{o:Intrum}} | [[dos:8812309544]] | € 440,00 | [[d:2025-01-14]]
{{o:Ziggo}} | [[dos:ZG-1182-776]] | € 129,96 | [[d:2025-02-03]]
{{o:Gemeente Den Haag}} (terugvordering) | [[dos:TV-2024-18892]] | € 2.871,00 | [[d:2025-02-28]]
{{o:KPN}} | [[dos:1-1893442817]] | € 61,20 | [[d:2025-03-10]]
Leefgeld naar [[iban:NL22SNSB9779282324]] (wekelijks, ma)""")

T.append("""Meldformulier {{o:Meldpunt Zorg en Overlast}} ({{o:GGD Haaglanden}}) — kopie aan {{o:SWT}}
Meldnummer: [[dos:MZO-25-1043]]
Datum melding: [[d:ma 17 mrt 2025]]
Betrokkene: onbekende man, ca. 40 jr, Oost-Europees uiterlijk — noot: later bekend als [[p:Andrzej Nowicki]]
Verblijfplaats: portiek bij [[adr:Hoefkade 363]]
Melder: [[p:Fatiha Azzouz]], bewoner, [[tel:06-33701865]]
Zorg: man slaapt al weken in portiek, drinkt veel, heeft open wond aan been.""")

T.append("""Afsprakenkaart (ingescand)
Naam: [[p:Ilse Groenendijk]]
Afspraak met: [[p:Sven]] ({{r:schuldhulpverlener}})
Wanneer: [[d:di 8 april]] 10.15 uur
Waar: {{o:Servicepunt XL}} {{w:Leyenburg}}, [[adr:Leyweg 912]]
Meenemen: ID, bankafschriften, brieven van schuldeisers (ook ongeopend!)
Verhinderd? Bel of app [[p:Sven]]: [[tel:06-55281930]]""")
# ---- part 12: longer letters and referrals
T.append("""Geachte leden van het {{o:sociaal wijkzorgteam}} {{w:Loosduinen}},

Graag vraag ik uw aandacht voor mijn patiënt, de heer [[p:Adriaan]] ([[p:Ad]]) [[p:Koster]], geboren [[d:30 april 1949]], wonende [[adr:Loosduinse Hoofdstraat 201]], [[pc:2552 AG]]. De heer [[p:Koster]] is weduwnaar sinds [[d:12 december 2023]] en woont sindsdien alleen. Hij heeft beginnende dementie (MMSE 22) en hartfalen. Zijn enige zoon, [[p:Martijn]], woont in Canada en belt eens per week. Afgelopen maand heb ik drie keer een telefoontje gehad van de apotheek dat meneer zijn medicatie niet heeft opgehaald. Bij mijn huisbezoek op [[d:vrijdag 7 maart]] lag er een stapel ongeopende post, waaronder een brief van een {{r:deurwaarder}}. Meneer zei: 'Dat doet [[p:Martijn]] wel.' Ik heb met hem besproken dat ik u inschakel en hij ging akkoord. De {{r:casemanager dementie}} is nog niet betrokken.

Met collegiale groet,
[[p:E.A. van Dongen]], {{r:huisarts}}
{{o:Huisartsenpraktijk Loosduinen-Noord}}, [[tel:070-3971133]] (alleen voor collega's)""")

T.append("""Aan: {{o:Sociaal Wijkzorgteam}} {{w:Regentessekwartier}}
Van: {{o:Staedion}}, team Incasso & Sociaal Beheer
Datum: [[d:27 maart 2025]]

Beste collega's,

Wij hebben een huurder die in het verleden al bij jullie bekend was, mevrouw [[p:Chantal Hoogendoorn]] ([[adr:Reinkenstraat 101]]). Zij heeft opnieuw een huurachterstand van ruim € 1.900 en reageert niet op onze brieven. Bij een huisbezoek op [[d:20 maart]] opende haar zoon [[p:Kyan]] (ongeveer 12) de deur; hij zei dat zijn moeder ziek in bed lag. In de woning rook het sterk naar rook en er lag veel afval. Wij maken ons zorgen over de zoon. Wij willen graag voorkomen dat dit een ontruiming wordt. Kunnen jullie met ons een gezamenlijk huisbezoek plannen? Onze contractreferentie is [[dos:ST-H-2019-44871]].

Met vriendelijke groet,
[[p:Lieke Schouten]], {{r:consulent huurincasso}}
[[tel:06-43892001]] | [[mail:lieke.schouten@staedion.nl]]""")

T.append("""Lieve mensen van het {{o:wijkteam}},

Ik schrijf dit met trillende handen. Mijn naam is [[p:Fenna Mulder]], ik ben 34 en moeder van [[p:Sem]] (3). Sinds ik bij [[p:Jordi]] weg ben, woon ik tijdelijk bij mijn oma op de [[adr:Elandstraat 148]]. Oma is 83 en het huis is te klein, ik slaap op de bank en [[p:Sem]] bij mij. [[p:Jordi]] stuurt me elke dag berichten en stond vorige week ([[d:dinsdag 18 maart]]) opeens voor de deur. Ik heb aangifte gedaan, het nummer is [[dos:2025075441]]. Mijn {{r:huisarts}} zei dat jullie me kunnen helpen met urgentie voor een woning en met mijn schulden (ik heb voor hem leningen afgesloten). Ik ben niet meer te bereiken op mijn oude nummer, mijn nieuwe is [[tel:06 2183 0076]], alleen mijn moeder [[p:Ineke]] en jullie hebben dat.

Dank jullie wel,
[[p:Fenna]]""")

T.append("""Betreft: Melding verwaarlozing huisdieren en bewoner – [[adr:Anna Paulownastraat 9]]

Geachte heer/mevrouw,

De {{o:Dierenambulance Den Haag}} is op [[d:13-03-2025]] uitgerukt naar bovengenoemd adres na een melding van de buren. Wij troffen daar 14 katten aan in een zeer vervuilde woning. De bewoonster, mevrouw [[p:Adrienne Roos]] (ca. 70 jaar), maakte een verwarde indruk en weigerde ons de katten mee te laten nemen. Zij vertelde dat haar broer [[p:Frits]] 'binnenkort' komt helpen, maar volgens de buren is hij al jaren overleden. Wij menen dat er meer aan de hand is dan alleen de dieren en melden dit daarom ook bij u. Ons kenmerk: [[dos:DA-2025-0388]].

Met vriendelijke groet,
[[p:Bart Overbeek]], {{r:coördinator}}""")

T.append("""From: [[mail:nkebede.sr@gmail.com]]
To: {{o:SWT}} {{w:Laak}}
Subject: Help for my brother [[p:Dawit]]

Dear sir or madam, my name is [[p:Nebiat Kebede]] and I live in Sweden. My brother [[p:Dawit Kebede]] (born [[d:3.2.1993]]) lives in The Hague, [[adr:Vrederustlaan 22]], and I am very worried about him. Since the war news from Tigray he does not sleep, does not go to work, and says strange things on the phone. He lost his job at the distribution centre in February 2025 and he has not paid rent. He has a case at the gemeente (number [[dos:SZW-2025-77410]]) but he does not open letters. He speaks Tigrinya, Amharic and English. Can someone from your team visit him? You can call me on WhatsApp [[tel:+46 70 418 22 91]].
Thank you, [[p:Nebiat]]""")

T.append("""Beste [[p:Karim]],

Zoals beloofd stuur ik je een samenvatting van wat ik weet over de familie [[p:Lachkar]], zodat je het kunt meenemen naar het casusoverleg van [[d:donderdag 10 april]].

Vader [[p:Youssef Lachkar]] (61) heeft sinds november een WIA-uitkering na een bedrijfsongeval. Moeder [[p:Malika]] (55) werkt als schoonmaakster bij een hotel in {{w:Scheveningen}}. Ze hebben vier kinderen, de oudste [[p:Samira]] (28) woont in Utrecht, de jongste [[p:Adam]] (15) woont nog thuis. De familie woont al sinds 1994 aan de [[adr:Vaillantlaan 300-D]]. Er zijn schulden bij {{o:Belastingdienst}} en de zorgverzekeraar, in totaal zo'n € 8.000. Vader is depressief en schaamt zich; hij wil niet dat de buurt iets merkt. Moeder heeft mij (als {{r:vrijwilliger}} van de moskee) gevraagd contact met jullie te zoeken.

Groeten, [[p:Hassan]]""")

T.append("""Verwijzing {{o:Jeugdbescherming West}} → {{o:SWT}} {{w:Escamp}}
Betreft: moeder van jeugdige [[p:Dani Koenen]] ([[d:12-08-2009]])
Beste collega,
Binnen de OTS van [[p:Dani]] ([[dos:JBW-OTS-2023-11820]]) zien wij dat moeder, mw. [[p:Sabrina Koenen]], zelf veel problemen heeft: schulden, alcoholgebruik en een dreigende huisuitzetting van [[adr:Moerweg 126]]. [[p:Dani]] woont momenteel in een pleeggezin. Voor terugplaatsing is een stabiele thuissituatie nodig. Wij vragen jullie om moeder te ondersteunen op het gebied van volwassenenproblematiek. Moeder is hiervan op de hoogte en staat ervoor open. Zij is bereikbaar op [[tel:06-11498805]]; bij voorkeur na 11.00 uur.
Met vriendelijke groet,
[[p:Marieke van der Heijden]], {{r:jeugdbeschermer}}""")

T.append("""Aan wie het aangaat,

Ik ben [[p:Ibrahim Sesay]] uit Sierra Leone en ik woon sinds mei 2021 in Den Haag. Mijn verblijfsvergunning is verlopen op [[d:3 januari 2025]], ik heb op tijd verlenging aangevraagd bij {{o:IND}} maar ik heb nog geen nieuw pasje. Nu zegt mijn werkgever ik mag niet meer werken en {{o:UWV}} zegt ik heb geen recht. Ik heb geen geld voor huur ([[adr:Hoefkade 1032]]) en eten. Mijn advocaat mr. [[p:Oduya]] zegt ik moet naar gemeente. Mijn V-nummer is [[dos:V-2873 441 09]]. Mijn telefoon [[tel:0684 99 12 03]]. Ik ben wanhopig.""")

T.append("""Geachte mevrouw [[p:Pranger]],

Op uw verzoek geven wij u hierbij informatie over de thuissituatie van onze cliënte mevrouw [[p:Petronella]] ([[p:Nel]]) [[p:Jonker]], [[adr:Mariahoevelaan 47]], {{w:Mariahoeve}}. Mevrouw ontvangt sinds [[d:1 juli 2023]] {{o:wijkverpleging}} van {{o:Vierstroom}}, zes keer per week voor hulp bij douchen en medicatie. Wij merken dat haar man, de heer [[p:Jan Jonker]], steeds meer moeite heeft met de zorg. Hij is zelf 87 en onlangs geopereerd. Afgelopen week troffen onze verzorgenden mevrouw twee keer aan in vuile kleding en zonder ontbijt. Een logeeropname of dagbesteding zou het echtpaar erg helpen.

Met vriendelijke groet,
[[p:Bianca Doorn]], {{r:wijkverpleegkundige}} {{o:Vierstroom}}, team {{w:Mariahoeve}}-Noord
[[tel:06 15 88 40 73]]""")

T.append("""Gesprek met {{r:tolk}} (Arabisch), verslag van de {{r:tolk}} [[p:Rania Haddad]] voor het dossier:
Aanwezig: mevrouw [[p:Ghalia Al-Sayed]], haar zoon [[p:Tarek]] (17), [[p:Wendy]] ({{o:SWT}}), [[p:Rania]] ({{r:tolk}} via {{o:Tolkcentrum}}, opdrachtnr. [[dos:TC-4491127]]).
Mevrouw vertelt dat zij sinds [[d:20 februari]] geen geld meer heeft ontvangen. Haar man is in Syrië. Zij heeft één keer per week Nederlandse les. De huisbaas heeft gezegd dat ze voor [[d:1 april]] weg moeten uit [[adr:Paul Krugerlaan 211]]. [[p:Tarek]] vertaalt alle brieven, hij mist daardoor school. Mevrouw zei op het eind: 'Ya rabb, ik wil alleen dat mijn kinderen rustig kunnen slapen.'""")
# ---- part 13: short messages, forwarded mails and quick notes from outside
T.append(
    """Van [[p:Gül]] ({{r:tolk}}, via app): mevrouw [[p:Kaplan]] kan [[d:do 17/4]] niet, haar zoon [[p:Murat]] heeft operatie in {{o:Haga}}. Ze vraagt of [[d:ma 21/4]] kan? Nee wacht, dat is Paasmaandag. [[d:Dinsdag 22 april]] dan."""
)

T.append(
    """sms van onbekend nummer [[tel:06 19 28 37 46]] om 23:51: 'dit is [[p:kim]] de dochter van [[p:marja]] van de [[adr:lindelaan 6]]. mama is opgenomen, ze is in de war. kunnen jullie morgen de kat eten geven? sleutel ligt bij buurvrouw [[p:de graaf]] hiernaast'"""
)

T.append(
    """Hoi! Hier [[p:Anouk]] van {{o:Present Den Haag}}. Onze vrijwilligers ([[p:Teun]] en [[p:Marit]]) hebben zaterdag de tuin gedaan bij meneer [[p:Vrolijk]] op de [[adr:Kraaiendaal 45]]. Ze vonden hem erg mager en hij vroeg of ze ook boodschappen konden doen, hij had geen geld tot het eind van de maand. Misschien iets voor jullie? Groetjes"""
)

T.append("""Fwd: bericht van [[mail:noreply@mijnuwv.nl]]
Er staat een nieuw bericht voor u klaar in {{o:Mijn UWV}}.
(cliënt [[p:Bogusław Zieliński]] kan niet inloggen, DigiD geblokkeerd; samen met [[p:Pieter]] op [[d:2 april]] DigiD opnieuw aanvragen, activeringsbrief komt op [[adr:Hooftskade 77-2]])""")

T.append(
    """Goedemiddag, ik ben [[p:Yara]] van de receptie bij {{o:Florence}} {{w:Mariahoeve}}. Mevrouw [[p:Smit]] van appartement 214 vraagt steeds naar haar 'maatschappelijk werkster [[p:Joke]]'. Is dat iemand van jullie? Ze wil graag dat [[p:Joke]] haar belt op [[tel:070-3472214]]. Dank u."""
)

T.append(
    """app van cliënt [[d:30/3]] 22:14 — 'ik heb hem eruit gezet. [[p:Riccardo]] slaapt nu bij zn moeder. ik ben zo moe. wil jij morgen met mij naar {{o:Juridisch Loket}}? de sleutel van de [[adr:Pisuissestraat 28]] heeft hij nog. mvg [[p:Ilona]]'"""
)

T.append(
    """Wij hebben uw terugbelverzoek ontvangen. Ticketnummer: [[dos:TCK-20250317-0442]]. Beller: [[p:Guido Wessels]], [[tel:+31 70 250 81 47]]. Onderwerp: 'mijn vader ([[p:Theo Wessels]]) is gisteren door de politie thuisgebracht, wie kan er helpen?' — {{o:Gemeente Den Haag}}, {{o:Klantcontactcentrum}}"""
)

T.append("""Kort briefje in de brievenbus van het wijkcentrum, handgeschreven:
'Voor de mevrouw van de schulden. Ik ben [[p:Trees]] van [[adr:Oranjeplein 3 bis]]. Ik heb hulp nodig met brieven. Ik ben er elke ochtend. Ik heb geen telefoon meer.'""")

T.append(
    """Tussendoor van [[p:Omar]] ({{r:buurtconciërge}}): in het portiek van [[adr:Gaslaan 20]] t/m 26 woont een Somalische mevrouw, [[p:Faiza]], 3 kinderen, geen man. Gordijnen altijd dicht. Kinderen zeggen 'mama huilt'. Ze staat open voor contact als iemand van haar eigen taal meekomt. [[p:Ubah]] van {{o:Somalische Vrouwenvereniging}} wil meegaan ([[tel:06-25538701]])."""
)

T.append(
    """Hallo, ik ben [[p:Meryem]]. ik heb beschikking huurtoeslag maar het bedrag is nul. ze zeggen mijn inkomen te hoog maar ik werk maar 12 uur bij {{o:Action}}. misschien hebben ze het inkomen van mijn broer [[p:Emre]] erbij want hij staat op mijn adres ingeschreven ([[adr:Rijswijkseweg 151]]). Hij woont er niet! hij woont bij zijn vrouw in Delft. Wat moet ik doen? mijn BSN is [[bsn:361216154]]"""
)

T.append(
    """Bericht van de {{r:wijkagent}} [[p:Jeroen van der Meer]]: '[[p:Marlon]] van de Beeklaan is gisteravond weer aangehouden voor winkeldiefstal (eten). Adres: [[adr:Beeklaan 417]]. Hij vertelde dat hij al 2 weken geen uitkering heeft. Kunnen jullie contact zoeken? Hij is gek op zijn hond, daar kun je mee beginnen ;)'"""
)

T.append(
    """WhatsApp-spraakbericht (vertaald door collega [[p:Samira]] uit het Marokkaans-Arabisch): 'Zuster, dit is [[p:Rachida]], de moeder van [[p:Nourdin]]. Hij is weer thuis en hij slaat tegen de deuren. Ik heb de politie niet gebeld omdat het mijn zoon is. Wallah ik ben bang. Kom alsjeblieft. Het adres weet u, [[adr:Ternatestraat 14]].'"""
)

T.append(
    """Beste [[p:Lotte]], de {{r:deurwaarder}} ([[p:Van Rijn]] van {{o:Groot & Partners}}) belde: ontruiming van mw. [[p:Baas]] gaat door op [[d:15-04]] om 9.00 tenzij vóór [[d:11-04]] € 1.250 betaald is o.v.v. [[dos:GP/25/3318]]. Mevrouw kan het zelf niet, er ligt beslag op haar rekening [[iban:NL87ASNB0677394537]]. Kun jij kijken of {{o:Noodfonds}} dit kan dekken? [[p:Hans]]"""
)

T.append(
    """Mail van [[mail:j.vandermolen@florence.nl]]: 'Meneer [[p:Slootweg]] (kamer 12, {{o:Florence}} Het Lange Voorhout) heeft vandaag aangegeven dat zijn nicht, [[p:Ilona Slootweg]], zijn bankzaken regelt maar er verdwijnt geld. Zijn rekening: [[iban:NL33TRIO5932816458]]. Meneer is wilsbekwaam en wil hulp. Groet, [[p:Joyce van der Molen]], {{r:EVV'er}}.'"""
)

T.append("""Overgenomen van de achterkant van een envelop (cliënt had het opgeschreven):
Dhr [[p:Bakker]] woningbouw [[tel:06-83220014]]
afspraak [[d:25/4]] 10u
[[p:Sandra]] bewindvoering, [[mail:sandra@bewindhaaglanden.nl]]
kenmerk [[dos:2025/118/SB]]""")
# ---- part 14: mixed, longer
T.append("""Aanmelding via het webformulier 'Zorgen om een ander'
Ingevuld op: [[d:zondag 23 maart 2025]], 21:40
Uw naam: [[p:Hendrik-Jan Baars]]
Uw telefoonnummer: [[tel:06 3355 1029]]
Uw e-mailadres: [[mail:hj.baars@planet.nl]]
Over wie maakt u zich zorgen? Mijn schoonmoeder, [[p:Dina Verschoor]]
Adres van deze persoon: [[adr:Laan van Eik en Duinen 88]], [[pc:2564 GT]]
Wat is er aan de hand? Mijn schoonmoeder is 81 en woont alleen sinds mijn schoonvader [[p:Kees]] in het verpleeghuis zit (sinds [[d:1 december]]). Ze belt mijn vrouw [[p:Marja]] tien keer per dag, ook 's nachts, omdat ze bang is. Ze eet alleen nog koekjes. Wij wonen in Groningen en kunnen niet vaak komen. Haar {{r:huisarts}} is dokter [[p:Van Wijk]], die zegt dat ze 'gewoon eenzaam' is.
Weet deze persoon dat u dit formulier invult? Ja, ze vindt het goed.""")

T.append("""Beste mevrouw [[p:Dekker]],

Hierbij stuur ik u, zoals telefonisch afgesproken, de bevestiging dat ik de kosten voor de verhuizing van mijn broer [[p:Reginald Panka]] niet kan betalen. Ik ben zelf gepensioneerd en woon in Almere. Mijn broer moet op [[d:30 april]] zijn woning aan de [[adr:Jan Luijkenstraat 19]] verlaten omdat die gesloopt wordt; {{o:Haag Wonen}} heeft hem een andere woning gegeven op de [[adr:Zuiderparklaan 712]]. Hij heeft recht op een verhuiskostenvergoeding maar die wordt pas na de verhuizing uitgekeerd. Ik hoop dat het {{o:Noodfonds}} of de kerk kan voorschieten. Zijn rekening: [[iban:NL02 KNAB 5250 0529 92]].

Met vriendelijke groet,
[[p:Elvira Panka-Tjin]]
[[tel:036-5211834]]""")

T.append("""Van: {{o:Servicepunt XL}} {{w:Moerwijk}} (balie)
Aan: {{o:SWT}} {{w:Moerwijk}}, [[p:Ingrid]]
Vanochtend aan de balie: dhr. [[p:Asadullah Karimi]], Afghaans, ca. 45 jr. Hij had een envelop vol brieven van {{o:CJIB}}, {{o:Eneco}} en een {{r:deurwaarder}} ([[p:Westerveld]]). Hij spreekt Dari en wat Engels. Hij woont met zijn vrouw [[p:Shabnam]] en 5 kinderen op [[adr:Melis Stokelaan 1744]]. Zijn BSN heb ik genoteerd van zijn verblijfsdocument: [[bsn:137 215 381]]. Hij zegt dat zijn {{r:klantmanager}} hem naar ons stuurde. Hij komt [[d:donderdag 27 maart]] om 14.00 terug voor een afspraak met jullie, ik heb gezegd dat er dan een {{r:tolk}} is. Nummer: [[tel:06 4881 2209]].
Groet, [[p:Stephanie]]""")

T.append("""Logregel uit het KCC-systeem (gekopieerd door [[p:Anton]]):
[[d:2025-03-19]] 10:02 | inkomend | [[tel:0031 6 14 88 77 05]] | [[p:Tatiana Morozova]] | 'Ik moet mijn man uitschrijven want hij is terug naar Oekraïne sinds [[d:5 januari]], maar het formulier vraagt zijn handtekening.' | adres [[adr:Apeldoornselaan 90]] | doorverwezen naar {{o:SWT}} {{w:Morgenstond}}
[[d:2025-03-19]] 10:31 | uitgaand | [[tel:06 14 88 77 05]] | [[p:Morozova]] | terugbelactie [[p:Linda]], afspraak [[d:24-3]]""")

T.append("""Geachte mevrouw, meneer,

Mijn naam is [[p:Gabriela Dumitrescu]] en ik ben {{r:maatschappelijk werker}} bij het {{o:Roemeens Informatiepunt}}. Ik schrijf u over [[p:Ion Stoica]] (geb. [[d:18.06.1971]]), die sinds februari in Den Haag op straat leeft. Hij werkte via een uitzendbureau in de kassen en woonde in een huis van dat bureau op de [[adr:Cornelis van der Lijnstraat 64]]. Toen hij ziek werd, verloor hij werk en woning tegelijk. Hij heeft een Nederlands BSN ([[bsn:394603734]]) en is bereid terug te keren naar Roemenië, maar wil eerst zijn laatste loon ontvangen. Kunt u helpen? Ik ben bereikbaar op [[tel:06-40012277]] en [[mail:g.dumitrescu@rominfo.nl]].

Cu stimă,
[[p:Gabriela Dumitrescu]]""")

T.append("""Eindverslag begeleiding {{o:MEE Zuid-Holland Noord}} (kopie {{o:SWT}})
Cliënt: [[p:Bas Kortekaas]], geb. [[d:02-09-1998]], LVB (IQ 68)
Woonadres: [[adr:Stuwstraat 82-A]], [[pc:2516 TJ]]
Looptijd: [[d:1 juni 2024]] – [[d:31 maart 2025]]
Bereikt: cliënt heeft een vaste dagbesteding bij {{o:Haeghe Groep}} (4 dagdelen), onder bewind bij [[p:N. Tuinman]], contact met moeder ([[p:Petra Kortekaas]], [[tel:06-29033168]]) hersteld.
Aandachtspunt: cliënt is gevoelig voor 'vrienden' die geld lenen; [[p:Dylan]] en [[p:Sven]] uit de buurt. Advies: {{o:SWT}} blijft vinger aan de pols houden.
[[p:Laura Bekker]], {{r:MEE-consulent}}""")

T.append("""Mail van {{o:Stichting Urgente Noden Haaglanden}}:
'Beste [[p:Wessel]], de aanvraag voor mw. [[p:Keita]] ([[dos:SUN-2025-0207]]) is toegekend: € 350 voor een bed en een kast. Het bedrag wordt overgemaakt naar de leverancier, niet naar mevrouw. Wil jij de factuur sturen naar [[mail:aanvragen@sun-haaglanden.nl]]? Leveradres volgens aanvraag: [[adr:Kamperfoeliestraat 120]], [[pc:2563 TM]]. Met groet, [[p:Hetty]]'""")

T.append("""Ondertekende brief uit de post, afzender buurman:
'Aan het {{o:wijkteam}}. Ik heb geen email. Mijn naam is [[p:Piet Hoogland]], [[adr:Rozenburgstraat 17]]. Mijn bovenbuurman [[p:Rasheed]] is een vriendelijke jongen maar sinds het Suikerfeest hoor ik hem elke nacht praten en schreeuwen tegen niemand. Zijn moeder komt elke vrijdag. Ik heb haar nummer niet. Ik wil niet dat hij uit huis wordt gezet, ik wil dat hij hulp krijgt. Met vriendelijke groet, [[p:P. Hoogland]], 79 jaar.'""")

T.append("""Export Wmo-systeem — lopende voorzieningen
cliëntnr | naam | voorziening | leverancier | ingang | eind
[[dos:310883]] | [[p:E. Veenman]] | scootmobiel | {{o:Welzorg}} | [[d:01-09-2022]] | [[d:31-08-2027]]
[[dos:310883]] | [[p:E. Veenman]] | HH1 (2,5 u) | {{o:Axxicom}} | [[d:15-01-2024]] | [[d:14-01-2027]]
[[dos:327104]] | [[p:M. Ben Said]] | dagbesteding | {{o:Haeghe Groep}} | [[d:03-03-2025]] | [[d:02-03-2026]]
[[dos:331570]] | [[p:R. Hoogenboom]] | woningaanpassing | - | [[d:20-02-2025]] | -
Opmerking [[p:Jacqueline]]: voor [[p:Veenman]] loopt herindicatie, nieuw adres [[adr:Zonnebloemstraat 35]].""")

T.append(
    """Hallo, mijn naam is [[p:Lisa Hartman]]. Ik ben {{r:stagiaire}} bij de {{o:Kinderopvang Het Zonnetje}} in de {{w:Schilderswijk}}. Vandaag werd [[p:Amira]] (3) opgehaald door een man die we niet kennen, hij zei dat hij de oom was. Moeder ([[p:Nour Haddad]], [[tel:06-47081139]]) was niet bereikbaar. Later belde moeder huilend dat ze zelf niet kon komen omdat ze 'geen geld voor de tram' had en dat de oom het goed bedoelt. Onze {{r:pedagogisch coach}} [[p:Ellen]] vroeg mij jullie te mailen omdat moeder bij jullie bekend zou zijn. Het adres dat wij hebben is [[adr:Van der Vennestraat 112]]."""
)

T.append("""Re: Re: aanvraag bijzondere bijstand eigen risico
> Op [[d:wo 19 mrt 2025]] om 14:12 schreef [[p:Koen Dijkstra]] <[[mail:k.dijkstra@denhaag.nl]]>:
> Beste [[p:Ayşe]], voor de aanvraag van dhr. [[p:Çelik]] missen we nog de nota van de apotheek.
Hoi [[p:Koen]], bijgevoegd de nota. Dhr. [[p:Mustafa Çelik]], [[adr:Weimarstraat 198]], klantnr [[dos:KL-201847]]. Hij heeft het eigen risico in januari al volledig verbruikt door de dialyse.
Groet, [[p:Ayşe Demirtaş]], {{r:Wmo-adviseur}} {{o:SWT}} {{w:Segbroek}}""")

T.append("""Uit de mail van [[p:Marloes]] ({{r:wijkverpleegkundige}} {{o:Buurtzorg}} {{w:Vrederust}}):
'Ik kom drie keer per week bij mw. [[p:Lie-A-Kwie]] ([[p:Rita]], 76) op de [[adr:Loevesteinlaan 245]]. Haar kleinzoon [[p:Giovanni]] woont sinds [[d:maandag 3 maart]] bij haar en sindsdien is haar pinpas steeds 'zoek' en is de koelkast leeg. Ze zegt dat hij een goede jongen is. Ik ben bang voor financieel misbruik. Zij heeft toestemming gegeven om dit met jullie te bespreken. Haar dochter [[p:Germaine]] woont in Suriname ([[tel:+597 872 4410]]).'""")
# ---- part 15: extra texts (ordinary-word names, look-alikes)
T.append("""Beste {{o:wijkteam}},
In de hoop dat u iets kunt doen schrijf ik u over mijn tante, mevrouw [[p:Storm]]. Zij woont in {{w:Duindorp}} op de [[adr:Westduinweg 114]]. Deze winter heeft zij geen verwarming gehad omdat zij bang is voor de rekening, ze zit met drie jassen aan. Haar buurvrouw [[p:Mia de Koning]] brengt soms soep. Ik ben [[p:Anneke Storm]], haar nicht, en woon in Katwijk. Ik heb de post doorgekeken: er ligt een aanmaning van {{o:Eneco}} (klantnummer [[dos:1012 883 45]]) en een brief van de {{o:SVB}} over de AOW die ze niet begrijpt. Mijn nummer: [[tel:071-4012789]].
Met vriendelijke groet, [[p:A. Storm]]""")

T.append("""Notitie uit de mail van {{o:Humanitas}} Thuisadministratie:
Onze {{r:vrijwilliger}} [[p:Roos]] (ja, zo heet ze echt) helpt sinds [[d:9 januari]] elke week meneer [[p:Groen]] ([[p:Willem Groen]], [[adr:Appelstraat 33]]) met zijn post. Ze kreeg vorige week een bos rozen van hem, heel lief, maar ze zag ook dat er drie incassobureaus achter hem aan zitten en dat zijn rekening [[iban:NL48BUNQ1776235944]] al maanden rood staat. Ze wil het graag overdragen aan een professional. Coördinator: [[p:Bernadette Hart]], [[tel:06-33290118]].""")

T.append("""Verwijzing door {{r:POH-ouderen}} [[p:Sylvia Vos]] ({{o:Gezondheidscentrum Ypenburg}})
Cliënt: dhr. [[p:Prins]] ([[p:Hendrik Prins]], [[d:21-01-1940]]), [[adr:Laan van Hoornwijck 71]], [[pc:2289 DG]] Rijswijk — let op: valt onder {{w:Ypenburg}}-grens, kan volgens mij toch bij jullie.
Meneer is sinds het voorjaar van vorig jaar niet meer buiten geweest. Vrouw overleden, geen kinderen. Hij zegt: 'de vos haalt me binnenkort wel.' Geen acute suïcidaliteit maar wel somber. Graag huisbezoek samen met {{r:ouderenconsulent}}.""")

T.append("""From: [[mail:r.sahadew@outlook.com]]
Beste {{r:casusregisseur}},
Meneer [[p:Visser]] heeft mij gezegd dat ik u moet mailen. Ik ben [[p:Reshma Sahadew]], dochter van [[p:Soenita Sahadew]] ([[d:13/02/1955]]). Moeder woont op de [[adr:Hindostraat 9]] en wordt verzorgd door mijn broer [[p:Sanjay]], maar hij is zelf ziek geworden (nierdialyse, drie keer per week in {{o:HMC}} Antoniushove). Ik woon in Amsterdam met twee kleine kinderen. We hebben hulp nodig voor moeder op de dagen dat [[p:Sanjay]] naar het ziekenhuis moet: maandag, woensdag en vrijdag. Ik ben bereikbaar op [[tel:06 1820 3351]].""")

T.append("""Overzicht contactgegevens netwerk (gemaakt met cliënt op [[d:11 maart]], ecogram in systeem)
cliënt: [[p:Chiara Bakker]] ([[p:Kiki]]), 29, [[adr:Goudsbloemlaan 150]]
moeder: [[p:Mireille Bakker]] – [[tel:06-52218847]] – 'helpt met boodschappen'
vader: onbekend
vriendin: [[p:Shanice]] – [[tel:06-44180092]] – 'steun, maar gebruikt zelf ook'
oud-begeleider {{o:Limor}}: [[p:Jeroen]] – 'vertrouwt ze'
{{r:bewindvoerder}}: mevr. [[p:Koster]] ({{o:Haags Bewindbureau}}) – [[tel:070-7002119]]
buurman: [[p:Joop]] – 'let op haar kat als ze weg is'""")

T.append("""Bericht van {{o:Vluchtelingenwerk}} (begeleider [[p:Maaike]]):
'Hoi! Het gezin [[p:Tesfamichael]] ([[p:Kibrom]], [[p:Yordanos]] en de drie kinderen) krijgt op [[d:maandag 14 april]] de sleutel van [[adr:Hengelolaan 1603]], [[pc:2545 CE]]. Na drie maanden stopt onze begeleiding. [[p:Yordanos]] is zwanger en heeft diabetes; [[p:Kibrom]] begint op [[d:1 mei]] aan een taaltraject. Ze hebben nog geen bankrekening bij een Nederlandse bank, alleen [[iban:BE68 5390 0754 7034]] (van de periode in België). Willen jullie een warme overdracht? Hun {{r:tolk}} Tigrinya via het {{o:AZC}} was [[p:Yonas]], [[tel:06-87445120]].'""")

T.append("""Klacht binnengekomen via het algemene mailadres:
'Aan de manager van het {{o:wijkteam}}. Ik ben [[p:Els de Jong-Zomer]] en ik wil klagen over [[p:Rik]] van uw team. Ik heb hem op [[d:3 maart]], [[d:10 maart]] en [[d:17 maart]] gebeld over mijn moeder, mevrouw [[p:Zomer]] van de [[adr:Koningin Julianaplein 10]], en nooit antwoord gekregen. Ondertussen is moeder op [[d:19 maart]] gevallen en ligt ze in {{o:Bronovo}}. Ik verwacht dat u mij belt: [[tel:06 50 77 12 09]]. [[mail:els.dejong.zomer@gmail.com]]'""")

T.append("""Verslag huisbezoek door {{o:Energiebank Den Haag}} (energiecoach [[p:Erik Lammers]]), doorgestuurd aan {{o:SWT}}:
Adres: [[adr:Vlierboomstraat 412]]. Bewoners: mevrouw [[p:Bozena Kaczmarek]] en dochter [[p:Ola]] (17). Koelkast uit 1998, tocht overal, geen LED. Meterstanden opgeschreven. Maandbedrag energie € 310 bij {{o:Budget Energie}} (klantnummer [[dos:BE-40087712]]). Mevrouw verdient minimumloon als schoonmaakster en heeft een achterstand van € 900. Ze vroeg of wij ook 'iets met de brieven' kunnen doen. Advies: aanmelden bij {{o:Schuldhulpverlening}} en het energiefonds. Telefoon mevrouw: [[tel:06 2233 9180]].""")


# ---------------------------------------------------------------- build and verify
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(1) is not None:
            lab, span, table, dest = m.group(1), m.group(2), PII, pii
        else:
            lab, span, table, dest = m.group(3), m.group(4), KEEP, keep
        if lab not in table:
            raise ValueError("unknown label %r in %r" % (lab, raw[:60]))
        out.append(span)
        dest.append({"start": start, "end": start + len(span), "label": table[lab], "text": span})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("stray markup in %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, raw in enumerate(T):
        text, pii, keep = parse(raw.strip("\n"))
        spans = sorted(pii + keep, key=lambda x: (x["start"], x["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"] == sp["text"].strip() and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), sp
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), sp
        assert pii, "text without personal data: %d" % i
        rows.append({"id": "ho87-%04d" % i, "text": text, "pii": pii, "keep": keep})
    path = os.path.join(here, "heldout87.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path, rows


if __name__ == "__main__":
    path, rows = main()
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(path, len(rows), "texts,", words // len(rows), "words avg")
    print("pii ", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
