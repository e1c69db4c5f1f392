#!/usr/bin/env python3
"""Held-out test corpus 54: one month of writing by a Hague sociaal wijkzorgteam.

Deterministic: running this script writes heldout54.jsonl next to itself.
Texts are written with inline markup and stripped programmatically:
  [[x:...]]  personal data (pii), x in PII_CODES
  {{x:...}}  context that must stay readable (keep), x in KEEP_CODES
"""

import json
import os
import re

PII_CODES = {
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
KEEP_CODES = {"w": "wijk", "o": "org", "r": "role"}

T = []  # (register, markup)


def add(register, markup):
    T.append((register, markup.strip("\n")))


# ---------------------------------------------------------------- case notes / contact journal
add(
    "note",
    """
Journaal [[d:4-3-2025]] – huisbezoek
Aanwezig: mw. [[p:Ayşe Kaya]], haar zoon [[p:Emre]] (19) en ondergetekende. Mw. woont sinds 2019 met twee kinderen op [[a:Jan Blankenstraat 38]] ([[pc:2572 HK]]) in {{w:Transvaal}}. Er is een huurachterstand van € 2.870 bij {{o:Haag Wonen}}; de deurwaarder kondigt in zijn brief een ontruiming aan per [[d:18 maart]]. [[p:Emre]] vertaalt alles voor zijn moeder en dat valt hem zichtbaar zwaar, hij zit in zijn examenjaar. Afgesproken: ik neem contact op met de {{r:woonconsultant}} en meld mw. aan bij {{o:Schuldhulpverlening}}. Volgende afspraak dinsdag [[d:11/3]] om 10.00 uur, [[p:Emre]] is er dan ook. Tel. mw.: [[t:06-19283746]].
[[p:K. Brouwer]], {{r:maatschappelijk werker}}
""",
)

add(
    "note",
    """
[[d:05-03]] wv-bezoek dhr [[p:Visser]] (84), [[a:Thomas Schwenckestraat 17]]
S: "ik red me wel hoor", klaagt wel over duizeligheid bij opstaan
O: RR 165/95, gewicht -3 kg sinds jan, koelkast vrijwel leeg, baxterrol ma t/m wo niet ingenomen
A: zelfzorg onvoldoende, ?beginnende cognitieve achteruitgang
P: overleg {{r:huisarts}} [[p:Lam]] ivm medicatie; {{r:casemanager dementie}} ([[p:Marjolein]]) vragen mee te kijken; dochter [[p:Wilma]] bellen [[t:06-28193746]]. Zoon woont in Breda, niet in beeld. Vlg bezoek [[d:do 6/3]].
- [[p:Ilse]]
""",
)

add(
    "note",
    """
Gespreksverslag keukentafelgesprek d.d. [[d:6 maart 2025]]
Cliënt: dhr. [[p:R. Baldewsingh]], geb. [[d:12-07-1958]], BSN [[b:2647.70.900]]
Adres: [[a:Hengelolaan 1020]], [[pc:2545 GZ]] Den Haag ({{w:Bouwlust}}), tel. [[t:070-3972615]]
Hulpvraag: ondersteuning bij het huishouden na CVA in oktober vorig jaar. Cliënt loopt met rollator; de trap naar de 2e verdieping is een probleem. Echtgenote [[p:Savitri]] is mantelzorger maar geeft aan zelf op te zijn.
Conclusie: huishoudelijke ondersteuning cat. 2, 3 uur p/w. Advies verhuisindicatie bespreken met {{o:Haag Wonen}}; mantelzorgondersteuning via {{o:Mantelzorg Den Haag}}.
Zaaknummer [[n:WMO-2025-004417]]
{{r:Wmo-adviseur}} [[p:M. Yıldız]]
""",
)

add(
    "note",
    """
[[d:6 maart]], tel. contact met [[p:Jurgen]] (LVB), hij was zijn pasje van de {{o:Voedselbank}} kwijt. Samen nieuwe aangevraagd. Hij vroeg of ik vrijdag mee kan naar het {{o:UWV}}, lukt mij niet, [[p:Samira]] gaat mee. [[p:Jurgen]]'s telefoon staat vaak uit, beter via zijn zus [[p:Giselle]]: [[t:06 41 93 20 77]].
""",
)

add(
    "note",
    """
Contactverslag [[d:07-03-2025]] — consultatie {{r:POH-GGZ}}
Betreft: mw. [[p:H. Farah]], 34 jr, {{w:Schilderswijk}}. Verwezen door {{r:huisarts}} [[p:Ouali]] wegens slaapproblemen, piekeren en terugtrekken. Mw. spreekt redelijk Nederlands, tolk niet nodig. Zij vertelt over nachtmerries sinds de vlucht (2016) en over zorgen om haar moeder in Mogadishu. Geen acute suïcidaliteit. Advies: verwijzing naar {{o:i-psy}} (cultuursensitieve GGZ). Zij wil dat eerst met haar broer [[p:Abdirahman]] bespreken. Vervolg over twee weken, zelfde tijd.
[[p:P. Raghunathan]]
""",
)

add(
    "note",
    """
Huisbezoek [[d:7-3-2025]] mevrouw [[p:De Wit]] ([[a:Ambachtsgaarde 211]], [[pc:2591 TN]]), {{w:Mariahoeve}}. Mevrouw is 91 en woont nog zelfstandig. Ze was vriendelijk maar wist niet meer dat haar man [[p:Gerrit]] in 2021 is overleden; ze had de tafel voor twee gedekt. Buurvrouw [[p:Roos]] komt dagelijks even kijken en heeft een sleutel. Met toestemming van mevrouw heb ik haar nicht [[p:Ineke de Wit]] gebeld ([[t:0174-628 431]]). Afspraak: aanmelding {{r:casemanager dementie}} en gesprek met de {{r:huisarts}} over een geheugentest. Haar witte kat moet ook verzorgd blijven, dat is voor mevrouw het belangrijkste. Volgende bezoek [[d:donderdag 20 maart]].
[[p:Wendy]]
""",
)

add(
    "note",
    """
Intake {{o:SHV}} fam. [[p:Tavares]], [[d:10 maart]].
Aanwezig: dhr. [[p:Manuel Tavares]] en mw. [[p:Fernanda da Luz Monteiro]], dochter [[p:Sónia]] (15) was er het eerste half uur bij.
Schulden (voorlopig): {{o:CJIB}} € 1.240, {{o:Belastingdienst}}/Toeslagen terugvordering € 6.800, energie € 930, telefoon € 411, huur {{o:Staedion}} 2 mnd.
Inkomen: loon dhr. via uitzendbureau (wisselend), kinderbijslag. Gezamenlijke rekening [[i:NL09 RABO 3894 8258 58]]. Mw. heeft ook een eigen rekening, nummer volgt.
Actie: aanvraag budgetbeheer, beslagvrije voet laten herberekenen, inkomensplaatje opvragen bij uitzendbureau.
Dossiernr. [[n:SHV-25-0388]] / [[p:Ruud]]
""",
)

add(
    "note",
    """
[[d:11-3]] 14:20 melding via {{r:wijkagent}} [[p:Bas Vermeulen]]: buren klagen over geluidsoverlast en stank bij [[a:Hoefkade 412-A]]. Bewoner dhr. [[p:El Khatib]] (52) is bekend bij het team, zorgmijdend, laatste contact [[d:14 januari]] (deur niet open). [[p:Bas]] zegt dat de gordijnen al weken dicht zijn. Voorstel: bemoeizorg-huisbezoek samen met de {{r:SPV}} van {{o:Parnassia}}, liefst deze week nog. Ik zet het op de agenda voor het MDO.
""",
)

add(
    "note",
    """
[[d:Woensdag 5 maart]]. Vandaag met [[p:Mebrat]] naar het taalcafé in het wijkcentrum geweest. Ze was eerst heel stil, maar toen [[p:Senait]] binnenkwam (ook uit Eritrea, woont bij haar om de hoek) ging het een stuk beter. [[p:Mebrat]] vertelt dat ze zich erg alleen voelt sinds haar man [[p:Yonas]] in Rotterdam werkt en alleen in het weekend thuis is. Afgesproken dat ik haar aanmeld voor de wandelgroep op woensdag. Let op, haar nummer is veranderd: [[t:06-18273645]].
Groetjes [[p:Samira]]
""",
)

add(
    "note",
    """
Gesprek met [[p:Shurendy Martina]] en zijn begeleider van {{o:Reakt}}. [[p:Shurendy]] (27) heeft een licht verstandelijke beperking en woont sinds januari zelfstandig in {{w:Moerwijk}}, [[a:Zuidlarenstraat 57]]. Hij snapt de brieven niet en stopt ze in een la. Vandaag samen de la leeggemaakt: 23 ongeopende brieven, o.a. van het {{o:CAK}} en {{o:DUO}}. Hij wil zelf graag een {{r:bewindvoerder}}. Ik vraag het aan via de kantonrechter; zijn moeder [[p:Yuleska]] wil dat niet, zij regelt liever alles zelf. Volgende keer bespreken we dat samen met haar.
[[p:Tom]] ({{r:MEE-consulent}})
""",
)

add(
    "note",
    """
Journaal [[d:12 maart 2025]]. Telefonisch contact met mw. [[p:Agnieszka Nowak]]. Zij belde huilend: haar partner [[p:Tomasz]] is gisteravond meegenomen door de politie na een ruzie. De kinderen ([[p:Julia]], 6, en [[p:Kuba]], 3) waren erbij. {{o:Veilig Thuis}} is op de hoogte (melding door politie, nr. [[n:VT-2025-03318]]). Mw. wil bij hem weg maar heeft geen eigen inkomen en spreekt weinig Nederlands; gesprek in het Engels. Ik ga morgen langs op [[a:Rijswijkseweg 133-3]], [[pc:2516 EM]]. Overleg met {{o:CJG}} over de kinderen volgt.
""",
)

add(
    "note",
    """
wv: mw [[p:chotkan]] insuline weer zelf geprikt, suikers stabiel (6-9). dochter [[p:anjali]] doet de weekboodschappen. geen zorgen nu, afschalen naar 1x p/w. vlg bezoek ma [[d:17/3]].
""",
)

add(
    "note",
    """
[[d:07-03-25]] Terugbelverzoek dhr. [[p:Ahmadzai]] ([[a:Erasmusweg 1507]]) via {{o:Servicepunt XL}} {{w:Escamp}}. Gebeld op [[t:0687 41 22 90]], geen gehoor, voicemail ingesproken in het Nederlands (hij verstaat het redelijk volgens de baliemedewerker). Dinsdag opnieuw proberen, anders zoon [[p:Farid]] benaderen.
""",
)

add(
    "note",
    """
Kennismaking met dhr. en mw. [[p:Chen]] in de {{w:Stationsbuurt}}, boven het restaurant van hun zoon [[p:Wei]] aan de [[a:Wagenstraat 84]] ([[pc:2512 AX]]). Bezoek op [[d:10-03-2025]]. Dhr. (79) is slechthorend, mw. [[p:Mei Ling]] (76) heeft artrose in beide knieën. Ze spreken weinig Nederlands; kleindochter [[p:Xiaoyan]] vertaalde. Vraag: een traplift of een woning op de begane grond. Ik heb uitgelegd hoe de Wmo werkt en dat een verhuizing in mei of juni niet realistisch is. Zoon [[p:Wei]] ([[t:06-51092387]]) neemt de aanvraag door met de {{r:Wmo-adviseur}}.
""",
)

add(
    "note",
    """
Notitie n.a.v. signaal {{r:wijkagent}}: op [[d:zaterdag 8 maart]] is de politie twee keer geweest bij [[a:De la Reyweg 3 bis]] i.v.m. ruzie tussen de broers [[p:Stoyan]] en [[p:Ivan Petrov]]. Alcohol speelde een rol. [[p:Ivan]] heeft geen vaste woon- of verblijfplaats en slaapt op de bank bij [[p:Stoyan]]. Beiden werken via een uitzendbureau in het Westland. Actie: {{r:casusregisseur}} neemt contact op met {{o:Stichting Barka}} voor ondersteuning in het Bulgaars.
""",
)

add(
    "note",
    """
Aanmelding {{o:Parnassia}} {{o:FACT}} {{w:Laak}} voor dhr. [[p:Glenn Wijngaarde]], geb. [[d:02-11-1979]], BSN [[b:158 188 172]].
Reden: vermoeden psychose, verslechtering sinds hij in januari met zijn medicatie stopte. Wantrouwend, weigert {{r:huisarts}}, praat over camera's in de lantaarnpalen. Moeder [[p:Ruth Sordam]] maakt zich grote zorgen en is bereikbaar op [[t:070 - 388 12 45]]. Dhr. heeft ingestemd met één gesprek, "als die vrouw van het wijkteam erbij is". Dat ben ik.
""",
)

add(
    "note",
    """
[[d:7 mrt]]: ben met [[p:Hamza]] naar de kapper geweest en daarna koffie gedronken in de {{o:Buurtkamer}}. Hij was goed gehumeurd, vertelde dat zn moeder [[p:Khadija]] weer ziek is en dat hij thuis alles moet doen. School (ROC) laat hij een beetje lopen. Heb gezegd dat ik vrijdag met hem naar zijn mentor mevrouw [[p:Dekker]] ga. [[p:Hamza]] woont op [[a:Parallelweg 222]], 3e verdieping, bel aan bij [[p:Azzouz]].
""",
)

add(
    "note",
    """
[[d:11-03-2025]] Afspraak mw. [[p:Kaya]] gaat niet door, [[p:Emre]] belde af ([[t:+31 6 2039 4418]]). Mw. is naar het {{o:HMC}} na een val in de badkamer. Nieuwe afspraak na ontslag. {{r:Woonconsultant}} [[p:Vincent Groen]] van {{o:Haag Wonen}} is bereid de ontruiming aan te houden als er vóór [[d:1 april]] een betalingsregeling ligt. Dat is krap maar haalbaar.
""",
)

add(
    "note",
    """
Contact met {{o:Humanitas}} Thuisadministratie: vrijwilliger [[p:Hans Koster]] gaat vanaf volgende week wekelijks bij mw. [[p:Lopes Gomes]] langs ([[a:Goudsbloemlaan 7]], [[pc:2565 CL]]). Vaste lasten lopen via [[i:NL83TRIO6863488751]]. Zoon [[p:Adilson]] heeft in het verleden geld van haar rekening gehaald; mw. wil nu een aparte spaarrekening waar hij niet bij kan. [[p:Koster]] is gepensioneerd boekhouder, lijkt me een goede match.
""",
)

add(
    "note",
    """
SPOED [[d:10 maart]] – dhr. [[p:Hoogendoorn]] (88) is vannacht om 03.00 uur gevonden op de Laan van Nieuw Oost-Indië, in pyjama. Politie heeft hem thuisgebracht ([[a:Schenkkade 49-C]]). Dochter [[p:Truus]] woont in Zoetermeer en kan niet elke dag komen. {{r:Casemanager dementie}} [[p:Loes]] is gebeld; spoedoverleg met {{r:huisarts}} [[p:Van Rijn]] morgenochtend 8.15 uur. Tijdelijke opname via {{o:WZH}} wordt onderzocht.
""",
)

add(
    "note",
    """
[[d:13/3]] - [[p:Shurendy]] heeft zelf gebeld!! Brief van {{o:DUO}} begrepen met hulp van zijn buurman [[p:Rignald]]. Volgende keer oefenen met DigiD.
""",
)

add(
    "note",
    """
Kennismaking gezin [[p:Al-Hassan]] op [[d:4 maart]] ([[a:Vaillantlaan 211 A]], [[pc:2526 AG]], {{w:Schilderswijk}}). Vader [[p:Ahmad]] en moeder [[p:Rasha]], vier kinderen tussen 3 en 14 jaar, statushouders sinds 2022. [[p:Rasha]] wil graag Nederlands leren en vrijwilligerswerk doen; [[p:Ahmad]] heeft rugklachten en zit thuis. De oudste, [[p:Yara]], doet veel in het huishouden en verzuimt af en toe. Afspraak met [[p:Omar]] van {{o:VluchtelingenWerk}} over de inburgering; ik meld [[p:Rasha]] aan bij het vrouwencafé van {{o:Stichting Mooi}}.
""",
)

add(
    "note",
    """
Tel. [[d:vr 14-3]] 09:40 — mw. [[p:Georgieva]] ([[t:+359 88 712 4409]]) belt namens haar zus [[p:Mariya Ivanova]], die geen telefoon heeft. Mw. [[p:Ivanova]] is ontslagen uit het ziekenhuis en woont tijdelijk in een pension aan de Prinsegracht. Vraag: hulp bij inschrijving BRP zodat zij een zorgverzekering kan afsluiten. Doorverwezen naar {{o:Servicepunt XL}} {{w:Centrum}}, spreekuur ma/wo. Gesprek in het Engels.
""",
)

add(
    "note",
    """
[[d:17 maart]], wondzorg dhr. [[p:Kwame Mensah]], [[a:Stuwstraat 12-hs]].
Wond onderbeen geneest langzaam, diabetes slecht ingesteld. Dhr. eet vooral wat zijn vrouw [[p:Akosua]] kookt (rijst, yam, veel zoet). Dieetadvies via de diëtist loopt niet: "Hollands eten". Idee: [[p:Abena]] van de Ghanese kerk in {{w:Transvaal}} geeft kookles, misschien kan zij meedenken. {{r:Huisarts}} [[p:Yıldırım]] bespreekt insuline volgende week.
""",
)

add(
    "note",
    """
[[d:14-03-2025]] huisbezoek mw. [[p:Nowak]]. Samen de aanvraag bijstand ingevuld (BSN [[b:853642588]], rekening [[i:NL86ABNA7850682857]]). [[p:Tomasz]] is vrijgelaten met een contactverbod; hij mag niet in de woning komen. Mw. is bang dat hij toch komt. Afgesproken: nummers opgeslagen, buurvrouw [[p:Katarzyna]] heeft een reservesleutel. Overleg met {{r:jeugdconsulent}} [[p:Sabrina]] van het {{o:CJG}} staat voor woensdag.
""",
)

add(
    "note",
    """
[[d:ma 17/3]] vandaag niet gelukt met [[p:hamza]], hij reageerde nt op de app. zn broer [[p:Bilal]] zei dat hij bij vrienden slaapt in {{w:Spoorwijk}}. maakt me zorgen eerlijk gezegd. ga morgen langs bij de moskee aan de Hoefkade, daar ken ik mensen. - [[p:achmed]]
""",
)

add(
    "note",
    """
Aanvraag {{o:Tafeltje Dekje}} geregeld voor mw. [[p:Bakker]] ([[a:Oude Haagweg 58]]), dochter [[p:Yvonne]] ([[t:06-52173004]]) betaalt de eigen bijdrage, start [[d:maandag 17 maart]]. Mw. [[p:Bakker]] had gisteren bezoek van een vrijwilliger van de {{o:Zonnebloem}}, dat vond ze fijn. Brood haalt ze zelf nog bij de bakker op de hoek, dat wil ze graag blijven doen.
""",
)

add(
    "note",
    """
Ontslagbericht ontvangen van {{o:PsyQ}} m.b.t. mw. [[p:Zeynep Öztürk]] (cliëntnr. [[n:PQ-7781204]]). Behandeling depressie afgerond per [[d:28-02-2025]]. Nazorg via het team: dagstructuur en werk. Mw. wil graag weer aan de slag, ze werkte vroeger 8 jaar in de kinderopvang. Overleg met {{r:klantmanager}} [[p:Dennis]] van {{o:Werk en Inkomen}} ingepland.
""",
)

add(
    "note",
    """
Kort: [[p:Ionela Popescu]] ([[a:Loosduinsekade 530]]) meldt zich op het spreekuur {{o:SHV}} {{w:Moerwijk}}. Werkte bij een vleesverwerker, na ziekte ontslagen, geen WW omdat het uitzendbureau haar heeft uitgeschreven. Schuld bij zorgverzekeraar ({{o:Zilveren Kruis}}, € 1.780), klantnr. [[n:223-884-109]]. Dochter [[p:Andreea]] (17) zit op school in {{w:Rustenburg}}. Afspraak maken bij {{o:Juridisch Loket}}. Mw. is bereikbaar op [[t:+40 723 118 906]] (Roemeens nummer!).
""",
)

add(
    "note",
    """
[[d:12/3]] [[p:Djenifer]] ([[t:06 1002 8837]]) belt in paniek: haar uitkering is niet gestort. Samen in Mijn Den Haag gekeken: het maandformulier van februari was niet terug. Samen ingevuld en verstuurd. Ze vroeg of haar vriend [[p:Kelvin]] bij haar mag komen wonen; uitgelegd wat dat betekent voor de kostendelersnorm. Ze gaat erover nadenken en belt me [[d:maandag 24 maart]] terug.
""",
)

add(
    "note",
    """
Mw. [[p:Zarghona Popal]] (61, [[a:Vlierboomstraat 412]]) komt sinds februari elke dinsdag naar de naaigroep. Haar schoondochter [[p:Shabnam]] belde dat mw. de laatste tijd slecht eet en veel huilt; haar broer is in januari in Kabul overleden. Gesprek gevoerd met een tolk Dari via {{o:GlobalTalk}}. Mw. wil geen psycholoog, wel graag praten met een vrouw uit haar eigen gemeenschap. Ik vraag [[p:Mahbooba]] van de {{o:Afghaanse Vrouwenvereniging}}.
""",
)

add(
    "note",
    """
Mw. [[p:Latuheru]] (82) gevallen op [[d:vrijdag 21 maart]], geen breuk. Personenalarmering aangevraagd. Zoon [[p:Johan]] zit in Nieuwegein, bel [[t:030-2714480]]. Mw. gaat elke zondag naar de kerk in {{w:Moerwijk}}; dominee [[p:Tahapary]] wil helpen met vervoer.
""",
)

add(
    "note",
    """
Overdracht ivm vakantie van [[d:24 maart]] tot en met [[d:28 maart]]:
- mw. [[p:Kaya]]: betalingsregeling {{o:Haag Wonen}} moet vóór [[d:1-4]] rond, contact [[p:Vincent Groen]]
- mw. [[p:Nowak]]: {{o:CJG}} ([[p:Sabrina]]) heeft regie over de kinderen, ik over mw.
- dhr. [[p:Sewdien]]: nog niet gezien, graag iemand die kan invallen
[[p:Karin]]
""",
)

add(
    "note",
    """
Journaal dhr. [[p:Tesfay Gebremedhin]], [[d:18-3-'25]].
Dhr. kwam onaangekondigd naar het {{o:Servicepunt XL}} met een stapel brieven. Hoofdpunt: huurtoeslag gestopt omdat een inkomenswijziging niet is doorgegeven. Hij werkt sinds november als schoonmaker. Samen gebeld met de {{o:Belastingdienst}}. Hij heeft een Tigrinya-tolk nodig voor het vervolg; zijn neef [[p:Yonas Habte]] kan soms vertalen maar dat wil ik liever niet bij financiële zaken. Tel. dhr.: [[t:0684 27 19 03]].
""",
)

# ---------------------------------------------------------------- e-mails with partners
add(
    "mail",
    """
Van: [[p:Rachida Bouzerda]] <[[e:r.bouzerda@xtra.nl]]>
Verzonden: [[d:dinsdag 4 maart 2025]] 09:12
Aan: [[p:Karin Brouwer]] <[[e:k.brouwer@xtra.nl]]>
Onderwerp: RE: mw. [[p:Kaya]] - huurachterstand

Hoi [[p:Karin]],

Ik heb net met [[p:Vincent]] van {{o:Haag Wonen}} gebeld. Als mw. vóór het eind van de maand € 500 aflost, houden ze de ontruiming aan. Kun jij dit met haar bespreken? Ik ben zelf donderdag en vrijdag vrij.

Groetjes,
[[p:Rachida]]
Coördinator {{o:SchuldHulpMaatje}} | {{o:Xtra}}
[[t:06 - 18 44 92 31]]
""",
)

add(
    "mail",
    """
Van: [[p:Sanne Hofman]] <[[e:s.hofman@denhaag.nl]]>
Aan: Wijkteam {{w:Moerwijk}} <[[e:swt.moerwijk@denhaag.nl]]>
Onderwerp: FW: aanmelding dhr. [[p:Sewdien]]

Zie onderstaand, wie pakt dit op? Ik heb deze week geen ruimte.
[[p:Sanne]]

-----Oorspronkelijk bericht-----
Van: {{o:Huisartsenpraktijk Leyenburg}} <[[e:praktijk@hapleyenburg.nl]]>
Verzonden: [[d:05-03-2025]] 16:47
Onderwerp: aanmelding dhr. [[p:Sewdien]]

Geachte collega's,
Namens {{r:huisarts}} [[p:A. Jagessar]] melden wij dhr. [[p:Ravi Sewdien]] ([[d:1961-09-23]]) aan bij het wijkteam. Dhr. woont alleen op [[a:Loevesteinlaan 402]], [[pc:2533PN]], en is sinds het overlijden van zijn vrouw sterk vermagerd. Hij komt alleen nog voor herhaalrecepten. Dhr. is akkoord met de aanmelding. Telefoon: [[t:070-3667189]].
Met vriendelijke groet,
[[p:Esmeralda]], {{r:doktersassistente}}
""",
)

add(
    "mail",
    """
Van: [[e:info@bewindvoeringhaaglanden.nl]]
Aan: [[e:m.yildiz@denhaag.nl]]
Onderwerp: Cliënt [[p:Murat Aydın]] / ons kenmerk [[n:BH-2019-0772]]

Geachte heer [[p:Yıldız]],

Naar aanleiding van uw telefoontje van [[d:7 maart]] bevestigen wij dat wij sinds [[d:1 juni 2019]] beschermingsbewindvoerder zijn van dhr. [[p:M. Aydın]], BSN [[b:701717865]]. Het leefgeld wordt wekelijks op dinsdag overgemaakt naar [[i:NL31 SNSB 4124 1524 80]]. Het verzoek om extra leefgeld voor een nieuwe wasmachine kunnen wij honoreren zodra wij de offerte hebben ontvangen.

Met vriendelijke groet,

mr. drs. [[p:L.C. Verbeek]]
{{r:bewindvoerder}}
{{o:Bewindvoering Haaglanden}}
""",
)

add(
    "mail",
    """
Onderwerp: Terugkoppeling melding [[n:VT-2025-03318]]

Beste [[p:Karin]],

Zoals afgesproken een korte terugkoppeling. Wij hebben op [[d:13-3]] gesproken met mw. [[p:Nowak]] en afzonderlijk met dhr. [[p:T. Kowalczyk]]. Dhr. erkent dat er vaker geschreeuwd wordt, maar ontkent geweld. Mw. heeft letsel laten zien (foto's in ons dossier). Wij dragen de casus over aan het wijkteam met het advies om een veiligheidsplan op te stellen en de kinderen via het {{o:CJG}} te laten volgen. Wij monitoren over drie maanden.

Met vriendelijke groet,
[[p:Lotte Smit]] | {{r:medewerker onderzoek}} | {{o:Veilig Thuis Haaglanden}}
T [[t:088 - 207 34 91]] | E [[e:l.smit@vtHaaglanden.nl]]
""",
)

add(
    "mail",
    """
Van: [[p:Joyce van der Meer]]
Aan: team {{w:Laak}}
Onderwerp: agenda MDO do [[d:13 maart]]

Lieve collega's,

Voor donderdag staan de volgende casussen op de agenda:
1. dhr. [[p:El Khatib]] ([[p:Mehmet]] / {{o:Parnassia}})
2. fam. [[p:Al-Hassan]] ([[p:Samira]])
3. mw. [[p:Nowak]] ([[p:Karin]], {{o:CJG}} schuift aan)
4. rondvraag + evaluatie pilot

Wil iedereen zijn casus kort voorbereiden (max. 5 min)? De {{r:wijkagent}} komt om 11 uur voor punt 1.

Hartelijke groet,
[[p:Joyce]]
{{r:Casusregisseur}} SWT {{w:Laak}}
""",
)

add(
    "mail",
    """
Van: [[p:Piotr Wiśniewski]] <[[e:piotr.wisniewski88@gmail.com]]>
Aan: [[e:k.brouwer@xtra.nl]]
Onderwerp: my sister [[p:Agnieszka]]

Dear Mrs [[p:Brouwer]],

My name is [[p:Piotr]], I am the brother of [[p:Agnieszka Nowak]]. She gave me your email. I live in Poznań but I can come to Den Haag on [[d:22 March]] to help her with the children. Can I also come to the meeting with you? My Dutch is not good, sorry. My phone is [[t:+48 601 224 873]].

Thank you very much for helping my sister.
[[p:Piotr]]
""",
)

add(
    "mail",
    """
Van: [[p:Vincent Groen]] <[[e:v.groen@haagwonen.nl]]>
Aan: [[p:Karin Brouwer]]
CC: [[e:incasso@haagwonen.nl]]
Datum: [[d:17-03-2025]]
Onderwerp: Betalingsregeling huurder [[a:Jan Blankenstraat 38]] / contractnr. [[n:HW-0049281-01]]

Beste [[p:Karin]],

Dank voor je telefoontje. Wij gaan akkoord met een aflossing van € 150 per maand bovenop de huur, eerste termijn per [[d:1 april 2025]], mits mw. [[p:Kaya]] het regelingsformulier ondertekent. De ontruiming van [[d:18 maart]] is hiermee opgeschort. Graag wel de toestemmingsverklaring meesturen.

Groet, [[p:Vincent]]
{{r:woonconsultant}} {{o:HaagWonen}}
""",
)

add(
    "mail",
    """
Van: [[e:fact.laak@parnassia.nl]]
Aan: [[e:swt.laak@denhaag.nl]]
Onderwerp: aanmelding [[p:G. Wijngaarde]] – reactie

Beste collega,

Wij hebben de aanmelding van dhr. [[p:Wijngaarde]] ontvangen en besproken in ons teamoverleg. Onze {{r:SPV}}, [[p:Francis Oduro]], gaat mee naar het eerste gesprek op [[d:woensdag 19 maart]] om 14.00 uur bij dhr. thuis ([[a:Hobbemastraat 143-II]]). Als dhr. na dat gesprek instemt, nemen wij hem op in de caseload.

Met collegiale groet,
namens het {{o:FACT-team}} {{w:Laak}},
[[p:Marieke Jansen]], {{r:teamsecretaresse}}
[[t:088 - 357 12 40]]
""",
)

add(
    "mail",
    """
Onderwerp: Afwezigheidsbericht: RE: aanvraag Wmo [[p:Chen]]

Ik ben afwezig tot en met [[d:maandag 17 maart]]. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met mijn collega [[p:Youssef El Idrissi]] ([[t:06-23849102]]) of met het algemene nummer van het {{o:Wmo-loket}}.

Met vriendelijke groet,
[[p:Mehmet Yıldız]]
{{r:Wmo-adviseur}} | {{o:Gemeente Den Haag}}
""",
)

add(
    "mail",
    """
Van: [[p:Hans Koster]] <[[e:hkoster1951@ziggo.nl]]>
Aan: [[p:Ruud]] <[[e:r.dekker@denhaag.nl]]>
Onderwerp: mevrouw [[p:Lopes Gomes]]

Beste [[p:Ruud]],

Gisteren ben ik voor de eerste keer bij mevrouw [[p:Lopes Gomes]] geweest. Een zeer vriendelijke dame. Wij hebben samen de map doorgenomen. Ik zag dat er elke maand € 75 naar een rekening gaat op naam van haar zoon ([[i:NL74INGB1362872647]]). Mevrouw wist daar niets van af. Ik heb gezegd dat ik dit met u zou bespreken. Ik kom volgende week [[d:dinsdag 25 maart]] weer.

Met vriendelijke groeten,
[[p:H.J. Koster]]
Vrijwilliger {{o:Humanitas}} Thuisadministratie
""",
)

add(
    "mail",
    """
Van: [[p:Sabrina Tjon-A-Fat]] <[[e:s.tjonafat@cjgdenhaag.nl]]>
Aan: [[p:Karin Brouwer]]
Onderwerp: RE: RE: kinderen [[p:Nowak]]

> Hoi [[p:Sabrina]], kunnen we woensdag samen langsgaan? Groet [[p:Karin]]

Hoi [[p:Karin]], woensdag [[d:19-3]] om 9.30 kan ik. [[p:Julia]] zit op de {{o:Haagse Schoolvereniging}}? Ik heb even met de IB'er gebeld, juf [[p:Roos]] zegt dat [[p:Julia]] de laatste weken heel stil is. Ik zie je bij mw. thuis. Adres is nog [[a:Rijswijkseweg 133-3]], [[pc:2516 EM]], toch?

[[p:Sabrina]]
{{r:Jeugd- en gezinswerker}} {{o:CJG}} {{w:Laak}}
""",
)

add(
    "mail",
    """
Van: [[e:werkeninkomen.klantmanagers@denhaag.nl]]
Aan: [[e:p.raghunathan@parnassia.nl]]
Onderwerp: mw. [[p:Öztürk]], BSN [[b:294362496]]

Beste mevrouw [[p:Raghunathan]],

Mw. [[p:Öztürk]] staat bij ons ingeschreven met een bijstandsuitkering (dossier [[n:WI/2023/118822]]). Wij kunnen haar een re-integratietraject in de kinderopvang aanbieden via {{o:Stichting Kinderopvang Den Haag}}. Vindt u dat verantwoord na de behandeling? Graag uw advies vóór [[d:31 maart]].

Met vriendelijke groet,
[[p:Dennis Kortekaas]]
{{r:Klantmanager}} Werk & Inkomen
[[t:(070) 353 62 19]]
""",
)

add(
    "mail",
    """
Van: [[p:Francis Oduro]] <[[e:f.oduro@parnassia.nl]]>
Aan: [[p:Priya Raghunathan]]; [[p:Mehmet Yıldız]]
Onderwerp: huisbezoek [[p:Wijngaarde]] — kort verslag

Hoi allebei,

Bezoek bij [[p:Glenn]] ging beter dan verwacht. Hij liet ons binnen, zijn moeder was er ook. Hij gaat akkoord met een tweede afspraak op [[d:2 april]], dan met de psychiater erbij. Let op: hij heeft een hond die niet aangelijnd is. Zijn moeder vraagt of jullie haar kunnen bellen, haar nummer is [[t:06-44019283]] (niet het vaste nummer).

Groet, [[p:Francis]]
""",
)

add(
    "mail",
    """
Van: [[p:Ruud Dekker]] <[[e:r.dekker@denhaag.nl]]>
Aan: [[e:beslaglegging@cjib.nl]]
Onderwerp: verzoek opschorting invordering – [[p:M. Tavares]], geb. [[d:14-05-1983]]

Geachte heer/mevrouw,

Namens dhr. [[p:Manuel Tavares]] (BSN [[b:985975234]]), wonende [[a:Zuiderparklaan 88]], [[pc:2574 HG]] Den Haag, verzoek ik u de invordering van de openstaande beschikkingen (o.a. CJIB-nummer [[n:9003 8821 4471 0012]]) op te schorten. Dhr. is per [[d:10 maart 2025]] aangemeld bij de gemeentelijke schuldhulpverlening. Een kopie van de aanmeldbevestiging en de machtiging treft u bijgevoegd aan.

Met vriendelijke groet,
[[p:R. Dekker]]
{{r:Schuldhulpverlener}}, {{o:Gemeente Den Haag}}
""",
)

add(
    "mail",
    """
Van: [[p:Abena Owusu]] <[[e:abena.owusu@hotmail.com]]>
Aan: [[e:i.vandenberg@florence.nl]]
Onderwerp: kookles meneer [[p:Mensah]]

Hallo [[p:Ilse]],

[[p:Akosua]] heeft mij gebeld. Ik wil wel helpen! Wij hebben in de kerk elke zaterdag een vrouwenochtend, daar kan ik laten zien hoe je met minder suiker kookt, ook Ghanees eten. [[p:Kwame]] mag ook komen haha. Mijn nummer is [[t:0616293847]].

God bless,
[[p:Abena]]
""",
)

add(
    "mail",
    """
Van: Wijkteam {{w:Mariahoeve}} <[[e:swt.mariahoeve@denhaag.nl]]>
Aan: [[e:huisartsvanrijn@gmail.com]]
Onderwerp: spoedoverleg dhr. [[p:Hoogendoorn]] (geb. [[d:3-1-1937]])

Geachte collega [[p:Van Rijn]],

Hierbij een korte samenvatting voor ons overleg van morgen 8.15 uur. Dhr. [[p:J. Hoogendoorn]], [[a:Schenkkade 49-C]], is afgelopen nacht voor de tweede keer in een maand dwalend aangetroffen. Mantelzorg door dochter ([[p:Truus van Es-Hoogendoorn]], [[t:079-3412876]]) is niet meer toereikend. {{o:WZH}} heeft een crisisplek op [[d:20/03]]. Graag uw akkoord voor de verwijzing.

Met vriendelijke groet,
[[p:Wendy Bos]], {{r:ouderenconsulent}}
[[p:Loes Vink]], {{r:casemanager dementie}}
""",
)

add(
    "mail",
    """
Van: [[p:Omar Khalil]] <[[e:o.khalil@vluchtelingenwerk.nl]]>
Aan: [[p:Samira]]
Onderwerp: Re: gezin [[p:Al-Hassan]]

Salaam [[p:Samira]],

Dank voor je mail. Ik ken het gezin, ik heb hen in 2022 begeleid bij de huisvesting. [[p:Ahmad]] heeft een afspraak bij de orthopeed op [[d:3 april]], misschien goed om daarna te kijken naar werk. [[p:Rasha]] kan instromen in de taalklas die op [[d:14-4]] begint in wijkcentrum {{o:De Mussen}}. Over [[p:Yara]] maak ik me ook zorgen: zij is 14 en vertaalt alles.

Hartelijke groet,
[[p:Omar]]
{{r:Maatschappelijk begeleider}} {{o:VluchtelingenWerk}} Zuidwest-Nederland
""",
)

add(
    "mail",
    """
Van: [[e:planning@haeghegroep.nl]]
Aan: [[p:Tom Vos]]
Onderwerp: plaatsing dagbesteding [[p:S. Martina]]

Beste [[p:Tom]],

Goed nieuws: er is vanaf [[d:7 april]] plek op de fietsenwerkplaats aan de Zuiderparklaan, 3 dagdelen per week (ma, wo, vr). Wil je [[p:Shurendy]] laten weten dat hij zich de eerste dag om 9.00 uur meldt bij [[p:Rob]], de {{r:werkbegeleider}}? Beschikking Wmo-kenmerk [[n:WMO-2025-003981]] hebben we ontvangen.

Met vriendelijke groet,
Planning {{o:Haeghe Groep}}
""",
)

add(
    "mail",
    """
Van: [[p:Karin Brouwer]] <[[e:k.brouwer@xtra.nl]]>
Verzonden: [[d:13-3-2025]]
Aan: [[e:aysekaya1971@hotmail.com]]
Onderwerp: afspraak

Beste mevrouw [[p:Kaya]],

Ik hoop dat het goed gaat met u na uw val. Ik kom graag bij u langs op [[d:woensdag 26 maart]] om 11 uur. Dan bespreken we de brief van {{o:Haag Wonen}}. U hoeft nu niets te betalen. Is het goed als [[p:Emre]] er ook bij is? Als het niet uitkomt, belt u mij dan op [[t:06 - 31 07 55 82]].

Hartelijke groet,
[[p:Karin Brouwer]]
{{r:maatschappelijk werker}}, {{o:Xtra}}
""",
)

add(
    "mail",
    """
Van: Imam [[p:Said Boukhari]]
Aan: [[e:achmed.benali@voorwelzijn.nl]]
Onderwerp: jongen

Beste broeder [[p:Achmed]],

[[p:Hamza]] is gisteren na het avondgebed bij mij geweest. Hij slaapt nu bij zijn oom [[p:Mustapha Azzouz]] in {{w:Laak}}. Hij schaamt zich tegenover zijn moeder. Ik denk dat het goed is als jij met hem praat, niet ik. Hij vertrouwt jou.

Wa salaam,
[[p:Said]]
{{o:Moskee Al-Hijra}}
""",
)

add(
    "mail",
    """
Van: [[p:Marloes Kuipers]] <[[e:m.kuipers@staedion.nl]]>
Verzonden: [[d:maandag 10 maart 2025]] 15:33
Aan: [[e:swt.escamp@denhaag.nl]]
Onderwerp: zorgen om huurder [[a:Zonnebloemstraat 44]]

Geachte wijkteam,

Wij ontvangen klachten van omwonenden over de huurder van [[a:Zonnebloemstraat 44]] ([[pc:2565 TV]]), dhr. [[p:Abdirahman Warsame]]. Er zou veel aanloop zijn en de galerij ligt vol vuilniszakken. Dhr. reageert niet op onze brieven (huurcontract [[n:ST-771204]]). Wij willen voorkomen dat dit escaleert en vragen of u contact met hem kunt zoeken.

Met vriendelijke groet,
[[p:M. Kuipers]]
{{r:Wijkconsulent}} {{o:Staedion}} {{w:Escamp}}
""",
)

add(
    "mail",
    """
Van: [[p:Emre Kaya]] <[[e:emre.k2006@gmail.com]]>
Aan: [[p:Karin Brouwer]]
Onderwerp: Re: afspraak

hoi mevrouw [[p:Brouwer]]

mijn moeder zegt woensdag is goed. ik ben er ook maar ik moet om 12.30 naar school want ik heb toets. mijn moeder heeft ook een brief van de belasting gekregen, ik neem die mee.

groetjes
[[p:emre]]

Verzonden vanaf mijn iPhone
""",
)

add(
    "mail",
    """
Van: Dr. [[p:K. Yıldırım]] <[[e:praktijk@huisartsyildirim.nl]]>
Aan: [[e:i.vandenberg@florence.nl]]
Onderwerp: dhr. [[p:Mensah]], [[d:23-08-1956]]

Beste [[p:Ilse]],

Dank voor je rapportage. Ik start dhr. [[p:Mensah]] per [[d:ma 24/3]] op basalinsuline, 10 E voor de nacht. Wil jij de eerste week dagelijks controleren en de waarden doorgeven? Zijn HbA1c was 78. Zijn vrouw belt mij als er iets is; haar nummer staat in het HIS ([[t:06-29384756]]).

Groet,
[[p:Kemal]]
""",
)

# ---------------------------------------------------------------- team chat / quick to-do notes
add(
    "chat",
    """
[09:14] [[p:Joyce]]: wie kan vandaag mee op hb bij [[p:el khatib]]? spv kan om 14u
[09:16] [[p:Ilse]]: ik niet, wondzorg tot 3
[09:17] [[p:Mehmet]]: ik wel 👍
[09:17] [[p:Joyce]]: top. adres is [[a:hoefkade 412a]] toch? [[p:bas]] vd politie komt ook
[09:18] [[p:Mehmet]]: ja. parkeren achter de {{o:Haagse Hogeschool}}?
""",
)

add(
    "chat",
    """
todo wo:
- [[p:kaya]] terugbellen ivm {{o:HMC}}
- brief {{o:CAK}} [[p:nowak]] scannen + in dossier
- [[p:sewdien]] inplannen (mail HA)
- lunch m/ [[p:priya]] re GGZ-spreekuur
- declaratie km's!!
""",
)

add(
    "chat",
    """
@[[p:sanne]] heb jij het nr van de nicht van mw [[p:de wit]]? staat nt in het dossier
> [[p:Sanne]]: ja [[t:0174628431]] ([[p:ineke]]). ze is tot 5 uur op haar werk
""",
)

add(
    "chat",
    """
ff checken: is de toestemmingsverklaring van dhr [[p:baldewsingh]] al getekend? anders mag ik nt naar haagwonen mailen. zaaknr [[n:WMO-2025-004417]]
""",
)

add(
    "chat",
    """
bellen [[p:Tesfay]] [[t:0684271903]] re huurtoeslag, hij heeft brief van [[d:3/3]] nt begrepen. tolk tigrinya regelen!! (niet neef)
""",
)

add(
    "chat",
    """
Dames (en [[p:Tom]] 😉), wie heeft zin om dinsdag [[d:18/3]] mee te lopen met de wijkwandeling? [[p:Mebrat]] en [[p:Senait]] komen ook, en misschien mw. [[p:Popal]] met haar schoondochter. Start 10u bij het wijkcentrum ☀️
""",
)

add(
    "chat",
    """
kan iemand vanmiddag bij [[p:popescu]] langs? ze belde 3x. ik zit in het MDO tot 4. adres [[a:Loosduinsekade 530]], bel 2x drukken
""",
)

add(
    "chat",
    """
!! [[p:Roos]] bellen (buurvrouw mw [[p:De Wit]]) → sleutelkastje regelen vóór [[d:20/3]]
""",
)

add(
    "chat",
    """
[[p:Priya]]: nummer van [[p:Glenn]] zijn moeder = [[t:0703881245]], mobiel is [[t:06-44019283]]
[[p:Mehmet]]: thx, zet ik erin
""",
)

add(
    "chat",
    """
week 12 – [[p:Mehmet]]
ma: HB [[p:Chen]] (tolk!), keukentafel [[p:Farah]]?? nee dat is [[p:Priya]]
di: spreekuur XL {{w:Escamp}}, [[n:WMO-2025-004402]] beschikking maken
wo: MDO voorbereiden
do: MDO 9-12, middag admin
vr: vrij
""",
)

add(
    "chat",
    """
[[d:zat 15/3]] [[p:Hamza]] is terecht 🙏 zit bij zijn oom in {{w:Laak}}. ik spreek hem zaterdag. [[p:achmed]]
""",
)

add(
    "chat",
    """
reminder: intervisie [[d:do 13-3]] om 15u, casus van [[p:Wendy]] (dhr [[p:hoogendoorn]]). [[p:Loes]] schuift aan. koffie staat klaar
""",
)

add(
    "chat",
    """
bewind [[p:aydin]]: nieuw rek.nr [[i:nl58abna1558817840]] doorgeven aan {{o:HaagWonen}} + {{o:Eneco}}. oude rekening per [[d:1/4]] dicht
""",
)

add(
    "chat",
    """
[16:02] [[p:Ruud]]: iemand een idee waarom [[p:lopes gomes]] elke maand 75 euro naar haar zoon overmaakt?
[16:04] [[p:Karin]]: financieel misbruik? zou het ff met {{o:Veilig Thuis}} overleggen, anoniem
[16:05] [[p:Ruud]]: ok doe ik. [[p:Koster]] (vrijwilliger) vond het al vreemd
[16:05] [[p:Karin]]: goed van hem 👏
""",
)

add(
    "chat",
    """
tb mw [[p:Georgieva]] [[t:+359887124409]], engels ok. zus [[p:mariya]] heeft nu wel een adres: [[a:Prinsegracht 29]] (pension, kamer 4)
""",
)

add(
    "chat",
    """
Lieve collega's, dank voor de bloemen en de kaart ❤️ Ben vanaf [[d:31/3]] weer aan het werk. Lieve groet, [[p:Wendy]]
""",
)

add(
    "chat",
    """
vandaag gedaan:
✔ [[p:Djenifer]] formulier SZW verstuurd
✔ [[p:S. Martina]] plaatsing Haeghe ([[d:7-4]])
✖ mw [[p:Yuleska Martina]] niet bereikt ([[t:06 2281 9930]])
✖ verslag [[p:Jurgen]] nog typen
""",
)

add(
    "chat",
    """
[11:40] [[p:Samira]]: weet iemand of de voedselbank in {{w:Moerwijk}} nog intakes doet? [[p:Rasha]] vraagt ernaar
[11:42] [[p:Ruud]]: ja via ons, formulier staat op de schijf. heb wel BSN en IBAN nodig
[11:43] [[p:Samira]]: ok ik vraag het haar morgen
""",
)

add(
    "chat",
    """
notitie voor mezelf: [[p:warsame]] niet thuis gtroffen (2e x). briefje door de bus. staedion ([[p:marloes]]) bellen. galerij idd vol zakken, buren (mw [[p:Ouedraogo]] van 46) wil wel praten
""",
)

add(
    "chat",
    """
[[p:Bram]] heb jij de sleutel van de dienstauto nog? moet om 2 uur naar {{w:Duindorp}}, mw [[p:Mulder]] ([[a:Tesselsestraat 19]], [[pc:2583 HT]])
""",
)

add(
    "chat",
    """
mail van [[p:Piotr]] (broer van [[p:Agnieszka]]): komt [[d:22/3]]. mag hij mee naar gesprek? ik denk het wel, als zij het goed vindt. @[[p:sabrina]] jij ook?
""",
)

# ---------------------------------------------------------------- MDO minutes and action lists
add(
    "mdo",
    """
Verslag MDO SWT {{w:Laak}} – [[d:donderdag 6 maart 2025]]
Aanwezig: [[p:Joyce]] ({{r:casusregisseur}}, vz), [[p:Karin]] ({{r:MW}}, {{o:Xtra}}), [[p:Ilse]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:Mehmet]] ({{r:Wmo-adviseur}}), [[p:Priya]] ({{r:POH-GGZ}}), [[p:Ruud]] ({{r:schuldhulpverlener}})
Afwezig m.k.: [[p:Tom]] ({{o:MEE}})

1. Mw. [[p:Kaya]] ([[n:SWT-LK-2025-031]])
Huurachterstand, ontruiming aangezegd per [[d:18/3]]. Zoon draagt te veel verantwoordelijkheid. Afspraak: [[p:Karin]] regelt betalingsregeling met {{o:Haag Wonen}}, [[p:Ruud]] start schuldhulptraject. [[p:Emre]] krijgt een gesprek met de {{r:jongerenwerker}}.

2. Dhr. [[p:Visser]] ([[n:SWT-LK-2024-288]])
Medicatie niet ingenomen, gewichtsverlies. [[p:Ilse]] vraagt {{r:huisarts}} om baxterdienst + thuiszorg 2x daags. Dochter wordt uitgenodigd voor het volgende MDO.

Volgende MDO: [[d:13 maart]], zelfde tijd.
""",
)

add(
    "mdo",
    """
Actielijst MDO [[d:13-03-2025]]
| casus | actie | wie | wanneer |
| [[p:El Khatib]] | huisbezoek met {{r:SPV}} {{o:Parnassia}} + {{r:wijkagent}} | [[p:Mehmet]] / [[p:Bas]] | [[d:wo 19/3]] |
| [[p:Al-Hassan]] | aanmelding taalklas mw., gesprek school over [[p:Yara]] | [[p:Samira]] | vóór [[d:1 april]] |
| [[p:Nowak]] | veiligheidsplan, gesprek met broer [[p:Piotr]] (tolk Pools) | [[p:Karin]] / [[p:Sabrina]] ({{o:CJG}}) | [[d:22-3]] |
| [[p:Warsame]] | contact leggen, overlast {{o:Staedion}} | [[p:Bram]] | z.s.m. |
| evaluatie pilot | input verzamelen voor startbijeenkomst | [[p:Joyce]] | eind maart |
""",
)

add(
    "mdo",
    """
MDO {{w:Mariahoeve}} [[d:11 maart]] — casus dhr. [[p:J. Hoogendoorn]] (88), dossier [[n:MH-2025-0117]]

Aanwezig: [[p:Wendy Bos]] ({{r:ouderenconsulent}}), [[p:Loes Vink]] ({{r:casemanager dementie}}), [[p:Marjolein Kok]] ({{r:wijkverpleegkundige}}), {{r:huisarts}} [[p:Van Rijn]] (telefonisch), dochter [[p:Truus]].

Situatie: dhr. woont alleen sinds het overlijden van zijn vrouw [[p:Cor]] in 2023. Diagnose Alzheimer sinds vorig jaar. Twee keer 's nachts dwalend aangetroffen. Dochter is op, werkt fulltime in Zoetermeer.
Besproken: GPS-tracker vs. opname. Dhr. zelf wil "hier blijven, bij de kat". {{r:Huisarts}} acht dhr. wilsonbekwaam t.a.v. woonplek.
Besluit: crisisopname {{o:WZH}} per [[d:20-03-2025]]. Dochter vraagt of de kok van het verpleeghuis rekening houdt met zijn diabetes.
Acties: [[p:Loes]] – aanvraag Wlz via {{o:CIZ}}; [[p:Wendy]] – contact dochter over spullen en kat.
""",
)

add(
    "mdo",
    """
Notulen casusoverleg bemoeizorg [[d:19-3-2025]]
Betreft: dhr. [[p:Youssef El Khatib]], [[a:Hoefkade 412-A]], [[pc:2526 CH]]
Aanwezig: [[p:Mehmet Yıldız]] (SWT), [[p:Francis Oduro]] ({{r:SPV}}, {{o:Parnassia}}), [[p:Bas Vermeulen]] ({{r:wijkagent}}), [[p:Kim Lau]] ({{o:Haag Wonen}})
Verloop huisbezoek: dhr. deed na 20 min open. Woning ernstig vervuild, geen stroom (afgesloten sinds februari). Dhr. vermagerd, achterdochtig, geen acuut gevaar voor zichzelf of anderen.
Afspraken:
- [[p:Francis]] komt wekelijks langs, eerstvolgende keer [[d:26/3]]
- [[p:Kim]] vraagt schoonmaak aan via {{o:Haag Wonen}}, kosten later
- [[p:Mehmet]] belt {{o:Eneco}} (klantnr. [[n:2004417733]]) over heraansluiting
- [[p:Bas]] rijdt vaker langs in de avond
""",
)

add(
    "mdo",
    """
Korte actielijst wijkteam {{w:Escamp}} wk 11
- dhr. [[p:Ahmadzai]]: zoon [[p:Farid]] gebeld, afspraak [[d:18/3]] 14u ([[p:Mehmet]])
- mw. [[p:Popescu]]: {{o:Juridisch Loket}} ingelicht ([[p:Ruud]])
- dhr. [[p:Warsame]]: 2x niet thuis, [[p:Bram]] probeert met {{r:buurtbemiddelaar}}
- mw. [[p:Popal]]: gesprek met [[p:Mahbooba]] ingepland ([[p:Samira]])
""",
)

add(
    "mdo",
    """
Verslag MDO SWT {{w:Moerwijk}}, [[d:20 maart 2025]], 9.00–11.30 uur, locatie wijkcentrum
Aanwezig: [[p:Sanne Hofman]] (vz, {{r:maatschappelijk werker}}), [[p:Tom Vos]] ({{r:MEE-consulent}}), [[p:Ayoub Ait Hamou]] ({{r:Wmo-adviseur}}), [[p:Gerda Bakker]] ({{r:wijkverpleegkundige}}, {{o:Zorg aan de Zuidkant}}), [[p:Lieve Maas]] ({{r:welzijnscoach}}, {{o:Voor Welzijn}}), gast: [[p:Anjali Jagessar]] ({{r:huisarts}})

1. Dhr. [[p:R. Sewdien]] ([[d:23-9-1961]]) – aangemeld door de {{r:huisarts}}. [[p:Gerda]] heeft hem op [[d:12/3]] bezocht: mager, huis netjes, rouw. Hij wil geen maaltijdservice maar eet wel mee bij de Hindoestaanse ouderengroep op vrijdag. [[p:Lieve]] neemt hem mee. Dr. [[p:Jagessar]] vraagt bloedonderzoek aan.
2. Dhr. [[p:Shurendy Martina]] – start dagbesteding [[d:7 april]], bewindvoering aangevraagd. Moeder was bij het gesprek en gaat akkoord. [[p:Tom]] sluit af na overdracht.
3. Mw. [[p:Latuheru]] – val, alarmering geregeld. Geen verdere actie.
Rondvraag: [[p:Ayoub]] vraagt aandacht voor de wachtlijst huishoudelijke hulp (nu 6 weken).
""",
)

add(
    "mdo",
    """
MDO-verslag (concept) – fam. [[p:Tavares]] / [[n:SHV-25-0388]]
Datum: [[d:21-03-2025]]
Deelnemers: [[p:Ruud Dekker]] ({{r:schuldhulpverlener}}), [[p:Karin Brouwer]] ({{r:MW}}), [[p:Sabrina Tjon-A-Fat]] ({{o:CJG}}), dhr. en mw. [[p:Tavares]]
Stand van zaken: schuldenlijst compleet (totaal € 14.230). Budgetbeheer gestart per [[d:1-4-2025]] via {{o:Kredietbank Den Haag}}. Toeslagen-herstel loopt, dhr. valt mogelijk onder de compensatieregeling.
Zorgpunt: [[p:Sónia]] (15) heeft op school laten merken dat er thuis ruzie is over geld. {{o:CJG}} biedt gesprekken aan.
Afspraak: evaluatie over 6 weken.
""",
)

add(
    "mdo",
    """
Teamoverleg [[d:27/3]], iedereen aanwezig behalve [[p:Tom]]
- [[p:Kaya]]: regeling getekend, ontruiming van tafel. Afsluiten? Nee, eerst schuldhulp op de rit.
- [[p:Visser]]: thuiszorg 2x per dag, gaat iets beter. Dochter [[p:Wilma]] komt 3x p/w.
- [[p:Farah]]: gestart bij {{o:i-psy}}, 1e afspraak [[d:2 april]].
- [[p:Baldewsingh]]: beschikking HH binnen, vrouw opgelucht.
- nieuw: mw. [[p:Hatice Çelik]] ([[a:Spoorwijkstraat 1 bis]]), aangemeld door {{o:Servicepunt XL}}, mantelzorger voor zoon met NAH. Wie? → [[p:Karin]].
""",
)

add(
    "mdo",
    """
Verslag multidisciplinair overleg jeugd-volwassenen ({{o:CJG}} + SWT {{w:Transvaal}})
[[d:dinsdag 18 maart]], 13.00 uur

Casus: gezin [[p:Baptiste]], [[a:Paul Krugerlaan 45-II]]. Moeder [[p:Nathalie Baptiste]] (Haïtiaanse achtergrond, 38), drie kinderen: [[p:Kenzo]] (12), [[p:Maëlle]] (9) en [[p:Noah]] (4). Vader uit beeld.
Zorgen: moeder heeft sinds de zomer een depressie, kinderen komen te laat op school, [[p:Kenzo]] zorgt voor de kleintjes. Huur wordt betaald, wel energieschuld.
Inbreng school (juf [[p:Koster]], IB): [[p:Maëlle]] wordt gepest, is veel ziek.
Afspraken: één gezin, één plan, één regisseur → {{r:jeugd- en gezinswerker}} [[p:Kiran Chotkan]] ({{o:CJG}}) wordt regisseur; SWT ([[p:Glenn]] {{r:MW}}) ondersteunt moeder bij GGZ-aanmelding en energieschuld. Evaluatie [[d:29-04]].
""",
)

add(
    "mdo",
    """
Actielijst na MDO {{w:Schilderswijk}} [[d:14.03.2025]]:
1. [[p:Farah]] → verwijzing {{o:i-psy}} versturen ([[p:Priya]])
2. fam. [[p:Al-Hassan]] → leerplicht ivm [[p:Yara]] NIET inschakelen, eerst gesprek school ([[p:Samira]])
3. dhr. [[p:Martina]] → dossier overdragen aan [[p:Lieve]] na [[d:7/4]]
4. mw. [[p:Ouali]] (NB: niet de {{r:huisarts}}!) → aanvraag bijzondere bijstand brillen kinderen, BSN [[b:395699162]]
""",
)

add(
    "mdo",
    """
Verslag intervisie [[d:13 maart 2025]]
Inbreng: [[p:Wendy]], casus dhr. [[p:Hoogendoorn]].
Vraag van de inbrenger: "Hoe lang laat ik iemand thuis wonen als hij dat zelf wil, terwijl het eigenlijk niet meer veilig is?"
Rondes: verhelderende vragen, eigen ervaringen, adviezen. [[p:Priya]] herkende het dilemma uit de GGZ (zelfbeschikking vs. bescherming). [[p:Loes]] wees op de Wzd en de stappen die daarin staan. [[p:Achmed]] vroeg wat de dochter zelf eigenlijk wil.
Opbrengst voor [[p:Wendy]]: bespreek eerder en vaker de grens met familie; leg vast wat er is afgesproken.
""",
)

add(
    "mdo",
    """
MDO SWT {{w:Bezuidenhout}} – [[d:4-3-25]]
Casus 1: mw. [[p:Desislava Georgieva]] / mw. [[p:M. Ivanova]] (zussen). [[p:Ivanova]] dakloos na ziekenhuisopname, geen zorgverzekering. {{o:Straatconsulaat}} denkt mee. Postadres aangevraagd bij {{o:Leger des Heils}}. Actie: [[p:Esther]].
Casus 2: dhr. [[p:Stoyan Petrov]] – broer dakloos, alcohol. {{o:Stichting Barka}} gaat gesprek aan in het Bulgaars. Actie: [[p:Dirk]].
Casus 3: mw. [[p:Li Na Wang]], [[a:Bezuidenhoutseweg 201-D]], [[pc:2594 AK]], tel. [[t:070 383 20 19]] – eenzaamheid, dochter in Shanghai. Bezoek vrijwilliger {{o:Chinese Brug}}. Actie: [[p:Esther]].
""",
)

add(
    "mdo",
    """
Besluitenlijst MDO [[d:10 april]] ({{w:Laak}})
1. Dhr. [[p:Glenn Wijngaarde]] ([[n:SWT-LK-2025-052]]) wordt overgedragen aan {{o:FACT}}. SWT blijft betrokken voor de moeder ([[p:R. Sordam]]) als mantelzorger.
2. Mw. [[p:Nowak]] ([[n:SWT-LK-2025-047]]): veiligheidsplan vastgesteld. Broer [[p:Piotr Wiśniewski]] blijft tot [[d:15 april]] in Den Haag.
3. Mw. [[p:Kaya]]: schuldhulp gestart, casus blijft open tot de zomer.
4. Pilot: [[p:Joyce]] en [[p:Karin]] nemen deel aan de expertmeeting.
""",
)

add(
    "mdo",
    """
Verslag MDO SWT {{w:Loosduinen}} [[d:maandag 3 maart]] – [[n:LD-2025-0042]]
Aanwezig: [[p:Hanneke]], [[p:Rodney]], [[p:Fatiha]], [[p:Bart]] ({{r:wijkagent}}), [[p:Jolanda]] ({{o:Florence}})
Casus mw. [[p:Anna Mulder]] (79, {{w:Kijkduin}}): wil niet naar verpleeghuis, kleinzoon [[p:Sven]] woont bij haar en gebruikt drugs. Vermoeden financieel misbruik (pinpas). [[p:Bart]]: twee meldingen van buren. Afspraak: gesprek met mw. zonder kleinzoon, [[p:Rodney]] raadpleegt {{o:Veilig Thuis}}. Mw. [[p:Mulder]] heeft een spaarrekening [[i:NL89RABO7620582584]] waar in 3 maanden € 9.000 van is gehaald.
""",
)

add(
    "mdo",
    """
Deelnemers casusoverleg huiselijk geweld, [[d:25.03.2025]]: [[p:Karin Brouwer]] (SWT), [[p:Lotte Smit]] ({{o:Veilig Thuis}}), [[p:Sabrina Tjon-A-Fat]] ({{o:CJG}}), [[p:Wim de Graaf]] ({{r:reclasseringswerker}}, {{o:Reclassering Nederland}})
Betreft: [[p:A. Nowak]] / [[p:T. Kowalczyk]], VT-nr [[n:VT-2025-03318]], reclasseringsnr. [[n:2025/44817]]
- Dhr. volgt agressieregulatietraining, 1e sessie geweest.
- Mw. wil geen contact, wel omgang vader-kinderen onder begeleiding.
- Kinderen: [[p:Julia]] in gesprek bij {{o:CJG}}, [[p:Kuba]] nog te jong.
Volgende overleg [[d:6 mei]].
""",
)

add(
    "mdo",
    """
Actiepunten (uit MDO [[d:vr 28 mrt]]):
☐ [[p:Çelik]] – Wmo-aanvraag respijtzorg ([[p:Ayoub]])
☐ [[p:Baptiste]] – energieschuld, betalingsregeling {{o:Vattenfall}} ([[p:Glenn]])
☐ [[p:Mulder]] – gesprek zonder kleinzoon, [[d:2/4]] ([[p:Rodney]] + [[p:Jolanda]])
☐ [[p:Sewdien]] – bloeduitslag bespreken ([[p:Gerda]])
☑ [[p:Latuheru]] – afgesloten
""",
)

add(
    "mdo",
    """
Overleg wijknetwerk ouderen {{w:Mariahoeve}}, [[d:26-3-2025]]
Aanwezig: {{o:WZH}}, {{o:Florence}}, {{o:Voor Welzijn}}, SWT, {{r:wijkagent}}, {{o:Zonnebloem}}, huisartsen (2).
Algemeen: meer signalen van eenzaamheid na de sluiting van de bibliotheek op het winkelcentrum. Voorstel [[p:Wendy Bos]]: koffieochtend in de flat aan de Ambachtsgaarde, bewoners [[p:Gerrit-Jan Smit]] en [[p:Joke van Dijk]] willen die trekken.
Casus (met toestemming): mw. [[p:De Wit]], [[a:Ambachtsgaarde 211]] – buurvrouw [[p:Roos Hendriks]] signaleert dat mw. 's avonds op de galerij staat. [[p:Loes]] gaat langs.
""",
)

add(
    "mdo",
    """
MDO {{w:Transvaal}} [[d:31/03/2025]] – punt 3: dhr. [[p:Kwame Mensah]]
[[p:Ilse van den Berg]] ({{r:wijkverpleegkundige}}) meldt: insuline gestart op [[d:24-3]], waarden dalen (van 18 naar 11). Wond begint te sluiten. Mw. [[p:Akosua Mensah]] volgt kookles bij [[p:Abena Owusu]] in de kerk. Dhr. heeft gevraagd of hij weer kan werken (was buschauffeur bij de {{o:HTM}}); advies: eerst arbo-arts.
Actie: [[p:Ilse]] tot [[d:14 april]] dagelijks, dan evalueren.
""",
)

add(
    "mdo",
    """
Notulen teamoverleg SWT {{w:Laak}} – [[d:3 april 2025]]
1. Mededelingen: [[p:Priya]] gaat met zwangerschapsverlof vanaf [[d:1 mei]]; vervanging door [[p:Tariq Hussain]] ({{o:Parnassia}}). Welkom aan stagiair [[p:Noor]] (HBO-SW).
2. Casussen: dhr. [[p:El Khatib]] – stroom weer aangesloten, [[p:Francis]] komt wekelijks. Gezin [[p:Al-Hassan]] – [[p:Rasha]] start in de taalklas op [[d:14-4]].
3. Pilot "Samen werken in het sociale domein": [[p:Joyce]] doet verslag van de startbijeenkomst.
""",
)

# ---------------------------------------------------------------- knowledge platform: lessons and discussion
add(
    "platform",
    """
Casusles: vertrouwen winnen bij een zorgmijder
Thema: bemoeizorg | Wijk: {{w:Laak}} | Gedeeld door [[p:Mehmet Yıldız]] ({{r:Wmo-adviseur}})

Een man van begin vijftig, alleenstaand, al jaren bekend bij de woningcorporatie vanwege overlast. Hij deed de deur niet open voor brieven of hulpverleners. Wat werkte: niet met drie mensen tegelijk voor de deur staan, maar eerst de {{r:wijkagent}} alleen laten aanbellen, die hij kende van vroeger. Daarna een vaste {{r:SPV}} van {{o:Parnassia}} die elke week op dezelfde dag kwam, ook als er niet werd opengedaan.
Les: regelmaat is belangrijker dan het perfecte aanbod. En: regel eerst iets concreets (stroom!), dan pas praten over behandeling.
""",
)

add(
    "platform",
    """
Reactie van [[p:Francis Oduro]] ({{o:Parnassia}}):
Mooi beschreven [[p:Mehmet]]. Ik wil toevoegen dat het heel belangrijk was dat de {{o:HaagWonen}} meewerkte aan de schoonmaak zonder direct de rekening bij dhr. neer te leggen. Bij een vergelijkbare casus in {{w:Spoorwijk}} ging dat mis en was de man binnen een maand weer weg.
""",
)

add(
    "platform",
    """
Casusles (concept, nog niet geanonimiseerd!!)
Mevrouw [[p:Anna Mulder]] uit {{w:Kijkduin}} ([[a:Tesselsestraat 19]], geb. [[d:12-12-1945]]) werd financieel uitgebuit door haar kleinzoon [[p:Sven]], die bij haar inwoonde. Zij wilde hem niet aangeven: "het is mijn kleinkind". Met hulp van {{o:Veilig Thuis}} en de bank is de pinpas geblokkeerd en is een {{r:bewindvoerder}} aangesteld ([[d:15 april]]).
Wat we leerden: vraag bij ouderen met een inwonend familielid altijd door over geld, ook als de woning er netjes uitziet.
— [[p:Rodney Pinas]], SWT {{w:Loosduinen}}, [[t:06-34419870]]
""",
)

add(
    "platform",
    """
Vraag aan collega's: heeft iemand ervaring met inburgeraars die hun kinderen laten tolken? Bij een gezin in {{w:Schilderswijk}} doet de dochter van 14 alle gesprekken, ook bij de {{r:huisarts}}. Ik wil dat niet, maar een tolk inzetten voelt voor de ouders als wantrouwen. Tips?
[[p:Samira El Amrani]], {{r:welzijnscoach}} {{o:Voor Welzijn}}, [[e:s.elamrani@voorwelzijn.nl]]
""",
)

add(
    "platform",
    """
Re: kinderen als tolk
[[p:Kiran Chotkan]] ({{o:CJG}}) schreef:
Herkenbaar! Wij leggen het uit als "recht van het kind om kind te zijn". Ouders snappen dat meestal wel. Verder: gebruik de telefonische tolk voor korte dingen, een tolk ter plaatse voor het grote gesprek. En check of de school een {{r:schoolmaatschappelijk werker}} heeft die dezelfde taal spreekt; bij ons is dat [[p:Rima Saleh]], zij spreekt Arabisch.
""",
)

add(
    "platform",
    """
Re: kinderen als tolk
Bij ons in {{w:Transvaal}} hebben we goede ervaringen met sleutelfiguren uit de eigen gemeenschap. Voor Eritrese gezinnen werken we met [[p:Senait Tekle]], zij is {{r:ervaringsdeskundige}} en wordt betaald via {{o:Stichting Mooi}}. Wil je haar gegevens? Mail me: [[e:glenn.pinas@xtra.nl]].
Groet, [[p:Glenn]]
""",
)

add(
    "platform",
    """
Aankondiging – Pilot "Samen werken in het sociale domein"
De startbijeenkomst voor de pilotgroep is op [[d:dinsdag 4 februari]] van 13.00 tot 17.00 uur in het Atrium. De expertmeeting volgt in april, de afsluiting in juni. De vier gekozen thema's zijn: ouderen, huiselijk geweld, bemoeizorg en jeugd.
Vragen? Neem contact op met [[p:Ellen Verschoor]] ({{o:Gemeente Den Haag}}, [[e:ellen.verschoor@denhaag.nl]]) of met [[p:Joris Hamelink]] ({{o:CAOP}}).
""",
)

add(
    "platform",
    """
Terugblik kick-off [[d:22 november]]
Wat een energie! Ruim 180 collega's van alle 24 teams. Mooi om te zien hoe de teams uit {{w:Ypenburg}} en {{w:Schilderswijk}} dezelfde vragen blijken te hebben over eenzaamheid. Dank aan [[p:Nadia Ouali]] en [[p:Peter van Leeuwen]] van {{o:Crossover}} voor de begeleiding.
Geplaatst door [[p:Ellen Verschoor]], {{r:procesbegeleider}}
""",
)

add(
    "platform",
    """
Casusles: mantelzorger in beeld
Thema: ouderen | {{w:Bouwlust}}
Bij een Wmo-aanvraag voor een man na een beroerte bleek tijdens het keukentafelgesprek dat zijn vrouw ([[p:Savitri Baldewsingh]]) de eigenlijke hulpvrager was. Zij sliep slecht, had rugklachten en durfde niet te zeggen dat het haar te veel werd. Door haar apart te spreken kwam dat eruit.
Les: nodig de mantelzorger uit voor een eigen gesprek, niet alleen als "aanwezige".
[[p:Mehmet]]
""",
)

add(
    "platform",
    """
Discussie: wanneer sluit je een casus af?
[[p:Tom Vos]]: Ik merk dat ik bij LVB-cliënten moeilijk afsluit. Bij een jonge man die ik sinds januari begeleid ([[p:Shurendy]], mag ik zeggen van hem) is alles nu geregeld: bewindvoering, dagbesteding. Toch blijft hij me appen.
[[p:Sanne Hofman]]: Dat is toch mooi? Misschien een "warme overdracht" naar de {{r:werkbegeleider}} bij de {{o:Haeghe Groep}}, zodat hij daar iemand heeft.
[[p:Tom Vos]]: Goed idee, ik plan een gesprek met [[p:Rob]] erbij.
""",
)

add(
    "platform",
    """
Casusles: toeslagenaffaire en wantrouwen
Thema: schulden | {{w:Moerwijk}}
Een gezin met drie kinderen, vader werkt via een uitzendbureau, moeder thuis. Zij hadden een terugvordering van de {{o:Belastingdienst}} van bijna € 7.000 en durfden geen enkele instantie meer te vertrouwen. Het keerpunt: een {{r:ervaringsdeskundige}} van {{o:SchuldHulpMaatje}} die zelf gedupeerd was.
Valkuil: we hadden het dossiernummer ([[n:SHV-25-0388]]) in de eerste versie van deze les laten staan. Let daar op!
— [[p:Ruud Dekker]], {{r:schuldhulpverlener}}
""",
)

add(
    "platform",
    """
Vraag: welke ervaringen hebben jullie met een GPS-tracker voor mensen met dementie die nog thuis wonen? Bij ons kwam het ter sprake bij een meneer van 88. Ik twijfel over privacy en zelfbeschikking.
[[p:Loes Vink]], {{r:casemanager dementie}}, {{w:Mariahoeve}} ([[e:l.vink@florence.nl]])
---
[[p:Marjolein Kok]]: Bij mw. [[p:Van der Hoop]] in {{w:Rustenburg}} ([[a:Beresteinlaan 388]]) hebben we het gedaan met instemming van haar en haar zoon. Werkte goed, maar na een half jaar was opname toch nodig.
""",
)

add(
    "platform",
    """
Best practice: koffieochtend in de flat
{{w:Mariahoeve}} | thema ouderen, eenzaamheid
Sinds maart is er elke woensdag een koffieochtend in de ontmoetingsruimte van een seniorenflat, georganiseerd door twee bewoners ([[p:Joke]] en [[p:Gerrit-Jan]]) met steun van {{o:Voor Welzijn}}. Gemiddeld 14 bezoekers. De {{r:wijkverpleegkundige}} schuift eens per maand aan voor vragen.
Contact: [[p:Wendy Bos]], [[t:06-40129384]]
""",
)

add(
    "platform",
    """
Casusles (geanonimiseerd door inzender)
Een alleenstaande vrouw van 34 met een vluchtelingenachtergrond kwam via de {{r:huisarts}} met slaapproblemen. Ze wilde geen "gekkendokter". We hebben haar gekoppeld aan {{o:i-psy}}, waar een behandelaar met dezelfde achtergrond werkt. Ze is nu drie maanden in behandeling en gaat naar een vrouwengroep.
Les: vraag door naar wat "GGZ" voor iemand betekent, en zoek het aanbod dat past.
Opmerking moderator: in de bijlage staan nog de voornamen van de cliënt en haar broer ([[p:Hodan]], [[p:Abdirahman]]). Graag aanpassen, dan zet ik de les online.
""",
)

add(
    "platform",
    """
Reactie op "toeslagenaffaire en wantrouwen":
Heel herkenbaar. Wij hadden in {{w:Laakkwartier}} een moeder die alle post van de gemeente ongeopend terugstuurde. Pas toen [[p:Rachida]] van {{o:SchuldHulpMaatje}} met haar ging koffiedrinken, zonder map, kwam er beweging. Soms moet je het eerst níet over geld hebben.
[[p:Karin Brouwer]]
""",
)

add(
    "platform",
    """
Thema-avond huiselijk geweld – uitnodiging
Datum: [[d:donderdag 17 april 2025]], 19.00 uur
Spreker: [[p:Lotte Smit]] ({{o:Veilig Thuis Haaglanden}}) over de meldcode en het afwegingskader.
Daarna casusbespreking in kleine groepen. Aanmelden bij [[p:Wim de Graaf]] via [[e:wdegraaf@reclassering.nl]] vóór [[d:10-4]].
""",
)

add(
    "platform",
    """
Casusles: buren als bondgenoot
Thema: ouderen | {{w:Mariahoeve}}
Een dame van 91 met beginnende dementie kon langer thuis blijven omdat haar buurvrouw dagelijks kwam. Wij hebben de buurvrouw (mw. [[p:Hendriks]]) betrokken bij het zorgplan, met toestemming. Zij kreeg een sleutelkastje-code en het nummer van de casemanager.
Les: informele zorg in beeld brengen is geen "extra", het is de kern.
Ingezonden door [[p:Wendy]] 🙂
""",
)

add(
    "platform",
    """
Discussie: "Ik krijg een zorgmelding van de politie met alleen een naam en een BSN. Mag ik daarmee iemand opzoeken?" – [[p:Achmed Benali]]
[[p:Esther Mahabier]] ({{r:teamleider}}): Ja, op basis van de zorgplicht, maar check wel eerst bij de {{r:casusregisseur}} of er al iemand betrokken is. Zet het BSN nooit in een mailonderwerp, zoals laatst gebeurde ([[b:519 625 572]] stond er gewoon in…).
""",
)

add(
    "platform",
    """
Casusles: cultuursensitief werken met oudere Chinese migranten
Thema: ouderen | {{w:Stationsbuurt}}
Een ouder echtpaar boven het restaurant van hun zoon zocht een traplift. De zoon ([[p:Wei Chen]]) nam alles over; de ouders zeiden niets. Pas met een Mandarijn sprekende vrijwilliger van {{o:Chinese Brug}} kwam boven dat mevrouw vooral bang was om haar vriendinnen in de wijk kwijt te raken bij een verhuizing.
[[p:Wendy Bos]], {{r:ouderenconsulent}}
""",
)

add(
    "platform",
    """
Vraag: bij wie kan ik terecht voor een Bulgaarse tolk die ook bij een huisbezoek mee wil? De telefonische tolk werkt niet bij die meneer (hij hoort slecht).
[[p:Dirk Smits]], SWT {{w:Bezuidenhout}} – [[e:dirk.smits@denhaag.nl]]
Antwoord [[p:Esther]]: probeer [[p:Desislava]] van {{o:Stichting Barka}}, [[t:06 1839 2047]].
""",
)

# ---------------------------------------------------------------- letters and forms
add(
    "letter",
    """
Mevrouw [[p:F. Ait Hamou-Bennani]]
[[a:Beijerstraat 71]]
[[pc:2525 RD]] DEN HAAG

Den Haag, [[d:12 maart 2025]]
Ons kenmerk: [[n:SWT/SCH/2025-0311]]
Betreft: bevestiging afspraak

Beste mevrouw [[p:Ait Hamou]],

U heeft zich aangemeld bij het sociaal wijkzorgteam {{w:Schilderswijk}}. Wij komen graag bij u thuis om kennis te maken.

Wanneer? [[d:Maandag 17 maart 2025]], om 10.30 uur
Wie? [[p:Samira El Amrani]] ({{r:welzijnscoach}}) en [[p:Joost de Wit]] ({{r:Wmo-adviseur}})

Kunt u niet? Bel dan naar [[t:06-12094857]].

Met vriendelijke groet,
[[p:Samira El Amrani]]
""",
)

add(
    "letter",
    """
AANMELDFORMULIER SOCIAAL WIJKZORGTEAM
Naam cliënt: [[p:Hatice Çelik]]
Geboortedatum: [[d:09-04-1964]]
BSN: [[b:355321750]]
Adres: [[a:Spoorwijkstraat 1 bis]]
Postcode / plaats: [[pc:2526 GR]] Den Haag
Telefoon: [[t:070 - 394 21 08]] / mobiel [[t:06-55018273]]
E-mail: [[e:h.celik64@outlook.com]]
Aangemeld door: {{o:Servicepunt XL}} {{w:Laak}}, [[p:Fleur Dam]]
Hulpvraag: mw. zorgt voor haar zoon [[p:Murat]] (41) met niet-aangeboren hersenletsel na een ongeval. Ze is uitgeput en wil respijtzorg.
Toestemming cliënt: ja, getekend op [[d:26-3-2025]]
""",
)

add(
    "letter",
    """
TOESTEMMINGSVERKLARING
Ondergetekende, [[p:Youssef El Khatib]], geboren op [[d:30 oktober 1972]], wonende te Den Haag, geeft het sociaal wijkzorgteam {{w:Laak}} toestemming om informatie uit te wisselen met:
☒ {{o:Parnassia}} ({{r:SPV}} [[p:F. Oduro]])
☒ {{o:Haag Wonen}}
☒ {{o:Eneco}}
☐ {{r:huisarts}}
Deze toestemming geldt tot [[d:31-12-2025]] en kan altijd worden ingetrokken.
Plaats/datum: Den Haag, [[d:26/03/2025]]
Handtekening: ............
""",
)

add(
    "letter",
    """
{{o:Gemeente Den Haag}} – Dienst SZW
Aanvraag bijzondere bijstand

1. Persoonsgegevens aanvrager
Achternaam: [[p:Ouali]]                Voornamen: [[p:Nadia]]
Geboortedatum: [[d:1987-02-16]]      BSN: [[b:3956.99.162]]
Straat en huisnummer: [[a:Delftselaan 33-1]]
Postcode: [[pc:2512RC]]
IBAN: [[i:NL91 INGB 8001 4275 99]] t.n.v. [[p:N. Ouali]]
2. Waarvoor vraagt u bijzondere bijstand aan?
Brillen voor twee kinderen ([[p:Adam]], 8 en [[p:Lina]], 11), totaal € 310.
3. Ingevuld met hulp van: [[p:Ruud Dekker]], schuldhulp
""",
)

add(
    "letter",
    """
Aan: {{o:i-psy}} Den Haag
Van: [[p:P. Raghunathan]], {{r:POH-GGZ}}, praktijk [[p:Ouali]]
Datum: [[d:20 maart 2025]]
Betreft: verwijzing mw. [[p:Hodan Farah]], geb. [[d:03-06-1990]], BSN [[b:431041064]]
Adres: [[a:Van der Vennestraat 91]], [[pc:2525 CK]] Den Haag, tel. [[t:06 8402 1193]]

Geachte collega,

Graag verwijs ik bovengenoemde patiënte voor diagnostiek en behandeling. Mw. heeft sinds enkele maanden klachten die passen bij PTSS (herbelevingen, slapeloosheid, vermijding). Zij heeft een voorkeur voor een vrouwelijke behandelaar en, indien mogelijk, Somalisch sprekend.

Met collegiale groet,
[[p:Priya Raghunathan]]
""",
)

add(
    "letter",
    """
Verklaring
Hierbij verklaar ik, [[p:Karin Brouwer]], {{r:maatschappelijk werker}} bij {{o:Xtra}} en lid van het sociaal wijkzorgteam {{w:Laak}}, dat mevrouw [[p:Agnieszka Nowak]], geboren [[d:11-08-1991]], sinds [[d:12 maart 2025]] door mij wordt begeleid in verband met huiselijk geweld. Mevrouw heeft dringend behoefte aan eigen woonruimte voor haar en haar twee kinderen. Ik ondersteun haar aanvraag voor een urgentieverklaring (aanvraagnummer [[n:URG-2025-00871]]).
Den Haag, [[d:28 maart 2025]]
""",
)

add(
    "letter",
    """
MACHTIGING
Ik, [[p:Manuel Tavares]], BSN [[b:985975234]], machtig hierbij [[p:R. Dekker]] van de gemeentelijke schuldhulpverlening om namens mij contact op te nemen met mijn schuldeisers en informatie op te vragen bij de {{o:Belastingdienst}}, het {{o:CJIB}} en het {{o:UWV}}.
Mijn rekeningnummer: [[i:NL09RABO3894825858]]
Den Haag, [[d:10-3-2025]]
Handtekening: [[p:M. Tavares]]
""",
)

add(
    "letter",
    """
Aan {{o:Staedion}}
t.a.v. mevrouw [[p:M. Kuipers]], {{r:wijkconsulent}}

Den Haag, [[d:2 april 2025]]
Uw kenmerk: [[n:ST-771204]]

Geachte mevrouw [[p:Kuipers]],

Naar aanleiding van uw mail van [[d:10 maart]] over uw huurder dhr. [[p:A. Warsame]] het volgende. Wij hebben dhr. op [[d:28 maart]] thuis gesproken. Dhr. was bereid de galerij op te ruimen; inmiddels is dat gebeurd. De aanloop betrof familieleden die tijdelijk bij hem verbleven in verband met een overlijden. Dhr. heeft toestemming gegeven om dit met u te delen.

Met vriendelijke groet,
[[p:Bram Koenen]]
{{r:maatschappelijk werker}}, SWT {{w:Escamp}}
""",
)

add(
    "letter",
    """
Beste meneer [[p:Gebremedhin]],

Dit is een brief van het wijkteam. Uw huurtoeslag is gestopt. Dat komt omdat de {{o:Belastingdienst}} niet wist dat u nu werk heeft.

Wat gaan we doen?
- Op [[d:dinsdag 1 april]] om 14.00 uur komt u naar het {{o:Servicepunt XL}} in {{w:Escamp}}.
- Er is dan een tolk Tigrinya. Zij heet [[p:Luam]].
- Neem mee: uw loonstroken en de brief van de {{o:Belastingdienst}}.

Vragen? Bel [[p:Mehmet]]: [[t:06-23748190]].

Groet,
het wijkteam
""",
)

add(
    "letter",
    """
Evaluatieformulier ondersteuning – [[n:SWT-MO-2024-377]]
Cliënt: [[p:J.A. Isenia]], [[a:Ossendrechtstraat 92]], [[pc:2573 NK]]
Periode: [[d:1 oktober 2024]] – [[d:31 maart 2025]]
Betrokkenen: [[p:Tom Vos]] ({{o:MEE}}), [[p:Gerda Bakker]] ({{r:wijkverpleegkundige}})
Doelen: 1) schulden in beeld – behaald; 2) dagritme – deels behaald; 3) sociaal netwerk – niet behaald (dhr. heeft alleen contact met zijn zus [[p:Jaïra]]).
Cliënt over de hulp: "[[p:Tom]] was er altijd, ook als ik het verpestte."
Besluit: afsluiten met nazorg via {{o:Voor Welzijn}}.
""",
)

add(
    "letter",
    """
Zorgmelding politie (doorgestuurd aan SWT {{w:Centrum}})
Registratienummer: [[n:PL1500-2025087712]]
Datum/tijd: [[d:15-03-2025]] 23:40
Betrokkene: [[p:IVANOVA, Mariya]], geb. [[d:19-11-1968]], geen vaste verblijfplaats
Melder: portier pension, [[a:Prinsegracht 29]]
Omschrijving: betrokkene aangetroffen in verwarde toestand in de gang, sprak Bulgaars en Engels. Geen strafbare feiten. Vervoerd naar SEH {{o:HMC Westeinde}}. Zus ([[p:D. Georgieva]], [[t:+359887124409]]) geïnformeerd.
Verbalisant: [[p:Bas Vermeulen]], {{r:wijkagent}}
""",
)

add(
    "letter",
    """
Aanvraag urgentie – ondersteunende informatie
Aanvrager: [[p:Nathalie Baptiste]]
Adres: [[a:Paul Krugerlaan 45-II]], [[pc:2571 HV]] Den Haag
BSN: [[b:191 520 263]]
E-mail: [[e:nathbaptiste@live.nl]]
Gezinssamenstelling: 1 volwassene, 3 kinderen (12, 9 en 4 jaar)
Huidige woning: 2-kamerwoning op de tweede verdieping, 48 m², schimmel in de slaapkamer (foto's bijgevoegd).
Toelichting SWT: mevrouw is sinds de zomer van 2024 somber en krijgt vanaf [[d:8 april]] behandeling. De oudste zoon ([[p:Kenzo]]) slaapt op de bank in de woonkamer. Het {{o:CJG}} ([[p:K. Chotkan]], [[e:k.chotkan@cjgdenhaag.nl]]) ondersteunt de aanvraag.
Ingevuld door: [[p:Glenn Pinas]], {{r:maatschappelijk werker}}, [[d:1 april 2025]]
""",
)

add(
    "letter",
    """
Machtiging automatische incasso – eigen bijdrage dagbesteding
Naam: [[p:S.G. Martina]]
Adres: [[a:Zuidlarenstraat 57]], [[pc:2545 TG]] Den Haag
IBAN: [[i:NL18 BUNQ 9618 2263 16]]
Kenmerk machtiging: [[n:HG-DB-2025-1187]]
Namens cliënt ondertekend door {{r:bewindvoerder}}: [[p:Gülsen Arslan]] ({{o:Arslan Bewindvoering}})
Datum: [[d:03-04-2025]]
""",
)

add(
    "letter",
    """
Geachte heer, mevrouw,

Hierbij meld ik namens mevrouw [[p:I. Popescu]] (BSN [[b:181601941]]) bezwaar aan tegen de beëindiging van haar WW-uitkering per [[d:1 februari 2025]]. Mevrouw was ten tijde van de beëindiging ziek; zie de bijgevoegde verklaring van haar {{r:huisarts}}. Haar burgerservicenummer en klantnummer ([[n:K6620-1183]]) staan hierboven.
Correspondentieadres: [[a:Loosduinsekade 530]], [[pc:2571 CE]] Den Haag.
Uitbetaling graag op [[i:NL46SNSB6047835355]].

Hoogachtend,
namens mw. [[p:Popescu]],
[[p:Ruud Dekker]], {{r:schuldhulpverlener}}
""",
)

# ---------------------------------------------------------------- more of everything (longer pieces)
add(
    "mail",
    """
Van: [[p:Jeroen Stam]] <[[e:j.stam@kredietbankdenhaag.nl]]>
Verzonden: [[d:woensdag 2 april 2025]] 11:05
Aan: [[e:r.dekker@denhaag.nl]]
CC: [[e:budgetbeheer@kredietbankdenhaag.nl]]
Onderwerp: start budgetbeheer [[p:Tavares]] – relatienr. [[n:KB-2025-10472]]

Beste [[p:Ruud]],

Het budgetbeheer voor dhr. [[p:M. Tavares]] en mw. [[p:F. da Luz Monteiro]] is per [[d:1 april]] gestart. De beheerrekening is [[i:NL76 ASNB 4664 7669 45]]; het loon van dhr. en de kinderbijslag moeten vanaf nu daarop worden gestort. Kun jij de werkgever en de {{o:SVB}} daarover informeren, of zullen wij dat doen? Het leefgeld (€ 140 per week) gaat elke maandag naar de rekening van mw.: [[i:NL61TRIO2989138815]].

Voor vragen ben ik bereikbaar op dinsdag t/m vrijdag.

Met vriendelijke groet,
[[p:Jeroen Stam]]
{{r:Budgetbeheerder}} | {{o:Kredietbank Den Haag}}
T [[t:070 353 71 40]] | M [[t:06 40 12 77 93]]
""",
)

add(
    "mail",
    """
Van: Klantenservice {{o:Zilveren Kruis}} <[[e:betalingsregeling@zilverenkruis.nl]]>
Aan: [[e:r.dekker@denhaag.nl]]
Datum: [[d:24 maart 2025]]
Onderwerp: Uw verzoek betalingsregeling – relatienummer [[n:223-884-109]]

Geachte heer [[p:Dekker]],

Wij hebben uw verzoek namens mevrouw [[p:I. Popescu]], geboren [[d:7 december 1984]], in goede orde ontvangen. Mevrouw heeft een premieachterstand van € 1.780,44. Wij bieden een regeling aan van € 75 per maand. Graag ontvangen wij het ondertekende formulier en een machtiging voor automatische incasso van rekening [[i:NL36KNAB8994914987]] vóór [[d:15-04-2025]].
Mevrouw is inmiddels aangemeld bij de Wanbetalersregeling van het {{o:CAK}}; na de regeling wordt zij daar afgemeld.

Met vriendelijke groet,
Team Incasso
""",
)

add(
    "mail",
    """
Van: [[p:Kim Lau]] <[[e:k.lau@haagwonen.nl]]>
Aan: [[p:Karin Brouwer]] <[[e:k.brouwer@xtra.nl]]>
Verzonden: [[d:vrijdag 4 april 2025]] 16:20
Onderwerp: woningaanbieding urgent – mw. [[p:Nowak]] (reactienr. [[n:WN-25-338190]])

Hoi [[p:Karin]],

Goed nieuws: op basis van de urgentie kunnen we mw. een woning aanbieden aan de [[a:Melis Stokelaan 1290]], [[pc:2541 GC]] ({{w:Morgenstond}}), 3 kamers, 2e verdieping met lift. Bezichtiging kan op [[d:dinsdag 8 april]] om 10.00 uur. Sleuteloverdracht op zijn vroegst [[d:1-5-2025]].
Wil je het met haar bespreken? Ze moet binnen vijf werkdagen reageren. Haar huidige huurcontract aan de [[a:Rijswijkseweg 133-3]] kan zij per dezelfde datum opzeggen.

Groet,
[[p:Kim]]
{{r:Klantadviseur}} bijzondere bemiddeling
""",
)

add(
    "mail",
    """
Van: [[e:a.vermeer@svb.nl]]
Aan: [[p:Wendy Bos]]
Onderwerp: AOW dhr. [[p:Chen]], {{o:SVB}}-klantnr. [[n:44710293]]

Geachte mevrouw [[p:Bos]],

U vroeg ons waarom dhr. [[p:Guo Chen]] (geboren [[d:02-02-1946]]) een gedeeltelijke AOW ontvangt. Dhr. heeft van 1970 tot 1979 niet in Nederland gewoond; voor elk jaar buiten Nederland wordt de AOW met 2% gekort. Mogelijk heeft het echtpaar recht op een aanvulling via de bijstand (AIO). Dat kan worden aangevraagd bij ons kantoor, met kopie ID en de laatste bankafschriften van [[i:NL13INGB0496282535]].

Met vriendelijke groet,
[[p:A. Vermeer]]
{{o:Sociale Verzekeringsbank}}
""",
)

add(
    "mail",
    """
Van: [[p:Mirjam Hoekstra]] <[[e:m.hoekstra@denhaag.nl]]>
Aan: [[e:s.elamrani@voorwelzijn.nl]]
Onderwerp: verzuim leerling [[p:Yara Al-Hassan]], leerlingnr. [[n:LL-0098127]]

Beste mevrouw [[p:El Amrani]],

Via de school ({{o:Johan de Witt College}}) heb ik begrepen dat u het gezin begeleidt. [[p:Yara]] heeft dit schooljaar 38 uur ongeoorloofd verzuimd, o.a. op [[d:10 februari]], [[d:11 februari]], [[d:3 maart]] en [[d:14-03]]. Ik wil als {{r:leerplichtambtenaar}} eerst graag met u overleggen voordat ik de ouders oproep. Zou u mij kunnen bellen op [[t:070 - 353 35 76]]? Ik werk op maandag, dinsdag en donderdag.

Met vriendelijke groet,
[[p:M. Hoekstra]]
{{r:Leerplichtambtenaar}}, {{o:Gemeente Den Haag}}
""",
)

add(
    "mail",
    """
Van: [[p:Fleur Dam]] <[[e:f.dam@denhaag.nl]]>
Aan: SWT {{w:Laak}} <[[e:swt.laak@denhaag.nl]]>
Onderwerp: FW: adreswijziging mw. [[p:Çelik]]

Ter info, mw. heeft gebeld met een adreswijziging.

> Nieuw adres vanaf [[d:15 april 2025]]: [[a:Jan van der Heijdenstraat 62-hs]], [[pc:2525 LE]] Den Haag (benedenwoning, geen trap, voor haar zoon).
> Oud adres: [[a:Spoorwijkstraat 1 bis]], [[pc:2526 GR]].
> Telefoon blijft [[t:06-55018273]].

Groet, [[p:Fleur]] ({{o:Servicepunt XL}})
""",
)

add(
    "note",
    """
Contactjournaal dhr. [[p:A. Warsame]] – dossier [[n:SWT-ES-2025-0094]]
[[d:10-03-2025]] mail {{o:Staedion}} ([[p:M. Kuipers]]) over overlast, casus toegewezen aan [[p:Bram]].
[[d:12-03-2025]] huisbezoek [[a:Zonnebloemstraat 44]], niet thuis. Briefje achtergelaten.
[[d:17-03-2025]] huisbezoek, niet thuis. Buurvrouw (nr. 46) vertelt dat er een begrafenis is geweest.
[[d:20-03-2025]] dhr. belt zelf terug vanaf [[t:06 2739 1148]]. Broer overleden in Londen; familie logeert bij hem.
[[d:28-03-2025]] huisbezoek samen met {{r:buurtbemiddelaar}} [[p:Nasra]]. Galerij opgeruimd. Dhr. wil hulp bij het aanvragen van bijzondere bijstand voor de uitvaartkosten.
[[d:02-04-2025]] brief naar {{o:Staedion}} verstuurd (met toestemming).
""",
)

add(
    "note",
    """
Intake nieuwe aanmelding, [[d:di 25/3]]
Naam: [[p:Florin Dumitru]], 46 jr, Roemeens, spreekt Engels en een beetje Nederlands
Adres: [[a:Teniersstraat 15 B]], [[pc:2526 NV]] (kamer bij particuliere verhuurder, 6 man in één huis)
Tel: [[t:+40 741 905 226]] en [[t:0645019287]]
E-mail: [[e:florin.dumitru77@yahoo.com]]
Verhaal: werkte in de kassen, na een arbeidsongeval (hand) geen werk meer. Uitzendbureau heeft hem uit de woning gezet, nu tijdelijk hier. Geen BSN-problemen (BSN [[b:486127382]]), wel geen zorgverzekering meer sinds [[d:1 maart]].
Afspraak: samen naar {{o:Juridisch Loket}} ivm het ongeval, aanvraag zorgverzekering, contact {{o:Stichting Barka}}.
[[p:Esther]]
""",
)

add(
    "note",
    """
Verslag huisbezoek fam. [[p:Baptiste]], [[d:1 april 2025]]
Aanwezig: mw. [[p:Nathalie Baptiste]], [[p:Kenzo]] (12), ondergetekende.
Mw. zag er verzorgder uit dan bij het vorige bezoek. Ze vertelde dat ze per [[d:8 april]] kan starten bij {{o:Parnassia}}. De energieschuld bij {{o:Vattenfall}} (klantnr. [[n:1100-4478-221]]) is € 1.362; er loopt nu een regeling van € 60 p/m via rekening [[i:NL24ABNA4381093010]]. [[p:Kenzo]] vertelde trots dat hij voetbalt bij een club in {{w:Rustenburg}}. De kinderen slapen nog steeds met z'n drieën in één kamer; de urgentieaanvraag is ingediend.
Volgende afspraak: [[d:15-4]], 16.00 uur (na school).
[[p:Glenn Pinas]]
""",
)

add(
    "note",
    """
Verhuisbericht en overdracht
Mw. [[p:Mariya Ivanova]] heeft sinds [[d:27 maart]] een kamer via {{o:Leger des Heils}} aan de [[a:Hoogstraat 8-C]] ([[pc:2513 AS]]). Postadres blijft voorlopig het LdH, inschrijving BRP loopt (aanvraagnummer [[n:BRP-2025-77120]]). Zorgverzekering afgesloten per [[d:1 april]], polisnr. [[n:VGZ-5510923874]]. Zus [[p:Desislava]] is terug naar Bulgarije en bereikbaar via WhatsApp op [[t:+359 88 712 4409]].
Casus overgedragen aan [[p:Esther Mahabier]] (SWT {{w:Centrum}}).
""",
)

add(
    "mdo",
    """
Verslag MDO SWT {{w:Escamp}} – [[d:donderdag 27 maart 2025]]
Aanwezig: [[p:Bram Koenen]], [[p:Mehmet Yıldız]], [[p:Esther Mahabier]] ({{r:teamleider}}), [[p:Hatice Doğan]] ({{r:wijkverpleegkundige}}, {{o:Florence}})

1. Dhr. [[p:Ahmadzai]] ([[n:SWT-ES-2025-0071]]) – gesprek met zoon op [[d:18-3]] gehad. Dhr. heeft hartfalen en wil naar een seniorenwoning. Woonurgentie medisch aangevraagd.
2. Dhr. [[p:Warsame]] ([[n:SWT-ES-2025-0094]]) – zie contactjournaal, casus kan na de aanvraag bijzondere bijstand dicht.
3. Mw. [[p:Popescu]] ([[n:SWT-ES-2025-0102]]) – bezwaar {{o:UWV}} ingediend op [[d:24-03-2025]]; regeling {{o:Zilveren Kruis}} in de maak.
4. Dhr. [[p:Dumitru]] ([[n:SWT-ES-2025-0113]]) – nieuw, zie intake. Actie [[p:Esther]]: {{o:Juridisch Loket}} [[d:31/3]].
Volgende MDO: [[d:10 april]].
""",
)

add(
    "mdo",
    """
Overdrachtsformulier tussen teams
Van: SWT {{w:Laak}} Naar: SWT {{w:Morgenstond}}
Cliënt: [[p:Agnieszka Nowak]], geb. [[d:11-08-1991]], BSN [[b:693048141]]
Huidig adres: [[a:Rijswijkseweg 133-3]], [[pc:2516 EM]]
Nieuw adres per [[d:1 mei 2025]]: [[a:Melis Stokelaan 1290]], [[pc:2541 GC]]
Telefoon: [[t:+31 (0)6 2210 8874]]
Betrokken hulpverleners: [[p:Karin Brouwer]] (SWT, tot [[d:30 april]]), [[p:Sabrina Tjon-A-Fat]] ({{o:CJG}}), [[p:Lotte Smit]] ({{o:Veilig Thuis}}), [[p:Wim de Graaf]] ({{o:Reclassering Nederland}}, voor dhr.)
Lopende zaken: bijstandsuitkering ([[n:WI/2025/020117]]), veiligheidsplan, omgangsregeling. Contactverbod dhr. [[p:T. Kowalczyk]] loopt tot [[d:12 september 2025]].
Toestemming cliënt voor overdracht: ja, [[d:3-4-2025]].
""",
)

add(
    "mdo",
    """
Actielijst casusoverleg [[d:8-4-2025]] ({{w:Mariahoeve}})
- mw. [[p:De Wit]] ([[n:MH-2025-0131]]): geheugentest [[d:23 april]], nicht gaat mee → [[p:Loes]]
- dhr. [[p:Hoogendoorn]] ([[n:MH-2025-0117]]): opgenomen, casus overdragen aan {{o:WZH}} → [[p:Wendy]]
- echtpaar [[p:Chen]] ([[n:MH-2025-0140]]): AIO-aanvraag, traplift afgewezen, woningzoekend → [[p:Wendy]] / [[p:Joost]]
- mw. [[p:Li Na Wang]]: verhuisd naar {{w:Mariahoeve}} ([[a:Ruys de Beerenbrouckstraat 104]]), overgenomen van {{w:Bezuidenhout}} → [[p:Loes]]
""",
)

add(
    "letter",
    """
{{o:Gemeente Den Haag}}
Dienst Onderwijs, Cultuur en Welzijn – Wmo

Dhr. [[p:R. Baldewsingh]]
[[a:Hengelolaan 1020]]
[[pc:2545 GZ]] Den Haag

Datum: [[d:21 maart 2025]]
Kenmerk: [[n:WMO-2025-004417]]
Onderwerp: beschikking huishoudelijke ondersteuning

Geachte heer [[p:Baldewsingh]],

Op [[d:6 maart 2025]] heeft u met onze {{r:Wmo-adviseur}} gesproken over uw situatie. U krijgt huishoudelijke ondersteuning, categorie 2, voor 3 uur per week. Deze beschikking geldt van [[d:1 april 2025]] tot en met [[d:31 maart 2027]]. De eigen bijdrage wordt door het {{o:CAK}} vastgesteld. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
drs. [[p:H. van Oosten]], {{r:teamleider}} Wmo
""",
)

add(
    "letter",
    """
AANMELDING BUDGETBEHEER {{o:Kredietbank Den Haag}}
Aanvrager 1: [[p:Manuel Tavares]] | geb. [[d:14-05-1983]] | BSN [[b:985975234]]
Aanvrager 2: [[p:Fernanda da Luz Monteiro]] | geb. [[d:30-10-1985]] | BSN [[b:463004127]]
Adres: [[a:Zuiderparklaan 88]], [[pc:2574 HG]] Den Haag
Telefoon: [[t:06-41177205]] (dhr.) / [[t:06-10928374]] (mw.)
E-mail: [[e:fernanda.monteiro@gmail.com]]
Rekening inkomsten: [[i:NL09 RABO 3894 8258 58]]
Rekening mw. (leefgeld): [[i:NL61 TRIO 2989 1388 15]]
Thuiswonende kinderen: 3 ([[p:Sónia]] 15, [[p:Dário]] 11, [[p:Kelly]] 6)
Verwijzer: [[p:R. Dekker]], {{r:schuldhulpverlener}}, dossier [[n:SHV-25-0388]]
""",
)

add(
    "letter",
    """
Aan {{o:Vattenfall}} Klantenservice

Den Haag, [[d:26 maart 2025]]
Betreft: klantnummer [[n:1100-4478-221]], aansluiting [[a:Paul Krugerlaan 45-II]], [[pc:2571 HV]] Den Haag

Geachte heer, mevrouw,

Namens mijn cliënte mevrouw [[p:N. Baptiste]] verzoek ik u de aangekondigde afsluiting van [[d:2 april]] niet uit te voeren. Mevrouw woont met drie minderjarige kinderen in de woning en is bereid een betalingsregeling te treffen. Zij is onder behandeling voor psychische klachten en heeft ondersteuning van het sociaal wijkzorgteam. Op grond van de Regeling afsluitbeleid voor kleinverbruikers verzoek ik u haar als kwetsbare klant aan te merken.

Met vriendelijke groet,
[[p:Glenn Pinas]], {{r:maatschappelijk werker}}
[[t:06-28003517]] | [[e:glenn.pinas@xtra.nl]]
""",
)

add(
    "letter",
    """
Formulier: verzoek inschrijving briefadres
Aanvrager: [[p:IVANOVA Mariya Petrova]]
Geboortedatum: [[d:19.11.1968]]   Nationaliteit: Bulgaarse
Briefadresgever: {{o:Leger des Heils}} Den Haag, [[p:S. de Jong]] ({{r:trajectbegeleider}})
Reden briefadres: geen vaste woon- of verblijfplaats sinds [[d:4 februari]] (ontruiming pension)
Ingediend bij: {{o:Gemeente Den Haag}}, balie Spui, [[d:20-3-2025]]
Ingevuld met hulp van: [[p:Esther Mahabier]], {{r:teamleider}} SWT {{w:Centrum}}
""",
)

add(
    "platform",
    """
Vraag over privacy: mag ik het telefoonnummer van een familielid zomaar in het dossier zetten? Bij een meneer in {{w:Bouwlust}} belde zijn dochter mij en gaf haar nummer ([[t:06-47110389]]), maar ik weet niet of zij daar toestemming voor heeft gegeven aan haar vader… of andersom.
[[p:Ayoub Ait Hamou]], {{r:Wmo-adviseur}}
---
Reactie [[p:Esther Mahabier]]: Goede vraag, [[p:Ayoub]]. Het gaat om haar gegevens, zij gaf het zelf, dus dat mag. Maar zet er wel bij waarvoor het is. En zet het nummer niet in dit forum 😉 (moderator, wil je het weghalen?)
""",
)

add(
    "platform",
    """
Casusles: verhuizing als kans
Thema: huiselijk geweld | {{w:Laak}} → {{w:Morgenstond}}
Een moeder met twee jonge kinderen kon dankzij een urgentieverklaring binnen vier weken verhuizen, weg van de ex-partner. Wat hielp: een verklaring van het SWT die concreet beschreef wat er op het spel stond, en een {{r:klantadviseur}} bij de corporatie die de casus kende ([[p:Kim Lau]]). Wat beter kon: de overdracht naar het nieuwe team. Het nieuwe adres ([[a:Melis Stokelaan 1290]]) stond in de eerste versie van de overdracht in de mail-onderwerpregel. Bij huiselijk geweld is dat echt gevaarlijk.
— [[p:Karin Brouwer]], {{r:maatschappelijk werker}} {{o:Xtra}}
""",
)

add(
    "chat",
    """
tel.nrs voor de lijst (niet delen buiten team):
- [[p:Francis]] ({{r:SPV}}): [[t:06-33418290]]
- [[p:Kim]] {{o:HaagWonen}}: [[t:070 - 750 41 12]]
- [[p:Lotte]] VT: [[t:088-2073491]]
- [[p:Nasra]] buurtbemiddeling: [[t:0623490176]]
""",
)

add(
    "chat",
    """
[[p:Karin]]: weet iemand de postcode van [[a:Melis Stokelaan 1290]]? moet in de urgentieverklaring
[[p:Joyce]]: [[pc:2541GC]] volgens postnl
[[p:Karin]]: top thx
""",
)

add(
    "chat",
    """
[14:22] [[p:Samira]]: voor de voedselbankaanvraag van [[p:rasha]]: iban [[i:NL66RBRB3070403089]], bsn [[b:918374479]], geb [[d:01-01-1989]] (staat zo op haar vergunning)
[14:23] [[p:Ruud]]: ⚠️ niet in de app zetten aub, in het dossier!! ik haal het eruit
[14:23] [[p:Samira]]: oeps sorry 🙈
""",
)

add(
    "note",
    """
Telefoonnotitie [[d:26.03.2025]] 11:15
Beller: [[p:Rob de Haan]], {{r:werkbegeleider}} {{o:Haeghe Groep}}, [[t:06-20938471]]
Over: [[p:Shurendy Martina]]
[[p:Shurendy]] is op de eerste dag niet komen opdagen. [[p:Rob]] heeft hem gebeld, hij lag nog te slapen. Zijn moeder [[p:Yuleska]] belde later dat hij "zenuwachtig" was. Afgesproken: [[p:Tom]] gaat [[d:maandag 7 april]] mee naar de eerste dag, hij haalt [[p:Shurendy]] om 8.30 uur op aan de [[a:Zuidlarenstraat 57]].
""",
)

# ---------------------------------------------------------------- forms, lists and journals heavy in data
add(
    "letter",
    """
AANVRAAG BIJZONDERE BIJSTAND – UITVAARTKOSTEN
Naam aanvrager: [[p:Abdirahman Warsame]]
Geboortedatum: [[d:04-07-1979]]
BSN: [[b:516530665]]
Adres: [[a:Zonnebloemstraat 44]]
Postcode: [[pc:2565 TV]] Den Haag
Telefoon: [[t:06 2739 1148]]
E-mail: [[e:a.warsame79@gmail.com]]
IBAN: [[i:NL90 INGB 6987 5467 57]]
Omschrijving: bijdrage in de kosten van de uitvaart en repatriëring van broer (overleden [[d:9 maart 2025]] te Londen). Totale kosten € 4.850, eigen bijdrage familie € 2.000.
Dossier SWT: [[n:SWT-ES-2025-0094]]
Datum aanvraag: [[d:02-04-2025]]
""",
)

add(
    "letter",
    """
Inschrijfformulier {{o:Voedselbank Haaglanden}} – uitgiftepunt {{w:Schilderswijk}}
Hoofdaanvrager: [[p:Rasha Al-Hassan]]
Adres: [[a:Vaillantlaan 211 A]], [[pc:2526 AG]] Den Haag
Telefoon: [[t:06-39918204]]
Aantal personen in huishouden: 6 (2 volwassenen, 4 kinderen)
Netto inkomen per maand: € 2.310 (bijstand + kinderbijslag + kindgebonden budget)
Vaste lasten per maand: € 1.905
Leefgeld per persoon per week: € 16,15 → voldoet aan de norm
Verwijzer: [[p:S. El Amrani]], {{o:Voor Welzijn}}, [[e:s.elamrani@voorwelzijn.nl]], [[t:06-12094857]]
Ingangsdatum: [[d:10-4-2025]], herbeoordeling na 6 maanden
""",
)

add(
    "note",
    """
Contactjournaal mw. [[p:A. Kaya]] – [[n:SWT-LK-2025-031]]
[[d:04-03]] HB, zie verslag
[[d:06-03]] MDO
[[d:07-03]] tel. [[p:V. Groen]] ({{o:Haag Wonen}}) [[t:070-7504433]]
[[d:11-03]] afspraak afgezegd door zoon, mw. in {{o:HMC}}
[[d:14-03]] tel. mw. vanuit ziekenhuis, ontslag [[d:17-03]] verwacht
[[d:17-03]] mail HW: regeling akkoord mits handtekening
[[d:26-03]] HB, regelingsformulier getekend, toestemmingsverklaring getekend, doorgestuurd naar [[e:incasso@haagwonen.nl]]
[[d:27-03]] teamoverleg
""",
)

add(
    "mail",
    """
Van: Huisartsenpraktijk {{o:De Laakhaven}} <[[e:assistentie@hadelaakhaven.nl]]>
Verzonden: [[d:donderdag 27 maart 2025]] 08:51
Aan: [[e:swt.laak@denhaag.nl]]
Onderwerp: aanmelding SWT

Goedemorgen,

Graag melden wij op verzoek van {{r:huisarts}} [[p:Koç]] onderstaande patiënt aan:
Naam: dhr. [[p:D.K. Boateng]]
Geb.datum: [[d:13-01-1951]]
Adres: [[a:Slicherstraat 9-1]], [[pc:2521 PV]] Den Haag
Tel.: [[t:070 - 380 66 27]]
BSN: [[b:693374731]]
Reden: dhr. is weduwnaar, vereenzaamd, recent gevallen; schaamt zich om hulp te vragen. Zijn enige zoon [[p:Kofi]] woont in Accra.
Dhr. heeft mondeling toestemming gegeven.

Met vriendelijke groet,
[[p:Ilona]], {{r:doktersassistente}}
""",
)

add(
    "letter",
    """
Formulier melding {{o:Veilig Thuis}} (professional)
Melder: [[p:Karin Brouwer]], {{r:maatschappelijk werker}}, {{o:Xtra}}, [[t:06 - 31 07 55 82]], [[e:k.brouwer@xtra.nl]]
Datum melding: [[d:12-03-2025]]
Betrokkenen:
- moeder: [[p:Agnieszka Nowak]], geb. [[d:11-08-1991]]
- kind: [[p:Julia Kowalczyk]], geb. [[d:02-05-2018]]
- kind: [[p:Jakub Kowalczyk]], geb. [[d:27-01-2022]]
- vermoedelijke pleger: [[p:Tomasz Kowalczyk]], geb. [[d:15-06-1988]]
Adres gezin: [[a:Rijswijkseweg 133-3]], [[pc:2516 EM]] Den Haag
Aard van de zorgen: partnergeweld, kinderen getuige. Politie was betrokken ([[n:PL1500-2025081144]]).
Stap meldcode: stap 5, melding na overleg met {{r:aandachtsfunctionaris}}.
""",
)

add(
    "mail",
    """
Van: {{o:Juridisch Loket}} <[[e:noreply@juridischloket.nl]]>
Aan: [[e:florin.dumitru77@yahoo.com]]
CC: [[e:e.mahabier@denhaag.nl]]
Onderwerp: Bevestiging afspraak – dossier [[n:JL-2025-0418873]]

Beste heer [[p:Dumitru]],

Hierbij bevestigen wij uw afspraak op [[d:maandag 31 maart 2025]] om 13.30 uur op ons kantoor in Den Haag. Neem mee: identiteitsbewijs, uw arbeidscontract, de ongevalsmelding van [[d:14 januari 2025]] en medische verklaringen. Uw opgegeven adres is [[a:Teniersstraat 15 B]], [[pc:2526 NV]] Den Haag.

This email is also available in English on request.

Met vriendelijke groet,
{{o:Het Juridisch Loket}}
""",
)

add(
    "chat",
    """
bellijst koffieochtend flat ({{w:Mariahoeve}}), wo 10u:
1. mw [[p:van Dijk]] – [[a:Ambachtsgaarde 117]] – [[t:070-3478812]] (komt zelf)
2. dhr [[p:Smit]] – [[a:Ambachtsgaarde 203]] – [[t:070 347 91 05]] (ophalen!)
3. mw [[p:De Wit]] – [[a:Ambachtsgaarde 211]] – via buurvrouw
4. mw [[p:Hendriks]] – [[a:Ambachtsgaarde 213]] – [[t:06-30127745]]
5. dhr en mw [[p:Koning]] – [[a:Ambachtsgaarde 95]] – [[t:0703470023]] (rolstoel)
""",
)

add(
    "letter",
    """
[[p:A. Nowak]]
[[a:Rijswijkseweg 133-3]]
[[pc:2516 EM]] Den Haag

Aan {{o:Haag Wonen}}, afdeling Verhuur
Den Haag, [[d:7 april 2025]]

Betreft: opzegging huurovereenkomst, contractnummer [[n:HW-0061720-02]]

Geachte heer, mevrouw,

Hierbij zeg ik de huur van mijn woning aan de [[a:Rijswijkseweg 133-3]] op per [[d:30 april 2025]]. Ik verhuis naar een andere woning. Wilt u de borg terugstorten op rekening [[i:NL80KNAB8329583144]] t.n.v. [[p:A. Nowak]]? Voor het opnemen van de woning ben ik bereikbaar op [[t:+31 6 2210 8874]].

Met vriendelijke groet,
[[p:Agnieszka Nowak]]
(opgesteld met hulp van [[p:K. Brouwer]], SWT)
""",
)

add(
    "note",
    """
Financieel overzicht mw. [[p:Çelik]] en zoon [[p:Murat]] ([[d:2 april]])
Inkomsten mw.: AOW + aanvullend pensioen € 1.520 netto, rekening [[i:NL34ASNB7541120341]]
Inkomsten zoon: Wajong € 1.210, rekening [[i:NL06 INGB 8645 8216 63]] (bewind via {{o:Arslan Bewindvoering}}, [[p:G. Arslan]], [[t:06-19923810]])
Vaste lasten worden allemaal van de rekening van mw. betaald, ook het aandeel van [[p:Murat]]. Dat is niet de bedoeling en levert mw. elke maand een tekort van ca. € 200 op. Actie: afspraak met de {{r:bewindvoerder}} op [[d:9 april]] over een eerlijke verdeling.
""",
)

add(
    "mail",
    """
Van: [[p:Tjeerd Haringsma]] <[[e:t.haringsma@sociaalraadslieden.nl]]>
Aan: [[e:m.yildiz@denhaag.nl]]
Onderwerp: dhr. [[p:Gebremedhin]] – huurtoeslag 2025

Hoi [[p:Mehmet]],

Ik heb met dhr. [[p:Gebremedhin]] (BSN [[b:431496110]], toeslagpartner nvt) de wijziging doorgegeven via Mijn toeslagen. Nieuw voorschot huurtoeslag € 187 per maand vanaf [[d:1 mei]]. De terugvordering over januari–maart (€ 540) komt later; daarvoor vragen we een persoonlijke betalingsregeling aan. Zijn nieuwe telefoonnummer is trouwens [[t:06-84290317]] – het oude werkt niet meer.

Groet,
[[p:Tjeerd]]
{{r:Sociaal raadsman}}, {{o:Sociaal Raadslieden Den Haag}}
""",
)

# ---------------------------------------------------------------- a few long pieces
add(
    "platform",
    """
Casusles: verslaving, schaamte en de familie als sleutel
Thema: bemoeizorg | Wijk: {{w:Spoorwijk}} | Auteur: [[p:Devika Ramsaran]], {{r:maatschappelijk werker}} {{o:Xtra}}

Situatie
Een man van 38, Hindoestaans-Surinaamse achtergrond, woont weer bij zijn ouders na een scheiding. Hij gebruikt al jaren cocaïne en alcohol en heeft schulden bij vrienden. De ouders schaamden zich zo dat ze niemand iets vertelden, ook de {{r:huisarts}} niet. Het signaal kwam uiteindelijk van de pandit van de mandir, die merkte dat de vader niet meer naar de diensten kwam.

Aanpak
We zijn niet begonnen bij de man zelf, maar bij de moeder (mw. [[p:Mahabier-Sital]]). Zij wilde praten, maar alleen als het niet bij haar thuis was; we spraken af in het wijkcentrum op een dinsdagochtend, tijdens de handwerkclub. Na drie gesprekken vroeg ze zelf of haar zoon ook kon komen. Hij is inmiddels aangemeld bij {{o:Brijder}} en wil later mogelijk naar {{o:De Hoop}} in Dordrecht, vanwege het christelijke karakter (zijn ex-vrouw is christelijk en hij wil zijn dochter terugzien).

Wat we leerden
- In sommige families loopt de ingang via de moeder en via religieuze sleutelfiguren, niet via de cliënt.
- Schaamte is vaak groter dan de verslaving zelf. Noem het woord "verslaving" niet te vroeg.
- Schulden bij vrienden en familie staan niet in een BKR-overzicht, maar drukken net zo zwaar.

Reacties zijn welkom. Contact via [[e:d.ramsaran@xtra.nl]].
""",
)

add(
    "platform",
    """
Terugblik startbijeenkomst pilot "Samen werken in het sociale domein"
Geplaatst door [[p:Joris Hamelink]] ({{o:CAOP}}) op [[d:6 februari 2025]]

Op [[d:4 februari]] kwamen de twintig deelnemers van de pilotgroep voor het eerst bij elkaar. Na de kick-off in november, waar alle teamleden samen de thema's kozen, ging het nu om de vraag: wat willen we over vier maanden anders doen?

Per thema in het kort:
• Ouderen – trekker [[p:Wendy Bos]] ({{w:Mariahoeve}}). Focus op eenzaamheid en op mantelzorgers die het niet meer volhouden.
• Huiselijk geweld – trekker [[p:Karin Brouwer]] ({{w:Laak}}). Focus op de overdracht tussen {{o:Veilig Thuis}}, {{o:CJG}} en het SWT.
• Bemoeizorg – trekker [[p:Francis Oduro]] ({{o:Parnassia}}). Focus op samenwerking met corporaties en {{r:wijkagenten}}.
• Jeugd – trekker [[p:Kiran Chotkan]] ({{o:CJG}}). Focus op jongeren van 17 tot 23 die tussen wal en schip vallen.

De expertmeeting is op [[d:15 april]]; de afsluiting staat gepland voor [[d:donderdag 19 juni]]. Tussendoor organiseren de trekkers per thema twee werksessies. De data volgen op dit platform.

Een vraag aan iedereen: deel zo veel mogelijk casuslessen, maar denk aan de toestemming van de cliënt en haal namen, adressen en nummers eruit voordat je plaatst. Twijfel je? Vraag het [[p:Ellen Verschoor]] ([[t:06-51984402]]).
""",
)

add(
    "platform",
    """
Discussie: jongvolwassenen tussen wal en schip
[[p:Kiran Chotkan]] ({{o:CJG}}): Wie herkent dit? Een jongen van 18 uit {{w:Moerwijk}}, Antilliaanse achtergrond, was tot zijn 18e bij ons in beeld. Nu is hij "volwassen" en valt hij bij het SWT, maar hij kent daar niemand. Zijn moeder (mw. [[p:Rosaria]]) belt mij nog steeds.
[[p:Tom Vos]] ({{o:MEE}}): Heel herkenbaar. Wij doen in {{w:Moerwijk}} nu een "warme overdracht" vanaf 17,5 jaar: één gezamenlijk gesprek met jongere, ouder, {{r:jeugdconsulent}} en iemand van het SWT.
[[p:Achmed Benali]] ({{o:Voor Welzijn}}): En betrek het jongerenwerk! Die jongens kennen ons vaak al van het buurthuis. Bij [[p:Hamza]] (zie mijn eerdere post) was dat de redding.
[[p:Esther Mahabier]] ({{r:teamleider}}): [[p:Achmed]], let op met namen op het platform. Verder: goed punt. [[p:Kiran]], zullen we dit als thema voor de werksessie van [[d:13 mei]] nemen?
[[p:Kiran Chotkan]]: Graag!
""",
)

add(
    "mdo",
    """
Verslag MDO SWT {{w:Segbroek}} / {{w:Duindorp}} – [[d:woensdag 2 april 2025]]
Aanwezig: [[p:Hanneke de Groot]] ({{r:casusregisseur}}), [[p:Rodney Pinas]] ({{r:MW}}), [[p:Fatiha Zerrouk]] ({{r:Wmo-adviseur}}), [[p:Jolanda Visser]] ({{r:wijkverpleegkundige}}), [[p:Bart Hoek]] ({{r:wijkagent}}, punt 2)

1. Mw. [[p:Anna Mulder]] ([[n:LD-2025-0042]])
Gesprek zonder kleinzoon heeft plaatsgevonden op [[d:2/4]]. Mw. geeft toe dat [[p:Sven]] geld pakt. Zij wil geen aangifte, wel bewindvoering. [[p:Rodney]] vraagt dit aan; de bank heeft de pinpas geblokkeerd. [[p:Sven]] wordt verwezen naar {{o:Brijder}}.

2. Dhr. [[p:Wiktor Zieliński]] ([[a:Dr. Lelykade 118]], boot), 57 jr
Woont op een oude vissersboot in de haven, geen stroom of verwarming. [[p:Bart]] kent hem van de havenpolitie. Dhr. drinkt, wil geen hulp, "ik ben visser geweest, ik red me wel". Afspraak: [[p:Fatiha]] en [[p:Bart]] gaan samen langs met een warme maaltijd van de {{o:Straatpastoraat}}.

3. Mw. [[p:Fatou Ceesay]], [[a:Tesselsestraat 104 rood]], [[pc:2583 HV]]
Gambiaanse vrouw, 44, drie kinderen, net gescheiden. Vraag om schuldhulp en kinderopvang. [[p:Rodney]] neemt contact op met {{o:SHV}}. Haar e-mailadres: [[e:fatouceesay@outlook.com]].

Volgende MDO: [[d:16-04-2025]].
""",
)

# ---------------------------------------------------------------- build, verify, write
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def strip(markup):
    out, pii, keep, pos = [], [], [], 0
    n = 0  # length of output so far
    for m in MARK.finditer(markup):
        before = markup[pos : m.start()]
        out.append(before)
        n += len(before)
        if m.group(1) is not None:
            code, span, dest, table = m.group(1), m.group(2), pii, PII_CODES
        else:
            code, span, dest, table = m.group(3), m.group(4), keep, KEEP_CODES
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, markup[:60]))
        dest.append({"start": n, "end": n + len(span), "label": table[code], "text": span})
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup in %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for k, (register, markup) in enumerate(T):
        text, pii, keep = strip(markup)
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip() and s["text"], ("whitespace", s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), ("bad bsn", s["text"])
            if s["label"] == "iban":
                assert iban_ok(s["text"]), ("bad iban", s["text"])
        assert pii, ("no pii", text[:60])
        rows.append(
            {"id": "ho54-%04d" % k, "register": register, "text": text, "pii": pii, "keep": keep}
        )
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout54.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            out = {"id": r["id"], "text": r["text"], "pii": r["pii"], "keep": r["keep"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter

    pc, kc, rc = Counter(), Counter(), Counter()
    words = 0
    for r in rows:
        rc[r["register"]] += 1
        words += len(r["text"].split())
        for s in r["pii"]:
            pc[s["label"]] += 1
        for s in r["keep"]:
            kc[s["label"]] += 1
    print("wrote %s: %d texts, %.0f words/text" % (path, len(rows), words / len(rows)))
    print("registers:", dict(rc))
    print(
        "pii:",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share %.2f" % (pc["person"] / sum(pc.values())),
    )
    print("keep:", dict(kc))


if __name__ == "__main__":
    main()
