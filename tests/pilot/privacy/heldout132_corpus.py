#!/usr/bin/env python3
"""Held-out corpus 132: money and debts register (schuldhulpverlening and
beschermingsbewind paperwork that reaches a wijkteam): creditor overviews as tables
(| and tabs), budget plans and leefgeld, bewindvoerder reports and e-mails, payment
arrangements, quoted letters from CAK, DUO, Belastingdienst/Toeslagen, insurers,
energy companies and collection agencies, WSNP and minnelijk traject notes, bank
statements copied into notes.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout132.jsonl next to itself.

Conventions used here (following the README): every IBAN is an iban span, also a
company's or a creditor's collection account; kenmerk, klantnummer, relatienummer,
polisnummer, aanslagnummer, betalingskenmerk, factuurnummer, vorderingnummer,
contractnummer, rolnummer / zaaknummer and insolventienummer values are dossier
spans (the word before them is not part of the span); amounts, percentages, years,
months, weekdays without a date, "de 1e van de maand", article numbers, KvK and BIC
codes, room numbers, a PO box with its postcode and an organisation's general
phone line stay unmarked.
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

# Deliberately mistyped numbers (still personal data): they fail the check on purpose.
BAD_BSN = {"555 197 720"}
BAD_IBAN = {"NL90INGB128547364"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# Creditor overviews (schuldenoverzichten), tables with | ; and tabs
# ---------------------------------------------------------------------------
add(r"""
SCHULDENOVERZICHT
Cliënt: [[p:Ritesh Ramcharan]], geb. [[d:14-07-1986]]
Adres: [[a:Soestdijksekade 402]], [[pc:2574 AL]] Den Haag
Dossiernr. SHV: [[z:SHV-2024-10388]]
Opgesteld door: [[p:Gwen Lodewijks]], {{r:schuldhulpverlener}} {{o:Schuldhulpverlening Den Haag}}

| Schuldeiser | Kenmerk | Bedrag | Opmerking |
|---|---|---|---|
| {{o:Belastingdienst/Toeslagen}} | [[z:1240.83.615.T.22]] | € 3.412,00 | terugvordering huurtoeslag 2022 |
| {{o:CAK}} | [[z:7.209.114.582]] | € 1.056,40 | bestuursrechtelijke premie |
| {{o:Vattenfall}} | [[z:102 884 307]] | € 688,19 | eindafrekening, bij {{o:Intrum}} |
| {{o:Intrum}} | [[z:IN-55170922]] | € 811,04 | incl. incassokosten € 122,85 |
| {{o:Haag Wonen}} | [[z:HW-30112-04]] | € 2.190,00 | huurachterstand 3 mnd |
| {{o:Ziggo}} | [[z:88124551]] | € 214,87 | |
| {{o:DUO}} | [[z:4471 9920 31]] | € 9.870,12 | studieschuld, draagkrachtregeling loopt |
| **Totaal** | | **€ 18.242,52** | |

Vattenfall en Intrum zijn dezelfde vordering; niet dubbel tellen! Werkelijk totaal € 17.554,33.
=====
schuldeiser	kenmerk	bedrag	datum brief
{{o:CJIB}}	[[z:4015 8830 2291 0046]]	€ 429,00	[[d:03-02-2024]]
{{o:Menzis}}	relatienr [[z:610 448 207]]	€ 372,60	[[d:19-01-2024]]
{{o:Lowell}}	[[z:LW-3381947]]	€ 1.115,35	[[d:27-12-2023]]
{{o:Dunea}}	[[z:3000912774]]	€ 96,10	[[d:11-01-2024]]
gemeente Den Haag (belastingen)	aanslag [[z:2024.0188.2273]]	€ 318,44	[[d:29-02-2024]]
totaal		€ 2.331,49
=====
Overzicht schulden mw. [[p:Faadumo Cali]] – stand per [[d:1 maart 2024]]

1. {{o:Zilveren Kruis}}, polisnr. [[z:193 882 407]], premieachterstand € 1.486,50 (8 mnd)
2. {{o:Budget Energie}}, klantnr. [[z:K-20993184]], € 942,11 — afsluiting aangekondigd per [[d:15-03-2024]]
3. {{o:Riverty}} (bestelling {{o:Wehkamp}}), factuurnr. [[z:7700418852]], € 149,99 + € 40,00 kosten
4. Particulier: zwager [[p:Abdirahman Nuur]], ± € 2.000, geen papieren
5. {{o:Odido}}, klantnummer [[z:1.18840.226]], € 267,30

Totaal geregistreerd: € 2.885,90 excl. lening zwager.
Let op: punt 4 wil cliënte niet in het minnelijk traject opnemen.
=====
| Nr | Schuldeiser | Vordering nr. | Oorspr. bedrag | Huidig saldo |
| 1 | {{o:DUO}} | [[z:DUO-5531-20877]] | € 4.200,00 | € 3.975,22 |
| 2 | {{o:CZ}} | [[z:80914471]] | € 612,00 | € 840,60 |
| 3 | {{o:Flanderijn}} o.b.v. {{o:Essent}} | [[z:F-22.104.887]] | € 533,10 | € 1.021,46 |
| 4 | {{o:Staedion}} | [[z:104-3377-1]] | € 1.650,00 | € 1.650,00 |
| 5 | {{o:Klarna}} | [[z:KL4830019245]] | € 89,95 | € 129,95 |
Bijgewerkt [[d:22-04-2024]] door [[p:Sevda]] (wijkteam {{w:Bouwlust}}/{{w:Vrederust}}).
=====
Schuldenlijst fam. [[p:Kowalczyk]]
(aangeleverd door mevrouw zelf op een A4'tje, overgetypt)

ziggo 130 euro
eneco "veel" - brief kwijt
zorgverzekering [[p:Marek]] 3 maanden
zorgverzekering [[p:Dorota]] 5 maanden (via werkgever?)
boete CJIB voor door rood rijden 2x
huur april + mei
lening bij [[p:Paweł]] (broer) 1500

--> alles moet nog worden opgevraagd. Machtiging getekend [[d:9/5]].
=====
Schuldeiser: {{o:Gemeente Den Haag}} – terugvordering bijstand
Kenmerk: [[z:SZW/TV/2023/004119]]
Bedrag: € 6.728,33
Aflossing: € 45,00 p/m via inhouding op uitkering sinds [[d:1-9-2023]]
Restant per [[d:31-12-2023]]: € 6.548,33
=====
Schuldenoverzicht (conceptversie, niet versturen)
Naam: [[p:Hakan Öztürk]]   BSN: [[b:445207310]]   Geb.datum: [[d:02-11-1979]]
Partner: [[p:Sibel Öztürk-Erdem]]   BSN: [[b:723990554]]

Schuldeiser                 Kenmerk                    Saldo
{{o:Belastingdienst}}             [[z:4452.07.310.H.21.01]]        € 2.880,00
{{o:Belastingdienst}} (MRB)       [[z:4452.07.310.M.23.08]]          € 412,00
{{o:GGN}} / {{o:VGZ}}                  [[z:2023-GGN-0049917]]         € 1.311,72
{{o:Vesting Finance}}             [[z:VF 77140032]]                € 586,58
{{o:Hoogheemraadschap van Delfland}} [[z:6021.33.1904]]            € 301,11
Autobedrijf De Tol (lening)  –                          € 3.500,00

Totaal:                                                €  8.991,41
=====
Totaal schulden volgens BKR en opgevraagde overzichten: € 23.116,-. 14 schuldeisers, waarvan 9 incassobureaus. Grootste post DUO (€ 11.402). Geen particuliere leningen bekend. Aanmelding minnelijk traject voorbereid.
=====
Mail van mw. [[p:Ivanova]] met haar eigen lijstje (foto van papier, overgetypt door [[p:Noor]]):

- Toeslagen: 2.150 euro terug, ze zeggen ik had te veel kinderopvangtoeslag
- Zilveren Kruis: 900 ongeveer
- Telefoon Lebara: 60
- Bol.com achteraf betalen: 230
- Huur: nee!! huur is betaald
- Geld van mijn vriendin [[p:Yordanka]]: 400

Kenmerken heeft ze niet. Zij woont nu bij [[p:Yordanka Nikolova]] op de [[a:Hoefkade 871]] tot ze een eigen kamer vindt.
=====
Vorderingen WSNP – overzicht t.b.v. verificatievergadering
Saniet: [[p:E.M. Martha]] ([[p:Ethelbert]]), insolventienr. [[z:C/09/24/112 R]]

schuldeiser            | vordering   | ingediend  | erkend
{{o:UWV}}                    | € 7.112,40  | [[d:12-01-2024]] | ja
{{o:Dienst Toeslagen}}       | € 4.880,00  | [[d:15-01-2024]] | ja
{{o:Intrum}} (ex Cannock)    | € 1.409,66  | [[d:03-02-2024]] | betwist (verjaard?)
{{o:Stichting Urgente Noden}} | € 250,00   | –          | n.v.t. gift
=====
Kopie uit Excel "schulden [[p:Soekhai]] v3.xlsx":

schuldeiser;kenmerk;hoofdsom;rente;kosten;totaal
Eneco;[[z:201883470]];1044,20;12,31;154,00;1210,51
HTM (boetes OV);[[z:HTM-BT-448810]];184,00;0,00;0,00;184,00
Zorg en Zekerheid;[[z:ZZ1092288-4]];733,80;0,00;40,00;773,80
Hoist Finance;[[z:HF/2023/88312]];2611,15;301,40;355,00;3267,55
=====
Schuldeisers [[p:Luwam Berhane]] ({{w:Schilderswijk}}):
{{o:CAK}} € 711,60 – kenmerk [[z:8.114.062.933]]
{{o:DUO}} € 0 (kinderopvang, geen schuld!)
{{o:Toeslagen}} – herstelregeling? check bij {{o:UHT}}, dossier [[z:UHT-2021-66193]]
{{o:Staedion}} € 980 – in regeling sinds [[d:1 februari]], € 80 p/m
=====
| schuldeiser | kenmerk | bedrag | status |
| --- | --- | --- | --- |
| {{o:Zilveren Kruis}} | [[z:420992115]] | € 1.228,00 | aangemeld {{o:CAK}} |
| {{o:KPN}} | [[z:1009774826]] | € 94,10 | betaald [[d:7 juni]] |
| {{o:Coeo Incasso}} i.o.v. {{o:Zalando}} | [[z:CO-7712048]] | € 201,15 | regeling 4x |
| {{o:Syncasso}} i.o.v. {{o:Ziggo}} | [[z:SC66129001]] | € 318,00 | vonnis [[d:12-09-2023]] |
=====
Stand van zaken schulden dhr. [[p:de Haan]] ([[p:Sjaak]]), overzicht per kwartaal:
Q1 2023: € 14.200
Q3 2023: € 12.940
Q1 2024: € 11.310
Q3 2024: € 9.875
Dus ongeveer € 1.100 per half jaar omlaag. Gaat goed, bewind werkt.
=====
Schuldenoverzicht aangemaakt in Plan van Aanpak (export)

Cliëntnummer: [[z:C-000482217]]
Naam: [[p:Nour Kassab]]
Gezinssituatie: alleenstaand, 2 kinderen (7 en 11)

Crediteur	Soort	Kenmerk	Saldo	Peildatum
{{o:Belastingdienst/Toeslagen}}	kinderopvangtoeslag	[[z:KOT-2022-0881573]]	€ 5.612,00	[[d:05-06-2024]]
{{o:Vattenfall}}	energie	[[z:500 884 117]]	€ 1.302,45	[[d:05-06-2024]]
{{o:Gemeente Den Haag}}	boete kinderopvang?	[[z:BB-2023-30102]]	€ 400,00	[[d:28-05-2024]]
{{o:DSW}}	zorg	[[z:R-3380 1175]]	€ 416,10	[[d:03-06-2024]]
=====
korte lijst voor het overleg met de {{r:bewindvoerder}}:
- vord. [[z:2291-0088]] → € 742 (Intrum)
- vord. [[z:2291-0107]] → € 119 (Intrum)
- vord. [[z:2291-0151]] → € 65 (Intrum)
alle drie oorspronkelijk {{o:Ziggo}}, samenvoegen?
=====
Schuldenoverzicht gezin [[p:Ait Taleb]]
Hoofdaanvrager: [[p:Rachid Ait Taleb]] ([[d:21-03-1981]])
Partner: [[p:Samira Lahlali]] ([[d:06-08-1985]])
Adres: [[a:Jan Blankenstraat 66]], [[pc:2525 PT]]

Vaste lasten achterstand:
  huur ({{o:Staedion}}, contract [[z:ST-66-20417]])   € 2.860,00
  energie ({{o:Eneco}}, klantnr [[z:201 774 0931]])     € 1.146,90
  water ({{o:Dunea}})                                     €   212,40
Overige:
  {{o:CJIB}} – 3 beschikkingen [[z:4012 7733 1108 2230]], [[z:4012 7733 1108 2248]], [[z:4012 7733 1108 2256]]   € 1.380,00
  telefoon ({{o:Odido}})                                  €   388,21
  lening familie Marokko                                  ± € 5.000 (niet meenemen)
=====
Schuldenoverzicht niet compleet: {{o:Belastingdienst}} reageert niet op verzoek om saldo-opgave (verzonden 6 weken geleden). Nogmaals aangevraagd via de schuldhulplijn, wachttijd 25 min. Verder alle 11 schuldeisers binnen. Saldo-opgaven hangen in het dossier onder "crediteuren".
=====
schuldeiser | kenmerk | bedrag
{{o:CAK}} | [[z:1 553 209 871]] | 528,00
{{o:ONVZ}} | [[z:ONVZ-0912773]] | 1.904,77
{{o:Essent}} | [[z:3001428870]] | 430,00
Bol | ord. [[z:4022118837]] | 62,99
mw [[p:de bruijn]] zegt dat er ook nog iets bij Wehkamp loopt maar weet niet wat
=====
Schulden [[p:Yohannes Weldemariam]]
• huur [[a:Hobbemastraat 112-3]] – € 1.340 achterstand bij particuliere verhuurder dhr. [[p:K. Boukhari]], rekening verhuurder [[i:NL67INGB5401327317]]
• {{o:Menzis}} – € 655,20, kenmerk [[z:MZ/ INC/ 2024/ 11037]]
• {{o:DUO}} – inburgeringslening € 10.000 (kwijtschelding aanvragen!)
• {{o:CJIB}} – € 95, verkeersboete fiets zonder licht
=====
Peildatum overzicht: [[d:30 september 2024]]. Nog open: 4 posten bij 3 schuldeisers, totaal € 1.876,12. Afgelost in 2024: € 3.240. Geen nieuwe schulden sinds [[d:1 januari]].
""")

# ---------------------------------------------------------------------------
# Budget plans and leefgeld
# ---------------------------------------------------------------------------
add(r"""
BUDGETPLAN [[p:Kwabena Owusu]] – ingangsdatum [[d:1 juni 2024]]

INKOMSTEN (per maand)
Participatiewet (alleenstaande)          € 1.309,64
Zorgtoeslag                              €   123,00
Huurtoeslag                              €   402,00
Totaal                                   € 1.834,64

UITGAVEN (per maand)
Huur {{o:Haag Wonen}}                        €   712,35
Energie {{o:Eneco}} (voorschot)              €   145,00
Water {{o:Dunea}}                            €    24,50
Zorgverzekering {{o:VGZ}}                    €   146,20
Internet/tel                             €    45,00
Bewindvoeringskosten (via bijz. bijstand)    € 0,00
Reservering                              €    60,00
Leefgeld (4 x € 62,50 per week)          €   250,00
Aflossing {{o:Staedion}} (oude schuld)       €    50,00

Leefgeld wordt elke maandag overgemaakt naar leefgeldrekening [[i:NL93RABO9241576478]].
Vaste-lastenrekening (beheerrekening bewindvoerder): [[i:NL57INGB9445145753]].
=====
leefgeld mw [[p:tekin]] verhoogd van 55 naar 70 per week vanaf [[d:maandag 12 augustus]], overleg met {{r:bewindvoerder}} [[p:Marloes Doornbos]] gehad. Reden: dochter woont weer thuis. Kinderbijslag komt nu ook binnen.
=====
Budgetoverzicht (Nibud-methode) – geen cliëntgegevens, voorbeeld voor de training

Netto inkomen: € 1.650
Vaste lasten: € 1.120 (68%)
Reserveringsuitgaven: € 180
Huishoudelijke uitgaven: € 350
Over: € 0

Vuistregel: boodschappen 1 persoon ± € 65-75 per week. Kleding reserveren € 40 p/m. Bij Participatiewet-inkomen blijft er na vaste lasten vaak minder dan € 300 over.
=====
Budgetplan gezin [[p:Gebrezgi]] (concept [[d:3-10-2024]])

Inkomen
  WW [[p:Filmon]]                       1.742,18
  kinderbijslag (per kwartaal 3x)       ± 850,-- → 283,-/mnd
  kindgebonden budget                   298,00
  huurtoeslag                           445,00
Lasten
  huur                                  931,70
  gas/licht/water                       214,00
  zorgverz. 2 volw.                     298,60
  school/sport kids (Ooievaarspas)      30,00
  telefoon 2x                           50,00
  verzekeringen (inboedel/WA)           21,40
Leefgeld: 110 p/w (5 pers.)

Betaalrekening gezin: [[i:NL29RABO6853109382]] t.n.v. [[p:F. Gebrezgi]] en/of [[p:S. Haile]]
=====
[[p:Tomasz]], even ter info: je leefgeld staat er morgen op. Vanwege de feestdagen een dag eerder. Gr. [[p:Yasmina]] ({{o:Bewindvoering Hofstad}})
=====
Afspraak leefgeld [[p:Soufiane Benali]]:
- € 40 op maandag, € 40 op donderdag (gesplitst omdat hij anders in 2 dagen alles uitgeeft)
- boodschappen samen met {{r:ambulant begeleider}} op dinsdag
- geen contant geld opnemen bij de automaat op de Dr. Lelykade; hij wil zelf de pinpas laten blokkeren voor opnames > € 50
- evaluatie op [[d:15-11]]
=====
Budgetplan
Naam cliënt: [[p:Milena Ivanova]]
BSN: [[b:611591479]]
Bewindvoerder: {{o:Stichting Kompas Bewindvoering}}, contactpersoon [[p:Thijs van Os]]

Inkomen: loon schoonmaakbedrijf (wisselend, gem. € 1.380) + zorgtoeslag € 123
Let op: in maanden met 5 weken minder uren, dan leefgeld omlaag naar € 50 p/w
Vaste lasten: kamerhuur € 575 aan dhr. [[p:Angelov]] (contant!! → omzetten naar bankbetaling op [[i:BG47STSA79751043231948]]? ze zegt verhuurder heeft alleen Bulgaarse rekening)
=====
Budgetplan besproken met [[p:Ayşe]] en haar dochter [[p:Elif Korkmaz]] (tolkt). Afspraken:
1. Elke week € 75 leefgeld op de Bunq-rekening van [[p:Ayşe]] ([[i:NL80BUNQ5257572643]]).
2. Reservering voor kleding en schoolspullen € 40 p/m blijft op de beheerrekening.
3. Verzoeken voor extra geld via [[p:Elif]] per mail naar [[e:bewind@kompasbewindvoering.nl]], niet bellen naar het algemene nummer.
=====
Leefgeldbetalingen Q3 (uit administratie bewindvoerder, cliënt [[z:KB-2211]])
[[d:01-07-2024]]  € 60,00
[[d:08-07-2024]]  € 60,00
[[d:15-07-2024]]  € 60,00 + € 35,00 extra (schoenen)
[[d:22-07-2024]]  € 60,00
[[d:29-07-2024]]  € 60,00
[[d:05-08-2024]]  € 0,00 – geblokkeerd i.v.m. onduidelijkheid inkomen
[[d:12-08-2024]]  € 120,00 (inhaal)
=====
Budgetcoaching groep "Rondkomen in {{w:Moerwijk}}", bijeenkomst 3 – thema: vaste lasten en energie. 9 deelnemers, 2 afmeldingen. Uitleg energietoeslag 2024, rekenvoorbeeld met voorschot € 180 vs. verbruik 1.450 m3 gas. Volgende keer: post ordenen (map met 12 tabbladen meenemen).
=====
Budgetplan – wijziging per [[d:01-01-2025]]

Door verhoging van de bijstandsnorm (+2,8%) en lagere huurtoeslag schuift het budget van dhr. [[p:Clifton Pengel]]:
oud leefgeld  € 65/week
nieuw leefgeld € 68/week
Reserve vakantiegeld (mei) blijft voor de aflossing aan {{o:Vesting Finance}} ([[z:VF-24-009183]]).
=====
Notitie budgetgesprek [[d:ma 4/11]]
mw [[p:Jhagroe]] heeft sinds 3 weken geen leefgeld gehad omdat de {{r:bewindvoerder}} haar nieuwe rekeningnummer niet had. Oude rek. [[i:NL38ABNA1228466076]] is opgeheven door bank (??). Nieuwe rekening bij {{o:ASN}}: [[i:NL58ASNB1584190053]]. Doorgegeven aan [[p:Stefan Oosterom]] per mail [[e:s.oosterom@hofstadbewind.nl]], cc cliënte.
=====
Leefgeld is € 55 per week voor 1 persoon. Dat is krap maar haalbaar als huur, energie en zorgverzekering rechtstreeks door de bewindvoerder betaald worden. Nibud rekent voor voeding € 9,34 per dag (2024). Bij dieetwensen (diabetes) bijzondere bijstand aanvragen.
=====
Overzicht budget per week (gemaakt mét cliënt op de flipover, foto in dossier)

MA: boodschappen Lidl 25
DI: -
WO: markt Hobbemaplein 10
DO: tram/bus (ooievaarspas) 0
VR: boodschappen 20
ZA: kids zakgeld 2 x 2,50
ZO: -
totaal: 60 → past binnen leefgeld 62,50

[[p:Parwana]] schreef zelf "ik kan dit" onderaan. Mooi moment.
=====
Van: [[e:thijs.vanos@kompasbewindvoering.nl]]
Aan: [[e:wijkteam.laak@denhaag.nl]]
Onderwerp: leefgeld [[p:Paweł Kamiński]]

Beste collega's,

Dhr. [[p:Kamiński]] belde ons vanochtend drie keer over zijn leefgeld. Het is gewoon overgemaakt op [[d:vrijdag 20 september]], maar op zijn rekening [[i:NL05KNAB4169595934]] is meteen € 120 afgeschreven door een incasso van een gokwebsite. Wij hebben de incasso teruggeboekt. Willen jullie met hem bespreken of hij open staat voor hulp bij {{o:Brijder}}?

Met vriendelijke groet,
[[p:Thijs van Os]]
{{r:bewindvoerder}} / {{o:Stichting Kompas Bewindvoering}}
Postbus 30412, 2500 GK Den Haag | algemeen nummer 070 – 205 33 00
=====
Budget [[p:Hawa Jama]]: inkomen 1.417 (bijstand + toeslagen), lasten 1.098, ruimte 319, waarvan 120 aflossing minnelijk (36 mnd), 199 leefgeld/mnd. Te weinig? Met [[p:Hawa]] afgesproken dat ze 1x per week naar de {{o:Voedselbank}} gaat tot [[d:31-3]].
=====
VOORBEELD leefgeldafspraak (sjabloon)
Naam: ...........................
Leefgeld per week: € ........
Dag van uitbetaling: ma / di / wo / do / vr
Rekening: NL.. .... .... .... ..
Handtekening cliënt: ....................  Handtekening bewindvoerder: ....................
""")

# ---------------------------------------------------------------------------
# Bewindvoerder reports and e-mails
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Jolanda Verhoef]] <[[e:j.verhoef@bewindvoeringhofstad.nl]]>
Verzonden: dinsdag [[d:14 mei 2024]] 09:12
Aan: [[p:Anouk Smeets]] <[[e:anouk.smeets@swtescamp.nl]]>
Onderwerp: RE: mw. [[p:Sewdien]] – huurachterstand

Hoi [[p:Anouk]],

De huurachterstand bij {{o:Staedion}} is inmiddels ingelopen tot € 430. Ik heb een regeling van € 50 per maand afgesproken, eerste termijn [[d:1 juni]]. Het lukt mevrouw nog niet om zelf de post open te maken; kan de {{r:ambulant begeleider}} daar op woensdag bij helpen?

Groet,
[[p:Jolanda]]

> Op [[d:13 mei 2024]] schreef [[p:Anouk Smeets]]:
> Hoi [[p:Jolanda]], [[p:Sharmila]] kreeg weer een brief van Staedion (dreigende ontruiming). Zit dit al bij jou?
=====
Jaarrapportage beschermingsbewind 2023 (samenvatting voor wijkteam)
Rechthebbende: [[p:W. Sultani]] ([[p:Wahid]])
Rechtbank Den Haag, zaaknummer [[z:C/09/612244 / FA RK 21-8873]]
Bewindvoerder: {{o:Beschermingsbewind Zuidwest}}

Beginsaldo beheerrekening [[d:01-01-2023]]: € 412,18
Eindsaldo beheerrekening [[d:31-12-2023]]: € 1.035,77
Spaarrekening (buffer): € 600,00
Schulden begin jaar: € 7.880 / eind jaar: € 4.210 (regelingen met {{o:CAK}}, {{o:DUO}}, {{o:Eneco}})

Bijzonderheden: in augustus verhuisd naar [[a:Hengelolaan 1176]], [[pc:2545 LL]]. Huurtoeslag opnieuw aangevraagd, beschikking [[d:22-09-2023]]. Contact met rechthebbende goed, komt maandelijks op spreekuur.
=====
Beste mevrouw [[p:Doornbos]],

Ik ben [[p:Bram]], {{r:maatschappelijk werker}} bij het wijkteam {{w:Transvaal}}. Met toestemming van mw. [[p:Gulalai Ahmadzai]] mail ik u. Mevrouw ontvangt sinds twee maanden brieven van {{o:Lowell}} (kenmerk [[z:LW-88123077]]) terwijl zij onder bewind staat. Kunt u nagaan of Lowell de bewindstelling kent? Mevrouw is erg onrustig.

Met vriendelijke groet,
[[p:Bram Verbeek]]
Wijkteam Transvaal | mobiel [[t:06-41 77 20 93]]
=====
Onderwerp: Aanvraag beschermingsbewind [[p:Clifton Pengel]]

Hierbij het verzoekschrift met bijlagen (schuldenoverzicht, budgetplan, verklaring arts). Cliënt heeft getekend op [[d:8 oktober]]. Voorkeur bewindvoerder: {{o:Bewindvoering Hofstad}}, zij hebben al een plek. Adres cliënt: [[a:Gaslaan 17]] [[pc:2525 VR]]. Geboortedatum [[d:19-02-1968]].
=====
Hallo [[p:Ilias]],
kort: de bewindvoerder van mw. [[p:Kartoredjo]] is per [[d:1/7]] gewisseld. Nieuwe: mr. [[p:P. Sterk]] van {{o:Mentorschap & Bewind Den Haag}}. Zij heeft de dossiers nog niet, dus even geduld met de leefgeldvragen.
=====
Verslag overleg bewindvoerder – wijkteam – cliënt
Datum: [[d:woensdag 6 maart]]
Aanwezig: dhr. [[p:Mounir el Yaakoubi]] (cliënt), [[p:Stefan Oosterom]] ({{r:bewindvoerder}}), [[p:Femke Brouwer]] ({{r:casusregisseur}})

1. Inkomen: UWV-uitkering loopt tot [[d:30-04]]; aanvraag bijstand wordt in april gedaan.
2. Schulden: 6 schuldeisers, totaal € 9.300. Nog geen aanmelding {{o:Schuldhulpverlening Den Haag}} omdat inkomen niet stabiel is.
3. Leefgeld blijft € 70 p/w.
4. Dhr. wil graag zelf meer inzicht: hij krijgt toegang tot de cliëntportal van de bewindvoerder.

Volgend overleg: [[d:12 juni]], 10.00 uur, wijkcentrum.
=====
Re: Re: Re: [[p:Maduro]] – stroom
van: [[e:servicedesk@zuidwestbewind.nl]]

Geachte heer/mevrouw,

Wij hebben uw bericht ontvangen en nemen binnen 5 werkdagen contact met u op. Voor spoed kunt u bellen met ons algemene nummer (088 440 17 00), bereikbaar op werkdagen van 9.00 tot 12.00 uur.

Dit is een automatisch gegenereerd bericht.
=====
Bewindvoerder ([[p:Hendriks]]) belt niet terug. 3x ingesproken ([[d:2/4]], [[d:5/4]], [[d:9/4]]). Cliënte [[p:Natasja Brunings]] staat in de kou: geen leefgeld sinds [[d:28 maart]]. Vandaag klacht ingediend bij de {{o:BPBI}} en bij de kantonrechter gemeld. Cliënte tijdelijk geholpen met een voedselpakket.
=====
Geachte heer [[p:Lie A Kwie]],

Als uw {{r:bewindvoerder}} laat ik u weten dat wij per [[d:1 december 2024]] het bewind beëindigen, omdat de kantonrechter uw verzoek tot opheffing heeft toegewezen (beschikking [[d:18 november 2024]], zaaknummer [[z:C/09/655019 FA RK 24-3311]]). Het saldo van de beheerrekening (€ 1.208,44) maken wij over naar uw eigen rekening [[i:NL44RABO5670116609]].

Met vriendelijke groet,
[[p:M. Doornbos]]
{{o:Stichting Kompas Bewindvoering}}
=====
Hoi [[p:Floor]]! Ik heb net met [[p:Romano]] gebeld. Hij wil geen bewind meer, zegt dat hij het zelf kan. Zijn zus [[p:Shanna Kanhai]] is het daar niet mee eens en wil zelf bewindvoerder worden (kan dat als familielid?). Kun jij haar terugbellen? [[t:06 19 83 42 07]]. Thx, [[p:Jasper]]
=====
Bewindvoering – mutatieformulier
Cliënt: [[p:Karima El Ouardi]]
Cliëntnummer bewind: [[z:HB-10922]]
Wijziging: nieuw adres per [[d:15-08-2024]]
Oud: [[a:Vaillantlaan 322]], [[pc:2526 HT]]
Nieuw: [[a:Stuwstraat 45 B]], [[pc:2516 TD]]
Nieuwe huur: € 688,40 ({{o:Haag Wonen}}, contract [[z:HW-45B-88102]])
Ingevuld door: [[p:Tim]] (wijkteam {{w:Rivierenbuurt}})
=====
Aan de bewindvoerder van de heer [[p:Hamid Noorzai]],

Via de {{r:huisarts}} kregen wij het signaal dat meneer geen geld heeft voor zijn medicatie-eigen bijdrage. Uit zijn bankapp bleek dat er € 3,12 op zijn leefgeldrekening staat en dat de laatste storting [[d:3 oktober]] was. Kunt u toelichten hoe dit zit?

[[p:Noor]], wijkteam {{w:Laakkwartier}}
=====
Uit de evaluatie van het convenant bewindvoerders-wijkteams (geanonimiseerd): in 14 van de 31 besproken casussen duurde het langer dan 6 weken voordat een nieuwe bewindvoerder het leefgeld kon uitbetalen. Advies: bij overdracht altijd een overbruggingsafspraak maken met de oude bewindvoerder.
=====
Van: [[p:Yasmina Achahbar]]
Aan: {{r:schuldhulpverlener}}
Betreft: aanmelding schuldhulp [[p:Burak Yavuz]] (geb. [[d:30-06-1992]], BSN [[b:262322912]])

Bijgaand: schuldenoverzicht (12 schuldeisers), budgetplan, kopie ID, bankafschriften 3 mnd van [[i:NL49TRIO2058730551]] (betaalrekening) en [[i:NL12TRIO2874310515]] (spaar). Cliënt is sinds [[d:1 april]] onder bewind. Inkomen stabiel (vast contract bij {{o:PostNL}}).
=====
mail [[p:Oosterom]] doorgestuurd naar [[p:Femke]]: hij vraagt om de energietoeslag voor [[p:el Yaakoubi]] via ons te laten lopen. Kan niet, moet via de bewindvoerder zelf. Terug gemaild.
=====
Rapportage bewindvoering – half jaar (uittreksel)

Naam: [[p:Rosa María Ortega]]
Adres: [[a:Ambachtsgaarde 131]], [[pc:2542 EA]] Den Haag
Beheerrekening: [[i:NL15ABNA6548706194]]
Leefgeldrekening: [[i:NL71RABO2276652118]]

Periode [[d:01-01-2024]] t/m [[d:30-06-2024]]
Ontvangsten: € 10.112,06
Uitgaven vaste lasten: € 7.480,90
Leefgeld: € 1.690,00
Aflossingen: € 540,00
Saldo [[d:30-06-2024]]: € 401,16
=====
[[p:Thijs]] (bewind) vraagt of wij de tolk kunnen regelen voor het gesprek met mw. [[p:Nikolova]] op [[d:21-11]]. Bulgaars. Ik heb hem [[p:Hristo]] van het taalcafé genoemd, maar dat is vrijwilliger, niet beëdigd. Tolk via TVCN aangevraagd, opdrachtnummer [[z:TVCN-2411-55830]].
=====
Geachte mevrouw [[p:Ortega]],

Op [[d:12 februari]] heeft u telefonisch gevraagd om € 250 extra voor een nieuwe wasmachine. Na overleg met uw wijkteam ({{r:maatschappelijk werker}} [[p:Daan Hendriks]]) hebben wij besloten dit bedrag vrij te geven uit uw reservering. Het geld staat uiterlijk [[d:vrijdag 16 februari]] op uw rekening eindigend op 2118.

Met vriendelijke groet,
namens {{o:Beschermingsbewind Zuidwest}}
[[p:L. de Graaf]], {{r:bewindvoerder}}
=====
bewindvoerder [[p:Achahbar]] gebeld – ze gaat met zwangerschapsverlof vanaf [[d:1 augustus]], vervanger is [[p:Erik Baas]], bereikbaar op [[t:070 2153 994]] (direct) of [[e:e.baas@hofstadbewind.nl]]
=====
Hoi [[p:Stefan]],

Zoals besproken: hierbij de gegevens van de nieuwe cliënt die ik bij je aanmeld.
Naam: [[p:Gülsen Tekin]]
Geboortedatum: [[d:7 augustus 1971]]
BSN: [[b:693078625]]
Tel: [[t:+31 6 2875 1044]]
Adres: [[a:Zuiderparklaan 72]], [[pc:2574 HL]]
Rekening: [[i:NL27INGB7117732464]] (ING, alleen op haar naam)
Huisarts: praktijk [[p:Lammers]] (Leyweg)
=====
@[[p:Femke]] bewind [[p:Mounir]] is nu officieel, beschikking binnen. [[p:Oosterom]] pakt het op.
""")

# ---------------------------------------------------------------------------
# Payment arrangements (betalingsregelingen)
# ---------------------------------------------------------------------------
add(r"""
Betalingsregeling {{o:Eneco}} bevestigd (telefonisch, [[d:17-04-2024]], medewerker [[p:Kim]]):
klantnummer [[z:201883470]]
achterstand € 1.210,51
12 termijnen van € 100,88, eerste op [[d:28-04-2024]]
betalen naar [[i:NL82RABO3422325904]] o.v.v. [[z:201883470-BR]]
voorschot blijft € 175 p/m
=====
Geachte heer [[p:Aksoy]],

Naar aanleiding van uw verzoek gaan wij akkoord met de volgende betalingsregeling:

Dossiernummer: [[z:2024/66713/AK]]
Openstaand bedrag: € 1.877,45
Maandelijkse termijn: € 75,00
Eerste termijn uiterlijk: [[d:1 juli 2024]]
Looptijd: 26 maanden

U kunt betalen op rekening [[i:NL94ABNA1587586616]] ten name van Stichting Derdengelden {{o:Incasso Haaglanden}} onder vermelding van uw dossiernummer. Als u een termijn mist, vervalt de regeling en is het volledige bedrag direct opeisbaar.

Met vriendelijke groet,
{{o:Incasso Haaglanden B.V.}}
Postbus 16223 · 2500 BE Den Haag · T 070 – 311 90 00 · [[e:regelingen@incassohaaglanden.nl]]
KvK 27341188
=====
regeling CJIB aangevraagd voor [[p:Serkan]], 3 boetes samen € 570, voorstel 12 x € 47,50. Kenmerken [[z:4013 2210 9982 1173]] / [[z:4013 2210 9982 1181]] / [[z:4013 2210 9982 1199]]. CJIB staat max. 36 termijnen toe bij >€ 225 per boete? nakijken.
=====
Tel. notitie [[d:08-01-2025]] – {{o:VGZ}} afd. debiteuren (dhr. [[p:Vos]])
Cliënt: [[p:Lin Hui]], verzekerdennr. [[z:2090 4417 81]]
Achterstand 5 mnd = € 731,-
Regeling mogelijk: 10 x € 73,10, mits lopende premie per automatische incasso
Automatische incasso laten lopen via [[i:NL30SNSB8936653947]] (rek. cliënt)
Bevestiging volgt per post naar [[a:Bazarstraat 48 A]]
=====
Afspraak met verhuurder (particulier, dhr. [[p:R. Dekker]]) over achterstand [[p:Oksana Melnyk]]:
€ 1.450 achterstand, aflossing € 60/maand bovenop de huur van € 825. Huur + aflossing samen (€ 885) op de 1e van de maand naar [[i:NL63RABO4403771276]] t.n.v. [[p:R.P. Dekker]].
[[p:Oksana]] tekent de regeling maandag bij mij op kantoor.
=====
Voorstel betalingsregeling – verstuurd namens cliënt

Aan: {{o:Vesting Finance}}, afd. Regelingen
Uw kenmerk: [[z:77140032]]
Onze cliënt: [[p:H. Öztürk]], [[a:Wolmaransstraat 203]], [[pc:2522 XA]]

Geachte heer/mevrouw,

Namens bovengenoemde cliënt stellen wij een regeling voor van € 25,00 per maand, ingaand [[d:1 mei 2024]]. Cliënt heeft een inkomen op bijstandsniveau en meerdere schuldeisers; wij verzoeken u de incassokosten (€ 192,00) en de rente te bevriezen zolang de regeling loopt.

Met vriendelijke groet,
[[p:Meryem Çakır]]
{{r:consulent schuldhulpverlening}}
=====
{{o:DUO}} draagkrachtmeting gedaan: maandbedrag nu € 0,00 tot [[d:31-12-2025]] (inkomen onder drempel). Kenmerk draagkrachtbeschikking [[z:1900 7712 0042]]. Elk jaar opnieuw aanvragen! Zet reminder in oktober.
=====
Regeling huurachterstand {{o:Staedion}} – getekend
Huurder: [[p:Vishal Ramcharan]] + [[p:Indra Ramlal]]
Woning: [[a:Weimarstraat 13-A]]
Achterstand: € 3.104,22 (4 mnd huur + kosten)
Afspraak: lopende huur + € 150 per maand, via automatische incasso op de 27e van de maand
Bij 2 gemiste termijnen: dossier naar deurwaarder ({{o:Van der Veen & Partners}}) en ontbinding huurovereenkomst
Datum ondertekening: [[d:11 november 2024]]
=====
Wat werkt bij betalingsregelingen (tips uit de intervisie):
- Nooit meer toezeggen dan er echt over is; liever € 20 die lukt dan € 50 die na 2 maanden stopt.
- Vraag altijd schriftelijke bevestiging, ook bij telefonische afspraken.
- Let op: veel incassobureaus rekenen per regeling € 40 – € 80 "regelingskosten". Niet verplicht, bestrijden.
- Bij meer dan 3 schuldeisers: geen losse regelingen, maar aanmelden bij schuldhulpverlening.
=====
Hi [[p:Hanan]], de regeling met {{o:Coeo}} is rond 👍 5 x € 40,23, begin [[d:1 okt]]. Rek. Coeo staat op de brief (NL-rekening, [[i:NL35RABO5878520495]]), kenmerk [[z:CO-7712048]] vermelden! Lukt het om dat zelf te doen of zal ik het met je in de app zetten? groetjes [[p:Sevda]]
=====
Verzoek tot betalingsregeling – {{o:Gemeente Den Haag}}, Belastingen

Aanslagnummer: [[z:2024.0188.2273]]
Naam: [[p:M. Dąbrowski]]
Adres: [[a:Loosduinsekade 310]], [[pc:2571 CG]]
Bedrag aanslag: € 318,44 (afvalstoffenheffing + rioolheffing)

Ik vraag kwijtschelding aan. Als dat niet lukt wil ik graag betalen in 10 termijnen.
Handtekening: [[p:Marek Dąbrowski]]   Datum: [[d:20-03-2024]]
=====
Betalingsregeling {{o:Flanderijn}} geweigerd. Reden: "onvoldoende aflossingsvoorstel, minimaal € 100 p/m". Kenmerk [[z:F-22.104.887]]. Besproken met {{r:schuldhulpverlener}}: nu aanmelden voor minnelijk traject en moratorium vragen als beslag dreigt. Cliënte [[p:Dayenne Sillé]] is geïnformeerd.
=====
Termijnenoverzicht regeling {{o:CAK}} (klantnummer [[z:8.114.062.933]])
termijn | vervaldatum | bedrag | betaald
1 | [[d:28-02-2024]] | 59,30 | ✔
2 | [[d:28-03-2024]] | 59,30 | ✔
3 | [[d:28-04-2024]] | 59,30 | ✖ (te laat, [[d:6-5]])
4 | [[d:28-05-2024]] | 59,30 | ✔
...
12 | [[d:28-01-2025]] | 59,30 |
=====
Beste [[p:Kwame]],
De termijn van januari aan Intrum is niet afgeschreven omdat er te weinig saldo was. Ik heb Intrum gebeld (wachttijd 40 min) en ze geven ons tot [[d:15 februari]] om het in te halen. Wil je zorgen dat er dan € 85 op je rekening staat? Anders vervalt de hele regeling.
Groet, [[p:Joke de Haan]]
=====
Regeling met de huisbaas van [[p:Ka Wai Cheung]] gaat via zijn zoon. Zoon [[p:Kevin Cheung]] betaalt de € 300 achterstand in 3 delen vanaf zijn eigen rekening [[i:NL75INGB0527344505]]. Mondeling afgesproken, schriftelijk vastleggen!
=====
BEVESTIGING BETALINGSREGELING
Klantnummer [[z:1009774826]] · factuurnummer [[z:KPN-2024-0311-77820]]
Geachte mevrouw [[p:Brouwer]],
U betaalt het openstaande bedrag van € 94,10 in 2 termijnen van € 47,05. De eerste termijn schrijven wij af op of rond [[d:24 juni 2024]], de tweede op of rond [[d:24 juli 2024]].
Vragen? Bel 0800-0402 (gratis) of kijk op kpn.com/betalen.
=====
regeling [[p:lahlali]] vervallen, 2 termijnen niet betaald. deurwaarder komt [[d:do 5-9]]!! direct bellen met mw.
=====
Aanbod schuldeiser (via e-mail [[d:22 mei]]):
"Wij zijn bereid akkoord te gaan met een aflossing van € 35,00 per maand op vordering [[z:HF/2023/88312]] op voorwaarde dat de eerste betaling vóór [[d:1 juni]] a.s. op onze rekening [[i:NL95ABNA6358766338]] staat."
Dit is {{o:Hoist Finance}}. Cliënt ([[p:Soekhai]]) akkoord, betaling ingepland.
""")

# ---------------------------------------------------------------------------
# Quoted letters from CAK, DUO, Belastingdienst/Toeslagen, insurers, energy, incasso
# ---------------------------------------------------------------------------
add(r"""
Brief {{o:CAK}} d.d. [[d:12 maart 2024]] (overgenomen in dossier):

"Geachte heer [[p:Mensah]],
U bent aangemeld bij het CAK omdat u een premieachterstand heeft bij uw zorgverzekeraar van 6 maanden of meer. Vanaf [[d:1 april 2024]] betaalt u daarom een bestuursrechtelijke premie van € 183,58 per maand. Wij houden dit bedrag in op uw uitkering. Uw klantnummer is [[z:7.731.044.618]]."

Actie: uitzoeken of dhr. in aanmerking komt voor de schuldenregeling-uitzondering (art. 18c Zvw). Bij een minnelijk traject kan hij uit de bestuursrechtelijke premie.
=====
Uit brief {{o:DUO}}: "Uw aflosfase is begonnen op [[d:1 januari 2024]]. Het maandbedrag is € 87,14. U betaalt via automatische incasso van rekening [[i:NL82INGB9083296115]]." Klant (dhr. [[p:Liu Yang]]) wist hier niets van, woont sinds 2022 niet meer op het adres waar DUO naartoe schreef. Draagkrachtmeting aangevraagd via Mijn DUO samen met hem. Algemeen nummer DUO: 050 599 77 55.
=====
{{o:Belastingdienst/Toeslagen}} – Beschikking terugvordering zorgtoeslag 2022
Kenmerk: [[z:1022.45.881.Z.22.01]]
Datum: [[d:19 februari 2024]]
Terug te betalen: € 1.476,00
Uiterlijk betalen: [[d:1 mei 2024]]
Betalen op: [[i:NL86INGB0002445588]] t.n.v. Belastingdienst Toeslagen te Apeldoorn

Mw. [[p:Zarmina Popal]] heeft in 2022 samengewoond met haar broer (medebewoner, geen toeslagpartner). Bezwaar gemaakt op [[d:26-03-2024]]; Toeslagen heeft ontvangst bevestigd.
=====
Klantnummer Vattenfall [[z:500 884 117]], de brief "Laatste herinnering voor afsluiting" gedateerd [[d:27 mei]]. Afsluiting gepland tussen [[d:10 juni]] en [[d:14 juni]]. Stoppen via melding vroegsignalering (Vroeg Eropaf). Gebeld met Vattenfall bijzonder beheer op 088-3630000: afsluiting opgeschort zolang het schuldhulptraject loopt.
=====
Citaat brief {{o:Zilveren Kruis}}:
> Beste [[p:Gerrit Koning]],
> U heeft een betalingsachterstand van € 412,66. Als u niet uiterlijk [[d:15 augustus 2024]] betaalt, dragen wij de vordering over aan {{o:GGN}}. Dan komen er kosten bij.
> Uw relatienummer: [[z:141 220 987]]
> U kunt ook een betalingsregeling treffen via Mijn Zilveren Kruis.
Meneer ([[p:Koning]]) had deze brief in de la liggen sinds juli.
=====
{{o:Intrum}} brief, datum [[d:2-10-2024]], dossier [[z:11893204]]:
"Ondanks eerdere herinneringen heeft u de vordering van onze opdrachtgever Vodafone niet voldaan. Hoofdsom € 288,40, incassokosten € 43,26, rente € 6,12. Totaal € 337,78. Indien u niet binnen 14 dagen betaalt, zullen wij onze opdrachtgever adviseren een gerechtelijke procedure te starten."
Zit in de lijst van [[p:Liibaan Egal]], vordering was al bekend als Vodafone/ [[z:VF-228830]].
=====
Brief van de deurwaarder ({{o:Noorderlicht Gerechtsdeurwaarders}}), overgetypt:

EXPLOOT VAN BESLAGLEGGING ONDER DERDEN
Op [[d:maandag 3 juni 2024]] heb ik, [[p:Pieter-Jan Hoekstra]], gerechtsdeurwaarder te 's-Gravenhage, ten verzoeke van {{o:Menzis Zorgverzekeraar N.V.}} beslag gelegd onder {{o:UWV}} op de uitkering van:
de heer [[p:Ahmad Al-Hamwi]], wonende te ([[pc:2533 GJ]]) Den Haag aan de [[a:Rijswijkseweg 419]],
tot verhaal van een vordering groot € 1.902,35.
Dossiernummer: [[z:NLG-24-118820]]

→ beslagvrije voet controleren! Meneer houdt nu € 1.020 over, te weinig met 3 kinderen.
=====
DUO-kenmerk, klantnummer, CAK-klantnummer zijn allemaal verschillend. Tip voor nieuwe collega's: zet in het schuldenoverzicht altijd het kenmerk van de schuldeiser én van het incassobureau, anders raak je de draad kwijt als een vordering 3x wordt doorverkocht.
=====
"Dit is een aankondiging van afsluiting. Uw energiecontract (EAN-code [[z:871687120053412788]]) wordt op [[d:21 november]] afgesloten als u de achterstand van € 634,20 niet voldoet." – Budget Energie, brief aan [[p:Marta Zając]], [[a:Gouverneurlaan 87]].
Let op: in de winter (1 okt – 1 apr) mag afsluiting alleen na contact met de gemeente. Vroegsignalering heeft hier nooit een melding van gehad?
=====
Toeslagen herstel: [[p:Shudaika Maduro]] is erkend gedupeerde. Brief {{o:UHT}} [[d:7 juli 2023]]: € 30.000 compensatie, publieke schulden kwijtgescholden, private schulden via {{o:SBV}} (Stichting Bijzondere Voorzieningen). Dossiernr. UHT: [[z:UHT-0291-44708]]. Zaak [[z:SBV-2023-10915]] loopt.
=====
Overgenomen uit Mijn Belastingdienst (screenshot cliënt):
Voorlopige aanslag IB 2024 – aanslagnummer [[z:5695.31.809.H.46]] – te betalen € 224,00 in 11 termijnen van € 20,36
Terugvordering huurtoeslag 2021 – [[z:5695.31.809.T.12]] – € 0,00 (kwijtgescholden)

BSN cliënt is [[b:569531809]], naam [[p:Lama Sabbagh]].
=====
Brief {{o:CZ}}: "Wij hebben uw verzekering per [[d:1 januari 2025]] beëindigd omdat u de premie niet betaalt." – Meneer is dus vanaf nu onverzekerd?? Direct bellen. Via de gemeentepolis (Collectieve zorgverzekering Den Haag) opnieuw verzekeren, met aanvullend pakket. Verzekeringsnr oud: [[z:8091 4471]].
=====
Uit de brief van de {{o:SVB}} aan mw. [[p:Ruthmila Doran]] ([[d:04-09-2024]]):
"Uw AOW wordt vanaf [[d:1 oktober 2024]] betaald op rekeningnummer [[i:NL45INGB8950469249]]. Het bedrag is lager dan het volledige AOW-pensioen omdat u niet alle jaren in Nederland verzekerd bent geweest (opbouw 68%)."
AIO-aanvulling aangevraagd, aanvraagnummer [[z:AIO-24-0081172]].
=====
Belastingdienst (inning) brief gezien bij huisbezoek: "Dwangbevel" voor aanslag motorrijtuigenbelasting 2023, € 412 + kosten € 61. Mw. heeft de auto al in 2022 verkocht maar het kenteken niet overgeschreven. RDW-vrijwaringsbewijs opvragen. Geen persoonsgegevens in deze notitie, staat verder in het dossier.
=====
Kopie e-mail {{o:Eneco}} klantenservice aan [[p:Hakan]]:

Beste heer [[p:Öztürk]],

Bedankt voor uw bericht van [[d:4 april]]. We zien dat er een achterstand is van € 1.146,90 op contract [[z:201 774 0931]]. We hebben uw dossier op "schuldhulp" gezet, waardoor er de komende 60 dagen geen incassomaatregelen worden genomen. Uw contactpersoon bij de gemeente kan een betalingsvoorstel sturen naar [[e:bijzonderbeheer@eneco.com]].

Met vriendelijke groet,
[[p:Rianne]]
Klantenservice Eneco
=====
DUO brief [[d:26-06]]: "Terugvordering reisproduct € 1.840,00 (kenmerk [[z:4471 9920 31-RP]]), omdat u uw studie heeft gestopt en uw studentenreisproduct niet op tijd heeft stopgezet." [[p:Yasmine]] (19) snapt niet dat dit een schuld is. Uitgelegd. Kwijtschelding kan niet, wel draagkrachtregeling.
=====
Aangetekende brief {{o:Rechtbank Den Haag}}, sector kanton, [[d:5 januari 2024]]:
Dagvaarding in de zaak {{o:Syncasso}} (namens {{o:Ziggo}}) tegen [[p:E. Pattiasina]], rolnummer [[z:10987654 CV EXPL 24-211]]. Zitting [[d:woensdag 24 januari 2024]], 10.00 uur.
[[p:Erwin]] wil niet gaan. Gesprek plannen over schriftelijk antwoord via het {{o:Juridisch Loket}}.
=====
Uit brief CAK (Wlz eigen bijdrage) aan de dochter als gemachtigde:
"Geachte mevrouw [[p:Doelwijt]], de eigen bijdrage van uw moeder, mevrouw [[p:A.M. Doelwijt-Amatsaleh]], is per [[d:1-1-2024]] vastgesteld op € 971,20 per maand. Cliëntnummer [[z:CAK-WLZ-6603918]]."
Te hoog volgens de familie; vermogen van vader is meegeteld. Navragen!
=====
bericht van {{o:Dunea}} (per sms aan client): "Uw waterrekening van € 212,40 staat nog open. Betaal vóór [[d:30/9]] om extra kosten te voorkomen. Klantnr [[z:3000712884]]." Sms komt binnen op [[t:06 3817 2045]], dat is het nummer van de buurvrouw ([[p:Ineke Prins]]) die het doorstuurt.
=====
Uitnodiging {{o:UWV}}: "Wij hebben een vordering op u van € 2.340,00 omdat u in 2023 inkomsten uit werk niet heeft doorgegeven." Dossier: [[z:UWV-VO-23-778102]]. Dhr. [[p:Łukasz Szymański]] werkte 6 weken via uitzendbureau en dacht dat het uitzendbureau dat doorgaf. Boete van 10% erbij. Verzoek om matiging ingediend [[d:7/3]].
=====
Belastingdienst heeft een "verzoek om informatie" gestuurd i.v.m. de aanvraag voor kwijtschelding. Gevraagd: 3 maanden bankafschriften van alle rekeningen, loonstroken, huurspecificatie. Termijn 4 weken. Standaardbrief, geen maatwerk mogelijk via de telefoon (BelastingTelefoon 0800-0543).
=====
Letterhead incasso overgenomen voor het dossier:

{{o:Incasso Haaglanden B.V.}}
Bezoekadres: [[a:Laan van Nieuw Oost-Indië 123]], [[pc:2593 BM]] Den Haag
Postadres: Postbus 16223, 2500 BE Den Haag
T 070 – 311 90 00 (ma-vr 9-17)
IBAN [[i:NL41ABNA8148028534]] · BIC ABNANL2A
Uw dossier: [[z:2024/66713/AK]]
Behandelaar: mevr. [[p:S. Overbeek]]
=====
Herinnering {{o:Menzis}} aan [[p:Priscilla Amatsaleh]]: "Uw premie over de maanden juni t/m augustus 2024 (€ 457,80) is nog niet betaald. Maak het bedrag vóór [[d:20-09-2024]] over op [[i:NL14ABNA3157581750]] o.v.v. betalingskenmerk [[z:5000 1187 3320 4419]]." [[p:Priscilla]] dacht dat haar werkgever de premie inhield (collectief contract), maar dat is per [[d:1 juni]] gestopt.
""")

# ---------------------------------------------------------------------------
# WSNP and minnelijk traject
# ---------------------------------------------------------------------------
add(r"""
Minnelijk traject [[p:Burak Yavuz]] – stand [[d:18-09-2024]]
- Aanmelding bij {{o:Schuldhulpverlening Den Haag}} [[d:02-05-2024]], intake [[d:21-05-2024]]
- Stabilisatiefase afgerond, vtlb berekend: afloscapaciteit € 212,18 p/m
- Saneringsvoorstel verstuurd naar 12 schuldeisers op [[d:16-08-2024]] (18 maanden, uitkeringspercentage 21,6%)
- Akkoord: 10 van 12. Weigeraars: {{o:Belastingdienst}} (nee, verwacht nog), {{o:Lowell}} (weigert)
- Bij weigering Lowell: verzoek dwangakkoord (art. 287a Fw) via de rechtbank
Schuldhulpverlener: [[p:Ruben Stam]], [[t:070 353 72 16]] (direct)
=====
WSNP-toelating dhr. [[p:Mohamed Abdi Nur]]
Uitspraak {{o:Rechtbank Den Haag}} [[d:14 februari 2024]], insolventienummer [[z:C/09/24/59 R]]
Wsnp-bewindvoerder: mr. [[p:A.J. van Rijn]], {{o:Hofkwartier Insolventiebewind}}, [[a:Prinsessegracht 19]], [[pc:2514 AP]] Den Haag
Looptijd: 18 maanden (tot [[d:14 augustus 2025]])

Verplichtingen saniet:
* sollicitatieplicht (min. 4 per maand, want arbeidsgeschikt)
* geen nieuwe schulden
* inkomsten boven vtlb naar boedelrekening [[i:NL29ABNA7319822283]]
* post gaat 3 maanden naar de bewindvoerder (postblokkade)
=====
Verslag gesprek Wsnp-bewindvoerder (telefonisch, [[d:3/10]]):
[[p:Van Rijn]] maakt zich zorgen: [[p:Mohamed]] heeft in augustus en september niet gesolliciteerd en de boedelafdracht van € 118,- is niet gedaan. Bij nog één tekortkoming wordt tussentijdse beëindiging gevraagd. Dan geen schone lei. Ik heb afgesproken dat ik met hem de sollicitaties bijhoud (elke vrijdag in het {{o:Servicepunt XL}} {{w:Laak}}).
=====
Moratorium aangevraagd voor [[p:Giovanni Cova]] (dreigende ontruiming [[a:Oudemanstraat 214]]). Verzoekschrift ingediend [[d:maandag 9 december]], zitting binnen 3 dagen. {{o:Haag Wonen}} heeft ontruiming vastgezet op [[d:17-12-2024]]. Ontruimingsvonnis rolnr. [[z:11223344 CV EXPL 24-8812]].
=====
Schone lei! Vandaag ([[d:21-06]]) de eindzitting van de Wsnp van mw. [[p:Julienne Rosalia]]. Rechter-commissaris heeft de schone lei verleend. 3 jaar geleden begonnen met 38.000 euro schuld. Bloemen gebracht namens het team.
=====
Info voor team: minnelijke schuldregeling in Den Haag duurt sinds 2023 standaard 18 maanden i.p.v. 36. De Wsnp ook 18 maanden. Stabilisatie vooraf kan wel 6-12 maanden duren. Vraag bij aanmelding altijd naar de BKR-registratie en of er een lopende Wsnp-aanvraag in de afgelopen 10 jaar is geweest (10-jaarstermijn!).
=====
Verzoekschrift toelating Wsnp – bijlage "verklaring art. 285 Fw" (concept)
Verzoeker: [[p:Paweł Kamiński]]
Geboren: [[d:11-03-1984]] te Wrocław
Adres: [[a:Esperantostraat 74]], [[pc:2531 HV]] Den Haag
BSN: [[b:947812039]]
Burgerlijke staat: gescheiden
Minnelijk traject mislukt: ja, [[d:11-06-2024]] (3 weigerende schuldeisers op 14)
Gemeentelijke schuldhulpverlener: [[p:Gwen Lodewijks]], dossier [[z:SHV-2023-08812]]
=====
minnelijk [[p:Ahmad]] – Belastingdienst akkoord! alleen Lowell nog. dwangakkoord ligt klaar.
=====
Saneringskrediet aangeboden door {{o:Kredietbank Haaglanden}}? Nee – in Den Haag doet de gemeente dat zelf. Voor mw. [[p:Gebrezgi]] ({{w:Mariahoeve}}): krediet € 6.420, alle 9 schuldeisers in één keer afgekocht (37%), zij lost 18 mnd € 356,66 af aan de gemeente. Leningnummer [[z:SK-2024-00319]].
=====
WSNP – maandelijkse verantwoording (ingevuld met cliënt)
Maand: juli 2024
Inkomen: € 1.662,30 (loon {{o:Albert Heijn}} distributiecentrum)
VTLB: € 1.511,00
Af te dragen aan boedel: € 151,30 — betaald [[d:26-07-2024]] naar [[i:NL29ABNA7319822283]] o.v.v. [[z:C/09/24/59 R]]
Sollicitaties: 5 (lijst bijgevoegd)
Handtekening saniet: [[p:M. Abdi Nur]]
=====
Notitie intervisie: waarom lukt het minnelijk traject zo vaak niet bij jongeren onder 27? Antwoord van de groep: inkomen niet stabiel, vaak ook geen vaste woonplek, en de schuldeisers (veelal telecom en webwinkels) weigeren omdat het om kleine bedragen gaat. Idee: schuldenfonds jongeren (vroeg saneren). Geen casus genoemd.
=====
Aanvraag schuldhulp ingediend via het digitale formulier voor [[p:Shirin Moradi]], referentie [[z:SHV-WEB-558219]], ingediend [[d:29-10-2024]] om 16.42 uur. Wachttijd intake ± 4 weken. Crisisinterventie niet nodig (geen beslag, geen ontruiming).
=====
Wsnp afgewezen voor [[p:Kenneth Vlijter]] – goede trouw ontbreekt (schulden ontstaan door gokken in de laatste 5 jaar). Beschikking [[d:10 juli 2024]]. Hoger beroep bij het hof binnen 8 dagen? Advocaat: mr. [[p:Imran Qureshi]], [[e:i.qureshi@qureshi-advocaten.nl]], [[t:06-2019 4471]]. [[p:Kenneth]] twijfelt.
=====
Schuldregeling afgerond – aflosbrief {{o:Schuldhulpverlening Den Haag}} aan schuldeisers:
"Hierbij delen wij u mede dat de schuldregeling van de heer [[p:R. Ait Taleb]] (geboren [[d:21-03-1981]]) op [[d:31 mei 2025]] met succes is afgerond. Het restant van uw vordering wordt niet meer betaald, conform uw akkoord van [[d:3 december 2023]]. Ons kenmerk: [[z:SHV-2023-07719]]."
=====
Uitleg aan cliënt (in simpele taal, voor [[p:Mussie]]):
1. Je betaalt 18 maanden elke maand een vast bedrag aan de gemeente.
2. De gemeente verdeelt dat over je schuldeisers.
3. Na 18 maanden ben je van je schulden af, ook als niet alles is betaald.
4. Je mag in die tijd geen nieuwe schulden maken. Geen achteraf betalen, geen telefoon op afbetaling.
Als je vragen hebt: bel [[p:Ruben]] op [[t:06-53 11 80 24]] of mij.
=====
Afkoopvoorstel {{o:SBV}} (gedupeerde toeslagen) – overzicht private schuldeisers [[p:Shudaika Maduro]]:
schuldeiser	kenmerk	bedrag	status SBV
Vesting Finance	[[z:VF-20877312]]	€ 1.433,12	afgekocht [[d:12-10-2023]]
Lowell	[[z:LW-7720011]]	€ 388,90	afgekocht [[d:12-10-2023]]
Particuliere lening tante	-	€ 2.500	niet via SBV
=====
[[p:Romano Lie A Kwie]] – stand Wsnp:
begonnen [[d:01-05-2023]], eind [[d:01-11-2024]]
boedelafdracht tot nu toe € 2.118,-
bewindvoerder tevreden, wel waarschuwing gehad ([[d:15 maart 2024]]) vanwege verzwegen vakantiegeld
=====
Tijdens de Wsnp mag er geen nieuwe schuld ontstaan. Voor de zorgverzekering wordt de premie daarom altijd rechtstreeks betaald door de bewindvoerder. Energie op voorschot, iets hoger dan nodig. Dit is gewoon beleid, geen casus.
""")

# ---------------------------------------------------------------------------
# Bank statements copied into notes
# ---------------------------------------------------------------------------
add(r"""
Afschrift betaalrekening [[i:NL54INGB9187043163]] t.n.v. [[p:A. El Khatib]] (geplakt uit internetbankieren):

Datum	Omschrijving	Af/Bij	Bedrag
[[d:01-03-2024]]	Gemeente Den Haag uitkering PW	Bij	1.309,64
[[d:01-03-2024]]	Haag Wonen huur [[z:HW-30112-04]]	Af	712,35
[[d:04-03-2024]]	Lidl 1120 DEN HAAG	Af	43,18
[[d:05-03-2024]]	Tikkie van [[p:Nadia Bouchtaoui]]	Bij	25,00
[[d:06-03-2024]]	Geldmaat Leyweg	Af	100,00
[[d:07-03-2024]]	LOWELL FINANCIAL SERVICES [[z:LW-3381947]]	Af	35,00
[[d:11-03-2024]]	Bet. Casino777 via Trustly	Af	50,00
[[d:11-03-2024]]	Bet. Casino777 via Trustly	Af	50,00
=====
"[[d:20240315]]","[[p:J DE VOS]]","[[i:NL47INGB5822664928]]","[[i:NL89ABNA5652508476]]","GT","Af","250,00","Online bankieren","Naam: [[p:M BAKKER]] Omschrijving: lening terug IBAN: [[i:NL89ABNA5652508476]] Datum/Tijd: [[d:15-03-2024]] 14:02:11"
"[[d:20240318]]","ZILVEREN KRUIS ZORGVERZEKERINGEN","[[i:NL47INGB5822664928]]","[[i:NL28RBRB0039646824]]","IC","Af","146,20","Incasso","Naam: Zilveren Kruis Omschrijving: premie maart relatienr [[z:141220987]] Machtiging ID: [[z:ZK4112098700001]]"
=====
Bankafschrift (foto, overgetypt) — rekening mw. [[p:Nikolova]] bij ING, eind 4417

za [[d:6 apr]]  Action Den Haag Leyweg      -12,95
ma [[d:8 apr]]  Loon Schoonmaakbedrijf Blinkend BV  +684,12
ma [[d:8 apr]]  Overboeking naar [[i:BG08UNCR51811090937865]]  -300,00  "za mama"
di [[d:9 apr]]  Odido   -22,50
wo [[d:10 apr]] Tikkie [[p:Yordanka]] huur   -287,50

Mw. stuurt elke maand geld naar haar moeder in Bulgarije. Meenemen in budgetplan.
=====
Mutaties leefgeldrekening [[p:Soufiane Benali]] (Rabobank, [[i:NL79RABO7402890126]]), opgevraagd bij de bewindvoerder:
[[d:14-10-2024]] bij 40,00 van Stichting Kompas Bewindvoering
[[d:14-10-2024]] af 40,00 geldautomaat
[[d:17-10-2024]] bij 40,00 van Stichting Kompas Bewindvoering
[[d:17-10-2024]] af 20,00 Albert Heijn 1567
[[d:17-10-2024]] af 20,00 Tikkie [[p:Y. Amrani]]
→ wie is [[p:Y. Amrani]]? [[p:Soufiane]] zegt "een vriend, hij krijgt nog geld". Bespreken (leenbeleid, druk van buiten?)
=====
In de bankafschriften van juli zie ik 11 kleine incasso's (tussen € 4,99 en € 19,99) van abonnementen: streaming, een dating-app, twee games, een "gratis proefperiode" die na 14 dagen doorloopt. Samen € 97,63 per maand. Met cliënt alle abonnementen opgezegd behalve Netflix.
=====
Overzicht inkomsten uit bankafschriften mrt–mei (t.b.v. aanvraag Wsnp, [[p:Kamiński]]):
mrt  loon Otto Workforce  € 1.588,20  (op [[d:22-03]])
apr  loon Otto Workforce  € 1.402,77  (op [[d:19-04]])
mei  loon Otto Workforce  € 1.710,04  (op [[d:24-05]])
       + vakantiegeld       € 688,50  (op [[d:24-05]])
Rekening: [[i:NL05KNAB4169595934]]
=====
Terugboeking incasso (storneren) gedaan samen met cliënt via de app, want bedrag was 2x afgeschreven:
[[d:02-09-2024]] CAK ZVW BESTUURSRECHT. PREMIE  -183,58  kenmerk [[z:7731044618]]
[[d:02-09-2024]] CAK ZVW BESTUURSRECHT. PREMIE  -183,58  kenmerk [[z:7731044618]]
Tegenrekening CAK: [[i:NL98INGB0401420049]]
De 2e gestorneerd. Bij CAK gemeld op het algemene nummer 0800-1925.
=====
[[p:Kwabena]] liet op zijn telefoon zien dat er € 480 is overgemaakt aan "[[p:K. Asante]]" met omschrijving "schuld". Dit is zijn neef. Er is dus een particuliere lening die niet in het overzicht staat. Rekening neef: [[i:NL71ABNA8230930887]].
=====
Saldo's [[d:31-08]]:
betaalrekening (ING) € -42,18 (rood!)
leefgeld (Bunq) € 6,10
spaar (ING) € 0,00
=====
IBAN cliënt: [[i:NL 90 INGB 1285 4736 34]]
IBAN partner: [[i:NL90INGB128547364]] (klopt niet, cijfer te weinig – nagevraagd)
IBAN verhuurder: [[i:NL16 INGB 5258 3587 71]]
=====
Uitdraai rekening courant van dhr. [[p:Pinas]]:
Datum     | Tegenpartij                   | Bedrag    | Omschrijving
[[d:02/05/24]]  | SVB                             | +1.088,17 | AOW mei
[[d:02/05/24]]  | VESTIA/ HOF WONEN               |  -604,80  | huur [[z:HOF-883120]]
[[d:06/05/24]]  | [[p:G. PINAS]]                        |  -150,00  | boodschappen pa
[[d:13/05/24]]  | ENECO SERVICES                  |  -131,00  | [[z:201662084]] termijn
[[d:21/05/24]]  | Thuiszorg Florence EB           |   -22,60  | eigen bijdrage
=====
Bankafschriften gecontroleerd met mw. [[p:Arslan]]: geen verdachte transacties, geen nieuwe leningen, geen contante stortingen. Alles in orde voor de aanvraag bijzondere bijstand.
=====
Rabobank, rekening [[i:NL53RABO0936563007]], periode [[d:1-6-2024]] t/m [[d:30-6-2024]]
Beginsaldo 31,22
Bij: DUO studiefinanciering 421,00 | Tikkie [[p:Lotte Schipper]] 15,00 | Tikkie [[p:Gijs]] 15,00
Af: Klarna (Zalando) 89,95 | Klarna (Zalando) 59,95 | Riverty (Wehkamp) 34,99 | Bol.com 48,00 | Odido 25,00 | Uber Eats 6x totaal 142,80
Eindsaldo 60,53
=====
transactie [[d:12 jan 2024]] van [[i:PL40526018159083016613186091]] ([[p:Katarzyna Wójcik]], zus) € 500 "pomoc" – gift, geen lening volgens cliënte. Voor de bijstand wél opgeven!
=====
Kopie uit het Wsnp-dossier: boedelrekening ontvangt maandelijks. Laatste 3 stortingen [[d:26-07-2024]], [[d:27-08-2024]], [[d:25-09-2024]], elk € 151,30. Geen achterstanden.
""")

# ---------------------------------------------------------------------------
# Short notes, chats, team messages
# ---------------------------------------------------------------------------
add(r"""
mw [[p:kaplan]] belde: brief van deurwaarder, wil weten of ze moet betalen. morgen langs.
=====
[09:14] [[p:Sevda]]: iemand die het nummer van de bewindvoerder van [[p:Lahlali]] heeft?
[09:15] [[p:Jasper]]: [[t:06-14 09 55 82]] ([[p:Marloes]])
[09:15] [[p:Sevda]]: top dank je
[09:31] [[p:Noor]]: let op, [[p:Marloes]] werkt niet op woensdag
=====
tel. dhr [[p:Kılıç]] – energie afgesloten?? nee, alleen aangekondigd. Gerustgesteld.
=====
Teams-bericht van [[p:Daan]]: "Wie gaat er mee naar de training 'Vroegsignalering schulden' op [[d:donderdag 14 november]]? Nog 3 plekken, locatie buurthuis {{o:De Mussen}}, 13.00-16.30 uur."
=====
Aan het team: vanaf 2025 melden {{o:Eneco}}, {{o:Vattenfall}} en {{o:Essent}} betalingsachterstanden van 1 maand al bij de gemeente (vroegsignalering). De meldingen komen bij het team Vroeg Eropaf, niet bij ons. Wij krijgen alleen een doorverwijzing als er al een wijkteamcasus loopt.
=====
Hoi [[p:Anil]], hier [[p:Femke]] van het wijkteam. Kun je morgen de brieven van de zorgverzekering meenemen? Vooral die met het kenmerk erop. Tot 10 uur! 🙂
=====
mw [[p:jama]] wil geen bewind, wel budgetcoaching. Akkoord. Aangemeld bij {{o:Humanitas Thuisadministratie}} [[d:25/6]].
=====
NB dhr. [[p:Jan Groen]] is NIET dezelfde als [[p:J. Groen]] uit {{w:Duindorp}} (andere geb. datum: [[d:3-5-1951]] resp. [[d:18-11-1949]]). Dossiers niet samenvoegen.
=====
Vraag in de groepsapp: weet iemand hoe lang het CAK er nu over doet om iemand af te melden na een minnelijke regeling? Ik hoor 6 weken, maar bij ons duurt het al 3 maanden.
=====
Reminder: [[p:Kartoredjo]] – kwijtschelding gemeentelijke belastingen verloopt [[d:31 maart]]!!
=====
Doorverwijzing naar {{o:SchuldHulpMaatje}} voor [[p:Rasha Darwish]]: maatje [[p:Johan Haas]] begint [[d:maandag 3 februari]]. [[p:Rasha]] wil graag een vrouwelijk maatje, is dat haalbaar? Navragen bij coördinator [[p:Ans Boer]] ([[e:a.boer@schuldhulpmaatjedenhaag.nl]]).
=====
Nieuw nummer [[p:Dmytro]]: [[t:+380 67 441 2093]] (Oekraïens). Oude NL-nummer werkt niet meer sinds hij zijn abonnement niet betaalde.
=====
Is er in {{w:Escamp}} nog iemand die vrijwilliger thuisadministratie wil worden? {{o:Humanitas}} heeft een wachtlijst van 20 mensen.
=====
Overdracht (ik ben 2 weken weg):
- [[p:Cheung]]: regeling huisbaas via zoon, check of 1e deel betaald is ([[d:15/8]])
- [[p:Popal]]: bezwaar Toeslagen ligt er, niets doen tot uitspraak
- [[p:Ortega]]: wasmachine geregeld, alleen nabellen
- [[p:Vlijter]]: besluit hoger beroep Wsnp – uiterlijk [[d:18 juli]]!! mr. [[p:Qureshi]] heeft de stukken
=====
SMS aan cliënt: Beste [[p:Hamid]], morgen ([[d:di 22-10]]) om 11.00 komt [[p:Noor]] bij u langs om de brieven te sorteren. Wilt u alle post in de tas doen? Groet, wijkteam
=====
Mail [[p:Ilham Zaari]] ([[e:ilhamzaari88@hotmail.com]]): "ik heb weer een brief van intrum, kunt u bellen?" Gebeld, vordering is oud en al in het minnelijk opgenomen. Intrum heeft dat niet verwerkt. Kenmerk Intrum [[z:11902277]].
=====
Wie kent de huidige beslagvrije voet voor een alleenstaande met bijstand? Ik kom op 95% van de norm, maar de deurwaarder rekent anders.
=====
[[p:Lotte]] vraagt of de studieschuld van [[p:Gijs Lammers]] ook onder de schuldregeling valt. Antwoord: nee, DUO valt er wel onder maar alleen de opeisbare termijnen; rest loopt door via draagkracht.
=====
Voicemail van de {{r:deurwaarder}} ([[p:Hoekstra]]): terugbellen ivm beslag [[p:Al-Hamwi]], dossier [[z:NLG-24-118820]]. Zijn directe lijn: [[t:070 - 762 31 09]].
=====
kort: [[p:Selam]] heeft haar eerste salaris! €1.220 netto. Toeslagen aanpassen en leefgeld omhoog.
=====
Telefoonnotitie [[d:13-3]]. Beller: [[p:Karin Dijkstra]], buurvrouw van dhr. [[p:Wolf]] ([[a:Kamperfoeliestraat 88]]). Meneer staat volgens haar op straat omdat zijn stroom eraf is en hij de deur niet meer opendoet. Gevraagd of meneer zelf wil bellen; nummer gegeven. Haar nummer: [[t:06 8810 2374]].
=====
In het teamoverleg besproken: een cliënt mag nooit zijn pincode of DigiD-gegevens aan ons geven. Ook niet "om even snel" iets bij Toeslagen te regelen. Gebruik een machtiging (DigiD Machtigen) of de gemeentelijke schuldhulpverlener.
=====
@[[p:Sevda]] de machtiging voor [[p:Nour Kassab]] bij Toeslagen is rond, machtigingscode komt per post naar [[a:Populierstraat 41]]. Hou je het in de gaten?
=====
[[p:Erik]] (bewind) belt terug over [[p:Yavuz]] – ok
=====
vraag van [[p:Marco]] (vrijwilliger thuisadministratie): mag hij de post van cliënt mee naar huis nemen om te sorteren? Nee. Alleen bij de cliënt thuis of op het Servicepunt.
=====
Nog een tip: bij een beslag op de toeslagen (niet toegestaan!) direct de deurwaarder bellen en wijzen op art. 45 Awir. Meestal wordt het binnen een week teruggestort.
""")

# ---------------------------------------------------------------------------
# Longer reports, letters, case lessons
# ---------------------------------------------------------------------------
add(r"""
INTAKEVERSLAG – onderdeel Financiën
Cliënt: [[p:Semhar Ghebremichael]] | geb. [[d:02-09-1990]] | BSN [[b:224338079]]
Adres: [[a:Zuidlarenstraat 57]], [[pc:2545 VM]] ({{w:Morgenstond}})
Tel: [[t:06 4092 1187]] | e-mail: [[e:semhar.g90@gmail.com]]
Intaker: [[p:Hatice Yurt]], {{r:maatschappelijk werker}}

Inkomen: Participatiewet, alleenstaande ouder (1 kind, [[p:Abel]], 4 jr). Kindgebonden budget en kinderbijslag ontvangen. Huurtoeslag: ja.
Schulden (globaal, volgens cliënte): € 6.000 – € 8.000. Grootste posten: terugvordering kinderopvangtoeslag 2021 en zorgverzekering. Post wordt niet geopend ("ik ben bang").
Bankrekening: [[i:NL02INGB4449611338]], geen spaarrekening.
Afspraak: op [[d:donderdag 19 september]] samen alle post ordenen; daarna aanmelding schuldhulp. Toestemmingsverklaring getekend.
=====
Casusles (geanonimiseerd) – thema schulden en gezondheid

Een man van midden vijftig in {{w:Moerwijk}}, alleenstaand, met diabetes en beginnende nierproblemen. Hij betaalde zijn zorgverzekering niet meer en werd aangemeld bij het CAK. Daardoor betaalde hij een hogere premie en durfde hij niet meer naar de huisarts "omdat het geld kost". Pas toen de {{r:wijkverpleegkundige}} zag dat zijn voeten ontstoken waren, kwam het wijkteam in beeld.

Wat werkte: een warme overdracht van wijkverpleging naar de {{r:schuldhulpverlener}}, binnen één week een minnelijk traject en daarmee afmelding bij het CAK. De {{r:huisarts}} belde hem zelf op.
Les: vraag bij gezondheidsklachten altijd naar de zorgverzekering, en bij schulden altijd naar gezondheid.
=====
Aan: {{o:Lowell}}, afdeling Klantcontact
Betreft: uw kenmerk [[z:LW-7720011]], mevrouw [[p:S. Maduro]]

Geachte heer/mevrouw,

Mevrouw is erkend gedupeerde van de toeslagenaffaire. Op grond van de regeling private schulden ({{o:SBV}}) is uw vordering op [[d:12 oktober 2023]] afgekocht. Desondanks ontving mevrouw op [[d:4 december 2023]] een nieuwe aanmaning van u. Wij verzoeken u de incasso per direct te staken en dit schriftelijk te bevestigen.

Met vriendelijke groet,
[[p:Tineke Kuipers]]
{{r:maatschappelijk werker}} wijkteam {{w:Stationsbuurt}}
[[t:06-30 55 19 84]]
=====
Signaal vroegsignalering (doorgezet naar wijkteam):
Melding: huurachterstand 2 mnd ({{o:Staedion}}) + energieachterstand ({{o:Essent}})
Adres: [[a:Loevesteinlaan 73]], [[pc:2531 AD]]
Bewoner: [[p:G. Felida]]
Eerdere meldingen: [[d:12-01-2024]] (water), niet opgevolgd, bewoner niet thuis.
Meldingsnummer: [[z:VE-2024-031877]]

Huisbezoek [[d:05-03]] door [[p:Tim]] en [[p:Noor]]: meneer [[p:Raymond Felida]] deed open, woont alleen, sinds de dood van zijn vrouw alles laten liggen. Wil hulp. Post ligt in 4 tassen in de gang.
=====
Overdrachtsverslag aan {{o:Schuldhulpverlening Den Haag}}

Cliënt: [[p:Ethelbert Martha]], [[d:27-01-1963]], BSN [[b:581901848]]
Woonadres: [[a:Van Musschenbroekstraat 55]], [[pc:2522 AG]]
Telefoon: [[t:070-3895521]] (vast) / [[t:06-37 40 12 88]]

Situatie: dhr. is 61, ex-havenwerker, sinds 2019 WIA. Ex-partner [[p:Maria Martha-Jansen]] heeft in 2021 een lening op beider naam afgesloten bij een kredietverstrekker (Santander, [[z:SC-NL-3307712]]). Dhr. betaalt de helft. Overige schulden: CAK, Belastingdienst (IB 2020), gemeente (kwijtschelding afgewezen).
Inkomen WIA € 1.530,88 netto via {{o:UWV}}, op [[i:NL21INGB4705741533]].
Wens cliënt: rust. Wil het huis (koop, {{w:Laakkwartier}}) niet verkopen; overwaarde is klein.
Casusregisseur: [[p:Astrid van Rijn]].
=====
Beleid (gemeente): bij schuldhulp is de wachttijd voor een eerste gesprek maximaal 3 werkdagen bij dreigende ontruiming of afsluiting, anders 4 weken (Wet gemeentelijke schuldhulpverlening art. 4a). Telefonisch aanmelden via 14 070 of het digitale formulier.
=====
Verslag huisbezoek [[d:vrijdag 8 november]] bij [[p:Haider Al-Saadi]] en [[p:Nadia Al-Saadi]], [[a:Rijswijkseweg 1104]] 3-hoog.

Samen alle post doorgenomen (2 vuilniszakken). Gesorteerd in: belangrijk/urgent (7), schuldeisers (23 brieven van 9 partijen), reclame (rest).
Urgent:
1. Dagvaarding {{o:GGN}} namens {{o:VGZ}}, zitting [[d:20-11-2024]] → vandaag nog Juridisch Loket
2. Aankondiging afsluiting {{o:Vattenfall}}, klantnr [[z:500 277 901]], per [[d:15 november]]
3. Verzoek om informatie Toeslagen, termijn verlopen op [[d:1 november]]
Schuldeisers (kenmerken in het schuldenoverzicht). Geschat totaal € 14.000.
[[p:Nadia]] werkt 16 uur in de thuiszorg; loon op [[i:NL48INGB8432830538]]. [[p:Haider]] heeft geen inkomen (wacht op beslissing UWV).
Kinderen: [[p:Ali]] (9), [[p:Zainab]] (6), [[p:Hussein]] (2).
=====
Geachte mevrouw [[p:Achahbar]],

In aansluiting op ons telefoongesprek van [[d:maandag 7 oktober]] stuur ik u de gevraagde stukken voor de aanvraag beschermingsbewind van mevrouw [[p:Parwana Hakimi]]:
1. ingevuld verzoekschrift (getekend [[d:4-10-2024]])
2. schuldenoverzicht (7 schuldeisers, € 9.115,20)
3. budgetplan
4. kopie verblijfsdocument
5. verklaring {{r:huisarts}} (geen psychiatrische diagnose, wel PTSS-klachten)
Mevrouw woont op [[a:Wouwermanstraat 19-I]], [[pc:2525 NE]]. Haar telefoonnummer is [[t:06 41 02 77 59]]; zij spreekt Dari en wat Nederlands. Haar broer [[p:Farid Sultani]] tolkt meestal.

Met vriendelijke groet,
[[p:Karim]]
wijkteam {{w:Schilderswijk}}
=====
Evaluatie pilot "Eén plan bij schulden" (Q2): 42 huishoudens, gemiddelde schuld € 17.300, gemiddeld 11 schuldeisers. 29 huishoudens zijn binnen 3 maanden gestabiliseerd. Knelpunten: Belastingdienst reageert gemiddeld na 9 weken op een saldo-opgave; energieleveranciers wisselen van incassobureau tijdens het traject. Aanbevelingen: één contactpersoon per schuldeiser, vaste overleggen met de 5 grootste partijen.
=====
Verslag driegesprek [[d:17 april]] — locatie Servicepunt XL {{w:Ypenburg}}, kamer 1.08
Aanwezig: [[p:Dorota Kowalczyk]], [[p:Marek Kowalczyk]], {{r:budgetcoach}} [[p:Petra van der Veen]], [[p:Anouk]] (wijkteam), tolk Pools ([[p:Agata]])

Alle 9 schuldeisers zijn nu bekend. Kenmerken opgevraagd. Het gezin betaalt vanaf mei € 30 per maand aan {{o:CJIB}} (2 boetes, [[z:4017 8814 2201 0935]], [[z:4017 8814 2201 0943]]). {{o:Ziggo}} is opgezegd; eindfactuur [[z:F-88021177]] € 130,00.
Lening broer ([[p:Paweł]]) € 1.500 blijft buiten de regeling; hij wacht.
Volgend gesprek: [[d:dinsdag 14 mei]], 14.30 uur.
=====
Van: [[e:toeslagen-herstel.noreply@toeslagen.nl]]
Aan: [[e:shudaikamaduro@live.nl]]
Onderwerp: Bericht in uw berichtenbox

Beste mevrouw [[p:Maduro]],
Er staat een nieuw bericht voor u klaar in uw persoonlijke berichtenbox. Log in met DigiD.
Dit bericht is automatisch verstuurd. U kunt hier niet op antwoorden.
=====
Telefoongesprek met {{o:CAK}} (wachttijd 18 min), namens mw. [[p:Nour Kassab]]:
- CAK-klantnummer: [[z:6.662.181.030]]
- Aanmelding bij CAK per [[d:1 november 2023]] door {{o:DSW}}
- Inhouding bestuursrechtelijke premie op bijstand sinds [[d:1 januari 2024]]
- Afmelding mogelijk zodra schuldregeling is gestart; verklaring van de schuldhulpverlener sturen naar Postbus 84000, 2508 AA Den Haag
- Medewerker: [[p:Jeroen]] (geen achternaam gegeven)
=====
Overleg met {{r:bewindvoerder}} en woningcorporatie over dreigende ontruiming [[p:Hanan Essafi]]:
[[a:Paets van Troostwijkstraat 212]] ({{w:Duinoord}}), huurcontract [[z:VB-212-77041]]. Achterstand € 4.380, vonnis ontruiming [[d:28 augustus 2024]], ontruimingsdatum gepland [[d:24 september]]. Bewindvoerder [[p:Johan Haas]] kan € 2.000 uit de boedel betalen, rest via SUN (aanvraagnr [[z:SUN-24-11920]]). Corporatie wil pas afzien als achterstand in 1 keer is voldaan. Spoedaanvraag bijzondere bijstand ingediend.
=====
Afronding casus [[p:Kenneth]] — samenvatting voor het dossier
Hij heeft afgezien van hoger beroep. In plaats daarvan: aanmelding Brijder (gokverslaving), en na 1 jaar abstinentie opnieuw aanvraag schuldhulp. Zijn zus ([[p:Priscilla Vlijter]]) beheert tijdelijk zijn geld via een vrijwillige budgetbeheerafspraak (geen bewind). Leefgeld € 80 p/w op [[i:NL16INGB5258358771]]. Afgesloten [[d:30 september 2024]].
=====
Thema-avond voor bewoners "Grip op je geld" in de bibliotheek in {{w:Escamp}}: 23 bezoekers. Vragen gingen vooral over de nieuwe energietoeslag en over incassokosten. Volgende editie in maart, dan met iemand van het Juridisch Loket. Geen individuele casussen besproken.
=====
Ter info (uit brief {{o:Gemeente Den Haag}}, afdeling Belastingen, aan dhr. [[p:Dąbrowski]], [[d:2-5-2024]]): "Uw verzoek om kwijtschelding voor aanslag [[z:2024.0188.2273]] is toegekend. U hoeft het bedrag van € 318,44 niet te betalen." Betalingsregeling dus niet meer nodig. Gedeeltelijke kwijtschelding waterschap ({{o:Hoogheemraadschap van Delfland}}) volgt apart.
=====
Uitgebreide notitie na huisbezoek [[d:19-12]] bij mw. [[p:Wang Jun]] en haar zoon [[p:Chen Mei]]... nee, dochter. Excuus: [[p:Chen Mei]] is de dochter (22), [[p:Wang Jun]] de moeder (58).
Moeder heeft sinds de sluiting van het restaurant (eigenaar was haar ex-man, [[p:Chen Li]]) geen inkomen. Ze heeft wel een eigen eenmanszaak gehad in 2018-2020 (nagelsalon) en daaruit nog een naheffing omzetbelasting van € 3.880 ({{o:Belastingdienst}}, aanslag [[z:8817.55.204.B.10.0142]]). Dochter studeert (hbo) en heeft zelf een studieschuld bij {{o:DUO}} (bekend, geen probleem). Dochter regelt de post, maar durft de Belastingdienst niet te bellen.
Actie: ik bel op [[d:maandag 23 december]] met de Belastingdienst (BelastingTelefoon 0800-0543), met machtiging van mw. Daarna aanvraag bijstand (moeder, 58) en toets vermogen: er staat nog € 1.200 op een spaarrekening in China volgens de dochter.
Dochter: [[t:06-1177 3048]], [[e:meichen.studie@outlook.com]].
=====
Vervolg op mail van [[d:2 okt]] (thread):

> Van: [[p:Meryem Çakır]] <[[e:m.cakir@denhaag.nl]]>
> Hoi [[p:Bram]], weet jij of dhr. [[p:Öztürk]] de regeling met Vesting heeft getekend?
>> Van: [[p:Bram Verbeek]]
>> Ja, getekend [[d:30/9]], origineel zit in de map. Vesting kenmerk [[z:77140032]].
>>> Van: [[p:Meryem Çakır]]
>>> Top. Dan kan ik door met de aanmelding. Partner ([[p:Sibel]]) moet nog tekenen voor de gezamenlijke aanvraag.
=====
Rapport aan de kantonrechter – verzoek ontslag bewindvoerder (ingevuld door wijkteam als informant)
Rechthebbende: [[p:Kofi Asante]], geb. [[d:14-04-1977]], [[a:Cannenburchstraat 41]], [[pc:2541 PZ]]
Huidige bewindvoerder: [[p:Ben Kamara]] (natuurlijk persoon, geen kantoor)
Klacht: sinds 4 maanden geen leefgeld, geen rekening en verantwoording over 2023, niet bereikbaar. Telefoonnummer bewindvoerder ([[t:06 8230 1199]]) buiten gebruik.
Beheerrekening onbekend; cliënt heeft alleen een afschrift van [[d:2 februari]] met rekening [[i:NL42RABO7565592869]].
Voorstel nieuwe bewindvoerder: {{o:Bewindvoering Hofstad}}.
""")

# ---------------------------------------------------------------------------
# Mixed: forms, client messages, follow-ups
# ---------------------------------------------------------------------------
add(r"""
whatsapp van cliënt (doorgestuurd door [[p:Jasper]]):
"hoi [[p:jasper]] sorry dat ik laat stuur. dit is mijn rekening [[i:NL32 RABO 6419 9650 43]] op naam [[p:S. Winter]]. kan bewind daar het geld zetten? mijn oude pas is ingeslikt. groet [[p:sandra]]"
=====
Aanvraag {{o:Stichting Urgente Noden}} Haaglanden
Aanvrager (professional): [[p:Anouk Smeets]], wijkteam {{w:Escamp}}
Cliënt: [[p:Dirk Hoek]], [[d:09-12-1972]]
Adres: [[a:Escamplaan 1520]], [[pc:2547 EG]]
Gevraagd bedrag: € 640,00
Doel: voorkomen afsluiting energie (achterstand {{o:Essent}}, klantnr [[z:3001428870]])
Betaling rechtstreeks aan: Essent Retail Energie B.V., [[i:NL88ABNA5158014425]], o.v.v. [[z:3001428870]]
Andere voorzieningen geprobeerd: bijzondere bijstand (afgewezen [[d:02-07-2024]], i.v.m. eerder verstrekte lening), Energiefonds (gesloten)
=====
Dear Mr. [[p:Bondarenko]],

As discussed, I have called {{o:DUO}} about your letter. DUO says you do not have to pay back the "inburgeringslening" because you came from Ukraine under the temporary protection scheme (richtlijn tijdelijke bescherming). The letter (kenmerk [[z:INB-2024-771902]]) was sent by mistake. You will receive a correction by post at [[a:Anna Paulownastraat 63]].

Kind regards,
[[p:Femke Brouwer]]
Social neighbourhood team
=====
Kwijtscheldingsformulier gemeentelijke belastingen – ingevuld met cliënt op [[d:2024-03-12]]

Naam: [[p:Visser]], voorletters [[p:J.M.]]
Geboortedatum: [[d:1958-10-30]]
Burgerservicenummer: [[b:102 844 963]]
Rekeningnummer: [[i:NL39ABNA8949345958]]
Inkomen: AOW + klein pensioen ({{o:PFZW}})
Vermogen: spaarrekening € 1.905 (onder grens)
Auto: nee
Aanslagnummer: [[z:2024.0231.8870]]
=====
Deurwaarder geweest bij dhr. [[p:Mulder]] (stukken gezien):
Beslag op inboedel aangekondigd ivm vordering {{o:Staedion}} € 3.920, "proces-verbaal van beslag" volgt. Deurwaarderskantoor {{o:Van der Veen & Partners}}, dossier [[z:VVP 2024 03318]]. Kantoor zit aan de [[a:Koninginnegracht 8]]. Contactpersoon dhr. [[p:L. Winter]].
Het gaat om: tv, bank, laptop. Meneer wil meewerken aan een regeling maar heeft maar € 40 ruimte.
=====
Beste [[p:Tineke]],
Hierbij mijn overzicht. Ik weet niet of alles klopt.
- huur 650
- gas 120
- verzekering 130
- telefoon 35
- bus 0 (ooievaarspas)
- eten ???
Mvg [[p:Jan de Wit]]
[[a:Mient 241]]
=====
Notitie gesprek [[p:Winter]]/[[p:Hoek]] ([[p:Sandra Winter]] en partner [[p:Dirk Hoek]]) op [[d:vr 13/9]]:
Ze wonen samen maar staan niet ingeschreven op hetzelfde adres ([[p:Dirk]] staat nog op [[a:Escamplaan 1520]] bij zijn moeder). Dat is een risico voor de toeslagen en de bijstand (samenwoning niet gemeld). Uitgelegd wat de gevolgen kunnen zijn: terugvordering en boete. Ze gaan [[p:Dirk]] deze week omschrijven naar [[a:Kerkhoflaan 71]]. Ik meld het ook aan de {{r:klantmanager}}.
=====
Van: Incassobureau {{o:Syncasso}} <[[e:klantenservice@syncasso.nl]]>
Aan: wijkteam {{w:Loosduinen}}
Datum: [[d:28 augustus 2024]]

Geachte heer/mevrouw,

Wij hebben de machtiging van onze debiteur de heer [[p:T. Lewandowski]] ontvangen. Onder dossiernummer [[z:SC-24-0881236]] staat een bedrag open van € 498,27 (hoofdsom € 381,00). Uw voorstel van € 20,00 per maand kunnen wij accepteren indien de eerste termijn uiterlijk [[d:15 september 2024]] is voldaan op [[i:NL38RABO4421232890]].

Hoogachtend,
Afdeling Regelingen
=====
korte notities huisbezoek maandag
- mw [[p:koning]] 76 jr, weduwe, [[a:2e Schuytstraat 140]]
- nabestaandenpensioen van haar man komt niet binnen sinds [[d:1 augustus]] ?? → {{o:PFZW}} bellen, pensioennr [[z:1882-0771-04]]
- huur betaalt ze van spaargeld, nog ± € 900
- dochter [[p:Mieke]] in Zwolle weet van niks, mw wil dat zo houden
=====
Voorbeeld uit de training "Brieven lezen" (fictief, voor oefening): "Geachte heer/mevrouw, wij hebben uw betaling van € 120,00 ontvangen. Er staat nog € 80,00 open. Betaal dit vóór de vervaldatum om extra kosten te voorkomen." Opdracht: zoek het kenmerk, de schuldeiser en de datum in een echte brief.
=====
Sollicitatieoverzicht Wsnp [[p:M. Abdi Nur]] – september
[[d:02-09]] PostNL sorteerder – afgewezen
[[d:05-09]] Albert Heijn DC – uitnodiging gesprek [[d:12-09]]
[[d:12-09]] gesprek AH – aangenomen per [[d:1 oktober]] (0-urencontract)
[[d:16-09]] HTM schoonmaak – geen reactie
=====
Brief CAK, [[d:15-02-2024]], aan mevrouw [[p:E. Kaplan]], [[a:Zonnebloemstraat 26]], [[pc:2565 RE]] Den Haag:
"U heeft een achterstand in de betaling van de Wmo eigen bijdrage van € 57,00. Dit is 3 perioden van € 19,00. Wij sturen u binnenkort een aanmaning." Factuurnummer [[z:W-240115-88431]].
Navragen: de Wmo-bijdrage hoort maximaal € 21,80 per 4 weken te zijn (abonnementstarief 2024), dat klopt wel.
=====
Van: [[p:Joke de Haan]]
Aan: [[p:Kwame Mensah]] <[[e:kwame.mensah77@yahoo.com]]>
Onderwerp: afspraken van vandaag

Hoi [[p:Kwame]],

Zoals besproken:
1. Je belt zelf Intrum om te bevestigen dat de termijn van januari op [[d:14 februari]] komt.
2. Ik vraag bij het CAK na of je kunt worden afgemeld (klantnummer [[z:7.731.044.618]]).
3. [[p:Akosua]] neemt haar loonstroken mee naar de volgende afspraak op [[d:28 februari]].

Groet,
[[p:Joke]]
=====
Ik zie in het dossier van dhr. [[p:De Vos]] drie verschillende telefoonnummers: [[t:06-23 88 14 07]] (werkt niet), [[t:06-23 88 14 70]] (werkt, is van hem), en [[t:070-3664419]] (vast nummer van zijn zus [[p:Ellen de Vos]]). Graag alleen de tweede gebruiken.
=====
Aanvraag energietoeslag 2024 (ingevuld op papier met cliënt):
Naam: [[p:Hristo Todorov]]
Geboortedatum: [[d:22/06/1980]]
BSN: [[b:555 197 720]]
IBAN: [[i:NL75ABNA7236942424]]
Handtekening: ✓
Opmerking: BSN op het ID-bewijs gecontroleerd, mijn overtypfout — het juiste nummer staat in het dossier.
=====
Bewindvoerder {{o:Stichting Kompas Bewindvoering}} heeft het kwartaaloverzicht gestuurd van [[p:Milena Ivanova]] (Q2):
Ontvangsten	€ 4.512,33
Huur	€ 1.725,00 (3 x 575, overgemaakt naar verhuurder [[i:BG47STSA79751043231948]])
Leefgeld	€ 780,00
Zorgverzekering	€ 438,60
Reservering	€ 300,00
Saldo beheerrekening [[d:30-06-2024]]	€ 1.268,73
Opmerking bewindvoerder: "verhuurder heeft nu een NL-rekening geopend, graag die gebruiken: [[i:NL81BUNQ1704702021]]".
=====
mw. [[p:Bakker]] ({{w:Bohemen}}) heeft 2 kinderen en 1 studieschuld: zij zelf heeft een oude lening bij DUO uit 2003. Ze dacht dat die verjaard was. Klopt niet: DUO-schulden verjaren niet zolang DUO blijft aanmanen.
=====
Vanochtend belde dhr. [[p:Lewandowski]]: hij heeft de regeling met Syncasso ondertekend en teruggestuurd. Eerste termijn € 20 betaald op [[d:13 september]]. Ik heb gezegd dat hij het betaalbewijs moet bewaren. Volgende keer ook Zilveren Kruis bespreken (achterstand onbekend).
=====
Intake bewind – aanvullende gegevens (van cliënt zelf ontvangen per mail van [[e:kassab.nour@gmail.com]]):
"mijn kinderen [[p:Yara]] geboren [[d:5-5-2016]] en [[p:Omar]] geboren [[d:17-1-2013]]. mijn ex man is [[p:Khaled Haj Ali]] hij betaalt geen alimentatie. zijn adres weet ik niet. het vonnis van de alimentatie heb ik, zaaknummer [[z:C/09/598812 / FA RK 20-7719]]."
LBIO inschakelen voor inning alimentatie.
=====
Signaal van {{o:Haag Wonen}} (mail [[p:Sanne Vermeulen]], {{r:woonconsulent}}): huurder [[p:Abena Asante]] ([[a:Escamplaan 331]]) 3 maanden achter, € 2.184. Ze reageert niet op brieven. Eerstvolgende stap is een dagvaarding. Haag Wonen wil een keukentafelgesprek samen met ons, voorstel [[d:woensdag 27 maart]] 14.00 uur.
=====
Aantekening uit bewindvoeringsdossier (doorgestuurd met toestemming):
[[d:03-01-2024]] – rechthebbende ([[p:Kees Mulder]]) belt boos, leefgeld te laat i.v.m. feestdagen
[[d:10-01-2024]] – brief {{o:Belastingdienst}} ontvangen: teruggaaf IB 2022 € 412, wordt verrekend met openstaande toeslagschuld
[[d:22-01-2024]] – huisbezoek samen met wijkteam ([[p:Rob Meijer]])
[[d:05-02-2024]] – regeling {{o:CZ}} gestart, € 30 p/m, polisnummer [[z:80914471]]
=====
Rekening voor de tijdelijke huur van de opslag (spullen na ontruiming van [[p:Cova]]): Shurgard, € 64,95 per maand, contractnr [[z:SHG-2209-44871]]. Loopt per [[d:20-12-2024]], eerst 3 maanden vooruitbetaald uit bijzondere bijstand.
""")

# ---------------------------------------------------------------------------
# More forms, timelines and updates
# ---------------------------------------------------------------------------
add(r"""
Aanmeldformulier schuldhulpverlening (ingevuld door wijkteam)
Aanvrager: [[p:Robby Manuputty]]          Geb.: [[d:3 mrt. '71]]
BSN: [[b:1303.12.344]]
Adres: [[a:Soendastraat 19 hs]], [[pc:2585VW]] Den Haag
Telefoon: [[t:(070) 360 41 88]] / mobiel [[t:06-51 92 07 33]]
Partner: [[p:Lies Tjoa]], BSN [[b:9821 13 067]]
Inkomen: WIA + loon partner (kapsalon, 20 uur)
Urgentie: ja – beslag op loon partner door {{o:CJIB}}, vorderingnummer [[z:4019 0033 7718 5562]]
Aangemeld door: [[p:Rutger]], {{r:casusregisseur}} wijkteam {{w:Duinoord}}/{{w:Zeeheldenkwartier}}
=====
Tel. gesproken met [[p:Faadumo]] haar zoon [[p:Liibaan]] (22) — hij wil zijn moeder helpen met de Zilveren Kruis-schuld maar heeft zelf ook een achterstand bij {{o:DUO}}. Zijn nummer: [[t:0031 6 44 19 03 72]]. Hij woont niet bij haar maar bij een vriend op de [[a:Vaillantlaan 77-C]].
=====
Beste meneer [[p:Sno]],

Hierbij bevestig ik onze afspraak: op [[d:dinsdag 4 februari]] om 10.30 uur komen [[p:Ruud Schouten]] ({{r:schuldhulpverlener}}) en ik bij u thuis op de [[a:Dr. Lelykade 64]]. Wilt u klaarleggen: de brieven van {{o:Vattenfall}} en {{o:Intrum}}, uw bankpas en uw ID-kaart? Als het niet uitkomt, belt u dan naar mijn mobiel [[t:06 23 90 18 46]] (niet naar het algemene nummer van de gemeente, 14 070).

Met vriendelijke groet,
[[p:Ellen de Bruijn]]
=====
Aflossingsschema minnelijke regeling — cliënt [[p:Djoeminah Soekhai]], [[z:SHV-2024-04471]]
maand	afdracht	reservering	uitbetaald aan schuldeisers
jan	€ 212,00	€ 0	–
feb	€ 212,00	€ 0	–
mrt	€ 212,00	€ 0	€ 636,00 (uitkering 1, [[d:28-03-2024]])
apr	€ 150,00	€ 62	–
Toelichting: in april minder afgedragen vanwege eenmalige tandartsrekening (€ 62), akkoord van [[p:G. Lodewijks]] per mail [[d:11/4]].
=====
Tijdlijn huurachterstand fam. [[p:Hoek]] ({{w:Bouwlust}}):
- sept: 1e herinnering {{o:Haag Wonen}}
- [[d:14 okt]]: 2e herinnering + aankondiging incasso
- [[d:2 nov]]: dossier bij deurwaarder, kenmerk [[z:VVP 2024 05102]]
- [[d:19 nov]]: wijkteam ingeschakeld (signaal via {{r:woonconsulent}} [[p:Sanne]])
- [[d:21 nov]]: huisbezoek, regeling voorgesteld
Huurder: [[p:Anneke Hoek-Groen]], [[a:Melis Stokelaan 2201]]
=====
Notitie: Dhr. [[p:Yohannes]] heeft van de verhuurder een WhatsApp gehad met "betaal vandaag of ik gooi je eruit". Screenshot in dossier. Verhuurder: [[p:Khalid Boukhari]], [[t:+31 6 1044 2891]]. Dit is een particuliere verhuurder zonder huurcontract. Juridisch Loket ingeschakeld, zaaknummer [[z:JL-24-330918]].
=====
ONDERWERP: Verklaring tbv moratorium – [[p:G. Cova]]
Aan: {{o:Rechtbank Den Haag}}, team Insolventies

Hierbij verklaar ik, [[p:Femke Brouwer]], {{r:casusregisseur}}, dat de heer [[p:Giovanni Cova]] (geb. [[d:07-07-1975]], BSN [[b:690 687 278]]) sinds [[d:11 november 2024]] wordt begeleid door het wijkteam en dat een aanvraag minnelijke schuldregeling is ingediend bij {{o:Schuldhulpverlening Den Haag}} op [[d:3 december 2024]] (dossier [[z:SHV-2024-12206]]).
=====
lijstje van mw [[p:ghebremichael]] zelf geschreven:
"toeslagen - 4200
zilverenkruis - 630
eneco - ? (brief bij [[p:Abel]] school tas gevonden lol)
tele2 - 88"
=====
Mail ex-partner van cliënte ([[p:Rachid Ait Taleb]]) doorgestuurd door [[p:Samira]]:
"Ik betaal de helft van de Eneco schuld maar alleen als ze mij de kinderbijslag geeft van [[p:Bilal]] en [[p:Yasmina]]. Mijn rekening is [[i:NL34ABNA6607085108]]."
Dit is een drukmiddel; besproken met [[p:Samira]] en de {{r:jeugdconsulent}}.
=====
Controle BKR (samen met cliënt, printje meegenomen):
Contractnummer [[z:KRD-88120477]] – doorlopend krediet {{o:Santander}}, limiet € 5.000, A-code (achterstand) sinds [[d:01-10-2022]]
Contractnummer [[z:TEL-4410-0021]] – telefoonabonnement met toestel, geen codering
Naam op het overzicht: [[p:MAHABIER R.]], geboren [[d:05-08-1969]]
=====
Korte update aan het team: cliënte [[p:Ivette Felida]] is vandaag ([[d:vr 7 juni]]) verhuisd naar een kamer in {{w:Transvaal}}. Nieuw adres: [[a:Paul Krugerlaan 118-2]], [[pc:2571 HV]]. Adreswijziging is doorgegeven aan {{o:CAK}}, {{o:Belastingdienst/Toeslagen}} en de bewindvoerder. Bij {{o:DUO}} moet ze het zelf doen (geen machtiging).
=====
Van: [[p:Marloes Doornbos]] <[[e:m.doornbos@kompasbewindvoering.nl]]>
Aan: wijkteam {{w:Laak}}, t.a.v. [[p:Noor]] en [[p:Bram Verbeek]]
Datum: [[d:vr 17 januari 2025]] 16:48
Onderwerp: jaaroverzicht 2024 mw. [[p:Tekin]] + vragen

Beste [[p:Noor]] en [[p:Bram]],

Met toestemming van mevrouw [[p:Gülsen Tekin]] stuur ik jullie een korte samenvatting van de rekening en verantwoording over 2024, die ik volgende week bij de rechtbank indien (zaaknummer [[z:C/09/633170 / FA RK 22-5519]]).

1. Inkomsten: bijstand, zorgtoeslag, huurtoeslag en vanaf [[d:1 september]] het kindgebonden budget voor haar dochter [[p:Elif]] (die weer thuis woont). Totaal € 24.981,40.
2. Vaste lasten zijn allemaal op tijd betaald vanaf de beheerrekening [[i:NL54INGB8345807656]]. Geen nieuwe achterstanden.
3. Schulden: de regeling met {{o:Zilveren Kruis}} (polis [[z:420992115]]) is in oktober afgelost. Bij {{o:Lowell}} loopt nog € 210,00; die wordt in maart afgelost. Het minnelijk traject is dus niet meer nodig.
4. Leefgeld: € 70 per week op haar eigen rekening [[i:NL27INGB7117732464]]. In augustus éénmalig € 150 extra voor schoolspullen.

Vragen aan jullie:
- Mevrouw wil graag zelf weer meer doen. Zien jullie ruimte om het bewind over een half jaar om te zetten naar budgetbeheer of een vrijwillige thuisadministratie-hulp?
- Haar nieuwe mobiele nummer is [[t:06 28 71 50 44]]; het oude nummer op de aanmelding klopt niet meer.

Ik bel mevrouw zelf op [[d:woensdag 22 januari]] om het overzicht door te nemen. Jullie mogen erbij zijn als dat helpt.

Met vriendelijke groet,
[[p:Marloes Doornbos]]
{{r:bewindvoerder}} | {{o:Stichting Kompas Bewindvoering}}
Postbus 30412, 2500 GK Den Haag | T 070 – 205 33 00 (algemeen) | direct [[t:070 205 33 17]]
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    if d.startswith("NL") and len(d) != 18:
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]) or sp["text"] in BAD_BSN, ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]) or sp["text"] in BAD_IBAN, ("bad iban", sp["text"])
        rows.append({"id": "h132-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout132.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print(
        "texts",
        len(rows),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
