#!/usr/bin/env python3
"""Held-out corpus 125: letters and e-mails exchanged between wijkteam professionals
and housing corporations, energy and water companies, bailiffs (gerechtsdeurwaarders),
the CJIB, the Belastingdienst/Toeslagen, debt counsellors / bewindvoerders and private
landlords. Many reference numbers (personal case/client numbers next to invoice,
article, order and law-article numbers that are not personal), payment arrangements,
amounts, eviction dates, quoted replies, signatures with direct lines and switchboards.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout125.jsonl next to itself.

Conventions used here:
- an organisation's general number / switchboard / 0800 / 14 070 line and the
  postcode of an organisation's PO box are left unmarked; a named person's direct
  line or mobile is a phone;
- every e-mail address and every IBAN is marked (also an organisation's);
- personal references (klantnummer, huurcontract-, dossier-, zaak-, rolnummer,
  betalingskenmerk, VHE-nummer, EAN-code of a household's connection, kenmerk of a
  letter about one client, the KvK number of a client's own eenmanszaak) are
  dossier; invoice numbers of the organisation's own invoices, order numbers,
  article numbers, law articles, ECLI numbers, KvK and BTW numbers of firms, meter
  readings, room numbers, amounts, times and percentages are not;
- general policy dates are avoided in the texts: any date with a day is marked;
- a handful of BSNs and IBANs are typed wrongly on purpose (listed in TYPO_OK):
  they are still personal data.
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

# deliberately mistyped numbers (fail the check, still personal data)
TYPO_OK = {
    "518199655",
    "2328.57.051",
    "NL16 INGB 5071 2729 13",
    "NL43RABO5077083494",
    "NL43 RABO 5077 0834 94",
}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Housing corporations <-> wijkteam (huurachterstand, ontruiming, regelingen)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Verhoeven]], [[p:Ingrid]] <[[e:i.verhoeven@haagwonen.nl]]>
Verzonden: [[d:dinsdag 8 oktober 2024]] 11:42
Aan: [[p:Naima Ouazzani]] <[[e:n.ouazzani@swtdenhaag.nl]]>
Onderwerp: RE: huurachterstand [[a:Zuidlarenstraat 146]] - contractnr [[z:0418-22731]]

Beste [[p:Naima]],

Dank voor je telefoontje van vanochtend. Ik heb het dossier van mevrouw [[p:Tahiri]] bekeken. De achterstand bedraagt op dit moment € 2.318,64 (ruim drie maanden huur à € 712,35 plus incassokosten). Het vonnis is al binnen en de ontruiming staat gepland op [[d:donderdag 24 oktober 2024]].

Als mevrouw vóór [[d:18 oktober]] een bedrag van € 750,- overmaakt en jullie een schuldhulptraject aanvragen, wil ik de ontruiming aanhouden. Het restant kan dan in 12 termijnen van € 130,72 naast de lopende huur.

Graag een bevestiging per mail.

Met vriendelijke groet,

[[p:Ingrid Verhoeven]]
{{r:Consulent Huurincasso}}
{{o:Haag Wonen}} | Postbus 16200 | 2500 BE Den Haag
T [[t:070 - 332 58 14]] (direct) | T 070 - 332 50 00 (algemeen)
=====
Geachte heer, mevrouw,

Namens het {{o:sociaal wijkzorgteam}} {{w:Moerwijk}} meld ik u dat de heer [[p:Rachid Boujdid]], huurder van de woning [[a:Veenkoolstraat 37]], [[pc:2533 RN]] Den Haag, sinds deze week door ons wordt begeleid. Uw kenmerk: [[z:HI/2024/08815]].

De heer [[p:Boujdid]] heeft ons toestemming gegeven om met u over zijn huurachterstand te communiceren. Een kopie van de toestemmingsverklaring treft u bijgaand aan.

Wij verzoeken u de incassoprocedure acht weken aan te houden. In die periode vragen wij een saneringskrediet aan bij de {{o:Haagse Kredietbank}} en regelen wij de aanvraag voor huurtoeslag.

Met vriendelijke groet,

[[p:Jeroen Tahapary]]
{{r:maatschappelijk werker}}
mobiel [[t:06 - 51 84 27 09]]
=====
Hoi [[p:Jeroen]], klein dingetje: je schrijft in je brief aan {{o:Staedion}} "Veenkoolstraat" maar meneer woont op nr 73, niet 37. Kun je dat even rechtzetten voor het naar de corporatie gaat? Gr [[p:Monique]]
=====
> Op [[d:ma 14 okt. 2024]] om 09:03 schreef [[p:Koç]], [[p:Nurten]] <[[e:n.koc@staedion.nl]]>:
> Goedemorgen, is er al een betalingsregeling voor [[z:VHE 20318-014]]? Zonder regeling moet ik het dossier doorzetten naar de deurwaarder.

Goedemorgen mevrouw [[p:Koç]],

Ja, de regeling is rond: € 95,- per maand vanaf [[d:1 november]], via automatische incasso van rekening [[i:NL02INGB8304239533]] (t.n.v. [[p:A.J. Lanting]]). Het machtigingsformulier stuur ik u vandaag nog na.

Groet,
[[p:Marleen Kuiper]]
{{r:schuldhulpmaatje}} / {{o:SchuldHulpMaatje Den Haag}}
=====
Onderwerp: Vroegsignalering – nieuwe meldingen week 41

Hallo team {{w:Escamp}},

Deze week kwamen er via {{o:Vroeg Eropaf}} vier signalen binnen van {{o:Vidomes}}. Twee adressen zijn al bij ons bekend. Willen jullie de nieuwe twee oppakken?

| adres | achterstand | mnd | opmerking |
|---|---|---|---|
| [[a:Meppelweg 840]] | € 1.406,00 | 2 | huurder reageert niet op brieven |
| [[a:Hengelolaan 1112]] | € 688,20 | 1 | nieuwe huurder sinds [[d:1-6-2024]] |

Graag binnen 5 werkdagen een huisbezoek (huisbezoeken op de eerste verdieping: let op, er is geen lift in portiek 1104–1120).

Groet,
[[p:Sanne Brouwer]]
{{r:coördinator vroegsignalering}}
=====
Aan: {{o:Woonzorg Nederland}}, afdeling Incasso
Betreft: mw. [[p:H.M. Winter-de Vos]], [[a:Ambachtsgaarde 212]], [[pc:2591 RW]] Den Haag
Ons kenmerk: [[z:SWT-MH-24-0552]]
Datum: [[d:2 september 2024]]

Geachte heer [[p:Koning]],

Naar aanleiding van uw brief van [[d:21 augustus]] over de huurachterstand van mevrouw [[p:Winter]] het volgende. Mevrouw is 87 jaar en heeft sinds de zomer moeite met het overzicht over haar financiën. Haar zoon, de heer [[p:Paul de Vos]], heeft inmiddels een aanvraag voor onderbewindstelling ingediend bij de kantonrechter.

Wij vragen u om in afwachting van de beschikking geen verdere incassomaatregelen te nemen. De lopende huur van € 641,90 wordt vanaf oktober weer betaald.

Hoogachtend,

[[p:C. Meijer]]
{{r:ouderenconsulent}}, {{o:sociaal wijkzorgteam Mariahoeve}}
=====
Hi [[p:Karima]],

Snelle vraag: weet jij of [[p:Ashwin]] ([[p:Ramautar]], van de [[a:Erasmusweg 411]]) de regeling met {{o:Staedion}} nog nakomt? Ik kreeg net een mail van hun {{r:wijkconsulent}} dat de termijn van september niet binnen is. Ik wil niet weer de hele molen in.

[[p:Bart]]
=====
Re: Re: overlast portiek [[a:Jacob Catsstraat 114]]

Beste [[p:Bart]],

Nee, sorry, ik heb hem sinds [[d:19 september]] niet meer gesproken. Zijn telefoon staat uit. Ik ga morgen met de {{r:wijkagent}} langs.

[[p:Karima]]

-----Oorspronkelijk bericht-----
Van: [[p:Bart de Wit]]
Verzonden: [[d:woensdag 2 oktober 2024]] 16:10
Onderwerp: overlast portiek

... de buren op 114-1 en 116 klagen weer over lawaai 's nachts ...
=====
Goedemiddag,

In de bijlage vindt u de huuropzegging van wijlen de heer [[p:Mustafa Ait Taleb]], huurder van [[a:Wolmaransstraat 23-A]] (huurcontract [[z:30-118874-1]]). Hij is op [[d:29 augustus 2024]] overleden. Zijn dochter, mevrouw [[p:Samira Ait Taleb]], handelt de nalatenschap af en is bereikbaar op [[t:06 45 02 91 36]].

De woning kan naar verwachting op [[d:15 oktober]] leeg worden opgeleverd. Graag ontvangen wij een afspraak voor de voorinspectie.

Vriendelijke groet,
[[p:Hakan Aksoy]]
{{r:casusregisseur}} {{w:Transvaal}}
=====
Mevrouw [[p:Yavuz]],

Wij hebben uw aanvraag voor een medische urgentie ontvangen. Helaas kunnen wij uw aanvraag niet in behandeling nemen omdat het formulier onvolledig is: het advies van de {{r:huisarts}} ontbreekt (zie artikel 2.6 van de Huisvestingsverordening Den Haag 2019).

U kunt het formulier binnen 4 weken na dagtekening aanvullen. Vermeld daarbij uw registratienummer [[z:WN-2024-114839]].

Met vriendelijke groet,
Team Urgentie
{{o:Gemeente Den Haag}}, {{o:Dienst Stedelijke Ontwikkeling}}
Telefoon 14 070
=====
Beste collega's,

Een vraag die vaak terugkomt: mag {{o:Haag Wonen}} de huur verhogen terwijl er een huurachterstand is? Ja, dat mag. De jaarlijkse huurverhoging in juli staat los van betalingsachterstanden. Huurders met een laag inkomen kunnen wel bezwaar maken als de verhoging boven de 5,5% uitkomt (vrije sector: zie artikel 7:248 BW).

Uitleg en een voorbeeldbrief staan op intranet onder Wonen > Huurverhoging > model B-07.

Groet, het kernteam Wonen
=====
Van: [[e:wijkbeheer.laak@haagwonen.nl]]
Aan: [[e:swt-laak@denhaag.nl]]
Onderwerp: sleuteloverdracht woning [[a:Neptunusstraat 8-II]]

Goedemiddag,

De woning voor mevrouw [[p:Freweyni Berhe]] (statushouder, gekoppeld via {{o:COA}}) is klaar. Sleuteloverdracht op [[d:vrijdag 11 oktober]] om 13.30 uur aan de woning. Het huurcontract [[z:HW-0931-5588]] gaat in per [[d:1 oktober 2024]]; de eerste maand hoeft zij niet te betalen omdat de gemeente de inrichtingslening nog moet regelen.

Kunnen jullie zorgen dat er een tolk Tigrinya bij is? Vorige keer ging dat mis.

[[p:Dirk Baas]]
{{r:wijkbeheerder}} {{o:Haag Wonen}} {{w:Laakkwartier}}
mob. [[t:06 22 19 83 40]]
=====
notitie tel. gesprek met {{o:Staedion}} ([[p:Nurten]]) ivm [[p:Kılıç]] [[a:Soestdijksekade 700]]: ontruiming op [[d:7/11]] gaat door tenzij vóór [[d:4/11]] 3 mnd huur betaald. [[p:Kemal]] heeft geen geld, broer wil evt bijspringen. Morgen bellen met broer [[p:Ercan]] [[t:0614478822]].
=====
Geachte mevrouw [[p:Somopawiro]],

Op [[d:12 september 2024]] hebben wij u een aangetekende brief gestuurd over uw huurachterstand van € 1.947,15. Wij hebben tot op heden geen betaling ontvangen en u heeft niet gereageerd.

Wij hebben uw dossier daarom overgedragen aan {{o:Gerechtsdeurwaarderskantoor Hofstad}}. Vanaf nu kunt u alleen nog met de deurwaarder een regeling treffen. Zij zijn bereikbaar op 070 - 310 66 00 (werkdagen 9-17 uur) onder vermelding van dossiernummer [[z:H24-077413]].

Heeft u hulp nodig? Het {{o:sociaal wijkzorgteam}} in uw wijk kan u helpen. Bel 14 070.

Met vriendelijke groet,
{{o:Vestia}} Huurincasso
=====
Hallo [[p:Shirley]],

Zoals besproken stuur ik je de gegevens voor de aanmelding bij {{o:Schuldhulpverlening Den Haag}}:

Naam huurder: [[p:Shirley Kartowikromo]]
Adres: [[a:Kamperfoeliestraat 66]], [[pc:2563 ZE]]
Huurcontractnummer: [[z:1001-54-0087]]
Achterstand per [[d:30 september]]: € 2.604,90
Lopende huur: € 689,- (netto na huurtoeslag € 412,-)

Wat ik nog van je nodig heb: je laatste 3 loonstroken en de brief van {{o:Toeslagen}} over de terugvordering. Je mag ze ook appen naar mijn werknummer [[t:06-29 84 11 52]].

Groetjes,
[[p:Femke]]
=====
Goedemorgen,

Hierbij de wekelijkse lijst geplande ontruimingen in ons werkgebied. Let op: bij twee adressen is een {{r:bewindvoerder}} betrokken.

datum      | adres                     | corporatie | kenmerk
[[d:22-10-2024]] | [[a:Loosduinse Hoofdstraat 311]] | {{o:Vidomes}}    | [[z:VD-24-1192]]
[[d:24-10-2024]] | [[a:Zuidlarenstraat 146]]         | {{o:Haag Wonen}} | [[z:0418-22731]]
[[d:31-10-2024]] | [[a:Pisuissestraat 19]]           | {{o:Staedion}}   | [[z:ST-HI-0882]]
[[d:05-11-2024]] | [[a:Erasmusweg 1015]]             | {{o:Staedion}}   | [[z:ST-HI-0917]]

Namen staan in het beveiligde dossier, niet in deze mail.

[[p:Erik de Boer]]
{{r:beleidsmedewerker}} Wonen en Schulden
=====
Beste [[p:Erik]], dank! Het adres op de Pisuissestraat ken ik, dat is meneer [[p:Lin]]. Ik neem hem. Groet, [[p:Wendy]]
=====
Onderwerp: Betalingsregeling - bevestiging

Geachte heer [[p:Öztürk]],

Hierbij bevestigen wij de betalingsregeling die wij op [[d:9 oktober 2024]] telefonisch met u en uw begeleider van het wijkteam hebben afgesproken.

  Openstaand bedrag:        € 1.560,00
  Termijnbedrag:            €   130,00
  Aantal termijnen:         12
  Eerste termijn:           [[d:28 oktober 2024]]
  Uiterlijk te voldoen op:  de 28e van iedere maand

Vermeld bij iedere betaling uw klantnummer [[z:7723016]]. Wanneer u een termijn mist, vervalt de regeling en kunnen wij de vordering direct uit handen geven.

Met vriendelijke groet,

[[p:Y. Timmer]]
{{r:Medewerker Klantcontact}}
{{o:Arcade Wonen}}
Postbus 110, 2280 AC Rijswijk
=====
Ha [[p:Yvette]],

Meneer [[p:Öztürk]] vraagt of de termijn naar de 1e van de maand kan i.p.v. de 28e, zijn uitkering komt pas op de 27e/28e binnen en dan is hij te laat. Kan dat in jullie systeem?

vr.gr. [[p:Murat]] (het wijkteam, niet meneer zelf ;-) )
[[p:Murat Doğan]] – {{r:sociaal werker}} {{o:Xtra}} – [[t:070-7505312]]
=====
Geachte mevrouw [[p:Pieternella]],

U heeft ons gevraagd om de woning aan de [[a:Dr. Lelykade 57 A]] te splitsen in twee huurcontracten, omdat uw volwassen zoon [[p:Shurandy]] bij u inwoont. Dat is helaas niet mogelijk: een woning wordt aan één huishouden verhuurd (artikel 4 van de Algemene Huurvoorwaarden 2020).

U kunt uw zoon wel laten inschrijven als medehuurder als hij langer dan twee jaar bij u woont. Het aanvraagformulier vindt u op onze website.

Met vriendelijke groet,
{{o:Staedion}}, Team Huurderszaken
=====
Korte update uit het overleg met de corporaties (intern)

- {{o:Haag Wonen}}, {{o:Staedion}} en {{o:Vidomes}} sturen vanaf januari geen dossiers meer naar de deurwaarder bij achterstanden onder de € 500,-.
- Huisbezoeken bij vroegsignalering vóór de 2e aanmaning.
- Contactpersonen blijven gelijk. Het algemene nummer van {{o:Haag Wonen}} (070 - 332 50 00) werkt alleen tot 17.00 uur.
- Volgend overleg: eerste dinsdag van de maand, kamer 4.12 op het stadhuis.

Geen actiepunten voor de teams.
=====
Goedemiddag mevr. [[p:de Haan]],

Ik heb vandaag met meneer [[p:Zając]] gesproken. Hij erkent de achterstand maar heeft in augustus zijn baan verloren. Hij heeft een WW-aanvraag gedaan (UWV-kenmerk [[z:2024-WW-4471930]]).

Zijn voorstel: € 50,- per maand tot de WW loopt, daarna € 150,-. Kan {{o:Vidomes}} daarmee akkoord gaan? Anders stel ik voor een gesprek op kantoor met meneer, u en mij.

Met vriendelijke groet,

[[p:Lotte Winter]]
{{r:consulent werk en inkomen}} | {{o:Servicepunt XL}} {{w:Bouwlust}}
[[e:lotte.winter@denhaag.nl]] | [[t:+31 6 18 73 05 42]]
=====
Van: [[p:Ria de Haan]]
Aan: [[p:Lotte Winter]]
Onderwerp: RE: meneer [[p:Zając]]

Hoi [[p:Lotte]], akkoord met € 50/€ 150. Ik zet de vordering on hold tot [[d:1 februari 2025]]. Kun je de WW-beschikking sturen zodra hij die heeft? Groet [[p:Ria]]

[[p:R. de Haan]] | {{r:incassomedewerker}} {{o:Vidomes}} | T 088 - 264 00 00 (keuze 3)
=====
Aan: de bewoners van de [[a:Herman Costerstraat 98]] t/m 120 (even nummers)

Beste bewoners,

Op [[d:woensdag 20 november]] vervangen wij de cv-ketels in uw portiek. Tussen 8.00 en 16.00 uur is er geen warm water. Heeft u een medische reden waardoor u warm water nodig heeft, meld het dan bij ons via 070 - 332 50 00.

Met vriendelijke groet,
{{o:Haag Wonen}}, Projectteam Onderhoud
=====
Geachte heer [[p:Popal]], beste [[p:Ahmad Shah]],

Zoals vanochtend telefonisch besproken: de {{o:Huurcommissie}} heeft op [[d:26 september]] uitspraak gedaan in uw zaak tegen de verhuurder (zaaknummer [[z:HC/2024/015372]]). De huurprijs voor [[a:Zichtenburglaan 240-3]] wordt verlaagd naar € 587,40 per maand met ingang van [[d:1 april 2024]]. De verhuurder moet het teveel betaalde terugbetalen.

Ik help u graag met de brief aan de verhuurder. Neem de uitspraak mee naar onze afspraak op [[d:dinsdag 8 oktober]] om 10.00 uur in het wijkcentrum, kamer 3.

Met vriendelijke groet,
[[p:Farzana Hakimi]]
{{r:cultuursensitief sociaal werker}}
=====
ik heb net gebeld met {{o:Vidomes}} over [[z:VD-24-1192]], de ontruiming van [[d:22/10]] is van de baan!! mw heeft het geld via de {{o:Stichting Urgente Noden}} gekregen. [[p:joost]] wil jij mw [[p:soumokil]] even bellen, zij weet het nog niet
=====
Geachte mevrouw [[p:Groen]],

Op [[d:3 oktober]] ontvingen wij een klacht van uw buren over geluidsoverlast uit uw woning aan de [[a:Zonnebloemstraat 34]]. Het is de derde klacht dit jaar. Wij nodigen u uit voor een gesprek op [[d:woensdag 16 oktober 2024]] om 14.00 uur op ons kantoor. U mag iemand meenemen, bijvoorbeeld iemand van het wijkteam.

Met vriendelijke groet,
[[p:Joost Molenaar]]
{{r:woonconsulent}}, {{o:Staedion}}
Telefoon [[t:06 - 1234 8870]]
E-mail [[e:j.molenaar@staedion.nl]]
""")
# ---------------------------------------------------------------------------
# 2. Energy and water companies (afsluiting, termijnbedrag, noodaansluiting)
# ---------------------------------------------------------------------------
add(r"""
Geachte heer/mevrouw,

Wij hebben een melding ontvangen dat de levering van gas en elektriciteit aan onderstaande klant wordt beëindigd wegens een betalingsachterstand. Op grond van de Regeling afsluitbeleid voor kleinverbruikers melden wij u dit minimaal 10 werkdagen vooraf.

Klant: [[p:P. Kamiński]]
Leveringsadres: [[a:Thomsonlaan 43]], [[pc:2565 HZ]] Den Haag
Klantnummer: [[z:204811773]]
Achterstand: € 1.132,48
Geplande afsluitdatum: [[d:6 november 2024]]

Wilt u contact opnemen met de klant? Het wijkteam kan ons bereiken via het speciale partnernummer 088 - 895 55 40 (niet voor klanten).

Met vriendelijke groet,
{{o:Eneco}} Team Betalingsproblemen
=====
Hoi [[p:Ewa]],

Ik heb je klant [[p:Piotr]] vandaag bereikt. Hij wist niet dat de brieven van {{o:Eneco}} over afsluiten gingen (hij leest nog geen Nederlands). Hij woont er met vrouw en twee kleine kinderen, dus we vragen uitstel aan op grond van de regeling (kinderen onder de 12 in huis = kwetsbare situatie? volgens mij niet automatisch, maar het helpt).

Kun jij morgen om 9 uur met mij bellen met het partnernummer? Ik heb zijn klantnummer ([[z:204811773]]) en een machtiging.

[[p:Agnieszka]]
=====
Van: [[p:Agnieszka Nowak]] <[[e:a.nowak@wijkteamescamp.nl]]>
Aan: Eneco Partners
Onderwerp: Uitstel afsluiting klantnr. [[z:204811773]] – [[p:Kamiński]]

Goedemorgen,

Namens de heer [[p:Kamiński]] (machtiging bijgevoegd) verzoek ik u de afsluiting van [[d:6 november]] op te schorten. Wij hebben een aanmelding bij de {{o:Kredietbank}} gedaan; het intakegesprek is op [[d:12 november 2024]].

Meneer kan vanaf deze maand € 75,- per maand extra betalen bovenop het voorschot van € 189,-. Graag een bevestiging.

Met vriendelijke groet,
[[p:Agnieszka Nowak]]
{{r:maatschappelijk werker}} / {{o:Kwadraad}}
T [[t:06 - 81 20 77 93]]
=====
Beste mevrouw [[p:Nowak]],

Dank voor uw bericht. Wij hebben de afsluiting van klantnummer [[z:204811773]] stopgezet zolang er een schuldhulptraject loopt. De regeling van € 75,- per maand gaat in per [[d:1 december 2024]]; het eerste bedrag wordt samen met het voorschot afgeschreven.

Let op: bij een nieuwe achterstand van twee maanden kan de afsluiting alsnog doorgaan.

Met vriendelijke groet,
[[p:Jolanda Kok]]
Klantenservice {{o:Eneco}}
Ref: [[z:CAS-20241108-77410]]
=====
Onderwerp: EAN-codes voor aanvraag noodfonds energie

Hallo [[p:Deepa]],

Voor de aanvraag bij het {{o:Noodfonds Energie}} heb ik van mevrouw [[p:Sewdien]] de EAN-codes nodig. Die staan op de jaarafrekening:

elektriciteit: [[z:871687120054321876]]
gas: [[z:871687140012098431]]

Het verbruik over 2023 was 3.420 kWh en 1.610 m³. Haar maandbedrag is nu € 246,-. Klopt het dat ze met een inkomen van 130% van het sociaal minimum nog net onder de grens valt?

[[p:Romano]]
=====
Ja, de grens is 200% van het sociaal minimum, dus ze komt in aanmerking. Tip: vraag ook de energiebox aan via het {{o:Haags Klimaatloket}} (bestelnummer maakt niet uit, ze leveren aan huis). Gr. [[p:Deepa]]
=====
Geachte mevrouw [[p:Amatsaleh]],

U heeft bij ons een achterstand van € 486,92 voor drinkwater op het adres [[a:Leyweg 1402]]. Wij hebben u hierover op [[d:5 augustus]] en [[d:4 september]] een herinnering gestuurd.

Wij zijn verplicht u te wijzen op hulp: het {{o:sociaal wijkzorgteam}} kan met u meekijken. Wij hebben uw gegevens, met uw toestemming, doorgegeven voor vroegsignalering.

U kunt ook een betalingsregeling aanvragen via Mijn {{o:Dunea}}. Houd daarvoor uw klantnummer [[z:3100-662-874]] bij de hand.

Met vriendelijke groet,
{{o:Dunea}} Klantenservice
Telefoon 088 - 347 47 47
=====
Hallo allemaal,

Even ter info: {{o:Dunea}} sluit geen water af bij huishoudens met een betalingsachterstand (het zgn. 'afsluitverbod' voor drinkwater wordt in de praktijk zo uitgevoerd). Ze gebruiken wel een incassobureau. Meldingen komen via {{o:Vroeg Eropaf}}.

Bij energie ligt het anders: daar geldt de Regeling afsluitbeleid (zie art. 3 en 4). Afsluiten in de winterperiode (oktober t/m maart) mag niet zonder extra zorgvuldigheid.

Groet,
[[p:Frits]] ({{r:aandachtsfunctionaris schulden}})
=====
Van: {{o:Vattenfall}} Klantbeheer <[[e:noreply.klantbeheer@vattenfall.nl]]>
Datum: [[d:vr 4 okt 2024]] 07:15
Onderwerp: Uw nieuwe termijnbedrag

Beste [[p:Kenneth Linger]],

Uw termijnbedrag voor [[a:Fahrenheitstraat 512]] wordt per [[d:1 november 2024]] € 212,00 (was € 158,00). Dit komt door uw hogere verbruik en de gestegen tarieven.

Contractnummer: [[z:VF-5530128814]]

Vragen? Bekijk uw overzicht in de app.
=====
Fw: Uw nieuwe termijnbedrag

[[p:Kenneth]] heeft deze doorgestuurd. Hij kan € 212 echt niet betalen, zijn uitkering is € 1.402 netto en de huur is € 733. Ik ga een verlaging van het termijnbedrag vragen, hij verwarmt de woning met elektrische kacheltjes omdat de cv het niet doet (melding bij {{o:Haag Wonen}} loopt sinds september!!). Dus eigenlijk moet eerst de cv gemaakt worden.

Wie heeft een contactpersoon bij {{o:Vattenfall}}? Het algemene nummer levert alleen wachtmuziek op.

[[p:Gülay]]
=====
Geachte [[p:Gülay Arslan]],

Wij hebben uw verzoek namens de heer [[p:Linger]] ontvangen. Na overleg hebben wij het termijnbedrag vastgesteld op € 175,00 per maand met ingang van [[d:1 november]]. Na het herstel van de cv-installatie kunt u een nieuwe beoordeling vragen.

Met vriendelijke groet,
[[p:Sjaak Visser]]
{{o:Vattenfall}} | Team Maatschappelijke Partners
T 020 - 262 90 00 (algemeen)
M [[t:06 – 53 08 17 24]]
=====
Aan: {{o:Budget Energie}} t.a.v. afdeling Debiteuren
Uw kenmerk: [[z:BE/INC/448102]]
Ons kenmerk: [[z:SWT-SP-0913]]

Geachte heer, mevrouw,

Mevrouw [[p:Ifrah Yusuf]], wonende te [[a:Rijswijkseweg 377]], [[pc:2516 HN]] Den Haag, heeft van uw incassobureau een laatste aanmaning ontvangen van € 2.110,35. Hiervan is € 362,00 aan incassokosten. Volgens de Wet incassokosten (art. 6:96 BW) mag over een hoofdsom van € 1.748,35 maximaal € 262,25 in rekening worden gebracht.

Wij verzoeken u de incassokosten te corrigeren en met ons een regeling te treffen.

Met vriendelijke groet,

[[p:H. Pattiradjawane]]
{{r:schuldhulpverlener}}
{{o:sociaal wijkzorgteam Spoorwijk}}
=====
Reactie van Budget Energie, voor het dossier (ingescand):

"Geachte heer [[p:Pattiradjawane]], wij hebben de incassokosten aangepast naar € 262,25. Het totaal te betalen bedrag wordt € 2.010,60. Een betalingsregeling van € 60,- per maand is akkoord, eerste termijn uiterlijk [[d:15 november 2024]], o.v.v. [[z:BE/INC/448102]]. Bij twee gemiste termijnen vervalt de regeling."

Scan opgeslagen in het dossier van mw [[p:Yusuf]]
=====
Collega's, voor wie het nog niet wist: bij {{o:Greenchoice}} kun je voor klanten in nood een 'pauzeknop' aanvragen (3 maanden geen incasso). Mail naar de partnerdesk met klantnummer + machtiging. Werkt alleen voor klanten met een vast contract. Succes!
=====
Beste [[p:Ivette]],

Nog een aanvulling op ons gesprek: de meterstanden die je noemde (elektra 34812 normaal / 21066 dal, gas 8871) wijken erg af van de jaarafrekening. Volgens mij is er bij de slimme meter iets misgegaan. Ik zou {{o:Stedin}} laten komen, de storingslijn is 0800 - 9009. Het meternummer van meneer [[p:Winklaar]] is [[z:E0031400007761812]].

[[p:Jurmaine]] gaat er zelf achteraan, maar hij moet wel thuis zijn. Dat lukt niet met zijn werk. Kun jij er die dag bij zijn? Stedin komt op [[d:dinsdag 22 oktober]] tussen 8 en 13 uur.

Groet,
[[p:Rudi Biharie]]
=====
Geachte heer [[p:Hassan Mohamed Ali]],

Uw energieleverancier heeft ons gemeld dat u een betalingsachterstand heeft van € 903,17. De gemeente Den Haag wil u helpen voordat de schulden oplopen.

Wij komen op [[d:maandag 14 oktober]] tussen 13.00 en 15.00 uur bij u langs op [[a:Hoefkade 885]]. Komt dit niet uit? Bel ons dan via 14 070 en vraag naar Vroeg Eropaf, of app naar [[t:06 - 38 40 55 17]] (werkmobiel [[p:Abdullahi]]).

Met vriendelijke groet,
Team {{o:Vroeg Eropaf}}
{{o:Gemeente Den Haag}}
=====
Onderwerp: noodaansluiting - SPOED

[[p:Naima]], stroom is vanochtend om 10:20 afgesloten bij familie [[p:Hirsi]], [[a:Rederijkerstraat 160]]. 4 kinderen, jongste 8 maanden, moeder gebruikt een vernevelaar voor de baby. Ik heb {{o:Essent}} gebeld, ze willen een medische verklaring. Huisarts dr. [[p:Van Beek]] is gebeld, verklaring komt per mail. Wil jij de {{r:wijkverpleegkundige}} vragen of die vandaag nog langs kan? Ik blijf hier.

[[p:Abdullahi]] – [[t:0638405517]]
=====
Beste [[p:Abdullahi]],

Het is gelukt: {{o:Essent}} sluit vanmiddag om 16:00 weer aan. De achterstand (€ 1.288,-) gaat naar de {{o:Kredietbank}}. Essent heeft het dossier genummerd als [[z:ESS-MZ-2024-23318]]. Ik heb ook een melding gedaan bij het {{o:CJG}} vanwege de baby.

[[p:Naima]]
=====
Goedemiddag,

In het kader van de pilot "Samen werken in het sociale domein" hebben wij 60 energieboxen besteld voor de huisbezoeken in {{w:Laak}} en {{w:Spoorwijk}}. Bestelnummer ORD-2024-0918-44, leverdatum week 43, factuur volgt op naam van het wijkteam (kostenplaats 6420.118). Artikelnummers: 50240 (radiatorfolie, 60x), 50311 (ledlampen E27, 240x), 50407 (tochtstrip, 60x).

Wie wil de uitgifte coördineren?

Groet, [[p:Marja]]
=====
Hoi [[p:Marja]], dat wil ik wel doen. Ik zet ze in de kast op kamer 2.07. Gr [[p:Gerrit Brouwer]]
=====
FYI van een klant: [[p:Nour Sabbagh]] ([[t:+31 6 4471 8250]]) heeft een brief van {{o:Eneco}} gekregen over een 'slotnota' van € 1.940 terwijl ze al in juni verhuisd is naar [[a:Laan van Wateringse Veld 702]]. Oude adres: [[a:Beeklaan 390-A]]. Volgens mij is de eindstand nooit doorgegeven. Wie kan met haar het verhuisformulier + foto's van de meter opzoeken? Ze heeft ze nog op haar telefoon.
=====
Vraag aan het team: weet iemand of {{o:Vandebron}} meewerkt met vroegsignalering? Ik krijg geen antwoord op mijn mails en het gaat om een gezin in {{w:Transvaal}} met een achterstand van 5 maanden. Klantnummer heb ik niet, alleen de factuur van mei.
=====
Beste mevrouw [[p:Hristova]],

Ik heb vanochtend met u gesproken over de brief van {{o:Energiedirect}}. In het kort:

1. De achterstand is € 671,45 (drie maanden).
2. U betaalt vanaf deze maand € 25,- extra per maand.
3. Ik vraag voor u de energietoeslag aan. Daarvoor heb ik uw rekeningnummer nodig. U noemde [[i:NL86ABNA1744026420]]; klopt dat?
4. Volgende afspraak: [[d:woensdag 23 oktober]] om 11.00 uur bij u thuis ([[a:Valkenboslaan 229]]).

Met vriendelijke groet,
[[p:Petra Smit]]
{{r:budgetcoach}}, {{o:Humanitas}} Thuisadministratie
[[t:06 10 48 93 72]]
""")
# ---------------------------------------------------------------------------
# 3. Bailiffs (gerechtsdeurwaarders): beslag, beslagvrije voet, ontruiming
# ---------------------------------------------------------------------------
add(r"""
{{o:GERECHTSDEURWAARDERSKANTOOR HOFSTAD}}
Postbus 30410 · 2500 GK Den Haag · T 070 - 310 66 00 · KvK 27312904 · BTW NL8123.44.901.B01
IBAN derdengelden: [[i:NL71 ASNB 4489 7814 60]]

Aan: de heer [[p:S. Kidane]]
[[a:Van der Vennestraat 81]]
[[pc:2525 CG]] DEN HAAG

Dossiernummer: [[z:H24-081126]]
Datum: [[d:30 september 2024]]

AANZEGGING ONTRUIMING

Geachte heer [[p:Kidane]],

Ingevolge het vonnis van de kantonrechter te Den Haag van [[d:15 augustus 2024]] (zaaknummer [[z:11125583 CV EXPL 24-6120]]) zeg ik u aan dat u de woning aan de [[a:Van der Vennestraat 81]] uiterlijk op [[d:dinsdag 29 oktober 2024]] om 09.00 uur moet hebben verlaten en ontruimd.

Indien u niet aan deze aanzegging voldoet, zal de ontruiming met behulp van de sterke arm worden uitgevoerd. De kosten komen voor uw rekening.

mr. [[p:A.E. Hoekstra]], {{r:gerechtsdeurwaarder}}
=====
Hallo [[p:Mussie]],

De aanzegging voor [[p:Semhar]] ([[p:Kidane]]) is binnen, ontruiming [[d:29/10]] om 9u. Ik heb mr. [[p:Hoekstra]] gebeld. Als er vóór [[d:25 oktober]] € 1.500 wordt betaald en de lopende huur daarna netjes, zet {{o:Staedion}} de ontruiming stop. We hebben via {{o:Stichting Urgente Noden}} € 1.000 toegezegd gekregen. Kan de kerk de rest bijleggen, zoals je zei?

[[p:Yohannes]]
=====
Geachte heer [[p:Tekle]],

Hierbij bevestig ik dat ik vandaag, [[d:24 oktober 2024]], namens de heer [[p:Kidane]] een bedrag van € 1.500,00 heb overgemaakt naar uw derdengeldenrekening [[i:NL71ASNB4489781460]] onder vermelding van dossiernummer [[z:H24-081126]]. Graag ontvang ik een bevestiging dat de ontruiming van [[d:29 oktober]] is ingetrokken.

Met vriendelijke groet,
[[p:Yohannes Tekle]]
{{r:casusregisseur}}, sociaal wijkzorgteam {{w:Schilderswijk}}
direct [[t:070 - 752 80 14]] | secretariaat 070 - 752 80 00
=====
> [[p:Hoekstra]], mr. [[p:A.E.]] schreef op [[d:25-10-2024]] 14:02:
> Ontvangen. De ontruiming is ingetrokken. Het restant van € 947,31 kan in termijnen van € 80,- p/m.
> Eerste termijn [[d:1 december]].

Fijn! Dank u wel. Ik laat het meneer weten.
=====
Geachte mevrouw [[p:Doğan]],

Op [[d:17 september 2024]] is beslag gelegd op uw uitkering bij de {{o:Sociale Verzekeringsbank}} (AOW). Volgens onze berekening bedraagt uw beslagvrije voet € 1.526,71 per maand (artikel 475d Rv).

U heeft ons laten weten dat u een woonlasten van € 820,- heeft en een zorgpremie van € 149,-. Dat kan leiden tot een hogere beslagvrije voet. Stuurt u ons binnen 4 weken:
- uw huurspecificatie;
- de polis van uw zorgverzekering;
- een kopie van uw bankafschriften van de afgelopen maand.

Vermeld bij correspondentie altijd ons dossiernummer [[z:DW/2024/11804]].

Met vriendelijke groet,
[[p:K. el Khattabi]]
{{o:Van Dam & Ramdin Gerechtsdeurwaarders}}
T 070 - 363 00 55 (algemeen) · T [[t:070 - 363 00 71]] (direct)
=====
Hoi [[p:Serpil]], heb je de brief van de deurwaarder over de BVV al? Ze rekenen de zorgpremie niet mee. Neem jij contact op of zal ik? Dossier is [[z:DW/2024/11804]]. [[p:Loubna]]
=====
[[p:Loubna]], doe jij maar, ik ben morgen bij mw [[p:Doğan]] op de [[a:Weimarstraat 76-D]] voor de post. Ik vraag dan meteen de polis. [[p:Serpil Doğan]] is trouwens geen familie van mij haha
=====
Geachte heer [[p:Van Dam]],

In het dossier van mevrouw [[p:N. Doğan-Yılmaz]] (uw kenmerk [[z:DW/2024/11804]]) stuur ik u de gevraagde stukken. Uit de polis blijkt een premie van € 148,95 per maand. Wij verzoeken u de beslagvrije voet te herberekenen.

Daarnaast wijzen wij u op de ECLI:NL:GHDHA:2023:1402 over de verplichte toepassing van de rekenmodule. De vorige berekening van [[d:17 september]] vermeldt geen rekenmodule.

Met vriendelijke groet,
[[p:Loubna Amrani]]
{{r:sociaal raadslid}}
{{o:Stichting Voor Welzijn}}
T [[t:06 41 77 28 05]] | [[e:l.amrani@voorwelzijn.nl]]
=====
Beste collega's,

Sinds 2021 geldt de nieuwe beslagvrije voet. Deurwaarders moeten die berekenen met de rekenmodule van het {{o:Inlichtingenbureau}}. Zie je een beslag zonder berekening, vraag dan altijd om de uitdraai.

Handige artikelen: art. 475b t/m 475e Rv, art. 19 Invorderingswet (bij de Belastingdienst), art. 4:116 Awb (bestuursorganen).

Groet, [[p:Frits Lanting]]
=====
Onderwerp: Loonbeslag [[p:Kaczmarek]] – verzoek om opschorting

Geachte heer, mevrouw,

De heer [[p:Tomasz Kaczmarek]] (geb. [[d:11-03-1987]]) is sinds deze maand aangemeld bij {{o:Schuldhulpverlening Den Haag}} (dossier [[z:SHV-2024-04418]]). Er is een verzoek tot een moratorium voorbereid.

Bij uw cliënt, {{o:Flex Uitzend BV}}, ligt sinds [[d:3 september]] een loonbeslag van € 412,- per maand. Daardoor blijft er voor meneer, die een gezin met drie kinderen onderhoudt, minder over dan de beslagvrije voet.

Wij verzoeken u het beslag op te schorten tot de uitkomst van het moratorium.

Met vriendelijke groet,

[[p:Katarzyna Zając]]
{{r:schuldhulpverlener}} SHV Den Haag
Postbus 12652, 2500 DP Den Haag
Telefoon 14 070 | mobiel [[t:06-43 98 27 10]]
=====
Kort verslag tel. gesprek deurwaarder mw. [[p:Dekker]] (kantoor {{o:Mulder Incasso}}):
- vordering [[p:Hakimi]]: € 3.204,18 (hoofdsom € 2.405,-; rente en kosten € 799,18)
- zij gaat akkoord met € 45/mnd, maar alleen als er binnen 14 dagen een getekende regeling ligt
- regeling per post naar [[a:Melis Stokelaan 2104]]
- hun kenmerk [[z:MI-2406-1181]]
- terugbellen: [[t:0174 - 28 43 60]] (haar lijn, ma t/m wo)
=====
Geachte mevrouw [[p:Hakimi]],

Hierbij ontvangt u de betalingsregeling zoals op [[d:7 oktober 2024]] telefonisch besproken met uw begeleidster.

  Vordering totaal    € 3.204,18
  Maandelijks         €    45,00
  Looptijd            72 maanden
  Betaaldatum         uiterlijk de 5e van de maand
  Rekening            [[i:NL10 RABO 9017 5938 17]] t.n.v. {{o:Mulder Incasso}}
  Kenmerk             [[z:MI-2406-1181]]

Stuur de regeling getekend retour. Bij het missen van een termijn vervalt de regeling en zetten wij de invordering voort, eventueel met beslag.

Met vriendelijke groet,
[[p:F. Dekker]]
{{o:Mulder Incasso}}
=====
Hoi, kan iemand mij uitleggen waarom de deurwaarder € 116,- aan 'exploitkosten' rekent voor één brief? Het gaat om een dagvaarding die op [[d:4 oktober]] bij meneer [[p:Vos]] is betekend (art. 2 Besluit tarieven ambtshandelingen gerechtsdeurwaarders). Klopt dat tarief?
=====
Ja, dat klopt ongeveer, het tarief voor een dagvaarding is sinds 2024 ca. € 116. Maar check of het niet dubbel in de griffiekosten zit. Ik kijk morgen mee, stuur het dossier maar. – [[p:Harm]]
=====
Van: [[p:Harm Schipper]]
Aan: [[p:Paul Vos]] <[[e:paulvos1961@hotmail.com]]>
Onderwerp: uw dagvaarding

Beste meneer [[p:Vos]],

Ik heb de dagvaarding bekeken. De zitting is op [[d:woensdag 13 november]] om 10.30 uur bij de kantonrechter, locatie Prins Clauslaan (rolzaak [[z:11183902 \ CV EXPL 24-7733]]). U hoeft niet te komen, maar als u de vordering betwist, moet u vóór de zitting schriftelijk reageren.

U gaf aan dat u de factuur van de aannemer nooit heeft ontvangen. Ik help u met het antwoord. Kunt u maandag om 14.00 uur langskomen?

Met vriendelijke groet,
[[p:Harm Schipper]]
{{r:juridisch medewerker}}, {{o:Juridisch Loket}}
=====
Interne noot: 'Prins Clauslaan' in de brief is de locatie van de rechtbank, niet de straat van meneer. Niet in zijn dossier als woonadres opnemen!
=====
Geachte mevrouw [[p:Martina]],

Uw zoon [[p:Jeanine]] ... excuses, uw dochter mevrouw [[p:Jeanine Martina]] heeft ons gemachtigd om met u contact op te nemen over de vordering van {{o:Zilveren Kruis}} die bij u in behandeling is.

Haar gegevens:
Naam: [[p:J.R. Martina]]
Geboortedatum: [[d:19-06-1990]]
BSN: [[b:5088.16.889]]
Uw referentie: [[z:ZK/GDW/2023-91884]]

Mevrouw heeft inmiddels een inkomen uit werk. Zij stelt een regeling voor van € 100,- per maand.

Met vriendelijke groet,
[[p:Shirley Clementia]]
{{r:maatschappelijk werker}} {{o:Kwadraad}}
=====
Onderwerp: RE: verzoek stukken

[[p:Shirley]], je hebt in de brief het BSN met een typfout gezet denk ik, het BSN in ons systeem eindigt op 889 en je schreef ... wacht, het klopt wel. Excuses, ik keek naar haar klantnummer ([[z:80031172]]). Groet [[p:Hans]]
=====
Hallo,

Hierbij het overzicht van de deurwaarders die bij gezin [[p:Todorov]] ([[a:Paul Krugerlaan 19 hs]]) in beeld zijn. Alles staat in de bijlage, dit is de samenvatting voor het MDO van donderdag:

Schuldeiser            | deurwaarder           | kenmerk        | bedrag
{{o:CJIB}}             | -                     | zie CJIB-lijst | € 892,00
{{o:DSW Zorgverzekeraar}} | {{o:GGN}}          | [[z:GGN-7712-0043]]     | € 1.410,44
{{o:Ziggo}}            | {{o:Intrum}}          | [[z:IJ-55301928]]       | € 381,16
{{o:Staedion}}         | {{o:Hofstad}}         | [[z:H24-081903]]        | € 2.730,00

Totaal: € 5.413,60. Beslag op uitkering door GGN sinds augustus.

[[p:Georgi]] en [[p:Mariya]] zijn er allebei bij op het MDO.

[[p:Nikolay Angelov]], {{r:casusregisseur}}
=====
BELANGRIJK: Ingebrekestelling

Geachte heer [[p:Qureshi]],

Ondanks herhaalde verzoeken heeft u de vordering van onze opdrachtgever niet voldaan. Wij stellen u hierbij in gebreke. Indien het bedrag van € 547,30 niet binnen 14 dagen na dagtekening van deze brief is bijgeschreven op rekening [[i:NL74ABNA4112348081]] o.v.v. [[z:INC-240911-3318]], zullen wij zonder nadere aankondiging een dagvaarding laten uitbrengen.

{{o:Incassobureau Vesting}}
Dit is een automatisch gegenereerde brief en daarom niet ondertekend.
=====
Hoi [[p:Imran]], ik zag je foto van de brief. Rustig blijven: dit is een incassobureau, nog geen deurwaarder. Ze mogen geen beslag leggen zonder vonnis. Ik bel ze morgen. Zet jij je dochter [[p:Aisha]] even in de app als ze de brieven voor je leest? Dan kan ik haar ook informeren. Groet [[p:Wendy]] (wijkteam)
=====
Beste [[p:Wendy]],

Nog even over meneer [[p:Qureshi]] ([[a:De la Reyweg 218]]): het incassobureau beweert dat de vordering van een sportschool is, uit 2019. Die is dus waarschijnlijk verjaard (art. 3:308 BW: vijf jaar). Ik heb namens hem een beroep op verjaring gedaan. Kenmerk hun brief: [[z:INC-240911-3318]].

[[p:Harm]]
=====
Geachte heer, mevrouw,

Op verzoek van uw cliënte, mevrouw [[p:Chen Mei]], wonende [[a:Wagenstraat 88-C]], verzoek ik u de geplande verkoop van haar inboedel op [[d:vrijdag 8 november 2024]] uit te stellen. Het merendeel van de in beslag genomen goederen (naaimachine, bedrijfsvoorraad stoffen) zijn bedrijfsmiddelen die zij nodig heeft voor haar inkomen, en volgens artikel 448 Rv niet vatbaar voor beslag.

Een lijst van de goederen met inventarisnummers (101 t/m 134) vindt u in de bijlage.

Hoogachtend,
mr. [[p:D. Wong]]
Advocaat, namens {{o:Het Juridisch Loket}}
=====
Oke dus even voor de helderheid want ik raak het overzicht kwijt: [[p:Peter Chan]] is NIET de partner van mw [[p:Chen]] maar haar zwager. Hij is degene die gebeld heeft op [[t:06 2277 4183]]. Haar eigen nummer is [[t:06 3311 8850]]. Bij de deurwaarder staat het nummer van [[p:Peter]] als contactnummer, dat moet anders. – [[p:Lin Xiaoyan]], {{r:tolk/sleutelpersoon}}
""")
# ---------------------------------------------------------------------------
# 4. CJIB (boetes, verhogingen, betalingsregelingen, gijzeling)
# ---------------------------------------------------------------------------
add(r"""
Aan: {{o:CJIB}}, afdeling Maatwerk
Postbus 1794, 8901 CB Leeuwarden

Betreft: verzoek betalingsregeling
Naam: [[p:Mohamed Azarkan]]
Geboortedatum: [[d:02-11-1979]]
Adres: [[a:Hoefkade 1203]], [[pc:2526 BK]] Den Haag

Geachte heer, mevrouw,

Namens de heer [[p:Azarkan]] verzoek ik een betalingsregeling voor de volgende beschikkingen:

betalingskenmerk          | bedrag   | soort
[[z:6012 8837 4410 2219]] | € 289,00 | Wahv (snelheid)
[[z:6012 9021 0047 5513]] | € 434,00 | Wahv, 1e verhoging
[[z:3104 2288 1190 6602]] | € 120,00 | strafbeschikking

Totaal € 843,00. Meneer heeft een bijstandsuitkering van € 1.356,- netto. Hij kan € 30,- per maand betalen.

Met vriendelijke groet,
[[p:Hamid Azarkan]] (geen familie), {{r:schuldhulpmaatje}}
[[e:h.azarkan@schuldhulpmaatjedenhaag.nl]]
=====
Beste meneer [[p:Azarkan]],

Wij hebben uw verzoek ontvangen. Een betalingsregeling is mogelijk voor de twee Wahv-beschikkingen. Voor de strafbeschikking ([[z:3104 2288 1190 6602]]) kunt u geen regeling krijgen boven deze bedragen; u kunt wel een regeling in 3 termijnen aanvragen.

U betaalt € 30,- per maand vanaf [[d:1 december 2024]]. U ontvangt hiervoor een nieuw betalingskenmerk: [[z:9011 4471 0338 2016]].

Met vriendelijke groet,
{{o:Centraal Justitieel Incassobureau}}
=====
Hoi [[p:Emre]],

Over [[p:Berivan]] (jouw casus uit {{w:Transvaal}}): het {{o:CJIB}} heeft een vordering tot gijzeling ingediend bij de officier van justitie voor 3 verkeersboetes. Ze is hoogzwanger. Ik heb gebeld met de partnerlijn en zij zeggen dat de gijzeling wordt aangehouden als er binnen 2 weken een regeling is. Kun jij met haar het formulier invullen? Kenmerken staan in de bijlage.

Zij belt alleen terug via haar broer [[p:Rojhat]] ([[t:06-19282044]]).

Groet,
[[p:Elif]]
=====
Onderwerp: Gijzeling [[p:B. Aydın]] – URGENT

Goedemiddag,

Mevrouw [[p:Berivan Aydın]], geboren [[d:14 mei 1998]], BSN [[b:164317776]], dreigt te worden gegijzeld voor openstaande Wahv-boetes (CJIB-kenmerken [[z:6012 3390 4481 1702]] en [[z:6012 3390 5519 3006]]).

Mevrouw is 34 weken zwanger en heeft een medische indicatie (bedrust). Wij verzoeken u de gijzeling op te schorten en een betalingsregeling toe te staan. Het ingevulde formulier met inkomensgegevens is bijgevoegd.

Met vriendelijke groet,
[[p:Emre Şahin]]
{{r:wijkteammedewerker}} {{w:Transvaal}}
Tel. [[t:070 - 205 44 91]]
=====
Lieve collega's,

Het {{o:CJIB}} heeft een nieuwe werkwijze: bij een betalingsachterstand op een regeling gaat er eerst een sms naar de betrokkene, pas daarna een brief. Let op: als jullie cliënt een ander nummer heeft dan bij het CJIB bekend, gaat die sms naar een oud nummer. Vraag dus altijd of het nummer klopt.

Verder: de partnerlijn voor hulpverleners is alleen op werkdagen bereikbaar, 8.00 tot 17.00 uur. Het telefoonnummer staat op de sociale kaart. Geen cliëntgegevens per mail naar het algemene adres sturen.
=====
wat ik bedoel: het bedrag op de acceptgiro is € 412 maar op mijn cjib app staat € 309. welke moet ik betalen. mijn kenmerk is [[z:6012771040032218]]. ik heb geen geld tot de [[d:25e]]. [[p:dwayne]]
=====
Hoi [[p:Dwayne]]! Dank voor je bericht. Het verschil is een verhoging die in de app nog niet zichtbaar is. Betaal nog niks, ik bel morgen het CJIB. Je hoort van me vóór vrijdag. Groet, [[p:Melvin]] ({{r:jongerenwerker}} / {{o:JongDenHaag}})
=====
Van: [[p:Melvin Vroom]]
Aan: {{o:CJIB}} Klantenservice
Onderwerp: vraag over bedrag kenmerk [[z:6012771040032218]]

Goedemorgen,

Namens mijn cliënt, de heer [[p:D.R. Doran]] (toestemming bijgevoegd), wil ik weten wat het juiste openstaande bedrag is onder bovenstaand betalingskenmerk. De acceptgiro vermeldt € 412,00, de app € 309,00.

Ook wil ik weten of er andere openstaande zaken zijn op naam van meneer. Zijn geboortedatum is [[d:7 januari 2003]].

Met vriendelijke groet,
[[p:Melvin Vroom]]
=====
Geachte heer [[p:Vroom]],

Het verschil van € 103,00 betreft de eerste aanmaning (verhoging van 50% op de oorspronkelijke boete van € 206,00). Het juiste bedrag is € 412,00, inclusief tweede aanmaning.

Er staan op naam van uw cliënt geen andere zaken open.

Wij kunnen met u geen regeling bespreken zonder een schriftelijke machtiging waarin ook de geboortedatum en het adres van de betrokkene staan. U kunt de machtiging uploaden via het contactformulier.

Met vriendelijke groet,
[[p:Sandra]]
{{o:CJIB}} Klantenservice
=====
Casusoverleg [[d:di 15/10]] – kort

1. [[p:Doran]], [[p:D.]] – CJIB € 412, regeling aangevraagd. Actie [[p:Melvin]].
2. [[p:Radu]], [[p:I.]] ([[a:Parallelweg 144 B]]) – heeft verkeersboete op kenteken van werkgever, werkgever wil niet betalen. Advies {{o:Juridisch Loket}}. Actie [[p:Ionut]] zelf.
3. [[p:Abdi]], [[p:F.]] – vervangende hechtenis dreigt (5 dagen). CJIB-kenmerk [[z:3104 7712 0091 2245]]. Actie [[p:Faduma]]'s dochter belt morgen, wij ondersteunen.

Volgende keer: [[d:di 29/10]], zelfde tijd.
=====
Geachte mevrouw [[p:Abdi]],

U heeft een strafbeschikking gekregen van € 250,00 voor winkeldiefstal. U heeft niet betaald. Als u niet vóór [[d:18 november 2024]] betaalt, kan de officier van justitie vervangende hechtenis toepassen.

Betaal het bedrag van € 250,00 op rekening [[i:NL07 INGB 0000 0023 19]] t.n.v. CJIB Leeuwarden o.v.v. betalingskenmerk [[z:3104 7712 0091 2245]].

Heeft u vragen? Kijk op www.cjib.nl of bel ons (gratis).

{{o:Centraal Justitieel Incassobureau}}
=====
Update [[p:Abdi]]: de strafbeschikking is op [[d:14 november]] betaald door dochter [[p:Sagal]], betaalbewijs zit in het dossier. Hechtenis is daarmee van de baan. Gr [[p:Ifrah]]
=====
Beste [[p:Annelies]],

Ik zag je vraag in de teamapp over de 'Schuldenwijzer' van het CJIB. Met de Schuldenwijzer zie je alle openstaande boetes, vorderingen en verhogingen van een persoon, als je ingelogd bent met DigiD van de cliënt. Wij mogen NIET met de DigiD van de cliënt inloggen. Zit naast de cliënt en laat hem zelf inloggen.

Groet,
[[p:Carla]]
=====
Hallo [[p:Carla]], helder. Maar wat doe je als iemand geen DigiD heeft en ook geen telefoon (dus geen sms-code)? Meneer [[p:Post]] ([[a:Kempstraat 241]]) heeft echt helemaal niks meer, ook geen post want de brievenbus is kapot. Groet [[p:Annelies de Koning]]
=====
[[p:Annelies]], dan met een machtiging via het CJIB zelf of via de {{o:Belastingdienst}}-balie (DigiD aanvragen met activatiecode per post…). Voor meneer [[p:Post]] zou ik eerst een briefadres regelen bij de gemeente; het {{o:Leger des Heils}} kan daarbij helpen. – [[p:Carla]]
=====
Werkinstructie: beroep tegen een verkeersboete (Wahv)

1. Eerst administratief beroep bij de officier van justitie, binnen 6 weken na de datum op de beschikking.
2. Vaak moet eerst zekerheid worden gesteld (het boetebedrag). Bij een laag inkomen kan daarvan vrijstelling worden gevraagd.
3. Daarna eventueel beroep bij de kantonrechter, ook binnen 6 weken.
4. Verhogingen: eerste aanmaning +50%, tweede aanmaning +100% van het oorspronkelijke bedrag.

Voorbeeldbrief: map Schulden > CJIB > sjabloon 4b (versie 2.3).
=====
{{o:CJIB}} | Overzicht openstaande zaken, afgedrukt [[d:10-10-2024]]

Betrokkene: [[p:Chen]], [[p:Wei-Ling]] | geb. [[d:30-04-1994]]
Adres: [[a:Stationsweg 133-3]], [[pc:2515 BN]] Den Haag

kenmerk              soort      oorspr.   verh.    open
[[z:6012 4418 9030 1187]]  Wahv   €  95,00  € 47,50  € 142,50
[[z:6012 4419 0024 5562]]  Wahv   € 155,00  €  0,00  € 155,00

Totaal open: € 297,50
Betalingsregeling mogelijk vanaf € 75,00.
=====
Hoi [[p:Yohannes]], het CJIB heeft de regeling voor [[p:Wei-Ling]] goedgekeurd: € 25 p/m, eerste keer [[d:1 november]]. Ze was zo opgelucht, ze stond te huilen bij de balie haha. Groet [[p:Chen Mei]] ... oh nee ik ben [[p:Lin]], sorry, ik log in op de computer van [[p:Mei]]. [[p:Lin Xiaoyan]]
""")
# ---------------------------------------------------------------------------
# 5. Belastingdienst / Toeslagen (terugvorderingen, betalingsregelingen, herstel)
# ---------------------------------------------------------------------------
add(r"""
Aan: {{o:Belastingdienst/Toeslagen}}
Postbus 8050, 6710 BK Ede

Betreft: verzoek persoonlijke betalingsregeling
Naam: mevrouw [[p:G.A. Pinas]]
BSN: [[b:277610874]]
Adres: [[a:Rederijkerstraat 48]], [[pc:2531 EP]] Den Haag
Toeslagjaar / soort: 2022 huurtoeslag, 2022 zorgtoeslag

Geachte heer, mevrouw,

Mevrouw [[p:Pinas]] heeft op [[d:12 augustus 2024]] een terugvordering ontvangen van € 2.764,00 (huurtoeslag) en € 414,00 (zorgtoeslag) over 2022. Het standaard terugbetaalbedrag van € 249,- per maand kan zij niet opbrengen. Hierbij vragen wij een persoonlijke betalingsregeling aan. Het ingevulde formulier met de inkomsten en uitgaven van mevrouw en haar toeslagpartner, de heer [[p:R. Pinas]], is bijgevoegd.

Met vriendelijke groet,
[[p:Glenda]] ... namens deze:
[[p:Priscilla Amatsaleh]]
{{r:thuisadministratie-vrijwilliger}}, {{o:Humanitas Den Haag}}
=====
Correctie voor het dossier: in de brief staat "namens deze" met de voornaam van mevrouw zelf ervoor, dat is fout gegaan bij het kopiëren. [[p:Glenda]] is de cliënt, [[p:Priscilla]] is de vrijwilliger. – [[p:Marleen]]
=====
Hoi team,

Belangrijk voor alle ouders in je caseload die kinderopvangtoeslag hadden tussen 2005 en 2019: ze kunnen zich nog melden bij de {{o:Uitvoeringsorganisatie Herstel Toeslagen}} (UHT). Ook als ze denken dat ze niet gedupeerd zijn. De lijst met signalen is lang: terugvorderingen, 'opzet/grove schuld', stopgezette toeslag.

Het landelijke nummer van UHT is 0800 - 2358 358. Bij de gemeente is er een speciaal loket (bel 14 070 en vraag naar 'hulp na de toeslagenaffaire').

Groet, [[p:Ria]]
=====
Van: [[p:Serpil]]
Aan: Team {{w:Laak}}

Ik heb vandaag met mevrouw [[p:Sultani]] de aanvraag bij UHT gedaan. Haar dossiernummer is [[z:UHT-2021-088142]]. Ze was in 2014 gestopt met de opvang voor haar twee kinderen omdat de terugvordering te hoog was (€ 11.450). Ze heeft de Catshuisregeling (€ 30.000) al gekregen, maar nog geen integrale beoordeling. De {{r:persoonlijk zaakbehandelaar}} is mevrouw [[p:De Jong]], [[t:088 - 154 37 20]] (haar eigen lijn).

Graag bij de volgende casusbespreking agenderen, er zijn ook schulden bij de corporatie en de zoon [[p:Najib]] wil niet meer naar school.
=====
Goedemiddag mevrouw [[p:Doğan]],

Zoals afgesproken heb ik uw collega van het wijkteam gebeld over de toeslagen van mevrouw [[p:Sultani]]. Ik heb de volgende gegevens nodig om de herstelbetaling te kunnen uitbetalen:
- IBAN van mevrouw (graag op naam van mevrouw zelf);
- een kopie van het besluit van de {{o:Commissie Werkelijke Schade}}, als zij dat heeft.

U kunt mij bereiken op maandag, dinsdag en donderdag.

Met vriendelijke groet,
[[p:Marieke de Jong]]
{{r:persoonlijk zaakbehandelaar}}
{{o:Uitvoeringsorganisatie Herstel Toeslagen}}
T [[t:088 - 154 37 20]]
=====
[[p:Marieke]], het rekeningnummer van mevrouw [[p:Sultani]] is [[i:NL31INGB9490781617]]. Het besluit van de commissie heeft ze nog niet. Groet, [[p:Serpil Doğan]]
=====
Onderwerp: huurtoeslag stopgezet na verhuizing

Beste [[p:Wouter]],

Meneer [[p:Ghebreab]] is in juli verhuisd van [[a:Soestdijksekade 314]] naar [[a:Leyweg 1288-3]]. Sindsdien ontvangt hij geen huurtoeslag meer. Volgens {{o:Toeslagen}} moet hij een nieuwe aanvraag doen omdat de huur hoger is (€ 798,-). Hij heeft ook een brief gekregen dat hij € 486 moet terugbetalen over de maanden juli-september, terwijl hij in die maanden gewoon huur betaalde.

Volgens mij is hier iets misgegaan bij het doorgeven van de verhuizing. Wil jij met hem bellen met de BelastingTelefoon (0800-0543)? Hij heeft zijn BSN bij zich.

Groet,
[[p:Mussie]]
=====
dag mevrouw ik ben [[p:ahmad alhamwi]] mijn zorgtoeslag is gestopt en ik heb brief dat ik 1200 euro moet terug betalen. ik begrijp niet want ik heb niet meer geld verdiend. mijn bsn [[b:543935759]] kunt u kijken? bedankt [[p:ahmad]] [[t:0687110293]]
=====
Beste meneer [[p:Alhamwi]],

Dank voor uw bericht. Ik kan niet zelf in uw gegevens bij de Belastingdienst kijken. Stuurt u mij liever geen BSN per WhatsApp of mail, dat is niet veilig. Neem de brief mee naar ons spreekuur op donderdag van 9 tot 12 uur in het wijkcentrum {{w:Bouwlust}}. Dan bellen we samen met de {{o:Belastingdienst}}.

Met vriendelijke groet,
[[p:Rasha Kassab]]
{{r:sociaal werker}}
=====
Aantekening spreekuur [[d:do 17-10]]: [[p:Alhamwi]], [[p:A.]], zorgtoeslag 2023 teruggevorderd omdat de Belastingdienst uitgaat van een toeslagpartner (broer stond ingeschreven op zelfde adres, [[a:Dedemsvaartweg 1344]]). Broer is al in maart uitgeschreven. BRP-uittreksel opvragen, daarna bezwaar. Aanslagnummer terugvordering: [[z:5439.35.759.T.23.1501]]. Termijn bezwaar: 6 weken na [[d:19 september]].
=====
Geachte heer, mevrouw,

Hierbij maak ik namens de heer [[p:A. Alhamwi]] bezwaar tegen de herziening van zijn zorgtoeslag over 2023 (kenmerk [[z:5439.35.759.T.23.1501]], dagtekening [[d:19 september 2024]]).

U gaat ervan uit dat de heer [[p:Firas Alhamwi]] de toeslagpartner van mijn cliënt was. Dat is onjuist. [[p:Firas]] is de broer van mijn cliënt en heeft slechts tot [[d:3 maart 2023]] op hetzelfde adres ingeschreven gestaan. Een broer is geen toeslagpartner (artikel 3 Awir jo. artikel 5a AWR).

Bijlagen: machtiging, uittreksel BRP.

Hoogachtend,
[[p:R. Kassab]]
=====
Fijn nieuws uit het team: het bezwaar van meneer [[p:Alhamwi]] is toegewezen! De terugvordering van € 1.204 is vervallen en hij krijgt de zorgtoeslag alsnog. Dit zag ik niet aankomen, dus delen we het als casusles: "broer/zus op hetzelfde adres is geen toeslagpartner". – [[p:Rasha]]
=====
Casusles (geanonimiseerd, thema schulden)

Een man van begin veertig met een bijstandsuitkering kreeg een terugvordering van zorgtoeslag omdat zijn broer op hetzelfde adres ingeschreven stond. De Belastingdienst zag de broer als toeslagpartner. Met een uittreksel uit de BRP en een verwijzing naar de wet werd het bezwaar binnen acht weken toegewezen. Les: controleer bij elke terugvordering wie als toeslagpartner is aangemerkt, en vraag het uittreksel vroeg op. Bij de {{o:Belastingdienst}} kan het team een intermediair-machtiging gebruiken.
=====
Hallo [[p:Hakan]],

Vraagje: mevrouw [[p:Nurten Koç]] (niet die van {{o:Staedion}}, een andere!) heeft een aanslag inkomstenbelasting 2022 gekregen van € 3.118,-. Ze had toen een kleine schoonmaakzaak (eenmanszaak, KvK [[z:74102283]]). Kan zij kwijtschelding krijgen? Haar enige inkomen is nu een WIA-uitkering.

[[p:Elif Yavuz]]
=====
[[p:Elif]], voor inkomstenbelasting kun je bij de Belastingdienst kwijtschelding vragen (formulier 'Verzoek om kwijtschelding'), maar niet voor de belasting over winst uit onderneming als ze nog een bedrijf heeft. Check of de zaak is uitgeschreven. Het formulier moet binnen 3 maanden na dagtekening van de aanslag ([[d:21 augustus]]) binnen zijn. [[p:Hakan]]
=====
Van: [[e:noreply@toeslagen.nl]]
Aan: [[e:kadir.ozturk1975@gmail.com]]
Onderwerp: Er staat een bericht voor u klaar in Mijn toeslagen

Beste heer/mevrouw,

Er staat een nieuw bericht voor u klaar in Mijn toeslagen. Log in met DigiD om het bericht te lezen.

Dit is een automatisch bericht. U kunt deze e-mail niet beantwoorden.

Met vriendelijke groet,
{{o:Dienst Toeslagen}}
=====
Dag [[p:Kadir]], ik heb samen met je gekeken in Mijn toeslagen: het bericht is de definitieve berekening huurtoeslag 2023. Je krijgt € 312 terug! Het geld komt binnen 5 werkdagen op je rekening die eindigt op 9351. Zet het niet direct in de regeling met de deurwaarder, we overleggen eerst. Groet, [[p:Frits]]
=====
Beste [[p:Frits]],

Je schreef dat de toeslag op zijn rekening komt die eindigt op 9351, maar de bewindvoerder heeft een beheerrekening voor hem geopend: [[i:NL16 INGB 5071 2729 13]]. Toeslagen stort dus op de oude? Ik denk dat het nummer nooit is gewijzigd. Bel jij de BelastingTelefoon of doe ik het?

[[p:Anja Zwart]]
{{r:bewindvoerder}}, {{o:Zwart Bewindvoering}}
[[t:06 46 19 70 28]]
=====
Goedemiddag,

Vanuit het {{o:sociaal wijkzorgteam}} {{w:Segbroek}} een vraag over een mevrouw zonder verblijfsvergunning met kinderen met Nederlandse nationaliteit. Heeft zij recht op kinderbijslag via de {{o:SVB}} en kindgebonden budget via {{o:Toeslagen}}? Volgens mij niet, maar de {{r:advocaat}} zegt van wel (Europees recht, arrest Chavez-Vilchez). Wie weet dit?

Geen gegevens van mevrouw in deze mail, die heb ik in het dossier.
=====
Re: vraag kindgebonden budget

Klopt, sinds het arrest is er voor deze ouders onder voorwaarden een verblijfsrecht, en daarmee kan ook recht op toeslagen ontstaan. Het hangt af van het verblijfsdocument (sticker of pas met aantekening 'art. 20 VWEU'). Ik stuur je de werkinstructie. – [[p:Bilal el Ouali]], {{r:jurist}} {{o:Stek}}
=====
Geachte mevrouw [[p:Hoek]],

U heeft op [[d:24 september 2024]] namens de heer [[p:Kees Hoek]] een machtiging aangevraagd om zijn toeslagzaken te regelen. Voor de machtiging hebben wij de volgende gegevens:

Burgerservicenummer belanghebbende: [[b:2328.57.051]]
Burgerservicenummer gemachtigde: [[b:383178678]]

Het burgerservicenummer van de belanghebbende is onjuist. Controleer het nummer en stuur het formulier opnieuw in.

Met vriendelijke groet,
{{o:Belastingdienst/Toeslagen}}
=====
Notitie: BSN van meneer [[p:Hoek]] is [[b:232857015]], er stond 051 aan het eind ipv 015 (cijfers omgedraaid). Formulier opnieuw verstuurd [[d:3 okt]]. Dochter [[p:Marja Hoek]] is de gemachtigde. – [[p:C.M.]]
=====
Aan alle {{r:consulenten}},

De Belastingdienst heeft aangekondigd dat terugvorderingen van toeslagen vanaf 2025 standaard in 24 termijnen (i.p.v. 24 maanden vast) worden geïnd. Bij een inkomen onder 110% van het minimum kan er een persoonlijke betalingsregeling worden aangevraagd. Bij inkomens onder de bijstandsnorm zijn verrekeningen beperkt tot 5%. Controleer dit bij elke nieuwe terugvordering.

Team Inkomen en Schulden
=====
Dag [[p:Loubna]],

Toeslagen verrekent de terugvordering zorgtoeslag 2021 van mw [[p:Berhane]] met haar huurtoeslag van nu. Daardoor houdt ze € 145 per maand minder over, maar haar huurtoeslag is haar enige buffer voor de huur. Resultaat: nieuwe huurachterstand bij {{o:Haag Wonen}} (contract [[z:HW-1177-0421]]).

Kunnen we verzoeken de verrekening te stoppen en de terugvordering via de PBR te laten lopen? Haar BSN staat in het dossier, niet in deze mail.

[[p:Semhar]]
""")
# ---------------------------------------------------------------------------
# 6. Debt counsellors, Kredietbank, bewindvoerders (aanmelding, overzichten)
# ---------------------------------------------------------------------------
add(r"""
AANMELDFORMULIER SCHULDHULPVERLENING (ingevuld door wijkteam)

Aanmelder: [[p:Tineke Mol]], {{r:maatschappelijk werker}}, {{o:sociaal wijkzorgteam}} {{w:Loosduinen}}
Telefoon aanmelder: [[t:06 - 24 81 90 33]]

Aanvrager
  Naam:            [[p:Ewa Wójcik]]
  Geboren:         [[d:23-08-1983]]
  BSN:             [[b:192796987]]
  Adres:           [[a:Burgemeester Hovylaan 92]]
  Postcode:        [[pc:2552 AL]]
  Telefoon:        [[t:06-59 30 72 18]]
  E-mail:          [[e:ewa.wojcik83@wp.pl]]
  IBAN:            [[i:NL43 RABO 5077 0834 94]]

Partner: geen. Kinderen: 2 (9 en 13 jaar).
Inkomen: loon (schoonmaak, 28 uur) ca. € 1.610,- netto + kindgebonden budget.
Schulden (globaal): ± € 14.000,-, ca. 11 schuldeisers.
Acute problemen: ontruimingsvonnis? nee. Afsluiting energie? ja, aangekondigd per [[d:15-11-2024]].
Crisisinterventie nodig: JA.
=====
Beste [[p:Tineke]],

Dank voor de aanmelding van mevrouw [[p:Wójcik]] (ons dossiernummer [[z:SHV-2024-05172]]). Vanwege de aangekondigde afsluiting is een crisisinterventie gestart. Wij hebben de energieleverancier gevraagd de afsluiting aan te houden.

Het intakegesprek is op [[d:maandag 4 november]] om 9.30 uur bij ons op kantoor. Wilt u mevrouw vragen de volgende stukken mee te nemen: loonstroken (3 maanden), bankafschriften (3 maanden), alle brieven van schuldeisers, ID-bewijs. Een tolk Pools kunnen wij inzetten (Tolk- en Vertaalcentrum, 50 min).

Met vriendelijke groet,
[[p:Marek Lewandowski]]
{{r:schuldhulpverlener}}
{{o:Schuldhulpverlening Den Haag}}
Telefoon 14 070 (vraag naar Schuldhulpverlening)
=====
[[p:Marek]], de IBAN op het formulier klopt niet, 2 cijfers verwisseld. Het juiste is [[i:NL43RABO5077083944]] (ik had eerst [[i:NL43RABO5077083494]] staan). Sorry! – [[p:Tineke]]
=====
SCHULDENOVERZICHT [[p:E. Wójcik]] – stand [[d:28-10-2024]]
dossier [[z:SHV-2024-05172]]

nr | schuldeiser                 | kenmerk schuldeiser   | bedrag      | status
1  | {{o:Eneco}}                 | [[z:204906612]]             | € 1.844,20  | afsluiting aangehouden
2  | {{o:Zilveren Kruis}}        | [[z:ZK/2023/0098817]]       | €   940,00  | incasso (GGN)
3  | {{o:CJIB}}                  | [[z:6012 5530 0218 9914]]   | €   392,00  | regeling gestopt
4  | {{o:Staedion}}              | [[z:ST-0219-44081]]         | € 2.210,55  | geen actie
5  | {{o:Belastingdienst/Toeslagen}} | KOT 2021 / terugvordering | € 5.120,00 | verrekening
6  | {{o:Wehkamp}}               | [[z:WK-88330127]]           | €   712,40  | deurwaarder
7  | {{o:T-Mobile}}              | [[z:1.24001778]]            | €   480,11  | incasso
8  | {{o:DUO}}                   | -                     | € 1.944,00  | draagkrachtmeting loopt
9  | {{o:Gemeente Den Haag}} (Belastingen) | aanslag 2024 | €   356,00 | kwijtschelding aangevraagd
10 | {{o:ING}} (roodstand)       | -                     | €   180,73  | -
11 | buurvrouw (lening)          | -                     | €   200,00  | informeel
   |                             |                       | € 14.380,99 |
=====
Notitie teamoverleg: de "buurvrouw" op regel 11 van het schuldenoverzicht van [[p:Ewa]] is mevrouw [[p:Zofia]] van nr. 94. Niet opnemen in de Msnp-aanvraag? Wel opnemen, een informele schuld hoort erbij volgens de Gedragscode. Vraag [[p:Marek]].
=====
Geachte schuldeiser,

Namens onze cliënt, de heer [[p:Abdullahi Hirsi]], geboren [[d:04-02-1976]], wonende [[a:Rederijkerstraat 160]] te Den Haag, bieden wij u een minnelijke schuldregeling aan (Msnp). Uw vordering bedraagt volgens onze gegevens € 1.288,00 (uw kenmerk [[z:ESS-MZ-2024-23318]]).

Onze cliënt heeft een afloscapaciteit van € 38,50 per maand gedurende 18 maanden. Op basis daarvan bieden wij alle concurrente schuldeisers een uitkering aan van 11,2% van hun vordering, te voldoen via een saneringskrediet. Voor u betekent dat € 144,26 ineens, tegen finale kwijting.

Wij verzoeken u binnen 4 weken te reageren. Geen reactie beschouwen wij als een weigering.

Met vriendelijke groet,
{{o:Haagse Kredietbank}}
drs. [[p:N. Angelov]], {{r:schuldbemiddelaar}}
Dossier: [[z:HKB-2024-3318]]
=====
Re: Msnp-voorstel HKB-2024-3318

Hoi [[p:Nikolay]],

Ik zie in het schuldenoverzicht van [[p:Hirsi]] dat {{o:Essent}} staat met € 1.288, maar na de noodaansluiting is er nog een eindafrekening gekomen van € 311,40 (factuurdatum [[d:8 oktober]]). Moet het voorstel dan niet worden aangepast? Anders blijft er een schuld buiten de regeling.

Groet,
[[p:Naima]]
=====
Beste [[p:Naima]],

Goed gezien. Ik pas het aan: vordering Essent wordt € 1.599,40. Het percentage blijft hetzelfde, het bedrag voor Essent wordt € 179,13. Herzien voorstel gaat morgen de deur uit.

[[p:Nikolay]]
(HKB, [[t:070 - 353 71 64]] – op dinsdag niet aanwezig)
=====
Goedemorgen mevrouw [[p:Zwart]],

Ik ben de {{r:maatschappelijk werker}} van de heer [[p:Kadir Öztürk]]. U bent sinds [[d:1 juni 2024]] zijn {{r:beschermingsbewindvoerder}} (beschikking rechtbank Den Haag, zaak-/rekestnummer [[z:C/09/661042 / BR RK 24-2208]]).

Meneer vertelt mij dat hij deze maand € 40,- per week leefgeld krijgt en daar niet van kan rondkomen. Volgens zijn budgetplan zou dat € 65,- per week zijn. Kunt u mij laten weten wat er aan de hand is? Meneer is erg boos en dreigt 'naar uw kantoor te komen'.

Met vriendelijke groet,
[[p:Frits Lanting]]
{{o:sociaal wijkzorgteam}} {{w:Vrederust}}
=====
Beste heer [[p:Lanting]],

Het leefgeld is tijdelijk verlaagd omdat de huurtoeslag van september nog niet binnen was en de huur wel betaald moest worden. Vanaf de eerste week van november is het weer € 65,-.

Overigens heeft de heer [[p:Öztürk]] mij gisteren 14 keer gebeld. Ik heb hem uitgelegd dat ik op werkdagen tussen 9 en 11 bereikbaar ben op het algemene nummer van ons kantoor (070 - 444 18 00). Ik heb een afspraak met hem gemaakt op [[d:30 oktober]] om 10.00 uur, op kantoor.

Met vriendelijke groet,
mr. [[p:A. Zwart]]
{{o:Zwart Bewindvoering}}, {{r:beschermingsbewindvoerder}} (lid {{o:BPBI}})
=====
Even afstemmen met {{o:Zwart Bewindvoering}}: [[p:Kadir]] heeft zijn beheerrekening [[i:NL16INGB5071272931]] (NIET het nummer dat ik eerder doorgaf, daar zat een typfout in). Leefgeld gaat naar zijn ING-rekening die eindigt op 79351. Dit alleen ter info voor wie dienst heeft in de vakantie. – [[p:Frits]]
=====
Opmerking: "Leefgeld gaat naar zijn ING-rekening die eindigt op 79351" klopt niet, het is 9351 (vier cijfers). Geen rekeningnummers in de teamapp graag, ook niet half. – [[p:Anja]]
=====
Hallo allemaal,

Het {{o:Geldloket}} in het {{w:Centrum}} verhuist. Vanaf de tweede week van november zit het in de bibliotheek op het Spui, 2e verdieping, ruimte 2.14. Openingstijden blijven: di en do 10-16 uur. Bellen kan via 14 070.

Nieuwe folders kunnen besteld worden via het bestelformulier (artikelnummer FL-GL-2024, verpakt per 50).
=====
Van: [[p:Soumokil]], [[p:Ria]] <[[e:r.soumokil@plangroep.nl]]>
Aan: [[e:wijkteam.ypenburg@denhaag.nl]]
Datum: [[d:di 1 okt. 2024]], 16:48
Onderwerp: Warme overdracht budgetbeheer gezin [[p:Popal]]

Beste collega's,

Per [[d:1 november]] eindigt ons budgetbeheer voor het gezin [[p:Popal]] ([[a:Laan van Hoornwijck 212]]). Het traject liep 36 maanden en de Msnp is met een schone lei afgerond. Mevrouw [[p:Zahra Popal]] doet de administratie nu zelf, met wekelijkse begeleiding van een vrijwilliger van {{o:SchuldHulpMaatje}}.

Aandachtspunten:
- de zorgverzekering staat nog op naam van de {{o:PLANgroep}}-beheerrekening; overzetten vóór [[d:31 december]];
- het klantnummer bij {{o:Dunea}} ([[z:3100-741-229]]) moet een nieuw IBAN krijgen;
- meneer [[p:Ahmad Shah]] werkt sinds september, loonbeslag is opgeheven.

Kan iemand van jullie de overdracht op [[d:woensdag 16 oktober]] bijwonen?

Met vriendelijke groet,
[[p:Ria Soumokil]]
{{r:budgetbeheerder}}, {{o:PLANgroep}}
T 070 - 322 85 00 | M [[t:06 - 4319 2255]]
=====
Hoi [[p:Ria]], ik kom op de 16e. Vind je het goed als ik de nieuwe collega [[p:Jasmijn]] meeneem? Groet [[p:Farzana]]
=====
Onderwerp: wachttijd intake

Beste [[p:Marek]],

Ik wil graag begrijpen waarom de intake van meneer [[p:Sewdien]] (aangemeld op [[d:2 september]], jullie nummer [[z:SHV-2024-04870]]) pas in januari is. De Wet gemeentelijke schuldhulpverlening zegt dat er binnen 4 weken een eerste gesprek moet zijn, en bij een dreigende ontruiming binnen 3 werkdagen (art. 4a Wgs). Meneer heeft een aanzegging.

[[p:Romano]]
=====
[[p:Romano]], excuses, dit is fout gegaan: de aanzegging zat niet bij de aanmelding. Ik heb meneer [[p:Sewdien]] ingepland voor [[d:vrijdag 18 oktober]] om 8.30 uur. Kan hij het vonnis meenemen? – [[p:Marek]]
=====
Afspraken budgetplan (ondertekend door cliënt en budgetcoach)

Naam: [[p:Natasha Jurgens]]
Datum: [[d:11 oktober 2024]]

Inkomsten per maand
- Participatiewet:            € 1.275,00
- Huurtoeslag:                €   336,00
- Zorgtoeslag:                €   123,00
Totaal:                       € 1.734,00

Vaste lasten per maand
- Huur ({{o:Staedion}}):      €   781,00
- Energie ({{o:Eneco}}):      €   160,00
- Water ({{o:Dunea}}):        €    22,50
- Zorgverzekering:            €   151,00
- Telefoon + internet:        €    55,00
- Aflossing CJIB:             €    30,00
Totaal:                       € 1.199,50

Leefgeld per week:            €   105,00  (4,33 weken = € 454,65)
Buffer per maand:             €    79,85

Handtekening cliënt: ____________   Handtekening budgetcoach: [[p:P. Smit]]
=====
Hoi [[p:Petra]], mooi budgetplan! Eén ding: € 105 leefgeld per week is krap met 3 kinderen, volgens de Nibud-normen zou dat rond de € 140 moeten zijn. Kunnen we de energietoeslag als buffer gebruiken? Groet [[p:Yvette]]
=====
Geachte heer [[p:Lewandowski]],

Namens de rechtbank Den Haag, sector kanton, bericht ik u dat het verzoek tot toepassing van de schuldsaneringsregeling (Wsnp) van mevrouw [[p:A. Ouali-Bakker]] is toegewezen bij vonnis van [[d:9 oktober 2024]], insolventienummer [[z:C/09/24/417 R]]. Als bewindvoerder is benoemd mr. [[p:J.W. Molenaar]].

De zitting voor de beëindiging wordt bepaald op een datum over ongeveer 18 maanden.

De griffier
=====
Hallo, ik ben [[p:Bakker]], de moeder van [[p:Anouk Ouali-Bakker]]. Ik heb gehoord dat mijn dochter in de schuldsanering zit. Ik wil graag weten hoeveel de schulden zijn want ik wil helpen. Haar telefoon is afgesloten dus ik mail u. Mijn nummer is [[t:070 3887204]]. Groetjes [[p:Joke]]
=====
Beste mevrouw [[p:Bakker]],

Dank voor uw bericht en voor uw betrokkenheid. Ik mag zonder toestemming van uw dochter geen informatie over haar situatie met u delen. Ik zal uw dochter laten weten dat u contact heeft opgenomen en dat u wilt helpen.

Met vriendelijke groet,
[[p:Marek Lewandowski]]
=====
Zo gaan wij om met vragen van familie over schulden (werkafspraak team)

1. Nooit informatie geven zonder toestemmingsverklaring van de cliënt.
2. Wel uitleggen hoe schuldhulp werkt, in algemene termen.
3. De cliënt laten weten dat familie heeft gebeld.
4. Vastleggen in het dossier (datum, wie, wat).

Vastgesteld in het teamoverleg van oktober. Herziening: voorjaar 2025.
""")
# ---------------------------------------------------------------------------
# 7. Private landlords (kamerverhuur, borg, gebreken, opzegging)
# ---------------------------------------------------------------------------
add(r"""
Beste meneer [[p:Baas]],

Ik ben [[p:Yvette Timmer]] van het {{o:sociaal wijkzorgteam}} {{w:Stationsbuurt}}. Ik begeleid uw huurder, meneer [[p:Georgi Todorov]], die een kamer van u huurt op de [[a:Van Hogendorpstraat 7-2]].

Meneer vertelt dat u hem heeft gezegd dat hij per [[d:1 november]] moet vertrekken, zonder schriftelijke opzegging. Een verhuurder kan een huurovereenkomst voor onbepaalde tijd alleen opzeggen met een wettelijke reden en via de rechter (artikel 7:271 en 7:274 BW). Ik ga ervan uit dat dit een misverstand is.

Zullen we een keer met z'n drieën om tafel gaan? U kunt mij bereiken op [[t:06 37 12 84 09]].

Met vriendelijke groet,
[[p:Yvette Timmer]]
=====
wie ben jij om mij te vertellen wat ik moet doen met mijn eigen huis. die man betaalt al 2 maanden niet en zijn vrienden slapen daar. ik wil hem eruit. [[p:D. Baas]]

Verstuurd vanaf mijn iPhone
=====
Meneer [[p:Baas]],

Ik begrijp dat u boos bent over de huurachterstand. Meneer [[p:Todorov]] erkent dat hij twee maanden niet heeft betaald (2 x € 550,-). Hij had in die tijd geen werk. Sinds deze week werkt hij weer (uitzendbureau, loon per week).

Voorstel: hij betaalt de lopende huur op tijd en lost de achterstand af in 4 maanden (€ 275,- per maand extra). Over de 'vrienden': ik heb met meneer afgesproken dat er niemand meer blijft slapen.

Graag hoor ik of u akkoord gaat.

[[p:Y. Timmer]]
=====
Intern: verhuurder [[p:Dirk Baas]] verhuurt volgens de buren zeker 6 kamers in het pand [[a:Van Hogendorpstraat 7]] zonder vergunning. Melding gedaan bij het {{o:Meldpunt Goed Verhuurderschap}} (meldnummer [[z:GV-2024-1830]]). Niet met meneer [[p:Todorov]] bespreken, hij is bang zijn kamer kwijt te raken.
=====
Hallo [[p:Mariya]],

Ik heb de borgregeling voor jouw nieuwe kamer uitgezocht. De verhuurder, mevrouw [[p:H. de Wit-Brouwer]], vraagt € 1.800 borg (3 maanden huur). Sinds de Wet goed verhuurderschap mag dat maximaal 2 maanden kale huur zijn. Ik heb haar dat gemaild.

Ze vraagt ook een 'bemiddelingsfee' van € 250. Dat mag niet. Betaal die niet!

Je kunt de kamer bezichtigen op [[d:zaterdag 19 oktober]] om 11 uur, [[a:Valkenboslaan 54A]]. Zal ik meegaan?

Groet,
[[p:Petya Ivanova]], {{r:welzijnscoach}}
=====
Van: [[p:Hanneke de Wit-Brouwer]] <[[e:hanneke.dewit@ziggo.nl]]>
Aan: [[p:Petya Ivanova]]
Onderwerp: Re: borg kamer Valkenboslaan

Mevrouw [[p:Ivanova]],

Oké, de borg wordt dan € 1.200 en de bemiddelingskosten vervallen. Ik wist dat niet, ik verhuur pas sinds dit jaar. Het huurcontract stuur ik naar [[p:Mariya Hristova]] zelf. Zij kan op [[d:1 november]] erin.

Vriendelijke groet,
[[p:Hanneke de Wit]]
=====
Notitie: de kamer aan de Valkenboslaan is van een particuliere verhuurder die net begonnen is, dus geen kwade trouw. Goed contact, zij wil ook in de toekomst aan cliënten van het wijkteam verhuren. Sociale kaart bijwerken? Nee, want dit is een particulier, geen organisatie. – [[p:Petya]]
=====
Geachte heer [[p:El Idrissi]],

Als uw huurder heb ik u sinds [[d:14 juni]] drie keer gemeld dat er schimmel in de slaapkamer zit en dat de cv-ketel lekt. Mijn dochter [[p:Noor]] (4 jaar) heeft astma en is twee keer naar de spoedeisende hulp geweest.

Ik geef u hierbij een termijn van 6 weken om de gebreken te herstellen. Als u dat niet doet, start ik een procedure bij de {{o:Huurcommissie}} om de huur te verlagen.

Met vriendelijke groet,
[[p:Fatima el Idrissi]]
[[a:Jan van der Heijdenstraat 40-III]]
[[pc:2521 BR]] Den Haag

(Deze brief is opgesteld met hulp van het {{o:Haags Huurdersloket}}.)
=====
[[p:Fatima]] zei dat haar verhuurder dezelfde achternaam heeft maar geen familie is. Voor de zekerheid: verhuurder = [[p:Youssef el Idrissi]], woonachtig in Rijswijk, bereikbaar op [[t:06 1845 9930]]. Hij reageert alleen op WhatsApp. – [[p:Loubna]]
=====
Geachte mevrouw [[p:Amrani]],

Dank voor uw e-mail namens mevrouw [[p:El Idrissi]]. Ik ben bereid de ketel te vervangen, een installateur is ingepland op [[d:maandag 28 oktober]]. De schimmel wordt veroorzaakt door onvoldoende ventileren, dat is de verantwoordelijkheid van de huurder.

[[p:Y. El Idrissi]]
=====
Reactie [[p:Loubna]] aan mevr. [[p:El Idrissi]] (app):
Hoi [[p:Fatima]], de ketel wordt maandag vervangen 👍 Over de schimmel: volgens de verhuurder komt het door ventileren. Ik vraag de {{o:GGD}} om een binnenmilieu-onderzoek, dan weten we het zeker. Zet je de ramen wel open als het kan?
=====
Onderwerp: huurachterstand mw. [[p:Rahimi]] / kamer 3

Beste,

Mw. [[p:Zahra Rahimi]] huurt bij mij kamer 3 (€ 480 all-in) op de [[a:Wagenstraat 112]]. Ze heeft in september en oktober niet betaald. Jullie hebben haar in de zomer geholpen met een uitkering, klopt dat? Ik wil geen ruzie maar ik heb zelf ook een hypotheek.

Kan ik de huur rechtstreeks van de gemeente krijgen?

[[p:Wong Ka-Ming]]
Pand-eigenaar
=====
Beste meneer [[p:Wong]],

Ik kan zonder toestemming van uw huurder niet met u over haar situatie praten. Ik heb haar gevraagd contact met u op te nemen. Het is wel mogelijk dat de huur rechtstreeks wordt betaald, maar alleen als uw huurder dat zelf wil.

Vriendelijke groet,
[[p:Najibullah Sultani]]
{{r:consulent}}, {{o:Servicepunt XL}} {{w:Centrum}}
=====
[[p:Najib]], mw [[p:Rahimi]] heeft toestemming gegeven, formulier ingescand. Ze wil dat de huur rechtstreeks naar meneer [[p:Wong]] gaat vanaf de volgende uitkering. Zijn rekening: [[i:NL23INGB5021057845]] t.n.v. [[p:KM Wong]]. Kun jij dat bij {{o:SZW}} regelen? Haar cliëntnummer daar is [[z:1108457]].
=====
Tip van de maand (nieuwsbrief team {{w:Centrum}})

Sinds juli 2023 is de Wet goed verhuurderschap van kracht. Verhuurders moeten:
- een schriftelijk huurcontract geven;
- niet discrimineren bij het kiezen van huurders;
- de borg binnen 14 dagen (of 30 dagen bij schade) terugbetalen;
- een aanspreekpunt hebben voor huurders.

Vermoedt u misstanden? Meld ze bij het Meldpunt Goed Verhuurderschap van de gemeente. Dit kan ook anoniem.
=====
Geachte verhuurder,

Op [[d:2 september 2024]] heeft uw huurder, de heer [[p:Marcel Pattipeilohy]], de huur opgezegd van de woning [[a:Sportlaan 1043]]. Hij verhuist naar een verzorgingshuis. Hij heeft gevraagd of zijn borg (€ 1.450,00) wordt teruggestort op zijn nieuwe rekening [[i:NL07 RABO 2589 2452 76]].

Zijn nieuwe adres is: {{o:Woonzorgcentrum Oldeslo}}, kamer 2.31. Post kan daarheen.

Met vriendelijke groet,
[[p:Femke Dekker]]
{{r:ouderenadviseur}}, {{o:Xtra}} {{w:Segbroek}}
=====
Beste [[p:Femke]],

Dank voor de mail. De borg wordt na de eindinspectie op [[d:30 september]] teruggestort. Als alles goed is, volgt de betaling binnen 14 dagen. Wilt u meneer [[p:Pattipeilohy]] doorgeven dat de sleutels bij de buurvrouw mogen, mevrouw [[p:Van Leeuwen]] op nr. 1041?

Met vriendelijke groet,
[[p:Jan Kuiper]]
{{o:Kuiper Vastgoedbeheer}}
T 070 - 350 01 20 | [[e:info@kuipervastgoed.nl]]
=====
Van: [[p:Ionut Radu]]
naar: wijkteam

hallo, de landlord zegt ik moet 200 euro betalen voor nieuwe sleutel want de oude is kwijt. maar de deur is niet eens van hem, de deur is van het hele huis. is dit normaal?? ik woon op [[a:Parallelweg 144 B]]. mijn telefoon [[t:+40 745 318 260]]
=====
Beste [[p:Ionut]], € 200 voor een sleutel is erg veel. Vraag de verhuurder om een rekening van de slotenmaker. Als hij die niet heeft, hoef je niet te betalen. Ik bel je morgen om 17:30, na je werk. Groet, [[p:Marja Koning]], {{r:sociaal werker}}
=====
Geachte heer [[p:Kalloe]],

U verhuurt de benedenwoning aan de [[a:Joan Maetsuyckerstraat 61]] aan mevrouw [[p:Soekarni Somopawiro]] en haar twee kinderen. Op [[d:9 oktober 2024]] heeft zij ons laten weten dat u de woning wilt verkopen en dat zij daarom moet vertrekken.

Verkoop van een woning is geen reden om een huurovereenkomst te beëindigen ('koop breekt geen huur', artikel 7:226 BW). De nieuwe eigenaar neemt het huurcontract over.

Wij vragen u om mevrouw schriftelijk te bevestigen dat zij in de woning kan blijven. Met vriendelijke groet,

[[p:Ravi Jagroep]]
{{r:maatschappelijk werker}}, {{o:Kwadraad}}
T [[t:070-2052281]] (direct, ma-do)
=====
Meneer [[p:Jagroep]], ik heb het begrepen. Mevrouw kan blijven. Groet [[p:R. Kalloe]]
""")
# ---------------------------------------------------------------------------
# 8. Mixed threads, forwards, short notes, team mails (also without personal data)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Groen]], [[p:Ruud]]
Verzonden: [[d:maandag 21 oktober 2024]] 08:57
Aan: Wijkteam {{w:Scheveningen}}
CC: [[p:Winter]], [[p:Lotte]]; [[e:incasso@haagwonen.nl]]
Onderwerp: FW: woning [[a:Westduinweg 188]] - groen licht voor regeling?

Goedemorgen,

Zie de mail van mijn collega hieronder. Kunnen jullie bevestigen dat meneer [[p:Winter]] (de huurder, geen familie van onze [[p:Lotte]]) in begeleiding is? Dan geven wij groen licht voor de regeling. In de winter zetten wij geen ontruimingen door zonder contact met het wijkteam.

[[p:Ruud Groen]]
{{r:teamleider incasso}} {{o:Haag Wonen}}

________________________________
Van: [[p:Hoek]], [[p:Esther]]
Verzonden: [[d:vrijdag 18 oktober 2024]] 15:31
Onderwerp: woning [[a:Westduinweg 188]]

Huurder [[p:H.J. Winter]], contract [[z:HW-0288-1204]], achterstand € 1.712,80. Meneer belde vandaag zelf en stelt voor € 100/mnd te betalen. Hij zegt begeleid te worden door 'iemand van de gemeente'. Geen naam genoemd.
=====
Beste [[p:Ruud]],

Ja, meneer [[p:Winter]] is bij ons bekend; mijn collega [[p:Jasmijn Koning]] is zijn contactpersoon. Zij belt u vandaag nog. Haar direct nummer: [[t:070 - 752 91 36]].

Groet,
{{o:Wijkteam Scheveningen}}, secretariaat
T 070 - 752 90 00
=====
Onderwerp: Uitnodiging netwerkbijeenkomst Wonen & Schulden

Beste collega's van de wijkteams, corporaties, energieleveranciers en schuldhulp,

Graag nodigen wij u uit voor de netwerkbijeenkomst 'Eerder erbij' in het najaar. Programma:

13.30  inloop
14.00  opening door de {{r:wethouder}} Armoede en Schulden
14.15  'Wat werkt bij vroegsignalering?', cijfers 2023: 5.812 signalen, 38% bereik
15.00  workshops (ronde 1) in zaal 1.01, 1.02 en 2.10
16.00  afsluiting en borrel

Aanmelden via het formulier op intranet, uiterlijk twee weken van tevoren. Maximaal 120 deelnemers.

Team Schuldenaanpak, {{o:Gemeente Den Haag}}
=====
Hoi [[p:Jasmijn]], ik zit bij [[p:Henk Winter]] aan tafel. Hij vraagt of je hem kan bellen op de vaste lijn [[t:070 354 1188]], zijn mobiel is leeg. [[p:Sjaak]] (buurman, vrijwilliger)
=====
Geachte heer [[p:Visser]],

Dank voor uw brief van [[d:14 oktober]] namens {{o:Vattenfall}}. Wij zijn het niet eens met uw stelling dat mevrouw [[p:Kromowidjojo]] 'geen medewerking verleent'. Mevrouw is doof en kan niet telefoneren; uw medewerkers hebben haar alleen gebeld. Wij verzoeken u voortaan schriftelijk of via ons te communiceren:

Postadres mevrouw: [[a:Loosduinse Hoofdstraat 719]], [[pc:2552 AX]] Den Haag
Contact via wijkteam: [[p:Deepa Nair]], [[e:d.nair@swtloosduinen.nl]]

Met vriendelijke groet,
[[p:Deepa Nair]]
{{r:Wmo-consulent}}
=====
Graag gedaan! Zoals besproken: de intake bij de {{o:Kredietbank}} gaat door. Let op dat je alles meeneemt. Tot dinsdag.
=====
> > Op [[d:2 okt 2024]] om 11:15 schreef [[p:Kiki Martis]] <[[e:k.martis@dwshaaglanden.nl]]>:
> > Hierbij de specificatie van de vordering op mevrouw [[p:Rosalia]]. Hoofdsom € 812,-, rente € 64,18, kosten € 221,50.
> Op [[d:3 okt 2024]] om 09:40 schreef [[p:Eveline Doest]] <[[e:e.doest@swtescamp.nl]]>:
> Dank. De kosten lijken mij te hoog. Kunt u de berekening van de wettelijke rente toelichten (art. 6:119 BW)? Mevrouw heeft geen handelsovereenkomst.

Beste mevrouw [[p:Doest]],

U heeft gelijk, er is per abuis handelsrente berekend. De rente wordt € 41,02. Het totaal wordt daarmee € 1.074,52. Dossiernummer blijft [[z:DWS/24/30118]].

Met vriendelijke groet,
[[p:Kiki Martis]]
{{o:DWS Haaglanden Gerechtsdeurwaarders}}
=====
Weekoverzicht vroegsignalen (geen persoonsgegevens, zie beveiligde map)

week | huur | energie | water | zorgverzekering | totaal
40   |  41  |   22    |  17   |       30        |  110
41   |  38  |   19    |  21   |       28        |  106
42   |  44  |   26    |  15   |       33        |  118

Opvallend: stijging energie in week 42 (nieuwe jaarafrekeningen). Bereik huisbezoeken: 41%.
=====
Onderwerp: sms van [[p:Bouchtaoui]]

Binnengekomen sms op de werktelefoon, [[d:zo 20-10]] 22:14:
"goedenavond mevr ik ben [[p:samira bouchtaoui]] de brief van de deurwaarder zegt dat ze morgen komen om spullen te tellen. wat moet ik doen. [[a:kempstraat 19]] 1e verd. [[t:0611952230]]"

Maandag om 8.00 teruggebeld: het gaat om een beslag op roerende zaken (inventarisatie). De deurwaarder komt tussen 9 en 12. Ik ben erbij.
=====
Beste [[p:Hakan]],

Het proces-verbaal van beslag van [[d:21 oktober]] bij mevrouw [[p:Bouchtaoui]] (exploot nr. [[z:2024/B/55712]]) bevat ook de wasmachine en het kinderbed. Die zijn beslagvrij (art. 447 Rv: 'bed en beddengoed' en wat nodig is voor de verzorging van het gezin). Ik heb de deurwaarder, mr. [[p:Dijkhuizen]], gevraagd die van de lijst te halen.

Verder: mevrouw gaf aan dat de tv van haar broer [[p:Khalid]] is. Hij heeft de aankoopbon (artikelnummer 55UQ7500, bon d.d. [[d:12-03-2023]]).

Groet,
[[p:Karima Tahiri]]
=====
Over de casusles van vorige week: ik heb in de tekst de naam van de corporatie laten staan ({{o:Staedion}}) en het jaartal (2023), de wijk ({{w:Morgenstond}}) en de rol van iedereen. Alle namen, adressen, datums en het contractnummer zijn eruit. Is dat zo goed? Of moet de wijk ook weg?
=====
Ja, zo is het goed. De wijk mag blijven, die is nodig om de les te begrijpen. Alleen als een situatie in een wijk heel herkenbaar is (bijv. 'de enige flat met een kapotte lift in de straat'), haal je meer weg.
=====
Geachte mevrouw [[p:Nowak]],

Namens {{o:Eneco}} bevestig ik dat het termijnbedrag van de heer [[p:Kamiński]] vanaf [[d:1 januari 2025]] wordt verlaagd naar € 158,-. Het klantnummer blijft [[z:204811773]], de EAN-code van zijn aansluiting is [[z:871687120049912345]].

Met vriendelijke groet,
[[p:Gerrit de Boer]]
Eneco | Maatschappelijk Partnerteam | [[e:gerrit.deboer@eneco.com]]
=====
telefoonnotitie [[d:22-10]] 11.05 u.
gebeld door: mr. [[p:Dijkhuizen]] (DW)
over: [[p:Bouchtaoui]] / [[z:2024/B/55712]]
boodschap: wasmachine en kinderbed van de lijst. tv blijft op de lijst tot bon is gezien. terugbellen [[t:070-3615547]] (direct)
=====
Aanvulling: de bon van de tv is op [[d:23-10]] gemaild naar het kantoor van de deurwaarder; de tv is van de lijst gehaald. Beslag nu alleen nog op de auto van meneer (bouwjaar 2009). – [[p:Karima]]
=====
Beste allemaal,

Per [[d:1 november]] neem ik afscheid van het team {{w:Bezuidenhout}}. Mijn casussen worden overgedragen aan [[p:Karel]] en [[p:Iris]]. Mijn mail en telefoon ([[t:06-48122907]]) worden dan afgesloten.

Dank voor de fijne samenwerking, ook aan de collega's van de corporaties en de energieleveranciers. Ik ga naar de {{o:GGD}}, dus jullie komen me vast nog tegen!

Hartelijke groet,
[[p:Wendy Tjoa]]
=====
Hi [[p:Wendy]], heel veel succes!! We gaan je missen. [[p:Iris]]
=====
Beste [[p:Iris]],

Bij de overdracht van [[p:Wendy]] zat de casus familie [[p:Lin]] ([[a:Pisuissestraat 19]]). De ontruiming van [[d:31 oktober]] ([[z:ST-HI-0882]]) is uitgesteld tot [[d:15 januari 2025]] onder voorwaarde dat de huur van november en december op tijd betaald wordt. Meneer [[p:Lin Jianguo]] spreekt Mandarijn; zijn dochter [[p:Lin Yue]] (19) vertaalt meestal. Zij is bereikbaar op [[t:06-87440912]].

Succes,
[[p:Erik de Boer]]
=====
Kleine vraag aan de groep: hoe heet die regeling ook alweer waarbij de gemeente een deel van de huurachterstand overneemt als de huurder daarna een budgetbeheer krijgt? Iemand zei 'huurgarantie' maar dat is het niet geloof ik.
=====
Bedoel je de 'Doorstart-afspraak' uit het convenant met de corporaties? Staat in hoofdstuk 4 van het Convenant Huurachterstanden 2022-2025, blz. 11. Vraag het anders even aan het kernteam.
=====
Aan: {{o:Belastingdienst}} – team Invordering
Betreft: uitstel van betaling i.v.m. schuldhulptraject
Naam: [[p:Joost Vermeulen]]
BSN: [[b:779 433 154]]
Aanslagnummer: [[z:7794.33.154.H.22.01]]

Geachte heer, mevrouw,

De heer [[p:Vermeulen]] is aangemeld bij {{o:Schuldhulpverlening Den Haag}}. Wij verzoeken om uitstel van betaling voor bovengenoemde aanslag (€ 1.408,00) totdat het schuldhulptraject is afgerond, en de dwangbevelkosten te vernietigen.

Met vriendelijke groet,
[[p:Kemal Kılıç]]
{{r:schuldhulpverlener}}
=====
hoi [[p:kemal]], die meneer [[p:vermeulen]] van de aanslag, woont die niet op de soestdijksekade? dan heb ik hem vorig jaar gehad voor de huurtoeslag. groetjes [[p:lotte]]
=====
Nee [[p:Lotte]], dat was een andere [[p:Vermeulen]], die van mij woont in {{w:Ypenburg}}. Gr. [[p:Kemal]]
=====
Beste heer, mevrouw,

Graag vragen wij uw aandacht voor het volgende. Bij het doorsturen van cliëntgegevens naar de corporaties en de energieleveranciers gebruiken de wijkteams vanaf nu uitsluitend Zivver. Stuur géén BSN, IBAN of medische informatie via gewone e-mail.

Vragen hierover? Neem contact op met de privacy officer via het algemene nummer 14 070 of via het meldformulier datalekken (formulier DL-02).

Met vriendelijke groet,
Functionaris Gegevensbescherming
{{o:Gemeente Den Haag}}
=====
Onderwerp: factuur tolkdiensten september

Geachte heer, mevrouw,

Hierbij ontvangt u onze factuur 2024-0917 voor de tolkdiensten in september voor het {{o:sociaal wijkzorgteam}} {{w:Laak}}: 14 inzetten telefonisch (à € 38,50), 3 inzetten op locatie (à € 96,00). Totaal € 826,99 incl. 21% btw.

Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer. Debiteurennummer wijkteam: 40118.

{{o:Tolkenbureau Haaglanden}}
=====
De factuur van het Tolkenbureau is goedgekeurd door de teamleider en doorgestuurd naar de crediteurenadministratie (budgetcode 7710.402, kostenplaats Laak). Geen bijzonderheden.
=====
Dag mevrouw [[p:Ouazzani]],

U heeft ons gevraagd wat er nodig is om de huurachterstand van uw cliënt, de heer [[p:Bilal Boujdid]], op te nemen in het schuldhulptraject. Het gaat om de volgende gegevens:

- Huurcontractnummer: [[z:HW-2210-0093]]
- Adres: [[a:Veenkoolstraat 73]], [[pc:2533 RN]]
- Stand vordering per [[d:25 oktober 2024]]: € 3.410,16
- Vonnis: [[d:4 september 2024]] (rolnummer [[z:11034412 CV EXPL 24-5071]])

De ontruiming is aangezegd voor [[d:12 november]]. Bij een getekende toezegging van de {{o:Haagse Kredietbank}} vóór die datum schorten wij de ontruiming op.

Met vriendelijke groet,
[[p:Marjolein Beek]]
{{r:medewerker Woonfraude & Incasso}}, {{o:Staedion}}
T [[t:088 - 784 51 92]]
=====
Let op: de corporatie noemt meneer [[p:Bilal]], maar in ons dossier staat [[p:Rachid Boujdid]] als huurder. Zijn [[p:Bilal]] en [[p:Rachid]] broers op hetzelfde adres? Of heeft Staedion de naam fout? Even checken voordat de Kredietbank iets tekent. – [[p:Jeroen]]
=====
Checked: [[p:Rachid]] is de huurder, [[p:Bilal]] is zijn zoon (21) die er ook staat ingeschreven. Staedion heeft de zoon in het systeem als contactpersoon. Contractnummer is wel hetzelfde? Nee! [[z:HW-2210-0093]] is van Haag Wonen, Staedion gebruikt [[z:ST-0219-44081]]... Ik ga bellen. – [[p:Monique]]
=====
Excuses, fout van mij: ik heb een contractnummer van {{o:Haag Wonen}} geplakt in de mail van Staedion. Het juiste nummer bij {{o:Staedion}} is [[z:ST-0733-10528]]. Adres en bedragen kloppen wel. – [[p:Marjolein Beek]]
=====
Beste collega's,

Even een praktische herinnering: in brieven aan deurwaarders en corporaties altijd het kenmerk van de schuldeiser vermelden, niet ons eigen registratienummer uit Suite. Anders kunnen ze de brief niet koppelen en gaat de incasso gewoon door.

Voorbeeld van een goede onderwerpregel: "Uw kenmerk [kenmerk schuldeiser] – verzoek opschorting – namens [naam cliënt]".
=====
Van: [[p:Shurandy Clementia]] <[[e:shurandy.c@outlook.com]]>
Aan: wijkteam
Onderwerp: mijn moeder

Goedemiddag, mijn moeder mevrouw [[p:Pieternella]] krijgt steeds brieven van het incassobureau over een rekening van de huisarts uit Curaçao (€ 180). Ze woont al 20 jaar hier. Kan dat wel? Haar adres is [[a:Dr. Lelykade 57 A]], [[pc:2583 CM]]. Mijn nummer: [[t:+31 6 2011 4487]]. Ik werk overdag, bellen na 18 uur graag.
=====
Hoi [[p:Shurandy]], ik heb de brieven van je moeder bekeken. Het incassobureau heeft geen vonnis en de rekening is van 2017, dus waarschijnlijk verjaard. Ik stuur ze een brief met een beroep op verjaring. Je moeder hoeft niets te betalen. Ik bel je donderdag na zessen. Groet, [[p:Ivette Pieternella]] – nee, geen familie, gewoon toeval 😉 ({{r:maatschappelijk werker}}, {{w:Duindorp}})
=====
Van: [[p:A. Ait Haddou]]
Aan: [[e:klantenservice@budgetenergie.nl]]
Datum: [[d:woensdag 9 oktober 2024]]

Geachte heer, mevrouw,

Ik schrijf namens mijn cliënt [[p:Mustafa Ait Haddou]] (mijn vader). Hij heeft een eindafrekening gekregen van € 2.940 over zijn oude adres [[a:Hoefkade 1107]], waar hij sinds [[d:1 maart]] niet meer woont. Zijn nieuwe adres is [[a:Lozerlaan 1320]], [[pc:2542 KH]] Den Haag. Klantnummer [[z:BE-1001877315]].

Wij hebben de eindstanden op [[d:29 februari]] doorgegeven (foto's in de bijlage). Graag een nieuwe afrekening.

[[p:Amina Ait Haddou]]
=====
Toelichting voor het team: [[p:Amina]] is de dochter van meneer [[p:Ait Haddou]], zij werkt bij ons als vrijwilliger en schreef 'cliënt' maar bedoelde 'vader'. Geen belangenverstrengeling, maar ik neem de casus over. – [[p:Bart de Wit]]
=====
Agenda MDO [[d:donderdag 31 oktober]], 9.30-11.00, kamer 0.12

1. Opening en vaststellen verslag
2. Casus [[p:Sultani]] (herstel toeslagen, schulden corporatie) – inbreng [[p:Serpil]]
3. Casus [[p:Hirsi]] (Msnp, energie) – inbreng [[p:Naima]] en [[p:Nikolay]] (HKB)
4. Casus [[p:Todorov]] (deurwaarders, MDO met gezin) – inbreng [[p:Nikolay]]
5. Rondvraag

Gasten: [[p:Marieke de Jong]] (UHT), [[p:Sanne Brouwer]] (vroegsignalering).
=====
Zeg, wie heeft de lader van de vergadertelefoon meegenomen uit kamer 0.12? Het ding is leeg en om 9.30 uur begint het MDO.
=====
[[p:Sanne]], even een correctie in de lijst van week 41: het adres [[a:Meppelweg 840]] moet [[a:Meppelweg 804]] zijn, en de achterstand is € 1.604,00 in plaats van € 1.406,00. Cijfers verwisseld bij het overtypen. [[p:Dennis Kok]], {{r:medewerker vroegsignalering}}
=====
Beste heer [[p:Ghebreab]],

De Belastingdienst heeft uw huurtoeslag opnieuw berekend. U krijgt vanaf [[d:1 november 2024]] € 318 per maand. De terugvordering van € 486 over juli tot en met september is vervallen. U hoeft niets te doen.

Ik heb de brief voor u gescand en in uw dossier gezet. De originele brief ligt bij de balie van het wijkcentrum, u kunt hem ophalen.

Met vriendelijke groet,
[[p:Wouter de Vos]]
{{r:consulent}}, {{o:Servicepunt XL}} {{w:Transvaal}}
[[t:070 205 43 87]]
=====
Korte vraag: mag ik een betalingsregeling met de corporatie tekenen namens een cliënt als hij zelf naast me zit maar niet kan lezen? Antwoord van de jurist: nee, laat de cliënt zelf tekenen (evt. met een kruisje en twee getuigen) en leg in het dossier vast dat de regeling is voorgelezen.
""")
# ---------------------------------------------------------------------------
# 9. Forms and address blocks (dense: BSN, IBAN, postcode) and a few more threads
# ---------------------------------------------------------------------------
add(r"""
MACHTIGINGSFORMULIER (kopie voor de corporatie)

Ondergetekende,
naam ........ [[p:Kwabena Owusu]]
geb.datum ... [[d:17-09-1968]]
BSN ......... [[b:741850047]]
adres ....... [[a:Rijswijkseweg 522]], [[pc:2516 HE]] Den Haag

machtigt hierbij
naam ........ [[p:Marloes van Wijk]]
functie ..... {{r:casusregisseur}}, {{o:sociaal wijkzorgteam}} {{w:Laak}}

om namens hem contact te hebben met {{o:Haag Wonen}}, {{o:Eneco}} en {{o:Dunea}} over zijn huur, energie en water, tot [[d:1 juli 2025]].

Handtekening: [[p:K. Owusu]]          Plaats/datum: Den Haag, [[d:16-10-2024]]
=====
Beste [[p:Marloes]], dank voor de machtiging van meneer [[p:Owusu]]. Hij staat bij ons bekend onder klantnummer [[z:6600213]]. Het klopt dat er sinds mei niet betaald is; de achterstand is € 3.904,-. Bel je mij? [[p:Willem Mulder]], {{r:huurconsulent}}, [[t:+31 (0)70 332 51 77]]
=====
Subject: Betalingsregeling energie – [[p:Bouazza]]

Goedemorgen [[p:Tarik]],

Hier de gegevens die je vroeg voor de regeling van je moeder:

Naam:     [[p:Rachida Bouazza]]
Adres:    [[a:Dedemsvaartweg 586]], [[pc:2545 TE]]
IBAN:     [[i:NL98 INGB 7567 9253 55]]
Klantnr.: [[z:40177-2209]]

De regeling: € 45 p/m, 10 maanden, start [[d:15 november]]. Je moeder moet wel zelf tekenen, jij kan niet tekenen zonder machtiging. Ik kom [[d:donderdag 7 november]] langs met het formulier.

Groet,
[[p:Sanne Mol]]
{{r:budgetcoach}} {{o:Stichting MOOI}}
=====
Re: Betalingsregeling energie

Top, dank je wel!! Ik ben er donderdag ook, mijn moeder is dan rustiger. Mijn mailadres voor de kopie: [[e:tarik.bouazza88@gmail.com]]
–[[p:Tarik]]
=====
Verzoek om kwijtschelding gemeentelijke belastingen 2024 (bijlage bij aanvraag)

Aanvrager:       [[p:Jadwiga Szymańska]]
BSN:             [[b:359 617 591]]
Aanslagnummer:   [[z:1930.118.44.2024]]
Adres:           [[a:Loosduinseweg 740-B]], [[pc:2571 BS]] Den Haag
Rekening:        [[i:NL80INGB5625172625]]
Partner:         [[p:Andrzej Szymański]], BSN [[b:416983558]]

Bijlagen: bankafschriften 3 maanden, loonstrook partner, huurspecificatie.
Ingevuld met hulp van {{r:sociaal raadslid}} [[p:Sophie Kuijpers]] ({{o:Stek}}).
=====
Hallo [[p:Sophie]],

De aanvraag kwijtschelding van mevrouw [[p:Szymańska]] is ontvangen. Het BSN van de partner ([[b:416983558]]) hoorde bij de aanvraag, maar het bankafschrift van zijn spaarrekening ontbreekt. Graag binnen 14 dagen aanvullen, anders wordt de aanvraag buiten behandeling gesteld.

Met vriendelijke groet,
[[p:Henk Schouten]]
{{o:Belastingen Den Haag}}, afdeling Kwijtschelding
T 14 070
=====
Aan: mw. [[p:Ghebremariam]]? 

Dag, de brief is terug gekomen met 'onbekend op dit adres'. Wij hadden [[a:Wolmaransstraat 12-A]] maar volgens het BRP is het [[a:Wolmaransstraat 121-A]], [[pc:2526 GE]]. Nu opnieuw gestuurd. Kenmerk blijft [[z:SWT-TV-2024-0703]].
=====
Geachte mevrouw [[p:Ghebremariam]],

U heeft een achterstand in de betaling van uw zorgverzekering van zes maandpremies. Daarom bent u bij het {{o:CAK}} aangemeld voor de bestuursrechtelijke premie. U betaalt vanaf [[d:1 december 2024]] een hogere premie van € 196,39 per maand, die wordt ingehouden op uw uitkering.

Heeft u een schuldhulptraject? Dan kunt u zich laten afmelden. Uw relatienummer bij {{o:Zilveren Kruis}}: [[z:145993021]].

Met vriendelijke groet,
{{o:Zilveren Kruis}}, afdeling Debiteuren
=====
Hoi [[p:Aster]],

Jouw cliënt mevrouw [[p:Ghebremariam]] is aangemeld bij het CAK (bestuursrechtelijke premie). Zij is sinds [[d:7 oktober]] bij ons in een schuldhulptraject, dus ik vraag afmelding aan. Kun jij haar vertellen dat de brief van Zilveren Kruis niet klopt? Ze belde mij net huilend op mijn werknummer ([[t:06-23 44 81 57]]), terwijl ik haar gezegd heb dat ze jou moet bellen.

[[p:Rogier]]
=====
Van: [[p:Hüsnü Kaplan]] <[[e:hkaplan[at]ziggo.nl]]>
Aan: wijkteam Moerwijk

Geachte mevrouw,

Mijn vader [[p:Ramazan Kaplan]] heeft brief van deurwaarder. Hij woont [[a:Moerweg 305]], hij is 81. Hij spreekt geen Nederlands. Ik woon in Duitsland, nummer [[t:0049 171 3382914]]. Kunt u helpen?

[[p:Hüsnü]]
=====
Geachte heer [[p:Kaplan]],

Dank voor uw mail over uw vader. Ik ben gisteren bij hem geweest met een collega die Turks spreekt. De brief gaat over een oude rekening van een telefoonabonnement (€ 244,60). De deurwaarder (mr. [[p:Jansen]], dossier [[z:JDW-24-20019]]) heeft een regeling van € 20 per maand geaccepteerd.

Met vriendelijke groet,
[[p:Elif Yavuz]]
{{r:sociaal werker}}, sociaal wijkzorgteam {{w:Moerwijk}}
=====
Onderwerp: Huurverlaging aanvragen - [[p:Boukhari]]

Beste [[p:Nadia]],

Mevrouw [[p:Houria Boukhari]] woont op [[a:Hoefkade 1490]] ([[pc:2526 CV]]). Haar inkomen is gedaald doordat haar man [[p:Abdelkader]] is overleden op [[d:26 augustus 2024]]. Ze wil de huurverlaging bij inkomensdaling aanvragen. Huurcontract [[z:STD-1490-0221]]. Ik stuur je het ingevulde formulier en de overlijdensakte via Zivver.

Groet,
[[p:Jasmijn Koning]]
{{r:maatschappelijk werker}}
{{o:sociaal wijkzorgteam}} {{w:Schilderswijk}}
Mobiel [[t:06 4401 7783]] | Teamlijn 070 - 752 80 00
=====
Geachte mevrouw [[p:Boukhari]],

Wij hebben uw verzoek om huurverlaging ontvangen. Per [[d:1 december 2024]] wordt uw huur verlaagd van € 756,19 naar € 650,43. U hoeft niets te doen; het nieuwe bedrag wordt automatisch afgeschreven van rekening [[i:NL12ABNA3123378519]].

Met vriendelijke groet,
[[p:N. Hamdaoui]]
{{o:Staedion}}, Huurdersservice
=====
notities tel. overleg met deurwaarder [[p:Hofman]] (kantoor {{o:Flanderijn}}) ivm mw [[p:de graaf]]
- 2 dossiers: [[z:FL-7741290]] (Menzis) + [[z:FL-7741933]] (KPN)
- beslag op toeslagen ingetrokken, want beslagvrije voet onderschreden
- wil regeling € 35/mnd totaal, start [[d:1-12]]
- vraagt kopie beschikking bewindvoering, bewindvoerder = [[p:Anja Zwart]]
- hij is bereikbaar [[t:010 - 281 76 42]]
=====
Goedemiddag meneer [[p:Hofman]],

Zoals besproken hierbij de beschikking bewindvoering van mevrouw [[p:C. de Graaf]] (rekestnummer [[z:C/09/658771 / BR RK 24-1932]]). De regeling van € 35 per maand loopt via de beheerrekening [[i:NL22 INGB 6956 5255 38]], eerste betaling [[d:1 december]].

Met vriendelijke groet,
[[p:Anja Zwart]]
=====
Hoi team, hoi [[p:Joyce]],

Wie kent mevrouw [[p:Tjon A Fong]]? Ze staat in de lijst van {{o:Vroeg Eropaf}} (energie, 2 mnd) met adres [[a:Erasmusweg 1222]], [[pc:2532 CM]], maar wij hebben haar ook in het dossier op de [[a:Escamplaan 74]]. Volgens mij is ze verhuisd.

[[p:Dennis Kok]]
=====
Geachte heer, mevrouw,

Wij verzoeken u de ontruiming van de woning [[a:Stuwstraat 31]], [[pc:2586 SR]] Den Haag, gepland op [[d:woensdag 4 december 2024]], aan te houden. De huurder, de heer [[p:Jurriaan Hoekstra]] (45), is op [[d:27 oktober]] opgenomen in {{o:Parnassia}} en kan op dit moment niet zelf voor zijn zaken zorgen. Zijn broer, de heer [[p:Sietse Hoekstra]], heeft een verzoek tot bewind ingediend.

Contact: [[p:Loes Dekker]], {{r:wijkverpleegkundige}} ({{o:Florence}}), [[t:06-53 19 88 41]], [[e:l.dekker@florence.nl]].

Met vriendelijke groet,
namens het {{o:sociaal wijkzorgteam}} {{w:Scheveningen}},
[[p:Jasmijn Koning]]
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


def digits(s):
    return re.sub(r"[\s.\-]", "", s).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and sp["text"] not in TYPO_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in TYPO_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
            if sp["text"] in TYPO_OK:
                assert not (bsn_ok(sp["text"]) or iban_ok(sp["text"])), sp
        rows.append({"id": "h125-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout125.jsonl")
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
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
