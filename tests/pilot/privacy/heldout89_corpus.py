#!/usr/bin/env python3
"""Held-out corpus 89: one month (late Sept - early Nov 2024) in the life of
sociaal wijkzorgteam Laak (Den Haag), in the registers its members write.

Texts are written with inline markup and stripped programmatically:
  [[code:span]]  personal data   p=person b=bsn t=phone e=email i=iban
                                 pc=postcode a=address d=date n=dossier
  {{code:span}}  keep context    w=wijk o=org r=role
Run: python3 heldout89_corpus.py  -> writes heldout89.jsonl next to this file.
"""

import json, os, re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []
TEXTS += [
    r"""
[08:47] [[p:Marloes Verhoef]]: Goeiemorgen! Wie heeft vanmiddag ruimte om mee te gaan naar mw. [[p:Roos]]? Zoon belde vrijdag, ze stond 's nachts weer buiten in haar ochtendjas.
[08:52] [[p:Ingrid Bakker]]: ik kan na 14u, heb eerst wondzorg in {{w:Spoorwijk}}
[08:53] [[p:Marloes Verhoef]]: top. 14.30 bij haar voor de deur? [[a:Vlietstraat 44-II]], bel bij de bovenste
[08:55] [[p:Youssef El Khatib]]: [[p:Ingrid]] neem je de MMSE mee? laatste was in april
[08:55] [[p:Ingrid Bakker]]: 👍
""",
    r"""
[[d:30-09]] hb dhr [[p:amrani]] ([[n:SWT-LK-2024-0091]]), samen met [[p:Esra]] ({{o:Schuldhulp}}). vrouw [[p:Khadija]] deed open, dhr lag nog op bed. stapel post in de gang, ongeopend, oa aanmaningen {{o:CAK}}, {{o:Eneco}} en deurwaarder. huurachterstand volgens dhr '2 of 3 mnd', brief {{o:Haag Wonen}} zegt 5. zoon [[p:Bilal]] (19) werkt bij {{o:PostNL}}, draagt € 150 p/m bij. afspraak: [[p:Esra]] maakt overzicht, volgende hb do [[d:3/10]] 10u. dhr wil geen bewind ("dan ben ik een kind"). LVB vermoeden, overleggen met {{r:MEE-consulent}} [[p:Tomasz]].
""",
    r"""
Van: [[p:Marloes Verhoef]] <[[e:m.verhoef@denhaag.nl]]>
Aan: Huisartsenpraktijk [[p:Hoop]] <[[e:assistentes.praktijkhoop@zorgmail.nl]]>
Datum: [[d:maandag 30 september 2024]] 11:02
Onderwerp: mw. [[p:G. Roos-van Dijk]], geb. [[d:14-02-1943]]

Beste dokter [[p:Hoop]],

Via haar zoon hebben wij een zorgmelding gekregen over uw patiënte mevrouw [[p:Roos-van Dijk]], [[a:Vlietstraat 44-II]]. Zij is de afgelopen weken minstens twee keer 's nachts buiten aangetroffen door buren. Mevrouw heeft vorige week de toestemmingsverklaring getekend, zoon was daarbij.

Vanmiddag gaan ik en onze {{r:wijkverpleegkundige}} op huisbezoek. Zou u willen nagaan of er al een verwijzing naar de geheugenpoli is geweest? Wij horen graag of u bezwaar heeft tegen inzet van een {{r:casemanager dementie}}.

Met vriendelijke groet,
[[p:Marloes Verhoef]]
{{r:Casusregisseur}} Sociaal Wijkzorgteam {{w:Laak}}
{{o:Gemeente Den Haag}} | [[t:06-21 48 73 90]]
""",
    r"""
AANMELDFORMULIER SOCIAAL WIJKZORGTEAM
Binnengekomen via: {{o:Servicepunt XL}} {{w:Laak}}
Datum aanmelding: [[d:01-10-2024]]
Naam cliënt: [[p:Warsame, A.]]
Geboortedatum: [[d:12-03-1966]]
Adres: [[a:Hildebrandplein 9-C]]
Postcode/woonplaats: [[pc:2522 CW]] Den Haag
Telefoon: [[t:06 4872 1930]]
BSN: [[b:1942.51.263]]
Hulpvraag (in woorden cliënt): "Ik snap de brieven niet meer en ik zit de hele dag alleen."
Bijzonderheden: diabetes type 2, loopt moeizaam, spreekt redelijk Nederlands, Somalisch is voorkeurstaal.
Aangemeld door: [[p:Fenna]] ({{r:baliemedewerker}})
Toestemmingsverklaring getekend: ja / nee
""",
    r"""
Verslag teamoverleg SWT {{w:Laak}} – [[d:dinsdag 1 oktober]]
Aanwezig: [[p:Marloes]] (vz), [[p:Youssef]], [[p:Ingrid]], [[p:Sanne]], [[p:Priya]], [[p:Tomasz]], [[p:Henk]], [[p:Esra]], [[p:Kim]] (notulen)
Afwezig: [[p:Joost]] (ziek)

1. Mededelingen
- [[p:Joost]] is ziek, [[p:Marloes]] neemt de coördinatie deze week waar.
- [[p:Anouk Smit]] ({{o:CAOP}}) komt op [[d:15 oktober]] langs om de pilot toe te lichten. Graag allemaal aanwezig.
- Herfstvakantie: [[p:Henk]] en [[p:Priya]] zijn een week weg, overdracht volgt.

2. Nieuwe aanmeldingen
- dhr. [[p:Warsame]] ({{o:Servicepunt XL}}), eenzaamheid + post. [[p:Priya]] pakt op samen met [[p:Sanne]] (Wmo).
- mw. [[p:Petrova]], via {{o:GGD}}, zwanger en niet ingeschreven in de BRP. [[p:Tomasz]] spreekt wat Bulgaars? → nee, Pools. Tolk regelen. [[p:Youssef]] pakt op.

3. Casuïstiek
- mw. [[p:Roos]]: huisbezoek gisteren, situatie niet veilig meer. Zie punt bij MDO.
- dhr. [[p:De Wit]] ([[a:Laakkade 7a]]): wijkagent heeft weer klachten van buren over stank. Bemoeizorg, [[p:Henk]] en {{r:SPV}} [[p:Dewi]] gaan samen.

Actiepunten: zie lijst in Teams.
""",
    r"""
Verpleegkundige rapportage [[d:30-9-2024]], 14:35 – 15:50
Cliënt: [[p:G. Roos-van Dijk]], [[d:14-02-1943]], samen met {{r:casusregisseur}} [[p:M. Verhoef]].

Mw. ontvangt ons vriendelijk, herkent mij niet van vorige keer. Woning rommelig, koelkast bevat bedorven melk en drie pakken vla. Baxterrollen van [[d:27/9]] en [[d:28/9]] nog ongeopend in de la. RR 156/88, gewicht 54,2 kg (was 58 in juni). MMSE 19/30 (april: 23/30). Oriëntatie in tijd gestoord, noemt het "de zomer van '63".
Mw. zegt dat haar man zo thuis komt; echtgenoot is overleden in 2011.
Zoon [[p:Dennis Roos]] ([[t:06-28114502]]) woont in Zoetermeer en komt 1x per week. Buurvrouw [[p:Jannie]] van driehoog kijkt mee.
Plan: thuiszorg 2x daags medicatie, verwijzing {{r:casemanager dementie}} via huisarts, alarmering aanvragen. – [[p:IB]]
""",
    r"""
Wachtlijst SWT Laak (kopie uit Excel, stand [[d:1-10]])
nr	naam	geb.datum	wijk	aanmelder	status
[[n:2024-0112]]	[[p:Petrova, I.]]	[[d:1995-06-17]]	{{w:Spoorwijk}}	{{o:GGD}}	intake [[d:4-10]]
[[n:2024-0113]]	[[p:Warsame, A.]]	[[d:1966-03-12]]	{{w:Laakkwartier}}	{{o:Servicepunt XL}}	wacht
[[n:2024-0114]]	[[p:Lopes, M. da Graça]]	[[d:1963-08-02]]	{{w:Laakkwartier}}	huisarts	wacht
[[n:2024-0115]]	[[p:Zwart, F.]]	[[d:1965-01-29]]	{{w:Spoorwijk}}	{{o:Brijder}}	intake [[d:7-10]]
[[n:2024-0116]]	[[p:Boateng, K.]]	[[d:1979-11-05]]	{{w:Laakkwartier}}	{{o:UWV}}	wacht
""",
    r"""
Hoi [[p:Arjen]],

Even over mw. [[p:Jolanda van den Berg]] ([[n:BWH-2211]]). Haar leefgeld is deze week weer niet binnengekomen, ze stond gisteren in paniek bij de {{o:Voedselbank}}. Kun jij checken of het naar het juiste rekeningnummer gaat? Volgens haar is het nu [[i:NL04 INGB 1196 2090 89]], de oude rekening bij de Rabo ([[i:NL87RABO6295655352]]) is door de bank opgezegd.

Ze is bereikbaar op [[t:06-33217845]], maar neemt vaak niet op. Beter via haar dochter [[p:Kelly]].

Groet,
[[p:Esra Kaya]]
{{r:schuldhulpverlener}} SWT {{w:Laak}}
""",
    r"""
Melding {{o:Veilig Thuis Haaglanden}} ontvangen [[d:1 oktober 2024]] (kenmerk [[n:VT-2024-18811]]).
Betreft: [[p:N. Bouchtaoui]] (33), geb. [[d:21-07-1991]]
Op [[d:28 september]] politie-inzet op het woonadres na melding van buren (geschreeuw, glas). Ex-partner [[p:Karim Benali]] had een contactverbod maar was toch in de woning. Twee kinderen, [[p:Yasmina]] (7) en [[p:Adam]] (4), waren aanwezig.
{{o:Veilig Thuis}} vraagt het SWT om vrijwillige hulp op te starten; {{o:CJG}} is ook geïnformeerd voor de kinderen. Mw. wil niet naar de opvang. Contactpersoon VT: mw. [[p:F. Post]], [[t:088 - 333 41 90]].
""",
    r"""
Van: [[p:Anouk Smit]] | {{o:CAOP}}
Aan: deelnemers pilot 'Samen werken in het sociale domein'
Onderwerp: Programma bijeenkomst [[d:15 oktober]]

Beste allen,

Fijn dat jullie je hebben opgegeven voor de pilotgroep! Van team {{w:Laak}} doen [[p:Youssef El Khatib]], [[p:Priya Ramcharan]] en [[p:Henk Koster]] mee. Op [[d:dinsdag 15 oktober]] kom ik langs in wijkcentrum De Kempenaar om de vier thema's (ouderen, huiselijk geweld, bemoeizorg, jeugd) verder uit te werken.

Wil iedereen vooraf één casus meenemen die past bij een thema? Graag geanonimiseerd, dus zonder namen, adressen of geboortedata. Vorige keer ging dat niet overal goed.

Hartelijke groet,
[[p:Anouk]]
[[t:06 5190 2283]] | [[e:a.smit@caop.nl]]
""",
    r"""
CONCEPT casusles – bemoeizorg bij een vervuilde woning (nog niet anonimiseren vergeten!!)

Een man van 67 ([[p:Rinus]]) woont al 30 jaar in een benedenwoning in {{w:Laakkwartier}}. Sinds de dood van zijn moeder verzamelt hij spullen; de gang is niet meer begaanbaar. Buren klagen al sinds 2021 bij {{o:Haag Wonen}} en de {{r:wijkagent}}. Hij laat niemand binnen, behalve zijn broer [[p:Cor]].

Wat werkte: niet aanbellen met een formulier, maar drie keer langsgaan met koffie. De {{r:ouderenconsulent}} vroeg naar zijn duiven in plaats van naar de troep. Pas bij het vierde bezoek ([[d:12 september]]) mochten we de keuken zien.

Les: bemoeizorg vraagt tijd die je niet op één formulier kwijt kunt.
""",
    r"""
sms aan dhr. [[p:Warsame]] [[d:2/10]] 09:12: "Goedemorgen meneer [[p:Warsame]], ik ben [[p:Priya]] van het wijkzorgteam. Ik kom donderdag om 11 uur bij u langs, samen met mijn collega [[p:Sanne]]. U hoeft niets voor te bereiden. Tot dan!"
antwoord 09:40: "ok dank u. [[p:Hawa]] mijn nicht is ook daar"
→ nicht heet [[p:Hawa]], tel. onbekend. Noteren bij netwerk.
""",
    r"""
Overdracht dhr. [[p:E. Martina]] – van {{o:Jeugdformaat}} naar SWT
Geboortedatum: [[d:09-12-2000]] (nu 23, maar dossier loopt nog via 18-/18+ regeling)
Huidige verblijfplaats: bank bij vriend in {{w:Spoorwijk}}, geen eigen postadres. Moeder [[p:Sherida Martina]] woont op [[a:Rijswijkseweg 318B]], [[pc:2516 HE]]; contact wisselend.
Dossiernr. jeugdzorg: [[n:JF-19-04432]]
Vorige {{r:jeugdconsulent}}: [[p:Meryem Aydın]] ([[e:m.aydin@jeugdformaat.nl]])
Zorgen: geen inkomen sinds juli, DUO-schuld, blowen, wantrouwen naar instanties. Sterke kant: kookt graag, wil iets in de horeca.
Warme overdracht gepland [[d:vrijdag 4 oktober]] om 13.00 bij {{o:Servicepunt XL}}. – [[p:T. Nowicki]], {{r:MEE-consulent}}
""",
    r"""
Reflectieverslag week 40 – [[p:Kim Schouten]], {{r:stagiaire}} SPH

Deze week ben ik voor het eerst mee geweest op huisbezoek, met [[p:Youssef]] bij een gezin in {{w:Laakkwartier}}. Wat me opviel is hoeveel post er lag. Meneer (ik noem hem hier dhr. [[p:A.]]) zei steeds dat alles "onder controle" was, terwijl zijn vrouw achter hem nee schudde. Ik vond het lastig om niets te zeggen.
In de nabespreking zei [[p:Youssef]] dat je bij mensen met een LVB korte zinnen moet gebruiken en steeds moet checken wat ze hebben begrepen. Dat neem ik mee.
Leerdoel volgende week: zelf een stuk van het gesprek voeren. Volgende begeleidingsgesprek met [[p:Marloes]] op [[d:9 okt.]]
""",
    r"""
[[d:2-10-2024]] tel. contact met woonconsulent [[p:Chantal Mulder]] ({{o:Haag Wonen}}), [[t:070-3 520 318]]. Betreft fam. [[p:Amrani]], [[a:Slachthuisstraat 12-hs]], contractnr. [[n:381-0092-14]]. Achterstand € 3.412,60 (5 mnd). Ontruimingsvonnis is nog niet aangevraagd, dossier ligt wel klaar bij de deurwaarder. [[p:Mulder]] wil wachten als er vóór [[d:18 oktober]] een betalingsregeling is met {{o:Schuldhulp}}. Doorgezet naar [[p:Esra]]. – [[p:YEK]]
""",
    r"""
[14:02] [[p:Esra Kaya]]: [[p:Youssef]] weet jij of [[p:amrani]] een uitkering heeft of loon?
[14:03] [[p:Youssef El Khatib]]: loon, via uitzendbureau. wisselend
[14:03] [[p:Esra Kaya]]: ugh. dan moet ik loonstroken van 3 mnd
[14:04] [[p:Youssef El Khatib]]: [[p:Bilal]] kan ze misschien uit de app halen
[14:05] [[p:Esra Kaya]]: kun je zn nummer sturen?
[14:05] [[p:Youssef El Khatib]]: [[t:0687120453]]
[14:06] [[p:Esra Kaya]]: thx
""",
    r"""
Gespreksverslag intake mevrouw [[p:Petrova]] – [[d:vrijdag 4 oktober 2024]], {{o:GGD}}-locatie, met tolk Bulgaars ([[p:Mihaela]], via {{o:Tolkcentrum}} nummer [[n:TK-558103]]).

Mevrouw [[p:Ivanka Petrova]] (29) is 24 weken zwanger. Ze woont met haar partner [[p:Georgi]] in een kamer boven een winkel aan de [[a:Vaillantlaan 141-A]], samen met vier andere arbeidsmigranten. Ze staat niet ingeschreven, heeft daardoor geen BSN en geen zorgverzekering. De {{r:verloskundige}} van {{o:Verloskundigenpraktijk De Haagse Bloem}} ziet haar wel.
Afspraken: inschrijving BRP op [[d:11/10]] (afspraak is gemaakt), {{o:Sociaal Raadslieden}} voor zorgverzekering, tolk ook bij volgende gesprek. Telefoon mw: [[t:+359 88 412 7730]] (Bulgaars nummer, WhatsApp werkt).
""",
    r"""
Aan: [[e:r.visser@politie.nl]]
CC: [[e:h.koster@mooiwelzijn.nl]]
Onderwerp: Laakkade – meneer [[p:D.W.]]

Hoi [[p:Rob]],

Dank voor je bericht over de nieuwe klachten. We zijn op de hoogte en gaan donderdag [[d:3 oktober]] opnieuw langs met {{r:SPV}} [[p:Dewi Sastrowardojo]] van {{o:Parnassia}}. Ik zou het fijn vinden als je er niet in uniform bij bent, want meneer [[p:de Wit]] raakt dan meteen in de verdediging. Ik laat je daarna weten hoe het ging.

Groeten,
[[p:Henk Koster]]
{{r:ouderenconsulent}}, {{o:Mooi Welzijn}}
""",
    r"""
Gespreksverslag aanvraag Wmo huishoudelijke ondersteuning
Zaaknummer: [[n:Wmo-24-18377]]
Aanvrager: dhr. [[p:J. (Hans) Kok]], [[d:03-05-1939]]
Adres: [[a:Boeierstraat 62-1]], [[pc:2521BN]] Den Haag
Telefoon: [[t:(070) 388 21 07]]
Gesprek gevoerd op: [[d:02-10-2024]] door [[p:S. de Roos]], {{r:Wmo-adviseur}}
Conclusie: dhr. is sinds overlijden echtgenote (2022) niet meer in staat het huis schoon te houden. Dochter [[p:Marian]] woont in Canada. Indicatie HH1, 2 uur per week, via {{o:Florence}}. Eigen bijdrage € 21,80 per maand via {{o:CAK}}.
""",
    r"""
Notitie – mw [[p:jagessar]] belde [[d:3/10]] in tranen. moeder ([[p:Sita Ramdin]], 79) is gevallen, ligt in {{o:HMC}} Westeinde met gebroken heup. mw zorgt al 4 jr alleen voor haar, man [[p:Ravi]] werkt in ploegen. ze kan niet meer, slaapt slecht, heeft zelf ook hoge bloeddruk. wil weten of moeder naar revalidatie kan ipv naar huis. terugbellen op [[t:06 19 45 82 07]] na 16u. → [[p:Henk]]? of [[p:Ingrid]] ivm transfer.
""",
    r"""
Van: [[p:Tomasz Nowicki]]
Aan: [[p:Marloes Verhoef]]
Onderwerp: RE: dhr [[p:Amrani]] LVB?

Hey [[p:Marloes]],
Ik heb het dossier van dhr. [[p:Amrani]] gelezen. Vind ik inderdaad LVB-achtig: hij heeft speciaal onderwijs gehad (zegt [[p:Khadija]]), kan niet klokkijken op wijzerklok en tekent alles wat hij krijgt. Ik kan een SCIL-screening doen, duurt 15 minuten. Kunnen we donderdag [[d:10/10]] samen gaan? Dan niet allebei met laptop, hij schrikt ervan.
Sorry voor mijn Nederlands haha, te snel getypt.
[[p:Tomasz]]
""",
    r"""
MDO ouderen {{w:Laak}} – [[d:donderdag 3 oktober]] 13.00-14.30, huisartsenpraktijk [[p:Hoop]]
Aanwezig: dr. [[p:M. Hoop]] ({{r:huisarts}}), [[p:Lotte Brink]] ({{r:POH-ouderen}}), [[p:Ingrid Bakker]] ({{r:wijkverpleegkundige}}), [[p:Henk Koster]] ({{r:ouderenconsulent}}), [[p:Marloes Verhoef]] ({{r:casusregisseur}})

Casus 1: mw. [[p:G.R.]], 81 jr. MMSE 19. Huisarts verwijst naar geheugenpoli {{o:Bronovo}}. {{r:Casemanager dementie}} van {{o:Florence}} wordt ingezet. Zoon wil moeder liever in een verpleeghuis, mw. zelf absoluut niet. Afspraak: eerst thuis met medicatierol + dagbesteding proberen, evaluatie over 6 weken.
Casus 2: dhr. [[p:J.K.]], 85 jr., eenzaam, HH is aangevraagd. [[p:Henk]] koppelt aan een maatje via {{o:Humanitas}}.
Casus 3: mw. [[p:S. Ramdin]], 79, heupfractuur. Transfer vanuit {{o:HMC}} loopt. Mantelzorger (dochter) overbelast → {{o:Mantelzorg Den Haag}}.
""",
    r"""
lol wie heeft mijn oplader meegenomen uit de spreekkamer 😅 wit met een sticker van {{o:Xtra}} erop
– [[p:Youssef]]
[12:41] [[p:Kim Schouten]]: oeps sorry!! ligt in mijn tas, leg hem terug
""",
    r"""
Journaal dhr. [[p:Warsame]] | [[n:SWT-LK-2024-0113]]
[[d:do 3-10]] hb met [[p:Sanne]]. Nicht [[p:Hawa Ali]] aanwezig (studeert in Leiden, komt 1x per 2 wk). Woning netjes maar leeg, geen tv. Dhr zit de hele dag op de bank, gaat alleen naar moskee op vrijdag. Post: belastingdienst (toeslag terugvordering € 1.180), brief {{o:SVB}} over AOW-gat (dhr woont pas sinds 1998 in NL). Voeten: wondje op grote teen, ziet er niet goed uit → [[p:Ingrid]] gevraagd. Dhr wil graag "met landgenoten koffie drinken". [[p:Priya]] zoekt Somalische vrouwen/mannengroep bij {{o:Haags Ontmoeten}}.
""",
    r"""
Aan: [[e:intake@sociaalraadslieden-denhaag.nl]]
Onderwerp: verwijzing mw. [[p:I. P.]], zwanger, niet verzekerd

Goedemiddag,

Graag verwijs ik mevrouw [[p:Ivanka Petrova]] naar u. Mevrouw is 29 jaar, van Bulgaarse afkomst, woont sinds maart in Den Haag en is niet verzekerd. Ze wordt op [[d:11 oktober]] ingeschreven in de BRP. Wilt u haar helpen met het afsluiten van een zorgverzekering en het aanvragen van zorgtoeslag? Ze heeft een tolk nodig (Bulgaars).
Postadres voorlopig: p/a [[p:G. Dimitrov]], [[a:Vaillantlaan 141-A]], [[pc:2526 HB]] Den Haag.

Met vriendelijke groet,
[[p:Youssef El Khatib]], {{r:maatschappelijk werker}}
[[t:06 1538 2204]]
""",
    r"""
Actielijst teamoverleg [[d:1-10-2024]]
| wie | wat | wanneer |
|---|---|---|
| [[p:Priya]] | contact dhr. [[p:Warsame]], groep zoeken | [[d:11-10]] |
| [[p:Youssef]] | intake mw. [[p:Petrova]] + tolk | [[d:4-10]] |
| [[p:Henk]]/[[p:Dewi]] | hb dhr. [[p:de Wit]] | [[d:3-10]] |
| [[p:Esra]] | overzicht schulden [[p:Amrani]] | [[d:17-10]] |
| [[p:Marloes]] | MDO mw. [[p:Roos]] voorbereiden | [[d:3-10]] |
| [[p:Kim]] | sociale kaart Somalische organisaties | eind okt |
""",
    r"""
Hb dhr. [[p:de wit]] [[d:3 okt]] – met [[p:Dewi]] ({{o:Parnassia}}). Na 10 min aanbellen deed hij open. Stank in trappenhuis inderdaad sterk, 2 zakken afval voor de deur. We mochten niet naar binnen, wel in de deuropening gesproken. Hij was boos over "die Marokkaanse buren die altijd klagen". Vertelde zelf dat de wc verstopt is sinds de zomer. Wil wel hulp bij de wc ("dat is toch de taak van {{o:Haag Wonen}}"). Ingang! [[p:Dewi]]: geen acuut psychotisch beeld, wel zelfverwaarlozing. Volgende keer [[d:10/10]] met klusjesman van Haag Wonen. – [[p:HK]]
""",
    r"""
Hoi [[p:Ingrid]], wil jij maandag even naar de teen van dhr [[p:Warsame]] kijken? Adres [[a:Hildebrandplein 9C]]. Hij is er altijd behalve vrijdagmiddag. Dank je! [[p:Sanne]]
""",
    r"""
Beste mevrouw [[p:Jagessar]],

Dank voor uw telefoontje van vanochtend. Zoals afgesproken stuur ik u hierbij de gegevens van de mantelzorgconsulent van {{o:Mantelzorg Den Haag}}: [[p:Naomi Groen]], bereikbaar op [[t:070 - 205 94 13]] of [[e:n.groen@mantelzorgdenhaag.nl]]. U kunt zich ook aanmelden voor de mantelzorgwaardering.

Ik heb met de transferverpleegkundige van het ziekenhuis gesproken. Uw moeder gaat waarschijnlijk op [[d:8 oktober]] naar een revalidatieplek in {{o:Saffier}} De Vijverhof.

Ik bel u volgende week nog even.

Hartelijke groet,
[[p:Henk Koster]]
""",
    r"""
Dossiernotitie [[n:2024-0115]] – [[p:Zwart, Ferry]]
Aanmelding via {{o:Brijder}} ambulant, na ontslag uit kliniek [[d:26-09-'24]].
Dhr. [[p:Zwart]] (59) woont alleen in [[a:Van Musschenbroekstraat 118 III]], [[pc:2522 GR]]. Drinkt sinds 1990 met periodes van abstinentie. Ex-vrouw en twee volwassen kinderen, geen contact. Wel goede band met zus [[p:Ria]] in Rijswijk. Schulden bekend bij {{o:Kredietbank}} ([[n:KB-0448173]]).
Vraag Brijder: dagstructuur en netwerk. Intake SWT [[d:ma 7 okt]] 10.30 met [[p:Youssef]] en {{r:ervaringsdeskundige}} [[p:Ron]].
""",
]
TEXTS += [
    r"""
Intakeverslag [[d:7 oktober 2024]] – dhr. [[p:F. Zwart]]
Aanwezig: dhr. [[p:Zwart]], [[p:Youssef El Khatib]] ({{r:maatschappelijk werker}}), [[p:Ron Hagenaar]] ({{r:ervaringsdeskundige}}, {{o:Brijder}}).
Dhr. is sinds [[d:26 september]] thuis uit de kliniek en drinkt niet. Hij zegt "de dagen zijn zo lang". Vroeger werkte hij als stratenmaker. Hij zou graag weer iets met zijn handen doen. [[p:Ron]] vertelde over zijn eigen herstel en over de werkplaats van {{o:Leger des Heils}} aan de Binckhorstlaan; dhr. reageerde daar heel positief op.
Financiën: uitkering via de Participatiewet, € 1.290 netto, vaste lasten lopen via {{o:Kredietbank}}. Rekening [[i:NL77ABNA5359560544]].
Afspraken: [[p:Ron]] gaat [[d:woensdag 9/10]] mee naar de werkplaats; [[p:Youssef]] belt zus [[p:Ria de Graaf]] ([[t:06-51 80 29 44]]) met toestemming van dhr.
""",
    r"""
[09:03] [[p:Ingrid Bakker]]: teen van [[p:Warsame]] is niet goed. beginnend ulcus, hij voelt er niks van (neuropathie). ik bel de praktijk voor podotherapeut + pedicure
[09:05] [[p:Sanne de Roos]]: oei. dank! heeft hij wel goede schoenen?
[09:06] [[p:Ingrid Bakker]]: nee sloffen met gat 🙈 ik regel via {{o:Stichting Armoedefonds}} iets
[09:06] [[p:Priya Ramcharan]]: ik ga donderdag met hem naar de groep bij {{o:Haags Ontmoeten}}, kan langs de schoenenwinkel
""",
    r"""
VEILIGHEIDSPLAN – vertrouwelijk
Cliënt: [[p:Naima Bouchtaoui]]  |  VT-kenmerk: [[n:VT-2024-18811]]  |  SWT-nr: [[n:SWT-LK-2024-0120]]
Opgesteld: [[d:08-10-2024]] door [[p:Y. El Khatib]] met mw. en [[p:F. Post]] ({{o:Veilig Thuis}})

Huidige woonadres: NIET VERMELDEN (mw. verhuist per [[d:1 november]] naar tijdelijke woning via {{o:Haag Wonen}} urgentie).
Bij dreiging: 112. Buurvrouw [[p:Saida]] (nr. 14) heeft reservesleutel en weet van de situatie.
Kinderen: [[p:Yasmina]] (groep 4) en [[p:Adam]] (peuterspeelzaal). School is ingelicht; alleen mw. en oma [[p:Fatiha Bouchtaoui]] ([[t:06-40 17 63 58]]) mogen de kinderen ophalen.
Ex-partner: [[p:Karim Benali]], geboren [[d:02-02-1988]]. Contactverbod tot [[d:28-03-2025]]. Reclassering betrokken ([[n:RN-24-77301]]).
""",
    r"""
Schuldenoverzicht fam. [[p:Amrani]] (stand [[d:9-10-2024]]) – opgesteld door [[p:E. Kaya]]
schuldeiser | kenmerk | bedrag | status
{{o:Haag Wonen}} (huur) | [[n:381-0092-14]] | € 3.412,60 | regeling aangevraagd
{{o:CAK}} | [[n:CAK 7781 2230 91]] | € 864,00 | bestuursrechtelijke premie
{{o:Eneco}} | klantnr [[n:209388174]] | € 1.127,45 | incasso
{{o:Belastingdienst}}/Toeslagen | [[n:TS-2023-119042]] | € 2.340,00 | terugvordering 2022
{{o:Zilveren Kruis}} | | € 418,20 | aanmaning
Totaal: € 7.862,25. Inkomen dhr. wisselend € 1.600-1.900. Rekening dhr.: [[i:NL98 SNSB 6055 5074 10]]
""",
    r"""
Van: Huisartsenpraktijk [[p:Hoop]]
Aan: [[p:Marloes Verhoef]]
Datum: [[d:di 8 okt 2024]] 16:21
Onderwerp: RE: mw. [[p:G. Roos-van Dijk]]

Beste mevrouw [[p:Verhoef]],

Dokter [[p:Hoop]] heeft geen bezwaar tegen de inzet van een casemanager. De verwijzing naar de geheugenpoli is vandaag verstuurd. Wilt u de zoon vragen om zelf een afspraak te maken? Het telefoonnummer van de poli is bekend bij hem.
Bij spoed kunt u de praktijklijn bellen: [[t:070-3991277]] (optie 2, alleen voor zorgverleners).

Met vriendelijke groet,
[[p:Anja]], {{r:doktersassistente}}
""",
    r"""
Aanvraag woonvoorziening (traplift) – Wmo
Aanvrager: mw. [[p:H. Demir-Yıldırım]]
Geboortedatum: [[d:17-09-1954]]           BSN: [[b:903297085]]
Partner: dhr. [[p:M. Demir]], geb. [[d:01-01-1950]]      BSN partner: [[b:511 671 647]]
Adres: [[a:Neherkade 1844]]  [[pc:2521 VR]]  Den Haag (eigendom {{o:Staedion}})
Contactpersoon: dochter [[p:Elif Demir]], [[t:+31 6 2290 4415]], [[e:elif.demir88@hotmail.com]]
Beperking: mw. artrose beide knieën, dhr. COPD Gold 3. Slaapkamer en badkamer op 1e verdieping. Trap steil, 16 treden.
Advies {{r:ergotherapeut}}: traplift, eerst beoordelen of verhuizing naar benedenwoning mogelijk is (goedkoopst-adequaat).
Wmo-adviseur: [[p:S. de Roos]]           Datum gesprek: [[d:09-10-2024]]
""",
    r"""
Hoi hoi, de BRP-inschrijving van mw [[p:Petrova]] is gelukt!! 🎉 Ze heeft nu een BSN: [[b:520028314]]. Kan iemand van jullie het doorzetten naar {{o:Sociaal Raadslieden}}? Ik zit de rest van de dag bij de cursus. – [[p:Youssef]]
""",
    r"""
[[d:vr 11/10]] – tel. met mw [[p:Popescu]] (via haar buurman die tolkt, [[p:Vasile]]). ze heeft een brief van de deurwaarder: ontruiming op [[d:23 oktober]]!! Adres [[a:Jan Blankenstraat 3 bis]]. huurder bij particuliere verhuurder (dhr. [[p:Lankhorst]]) → zie brief, ligt bij [[p:Esra]].
""",
    r"""
Hoi [[p:Marloes]],
Ik heb net mevrouw [[p:da Graça Lopes]] gesproken (intake, samen met [[p:Priya]]). Korte samenvatting: haar man [[p:Manuel]] is in mei overleden, sindsdien komt ze de deur niet meer uit. Ze praat Kaapverdisch Creools en een beetje Portugees, ons gesprek ging met handen en voeten en met hulp van haar kleindochter [[p:Djeneba]] (16) via videobellen. Ze kookt nog wel voor drie, "want [[p:Manuel]] kan zo binnenkomen".
Zorg: rouw, mogelijk depressie. Huisarts is dr. [[p:Baldewsingh]] in {{w:Transvaal}}. Ik wil graag met toestemming contact met hem.
Adres klopt niet in het systeem: het is [[a:Goudriaankade 211]], niet 112.
Groetjes, [[p:Kim]]
""",
    r"""
Verslag bijeenkomst bewonersinitiatief 'Koffie op de Hoek', {{w:Spoorwijk}} – [[d:9 oktober]]
Ongeveer 20 bewoners aanwezig, waarvan 8 nieuw. [[p:Priya]] ({{r:welzijnscoach}}) en [[p:Kim]] ({{r:stagiaire}}) van het SWT hebben zich voorgesteld. De vrijwilligers [[p:Els]] en [[p:Mustafa]] zetten koffie, er was baklava van mevrouw [[p:Özdemir]]. Gesprek over eenzaamheid: veel ouderen durven 's avonds niet de straat op door de hangjongeren bij het Hildebrandplein.
Actie: [[p:Priya]] nodigt de {{r:buurtsportcoach}} en {{r:wijkagent}} uit voor de volgende keer ([[d:6 november]]).
""",
    r"""
[[d:08-10]] 11.20 telefoon dhr [[p:Rahimi]], via zoon [[p:Farid]] (17) die vertaalt. Dhr heeft nachtmerries, slaapt 3 uur per nacht. Heeft 2019 in Griekenland in kamp gezeten. Geen GGZ-behandeling, wachtlijst {{o:i-psy}} is 9 mnd. Zoon doet alles: brieven, dokter, boodschappen. Zorg om de zoon!! → signaal aan {{o:CJG}}? eerst met dhr bespreken. Afspraak hb [[d:maandag 14/10]] 15u, [[a:Vlietstraat 88A]]. – [[p:yek]]
""",
    r"""
Van: [[p:Priya Ramcharan]] <[[e:p.ramcharan@mooiwelzijn.nl]]>
Aan: [[p:Abdullahi Farah]] <[[e:info@somalischegemeenschapdenhaag.nl]]>
Onderwerp: kennismaking – oudere Somalische meneer zoekt contact

Beste meneer [[p:Farah]],

Ik werk als {{r:welzijnscoach}} in het sociaal wijkzorgteam {{w:Laak}}. Via mijn collega [[p:Kim]] kreeg ik uw gegevens. Ik begeleid een Somalische meneer van 58 die erg eenzaam is. Hij zou graag in contact komen met landgenoten. Organiseert uw vereniging ook ontmoetingen voor oudere mannen? Ik kom graag eens langs om kennis te maken.

Met vriendelijke groet,
[[p:Priya Ramcharan]]
{{r:Welzijnscoach}} – {{o:Mooi Welzijn}}
[[t:06 – 11 93 84 27]]
""",
    r"""
ff checken: mw [[p:chen]] of mw [[p:mei]]? in het dossier staat [[p:Chen Mei]] maar ze zegt zelf [[p:Mei Chen]]. Achternaam is [[p:Chen]] volgens haar ID. Aangepast in Suite. – [[p:Sanne]]
""",
    r"""
Casusbespreking [[d:10 oktober]] – gezin [[p:Chen]]/[[p:Zhang]]
Ingebracht door [[p:Sanne de Roos]].
Mevrouw [[p:Mei Chen]] (52) werkt in de keuken van een restaurant aan de Wagenstraat, 6 dagen per week. Haar man [[p:Wei Zhang]] gokt (online en in de speelhal), de spaarrekening is leeg. Zoon [[p:Jun]] (15) zit op het {{o:Johan de Witt College}} en haalt slechte cijfers. Mw. schaamt zich en wil niet dat de Chinese gemeenschap het weet.
Vragen aan het team: hoe motiveren we meneer voor {{o:Brijder}} (gokken)? Wie betrekt het {{o:CJG}} voor [[p:Jun]]?
Advies: eerst vertrouwen opbouwen bij mw., niet meteen meneer confronteren. [[p:Tomasz]] kent een Chineestalige vrijwilliger bij {{o:Stek}}.
""",
    r"""
[15:31] [[p:Henk Koster]]: Kan iemand mij uitleggen hoe ik in dat nieuwe systeem een notitie op 'vertrouwelijk' zet??
[15:33] [[p:Kim Schouten]]: rechtsboven bij het slotje 🔒
[15:33] [[p:Henk Koster]]: Dank je [[p:Kim]]. Wat zou ik zonder jullie moeten.
[15:34] [[p:Youssef El Khatib]]: papier en pen [[p:Henk]] 😄
""",
    r"""
Aanmelding {{o:Leger des Heils}} werkplaats – formulier
Naam deelnemer: [[p:Ferdinand (Ferry) Zwart]]
Geb.datum: [[d:29-1-1965]]
Adres: [[a:Van Musschenbroekstraat 118-III]], [[pc:2522GR]] 's-Gravenhage
Tel: [[t:06 23 91 08 74]]
BSN: [[b:250598243]]
Verwijzer: [[p:Y. El Khatib]], SWT {{w:Laak}}, [[e:y.elkhatib@xtra.nl]]
Startdatum: [[d:14-10-2024]], 3 ochtenden per week (ma, wo, vr)
""",
    r"""
Beste collega's,

Volgende week maandag en dinsdag ([[d:14/10]] en [[d:15/10]]) ben ik op cursus 'Schulden en LVB'. Mijn cliënten kunnen bij spoed terecht bij [[p:Esra]]. Lopende zaken:
- [[p:Amrani]]: betalingsregeling {{o:Haag Wonen}} moet vóór [[d:18/10]] rond zijn. [[p:Esra]] heeft alles.
- [[p:Petrova]]: BSN binnen, {{o:Sociaal Raadslieden}} belt haar. Tolk is gereserveerd voor [[d:17-10]].
- [[p:Zwart]]: start werkplaats maandag, [[p:Ron]] gaat mee.
- [[p:Bouchtaoui]]: veiligheidsplan staat, niet bellen op haar oude nummer! Nieuw nr: [[t:06-84 22 19 05]].
Groet, [[p:Youssef]]
""",
    r"""
Hb mw [[p:jagessar]] [[d:10-10]] (tuin, mw wilde niet binnen praten ivm man). Moeder zit in {{o:Saffier}}, revalidatie gaat goed. Mw zelf is op: huilt tijdens gesprek, zegt dat ze haar baan bij de thuiszorg heeft opgezegd om voor moeder te zorgen. Broer [[p:Vikash]] in Almere doet niks. Belastbaarheid mantelzorger (EDIZ) 8/9!! Respijtzorg besproken, mw wil eerst zelf "sterk blijven". Volgende stap: familiegesprek met broer. – [[p:Henk]]
""",
    r"""
Dag [[p:Dewi]], zou jij volgende keer bij de [[p:de Wit]] nog een keer naar zijn medicatie willen vragen? Hij zei iets over 'die pillen van vroeger' en ik weet niet of hij ooit bij {{o:Parnassia}} in zorg is geweest. Zijn geboortedatum is [[d:22-06-1957]], misschien kun jij in jullie systeem kijken (met zijn toestemming natuurlijk). Groet [[p:Henk]]
""",
    r"""
Uit het logboek van de balie {{o:Servicepunt XL}} {{w:Laak}}, [[d:9 okt.]]:
– 10:15 mevrouw [[p:A. Popescu]] aan de balie met brief deurwaarder, doorgestuurd naar SWT, [[p:Esra]] gebeld.
– 11:40 meneer [[p:Boateng]] vroeg naar vacatures, verwezen naar {{o:Werkgeversservicepunt}}.
– 13:05 onbekende man vroeg naar [[p:Youssef]], wilde geen naam geven. Beschrijving: ca. 35 jaar, donkere jas. (mogelijk ex-partner cliënt? doorgegeven)
– 15:30 mw. [[p:Kowalczyk]] met vraag over huurtoeslag, afspraak [[d:16/10]].
""",
    r"""
Gespreksverslag [[d:9 oktober 2024]] met dhr. [[p:Kwame Boateng]] (45), [[a:Slicherstraat 33 2e verd.]]
Dhr. is 2 jaar werkloos na sluiting van het distributiecentrum in Bleiswijk. WW is afgelopen, bijstandsaanvraag loopt bij {{o:SZW}} ([[n:BU-2024-0318822]]). Hij is diaken in zijn kerk en daar zeer actief. Vrouw [[p:Akosua]] werkt als schoonmaakster, drie kinderen (10, 13, 17). Dhr. schaamt zich om thuis te zitten, voelt zich "geen man meer".
Doel: werk. Hij heeft een heftruckcertificaat en rijbewijs C. Afgesproken dat [[p:Tomasz]] hem in contact brengt met het {{o:Werkgeversservicepunt}}.
""",
    r"""
Draft – casusles jeugd/ouderen: 'De zoon die alles vertaalt'
Een vader (50) met zware trauma's na de vlucht uit Afghanistan woont met zijn zoon van 17 in {{w:Laakkwartier}}. De zoon, [[p:Farid]], regelt alle post, belt de huisarts en gaat mee naar afspraken. Op school gaat het slecht.
In ons team zagen we de vader als cliënt en de zoon als 'hulpbron'. Pas toen de {{r:jeugdconsulent}} van het {{o:CJG}} aanschoof werd duidelijk dat de zoon zelf een jonge mantelzorger is.
Les: vraag bij elke tolkende jongere wie er voor hém zorgt. Gebruik een professionele tolk (gratis via {{o:Tolkcentrum}} bij eerste gesprekken).
""",
    r"""
Teams-chat met {{o:Haag Wonen}} (extern):
[10:02] [[p:Chantal Mulder]] (Haag Wonen): Hi [[p:Youssef]], de urgentiewoning voor mw. [[p:B.]] is rond. Sleuteloverdracht [[d:31-10]] om 10u op het kantoor aan de Zuidwal. Adres [[a:Rijswijkseweg 401-F]], [[pc:2516 HL]]
[10:04] [[p:Youssef El Khatib]]: super, dank!! ik zal het adres niet in Suite zetten, alleen bij VT
[10:04] [[p:Chantal Mulder]] (Haag Wonen): 👍 contractnummer volgt per post: [[n:HW-2024-55120]]
""",
    r"""
[[d:10/10]] hb dhr [[p:Amrani]] met [[p:Tomasz]] ({{o:MEE}}). SCIL afgenomen: score 14 → LVB waarschijnlijk. Dhr begreep uitleg schuldenoverzicht niet, vroeg 3x "moet ik nu betalen?". [[p:Khadija]] begrijpt meer. Dhr wil nu wél hulp, maar alleen als [[p:Khadija]] erbij is. Bewindvoering besproken als "iemand die samen met u de rekeningen betaalt", dat klonk beter voor hem. Volgende stap: aanvraag bewind bij kantonrechter + {{o:MEE}} als vaste begeleider. Zoon [[p:Bilal]] wil meedenken.
""",
    r"""
Notulen pilotgroep (voorbereiding), [[d:10 oktober]], 16.00-17.00, online
Aanwezig: [[p:Youssef]], [[p:Priya]], [[p:Henk]] (SWT {{w:Laak}}); [[p:Lars Groen]] ({{o:Crossover}}).
[[p:Lars]] legt uit dat iedere deelnemer op [[d:15/10]] één casus kort presenteert (max 5 min). [[p:Henk]] brengt de vervuilde woning in (bemoeizorg), [[p:Priya]] de eenzame oudere (ouderen), [[p:Youssef]] huiselijk geweld.
[[p:Lars]]: "Let op dat casussen echt geanonimiseerd zijn, ook geen straatnamen of leeftijd + nationaliteit samen." Discussie: is '58-jarige Somalische man in {{w:Laakkwartier}}' al herleidbaar? Waarschijnlijk wel in zo'n kleine gemeenschap. Afspraak: leeftijd afronden (50+), geen herkomst als het niet nodig is.
""",
    r"""
Van: [[p:Esra Kaya]]
Aan: [[e:mulder.c@haagwonen.nl]]
CC: [[p:Youssef El Khatib]]
Datum: [[d:11-10-2024]]
Onderwerp: Voorstel betalingsregeling fam. [[p:Amrani]] – contract [[n:381-0092-14]]

Beste mevrouw [[p:Mulder]],

Namens de familie [[p:Amrani]] doe ik u het volgende voorstel: de lopende huur van € 712,44 wordt per [[d:1 november]] via automatische incasso betaald van rekening [[i:NL68TRIO5190255996]] (rekening van de zoon, [[p:Bilal Amrani]], met zijn schriftelijke toestemming). De achterstand wordt in 24 termijnen van € 142,19 afgelost.
Daarnaast wordt beschermingsbewind aangevraagd. Ik hoop dat u de ontruimingsprocedure hiermee kunt opschorten.

Met vriendelijke groet,
[[p:Esra Kaya]], {{r:schuldhulpverlener}}, [[t:06 - 49 03 12 88]]
""",
    r"""
WhatsApp (zakelijke telefoon) – [[p:Ingrid]] ↔ zoon [[p:Dennis Roos]]
[[d:zo 13 okt]] 19:48 [[p:Dennis]]: Hoi [[p:Ingrid]], mijn moeder heeft vandaag niet gegeten, de thuiszorg was er om 12 en ze lag nog op bed. Wat moet ik doen?
20:02 [[p:Ingrid]]: Hoi [[p:Dennis]], goed dat je het laat weten. Ik ben vandaag niet in dienst, maar ik zet het door naar de avonddienst van {{o:HWW zorg}}. Morgen bel ik je om 9 uur.
20:03 [[p:Dennis]]: ok dank je. sorry voor de zondag
""",
    r"""
Dagnotitie [[p:Kim]] [[d:11-10-2024]]: vandaag meegeweest met [[p:Priya]] naar de eerste bijeenkomst van de Somalische ontmoetingsgroep in buurthuis {{o:De Mussen}}. Dhr. [[p:W.]] (cliënt, niet voluit in mijn verslag i.v.m. privacy) was aanwezig en zat naast [[p:Abdullahi]], de organisator. Hij lachte veel. Na afloop zei hij: "Volgende week weer." Mooi om te zien!
""",
    r"""
Zaak [[n:Z/24/558213]] – verzoek beschermingsbewind – concept
Rechthebbende: [[p:Mohamed Amrani]], geboren [[d:11 juni 1970]] te Nador (Marokko)
Adres: [[a:Slachthuisstraat 12-hs]], [[pc:2521 AN]] Den Haag
BSN: [[b:8287.67.580]]
Echtgenote: [[p:Khadija Amrani-Ouali]], geb. [[d:4-4-1974]]
Voorgestelde bewindvoerder: {{o:Bewindvoering Haaglanden}}, mr. [[p:A. de Jong]]
Grond: lichamelijke/geestelijke toestand (LVB, vermoeden), problematische schulden.
""",
    r"""
Hee [[p:Esra]], bij het verzoek voor [[p:amrani]] staat in het concept "mr. [[p:A. de Jong]]", maar [[p:Arjen]] is geen mr. meer toch? Hij is gewoon bewindvoerder sinds hij bij {{o:Bewindvoering Haaglanden}} zit. Beter weghalen voor de rechter. – [[p:Marloes]]
""",
]
TEXTS += [
    r"""
Planning huisbezoeken week 42 (export agenda)
ma [[d:14-10]] 09:30 [[p:Warsame]] – [[a:Hildebrandplein 9-C]] – [[p:Ingrid]] (wond)
ma [[d:14-10]] 15:00 [[p:Rahimi]] – [[a:Vlietstraat 88A]] – [[p:Youssef]] + tolk Dari
di [[d:15-10]] 10:00 [[p:Roos-van Dijk]] – [[a:Vlietstraat 44-II]] – [[p:Marloes]] + casemanager
wo [[d:16-10]] 11:00 [[p:Kowalczyk]] – [[a:Merwedestraat 27]] – [[p:Sanne]]
do [[d:17-10]] 14:00 [[p:Petrova]] – GGD-locatie – [[p:Youssef]] + tolk
vr [[d:18-10]] 10:00 [[p:Popescu]] – [[a:Jan Blankenstraat 3 bis]] – [[p:Esra]]
""",
    r"""
Dag [[p:Youssef]],

Hierbij de bevestiging van de tolkopdracht. Tolk Dari: dhr. [[p:Sayed Hashimi]]. Datum: [[d:maandag 14 oktober 2024]], 15.00-16.00 uur. Locatie: huisbezoek. Opdrachtnummer: [[n:TLK-2024-339087]].
Bij annulering minder dan 24 uur van tevoren worden de kosten in rekening gebracht.

Met vriendelijke groet,
Planning {{o:Tolkcentrum}}
""",
    r"""
Hb dhr. [[p:Rahimi]] [[d:14/10]] met tolk. Dhr. vertelt (voor het eerst) over de vlucht: vrouw en dochter zijn in Iran gebleven. Hij heeft sinds 2 jaar geen contact. Hij voelt zich schuldig dat [[p:Farid]] "een vader zonder kracht" heeft. Wel bereid tot hulp van de {{r:POH-GGZ}}. [[p:Farid]] was op school, bewust zo gepland.
Dhr. gaf toestemming om [[p:Farid]] aan te melden bij het {{o:CJG}} als jonge mantelzorger. Contact CJG: [[p:Meryem]] (zelfde als bij [[p:Martina]], toevallig). [[p:Farid]]'s mobiel: [[t:06 2047 7381]].
BSN dhr.: [[b:843884897]] (voor aanmelding POH).
""",
    r"""
[11:12] [[p:Marloes Verhoef]]: Kort verslag mw [[p:Roos]]: casemanager [[p:Wendy van Leeuwen]] ({{o:Florence}}) was erbij. Mw zat in haar nachthemd, huis koud, verwarming stond uit. [[p:Wendy]] neemt het over qua coördinatie dementie, ik blijf op de achtergrond voor de zoon.
[11:13] [[p:Ingrid Bakker]]: verwarming uit 😟 en het wordt kouder. heeft ze een slimme thermostaat?
[11:15] [[p:Marloes Verhoef]]: nee, oude draaiknop. [[p:Dennis]] gaat vragen of {{o:Eneco}} iets kan. nummer van [[p:Wendy]] is [[t:06-13 09 72 64]] voor wie het nodig heeft
""",
    r"""
Programma pilotbijeenkomst [[d:15 oktober 2024]] – verslag (concept) door [[p:Lars Groen]], {{o:Crossover}}
Locatie: wijkcentrum De Kempenaar, {{w:Laakkwartier}}. 32 deelnemers uit 6 teams.
Opening door [[p:Anouk Smit]] ({{o:CAOP}}). Zij herinnert aan de tijdlijn: kick-off was [[d:22 november 2023]], start februari, expertbijeenkomst april, afsluiting in juni.
Thema's en trekkers:
- Ouderen: [[p:Priya Ramcharan]] ({{w:Laak}}), [[p:Gert-Jan Hulshof]] ({{w:Mariahoeve}})
- Huiselijk geweld: [[p:Youssef El Khatib]] ({{w:Laak}}), [[p:Sabine Kramer]] ({{w:Escamp}})
- Bemoeizorg: [[p:Henk Koster]] ({{w:Laak}}), [[p:Rachid Bouzid]] ({{w:Schilderswijk}})
- Jeugd: [[p:Liesbeth de Vos]] ({{w:Segbroek}})
Opvallend: in drie ingebrachte casussen stonden nog herleidbare gegevens (straat + leeftijd). Afgesproken dat iedereen de checklist anonimiseren gebruikt vóór uploaden naar het kennisplatform.
""",
    r"""
Casus voor pilot (ouderen) – ingebracht door [[p:Priya]]

Een man van 55-60 jaar, alleenwonend, in een flat in het stadsdeel. Hij spreekt de taal redelijk, maar leest slecht. Diabetes, slecht ter been. Het team kwam binnen via een brief die hij niet begreep (terugvordering toeslag). Achter de vraag om hulp bij post zat een grotere vraag: eenzaamheid. Na koppeling aan een ontmoetingsgroep van zijn eigen gemeenschap knapte hij zichtbaar op.
Vraag aan de groep: hoe zorgen we dat dit blijft lopen als ik over drie maanden minder betrokken ben?

[opmerking [[p:Henk]]: netjes geanonimiseerd 👍 alleen 'in de flat bij het Hildebrandplein' stond er eerst nog, heb ik weggehaald]
""",
    r"""
Van: [[p:Sabine Kramer]] <[[e:sabine.kramer@swt-escamp.nl]]>
Aan: [[p:Youssef El Khatib]]
Onderwerp: na de pilot – jullie veiligheidsplan

Hoi [[p:Youssef]],

Leuk je vandaag te spreken! Je vertelde over het format veiligheidsplan dat jullie met {{o:Veilig Thuis}} gebruiken. Zou je een lege versie kunnen sturen? Wij werken nu nog met een Word-documentje uit 2019.
Bij ons in {{w:Escamp}} lopen nu 4 casussen waar kinderen getuige zijn. Het {{o:CJG}} is wel betrokken maar we zitten vaak naast elkaar in plaats van samen.

Groetjes,
[[p:Sabine]]
[[t:06-52 33 18 09]]
""",
    r"""
handover [[p:Henk]] → [[p:Kim]] & [[p:Marloes]] (ik ben weg [[d:19 t/m 27 okt]])

- [[p:de wit]]: volgende hb met klusjesman Haag Wonen is verzet naar [[d:29/10]]. Niet eerder gaan, hij wil mij erbij. Als er klachten komen: [[p:Rob Visser]] (wijkagent) weet ervan, [[t:06-1104 8826]].
- mw [[p:jagessar]]: familiegesprek met broer is [[d:30 oktober]], [[p:Kim]] zou het verslag voorbereiden. Broer: [[p:Vikash Ramdin]], [[e:vikash.ramdin@gmail.com]].
- dhr [[p:kok]]: maatje via {{o:Humanitas}} komt [[d:23/10]] voor kennismaking, [[p:Kim]] gaat mee. Adres [[a:Boeierstraat 62-1]], hij hoort slecht dus hard aanbellen.
- mw [[p:lopes]]: huisarts dr [[p:Baldewsingh]] belt terug, notitie in dossier zetten.
Bedankt! 🌞
""",
    r"""
correctie: ik ben pas vanaf [[d:za 19/10]] weg, dus vrijdag [[d:18/10]] nog gewoon bereikbaar tot 16u. Terug op [[d:maandag 28 oktober]]. – [[p:Henk]]
""",
    r"""
Brief aan cliënt (verstuurd [[d:16 oktober 2024]])

Mevrouw [[p:W. Kowalczyk]]
[[a:Merwedestraat 27]]
[[pc:2521 RL]] DEN HAAG

Ons kenmerk: [[n:SWT/LK/24/0127]]
Onderwerp: uw vraag over huurtoeslag

Geachte mevrouw [[p:Kowalczyk]],

Op [[d:9 oktober]] was u bij het {{o:Servicepunt XL}} met een vraag over huurtoeslag. Zoals afgesproken komt onze {{r:Wmo-adviseur}}, mevrouw [[p:S. de Roos]], op [[d:woensdag 16 oktober]] om 11.00 uur bij u langs. Wilt u uw laatste beschikking van de {{o:Belastingdienst}}, uw huurcontract en uw bankafschriften klaarleggen?

Met vriendelijke groet,
namens het Sociaal Wijkzorgteam {{w:Laak}},
[[p:M. Verhoef]], {{r:casusregisseur}}
""",
    r"""
Hb mw [[p:kowalczyk]] [[d:16/10]]. mw (66) woont sinds 2008 in NL, werkte in kassen in Westland, nu AOW (onvolledig, 16 jaar opgebouwd) + klein Pools pensioen. geen huurtoeslag aangevraagd ("ik wist niet dat dat kon"). Huur € 689. Aanvraag samen ingevuld via Mijn toeslagen, DigiD had ze wel. Rekeningnr voor toeslag: [[i:NL29ASNB6392027197]]. Ook AIO-aanvulling bespreken bij {{o:SVB}}. Mw vroeg of ik haar kleinzoon [[p:Kacper]] kon helpen aan een stage 😊 – [[p:S.d.R.]]
""",
    r"""
[16:47] [[p:Esra Kaya]]: dringend: ontruiming [[p:popescu]] is OVERMORGEN niet over een week. ik lees de brief verkeerd. [[d:23 oktober]] klopt, maar dat is volgende week woensdag. ok geen paniek, wel haast
[16:49] [[p:Marloes Verhoef]]: Oké. Kinderen?
[16:49] [[p:Esra Kaya]]: 2, [[p:Sorin]] 8 en [[p:Daria]] 11
[16:50] [[p:Marloes Verhoef]]: Dan ook {{o:CJG}} en de {{r:jeugdconsulent}}. Ik bel {{o:Sociaal Raadslieden}} voor een kort geding optie. Kun jij de verhuurder bellen?
[16:52] [[p:Esra Kaya]]: doe ik. nummer verhuurder [[p:Lankhorst]]: [[t:06 5544 0217]]
""",
    r"""
Gespreksnotitie [[d:vrijdag 18 oktober]] – mw. [[p:Ana Popescu]] (41), [[a:Jan Blankenstraat 3 bis]], [[pc:2522 EC]]
Aanwezig: mw., buurman [[p:Vasile Ionescu]] (tolkt, op verzoek mw.), [[p:Esra Kaya]].
Achterstand bij particuliere verhuurder: € 4.800 (6 maanden). Mw. heeft haar baan in de vleesverwerking verloren in april, sindsdien geen inkomen; geen bijstand aangevraagd omdat zij dacht dat dit gevolgen heeft voor haar verblijfsrecht. {{o:Sociaal Raadslieden}}: als EU-burger met arbeidsverleden heeft zij recht op bijstand.
Telefoon verhuurder gaf gehoor op [[d:17/10]]: dhr. [[p:Lankhorst]] wil afzien van ontruiming als er vóór [[d:1 november]] € 1.600 betaald wordt. Noodfonds aangevraagd bij {{o:Stichting Urgente Noden}}.
Rekening mw.: [[i:NL76 KNAB 2287 6333 45]].
""",
    r"""
Aan: [[e:aanvragen@sun-haaglanden.nl]]
Onderwerp: spoedaanvraag – dreigende ontruiming gezin met 2 kinderen

Beste medewerker,

Graag dien ik een spoedaanvraag in voor mevrouw [[p:A. Popescu]], [[a:Jan Blankenstraat 3-bis]], [[pc:2522EC]] Den Haag, BSN [[b:399564287]].
Bedrag: € 1.600,- voor huurachterstand, over te maken op rekening van de verhuurder [[p:P.J. Lankhorst]], [[i:NL47RBRB2318941327]], o.v.v. 'huur [[a:Jan Blankenstraat 3 bis]]'.
Voorliggende voorzieningen zijn niet tijdig beschikbaar: bijstandsaanvraag is ingediend op [[d:18-10-2024]] ([[n:BU-2024-0330159]]), maar beslistermijn is 8 weken.

Met vriendelijke groet,
[[p:Esra Kaya]]
{{r:Schuldhulpverlener}} – {{o:Gemeente Den Haag}}
[[t:06 49 03 12 88]] | [[e:esra.kaya@denhaag.nl]]
""",
    r"""
Hey team, wie weet of [[p:mei chen]] al bij het {{o:CJG}} is aangemeld voor [[p:jun]]? ik zie niks in suite. – [[p:Sanne]]
[[p:Tomasz]]: niet door mij. ik heb wel mevrouw [[p:Lin]] van {{o:Stek}} gevraagd of ze mee wil als tolk, ze kan pas na [[d:4 november]]
""",
    r"""
Verslag familiegesprek – voorbereiding (door [[p:Kim]])
Datum gesprek: [[d:woensdag 30 oktober 2024]], 19.00 uur (avond i.v.m. werk broer)
Cliënt: mw. [[p:Shanti Jagessar-Ramdin]], [[d:07-05-1978]]
Moeder: mw. [[p:Sita Ramdin]], [[d:03-11-1945]], nu in {{o:Saffier}} De Vijverhof, terug naar huis gepland na [[d:11 november]]
Broer: dhr. [[p:Vikash Ramdin]], Almere
Partner cliënt: dhr. [[p:Ravi Jagessar]]
Doel: verdeling van mantelzorgtaken, respijt. Vragen die ik wil stellen:
1. Wat kan ieder doen zonder dat het te zwaar wordt?
2. Wat als moeder niet meer thuis kan wonen?
[vraag aan [[p:Henk]]: kan ik dit zo gebruiken?]
""",
    r"""
BSN-check lijst (kopie uit Suite, voor controle toestemmingsverklaringen – NIET MAILEN)
[[p:Amrani, M.]] – [[b:828767580]] – TV getekend [[d:23-09-2024]]
[[p:Boateng, K.]] – [[b:449941863]] – TV getekend [[d:09-10-2024]]
[[p:Demir-Yıldırım, H.]] – [[b:903297085]] – TV getekend [[d:09-10-2024]]
[[p:Kok, J.]] – [[b:369702347]] – TV ontbreekt!!
[[p:Zwart, F.]] – [[b:250598243]] – TV getekend [[d:07-10-2024]]
""",
    r"""
Hoi [[p:Sanne]], ik zie dat bij [[p:Kok]] de toestemmingsverklaring ontbreekt. Heb jij hem op papier? Anders neemt [[p:Kim]] hem [[d:23 oktober]] mee naar de kennismaking met het maatje. Groet [[p:Marloes]]
""",
    r"""
Gespreksverslag {{r:POH-GGZ}} – aanmelding vanuit SWT
Patiënt: [[p:A. Rahimi]], [[d:01-01-1974]] (geboortedatum volgens verblijfsdocument, eigenlijk onbekend)
Telefoon via zoon: [[t:06 2047 7381]]
Verwijzer: [[p:Y. El Khatib]], SWT {{w:Laak}}
Klachten: slapeloosheid, herbelevingen, schuldgevoel, geen suïcidale gedachten (nagevraagd met tolk op [[d:14-10-2024]]).
Verzoek: beoordeling PTSS, eventueel verwijzing {{o:i-psy}} of {{o:Centrum '45}}. Tolk Dari nodig.
""",
    r"""
Van: [[p:Wendy van Leeuwen]] <[[e:w.vanleeuwen@florence.nl]]>
Aan: [[p:Marloes Verhoef]]; [[p:Ingrid Bakker]]
Datum: [[d:17 oktober 2024]]
Onderwerp: mw [[p:R.]] – dagbesteding

Hallo allebei,

Goed nieuws: mevrouw [[p:Roos]] mag vanaf [[d:maandag 4 november]] twee dagen per week naar de dagbesteding van {{o:Florence}} in het Bronovo-gebouw. Ze wordt opgehaald met de taxi om 9.15 uur. [[p:Dennis]] is akkoord.
Ze noemde de dagbesteding trouwens "de soos" en wilde weten of er gedanst wordt. 😊

Groet,
[[p:Wendy]]
{{r:Casemanager dementie}}
""",
    r"""
notitie [[d:17-10]] – [[p:petrova]]: zwangerschapscontrole ok, verzekering per [[d:1 november]] bij {{o:Zilveren Kruis}} (via {{o:Sociaal Raadslieden}}). Partner [[p:Georgi Dimitrov]] heeft nu werk via een uitzendbureau in Honselersdijk. Zoeken naar woonruimte: kamer is te klein voor baby. Zorg: 5 mensen op 1 wc. Melding bij {{o:Team Arbeidsmigratie}} gemeente gedaan ivm overbewoning [[a:Vaillantlaan 141-A]].
""",
    r"""
Mail aan [[e:swt.laak@denhaag.nl]] (doorgestuurd door balie)

hallo ik ben de buurvrouw van meneer [[p:Kok]] op de boeierstraat. hij staat al 2 dagen niet op als ik aanbel en zijn gordijnen zijn dicht. ik maak me zorgen. mijn nummer is [[t:0612905533]]. groet [[p:Truus Bakker]]
""",
    r"""
[[d:18/10]] 9.05 – n.a.v. mail buurvrouw [[p:Bakker]] direct langs bij dhr [[p:Kok]] met [[p:Kim]]. Na lang bellen deed dhr open, was in orde maar had zijn hoorapparaat kapot ("batterij leeg sinds zondag"). Hoorde de bel niet. Batterijen gehaald bij de Kruidvat. Buurvrouw [[p:Truus]] teruggebeld en bedankt. Afgesproken dat zij een reservesleutel krijgt (dhr akkoord). – [[p:SdR]]
""",
    r"""
Overdracht [[p:Priya]] (vakantie [[d:19-10]] t/m [[d:27-10]])
Lopende cliënten:
1. dhr. [[p:Warsame]] ([[n:SWT-LK-2024-0113]]) – groep bij de Somalische vereniging gaat door, [[p:Abdullahi Farah]] ([[t:06-30 71 25 90]]) haalt hem op. Schoenen zijn geregeld. Wond: [[p:Ingrid]].
2. mw. [[p:da Graça Lopes]] – rouw. Kleindochter [[p:Djeneba]] belt soms; zij heeft mijn nummer, verwijs haar naar [[p:Kim]].
3. Koffie op de Hoek – [[p:Els]] doet de sleutel, niks te regelen.
Noodnummer mij: niet bellen aub ✈️
""",
    r"""
{{o:CJG}} aanmeldformulier jonge mantelzorger
Naam jongere: [[p:Farid Rahimi]]
Geboortedatum: [[d:30-06-2007]]
School: {{o:ROC Mondriaan}}, opleiding Techniek (niveau 2)
Adres: [[a:Vlietstraat 88A]], [[pc:2521 KP]] Den Haag
Mobiel: [[t:06-20477381]]
Zorgt voor: vader ([[p:A. Rahimi]]), PTSS
Aangemeld door: [[p:Y. El Khatib]] ({{r:maatschappelijk werker}})
Toestemming jongere: ja  | Toestemming ouder: ja
Opmerking: [[p:Farid]] wil geen 'hulpverlener', wel 'iemand om mee te praten'. Voorkeur mannelijke {{r:jeugdconsulent}}.
""",
    r"""
Overleg met {{o:Brijder}} [[d:17-10-2024]] over dhr [[p:Z.]]: ambulant begeleider [[p:Mirjam Tol]] meldt dat dhr. de eerste week werkplaats 3/3 aanwezig was. Wel 1x naar café geweest na afloop, niet gedronken (zegt hij). Uitslag ademtest negatief. [[p:Mirjam]] wil dat we samen een terugvalplan maken. Datum: [[d:1 november]] 10u bij Brijder, Noordwal. Mijn mail aan haar: [[e:m.tol@brijder.nl]]. – [[p:Y.]]
""",
    r"""
[[d:ma 14-10-24]] Dhr. [[p:Haddad]] op spreekuur (inloop {{o:Servicepunt XL}}). Syrische statushouder sinds 2021, inburgering afgerond (B1). Wil werk als elektricien, in Syrië 12 jaar gewerkt. Diploma's niet gewaardeerd. Vrouw [[p:Rasha]] en 3 kinderen. Woonadres [[a:Herman Heijermansweg 45-II]], [[pc:2525 BK]]. Tel [[t:0031 6 4412 8870]]. Doorverwezen naar {{o:IDW}} voor diplomawaardering + {{o:Werkgeversservicepunt}}. Geen verdere SWT-hulp nodig.
""",
    r"""
[13:30] [[p:Kim Schouten]]: Mag ik iets vragen? In mijn stageverslag wil ik een casus beschrijven. Is het genoeg als ik de naam verander in 'mevrouw X' of moet ik meer weghalen?
[13:33] [[p:Marloes Verhoef]]: Meer. Ook leeftijd, straat, nationaliteit, aantal kinderen als dat herkenbaar is. En zeker geen geboortedatum. Vraag jezelf af: herkent de buurvrouw haar?
[13:34] [[p:Kim Schouten]]: Duidelijk, dank je!
""",
    r"""
Agendapunt teamoverleg [[d:17 oktober]]: nieuw meldpunt vervuiling bij {{o:GGD Haaglanden}}. [[p:Henk]] licht toe: meldingen over woningvervuiling gaan voortaan via {{o:Meldpunt Zorg en Overlast}} (GGD) en niet meer rechtstreeks naar de corporatie. Voor dhr. [[p:De Wit]] verandert er niks, hij staat al bij ons in beeld. Telefoonnummer meldpunt is algemeen, staat op intranet.
""",
    r"""
Beste [[p:Youssef]],

Ik wilde je laten weten dat [[p:Naima]] vorige week met de kinderen bij mij is geweest. Ze is erg gespannen over de verhuizing. Ze vroeg of ze toch haar oude telefoonnummer ([[t:06-22 71 04 83]]) mag houden, omdat de school en de dokter dat hebben. Ik heb gezegd dat ze dat met jou moet bespreken.
Ik ben de moeder van [[p:Naima]], mijn naam is [[p:Fatiha]].

Groet,
[[p:Fatiha Bouchtaoui]]
""",
]
TEXTS += [
    r"""
AANVRAAG BIJZONDERE BIJSTAND – SPOED
Aanvrager: [[p:Popescu, Ana]]
BSN: [[b:399 564 287]]
Geboortedatum: [[d:21.02.1983]]
Adres: [[a:Jan Blankenstraat 3 bis]]
Postcode: [[pc:2522 EC]]     Woonplaats: Den Haag
Telefoon: [[t:06-1877 2093]]
E-mail: [[e:ana.popescu83@yahoo.com]]
Rekeningnummer (IBAN): [[i:NL47 RBRB 2318 9413 27]] t.n.v. verhuurder (zie bijlage)
Kinderen: [[p:Daria Popescu]] ([[d:05-09-2013]]), [[p:Sorin Popescu]] ([[d:14-01-2016]])
Reden: dreigende huisuitzetting, geen inkomen sinds april.
Ingediend door: [[p:E. Kaya]] op [[d:21-10-2024]]
""",
    r"""
[08:31] [[p:Esra Kaya]]: GOED NIEUWS: {{o:Stichting Urgente Noden}} betaalt de 1600 voor [[p:popescu]]. ontruiming van tafel 🙏🙏
[08:33] [[p:Marloes Verhoef]]: Wat een opluchting. Goed werk [[p:Esra]]!
[08:33] [[p:Joost Hartman]]: 👏👏 mooi. Wel even vastleggen hoe we dit zo snel rond kregen, goeie casusles voor het platform
[08:35] [[p:Esra Kaya]]: doe ik na de vakantie. nu eerst bijstand erdoorheen krijgen
""",
    r"""
Van: [[p:Arjen de Jong]] <[[e:a.dejong@bewindvoering-haaglanden.nl]]>
Aan: [[p:Esra Kaya]] <[[e:esra.kaya@denhaag.nl]]>
Datum: [[d:ma 21 okt. 2024]] om 10:14
Onderwerp: RE: leefgeld mw. [[p:v.d. Berg]] [[n:BWH-2211]]

Hoi [[p:Esra]],

Uitgezocht: de bank had de oude rekening geblokkeerd en onze betaling kwam terug. Het leefgeld (€ 70 per week) gaat vanaf deze week naar [[i:NL04INGB1196209089]]. De gemiste twee weken zijn vanochtend alsnog overgemaakt.
Kun je [[p:Jolanda]] laten weten dat ze het saldo kan checken? Ze reageert niet op mijn mail ([[e:jolandavdberg76@gmail.com]]).

Met vriendelijke groet,
[[p:Arjen de Jong]]
Beschermingsbewindvoerder | [[t:070 - 762 09 31]]
{{o:Bewindvoering Haaglanden}}
""",
    r"""
Sms aan mw. [[p:van den Berg]], [[d:21-10]]: "Hoi [[p:Jolanda]], je leefgeld is overgemaakt, ook de 2 weken die misten. Check je saldo maar. Groet [[p:Esra]] ([[t:06 49031288]])"
Antwoord 11:02: "Dankjewel!! [[p:Kelly]] zegt ook dankje"
""",
    r"""
Verslag kennismaking maatje – [[d:woensdag 23 oktober 2024]]
Cliënt: dhr. [[p:J. Kok]], [[a:Boeierstraat 62-1]]
Aanwezig: dhr. [[p:Kok]], vrijwilliger [[p:Gerrit Smit]] ({{o:Humanitas}}), [[p:Kim Schouten]] (SWT)
Meneer en [[p:Gerrit]] bleken allebei bij de Haagse tram te hebben gewerkt, meneer als conducteur op lijn 11, [[p:Gerrit]] in de werkplaats. Het gesprek ging vanzelf. Ze gaan elke dinsdagmiddag samen naar het koffie-uurtje in de {{o:Bethlehemkerk}}.
Toestemmingsverklaring is getekend ([[d:23-10-2024]]) en ingescand.
Telefoon maatje: [[t:06 38 40 51 92]] (mag gedeeld worden met het team).
""",
    r"""
[[d:22-10-2024]] telefonisch contact mw. [[p:Hatice Demir]] via dochter [[p:Elif]]. Besluit traplift: afgewezen, in plaats daarvan urgentie voor benedenwoning (goedkoopst adequaat). Mw. huilde: zij woont 41 jaar op de [[a:Neherkade 1844]] en wil niet weg. Dochter begrijpt het besluit maar is boos over de toon van de brief. Bezwaartermijn 6 weken, uiterlijk [[d:3 december]]. Ik heb aangeboden het besluit thuis toe te lichten op [[d:30/10]], 10 uur. – [[p:S. de Roos]], Wmo
""",
    r"""
Beschikking Wmo (uittreksel)
Ons kenmerk: [[n:Wmo-24-18102]]
Datum: [[d:18 oktober 2024]]
Aan: mevrouw [[p:H. Demir-Yıldırım]] en de heer [[p:M. Demir]], [[a:Neherkade 1844]], [[pc:2521VR]] Den Haag
BSN: [[b:903 297 085]] / [[b:511671647]]
Besluit: uw aanvraag voor een traplift wordt afgewezen. U komt in aanmerking voor een verhuiskostenvergoeding en urgentie voor een gelijkvloerse woning.
""",
    r"""
[14:10] [[p:Sanne de Roos]]: kan iemand met me meekijken naar de brief aan [[p:demir]]? de toon is echt vreselijk, standaardtekst van de afdeling
[14:12] [[p:Joost Hartman]]: Stuur maar. Ik kaart het aan bij beleid, we hebben dit vaker
[14:20] [[p:Sanne de Roos]]: gestuurd naar [[e:j.hartman@denhaag.nl]] 📩
""",
    r"""
Ingekomen verwijzing {{o:GGZ}} → SWT
Van: {{o:Parnassia}} FACT-team Centrum-Zuid
Cliënt: [[p:Stanley Doelwijt]], [[d:14/08/1962]]
Adres: [[a:Cromvlietplein 19]], [[pc:2516 XA]]
Tel: [[t:+31 70 345 21 66]]
Cliëntnummer Parnassia: [[n:P-0023188741]]
Dhr. is stabiel op depotmedicatie (schizofrenie), FACT schaalt af naar ambulante begeleiding. Vraag aan SWT: dagbesteding, administratie (ongeopende post), contact met dochter [[p:Shirley]] herstellen. Behandelaar: dr. [[p:R. Pinas]], psychiater. Casemanager: [[p:Jerrel]], [[t:06-48 13 25 60]].
""",
    r"""
Hey [[p:Marloes]], de nieuwe van parnassia ([[p:doelwijt]]) – wie pakt? ik zou hem wel willen, ik ken de dochter toevallig van vroeger uit de buurt. of is dat juist niet handig? – [[p:Ingrid]]
""",
    r"""
Hoi [[p:Ingrid]], goed dat je het meldt. Liever niet jij dan, juist omdat je [[p:Shirley]] kent. [[p:Tomasz]] heeft ruimte. Kun je wel de medische kant met [[p:Jerrel]] afstemmen? Groet, [[p:Marloes]]
""",
    r"""
Intake dhr. [[p:S. Doelwijt]] [[d:24-10-2024]], [[a:Cromvlietplein 19]]. Aanwezig: dhr., [[p:Jerrel Wijngaarde]] (FACT), [[p:Tomasz Nowicki]].
Dhr. woont alleen, 2-kamerflat, netjes. Post: 3 vuilniszakken vol, oudste uit 2022. Hij zegt "die brieven zijn niet voor mij, die zijn voor mijn vader" (vader [[p:Stanley]] sr. is overleden, zelfde naam). Rekening: [[i:NL06ABNA2177161669]], beheer door dhr. zelf, saldo onbekend.
Interesses: kaarten, Surinaamse muziek, hij speelde vroeger bij een kaseko-band.
Plan: post sorteren met vrijwilliger van {{o:Humanitas Thuisadministratie}}, dagbesteding bij {{o:Stek}}. Dochter: dhr. wil eerst zelf een brief schrijven.
""",
    r"""
notitie [[d:22/10]] – mw [[p:Bouchtaoui]] belde: ex heeft via instagram contact gezocht. screenshots gemaakt. doorgegeven aan [[p:F. Post]] (VT) en politie (aangifte morgen, [[d:23-10]], bureau Jan Hendrikstraat). Advies: account op privé, nieuw nummer niet delen. Verhuizing [[d:31/10]] gaat door.
""",
    r"""
Aangifte-ondersteuning – gegevens voor politie (doorgegeven [[d:23 okt 2024]])
Aangever: [[p:N. Bouchtaoui]], geb. [[d:21-07-1991]]
BSN: [[b:708073463]]
Verdachte: [[p:K. Benali]], geb. [[d:02-02-1988]]
Laatst bekend adres verdachte: [[a:Hoefkade 88 hs]], [[pc:2526 BT]] Den Haag
VT-kenmerk: [[n:VT-2024-18811]] | Reclasseringsnr: [[n:RN-24-77301]]
Overtreding contactverbod, [[d:20-10]] t/m [[d:22-10]] via Instagram (nieuw account onder eigen naam)
""",
    r"""
Hoi [[p:Rob]], korte vraag over een andere cliënt: weet jij of er meldingen zijn geweest op de [[a:Slachthuisstraat 12]]? Buren zeggen dat er een paar keer politie was. Het gaat om fam. [[p:A.]] – we willen uitsluiten dat er iets speelt. Bellen mag ook: [[t:06 1538 2204]]. Groet [[p:Youssef]]
""",
    r"""
Reactie wijkagent [[p:R. Visser]] ([[d:24-10]]): "Hoi [[p:Youssef]], één melding in augustus, geluidsoverlast (feestje zoon). Verder niks. Groet [[p:Rob]]"
""",
    r"""
Formulier 'Aanvraag Ooievaarspas' (ingevuld met cliënt)
Hoofdaanvrager: [[p:Boateng, Kwame]]    geb. [[d:5 november 1979]]    BSN [[b:504916099]]
Partner: [[p:Boateng-Mensah, Akosua]]   geb. [[d:18 februari 1983]]    BSN [[b:188601223]]
Kinderen: [[p:Nana]] ([[d:2-9-2007]]), [[p:Kofi]] ([[d:13-3-2011]]), [[p:Abena]] ([[d:24-7-2014]])
Adres: [[a:Slicherstraat 33-2]], [[pc:2525 ZE]] Den Haag
Telefoon: [[t:06-45 50 18 73]]   E-mail: [[e:kwame.boateng@outlook.com]]
Inkomen: bijstand (vanaf [[d:1-10-2024]]), aanvraag nog in behandeling
""",
    r"""
[10:44] [[p:Tomasz Nowicki]]: mensen, iemand ervaring met kaseko-muziek of Surinaamse oudjes-soos? voor dhr [[p:D.]]
[10:46] [[p:Ingrid Bakker]]: Ja! {{o:Stichting Sarnami Huis}} doet iets op donderdag maar dat is Hindostaans. Voor Creools: {{o:Stichting Kwakoe}}? of vraag [[p:Priya]] als ze terug is
[10:46] [[p:Tomasz Nowicki]]: thx [[p:Ingrid]] 🙏
""",
    r"""
Concept casusles (voor kennisplatform) – 'Ontruiming voorkomen in 5 werkdagen'
Auteur: [[p:Esra Kaya]], SWT {{w:Laak}}
Thema: schulden / wonen
Situatie: alleenstaande moeder (40+), EU-burger, twee kinderen, particuliere verhuurder, ontruiming over 5 dagen. Geen inkomen, geen bijstand aangevraagd uit angst voor verblijfsrecht.
Aanpak: (1) dezelfde dag {{o:Sociaal Raadslieden}} voor juridisch advies, (2) verhuurder gebeld, bleek bereid tot uitstel bij deelbetaling, (3) spoedaanvraag fonds (goedgekeurd in 2 dagen), (4) bijstand aangevraagd.
Les: vraag naar angst achter het 'niet aanvragen'. Particuliere verhuurders zijn vaak eerder bereid tot een regeling dan je denkt.
[NB [[p:Joost]]: check nog even, in de eerste versie stond 'mw. [[p:P.]]' en 'Jan Blankenstraat', heb ik eruit gehaald]
""",
    r"""
Hey [[p:Esra]], kleine opmerking bij je casusles: in de NB van [[p:Joost]] staat nu zelf weer de straatnaam 😅 graag helemaal weghalen voor upload. xx [[p:Sanne]]
""",
    r"""
Afspraakbevestiging (automatisch gegenereerd)
Beste [[p:K. Boateng]],
U heeft een afspraak met het {{o:Werkgeversservicepunt}} Haaglanden op [[d:dinsdag 29 oktober 2024]] om 13:30 uur.
Adres: Prinses Beatrixlaan, ingang B (neem uw ID mee).
Uw klantnummer: [[n:WSP-0078812]]
Vragen? Mail naar [[e:werkgeversservicepunt@denhaag.nl]].
""",
    r"""
Uit het verslag van het CJG-overleg [[d:24-10-2024]] (doorgestuurd door [[p:Meryem Aydın]]):
"[[p:Farid R.]] (17) heeft een eerste gesprek gehad met {{r:jongerenwerker}} [[p:Dion]] van {{o:Jongerenwerk Laak}}. Hij wil geen 'zorg' maar wel sporten. Afgesproken: boksen bij {{o:Boxing Club Laak}}, dinsdag en donderdag. School ({{o:ROC Mondriaan}}) is geïnformeerd, mentor dhr. [[p:Koç]] let op verzuim."
""",
    r"""
[[p:Meryem]], kleine correctie: mentor heet [[p:Koç]], zonder 'dhr.' in het verslag aub, en het is mevrouw [[p:Koç]] 😉 – [[p:Youssef]]
""",
    r"""
Hb mw. [[p:Lopes]] [[d:vr 25/10]] – [[p:Kim]] (alleen, [[p:Priya]] met vakantie). Mw. deed pas open na bellen met kleindochter [[p:Djeneba]] ([[t:+31 6 1902 6617]]). Ze had de hele week niemand gesproken. Foto's van [[p:Manuel]] overal. Ze wil naar de kerk (Kaapverdische parochie, {{o:Sint-Jacobus}}?) maar durft niet alleen met de tram. [[p:Djeneba]] komt in de herfstvakantie een paar dagen logeren. Zorg: eet slecht, gewichtsverlies. → huisarts [[p:Baldewsingh]] gevraagd om langs te gaan.
""",
    r"""
Van: [[p:Kim Schouten]] <[[e:k.schouten@student.hhs.nl]]>
Aan: dokter [[p:Baldewsingh]] <[[e:praktijk.baldewsingh@zorgmail.nl]]>
Onderwerp: Zorgen om patiënte mw. [[p:M. da Graça Lopes]], geb. [[d:2 augustus 1963]]

Geachte dokter [[p:Baldewsingh]],

Ik ben {{r:stagiaire}} bij het sociaal wijkzorgteam {{w:Laak}}. Uw patiënte mevrouw [[p:da Graça Lopes]], [[a:Goudriaankade 211]], is sinds het overlijden van haar man in mei erg somber en eet slecht. Zou u bij haar op huisbezoek kunnen gaan? Zij heeft toestemming gegeven om contact met u op te nemen. Haar kleindochter kan tolken.

Met vriendelijke groet,
[[p:Kim Schouten]], namens [[p:Priya Ramcharan]] ({{r:welzijnscoach}})
""",
    r"""
[16:02] [[p:Marloes Verhoef]]: [[p:Kim]] je mail aan de huisarts was goed, maar let op: mail met cliëntgegevens alleen via Zorgmail of beveiligd, niet vanaf je studentenaccount
[16:05] [[p:Kim Schouten]]: oh nee 😳 sorry. moet ik iets doen?
[16:07] [[p:Marloes Verhoef]]: Is al gebeurd, geen ramp. Ik meld het bij de privacyfunctionaris als incident, dat is gewoon de procedure. Volgende keer vanaf je denhaag-account
""",
    r"""
Incidentmelding datalek (intern)
Datum melding: [[d:25-10-2024]]
Melder: [[p:M. Verhoef]]
Wat: e-mail met naam, geboortedatum en adres van een cliënt verstuurd vanaf een niet-beveiligd studentenaccount ([[e:k.schouten@student.hhs.nl]]) naar de huisarts.
Betrokkene: cliënt [[n:SWT-LK-2024-0114]]
Ernst: laag (ontvanger is de behandelend huisarts).
Maatregel: uitleg aan {{r:stagiaire}}, instructie beveiligd mailen opnemen in inwerkmap.
""",
    r"""
Wie heeft de sleutel van kast 3? Ik moet bij de mappen van 2023 (dossier [[n:2023-0877]] ivm heropening). – [[p:Sanne]]
""",
    r"""
[[d:25 okt]] – dossier [[n:2023-0877]] heropend: mw. [[p:Wilma Hoogendoorn]] (74), [[a:Theresiastraat 204B]], [[pc:2593 AN]]. Vorig jaar afgesloten na inzet HH. Nu opnieuw gemeld door haar zoon [[p:Peter]] ([[t:06-5061 3348]]): valt vaak, heeft de thuiszorg weggestuurd. Mw. is eigenwijs maar helder. → [[p:Sanne]] + [[p:Ingrid]] hb volgende week.
""",
    r"""
Vakantiebericht: Ik ben afwezig tot en met [[d:27 oktober]]. Voor dringende zaken kunt u contact opnemen met het sociaal wijkzorgteam {{w:Laak}} via het algemene nummer of [[e:swt.laak@denhaag.nl]]. Met vriendelijke groet, [[p:Henk Koster]], {{r:ouderenconsulent}}.
""",
]
TEXTS += [
    r"""
Weekplanning SWT Laak – week 44
ma [[d:28/10]]  teamoverleg 9.00 | [[p:Henk]] terug
di [[d:29/10]]  10.00 hb [[a:Laakkade 7a]] + klusjesman {{o:Haag Wonen}} ([[p:HK]]/[[p:DS]])
di [[d:29/10]]  13.30 [[p:Boateng]] naar {{o:Werkgeversservicepunt}} ([[p:TN]] gaat mee)
wo [[d:30/10]]  10.00 [[a:Neherkade 1844]] toelichting besluit ([[p:SdR]])
wo [[d:30/10]]  19.00 familiegesprek [[p:Jagessar]]/[[p:Ramdin]] ([[p:HK]] + [[p:KS]])
do [[d:31/10]]  10.00 sleuteloverdracht [[a:Rijswijkseweg 401-F]] ([[p:YEK]]) – NIET in gedeelde agenda!!
vr [[d:1/11]]   10.00 terugvalplan {{o:Brijder}} ([[p:YEK]])
""",
    r"""
Oeps, ik had de sleuteloverdracht wel in de gedeelde agenda gezet. Nu weggehaald ([[d:28-10]], 9.40). Alleen de tijd staat er nog in als 'extern overleg'. – [[p:Kim]]
""",
    r"""
Teamoverleg [[d:maandag 28 oktober 2024]] – korte notulen ([[p:Sanne]])
Aanwezig: allen behalve [[p:Priya]] (terug op [[d:29/10]]).
1. Datalek [[d:25/10]]: besproken, geen verdere actie. [[p:Joost]] stuurt iedereen de instructie 'veilig mailen' opnieuw.
2. Kennisplatform: [[p:Esra]] en [[p:Henk]] leveren vóór [[d:8 november]] een casusles aan. Checklist anonimiseren gebruiken!
3. Caseload: gemiddeld 23 per fte; [[p:Youssef]] zit op 31. [[p:Tomasz]] neemt [[p:Doelwijt]] en [[p:Chen]] over.
4. Rondvraag: [[p:Ingrid]] vraagt of iemand haar dienst op [[d:zaterdag 9 november]] (inloop {{o:Voedselbank}}) kan overnemen.
""",
    r"""
Hb dhr. [[p:De Wit]], [[d:29-10-'24]], met [[p:Dewi]] en [[p:Jan-Willem]] (klusjesman {{o:Haag Wonen}}).
We mochten naar binnen!! Eerste keer. Gang en woonkamer vol tot heuphoogte (kranten, plastic tassen, kapotte elektronica), pad naar keuken en wc. Duivenhok op het balkon is juist heel netjes. Wc gerepareerd door [[p:Jan-Willem]] in 20 min. Dhr. [[p:de Wit]] bedankte hem met een hand, zei tegen mij: "Die jongen is goed."
Brandveiligheid: slecht, geen rookmelder. [[p:Jan-Willem]] komt [[d:5 november]] terug om rookmelders te plaatsen.
Broer [[p:Cor de Wit]], [[t:0174-62 19 03]] (Naaldwijk), gebeld met toestemming: hij wil helpen opruimen, maar "alleen als [[p:Rinus]] het zelf wil".
""",
    r"""
[11:20] [[p:Henk Koster]]: Jongens en meiden. Ik heb vandaag bij meneer [[p:de W.]] in de woonkamer gestaan. Na 2 jaar. Ik ben er stil van.
[11:21] [[p:Youssef El Khatib]]: 🙌🙌 [[p:Henk]]!!
[11:21] [[p:Marloes Verhoef]]: Wat mooi [[p:Henk]]. Dit is precies de bemoeizorg-les voor de pilot.
[11:24] [[p:Dewi Sastrowardojo]]: De duiven hebben het gedaan 🕊️
""",
    r"""
Verslag gesprek Werkgeversservicepunt, [[d:dinsdag 29 oktober]]
Aanwezig: dhr. [[p:K. Boateng]], [[p:T. Nowicki]] (MEE), accountmanager [[p:Sandra Vermeulen]].
Dhr. kan starten als heftruckchauffeur bij een groothandel in de Binckhorst, proefplaatsing 2 maanden met behoud van uitkering, daarna contract van 6 maanden. Startdatum [[d:11-11-2024]]. Klantnummer [[n:WSP-0078812]].
Dhr. glunderde. Hij vroeg of hij zijn diakenwerk op zondag kan blijven doen: ja.
""",
    r"""
Voorbereiding gesprek Wmo mw. [[p:Demir]] [[d:30-10]] – punten:
- uitleg goedkoopst-adequaat, in gewone taal
- meeverhuisregeling: vergoeding € 3.217 (forfaitair)
- urgentie: woningzoekende via {{o:Woonnet Haaglanden}}, inschrijfnummer [[n:WN-11583920]]
- dochter [[p:Elif]] belt in via video vanuit werk
- ev. bezwaar: hulp via {{o:Sociaal Raadslieden}}, termijn t/m [[d:03-12-2024]]
""",
    r"""
Gespreksverslag [[d:30 oktober 2024]] – fam. [[p:Demir]], [[a:Neherkade 1844]]
Mw. [[p:Demir]] en dhr. [[p:Demir]] aanwezig, dochter via video. Besluit opnieuw uitgelegd. Mw. is minder boos nu ze hoort dat een benedenwoning in de buurt kan, "dan blijf ik bij mijn buurvrouwen". Voorkeur: {{w:Laakkwartier}} of {{w:Spoorwijk}}, geen {{w:Ypenburg}}. Dhr. zei weinig, hoestte veel. Geen bezwaar.
Volgende stap: [[p:Sanne]] vraagt medische urgentie aan ({{r:GGD-arts}}). Dochter mailt de huurhistorie naar [[e:s.deroos@denhaag.nl]].
""",
    r"""
Familiegesprek [[p:Ramdin]] – [[d:woensdag 30 oktober]], 19.00-20.30, bij mw. [[p:Jagessar]] thuis ([[a:Goudriaankade 86]])
Aanwezig: [[p:Shanti]] (dochter), [[p:Ravi]] (schoonzoon), [[p:Vikash]] (zoon, via video), [[p:Henk Koster]], [[p:Kim Schouten]].
Moeder ([[p:Sita]]) was niet aanwezig (nog in revalidatie).
[[p:Vikash]] zei dat hij niet wist hoe zwaar het was. Hij biedt aan elk tweede weekend te komen en de financiën van moeder over te nemen (machtiging). [[p:Ravi]] neemt de boodschappen op zaterdag. [[p:Shanti]] huilde van opluchting.
Afspraken: respijt 1 dag per week via dagbesteding {{o:Sarnami Huis}}; evaluatie [[d:4 december]].
""",
    r"""
hoi [[p:Kim]] je verslag van het familiegesprek is heel goed! 1 ding: je schrijft het adres van mw. [[p:jagessar]] als [[a:Goudriaankade 86]], dat is volgens mij fout, zij woont op 68? even checken in suite. grt [[p:Henk]]
""",
    r"""
Klopt, het is [[a:Goudriaankade 68]]. Aangepast, en ook gezien dat mw. [[p:Lopes]] op [[a:Goudriaankade 211]] woont, zelfde kade haha. Kennen ze elkaar misschien? – [[p:Kim]]
""",
    r"""
[[d:31-10-2024]] 10.00 sleuteloverdracht mw. [[p:B.]] – [[p:Youssef]]. Alles goed verlopen. Woning kaal, geen gordijnen. {{o:Stichting Kringloop}} brengt [[d:4/11]] bank + bedden (via fonds). Kinderen mogen op dezelfde school blijven, oma [[p:Fatiha]] brengt/haalt. Nieuwe huisarts nodig, mw. zoekt zelf. Adres alleen bekend bij VT en mij.
""",
    r"""
Terugvalplan [[p:F. Zwart]] – opgesteld [[d:vrijdag 1 november 2024]] bij {{o:Brijder}}
Signalen: slecht slapen, niet meer naar werkplaats, geld op vrijdagmiddag, verjaardag zus ([[d:17 december]]), sterfdag moeder ([[d:2 januari]]).
Wat helpt: bellen met [[p:Ron]] ([[t:06-13 54 21 96]]), wandelen met de hond van buurman [[p:Ahmed]], naar zus [[p:Ria]] in Rijswijk.
Bij terugval: bel [[p:Mirjam]] ({{o:Brijder}}) of de crisisdienst.
Getekend door: [[p:F. Zwart]], [[p:M. Tol]], [[p:Y. El Khatib]]
""",
    r"""
Van: [[p:Mirjam Tol]] <[[e:m.tol@brijder.nl]]>
Aan: [[e:y.elkhatib@xtra.nl]]
Onderwerp: terugvalplan dhr [[p:Z.]] – getekende versie

Hoi [[p:Youssef]],

In de bijlage de getekende versie. Dhr. vroeg of hij een kopie op papier kon krijgen, ik heb hem er eentje meegegeven. Zullen we over 6 weken evalueren? Ik stel voor [[d:vrijdag 13 december]] om 10.00 uur.

Groet, [[p:Mirjam]]
{{r:Ambulant begeleider}} {{o:Brijder}} Den Haag
[[t:06 - 21 44 09 81]]
""",
    r"""
Maandrapportage SWT {{w:Laak}} – oktober 2024 (concept [[p:Joost Hartman]], {{r:teamleider}})
Nieuwe aanmeldingen: 14 (september: 11). Afgesloten: 9. Caseload einde maand: 187.
Herkomst aanmeldingen: {{o:Servicepunt XL}} 5, huisarts 4, {{o:GGZ}} 2, {{o:Veilig Thuis}} 1, {{o:Brijder}} 1, buren 1.
Hoogtepunten: ontruiming voorkomen (fonds binnen 2 dagen), eerste toegang vervuilde woning na 2 jaar, arbeidstoeleiding via {{o:Werkgeversservicepunt}}.
Knelpunten: wachttijd {{o:i-psy}} 9 maanden, tolkkosten, caseload [[p:Youssef]] (31).
Privacy: 1 datalek (laag), gemeld op [[d:25-10-2024]].
""",
    r"""
Hoi [[p:Joost]], in je maandrapportage staat mijn naam bij caseload, kan dat eruit? Die gaat naar de wethouder toch? Liever 'één medewerker'. Groet [[p:Youssef]]
""",
    r"""
Concept casusles bemoeizorg – 'De duiven als ingang' (versie 2, [[p:H. Koster]])

Thema: bemoeizorg / vervuiling
Een alleenstaande man (60+) woont al tientallen jaren in een huurwoning. Na het overlijden van zijn moeder raakte de woning vervuild. Buren klaagden, de corporatie stuurde brieven, de {{r:wijkagent}} kwam langs. Hij sloot zich steeds verder af.
Wat werkte: (1) vaste gezichten ({{r:ouderenconsulent}} + {{r:SPV}} van de {{o:GGZ}}), (2) beginnen bij zijn trots (de duiven), (3) een concrete, kleine hulpvraag honoreren (de wc), (4) een {{r:klusjesman}} die hij vertrouwde. Na bijna twee jaar en elf bezoeken mochten we binnen.
Les: neem de tijd, en laat je niet afleiden door de vraag 'hoe krijgen we het huis leeg'. Vraag: wat is hem dierbaar?
""",
    r"""
Hee [[p:Henk]], mooi stuk! Wel 'tientallen jaren' + 'duiven' + 'moeder overleden' – in {{w:Laakkwartier}} weet iedereen dan wie het is. Kunnen de duiven 'een hobby' worden? – [[p:Marloes]]
""",
    r"""
[[p:Marloes]], duiven eruit = de les eruit. Wat als we het zonder wijk publiceren, alleen 'grote stad'? Dan weet niemand het. Groet [[p:Henk]]
""",
    r"""
Telefoonnotitie [[d:1 nov]] 14.15 – mw. [[p:Wilma Hoogendoorn]] belde zelf: ze wil "niet weer zo'n hulpverlener over de vloer". Na uitleg dat [[p:Ingrid]] en [[p:Sanne]] alleen komen kijken naar valpreventie, ging ze akkoord. Afspraak [[d:di 5 nov]] 10u, [[a:Theresiastraat 204B]]. Haar vaste nummer: [[t:070 383 91 26]]. Zoon [[p:Peter]] hoeft niet bij te zijn, "die bemoeit zich al genoeg". – [[p:SdR]]
""",
    r"""
Overzicht cliënten met tolkbehoefte (voor budget 2025)
[[n:SWT-LK-2024-0112]] | [[p:I. Petrova]] | Bulgaars | 6 inzetten
[[n:SWT-LK-2024-0113]] | [[p:A. Warsame]] | Somalisch | 0 (nicht tolkt)
[[n:SWT-LK-2024-0114]] | [[p:M. da Graça Lopes]] | Kaapverdisch | 0 (kleindochter)
[[n:SWT-LK-2024-0119]] | [[p:A. Rahimi]] | Dari | 3 inzetten
[[n:SWT-LK-2024-0124]] | [[p:M. Chen]] | Mandarijn | aangevraagd
""",
    r"""
Van: [[p:Sanne de Roos]]
Aan: [[p:Joost Hartman]]
Onderwerp: tolkbudget

[[p:Joost]], zie overzicht. Opvallend: bij 2 van de 5 tolkt familie, en dat is precies waar het misgaat (zie [[p:Farid]]). Kunnen we in 2025 afspreken dat we bij eerste gesprekken altijd een professionele tolk inzetten?
[[p:S.]]
""",
    r"""
[[d:1-11-2024]] mw. [[p:Petrova]] gebeld via WhatsApp ([[t:+359 88 412 7730]]). Ze zijn per vandaag verzekerd. Ze hebben een kamer bekeken in Rijswijk, [[a:Generaal Spoorlaan 12-B]], 2 kamers, € 950. Huisbaas wil 3 maanden borg. [[p:Georgi]] verdient € 2.100 bruto. Doorverwezen naar {{o:Expat Centre}}? Nee, niet voor arbeidsmigranten → {{o:Stichting Arbeidsmigratie Haaglanden}}.
""",
    r"""
Opmerking [[p:Tomasz]] bij notitie [[p:petrova]]: "[[p:Georgi]]" staat er zonder achternaam, is [[p:Georgi Dimitrov]], zelfde als postadres. Verder: Rijswijk = andere gemeente, dan gaat ze uit ons werkgebied. Warme overdracht naar {{o:Sociaal Team Rijswijk}} regelen als het doorgaat.
""",
    r"""
Intake mw. [[p:Mei Chen]] (vervolg) – [[d:31-10]], met tolk Mandarijn [[p:Lin Xiaoling]] ({{o:Stek}}, vrijwilliger).
Mw. vertelde dat haar man sinds 2 jaar gokt, ook met geld van de zaak. Hij heeft € 18.000 schuld bij familie in China. Mw. is bang dat ze het huis kwijtraken (koopwoning, [[a:Vaillantlaan 63]], hypotheek bij {{o:ABN AMRO}}). Ze wil hulp voor zichzelf en [[p:Jun]], niet voor haar man ("hij moet het zelf willen").
Rekening op naam van mw.: [[i:NL41ABNA1702949767]]. Advies: eigen rekening behouden, loon daarop laten storten.
Afspraak volgende keer [[d:14 november]], zonder man.
""",
    r"""
[15:12] [[p:Sanne de Roos]]: heb jij wel eens meegemaakt dat een cliënt een ander BSN opgeeft dan in de BRP staat? Bij [[p:Kowalczyk]] staat [[b:490964333]] op het formulier maar de toeslag komt binnen op een ander nummer
[15:15] [[p:Esra Kaya]]: ja, vaak een typfout. check de BRP, niet het formulier
[15:16] [[p:Sanne de Roos]]: BRP zegt [[b:664677241]]. dan is de eerste een typfout 🤦‍♀️
""",
    r"""
Aanvraag AIO-aanvulling – {{o:SVB}}
Naam: [[p:Wanda Kowalczyk]]
BSN: [[b:6646.77.241]]
Geboren: [[d:26 april 1958]] te Bydgoszcz (Polen)
Adres: [[a:Merwedestraat 27]], [[pc:2521 RL]] Den Haag
IBAN: [[i:NL29 ASNB 6392 0271 97]]
Telefoon: [[t:+48 601 338 214]] (Pools nummer) / [[t:06 8720 1144]]
Ingevuld met hulp van: [[p:S. de Roos]], {{r:Wmo-adviseur}}, [[d:1-11-2024]]
""",
    r"""
Bericht van [[p:Djeneba]] (kleindochter mw [[p:L.]]) aan [[p:Kim]], [[d:za 26 okt]]:
"hoi mevrouw [[p:Kim]], mijn oma wil zondag naar de mis. kunt u iemand vragen om haar op te halen? zij woont op nummer 211. mijn nummer is [[t:0644190266]] als u iets weet. ik ben hier tot dinsdag. bedankt!!"
→ [[p:Kim]]: doorgezet aan {{o:Sint-Jacobusparochie}}, vrijwilliger [[p:Tonny]] haalt mw op.
""",
    r"""
Van: [[p:Jerrel Wijngaarde]] <[[e:j.wijngaarde@parnassia.nl]]>
Aan: [[p:Tomasz Nowicki]]
Datum: [[d:woensdag 30 oktober 2024]]
Onderwerp: dhr. [[p:D.]] – depot

Hoi [[p:Tomasz]],
Dhr. [[p:Doelwijt]] heeft zijn depot van [[d:28-10]] gemist. Weet jij of er iets speelt? Hij is niet thuis als ik bel ([[t:070 345 2166]]). Hij neemt zijn mobiel nooit op. Ik kom morgen langs, wil je mee?
[[p:Jerrel]]
""",
    r"""
[[d:31-10]] hb met [[p:Jerrel]] bij dhr. [[p:Doelwijt]]. Dhr. was thuis, had "de brief van Parnassia niet gezien" (ligt in de vuilniszak met post). Depot alsnog gegeven. Dhr. wilde zijn dochter schrijven maar kent haar adres niet. Ik heb gezegd dat ik kan helpen zoeken via de {{r:casemanager}}. Haar naam: [[p:Shirley Doelwijt-Ramsaransing]]. Dhr. vertelde zelf dat ze in {{w:Moerwijk}} woont. – [[p:TN]]
""",
    r"""
[[p:Tomasz]], goed dat je erbij was. Let op: we zoeken niet actief het adres van de dochter, dat is haar privacy. Wel kun je dhr. helpen een brief te schrijven die [[p:Jerrel]] of wij doorsturen als zij dat goed vindt. Groet [[p:Marloes]]
""",
    r"""
Uitnodiging – afsluiting pilot en expertbijeenkomst
De expertbijeenkomst van de pilot 'Samen werken in het sociale domein' is verplaatst naar [[d:donderdag 10 april 2025]]. De afsluitende bijeenkomst staat op [[d:19 juni 2025]]. Aanmelden bij [[p:Anouk Smit]] ([[e:a.smit@caop.nl]]) of [[p:Lars Groen]] ([[e:lars@crossover-advies.nl]]).
""",
    r"""
Journaal dhr. [[p:Edson Martina]] – [[n:SWT-LK-2024-0117]]
[[d:04-10]] warme overdracht met [[p:Meryem]] ({{o:Jeugdformaat}}). Dhr. kwam 20 min te laat. Wil "gewoon een baan en een kamer".
[[d:11-10]] samen bijstand aangevraagd (jongerenregeling, 4 weken zoektermijn).
[[d:21-10]] niet verschenen. Moeder [[p:Sherida]] gebeld: hij slaapt nu bij haar ([[a:Rijswijkseweg 318B]]).
[[d:28-10]] gesprek bij moeder thuis. Horeca-opleiding bij {{o:ROC Mondriaan}} (BBL) besproken, hij is enthousiast. Intake [[d:12-11]].
""",
    r"""
Lol [[p:Tomasz]] '[[p:Sherida]]' staat in je journaal met de goede naam maar in de titel van het document staat '[[p:Sharida]]' 😉 – [[p:Ingrid]]
""",
    r"""
Notitie {{r:wijkverpleegkundige}} [[d:28/10]] – dhr. [[p:Warsame]]: wond grote teen genezen. Podotherapeut ([[p:Linda Brouwer]], praktijk aan de Hoefkade) heeft aangepaste zolen gemaakt. Glucose dagcurve ok. Dhr. vertelde trots dat hij nu elke donderdag naar "de groep" gaat en dat [[p:Abdullahi]] hem ophaalt. Volgende controle [[d:9 december]]. – [[p:IB]]
""",
]
TEXTS += [
    r"""
Taxilijst dagbesteding {{o:Florence}} – vanaf [[d:4 november 2024]] (doorgestuurd door casemanager)
naam | adres | pc | tel | ophalen
[[p:Roos-van Dijk, G.]] | [[a:Vlietstraat 44-II]] | [[pc:2521 HK]] | [[t:070-3887712]] | ma+do 9.15
[[p:Hoogendoorn, W.]] | [[a:Theresiastraat 204B]] | [[pc:2593 AN]] | [[t:070 383 91 26]] | di 9.30
[[p:Ramdin, S.]] | [[a:Goudriaankade 68]] | [[pc:2522 HB]] | [[t:06-19458207]] (dochter) | vr 9.00 vanaf [[d:15/11]]
NB: bij mw. [[p:Roos]] bovenste bel, 2e verdieping, trap. Chauffeur moet naar boven.
""",
    r"""
MACHTIGING DOORLOPENDE SEPA-INCASSO
Incassant: {{o:Haag Wonen}}            Kenmerk machtiging: [[n:HW-M-381009214]]
Naam: [[p:B. Amrani]]
Adres: [[a:Slachthuisstraat 12-hs]]
Postcode en woonplaats: [[pc:2521AN]] Den Haag
Rekeningnummer (IBAN): [[i:NL68 TRIO 5190 2559 96]]
Plaats en datum: Den Haag, [[d:28-10-2024]]
Handtekening: ___________
""",
    r"""
Verzoek kwijtschelding gemeentelijke belastingen 2024
Aanslagnummer: [[n:2024.0882.1931]]
Naam: [[p:J.A.M. van den Berg]]
BSN: [[b:605816773]]
Adres: [[a:Soestdijksekade 412]], [[pc:2574 AJ]] 's-Gravenhage
Rekening waarop toeslagen binnenkomen: [[i:NL04INGB1196209089]]
Namens verzoeker ingediend door bewindvoerder [[p:A. de Jong]], {{o:Bewindvoering Haaglanden}}
Datum: [[d:14 oktober 2024]]
""",
    r"""
---------- Doorgestuurd bericht ---------
Van: [[p:Krzysztof Wiśniewski]] <[[e:kwisniewski1985@wp.pl]]>
Datum: [[d:ma 7 okt 2024]] om 22:41
Onderwerp: help please

Hello, my name is [[p:Krzysztof]], I got your email from the man at the counter. I lost my job at the warehouse on [[d:30 September]] and the agency says I must leave the room in the pension ([[a:Binckhorstlaan 130-12]]) before [[d:15 October]]. I have nowhere to go. My phone is [[t:+48 512 904 377]], I also have a Dutch number [[t:06-87 31 22 05]] but the credit is finished.
Thank you, [[p:Krzysztof]]

---
[[p:Youssef]], kun jij dit oppakken? Engelstalig. – [[p:Marloes]]
""",
    r"""
[[d:8/10]] tel. dhr [[p:Wiśniewski]] (Engels). Woont sinds 2019 in NL, altijd via uitzendbureau. Huisvesting gekoppeld aan werk → met baan kwijt ook kamer kwijt per [[d:15/10]]. BSN wel: [[b:823822424]]. Ingeschreven op adres uitzendbureau ([[a:Binckhorstlaan 130]]). WW-aanvraag niet gedaan. Broer [[p:Marek]] in Tilburg heeft geen ruimte. Dhr drinkt "normaal", zegt hij. Vandaag naar {{o:UWV}} voor WW + nachtopvang {{o:Kessler Stichting}} als vangnet. Let op: {{o:Kessler Stichting}} stelt regiobinding als eis.
""",
    r"""
Verwijzing maatschappelijke opvang – Centrale Toegang
Naam: [[p:Wiśniewski, Krzysztof]]
Geboortedatum: [[d:04-03-1985]]
Nationaliteit: Pools
BSN: [[b:8238 22 424]]
Laatste woonadres: [[a:Binckhorstlaan 130-12]], [[pc:2516 BE]] Den Haag (pension, via werkgever)
Telefoon: [[t:06-87312205]]
Regiobinding: ingeschreven in Den Haag sinds [[d:02-05-2019]]
Verwijzer: [[p:Y. El Khatib]], {{r:maatschappelijk werker}}, [[e:y.elkhatib@xtra.nl]], [[t:06 1538 2204]]
Reden: dakloosheid per [[d:15-10-2024]] na verlies werk.
""",
    r"""
[09:15] [[p:Youssef El Khatib]]: update [[p:wiśniewski]]: {{o:UWV}} heeft WW toegekend, 3 mnd. pensionhouder mag hem tot eind november houden als hij zelf huur betaalt (€ 560). opvang niet nodig 🙏
[09:16] [[p:Marloes Verhoef]]: Mooi! En daarna?
[09:17] [[p:Youssef El Khatib]]: {{o:Stichting Arbeidsmigratie Haaglanden}} helpt met kamer + nieuw werk. ik sluit niet af, houd hem in beeld tot [[d:1 december]]
""",
    r"""
Email from [[p:Krzysztof]] ([[d:15.10.2024]]): "Dear [[p:Youssef]], thank you for everything. I pay the rent today to the owner, account [[i:NL63INGB4223390235]], and I stay in the pension. I start Polish classes for Dutch haha no Dutch classes for Polish. Best regards, [[p:Krzysztof Wiśniewski]]"
""",
    r"""
MDO huiselijk geweld – [[d:donderdag 24 oktober 2024]], 09.30-11.00, kantoor {{o:Veilig Thuis Haaglanden}}
Aanwezig: [[p:Femke Post]] ({{o:Veilig Thuis}}, voorzitter), [[p:Youssef El Khatib]] ({{r:maatschappelijk werker}}, SWT {{w:Laak}}), [[p:Meryem Aydın]] ({{r:jeugdconsulent}} {{o:CJG}}), [[p:Hans Verbeek]] ({{o:Reclassering Nederland}}), [[p:Rob Visser]] ({{r:wijkagent}}).
Betreft: gezin [[p:Bouchtaoui]], [[n:VT-2024-18811]].
1. Stand van zaken. Mw. verhuist op [[d:31 oktober]]. Ex-partner heeft tussen [[d:20 oktober]] en [[d:22 oktober]] het contactverbod overtreden via social media; aangifte gedaan op [[d:23-10]].
2. Reclassering ([[p:Verbeek]]): dhr. [[p:Benali]] houdt zich aan meldplicht maar ontkent contact. Overtreding gaat naar het OM.
3. Kinderen: [[p:Yasmina]] plast weer in bed, [[p:Adam]] is onrustig. {{o:CJG}} start traject 'Veilig opvoeden' en KIES-groep (Kinderen In Echtscheidings Situatie) voor [[p:Yasmina]].
4. Veiligheid nieuw adres: adres alleen bekend bij VT en SWT; politie krijgt een 'aandachtsvestiging' in het systeem.
Vervolg-MDO: [[d:21 november]] 09.30.
""",
    r"""
KIES-aanmelding (vertrouwelijk)
Kind: [[p:Yasmina Benali]]   Geb.: [[d:13-05-2017]]   Groep 4, {{o:Basisschool De Regenboog}}
Moeder: [[p:Naima Bouchtaoui]], [[t:06-84 22 19 05]]
Vader: [[p:Karim Benali]] – NIET informeren (contactverbod)
Dossier CJG: [[n:CJG-24-09177]]
Aanmelder: [[p:M. Aydın]]
""",
    r"""
Ha [[p:Meryem]], bij de KIES-aanmelding staat 'vader NIET informeren', maar vader heeft gezag. Moeten we dat niet checken met de {{r:gedragswetenschapper}}? Ik wil niet dat het later tegen mw werkt. – [[p:Youssef]]
""",
    r"""
Aantekeningen buurtrondgang {{w:Spoorwijk}} met {{r:wijkagent}} en {{o:Haag Wonen}}, [[d:16-10-2024]]:
- [[a:Hildebrandplein 14-B]]: post puilt uit de bus, bewoner onbekend → HW checkt
- [[a:Boeierstraat 17]]: buren melden kind dat 's avonds laat alleen buiten is → doorgegeven aan {{o:CJG}}
- [[a:Merwedestraat 41 hs]]: oudere man, vaak gevallen volgens buren (dhr. [[p:Verhagen]]?) → [[p:Henk]]
- hoek Vlietstraat/Neherkade: hangjongeren, geen zorgsignaal
""",
    r"""
Ik heb dhr. [[p:Verhagen]] van de [[a:Merwedestraat 41-hs]] gebeld ([[t:070-3802254]], nummer via zijn dochter). Hij is 88, valt inderdaad vaak, heeft al thuiszorg van {{o:HWW zorg}}. Wil geen bemoeienis, maar een valcursus vond hij "misschien leuk". Aangemeld voor 'In Balans' bij {{o:Mooi Welzijn}}, start [[d:13 november]]. – [[p:Henk]] ([[d:28/10]])
""",
    r"""
[13:02] [[p:Priya Ramcharan]]: ik ben weer terug!! 🌴 wat heb ik gemist
[13:04] [[p:Kim Schouten]]: veel 😄 dhr [[p:W]] gaat elke week naar de groep, mw [[p:L]] is naar de kerk geweest met [[p:Tonny]], en [[p:Henk]] stond in een woonkamer
[13:05] [[p:Priya Ramcharan]]: WAT. bij de [[p:W]]??
[13:05] [[p:Kim Schouten]]: ja haha de andere [[p:W]]
""",
    r"""
Energietoeslag 2024 – aanvragen ingediend via SWT (export)
[[d:2024-10-03]]; [[p:Warsame A]]; [[b:194251263]]; [[i:NL09ASNB1257058047]]; ingediend
[[d:2024-10-16]]; [[p:Kowalczyk W]]; [[b:664677241]]; [[i:NL29ASNB6392027197]]; ingediend
[[d:2024-10-22]]; [[p:Popescu A]]; [[b:399564287]]; [[i:NL76KNAB2287633345]]; wacht op bijstand
[[d:2024-10-24]]; [[p:Doelwijt S]]; [[b:863069459]]; [[i:NL06ABNA2177161669]]; ingediend
[[d:2024-10-30]]; [[p:Zwart F]]; [[b:250598243]]; [[i:NL77ABNA5359560544]]; via Kredietbank
""",
    r"""
Intake {{o:Voedselbank Haaglanden}} – huishouden [[p:Popescu]]
Uitgiftepunt: {{o:Wijkcentrum De Kempenaar}}, vrijdag
Klantnummer: [[n:VB-HGL-33218]]
Volwassene: [[p:Ana Popescu]] ([[d:21/02/1983]])
Kinderen: [[p:Daria]] ([[d:05/09/2013]]), [[p:Sorin]] ([[d:14/01/2016]])
Adres: [[a:Jan Blankenstraat 3bis]], [[pc:2522 EC]]
Geldig t/m: [[d:30-04-2025]]
Verwijzer: [[p:E. Kaya]] (SWT), [[t:06 49 03 12 88]]
""",
    r"""
Aan: [[e:klantcontact@eneco.nl]]
Onderwerp: betalingsregeling klantnummer [[n:209388174]] – dhr. [[p:M. Amrani]]

Geachte heer/mevrouw,

Namens de heer [[p:Amrani]], [[a:Slachthuisstraat 12-hs]], [[pc:2521 AN]] Den Haag, verzoek ik u de incasso-procedure op te schorten. Er wordt beschermingsbewind aangevraagd (verzoekschrift ingediend [[d:25 oktober 2024]], zaaknummer [[n:C/09/671233 / BW RK 24-1188]]). De bewindvoerder neemt na de uitspraak contact met u op.

Met vriendelijke groet,
[[p:E. Kaya]], {{r:schuldhulpverlener}} {{o:Gemeente Den Haag}}
""",
    r"""
Niet-namen-check voor de stagiaire 🙂 ([[p:Marloes]] aan [[p:Kim]]):
"In je verslag staat 'verwezen naar {{o:De Hoop}}'. Dat is een organisatie ({{o:De Hoop ggz}}), geen persoon, dus dat mag blijven. Maar 'dokter [[p:Hoop]]' is onze huisarts, die naam haal je weg. Zelfde met 'de bakker op de hoek' (mag blijven) en mevrouw [[p:Bakker]] van de [[a:Boeierstraat 60]] (weghalen). En 'eind mei' mag blijven, maar [[p:Mei]] als voornaam niet."
""",
    r"""
hb mw [[p:hoogendoorn]] [[d:5/11]] met [[p:ingrid]]. valrisico hoog: losse kleden, geen leuning bij trap, bril kapot. mw had haar valalarm in de la "want dat piept". kleden weggehaald (mw mopperde). bril via {{o:Stichting Leergeld}}? nee dat is voor kids → {{o:Humanitas}} noodfonds. ergotherapeut aangevraagd. zoon [[p:peter]] gebeld ([[t:0650613348]]). mw: "jullie zijn net mijn zoon, allemaal bemoeials". ze lachte wel.
""",
    r"""
[10:41] [[p:Joost Hartman]]: reminder: iedereen die nog geen AVG-e-learning heeft gedaan, deadline is [[d:15 november]]. Ik zie in het overzicht [[p:Henk]], [[p:Tomasz]] en [[p:Kim]] nog niet
[10:43] [[p:Henk Koster]]: Ik heb hem gedaan maar het certificaat kwam niet. Wordt vervolgd.
[10:44] [[p:Tomasz Nowicki]]: morgen!
[10:44] [[p:Kim Schouten]]: ik doe hem vanmiddag 👍
""",
    r"""
Casusles (ingediend voor het kennisplatform, [[d:7 november 2024]]) – Jonge mantelzorgers in gezinnen met een tolkende jongere

Thema: jeugd / GGZ
Wat was de situatie? Een vader met ernstige traumaklachten woonde met zijn tienerzoon in een kleine huurwoning. De zoon vertaalde alle brieven, ging mee naar de huisarts en regelde de boodschappen. De vader werd door het team gezien als cliënt, de zoon als 'steunend netwerk'.
Wat deden we? Een professionele tolk bij het eerste echte gesprek. Toen kwam het verhaal van de vlucht en van de familie die achterbleef. Met toestemming van vader en zoon hebben we de zoon aangemeld bij het {{o:CJG}} als jonge mantelzorger. De zoon wilde geen hulpverlener, wel sport; via het {{o:Jongerenwerk}} kwam hij bij een boksclub terecht.
Wat leerden we? Kijk bij elke cliënt die via een kind communiceert ook naar het kind. Gebruik geen kinderen als tolk bij gevoelige gesprekken. En: 'hulp' hoeft niet te heten als hulp.
Toestemming: vader en zoon, getekend [[d:04-11-2024]].
""",
    r"""
Review [[p:Marloes]] bij casusles 'jonge mantelzorgers': alles goed geanonimiseerd, alleen de datum van de toestemming hoort in het consentregister en niet in de tekst zelf. Graag weghalen, dan zet ik hem [[d:vrijdag 8/11]] online.
""",
    r"""
Hé [[p:Esra]], gefeliciteerd met je verjaardag morgen 🎂🎉 ([[d:31 okt]] toch?) – we hebben taart geregeld bij de bakker naast de {{o:Albert Heijn}}, om 10u in de teamkamer. Niet verder vertellen [[p:Esra]] leest mee haha dit is de groepsapp 🤦 – [[p:Ingrid]]
""",
    r"""
notitie [[d:ma 4-11]] – mw [[p:Roos]] eerste dag dagbesteding. casemanager [[p:Wendy]] belde: ging goed, mw heeft gezongen en wilde niet naar huis. Wel gevraagd "waar [[p:Kees]] is" (overleden echtgenoot). Taxi 10 min te laat door wegwerkzaamheden op de Rijswijkseweg. Zoon blij. – [[p:MV]]
""",
    r"""
Voortgangsrapportage MEE – dhr. [[p:M. Amrani]]
Cliëntnummer MEE: [[n:MEE-ZHN-449812]]
Periode: [[d:1-10-2024]] t/m [[d:31-10-2024]]
Contacten: 4 huisbezoeken ([[d:10/10]], [[d:17/10]], [[d:24/10]], [[d:31/10]]), 2 telefonisch.
Doelen: (1) bewind aangevraagd – behaald; (2) dhr. begrijpt zijn maandbudget – in uitvoering (werkt met kleurenschema: rood = vaste lasten, groen = boodschappen); (3) echtgenote [[p:Khadija]] krijgt taalles – aangemeld bij {{o:Taalhuis Den Haag}}.
Bijzonderheden: zoon [[p:Bilal]] neemt te veel op zich, bespreken met gezin.
[[p:T. Nowicki]], {{r:MEE-consulent}}
""",
    r"""
[17:22] [[p:Youssef El Khatib]]: heeft iemand het nummer van de tolk Somali die [[p:Priya]] vorige maand had?
[17:25] [[p:Priya Ramcharan]]: [[p:Hodan]]! [[t:06 41 07 88 52]]. wel via {{o:Tolkcentrum}} boeken, niet rechtstreeks
[17:25] [[p:Youssef El Khatib]]: ah ok thx
""",
    r"""
Intern memo – afspraken telefoon en WhatsApp
Naar aanleiding van het contact tussen [[p:Ingrid]] en de zoon van mw. [[p:R.]] op zondag ([[d:13 oktober]]): we gebruiken zakelijke WhatsApp alleen voor afspraken, niet voor inhoudelijke zorgvragen. Buiten werktijd: verwijzen naar de huisartsenpost of {{o:HWW zorg}} avonddienst. Dit is geen verwijt aan [[p:Ingrid]], zij handelde goed. – [[p:J. Hartman]], {{r:teamleider}}
""",
    r"""
Gegevens voor aanvraag Wmo-vervoerspas (ingevuld door [[p:Priya]])
dhr. [[p:Abdi Warsame]] | [[d:12 maart 1966]] | [[a:Hildebrandplein 9-C]] [[pc:2522CW]] | tel. [[t:0648721930]] | e-mail: via nicht [[p:Hawa]], [[e:hawa.ali@student.leidenuniv.nl]]
reden: loopt max 200 m, neuropathie voeten
""",
    r"""
Hee [[p:Sanne]]!! Ben je morgen ook bij de training 'Gesprekken met mensen met LVB' bij {{o:MEE}}? Dan kunnen we samen met de fiets. Ik vertrek 8.15 vanaf de Hoefkade. – [[p:Esra]]
""",
    r"""
Gesprek met dhr. [[p:Haddad]] (vervolg, via {{o:IDW}}), [[d:22 okt]]: diploma elektrotechniek gewaardeerd op mbo-4 niveau. Hij mag een verkort traject doen bij {{o:ROC Mondriaan}}. Vrouw [[p:Rasha]] wil ook werken, zij was lerares. Ze vroegen of het SWT kan helpen met kinderopvang: verwezen naar {{o:CJG}}. Dossier afgesloten, geen verdere hulp nodig. Afsluitdatum [[d:22-10-2024]], [[n:SWT-LK-2024-0121]].
""",
    r"""
Afsluitbrief

Den Haag, [[d:25 oktober 2024]]
Aan: de heer [[p:S. Haddad]]
[[a:Herman Heijermansweg 45-II]]
[[pc:2525 BK]] Den Haag

Beste meneer [[p:Haddad]],

In ons gesprek van [[d:22 oktober]] hebben we afgesproken dat u geen hulp meer nodig heeft van het sociaal wijkzorgteam. U bent in contact met {{o:IDW}} en {{o:ROC Mondriaan}}. Heeft u later nog vragen? Dan bent u altijd welkom bij het {{o:Servicepunt XL}}.

Wij wensen u en uw gezin veel succes.
Met vriendelijke groet,
[[p:Tomasz Nowicki]], namens het sociaal wijkzorgteam {{w:Laak}}
""",
]
TEXTS += [
    r"""
Contactlijst netwerkpartners SWT {{w:Laak}} (versie [[d:1 oktober 2024]], intern)
{{r:Huisarts}} Laakkwartier – dr. [[p:M. Hoop]] – [[t:070-3991277]] (zorgverleners) – [[e:assistentes.praktijkhoop@zorgmail.nl]]
{{r:Huisarts}} Transvaal – dr. [[p:R. Baldewsingh]] – [[t:070 388 60 14]] – [[e:praktijk.baldewsingh@zorgmail.nl]]
{{r:Wijkagent}} {{w:Laak}} – [[p:Rob Visser]] – [[t:06-1104 8826]] – [[e:r.visser@politie.nl]]
{{r:Woonconsulent}} {{o:Haag Wonen}} – [[p:Chantal Mulder]] – [[t:070-3 520 318]] – [[e:mulder.c@haagwonen.nl]]
{{r:SPV}} {{o:Parnassia}} – [[p:Dewi Sastrowardojo]] – [[t:06 29 84 11 07]] – [[e:d.sastrowardojo@parnassia.nl]]
{{o:Veilig Thuis}} – [[p:Femke Post]] – [[t:088 - 333 41 90]]
{{r:Bewindvoerder}} – [[p:Arjen de Jong]] – [[t:070 - 762 09 31]] – [[e:a.dejong@bewindvoering-haaglanden.nl]]
""",
    r"""
Journaal mw. [[p:J. van den Berg]] – [[n:SWT-LK-2023-0412]]
[[d:02-10-2024]] Mw. belt in paniek, geen leefgeld. Doorgezet naar bewindvoerder.
[[d:07-10-2024]] Voedselbankpakket opgehaald, dochter [[p:Kelly]] (17) was mee. Mw. slaapt slecht, heeft last van haar rug.
[[d:14-10-2024]] Kwijtschelding gemeentelijke belastingen ingediend (aanslag [[n:2024.0882.1931]]).
[[d:21-10-2024]] Leefgeld weer op [[i:NL04 INGB 1196 2090 89]]. Mw. opgelucht.
[[d:29-10-2024]] Hb [[a:Soestdijksekade 412]]: woning netjes, koelkast leeg tot vrijdag. Mw. vraagt naar werk "als het met mijn rug kan". Doorverwezen naar re-integratie via klantmanager [[p:Bas Eijkelenboom]] ({{o:SZW}}).
[[d:31-10-2024]] [[p:Kelly]] heeft een bijbaan bij de {{o:Hema}}, geeft mama € 40 per week. Bespreken: dat is niet haar taak. – [[p:EK]]
""",
    r"""
Aan: Rechtbank Den Haag, team Toezicht (kantonrechter)
Betreft: aanvullende informatie verzoek beschermingsbewind
Zaaknummer: [[n:C/09/671233 / BW RK 24-1188]]
Rechthebbende: de heer [[p:M. Amrani]], geboren [[d:11-06-1970]]

Edelachtbare,

In aanvulling op het verzoek van [[d:25 oktober 2024]] stuur ik u hierbij het schuldenoverzicht (totaal € 7.862,25) en de verklaring van {{o:MEE}} over het vermoeden van een licht verstandelijke beperking ({{r:MEE-consulent}} [[p:T. Nowicki]], SCIL-screening [[d:10 oktober 2024]]).
De heer [[p:Amrani]] woont met zijn echtgenote en meerderjarige zoon op [[a:Slachthuisstraat 12-hs]], [[pc:2521 AN]] Den Haag. Zijn inkomen komt binnen op [[i:NL98SNSB6055507410]].
De heer en zijn echtgenote stemmen in met het bewind; zij zijn bereikbaar via hun zoon op [[t:06-87120453]].

Hoogachtend,
[[p:E. Kaya]], {{r:schuldhulpverlener}}, namens het Sociaal Wijkzorgteam {{w:Laak}}
""",
    r"""
Overdracht caseload [[p:Y. El Khatib]] (ontlasting, besluit teamoverleg [[d:28-10]])
dossier | cliënt | naar | ingangsdatum
[[n:SWT-LK-2024-0117]] | [[p:E. Martina]] | [[p:Tomasz]] | [[d:4-11-2024]]
[[n:SWT-LK-2024-0112]] | [[p:I. Petrova]] | [[p:Sanne]] | [[d:4-11-2024]]
[[n:SWT-LK-2024-0131]] | [[p:K. Wiśniewski]] | blijft bij [[p:YEK]] | –
[[n:SWT-LK-2023-0388]] | [[p:T. Öztürk]] | [[p:Esra]] | [[d:11-11-2024]]
Warme overdracht per cliënt, geen 'overdracht per mail'. Cliënten krijgen een kaartje met het nieuwe nummer.
""",
    r"""
Wijknetwerkoverleg {{w:Laak}} – [[d:woensdag 16 oktober 2024]], 15.00-16.30, {{o:Wijkcentrum De Kempenaar}}
Aanwezig: SWT {{w:Laak}} ([[p:Marloes Verhoef]], [[p:Priya Ramcharan]]), {{o:CJG}} ([[p:Meryem Aydın]]), {{o:Haag Wonen}} ([[p:Chantal Mulder]]), {{o:Staedion}} ([[p:Koen van Rijn]]), {{o:Mooi Welzijn}} (jongerenwerk, [[p:Dion Pique]]), {{o:Politie}} ([[p:Rob Visser]]), {{o:Voedselbank}} ([[p:Ellen Koster]]), {{o:Bibliotheek Den Haag}} (Taalhuis).

1. Signalen uit de wijk. {{o:Voedselbank}}: aantal huishoudens in {{w:Spoorwijk}} met 20% gestegen sinds januari, vooral werkende armen. {{o:Staedion}}: meer huurachterstanden bij arbeidsmigranten na verhuizing uit pensions.
2. Hangjongeren Hildebrandplein. Jongerenwerk start in november een avondinloop op dinsdag en donderdag. Politie vraagt buren om meldingen niet alleen via buurtapp te doen.
3. Eenzaamheid ouderen. {{o:Mooi Welzijn}} en SWT starten een pilot 'buurtkamer' in {{w:Laakkwartier}}. [[p:Priya]] coördineert.
4. Rondvraag. {{o:Haag Wonen}} meldt een nieuwe {{r:woonconsulent}} per [[d:1 december]]: [[p:Naima El Amrani]] (geen familie van cliënten, ha!).
Volgend overleg: [[d:18 december]].
""",
    r"""
Hoi [[p:Chantal]], grapje over 'geen familie' had ik niet in de notulen moeten zetten, sorry. Ik pas het aan voordat het naar alle partners gaat. Groet [[p:Marloes]]
""",
    r"""
SMS-herinneringen (verzonden via systeem, [[d:ma 11 nov]])
→ [[t:06 4872 1930]]: "Herinnering: dinsdag [[d:12-11]] 14:00 afspraak met [[p:Priya]] (SWT). Tot dan!"
→ [[t:06-23910874]]: "Herinnering: [[d:wo 13-11]] 10:00 afspraak met [[p:Youssef]] (SWT)."
→ [[t:+31618772093]]: "Herinnering: [[d:do 14-11]] 11:30 afspraak met [[p:Esra]] (SWT), neem uw bankafschriften mee."
→ [[t:0652233145]]: bericht niet afgeleverd (nummer buiten gebruik)
""",
    r"""
Wie is dat laatste nummer ([[t:0652233145]])? ik kan het niet vinden in suite. Als het van mw [[p:Öztürk]] is moeten we haar anders bereiken, ze heeft op [[d:14/11]] haar herbeoordeling. – [[p:Esra]]
""",
    r"""
Aanvraag zorgverzekering en zorgtoeslag – hulp {{o:Sociaal Raadslieden}} (kopie voor SWT)
Verzekerde: [[p:Ivanka Petrova]], geboren [[d:17 juni 1995]], BSN [[b:520 028 314]]
Medeverzekerde: nvt (partner [[p:G. Dimitrov]] is verzekerd via werkgever)
Adres BRP: [[a:Vaillantlaan 141 A]], [[pc:2526HB]] Den Haag
E-mail: [[e:ivanka.petrova95@abv.bg]]
Rekening zorgtoeslag: [[i:NL09 BUNQ 5343 3318 15]]
Ingangsdatum verzekering: [[d:01-11-2024]]
Ingediend: [[d:24-10-2024]], dossier SR [[n:SR-2024-7712]]
""",
    r"""
Reflectie eind oktober – [[p:Kim Schouten]]
Deze maand heb ik voor het eerst zelf een familiegesprek mee voorbereid en een kennismaking met een maatje begeleid. Ik heb ook een fout gemaakt: ik mailde een huisarts met cliëntgegevens vanaf mijn studentenmail. [[p:Marloes]] legde rustig uit waarom dat een datalek is, ook al kwam het bij de juiste persoon aan. Dat heeft me geleerd dat privacy niet alleen gaat over wíe iets leest, maar over de route.
Wat ik mooi vond: meneer met het hoorapparaat. Een lege batterij leek een crisis. Soms is het probleem klein en de zorg groot.
Leerdoel november: zelfstandig een intake doen, met [[p:Sanne]] als achtervang. Evaluatie met school op [[d:20 november]], met mijn docent mevr. [[p:Hartog]].
""",
    r"""
Hoi [[p:Kim]], mooi stuk! Je docent mevr. [[p:Hartog]] mag er gewoon in, maar 'meneer met het hoorapparaat' is voor iemand uit de buurt best herkenbaar. Maak het iets vager voordat het naar school gaat. – [[p:M.]]
""",
    r"""
Pilot subgroep bemoeizorg – verslag [[d:31 oktober 2024]] (online, 45 min)
Aanwezig: [[p:Henk Koster]] ({{w:Laak}}), [[p:Rachid Bouzid]] ({{w:Schilderswijk}}), [[p:Gert-Jan Hulshof]] ({{w:Mariahoeve}}), [[p:Lars Groen]] ({{o:Crossover}}).
[[p:Rachid]] vertelde over een vrouw in de {{w:Schilderswijk}} die al vijf jaar geen hulp accepteert; pas toen een {{r:ervaringsdeskundige}} van het {{o:Leger des Heils}} meeging, ging de deur open. [[p:Gert-Jan]]: in {{w:Mariahoeve}} werkt het juist via de {{r:huisarts}}, ouderen daar vertrouwen 'de dokter' meer dan 'de gemeente'.
[[p:Henk]] presenteerde zijn casus (duiven). Discussie over anonimiseren: een hobby kan net zo herkenbaar zijn als een naam. Afspraak: bij twijfel laten lezen door iemand uit een ander team.
Volgende keer: [[d:28 november]], [[p:Rachid]] zit voor. Mail vooraf naar [[e:rachid.bouzid@swt-schilderswijk.nl]].
""",
    r"""
Inschrijving Woonnet Haaglanden – urgentieverzoek
Inschrijfnummer: [[n:WN-11583920]]
Hoofdhuurder: [[p:Hatice Demir-Yıldırım]], [[d:17.09.1954]], BSN [[b:903.297.085]]
Medebewoner: [[p:Mehmet Demir]], [[d:01.01.1950]], BSN [[b:5116.71.647]]
Huidig adres: [[a:Neherkade 1844]], [[pc:2521 VR]], 2e etage, geen lift
Gewenst: benedenwoning of lift, {{w:Laakkwartier}}/{{w:Spoorwijk}}/{{w:Transvaal}}
Contact: [[p:Elif Demir]], [[t:06-22904415]], [[e:elif.demir88@hotmail.com]]
Urgentie-advies {{r:GGD-arts}} aangevraagd op [[d:31-10-2024]].
""",
    r"""
Beste mevrouw [[p:Demir]],

Wat fijn dat we vandaag nog even konden bellen. Zoals beloofd hierbij de stappen:
1. Op [[d:31 oktober]] heb ik de medische urgentie aangevraagd.
2. De {{r:GGD-arts}} belt u binnen vier weken voor een afspraak. Hij of zij komt misschien bij u thuis.
3. Tot die tijd hoeft u niets te doen.
Als u vragen heeft, mag u mij altijd bellen op [[t:06 - 32 17 58 40]], of uw dochter mailt naar [[e:s.deroos@denhaag.nl]].

Hartelijke groet,
[[p:Sanne de Roos]], {{r:Wmo-adviseur}}
""",
    r"""
Journaal [[p:N.B.]] (vertrouwelijk) – [[n:SWT-LK-2024-0120]]
[[d:01-10]] melding VT ontvangen, telefonisch contact, mw. wil vrijwillige hulp.
[[d:03-10]] eerste gesprek op neutrale plek ({{o:Bibliotheek}} Laakhaven). Mw. vertelt over 8 jaar geweld.
[[d:08-10]] veiligheidsplan opgesteld met VT.
[[d:22-10]] ex zoekt contact via social media, aangifte [[d:23-10]].
[[d:24-10]] MDO, zie verslag.
[[d:31-10]] sleuteloverdracht nieuwe woning.
[[d:04-11]] spullen Kringloop geleverd. Mw. slaapt voor het eerst in maanden door, zegt ze. [[p:Adam]] vraagt waar papa is.
""",
    r"""
[[d:ma 4/11]] 16:40 – mail van {{o:Basisschool De Regenboog}}, intern begeleider [[p:Marieke Dekker]] ([[e:m.dekker@regenboog-denhaag.nl]]): [[p:Yasmina]] vertelde in de kring dat ze "in een nieuw huis woont zonder gordijnen". Geen adres genoemd. School let op, contact via mij. – [[p:YEK]]
""",
    r"""
Concept casusles 'Huiselijk geweld: het adres als grootste geheim' – [[p:Y. El Khatib]]
Bij een gezin waar de moeder moest verhuizen om veilig te zijn, bleek hoe vaak een adres 'per ongeluk' ergens terechtkomt: in een gedeelde agenda, in het verslag van een wijknetwerk, via een kind op school, via de taxilijst van een dagbesteding. Wij hebben daarom een 'adres-protocol' gemaakt: het nieuwe adres staat alleen in het afgeschermde deel van het dossier, nooit in mails of agenda's, en partners krijgen alleen een contactroute via de {{r:casusregisseur}}.
Les voor andere teams: loop samen met {{o:Veilig Thuis}} álle plekken na waar een adres kan lekken, ook de onverwachte.
""",
]
TEXTS += [
    r"""
Van: [[e:noreply@suite-denhaag.nl]]
Aan: [[e:m.verhoef@denhaag.nl]]
Datum: [[d:za 5-10-2024]] 06:00
Onderwerp: Signalering: toestemmingsverklaring verloopt

De volgende toestemmingsverklaringen verlopen binnen 30 dagen:
- [[n:SWT-LK-2023-0388]], geregistreerd [[d:06-11-2023]], verloopt [[d:06-11-2024]]
- [[n:SWT-LK-2023-0412]], geregistreerd [[d:13-11-2023]], verloopt [[d:13-11-2024]]
- [[n:SWT-LK-2023-0877]], geregistreerd [[d:01-11-2023]], verloopt [[d:01-11-2024]] (dossier gesloten)
Dit is een automatisch bericht, u kunt hier niet op antwoorden.
""",
    r"""
Hallo, hier is de mail van de ouderenbond over de huisbezoeken 75+. Kunnen jullie deze adressen meenemen? Ze hebben niet gereageerd op de brief.
– [[a:Boeierstraat 9]] ([[pc:2521 BL]])
– [[a:Vlietstraat 102 2hoog]] ([[pc:2521 KS]])
– [[a:Hildebrandplein 22-A]] ([[pc:2522 CX]])
– [[a:Merwedestraat 55]] ([[pc:2521 RN]])
Groet, [[p:Annie Verbruggen]], vrijwilliger {{o:KBO Den Haag}}, [[t:06 28 03 47 19]]
""",
    r"""
[[p:Annie]], dank je wel! Ik heb ze verdeeld: [[p:Henk]] neemt de eerste twee, [[p:Priya]] de laatste twee. We gaan in de week van [[d:11 november]]. Bij [[a:Vlietstraat 102]] wonen twee oudere zussen, daar kent [[p:Ingrid]] al iemand van. Groet, [[p:Marloes]]
""",
    r"""
Formulier Aanmelding Schuldhulpverlening gemeente Den Haag
Aanmeldnummer: [[n:SHV/2024/0917]]
Aanvrager: [[p:Amrani, Mohamed]]        Geboortedatum: [[d:11-06-1970]]
Partner: [[p:Amrani-Ouali, Khadija]]     Geboortedatum: [[d:04-04-1974]]
BSN aanvrager: [[b:828767580]]           BSN partner: [[b:738383284]]
Adres: [[a:Slachthuisstraat 12-hs]], [[pc:2521 AN]] DEN HAAG
Telefoon: [[t:06 87 12 04 53]] (zoon)    E-mail: [[e:bilal.amrani01@gmail.com]]
Bankrekening(en): [[i:NL98SNSB6055507410]] (betaalrekening), [[i:NL18INGB6910043501]] (spaarrekening, saldo € 0,00)
Aanmelding via: SWT {{w:Laak}}, [[p:E. Kaya]]      Datum: [[d:30-9-2024]]
""",
    r"""
[18:02] [[p:Ingrid Bakker]]: heads up: morgen ({{r:POH}} belde) komt er een nieuwe melding voor [[a:Rijswijkseweg 212-C]], mw 91 jr, woont alleen, dochter in Spanje. tel dochter [[t:+34 612 44 09 81]]
[18:04] [[p:Marloes Verhoef]]: Dank. Naam?
[18:05] [[p:Ingrid Bakker]]: mw [[p:van der Hoeven]], [[p:Corry]]. geb [[d:2-2-1933]]
[18:05] [[p:Marloes Verhoef]]: Oké, ik zet haar erop voor de intake van [[d:vrijdag 11/10]]
""",
    r"""
Aanmelding nieuwe cliënt (via {{r:POH-ouderen}} [[p:Lotte Brink]])
Naam: mw. [[p:C. van der Hoeven-Kleinjan]]
Geb.: [[d:02-02-1933]]       BSN: [[b:235918726]]
Adres: [[a:Rijswijkseweg 212-C]], [[pc:2516 EM]] Den Haag
Tel.: [[t:070-399 41 18]] (vast, geen mobiel)
Contactpersoon: dochter [[p:Margreet]], Alicante, [[t:+34 612 44 09 81]], [[e:margreet.hoeven@telefonica.net]]
Zorgen: valt vaak, vergeetachtig, weigert thuiszorg, eet brood en koffie. Wil "in haar eigen huis sterven".
Datum aanmelding: [[d:10 oktober 2024]]
""",
    r"""
Intake mw. [[p:van der Hoeven]] – [[d:vrijdag 11 oktober 2024]] – [[p:Ingrid]] en [[p:Henk]]
Mw. (91) is scherp in gesprek, maar haalt data door elkaar. Woning netjes, wel koud. Ze heeft sinds 1958 op dit adres gewoond, "met [[p:Wim]]" (man, overleden 2009). In de gang een Perzisch kleed – valgevaar, mocht niet weg ("dat heeft [[p:Wim]] uit Iran meegenomen").
Ze wil geen thuiszorg maar wel "een aardig meisje dat komt kletsen". Maatje via {{o:Humanitas}} of {{o:Vrijwilligerscentrale}}. Alarmering: ja. Dochter via FaceTime erbij gehaald, zij was opgelucht.
Afspraak: [[p:Henk]] komt [[d:25-10]] terug met info over alarmering.
""",
    r"""
Dienstrooster inloop {{o:Servicepunt XL}} – november
ma [[d:4/11]] [[p:Youssef]] | di [[d:5/11]] [[p:Sanne]] | wo [[d:6/11]] [[p:Priya]] | do [[d:7/11]] [[p:Tomasz]] | vr [[d:8/11]] [[p:Esra]]
ma [[d:11/11]] [[p:Henk]] | di [[d:12/11]] [[p:Kim]] + [[p:Marloes]] | wo [[d:13/11]] [[p:Ingrid]] | do [[d:14/11]] [[p:Youssef]] | vr [[d:15/11]] [[p:Sanne]]
Ruilen zelf regelen en melden bij [[p:Marloes]].
""",
    r"""
Doorgestuurd bericht van {{o:Florence}} klantenservice:
"Geachte heer [[p:Roos]], naar aanleiding van uw telefoontje d.d. [[d:15-10-2024]] bevestigen wij dat de zorg voor uw moeder, mevrouw [[p:G. Roos-van Dijk]], cliëntnummer [[n:FL-2209187]], per [[d:21-10-2024]] is uitgebreid naar 3x daags. De factuur wordt gestuurd naar [[a:Lindelaan 8]], [[pc:2712 AB]] Zoetermeer (correspondentieadres). Met vriendelijke groet, Klantenservice."
[[p:Marloes]]: fijn, dan klopt het ook met wat [[p:Wendy]] zei.
""",
    r"""
hb [[d:16-10]] met [[p:Tomasz]] bij fam [[p:chen]]/[[p:zhang]], [[a:Vaillantlaan 63]]. meneer was er toch bij, onverwacht. hij was vriendelijk maar praatte over "even een slechte periode". mw zweeg. [[p:jun]] zat boven met koptelefoon. daarna met mw apart in de keuken: ze huilde. ze wil niet dat we terugkomen als meneer thuis is. nieuwe afspraak op haar werk, pauze, [[d:31/10]] (zie journaal). tel. mw: [[t:06-5580 1247]]. – SdR
""",
    r"""
Eerste versie overzicht 'wie doet wat' bij dhr. [[p:Doelwijt]] (na overname door [[p:Tomasz]], [[d:4 november]]):
- Depot: FACT ({{o:Parnassia}}), [[p:Jerrel Wijngaarde]], elke 2 weken, eerstvolgende [[d:11-11-2024]]
- Administratie: vrijwilliger {{o:Humanitas Thuisadministratie}}, [[p:Joke Schaap]], [[t:06 10 27 38 84]], start [[d:7 november]]
- Dagbesteding: {{o:Stek}}, kennismaking [[d:14 november]]
- Dochter: brief ligt bij [[p:Jerrel]]
- Huisarts: dr. [[p:Baldewsingh]]
- Rekening: [[i:NL06 ABNA 2177 1616 69]], beheer zelf, {{o:Humanitas}} kijkt mee
""",
    r"""
Beste [[p:Esra]],

Hierbij de gegevens voor de betalingsregeling met het {{o:CAK}}:
Naam: [[p:M. Amrani]]
CAK-relatienummer: [[n:4400812377]]
Regeling: 12 x € 72,00, eerste termijn [[d:1 december 2024]], via incasso van [[i:NL98 SNSB 6055 5074 10]].
Let op: wanneer de regeling niet wordt nagekomen, volgt opnieuw de bestuursrechtelijke premie.

Met vriendelijke groet,
[[p:R. Kortekaas]], {{o:CAK}} afdeling Invordering
""",
    r"""
Aantekening [[p:Priya]] bij intake buurtkamer-deelnemers ({{w:Laakkwartier}}), [[d:30 okt]]:
1. mw. [[p:Fatma Aksoy]], 72, [[a:Hoefkade 610]], weduwe, Turks, komt met buurvrouw
2. dhr. [[p:Harry Lagerwerf]], 80, [[a:Vlietstraat 31-I]], ex-marinier, moppert maar komt toch
3. mw. [[p:Ramona Mahabier]], 67, [[a:Neherkade 1790]], wil graag koken voor de groep
4. dhr. [[p:Piet]] (achternaam weet ik niet), 'van het bankje bij de {{o:Albert Heijn}}'
Start buurtkamer: [[d:donderdag 7 november]], 14-16 uur, {{o:De Mussen}}.
""",
    r"""
Hé [[p:Priya]], kun je bij de buurtkamer-lijst de leeftijden + adressen in een apart bestand zetten? Dit lijstje staat nu in de gedeelde map en daar kunnen ook de vrijwilligers bij. – [[p:Joost]]
""",
]


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(marked):
    marked = marked.strip("\n")
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            code, span, kind = m.group(1), m.group(2), "pii"
        else:
            code, span, kind = m.group(3), m.group(4), "keep"
        if "[[" in span or "{{" in span:
            raise ValueError("nested markup: %r" % span)
        label = PII[code] if kind == "pii" else KEEP[code]
        out.append(span)
        (pii if kind == "pii" else keep).append(
            {"start": start, "end": start + len(span), "label": label, "text": span}
        )
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def verify(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda x: (x["start"], x["end"]))
    for sp in spans:
        assert t[sp["start"] : sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (rec["id"], sp)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for sp in rec["pii"]:
        if sp["label"] == "bsn":
            assert bsn_ok(sp["text"]), (rec["id"], sp)
        if sp["label"] == "iban":
            assert iban_ok(sp["text"]), (rec["id"], sp)
    assert rec["pii"], rec["id"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        rec = {"id": "ho89-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    path = os.path.join(here, "heldout89.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    tot = sum(pc.values())
    print("%s: %d texts, %.0f words/text" % (path, len(recs), words / len(recs)))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
