#!/usr/bin/env python3
"""Held-out corpus 130: correspondence and notes about young adults (18-27) between the
wijkteam, leerplicht/RMC, MBO schools, the Jongerenpunt, youth care after 18 and UWV.
Student numbers, education numbers, internship addresses, dates of birth, DUO letters,
quick chat messages from the young people themselves in street language, nicknames and
gamer tags, and look-alikes (class codes, course codes, room numbers, crebo numbers).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout130.jsonl next to itself.
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

# Numbers deliberately typed wrongly in the texts (still personal data).
BAD_BSN_OK = {"4533.31.467"}
BAD_IBAN_OK = {"NL28INGB8461308225"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. RMC / leerplicht <-> wijkteam (mails, notes, quoted replies)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marloes Verhagen]] <[[e:m.verhagen@rmc-haaglanden.nl]]>
Aan: wijkteam {{w:Moerwijk}}
Onderwerp: vsv-melding [[p:S. Boukhari]] (20) - graag afstemmen

Hoi [[p:Hasna]],

Via het verzuimregister kwam [[p:Soufiane Boukhari]] bij ons binnen als voortijdig schoolverlater. Hij stond ingeschreven bij {{o:ROC Mondriaan}} op Logistiek medewerker niveau 2 (crebo 25438), klas LOG2-C, en is per [[d:1 oktober]] uitgeschreven. Studentnummer was [[z:2114587]]. Geboortedatum volgens DUO: [[d:17-06-2004]].

Hij staat ingeschreven op [[a:Zuidlarenstraat 61]], [[pc:2545 VK]], bij zijn moeder. Ik heb twee keer een brief gestuurd en gebeld naar [[t:06-43817265]], geen reactie. Jullie kennen het gezin volgens mij via de schuldhulp van moeder?

Zou je willen kijken of jij hem kan bereiken? Ons RMC-dossier: [[z:RMC-24-03317]].

Groet,
[[p:Marloes]]
{{r:RMC-trajectbegeleider}} | {{o:RMC regio Haaglanden}}
algemeen nummer 070 353 54 54 (niet mijn directe lijn)
=====
Hoi [[p:Marloes]],

Ja ken ik. Moeder is mw. [[p:Boukhari-El Ghazali]], wij zitten er sinds de zomer in. [[p:Soufiane]] zelf heb ik één keer gesproken, hij noemt zichzelf "[[p:Souf]]" en zit vooral 's nachts te gamen. Hij reageert wel op Insta ([[p:@souf.070x]]) maar dat ga ik niet via mijn werkaccount doen natuurlijk. Ik neem hem donderdag mee naar het {{o:Jongerenpunt}}, laat je weten hoe het ging.

Zijn nieuwe nummer btw: [[t:06 1928 4406]] (oude is afgesloten).

Gr [[p:Hasna Bouchtaoui]]
{{r:casusregisseur}} sociaal wijkzorgteam {{w:Moerwijk}}

> Op [[d:4 nov. 2024]] om 09:12 schreef [[p:Marloes Verhagen]]:
> Zou je willen kijken of jij hem kan bereiken? Ons RMC-dossier: [[z:RMC-24-03317]].
=====
Notitie leerplicht - [[d:ma 9/9]]
Jongere: [[p:Kimberly Girigorie]], geb. [[d:02-09-2006]] (dus net 18!)
Onderwijsnummer [[z:103398559]]
Kwalificatieplicht tot 18 -> vanaf nu RMC. Overgedragen aan [[p:Peter van der Meulen]] ({{r:leerplichtambtenaar}}) -> RMC, want zij heeft nog geen startkwalificatie (alleen entree, crebo 25348 niet afgerond).
Woont bij oma in {{w:Transvaal}}, [[a:Kempstraat 205-A]].
Oma wil graag dat het wijkteam meekijkt: er is een huurachterstand en [[p:Kim]] helpt niet mee in huis.
=====
Beste collega's van het wijkteam {{w:Laak}},

Hierbij een warme overdracht zoals afgesproken in het netwerkoverleg. Het gaat om:

Naam: [[p:Rignald Winklaar]]
Geboortedatum: [[d:11 maart 2005]]
Adres: [[a:Neherkade 2204]], [[pc:2521 VZ]] Den Haag
Tel.: [[t:06-28 41 90 13]]
Laatste school: {{o:Techniek College Haaglanden}}, Eerste monteur elektrotechnische installaties (BBL, crebo 25653)
Reden uitval: leerbedrijf heeft BPV-overeenkomst beëindigd per [[d:30-08-2024]]
RMC-nummer: [[z:RMC-HGL-2024-1182]]

Hij wil wel werken maar heeft een boete van het CJIB van € 390 en een achterstand bij zijn zorgverzekering. Kunnen jullie de schulden oppakken? Wij blijven betrokken voor school/werk.

Met vriendelijke groet,
[[p:P. van der Meulen]]
{{r:leerplichtambtenaar}} / RMC
{{o:Gemeente Den Haag}}, Postbus 12652, 2500 DP Den Haag
=====
rmc tel. contact [[p:rignald]] 14:40 -> neemt op!! zegt dat ie "gwn chillt" en geen school wil. wel open voor werk via {{o:Werkgeversservicepunt}}. afspraak [[d:do 19-9]] 13u jongerenpunt. hij neemt vriend mee ([[p:Giovanni]]).
=====
Van: {{o:Leerplicht Den Haag}} <[[e:leerplicht@denhaag.nl]]>
Onderwerp: RE: RE: [[p:Berkay Öztürk]] - vrijstelling / RMC

Hallo [[p:Esra]],

Dank voor je mail. Even de feiten op een rij zoals ze bij ons in het systeem staan:
- [[p:Berkay]] is op [[d:23 juli]] 18 geworden, dus de kwalificatieplicht is voorbij;
- hij was ingeschreven bij {{o:MBO College Westland}} (klas SD3B, Software Developer niveau 4, crebo 25604);
- laatste aanwezigheid [[d:14-05-2024]], daarna 86 uur ongeoorloofd verzuim;
- er loopt geen proces-verbaal meer, dat is vervallen.

Vanaf nu valt hij onder het RMC. Ik heb de overdracht gedaan onder zaaknummer [[z:LP-2024-07741]].

De moeder gaf aan dat [[p:Berkay]] slaapt tot 14:00 en nauwelijks zijn kamer uitkomt. Misschien iets voor jullie {{r:jongerenwerker}}?

Groet,
[[p:Ruud Hoek]]
{{r:leerplichtambtenaar}}
=====
Kort verslag MDO Jongeren {{w:Escamp}} [[d:dinsdag 15 oktober]]
aanwezig: [[p:Floor]] (RMC), [[p:Hasna]] (SWT), [[p:Tim Koning]] ({{r:SLB'er}} {{o:ROC Mondriaan}}), [[p:Anouar]] ({{r:jongerenwerker}} {{o:Stichting MOOI}})

1. [[p:Ikram El Ouardi]] (19) - zwanger, 24 wkn, wil opleiding Verzorgende IG afmaken. Stage bij {{o:Florence}} loopt door tot verlof. Actie [[p:Tim]]: examenplanning aanpassen.
2. [[p:Jesse Winter]] (21) - dakloos, slaapt bij vrienden. Briefadres aanvragen. Actie [[p:Hasna]].
3. [[p:Tygo]] uit klas MV2A - niet besproken, geen toestemming ouders/jongere.
4. Algemeen: 14 jongeren op de lijst, 9 in traject. Volgend MDO [[d:19-11]].
=====
[[p:Floor]], korte vraag: die [[p:Jesse Winter]] van het MDO, heeft hij nog een DUO-schuld? Hij zei "ik heb niks aan studiefinanciering gehad" maar op zijn Mijn DUO staat een bedrag van € 2.840. Relatienummer [[z:4401 8876 12]] als je het wil checken. Gr [[p:Hasna]]
=====
Hoi,

Ik ben [[p:Naomi Tjin-A-Tsoi]], {{r:RMC-trajectbegeleider}}. Ik heb van het {{o:Jongerenpunt}} begrepen dat jullie [[p:Xaviera Sabajo]] begeleiden (geb. [[d:30-12-2002]]). Zij is 21 en heeft geen startkwalificatie, dus ze valt nog onder het RMC tot haar 23e.

Mag ik met haar toestemming aansluiten bij jullie volgende huisbezoek? Ze woont nu volgens de BRP op [[a:Jan Blankenstraat 118]] maar volgens school op [[a:Goudenregenstraat 43-3]]. Welke is actueel?

Mijn mobiel: [[t:06-51 37 28 90]], mail [[e:n.tjinatsoi@denhaag.nl]]

Groetjes,
[[p:Naomi]]
=====
RMC-brief (standaard, verstuurd [[d:02-10-2024]])
Beste [[p:Patryk Nowicki]],
Volgens onze gegevens ben je tussen de 18 en 23 jaar en heb je geen startkwalificatie. Wij willen graag met je in gesprek over je toekomst. Je bent welkom op [[d:woensdag 9 oktober]] om 10:30 uur bij het {{o:Jongerenpunt}}, kamer 0.14. Kun je niet? Bel dan het algemene nummer 14 070 en vraag naar het RMC.
Kenmerk: [[z:RMC/2024/10/0562]]
=====
tel. notitie [[d:10-10]] - [[p:Patryk]] niet verschenen op RMC-afspraak. Moeder ([[p:Agata Nowicki]]) belde terug van [[t:+48 512 884 107]]: hij werkt zwart bij een oom in de kassen in {{w:Wateringse Veld}}, wil niet naar school. RMC sluit na 3 pogingen, vraagt wijkteam mee te kijken ivm huisvesting (12 personen op [[a:Loosduinseweg 740]]).
=====
Hallo [[p:Peter]],

Even over [[p:Dewi Ramlakhan]]. Ze is nu 18 en wil zelf niet meer dat wij met haar moeder praten over school. Ik heb dat gerespecteerd. Wel heeft ze toestemming gegeven dat jij en ik informatie delen (toestemmingsverklaring getekend [[d:12 september]], ligt in dossier [[z:SWT-ESC-24-0915]]).

Ze zit nu op {{o:ROC Mondriaan}} Kapper niveau 2, klas KAP2-D, lokaal W1.17 is haar vaste lokaal, maar ze is daar sinds de herfstvakantie niet meer gezien volgens haar mentor mevr. [[p:Kraaijeveld]]... Ik denk dat het met de situatie thuis te maken heeft.

[[p:Lamyae]]
=====
Subject: aanmelding Jongerenpunt
Hi, ik ben [[p:Yassine]] 19 jaar, mijn leerplichtambtenaar zei ik moet mailen. Ik ben gestopt met school (Sport en bewegen) en wil werken. Mijn nummer is [[t:0612093847]]. Mijn moeder wil dat ik terug naar school ga maar ik wil eerst doekoe verdienen. Groetjes [[p:Yassine Ouchan]]
=====
RE: aanmelding Jongerenpunt

Hoi [[p:Yassine]],

Top dat je mailt! Ik ben [[p:Ayla]], {{r:jongerencoach}} bij het {{o:Jongerenpunt}}. Kom je [[d:vrijdag 25 oktober]] om 11:00 langs? We zitten op de 2e verdieping, balie 3. Neem je ID mee en je BSN (staat op je ID-kaart achterop).

Werken en leren kan trouwens ook samen, bijv. BBL. Dan verdien je wél doekoe 😉

Groet,
[[p:Ayla Yıldırım]]
=====
Leerplicht/RMC - overzicht signalen week 41 ({{w:Segbroek}}/{{w:Loosduinen}})
- [[p:Demi Hoek]] (18), {{o:Lentiz}}, klas DA2-B - 31 uur verzuim, ziek gemeld door zichzelf, ouders niet bereikbaar
- [[p:Mustafa Wardak]] (19), Entree, wil niet meer ivm werk bij pakketbezorger
- [[p:N. Schipper]] (20), uitgeschreven [[d:27-09]], geen nieuwe inschrijving
- [[p:Bartek]] (achternaam onbekend), jongerenwerk meldt dat hij op straat slaapt bij het {{w:Zuiderpark}}
Geen van deze jongeren is bekend bij het wijkteam volgens de check van [[d:8 okt]].
=====
[[p:Ruud]], ik heb [[p:Demi]] gesproken. Ze is niet ziek, ze past op de kinderen van haar zus overdag omdat die in de nachtdienst werkt. Ik heb met school afgesproken dat ze de praktijkdagen van DA2-B inhaalt in week 46 en 47. De BPV-begeleider op school is dhr. [[p:Dekker]], tel via de receptie. [[p:Demi]]'s eigen 06 is [[t:06 - 3318 7742]]. gr [[p:Kiki Dijkstra]], {{r:wijkcoach}}
=====
[[d:14-11]] Hallo, ik ben de moeder van [[p:Furkan Aslan]]. Hij is 19 en ik krijg brieven van jullie (kenmerk [[z:RMC/2024/11/0217]]). Hij woont niet meer bij mij, hij woont bij zijn vriendin in Rijswijk, [[a:Van Vredenburchweg 88 B]]. Stuur het daar maar naartoe alstublieft. Ik heb ook nog zijn DUO brief hier liggen. Mvg [[p:Tuba Çiftçi]]
=====
Hoi [[p:Naomi]],
Korte update over [[p:X. Sabajo]]: ze woont inderdaad op de [[a:Goudenregenstraat 43-3]] bij een vriendin, BRP moet nog worden aangepast. Huisbezoek is [[d:dinsdag 5/11]] 15.00. Je bent welkom. Ze vroeg of je haar "[[p:Xavi]]" wilt noemen, niet [[p:Xaviera]] 🙂
Gr. [[p:Lamyae Hadouchi]]
=====
Verslag RMC-gesprek

Datum: [[d:17 oktober 2024]]
Jongere: [[p:Filmon Tekle]]
Leeftijd: 20
Status: statushouder, inburgeringsplichtig, geen diploma
Aanwezig: [[p:Filmon]], zijn neef [[p:Robel]] (tolk), {{r:RMC-trajectbegeleider}} [[p:F. Sprenger]]

[[p:Filmon]] wil graag naar een technische opleiding. Hij heeft in Eritrea als monteur gewerkt. Taalniveau A2. Advies: Entree Techniek met taalondersteuning, start [[d:3 februari]]. Hij woont met vier andere jongens op de [[a:Calandstraat 12]] (begeleid wonen van {{o:Stichting Jeugdformaat}}).

Vervolg: intake school [[d:28-10]] om 9:00, lokaal B0.06.
=====
hoi [[p:floor]] is die [[p:filmon]] van jou? hij kwam vandaag binnen op het servicepunt met een brief van duo over zijn ov. kenmerk [[z:OV-2024-887312]]. heb hem doorgestuurd naar jou. [[p:wendy]]
=====
Intern RMC - dossierregel
[[z:RMC-HGL-2023-0988]] | [[p:Liban Hassan]] | [[d:05-05-2003]] | 21 jr | startkwal: nee | status: uit beeld | laatste contact [[d:12-06-2024]] | bijzonderheden: broer [[p:Abdullahi]] ({{r:ervaringsdeskundige}} bij {{o:Jongerenpunt}}) wil helpen zoeken
=====
Hoi allen,

Vanaf [[d:1 januari]] ben ik niet meer jullie contactpersoon bij het RMC voor {{w:Laak}} en {{w:Spoorwijk}}. Mijn opvolger is [[p:Sven de Bruin]], [[e:s.debruin@rmc-haaglanden.nl]], [[t:06-20 55 81 37]]. Lopende casussen draag ik warm over; [[p:Rignald W.]] en [[p:Patryk N.]] bespreek ik nog persoonlijk met jullie.

Bedankt voor de fijne samenwerking!
[[p:Marloes]]
""")
# ---------------------------------------------------------------------------
# 2. MBO schools: SLB, verzuim, BPV/stage, examens
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Tim Koning]] ({{r:SLB'er}} Zorg & Welzijn) <[[e:t.koning@rocmondriaan.nl]]>
Aan: [[e:wijkteam.escamp@denhaag.nl]]
Onderwerp: zorgen om student - toestemming aanwezig

Goedemiddag,

Met toestemming van de student (formulier getekend [[d:7-10-2024]]) meld ik me bij jullie. Het gaat om:

Student: [[p:Ikram El Ouardi]]
Studentnummer: [[z:2098834]]
Opleiding: Verzorgende IG, niveau 3, BOL, crebo 25655
Klas: VIG3-A (cohort 2022)
Stageadres: {{o:Florence}} locatie Mariahoeve, [[a:Ruychrocklaan 2]], [[pc:2597 EA]]

[[p:Ikram]] is 24 weken zwanger en woont sinds kort zelfstandig, maar heeft nog geen huurtoeslag en ook geen zorgtoeslag aangevraagd. Ze vertelde dat ze bang is voor post van de {{o:Belastingdienst}}. Ze wil heel graag haar diploma halen; examens KT3 en KT4 staan gepland in periode 3.

Zouden jullie contact willen opnemen? Haar nummer: [[t:06-39 48 27 15]].

Met vriendelijke groet,
[[p:Tim Koning]]
{{r:studieloopbaanbegeleider}} | {{o:ROC Mondriaan}} | kamer C2.14
Receptie school: 088 666 3000
=====
verzuimmelding (automatisch, Eduarte)
Student: [[p:Berkay Öztürk]] ([[z:2076219]])
Klas: SD3B
Verzuim deze periode: 42 uur ongeoorloofd (21%)
Laatste aanwezig: [[d:ma 14-10-2024]] 1e uur, lokaal D3.09
Melding DUO verzuimloket: ja, [[d:21-10-2024]]
Actie mentor: gesprek gepland
=====
Hoi [[p:Kiki]],

Ik ben de {{r:BPV-begeleider}} van [[p:Demi]]. Haar stage is bij {{o:Dierenkliniek Loosduinen}}, [[a:Loosduinse Hoofdstraat 312]], praktijkopleider is [[p:Ingrid Sloot]] ([[t:06-41 02 77 93]]). [[p:Ingrid]] belde me dat [[p:Demi]] er al drie dinsdagen niet was. Nu snap ik waarom, dank voor je uitleg. We maken een nieuw BPV-rooster: voortaan woensdag en donderdag, zodat ze dinsdag op de kinderen kan letten. POK wordt aangepast, nummer [[z:POK-2024-118273]].

Groet, [[p:Wim Dekker]]
=====
To whom it may concern,

I am writing on behalf of [[p:Semhar Kidane]], date of birth [[d:14/02/2003]], student number [[z:2130566]] at {{o:ROC Mondriaan}}, course Helpende Zorg & Welzijn level 2 (crebo 25498, class HZW2-F). She has been absent due to a housing emergency. Her current address is the emergency shelter of the {{o:Kessler Stichting}}; correspondence can be sent to her guardian [[p:Merhawit Haile]], [[a:Stuwstraat 18]], [[pc:2516 TJ]] Den Haag.

Kind regards,
[[p:J. Rodrigues]], {{r:schoolmaatschappelijk werker}}
=====
[[p:rodrigues]] - notitie zorgoverleg mbo ({{o:ROC Mondriaan}} locatie Brasserskade)
zorgteam [[d:di 22 okt]]
- [[p:Semhar K.]] → Kessler, wijkteam {{w:Centrum}} gevraagd voor woonplek. contact: [[p:Merhawit]] (tante) [[t:06 85 11 40 27]]
- HZW2-F: 3 studenten met verzuim > 16u, mentor belt zelf
- lokaal A0.12 wordt vanaf week 45 het nieuwe stilteruimte-lokaal, geen zorgtaak
=====
Beste heer/mevrouw,

Hierbij bevestigen wij dat de student [[p:Emre Şahin]], geboren op [[d:6 januari 2005]], vanaf [[d:4 november 2024]] stage loopt bij ons bedrijf:

{{o:Autoschadeherstel Binckhorst B.V.}}
[[a:Binckhorstlaan 131]]
[[pc:2516 BA]] Den Haag
KvK 27184512 / SBB-erkenningsnummer 100298771

Werktijden: ma t/m do 07:30 - 16:00. Praktijkopleider: [[p:Ronald de Haan]], [[e:ronald@asbinckhorst.nl]].

Deze verklaring is opgesteld op verzoek van de student voor het {{o:UWV}}.

Met vriendelijke groet,
[[p:R. de Haan]]
=====
Hallo meneer [[p:de Haan]], ik ben [[p:Emre]] zijn moeder. Hij is vandaag ziek. Hij heeft koorts. Sorry. [[p:Melike Şahin]] [[t:06 47 20 38 61]]
=====
Melding examencommissie {{o:MBO College Westland}}

Student [[p:J. Kamińska]] ([[z:2041870]]) vraagt verlenging aan voor examen NL-2F-LEZ en REK-2F. Reden: psychische klachten, behandeling bij {{o:Parnassia}} sinds [[d:01-09-2024]]. Verklaring {{r:psycholoog}} bijgevoegd. Advies mentor: toekennen. Herkansing in lokaal E1.04 op [[d:9 december]], 09:00-11:00.
=====
[[p:Julia]] is op [[d:maandag 18-11]] weer gestart, 3 dagen per week. gr mentor [[p:Bas Verhoef]]. ps: haar nieuwe adres is [[a:Van Musschenbroekstraat 41]], [[pc:2522 AM]] - mag ik dat doorgeven aan de administratie?
=====
Hoi [[p:Esra]],

Dank voor je belletje. Zoals besproken: [[p:Berkay]] mag terugkomen bij Software Developer, maar alleen als hij in een ander cohort (SD2A) instroomt; de vakken die hij al heeft (OOP1, WEB2, DB1) neemt hij mee. De intake is bij de {{r:decaan}}, mw. [[p:Lieke Prins]], kamer F0.21, [[d:donderdag 7 november]] 14:15.

Studentnummer blijft [[z:2076219]]. Hij moet wel opnieuw inschrijven via Studielink vóór [[d:1 december]].

Vriendelijke groet,
[[p:Olav Kuiper]], {{r:teamleider}} ICT
=====
Intake stagebureau - BPV-plaatsing
Naam student: [[p:Quincy Amatredjo]]
Studentnr.: [[z:2149021]]
Geb.datum: [[d:30-07-2004]]
Opleiding: Medewerker ICT support, niv. 3, crebo 25606, klas ICT3-C
Gewenste stageplek: {{w:Den Haag Zuidwest}} of {{w:Rijswijk}}, bereikbaar met tram 16
Aangeboden: {{o:Servicedesk HaagTech}}, [[a:Laan van Wateringse Veld 705]], [[pc:2548 BN]]
Contactpersoon bedrijf: [[p:Karin Bos]], [[t:070 - 312 88 41]]
Opmerking: student heeft geen vaste woonplek (bank van vrienden). Doorverwezen naar wijkteam.
=====
Van: [[e:quincy.amatredjo@student.rocmondriaan.nl]]
ff vragen of ik me stage ook in de avond mag doen want overdag moet ik bij de jongerenpunt zijn en bij de woning dinges. mvg [[p:quincy]]
=====
Aantekening mentor (klas MZ3-B, lokaal 2.31):
[[p:Rama Darwish]] vertelde vandaag dat haar broer [[p:Yaman]] (22) haar telefoon controleert en dat ze na school direct naar huis moet. Ze is 19. Ze wil niet dat ik iets doe. Overlegd met {{r:zorgcoördinator}} [[p:Nadine Smit]]: we melden bij {{o:Veilig Thuis}} anoniem voor advies, geen melding op naam. Datum [[d:11-11-2024]].
=====
BPV-bezoekverslag

Student: [[p:Kerem Arslan]] | Klas: MEC2-A | Studentnr [[z:2110447]]
Leerbedrijf: {{o:Garage Kraayenstein}}, [[a:Kraayensteinlaan 218]]
Bezoek: [[d:27 september 2024]]
Aanwezig: [[p:Kerem]], praktijkopleider [[p:Sjaak Mulder]], BPV-docent (ik)

[[p:Kerem]] doet het goed in de werkplaats maar komt vaak te laat (gem. 20 min). Hij vertelde dat hij 's nachts werkt bij een distributiecentrum voor extra geld omdat zijn vader zijn baan kwijt is. Ik heb hem geadviseerd contact te zoeken met het {{o:Jongerenpunt}} voor info over studiefinanciering/aanvullende beurs. Volgende bezoek week 49.

[[p:M. El Khatib]], BPV-docent Motorvoertuigentechniek
=====
hey meneer [[p:el khatib]] ik heb die aanvullende beurs aangevraagd via duo, mn relatienummer is [[z:5581 2309 44]], klopt dat? gr [[p:kerem]]
=====
Geachte ouder/verzorger,

Uw zoon/dochter is 18 jaar of ouder. Vanaf dat moment sturen wij geen verzuimmeldingen meer naar u, tenzij de student daar zelf toestemming voor geeft. Heeft u vragen? Neem contact op met de mentor of met de receptie via 088 - 666 3000 (algemeen nummer). Onze bezoekadressen vindt u op de website.

Met vriendelijke groet,
Team Studentzaken
=====
[[d:15-10]] gesprek met [[p:Luuk de Vos]] (20) en {{r:SLB'er}}. [[p:Luuk]] stopt met Mediavormgever (crebo 25399, GRA2-B) en gaat per [[d:1 november]] fulltime werken bij zijn oom (installatiebedrijf). Uitschrijfformulier getekend. Hij is gewezen op RMC en op het Jongerenpunt. Geen zorgen verder, loopt goed thuis volgens hem. Overdracht RMC: [[z:RMC-HGL-2024-1377]].
=====
hoi [[p:Tim]]
kun jij mij het nummer van de stagebegeleider van [[p:Ikram]] sturen? de praktijkbegeleider daar is [[p:Petra]] toch?
[[p:Hasna]]

--
hoi [[p:Hasna]], ja [[p:Petra van Wijk]], [[e:p.vanwijk@florence.nl]]. gr [[p:tim]]
=====
Aanmeldformulier Entree-opleiding (ingevuld door {{r:jongerencoach}})

Achternaam: [[p:Hakimi]]
Voornamen: [[p:Sahar]]
Geboortedatum: [[d:19-04-2005]]
BSN: [[b:696202463]]
Adres: [[a:Heeswijkplein 77]], [[pc:2531 HN]]
Telefoon: [[t:06 1177 2039]]
E-mail: [[e:saharhakimi2005@gmail.com]]
Vooropleiding: geen diploma, ISK tot 2023
Gewenste richting: Entree Dienstverlening en zorg (crebo 25348)
Startmoment: februari
=====
Bericht in Teams van [[p:Nadine Smit]] ({{r:zorgcoördinator}}):
"[[p:Rama]] is vandaag niet op school. Haar vriendin zegt dat ze bij familie in Zoetermeer zit. Ik heb [[t:06 2748 1193]] gebeld, dat is het nummer dat in Eduarte staat, niet opgenomen. Wie kan even meekijken?"
=====
ROC-brief uitschrijving

Den Haag, [[d:22 oktober 2024]]
Betreft: beëindiging onderwijsovereenkomst
Kenmerk: [[z:OOK-25604-2076219]]

Beste [[p:Berkay]],

Omdat je sinds [[d:14 mei 2024]] niet meer op school bent geweest en je niet hebt gereageerd op onze uitnodigingen, schrijven wij je uit per [[d:1 november 2024]]. Je gegevens worden doorgegeven aan DUO en aan het RMC.
Wil je toch verder met je opleiding? Neem dan contact op met je mentor of bel 088 666 3000.

Met vriendelijke groet,
Studentzaken {{o:MBO College Westland}}
Postbus 20, 2670 AA Naaldwijk
=====
Notitie schoolmaatschappelijk werk:
Gesproken met [[p:Mariya Todorova]] (18, klas HT2-A, Hospitality). Woont met moeder en 2 broertjes op 1 kamer, [[a:Prinsegracht 219-II]]. Moeder werkt in hotel, [[p:Mariya]] zorgt 's ochtends voor broertjes ([[p:Georgi]] 7 en [[p:Ivo]] 5). Zij wil graag een eigen bankrekening maar heeft geen BSN-brief meer. Doorverwezen naar wijkteam {{w:Centrum}}.
=====
[[p:Mariya]] haar BSN is [[b:466067227]] (via gemeente opgevraagd met machtiging). Rekening bij bunq geopend: [[i:NL72BUNQ3727528446]]. Stagevergoeding van het hotel gaat daar vanaf [[d:1 december]] naartoe. - [[p:S.]]
""")
# ---------------------------------------------------------------------------
# 3. Jongerenpunt: intakes, forms, coach notes
# ---------------------------------------------------------------------------
add(r"""
INTAKE JONGERENPUNT
Datum intake:	[[d:25-10-2024]]
Coach:	[[p:Ayla Yıldırım]]
Naam:	[[p:Yassine Ouchan]]
Roepnaam:	[[p:Yas]]
Geboortedatum:	[[d:08-08-2005]]
BSN:	[[b:380236448]]
Adres:	[[a:Hoefkade 1022]]
Postcode:	[[pc:2526 CM]]
Tel:	[[t:0612093847]]
Mail:	[[e:yas.ouchan05@gmail.com]]
Inkomen:	geen
Schulden:	telefoonabonnement (ca. € 600), OV-boete
School:	gestopt Sport en bewegen niv. 4 (crebo 25409) in jaar 2
Vraag:	werk, later misschien BBL
Afspraak:	sollicitatietraining groep 3, ruimte 2.07, elke dinsdag 10:00
=====
coachnotitie [[d:1/11]] [[p:yas]] kwam 25 min te laat, had geen ov-saldo. cv gemaakt. hij wil bij {{o:PostNL}} sorteercentrum, ik heb hem ingeschreven bij uitzendbureau. let op: zijn vriend "[[p:Lil Momo]]" staat steeds buiten te wachten, volgens jongerenwerk is dat een bekende uit de {{w:Schilderswijk}}.
=====
Jongerenpunt - aanvraag briefadres

Aanvrager: [[p:Jesse Winter]], geb. [[d:21-02-2003]], BSN [[b:545397078]]
Laatste woonadres: [[a:Sportlaan 402]], [[pc:2566 LJ]] (bij vader, daar uitgezet)
Briefadres bij: {{o:Jongerenpunt}} / postadres team Jongeren, Postbus 12600, 2500 DJ Den Haag
Reden: dakloos, slaapt wisselend bij vrienden in {{w:Bouwlust}} en {{w:Vrederust}}
Getekend door jongere op [[d:29 oktober]]
Behandelaar: [[p:H. Bouchtaoui]]
=====
Hallo [[p:Ayla]], ik ben [[p:Nour]], de zus van [[p:Tarek Haj Ali]]. Hij heeft volgende week een afspraak bij jullie maar hij kan niet goed Nederlands lezen. Kan ik meekomen? Hij is [[d:02.03.2004]] geboren, dat vroeg de receptie. Mijn nummer [[t:+31 6 4512 0937]]. Dank je!
=====
Afspraakbevestiging (sms)
Hoi [[p:Tarek]], je afspraak bij het {{o:Jongerenpunt}} is op [[d:di 12 nov]] om 13:30. Locatie: [[a:Spui 70]], 2e etage. Vragen? Bel 070 353 70 70 (ma-vr). Groet, Jongerenpunt
=====
Notitie intake [[p:Tarek Haj Ali]] - [[d:12-11-2024]]
Aanwezig: [[p:Tarek]], zus [[p:Nour Haj Ali]] (tolkt), [[p:Ayla]].
[[p:Tarek]] is 20, statushouder sinds 2022, woont met ouders en 5 broers/zussen in {{w:Wateringse Veld}}, [[a:Laan van Wateringse Veld 1388]]. Hij heeft in Syrië 3 jaar als elektricien gewerkt. Hij wil hier werken maar heeft geen diploma. ISK niet afgemaakt. Hij heeft een uitkering aangevraagd maar die is afgewezen omdat hij bij ouders woont (kostendelersnorm). Vader heeft een bijstandsuitkering, zaaknummer [[z:SZW-2022-114409]].
Plan: aanmelding praktijkroute {{o:Werkgeversservicepunt}}, taal via {{o:Bibliotheek Den Haag}}, vervolg [[d:26-11]].
=====
Inschrijfformulier werkervaringsplek

naam                : [[p:Kevin Sahetapy]]
geboortedatum       : [[d:13-01-2001]]
bsn                 : [[b:714880103]]
iban                : [[i:NL28INGB8461308255]]
adres               : [[a:Zonnebloemstraat 67]] [[pc:2565 RD]]
mobiel              : [[t:06-3304 1186]]
noodcontact         : [[p:Jolanda Latuperisa]] (moeder) [[t:06-2281 9402]]
werkervaringsplek   : {{o:Kringloop Den Haag}}, [[a:Zichtenburglaan 48]] (magazijn)
startdatum          : [[d:02-12-2024]]
=====
Interne mail

[[p:Ayla]], die [[p:Kevin S.]] van de werkervaringsplek: zijn iban klopt niet, de salarisadministratie krijgt een foutmelding. Hij heeft [[i:NL28INGB8461308225]] opgegeven volgens het formulier. Kun jij het even navragen?
[[p:Stefan]], administratie
=====
Coachverslag gesprek 3 - [[p:Chiara Doekhie]] (22)

[[p:Chiara]] komt binnen met haar dochtertje [[p:Amaya]] (2). Ze is moe. Haar ex betaalt geen alimentatie. Ze heeft een bijstandsuitkering maar moet volgens de klantmanager 32 uur solliciteren, wat met een kind zonder opvang niet lukt.
Ik heb met haar de aanvraag kinderopvangtoeslag voor BBL doorgenomen; zij wil Pedagogisch medewerker kinderopvang doen (crebo 25697) bij {{o:ROC Mondriaan}}.
Klantmanager gemeente: mw. [[p:Verbeek]] - heb ik gebeld, zij vindt het goed als [[p:Chiara]] per [[d:1 februari]] start met BBL. Ontheffing arbeidsverplichting: akkoord, kenmerk [[z:ONTH-24-30812]].
Vervolg: [[d:4 december]], 11:00.
=====
Jongerenpunt | weekoverzicht nieuwe aanmeldingen (wk 44)
# | roepnaam | leeftijd | wijk | route | contact
1 | [[p:Yas]] | 19 | {{w:Schilderswijk}} | werk | [[t:0612093847]]
2 | [[p:Bilan]] | 23 | {{w:Moerwijk}} | school | [[t:06 18 55 07 32]]
3 | [[p:Jordy]] | 18 | {{w:Duindorp}} | werk | via moeder
4 | [[p:Semhar]] | 21 | {{w:Centrum}} | wonen | via Kessler
5 | [[p:Robin]] | 26 | {{w:Leidschenveen}} | uitkering | [[e:robin.vdberg98@hotmail.com]]
Totaal 5, waarvan 2 via RMC, 1 via wijkteam, 2 zelfmelder.
=====
notitie [[p:bilan osman]] - 23 jr, 1 kind. wil terug naar school (Doktersassistent niv 4). DUO: ze heeft al 4 jaar studiefinanciering gehad voor een hbo-opleiding die ze niet afmaakte → prestatiebeurs omgezet in lening, schuld ca € 14.000. aflosfase start [[d:1 januari 2025]]. uitgelegd draagkrachtregeling. actie: samen Mijn DUO inloggen op [[d:do 7-11]].
=====
Mijn DUO - schermafdruk (overgetypt door coach)
Relatienummer: [[z:3918 2204 67]]
Naam: [[p:B. Osman]]
Totale schuld: € 14.218,44
Rente 2024: 2,56%
Maandbedrag vanaf januari: € 87,31
Status: terugbetalen, draagkracht niet aangevraagd
=====
Hoi [[p:Ayla]]!! Dit is [[p:Bilan]], mijn DUO is gelukt, ik hoef maar € 0 per maand te betalen nu 🎉🎉 Dank je voor alles. Kan ik volgende week toch nog langskomen voor de school inschrijving?
=====
Korte notitie balie Jongerenpunt, [[d:woensdag 30 oktober]] 16:10
Jongen (ca. 20) aan de balie zonder afspraak, wilde naam niet geven, zei "ze noemen me [[p:Slim]]". Vraag: waar kan hij slapen vannacht. Doorverwezen naar {{o:Kessler Stichting}} jongerenopvang en nummer {{o:Centrale Toegang}} gegeven. Geen dossier aangemaakt.
=====
Aanmelding via website (ongewijzigd overgenomen)
Voornaam: [[p:jordy]]
Achternaam: [[p:de boer]]
Geboortedatum: [[d:31-08-2006]]
Email: [[e:jordydeboer2006@live.nl]]
Telefoon: 
Postcode: [[pc:2583xb]]
Huisnummer: 14
Waar kunnen we je mee helpen?: werk zoeken, m'n moeder zegt dat ik iets moet doen
=====
Notitie bij [[p:Jordy de Boer]]: huisnummer 14 bij postcode [[pc:2583 XB]] = [[a:Tesselsestraat 14]]? Moeder ([[p:Ria de Boer]]) belde vanaf [[t:070-3554219]], ze wil mee naar intake. [[p:Jordy]] is net 18, dus eerst toestemming aan hem zelf vragen.
=====
Intake [[p:Robin van den Berg]] (26) - uitkeringsaanvraag jongeren
Geb. [[d:9 mei 1998]]. Woont in {{w:Leidschenveen}}, [[a:Leidsenhage 9 C]] (antikraak). Werkte bij {{o:Bol}} in het DC, contract niet verlengd per [[d:1-10]]. WW bij {{o:UWV}} aangevraagd, uitkering start [[d:8 oktober]]. Daarnaast huurachterstand antikraak € 450 en ziektekostenpremie 2 mnd open. [[p:Robin]] wil liever geen wijkteam ("ik ben geen zorgkind"). Afgesproken: alleen geldzaken via {{o:Schuldhulpmaatje}}.
=====
Afsprakenkaart
Jongerenpunt - [[a:Spui 70]]
Naam: [[p:Liban]]
Afspraak met: [[p:Abdullahi]] ({{r:ervaringsdeskundige}})
Wanneer: [[d:vrijdag 22/11]] 14:00
Kamer: 1.12
Meenemen: ID-kaart, brief {{o:DUO}}, brief {{o:CJIB}}
=====
[[p:Abdullahi Yusuf]] ({{r:ervaringsdeskundige}}) - verslag
Ik heb [[p:Liban]] gevonden via zijn neef in {{w:Transvaal}}. Hij wilde eerst niet praten, zei dat hij "klaar is met instanties". Na een broodje bij de Turkse bakker op de [[a:Paul Krugerlaan 39]] wel. Hij slaapt sinds de zomer in de auto van een vriend. Hij is 21, heeft schulden bij de {{o:CJIB}} (ca. € 1.100) en wil "gewoon een kamer en een baan". Hij komt [[d:22-11]] naar de afspraak, ik haal hem op.
=====
verslag telefonisch contact ouder - [[d:28 oktober]]
Mw. [[p:Koolhoven]] (moeder van [[p:Stijn Koolhoven]], 24) belt: [[p:Stijn]] zit al 2 jaar thuis op zolder, gamet hele nachten, online bekend als "[[p:xKoolStijnx]]". Hij heeft autisme (diagnose 2016) en had tot zijn 18e begeleiding via de jeugdhulp. Daarna stopte alles. Moeder is op en wil weten of er iets via de Wmo of Wlz kan. Adres: [[a:Valkenboslaan 233]], [[pc:2563 CE]]. Tel moeder [[t:06 - 24 81 77 30]]. Doorgezet naar wijkteam {{w:Segbroek}} als "18+ zonder vangnet".
""")
# ---------------------------------------------------------------------------
# 4. Chat messages from the young people (street language, nicknames, gamer tags)
# ---------------------------------------------------------------------------
add(r"""
yo mevrouw dit is [[p:dre]] van gister. kan niet komen vandaag wollah mn moeder is ziek en ik moet op mn broertje letten. morgen?
=====
ewa [[p:hasna]] ben skeer heb geen doekoe voor de tram 😩 kan die afspraak bij jongerenpunt ook via facetime
=====
[[p:Souf]]: ik zweer die rmc vrouw blijft bellen bro
[[p:Souf]]: zeg haar ff dat ik met jou praat
[[p:Hasna]]: Hoi [[p:Souf]]! Ik zeg het tegen [[p:Marloes]]. Zie ik je donderdag om 2 uur?
[[p:Souf]]: sws
[[p:Souf]]: neem ik mn mattie mee is goed?
[[p:Hasna]]: Prima, als jij dat fijn vindt 👍
=====
mevrouw ik heb een osso gevonden!!! kamer op de [[a:Weimarstraat 97a]] 2e verdieping. 475 per maand. moet ik nu huurtoeslag aanvragen of hoe werkt dat. ben [[p:Jesse]]
=====
hey is dit [[p:Ayla]]? dit nummer kreeg ik van [[p:Yas]]. ik ben [[p:Naj]] (eig [[p:Najib]]) zelfde straat als hem. ik wil ook werk. kan ik langs komen ofzo
=====
Gesprek WhatsApp (export) - jongerenwerk {{w:Transvaal}}
[[[d:11-11-24]] 21:14] [[p:Anouar]] (jongerenwerk): Ey [[p:Liban]], alles goed? Morgen nog steeds 12u bij de bakker?
[[[d:11-11-24]] 23:52] [[p:Liban]]: ja safe
[[[d:12-11-24]] 11:58] [[p:Liban]]: broer ik kom 10 min later
[[[d:12-11-24]] 12:31] [[p:Anouar]] (jongerenwerk): Geen stress. Neem je die brief van het CJIB mee?
[[[d:12-11-24]] 12:33] [[p:Liban]]: ff zoeke heb m in de waggie van [[p:Kenzo]] laten liggen
=====
Ik ben [[p:Rahwa]], nicht van [[p:Filmon]]. [[p:Filmon]] zegt dank je voor gisteren. Hij heeft de school brief niet gekregen. Zijn adres is nu anders: [[a:Calandstraat 12]] kamer 4. Kamer 4 is niet huisnummer! Dank je
=====
yo [[p:tim]] ik ben vandaag nie op stage want die baas daar doet kkr moeilijk over mn tijden. ff fissa. ik bel je morgen. [[p:kerem]]
=====
mevrouw ik zit bij politie bureau jan hendrikstraat, ze zeggen ik moet iemand bellen. kunt u komen. [[p:Rignald]]
=====
[[d:vr 15 nov]] 02:13 - sms ontvangen op dienstnummer
"sorry dat ik zo laat stuur. ik kan niet meer thuis blijven. mn stiefvader heeft me eruit gegooid. ben bij mn vriendin [[p:Kiki]] op de [[a:Zoutmanstraat 21-B]]. bel me morgen aub. [[p:dewi]]"
=====
hoi hoi, is dit het jongerenpunt? ik zoek [[p:Abdullahi]], die gast die bij jullie werkt. mn broer [[p:Liban]] zei ik moet hem appen. ben [[p:Sagal]]
=====
Discord DM (doorgestuurd door moeder, met toestemming jongere)
[[p:xKoolStijnx]]: mam stop met dat wijkteam
[[p:xKoolStijnx]]: ik ben prima
[[p:xKoolStijnx]]: [[p:NoScopeNaj]] en [[p:Sh0tc4ll3r070]] zijn mijn vrienden ik heb geen andere nodig
Mama: ik wil alleen dat iemand met je praat schat
=====
Hoi [[p:Stijn]], ik ben [[p:Joost]] van het wijkteam. Je moeder vertelde dat je niet zo zit te wachten op mensen van instanties. Snap ik. Mag ik je één keer ontmoeten, buiten of online? Je mag zelf kiezen waar. Groet, [[p:Joost]] ([[t:06 1094 5587]])
=====
ok. discord. mijn tag is [[p:xKoolStijnx]]. niet bellen.
=====
wollah mevrouw ik heb niks gedaan die boete is van mn neef hij reed met mn ov. kan je niet met die cjib praten. mn kenmerk is [[z:6089 4417 2301 5589]]
=====
Hallo meneer [[p:Joost]] ik ben [[p:Amina]] de moeder van [[p:Bilal]], hij is 19 en hij zegt dat hij bij u een afspraak moet maken maar zijn telefoon is kapot. U kan mij bellen [[t:06-11803264]]. Dank u.
=====
[[p:bilal]] hier. heb nieuwe simkaart. [[t:0684207731]]. wnr is die afspraak ook alweer
=====
hey ik ben die jongen van de hockeyveld. ik heb m'n bsn gevonden, [[b:560835851]]. moet ik dat naar u sturen of naar die RMC mevrouw. [[p:Djo]]
=====
[[p:Djo]] = [[p:Djordy Eersel]] (20), bekend bij RMC onder [[z:RMC-HGL-2022-0419]]. Nummer van de app: [[t:06-1742 3308]]. Notitie [[p:S. de Bruin]] [[d:20/11]].
=====
broer dat formulier van uwv snap ik echt niks van. wat is een "verwijzing arbeidsdeskundige" 😂 kan je helpen. ben vrij na 3 uur. [[p:K-Dawg]] aka [[p:Kelvin]]
=====
sorry mevrouw ik was ziek. gwn griep. kom morgen weer naar school. tell meneer [[p:dekker]] ff pls. xx [[p:Demi]]
=====
Instagram DM aan jongerenwerk account
[[p:@lilchico.hgl]]: ey jullie doen toch ook dingen met werk? mn mattie heeft bij jullie een baan gekregen
jongerenwerk: Hey! Klopt, wij helpen met werk zoeken. Hoe oud ben je en waar woon je?
[[p:@lilchico.hgl]]: 19. {{w:Moerwijk}}. zuidlarenstraat
jongerenwerk: Kom langs bij het {{o:Jongerenpunt}} of in het buurthuis op woensdag vanaf 15u 😊
=====
Goedemorgen mevrouw ik ben [[p:Mursal Sultani]] ik heb uw nummer van mijn school. Ik ben 18 jaar. Mijn vader wil dat ik trouw en stop met school. Ik wil niet. Kunt u mij helpen? Niet bellen naar mijn huis. Alleen appen. Dank u
=====
ik zit in de bus naar school nu. stage is bij [[a:Loosduinse Hoofdstraat 312]] toch? ik ben mn briefje kwijt [[p:demi]]
=====
[[p:yas]]: mevrouw ik ben aangenomen bij postnl!!!!!!
[[p:yas]]: begin [[d:maandag 2 december]] nachtdienst
[[p:Ayla]]: WAUW [[p:Yas]]!! Super trots op je 🥳
[[p:yas]]: hahah dank je. zeg ff tegen mn moeder dat ik geen nietsnut ben 😂
=====
met [[p:Ricky]] hier van [[a:Beeklaan 418]]. die man van de woningbouw was hier en zegt ik moet weg omdat mn oma dood is en het contract op haar naam staat. ik woon hier al mn hele leven. help
=====
Hoi, ik ben een vriend van [[p:Jesse]]. Hij heeft geen beltegoed. Hij vraagt of je hem kan appen op mijn nummer. Hij staat bij mij voor de deur. Groet [[p:Sem]]
=====
Tekst van [[p:Shorty]] (= [[p:Sharmila Bhoendie]], 20) aan haar {{r:ambulant begeleider}}:
"ik heb die brief van de rechtbank. ze zeggen dat mn vader nog steeds mn bewindvoerder is maar ik ben toch 18+?? kan jij kijken pls. zaaknr staat bovenaan [[z:C/09/658212 / BW RK 24-1187]]"
=====
mevrouw kunt u ff bellen naar mn school want die zeggen ik ben uitgeschreven maar ik heb gwn verlof aangevraagd voor ramadan vakantie. klas is ASV2-B. studentnummer [[z:2163370]]. [[p:Imane]]
=====
ik ben buiten. op het pleintje. blauw jas. [[p:Filmon]]
=====
Hoi [[p:Xavi]] hier! Ik heb vandaag mn eerste loonstrook gehad 🥲 kijk: netto € 1.132,08. kan ik nu die schuld van {{o:Zilveren kruis}} betalen of eerst de huur?
=====
yo ff checke. mn mattie zegt jullie geven geld voor rijbewijs. klopt dat. wollah ik heb het nodig voor werk.
=====
sahbi ik ben klaar met die school. ze behandelen me als een kind. ik ga werken bij mn oom z'n shoarmazaak op de [[a:Wagenstraat 142]]. zeg maar tegen die [[p:floor]] dat ze me kan vergeten
=====
Hoi [[p:Floor]], ik heb [[p:Mustafa]] gesproken. Hij werkt bij zijn oom in de zaak in de Wagenstraat, zo'n 50 uur per week, contract is er niet. Hij is 19, dus geen leerplicht meer, maar ik maak me zorgen over het zwartwerken. Mag ik jouw nummer aan hem geven? [[p:Anouar]]
=====
hey mevrouw [[p:Kiki]]. Ik ben [[p:Demi]] haar zus [[p:Romy]]. [[p:Demi]] is in het ziekenhuis. Ze is niet ziek ofzo, ze is bevallen 🥹 maar kan ze nu nog haar stage afmaken?
=====
ok ok ik kom wel naar die gesprek. maar niet met die leerplicht man die is echt een tata 😤 - [[p:Berkay]]
""")
# ---------------------------------------------------------------------------
# 5. Youth care after 18 (verlengde jeugdhulp, 18-/18+ transition)
# ---------------------------------------------------------------------------
add(r"""
Overdracht 18-/18+
Van: {{o:Jeugdbescherming west}} ({{r:jeugdbeschermer}} [[p:Marieke Hoogenboom]])
Aan: sociaal wijkzorgteam {{w:Bouwlust}}/{{w:Vrederust}}
Jongere: [[p:Xiomara Felida]], geb. [[d:04-12-2006]]
Maatregel: ondertoezichtstelling eindigt op haar 18e verjaardag ([[d:4 december 2024]])
Woonsituatie: gezinshuis {{o:Jeugdformaat}}, [[a:Oude Haagweg 311]]; per 18 jaar verlengde jeugdhulp tot 21 aangevraagd, beschikking [[z:JH-VERL-2024-00821]]
Aandachtspunten: schulden (telefoon, webshops ca. € 1.900), geen zorgverzekering vanaf 18 geregeld, DigiD niet aangevraagd, zorgtoeslag niet aangevraagd, moeder ([[p:Kimberly Felida]]) niet in beeld, vader in Curaçao.
Perspectiefplan besproken op [[d:8 oktober]] met [[p:Xiomara]] zelf. Zij wil het wijkteam erbij, niet "nog een hulpverlener". 
=====
Checklist 18 jaar - [[p:Xiomara]] (gemaakt met haar samen, [[d:8-10-2024]])
[x] DigiD aanvragen (code komt op [[a:Oude Haagweg 311]])
[x] Zorgverzekering afsluiten vóór [[d:4 maart 2025]] (4 mnd na verjaardag)
[ ] Zorgtoeslag aanvragen
[ ] Bankrekening op eigen naam: nu nog jongerenrekening [[i:NL35RABO9010285581]], omzetten
[ ] Studiefinanciering: zit op {{o:ROC Mondriaan}}, Pedagogisch medewerker (crebo 25697) klas PW2-C → recht op basisbeurs mbo vanaf de maand na 18e
[ ] Bijbaan: {{o:Kruidvat}}, 12 uur p/w
=====
Van: [[p:Tom Gerritsen]] <[[e:t.gerritsen@cardea-jeugdzorg.nl]]>
Onderwerp: verlengde jeugdhulp [[p:R. Leito]] - vraag om Wmo-begeleiding na 21

Beste collega's,

[[p:Ruthsel Leito]] (20, geb. [[d:19-06-2004]]) woont sinds 2021 in een kamertrainingscentrum van {{o:Cardea}}, [[a:Ockenburghstraat 7]]. De verlengde jeugdhulp loopt af op [[d:19 juni 2025]]. [[p:Ruthsel]] heeft een LVB (IQ ca. 68) en kan zijn geldzaken niet zelf. Er loopt beschermingsbewind bij {{o:Budget Alert}} (dossiernummer [[z:BA-24-1193]]).
Wij vragen het wijkteam om nu al een Wmo-aanvraag voor begeleiding te starten, zodat er geen gat ontstaat. [[p:Ruthsel]] noemt zichzelf trouwens "[[p:Ruth]]" en zijn gamernaam "[[p:ttv_ruthsel]]" gebruikt hij ook op straat 😉.

Groet,
[[p:Tom Gerritsen]], {{r:ambulant begeleider}} {{o:Cardea}}
[[t:06-50 29 14 87]]
=====
Wmo-melding 18+ (ingevuld door wijkteam)
Naam: [[p:Ruthsel Leito]] | BSN: [[b:892728243]] | Geb.: [[d:19-06-2004]]
Huidig adres: [[a:Ockenburghstraat 7]], [[pc:2552 GD]] (kamertraining, tijdelijk)
Gewenst: begeleid wonen / ambulante begeleiding vanaf [[d:19-06-2025]]
Bewindvoerder: {{o:Budget Alert}}, Mw. [[p:H. Sedney]], [[t:070 - 205 48 19]]
Zaaknummer Wmo: [[z:WMO-24-071552]]
=====
Notitie perspectiefplanoverleg
[[d:Donderdag 21 november 2024]], {{o:Youz}} locatie {{w:Bezuidenhout}}
Aanwezig: [[p:Zakaria Belhadj]] (19), zijn moeder [[p:Fatima Belhadj]], {{r:regiebehandelaar}} Dr. [[p:Annelot Fransen]] ({{o:Youz}}), [[p:Sven]] (RMC), [[p:Kiki]] (wijkteam).

[[p:Zakaria]] is na een psychose (voorjaar 2024) in behandeling bij {{o:Youz}}. Bij 18+ zou hij over naar {{o:Parnassia}} volwassenen, maar Youz mag doorbehandelen tot 23 in het kader van verlengde jeugdhulp. Afgesproken: Youz blijft regiebehandelaar tot [[d:1 juli 2025]].
School: hij stond ingeschreven voor Beveiliger niv. 2, klas BEV2-A. Hij wil terug in februari. [[p:Sven]] regelt een gesprek met de opleiding.
Geld: [[p:Zakaria]] heeft een Wajong-aanvraag lopen? Nee — hij heeft arbeidsvermogen; eerst kijken naar studiefinanciering. 
Volgend overleg: [[d:27-02-2025]].
=====
Korte mail
[[p:Kiki]], kun je de brief van Youz aan de huisarts doorsturen naar [[e:f.belhadj76@hotmail.com]]? Dat is het adres van zijn moeder, [[p:Zakaria]] heeft geen mail 🙈. Hij geeft toestemming, getekend op [[d:21/11]]. gr [[p:Annelot]]
=====
Melding zorgverzekering ontbreekt (brief {{o:CAK}}, overgetypt)
Geachte heer [[p:Belhadj]],
Volgens onze gegevens bent u sinds [[d:3 juni 2024]] niet verzekerd voor zorg. U bent op [[d:3 juni 2024]] 18 jaar geworden. U moet zich binnen 3 maanden verzekeren...
Uw kenmerk: [[z:CAK-WNZ-2024-3310987]]
Postadres CAK: Postbus 84000, 2508 AA Den Haag
=====
Pleegzorg tot 21 - gesprek [[p:Natalia Szymańska]]
[[p:Natalia]] (19) woont nog bij pleegouders [[p:Henk Vink]] en [[p:Marga Vink]] in {{w:Ypenburg}}. Pleegzorg is verlengd tot 21 ([[z:PZ-2023-6621]]). Ze wil op kamers in Delft, ze gaat naar de hbo (Verpleegkunde). Vraag aan wijkteam: wie helpt bij de overstap naar volwassen instanties als pleegzorg stopt. Haar biologische moeder woont in Gdańsk, geen contact.
Pleegvergoeding stopt bij uitwonen. Studiefinanciering uitwonend aanvragen bij DUO. 
=====
[[p:Natalia S.]]: doorgestuurd DUO-bericht
"Beste [[p:Natalia Szymańska]], wij hebben uw aanvraag studiefinanciering ontvangen op [[d:18 november 2024]]. Uw aanvraag is in behandeling onder nummer [[z:SF-24-88102934]]. Wij controleren of u daadwerkelijk uitwonend bent op het adres [[a:Oude Delft 221-K7]], [[pc:2611 HD]] Delft."
=====
Aan: Wmo-loket
Van: [[p:Esther Mahabali]], {{r:woonbegeleider}} {{o:Xtra}} / {{o:Limor}}
Betreft: [[p:Giovanni Martis]] - einde Jeugdwet-indicatie beschermd wonen

[[p:Giovanni]] wordt op [[d:7 januari]] 18. De indicatie beschermd wonen Jeugd (locatie [[a:Vaillantlaan 544]]) stopt dan. Hij heeft ernstige hechtingsproblematiek en is eerder dakloos geweest. Wij willen geen 'zwart gat'. Zijn BSN [[b:785899935]]. Graag spoedige afstemming; telefoonnummer [[t:06 - 2039 6614]].
=====
Toelichting team: we hebben in 2024 in totaal 23 jongeren begeleid in de overgang 18-/18+. Bij 14 daarvan liep de zorgverzekering niet door. Gemiddeld duurde het 11 weken voor een Wmo-beschikking er was. Leerpunt: start de aanvraag ten minste 6 maanden vóór de 18e verjaardag, en regel DigiD als eerste.
=====
Vanuit de jeugdbescherming nog even: de familie [[p:Martis]] is bekend onder {{o:Raad voor de Kinderbescherming}}-nummer [[z:RvdK-2017-221873]]. Moeder [[p:Edmée Martis]] wil graag betrokken blijven, maar [[p:Giovanni]] wil dat niet. Hij is straks volwassen, dus hij beslist. Mail: [[e:edmee.martis@kpnmail.nl]]. - [[p:MH]]
=====
Hi [[p:Esther]], [[p:Giovanni]] hier. Ik wil niet terug naar mn moeder. Ik wil een eigen plek. Als het moet slaap ik wel weer bij [[p:Jayden]]. Jullie moeten niet met haar bellen ok. [[p:G]]
=====
Verslag evaluatie verlengde jeugdhulp

Jongere: [[p:Kwesi Appiah]]
Geb.: [[d:10/05/2005]]
Hulp: ambulante begeleiding {{o:Timon}}, 4 uur p/w, beschikking [[z:JW-2023-44190]], einddatum [[d:10-05-2026]]
Woont: studio {{o:Staedion}}, [[a:Troelstrakade 96-3]], [[pc:2531 AH]]
Opleiding: Kok niveau 2 ({{o:ROC Mondriaan}}, klas KOK2-E), stage bij {{o:Hotel Des Indes}}, [[a:Lange Voorhout 54]]
Wat gaat goed: stage, koken, contact met zus [[p:Efua]].
Zorg: huurachterstand 2 mnd, gokt online (FIFA-packs, ca. € 300/mnd).
Doel komende periode: bankzaken met budgetcoach, eigen inkomen stabiel.
=====
hoi mevr [[p:Mahabali]] met [[p:Jayden]] hier de vriend van [[p:Gio]]. hij slaapt bij mij op de bank sinds vrijdag. ik woon op [[a:De Heemstraat 201]] 3 hoog. hij heeft geen geld meer. bel mij niet hem ff [[t:06 17 92 03 48]]
=====
Beschikking verlengde jeugdhulp (samenvatting, door wijkteam overgenomen in dossier)
Naam: [[p:Felida, X.]]
BSN: [[b:185911742]]
Besluit: toekenning verlengde jeugdhulp, pleegzorg/gezinshuis, van [[d:04-12-2024]] tot en met [[d:03-12-2027]]
Product: 44A02 (gezinshuis) - 7 etmalen/week
Kenmerk gemeente: [[z:2024-JW-0133871]]
Bezwaar: binnen 6 weken na dagtekening
=====
Team 18+ {{o:Jeugdformaat}} - signaleringslijst jongeren die in Q1 18 worden ({{w:Escamp}})
[[p:A. Cheddi]] - [[d:12-01-2007]] - woont zelfstandig? nee
[[p:T. Dogan]] - [[d:28-01-2007]] - in behandeling GGZ
[[p:K. Arslan]] - [[d:02-02-2007]] - netwerk aanwezig, loopt goed
[[p:M. van Dam]] - [[d:17-03-2007]] - nog geen zorgverzekering geregeld, ouders niet bereikbaar
=====
[[p:Xiomara]]: "ik wil gwn normaal leven en niet elke week iemand die vraagt hoe het met me gaat 😑"
Genoteerd door [[p:Marieke]] als citaat voor het perspectiefplan, met haar toestemming.
""")
# ---------------------------------------------------------------------------
# 6. UWV, werkcoaches, Participatiewet for under-27s
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Joost Winter]] <[[e:joost.winter@uwv.nl]]>
Aan: [[p:Kiki Dijkstra]]
Onderwerp: [[p:Leito]] - beoordeling arbeidsvermogen / Wajong 2015

Hallo [[p:Kiki]],

Zoals telefonisch besproken: de aanvraag beoordeling arbeidsvermogen voor [[p:Ruthsel Leito]] is binnen op [[d:14 oktober 2024]]. De afspraak met de {{r:verzekeringsarts}} staat op [[d:dinsdag 3 december]] om 10:40 op ons kantoor aan de [[a:Pr. Margrietplein 5]]. Wilt u de jongere en zijn {{r:ambulant begeleider}} daarover informeren? Een uitnodiging volgt per post.

Ons kenmerk: [[z:UWV-BAV-2024-0719283]]

Met vriendelijke groet,
[[p:Joost Winter]]
{{r:werkcoach}} jongeren {{o:UWV}} Den Haag
Telefoon algemeen: 088 - 898 92 94
=====
notitie [[d:3-12]]: met [[p:Ruth]] en [[p:Tom]] ({{o:Cardea}}) naar {{o:UWV}} geweest. Verzekeringsarts vriendelijk, [[p:Ruth]] was zenuwachtig maar vertelde goed over zijn dag. Uitslag binnen 8 weken. Hij vroeg "krijg ik nou geld of niet" - uitgelegd dat dat nog niet bekend is.
=====
Banenafspraak / doelgroepregister
Indicatie aanvraag voor: [[p:Dário Fortes]]
Geboortedatum: [[d:22-11-2003]]
BSN: [[b:706533185]]
Diploma: Entree (2022), praktijkverklaring Logistiek
Reden: structurele functionele beperking (LVB), geen WML zelfstandig
Contact jongere: [[t:06-48 20 19 77]] / [[e:dariofortes03@gmail.com]]
Ingediend door: {{r:jobcoach}} [[p:Wendy Tjon]], {{o:Werkgeversservicepunt Haaglanden}}
=====
UWV bericht (Mijn UWV, overgenomen door jongerencoach)
"Uw WW-uitkering is berekend. U ontvangt vanaf [[d:8 oktober 2024]] tot en met [[d:7 januari 2025]] een uitkering. Dagloon € 76,14. Betaling op rekening [[i:NL94ABNA4483429466]]. Klantnummer [[z:UWV-778102563]]."
Naam op bericht: [[p:R. van den Berg]]
=====
Hoi [[p:Robin]], nog even over je WW: je moet 4 sollicitatie-activiteiten per 4 weken doen en die doorgeven in Mijn UWV. Je eerste periode loopt tot [[d:4 november]]. Kom je [[d:dinsdag 29 oktober]] naar het Jongerenpunt, dan doen we het samen? Groetjes [[p:Ayla]]
=====
Participatiewet - jongere onder 27 - zoektermijn 4 weken

Aanvraagdatum melding: [[d:03-10-2024]]
Aanvrager: [[p:Anouk Bakker]], 22 jaar
BSN: [[b:923502361]]
Woonadres: [[a:Appelstraat 88]], [[pc:2564 EC]]
Zoektermijn tot: [[d:31-10-2024]]
Opdracht: minimaal 4 sollicitaties per week, inschrijving bij 2 uitzendbureaus, aanwezigheid bij {{o:Werkplein}} op [[d:10 oktober]] 9.00 uur.
Klantmanager: [[p:R. Lamrini]]
=====
Mail aan wijkteam van [[p:Reda Lamrini]] ({{r:klantmanager}} Werk & Inkomen):
"Ik zie dat [[p:Anouk Bakker]] tijdens de zoektermijn is opgenomen geweest ([[d:14-21 oktober]]). Dat wist ik niet. Ik zet de termijn stop. Kunnen jullie bevestigen dat het wijkteam betrokken is? Dan koppel ik jullie aan haar dossier [[z:PW-2024-338105]]."
=====
[[p:Anouk]]: ik kan echt niet 4 sollicitaties per week, ik lig net uit de kliniek. wie bedenkt dit. 😭
[[p:Kiki]]: Ik heb met je klantmanager gebeld. De termijn staat stil. Je hoeft nu even niks. 
[[p:Anouk]]: echt? dank je dank je
=====
Arbeidsdeskundig rapport (uittreksel, met toestemming)
Betrokkene: [[p:M. Wardak]] | geb. [[d:06-07-2005]] | kenmerk [[z:UWV/AD/2024/55810]]
Conclusie: betrokkene kan met ondersteuning (jobcoach) arbeid verrichten in eenvoudig productiewerk. Geen duurzaam geen arbeidsvermogen. Advies: loonkostensubsidie via gemeente, Praktijkroute mbo-certificaat Logistiek (crebo 25438, niveau 1/2).
=====
Van: [[e:werkgeversservicepunt@denhaag.nl]]
Onderwerp: kandidaat voor leerwerkbaan Technische Dienst

Beste [[p:Sven]],

Bij {{o:HTM}} is een leerwerkbaan vrij (BBL Eerste monteur, crebo 25653, start [[d:3 februari]]). Jij noemde [[p:Rignald Winklaar]]. Past het nog? Sollicitatiegesprek kan op [[d:12 december]] bij de remise aan de [[a:Lijsterbesstraat 91]].

Met vriendelijke groet,
Team Werkgeversdienstverlening
=====
hey [[p:sven]] ik heb die baan bij de tram mensen!!! BBL. [[d:3 feb]] begin ik. wollah ik kan t nie geloven. [[p:Rignald]]
=====
Telefoonnotitie [[d:dinsdag 19 november]] - {{o:UWV}} {{r:werkcoach}} [[p:Esra Karaca]] belt over [[p:Kelvin Biervliet]] (23):
- hij krijgt WW tot [[d:1 maart]], moet deelnemen aan workshop "Solliciteren voor jongeren" op [[d:26-11]] om 13:00, zaal 4.03
- hij reageert niet op brieven; post gaat naar [[a:Goudenregenstraat 112]] maar hij woont volgens hem in Rijswijk
- [[p:Esra]] vraagt of het wijkteam kan bemiddelen. Haar direct nummer: [[t:06 30 88 14 52]]
=====
Hoi [[p:Esra]],
[[p:Kelvin]] (zijn bijnaam op straat is "[[p:K-Dawg]]", handig om te weten als je jongerenwerk belt) woont tijdelijk bij zijn oom, [[a:Stadhoudersplantsoen 24]], Den Haag dus, niet in Rijswijk. Hij heeft het adres doorgegeven aan de gemeente op [[d:20-11]]. Workshop van [[d:26 november]] gaat hij heen, ik fiets met hem mee.
[[p:Kiki]]
=====
Brief UWV (scan, OCR):
Datum [[d:15 november 2024]]
Kenmerk [[z:2024-UWV-0088153217]]
Geachte heer [[p:Biervliet]],
U heeft niet deelgenomen aan de afspraak op [[d:12 november 2024]]. Wij kunnen daarom een maatregel opleggen...
Reageer binnen 10 dagen via 088 - 898 92 94 of schriftelijk: {{o:UWV}}, Postbus 58285, 1040 HG Amsterdam.
=====
Re: Wajong

[[p:Joost]],
Uitslag [[p:Leito]]: geen duurzaam arbeidsvermogen is NIET vastgesteld, dus hij heeft arbeidsvermogen en komt in het doelgroepregister. Gemeente is dan aan zet. Ik heb het besluit [[d:27 januari]] verstuurd naar zijn bewindvoerder.
[[p:H. Sedney]], {{o:Budget Alert}}
=====
overzicht uitkeringen jongeren wijkteam {{w:Segbroek}} (geanonimiseerd, Q3)
- 6 jongeren met WW
- 11 met bijstand (waarvan 4 via kostendelersnorm verlaagd)
- 3 met Wajong (oude regeling)
- 2 in aanvraag beoordeling arbeidsvermogen
- gemiddelde leeftijd 22,4 jaar
Bron: eigen registratie, peildatum einde kwartaal.
""")
# ---------------------------------------------------------------------------
# 7. DUO letters and what teams write about them
# ---------------------------------------------------------------------------
add(r"""
DUO - brief overgetypt door wijkteam (origineel in dossier)

Groningen, [[d:28 oktober 2024]]
Ons kenmerk: [[z:DUO-TB-2024-5510983]]
Relatienummer: [[z:6630 1458 92]]

Mevrouw [[p:X.M. Sabajo]]
[[a:Jan Blankenstraat 118]]
[[pc:2526 TG]] DEN HAAG

Onderwerp: terugvordering studentenreisproduct

Geachte mevrouw [[p:Sabajo]],

U heeft van [[d:1 september 2023]] tot en met [[d:31 januari 2024]] een studentenreisproduct gehad terwijl u niet meer ingeschreven stond bij een mbo-instelling. Wij zetten de waarde daarvan (€ 1.387,50) om in een schuld...

Heeft u vragen? Bel ons op 050 599 77 55.
DUO, Postbus 50061, 9700 RB Groningen
=====
Aantekening bij DUO-brief [[p:Xavi]]: de uitschrijving bij school is te laat doorgegeven door de school zelf (ze stopte al in augustus). Bezwaar maken op grond van te late verwerking? Met [[p:Naomi]] (RMC) overleggen. Termijn bezwaar: 6 weken na [[d:28-10-2024]], dus vóór [[d:9 december]].
=====
Bezwaarschrift (concept, door wijkteam geholpen)

Aan: {{o:DUO}}, afdeling Bezwaar en Beroep
Postbus 50061
9700 RB Groningen

Den Haag, [[d:2 december 2024]]

Betreft: bezwaar tegen besluit van [[d:28 oktober 2024]], kenmerk [[z:DUO-TB-2024-5510983]]

Geachte heer/mevrouw,

Ik, [[p:Xaviera Sabajo]], geboren [[d:30-12-2002]], BSN [[b:967940631]], maak bezwaar tegen uw besluit. Ik ben in augustus 2023 gestopt met mijn opleiding (Pedagogisch medewerker, klas PW3-A) en heb dat mondeling gemeld bij mijn mentor. De school heeft mij pas per [[d:1 februari 2024]] uitgeschreven. Ik heb het studentenreisproduct na augustus niet meer gebruikt.

Met vriendelijke groet,
[[p:X. Sabajo]]
[[a:Goudenregenstraat 43-3]], [[pc:2565 ED]] Den Haag
[[e:xavi.sabajo@gmail.com]]
=====
DUO - betalingsherinnering (foto, tekst uit app)
"Beste [[p:Liban Hassan]], u heeft uw termijnbedrag van [[d:1 oktober]] nog niet betaald. Betaal € 42,16 o.v.v. betalingskenmerk [[z:7 0003 4410 8917 2253]]."
=====
[[p:Liban]]: ik heb geen geld voor die duo. ik heb niks gestudeerd bro ik zat 3 maanden op school
[[p:Abdullahi]]: Ik weet het broer. We gaan draagkracht aanvragen, dan wordt het misschien €0. Neem je inlog van DigiD mee vrijdag
[[p:Liban]]: digid wat is dat 😂
=====
Notitie: DUO schuld [[p:Filmon Tekle]]
[[p:Filmon]] kreeg een brief dat hij zijn OV terug moet betalen omdat hij "niet ingeschreven" stond. Maar hij stond wel ingeschreven bij de Entree-opleiding vanaf [[d:3 februari]]. Het ging mis omdat de school zijn onderwijsnummer ([[z:106803977]]) gebruikte in plaats van zijn BSN; het BSN kwam pas later. Navraag bij studentenadministratie van {{o:ROC Mondriaan}} (mw. [[p:Haverkamp]]): zij koppelen het nu alsnog.
=====
Hoi [[p:Floor]], [[p:Filmon]]'s BSN is inmiddels binnen: [[b:970693965]]. De school moet het onderwijsnummer omzetten. Ik heb de studentenadministratie gemaild ([[e:studentenadministratie@rocmondriaan.nl]]). gr [[p:Rahwa]] (nicht, heeft toestemming)
=====
Uit Mijn DUO (schermafbeelding van jongere, overgetypt):
Naam: [[p:Ecem Yavuz]]
Geboortedatum: [[d:09-09-2004]]
Onderwijs: mbo niveau 4, Juridisch medewerker (crebo 25488) - {{o:ROC Mondriaan}}
Studiefinanciering: basisbeurs uitwonend € 337,75 + aanvullende beurs € 428,37
Uitbetaling op: [[i:NL53TRIO9498954556]]
Woonadres volgens BRP: [[a:Hardewijkstraat 31]], [[pc:2573 GS]]
=====
Hoi [[p:Ecem]], je staat bij DUO als uitwonend, maar je woont toch bij je ouders op de Hardewijkstraat? Als DUO dat controleert moet je alles terugbetalen, dat kan oplopen tot duizenden euro's. Zullen we het samen aanpassen? Groet [[p:Lamyae]] (wijkteam)
=====
ok mevrouw. ik wist niet dat dat niet mocht, mijn vriendin zei iedereen doet het. maar wil niet nog meer schulden 😔 [[p:Ecem]]
=====
DUO-brieven komen vaak bij ouders terecht, ook als de jongere al uit huis is. Tips uit het teamoverleg:
1. Vraag of de jongere een DigiD heeft en of de Berichtenbox-app actief is.
2. Check in Mijn DUO of het adres klopt met de BRP.
3. Bij schulden: draagkrachtregeling is altijd een optie.
4. Bij twijfel over uitwonend: meteen aanpassen, niet afwachten.
=====
DUO-bericht (doorgestuurd)
"Beste [[p:Reda Bennani]], uw aflosfase start op [[d:1 januari 2025]]. Uw maandbedrag is € 61,00. U betaalt via automatische incasso van rekening [[i:NL17KNAB8775980897]]."
Wijkteam-opmerking: [[p:Reda]] is 24, werkloos sinds zomer. Draagkracht aanvragen samen op [[d:18-12]].
=====
hoi mevrouw. mn moeder heeft weer een brief van duo voor mij. ze heeft m open gemaakt 🙄 er staat mijn relatienummer op [[z:7204 4190 55]] en iets met "herziening". wat betekent dat. [[p:Salma]]
=====
Telefoonnotitie DUO-contact via {{r:jongerencoach}}
[[d:20 november]], 10:15 - gebeld met DUO (algemeen nummer) namens [[p:Salma Bennani]], geb. [[d:16-03-2005]], relatienummer [[z:7204 4190 55]], met machtiging.
Herziening = haar ouders verdienden in 2022 meer dan gedacht, aanvullende beurs wordt deels teruggevorderd (€ 1.042). Niet haar schuld, maar formeel wel haar schuld. Kan in termijnen. Navraag: ouderbijdrage.
""")
# ---------------------------------------------------------------------------
# 8. Tables, caseload overviews, lists
# ---------------------------------------------------------------------------
add(r"""
Caseload jongeren 18-27 | wijkteam {{w:Laak}} | peildatum [[d:01-11-2024]]
| nr | naam | geb.datum | dossier | school/werk | contact |
|----|------|-----------|---------|-------------|---------|
| 1 | [[p:Rignald Winklaar]] | [[d:11-03-2005]] | [[z:SWT-LK-24-0212]] | geen | [[t:06-28 41 90 13]] |
| 2 | [[p:Patryk Nowicki]] | [[d:25-06-2005]] | [[z:SWT-LK-24-0230]] | werk (zwart) | via moeder |
| 3 | [[p:Mariya Todorova]] | [[d:13-02-2006]] | [[z:SWT-LK-24-0241]] | {{o:ROC Mondriaan}} HT2-A | [[t:06 51 20 93 17]] |
| 4 | [[p:Viktor Iliev]] | [[d:01-10-2001]] | [[z:SWT-LK-24-0255]] | uitzendwerk | [[e:viktor.iliev01@abv.bg]] |
| 5 | [[p:S. Kidane]] | [[d:14-02-2003]] | [[z:SWT-LK-24-0260]] | HZW2-F | via tante |
=====
Stageadressen BPV najaar - klas VIG2-C (intern, niet delen buiten school)
Student                 Stageplek                          Adres
[[p:Oliwia Wróbel]]           {{o:Florence}} Mariahoeve              [[a:Ruychrocklaan 2]]
[[p:Douae Zerrouki]]          {{o:WZH Waldeck}}                      [[a:Hengelolaan 1560]]
[[p:Nana Ofori]]              {{o:Saffier De Residentie}}            [[a:Nieboerweg 42]]
[[p:Tuana Kılıç]]             {{o:HMC Bronovo}}                      [[a:Bronovolaan 5]]
[[p:Lisa Mol]]                {{o:Florence}} Mariahoeve              [[a:Ruychrocklaan 2]]
BPV-docent: [[p:W. Dekker]], lokaal B1.08 (spreekuur di 4e/5e uur)
=====
Lijst uitgenodigd voor RMC-spreekuur [[d:woensdag 13 november]] (Jongerenpunt, kamer 0.14)
09:30 [[p:Plamen Hristov]] (21)
10:00 [[p:Ahmad Zia Noori]] (19)
10:30 [[p:Shanice van Lier]] (22)
11:00 vrij
11:30 [[p:Jiayi Lin]] (18)
12:00 [[p:Daan Kuiper]] (20)
=====
Verzuimoverzicht klas LOG2-C (periode 1, t/m week 43)
student	studentnr	geoorloofd	ongeoorloofd	%
[[p:Boukhari, S.]]	[[z:2114587]]	4	96	53%
[[p:Kolev, G.]]	[[z:2114602]]	12	8	11%
[[p:Mohamed, I.]]	[[z:2114640]]	0	2	1%
[[p:Nowicki, P.]]	[[z:2114655]]	0	104	58%
[[p:Yusuf, H.]]	[[z:2114688]]	16	0	9%
gem. klas: 22%
=====
Contactlijst ketenpartners jongeren {{w:Escamp}} (versie november)
- RMC: [[p:Floor Sprenger]] [[t:06-11 93 20 48]] / [[e:f.sprenger@rmc-haaglanden.nl]]
- Leerplicht: [[p:Peter van der Meulen]] [[t:06-51 83 40 26]]
- {{o:Jongerenpunt}}: algemeen 070 353 70 70 / [[p:Ayla Yıldırım]] [[t:06-20 47 18 33]]
- {{o:ROC Mondriaan}} zorgcoördinator: [[p:Nadine Smit]] [[e:n.smit@rocmondriaan.nl]]
- {{o:UWV}} werkcoach jongeren: [[p:Esra Karaca]] [[t:06 30 88 14 52]]
- {{o:Youz}} FACT-jeugd: via aanmeldpunt, algemeen 088 358 22 00
- Jongerenwerk {{o:Stichting MOOI}}: [[p:Anouar Chaouch]] [[t:06 4519 0377]]
=====
Overzicht aanvragen bijzondere bijstand jongeren (geen namen, alleen bedragen)
aanvraag	bedrag	status
laptop mbo	€ 549,00	toegekend
OV tot 18	€ 112,40	afgewezen
inrichting kamer	€ 1.250,00	in behandeling
rijbewijs (werk)	€ 1.900,00	afgewezen
borg kamer	€ 600,00	toegekend
Totaal: € 4.411,40
=====
Planning huisbezoeken week 47 - [[p:Kiki]]
ma [[d:18/11]]	10:00	[[p:Demi Hoek]]	[[a:Ockenburghstraat 61]]
ma [[d:18/11]]	14:00	[[p:Anouk Bakker]]	[[a:Appelstraat 88]]
di [[d:19/11]]	11:00	[[p:Kelvin B.]]	[[a:Stadhoudersplantsoen 24]]
wo [[d:20/11]]	-	teamoverleg	kamer 3.02
do [[d:21/11]]	13:00	[[p:Zakaria Belhadj]]	{{o:Youz}} (perspectiefplan)
vr [[d:22/11]]	vrij
=====
Excelexport "jongeren zonder startkwalificatie" (RMC, gefilterd op postcode 2525/2526)
onderwijsnummer;naam;geb;pc;laatste_opleiding
[[z:101360589]];[[p:El Hamdaoui, I.]];[[d:2004-04-12]];[[pc:2525 TA]];Entree
[[z:100753889]];[[p:Pinto, D.]];[[d:2003-11-30]];[[pc:2526 GE]];Helpende Z&W
[[z:108713169]];[[p:Mangal, R.]];[[d:2005-01-07]];[[pc:2525 XB]];geen
=====
Vrijwilligers maatjesproject jongeren (intern)
naam | maatje van | telefoon
[[p:Rob Kerkhof]] | [[p:Quincy]] | [[t:06 2901 7731]]
[[p:Marit Sprong]] | [[p:Ecem]] | [[t:06 4418 2290]]
[[p:Hamza Aït Taleb]] | [[p:Liban]] | [[t:06-17 30 66 04]]
""")
# ---------------------------------------------------------------------------
# 9. No personal data: schedules, class codes, crebo lists, general info
# ---------------------------------------------------------------------------
add(r"""
LET OP: het SLB-uur van klas VIG3-A is deze week verplaatst naar lokaal C1.08 (dinsdag 5e uur). De toets NL-3F-LEZ wordt afgenomen in de aula.
=====
Opleidingen met instroom in februari ({{o:ROC Mondriaan}}, {{w:Den Haag}}):
- Entree Dienstverlening en zorg, crebo 25348
- Logistiek medewerker, crebo 25438
- Helpende zorg en welzijn, crebo 25498
- Medewerker ICT support, crebo 25606
- Kok, crebo 25180
Aanmelden via Studielink, uiterlijk vier weken voor de start.
=====
Agenda netwerkoverleg Jongeren {{w:Escamp}}
1. Opening en mededelingen
2. Cijfers vsv schooljaar 2023-2024 (RMC)
3. Thema: jongeren 18-27 zonder zorgverzekering
4. Casuïstiek (alleen met toestemming, geanonimiseerd)
5. Rondvraag
Locatie: wijkcentrum, zaal 2.14. Tijd 13:30-15:30.
=====
Weetje voor het team: het {{o:Jongerenpunt}} is bereikbaar via het algemene nummer 14 070 (vraag naar het Jongerenpunt) en heeft inloop op ma, wo en vr van 10 tot 16 uur. Postadres: Postbus 12600, 2500 DJ Den Haag.
=====
In 2023 stonden in onze regio 1.847 jongeren tussen 18 en 23 jaar zonder startkwalificatie ingeschreven. Daarvan had 38% werk, 12% een uitkering en 27% was 'uit beeld'. De {{r:RMC-trajectbegeleiders}} voerden 2.210 gesprekken. Doel voor 2025: het aandeel 'uit beeld' terugbrengen tot onder 20%.
=====
Rooster examenweek periode 2
ma 09:00-11:00  REK-2F  lokaal D0.04
ma 13:00-14:30  NL-2F-LUI  aula
di 09:00-12:00  KT1-PE Verzorgende IG  praktijklokaal P1.11
wo 09:00-10:30  ENG-A2  lokaal D0.04
do herkansingen (aanmelden bij examenbureau, kamer F0.02)
=====
Mededeling aan alle studenten: vanaf week 46 is de studentenbalie verhuisd naar de begane grond, kamer 0.18. Openingstijden 08:30-16:30. Vragen over je OV-studentenreisproduct stel je aan DUO, niet aan de balie.
=====
Leerpunt uit de casusbespreking: bij jongeren die net 18 zijn stopt de jeugdhulp vaak abrupt. Begin op je 17,5e met de vragen: wie betaalt de zorgverzekering, wie regelt DigiD, waar gaan de brieven heen, en wie is het aanspreekpunt als het misgaat? Een {{r:ervaringsdeskundige}} van het {{o:Jongerenpunt}} kan daarbij helpen.
=====
Checklist briefadres (intern)
- jongere heeft geen woonadres > 5 dagen
- ID geldig
- toestemming hoofdbewoner briefadres of briefadres bij instelling
- formulier BRP-briefadres (versie 2024-03)
- termijn afhandeling: 5 werkdagen
=====
De vergadering van het zorgteam mbo is verschoven van dinsdag naar donderdag, zelfde tijd (14:00), lokaal A2.21. Agenda volgt. Studenten worden alleen besproken met toestemming.
=====
Budgetoverzicht jongere (voorbeeld voor workshop 'Geld en je 18e')
Inkomsten: bijbaan € 640, studiefinanciering € 337,75 (uitwonend) → € 977,75
Uitgaven: kamer € 475, zorgverzekering € 148, telefoon € 25, OV € 0 (studentenreisproduct), eten € 250
Over: € 79,75
Let op: zorgtoeslag ca. € 123 per maand, aanvragen!
=====
Tarieven Jongerenpunt-trainingen 2025 (intern): sollicitatietraining 4 x 2 uur, groep max. 8, ruimte 2.07 of 2.09. Kosten per deelnemer € 0 voor jongeren met een uitkering of zonder inkomen. Codes in het registratiesysteem: TRN-SOL-01, TRN-GELD-02.
=====
wk 48: teamoverleg jongeren vervalt ivm studiedag. wie een spoedcasus heeft: bel de dienstdoende via het algemene nummer.
=====
Kwalificatieplicht geldt tot 18 jaar voor jongeren zonder startkwalificatie (mbo-2, havo of vwo). Daarna is het RMC verantwoordelijk tot 23 jaar. Zie Leerplichtwet 1969, artikel 4a, en de RMC-regeling. Wijkteams kunnen jongeren zonder startkwalificatie altijd aanmelden bij het RMC.
=====
Vacature stageplaatsen bij de gemeente (BOL niveau 3/4), crebo 25476 (Medewerker evenementenorganisatie) en 25604 (Software Developer). Aanmelden uiterlijk vrijdag, kamer 4.117 in het stadhuis, of via het algemene mailadres van het stagebureau op intranet.
=====
Van de week een mooie afsluiting: een jongere die twee jaar geleden bij ons binnenkwam zonder huis, zonder school en met € 8.000 schuld heeft nu een BBL-plek, een kamer en een betalingsregeling. Wat werkte: één vast aanspreekpunt, appen in plaats van brieven, en geduld.
=====
Jongerenwerk {{o:Stichting MOOI}}: inloop in het buurthuis woensdag 15-18u, vrijdag gameavond 19-22u (FIFA-toernooi, aanmelden bij de balie). Toegang gratis, 16-23 jaar.
""")
# ---------------------------------------------------------------------------
# 10. Longer mixed texts and further short notes
# ---------------------------------------------------------------------------
add(r"""
Casusbeschrijving voor intervisie (intern, niet anonimiseren vóór bespreking)

[[p:Milano Eersel]], 22 jaar, geboren [[d:3 augustus 2002]], woont sinds de zomer in een kamer boven een snackbar op de [[a:Zoutmanstraat 87-B]] ({{w:Zeeheldenkwartier}}). Hij kwam bij ons via de {{r:wijkagent}}, die hem drie keer had aangetroffen na een melding van geluidsoverlast. [[p:Milano]] heeft de opleiding Beveiliger (BEV2-A) in 2021 afgebroken en daarna gewerkt als maaltijdbezorger. Sinds zijn scooter in beslag is genomen (boete, kenteken niet op zijn naam) heeft hij geen inkomen.

Op straat en online is hij bekend als "[[p:Milz]]"; op Instagram als [[p:@milz.070]]. Zijn vrienden noemen hem ook "[[p:de Prins]]", wat verwarrend is omdat zijn {{r:jongerenwerker}} [[p:Bo Prins]] heet.

Schulden: CJIB ca. € 2.300 (kenmerk [[z:8100 3322 6617 4051]]), DUO € 3.100 (relatienummer [[z:5082 7713 09]]), telefoon € 800. Inkomen: geen, bijstand afgewezen wegens niet meewerken aan zoektermijn.
Netwerk: moeder [[p:Gerda Eersel]] in {{w:Kijkduin}} ([[t:06-12 44 80 39]]), zus [[p:Chantal]] in Almere. 

Vraag voor de intervisie: hoe houden we contact met iemand die alleen reageert op DM's om 3 uur 's nachts?
=====
Gespreksverslag driegesprek [[d:vrijdag 8 november 2024]]
Plaats: {{o:Jongerenpunt}}, kamer 1.12
Aanwezig: [[p:Sharmila Bhoendie]] (20), haar {{r:ambulant begeleider}} [[p:Vikash Baldew]] ({{o:Xtra}}), [[p:Lamyae Hadouchi]] ({{r:casusregisseur}}), mr. [[p:P. Jagernath]] ({{r:advocaat}}, telefonisch)

Aanleiding: [[p:Sharmila]] kreeg een brief van de rechtbank (zaaknummer [[z:C/09/658212 / BW RK 24-1187]]) over het bewind. Haar vader [[p:Ramesh Bhoendie]] is sinds haar 16e bewindvoerder (toen via de kinderrechter). [[p:Sharmila]] wil dat een professionele bewindvoerder het overneemt of dat het bewind stopt.

Afspraken:
- mr. [[p:Jagernath]] dient een verzoek tot vervanging in vóór [[d:15 december]];
- [[p:Vikash]] zoekt met haar een budgetcoach;
- [[p:Lamyae]] vraagt bij de {{o:Haagse Kredietbank}} of een saneringskrediet mogelijk is. [[p:Sharmila]]'s rekening: [[i:NL84ASNB4695302692]].

Volgende afspraak [[d:6-12]] 10:00.
=====
Hoi [[p:Lamyae]], ik had met mr. [[p:Jagernath]] gebeld, hij heeft het verzoek ingediend op [[d:11 december]]. Zitting volgt. Kun jij [[p:Shorty]] laten weten dat ze haar vader niet hoeft te spreken voor de zitting? Gr [[p:V]]
=====
Kort: [[p:Jiayi Lin]] (18) geen verschijning RMC-spreekuur. Ouders runnen restaurant op de [[a:Wagenstraat 81]]. Zus [[p:Mei-Ling]] belde terug: [[p:Jiayi]] zit op de havo-opleiding van het VAVO en heeft dus wél onderwijs; RMC sluit.
=====
Brief aan jongere (concept, te versturen door wijkteam)

Beste [[p:Ahmad Zia]],

Je hebt op [[d:13 november]] niet op het RMC-spreekuur kunnen komen. Dat geeft niks. We willen je graag nog een keer uitnodigen, nu bij jou in de buurt: in de bibliotheek in {{w:Wateringse Veld}}, [[d:woensdag 27 november]] om 15:00. Je mag iemand meenemen.

Als je liever belt of appt: [[t:06 2214 9035]] (dat is het werknummer van [[p:Sven]]).

Hartelijke groet,
[[p:Sven de Bruin]], RMC
=====
[[p:sven]] ik ben [[p:ahmad zia]]. ik kom woensdag. ik neem mijn broer [[p:Farhad]] mee want mijn nederlands is niet goed. ok?
=====
notitie [[d:27/11]] - [[p:Ahmad Zia Noori]] + broer [[p:Farhad Rahmani]] (halfbroer, andere achternaam). [[p:Ahmad Zia]] is 19, woont met moeder in {{w:Wateringse Veld}}, [[a:Laan van Wateringse Veld 1022]], wil kapper worden. Gewezen op Entree + kapper niveau 2, intake school [[d:10-12]]. Moeder heeft geen uitkering (nareis), UWV niet betrokken. Doorverwijzing wijkteam voor moeder akkoord.
=====
Mail van stagebedrijf aan school, cc wijkteam

Van: [[p:Ronald de Haan]] <[[e:ronald@asbinckhorst.nl]]>
Aan: BPV-bureau, [[e:bpv@mbowestland.nl]]
Cc: [[e:k.dijkstra@wijkteamsdenhaag.nl]]
Onderwerp: [[p:Emre]] - stage stopt

Goedemiddag,

Helaas moet ik meedelen dat wij de stage van [[p:Emre Şahin]] per [[d:29 november]] beëindigen. [[p:Emre]] is in vier weken negen dagen afwezig geweest, vaak zonder afmelding. Op de dagen dat hij er is werkt hij goed. Zijn moeder belde een paar keer dat hij ziek was. Ik heb het idee dat er thuis iets speelt.

Ik hoop dat hij ergens anders een kans krijgt.

[[p:Ronald]]
=====
[[p:Kiki]] aan [[p:Tim]]: "Ik heb [[p:Emre]] gesproken. Zijn vader is in september vertrokken en hij helpt zijn moeder met de zorg voor zijn zusje met een beperking ([[p:Elif]], 9). Hij schaamt zich. Is er een BPV-plek dichter bij huis in {{w:Transvaal}} met flexibele tijden?"
=====
Doorgestuurd bericht - herkomst onbekend (mogelijk oplichting, let op!)
"Beste student, uw studiefinanciering wordt stopgezet. Klik op de link en vul uw BSN en IBAN in: duo-studiefinanciering-check.info"
Advies: nooit invullen, melden bij DUO. Deze sms is door 4 jongeren uit onze caseload doorgestuurd.
=====
meneer [[p:Dekker]] ik ben [[p:oliwia]] uit VIG2-C. ik kan vandaag niet naar stage in mariahoeve want mn moeder is in het ziekenhuis in polen. ik vlieg [[d:do 21-11]] terug. sorry!!
=====
Notitie {{r:schoolmaatschappelijk werker}} [[d:maandag 25/11]]
[[p:Oliwia]] terug. Moeder in Wrocław opgenomen (beroerte). [[p:Oliwia]] (19) woont nu alleen met haar broertje [[p:Kuba]] (15) in [[a:Loosduinsekade 510]]. Vader niet in beeld. Broertje is leerplichtig en zit op de {{o:Johan de Witt Scholengroep}}. Melding gedaan bij wijkteam {{w:Centrum}} en bij het {{o:CJG}} voor [[p:Kuba]]. [[p:Oliwia]] wil haar stage niet opgeven.
=====
Uit het logboek van de nachtopvang jongeren ({{o:Kessler Stichting}})
[[d:16-11]] 23:40 - [[p:Jesse W.]] binnen, nuchter, geen spullen. Bed 7.
[[d:17-11]] 08:10 - vertrokken naar afspraak {{o:Jongerenpunt}}.
[[d:17-11]] 23:55 - "[[p:Slim]]" (naam onbekend) aan de deur, geen plek, verwezen naar {{o:Centrale Toegang}}.
[[d:18-11]] 00:20 - [[p:Jesse W.]] binnen. Vertelt dat hij kamer heeft gevonden op de Weimarstraat.
=====
RE: huurtoeslag [[p:Jesse]]

[[p:Jesse]], de huurtoeslag kan je pas aanvragen als je ingeschreven staat op het adres en een huurcontract hebt. Heb je een contract van de verhuurder (dhr. [[p:Kok]]) gekregen? Het adres is [[a:Weimarstraat 97a]], postcode volgens mij [[pc:2562 GS]]. Stuur me een foto van het contract, dan kijken we of de kamer zelfstandig is (eigen voordeur, keuken, wc). Anders krijg je geen huurtoeslag.
Gr [[p:Hasna]]
=====
[[p:jesse]]: contract is van meneer [[p:kok]] zn vrouw [[p:Ans Kok]]. foto komt. geen eigen keuken 😬
=====
Wijkteam {{w:Duindorp}} - notitie [[d:20 november]]
[[p:Jordy de Boer]] (18) en moeder [[p:Ria]] op gesprek. [[p:Jordy]] wil in de visserij of bij de haven werken. Oom [[p:Kees Visser]] (ja, echt zo) heeft een viskotter en wil hem aannemen, maar dan zonder contract. Besproken: BBL Matroos (crebo 25457) via de zeevaartschool, dan is er een leerwerkovereenkomst en verzekering. [[p:Jordy]] vindt het "gezeik" maar moeder is blij.
=====
Hoi [[p:Ayla]], [[p:Jordy]] hier. kan ik die BBL ook als ik geen diploma heb van de middelbare? ik heb alleen vmbo-b afgemaakt in 3e jaar niet. ff eerlijk
=====
Notitie: [[p:Viktor Iliev]] (23), Bulgaars, werkt via uitzendbureau in {{w:Westland}}. Woont in pension [[a:Rijswijkseweg 221]], [[pc:2516 HK]], met 14 anderen. Wil Nederlands leren en een mbo-opleiding doen. Geen BSN-probleem (BSN [[b:828604277]]), wel geen DigiD. Zijn werkgever houdt € 95 per week in voor huisvesting en € 30 voor vervoer. Doorverwezen naar {{o:Fairwork}} en {{o:Jongerenpunt}}.
=====
[[p:V. Iliev]] - email [[d:25.11.2024]]:
"Hello madam, I send you my payslip. My employer is {{o:FlexForce Westland}}. My IBAN for salary is [[i:NL05SNSB7262424406]]. Can you check if the money they take is okay? Thank you, [[p:Viktor]]"
=====
Telefoonnotitie [[d:di 26-11]] 15:20
Gebeld door [[p:Wulan Soewandi]], {{r:docent}} Nederlands op het {{o:Hout- en Meubileringscollege}} ({{w:Binckhorst}}). Ze maakt zich zorgen om een student, [[p:Rinaldo Pattiasina]] (20), klas MBM3-B. Hij slaapt in de klas, heeft geen eten bij zich, draagt al weken dezelfde kleren. Hij zei tegen haar dat hij "bij iemand" woont. Studentnummer [[z:3301578]]. [[p:Wulan]] heeft toestemming van [[p:Rinaldo]] om ons te bellen. Zijn nummer: [[t:06 49 77 21 05]].
=====
Aan [[p:Wulan]]: dank voor je telefoontje. We hebben [[p:Rinaldo]] gesproken. Hij woont bij een vriend in {{w:Spoorwijk}} op de [[a:Rijswijkseweg 68 A]] en heeft sinds de dood van zijn opa geen vaste plek. Aanmelding bij {{o:Kessler Stichting}} Jongerenhuis is gedaan, plaatsing verwacht rond [[d:15 december]]. Hij mag je bellen als het nodig is. gr, [[p:Hasna]]
=====
snel: [[p:rinaldo]] heeft plek! jongerenhuis {{o:Kessler}}, kamer 12, per [[d:9 dec]] 👏
=====
Overdracht bij ziekte [[p:Kiki]] (t/m [[d:6 december]])
[[p:Anouk Bakker]] - termijn staat stil, geen actie
[[p:Zakaria]] - niks tot februari
[[p:Emre]] - nieuwe BPV-plek zoeken met [[p:Tim]]
[[p:Oliwia]] - bel haar [[d:vrijdag 29/11]], ze verwacht het
[[p:Kelvin]] - WW-workshop geweest, volgende stap cv
Vervanging: [[p:Joost]], bereikbaar via [[t:06 1094 5587]]
=====
Verslag bespreking "jongeren en gamen" (themabijeenkomst pilot)
Uit vier casussen blijkt dat jongeren die veel gamen soms beter te bereiken zijn via het spel of Discord dan via telefoon. Een {{r:jongerenwerker}} speelde een paar avonden mee en kreeg zo contact met een jongen die al twee jaar zijn kamer niet uitkwam. Aandachtspunten: werk nooit met je privé-account, leg afspraken vast in het dossier, en vraag toestemming voor je iets deelt. In de casusbeschrijvingen nooit de gamertag of Discord-naam van de jongere opnemen: die is net zo herleidbaar als een naam.
=====
Discord-verslag (met toestemming jongere) [[d:28-11]], door [[p:Joost]]
Gesproken met [[p:xKoolStijnx]] ([[p:Stijn]]) in voice, ca. 40 minuten. Hij speelde Valorant met [[p:NoScopeNaj]]. Hij vertelde dat hij wel zou willen werken "met computers maar niet met mensen". Hij weet van een vriend ([[p:b00gie_hgl]]) dat je bij {{o:Specialisterren}} kan testen. Afspraak: volgende week weer online, en hij denkt na over een bezoek aan het {{o:Jongerenpunt}}.
=====
Aanmelding bij {{o:Specialisterren}} (door wijkteam, met toestemming)
Kandidaat: [[p:S. Koolhoven]]
Geboortedatum: [[d:14-07-2000]]
Diagnose: ASS (2016)
Woonadres: [[a:Valkenboslaan 233]], [[pc:2563 CE]]
Contact: via moeder [[t:06 - 24 81 77 30]], kandidaat zelf liever per mail: [[e:stijnkoolhoven@proton.me]]
Uitkering: geen. Mogelijk recht op Wajong (oude regeling) — UWV nagaan, BSN [[b:622499178]].
=====
[[p:Noor Koning]] ({{r:leerplichtambtenaar}}) belde: een jongen die bij hen bekend is als "[[p:Bandie]]" zou volgens school in klas 2EA-D zitten, maar niemand weet zijn echte naam. Blijkt later [[p:Bradley de Graaf]] te zijn, 18, ingeschreven op [[a:Boekhorststraat 44-1]]. Geen verdere actie wijkteam.
=====
Week 48 - kort
- [[p:Yas]]: werkt nachtdienst, gaat goed
- [[p:Bilan]]: ingeschreven doktersassistent per [[d:3 februari]]
- [[p:Tarek]]: praktijkroute aangevraagd, kenmerk [[z:PR-24-00391]]
- [[p:Liban]]: draagkracht DUO toegekend (€ 0)
- [[p:Kevin S.]]: werkervaringsplek gestart, IBAN gecorrigeerd naar [[i:NL97INGB0536062372]]
=====
Hey meneer, ik ben [[p:Kenzo]] ([[p:VXLR_Kenzo]] op twitch lol). [[p:Liban]] zegt dat jullie kunnen helpen met een kamer. Ik ben 24 en woon nog bij mn ma in {{w:Moerwijk}}. Mn nummer [[t:06 55 81 02 93]].
=====
Beste [[p:Kenzo]], leuk dat je appt. Voor een kamer kun je je inschrijven bij Woonnet Haaglanden; als jongere tot 23 zijn er jongerenwoningen, maar jij bent 24, dus dat wordt een gewone woning of een kamer via particulier. Kom je [[d:vrijdag 6 december]] langs? Groet [[p:Abdullahi]]
=====
Aantekening receptie {{o:ROC Mondriaan}}: een man belde die zei de oom te zijn van [[p:Hamza]] (klas ASV2-B, studentnr [[z:2163371]]) en wilde het rooster en de stageplek weten. Niet gegeven. Nummer van beller: [[t:+32 470 18 22 91]] (Belgisch). Gemeld bij {{r:zorgcoördinator}}.
=====
[[d:4 december]], 09:05 — [[p:Imane Azarkan]] belt: school heeft haar uitgeschreven terwijl ze verlof had aangevraagd. Verlofformulier ingediend [[d:25-02-2024]], goedgekeurd door {{r:teamleider}} dhr. [[p:Groen]]. Student [[z:2163370]] moet worden hersteld. Gemaild aan [[e:studentenadministratie@rocmondriaan.nl]] met verzoek om herstel.
=====
Slotverslag traject [[p:Dewi Ramlakhan]] (19)

Start: september 2024 via school. [[p:Dewi]] woonde bij moeder en stiefvader; na een conflict op [[d:15 november]] 's nachts weg, tijdelijk bij vriendin [[p:Kiki van Rooijen]] ([[a:Zoutmanstraat 21-B]]). Met hulp van de {{r:jongerenwerker}} en het wijkteam kreeg zij via de {{o:Kessler Stichting}} een plek in het Jongerenhuis en vanaf [[d:1 maart 2025]] een kamer via {{o:Staedion}} aan de [[a:Teniersstraat 9-2]], [[pc:2526 NP]].
School: terug bij Kapper niveau 2, klas KAP2-D, met een aangepast rooster. Studentnummer ongewijzigd ([[z:2071193]]).
Geld: bijstand jongeren met aanvulling studiefinanciering; bewindvoering niet nodig.
Wat werkte: snel een veilige slaapplek, één contactpersoon, appen in haar tempo.
Wat beter kan: de school wist drie maanden niets van de thuissituatie.
""")
# ---------------------------------------------------------------------------
# 11. Extra forms and notes (number formats, typos)
# ---------------------------------------------------------------------------
add(r"""
Aanvraag bijzondere bijstand inrichting (jongere 21, eerste woning)
Naam aanvrager ........ [[p:Abdirizak Warsame]]
Geboortedatum ......... [[d:3-2-'03]]
BSN ................... [[b:4533.31.476]]
Nieuw adres ........... [[a:Zuidlarenstraat 15 hs]], [[pc:2545VJ]] Den Haag
IBAN .................. [[i:NL98 RABO 0705 6148 97]]
Ingangsdatum huur ..... [[d:1 dec. '24]]
Gevraagd bedrag ....... € 1.250,00 (bed, koelkast, gordijnen)
Behandeld door ........ [[p:L. Hadouchi]], {{r:casusregisseur}}
=====
Correctie: in de aanvraag van [[p:A. Warsame]] staat het BSN fout overgenomen ([[b:4533.31.467]]), moet zijn [[b:453331476]]. Graag aanpassen in het dossier [[z:BB-2024-15562]]. [[p:Lamyae]]
=====
Van: [[p:Esra Karaca]] <[[e:esra.karaca@uwv.nl]]>
Aan: [[p:Kiki Dijkstra]]
Onderwerp: RE: [[p:Biervliet]]

Dag [[p:Kiki]],
Dank. Ik heb de maatregel niet opgelegd. Wel wil ik zijn rekeningnummer checken: in ons systeem staat [[i:NL08 INGB 0712 4810 75]], maar hij zegt dat hij nu bij Triodos zit. Kun jij dat met hem nakijken?
Groet, [[p:Esra]]

-----Oorspronkelijk bericht-----
Van: [[p:Kiki Dijkstra]]
Verzonden: [[d:woensdag 20 november 2024]] 16:02
Onderwerp: [[p:Biervliet]]
[[p:Kelvin]] woont tijdelijk bij zijn oom, niet in Rijswijk.
=====
[[p:kelvin]]: ja klopt ik zit nu bij triodos want ing heeft me eruit gegooid door rood staan lol. nieuwe is [[i:NL35TRIO2220038699]]
=====
Intakeformulier Jongerenpunt - handgeschreven, overgetypt
naam: [[p:Yu Ting Zheng]]
roepnaam: [[p:Tina]]
geb: [[d:23/6/2005]]
bsn: [[b:893 288 044]]
adres: [[a:Gedempte Gracht 40-C]] [[pc:2512 BL]]
tel: [[t:0031 6 2719 4480]]
school: {{o:ROC Mondriaan}} Bakker niv 2 (crebo 25161), klas BAK2-A, lokaal K0.03
stage: {{o:Bakkerij Het Spui}}, [[a:Spui 182]]
=====
klassenlijst gameclub buurthuis (intern jongerenwerk, niet naar school)
[[p:Sharif]] - [[p:Sh4r1f_HGL]]
[[p:Tyrone]] - [[p:TyTheGoat070]]
[[p:Mees]] - [[p:meesvdb]]
[[p:Ilias]] - [[p:IliasKO]]
[[p:Jamal]] (nieuw) - nog geen tag
Toernooi vrijdag, tafel 1 t/m 4, max 16 spelers.
=====
Notitie jongerenwerk: [[p:Tyrone]] ([[p:TyTheGoat070]]) vertelde na het toernooi dat zijn moeder de huur niet meer betaalt en dat er een brief van de deurwaarder ligt. Adres [[a:Escamplaan 462]]. Hij is 19 en wil haar helpen maar weet niet hoe. Met zijn toestemming doorgezet naar het wijkteam {{w:Escamp}}; contact via [[t:06 80 33 71 29]].
=====
Uittreksel Suwinet (ingezien door {{r:klantmanager}}, met grondslag)
BSN [[b:511-84-8730]] | [[p:Ramlakhan, D.]] | geb. [[d:07-05-2005]]
Inschrijving DUO: mbo, {{o:ROC Mondriaan}}, per [[d:01-09-2023]]
UWV: geen uitkering
BRP-adres: [[a:Teniersstraat 9-2]], [[pc:2526 NP]]
=====
Kleine reminder aan het team: het BSN staat ook op de achterkant van de ID-kaart en op de zorgpas. Vraag jongeren nooit om een foto van hun ID via WhatsApp naar je privételefoon te sturen; gebruik de beveiligde upload van het Jongerenpunt.
=====
Sms van [[p:Ifrah]] (zus van [[p:Abdirizak]]):
"Mijn broer heeft de sleutel gekregen!!! [[a:Zuidlarenstraat 15 hs]]. Bedankt voor alles. Hij wil u uitnodigen voor thee 😊 [[p:Ifrah Mohamed]]"
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
    d = re.sub(r"[\s.\-]", "", s)
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
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]) or sp["text"] in BAD_BSN_OK, ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]) or sp["text"] in BAD_IBAN_OK, ("bad iban", sp["text"])
        rows.append({"id": "h130-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout130.jsonl")
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
