#!/usr/bin/env python3
"""Held-out corpus 33: hand-written texts from a Haagse wijkteam week (and surrounding municipalities).
Markup: [[lab:text]] = pii, {{lab:text}} = keep. Stripped programmatically; offsets right by construction."""

import json, os, re

T = []
T.append("""Hoi [[p:Marloes]],

ik kan helaas niet op [[d:12 mei]], dan heb ik een MDO in {{w:Moerwijk}} dat al maanden gepland staat. Kan ik de presentatie achteraf krijgen? Mijn collega [[p:Soufiane]] gaat wel, hij neemt de aantekeningen mee voor ons team.

Groet,
[[p:Ilse van Duijvenvoorde]]
{{r:wijkverpleegkundige}} SWT {{w:Laak}}
[[t:06-41 27 83 90]]""")
T.append("""Aanmelding brainstorm huiselijk geweld
Naam: [[p:Kübra Aydoğan]]
Functie: {{r:maatschappelijk werker}}
Organisatie: {{o:Xtra}}
Team: SWT {{w:Transvaal}}
Mail: [[e:k.aydogan@xtra-welzijn.nl]]
Tel: [[t:070 - 205 44 18]]
Dieetwensen: halal
Aanwezig: ja, [[d:di 4/2]] en [[d:di 11/2]]""")
T.append("""Afmelding
Beste facilitatoren, ik meld me af voor de startbijeenkomst van [[d:6 februari]]. Mijn dochter wordt die ochtend geopereerd. [[p:Mei Ling]] uit mijn team ({{w:Bouwlust}}/{{w:Vrederust}}) neemt mijn plek in als dat mag. Haar mailadres is [[e:meiling.tan@denhaag.nl]].
Vriendelijke groet, [[p:Henk-Jan Bakker]]""")
T.append(
    """sorry!! kan niet op de 22e, ziek thuis met griep. wil graag de stemlijst zien als die er is. groetjes [[p:roos]]"""
)
T.append("""Stemmen kick-off [[d:22 november]] – thema's (1 stem p.p., max. 4 thema's door)

jeugd: [[p:Samira]], [[p:Bart de Hoop]], [[p:Ewa Nowak]], [[p:Dilan]]
ouderen: [[p:Gerda Koster]], [[p:Rajesh Ramlal]], [[p:Noor]], [[p:Kees]], [[p:Tigist]]
huiselijk geweld: [[p:Yasmina El Idrissi]], [[p:Anouk]], [[p:Fernando Tavares]]
bemoeizorg: [[p:Wim]], [[p:Hasan Çelik]], [[p:Priya Jagessar]], [[p:Mustafa]], [[p:Liesbeth]], [[p:De Wit]] (stemt namens team {{w:Scheveningen}})
eenzaamheid: [[p:Joke]]
schulden: [[p:Ahmed Hersi]], [[p:Claudia]]

Uitslag: ouderen, bemoeizorg, jeugd en huiselijk geweld.""")
T.append("""Registratie workshop "Vroegsignalering schulden" – [[d:donderdag 13 maart 2025]], 13.30–16.00 uur, {{o:Wijkcentrum De Kraaienest}}

1. [[p:A. (Abdelhak) Amrani]] – {{r:schuldhulpverlener}}, {{o:Schuldhulp Den Haag}} – aanwezig
2. [[p:Danielle Spruit]] – {{r:Wmo-adviseur}} – aanwezig
3. [[p:Bogdan Ionescu]] – {{r:welzijnscoach}}, {{o:Welzijn Scheveningen}} – wachtlijst
4. [[p:Fatoumata Diallo]] – stagiair – aanwezig tot 15.00
5. [[p:Jeroen Visser]] – {{r:casusregisseur}} – afgemeld ([[d:10-3]])""")
T.append(
    """Hallo allemaal, even kort: ik ben er op [[d:17 april]] (expertmeeting) toch bij, mijn andere afspraak is verzet. Wel iets later, rond half elf. Kunnen jullie me op de lijst zetten? [[p:Nazira Rahimi]], {{r:MEE-consulent}}, [[t:06 1840 2277]]"""
)
T.append("""Re: Uitnodiging slotbijeenkomst

Helaas, [[d:vrijdag 20 juni]] zit ik op Curaçao bij mijn moeder. Ik stuur [[p:Jandino]] (onze nieuwe {{r:ouderenconsulent}}) in mijn plaats, hij kent de casussen van {{w:Mariahoeve}} goed genoeg.
m.vr.gr. [[p:Shirley Martina-Isenia]]""")
T.append("""Aanmeldformulier pilotgroep – ingevuld door [[p:Ruud Hoogendoorn]]
Geboortedatum: [[d:14-08-1971]]
Werkgever: {{o:Parnassia}}
Team: {{w:Segbroek}}
Voorkeursthema: bemoeizorg
Motivatie: ik loop al jaren tegen de verwijsbrief van de huisarts aan bij zorgmijders. Wil leren hoe andere teams dat oplossen.
Telefoon werk: [[t:088-357 12 00]], mobiel [[t:+31 (0)6 22 91 48 03]]""")
T.append("""Beste [[p:Thijs]], bij deze annuleer ik mijn inschrijving voor de brainstorm van [[d:woensdag 5 maart]]. Het lukt niet met de roosters, we zitten met twee zieken. Volgende keer beter!
[[p:Gülşen]]""")
T.append("""Wie komt er [[d:di. 8 april]]?
- [[p:marieke]] ja
- [[p:stefan]] ja
- [[p:Oumaima]] nee (cursus)
- [[p:Krzysztof]] misschien, hangt af van crisisdienst
- [[p:Jolanda Roos]] ja + neemt taart mee
- [[p:Ravi]] ja""")
T.append("""Kick-off telling per tafel

Tafel 3 ({{w:Escamp}}): jeugd 4, ouderen 2, bemoeizorg 3. Stemmers: [[p:Lotte Verbeek]], [[p:Jamal Ouali]], [[p:Ans van der Laan]], [[p:Sevda]], [[p:Richard Pinas]], [[p:Hendrika]], [[p:Eldin Hodžić]], [[p:Ayaan]], [[p:Jan-Willem]].
Tafel 4 ({{w:Centrum}}): huiselijk geweld 5, ouderen 3. Stemmers o.a. [[p:Mevlüde]] en [[p:Guus]], rest staat op de foto van het flap-over.
Geteld door [[p:Charlotte]] en [[p:Nabil]].""")
T.append("""Van: [[e:e.ofori@haagsewijkteams.nl]]
Aan: pilot-secretariaat
Onderwerp: afmelding [[d:12/05]]

Ik kan helaas niet op [[d:12 mei]]. Is er een opname van de sessie? Dank, [[p:Emmanuel Ofori]]""")
T.append(
    """Ik meld mij en mijn collega aan voor de workshop bemoeizorg: [[p:Tom Smit]] ({{r:sociaal psychiatrisch verpleegkundige}}, {{o:GGZ Rivierduinen}}) en ondergetekende, [[p:Hatice Yıldırım-de Groot]]. We zijn allebei vegetarisch. Bereikbaar via [[t:0651187732]]."""
)
T.append(
    """afmelding via app, overgetypt door secretariaat: "[[p:Feruza]] kan niet op [[d:woensdag 14-5]], kind ziek. Wil wel graag meedoen bij de volgende." Teruggebeld op [[t:06.37.19.55.02]], geen gehoor."""
)
T.append("""Deelnemerslijst startbijeenkomst [[d:6 feb. 2025]] (pilot "Samen werken in het sociale domein")
[[p:Baptiste]] – {{o:gemeente Den Haag}}
[[p:Saskia de Bruijn]] – {{o:CAOP}}
[[p:Mohamed el Khayari]] – SWT {{w:Schilderswijk}}
[[p:Ilona Wiśniewska]] – SWT {{w:Schilderswijk}}
[[p:Dorothy Tjon-A-Fat]] – SWT {{w:Stationsbuurt}}
[[p:Freek]] – {{o:Crossover}}
Afwezig met bericht: [[p:Esmée Kuijpers]], [[p:Hamid]]""")
T.append(
    """Hoi [[p:Carolien]], ik zou je toch vragen: ik ben op [[d:2 juni]] vrij, dus ik kom niet naar de terugkomdag. Wil je mijn naam van de lijst halen? x [[p:Anna]]"""
)
T.append("""Aanmelding voor expertmeeting [[d:15-04-2025]]
Naam deelnemer: dhr. [[p:M.A. (Michał) Zieliński]]
Organisatie: {{o:Stichting Mooi}}
Rol: {{r:opbouwwerker}}
Vragen vooraf: hoe houden we contact met Poolse arbeidsmigranten die in {{w:Rustenburg-Oostbroek}} op kamers wonen?""")
T.append("""Beste deelnemers van de pilotgroep,

Dank voor jullie komst op de kick-off. Zoals afgesproken volgt hier de planning:
- startbijeenkomst: [[d:donderdag 6 februari 2025]], {{o:Wijkcentrum Het Zuiderpark}}
- workshops: in maart, data volgen
- expertmeeting: [[d:17-4-2025]]
- slotbijeenkomst: [[d:vr 20 juni]]

Vragen? Bel mij op [[t:070 353 72 10]] of mail [[e:m.vandenberg@denhaag.nl]].

Hartelijke groet,
[[p:Marloes van den Berg]]
{{r:programmamanager}} sociaal domein, {{o:gemeente Den Haag}}""")
T.append("""Hoi allemaal,
[[p:Bernadette]] en ik ([[p:Youssef]]) facilitatoren de brainstorm over ouderen. We willen met echte casussen werken, maar ANONIEM. Dus geen namen, geen adressen, geen geboortedata. Vorige keer stond er op een flap "mw. [[p:Pauwels]], [[a:Weimarstraat 88]]" — dat mag echt niet meer. Gebruik "mevrouw A." of "cliënt 1".
Tot dinsdag!""")
T.append("""Notulen workshop "Huiselijk geweld en de eerste 48 uur"
Datum: [[d:18 maart 2025]]
Aanwezig: [[p:Sanne Dekker]] (voorzitter), [[p:Rachid Bouali]], [[p:Ineke Mulder]], [[p:Vusi]], [[p:Olga Petrova]], [[p:Koen]]; notulist [[p:Femke Hermans]]
Gast: [[p:Nicole Schaap]], {{r:aandachtsfunctionaris}} {{o:Veilig Thuis Haaglanden}}

1. Opening. [[p:Sanne]] heet iedereen welkom.
2. Casus (ingebracht door [[p:Rachid]]): vrouw, 34, twee kinderen, partner dreigt. Melding bij {{o:Veilig Thuis}} gedaan, dossier [[dos:VT-2025-0412]]. Vraag was wie het gezin volgt als {{o:Veilig Thuis}} afschaalt.
3. [[p:Nicole]] legt uit: na 6 weken overdracht naar lokaal team; CJG blijft bij de kinderen.
4. Actiepunten: [[p:Ineke]] stuurt de meldcode-kaart rond; [[p:Olga]] vraagt bij de {{o:politie}} na wie de {{r:wijkagent}} is in {{w:Regentessekwartier}}.""")
T.append("""Export Miro – brainstorm bemoeizorg [[d:25/3]]

[geel] huisarts wil geen verwijzing zonder gesprek met cliënt
[geel] zorgmijder = soms gewoon: niemand vertrouwt ons
[roze] idee [[p:Patrick]]: vaste koffieochtend bij {{o:Servicepunt XL}} {{w:Moerwijk}}
[roze] idee [[p:Hanan]]: woningcorporatie eerder laten bellen bij huurschuld
[groen] "dhr. [[p:Lindeboom]] liet pas na 9 maanden iemand binnen" (NAAM WEGHALEN!)
[groen] outreach met {{r:ervaringsdeskundige}}
[blauw] vraag aan {{o:GGZ}}: kan er een {{r:SPV}} mee op huisbezoek zonder verwijzing?
[blauw] wie belt [[p:Ankie]] van {{o:Haag Wonen}}? -> [[p:Patrick]]""")
T.append("""Verslag expertmeeting [[d:17 april 2025]]

Sprekers: dr. [[p:H. (Hester) Ramakers]] ({{o:Erasmus Universiteit}}) en [[p:Abdou Ndiaye]] ({{r:kwartiermaker}} {{o:Crossover}}).
[[p:Ramakers]] liet zien dat teams die vast met een {{r:schuldhulpverlener}} werken gemiddeld 3 maanden eerder bij schulden zijn. [[p:Ndiaye]] vertelde over een casus uit {{w:Duindorp}} waar een buurvrouw de enige ingang was. Discussie onder leiding van [[p:Wendy Oosterhout]]. Presentaties staan op de platformpagina; vragen aan [[e:pilot-sociaaldomein@caop.nl]]. Volgende bijeenkomst: [[d:20 juni]].""")
T.append("""Even voorstellen!
Hallo allemaal, ik ben [[p:Ngozi Okafor-Jansen]], sinds [[d:1 maart]] de nieuwe {{r:wijkverpleegkundige}} in SWT {{w:Bezuidenhout}}. Daarvoor werkte ik 6 jaar bij {{o:Florence}} in {{w:Ypenburg}}. Ik ben 38, moeder van twee en fanatiek hardloper. Je kunt me bereiken op [[t:06-53 07 18 44]] of [[e:ngozi.okafor@florence.nl]]. Ik neem het werk over van [[p:Truus]], die met pensioen is gegaan. Kom gerust een keer langs!""")
T.append(
    """Welkom aan onze nieuwe collega [[p:Dragan]]! [[p:Dragan Marković]] komt van {{o:MEE Zuid-Holland Noord}} en wordt onze {{r:MEE-consulent}}. Hij werkt ma, di en do. Zijn eerste week loopt hij mee met [[p:Lisa]] en [[p:Hüseyin]]. Koffie met taart op [[d:maandag de 3e]] om 10.00!"""
)
T.append("""Hallo team,

Mijn naam is [[p:Aïcha Benali]], ik ben vanaf deze maand als {{r:casusregisseur}} van de {{o:gemeente}} aan jullie team gekoppeld. Ik was eerder {{r:klantmanager}} bij {{o:SZW}}. Mijn werkdagen zijn dinsdag t/m vrijdag. Kamer 3.14, [[t:(070) 752 80 13]].

Hartelijke groet, [[p:Aïcha]]""")
T.append("""Facilitatormail – herinnering

Beste [[p:Gijs]], [[p:Farah]], [[p:Noortje]] en [[p:Kwame]],

Jullie hebben je opgegeven voor de subgroep jeugd. We zien elkaar [[d:woensdag 26 maart]] van 9.30 tot 12.00 in {{o:Wijkcentrum Transvaal}}, [[a:Paul Krugerplein 44]]. Neem één casus mee (geanonimiseerd!). [[p:Kwame]], jij zou de casus uit {{w:Spoorwijk}} inbrengen, toch?

Groet, [[p:Joost Verhagen]], {{o:CAOP}}""")
T.append("""Sticky notes (overgetypt door [[p:Lieke]])
- meer tijd voor huisbezoek!!
- Wmo-aanvraag duurt 8 weken -> te lang
- [[p:Monique]]: mantelzorgers eerder betrekken
- jongvolwassenen 18-23 vallen tussen wal en schip
- "[[p:mw de Roos]] uit de {{w:Kraaiennest}}-flat" -> voorbeeld niet gebruiken, herkenbaar
- [[p:tariq]]: gezamenlijk casusoverleg met CJG 1x per maand
- eenzaamheid bij mannen 55+ onderschat""")
T.append("""Verslag workshop "Ouderen en dementie" ({{w:Mariahoeve}}, [[d:27-03-2025]])
Gespreksleider: [[p:Marja Wolters]], {{r:casemanager dementie}}.
Aanwezig 14 deelnemers, o.a. [[p:Sita Baldewsingh]], [[p:Lars]], [[p:Mirjam de Vos]], [[p:Hicham]].
[[p:Marja]] bracht een casus in: man, 81, alleenwonend, weigert thuiszorg; dochter woont in Canada. Het team heeft via de {{r:huisarts}} een indicatie geregeld. Les: vroeg de {{r:ouderenconsulent}} inschakelen, niet pas bij crisis.
Vervolg: [[p:Hicham]] deelt het stappenplan uiterlijk [[d:vrijdag 4 april]].""")
T.append(
    """Hi all, kort voorstelrondje in de app: ik ben [[p:Ekaterina]] ("[[p:Katja]]"), {{r:Wmo-consulent}} in {{w:Leidschenveen-Ypenburg}}, sinds 2019 bij de {{o:gemeente}}. Ik zit in de pilotgroep namens ons team, samen met [[p:Berend Smit]]. Whatsapp me gerust: [[t:+31 6 4477 0920]]."""
)
T.append("""Memo van de facilitatoren
Aan: pilotgroep
Van: [[p:F. Boukhari]] en [[p:L. Meijer-Ten Have]]
Datum: [[d:10 april]]

De expertmeeting wordt verplaatst van [[d:15 april]] naar [[d:17 april]] omdat de zaal in het {{o:Atrium}} dubbel geboekt is. Wie niet kan, graag voor [[d:maandag 14 april]] afmelden bij [[e:secretariaat.pilot@denhaag.nl]].""")
T.append("""Minutes brainstorm (Engels/Nederlands gemengd, gast uit Rotterdam)
Present: [[p:Oluwaseun Adeyemi]] ({{o:gemeente Rotterdam}}), [[p:Pieter]], [[p:Zeynep]], [[p:Bram Hoek]]
- [[p:Seun]] shared the "1 gezin 1 plan" approach from Rotterdam-Zuid.
- [[p:Zeynep]] asked about consent: they use the toestemmingsverklaring too.
- Follow-up call [[d:Monday 7 April]]; [[p:Pieter]] sends invite.""")
T.append("""Groepsbericht {{w:Loosduinen}}
Welkom [[p:Selin]]! [[p:Selin Demir]] start [[d:ma 12 mei]] als {{r:jongerenwerker}} bij {{o:Voor Welzijn}} en schuift aan bij ons overleg. Ze heeft haar HBO-SPH net afgerond. [[p:Selin]]'s eerste klus: de jongeren op het pleintje aan de {{w:Kijkduin}}-kant leren kennen.""")
T.append("""Terugkoppeling van [[p:Wessel]] na de workshop:
Wat ik meeneem: (1) de sociale kaart van {{w:Laak}} is verouderd, (2) de {{r:wijkagent}} wil vaker aansluiten, (3) [[p:Esther Bakker]] van {{o:Haagse Wijk- en Woonzorg}} biedt aan om een training over dementie te geven. Contact: [[t:070 - 380 91 22]].""")
T.append("""Uitnodiging – slotbijeenkomst pilot
Wanneer: [[d:vrijdag 20 juni 2025]], 14.00 – 17.00
Waar: {{o:Stadhuis}}, Atrium, [[a:Spui 70]], [[pc:2511 BT]] Den Haag
Sprekers: wethouder [[p:Kavita Parbhudayal]] (o.v.b.), [[p:Arnoud de Leeuw]] ({{o:CAOP}})
Aanmelden via [[e:aanmelden@pilotsociaaldomein.nl]] vóór [[d:1 juni]].""")
T.append("""kort verslag tafelgesprek jeugd
aan tafel: [[p:linda]], [[p:yassine]], [[p:ger]], [[p:Marieke]]. Casus van [[p:yassine]]: jongen 17, stopt met school, moeder ({{w:Schilderswijk}}) belt CJG en SWT allebei. Wie regisseert? Afspraak: bij 17+ pakt SWT het op met warme overdracht. [[p:ger]] zoekt uit hoe {{o:Jeugdbescherming west}} hierover denkt.""")
T.append("""Huisbezoek [[d:3/4]] – mw. [[p:Bouchra Azzouzi]], [[a:Hoefkade 212-hs]], [[pc:2526 BK]]
Aanwezig: cliënt, zoon [[p:Ilyas]] (19), ondergetekende.
Woning rommelig, post ongeopend op tafel (ca. 40 brieven). Huurachterstand bij {{o:Staedion}} 4 mnd. BSN [[b:923.478.826]] genoteerd voor aanvraag {{o:Schuldhulp Den Haag}}. Rekening: [[i:NL33 ABNA 2787 7530 00]].
Afspraak: [[d:do 10 april]] samen formulieren invullen. Zoon wil helpen, moeder schaamt zich.
[[p:H. Yıldız]], {{r:maatschappelijk werker}}""")
T.append("""Teamagenda SWT {{w:Mariahoeve}} – [[d:dinsdag 8 april]]
09.00 opening ([[p:Karin]])
09.10 nieuwe aanmeldingen: dossier [[dos:2025-00871]] (dhr. [[p:Ramdin]]), [[dos:2025-00874]] (mw. [[p:Oudshoorn]])
09.40 casus fam. [[p:Hosseini]] – {{r:casusregisseur}} [[p:Joris]] vraagt mee te denken
10.15 stand van zaken pilot ([[p:Nadia]])
10.30 rondvraag""")
T.append(
    """HB-notitie [[d:14/3]]: mw [[p:yilmaz]] niet thuis, briefje door de bus. buurvrouw (nr 17) zegt dat ze naar haar zus in Wateringen is. volgende poging [[d:vrijdag 21 maart]]. tel zus: [[t:0174-29 33 81]] (via buurvrouw [[p:Riet]])."""
)
T.append("""Samenvatting klacht [[dos:KL-2025-031]]
Klager: dhr. [[p:P.J. (Piet) van Leeuwen]], [[a:Fahrenheitstraat 512]], [[pc:2561DH]] Den Haag, [[t:06 28 41 07 66]].
Datum ontvangst: [[d:2 april 2025]]
Inhoud: dhr. voelt zich niet gehoord door de {{r:Wmo-adviseur}} (mw. [[p:S. Kok]]). Hij wacht sinds januari op een traplift. Hij noemt de behandeling "van het kastje naar de muur". Ook zijn dochter [[p:Marianne]] heeft twee keer gebeld zonder terugbelverzoek.
Afhandeling: {{r:teamleider}} [[p:Jacqueline Brouwer]] belt klager uiterlijk [[d:9-4]]; gesprek op locatie {{o:Servicepunt XL}} {{w:Segbroek}} wordt aangeboden.""")
T.append("""Feedback n.a.v. je verslaglegging (van [[p:Gerard]], {{r:werkbegeleider}})

Hoi [[p:Dewi]], je verslagen zijn helder en compleet, maar let op privacy: in je casusbeschrijving voor de pilot stonden het BSN ([[b:985877418]]) en het volledige adres van de cliënt ([[a:Zuidlarenstraat 15]]). Dat hoort alleen in het dossier ([[dos:SWT-ESC-2024-1187]]), niet in een les voor andere teams. Verder: schrijf "cliënt" in plaats van de voornaam. Goed dat je de {{r:huisarts}} zo snel hebt betrokken! Laten we [[d:donderdag 17/4]] even bijpraten.""")
T.append("""Huisbezoek [[d:woensdag 19 februari]]
dhr [[p:Bekele]] ([[p:Tesfay]]), 46, Eritrese achtergrond, woont sinds 2016 op [[a:Van der Vennestraat 38 B]], [[pc:2525 SE]]. Sinds het overlijden van zijn vrouw ([[p:Senait]]) eet hij slecht. Dochter [[p:Helen]] (22) studeert in Utrecht, komt in het weekend. Hij vraagt hulp bij de brieven van de {{o:Belastingdienst}} (toeslagen). Ingeschreven bij {{o:Humanitas}} thuisadministratie. Afgesproken: volgende week met tolk Tigrinya, {{o:Tolkcentrum}}.""")
T.append("""Aanmelding via huisarts
Van: dr. [[p:R. Sewdien]], huisartsenpraktijk {{o:De Stokroos}}
Patiënt: mevr. [[p:L. Fraenk]], geb. [[d:03-11-1958]]
BSN: [[b:4648 70 963]]
Adres: [[a:Moerweg 161]], [[pc:2533 TE]] 's-Gravenhage
Tel.: [[t:070-3881049]]
Reden: toenemende verwaarlozing, vermoedelijk alcohol, wil niet naar {{o:Brijder}}. Verzoek om outreachend contact door SWT {{w:Moerwijk}}.""")
T.append("""Agenda MDO [[d:donderdag 27 feb]]
1. [[dos:Z-2025-0142]] – jongeman (21) met LVB, schulden, {{r:MEE-consulent}} [[p:Bas]] casushouder
2. [[dos:Z-2025-0150]] – mw. [[p:Gonzalez]], mantelzorg overbelast
3. [[dos:Z-2024-1933]] afsluiten? ([[p:Lorena]])
4. signaal {{o:Woonzorg Nederland}} over bewoner [[a:Escamplaan 1003]]""")
T.append("""Notitie telefonisch contact [[d:maandag 24-2-2025]]
Gebeld met dhr. [[p:Ferreira]] ([[p:Manuel Ferreira Lopes]]), [[t:06-39 50 12 84]]. Hij geeft aan dat de {{o:Kredietbank}} zijn leefgeld niet heeft overgemaakt. Zijn rekening eindigt op 7404; volledig nummer volgens dossier: [[i:NL66BUNQ3640427404]]. Gebeld met {{o:GKB}}, blijkt fout in rekeningnummer. Teruggebeld naar cliënt, hij was opgelucht.""")
T.append("""Feedback op je eerste maand – van [[p:Inge]] ({{r:teamleider}})
[[p:Mehmet]], wat fijn dat je er bent. Wat goed gaat: je legt snel contact, ook met lastige cliënten (ik denk aan mw. [[p:Verschoor]]). Aandachtspunt: je registratie loopt achter; dossiers [[dos:2025/0223]] en [[dos:2025/0229]] hebben nog geen plan. Probeer elke vrijdagmiddag een uur te blokken. Ik zie je [[d:di 1 april]] voor ons gesprek.""")
T.append("""Huisbezoek – samen met [[p:Iris]] ({{r:wijkverpleegkundige}})
Dhr. en mw. [[p:Dijkstra]], [[a:Loosduinse Hoofdstraat 603]], [[pc:2552AX]]. Meneer (84) heeft beginnende dementie, mevrouw (80) doet alles alleen. Geen kinderen in de buurt; neef [[p:Rob Dijkstra]] woont in Zoetermeer, [[t:079-341 22 56]]. Aanvraag dagbesteding via {{o:Wmo-loket}}, BSN dhr [[b:458310542]], BSN mw [[b:315 153 842]]. Volgende afspraak [[d:29 april]] met {{r:casemanager dementie}}.""")
T.append("""Klachtsamenvatting (intern)
Mw. [[p:Chantal Doelwijt]] (geb. [[d:12-6-1990]]) klaagt over de manier waarop haar melding is afgehandeld. Zij woont op [[a:Jan Blankenstraat 9-2]] en belde op [[d:3 maart]] over geluidsoverlast en bedreiging door haar ex, [[p:Dennis]]. Zij kreeg pas na 10 dagen een terugbelverzoek. Dossier [[dos:#48233]]. Excuses aangeboden door [[p:Rutger]] ({{r:coördinator}}). Afspraak met {{o:Veilig Thuis}} ingepland.""")
T.append("""Geplakt uit PDF (verslag {{o:Veilig Thuis}}):

Op [[d:14 februari 2025]] ontving {{o:Veilig Thuis}} een melding be-
treffende mevrouw [[p:Fa-
tima Ouar-
rak]] (geboren [[d:7 ja-
nuari 1987]]), wonende te [[a:Ko-
ningstraat 131]], [[pc:2515
TX]] Den Haag. De melder, de {{r:wijkverpleeg-
kundige}}, maakt zich zorgen over de drie kin-
deren. Kenmerk: [[dos:VT-2025-00377]].""")
T.append("""Indicatiebesluit (PDF, kopie-plak)
Naam aan-
vrager: [[p:Mo-
hamed Ait
Taleb]]
Burgerservice-
nummer: [[b:5058
48661]]
Adres: [[a:Hobbe-
mastraat 210 A]]
Postcode: [[pc:2526
JP]]
Voorziening: hulp bij het huishouden, 3 uur per week, met ingang van [[d:1 mei 2025]].
Zaaknummer: [[dos:WMO-2025-
014562]]""")
T.append("""Uit de PDF van {{o:Schuldhulp Den Haag}} (regelafbreking klopt niet):
Cliënt: dhr. [[p:G.
Stoyanov]] | Rekeningnummer voor leefgeld: [[i:NL37 RABO
5724 3012 26]] | Budget: € 65,- per week | Start budget-
beheer: [[d:1-3-
2025]] | Contactpersoon: [[p:L. van
Rijn]], tel. [[t:070 -
752 34 10]]""")
T.append("""kopie uit rapportage {{o:GGZ}} (pdf):
"Betrokkene, mevrouw [[p:Sa-
brina Doekhie]], is op [[d:22-01-
2025]] gezien door de {{r:psychiater}} in het kader van een crisis-
beoordeling. Zij woont met haar partner [[p:Ran-
dy]] en dochter op [[a:Van Musschen-
broekstraat 77]]." Einde citaat. Dossiernr. {{o:GGZ}}: [[dos:P-889210]].""")
T.append("""Deze tekst komt uit het aanmeldformulier (pdf, slecht leesbaar):
Naam: [[p:Nguyen Thi
Lan]]    Geb.datum: [[d:30-
09-1979]]
E-mail: [[e:lan.nguyen79@
gmail.com]]
Telefoon: [[t:06 -
24 80 17 39]]
Huisarts: dr. [[p:Ham-
daoui]], {{o:Gezondheidscentrum Lijnbaan}}""")
T.append("""Intake schuldhulp – [[d:11 maart 2025]]
Cliënt: mw. [[p:Roxana Popescu]] (41), samenwonend met [[p:Ionuț]] (partner) en twee kinderen.
Adres: [[a:Kempstraat 54-III]], [[pc:2572 GJ]] Den Haag
BSN cliënt: [[b:210581128]] / BSN partner: [[b:874-710-765]]
Bankrekening: [[i:NL95TRIO7262312862]] (gezamenlijk)
Schulden: ca. € 18.400 bij 11 schuldeisers, o.a. {{o:CJIB}}, {{o:DUO}}, zorgverzekeraar.
{{r:Schuldhulpverlener}}: [[p:Tamara]] ({{o:Schuldhulp Den Haag}}). Vervolg: [[d:25-3]].""")
T.append(
    """Even een vraagje in de groep: weet iemand wie de nieuwe {{r:wijkagent}} is voor {{w:Transvaal-Noord}}? Ik heb een buurman op de [[a:Suze Groeneweglaan 21]] die steeds bij mw. [[p:Bakker]] aanbelt en haar bedreigt. Ze is 79. [[p:Jeroen]]"""
)
T.append(
    """@[[p:Sophie]] kun jij morgen het huisbezoek bij fam. [[p:Abdi]] overnemen? [[a:Lorentzplein 12]], 3e etage, bel 2x. Moeder ([[p:Hodan]]) spreekt weinig Nederlands, zoon [[p:Abdirahman]] tolkt meestal. Tel [[t:06 85 22 71 09]]. Ik moet naar de rechter met mw. [[p:V.]]"""
)
T.append("""Toestemmingsverklaring – gegevens
Ondergetekende [[p:Amir Hossein Karimi]], geboren [[d:21 juni 1968]] te Kabul, BSN [[b:651.308.756]], wonende [[a:Stellingwerfstraat 40]], [[pc:2547 VB]] Den Haag, geeft toestemming om gegevens te delen binnen SWT {{w:Bouwlust}}.
Handtekening: .........
Datum: [[d:04-02-2025]]
Namens het team: [[p:Lieke Dam]], {{r:casusregisseur}}""")
T.append("""Rijswijk – overleg {{o:Sociaal Team Rijswijk}} [[d:16/04]]
Casus {{w:Te Werve}}: dhr. [[p:Van Dam]] ([[a:Lindelaan 8a]], [[pc:2281 ED]] Rijswijk) krijgt binnenkort huisuitzetting. {{o:Rijswijk Wonen}} wil nog één keer praten als hij een betalingsregeling treft. Leefgeld gaat naar [[i:NL26 RBRB 1619 8760 91]]. [[p:Marleen]] belt de {{r:bewindvoerder}} (mr. [[p:Wagenaar]]).""")
T.append("""Hoi [[p:Joyce]],
Zou je de incassostop willen aanvragen voor mw. [[p:Sheikh]]? Haar gegevens: BSN [[b:279701949]], IBAN [[i:NL30BUNQ7384288649]], [[a:Newtonstraat 301]], [[pc:2562KN]]. Zaak [[dos:SHV-24-5581]]. Mijn mail is [[e:g.sheikh.swt@gmail.com]]... nee wacht, dat is die van haar, niet van mij! Haar mail is dus [[e:g.sheikh.swt@gmail.com]]. Ik zit op [[e:d.vermeulen@denhaag.nl]].
Dank! [[p:Dorien]]""")
T.append("""Zoetermeer, sociaal wijkteam {{w:Meerzicht}}
Aanmelding van [[p:Liang Wei]] (man, 52), via {{o:het Servicepunt}}. Woont alleen op [[a:Amerikaweg 88]], [[pc:2717 AV]] Zoetermeer. Werkloos sinds 2022, schulden, somber. Spreekt Mandarijn, dochter [[p:Xiaoming]] tolkt. Contact: [[t:079 - 316 45 90]], mail dochter: [[e:xiaoming.liang@outlook.com]].""")
T.append("""Notitie – [[d:vrijdag 7 maart]]
Met [[p:Abena Mensah]] en haar {{r:buurtmentor}} [[p:Hetty]] naar {{o:UWV}} geweest. Uitkering loopt via [[i:NL88TRIO1306538499]]. Dossiernummer UWV: [[dos:UWV 7700-31-2281]]. [[p:Abena]] woont nog steeds bij haar tante in de [[a:Jacob Catsstraat 118]], dat is tijdelijk. Vraag aan {{o:Haag Wonen}} om urgentie loopt.""")
T.append("""Casus voor teamoverleg [[d:di 29/4]] ([[p:Noah]])
Mw. [[p:Da Silva]] ([[p:Maria da Luz]]), Kaapverdiaans, 67, weduwe, woont [[a:Wouwermanstraat 73]]. Eenzaam sinds zoon [[p:Carlos]] naar Portugal is verhuisd. Weigert dagbesteding ("dat is voor oude mensen"). Idee: {{o:Stek}} of een Kaapverdiaanse vrouwengroep in {{w:Schilderswijk}}. BSN [[b:746864796]].""")
T.append("""MELDING via {{o:Meldpunt Zorg en Overlast}} – [[d:12-03-2025]] 16:42
Melder: buurvrouw [[p:A. Koster]], [[t:06-11 23 58 40]]
Betreft: [[p:Jan Willem Bos]], [[a:Laan van Meerdervoort 1120]], [[pc:2555 CE]]
Situatie: verward gedrag, roept in het trappenhuis, stank uit de woning.
Registratienr.: [[dos:MZO/2025/1044]]
Doorgezet naar SWT {{w:Segbroek}}/{{w:Waldeck}}, {{r:GGD-verpleegkundige}} [[p:Koos]] gaat met {{r:SPV}} langs.""")
T.append("""Wassenaar – verslag gesprek
Op [[d:maandag 10 februari]] sprak ik met mw. [[p:Helena Grabowska]] op haar adres [[a:Oostdorperweg 44]], [[pc:2242 NG]] Wassenaar. Zij werkt als schoonmaakster, heeft een contract van 16 uur. Haar werkgever betaalt te laat. Zij had het IBAN van haar oude Poolse rekening doorgegeven; nieuw Nederlands IBAN is [[i:NL46 INGB 6855 1685 45]]. Doorverwezen naar {{o:FNV}} en {{o:Juridisch Loket}}.
[[p:Bart-Jan]] ({{r:consulent}} {{o:Wassenaar Welzijn}})""")
T.append("""Leidschendam-Voorburg | kernteam {{w:Prinsenhof}}
Van [[p:Hülya]] aan het team: mw. [[p:van der Meer]] ([[a:Noordsingel 7 bis]], [[pc:2262 BK]]) heeft opnieuw gebeld, zij wil een ander aanspreekpunt. Ik stel voor dat [[p:Wouter]] het overneemt. Haar dossier is [[dos:LV-2024-00912]].""")
T.append('''mail doorgestuurd van dhr. [[p:Sadiki]]:
"Geachte mevrouw [[p:Prins]], ik heb nog steeds geen geld ontvangen op mijn rekening [[i:NL77ASNB4646396776]]. Mijn huur moet op de 1e betaald. Kunt u mij bellen op [[t:0616482290]]? Met vriendelijke groet, [[p:Omar Sadiki]], [[a:Teniersplein 5]], Den Haag"''')
T.append("""Westland – {{o:Vitis Welzijn}}
Huisbezoek bij [[p:Gheorghe]] en [[p:Elena Munteanu]], [[a:Zwartendijk 120-B]], [[pc:2681 LS]] Monster. Beiden werken in de kassen via uitzendbureau. Huisvesting via werkgever, dreigt te vervallen. BSN [[p:Gheorghe]]: [[b:760 655 212]]. Geen huisarts. Verwezen naar {{o:Westland Werkt}}; {{r:consulent}} [[p:Marjan Zwinkels]] volgt op [[d:24 maart 2025]].""")
T.append("""Kopje uit het registratiesysteem:
Cliëntnr [[dos:C-0044817]] | [[p:Tahiri, N.]] | [[d:26-10-1995]] | [[a:Delftselaan 51-1]] | [[pc:2512RD]] | [[t:06-47001265]] | [[e:nordin.tahiri@hotmail.com]] | status: actief | regisseur: [[p:P. Oomen]]""")
T.append("""Teamagenda {{w:Scheveningen}} (week 16)
- ma: intake [[p:Visser]] 10.00 (samen met {{r:ouderenadviseur}})
- di: overleg {{o:Stichting De Hoop}} over opvangplek, beller: [[p:Hoop]] ([[p:Gert]]), [[t:070 - 416 33 90]]
- wo: vrij ([[p:Mei]])
- do: MDO {{o:GGZ}} – [[p:De Wit]] en [[p:Koster]] aanwezig
- vr: registratie bijwerken, dossier [[dos:2025-SCH-0088]]
NB in mei geen teamuitje, wordt juni.""")
T.append("""Verslag huisbezoek [[d:dinsdag 18/3]]
Bij mw. [[p:Roos Bakker]] (73) geweest. Zij woont sinds 1985 op de [[a:Badhuisweg 208]]. Haar kleindochter [[p:Lente]] (16) komt elke woensdag. Mw. heeft moeite met traplopen; de {{r:ergotherapeut}} van {{o:Zorgpartners}} komt kijken. [[p:Roos]] is nog erg zelfstandig en wil "geen gedoe". Tip van de {{r:wijkverpleegkundige}}: alarmering via {{o:Sensire}}.""")
T.append(
    '''[[p:Priscilla]] schreef in de chat: "Ik heb de casus van [[p:Winston]] uit {{w:Duindorp}} ingebracht bij de expertmeeting, zonder naam natuurlijk. Hij kreeg op [[d:5/3]] eindelijk een indicatie beschermd wonen. Dank aan [[p:Fleur]] van {{o:Anton Constandse}} die het heeft getrokken!"'''
)
T.append("""Beste mevrouw [[p:Van Rooijen]],

Hierbij bevestig ik de afspraak van [[d:donderdag 3 april 2025]] om 10.00 uur bij u thuis, [[a:Pijnacker Hordijklaan 96]]. Ik kom samen met mijn collega dhr. [[p:Oussama Lamrini]], {{r:Wmo-consulent}}. Wilt u uw legitimatie en uw laatste bankafschrift klaarleggen?

Met vriendelijke groet,
[[p:Tineke Groenewegen]]
SWT {{w:Vruchtenbuurt}}
14 070 (algemeen) / [[t:06 - 10 92 47 38]] (direct)""")
T.append(
    """notities mdo: mw. [[p:hassan]] wil niet meer met {{r:bewindvoerder}} [[p:van Os]] werken. zoon [[p:bilal]] belt dagelijks. afgesproken: [[p:eva]] (SWT) neemt contact op met {{o:Rechtbank Den Haag}} over wisseling bewindvoerder. zaaknr rechtbank [[dos:C/09/671234]]."""
)
T.append("""Introductie op het platform
Hoi! Ik ben [[p:Jasper]], {{r:ervaringsdeskundige}} en sinds kort verbonden aan SWT {{w:Laak}} via {{o:Stichting Straatconsulaat}}. Ik heb zelf 4 jaar op straat geleefd en wil helpen bij bemoeizorg. Ik werk nauw samen met [[p:Anouar]] en [[p:Lisanne Mol]]. Bereikbaar op [[e:jasper@straatconsulaat.nl]].""")
T.append("""Afmelding + vraag
Hallo [[p:Marloes]], ik kan helaas niet op [[d:12 mei]] én niet op [[d:19 mei]] (vakantie Suriname). Kan [[p:Radjesh]] mijn plek in de subgroep ouderen overnemen? Hij heeft ervaring met de Hindostaanse ouderengroep in {{w:Transvaal}}. Hij staat in de cc: [[e:r.bhagwandin@xtra.nl]]. Groet, [[p:Sunita Mahabier]]""")
T.append("""Klacht (samenvatting voor de {{r:klachtenfunctionaris}})
Klaagster: mw. [[p:N. Chaouch-Verhoeven]], [[a:Hof van Wouw 14]], [[pc:2491 DX]]. Tel. [[t:+31 70 444 02 18]].
Zij is het niet eens met het afwijzen van haar aanvraag voor begeleiding (besluit [[d:20-01-2025]], kenmerk [[dos:2025-WMO-0187]]). Zij vindt dat de {{r:Wmo-adviseur}} alleen met haar zoon [[p:Kevin]] heeft gesproken, niet met haar. Bezwaartermijn loopt tot [[d:3 maart]].""")
T.append(
    """korte aantekening: dhr. [[p:Ong]] belde, 2e keer deze week. wil terugbellen van [[p:mira]]. nr [[t:06 2984 1150]]. niet urgent volgens hem."""
)
T.append("""Brainstorm jeugd – post-its (foto uitgeschreven door [[p:Fenna]])
• overgang 18- naar 18+ = gat
• wachtlijst {{o:Jeugd-GGZ}} 9 mnd
• [[p:Latifa]]: moeders in {{w:Schilderswijk}} kennen CJG niet
• [[p:Dirk]]: "niet alles oplossen, wel iemand die blijft"
• school als vindplaats ({{o:Haags Montessori Lyceum}}?)
• voorbeeld gezin [[p:Osei]] -> NIET gebruiken, te herkenbaar
• jongerenwerk 's avonds open in {{w:Moerwijk}}""")
T.append("""Bericht van {{r:teamleider}} aan nieuwe collega
Welkom [[p:Ahmet]]! Jouw inlog werkt vanaf [[d:maandag 14-04]]. Je maatje is [[p:Karlijn van Schaik]]. Je eerste casussen: [[dos:Z25-0331]] en [[dos:Z25-0339]], beide in {{w:Rustenburg-Oostbroek}}. Laptop ophalen bij [[p:Frank]] van ICT, kamer 2.08.""")
T.append("""Gespreksverslag supervisie – [[p:Marieke Hoogland]] met [[p:Sylvia]]
Thema: grenzen. [[p:Sylvia]] beschrijft dat ze bij cliënt [[p:Johan]] ([[dos:2024-01877]]) steeds extra dingen doet (boodschappen, zijn kat verzorgen). Supervisor: "Wat gebeurt er als jij stopt?" Afspraak: [[p:Sylvia]] bespreekt met {{r:casusregisseur}} hoe het netwerk van [[p:Johan]] (broer [[p:Theo]], {{o:kerk}}) versterkt kan worden. Volgende sessie [[d:24 april]].""")
T.append("""Delft – {{o:Sociaal Wijkteam Delft}}, team {{w:Tanthof}}
Aanmelding: [[p:Dawit Gebremedhin]] (29), statushouder, woont sinds 2023 op [[a:Papsouwselaan 183]], [[pc:2624 AM]] Delft. Inburgering loopt via {{o:Delft voor Elkaar}}. BSN [[b:259492565]]. Vraag: hulp bij Zorgtoeslag en post. Tel [[t:015-2 14 67 90]].""")
T.append("""Geachte heer [[p:Çakır]],

Naar aanleiding van ons telefoongesprek van gisteren, [[d:9 april]] bevestig ik dat het sociaal wijkzorgteam uw aanvraag in behandeling heeft genomen onder nummer [[dos:SWT/HAA/25/0412]]. U kunt mij bereiken op [[t:070-7522001]] of via [[e:swt.haagsehout@denhaag.nl]].

Hoogachtend,
drs. [[p:E.M. Ruijgrok]]
{{r:casusregisseur}}""")
T.append("""Notulen teamoverleg [[d:3 apr]]
Aanwezig: [[p:Tessa]], [[p:Hamza]], [[p:Bea]], [[p:Goran]], [[p:Wilma]]. Afwezig: [[p:Chidi]] (ziek).
1. Pilot: [[p:Tessa]] doet verslag van de workshop. Vooral de presentatie van [[p:Hilde van Vliet]] ({{o:Veilig Thuis}}) viel goed.
2. Casussen: dossier [[dos:25-0117]] gesloten. Mw. [[p:Jacobs]] verhuist naar {{w:Leyenburg}}, overdracht naar team {{w:Wateringse Veld}}.
3. Rondvraag: [[p:Goran]] zoekt een {{r:tolk}} Bosnisch voor [[d:16 april]].""")
T.append(
    """Aantekening bij huisbezoek: moeder zegt dat de jongste, [[p:Sem]], sinds [[d:januari 12]] niet meer naar school gaat. Vader ([[p:Erik de Jong]]) is sinds de scheiding in Zoetermeer, [[t:06-58802214]]. School: {{o:Basisschool De Vuurvogel}}. Melding bij {{r:leerplichtambtenaar}} gedaan."""
)
T.append("""Kick-off, stemming via handopsteken (genoteerd door [[p:Yvonne]]):
Jeugd – 11 stemmen (o.a. [[p:Hakima]], [[p:Peter-Paul]], [[p:Ayse]])
Ouderen – 14 ([[p:Wies]], [[p:Hans van Roon]], [[p:Sandra]], [[p:Mohammed]], [[p:Winnie Kwakman]], ...)
Huiselijk geweld – 9
Bemoeizorg – 12
Eenzaamheid – 6 (voorstel [[p:Jurgen]], gaat niet door)
Pilotgroep gekozen: zie bijlage, 20 namen.""")
T.append("""Teams-chat
[[p:Ruben]] 09:12: iemand het nummer van mw. [[p:Lambrechts]]?
[[p:Manon]] 09:14: [[t:070 - 389 16 02]], maar ze neemt niet op
[[p:Ruben]] 09:15: en mobiel?
[[p:Manon]] 09:15: [[t:06 43 88 91 17]]. wel eerst via zoon [[p:Marcel]] proberen
[[p:Ruben]] 09:16: top thx""")
T.append("""Verslag huisbezoek – SWT {{w:Moerwijk}}
Datum: [[d:woensdag 2 april 2025]], 14.00–15.15 uur
Aanwezig: mw. [[p:Kofi-Asante]] (cliënt), haar broer, ondergetekende ({{r:maatschappelijk werker}}) en [[p:Lotte]] ({{r:wijkverpleegkundige}}).

Mevrouw woont met haar drie kinderen (8, 11 en 14) in een portiekwoning op [[a:Erasmusweg 1144]], [[pc:2532 CW]]. De woning is schoon maar erg vochtig; in de slaapkamer van de kinderen zit schimmel. Corporatie {{o:Vestia}} is hier twee keer over gebeld, de laatste keer op [[d:17-02-2025]], zonder resultaat. Mevrouw werkt 24 uur per week in de thuiszorg en verdient net te veel voor bijzondere bijstand.

Financiën: vaste lasten lopen via [[i:NL17RABO2525434907]]; er is een achterstand bij de energieleverancier van ca. € 1.250. Haar BSN ([[b:655 980 039]]) is doorgegeven aan {{o:Schuldhulp Den Haag}} voor een vroegsignaleringsgesprek.

Broer (naam niet genoteerd, woont in Rijswijk) helpt met de post. De oudste zoon heeft op school een {{r:schoolmaatschappelijk werker}}, contact via [[e:smw@hofstadlyceum.nl]].

Afspraken:
- [[p:Lotte]] belt [[d:maandag 7 april]] met de {{r:huisarts}} over de astma van de middelste.
- Ik dien vóór [[d:11-04]] een klacht in bij {{o:Vestia}} en vraag de {{r:wijkconsulent}} ([[t:088 - 800 12 34]]) om een inspectie.
- Volgende afspraak: [[d:16 april]], 13.30 uur.""")
T.append("""Van: [[e:facilitator@crossover-advies.nl]]
Aan: pilotgroep sociaal domein
Datum: [[d:ma 31-3-2025]]
Onderwerp: huiswerk voor de expertmeeting

Beste allemaal,

Over iets meer dan twee weken hebben we de expertmeeting. We willen die dag vullen met jullie vragen, niet met lange presentaties. Daarom vragen we ieder team om vóór [[d:vrijdag 11 april]] één geanonimiseerde casus in te sturen. Let op: een casus is geanonimiseerd als er geen namen, adressen, geboortedata, telefoonnummers, BSN's, rekeningnummers of dossiernummers in staan. Ook "de Marokkaanse weduwe van 93 uit de flat aan het plein in {{w:Kraaiennest}}" is vaak al herkenbaar!

De experts die komen: [[p:Yolanda Bos]] ({{o:Trimbos-instituut}}), [[p:Driss Ennaji]] ({{r:bemoeizorger}} bij {{o:Parnassia}}) en prof. dr. [[p:W. (Willemijn) Schouten]] ({{o:Universiteit Leiden}}).

Wie nog vragen heeft over het anonimiseren, kan bellen met [[p:Renske]] op [[t:06-22 31 87 54]].

Hartelijke groet,
[[p:Joost]] en [[p:Bernadette]]""")
T.append("""Besluit en betaalgegevens (overgenomen uit brief, ter controle)
Aanvrager: mw. [[p:J.C. (Josephine) Maduro]]
Partner: dhr. [[p:R. Maduro-Croes]]
Adres: [[a:Goudenregenstraat 211]], [[pc:2565 EX]] 's-Gravenhage
BSN aanvrager: [[b:714919135]]
BSN partner: [[b:8502 60 127]]
Uitbetaling bijzondere bijstand: € 840,00 op [[i:NL26 INGB 5113 6536 03]] t.n.v. [[p:J.C. Maduro]]
Datum besluit: [[d:28 februari 2025]]
Kenmerk: [[dos:BB/2025/003318]]
Behandelaar: [[p:S. Overduin]], {{r:consulent}} {{o:Werk en Inkomen}}
Opmerking SWT: mw. belde op [[d:5 maart]] dat het geld nog niet binnen was; bleek naar oude rekening [[i:NL90ABNA8269197336]] te zijn gestort. {{r:Klantmanager}} geïnformeerd.""")
T.append("""Casusbeschrijving (intern, NIET voor het platform)

Dhr. [[p:Aleksander Kowalczyk]], geboren [[d:2 september 1963]], woont sinds de zomer van 2021 in een kamer op [[a:Zusterstraat 36-2]], [[pc:2512 TN]]. Hij is in 2004 uit Gdańsk gekomen om in de bouw te werken, raakte na een bedrijfsongeval arbeidsongeschikt en heeft sindsdien wisselend werk gehad. Sinds ongeveer een jaar drinkt hij fors. De {{r:huisbaas}} meldde bij het {{o:Servicepunt XL}} dat de huur drie maanden niet betaald is.

Contacten: {{r:huisarts}} dr. [[p:Van Eijk]] ([[t:070-3456012]]); een vriend, [[p:Tadeusz]], die af en toe langskomt; zijn ex-vrouw woont in Polen. Via {{o:Barka}} is er contact met een Poolstalige {{r:straatwerker}}.

BSN: [[b:551740000]] | IBAN: [[i:NL43TRIO4504128304]] | dossier SWT: [[dos:2024-CEN-2231]]

Stand van zaken [[d:20-3-2025]]: meneer wil geen opname, wel hulp bij de huurschuld. Afspraak met {{o:Schuldhulp Den Haag}} gepland op [[d:dinsdag 1 april]].""")
T.append("""Rapportage {{r:ouderenconsulent}} – {{w:Bezuidenhout}}

Op [[d:maandag 24 maart]] ben ik op verzoek van de dochter, mevr. [[p:T. Soerdjbalie]] ([[t:06-4100 7389]], [[e:t.soerdjbalie@ziggo.nl]]), bij haar vader langs geweest. Meneer (dhr. [[p:Soerdjbalie]], 88) woont op [[a:Theresiastraat 330 A]], [[pc:2593 AT]]. Hij is weduwnaar sinds 2019 en spreekt voornamelijk Sarnami.

Bevindingen: hij weet niet meer goed welke dag het is, eet onregelmatig en vergeet medicijnen. Geen thuiszorg. Hij wil graag thuis blijven wonen, ook al is de trap naar zijn slaapkamer steil. De dochter komt 3x per week, maar zij werkt fulltime en is zelf overbelast.

Actie:
1. Aanmelden bij {{o:Wmo-loket}} voor huishoudelijke hulp.
2. {{r:casemanager dementie}} ([[p:Marja]]) inschakelen voor diagnostiek via de {{r:huisarts}}.
3. Mantelzorgondersteuning voor de dochter via {{o:Mantelzorg Den Haag}}.
Volgende contact: [[d:7-4]].""")
T.append("""Verslag startbijeenkomst pilot, [[d:6 februari]]

Ruim veertig mensen in de zaal van {{o:Wijkcentrum De Boog}}, waarvan de twintig leden van de pilotgroep. Na een welkomstwoord van [[p:Marloes van den Berg]] ({{o:gemeente Den Haag}}) vertelde [[p:Arnoud]] van {{o:CAOP}} hoe de vier maanden eruitzien: workshops in maart, de expertmeeting in april en de slotbijeenkomst in juni.

Daarna gingen de vier themagroepen uiteen. De groep bemoeizorg (trekker: [[p:Hasan Çelik]]) koos als vraag: "Hoe komen we binnen bij iemand die ons niet wil zien?" De groep ouderen (trekker: [[p:Gerda Koster]]) wil weten hoe je eenzaamheid vroeg signaleert. Jeugd ([[p:Samira Ait Bouziane]]) en huiselijk geweld ([[p:Yasmina]]) kozen de overgang naar 18+ en de nazorg na een melding.

Praktisch: alle materialen komen op het platform. Vragen over het platform aan [[p:Thijs]], [[e:t.vandermolen@denhaag.nl]], [[t:070 353 4417]]. Volgende bijeenkomst voor iedereen: [[d:17 april]].""")
T.append("""Aanvraag noodfonds – ingevuld door {{r:welzijnscoach}} [[p:Esra]] ({{o:Xtra}})
Voor: [[p:Ibrahim Kamara]] (32) en dochter [[p:Fatmata]] (4)
Adres: [[a:Vaillantlaan 412-III]], [[pc:2526 HL]]
Reden: koelkast kapot, geen buffer, WW-uitkering loopt pas vanaf [[d:15 mei]].
Bedrag: € 350
Uitbetalen op: [[i:NL76 ASNB 3470 3496 85]] (t.n.v. cliënt)
BSN: [[b:749.558.258]]
Contact aanvrager: [[t:+31 6 1357 9024]], [[e:esra.k@xtra.nl]]""")
T.append("""Kort verslag workshop "Samenwerken met de huisarts" ([[d:20 maart]], {{w:Escamp}})
Dr. [[p:Anand Ramsaran]], {{r:huisarts}} in {{w:Morgenstond}}, vertelde hoe zijn praktijk werkt met een {{r:POH-GGZ}} die ook mee op huisbezoek kan. Hij gaf zijn direct nummer voor SWT's uit {{w:Escamp}}: [[t:070-3 29 84 10]] (alleen voor professionals). Discussie: mag een huisarts gegevens delen zonder toestemming? Antwoord [[p:Ramsaran]]: alleen bij acuut gevaar, anders altijd eerst de patiënt vragen. Volgende keer schuift [[p:Ellen de Haan]] van de {{o:HAGA}} aan.""")
T.append("""Memo van [[p:Wendy]] (leidinggevende) na het signaal over mw. [[p:Öztürk]]:

We hebben gisteren afgesproken dat [[p:Jeroen]] en ik samen teruggaan naar mw. [[p:Öztürk]] op de [[a:Beeklaan 402]]. Het gesprek is gepland op [[d:vrijdag 11 april]] om 11.00 uur. Haar zoon [[p:Emre]] (27) wil er niet bij zijn. Haar schoonzus, [[p:Filiz Öztürk-Aksoy]], heeft via [[t:06 83 14 55 20]] laten weten dat ze wel komt.

Dossier: [[dos:HG-2025-0066]]. We overleggen vooraf met [[p:Nicole Schaap]] van {{o:Veilig Thuis}}. Rekeningnummer voor de vergoeding van de reiskosten van de schoonzus: [[i:NL68SNSB0908871474]].""")
T.append("""Verslag expertmeeting, deel 2 – casus uit Zoetermeer
[[p:Ilse Dorrestijn]] ({{o:Participe}}) bracht de casus van een gezin uit {{w:Rokkeveen}} in, geanonimiseerd, maar in de eerste dia stond nog "fam. [[p:Vermeulen]], [[a:Kristalweg 15]], [[pc:2718 SJ]]". Dia is meteen vervangen. Inhoudelijk: vader langdurig ziek, moeder ontslagen, drie pubers. Het gezin heeft vier hulpverleners en niemand met regie. Les: benoem één regisseur en leg vast wie wat doet. Nagesprek met [[p:Ilse]] op [[d:donderdag 24-4]] via [[e:i.dorrestijn@participe.nl]].""")
T.append(
    """ha [[p:Kim]], wil je dit even in het systeem zetten? nieuwe cliënt, [[p:Daan Brouwers]], geb [[d:11/07/2001]], BSN [[b:156774318]], woont bij zijn opa op de [[a:Valkenboslaan 14]] ([[pc:2563CC]]). tel [[t:0685512209]]. aangemeld door {{r:jongerenwerker}} [[p:Ouassima]]. thx! [[p:Bas]]"""
)
T.append("""Overdracht bij vertrek – [[p:Nathalie]] ({{r:Wmo-adviseur}}) aan [[p:Rik]]
Lopende zaken:
- [[dos:WMO-2025-1022]]: dhr. [[p:Hoekstra]], scootmobiel, wacht op keuring
- [[dos:WMO-2025-1048]]: mw. [[p:Abdullahi]] ([[a:Rijswijkseweg 77-4]]), huishoudelijke hulp, besluit vóór [[d:1 mei]]
- [[dos:WMO-2025-1051]]: fam. [[p:Nijenhuis]], woningaanpassing, bezwaar loopt tot [[d:22-5-2025]]
Mijn laatste werkdag is [[d:vrijdag 25 april]]. Daarna bereikbaar via [[e:nathalie.kraan@gmail.com]] voor vragen.""")
T.append("""Verslag workshop bemoeizorg – [[d:dinsdag 25 maart 2025]], {{o:Wijkcentrum Laak}}

Aanwezig: 16 deelnemers uit 9 teams. Facilitatie: [[p:Youssef Amezian]] en [[p:Bernadette Kloosterman]]. Notulen: [[p:Patrick]].

1. Opening
[[p:Youssef]] opent met een rondje: wie heeft deze maand een deur dichtgekregen? Bijna iedereen steekt zijn hand op.

2. Casus uit {{w:Laakkwartier}} (ingebracht door [[p:Hanan Boujdaini]])
Een man van rond de 60 woont al jaren in een vervuilde woning. Buren klagen over stank en ongedierte. Hij heeft geen huisarts en opent de deur niet. De {{r:woonconsulent}} van {{o:Haag Wonen}} heeft na een half jaar een huisbezoek afgedwongen. [[p:Hanan]] kwam mee en bracht koffie mee; dat werkte beter dan een brief.

3. Wat werkt?
- geduld en steeds dezelfde persoon;
- de {{r:GGD-arts}} kan zonder verwijzing langs (tip van [[p:Koos Verbrugge]], {{o:GGD Haaglanden}});
- buren als bondgenoot, niet als klager.

4. Afspraken
[[p:Patrick]] zet de tips op het platform. [[p:Hanan]] vraagt of de casus, volledig geanonimiseerd, als les gedeeld mag worden. Volgende bijeenkomst: [[d:22 april]]. Vragen via [[e:bemoeizorg.pilot@denhaag.nl]].""")
T.append("""Dagboekje huisbezoeken [[p:Martine]] (week 12)

ma [[d:17/3]] – fam. [[p:Sahin]], [[a:Parallelweg 97]]: geen gehoor. Briefje. Buurman zegt dat ze in Turkije zijn tot eind maart.
di [[d:18/3]] – mw. [[p:Kraaijeveld]] ([[a:Delftweg 12 rood]]): goed gesprek, dochter [[p:Ingrid]] erbij. Hulp bij huishouden aangevraagd, kenmerk [[dos:WMO 25/2231]].
wo [[d:19/3]] – vrij.
do [[d:20/3]] – dhr. [[p:Agyeman]] samen met {{r:SPV}} [[p:Tom]]. Hij slaapt slecht, hoort stemmen, maar wil geen medicatie. Afspraak {{o:GGZ}} staat, [[d:3 april]] 10.00 uur, {{o:Parnassia}} locatie [[a:Lijnbaan 4]].
vr [[d:21/3]] – intake [[p:Wiktoria Lewandowska]], [[a:Hoefkade 850]], [[pc:2526 BR]], [[t:06 1212 0455]]. Zij heeft vier schuldeisers en een beslag op haar loon. Rekening: [[i:NL43RABO5695262422]].

Week was zwaar, drie crisissen. Gesprek met [[p:Inge]] ingepland.""")
T.append("""Facilitatormail na de slotbijeenkomst

Lieve pilotgroep,

Wat een middag was het [[d:vrijdag 20 juni]]! Dank aan iedereen die er was, en in het bijzonder aan wethouder [[p:Parbhudayal]], die bleef tot het einde. Vier maanden lang hebben twintig collega's uit achttien teams hun casussen, twijfels en ideeën gedeeld. Er staan nu 37 geanonimiseerde casuslessen op het platform.

Enkele hoogtepunten: de ouderengroep ([[p:Gerda]], [[p:Rajesh]], [[p:Tigist]] en [[p:Kees]]) heeft een checklist eenzaamheid gemaakt die de {{r:ouderenconsulenten}} in {{w:Mariahoeve}} en {{w:Bouwlust}} al gebruiken. De groep huiselijk geweld heeft met {{o:Veilig Thuis}} afspraken gemaakt over de overdracht na zes weken. En de bemoeizorgers hebben een koffieochtend opgezet in het {{o:Servicepunt XL}} in {{w:Moerwijk}}, die blijft.

Wie wil doorpraten: op [[d:2 september]] is er een terugkomdag. Aanmelden bij [[p:Thijs van der Molen]], [[e:t.vandermolen@denhaag.nl]] of [[t:06-1520 4780]].

Hartelijke groet,
[[p:Marloes]], [[p:Joost]] en [[p:Bernadette]]""")

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOK.finditer(src):
        out.append(src[pos : m.start()])
        n += m.start() - pos
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for k, src in enumerate(T):
        text, pii, keep = parse(src)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, k
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (k, s)
            assert s["text"] == s["text"].strip(), (k, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (k, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (k, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (k, s)
        assert pii, k
        rows.append({"id": "ho33-%04d" % k, "text": text, "pii": pii, "keep": keep})
    assert len({r["text"] for r in rows}) == len(rows)
    with open(os.path.join(here, "heldout33.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words / len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
