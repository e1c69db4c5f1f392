#!/usr/bin/env python3
"""Held-out corpus 138: newcomers and status holders (statushouders, nieuwkomers,
EU labour migrants). Notes, e-mails, chat messages, forms and minutes exchanged
between the sociaal wijkzorgteam, VluchtelingenWerk, COA, IND, DUO (inburgering),
Werk en Inkomen, language buddies (taalmaatjes), interpreters and employers.

Hard parts: V-nummers, IND/COA/DUO case numbers, foreign passport and residence
document numbers and interpreter registration numbers (all annotated as dossier),
names in several transliterations and scripts, patronymic and multi-part names,
year-only birth dates written as 01-01-YYYY, addresses and phone numbers abroad,
mixed Dutch / English / Arabic / Ukrainian snippets.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk / place, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout138.jsonl next to itself.
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

# Numbers that are deliberately typed wrongly in the texts (still personal data).
BAD_BSN = {"31245678"}
BAD_IBAN = {"NL61INGB239575866"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Wijkteam case notes about status holders (warme overdracht, first months)
# ---------------------------------------------------------------------------
add(r"""
Notitie eerste huisbezoek gezin [[p:Alhasan]] – [[d:di 14-05]]
Aanwezig: [[p:Floor Verbeek]] ({{r:casusregisseur}} SWT {{w:Transvaal}}), [[p:Anouk de Haan]] ({{o:VluchtelingenWerk}}), tolk Arabisch via {{o:Tolkcontract}} (tolknr. [[z:20417]]).
Gezin woont sinds 3 weken op de [[a:Soestdijksekade 390]], 2e etage. Vader [[p:Mohamad Alhasan]] (in BRP zo gespeld, op Syrisch paspoort [[p:Muhammad Al-Hassan]]), moeder [[p:Rasha Alhamwi]], kinderen [[p:Omar]] (11), [[p:Lana]] (8) en [[p:Yousef]] (3).
- V-nummer vader: [[z:2714093385]]
- BSN vader [[b:367438434]], moeder [[b:227253176]]
- Geb.datum vader [[d:01-01-1984]] (alleen jaar bekend, IND-conventie)
Zorgen: geen meubels behalve wat {{o:COA}} meegaf, leningsaanvraag inrichting loopt bij {{o:Werk en Inkomen}}. Moeder heeft rugklachten, nog geen {{r:huisarts}}.
Afspraak: [[p:Anouk]] regelt inschrijving huisarts, ik bel {{o:Stichting Leergeld}} voor schoolspullen [[p:Omar]] en [[p:Lana]].
=====
korte notitie: mw [[p:haile]] vandaag op spreekuur {{o:Servicepunt XL}} {{w:Laak}}, had brief van {{o:DUO}} bij zich (kenmerk [[z:DUO-INB-7730418]]). Begreep niet dat haar inburgeringstermijn loopt. Uitgelegd met hulp van haar buurvrouw die Tigrinya spreekt. Volgende keer tolk regelen!
=====
Warme overdracht {{o:COA}} → gemeente Den Haag
Naam: [[p:Tesfamariam, Filmon Habtom]]
Roepnaam: [[p:Filmon]]
Geboortedatum: [[d:01-01-2002]] (jaar geschat)
Nationaliteit: Eritrese
V-nummer: [[z:3109 8826 41]]
COA-registratienummer: [[z:COA-1187342]]
Vorige locatie: azc {{w:Budel}}, unit C kamer 14
Koppeling gemeente: Den Haag, woning per [[d:1 juli]] op de [[a:Calandstraat 26-B]] [[pc:2521 AE]]
Contactpersoon {{o:COA}}: [[p:Marjolein Prins]], [[e:m.prins@coa.nl]], [[t:06 - 2371 4409]]
Bijzonderheden: geen familie in NL, broer [[p:Yonatan Habtom]] in Kampala (Oeganda). Medisch: niets bekend bij {{o:GZA}}. Wil graag elektricien worden.
=====
Overdracht aan [[p:Jasper]] (ik ben 2 wk met verlof). Lopende statushouders:
1. fam. [[p:Ahmadzai]] – [[a:Goudenregenstraat 58]] – aanvraag bijzondere bijstand ingediend [[d:3/6]], nog geen beslissing.
2. [[p:Farzana Sadat]] – wacht op tolk Dari voor gesprek met {{r:klantregisseur inburgering}}.
3. dhr [[p:Osman]] ([[p:Mohammed Osman Adam]]) – woning nog niet opgeleverd door {{o:Staedion}}, zit tijdelijk in de opvang aan de Wegastraat.
4. mw [[p:Woldemichael]] – nareis man en kinderen, zie mail {{o:VWN}}.
Groet [[p:Meryem]]
=====
Rapportage contactmoment [[d:27 augustus]]
Cliënt: [[p:Gul Ahmad Ahmadzai]] (dhr.), [[p:Ahmadzai]] is de familienaam, in tazkira staat alleen "[[p:Gul Ahmad]] zoon van [[p:Abdul Wali]]".
Onderwerp: inrichting woning [[a:Goudenregenstraat 58]], {{w:Bomen- en Bloemenbuurt}}.
Er ligt vloerbedekking, geen gordijnen. Vier kinderen slapen op matrassen. {{o:Werk en Inkomen}} heeft de lening voor inrichting (€ 3.100) toegekend maar het geld staat op de rekening van de vader [[i:NL65RABO4633735057]] en is voor de helft al opgegaan aan een tweedehands auto. Besproken dat dit geld voor de woning bedoeld is. Oudste zoon [[p:Naveed]] (17) vertaalt, wat niet wenselijk is. Volgende keer tolk.
=====
mw [[p:Tigist Alemu]] belde, haar verblijfsvergunning verloopt [[d:12-03-2026]] en ze weet niet hoe ze moet verlengen. Doorverwezen naar {{o:VluchtelingenWerk}} spreekuur di-middag. Documentnr. vergunning [[z:W3KR80D17]].
=====
Huisbezoek bij [[p:Mirwais]] (in BRP: geslachtsnaam "[[p:Mirwais]]", voornamen onbekend — zo overgenomen van zijn Afghaanse documenten). 24 jaar, alleenstaand, woont op kamer bij {{o:Stichting Vluchtelingen in de Knel}}? Nee, via {{o:Haag Wonen}} kamerverhuur, [[a:Troelstrakade 77-III]]. Slaapt slecht, praat over familie in Pakistan. Met zijn toestemming aangemeld bij {{o:i-psy}}.
=====
Casus [[z:SWT-TRV-2024-0612]]
Gezin [[p:Jama]]/[[p:Yusuf]]: moeder [[p:Fadumo Ahmed Jama]], kinderen [[p:Deeqa Mohamud Yusuf]] (14) en [[p:Abdikarim Mohamud Yusuf]] (9). Vader [[p:Mohamud Yusuf Ali]] woont nog in Nairobi, Eastleigh, nareis afgewezen in 2022.
N.B. Somalische naamgeving: kinderen dragen de naam van de vader als tweede naam, er is geen gedeelde familienaam. In de schooladministratie staat de oudste als "[[p:Deeqa Yusuf]]", bij de huisarts als "[[p:Deeqa Mohamud]]". Dit gaf verwarring bij de aanmelding {{o:CJG}}.
=====
Gespreksverslag – [[d:vrijdag 4 oktober]] – [[p:Rasha]] alleen (man aan het werk). Met tolk [[p:Nawal Bouhali]] (telefonisch, tolknummer [[z:20417]]).
Ze vertelt dat ze 's nachts niet slaapt, denkt aan haar moeder in Aleppo. Wil graag een Nederlandse les overdag want 's avonds moet ze koken. Taalmaatje gevraagd via {{o:Het Begint met Taal}}.
Ze gaf toestemming om met {{r:huisarts}} dr. [[p:Koning]] te overleggen.
=====
Noot van [[p:Ruben]]: ik heb meneer [[p:Kılıç]] gesproken. Hij is Turks en politiek vluchteling, heeft sinds februari status. Hij was leraar wiskunde. Wil absoluut geen contact met andere Turkse organisaties in de wijk (angst). Niet doorverwijzen naar {{o:Stichting Diyanet}} oid. Spreekt goed Engels. Adres [[a:Rijswijkseweg 404 A]].
=====
dhr. [[p:Abdulrahman Al-Qadhi]] (Jemen) – statushouder sinds [[d:09-02-2024]]
– inburgeringsplicht Wi2021, leerroute B1
– IND zaaknr [[z:2302-18-0094-ASIEL]]
– woning: nog niet, staat op lijst, verblijft op azc {{w:Rijswijk}}
– wil gezin (vrouw + 4 kinderen, nu in Sana'a) laten nareizen
– telefoon: [[t:+31 6 4417 0923]]
=====
Vandaag met [[p:Olena]] naar de gemeentelijke opvanglocatie bij de Laan van NOI geweest voor haar nieuwe kamer. Ze was blij. Het is kamer 3.14, 2e verdieping, naast de gedeelde keuken. Haar zoon [[p:Artem]] gaat naar de ISK van het {{o:Johan de Witt}}.
=====
Dossieraantekening
datum: [[d:18-11-2024]]
medewerker: [[p:L. Brouwer]]
cliënt: [[p:Semhar Tekle Woldemichael]] (roepnaam [[p:Semhar]]; achternaam in BRP: [[p:Woldemichael]]; [[p:Tekle]] is naam van vader)
onderwerp: aanvraag nareis ingediend door {{o:VWN}}, echtgenoot [[p:Berhane Gebreyesus Asfaha]] en kinderen [[p:Mussie]] en [[p:Luwam]] verblijven in Addis Abeba. IND-kenmerk nareis: [[z:2411-05-7713]].
vervolg: mw vraagt of gezin in haar tweekamerwoning [[a:Apeldoornselaan 172]] kan wonen → woonconsulent {{o:Vestia}} vragen naar grotere woning.
=====
Niet vergeten: [[p:Hamza]] heeft de sleutels van [[a:Zonnebloemstraat 119]] nog. Overdracht aan gezin [[p:Hussein]] is [[d:maandag 2 december]] om 10.00 uur samen met {{o:COA}} (dhr. [[p:Vink]]).
=====
Notitie MDO statushouders {{w:Escamp}} (geen namen in dit stuk, zie dossiers)
- 6 nieuwe koppelingen dit kwartaal, waarvan 4 alleenstaand en 2 gezinnen
- gemiddelde wachttijd op tolk: 9 werkdagen
- knelpunt: inrichtingskrediet komt pas na 6-8 weken, gezinnen slapen eerst op de grond
- knelpunt: brief van {{o:DUO}} over leerbaarheidstoets komt in het Nederlands
Voorstel: welkomstpakket via {{o:Vóór Welzijn}} en vaste tolk-dag op dinsdag.
=====
Aantekening [[p:Özlem]] – tel. contact met {{o:GZA}} locatie {{w:Rijswijk}} over dhr [[p:Abdulrahman]]. Hij heeft diabetes type 2, medicatie tot eind van de maand. Overdracht naar {{r:huisarts}} in Den Haag nog niet gedaan omdat hij nog geen woning heeft. Praktijk {{o:Huisartsenpraktijk Moerwijk}} wil hem wel alvast inschrijven op zijn azc-adres.
=====
meneer [[p:mohammed adam]] (niet verwarren met [[p:Mohamed Adam Ishaq]] die ook bij ons loopt!!) heeft vandaag zijn sleutel gekregen. [[p:Mohammed Osman Adam]] dus, Soedanees, 31 jr. Adres [[a:Wateringseweg 31 hs]], [[pc:2571 JC]]. Tel [[t:06-38 11 72 04]].
=====
[[d:2-9]] huisbezoek [[p:Parisa Moradi]] (Iran), met dochter [[p:Nasrin]] als tolk (16 jr, niet ideaal). Geboortedatum mw in haar paspoort: [[d:15 Farvardin 1362]], in BRP omgerekend naar [[d:04-04-1983]]. Mw heeft psychische klachten na detentie in Iran. Aanmelding {{o:Centrum '45}} besproken, ze wil nadenken.
=====
FYI team: voor de casus [[p:Kovalchuk]] is de juiste schrijfwijze in de BRP "[[p:Kovalchuk]]", op het Oekraïense paspoort staat "[[p:KOVALCHUK OLENA]]" en in haar eigen mails "[[p:Olena Kovalčuk]]". Zoek in ons systeem op alle drie!
""")
# ---------------------------------------------------------------------------
# 2. E-mails between VluchtelingenWerk, COA, IND, gemeente and the wijkteam
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Anouk de Haan]] <[[e:a.dehaan@vluchtelingenwerk.nl]]>
Aan: [[p:Floor Verbeek]]
Onderwerp: RE: gezin [[p:Alhasan]] – huisarts

Hoi [[p:Floor]],

Gelukt: het gezin is ingeschreven bij {{o:Gezondheidscentrum Transvaal}}, eerste afspraak voor mw [[p:Alhamwi]] is op [[d:woensdag 29 mei]] om 09.40. Ik ga zelf mee. Kun jij voor [[p:Omar]] nog even kijken naar zwemles? Hij heeft nog geen diploma en is 11.

Groet,
[[p:Anouk]]
{{r:maatschappelijk begeleider}} {{o:VluchtelingenWerk Zuidwest-Nederland}}
Algemeen nummer 070 - 310 41 00 (ma–vr 9–17)
=====
From: [[e:hr@vanderwalgreenhouses.nl]]
To: [[e:werkgeversservicepunt@denhaag.nl]]
Subject: new employee – [[p:Ionut Marinescu]]

Dear sir/madam,

We hired Mr. [[p:Ionuț-Cristian Marinescu]] (born [[d:17/08/1996]]) as of [[d:Monday 6 January]] via our agency {{o:FlexTeam Westland}}. He registered in the RNI but he tells us his BSN letter was sent to his old address in Constanța ([[a:Strada Mihai Viteazu 27, bl. A2, ap. 14]]). Could you tell us how he can get a copy? His Romanian ID card is [[z:RT 834512]].

Kind regards,
[[p:Karin Groen]]
HR – {{o:Van der Wal Greenhouses}}
=====
Beste [[p:Meryem]],

Via deze mail draag ik de begeleiding van dhr. [[p:Gul Ahmad Ahmadzai]] (V-nr [[z:2688041193]]) over aan jullie team. Onze maatschappelijke begeleiding stopt per [[d:1 september]] omdat het traject van 18 maanden klaar is.

Stand van zaken:
* inburgering: leerroute B1 bij {{o:Taalschool Haaglanden}}, 3 dagdelen per week
* financiën: bijstand via {{o:Werk en Inkomen}}, geen schulden bekend behalve een boete van {{o:CJIB}} (fietsen zonder licht, € 65)
* gezin: vrouw [[p:Zarghuna]] en vier kinderen, allen hier
* aandachtspunt: oudste zoon [[p:Naveed]] spijbelt van de ISK

Hij is akkoord met de overdracht en heeft het toestemmingsformulier ondertekend op [[d:22-08-2024]].

Met vriendelijke groet,
[[p:Rahel Mebrahtu]]
{{o:VluchtelingenWerk}} – team Den Haag Zuid
[[t:06 15 22 80 37]] (ma, di, do)
=====
Onderwerp: Verzoek ondersteuning woningopname [[a:Calandstraat 26-B]]

Goedemiddag,

Op [[d:1 juli]] krijgt dhr. [[p:F.H. Tesfamariam]] de sleutel van bovenstaand adres. Wij zouden graag zien dat iemand van het wijkteam aanwezig is bij de oplevering; dhr. spreekt Tigrinya en wat Engels.
Contactgegevens dhr.: [[t:06 84 12 09 36]], [[e:filmon.habtom02@gmail.com]].

Met vriendelijke groet,
{{o:COA}} locatie {{w:Budel}}
Team Wonen
Postbus 3002, 2280 ML Rijswijk
=====
Hoi allen,

Korte vraag in de groep: weet iemand hoe het zit met de kinderbijslag als de kinderen via nareis binnenkomen maar de {{o:SVB}} het verblijfsrecht nog niet ziet? Het gaat om 3 kinderen, moeder is al 2 jaar hier. Ik zoek geen namen, alleen ervaring.

Dank! [[p:Tamara]] ({{r:maatschappelijk werker}}, {{w:Moerwijk}})
=====
RE: RE: V-nummer klopt niet

[[p:Jasper]], het V-nummer dat jij doorgaf ([[z:2688041139]]) hoort bij iemand anders. Het juiste nummer van meneer [[p:Ahmadzai]] is [[z:2688041193]] (laatste twee cijfers omgedraaid). Ik heb het in het dossier aangepast.
[[p:Meryem]]

> Op [[d:ma 9 sep. 2024]] 14:02 schreef [[p:Jasper Kuiper]] <[[e:j.kuiper@swtdenhaag.nl]]>:
> Hoi, kan iemand het V-nummer van dhr. [[p:Ahmadzai]] checken? {{o:IND}} kan hem niet vinden.
=====
Geachte heer/mevrouw,

Hierbij vraag ik namens mijn cliënte, mevrouw [[p:Semhar Tekle Woldemichael]], geboren [[d:01-01-1991]], V-nummer [[z:2931 5507 82]], inzage in de stand van zaken van de nareisaanvraag (uw kenmerk [[z:2411-05-7713]]) voor haar echtgenoot [[p:Berhane Gebreyesus Asfaha]] en haar kinderen [[p:Mussie Berhane]] ([[d:01-01-2015]]) en [[p:Luwam Berhane]] ([[d:12-06-2018]]).
Het gezin verblijft op dit moment in Addis Abeba, [[a:Bole Road, House No. 612]], en heeft daar een afspraak bij de Nederlandse ambassade nodig voor DNA-afname.

Een machtiging van mevrouw is bijgevoegd.

Hoogachtend,
mr. [[p:P.J. Veldhuis]], {{r:advocaat}}
{{o:Veldhuis & Amrani Advocaten}}, [[a:Laan van Meerdervoort 52]], [[pc:2517 AM]] Den Haag
=====
Van: Team Inburgering {{o:Gemeente Den Haag}}
Onderwerp: Uitnodiging brede intake inburgering

Beste [[p:Abdulrahman Al-Qadhi]],

U bent inburgeringsplichtig. Wij nodigen u uit voor de brede intake op [[d:dinsdag 15 oktober 2024]] om 13.30 uur in het {{o:Stadskantoor Leyweg}}, kamer 2.31. Neem uw verblijfsdocument mee.
Heeft u een tolk nodig? Bel dan 14 070.

Uw klantnummer: [[z:INB-DH-0049213]]

Met vriendelijke groet,
{{r:klantregisseur inburgering}} [[p:S. Lagerwaard]]
=====
Hi [[p:Floor]],

Sorry for writing in English, my Dutch is not good enough yet for emails :) I am [[p:Rasha]]'s neighbour, [[p:Mariam Haddad]], from number 392. She asked me to tell you that the IND letter came: the decision for her mother (visa D) is negative. She is very sad. Can you call her? Her number changed, it is now [[t:0687351420]].

Thank you,
[[p:Mariam]]
=====
Onderwerp: terugkoppeling MDO [[d:10/10]] – casus [[p:Jama]]

Aanwezig: [[p:Tamara Hoek]] (SWT), [[p:Dewi Hardjosoemarto]] ({{o:CJG}}), [[p:Hassan Nur]] ({{r:sleutelpersoon}} Somalische gemeenschap), [[p:Femke de Vos]] ({{o:Werk en Inkomen}})

Besproken:
- [[p:Deeqa]] (14) neemt veel zorg over voor haar broertje; school ({{o:Johan de Witt}}) signaleert vermoeidheid.
- Moeder [[p:Fadumo]] heeft schulden bij {{o:Zilveren Kruis}} (€ 1.480), betalingsregeling loopt via {{o:Schuldhulpverlening}}.
- Vader [[p:Mohamud]] belt dagelijks vanuit Nairobi ([[t:+254 722 418 903]]) en vraagt geld. Moeder stuurt € 150/maand via Dahabshiil.
Afspraak: [[p:Hassan]] gaat in gesprek met moeder over het geld naar Kenia; [[p:Femke]] kijkt naar werk in de schoonmaak voor 12 uur.
=====
Goedemorgen [[p:Hamza]],

Zoals besproken stuur ik je de gegevens van het gezin dat [[d:maandag 2 december]] de woning aan de [[a:Zonnebloemstraat 119]] betrekt:

| naam | geb.datum | V-nummer | BSN |
|---|---|---|---|
| [[p:Hussein, Ali Jasim]] | [[d:01-07-1979]] | [[z:2590316647]] | [[b:812325059]] |
| [[p:Al-Saadi, Zainab]] | [[d:01-01-1985]] | [[z:2590316655]] | [[b:302496245]] |
| [[p:Hussein, Mustafa]] | [[d:23-03-2012]] | [[z:2590316663]] | [[b:681680969]] |
| [[p:Hussein, Fatima]] | [[d:05-11-2016]] | [[z:2590316671]] | nog niet bekend |

Herkomst: Irak (Basra). Vader heeft een beperking aan de linkerhand.

Met vriendelijke groet,
[[p:Erik Vink]], {{r:woonbegeleider}} {{o:COA}}
=====
Hoi [[p:Meryem]], kleine correctie op mijn vorige mail: de zoon heet [[p:Naveed]], niet [[p:Navid]]. In het Dari wordt het zo uitgesproken maar op zijn verblijfspas staat [[p:NAVEED]]. Grt [[p:Rahel]]
=====
Subject: [[p:Grzegorz]] – accident at work

Hello,

I am the team leader of [[p:Grzegorz Wójcik]] at {{o:Koning Logistiek}} ({{w:Zoetermeer}}). He fell from a ladder on [[d:Friday 14th]] and broke his wrist. He asked me to contact "the social team" because he has no money for rent this month. He lives at [[a:Rijswijkseweg 221-2]] with three other Polish guys, the house is from the agency. His phone: [[t:+48 512 884 307]].

Regards, [[p:Dennis Koning]]
=====
Beste collega's van {{o:VluchtelingenWerk}},

Is bij jullie bekend of meneer [[p:Ahmad Shah Noori]] (Afgh., V-nr [[z:2802 4471 06]]) al een tolk heeft aangevraagd voor zijn gehoor bij de {{o:IND}}? Hij zit niet bij ons in begeleiding maar komt wel op ons spreekuur in {{w:Spoorwijk}}. Hij is verward, zegt dat het gehoor "volgende week dinsdag" is. Volgens ons is dat [[d:dinsdag 19 november]].

[[p:Bart Schaap]]
{{r:wijkverpleegkundige}}
=====
Van: [[e:inburgering@duo.nl]]
Onderwerp: Uw vraag over boete inburgering – kenmerk [[z:IB-24-881706]]

Geachte heer [[p:Marinescu]],

U bent als EU-burger niet inburgeringsplichtig. De brief die u ontving is bedoeld voor een andere persoon met dezelfde naam. Wij hebben uw gegevens gecontroleerd op basis van uw BSN [[b:196058338]]. U hoeft niets te doen.

Met vriendelijke groet,
{{o:Dienst Uitvoering Onderwijs}}
=====
Hallo [[p:Ruben]],
Mijn vader [[p:Mehmet Ali Kılıç]] heeft jouw kaartje gekregen. Hij wil graag praten maar alleen bij hem thuis, niet in het wijkcentrum. Kun je [[d:donderdag 7/11]] om 15 uur? Ik ben er ook, ik vertaal. Ik ben zijn dochter [[p:Elif]], [[e:elif.kilic98@gmail.com]].
=====
Onderwerp: Doorverwijzing – mw [[p:Oksana Bondarenko-Shevchuk]]

Beste wijkteam {{w:Scheveningen}},

Mevrouw verblijft sinds maart 2022 in de gemeentelijke opvang voor ontheemden uit Oekraïne (hotel aan de Gevers Deynootweg). Zij heeft een dochter [[p:Sofiia]] (7) en haar moeder [[p:Halyna Shevchuk]] (71). Moeder is vergeetachtig en dwaalt 's nachts door het hotel. Graag een {{r:casemanager dementie}} of advies.
BSN mw: [[b:155451947]]. Sticker/verblijfsdocument tijdelijke bescherming: [[z:O 2208 4419]].
Tel. mw: [[t:+380 67 412 8830]] (Oekraïens nummer, ze heeft ook [[t:06 27 91 40 65]])

Met vriendelijke groet,
[[p:Marloes Smit]], coördinator opvang Oekraïners, {{o:Gemeente Den Haag}}
""")
# ---------------------------------------------------------------------------
# 3. Inburgering: DUO, klantregisseur, PIP, leerroutes, taalschool
# ---------------------------------------------------------------------------
add(r"""
PIP – Persoonlijk Plan Inburgering en Participatie (samenvatting)
Inburgeraar: [[p:Farzana Sadat]]
Geboortedatum: [[d:01-01-1996]]
BSN: [[b:401522313]]
Klantnr. inburgering: [[z:INB-DH-0051877]]
Leerroute: B1-route, start [[d:2 september]]
Taalschool: {{o:ROC Mondriaan}}, locatie {{w:Laak}}
Participatiecomponent: vrijwilligerswerk bij {{o:Bibliotheek Den Haag}}, 4 uur p/w
Module Arbeidsmarkt en Participatie (MAP): via {{o:Werk en Inkomen}}
KNM: 10 bijeenkomsten (in het Dari)
Tolk bij intake: [[p:Mariam Noori]], Wbtv-nummer [[z:19045]]
Opgesteld door: {{r:klantregisseur}} [[p:Koen Molenaar]], [[d:14-08-2024]]
=====
Beste [[p:Koen]], [[p:Farzana]] is na 3 weken gestopt met de lessen. Ze zegt dat ze niet kan komen omdat haar schoonmoeder ziek is. We moeten waarschijnlijk naar de Z-route of in ieder geval de voortgang bespreken. Kun je een gesprek plannen? [[p:Lotte]]
=====
Notitie na gesprek met {{r:docent NT2}} van {{o:Taalschool Haaglanden}}:
cursist [[p:Ali Jasim Hussein]] maakt goede voortgang op lezen en luisteren (A2 bereikt na 7 maanden), schrijven blijft achter door zijn hand. Aangepast examen aanvragen bij {{o:DUO}}, daarvoor is een medische verklaring nodig van de {{r:huisarts}}, dokter [[p:Annelies Bakker]], praktijk op de [[a:Dierenselaan 15]].
=====
Leerbaarheidstoets uitslag (doorgestuurd door {{o:Gemeente}})
Naam: [[p:MOHAMMED OSMAN ADAM]]
Uitslag: leerroute B1 haalbaar, advies onderwijsroute niet
Afnamedatum: [[d:03-04-2024]]
Afnamelocatie: Leyweg, zaal 0.12
=====
Wie kan mij helpen? Een cliënt van mij moet de KNM-bijeenkomsten volgen maar ze werkt 32 uur in de thuiszorg. Mag dat ook in de avond of online? Het is een vrouw van 45 uit Syrië, geen namen nodig. Ik werk in {{w:Segbroek}}. Alvast dank. — [[p:Noor]]
=====
Hallo [[p:Noor]], ja dat kan. Bij {{o:Taalhuis Segbroek}} draaien ze op woensdagavond een KNM-groep (19.00–21.00, lokaal 4). Ze moet het wel met haar {{r:klantregisseur}} afstemmen want de gemeente koopt het in. Groet, [[p:Sietske]] ({{r:taalcoördinator}})
=====
Brief {{o:DUO}} d.d. [[d:11-07-2024]] (overgetypt voor dossier)
"Geachte mevrouw [[p:Alhamwi]],
Uw inburgeringstermijn eindigt op [[d:18 januari 2027]]. U heeft nog niet alle onderdelen gehaald. Als u niet op tijd klaar bent kunt u een boete krijgen van maximaal € 1.250.
Uw DUO-kenmerk: [[z:33018-447-1190]]"
Met mw besproken. Zij is pas 5 maanden bezig, geen reden tot paniek. Brief is standaard.
=====
Voortgangsgesprek inburgering – [[p:Filmon]] [[p:Habtom]] – [[d:13 december]]
Aanwezig: [[p:Filmon]], {{r:klantregisseur}} [[p:K. Molenaar]], {{r:jobcoach}} [[p:Yasmina El Ouali]]
- Taal: A2 bijna gehaald, examen lezen op [[d:20-01-2025]]
- Werk: stage bij {{o:Installatiebedrijf De Vos & Zn}} 2 dagen p/w, werkgever [[p:Henk de Vos]] is tevreden
- Wens: BBL-opleiding eerste monteur, start in augustus
- Geld: bijstand, deel gaat naar broer in Kampala (€ 100/mnd)
Vervolg: [[p:Yasmina]] neemt contact op met {{o:Techniek College Rotterdam}}? Nee, {{o:ROC Mondriaan}} Techniek.
=====
ter info: de examens staatsexamen NT2 programma I op locatie Den Haag zijn verplaatst van zaal 2.14 naar zaal 3.02. Aanvang 09.00 uur. Cursisten moeten een geldig ID meenemen. Kosten € 0 voor inburgeraars onder de Wi2021.
=====
Verslag 3-gesprek taalschool / inburgeraar / wijkteam
[[d:woensdag 5 februari]]

Inburgeraar: mw [[p:Rasha Alhamwi]] (cursistnr. [[z:TS-24-3381]])
Docent: [[p:Marieke Winter]]
Wijkteam: [[p:Floor]]

[[p:Rasha]] mist veel lessen op maandag. Reden: ze brengt [[p:Yousef]] naar de peuterspeelzaal in {{w:Transvaal}} en de les begint om 9.00 in {{w:Centrum}}. Opgelost: [[p:Mohamad]] brengt op maandag. Mw blijft moe, slaapt slecht; huisarts is op de hoogte.
[[p:Marieke]]: "Ze is een snelle leerling, als ze er is."
=====
Aanvraag ontheffing inburgering (concept)
Betreft: dhr. [[p:Hussein]], [[p:Ali Jasim]]
geb. [[d:1 juli 1979]]
BSN [[b:812 325 059]]
Reden: aantoonbare inspanning, 600 uur les gevolgd, examens 3x niet gehaald (schrijven) door handbeperking.
Bijlagen: verklaring {{o:Taalschool Haaglanden}}, medische verklaring {{o:GGD}} ({{r:arts}} dr. [[p:Schoemaker]])
=====
Hoi [[p:Lotte]], de beschikking van {{o:DUO}} voor het lenen van de examenkosten is binnen bij mevr. [[p:sadat]]. Kenmerk [[z:DUO/LN/2024/559103]]. Lening € 2.600 bij {{o:DUO}} hoeft ze niet terug te betalen als ze op tijd klaar is (oude regeling? nee, ze valt onder Wi2021 dus gemeente betaalt, ik snap het ook niet meer). Even navragen bij [[p:Koen]]. [[p:Sietske]]
=====
Uit het logboek van de {{r:klantregisseur}}:
[[d:02-10]] [[p:Ahmadzai]] niet verschenen op intake, geen bericht
[[d:09-10]] huisbezoek, dhr. dacht dat het om een IND-afspraak ging; uitgelegd
[[d:16-10]] intake gedaan met tolk Pasjtoe ([[p:Zabihullah Safi]], tolknr [[z:31774]])
[[d:23-10]] PIP getekend
=====
Kun je voor mij nagaan of er een Tigrinya-sprekende KNM-docent is? Ik heb drie Eritrese jongens ([[p:Filmon]], [[p:Kibrom]] en [[p:Aron]]) die samen willen. Ze wonen alle drie in {{w:Laak}}/{{w:Spoorwijk}}.
=====
Terugmelding examen inburgering
Kandidaat: [[p:Osman Adam, Mohammed]]
Onderdeel: Spreken A2 – behaald
Onderdeel: Schrijven A2 – niet behaald (2e poging)
Examendatum: [[d:17-06-2024]]
Volgende mogelijkheid: zie mijn.duo.nl
""")
# ---------------------------------------------------------------------------
# 4. Werk en Inkomen, employers, EU labour migrants (RNI, uitzendbureaus)
# ---------------------------------------------------------------------------
add(r"""
Intake {{o:Werk en Inkomen}} – statushouder
Klantnummer: [[z:WI-4410273]]
Naam: [[p:Abdulrahman Al-Qadhi]]
Adres: [[a:Loosduinsekade 411]], [[pc:2571 BS]]
IBAN: [[i:NL90INGB3486073058]]
Uitkering: Participatiewet, alleenstaande norm, ingangsdatum [[d:20-09-2024]]
Bijzonderheden: gezin in Jemen; zodra nareis rond is, aanpassen naar gezinsnorm.
{{r:klantmanager}}: [[p:Ilona Smit]], direct [[t:070 - 353 79 14]]
=====
Bericht van {{r:werkcoach}} aan SWT:
[[p:Mohammed]] (die van de [[a:Wateringseweg 31]], dus niet [[p:Mohamed Ishaq]]) heeft vandaag zijn contract getekend bij {{o:PostNL}} sorteercentrum, 24 uur, nachtdienst. Uitkering wordt per [[d:1 maart]] stopgezet, hij houdt recht op aanvullende bijstand de eerste maanden. Hij vroeg of jullie kunnen helpen met de toeslagen, hij snapt de brieven van de {{o:Belastingdienst}} niet.
=====
Hoi, ik ben [[p:Łukasz]], ik werk bij {{o:Otto Workforce}} in de kas in {{w:Honselersdijk}}. Mijn vriend [[p:Piotr Zieliński]] is ziek al 2 weken, hij heeft geen huisarts en geen verzekering want agency zegt hij heeft maar hij heeft geen pasje. Hij woont [[a:Calandstraat 180]] kamer 4. Telefoon [[t:0048 605 331 872]]. Please help, hij spreekt geen Nederlands of Engels, alleen Pools.
=====
Notitie [[p:Bart]]: huisbezoek [[a:Calandstraat 180]] – 11 mannen (Pools, Roemeens) in een bovenwoning met 5 kamers, 2 per kamer + 1 op de bank. Slecht geventileerd. [[p:Piotr Zieliński]] (geb. [[d:3.04.1979]]) heeft koorts en hoest. Via {{o:GGD}} tbc-check geregeld. Melding huisvesting bij gemeente (Team Handhaving), nummer [[z:MOR-2024-311844]]. Uitzendbureau gebeld: {{o:Otto Workforce}}, contactpersoon [[p:Agnieszka Wróbel]], die zegt dat de zorgverzekering via hen loopt, polisnummer [[z:A-77391004]].
=====
Beste [[p:Ilona]],

Dhr. [[p:Yordan Petkov]] ([[p:Йордан Петков]]), Bulgaars, BSN [[b:706543397]], ingeschreven RNI, heeft bij ons een aanvraag bijstand gedaan. Hij heeft 14 maanden gewerkt via een uitzendbureau en is sinds [[d:1-10-2024]] zonder werk. Hij woont nu bij een landgenoot op de [[a:Beeklaan 214 B]]. Zijn Bulgaarse rekening: [[i:BG89UNCR70003039007789]] – hij heeft geen Nederlandse rekening meer omdat de {{o:ING}} zijn rekening heeft opgezegd.
Kan hij met een Bulgaarse rekening bijstand ontvangen?

Groet, [[p:Jasper]]
=====
RE: Bijstand EU-burger
Nee, in principe niet zonder verblijfsrecht als werknemer. Na 12 maanden arbeid behoudt hij het werknemerschap bij onvrijwillige werkloosheid, dus het kan wel. Hij moet zich wel als werkzoekende melden bij {{o:UWV}}. Een Bulgaarse rekening mag (SEPA). Stuur me zijn arbeidscontracten.
[[p:Ilona Smit]], {{r:klantmanager}} {{o:Werk en Inkomen}}
=====
Verslag gesprek werkgever {{o:Bakkerij Hoek}} ({{w:Loosduinen}})
Dhr. [[p:Jan Hoek]] wil graag statushouders aannemen als hulp in de bakkerij. Zijn ervaring: "[[p:Abdul]] was de beste die ik ooit had, maar hij is verhuisd naar Utrecht." Hij vraagt of wij iemand kunnen voordragen die vroeg kan beginnen (04.00). Loonkostensubsidie mogelijk via {{o:Werkgeversservicepunt Haaglanden}}.
Kandidaat: [[p:Tesfamariam]]? Nee, die doet al installatietechniek. Misschien [[p:Kibrom Tesfay Gebru]].
=====
Beste mevrouw [[p:Smit]],

Ik ben [[p:Hanna Tkachenko]] uit Oekraïne. Ik werk sinds [[d:15 april]] bij {{o:Schoonmaakbedrijf Groen}} voor 20 uur. Ik kreeg leefgeld van de gemeente, dat moet nu stoppen zegt de brief. Maar ik heb ook mijn zoon [[p:Maksym]] en het loon is 980 euro. Mag ik nog een deel leefgeld? Mijn rekening is [[i:NL82RABO5001425376]].
Mijn adres in Den Haag is [[a:Houtrustweg 40]] kamer 12.
Дякую, [[p:Hanna]]
=====
Kort overleg met {{o:Fairwork}} over dhr. [[p:Constantin Rusu]] ([[p:Costel]]): zijn Roemeense ID-kaart [[z:RX 902116]] is ingenomen door de huisbaas, tevens eigenaar van het uitzendbureau {{o:Flexpower BV}}. Loon van maart niet uitbetaald. Fairwork neemt het over. Zijn eigen nummer [[t:+40 742 195 388]], Nederlands nummer [[t:06 19 33 47 82]].
=====
Doorverwijzing {{o:Werkgeversservicepunt}}
kandidaat: [[p:Rasha Alhamwi]]
opleiding: lerares Engels (Aleppo, 2006), diploma gewaardeerd door {{o:IDW}} op hbo-bachelor niveau, waarderingsnr [[z:IDW-22-118473]]
wens: onderwijsassistent, 16-20 uur
beschikbaar: ma, wo, vr 9-14 u.
taal: NT2 A2+, Engels C1
=====
Mailtje van dhr. [[p:de Vos]] ({{o:Installatiebedrijf De Vos & Zn}}):
"Goedemiddag, even kort: [[p:Filmon]] is 2x te laat geweest deze week. Ik weet dat het Ramadan is en hij 's nachts weinig slaapt, maar ik moet wel kunnen rekenen op hem. Kunnen jullie met hem praten? Ik wil hem echt houden, hij is handig. Mvg [[p:Henk]]"
=====
Statushouders aan het werk – cijfers kwartaal 3 (intern)
| wijk | nieuw gehuisvest | aan het werk | in traject |
| {{w:Escamp}} | 31 | 7 | 19 |
| {{w:Laak}} | 24 | 5 | 16 |
| {{w:Centrum}} | 18 | 6 | 9 |
| {{w:Haagse Hout}} | 9 | 2 | 6 |
Opmerking: 'aan het werk' = minimaal 12 uur per week. Bron: {{o:Werk en Inkomen}}, peildatum eind september.
=====
Hi [[p:Floor]], the employer asked for a copy of [[p:Mohamad]]'s residence permit. Is that allowed? His permit number is [[z:VK4921XH3]], valid until [[d:22-05-2029]]. I did not send it yet. – [[p:Anouk]]
=====
Noot: mw [[p:Mihaela Rusu]] (zus van [[p:Costel]]) werkt via {{o:Hago}} als schoonmaker op het station. Ze heeft haar broer tijdelijk opgevangen in haar studio aan de [[a:Stuwstraat 7-A]], wat niet mag van de verhuurder. Ze is bang dat ze eruit gezet wordt.
=====
Beste {{r:klantmanager}},
ik heb een brief waarin staat dat ik [[d:30 oktober]] om 10:15 moet komen op de Leyweg. Maar die dag heb ik examen bij {{o:DUO}}. Kan het andere dag? mijn naam is [[p:Kibrom Tesfay Gebru]], klantnummer [[z:WI-4417760]], telefoon [[t:0649021877]]
=====
Overzicht loonbeslag (van {{r:bewindvoerder}}, geanonimiseerd voor casusbespreking):
- inkomen: € 1.620 netto (productiewerk)
- beslagvrije voet: € 1.340
- schuldeisers: zorgverzekeraar, {{o:CJIB}}, telefoonprovider
- opmerking: 2 kinderen in Polen, alimentatie onbekend
Geen persoonsgegevens in dit overzicht.
""")
# ---------------------------------------------------------------------------
# 5. Taalmaatjes and volunteers: app messages, short reports
# ---------------------------------------------------------------------------
add(r"""
[[d:12-03-24]] 19:42 - [[p:Ineke Winter]]: Hoi [[p:Floor]], ik was vandaag bij [[p:Rasha]]. Ze had een brief van de {{o:Belastingdienst}} over de kinderopvangtoeslag, ze moet €412 terugbetalen?? Ik snap het zelf ook niet. Foto gestuurd.
[[d:12-03-24]] 19:45 - [[p:Floor Verbeek]]: Dank je [[p:Ineke]]! Ik kijk er morgen naar. Niets tekenen en niets betalen voordat we het samen hebben bekeken 👍
[[d:12-03-24]] 19:46 - [[p:Ineke Winter]]: Top. Ze zegt trouwens "shukran" tegen jou 😊
=====
Verslag taalmaatje (formulier {{o:Het Begint met Taal}})
Maatje: [[p:Gerard Hoek]]
Deelnemer: [[p:Kibrom]]
Aantal keer afgesproken deze maand: 4
Wat hebben jullie gedaan? Samen naar de bieb, formulier huurtoeslag geoefend, veel over voetbal gepraat (hij is fan van Ajax, ik van {{o:ADO}} 😉)
Zorgen? Hij heeft weinig geld, at bij mij een keer 3 boterhammen. Ik denk dat hij niet genoeg eet.
=====
Hoi [[p:Sietske]]! Ik ben [[p:Wim de Vos]], het nieuwe taalmaatje van mevrouw [[p:Farzana]]. Ik heb haar adres maar welk huisnummer? Ik heb "[[a:Kamperfoeliestraat 3]]" maar er zijn drie bellen. Groetjes [[p:Wim]]
=====
Hoi [[p:Wim]], het is [[a:Kamperfoeliestraat 3-B]], de middelste bel, naam [[p:Sadat]] staat er nog niet op. Haar nummer is [[t:06 41 57 30 98]] maar ze neemt vaak niet op als het een onbekend nummer is, stuur dus eerst een appje met je naam en een foto. [[p:Sietske]]
=====
Taalmaatje [[p:Judith Groen]] meldt: [[p:Olena]] wil graag oefenen voor het sollicitatiegesprek bij {{o:HMC}} (afdeling schoonmaak) op [[d:vr 22/11]]. Ik heb met haar een gesprek geoefend, ze is goed voorbereid. Haar Oekraïense diploma (verpleegkundige) wordt niet erkend, dat vindt ze moeilijk.
=====
[[p:Maarten]]: [[p:Mustafa]] (12) vraagt of ik hem kan helpen met huiswerk wiskunde. Mag dat, ik ben taalmaatje van zijn moeder, niet van hem?
[[p:Hamza]]: Natuurlijk, leuk! Meld je wel even bij {{o:Stichting Vluchtelingen Huiswerkbegeleiding}}? nvm, gewoon doen, als moeder het goed vindt.
[[p:Maarten]]: 👍 [[p:Zainab]] vindt het goed.
=====
Hoi [[p:Els]], dit is [[p:Rasha]]. Tomorrow I can not come to the library, [[p:Yousef]] is sick 🤒. Next week Tuesday? شكرا 🌸
=====
Gesprek met [[p:Els Koning]] (vrijwilliger {{o:Vóór Welzijn}}):
Zij merkt dat dhr. [[p:Kılıç]] steeds somberder wordt. Hij zit de hele dag binnen, leest Turkse nieuwssites. Zij vraagt zich af of hij hulp wil van een psycholoog. Afgesproken: ik bespreek het bij het volgende bezoek met hem, [[p:Els]] blijft wekelijks komen. Zij gaat in december zelf naar Spanje (winter), dan vervangt [[p:Rob de Bruin]].
=====
Hallo, mijn naam is [[p:Anneke]] en ik wil graag taalmaatje worden. Ik woon in {{w:Benoordenhout}} en ben gepensioneerd lerares. Ik heb tijd op maandag en woensdag. Bij wie moet ik me aanmelden?
=====
Beste [[p:Anneke]], wat fijn! U kunt zich aanmelden via het algemene nummer van {{o:Het Begint met Taal}} Den Haag (070 - 205 22 10) of via de website. Er volgt een kennismakingsgesprek en een training van 2 dagdelen. Met vriendelijke groet, {{o:Taalhuis Den Haag}}
=====
[[p:Gerard Hoek]] 21:07
Nog even over [[p:Kibrom]]: hij heeft een boete gekregen van de {{o:RET}}?? nee van de {{o:HTM}}, 50 euro, zwartrijden. Hij dacht dat zijn OV-kaart nog saldo had. Kenmerk op de brief: [[z:HTM-BO-2024-418803]]. Kan iemand helpen met bezwaar?
=====
Afmelding maatje:
Ik stop helaas als taalmaatje van [[p:Ali]] ([[p:Hussein]]), omdat ik ga verhuizen naar Zeeland. We hebben een heel mooi jaar gehad. Hij spreekt nu echt goed Nederlands! Kunnen jullie een nieuw maatje zoeken? Hij wil graag iemand met wie hij kan schaken.
Groet, [[p:Truus Molenaar]], [[t:06-51 83 20 77]]
=====
appje van [[p:judith]] (taalmaatje): "[[p:Olena]] heeft de baan!!! 🎉 start [[d:1 december]], 24 uur"
=====
[[p:Wim de Vos]]: Vandaag met [[p:Farzana]] bij de huisarts geweest, ze durfde niet alleen. Assistente vroeg haar geboortedatum, ze zei "[[d:1 januari]]" en lachte, zei dat alle Afghanen op 1 januari jarig zijn 😂. Klopt dat?
[[p:Sietske]]: Haha ja, vaak wel als de echte datum niet bekend is wordt het de eerste dag van het geboortejaar. Zo staat het dan in de BRP.
=====
Hoi team, ik ben taalmaatje van meneer [[p:Noori]] ([[p:Ahmad Shah]]). Hij heeft mij gevraagd om mee te gaan naar de IND in Rijswijk (Stationsplein? weet ik niet precies). Ik mag toch niet mee naar binnen bij een gehoor? Hij is erg nerveus. Mvg [[p:Hans Wolf]]
""")
# ---------------------------------------------------------------------------
# 6. Nareis / family reunification, relatives and addresses abroad
# ---------------------------------------------------------------------------
add(r"""
Nareisaanvraag – checklist ({{o:VluchtelingenWerk}})
Referent: [[p:Abdulrahman Al-Qadhi]], V-nr [[z:2870 3316 59]]
Gezinsleden:
1. echtgenote [[p:Amal Saleh Al-Qadhi]] (ook gespeld [[p:Amal Salih]]), geb. [[d:01-01-1988]]
2. zoon [[p:Saleh]], geb. [[d:14-02-2011]]
3. dochter [[p:Hana]], geb. [[d:01-01-2014]]
4. dochter [[p:Reem]], geb. [[d:09-09-2017]]
5. zoon [[p:Abdullah]], geb. [[d:27-04-2020]]
Verblijfplaats: Sana'a, [[a:Hadda Street 48]], bij broer van referent
Telefoon echtgenote: [[t:+967 771 204 558]]
Documenten: huwelijksakte (Jemenitisch, gelegaliseerd? nee), paspoorten moeder en 2 kinderen, geboorteaktes
Ambassade voor aanvraag: Amman? of Caïro (Jemen heeft geen NL-ambassade)
Aanvraag ingediend [[d:30-09-2024]], termijn 90 dagen
=====
Tel. gesprek met [[p:Semhar]] (via tolk Tigrinya, [[p:Amanuel Ghebrekidan]], Wbtv [[z:31882]]):
Haar man [[p:Berhane]] belde uit Addis. Hij moet [[d:12 maart]] naar de ambassade voor de DNA-afname met de kinderen. Hij heeft geen geld voor de reis uit Gondar. Kan {{o:VluchtelingenWerk}} of het {{o:Rode Kruis}} helpen? Hij is bereikbaar op [[t:+251 911 73 40 26]] (WhatsApp). Zijn adres in Gondar: [[a:Atse Tewodros Street 17]] (bij de Piassa).
=====
Besluit {{o:IND}} nareis – samenvatting voor dossier
Referent: [[p:Woldemichael, Semhar Tekle]]
Besluit: inwilliging voor echtgenoot en beide kinderen
Datum besluit: [[d:4 april 2025]]
MVV af te halen bij Nederlandse ambassade Addis Abeba binnen 3 maanden
Kenmerk: [[z:2411-05-7713]]
Actie wijkteam: grotere woning (urgentie), inschrijving school kinderen, {{o:COA}} regelt vlucht via {{o:IOM}}
=====
Hoi [[p:Lotte]], de familie van [[p:Mohamad]] komt niet. Het gaat om zijn moeder [[p:Fatma Al-Hassan]] en zijn zus [[p:Nour]]. Ouders en meerderjarige zussen vallen niet onder nareis, alleen als er "meer dan gebruikelijke afhankelijkheid" is. Zij wonen in Gaziantep (Turkije), Şehitkamil, [[a:Karataş Mah. 45. Sok. No: 12]]. Ze hebben geen geld. [[p:Mohamad]] stuurt elke maand €200. Hij is er kapot van. [[p:Anouk]]
=====
Van: [[e:khaled.alhasan.87@gmail.com]]
Aan: SWT {{w:Transvaal}}
Onderwerp: my brother

Hello, my name is [[p:Khaled Alhasan]] ([[p:خالد الحسن]]), I am the brother of [[p:Mohamad]] in Den Haag. I live in Beirut, [[a:Hamra Street, Bldg 34]], 5th floor. I cannot reach him for 3 weeks. Is he OK? Please ask him to call me [[t:+961 3 482 916]]. Thank you.
=====
Interne notitie [[p:Floor]]: de broer van [[p:Mohamad]] mailde ons. Niets teruggemaild (privacy), wel aan [[p:Mohamad]] doorgegeven. Hij had zijn telefoon verkocht. Nieuw nummer [[p:Mohamad]]: [[t:06 82 44 19 03]].
=====
Nareis gezin [[p:Hussein]] – stand van zaken
- [[p:Zainab]]'s moeder [[p:Khadija Abbas]] woont nog in Basra, wijk Al-Jumhuriya, [[a:straat 14, huis 7]]
- kan niet via nareis (ouder), wel via regulier verblijf "familiebezoek"? niet haalbaar
- [[p:Zainab]] wil moeder laten overkomen om te helpen met de kinderen
- advies {{o:VluchtelingenWerk}}: niet doen, kansloos, kost leges € 228 plus reis
=====
DNA-onderzoek nareis: afspraak bij {{o:IND}} Den Haag (Rijswijk), loket 6. Referent moet legitimatie meenemen en de uitnodigingsbrief. Duur ca. 30 minuten. Uitslag na 6 tot 8 weken. Kosten worden vergoed bij positieve uitslag. Geen persoonsgegevens hier, alleen voor de wiki van het team.
=====
[[p:Amal]]'s paspoortnummer klopt niet in het aanvraagformulier! Staat nu [[z:05439821]], moet zijn [[z:05439812]]. Jemenitisch paspoort, uitgegeven in Sana'a [[d:3-5-2019]]. Wie past het aan bij {{o:VWN}}? Anders wordt de MVV met verkeerd nummer afgegeven. – [[p:Jasper]]
=====
Aantekening telefoongesprek met [[p:Filmon]]: zijn broer [[p:Yonatan Habtom Tesfamariam]] in Kampala is gearresteerd omdat hij geen geldige papieren heeft. Hij zit in politiebureau Kabalagala. [[p:Filmon]] wil geld sturen voor een advocaat ($ 400). Broer valt niet onder nareis (meerderjarig). Besproken: wij kunnen niets in Oeganda, wel kan {{o:UNHCR Kampala}} benaderd worden. Nummer broer (via vriend): [[t:+256 772 915 480]].
=====
Brief aan ambassade (concept, Engels):
To whom it may concern,
This is to confirm that Ms. [[p:Semhar Tekle Woldemichael]], residing at [[a:Apeldoornselaan 172]], [[pc:2573 LN]] The Hague, is the mother of [[p:Mussie Berhane Gebreyesus]] and [[p:Luwam Berhane Gebreyesus]], and that she is in contact with our team since [[d:February 2nd, 2024]].
Sincerely,
[[p:L. Brouwer]], {{r:social worker}}, {{o:Sociaal Wijkzorgteam Escamp}}
=====
mw [[p:fadumo]] belde: de {{o:IND}} heeft gebeld met haar man in Nairobi, [[p:Mohamud Yusuf Ali]], over zijn nieuwe aanvraag. Hij woont daar bij neef in Eastleigh, [[a:First Avenue 22]], Sheikh Plaza. Man belt mw 5x per dag. Mw wil eigenlijk helemaal niet dat hij komt. Dit is belangrijk: zij durft dit niet tegen de IND te zeggen. Besproken met {{o:Veilig Thuis}} (anoniem advies), advies: gesprek zonder tolk uit de eigen gemeenschap.
=====
Checklist brief {{o:IND}} nareis (voor vrijwilligers)
☐ originele documenten niet opsturen
☐ vertaling door beëdigd vertaler (Wbtv)
☐ formulier "Verblijfsvergunning asiel nareis" (versie 2024)
☐ binnen 3 maanden na ontvangst vergunning referent (let op termijn!)
☐ kopie verblijfspas referent
☐ V-nummer referent op elke pagina
=====
Spoed: [[p:Abdulrahman]] heeft bericht van zijn vrouw dat ze [[d:zaterdag 11 januari]] via Aden naar Caïro reizen voor de afspraak op de ambassade ([[d:16 januari]], 09.00). Zij hebben een hotel in Caïro, [[a:Talaat Harb Street 22]], hotel Cosmopolitan? Hij vraagt of er een voorschot kan komen van {{o:Werk en Inkomen}} voor de tickets. Bedrag ca. € 1.900.
""")
# ---------------------------------------------------------------------------
# 7. Interpreters (tolken), bookings, forms and tables
# ---------------------------------------------------------------------------
add(r"""
Bevestiging tolkopdracht {{o:Tolkcontract}}
Opdrachtnummer: [[z:TC-2024-0918331]]
Taal: Tigrinya
Soort: telefonisch
Datum/tijd: [[d:dinsdag 8 oktober 2024]], 10:00–10:45
Tolk: [[p:A. Ghebrekidan]] (Wbtv-nr [[z:31882]])
Aanvrager: [[p:L. Brouwer]], SWT {{w:Escamp}}, [[t:06 21 48 55 30]]
Cliënt: mw [[p:Woldemichael]]
Kostenplaats: SWT-ESC-TOLK
=====
Let op bij het boeken van tolken: bij de Eritrese cliënten vragen wij altijd een tolk die NIET uit dezelfde regio komt, na de klacht van vorig jaar. Bij twijfel overleg met de {{r:teamleider}} ([[p:Bas Kuipers]]). Boekingen lopen via het portaal van {{o:Tolkcontract}}, kostenplaats SWT-ESC-TOLK, max. 60 minuten per opdracht zonder toestemming.
=====
Klacht over tolk
Datum gesprek: [[d:22-10-2024]]
Cliënt: dhr. [[p:Gul Ahmad Ahmadzai]]
Tolk: [[p:Qasim Rahmani]], tolknummer [[z:27603]]
Wat ging er mis: tolk gaf eigen mening ("in Afghanistan doen we dat niet zo"), vertaalde niet volledig wat de cliënt zei over zijn zoon. Cliënt na afloop boos.
Ingediend door: [[p:Meryem Aksoy]]
=====
Tolk telefonisch ingezet, Arabisch (Syrisch dialect). Tolk: [[p:Nawal]], nummer [[z:20417]]. Cliënt: [[p:Alhasan]]. Duur 35 min. Onderwerp: huurtoeslag en energierekening {{o:Vattenfall}} (achterstand € 612). Vervolg: betalingsregeling aanvragen, klantnummer Vattenfall [[z:1002 8841 77]].
=====
| tijd | cliënt | taal | tolk (nr) | medewerker |
|------|--------|------|-----------|------------|
| 09:00 | [[p:Sadat, F.]] | Dari | [[p:M. Noori]] ([[z:19045]]) | [[p:Lotte]] |
| 10:30 | [[p:Alhasan, M.]] | Arabisch | [[p:N. Bouhali]] ([[z:20417]]) | [[p:Floor]] |
| 13:00 | [[p:Kovalchuk, O.]] | Oekraïens | geen (Engels) | [[p:Ruben]] |
| 14:30 | [[p:Habtom, F.]] | Tigrinya | [[p:A. Ghebrekidan]] ([[z:31882]]) | [[p:Lotte]] |
=====
Aanvraagformulier tolk via {{o:VluchtelingenWerk}} (vrijwillige tolk)
Naam vrijwilliger-tolk: [[p:Dawit Kahsay]]
Talen: Tigrinya, Amhaars
Telefoon: [[t:06 43 90 27 14]]
Inzet: begeleiding bij huisartsbezoek [[p:Semhar]], [[d:do 3 okt]]
Let op: vrijwillige tolk niet inzetten bij gesprekken over geweld of medische diagnoses.
=====
Aantekening: de tolk Pasjtoe (dhr. [[p:Safi]]) kwam niet opdagen op [[d:14-11]]. Nieuwe opdracht aangevraagd, referentie [[z:TC-2024-1002457]]. Cliënt [[p:Ahmadzai]] heeft voor niets een uur gewacht, excuses aangeboden.
=====
Gesprek met tolk via beeldbellen – [[p:Olena Kovalchuk]] & [[p:Halyna]]? Nee, dat is de andere casus. Dit is mw [[p:Oksana Bondarenko-Shevchuk]] met haar moeder [[p:Halyna Shevchuk]], tolk Oekraïens/Russisch [[p:Iryna Melnyk]] (Wbtv [[z:40219]]). Moeder herkent soms haar kleindochter niet. {{r:casemanager dementie}} [[p:Petra Baas]] komt [[d:28/11]].
=====
Formulier "Toestemming gegevensdeling" (ingevuld, Arabische versie)
Naam / الاسم: [[p:Zainab Al-Saadi]] / [[p:زينب الساعدي]]
Geboortedatum / تاريخ الميلاد: [[d:01-01-1985]]
Ik geef toestemming aan het sociaal wijkzorgteam om informatie te delen met: ☑ {{o:COA}} ☑ {{o:VluchtelingenWerk}} ☑ {{r:huisarts}} ☐ {{o:IND}}
Handtekening: (handtekening)
Datum: [[d:2-12-2024]]
=====
Overzicht tolkkosten Q3 (geen persoonsgegevens):
Arabisch 41 uur – € 2.665
Tigrinya 28 uur – € 1.820
Dari/Farsi 19 uur – € 1.235
Oekraïens 7 uur – € 455
Pasjtoe 6 uur – € 390
Totaal 101 uur – € 6.565 (tarief € 65/uur incl. btw)
=====
@[[p:Floor]] kun jij voor morgen een tolk Koerdisch (Sorani) boeken? Nieuwe cliënte, mw [[p:Shirin Rasul]], doorverwezen door {{o:GZA}}. Ze woont bij haar zus [[p:Zhilwan]] op de [[a:Erasmusweg 881]] in {{w:Moerwijk}} zolang ze geen eigen woning heeft. Vanwege huisvesting bij zus: kostendelersnorm, check met W&I.
=====
Tolk Sorani geboekt: [[p:Rebwar Aziz]], tolknr [[z:35512]], morgen 11:00? nee [[d:woensdag 20 november]] 11:00 uur, telefonisch, ref. [[z:TC-2024-1011932]]. Gr [[p:Floor]]
=====
Samenvatting intakegesprek (met tolk Somalisch [[p:Abdi Warfa]], Wbtv [[z:28841]])
Cliënte: [[p:Sahra Abdullahi Hirsi]], 38 jaar
V-nummer: [[z:2756 0114 87]]
BSN: [[b:696435883]]
Adres: [[a:Veenkade 12-C]], [[pc:2513 EG]] ({{w:Zeeheldenkwartier}})
Tel: [[t:06 35 18 84 02]]
Hulpvraag: schulden (±€ 6.000), eenzaamheid, zorg voor zoon met autisme ([[p:Abdirizak]], 10)
Netwerk: zus in Minneapolis ([[p:Hodo Abdullahi]], [[t:+1 612 555 0187]]), geen familie in NL
=====
Controle spelling namen – team {{w:Laak}} heeft in het dossiersysteem dubbele registraties gevonden:
- [[p:Mohammad Nazari]] / [[p:Muhammad Nazari]] / [[p:Mohamad Nazary]] → één persoon, samenvoegen op BSN [[b:766466875]]
- [[p:Abdelrahman Ali]] / [[p:Abdulrahman Ali]] → twee verschillende personen! niet samenvoegen
- [[p:Alexandru Popa]] / [[p:Alexandr Popa]] → één persoon (Roemeens vs Moldavisch paspoort)
Actie: functioneel beheer, [[p:Niels Prins]].
=====
Beëdigd vertaler (Wbtv [[z:50077]]) vertaalde de geboorteakte van [[p:Luwam]]: geboren op "[[d:5 Sene 2010]]" (Ethiopische kalender) = [[d:12 juni 2018]] (Gregoriaans). In de IND-aanvraag stond [[d:12-06-2018]], dat klopt dus.
""")
# ---------------------------------------------------------------------------
# 8. Ukrainian displaced persons and EU labour migrants
# ---------------------------------------------------------------------------
add(r"""
Aanmelding SWT via opvanglocatie Oekraïners ({{w:Scheveningen}})
Naam: [[p:Kovalchuk, Olena Mykolaivna]] ([[p:Ковальчук Олена Миколаївна]])
Geb.: [[d:05.03.1987]]
BSN: [[b:813177145]]
Paspoort UA: [[z:FE 482913]]
Zoon: [[p:Artem]], [[d:19.09.2011]]
Adres in Oekraïne: Kharkiv, [[a:vul. Sumska 71, kv. 18]]
Tel: [[t:06 48 27 11 90]] / [[t:+380 50 771 24 36]]
Hulpvraag: werk, Nederlandse les, zoon heeft nachtmerries (beschietingen)
=====
Hoi [[p:Ruben]], de school van [[p:Artem]] ({{o:ISK Johan de Witt}}) belt: hij heeft een jongen geslagen die "Russian" tegen hem riep. Ze willen een gesprek met moeder. Tolk is niet nodig, [[p:Olena]] spreekt goed Engels. Kun jij mee? [[d:do 14 nov]], 15.15 uur. Groet [[p:Meryem]]
=====
Leefgeld Oekraïners – wijziging per [[d:1 januari]] (info voor het team, niet persoonsgebonden)
Volwassene: € 260,58 per maand voor eten en kleding, € 56,32 toeslag, minderjarige € 232,50. Wie werkt en meer verdient dan de norm, krijgt geen leefgeld meer. Bij vragen: {{o:Gemeente Den Haag}}, team opvang Oekraïne, via 14 070.
=====
Beste wijkteam,

Ik ben [[p:Halyna]], de moeder van [[p:Oksana]]. Ik schrijf via Google Translate. Mijn dochter werkt en ik zit de hele dag alleen in de kamer. Ik wil graag naar een plek met oude mensen om thee te drinken. Ik spreek Russisch en Oekraïens. Дякую.
[[p:Галина Шевчук]]
=====
Notitie [[p:Ruben]]: [[p:Halyna Shevchuk]] aangemeld bij ontmoetingsgroep {{o:Oekraïense Kerk Den Haag}}? nee, bij de dagbesteding van {{o:Florence}} in {{w:Scheveningen}}, 2 dagen per week. Indicatie Wmo aangevraagd, zaaknummer [[z:WMO-24-071228]].
=====
Message via Viber van [[p:Petro Melnychuk]] ([[t:+380 96 301 44 58]]):
"Hello, I am cousin of [[p:Olena Kovalchuk]]. I want to come to Netherlands with my wife and children from Lviv. Where we can live? Can [[p:Olena]] take us in her room?"
Niet op gereageerd; aan [[p:Olena]] gevraagd of ze wil dat wij informatie geven over aanmelden in Ter Apel / gemeentelijke opvang. (N.B. naam [[p:Olena Kovalchuk]] in de quote!)
=====
Notitie EU-arbeidsmigrant
Naam: [[p:Katarzyna Kamińska]] (ook: [[p:Kaminska]])
Nationaliteit: Pools
RNI-inschrijving: ja, BSN [[b:911578687]]
Woonadres NL: geen vast adres, slaapt bij vriendin [[p:Magda]] op de [[a:Beeklaan 311]]
Adres Polen: [[a:ul. Lipowa 7/2]], [[pc:20-020]] Lublin
Werkgever: via {{o:Covebo}} bij distributiecentrum in {{w:Bleiswijk}}
Probleem: zwanger (5 mnd), contract niet verlengd, geen zorgverzekering → {{o:CAK}} / onverzekerden
Tel.: [[t:+48 698 012 447]]
=====
[[p:Grzegorz]] ([[p:W.]]) heeft ons vandaag weer gebeld. Zijn huur bij het uitzendbureau wordt ingehouden op zijn ziektegeld. Hij heeft nu € 41 over per week. {{o:Fairwork}} geeft aan dat huisvesting maximaal 25% van het WML mag kosten. Dossier Fairwork [[z:FW-24-1873]].
=====
Bericht van [[p:Ionela Dragomir]] ({{r:sleutelpersoon}} Roemeense gemeenschap) in de groepsapp:
"Buna ziua! Er is een familie in {{w:Transvaal}}, [[p:Gheorghe]] en [[p:Florentina Stan]], met 5 kinderen, ze wonen in 1 kamer boven een winkel op de [[a:Paul Krugerlaan 63]]. Kinderen gaan niet naar school. Ik heb ze gezegd dat het wijkteam kan helpen. Hun nummer: [[t:0040 723 118 902]]."
=====
Huisbezoek [[p:Stan]] [[d:22-01]] met leerplicht (mevr. [[p:El Hamdaoui]]) — 
[[p:Gheorghe Stan]] ([[d:01-01-1981]]? nee, echte datum staat op ID: [[d:11-08-1981]]), [[p:Florentina Stan]] (geb. [[d:02.02.1986]]), kinderen: [[p:Denisa]] (14), [[p:Marian]] (12), [[p:Ana-Maria]] (9), [[p:Ionuț]] (6), [[p:Ștefan]] (2). Roemeense ID-kaarten vader: [[z:CT 771042]], moeder [[z:CT 663519]]. Geen RNI/BRP-inschrijving → geen BSN. Eerst inschrijven op [[a:Paul Krugerlaan 63]] (toestemming hoofdbewoner nodig).
=====
Korte vraag van [[p:Dewi]] van het {{o:CJG}}: mag een Oekraïens kind zonder BSN naar de jeugdarts? Antwoord: ja, de JGZ ziet alle kinderen. Registratie gaat op naam en geboortedatum. Geen verdere gegevens hier.
=====
Aan: [[e:teamleider.swt.laak@denhaag.nl]]
Cc: [[e:j.kuiper@swtdenhaag.nl]]
Onderwerp: Escalatie – dakloze EU-burger

[[p:Yordan Petkov]] slaapt sinds [[d:28 november]] buiten bij het {{o:Hollands Spoor}}. Nachtopvang weigert hem (geen binding met regio). Hij heeft een geldige Bulgaarse ID-kaart ([[z:647712093]]) en BSN [[b:706543397]]. Volgens ons heeft hij wél binding: 14 mnd werk in {{w:Westland}}. Verzoek om toegang winteropvang via {{o:Kessler Stichting}}.
[[p:Jasper Kuiper]]
=====
[[p:Yordan]] vandaag in de winteropvang geplaatst. Hij vroeg om zijn broer [[p:Dimitar]] in Plovdiv te bellen ([[t:+359 88 742 1093]]), dat heb ik gedaan: broer stuurt geld voor een busticket. [[p:Yordan]] wil terug naar Bulgarije, {{o:Barka}} helpt.
""")
# ---------------------------------------------------------------------------
# 9. Texts without personal data (procedures, look-alikes, theme discussions)
# ---------------------------------------------------------------------------
add(r"""
Werkinstructie huisvesting statushouders (versie 3.2)
1. {{o:COA}} koppelt de statushouder aan de gemeente; de taakstelling voor Den Haag is dit halfjaar 612 personen.
2. De {{r:woonconsulent}} van de corporatie biedt een woning aan binnen 10 weken na koppeling.
3. Het wijkteam krijgt een overdrachtsformulier via de beveiligde mail en plant binnen 5 werkdagen een huisbezoek.
4. Inrichtingskrediet: maximaal € 3.775 voor een gezin, € 2.580 voor een alleenstaande (bedragen 2024).
5. Vragen: team Huisvesting Bijzondere Doelgroepen, Postbus 12600, 2500 DJ Den Haag, of 14 070.
=====
Thema-avond "Welkom in de wijk" – terugblik
Opkomst: 38 bewoners, 11 professionals. Gesproken over de komst van 45 statushouders naar de nieuwbouw aan de Erasmusweg (blok C en D). Zorgen van bewoners: parkeren, geluid, "wie zijn het". Opvallend: toen een Syrische vader vertelde over zijn werk als tandarts, sloeg de stemming om. Tip voor andere teams: laat nieuwkomers zelf aan het woord.
=====
Vraag voor de pilotgroep (thema bemoeizorg): hoe gaan jullie om met statushouders die zorg weigeren omdat ze bang zijn dat het gevolgen heeft voor hun verblijfsvergunning? In onze ervaring speelt dit vooral bij mannen uit Eritrea en Afghanistan. Een sleutelpersoon uit de gemeenschap helpt, maar die is lang niet altijd beschikbaar.
=====
Leerpunten uit 12 casussen nareis (geanonimiseerd):
- gemiddelde doorlooptijd aanvraag tot aankomst: 14 maanden
- in 9 van de 12 gevallen was de woning te klein bij aankomst
- kinderen kwamen gemiddeld 6 weken na aankomst op school
- 4 gezinnen hadden schulden door reiskosten naar de ambassade (Addis Abeba, Nairobi, Khartoum)
Aanbeveling: al bij indiening van de aanvraag een grotere woning aanvragen en het {{o:Rode Kruis}} (reizen) inschakelen.
=====
Uitleg voor nieuwe collega's: wat is een V-nummer?
Het vreemdelingennummer (V-nummer) is een uniek nummer van 10 cijfers dat de {{o:IND}}, het {{o:COA}} en de politie gebruiken. Je vindt het op de verblijfspas en op brieven van de IND. Behandel het als een dossiernummer: niet in casuslessen, niet in mails naar externen zonder beveiliging. Een BSN krijgt de statushouder pas na inschrijving in de BRP.
=====
Rooster spreekuur nieuwkomers, wijkcentrum {{o:De Regenvalk}}
ma 09.00–12.00 {{o:VluchtelingenWerk}} (zaal 1.04)
di 13.30–16.00 wijkteam + tolk Arabisch (zaal 1.04)
wo 09.00–11.00 {{o:Werk en Inkomen}} (zaal 0.08)
do 19.00–21.00 taalcafé (bibliotheekzaal)
vr gesloten
=====
Terugkoppeling expertmeeting april: de {{o:IND}} en het {{o:COA}} waren aanwezig en gaven aan dat de gemiddelde beslistermijn op een asielaanvraag nu 15 maanden is. Voor nareis geldt een wettelijke termijn van 90 dagen, in de praktijk vaak 9 tot 12 maanden. Het {{o:COA}} heeft 3.200 statushouders in de opvang die wachten op een woning.
=====
Een stelling voor de workshop: "Een tolk uit de eigen gemeenschap is beter dan geen tolk." Graag reacties. Wij hebben gemerkt dat vrouwen uit kleine gemeenschappen dan minder vertellen, zeker over geld en geweld. Aan de andere kant zit een professionele telefonische tolk soms op 12 minuten wachttijd.
=====
Bedragen Wi2021 ter informatie
- boete niet tijdig inburgeren: tot € 1.250
- boete niet meewerken aan brede intake/PIP: tot € 800
- leges verblijfsvergunning regulier (niet asiel): € 228 tot € 2.047 afhankelijk van verblijfsdoel
- leges naturalisatie: € 1.035 (alleenstaand)
Bron: rijksoverheid.nl, peildatum 2024
=====
Notitie teamoverleg {{w:Escamp}}: we merken dat statushouders hun post van {{o:DUO}}, de {{o:Belastingdienst}} en {{o:Werk en Inkomen}} niet uit elkaar kunnen houden. Idee: een 'postmap' met drie gekleurde vakken. Kosten ca. € 4 per map, 50 stuks. Akkoord van de {{r:teamleider}}.
=====
RE: vraag over EU-arbeidsmigranten
Ze zijn niet inburgeringsplichtig, hebben geen recht op een taalmaatje via de gemeente maar kunnen wel gratis naar het {{o:Taalhuis}}. Voor arbeidsrecht: {{o:FNV}} Polska-spreekuur (elke 2e zaterdag van de maand) en {{o:Fairwork}}. Voor huisvesting: Meldpunt Arbeidsmigranten van de gemeente, 14 070.
=====
agenda overleg wijkteam & {{o:VluchtelingenWerk}} 9.30 uur, kamer 3.11
1. opening (notulen: [[p:Tamara]])
2. stand van zaken koppelingen Q4 (26 personen)
3. tolkenbudget 2025
4. rondvraag
=====
Voor de casusles schrijf ik: "een alleenstaande vader uit Syrië met drie kinderen, wonend in een portiekflat in Zuidwest". Geen naam, geen straat, geen leeftijden van de kinderen. Zo herkent niemand hem, ook niet de buren. Is dat voldoende anoniem volgens jullie?
=====
Statistiek tolkgebruik 2023 vs 2024: +38% Arabisch, +12% Tigrinya, −40% Oekraïens (meer Engels/Nederlands), nieuw: Turks (politiek vluchtelingen), 6% van de gesprekken. Artikel 6 van het tolkenconvenant bepaalt dat de gemeente de kosten draagt.
=====
De IND belt nooit zomaar op! Waarschuw cliënten: er circuleren nep-berichten via WhatsApp ("uw verblijfsvergunning wordt ingetrokken, betaal € 350"). De {{o:IND}} is bereikbaar via het algemene nummer 088 043 0430. Bij twijfel: langs bij {{o:VluchtelingenWerk}}.
=====
Samenvatting workshop "Jong en nieuw in de wijk" (thema jeugd): 
- alleenstaande minderjarigen vallen tot hun 18e onder {{o:Nidos}} ({{r:voogd}}), daarna vaak een gat in de begeleiding
- advies: vanaf 17,5 jaar een warme overdracht met het wijkteam
- ervaring {{w:Laak}}: buddy's van 20–25 jaar met dezelfde achtergrond werken goed
""")
# ---------------------------------------------------------------------------
# 10. Long texts: MDO minutes, case lessons, multi-party e-mail threads
# ---------------------------------------------------------------------------
add(r"""
VERSLAG MDO NIEUWKOMERS – {{w:Transvaal}}/{{w:Regentessekwartier}}
Datum: [[d:donderdag 21 november 2024]], 10.00–11.30, wijkcentrum {{o:Het Paleis}}
Aanwezig: [[p:Floor Verbeek]] (voorzitter, {{r:casusregisseur}}), [[p:Anouk de Haan]] ({{o:VWN}}), [[p:Ilona Smit]] ({{o:W&I}}), [[p:Koen Molenaar]] ({{r:klantregisseur inburgering}}), [[p:Dewi Hardjosoemarto]] ({{o:CJG}}), [[p:Bart Schaap]] ({{r:wijkverpleegkundige}})

1. Gezin [[p:Alhasan]] ([[z:SWT-TRV-2024-0433]])
[[p:Anouk]]: begeleiding loopt goed, vader werkt 16 uur bij {{o:Albert Heijn}} (vakkenvullen). Moeder [[p:Rasha]] heeft IDW-waardering, wil onderwijsassistent worden. [[p:Ilona]]: inkomsten uit werk worden verrekend, gezin krijgt aanvullend € 640. Zorg: [[p:Lana]] (8) plast weer in bed sinds het bericht over oma (visum afgewezen).
Afspraak: [[p:Dewi]] plant gesprek met moeder over [[p:Lana]]; [[p:Koen]] onderzoekt duaal traject voor moeder.

2. Dhr. [[p:Al-Qadhi]] ([[z:SWT-TRV-2024-0587]])
Nareis ingewilligd! Gezin (vrouw + 4 kinderen) komt naar verwachting in februari. Huidige woning: studio aan de [[a:Loosduinsekade 411]] – veel te klein. [[p:Floor]] vraagt urgentie aan bij {{o:Woonnet Haaglanden}}. [[p:Ilona]] past de uitkering aan op de dag van aankomst.

3. Mw [[p:Shirin Rasul]] (nieuw)
Woont bij zus in {{w:Moerwijk}} ([[a:Erasmusweg 881]]), komt uit Sulaymaniyah. V-nummer [[z:2913 6620 18]]. Eerste gesprek met tolk Sorani gepland. [[p:Bart]]: mw heeft littekens op de armen gezien bij het meten van de bloeddruk, niet besproken. Voorzichtig benaderen, eventueel via {{o:GZA}}-arts die haar al kent.

Volgende MDO: [[d:19 december]].
=====
Casusles (concept, nog anonimiseren!)
Titel: "Eén naam, drie dossiers"
In maart 2023? — nee, voorjaar 2023 — kwam [[p:Mohammad Nazari]] bij ons binnen via {{o:COA}}. Bij de huisarts stond hij als [[p:Muhammad Nazari]], bij {{o:Werk en Inkomen}} als [[p:Mohamad Nazary]] en bij {{o:DUO}} als [[p:NAZARI, MOHAMMAD]]. Toen hij in september — eind september — een brief kreeg dat zijn uitkering werd stopgezet omdat hij "niet verscheen" op een afspraak, bleek de uitnodiging naar een andere [[p:Nazari]] gestuurd te zijn, die op de [[a:Klimopstraat 17]] woonde. Het heeft vier maanden gekost om het recht te zetten. Les: vergelijk altijd op BSN ([[b:766466875]]) en geboortedatum ([[d:01-01-1993]]) en niet op naam.
=====
Verslag huisbezoek [[d:dinsdag 26 november]] – gezin [[p:Hussein]]/[[p:Al-Saadi]], [[a:Zonnebloemstraat 119]], [[pc:2565 RT]]
Aanwezig: [[p:Ali]], [[p:Zainab]], [[p:Mustafa]] (12), [[p:Fatima]] (8); [[p:Hamza El Amrani]] (SWT), tolk Arabisch (Irakees) via {{o:Tolkcontract}}, [[p:Haider Al-Musawi]], tolknr [[z:23308]].

De woning is schoon en ingericht met spullen van de {{o:Kringloop}} en een gift van de moskee. Het gezin is dankbaar maar ook moe. [[p:Ali]] vertelt dat hij in Basra een eigen garage had; hier mag hij niet werken met zijn hand ("de keuring van het {{o:UWV}} zegt 30% arbeidsongeschikt"). Hij wil een eigen bedrijf beginnen. [[p:Zainab]] heeft last van haar maag en heeft een afspraak bij dokter [[p:Groen]] op [[d:3 december]].
[[p:Mustafa]] zit in de schakelklas van {{o:De Vliegeraar}}, [[p:Fatima]] in groep 5 van dezelfde school. [[p:Fatima]] heeft geen BSN: bij de BRP-inschrijving ontbrak haar geboorteakte. {{o:COA}} ([[p:Erik Vink]]) heeft beloofd de kopie te sturen; zonder BSN geen kinderbijslag en geen zorgpas.

Afspraken:
- [[p:Hamza]]: bellen met Burgerzaken over inschrijving [[p:Fatima]] (BRP-aanvraagnr. [[z:BRP-2024-118840]])
- [[p:Hamza]]: ondernemerschap bespreken met {{o:Ondernemersklankbord}} / {{o:Refugee Start Force}}
- gezin: alle post bewaren in de map
=====
Mailwisseling (ingekort)

--- Oorspronkelijk bericht ---
Van: [[p:Yasmina El Ouali]] ({{r:jobcoach}})
Verzonden: [[d:maandag 3 februari 2025]] 08:51
Aan: [[p:Henk de Vos]]
Onderwerp: [[p:Filmon]]

Goedemorgen [[p:Henk]], [[p:Filmon]] heeft mij gebeld, hij is ziek (griep). Hij heeft u geprobeerd te bellen maar u nam niet op. Hij is er waarschijnlijk woensdag weer.

--- Antwoord ---
Van: [[p:Henk de Vos]] <[[e:henk@devosinstallatie.nl]]>
Verzonden: [[d:maandag 3 februari 2025]] 09:40
Dank voor het melden. Ik heb geen oproep gemist? Mijn mobiel is [[t:06 53 11 08 72]], misschien heeft hij een oud nummer. Beterschap voor hem.

--- Antwoord ---
Van: [[p:Yasmina El Ouali]]
Hij had inderdaad het nummer van uw kantoor (dat algemene nummer 070 - 398 12 00). Ik geef hem uw mobiel. Gr. [[p:Yasmina]]
=====
Casusles – definitief (geanonimiseerd, goedgekeurd door de {{r:privacy officer}})
"De vader die alles vertaalde"
Een gezin uit Afghanistan kreeg een woning in {{w:Moerwijk}}. De oudste zoon (17) vertaalde bij alle gesprekken: bij de huisarts, bij de school, bij de gemeente. Het team merkte pas na een half jaar dat hij daardoor zelf van school wegbleef. Na inzet van een vaste tolk en een gesprek met de vader (die zich schaamde dat hij de taal niet sprak) ging de zoon terug naar school.
Wat werkte: één vaste tolk, gesprekken op een vast tijdstip, en de vader een eigen rol geven (hij regelt nu de afspraken met de woningcorporatie, met hulp van een taalmaatje).
Wat niet werkte: brieven in het Nederlands met "vraag iemand om het te vertalen".
=====
Gespreksverslag [[d:8 januari]] — [[p:Mirwais]]
[[p:Mirwais]] vertelt (in het Engels) dat zijn moeder en twee zussen nog in Peshawar wonen, in een gehuurde kamer. Ze worden bedreigd met uitzetting naar Afghanistan sinds de Pakistaanse overheid Afghanen terugstuurt. "If they go back, my sisters cannot go to school, they cannot work, nothing." Hij stuurt al zijn geld. Hij heeft geen eten meer in huis. Nareis is niet mogelijk (meerderjarige zussen, moeder).
Hij geeft het adres van zijn moeder: [[a:House 214, Street 9, Board Bazaar]], Peshawar. Nummer moeder: [[t:+92 313 904 2276]].
Ik heb uitgelegd wat wij wel en niet kunnen. Aangemeld bij {{o:Voedselbank}} (klantnr volgt) en afspraak met {{r:budgetcoach}} op [[d:15-01]]. Contact met {{o:i-psy}} loopt; [[p:Mirwais]] staat op de wachtlijst, nummer [[z:IPSY-DH-88213]].
=====
Hi [[p:Lotte]] and team,

This is [[p:Hans Wolf]], language buddy of [[p:Ahmad Shah Noori]]. I write in English because I want [[p:Ahmad]] to be able to read this too (he's in cc: [[e:ahmadshah.noori@outlook.com]]).

The hearing at the IND on [[d:19 November]] went OK. The lawyer, mr. [[p:Bilal Chaouch]], was there. The interpreter was good. [[p:Ahmad]] was very nervous but told his story. The decision will take at least 6 months.
He asks two things:
1. Can he start Dutch lessons now, even without status? (He lives in the AZC in {{w:Rijswijk}}, room B-112.)
2. He has a toothache for weeks. The {{o:GZA}} says he has to wait.

Best, [[p:Hans]]
[[t:06 - 10 92 84 37]]
=====
Overdracht Nidos → wijkteam (jongvolwassene)
Jongere: [[p:Kidane, Aron Haile]] (roepnaam [[p:Aron]])
Geboortedatum: [[d:01-01-2007]] (leeftijd vastgesteld door {{o:IND}})
V-nummer: [[z:3308 1192 54]]
BSN: [[b:368769719]]
{{r:voogd}} {{o:Nidos}}: [[p:Chantal Mulder]], [[t:06 12 70 93 48]], [[e:c.mulder@nidos.nl]]
Woonsituatie: kleinschalige woonvoorziening {{o:Jade Zorggroep}}? nee, {{o:Xtra Plus}}, tot 18 jaar. Per [[d:1 januari]] eigen kamer nodig.
School: {{o:ISK}} Den Haag, niveau A2
Bijzonderheden: [[p:Aron]] weet niet waar zijn ouders zijn; laatste contact met zijn oom [[p:Haile Gebremariam]] in Khartoum in 2023 (telefoon [[t:+249 912 384 015]], werkt niet meer). Hij heeft veel vertrouwen in zijn mentor op school, meneer [[p:Visser]].
=====
Casusbespreking met {{o:COA}}, {{o:VWN}} en SWT over dhr. [[p:Osman]]
Dhr. [[p:Mohammed Osman Adam]] (geb. [[d:1-1-1993]]), woont sinds [[d:15 februari]] op de [[a:Wateringseweg 31 hs]]. Hij spreekt Arabisch (Soedanees) en Fur. Hij is sinds twee weken niet meer op zijn werk bij {{o:PostNL}} verschenen. Collega van {{o:PostNL}}, [[p:Ramon Koning]], belde ons. Bij huisbezoek deed dhr. niet open. Buurman ([[p:Bert Smit]], nr. 33) zegt dat hij 's nachts hard praat en huilt.
Besluit: {{o:GGD}} Bemoeizorg inschakelen, melding [[z:GGD-BZ-24-7031]]. [[p:Bart]] probeert morgen samen met [[p:Abubakar Idriss]] (Soedanese {{r:sleutelpersoon}}, [[t:06 27 40 19 86]]) opnieuw.
""")
# ---------------------------------------------------------------------------
# 11. Short mixed notes: SMS, tab tables, quoted letters, lazy typing
# ---------------------------------------------------------------------------
add(r"""
sms aan cliënt: Beste dhr [[p:Ahmadzai]], morgen [[d:di 29/10]] 10u komt tolk + [[p:Meryem]] bij u thuis. Groet, wijkteam
=====
naam	geb.	land	V-nr	woont sinds
[[p:Tesfamariam F.H.]]	[[d:01-01-2002]]	Eritrea	[[z:3109882641]]	[[d:01-07-2024]]
[[p:Gebru K.T.]]	[[d:01-01-1999]]	Eritrea	[[z:3044719268]]	[[d:15-05-2024]]
[[p:Kidane A.H.]]	[[d:01-01-2007]]	Eritrea	[[z:3308119254]]	n.v.t.
[[p:Mebrahtu S.]]	[[d:23-09-2000]]	Eritrea	[[z:3177025830]]	[[d:02-09-2024]]
=====
bel [[p:anouk]] terug ivm [[p:alhasan]] – sleutel gemeentelijke fietsenstalling?
=====
Uit brief {{o:IND}} (overgenomen): "Uw aanvraag voor een verblijfsvergunning asiel voor bepaalde tijd is ingewilligd. De vergunning is geldig van [[d:14 februari 2024]] tot [[d:14 februari 2029]]." Aan: dhr. [[p:M.O. Adam]], p/a {{o:COA}} azc {{w:Zweeloo}}.
=====
Taalcafé-lijst (voor de koffie en koekjes: 14 personen ingeschreven, niet allemaal gekomen). [[p:Farzana]], [[p:Semhar]], [[p:Halyna]] en [[p:Rasha]] waren er. Volgende keer ook [[p:Shirin]] uitnodigen.
=====
Zorgverzekering geregeld voor [[p:Filmon Habtom Tesfamariam]]: {{o:Zilveren Kruis}}, collectief gemeente, polisnr [[z:ZK 0839 2274 61]], ingangsdatum [[d:01-07-2024]]. Premie wordt ingehouden op uitkering.
=====
ff snel: mw [[p:rasul]] wil GEEN mannelijke tolk. noteren in dossier pls
=====
Mevr. [[p:Alemu]] (Ethiopië, [[p:Tigist]]) heeft een nieuwe pas gekregen, documentnr [[z:W3KR80D17]] is dus vervallen. Nieuwe pas: [[z:X9TQ27LM4]], geldig tot [[d:11-03-2031]]. Kopie in dossier.
=====
Telefoonnotitie [[d:vr 6-12]] 16:40 – beller: [[p:Marjolein Prins]] ({{o:COA}}) – over: koppeling nieuwe statushouder, mw [[p:Nyaluak Gatluak Riek]] (Zuid-Soedan), [[d:01-01-1998]], met baby [[p:Nyakim]] ([[d:17-10-2024]]). Woning per januari in {{w:Laak}}. Terugbellen op 088 - 715 71 31? Nee, dat is het algemene nummer; direct: [[t:06 52 93 41 07]].
=====
>> [[p:Floor]]: Is de huurtoeslag voor [[p:Alhasan]] al aangevraagd?
>> [[p:Anouk]]: Ja, op [[d:3 mei]], met DigiD van [[p:Mohamad]]. Hij heeft zelf de sms-code. Aanvraagnummer Toeslagen [[z:TSL-24-88341907]].
=====
Geboortedatum controleren bij [[p:Ahmadzai]]: tazkira (Afghaanse ID, nr [[z:1399-0102-34567]]) geeft jaar 1360 (zonnekalender) = 1981. In BRP staat [[d:01-01-1981]]. Vrouw [[p:Zarghuna]]: BRP [[d:01-01-1986]].
=====
Hé [[p:Tamara]], wil je voor [[p:Fadumo]] een afspraak maken bij {{o:Schuldhulpverlening}}? Haar BSN is [[b:785279799]]. Ze heeft al het {{o:CAK}}-dossier meegenomen (kenmerk [[z:CAK-BR-4417092]]). Thanks! [[p:Hassan]]
=====
NB: [[p:Hassan Nur]] is GEEN cliënt maar onze {{r:sleutelpersoon}}! Hij staat per ongeluk als cliënt in het systeem.
=====
Zoon [[p:Mustafa Hussein]], geb. [[d:23-3-2012]], leerlingnummer {{o:De Vliegeraar}} [[z:LLN-88420]], heeft [[d:vrijdag 13 december]] een ouder-kindgesprek. Vader kan niet (werk), moeder wil graag dat de taalmaatje meekomt: [[p:Maarten Baas]].
=====
[[p:Kibrom Tesfay Gebru]] (zo in BRP) – hij noemt zichzelf [[p:Kibrom Tesfay]], zijn vader heet [[p:Tesfay Gebru Weldu]] en woont in Asmara. Vader bereikbaar via neef in Nederland ([[p:Samuel]], [[t:06 48 03 16 29]]).
=====
Brief naar {{o:DUO}}: verzoek verlenging inburgeringstermijn voor mw [[p:F. Sadat]] ([[b:401 522 313]]), reden: mantelzorg voor zieke schoonmoeder, zwangerschap (uitgerekende datum [[d:28 maart 2025]]). Bijlage: verklaring verloskundige [[p:Dieuwke Schaap]].
=====
To: [[p:Rahel]]
Hi, is it possible to move the appointment with Mr [[p:Al-Qadhi]] from Tuesday to Thursday [[d:14/11]]? The interpreter (Arabic, [[p:Samir Khoury]], ID [[z:22190]]) is only available then. Thanks, [[p:Özlem]]
=====
Bericht aan ouders (meertalig, groepsapp klas 5b, {{o:De Vliegeraar}}):
NL: Vrijdag is er geen school (studiedag).
EN: No school on Friday (teacher training day).
AR: لا توجد مدرسة يوم الجمعة
UA: У п'ятницю школи немає.
=====
Vandaag [[p:Halyna]] ([[p:Галина]]) naar de {{r:geriater}} van het {{o:Haga}} gebracht. Diagnose Alzheimer, beginstadium. [[p:Oksana]] huilde. Zij vraagt of haar moeder in Nederland kan blijven als de tijdelijke bescherming stopt (nu tot [[d:4 maart 2026]]).
=====
[[p:K. Kamińska]] bevallen van zoon [[p:Jakub]] op [[d:9 februari]] in het {{o:HMC Bronovo}}. Geen verzekering → {{o:CAK}} regeling onverzekerden, ziekenhuis heeft aanvraag gedaan onder nr [[z:CAK-OV-25-00471]]. Moeder en kind gaan naar vriendin [[p:Magda]] ([[p:Magdalena Nowicka]]), [[a:Beeklaan 311]].
=====
dhr [[p:abdi]] (zoon van mw [[p:hirsi]]) belde namens zijn moeder, hij is 19 en woont in Rotterdam. Mw heeft toestemming gegeven dat hij info krijgt. Nummer [[p:Abdi]]: [[t:0684029113]].
=====
Notitie: [[p:Gul Ahmad]] heeft een verkeersboete van 390 euro (rijden zonder rijbewijs; zijn Afghaans rijbewijs is niet geldig). CJIB-kenmerk [[z:4029 1187 3362 0948]]. Hij begreep niet dat dit niet mocht. Betalingsregeling in 6 termijnen aangevraagd.
=====
Welkomstgesprek [[d:7 januari 2025]] – mw [[p:Nyaluak]] en baby in woning [[a:Goudenregenstraat 12 II]], [[pc:2565 EW]]. Mw spreekt Nuer en wat Arabisch, geen Engels. Tolk Nuer niet beschikbaar bij {{o:Tolkcontract}}! Via {{o:VWN}} vrijwilliger [[p:James Both Deng]] ([[t:06 31 77 04 58]]).
=====
@[[p:Jasper]] het IBAN van dhr. [[p:Petkov]] dat je doorgaf klopt niet, er mist een cijfer: [[i:NL61INGB239575866]]. Hij heeft toch geen NL-rekening meer? Gr [[p:Ilona]]
=====
Afspraak verplaatst: [[p:Rasha]] en [[p:Mohamad]] komen niet dinsdag maar [[d:woensdag 12 maart]] om 14:00 naar {{o:Werk en Inkomen}} (balie 7, [[a:Leyweg 1]]). 
=====
Vanaf nu staat in ons systeem bij alle nieuwe cliënten van {{o:COA}}: V-nummer + BSN + voorkeurstaal + wel/geen tolk. Zo hoeven we niet steeds te zoeken. Werkafspraak team {{w:Laak}}, ingaand volgende week. — [[p:Niels Prins]], functioneel beheer
=====
klant [[p:Mohamed Adam Ishaq]] (niet [[p:Mohammed Osman Adam]]!) – adres [[a:Dr. Lelykade 64-3]], [[pc:2583 CM]], {{w:Scheveningen}}, werkt in de visserij bij {{o:Visserijbedrijf Zwart}}. BSN [[b:139675528]]. Vraag: hulp bij aangifte inkomstenbelasting.
""")
# ---------------------------------------------------------------------------
# 12. More partners: school, GP, housing, mosque, employers, chat threads
# ---------------------------------------------------------------------------
add(r"""
WhatsApp-groep "Welkom Zonnebloemstraat" (buren + wijkteam)
[[p:Ria Bakker]]: Ik heb nog een wasmachine over, werkt prima. Voor de nieuwe buren op 119?
[[p:Hamza]] (wijkteam): Wat lief [[p:Ria]]! Ik vraag het aan ze. Mag ik je nummer aan [[p:Ali]] geven?
[[p:Ria Bakker]]: Ja hoor. [[t:06 24 19 88 51]]
[[p:Joop]]: Ik kan hem wel brengen met mijn busje, zaterdag?
[[p:Hamza]] (wijkteam): Top 🙏 ik laat het weten.
=====
Bericht moskee {{o:Stichting Al-Nour}} ({{w:Laak}}): wij hebben 3 vrijwilligers die Arabisch en Koerdisch spreken en willen helpen met het invullen van formulieren voor nieuwkomers. Contactpersoon [[p:Abu Omar]] ([[p:Omar Barzani]]), [[t:06 11 58 20 73]]. Elke zaterdag na het middaggebed.
=====
Verslag overleg school {{o:Basisschool De Regenboog}}, [[d:woensdag 16 oktober]]:
Leerling [[p:Lana Alhasan]] (groep 5) praat weinig in de klas, tekent veel huizen met vlammen. {{r:IB'er}} [[p:Mieke van der Veld]] wil haar aanmelden bij {{o:Centrum '45}} jeugd of bij het {{o:CJG}}. Ouders zijn akkoord, moeder vroeg: "Is she crazy?" Uitgelegd dat dit heel normaal is na oorlog. [[p:Lana]]'s {{r:juf}} is [[p:Naima Tahar]]; zij spreekt Marokkaans-Arabisch en heeft goed contact met moeder.
=====
Hallo wijkteam, ik ben [[p:Jeroen Prins]], eigenaar van {{o:Prins Schoonmaak}}. We hebben goede ervaringen met Eritrese medewerkers. Ik zoek 2 mensen voor 25 uur, avonduren, kantoren in {{w:Beatrixkwartier}}. Geen Nederlands nodig, wel Engels of Tigrinya (mijn voorman [[p:Yemane]] spreekt Tigrinya). Mail: [[e:jeroen@prinsschoonmaak.nl]]
=====
Aan [[p:Jeroen Prins]]: dank u! Twee kandidaten: [[p:K.T. Gebru]] en [[p:S. Mebrahtu]]. Zij mogen werken (status) en volgen inburgering in de ochtend. Zullen we een kennismaking plannen op [[d:maandag 18 november]] 16.00 uur bij u op kantoor, [[a:Saturnusstraat 14-D]]? Groet [[p:Yasmina El Ouali]], {{r:jobcoach}} {{o:Werk en Inkomen}}
=====
Spoed – [[p:Zarghuna]] (echtgenote [[p:Ahmadzai]]) in het ziekenhuis opgenomen ({{o:HMC Westeinde}}), bevalling 34 weken. Kinderen thuis met vader. [[p:Naveed]] belde ons, hij klonk paniekerig. [[p:Meryem]] gaat erheen. Noodopvang kinderen via {{o:CJG}}? Overleg met [[p:Dewi]].
=====
Nieuwe buurvrouw van mw [[p:Woldemichael]] klaagt over "lawaai en kookluchtjes". Bemiddeling aangeboden via {{o:Buurtbemiddeling Den Haag}}. Klaagster: mw [[p:C. de Winter]], [[a:Apeldoornselaan 170]]. Beide partijen akkoord met gesprek.
=====
Let op: de brief van de {{o:Belastingdienst}} aan [[p:Hanna Tkachenko]] staat op naam van "[[p:Hanna Tkatchenko]]" (met tch, Duitse transliteratie uit haar oude paspoort). BSN klopt wel: [[b:172372318]]. Toeslagen aanpassen.
=====
Vanuit {{o:Huisartsenpraktijk Transvaal}}, {{r:POH-GGZ}} [[p:Tim Groen]]:
"Wij hebben dhr. [[p:Kılıç]] gezien. Hij voldoet aan de criteria voor een PTSS. Verwijzing naar {{o:Parnassia}} (Sinai Centrum / {{o:Centrum '45}}) gedaan. Wachttijd ca. 5 maanden. Graag in de tussentijd praktische steun vanuit jullie."
=====
Gemeentelijke brief "Uw woning" – overgetypt voor [[p:Abdulrahman]]:
"Beste heer [[p:Al Qadhi]], wij bieden u de woning aan op het adres [[a:Beeklaan 214]], [[pc:2562 AK]] Den Haag, 4 kamers, huur € 812,40. Reageer vóór [[d:20 december 2024]]."
Hij accepteert!! Nu passend voor gezin van 6.
=====
Thread Teams-chat SWT {{w:Escamp}}:
[[p:Lotte Brouwer]] 10:02 – weet iemand een Tigrinya-sprekende vrijwilliger voor mw [[p:W.]]?
[[p:Hamza El Amrani]] 10:05 – [[p:Dawit]] van VWN, 06 staat in het dossier
[[p:Lotte Brouwer]] 10:06 – die is op vakantie in Ethiopië tot [[d:2 februari]]
[[p:Tamara Hoek]] 10:11 – [[p:Selam]] van de kerk? [[t:06 29 84 55 10]]
[[p:Lotte Brouwer]] 10:12 – 🙏
=====
Meldingsformulier zorgen (intern)
Betreft: kind [[p:Abdikarim Mohamud Yusuf]], 9 jaar
Gemeld door: {{r:leerkracht}} groep 6, {{o:Al Ikhlaas}} basisschool
Inhoud: komt zonder ontbijt, draagt in november nog zomerkleding, is vaak alleen thuis na school (moeder werkt tot 18.00)
Eerdere meldingen: geen
Ouder: mw [[p:F. Ahmed Jama]], [[t:06 36 20 71 84]]
Afhandeling: gesprek met moeder [[d:28-11]], {{o:Stichting Leergeld}} voor winterjas
=====
[[d:Zo 2 feb]] 21:14 [[p:Rasha Alhamwi]]: السلام عليكم [[p:Floor]], sorry late. Tomorrow I cannot come, [[p:Lana]] has fever. ان شاء الله next week. Shukran habibti ❤️
=====
Rapport {{o:Fairwork}} (samenvatting, met toestemming gedeeld):
Cliënt [[p:Constantin Rusu]] (geb. [[d:24.06.1990]], CNP [[z:1900624400127]]) is via {{o:Flexpower BV}} 11 weken te werk gesteld in {{w:Naaldwijk}}. Uitbetaald € 1.860, verschuldigd volgens CAO € 4.970. Huisvesting in een woning aan de [[a:Delftweg 96]] in Rijswijk met 14 mannen. Aangifte bij de {{o:Arbeidsinspectie}} gedaan, ref. [[z:NLA-2024-30198]].
=====
Sinterklaas in het wijkcentrum: 40 kinderen van nieuwkomersgezinnen geweest. Veel ouders wisten niet wat Sinterklaas was 😄 Volgend jaar een korte uitleg in het Arabisch, Tigrinya en Oekraïens vooraf. Dank aan de vrijwilligers van {{o:Vóór Welzijn}}, vooral [[p:Truus]] en [[p:Ahmed]] (de Sint 😉).
=====
Voor de pilot-workshop "nieuwkomers en schulden": de drie meest voorkomende schulden bij statushouders in ons team zijn (1) zorgpremie in de eerste maanden, (2) terugvordering toeslagen na inkomen uit werk, (3) boetes van het openbaar vervoer. Gemiddeld bedrag bij aanmelding: € 2.300. Bij EU-arbeidsmigranten: vooral huur- en loonconflicten met uitzendbureaus.
=====
Kort: dhr. [[p:Noori]] heeft status gekregen!! ([[d:12 juni]]). Gekoppeld aan gemeente Den Haag. Hij belde huilend van blijdschap. Taalmaatje [[p:Hans]] blijft.
=====
Hoi, ik ben [[p:Mustafa]] van 12. Mijn vader vraagt of u kan bellen met de mevrouw van de woning, de verwarming doet het niet al 5 dagen en mijn zusje [[p:Fatima]] is ziek. Ons huis is [[a:Zonnebloemstraat 119]]. Mijn vader zijn nummer is [[t:06 44 01 93 28]]. Dank u.
=====
Terugbelverzoek: [[p:Galyna Shevchuk]]? — zo stond het op het briefje van de receptie, bedoeld is [[p:Halyna Shevchuk]] (Oekraïens H = Russisch G). Ze belde over haar medicijnen.
=====
Inschrijving BRP voor [[p:Nyakim Gatluak]] (baby) geweigerd: geboorteakte ontbreekt, baby is in Nederland geboren ({{o:Haga Ziekenhuis}}) maar aangifte geboorte niet gedaan binnen 3 dagen. Nu alsnog aangifte bij Burgerzaken met moeder [[p:Nyaluak Gatluak Riek]] en tolk. Afspraak [[d:vrijdag 17 januari]] 11.20 uur, afspraaknr. [[z:BZ-250117-0442]].
""")
# ---------------------------------------------------------------------------
# 13. Extra: scripts and spellings, typos in numbers, odd formats
# ---------------------------------------------------------------------------
add(r"""
Aanmeldformulier {{o:Voedselbank}} (ingevuld door wijkteam)
Aanvrager: [[p:Sahra Abdullahi Hirsi]]
Adres: [[a:Veenkade 12-C]]  [[pc:2513EG]]
BSN: [[b:31245678]] (8 cijfers, navragen! cliënt las het van een oude brief)
Gezinsgrootte: 2 (moeder + zoon [[p:Abdirizak]], [[d:14-7-2014]])
Inkomen: bijstand € 1.350, huur € 640, zorgpremie via gemeente
Verwijzer: [[p:T. Hoek]], SWT
=====
Correctie BSN mw [[p:Hirsi]]: het juiste nummer is [[b:696.435.883]] (staat ook in het intakeverslag). [[p:Tamara]]
=====
[[p:Abu Yousef]] — zo noemen ze [[p:Mohamad]] in de wijk (vader van [[p:Yousef]]) — heeft de buurman geholpen met verhuizen. Leuk om te horen. Zijn vrouw heet op Facebook "[[p:Umm Omar]]". Niet verwarren met een andere cliënt!
=====
Van: [[e:olena.kovalchuk87@ukr.net]]
Subject: Re: job

Dear [[p:Ruben]],
I got the contract from {{o:HMC}}!! I start on [[d:2nd of December]]. Now I need a bank account, because I still use my Ukrainian card from PrivatBank ([[i:UA783052995260181590830166131]]). Can you help me with the {{o:ABN AMRO}} appointment? My new address is [[a:Stuwstraat 19 B]], [[pc:2516 TB]].
Thank you so much, [[p:Olena]]
=====
Telefoonnotitie: [[p:Piotr Zielinski]] (zonder accent, zo in RNI; eigenlijk [[p:Zieliński]]) is terug naar Polen, Gdańsk. Hij vraagt zijn laatste loon over te maken naar zijn Poolse rekening [[i:PL06163986698128546615203010]]. Doorgegeven aan {{o:Otto Workforce}}, payroll, [[p:Agnieszka Wróbel]] ([[e:a.wrobel@otto-workforce.nl]]).
=====
notitie [[d:3-3-'25]]: [[p:zarghuna]] met baby [[p:Marwa]] thuis uit het ziekenhuis. Kraamzorg via {{o:Kraamzorg Den Haag}}, maar kraamverzorgster spreekt geen Dari. Tolk voor de eerste dag (tel.) ingezet: [[p:Mariam Noori]] ([[z:19045]]). Vader [[p:Gul Ahmad]] blij maar uitgeput.
=====
[[p:Ahmad Shah Noori]] ([[p:احمد شاه نوری]]) – na statusverlening gekoppeld aan Den Haag, woont tijdelijk in de Tussenvoorziening aan de [[a:Mgr. Nolenslaan 10]]. V-nr [[z:2802447106]]. Wil zijn vrouw [[p:Shabnam]] en dochtertje [[p:Sadaf]] (in Mashhad, Iran) laten nareizen. Adres daar: [[a:Kuche-ye Golha 7]], Mashhad. Tel. vrouw: [[t:+98 915 320 4471]].
=====
Hoi [[p:Hamza]], de {{r:woonconsulent}} van {{o:Haag Wonen}} ([[p:Sanne de Koning]], [[t:06-13579 246]]) vraagt of fam. [[p:Hussein]] de huurovereenkomst al getekend heeft. Contractnr. [[z:HW-0119-2024-6673]]. Ik zei dat het op vrijdag jl. ([[d:29/11]]) was. Klopt dat?
=====
Intake {{o:Werk en Inkomen}} (vervolg) – [[p:Nyaluak Gatluak Riek]]
IBAN (nieuw geopend bij {{o:ING}}): [[i:NL62INGB4228286328]]
Postadres: [[a:Goudenregenstraat 12 II]]
Kinderopvang: nog niet, baby te jong
Afspraak vervolg: [[d:4/2]] 10.30 u.
=====
Beste mevrouw [[p:Groen]],
Namens [[p:Zainab Al-Saadi]] (geb. [[d:1-1-1985]]) vraag ik of de uitslag van de maagonderzoek al bekend is. Zij heeft mij gemachtigd (bijgevoegd). U kunt mij bereiken op [[t:+31 (0)6 4108 2293]].
Met vriendelijke groet, [[p:Hamza El Amrani]], {{r:maatschappelijk werker}} SWT {{w:Bouwlust}}
=====
Lijst EU-arbeidsmigranten [[a:Rijswijkseweg 221-2]] (huisbezoek {{o:Fairwork}} + SWT, [[d:23 jan.]])
- [[p:Grzegorz Wójcik]] – pols gebroken, ziektegeld
- [[p:Tomasz Lis]] – werkt, geen vragen
- [[p:Marcin Kowal]] – wil Nederlandse les, verwezen naar {{o:Taalhuis}}
- [[p:Rafał]] (achternaam niet gegeven) – weigerde gesprek
=====
Bericht van {{o:IND}} via Mijn IND, overgetypt: "Wij hebben uw aanvraag ontvangen. Zaaknummer: [[z:7209-48-1133]]. Wij beslissen binnen 90 dagen." Aanvrager: [[p:Al-Qadhi, A.]] Datum ontvangst: [[d:30 september 2024]].
=====
dhr [[p:kilic]] heeft zijn Turkse rekening opgezegd, gebruikt nu alleen {{o:bunq}}: [[i:NL32BUNQ9122418421]]. Dochter [[p:Elif]] regelt het. Hij is ook verhuisd binnen dezelfde flat: van [[a:Rijswijkseweg 404 A]] naar [[a:Rijswijkseweg 404 C]].
=====
Note from employer {{o:Van der Wal Greenhouses}} (WhatsApp, [[p:Karin]]): "[[p:Ionut]] did not show up for 3 days, phone off. Is everything ok? Last known address [[a:Loosduinsekade 118-A]]." → [[p:Jasper]] gaat langs. Bleek in het {{o:Haga Ziekenhuis}} (blindedarm).
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
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h138-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout138.jsonl")
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
