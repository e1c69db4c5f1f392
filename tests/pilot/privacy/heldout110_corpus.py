#!/usr/bin/env python3
"""Held-out corpus 110: formal and semi-formal correspondence about clients.

Letters and e-mails from and to the municipality (gemeente), housing corporations,
bailiffs (deurwaarders), debt collectors, UWV, SVB, CAK, Belastingdienst/Toeslagen,
health insurers, schools, GP practices and courts; with letterheads, reference lines
("Ons kenmerk", "Uw kenmerk", "Betreft"), address blocks, tables of debts or payments,
signatures, disclaimers, forwarded e-mail headers and quoted replies, and short
internal e-mails from professionals about those letters.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout110.jsonl next to itself.

Policy notes followed here: an organisation's general phone line or switchboard
(14 070, "algemeen nummer") and the postcode of an organisation's PO box
(Postbus ..., 2500 ..) identify nobody and are left unmarked; a named person's
direct line or mobile is a phone. Every e-mail address and bank account number is
marked. References in "Ons kenmerk"/"Uw kenmerk", client, contract, polis, invoice
and court case numbers are dossier numbers. Article numbers, KvK numbers, amounts,
years, months, times and room numbers are not personal data.
"""

import json
import os
import re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Letters from the municipality (SZW, Wmo, belastingen, BRP, leerplicht)
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Den Haag}}
{{o:Dienst Sociale Zaken en Werkgelegenheid}}
Postbus 16100
2500 BC  Den Haag

Mevrouw [[p:S. Tesfamariam]]
[[a:Wolmaranstraat 61-2]]
[[pc:2572 BN]]  DEN HAAG

Datum            [[d:12 maart 2024]]
Ons kenmerk      [[z:SZW/BB/2024-0188231]]
Uw kenmerk       -
Behandeld door   [[p:R. Lachman]]
Telefoon         14 070
Bijlage(n)       1
Betreft          Besluit op uw aanvraag bijzondere bijstand

Geachte mevrouw [[p:Tesfamariam]],

Op [[d:19 februari 2024]] heeft u bijzondere bijstand aangevraagd voor de kosten van een wasmachine en een koelkast. In deze brief leest u wat wij hebben besloten.

Ons besluit
U krijgt bijzondere bijstand voor de wasmachine. Voor de koelkast krijgt u geen bijstand.

| Omschrijving        | Aangevraagd | Toegekend |
| Wasmachine          | € 429,00    | € 380,00  |
| Koelkast            | € 349,00    | € 0,00    |
| Totaal              | € 778,00    | € 380,00  |

Wij maken het bedrag binnen vijf werkdagen over op uw rekening [[i:NL29INGB3825288588]].

Waarom krijgt u geen bijstand voor de koelkast?
Uit de stukken blijkt dat u in 2022 al een bedrag voor een koelkast heeft ontvangen (artikel 35 Participatiewet, artikel 6 Beleidsregels bijzondere bijstand Den Haag). Een koelkast gaat volgens onze normen minstens acht jaar mee.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[p:R. Lachman]]
{{r:consulent inkomensondersteuning}}
=====
Gemeente Den Haag – SZW | Team Terugvordering en Verhaal
Postbus 12600, 2500 DJ  Den Haag

De heer [[p:M. Boukhari]]
[[a:Hoefkade 417]]
[[pc:2526 BL]] Den Haag

Den Haag, [[d:3 april 2024]]

Ons kenmerk: [[z:TV-2024/004417]]
Klantnummer: [[z:1187 5520]]
BSN: [[b:1717.31.116]]
Onderwerp: terugvordering te veel ontvangen bijstand

Geachte heer [[p:Boukhari]],

U heeft in de periode januari 2023 tot en met juni 2023 inkomsten gehad uit werk bij een uitzendbureau. Die inkomsten heeft u niet aan ons doorgegeven. Daardoor heeft u te veel bijstand gekregen. Dat bedrag moet u terugbetalen.

Overzicht
maand          inkomsten      te veel ontvangen
januari 2023   € 412,18       € 412,18
februari 2023  € 688,40       € 688,40
maart 2023     € 701,15       € 701,15
april 2023     € 0,00         € 0,00
mei 2023       € 545,92       € 545,92
juni 2023      € 310,00       € 310,00
totaal                        € 2.657,65

Wij verrekenen dit bedrag met uw uitkering: € 75,00 per maand, te beginnen in mei 2024. U hoeft daar zelf niets voor te doen.

De boete die u mogelijk krijgt omdat u de inkomsten niet heeft gemeld, ontvangt u in een aparte brief.

Met vriendelijke groet,

drs. [[p:H. Oosterhout]]
{{r:teamleider Terugvordering en Verhaal}}
=====
Uitnodiging gesprek

Beste meneer [[p:Özdemir]],

U bent uitgenodigd voor een gesprek met uw {{r:klantmanager}} op [[d:dinsdag 16 april 2024]] om 10.15 uur op het {{o:Servicepunt Arbeid}} aan de Leyweg, spreekkamer 2.07. Neem uw legitimatiebewijs mee en de afschriften van uw bankrekening van de laatste drie maanden.

Kunt u niet komen? Bel dan uiterlijk een dag van tevoren naar 14 070 en noem uw klantnummer [[z:2210 4486]].

Met vriendelijke groet,
[[p:Wendy Kloosterman]]
{{r:klantmanager}} Werk en Inkomen
=====
{{o:GEMEENTE DEN HAAG}}
{{o:Dienst OCW}} – Wmo-loket

Aan: mevrouw [[p:J.W. Verhoeven-de Graaf]]
[[a:Beresteinlaan 722]]
[[pc:2542 JX]] 's-Gravenhage

datum: [[d:22-01-2024]]
zaaknummer: [[z:WMO-2024-031577]]
onderwerp: beschikking huishoudelijke ondersteuning

Geachte mevrouw [[p:Verhoeven]],

Op [[d:8 januari]] heeft de {{r:Wmo-consulent}}, de heer [[p:Aksoy]], met u en uw dochter [[p:Marjolein]] gesproken bij u thuis. U gaf aan dat u sinds uw heupoperatie het huis niet meer zelf kunt schoonhouden.

Wij kennen u huishoudelijke ondersteuning toe in de vorm van een maatwerkvoorziening in natura:
- resultaat: een schoon en leefbaar huis
- omvang: 2,5 uur per week
- aanbieder: {{o:Florence Thuisondersteuning}}
- ingangsdatum: [[d:1 februari 2024]]
- einddatum: [[d:31 januari 2026]]

Voor deze ondersteuning betaalt u een eigen bijdrage aan het {{o:CAK}}. Het CAK stuurt u daarover zelf een brief.

Met vriendelijke groet,
de {{r:Wmo-consulent}}

[[p:E. Aksoy]]
=====
{{o:Gemeente Den Haag}} | Belastingen
Afdeling Kwijtschelding

De heer en mevrouw [[p:Ramkisoen]]
[[a:Jan Blankenstraat 88]]
[[pc:2524 BA]] Den Haag

Dagtekening: [[d:14 mei 2024]]
Aanslagnummer: [[z:2024.118.443.01]]
Relatienummer: [[z:40112387]]
Betreft: uw verzoek om kwijtschelding

Geachte heer en mevrouw [[p:Ramkisoen]],

U vroeg kwijtschelding van de gemeentelijke belastingen over 2024 (afvalstoffenheffing € 387,00 en rioolheffing € 148,20). Wij wijzen uw verzoek af. Uw vermogen is hoger dan de vermogensnorm: op uw spaarrekening [[i:NL56ASNB7814897692]] stond op de peildatum € 4.910,33.

U kunt het bedrag betalen in tien termijnen via automatische incasso. Machtigen kan via www.denhaag.nl/belastingen.

Met vriendelijke groet,
de {{r:invorderingsambtenaar}} van de {{o:gemeente Den Haag}}
=====
Geachte heer [[p:Ivanov]],

Wij hebben uw aanmelding voor {{o:schuldhulpverlening}} ontvangen. Uw dossier heeft nummer [[z:SHV-24-118870]]. Uw {{r:schuldhulpverlener}} is [[p:Nadia Chaouch]]; zij neemt binnen drie werkdagen contact met u op.

Wilt u deze stukken alvast verzamelen?
1. alle brieven van schuldeisers (ook aanmaningen en brieven van deurwaarders)
2. loonstroken of uitkeringsspecificaties van de laatste drie maanden
3. het huurcontract en de laatste jaaropgave huurtoeslag
4. een kopie van uw ID-kaart

U kunt de stukken meenemen naar het eerste gesprek of uploaden via Mijn Den Haag.

Met vriendelijke groet,
{{o:Schuldhulpverlening Den Haag}}
=====
{{o:Gemeente Den Haag}} – Basisregistratie Personen (BRP)
Team Adresonderzoek

Aan de bewoner(s) van [[a:Vlielandstraat 204]]
[[pc:2583 ZR]]  DEN HAAG

Datum: [[d:29 februari 2024]]
Kenmerk: [[z:BRP-AO-2024-2291]]

Geachte heer/mevrouw,

In de BRP staat dat [[p:Pawel Nowakowski]], geboren [[d:11-07-1990]], op dit adres woont. Wij hebben aanwijzingen dat dit niet (meer) klopt: post komt retour en bij een huisbezoek op [[d:15 februari]] werd niet opengedaan.

Woont deze persoon hier niet meer? Laat het ons dan binnen twee weken weten. Doet u dat niet, dan kunnen wij de inschrijving beëindigen met de vermelding ‘vertrokken onbekend waarheen’ (VOW). Dat kan gevolgen hebben voor uitkeringen en toeslagen.

Met vriendelijke groet,
{{r:medewerker adresonderzoek}}
[[p:T. Baldew]]
=====
{{o:Gemeente Den Haag}}, afdeling {{o:Leerplicht}}

Aan de ouder(s)/verzorger(s) van [[p:Ilias Azzouzi]]
[[a:Koningstraat 177-C]]
[[pc:2515 JZ]] Den Haag

Den Haag, [[d:6 november 2023]]
Kenmerk: [[z:LP-23-7732]]

Betreft: oproep gesprek ongeoorloofd schoolverzuim

Geachte heer en mevrouw [[p:Azzouzi]],

De school van uw zoon [[p:Ilias]], geboren [[d:2 augustus 2010]], heeft bij ons gemeld dat hij vanaf de herfstvakantie 19 lesuren zonder geldige reden heeft gemist. Volgens de Leerplichtwet 1969 bent u als ouder verantwoordelijk voor het schoolbezoek van uw kind.

Wij nodigen u en [[p:Ilias]] uit voor een gesprek op [[d:woensdag 15 november 2023]] om 14.00 uur op het stadhuis (Spui), ingang B, kamer B04.12.

Met vriendelijke groet,
[[p:J. Koning]]
{{r:leerplichtambtenaar}}
=====
Besluit urgentieaanvraag

Mevrouw [[p:Kh. Amrani-Bouazza]]
p/a {{o:Stichting Haagse Vrouwenopvang}}
Postbus 18601
2502 EP  Den Haag

Ons kenmerk: [[z:URG-2024-00613]]
Datum: [[d:2 mei 2024]]

Geachte mevrouw [[p:Amrani-Bouazza]],

U heeft op [[d:4 april 2024]] een urgentieverklaring aangevraagd. De {{o:Urgentiecommissie}} heeft uw aanvraag behandeld op [[d:24 april 2024]]. U krijgt een urgentieverklaring in de categorie ‘uitstroom opvang’. De verklaring is geldig tot [[d:2 november 2024]] en geldt voor een woning van maximaal drie kamers in de regio Haaglanden.

Met vriendelijke groet,
namens het college,
[[p:M.A. de Vos]]
{{r:secretaris}} {{o:Urgentiecommissie}}
=====
Van: [[p:Marloes Schipper]] <[[e:marloes.schipper@denhaag.nl]]>
Aan: [[p:Youssef]] (SWT {{w:Transvaal}})
Onderwerp: aanvraag IIT dhr [[p:Jagernath]] – nog stukken nodig

Hoi [[p:Youssef]],

Ik heb de aanvraag individuele inkomenstoeslag van dhr. [[p:Jagernath]] (klantnr [[z:3307 1142]]) op m'n bureau. Wat ik nog mis:
- bankafschriften [[i:NL83SNSB7427719829]] over de afgelopen drie mnd
- verklaring van zijn ex-werkgever over de einddatum van het contract (hij zegt [[d:31-12-2023]], de loonstrook zegt [[d:30-11-2023]])

Zonder die stukken moet ik de aanvraag op [[d:26 april]] buiten behandeling stellen, en dat wil ik liever niet want hij komt er gewoon voor in aanmerking.

Groet,
[[p:Marloes]]
{{r:consulent}} Inkomensondersteuning
[[t:070 - 752 40 19]] (direct, ma t/m do)
=====
{{o:Gemeente Den Haag}} | Ooievaarspas

Fam. [[p:Soekhlal]]
[[a:Zichtenburglaan 119]]
[[pc:2544 EB]] Den Haag

[[d:9 januari 2024]]

Beste [[p:Rakesh]] en [[p:Anita Soekhlal]],

Uw Ooievaarspassen zijn verlengd tot [[d:31 december 2024]]. Ook voor uw kinderen [[p:Navin]] en [[p:Priya]] is een nieuwe pas aangemaakt. De passen worden de komende twee weken per post bezorgd.

Pasnummers:
[[p:Rakesh Soekhlal]]   [[z:OP-3319-0021]]
[[p:Anita Soekhlal]]    [[z:OP-3319-0022]]
[[p:Navin Soekhlal]]    [[z:OP-3319-0023]]
[[p:Priya Soekhlal]]    [[z:OP-3319-0024]]

Met de Ooievaarspas krijgt u onder andere korting op zwemmen, sport, cultuur en de schoolbijdrage. Kijk voor het aanbod op www.ooievaarspas.nl.

Met vriendelijke groet,
Team Ooievaarspas
=====
Gemeente Den Haag
Sociale Zaken en Werkgelegenheid
Team Handhaving

AANGETEKEND
De heer [[p:A. Darwish]]
[[a:Paul Krugerlaan 104 III]]
[[pc:2571 JH]] Den Haag

Datum: [[d:18-06-2024]]
Ons kenmerk: [[z:HH/2024/55812]]
Betreft: vooraankondiging intrekking bijstandsuitkering

Geachte heer [[p:Darwish]],

Wij hebben u bij brief van [[d:28 mei 2024]] gevraagd om vóór [[d:11 juni 2024]] de volgende gegevens aan te leveren:
• een verklaring over de herkomst van de stortingen van in totaal € 3.200,00 op uw rekening in april 2024;
• het huurcontract van de woning aan de [[a:Fahrenheitstraat 512]], waar uw auto volgens onze waarneming meerdere nachten heeft gestaan.

Wij hebben deze gegevens niet ontvangen. Daarom zijn wij van plan uw uitkering met ingang van [[d:1 juli 2024]] op te schorten en daarna in te trekken (artikel 54 Participatiewet). Voordat wij een besluit nemen, krijgt u de gelegenheid om uw zienswijze te geven. Dat kan tot [[d:2 juli 2024]], schriftelijk of in een gesprek.

Hoogachtend,

[[p:P.J. Mulder]]
{{r:handhavingsspecialist}}
=====
Beste mevrouw [[p:Pattipeilohy]],

Hierbij ontvangt u de bevestiging van uw afspraak met de {{r:Wmo-consulent}} voor een gesprek over een scootmobiel.

Datum: [[d:vrijdag 7 juni 2024]]
Tijd: tussen 9.00 en 11.00 uur
Plaats: bij u thuis, [[a:Steenhouwersgaarde 3]]
Consulent: [[p:Kees Brouwer]]

Wilt u er iemand bij hebben, bijvoorbeeld een familielid of {{r:mantelzorger}}? Dat mag. U kunt ook gratis een {{r:onafhankelijke cliëntondersteuner}} vragen via {{o:MEE Zuid-Holland Noord}}.

Met vriendelijke groet,
Wmo-loket {{o:gemeente Den Haag}}
=====
Gemeente Den Haag
Stadsdeel {{w:Escamp}}

[[d:22 augustus 2024]]

Onderwerp: melding woonoverlast [[a:Moerweg 214]]
Melding: [[z:MOR-24-0091182]]

Geachte mevrouw [[p:Groen]],

Dank voor uw melding van [[d:13 augustus]] over geluidsoverlast en een sterke geur uit de woning naast u. Wij hebben de melding doorgezet naar het {{o:Meldpunt Zorg en Overlast}} van de {{o:GGD Haaglanden}} en naar de verhuurder, {{o:Haag Wonen}}. Om privacyredenen kunnen wij u niet informeren over wat er met uw buren gebeurt.

Met vriendelijke groet,
[[p:F. Hashimi]]
{{r:wijkmanager}} {{w:Moerwijk}}
=====
GEMEENTE DEN HAAG
Dienst SZW – Inkomen
Postbus 16100
2500 BC Den Haag

Mw. [[p:N. Kowalczyk]]
[[a:Lozerlaan 1388]]
[[pc:2545 GM]] DEN HAAG

Datum [[d:10-10-2023]]
Ons kenmerk [[z:WI/PW/23/91004]]
Onderwerp Wijziging bijstandsnorm na samenwonen

Geachte mevrouw [[p:Kowalczyk]],

U heeft ons laten weten dat de heer [[p:J. Wiśniewski]] sinds [[d:1 september 2023]] bij u woont. U vormt vanaf die datum samen een huishouden. Uw uitkering wordt daarom berekend als uitkering voor gehuwden/samenwonenden. Omdat de heer [[p:Wiśniewski]] inkomsten uit werk heeft, ontvangt u met ingang van [[d:1 september 2023]] geen bijstand meer.

Over september 2023 heeft u € 1.262,91 te veel ontvangen. Hierover ontvangt u een aparte brief.

Met vriendelijke groet,
[[p:A. van den Broek]]
{{r:consulent Werk en Inkomen}}
=====
Gemeente Den Haag – Dienst SZW
Retouradres: Postbus 16100, 2500 BC Den Haag

Aan: Dhr. [[p:M.H. Sultani]]
[[a:Withuysstraat 62-1]]
[[pc:2562 RB]] Den Haag

Den Haag, [[d:15 januari 2024]]

Ons kenmerk: [[z:SZW-INK-2024-004871]]
Uw BSN: [[b:907236674]]
Inlichtingenformulier Participatiewet

Geachte heer [[p:Sultani]],

Eens per jaar controleren wij of uw situatie nog hetzelfde is. Wilt u bijgaand formulier invullen, ondertekenen en uiterlijk [[d:5 februari 2024]] terugsturen in de antwoordenvelop? Een postzegel is niet nodig (Antwoordnummer 12040, 2501 VB Den Haag).

Met vriendelijke groet,
Team Heronderzoek
""")

# ---------------------------------------------------------------------------
# 2. Housing corporations (huurachterstand, overlast, regelingen, ontruiming)
# ---------------------------------------------------------------------------
add(r"""
{{o:HAAG WONEN}}
Postbus 30, 2501 CA Den Haag
T 070 - 312 00 00 | www.haagwonen.nl

Mevrouw [[p:D. Pinas]]
[[a:Dedemsvaartweg 1170]]
[[pc:2545 DJ]]  DEN HAAG

Datum: [[d:5 februari 2024]]
Huurcontractnummer: [[z:HW-0081-22417]]
Betreft: betalingsachterstand – tweede herinnering

Geachte mevrouw [[p:Pinas]],

Ondanks onze herinnering van [[d:18 januari]] hebben wij de huur nog niet ontvangen. Uw achterstand is nu:

Maand         Huur        Betaald     Open
december      € 742,16    € 300,00    € 442,16
januari       € 742,16    € 0,00      € 742,16
Incassokosten                         € 40,00
Totaal                                € 1.224,32

Wilt u dit bedrag vóór [[d:19 februari 2024]] overmaken naar [[i:NL72ABNA8357978656]] t.n.v. Haag Wonen, onder vermelding van uw contractnummer? Lukt dat niet, neem dan contact op met uw {{r:huurincassomedewerker}}. Samen kijken we naar een betalingsregeling. Wij kunnen ook, met uw toestemming, de {{o:Vroegsignalering}} van de gemeente inschakelen.

Met vriendelijke groet,

[[p:Imane Tahiri]]
{{r:medewerker Huurincasso}}
Rechtstreeks: [[t:070 - 312 04 87]]
=====
{{o:Staedion}}
Klantenservice 088 - 782 33 46 (algemeen)

Aan mevrouw [[p:C.E. Hoek]]
[[a:Hildo Kropstraat 13]]
[[pc:2552 TW]] Den Haag

Den Haag, [[d:11 maart 2024]]
Klantnummer: [[z:500234187]]

Betreft: uw huurachterstand wordt overgedragen aan de deurwaarder

Beste mevrouw [[p:Hoek]],

Wij hebben u twee keer een herinnering en één keer een aanmaning gestuurd. Ook hebben wij u geprobeerd te bellen op [[d:28 februari]] en [[d:4 maart]]. Uw achterstand van € 2.118,40 staat nog open.

Als wij vóór [[d:25 maart 2024]] geen betaling of voorstel van u hebben, dragen wij uw dossier over aan {{o:Delta Gerechtsdeurwaarders}}. Daar komen extra kosten bij, die voor uw rekening zijn.

Wij willen dat graag voorkomen. U kunt bellen of langskomen bij ons kantoor in {{w:Den Haag Zuidwest}}; elke dinsdagochtend is er een inloopspreekuur van {{o:Schuldhulpverlening}} in hetzelfde gebouw.

Met vriendelijke groet,
{{o:Staedion}}
[[p:Bart de Haan]], {{r:incassoconsulent}}
=====
{{o:Woonstichting Haaglanden Thuis}}
Afdeling Wijkbeheer

De heer [[p:T. Georgiev]]
[[a:Weimarstraat 381-2]]
[[pc:2562 HH]] DEN HAAG

[[d:20-03-2024]]
Ons kenmerk: [[z:WB/OVL/24/0318]]
Betreft: klachten over geluidsoverlast

Geachte heer [[p:Georgiev]],

Bij ons zijn sinds begin maart meerdere klachten binnengekomen over harde muziek en geschreeuw uit uw woning, vooral ’s nachts tussen 01.00 en 04.00 uur. Ook de {{r:wijkagent}} heeft ons hierover gebeld.

Wij nodigen u uit voor een gesprek op [[d:donderdag 28 maart 2024]] om 11.00 uur op ons kantoor aan de Weimarstraat. Bij het gesprek is ook de {{r:buurtbemiddelaar}} aanwezig.

Wij wijzen u erop dat u zich als huurder moet gedragen als een goed huurder (artikel 7:213 BW). Blijft de overlast, dan kunnen wij de rechter vragen het huurcontract te ontbinden.

Met vriendelijke groet,
[[p:Lotte Verbeek]]
{{r:wijkbeheerder}} {{w:Valkenboskwartier}}
=====
Bevestiging betalingsregeling

Contractnummer: [[z:0412-88721-03]]
Huurder: [[p:Rashid Ahmadzai]]
Adres: [[a:Apeldoornselaan 60-B]], [[pc:2573 LM]] Den Haag

Beste heer [[p:Ahmadzai]],

Zoals op [[d:2 april 2024]] telefonisch afgesproken, betaalt u de achterstand van € 1.580,00 in acht termijnen, naast de lopende huur:

termijn   vervaldatum        bedrag
1         [[d:1 mei 2024]]         € 200,00
2         [[d:1 juni 2024]]        € 200,00
3         [[d:1 juli 2024]]        € 200,00
4         [[d:1 augustus 2024]]    € 200,00
5         [[d:1 september 2024]]   € 200,00
6         [[d:1 oktober 2024]]     € 200,00
7         [[d:1 november 2024]]    € 200,00
8         [[d:1 december 2024]]    € 180,00

Betaalt u een termijn of de huur niet op tijd, dan vervalt de regeling en is het hele restbedrag direct opeisbaar.

Met vriendelijke groet,
{{o:Staedion}} – Team Incasso
=====
Aan: {{o:Haag Wonen}}, afdeling Incasso
t.a.v. mevrouw [[p:I. Tahiri]]
Postbus 30
2501 CA Den Haag

Den Haag, [[d:14 februari 2024]]

Betreft: mevrouw [[p:D. Pinas]], [[a:Dedemsvaartweg 1170]], contractnummer [[z:HW-0081-22417]]
Uw kenmerk: uw brief van [[d:5 februari 2024]]

Geachte mevrouw [[p:Tahiri]],

Ik schrijf u namens mevrouw [[p:Pinas]], die mij daarvoor schriftelijk toestemming heeft gegeven (zie bijlage). Ik ben haar {{r:maatschappelijk werker}} vanuit het {{o:sociaal wijkzorgteam}} {{w:Morgenstond}}.

Mevrouw heeft sinds december een lager inkomen doordat haar WW-uitkering is beëindigd. Haar aanvraag voor een bijstandsuitkering loopt; de beslissing wordt verwacht rond [[d:1 maart]]. Daarna kan zij de huur weer volledig betalen en de achterstand in termijnen aflossen.

Wij verzoeken u de incasso tot [[d:15 maart 2024]] op te schorten en de zaak niet over te dragen aan de deurwaarder. Mevrouw heeft zich ook aangemeld bij {{o:Schuldhulpverlening Den Haag}}.

Met vriendelijke groet,

[[p:Sander Jongejan]]
{{r:maatschappelijk werker}}
{{o:Sociaal Wijkzorgteam Morgenstond}}
[[t:06 - 1842 7730]]
[[e:s.jongejan@wijkzorgteam-morgenstond.nl]]
=====
Van: Vroegsignalering {{o:Staedion}} <[[e:vroegsignalering@staedion.nl]]>
Verzonden: [[d:maandag 8 april 2024]] 09:03
Aan: SWT {{w:Laak}}
Onderwerp: signaal huurachterstand [[a:Van der Vennestraat 19]]

Goedemorgen,

Binnen het convenant Vroegsignalering melden wij de volgende huurder met een achterstand van twee maanden of meer:

Naam: [[p:Yasmina el Idrissi]]
Adres: [[a:Van der Vennestraat 19]], [[pc:2525 CJ]]
Telefoon: [[t:06 38 01 72 45]]
Achterstand: € 1.460,88 (2 mnd)
Gezinssamenstelling: moeder + 3 kinderen (3, 7, 12 jr)

Mevrouw reageert niet op brieven. Wij hebben haar laten weten dat wij dit signaal aan jullie doorgeven. Kunnen jullie binnen 10 werkdagen laten weten of het contact gelukt is?

Met vriendelijke groet,
[[p:Ewout Kerkhof]]
{{r:medewerker Vroegsignalering}}
=====
Aankondiging huisbezoek

Geachte heer, mevrouw,

Op [[d:dinsdag 21 mei 2024]] tussen 09.00 en 12.00 uur komen twee medewerkers van {{o:Vidomes}} bij u langs op [[a:Laan van Wateringse Veld 1042]] voor een woningcontrole. Wij controleren of de woning wordt bewoond door de huurder en of er geen sprake is van onderhuur.

Huurder volgens onze administratie: [[p:W. Chen]]
Contractnummer: [[z:VID-3321908]]

Bent u op dat moment niet thuis? Bel dan om een nieuwe afspraak te maken via ons algemene nummer 088 - 263 63 00.

Met vriendelijke groet,
[[p:R. Soemardi]] en [[p:J. van Wijk]]
{{r:woonconsultenten}} {{o:Vidomes}}
=====
hallo

ik heb al 3x gebeld over de schimmel in de badkamer en de slaapkamer van mijn dochter, niemand komt. Mijn dochter heeft astma en de dokter zegt het komt door het vocht. Mijn klantnummer is [[z:500 711 203]]. Ik woon [[a:Hobbemaplein 41 3hoog]], naam [[p:Fatma Kılıç]]. Bel mij aub [[t:0618227304]] na 15 uur ik werk smorgens.

mvg [[p:F. Kilic]]
=====
Geachte heer [[p:Kromosoeto]],

Op [[d:12 juni 2024]] heeft de {{o:kantonrechter}} bepaald dat de huurovereenkomst voor de woning aan de [[a:Loevesteinlaan 287]] is ontbonden en dat u de woning moet verlaten. Dit vonnis is u op [[d:20 juni 2024]] door de deurwaarder betekend.

Wij geven u nog één kans. Als u vóór [[d:5 juli 2024]] met ons een gesprek voert en een ‘laatste kans’-overeenkomst tekent, zien wij af van de ontruiming. In die overeenkomst spreken wij af dat u begeleiding accepteert van het {{o:sociaal wijkzorgteam}} en dat uw huur rechtstreeks door uw {{r:bewindvoerder}} wordt betaald.

Bel voor een afspraak met [[p:Hülya Yavuz]], {{r:woonconsultant}}, op [[t:06 - 21 55 80 39]].

Met vriendelijke groet,
{{o:Haag Wonen}}
=====
Retouradres: {{o:Staedion}}, Postbus 55, 2501 CB Den Haag

De heer [[p:J.P.M. de Wit]]
[[a:Soestdijksekade 211-hs]]
[[pc:2574 AH]] 's-Gravenhage

[[d:30 april 2024]]
Onderwerp: jaarlijkse huuraanpassing per [[d:1 juli]]
Klantnummer: [[z:500-412-876]]

Geachte heer [[p:De Wit]],

Per [[d:1 juli 2024]] verhogen wij uw kale huur met 5,8%. Uw nieuwe huur wordt:

kale huur          € 612,40
servicekosten      €  38,15
totale huurprijs   € 650,55

Bent u het niet eens met de huurverhoging? U kunt tot [[d:1 juli 2024]] bezwaar maken. Heeft u een laag inkomen? Kijk dan of u recht heeft op huurtoeslag.

Met vriendelijke groet,
{{o:Staedion}}
=====
Aan: {{o:Staedion}}, t.a.v. de afdeling Woonfraude
Van: [[p:Jolanda Vlijter]], {{r:casusregisseur}} SWT {{w:Regentesse/Valkenbos}}
Datum: [[d:17 juni 2024]]
Uw kenmerk: [[z:WF-24-0771]]
Betreft: huurder mw. [[p:A. Maduro]] – onderhuur?

Geacht team,

Naar aanleiding van uw brief over mogelijke onderhuur in de woning van mevrouw [[p:Maduro]] aan de [[a:Valkenboslaan 221-A]] laat ik u het volgende weten, met toestemming van mevrouw.

Mevrouw verblijft sinds [[d:3 maart]] tijdelijk bij haar zus in Zoetermeer, omdat zij na een operatie niet zelfstandig de trap op kan. In haar woning verblijft haar kleinzoon [[p:Jeremy Martina]] (19) om op de woning te passen. Er wordt geen huur betaald en mevrouw is van plan terug te keren zodra de traplift (Wmo, zaak [[z:WMO-2024-044102]]) is geplaatst.

Ik verzoek u de procedure aan te houden tot de traplift er is.

Met vriendelijke groet,
[[p:J. Vlijter]]
=====
Betreft: uw opzegging huurovereenkomst

Geachte mevrouw [[p:Smit]],

Wij bevestigen de ontvangst van uw opzegging van de huurovereenkomst voor de woning [[a:Marktweg 108-A]], [[pc:2525 GW]] Den Haag, ingaande [[d:31 mei 2024]]. Wij gecondoleren u met het overlijden van uw moeder, mevrouw [[p:G.M. Smit-Pronk]].

De eindinspectie vindt plaats op [[d:29 mei 2024]] om 10.00 uur. Het restant van de borg, na verrekening van eventuele kosten, maken wij over op het rekeningnummer dat u ons heeft doorgegeven.

Met vriendelijke groet,
[[p:M. Doğan]]
{{r:verhuurmakelaar}}
""")

# ---------------------------------------------------------------------------
# 3. Bailiffs and debt collectors (exploten, beslag, incasso, regelingen)
# ---------------------------------------------------------------------------
add(r"""
{{o:HAAGSCHE POORT GERECHTSDEURWAARDERS}}
Postbus 90211 – 2509 LE  Den Haag
T 070 - 399 20 20 | KvK 27348861 | derdengeldenrekening [[i:NL45RABO9289935528]]

De heer [[p:R.S. Sewdien]]
[[a:Zuidlarenstraat 14 bg]]
[[pc:2545 VK]]  Den Haag

Datum: [[d:7 mei 2024]]
Ons dossier: [[z:VR-24/07713]]
Opdrachtgever: {{o:Zilveren Kruis Zorgverzekeringen N.V.}}
Uw kenmerk opdrachtgever: relatienr. [[z:163 448 902]]

AANKONDIGING BESLAG OP LOON

Geachte heer [[p:Sewdien]],

Op grond van het vonnis van de {{o:kantonrechter te Den Haag}} van [[d:14 februari 2024]] (zaaknummer [[z:10981244 \ CV EXPL 23-18830]]) bent u aan onze opdrachtgever verschuldigd:

hoofdsom                         € 1.512,60
rente tot heden                  €    96,14
kosten vonnis                    €   413,00
kosten betekening                €   121,58
subtotaal                        € 2.143,32
reeds ontvangen                  -  € 150,00
totaal openstaand                € 1.993,32

Wij hebben vastgesteld dat u in dienst bent van {{o:PostNL}}. Als wij vóór [[d:21 mei 2024]] het volledige bedrag niet hebben ontvangen, leggen wij beslag op uw loon. Wij houden rekening met de beslagvrije voet; die berekenen wij op basis van de gegevens die wij hebben. Verandert uw situatie, geef dat dan direct aan ons door.

Hoogachtend,
{{r:gerechtsdeurwaarder}}
mr. drs. [[p:K.L. Tjon-A-Fat]]
=====
Heden, [[d:twintig maart tweeduizend vierentwintig]], op verzoek van de besloten vennootschap {{o:Woonzorg Haaglanden B.V.}}, gevestigd te Den Haag, voor deze domicilie kiezende te Den Haag op het kantoor van mij, gerechtsdeurwaarder,

heb ik, [[p:Hendrik Jan Kuipers]], {{r:gerechtsdeurwaarder}} te Den Haag, kantoorhoudende aldaar aan de Prinsegracht,

AAN:
[[p:Mustafa Şahin]], wonende te ([[pc:2512 GB]]) Den Haag, [[a:Jacob Catsstraat 96]],
aldaar mijn exploot doende en afschrift dezes latende aan: zijn echtgenote, [[p:Elif Şahin-Kurt]],

BETEKEND het vonnis van de {{o:kantonrechter}} in de {{o:rechtbank Den Haag}}, gewezen op [[d:6 maart 2024]] onder zaaknummer [[z:11022871 \ CV EXPL 24-2214]],

en voorts aan gerekwireerde AANGEZEGD dat hij de woning binnen veertien dagen na heden dient te ontruimen, bij gebreke waarvan de ontruiming zal plaatsvinden op [[d:vrijdag 12 april 2024]] vanaf 09.00 uur.

Kosten dezes: € 121,58
=====
{{o:Intrum Nederland B.V.}}
Postbus 4013, 2003 EA Haarlem

Mevrouw [[p:N. Bouzidi]]
[[a:Ferrandweg 28]]
[[pc:2523 XT]] Den Haag

Datum: [[d:02-04-2024]]
Dossiernummer: [[z:74338109]]
Schuldeiser: {{o:Odido Netherlands B.V.}}

Laatste aanmaning – 14 dagen

Geachte mevrouw [[p:Bouzidi]],

Ondanks eerdere verzoeken heeft u de factuur van uw mobiele abonnement nog niet betaald. U kunt de zaak nog zonder extra kosten afsluiten als u binnen 14 dagen na ontvangst van deze brief betaalt.

| Factuurnummer   | Factuurdatum | Bedrag   |
| [[z:F240117733]]      | [[d:17-01-2024]]   | € 86,40  |
| [[z:F240218640]]      | [[d:18-02-2024]]   | € 86,40  |
| Openstaand              |              | € 172,80 |

Betaalt u niet op tijd, dan brengen wij € 40,00 incassokosten in rekening (Besluit vergoeding voor buitengerechtelijke incassokosten).

Betalen kan op [[i:NL17INGB0125729950]] onder vermelding van uw dossiernummer, of via Mijn Intrum.

Met vriendelijke groet,
Intrum Klantenservice
=====
Aan: {{o:Gerechtsdeurwaarderskantoor Flanderijn}}
t.a.v. dhr. [[p:Stijn Post]]
per e-mail: [[e:s.post@flanderijn.nl]]

Datum: [[d:23 januari 2024]]
Uw dossier: [[z:FL-8812-557/24]]
Betreft: [[p:K. Mensah]], geboren [[d:30-09-1978]] – verzoek herberekening beslagvrije voet

Geachte heer [[p:Post]],

Namens de heer [[p:Mensah]] (machtiging bijgevoegd) verzoek ik u de beslagvrije voet opnieuw te berekenen. U bent bij uw berekening uitgegaan van een alleenstaande. De heer [[p:Mensah]] is echter sinds [[d:1 november 2023]] getrouwd en woont samen met zijn echtgenote en hun dochter van twee. Zijn echtgenote heeft geen inkomen.

Daarnaast betaalt hij € 865,- huur en ontvangt hij geen huurtoeslag. Op basis van de rekenmodule kom ik uit op een beslagvrije voet van € 2.014,66 in plaats van € 1.419,22.

Ik verzoek u de beslagvrije voet met terugwerkende kracht aan te passen en het te veel ingehouden bedrag terug te storten op zijn rekening [[i:NL46BUNQ4387438538]].

Met vriendelijke groet,

[[p:Leila Benali]]
{{r:sociaal raadslid}}
{{o:Sociaal Raadslieden Den Haag}}
[[t:070 - 205 11 37]]
=====
Van: [[p:koen van der meer]] <[[e:incasso@vdmeer-gerechtsdeurwaarders.nl]]>
Aan: [[e:wijkteam.escamp@denhaag.nl]]
Onderwerp: RE: [[p:Kalloe]] / [[z:24-0418-VDM]]

Goedemiddag,

Dank voor uw bericht. Wij hebben de loonbeslagen van de heer [[p:Kalloe]] op [[d:11-4]] opgeschort voor de duur van het moratorium. De eerstvolgende beslaglegging gebeurt dus niet vóór [[d:11 oktober]], tenzij u ons eerder laat weten dat het schuldhulptraject is gestopt.

Wij zijn coördinerend deurwaarder in deze zaak. Andere beslagleggers op het loon van dhr. kunt u naar ons verwijzen.

mvg
[[p:K. van der Meer]]
{{r:kandidaat-gerechtsdeurwaarder}}
=====
beste meneer/mevrouw

Ik heb uw brief gekregen voor beslag op mijn bankrekening. Maar dat kan niet want daar komt alleen mijn bijstand op en mijn kinderbijslag, en dat mag u niet pakken. Mijn dossiernummer is GGN [[z:2024 117 56]]. Ik heb nu geen geld voor boodschappen voor mijn kinderen. Ik wil betalen maar 20 euro per maand, meer gaat echt niet.

Ik woon op de [[a:Goudenregenstraat 140]], mijn naam is [[p:Sabina Dąbrowska]] en mijn nummer is [[t:+48 512 330 917]] (Pools nummer, ik heb ook whatsapp).

groeten
[[p:Sabina]]
=====
{{o:GGN Mastering Credit}}
Kantoor Den Haag

Aan: {{o:Sociaal Wijkzorgteam Loosduinen}}
t.a.v. mevrouw [[p:A. Ooms]]

Datum: [[d:16 mei 2024]]
Dossiernummer: [[z:3001277421]]
Debiteur: [[p:H.A. Westerhof]]

Geachte mevrouw [[p:Ooms]],

Wij hebben de door u gestuurde toestemmingsverklaring ontvangen. Hieronder het gevraagde overzicht van de vordering van onze opdrachtgever {{o:Dunea}}.

Specificatie
- hoofdsom (facturen 2022–2023)     € 318,44
- buitengerechtelijke kosten          €  47,77
- rente                               €  22,10
- kosten dagvaarding                  € 124,86
- griffierecht                        € 128,00
Totaal                                € 641,17

Wij kunnen akkoord gaan met een betalingsregeling van € 35,00 per maand, mits de eerste termijn uiterlijk [[d:1 juni 2024]] binnen is. Gelieve het dossiernummer bij betaling te vermelden.

Met vriendelijke groet,
[[p:Dilara Koç]]
{{r:medewerker Klantcontact}}
=====
Betreft: derdenbeslag onder {{o:ING Bank N.V.}}

Geachte heer/mevrouw,

Hierbij deel ik u mee dat ik op [[d:8 juli 2024]] beslag heb gelegd op het saldo van uw rekening [[i:NL54INGB4194059828]] ten laste van [[p:Abdikarim Hassan Nur]], wonende te Den Haag, ten behoeve van {{o:CZ groep Zorgverzekeraar}}. De bank heeft verklaard dat er een saldo van € 412,06 is aangetroffen.

Op grond van artikel 475a Rv is een deel van het saldo beslagvrij. Meent u dat het beslag (mede) geld betreft dat beslagvrij is, zoals kinderbijslag of een zorgtoeslag die in de laatste vier weken is bijgeschreven, neem dan binnen vier weken contact met ons op onder vermelding van dossiernummer [[z:DW-24-0061187]].

[[p:A.M. Verduin]], {{r:gerechtsdeurwaarder}}
=====
Aan: {{o:Lavg Gerechtsdeurwaarders}}
Datum: [[d:27-08-2024]]
Uw kenmerk: [[z:L24/33210/EB]]
Betreft: moratoriumverzoek en voorlopige voorziening – mw. [[p:T. Rosalia]]

Geachte heer/mevrouw,

Mevrouw [[p:Theresia Rosalia]], [[a:Haagweg 44-F]], [[pc:2281 AE]] {{w:Rijswijk}}, heeft zich op [[d:12 augustus 2024]] aangemeld bij {{o:Schuldhulpverlening Rijswijk}}. Wij hebben vastgesteld dat er een ontruiming dreigt voor [[d:6 september]].

Wij verzoeken u de ontruiming niet door te zetten. Wij vragen vandaag bij de rechtbank een moratorium aan op grond van artikel 287b Faillissementswet.

Met vriendelijke groet,
[[p:Gijs Dekker]]
{{r:schuldhulpverlener}}
=====
Dossier [[z:VR-24/07713]] – kopie aan cliënt

Beslagvrije voet berekening per [[d:1 juli 2024]]
| netto inkomen (loon PostNL)            | € 1.984,12 |
| vakantiegeld per maand                 | €   158,73 |
| woonkosten (huur € 812,00)             |            |
| zorgtoeslag                            | €   123,00 |
| beslagvrije voet (95% van norm)        | € 1.572,44 |
| ruimte voor beslag                     | €   570,41 |

Schuldenaar: [[p:R.S. Sewdien]]
Werkgever: {{o:PostNL}}, afd. salarisadministratie
Ingangsdatum inhouding: [[d:1 juli 2024]]
=====
ik wil een regeling maar de deurwaarder zegt minimaal 150 p/m en dat is de helft van wat ik over hou. De brief is van [[d:14 juni]], kenmerk [[z:44718/KB]]. Kan iemand van het wijkteam mij helpen met bellen want ik word zenuwachtig van die mensen. Groeten [[p:Jan Willem Zomer]], [[t:06-55 71 30 98]]
=====
INCASSOBUREAU {{o:TRUST CREDIT}}
Uw betalingsachterstand bij {{o:Wehkamp}}

Klant: mw. [[p:S. Kurdi]]
Dossier: [[z:TC-9980-4411]]

Beste mevrouw [[p:Kurdi]],

Wij hebben nog geen reactie op onze brieven. Het openstaande bedrag is verhoogd naar € 311,49 (hoofdsom € 248,95 + incassokosten € 40,00 + wettelijke rente € 22,54).

Wilt u niet dat wij verdere stappen nemen? Betaal dan vóór [[d:15-09-2024]] of bel ons.

Team Trust Credit
=====
{{o:Gerechtsdeurwaarderskantoor Haaglanden}}
Exploot van betekening dagvaarding

Aan: [[p:Olena Kovalenko]]
wonende: [[a:Stuwstraat 32]], [[pc:2516 TC]] 's-Gravenhage

U wordt gedagvaard om op [[d:woensdag 4 september 2024]] om 10.00 uur (niet in persoon, maar schriftelijk of via een gemachtigde) te verschijnen ter zitting van de {{o:Rechtbank Den Haag}}, team kanton, Prins Clauslaan, in de zaak van:

{{o:Ziggo Services B.V.}}, eiseres,
tegen
[[p:Olena Kovalenko]], gedaagde.

Vordering: € 487,30 te vermeerderen met rente en kosten.
Rolnummer: [[z:CV EXPL 24-30917]]

Kosten exploot: € 121,58
{{r:gerechtsdeurwaarder}}: [[p:J. Kok]]
""")

# ---------------------------------------------------------------------------
# 4. UWV, SVB, CAK, Belastingdienst/Toeslagen, CJIB, DUO
# ---------------------------------------------------------------------------
add(r"""
{{o:UWV}}
Postbus 58285, 1040 HG Amsterdam

De heer [[p:F. Lopes Tavares]]
[[a:Wouwermanstraat 61]]
[[pc:2526 GD]] DEN HAAG

Datum: [[d:26 februari 2024]]
Onze referentie: [[z:WW-BSL-2024-71140332]]
Burgerservicenummer: [[b:839046029]]
Onderwerp: Beslissing WW-uitkering

Geachte heer [[p:Lopes Tavares]],

U heeft op [[d:2 februari 2024]] een WW-uitkering aangevraagd. U krijgt een WW-uitkering vanaf [[d:5 februari 2024]]. Uw uitkering duurt tot en met [[d:4 december 2024]].

Hoe hoog is uw uitkering?
De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%. Uw dagloon is € 118,36. Omdat u 20 uur per week bij {{o:Schoonmaakbedrijf Randstad Facility}} blijft werken, verrekenen wij uw inkomsten met uw uitkering.

Heeft u vragen? Bel {{o:UWV}} Telefoon WW: 088 - 898 92 94 (algemeen). Houd uw burgerservicenummer bij de hand.

Met vriendelijke groet,
[[p:J. Hendriks]]
{{r:uitkeringsdeskundige}}
=====
UWV | Ziektewet
Onderwerp: einde van uw Ziektewet-uitkering en aanvraag WIA

Geachte mevrouw [[p:Karijopawiro]],

Uw Ziektewet-uitkering stopt op [[d:17 oktober 2024]]. U bent dan 104 weken ziek. Wilt u daarna een WIA-uitkering? Vraag die dan uiterlijk 11 weken voor het einde van uw Ziektewet-uitkering aan: dus vóór [[d:1 augustus 2024]].

Uw {{r:re-integratiebegeleider}} bij UWV is mevrouw [[p:N. Safi]]. Zij is bereikbaar op [[t:06 - 52 91 40 88]], op maandag, dinsdag en donderdag.

Klantnummer: [[z:ZW 7711 6632 01]]
=====
{{o:Sociale Verzekeringsbank}}
Kantoor Leiden
Postbus 357, 2300 AJ Leiden

Mevrouw [[p:R.M. Isenia]]
[[a:Erasmusweg 1277]]
[[pc:2532 CX]] Den Haag

Datum: [[d:9 augustus 2024]]
Ons kenmerk: [[z:AIO-2024-3812734]]
Uw SVB-nummer: [[z:1183 447 02]]
Betreft: aanvulling op uw AOW (AIO)

Geachte mevrouw [[p:Isenia]],

U krijgt een onvolledige AOW, omdat u niet altijd in Nederland heeft gewoond. Van 1973 tot 1998 woonde u op Curaçao. Uw AOW is daardoor 50% van het volledige bedrag. Wij hebben onderzocht of u recht heeft op een aanvulling (AIO).

U krijgt vanaf [[d:1 juni 2024]] een AIO-aanvulling van € 604,27 bruto per maand. De eerste betaling, met terugwerkende kracht over juni en juli, ontvangt u rond [[d:23 augustus]] op rekening [[i:NL94RBRB6202224707]].

Let op: u moet wijzigingen in uw inkomen, vermogen of woonsituatie binnen vier weken aan ons doorgeven.

Met vriendelijke groet,
{{o:Sociale Verzekeringsbank}}
[[p:M. Zając]]
{{r:medewerker AIO}}
=====
SVB – Kinderbijslag

Geachte heer [[p:Mohamed Ali]],

Uw zoon [[p:Abdullahi]] wordt op [[d:14 november 2024]] 18 jaar. De kinderbijslag voor hem stopt daarom na het vierde kwartaal van 2024. Gaat [[p:Abdullahi]] naar school of studeert hij? Dan kan hij mogelijk studiefinanciering of een tegemoetkoming scholieren van {{o:DUO}} krijgen.

Uw klantnummer kinderbijslag: [[z:KB-4411908-03]]

Met vriendelijke groet,
{{o:Sociale Verzekeringsbank}}
=====
{{o:CAK}}
Postbus 84030, 2508 AA Den Haag
Telefoon 0800 - 1925 (gratis)

De heer [[p:G. Schouten]]
[[a:Nieboerweg 31-B]]
[[pc:2555 RS]] Den Haag

Datum: [[d:04-03-2024]]
CAK-klantnummer: [[z:4123 8871 11]]
Factuurnummer: [[z:2024-03-88112034]]
Betreft: eigen bijdrage Wmo – maart 2024

Geachte heer [[p:Schouten]],

U krijgt ondersteuning van de gemeente Den Haag op grond van de Wmo 2015. Hiervoor betaalt u een eigen bijdrage van € 21,80 per maand (abonnementstarief).

| periode        | voorziening                   | bedrag  |
| maart 2024     | huishoudelijke ondersteuning  | € 21,80 |

Wij schrijven het bedrag rond [[d:25 maart 2024]] af van rekening [[i:NL25INGB8115496034]].

Met vriendelijke groet,
{{o:CAK}}
=====
{{o:CAK}} | Regeling wanbetalers zorgverzekering

Mevrouw [[p:A.H. Jama]]
[[a:Loosduinsekade 318]]
[[pc:2571 CS]] Den Haag

Datum: [[d:15 april 2024]]
Kenmerk: [[z:WB-24-0413877]]
Burgerservicenummer: [[b:735714496]]

Betreft: u betaalt voortaan een bestuursrechtelijke premie

Geachte mevrouw [[p:Jama]],

Uw zorgverzekeraar {{o:DSW}} heeft u bij ons aangemeld, omdat u zes maanden of langer de premie niet heeft betaald. U bent nog steeds verzekerd. Vanaf mei 2024 betaalt u de premie niet meer aan DSW maar aan het CAK. Die premie is hoger dan uw gewone premie: € 184,75 per maand.

Wij houden de premie in op uw uitkering bij de {{o:gemeente Den Haag}} (bronheffing). U hoeft daar zelf niets voor te doen.

Gaat u naar {{o:schuldhulpverlening}} of heeft u een betalingsregeling met DSW? Dan kunt u uit deze regeling komen. Vraag uw {{r:schuldhulpverlener}} om dat aan ons te melden.

Met vriendelijke groet,
{{o:CAK}}
=====
{{o:Belastingdienst/Toeslagen}}
Postbus 8024
6710 AA  Ede

Dhr. [[p:Y. Kurt]]
[[a:Hoefkade 1090]]
[[pc:2526 BT]] DEN HAAG

Datum: [[d:12 juli 2024]]
Ons kenmerk: [[z:TSL/HT/2022/83.14.40.112]]
Burgerservicenummer: [[b:4994.93.783]]
Betreft: definitieve berekening huurtoeslag 2022

Geachte heer [[p:Kurt]],

Wij hebben uw huurtoeslag over 2022 definitief berekend. Uw inkomen was hoger dan wij dachten. U moet daarom huurtoeslag terugbetalen.

                                  2022
Ontvangen voorschot              € 3.168,00
Definitief recht                 € 1.912,00
Terug te betalen                 € 1.256,00

U ontvangt binnenkort een aparte brief met het betalingskenmerk en de uiterste betaaldatum. Kunt u het bedrag niet in één keer betalen? Dan krijgt u automatisch een betalingsregeling van maximaal 24 maanden.

Met vriendelijke groet,
Belastingdienst/Toeslagen
=====
Van: [[p:Annelies Brink]]
Aan: [[p:Tarik]]; [[p:Fleur de Jong]]
Onderwerp: Toeslagen dhr [[p:Kurt]] - wat doen we?

Hoi allebei,

Dhr [[p:Kurt]] kwam vanochtend langs met de brief van Toeslagen van [[d:12-7]] (terugvordering huurtoeslag 2022, € 1.256). Hij snapt er niks van want hij had in 2022 alleen WW. Ik vermoed dat het inkomen van zijn toenmalige partner is meegeteld, mevr. [[p:Arslan]], die tot augustus 2022 bij hem stond ingeschreven.

Ik wil bezwaar maken maar de termijn loopt af op [[d:23 augustus]]. [[p:Fleur]], kun jij als {{r:sociaal raadslid}} meekijken? [[p:Tarik]], hij heeft jou als vaste contactpersoon genoemd, kun jij hem bellen om een afspraak te maken? Zijn nummer: [[t:0687 44 12 09]].

Groet, [[p:Annelies]]
=====
{{o:Belastingdienst}}
Aanslag inkomstenbelasting 2022

Mevrouw [[p:P.K. Wattimena]]
[[a:Thomsonlaan 118]]
[[pc:2565 KD]] DEN HAAG

Aanslagnummer: [[z:3414.86.218.H.26]]
Dagtekening: [[d:30 juni 2024]]
Betalingskenmerk: [[z:3414 8621 8260 4410]]
Te betalen: € 1.148,00
Uiterste betaaldatum: [[d:31 augustus 2024]]

Betaal het bedrag op rekening [[i:NL86 INGB 0002 4455 88]] van de Belastingdienst, Apeldoorn, onder vermelding van het betalingskenmerk.
=====
{{o:Uitvoeringsorganisatie Herstel Toeslagen}}

Geachte heer en mevrouw [[p:Benali-El Ouardi]],

Op [[d:3 mei 2024]] hebben wij u laten weten dat u gedupeerd bent van de problemen bij de kinderopvangtoeslag. U krijgt de Catshuisregeling van € 30.000,-. Daarnaast nemen wij uw publieke schulden over. Uw private schulden worden geregeld via het {{o:SBNS}}.

Uw {{r:persoonlijk zaakbehandelaar}} is [[p:Rutger Winter]]. Hij belt u binnen twee weken voor een afspraak. U kunt hem ook bereiken via [[t:06 - 30 41 72 95]] of via [[e:r.winter@toeslagen.nl]].

Uw zaaknummer: [[z:UHT-2020-0998341]]
=====
Geachte heer [[p:Ahmadi]],

Bij de {{o:Centraal Justitieel Incassobureau}} staat een boete op uw naam die nog niet is betaald:

Beschikkingsnummer: [[z:2024 8812 0034 1175]]
Datum overtreding: [[d:08-03-2024]]
Oorspronkelijk bedrag: € 119,00 + € 9,00 administratiekosten
Eerste verhoging: € 64,00
Tweede verhoging: € 128,00
Totaal nu te betalen: € 320,00

Betaal dit bedrag vóór [[d:18-07-2024]] op rekening [[i:NL53 ABNA 4194 9744 17]] (CJIB Leeuwarden). Als u niet betaalt, kan het CJIB beslag laten leggen op uw loon of auto, of een dwangbevel uitvaardigen.

Kunt u het bedrag niet in één keer betalen? Vraag dan via cjib.nl een betalingsregeling aan.
=====
{{o:Dienst Uitvoering Onderwijs}}
Terugbetalen studieschuld

Beste [[p:Kevin Doelwijt]],

Vanaf januari 2025 moet u uw studieschuld terugbetalen. U betaalt € 97,18 per maand. Uw huidige schuld is € 18.402,56 (peildatum [[d:1 oktober 2024]]).

Heeft u een laag inkomen? Vraag dan een aanpassing van uw maandbedrag aan (draagkrachtmeting). Uw inkomen over 2023 bepaalt dan uw maandbedrag.

Uw gegevens
Klantnummer DUO: [[z:7723018844]]
Incassorekening: [[i:NL33KNAB6080243909]]
Geboortedatum: [[d:17-05-1999]]
=====
Geachte mevrouw [[p:Tekle]],

In uw aanvraag voor zorgtoeslag 2024 staat dat uw toeslagpartner de heer [[p:Mehari Weldemichael]] is. Volgens de {{o:Basisregistratie Personen}} staat hij niet op uw adres ingeschreven, maar op [[a:Tesselsestraat 9-1]] in {{w:Duindorp}}. Wilt u ons binnen 4 weken laten weten wat juist is? Gebruik daarvoor het antwoordformulier.

Aanvraagnummer: [[z:ZT-2024-00412278]]

Met vriendelijke groet,
{{o:Dienst Toeslagen}}
""")

# ---------------------------------------------------------------------------
# 5. Health insurers
# ---------------------------------------------------------------------------
add(r"""
{{o:Zilveren Kruis}}
Postbus 444, 2740 AK Waddinxveen

Mevrouw [[p:M. Yılmaz-Öztürk]]
[[a:Schalk Burgerstraat 212]]
[[pc:2572 VB]] Den Haag

Datum: [[d:21 maart 2024]]
Relatienummer: [[z:163 448 917]]
Betreft: u heeft een betalingsachterstand van 4 maanden

Geachte mevrouw [[p:Yılmaz-Öztürk]],

U heeft de premie voor uzelf en uw man, de heer [[p:H. Yılmaz]], over de maanden november tot en met februari niet betaald.

Openstaande premie
november    € 289,30
december    € 289,30
januari     € 302,10
februari    € 302,10
totaal      € 1.182,80

Als u binnen 4 weken niet betaalt en ook geen betalingsregeling aanvraagt, melden wij u na 6 maanden achterstand aan bij het {{o:CAK}}. U betaalt dan een hogere premie (bestuursrechtelijke premie).

Bent u in de schuldhulpverlening of heeft u een {{r:bewindvoerder}}? Laat het ons weten; dan gelden andere afspraken.

Met vriendelijke groet,
Zilveren Kruis – afdeling Debiteurenbeheer
=====
Van: [[p:Femke Willemse]] | {{o:CZ}} Incasso <[[e:f.willemse@cz.nl]]>
Aan: [[p:Rob van Dam]]
Onderwerp: voorstel regeling – relatienr [[z:7120 4418 993]]

Geachte heer [[p:Van Dam]],

Dank voor uw voorstel namens uw cliënt, de heer [[p:Owusu]]. CZ gaat akkoord met een regeling van € 50,00 per maand voor de achterstand van € 1.467,22, onder de voorwaarde dat de lopende premie via automatische incasso wordt betaald. Het machtigingsformulier sluit ik bij; graag ondertekend retour vóór [[d:1 mei]].

Na ontvangst melden wij de heer [[p:Owusu]] niet aan bij het CAK.

Met vriendelijke groet,
[[p:Femke Willemse]]
{{r:specialist Incasso}} CZ
=====
{{o:Menzis}}
Beslissing op uw declaratie

Verzekerde: [[p:Liu Yang]]
Polisnummer: [[z:2840.019.557]]
Geboortedatum: [[d:06-12-1961]]

| Datum behandeling | Zorgaanbieder                  | Gedeclareerd | Vergoed | Eigen risico |
| [[d:14-02-2024]]        | {{o:HMC Westeinde}}                  | € 1.240,00   | € 855,00  | € 385,00 |
| [[d:02-03-2024]]        | {{o:Apotheek Zuiderpark}}            | € 38,40      | € 0,00    | € 0,00   |

Het bedrag van de apotheek vergoeden wij niet: het middel valt niet onder de basisverzekering en u heeft geen aanvullende verzekering. U ontvangt van ons een factuur voor het eigen risico van € 385,00. U kunt dit in 10 termijnen betalen.
=====
Geachte mevrouw [[p:Hashemi]],

Via de {{o:gemeente Den Haag}} bent u aangemeld voor de {{o:Zorgverzekering Den Haag}} (gemeentepolis) bij {{o:VGZ}}. Uw verzekering gaat in op [[d:1 januari 2025]]. Uw oude verzekering bij {{o:ONVZ}} hebben wij voor u opgezegd.

Verzekerden op deze polis:
- [[p:Zahra Hashemi]], [[d:12-04-1984]]
- [[p:Amir Hashemi]], [[d:30-01-2011]]
- [[p:Sara Hashemi]], [[d:19-09-2015]]

Uw nieuwe polisnummer is [[z:8812 4471 0]]. U ontvangt uw zorgpassen in december.

Met vriendelijke groet,
{{o:VGZ}}
=====
Uw zorgverzekeraar betaalt de rekening van de tandarts niet. Dat komt omdat de behandeling niet in de basisverzekering zit. De rekening is € 312,00. Als u het bedrag niet in één keer kunt betalen, kunt u de tandarts vragen om een betalingsregeling. Heeft u een laag inkomen, dan kunt u misschien bijzondere bijstand aanvragen bij de gemeente.
""")

# ---------------------------------------------------------------------------
# 6. Schools, GP practices, youth and health partners
# ---------------------------------------------------------------------------
add(r"""
{{o:Basisschool De Vlinderboom}}
{{w:Laakkwartier}}

Aan de ouders van [[p:Nour]] en [[p:Yara Khalil]]

Den Haag, [[d:13 september 2024]]

Beste meneer en mevrouw [[p:Khalil]],

Wij hebben gemerkt dat [[p:Nour]] (groep 6) en [[p:Yara]] (groep 3) de afgelopen twee weken vier keer na 9.00 uur op school kwamen en twee dagen afwezig waren zonder afmelding. Wij maken ons zorgen en willen graag met u in gesprek.

U bent welkom op [[d:donderdag 19 september]] om 15.00 uur bij de {{r:intern begeleider}}, mevrouw [[p:Van Leeuwen]]. Er kan een tolk Arabisch bij zijn.

Met vriendelijke groet,
[[p:Sanne Kuiper]], {{r:directeur}}
=====
Van: [[e:m.vanleeuwen@devlinderboom.nl]]
Aan: SWT {{w:Laak}} – [[p:Hamid]]
Onderwerp: fam. [[p:Khalil]] ([[a:Rijswijkseweg 412 2e]])

Hoi [[p:Hamid]],

Na ons telefoontje even op de mail: de ouders hebben het toestemmingsformulier getekend, dus ik mag informatie delen. Moeder vertelde in het gesprek van [[d:19/9]] dat vader sinds de zomer in Duitsland werkt en dat zij de post niet kan lezen. Er ligt een stapel brieven van {{o:Eneco}} en een deurwaarder thuis. Ze was bang dat de kinderen uit huis gehaald worden als ze dat vertelt.

Wil jij contact met haar opnemen? Haar nummer is [[t:06-19 33 80 42]]. Ze spreekt Arabisch en een beetje Nederlands.

Groetjes, [[p:Marieke]]
{{r:IB'er}} groep 1-4 en 5-8
=====
{{o:ROC Mondriaan}}
Afdeling Studentzaken

Aan: [[p:Dylan Monsels]]
[[a:Parallelweg 80]]
[[pc:2525 NL]] Den Haag

[[d:04-11-2024]]
Studentnummer: [[z:1109423]]
Betreft: uitschrijving en melding RMC

Beste [[p:Dylan]],

Je bent sinds [[d:16 september]] niet meer op school geweest en we hebben je niet kunnen bereiken. Daarom schrijven wij je per [[d:1 november 2024]] uit voor de opleiding Logistiek medewerker (niveau 2). Omdat je jonger bent dan 23 jaar en geen startkwalificatie hebt, melden wij dit bij het {{o:RMC}} (Regionaal Meld- en Coördinatiepunt) van de gemeente. Een {{r:trajectbegeleider}} neemt contact met je op.

Groet,
[[p:Ilse de Graaf]]
{{r:studieloopbaanbegeleider}}
=====
{{o:Huisartsenpraktijk Zuiderpark}}
Verwijsbrief

Aan: {{o:Parnassia}}, team volwassenen {{w:Den Haag Zuid}}
Datum: [[d:7-2-2024]]

Betreft: dhr. [[p:Abdirizak Osman]], geb. [[d:01-01-1985]]
BSN: [[b:692859603]]
Adres: [[a:Zuiderparklaan 77]], [[pc:2574 HA]] Den Haag
Tel: [[t:06 44 17 38 02]]
Zorgverzekeraar: {{o:DSW}}, polisnr [[z:003318774]]

Geachte collega,

Graag verwijs ik bovengenoemde patiënt voor diagnostiek en behandeling. Sinds ongeveer een jaar slaapstoornissen, herbelevingen en prikkelbaarheid na vlucht uit Somalië. Gebruikt geen medicatie. Heeft twee gesprekken gehad met onze {{r:POH-GGZ}}, [[p:Liesbeth]]. Werkhypothese: PTSS. Patiënt spreekt redelijk Nederlands. Hij wordt begeleid door het {{o:sociaal wijkzorgteam}} {{w:Moerwijk}} (contact: [[p:Hamza]], [[t:06 – 29 70 55 14]]).

Met collegiale groet,
[[p:S.M. Kalloe]], {{r:huisarts}}
=====
{{o:Huisartsenpraktijk Bezuidenhout-Oost}}

Geachte heer [[p:Lewandowski]],

Wij hebben helaas moeten besluiten u uit te schrijven als patiënt van onze praktijk per [[d:1 maart 2024]]. Op [[d:9 februari]] heeft u zich in de wachtkamer agressief gedragen tegenover onze {{r:doktersassistente}}. Wij hebben daarvan aangifte gedaan.

Tot u een nieuwe huisarts heeft gevonden, kunt u voor spoedeisende zorg bij ons terecht. Uw medisch dossier sturen wij op verzoek door naar uw nieuwe huisarts.

Met vriendelijke groet,
namens de huisartsen,
dr. [[p:E.J. Brouwer]]
=====
Van: [[p:Esra Güler]] (POH-GGZ) <[[e:poh@hapraktijk-rustenburg.nl]]>
Aan: [[p:Inge]] SWT {{w:Rustenburg-Oostbroek}}
Onderwerp: patiënt mw. [[p:Doelwijt]] – toestemming ligt er

Hoi [[p:Inge]],

Mevrouw [[p:Doelwijt]] ([[d:23-06-1967]]) heeft vandaag bij mij getekend dat we mogen afstemmen. Kort: ze is sinds de dood van haar zoon somber, slaapt slecht, komt nauwelijks buiten. Wat haar het meest stress geeft is de post: een brief van de {{o:SVB}} over een nabestaandenuitkering die ze niet begrijpt, en aanmaningen van {{o:Menzis}}. Als jullie daar iets mee kunnen, scheelt dat mij gesprekken.

Ze komt eens per 2 weken bij mij, volgende afspraak [[d:ma 17 juni]] 10.30.

Groet,
[[p:Esra]]
=====
{{o:Gezondheidscentrum Schilderswijk}}

Herinnering: afspraak gemist

Beste mw. [[p:Oulad Ali]],

U had op [[d:woensdag 3 juli 2024]] om 08.40 uur een afspraak bij de {{r:praktijkondersteuner}} voor uw diabetescontrole. U bent niet gekomen en heeft niet afgezegd. Wilt u een nieuwe afspraak maken? Bel tussen 08.00 en 10.00 uur naar 070 - 380 21 00 (keuze 2).

Patiëntnummer: [[z:P-44817]]
=====
{{o:Johan de Witt Scholengroep}}
Locatie Oost – zorgcoördinatie

Aan: {{o:Centrum Jeugd en Gezin}} {{w:Haagse Hout}}
Betreft: leerling [[p:Safiya Abdi]], klas 2B, leerlingnummer [[z:204417]]

Datum: [[d:28 mei 2024]]

Beste [[p:Jeroen]],

In het ZAT-overleg van [[d:23 mei]] is besloten [[p:Safiya]] aan te melden bij het CJG. Aanleiding: verzuim (31 uur in periode 3), signalen van zorgtaken thuis (moeder heeft MS) en geldzorgen (schoolkosten niet betaald, ouderbijdrage € 145 staat open). Vader, de heer [[p:Abdi Hersi]], is akkoord; het toestemmingsformulier zit in de bijlage. Telefoon vader: [[t:+31 6 8120 5537]].

Met vriendelijke groet,
[[p:Nicole Verhagen]]
{{r:zorgcoördinator}}
=====
Beste ouders en verzorgers,

De vrijwillige ouderbijdrage voor dit schooljaar is € 65,00 per kind. Heeft u een Ooievaarspas, dan betaalt de gemeente de bijdrage voor u. Geef het pasnummer dan door aan de administratie. Kunt u het bedrag niet betalen, dan kan uw kind gewoon mee op schoolreis. U kunt het bedrag ook in drie termijnen betalen.

Met vriendelijke groet,
De directie
""")

# ---------------------------------------------------------------------------
# 7. Courts, bewind, schuldsanering, lawyers
# ---------------------------------------------------------------------------
add(r"""
{{o:RECHTBANK DEN HAAG}}
Team Kanton – Bewind, curatele en mentorschap

zaaknummer: [[z:C/09/661204 / BM RK 24-1877]]
datum uitspraak: [[d:19 maart 2024]]

BESCHIKKING

op het verzoek van:
[[p:Gerrit Anton Kerkhof]],
wonende te Den Haag,
verzoeker,

tot onderbewindstelling van de goederen van:
[[p:Wilhelmina Johanna Kerkhof-Vos]],
geboren op [[d:3 april 1941]] te 's-Gravenhage,
wonende te ([[pc:2594 BK]]) Den Haag, [[a:Theresiastraat 301]],
rechthebbende.

De kantonrechter:
- stelt de goederen die (zullen) toebehoren aan rechthebbende onder bewind wegens haar lichamelijke en geestelijke toestand;
- benoemt tot {{r:bewindvoerder}}: {{o:Stichting Haags Budgetbeheer}}, gevestigd te Den Haag;
- bepaalt dat de bewindvoerder binnen drie maanden een boedelbeschrijving indient.

Deze beschikking is gegeven door mr. [[p:A.C. Schipper]], {{r:kantonrechter}}, en in het openbaar uitgesproken in aanwezigheid van [[p:L. Hoogendijk]], {{r:griffier}}.
=====
Rechtbank Den Haag
Sector kanton, locatie Den Haag

Vonnis in de zaak van
{{o:STICHTING HAAG WONEN}}, eiseres, gemachtigde: {{o:Haagsche Poort Gerechtsdeurwaarders}},
tegen
[[p:Laszlo Farkas]], wonende te Den Haag, gedaagde, niet verschenen.

Zaaknummer/rolnummer: [[z:10877120 \ CV EXPL 23-41198]]
Vonnis van [[d:7 december 2023]]

De kantonrechter:
ontbindt de huurovereenkomst tussen partijen met betrekking tot de woning aan de [[a:Jan van Riebeekstraat 22-b]] te Den Haag;
veroordeelt gedaagde de woning binnen 14 dagen na betekening van dit vonnis te ontruimen;
veroordeelt gedaagde tot betaling van € 4.881,27 aan huurachterstand tot en met november 2023, vermeerderd met € 802,14 per maand vanaf december 2023 tot de dag van ontruiming;
veroordeelt gedaagde in de proceskosten, tot op heden aan de zijde van eiseres begroot op € 894,82.
=====
Rechtbank Den Haag, team insolventie
Oproeping mondelinge behandeling

Aan: [[p:S.B. Hassan]]
[[a:Wateringseweg 133]]
[[pc:2552 HJ]] Den Haag

Datum: [[d:10-06-2024]]
Insolventienummer: [[z:C/09/24/377 R]]

U wordt opgeroepen voor de behandeling van uw verzoek tot toepassing van de schuldsaneringsregeling (Wsnp) op [[d:dinsdag 25 juni 2024]] om 11.20 uur, in het Paleis van Justitie aan de Prins Clauslaan, zaal 3.04.

Neem mee: een geldig legitimatiebewijs en eventueel nieuwe stukken over uw inkomen of schulden. U mag iemand meenemen, bijvoorbeeld uw {{r:schuldhulpverlener}}.

De {{r:griffier}}
=====
{{o:Hofstad Advocaten}}
mr. [[p:Y. el Amrani]]
T [[t:070 - 362 84 19]] (direct) | [[e:elamrani@hofstadadvocaten.nl]]

Aan: {{o:Rechtbank Den Haag}}, team kanton
per fax en per post

Den Haag, [[d:2 oktober 2024]]

Betreft: [[p:Ramdin]] / {{o:Staedion}}
Uw zaaknummer: [[z:11201877 \ CV EXPL 24-28401]]
Ons kenmerk: [[z:24.0419/YE]]

Edelachtbare,

Namens gedaagde, mevrouw [[p:K. Ramdin]], verzoek ik om aanhouding van de zaak met vier weken. Cliënte heeft op [[d:25 september 2024]] een volledige betaling van de huurachterstand toegezegd gekregen van {{o:Stichting Urgente Noden Den Haag}}, welke betaling uiterlijk [[d:15 oktober]] wordt verwacht. Eiseres, bij monde van mevrouw [[p:Jansen]], heeft telefonisch laten weten geen bezwaar te hebben tegen aanhouding.

Hoogachtend,
mr. [[p:Y. el Amrani]]
=====
{{o:Gerechtshof Den Haag}}
Afdeling civiel recht

Aan mr. [[p:T. van Wijk]]
Zaaknummer hof: [[z:200.331.918/01]]
Zaaknummer rechtbank: [[z:C/09/640118 / FA RK 23-3350]]

Datum: [[d:14 augustus 2024]]

Geachte heer [[p:Van Wijk]],

In de zaak van uw cliënt [[p:Jeroen Zwart]] tegen de beschikking van de rechtbank over de ondercuratelestelling van [[p:Anneke Zwart-Smit]] is de mondelinge behandeling bepaald op [[d:vrijdag 27 september 2024]] om 13.30 uur. De rechtbank heeft het dossier aan het hof gezonden.

De {{r:griffier}}
=====
Verantwoording bewind 2023

Rechthebbende: [[p:Ahmed Tahiri]]
Bewindvoerder: {{o:Bewindvoering Residentie B.V.}}
Beschermingsbewind sinds: [[d:12 mei 2021]]
Beheerrekening: [[i:NL20SNSB5636420120]]
Leefgeldrekening: [[i:NL42RABO4873743929]]

Inkomsten 2023
Participatiewet-uitkering         € 14.118,40
Huurtoeslag                       €  3.144,00
Zorgtoeslag                       €  1.476,00
Totaal                            € 18.738,40

Uitgaven 2023
Huur ([[a:Delftselaan 112-II]])     €  8.311,56
Energie {{o:Vattenfall}}          €  1.680,00
Zorgverzekering {{o:DSW}}         €  1.596,00
Leefgeld (52 weken x € 95)        €  4.940,00
Aflossing schulden (via {{o:Kredietbank}}) €  1.200,00
Bewindvoerdersloon                €    962,16
Totaal                            € 18.689,72

Saldo [[d:31-12-2023]]                 €    48,68
=====
Van: mr. [[p:Mirjam Hoogland]] <[[e:m.hoogland@jl-denhaag.nl]]>
Aan: [[p:Esther]] (SWT {{w:Segbroek}})
Onderwerp: dhr [[p:Nowak]] - zitting kantonrechter

Beste [[p:Esther]],

Je vroeg wat er precies in de dagvaarding staat. Ik heb hem bekeken: de verhuurder ([[p:P. de Koning]], particulier) vordert ontbinding wegens huurachterstand van drie maanden en een ‘boete’ van € 1.500 die in het contract staat. Die boete is waarschijnlijk niet toewijsbaar. Zitting is [[d:12 november]], 10.00 uur, Prins Clauslaan.

Kan dhr. [[p:Nowak]] vóór [[d:5/11]] bij mij op het spreekuur komen met het huurcontract en de bankafschriften? Ik regel dan een toevoeging.

Groet,
[[p:Mirjam Hoogland]]
{{r:jurist}} {{o:Juridisch Loket}}
=====
Griffierecht en kosten – overzicht voor cliënten (informatieblad)

In een zaak bij de kantonrechter betaalt u griffierecht. Heeft u een laag inkomen, dan betaalt u een lager tarief. Voor een vordering tot € 500 is dat bijvoorbeeld € 88, voor een vordering tussen € 500 en € 12.500 is het € 128. Vraagt u een toevoeging aan voor een advocaat, dan betaalt u een eigen bijdrage. U kunt hierover gratis advies krijgen bij het {{o:Juridisch Loket}} (0900 - 8020) of bij de {{r:sociaal raadslieden}}.
""")

# ---------------------------------------------------------------------------
# 8. Forwarded e-mails, quoted replies, e-mail threads about letters
# ---------------------------------------------------------------------------
add(r"""
Ter info, zie hieronder. Kan iemand dit oppakken? Ik ben tot [[d:22 april]] met verlof.
[[p:Wouter]]

---------- Doorgestuurd bericht ---------
Van: [[p:Sevda Arslan]] <[[e:sevda.arslan87@hotmail.com]]>
Datum: [[d:di 9 apr 2024]] om 21:47
Onderwerp: brief van deurwaarder
Aan: [[p:Wouter Pronk]] <[[e:w.pronk@swt-escamp.nl]]>

Beste meneer [[p:Pronk]],

Ik heb vandaag een brief gekregen van een deurwaarder over de zorgverzekering van mijn ex, [[p:Burak]]. Maar we zijn al 2 jaar gescheiden, waarom krijg ik die brief? Er staat dat ze op [[d:23 april]] komen voor beslag op de inboedel. Ik heb een foto gemaakt, zie bijlage. Kenmerk is [[z:DW/2024/118834]].

Groetjes [[p:Sevda]]
=====
Van: [[p:Rachid Ouaziz]] <[[e:r.ouaziz@denhaag.nl]]>
Verzonden: [[d:donderdag 7 maart 2024]] 16:02
Aan: [[p:Jansen]], [[p:Petra]] <[[e:p.jansen@haagwonen.nl]]>
CC: SWT {{w:Bouwlust/Vrederust}}
Onderwerp: RE: huurder [[a:Hengelolaan 1402]] – stand van zaken

Beste [[p:Petra]],

De uitkering van dhr. [[p:Kaya]] is per [[d:1 maart]] weer hersteld, inclusief de achterstallige betaling over februari. Hij heeft ingestemd met directe betaling van de huur door ons (inhouding op de uitkering). Dat gaat in vanaf de betaling van eind maart.

Met vriendelijke groet,
[[p:Rachid Ouaziz]]
{{r:klantmanager}} Werk en Inkomen

-----Oorspronkelijk bericht-----
Van: [[p:Jansen]], [[p:Petra]] <[[e:p.jansen@haagwonen.nl]]>
Verzonden: [[d:dinsdag 5 maart 2024]] 10:14
Aan: [[p:Ouaziz]], [[p:Rachid]]
Onderwerp: huurder [[a:Hengelolaan 1402]] – stand van zaken

Goedemorgen [[p:Rachid]],

Hebben jullie al zicht op het herstel van de uitkering van dhr. [[p:Kaya]]? Wij hebben de ontruiming aangehouden tot [[d:15 maart]], maar dan moet er wel iets gebeuren. Contractnr. [[z:HW-0114-00981]].

Groet, [[p:Petra Jansen]]
=====
Op [[d:wo 6 mrt 2024]] om 09:12 schreef [[p:Lucas Hendriks]] <[[e:l.hendriks@wijkteam-segbroek.nl]]>:
> Hoi [[p:Ayla]],
> Weet jij of de aanvraag bijzondere bijstand van mw [[p:Haile]] al binnen is? Ze heeft de bon van het bed ([[d:12-2]], € 349) aan mij gegeven.
> [[p:Lucas]]

Hoi [[p:Lucas]], ja, die staat erin onder [[z:BB-2024-021344]]. Beslistermijn is acht weken, dus uiterlijk half april. Ik houd je op de hoogte.
[[p:Ayla]]
=====
From: [[p:Marek Zieliński]] <[[e:marek.zielinski@wp.pl]]>
Sent: [[d:Tuesday, March 19, 2024]] 7:41 AM
To: info wijkteam
Subject: letter from UWV

Hello,

I got letter from UWV but I dont understand Dutch good. It says something about "terugvordering" and 1.840 euro. My BSN is [[b:524060976]]. I work now in warehouse in Bleiswijk via agency. Can somebody explain me? I live [[a:Beeklaan 355b]], [[pc:2562 AN]].

Thank you
[[p:Marek]]
[[t:+31 6 4810 2277]]
=====
Doorgestuurd door [[p:Nina]] – graag inboeken in dossier [[z:SWT-ESC-24-0712]]

> Van: Klantenservice {{o:Eneco}} <[[e:noreply@eneco.nl]]>
> Datum: [[d:14-05-2024]]
> Onderwerp: Bevestiging betalingsregeling
>
> Beste mevrouw [[p:Ghebreyesus]],
>
> Uw betalingsregeling is vastgelegd. U betaalt de openstaande € 612,80 in 6 termijnen van € 102,13, te beginnen op [[d:28 mei 2024]]. Uw termijnbedrag blijft € 118,00 per maand.
>
> Klantnummer: [[z:1-8821-4470]]
> Leveringsadres: [[a:Van Zeggelenplein 92]], [[pc:2524 JB]] Den Haag
=====
Hoi,

Zie onderstaande mail van de bewindvoerder. Ik snap niet waarom ze nu opeens de huur niet meer betalen. Kun jij even bellen?

Gr [[p:Dewi]]

Van: [[p:B. Tanasale]] | {{o:Bewindvoering Zuid-Holland}}
Verzonden: [[d:vrijdag 12 juli 2024]] 13:55
Aan: [[p:Dewi Latuheru]]
Onderwerp: [[p:Tjon]] / beëindiging bewind

Geachte mevrouw [[p:Latuheru]],

Met ingang van [[d:1 juli 2024]] is het bewind over de goederen van de heer [[p:E. Tjon]] beëindigd door de kantonrechter, op zijn eigen verzoek. Vanaf die datum doen wij geen betalingen meer namens hem, ook de huur niet. De heer [[p:Tjon]] is hiervan schriftelijk op de hoogte gesteld.

Met vriendelijke groet,
[[p:Bart Tanasale]]
{{r:bewindvoerder}}
=====
Van: [[p:Karin Meijer]]
Aan: [[p:Vos]], [[p:Gerben]]; wijkteam-laak
Onderwerp: FW: Uw aanvraag kinderopvangtoeslag – [[p:A. Noori]]

Hierbij de mail van Toeslagen doorgestuurd met toestemming van mw. [[p:Noori]]. Zij kan pas in augustus weer werken als de opvang geregeld is. Wie kent de regels rond KOT bij een re-integratietraject?

[[p:Karin]]

> Geachte mevrouw [[p:Noori]],
> U heeft kinderopvangtoeslag aangevraagd voor [[p:Hamid Noori]] (geboren [[d:05-10-2021]]). Wij hebben nog niet genoeg gegevens om uw aanvraag te beoordelen. Stuur ons binnen 4 weken een verklaring van de gemeente over uw traject naar werk.
> Met vriendelijke groet, Dienst Toeslagen
=====
RE: RE: mw [[p:Demir]] – beslag op toeslagen??

[[p:Tom]] – klopt, de zorgtoeslag is beslagvrij. De deurwaarder had dat niet mogen pakken. Ik heb vandaag gebeld met mevr. [[p:Arends]] van het kantoor, zij storten het terug binnen 5 werkdagen. Hun dossiernr is [[z:2024/DW/30918]].

[[p:Hatice]] (mw. [[p:Demir]] zelf) heb ik gebeld en uitgelegd. Ze was erg opgelucht.

[[p:Saskia]]

-----Original Message-----
From: [[p:Tom de Boer]]
Sent: [[d:Monday, 3 June 2024]] 08:44
Subject: mw [[p:Demir]] – beslag op toeslagen??

Mw [[p:Demir]] belde in paniek, er is € 123 van haar rekening gehaald door deurwaarder. Dat is haar zorgtoeslag. Mag dat?
=====
Van: wijkteam {{w:Centrum}}
Aan: [[e:postbus.kredietbank@denhaag.nl]]
Onderwerp: aanvulling stukken schuldhulp – [[p:Vasile Munteanu]], [[d:20-03-1988]]

Goedemiddag,

Hierbij de ontbrekende stukken voor de intake van de heer [[p:Munteanu]] (uw kenmerk [[z:KB-I-2024-08819]]):
1. loonstroken april t/m juni (uitzendbureau)
2. brief {{o:Belastingdienst}} met aanslag 2022
3. overzicht schulden, door cliënt zelf ingevuld
4. kopie verblijfsdocument (EU)

Zijn telefoonnummer is gewijzigd: nieuw nummer [[t:06 2744 8153]].

Met vriendelijke groet,
[[p:Anouk Smit]]
{{r:welzijnscoach}} {{o:Stichting MOOI}}
=====
> Op [[d:29 aug. 2024]], om 15:31 heeft [[p:Ingrid de Groot]] <[[e:ingrid.degroot@svb.nl]]> het volgende geschreven:
>
> Beste heer [[p:Hermans]],
> Het formulier voor de AIO is niet compleet. Het vermogen op de spaarrekening van mevrouw [[p:Sitaldin]] ontbreekt. Kunt u die bankafschriften sturen?
> Met vriendelijke groet, [[p:Ingrid de Groot]], SVB

Beste mevrouw [[p:De Groot]],

In de bijlage de afschriften van de spaarrekening [[i:NL80SNSB9995987622]] van mevrouw [[p:Sitaldin]]. Het saldo was op [[d:1 augustus]] € 2.311,09.

Met vriendelijke groet,
[[p:Lars Hermans]], {{r:ouderenadviseur}} {{o:Xtra}}
=====
Van: [[p:Noor van Wijk]]
Verzonden: [[d:woensdag 2 oktober 2024]] 11:20
Aan: SWT {{w:Mariahoeve}}
Onderwerp: Doorst: brief CAK dhr [[p:Tang]]

Collega's, doorgestuurd van mijn persoonlijke mail; dhr [[p:Tang]] stuurt alles naar mij. Het gaat om een factuur van het CAK van € 412,40 voor zorg met verblijf. Volgens mij klopt dat bedrag niet meer sinds hij per [[d:1 juli]] weer thuis woont. Wie heeft er contact met CAK?

Begin doorgestuurd bericht:

Van: [[p:Tang Wei]] <[[e:tangwei1952@gmail.com]]>
Datum: [[d:1 oktober 2024]] om 20:14:09 CEST
Onderwerp: cak

mevrouw [[p:Noor]] hierbij brief. bedankt [[p:Tang]]
=====
Hoi [[p:Mila]],

Zie mail van school hieronder. Dit is de zus van [[p:Kevin]] uit onze casus, ik weet niet of je dat wist.

---
Van: Administratie {{o:Haags Montessori Lyceum}}
Aan: [[p:Mila Jansen]]
Datum: [[d:5 september 2024]]
Onderwerp: openstaande schoolkosten [[p:Shanice Doelwijt]]

Geachte mevrouw [[p:Jansen]],

U bent door moeder opgegeven als contactpersoon. Voor [[p:Shanice]] staat nog € 245,00 open aan schoolkosten (laptop en excursie). Kunt u nagaan of de {{o:Stichting Leergeld}} dit kan betalen?

Met vriendelijke groet,
[[p:J. Koster]], administratie
=====
Van: [[p:Benjamin Owusu-Ansah]] <[[e:b.owusuansah@kpnmail.nl]]>
Aan: [[e:klantenservice@dunea.nl]]
Onderwerp: Re: Re: afsluiting water [[a:Lijsterbesstraat 8]]

Zoals ik al 2x heb geschreven: ik heb de betalingsregeling gewoon betaald. Hieronder nog een keer het bewijs.

[[d:15-07-2024]]  € 45,00  aan DUNEA  omschrijving [[z:1200493311]]
[[d:15-08-2024]]  € 45,00  aan DUNEA  omschrijving [[z:1200493311]]

Graag een bevestiging dat de afsluiting van [[d:3 september]] NIET doorgaat. Er wonen 2 kleine kinderen in huis.

[[p:B. Owusu-Ansah]]

> Op [[d:19 aug. 2024]] schreef Dunea Klantenservice:
> Beste heer [[p:Owusu-Ansah]], wij hebben geen betaling van u ontvangen. Wij gaan op [[d:3 september 2024]] over tot afsluiting van de watertoevoer.
=====
-----Oorspronkelijk bericht-----
Van: [[p:Hans Groen]] <[[e:h.groen@gerechtsdeurwaarders-delta.nl]]>
Verzonden: [[d:maandag 23 september 2024]] 09:31
Aan: Sociaal Wijkzorgteam {{w:Scheveningen}}
Onderwerp: Uw cliënt [[p:Jacobs]] – ontruiming [[d:30 september]]

Geacht team,

Zoals telefonisch met uw collega [[p:Bas]] besproken: de ontruiming van de woning [[a:Badhuisstraat 188]] staat voor [[d:maandag 30 september]] om 09.00 uur. De verhuurder is niet bereid uitstel te geven. Wilt u zorgen voor opvang voor meneer [[p:Jacobs]] en zijn hond? De inboedel wordt opgeslagen bij {{o:Verhuisbedrijf Transvaal}}, waar hij hem binnen 13 weken kan ophalen.

Met vriendelijke groet,
[[p:H. Groen]]
{{r:gerechtsdeurwaarder}}
=====
Van: [[p:Lars]]
Aan: [[p:Ayla]]
Onderwerp: Fwd: afwijzing urgentie

Schrijnend dit. Bezwaar? Ik heb haar morgen om 10 uur.

> Van: Urgentiecommissie
> Aan: [[e:samira.elhamdaoui@live.nl]]
> Onderwerp: besluit urgentie [[z:URG-2024-01188]]
> Geachte mevrouw [[p:El Hamdaoui]], uw aanvraag voor urgentie is afgewezen. U woont met uw twee kinderen bij uw moeder in een driekamerwoning ([[a:Jacob van der Doesstraat 14]]). Dit is volgens de Huisvestingsverordening geen noodsituatie.
=====
Op [[d:vr 15 nov. 2024]] om 11:02 schreef [[p:Klaas Winter]] <[[e:klaas.winter@menzis.nl]]>:

> Geachte mevrouw [[p:Visser]], bedankt voor uw bericht. Voor uw cliënt, de heer [[p:Abdullah Karimi]], is de aanmelding bij het CAK ingetrokken nu er een schuldregeling loopt. Hij betaalt vanaf december weer de normale premie.

Top, dank voor de snelle reactie!
[[p:Marjolein Visser]]
{{r:schuldhulpmaatje}} {{o:SchuldHulpMaatje Den Haag}}
=====
Beste [[p:Priscilla]],

Dank voor je mail. Ik zie in ons systeem dat er voor dhr. [[p:Girigorie]] nog een lopende zaak staat bij het {{o:CJIB}}. Dat is een verkeersboete uit 2022. Die moet eerst geregeld worden voordat we een saneringskrediet kunnen aanbieden.

Met vriendelijke groet,
[[p:Dennis Vos]]
{{r:schuldhulpverlener}} {{o:Kredietbank Den Haag}}

Van: [[p:Priscilla Francisca]]
Verzonden: [[d:14-10-2024]] 10:22
Onderwerp: dhr [[p:Girigorie]], [[a:De la Reyweg 511]]

Hoi [[p:Dennis]], waarom duurt het zo lang voordat er een aanbod komt voor dhr [[p:Girigorie]]? Hij zit al 7 maanden in stabilisatie.
=====
Van: {{o:Belastingdienst}} (via Berichtenbox MijnOverheid)
Aan: [[p:K.A. Amrani]]
Onderwerp: Uw aangifte inkomstenbelasting 2023 – herinnering

Dit bericht is doorgestuurd door het wijkteam naar de {{r:vrijwillige belastinginvuller}} [[p:Ton]] ([[e:ton.vrijwilliger@gmail.com]]).

U heeft uw aangifte 2023 nog niet ingediend. Doe aangifte vóór [[d:1 september 2024]]. Als u geen aangifte doet, kunnen wij u een boete geven.
=====
Van: [[p:Yvonne Bakker]] ([[e:y.bakker@staedion.nl]])
Datum: [[d:14-11-2024]]
Aan: [[p:Hüseyin Doğan]] ([[e:h.dogan@swt-laak.nl]])
Onderwerp: RE: RE: RE: dhr. [[p:Aslan]] [[a:Hoefkade 330]]

Prima, dan zien we elkaar [[d:dinsdag 19/11]] om 11.00 uur bij dhr. thuis.
[[p:Yvonne]]

> Kan [[d:dinsdag 19 nov]]? Ik neem de {{r:schuldhulpverlener}} mee.
> [[p:Hüseyin]]
>> Dan stel ik voor dat we samen langsgaan. Ik kan di of do.
>>> Dhr. [[p:Aslan]] reageert niet op onze brieven, achterstand nu 3 mnd.
""")

# ---------------------------------------------------------------------------
# 9. Short internal e-mails and notes from professionals about letters
# ---------------------------------------------------------------------------
add(r"""
Hoi team, mw [[p:pinas]] heeft de tweede herinnering van Haag Wonen gekregen. Ik heb namens haar een brief gestuurd met verzoek om uitstel tot [[d:15/3]]. Kopie staat in het dossier. gr [[p:Sander]]
=====
Onderwerp: dhr [[p:boukhari]] terugvordering

Weet iemand of je bij terugvordering SZW kwijtschelding kan vragen na 5 jaar aflossen? Hij lost nu 75 p/m af op € 2.657. Kenmerk [[z:TV-2024/004417]].
=====
@[[p:Youssef]]: de IIT van dhr [[p:Jagernath]] loopt vast op de bankafschriften, [[p:Marloes]] van SZW heeft ze voor [[d:26/4]] nodig. Lukt het jou om ze bij hem op te halen?
=====
Korte vraag: Ik heb een brief van het CAK voor mw. [[p:Jama]] over de bestuursrechtelijke premie. Zij zit sinds deze maand in het traject bij de Kredietbank. Moet de {{r:schuldhulpverlener}} haar afmelden of kan ik dat doen? Dank, [[p:Iris]]
=====
Aan: casusoverleg {{w:Moerwijk}}
Van: [[p:Hamza Essabri]]
Datum: [[d:14 februari 2024]]

Agenda punt voor donderdag: dhr [[p:Osman]] – verwijzing Parnassia is binnen, wachttijd 14 weken. Hij heeft intussen een aanmaning van DSW gekregen (polis [[z:003318774]]). Voorstel: ik help hem met betalingsregeling, [[p:Liesbeth]] (POH) houdt de GGZ-kant.
=====
Hi [[p:Jolanda]], de brief van Staedion over onderhuur bij mw [[p:Maduro]] ligt bij jou toch? Ik kreeg vandaag een telefoontje van haar kleinzoon [[p:Jeremy]] ([[t:06-40 21 77 93]]), hij wil weten of hij eruit moet. Bel jij hem terug? [[p:Ruud]]
=====
notitie bij brief: deurwaarder GGN heeft regeling 35 p/m geaccepteerd voor dhr [[p:Westerhof]]. eerste termijn vóór [[d:1-6]]. dossier [[z:3001277421]]. overgedragen aan budgetmaatje [[p:Carla]].
=====
Beste collega's,

Ter info: de brieven van de Belastingdienst over de terugvordering huurtoeslag 2022 komen nu massaal binnen. Bij ons in het team al zeven cliënten. Advies van de sociaal raadslieden: altijd binnen zes weken bezwaar maken als het inkomen van een ex-partner is meegeteld. Vraag om een persoonlijke betalingsregeling als iemand de standaardtermijn niet kan betalen.

Groet,
[[p:Annelies]]
=====
aan [[p:Fleur]]: dhr [[p:kurt]] komt maandag 10.00 voor het bezwaar huurtoeslag, BSN en kenmerk staan in de mail van [[p:Annelies]]. Hij neemt zijn jaaropgaven WW mee.
=====
Vraagje voor de juristen onder ons: mag een incassobureau € 40 incassokosten rekenen op een hoofdsom van € 86,40? Gaat om mw [[p:Bouzidi]], dossier [[z:74338109]] bij Intrum. Volgens mij is 15% het max, dus € 40 minimum, dus ja?
=====
Van: [[p:Gijs]]
Onderwerp: moratorium [[p:Rosalia]] toegewezen!!

Rechtbank heeft vandaag het moratorium toegewezen, ontruiming [[d:6/9]] gaat niet door. Deurwaarder is geïnformeerd. Top werk iedereen. [[p:Theresia]] huilde aan de telefoon.
=====
Wie kan morgen met [[p:Sabina Dąbrowska]] mee naar de deurwaarder? Ze spreekt Pools en wat Engels. Afspraak 11.30, kantoor aan de Laan van Nieuw Oost-Indië. Ik heb zelf een MDO.
=====
FYI: mw [[p:Groen]] uit de Moerweg heeft een brief van het stadsdeel gehad over haar overlastmelding over de buurman. Ze vraagt ons of we "er iets mee kunnen". Buurman is bij ons niet bekend. Ik laat het bij een telefoontje. [[p:Fatima]]
=====
Dag [[p:Kees]],
Mevr. [[p:Pattipeilohy]] belde: ze kan [[d:vrijdag 7 juni]] toch niet voor het scootmobielgesprek, haar zoon [[p:Ricardo]] is dan in het ziekenhuis. Kun je het verzetten naar de week erna? Ze is bereikbaar op [[t:070 - 397 41 28]] (vast), liefst na 10 uur.
Groet, [[p:Marion]] (receptie Servicepunt XL)
=====
Hoi, ff checken: de beschikking Wmo van mw [[p:Verhoeven]] loopt tot [[d:31-1-2026]], maar haar dochter zegt dat de thuiszorg al gestopt is. Klopt dat? Zaaknr [[z:WMO-2024-031577]].
=====
Memo aan teamleider

Betreft: klachtbrief fam. [[p:Khalil]] over school

De familie [[p:Khalil]] heeft een klachtbrief gestuurd naar de school omdat zij vinden dat de school hen "beschuldigt". Ik heb met de IB'er ([[p:M. van Leeuwen]]) gesproken. Voorstel: een gezamenlijk gesprek met tolk, school, CJG en wij. Geen actie van jou nodig, alleen ter info.

[[p:Hamid]]
=====
Kort verslag telefoon met UWV ([[d:4 maart]]): de WW van dhr [[p:Lopes Tavares]] wordt gekort omdat hij 20 uur blijft werken. Netto houdt hij ongeveer 1.450 p/m over. Huur is 790. Geen reden voor bijzondere bijstand. Wel IIT volgend jaar checken.
=====
Collega's, ik zoek iemand die Tigrinya spreekt voor een brief van de SVB aan mw [[p:Tekle]] (toeslagpartner-vraag). Ze denkt dat haar man zijn kinderbijslag kwijt raakt. Mail me even. [[p:Bram]]
=====
Hoi [[p:Nina]], ik heb de betalingsregeling Eneco van mw [[p:Ghebreyesus]] ingeboekt. Volgende stap: de brief van de deurwaarder (Vattenfall, oud adres [[a:Zuidlarenstraat 61]]) moet nog naar de Kredietbank. Heb je die kopie nog? [[p:Marco]]
=====
ik heb de brief van de rechtbank voor dhr [[p:hassan]] (zitting wsnp [[d:25/6]]) in zijn map gelegd. hij wil dat [[p:Gijs]] meegaat. [[p:Gijs]] kun jij?
=====
Onderwerp: terugkoppeling huisbezoek fam. [[p:Soekhlal]]
Van: [[p:Ravi]]

Ooievaarspassen zijn binnen, kinderen kunnen nu op zwemles. Vader heeft werk gevonden (schoonmaak, 24 u). Ik sluit de casus af per [[d:1 april]], tenzij iemand bezwaar heeft.
=====
Snelle vraag: heeft iemand een contactpersoon bij Vidomes? Ze komen woningcontrole doen bij dhr [[p:W. Chen]] ([[a:Laan van Wateringse Veld 1042]]) en zijn dochter [[p:Mei]] is bang dat ze eruit moeten omdat zij er (nog) niet staat ingeschreven.
=====
To do na post vandaag:
- mw [[p:Hoek]]: Staedion dreigt met deurwaarder, bellen vóór [[d:25/3]]
- dhr [[p:Georgiev]]: gesprek overlast [[d:28/3]] 11.00, buurtbemiddeling mee
- mw [[p:Kowalczyk]]: brief SZW samenwonen, uitleggen wat ze terug moet betalen
- fam [[p:Azzouzi]]: oproep leerplicht [[d:15/11]], meegaan?
=====
Beste [[p:Saskia]], de brief voor dhr [[p:Mohamed Ali]] over de kinderbijslag klopt: [[p:Abdullahi]] wordt 18. Hij gaat naar het mbo dus studiefinanciering aanvragen. Ik help hem daar vrijdag mee op het Servicepunt. Groet, [[p:Jeroen]]
=====
Even gecheckt bij de griffie: zaak [[p:Farkas]] (ontbinding huur) is vonnis van [[d:7 december]], betekend op [[d:20 december]]. Ontruiming kan dus vanaf januari. Dhr. [[p:Farkas]] zegt dat hij niks heeft gekregen. Hij sliep toen bij zijn broer in Rijswijk.
=====
Wie kan me helpen: brief van DUO aan [[p:Kevin Doelwijt]], hij moet € 97/mnd aflossen maar heeft alleen een Wajong. Draagkrachtmeting aanvragen toch? Hij heeft geen DigiD. 
=====
Hoi allemaal,

Voor wie het nog niet weet: de nieuwe {{r:klantmanager}} voor {{w:Laak}} bij SZW is [[p:Yusuf Aydın]]. Hij is bereikbaar via [[e:y.aydin@denhaag.nl]] en [[t:06 - 11 92 48 30]]. [[p:Marloes Schipper]] is naar team Handhaving gegaan.
=====
ps: de brief over de urgentie van mw [[p:Amrani-Bouazza]] is binnen, ze heeft urgentie t/m [[d:2-11-2024]]. Opvang weet het al.
""")

# ---------------------------------------------------------------------------
# 10. Texts without personal data (templates, disclaimers, general notices,
#     look-alikes: amounts, article numbers, PO boxes, general phone lines)
# ---------------------------------------------------------------------------
add(r"""
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud niet te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend. De {{o:gemeente Den Haag}} aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.
=====
{{o:Gemeente Den Haag}}
Postbus 12600
2500 DJ  Den Haag
Telefoon 14 070
www.denhaag.nl

Bezoekadres: Stadhuis, Spui (ingang via het atrium)
Openingstijden: maandag t/m vrijdag 08.00 – 17.00 uur
=====
Beste collega's,

Vanaf deze maand behandelt {{o:Schuldhulpverlening Den Haag}} alle aanmeldingen binnen drie werkdagen. Meld cliënten aan via het digitale formulier; e-mails naar de oude postbus worden niet meer gelezen. Bij een dreigende ontruiming of afsluiting van energie of water geldt een crisisinterventie: dan belt de {{r:schuldhulpverlener}} dezelfde dag terug.

Vragen? Bel het algemene nummer 14 070 en vraag naar het Geldloket.

Team Schuldhulpverlening
=====
Beslagvrije voet 2024 – kort overzicht voor het team

| Situatie                            | Beslagvrije voet (ca.) |
| Alleenstaande, 21 jaar tot AOW      | € 1.364                |
| Alleenstaande ouder                 | € 1.435                |
| Gehuwd/samenwonend                  | € 1.949                |
| AOW, alleenstaande                  | € 1.530                |

Let op: dit zijn indicaties. De deurwaarder berekent de voet met de rekenmodule van de Rijksoverheid (artikel 475da Rv) en houdt rekening met woonkosten en zorgpremie. Controleer altijd de berekening in de brief. Is de voet te laag, vraag dan om herberekening binnen vier weken.
=====
Veelgestelde vraag: wat is het verschil tussen een aanmaning, een sommatie en een dagvaarding?

Een aanmaning is een herinnering van de schuldeiser. Een sommatie of 14-dagenbrief is de laatste kans om zonder incassokosten te betalen. Een dagvaarding is een oproep om bij de kantonrechter te verschijnen; alleen een deurwaarder mag die uitbrengen. Pas na een vonnis mag de deurwaarder beslag leggen op loon, uitkering, bankrekening of spullen.
=====
Let op nepberichten! De {{o:Belastingdienst}} en {{o:Dienst Toeslagen}} sturen nooit een sms of e-mail met een betaallink. Twijfelt u? Bel de BelastingTelefoon: 0800 - 0543. Klik niet op links en geef nooit uw DigiD-gegevens door.
=====
Uitnodiging themabijeenkomst vroegsignalering

Op de derde donderdag van de maand organiseren {{o:Haag Wonen}}, {{o:Staedion}} en {{o:Vestia}} samen met de {{o:gemeente Den Haag}} een bijeenkomst voor professionals over vroegsignalering van schulden. Tijd: 14.00 – 16.00 uur. Locatie: wijkcentrum in {{w:Escamp}}, zaal 1.12. Aanmelden via het secretariaat. Er is plek voor 40 deelnemers.
=====
Standaardtekst toestemmingsverklaring (versie 2024)

Ik geef toestemming aan het {{o:sociaal wijkzorgteam}} om voor de duur van de begeleiding informatie over mij op te vragen bij en te delen met de organisaties die ik hieronder aankruis:
☐ {{o:gemeente Den Haag}} (SZW, Wmo, Leerplicht)
☐ mijn woningcorporatie
☐ {{o:UWV}}
☐ {{o:SVB}}
☐ {{o:Belastingdienst/Toeslagen}}
☐ mijn zorgverzekeraar
☐ mijn huisarts
☐ school van mijn kind(eren)
☐ deurwaarders en incassobureaus

Naam: ……………………   Geboortedatum: ……………………
Handtekening: ……………………
=====
Checklist bij een brief van de deurwaarder
1. Van wie is de brief (deurwaarder of incassobureau)?
2. Gaat het om een dagvaarding, een vonnis of een beslag?
3. Welke termijn staat erin (bijvoorbeeld 8 dagen, 14 dagen)?
4. Is er al een vonnis? Zo ja: welke datum en welk zaaknummer?
5. Klopt de beslagvrije voet?
6. Bel de deurwaarder zelf; hun algemene nummer staat bovenaan de brief.
=====
Hoi allen, herinnering: het Servicepunt XL in {{w:Moerwijk}} is in de bouwvakantie (drie weken in juli) alleen op dinsdag en donderdag open. Post voor cliënten wordt dan in de kluis bewaard. Spreekuur sociaal raadslieden gaat gewoon door.
=====
Hierbij ontvangt u de jaaropgave 2023. Bewaar deze jaaropgave goed; u heeft hem nodig voor uw belastingaangifte en voor de aanvraag van toeslagen. Op de jaaropgave ziet u hoeveel uitkering u heeft ontvangen en hoeveel loonheffing is ingehouden. Heeft u vragen over deze jaaropgave? Bel 14 070, maandag tot en met vrijdag van 08.00 tot 17.00 uur.
=====
Normbedragen Participatiewet (netto per maand, inclusief vakantietoeslag) – tweede helft 2024

alleenstaande 21 jaar – AOW-leeftijd      € 1.370,62
gehuwden 21 jaar – AOW-leeftijd            € 1.958,03
alleenstaande ouder                        € 1.370,62 (+ kindgebonden budget via Toeslagen)

Bron: Staatscourant, uitvoeringsregels gemeente Den Haag, artikel 21 en 22 Participatiewet.
=====
Beste collega,

Je mail is goed ontvangen. Ik ben tot en met volgende week afwezig en lees mijn mail niet. Voor spoedeisende zaken kun je terecht bij het teamsecretariaat via het algemene nummer of bij de dienstdoende collega van het wijkteam.

Met vriendelijke groet
=====
Bezwaar maken: zo doet u dat

Schrijf een brief met:
- uw naam, adres en handtekening;
- de datum;
- het kenmerk en de datum van het besluit waartegen u bezwaar maakt;
- waarom u het niet eens bent met het besluit.
Stuur de brief binnen zes weken naar het adres dat in het besluit staat. Bijvoorbeeld: {{o:Gemeente Den Haag}}, Afdeling Bezwaar, Postbus 12600, 2500 DJ Den Haag. U kunt ook digitaal bezwaar maken met DigiD.
=====
Wist je dat? Huurders van {{o:Staedion}} en {{o:Haag Wonen}} met een huurachterstand van één maand worden sinds dit jaar automatisch doorgegeven aan de gemeente, als ze daar niet tegen zijn. Het wijkteam krijgt dan binnen vijf werkdagen een signaal. In {{w:Laak}} en {{w:Transvaal}} ging het vorig kwartaal om 112 huishoudens.
=====
Verslag intervisie (geanonimiseerd)

Casus: een alleenstaande moeder van drie kinderen met een huurachterstand van vier maanden en een beslag op haar uitkering. Vraag: hoe voorkom je dat de gezinsbegeleiding van het CJG en de schuldhulp van ons langs elkaar heen werken? Uitkomst: één gezamenlijk plan, één {{r:casusregisseur}}, maandelijks kort overleg. De deurwaarder is bereid gebleken het beslag op te schorten zodra er een schuldregeling loopt.
=====
Beste meneer, mevrouw,

U heeft een brief ontvangen over uw zorgtoeslag. In die brief staat dat u te veel zorgtoeslag heeft gekregen. Dat komt vaak doordat uw inkomen hoger was dan u had doorgegeven. U kunt het geld in termijnen terugbetalen. Wilt u hulp bij het lezen van de brief? Kom dan langs bij het spreekuur in het wijkcentrum, elke woensdag van 10.00 tot 12.00 uur.
""")

# ---------------------------------------------------------------------------
# 11. More letters: objections, authorisations, debt overviews, one-liners
# ---------------------------------------------------------------------------
add(r"""
[[p:Jamal Essaidi]]
[[a:Hanenburglaan 63]]
[[pc:2565 GX]] Den Haag
BSN: [[b:568349817]]

Aan: {{o:UWV}}
Afdeling Bezwaar en Beroep
Postbus 58285
1040 HG Amsterdam

Den Haag, [[d:16 april 2024]]

Betreft: bezwaar tegen uw besluit van [[d:7 maart 2024]], kenmerk [[z:WW-MAA-2024-0044781]]

Geachte heer, mevrouw,

Hierbij maak ik bezwaar tegen uw besluit om mijn WW-uitkering te weigeren omdat ik verwijtbaar werkloos zou zijn. Ik ben niet zelf weggegaan bij mijn werkgever. Mijn leidinggevende, de heer [[p:R. van Gelder]], heeft mij op [[d:28 januari 2024]] mondeling gezegd dat ik niet meer hoefde te komen. Een collega, mevrouw [[p:Sanne Ooms]], was daarbij.

Ik vraag u het besluit te herzien en mij alsnog een WW-uitkering toe te kennen. Ik wil graag gehoord worden.

Dit bezwaarschrift is opgesteld met hulp van het {{o:sociaal wijkzorgteam}} {{w:Bezuidenhout}}.

Met vriendelijke groet,

[[p:J. Essaidi]]
=====
MACHTIGING

Ondergetekende,
naam: [[p:Zeynep Arslan-Koç]]
geboortedatum: [[d:04-02-1979]]
BSN: [[b:255 076 599]] (zie kopie ID)
adres: [[a:Herman Costerstraat 46]], [[pc:2571 GN]] Den Haag

machtigt hierbij
naam: [[p:Iris van Dongen]], {{r:maatschappelijk werker}} bij {{o:Stichting Xtra}}

om namens mij contact te hebben met, informatie op te vragen bij en afspraken te maken met:
{{o:Dienst Toeslagen}}, {{o:CAK}}, {{o:Zilveren Kruis}} en {{o:Haag Wonen}}.

Deze machtiging is geldig tot [[d:31-12-2024]].

Den Haag, [[d:2 februari 2024]]
handtekening: ___________________
=====
{{o:Kredietbank Den Haag}}
Schuldhulpverlening – Team Schuldregeling

Aan de schuldeisers van de heer [[p:M.J. Kalloe]]

Datum: [[d:20 juni 2024]]
Ons dossier: [[z:KB-SR-2024-1187]]
Betreft: voorstel minnelijke schuldregeling

Geachte heer, mevrouw,

Namens onze cliënt, de heer [[p:Mahesh Jitendra Kalloe]], geboren [[d:12 oktober 1986]], wonende [[a:Loosduinseweg 714]], [[pc:2571 BT]] Den Haag, doen wij u een voorstel voor een schuldregeling. Hij kan in 18 maanden € 3.420,00 reserveren. Dit betekent een uitkering van 14,2% aan alle concurrente schuldeisers.

| Schuldeiser                        | Kenmerk schuldeiser     | Vordering   | Aanbod     |
| {{o:Haag Wonen}}                   | [[z:HW-0099-11823]]     | € 4.210,00  | € 597,82   |
| {{o:Belastingdienst/Toeslagen}}    | [[z:8123.45.678.T.22]]  | € 6.118,00  | € 868,76   |
| {{o:VGZ}}                          | [[z:VGZ-551208334]]     | € 1.902,40  | € 270,14   |
| {{o:Odido}} via {{o:Intrum}}       | [[z:74401182]]          | € 812,55    | € 115,38   |
| {{o:CJIB}}                         | [[z:2023 7710 9920 4411]] | € 640,00  | € 640,00 (preferent) |
| particuliere lening zus            | –                       | € 8.000,00  | € 927,90   |
| Totaal                             |                         | € 21.682,95 | € 3.420,00 |

Wij verzoeken u binnen 14 dagen te reageren.

Met vriendelijke groet,
[[p:Dennis Vos]]
{{r:schuldhulpverlener}}
=====
Betreft: mw. [[p:N. Kowalczyk]], geb. [[d:22-11-1983]], BSN [[b:491552282]]
=====
RE: aanmaning [[z:F240117733]] – betaald op [[d:28/03]]
=====
Uw kenmerk: [[z:VID-3321908]]   Ons kenmerk: [[z:SWT-HH-2024-0611]]   Datum: [[d:3 mei 2024]]
=====
{{o:Gemeente Den Haag}}
Schuldhulpverlening

Mevrouw [[p:T. Rosalia]]
[[a:Haagweg 44-F]]
[[pc:2281 AE]] Rijswijk

Datum: [[d:2 september 2024]]
Ons kenmerk: [[z:SHV-RW-24-0312]]
Betreft: besluit toelating schuldhulpverlening

Geachte mevrouw [[p:Rosalia]],

U bent toegelaten tot schuldhulpverlening. In het plan van aanpak staat wat u en wij gaan doen. U krijgt een {{r:budgetbeheerder}} die uw vaste lasten betaalt. Uw eerste afspraak is op [[d:9 september 2024]] om 09.30 uur.

Uw verplichtingen:
- u maakt geen nieuwe schulden;
- u geeft wijzigingen binnen een week aan ons door;
- u komt uw afspraken na.

Met vriendelijke groet,
[[p:Gijs Dekker]]
=====
{{o:Huisartsenpraktijk Mariahoeve-Noord}}

VERKLARING

Ondergetekende, [[p:E.C. Bhagwandin]], {{r:huisarts}}, verklaart dat mevrouw [[p:Rukhsana Bibi Mohan]], geboren [[d:15-08-1958]], wonende [[a:Ambachtsgaarde 206]] te Den Haag, onder behandeling is voor ernstige COPD en artrose. Zij kan geen trappen lopen. Een gelijkvloerse woning of een woning met lift is vanuit medisch oogpunt noodzakelijk.

Deze verklaring is op verzoek van patiënte opgesteld ten behoeve van haar aanvraag bij de {{o:Urgentiecommissie}}.

Den Haag, [[d:11 januari 2024]]
=====
Aan de directeur van {{o:Basisschool Al Ghazali}}

Aanvraag verlof buiten de schoolvakanties

Naam ouder: [[p:Mohamed Tahiri]]
Adres: [[a:Paul Krugerlaan 36]], [[pc:2571 HW]] Den Haag
Telefoon: [[t:06 48 77 19 20]]

Naam leerling(en) en groep:
[[p:Adam Tahiri]], groep 7
[[p:Lina Tahiri]], groep 4

Periode: van [[d:20 december 2024]] tot en met [[d:10 januari 2025]]
Reden: begrafenis van mijn vader ([[d:14-12-2024]]) in Nador, Marokko.

Datum: [[d:16-12-2024]]
=====
Aan: {{o:Belastingdienst}}, Team Uitstel van betaling

Betreft: verzoek om uitstel van betaling
Naam: [[p:Oksana Melnyk]]
Burgerservicenummer: [[b:918027834]]
Aanslagnummer: [[z:9180.27.834.H.36]]

Geachte heer, mevrouw,

Ik heb een aanslag inkomstenbelasting gekregen van € 2.160,00. Ik kan dit niet betalen. Ik werk als schoonmaakster en heb een inkomen van ongeveer € 1.300 per maand. Ik vraag u om kwijtschelding of een betalingsregeling van € 50 per maand.

Mijn bankrekening is [[i:NL30ABNA8169075501]].

Met vriendelijke groet,
[[p:O. Melnyk]]
[[a:Rijswijkseplein 12-C]], [[pc:2516 LX]] Den Haag
=====
Dhr. [[p:Sewdien]] belde vanochtend: beslag loonbeslag gaat per [[d:1-7]] in, werkgever PostNL heeft de brief al. Hij vraagt of het wijkteam nog iets kan doen. Dossier deurwaarder [[z:VR-24/07713]]. → doorgezet naar [[p:Leila]] (sociaal raadslid).
=====
{{o:CJIB}}
Aankondiging vervangende hechtenis

De heer [[p:I. Petrov]]
[[a:Cartesiusstraat 96-1]]
[[pc:2562 SE]] Den Haag

Datum: [[d:2 oktober 2024]]
CJIB-nummer: [[z:4421 0098 7712 0032]]

Geachte heer [[p:Petrov]],

U heeft de boete die de {{o:rechtbank Den Haag}} u heeft opgelegd nog niet betaald. Het openstaande bedrag is € 450,00. Als u niet vóór [[d:16 oktober 2024]] betaalt, kunnen wij de politie opdracht geven u aan te houden. U moet dan 9 dagen in de gevangenis doorbrengen (vervangende hechtenis). Daarna blijft de boete wel staan.

Betalen kan op rekening [[i:NL78ABNA9997129944]] t.n.v. CJIB onder vermelding van het CJIB-nummer.
=====
{{o:Sociaal Wijkzorgteam Transvaal}}
Aan: {{o:Dienst Toeslagen}}
Postbus 8024
6710 AA  Ede

Den Haag, [[d:5 augustus 2024]]

Betreft: wijziging inkomen en woonsituatie – mevrouw [[p:Aisha Mohammed Nur]], BSN [[b:924796960]]

Geachte heer, mevrouw,

Namens mevrouw [[p:Mohammed Nur]] (machtiging bijgevoegd) geven wij de volgende wijzigingen door:
1. Haar partner, de heer [[p:Yasin Abdullahi]], is per [[d:15 juli 2024]] vertrokken naar [[a:Oude Haagweg 390]], Den Haag.
2. Haar inkomen over 2024 wordt geschat op € 16.400 (bijstand alleenstaande ouder).

Wij verzoeken u de huurtoeslag, zorgtoeslag en het kindgebonden budget per [[d:1 augustus 2024]] opnieuw te berekenen.

Met vriendelijke groet,
[[p:Youssef el Khattabi]]
{{r:casusregisseur}}
=====
{{o:Staedion}}
Sleuteloverdracht nieuwe woning

Beste [[p:Khadija Amrani-Bouazza]],

Gefeliciteerd met uw nieuwe woning! De sleuteloverdracht is op [[d:woensdag 4 september 2024]] om 13.30 uur bij de woning:

[[a:Anna van Buerenplein 77]] (3e verdieping, lift aanwezig)
[[pc:2595 DA]] Den Haag

Neem uw legitimatiebewijs mee. Uw huurovereenkomst ([[z:500-719-332]]) en het opleverrapport tekenen we ter plekke.

Met vriendelijke groet,
[[p:Orlando Maduro]], {{r:verhuurconsultant}}
=====
Van: [[p:Joris de Vos]] <[[e:joris.devos@uwv.nl]]>
Aan: [[p:Jamal Essaidi]]
Onderwerp: uw afspraak werkcoach

Beste meneer [[p:Essaidi]],

Ik ben vanaf nu uw {{r:werkcoach}}. Ik wil graag met u kennismaken op [[d:do 23 mei]] om 14.00 uur op het UWV-kantoor aan de Maanweg. Neemt u uw cv mee? Lukt het niet, bel mij dan op [[t:06 - 83 71 20 46]].

Met vriendelijke groet,
[[p:Joris de Vos]]
=====
{{o:Rechtbank Den Haag}}
Beschikking toelating schuldsaneringsregeling

In de zaak van [[p:Sharmila Baldew]], geboren op [[d:2 maart 1980]], wonende te Den Haag,
insolventienummer [[z:C/09/24/412 R]].

De rechtbank:
- spreekt de toepassing van de schuldsaneringsregeling natuurlijke personen uit;
- benoemt mr. [[p:K. de Haan]] tot {{r:rechter-commissaris}};
- benoemt tot {{r:bewindvoerder}} [[p:F.M. Ramsaroep]], kantoorhoudende te Rijswijk;
- bepaalt dat de looptijd van de regeling 18 maanden bedraagt.

Uitgesproken op [[d:9 juli 2024]].
=====
Beste mevrouw [[p:Baldew]],

Ik ben uw {{r:Wsnp-bewindvoerder}}. Vanaf nu gaat al uw post naar mijn kantoor (postblokkade). Uw inkomen komt op de boedelrekening [[i:NL50RBRB2777189837]]; ik maak elke week uw leefgeld over naar uw eigen rekening.

Uw eerste gesprek bij mij is op [[d:30 juli]] om 10.00 uur. Neem mee: alle brieven van schuldeisers, uw huurcontract en bankpassen.

Met vriendelijke groet,
[[p:Femke Ramsaroep]]
[[t:070 - 415 98 02]] (direct) / [[e:femke@ramsaroep-bewind.nl]]
=====
Geachte dokter [[p:Kalloe]],

Ik ben {{r:maatschappelijk werker}} in het {{o:sociaal wijkzorgteam}} {{w:Moerwijk}} en begeleid de heer [[p:Abdirizak Osman]], geboren [[d:1 januari 1985]], uw patiënt. Meneer heeft mij toestemming gegeven om contact met u op te nemen (zie bijlage).

Hij heeft een brief gekregen van {{o:UWV}} dat hij zich moet laten keuren voor de Ziektewet. Hij is erg angstig daarvoor. Zou u willen meedenken of er een medische verklaring nodig is? Hij heeft een afspraak bij UWV op [[d:20 maart]].

Met vriendelijke groet,
[[p:Hamza Essabri]]
[[t:06 – 29 70 55 14]]
=====
{{o:CAK}}
Eigen bijdrage Wlz – beschikking

Aan: {{o:Bewindvoering Residentie B.V.}}
t.a.v. de heer [[p:P. Zomer]]
Inzake: mevrouw [[p:W.J. Kerkhof-Vos]], [[b:575569463]]

Datum: [[d:1 mei 2024]]

Geachte heer [[p:Zomer]],

Mevrouw [[p:Kerkhof-Vos]] verblijft sinds [[d:8 april 2024]] in {{o:Woonzorgcentrum Het Uiterjoon}}. Zij betaalt vanaf die datum een hoge eigen bijdrage Wlz van € 1.148,20 per maand. De eerste factuur ontvangt u in juni. Omdat het inkomen van 2022 is gebruikt, kunt u een herberekening vragen als het inkomen in 2024 veel lager is.

CAK-klantnummer: [[z:5523 0019 84]]
=====
Geachte mevrouw [[p:Willemse]],

Hierbij ontvangt u de getekende toestemmingsverklaring van de heer [[p:Kwame Owusu]]. Zoals afgesproken betalen wij vanaf [[d:1 mei 2024]] € 50,00 per maand aan CZ onder relatienummer [[z:7120 4418 993]]. De eerste betaling is op [[d:26 april]] gedaan vanaf de beheerrekening.

Met vriendelijke groet,
[[p:Rob van Dam]]
{{r:budgetbeheerder}} {{o:Budgetbeheer Haaglanden}}
=====
Onderwerp: mw. [[p:Okafor]] – brief Vidomes ontvangen, geen actie nodig
=====
{{o:Eneco}}
Aankondiging afsluiting

Aan de bewoner(s) van [[a:Steijnlaan 9]], [[pc:2593 ST]] Den Haag
Klantnummer: [[z:2801 4433 19]]
Contractant: [[p:R. Kuiper]]

Wij hebben uw betalingsachterstand van € 884,12 nog niet ontvangen. Wij gaan uw stroom en gas afsluiten op of na [[d:14 november 2024]]. Dat doen we niet als u hulp krijgt van schuldhulpverlening of als er iemand in huis is die afhankelijk is van medische apparatuur. Laat het ons dan direct weten.

Met toestemming hebben wij uw gegevens doorgegeven aan de {{o:gemeente Den Haag}}, zodat zij contact met u kunnen opnemen.
=====
Hoi [[p:Ravi]], volgens mij is de klant van Eneco op de Steijnlaan mw. [[p:Kuiper]], die kennen wij van vorig jaar (dossier [[z:SWT-HH-2023-0288]]). Ik ga vandaag langs.
""")

# ---------------------------------------------------------------------------
# 12. Mixed: long threads, signatures with switchboard and direct lines,
#     names that are ordinary words, typed-wrong numbers, tab tables
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Winter]], [[p:L.]] ([[p:Lotte]]) <[[e:l.winter@haagwonen.nl]]>
Verzonden: [[d:dinsdag 10 september 2024]] 08:57
Aan: [[p:Koning]], [[p:Bas]] <[[e:b.koning@swt-duindorp.nl]]>
Onderwerp: huurder [[p:Post]] – brief ontvangen?

Goedemorgen [[p:Bas]],

Heeft mevrouw [[p:Post]] onze brief van vorige week ontvangen? Wij krijgen geen reactie. Het gaat om de achterstand van € 2.406,18 en de aangekondigde dagvaarding. Haar post wordt volgens de buren niet meer geopend; de brievenbus zit vol.

Met vriendelijke groet,

[[p:Lotte Winter]]
{{r:huurincassomedewerker}} | {{o:Haag Wonen}}
T 070 - 312 00 00 (algemeen) | M [[t:06 - 15 48 20 73]]
Werkdagen: ma, di, do
=====
Van: [[p:Bas Koning]]
Verzonden: [[d:dinsdag 10 september 2024]] 14:12
Aan: [[p:Lotte Winter]]
Onderwerp: RE: huurder [[p:Post]] – brief ontvangen?

Hoi [[p:Lotte]],

Ik ben vanmiddag langs geweest. Mevrouw [[p:Post]] (82) is erg in de war; ze dacht dat de brieven reclame waren. Haar neef [[p:Gert-Jan Post]] regelt nu haar administratie ([[t:06 - 27 33 91 50]]). We vragen beschermingsbewind aan en zetten de casemanager dementie in. Wil je de dagvaarding aanhouden tot we verder zijn? Adres ter controle: [[a:Vissershavenweg 41a]], [[pc:2583 DL]].

Groet,
[[p:Bas]]
=====
Mevrouw [[p:Hoek]] heeft de brief van de deurwaarder ([[z:DLT-24-88310]]) aan mij gegeven. Bedrag € 2.118,40 + € 312,60 kosten. Regeling voorgesteld: € 60 p/m. Afwachten. — [[p:B. de Haan]] (Staedion) is op de hoogte.
=====
Geachte heer [[p:De Vos]],

Dank voor uw brief van [[d:30 oktober]]. Helaas kunnen wij uw verzoek om de vordering op de heer [[p:A. Groen]] kwijt te schelden niet inwilligen. Wel gaan wij akkoord met een betalingsregeling van € 25,00 per maand, ingaande [[d:1 december 2024]].

Ons dossiernummer: [[z:ZK-INC-24-1189034]]
Betalen op: [[i:NL95SNSB1401224170]] t.n.v. Zilveren Kruis Zorgverzekeringen

Met vriendelijke groet,
[[p:Jorien Visser]], afdeling Debiteuren {{o:Zilveren Kruis}}
Telefoon (algemeen): 071 - 751 00 52
=====
Hoi [[p:Nadia]],

Dhr [[p:Ivanov]] kwam vandaag met een tas vol brieven. Ik heb ze gesorteerd:

Schuldeiser	Soort brief	Datum	Bedrag
{{o:Vattenfall}}	aanmaning	[[d:02-04-2024]]	€ 318,20
{{o:GGN}} (voor {{o:Dunea}})	dagvaarding	[[d:11-04-2024]]	€ 641,17
{{o:Belastingdienst}}	aanslag 2022	[[d:30-06-2023]]	€ 1.148,00
{{o:Zilveren Kruis}}	herinnering	[[d:21-03-2024]]	€ 289,30
{{o:Odido}}	factuur	[[d:17-04-2024]]	€ 46,99

Totaal ongeveer € 2.443. De dagvaarding is voor [[d:24 april]], dus haast! Zijn dossier bij jullie is [[z:SHV-24-118870]].

[[p:Kim]]
=====
Van: [[p:Agnieszka Wójcik]] <[[e:aga.wojcik@onet.pl]]>
Aan: [[e:wijkteam.laak@denhaag.nl]]
Onderwerp: pomoc / hulp brief

Goede dag,

Ik heb brief van gemeente dat ik moet geld terug 1262 euro. Ik begrijp niet waarom. Mijn vriend [[p:Jakub]] woont niet bij mij, hij heeft alleen adres bij mij voor de post, hij woont echt bij zijn broer in Wateringen. Kenmerk op brief is [[z:WI/PW/23/91877]]. Kan iemand mij helpen? Ik spreek Pools en een beetje Nederlands. Mijn telefoon [[t:06 84 30 17 22]].

Dziękuję,
[[p:Agnieszka]]
=====
Beste [[p:Agnieszka]],

Bedankt voor uw mail. Ik ben [[p:Kasia Nowicka]] van het wijkteam en ik spreek Pools. Ik bel u morgen tussen 10 en 11 uur. Wilt u de brief bij de hand houden?

Met vriendelijke groet / Pozdrawiam,
[[p:Kasia Nowicka]]
{{r:welzijnscoach}} SWT {{w:Laak}}
=====
{{o:Haagsche Poort Gerechtsdeurwaarders}}
Algemeen: 070 - 399 20 20 | info: www.haagschepoort.nl

Beste [[p:Hamza]],

Zoals gevraagd hierbij het overzicht voor dhr. [[p:A. Osman]] (dossier [[z:HP-24-11902]]):
- vordering {{o:DSW}}, vonnis [[d:22-01-2024]]: € 1.318,40
- vordering {{o:Odido}}, nog geen vonnis: € 412,00
Wij schorten beslag op tot [[d:1 juni]] als wij vóór [[d:15 mei]] bericht hebben over toelating schuldhulp.

Met vriendelijke groet,
[[p:Saida Benhaddou]]
{{r:medewerker Minnelijke Incasso}}
Direct: [[t:070 - 399 20 47]]
=====
Verzoek tot heroverweging – dhr. [[p:D.K. Martina]] (geb. [[d:09-09-1991]])

Aan: {{o:UWV}} Werkbedrijf
Van: [[p:Noor van Wijk]], {{r:jobcoach}} {{o:Stichting Kessler}}

De maatregel (korting van 100% over één maand) is opgelegd omdat dhr. [[p:Martina]] niet verscheen op de afspraak van [[d:12 februari]]. Hij lag op die dag in het {{o:HagaZiekenhuis}} (opnameverklaring bijgevoegd). Ik verzoek u de maatregel in te trekken.
=====
Geachte mevrouw, geachte heer,

Uw brief van [[d:14-08-2024]] met kenmerk [[z:AIO-2024-3812734]] hebben wij in goede orde ontvangen. Wij laten u weten dat mevrouw [[p:R.M. Isenia]] per [[d:1 september 2024]] is verhuisd naar [[a:Sportlaan 411]], kamer 12, in {{o:Woonzorgcentrum Kijkduin}}. Wilt u haar AIO-aanvulling opnieuw berekenen?

Met vriendelijke groet,
namens mevrouw [[p:Isenia]],
[[p:Gracia Isenia]] (dochter)
[[t:+599 9 512 4488]]
=====
Korte vraag aan het team: iemand ervaring met de SVB en een AOW-gat door jaren in Suriname? Dhr. [[p:Monsels]] heeft maar 62% AOW en zijn AIO-aanvraag is afgewezen vanwege een spaarrekening van zijn vrouw. Die rekening staat alleen op naam van mw. [[p:Monsels-Kromodikoro]].
=====
{{o:Dienst Toeslagen}}
Betalingsregeling

Geachte heer [[p:Kurt]],

U betaalt de terugvordering huurtoeslag 2022 (€ 1.256,00) in 24 maandelijkse termijnen van € 52,33. Wij schrijven het termijnbedrag af van rekening [[i:NL80BUNQ3886842654]]. De eerste termijn is op [[d:28 oktober 2024]].

Betalingskenmerk: [[z:4994 9378 3220 0117]]
=====
Van: [[p:Pieter-Jan Brink]]
Aan: [[p:Annelies Brink]]
Onderwerp: bezwaar Toeslagen dhr [[p:Kurt]] – gegrond!

Goed nieuws: het bezwaar van dhr [[p:Kurt]] is gegrond verklaard. Het inkomen van mw [[p:Arslan]] was ten onrechte meegeteld. De betalingsregeling die al liep wordt stopgezet en de € 104,66 die hij al betaalde krijgt hij terug. Beslissing op bezwaar van [[d:18-11-2024]], kenmerk [[z:TSL/BZW/2024/0066172]].
=====
aan: wijkteam
van: [[p:Ria de Wit]]

ik wil een klacht indienen over de deurwaarder die vandaag bij mijn moeder was. Ze is 87 en ze hebben de tv meegenomen terwijl het niet eens haar schuld is maar van mijn broer [[p:Frans]] die op haar adres staat ingeschreven. mijn moeder is [[p:Cornelia de Wit]], [[a:Stevinstraat 220]]. kunt u helpen? [[t:06-22 41 09 87]]
=====
{{o:Gemeente Den Haag}} – Wmo
Onderzoeksverslag (bijlage bij beschikking)

Aanvrager: [[p:Ruud Kerkhof]]
Geboortedatum: [[d:30-06-1955]]
Adres: [[a:Schenkkade 180]] [[pc:2595 AT]]
Zaaknummer: [[z:WMO-2024-052291]]
Gesprek: [[d:18 juni 2024]], bij cliënt thuis
Aanwezig: cliënt, echtgenote mevrouw [[p:Ineke Kerkhof]], {{r:Wmo-consulent}} [[p:M. Ayoub]]

Hulpvraag: cliënt kan na een beroerte niet meer zelfstandig douchen. De badkamer heeft een bad met hoge rand.
Conclusie: inloopdouche via woningaanpassing; tijdelijk huishoudelijke ondersteuning 3 uur per week.
=====
Beste collega's van {{o:VGZ}},

Kunnen jullie bevestigen dat [[p:Samira el Hamdaoui]] ([[d:14-06-1990]], BSN [[b:963632838]]) per [[d:1 januari 2025]] onder de gemeentepolis valt? Ze heeft een brief van jullie met een ander polisnummer dan op haar pas. Polis op pas: [[z:8812 4490 3]].

Dank!
[[p:Ayla Demirci]], SWT {{w:Stationsbuurt}}
=====
Beste mevrouw [[p:Demirci]],

Mevrouw [[p:El Hamdaoui]] valt inderdaad per [[d:1-1-2025]] onder de {{o:Zorgverzekering Den Haag}}. Het polisnummer op de pas is juist; in de brief staat het relatienummer ([[z:441190332]]). Excuses voor de verwarring.

Met vriendelijke groet,
Team Collectiviteiten {{o:VGZ}}
=====
Hallo, ik ben [[p:Sultan]] de vader van [[p:Rahim Sultani]] (klas 1c). Sorry dat [[p:Rahim]] deze week niet op school is, zijn moeder ligt in ziekenhuis en hij past op de kleine. Ik heb brief van leerplicht gekregen maar ik was op werk. Vrijdag komt hij weer. Bel mij [[t:0645190372]]
=====
{{o:GGD Haaglanden}} – Meldpunt Zorg en Overlast

Aan: {{o:Sociaal Wijkzorgteam Moerwijk}}
Datum: [[d:26-08-2024]]
Betreft: melding [[z:MZO-2024-3371]] – [[a:Moerweg 214]]

Naar aanleiding van een melding van de gemeente zijn wij op [[d:23 augustus]] op huisbezoek geweest bij de heer [[p:Jos van Oosten]] (61). Meneer woont in een vervuilde woning, heeft geen contact met familie en wil geen hulp. Er is een huurachterstand bij Haag Wonen. Wij vragen jullie mee te doen in een bemoeizorgtraject. Contactpersoon GGD: [[p:Mirthe Hagen]], {{r:sociaal psychiatrisch verpleegkundige}}, [[t:06 – 31 40 22 85]].
=====
RE: beslag op uitkering mw [[p:Boateng]]

Beste [[p:Kofi]],

Ik heb met SZW gebeld. Het beslag van de deurwaarder op de uitkering van mw [[p:Boateng]] gaat per [[d:1 juni]] van € 212 naar € 88 per maand, omdat de beslagvrije voet is herberekend (ze heeft 2 kinderen thuis). Het verschil over april en mei (2 x € 124) wordt terugbetaald.

Groet,
[[p:Liesbeth Smit]]
=====
{{o:Rechtbank Den Haag}}
Sector Kanton – Griffie
Betreft: oproep mondelinge behandeling

Mevrouw [[p:E. Şahin-Kurt]]
[[a:Jacob Catsstraat 96]]
[[pc:2512 GB]] Den Haag
Zaaknummer: [[z:11022871 \ CV EXPL 24-2214]]

U wordt opgeroepen om als belanghebbende te verschijnen bij de behandeling van het verzoek tot schorsing van de ontruiming op [[d:10 april 2024]] om 09.30 uur.
=====
Beste meneer [[p:Zhou]],

Wij hebben uw bezwaarschrift ontvangen op [[d:3 mei 2024]]. Uw bezwaar gaat over het besluit van [[d:26 maart 2024]] over uw bijstandsuitkering (kenmerk [[z:SZW-INK-2024-011903]]). Wij nemen binnen 12 weken een beslissing. U wordt uitgenodigd voor een hoorzitting; de datum hoort u nog.

Met vriendelijke groet,
Afdeling Bezwaar en Beroep, {{o:gemeente Den Haag}}
=====
van [[p:mohamed]]: meneer [[p:zhou]] belde, zijn hoorzitting bezwaar is [[d:18 juni]] om 14.00 op het stadhuis. hij wil dat jij meegaat [[p:Lin]]. tolk Mandarijn is aangevraagd.
=====
Geachte heer [[p:Ramsaran]],

Uw verzoek om bijzondere bijstand voor de kosten van bewindvoering is toegekend. U ontvangt per maand € 127,80, rechtstreeks betaald aan uw {{r:bewindvoerder}}, {{o:Budgetbeheer Haaglanden}}, rekening [[i:NL45RABO5153949909]], onder vermelding van [[z:BBH-2024-0412]]. De toekenning geldt van [[d:1 april 2024]] tot [[d:31 maart 2025]].

Met vriendelijke groet,
[[p:M. Lachman]], namens het college
=====
Beste [[p:Ilse]], hierbij de gegevens voor de aanvraag Stichting Urgente Noden:
naam: [[p:Kim Ramdin]]
adres: [[a:Gaslaan 12]] ([[pc:2525 SX]])
IBAN: [[i:NL20TRIO1060626293]]
bedrag: € 2.640 (huurachterstand Staedion)
reden: dreigende ontruiming, vonnis [[d:10-09-2024]]
motivering: zie rapportage. mvg [[p:Yusuf]]
=====
{{o:Menzis}}
Beste heer [[p:Liu]],

Wij hebben uw bezwaar tegen de beslissing op uw declaratie van [[d:02-03-2024]] beoordeeld. U heeft gelijk: het middel had vergoed moeten worden omdat uw {{r:huisarts}} een artsenverklaring heeft meegestuurd. Wij maken € 38,40 over naar uw rekening [[i:NL03RBRB9420015493]].
=====
Hoi, de IBAN die mw [[p:Okafor]] voor de Voedselbankaanvraag opgaf klopt niet, het systeem geeft een fout: [[i:NL44 INGB 0675 2210 93]]. Kun je het nog eens navragen? Haar nummer is [[t:06-41 58 20 77]].
=====
Geachte heer [[p:Haddad]],

U heeft ons uw burgerservicenummer doorgegeven als [[b:423 517 960]]. Dit nummer is niet geldig. Wilt u het nummer controleren op uw paspoort of verblijfsdocument en het opnieuw aan ons doorgeven?

Met vriendelijke groet,
{{o:Sociale Verzekeringsbank}} – Kinderbijslag
=====
RE: mw [[p:Kerkhof-Vos]] – eigen bijdrage Wlz

Hoi [[p:Gerrit]], de bewindvoerder ([[p:Piet Zomer]]) heeft een herberekening van de eigen bijdrage aangevraagd, want uw moeder heeft in 2024 veel minder inkomen dan in 2022. Het CAK beslist binnen 8 weken. Tot die tijd wordt het hoge bedrag gewoon afgeschreven. Sterkte, groet [[p:Petra]] ({{r:ouderenadviseur}})
=====
{{o:Gemeente Den Haag}}
Bijzondere bijstand – woonkosten

Mevrouw [[p:Olena Kovalenko]]
[[a:Stuwstraat 32]]
[[pc:2516 TC]] Den Haag

Datum: [[d:30-09-2024]]
Ons kenmerk: [[z:SZW/BB/2024-0301177]]

Geachte mevrouw [[p:Kovalenko]],

U vroeg bijzondere bijstand voor de rekening van Ziggo van € 487,30 en de kosten van de dagvaarding. Wij kennen geen bijstand toe voor deze schuld: bijzondere bijstand wordt niet gegeven voor schulden (artikel 13 lid 1 onderdeel g Participatiewet). Wij hebben u wel aangemeld bij {{o:Schuldhulpverlening Den Haag}}.
=====
Even iets anders: kan iemand mij uitleggen wat 'CV EXPL' betekent in een zaaknummer? Ik zie het in elke dagvaarding. (Antwoord van [[p:Mirjam]] van het Juridisch Loket: civiel, kanton, expl. = exploot, dus een zaak die met een dagvaarding is begonnen.)
""")

# ---------------------------------------------------------------------------
# 13. Longer letters and threads
# ---------------------------------------------------------------------------
add(r"""
{{o:Sociaal Wijkzorgteam Schilderswijk}}
p/a {{o:Wijkcentrum De Mussen}}
T 14 070 (vraag naar het wijkteam)

Aan: {{o:Gerechtsdeurwaarderskantoor Haaglanden}}
t.a.v. de heer [[p:J. Kok]]

Den Haag, [[d:19 augustus 2024]]
Uw kenmerk: [[z:GDH-24-30917]]
Ons kenmerk: [[z:SWT-SW-24-0519]]
Betreft: mevrouw [[p:O. Kovalenko]], [[a:Stuwstraat 32]], [[pc:2516TC]] Den Haag

Geachte heer [[p:Kok]],

Mevrouw [[p:Olena Kovalenko]] heeft ons gevraagd haar te helpen met de dagvaarding die u op [[d:8 augustus 2024]] heeft uitgebracht namens {{o:Ziggo Services B.V.}} (rolnummer [[z:CV EXPL 24-30917]]). Zij heeft daarvoor een machtiging getekend, die wij bijvoegen.

Mevrouw is in maart 2022 met haar zoon [[p:Artem]] (nu 14) uit Kharkiv naar Nederland gekomen. Zij woont sinds [[d:1 november 2023]] in de huidige woning en werkt 24 uur per week als {{r:assistent-kok}}. Het abonnement bij Ziggo is destijds afgesloten door de vorige bewoner, de heer [[p:Dmytro Bondarenko]], die volgens mevrouw zonder op te zeggen is vertrokken. Mevrouw heeft het abonnement nooit gebruikt en ook nooit een contract getekend.

Wij verzoeken u:
1. de zaak aan te houden tot uw opdrachtgever heeft onderzocht op wiens naam het contract staat;
2. ons een kopie te sturen van het contract en de facturen;
3. geen verdere kosten te maken zolang dit onderzoek loopt.

Mocht uw opdrachtgever toch willen doorprocederen, dan zal mevrouw verweer voeren met hulp van het {{o:Juridisch Loket}}. Een afschrift van deze brief sturen wij naar de {{o:Rechtbank Den Haag}}, team kanton.

U kunt mij bereiken op [[t:06 - 52 18 74 09]] (ma–do) of via [[e:t.ramdhani@swt-schilderswijk.nl]].

Met vriendelijke groet,

[[p:Tamara Ramdhani]]
{{r:sociaal werker}} / {{r:casusregisseur}}

Bijlagen: machtiging, huurcontract mevrouw (ingangsdatum [[d:01-11-2023]]), inschrijving BRP
=====
Van: [[p:Chaouch]], [[p:Nadia]] <[[e:n.chaouch@denhaag.nl]]>
Verzonden: [[d:vrijdag 26 april 2024]] 16:48
Aan: [[p:Kim Verbruggen]]; [[p:Ivanov]], [[p:Stefan]] (privé) <[[e:stefan.ivanov.bg@abv.bg]]>
Onderwerp: RE: RE: dagvaarding GGN / Dunea – uitkomst

Beste [[p:Stefan]], beste [[p:Kim]],

Goed nieuws. Ik heb vandaag gebeld met GGN. De dagvaarding van [[d:24 april]] is ingetrokken, omdat [[p:Stefan]] nu is toegelaten tot schuldhulpverlening. De kosten van de dagvaarding (€ 124,86) komen wel op de schuldenlijst.

Overzicht zoals het nu in ons systeem staat:
- {{o:Vattenfall}} – klantnr [[z:3300 118 4471]] – € 318,20
- {{o:Dunea}} via {{o:GGN}} – dossier [[z:3001288104]] – € 641,17
- {{o:Belastingdienst}} – aanslag [[z:3862.41.182.H.26]] – € 1.148,00
- {{o:Zilveren Kruis}} – relatienr [[z:163 449 120]] – € 289,30 (betalingsregeling loopt)
- {{o:Odido}} – klantnr [[z:1.2207.88413]] – € 46,99

[[p:Stefan]], je hoeft voorlopig niemand zelf te betalen behalve de lopende rekeningen. Vaste lasten gaan via budgetbeheer vanaf [[d:1 mei]]. Je eerste gesprek met de {{r:budgetbeheerder}}, [[p:Reza Karimi]], is op [[d:maandag 6 mei]] om 13.00 uur op het Servicepunt.

Met vriendelijke groet,
[[p:Nadia Chaouch]]
{{r:schuldhulpverlener}} – {{o:Schuldhulpverlening Den Haag}}
Bereikbaar ma/di/do via [[t:06 – 12 09 48 31]]

-----Oorspronkelijk bericht-----
Van: [[p:Kim Verbruggen]]
Verzonden: [[d:donderdag 25 april 2024]] 09:10
Aan: [[p:Chaouch]], [[p:Nadia]]
Onderwerp: RE: dagvaarding GGN / Dunea

[[p:Nadia]], de zitting is morgen al! Weet jij of GGN de dagvaarding intrekt? [[p:Stefan]] slaapt er niet van.
=====
Besluit op bezwaar

Datum: [[d:11 december 2024]]
Kenmerk: [[z:BZ/2024/003812]]
Bezwaarmaker: mevrouw [[p:H.T. Kaya]], [[a:Hengelolaan 1402]], [[pc:2545 CK]] Den Haag
Gemachtigde: mevrouw [[p:L. Benali]], {{o:Sociaal Raadslieden Den Haag}}

Het college verklaart het bezwaar gegrond en herroept het besluit van [[d:12 september 2024]].
=====
{{o:Belastingdienst}}
Kwijtschelding – beslissing

Geachte mevrouw [[p:Jagessar]],

U heeft op [[d:14 juni 2024]] kwijtschelding aangevraagd voor de aanslag motorrijtuigenbelasting met aanslagnummer [[z:7320.14.882.M.40]]. Wij hebben uw verzoek toegewezen. U hoeft het bedrag van € 186,00 niet te betalen.

Dit besluit geldt alleen voor deze aanslag. Krijgt u een nieuwe aanslag en kunt u die niet betalen, dan moet u opnieuw kwijtschelding aanvragen.
=====
Hoi [[p:Esther]],

Hierbij de samenvatting van alle post van mw [[p:Habte]] die ik vandaag met haar heb doorgenomen ([[d:vr 8 nov]]):

1) {{o:Staedion}} [[d:01-11]]: huurverhoging, geen actie.
2) {{o:Belastingdienst/Toeslagen}} [[d:28-10]]: voorschot huurtoeslag 2025 € 312/mnd. Klopt.
3) {{o:CAK}} [[d:25-10]]: eigen bijdrage Wmo € 21,80 – ze heeft geen Wmo!! Uitzoeken, klantnr [[z:4188 2011 07]].
4) {{o:Odido}} via {{o:Intrum}} [[d:22-10]]: aanmaning € 92,40, dossier [[z:74552210]]. Betalen van leefgeld, 2 termijnen.
5) School ([[p:Ruta]], groep 5): uitnodiging oudergesprek [[d:14 november]] 15.30.
6) {{o:Gemeente Den Haag}}: Ooievaarspas verlengd.

Volgende afspraak samen: [[d:dinsdag 12 november]], 10.00, Servicepunt {{w:Escamp}}.

Groetjes, [[p:Marjan]] ({{r:vrijwilliger thuisadministratie}}, {{o:Humanitas}})
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)

# Numbers typed wrongly on purpose (still personal data, but failing the check).
INTENTIONALLY_INVALID = {
    "423 517 960",
    "NL44 INGB 0675 2210 93",
}


def parse(marked):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        target.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup: %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"[\s.]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    invalid_seen = set()
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and not bsn_ok(sp["text"]):
                assert sp["text"] in INTENTIONALLY_INVALID, ("bad bsn", sp["text"])
                invalid_seen.add(sp["text"])
            if sp["label"] == "iban" and not iban_ok(sp["text"]):
                assert sp["text"] in INTENTIONALLY_INVALID, ("bad iban", sp["text"])
                invalid_seen.add(sp["text"])
        rows.append({"id": "h110-%04d" % i, "text": text, "pii": pii, "keep": keep})
    assert invalid_seen == INTENTIONALLY_INVALID, invalid_seen
    assert len(set(r["text"] for r in rows)) == len(rows), "duplicate text"
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout110.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            for key in ("[[", "]]", "{{", "}}"):
                assert key not in t, (r["id"], key)
            for sp in r["pii"] + r["keep"]:
                assert t[sp["start"] : sp["end"]] == sp["text"], (r["id"], sp)
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    empty = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "without pii", empty, "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
