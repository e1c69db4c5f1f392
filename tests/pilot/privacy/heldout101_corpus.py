#!/usr/bin/env python3
"""Held-out corpus 101: correspondence between organisations about shared clients
(referral letters / verwijsbrieven from GP practices, housing corporations, debt
counselling, youth care and police to the wijkteam, replies, forwarded e-mail
threads with quoted messages and signatures, formal letters with address blocks
and reference lines, attachments listed by file name).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout101.jsonl next to itself.
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

# Deliberately mistyped numbers (realistic typos, still personal data).
BAD_OK = {"31245678", "NL91ABNA041716430", "2381.44.1O9", "NL44 RABO 0123 4567 8"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Referral letters from GP practices (verwijsbrieven) to the wijkteam
# ---------------------------------------------------------------------------
add(r"""
{{o:Huisartsenpraktijk Hoefkade}}
[[a:Hoefkade 612]]
[[pc:2526 BX]] Den Haag
Tel. [[t:070 388 12 40]]

Aan: {{o:Sociaal Wijkzorgteam Schilderswijk}}
t.a.v. de {{r:casusregisseur}}

Den Haag, [[d:14 maart 2024]]

Betreft: verwijzing mevrouw [[p:F. Ouahabi]], geb. [[d:03-11-1968]]
BSN: [[b:738570837]]
Adres: [[a:Parallelweg 88-C]], [[pc:2525 ND]] Den Haag

Geachte collega,

Hierbij verwijs ik bovengenoemde patiënte naar uw team. Mevrouw is bekend met diabetes mellitus type 2 en een depressieve stoornis. Sinds het overlijden van haar echtgenoot (2022) lukt het haar niet meer om de administratie bij te houden; er liggen ongeopende brieven en zij vertelt over een aanmaning van de energieleverancier. Zij heeft toestemming gegeven voor deze verwijzing.

Vraagstelling: ondersteuning bij financiën en dagstructuur, eventueel aanmelding {{o:Schuldhulpverlening Den Haag}}.

Met collegiale groet,

[[p:R.J. Kortenhorst]], {{r:huisarts}}
=====
Van: [[p:Sanne Hoek]] <[[e:s.hoek@gezondheidscentrumlaak.nl]]>
Verzonden: dinsdag [[d:9 april 2024]] 11:02
Aan: [[e:swt.laak@denhaag.nl]]
Onderwerp: Aanmelding dhr. [[p:Karijopawiro]]

Goedemiddag,

Namens dokter [[p:Van Leeuwen]] meld ik dhr. [[p:Sarwono Karijopawiro]] ([[d:17-06-1951]]) bij jullie aan. Meneer woont alleen op de [[a:Vlierboomstraat 311]], verwaarloost zichzelf en heeft zijn insuline de afgelopen maand onregelmatig gebruikt. Zoon [[p:Rudi]] woont in Zoetermeer en is bereikbaar op [[t:06-41 20 77 83]].

Meneer weet van deze aanmelding en vindt het goed als iemand langskomt, liefst 's ochtends.

Hartelijke groet,
[[p:Sanne Hoek]]
{{r:Praktijkondersteuner ouderenzorg}}
{{o:Gezondheidscentrum Laak}}
Direct: [[t:070 - 399 51 27]] (ma, di, do)
=====
Verwijsbrief

Van: {{o:Huisartsenpraktijk Regentessekwartier}}, dr. [[p:M.A. Vogel]]
Naar: {{o:SWT Segbroek}}
Datum: [[d:02-05-2024]]

Patiënt: [[p:Jamal Aarab]]
Geboortedatum: [[d:21-08-1997]]
BSN: [[b:247357145]]
Adres: [[a:Weimarstraat 140A]], [[pc:2562 HG]]
Tel.: [[t:06 28 93 41 05]]

Reden van verwijzing: jongeman met psychotische episode in voorgeschiedenis (opname {{o:Parnassia}} 2021), sinds een half jaar zonder behandeling. Woont bij moeder. Moeder belt ons regelmatig ongerust. Patiënt weigert verwijzing naar {{o:GGZ}}, maar staat open voor hulp bij werk en een eigen woning.

Graag contact met moeder, mw. [[p:Z. Aarab-Tahiri]], [[t:06-19 84 33 20]].

Bijlagen: medicatieoverzicht_[[p:Aarab]]_[[d:020524]].pdf
=====
Beste wijkteam,

Via Zorgmail het volgende. Patiënte mevr. [[p:Dąbrowska]] ([[p:Katarzyna]]), geb. [[d:12-01-1986]], is gisteren op het spreekuur geweest met blauwe plekken op de armen. Zij zegt dat ze gevallen is. Ik vertrouw het niet helemaal; haar partner wachtte in de auto. Ik heb de meldcode doorlopen en overleg gehad met {{o:Veilig Thuis Haaglanden}}; advies was om haar te verwijzen naar jullie voor laagdrempelig contact. Ze spreekt redelijk Nederlands. Telefonisch alleen bereikbaar onder werktijd op [[t:06 37 02 58 16]] (haar werk), níet thuis bellen a.u.b.

mvg
[[p:E. de Vos]], {{r:huisarts}}
{{o:Huisartsenpraktijk Bomenbuurt}}
=====
Aan het Sociaal Wijkzorgteam {{w:Mariahoeve}}
[[a:Hofzichtlaan 120]]
[[pc:2592 AH]] DEN HAAG

Ons kenmerk: [[z:HP-MH/24/0193]]
Datum: [[d:22 januari 2024]]
Betreft: mw. [[p:J.C. Zomer-Brouwer]], [[d:04-04-1939]]

Geachte collega's,

Mevrouw [[p:Zomer]] (84) woont zelfstandig aan de [[a:Ruychrocklaan 55-1]] en toont een toenemend geheugenverlies (MMSE 21/30 op [[d:15-01-2024]]). Haar dochter, mw. [[p:A. Zomer]], woont in Groningen en kan weinig betekenen. Ik verzoek u om inzet van de {{r:casemanager dementie}} en een beoordeling van de thuissituatie.

Met vriendelijke groet,

drs. [[p:H. Brouwer]]
{{r:huisarts}}
=====
Goeiemorgen [[p:Marloes]],

kort: dhr [[p:sewdien]] (die van de [[a:Dierenselaan 204]]) was vanochtend weer op de HAP geweest ivm alcohol. Kunnen jullie een huisbezoek doen? Hij wil niet naar {{o:Brijder}}. Zijn zus [[p:Sheila]] heeft gebeld, nr [[t:0687711452]].

Gr [[p:Nicole]]
{{r:doktersassistente}} {{o:Praktijk Moerwijk-Zuid}}
=====
Verwijzing sociaal wijkzorgteam — {{o:Huisartsen Oostbroek}}

Patiënt: mw. [[p:Hawa Abdullahi Mohamud]]
Geb.: [[d:1-7-1979]] | BSN [[b:217853754]]
Adres: [[a:Oudemansstraat 44]] | [[pc:2522 SH]] | {{w:Oostbroek}}
Tel.: [[t:06 14 38 90 21]] (via dochter [[p:Ifrah]])

Anamnese: chronische pijnklachten, slaapproblemen, geen werk, 5 kinderen (2-14 jr). Taalbarrière, Somalisch. Vraagt om hulp bij "papieren", o.a. toeslagen en huurverhoging {{o:Haag Wonen}}.
Vraag: integrale intake; tolk gewenst.
Toestemming patiënt: ja, mondeling, [[d:18-03-2024]].

[[p:T. Kuipers]], {{r:huisarts}}
=====
Geachte heer/mevrouw,

Hierbij meld ik u de heer [[p:P. Hristov]], geboren [[d:30 september 1990]], wonend [[a:Hoefbladstraat 9-3]] te Den Haag. Meneer kwam op het spreekuur met een handletsel opgelopen tijdens werk in een distributiecentrum; hij is ontslagen en heeft geen zorgverzekering meer sinds [[d:1 februari]]. Hij slaapt nu bij een neef. Ik vraag u hem te helpen bij het herstellen van inkomen en verzekering; {{o:Barka}} is wellicht ook van betekenis.

Hoogachtend,
[[p:W.F. Groen]], {{r:huisarts}}
=====
Zorgmail bericht – vertrouwelijk
Afzender: dr. [[p:S. Çelik]], {{o:Gezondheidscentrum Transvaal}}
Ontvanger: {{o:SWT Transvaal/Groente- en Fruitmarkt}}

Betreft pt [[p:Arslan]], [[p:Emine]] ([[d:05.12.1958]])

Mevrouw is mantelzorger voor haar man ([[p:Hüseyin]], CVA 2023) en raakt zelf overbelast: hypertensie ontregeld, slecht slapen, huilbuien. Het echtpaar woont op drie hoog aan de [[a:Kempstraat 27-III]] zonder lift. Graag kijken naar respijtzorg en woningaanpassing/verhuizing. Kinderen wonen in Rotterdam.

Bij vragen: [[t:070-380 44 12]] (terugbellijn praktijk, na 13.00 uur).
=====
Hoi wijkteam, mag ik jullie vragen om mee te kijken bij [[p:Ilona Mazur]]? Zwanger (22 wk), geen huisvesting, slaapt op de bank bij een vriendin in {{w:Spoorwijk}}. Ik heb haar jullie nummer gegeven maar weet niet of ze belt. Haar nr: [[t:+48 512 447 903]] (Pools nr). Dank! [[p:Lotte]], {{r:verloskundige}} {{o:Verloskundigenpraktijk Haagse Hout}}
=====
HUISARTSENPRAKTIJK DE VOS & KOK
[[a:Loosduinseweg 720]] - [[pc:2571 AN]] 's-Gravenhage
Tel [[t:070-3650090]] | spoed [[t:070-3650091]]

Den Haag, [[d:28 augustus 2024]]

Uw kenmerk: —
Ons kenmerk: [[z:VB-2024-0871]]
Betreft: aanvraag ondersteuning

Geachte heer [[p:Pattipeilohy]],

Naar aanleiding van ons telefonisch overleg van [[d:26 augustus]] stuur ik u hierbij de gevraagde gegevens van mevrouw [[p:Wattimena]].

Naam: [[p:Maria Wattimena]]
Geboren: [[d:14-02-1947]]
Adres: [[a:Thomsonlaan 18 hs]], [[pc:2565 JN]]
Contactpersoon: [[p:Johan Wattimena]] (zoon), [[t:06 50 18 23 94]]

Mevrouw heeft COPD GOLD III en is sinds de zomer vrijwel aan huis gebonden. Boodschappen en huishouden worden door de buurvrouw gedaan. Wij verzoeken een Wmo-beoordeling (huishoudelijke ondersteuning, scootmobiel) en contact met de {{r:ouderenconsulent}}.

Met vriendelijke groet,
dr. [[p:B. Kok]]

Bijlage(n): 1 – huisartsuitdraai_[[p:wattimena]].pdf (vertrouwelijk)
=====
Betreft: terugkoppeling verwijzing
Aan: dokter [[p:Kuipers]]

Dank voor uw verwijzing. Wij hebben op [[d:27 maart]] een intake gehad met mw. [[p:Abdullahi Mohamud]] en haar dochter. Er is een tolk Somalisch ingezet. Afspraken: aanvraag bijzondere bijstand, uitzoeken toeslagen, aanmelding taalmaatje bij {{o:Stichting MOOI}}. {{r:Casusregisseur}} is [[p:Hamza El Idrissi]].

Groet, [[p:Hamza]]
=====
Van: [[e:praktijk.tjon@zorgmail.nl]]
Aan: wijkteam {{w:Bouwlust/Vrederust}}
Onderwerp: Fw: dhr [[p:Lachman]] - zorgen

Zie onderstaand bericht van onze {{r:POH-GGZ}}. Dhr [[p:Lachman]] heeft ingestemd. Gr, [[p:Tjon-A-Fong]]

-----Oorspronkelijk bericht-----
Van: [[p:Ravi Sital]]
Verzonden: [[d:10-06-2024]] 16:45
Onderwerp: dhr [[p:Lachman]]

[[p:Dinesh]], wil jij dhr [[p:Lachman]] ([[d:19-10-1963]], [[a:Beresteinlaan 392]]) doorsturen naar het SWT? Ernstig somber, schulden, dreigende huisuitzetting. Hij heeft 3 gesprekken gehad bij mij maar dit is meer dan ik kan bieden. Bedankt, [[p:Ravi]]
=====
Geachte collega,

Patiënt dhr. [[p:Chen]] [[p:Wei-Ming]], [[d:08-09-1975]], BSN [[b:163167436]], meldt dat hij al drie maanden geen huur kan betalen omdat het restaurant waar hij werkte failliet is. Hij schaamt zich en wil niet dat zijn familie het weet. Zijn vrouw, mw. [[p:Lin]], is op de hoogte. Verzoek: hulp bij aanvraag uitkering en contact met {{o:Vestia}} over betalingsregeling.

Met vriendelijke groet,
[[p:A. Steen]]
{{r:huisarts}}, {{o:Praktijk Stationsbuurt}}
=====
Urgent – verzoek om outreachend contact

Cliënt: [[p:Dawit Ghebremariam]], 34 jr, [[a:Zuidlarenstraat 61]], {{w:Morgenstond}}
Verwijzer: [[p:M. Post]], {{r:huisarts}}
Datum: [[d:vrijdag 6 september]]

Meneer is vanochtend op de praktijk verschenen, verward en ongewassen. Hij zegt dat de buren hem afluisteren. Geen acuut gevaar volgens {{r:crisisdienst}} (gebeld). Wel graag zo snel mogelijk een huisbezoek door {{o:GGD Haaglanden}} Vangnet samen met het SWT. Contact via {{o:Eritrese kerk}}: [[p:Abba Tesfay]].
=====
Dag [[p:Fleur]],

Zoals net telefonisch besproken: de patiënte over wie ik belde is mevrouw [[p:Rahimi]], [[p:Soraya]]. Geboren [[d:11-11-2002]]. Ze woont met haar moeder en twee broers in een portiekflat aan de [[a:Erasmusweg 1044]]. Zij wil graag een opleiding gaan doen maar de familie wil dat ze thuis blijft en trouwt. Ze komt op [[d:dinsdag 17 september]] om 15.00 uur naar de praktijk; zou jij daarbij kunnen zijn? Niet naar huis bellen of schrijven a.u.b.

Vriendelijke groet,
[[p:Nathalie Winter]]
{{r:POH-GGZ}} {{o:Huisartsenpraktijk Escamp}}
[[t:070 - 329 74 60]]
=====
Verwijsbrief {{o:Haga Ziekenhuis}}, afdeling geriatrie – ontslagbericht (kopie aan SWT {{w:Leyenburg}} op verzoek van de patiënt)

Patiënt: [[p:G.H. Schipper]], man, [[d:23-12-1936]]
Opname: [[d:02-10-2024]] t/m [[d:11-10-2024]]
Adres: [[a:Leyweg 908 B]], [[pc:2545 GW]] Den Haag
Patiëntnummer: [[z:6120448]]

Beleid: thuiszorg 2x daags via {{o:Florence}}; graag beoordeling door SWT i.v.m. eenzaamheid, ondervoeding en onveilige woonsituatie (losse kleden, trap). Mantelzorger: buurman dhr. [[p:Koning]], [[t:06-24 68 10 73]].

dr. [[p:L. Haan]], {{r:klinisch geriater}}
=====
Hallo,
Graag aanmelding voor: [[p:Asruf]], [[p:Nirmala]] [[d:12-7-'55]]
Probleem: eenzaam, rouw, net verhuisd naar {{w:Wateringse Veld}}.
Patiënt is akkoord.
dr. [[p:Biharie]]
=====
Geachte leden van het wijkzorgteam,

Bij dezen informeer ik u dat ik mijn verwijzing van vorige maand betreffende dhr. [[p:Ahmadzai]] wil intrekken. Hij is inmiddels verhuisd naar Utrecht en staat daar ingeschreven bij een andere huisarts. Het nieuwe adres is mij niet bekend.

Met vriendelijke groet,
namens dr. [[p:Y. Benali]],
[[p:Ilse Timmermans]], {{r:assistente}}
=====
{{o:Huisartsenpraktijk Duinoord}} – Zorgmail
Aan: [[e:intake@swtsegbroek.nl]]
Datum: [[d:zo 3-11-24]]

Betreft: dhr. [[p:M.R. de Jong]] ([[d:14-8-1962]])
Hoi, dhr. [[p:De Jong]] heeft vorige week zijn baan verloren en zijn vrouw is vertrokken. Hij woont nu alleen met 2 tieners ([[p:Luuk]] 14, [[p:Fenna]] 16). Hij vraagt zelf om een "coach". Kunnen jullie contact met hem opnemen? [[t:06-45612398]]. Liefst na 17 uur.
[[p:Eva Molenaar]], {{r:huisarts}}
""")
# ---------------------------------------------------------------------------
# 2. Housing corporations (signals, huurachterstand, overlast) and replies
# ---------------------------------------------------------------------------
add(r"""
{{o:Staedion}}
Postbus 16100
[[pc:2500 BC]] Den Haag

Sociaal Wijkzorgteam {{w:Laak}}
t.a.v. mevrouw [[p:M. Verhoeven]]
[[a:Van Zeggelenplein 158]]
[[pc:2532 KA]] Den Haag

Datum: [[d:5 februari 2024]]
Uw kenmerk: [[z:SWT-LK-2023-1187]]
Ons kenmerk: [[z:HA/STA/0044217]]
Behandeld door: [[p:R. Ziani]]
Doorkiesnummer: [[t:088 - 781 44 23]]
Betreft: huurachterstand dhr. en mw. [[p:Benali]], [[a:Lorentzplein 19]]

Geachte mevrouw [[p:Verhoeven]],

In vervolg op ons overleg van [[d:29 januari]] bevestigen wij dat de ontruimingsprocedure voor bovengenoemd adres wordt aangehouden tot [[d:1 april 2024]], op voorwaarde dat de lopende huur vanaf februari tijdig wordt voldaan en er een aanvraag voor schuldhulpverlening is ingediend. De achterstand bedraagt op dit moment € 3.412,87 (vier maanden huur plus incassokosten).

Wij stellen het zeer op prijs dat uw team de begeleiding van het gezin op zich neemt.

Met vriendelijke groet,

[[p:Rachid Ziani]]
{{r:Huurincassomedewerker}}
=====
Onderwerp: Signaal vroegsignalering – [[a:Van der Vennestraat 72]]

Goedemiddag wijkteam {{w:Schilderswijk}},

Vanuit {{o:Haag Wonen}} een signaal over mevrouw [[p:Nadia El Khattabi]] ([[a:Van der Vennestraat 72]], [[pc:2525 CD]]). Twee maanden huurachterstand (€ 1.386,00). Wij hebben twee keer aangebeld en een brief achtergelaten, geen reactie. Buren melden dat er jonge kinderen in huis zijn en dat het rolluik al weken dicht is.

Graag jullie inzet voor een huisbezoek, eventueel samen met mij. Ik ben bereikbaar op [[t:06 42 19 80 57]] of via [[e:j.schouten@haagwonen.nl]].

Met vriendelijke groet,
[[p:Judith Schouten]]
{{r:Wijkconsulent}} {{o:Haag Wonen}} {{w:Centrum/Schilderswijk}}
=====
Hoi [[p:Judith]],

Dank voor je melding. Mevrouw [[p:El Khattabi]] is bij ons bekend; collega [[p:Youssef]] heeft vorig jaar contact met haar gehad. Wij gaan donderdagochtend samen met jou langs, 10.00 uur bij de portiek? Ik stuur een uitnodiging.

Groet,
[[p:Femke Dekker]]
{{r:maatschappelijk werker}} | {{o:SWT Schilderswijk}}
[[t:070 752 60 31]]
=====
Beste collega's van het wijkteam,

Hierbij een melding van ernstige woningvervuiling bij huurder [[p:W. Mulder]] op het adres [[a:Elandstraat 207-II]]. Bij een reparatieverzoek (lekkage) trof onze monteur een woning aan die vol ligt met afval, dozen en etensresten; er is sterke geur en ongedierte. Meneer is volgens de monteur vriendelijk maar "erg in de war".

Wij willen geen juridische stappen zetten voordat er zorg is. Kunnen jullie contact leggen? Het contractnummer bij ons is [[z:0417-22905]].

Vriendelijke groet,
[[p:Ayoub Tahiri]]
{{r:Woonconsultant}} {{o:Vestia}} {{w:Segbroek}}
T [[t:088 - 005 19 63]]
=====
{{o:Arcade}} – Melding overlast
Datum melding: [[d:12-04-2024]]
Melder: buurtbewoner (anoniem)
Adres overlast: [[a:Bankastraat 101 3hg]]
Huurder: [[p:T. Kowalczyk]]

Omschrijving: harde muziek en geschreeuw in de nacht, meerdere personen komen en gaan, mogelijk onderhuur. Melder maakt zich ook zorgen om een kind.

Actie corporatie: brief gestuurd, huisbezoek [[d:18-04]] zonder resultaat.
Verzoek aan SWT/{{o:Politie}}: gezamenlijk optrekken in het {{o:Zorg- en Veiligheidshuis}}.
=====
Geachte heer, mevrouw,

Ik schrijf u als {{r:wijkbeheerder}} van {{o:Woonbron}} over onze huurder mevrouw [[p:G. Francisca]]. Mevrouw heeft aangegeven dat zij haar woning op de [[a:Kraaiennest 34]] wil opzeggen omdat zij "niet meer alleen kan". Zij is 88 en heeft geen familie in Nederland. Zij vroeg mij om hulp en ik heb haar gezegd dat ik contact met u zou opnemen. Graag ontvang ik een reactie.

Met vriendelijke groet,

[[p:Marco Boer]]
{{o:Woonbron}}, vestiging Den Haag
[[t:010 - 890 1100]]
=====
Re: huisbezoek [[p:Mulder]] Elandstraat

Hoi [[p:Ayoub]],

Vandaag geweest met {{r:wijkverpleegkundige}} [[p:Ineke]]. Dhr. [[p:Mulder]] (71) liet ons binnen. Er is inderdaad sprake van ernstige vervuiling en vermoedelijk beginnende dementie. Hij heeft een nicht, [[p:Carla Mulder]], die we met zijn toestemming hebben gebeld. Plan: opruimactie in overleg, {{r:casemanager dementie}} erbij, huisarts ingelicht. Kunnen jullie de lekkage-reparatie nog even uitstellen tot na de opruimactie? Ik houd je op de hoogte.

[[p:Gijs]]
=====
Onderwerp: urgentieaanvraag mw. [[p:Todorova]] – ondersteunende verklaring

Geachte medewerker van de afdeling Urgentie,

Het {{o:Sociaal Wijkzorgteam Spoorwijk}} begeleidt sinds [[d:4 maart 2024]] mevrouw [[p:Yana Todorova]] (geb. [[d:26-05-1991]]) en haar twee kinderen. Het gezin woont in een kamer van 14 m² aan de [[a:Rijswijkseweg 450-C]], gehuurd van een particuliere verhuurder zonder huurcontract. Er is schimmel en de kinderen hebben astmaklachten (zie bijlage verklaring huisarts).

Wij ondersteunen haar aanvraag urgentie met klem.

Met vriendelijke groet,
[[p:Sandra Jansen]]
{{r:Casusregisseur}} {{o:SWT Spoorwijk}}

Bijlagen:
- verklaring_huisarts_[[p:Todorova]].pdf
- fotos_woning_[[d:2024-03-12]].zip
- inkomensgegevens.pdf
=====
Hallo,

Korte vraag vanuit {{o:Staedion}}: is meneer [[p:Kılıç]] van de [[a:Hondiusstraat 41]] bij jullie in beeld? We krijgen steeds klachten van buren over stank uit de woning. Ik mag natuurlijk geen details, maar een ja/nee helpt ons.

Groet,
[[p:Lisa Kok]]
=====
Hoi [[p:Lisa]],

Ik kan helaas zonder toestemming van meneer niet bevestigen of hij bij ons bekend is. Wat ik kan doen: jouw signaal vastleggen en bekijken of wij iets kunnen doen. Wil jij meneer zelf ook laten weten dat hij ons kan bellen op [[t:070 752 47 00]]?

Groet,
[[p:Tim Smit]]
{{o:SWT Segbroek}}
=====
Van: [[p:Hassan Amrani]] ({{o:Haag Wonen}})
Aan: [[p:Kees van den Berg]] ({{o:SWT Moerwijk}})
Cc: [[e:incasso@haagwonen.nl]]
Datum: [[d:17-07-2024]]

[[p:Kees]],

Afgelopen week is er een vonnis gekomen in de zaak tegen [[p:Osman]] ([[a:Zuiderparklaan 88]]). Ontruiming staat gepland op [[d:20 augustus]]. Ik weet dat jullie hard gewerkt hebben met hem, dus ik laat het je tijdig weten. Als er vóór [[d:12 augustus]] een betalingsregeling + aanmelding budgetbeheer ligt, kan ik intern vragen om aanhouding.

[[p:Hassan]]
=====
{{o:HAAG WONEN}} | Klantcontact
Afschrift van telefoonnotitie voor het wijkteam (met toestemming huurder)

Huurder: mw. [[p:Y. Pawiroredjo]]
Adres: [[a:Vaillantlaan 520]]
Klantnummer: [[z:HW-1029384]]
Notitie: mevrouw belt huilend, zoon ([[p:Kenneth]], 19) zou haar bedreigen en geld afpakken. Zij wil niet dat de politie komt. Doorverwezen naar SWT {{w:Transvaal}}, mevrouw geeft toestemming haar nummer door te geven: [[t:06-33 12 58 90]].
=====
Beste [[p:Marco]],

Dank voor uw bericht over mevrouw [[p:Francisca]]. Onze {{r:ouderenconsulent}} [[p:Desiree Martis]] heeft contact met haar gehad. Mevrouw wil eigenlijk niet verhuizen maar is eenzaam. We gaan eerst kijken naar dagbesteding en een maatje. Wilt u de huuropzegging voorlopig niet verwerken?

Met vriendelijke groet,
[[p:Esther Smit]]
{{r:teamleider}} {{o:SWT Escamp-Zuid}}
=====
Onderwerp: Automatisch antwoord: signaal huurachterstand

Ik ben afwezig t/m [[d:26 augustus]]. Voor dringende zaken over huurachterstanden kunt u contact opnemen met het team Incasso via [[t:088 781 10 00]] of [[e:incasso@staedion.nl]].
=====
Geachte mevrouw [[p:Kanhai]],

Wij ontvingen uw verzoek om een andere woning vanwege medische redenen. Voor een medische urgentie moet u een aanvraag doen bij de gemeente. Het sociaal wijkzorgteam kan u daarbij helpen. U kunt hen bereiken via het {{o:Servicepunt XL}} {{w:Leyenburg}}.

Met vriendelijke groet,
{{o:Vestia}} Klantenservice
=====
Overleg woonoverlast {{w:Duindorp}} – actielijst
| Adres | Huurder | Signaal | Actie | Wie |
| [[a:Tesselsestraat 112]] | [[p:J. Visser]] | vervuiling, katten | huisbezoek | SWT ([[p:Roel]]) |
| [[a:Westduinweg 260]] | fam. [[p:Hristova]] | geluidsoverlast | bemiddeling | {{o:Buurtbemiddeling}} |
| [[a:Pluvierstraat 9]] | dhr. [[p:Bouchtaoui]] | huurachterstand | doorverwijzen SHV | corporatie |
| Dorpsstraat | – | hangjongeren | wijkagent | {{o:Politie}} |
Volgende overleg: [[d:dinsdag 8 oktober]], 13.30 uur, Wijkcentrum Duindorp, kamer 2.04.
=====
Hi [[p:Roel]], even ter info: het adres van fam. [[p:Hristova]] is verkeerd in de lijst, moet zijn [[a:Westduinweg 206]]. Gr. [[p:Lisa]]
""")
# ---------------------------------------------------------------------------
# 3. Debt counselling, bewindvoering, income (letters, mails, forms)
# ---------------------------------------------------------------------------
add(r"""
{{o:Schuldhulpverlening Den Haag}}
Afdeling Intake

Aan: {{o:SWT Moerwijk}}, t.a.v. [[p:K. van den Berg]]
Datum: [[d:11 juni 2024]]
Ons kenmerk: [[z:SHV-2024-018832]]
Uw kenmerk: [[z:SWT-MW-0457]]
Betreft: aanmelding dhr. [[p:A. Osman]]

Geachte heer [[p:Van den Berg]],

Wij hebben de aanmelding van uw cliënt ontvangen. Om de intake te kunnen plannen ontvangen wij graag nog:
1. kopie geldig identiteitsbewijs;
2. bankafschriften van de afgelopen drie maanden van rekening [[i:NL50RABO0747594257]];
3. overzicht van alle schuldeisers (het aangeleverde overzicht mist de vordering van {{o:CJIB}}, kenmerk [[z:1829 4471 9023 0016]]);
4. ondertekende toestemmingsverklaring.

Wij verzoeken u deze stukken uiterlijk [[d:25 juni 2024]] aan te leveren via het beveiligde portaal.

Met vriendelijke groet,
mr. [[p:D. Sabbagh]]
{{r:Schuldhulpconsulent}}
=====
Van: [[e:b.wongsodikromo@hkb.nl]]
Aan: [[e:f.dekker@swtschilderswijk.nl]]
Onderwerp: RE: mw. [[p:El Khattabi]] – budgetbeheer

Hoi [[p:Femke]],

Het budgetbeheer voor mw. [[p:El Khattabi]] is per [[d:1 november]] gestart. Haar inkomen (bijstand + kindgebonden budget) komt binnen op de beheerrekening [[i:NL91ABNA0417164300]]; leefgeld wordt wekelijks op woensdag overgemaakt naar haar eigen rekening [[i:NL22 ABNA 2227 6702 51]]. Vaste lasten (huur {{o:Haag Wonen}}, zorgverzekering, energie) betalen wij vanaf nu rechtstreeks.

Let op: ze heeft nog een lening lopen bij een familielid, die staat niet in het overzicht.

Groet,
[[p:Bianca Wongsodikromo]]
{{r:Budgetbeheerder}}, {{o:Haagse Kredietbank}}
[[t:070 - 353 70 12]]

> Op [[d:24 okt. 2024]] om 14:12 schreef [[p:Femke Dekker]]:
> Hoi [[p:Bianca]], is er al zicht op de startdatum van het budgetbeheer van mw. [[p:El Khattabi]]? Groet [[p:Femke]]
=====
{{o:Bewindvoering Haaglanden B.V.}}
[[a:Laan van Nieuw Oost-Indië 133]]
[[pc:2593 BM]] Den Haag

Aan het Sociaal Wijkzorgteam {{w:Bezuidenhout}}

Betreft: beschermingsbewind dhr. [[p:Roberto Godett]]
Dossiernummer: [[z:BH-40218]]
Datum: [[d:3 september 2024]]

Geachte heer/mevrouw,

Bij beschikking van de kantonrechter van [[d:20 augustus 2024]] is ondergetekende benoemd tot beschermingsbewindvoerder van dhr. [[p:R.E. Godett]], geboren [[d:11-03-1970]], wonende [[a:Schenkkade 203]] te Den Haag.

Wij verzoeken u correspondentie over financiële zaken voortaan aan ons te richten. Voor dagelijkse begeleiding blijft uw team het eerste aanspreekpunt.

Met vriendelijke groet,
[[p:W. Hoek]]
{{r:bewindvoerder}}
[[t:070-2042288]] | [[e:w.hoek@bewindhaaglanden.nl]]
=====
Hoi [[p:Priscilla]],

Zou jij voor dhr [[p:Darwish]] de aanvraag voor de {{o:Haagse Ooievaarspas}} willen doen? Zijn BSN is [[b:304920629]], rekeningnummer [[i:NL76ASNB2005024326]]. Hij heeft een uitkering van de gemeente dus moet makkelijk gaan.

Dank! [[p:Fadi]]
=====
Intakeformulier Geldloket – ingevuld door {{r:budgetcoach}} ({{o:Stichting MOOI}})
Naam cliënt: [[p:Agnieszka Wójcik]]
Adres: [[a:Pretoriusstraat 14-boven]], [[pc:2572 SZ]]
Tel: [[t:0617892244]]
BSN: [[b:726597272]]
Bank: [[i:NL07BUNQ4343283288]]
Inkomen: loon (uitzendbureau) ca. € 1.650 netto, wisselend
Schulden: zorgverzekeraar (€ 890), {{o:Belastingdienst/Toeslagen}} (terugvordering € 2.311), telefoonabonnement (€ 412)
Gezin: 1 kind ([[p:Zofia]], 6)
Vervolg: aanmelding SHV, verwijzing naar SWT {{w:Transvaal}} voor begeleiding
=====
Onderwerp: Fwd: beslag op loon

Ter info voor het dossier. Gr [[p:Kees]]

---------- Forwarded message ---------
Van: Gerechtsdeurwaarderskantoor Van der Meer <[[e:info@gdw-vandermeer.nl]]>
Date: wo [[d:10 jul. 2024]] om 09:31
Subject: Uw kenmerk [[z:SWT-MW-0457]] / ons dossier [[z:D2403817]]

Geachte heer [[p:Van den Berg]],

Naar aanleiding van uw verzoek delen wij mee dat het loonbeslag ten laste van dhr. [[p:A. Osman]] voorlopig wordt gehandhaafd. De beslagvrije voet is vastgesteld op € 1.428,34. Bij toelating tot de schuldhulpverlening zijn wij bereid het beslag op te schorten.

Hoogachtend,
[[p:J. Meijer]]
{{r:kandidaat-gerechtsdeurwaarder}}
=====
Beste collega,

Bijgaand het verzoek tot toelating tot de Wsnp voor mw. [[p:N. Ramdin]]. Alle stukken zijn compleet behalve de verklaring van het {{o:UWV}}. Zou jij mevrouw daarbij kunnen helpen? Ze heeft vrijdag [[d:13 december]] om 10:00 uur een afspraak bij ons op de [[a:Prinsegracht 12]].

Bijlagen:
Wsnp_verzoekschrift_[[p:Ramdin]].pdf
Art285_verklaring_concept.docx
Schuldenoverzicht_[[d:01122024]].xlsx

m.vr.gr.
[[p:Siham Bouchtaoui]]
{{r:schuldhulpverlener}} {{o:Kredietbank Den Haag}}
=====
Hoi, vraagje: klopt het dat voor een saneringskrediet de cliënt minimaal 3 maanden stabiel inkomen moet hebben? Heb een casus waar dat net niet lukt. Geen namen nodig, gaat om de regel. Groet vanuit {{w:Laak}}
=====
Re: Re: betalingsregeling {{o:CAK}}

Dag [[p:Anouk]],

Het {{o:CAK}} gaat akkoord met een regeling van € 25 per maand voor meneer [[p:Tanamal]]. Het betalingskenmerk is [[z:5000 3841 2279 1104]]. Automatische incasso van [[i:NL38 RABO 4842 5033 08]] per de 28e. Meneer moet het formulier nog tekenen; dat neem ik dinsdag mee.

Groet,
[[p:Jeroen]]

> Van: [[p:Anouk Vos]]
> Verzonden: [[d:maandag 21 oktober 2024]] 10:05
> Heb je al iets gehoord van het CAK over dhr. [[p:Tanamal]]? Hij maakt zich erg druk.
=====
{{o:Gemeente Den Haag}}
Dienst Sociale Zaken en Werkgelegenheid

Mevrouw [[p:S. Haidari]]
[[a:Soestdijksekade 560]]
[[pc:2573 AN]] DEN HAAG

Datum: [[d:15 mei 2024]]
Ons kenmerk: [[z:SZW/BB/2024/119842]]
Betreft: besluit bijzondere bijstand

Geachte mevrouw [[p:Haidari]],

U heeft op [[d:2 april 2024]] bijzondere bijstand aangevraagd voor de kosten van een koelkast en een bed. Wij kennen u een bedrag toe van € 687,00. Wij maken dit bedrag binnen vijf werkdagen over op rekeningnummer [[i:NL45INGB8323716262]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[p:M. Aydın]]
{{r:klantmanager}} Inkomen

c.c. {{o:SWT Escamp}}, dhr. [[p:F. Noori]]
=====
Afstemming schulden – [[p:Petrova]]

Hoi [[p:Wendy]], ik heb net de {{r:bewindvoerder}} van mevrouw [[p:Petrova]] gesproken (Dhr. [[p:Angelov]], [[t:06 11 29 44 07]]). Er is nog een oude schuld bij {{o:DUO}} die niet in het overzicht stond. Kun jij die toevoegen in het plan? Hier de referentie: [[z:DUO-7734199-02]].
Groetjes [[p:Inge]]
=====
Geachte heer [[p:Sultani]],

Uw aanvraag schuldhulpverlening is ontvangen onder nummer [[z:SHV-2024-022190]]. Uw intake vindt plaats op [[d:donderdag 19 september 2024]] om 14:00 uur op [[a:Spui 70]], loket 4. Neem uw legitimatiebewijs en alle post over schulden mee. Kunt u niet? Bel dan [[t:14070]].

Met vriendelijke groet,
{{o:Schuldhulpverlening Den Haag}}
=====
Voor het casusoverleg: de financiële situatie van het gezin [[p:Güler]] in één tabel

Post	Bedrag p/m	Opmerking
Loon [[p:Mustafa]]	€ 1.980	nachtdienst {{o:PostNL}}
Kinderbijslag	€ 318	per kwartaal, omgerekend
Huur	€ 842	{{o:Staedion}}, achterstand 2 mnd
Zorgverzekering	€ 296	2 volw.
Aflossing lening	€ 150	aan zwager [[p:Serkan]]
Rekening gezin: [[i:NL18ABNA8489938913]]
=====
Beste [[p:Jeroen]],

Kleine correctie: het IBAN dat ik je gaf voor meneer [[p:Tanamal]] klopt niet, ik heb een cijfer verkeerd overgetypt. Het moet zijn [[i:NL44 RABO 0123 4567 8]]... nee sorry, ik kijk het morgen op zijn bankpas na. Groet [[p:Anouk]]
=====
{{o:SVB}} – Sociale Verzekeringsbank
Kantoor Leiden

Mevrouw [[p:C.M. Rosaria-Koeiman]]
[[a:Calandplein 7]]
[[pc:2521 AB]] Den Haag

Datum: [[d:8 oktober 2024]]
Klantnummer: [[z:1173390142]]
BSN: [[b:328011095]]

Geachte mevrouw [[p:Rosaria-Koeiman]],

U ontvangt vanaf [[d:1 november 2024]] een aanvullende inkomensvoorziening ouderen (AIO). Het bedrag wordt maandelijks overgemaakt naar [[i:NL28ASNB4912590296]]. Heeft u vragen? Bel ons op [[t:071 516 07 00]] en houd uw BSN bij de hand.

Met vriendelijke groet,
{{o:Sociale Verzekeringsbank}}
=====
Van: [[p:Hamid Karimi]]
Aan: schuldhulpteam
Onderwerp: vraag

goedenavond ik ben [[p:hamid karimi]] ik woon [[a:Hengelolaan 1210]] mijn wijkteam mevrouw [[p:Noor]] zegt ik moet mailen. ik heb brief van deurwaarder nummer [[z:2024/88/14411]] ik snap niet. mijn telefoon [[t:0644102983]]
dank u
=====
Hoi [[p:Hamid]], mevrouw [[p:Noor]] hier. Ik heb uw mail gekregen via schuldhulp. Ik bel u morgen om 11 uur, dan kijken we samen naar de brief. Groet, [[p:Noor Hamdan]], {{o:SWT Bouwlust}}
""")
# ---------------------------------------------------------------------------
# 4. Youth care, CJG, Veilig Thuis, schools, youth protection
# ---------------------------------------------------------------------------
add(r"""
{{o:Jeugdbescherming west}}
Regio Haaglanden

Aan: {{o:SWT Transvaal}}, t.a.v. {{r:casusregisseur}} [[p:Hatice Doğan]]
Van: [[p:Petra Dekker]], {{r:jeugdbeschermer}}
Datum: [[d:20 februari 2024]]
Kenmerk: [[z:JBw-2023-09914]]
Betreft: gezin [[p:Aydın]] – afstemming ondersteuning ouders

Beste [[p:Hatice]],

Zoals besproken loopt er voor de kinderen [[p:Elif]] ([[d:02-06-2012]]) en [[p:Berk]] ([[d:19-01-2016]]) een ondertoezichtstelling tot [[d:14 november 2024]]. Ik richt mij op de veiligheid van de kinderen; graag zou ik zien dat jullie de ouders ondersteunen bij de schulden en de spanningen rond de scheiding. Vader, dhr. [[p:Kemal Aydın]], woont tijdelijk bij zijn broer aan de [[a:Copernicusplein 12]]; moeder, mw. [[p:Sevgi Aydın-Şahin]], met de kinderen op het oude adres [[a:Wolmaransstraat 95]].

Voorstel: gezamenlijk gesprek op [[d:5 maart]] om 14.00 uur op ons kantoor.

Hartelijke groet,
[[p:Petra Dekker]]
[[t:06 52 40 17 88]]
=====
Hoi team,

Vanuit {{o:CJG}} {{w:Escamp}}: ik sluit mijn begeleiding van [[p:Dylan Koning]] af omdat hij op [[d:7 januari]] 18 wordt. Hij heeft nog hulp nodig bij wonen, inkomen en zijn schuld bij {{o:Vodafone}}. Warme overdracht? Ik kan [[d:donderdag 19 dec]] of [[d:maandag 23 dec]]. Zijn moeder ([[p:Sharon]], [[t:06-55 81 30 26]]) wil graag bij het gesprek zijn, [[p:Dylan]] zelf twijfelt daarover.

Groet [[p:Malika]]
{{r:jeugdconsulent}} {{o:CJG Escamp}}
=====
Aan: het wijkteam
Van: {{o:Basisschool De Regenboog}}, {{r:intern begeleider}}
Onderwerp: zorgen over gezin

Goedemiddag, wij maken ons zorgen over twee leerlingen, [[p:Aaliyah]] (groep 4) en [[p:Imran]] (groep 7) [[p:Jadnanansing]]. Ze komen vaak zonder ontbijt, hebben geen gymkleding en moeder lijkt erg moe. Moeder heeft aangegeven dat ze hulp wil maar niet weet waar ze moet beginnen. Zij geeft toestemming dat ik jullie mail. Haar nummer: [[t:06 20 94 81 37]], naam [[p:Anita Jadnanansing]].

Met vriendelijke groet,
[[p:Marieke Groen]]
=====
{{o:Veilig Thuis Haaglanden}}
Overdracht na onderzoek

Datum overdracht: [[d:30-05-2024]]
Zaaknummer VT: [[z:VT-HGL-24-03381]]
Overdragend medewerker: [[p:L. Brouwer]], {{r:casemanager}} [[t:070 346 92 02]]
Ontvangend: {{o:SWT Laak}}

Gezin: mw. [[p:Rukia Hassan Ali]] ([[d:09-09-1988]]), kinderen [[p:Sagal]] (11) en [[p:Abdi]] (8)
Adres: [[a:Neptunusstraat 71 B]], [[pc:2531 TG]]
Conclusie onderzoek: huiselijk geweld door ex-partner (dhr. [[p:M. Jama]], gedragsaanwijzing opgelegd). Moeder is beschermend maar overbelast.
Vervolg: ondersteuning moeder (financiën, huisvesting, steunnetwerk), traumabehandeling kinderen via {{o:Jeugdhulp}}. Veiligheidsplan in bijlage.
Bijlage: veiligheidsplan_[[z:VT-HGL-24-03381]].pdf
=====
Hi [[p:Sara]],
Kort: gezin [[p:Wójcik]] is bij ons in zorg sinds [[d:15-04]]. Mag jij contact met de school opnemen of doe ik dat? Zij vroegen om een overleg.
[[p:Bram]] ({{o:Jeugdteam}} {{w:Laak}})
=====
Re: Re: [[p:Dylan]]

Hoi [[p:Malika]], donderdag is prima. 10:00 bij jullie aan de [[a:Leyweg 809]]? Ik neem [[p:Samir]] mee, onze {{r:jongerenwerker}}, die kent [[p:Dylan]] al van het voetbal. Groet, [[p:Ruud]]

Van: [[p:Malika Achahbar]] <[[e:m.achahbar@cjgdenhaag.nl]]>
Verzonden: [[d:vrijdag 13 december 2024]] 15:40
Aan: [[p:Ruud Kuipers]]
Onderwerp: Re: [[p:Dylan]]

[[p:Ruud]], wanneer kan je? [[p:Malika]]
=====
Geachte heer [[p:Latuheru]],

Ik ben de {{r:leerplichtambtenaar}} van uw dochter [[p:Shanaya]], leerling van het {{o:Johan de Witt College}}. Zij heeft dit schooljaar 64 uur ongeoorloofd verzuimd. Ik nodig u en [[p:Shanaya]] uit voor een gesprek op [[d:woensdag 6 november 2024]] om 15:30 uur, kamer B2.11 van het stadhuis. Het {{o:SWT}} {{w:Rustenburg/Oostbroek}} is met uw toestemming ook uitgenodigd.

Met vriendelijke groet,
[[p:F. Amiri]]
{{r:leerplichtambtenaar}}, {{o:Gemeente Den Haag}}
[[t:070 353 54 80]]
Kenmerk: [[z:LP-24-1677]]
=====
Beste collega's,

Na overleg met de {{r:gedragswetenschapper}} hebben wij besloten de zaak [[p:Ivanov]] niet over te dragen maar zelf af te ronden. Er is geen rol meer voor het wijkteam. Dank voor jullie inzet de afgelopen maanden!

Met vriendelijke groet,
[[p:Yvonne Steen]]
{{o:Jeugdteam}} {{w:Loosduinen}}
=====
Vraag via het {{o:CJG}}-contactformulier, doorgezet naar SWT
Naam: [[p:jennifer winklaar]]
E-mail: [[e:jen.winklaar95@hotmail.com]]
Telefoon: [[t:0639917840]]
Vraag: "mijn zoon van 17 gaat bijna 18 en ik weet niet wat er met zijn zorg gebeurt, hij heeft autisme. ik ben ook alleen en heb zelf ook schulden. wie kan mij helpen"
Postcode: [[pc:2547hk]]
=====
Onderwerp: Verzoek informatie – Raad voor de Kinderbescherming

Geachte mevrouw [[p:Doğan]],

In het kader van een raadsonderzoek naar het gezag over [[p:Elif]] en [[p:Berk]] [[p:Aydın]] (zaaknummer [[z:RvdK 2024.117.448]]) vraag ik u om informatie over uw betrokkenheid bij de ouders. Ouders hebben toestemming gegeven (zie bijlage). Een telefonisch gesprek volstaat. Ik ben bereikbaar op [[t:088 - 371 23 19]] op maandag, dinsdag en donderdag.

Met vriendelijke groet,
[[p:Eline Post]]
{{r:raadsonderzoeker}} {{o:Raad voor de Kinderbescherming}}, locatie Den Haag
=====
Aanmelding MDO huiselijk geweld, {{o:Zorg- en Veiligheidshuis Haaglanden}}
Aangemeld door: {{o:SWT Moerwijk}}
Casus: [[p:Öztürk]] / [[p:Boateng]]
Betrokkenen:
- [[p:Selin Öztürk]] ([[d:12-12-1994]]), moeder
- [[p:Kofi Boateng]] ([[d:28-02-1990]]), vader, niet-inwonend, [[a:Melis Stokelaan 2141]]
- [[p:Liam]] (3) en [[p:Ayla]] (1)
Betrokken partijen: {{o:Veilig Thuis}}, {{o:Politie}} wijkagent [[p:Van Os]], {{o:CJG}}, SWT
Vraag aan het MDO: afstemming plan van aanpak, besluit over inzet {{o:Sterk Huis}}
=====
Beste [[p:Hatice]],

Dank je wel voor het fijne overleg van gisteren. Even voor de volledigheid: moeder heeft een nieuw mobiel nummer, [[t:06-29 03 74 12]]. Het oude nummer niet meer gebruiken (vader had dat).

[[p:Petra]]
=====
Goedendag,

Namens de {{r:schoolmaatschappelijk werker}} van het {{o:Zuid-West College}}: wij hebben een 16-jarige leerling die sinds twee weken bij een vriend slaapt omdat het thuis onveilig zou zijn. Leerling wil niet dat ouders worden ingelicht. Wij hebben Veilig Thuis om advies gevraagd. Kan het wijkteam ondersteunen? Ik geef verder geen namen tot we elkaar gesproken hebben; graag terugbellen op onze algemene lijn.

Met vriendelijke groet,
{{r:Zorgcoördinator}} {{o:Zuid-West College}}
=====
Verslag afstemming jeugd & volwassenen – [[d:9 okt]]
Aanwezig: [[p:Bram]] (jeugdteam), [[p:Sara]] (SWT), [[p:Joke de Haan]] ({{o:William Schrikker Stichting}})
Gezin [[p:Wójcik]]: moeder [[p:Agnieszka]] start bij SHV, jeugdteam blijft voor [[p:Zofia]]. Volgende keer: [[d:6 nov]].
Gezin [[p:Hassan Ali]]: loopt goed, afschalen na december.
Actie: [[p:Sara]] belt {{o:Haag Wonen}} over woningruil.
=====
Hallo,

Graag meld ik mijn cliënte [[p:Marit de Vries]] (19) bij u aan. Zij verlaat op [[d:1 maart 2025]] de woongroep van {{o:Cardia}}... excuus, van {{o:Jeugdformaat}}, en krijgt een studio via de {{o:Kamers met Kansen}}-regeling aan de [[a:Loosduinsekade 718]]. Zij heeft een LVB, geen netwerk en een schuld van ongeveer € 4.000. Ze wil graag zelfstandig zijn.

Mijn gegevens: [[p:Jolanda Kok]], {{r:persoonlijk begeleider}}, [[t:06 48 27 91 56]], [[e:j.kok@jeugdformaat.nl]].
""")
# ---------------------------------------------------------------------------
# 5. Police, safety house, reclassering, GGD, hospital and their replies
# ---------------------------------------------------------------------------
add(r"""
{{o:Politie Eenheid Den Haag}}
Basisteam {{w:Hoefkade}}

Zorgmelding – doorgestuurd naar SWT {{w:Schilderswijk}}
Registratienummer: [[z:PL1500-2024118832]]
Datum/tijd incident: [[d:zaterdag 16 maart 2024]], 02:40 uur
Locatie: [[a:Hoefkade 1131]], [[pc:2526 BL]]
Betrokkene: [[p:BAKKER, Frederik Johannes]], geb. [[d:07-05-1959]]

Toedracht: collega's troffen betrokkene aan in het trappenhuis, onderkoeld en onder invloed. Betrokkene gaf aan dat hij zijn sleutel kwijt was en "al dagen niet gegeten" had. Woning verwaarloosd. Geen strafbare feiten. Betrokkene staat open voor hulp.

Verzoek: contact opnemen met betrokkene. Tel. volgens BVH: [[t:06 19 37 55 40]].
Wijkagent: [[p:H. van Os]], [[e:hans.van.os@politie.nl]]
=====
Hoi [[p:Hans]],

Dank voor de zorgmelding over dhr. [[p:Bakker]]. Ik ben er dinsdag met de {{r:wijkverpleegkundige}} geweest. Hij heeft sinds een paar maanden geen inkomen meer (WW gestopt) en is te trots om te vragen. We hebben een aanvraag levensonderhoud gedaan en een voedselpakket geregeld. Verder ook contact met zijn zus in Delft. Mocht je hem weer tegenkomen, laat het me weten.

Groet,
[[p:Youssef Benali]]
{{r:maatschappelijk werker}}, {{o:SWT Schilderswijk}}
=====
{{o:Zorg- en Veiligheidshuis Haaglanden}}
Uitnodiging casusoverleg (vertrouwelijk)

Casus: [[z:ZVH-2024-0712]]
Datum: [[d:woensdag 24 april 2024]]
Tijd: 10.00–11.30 uur
Locatie: Zorg- en Veiligheidshuis, vergaderkamer 3 (ingang Lekstraat)
Procesregisseur: [[p:Mirjam Haidari]], [[t:06 - 10 44 78 29]]

Betrokkene: [[p:D.J.M. Martis]] (roepnaam [[p:Dennis]]), [[d:22-10-1985]]
Uitgenodigde partners: {{o:Reclassering Nederland}}, {{o:Parnassia}} (FACT), {{o:Politie}}, {{o:Staedion}}, {{o:SWT Laak}}

Doel: afspraken over woonplek na detentie (einddatum [[d:2 mei]]) en voorkomen recidive.
=====
Beste [[p:Mirjam]],

Namens {{o:SWT Laak}} schuift [[p:Sanne van Leeuwen]] aan bij het overleg over dhr. [[p:Martis]]. Wij kennen hem via zijn moeder (mw. [[p:Martis]], [[a:Slicherstraat 25]]), die wij begeleiden. Zij wil niet dat haar zoon na detentie weer bij haar komt wonen.

Groet,
[[p:Nora Haddou]]
{{r:teamleider}} {{o:SWT Laak}}
=====
{{o:Reclassering Nederland}}, unit Den Haag

Aan: SWT Laak, [[p:S. van Leeuwen]]
Datum: [[d:3 mei 2024]]
Betreft: [[p:Martis]], [[p:Dennis]] – CJIB-nr. [[z:3241.77.812]]

Beste [[p:Sanne]],

Dhr. [[p:Martis]] is gisteren vrijgekomen en verblijft tijdelijk in de nachtopvang van het {{o:Leger des Heils}} ([[a:Prinsegracht 65]]). Bijzondere voorwaarden: meldplicht, behandeling bij {{o:De Waag}}, contactverbod met dhr. [[p:R. Statia]]. Hij heeft nog geen ID-kaart en geen bankrekening.

Ik stel een driegesprek voor, liefst volgende week.

[[p:Jeroen Winter]]
{{r:reclasseringswerker}}
T [[t:088 804 25 00]] | M [[t:06 23 39 18 74]]
=====
Melding {{o:GGD Haaglanden}} – Team Vangnet & Advies

Naam: onbekend (man, ca. 50 jaar, noemt zichzelf '[[p:Kapitein]]')
Verblijfplaats: bankje bij het Zuiderpark, ingang Mr. P. Droogleever Fortuynweg
Melder: {{r:wijkagent}} {{w:Moerwijk}}
Actie: drie contactmomenten, weigert hulp, wel eten aangenomen. Bij volgende contact proberen BSN te achterhalen. SWT ter info, geen actie gevraagd.
=====
Van: [[p:Van Os, H.]] (Politie)
Onderwerp: FW: woonoverlast [[a:Bankastraat 101 3hg]]

Zie hieronder van de corporatie. Wij hebben daar de afgelopen maand drie keer een melding gehad. Bewoner [[p:Kowalczyk]] is bij ons bekend van een oud verkeersdelict, verder niks. Ik stel voor dat SWT + corporatie eerst gaan, wij op afstand.
=====
{{o:HMC}} Bronovo – transferbureau
Ontslag uit ziekenhuis, verzoek om aansluitende ondersteuning

Pt: [[p:Soedjono]], [[p:Ratna]] ([[d:31-01-1942]])
Afdeling: B3 interne
Verwachte ontslagdatum: [[d:vrijdag 22-11]]
Thuissituatie: woont alleen aan de [[a:Johan de Wittlaan 7 B]], trap naar voordeur. Dochter in Indonesië, schoonzoon [[p:Hendro]] in Rijswijk ([[t:+31 6 4720 1196]]).
Verzoek aan SWT Scheveningen: bezoek na ontslag i.v.m. eenzaamheid en mogelijk ondervoeding.
{{r:Transferverpleegkundige}}: [[p:Wendy Haan]], [[t:070 - 312 49 27]]
=====
Beste,

Even een praktische vraag namens de wijkagenten van {{w:Loosduinen}}: welke nummer moeten wij bellen als we 's avonds een zorgsituatie tegenkomen waar het wijkteam bij moet? Het algemene nummer gaat na 17.00 uur naar een bandje. Is er een achterwacht? Zonder namen, het gaat om de werkwijze.

Met vriendelijke groet,
Basisteam Loosduinen
=====
Hallo Basisteam Loosduinen,

Na 17.00 uur is er geen achterwacht van het SWT. Bij acute zorgen: {{o:Veilig Thuis}} (24/7) of de crisisdienst via de huisartsenpost. Niet-acuut: mailen naar het functionele adres, dan pakken wij het de volgende werkdag op voor 10.00 uur.

Met vriendelijke groet,
{{o:Sociaal Wijkzorgteam Loosduinen}}
=====
FW: aangifte bedreiging – mw. [[p:Rahimi]]

[[p:Fleur]], fyi. Mevrouw heeft gisteren aangifte gedaan, zaaknummer [[z:2024183920]]. Ze logeert nu bij een vriendin op een adres dat ik niet in de mail zet. Bel me even: [[t:06-51 88 02 39]]. [[p:Kim]] ({{r:zedenrechercheur}})
=====
Geachte heer [[p:El Idrissi]],

U heeft ons gevraagd om informatie over uw cliënt dhr. [[p:Y. Bouzid]]. Helaas kunnen wij zonder een schriftelijke machtiging van betrokkene geen informatie verstrekken. Wij verwijzen u naar het privacyreglement van de {{o:Politie}}, artikel 16 Wpg.

Met vriendelijke groet,
Afdeling Informatievoorziening
{{o:Politie Eenheid Den Haag}}
Kenmerk: [[z:IV/2024/44381]]
=====
Hoi collega's,
Vanochtend met [[p:Hans]] (wijkagent) een ronde gelopen in de Vlierboomstraat en omgeving. Geen concrete zorgen, wel veel zwerfvuil bij de containers. Verder niks te melden.
=====
Melding buurtbewoner via Fixi, doorgezet door stadsdeel {{w:Escamp}}:
"Mijn buurvrouw op nummer [[a:Hengelolaan 640]] is al dagen niet buiten geweest, haar post puilt uit de brievenbus. Ze is oud. Kan iemand kijken?" – melder: [[p:A. de Wit]], [[e:annedewit61@ziggo.nl]]
=====
Re: melding [[a:Hengelolaan 640]]

Dank u wel mevrouw [[p:De Wit]]. Wij zijn samen met de politie binnen geweest; uw buurvrouw was gevallen en is naar het ziekenhuis gebracht. Het gaat naar omstandigheden goed met haar. Dank voor uw oplettendheid.

Met vriendelijke groet,
[[p:Hanneke Bakker]]
{{o:SWT Escamp}}
""")
# ---------------------------------------------------------------------------
# 6. Forwarded mail threads with quoted messages and signatures
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marloes Verhoeven]] <[[e:m.verhoeven@swtlaak.nl]]>
Verzonden: donderdag [[d:7 maart 2024]] 16:58
Aan: [[p:Rachid Ziani]] <[[e:r.ziani@staedion.nl]]>
CC: [[p:Bianca Wongsodikromo]] <[[e:b.wongsodikromo@hkb.nl]]>
Onderwerp: RE: RE: fam. [[p:Benali]] – stand van zaken

Hoi [[p:Rachid]],

Update: de aanmelding bij de {{o:Kredietbank}} is rond (zie onderstaand bericht van [[p:Bianca]]). Meneer heeft per [[d:1 maart]] weer werk, dus de lopende huur moet lukken. Kunnen we de aanhouding verlengen?

Groet,
[[p:Marloes]]

[[p:Marloes Verhoeven]]
{{r:Casusregisseur}} | {{o:Sociaal Wijkzorgteam Laak}}
[[a:Van Zeggelenplein 158]] | [[pc:2532 KA]] Den Haag
T [[t:070 752 88 14]] (direct) | M [[t:06 83 01 55 29]]
Werkdagen: ma, di, do

-----Oorspronkelijk bericht-----
Van: [[p:Bianca Wongsodikromo]] <[[e:b.wongsodikromo@hkb.nl]]>
Verzonden: woensdag [[d:6 maart 2024]] 09:12
Aan: [[p:Marloes Verhoeven]]
Onderwerp: RE: fam. [[p:Benali]] – stand van zaken

Dag [[p:Marloes]], de intake van dhr. en mw. [[p:Benali]] is afgerond, dossier [[z:HKB-24-00981]]. Stabilisatiefase start nu. Groet, [[p:Bianca]]

-----Oorspronkelijk bericht-----
Van: [[p:Rachid Ziani]]
Verzonden: maandag [[d:4 maart 2024]] 11:30
Onderwerp: fam. [[p:Benali]] – stand van zaken

[[p:Marloes]], hoe staat het ervoor? De termijn loopt [[d:1 april]] af. [[p:Rachid]]
=====
Onderwerp: FW: FW: aanvraag Wmo huishoudelijke hulp mw. [[p:Wattimena]]

[[p:Johan]], ter info hieronder de reactie van de gemeente. De {{r:Wmo-consulent}} komt op [[d:dinsdag 24 september]] tussen 9 en 12. Wil jij erbij zijn? Groet, [[p:Daan]] ({{o:SWT Segbroek}})

________________________________
Van: Wmo-loket <[[e:wmo@denhaag.nl]]>
Verzonden: [[d:vrijdag 13 september 2024]] 08:02
Aan: [[p:Daan Pattipeilohy]]
Onderwerp: RE: FW: aanvraag Wmo huishoudelijke hulp mw. [[p:Wattimena]]

Geachte heer [[p:Pattipeilohy]],

Uw melding is geregistreerd onder nummer [[z:WMO-2024-0551207]]. Een {{r:Wmo-consulent}} neemt contact op met mevrouw voor een gesprek.

Met vriendelijke groet,
Team Wmo, {{o:Gemeente Den Haag}}

________________________________
Van: [[p:Daan Pattipeilohy]]
Verzonden: [[d:woensdag 4 september 2024]] 13:20
Aan: Wmo-loket
Onderwerp: FW: aanvraag Wmo huishoudelijke hulp mw. [[p:Wattimena]]

Graag melding Wmo voor mw. [[p:M. Wattimena]], [[d:14-02-1947]], BSN [[b:271997229]], [[a:Thomsonlaan 18 hs]]. Verwijsbrief huisarts in bijlage.
=====
> Op [[d:ma 14 okt 2024]] 09:41 schreef [[p:Sara Lewandowska]] <[[e:sara.lewandowska@swtlaak.nl]]>:
>> Hoi [[p:Bram]], weet jij of het gezin [[p:Wójcik]] al bij de Voedselbank staat?
> Ja, sinds vorige week. Uitgiftepunt {{w:Laak}}, dinsdag. [[p:Bram]]

Top, dank! [[p:Sara]]
=====
Van: [[p:Tim Smit]]
Aan: [[p:Lisa Kok]]
Onderwerp: RE: RE: dhr. [[p:Kılıç]]

Hoi [[p:Lisa]],

Meneer heeft ons zelf gebeld, dus nu kan ik wel iets zeggen: hij is bij ons in beeld en we werken aan het opruimen van de woning. Hij geeft toestemming om met jou af te stemmen. Wil je de klachtprocedure even on hold zetten?

Groet, [[p:Tim]]

{{o:SWT Segbroek}} | [[a:Fahrenheitstraat 192]] | [[t:070 752 47 00]]
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.

> Van: [[p:Lisa Kok]] [mailto:[[e:l.kok@staedion.nl]]]
> Verzonden: dinsdag [[d:2 juli 2024]] 14:08
> Onderwerp: RE: dhr. [[p:Kılıç]]
>
> [[p:Tim]], de buren hebben een handtekeningenlijst ingediend. Wij moeten er iets mee. [[p:Lisa]]
=====
Subject: Re: Aw: overdracht cliënt [[p:Szymański]]

Hallo [[p:Anna]],

dank je. Ik bevestig dat [[p:Paweł Szymański]] vanaf [[d:1 juni]] in {{w:Rijswijk}} woont, [[a:Generaal Spoorlaan 410]]. Het {{o:Sociaal Team Rijswijk}} neemt over. Ik stuur het overdrachtsdocument via ZorgMail.

Met vriendelijke groeten,
[[p:Olga Kamińska]]
{{r:tolk/consulent}} {{o:Stichting Polonia Haaglanden}}

Am [[d:28.05.2024]] schrieb [[p:Anna Vogel]] <[[e:a.vogel@swtbouwlust.nl]]>:
> Beste [[p:Olga]], weet jij het nieuwe adres van [[p:Paweł]]? We willen hem netjes overdragen. Groet, [[p:Anna]]
=====
Van: [[e:noreply@zorgmail.nl]]
Onderwerp: Nieuw beveiligd bericht van dr. [[p:Ph. Tjon-A-Fong]]

U heeft een beveiligd bericht ontvangen. Log in om het bericht te lezen.
=====
Re: overleg morgen

Prima, 9.30 bij jullie. Ik neem de stukken mee.

--
[[p:Noor Hamdan]]
{{r:maatschappelijk werker}}
{{o:Sociaal Wijkzorgteam Bouwlust/Vrederust}}
Direct: [[t:(070) 752 31 64]]
Mail: [[e:n.hamdan@swtbouwlust.nl]]
Ik werk op maandag, woensdag en vrijdag.

-----Original Message-----
From: [[p:Jan-Willem Kuipers]] <[[e:jw.kuipers@parnassia.nl]]>
Sent: [[d:Tuesday, October 8, 2024]] 4:17 PM
Subject: overleg morgen

[[p:Noor]], ik ben morgen in de wijk, kan ik om half tien langskomen voor dhr. [[p:Lachman]]? [[p:JW]]
=====
Doorgestuurd bericht van {{r:casusregisseur}} [[p:Hamza El Idrissi]]:

"Mw. [[p:Abdullahi Mohamud]] heeft vandaag een brief van {{o:Haag Wonen}} gekregen over een huurverhoging van 5,8%. Ze snapt het niet en is erg ongerust. Kan iemand van het {{r:sociaal raadslieden}}-team de brief met haar doornemen? Haar dochter [[p:Ifrah]] vertaalt, [[t:06 14 38 90 21]]."

Reactie [[p:Lotte Visser]], {{o:Sociaal Raadslieden}}: "Ja hoor, stuur mevrouw maar naar het spreekuur van donderdag in het wijkcentrum {{w:Oostbroek}}, 13.00-15.00 uur."
=====
From: [[p:Dennis]] <[[e:dennis.jansen@swtmoerwijk.nl]]>
To: team-moerwijk
Subject: FW: wie kent deze meneer?

Iemand? Zie onderstaande vraag van de bibliotheek.

> Van: Bibliotheek Den Haag, vestiging Zuid
> Een bezoeker, dhr. [[p:Omar]] (achternaam onbekend), komt elke dag en vraagt ons om hulp met zijn post. Het gaat om aanmaningen. Hij woont in de buurt, ergens in de Mijtenstraat? We willen hem graag naar jullie verwijzen maar hij wil een vast gezicht.
=====
RE: spoed – huisbezoek vandaag?

[[p:Femke]], kan niet, zit tot 16u in overleg. [[p:Youssef]] wel? / [[p:Gijs]]

Van: [[p:Femke Dekker]]
Verzonden: [[d:vr 18-10-2024]] 11:02
Aan: team
Onderwerp: spoed – huisbezoek vandaag?

Mw. [[p:El Khattabi]] belde, kinderen niet naar school, ze klinkt erg in de war. Wie kan vandaag mee naar [[a:Van der Vennestraat 72]]?
=====
Van: [[p:Esra Korkmaz]] <[[e:esra.korkmaz@florence.nl]]>
Aan: SWT Escamp <[[e:swt.escamp@denhaag.nl]]>
Datum: [[d:11 november 2024]]
Onderwerp: zorgen over mantelzorger – dhr. [[p:Güler]]

Beste collega's,

Ik ben {{r:wijkverpleegkundige}} bij {{o:Florence}} en kom dagelijks bij dhr. [[p:İsmail Güler]] (88, [[a:Dedemsvaartweg 1402]]) voor wondzorg. Zijn vrouw [[p:Fatma]] doet verder alles. Vorige week heb ik haar huilend in de keuken aangetroffen; ze slaapt nauwelijks, want meneer is 's nachts onrustig. De kinderen ([[p:Mustafa]], [[p:Serkan]]) wonen dichtbij maar werken veel.

Zou het SWT met mevrouw in gesprek willen over ondersteuning (respijt, dagbesteding voor meneer)? Zij weet dat ik jullie mail.

Met vriendelijke groet,

[[p:Esra Korkmaz]]
{{r:Wijkverpleegkundige}} team {{w:Morgenstond}}
{{o:Zorggroep Florence}}
T [[t:088 - 750 18 47]] / [[t:06 - 31 72 40 08]]

Disclaimer: de informatie in dit bericht is uitsluitend bestemd voor de geadresseerde.
=====
Re: FW: Verwijzing [[p:Mazur]]

Hoi [[p:Lotte]],
Mevrouw [[p:Mazur]] heeft zelf gebeld. We hebben haar tijdelijk in de {{o:Vrouwenopvang}} kunnen plaatsen via {{o:Stichting Kessler}}. Intake bij de {{r:verloskundige}} blijft bij jou. Ze heeft een nieuw NL-nummer: [[t:06 87 41 20 03]].
Groet, [[p:Karim]]

> Hoi wijkteam, mag ik jullie vragen om mee te kijken bij [[p:Ilona Mazur]]? ...
=====
Onderwerp: RE: toestemmingsverklaring [[p:Rahimi]]

Hoi [[p:Nathalie]],

De getekende toestemmingsverklaring zit in de bijlage. Mevrouw wil uitdrukkelijk niet dat haar familie iets hoort. Adres en telefoon dus NIET in het HIS overnemen zonder overleg.

[[p:Fleur de Vos]]
{{r:maatschappelijk werker}} {{o:SWT Escamp}}

Bijlage: toestemming_SWT_[[p:S_Rahimi]]_getekend.pdf (212 kB)
=====
Hallo allemaal,
ik stuur deze even door want ik ben er morgen niet. @[[p:Wendy]] wil jij het overnemen?
gr [[p:inge]]

---- Doorgestuurd bericht ----
Van: [[p:Yana Todorova]] <[[e:yana.todorova91@gmail.com]]>
Datum: [[d:3 juni 2024]]
Onderwerp: woning

hallo [[p:inge]] ik heb brief van gemeente dat urgentie is goedgekeurd!!! dank je wel voor alles. wat moet ik nu doen? [[p:yana]]
=====
Van: secretariaat {{o:Parnassia}} {{w:Centrum}}
Aan: [[p:N. Hamdan]]
Onderwerp: afmelding afspraak

Geachte mevrouw [[p:Hamdan]],

Uw cliënt dhr. [[p:Lachman]] heeft zijn afspraak van [[d:16 oktober]] bij {{r:psychiater}} dr. [[p:Ramkisoen]] afgezegd. Een nieuwe afspraak is gepland op [[d:30 oktober]] om 11:15 uur. Wij vragen u meneer hierop te attenderen.

Met vriendelijke groet,
[[p:Monique]]
=====
RE: RE: RE: RE: verslag

ok!
=====
Van: [[p:Gijs Brouwer]]
Aan: [[p:Carla Mulder]]
Onderwerp: opruimactie oom

Beste mevrouw [[p:Mulder]],

Fijn dat u [[d:zaterdag 12 oktober]] kunt helpen. We starten om 9.00 uur bij uw oom op de [[a:Elandstraat 207-II]]. Er komt een container van {{o:HMS}} en twee vrijwilligers van {{o:Humanitas}}. Neemt u handschoenen mee?

Met vriendelijke groet,
[[p:Gijs Brouwer]], {{o:SWT Segbroek}}, [[t:06 22 71 09 45]]
""")
# ---------------------------------------------------------------------------
# 7. Wijkteam letters out: replies, feedback to referrers, closures, formal
#    letters from agencies with address blocks and reference lines
# ---------------------------------------------------------------------------
add(r"""
{{o:Sociaal Wijkzorgteam Segbroek}}
[[a:Fahrenheitstraat 192]]
[[pc:2561 DH]] Den Haag

Huisartsenpraktijk Regentessekwartier
t.a.v. dr. [[p:M.A. Vogel]]
[[a:Weimarstraat 2]]
[[pc:2562 GP]] Den Haag

Den Haag, [[d:19 juni 2024]]
Uw kenmerk: verwijzing d.d. [[d:02-05-2024]]
Ons kenmerk: [[z:SWT-SB-2024-0212]]
Betreft: terugkoppeling dhr. [[p:J. Aarab]], geb. [[d:21-08-1997]]

Geachte collega,

Graag koppelen wij terug over bovengenoemde cliënt. Na drie gesprekken met dhr. [[p:Aarab]] en zijn moeder is hij akkoord gegaan met begeleiding door {{o:Perspektief}} (begeleid wonen-traject) en een aanmelding bij het {{o:Werkgeversservicepunt}}. Een verwijzing naar de {{o:GGZ}} wil hij nog steeds niet. Wij blijven betrokken als {{r:casusregisseur}} tot de begeleiding goed loopt.

Wij verzoeken u ons te informeren bij signalen van terugval.

Met vriendelijke groet,

[[p:Tim Smit]]
{{r:casusregisseur}}
=====
Geachte heer [[p:Kortenhorst]],

Hierbij bevestigen wij de ontvangst van uw verwijzing van mevrouw [[p:F. Ouahabi]] d.d. [[d:14 maart 2024]]. Mevrouw is toegewezen aan onze collega [[p:Youssef Benali]], {{r:maatschappelijk werker}}. Hij neemt binnen vijf werkdagen contact met haar op.

Met vriendelijke groet,
Secretariaat {{o:SWT Schilderswijk}}
=====
AFSLUITBRIEF

Dhr. [[p:H. Lachman]]
[[a:Beresteinlaan 392]]
[[pc:2542 JH]] Den Haag

Datum: [[d:10 januari 2025]]
Dossiernummer: [[z:SWT-BV-2024-0088]]

Beste meneer [[p:Lachman]],

Afgelopen maanden hebben wij samen gewerkt aan uw situatie. U heeft nu een vaste behandelaar bij {{o:Parnassia}}, uw schulden zijn ondergebracht bij de {{o:Kredietbank}} en de huisuitzetting is van de baan. Zoals afgesproken sluiten wij uw dossier bij het wijkteam af. Heeft u in de toekomst weer vragen? U bent altijd welkom.

Hartelijke groet,
[[p:Noor Hamdan]]
{{r:maatschappelijk werker}}
=====
{{o:UWV}}
Postbus 58285
[[pc:1040 HG]] Amsterdam

De heer [[p:T.G. Wongsodikromo]]
[[a:Newtonstraat 266]]
[[pc:2562 KV]] DEN HAAG

Datum: [[d:27 augustus 2024]]
Ons kenmerk: [[z:WW-2024-8812-4471]]
Uw BSN: [[b:172124566]]

Onderwerp: uw WW-uitkering

Geachte heer [[p:Wongsodikromo]],

Uw WW-uitkering eindigt op [[d:30 september 2024]]. U kunt daarna mogelijk bijstand aanvragen bij uw gemeente. Wilt u hulp? Neem dan contact op met de gemeente of met het sociaal wijkzorgteam in uw buurt.

Met vriendelijke groet,
{{o:UWV}} WERKbedrijf
=====
Beste [[p:Judith]],

Terugkoppeling over mevrouw [[p:El Khattabi]]: zij heeft een betalingsregeling van € 100 per maand getekend en het budgetbeheer loopt. Zij geeft toestemming dat ik jou dit laat weten. Kunnen jullie de incasso stopzetten? Mijn collega [[p:Youssef]] neemt het na de zomer over, zijn nummer is [[t:06 10 92 83 47]].

Groet,
[[p:Femke]]
=====
{{o:Gemeente Den Haag}}, Dienst OCW – Wmo
BESCHIKKING
Kenmerk: [[z:WMO-2024-0551207]]
Datum: [[d:3 oktober 2024]]

Aan: mevrouw [[p:M. Wattimena]]
[[a:Thomsonlaan 18 hs]]
[[pc:2565 JN]] Den Haag

Besluit: u krijgt een maatwerkvoorziening huishoudelijke ondersteuning (categorie 2, 150 minuten per week) van [[d:1 november 2024]] tot en met [[d:31 oktober 2026]]. De zorg wordt geleverd door {{o:Tzorg}}. U betaalt een eigen bijdrage via het {{o:CAK}} van maximaal € 21,80 per maand.

Bezwaar? U kunt binnen 6 weken na de datum van deze brief bezwaar maken.
=====
Beste [[p:Petra]],

Dank je voor het verslag. Kleine correctie: de geboortedatum van [[p:Berk]] is [[d:19-01-2016]], niet 2015 zoals in het verslag. En het adres van vader is [[a:Copernicusplein 12-A]] (met A). Verder akkoord.

Groet, [[p:Hatice]]
=====
{{o:CAK}}
Postbus 84030
[[pc:2508 AA]] Den Haag

Mevrouw [[p:E. Arslan]]
[[a:Kempstraat 27-III]]
[[pc:2572 GA]] Den Haag

Datum: [[d:14 juni 2024]]
Relatienummer: [[z:7038842105]]
Betreft: betalingsachterstand zorgverzekering

Geachte mevrouw [[p:Arslan]],

U staat geregistreerd als wanbetaler. Wij houden daarom de bestuursrechtelijke premie in op uw inkomen. U kunt deze registratie beëindigen als u deelneemt aan een schuldhulpverleningstraject. Vraag de organisatie die u helpt om ons dat te melden.

Met vriendelijke groet,
{{o:CAK}}
=====
Van: {{o:SWT Transvaal}}
Aan: dr. [[p:S. Çelik]]
Betreft: mw. [[p:Arslan]] – terugkoppeling

Geachte dokter [[p:Çelik]],

Mw. [[p:Arslan]] en haar man zijn bezocht op [[d:2 juli]]. Afspraken: dagbesteding voor dhr. [[p:Arslan]] bij {{o:Respect Zorggroep}} (2 dagen), mantelzorgwaardering aangevraagd, urgentieaanvraag medisch in voorbereiding (uw verklaring is nodig, formulier in bijlage). Daarnaast bleek een CAK-achterstand; aanmelding SHV gedaan.

Vriendelijke groet,
[[p:Burak Şahin]]
{{r:Wmo-adviseur}}
Bijlage: formulier_medische_urgentie_[[p:Arslan_E]].pdf
=====
Hallo [[p:Ravi]],

Korte terugkoppeling: meneer [[p:Lachman]] is bij ons in begeleiding, eerste gesprek was goed. Hij geeft aan dat hij de gesprekken met jou wil voortzetten tot hij bij {{o:Parnassia}} terecht kan. Is dat mogelijk?

[[p:Noor]]
=====
Geachte heer/mevrouw,

Namens mijn cliënte mevrouw [[p:Hawa Abdullahi Mohamud]], BSN [[b:790534733]], maak ik bezwaar tegen de terugvordering kinderopvangtoeslag over 2022 (beschikking d.d. [[d:12 mei 2024]], kenmerk [[z:TS-2022-KOT-88154]]). Mevrouw heeft de wijzigingen in haar werkuren wel doorgegeven, maar in het Somalisch via de telefoon en er is destijds geen tolk ingezet.

Ik verzoek u het bezwaar in behandeling te nemen en de invordering op te schorten.

Hoogachtend,

[[p:H. El Idrissi]]
{{r:casusregisseur}} {{o:SWT Oostbroek}}, gemachtigde
[[t:070 752 15 20]]

Bijlagen: machtiging_[[d:2024-06-01]].pdf, ID-bewijs (afgeschermd).pdf
=====
Beste dokter [[p:Kuipers]],

Mw. [[p:Abdullahi Mohamud]] vroeg ons u te laten weten dat haar dochter [[p:Ifrah]] als contactpersoon mag fungeren. Zij heeft hiervoor een schriftelijke verklaring getekend (bijlage).

Met vriendelijke groet,
[[p:Hamza]]
=====
{{o:Zilveren Kruis}} Achmea
Afdeling Incasso

Mevrouw [[p:K. Dąbrowska]]
[[a:Hoefbladstraat 78]]
[[pc:2555 GD]] Den Haag

Datum: [[d:4 september 2024]]
Polisnummer: [[z:318.204.774]]

Geachte mevrouw [[p:Dąbrowska]],

U heeft een betalingsachterstand van € 412,50. Wij hebben een regeling voor u getroffen van € 50 per maand, zoals afgesproken met uw {{r:hulpverlener}} mevrouw [[p:A. Vogel]] van het wijkteam.

Met vriendelijke groet,
{{o:Zilveren Kruis}}
=====
Beste [[p:Anna]],

Ik heb de brief van {{o:Zilveren Kruis}} voor mevrouw [[p:Dąbrowska]] ontvangen. Het adres klopt niet meer: zij woont sinds [[d:15 augustus]] op een geheim adres (opvang). Wil jij de verzekeraar vragen post voortaan naar ons te sturen, t.a.v. [[p:Anna Vogel]]?

[[p:Sevda]]
=====
{{o:Sociaal Wijkzorgteam Mariahoeve}}
Aan de familie van mevrouw [[p:J.C. Zomer-Brouwer]]

Datum: [[d:1 mei 2024]]

Beste mevrouw [[p:Zomer]],

Uw moeder heeft aangegeven dat u haar contactpersoon bent. Onze {{r:casemanager dementie}}, [[p:Ingrid Hoek]], komt iedere twee weken bij haar. Wij plannen een familiegesprek op [[d:zaterdag 25 mei]] om 11.00 uur bij uw moeder thuis, [[a:Ruychrocklaan 55-1]]. Kunt u erbij zijn? Laat het ons weten via [[t:070 752 90 40]] of [[e:i.hoek@swtmariahoeve.nl]].

Met vriendelijke groet,
[[p:Ingrid Hoek]]
=====
Toestemmingsverklaring uitwisseling gegevens

Ik, [[p:Ratna Soedjono]], geboren op [[d:31-01-1942]], geef toestemming aan het {{o:Sociaal Wijkzorgteam Scheveningen}} om informatie uit te wisselen met:
[x] mijn huisarts (dr. [[p:Haan]])
[x] {{o:HMC Bronovo}}
[ ] {{o:Politie}}
[x] mijn schoonzoon [[p:Hendro Kusuma]]

Handtekening: ........................  Datum: [[d:25-11-2024]]
=====
Beste collega's van {{o:Sociaal Team Rijswijk}},

Hierbij de warme overdracht van [[p:Paweł Szymański]] (geb. [[d:02-07-1983]], BSN [[b:160381320]]), per [[d:1 juni]] woonachtig aan de [[a:Generaal Spoorlaan 410]], [[pc:2285 TT]] Rijswijk.

Samenvatting: Poolse arbeidsmigrant, 41 jaar, na bedrijfsongeval arbeidsongeschikt. Loopt: WIA-aanvraag ({{o:UWV}}), schuldhulp (via {{o:HKB}}, dossier [[z:HKB-23-04117]]), fysiotherapie. Netwerk: tolk/consulent [[p:Olga Kamińska]] van {{o:Stichting Polonia Haaglanden}}, [[t:06 40 18 92 26]].

Contact voor vragen: [[p:Anna Vogel]], [[t:070 752 31 60]].
=====
Geachte mevrouw [[p:Ouahabi]],

U heeft een afspraak met [[p:Youssef Benali]] van het sociaal wijkzorgteam op [[d:maandag 25 maart]] om 10.30 uur. Het gesprek is bij u thuis. Wilt u de brieven van {{o:Eneco}} en de {{o:Belastingdienst}} klaarleggen?

Met vriendelijke groet,
{{o:SWT Schilderswijk}}
=====
Retour afzender – onbestelbaar
Brief aan: dhr. [[p:D. Ghebremariam]], [[a:Zuidlarenstraat 61]] – "geadresseerde onbekend"
Actie: nagaan bij BRP. [[p:Lieke]]
=====
Beste [[p:Malika]],

[[p:Dylan]] is gisteren 18 geworden en heeft zich ingeschreven op zijn eigen adres bij zijn oma ([[a:Melis Stokelaan 1520]]). Hij heeft zijn DigiD aangevraagd. Volgende stap: aanvraag bijstand jongeren (4 weken zoektermijn). Dank voor de goede overdracht!

[[p:Ruud]]
""")
# ---------------------------------------------------------------------------
# 8. Texts without personal data and look-alikes (amounts, article numbers,
#    years, times, percentages, room numbers, street names without number)
# ---------------------------------------------------------------------------
add(r"""
Beste ketenpartners,

Vanaf januari 2025 werken alle sociale wijkzorgteams met een nieuw aanmeldformulier. Verwijzingen die nog op het oude formulier binnenkomen, nemen wij tot en met maart 2025 gewoon in behandeling. Het nieuwe formulier vindt u op het partnerportaal onder "Aanmelden".

Met vriendelijke groet,
Coördinatie {{o:Sociale Wijkzorgteams Den Haag}}
=====
Onderwerp: Uitnodiging netwerkbijeenkomst {{w:Escamp}}

Graag nodigen wij huisartsen, corporaties en welzijnspartners uit voor de netwerkbijeenkomst in het wijkcentrum aan de Leyweg. Programma:
13.30 inloop
14.00 presentatie cijfers 2024 (42% meer aanmeldingen via de {{r:POH-GGZ}})
14.45 workshop vroegsignalering huurachterstanden
16.00 borrel
Aanmelden via het partnerportaal. Zaal 1.12, eerste verdieping.
=====
Hoi allemaal, de teamvergadering van donderdag verschuift naar 14:00 uur in kamer 3.07. Agenda volgt. Groet, [[p:Wilma]] (secretariaat)
=====
Beste collega's van de corporaties,

Een herinnering over de werkafspraken vroegsignalering: meld een huurachterstand vanaf twee maanden bij het SWT, uiterlijk voordat de zaak naar de deurwaarder gaat. Vermeld in de melding altijd of de huurder toestemming heeft gegeven. Zonder toestemming sturen wij alleen een brief met ons aanbod; wij nemen dan geen contact op met de buren.

Met vriendelijke groet,
Programmateam Vroegsignalering, {{o:Gemeente Den Haag}}
=====
Vraag aan collega's: wie heeft ervaring met de nieuwe regeling voor kwijtschelding gemeentelijke belastingen (art. 26 Invorderingswet 1990)? Normbedrag voor een alleenstaande is volgens mij 90% van de bijstandsnorm, maar ik twijfel of dat per 2024 is gewijzigd.
=====
Van: Secretariaat {{o:Zorg- en Veiligheidshuis Haaglanden}}
Onderwerp: gewijzigde werkwijze aanmelding

Per het tweede kwartaal loopt aanmelding voor het casusoverleg uitsluitend via het beveiligde aanmeldformulier. Stuur geen persoonsgegevens meer via gewone e-mail. Vragen? Loop binnen bij de procesregisseurs, kamer 4.18.
=====
Bijlagen bij deze mail:
- werkinstructie_verwijzen_v3.2.pdf
- stroomschema_meldcode_2024.pdf
- presentatie_netwerkbijeenkomst.pptx
=====
Beste team, denk eraan dat we voor de tolkentelefoon het contractnummer van de gemeente gebruiken en niet dat van de eigen organisatie. Kosten per minuut zijn € 1,35. Groet [[p:Mo]]
=====
Afwezigheidsbericht: ik ben tot en met vrijdag afwezig en lees mijn mail niet. Voor vragen over lopende casussen kunt u het algemene nummer van het team bellen.
=====
Onderwerp: factuur tolkdiensten Q3

De factuur van het derde kwartaal bedraagt € 2.847,60 (217 gesprekken, gemiddeld 13 minuten). Factuurnummer 2024-Q3-0117 is doorgezet naar de financiële administratie. Graag voor het einde van de maand akkoord.
=====
Beste partners,

Het Servicepunt XL in {{w:Moerwijk}} is tijdens de verbouwing tijdelijk gevestigd in de bibliotheek aan de Lindelaan. De openingstijden blijven gelijk: maandag tot en met vrijdag van 9.00 tot 17.00 uur.

{{o:Gemeente Den Haag}}
=====
Reactie {{o:Haag Wonen}} op de vraag uit het overleg: "Wij passen in 2025 een huurverhoging toe van gemiddeld 5,8%. Huurders met een laag inkomen kunnen een verzoek doen tot huurbevriezing. Het wijkteam kan hierbij helpen."
=====
Beste allen, het nieuwe telefoonnummer van de afdeling komt pas volgende week beschikbaar. Tot die tijd graag via het functionele mailadres. Dank. [[p:Rutger de Koning]]
=====
Geachte heer/mevrouw,

Naar aanleiding van uw vraag over de wettelijke grondslag voor gegevensuitwisseling tussen huisarts en wijkteam: de huisarts heeft in beginsel toestemming van de patiënt nodig (art. 7:457 BW). Bij een vermoeden van huiselijk geweld kan de huisarts op grond van de meldcode zonder toestemming melden bij {{o:Veilig Thuis}}.

Met vriendelijke groet,
{{r:Functionaris gegevensbescherming}}
=====
Terugblik kwartaal 3 – {{o:SWT Laak}}
Aanmeldingen: 68 (waarvan 21 via {{r:huisarts}}, 14 via corporaties, 9 via {{o:Politie}})
Afgesloten: 52
Gemiddelde doorlooptijd: 7,4 maanden
Top-3 vragen: schulden (41%), psychische problemen (33%), huisvesting (26%)
=====
Korte vraag aan het team {{w:Ypenburg}}: hebben jullie nog folders van het {{o:Geldloket}} in het Arabisch en Turks? Wij zijn door onze voorraad heen. Groetjes, [[p:Yara]]
=====
Agenda overleg huisartsen – SWT {{w:Loosduinen}}
1. Opening en mededelingen
2. Evaluatie verwijsroute (10 min)
3. Casusbespreking (geanonimiseerd)
4. Afspraken bereikbaarheid tijdens de feestdagen
5. Rondvraag
Tijd: 12.30–13.30 uur, incl. lunch
=====
Beste collega,

Bedankt voor de aanmelding. Helaas kunnen wij deze niet in behandeling nemen: de cliënt woont niet in ons werkgebied. Wij hebben de aanmelding doorgestuurd naar het juiste team. U hoort van hen.

Met vriendelijke groet,
Intake {{o:SWT Centrum}}
=====
Let op: de verwijsbrieven die via ZorgMail binnenkomen worden sinds deze week automatisch in het registratiesysteem gezet. Controleer wel of de bijlagen goed zijn meegekomen (vooral .tif-bestanden gaan soms mis). – [[p:Kim]], {{r:applicatiebeheerder}}
=====
Herinnering: deadline aanlevering cijfers Wmo-monitor is de laatste werkdag van deze maand, 16:00 uur. Aantallen per wijk graag in het Excelbestand Wmo-monitor_2024_v2.xlsx, tabblad 3.
=====
Onderwerp: Bestelling voedselpakketten

Graag 12 extra pakketten voor de uitgifte in {{w:Transvaal}}, artikelnummer VB-2211, à € 0,00 (gedoneerd). Ophalen kan vanaf 10.00 uur aan de achterzijde, dock 3.
=====
Geachte heer [[p:Boer]],

Uw vraag over het huisnummer bij de melding: het gaat om een bovenwoning in de Weimarstraat, het exacte nummer heeft de melder niet doorgegeven. Wij hebben geen verdere gegevens. U kunt de melder niet bereiken; de melding is anoniem gedaan.

{{o:Meldpunt Zorg en Overlast}}
=====
Bijlagen (4):
verwijsbrief_[[p:Kaya]]_[[p:H]].pdf
toestemming_getekend.pdf
medicatieoverzicht_[[d:14-03-2024]].pdf
foto_woning_1.jpg
=====
Beste [[p:Wendy]], 1 vraagje: kamer 2.14 of 2.41 vanmiddag? Overleg om 15u. Gr [[p:Inge]]
=====
Onderwerp: RE: budget 2025

Het budget voor vrijwilligersvergoedingen is € 18.500 voor het hele stadsdeel. Per vrijwilliger maximaal € 190 per maand (fiscaal vrijgesteld), zoals in 2024.

[[p:H.W. Doornbos]]
{{r:controller}} stadsdeel
=====
Nog één toevoeging voor de werkinstructie: vermeld bij een verwijzing naar de {{o:Kredietbank}} altijd het totaalbedrag van de schulden en het aantal schuldeisers; dat scheelt een week doorlooptijd.
""")
# ---------------------------------------------------------------------------
# 9. Mixed correspondence: short mails, forms, typos, lazy lower case
# ---------------------------------------------------------------------------
add(r"""
hoi, kun je mw [[p:tekle]] even terugbellen? ze zegt dat ze geen post meer krijgt van de {{o:IND}}. nr [[t:0612093847]]. thx [[p:ruben]]
=====
Goedemiddag,

Ik ben [[p:Lina Al-Masri]], {{r:trajectbegeleider}} bij {{o:Vluchtelingenwerk}} {{w:Den Haag}}. Ik begeleid het gezin [[p:Khalil]] (vader [[p:Ahmad]], moeder [[p:Rasha]], drie kinderen) dat op [[d:15 april]] is gehuisvest aan de [[a:Lozerlaan 1870]], [[pc:2545 MT]]. Onze begeleiding stopt na 18 maanden, dus in de herfst van volgend jaar. Kunnen we alvast kennismaken zodat het gezin weet waar ze daarna terecht kunnen?

Vriendelijke groet,
[[p:Lina Al-Masri]]
[[t:06 - 28 17 44 90]] | [[e:l.almasri@vluchtelingenwerk.nl]]
=====
Aan: SWT {{w:Scheveningen}}
Van: {{o:Kerkelijke Sociale Dienst}}
Onderwerp: aanvraag noodhulp dhr. [[p:Hoek]]

Wij hebben dhr. [[p:A. Hoek]] ([[a:Keizerstraat 214]]) een eenmalige gift van € 150 gegeven voor boodschappen. Wij doen dit niet vaker. Hij heeft structureel hulp nodig met zijn inkomen; hij heeft een AOW-gat omdat hij jaren als visser in het buitenland heeft gewerkt. Wilt u contact met hem opnemen? Hij heeft geen telefoon, wel een buurvrouw die berichten doorgeeft: mw. [[p:Zwart]], [[t:070 - 354 18 02]].

Met vriendelijke groet,
ds. [[p:P. Visser]]
=====
Re: aanmelding

Sorry, het BSN dat ik gisteren doorgaf was fout. Het goede is [[b:388570349]]; het oude ([[b:31245678]]) mist een cijfer. Groet [[p:Joke]]
=====
Beste [[p:Yusuf]],

Hierbij de gegevens van meneer [[p:Haile]] voor de aanvraag bij het {{o:Fonds Bijzondere Noden}}:
Naam: [[p:Kidane Haile]]
Geb.datum: [[d:01-01-1989]] (volgens verblijfsdocument)
BSN: [[b:742473612]]
IBAN: [[i:NL21BUNQ2437793211]]
Aanvraag: wasmachine (€ 379) en bed (€ 249)
Toelichting: alleenstaande statushouder, geen buffer, {{o:Vluchtelingenwerk}} heeft begeleiding afgerond.

Groet, [[p:Marloes]]
=====
Onderwerp: vraag over cliënt [[p:Huang]]

Goedemorgen, ik ben {{r:thuisbegeleider}} van {{o:Middin}} voor mw. [[p:Huang Mei]]. Ze heeft een brief van de gemeente gekregen over een heronderzoek van haar bijstand, zie foto. De afspraak is op [[d:22-10-2024]] om 9:00 op het {{o:Servicepunt XL}} {{w:Centrum}}, Spui. Ik kan die dag niet mee. Kan het wijkteam iemand sturen of moeten we verzetten?
Bijlage: IMG_20241008_0932.jpg
[[p:Wendy Zhou]]
=====
FW: [[p:Kwabena Owusu]] – telefoonnummer Ghana

Graag noteren: meneer verblijft tot eind januari bij familie in Ghana, bereikbaar op [[t:+233 24 458 1190]] (WhatsApp). Post wordt bewaard door zijn neef op de [[a:Stationsweg 71-3]].
=====
Geachte mevrouw [[p:De Haan]],

De {{o:William Schrikker Stichting}} beëindigt per [[d:1 januari 2025]] de begeleiding van mevrouw [[p:Amber Smit]] (LVB). Wij verzoeken uw team de ondersteuning bij wonen en geldzaken over te nemen. Mevrouw woont in een aanleunwoning aan de [[a:Oude Haagweg 301]] kamer 12; het IBAN van haar leefgeldrekening is [[i:NL67ABNA0837192774]].

Met vriendelijke groet,
[[p:R. Jadoenath]]
=====
hallo wijkteam, ik ben de buurman van meneer [[p:van der Steen]] op nr 14, hij is erg verward en vraagt steeds om geld aan de buren, zijn dochter woont in spanje heb ik geen nummer van. groeten [[p:Piet de Bruin]] [[t:0616338021]]
=====
Beste collega,

De aanmelding van mw. [[p:Noori]] ([[p:Zahra]]) is bij ons binnengekomen via het {{o:Wmo-loket}}. Volgens onze registratie is zij al bekend bij {{o:SWT Laak}} onder [[z:SWT-LK-2024-0631]]. Kunnen jullie bevestigen wie de regie heeft?

[[p:Pieter Mulder]]
{{r:Wmo-consulent}}
=====
Beste [[p:Pieter]], ja, [[p:Sara Lewandowska]] heeft de regie. Zij belt je morgen. Gr [[p:Nora]]
=====
{{o:Stichting Anton Constandse}} – aanmelding begeleid wonen
Naam: [[p:Ricardo Fortes]]
Geboren: [[d:6 januari 1999]] te Praia
Huidige verblijfplaats: daklozenopvang {{o:Leger des Heils}}
BSN: [[b:2381.44.1O9]]
Verwijzer: [[p:M. Verhoeven]], SWT Laak
Reden: LVB, verslaving (cannabis), geen dagbesteding
Opmerking intake: BSN lijkt verkeerd overgenomen (letter O), nagaan bij verwijzer.
=====
Beste [[p:Marloes]],

Bij de aanmelding van dhr. [[p:Fortes]] staat een BSN met een letter erin. Kun je het juiste nummer doorgeven? Zijn geboortedatum is wel [[d:06-01-1999]]?

[[p:Chantal Wijnands]]
{{r:aanmeldfunctionaris}} {{o:Stichting Anton Constandse}}
[[t:070 - 312 90 00]]
=====
Hey [[p:Chantal]], juiste BSN is [[b:751507350]]. Datum klopt. [[p:M.]]
=====
Geachte heer [[p:Siahaya]],

Op [[d:zondag 21 juli 2024]] heeft u gebeld met de {{o:Luisterlijn}}. U gaf toestemming om uw gegevens door te geven aan het wijkteam, omdat u zich eenzaam voelt sinds uw vrouw is overleden. Iemand van het sociaal wijkzorgteam {{w:Waldeck}} neemt contact met u op via [[t:070 - 397 88 12]].

Met vriendelijke groet,
{{o:De Luisterlijn}}
=====
Wat is het juiste mailadres voor aanmeldingen bij jullie, [[e:aanmelden@swtmoerwijk.nl]] of [[e:swt.moerwijk@denhaag.nl]]? Ik krijg een foutmelding. Groet, [[p:Ellen]] ({{o:HWW zorg}})
=====
Beste [[p:Ellen]], het tweede adres. Het eerste bestaat sinds de zomer niet meer. Groet [[p:Dennis]]
=====
Onderwerp: uitnodiging keukentafelgesprek [[p:Sital]]

Geachte heer [[p:R. Sital]],

U krijgt bezoek van [[p:Anouk Vos]] van het sociaal wijkzorgteam op [[d:woensdag 9 oktober]] tussen 13.00 en 14.00 uur op uw adres [[a:Escamplaan 1402-B]]. Als uw zoon [[p:Vikash]] erbij wil zijn, is dat welkom.

Kenmerk: [[z:SWT-ESC-2024-1291]]
=====
Mailtje van de {{o:Voedselbank}}: fam. [[p:ivanova]] heeft 3 weken niks opgehaald. Pasnummer [[z:VB-HGL-10442]]. Zijn ze nog in beeld?
=====
Geachte mevrouw [[p:Kostadinova]],

Wij hebben uw inschrijving als woningzoekende ontvangen. Uw inschrijfnummer is [[z:WN-2024-3388104]]. Uw inschrijfdatum is [[d:12 maart 2024]]. Bewaar deze brief goed.

{{o:Woonnet Haaglanden}}
=====
Beste [[p:Kees]],

Even een reminder: de beschikking van meneer [[p:Osman]] ([[z:SHV-2024-018832]]) verloopt als we de stukken niet voor vrijdag aanleveren. Ik mis nog de bankafschriften van [[i:NL50 RABO 0747 5942 57]] over juli. Zou jij die kunnen opvragen?

Groet, [[p:Dina]]
=====
Van: {{o:Sociaal Wijkzorgteam Laak}}
Aan: {{o:Huisartsenpraktijk Laakkwartier}}
Datum: [[d:18-09-2024]]
Betreft: uw patiënt dhr. [[p:Ahmad Karimi]]

Geachte collega,

Met toestemming van dhr. [[p:Karimi]] laten wij u weten dat hij sinds juli bij ons in begeleiding is. Hij vertelt over ernstige slaapproblemen en herbelevingen van de vlucht. Wij zouden het op prijs stellen als u hem uitnodigt voor een gesprek en beoordeelt of verwijzing naar {{o:i-psy}} of {{o:ARQ Centrum'45}} aan de orde is.

Met vriendelijke groet,
[[p:Jesse Groen]]
{{r:maatschappelijk werker}}
=====
Dag [[p:Jesse]], dhr. [[p:Karimi]] is uitgenodigd voor [[d:di 1 okt]] 11:10. mvg assistente praktijk Laakkwartier
=====
Goedemorgen, ik heb via [[e:info@swtcentrum.nl]] een mail gestuurd over mevrouw [[p:Yasmina]] maar nog niks gehoord. Kan iemand mij bellen? [[p:Noura Tahiri]], {{r:mentor}} {{o:ROC Mondriaan}}, [[t:06 33 90 12 47]]
=====
Beste,

Wij ontvangen van de {{o:Belastingdienst}} het verzoek om gegevens over uw cliënt [[p:De Vos]]. Dit is een verzoek op grond van art. 53 AWR. Wij beantwoorden dit alleen als de cliënt akkoord is. Zou u dit met mevrouw [[p:Hanna de Vos]] ([[a:Bezuidenhoutseweg 1021]]) willen bespreken?

Groet,
[[p:Marieke Wijnberg]]
{{r:jurist}} Sociaal Domein
=====
Onderwerp: [[p:Abdirisaq]] – nieuw adres

Ter info: [[p:Abdirisaq Nur Egal]] is verhuisd van [[a:Wouwermanstraat 14-A]] naar [[a:Paets van Troostwijkstraat 208]], [[pc:2522DR]]. Telefoon blijft [[t:0031 6 19 44 07 31]].
=====
Hoi!

Kun je aan mw [[p:kowalczyk]]... sorry aan mw. [[p:Kowalczyk]] doorgeven dat de Ooievaarspas klaarligt bij het {{o:Servicepunt XL}} {{w:Laak}}? Ze moet haar ID meenemen.

[[p:Ans]]
=====
Hi team, ik mis nog de handtekening van mw. [[p:Nguyen]] op de toestemmingsverklaring. Zonder die handtekening mag ik het dossier niet doorsturen naar {{o:Parnassia}}. Zij is weer in de wijk vanaf [[d:28/10]]. [[p:Thijs]]
=====
Geachte heer [[p:Wang]],

Uw verzoek om kwijtschelding van de gemeentelijke belastingen 2024 (aanslagnummer [[z:6014.2281.9932]]) is toegewezen. U hoeft het bedrag van € 412,36 niet te betalen.

Met vriendelijke groet,
{{o:Belastingen Gemeente Den Haag}}
=====
van mijn iPhone verstuurd

ja prima. morgen [[d:8 nov]] om 10 bij [[p:Sevgi]] thuis. ik neem de tolk mee. [[p:H.]]
""")
# ---------------------------------------------------------------------------
# 10. Longer letters and threads, other partners
# ---------------------------------------------------------------------------
add(r"""
{{o:Stichting MOOI}} – Welzijn {{w:Escamp}}
[[a:Hengelolaan 1000]]
[[pc:2545 AR]] Den Haag

Aan: {{o:SWT Escamp}}
Datum: [[d:maandag 2 december 2024]]
Ons kenmerk: [[z:MOOI/OC/24/377]]
Betreft: signaal eenzaamheid – dhr. [[p:Kusnadi]]

Beste collega's,

Onze {{r:ouderenconsulent}}, [[p:Bart Hoekstra]], bezocht op [[d:27 november]] dhr. [[p:Slamet Kusnadi]] (86) in het kader van de preventieve huisbezoeken 75+. Meneer woont sinds de dood van zijn vrouw alleen aan de [[a:Leyweg 1344]], eet alleen brood, heeft al maanden geen bezoek gehad en zei letterlijk: "ik wacht alleen nog". Hij heeft één zoon, [[p:Agus]], met wie het contact verbroken is.

Wij zien signalen die passen bij een depressie en vragen het SWT om een huisbezoek met de {{r:wijkverpleegkundige}}. Onze vrijwilligers van de {{o:Indische Soos}} willen graag iets betekenen; meneer heeft daar vroeger gedanst.

Met vriendelijke groet,
[[p:Bart Hoekstra]]
{{r:Ouderenconsulent}}
[[t:06 - 82 44 17 09]] | [[e:b.hoekstra@mooiwelzijn.nl]]
=====
Hi [[p:Bart]],

Thanks, wij gaan op [[d:5 december]] langs. Weet je of meneer gehoorapparaten heeft? Dan bellen we niet maar sturen een kaartje. En heb je het oude nummer van [[p:Agus]] nog? Niet dat we hem ongevraagd bellen, maar meneer zou het misschien willen.

[[p:Yvonne Tanamal]], {{r:wijkverpleegkundige}} ({{o:Haagse Wijk- en Woonzorg}})
=====
Dear Sir/Madam,

I am writing on behalf of my client Mr [[p:Tadesse Berhane]] (date of birth [[d:14 March 1979]]), who has been referred to your neighbourhood team by his GP. Mr [[p:Berhane]] does not speak Dutch and asked me to contact you in English. He lives at [[a:Wolmaransstraat 44-2]], [[pc:2572 XL]] The Hague, and can be reached on [[t:+31 6 2219 8830]].

He needs help with his rent arrears at {{o:Staedion}} and a letter from the {{o:CJIB}} (reference [[z:1300 2948 7710 5521]]).

Kind regards,
[[p:Helen Gebreyesus]]
{{r:Legal adviser}}, {{o:Stichting Rechtshulp Haaglanden}}
=====
Re: Dear Sir/Madam

Dear Ms [[p:Gebreyesus]],

Thank you. Our colleague [[p:Mehmet Yılmaz]] will visit Mr [[p:Berhane]] on [[d:Thursday 21 November]] at 10 am, with a Tigrinya interpreter. Please let Mr [[p:Berhane]] know.

Kind regards,
{{o:Social Neighbourhood Team Transvaal}}
=====
Overdracht casussen [[p:Noor Hamdan]] (verlof vanaf [[d:16 december]])

Cliënt	Kenmerk	Actie	Nieuwe contactpersoon
[[p:Lachman]], H.	[[z:SWT-BV-2024-0088]]	afsluiten jan.	[[p:Anna Vogel]]
[[p:Karimi]], H.	[[z:SWT-BV-2024-0140]]	deurwaarder bellen	[[p:Sevda Kaya]]
[[p:Haidari]], S.	[[z:SWT-BV-2024-0161]]	BB aanvraag loopt	[[p:Sevda Kaya]]
[[p:Pereira]], J.	[[z:SWT-BV-2024-0190]]	intake [[d:18/12]]	[[p:Anna Vogel]]

Vragen: [[t:06 71 29 38 04]] tot vrijdag.
=====
Onderwerp: Verzoek inzage dossier

Geachte heer, mevrouw,

Namens mijn cliënt, dhr. [[p:E.J. Winklaar]], geboren [[d:3 augustus 1975]], verzoek ik u op grond van artikel 15 AVG om een kopie van alle persoonsgegevens die uw team over hem verwerkt. Een kopie van zijn identiteitsbewijs (met afgeschermd BSN) en een machtiging treft u in de bijlage.

Met vriendelijke groet,
mr. [[p:L.F. Koeiman]]
{{r:advocaat}}
[[a:Zeestraat 100]], [[pc:2518 AD]] Den Haag
T [[t:070 - 362 85 41]]

Bijlagen: machtiging_[[p:Winklaar]].pdf; ID_afgeschermd.pdf
=====
Beste {{o:SWT Morgenstond}},

Wij, {{o:Huurdersvereniging Morgenstond}}, maken ons zorgen over een aantal oudere bewoners in de flats aan de Erasmusweg sinds de lift al twee weken defect is. Wij noemen geen namen, maar het gaat om minstens zes mensen boven de 80 die nu hun huis niet uit kunnen. {{o:Staedion}} reageert traag. Kunnen jullie meedenken?

Met vriendelijke groet,
Het bestuur
=====
Van: [[p:Mirjam Haidari]] ({{o:ZVH}})
Onderwerp: actiepunten overleg [[z:ZVH-2024-0712]]

1. {{o:Leger des Heils}} regelt tijdelijke plek ([[p:Dennis]] M.) – [[p:Jeroen]]
2. ID-kaart en bankrekening – [[p:Sanne]] (SWT)
3. Contact moeder alleen via SWT, niet via reclassering
4. Evaluatie: [[d:22 mei]], 10.00 uur
=====
Goedemiddag,

Ik werk als {{r:mentor}} bij {{o:Bureau Mentorschap Haaglanden}} en ben sinds kort mentor van mevrouw [[p:Carmen Pinas]] ([[a:Moerweg 210]]). Ik zou graag kennismaken met de {{r:casusregisseur}}. Ik ben bereikbaar op dinsdag en donderdag op [[t:06 18 55 27 64]] of via [[e:mentor.pinas@bmhaaglanden.nl]].

Vriendelijke groet,
[[p:Thea Schouten]]
=====
Beste [[p:Sandra]],

Korte update [[p:Todorova]]: woning toegewezen aan de [[a:Haagweg 167-C]], [[pc:2281 AE]], sleuteloverdracht [[d:1 juli]]. Verhuizing via {{o:Stichting Verhuishulp}}. Inrichtingskosten aangevraagd, aanvraagnr [[z:BB-2024-20771]]. Kinderen kunnen op dezelfde school blijven.

[[p:Inge]]
=====
Geachte collega's,

Op verzoek van het wijkteam ontvangt u hierbij de medische verklaring voor de urgentieaanvraag van mw. [[p:Yana Todorova]] en haar kinderen [[p:Viktoria]] (6) en [[p:Boris]] (3). Beide kinderen hebben astma; de klachten zijn toegenomen sinds zij in de huidige kamer wonen.

Met collegiale groet,
[[p:J.P. Smit]], {{r:huisarts}}
{{o:Huisartsenpraktijk Spoorwijk}}
=====
Goedemorgen [[p:Femke]], ik kan vandaag niet naar mw. [[p:El Khattabi]], ziek. Kan [[p:Youssef]] het overnemen? Afspraak 11u. Sorry! [[p:Gijs]]
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
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = s.replace(" ", "").upper()
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
            if sp["text"] in BAD_OK:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h101-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout101.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    tot = sum(pc.values())
    print(path)
    print("texts", len(rows), "without pii", sum(1 for r in rows if not r["pii"]))
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
