#!/usr/bin/env python3
"""Held-out corpus 44: reports of social-support work in medium/small Dutch municipalities.

Writes heldout44.jsonl next to this script (deterministic).
Markup in the source texts:
  [[p:..]] person  [[d:..]] date  [[a:..]] address  [[pc:..]] postcode  [[t:..]] phone
  [[e:..]] email   [[b:..]] bsn   [[i:..]] iban     [[z:..]] dossier
  {{w:..}} wijk    {{o:..}} org   {{r:..}} role
"""

import json
import os
import random
import re

PII = {
    "p": "person",
    "d": "date",
    "a": "address",
    "pc": "postcode",
    "t": "phone",
    "e": "email",
    "b": "bsn",
    "i": "iban",
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

HAND = []

# ---------------------------------------------------------------- batch 1
HAND += [
    r"""Gespreksverslag Wmo (keukentafelgesprek)
Gemeente Westland – {{o:Vraagwijzer}}
Zaaknummer: [[z:Z/24/087341]]
Datum gesprek: [[d:14-03-2024]], 10.00 uur
Plaats: huisbezoek, [[a:Jasmijnstraat 14]], [[pc:2671 KD]] {{w:Naaldwijk}}
Aanwezig: belanghebbende mw. [[p:G.M. Zuijderwijk-Vreugdenhil]] (81 jr), dochter [[p:Ingrid]] (mantelzorger), {{r:Wmo-consulent}} [[p:Petra Kooijman]]

Hulpvraag: mevrouw kan sinds de heupoperatie in januari de trap niet meer veilig op. Slaapkamer en badkamer zijn boven. Zij vraagt om een traplift.
Eigen kracht / netwerk: [[p:Ingrid]] komt 3x per week, zoon [[p:Kees]] woont in {{w:Monster}} en doet de tuin. Buurvrouw mevr. [[p:Persoon]] haalt op dinsdag boodschappen.
Bevindingen: het huis is een eengezinswoning van {{o:Arcade Wonen}}. Volgens de {{r:ergotherapeut}} van {{o:Zorgpartners Westland}} is een traplift mogelijk, verhuizen wil mevrouw (nog) niet.
Afspraken: advies ergotherapie aanvragen, uiterlijk [[d:28 maart]] terugkoppeling aan [[p:Ingrid]] via [[t:06-41873306]].""",
    r"""opm. [[p:Petra]]: mw zuijderwijk staat in Suite ook nog onder oud klantnr [[z:7400213]] (rolstoel 2019), even samenvoegen voordat de beschikking eruit gaat. Dochter vroeg of de eigen bijdrage omhoog gaat, heb gezegd dat het {{o:CAK}} dat bepaalt. [[p:Ruud]], kun jij de aanvraag traplift vóór vrijdag inschieten?""",
    r"""Beschikking – samenvatting voor collega's {{o:Sociaal Plein Zoetermeer}}
Beschikkingsnummer: [[z:WMO-B-2024-03318]]
Aanvrager: dhr. [[p:Orhan Kaya]], geb. [[d:02-11-1958]], [[a:Gaardedreef 37]], [[pc:2722 NB]] Zoetermeer ({{w:Seghwaert}})
Gemachtigde: zoon [[p:Emre Kaya]], tel. [[t:06 2841 7730]]

Besluit: toegekend – huishoudelijke ondersteuning, 2,5 uur per week, als maatwerkvoorziening (zorg in natura via {{o:Careyn}}). Ingangsdatum [[d:1 april 2024]], einddatum [[d:31-03-2026]].
Afgewezen: vervoersvoorziening (regiotaxi-pas). Reden: meneer rijdt nog zelf auto en kan met de bus naar {{o:LangeLand ziekenhuis}}.
Let op: zoon is het niet eens met de afwijzing en overweegt bezwaar. Termijn loopt tot 6 weken na dagtekening. Vragen via {{r:Wmo-consulent}} [[p:Lotte van Rijn]].""",
    r"""Zoetermeer, [[d:9 april 2024]]
Ons kenmerk: [[z:SP/WMO/24-1187]]

Mevrouw [[p:S. Bouchtaoui]]
[[a:Oostwaarts 112]]
[[pc:2711 BD]] Zoetermeer

Beste mevrouw [[p:Bouchtaoui]],

U heeft hulp gevraagd bij het schoonmaken van uw huis. Op [[d:dinsdag 26 maart]] heeft u met mij gepraat. Uw buurvrouw [[p:Hanna]] was er ook bij.

Wat hebben we besproken?
• U bent vaak moe door uw longziekte.
• Uw man [[p:Mohamed]] werkt en is overdag niet thuis.
• U wilt graag dat iemand 1 keer per week helpt met stofzuigen en de badkamer.

Wat gebeurt er nu?
U krijgt binnen 2 weken een brief met ons besluit. Heeft u vragen? Bel mij dan op [[t:079 346 82 15]]. Ik ben er op maandag, dinsdag en donderdag.

Met vriendelijke groet,
[[p:Lotte van Rijn]]
{{r:Wmo-consulent}}""",
    r"""Intake schuldhulpverlening – samenvatting
{{o:Sociale Dienst Drechtsteden}}, team {{o:Schuldhulpverlening}}
Relatienummer: [[z:R0048812]] / dossier [[z:SHV-24-0871]]
Intakedatum: [[d:12 februari 2024]]
Klant: [[p:Shanice Martina]] (31), [[a:Bosboom-Toussaintstraat 9-B]], [[pc:3314 EN]] Dordrecht, wijk {{w:Crabbehof}}
BSN: [[b:5642.32.592]]
Kinderen: [[p:Jaylen]] (8) en [[p:Naomi]] (5), vader niet in beeld.

Schulden: 14 schuldeisers, totaal ca. € 18.400. Grootste posten: {{o:Belastingdienst/Toeslagen}} (terugvordering kinderopvangtoeslag), {{o:Eneco}}, {{o:CJIB}} (3 boetes), huurachterstand bij {{o:Trivire}} van 2 maanden.
Inkomen: bijstand via {{o:SDD}}, toeslagen. Vaste lasten worden nu niet betaald.
Afspraak: stabilisatie, budgetbeheer aanvragen. Rekening voor budgetbeheer nog openen; huidige rekening [[i:NL92 INGB 6692 2979 27]] staat rood.
{{r:Klantmanager}}: [[p:Wouter Verhoef]]. Volgend gesprek [[d:wo 28-2]] om 13.30.""",
    r"""Verslag signaleringsoverleg {{w:Korte Akkeren}} / {{w:Bloemendaal}}
Datum: [[d:7 november 2023]]
Aanwezig: [[p:Marloes]] ({{o:Sociaal Team Gouda}}), [[p:Jeroen Schouten]] ({{r:wijkagent}}), [[p:Fatiha]] ({{o:Kwadraad}}, {{r:maatschappelijk werker}}), [[p:Henk de Boer]] ({{o:Woonpartners Midden-Holland}}), [[p:Anja]] ({{r:wijkverpleegkundige}}, {{o:Vierstroom}}).

1. [[a:Van Bergen IJzendoornpark 40]]: bewoner dhr. [[p:Vlasblom]] (72) verzamelt veel spullen, buren klagen over geur. {{r:Woonconsulent}} [[p:Henk]] is twee keer langs geweest, niet opengedaan. Afspraak: [[p:Anja]] en [[p:Henk]] gaan samen, uiterlijk [[d:17/11]].
2. Gezin [[p:Oueslati]], Vorstmanstraat: signaal van school over kinderen die zonder eten komen. {{o:CJG}} is al betrokken, geen actie SWT.
3. Mevr. [[p:de Hoop]] (flat aan de Goudse Houtsingel) is weer thuis na opname in het {{o:Groene Hart Ziekenhuis}}. Er is hoop dat thuiszorg volstaat; [[p:Marloes]] belt dochter [[p:Ellen]] ([[t:0182-581 447]]).
Volgende overleg: [[d:5 december]].""",
    r"""Notitie Participatiewet – {{o:Werk en Inkomen Alphen aan den Rijn}}
Klantnummer [[z:1140772]] – dhr. [[p:Abdirahman Yusuf Farah]]
Gesprek [[d:21-08-2023]], {{r:klantmanager}} [[p:S. Hoogendoorn]]

Meneer ontvangt sinds [[d:1 mei 2022]] een bijstandsuitkering (alleenstaande norm). Hij woont op [[a:Van Foreestlaan 88-II]], [[pc:2404 BA]] {{w:Ridderveld}}. Volgt de taalschool bij {{o:ROC Mondriaan}}, niveau A2. Wil graag werken in de logistiek, heeft een heftruckcertificaat uit Somalië dat hier niet geldig is.
Afspraak: aanmelden bij {{o:Participatiebedrijf}} voor een werkervaringsplaats, {{r:jobcoach}} [[p:Dennis]] neemt contact op.
Let op: meneer heeft een nieuw rekeningnummer doorgegeven: [[i:NL18RABO9926494149]]. Wijziging is gecontroleerd met bankafschrift (naam klopt).""",
    r"""ADVIESRAPPORT Wmo
Gemeente Leidschendam-Voorburg, {{o:Loket Wonen, Welzijn en Zorg}}
Kenmerk: [[z:LV-WMO-2024-00572]]
Betreft: mw. [[p:Johanna (Joke) van der Meulen]], geboren [[d:17 juli 1943]]
Adres: [[a:Laan van Nieuw Oosteinde 215]], [[pc:2274 EG]] Voorburg
Contactpersoon: dhr. [[p:R. Blom]] (neef), [[e:r.blom68@ziggo.nl]]

1. Aanleiding
Op [[d:4 maart 2024]] meldde de {{r:huisarts}}, dr. [[p:Kalpoe]], dat mevrouw vaker valt en de post niet meer opent.
2. Onderzoek
Gesprek op [[d:19-03-2024]] thuis, met neef erbij. Mevrouw heeft beginnende dementie (diagnose {{o:geheugenpoli HMC}}). Zij woont alleen, geen kinderen.
3. Conclusie en advies
Mevrouw kan de administratie niet meer zelf. Advies: beschermingsbewind via {{r:kantonrechter}} (neef steunt dit), begeleiding individueel 4 uur per week, en inzet {{r:casemanager dementie}}. Dagbesteding bij {{o:De Vliet}} in {{w:Voorburg-West}} 2 dagdelen.
Opgesteld door: [[p:M. (Mirjam) Janssens]], {{r:Wmo-adviseur}}""",
    r"""Rijswijk – korte notitie na telefoongesprek
[[d:ma 15/1]] belde dhr [[p:Ramlal]] (klnr [[z:302-118-55]]) boos op: zijn PGB voor begeleiding is per [[d:1-1-2024]] gestopt terwijl hij bezwaar heeft lopen. Heb uitgelegd dat het bezwaar de beschikking niet schorst. Hij wil z'n {{r:cliëntondersteuner}} ([[p:Nadia]] van {{o:MEE}}) erbij. Terugbellen op [[t:070 - 394 22 81]] na overleg met [[p:Sjoerd]] van de backoffice. Adres ivm post: [[a:Huis te Landelaan 304]], {{w:Te Werve}}.""",
    r"""Gesprek mantelzorgondersteuning, Katwijk
Datum: [[d:22 jan 2024]]
Mantelzorger: [[p:Teuntje Haasnoot-van Duijn]], [[a:Zeeweg 61]], [[pc:2224 CG]] {{w:Katwijk aan Zee}}
Zorgvrager: echtgenoot [[p:Arie Haasnoot]] (78), Parkinson, zaak [[z:KW-2024-0117]]

Mevrouw zorgt al 6 jaar voor haar man. Ze slaapt slecht omdat hij 's nachts valt. Dochter [[p:Marja]] woont in {{w:Rijnsburg}} en helpt op zaterdag. Zoon [[p:Cor]] werkt op zee.
Mevrouw wil graag een paar uur per week vrij, bijv. voor het koor in de Nieuwe Kerk. Verwezen naar {{o:Welzijn Katwijk}} ({{r:mantelzorgconsulent}} [[p:Jannie Schaap]]) voor respijtzorg en naar de {{o:Alzheimer Café}}-achtige bijeenkomsten van de Parkinsonvereniging.
Mevrouw heeft geen e-mail; contact via vaste lijn [[t:071-4017258]].""",
    r"""Beschikking (interne samenvatting), Lansingerland
Nr. [[z:BS-2024-LL-1931]] | zaak [[z:Z2024-014472]]
Belanghebbende: jongeheer [[p:Daan Mol]] (16), vertegenwoordigd door moeder [[p:Esther Mol-Groen]]
Adres: [[a:Noordeindseweg 12a]], [[pc:2651 CD]] {{w:Berkel en Rodenrijs}}

Het gaat om een woningaanpassing (aangepaste badkamer) i.v.m. spierziekte. Toegekend: vergoeding op basis van de goedkoopst adequate oplossing, max. € 14.750. Uitbetaling op rekening [[i:NL10ABNA7062614418]] t.n.v. [[p:E. Mol-Groen]] na overleggen van de facturen.
Bijzonderheid: de aanvraag is ook via de Jeugdwet bekeken; de Wmo gaat voor. Eigen bijdrage niet van toepassing (< 18).
Behandelend {{r:consulent}}: [[p:Rik Bakker]], [[e:r.bakker@lansingerland.nl]].""",
    r"""{{r:Klantmanager}} Delft, notitie [[d:3-10-2023]]
dhr. [[p:Tomasz Wiśniewski]] (44), relatienr. [[z:D-883201]], woont sinds kort op [[a:Papsouwselaan 176]] ({{w:Voorhof}}), kamer in een huis met 4 andere Poolse mannen. Werkte via uitzendbureau in de kassen in {{w:Honselersdijk}}, contract gestopt na rugblessure. Vraagt bijstand aan, maar staat niet ingeschreven op dit adres. Eerst inschrijving BRP regelen (verhuurder [[p:Pieter Vos]] werkt niet mee).
Partner [[p:Agnieszka]] woont in Polen, geen gezamenlijke huishouding. Tel. meneer: [[t:+48 601 772 904]] (Pools nummer, ook WhatsApp).""",
    r"""Schuldhulp Zoetermeer – aantekening intake
[[d:2024-02-06]] | {{o:Stichting Piëzo}} | {{r:schuldhulpverlener}} [[p:Mark]]
Mw [[p:Senait Tesfay]] (27), [[a:Dobbelmannweg 3]], [[pc:2713 HP]] ({{w:Palenstein}}). Met haar vriendin [[p:Yodit]] als tolk, Tigrinya.
Statushouder sinds 2020, alleen met zoontje [[p:Abel]] (3). Achterstanden: zorgverzekering {{o:CZ}} (polisnr [[z:108442190]]), {{o:Vattenfall}}, {{o:DUO}}. Weet niet dat toeslagen apart aangevraagd moeten worden. BSN [[b:113921846]].
Vervolg: samen met {{r:maatschappelijk werker}} van {{o:Palet Welzijn}} formulier zorgtoeslag invullen, [[d:vrijdag 16 februari]].""",
]

# ---------------------------------------------------------------- batch 2
HAND += [
    r"""Dordrecht, [[d:19 maart 2024]]

Aan: de heer en mevrouw [[p:Kasanpawiro]]
[[a:Karel Doormanstraat 221]]
[[pc:3312 GK]] Dordrecht

Uw dossiernummer: [[z:SHV-24-1022]]

Beste meneer en mevrouw [[p:Kasanpawiro]],

Bedankt voor uw aanmelding voor hulp bij uw schulden. Wij willen graag met u praten.

Uw afspraak is op [[d:donderdag 4 april 2024]] om 9.30 uur in het Stadskantoor, Spuiboulevard 300. U wordt ontvangen door [[p:Wouter Verhoef]].

Neem dit mee:
- uw ID-kaart of paspoort
- de brieven van de mensen aan wie u geld moet betalen
- bankafschriften van de laatste 3 maanden

Kunt u niet komen? Bel ons dan op werkdagen op 14 078. Of stuur een mail naar [[e:w.verhoef@drechtsteden.nl]].

Met vriendelijke groet,
namens het team {{o:Schuldhulpverlening}},
[[p:W. Verhoef]]
{{r:schuldhulpconsulent}}""",
    r"""Reacties op conceptbrief aan mw [[p:Bouchtaoui]] ([[z:SP/WMO/24-1187]]):
- [[p:Lotte]]: "U wordt ontvangen" is geen B1, maak er "U praat met" van.
- [[p:Gijs]] ({{r:teamleider}}): zet er ook bij dat haar man [[p:Mohamed]] mag meekomen, dat vroeg ze expliciet.
- [[p:Lotte]]: adres checken, in Suite staat nog [[a:Oostwaarts 21]], nieuwe is 112. Verhuisd in feb.
- [[p:Yvonne]] ({{r:kwaliteitsmedewerker}}): niet haar BSN in de brief zetten aub, kenmerk is genoeg.""",
    r"""Heronderzoek bijstand – gespreksnotitie
{{o:ISD Katwijk}}, cluster Werk en Inkomen
Klantnummer: [[z:KT-0051993]]
Datum: [[d:16-01-2024]]
Belanghebbende: dhr. [[p:Gert-Jan Ouwehand]], geb. [[d:04-06-1979]]
Partner: mw. [[p:Priscilla Kuijt]], geb. [[d:30-09-1984]]
Adres: [[a:Voorstraat 117]], [[pc:2225 ER]] Katwijk

Reden heronderzoek: signaal via {{o:Inlichtingenbureau}} over een tweede bankrekening op naam van mw. [[p:Kuijt]] ([[i:NL11 SNSB 9994 9516 43]]). Mevrouw zegt dat het de spaarrekening voor haar zoon [[p:Levi]] is, saldo ca. € 1.900. Valt binnen vrijgelaten vermogen.
Conclusie: geen gevolgen voor de uitkering. Wel gewezen op inlichtingenplicht. {{r:Klantmanager}}: [[p:Nicole Guijt]].""",
    r"""Gespreksverslag Wmo
Gemeente Rijswijk – {{o:Wmo-loket}}
Melding: [[d:8-5-2024]] | Gesprek: [[d:21-5-2024]] | Zaak: [[z:RW-24-004419]]

Belanghebbende: mw. [[p:Anneke Koster]] (69)
Adres: [[a:Generaal Spoorlaan 512]], [[pc:2285 TB]] Rijswijk, {{w:Rijswijk-Buiten}}
Telefoon: [[t:06-18 55 20 47]]
Gemachtigde: zus [[p:Marianne Koster]], [[a:Steenvoordelaan 8]], Rijswijk
Bijzonderheden: mevrouw is slechtziend (Macula), leest geen post meer.

Situatie: na het overlijden van haar man [[p:Bert]] (overleden [[d:11-12-2023]]) doet zij alles alleen. Zus helpt met post en bank.
Vraag: hulp bij het huishouden en begeleiding naar de oogarts.
Oplossingen in het voorliggend veld: {{o:Welzijn Rijswijk}} heeft een vrijwillige chauffeursdienst (€ 0,35 per km). Daarnaast een {{o:Visio}}-consult voor hulpmiddelen.
Voorstel maatwerk: HH 2 uur/week via {{o:Florence}}.
{{r:Consulent}}: [[p:Bas van Leeuwen]]""",
    r"""Signaleringsoverleg {{w:Wielwijk}}, [[d:di 9 jan]]
Aanwezig: {{o:Sociaal Wijkteam Dordrecht}} ([[p:Samira]], [[p:Kevin]]), {{o:Trivire}} ([[p:Nelleke]]), {{o:Yulius}} ({{r:FACT-medewerker}} [[p:Jolanda Prins]]), {{r:wijkagent}} [[p:Marco]].

– Fam. [[p:Osei]] ([[a:Wielwijkpark 96]]): huurachterstand opgelopen naar 4 mnd. Vader [[p:Kwame]] werkt nachtdiensten, moeder [[p:Abena]] spreekt weinig Nederlands. [[p:Nelleke]] heeft betalingsregeling aangeboden, niet gereageerd. [[p:Samira]] gaat met Twi-sprekende vrijwilliger langs.
– Dhr. [[p:Prins]] (geen familie van [[p:Jolanda]]!) – overlast hennepgeur, {{o:Trivire}} wil Damocles-procedure. [[p:Marco]] neemt mee.
– [[a:Karel Doormanlaan 15]]: signaal vereenzaming dhr. [[p:Van Dam]], 88 jr. [[p:Kevin]] doet huisbezoek.
Afspraak volgend overleg: [[d:6-2]].""",
    r"""ADVIESRAPPORT BEGELEIDING
{{o:Sociaal Team Gouda}}
Dossiernr. [[z:STG-2023-1456]] | Datum: [[d:28 september 2023]]
Naam: [[p:Jesse Bakker]], geb. [[d:13-02-2001]]
Adres: [[a:Oosterwei 7]], [[pc:2807 ZC]] Gouda ({{w:Oosterwei}})
E-mail: [[e:jessebakker2001@hotmail.com]]
Betrokken: moeder [[p:Wilma]], {{r:bewindvoerder}} [[p:A. de Wit]] ({{o:Bewindvoering Midden-Holland}}), {{r:MEE-consulent}} [[p:Rachida El Amrani]].

[[p:Jesse]] heeft een licht verstandelijke beperking (IQ 68, testverslag {{o:MEE}} 2019). Hij woont sinds een jaar zelfstandig maar loopt vast: eet slecht, laat de deur voor 'vrienden' open, is twee keer geld kwijtgeraakt. Moeder maakt zich zorgen.
Advies: begeleiding individueel (BG-I) 6 uur per week, gericht op dagstructuur en weerbaarheid; evaluatie na 6 maanden. {{o:Gemiva}} heeft plek. [[p:Bakker]] zelf wil geen beschermd wonen.
{{r:Adviseur}}: [[p:Rachida El Amrani]]""",
    r"""notitie [[p:Jolien]] – 's-gravenzande [[d:28/06]]
bij huisbezoek [[a:Langestraat 62-A]] bleken 3 bulgaarse mannen te wonen ipv 1. aanvrager [[p:Georgi Petrov]] wil bijzondere bijstand voor inrichting maar deelt keuken met [[p:Dimitar]] en [[p:Ivan Stoyanov]]. kostendelersnorm dus. uitleg gegeven via vertaalapp. tel [[t:+359 88 412 3307]]. Bulgaarse werkgever ([[p:Stefanova]]?) betaalt loon cash, navragen bij handhaving. zaak [[z:WL-BB-24/0392]]""",
    r"""Beschikking afwijzing – toelichting voor team
{{o:Gemeente Delft}}, Sociaal Domein
Beschikkingsnummer: [[z:2024/WMO/04411]]
Aanvrager: mw. [[p:Naima Achahbar]] ([[d:03-04-1967]]), [[a:Ezelsveldlaan 142]], [[pc:2611 DK]] Delft
BSN: [[b:329 752 650]]

Aanvraag: scootmobiel. Besluit: afgewezen.
Motivering: mevrouw kan met rollator 800 m lopen (advies {{r:medisch adviseur}} {{o:Argonaut}}, [[d:14 juni 2024]]) en de supermarkt in {{w:Buitenhof}} ligt op 300 m. Voor langere afstanden is er de {{o:Regiotaxi Haaglanden}}-pas, die al is toegekend.
Dochter [[p:Souad]] belde op [[d:2 juli]] dat haar moeder bezwaar wil maken. Termijn loopt tot [[d:13-08-2024]]. {{r:Consulent}}: [[p:Iris de Groot]].""",
    r"""Van: [[p:Femke Zegers]] <[[e:f.zegers@alphenaandenrijn.nl]]>
Aan: [[p:Tim]]; team {{o:Sociaal Team Alphen}}
Onderwerp: mw [[p:Haddou]] – urgent

Hoi [[p:Tim]],
Mw [[p:Haddou]] ([[a:Julianastraat 33]], {{w:Oudshoorn}}) kwam vandaag op het spreekuur: de huisbaas heeft de sloten vervangen terwijl zij bij haar moeder in {{w:Hoorn}} was. Ze slaapt nu bij haar nicht [[p:Karima]] in {{w:Kerk en Zanen}}. Kinderen [[p:Ilyas]] en [[p:Sara]] zitten op de Wilhelminaschool.
Kun jij morgen met haar naar het {{o:Juridisch Loket}}? Haar nummer: [[t:0641229013]].
Zaaknr in Suite: [[z:2024-AL-06612]].
Gr, [[p:Femke]]""",
    r"""Schuldhulp Katwijk – intake
Datum intake: [[d:maandag 11 december 2023]]
{{r:Schuldhulpverlener}}: [[p:Dirk van der Plas]] ({{o:Stichting Schuldhulp Katwijk}})
Cliënten: [[p:Murat]] en [[p:Elif Yıldırım]], [[a:Sluisweg 24]], [[pc:2221 XR]] Katwijk ({{w:Rijnsoever}})
BSN dhr.: [[b:357330146]] / BSN mw.: [[b:121 404 729]]
Dossier: [[z:SK-23-118]]

Meneer had een eigen bedrijf (kapsalon) dat in 2022 failliet ging. Nu WW, daarna bijstand. Mevrouw werkt 16 uur bij {{o:Albert Heijn}}. Schulden zakelijk en privé, ca. € 41.000, o.a. {{o:Belastingdienst}}, {{o:KPN}}, een lening bij familie in Turkije.
Gezamenlijke rekening [[i:NL77ASNB2639824318]]. Beslag op loon mw. door {{o:CJIB}}.
Advies: aanmelden voor MSNP; eerst beslagvrije voet laten herberekenen.""",
    r"""Notitie inburgering/Participatiewet – Lansingerland
[[d:25-10-2023]], {{r:klantmanager}} [[p:Ilse Meijer]]
Gezin [[p:Al-Hamwi]], [[a:Hoeksekade 41]], [[pc:2661 JK]] {{w:Bergschenhoek}}. Vader [[p:Bassam]] (49), moeder [[p:Rim]] (43), kinderen [[p:Yara]] (17), [[p:Omar]] (14), [[p:Hadi]] (9).
[[p:Bassam]] was in Aleppo elektricien. Volgt inburgering (B1-route) bij {{o:Taalhuis Lansingerland}}. Wil graag aan het werk; mogelijk leer-werktraject bij een installatiebedrijf in {{w:Bleiswijk}}.
[[p:Rim]] heeft last van hoofdpijn en slapeloosheid; via {{r:huisarts}} naar {{o:GGZ Delfland}}? Besproken met {{r:POH-GGZ}}.
[[p:Yara]] wil naar het mbo (verpleegkunde). Geen actie W&I.
Telefonisch bereikbaar via [[p:Bassam]]: [[t:06-87 23 44 19]].""",
    r"""Rijswijk, [[d:12 juni 2024]]
Kenmerk: [[z:BB-2024-01187]]
Onderwerp: uw aanvraag bijzondere bijstand

Beste mevrouw [[p:Groen]],

Op [[d:29 mei 2024]] heeft u bijzondere bijstand gevraagd voor een nieuwe koelkast. Uw oude koelkast is kapot.

Ons besluit: u krijgt € 395,-. Dit is een gift. U hoeft het niet terug te betalen.

Wij maken het geld binnen 5 werkdagen over op uw rekening [[i:NL62 INGB 3536 3404 17]].

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat moet binnen 6 weken. Lees hoe dat moet op de achterkant van deze brief.

Heeft u vragen? Bel [[p:Youssef]] van de afdeling Werk en Inkomen: [[t:070 - 326 11 84]].

Met vriendelijke groet,
[[p:J.P. Dekker]]
{{r:teamleider}} Inkomen""",
    r"""Keukentafelgesprek Leidschendam-Voorburg – verslag
Zaak: [[z:LV-WMO-2024-00981]]
Datum: [[d:ma. 3 juni 2024]]
Cliënt: mw. [[p:Mei Ling Chan]] (74), [[a:Prinses Mariannelaan 88-C]], [[pc:2275 BH]] Voorburg
Aanwezig: cliënt, dochter [[p:Wendy Chan]] (tolk Kantonees), {{r:consulent}} [[p:Tessa Roos]]

Mevrouw had tot mei een restaurant met haar overleden man in {{w:Leidschendam-Centrum}}. Sinds een beroerte in februari is haar rechterarm slap. Zij kan niet meer koken en niet zelf douchen.
Wens: thuis blijven wonen, in de buurt van haar zoon [[p:Kevin Chan]].
Afspraken: douchestoel en toiletverhoger via uitleen ({{o:Medipoint}}); wijkverpleging voor ADL via {{o:Florence}} (indicatie door {{r:wijkverpleegkundige}}); maaltijdservice van {{o:Vóór Welzijn}}. {{r:Consulent}} [[p:Roos]] maakt verslag en stuurt het naar [[e:wendy.chan.lv@gmail.com]].""",
]

# ---------------------------------------------------------------- batch 3
HAND += [
    r"""Opmerkingen bij beschikking [[z:STG-2023-1456]] (BG-I [[p:J. Bakker]])
[[p:Rachida]] 10:42 – ingangsdatum staat op [[d:01-10-2023]] maar {{o:Gemiva}} start pas [[d:16 oktober]], aanpassen?
[[p:Martijn]] 11:05 – nee, ingangsdatum = datum besluit, zorgaanbieder mag later starten. Wel einddatum checken, moet 6 mnd zijn = [[d:31-3-2024]].
[[p:Rachida]] 11:09 – ok. En de {{r:bewindvoerder}} ([[p:De Wit]]) moet een kopie, adres [[a:Burgemeester Jamessingel 2]], Gouda, niet naar [[p:Jesse]] zelf sturen.
[[p:Martijn]] 11:15 – 👍 gedaan""",
    r"""Herindicatie huishoudelijke ondersteuning – verslag
Gemeente Katwijk | {{o:Sociaal Team Katwijk}}
Zaaknummer [[z:KW-2023-4480]]
Gesprek: [[d:05-12-2023]], telefonisch
Cliënt: dhr. [[p:Jan van der Marel]] ([[d:1 augustus 1936]]), [[a:Rijnstraat 14-b]], [[pc:2223 EA]] Katwijk
Contactpersoon: dochter [[p:Lenie de Mooij-van der Marel]], [[t:06-29 40 51 77]], [[e:lenie.demooij@kpnmail.nl]]

Meneer krijgt sinds 2019 HH 3 uur per week via {{o:Marente}}. Hij is 87 en gaat achteruit, maar wil geen extra hulp. [[p:Lenie]] vindt dat hij meer nodig heeft: hij vergeet te eten en de was blijft liggen.
Afspraak: herindicatie voor 3 uur verlengen tot [[d:31-12-2025]]; daarnaast {{r:ouderenadviseur}} van {{o:Welzijn Katwijk}} ([[p:Gerrit]]) laten langsgaan voor een gesprek over maaltijden en de {{o:Tafeltje-dek-je}}.
{{r:Consulent}}: [[p:Marieke Kuijt]]""",
    r"""Verslag wijkoverleg {{w:Poptahof}} / {{w:Voorhof}} – [[d:woensdag 17 april 2024]]
Aanwezig: {{r:wijkcoach}} [[p:Sevda]] ({{o:Breed Welzijn Delft}}), [[p:Ronald]] ({{o:Woonbron}}), [[p:Hind]] ({{o:Sociaal Wijkteam Delft}}), {{r:wijkagent}} [[p:Pieters]], [[p:Dewi]] ({{o:GGZ Delfland}}).

a) Dhr. [[p:Jagesar]], [[a:Aart van der Leeuwlaan 301]]: sinds de dood van zijn vrouw [[p:Savitri]] komt hij niet meer buiten. Zoon [[p:Rishi]] woont in Amsterdam. [[p:Hind]] belt de zoon ([[t:06 38 12 99 04]]).
b) Portiek Poptahof Noord: jongeren die 's avonds in de hal hangen. Geen individuele casus, {{o:jongerenwerk}} pakt op.
c) Mw. [[p:Dikmen]] (flat [[a:Korvezeestraat 410]]): vermoeden van huiselijk geweld, buren horen geschreeuw. [[p:Dewi]] kent haar van eerdere behandeling. Melding {{o:Veilig Thuis Haaglanden}} is op [[d:15-4]] gedaan (meldnr. [[z:VTH-24-08812]]).
Volgende keer: [[d:15 mei]], 14.00 in {{o:wijkcentrum De Hofstee}}.""",
    r"""Intake schuldhulp Westland
Datum: [[d:dinsdag 7 mei 2024]], {{o:Vraagwijzer}} {{w:De Lier}}
Dossiernummer: [[z:SHV/WL/2024/0218]]
Aanvragers: dhr. [[p:Cees van Geest]] (52) en mw. [[p:Yvonne van Geest-Zwinkels]] (49)
Adres: [[a:Hoogwerf 9]], [[pc:2678 AE]] {{w:De Lier}}
BSN aanvrager: [[b:452969505]]
IBAN gezamenlijk: [[i:NL97 KNAB 5973 4693 28]]

Meneer had een kwekerij (komkommers) die in 2023 door de energieprijzen is omgevallen. Er is nog een zakelijke schuld bij de {{o:Rabobank}} van ca. € 86.000, privé zo'n € 12.000. Mevrouw werkt als doktersassistente in {{w:Naaldwijk}}. Twee kinderen thuis.
Meneer schaamt zich, zijn broer [[p:Wim]] heeft hem gestuurd. Let op suïcidale uitspraken in het gesprek ("het hoeft voor mij niet meer") – direct met de {{r:huisarts}} (dokter [[p:Vollebregt]]) besproken met toestemming van meneer.
{{r:Schuldhulpverlener}}: [[p:Arjen Duijvestijn]], [[t:0174-67 34 20]]""",
    r"""Bijstand – notitie {{r:klantmanager}} {{o:Sociale Dienst Drechtsteden}}
Klant: [[p:Djenifer Lopes Fonseca]], klantnr. [[z:SDD-1129407]]
Geb.datum: [[d:19-1-1996]]
Woont met dochter [[p:Kiara]] (2) bij haar moeder [[p:Maria da Luz Fonseca]] op [[a:Reeweg-Oost 201]], {{w:Oud-Krispijn}}.
Gesprek [[d:14-11-2023]]: [[p:Djenifer]] wil een eigen woning; staat 3 jaar ingeschreven bij {{o:Woonkeus Drechtsteden}}. Urgentie afgewezen. Wil graag naar de opleiding tot pedagogisch medewerker bij {{o:Da Vinci College}}. Kinderopvang regelen via {{o:SMD}}.
Let op: moeder ontvangt AOW; kostendelersnorm is toegepast, [[p:Djenifer]] vindt dat oneerlijk. Uitgelegd.
Volgende afspraak [[d:9 jan.]]""",
]

# ---------------------------------------------------------------- batch 4
HAND += [
    r"""Gemeente Katwijk
Postbus 589, 2220 AN Katwijk

De heer [[p:A. Hoek]]
[[a:Boulevard 48]]
[[pc:2225 AB]]  KATWIJK

Datum: [[d:15 februari 2024]]
Zaaknummer: [[z:KW-2024-0651]]

Beste meneer [[p:Hoek]],

U heeft ons gebeld over hulp in huis. Wij komen graag bij u thuis om te praten. Dat noemen we een keukentafelgesprek.

Wanneer? Op [[d:woensdag 28 februari]] om 14.00 uur.
Wie komt er? [[p:Ellen Guijt]]. Zij is {{r:consulent Wmo}}.

U mag iemand vragen om bij het gesprek te zijn. Bijvoorbeeld uw dochter of een buurman. U kunt ook gratis een {{r:cliëntondersteuner}} vragen. Die helpt u en staat naast u.

Past de afspraak niet? Bel dan met [[p:Ellen]]: [[t:071 406 05 41]].

Vriendelijke groet,
{{o:Sociaal Team Katwijk}}""",
    r"""Beschikking PGB begeleiding – samenvatting
{{o:Gemeente Alphen aan den Rijn}}
Beschikking [[z:B-WMO-24-2207]], zaak [[z:Z-2024-031187]]
Budgethouder: mw. [[p:Sharonne Martis]] ([[d:08-08-1988]]), [[a:Anne Frankstraat 19]], [[pc:2406 XC]] Alphen aan den Rijn
Gemachtigde/vertegenwoordiger: moeder [[p:Ivonne Martis-Richardson]]
Zorgverlener (informeel): tante [[p:Gisèle Richardson]]

Toegekend: PGB begeleiding groep (dagbesteding) en individueel, totaal € 9.860 per jaar, van [[d:01-06-2024]] t/m [[d:31-05-2025]]. Uitbetaling via {{o:SVB}} (trekkingsrecht).
Let op: informeel tarief voor de tante (€ 25,- per uur). Zorgovereenkomst nog niet ontvangen door {{o:SVB}}, zonder die overeenkomst geen betaling. {{r:consulent}} [[p:Femke Zegers]] heeft moeder op [[d:12/6]] gebeld.
[[p:Sharonne]] is geboren op Curaçao, woont sinds 2010 in {{w:Zegersloot}}. Ze heeft autisme en epilepsie.""",
    r"""ADVIESRAPPORT – Beschermd wonen / begeleid wonen
{{o:Sociaal Plein Zoetermeer}}, team Volwassenen
Dossiernummer: [[z:ZTM-BW-2023-0077]]
Naam: [[p:Mohammad Nazir Ahmadi]]
Geboortedatum: [[d:1-1-1990]] (geschat, papieren ontbreken)
BSN: [[b:583 617 219]]
Verblijfadres: nachtopvang {{o:Kessler Stichting}}; briefadres via de gemeente

Achtergrond: Meneer kwam in 2015 uit Afghanistan. Had tot [[d:1 augustus 2023]] een kamer in {{w:Meerzicht}}, werd uitgezet na overlast. Psychotische klachten, drugsgebruik (cannabis). In behandeling bij {{o:Parnassia}} ({{r:psychiater}} dr. [[p:N. van Vliet]]).
Zijn broer [[p:Farid]] woont in {{w:Oosterheem}}, maar kan hem niet in huis nemen (4 kinderen).
Advies: indicatie beschermd wonen (regionaal via Den Haag) voor 2 jaar, tot die tijd crisisplek. {{r:Adviseur}}: [[p:Naomi Koppert]], {{r:casusregisseur}}.""",
    r"""tel. [[d:22/2]] – mw [[p:Brouwer]] (mantelzorger van haar man [[p:Klaas]], zaak [[z:LL-24-0413]]) belt: kan de dagbesteding in {{w:Bleiswijk}} ook op vrijdag? Ze heeft zelf een ziekenhuisafspraak op [[d:vrijdag 1 maart]]. Doorgezet naar [[p:Rik]]. Ze wil teruggebeld op [[t:010-5213378]] na 16u, niet op het mobiele nr.""",
    r"""Notitie Participatiewet – verlaging
{{o:Gemeente Zoetermeer}}, Werk & Inkomen
Klantnummer [[z:3318470]]
Klant: [[p:Anouar el Khattabi]] (23), [[a:Bijdorplaan 60]], [[pc:2713 SZ]] Zoetermeer
Datum: [[d:12-12-2023]]

[[p:Anouar]] is drie keer niet verschenen bij {{o:Werkse!}} (werkfit-traject, [[d:13/11]], [[d:20/11]] en [[d:27/11]]). Hij reageert niet op brieven of telefoon ([[t:06 12 98 34 55]]).
Op [[d:7 december]] huisbezoek met {{r:handhaver}} [[p:Kees Groen]]: hij was thuis, zag er slecht uit, slaapt overdag. Moeder [[p:Latifa]] zegt dat hij 'in de put' zit.
Voorstel: géén verlaging nu, eerst laten onderzoeken of er een medische reden is. Doorverwezen naar {{r:POH-GGZ}} en {{o:Jongerenloket}}. Overleg met {{r:teamleider}} [[p:Vera]].""",
    r"""Signaleringsoverleg {{w:Prinsenhof}}, Leidschendam
[[d:14-03-2024]] | notulist: [[p:Sanne]] ({{o:Vóór Welzijn}})
Aanwezig: {{o:Vidomes}} ([[p:Mustafa Aydın]], {{r:woonconsulent}}), {{o:Sociaal Team}} ([[p:Joost]], [[p:Sanne]]), {{r:wijkagent}} [[p:Van Es]], {{o:Kwadraad}} ([[p:Inge Smit]])

• [[a:Prinses Irenelaan 35]]: mw. [[p:Rozemarijn Staal]] – grote vervuiling, kat(ten), brandgevaar. Zus [[p:Dorien]] heeft gemeld. [[p:Joost]] en [[p:Mustafa]] gaan samen langs, evt. bemoeizorg via {{o:GGD Haaglanden}}.
• Dhr. [[p:Szymański]] ([[a:Leidsekade 101 bis]]): slaapt in zijn auto op het parkeerterrein, baan kwijt. [[p:Inge]] neemt contact op voor briefadres en uitkering.
• Gezin [[p:Nkemelu]]: geen nieuwe signalen, afsluiten.
Volgend overleg: [[d:do 11 april]].""",
    r"""Gouda, [[d:3 oktober 2023]]
Ons kenmerk: [[z:SHV-G-2022-0388]]

Beste mevrouw [[p:Vos]],

Wij hebben u geholpen met uw schulden. Maar het lukt niet meer om samen verder te gaan.

Waarom?
Wij hebben u 3 keer een brief gestuurd. En wij hebben u gebeld. U heeft niet gereageerd. Ook zijn de papieren over uw inkomen niet bij ons.

Wat betekent dit?
Wij stoppen met de schuldhulp op [[d:17 oktober 2023]]. De mensen aan wie u geld moet betalen, kunnen u weer brieven sturen.

Wilt u toch verder? Neem dan vóór [[d:17 oktober]] contact met mij op. Bel [[t:0182 - 588 901]] of mail naar [[e:k.vandenberg@gouda.nl]].

Met vriendelijke groet,
[[p:Karin van den Berg]]
{{r:schuldhulpconsulent}}""",
    r"""[[p:Karin]]: brief mw [[p:Vos]] is verstuurd naar [[a:Van Hogendorpplein 11]], maar volgens BRP woont ze sinds aug. op [[a:Graaf Florisweg 72-a]], [[pc:2805 AM]]. Ze heeft de brieven dus nooit gehad!! Graag opnieuw versturen en de stopdatum opschuiven. – [[p:Ahmed]], {{r:budgetcoach}}""",
    r"""Verslag keukentafelgesprek
{{o:Sociaal Wijkteam Dordrecht}}, locatie {{w:Sterrenburg}}
Datum: [[d:11-04-2024]]
Zaaknr.: [[z:DOR-WMO-24-5531]]
Belanghebbende: dhr. [[p:Rambaran]], [[p:Soerajdath]] (73)
Partner/mantelzorger: mw. [[p:Rambaran-Mathoera]], [[p:Indra]] (70)
Adres: [[a:Baden Powellweg 4]], [[pc:3318 ZN]] Dordrecht

Meneer heeft diabetes en is vorig jaar een onderbeen kwijtgeraakt. Hij gebruikt een rolstoel binnenshuis. Mevrouw doet alles: wassen, aankleden, insuline. Ze heeft zelf rugklachten en zegt "ik kan niet meer".
Kinderen: [[p:Sunil]] (Rotterdam) en [[p:Anita]] (Suriname). [[p:Sunil]] komt zondags.
Conclusie: overbelaste mantelzorger. Afspraken: wijkverpleging ({{o:Aafje}}) voor ADL 's ochtends; respijt via {{o:MantelzorgNL}}; woningaanpassing drempels. Gesprek met [[p:Indra]] alleen volgt.
{{r:Consulent}}: [[p:Esmée Brouwer]]""",
    r"""Schuldhulp – intakesamenvatting
{{o:Sociaal Team Alphen}} / {{o:Kredietbank Alphen}}
Relatienummer [[z:KBA-20931]]
Naam: [[p:Ioana Dumitru]] (38), [[a:Prins Bernhardlaan 144]], [[pc:2405 VZ]] Alphen ad Rijn
BSN [[b:5545.29.993]] | tel. [[t:+40 723 118 406]] / [[t:06-47 01 93 22]]
Intake: [[d:do 18 jan 2024]]

Mevrouw komt uit Roemenië, werkt als schoonmaakster via een uitzendbureau (flexcontract). Zoon [[p:Andrei]] (12) zit op {{o:De Spindel}}. Ex-partner [[p:Florin Popescu]] betaalt geen alimentatie.
Schulden: huur (3 mnd, € 2.460), zorgverzekering, incasso's van {{o:Klarna}} en {{o:Wehkamp}}. Totaal ca. € 7.300.
Inkomen op rekening [[i:NL09INGB7247843544]]. Aanmelding {{o:LBIO}} voor inning alimentatie.""",
    r"""Delft – klantcontactnotitie [[d:27-09-2023]]
Dhr. [[p:Van Leeuwen]] (klantnr [[z:D-440188]]) meldt nieuw e-mailadres: [[e:hansvanleeuwen1957@outlook.com]]. Oude adres [[e:h.v.leeuwen@planet.nl]] werkt niet meer. Aangepast in Suite. Vroeg ook of zijn bijstand al is overgemaakt – ja, op [[d:25/9]].""",
    r"""Gespreksverslag Wmo – begeleiding
Gemeente Leidschendam-Voorburg
Zaak: [[z:LV-WMO-2023-02214]] | datum [[d:30 oktober 2023]]
Aanvrager: [[p:Yonas Berhane]], geb. [[d:10-05-2004]], [[a:Fonteynenburghlaan 7-12]], [[pc:2275 CT]] Voorburg
Aanwezig: [[p:Yonas]], zijn (voormalig) voogd [[p:Marjolein]] van {{o:Nidos}}, {{r:consulent}} [[p:Thijs de Jong]]

[[p:Yonas]] kwam in 2019 als alleenstaande minderjarige uit Eritrea. Hij is nu 19, woont zelfstandig in een studio en volgt de entree-opleiding bij {{o:mboRijnland}}. De begeleiding vanuit {{o:Nidos}} is gestopt bij 18 jaar.
Hij heeft moeite met post, geld en plannen. Nachtmerries, slaapt slecht.
Afspraak: begeleiding individueel via {{o:Stichting Jeugdformaat}}? – nee, 18+: via {{o:Middin}}. 3 uur per week, 1 jaar. Aanmelding {{o:Schuldhulpmaatje}}.
Contact [[p:Yonas]]: [[t:0684 551 208]] (liefst WhatsApp).""",
]

# ---------------------------------------------------------------- batch 5
HAND += [
    r"""Vroegsignalering Rijswijk – melding huurachterstand
Bron: {{o:Rijswijk Wonen}}, ontvangen [[d:05-02-2024]]
Meldingsnummer: [[z:VS-RW-2024-0233]]
Huurder: [[p:Gilmar Rosario]] ([[d:22-07-1985]]), [[a:Prinses Beatrixlaan 1020]], [[pc:2282 AS]] Rijswijk ({{w:Stationskwartier}})
Achterstand: 2 maanden (€ 1.612,40)

Actie [[d:7/2]]: brief + huisbezoek door {{r:vroegsignaleerder}} [[p:Lieke]]. Niemand thuis, buurman (dhr. [[p:Bos]]) zegt dat meneer in het buitenland is (Curaçao?). Kaartje achtergelaten met 06-nr.
Actie [[d:14/2]]: meneer belt zelf terug vanaf [[t:+599 9 516 2240]]. Zijn moeder [[p:Edmeé]] is ernstig ziek, hij komt [[d:1 maart]] terug. Wil een regeling; [[p:Lieke]] geeft dit door aan {{o:Rijswijk Wonen}} ([[p:Patricia Hoogland]]).""",
    r"""Samenvatting beschikking voor {{o:Vraagwijzer}} Westland
Zaak [[z:Z/24/101187]], beschikking [[z:WL-B-24-7702]] d.d. [[d:18-06-2024]]
Belanghebbende: mw. [[p:C.A.M. van der Knaap]], [[a:Voorstraat 3]], [[pc:2685 AA]] {{w:Poeldijk}}
Toegekend: rolstoel (handbewogen) in bruikleen via {{o:Medipoint}}, en een scootmobiel. Eigen bijdrage: max. € 21,80 per 4 weken via het {{o:CAK}}.
Afgewezen: elektrische ondersteuning op de rolstoel (geen noodzaak, mevrouw wordt geduwd door haar man [[p:Leo]]).
Meneer [[p:van der Knaap]] vroeg of de scootmobiel in de schuur mag blijven staan; oplaadpunt is er. Akkoord.
Opm. {{r:consulent}} [[p:Jolien]]: de schoonzoon ([[p:Mark Vollebregt]]) belde ook al twee keer, hij is géén gemachtigde, dus geen info gegeven.""",
    r"""RAPPORTAGE AANVRAAG LEVENSONDERHOUD (Participatiewet)
Gemeente Gouda – {{o:Team Werk en Inkomen}}
Aanvraagnummer: [[z:AV-2024-00817]]
Datum melding: [[d:02-04-2024]] | datum aanvraag: [[d:09-04-2024]]
Aanvrager: dhr. [[p:Hamza Ouali]], geb. [[d:15-03-1992]], BSN [[b:521815216]]
Partner: mw. [[p:Salma Ouali-Bennani]], geb. [[d:24-11-1994]], BSN [[b:444 856 390]]
Adres: [[a:Gildenweg 36]], [[pc:2802 PZ]] Gouda ({{w:Kort Haarlem}})
Rekening: [[i:NL58 INGB 5052 0995 43]] t.n.v. [[p:H. Ouali]]
Kinderen: [[p:Adam]] ([[d:03-08-2019]]), [[p:Lina]] ([[d:19-12-2022]])

Meneer had een tijdelijk contract bij {{o:PostNL}}, niet verlengd per [[d:31-03-2024]]. Geen recht op WW (te weinig gewerkte weken). Mevrouw is thuis met de kinderen.
Vermogen: geen. Auto: Opel Corsa 2009, waarde laag.
Advies: toekennen gehuwdennorm per [[d:01-04-2024]], voorschot verstrekt. Arbeidsverplichtingen meneer: direct; mevrouw: ontheffing tot jongste 5 jaar is, wel taaltraject.
{{r:Inkomensconsulent}}: [[p:D. Verkerk]]""",
    r"""Dordrecht, [[d:22 januari 2024]]
Uw klantnummer: [[z:SDD-1187730]]

Beste mevrouw [[p:Pinas]],

U vroeg bijstand aan op [[d:8 januari 2024]]. Dank u wel.

Wij missen nog een paar papieren:
1. Bankafschriften van uw rekening [[i:NL45ABNA5861570361]] van de laatste 3 maanden.
2. Het huurcontract van de woning op [[a:Dubbelsteynlaan-West 27]].
3. Een bewijs dat uw ex-man [[p:Ricardo]] is vertrokken (bijvoorbeeld zijn nieuwe adres).

Stuur de papieren vóór [[d:5 februari 2024]]. U kunt ze uploaden op www.drechtsteden.nl of inleveren bij de balie.
Doet u dat niet? Dan kunnen wij uw aanvraag niet behandelen.

Vragen? Bel mij: [[t:078 - 770 48 15]].

Groet,
[[p:Priya Ramsaroep]], {{r:klantmanager}}""",
    r"""// [[p:Priya]]: let op, bij mw [[p:Pinas]] staat dat ex-man is vertrokken maar hij staat nog op het adres ingeschreven (BRP [[d:19-1]]). Kan ook zijn dat hij er gewoon nog woont. Voorzichtig met toekennen. // [[p:Wouter]]: klopt, ik ken het gezin van schuldhulp (oud dossier [[z:SHV-21-0533]]). Meneer heette daar [[p:R. Sabajo]]. Graag even huisbezoek voor je beslist.""",
    r"""Verslag gesprek Wmo
Gemeente Zoetermeer – {{o:Sociaal Plein}}
Zaak [[z:SP-2024-07754]] | Gesprek [[d:woensdag 10 juli 2024]] | Wijk {{w:Rokkeveen}}
Belanghebbende: mevr. [[p:Hatice Çelik]] (66), [[a:Australiëweg 118]], [[pc:2726 AV]]
Gemachtigde: zoon [[p:Serkan Çelik]], [[e:serkan.celik@ziggo.nl]], [[t:06 15 73 28 90]]
Tolk: niet nodig, zoon vertaalt (mevrouw spreekt weinig Nederlands). NB: liever professionele tolk bij volgend gesprek.

Hulpvraag: mevrouw heeft reuma en kan het huishouden niet meer doen. Haar man [[p:Ahmet]] (70) doet de boodschappen, maar schoonmaken "is geen mannenwerk" volgens hem.
Er is een zware wasmand naar de zolder, de trap is steil. Gesproken over verhuizing naar een benedenwoning van {{o:De Goede Woning}}.
Advies: HH 2 uur per week, verhuisindicatie (urgentie medisch) aanvragen. {{r:Consulent}}: [[p:Sanne de Koning]].""",
    r"""Signaleringsoverleg {{w:Hoornes}}/{{w:Rijnsoever}} Katwijk – [[d:10-10-2023]]
Aanwezig: {{o:Sociaal Team Katwijk}} ([[p:Marieke]], [[p:Dirk]]), {{o:Dunavie}} ([[p:Bert van Duijn]]), {{o:Welzijn Katwijk}} ([[p:Jannie]]), {{r:wijkagent}} [[p:Kuyt]].
1. [[a:Hoornesplein 22]]: mevr. [[p:Zwaan]] valt vaak, is twee keer door de buren gevonden. [[p:Jannie]] regelt personenalarmering, [[p:Marieke]] doet Wmo-melding.
2. Familie [[p:Van Beelen]]: vader [[p:Teun]] drinkt, zoon (17) slaapt bij vrienden. {{o:Jeugd en Gezinsteam}} is betrokken. [[p:Dirk]] belt met de {{r:jeugdconsulent}}.
3. Overlast honden [[a:Tramstraat 9b]] – geen zorgsignaal, naar handhaving.
Notulen: [[p:Marieke]]""",
    r"""ADVIESRAPPORT Wmo – Delft
Zaak: [[z:DLF-WMO-2024-1399]]
Betreft: dhr. [[p:Kees (C.J.) Mulder]], [[d:04-12-1951]]
Adres: [[a:Sint Sebastiaansbrug 5-A]], [[pc:2611 DN]] Delft
{{r:Huisarts}}: [[p:E. Sprenger]], {{o:Huisartsenpraktijk Tanthof}}

Melding via {{o:Woonbron}} ([[d:20 feb]]): bij een reparatie zag de monteur dat het huis vol ligt met kranten en dozen. Bij huisbezoek op [[d:4-3-2024]] ({{r:Wmo-consulent}} [[p:Iris de Groot]] en [[p:Ayse]] van het {{o:Sociaal Wijkteam Delft}}) bleek de keuken onbruikbaar, geen werkende koelkast. Meneer is vriendelijk, ontkent het probleem niet maar "het komt wel goed".
Netwerk: broer [[p:Gerard Mulder]] in {{w:Tanthof}}, weinig contact. Geen kinderen.
Advies: eenmalige opruimactie met toestemming van meneer (via {{o:Stichting Opruimcoach}}), daarna begeleiding individueel 3 uur/week gericht op huishouden; betrek {{o:GGZ Delfland}} voor diagnostiek. Evaluatie over 3 maanden.""",
    r"""Intake schuldhulp Lansingerland – kort
[[d:15-1-24]], {{r:schuldhulpconsulent}} [[p:Rik Bakker]]
Stel: [[p:Nick Roos]] (24) en [[p:Demi van Vliet]] (23), samen sinds 2021, [[a:Westpolderlaan 88]], [[pc:2652 BZ]] {{w:Bergschenhoek}}. Baby [[p:Noah]], 4 mnd.
Schulden vooral van [[p:Nick]]: online gokken, 2 leningen via apps, telefoonabonnementen. Ca. € 9.500. [[p:Demi]] wist het niet tot de deurwaarder kwam op [[d:9 januari]].
Inkomen: [[p:Nick]] werkt bij een hovenier, [[p:Demi]] met verlof (kassière).
Afspraak: gokhulp via {{o:Antes}} ([[p:Nick]] stemt in), budgetcursus, aanvraag toeslagen herzien. [[p:Nick]]: [[t:0611448207]], [[p:Demi]]: [[t:06 1992 3044]].""",
    r"""Alphen – {{r:klantmanager}}, aantekening [[d:30/5]]
Mw [[p:Sandra de Jong]] ([[z:AL-1150339]]) vraagt of ze vrijwilligerswerk mag doen bij de {{o:Voedselbank}} met behoud van uitkering. Ja, mits ze beschikbaar blijft voor werk. Vrijwilligersvergoeding max € 210/mnd. Bevestiging mailen naar [[e:sandradejong77@gmail.com]]. Cc {{r:jobcoach}} [[p:Dennis Brink]].""",
    r"""Beschikking – toelichting (intern)
Gemeente Leidschendam-Voorburg
Beschikkingsnummer: [[z:LV/WMO/2024/1162]]
Aanvrager: dhr. [[p:Goedhart]], [[p:Pieter]] ([[d:03-01-1947]]), [[a:Van Nesstraat 3-A]], [[pc:2264 SL]] Leidschendam ({{w:Damsigt}})
Partner: mw. [[p:Goedhart-Prins]], [[p:Ria]]

Aanvraag: verhuiskostenvergoeding naar gelijkvloerse woning ([[a:Oude Trambaan 21]], {{w:Leidschenveen}}). Toegekend: forfaitaire vergoeding € 3.345, uitbetaling na verhuizing op [[i:NL16 RABO 8999 4630 51]].
Reden: mevrouw heeft MS, de huidige woning heeft een trap naar de voordeur. Aanpassen kost meer dan verhuizen.
Kinderen helpen met de verhuizing op [[d:15 november]]. Contact via dochter [[p:Marloes Goedhart]]: [[t:06-22 81 03 49]].""",
    r"""Van: mr. [[p:L. (Lisette) Baas]] – {{o:Bewindvoering Haaglanden}}
Aan: {{r:Wmo-consulent}} [[p:Bas van Leeuwen]]
Datum: [[d:ma 8 jan 2024]]
Onderwerp: cliënt [[p:A. Koster]], uw kenmerk [[z:RW-24-004419]]

Geachte heer [[p:Van Leeuwen]],
Per [[d:1 januari 2024]] ben ik benoemd tot {{r:bewindvoerder}} van mevrouw [[p:Anneke Koster]], [[a:Generaal Spoorlaan 512]] te Rijswijk. Wilt u alle correspondentie over de eigen bijdrage voortaan naar mijn kantoor sturen: [[a:Laan van Hoornwijck 55]], [[pc:2289 DG]] Rijswijk. Mevrouw haar zus, [[p:Marianne]], blijft contactpersoon voor de zorg.
Beschikking {{r:kantonrechter}} bijgevoegd (zaaknummer [[z:10765432 BM VERZ 23-4412]]).
Met vriendelijke groet,
[[p:Lisette Baas]]
[[e:l.baas@baasbewindvoering.nl]] | [[t:070-2042318]]""",
]

# ---------------------------------------------------------------- batch 6
HAND += [
    r"""snel: mw [[p:de wit]] (zoetermeer, zaak [[z:SP-2024-08120]]) gebeld [[d:do 18/7]], geen gehoor. vm nog een keer proberen. let op: niet verwarren met dhr [[p:de witt]] uit {{w:Buytenwegh}} ([[z:SP-2023-11871]]), die heeft ook HH lopen!""",
    r"""Wijkoverleg {{w:Ridderveld}} – actiepunten
Datum: [[d:13 mei 2024]]
Aanwezig: [[p:Femke Zegers]] & [[p:Tim van Dijk]] ({{o:Sociaal Team Alphen}}), [[p:Ling Zhou]] ({{o:Tear}}, {{r:sociaal raadslid}}), [[p:Rachid Benali]] ({{o:Ons Doel}}, {{r:jongerenwerker}}), [[p:Gerda Kok]] ({{o:Woningstichting Alphen}}).

1. Dhr. [[p:Wang]] ([[a:Van Boetzelaerlaan 18]]): zoon belde [[p:Ling]] omdat vader (82) de brieven niet begrijpt; aanslag gemeentelijke belastingen onbetaald. [[p:Ling]] helpt met kwijtschelding.
2. Groepje jongeren bij het winkelcentrum – [[p:Rachid]] kent ze, geen zorgsignalen.
3. Mw. [[p:Boukhari]] ([[a:Hooftstraat 204B]]): schimmel in de slaapkamer van de kinderen, corporatie had verzoek al in maart. [[p:Gerda]] zet het op spoed.
4. [[p:Tim]] heeft nog geen reactie van mw. [[p:Van der Zwan]] (casus uit april). Sluiten per [[d:1 juni]] als er niets komt.""",
    r"""Gespreksverslag Wmo – Gouda
{{o:Sociaal Team Gouda}}, wijk {{w:Goverwelle}}
Zaaknummer [[z:STG-2024-0318]]
Datum: [[d:20-02-2024]]
Cliënt: mw. [[p:Johanna Latuperisa]] (84), [[a:Goverwellesingel 301]], [[pc:2807 DR]] Gouda
Aanwezig: cliënt, kleindochter [[p:Mireille Tahapary]] (contactpersoon), {{r:consulent}} [[p:Bram Verweij]]

Mevrouw kwam in 1951 met haar ouders uit de Molukken, woonde lang in de Molukse wijk in {{w:Bloemendaal}}. Sinds haar man [[p:Johannes]] in 2020 overleed, woont zij alleen in een aanleunwoning van {{o:Zorgpartners Midden-Holland}}.
Ze is eenzaam, gaat nauwelijks naar buiten. Eet 's middags in de recreatiezaal. Ze wil graag naar de Molukse ouderensoos in de kerk, maar durft niet alleen met de bus.
Afspraken: vrijwilliger via {{o:Vrijwilligerscentrale Gouda}} die haar op woensdag haalt; {{r:wijkverpleegkundige}} checkt medicatie.
Contact [[p:Mireille]]: [[t:06 48 33 71 05]], [[e:mireille.tahapary@hotmail.nl]]""",
    r"""Intakeverslag schulddienstverlening – {{o:Gemeente Delft}}
Dossier: [[z:DS-2024-0611]]
Datum intake: [[d:8 april 2024]]
Naam: [[p:Rudy Sahetapy]]  Geb.: [[d:27-10-1998]]
BSN: [[b:374521797]]
Adres: [[a:Mekelweg 114-4]], [[pc:2628 CD]] Delft ({{w:Wippolder}})
Tel.: [[t:06-34 17 88 50]]  E-mail: [[e:rudy.sahetapy@student.tudelft.nl]]

[[p:Rudy]] is gestopt met zijn studie werktuigbouwkunde en heeft een studieschuld bij {{o:DUO}} van € 38.000 plus private schulden (creditcard, BNPL, huurachterstand kamer). Hij werkt 20 uur bij een bezorgdienst. Ouders ([[p:Ferry]] en [[p:Liesbeth]] in {{w:Vrijenban}}) weten van niets; hij wil dat zo houden.
Afspraken: draagkrachtberekening {{o:DUO}} aanvragen, budgetplan, contact met verhuurder (dhr. [[p:Van Rooij]]). {{r:Schuldhulpconsulent}}: [[p:Maaike Hendriks]].""",
    r"""Gemeente Lansingerland
Datum: [[d:4 maart 2024]]
Besluitnummer: [[z:LL-BS-2024-0288]]

Beste meneer [[p:Schipper]],

U heeft een scootmobiel aangevraagd. Wij hebben gekeken of u die nodig heeft.

Ons besluit: u krijgt een scootmobiel. U krijgt hem te leen. Hij blijft van de gemeente.
De leverancier ({{o:Welzorg}}) belt u binnen 10 werkdagen voor een afspraak.

Wat kost het?
U betaalt een eigen bijdrage van maximaal € 21,80 per maand. Het {{o:CAK}} stuurt u daarover een brief.

Heeft u nog vragen? Bel mij op [[t:010 800 41 77]] of mail naar [[e:i.meijer@lansingerland.nl]].

Vriendelijke groet,
[[p:Ilse Meijer]]
{{r:consulent Wmo}}

[aan: dhr. [[p:P.J. Schipper]], [[a:Kerkstraat 41]], [[pc:2665 CA]] {{w:Bleiswijk}}]""",
    r"""Participatiewet – notitie taaleis
Katwijk, [[d:27 november 2023]], {{r:klantmanager}} [[p:Nicole Guijt]]
Klant: mw. [[p:Lidya Tekle]], klantnr [[z:KT-0062418]], [[a:Zeilmakerstraat 19]], [[pc:2222 GC]] Katwijk

Mevrouw (31) is statushouder uit Eritrea, gezinshereniging met man [[p:Ermias]] is in behandeling bij de {{o:IND}}. Dochter [[p:Feven]] (6) zit op {{o:De Duinroos}}.
Taaltoets: mevrouw haalt het vereiste niveau nog niet. Zij volgt 2 ochtenden les bij {{o:Bibliotheek Katwijk}} ({{o:Taalhuis}}) en wil een vak leren in de zorg.
Afspraak: plan van aanpak taal, combinatie met vrijwilligerswerk in het {{o:Verpleeghuis Overduin}}? Mevrouw is enthousiast.""",
    r"""Adviesrapport – Gemeente Rijswijk
{{o:Loket Wonen, Welzijn en Zorg}}
Zaak [[z:RW-24-006702]], rapportdatum [[d:4 september 2024]]
Belanghebbende: dhr. [[p:Mohamed Amrani]], geb. [[d:1-7-1949]]
Gemachtigde: zoon [[p:Rachid Amrani]], [[a:Cromvlietkade 22]], [[pc:2285 XE]] Rijswijk ([[e:rachid.amrani@gmail.com]])
Woonadres cliënt: [[a:Lindelaan 97-III]], Rijswijk ({{w:Bomen- en Bloemenbuurt}})

Meneer heeft COPD en hartfalen. Hij woont op 3-hoog zonder lift. Hij komt de trap nauwelijks meer af en is volgens [[p:Rachid]] al twee maanden niet buiten geweest.
Meneer wil niet naar een verpleeghuis. Zijn vrouw [[p:Fatima]] is zelf slechtziend.
Advies: urgentieverklaring medische grond voor een gelijkvloerse woning (via {{o:Woonnet Haaglanden}}), tot verhuizing HH 3 uur per week en een rolstoel voor buiten. {{r:Wmo-adviseur}}: [[p:Laura Pinas]].""",
    r"""Signaleringsoverleg {{w:Wateringen}} – [[d:19 maart]]
[[p:Jolien]] ({{o:Vraagwijzer}}), [[p:Arjen]] ({{o:Vitis Welzijn}}), handhaving ([[p:Ruben]]), {{o:Wonen Wateringen}}.

– Woning [[a:Herenstraat 88]]: 11 arbeidsmigranten ingeschreven, 4 slaapkamers. Eigenaar [[p:H. de Bruijn]]. Handhaving komt langs. Eén bewoner, [[p:Paweł]], kwam bij {{o:Vraagwijzer}} met kiespijn en zonder zorgverzekering. [[p:Arjen]] helpt hem met inschrijving {{o:Zilveren Kruis}}.
– Mw. [[p:Oudshoorn]] (Tuindersweg, geen nr bekend) – dementie? Buren zeggen dat ze 's nachts op straat loopt. [[p:Jolien]] zoekt in systeem, dan huisbezoek met {{r:casemanager dementie}}.""",
]

# ---------------------------------------------------------------- batch 7
HAND += [
    r"""Beschikking Wmo – samenvatting
{{o:Sociaal Wijkteam Dordrecht}}
Beschikkingsnr. [[z:DOR-B-2024-3390]] (zaak [[z:DOR-WMO-24-6012]])
Belanghebbende: dhr. [[p:Chen Guoliang]] (79), [[a:Groenezoom 350]], [[pc:3315 LA]] Dordrecht ({{w:Dubbeldam}})
Contactpersoon: dochter [[p:Chen Xiaoyan]] ('[[p:Yan]]'), [[t:06-52 90 11 36]]

Besluit [[d:3 mei 2024]]: toegekend HH 1,5 uur per week + was- en strijkservice, geleverd door {{o:Tzorg}}. Looptijd 2 jaar.
Niet toegekend: maaltijdvoorziening – algemeen gebruikelijk, dochter kan een maaltijdservice regelen.
NB: meneer verstaat geen Nederlands, Mandarijn. Beschikking uitleggen via dochter of tolk; {{o:Tolkcentrum}} aangevraagd voor de evaluatie. [[p:Yan]] werkt in Rotterdam, bereikbaar na 18.00.""",
    r"""Intake schuldhulpverlening
Gemeente Leidschendam-Voorburg – {{o:Team Schuldhulp}}
Dossier: [[z:LV-SH-24-0139]]
Datum: [[d:20-03-2024]]
Cliënt: [[p:Shilan Karim]] (35), [[a:Koningin Julianalaan 290]], [[pc:2273 JJ]] Voorburg
BSN: [[b:440933110]]
IBAN: [[i:NL03TRIO9426672026]]

Situatie: mevrouw is in 2022 gescheiden van [[p:Dilshad Hasan]], die nu in Duitsland woont. Drie kinderen ([[p:Aran]], [[p:Helin]], [[p:Zana]]). Schulden deels op haar naam gezet door ex (telefoonabonnementen, auto). Kinderalimentatie wordt niet betaald.
Mevrouw werkt 24 uur als onderwijsassistent.
Actie: verzoek {{o:LBIO}}, schuldenoverzicht compleet maken, onderzoeken of de auto-schuld betwist kan worden via het {{o:Juridisch Loket}}. {{r:maatschappelijk werker}} van {{o:Kwadraad}} ([[p:Inge Smit]]) blijft betrokken ivm de scheiding.""",
    r"""Teams-chat {{o:Sociaal Plein}} Zoetermeer, [[d:vrijdag 9 februari 2024]]
[[p:Lotte van Rijn]]: weet iemand of [[p:Kaya]] (Gaardedreef) nog bezwaar heeft ingediend?
[[p:Sanne de Koning]]: ja, binnengekomen [[d:5/2]], zoon [[p:Emre]] heeft het gestuurd. Zit bij juridische zaken, kenmerk [[z:BZW-2024-0071]]
[[p:Lotte van Rijn]]: top. hoorzitting al gepland?
[[p:Gijs Hoek]]: nog niet, meestal 4-6 weken. [[p:Lotte]], kan jij vast een verweer schrijven?
[[p:Lotte van Rijn]]: doe ik maandag 👍""",
    r"""Bijzondere bijstand – aantekening {{r:inkomensconsulent}} Delft
[[d:11-07-2024]] | klant [[p:Olena Kovalenko]] | relatienr [[z:D-902215]]
Mevrouw (Oekraïne, in NL sinds 2022) woont met dochter [[p:Sofiia]] (10) in een flexwoning aan de [[a:Kristalweg 12]], {{w:Tanthof-Oost}}. Werkt in een hotel, 28 u.
Vraagt bijzondere bijstand voor tandartskosten dochter (beugel, € 2.140). Zorgverzekering {{o:VGZ}} dekt niets. Ouders van haar ex-man wonen nog in Kharkiv, geen contact.
Besluit: deels toekennen (draagkracht), rest via {{o:Stichting Leergeld}}? Navragen bij [[p:Ayse]].
Nummer: [[t:+380 67 441 2093]], maar liever NL-nummer [[t:06-87712940]].""",
    r"""Van: [[p:Bram Verweij]] ({{o:Sociaal Team Gouda}})
Aan: [[p:Henk de Boer]] ({{o:Woonpartners Midden-Holland}})
Verzonden: [[d:dinsdag 23 januari 2024]] 16:12
Onderwerp: RE: dhr. [[p:Vlasblom]], Van Bergen IJzendoornpark

Hoi [[p:Henk]],

Gisteren zijn [[p:Anja]] en ik bij dhr. [[p:Vlasblom]] binnen geweest. Het valt mee: vooral kranten in de gang en een volle keuken, geen ongedierte gezien. Hij wil hulp bij opruimen als "die vrouw van de thuiszorg" meekomt.
Zijn nicht [[p:Tineke Vlasblom]] ([[t:06-11503928]]) is bereid om mee te helpen.
Kunnen jullie de ontruimingsprocedure aanhouden tot [[d:1 maart]]? Dan sturen we jullie een plan.

Groet,
[[p:Bram]]""",
    r"""Gemeente Westland
{{o:Vraagwijzer}}

Mevrouw [[p:J. de Vreede]]
p/a mevrouw [[p:A. Vellekoop]]
[[a:Mgr. Bekkersstraat 4]]
[[pc:2691 GA]]  's-Gravenzande

[[d:22-05-2024]]
Zaak: [[z:Z/24/094419]]

Beste mevrouw [[p:De Vreede]],

U krijgt hulp bij het schoonmaken van uw huis. Dat hebben wij besloten.

• U krijgt 2 uur hulp per week.
• De hulp begint op [[d:maandag 3 juni]].
• De hulp komt van {{o:Vierstroom}}.

U heeft uw nicht, mevrouw [[p:Vellekoop]], gevraagd om uw post te regelen. Daarom sturen wij deze brief naar haar adres.

Vragen? Bel [[p:Petra Kooijman]] op 14 0174 of op haar mobiele nummer [[t:06-10 48 72 93]].

Met vriendelijke groet,
[[p:Petra Kooijman]], {{r:Wmo-consulent}}""",
    r"""Adviesrapport Sociaal Team Katwijk
Kenmerk: [[z:STK-2024-0188]] | datum [[d:18-4-2024]]
Betreft: [[p:Kimberley Meerburg]] (22), [[a:Dr. Jacob Catsweg 30]] ({{w:Katwijk aan Zee}}), en dochter [[p:Luna]] ([[d:2-11-2023]])
Betrokken: {{r:jeugdverpleegkundige}} [[p:Tineke]] ({{o:CJG}}), {{r:MEE-consulent}} [[p:Sander Haasnoot]], oma [[p:Ria Meerburg]] (netwerk)

[[p:Kimberley]] heeft een licht verstandelijke beperking en woonde tot de bevalling bij haar oma. Nu met [[p:Luna]] in een eigen woning. De {{r:jeugdverpleegkundige}} maakt zich zorgen over de voeding van de baby en de hygiëne.
[[p:Kimberley]] wil het graag zelf doen en staat open voor hulp. De vader van [[p:Luna]], [[p:Dylan]], is niet in beeld.
Advies: ambulante begeleiding (Wmo) 5 uur per week via {{o:Ipse de Bruggen}}, plus gezinsondersteuning via de Jeugdwet. Eén plan, één regisseur: [[p:Sander Haasnoot]].""",
    r"""Interne samenvatting beschikking – woonvoorziening
Alphen aan den Rijn, [[d:24 juni 2024]]
Beschikking [[z:B-WMO-24-2811]] | BSN belanghebbende [[b:298.747.704]]
Belanghebbende: mw. [[p:Wilhelmina (Willy) Hoogeveen-Post]], [[a:Hof van Nassaustraat 6]], [[pc:2401 XP]] Alphen ad Rijn
Partner: dhr. [[p:Gerrit Hoogeveen]]

Aanvraag: traplift + douchestoel. Toegekend: traplift (huurconstructie via {{o:Otolift}}), douchestoel via uitleen.
Let op: de post voor mw. [[p:Hoogeveen-Post]] gaat naar haar {{r:bewindvoerder}}, mr. [[p:Kerkhof]]? – nee, bewind is opgeheven per [[d:1-5-2024]], weer naar het huisadres. {{r:Consulent}}: [[p:Femke Zegers]].""",
    r"""Verslag signaleringsoverleg {{w:Berkel en Rodenrijs}} – [[d:dinsdag 6 februari]]
Aanwezig: {{o:Welzijn Lansingerland}} ([[p:Marieke de Haas]]), {{o:Wooncompas}} ([[p:Jeroen]]), {{o:Kwadraad}} ([[p:Esra Yücel]]), {{r:wijkagent}} [[p:Smit]], gemeente ([[p:Rik Bakker]]).
1. Gezin [[p:Hakimi]] ([[a:Rodenrijseweg 240]]): vader [[p:Ahmad]] zegt dat de buurman zijn kinderen bedreigt. Buurman dhr. [[p:Storm]] zegt het omgekeerde. {{r:Wijkagent}} en [[p:Jeroen]] doen een gezamenlijk gesprek. Buurtbemiddeling aanbieden.
2. Mw. [[p:Winter]] (86, [[a:Oudelandselaan 12-hs]]) – dochter [[p:Zomer]]... (ja echt, getrouwde naam) belt: moeder weigert alle hulp. [[p:Marieke]] gaat langs.
3. Storm- en waterschade flat Noordpolder: geen zorgcasussen.""",
    r"""EINDRAPPORTAGE SCHULDHULPVERLENING
{{o:Stichting Piëzo}} – in opdracht van {{o:Gemeente Zoetermeer}}
Dossier: [[z:PZ-2021-0455]] | Klantnummer gemeente: [[z:3307716]]
Cliënt: [[p:Samantha de Bruin]], [[a:Parkdreef 211]], [[pc:2724 EZ]] Zoetermeer
Start: [[d:03-05-2021]] | Afgesloten: [[d:02-05-2024]]

Het minnelijk traject (3 jaar) is succesvol afgerond. Alle 9 schuldeisers zijn akkoord gegaan met een finale kwijting op basis van de gespaarde afloscapaciteit. De saneringskrediet-lening van de {{o:Gemeentelijke Kredietbank}} is volledig afgelost via rekening [[i:NL53 ASNB 5161 1049 13]].
Mevrouw heeft in deze periode een vaste baan gevonden bij {{o:Hoogvliet}} en haar budget zelf leren beheren.
Nazorg: zes maanden lang elke 2 maanden een belafspraak ([[t:06 3109 4472]]). {{r:Budgetcoach}}: [[p:Mark de Ridder]]. Bij signalen van nieuwe schulden: [[p:Mark]] of het {{o:Sociaal Plein}}.""",
    r"""dagnotities [[p:Bas]] – Rijswijk, [[d:16-04]]
09.10 mw [[p:koster]] (bewind [[p:Baas]]) – HH loopt, tevreden. Eigen bijdrage vraag doorgezet.
10.30 dhr [[p:Ramlal]] weer gebeld, nu rustig. bezwaar [[z:BZ-RW-24-0098]] wordt [[d:2 mei]] behandeld.
11.45 huisbezoek [[a:Huis te Landelaan 304]] – niet thuis.
14.00 teamoverleg; [[p:Nadia]] ({{o:MEE}}) sluit aan voor casus [[p:Amrani]].
16.20 mail van [[e:rachid.amrani@gmail.com]]: vader opgenomen in {{o:HMC Antoniushove}}, gesprek uitstellen.""",
    r"""ADVIESRAPPORT – veiligheid en ondersteuning
{{o:Sociaal Wijkteam Dordrecht}} | Casusregie
Kenmerk: [[z:SWT-DOR-24-0412]] | VT-melding [[z:VT-ZHZ-2024-1187]]
Betreft: mw. [[p:Katarzyna Nowak]] (34), tijdelijk verblijf {{o:Blijf Groep}}, oorspronkelijk adres [[a:Marijkestraat 47]], [[pc:3317 AN]] Dordrecht
Kinderen: [[p:Zuzanna]] (9) en [[p:Jakub]] (6)
Partner/pleger: [[p:Marek Nowak]]

Op [[d:2 februari 2024]] is mevrouw met de kinderen gevlucht na geweld. {{o:Veilig Thuis Zuid-Holland-Zuid}} heeft een tijdelijk huisverbod opgelegd ([[d:3-2-2024]] t/m [[d:13-2-2024]]), daarna verlengd.
Mevrouw wil niet terug. Zij heeft geen eigen inkomen; alles stond op naam van meneer.
Advies: bijstand eigen naam (spoed), eigen rekening openen, urgentie woning via {{o:Woonkeus}}, traumabehandeling via {{o:Yulius}}, en de kinderen bij {{o:Jeugdteam Dordrecht}}. {{r:Casusregisseur}}: [[p:Samira Bouzian]], [[t:078-7704962]].""",
    r"""Alphen aan den Rijn, [[d:14 augustus 2024]]
Kenmerk: [[z:TV-2024-0093]]
Klantnummer: [[z:AL-1140772]]

Beste meneer [[p:Farah]],

U heeft in mei en juni 2024 ook geld verdiend bij een uitzendbureau. Dat heeft u niet aan ons verteld. Daardoor heeft u te veel bijstand gekregen.

Hoeveel? € 1.184,-. Dit geld moet u terugbetalen.

Hoe? U kunt dit in kleine stukjes terugbetalen. Wij halen dan elke maand € 60,- van uw uitkering af. Wilt u dat niet? Bel ons dan.

Belangrijk: vertel ons altijd als u geld verdient. Ook als het maar een klein beetje is.

Met vriendelijke groet,
[[p:S. Hoogendoorn]], {{r:klantmanager}}
Telefoon: [[t:0172 46 51 08]]""",
]

# ---------------------------------------------------------------- batch 8
HAND += [
    r"""Gespreksverslag keukentafelgesprek – {{o:Gemeente Delft}}
Zaak: [[z:DLF-WMO-2024-2071]]
Datum/tijd: [[d:vr 13-09-2024]], 14:00–15:15
Locatie: [[a:Hof van Delftlaan 61]], [[pc:2613 BL]] Delft ({{w:Hof van Delft}})
Aanvrager: dhr. [[p:Mehmet Aksoy]] (71), BSN [[b:103174850]]
Partner: mw. [[p:Zeynep Aksoy-Demir]] (68)
Aanwezig: beiden, schoondochter [[p:Kübra]], {{r:Wmo-consulent}} [[p:Iris de Groot]], tolk Turks (via {{o:Tolk- en Vertaalcentrum Nederland}})

Meneer heeft na een herseninfarct een halfzijdige verlamming links. Revalidatie bij {{o:Basalt}} is afgerond. Mevrouw zorgt voor hem, maar is klein en kan hem niet tillen. Zoon [[p:Burak]] woont in {{w:Voorhof}} en komt 's avonds.
Afspraken: tillift + hoog-laagbed via wijkverpleging ({{o:Pieter van Foreest}}), dagbesteding 2 dagen bij {{o:Ouderencentrum Het Laske}}, mantelzorgwaardering aanvragen voor mw. [[p:Aksoy-Demir]].""",
    r"""[[p:Iris]] → [[p:Hind]]: kun jij bij het gezin [[p:Aksoy]] ook even naar de financiën kijken? [[p:Kübra]] zei na afloop dat er een aanmaning van de zorgverzekeraar ligt. Ik heb het nummer van [[p:Burak]]: [[t:06-4419 2278]]. Niet via meneer zelf, hij schaamt zich.""",
    r"""Opmerking bij beschikking [[z:KW-2024-0117]] (mantelzorg/HH [[p:Haasnoot]]):
In de beschikking staat het BSN van mevrouw ([[b:497104970]]) maar de aanvrager is meneer [[p:Arie Haasnoot]] (BSN [[b:201 877 892]]). Beschikking intrekken en opnieuw versturen! Datum laten staan op [[d:1 februari 2024]]. – [[p:Marieke K.]]""",
    r"""Telefonisch consult – {{o:Sociaal Team Gouda}}
[[d:woensdag 15 mei 2024]], [[p:Bram Verweij]]
Beller: mw. [[p:Akosua Mensah]] (44), [[a:Achter de Kerk 12]], Gouda, klantnr. [[z:G-771204]]
Mevrouw belt over bijzondere bijstand voor de begrafenis van haar moeder [[p:Adwoa Mensah]], overleden op [[d:2 mei]] in Gouda. De kosten (ca. € 6.800) kan de familie niet betalen; haar broer [[p:Kofi]] in Amsterdam betaalt een deel. Er was geen uitvaartverzekering.
Uitgelegd dat eerst de nalatenschap wordt bekeken. Mevrouw stuurt de nota van {{o:Uitvaartzorg Gouda}}, bankafschriften en haar rekeningnummer [[i:NL78 TRIO 9471 8991 57]] naar [[e:b.verweij@gouda.nl]].""",
    r"""Leidschendam-Voorburg, [[d:8 oktober 2024]]
Ons kenmerk: [[z:LV-WMO-2024-02477]]

Aan: de heer [[p:W. Smit]]
t.a.v. zijn gemachtigde mevrouw [[p:Ans Smit-Koning]]
[[a:Veursestraatweg 160]]
[[pc:2265 CK]] Leidschendam

Beste mevrouw [[p:Smit-Koning]],

U heeft namens uw man een rolstoel gevraagd. Dank u wel voor het gesprek op [[d:24 september]].

Wij hebben een {{r:ergotherapeut}} gevraagd om te kijken welke rolstoel het beste past. Zij heet [[p:Noor]] en belt u deze week.

Heeft u vragen? Mail dan naar [[e:t.dejong@lv.nl]] of bel [[p:Thijs de Jong]]: [[t:070 - 300 82 64]].

Met vriendelijke groet,
[[p:Thijs de Jong]], {{r:Wmo-consulent}}""",
]


# ---------------------------------------------------------------- generator (small, for variety)
FIRST = {
    "nl": [
        "Anja",
        "Wim",
        "Henk",
        "Marjolein",
        "Sjaak",
        "Roos",
        "Bep",
        "Kees",
        "Gerda",
        "Joop",
        "Lies",
        "Dirk",
        "Mieke",
        "Teun",
        "Jannie",
    ],
    "ma": ["Khadija", "Mustapha", "Zineb", "Youssef", "Hafsa", "Said", "Nora", "Bilal"],
    "tr": ["Ayşe", "Hüseyin", "Emine", "Kemal", "Derya", "Yusuf"],
    "sr": ["Radjesh", "Sharda", "Rakesh", "Nirmala", "Glenn", "Ursula"],
    "an": ["Jurmaine", "Shurandy", "Melva", "Giselle"],
    "cv": ["Adilson", "Nelida", "Joaquim"],
    "pl": ["Krzysztof", "Magdalena", "Piotr", "Ewa"],
    "bg": ["Svetla", "Nikolay", "Radostina"],
    "ro": ["Mihai", "Elena", "Cristina"],
    "sy": ["Mahmoud", "Rasha", "Ghaith"],
    "er": ["Tesfaye", "Helen", "Semhar"],
    "so": ["Faadumo", "Abdiqani", "Hodan"],
    "af": ["Zarghona", "Habibullah", "Mariam"],
    "cn": ["Mei", "Wei", "Jia Hui"],
    "gh": ["Kwabena", "Efua", "Yaw"],
}
LAST = {
    "nl": [
        "Bakker",
        "Visser",
        "de Wit",
        "Koster",
        "Post",
        "Koning",
        "Prins",
        "de Boer",
        "Schaap",
        "Haasnoot",
        "Vreugdenhil",
        "van der Hoeven",
        "Kok",
        "Molenaar",
        "Winter",
        "de Haas",
        "Zwart",
        "Baas",
    ],
    "ma": ["El Idrissi", "Bouzerda", "Ait Taleb", "Chaouch", "Ouahabi", "El Ghazaoui"],
    "tr": ["Öztürk", "Yılmaz", "Şahin", "Demir", "Arslan"],
    "sr": ["Ramdin", "Jagroep", "Sewdien", "Mahabier", "Kromodimedjo", "Biharie"],
    "an": ["Martina", "Isenia", "Winklaar", "Statia"],
    "cv": ["Tavares", "Monteiro", "Gomes Delgado"],
    "pl": ["Kowalczyk", "Zieliński", "Wójcik", "Lewandowski"],
    "bg": ["Georgiev", "Ivanov", "Dimitrov"],
    "ro": ["Ionescu", "Stan", "Popa"],
    "sy": ["Al-Khatib", "Haddad", "Darwish"],
    "er": ["Ghebremedhin", "Tesfamariam", "Haile"],
    "so": ["Warsame", "Abdullahi", "Mohamud"],
    "af": ["Sultani", "Noori", "Rahimi"],
    "cn": ["Zhang", "Liu", "Huang"],
    "gh": ["Boateng", "Asante", "Owusu"],
}
MUNI = {
    "Westland": dict(
        pc=["2671", "2681", "2691", "2291", "2678", "2685"],
        area="0174",
        streets=[
            "Havenstraat",
            "Zuidweg",
            "Molenstraat",
            "Wilhelminastraat",
            "Dijkweg",
            "Emmastraat",
        ],
        wijk=["Naaldwijk", "Monster", "'s-Gravenzande", "Wateringen", "De Lier", "Poeldijk"],
        org=["Vraagwijzer", "Vitis Welzijn", "Arcade Wonen"],
        dom="westland.nl",
    ),
    "Zoetermeer": dict(
        pc=["2711", "2712", "2719", "2722", "2725", "2729"],
        area="079",
        streets=[
            "Dorpsstraat",
            "Europaweg",
            "Meerzichtlaan",
            "Amerikaweg",
            "Nutsweg",
            "Leeghwaterstraat",
        ],
        wijk=["Meerzicht", "Palenstein", "Oosterheem", "Driemanspolder", "Noordhove", "Rokkeveen"],
        org=["Sociaal Plein", "Palet Welzijn", "De Goede Woning"],
        dom="zoetermeer.nl",
    ),
    "Delft": dict(
        pc=["2611", "2612", "2624", "2625", "2627", "2629"],
        area="015",
        streets=[
            "Oude Delft",
            "Krakeelpolderweg",
            "Wateringsevest",
            "Buitenwatersloot",
            "Van Foreestweg",
            "Aart van der Leeuwlaan",
        ],
        wijk=["Tanthof", "Buitenhof", "Voorhof", "Wippolder", "Poptahof", "Vrijenban"],
        org=["Sociaal Wijkteam Delft", "Breed Welzijn Delft", "Woonbron"],
        dom="delft.nl",
    ),
    "Rijswijk": dict(
        pc=["2281", "2282", "2283", "2284", "2286", "2288"],
        area="070",
        streets=[
            "Herenstraat",
            "Van Vredenburchweg",
            "Sir Winston Churchilllaan",
            "Lindelaan",
            "Steenvoordelaan",
        ],
        wijk=["Rijswijk-Buiten", "Te Werve", "Steenvoorde", "Muziekbuurt", "Rembrandtkwartier"],
        org=["Loket Wonen, Welzijn en Zorg", "Welzijn Rijswijk", "Rijswijk Wonen"],
        dom="rijswijk.nl",
    ),
    "Leidschendam-Voorburg": dict(
        pc=["2262", "2264", "2266", "2271", "2272", "2275"],
        area="070",
        streets=[
            "Damlaan",
            "Parkweg",
            "Westeinde",
            "Noordsingel",
            "Oosteinde",
            "Burgemeester Banninglaan",
        ],
        wijk=["Prinsenhof", "Damsigt", "Leidschenveen", "Voorburg-West", "De Heuvel", "Bovenveen"],
        org=["Loket Wonen, Welzijn en Zorg", "Vóór Welzijn", "Vidomes"],
        dom="lv.nl",
    ),
    "Gouda": dict(
        pc=["2801", "2802", "2803", "2805", "2807", "2808"],
        area="0182",
        streets=[
            "Turfmarkt",
            "Karnemelksloot",
            "Rotterdamseweg",
            "Lange Tiendeweg",
            "Bodegraafsestraatweg",
            "Fluwelensingel",
        ],
        wijk=[
            "Korte Akkeren",
            "Bloemendaal",
            "Goverwelle",
            "Kort Haarlem",
            "Plaswijck",
            "Oosterwei",
        ],
        org=["Sociaal Team Gouda", "Kwadraad", "Woonpartners Midden-Holland"],
        dom="gouda.nl",
    ),
    "Dordrecht": dict(
        pc=["3311", "3313", "3314", "3317", "3318", "3319"],
        area="078",
        streets=[
            "Voorstraat",
            "Dubbeldamseweg",
            "Patersweg",
            "Bankastraat",
            "Brouwersdijk",
            "Vrieseweg",
        ],
        wijk=["Crabbehof", "Wielwijk", "Krispijn", "Sterrenburg", "Stadspolders", "Reeland"],
        org=["Sociaal Wijkteam Dordrecht", "Sociale Dienst Drechtsteden", "Trivire"],
        dom="drechtsteden.nl",
    ),
    "Alphen aan den Rijn": dict(
        pc=["2401", "2402", "2403", "2405", "2406", "2408"],
        area="0172",
        streets=[
            "Hooftstraat",
            "Raadhuisstraat",
            "Prins Bernhardlaan",
            "Lijnbaan",
            "Eisenhowerlaan",
            "Zegerplas",
        ],
        wijk=["Kerk en Zanen", "Ridderveld", "Ouderijn", "Oudshoorn", "Zegersloot", "Hoorn"],
        org=["Sociaal Team Alphen", "Tear", "Woningstichting Alphen"],
        dom="alphenaandenrijn.nl",
    ),
    "Katwijk": dict(
        pc=["2221", "2222", "2223", "2224", "2225", "2231"],
        area="071",
        streets=["Princestraat", "Voorstraat", "Zeeweg", "Rijnstraat", "Hoorneslaan", "Kerkstraat"],
        wijk=["Katwijk aan Zee", "Rijnsoever", "Hoornes", "Rijnsburg", "Valkenburg"],
        org=["Sociaal Team Katwijk", "Welzijn Katwijk", "Dunavie"],
        dom="katwijk.nl",
    ),
    "Lansingerland": dict(
        pc=["2651", "2652", "2661", "2662", "2665", "2666"],
        area="010",
        streets=[
            "Raadhuislaan",
            "Noordeindseweg",
            "Dorpsstraat",
            "Hoofdstraat",
            "Boterbloemstraat",
        ],
        wijk=["Berkel en Rodenrijs", "Bergschenhoek", "Bleiswijk", "Westpolder", "Oostland"],
        org=["Welzijn Lansingerland", "Wooncompas", "Kwadraad"],
        dom="lansingerland.nl",
    ),
}
ROLES = [
    "Wmo-consulent",
    "klantmanager",
    "schuldhulpverlener",
    "budgetcoach",
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "ouderenadviseur",
    "consulent",
    "inkomensconsulent",
    "casusregisseur",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            return r.choice(
                [s, s, s[:4] + "." + s[4:6] + "." + s[6:], s[:3] + " " + s[3:6] + " " + s[6:]]
            )


def make_iban(r):
    bank = r.choice(BANKS)
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
    s = "NL%02d%s%s" % (98 - num % 97, bank, acc)
    f = r.random()
    if f < 0.45:
        return s
    if f < 0.9:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s.lower()


def make_date(r, year=True):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2024, 2025])
    opts = [
        "%d %s %d" % (d, MONTHS[m - 1], y),
        "%02d-%02d-%d" % (d, m, y),
        "%d-%d-'%02d" % (d, m, y % 100),
        "%s %d %s" % (r.choice(DAYS), d, MONTHS[m - 1]),
        "%d/%d" % (d, m),
        "%d-%02d-%02d" % (y, m, d),
        "%d %s%s %d" % (d, MON3[m - 1], "" if m == 5 else r.choice([".", ""]), y),
        "%02d.%02d.%d" % (d, m, y),
        "%d-%d-%02d" % (d, m, y % 100),
        "%d %s" % (d, MONTHS[m - 1]),
    ]
    if not year:
        opts = [o for o in opts if str(y) not in o] or opts
    return r.choice(opts)


def make_mobile(r):
    n = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    f = r.randrange(7)
    return [
        "0%s-%s" % (n[0], n[1:]),
        "0%s %s %s" % (n[0], n[1:5], n[5:]),
        "0%s-%s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]),
        "+31 %s %s %s" % (n[0], n[1:5], n[5:]),
        "0031 %s %s" % (n[0], n[1:]),
        "+31(0)%s-%s" % (n[0], n[1:]),
        "0%s%s" % (n[0], n[1:]),
    ][f]


def make_landline(r, area):
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    rest = str(r.randint(2, 8)) + rest[1:]
    f = r.randrange(4)
    if f == 0:
        return "%s-%s" % (area, rest)
    if f == 1:
        return "(%s) %s %s %s" % (area, rest[:-4], rest[-4:-2], rest[-2:])
    if f == 2:
        return "%s %s" % (area, rest)
    return "+31 %s %s" % (area[1:], rest)


def make_dossier(r, muni):
    y = r.choice([2023, 2024, 2025])
    ab = {
        "Westland": "WL",
        "Zoetermeer": "ZTM",
        "Delft": "DLF",
        "Rijswijk": "RW",
        "Leidschendam-Voorburg": "LV",
        "Gouda": "G",
        "Dordrecht": "DOR",
        "Alphen aan den Rijn": "AL",
        "Katwijk": "KW",
        "Lansingerland": "LL",
    }[muni]
    n = r.randint(100, 99999)
    return r.choice(
        [
            "%s-%d-%05d" % (ab, y, n),
            "Z/%02d/%06d" % (y % 100, n * 7),
            "%d-%05d" % (y, n),
            "#%d" % n,
            "%07d" % (n * 31),
            "%s/WMO/%d/%04d" % (ab, y, n % 10000),
            "R%07d" % n,
            "SHV-%02d-%04d" % (y % 100, n % 10000),
        ]
    )


def make_address(r, m):
    num = r.randint(1, 340)
    suf = r.choice(["", "", "", "a", "-B", "-hs", "-II", " bis", "B", "-1", "-3"])
    return "%s %d%s" % (r.choice(m["streets"]), num, suf)


def make_pc(r, m):
    L = "ABCDEGHJKLMNPRSTVWXZ"
    pc = r.choice(m["pc"]) + r.choice(["", " "]) + r.choice(L) + r.choice(L)
    return pc


FEM = {
    "Anja",
    "Marjolein",
    "Roos",
    "Bep",
    "Gerda",
    "Lies",
    "Mieke",
    "Jannie",
    "Khadija",
    "Zineb",
    "Hafsa",
    "Nora",
    "Ayşe",
    "Emine",
    "Derya",
    "Sharda",
    "Nirmala",
    "Ursula",
    "Melva",
    "Giselle",
    "Nelida",
    "Magdalena",
    "Ewa",
    "Svetla",
    "Radostina",
    "Elena",
    "Cristina",
    "Rasha",
    "Helen",
    "Semhar",
    "Faadumo",
    "Hodan",
    "Zarghona",
    "Mariam",
    "Mei",
    "Jia Hui",
    "Efua",
}


def person(r, origin=None, fem=None, avoid=None):
    o = origin or r.choice(list(FIRST))
    while True:
        f = r.choice(FIRST[o])
        if (fem is None or (f in FEM) == fem) and f != avoid:
            return o, f, r.choice(LAST[o])


def place(r, mname, m):
    if mname in ("Westland", "Lansingerland"):
        return "{{w:%s}}" % r.choice(m["wijk"])
    return "%s ({{w:%s}})" % (mname, r.choice(m["wijk"]))


def email_for(r, first, last, dom=None):
    base = last.lower().replace(" ", "").replace("-", "")
    base = (
        base.replace("ş", "s")
        .replace("ı", "i")
        .replace("ö", "o")
        .replace("ü", "u")
        .replace("ń", "n")
        .replace("ó", "o")
        .replace("ę", "e")
    )
    f = first.lower().replace(" ", "").replace("ş", "s").replace("ü", "u").replace("ü", "u")
    if dom:
        return "%s.%s@%s" % (f[0], base, dom)
    return r.choice(
        [
            "%s.%s@gmail.com" % (f, base),
            "%s%s%d@hotmail.com" % (f, base, r.randint(1, 99)),
            "%s_%s@live.nl" % (f[0], base),
            "%s.%s@kpnmail.nl" % (f, base),
            "%s%d@outlook.com" % (f, r.randint(70, 2005)),
        ]
    )


def _prof(r):
    o, f, l = person(r, r.choice(["nl", "nl", "nl", "ma", "tr", "sr"]))
    return f, l


ISSUES = [
    "heeft een huurachterstand van %d maanden",
    "vraagt hulp bij het huishouden na een val",
    "redt het niet met de post en de rekeningen",
    "is overbelast als mantelzorger voor een ouder",
    "heeft een aanmaning van de zorgverzekeraar gekregen",
    "wil weten waarom de toeslag is gestopt",
    "komt niet meer buiten sinds de operatie",
    "is uit huis gezet en slaapt bij vrienden",
]


def issue(r):
    s = r.choice(ISSUES)
    return s % r.randint(2, 5) if "%d" in s else s


def t_form(r, mname, m):
    o, f, l = person(r)
    cf, cl = _prof(r)
    role = r.choice(ROLES)
    lines = [
        "Klantgegevens – {{o:%s}} (%s)" % (r.choice(m["org"]), mname),
        "Naam: [[p:%s %s]]" % (f, l),
        "Geboortedatum: [[d:%02d-%02d-%d]]"
        % (r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2004)),
        "BSN: [[b:%s]]" % make_bsn(r),
        "Adres: [[a:%s]], [[pc:%s]] %s" % (make_address(r, m), make_pc(r, m), place(r, mname, m)),
        "Telefoon: [[t:%s]]" % make_mobile(r),
    ]
    if r.random() < 0.6:
        lines.append("E-mail: [[e:%s]]" % email_for(r, f, l))
    if r.random() < 0.7:
        lines.append("IBAN: [[i:%s]]" % make_iban(r))
    lines.append("Klantnummer: [[z:%s]]" % make_dossier(r, mname))
    rel = r.choice(["partner", "zoon", "dochter", "zus", "buurvrouw", "broer"])
    po, pf, pl = person(
        r,
        o,
        fem=rel in ("dochter", "zus", "buurvrouw") or None
        if rel != "zoon" and rel != "broer"
        else False,
        avoid=f,
    )
    lines.append("")
    lines.append(
        "Notitie: klant %s. %s [[p:%s]] is contactpersoon. Behandelend {{r:%s}}: [[p:%s %s]]."
        % (issue(r), rel.capitalize(), pf, role, cf, cl)
    )
    return "\n".join(lines)


def t_quick(r, mname, m):
    o, f, l = person(r)
    cf, cl = _prof(r)
    tit = r.choice(["mw", "dhr", "mevr.", "mw.", "meneer"])
    parts = [
        "[[d:%s]] tel. gesprek met %s [[p:%s]] ([[z:%s]])."
        % (make_date(r, False), tit, l.lower(), make_dossier(r, mname)),
        "%s %s." % (r.choice(["klant", "cliënt", "aanvrager"]), issue(r)),
    ]
    if r.random() < 0.5:
        parts.append("rekeningnr gewijzigd naar [[i:%s]], afschrift gevraagd." % make_iban(r))
    else:
        parts.append("doorgezet naar {{r:%s}} [[p:%s]]." % (r.choice(ROLES), cf))
    parts.append(
        "terugbellen op [[t:%s]] %s. – [[p:%s]]"
        % (
            make_mobile(r),
            r.choice(["na 15u", "morgen", "vrijdag", "voor het weekend"]),
            _prof(r)[0].lower(),
        )
    )
    return " ".join(parts)


def t_signal(r, mname, m):
    w = r.choice(m["wijk"])
    a1 = person(r)
    a2 = person(r, fem=True)
    pf1, pl1 = _prof(r)
    pf2, pl2 = _prof(r)
    org = r.choice(m["org"])
    return (
        "Signaleringsoverleg {{w:%s}} (%s), [[d:%s]]\n"
        "Aanwezig: [[p:%s]] ({{o:%s}}), [[p:%s %s]] ({{r:%s}}).\n"
        "- [[a:%s]]: %s [[p:%s]] %s. [[p:%s]] gaat langs.\n"
        "- Fam. [[p:%s]]: moeder [[p:%s]] %s; buurvrouw belde. Actie: {{r:%s}}.\n"
        "Volgende overleg: [[d:%s]]."
        % (
            w,
            mname,
            make_date(r),
            pf1,
            org,
            pf2,
            pl2,
            r.choice(ROLES),
            make_address(r, m),
            r.choice(["dhr.", "mw.", "mevrouw", "meneer"]),
            a1[2],
            issue(r),
            pf1,
            a2[2],
            a2[1],
            issue(r),
            r.choice(["wijkverpleegkundige", "maatschappelijk werker", "ouderenadviseur"]),
            make_date(r, False),
        )
    )


def t_letter(r, mname, m):
    o, f, l = person(r)
    cf, cl = _prof(r)
    tit = r.choice(["mevrouw", "meneer"])
    body = r.choice(
        [
            "Wij willen graag met u praten over uw vraag. Wij komen bij u thuis op [[d:%s]] om 10.00 uur."
            % make_date(r, False),
            "U krijgt bijzondere bijstand. Wij maken het geld over op uw rekening [[i:%s]]."
            % make_iban(r),
            "Wij missen nog papieren van u. Stuur ze vóór [[d:%s]]. Anders kunnen wij niet verder."
            % make_date(r),
        ]
    )
    return (
        "%s, [[d:%s]]\nKenmerk: [[z:%s]]\n\n%s [[p:%s. %s]]\n[[a:%s]]\n[[pc:%s]] %s\n\n"
        "Beste %s [[p:%s]],\n\n%s\n\nHeeft u vragen? Bel [[p:%s %s]] ({{r:%s}}) op [[t:%s]].\n\nMet vriendelijke groet,\n{{o:%s}}"
        % (
            mname,
            make_date(r),
            make_dossier(r, mname),
            tit.capitalize(),
            f[0],
            l,
            make_address(r, m),
            make_pc(r, m),
            (r.choice(m["wijk"]) if mname in ("Westland", "Lansingerland") else mname).upper()
            if r.random() < 0.3
            else (r.choice(m["wijk"]) if mname in ("Westland", "Lansingerland") else mname),
            tit,
            (l[0].upper() + l[1:]),
            body,
            cf,
            cl,
            r.choice(ROLES),
            make_landline(r, m["area"]),
            r.choice(m["org"]),
        )
    )


def t_besch(r, mname, m):
    o, f, l = person(r)
    cf, cl = _prof(r)
    voorz = r.choice(
        [
            "HH 2 u/wk",
            "BG-I 4 u/wk",
            "scootmobiel (bruikleen)",
            "dagbesteding 2 dgd",
            "traplift",
            "rolstoel",
        ]
    )
    s = "BESCHIKKING [[z:%s]] | [[p:%s %s]] | [[a:%s]], [[pc:%s]] | ingang [[d:%s]] | %s | " % (
        make_dossier(r, mname),
        f,
        l,
        make_address(r, m),
        make_pc(r, m),
        make_date(r),
        voorz,
    )
    if r.random() < 0.6:
        s += "BSN [[b:%s]] | " % make_bsn(r)
    s += "cons. [[p:%s %s]] ([[e:%s]])" % (cf, cl, email_for(r, cf, cl, m["dom"]))
    if r.random() < 0.5:
        rel = r.choice(["de zoon", "de dochter", "een neef", "een nicht"])
        po, pf, pl = person(r, o, fem=rel in ("de dochter", "een nicht"), avoid=f)
        s += "\nopm: gemachtigde is %s, [[p:%s %s]], tel [[t:%s]]." % (rel, pf, l, make_mobile(r))
    return s


def t_mail(r, mname, m):
    o, f, l = person(r)
    af, al = _prof(r)
    bf, bl = _prof(r)
    return (
        "Van: [[p:%s %s]] <[[e:%s]]>\nAan: [[p:%s]]\nOnderwerp: %s [[p:%s]] – %s\n\n"
        "Hoi [[p:%s]],\n%s [[p:%s]] ({{w:%s}}, [[a:%s]]). Klant %s. Kun jij vóór [[d:%s]] contact opnemen? Nummer: [[t:%s]].\n"
        "Dossier staat onder [[z:%s]].\nGroet, [[p:%s]]"
        % (
            af,
            al,
            email_for(r, af, al, m["dom"]),
            bf,
            r.choice(["casus", "cliënt", "mw", "dhr"]),
            l,
            r.choice(["urgent", "graag oppakken", "ter info", "vraag"]),
            bf,
            r.choice(
                [
                    "Op het spreekuur was",
                    "Vanochtend belde",
                    "Via de huisarts kwam een signaal over",
                ]
            ),
            f + " " + l,
            r.choice(m["wijk"]),
            make_address(r, m),
            issue(r),
            make_date(r, False),
            make_mobile(r),
            make_dossier(r, mname),
            af,
        )
    )


TEMPLATES = [t_form, t_quick, t_signal, t_letter, t_besch, t_mail]
N_GEN = 38


def gen_texts():
    r = random.Random(44)
    munis = list(MUNI)
    out = []
    for i in range(N_GEN):
        mname = munis[i % len(munis)]
        out.append(TEMPLATES[i % len(TEMPLATES)](r, mname, MUNI[mname]))
    return out


# ==== MAIN
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)
TITLES = (
    "mw",
    "mw.",
    "mevr",
    "mevr.",
    "mevrouw",
    "dhr",
    "dhr.",
    "meneer",
    "de heer",
    "dr.",
    "mr.",
    "dokter",
    "fam.",
)


def strip(marked):
    out, pii, keep, pos, cur = [], [], [], 0, 0
    for x in MARK.finditer(marked):
        pre = marked[pos : x.start()]
        out.append(pre)
        cur += len(pre)
        code, txt = (x.group(1), x.group(2)) if x.group(1) else (x.group(3), x.group(4))
        span = {"start": cur, "end": cur + len(txt)}
        if code in PII:
            span["label"] = PII[code]
            pii.append(span)
        elif code in KEEP:
            span["label"] = KEEP[code]
            keep.append(span)
        else:
            raise ValueError("unknown code %r" % code)
        span["text"] = txt
        out.append(txt)
        cur += len(txt)
        pos = x.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def validate(rec):
    t = rec["text"]
    for tok in ("[[", "]]", "{{", "}}"):
        assert tok not in t, (rec["id"], tok)
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        x = s["text"]
        if s["label"] == "bsn":
            assert bsn_ok(x), (rec["id"], x)
        elif s["label"] == "iban":
            assert iban_ok(x), (rec["id"], x)
        elif s["label"] == "postcode":
            assert re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", x), (rec["id"], x)
        elif s["label"] == "email":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", x), (rec["id"], x)
        elif s["label"] == "phone":
            assert 9 <= len(re.sub(r"\D", "", x)) <= 13, (rec["id"], x)
        elif s["label"] == "person":
            assert x.split()[0].lower() not in TITLES, (rec["id"], x)
        elif s["label"] == "date":
            assert re.search(r"\d", x), (rec["id"], x)


def build():
    marked = [("hand", m) for m in HAND] + [("gen", m) for m in gen_texts()]
    random.Random(4444).shuffle(marked)
    recs = []
    for i, (_, m) in enumerate(marked):
        text, pii, keep = strip(m)
        rec = {"id": "ho44-%04d" % i, "text": text, "pii": pii, "keep": keep}
        validate(rec)
        recs.append(rec)
    return recs, sum(1 for k, _ in marked if k == "gen")


def main():
    recs, n_gen = build()
    assert len(recs) >= 100
    assert n_gen * 3 <= len(recs), "generated texts must be at most a third"
    counts = {}
    for r in recs:
        assert r["pii"], r["id"]
        for s in r["pii"] + r["keep"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    for lab in PII.values():
        assert counts.get(lab, 0) >= 15, (lab, counts.get(lab, 0))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout44.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    npii = sum(counts[l] for l in PII.values())
    words = sum(len(r["text"].split()) for r in recs)
    print(
        "wrote %s: %d texts (%d generated), %.0f words avg"
        % (out, len(recs), n_gen, words / len(recs))
    )
    for lab in list(PII.values()) + list(KEEP.values()):
        print("  %-9s %4d" % (lab, counts.get(lab, 0)))
    print("  person share of pii: %.2f" % (counts["person"] / npii))


if __name__ == "__main__":
    main()
