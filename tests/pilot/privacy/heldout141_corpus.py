#!/usr/bin/env python3
"""Held-out corpus 141: housing register. Woonconsulenten of housing corporations and
the sociaal wijkzorgteam writing about urgentieaanvragen, woningtoewijzing, woningruil,
huurachterstand and ontruimingsdreiging, burenoverlast, verwaarlozing / hoarding,
sleuteloverdracht and woningschouw; with contract, object and complex numbers, floors
and portieken, and addresses written every way (toevoeging, "3 hoog", "bis", "-II", "zw").

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout141.jsonl next to itself.

Annotation choices for this register (kept consistently):
- huurcontractnummer, objectnummer / VHE-nummer (one dwelling = one household),
  Woonnet-inschrijfnummer, urgentie-aanvraagnummer, klantnummer, meldingnummer,
  deurwaarders- and court case numbers are `dossier`.
- a complexnummer (a block of tens of dwellings), article numbers, amounts, m2,
  energy labels, meter readings, room numbers, times and years are NOT personal.
- a floor written as the house-number suffix ("212 3 hoog", "40-3hg", "7 bis",
  "18 zw", "-II") is part of the address span; a floor written as a separate
  description ("woont op 3-hoog", "12e etage", "portiek links") is not.
- an organisation's general line / klantenservice number and the postcode of a
  Postbus stay unmarked; every e-mail address is marked.
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

# BSNs / IBANs typed wrongly on purpose (still personal data, fail the check)
TYPED_WRONG = {
    "NL88 ABNA 6797 6810 58",
    "NL88ABNA6797681058",
    "NL55 INGB 2617 4658 64",
    "4746 28 385",
}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. E-mail between woonconsulenten (corporation) and the wijkteam
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marloes Hoek]] <[[e:m.hoek@haagwonen.nl]]>
Aan: SWT {{w:Transvaal}}
Onderwerp: RE: zorgen om huurder Kempstraat

Hoi [[p:Ruben]],

Dank voor je telefoontje van gisteren. Zoals besproken: mevrouw [[p:Aksoy]] ([[a:Kempstraat 212 3 hoog]]) heeft inmiddels een achterstand van € 2.318,40, ruim vier maanden huur. Huurcontractnummer [[z:HC-0041872-02]]. We hebben drie aanmaningen gestuurd en een kaartje in de bus gedaan, geen reactie. Incasso wil het dossier per [[d:1 oktober]] overdragen aan de {{r:deurwaarder}}.
Kunnen jullie nog een poging doen? Ze kent jullie {{r:maatschappelijk werker}} [[p:Derya]] nog van vroeger.

Groet,
[[p:Marloes Hoek]]
{{r:Woonconsulent}} {{w:Transvaal}}/{{w:Rustenburg}}
{{o:Haag Wonen}}
M [[t:06 - 52 81 93 07]] (ma, di, do)
Klantenservice (algemeen): 070 - 750 75 00
=====
Hoi [[p:Marloes]],

We zijn vanochtend met z'n tweeën bij mw [[p:aksoy]] langs geweest. Ze deed open! Ze schaamt zich kapot, haar zoon [[p:Emre]] (19) betaalde een deel van de huur en is in de zomer vertrokken. Ze wil een betalingsregeling en geeft toestemming om haar aan te melden bij {{o:Schuldhulpverlening}}. Kun je de overdracht aan de deurwaarder een maand aanhouden?
Ze vraagt of jullie haar op haar mobiel willen bellen i.p.v. brieven: [[t:0638104472]].

Mvg [[p:Ruben Brouwer]]
{{r:maatschappelijk werker}} SWT {{w:Transvaal}} | {{o:Xtra}}
=====
Onderwerp: Aanmelding Vroegsignalering – [[a:Zonnebloemstraat 41-B]]

Beste collega's van het wijkteam {{w:Bomen- en Bloemenbuurt}},

Via de afspraken in het convenant Vroegsignalering melden wij bij jullie aan:
Huurder: dhr. [[p:J.C. Kramer]] (roepnaam [[p:Johan]])
Adres: [[a:Zonnebloemstraat 41-B]], [[pc:2565 SB]] Den Haag
Geb.: [[d:14-02-1961]]
Contractnr: [[z:0712339/01]]
Achterstand: 2 maanden (€ 1.402,18)
Bijzonderheden: alleenstaand, reageert niet op brieven, buren geven aan dat hij veel drinkt. Bij laatste reparatieverzoek (lekkage badkamer, [[d:3 juni]]) zag de {{r:opzichter}} veel lege flessen en een vervuilde keuken.

Wij hebben hem per brief geïnformeerd dat wij zijn gegevens met jullie delen.

Met vriendelijke groet,
Team Huurincasso {{o:Staedion}}
[[p:Sevda Kaplan]], {{r:huurincassomedewerker}}
Postbus 16035, 2500 BA Den Haag
=====
Van: [[e:ihsane.benali@wijkteamsdenhaag.nl]]
Aan: [[e:f.vanbeek@staedion.nl]]
CC: [[e:r.sewdien@denhaag.nl]]
Onderwerp: woningruil fam. [[p:Owusu]] / fam. [[p:de Ruiter]]

Dag [[p:Fleur]],

Zoals afgestemd stuur ik je de gegevens voor de ruil. Beide gezinnen zijn akkoord en hebben elkaars woning bekeken op [[d:zaterdag 7 september]].

Gezin 1: [[p:Kwabena]] en [[p:Abena Owusu]], 4 kinderen, nu in een 3-kamerflat op de 9e etage, [[a:Heeswijkplein 48]] ({{w:Morgenstond}}), contract [[z:HC-0098231-01]]
Gezin 2: mw [[p:Annelies de Ruiter]], alleenstaand, 66 jaar, nu in eengezinswoning [[a:Soestdijksekade 690]], contract [[z:HC-0015526-03]]

Mevrouw [[p:de Ruiter]] kan de trap niet meer op en wil graag met lift, het gezin [[p:Owusu]] heeft ruimte nodig. Het {{r:Wmo-consulent}} advies voor mw is bijgevoegd.

Hoor graag of de ruil voor de commissie van [[d:1 oktober]] kan.

Groeten,
[[p:Ihsane Benali]]
{{r:casusregisseur}} SWT {{w:Escamp}}
=====
Hoi allen,

Kort: de sleuteloverdracht voor [[p:Mariam]] is verzet van vrijdag naar [[d:maandag 14 okt.]] 10:00 uur bij het {{o:Vestia}} kantoor. Ze krijgt 2 sleutels van de voordeur, 1 van de berging en 1 tag voor de portiek. Nieuwe adres: [[a:Oudemansstraat 219]] (2e verdieping, geen lift). [[p:Jolanda]], neem jij de inventaris van {{o:Stichting Urgente Noden}} mee?

[[p:Kees]]
=====
Goedemiddag mevrouw [[p:Winter]],

Naar aanleiding van uw e-mail van [[d:28 augustus]] over de schimmel in de slaapkamer van uw woning aan de [[a:Stieltjesstraat 15-II]]: een {{r:opzichter}} komt op [[d:dinsdag 10 september]] tussen 8.00 en 12.00 uur. Uw reparatieverzoek is geregistreerd onder nummer [[z:RV-2409-11874]].

U schreef ook dat u zich zorgen maakt over uw bovenbuurman. Wij kunnen daar per e-mail niet op ingaan, maar onze {{r:wijkconsulent}} [[p:Tim de Graaf]] neemt telefonisch contact met u op.

Met vriendelijke groet,
Klantcontactcentrum {{o:Staedion}}
=====
Van: [[p:Gijs Prins]]
Verzonden: [[d:dinsdag 3 december 2024]] 09:12
Aan: [[p:Naomi Tjon-A-Fat]]
Onderwerp: huisbezoek [[a:Hoefkade 877]]

[[p:Naomi]],
Ik ben gisteren met de {{r:wijkagent}} bij dhr. [[p:Zeeman]] geweest na de zoveelste melding van de buren (stank, vliegen in het trappenhuis). Hij liet ons niet binnen, maar door de kier zag ik dozen tot het plafond. Dit lijkt me eerder iets voor jullie dan voor ons. Kunnen we een gezamenlijk huisbezoek plannen? Liefst met iemand van {{o:GGD Team Vangnet}}.
Objectnr. [[z:VHE 2231-0147]], complex 2231.
[[p:Gijs]]
=====
Beste [[p:Gijs]],

Prima, ik heb [[p:Zeeman]] besproken in ons teamoverleg. [[p:Esra Yavuz]] ({{r:SPV}}) gaat mee. Voorstel: [[d:woensdag 11 december]] om 14.00 uur, verzamelen bij de portiek. Ik neem een toestemmingsformulier mee.

Groet,
[[p:Naomi Tjon-A-Fat]]
{{r:wijkverpleegkundige}} | SWT {{w:Schilderswijk}}
[[t:06-4192 7730]]
=====
Onderwerp: Terugkoppeling urgentie [[p:Rahma Jama]]

Hoi [[p:Sanne]],

De urgentie van mevrouw [[p:Jama]] is toegekend! Zoekprofiel: 3 kamers, max. 3-hoog of met lift, regio {{w:Den Haag Zuidwest}}. Ze heeft 3 maanden om te reageren via {{o:Woonnet Haaglanden}}. Ik heb haar laten zien hoe ze kan reageren, maar ze heeft geen DigiD en haar telefoon is stuk. Kun jij de komende weken elke maandag samen met haar reageren? Haar inschrijfnummer is [[z:1204-778-316]].

[[p:Bianca]]
=====
Re: Re: overlast [[a:Vaillantlaan 355 A/B]]

@[[p:Tim]]: buurtbemiddeling heeft het geprobeerd, mw [[p:Lewandowska]] (bovenwoning) wil niet meer in gesprek met meneer [[p:Ouchan]] (benedenwoning). Hij klaagt over lopen met hakken en een wasmachine 's nachts, zij zegt dat hij met een bezem tegen het plafond slaat. Beide partijen hebben een logboek. Ik stel voor dat we een gezamenlijk gesprek doen met {{o:Buurtbemiddeling Den Haag}} en de {{r:leefbaarheidsconsulent}}.

@[[p:Priscilla]]: heb jij het nummer van de zoon van meneer? Hij spreekt beter Nederlands.
=====
Beste [[p:Priscilla]],

Hierbij de gegevens die je vroeg, mijn vader geeft toestemming.
[[p:Anouar Ouchan]]
[[t:+31 6 2934 1188]]
[[e:anouar.ouchan91@hotmail.com]]

Mijn vader heeft echt last, hij slaapt al weken slecht. Hij is 74 en heeft hartproblemen.
Gr. [[p:Anouar]]
=====
Aan: [[e:urgentie@denhaag.nl]]
Betreft: aanvullende informatie aanvraag [[z:URG-2024-03317]]

Geachte heer/mevrouw,

Namens mijn cliënte mevrouw [[p:N. Sultani]], geboren [[d:02-11-1988]], wonende [[a:Boekhorststraat 96-III]], [[pc:2512 CV]] Den Haag, stuur ik u de gevraagde stukken:
1. verklaring van {{o:Veilig Thuis}} (d.d. [[d:19-07-2024]])
2. opvangverklaring {{o:Blijf Groep}}
3. uittreksel BRP
Mevrouw verblijft sinds [[d:22 juli]] met haar twee kinderen in de opvang. Terugkeer naar de woning is niet veilig, haar ex-partner woont op dezelfde galerij.

Hoogachtend,
[[p:A. Wardak]]
{{r:maatschappelijk werker}}, {{o:Stichting Kompassie}}
=====
Dag meneer [[p:Wardak]],

Uw aanvullende stukken zijn ontvangen en toegevoegd aan dossier [[z:URG-2024-03317]]. De {{r:urgentieconsulent}} beslist binnen 8 weken. U kunt bij vragen bellen met 14 070 (vraag naar team Urgentie).

Met vriendelijke groet,
{{o:Gemeente Den Haag}}, team Urgentie
=====
Hoi [[p:Rachid]],

Even een check: staat dhr. [[p:Doğan]] ([[a:Escamplaan 40 zw]]) nog op de lijst voor de ontruiming van [[d:18 november]]? Ik hoorde van de {{r:bewindvoerder}} dat de achterstand per [[d:31 oktober]] is voldaan door {{o:Stichting Urgente Noden}} en de {{o:Haagse Kredietbank}}. Als dat klopt, willen jullie de {{r:deurwaarder}} dan afbellen?
Groet [[p:Merel]]
=====
[[p:Merel]], klopt. Betaling is binnen, ontruiming is ingetrokken. Wel een 0-tolerantie afspraak: bij 1 maand nieuwe achterstand gaat het vonnis alsnog uitgevoerd worden. Ik stuur hem vandaag de bevestiging. gr [[p:Rachid]]
=====
Van: [[p:Tjon-A-Fat]], [[p:Naomi]]
Aan: [[p:Prins]], [[p:Gijs]]; [[p:Yavuz]], [[p:Esra]]
Onderwerp: verslag huisbezoek [[d:11-12]]

Kort verslag:
- dhr. binnengelaten na 20 min. praten door de deur
- woonkamer en slaapkamer vol (kranten, plastic tassen, apparaten), looppaden van ±40 cm. Keuken onbruikbaar, gasfornuis vol spullen = brandrisico
- toilet werkt, douche niet (staat vol)
- meneer is helder, weet dat het 'uit de hand is gelopen', wil geen opname
- afspraak: [[p:Esra]] komt 2x per week, we starten met de keuken. {{o:Haag Wonen}} stelt de schouw uit tot [[d:1 maart]].
Volgende MDO: [[d:vr 20 dec]].
[[p:N.]]
=====
Goedemorgen,

Ik ben {{r:ambulant begeleider}} van [[p:Dimitri Hristov]] bij {{o:Limor}}. [[p:Dimitri]] heeft een brief gekregen dat de woning aan de [[a:Deltaplein 220 9-hoog]] wordt geschouwd op [[d:woensdag 5 februari]] vanwege de renovatie van complex 5810. [[p:Dimitri]] raakt hier erg van in de stress. Mag ik bij de schouw aanwezig zijn? Ik ben bereikbaar op [[t:06 27 03 61 98]].

Groet, [[p:Lotte Schouten]]
=====
Hallo [[p:Lotte]], natuurlijk, u bent welkom. Ik noteer het bij de afspraak. De schouw duurt ongeveer 30 minuten; we kijken naar keuken, badkamer en cv-ketel. Met vriendelijke groet, [[p:Jeroen Smit]], {{r:projectopzichter}} {{o:Vestia}}
=====
Onderwerp: FW: klacht buren [[a:Jacob Catsstraat 9 bis]]

---------- Doorgestuurd bericht ---------
Van: [[e:wendy.koning1975@gmail.com]]
Datum: ma [[d:17 jun. 2024]] om 22:41
Onderwerp: klacht buren

geachte woningbouw, ik woon op de [[a:Jacob Catsstraat 9]] en onder mij woont een man met honden die de hele dag blaffen. Ook staat er afval op de galerij en het stinkt in de zomer. Ik heb al 3x gebeld en er gebeurt niks. Mijn huurcontract nr is [[z:40022871]]. ik wil een andere woning.
[[p:Wendy Koning]]
---------------------------------------
[[p:Wilma]], kun jij dit oppakken? Meneer van de benedenwoning is bij ons bekend (zie dossier). Graag afstemmen met het wijkteam. [[p:Ricardo]]
=====
Dag [[p:Ricardo]],

Voor de volledigheid: bij de bewoner van de benedenwoning loopt al een traject via het wijkteam en {{o:Dierenbescherming}}. De honden worden [[d:maandag 24 juni]] opgehaald voor tijdelijke opvang. Mevrouw [[p:Koning]] kan ik beter zelf bellen, ik heb haar nummer niet, wil jij dat naar mij sturen?

[[p:Wilma Sarmo]], {{r:sociaal beheerder}}
""")
# ---------------------------------------------------------------------------
# 2. Urgentieaanvragen (forms, adviezen, beschikkingen, bezwaar)
# ---------------------------------------------------------------------------
add(r"""
AANVRAAGFORMULIER URGENTIE – ingevuld met ondersteuning SWT

1. Gegevens aanvrager
Naam: [[p:Tekle]], [[p:Mehret]]
Geboortedatum: [[d:11-06-1992]]
BSN: [[b:809729702]]
Adres: [[a:Hoefkade 1180 2 hoog]]
Postcode/plaats: [[pc:2526 HE]] DEN HAAG
Telefoon: [[t:06-83125590]]
E-mail: [[e:mehret.tekle@outlook.com]]
Inschrijfnr. Woonnet: [[z:WNH 7734210]]

2. Gegevens partner / medebewoners
[[p:Filmon]] (zoon, 6 jr), [[p:Rahel]] (dochter, 3 jr)

3. Huidige woonsituatie
Onderhuur van een kamer van 12 m² bij een kennis, huurovereenkomst ontbreekt. Gedeelde keuken en badkamer met 4 andere volwassenen.

4. Reden aanvraag
Hoofdhuurder heeft aangekondigd dat mevrouw per [[d:1 november]] moet vertrekken. Dreigende dakloosheid met minderjarige kinderen.

Ondertekening aanvrager: ✓   Datum: [[d:9-10-2024]]
=====
Advies urgentie (medisch) – intern

Client: mw. [[p:G.W. Hoogland-Visser]] (81)
Woont: 3-hoog zonder lift, portiekwoning, {{w:Duinoord}}
Medische situatie: artrose beide knieën, valt regelmatig op de trap, na heupoperatie revalidatie bij {{o:Florence}} tot half december.
Advies {{r:ergotherapeut}}: gelijkvloerse woning of woning met lift noodzakelijk.
Woningaanpassing (traplift) niet mogelijk in portiek.
Conclusie {{r:medisch adviseur}}: urgentie op medische grond, categorie 'gelijkvloers'.
=====
BESCHIKKING
Ons kenmerk: [[z:URG/24/004512]]
Datum: [[d:26 augustus 2024]]
Onderwerp: besluit op uw aanvraag om een urgentieverklaring

Geachte heer [[p:Popal]],

Op [[d:1 juli 2024]] hebben wij uw aanvraag ontvangen. U vraagt urgentie omdat uw woning aan de [[a:Lozerlaan 1521]] te klein is voor uw gezin van zes personen.

Wij wijzen uw aanvraag af. Op grond van artikel 2.6.4 van de Huisvestingsverordening Den Haag 2019 is een te kleine woning geen reden voor urgentie. U kunt binnen zes weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
de {{r:teamleider Urgentie}}
Postbus 12652, 2500 DP Den Haag
=====
Notitie SWT {{w:Moerwijk}} – bezwaar urgentie [[p:Popal]]

Dhr. [[p:Farid Popal]] + echtgenote [[p:Mina]], 4 kinderen (2,5,9,14 jr), 3-kamerwoning 58 m². De oudste ([[p:Omid]]) heeft autisme, slaapt op de bank in de woonkamer. Afgewezen op grond van 'te kleine woning'. Samen met {{r:sociaal raadslid}} bezwaar gemaakt op grond van de zorgsituatie rond [[p:Omid]], onderbouwd met brief {{o:Youz}}. Bezwaarnummer [[z:BZW-24-1188]]. Hoorzitting gepland op [[d:do 21-11]] 13.30 uur, ik ga mee.
=====
Checklist urgentieaanvraag (voor cliënt)
☐ kopie ID
☐ uittreksel BRP (via gemeente, kosten ± € 15)
☐ inkomensverklaring (IB60) van de Belastingdienst
☐ bewijs dat u minimaal 2 jaar in de regio woont
☐ verklaring hulpverlener (bijv. wijkteam, GGZ)
☐ bij relatiebreuk: bewijs van ontbinding of echtscheidingsconvenant
Let op: leges € 50,- worden niet terugbetaald bij afwijzing. Inleveren bij het Klantcontactcentrum in het stadhuis (balie 4) of digitaal.
=====
Aan de {{o:Commissie Urgentie}},

Mijn naam is [[p:Kateryna Bondarenko]]. Ik woon met mijn moeder en dochter sinds maart 2022 in Nederland. Wij wonen op een hotelboot in {{w:Scheveningen Haven}} die in mei sluit. Ik werk als schoonmaakster in het {{o:HMC}}. Mijn dochter [[p:Sofiia]] gaat naar school in {{w:Segbroek}}. Mijn moeder [[p:Halyna]] is 72 jaar en heeft suikerziekte. Wij hebben een plek nodig om samen te wonen. Ik vraag u om urgentie.

Met respect,
[[p:Kateryna B.]]
BSN [[b:480563482]]
tel [[t:+31 6 1574 8802]]
=====
Ondersteunende verklaring t.b.v. urgentieaanvraag

Ondergetekende, [[p:Hanneke van den Heuvel]], {{r:casusregisseur}} bij het sociaal wijkzorgteam {{w:Centrum}}, verklaart dat cliënt de heer [[p:Samir El Hamdaoui]], geboren [[d:3 april 1979]], sinds [[d:14 januari 2024]] bij ons team bekend is.

De heer verblijft na een gedwongen verkoop van zijn koopwoning in de nachtopvang van het {{o:Leger des Heils}} ([[a:Zuidwal 65]]). Hij heeft een vaste baan (32 uur) bij {{o:PostNL}}, geen schulden meer na afronding van de schuldsanering, en is in staat zelfstandig te wonen. Een urgentie voorkomt dat hij zijn baan verliest.

Den Haag, [[d:2 oktober 2024]]
Handtekening: [[p:H. vd Heuvel]]
=====
[[p:Hanneke]], kleine correctie op de verklaring: het geboortejaar van dhr. [[p:El Hamdaoui]] is 1978, niet 1979. Zie paspoort. Kun je de verklaring opnieuw tekenen? gr [[p:Youssra]]
=====
Intake urgentie, telefonisch – aantekeningen [[p:Joyce van Rijn]] (SWT {{w:Laak}})

Beller: mw. [[p:Fatiha Zarrouk]], tel [[t:06 – 42 88 19 03]]
Huidig adres: [[a:Calandplein 12-a]] (bij zus)
Situatie: scheiding, ex ([[p:Mourad]]) blijft in de huurwoning [[a:Fahrenheitstraat 381]]. Mw. staat als medehuurder op contract [[z:HC 0077410 01]].
Vraag: urgentie of kan zij de woning krijgen?
Advies: eerst bij de corporatie vragen of zij als medehuurder de woning kan voortzetten; urgentie kan pas als er geen alternatief is. Doorverwezen naar {{o:Juridisch Loket}}.
=====
Stand van zaken urgenties team {{w:Escamp}} (Q3)

| aanvraagnr | cliënt | grond | status | wie |
|---|---|---|---|---|
| [[z:URG-2024-02290]] | [[p:Boukhari]], [[p:H.]] | medisch | toegekend | [[p:Ihsane]] |
| [[z:URG-2024-02617]] | [[p:Kalloe]], [[p:R.]] | sociaal (huiselijk geweld) | in behandeling | [[p:Merel]] |
| [[z:URG-2024-02904]] | [[p:Nguyen T.H.]] | uitstroom opvang | toegekend | [[p:Ihsane]] |
| [[z:URG-2024-03012]] | [[p:Mazur]], [[p:K.]] | financieel | afgewezen, bezwaar | [[p:Merel]] |
| [[z:URG-2024-03155]] | [[p:van Wijk]], [[p:E.]] | medisch | aanvullende info | [[p:Pim]] |

Toegekend 2 / afgewezen 1 / lopend 2. Gemiddelde doorlooptijd 7,5 week.
=====
uitstroom MO → zelfstandig wonen
dhr [[p:tewelde]] heeft vandaag de urgentie binnen (uitstroomurgentie MO) en mag reageren op 1-kamerwoningen. {{r:trajectbegeleider}} {{o:Kessler Stichting}} gaat met hem woningen zoeken. Voorwaarde van de corporatie: 1 jaar begeleid wonen-contract (Skaeve Huse nee, gewoon regulier met begeleiding). Afspraak [[d:vrijdag 25/10]].
=====
Afwijzing urgentie – uitleg aan cliënt (in eenvoudige taal)

Beste [[p:Mevlüt]],

De gemeente zegt nee tegen jouw urgentie. Dat betekent: je krijgt geen voorrang op een huis.
Waarom? Je woont nu bij je ouders. De gemeente vindt dat je daar nog kan wonen.
Wat kan je doen?
- Blijf reageren op huizen op {{o:Woonnet Haaglanden}}. Je inschrijfduur is 6 jaar.
- Je kan bezwaar maken. Dat moet vóór [[d:15 januari]]. Ik help je daarbij.
- Kijk ook naar kamers bij {{o:DUWO}} of {{o:Haag Wonen}} (jongerenwoningen tot 27 jaar).
Groet, [[p:Pim]] van het wijkteam
=====
Hoorzitting bezwaarcommissie – aantekeningen

Zaak: [[z:BZW-24-1188]] ([[p:Popal]])
Aanwezig: dhr en mw [[p:Popal]], {{r:sociaal raadslid}} mr. [[p:D. Kuiper]], ondergetekende, namens gemeente mw [[p:Hakimi]] ({{r:jurist}}).
Commissie vraagt naar de medische verklaring van [[p:Omid]], die ontbreekt in het dossier. Gemeente erkent dat de brief van {{o:Youz}} niet is meegewogen. Uitspraak binnen 6 weken.
Mijn inschatting: kansrijk.
=====
Vraag in het teamoverleg: hoe zit het met urgentie voor mantelzorgers? Antwoord {{r:Wmo-adviseur}}: mantelzorgurgentie bestaat in Den Haag niet meer als aparte grond, wel kan de zorgvrager 'medische urgentie' krijgen als verhuizen naar de mantelzorger noodzakelijk is. In de praktijk vaak beter om via woningruil of een 'bijzondere bemiddeling' van de corporatie te gaan. Doorlooptijd aanvragen nu gemiddeld 8 tot 10 weken.
=====
Dossiernotitie [[d:12-03]]
mw [[p:Zhou]] belde, urgentie toegekend maar woning aangeboden op de 12e etage in {{w:Bouwlust}} ([[a:Hengelolaan 1054]]). Mw heeft hoogtevrees en paniekaanvallen, wil weigeren. Uitgelegd dat bij weigering van een passend aanbod de urgentie vervalt. Met {{r:POH-GGZ}} [[p:Wu]] (zelfde praktijk) gebeld voor een verklaring; kan mogelijk als 'niet passend' worden aangemerkt. Reactie corporatie vóór [[d:vrijdag 15 maart]].
=====
Mail van het {{o:Huurteam}}:

"Beste [[p:Laura]], wij kunnen mevrouw [[p:Stoyanova]] helpen met de huurverlaging via de {{o:Huurcommissie}}. De kale huur van € 1.150 voor 38 m² ({{w:Stationsbuurt}}, particuliere verhuurder) is ruim boven het maximum volgens het puntenstelsel (WWS 2024: 119 punten). Wil je haar vragen het huurcontract en de laatste 3 betaalbewijzen mee te nemen naar het spreekuur op [[d:dinsdag 8 oktober]]? Groet, [[p:Thijs]]"
=====
Uitnodiging woningaanbieding

Geachte mevrouw [[p:Ghebreyesus]],

U staat op plaats 1 voor de woning [[a:Erasmusweg 774]], [[pc:2532 CN]] Den Haag (3 kamers, 2e verdieping, galerijflat, energielabel B, kale huur € 612,38, servicekosten € 42,10).
Bezichtiging: [[d:donderdag 19 september]] om 15.15 uur. Verzamelen bij de hoofdingang.
Reactienummer: [[z:R-1938475]]. Neem een geldig identiteitsbewijs mee en de gevraagde inkomensgegevens.

Met vriendelijke groet,
Verhuur {{o:Haag Wonen}}
=====
Verhuurnotitie – weigering aanbod
[[z:R-1938475]] / kandidaat 1 ([[p:Ghebreyesus]], [[p:S.]]) weigert: woning ligt te ver van school zoon. Uitleggen dat dit geen geldige weigeringsgrond is bij urgentie → 2e weigering = urgentie vervalt. Kandidaat 2: [[p:Aziz Darwish]], tel. [[t:06 51 09 38 24]], bezichtiging [[d:vr 20/9]] 9:00.
=====
Wijkteam {{w:Laakkwartier}} – casus 'geen huis na detentie'
Korte vraag aan de collega's: wie heeft ervaring met het vinden van woonruimte na detentie? Cliënt (31) komt over 6 weken vrij, had vóór detentie een woning, die is ontbonden vanwege huurachterstand. {{o:Reclassering}} ([[p:Marco Dijkhuizen]]) wil meedenken. Urgentie zal lastig zijn. Tips welkom.
=====
Beste mevr. [[p:Sopacua]],

Bedankt voor het gesprek van vandaag. Zoals afgesproken stuur ik u een overzicht van wat nodig is voor de aanvraag van uw moeder, mevrouw [[p:M. Pattiasina]] (geb. [[d:07-09-1940]]), BSN [[b:597822554]], voor een seniorenwoning in {{w:Loosduinen}} (gelijkvloers, met lift):
- medische verklaring huisarts (dr. [[p:Siahaya]])
- toestemmingsformulier (ondertekend door uw moeder)
- machtiging voor u als contactpersoon
Met vriendelijke groet,
[[p:Ellen Verhoeven]], {{r:ouderenconsulent}}
""")
# ---------------------------------------------------------------------------
# 3. Huurachterstand, betalingsregelingen, ontruimingsdreiging
# ---------------------------------------------------------------------------
add(r"""
Overzicht vroegsignalering huurachterstand – aangeleverd door {{o:Vestia}} aan SWT {{w:Morgenstond}}

contractnr	naam	adres	mnd	bedrag
[[z:3310442]]	[[p:Sewdien-Bhoendie]]	[[a:Meppelweg 807]]	2	€ 1.188,00
[[z:3310587]]	[[p:Kılıç]]	[[a:Steenwijklaan 218 III]]	3	€ 1.771,35
[[z:3318820]]	[[p:Vrolijk]]	[[a:Heeswijkplein 112]]	2	€ 1.263,80
[[z:3320016]]	[[p:Abdullahi]]	[[a:Lorentzplein 31 2hg]]	4	€ 2.540,10
[[z:3321974]]	[[p:Wójcik]]	[[a:Hengelolaan 866-A]]	2	€ 1.090,44

Graag terugkoppeling per huishouden vóór [[d:15 mei]]. Alle huurders zijn schriftelijk geïnformeerd.
=====
Terugkoppeling SWT {{w:Morgenstond}} op lijst vroegsignalering:
- [[p:Sewdien-Bhoendie]]: contact gehad, dochter ([[p:Reshma]]) regelt het, 1e termijn betaald
- [[p:Kılıç]]: niet thuis (3x), kaartje, buurvrouw zegt dat meneer in Turkije is
- [[p:Vrolijk]]: mevrouw wil geen hulp, zegt dat het 'een vergissing van de bank' is
- [[p:Abdullahi]]: aangemeld bij {{o:Schuldhulpverlening}}, intake [[d:28 mei]]
- [[p:Wójcik]]: telefonisch bereikt ([[t:+48 512 330 871]]), werkt in Polen tot juni
=====
Betalingsregeling huurachterstand

Huurder: [[p:Hamdan]], [[p:Y.]] – huurcontract [[z:HC-0063315-01]]
Woning: [[a:Paul Krugerlaan 140-3hg]]
Totale achterstand: € 1.944,60
Regeling: 12 termijnen van € 162,05 naast de lopende huur, via automatische incasso van rekening [[i:NL78RABO3627495914]]
Eerste termijn: [[d:28-06-2024]]
Bij het niet nakomen van 1 termijn vervalt de regeling en wordt de vordering uit handen gegeven.

Voor akkoord huurder: ___________    Voor akkoord {{o:Haag Wonen}}: [[p:R. Bennani]]
=====
Aan: SWT {{w:Bezuidenhout}}
Hallo, de regeling van meneer [[p:Hamdan]] is alweer gestopt, 2e termijn gestorneerd. Ik heb geprobeerd hem te bellen op [[t:0617335260]] maar krijg een ander persoon. Hebben jullie een actueel nummer? Anders gaat het door naar {{o:GGN}}. [[p:Rachid]]
=====
WhatsApp (werktelefoon) – met [[p:Youssef Hamdan]]
[14:02] Ik: Goedemiddag meneer [[p:Hamdan]], met [[p:Laura]] van het wijkteam. De woningcorporatie kan u niet bereiken. Klopt uw nummer nog?
[14:40] [[p:Youssef]]: ja dit is nieuwe nummer. oude telefon is kapot
[14:41] [[p:Youssef]]: ik weet van de huur. ik heb geen werk sinds juni
[14:43] Ik: Mag ik uw nieuwe nummer aan {{o:Haag Wonen}} geven? En zullen we samen naar de uitkering kijken?
[14:58] [[p:Youssef]]: ok. morgen?
[14:59] Ik: Morgen 10.00 uur bij u thuis
=====
AANZEGGING ONTRUIMING

Gerechtsdeurwaarderskantoor {{o:Bos & Hoekstra}}
Ons dossier: [[z:24.07719/KO]]

Aan: de heer [[p:A.R. Mangroelal]] en allen die zich met of namens hem in de woning bevinden
Adres: [[a:Loosduinsekade 481]], [[pc:2571 CK]] Den Haag

Ter uitvoering van het vonnis van de kantonrechter te Den Haag d.d. [[d:4 september 2024]], zaaknummer [[z:11087355 CV EXPL 24-5520]], zeg ik u aan de woning uiterlijk op [[d:dinsdag 22 oktober 2024]] om 09.00 uur te hebben verlaten en ontruimd.
Kosten van deze aanzegging: € 121,67.
=====
Spoed – ontruiming [[d:22/10]] dhr [[p:Mangroelal]]
Aan allen,
vandaag pas via de buurvrouw gehoord dat dhr [[p:Mangroelal]] ([[a:Loosduinsekade 481]]) dinsdag ontruimd wordt. Hij is 68, COPD, heeft een hond. Niemand in het netwerk. Vragen:
1) [[p:Rachid]] ({{o:Haag Wonen}}): is uitstel bespreekbaar als {{o:SUN}} de achterstand betaalt?
2) [[p:Ashwin]] ({{o:GGD}}): kan {{o:Team Vangnet}} vandaag mee op huisbezoek?
3) wie regelt opslag van de spullen? {{r:deurwaarder}} vraagt € 450 voor 3 maanden opslag.
[[p:Merel]] (SWT {{w:Loosduinen}}) [[t:06 30 18 45 62]]
=====
Hoi [[p:Merel]], uitstel kan alleen als de volledige achterstand (€ 4.102,55) + proceskosten vóór maandag 12.00 uur binnen is én er een bewindvoerder komt. Ik heb de deurwaarder al gebeld, die houdt het tot maandagmiddag aan. [[p:Rachid]]
=====
Logboek ontruiming [[a:Loosduinsekade 481]]
vr: SUN aanvraag ingediend (€ 2.500), gemeente bijzondere bijstand aangevraagd voor rest
za: dhr tekent verzoek beschermingsbewind, bewindvoerder [[p:Karijopawiro]] ({{o:Budgetbeheer Haaglanden}}) accepteert
ma 11:40: betaling SUN + gemeente binnen bij {{o:Haag Wonen}}
ma 12:10: {{r:deurwaarder}} trekt ontruiming in
Afspraak: dhr krijgt nieuw contract met 'laatste kans' clausule, 2 jaar woonbegeleiding via {{o:Kessler Stichting}}.
=====
geachte mevrouw van de woningbouw

ik schrijf u want ik kan de huur van deze maand niet betalen. mijn uitkering is gestopt omdat ik een brief niet heb gestuurd naar het uwv. ik heb nu alles gestuurd. ik betaal volgende maand dubbel. ik woon op de [[a:vlierboomstraat 322]] en mijn naam is [[p:lucia rosalia]] mijn nummer van contract is [[z:5509127]] ik heb 3 kinderen. alstublieft niet naar de deurwaarder.

groetjes [[p:lucia]]
=====
Notitie casusoverleg 'Vroeg Eropaf' [[d:dinsdag 4 juni]]

Aanwezig: {{o:Staedion}} ([[p:Sevda]]), {{o:Haag Wonen}} ([[p:Rachid]]), {{o:Vestia}} ([[p:Mustafa]]), SWT {{w:Escamp}} ([[p:Ihsane]], [[p:Pim]]), {{o:Schuldhulpverlening}} ([[p:Wendela]])

1. [[p:Rosalia]], [[a:Vlierboomstraat 322]]: uitkering hersteld, achterstand € 880. Regeling 6 mnd. Afgesloten voor het overleg.
2. [[p:Kamińska]], [[a:Goudenregenstraat 57 bov.]]: 5 mnd achterstand, dagvaarding is uitgebracht, zitting [[d:20 juni]]. [[p:Pim]] gaat mee naar de zitting.
3. [[p:Jhagroe]], [[a:Beresteinlaan 440]]: zoon woont er, moeder overleden in februari. Geen huurcontract op naam zoon. Medehuurderschap aanvragen? [[p:Mustafa]] zoekt uit.
4. Complex 1410 (portiekflats Beresteinlaan): opvallend veel achterstanden sinds de nieuwe servicekostenafrekening. Voorstel: voorlichting in het wijkcentrum.
=====
Vonnis kantonrechter – samenvatting voor cliënt (door SWT)

- De rechter zegt dat de huur is opgezegd (ontbonden).
- U moet de woning uiterlijk 14 dagen na betekening verlaten.
- U moet € 3.318,20 betalen plus rente en kosten.
- Dit staat in het vonnis met nummer [[z:10944812 CV EXPL 23-9917]].
Wat kunnen we nog doen? Hoger beroep is duur en kansloos. Wél kunnen we met de corporatie praten over een 'laatste kans'-contract. Daarvoor moet u meewerken aan bewind.
=====
Verslag huisbezoek huurachterstand
Datum: [[d:16/07/2024]]
Bezoek door: [[p:T. Lachmon]] ({{r:woonconsulent}}) en [[p:F. Benali]] (SWT)
Huurder: mw [[p:E. Yordanova]], [[a:Jan Blankenstraat 3 bis]]
Aanwezig: mw + partner ([[p:Plamen]]), 2 kinderen
Bevindingen: woning schoon, weinig meubels. Partner werkt via uitzendbureau, wisselend inkomen. Huurtoeslag nooit aangevraagd (!). Achterstand 3 mnd.
Afspraken:
- huurtoeslag aanvragen met terugwerkende kracht (SWT helpt)
- regeling € 100/mnd, eerste termijn [[d:1 aug.]]
- volgend bezoek over 6 weken
=====
Hoi, ik ben [[p:Nadia]] van de {{o:Vroegsignalering}} gemeente. Ik kreeg een signaal van zowel de zorgverzekeraar als de corporatie over hetzelfde adres, [[a:Van der Vennestraat 71]]. Dat is een 'stapeling'. Mag ik dit bij jullie neerleggen? Het gaat om een gezin met 5 kinderen, vader heet [[p:Girigorie]].
=====
Intern memo {{o:Haag Wonen}} – beleid huurachterstand 2025
- Na 1 maand achterstand: herinnering + sms
- Na 2 maanden: huisbezoek door {{r:woonconsulent}}, melding vroegsignalering gemeente
- Na 3 maanden: overdracht deurwaarder, tenzij er een lopend hulptraject is
- Ontruiming alleen na overleg in het Escalatieoverleg Wonen (elke 2e dinsdag)
Doel: aantal ontruimingen wegens huurachterstand met 30% omlaag t.o.v. 2023 (toen 41).
=====
Sms aan huurder (standaard): "Beste huurder, uw huur van deze maand is nog niet betaald. Betaalt u vóór de 15e? Lukt het niet? Bel ons, dan zoeken we samen een oplossing. Groet, Haag Wonen"
=====
Huurachterstand [[p:Kamińska]] – zitting [[d:20-06]]

De kantonrechter heeft de zaak aangehouden voor 4 weken, zodat {{o:Schuldhulpverlening}} een schuldenoverzicht kan maken. Mw. [[p:Agata Kamińska]] was aanwezig met [[p:Pim]] en een tolk Pools. Nieuwe zitting: [[d:18 juli]]. Advocaat corporatie: mr. [[p:S. van Dam]].
=====
Beste [[p:Ricardo]],

Mevrouw [[p:Leito]] vraagt of de huur kan worden afgeschreven van haar nieuwe rekening [[i:NL88 ABNA 6797 6810 58]] in plaats van de oude bij de ING. Toestemming voor het doorgeven heb ik (formulier zit in het dossier). Huurcontract [[z:HC-0050911-02]], woning [[a:Hanenburglaan 77 1e]].

Met groet, [[p:Wendela Kok]]
=====
Rekeningnummer mw [[p:Leito]] klopt niet, krijg een foutmelding. Kun je het checken? Ik heb: [[i:NL88ABNA6797681058]] → fout. [[p:Ric]]
=====
@[[p:Ricardo]] sorry, cijfers omgedraaid. Het is [[i:NL88ABNA6797681085]]. [[p:Wendela]]
=====
Escalatieoverleg Wonen – [[d:10 sep]]
Casus A: gezin met 3 kinderen, achterstand € 6.200, vonnis ligt er. Corporatie wil ontruimen, wijkteam vraagt 'laatste kans'. Besluit: geen ontruiming als binnen 2 weken bewind + budgetbeheer geregeld is.
Casus B: alleenstaande man, 58, ernstige vervuiling + achterstand. Besluit: eerst GGZ-beoordeling, ontruiming aangehouden tot [[d:1 november]].
(Namen en adressen in het beveiligde verslag.)
=====
Dag [[p:Mustafa]],
Graag een stand van zaken over de woning van wijlen mw [[p:Jhagroe]] ([[a:Beresteinlaan 440]]). Zoon [[p:Navin Jhagroe]] (geb. [[d:23-01-1990]]) woont er al 12 jaar. Hij betaalt sinds februari de huur van zijn eigen rekening ([[i:NL49INGB3865999710]]). Wil hij huurder worden, welke stukken heb je nodig? Bel gerust: [[t:070-2051 883]] (mijn directe lijn).
[[p:Ihsane]]
=====
Kosten ontruiming (indicatief, voor voorlichting)
- aanzegging: ± € 120
- ontruiming zelf (deurwaarder, slotenmaker, verhuizers, politie): € 1.500 – € 3.000
- opslag inboedel: € 150 per maand, max. 3 maanden
Tel daarbij de achterstand en proceskosten. Een ontruiming kost de corporatie gemiddeld ruim € 8.000.
""")
# ---------------------------------------------------------------------------
# 4. Overlast tussen buren, buurtbemiddeling, leefbaarheid
# ---------------------------------------------------------------------------
add(r"""
LOGBOEK GELUIDSOVERLAST (bijgehouden door huurder)
Naam: [[p:Petra Groen]]   Adres: [[a:Thorbeckelaan 506-I]]
Overlast van: bovenburen, [[a:Thorbeckelaan 506-II]]

datum        | tijd        | wat
[[d:ma 3/6]]      | 23:15-01:40 | harde muziek, bonken
[[d:di 4/6]]      | 00:30       | geschreeuw, deur slaat
[[d:vr 7/6]]      | 22:00-03:00 | feest, ±15 mensen op balkon
[[d:za 8/6]]      | 14:00       | boormachine (mag, maar 3 uur lang)
[[d:zo 9/6]]      | 02:10       | ruzie, iets valt op de vloer, politie gebeld (registratienr. [[z:PL1500-2024173391]])
Handtekening: [[p:P. Groen]]
=====
Intake {{o:Buurtbemiddeling Den Haag}}
Aanmelder: dhr. [[p:B. Schipper]], [[t:070 – 388 14 26]]
Tegenpartij: gezin [[p:Al-Masri]] (bovenwoning)
Klacht: kinderen rennen en springen tot 's avonds laat, balkon wordt gebruikt als opslag, sigarettenpeuken op zijn balkon.
Eerdere stappen: briefje in de bus, 1x aangebeld (niet opengedaan).
Bereidheid tot gesprek: ja, 'als het maar ophoudt'.
Bemiddelaars: [[p:Corrie]] en [[p:Hakan]] (vrijwilligers)
Eerste contact tegenpartij: [[d:woensdag 12 februari]] 19.00 uur
=====
Terugkoppeling bemiddeling [[p:Schipper]] – [[p:Al-Masri]]: gesprek goed verlopen. Fam. [[p:Al-Masri]] wist niet dat de vloer zo gehorig is, legt vloerkleden en brengt de kinderen om 20.00 uur naar bed. Dhr. [[p:Schipper]] zegt voortaan gedag. Afgesloten.
=====
Aan {{r:Wijkagent}} [[p:Van Beek]] en SWT {{w:Regentessekwartier}}

Melding dreiging: dhr. [[p:Horváth]] ([[a:Weimarstraat 188 boven]]) heeft gisteren zijn benedenbuurvrouw mw [[p:Anthony]] bedreigd met een mes in het trappenhuis, volgens haar verklaring. Aangifte is gedaan. Mw is met haar dochter tijdelijk bij familie. Wij overwegen een gedragsaanwijzing via de burgemeester. Is er bij jullie iets bekend over dhr. [[p:Horváth]]? Er lijkt sprake van verward gedrag.

{{o:Staedion}}, [[p:Tim de Graaf]], {{r:wijkconsulent}}
=====
Onderwerp: hennepkwekerij [[a:Oostduinlaan 61a]]
Na melding van de buren (warmte, geur) heeft de politie op [[d:13-11]] een kwekerij aangetroffen (142 planten). De burgemeester sluit de woning op grond van art. 13b Opiumwet voor 3 maanden. Huurder: [[p:D. de Vos]], contract [[z:HC-0039077-01]]. Wij starten de ontbindingsprocedure. In de woning woont ook zijn moeder ([[p:Ria de Vos]], 79), die hier mogelijk niets van wist. Kunnen jullie haar opvang en ondersteuning regelen?
=====
Notitie [[p:Priscilla]], SWT: mw [[p:Ria de Vos]] voorlopig bij haar zus in Zoetermeer. Ze is zwaar overstuur. Vraag aan {{o:Staedion}}: kan zij in aanmerking komen voor een eigen (kleinere) woning los van haar zoon? {{r:Ouderenconsulent}} [[p:Jacqueline]] doet het vervolg.
=====
Klacht ingediend via website (automatisch doorgestuurd)
Naam: anoniem
Adres overlastgever: Prins Hendrikstraat (nummer weet ik niet, het huis met de groene deur)
Omschrijving: er worden elke avond auto's geladen en uitgeladen, ook na middernacht. Mannen staan in de portiek te roken. Ik durf niet meer alleen naar binnen.
=====
hoi [[p:Tim]], buurtbemiddeling doet niks met dreiging, dus dit ligt echt bij jullie en de politie. Wij kunnen alleen de mevrouw ondersteunen ([[p:Anthony]]). Zij wil graag een andere woning, heeft ze recht op urgentie? grt [[p:Fenna]]
=====
[[p:Fenna]], urgentie voor mw [[p:Anthony]] zou kunnen op grond van 'onveilige woonsituatie', maar dan moet er een verklaring van politie of {{o:Veilig Thuis}} bij. Wij kunnen ook een interne woningruil binnen {{o:Staedion}} regelen, dat gaat sneller. Ik bel haar. [[p:Tim]]
=====
Teams-chat wijkteam {{w:Valkenboskwartier}}
[[p:Marit]] 09:14 weet iemand iets van een vrouw op de [[a:Elandstraat 140 3hg]] die steeds de politie belt over 'stralen' van de buren?
[[p:Joost]] 09:16 ja dat is mw [[p:Kovács]], ken ik van vorig jaar. Psychotisch, zat bij {{o:Parnassia}}, behandeling gestopt
[[p:Marit]] 09:17 {{o:Staedion}} belde ons, buren zijn het spuugzat, ze bonkt 's nachts op de muren
[[p:Joost]] 09:20 ik bel de {{r:SPV}} van {{o:Parnassia}}, [[p:Lieke Vos]], misschien kan zij weer contact leggen
[[p:Marit]] 09:21 top, zet het in het dossier?
=====
Overlast melding {{o:Haag Wonen}} – status
Meldingnr: [[z:OV-24-004418]]
Melder: [[p:Sarita Doerga]], [[a:Fruitweg 14 A]]
Betreft: vervuiling achterpad + ratten, vermoedelijk afkomstig van [[a:Fruitweg 12 A]]
Acties:
- [[d:02-04]] brief aan bewoner
- [[d:16-04]] controle {{r:wijkbeheerder}}: achterpad vol vuilniszakken
- [[d:17-04]] {{o:HMS}} (Haagse Milieu Services) gevraagd grofvuil op te halen
- [[d:19-04]] {{o:Ongediertebestrijding}} ingezet in hele blok
Status: bewoner niet bereikbaar, zorgsignaal aan SWT {{w:Groente- en Fruitmarkt}}
=====
Brief aan bewoner (concept)

Beste bewoner van [[a:Fruitweg 12 A]],

Wij hebben klachten ontvangen over afval en ongedierte bij uw woning. Wij willen graag met u in gesprek, ook om te kijken of u hulp nodig heeft. Wij komen langs op [[d:dinsdag 30 april]] om 10.00 uur samen met iemand van het sociaal wijkzorgteam.
Lukt dit niet? Bel dan met [[p:Sarah Azarkan]], {{r:woonconsulent}}, op [[t:06 1478 0295]].

Met vriendelijke groet,
{{o:Haag Wonen}}
=====
buren rapport aan het wijkteam

hallo ik ben mevrouw [[p:Sillé]] op nummer 14 naast de meneer die overleden is vorige maand. nu woont zijn kleinzoon erin en die heeft elke nacht vrienden. ik ben 83 en ik slaap niet meer. de woningbouw zegt dat het niet hun probleem is want de kleinzoon staat niet op het contract. wie moet ik bellen. mijn telefoon [[t:0703 61 72 40]]
=====
Reactie: Beste mevrouw [[p:Sillé]], dank voor uw bericht. U heeft gelijk dat dit vervelend is. Als de kleinzoon daar woont zonder huurcontract, is dat wél een zaak voor de corporatie (onrechtmatige bewoning). Ik ga samen met de {{r:woonconsulent}} kijken wat er kan. Ik bel u donderdagochtend. Met vriendelijke groet, [[p:Ilona]], SWT {{w:Waldeck}}
=====
Leefbaarheidsrapportage complex 4402 (galerijflats {{w:Leyenburg}})
- 37 meldingen in 2024, waarvan 22 over afval/vervuiling, 9 over geluid, 6 over hangjongeren
- 3 huishoudens verantwoordelijk voor 60% van de meldingen
- inzet: 2x per maand huismeester-spreekuur, schoonmaakactie met bewoners in mei, camera in de entree geplaatst
- advies: 'achter de voordeur' bezoeken bij de 3 huishoudens samen met SWT
Geen persoonsgegevens in deze rapportage opgenomen.
=====
[[d:21-08]] telefonisch: dhr [[p:Mahdaoui]] boos, zijn auto is bekrast, verdenkt de buurman ([[p:Kuijpers]], [[a:Lijsterbesstraat 23]]). Hij wil dat de corporatie de buurman eruit zet. Uitgelegd dat dit een zaak voor de politie is. Hij heeft aangifte gedaan (nr [[z:2024228815]]). Voorgesteld: buurtbemiddeling. Wil hij niet. Afgesloten vanuit wijkteam, info aan {{o:Vidomes}}.
=====
Mail van bewonerscommissie:
"Beste [[p:Jeroen]], de bewonerscommissie van de Zuidwal-flats maakt zich zorgen. Sinds de renovatie zijn 8 woningen tijdelijk verhuurd via een leegstandsbeheerder en er is veel verloop. We willen dit bespreken in het overleg van [[d:donderdag 14 november]] om 19.30 uur in de recreatieruimte (kamer 0.12). Met groet, namens de BC, [[p:Henk Timmerman]], voorzitter"
=====
Overlast door hoarding (buren)
Klager: mw [[p:Y. Chan]], [[a:Laan van Meerdervoort 1420-C]], tel [[t:06-2155 9014]]
Over: dhr [[p:Wattimena]], naastgelegen woning
Geur, kakkerlakken in haar keuken, die volgens de ongediertebestrijder uit de woning van dhr komen. Dhr. laat niemand binnen. Doorgezet naar werkgroep 'Zorg & Overlast'.
=====
Aanvulling: dhr [[p:Wattimena]] (74) heeft een zoon, [[p:Ricky]], die in Almere woont ([[t:06-50118 722]]), die ons toestemming gaf om samen met hem binnen te gaan op [[d:7 oktober]]. Zie ook 'verwaarlozing' verderop.
=====
Overzicht instrumenten bij ernstige overlast (uitleg voor nieuwe collega's)
1. Buurtbemiddeling (vrijwillig, beide partijen)
2. Gedragsaanwijzing burgemeester (Wet aanpak woonoverlast, art. 151d Gemeentewet)
3. Gesprek 'laatste kans' met corporatie + begeleiding
4. Ontbinding huurovereenkomst via kantonrechter
5. Sluiting (bij drugs: art. 13b Opiumwet)
Volgorde is niet vast. Het sociaal wijkzorgteam wordt bij 2 t/m 5 altijd betrokken als er zorg speelt.
""")
# ---------------------------------------------------------------------------
# 5. Verwaarlozing woning / hoarding, woningschouw, sleutels, oplevering
# ---------------------------------------------------------------------------
add(r"""
SCHOUWRAPPORT VERWAARLOZING
Objectnummer: [[z:OBJ-1077-0031]]      Complex: 1077
Adres: [[a:Dr. Lelykade 33 A]], [[pc:2583 CL]]
Huurder: [[p:Wattimena]], [[p:J.F.]]
Datum schouw: [[d:07-10-2024]]   Aanwezig: huurder, zoon [[p:Ricky]], [[p:M. Dekker]] ({{r:opzichter}}), [[p:Esther]] (SWT)

Ruimte        | Clutter Image Rating | Opmerking
woonkamer     | 6                    | looppad, bank onbereikbaar
keuken        | 7                    | aanrecht vol, koelkast defect, etensresten
slaapkamer    | 5                    | bed bruikbaar
badkamer      | 3                    | schimmel plafond
balkon        | 8                    | vol met zakken, duiven
Brandveiligheid: onvoldoende (vluchtweg geblokkeerd, geen rookmelder)
Ongedierte: kakkerlakken (keuken), muizen (balkon)
Conclusie: ernstige verwaarlozing, herstelplan binnen 8 weken. Hercontrole [[d:2 december]].
=====
Herstelplan woning dhr. [[p:Wattimena]] (opgesteld met dhr. en zoon)
week 1-2: balkon leeg (HMS grofvuil op [[d:vr 11 okt]], container via corporatie)
week 2-4: keuken, nieuwe koelkast via {{o:Stichting Urgente Noden}}
week 4-6: woonkamer, 2 vrijwilligers {{o:Stichting Opgeruimd}} helpen 3 ochtenden
week 6-8: rookmelders (gratis via {{o:Brandweer Haaglanden}}), schilderen badkamer
Dhr. bepaalt zelf wat weg mag. 'Verzamelen' van radio's mag, zolang het in 1 kamer blijft.
Coördinatie: [[p:Esther Mulder]], [[t:06 – 3380 2174]]
=====
Hercontrole [[d:2-12]] bij [[p:Wattimena]]: CIR woonkamer nu 3, keuken 2, balkon leeg. Corporatie tevreden, dossier verwaarlozing gesloten. Dhr. blijft 1x per maand begeleiding houden via {{o:Florence}}. Mooi resultaat! (dit wil ik graag delen als casusles)
=====
Casusles (geanonimiseerd) – hoarding in een portiekflat
Wat werkte: niet beginnen met opruimen maar met de relatie. Eerst drie bezoeken alleen koffie drinken. De corporatie gaf ruim de tijd (8 weken in plaats van 2) en de opzichter kwam pas bij de hercontrole weer mee. De bewoner mocht zelf kiezen wat weg ging. Een familielid was sleutelfiguur.
Wat niet werkte: een eerdere 'ontruiming light' door een schoonmaakbedrijf in 2021, waarna binnen een jaar alles weer vol stond.
=====
Sleutelformulier – inlevering woning

Huurder(s): [[p:Gerrit]] en [[p:Tineke Hoogstraten]]
Adres: [[a:Frederik Hendriklaan 212-zw]]
Contract: [[z:HC-0008124-01]]   Einddatum: [[d:31-01-2025]]
Ingeleverd: 3 voordeursleutels, 2 bergingsleutels, 1 brievenbussleutel, 1 druppel portiek
Meterstanden: elektra 48213 (normaal) / 31102 (dal), gas 08916,420, water 1125
Ingenomen door: [[p:S. Hoek]]   Datum: [[d:31-01-2025]]
Nieuw correspondentieadres: [[a:Frankenslag 301]], [[pc:2582 HH]] ({{o:Humanitas}} woonzorg)
=====
Voorinspectie bij huuropzegging
Adres: [[a:Newtonstraat 92-I]]
Huurder: mw [[p:S.A. Egal]]
Bevindingen: zelf aangebrachte laminaat (mag blijven, overname door nieuwe huurder), gat in deur slaapkamer (herstellen), wanden woonkamer donkerblauw (terugschilderen naar licht), tuin verwilderd.
Geschatte kosten bij niet herstellen: € 640,-
Eindinspectie: [[d:dinsdag 28 januari]] 11:00 uur
=====
Hoi [[p:Mirte]], mw [[p:Egal]] kan het schilderwerk niet zelf, ze heeft een gebroken pols. Kunnen vrijwilligers van {{o:Present Den Haag}} dit oppakken vóór de eindinspectie? Anders betaalt ze die € 640 en dat kan ze echt niet. [[p:Fatima]] (SWT {{w:Zeeheldenkwartier}})
=====
Woningschouw na overlijden
Overleden huurder: dhr. [[p:H.J. Brouwer]], overleden [[d:12 augustus 2024]]
Adres: [[a:De la Reyweg 538 2hg]]
Contactpersoon nabestaanden: nicht mw [[p:C. Blom]], [[t:06-14 33 28 07]], [[e:c.blom@ziggo.nl]]
De huur eindigt van rechtswege 2 maanden na overlijden. Nabestaanden worden verzocht de woning leeg en schoon op te leveren. Bij geen reactie wordt de inboedel na [[d:14 oktober]] door de corporatie verwijderd.
=====
Notitie [[p:Ilona]]: dhr. [[p:Brouwer]] (De la Reyweg) blijkt geen familie te hebben die de spullen wil; nicht wil alleen de foto's. Is er een uitvaartverzekering? Wie betaalt de ontruiming? Met {{o:gemeente}} (afdeling Lijkbezorging) contact gehad, zij regelen de begrafenis. Opruimen via {{o:Kringloop Den Haag}}.
=====
Inspectie brandveiligheid – [[a:Waldeck Pyrmontkade 18-III]]
Aanleiding: melding brandweer na woningbrand (keuken) op [[d:5 maart]].
Bewoner: mw [[p:Tan]] (88), [[p:Tan Mei Ling]]
Oorzaak: pan op vuur vergeten. Geen rookmelder aanwezig. Woning verder netjes.
Advies: kookplaat vervangen door inductie met automatische uitschakeling (Wmo), rookmelders plaatsen, mantelzorg bespreken met dochter.
Dochter: [[p:Jennifer Lim]], [[e:jen.lim@icloud.com]]
=====
Checklist woningschouw (standaard, gebruikt door opzichters)
□ voordeur en sloten
□ ramen en kozijnen (hang- en sluitwerk)
□ keuken: kastjes, aanrecht, afzuiging
□ badkamer: kitnaden, ventilatie, schimmel
□ toilet: spoelbak, afvoer
□ cv-ketel: laatste onderhoud (sticker)
□ rookmelders: aanwezig per verdieping (Bouwbesluit)
□ berging en balkon: leeg, schoon
□ zelf aangebrachte voorzieningen (ZAV): overname, verwijderen of laten staan
Opmerkingen: ....................................................
=====
Dag [[p:Mirjam]],
Bij het jaarlijkse cv-onderhoud in [[a:Teniersstraat 8 II]] heeft de monteur van {{o:Feenstra}} gemeld dat de woning ernstig vervuild is: uitwerpselen van katten, stapels afval in de gang, kraan loopt continu. De bewoonster, mw [[p:Verbeek]], reageerde verward. Wij willen geen ontruimingstraject maar eerst zorg. Is zij bij jullie bekend? Ik kan [[d:donderdag 23 januari]] met iemand mee.
[[p:Karin Sno]] | {{r:woonconsulent}} {{o:Staedion}} | [[t:06 – 20 48 11 73]]
=====
ja hoi [[p:Karin]]. Mw [[p:Verbeek]] is niet bekend bij ons. Haar huisarts wel gebeld (dr. [[p:Nijland]], {{o:gezondheidscentrum Schilderswijk}}), mw komt daar al 2 jaar niet. Ik ga donderdag mee + {{r:wijkverpleegkundige}}. Zullen we om 10:30 bij de portiek afspreken? Het is toch 2e trap rechts? gr [[p:Mirjam]]
=====
Beste collega's,

Ter info: de woning van mw [[p:Verbeek]] is door de {{o:GGD}} als 'onbewoonbaar' beoordeeld (ernstige vervuiling, gezondheidsrisico). Mw is met haar instemming tijdelijk opgenomen bij {{o:Parnassia}} (Bavo-kliniek). 7 katten opgevangen door {{o:Dierenambulance Den Haag}}. Woning wordt gereinigd op kosten van mw (€ 3.200, via bewind). Huur loopt door. Mw blijft huurder.
[[p:Mirjam Zomer]], {{r:casusregisseur}}
=====
WhatsApp groep 'Sleutels {{w:Moerwijk}}'
[[p:Tom]]: Sleutels [[a:Moerweg 208 hs]] liggen bij de huismeester
[[p:Saida]]: Top. Wie gaat morgen met meneer [[p:Amrani]] naar binnen?
[[p:Tom]]: Ik. 9 uur. Hij moet nog tekenen voor de sleutels, neem de ID mee
[[p:Saida]]: Hij heeft alleen een verblijfsdocument, is dat goed?
[[p:Tom]]: Ja prima
[[p:Saida]]: Zijn nummer is [[t:0644 019 328]] als je hem niet ziet
=====
Opleveringsrapport nieuwe huurder
Adres: [[a:Moerweg 208 hs]]   Objectnr: [[z:1640-0208-0]]
Huurder: [[p:Amrani]], [[p:Hicham]]
Ingangsdatum: [[d:01-11-2024]]
Sleutels: 2x voordeur, 1x achterdeur, 1x berging
Staat: vloerbedekking verwijderd, wanden gestuct, keuken vervangen 2019.
Handtekening huurder: [[p:H. Amrani]]   Handtekening verhuurder: [[p:T. Bakker]]
=====
Notitie: mw [[p:Sahin]] heeft haar sleutels ingeleverd zonder de woning leeg te maken ([[a:Hildebrandplein 14 B]]). Ze is naar Turkije vertrokken. Inboedel wordt 4 weken opgeslagen. Mw bereikbaar via dochter [[p:Büşra]] [[t:+90 532 417 22 65]].
=====
Protocol 'vervuilde woning' – samenwerking corporaties & SWT (versie 2024)
1. Melding komt binnen bij corporatie (opzichter, monteur, buren)
2. Corporatie doet binnen 5 werkdagen een huisbezoek met toestemming bewoner
3. Bij zorgen: zorgsignaal aan SWT via het beveiligde mailsysteem
4. Gezamenlijk huisbezoek binnen 10 werkdagen
5. Afspraken vastleggen in een herstelplan met realistische termijnen
6. Hercontrole; bij geen verbetering escalatie naar het Escalatieoverleg Wonen
Let op: verwaarlozing is vaak een signaal van dementie, psychiatrie of rouw.
=====
dhr [[p:pawlak]] – schouw [[d:18/3]]
2 kamers vol met autobanden en onderdelen (hobby, zegt hij). Geen vervuiling, wel brandgevaar en gewicht op de vloer (3e etage!). Hij werkt mee, wil onderdelen verkopen via Marktplaats. Afspraak: binnen 4 weken 1 kamer leeg. {{r:Woonconsulent}} [[p:Lisa Huisman]] checkt op [[d:15 april]].
=====
Email aan: [[e:schouw@haagwonen.nl]]
Van: [[p:Kofi Asante]]
Onderwerp: afspraak schouw

goedendag, ik heb een brief gekregen voor een schouw op [[d:12 maart]] maar dan ben ik aan het werk (nachtdienst). Kan het ook op een andere dag? Mijn adres is [[a:Rijswijkseweg 503-C]] en mijn klantnummer [[z:K0933881]]. Bedankt, [[p:Kofi]]
=====
Terug: Beste meneer [[p:Asante]], de schouw is verplaatst naar [[d:woensdag 19 maart]] om 13.00 uur. Gr, Planning {{o:Haag Wonen}}
=====
Sleuteloverdracht gemist
Nieuwe huurder [[p:Rodrigues Semedo]] ([[a:Stuwstraat 45 III]]) is niet komen opdagen op [[d:ma 9 dec.]] Telefoon [[t:06 39 14 00 76]] gaat over op voicemail. Volgens {{o:Leger des Heils}} zit hij sinds het weekend in het ziekenhuis. Sleutels blijven op kantoor, ingangsdatum contract blijft staan. Wijkteam bellen.
""")
# ---------------------------------------------------------------------------
# 6. Woningtoewijzing, woningruil, bijzondere bemiddeling, uitstroom
# ---------------------------------------------------------------------------
add(r"""
Aanvraag bijzondere bemiddeling (uitstroom beschermd wonen)

Instelling: {{o:Limor}}
Cliënt: [[p:Ruben Kartodikromo]], geb. [[d:30-12-1996]]
BSN: [[b:939847875]]
Huidige verblijfplaats: beschermd wonen, [[a:Laan van Poot 353]]
Gewenst: 1-2 kamers, {{w:Loosduinen}}, {{w:Segbroek}} of {{w:Escamp}}, niet hoger dan 4e etage
Begeleiding na uitstroom: 2 jaar ambulant, 4 uur per week
Contactpersoon: [[p:Annemarie Koning]], {{r:persoonlijk begeleider}}, [[t:06-3019 2277]]
=====
Toewijzing bijzondere bemiddeling
Aan: [[p:Annemarie Koning]]
Voor dhr. [[p:R. Kartodikromo]] is een woning beschikbaar: [[a:Hanenburglaan 251-3]], 2 kamers, 3e verdieping met lift. Huurprijs € 563,17. Bezichtiging kan op [[d:vrijdag 21 februari]]. Graag binnen 5 werkdagen reageren. Het huurcontract wordt gekoppeld aan een begeleidingsovereenkomst ([[z:BO-2025-0117]]).
{{o:Vidomes}}, {{r:verhuurconsulent}} [[p:Denise Bouwman]]
=====
Woningruil – aanvraagformulier (ingevuld)

Huurder A
Naam: [[p:Ahmadzai]], [[p:Zarmina]]
Adres: [[a:Erasmusweg 1290 7e]]
Huidige woning: 4 kamers, 7e verd., lift
Huishouden: 1 persoon (kinderen uit huis)
Huurder B
Naam: [[p:Osei]], [[p:Daniel]] & [[p:Grace Osei-Mensah]]
Adres: [[a:Zuiderparklaan 118]]
Huidige woning: 2 kamers, begane grond met tuin
Huishouden: 2 volwassenen, 3 kinderen
Reden ruil: A woning te groot en te duur, B woning te klein
Beide huurders akkoord: ja   Datum: [[d:14.02.2025]]
=====
Hoi [[p:Saskia]],
Het ruilverzoek [[p:Ahmadzai]]/[[p:Osei]] is goedgekeurd, maar de huur van de 4-kamerwoning stijgt bij mutatie naar € 879. Met inkomen van gezin [[p:Osei]] (1 modaal) is dat passend toewijzen? Ik denk het wel met huurtoeslag. Kan jij samen met [[p:Daniel]] een proefberekening maken op toeslagen.nl?
[[p:Stefan]] ({{o:Haag Wonen}})
=====
Notitie SWT: Woonnet-inschrijving dhr. [[p:Guled]] blijkt in 2022 te zijn verlopen (jaarlijkse verlenging € 10 niet betaald, brieven naar oud adres). Opgebouwde inschrijfduur 11 jaar kwijt!! Bezwaar bij {{o:Woonnet Haaglanden}} ingediend met verwijzing naar verblijf in de opvang. Oud inschrijfnummer [[z:WNH-0441902]]. Nieuw nummer [[z:WNH-2210833]].
=====
Antwoord {{o:Woonnet Haaglanden}}:
"Geachte heer [[p:Guled]], naar aanleiding van uw verzoek hebben wij uw oude inschrijfdatum ([[d:17-05-2011]]) hersteld, omdat u aantoonbaar geen post kon ontvangen. Uw inschrijving staat weer op naam onder nummer [[z:WNH-0441902]]. Let op: verleng uw inschrijving vóór [[d:17 mei 2025]]."
=====
Dag mevrouw [[p:Nanlohy]],

U heeft gereageerd op een seniorenwoning in complex 'De Terp' ({{w:Kijkduin}}). Om in aanmerking te komen moet u 55 jaar of ouder zijn. Volgens onze gegevens bent u 53. Wij hebben uw reactie daarom niet meegenomen. Wel staat u ingeschreven met 14 jaar inschrijfduur; u maakt goede kans op gewone woningen in de buurt.

Met vriendelijke groet,
{{o:Arcade Wonen}}
=====
Uitstroom {{o:Jeugdhulp}} naar zelfstandig wonen – [[p:Jayden]] (18)
Contract 'Kamers met kansen' getekend voor [[a:Koningstraat 287]] (kamer 4) (jongerenhuis, 8 kamers, gedeelde keuken). Ingang [[d:1 maart]]. Mentor: [[p:Hiba]] van {{o:Youz}}. [[p:Jayden]] krijgt huurtoeslag niet (onzelfstandige woonruimte) → budget strak. {{r:jongerencoach}} helpt met budgetplan.
=====
Woningaanbod via Housing First – eerste gesprek
[[p:Frank Winter]] (52) slaapt sinds 3 jaar buiten, vooral in de buurt van Hollands Spoor. {{o:Housing First Den Haag}} biedt hem een woning aan: [[a:Parallelweg 120-IV]]. Geen voorwaarden vooraf (geen 'woonvaardigheid' bewijzen). Begeleider [[p:Nourdin]] komt de eerste maanden dagelijks.
Eerste indruk: [[p:Frank]] is wantrouwig, vraagt 'wat is de catch?'. Bezichtiging [[d:donderdag 7/11]].
=====
Dag team,
Fijn nieuws: de woning aan de [[a:Parallelweg 120-IV]] is getekend. [[p:Frank]] sliep de eerste twee nachten op de vloer, zegt dat een bed 'te zacht' is. Hij heeft een matras gekregen via {{o:Kringloop}} en een gasfornuis via {{o:SUN}}. Vandaag voor het eerst zelf gekookt. [[p:Nourdin]]
=====
Vraag van de {{o:Vidomes}}-verhuurder: hoe controleren wij of een kandidaat met een 'hulpverleningsachtergrond' zelfstandig kan wonen zonder dat we medische info krijgen? Antwoord van het wijkteam: wij geven alleen een ja/nee-advies en begeleidingsafspraken, nooit diagnoses. Dat staat ook in de samenwerkingsafspraken (paragraaf 4.2).
=====
Aanbiedingsbrief (stuk)

...U bent geselecteerd voor de woning [[a:Stationsweg 42 -II]], [[pc:2515 BN]] 's-Gravenhage. De woning bevindt zich op de 2e verdieping van een bovenwoning (portiek, geen lift).
Reactie nr: [[z:R-2004981]]
Uw inschrijfnummer: [[z:WN0093384112]]
De bezichtiging is op [[d:06/03]] om 16:00...
=====
hoi [[p:Lotte]]!! ik heb het huis!!!! [[a:stationsweg 42-2]] , [[d:15 maart]] krijg ik de sleutels. kan jij mee? ik weet niet wat ik moet tekenen. xx [[p:Dounia]]
=====
[[p:Dounia]] wat goed!! Ja ik ga mee. Neem je ID en bankpas mee. Vraag ook meteen naar de eindafrekening servicekosten van de vorige huurder. Tot [[d:15/3]]! [[p:Lotte]]
=====
Verhuisplan mw [[p:Kamara]] (van [[a:Hobbemastraat 73 1 hoog]] naar [[a:Melis Stokelaan 2211 a]])
wat | wie | wanneer
opzeggen oude huur | mw + [[p:Tess]] | vóór [[d:1 mei]]
verhuizing | {{o:Verhuisbus Haags Ontmoeten}} | [[d:za 24 mei]]
inrichting | {{o:Stichting Urgente Noden}} (€ 1.800) | aangevraagd
adreswijziging | mw bij gemeente | na sleutel
eindinspectie oude woning | {{r:opzichter}} [[p:Hamid]] | [[d:di 27 mei]]
=====
Huurcontract opgezet voor: [[p:Aylin Güler]] & [[p:Baran Güler]]
Adres: [[a:Beresteinlaan 612-hs]]
Objectnummer: [[z:VHE 14100612]]
Huurcontractnummer: [[z:HC-0104477-01]]
Kale huur: € 697,07 | Servicekosten: € 31,50 | Totaal: € 728,57
Ingangsdatum: [[d:1 april 2025]]
IBAN huurder voor incasso: [[i:NL55 INGB 2617 4685 64]]
=====
Mail: Beste [[p:Aylin]], bij het invoeren van uw IBAN ging iets mis: de incasso is geweigerd. Kunt u het nummer controleren? In ons systeem staat: [[i:NL55 INGB 2617 4658 64]]. Met groet, administratie {{o:Vestia}}
=====
Toelichting team: in de ruilaanvraag van mw [[p:Hirsi]] staat de verkeerde geboortedatum van haar dochter ([[d:31-02-2015]], kan niet). Juist is [[d:13-02-2015]]. Gecorrigeerd in het formulier en opnieuw gestuurd.
=====
Kort: [[p:Nguyen Thi Hoa]] heeft woning geaccepteerd (urgentie, [[a:Dedemsvaartweg 1124]]). Urgentie daarmee verbruikt. Dossier naar nazorg. Contact via [[p:Thanh]] (zoon) [[t:06-4011 9955]].
=====
Wonen met begeleiding (Skaeve Huse pilot)
Voor bewoners die in een gewone flat steeds overlast veroorzaken biedt de gemeente sinds 2023 een beperkt aantal 'prikkelarme' woningen op een terrein in {{w:Ypenburg}}. Plaatsing alleen via het Escalatieoverleg Wonen. Huur ± € 450 incl. Er is een beheerder op het terrein. Wachtlijst: 11 kandidaten (peildatum september).
""")
# ---------------------------------------------------------------------------
# 7. Wijkteam dossiers, MDO-verslagen en langere rapportages over wonen
# ---------------------------------------------------------------------------
add(r"""
MDO Wonen & Zorg – verslag [[d:donderdag 6 maart 2025]]
Locatie: wijkcentrum {{w:Morgenstond}}, zaal 2.03
Aanwezig: [[p:Ihsane Benali]] (SWT, voorzitter), [[p:Rachid Bennani]] ({{o:Haag Wonen}}), [[p:Karin Sno]] ({{o:Staedion}}), [[p:Ashwin Doerga]] ({{o:GGD}}), [[p:Wendela Kok]] ({{o:Schuldhulpverlening}}), [[p:Lieke Vos]] ({{o:Parnassia}}), notulist [[p:Pim]]

1. Fam. [[p:Owusu]] – woningruil afgerond, verhuisd op [[d:28 februari]]. Afsluiten.
2. Dhr. [[p:Zeeman]] ([[a:Hoefkade 877]]) – hoarding. Keuken vrij, woonkamer half. Gaat langzaam maar gestaag. Corporatie verlengt termijn tot [[d:1 juni]]. [[p:Esra]] blijft 2x/wk.
3. Mw [[p:Kovács]] ([[a:Elandstraat 140 3hg]]) – overlast. Behandeling hervat via {{o:Parnassia}} (depot). Buren melden sinds 2 weken rust. Corporatie zet gedragsaanwijzing on hold.
4. Dhr. [[p:Kılıç]] ([[a:Steenwijklaan 218 III]]) – huurachterstand 5 mnd, nog steeds niet bereikt. Buurvrouw zegt dat hij terug is uit Turkije. Actie: [[p:Rachid]] + [[p:Pim]] gaan [[d:ma 10/3]] samen langs, desnoods 's avonds.
5. Nieuw: mw [[p:Hirsi]] – urgentie verlopen zonder aanbod omdat er geen passende 5-kamerwoningen vrijkwamen. Kan de corporatie een maatwerkaanbod doen? [[p:Karin]] neemt mee naar het verhuuroverleg.
Volgende MDO: [[d:3 april]].
=====
Rapportage wijkteam t.b.v. kantonrechter (op verzoek van advocaat huurder)

Betreft: mevrouw [[p:Dilan Korkmaz]], geboren [[d:19 augustus 1985]], wonende [[a:Goudenregenstraat 102]], [[pc:2565 ET]] Den Haag
Zaaknummer: [[z:11203991 CV EXPL 25-1042]]

Mevrouw is sinds november 2023 bekend bij het sociaal wijkzorgteam {{w:Bomen- en Bloemenbuurt}}. Zij is alleenstaande moeder van drie kinderen (4, 8 en 11 jaar). De huurachterstand (€ 3.980) is ontstaan nadat haar ex-partner in augustus 2023 vertrok en zijn bijdrage aan de huur stopte. Mevrouw heeft zich vervolgens zelf bij ons gemeld.

Sindsdien:
- is beschermingsbewind uitgesproken ({{o:Bewindvoering Haaglanden}}, bewindvoerder mr. [[p:P. Karijopawiro]]);
- wordt de lopende huur sinds [[d:1 februari 2024]] zonder onderbreking betaald;
- is een schuldregeling in voorbereiding bij de {{o:Haagse Kredietbank}};
- hebben de kinderen een vaste plek op school en bij de BSO.

Een ontruiming zou ertoe leiden dat vier mensen, onder wie drie minderjarigen, dakloos worden. Ons team verzoekt de kantonrechter dan ook de vordering tot ontbinding af te wijzen, of de ontruiming aan te houden zolang de lopende huur betaald wordt.

Den Haag, [[d:17 maart 2025]]
[[p:Jolanda Winter]], {{r:maatschappelijk werker}}, [[t:06 – 15 70 88 32]], [[e:j.winter@swtdenhaag.nl]]
=====
dossier [[z:SWT-BB-2024-0712]] – logregels
[[d:14-11]] tel. [[p:Korkmaz]]: brief deurwaarder, paniek. Afspraak morgen.
[[d:15-11]] huisbezoek. Alle post geopend (2 vuilniszakken!). Overzicht gemaakt.
[[d:18-11]] aanvraag bewind ingediend bij rechtbank.
[[d:21-11]] contact {{o:Staedion}} ([[p:Sevda]]): geen ontruiming zolang bewind loopt.
[[d:03-12]] mw ziek (griep), afspraak verzet.
[[d:10-12]] bewind uitgesproken.
=====
Huisbezoek [[d:dinsdag 11 februari]] – fam. [[p:Al-Sabbagh]], [[a:Van Ostadestraat 166 2 hoog]]

Aanleiding: melding {{o:Vestia}}: vocht en schimmel in alle kamers, huurders klagen al sinds 2022, corporatie zegt 'stookgedrag en ventilatie'. Gezin met 5 kinderen, jongste ([[p:Lina]], 2 jr) heeft astma.

Bevindingen: schimmel op plafond slaapkamers en achter kasten, ramen beslagen, mechanische ventilatie doet het niet (rooster dichtgeplakt door vorige huurder?). Gezin droogt was binnen, er is geen balkon.

Afspraken:
- [[p:Bilal]] ({{r:woonconsulent}}) vraagt technisch onderzoek aan (ventilatie + vochtmeting)
- SWT helpt met een klacht bij de {{o:Huurcommissie}} als er binnen 6 weken niets gebeurt
- droogrek + ontvochtiger via {{o:Stichting Urgente Noden}}
- {{r:jeugdarts}} {{o:CJG}} op de hoogte brengen (astma [[p:Lina]])
Vader [[p:Khaled]] is te bereiken op [[t:06 87 23 10 55]], moeder [[p:Hala]] spreekt alleen Arabisch.
=====
Uit het teamoverleg – thema 'wonen' (geen casuïstiek)
De laatste maanden zien we in {{w:Escamp}} een stijging van huishoudens die in een te kleine woning wonen. Urgentie wordt zelden toegekend. Ideeën:
- woningruil actiever promoten (ruilbeurs in het wijkcentrum?)
- samenwerken met de corporaties aan 'doorstroommakelaars' voor ouderen in grote woningen
- hospitaverhuur voor jongeren
Volgende keer: [[p:Merel]] nodigt de doorstroommakelaar van {{o:Haag Wonen}} uit.
=====
Signalering 'Huisuitzetting voorkomen' – analyse 2024 (samenvatting)
Van de 212 aanmeldingen via vroegsignalering huur kwamen er 61 (29%) in een hulptraject terecht. 14 huishoudens werden toch ontruimd, waarvan 9 zonder dat ze ooit contact hadden gehad met het wijkteam. Belangrijkste les: het eerste huisbezoek moet binnen 2 weken na de melding plaatsvinden, daarna daalt de kans op contact sterk. Bron: registratie SWT, peildatum eind 2024.
=====
Overdracht aan [[p:Tess]] (ik ben met verlof tot [[d:7 april]])

1) [[p:Kamara]] – verhuizing [[d:24 mei]], zie verhuisplan. Let op dat de eindinspectie [[a:Hobbemastraat 73 1 hoog]] goed gaat, mw is erg onzeker.
2) [[p:Leito]] – IBAN gewijzigd (nu goed), regeling loopt. Alleen nog check in april.
3) [[p:Guled]] – Woonnet hersteld, hij moet zelf reageren. Help hem 1x per 2 weken op dinsdag (hij komt naar het spreekuur).
4) [[p:Yordanova]] – huurtoeslag met terugwerkende kracht toegekend! € 2.104 nabetaling. Achterstand daarmee weg. Afsluiten na gesprek.
5) Nieuw: mw [[p:Maduro]], [[a:Schalk Burgerstraat 290-B]], zorgmelding {{o:Staedion}} over verwaarlozing. Eerste bezoek staat op [[d:di 1 april]] 14:00 met [[p:Karin Sno]]. Telefoon mw: [[t:06-1298 4470]].
Succes! [[p:Fleur]]
=====
Verslag gesprek mw [[p:Maduro]] – [[d:1 april]]
Mw ([[p:Eldrid Maduro]], 59) woont sinds 2010 in een bovenwoning, 3 hoog, geen lift. Sinds haar val vorig jaar komt ze haar huis niet meer uit; boodschappen via buurjongen [[p:Quincy]]. Woning: niet vervuild maar verwaarloosd (geen schoonmaak meer, wasgoed overal, kapotte verlichting). Mw vraagt zelf om een andere woning 'waar ik weer naar buiten kan'. Ze wil geen thuiszorg.
Plan: medische urgentie aanvragen (huisarts + ergotherapie), tot die tijd Wmo huishoudelijke hulp aanbieden.
=====
Casus: 'geen papieren, wel een huis?'
Een cliënt zonder verblijfsvergunning woont al 6 jaar bij een vriend die de hoofdhuurder is. De vriend is overleden. De corporatie wil de woning terug. Cliënt heeft recht op niets, maar er wonen ook twee kinderen met Nederlandse nationaliteit. Wij ([[p:Jeanine]] en ik) hebben contact gezocht met {{o:ASKV}} en {{o:Stichting Landelijk Ongedocumenteerden Steunpunt}}. Vraag aan de pilotgroep: wie heeft dit eerder gehad?
=====
Rapport {{r:sociaal beheerder}} {{o:Staedion}} – woonfraude onderzoek
Adres: [[a:Vaillantlaan 18 zw]]
Geregistreerde huurder: [[p:M. Boukhari]]
Bevindingen: naam op brievenbus is '[[p:Benhaddou]]', buren zeggen dat er al 2 jaar 'een ander gezin' woont. BRP: 6 personen ingeschreven, huurder niet.
Conclusie: vermoedelijk onderverhuur. Zorgpunt: het inwonende gezin heeft 4 jonge kinderen. Voor we de ontbinding starten, vragen wij het wijkteam om de situatie van het gezin te beoordelen.
=====
Reactie wijkteam: het gezin [[p:Benhaddou]] betaalt € 1.200 per maand contant aan dhr. [[p:Boukhari]]. Ze wisten niet dat het illegaal was. Vader werkt, moeder zorgt voor de kinderen. Bij ontbinding worden zij dakloos. Wij verzoeken een tijdelijk contract op naam van mw [[p:Naoual Benhaddou]] (geb. [[d:02-03-1990]]) te overwegen, of hen te helpen met een urgentieaanvraag.
=====
Terugblik samenwerking corporaties (anoniem, voor de pilotgroep)
Goed: korte lijnen met de woonconsulenten, vaste contactpersoon per wijk, gezamenlijke huisbezoeken.
Minder goed: corporaties hebben elk een eigen formulier voor zorgmeldingen, en privacy-afspraken verschillen. Soms krijgen we een lijst met 40 namen zonder context.
Wens: één gezamenlijk meldformulier voor alle corporaties in de stad.
=====
Bericht van huurder aan {{r:woonconsulent}} (via website)

Onderwerp: mijn buurman
Beste [[p:Sarah]],
Ik maak me zorgen om mijn buurman, meneer [[p:Lam]] van nummer 31. Zijn gordijnen zijn al een week dicht en de post stapelt zich op. Hij is al oud en heeft geen familie hier. Ik heb aangebeld maar hij doet niet open. Kunt u iemand sturen?
Met vriendelijke groet,
[[p:Marian Vink]] ([[a:Dedemsvaartweg 29]])
=====
Vervolg: dhr. [[p:Lam]] (86) bleek gevallen en lag al 2 dagen op de grond. Ambulance gebeld, opgenomen in {{o:HMC Antoniushove}}. Buurvrouw [[p:Vink]] heeft de sleutel meegegeven aan de politie. Corporatie laat het slot vervangen, nieuwe sleutels bij de huismeester. Ik neem contact op met de {{r:transferverpleegkundige}} over de terugkeer naar huis.
=====
Dossiernotitie ([[p:Ellen]], {{r:ouderenconsulent}}): Bij mw [[p:Pattiasina]] (92) is de aanvraag voor een aanleunwoning bij {{o:WZH}} rond. Woning: [[a:Meppelweg 320 app. 114]]. Verhuizing op [[d:vrijdag 9 mei]]. Kinderen regelen de ontruiming van de huidige woning. Huuropzegging oude woning per [[d:31 mei]] is verstuurd.
=====
Notitie voor de wijkagent (deelbaar): in de portiekflat aan de Jan van Riebeekstraat (even nummers) zijn de afgelopen maand drie keer bewoners lastiggevallen in de kelderboxen. Er is geen verlichting in de kelder. Corporatie is gevraagd lampen te vervangen en de kelderdeur te repareren. Bewoners kunnen melden bij de wijkagent via 0900-8844.
=====
Casusbespreking – vraag aan collega's ({{w:Bezuidenhout}})
Mw [[p:A.]] (64) woont sinds de dood van haar moeder alleen in de ouderlijke huurwoning ([[a:Theresiastraat 171-D]]). Zij stond niet op het contract. De corporatie (dhr. [[p:Meijer]]) heeft haar een gebruikersovereenkomst van 6 maanden gegeven. Mw heeft een lichte verstandelijke beperking en begrijpt niet dat ze moet verhuizen. {{o:MEE}} is betrokken ([[p:Roos Hendriks]]). Wie kan helpen met een woning die ze wél kan betalen?
=====
Afsprakenkaart (voor cliënt, op de koelkast)
Naam: [[p:Mohammed Nur]]
Wie helpt mij?
- [[p:Saida]] (wijkteam) – bel [[t:06 52 77 90 14]]
- [[p:Bilal]] ({{o:Vestia}}) – voor de woning
- {{r:bewindvoerder}} [[p:Hoek]] – voor geld, leefgeld op vrijdag
Wat doe ik?
- maandag: vuilnis naar de container (niet op de galerij!)
- woensdag: kamer opruimen met [[p:Saida]]
- elke dag: ramen 10 minuten open (schimmel)
=====
Mail aan huurders complex 5810 (renovatie, {{w:Morgenstond}})

Beste bewoners,
In september starten we met de renovatie van uw complex. Elke woning krijgt nieuwe kozijnen, isolatie en mechanische ventilatie. Per portiek duurt het werk ongeveer 3 weken. U kunt tijdens de werkzaamheden gebruikmaken van een logeerwoning op de begane grond. Heeft u vragen of heeft u extra hulp nodig (bijvoorbeeld door ziekte of een beperking)? Neem contact op met onze bewonersconsulent via het algemene nummer 070 - 750 75 00 of kom naar het inloopspreekuur in de bouwkeet (dinsdag 9-12 uur).
Met vriendelijke groet,
Projectteam Renovatie Morgenstond-Zuid
""")
# ---------------------------------------------------------------------------
# 8. Korte berichten: sms, post-its, agenda, contactregistratie, one-liners
# ---------------------------------------------------------------------------
add(r"""
terugbellen mw [[p:ivanova]] ivm sleutels, [[t:0687 341 902]]
=====
[[p:Karin]] belde: schouw [[a:Teniersstraat 8 II]] verzet naar [[d:vr 31/1]]
=====
Post-it op dossier: dhr [[p:Yusuf]] woont NIET meer op [[a:Wagenstraat 140-1]]! nieuw adres onbekend, via {{o:Leger des Heils}} proberen
=====
Agenda ma:
09:00 huisbezoek [[p:Osman]], [[a:Hoefkade 412 III]] (3 hoog, bel stuk, bellen vanaf beneden)
11:00 overleg [[p:Rachid]] HW
13:30 spreekuur {{o:Servicepunt XL}} {{w:Transvaal}}
15:00 schouw met [[p:Tim]] – [[a:Paul Krugerlaan 28 bis]]
=====
sms van dhr [[p:Todorov]]: "goedemorgen ik kan vandag niet komen mijn dochter is ziek. kan volgende week? [[p:Stefan]]"
=====
Contactregistratie
[[d:08-01-2025]] 10:12 | tel. uitgaand | [[p:El Ouali]], mw | voicemail
[[d:08-01-2025]] 14:40 | tel. inkomend | [[p:El Ouali]], mw | wil urgentie, afspraak [[d:13-01]]
[[d:13-01-2025]] 09:30 | huisbezoek | [[p:El Ouali]], mw + zus ([[p:Hafsa]]) | zie verslag
[[d:15-01-2025]] 11:00 | mail | {{o:Staedion}} ([[p:Sevda]]) | vraag om huurhistorie
=====
Even snel: wie heeft het nummer van de huismeester van de flats aan de Melis Stokelaan? Sleutel van de meterkast nodig voor mw [[p:Derksen]].
=====
[[p:Bilal]]: de huismeester is [[p:Ton]], [[t:06 11 93 40 57]], alleen ma t/m do
=====
Notitie telefoon: "ik ben [[p:Priya Kalloe]] de dochter van [[p:Ramesh Kalloe]] op de [[a:Laan van Meerdervoort 901B]], mijn vader is gisteren uit het ziekenhuis gekomen en de lift is kapot, hij kan niet naar boven, hij zit nu bij mij in Rijswijk". Lift gemeld bij {{o:Haag Wonen}} (melding [[z:LM-55201]]).
=====
Lift flat {{w:Morgenstond}} weer stuk. 12e etage, 3 rolstoelgebruikers kunnen er niet uit. Corporatie zegt monteur komt morgen. Wijkteam belt de bewoners na, o.a. dhr [[p:Sno]] en mw [[p:Berkhout]].
=====
Kun je mw [[p:Huisman]] ([[a:Leyweg 1021 -A]]) laten weten dat de {{r:woonconsulent}} morgen om 11:00 komt? Ze neemt haar telefoon niet op.
=====
dhr [[p:de koning]] app'te: "sleutels zijn weg, kan iemand van woningbouw komen". Gebeld met storingsdienst (algemeen nummer), slotenmaker komt, kosten € 95 voor rekening huurder.
=====
Herinnering: eindinspectie [[a:Stieltjesstraat 15-II]] vandaag 14:00. Mw [[p:Winter]] verhuist naar haar dochter. Sleutels meenemen!
=====
Urgentie [[p:Tekle]] toegekend (nr [[z:URG-2024-03488]]) :)
=====
[[p:M.]] vroeg of de huurtoeslag ook geldt voor de garage. Nee, alleen woonruimte + servicekosten tot max. € 48 per maand.
=====
Bericht achtergelaten bij receptie {{o:Staedion}} ({{w:Laakhaven}}): "Mevrouw [[p:Lewandowska]] van de [[a:Vaillantlaan 355 B]] wil graag teruggebeld worden door [[p:Tim]]. Het gaat om de buurman."
=====
WhatsApp
[[p:Esra]]: dhr [[p:Z.]] heeft vandaag 6 zakken weggegooid!!! 🎉
[[p:Naomi]]: 👏👏 top. zeg maar tegen [[p:Gijs]]
=====
TODO
- brief [[p:Mangroelal]] 'laatste kans' contract doornemen
- SUN-declaratie [[p:Kamara]] indienen
- [[p:Egal]]: vrijwilligers Present bevestigen voor [[d:zaterdag 25 januari]]
- uren schrijven!!
=====
Gesprek woonconsulent: corporatie vraagt of we 'huismeesters-signalen' ook rechtstreeks mogen ontvangen. Antwoord: ja, mits de bewoner op de hoogte is. Formulier toestemming ligt bij het secretariaat.
=====
Mail {{o:Woonnet Haaglanden}} helpdesk: "De inschrijving van [[p:A. Hakimi]] (registratienummer [[z:0082 1173 45]]) is verlengd tot [[d:3-3-'26]]."
=====
hoi [[p:Naomi]], kan je mw [[p:Zarrouk]] nog even bellen? zit nu bij zus op [[a:calandplein 12a]], haar nummer: [[t:+31642881903]]. thx
=====
Zorgmelding {{o:Haag Wonen}} → SWT {{w:Duindorp}}: bewoner [[a:Tesselsestraat 147 boven]] ([[p:H. de Bruin]], 77) komt niet meer naar beneden, buren doen boodschappen. Graag contact.
=====
Verhuurd: [[a:2e Schuytstraat 45]] aan [[p:Mehmet]] & [[p:Elif Arslan]], ingang [[d:1 juli]]. Complex 0612, VHE [[z:061200452]].
=====
Spreekuur Servicepunt XL {{w:Laak}} – geen bijzonderheden, 4 bezoekers (2x huurtoeslag, 1x Woonnet – dhr [[p:Guled]], 1x reparatie).
=====
Noot: bij [[p:Jama]] is de intercom kapot, bellen op [[t:06-31 90 77 84]] als je beneden staat (portiek 22, 4-hoog).
""")
# ---------------------------------------------------------------------------
# 9. Look-alikes, anderstalige berichten, partners, adressen in alle vormen
# ---------------------------------------------------------------------------
add(r"""
Uitspraak {{o:Huurcommissie}} (samenvatting voor dossier)
Zaaknummer Huurcommissie: [[z:HC-2024-118203]]
Huurder: [[p:Stoyanova]], [[p:V.]], [[a:Stationsweg 91-III]], [[pc:2515 BK]]
Verhuurder: {{o:Vastgoed Residentie B.V.}}
Uitkomst: woning 119 punten; maximale huurprijs € 924,13 per maand. Huurprijs verlaagd van € 1.150 naar € 924,13 met ingang van [[d:1 juli 2024]]. Verhuurder betaalt leges € 25 terug.
=====
Dear Mr. [[p:Haile]],

This is [[p:Sophie]] from the neighbourhood team. Your housing corporation ({{o:Vestia}}) told me your rent has not been paid for 2 months. Don't worry, we can help. Can we meet on [[d:Thursday 17 October]] at 10 am at your home, [[a:Leyweg 744 A]]? Please call or text me: [[t:06 19 48 22 03]].
Kind regards, [[p:Sophie]]
=====
Pani [[p:Kamińska]],
dzień dobry, to jest [[p:Pim]] z zespołu dzielnicowego. Rozprawa w sądzie jest [[d:18 lipca]] o 9:30. Spotkamy się o 9:00 przed sądem ([[a:Prins Clauslaan 60]]). Proszę zabrać list od {{o:Staedion}}. Pozdrawiam, [[p:Pim]] – tel. [[t:06-2844 1039]]
=====
Kenmerken op de brief van de gemeente (uitleg voor mw [[p:Jama]]):
- 'Ons kenmerk' = het nummer van uw aanvraag: [[z:URG-2024-04102]]
- 'Uw kenmerk' = leeg
- 'Datum' = [[d:4 november 2024]]
- 'Bijlagen' = 2
- 'Telefoon' = 14 070 (algemeen nummer gemeente)
=====
Let op bij het invullen van het Woonnet-formulier: het 'registratienummer' staat op de bevestigingsmail, niet het klantnummer van de corporatie. Inschrijfgeld € 10 per jaar. Wachttijd gemiddeld 7,5 jaar voor een sociale huurwoning in de regio (2024). Bij vragen: helpdesk via het algemene nummer of het contactformulier.
=====
Aan: Gerechtsdeurwaarders {{o:Van Rijn & De Leeuw}}
Betreft: uw dossier [[z:2024/HW/33817]] – mw. [[p:F. Azzahraoui]]

Geachte heer, mevrouw,

Cliënte is op [[d:2 december]] aangemeld bij {{o:Schuldhulpverlening Den Haag}}. Wij verzoeken u de beslaglegging op haar uitkering op te schorten gedurende de stabilisatiefase (maximaal 4 maanden), conform de afspraken in het convenant 'Betalingsregelingen Haaglanden'. De beslagvrije voet is onjuist berekend: mevrouw heeft 2 thuiswonende kinderen.

Met vriendelijke groet,
[[p:W. Kok]], {{r:schuldhulpverlener}}
Postbus 12600, 2500 DJ Den Haag
=====
ik ben [[p:Dawit]] ik woon [[a:jacob catsstraat 18 zw]] het water komt uit plafond van de buren al 3 dag. ik heb gebeld 2 keer zij zeggen komt monteur maar niemand. mijn kamer is nat. help
=====
Melding lekkage [[a:Jacob Catsstraat 18 zw]] – bovenburen ([[a:Jacob Catsstraat 18-I]]) niet thuis. Corporatie heeft met toestemming politie de woning geopend: kraan wasmachine stond open, bewoner (mw. [[p:Felicia]]) bleek opgenomen in het ziekenhuis. Schade bij dhr. [[p:Dawit Berhane]] wordt vergoed via de opstalverzekering van de corporatie.
=====
Cijfers huurachterstand per wijk (Q1, aantal huishoudens ≥ 2 mnd)
{{w:Schilderswijk}} 84 | {{w:Transvaal}} 61 | {{w:Moerwijk}} 77 | {{w:Laakkwartier}} 52 | {{w:Bouwlust}}/{{w:Vrederust}} 69 | {{w:Mariahoeve}} 33
Totaal 376 (−8% t.o.v. vorig kwartaal). Gemiddelde achterstand € 1.640.
=====
Beste [[p:Rachid]],

Van mijn collega kreeg ik door dat dhr. [[p:Kılıç]] ([[p:Mustafa Kılıç]], geboren [[d:1 januari 1953]]) inderdaad terug is. Hij was 5 maanden in Konya bij zijn zieke broer en wist niet dat zijn AOW-toeslag was stopgezet. De {{o:SVB}} heeft het inmiddels hersteld (nabetaling verwacht rond [[d:20 maart]]). Hij heeft toestemming gegeven om zijn BSN ([[b:474628358]]) aan jullie door te geven voor de afstemming met het inkomensloket.

Groet, [[p:Pim]]
=====
Notitie: BSN in vorige mail was fout ([[b:4746 28 385]]). Juist is [[b:4746.28.358]]. Graag in jullie systeem corrigeren.
=====
Sleutels kluisje kantoor: kluis 3, code is bij het secretariaat. Niet in de mail zetten.
=====
[[p:Jolanda]] heeft in de wijk (Goudenregenstraat, twee portieken) een bewonersavond gehouden over schimmel. Opkomst 23 bewoners. Corporatie gaat alle mechanische ventilatie in het blok controleren (totaal 48 woningen).
=====
Aanmelding via {{o:Veilig Thuis}}:
Vrouw ([[p:Shirin Sadat]], 34) en 3 kinderen moeten de woning [[a:Laakweg 1E-hs]] verlaten vanwege partnergeweld. Tijdelijk huisverbod voor partner ([[p:Jawad Sadat]]) tot [[d:21/11]]. Vraag aan {{o:Haag Wonen}}: kan het huurcontract alleen op naam van mw worden gezet? Contract: [[z:HC 0059 923 02]].
=====
Reactie {{o:Haag Wonen}}: contract op naam van mevrouw [[p:Sadat]] kan als de rechter het huurrecht aan haar toekent, of als meneer meewerkt en opzegt. Tot die tijd is zij medehuurder. Wij zetten een 'vlag' op het dossier zodat er geen informatie naar meneer gaat.
=====
Ik ([[p:Gert-Jan]]) heb vandaag met de {{r:wijkagent}} en een {{r:woonconsulent}} een 'keukentafelgesprek' gehad bij de familie [[p:Van der Meer]] in de {{w:Archipelbuurt}} ([[a:Bonaireplein 7 III]]). Aanleiding: 4e melding van de buren over ruzie. De ouders geven aan dat zoon [[p:Luuk]] (22) agressief is als hij gebruikt. Vader: 'we zijn bang in ons eigen huis'. Doorverwijzing {{o:Brijder}} en {{o:Veilig Thuis}} besproken; ouders willen eerst zelf met [[p:Luuk]] praten.
=====
Korte uitleg 'huurachterstand' voor cliënten (taalniveau B1)
Huur betaalt u elke maand. Betaalt u niet? Dan heeft u een huurachterstand. Na 2 maanden krijgt u een brief van de deurwaarder. Na 3 maanden kan de woningcorporatie naar de rechter gaan. Dan kunt u uw huis kwijtraken. Bel daarom altijd op tijd. De woningcorporatie wil ook dat u blijft wonen.
=====
Formulier 'Toestemming gegevensuitwisseling woningcorporatie – SWT'

Ik, [[p:Zahra Noori]], geboren [[d:10-10-1979]], wonende [[a:Lorentzplein 19 4-hoog]], [[pc:2522 KT]] 's-Gravenhage, geef toestemming aan {{o:Vidomes}} en het sociaal wijkzorgteam {{w:Laak}} om gegevens over mijn huurachterstand en woonsituatie met elkaar te delen.
Geldig tot: [[d:31-12-2025]]
Handtekening: [[p:Z. Noori]]
=====
Beste mw [[p:Noori]], de toestemming is ontvangen. Kleine correctie: in uw formulier staat postcode [[pc:2522 KT]], volgens onze administratie is het [[pc:2522KV]]. Klopt dat? Groet [[p:Hanna]] ({{o:Vidomes}})
=====
Bij de schouw op [[d:woensdag 26 februari]] (complex 3305, 3-kamerflats, 6 verdiepingen, bouwjaar 1964) bleek dat in 11 van de 36 woningen de rookmelder ontbrak. Bewoners krijgen vóór de zomer een gratis rookmelder.
=====
Notulen bewonersoverleg – geen persoonlijke gegevens
Punt 1: de vuilcontainers bij de portieken 4 t/m 12 worden te vol. HMS gaat 2x per week legen.
Punt 2: vraag of de lift 's nachts uit kan (geluid). Nee, ivm veiligheid.
Punt 3: volgende overleg donderdagavond in het buurthuis, 19.30 uur.
=====
Gesprek vandaag met mw [[p:Okafor]] over de woningruil met haar buurvrouw op dezelfde galerij – beide 3-kamer, maar mw [[p:Okafor]] wil de hoekwoning voor meer licht. Niet mogelijk: ruil binnen een complex moet een 'reden van doorstroming' hebben. Uitgelegd.
=====
Dag [[p:Ihsane]],
Zoals besproken: [[p:Nasrin]] en haar kinderen kunnen per [[d:maandag 2 juni]] terecht in de tussenvoorziening van de {{o:Blijf Groep}}. Adres wordt niet per mail gedeeld. Contact via haar nieuwe nummer: [[t:06 – 43 20 18 66]].
[[p:Dewi]]
=====
{{r:woonconsulent}} [[p:Bianca Soekhai]] ({{o:Staedion}}) gaat vanaf [[d:1 september]] met pensioen. Haar wijken ({{w:Rustenburg}}, {{w:Oostbroek}}) worden overgenomen door [[p:Ricardo Girigorie]], [[e:r.girigorie@staedion.nl]], [[t:06 1230 4418]]. Bedankt [[p:Bianca]] voor 22 jaar fijne samenwerking!
""")


# ---------------------------------------------------------------------------
# 10. Registratie-exporten, intake-formulieren en lange verslagen
# ---------------------------------------------------------------------------
add(r"""
Export uit het huurdersysteem (zorgmelding, ingevuld door {{r:woonconsulent}})
-------------------------------------------------
KLANTNR.......: [[z:K0711294]]
NAAM..........: [[p:HOOGSTRATEN-DE BOER]], [[p:W.M.]]
ADRES.........: [[a:HOEFKADE 412 III]]
POSTCODE......: [[pc:2526CK]]  DEN HAAG
TEL...........: [[t:(070) 3889 214]]
GEB.DATUM.....: [[d:19/04/1944]]
VHE...........: [[z:24120412-3]]
COMPLEX.......: 2412 (portiekflats Hoefkade/Vaillantlaan)
SIGNAAL.......: post stapelt zich op, bewoonster onbereikbaar, familie in buitenland
-------------------------------------------------
=====
intake SWT {{w:Rustenburg}}/{{w:Oostbroek}} – woonsituatie
naam: [[p:Dragan Petrović]] (Servisch, spreekt goed NL)
woont: [[a:v. Ostadestr. 12 bv]] ([[pc:2525 ab]]), kamer bij een particuliere verhuurder, geen contract, huur € 650 cash
mail: [[e:D.Petrovic.1977@Gmail.com]]
tel: [[t:0031 6 4417 2290]]
probleem: verhuurder (dhr. [[p:Yilmaz]]? weet achternaam niet zeker) wil hem eruit per [[d:1 mei]], hij heeft geen bewijs van bewoning. BRP staat hij ingeschreven op een ander adres ([[a:Weimarstr 40 hs]]), bij een neef.
actie: {{o:Huurteam}} + {{o:Juridisch Loket}}; BRP-inschrijving corrigeren
=====
Huisbezoek met tolk – verslag (uitgebreid)

Datum en tijd: [[d:donderdag 16 januari 2025]], 10.00–11.30 uur
Aanwezig: mw. [[p:Amina Yusuf Abdi]], haar dochter [[p:Ifrah]] (16), [[p:Jolien de Wit]] ({{r:maatschappelijk werker}}), [[p:Ahmed]] (tolk Somalisch via {{o:Tolkcentrum}})
Adres: [[a:Jan Blankenstraat 14-III]], [[pc:2526 RG]] Den Haag, portiekwoning op 3-hoog, geen lift
Huurder sinds 2016, contract [[z:HC-0031178-02]] ({{o:Haag Wonen}})

Aanleiding: melding vroegsignalering (3 maanden huurachterstand, € 1.911) én een klacht van de benedenburen over water dat door het plafond lekt.

Wat we zagen: een schone, maar erg volle woning (7 personen in 3 kamers). De badkamer is in slechte staat: de kitnaden zijn weg, de vloer is zacht en er lekt water bij het douchen naar de buren. Mevrouw heeft dit volgens haar twee keer gemeld, maar is daarna niet meer gebeld.

Geld: het gezin leeft van bijstand en kinderbijslag. De huurtoeslag is in de zomer stopgezet omdat de oudste zoon ([[p:Abdirizak]], 19) is gaan werken en zijn inkomen meetelt. Niemand had de brief van {{o:Toeslagen}} begrepen.

Afspraken:
1. [[p:Jolien]] belt {{o:Haag Wonen}} over de badkamer en vraagt een betalingsregeling (voorstel € 75 per maand).
2. Huurtoeslag opnieuw berekenen met het inkomen van [[p:Abdirizak]]; mogelijk recht op een lager bedrag.
3. [[p:Ifrah]] helpt haar moeder met de post, maar we willen haar niet te veel belasten: ze zit in haar examenjaar.
4. Urgentie voor een grotere woning heeft weinig kans; we bespreken woningruil in het MDO van [[d:6 februari]].

Volgende afspraak: [[d:do 30 januari]] 10.00 uur, weer met tolk. Mevrouw is bereikbaar op [[t:06 – 2957 3180]] (via [[p:Ifrah]] na 16.00 uur).
=====
Doorgestuurd door {{o:Vestia}}:
> Van: [[e:H.Kaplan-Bozkurt@kpnmail.nl]]
> Verzonden: [[d:zo 2-2-2025]] 23:58
> Onderwerp: HELP overlast + schimmel
>
> ik ben [[p:Hülya Kaplan]] [[a:Meppelweg 1004-B]], de buren boven ons ([[a:Meppelweg 1004-C]]) hebben een lekkage al weken en nu zit er schimmel in de kamer van mijn baby. ik heb 5 keer gebeld. ik heb ook IBAN gegeven voor vergoeding: [[i:NL67BUNQ3407539989]]. niemand doet iets. mijn man [[p:Serkan]] is ziek thuis. alsjeblieft help.
Zouden jullie (wijkteam {{w:Morgenstond}}) contact kunnen opnemen? Wij sturen morgen een {{r:opzichter}}.
[[p:Mustafa]]
=====
Aantekening bij de intake (handgeschreven, uitgetypt):
dhr [[p:v.d. Berg]] – [[a:Pr. Margrietplein 8]] – [[t:06/12 05 88 31]]
– zus [[p:Ans]] belt ons, zij woont in Delft
– 'hij laat niemand binnen sinds het voorjaar'?? → sinds eind april
– woning corporatie {{o:Arcade}}, woonconsulent [[p:Peter]] weet ervan
=====
Aanvraag Stichting Urgente Noden (SUN) – inrichting na uitstroom opvang
Aanvrager: [[p:L. Osei-Bonsu]] namens cliënt
Cliënt: [[p:Mahlet Weldu]], geb. [[d:05-05-1999]], BSN [[b:104059898]]
Nieuw adres: [[a:Loosduinseweg 7zw]], [[pc:2571 AA]] Den Haag (sleutels per [[d:1-3-2025]])
Gevraagd: bed, kast, koelkast, wasmachine, gordijnen – totaal € 1.640
Uitbetaling aan: [[i:NL32 RBRB 3250 4270 68]] t.n.v. [[p:M. Weldu]]
Reden: geen inkomen buiten de bijstand (€ 1.246 p/m), geen spaargeld, geen netwerk in NL.
=====
Overzicht sleutelbeheer wijkteam (intern, geen persoonsgegevens)
- Sleutels van cliënten alleen met schriftelijke toestemming, maximaal 1 week
- Registratie in het sleutelregister op kamer 3.14, met kluisnummer en datum
- Nooit naam + adres op het label, alleen een volgnummer (K-001 t/m K-040)
- Teruggave tegen handtekening
=====
Chat met huurder (via klantportaal {{o:Staedion}})
Huurder ([[p:Ewa Kowalczyk]]): Dzień dobry, I write in English ok? The heating is broken since Friday and I have small child.
Medewerker ([[p:Jasper]]): Good morning, yes English is fine. What is your address please?
Huurder: [[a:Zuiderparklaan 57-II]], 2nd floor
Medewerker: Thank you. A mechanic will come today between 13.00 and 17.00. Your repair number is [[z:RV-2502-00912]].
Huurder: thank you!! my phone [[t:+48 601 227 483]] but also dutch [[t:06 8190 4412]]
=====
Brief aan huurder (concept, nog niet verstuurd)

Den Haag, [[d:11 maart 2025]]
Betreft: uw woning aan de [[a:Leyweg 214 -1]]

Beste meneer [[p:Soeperman]],

Op [[d:4 maart]] hebben wij samen met [[p:Noor]] van het sociaal wijkzorgteam uw woning bezocht. Wij zagen dat er veel spullen in de woning staan en dat de gang en het balkon niet meer vrij zijn. Dat is gevaarlijk bij brand, voor u en voor uw buren.
Wij willen u helpen. [[p:Noor]] komt de komende weken iedere woensdag bij u. Samen maakt u een plan. Over acht weken kijken wij samen nog eens in de woning (hercontrole op [[d:woensdag 30 april]]).
Heeft u vragen? Bel mij op [[t:06 4490 1173]] of mail naar [[e:w.grabowska@staedion.nl]].

Met vriendelijke groet,
[[p:Weronika Grabowska]]
{{r:woonconsulent}} {{o:Staedion}}
=====
Kort overleg {{w:Transvaal}} – [[d:di 18/3]]: lijst van 6 huishoudens met 'zorgen achter de voordeur' doorgenomen met de {{r:wijkbeheerder}}. Bij 2 ([[p:Aydemir]], [[p:Van der Laan]]) gaan we samen op huisbezoek. Rest afwachten.
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
    d = re.sub(r"\D", "", s)
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
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["text"] in TYPED_WRONG:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h141-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout141.jsonl")
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
        "without personal data",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
