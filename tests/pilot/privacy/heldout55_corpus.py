#!/usr/bin/env python3
"""Held-out corpus 55: texts from sociale wijkteams and partners outside The Hague.

Deterministically writes heldout55.jsonl next to this script.
Markup in the source texts:  [[lab:span]] = personal data (pii),
{{lab:span}} = context that must stay readable (keep).
Short labels: p person, b bsn, t phone, e email, i iban, pc postcode,
a address, d date, z dossier | w wijk, o org, r role.
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


def T(s):
    TEXTS.append(s)


# ---------------------------------------------------------------- Rotterdam
T("""Journaal [[d:14-03]] – huisbezoek mw [[p:Boukhari]] ({{w:Afrikaanderwijk}}), samen met [[p:Ilse]] van {{o:Vraagwijzer}}.
Mw. (54) ligt overdag veel op de bank, zegt dat ze 'geen kracht' heeft. Post ligt ongeopend in een Jumbo-tas in de gang, o.a. aanmaningen van {{o:CJIB}} en {{o:Eneco}}. Zoon [[p:Yassin]] was aanwezig en vertaalde af en toe, maar mw. spreekt redelijk Nederlands.
Afspraak: [[p:Ilse]] neemt post mee naar {{o:Kredietbank Rotterdam}} voor een eerste check. Ik bel de {{r:huisarts}} (dr. [[p:Verschoor]]) over de moeheid.
Volgende bezoek wo [[d:20/3]] 10u.""")

T("""Van: [[p:Marloes van Dam]] <[[e:m.vandam@wijkteamrotterdam.nl]]>
Aan: [[p:Sander]] ({{o:Woonstad}})
Onderwerp: dhr [[p:Ramjiawan]] – huurachterstand

Hoi [[p:Sander]],

Zoals besproken: dhr. [[p:Ramjiawan]], [[a:Putselaan 211-B]], heeft inmiddels een achterstand van € 2.140. Hij heeft vorige week een betalingsregeling ondertekend bij ons op kantoor in {{w:Feijenoord}}. Kunnen jullie de ontruimingsprocedure on hold zetten tot [[d:1 mei]]? Zijn {{r:bewindvoerder}} (mevrouw [[p:Koster]] van {{o:Bewind Rijnmond}}) is op de hoogte.

Groet,
[[p:Marloes]]
{{r:sociaal werker}} | {{o:Wijkteam Feijenoord}} | [[t:06 41 87 22 09]]""")

T("""[[p:shanti]] 09:12: goeiemorge, ben om 11 bij mw. [[p:tjon a fong]], iemand zin om mee te gaan? ze wil alleen vrouwen binnen laten
[[p:Rachid]] 09:14: ik kan niet, heb MDO {{w:Charlois}}
[[p:Kim B]] 09:15: ik ga mee 👍 adres nog steeds [[a:Wolphaertsbocht 340a]]?
[[p:shanti]] 09:15: ja 3e verdieping, bel werkt niet, ff appen naar de dochter [[t:0685503217]]
[[p:Kim B]] 09:16: top, zie je daar""")

T("""Casusles (gedeeld via het platform Samen Sterk in de Wijk)
Thema: bemoeizorg, {{w:Tarwewijk}}

Een man van midden zestig, alleenstaand, vervuilde woning, weigerde elke hulp. De deur bleef maanden dicht. Wat uiteindelijk werkte: de {{r:wijkagent}} kende hem nog van de voetbalclub en nam een keer koffie mee. Daarna kon onze {{r:ervaringsdeskundige}} aanhaken. Les: zoek iemand uit het eigen netwerk van de bewoner, ook als die niet 'van de zorg' is.

Noot redactie: in de eerste versie stonden nog de naam (dhr. [[p:Zwart]]) en het adres ([[a:Millinxstraat 48]]) van de cliënt. Die zijn verwijderd; let hier a.u.b. op bij het insturen.""")

T("""Notulen casusoverleg {{w:Delfshaven}}, dinsdag [[d:8 oktober 2024]]
Aanwezig: [[p:Esra Yıldız]] ({{r:casusregisseur}}), [[p:Bart de Hoop]] ({{o:Bavo Europoort}}), [[p:Jolanda]] ({{o:Pameijer}}), [[p:N. Baptista]] ({{o:Frontlijnteam}})
Afwezig m.k.: [[p:Henk Kuiper]]

1. Fam. [[p:Lopes Tavares]] – [[p:Bart]] meldt dat moeder [[p:Maria]] weer is opgenomen. De drie kinderen logeren bij tante [[p:Djenifer]] in {{w:Spangen}}. {{o:CJG Rijnmond}} is aangesloten.
2. Dhr. [[p:Nowak]] – wacht op uitspraak {{o:UWV}}. Dossiernr. [[z:RTD-SWT-2024-01873]]. Geen actie.
Volgend overleg: [[d:22-10-2024]].""")

T("""Aanmelding via {{o:Vraagwijzer}} {{w:IJsselmonde}}
Naam: [[p:Dorota Wiśniewska]]
Geb.datum: [[d:17-06-1989]]
BSN: [[b:1315.89.994]]
Adres: [[a:Schulpweg 17-A]], [[pc:3077HN]] Rotterdam
Tel: [[t:+48 512 330 918]] (Pools nummer, NL nummer volgt)
Vraag: werkt via uitzendbureau in de kassen, woont met 5 landgenoten in een te kleine woning, kreeg ontslag na een rugblessure. Geen zorgverzekering meer sinds februari. Spreekt Engels en een beetje Nederlands. Graag contact met een {{r:consulent}} die Pools spreekt als dat kan.""")

T(
    """Tip voor collega's in heel NL: wij werken in {{w:Crooswijk}} met een vast spreekuur bij de moskee op vrijdag na het gebed. Niet om te 'werven', gewoon aanwezig zijn. Binnen een half jaar kwamen er vier gezinnen met schulden binnen die nergens anders in beeld waren. Wat ons hielp: imam zelf stelde ons voor, en we hadden altijd een {{r:tolk}} Arabisch/Tamazight achter de hand. Vragen? Mail me gerust: [[e:y.elkhattabi@dock.nl]] – [[p:Youssef El Khattabi]], {{r:opbouwwerker}} {{o:DOCK}}"""
)

T("""Overdracht naar collega ivm verlof

[[p:Lisanne]], hierbij mijn lopende zaken in {{w:Zuidwijk}}:
- mw [[p:de Wit]] (87), [[a:Slinge 905]]: dagbesteding start [[d:maandag 2 december]] bij {{o:Laurens}}, vervoer nog regelen met {{o:Wmo-loket}}
- dhr [[p:Ozturk]]: dochter [[p:Sevda]] belt je, zij is contactpersoon ([[t:06-28394711]])
- [[p:Jessica]] en [[p:Roy]] (jong stel, baby op komst): wachten op reactie {{o:Havensteder}} over urgentie, zaaknummer [[z:HS-558201]]
Ik ben terug op [[d:6 jan]]. Succes!! [[p:Priya]]""")

T("""Tel. notitie
Gebeld door buurvrouw (wilde naam niet noemen) over dhr. [[p:Bakker]] op de tweede. Hij zou 's nachts schreeuwen en er komt een vieze lucht uit de brievenbus. Buurvrouw maakt zich zorgen, hij heeft geen familie meer sinds zijn broer [[p:Gerrit]] overleed.
Actie: melding doorgezet naar {{o:GGD Rotterdam-Rijnmond}} (team {{o:OGGZ}}), morgen samen met {{r:wijkverpleegkundige}} langs. Hij is ook bekend bij de bakker op de hoek, die brengt soms brood.""")

T("""From: [[e:teresa.mendes@gmail.com]]
Subject: my brother

Hello, I am writing for my brother [[p:Nuno Mendes Semedo]], he lives in Rotterdam [[a:Mathenesserweg 62B]]. He don't open letters and now they say gas will be closed on the [[d:15th of November]]. Can someone of the wijkteam visit him? He speaks Creole and Portuguese, a little Dutch. His phone is [[t:+31 6 3847 1190]]. Thank you, [[p:Teresa]]""")

# ---------------------------------------------------------------- Dordrecht
T("""Verslag huisbezoek [[d:3-2-2025]] – {{o:Sociaal Wijkteam Dordrecht}}, team {{w:Crabbehof}}
Cliënt: [[p:E. (Erwin) Schipper]], geb. [[d:11-09-1971]], [[a:Aletta Jacobsstraat 27]]
Aanwezig: cliënt, zijn ex-partner [[p:Chantal]], ondergetekende.
[[p:Erwin]] is sinds de scheiding dakloos geweest en woont nu 4 maanden in deze woning van {{o:Trivire}}. Hij heeft een uitkering via de {{o:Sociale Dienst Drechtsteden}} (klantnr [[z:SDD 7781203]]). Schulden geschat op € 18.000. Wil graag vrijwilligerswerk bij de kringloop.
Afspraken: aanmelding {{o:schuldhulpverlening}}, [[p:Chantal]] helpt met ordenen post.
[[p:Nadia Ait Ouali]], {{r:maatschappelijk werker}}""")

T(
    """hoi [[p:ingrid]], wil je fam. [[p:Bulut]] nog even op de lijst voor het MDO van donderdag zetten? de {{r:leerplichtambtenaar}} heeft gebeld over [[p:Emre]] (14), hij is al 3 weken niet op school geweest. moeder neemt niet op. ik heb het vaste nummer [[t:078-6142278]] geprobeerd, geen gehoor. groetjes [[p:Roel]]"""
)

T("""Evaluatie-les voor het landelijke platform
Werkwijze 'Eén gezin, één plan' in {{w:Wielwijk}}.
Wat we leerden van een gezin met 6 kinderen waar 11 hulpverleners over de vloer kwamen: moeder (we noemen haar hier 'R.') wist niet meer wie wat deed. We hebben alle partijen één keer bij haar thuis aan tafel gezet – {{o:Jeugdbescherming West}}, {{o:Yulius}}, {{o:Sociale Dienst Drechtsteden}}, school – en daarna hield alleen de {{r:gezinscoach}} contact.
Let op: in de oorspronkelijke aanlevering stond het dossiernummer [[z:JBW/2023/04417]] en de naam van de oudste zoon ([[p:Ricardo]]); die horen hier niet in.""")

# ---------------------------------------------------------------- Delft
T("""Beste [[p:Femke]],

Dank voor je aanmelding van mevrouw [[p:Mei Ling Chen]] ({{w:Buitenhof}}). Ik heb haar op [[d:vrijdag 17 januari]] gesproken met hulp van haar kleindochter [[p:Lily]]. Mevrouw is 81, spreekt Kantonees, en woont sinds het overlijden van haar man alleen op [[a:Vermeerlaan 301]]. In mei gaat het restaurant van haar zoon dicht; ze is bang dat niemand dan nog langskomt.

Ik stel voor dat we haar koppelen aan een maatje via {{o:Delft voor Elkaar}}. Haar telefoon: [[t:015 - 256 33 78]].

Hartelijke groet,
[[p:Gijs Mulder]]
{{r:ouderenadviseur}}, {{o:DOK Delft}}""")

T("""Notitie MDO {{w:Poptahof}} [[d:12.11.2024]]
[[p:Abdi]] (Somalisch, 23) – woont bij oom in, wil zelfstandig. Geen inkomen, niet ingeschreven op adres oom ([[a:Aart van der Leeuwlaan 118]]) ivm toeslagen oom. Risico op dakloosheid. {{r:Jongerenwerker}} [[p:Thijs]] heeft goed contact.
Besluit: aanvraag briefadres, [[p:Thijs]] gaat mee naar Stadswinkel. BSN bekend: [[b:923661979]].""")

T(
    """Zo, dat was een pittige week. Vraag aan de groep ({{r:wijkverpleegkundigen}} Delft e.o.): hoe gaan jullie om met cliënten die de thuiszorg telkens wegsturen? Bij ons gaat het om een dame in {{w:Tanthof}}, begin 90, diabetes, die de zuster van {{o:Pieter van Foreest}} vandaag voor de derde keer niet binnenliet. Dochter woont in Canada. Ik denk aan een {{r:casemanager dementie}} maar er is nog geen diagnose. Tips welkom. – [[p:Annemiek]]"""
)

# ---------------------------------------------------------------- Zoetermeer
T("""Verwijzing naar {{o:Palet Welzijn}} – Thuisadministratie
Verwijzer: [[p:Samira Hamdaoui]], {{r:consulent}} {{o:Sociaal Team Zoetermeer}}, [[t:079-3468812]]
Cliënt: dhr. [[p:K.P. Ramsaran]], [[a:Nova Zemblastraat 44]], [[pc:2713 GE]] Zoetermeer ({{w:Meerzicht}})
Dhr. is 72, weduwnaar, zijn vrouw deed altijd de administratie. Hij is niet digitaal vaardig, heeft geen DigiD. Er staat nog een toeslag open over 2022. Rekeningnummer voor de automatische incasso van huur: [[i:NL62 RABO 0394 5509 01]].
Graag een vrijwilliger die wekelijks langs kan komen. Startdatum in overleg, bij voorkeur voor [[d:15 maart]].""")

T(
    """[[p:Kees]] {{r:wijkagent}} belde: melding overlast [[a:Dorpsstraat 112-c]] in {{w:Palenstein}}, de jongen van 19 die daar met moeder woont ([[p:Sven Vos]]) zou weer gebruiken. Moeder had eerder contact met ons (dossier [[z:ZTM-4410]]). Ik probeer morgen moeder te bellen; vader wil ze er niet bij, geen contact sinds 2018."""
)

# ---------------------------------------------------------------- Leiden
T("""Intakeverslag {{o:Buurtteam Leiden}} – Noord
Datum intake: [[d:27 augustus 2024]]
Naam: [[p:Awet Tesfamariam]] (m, 31), Eritrees, statushouder sinds 2021
Adres: [[a:Kooilaan 7 bis]], {{w:De Kooi}}
Telefoon: [[t:06 170 44 532]]
Vrouw [[p:Senait]] en twee kinderen zijn via gezinshereniging in juli gekomen. Er zijn problemen met de toeslagen: ze betalen te veel huur terug. {{o:VluchtelingenWerk}} begeleidt nog een half jaar. Dhr. wil graag werk, heeft in Eritrea als automonteur gewerkt.
Vervolg: gesprek met {{r:klantmanager}} werk en inkomen, [[p:Mirjam]] vraagt de huurtoeslag na bij {{o:Belastingdienst/Toeslagen}}.""")

T(
    """Hoi allemaal, namens het team {{w:Stevenshof}} een vraag over de nieuwe privacy-check op dit platform. Ik had een les geschreven over een mevrouw met verzamelwoede (hoarding) en het systeem haalde 'Roos' uit mijn tekst, terwijl ik het over de rozen in haar tuin had 😂. Maar het liet 'mw. [[p:Van Rijn]]' gewoon staan! Die naam had ik natuurlijk zelf al moeten weghalen – excuses, [[p:Van Rijn]] is inmiddels verwijderd. Groet, [[p:Hanneke]] ({{r:maatschappelijk werker}}, {{o:Incluzio Leiden}})"""
)

T("""Brief {{o:Rivierduinen}} aan huisarts, cc {{o:Buurtteam Leiden}}
Betreft: mw. [[p:J.M. (Joke) Dekker]], geb. [[d:02-04-1958]]
Geachte collega [[p:Al-Hassan]],
Uw patiënte werd op [[d:14 februari 2025]] gezien op de crisisdienst na een melding van haar buurman. Zij is inmiddels terug thuis op [[a:Oude Herengracht 19-1]]. Wij adviseren begeleiding door het buurtteam en een {{r:POH-GGZ}}-traject. Patiëntnummer bij ons: [[z:RD-0988127]].
Met collegiale groet,
dr. [[p:S. Brouwer]], {{r:psychiater}}""")

T(
    """Uit de casusbespreking, {{w:Slaaghwijk}}: de {{r:schuldhulpverlener}} merkte op dat we bij cliënten met een Syrische achtergrond vaak pas laat horen dat er geld naar familie in Turkije of Libanon gaat. In dit geval maakte [[p:Mohammad]] elke maand € 300 over. Niet veroordelen, wel meenemen in het budgetplan. Dat lukte pas toen we zijn broer [[p:Ahmad]] er bij haalden (met toestemming)."""
)

# ---------------------------------------------------------------- Rotterdam (more)
T("""MDO Wijkteam {{w:Lombardijen}}, [[d:do 7 nov]]
Casus 3: [[p:Jerrel]] en [[p:Shakira Martina]] (beiden Curaçaos, 26 en 24). Vader van de kinderen zit vast. Moeder ([[p:Shakira]]) werkt in de schoonmaak, 's avonds. Oma [[p:Mayra]] past op maar is zelf ziek.
{{r:Jeugdconsulent}} [[p:Joyce]] en ik gaan samen op huisbezoek. Betalingskenmerk {{o:CJIB}}-boete meegenomen: [[z:3320 1184 5570 2291]].
Volgende: [[d:21/11]]""")

T("""Gesprek met dhr. [[p:Dragomir Petrov]] (Bulgaars, 44), {{w:Hillesluis}}.
Woont met vrouw [[p:Elena]] en drie kinderen op [[a:Hilledijk 143-a]], woning via een particuliere huisjesmelker, geen huurcontract. Werkte via een koppelbaas in de sloop. Geen inschrijving BRP op dit adres! Kinderen gaan wel naar school ({{o:OBS De Globetrotter}}). Contact met [[p:Elena]] loopt via een Bulgaarse vrijwilliger van {{o:Humanitas}}. Dhr. is bereikbaar op [[t:+359 88 412 7765]] en op zijn NL-nummer [[t:06 1922 0347]].
Hij durft geen klacht in te dienen, bang om eruit gezet te worden. We leggen het voor aan het {{o:Team Wonen}} van de gemeente, anoniem.""")

T(
    """Gesprek in de wachtkamer opgevangen (tja..) – wil het hier toch even delen. Een moeder uit {{w:Pendrecht}} zei tegen de {{r:baliemedewerker}}: 'Ik ben al bij vier loketten geweest en iedereen stuurt me door.' Dat is precies waarom we de warme overdracht hebben. Ik heb haar meegenomen naar mijn kamer, haar naam en nummer genoteerd ([[p:Fenna Scholten]], [[t:06-53 18 77 40]]) en gezegd: ik bel jou, jij hoeft niemand meer te bellen."""
)

T("""Lessons learned bij de afsluiting van [[z:WT-CHA-2023-5531]] (intern, niet voor het platform):
- Dhr. [[p:Van der Linden]] had in juni 2022 al een brief van {{o:Woonstad}} gehad; niemand las die voor.
- [[p:Anouk]] (stagiaire) heeft hem uiteindelijk geholpen met zijn kast uitruimen, dat gaf vertrouwen.
- Hij is op [[d:30-09-2023]] verhuisd naar [[a:Groene Hilledijk 301-03]], [[pc:3074 AE]].""")
# ---------------------------------------------------------------- Utrecht
T("""Verslag {{o:Buurtteam Sociaal}} {{w:Kanaleneiland}}
[[d:woensdag 9 oktober]]: intake met mw. [[p:Hafsa Ouhadi]] (37) en haar zus [[p:Naima]]. Mw. woont met haar 3 kinderen in een portiekflat aan de Trans, [[a:Trans 84-2]]. Ex-man is in 2023 vertrokken en betaalt geen alimentatie. Mw. heeft paniekaanvallen, slaapt slecht. Kinderen zitten op de basisschool om de hoek.
Vraag van mw.: 'ik wil gewoon rust in mijn hoofd'.
Afspraken: ik meld haar aan bij {{o:Lokalis}} voor de cursus 'Grip op je geld', en bespreek met de {{r:POH-GGZ}} van de praktijk aan de Marshalllaan of ze daar terecht kan. Zus [[p:Naima]] ([[t:06-39911245]]) is contactpersoon.
[[p:Lotte]]""")

T(
    """Hey [[p:Rens]], korte update over [[p:Ton]] uit {{w:Ondiep}}: hij is gister (na 3x niet thuis) eindelijk open gedaan. Hij had een kerstboom van vorig jaar nog in de kamer staan 🙈 Verder best vriendelijk. Wil geen {{o:Altrecht}} maar wel 'een praatje'. Kun jij als {{r:ervaringsdeskundige}} de volgende keer mee? ik dacht [[d:di 14 jan]], na 13u. Adres weet je, [[a:Amsterdamsestraatweg 455 bis]]"""
)

T("""Utrecht, [[d:18 november 2024]]

Aan: {{o:Mitros}}, afdeling Woonconsulenten
t.a.v. mevrouw [[p:E. van Beek]]

Betreft: urgentieverzoek mw. [[p:A. Yilmaz]], [[a:Zamenhofdreef 112]], [[pc:3562 JW]] Utrecht, huurdernummer [[z:0044117-02]]

Geachte mevrouw [[p:Van Beek]],

Vanuit het {{o:Buurtteam}} {{w:Overvecht}} ondersteun ik mevrouw [[p:Yilmaz]] sinds het voorjaar. Zij woont op vier hoog zonder lift en heeft sinds een operatie aan haar heup grote moeite met de trappen. Haar {{r:huisarts}} ondersteunt deze aanvraag (verklaring bijgevoegd). Wij verzoeken u een passende benedenwoning te overwegen.

Met vriendelijke groet,
[[p:Bram Jacobs]]
{{r:buurtteammedewerker}}""")

T("""Notulen wijkoverleg {{w:Zuilen}}-{{w:Ondiep}} [[d:4/2/25]]
Aanwezig: [[p:Wendy]] ({{o:Buurtteam Jeugd en Gezin}}), [[p:Hamza]] ({{o:JoU}} jongerenwerk), [[p:Marieke Post]] ({{r:wijkagent}}), [[p:Teun]] ({{o:Portaal}})
- Overlast rond de speeltuin aan de Prins Hendriklaan: groep van 6-8 jongens, 2 namen bekend bij [[p:Hamza]]. Hij spreekt ze aan.
- [[p:Marieke]] meldt: vrouw in de {{w:Elinkwijk}} die al 2x 112 belde ivm partner. Is doorgezet naar {{o:Veilig Thuis}}. Kenmerk [[z:VT-UTR-24-33871]].
- Volgende keer: [[d:4 maart]], in het buurthuis.""")

T("""Mail aan bewindvoerder
Beste mevrouw [[p:Storm]],
Dhr. [[p:Winter]] gaf aan dat het leefgeld van deze week nog niet op zijn rekening staat ([[i:NL04ABNA7670070139]]). Hij heeft nog € 6 en geen eten in huis. Kunt u vandaag nog iets overmaken? Anders regel ik een voedselpakket via de {{o:Voedselbank}}.
Hij gaf ook aan dat hij op [[d:1 april]] een afspraak heeft bij {{o:UWV}} en daar graag iemand bij heeft.
Groet, [[p:Sanne de Groot]], {{o:Buurtteam}} {{w:Hoograven}}""")

T(
    """Vraag aan het platform: wie heeft ervaring met de 'Doorbraakmethode' bij jonge moeders? In {{w:Leidsche Rijn}} zien we steeds meer vrouwen van 20-25 die vastlopen op toeslagen + studieschuld bij {{o:DUO}}. Wij willen een pilot starten met een vast doorbraakbudget voor de {{r:buurtteammedewerker}}. Reageer hier of bel [[p:Joris]] ([[t:030 286 11 47]], ma-wo)."""
)

T("""Logboek [[d:12-12]]
14.15 gebeld met [[p:Kwame Mensah]] ([[t:0644019832]]). Hij zegt dat de huisbaas de verwarming heeft afgesloten. Woont met 2 huisgenoten in {{w:Lombok}}, kamer op [[a:Kanaalstraat 203-C]]. Ghanese achtergrond, werkt in de bezorging. Vraag: kan het buurtteam bemiddelen? Ik heb gevraagd of hij een foto van het huurcontract stuurt. Verwijs zo nodig naar het {{o:Juridisch Loket}}.
14.40 app van [[p:Kwame]] met foto contract, verhuurder: [[p:H. Smit]]""")

# ---------------------------------------------------------------- Almere
T("""Aanmelding {{o:Sociaal Wijkteam Almere}} – {{w:Stedenwijk}}
Aangemeld door: {{o:GGD Flevoland}}, [[p:Ruth Meijer]], {{r:jeugdverpleegkundige}}
Gezin: moeder [[p:Zarghona Ahmadzai]] (geb. [[d:1-1-1990]]), vader [[p:Farid Ahmadzai]], kinderen [[p:Mursal]] (6), [[p:Omid]] (4), [[p:Maryam]] (8 mnd)
Adres: [[a:Utrechtstraat 12-E]], [[pc:1315 KT]] Almere
Tel. vader: [[t:06-47 01 22 93]]
Reden: moeder somber na de geboorte van [[p:Maryam]], vader werkt in de nachtdienst bij een distributiecentrum. Gezin is geïsoleerd, geen familie in NL. Dari en een beetje Engels. Graag inzet van een {{r:gezinscoach}} met {{r:tolk}}.""")

T("""[[p:Danielle]] 16:02
Iemand die {{w:Danswijk}} doet vandaag? Er stond een meneer aan de balie van {{o:De Schoor}} die zegt dat hij uit zijn huis is gezet. Heet [[p:Ricardo Lam]], geb. [[d:23-5-1982]]. Hij slaapt nu in zijn auto.
[[p:Rob]] 16:05
Ik. Stuur je zijn nummer?
[[p:Danielle]] 16:05
[[t:+31 6 2084 1173]]. Hij heeft wel een DigiD. Zegt dat er een zaak bij de rechter loopt, nummer [[z:C/16/558812]]
[[p:Rob]] 16:06
👌 bel hem nu""")

T("""Les uit {{w:Almere Haven}}: 'Mantelzorg niet vanzelfsprekend'
Een 17-jarig meisje zorgde voor haar moeder met MS én twee jongere broertjes. School merkte het pas toen ze uitviel. De {{r:mantelzorgconsulent}} van {{o:De Schoor}} en de {{r:schoolmaatschappelijk werker}} hebben samen met haar een lijstje gemaakt: wat wil jij nog doen, wat kan iemand anders? Inmiddels komt er 3x per week {{o:Zorggroep Almere}} en heeft ze haar diploma gehaald. Onze les: vraag bij elke zorgvraag van een ouder ook naar de kinderen. (Naam en school van het meisje weggelaten op haar verzoek.)
Ingestuurd door [[p:Petra Koolhaas]], {{o:De Schoor}}, [[d:6 juni 2025]]""")

T("""Tel. gesprek met mw. [[p:Hoop]] ({{w:Kruidenwijk}}), [[d:ma 3 feb.]]
Mw. belt omdat haar zoon [[p:Dylan]] (29) weer bij haar is ingetrokken na een opname bij {{o:GGZ Centraal}}. Ze heeft er de hoop op dat het deze keer beter gaat, maar is moe. Ze vraagt of er iemand met hem kan praten over werk. Ik heb uitgelegd dat [[p:Dylan]] zelf toestemming moet geven. Ze geeft zijn nummer: [[t:06 8830 1154]]. Mw. zelf: [[t:036-5347781]].""")

# ---------------------------------------------------------------- Groningen
T("""Moi [[p:Jelle]],

Even een update van mevrouw [[p:Mulder]] in {{w:Selwerd}}. Ik was daar gisteren met de {{r:wijkverpleegkundige}} van {{o:Buurtzorg}}. Ze had weer niet gegeten en de koelkast was leeg. Ze zegt dat haar kleinzoon [[p:Niels]] de boodschappen doet, maar die woont in Assen en komt 1x in de 2 weken.
We hebben een aanvraag gedaan voor maaltijden aan huis. Haar nummer bij het {{o:WIJ-team}}: [[z:WIJ-2024-5532]].

Hou moi,
[[p:Grietje]]
{{o:WIJ Selwerd}}""")

T("""Intake {{o:WIJ Groningen}}, team {{w:Beijum}}
[[d:13-11-2024]]
Dhr. [[p:Jan Hendrik Wolters]], [[a:Beijumerweg 41]], [[pc:9736AB]] Groningen, BSN [[b:509 502 271]]
Alleenstaand, 58, afgekeurd na een arbeidsongeval in de scheepsbouw. Drinkt fors sinds het overlijden van zijn moeder. Verwaarloost de woning (huurder {{o:Lefier}}). Hond is zijn alles.
Wil zelf: 'gewoon met rust gelaten worden, maar de hond moet wel eten'.
Plan: gesprek met {{o:VNN}} (hij weigert nu), eerst praktische hulp via vrijwilliger van {{o:Humanitas}} (wandelen met hond). {{r:Wijkwerker}}: [[p:Grietje Oosterhof]].""")

T("""Reactie op de les 'Studenten als maatje' (platform):
Mooi initiatief! In {{w:Paddepoel}} doen we iets vergelijkbaars met studenten van de {{o:Hanzehogeschool}}. Eén tip: laat de studenten nooit alleen het eerste bezoek doen. Bij ons ging het mis bij een meneer met achterdocht; de student ([[p:Floor]]) werd uitgescholden en durfde daarna niet meer. Nu gaat er altijd een {{r:wijkwerker}} mee bij de kennismaking.
– [[p:Hidde Bosma]], {{o:WIJ Paddepoel}}""")

T("""Agenda en besluiten MDO {{w:Oosterparkwijk}} [[d:vrijdag 6 december 2024]]
1. Mw. [[p:Kaya]] ([[a:Oosterparkstraat 88a]]) – ontruiming per [[d:20-12]] dreigt. {{o:Nijestee}} wil uitstel als er een betalingsregeling komt. [[p:Lieke]] ({{r:schuldhulpverlener}}) neemt contact op.
2. [[p:Henk]] en [[p:Gré Smit]] – mantelzorg onder druk, [[p:Gré]] (82) valt steeds. Aanvraag Wmo ingediend, referentie [[z:WMO-2024-00817]].
3. Rondvraag: [[p:Anouk]] vraagt of iemand een {{r:tolk}} Tigrinya weet. [[p:Jelle]] geeft nummer door.""")

T("""Chat WIJ-team {{w:Vinkhuizen}}
[[p:Esther]]: wie heeft mw. [[p:kramer]] van de Siersteenlaan? die heeft net gebeld, huilde
[[p:Wouter]]: ik. wat is er?
[[p:Esther]]: haar uitkering is stopgezet zegt ze. brief van [[d:28 okt]]
[[p:Wouter]]: verdorie. ik bel haar. wil je haar nummer sturen, staat niet in mijn telefoon
[[p:Esther]]: [[t:050-5417792]]
[[p:Wouter]]: thx""")

T("""Verwijzing naar {{o:Lentis}} (FACT-team Groningen-Noord)
Cliënt: [[p:Shurenska Isenia]], geb. [[d:30-07-1996]], [[a:Korreweg 190-b]], {{w:Korrewegwijk}}
Telefoon: [[t:06-11 37 49 58]]
Verwezen door: [[p:Martijn Dijkstra]], {{r:sociaal werker}} {{o:WIJ Korrewegwijk}}, [[e:martijn.dijkstra@wij.groningen.nl]]
Mw. hoort stemmen, heeft eerder een opname gehad op Curaçao (2019). Sinds de zomer wisselend contact, vorige week niet thuis. Moeder [[p:Ingrid]] maakt zich zorgen. Mw. geeft toestemming voor deze verwijzing (getekend [[d:26 november 2024]]).""")

# ---------------------------------------------------------------- Leeuwarden
T("""Goeie [[p:Sjoukje]],
Tige tank foar it berjocht. Ik ben bij pake [[p:Hiemstra]] in {{w:Bilgaard}} geweest. Hij is nog krekt sa eigenwijs as altyd, maar de keuken was een bende. Zijn dochter [[p:Wytske]] komt eens per week uit Drachten. Ik heb met haar afgesproken dat we een gesprek plannen met de {{r:Wmo-consulent}} op [[d:tongersdei 23 jannewaris]]... sorry, [[d:donderdag 23 januari]] 😉
Oant sjen,
[[p:Hylke]]""")

T("""Casusnotitie {{o:Sociaal Wijkteam}} {{w:Heechterp-Schieringen}}
[[d:02-10-2024]]
Mw. [[p:Tjitske de Jong]] (41), [[a:Valeriusstraat 23]], [[pc:8932 CA]] Leeuwarden. Alleenstaande moeder van [[p:Sven]] (12) en [[p:Mila]] (9). Mw. is eerder door {{o:Fier}} opgevangen na geweld door ex-partner. Ex-partner ([[p:Richard P.]]) heeft een contactverbod. Kinderen bij {{o:Jeugdhulp Friesland}}.
Mw. vraagt hulp bij werk: wil graag in de thuiszorg. Contact met {{r:participatiecoach}} [[p:Anneke Postma]] gelegd. Bank voor teruggave huur: [[i:NL13 SNSB 7748 3432 40]].""")

T("""Uit de regiotafel Fryslân, gedeeld op het platform:
Wy seagen dat bewoners yn lytse doarpen ('small towns') net sa gau nei it wijkteam geane. In de dorpen rond Leeuwarden weten mensen het van elkaar, en dat is precies waarom ze niet komen. Wat werkte: spreekuur in de dorpshuizen, en een sleutelfiguur (vaak de {{r:dominee}} of de {{r:huisarts}}). Tip van [[p:Auke Zijlstra]] ({{o:Amaryllis}}): gewoon op de fiets langs, niet met de dienstauto.""")

T("""Telefoonnotitie [[d:9 juli]]
Beller: [[p:Baukje Terpstra]], dochter van dhr. [[p:Sietse Terpstra]] (86), [[a:Aldlânsdyk 45]], {{w:Aldlân}}.
Heit is in juni gevallen en wil niet naar het verpleeghuis. Mem is 2 jaar geleden overleden. [[p:Baukje]] woont zelf in Groningen, kan niet vaker komen. Vraagt om dagbesteding en een alarm. Terugbellen op [[t:06 5112 8803]] of mail [[e:baukje.terpstra@hotmail.com]].""")

T("""Hoi [[p:Gerben]], kun jij dit oppakken? Kwam binnen via de {{o:Sociaal Wijkteam}} mailbox:
'Beste wijkteam, mijn buurman dhr. [[p:Kingma]] op nummer 18 heeft al 3 dagen zijn gordijnen dicht en reageert niet. Ik heb zijn dochter geprobeerd maar heb alleen een oud nummer. Mvg [[p:Froukje Sikkema]], [[a:Schrans 20]]'
Ik heb de {{r:wijkagent}} al ingelicht.""")

T("""Verslag ketenoverleg huiselijk geweld Leeuwarden, [[d:19.03.2025]]
Aanwezig: {{o:Veilig Thuis Friesland}}, {{o:Fier}}, {{o:Reclassering Nederland}}, {{o:Sociaal Wijkteam}} {{w:Vrijheidswijk}} ([[p:Jildou]]), {{o:Politie}}
Casus [[z:VTF-2025-0412]]: gezin [[p:Zeinab]] en [[p:Mahmoud Al-Khatib]], 4 kinderen. Vader houdt zich niet aan afspraken uit het veiligheidsplan. Reclassering (dhr. [[p:Nijboer]]) heeft toezicht. Besluit: huisverbod wordt onderzocht. Moeder heeft een nieuw telefoonnummer dat alleen bij [[p:Jildou]] bekend is.""")

# ---------------------------------------------------------------- Zwolle
T("""Van: [[p:Ilona Kamphuis]]
Verzonden: [[d:dinsdag 11 maart 2025]] 09:41
Aan: {{o:Sociaal Wijkteam}} {{w:Holtenbroek}}
Onderwerp: aanmelding dhr. [[p:Brinkhuis]]

Goedemorgen,
Hierbij meld ik mijn vader aan, dhr. [[p:Gerrit Brinkhuis]], geb. [[d:04-11-1944]], [[a:Palestrinastraat 7]], [[pc:8031 GN]] Zwolle. Hij woont alleen sinds mijn moeder in het verpleeghuis zit ({{o:Zonnehuis}}). Hij is erg vergeetachtig aan het worden en laat het gas aan. Ik woon zelf in Enschede en werk fulltime.
Hij is bereikbaar op [[t:038-4540917]] (vaste lijn, mobiel neemt hij nooit op).
Mvg, [[p:Ilona Kamphuis]]
[[t:06-22301866]]""")

T("""Praktijkvoorbeeld Zwolle, voor de kennisbank
Titel: 'Noaberschap werkt ook in de stad'
In {{w:Stadshagen}} hebben we een groep buren gevonden die om beurten koken voor een man met beginnende dementie. Hij had zelf aan de {{r:wijkcoach}} gezegd: 'ik wil niet naar zo'n tehuis'. De buren waren al bezig, ze wisten alleen niet van elkaar. Wij hebben alleen een app-groep opgezet en één keer koffie gedronken bij {{o:Travers Welzijn}}.
Cliëntgegevens zijn weggelaten. Contact: [[p:Marloes Lansink]], [[e:m.lansink@sociaalwijkteamzwolle.nl]]""")

T("""Notitie {{w:Diezerpoort}} [[d:27/09]]
Vanmiddag samen met [[p:Ahmet]] ({{o:Tactus}}) bij [[p:Jeroen de Boer]] geweest, [[a:Kamperpoortenstraat 9-II]]. [[p:Jeroen]] is weer gaan gebruiken na 8 maanden clean. Hij schaamt zich enorm. Hij wilde niet dat zijn moeder het weet. We hebben afgesproken dat hij vrijdag naar de inloop gaat. {{r:Bewindvoerder}} blijft [[p:Koster]] van {{o:Bewindvoering Salland}}.""")

T(
    """[[p:Ellen]] ({{r:Wmo-consulent}}) schreef in het dossier van dhr. [[p:Oude Egberink]]: 'mw. (echtgenote) wil geen vreemden in huis'. Bij navraag bleek: ze wil geen Poolse thuishulp meer na een misverstand. Dit soort zinnen gaan mee in overdrachten en worden een eigen leven. Les: schrijf op wat iemand letterlijk zei en wanneer ([[d:14-2-2024]], huisbezoek {{w:Aa-landen}})."""
)

# ---------------------------------------------------------------- Utrecht / Almere extra
T("""Casus voor intervisie ({{o:Buurtteam}} {{w:Lunetten}})
[[p:Vishal]] (34, Hindostaans) zorgt voor zijn ouders die bij hem inwonen. Vader [[p:Radjesh Jagroep]] heeft een CVA gehad, moeder [[p:Sunita]] suiker. [[p:Vishal]] werkt als ICT'er en is zelf overspannen. Zijn broer in Den Haag doet 'niks', zegt hij. [[p:Vishal]] wil geen verpleeghuis ('bij ons doe je dat niet').
Dilemma: hoe respecteren we de culturele norm én voorkomen we dat hij omvalt? Ideeën graag voor het overleg van [[d:dinsdag 28/1]].""")

T("""Mailtje van [[e:jdevries.kbz@gmail.com]] doorgestuurd door de receptie:
'goedemiddag, ik zoek hulp voor mijn dochter [[p:Noor]], ze is 19 en heeft autisme, ze zit de hele dag op haar kamer en wil nergens heen. We wonen in {{w:Almere Buiten}}, [[a:Baljuwstraat 140]]. Ik weet niet waar ik moet beginnen. [[p:J. de Vries]]'
-> doorgezet naar team Buiten, [[p:Mo]] pakt op.""")

T("""Wijkteam {{w:Muziekwijk}} – korte verslaglegging
[[d:12 mei 2025]], huisbezoek bij [[p:Mihaela]] en [[p:Ionuț Popescu]], [[a:Bachstraat 66]]
Echtpaar uit Roemenië, 2 kinderen. Dhr. is bij een ongeluk op het werk gewond geraakt, werkgever (uitzendbureau) betaalt niet door. Geen Nederlandse zorgverzekering geregeld door werkgever. Contact met {{o:FNV}} en {{o:Juridisch Loket}} gelegd. BSN dhr.: [[b:240085188]]. Mw. werkt nog in de schoonmaak.""")
# ---------------------------------------------------------------- Eindhoven
T("""Verslag {{o:WIJeindhoven}} – {{w:Woensel-West}}
[[d:donderdag 16 januari 2025]], huisbezoek
Cliënt: dhr. [[p:Harrie van de Ven]] (67), [[a:Celebesstraat 35]], [[pc:5621 CJ]] Eindhoven
Dhr. is 'unne goeie vent', zegt de buurvrouw, maar sinds de dood van zijn hond komt hij de deur niet meer uit. Kinderen: zoon [[p:Rob]] in Veldhoven, dochter [[p:Ellen]] zonder contact. Dhr. drinkt 's middags al. Schulden bij {{o:Woonbedrijf}} en {{o:Essent}}.
Afspraak: samen naar het buurtcentrum voor de koffie-ochtend op vrijdag. {{r:Sociaal makelaar}} [[p:Lotte]] haalt hem op.
[[p:Karin Verhoeven]], {{r:wijkwerker}}""")

T("""[[p:toon]]: hedde gij al iets gehoord van {{o:GGzE}} over [[p:Marco]]?
[[p:Marieke]]: nee nog niks. hij zit nog op de wachtlijst, wss tot na de zomer
[[p:toon]]: da's te lang. moeder belde me vanmorgen om 7u!! hij sloopt de boel
[[p:Marieke]]: oei. bel de {{r:huisarts}}, dokter [[p:Panhuizen]] kent hem goed. of crisisdienst
[[p:toon]]: ok. ik doe het. houdoe""")

T("""Aanvraag bijzondere bijstand via {{o:WIJeindhoven}} {{w:Doornakkers}}
Aanvrager: [[p:Ama Owusu-Boateng]]
Geboortedatum: [[d:08/08/1979]]
BSN: [[b:749 861 204]]
Adres: [[a:Kruisstraat 140-B]], [[pc:5612 CK]] Eindhoven
IBAN: [[i:NL48TRIO0449237796]]
Toelichting: mw. kreeg een naheffing van de zorgtoeslag (€ 1.640) omdat haar inkomen als schoonmaakster hoger was dan geschat. Zij betaalt al af op twee andere schulden. Haar dochter [[p:Abena]] studeert in Tilburg. Verzoek om bijdrage in de kosten van een nieuwe wasmachine.
Behandelaar: [[p:Stijn]], {{r:inkomensconsulent}}""")

T("""Uit onze leerkring 'Werken met LVB' (Eindhoven/Helmond), voor de landelijke kennisbank:
Bij een jonge man (22) in {{w:Lakerlopen}} bleek na maanden dat hij de brieven van {{o:UWV}} niet kon lezen. Niemand had het gevraagd: hij praat goed en 'doet slim'. De {{r:MEE-consulent}} zag het direct. Tip: vraag altijd 'wil je dat ik het voorlees?' – niet 'kun je lezen?'.
Aanleverdatum: [[d:23-04-2025]], door [[p:Rian Bressers]] ({{o:MEE de Meent}})""")

T("""Beste [[p:Femke]],
Kun je dhr [[p:Yusuf Demir]] terugbellen op [[t:040 - 211 78 45]]? Hij was vanmiddag op het spreekuur in {{w:'t Hofke}} en heeft vragen over zijn WW. Klantnummer {{o:UWV}}: [[z:UWV-882314]]. Hij spreekt goed Nederlands maar wilde het niet in de wachtruimte bespreken.
Thanks! [[p:Jasper]]""")

# ---------------------------------------------------------------- Tilburg
T("""Notitie {{o:ContourdeTwern}}, wijkteam {{w:Tilburg-Noord}}
[[d:maandag 7 april 2025]]
Mw. [[p:Riet van Gils]] (74) belde, 'ons [[p:Mientje]]' (haar zus [[p:Mientje]], 79) zou niet goed meer voor zichzelf zorgen. [[p:Mientje]] woont in de {{w:Stokhasselt}}, [[a:Kastanjelaan 31]]. [[p:Riet]] is zelf ook slecht ter been. Ik ga samen met de {{r:wijkverpleegkundige}} van {{o:Thebe}} op bezoek, [[d:woe 9/4]].
Telefoonnummer [[p:Mientje]]: [[t:013-4677520]]. [[p:Riet]]: [[t:06 3322 6781]].""")

T("""Hoi [[p:Bas]],

De zaak van [[p:Agnieszka]] uit de {{w:Reeshof}} moet echt even opgeschaald worden. Ze woont met haar twee kinderen op [[a:Schuilenburg 64]] en de verhuurder heeft haar nu al 3x de toegang tot de woning ontzegd (slot vervangen!). Politie zegt: 'civiele zaak'. Ze heeft geen contract, wel bankafschriften van de huur ([[i:NL82 KNAB 7935 6606 76]] naar de verhuurder).
Kan {{o:Farent}} hier juridisch iets mee? Het {{o:Juridisch Loket}} heeft pas over 3 weken plek.
Groetjes, [[p:Yvonne Hendriks]]
{{r:Maatschappelijk werker}} | [[e:y.hendriks@farent.nl]] | [[t:06 48 11 20 39]]""")

T("""Verslag buurtsignaleringsoverleg {{w:Jeruzalem}}, [[d:20-01-25]]
- Ouder echtpaar [[p:Schellekens]] in de flat aan de Ringbaan-Oost: de heer loopt 's nachts op straat. Mevrouw kan het niet meer aan. {{r:Casemanager dementie}} ingeschakeld.
- Jongeren in het park: geen nieuwe meldingen.
- [[p:Stefan]] ({{o:WonenBreburg}}) meldt een woning met mogelijke hennepteelt, doorgegeven aan de politie.
Volgende keer: [[d:17 februari]].""")

T("""Casusles 'Gezamenlijk huisbezoek met de bewindvoerder'
Door {{o:Toegang Tilburg}}, wijk {{w:Groenewoud}}
Een Marokkaans-Nederlandse vader (50) met drie tieners kwam in beschermingsbewind. Zijn {{r:bewindvoerder}} had hem nooit gezien, alleen gebeld. Vader voelde zich 'onder curatele' en zei alles af. Pas toen de bewindvoerder en de {{r:wijkteammedewerker}} samen aan tafel zaten, met muntthee, ging het lopen. Lessen: (1) bewindvoering is geen vervanging van contact; (2) laat de cliënt zelf het budget op een whiteboard zetten.
[redactie: naam vader ([[p:Said]]) en adres ([[a:Bredaseweg 318]]) verwijderd uit de definitieve tekst – dit was de conceptversie van [[d:2 juni]]]""")

T("""Doorverwijzing {{o:GGz Breburg}} (ambulant team Tilburg)
Cliënt: [[p:Lenny Tromp]], geb. [[d:24 december 1985]]
Adres: [[a:Korvelseweg 201a]], [[pc:5025JL]] Tilburg ({{w:Korvel}})
BSN: [[b:135357998]]
Telefoon: [[t:06 - 1444 8302]]
E-mail: [[e:lennytromp85@outlook.com]]
Reden: depressieve klachten, suïcidale uitspraken tegen de {{r:wijkteammedewerker}} op [[d:5-3-2025]]. Geen acuut plan. Huisarts (dr. [[p:Van Iersel]]) is akkoord met verwijzing. Mw. heeft een zoon van 4, [[p:Milan]], die naar de opvang gaat.""")

# ---------------------------------------------------------------- Arnhem
T("""Journaal {{o:Sociaal Wijkteam}} {{w:Presikhaaf}}
[[d:2 okt]]: bericht van [[p:Mirjam]] ({{o:Rijnstad}}): mw. [[p:Sahin]] zit weer zonder geld, leefgeld op. Zoon [[p:Burak]] (17) werkt bij de Kruidvat en betaalt boodschappen.
[[d:3 okt]]: met mw. gebeld, afspraak op kantoor gemaakt. Mw. is bang voor de deurwaarder.
[[d:7 okt]]: mw. niet gekomen. Gebeld naar [[t:026 - 3618844]], geen gehoor. Brief gestuurd naar [[a:Karel van Gelreweg 412]].""")

T("""Hallo [[p:Pieter]],
Ter voorbereiding op het MDO van [[d:donderdag 24 oktober]] stuur ik je alvast de gegevens van de nieuwe aanmelding uit {{w:Malburgen}}:
Naam: [[p:Esmeralda Pinas]]
Geboren: [[d:19-04-1977]]
Adres: [[a:Florijnweg 28]], [[pc:6833 BB]] Arnhem
Vraag: schulden (± € 30.000), dochter [[p:Shirley]] (16) met gedragsproblemen, mw. zelf nierpatiënt, dialyse 3x per week in {{o:Rijnstate}}.
BSN [[b:366 603 747]]
Gr. [[p:Anja]]""")

T(
    """Mevrouw [[p:Geitenbeek]] uit de {{w:Geitenkamp}} (ja echt, dat is haar naam 😊) wil graag dat haar verhaal gedeeld wordt als voorbeeld, en heeft daarvoor getekend. Toch halen we haar naam eruit voor het platform. Wat ze wil delen: na 30 jaar bij dezelfde werkgever werd ze ontslagen en schaamde ze zich te veel om hulp te vragen. De {{r:buurtsportcoach}} zag dat ze niet meer op de wandelgroep kwam en belde haar. Eén telefoontje."""
)

T("""Notulen overleg {{o:Moviera}} / {{o:Wijkteam}} {{w:Klarendal}}, [[d:21-11-2024]]
Casus: [[p:Yeliz]] (31) en haar 2 kinderen, verblijven sinds [[d:14-11]] in de opvang. Partner [[p:Onur]] heeft haar telefoon afgepakt. Nieuw nummer alleen bij {{o:Moviera}}. Huurwoning [[a:Hommelseweg 77-1]] staat op naam van beiden.
Acties: {{r:advocaat}} (mr. [[p:Heijmans]]) vraagt tijdelijk gebruiksrecht woning aan. Zaaknr. rechtbank [[z:C/05/431187]].""")

T(
    """Kleine vraag in de groep van wijkteams Gelderland: mag een {{r:wijkteammedewerker}} een cliënt (in dit geval een mevrouw uit {{w:Elderveld}}, [[p:Hanna]]) in de eigen auto meenemen naar het ziekenhuis? Bij ons zeggen ze 'nee, verzekering' maar de taxi komt pas over 2 uur. Hoe regelen jullie dat? – [[p:Teun Hermsen]], Arnhem"""
)

# ---------------------------------------------------------------- Nijmegen
T("""Verslag {{o:Sterker sociaal werk}}, team {{w:Dukenburg}}
Datum: [[d:vr 15 nov. 2024]]
Gesprek met [[p:Abdirahman Warsame]] en zijn vrouw [[p:Hodan]], [[a:Meijhorst 70-18]], [[pc:6537 KC]] Nijmegen.
Gezin van 7, wonen in een driekamerflat van {{o:Portaal}}. Oudste dochter [[p:Ifrah]] (19) studeert en slaapt in de woonkamer. Dhr. heeft rugklachten, kan niet werken, mw. volgt inburgering. Ze vragen een grotere woning. Ik leg uit dat de wachttijd 8-10 jaar is 😞.
Ik stuur een mail naar [[p:Roos]] van {{o:Portaal}} over mogelijke woningruil.
[[p:Thomas]]""")

T("""Beste [[p:Thomas]],
Ik heb je mail over de familie [[p:Warsame]] gelezen. We hebben helaas geen urgentie meer voor overbewoning, maar ik kan ze wel tippen voor de woningruil-app. Kunnen ze een inschrijving doen bij {{o:Entree}}? Inschrijfnummer (als ze dat al hebben) graag doorgeven.
Met vriendelijke groet,
[[p:Roos Janssen]], {{r:woonconsulent}} {{o:Portaal}} Nijmegen
[[t:024 - 382 54 90]] | [[e:roos.janssen@portaal.nl]]""")

T(
    """Noodsignaal [[d:30/12]]: opa [[p:Harry]] uit de {{w:Wolfskuil}} belt de {{r:buurtconciërge}} dat hij geen verwarming heeft. Zijn kleinzoon [[p:Kevin]] woont bij hem in maar is 'al dagen weg'. Ik ga er direct heen met [[p:Laura]] van {{o:Bindkracht10}}. Adres: [[a:Wolfskuilseweg 302]]."""
)

T("""Casusles voor het platform (goedgekeurd door cliënt)
Titel: 'De wasmachine als ingang'
Een alleenstaande vader in {{w:Hatert}}, 3 kinderen, ging failliet als zzp'er. Alle hulp die we aanboden wees hij af: 'ik red me wel'. Tot zijn wasmachine kapot ging. De {{r:schuldhulpmaatje}} regelde een tweedehands exemplaar via de kringloop, en daarna kwam het gesprek over de schulden vanzelf. Les: begin met wat de cliënt zelf als probleem ziet, ook al is het klein.
Auteur: [[p:Mirjam Hendriks-Tahiri]], {{o:Sterker sociaal werk}}""")

T("""Telefoonnotitie [[d:28 januari 2025]] – {{w:Lindenholt}}
Dhr. [[p:G. Wijnen]] belt over zijn buurman [[p:Bertus]] ([[a:Zwanenveld 91-12]]). [[p:Bertus]] is dement aan het worden en heeft vannacht om 3 uur aangebeld om te vragen of het al tijd was voor de kerk. Dhr. [[p:Wijnen]] wil helpen maar 'niet de zorg overnemen'. Hij is bereikbaar op [[t:06 2390 1744]].
Actie: huisbezoek met {{r:casemanager dementie}} [[p:Ingrid]] van {{o:Zorggroep Maas & Waal}}.""")

T("""Intake {{o:Buurtteam Volwassenen}} {{w:Nijmegen-Oost}}
Naam: [[p:Li Wang]] (v, 29), promovenda aan de {{o:Radboud Universiteit}}, Chinese nationaliteit
Adres: [[a:Groesbeekseweg 77-k2]], [[pc:6524 CP]]
Tel.: [[t:+86 138 1024 5566]] / [[t:0617 449 203]]
Mw. meldt zich zelf. Ze is eenzaam, slaapt slecht, haar visum hangt af van haar promotie en haar begeleider (prof. [[p:De Haan]]) dreigt haar contract niet te verlengen. Geen huisarts! Eerst inschrijven bij een huisartspraktijk.""")

# ---------------------------------------------------------------- Eindhoven/Tilburg extra
T("""Mail aan {{o:Kredietbank}}:
'Beste mevrouw [[p:Van Hoof]], zoals telefonisch besproken stuur ik de gegevens door van [[p:Sjaak Verbruggen]] ([[d:12-09-1968]]), [[a:Hoogstraat 12]], [[pc:5654 NB]] Eindhoven. Hij heeft 14 schuldeisers, waaronder {{o:Belastingdienst}} en {{o:CAK}}. BSN: [[b:875.203.656]]. Zijn inkomen komt binnen op [[i:NL21BUNQ1191769914]]. Hij heeft het aanmeldformulier ondertekend op [[d:3 oktober]].
Groet, [[p:Wendy]] ({{o:WIJeindhoven}} {{w:Strijp}})'""")

T("""[[p:Daan]]: ben je nog bij mw [[p:el amrani]]?
[[p:Sarah]]: ja, het loopt uit. ze heeft een brief van de woco, ontruiming [[d:27/2]]!!
[[p:Daan]]: wat? dat stond toch op hold
[[p:Sarah]]: blijkbaar niet. ik bel zo met [[p:Jos]] van {{o:TBV Wonen}}
[[p:Daan]]: sterkte. laat maar weten of ik iets kan doen""")

T(
    """Ondertekende toestemmingsverklaring ontvangen van dhr. [[p:Nordin Benali]] ([[d:1-10-2024]]). Hij geeft toestemming dat het wijkteam {{w:Theresia}} info uitwisselt met {{o:Novadic-Kentron}}, {{o:Reclassering Nederland}} en zijn {{r:huisarts}}. Niet met zijn ouders. Dossier intern: [[z:2024-TB-0773]]."""
)
# ---------------------------------------------------------------- Maastricht
T("""Verslag {{o:Sociaal Wijkteam}} {{w:Malberg}} – {{o:Trajekt}}
[[d:Maandag 10 februari 2025]], huisbezoek bij mevr. [[p:Mia Bemelmans-Houben]] (79), [[a:Dolmenplein 4B]], [[pc:6218 HX]] Maastricht.
Mevr. is 'nog good zelfredzaam' zegt ze zelf, maar de {{r:wijkverpleegkundige}} van {{o:Envida}} ziet dat ze medicatie vergeet. Zoon [[p:Huub]] woont in Lanaken (B), komt op zondag. Dochter [[p:Marij]] is overleden in 2020, daar praat mevr. liever niet over.
Mevr. wil graag naar de kaartmiddag in het buurthuis maar durft niet meer alleen over straat sinds haar val op [[d:2 januari]].
Afspraken: aanvraag begeleiding Wmo, vrijwilliger van de {{o:Zonnebloem}} vragen voor vervoer op woensdag. Tel. zoon: [[t:+32 478 55 21 90]].
[[p:Jeanine Lardinois]], {{r:wijkcoach}}""")

T("""[[p:Sjef]] 10:41: Hoe geit 't? Ich bin bij [[p:Zjos]] in {{w:Caberg}}, heer is de sleutel kwijt en de deur zit op slot 🙄
[[p:Maud]] 10:43: och jong. woningcorporatie bellen? {{o:Woonpunt}} heeft een noodnummer
[[p:Sjef]] 10:44: gedaan, ze komen tussen 12 en 4. ich blief effe bij um, hij is erg onrustig
[[p:Maud]] 10:44: gaer gedaon 👍 laat maar weten als je hulp nodig hebt""")

T("""Maastricht, [[d:14-10-2024]]
Aan de {{r:bewindvoerder}} van dhr. [[p:R. (René) Smeets]]
Betreft: cliëntnummer [[z:BMZ-20-4471]]

Geachte heer [[p:Vleugels]],

Dhr. [[p:Smeets]] woont sinds [[d:1 september]] op [[a:Brusselsestraat 112-A]], [[pc:6211 PG]] Maastricht. Hij vroeg mij om u te laten weten dat zijn huur (€ 712) nu naar de nieuwe verhuurder moet: [[i:NL29ABNA1332351977]], t.n.v. {{o:Servatius}}. Ook zijn adres bij de zorgverzekeraar klopt nog niet.
Zou u dit willen regelen? Voor vragen ben ik bereikbaar op [[t:043-3502871]].

Met vriendelijke groet,
[[p:Kim Ramaekers]]
{{r:maatschappelijk werker}}, {{o:Sociaal Wijkteam}} {{w:Binnenstad}}""")

T("""Platform > Thema 'Grensoverschrijdend' > Discussie
Vraag van [[p:Lieve Pluijmen]] ({{w:Heer}}, Maastricht): wij hebben regelmatig cliënten die in België of Duitsland werken of wonen. Wie weet hoe het zit met de zorgverzekering als iemand in Maasmechelen werkt en in {{w:Wittevrouwenveld}} woont? Concreet: een mevrouw van 52, haar werkgever zit in Lanaken. Ze krijgt nu geen zorgtoeslag meer.
Antwoord van [[p:Ger Meertens]] ({{o:Sociaal Wijkteam Kerkrade}}): bij ons loopt dit via {{o:GIP/Grensinfopunt}}. Zij weten er alles van, vraag naar [[p:Jacqueline]].
Antwoord van [[p:Lieve]]: merci! 🙏""")

T("""Intake {{o:Mondriaan}} / {{o:Sociaal Wijkteam}} {{w:Pottenberg}}, [[d:7.05.2025]]
Cliënt: [[p:Ahmet Çelik]], 46, geb. [[d:27-11-1978]], BSN [[b:382.225.272]]
Woonadres: [[a:Pottenberg 171]], [[pc:6216SP]] Maastricht. E-mail: [[e:ahmet.celik78@gmail.com]]
Sinds het faillissement van zijn bedrijf (shoarmazaak in Heerlen) somber, niet meer buiten. Vrouw [[p:Fatma]] heeft het huis verlaten met de kinderen. Hij heeft geen contact met zijn broer in Turkije. Geen suïcidale gedachten, zegt hij. Wel veel schulden (schatting 60k).
Plan: FACT-aanmelding, {{r:schuldhulpverlener}} van het wijkteam ([[p:Pascal]]).""")

T("""Evaluatie project 'Koffie in de portiek' ({{w:Nazareth}}, {{w:Limmel}}), voor het landelijke kennisplatform
In 2024 hebben we 38 portiekgesprekken gehouden met {{o:Woonpunt}} en {{o:Trajekt}}. Resultaat: 11 nieuwe aanmeldingen bij het wijkteam, vooral eenzaamheid en geldzorgen. Een bewoner zei: 'Ich dach dat gaer niks mie veur os kaome.' Wat niet werkte: flyers. Wat wel werkte: vlaai.
Contactpersoon: [[p:Noël Schrijnemakers]], [[e:n.schrijnemakers@trajekt.nl]], [[t:06-41 22 90 18]]""")

# ---------------------------------------------------------------- Zuid-Limburg, Venlo
T("""Melding {{o:Veilig Thuis Limburg}} – teruggekoppeld aan {{o:Sociaal Wijkteam}} Kerkrade-{{w:Bleijerheide}}
Datum melding: [[d:18 maart 2025]]
Betreft: gezin [[p:Kuijpers]]/[[p:Schmitz]], [[a:Pannesheiderstraat 66]], [[pc:6462 EC]] Kerkrade
Moeder [[p:Sandra Kuijpers]] (35), partner [[p:Dieter Schmitz]] (41, Duitse nationaliteit, werkt in Aken), kinderen [[p:Luca]] (7) en [[p:Emma]] (3).
Buurvrouw hoorde geschreeuw en glas breken. Politie ter plaatse om 23.40 uur. Dhr. is bereikbaar op [[t:+49 171 4452 809]].
Veilig Thuis-nummer: [[z:VTL-25-01877]]. Vraag aan het wijkteam: vrijwillig hulpverleningstraject opstarten, {{r:casusregisseur}} [[p:Marco]].""")

T("""Hoi [[p:Nicole]],
Kun je de aanvraag Wmo van mw. [[p:Lemmens]] nog even checken? Ze woont in {{w:Heerlerheide}}, [[a:Ganzeweide 130]], en heeft een scootmobiel aangevraagd op [[d:5 november]]. Volgens haar dochter ([[p:Petra]], [[t:045 - 522 44 10]]) heeft ze nog niks gehoord. Aanvraagnummer: [[z:HRL-WMO-24-6632]].
Alvast dank! [[p:Luuk]] ({{o:Impuls}})""")

T("""Sittard, {{w:Limbrichterveld}} – casusnotitie [[d:19/06/2024]]
[[p:Thei]] (71) en [[p:Lies Geurts]] (68). [[p:Thei]] heeft Parkinson, [[p:Lies]] is mantelzorger en zelf net geopereerd. Zoon [[p:Wiel]] woont in Venlo en 'doet wat hij kan'. Het echtpaar wil samen thuis blijven. Respijtzorg aangevraagd via {{o:Partners in Welzijn}}. [[p:Lies]] is bang dat het 'te veel kost'. IBAN voor de eigen bijdrage ({{o:CAK}}): [[i:NL41 RABO 4850 2074 79]].""")

T("""Van: [[e:w.peeters@zorggroepvenlo.nl]]
Aan: {{o:Sociaal Wijkteam}} {{w:Venlo-Noord}}
Datum: [[d:12 april 2025]]
Onderwerp: verwaarlozing?

Dag collega's,
Vanuit de thuiszorg maken wij ons zorgen om mw. [[p:Van Enckevort]] ([[a:Vastenavondkampstraat 18]]). Ze is 88, weigert sinds twee weken te douchen en de post stapelt zich op. Haar kleinzoon [[p:Tim]] heeft 'de bankzaken overgenomen' maar is nergens te bereiken. Wij hebben een vermoeden van financiële uitbuiting. Kan het wijkteam samen met ons een huisbezoek doen?
Groet, [[p:Wendy Peeters]], {{r:wijkverpleegkundige}}""")

# ---------------------------------------------------------------- Twente / Salland
T("""Verslag {{o:Wijkracht}} / sociaal wijkteam Enschede-{{w:Velve-Lindenhof}}
[[d:dinsdag 3 september 2024]]
Dhr. [[p:Hennie Oude Luttikhuis]] (63), [[a:Lasondersingel 101]], [[pc:7514 BN]] Enschede. Moi! zei hij bij binnenkomst, best vrolijk. Maar: zijn vrouw [[p:Janna]] zit sinds maart in het verpleeghuis, hij eet alleen nog brood. Noabers (fam. [[p:Nijhuis]]) koken 2x per week. Hij wil graag weer biljarten bij de buurtvereniging.
Praktisch: hij weet niet hoe hij de eigen bijdrage moet betalen. Bankrekening: [[i:NL68INGB5835853058]]. Hij gaf zijn BSN op een briefje: [[b:663 905 898]].
[[p:Marleen Wolterink]], {{r:sociaal werker}}""")

T("""[[p:Bennie]] 🚲: goeiemiddag! ik zit bij die jongen in {{w:Pathmos}}, [[p:Dennis]]. Hij wil wel praten maar niet met 'de gemeente'. Wat nu?
[[p:Gerda]] ({{r:teamleider}}): Zeg maar dat je van het wijkteam bent, niet van de gemeente 😉 En plan een vervolg met [[p:Lars]] van {{o:Tactus}}?
[[p:Bennie]] 🚲: doe ik. nr van [[p:Dennis]]: [[t:06 5123 0070]]""")

T("""Aanmeldformulier Sociaal Wijkteam Hengelo
Aangemeld door: {{r:praktijkondersteuner}} huisartsenpraktijk {{w:Berflo Es}}, [[p:Marieke ter Horst]]
Cliënt: [[p:Gradus Kamphuis]], geb. [[d:06-06-1959]]
Adres: [[a:Marskant 14]], [[pc:7555PA]] Hengelo
BSN: [[b:459085165]]
Reden aanmelding: vereenzaming, verwaarlozing woning, weigert hulp van {{o:Welbions}} bij klein onderhoud. Heeft toestemming gegeven (mondeling, [[d:28-1-2025]]) voor aanmelding.
Urgentie: middel""")

T("""Casusles, gedeeld door het wijkteam {{w:Keizerslanden}} (Deventer)
'Tolken via een app is geen tolk'
Bij een Syrisch gezin gebruikte de {{r:wijkteammedewerker}} maandenlang een vertaalapp. Pas bij een gesprek met een professionele {{r:tolk}} bleek dat moeder dacht dat het wijkteam haar kinderen zou afpakken. Alle afspraken die ze 'nakwam' deed ze uit angst. Les: gebruik de {{o:Tolkentelefoon}} of een live tolk bij alles wat over kinderen of geld gaat.
Ingestuurd: [[d:17-9-2024]], [[p:Sanne Wessels]] ([[e:s.wessels@ieder1.nl]])""")

# ---------------------------------------------------------------- Brabant small towns
T("""Oss, {{w:Schadewijk}} – logboek
[[d:08-01-2025]] gebeld met mevr. [[p:Van den Heuvel]]. Ze is boos: haar zoon [[p:Jordy]] (24) zit in het {{o:Leger des Heils}}-opvanghuis in Den Bosch en 'niemand vertelt haar iets'. Ik leg uit dat [[p:Jordy]] meerderjarig is en zelf toestemming moet geven.
[[d:09-01-2025]] [[p:Jordy]] zelf gebeld via de opvang ([[t:073 - 612 44 09]], vragen naar de {{r:begeleider}} [[p:Rachid]]). Hij wil contact met moeder 'als ze niet gaat schreeuwen'.""")

T("""Verslag MDO {{w:Helmond-Noord}} ({{o:LEV Groep}}), [[d:26-02-2025]]
1. [[p:Farah]] ([[a:Cortenbachstraat 3-C]]) – vader [[p:Warsame]]? Nee: [[p:Farah]] is de achternaam van het gezin; voornaam moeder [[p:Hibaaq]]. Nieuwe aanmelding, 5 kinderen, huurachterstand bij {{o:woCom}}.
2. Dhr. [[p:Sjaak]] [[p:Bekkers]] – zie vorige keer. {{r:Bewindvoerder}} neemt niet op. Actie [[p:Nina]]: escaleren naar {{o:Kantonrechter}}.
3. Ingekomen: verzoek van {{o:Kredietbank}} om dossier [[z:HMD-22-31097]] af te sluiten.""")

T("""Hey [[p:Maaike]]!
Ik las jouw les over jongeren en schulden in Breda, super herkenbaar. Wij zien hetzelfde in {{w:Brandevoort}}: nieuwe wijk, dure huizen, maar ook jonge stellen die alles op afbetaling kopen. Een stel ([[p:Kevin]] en [[p:Jamie]], 23 en 22) had 9 (!) Klarna-achterstanden. Wil je eens sparren? Ik zit op [[e:jordi.vandeven@levgroep.nl]].
Houdoe, [[p:Jordi]]""")

# ---------------------------------------------------------------- Noord
T("""Verslag {{o:Sociaal Team}} Emmen – {{w:Angelslo}}
[[d:15-05-2024]]
Mw. [[p:Dina Boelens]] (44), [[a:Ermerweg 302]], [[pc:7812 BK]] Emmen. Alleenstaand, 3 kinderen waarvan 1 bij {{o:Accare}} in behandeling. Mw. werkt 20 uur bij de Zeeman. Ex betaalt geen alimentatie, zaak bij het {{o:LBIO}} loopt, kenmerk [[z:LBIO 2023-88714]]. Mw. vraagt hulp bij de aanvraag kinderopvangtoeslag.
[[p:Harm]], {{r:consulent}}""")

T(
    """Goeie, ik ben [[p:Ytsje]], {{r:maatschappelijk werker}} in Sneek ({{w:Noorderhoek}}). Vraag voor de groep: hoe gaan jullie om met ouderen die alleen Fries spreken en een Nederlandstalige thuiszorg krijgen? Bij ons gaat het om een beppe van 91 die tegen de zuster zegt: 'ik ferstean dy net'. Ze heeft geen dementie, ze voelt zich alleen niet thuis in het Nederlands. Zijn er organisaties met Friestalige vrijwilligers? Mail me: [[e:ytsje.hoekstra@sociaalteamsneek.nl]]"""
)

T("""Notitie {{o:Sociaal Wijkteam}} Den Helder, {{w:Nieuw-Den Helder}}, [[d:ma 2 dec]]
Dhr. [[p:Ruud Zomer]] (52, oud-marineman) belt over zijn huurachterstand bij {{o:Woningstichting Den Helder}}. Hij zegt dat zijn PTSS terug is. Hij wil niet naar de {{o:Veteranen Zorg}}, 'die hebben me al eens laten vallen'. Hij woont op [[a:Sluisdijkstraat 89-3]]. Tel. [[t:0223-612078]].
Ik heb afgesproken dat ik donderdag langskom met [[p:Corry]] (ervaringsdeskundige veteraan).""")

T("""Vlissingen, [[d:23 juli 2024]]
Verwijzing naar {{o:Emergis}} (ambulant)
Betreft: [[p:Kofi Appiah]], geb. [[d:13 maart 1993]], BSN [[b:302958393]]
Adres: [[a:Paul Krugerstraat 46]], [[pc:4384 BZ]] Vlissingen ({{w:Oost-Souburg}})
Telefoon: [[t:06-15 83 99 04]]
Dhr. is bij het wijkteam bekend sinds vorig jaar. Hij werkte als matroos in de haven van Vlissingen. Sinds zijn ontslag laat hij zich steeds minder zien, zijn vriendin [[p:Precious]] maakt zich zorgen: hij praat tegen zichzelf en slaapt niet. Hij wil zelf 'rust'.
[[p:A.J. Kosten]], {{r:wijkteammedewerker}}""")

# ---------------------------------------------------------------- more Rotterdam
T("""Teams-bericht, kanaal 'Wijkteam {{w:Bloemhof}} - algemeen'
[[p:Hatice Aydın]] 08:57
Morgen 9u: huisbezoek met {{o:Veilig Thuis}} bij de fam. [[p:Rosaria]]. Wie wil mee? [[p:Gilmar]] (vader) kan agressief worden, dus liever met 2.
[[p:Dennis Kok]] 09:02
Ik kan. Is het [[a:Lange Hilleweg 210B]]? Dan parkeer ik bij de moskee.
[[p:Hatice Aydın]] 09:03
Nee ze zijn verhuisd, nu [[a:Polderstraat 18-1]]. Zaak VT: [[z:VT-RR-2025-4417]]""")

T("""Tot mijn spijt moet ik melden dat dhr. [[p:Mahabier]] (79, {{w:Hillesluis}}) op [[d:zondag 16 februari]] is overleden. Zijn dochter [[p:Anjali]] belde vanmorgen. De crematie is op [[d:21 februari]] in Rotterdam-Zuid. Wie van het team wil gaan? Hij was 4 jaar bij ons in beeld.
[[p:Kiran]] zal de afsluiting van het dossier doen.""")

T("""Stageverslag (fragment), [[p:Fleur de Boer]], {{r:stagiaire}} {{o:SONOR}}
Mijn eerste huisbezoek was bij een mevrouw in de {{w:Oude Westen}}. Ik had me voorbereid met het dossier, maar mijn begeleider [[p:Sandra]] zei: 'vergeet het dossier, kijk naar de vrouw'. Mevrouw [[p:Roos]] (ja, zo heet ze, net als de bloem die in haar vensterbank stond) vertelde over haar jeugd in Paramaribo. Pas na een uur ging het over de huurschuld.""")

T("""Van: [[p:Kevin Nelissen]] <[[e:k.nelissen@kredietbankrotterdam.nl]]>
Aan: [[p:Marloes van Dam]]
Onderwerp: RE: dhr. [[p:Ramjiawan]]

Hoi [[p:Marloes]],
Dossier [[z:KBR-23-04471]] is aangemaakt. Wij hebben de volgende gegevens nog nodig: loonstroken van de laatste 3 maanden, het contract met de bewindvoerder en een kopie ID. Wil je dhr. [[p:Ramjiawan]] ook vragen de rekening bij {{o:ING}} ([[i:NL08 INGB 2205 0703 21]]) nog niet op te heffen?
Gr. [[p:Kevin]]""")

T("""Bijzonderheden tijdens de ochtendoverdracht {{w:Carnisse}} [[d:wo 12-3]]:
- [[p:Yasmina]]: dhr [[p:van leeuwen]] opgenomen in {{o:Maasstad Ziekenhuis}}, kat moet verzorgd, buurvrouw [[p:Truus]] doet dat
- [[p:Koen]]: mw. [[p:Gomes]] heeft eindelijk haar ID-kaart, nu BRP inschrijving [[a:Carnissestraat 77a]] regelen
- [[p:Lisa]]: ziek, haar afspraken gaan naar [[p:Koen]]""")

# ---------------------------------------------------------------- more Utrecht
T("""Beste allen,

Vanuit het {{o:Buurtteam}} {{w:Overvecht}} willen we een lastige casus inbrengen voor het regionale leerplatform. Het gaat om een jonge vrouw (21) met een LVB die door een 'vriend' werd gedwongen om bankrekeningen open te stellen voor fraude (geldezel). Ze had inmiddels 4 bankrekeningen en een BKR-registratie. In de eerste versie van ons stuk stond per ongeluk haar rekeningnummer [[i:NL90ABNA8196477115]] – dat is eruit gehaald.
Les: vraag bij LVB altijd wie er meekijkt met de bankapp.
Groet, [[p:Joost]] en [[p:Dewi Latuperisa]]""")

T("""Wijknotitie {{w:Kanaleneiland}}-Zuid, [[d:vrijdag 21 juni]]
Vanmiddag had [[p:Said]] (jongerenwerk {{o:JoU}}) contact met 3 jongens die 's nachts bij de Kanaalweg rondhangen. Een van hen, [[p:Nordin]] (16), vertelde dat hij niet meer thuis mag slapen van zijn vader. Moeder is in Marokko. [[p:Said]] heeft [[p:Nordin]] meegenomen naar het {{o:Buurtteam Jeugd en Gezin}}. Vader (dhr. [[p:Aarab]]) wordt gebeld op [[t:06-26 77 18 40]].""")

T("""Hallo [[p:Lotte]],

Zie hieronder de gegevens die je vroeg voor de aanvraag bij het {{o:Noodfonds}}:
[[p:Hafsa Ouhadi]]
[[a:Trans 84-2]]
[[pc:3531 BX]] Utrecht
[[i:NL51INGB0536742006]]
BSN [[b:355235924]]
Bedrag: € 450 voor schoolspullen en winterjassen.

Met vriendelijke groet, [[p:Marja]] ({{r:administratief medewerker}})""")

# ---------------------------------------------------------------- more Groningen / Drenthe
T("""Signaleringsformulier schoolmaatschappelijk werk → {{o:WIJ-team}} {{w:Lewenborg}}
Leerling: [[p:Jayden Hofstede]], groep 7, geb. [[d:3-8-2014]]
Ouders: [[p:Marcel Hofstede]] en [[p:Tamara Dijkhuis]] (gescheiden)
Adres moeder: [[a:Kardingerweg 2-44]], [[pc:9733 AR]] Groningen
Signaal: [[p:Jayden]] komt vaak zonder ontbijt, heeft blauwe plekken op zijn bovenarm (zegt: 'voetbal'). Moeder reageert niet op mails ([[e:tamaradijkhuis@live.nl]]).
Ingevuld door: [[p:Saskia]], {{r:intern begeleider}}, [[d:4 okt.]]""")

T(
    """Moi allemaal, vraagje vanuit {{w:De Wijert}}. Wie heeft ervaring met de 'Kansrijke Start'-aanpak bij zwangere vrouwen zonder vaste woonplek? We hebben nu een vrouw van 19 (zwanger, 24 weken) die bij vriendinnen op de bank slaapt. {{o:Lefier}}, {{o:Nijestee}}, niemand heeft een noodwoning. Ik ben [[p:Marije]], {{r:jeugdverpleegkundige}} {{o:GGD Groningen}}, [[t:050 367 44 21]]."""
)

T(
    """Verslag van een gesprek met de {{r:wijkagent}} ([[p:Henk Drenth]]) over de overlastmeldingen rond [[a:Siersteenlaan 560]] ({{w:Vinkhuizen}}). Er woont een man (55) die op verzoek van de bewoners-commissie al 2x is aangesproken. [[p:Henk]] denkt aan een psychose. Bewoners zijn bang. Wij gaan in gesprek met de man zelf en met {{o:Lentis}} (bemoeizorg). Geen naam bekend bij ons; volgens de corporatie heet hij [[p:Edwin]]."""
)

# ---------------------------------------------------------------- Leeuwarden extra
T("""Ut de praktyk (gedeeld op het platform, met toestemming):
In {{w:Camminghaburen}} wilde een Friese boer van 68, net weduwnaar, niets weten van het wijkteam. Zijn buurman zei: 'hy is grutsk, hy freget neat'. De {{r:ouderenadviseur}} is een keer langsgegaan om te praten over de koeien die hij vroeger had. Nu komt hij op dinsdag naar de soos.
Les: niet elke vraag is een hulpvraag. Soms is het een praatje.
Ingezonden door [[p:Doutzen van der Meer]], [[d:30 oktober 2024]]""")

T(
    """Hoi [[p:Jildou]], kun je dit nummer even noteren voor mw. [[p:Al-Khatib]]? Ze belt je vanaf nu alleen nog via [[t:06 1880 4412]] – niet doorgeven aan collega's zonder overleg! Ze woont nog steeds op het opvangadres, dat hou ik buiten de mail. Dossier: [[z:SWT-LWD-0931]]. [[p:Marten]]"""
)

# ---------------------------------------------------------------- Arnhem / Nijmegen extra
T("""Aanvraagformulier schuldhulp – Gemeente Arnhem
Naam aanvrager: [[p:Jessica Peters]]
Naam partner: [[p:Mustafa Kassem]]
Geboortedata: [[d:02-09-1994]] / [[d:15-12-1990]]
Adres: [[a:Velperweg 30-5]], [[pc:6824 HH]] Arnhem
Telefoon: [[t:06 38 72 05 11]]
Rekeningnummer: [[i:NL17RABO6368876868]]
Wijkteam: {{w:Sint Marten}}/{{w:Sonsbeek-Zuid}}, contactpersoon [[p:Jochem]]
Toelichting: schulden bij {{o:Vivare}}, {{o:DUO}}, {{o:Zilveren Kruis}}, telefoonprovider. Totaal ca. € 14.800.""")

T("""Uit de werkbegeleiding (geanonimiseerd voor het platform, [[d:maart 11, 2025]]):
Een {{r:sociaal werker}} uit {{w:Spijkerkwartier}} vertelde dat ze een cliënt al 2 jaar 'vasthoudt' omdat er 'anders niemand is'. De cliënt belt haar ook in het weekend, op haar privénummer. Reflectie in de groep: wie beschermt de professional? Afspraak: privénummers worden nooit meer gegeven; werktelefoon gaat om 17u uit. [[p:Annelies]] ({{r:teamleider}}) zorgt voor een back-up collega.""")

T("""[[p:Ruben]] 🟢: collega's, mw. [[p:Lopes Fortes]] uit {{w:Hatert}} heeft gebeld. Haar dochter [[p:Zenaida]] is vannacht niet thuisgekomen. 15 jaar. Politie is ingeschakeld. Mw. vraagt of wij kunnen helpen met de kleine [[p:Nilton]] ophalen van school om 14.00.
[[p:Elise]]: ik kan dat doen als school het goed vindt. welke school?
[[p:Ruben]] 🟢: {{o:De Lanteerne}}. moeder belt school. haar nummer [[t:0640 311 782]]""")

# ---------------------------------------------------------------- Almere / Zoetermeer / Dordrecht / Delft extra
T("""Verslag huisbezoek [[d:28-08-2024]], {{w:Filmwijk}} Almere
Mw. [[p:Rebecca Mensah]] (62, Ghanees) en haar kleinzoon [[p:Yaw]] (10). Moeder van [[p:Yaw]] woont in Londen. Mw. heeft geen verblijfsvergunning voor onbepaalde tijd, verlenging loopt ({{o:IND}}-nummer [[z:V-3341.882.014]]). Ze durft daardoor nergens aan te kloppen. [[p:Yaw]] heeft astma, geen huisarts.
Acties: inschrijving huisarts, contact {{o:Stichting LOS}}, uitleg over de medische zorg voor kinderen.""")

T("""Verzoek tot terugbellen
Voor: [[p:Dirk]] ({{r:Wmo-consulent}})
Van: mevrouw [[p:Oudshoorn]], {{w:Seghwaert}}
Tel.: [[t:079 - 361 22 54]]
Wanneer: [[d:dinsdag 19-11]], na 14u
Waarover: trapliftaanvraag van haar man, [[p:Wim Oudshoorn]], [[a:Pelikaanweg 38]], [[pc:2725 EE]] Zoetermeer. Ze heeft de brief met het besluit niet begrepen.""")

T("""Evaluatie samenwerking {{o:SDD}} – {{o:Sociaal Wijkteam Dordrecht}}, voor het landelijke kennisplatform
We hebben dit jaar met vaste contactpersonen per wijk gewerkt ({{w:Krispijn}}, {{w:Sterrenburg}}, {{w:Crabbehof}}). Het aantal 'verdwaalde' aanvragen halveerde. Wat nog lastig is: cliënten met een {{r:bewindvoerder}} buiten de regio.
Vragen: [[p:Nadia Ait Ouali]] ([[e:n.aitouali@swtdordrecht.nl]]) of [[p:Robbert Groen]].""")

T(
    """Hoi [[p:Femke]], nog even over mw. [[p:Chen]]: kleindochter [[p:Lily]] mailde dat oma's tandarts in Rotterdam zit en ze daar zelf niet heen kan. Kan {{o:Delft voor Elkaar}} ook vervoer regelen? [[p:Lily]]'s mail: [[e:lily.chen2004@gmail.com]]. [[p:Gijs]]"""
)

# ---------------------------------------------------------------- platform / national
T("""Landelijke community Sociale Wijkteams – reactie onder 'Privacy in casuslessen'
Ik zie nog steeds lessen langskomen met geboortedatums erin. Gisteren nog: 'mw. geboren [[d:4-4-1951]]'. Een leeftijd (73) zegt genoeg. En het rare: 'cliënt woont in {{w:Kanaleneiland}}' is helemaal prima, dat is juist nuttig. Maar een straat mét huisnummer, zoals '[[a:Marshalllaan 23]]', is te veel.
– [[p:Wilma Ekkel]], {{r:privacy officer}} {{o:Gemeente Zwolle}}""")

T("""Reactie van [[p:Thijs Bakker]] op de les 'Huisbezoek bij hoarding'
Goed stuk! Aanvulling uit {{w:Tolhuis}}: wij gebruiken de 'Clutter Image Rating' om het gesprek te openen. Cliënt wijst zelf de foto aan. Geen oordeel. En neem geen vuilniszakken mee bij het eerste bezoek 😉
([[p:Bakker]], {{r:wijkverpleegkundige}}, {{o:Buurtzorg}} Nijmegen)""")

T("""Vraag aan de community: hoe registreren jullie een BSN als een cliënt er twee heeft? 😅 Klinkt gek, maar bij ons ({{w:Schiedam-Oost}}) had een Kaapverdiaanse meneer door een fout bij de IND twee nummers: [[b:410706395]] en [[b:669 048 410]]. {{o:UWV}} gebruikte het ene, {{o:SVB}} het andere. Inmiddels opgelost, maar het kostte 7 maanden.
[[p:Edmilson]] (zo heet hij) heeft ons toestemming gegeven dit te delen; zijn naam had ik toch beter weg kunnen laten. – [[p:Carla Monteiro]]""")

T("""Korte notitie {{o:Sociaal Wijkteam}} {{w:Rivierenwijk}} (Deventer)
[[p:Adnan]] belde terug: afspraak {{o:UWV}} verzet naar [[d:14/05/2025]]. Zijn nieuwe adres is [[a:IJsselstraat 51-b]], [[pc:7411 ES]]. Oude adres ([[a:Rembrandtkade 17]]) graag uit het systeem.""")

T("""Informatieverzoek {{o:Raad voor de Kinderbescherming}} aan {{o:Sociaal Wijkteam}} {{w:Stadshagen}}, Zwolle
Kenmerk Raad: [[z:RvdK-ZW-2025/0142]]
Betreft: minderjarige [[p:Liam van Dijk]], geb. [[d:9 februari 2016]]
Ouders: [[p:Kelly van Dijk]] en [[p:Jeroen Visser]]
Vraag: Welke hulp heeft het wijkteam sinds [[d:1 januari 2024]] aan het gezin geboden en hoe werkten de ouders mee?
Reactie graag binnen 10 werkdagen aan mw. [[p:M. Bos]], {{r:raadsonderzoeker}}, [[e:m.bos@rvdk.nl]].""")

T("""[[p:anouk]]: zit je nog in {{w:Amby}}?
[[p:Sjoerd]]: jep, bij die mevrouw met de 4 katten. [[p:Marij]] heet ze toch?
[[p:anouk]]: nee [[p:Marij]] is de dochter die overleden is. Mevrouw heet [[p:Mia]]. niet verwisselen in het verslag aub 😬
[[p:Sjoerd]]: oei, goed dat je het zegt""")

T("""Overdracht wijkverpleging → {{o:Sociaal Wijkteam}} {{w:Wesselerbrink}}
Cliënt: mw. [[p:Gülay Öztürk]], [[a:Wesselerbrinkweg 12-IV]], Enschede
Geb.: [[d:21.03.1962]]
Diagnose: COPD, diabetes type 2. Spreekt Turks, zoon [[p:Murat]] tolkt ([[t:06-52 04 66 18]]).
Sociale problematiek: vereenzaming na verhuizing, geen contacten in de wijk. Mw. wil graag naar een Turkse vrouwengroep.
Overdragend {{r:wijkverpleegkundige}}: [[p:Ilse Lansink]], {{o:Livio}}""")

T("""Notulen regio-overleg bemoeizorg Oost-Nederland, [[d:5 december 2024]] (Zwolle)
Aanwezig: [[p:Wilma Ekkel]], [[p:Ahmet Yavuz]] ({{o:Dimence}}), [[p:Corinne]] ({{o:Tactus}}), [[p:B. Ter Haar]] ({{o:GGD IJsselland}}), [[p:Hennie]] (wijkteam {{w:Holtenbroek}})
Punt 3: er is een lijst met 'zorgmijders' gedeeld in een groepsapp, met namen en adressen. Dit mag niet. [[p:Wilma]] spreekt de betrokken teams aan. Afspraak: casuïstiek alleen via het beveiligde systeem, met dossiernummers (bv. [[z:BZ-0099]]).""")
# ---------------------------------------------------------------- extra: data-heavy documents
T("""Overzicht schuldeisers – opgesteld met cliënt, {{o:Buurtteam Leiden}} {{w:Merenwijk}}, [[d:2025-03-14]]
Cliënt: dhr. [[p:M.A. Haddad]], dossier [[z:BTL-2025-0217]]
1. {{o:Alliantie}} (huur) – € 2.310 – regeling loopt, betaling vanaf [[i:NL13ASNB7434847616]]
2. {{o:Zilveren Kruis}} – € 1.122 – kenmerk [[z:ZK-7731920-44]]
3. {{o:CJIB}} – € 479 – kenmerk [[z:6003 4471 2290 1186]]
4. {{o:Belastingdienst/Toeslagen}} – € 3.870 (terugvordering huurtoeslag 2022)
5. {{o:Vodafone}} – € 260 (incasso via GGN)
Totaal ca. € 8.041. Maandelijkse aflossingscapaciteit volgens budgetplan: € 85.
Volgende afspraak: [[d:28 mrt]] 9.30 uur op kantoor. Cliënt neemt bankafschriften mee van rekening [[i:NL52 RBRB 1156 2228 01]].""")

T("""Tijdlijn casus (voor de evaluatie met de {{r:gedragswetenschapper}}), {{w:Feijenoord}}:
[[d:03-01-2024]] eerste melding school (verzuim)
[[d:17-01-2024]] huisbezoek, niemand thuis
[[d:22-01-2024]] moeder belt zelf, afspraak gemaakt
[[d:5-2-2024]] intake, toestemmingsverklaring getekend
[[d:12 maart 2024]] MDO met {{o:CJG Rijnmond}}, {{o:Kredietbank Rotterdam}}
[[d:april 2, 2024]] start budgetbeheer
[[d:19/6/24]] crisis: huisuitzetting dreigt, voorkomen na overleg {{o:Woonstad}}
[[d:1 okt. 2024]] afschaling, alleen nog {{r:gezinscoach}}
Cliënt in het systeem: [[z:RTD-SWT-2024-00031]]. Naam moeder bewust niet in deze tijdlijn.""")

T("""Adreswijziging doorgeven aan ketenpartners ({{o:Sociaal Wijkteam Almere}}, {{w:Waterwijk}})
Cliënt [[z:SWA-8812]] is per [[d:15-09-2024]] verhuisd.
Oud: [[a:Zwolsestraat 301]], [[pc:1324 EA]] Almere
Nieuw: [[a:Marsdiepstraat 128 bis]], [[pc:1335GD]] Almere (woning van {{o:Goede Stede}})
Nieuw telefoonnummer: [[t:0031 6 24118930]]
Te informeren: {{o:UWV}}, {{o:Zorggroep Almere}}, {{r:bewindvoerder}}, {{o:GGZ Centraal}}. Graag vóór [[d:1 oktober]].""")

T(
    """Herinnering van {{o:WIJeindhoven}}: u heeft een afspraak op [[d:di 8 april]] om 10:30 uur bij het wijkteam {{w:Gestel}}. Neem uw ID-bewijs, bankafschriften en de brief van de deurwaarder mee. Kunt u niet? Bel of app [[p:Esmee]]: [[t:+31 (0)6 1740 2268]]."""
)

T("""Voicemail (uitgeschreven door de receptie, {{w:Presikhaaf}}) – [[d:vr 21-3]], 16.47 uur
'Ja hallo, met [[p:Van Dongen]], ik bel voor mijn moeder, mevrouw [[p:Van Dongen-Arts]], zij woont op de [[a:Hoogkamp 14]]. Er is al drie weken geen thuiszorg gekomen en niemand belt terug. Mijn nummer is [[t:06-1455 7302]], of mijn vaste nummer [[t:0318 - 52 66 14]]. Ik wil graag vóór maandag iets horen. Dank u.'""")

T("""{{o:Bewindvoering Gelderland}} B.V.
Nijmegen, [[d:20 januari 2025]]
Aan: {{o:Sterker sociaal werk}}, t.a.v. [[p:Thomas]]
Uw kenmerk: [[z:STK-24-1179]] – Ons kenmerk: [[z:BG/2025/00318]]

Geachte heer,
Hierbij bevestigen wij dat wij het beschermingsbewind van dhr. [[p:A. Warsame]] ([[a:Meijhorst 70-18]], [[pc:6537 KC]] Nijmegen) hebben overgenomen per [[d:1-1-2025]]. Het leefgeld wordt wekelijks op dinsdag overgemaakt naar [[i:NL40 INGB 5547 1989 25]]. De beheerrekening is [[i:NL50RABO4684092295]].
Met vriendelijke groet, {{r:bewindvoerder}}""")

T("""Verzoek kwijtschelding gemeentelijke belastingen (BsGW)
Aanvrager: [[p:Zjef Heuts]], [[a:Akerstraat 88]], [[pc:6221 CL]] Maastricht ({{w:Wyckerpoort}})
BSN: [[b:912.121.725]]
Geb.: [[d:31 augustus 1955]]
Rekeningnummer: [[i:NL67SNSB2263954993]]
E-mail: [[e:zjef.heuts@ziggo.nl]]
Ingediend via {{o:Trajekt}}, [[d:10-2-2025]]. Mer: de aanvraag van vorig jaar is 'zoek', zegt BsGW. Hij heeft het bewijs van verzending nog.""")

T("""Planning huisbezoeken week 46 – {{o:Sociaal Wijkteam}} {{w:Assendorp}} (Zwolle)
ma [[d:11/11]] 9.30 – [[a:Assendorperstraat 104]] (mw., eerste bezoek)
ma [[d:11/11]] 13.00 – [[a:Van Karnebeekstraat 20-A]] (vervolg, tolk Arabisch)
di [[d:12/11]] 10.00 – kantoor, MDO
wo [[d:13/11]] 11.00 – [[a:Schoolstraat 9-a]] met {{o:Dimence}}
do [[d:14/11]] hele dag scholing
vr [[d:15/11]] 9.00 – [[a:Thomas à Kempisstraat 66]] (dhr. [[p:Snijders]], laatste gesprek)""")

T("""Van: [[p:Luuk Habets]] ({{o:Impuls}} Kerkrade)
Aan: {{o:Sociaal Wijkteam}} {{w:Chevremont}}
Onderwerp: FW: aanvraag [[z:KRK-2024-11093]]

Ter info: de aanvraag van mw. [[p:Ramakers]] is toegekend, maar het besluit is naar haar oude adres ([[a:Hoofdstraat 201]], [[pc:6461 CX]]) gestuurd. Ze woont sinds [[d:1 augustus]] bij haar dochter in Landgraaf. Kunnen jullie haar bellen? [[t:(045) 535 19 80]].
Mèrci, [[p:Luuk]]
[[t:06 2155 0912]] | [[e:l.habets@impulskerkrade.nl]]""")

T("""Casusles Leeuwarden: 'Een jaar lang één vaste contactpersoon'
Context: jonge moeder (23), 2 kinderen, schulden, eerder uithuisplaatsing van haar zelf als kind. In januari 2023... – nee: het traject startte in de winter van 2023 en liep tot het voorjaar van 2024.
Wat we deden: één {{r:sociaal werker}} (geen wisselingen, ook niet tijdens vakanties), vaste dag (donderdag), vaste plek (haar keukentafel). Partners ({{o:Elkien}}, {{o:GGD Fryslân}}, {{o:Kredietbank Friesland}}) schoven aan op haar verzoek, niet op het onze.
Resultaat: geen nieuwe schulden sinds [[d:1 juni 2024]], beide kinderen naar de peuteropvang.
Ingestuurd door team {{w:Oud-Oost}}, contact [[e:lessen@sociaalwijkteamleeuwarden.nl]].""")

T("""[[p:Mirthe]]: ik heb de IBAN van meneer verkeerd doorgegeven aan de {{o:Voedselbank}} 🤦‍♀️ het is [[i:NL06 ASNB 0807 1300 03]], niet eindigend op 02
[[p:Gijs]]: haha gebeurt de besten. stuur ff een mail naar [[e:intake@voedselbankutrecht.nl]] met zijn klantnummer
[[p:Mirthe]]: klantnr is [[z:VB-U-33817]] toch?
[[p:Gijs]]: ja klopt""")

T("""Gegevens cliënt (intake {{o:Toegang Tilburg}}, {{w:Quirijnstok}})
Naam: [[p:Ionela Radu]]
Geb.: [[d:14mrt1988]]
BSN: [[b:665868649]]
Adres: [[a:Ringbaan-West 277-c]], [[pc:5037 PD]] Tilburg
Tel.: [[t:+40 723 118 902]] (Roemeens), NL: [[t:0687 220 341]]
E-mail: [[e:ionela.radu88@yahoo.com]]
IBAN: [[i:NL11INGB4583528794]]
Werkt bij een vleesverwerker via uitzendbureau, huisvesting via werkgever. Bij ontslag ook huis kwijt. Bekend bij {{o:FairWork}}.""")

T("""MIC-/incidentmelding {{o:Sociaal Wijkteam}} Dordrecht
Datum incident: [[d:woensdag 2 april 2025]], ± 11.15 uur
Locatie: huisbezoek, [[a:Karel Doormanstraat 312]], {{w:Krispijn}}
Betrokkene: cliënt [[z:DDR-SWT-5521]]
Beschrijving: cliënt werd tijdens het gesprek boos over de afwijzing van de bijzondere bijstand en gooide een asbak richting de collega. Niemand gewond. Collega heeft het huisbezoek beëindigd.
Melder: [[p:Nadia Ait Ouali]]. Nazorg: gesprek met {{r:teamleider}} op [[d:3-4]].""")

T("""Bericht via het contactformulier van de website ({{o:Sociaal Wijkteam Oss}})
Naam: [[p:W. van der Heijden]]
E-mail: [[e:wvdheijden@kpnmail.nl]]
Telefoon: [[t:0412-634 410]]
Adres: [[a:Molenstraat 41]], [[pc:5341GE]] Oss
Bericht: 'Graag zou ik een gesprek willen over mijn moeder van 92. Ze woont nog zelfstandig maar het gaat niet meer. Ik ben zelf 70 en heb een hartkwaal. Geboortedatum moeder [[d:07-07-1932]], BSN [[b:532 733 526]]. Alvast bedankt.'""")

T("""Terugkoppeling aan verwijzer (huisarts) – {{o:WIJ Groningen}}, team {{w:De Hoogte}}
Datum: [[d:16 april 2025]]
Patiënt: [[p:R. Boerema]], geb. [[d:22-12-1949]], [[a:Bedumerweg 155]], [[pc:9716AN]] Groningen
Geachte dokter [[p:Smid]],
Naar aanleiding van uw verwijzing van [[d:3 april]] heeft onze {{r:wijkwerker}} dhr. [[p:Boerema]] bezocht. Hij heeft ingestemd met hulp bij het huishouden (via Wmo) en een maatje van {{o:Humanitas}}. De vraag over zijn drankgebruik wil hij (nog) niet bespreken. Wij blijven in contact.
Met vriendelijke groet, [[p:Grietje Oosterhof]]""")

T("""Inschrijfbewijs {{o:Voedselbank}} Zoetermeer – kopie voor het dossier
Klantnummer: [[z:VBZ-1188]]
Huishouden: 1 volwassene, 2 kinderen
Postcode: [[pc:2719 EB]] ({{w:Oosterheem}})
Geldig t/m [[d:30 september 2025]]
Verwezen door: {{o:Sociaal Team Zoetermeer}}, [[p:Samira]]
BSN aanvrager (alleen laatste controle): [[b:564643671]]""")

T("""Notitie {{w:Wittevrouwenveld}} [[d:zaterdag 1 maart 2025]] (carnavalsweekend!)
Dhr. [[p:Pieters]] belde de crisislijn: hij had in de kroeg zijn portemonnee met bankpas verloren en was bang dat iemand geld zou opnemen. Bank gebeld, pas geblokkeerd (rekening [[i:NL55RABO6965861714]]). Hij is verder ok. Alaaf. Overdracht naar maandag, {{r:wijkcoach}} [[p:Jeanine]].""")

T("""Kennisplatform – samenvatting webinar 'Geldzorgen in de wijk' ([[d:13 november 2024]])
Sprekers: [[p:Hatice Aydın]] (wijkteam {{w:Bloemhof}}, Rotterdam) en [[p:Auke Zijlstra]] ({{o:Amaryllis}}, Leeuwarden)
Kernpunten: vroegsignalering werkt alleen als de corporaties en energieleveranciers hun signalen écht doorgeven. In Rotterdam komen de signalen binnen via {{o:Vroeg Eropaf}}; in Leeuwarden via de {{o:Kredietbank}}. Aantal huisuitzettingen daalde in beide steden.
Vragen na afloop: [[e:webinar@kennisplatformwijkteams.nl]]""")

T("""Dag [[p:Priya]],
Ik heb vandaag [[p:Jessica]] gesproken (het jonge stel, {{w:Zuidwijk}}). De baby is op [[d:11 februari]] geboren, een meisje: [[p:Noa]]. Ze wonen nog bij de moeder van [[p:Roy]] op [[a:Slinge 1043]], maar {{o:Havensteder}} heeft een woning aangeboden in {{w:Pendrecht}}. Bezichtiging [[d:vrijdag 28 februari]]. Urgentiezaak [[z:HS-558201]] kan dan dicht.
Gr, [[p:Lisanne]]""")

T("""Kort verslag {{o:Sociaal Wijkteam}} {{w:Emmerhout}} (Emmen), [[d:27 mei]]
Huisbezoek bij [[p:Yvonne]] ([[a:Houtweg 12-13]]). De afspraak met de {{r:schuldhulpverlener}} is verzet naar [[d:10 juni]]. Ze heeft het budgetplan zelf ingevuld en komt per maand € 40 tekort. BSN voor de aanvraag Wmo: [[b:369 458 321]]. Bank: [[i:NL24 BUNQ 9687 7832 59]]. Telefoon: [[t:0591 - 61 22 83]].""")


# ---------------------------------------------------------------- build
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            lab, span, dest, table = m.group(1), m.group(2), pii, PII
        else:
            lab, span, dest, table = m.group(3), m.group(4), keep, KEEP
        if lab not in table:
            raise ValueError("unknown label %r in %r" % (lab, src[:60]))
        dest.append({"start": n, "end": n + len(span), "label": table[lab], "text": span})
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for tok in ("[[", "]]", "{{", "}}"):
        if tok in text:
            raise ValueError("stray markup %r in %r" % (tok, text[:80]))
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", t):
        return False
    r = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def verify(rec):
    text = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], (rec["id"], s)
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
    path = os.path.join(here, "heldout55.jsonl")
    recs = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src)
        rec = {"id": "ho55-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cp, ck = {}, {}
    for rec in recs:
        for s in rec["pii"]:
            cp[s["label"]] = cp.get(s["label"], 0) + 1
        for s in rec["keep"]:
            ck[s["label"]] = ck.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in recs)
    print("wrote %s: %d texts, %.0f words/text" % (path, len(recs), words / len(recs)))
    print("pii :", dict(sorted(cp.items(), key=lambda kv: -kv[1])), "total", sum(cp.values()))
    print("keep:", dict(sorted(ck.items(), key=lambda kv: -kv[1])), "total", sum(ck.values()))


if __name__ == "__main__":
    main()
