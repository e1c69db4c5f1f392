#!/usr/bin/env python3
"""heldout83: independent held-out corpus of draft case lessons (casuslessen)
written by professionals of sociale wijkzorgteams for a knowledge-exchange platform.
Deterministic: writes heldout83.jsonl next to this script.
Markup: [[label:text]] = pii span, {{label:text}} = keep span.
Placeholders: [[bsn:@]] / [[bsn:@.]] / [[bsn:@ ]] and [[iban:@]] / [[iban:@ ]] / [[iban:@RABO ]]
are replaced by generated valid numbers (11-check / mod-97)."""

import json
import os
import random
import re

RNG = random.Random(83)
PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"wijk", "org", "role"}


def make_bsn():
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        c = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if c == 10:
            continue
        return "".join(map(str, d + [c]))


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]


def make_iban(bank=None):
    bank = bank or RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    cc = 98 - int(num) % 97
    return "NL%02d%s%s" % (cc, bank, acct)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def render_placeholder(label, body):
    if label == "bsn" and body.startswith("@"):
        b = make_bsn()
        fmt = body[1:]
        if fmt == ".":
            return b[:4] + "." + b[4:6] + "." + b[6:]
        if fmt == " ":
            return b[:3] + " " + b[3:6] + " " + b[6:]
        return b
    if label == "iban" and body.startswith("@"):
        rest = body[1:]
        spaced = rest.endswith(" ")
        bank = rest.strip() or None
        ib = make_iban(bank)
        if spaced:
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return ib
    return body


RAW = []
RAW += [
    # 1 formal headings, bemoeizorg
    """Titel: Binnenkomen via de buurvrouw
Thema: bemoeizorg | Wijk: {{wijk:Moerwijk}}

Aanleiding
Via de {{role:wijkagent}} kwam in het voorjaar een zorgmelding binnen over meneer [[person:Ruud Koster]] (71), [[address:Erasmusweg 1044]], die al maanden zijn post niet opende. {{org:Haag Wonen}} dreigde met ontruiming vanwege een huurachterstand van ruim € 3.800.

Aanpak
Ik ben als {{role:maatschappelijk werker}} van {{org:Xtra}} eerst via de buurvrouw, mevrouw [[person:Gerda Roos]], binnengekomen. Zij had een sleutel en kwam er al jaren over de vloer. Samen met de {{role:wijkverpleegkundige}} van {{org:Florence}} hebben we op [[date:dinsdag 12 maart]] een eerste huisbezoek gedaan. Meneer [[person:Koster]] wilde niets met 'de gemeente' te maken hebben, maar wel koffie drinken.

Wat werkte
Kleine stappen. De post samen openen, één brief per keer, en [[person:Gerda]] erbij.

Wat werkte niet
De standaardbrief van het {{org:Wmo-loket}}. Die lag drie weken later nog ongeopend op tafel.

Uitkomst
Per [[date:1 juni]] loopt een betalingsregeling via {{org:Schuldhulpverlening}} (dossier [[dossier:SHV-2024-03317]]) en de ontruiming is van tafel.

Les voor andere teams
Zoek de persoon die al binnenkomt en bouw daarop. Dat kost geduld, geen geld.""",
    # 2 terse notes
    """aanleiding: mw [[person:el bouazzati]] (dochter [[person:Samira]] belde ons, [[phone:06-41877302]]) krijgt rekeningen niet meer betaald na overlijden man.
aanpak: HB samen met {{role:sociaal raadsman}}, nabestaandenuitkering aangevraagd bij {{org:SVB}}.
werkte: dochter als {{role:tolk}}, was vertrouwd.
werkte niet: {{org:DigiD}} aanvragen duurde 3 wkn, brief kwam op oud adres ([[address:Hoefkade 412]]).
les: check altijd eerst of post op het goede adres komt!!""",
    # 3 inline headings, LVB Schilderswijk
    """Aanleiding: Jongeman van 23 met een licht verstandelijke beperking, [[person:Dylan Bakker]], woont sinds kort zelfstandig aan de [[address:Hobbemastraat 161-A]] in de {{wijk:Schilderswijk}} en raakte binnen een half jaar € 6.000 schuld kwijt aan webshops. Aanpak: De {{role:MEE-consulent}} ([[person:Ilse]]) en ik hebben een visueel weekschema gemaakt met vaste boodschappendagen; {{org:Humanitas Thuisadministratie}} komt elke donderdag. Wat werkte: pictogrammen in plaats van tekst, en zijn oom [[person:Henk Bakker]] die meekijkt met de bankapp. Wat werkte niet: een budgetcursus in een groep, daar haakte hij na één keer af. Uitkomst: aanvraag beschermingsbewind ingediend op [[date:18-09-2023]], zaaknummer rechtbank [[dossier:C/09/654321]]. Les: bij LVB eerst de omgeving inzetten, pas daarna formele hulp.""",
    # 4 short
    """Korte les uit {{wijk:Transvaal}}: bel niet tijdens het vrijdaggebed. Meneer [[person:Yusuf Demir]] nam drie keer niet op, op [[date:vrijdag 2 februari]] om 13.00 uur ook niet. Toen ik 's ochtends belde ([[phone:070-3881204]]) ging het meteen goed.""",
    # 5 numbered, huiselijk geweld
    """1. Aanleiding
Melding van {{org:Veilig Thuis}} ([[dossier:VT-2023-08812]]) over mevrouw [[person:Agnieszka Wiśniewska]], 34 jaar, en haar partner [[person:Krzysztof Nowak]]. Twee kinderen op de basisschool in {{wijk:Laak}}.
2. Aanpak
Gesprek op het kantoor van het {{org:SWT}}, niet thuis. {{role:Tolk}} Pools via {{org:Tolkcontact}}. Veiligheidsplan gemaakt met de {{role:casusregisseur}} en het {{org:CJG}}.
3. Wat werkte
Dat mevrouw alleen kwam en wist dat het gesprek niet bij haar partner terecht zou komen.
4. Wat werkte niet
De eerste afspraak stond op [[date:14 november 2023]], precies op de dag dat [[person:Krzysztof]] vrij had. Dat hadden we moeten checken.
5. Uitkomst
Mevrouw woont inmiddels met de kinderen bij haar zus in Rijswijk, [[address:Steenvoordelaan 230]], [[postcode:2284 EJ]]. Contact via [[email:a.wisniewska88@gmail.com]].
6. Les
Vraag bij huiselijk geweld altijd naar het rooster van de pleger.""",
    # 6 platform form with fields
    """Team: {{org:SWT}} {{wijk:Mariahoeve}}
Ingediend door: [[person:Karin Blom]], {{role:casemanager dementie}}
Datum: [[date:06-03-2024]]
Toestemming cliënt: ja, getekend

Aanleiding: Mevrouw [[person:Johanna (Joke) de Wit-Hoogland]], 84, dwaalt 's avonds over het Hofzichtlaan-plein en werd twee keer door de politie thuisgebracht. Haar enige zoon [[person:Peter de Wit]] woont in Groningen.
Aanpak: Domotica via {{org:Florence}}, {{org:Alzheimer Café}} voor de zoon op afstand, dagbesteding bij {{org:Wijkcentrum Mariahoeve}} drie ochtenden.
Wat werkte: een GPS-horloge. Zoon krijgt melding op zijn telefoon ([[phone:06 28 11 93 05]]).
Wat niet: de eerste indicatie van het {{org:CIZ}} werd afgewezen.
Les: start de {{org:Wlz}}-aanvraag eerder dan je denkt.""",
    # 7 narrative, long, Afghan family
    """Ik wil graag iets delen over een gezin dat ik vorig jaar begeleidde, omdat ik denk dat veel teams hier tegenaan lopen. Het gaat om de familie [[person:Noori]] uit {{wijk:Bouwlust}}: vader [[person:Farid]], moeder [[person:Zarghuna Ahmadzai]] en vier kinderen. Ze kwamen in 2021 via de evacuatie uit Kabul en wonen sinds april 2022 aan de [[address:Lissabonweg 58]].

Aanleiding was een signaal van de {{role:huisarts}}, dokter [[person:Mahabier]], die zag dat moeder steeds somberder werd. Vader werkte in de kassen in het Westland en was nauwelijks thuis.

Wat we deden: een {{role:welzijnscoach}} van {{org:Vóórwelzijn}} koppelde moeder aan een vrouwengroep in het {{org:Wijkcentrum Bouwlust}}. De {{role:POH-GGZ}} zag haar drie keer met een Dari-tolk. Voor de oudste, [[person:Gulalai]] (15), is het {{org:CJG}} erbij gehaald.

Wat werkte: de vrouwengroep, echt. Na twee maanden kwam [[person:Zarghuna]] zelf op de afspraak.
Wat niet werkte: de verwijzing naar {{org:PsyQ}}. Wachtlijst van 14 weken en daarna een intake zonder {{role:tolk}}.

Les voor andere teams: begin bij contact en zingeving, niet bij de diagnose.

Groet,
[[person:Esra Kaya]], {{role:maatschappelijk werker}} {{org:SWT}} {{wijk:Escamp}}""",
    # 8 bullets, schulden
    """CASUSLES schulden / jonge moeder
- Aanleiding: [[person:Shurendy Martina]] (26), alleenstaand met zoontje [[person:Jayden]] (3), beslag op loon door {{org:CJIB}} en {{org:Belastingdienst}}. Kenmerk toeslagen [[dossier:TS-2022/118842]].
- Aanpak: alle post in één schoenendoos, samen gesorteerd bij {{org:Sociaal Raadslieden}}. Aanmelding {{org:Schuldhulpverlening}} op [[date:3-10-'23]].
- Wat werkte: vaste dag, vaste plek, vaste persoon ([[person:Jurgen]] van het {{org:Servicepunt XL}} {{wijk:Zuidwest}}).
- Wat werkte niet: telefonisch contact, ze nam nooit op. Wel WhatsApp: [[phone:+31 6 2450 1187]].
- Uitkomst: budgetbeheer via {{org:Kredietbank Den Haag}}, leefgeld op [[iban:@ ]].
- Les: vraag hoe iemand bereikbaar wil zijn, niet hoe jij het gewend bent.""",
    # 9 very short quick note
    """les: mw [[person:ramdin]] wil geen {{role:wijkverpleegkundige}} van {{org:Buurtzorg}} meer na ruzie. afspraak verzet naar [[date:ma 8/4]]. check eerst met dochter [[person:Sharmila]] voor je iets regelt.""",
    # 10 structured, eenzaamheid, Chinese name Mei
    """Aanleiding
Mevrouw [[person:Chen Mei]] (78) woont alleen in een seniorenflat aan de [[address:Zuidlarenstraat 61]], [[postcode:2545VA]]. Sinds haar man in mei overleed komt ze de deur niet meer uit. Haar kinderen wonen in Rotterdam en bellen in het weekend.

Aanpak
De {{role:ouderenconsulent}} ging langs met een {{role:vrijwilliger}} van de {{org:Chinese Vereniging Den Haag}} die Kantonees spreekt. Daarna tweewekelijks mahjong in het {{org:Buurthuis De Kraaienhorst}}.

Wat werkte
Taal. Zonder Kantonees was er geen contact geweest.

Wat niet werkte
{{org:Resto VanHarte}}: te druk, te veel lawaai, ze voelde zich er vreemd.

Uitkomst
[[person:Mei]] gaat nu op woensdag zelfstandig naar de mahjonggroep. Bereikbaar via haar dochter [[person:Lin Chen]], [[email:lin.chen.rdam@outlook.com]].

Les voor andere teams
Zoek voor eenzame ouderen eerst iemand die hun taal spreekt.""",
    # 11 mixed, Bulgarian seasonal worker
    """Aanleiding: {{org:GGD Haaglanden}} meldde dat in een pand aan de [[address:Hoefkade 287-II]] acht Bulgaarse arbeidsmigranten op één etage wonen. Een van hen, [[person:Dimitar Petrov]], geb. [[date:11-07-1979]], was na een bedrijfsongeval zijn werk kwijt en had geen inkomen meer.
Aanpak: via de {{role:opbouwwerker}} van {{org:Stek}} contact gelegd. [[person:Dimitar]] stond niet in de {{org:BRP}}, dus geen {{org:UWV}}-uitkering. Inschrijving geregeld bij het {{org:Internationaal Centrum}}; BSN [[bsn:@]].
Wat werkte: een Bulgaarstalige {{role:ervaringsdeskundige}}, [[person:Stoyanka]].
Wat werkte niet: het uitzendbureau reageerde nergens op.
Les: arbeidsmigranten vallen tussen wal en schip; regel eerst inschrijving, dan de rest.""",
    # 12 email-like draft to coordinator
    """Hoi [[person:Nadia]],

Hierbij mijn casusles voor het platform, thema ouderen. Namen moet je er nog even uithalen, sorry, geen tijd gehad.

Aanleiding: meneer [[person:Wim van der Meer]] (88, [[address:Loosduinse Hoofdstraat 742]]) viel drie keer in een maand. {{role:Wijkverpleegkundige}} [[person:Anouk]] luidde de noodklok.
Aanpak: MDO met {{role:huisarts}}, {{role:fysiotherapeut}} en {{role:Wmo-adviseur}} op [[date:woensdag 17 januari]]. Traplift via {{org:Wmo}} (melding [[dossier:WMO-24-00871]]), alarmering via {{org:Zilveren Kruis}}.
Werkte: korte lijnen, iedereen aan één tafel.
Werkte niet: de traplift duurde 11 weken.
Les: vraag bij valincidenten direct een tijdelijke oplossing aan (bed beneden).

Groetjes, [[person:Marloes]]
{{org:SWT}} {{wijk:Loosduinen}} | [[phone:06-19384456]]""",
    # 13 short, address with bis
    """Wat niet werkte: we stuurden de uitnodiging naar [[address:Stuwstraat 3]] terwijl mevrouw [[person:Tekle]] op [[address:Stuwstraat 3 bis]] woont. Twee maanden vertraging. Les: bij 'bis' en 'hs' adressen altijd dubbel checken in de {{org:BRP}}.""",
    # 14 structured, verslaving, Antillean
    """Aanleiding — [[person:Migdalia Cijntje]] (41) werd na een opname bij {{org:Parnassia}} ontslagen zonder woning. Ze sliep bij een nicht in {{wijk:Spoorwijk}}, [[address:Rijswijkseweg 350-B]].
Aanpak — samen met {{org:Brijder}} ({{role:verslavingsarts}}) en {{org:Kessler Stichting}} een plek in de maatschappelijke opvang geregeld. Wekelijks contact met de {{role:SPV}} [[person:Bas Visser]].
Wat werkte — de warme overdracht van de kliniek naar het {{org:SWT}}: de {{role:casusregisseur}} was bij het ontslaggesprek op [[date:22 augustus]].
Wat werkte niet — haar telefoon ([[phone:06-83320157]]) was steeds leeg of kwijt. Uiteindelijk via de nicht.
Uitkomst — sinds [[date:1-11-2023]] in een {{org:Skaeve Huse}}-woning.
Les — regel het ontslag vóór het ontslag.""",
    # 15 very informal, lowercase names
    """snel iets voor de kennisbank: dhr [[person:de vos]] en zijn broer [[person:arie]] wonen samen in {{wijk:Duindorp}}, allebei boven de 70, enorme vervuiling. {{org:Haagse Stadspartij}} had het in de krant gezet (niet handig). wij kwamen er pas in via de {{role:wijkagent}} [[person:jeroen]]. les: maak afspraken met de pers/politiek, het maakt je werk veel moeilijker.""",
    # 16 structured, Eritrean status holder, IBAN
    """AANLEIDING
[[person:Semhar Tekle]] (22), statushouder uit Eritrea, woont sinds [[date:15 maart 2023]] aan de [[address:Twickelstraat 40]] in {{wijk:Transvaal}}. Ze kreeg een eindafrekening van € 1.140 van {{org:Eneco}} en dacht dat ze dat meteen moest betalen.
AANPAK
De {{role:consulent werk en inkomen}} en een {{role:vrijwilliger}} van {{org:VluchtelingenWerk}} hebben een betalingsregeling getroffen. Betaling van haar rekening [[iban:@ ]] via automatische incasso.
WAT WERKTE
Uitleggen met voorbeelden op papier.
WAT WERKTE NIET
De brief in het Tigrinya vertalen via een app: klopte niet.
LES
Bij statushouders is het eerste jaar cruciaal voor de administratie.""",
    # 17 compact with phone formats, Hindustani
    """Les: betrek de familie vroeg. Meneer [[person:Anand Mahabier]] (67, diabetes, slechtziend) weigerde de {{org:thuiszorg}}. Pas toen zijn schoondochter [[person:Reshma]] ([[phone:(070) 394 22 81]]) erbij kwam, gingen de deuren open. Zij regelt nu de medicatie met de apotheek. Zijn kleinzoon [[person:Kishan]] helpt met de {{org:DigiD}}.""",
    # 18 long narrative, jeugd/gezin, multiple dates
    """Casus uit {{wijk:Laak}}, thema jeugd/gezin.

Ik werk als {{role:jeugdconsulent}} en kreeg op [[date:maandag 9 oktober]] een telefoontje van de {{role:intern begeleider}} van {{org:basisschool De Springbok}}. [[person:Rayan]] (9) kwam al weken zonder ontbijt en met dezelfde kleren naar school. Moeder, [[person:Hanane Ouali]], bleek sinds de zomer ernstig depressief; vader zat in detentie.

We hebben als {{org:CJG}} en {{org:SWT}} samen één plan gemaakt: 1 gezin, 1 plan, 1 regisseur. De {{role:gezinscoach}} van {{org:Jeugdformaat}} kwam twee keer per week, de {{role:maatschappelijk werker}} pakte de schulden op. Oma [[person:Fatima]] uit {{wijk:Moerwijk}} nam op woensdag de kinderen.

Wat werkte: één regisseur, één plan. Mevrouw [[person:Ouali]] hoefde haar verhaal maar één keer te vertellen.
Wat niet werkte: de overdracht naar {{org:Jeugdbescherming west}} toen het in december escaleerde. Het dossier ([[dossier:JB-W-2023-4410]]) was drie weken zoek.
Uitkomst: sinds [[date:8 januari 2024]] gaat het stabiel, [[person:Rayan]] zit weer goed op school.
Les: laat de school niet alleen signaleren, maar ook meedenken.""",
    # 19 short with dossier # and email
    """Aanleiding: herhaalde overlastmeldingen ([[dossier:#48812]], [[dossier:#48817]]) over mevrouw [[person:Petra Hendriks]], [[address:Paul Krugerlaan 45-II]]. Aanpak: buurtbemiddeling via {{org:Buurtbemiddeling Den Haag}}. Uitkomst: rust sinds februari. Vragen? Mail me: [[email:m.dekker@swt-segbroek.nl]]""",
    # 20 Syrian family, bullets with stars
    """** Casusles: taal en schaamte **
* Aanleiding: [[person:Rami Al-Khatib]] (52) en zijn vrouw [[person:Hiba Haddad]] hebben een schuld bij {{org:DUO}} van hun zoon. Zoon [[person:Omar]] is naar Duitsland vertrokken.
* Aanpak: gesprek met {{role:schuldhulpverlener}} en een Arabischtalige {{role:buurtcoach}} ([[person:Nour]]). 
* Werkte: dat de {{role:buurtcoach}} uitlegde dat schulden in Nederland 'normaal' zijn.
* Werkte niet: huisbezoek op [[date:zaterdag 20 april]], er was familie op bezoek, niets kon besproken worden.
* Uitkomst: schuld staat nu op naam van [[person:Omar]]; {{org:DUO}} kenmerk [[dossier:DUO-7738120]].
* Les: vraag wie er bij het gesprek mag zijn.""",
    # 21 Cape Verdean, structured
    """Aanleiding
Mevrouw [[person:Djamila Fortes]] (45) werkt als schoonmaakster en zorgt alleen voor haar vader, [[person:Nilton Tavares]] (81), die in de [[address:Jan van der Heijdenstraat 88a]] woont. Ze is overbelast.
Aanpak
Mantelzorgondersteuning via {{org:Mantelzorg Den Haag}}, respijtzorg in {{org:Het Uiterjoon}} twee weekenden per maand.
Wat werkte
Dat de {{role:mantelzorgconsulent}} 's avonds belde, na haar werk ([[phone:0687 21 43 90]]).
Wat werkte niet
Het aanvragen van PGB: te ingewikkeld, teruggetrokken.
Les
Plan mantelzorgers niet in op kantoortijden.""",
    # 22 very short, one line
    """tip: mevrouw [[person:Visser]] van {{org:Staedion}} ({{role:woonconsulent}} {{wijk:Zuidwest}}) reageert altijd binnen een dag, [[email:h.visser@staedion.nl]].""",
    # 23 Somali, long structured with case numbers of several shapes
    """Titel: Huurschuld en schaamte
Aanleiding: Op [[date:4 december 2023]] kwam een vroegsignaal binnen van {{org:Vestia}} over mevrouw [[person:Hodan Warsame]] (39), [[address:Beresteinlaan 212]], [[postcode:2542 JN]] Den Haag. Drie maanden huurachterstand. Vroegsignaleringsnummer [[dossier:VS-23-12-0419]].
Aanpak: Ongevraagd langs met de {{role:schuldhulpverlener}} ([[person:Ahmed]]). Mevrouw deed niet open. Briefje met telefoonnummer achtergelaten. Drie dagen later belde haar zus [[person:Faadumo]] terug.
Wat werkte: via de zus, en een {{role:ervaringsdeskundige}} van {{org:SchuldHulpMaatje}} met Somalische achtergrond.
Wat werkte niet: de brieven van {{org:Vestia}}. Mevrouw leest beperkt Nederlands.
Uitkomst: huurachterstand ingelopen voor [[date:31 maart]]; BSN bij aanmelding gecheckt: [[bsn:@.]].
Les: een briefje door de bus is soms het enige wat je kunt doen, en het werkt.""",
    # 24 Romanian couple, short
    """Aanleiding: [[person:Ionuț Popescu]] en [[person:Mihaela Dumitru]], Roemeens stel in {{wijk:Rustenburg-Oostbroek}}, uitgezet bij hun kamerverhuurder. Aanpak: tijdelijke opvang via {{org:Leger des Heils}}, aanmelding {{org:Straatconsulaat}}. Wat niet werkte: geen bewijs van de huurovereenkomst. Les: vraag vanaf dag één om foto's van contracten en betalingen ([[iban:@]] van de verhuurder staat in ons dossier).""",
    # 25 reflective, minimal pii
    """Wat ik geleerd heb van [[person:Truus]]: dat je niet alles hoeft op te lossen. Ze was 93, woonde aan de [[address:Laan van Meerdervoort 1210]] en wilde gewoon iemand die op donderdag koffie kwam drinken. De {{role:ouderenadviseur}} wilde een indicatie, de {{role:huisarts}} wilde een geheugentest. Zij wilde koffie.""",
]
RAW += [
    # 26 structured with word-names
    """Aanleiding
Mevrouw [[person:Roos Bakker]] (58) zorgt voor haar man [[person:Kees]], die na een herseninfarct halfzijdig verlamd is. Ze woont aan de [[address:Melis Stokelaan 1907]], [[postcode:2541 GE]]. De bakker op de hoek belde ons omdat ze huilend in de winkel stond.

Aanpak
Keukentafelgesprek met de {{role:Wmo-adviseur}} op [[date:2 mei 2024]]. Huishoudelijke hulp via {{org:Tzorg}}, dagbesteding voor [[person:Kees]] bij {{org:Saffier}}.

Wat werkte
Dat de {{role:wijkverpleegkundige}} ook naar [[person:Roos]] keek en niet alleen naar [[person:Kees]].

Wat werkte niet
Het vervoer naar de dagbesteding: {{org:Haegsche Taxi}} kwam drie keer te laat.

Les voor andere teams
Signalen komen soms van de bakker. Maak winkeliers in de wijk bekend met het {{org:SWT}}.""",
    # 27 terse, abbreviations
    """HB [[date:13/2]] bij dhr [[person:Smit]], [[address:Van Musschenbroekstraat 14]] ({{wijk:Regentessekwartier}}). woning ernstig vervuild, katten (7?). {{org:Dierenambulance}} ingeschakeld. {{role:SPV}} {{org:Parnassia}} kent hem van vroeger, dossiernr [[dossier:P-0418833]]. vervolg do [[date:15/2]] met {{org:GGD}} team OGGZ. les: bij vervuiling altijd dieren meenemen in plan, dat is vaak het breekpunt voor clt.""",
    # 28 inline long, Turkish family
    """Aanleiding: Op [[date:7 november]] meldde de {{role:huisarts}} dat mevrouw [[person:Fatma Öztürk]] (63) al een half jaar niet meer bij haar diabetescontroles kwam. Haar man [[person:Mehmet]] is in augustus 2023 overleden. Aanpak: samen met de {{role:POH}} een huisbezoek, daarna koppeling aan de {{org:Turkse Vrouwenvereniging}} in {{wijk:Transvaal}}. Dochter [[person:Elif]] woont in Delft, [[email:elif.ozturk@hotmail.com]], en wil graag betrokken worden. Wat werkte: de {{role:welzijnscoach}} die zelf Turks spreekt. Wat niet: de diabetesgroep van het ziekenhuis, alleen Nederlandstalig. Uitkomst: HbA1c weer onder controle. Les: rouw kan zich verstoppen achter een medisch probleem.""",
    # 29 short warning
    """LET OP bij aanvragen bijzondere bijstand: bij meneer [[person:Owusu]] (klantnummer [[dossier:3004418]]) is de aanvraag twee keer afgewezen omdat de bankafschriften van [[iban:@ ]] niet compleet waren. Vraag altijd drie maanden afschriften op.""",
    # 30 Ghanaian church, narrative
    """Casus: [[person:Kwame Mensah]] (44), sinds 2019 zonder verblijfsvergunning, woont bij een kennis in {{wijk:Schilderswijk}}. Hij kwam bij ons via de {{role:pastor}} van de {{org:Ghanese Pinkstergemeente}} aan de Hoefkade, omdat hij niet meer kon lopen (voetwond, diabetes).

Wat we deden: {{org:Dokters van de Wereld}} voor medische zorg, {{org:Stichting Haags Ongedocumenteerden Steunpunt}} voor juridisch advies. De {{role:wijkverpleegkundige}} deed de wondzorg in het wijkcentrum.

Wat werkte: de kerk. Pastor [[person:Akosua Boateng]] ([[phone:06-52 19 08 77]]) regelde vervoer en eten.
Wat werkte niet: een {{role:huisarts}} vinden. Drie praktijken weigerden.

Les: ongedocumenteerden hebben recht op medisch noodzakelijke zorg. Weet welke {{role:huisarts}} in je wijk meedoet.""",
    # 31 platform form, Polish, many fields
    """Team: {{org:SWT}} {{wijk:Escamp}} Noord
Auteur: [[person:Tim Groen]] ({{role:opbouwwerker}}, {{org:Vóórwelzijn}})
Thema: werk en inkomen
Cliëntgegevens (INTERN): [[person:Paweł Zieliński]], [[address:Leyweg 204-B]], [[postcode:2545 GH]], BSN [[bsn:@]], tel [[phone:+48 601 234 567]] / [[phone:06 3391 2280]]

Aanleiding: verloor baan bij distributiecentrum, kreeg geen WW omdat het uitzendbureau geen papieren gaf.
Aanpak: {{role:sociaal raadsman}} bij {{org:Rechtswinkel Den Haag}} schreef een brief.
Les: vraag bij arbeidsmigranten direct de loonstroken op.""",
    # 32 short lesson, names as words
    """Wat niet werkte: we hadden alles met de zoon geregeld, [[person:Storm]] (19), maar mevrouw [[person:Zomer]] vond dat ze buitenspel werd gezet. Betrek de cliënt zelf, ook als een kind het makkelijker maakt.""",
    # 33 structured with dashes headings, elderly Indo
    """-- Aanleiding --
Meneer [[person:Frans Pattipeilohy]] (90), Molukse achtergrond, woont in {{wijk:Moerwijk}} aan de [[address:Dedemsvaartweg 1233]]. Zijn schoonzus [[person:Wilhelmina]] deed alles maar is zelf ziek geworden.
-- Aanpak --
{{role:Ouderenconsulent}} en {{role:casemanager dementie}} samen op pad. Aansluiting bij de {{org:Molukse ouderensoos}} in de wijk.
-- Wat werkte --
Eten. De soos kookt op vrijdag.
-- Wat werkte niet --
Opname in {{org:Zorgcentrum Rustenburg}}: hij wilde niet 'tussen de hollanders'.
-- Uitkomst --
{{org:Wlz}}-indicatie ({{org:CIZ}} [[dossier:CIZ-2024-558201]]), thuis met zorg van {{org:Cardia}}.
-- Les --
Cultuur bepaalt wat 'goede zorg' is.""",
    # 34 email with signature block & email addresses
    """Beste collega's,

Een korte casusles over samenwerken met de {{org:Politie Haaglanden}}. Bij mevrouw [[person:Gloria Pinas]] ({{wijk:Spoorwijk}}) werd in een maand vijf keer de politie gebeld door buren. De {{role:wijkagent}}, [[person:Erik Mol]], en ik spraken af dat hij bij elke melding ons mailt. Daardoor konden we binnen 24 uur langs.

Les: maak zulke afspraken expliciet en schriftelijk.

Met vriendelijke groet,
[[person:Ilham Azzouzi]]
{{role:Maatschappelijk werker}} | {{org:Xtra}}
[[email:i.azzouzi@xtra.nl]] | [[phone:06-48 22 71 09]]""",
    # 35 numbered, VT, address with floor
    """1) Aanleiding: {{org:Veilig Thuis}} droeg op [[date:19-04-2024]] een casus over (zaak [[dossier:VT-2024-1187]]). Mevrouw [[person:Naima Chakir]] en haar drie kinderen, [[address:Paets van Troostwijkstraat 208]], 3e verdieping.
2) Aanpak: gesprek met moeder alleen, daarna met de kinderen via het {{org:CJG}}. Vader [[person:Said]] kreeg een huisverbod van tien dagen.
3) Werkte: snelheid. Binnen 48 uur stond er een plan.
4) Werkte niet: vader had geen opvangadres; hij sliep in de auto voor de deur.
5) Les: regel bij een huisverbod ook iets voor de pleger, anders komt hij terug.""",
    # 36 very short with postcode lower-case
    """Uitkomst: mw [[person:Koning]] verhuisd naar aanleunwoning, nieuw adres [[address:Oudemansstraat 315]], [[postcode:2522 sv]]. Verhuizing geregeld door {{org:Stichting Present}}.""",
    # 37 reflective, minimal structure, Hindustani older couple
    """Ik had bij de familie [[person:Jagesar]] het gevoel dat ik steeds achter de feiten aan liep. Meneer [[person:Soerin Jagesar]] (76) had Parkinson, mevrouw [[person:Sunita]] (72) beginnende dementie. Hun kinderen wonen in Almere en Paramaribo. Pas toen ik op [[date:24 januari]] met hun oudste zoon [[person:Ravi]] videobelde ([[phone:+597 852 4410]]) werd duidelijk dat het huis al jaren niet meer veilig was. Les voor andere teams: betrek familie in het buitenland, ook al is dat ingewikkeld. Soms weten zij meer dan de buren.""",
    # 38 bullets, dakloosheid, dates as ISO
    """Casusles dakloze jongere
- aanleiding: [[person:Milan de Groot]] (20) meldde zich op [[date:2024-02-12]] bij het {{org:Jongerenloket}}, was uit huis gezet door zijn stiefvader.
- aanpak: crisisopvang via {{org:Kessler Stichting}}, daarna kamer bij {{org:Limor}}. {{role:Jongerenwerker}} [[person:Bilal]] hield contact.
- werkte: iemand van zijn eigen leeftijd als {{role:maatje}}.
- werkte niet: inschrijving bij {{org:Haaglanden Wonen}} zonder briefadres.
- uitkomst: briefadres op [[address:Sir Winston Churchilllaan 366]] (Rijswijk) via {{org:Leger des Heils}}.
- les: regel een briefadres op dag 1.""",
    # 39 formal headings, debt with IBAN compact and BSN dotted
    """Aanleiding
Na een melding van {{org:Eneco}} over een dreigende afsluiting (klantnr [[dossier:1209934871]]) gingen we langs bij meneer [[person:Ricardo Sedney]] (49), [[address:Zuiderparklaan 9]], [[postcode:2574HA]].

Aanpak
Budgetbeheer via {{org:Kredietbank}}. Alle inkomsten op beheerrekening [[iban:@INGB]]. Bij de aanmelding stond zijn BSN verkeerd ([[bsn:@.]]), wat twee weken vertraging gaf.

Wat werkte
Dat de {{role:schuldhulpverlener}} en de {{role:maatschappelijk werker}} samen één gesprek deden.

Les
Controleer persoonsgegevens in elke aanmelding zelf.""",
    # 40 short, lowercase quick note w/ email
    """nb: contactpersoon bij {{org:HMC}} sociale dienst is [[person:yvonne]], [[email:y.hoek@haaglandenmc.nl]]. zij regelde voor mw [[person:achterberg]] een ontslag met {{org:thuiszorg}} binnen een dag.""",
    # 41 long narrative with many names in lists
    """Thema: bemoeizorg in een portiekflat

In de flat aan de Zonnebloemstraat in {{wijk:Bouwlust}} kregen we van verschillende kanten signalen over dezelfde portiek: de {{org:HTM}}-buschauffeur, de {{role:huismeester}} van {{org:Staedion}} en de kerk. Het ging om vier huishoudens: [[person:Ans Kok]] (77), de broers [[person:Tony]] en [[person:Rinus Baas]], en het gezin [[person:Ivanov]] met twee pubers.

We hebben in plaats van vier casussen één aanpak gekozen: een portiekgesprek op [[date:zaterdag 16 september]] met koffie en koek, georganiseerd door de {{role:opbouwwerker}}. Daarna bleek dat [[person:Ans]] de spil was; zij wist alles van iedereen.

Wat werkte: de portiek als eenheid zien. [[person:Ans]] kreeg de rol van 'portiekmoeder' en belt ons als er iets is ([[phone:070 – 368 90 12]]).
Wat werkte niet: de broers [[person:Baas]] bleven zorg mijden. De {{org:GGD}} heeft een bemoeizorgtraject gestart, dossier [[dossier:OGGZ-23-1182]].

Les: soms is de eenheid van werken niet de cliënt maar de portiek.""",
    # 42 compact inline, Surinamese creole
    """Aanleiding: mevrouw [[person:Marlon]]... sorry, meneer [[person:Marlon Vanenburg]] (55) heeft na een scheiding geen dak meer en slaapt bij zijn moeder [[person:Carmen]] in {{wijk:Morgenstond}}, [[address:Hengelolaan 550]]. Aanpak: urgentieaanvraag bij {{org:Gemeente Den Haag}}, afgewezen. Wat werkte: bezwaar met hulp van de {{role:sociaal raadsman}}. Les: urgentie aanvragen is een vak; vraag hulp.""",
    # 43 short, date with month abbreviations
    """Tijdlijn mw [[person:Boukhari]]: aanmelding [[date:3 jan.]], intake [[date:17 jan.]], eerste MDO [[date:6 feb.]], afsluiting [[date:28 mrt. '24]]. Drie maanden voor een casus die in drie weken had gekund. Les: plan het MDO direct bij de intake.""",
    # 44 structured, LVB couple, Wajong
    """Aanleiding
[[person:Kevin]] en [[person:Chantal van Leeuwen]], beiden LVB, verwachten hun eerste kind. De verloskundige belde het {{org:CJG}}, dat ons inschakelde.
Aanpak
Gezamenlijke begeleiding {{org:MEE}} en {{org:Ipse de Bruggen}}. Kraamzorg extra uren via {{org:Zorgkantoor}}.
Wat werkte
Een vaste {{role:ambulant begeleider}}, [[person:Saskia]], die drie keer per week kwam.
Wat werkte niet
De folders. Alles moest mondeling.
Uitkomst
Dochter [[person:Lotte]] geboren op [[date:30 juni 2023]], gezond, ouders redden het met steun.
Les
Begin bij LVB-ouders al in de zwangerschap.""",
    # 45 mini, phone intl with 0031
    """Contact met broer van dhr [[person:Tesfay Gebremedhin]] in Zweden loopt via [[phone:0046 70 123 45 67]]. Hij wil betrokken blijven bij beslissingen. Tip: gebruik een {{role:tolk}} ook bij familiegesprekken per telefoon.""",
    # 46 verslaving, structured, e-mail with dots and numbers
    """AANLEIDING: [[person:Jeroen Kuipers]] (37) drinkt, is zijn baan kwijt en zijn vriendin [[person:Linda]] is vertrokken met hun dochter. Hij woont aan de [[address:Prins Hendrikstraat 98-hs]], {{wijk:Zeeheldenkwartier}}.
AANPAK: {{org:Brijder}} intake, dagbesteding bij {{org:Stichting Anton Constandse}}, contact met dochter via {{org:Jeugdbescherming west}}.
WAT WERKTE: zelf mailen, hij reageerde op mail ([[email:jeroen.kuipers1986@gmail.com]]) maar niet op telefoon.
WAT NIET: gesprekken op maandagochtend.
LES: stem het contactkanaal af op de cliënt.""",
    # 47 ouderen, short, street w/o number (not pii) and with
    """Mevrouw [[person:Hoop]] woont al 60 jaar in {{wijk:Bezuidenhout}}, eerst aan de Juliana van Stolberglaan, nu aan de [[address:Theresiastraat 211]]. Ze wil niet naar {{org:Stichting De Hoop}} of welk huis dan ook. Les: respecteer dat, en regel de zorg thuis.""",
    # 48 platform form, Moroccan elderly, BSN spaced
    """Wijk: {{wijk:Schilderswijk}} | Team: {{org:SWT}} {{wijk:Schilderswijk}}-Oost | Thema: ouderen
Aanleiding: dhr. [[person:Abdelkader El Idrissi]] (79), [[address:Vaillantlaan 12-hs]], kan niet meer traplopen. Vrouw [[person:Rahma]] ook slecht ter been.
Aanpak: verhuisindicatie via {{org:Wmo}}; BSN [[bsn:@ ]] in melding. {{role:Wmo-adviseur}} [[person:Sander]] kwam met {{role:tolk}}.
Wat werkte: kleinzoon [[person:Anouar]] als contactpersoon ([[phone:0628831145]]).
Wat niet: de eerste woning was op de 4e verdieping zonder lift.
Uitkomst: verhuisd op [[date:1 oktober 2023]].
Les: controleer bij een verhuisindicatie zelf de aangeboden woning.""",
    # 49 one-liner
    """[[person:Ayaan]] van {{org:Sociaal Raadslieden}} {{wijk:Laak}} is super voor toeslagenproblemen: [[phone:070-7522040]].""",
    # 50 longer, waarde/trauma, Eritrean
    """Wat ik wil meegeven komt uit de begeleiding van [[person:Mebrahtu Haile]] (29), sinds 2018 in Nederland, woonachtig [[address:Rijswijkseweg 76]], [[postcode:2516 EM]]. [[person:Mebrahtu]] had nachtmerries, dronk en raakte zijn inburgering kwijt.

Aanleiding: een boete van {{org:DUO}} voor het niet halen van de inburgering.
Aanpak: ontheffing aangevraagd via de {{role:huisarts}}; traumabehandeling bij {{org:i-psy}} met een Tigrinyatalige {{role:psycholoog}}. Ondertussen klussen bij {{org:Stichting Mooi}} om structuur te houden.
Werkte: dat iemand uit zijn eigen gemeenschap, [[person:Yonas]], meeging naar de eerste afspraak.
Werkte niet: groepstherapie.
Uitkomst: op [[date:12 december 2023]] ontheffing verleend (kenmerk [[dossier:DUO/INB/2023/77120]]).
Les: trauma eerst, taal later.""",
]
RAW += [
    # 51 financial abuse elderly, thorough
    """Titel: Financiële uitbuiting door een 'vriend'
Thema: ouderen / huiselijk geweld
Wijk: {{wijk:Leyenburg}}

Aanleiding
Bij een routinebezoek op d.d. [[date:12-06-2024]] zag de {{role:wijkverpleegkundige}} dat mevrouw [[person:Annie Visser]] (86) geen eten in huis had, terwijl ze een goed pensioen heeft. Een 'vriend van de kerk', [[person:Dennis]], kwam elke week pinnen met haar pas.

Aanpak
Melding bij {{org:Veilig Thuis}} (ouderenmishandeling). De {{role:casusregisseur}} vroeg bankafschriften op van [[iban:@ABNA ]]: in acht maanden € 14.200 opgenomen. Aangifte met hulp van de {{role:wijkagent}}. Een {{role:mentor}} en {{role:bewindvoerder}} aangevraagd bij de kantonrechter.

Wat werkte
Dat de nicht van mevrouw, [[person:Marja Visser]] ([[email:marjavisser@ziggo.nl]]), meteen actie ondernam.

Wat werkte niet
De bank reageerde pas na drie weken.

Uitkomst
Bewind per [[date:1 augustus 2024]]; [[person:Dennis]] heeft een contactverbod.

Les
Vraag bij ouderen naar wie er 'helpt met geld'. Dat is vaak de eerste aanwijzing.""",
    # 52 quick, lowercase, multiple names in list
    """overleg [[date:di 5-3]]: aanwezig [[person:sanne]] (mw), [[person:rob]] (wvk), [[person:hatice]] (wmo), [[person:dirk-jan]] ({{org:MEE}}). casus fam [[person:kartosen]]: zoon [[person:dion]] (19) blowt, vader werkloos, moeder werkt 2 banen. afgesproken: [[person:rob]] belt {{role:huisarts}}, [[person:hatice]] doet keukentafel. les: neem zoon apart, in bijzijn ouders zegt hij niks.""",
    # 53 Chinese restaurant family, structured
    """Aanleiding
De eigenaar van een afhaalrestaurant in {{wijk:Bezuidenhout}}, meneer [[person:Wang Jun]] (61), kwam bij het {{org:Servicepunt XL}} met een stapel aanmaningen. Zijn zaak draait slecht sinds corona.

Aanpak
Doorverwezen naar {{org:Ondernemersloket}} en {{org:Geldfit Zakelijk}}. Zijn dochter [[person:Li Na]] vertaalde.

Wat werkte
Dat we hem niet als 'cliënt' benaderden maar als ondernemer.

Wat werkte niet
De {{org:Belastingdienst}}: drie verschillende medewerkers, drie verschillende antwoorden.

Uitkomst
Betalingsregeling, zaak blijft open. Contact: [[phone:070 347 88 21]] (restaurant).

Les
Voor zzp'ers en kleine ondernemers zijn er aparte routes. Ken ze.""",
    # 54 very short
    """Werkte niet: een groepsapp met de familie [[person:Ouali]]. Binnen een week zat de ex van [[person:Hanane]] er ook in.""",
    # 55 dagbesteding, bullets with dates in words
    """Casusles dagbesteding zonder indicatie

* Aanleiding: [[person:Gerrit Hoogland]] (64), vroeg met pensioen na burn-out, zat de hele dag voor de tv in zijn flat op de [[address:Zichtenburglaan 74]]. Dochter [[person:Sandra]] maakte zich zorgen.
* Aanpak: geen indicatie aangevraagd maar een {{role:welzijnscoach}} ingeschakeld die hem meenam naar de {{org:Haagse Stadsboerderij}} als {{role:vrijwilliger}}.
* Werkte: een concrete taak (de kippen). Hij is er sinds [[date:21 maart]] elke dinsdag en vrijdag.
* Werkte niet: een 'praatgroep' bij het buurthuis.
* Les: bij mannen werkt 'iets doen' vaak beter dan 'ergens over praten'.""",
    # 56 formal, dossier + BSN + IBAN combo (intake sheet pasted in)
    """[eerst even de gegevens uit ons systeem, later weghalen]
Naam: [[person:Dewi Soekhoe]]
Geb.: [[date:23-02-1988]]
BSN: [[bsn:@]]
Adres: [[address:De la Reyweg 410]], [[postcode:2571 EG]] Den Haag
Rekening: [[iban:@RABO ]]
Dossier {{org:SWT}}: [[dossier:SWT-ESC-2024-0193]]

Aanleiding: alleenstaande moeder met drie kinderen, huurschuld bij {{org:Staedion}}, zoon [[person:Jaivin]] (14) spijbelt.
Aanpak: {{org:Schuldhulpverlening}} + {{org:CJG}} + leerplicht. 
Les: koppel schulden en schoolverzuim, ze hangen samen.""",
    # 57 narrative short-ish, Turkish young woman, forced marriage risk
    """In {{wijk:Laak}} belde een {{role:docent}} van het {{org:Zuid-West College}} ons over [[person:Büşra]] (17), die bang was dat ze in de zomervakantie naar Turkije werd meegenomen om te trouwen. We hebben direct het {{org:Landelijk Knooppunt Huwelijksdwang}} gebeld en samen met {{org:Veilig Thuis}} een veiligheidsplan gemaakt. Haar paspoort ligt nu bij een {{role:vertrouwenspersoon}}. Les: neem dit soort signalen altijd serieus, ook als het meisje later zegt dat het 'wel meevalt'. Ze zei op [[date:28 juni]] nog dat het meeviel; op [[date:2 juli]] stond ze bij de {{role:vertrouwenspersoon}} op school.""",
    # 58 terse with phone and email of professionals
    """Contactgegevens die ik voor deze casus gebruikte (voor collega's):
- {{role:bewindvoerder}} mw [[person:R. de Bruijn]], {{org:Bewindvoering Haaglanden}}, [[phone:015-2148890]], [[email:r.debruijn@bewindvoeringhaaglanden.nl]]
- {{role:woonconsulent}} {{org:Haag Wonen}}: [[person:Farida]], [[phone:06-2839 1007]]
- {{role:POH-GGZ}} {{org:Huisartsenpraktijk Laakkwartier}}: [[person:M. Yıldız]]
Casus mevrouw [[person:Akkermans]] is afgesloten per [[date:30-9]].""",
    # 59 structured, hoarding, Scheveningen
    """Aanleiding
Brandweer en {{org:Woonbron}} signaleerden ernstige verzameldrang bij meneer [[person:Bert Schoemaker]] (68) in {{wijk:Scheveningen}}, [[address:Keizerstraat 187]]. Het trapgat was geblokkeerd.

Aanpak
Geen grote schoonmaakactie (die had hij al twee keer eerder gehad), maar wekelijks één vuilniszak samen. {{role:Ambulant begeleider}} van {{org:Middin}}; de {{role:SPV}} keek mee.

Wat werkte
Dat [[person:Bert]] zelf besliste wat weg mocht.

Wat werkte niet
Het ultimatum van de verhuurder op [[date:15 januari]]. Dat gaf paniek.

Uitkomst
Na vijf maanden is de woning brandveilig.

Les
Bij hoarding is tempo de vijand.""",
    # 60 short, naming mistake, initials
    """Kleine correctie op mijn vorige les: het was niet mevrouw [[person:J. Bakker]] maar mevrouw [[person:J.M. Bakker-Smit]], de schoonzus. Excuses aan [[person:Joyce]] voor de verwarring.""",
    # 61 inline, Somali youth, knife incident
    """Aanleiding: na een steekincident in {{wijk:Transvaal}} op [[date:zaterdagavond 14 oktober]] kwam [[person:Abdirahman Farah]] (17) in beeld bij de {{org:Jeugdreclassering}}. Moeder [[person:Hawa]] spreekt weinig Nederlands, vader is in Somalië. Aanpak: {{role:jongerenwerker}} van {{org:Jongerenwerk Den Haag}} ging met hem voetballen, {{org:Halt}} deed de rest. Wat werkte: dat de {{role:jongerenwerker}} de moeder betrok via een Somalische sleutelfiguur, [[person:Mohamed Ali]]. Wat niet: het voorstel voor een training, hij kwam twee keer niet. Les: laat jongeren niet los na de straf.""",
    # 62 ouderen, numbers of case w/ letters
    """Aanleiding: melding via het {{org:Meldpunt Zorg en Overlast}} (nr. [[dossier:MZO-88213]]) over een vrouw die 's nachts aan de deur van de buren bel. Het bleek mevrouw [[person:Tineke Vos]] (80) van [[address:Oostduinlaan 2a]] te zijn, met onbehandelde dementie. Aanpak: {{role:casemanager dementie}} binnen een week langs, diagnose via {{org:Geheugenpoli Bronovo}}. Uitkomst: per [[date:1 mei]] dagbesteding en nachtzorg. Les: overlastmeldingen bij ouderen zijn vaak zorgsignalen.""",
    # 63 email-ish, question to platform, short
    """Vraag aan andere teams: hoe pakken jullie het aan als de {{role:bewindvoerder}} niet bereikbaar is? Bij meneer [[person:Mulder]] ([[address:Loevesteinlaan 116]]) krijgen we al zes weken niemand te pakken en is het leefgeld op. Groet [[person:Femke]], {{wijk:Bouwlust}}/{{wijk:Vrederust}}""",
    # 64 long structured, jeugd 18-/18+
    """Titel: Van 17 naar 18 zonder vangnet

Aanleiding
[[person:Sofia Rodrigues]] werd op [[date:9 maart 2024]] achttien. Tot die dag had ze een gezinsvoogd van {{org:Jeugdbescherming west}} en woonde ze in een gezinshuis in {{wijk:Wateringse Veld}}. Op haar verjaardag stond ze op straat met twee vuilniszakken.

Aanpak
Het {{org:SWT}} {{wijk:Centrum}} nam het over. Binnen een week: bijstand aangevraagd, {{org:DigiD}}, zorgverzekering, inschrijving {{org:Haaglanden Wonen}}. Tijdelijke kamer bij {{org:Perspektief}}. De {{role:trajectbegeleider}}, [[person:Marco]], werd haar vaste aanspreekpunt.

Wat werkte
Een lijstje met alles wat op je 18e verandert, samen afgevinkt.

Wat werkte niet
De overdracht. De gezinsvoogd was met verlof en niemand wist van de verjaardag.

Uitkomst
[[person:Sofia]] woont nu zelfstandig, [[address:Groenewegje 40-C]], [[postcode:2515 LP]], en volgt een opleiding tot {{role:doktersassistent}}.

Les
Begin met de 18-plus planning als iemand 16,5 is.""",
    # 65 one line, date range
    """[[person:Bogdan]] is er niet van [[date:12]] t/m [[date:26 augustus]], vakantie Polen. Afspraken {{org:Schuldhulpverlening}} verzet.""",
    # 66 casual long, GGZ, Hindustani woman, phone spaced, dates informal
    """ok hier mijn les, niet super netjes 🙂

mevrouw [[person:Priya Bhagwandin]] (34) belde zelf het {{org:Servicepunt XL}} in {{wijk:Escamp}}, paniek, had al dagen niet geslapen. bleek bipolair, medicatie gestopt omdat ze zwanger wilde worden.

wat we deden: direct de {{role:huisarts}} gebeld, die kon haar zelfde dag zien. {{org:Parnassia}} crisisdienst keek mee. partner [[person:Vikash]] ([[phone:06 41 08 33 72]]) erbij gehaald.

wat werkte: snel schakelen, zelfde dag.
wat niet: de verwijzing naar de {{org:Moeder-Baby-unit}} duurde weken.

uitkomst: opgenomen op [[date:4 nov]], ontslagen half december, gaat goed.

les: zwangerschapswens + psychiatrie = altijd afstemmen met verloskundige.""",
    # 67 structured, income, dossier Wmo, e-mail of client with numbers
    """Aanleiding
Meneer [[person:Hamid Benali]] (58) raakte na een hartinfarct arbeidsongeschikt. Zijn {{org:UWV}}-uitkering (WIA, dossier [[dossier:UWV-WIA-5519204]]) liet maanden op zich wachten.
Aanpak
Voorschot aangevraagd bij de gemeente, {{org:Voedselbank Haaglanden}} voor de overbrugging.
Wat werkte
Dat zijn zoon [[person:Yassine]] alles per mail bijhield ([[email:yassine.benali94@live.nl]]).
Wat werkte niet
Het {{org:UWV}} telefonisch bereiken.
Uitkomst
Uitkering toegekend met terugwerkende kracht tot [[date:1 februari]].
Les
Vraag altijd een voorschot aan als de uitkering uitblijft.""",
    # 68 short
    """Meneer [[person:Winter]] heeft deze winter voor het eerst geen kou geleden: de {{org:Energiebank}} betaalde de naheffing. Aanvraag liep via de {{role:energiecoach}} van {{org:Duurzaam Den Haag}}.""",
    # 69 bullets, Afghan man, language course
    """Aanleiding / aanpak / les – kort:
- [[person:Abdul Wahid Sultani]], 48, {{wijk:Moerwijk}}, [[address:Mient 405]]? nee [[address:Moerweg 210]].
- Wilde werken, kreeg alleen taalles. Via {{org:Werkgevers Servicepunt}} een leerwerkplek bij een groenvoorziener.
- Werkte: combinatie van werk en taal op de werkvloer.
- Werkte niet: de taalschool 's ochtends vroeg.
- Les: laat mensen niet eerst de taal 'af' hebben voordat ze mogen werken.""",
    # 70 formal thorough, huiselijk geweld, Dutch couple, dates mixed
    """Aanleiding
Op [[date:woensdag 3 april]] meldde {{org:Veilig Thuis Haaglanden}} dat er bij het gezin [[person:De Jong]] in {{wijk:Ypenburg}} sprake was van escalerende ruzies. Moeder [[person:Esther de Jong]] (38), vader [[person:Mark van Dijk]] (41), kinderen [[person:Noa]] (8) en [[person:Sem]] (5).

Aanpak
Systeemgerichte aanpak met {{org:Fier}} en het {{org:CJG}}. Vader startte een traject bij {{org:De Waag}}. Wekelijks overleg met de {{role:casusregisseur}}.

Wat werkte
Ouders apart én samen zien. [[person:Mark]] zei in het eerste gesprek alleen: 'we hebben het zwaar'. Pas later kwam het verhaal.

Wat werkte niet
De kinderen werden pas na zes weken gesproken.

Uitkomst
Op [[date:19 september 2024]] afgeschaald naar lichte ondersteuning.

Les
Spreek kinderen binnen twee weken, ook als ouders dat lastig vinden.""",
    # 71 very short with postcode only
    """Postcodecheck was de les: in [[postcode:2525 XJ]] woont de helft van onze casussen. Daar zouden we een spreekuur moeten houden.""",
    # 72 narrative, Ghanaian single father
    """Meneer [[person:Kofi Asante]] (36) kwam bij ons nadat zijn vrouw [[person:Abena]] was teruggegaan naar Ghana. Hij stond er alleen voor met drie kinderen in een tweekamerwoning aan de [[address:Wolmaransstraat 32]]. Werkt in ploegendienst bij {{org:PostNL}}.

Aanpak: kinderopvang via de {{org:SMI}}-regeling, buurtgezin via {{org:Buurtgezinnen}}. De {{role:praktijkondersteuner}} van de {{role:huisarts}} zag dat hij uitgeput was.
Werkte: het buurtgezin, echt een uitkomst. De kinderen gaan er op maandag en donderdag naartoe.
Werkte niet: de formele route via de {{org:Kinderopvangtoeslag}}, te traag.
Les: informele steun kan sneller zijn dan formele.""",
    # 73 structured, very compact, numbers: dossier like 2023-04711
    """Aanl.: mw [[person:Kowalczyk]], dossier [[dossier:2023-04711]], huurachterstand. Aanp.: SHV. Werkte: niets tot dochter [[person:Ola]] belde. Uitk.: regeling. Les: bel de familie.""",
    # 74 thorough, dementie, husband as mantelzorger, Wlz, e-mail
    """Titel: De mantelzorger is ook cliënt
Wijk: {{wijk:Mariahoeve}} | Rol schrijver: {{role:casemanager dementie}}

Aanleiding
Meneer [[person:Henk Bos]] (83) zorgt al vier jaar alleen voor zijn vrouw [[person:Riet]] (81), die Alzheimer heeft. Op [[date:31 maart]], eerste paasdag, viel hij van de trap. De buren vonden hem.

Aanpak
Noodopname voor [[person:Riet]] in {{org:Florence Mariahoeve}}. [[person:Henk]] herstelde thuis. De {{role:huisarts}} en ik hebben daarna met de kinderen ([[person:Ellen]] en [[person:Rob Bos]]) een plan gemaakt.

Wat werkte
Eén gezinsgesprek met iedereen, op zondag zodat de kinderen konden.

Wat werkte niet
Eerdere aanbod van respijtzorg: [[person:Henk]] weigerde steeds omdat hij 'het beloofd had'.

Uitkomst
[[person:Riet]] woont nu in {{org:Florence Mariahoeve}}; [[person:Henk]] bezoekt haar dagelijks. [[person:Ellen]] is contactpersoon: [[email:ellen.bos@kpnmail.nl]].

Les
Vraag mantelzorgers niet 'hoe gaat het', maar 'wat als u morgen valt?'""",
    # 75 short with IBAN no spaces, in text
    """Let op bij bijzondere bijstand voor mw [[person:Jansen]]: uitbetalen op [[iban:@SNSB]], niet op de oude rekening. Die is in beslag genomen.""",
]
RAW += [
    # 76 long thorough, schulden + gokken
    """Titel: Gokschulden bij een vader van vier
Thema: schulden, verslaving
Team: {{org:SWT}} {{wijk:Laak}}

Aanleiding
Mevrouw [[person:Sevda Yılmaz]] meldde zich op [[date:21-11-2023]] bij het {{org:Servicepunt XL}} {{wijk:Laak}} omdat de energie was afgesloten. Haar man [[person:Hakan Yılmaz]] bleek online te gokken; de schulden liepen op tot ruim € 27.000. Ze wonen met vier kinderen aan de [[address:Goudriaankade 18]], [[postcode:2525 LX]].

Aanpak
Eerst de energie weer aan: noodfonds via de {{role:maatschappelijk werker}}. Daarna apart gesprek met [[person:Hakan]], met de {{role:ervaringsdeskundige}} van {{org:Brijder}}. Mevrouw kreeg een eigen rekening ([[iban:@ASNB ]]) zodat het huishoudgeld veilig is. Aanmelding {{org:Schuldhulpverlening}}, dossier [[dossier:SHV-23-11-4471]].

Wat werkte
Dat een {{role:ervaringsdeskundige}} het gesprek opende. [[person:Hakan]] zei later: 'hij wist precies hoe het zat.'
De eigen rekening voor mevrouw.

Wat werkte niet
Het {{org:Kansspelautoriteit}}-register (Cruks) kende hij niet, en hij gokte daarna op buitenlandse sites verder.

Uitkomst
[[person:Hakan]] zit in behandeling; schuldregeling loopt drie jaar.

Les voor andere teams
Vraag bij onverklaarbare schulden altijd naar gokken. Mensen zeggen het zelden uit zichzelf.""",
    # 77 medium, dates in different style
    """Aanleiding: Mevrouw [[person:Ria Kuijpers]] (74) werd op [[date:vr. 9 feb.]] door haar buurman [[person:Theo]] gevonden op de badkamervloer. Ze lag er sinds de avond ervoor. Ze woont alleen in de [[address:Valkenboskade 563]] ({{wijk:Valkenboskwartier}}).
Aanpak: {{org:Haga Ziekenhuis}} stuurde haar met ontslag naar huis met {{org:thuiszorg}}. De {{role:wijkverpleegkundige}} van {{org:Buurtzorg}} belde ons omdat ze zag dat mevrouw bang was om alleen te zijn. We hebben een personenalarmering geregeld en een {{role:maatje}} van het {{org:Rode Kruis}}.
Wat werkte: [[person:Theo]] als eerste contactpersoon op de alarmering ([[phone:06-21 88 54 30]]).
Wat werkte niet: de alarmering had drie weken levertijd.
Les: bij ontslag na een val direct alarmering aanvragen, niet achteraf.""",
    # 78 Antillean young mother, long narrative without headings
    """Ik begeleid sinds januari [[person:Quisaira Statia]], 22 jaar, uit {{wijk:Moerwijk}}. Ze kwam op haar 19e van Curaçao naar Den Haag voor een mbo-opleiding en kreeg een zoontje, [[person:Jaydon]]. De vader, [[person:Gilbert]], is uit beeld. Ze woonde in een kamer bij een kennis aan de [[address:Loosduinseweg 843]] en betaalde zwart € 600 per maand.

De aanleiding was een melding van de {{org:JGZ}}: [[person:Jaydon]] kwam niet meer op het consultatiebureau. Samen met de {{role:jeugdverpleegkundige}} ben ik langsgegaan. [[person:Quisaira]] bleek niet ingeschreven op het adres, had dus geen toeslagen, geen {{org:DigiD}}, niets.

Wat we deden: inschrijving in de {{org:BRP}} geregeld met toestemming van de hoofdbewoner, toeslagen aangevraagd, studiefinanciering hersteld bij {{org:DUO}}. Een {{role:budgetcoach}} van {{org:Stichting Kompas}} kwam wekelijks.

Wat werkte: dat ik haar moeder op Curaçao mocht bellen ([[phone:+599 9 512 3344]]). Die zette druk op haar om door te zetten.
Wat niet werkte: de urgentieaanvraag, afgewezen omdat ze 'zelf voor deze situatie gekozen had'.

Les voor andere teams: jonge moeders van de eilanden vallen vaak buiten alle systemen. Begin bij de inschrijving.""",
    # 79 short technical lesson on Wmo
    """Les over {{org:Wmo}}-bezwaar: bij meneer [[person:P. van Rijn]] (melding [[dossier:WMO/2024/00312]]) werd huishoudelijke hulp teruggebracht van 4 naar 2 uur. Bezwaar ingediend op [[date:22 februari]], toegekend op [[date:11 april]]. Doorslaggevend was het verslag van de {{role:ergotherapeut}}. Les: laat altijd een {{role:ergotherapeut}} meekijken bij HH-bezwaar.""",
    # 80 long, Bulgarian Roma family, school absenteeism
    """Aanleiding
De {{role:leerplichtambtenaar}} meldde op [[date:16-01-2024]] dat de drie kinderen van de familie [[person:Asenov]] sinds de kerstvakantie niet op school waren geweest. Het gezin woont in een overbewoonde benedenwoning aan de [[address:Hoefkade 612-hs]], [[postcode:2526 BZ]], in de {{wijk:Schilderswijk}}.

Aanpak
We gingen met een Bulgaarstalige {{role:intercultureel medewerker}} van {{org:Stichting Kompas}} langs. Vader [[person:Ivan Asenov]] werkte nachten in een distributiecentrum, moeder [[person:Radka]] was ziek en de oudste dochter, [[person:Elena]] (14), zorgde voor de kleintjes.

Wat werkte
Praktische hulp eerst: {{role:huisarts}} voor moeder, ontbijt op school via {{org:Jeugdeducatiefonds}}. Daarna pas het gesprek over leerplicht.

Wat werkte niet
De boete van leerplicht. Die maakte alleen dat het gezin ons minder vertrouwde.

Uitkomst
Sinds februari gaan de kinderen weer; [[person:Elena]] heeft een {{role:mentor}} op school.

Les
Achter verzuim zit vaak een zorgtaak van het oudste kind.""",
    # 81 email draft with everything in signature
    """Hallo [[person:Mirjam]],

Zoals besproken op de bijeenkomst hierbij mijn casusles voor het thema bemoeizorg. Ik heb nog niet alles geanonimiseerd, kun jij daar naar kijken?

Meneer [[person:Jan Willem van Dam]], [[address:Laan van Nieuw Oost-Indië 188]], [[postcode:2593 BT]], 61 jaar, oud-marinier. Wilde met niemand praten. Zijn broer [[person:Evert]] belde ons na de derde keer dat de politie was geweest. Via het {{org:Veteranenloket}} en een {{role:ervaringsdeskundige}} van {{org:Stichting Veteranen Platform}} kwamen we binnen. Diagnose PTSS, behandeling bij {{org:ARQ Centrum'45}}.

Les: zoek bij veteranen altijd de weg via het {{org:Veteranenloket}}; zij hebben een netwerk dat wij niet hebben.

Groet,
[[person:Jolanda Brouwer]]
{{role:Casusregisseur}} {{org:SWT}} {{wijk:Bezuidenhout}}
T [[phone:070 – 353 73 11]] | M [[phone:06-53 88 02 17]]
E [[email:jolanda.brouwer@denhaag.nl]]""",
    # 82 compact bullets with BSN, IBAN
    """Gegevens bij aanmelding SHV (mag eruit voor publicatie!):
• [[person:Hasan Çelik]], geb. [[date:02-11-1975]]
• BSN [[bsn:@]]
• [[address:Stationsweg 101-III]], [[postcode:2515BM]]
• IBAN [[iban:@]]
Les: dhr. [[person:Çelik]] zei bij de intake dat hij al bij een andere {{org:schuldhulp}} liep ({{org:Schuldhulpmaatje}}). Check dat vooraf, anders dubbel werk.""",
    # 83 ouderen, very long, Javanese-Surinamese
    """Titel: Rouw, taal en een lege koelkast

Aanleiding
Mevrouw [[person:Sitie Karijodikromo]] (82), van Javaans-Surinaamse afkomst, verloor op [[date:5 oktober]] haar man [[person:Pawiro]]. Hij regelde altijd alles. Drie weken later belde de {{role:huismeester}} van {{org:Vidomes}} ons: de koelkast was leeg, de post stapelde zich op en mevrouw reageerde niet op aanbellen. Ze woont op de [[address:Melis Stokelaan 2071]], 9e verdieping.

Aanpak
Ik ben als {{role:ouderenconsulent}} samen met een Javaanstalige {{role:vrijwilliger}} van {{org:Stichting Sarinah}} langsgegaan. Eerst alleen koffie. In het tweede bezoek hebben we de post gesorteerd; er lag een brief van de {{org:SVB}} over de nabestaandenuitkering en een aanmaning van de zorgverzekeraar. Kleindochter [[person:Dewi]] ([[email:dewi.k2001@gmail.com]]) regelde daarna de {{org:DigiD}}.

Wat werkte
De {{role:vrijwilliger}}. Mevrouw vertelde in het Javaans veel meer dan in het Nederlands.
Een vast moment: elke dinsdag.

Wat werkte niet
De maaltijdservice. Mevrouw vond het eten 'zonder smaak' en zette het bij de buren.

Uitkomst
Mevrouw gaat nu naar de ouderengroep van {{org:Stichting Sarinah}} en kookt weer zelf, samen met een buurvrouw.

Les voor andere teams
Bij ouderen met een migratieachtergrond is de taal van het hart de sleutel. Een {{role:tolk}} is niet genoeg; het gaat om iemand die de cultuur kent.""",
    # 84 short critical
    """Wat niet werkte, eerlijk gezegd: ik heb meneer [[person:Groen]] te lang laten wachten. Aanmelding op [[date:3 mei]], eerste contact op [[date:14 juni]]. In die tijd is hij zijn woning kwijtgeraakt. Les: kijk bij binnenkomst naar termijnen van deurwaarders en verhuurders.""",
    # 85 medium, Moroccan son with psychosis
    """Aanleiding
Moeder [[person:Khadija Amrani]] (59) belde het {{org:SWT}} omdat haar zoon [[person:Mourad]] (27) 's nachts tegen de muren praatte en niet meer at. Ze wonen samen in {{wijk:Transvaal}}, [[address:Hoefkade 1012]].
Aanpak
Via de {{role:huisarts}} een crisisbeoordeling door {{org:Parnassia}}. [[person:Mourad]] werd op [[date:20-12-2023]] met een zorgmachtiging opgenomen.
Wat werkte
De {{role:wijkagent}} bleef rustig en sprak Arabisch.
Wat werkte niet
Moeder werd na de opname vergeten; niemand belde haar.
Les
Na een gedwongen opname: plan binnen een week een gesprek met de familie.""",
    # 86 platform template filled, e-mail of helpdesk (org) and person
    """Team: {{org:SWT}} {{wijk:Leidschenveen}}-{{wijk:Ypenburg}}
Schrijver: {{role:Wmo-consulent}} ([[person:Lars]])
Toestemming: mondeling gegeven op [[date:7-5-2024]], formulier volgt

Aanleiding: Mevrouw [[person:Vera Hofman]] (45), MS, rolstoel, woont in een eengezinswoning aan de [[address:Laan van Hoornwijck 53]]. De badkamer is boven.
Aanpak: woningaanpassing via {{org:Wmo}} i.p.v. verhuizing, omdat haar kinderen ([[person:Thijs]], [[person:Fleur]]) op school in de wijk zitten.
Wat werkte: de {{role:ergotherapeut}} van {{org:Ergotherapie Haaglanden}} dacht creatief mee (badkamer beneden in de berging).
Wat werkte niet: de aannemer; de verbouwing liep drie maanden uit.
Les: vraag bij woningaanpassing naar de planning van de aannemer en leg die vast.""",
    # 87 short, dossier hash and phone with +31(0)
    """Terugkoppeling {{org:Veilig Thuis}} over [[person:Mireille]] (ref [[dossier:#VT118934]]) komt via [[phone:+31 (0)70 346 99 20]]. Daar kregen we pas na vier dagen iemand aan de lijn. Les: vraag bij de melding om een directe contactpersoon.""",
    # 88 inline dense, Polish woman domestic violence, + shelter
    """Aanleiding: [[person:Katarzyna Lewandowska]] (31) vluchtte op [[date:zondag 7 januari]] met haar dochter [[person:Zuzanna]] (6) naar het huis van een collega. Partner [[person:Tomasz]] had haar geslagen. Aanpak: via {{org:Veilig Thuis}} een plek in de {{org:Blijf Groep}}, aangifte met een Poolse {{role:tolk}}. Wat werkte: dat haar werkgever, een schoonmaakbedrijf, meewerkte en haar doorbetaalde. Wat werkte niet: de school van [[person:Zuzanna]] in {{wijk:Morgenstond}} gaf informatie aan vader. Les: informeer de school direct en schriftelijk over wie wel en niet informatie mag krijgen.""",
    # 89 medium, LVB man + criminal exploitation
    """Aanleiding
[[person:Ricky van Soest]] (24, LVB) bleek zijn bankpas uit te lenen aan 'vrienden'. Er liepen via zijn rekening ([[iban:@ ]]) tienduizenden euro's. De bank blokkeerde de rekening en hij kwam in het register van fraudeurs.
Aanpak
Samen met {{org:MEE}}, de {{role:wijkagent}} en {{org:Bureau Slachtofferhulp}}. Aangifte van uitbuiting.
Wat werkte
Dat niemand hem als dader behandelde. De {{role:MEE-consulent}} [[person:Jolien]] legde het geduldig uit.
Wat werkte niet
Een nieuwe bankrekening openen, dat duurde vier maanden.
Les
Bij LVB-jongeren met 'vreemde' geldstromen: denk aan uitbuiting (money mules).""",
    # 90 quick note
    """nog even: de sleutel van mw [[person:vd berg]] ligt bij de buren op nr 14 ([[address:Nunspeetlaan 14]]), fam [[person:Yıldırım]]. niet bij de {{role:huismeester}}.""",
    # 91 structured, eenzaamheid jonge man, email variant with dash
    """Aanleiding
Een {{role:buurtcoach}} van {{org:Zebra Welzijn}} zag [[person:Thomas Verhoef]] (33) elke dag alleen op een bankje in het {{wijk:Zuiderpark}} zitten. Hij bleek sinds zijn ontslag geen sociale contacten meer te hebben.
Aanpak
Uitnodiging voor de mannengroep in het {{org:Buurthuis De Boog}}; vrijwilligerswerk bij {{org:Repair Café}}.
Wat werkte
Repareren. [[person:Thomas]] is handig met elektronica.
Wat werkte niet
Het gesprek met de {{role:POH-GGZ}}; hij voelde zich 'ziek gemaakt'.
Uitkomst
Hij draait nu zelfstandig mee. Contact via [[email:t-verhoef@protonmail.com]].
Les
Eenzaamheid bij jonge mannen ziet er anders uit. Zoek naar wat ze kunnen.""",
    # 92 longer, inburgering + PTSS, Syrian woman, date 'half mei' (not) and exact
    """Aanleiding
Mevrouw [[person:Rasha Al-Masri]] (44), Syrische, woont met haar twee tienerzonen aan de [[address:Escamplaan 1345]] in {{wijk:Escamp}}. Haar man is in de oorlog omgekomen. Half mei belde de school van haar zoon [[person:Karim]] omdat hij in de klas agressief was.

Aanpak
We hebben niet bij [[person:Karim]] maar bij het gezin als geheel ingezet. Moeder ging naar een lotgenotengroep bij {{org:Stichting Mozaïek}}, [[person:Karim]] kreeg een {{role:jongerencoach}} van {{org:Jeugdformaat}}, de jongste zoon [[person:Adam]] ging naar de huiswerkklas.

Wat werkte
De lotgenotengroep. Mevrouw zei op [[date:26 juni]]: 'voor het eerst praat ik erover.'

Wat werkte niet
Gesprekken met de school zonder {{role:tolk}}.

Les
Agressie van een kind kan een signaal zijn van rouw in het hele gezin.""",
    # 93 short, iban spaced lowercase?
    """Correctie: de huur van [[person:Marleen]] wordt nu automatisch betaald vanaf [[iban:@KNAB ]]. Vorige rekening staat op naam van haar ex. Les: check op wiens naam de rekening staat!""",
    # 94 long, pilot context, kick-off dates (fine) + casus
    """Op de kick-off van de pilot op [[date:22 november]] vroeg iemand of we ook lessen mochten delen over casussen die níet goed afliepen. Hier is er één.

Meneer [[person:Cor Hoekstra]] (69) woonde alleen in {{wijk:Vrederust}}, [[address:Pisuissestraat 87]]. Hij was bekend bij het {{org:SWT}}, bij de {{org:GGD}}, bij {{org:Parnassia}} en bij de woningcorporatie. Iedereen had een stukje. Niemand had regie.

Op [[date:3 januari]] werd hij dood gevonden in zijn woning. Hij lag er naar schatting twee weken.

Wat we geleerd hebben: we hadden één {{role:casusregisseur}} moeten aanwijzen, en die had zijn zus [[person:Ada]] in Zoetermeer moeten betrekken. Zij wist niet eens dat het zo slecht ging. Na zijn overlijden belde ze ons ([[phone:079-3612288]]) en vroeg waarom niemand haar had gebeld.

Les: bij meerdere betrokken partijen is 'iedereen een beetje' gelijk aan 'niemand'.""",
    # 95 compact report, dossier shapes
    """Samenvatting afgesloten casus
Cliënt: [[person:T. Karaca]] | Dossier [[dossier:SWT-LAK-2023-0877]] | {{org:Wmo}} [[dossier:2023.WMO.11204]]
Aanleiding: woningvervuiling na overlijden partner.
Aanpak: {{role:ambulant begeleider}} {{org:Middin}}, 2x p.w.
Werkte: vaste begeleider.
Niet: {{org:Wijkz}} haakte af na reorganisatie.
Les: borg de relatie bij personeelswisselingen.""",
    # 96 Cape Verdean youth + music
    """Aanleiding: [[person:Nélson Lopes]] (16) uit {{wijk:Spoorwijk}} werd voor de derde keer van school gestuurd. Moeder [[person:Ana Maria Lopes]] werkt in de schoonmaak en is 's avonds weg. Aanpak: {{role:jongerenwerker}} [[person:Dario]] koppelde hem aan een muziekstudio in het {{org:Jongerencentrum The Hague Hip Hop}}. Wat werkte: muziek als ingang. Wat werkte niet: het eerste gesprek op school, met zes volwassenen aan tafel. Uitkomst: [[person:Nélson]] zit sinds [[date:6 maart 2024]] op een andere school en maakt er muziek. Les: minder mensen aan tafel.""",
    # 97 casual, lowercase names incl. Dutch word names, phone 06 without sep
    """beetje rommelig maar: mevr. [[person:de wit]] is dus NIET dezelfde als mevr. [[person:de witt]] uit {{wijk:Loosduinen}}. had ik door elkaar gehaald, brief naar verkeerd adres ([[address:Albardastraat 42]] ipv [[address:Albardastraat 24]]). sorry. nummer van de goede is [[phone:0612004839]].""",
    # 98 structured, mantelzorg jong, teenager caring for mother
    """Aanleiding
Via de {{role:zorgcoördinator}} van het {{org:Johan de Witt Scholengroep}} kwam [[person:Amira]] (15) in beeld: ze zorgde voor haar moeder met MS en haar broertje.
Aanpak
Jonge mantelzorgersgroep via {{org:Mantelzorg Den Haag}}, {{org:Wmo}}-hulp voor moeder [[person:Souad Belkacem]].
Wat werkte
[[person:Amira]] hoefde niet meer alles alleen; ze gaat nu op vrijdag naar de JMZ-groep.
Wat werkte niet
Moeder wilde eerst geen hulp 'van buiten'.
Les
Kinderen die zorgen zie je niet, tenzij je ernaar vraagt.""",
    # 99 short, dates with day names full
    """Planning volgende stap mw [[person:Roos]]: [[date:maandag 15 april]] {{role:tolk}} bellen, [[date:woensdag 17 april]] huisbezoek met {{role:Wmo-adviseur}}, [[date:vrijdag 19 april]] terugkoppeling aan dochter [[person:Hoda]].""",
    # 100 reflective medium, professional names + roles
    """Samenwerken met de {{role:huisarts}} blijft lastig, maar deze keer ging het goed. Bij meneer [[person:Emile Tjon A Fong]] ({{wijk:Bouwlust}}) belde dokter [[person:Verbeek]] zelf op met de vraag of we konden meekijken. Meneer had schulden, was eenzaam en dronk te veel. We deden een gezamenlijk huisbezoek op [[date:donderdag 11 januari]] met de {{role:POH-GGZ}} ([[person:Nicole]]). Daarna wekelijks contact. Les: als de {{role:huisarts}} belt, ga dan meteen. De drempel om nog een keer te bellen is hoog.""",
]
RAW += [
    # 101 formal municipal style, 'betrokkene'
    """Casusbeschrijving ten behoeve van kennisdeling

Aanleiding
Betrokkene, de heer [[person:A.R. Ramsaran]], geboren [[date:14.05.1957]], woonachtig [[address:Weimarstraat 334]], [[postcode:2562 HM]] te Den Haag, werd op [[date:1 april]] jl. aangemeld door de {{role:woonconsulent}} van {{org:Staedion}} wegens een huurachterstand van vijf maanden.

Aanpak
Na verificatie in het {{org:Inlichtingenbureau}} (BSN [[bsn:@.]]) bleek betrokkene geen aanvullende bijstand te ontvangen, hoewel hij daar mogelijk recht op had. De {{role:consulent werk en inkomen}} heeft de aanvraag ambtshalve in behandeling genomen.

Wat werkte
De gegevensuitwisseling tussen {{org:Staedion}} en het {{org:SWT}} op basis van het convenant vroegsignalering.

Wat werkte niet
De brieven aan betrokkene: deze werden niet geopend.

Uitkomst
Aanvullende bijstand per [[date:01-05-2024]], huurachterstand verrekend.

Les
Niet-gebruik van voorzieningen is bij ouderen met een klein AOW-gat een groot risico.""",
    # 102 English-mixed writer
    """Casus: outreach bij een jonge vader

Aanleiding: [[person:Jason Ramdhan]] (27), vader van [[person:Mila]] (2), werd door de ex-partner [[person:Kimberly]] gemeld bij het {{org:CJG}} omdat hij de omgangsregeling niet nakwam. Bleek dakloos te zijn sinds [[date:30 november]].
Aanpak: outreachend gewerkt, hem opgezocht bij de {{org:Nachtopvang Zilverstraat}}. Follow-up elke week op het {{org:Straatpastoraat}}.
What worked: geen oordeel, gewoon koffie. En dat de {{role:gezinscoach}} een bezoek met [[person:Mila]] regelde in het {{org:Omgangshuis}}.
What didn't: de eerste afspraak bij het {{org:Jongerenloket}} — te vroeg, 9.00 uur.
Uitkomst: sinds [[date:2024-03-18]] in een Housing First-woning van {{org:Limor}}.
Les: vaders raken snel uit beeld. Keep them in the loop.""",
    # 103 WhatsApp pasted
    """Deze les gaat over bereikbaarheid. Ik plak het appje van mevrouw er even bij, want dat zegt alles:

"[[date:12-10-2023]] 22:47 – [[person:Bouchra]]: juf ik heb geen eten meer voor de kinderen en de bank zegt nee. sorry dat ik zo laat app"

Mevrouw [[person:Bouchra El Amrani]] ([[phone:06-14 33 90 82]]) appte mij op mijn werktelefoon om kwart voor elf 's avonds. Ik zag het pas de volgende ochtend. We hebben die dag een voedselpakket geregeld via de {{org:Voedselbank}} en een noodfonds via {{org:Stichting Urgente Noden}}.

Les: zorg dat cliënten weten wie ze buiten kantoortijd kunnen bellen ({{org:Sensoor}}, huisartsenpost, {{org:Centraal Meldpunt}}). Je werktelefoon is geen noodlijn.""",
    # 104 very short
    """Werkte wél: een tweede sleutel bij de {{role:buurtconciërge}}. Meneer [[person:Lodewijk]] sloot zichzelf drie keer buiten.""",
    # 105 long, dementie + gokken? no: dementie + oplichting door telefoon
    """Titel: Babbeltrucs en een bank die meedacht

Aanleiding
Mevrouw [[person:Gré van der Linden]] (88), [[address:Statenlaan 12-A]], [[postcode:2582 GM]], werd gebeld door iemand die zich voordeed als bankmedewerker. Ze gaf haar pincode door en er werd € 4.800 van haar rekening [[iban:@INGB ]] gehaald. Haar neef [[person:Maarten]] ontdekte het een week later.

Aanpak
De {{role:wijkagent}} nam de aangifte thuis op. De bank vergoedde het bedrag na bemiddeling door de {{role:ouderenadviseur}} van {{org:Welzijn Scheveningen}}. We regelden een tweede handtekening voor grote opnames.

Wat werkte
Een bankmedewerker ([[person:S. Kader]]) die zelf contact opnam toen er later weer een vreemde opname werd gedaan.

Wat werkte niet
Voorlichtingsfolders over babbeltrucs. Mevrouw had er drie op de deurmat liggen.

Uitkomst
Geen nieuwe oplichting sinds [[date:4 maart]]. [[person:Maarten]] ([[email:maarten.vdlinden@xs4all.nl]]) is gevolmachtigde.

Les
Banken willen vaak meer dan je denkt. Bel de klantenservice voor kwetsbare klanten.""",
    # 106 S/A/W/WN/U/L shorthand
    """A: mw [[person:Nguyen Thi Lan]] (52), nagelstudio failliet, schulden, {{wijk:Bezuidenhout}}.
A: {{org:Geldfit}}, {{role:sociaal raadsman}}, dochter [[person:Linh]] tolkt.
W: zakelijke en privéschulden gescheiden.
WN: {{org:Belastingdienst}} bleef aanslagen sturen naar de zaak ([[address:Theresiastraat 88]]).
U: minnelijk traject sinds [[date:15/3]].
L: bij zzp'ers eerst zakelijk en privé uit elkaar halen.""",
    # 107 ouderen, thorough, Turkish man with fake name-like words
    """Aanleiding
Meneer [[person:Osman Kılıç]] (77) woont sinds 1972 in de {{wijk:Schilderswijk}}, nu aan de [[address:Jacob Catsstraat 214]]. Hij kreeg van het {{org:CAK}} een rekening van € 2.300 voor eigen bijdragen die hij niet begreep. Zijn kinderen wonen in Turkije en Duitsland.

Aanpak
De {{role:ouderenconsulent}} van {{org:Stichting Mooi}} en een {{role:sociaal raadsman}} hebben de rekening samen met hem doorgenomen. Het bleek een fout in de indicatie; de {{org:Wmo}}-beschikking ([[dossier:WMO-22-09933]]) was niet stopgezet na zijn ziekenhuisopname.

Wat werkte
Alles uitprinten en met een markeerstift aanwijzen.

Wat werkte niet
De klantenservice van het {{org:CAK}}: lange wachttijden, geen Turks.

Uitkomst
Rekening kwijtgescholden op [[date:12 februari 2024]].

Les
Bij onbegrepen rekeningen: controleer eerst of ze kloppen, voordat je een regeling treft.""",
    # 108 numbered compact, bsn plain
    """1. Aanleiding: [[person:Gökhan]] (32) uit detentie ontslagen zonder ID-kaart.
2. Aanpak: via {{org:Re-integratiecentrum}} en {{role:casusregisseur}} nazorg ex-gedetineerden. ID aangevraagd bij {{org:Stadsdeelkantoor Escamp}} op [[date:27-6]]. BSN [[bsn:@]].
3. Werkte: afspraken vóór ontslag.
4. Werkte niet: de bijstand, want geen adres.
5. Les: start nazorg drie maanden voor ontslag.""",
    # 109 medium, neighbourhood initiative + resident names
    """Casusles: bewoners als ogen en oren

In {{wijk:Duindorp}} hebben we met het {{org:Bewonersinitiatief Duindorp Vooruit}} afgesproken dat zij zorgen om buurtgenoten bij ons melden. Contactpersonen zijn [[person:Tonny Bakker]] en [[person:Gerard Koster]] ([[phone:06-38 10 46 75]]).

Een van de eerste meldingen ging over meneer [[person:Arie Vrolijk]], [[address:Dr. Lelykade 30]], die al weken niet in het buurthuis was geweest. Hij bleek een longontsteking te hebben en niemand om boodschappen te doen.

Wat werkte: korte lijnen met bewoners die iedereen kennen.
Wat werkte niet: privacy. Bewoners wilden later weten hoe het met [[person:Arie]] ging, en dat konden we niet vertellen.
Les: spreek vooraf af wat je wel en niet terugkoppelt aan melders.""",
    # 110 short, with dates like 'de 3e'
    """Mevrouw [[person:Kaya]] wil de afspraak op de [[date:3e]] verzetten naar de [[date:10e]], dan heeft haar zoon vrij. Prima, maar let op: haar bijstand stopt [[date:30 juni]] als de herbeoordeling niet op tijd is.""",
    # 111 long narrative, Eritrean unaccompanied minor turned 18
    """Wat ik meeneem uit de begeleiding van [[person:Filmon Tesfamariam]]:

[[person:Filmon]] kwam in 2020 als alleenstaande minderjarige vreemdeling naar Nederland en woonde tot zijn 18e bij {{org:Nidos}} in een kleinschalige woonvoorziening. Op [[date:1 september 2023]] kreeg hij een studio aan de [[address:Troelstrakade 73-C]], [[postcode:2531 AB]]. Binnen drie maanden had hij een schuld bij de zorgverzekeraar, een boete van de {{org:HTM}} en een ongeopende brief van de {{org:Belastingdienst}} over terug te betalen toeslag.

Aanpak: de {{role:maatschappelijk werker}} en een {{role:maatje}} van {{org:VluchtelingenWerk}} gingen samen de administratie doen. Zijn voogd van {{org:Nidos}}, [[person:Saba]], bleef nog drie maanden betrokken, wat eigenlijk niet de bedoeling is maar wel hielp.

Wat werkte: een vaste middag, donderdag na school.
Wat werkte niet: uitleg over toeslagen in het Nederlands, ook al spreekt hij redelijk Nederlands. Ambtelijke taal is iets anders.
Les: de overgang van voogdij naar zelfstandigheid is een breukvlak. Laat de voogd niet op dag 1 verdwijnen.""",
    # 112 quick, with e-mail with plus and underscore
    """Contact met mw [[person:Demir]] loopt alleen via mail: [[email:ayse_demir+swt@gmail.com]]. Zij heeft geen beltegoed. Dochter [[person:Zeynep]] leest mee.""",
    # 113 structured, Indian expat family, domestic violence
    """Aanleiding
[[person:Ananya Sharma]] (29), kennismigrant-partner uit India, woont met haar man [[person:Rohit]] in {{wijk:Ypenburg}}. Ze meldde zich via de {{role:huisarts}}: haar man controleert haar telefoon en geld, ze mag niet werken. Haar verblijfsvergunning hangt af van hem.

Aanpak
{{org:Veilig Thuis}}, {{org:Fier}} en een {{role:immigratieadvocaat}} via het {{org:Juridisch Loket}}. Zelfstandige verblijfsvergunning aangevraagd op grond van huiselijk geweld.

Wat werkte
Een Engelstalige {{role:hulpverlener}} en contact via een veilig e-mailadres ([[email:ananya.s.safe@proton.me]]).

Wat werkte niet
Afspraken in de wijk, waar ze haar man kon tegenkomen.

Les
Bij expats denk je niet snel aan huiselijk geweld. Afhankelijk verblijf is een groot risico.""",
    # 114 short + iban
    """Les: zet de huurtoeslag rechtstreeks naar de verhuurder. Bij [[person:Giovanni Rossi]] ging het drie keer mis; nu gaat alles van [[iban:@TRIO]] via automatische overschrijving naar {{org:Haag Wonen}}.""",
    # 115 medium, dagbesteding LVB + parents aging
    """Aanleiding
[[person:Marco Hendriks]] (46, LVB) woont nog thuis bij zijn ouders [[person:Jan]] (81) en [[person:Corrie]] (79) in {{wijk:Morgenstond}}, [[address:Hengelolaan 1118]]. Ouders kunnen de zorg niet meer aan en maken zich zorgen over 'later'.
Aanpak
Toekomstplan met {{org:MEE}} en {{org:Ipse de Bruggen}}; logeeropvang om te wennen.
Wat werkte
Geleidelijk: eerst een weekend per maand logeren, toen twee.
Wat werkte niet
De wachtlijst voor beschermd wonen: 2,5 jaar.
Uitkomst
[[person:Marco]] verhuist waarschijnlijk in het najaar.
Les
Bij thuiswonende LVB-volwassenen met oude ouders: begin vroeg met het 'later'.""",
    # 116 terse intake, dossier & phone & postcode
    """intake [[date:vr 23/2]] — dhr [[person:nowicki]], [[address:Loosduinseweg 1090]], [[postcode:2571 AH]], tel [[phone:+48 512 333 090]], dossiernr [[dossier:2024-00562]]. geen NL zorgverzekering. doorverwezen {{org:Stichting Barka}}. les: {{org:Barka}} kan wat wij niet kunnen (terugkeer).""",
    # 117 formal headings, Hindustani family conflict over care
    """Aanleiding
Meneer [[person:Ramesh Baldewsingh]] (84) woont in bij zijn zoon [[person:Vishal]] en schoondochter [[person:Anjali]] aan de [[address:Zuidlarenstraat 145]]. Een andere dochter, [[person:Kavita]], meldde bij het {{org:SWT}} dat haar vader verwaarloosd werd.
Aanpak
Huisbezoek met de {{role:casemanager dementie}}. Familieberaad georganiseerd door {{org:Eigen Kracht Centrale}} op [[date:zondag 10 maart]].
Wat werkte
Het familieberaad: iedereen kon zijn kant vertellen zonder dat wij de rechter speelden.
Wat werkte niet
Ons eerste huisbezoek zonder aankondiging. [[person:Vishal]] voelde zich beschuldigd.
Uitkomst
Taakverdeling tussen de kinderen; dagbesteding drie dagen.
Les
Bij familieconflicten over zorg: een onafhankelijke coördinator helpt.""",
    # 118 very short
    """Zie ook casus [[dossier:SWT-2023-1488]] (fam. [[person:Haddou]]): zelfde aanpak, zelfde valkuil.""",
    # 119 reflective, medium, ex-prostitution, careful writer but with slip
    """Deze casus is gevoelig, dus ik heb de naam weggelaten. Het gaat om een vrouw van 38 die na jaren in de prostitutie wilde uitstappen. Via {{org:SHOP}} kwam ze bij ons. We regelden met {{org:Humanitas}} een uitstapprogramma, een woning via {{org:Stichting De Regenboog}} en {{org:schuldhulp}}.

Wat werkte: het tempo van [[person:Diana]] zelf volgen.
Wat werkte niet: de verzekeraar die medische kosten niet wilde dekken.
Uitkomst: werkt sinds [[date:8 mei]] als {{role:gastvrouw}} bij een hotel.
Les: laat het tempo aan de cliënt.""",
    # 120 long, bemoeizorg with police and neighbor names
    """Titel: Ruzie in het trappenhuis

Aanleiding
Sinds de zomer kregen {{org:Haag Wonen}}, de {{role:wijkagent}} en wij meldingen over meneer [[person:Dirk Mosterd]] (52), [[address:Steenhouwersgaarde 9]], [[postcode:2531 HD]]. Hij schreeuwde in het trappenhuis, had een buurvrouw bedreigd (mevrouw [[person:Paula Fernandes]]) en zat volgens de buren de hele dag te drinken.

Aanpak
Het {{org:Veiligheidshuis Haaglanden}} organiseerde een casusoverleg op [[date:12 september]]. Afgesproken: de {{role:SPV}} van het {{org:FACT-team}} en de {{role:wijkagent}} gaan samen langs; {{org:Haag Wonen}} zet de ontruimingsprocedure op pauze zolang hij meewerkt.

Wat werkte
Een 'laatste kans'-afspraak die iedereen nakwam, ook wij.

Wat werkte niet
Mediation met de buurvrouw: daar was hij nog niet aan toe.

Uitkomst
Sinds november geen meldingen meer. [[person:Dirk]] heeft een {{role:ambulant begeleider}}.

Les
Zorg en handhaving kunnen samen, als de afspraken helder zijn.""",
    # 121 short with lowercase and Dutch-word names
    """snel: [[person:hendrik de koning]] heeft nu een {{role:mentor}} (mw. [[person:r. storm]] van {{org:Mentorschap Haaglanden}}). dus bij beslissingen altijd haar bellen: [[phone:070 215 44 03]].""",
    # 122 medium, Moroccan elderly woman hajj debt
    """Aanleiding
Mevrouw [[person:Zohra Ait Taleb]] (71), weduwe, [[address:Parallelweg 178]], leende geld van familie voor de hadj en kon dat niet terugbetalen. Familie [[person:Ait Taleb]] in Utrecht zette druk.
Aanpak
Bemiddeling door de {{role:imam}} van de {{org:Moskee Al Ghoraba}} samen met onze {{role:maatschappelijk werker}}. Betalingsschema van € 50 per maand.
Wat werkte
De {{role:imam}}. Zijn woord telde meer dan het onze.
Wat werkte niet
Uitleggen dat familie geen rente mag vragen.
Les
Sleutelfiguren uit de gemeenschap kunnen deuren openen die voor ons dicht blijven.""",
    # 123 short, iban spaced + phone landline
    """Tip van [[person:Hans]] ({{role:budgetcoach}}): bij beslag op de bankrekening eerst de beslagvrije voet laten herberekenen. Bij meneer [[person:Kooij]] ging het om € 230 per maand. Beslag lag op [[iban:@ABNA ]]; deurwaarder gebeld op [[phone:(010) 455 12 90]].""",
    # 124 long, jeugd, Chinese/Dutch mixed family, school, VT
    """Aanleiding
De school van [[person:Lucas Zhang]] (11) in {{wijk:Ypenburg}} meldde dat hij blauwe plekken had. Moeder [[person:Xiaoling Zhang]] werkt lange dagen in het restaurant van de familie; vader [[person:Peter Dekker]] is werkloos.

Aanpak
Melding bij {{org:Veilig Thuis}} (kenmerk [[dossier:VT-2024-03391]]). Het {{org:CJG}} deed het gesprek met [[person:Lucas]]; wij met de ouders. {{role:Tolk}} Mandarijn voor moeder.

Wat werkte
Moeder apart spreken. Zij vertelde dat haar man sinds het ontslag 'anders' was.

Wat werkte niet
Het gesprek met vader: hij ontkende alles en dreigde met een klacht.

Uitkomst
Vader in behandeling bij {{org:De Waag}}, [[person:Lucas]] heeft een {{role:vertrouwenspersoon}} op school.

Les
Werkloosheid van een ouder kan het huis onveilig maken. Vraag ernaar.""",
    # 125 platform metadata + tiny lesson
    """Titel: Gebruik de bibliotheek
Wijk: {{wijk:Escamp}} | Auteur: [[person:Sanne de Ruiter]] ({{role:welzijnscoach}}) | Gepubliceerd: [[date:04-04-2024]]
Les: mevrouw [[person:Ilona]] (digibeet, 67) leerde in de {{org:Bibliotheek Escamp}} via 'Klik & Tik' zelf haar {{org:DigiD}} gebruiken. Beter dan dat wij alles voor haar doen.""",
]
RAW += [
    # 126 long, sick child + parents' debts
    """Titel: Een ziek kind en een stapel rekeningen

Aanleiding
[[person:Yusuf]] (6) heeft leukemie en wordt behandeld in het {{org:Prinses Máxima Centrum}} in Utrecht. Yusufs ouders, [[person:Emine]] en [[person:Ferhat Aydın]], reden drie keer per week op en neer vanuit {{wijk:Moerwijk}}. Vader verloor zijn baan, de vaste lasten liepen op. De {{role:medisch maatschappelijk werker}} van het {{org:Juliana Kinderziekenhuis}} belde ons op [[date:18 oktober]].

Aanpak
We hebben de reiskosten laten vergoeden via bijzondere bijstand (aanvraag met BSN [[bsn:@]] van vader), overnachtingen in het {{org:Ronald McDonald Huis}} geregeld en de broertjes [[person:Kerem]] en [[person:Deniz]] laten opvangen door een buurtgezin.

Wat werkte
Alles regelen zonder dat de ouders naar kantoor hoefden. De {{role:Wmo-adviseur}} kwam zelfs naar het ziekenhuis.

Wat werkte niet
De werkgever van vader, die geen zorgverlof wilde geven.

Uitkomst
Geen nieuwe schulden, [[person:Yusuf]] is in remissie sinds [[date:2 mei 2024]].

Les
Bij een ernstig ziek kind: neem ouders zo veel mogelijk werk uit handen, ook het papierwerk.""",
    # 127 medium, Surinamese elderly woman, Keti Koti trap
    """Mevrouw [[person:Elvira Doelwijt]] (79) uit {{wijk:Transvaal}} kwam rond Keti Koti in beeld, toen ze niet op het feest van de {{org:Surinaamse Ouderenvereniging}} verscheen. Ze was al zes jaar nooit weggebleven. De voorzitter, meneer [[person:Hugo Kasanwirjo]], ging langs en vond haar verward op de bank.

Aanpak: de {{role:wijkverpleegkundige}} constateerde uitdroging en een blaasontsteking. Na herstel hebben we gekeken naar structurele steun: maaltijden via {{org:Tafeltje Dekje}} en dagelijks telefooncontact met haar nicht [[person:Ingrid]] ([[phone:06-1823 4490]]).

Les: verenigingen merken het vaak als eerste. Zorg dat het bestuur weet hoe het jullie kan bereiken.""",
    # 128 long, mixed inline, homeless woman with dog
    """Aanleiding: [[person:Natasja Brinkman]] (45) sliep al maanden in een tent in het {{wijk:Westbroekpark}} met haar hond Bolletje. Geen enkele opvang neemt honden. Ze weigerde daarom alles.
Aanpak: het {{org:Straatteam}} van het {{org:Leger des Heils}} bleef langsgaan. De {{role:veldwerker}}, [[person:Gijs]], regelde via {{org:Dierenasiel Den Haag}} tijdelijke opvang voor de hond met bezoekrecht. Daarna kon [[person:Natasja]] naar de {{org:Vrouwenopvang Kessler}} aan de Zilverstraat.
Wat werkte: de hond serieus nemen. Dat was haar enige familie.
Wat werkte niet: de eerste drie maanden praten over 'opvang' zonder oplossing voor de hond.
Uitkomst: sinds [[date:20 januari]] zelfstandig in een woning van {{org:Staedion}} mét hond, [[address:Mauritskade 55-B]].
Les: vraag wat iemand tegenhoudt. Soms is dat een dier.""",
    # 129 short, name as ordinary word at sentence start
    """Om bloemen ging het niet, zei ze. [[person:Bloem]] (zo heet ze echt, mevrouw [[person:Ingrid Bloem]]) wilde dat iemand haar serieus nam over de schimmel in haar woning. Na de inspectie door de {{org:GGD}} op [[date:8 februari]] kwam de corporatie eindelijk in actie.""",
    # 130 intake dump, BSN spaced, IBAN, email
    """INTERN – niet publiceren zonder anonimiseren
[[person:Małgorzata Kamińska]]
[[address:Copernicusplein 14]], [[postcode:2561 WP]]
BSN [[bsn:@ ]] – IBAN [[iban:@BUNQ ]]
[[email:gosia.kaminska@wp.pl]] – [[phone:06 4701 8833]]

Casusles: mevrouw werkte via een uitzendbureau in de kassen en woonde in een huis van het uitzendbureau. Na een ruzie met de teamleider verloor ze werk én woning op dezelfde dag ([[date:13-03-2024]]). Les: bij arbeidsmigranten zijn werk en wonen aan elkaar gekoppeld; check dat meteen. {{org:FNV}} en de {{org:Arbeidsinspectie}} kunnen helpen.""",
    # 131 ouderen, Indo woman, long, thorough
    """Aanleiding
Mevrouw [[person:Louise Tan-Lie]] (91), Indische, woont nog zelfstandig in {{wijk:Statenkwartier}}, [[address:Frederik Hendriklaan 203]]. Haar dochter [[person:Marianne]], die in Australië woont, belde ons op [[date:9-1-2024]] omdat haar moeder aan de telefoon steeds verwarder klonk.

Aanpak
De {{role:casemanager dementie}} ging langs met een {{role:vrijwilliger}} van {{org:Pelita}}, die zelf Indisch is. Mevrouw bleek beginnende dementie te hebben, maar nog veel te kunnen. Thuiszorg via {{org:Saffier}}, maaltijdservice en een dagelijks belmoment.

Wat werkte
Videobellen met [[person:Marianne]] op vaste tijden (8 uur 's avonds hier, ochtend daar). [[person:Marianne]] is bereikbaar op [[email:marianne.tan@bigpond.com.au]].

Wat werkte niet
De {{org:thuiszorg}} in de ochtend: mevrouw is pas om elf uur 'toonbaar' en weigerde eerder open te doen.

Uitkomst
Stabiel, mevrouw woont nog thuis.

Les
Zorgschema's aanpassen aan het ritme van de cliënt scheelt veel weerstand.""",
    # 132 quick, roles and names mixed
    """overdracht aan [[person:Joost]] ({{role:casusregisseur}}) per [[date:1/6]]: fam. [[person:Bakker]] → heeft nu {{org:Humanitas Thuisadministratie}}, {{role:maatje}} is [[person:Kees de Boer]]. Alles loopt, alleen de {{org:CAK}} moet nog.""",
    # 133 Syrian man loneliness after family reunification failed
    """Aanleiding
[[person:Ahmad Khalil]] (56) wachtte vier jaar op gezinshereniging. Op [[date:30 augustus]] kreeg hij bericht dat de aanvraag definitief was afgewezen. De buren hoorden hem 's nachts huilen. Hij woont alleen aan de [[address:Leyweg 912]] in {{wijk:Leyenburg}}.

Aanpak
De {{role:POH-GGZ}} en een Arabischtalige {{role:ervaringsdeskundige}} van {{org:Stichting Mozaïek}}. Opnieuw juridisch advies via {{org:VluchtelingenWerk}}.

Wat werkte
Het juridisch advies: er bleek nog een mogelijkheid via artikel 8 EVRM.

Wat werkte niet
Antidepressiva: hij stopte na een week.

Les
Bij afgewezen gezinshereniging: er is vaak nog juridische ruimte. Laat het checken.""",
    # 134 short, possessives
    """[[person:Fatima]]'s zoon belde me, niet [[person:Fatima]] zelf. Les: vraag de cliënt altijd of ze het goed vindt dat familie namens haar belt. Bij mevrouw [[person:Fatima Bouzid]] was dat níet zo.""",
    # 135 ouderen + dementie + verhuizing, formal, long, multiple dates
    """Titel: Verhuizen met dementie

Aanleiding
Het echtpaar [[person:Van Beek]] ([[person:Wim]], 85, en [[person:Corrie]], 84) woonde 55 jaar in hetzelfde huis aan de [[address:Thorbeckelaan 388]], [[postcode:2564 BW]]. [[person:Corrie]] kreeg de diagnose Alzheimer in 2022. Het huis had trappen en [[person:Wim]] kon het niet meer aan.

Aanpak
- [[date:15 januari]]: eerste gesprek met de {{role:casemanager dementie}} en de kinderen
- [[date:2 februari]]: bezichtiging seniorenwoning {{org:Stichting Humanitas}} in {{wijk:Bohemen}}
- [[date:18 maart]]: verhuizing, begeleid door {{org:Stichting Present}}
- daarna: wekelijks bezoek van de {{role:wijkverpleegkundige}}

Wat werkte
Het nieuwe huis precies zo inrichten als het oude: zelfde meubels, zelfde plek, foto's op dezelfde hoogte.

Wat werkte niet
De eerste week. [[person:Corrie]] zocht elke nacht de trap.

Uitkomst
Na een maand gewend. [[person:Wim]] zegt: 'had ik het maar eerder gedaan.'

Les
Laat mensen met dementie zo min mogelijk veranderen, behalve het adres.""",
    # 136 brief, BSN dotted
    """Check BSN altijd twee keer. Bij [[person:Ibrahim Kone]] hadden we [[bsn:@.]] genoteerd, het was een typefout, twee cijfers omgedraaid. Zijn toeslag ging drie maanden naar niemand.""",
    # 137 medium, Afghan woman + trauma + children
    """Aanleiding
Mevrouw [[person:Nasrin Hashimi]] (37) werd in {{wijk:Ypenburg}} geplaatst als statushouder met vier kinderen. Ze sprak geen Nederlands, geen Engels, kon niet lezen. De school van haar dochter [[person:Mariam]] belde: het meisje zat elke dag te huilen.
Aanpak
{{org:VluchtelingenWerk}} + {{org:CJG}} + {{role:maatschappelijk werker}} met een Dari-tolk. Moeder werd gekoppeld aan een taalmaatje, [[person:Els]] uit de buurt.
Wat werkte
[[person:Els]]. Een buurvrouw die gewoon kwam en hielp met boodschappen.
Wat werkte niet
Het standaard inburgeringstraject: geen aandacht voor analfabetisme.
Uitkomst
[[person:Mariam]] gaat met plezier naar school; moeder volgt alfabetiseringsles bij {{org:ROC Mondriaan}}.
Les
Informele steun uit de buurt is onmisbaar naast de formele trajecten.""",
    # 138 e-mail draft with case details, short
    """Hoi allemaal, ik zoek nog input voor mijn casusles. Wie heeft ervaring met {{org:Stichting Schuldhulpmaatje}} in {{wijk:Escamp}}? Voor meneer [[person:Rachid Bennani]] ([[address:Leyweg 523]]) zoek ik een {{role:maatje}} dat Tarifit spreekt. Mail me op [[email:s.el.ouali@swtescamp.nl]] of bel [[phone:070 - 752 48 19]]. Dank! [[person:Soumaya]]""",
    # 139 formal, huiselijk geweld, grandparent abuse by grandson
    """Aanleiding
Op [[date:maandag 22 januari 2024]] meldde de {{role:huisarts}} bij {{org:Veilig Thuis}} dat mevrouw [[person:Hermina de Kock]] (80) blauwe plekken had. Haar kleinzoon [[person:Jesse]] (23) woont sinds een jaar bij haar in, [[address:Kamperfoeliestraat 112]], [[postcode:2563 RK]], en gebruikt drugs.
Aanpak
{{org:Veilig Thuis}} droeg over aan het {{org:SWT}}. Samen met de {{role:wijkagent}} en {{org:Brijder}} een plan: [[person:Jesse]] moest binnen vier weken uit huis, met hulp bij een eigen plek.
Wat werkte
Mevrouw zelf laten kiezen. Ze wilde haar kleinzoon niet 'op straat zetten', maar wel veilig zijn.
Wat werkte niet
Het eerste voorstel van een tijdelijk huisverbod: mevrouw weigerde aangifte.
Uitkomst
[[person:Jesse]] woont in een kamer van {{org:Limor}}; oma ziet hem op zondag.
Les
Bij ouderenmishandeling door familie: de loyaliteit is enorm. Werk met de oudere, niet over haar heen.""",
    # 140 short note lower-case, Ghanaian
    """notitie: [[person:abena owusu]] wil geen contact meer met {{org:schuldhulp}}, 'te veel vragen'. afgesproken met [[person:kwesi]] (broer) dat hij haar post doorstuurt naar [[email:kwesi.owusu@yahoo.co.uk]]. nieuwe poging na de zomer.""",
    # 141 long, team reflection, multiple pros named
    """Casusles: de kracht van het wekelijkse wijkoverleg

In het {{org:SWT}} {{wijk:Segbroek}} hebben we sinds dit jaar elke dinsdagochtend een wijkoverleg van een uur, waarbij ook de {{role:huisarts}} (dr. [[person:A. Pieterse]]), de {{role:wijkagent}} ([[person:Remco]]) en de {{role:woonconsulent}} van {{org:Haag Wonen}} ([[person:Linda Mulder]]) aanschuiven.

Een voorbeeld: meneer [[person:Sjaak Verschoor]] (71), [[address:Fahrenheitstraat 460]]. Bij de {{role:huisarts}} bekend om alcohol, bij de politie om overlast, bij {{org:Haag Wonen}} om huurachterstand, en bij ons om eenzaamheid. Niemand wist dat van elkaar. In het overleg van [[date:6 februari]] viel het kwartje. Binnen een week stond er één plan.

Wat werkte: iedereen aan tafel, elke week, ook als er niks is.
Wat werkte niet: de eerste weken waren er te veel casussen voor één uur. Nu max. 5.
Les: vaste ritmes met vaste partners maken het verschil.""",
    # 142 short, iban no spaces inline lower?
    """Leefgeld van [[person:Gerdien]] gaat voortaan naar [[iban:@RABO]] (nieuwe rekening bij {{org:Rabobank}}), geregeld door de {{role:bewindvoerder}} op [[date:28 februari]].""",
    # 143 Antillean mother, housing, dossier variants
    """Aanleiding: [[person:Shanice Rosaria]] (30), drie kinderen, dreigende huisuitzetting uit haar woning aan de [[address:Jan Blankenstraat 36-II]] ({{wijk:Schilderswijk}}). Vonnis op [[date:7 mei]], zaak [[dossier:C/09/661023 KG ZA 24-411]].
Aanpak: {{role:sociaal advocaat}} via {{org:Juridisch Loket}}, met {{org:Staedion}} een laatste-kansovereenkomst.
Werkte: de advocaat kreeg uitstel van executie.
Werkte niet: de eerste weken kwam [[person:Shanice]] niet op afspraken, ze was bang.
Les: bij dreigende uitzetting: ga naar de cliënt toe, wacht niet tot ze komt.""",
    # 144 medium, Somali elder, Ramadan trap, name 'Hodan' again different person?
    """Tijdens de ramadan hebben we de afspraken met meneer [[person:Abdullahi Jama]] (74) verplaatst naar na zonsondergang. De {{role:wijkverpleegkundige}} kwam om half tien 's avonds voor zijn insuline. Zijn dochter [[person:Ifrah]] was daar heel blij mee. Les: plan zorg rond de ramadan samen met de familie, vooral bij diabetes. Hij woont in {{wijk:Laak}}, [[address:Rijswijkseweg 550]], [[postcode:2516 HK]]; contact via [[person:Ifrah]] op [[phone:06-87 45 20 13]].""",
    # 145 longer, hoarding + daughter far away, email
    """Aanleiding
Dochter [[person:Monique Pronk]] ([[email:monique.pronk@gmail.com]]) uit Groningen mailde ons op [[date:19 maart]]. Haar vader, [[person:Kees Pronk]] (76), woont in {{wijk:Scheveningen}} en laat niemand meer binnen. Ze was er met kerst voor het laatst en schrok.
Aanpak
De {{role:welzijnscoach}} van {{org:Welzijn Scheveningen}} ging langs met de vraag of hij zin had in een kop koffie in het buurthuis. Na drie pogingen deed hij open. Binnen bleek het vol te staan met kranten en lege flessen.
Wat werkte
Eerst het buurthuis, pas daarna het huis.
Wat werkte niet
[[person:Monique]] wilde alles in één weekend 'opruimen'. Dat hebben we samen kunnen voorkomen.
Les
Familie op afstand wil snel resultaat. Bespreek verwachtingen.""",
    # 146 one line
    """[[person:Jamal]] van {{org:Sociaal Raadslieden}} {{wijk:Centrum}} weet alles van de {{org:IND}}. Vraag naar hem.""",
    # 147 platform form, jeugd, Cape Verdean
    """Thema: jeugd | Wijk: {{wijk:Spoorwijk}} | Team: {{org:SWT}} {{wijk:Laak}} | Door: [[person:Inge Koppelaar]], {{role:gezinscoach}}
Aanleiding: [[person:Ivanilda Semedo]] (35), moeder van drie, belt het {{org:CJG}} in paniek: haar zoon [[person:Edson]] (14) is opgepakt voor winkeldiefstal.
Aanpak: {{org:Halt}}-traject, plus gesprekken met moeder over grenzen stellen. Vader [[person:Joaquim]] woont in Rotterdam en is op verzoek betrokken.
Wat werkte: vader die één keer per week belde met [[person:Edson]].
Wat werkte niet: straf zonder uitleg.
Uitkomst: {{org:Halt}} afgerond op [[date:25-06-2024]].
Les: betrek de uitwonende ouder, ook als die ver weg woont.""",
    # 148 short, number-like not PII mixed with PII
    """Meneer [[person:Lambrechts]] heeft 3 kinderen, 2 kleinkinderen, 1 hond en € 41.000 schuld. Hij woont 23 jaar op nummer 17 ([[address:Vrederustlaan 17]]). Les: geduld.""",
    # 149 long narrative, transgender youth + family conflict
    """Ik wil een les delen over [[person:Sam]] (19, voorheen [[person:Samira]]), die na een conflict over haar transitie het huis uit werd gezet. [[person:Sam]] belde op [[date:11 december]] het {{org:Jongerenloket}} en kwam via hen bij het {{org:SWT}} {{wijk:Centrum}}.

Wat we deden: een plek in de {{org:Jongerenopvang}}, contact met {{org:COC Haaglanden}}, en een gesprek met moeder [[person:Leila]] samen met een {{role:familietherapeut}} van {{org:Parnassia}}.

Wat werkte: dat [[person:Sam]] het tempo bepaalde. Het familiegesprek was pas na drie maanden.
Wat werkte niet: de opvang, waar [[person:Sam]] in een slaapzaal voor mannen werd geplaatst.

Les: vraag mensen hoe ze aangesproken willen worden en regel de opvang daarnaar. En vraag of familie betrokken mag worden; bij [[person:Sam]] mocht dat pas later.""",
    # 150 compact intake, postcode no space, dossier hash
    """Aanmelding via {{org:Servicepunt XL}} {{wijk:Loosduinen}}: dhr [[person:Vermeulen]], [[address:Loosduinse Hoofdplein 8]], [[postcode:2553CP]], ticket [[dossier:#SP-33812]]. Vraag: hulp bij formulier bijzondere bijstand. Les: dit is geen {{org:SWT}}-casus, verwijs door naar {{org:Sociaal Raadslieden}}. Scheelt ons tijd.""",
]
RAW += [
    # 151 admin-heavy thorough, schulden, BSN + IBAN + dossier + postcode
    """Titel: Van zestien schuldeisers naar één

Aanleiding
Meneer [[person:Patrick Zwart]] (41), [[address:Soestdijksekade 706]], [[postcode:2574 AT]], meldde zich op [[date:maandag 5 februari]] bij het {{org:Servicepunt XL}} met een tas vol ongeopende post. Zestien schuldeisers, totaal ongeveer € 38.000.

Aanpak
- inventarisatie door de {{role:schuldhulpverlener}} (dossier [[dossier:SHV-2024-00218]])
- BSN-check bij het {{org:Inlichtingenbureau}}: [[bsn:@]]
- budgetbeheer, leefgeld naar [[iban:@INGB ]]
- stabilisatieperiode van zes maanden, daarna schuldregeling via de {{org:Kredietbank}}

Wat werkte
Eén contactpersoon voor alle schuldeisers. [[person:Patrick]] hoefde zelf niemand meer te bellen.

Wat werkte niet
Twee incassobureaus bleven rechtstreeks bellen naar zijn mobiel ([[phone:06-55 02 81 46]]).

Les
Stuur bij aanmelding direct een brief naar alle schuldeisers dat de communicatie via SHV loopt.""",
    # 152 quick note, date in words, lowercase
    """afspraak mw [[person:el khatib]] verschoven van [[date:dinsdag 9 juli]] naar [[date:donderdag 11 juli]] ivm suikerfeest-bezoek familie. {{role:tolk}} opnieuw boeken bij {{org:Global Talk}}, ref [[dossier:GT-559021]].""",
    # 153 medium, Javanese/Surinamese man, Wmo scootmobiel, e-mail address
    """Aanleiding: meneer [[person:Sardjo Wongsodikromo]] (80), [[address:Loevesteinlaan 337]], [[postcode:2533 TC]], kon na een amputatie niet meer naar de markt. Aanpak: scootmobiel via {{org:Wmo}}, stalling in de flat geregeld met {{org:Vestia}}. Wat werkte: zijn kleinzoon [[person:Reggy]] die alle formulieren invulde ([[email:reggy.wongso@outlook.com]]). Wat werkte niet: de stalling; de corporatie wilde eerst geen stopcontact. Uitkomst: scootmobiel geleverd op [[date:16-08-2023]]. Les: vraag bij een scootmobiel meteen naar stalling en opladen.""",
    # 154 long narrative, Polish homeless man with alcohol, winter
    """Tijdens de winterregeling kwam [[person:Andrzej Kowalski]] (58) binnen bij de {{org:Nachtopvang}}. Hij sliep al drie jaar buiten in {{wijk:Laak}}, dronk veel en had een open wond aan zijn been. Op [[date:12 december 2023]] belde de {{role:verpleegkundige}} van het {{org:Straatdokterteam}} ons.

Wat we deden: wondzorg via {{org:Dokters van de Wereld}}, contact met {{org:Barka}} over terugkeer, en met zijn zus [[person:Beata]] in Gdańsk ([[phone:+48 58 345 12 90]]). [[person:Andrzej]] wilde niet terug. Toen hebben we via de {{org:Kessler Stichting}} een plek in een {{org:Skaeve Huse}} aangevraagd.

Wat werkte: dat niemand hem dwong om te stoppen met drinken.
Wat werkte niet: de registratie. Zonder BSN geen zorgverzekering, zonder zorgverzekering geen {{role:huisarts}}.

Les: de winterregeling is een kans om contact te leggen. Gebruik die weken.""",
    # 155 very short
    """[[person:Petra]] ({{role:wijkverpleegkundige}}) had gelijk: eerst slapen, dan praten. Meneer [[person:Mos]] sliep al weken niet.""",
    # 156 structured, huiselijk geweld, male victim
    """Aanleiding
Meneer [[person:Robert-Jan Hol]] (44) kwam bij de {{role:huisarts}} met krassen in zijn gezicht. Hij gaf uiteindelijk toe dat zijn vrouw [[person:Wendy]] hem sloeg. Ze wonen met twee kinderen in {{wijk:Wateringse Veld}}, [[address:Dr. H. Colijnlaan 215]].
Aanpak
{{org:Veilig Thuis}} (zaak [[dossier:VT-2024-0559]]), {{org:Fier}}. Gesprekken apart. [[person:Wendy]] bleek zelf ernstige psychische klachten te hebben.
Wat werkte
Dat de {{role:huisarts}} doorvroeg. Mannen melden zelden.
Wat werkte niet
De opvang: er was geen plek voor een vader met kinderen.
Les
Huiselijk geweld tegen mannen bestaat. Vraag ernaar.""",
    # 157 compact numbers
    """Gebruikte nummers bij casus fam. [[person:Gashi]] (voor mezelf):
{{org:Veilig Thuis}} 0800-2000 (algemeen)
{{role:wijkagent}} [[person:Timo]]: [[phone:06-11 90 22 84]]
school: [[phone:070-3667120]]
moeder [[person:Arta]]: [[phone:06 29 83 14 70]]""",
    # 158 medium, Eritrean family, housing overcrowding
    """Aanleiding: Het gezin [[person:Tsegay]] (ouders + 6 kinderen) woont in een driekamerwoning aan de [[address:Gaslaan 47]], [[postcode:2516 VN]]. De {{role:jeugdverpleegkundige}} van de {{org:JGZ}} signaleerde dat de kinderen slecht sliepen en de oudste, [[person:Selam]] (13), haar huiswerk op de wc deed.
Aanpak: urgentieaanvraag medisch/sociaal, ondersteund door een brief van de {{role:huisarts}}; {{org:Stichting Leergeld}} voor een laptop.
Wat werkte: de foto's van de woning bij de aanvraag.
Wat werkte niet: de eerste aanvraag, afgewezen op [[date:3 november]].
Uitkomst: na bezwaar per [[date:1 maart 2024]] een vijfkamerwoning in {{wijk:Wateringse Veld}}.
Les: overbewoning is een gezondheidsprobleem. Laat dat de {{role:huisarts}} onderbouwen.""",
    # 159 long, LVB + partner abuse + money, thorough with BSN
    """Titel: Loverboy op je 30e

Aanleiding
[[person:Melissa de Boer]] (30), licht verstandelijk beperkt, woont begeleid in {{wijk:Bouwlust}}. Haar {{role:persoonlijk begeleider}} van {{org:Middin}} merkte dat ze steeds nieuwe kleding en een nieuwe telefoon had, maar geen geld voor eten. Een 'vriend', [[person:Dave]], bleek leningen op haar naam af te sluiten.

Aanpak
Melding bij {{org:Veilig Thuis}} en de {{org:Politie Haaglanden}} (zedenrecherche). Registratie bij {{org:BKR}} gecontroleerd met haar BSN ([[bsn:@.]]): vier leningen. {{org:Fier}} bood gespecialiseerde begeleiding.

Wat werkte
Een vrouwelijke begeleider die [[person:Melissa]] al lang kende. [[person:Melissa]] vertelde het haar op [[date:zaterdag 3 augustus]], na een avond film kijken.

Wat werkte niet
De bank: die wilde de leningen niet terugdraaien zonder vonnis.

Uitkomst
[[person:Dave]] is aangehouden; de leningen worden betwist door de advocaat.

Les
Uitbuiting van mensen met LVB stopt niet bij 18. Let op nieuwe spullen en geldgebrek.""",
    # 160 short, phone with + and no spaces
    """Zus van dhr [[person:Mensah]] belt vanuit Accra: [[phone:+233244123456]]. Ze wil weten of haar broer hier nog woont. Eerst toestemming van dhr zelf vragen!""",
    # 161 medium, elderly couple both dementia, Turkish
    """Aanleiding
Echtpaar [[person:Aksoy]] uit {{wijk:Transvaal}}: meneer [[person:Kemal]] (82) en mevrouw [[person:Hatice]] (78), allebei dementerend. Hun zoon [[person:Murat]] woont boven hen, [[address:Kempstraat 83-I]], en doet alles na zijn werk.
Aanpak
Dagbesteding bij {{org:Stichting Dar Al Amal}}, Turkstalige {{org:thuiszorg}} via {{org:Sensire}}... nee, via {{org:Zorg aan Huis Den Haag}}. {{role:casemanager dementie}} tweewekelijks.
Wat werkte
Dagbesteding in eigen taal, met eigen eten.
Wat werkte niet
Logeeropvang in een Nederlands verpleeghuis.
Les
Cultuursensitieve dagbesteding is schaars. Ken de aanbieders in je wijk.""",
    # 162 one line with email of prof
    """Meer info over het project 'Maatje voor elke mantelzorger'? Mail [[person:Annemiek]]: [[email:annemiek@mantelzorgdenhaag.nl]]""",
    # 163 long formal, jeugd + ouders LVB, dates in formats
    """Aanleiding
Op [[date:03/10/2023]] meldde de {{role:intern begeleider}} van {{org:Basisschool De Paperclip}} dat [[person:Jayden]] (7) en [[person:Dana Koopman]] (5) vaak te laat, hongerig en in vieze kleren op school kwamen. Ouders [[person:Erwin]] en [[person:Priscilla Koopman]] hebben allebei een LVB.

Aanpak
Gezinsbegeleiding door {{org:Ipse de Bruggen}}, ondersteund door {{org:CJG}}. Huishoudelijke hulp. De {{role:gezinscoach}} maakte een dagritme met foto's op de koelkast.

Wat werkte
De foto's. [[person:Priscilla]]: 'nu weet ik wat ik moet doen als ik het vergeet.'

Wat werkte niet
Oudercursus in een groep.

Uitkomst
Op [[date:15.01.2024]] afgeschaald; kinderen komen op tijd.

Les
Voor ouders met LVB: maak het concreet en zichtbaar.""",
    # 164 sloppy writer, typos
    """aanlieding: mw [[person:Schouten]] (?) belt al weken de gemeente over haar lekkende dak, [[address:Weissenbruchstraat 112]]. woont in koopwoning, dus vve probleem. aanpak: {{org:Juridisch Loket}} + {{role:wijkcoördinator}} van de gemeente. werkte: nog niks. les: koopwoningen vallen buiten alles, daar moeten we iets mee.""",
    # 165 medium, Moroccan young man, work
    """Aanleiding
[[person:Anass Boulahrouz]] (22) zat al twee jaar thuis zonder werk of opleiding. Moeder [[person:Malika]] vroeg het {{org:SWT}} om hulp omdat hij 's nachts buiten hing.
Aanpak
{{role:jongerenwerker}} koppelde hem aan het {{org:Leerwerkloket}}; een traject bij een installatiebedrijf met begeleiding van {{org:Werkgevers Servicepunt Haaglanden}}. Afspraken per WhatsApp: [[phone:06-24417703]].
Wat werkte
Een werkgever die geduld had en hem op [[date:1 oktober]] een contract gaf.
Wat werkte niet
Eerdere verwijzingen naar 'het {{org:UWV}}'.
Les
Koppel jongeren aan een echte werkgever, niet aan een loket.""",
    # 166 short, IBAN of org? personal: for gift
    """Donatie van de kerk voor mevrouw [[person:Tekeste]] is overgemaakt naar [[iban:@ASNB ]]. Ze kon haar borg betalen en per [[date:1 juli]] de nieuwe woning in.""",
    # 167 medium, suicidality, careful tone
    """Aanleiding
Tijdens een huisbezoek in het kader van {{org:schuldhulp}} zei meneer [[person:Gerard Lemmens]] (63) tegen de {{role:schuldhulpverlener}}: 'het hoeft voor mij niet meer.' Hij woont alleen aan de [[address:Walenburgerweg 21]] in {{wijk:Rustenburg-Oostbroek}}.
Aanpak
Diezelfde middag de {{role:huisarts}} gebeld, die hem zag. Contact met {{org:113 Zelfmoordpreventie}} en {{org:Parnassia}}. De {{org:schuldhulp}} ging gewoon door.
Wat werkte
Dat de {{role:schuldhulpverlener}} het serieus nam en bleef zitten tot de {{role:huisarts}} er was.
Wat werkte niet
We hadden geen protocol. Nu wel.
Les
Schulden en suïcidaliteit hangen samen. Vraag er altijd naar, durf het woord te gebruiken.""",
    # 168 bullets, intake with many identifiers
    """Aanmelding [[date:04-03-2024]]
- cliënt: [[person:Mehdi Rahimi]], geb. [[date:30-06-1990]]
- [[address:Herengracht 54-A]], [[postcode:2511 EJ]]
- BSN [[bsn:@ ]]
- tel [[phone:06-8733 2210]] / mail [[email:mehdi.rahimi90@gmail.com]]
- verwijzer: {{role:huisarts}} dr. [[person:Ooms]]
Les (voorlopig): Iraanse christen, bang voor de moskee-groep die wij voorstelden. Check religie voordat je 'de gemeenschap' inzet.""",
    # 169 long, ouderen eenzaamheid + scam romance
    """Mevrouw [[person:Margaretha Bosman]] (76) uit {{wijk:Kijkduin}} vertelde trots aan de {{role:welzijnscoach}} dat ze een vriend had, een Amerikaanse militair. Ze had hem al € 22.000 gestuurd 'voor zijn vlucht naar Nederland'.

Aanleiding was eigenlijk een telefoontje van haar zoon [[person:Frank]] ([[phone:06-51 72 90 03]]) op [[date:8 april]], die zag dat haar spaarrekening leeg was.

Aanpak: we hebben niet gezegd dat het oplichting was; we hebben samen met haar vragen gesteld. Na twee weken zag ze het zelf. Aangifte via de {{role:wijkagent}}, steun van {{org:Slachtofferhulp Nederland}}.
Wat werkte: haar zelf laten ontdekken.
Wat werkte niet: [[person:Frank]], die in het eerste gesprek boos werd.
Les: bij romance scams helpt confronteren niet. Schaamte is het grootste probleem.""",
    # 170 short, dossier shapes odd
    """Dossiers samengevoegd: [[dossier:SWT/SGB/23/0451]] en [[dossier:SWT/SGB/24/0019]] (beide [[person:J. Oosterhout]]). Hij was twee keer aangemeld, door de {{role:huisarts}} en door de corporatie. Les: zoek eerst of iemand al bekend is.""",
    # 171 medium, Roma family (Romanian) school + housing, many names list
    """Aanleiding: de familie [[person:Stoica]] ([[person:Florin]], [[person:Ionela]] en vijf kinderen: [[person:Alexandru]], [[person:Maria]], [[person:Gabriel]], [[person:Daniela]], [[person:Cristian]]) woont in een camper op een parkeerplaats in {{wijk:Kraayenstein}}. Aanpak: {{role:Roma-consulent}} van de gemeente, {{role:leerplichtambtenaar}}, {{org:Stichting Kompas}}. Wat werkte: de consulent die Romanes spreekt. Wat werkte niet: opvangplek zonder ruimte voor het hele gezin. Les: houd gezinnen bij elkaar, ook in de opvang.""",
    # 172 very short fragment
    """Uitkomst: dhr. [[person:Koç]] heeft per [[date:01-09]] een nieuwe woning. Einde traject.""",
    # 173 medium, case from Leidschenveen, young widow
    """Aanleiding
[[person:Rianne Kloosterman]] (39) verloor haar man in een verkeersongeluk op [[date:26 mei 2023]]. Ze bleef achter met een tweeling van 4 ([[person:Fenna]] en [[person:Julia]]) en een hypotheek die ze niet meer kon betalen. Woont in {{wijk:Leidschenveen}}, [[address:Brasserskade 32]].
Aanpak
{{role:maatschappelijk werker}} voor rouw, {{role:financieel coach}} van {{org:Geldfit}}, contact met de hypotheekverstrekker.
Wat werkte
Uitstel van betaling van 6 maanden, geregeld door de coach.
Wat werkte niet
De rouwgroep: te veel ouderen, ze herkende zich niet.
Les
Jonge weduwen vallen vaak buiten het aanbod. {{org:Stichting Jonge Weduwen en Weduwnaars}} kan helpen.""",
    # 174 short, email from teams in chain
    """Reactie op de casus van [[person:Esra]]: bij ons ({{wijk:Escamp}}) werkt het ook zo. Mevrouw [[person:Hanna Jacobs]] kreeg pas hulp toen de buurvrouw het {{org:Meldpunt Bezorgd}} belde. Groet, [[person:Niels]] ([[email:niels.v@swt-escamp.nl]])""",
    # 175 long, pilot theme bemoeizorg, thorough with address and dates
    """Titel: Tien keer aanbellen
Thema: bemoeizorg | Pilotgroep: ja

Aanleiding
In het najaar kregen we via {{org:Staedion}} en de {{org:GGD}} meldingen over mevrouw [[person:Yvonne Meijer]] (55), [[address:Twentstraat 12]], [[postcode:2546 RM]], in {{wijk:Moerwijk}}. Ze had paranoïde ideeën, plakte de ramen af met aluminiumfolie en betaalde geen huur meer.

Aanpak
Wij belden tien keer aan, op verschillende dagen en tijden. Op [[date:woensdag 29 november]] deed ze open voor de {{role:SPV}} van het {{org:OGGZ-team}}, omdat die een bos bloemen bij zich had.

Wat werkte
Volhouden. En iets meenemen.

Wat werkte niet
Brieven. Mevrouw dacht dat ze werd afgeluisterd via de post.

Uitkomst
Sinds januari wekelijks contact, medicatie via de {{role:huisarts}}, huurachterstand betaald via bijzondere bijstand (aanvraag [[dossier:BB-2024-03187]]).

Les voor andere teams
Bij bemoeizorg is de tiende keer aanbellen vaak de eerste keer dat het lukt.""",
    # 176 one-liner with postcode only and wijk
    """Let op: [[postcode:2572HR]] valt nét buiten ons werkgebied ({{wijk:Regentessekwartier}} hoort bij {{org:SWT}} {{wijk:Segbroek}}).""",
    # 177 medium, Chinese elderly man + gambling
    """Aanleiding
Meneer [[person:Lam Kwok Wai]] (69) speelde al jaren in het casino in {{wijk:Scheveningen}}. Zijn vrouw [[person:Lam Siu Ling]] kwam naar het {{org:Servicepunt XL}} omdat het huurgeld op was. Ze wonen boven een winkel aan de [[address:Wagenstraat 93-C]] in {{wijk:Chinatown}}.
Aanpak
{{org:Holland Casino}} heeft een entreeverbod opgelegd na een gesprek met de {{role:maatschappelijk werker}}. Budgetbeheer voor mevrouw.
Wat werkte
Een gesprek in het Kantonees met een {{role:vrijwilliger}} van de {{org:Stichting Chinese Ouderen Den Haag}}.
Wat werkte niet
Een verslavingsbehandeling bij {{org:Brijder}}; meneer ging één keer.
Les
Entreeverboden werken, als je ze samen met de familie aanvraagt.""",
    # 178 short, date & phone
    """{{role:Tolk}} gepland voor [[person:Rukhsana]] op [[date:12 maart]] om 10.00 (088-2556688 is het nummer van het tolkenbureau, algemeen). Haar eigen nummer: [[phone:06-3811 0192]].""",
    # 179 medium, ouderen + mantelzorger burnout, e-mail
    """Aanleiding
[[person:Carla Meerman]] (62) zorgt voor haar moeder ([[person:Nel Meerman]], 89) in {{wijk:Bezuidenhout}} en werkt daarnaast 32 uur. Ze meldde zich via [[email:c.meerman@hetnet.nl]] bij het {{org:Steunpunt Mantelzorg}}: 'ik kan niet meer.'
Aanpak
Mantelzorgwaardering, respijtzorg via {{org:Florence}}, gesprek met haar werkgever over flexibele uren.
Wat werkte
Het gesprek met de werkgever. Die wist niet eens dat ze mantelzorger was.
Wat werkte niet
Respijtzorg: moeder wilde niet 'naar een tehuis', ook niet voor een weekend.
Les
Betrek werkgevers van mantelzorgers. Veel mantelzorgers vertellen het op hun werk niet.""",
    # 180 short, BSN in quick note
    """nb bsn van mw [[person:Derksen]] is [[bsn:@]], stond verkeerd in {{org:Suite4Sociaal Domein}}. aangepast [[date:14/11]].""",
    # 181 long narrative, a lesson that failed, Indo man
    """Niet elke les is een succes. Deze niet.

Meneer [[person:Rudy Pattiasina]] (67) woonde sinds 40 jaar in dezelfde flat aan de [[address:Apeldoornselaan 512]] in {{wijk:Morgenstond}}. Hij kwam in beeld via de {{role:huismeester}} van {{org:Vestia}}: stank, vliegen, en hij opende niet.

Wat we deden: drie keer aangebeld met de {{role:wijkverpleegkundige}}, een brief, contact met zijn zus [[person:Martha]] in Vlaardingen ([[phone:010-4345677]]). [[person:Martha]] zei: 'hij wil niemand zien, ook mij niet.'
Op [[date:17 juli 2023]] werd de deur geforceerd door de politie. Meneer was zwaar verwaarloosd en werd opgenomen in het {{org:HMC}}.

Wat we anders hadden moeten doen: eerder een {{org:GGD}}-bemoeizorgtraject starten, in plaats van te wachten op toestemming.
Les: soms is wachten op toestemming de verkeerde keuze.""",
    # 182 numbered short with IBAN & address
    """1. Aanl.: huurachterstand [[person:H. Sadiki]], [[address:Dierenselaan 107]].
2. Aanp.: betalingsregeling; huur voortaan per incasso van [[iban:@RBRB ]].
3. Werkte: incasso op de dag na uitbetaling uitkering.
4. Les: stem incassodatum af op inkomensdatum.""",
    # 183 medium, young carer boy + mother psychiatric
    """Aanleiding
[[person:Noah]] (12) belde zelf 112 toen zijn moeder, mevrouw [[person:Sandra Ridder]], in een psychose raakte. Dat was op [[date:zondag 4 februari]]. Ze wonen samen in {{wijk:Vrederust}}, [[address:Hanenburglaan 89]].
Aanpak
Moeder opgenomen bij {{org:Parnassia}}; [[person:Noah]] tijdelijk bij zijn vader in Delft. {{org:CJG}} en {{org:SWT}} maakten samen een plan voor na de opname, inclusief een {{role:KOPP-begeleider}} voor [[person:Noah]].
Wat werkte
De KOPP-groep voor kinderen van ouders met psychische problemen.
Wat werkte niet
Niemand had [[person:Noah]] verteld wat er met zijn moeder aan de hand was.
Les
Leg kinderen uit wat er gebeurt, op hun niveau.""",
    # 184 very short, lower-case email
    """contact oud-collega {{org:MEE}} voor dossier [[person:laura smit]]: [[email:p.vanderheijden@mee-plus.nl]]""",
    # 185 medium-long, Ghanaian church + debt + IBAN
    """Aanleiding
[[person:Yaw Boateng]] (50) en zijn vrouw [[person:Comfort]] uit {{wijk:Transvaal}} stuurden jarenlang geld naar familie in Kumasi. Ze namen er kleine leningen voor op. Toen [[person:Yaw]] zijn baan verloor, stortte alles in.
Aanpak
{{org:Schuldhulpverlening}}, maar ook een gesprek over de verwachtingen van familie, met een {{role:pastor}} van hun kerk. Betalingen liepen via [[iban:@ABNA ]].
Wat werkte
De {{role:pastor}}, die uitlegde dat 'nee zeggen' tegen familie geen zonde is.
Wat werkte niet
Een standaard budgetplan zonder post 'familie in Ghana'.
Uitkomst
Schuldregeling gestart op [[date:1 november 2023]], met € 50 per maand voor familie in het budget.
Les
Neem culturele verplichtingen mee in het budget, anders houdt niemand het vol.""",
    # 186 short formal with case & wijk
    """Afsluitend verslag casus [[dossier:2024/SWT-MH/0072]] ({{wijk:Mariahoeve}}): mevrouw [[person:Van Wijk]] woont sinds [[date:1 mei 2024]] in {{org:Woonzorgcentrum Mariënpark}}. Les: start de {{org:Wlz}}-aanvraag zodra de {{role:casemanager dementie}} twijfelt.""",
    # 187 long, multiproblem, thorough, multiple roles
    """Titel: Eén gezin, zeven hulpverleners

Aanleiding
Toen ik in september 2023 het gezin [[person:Benhaddou]] overnam, waren er zeven hulpverleners betrokken: {{org:Jeugdformaat}}, {{org:Parnassia}}, {{org:Schuldhulpverlening}}, {{org:Leger des Heils}}, de {{role:leerplichtambtenaar}}, een {{role:bewindvoerder}} en wij. Moeder [[person:Saida Benhaddou]] wist niet meer wie wie was.

Aanpak
Eén overleg met iedereen op [[date:19 oktober 2023]] in het {{org:Wijkcentrum De Mussen}}. Daarna: één plan, één regisseur (ik), twee hulpverleners in huis. De rest op afstand.

Wat werkte
Het overzicht op één A4'tje, met foto's van de hulpverleners erbij. [[person:Saida]] hing het op de koelkast.

Wat werkte niet
Partijen loslaten viel sommigen zwaar.

Uitkomst
Na een half jaar nog drie betrokken partijen.

Les
Minder is meer. Vraag aan elke partij: wat gebeurt er als jij stopt?""",
    # 188 short, Syrian, phone NL int
    """Dochter van [[person:Umm Khaled]] (zo noemt iedereen haar, echte naam [[person:Amal Sabbagh]]) is bereikbaar op [[phone:+31 6 4811 2093]]. Ze tolkt liever zelf dan dat er een {{role:tolk}} komt.""",
    # 189 medium, woningvervuiling + dieren + Hindustani man
    """Aanleiding
De {{org:Dierenpolitie}} trof op [[date:2 juni]] bij meneer [[person:Dinesh Ramcharan]] (59), [[address:Vermeerstraat 118]], [[postcode:2513 SV]], 23 katten aan. Meneer was zelf ook verwaarloosd.
Aanpak
{{org:Dierenbescherming}} nam de meeste katten mee, meneer mocht er twee houden. {{role:SPV}} en {{role:ambulant begeleider}} voor hemzelf.
Wat werkte
Dat hij twee katten mocht houden. Anders had hij alles geweigerd.
Wat werkte niet
De eerste aanpak van de {{org:Dierenpolitie}}: hardhandig, met de buren op straat.
Les
Bij dierenverzameling: regel zorg voor mens én dier tegelijk.""",
    # 190 short closing lesson, pilot
    """Voor de slotbijeenkomst in juni: mijn belangrijkste les van dit jaar kwam van mevrouw [[person:Sylvia Tromp]] uit {{wijk:Duindorp}}. Ze zei: 'jullie komen allemaal met een formulier, maar niemand vraagt wat ik wil.' Sindsdien begin ik elk gesprek met die vraag. — [[person:Hester]], {{role:Wmo-adviseur}}""",
]
RAW += [
    # 191 table-like paste from registration system
    """Uit de registratie (nog anonimiseren!):
Cliënt | [[person:Orlando Martis]]
Geboortedatum | [[date:3-3-'61]]
BSN | [[bsn:@]]
Adres | [[address:Newtonstraat 286]], [[postcode:2562 KW]]
Telefoon | [[phone:070 - 363 18 40]]
Zaak | [[dossier:Z-2024-118830]]

Aanleiding: terugkerende huurachterstand bij {{org:Haag Wonen}}. Aanpak: vaste lastenpakket via {{org:Kredietbank}}. Les: bij terugval na afsluiting direct opnieuw aanmelden, niet eerst een nieuwe intake.""",
    # 192 medium, dates README-like formats, Polish again different person
    """Aanleiding
Meneer [[person:Piotr Wróbel]] (39) kwam op [[date:maandag 4 maart]] met een ontslagbrief bij het {{org:Servicepunt XL}} {{wijk:Laak}}. Hij had op [[date:3 maart 2024]] een arbeidsongeval gehad en zijn werkgever ontsloeg hem per direct.
Aanpak
{{org:FNV}}, de {{role:sociaal raadsman}} en een Poolstalige {{role:ervaringsdeskundige}}. Ziekmelding alsnog gedaan, BSN gecontroleerd ([[bsn:@ ]]).
Wat werkte
Snelheid: binnen twee weken lag er een claim.
Wat werkte niet
Hij had geen kopie van zijn contract.
Les
Vraag arbeidsmigranten altijd om foto's van contract en loonstroken, liefst bij het eerste contact.""",
    # 193 short lesson, BSN dotted + e-mail of client
    """Fout van onszelf: we mailden het besluit met BSN ([[bsn:@.]]) erin naar [[email:famkoster@live.nl]], het oude mailadres van mevrouw [[person:Koster]]. Dat wordt nu door haar ex gelezen. Datalek gemeld op [[date:21-05-2024]]. Les: nooit BSN per mail, en check het mailadres elke keer.""",
    # 194 medium, Hindustani woman widowed, pensioen buitenland
    """Aanleiding
Mevrouw [[person:Savitri Ramlal]] (70) woonde tot 2015 in Suriname en krijgt daardoor een onvolledige AOW. Ze woont bij haar dochter [[person:Nisha]] aan de [[address:Zuiderparklaan 220]], [[postcode:2574 HG]], wat de AOW verder verlaagt (kostendelersnorm).
Aanpak
Aanvullende inkomensvoorziening ouderen (AIO) aangevraagd bij de {{org:SVB}} met BSN [[bsn:@]]; de {{role:sociaal raadsman}} hielp met de vragenlijst.
Wat werkte
[[person:Nisha]]'s administratie, alles was bewaard.
Wat werkte niet
De {{org:SVB}} vroeg drie keer om dezelfde bankafschriften van [[iban:@SNSB ]].
Les
Bij een onvolledige AOW altijd AIO checken. Veel ouderen weten niet dat het bestaat.""",
    # 195 short quick note with multiple dates and dossier
    """tijdlijn VT-zaak [[dossier:VT-2023-10492]] (fam. [[person:Yilmaz]] → let op, andere [[person:Yilmaz]] dan vorige les): melding [[date:6/11]], overdracht {{org:SWT}} [[date:20/11]], eerste HB [[date:23/11]], afschaling [[date:12/2]].""",
    # 196 longer, eenzaamheid + digital inclusion, many keep items
    """Titel: Tablet als brug

Aanleiding
Mevrouw [[person:Jannie Hoekstra]] (82) zat sinds de coronatijd alleen thuis in {{wijk:Houtwijk}}, [[address:Laan van Wateringse Veld 12]]... nee, dat is verkeerd, ze woont [[address:Houtwijklaan 4-B]]. Haar kleinkinderen ([[person:Bram]] en [[person:Lieke]]) wonen in Eindhoven.

Aanpak
Een tablet via het {{org:Digitaal Hulpplein}}, les van een {{role:digicoach}} van de {{org:Bibliotheek Den Haag}}, en een {{role:vrijwilliger}} van {{org:Humanitas}} die elke maandag kwam.

Wat werkte
Videobellen met de kleinkinderen op zondag. Dat werd het hoogtepunt van haar week.

Wat werkte niet
De eerste tablet had te kleine knoppen; via {{org:SeniorWeb}} een eenvoudiger model gevonden.

Uitkomst
Ze doet nu mee aan online bingo van de {{org:Zonnebloem}}.

Les
Digitale inclusie is ook een middel tegen eenzaamheid.""",
]

MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            label, body, kind = m.group(1), m.group(2), "pii"
        else:
            label, body, kind = m.group(3), m.group(4), "keep"
        text = render_placeholder(label, body) if kind == "pii" else body
        if kind == "pii" and label not in PII:
            raise ValueError("bad pii label %r in %r" % (label, raw[:60]))
        if kind == "keep" and label not in KEEP:
            raise ValueError("bad keep label %r in %r" % (label, raw[:60]))
        span = {"start": length, "end": length + len(text), "label": label, "text": text}
        (pii if kind == "pii" else keep).append(span)
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


def verify(rec):
    t = rec["text"]
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, rec["id"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), (rec["id"], s)
        if s["label"] == "iban":
            assert iban_ok(s["text"]), (rec["id"], s)
    assert rec["pii"], rec["id"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, raw in enumerate(RAW):
        text, pii, keep = parse(raw.strip("\n"))
        rec = {"id": "ho83-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    path = os.path.join(here, "heldout83.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    print(
        "texts",
        len(recs),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
