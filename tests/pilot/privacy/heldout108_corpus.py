#!/usr/bin/env python3
"""Held-out corpus 108: written output of a cross-team pilot ("Samen werken in het
sociale domein") in a Dutch city: kick-off notes where teams choose themes, workshop
and brainstorm minutes, expert-meeting summaries, closing-session evaluations, theme
pages and the case lessons written for them. Real cases (names, ages, addresses,
dates, case numbers slipped in) are mixed with general reflections that name only
organisations, neighbourhoods, roles, methods and numbers that are no personal data.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout108.jsonl next to itself.
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

# Numbers written wrongly on purpose (typos are realistic and still personal data).
KNOWN_BAD = {"bsn": set(), "iban": set()}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Kick-off: notes, voting results, table reports, attendance
# ---------------------------------------------------------------------------
add(r"""
Verslag kick-off pilot "Samen werken in het sociale domein"
Datum: [[d:donderdag 22 november]], 13.30–17.00 uur
Locatie: {{o:Wijkcentrum De Wissel}}, {{w:Transvaal}}, grote zaal (1.04)
Dagvoorzitter: [[p:R. Bosch]] ({{o:Crossover}}) – verslag: [[p:MD]]

Aanwezig: ca. 140 teamleden uit alle 24 sociale wijkzorgteams, 6 collega's van de gemeente ({{o:SZW}} en {{o:OCW}}), 2 adviseurs van het {{o:CAOP}}.

1. Opening
De {{r:wethouder}} opende met: "De wijk weet meer dan het stadhuis." Daarna een filmpje van het SWT {{w:Moerwijk}} over een jaar samenwerken.

2. Stemming thema's (3 stickers p.p.)
| thema              | stickers | aandeel |
| ouderen            | 121      | 29%     |
| bemoeizorg         | 104      | 25%     |
| jeugd (18-/18+)    | 97       | 23%     |
| huiselijk geweld   | 88       | 21%     |
| overig             | 10       | 2%      |
De vier bovenste thema's gaan door. "Schulden" (7 stickers bij overig) nemen we mee onder bemoeizorg.

3. Pilotgroep
31 aanmeldingen voor 20 plekken. Per thema 5 deelnemers; waar nodig geloot door [[p:RB]] en [[p:MD]] in de pauze.

4. Vervolg
Startbijeenkomst begin februari, expertmeeting in april, slotbijeenkomst in juni. Uitnodigingen volgen via de teamleiders.
=====
Kick-off – terugkoppeling tafel 7 (thema ouderen)
Tafelvoorzitter: [[p:Hanneke Vos]], {{r:casemanager dementie}} SWT {{w:Mariahoeve}}

Aan tafel: [[p:Selma Öztürk]] ({{r:Wmo-adviseur}}, SWT {{w:Bouwlust}}), [[p:Joost van der Kooij]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:Ramona Jagroep]] ({{r:ouderenconsulent}}, {{o:Vóór Welzijn}}), [[p:Pieter Mulder]] ({{r:maatschappelijk werker}}, {{o:Xtra}}), [[p:Ilham Bouchtaoui]] ({{r:welzijnscoach}}, {{o:Zebra Welzijn}}).

Wat we zien:
- vereenzaming na overlijden partner, vaak pas laat in beeld;
- mantelzorgers die zelf 75+ zijn;
- {{r:huisarts}} weet veel maar deelt weinig (toestemming!).
[[p:Joost]] vertelde over een mevrouw van 91 in {{w:Mariahoeve}} die drie weken met een gebroken pols thuis zat omdat ze "niemand tot last wilde zijn". Pas toen de buurvrouw belde kwamen we binnen.
Voorstel van de tafel: in elk team één aandachtsfunctionaris ouderen.
=====
Stemuitslag kick-off per team (aantal stickers, alleen de vier gekozen thema's)

team	jeugd	ouderen	hg	bemoeizorg
{{w:Schilderswijk}}-Oost	9	3	7	11
{{w:Schilderswijk}}-West	8	2	6	12
{{w:Transvaal}}	6	4	5	9
{{w:Laak}}	5	6	4	7
{{w:Moerwijk}}	7	5	6	8
{{w:Mariahoeve}}	2	14	3	3
{{w:Bezuidenhout}}	3	11	2	4
{{w:Scheveningen}}	3	9	3	6
{{w:Ypenburg}}	8	4	5	1
{{w:Loosduinen}}	4	10	3	2

Opvallend: teams met veel 75-plussers kiezen ouderen, de "oude wijken" bemoeizorg. Totaal over alle 24 teams: zie hoofdverslag. Geen namen op de formulieren, dus dit overzicht mag rond.
=====
Hoi allemaal,

Korte samenvatting van gisteren voor wie er niet bij kon zijn (roosters, ziekte, de {{r:deurwaarder}} bij een klant...). We hebben met bijna het hele team meegestemd. Ons team heeft gekozen voor bemoeizorg en jeugd. [[p:Kerem]] en [[p:Lotte]] hebben zich aangemeld voor de pilotgroep, [[p:Lotte]] is ingeloot voor het thema jeugd, [[p:Kerem]] staat op de reservelijst.

De sfeer was goed, veel herkenning tussen de teams. Wel een kritische noot van [[p:Wilma]] (GGZ): "We praten weer óver de cliënt en niet mét hem." Neem ik mee naar het teamoverleg van [[d:dinsdag 27 november]].

Groet,
[[p:Esther de Koning]]
{{r:teamleider}} SWT {{w:Spoorwijk}}
[[t:06-41 22 87 09]]
=====
Kick-off [[d:22/11]] – flipover "Wat moet de pilot opleveren?" (uitgetypt door [[p:jv]])

* minder dubbel werk tussen SWT en {{o:CJG}}
* één contactpersoon voor een gezin ("1 gezin 1 plan")
* snellere route naar {{o:GGZ}} zonder {{r:huisarts}}-verwijzing voor zorgmijders
* betere afspraken met {{o:Veilig Thuis}} over terugkoppeling
* vrijwilligers écht in het team
* "niet weer een rapport dat in de la verdwijnt"
* lessen die we kunnen delen zonder dat de klant herkenbaar is!!
* budget: er is € 40.000 voor het hele traject, wie beslist waarover?
=====
Aanmeldformulier pilotgroep (ingevuld)

Naam: [[p:Naima El Ouazzani]]
Team: SWT {{w:Laak}}
Functie: {{r:maatschappelijk werker}} ({{o:Xtra}})
Voorkeursthema 1: huiselijk geweld
Voorkeursthema 2: jeugd
E-mail: [[e:n.elouazzani@xtra.nl]]
Mobiel: [[t:06 18 30 55 72]]
Motivatie: Ik zie in {{w:Laak}} veel gezinnen waar het thuis onveilig is maar waar niemand de regie neemt. Ik wil leren van teams die met Signs of Safety werken.
Toestemming leidinggevende: ja ([[p:H. Brouwer]])
=====
Notulen kick-off, deelsessie "bemoeizorg" (zaal 2.11)
Facilitator: [[p:AvdM]]; notulist: [[p:Tom Smit]]

Deelnemers (16): vooral {{r:maatschappelijk werkers}}, 3 {{r:wijkverpleegkundigen}}, 1 {{r:wijkagent}}, iemand van {{o:GGD Haaglanden}} (team Vangnet) en van {{o:Brijder}}.

Rondje casussen (kort, geanonimiseerd gevraagd – niet iedereen hield zich daaraan):
- SWT {{w:Centrum}}: man, ca. 50, woont sinds jaren in een vervuilde woning boven een winkel, weigert alles behalve koffie.
- SWT {{w:Transvaal}}: "meneer [[p:Dijkstra]] van de [[a:Wolmaransstraat 42]]" – 68, verzamelt oud papier, brandgevaar. {{o:Staedion}} dreigt met ontruiming.
- SWT {{w:Laak}}: jonge vrouw met psychose, moeder belt wekelijks het team.

Gemene deler: de eerste stap (binnenkomen) kost maanden. Idee: een gedeelde "bemoeizorgpool" van 3 mensen die over teams heen werkt.

Actie [[p:AvdM]]: casus [[p:Dijkstra]] uit het verslag halen voordat het rondgaat.
=====
Oproep op het intranet, [[d:23 november]]

Bedankt voor jullie enorme opkomst bij de kick-off! 140 collega's, 420 stickers, 4 thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg. De pilotgroep (20 mensen) is rond; de namen staan per thema op de pilotpagina.

Heb je een casus die past bij een van de thema's? Schrijf hem op als casusles (format op de pagina) en vergeet de toestemmingsverklaring niet. Vragen: mail het pilotteam via [[e:pilot.sociaaldomein@denhaag.nl]] of bel het algemene nummer 14 070 en vraag naar het programmateam sociale wijkzorgteams.
=====
Kick-off: wie zit in de pilotgroep?

Thema jeugd
1. [[p:Lotte Verhoeven]] – SWT {{w:Spoorwijk}}, {{r:jeugdconsulent}}
2. [[p:Mohamed Amrani]] – SWT {{w:Schilderswijk}}-West, {{r:jongerenwerker}} ({{o:Stichting MOOI}})
3. [[p:Daphne Sint Jago]] – SWT {{w:Ypenburg}}, {{r:maatschappelijk werker}}
4. [[p:Bart Hoek]] – SWT {{w:Segbroek}}, {{r:casusregisseur}}
5. [[p:Gülay Kılıç]] – {{o:CJG}} {{w:Moerwijk}}, {{r:jeugdverpleegkundige}}

Thema ouderen
6. [[p:Hanneke Vos]] – SWT {{w:Mariahoeve}}, {{r:casemanager dementie}}
7. [[p:Ramona Jagroep]] – SWT {{w:Bezuidenhout}}, {{r:ouderenconsulent}}
8. [[p:Joost van der Kooij]] – SWT {{w:Scheveningen}}, {{r:wijkverpleegkundige}}
9. [[p:Agnieszka Wróbel]] – SWT {{w:Loosduinen}}, {{r:Wmo-adviseur}}
10. [[p:Fred Winter]] – SWT {{w:Bouwlust}}, {{r:welzijnscoach}}

Thema huiselijk geweld
11. [[p:Naima El Ouazzani]] – SWT {{w:Laak}}
12. [[p:Sandra Groen]] – SWT {{w:Moerwijk}}
13. [[p:Eyob Tesfamariam]] – SWT {{w:Transvaal}}
14. [[p:Merel de Vos]] – SWT {{w:Centrum}}
15. [[p:Chantal Rozendaal]] – {{o:Veilig Thuis Haaglanden}} (adviseur)

Thema bemoeizorg
16. [[p:Tom Smit]] – SWT {{w:Centrum}}
17. [[p:Wilma Kraaijeveld]] – SWT {{w:Schilderswijk}}-Oost ({{o:Parnassia}})
18. [[p:Kerem Aslan]] – SWT {{w:Spoorwijk}} (reserve, ingestroomd na afmelding)
19. [[p:Priscilla Wijnhard]] – SWT {{w:Rustenburg}}-{{w:Oostbroek}}
20. [[p:Henk Schipper]] – SWT {{w:Escamp}}, {{r:wijkagent}} (agendalid)
=====
Kick-off, plenaire afsluiting – quotes van de muur

"Eindelijk mogen we eens over de schotten heen kijken." – {{r:Wmo-adviseur}}, {{w:Leidschenveen}}
"Bemoeizorg is geen thema, het is ons dagelijks werk." – anoniem
"Als de pilot één ding oplevert, laat het dan een telefoonnummer zijn dat wél opneemt." – {{r:wijkverpleegkundige}}
"Mijn klant [[p:Jopie]] zei gisteren: jullie zijn met z'n zessen en niemand weet wat de ander doet." – {{r:casusregisseur}} {{w:Laak}}
=====
Memo aan de teamleiders – uitslag kick-off

Van: programmateam SWT ([[p:M. Dekker]], [[p:R. Bosch]])
Aan: teamleiders 24 SWT's
Betreft: keuze thema's en vrijroosteren pilotdeelnemers

De vier thema's zijn jeugd, ouderen, huiselijk geweld en bemoeizorg. Pilotdeelnemers zijn van februari t/m juni gemiddeld 4 uur per week bezig met de pilot (totaal ca. 80 uur p.p.). De gemeente compenseert de moederorganisaties met € 38 per uur, te declareren via het bekende formulier (kenmerk 2018/SWT/0917 in de omschrijving zetten). Heeft u vragen, bel dan het secretariaat: 070 353 44 21 (algemeen nummer, werkdagen 9–12 uur).
=====
Notitie van [[p:Fred]] na de kick-off (voor mijn eigen team, niet verder sturen)

Ik heb bij tafel ouderen de casus van mw [[p:van den Broek]] ingebracht, [[a:Zichtenburglaan 118]], 84 jaar. Ik heb haar naam genoemd, achteraf dom. Ze had gisteren nog gebeld: "Meneer [[p:Fred]], de meneer van de verwarming komt niet." Dat is precies het punt: ze heeft geen netwerk meer sinds haar dochter [[p:Carla]] naar Spanje is verhuisd.
Wat ik meeneem: de {{o:Vóór Welzijn}}-vrijwilligers in {{w:Bouwlust}} willen best vaker langs, maar weten niet wie.
=====
Kick-off – parkeerplaats (vragen die we niet konden beantwoorden)

- Mag een vrijwilliger bij het MDO zitten? (AVG)
- Wie betaalt de tolk bij huisbezoeken als de klant geen Wmo-indicatie heeft?
- Hoe zit het met de meldcode als het SWT én het {{o:CJG}} betrokken zijn?
- Kunnen we bij {{o:Parnassia}} een vaste contactpersoon per stadsdeel krijgen?
- Waarom staat statushouders niet als thema op de lijst? (14 stickers bij "overig" in {{w:Laak}} en {{w:Transvaal}} samen)

Antwoorden volgen op de startbijeenkomst van [[d:5 februari]].
=====
Van: [[p:Marjolein Dekker]] <[[e:m.dekker@caop.nl]]>
Aan: pilotgroep
Onderwerp: foto's en presentatie kick-off

Beste allen,

In de bijlage de presentatie van [[d:22 november]] en de foto's van de flipovers. Op foto 6 staat per ongeluk een naam en huisnummer van een cliënt op een post-it (tafel bemoeizorg) – die foto heb ik vervaagd, maar check het even als je ze doorstuurt.

Startbijeenkomst: [[d:dinsdag 5 februari]], 9.30–12.30 uur, {{o:Stadhuis}} Spui, zaal 0.37.

Hartelijke groet,
[[p:Marjolein]]
{{o:CAOP}} | [[t:06 51 38 20 64]]
=====
Kick-off, tafel jeugd. Verslag in steekwoorden ([[p:gk]])

18-/18+ knip → jongeren vallen tussen wal en schip
{{o:CJG}} stopt op 18e verjaardag, SWT pakt pas op als er "multiproblematiek" is
vb. [[p:Dwayne]] (17), {{w:Schilderswijk}}: jeugdreclassering loopt af op [[d:3 maart]], daarna niks geregeld, geen inkomen, geen zorgverzekering
→ voorstel: overdrachts-MDO vanaf 17,5 jaar
→ {{r:jongerenwerker}} als vaste schakel
stemmen tafel: 11 voor "18-/18+" als subthema
=====
Uitnodiging kick-off (verstuurd via teamleiders)

Op donderdagmiddag in november komen álle medewerkers van de 24 sociale wijkzorgteams bij elkaar. Samen kiezen we vier thema's waar we de komende vier maanden teamoverstijgend aan werken, en we stellen een pilotgroep van 20 collega's samen.

Programma
13.30 inloop met koffie
14.00 opening door de {{r:wethouder}} en het {{o:CAOP}}
14.20 "markt" met de kandidaat-thema's
15.15 stemmen
15.45 tafelgesprekken per thema
16.45 uitslag en borrel

Aanmelden via je teamleider. Er is plek voor 150 mensen. Parkeren kan in de garage onder het gebouw (eigen kosten). Bereikbaar met tram 1 en 15.
=====
Kick-off – stemronde digitaal (Mentimeter), ruwe export

vraag 2: "Welk woord hoort bij samenwerken in jouw wijk?"
vertrouwen (31) | korte lijnen (22) | gedoe (17) | koffie (12) | privacy (11) | [[p:Ingrid]] (1)
vraag 3: "Hoeveel uur per week overleg je met andere teams?"
0 uur 38% – 1-2 uur 44% – 3+ uur 18%
opmerking facilitator: één antwoord bevatte een naam van een collega, laten staan als grap maar niet publiceren.
=====
Verslag kick-off SWT {{w:Ypenburg}}/{{w:Leidschenveen}} (eigen teamnotitie)

Aanwezig namens ons team: [[p:Daphne]], [[p:Yusuf]], [[p:Els]], [[p:Bas de Wit]], [[p:Ria]] (stagiaire).
Wij hebben vooral op jeugd gestemd: in de nieuwbouwwijken zien we veel jonge gezinnen met schulden door de hypotheek en echtscheidingen. Voorbeeld dat [[p:Daphne]] noemde: gezin [[p:Kortenhorst]], [[a:Laan van Wateringse Veld 611]], twee kinderen, vader sinds zomer weg, moeder [[p:Jolanda]] werkt 32 uur en kan de hypotheek niet meer alleen dragen. Dossier bij ons [[z:SWT-YP-2018-0233]].
Wat we willen halen uit de pilot: hoe andere teams omgaan met "nette" gezinnen die pas bij ons komen als het te laat is.
""")

# ---------------------------------------------------------------------------
# 2. Start meeting (February): notes, agreements, team pairs
# ---------------------------------------------------------------------------
add(r"""
Startbijeenkomst pilotgroep – verslag
[[d:5 februari]], {{o:Stadhuis}}, zaal 0.37
Aanwezig: 18 van de 20 pilotdeelnemers (afwezig met bericht: [[p:Priscilla Wijnhard]], [[p:Henk Schipper]]), facilitators [[p:MD]] ({{o:CAOP}}) en [[p:RB]] ({{o:Crossover}}), [[p:Ans Keizer]] (beleidsadviseur {{o:SZW}}).

Afspraken
1. Elk thema werkt in een eigen subgroep van 5; elke subgroep kiest een trekker.
   - jeugd: [[p:Bart Hoek]]
   - ouderen: [[p:Ramona Jagroep]]
   - huiselijk geweld: [[p:Sandra Groen]]
   - bemoeizorg: [[p:Tom Smit]]
2. We werken met casuslessen: 1 A4, geanonimiseerd, met toestemming van de cliënt.
3. Workshops: drie per thema (maart), plus één gezamenlijke brainstorm.
4. Expertmeeting in april; slot in juni met presentaties aan alle teams.
5. Budget per thema € 5.000 voor scholing, tolken of een experiment.
=====
Startbijeenkomst – "Wat neem je mee uit je eigen team?" (rondje, uitgewerkt door [[p:RB]])

[[p:Lotte]]: "Ons team doet al twee jaar MDO's met het {{o:CJG}}, maar de verslagen staan in twee systemen."
[[p:Mohamed]]: "Jongeren in de {{w:Schilderswijk}} vertrouwen het jongerenwerk, niet ons. Gebruik dat."
[[p:Hanneke]]: "Bij dementie is de mantelzorger de sleutel, maar niemand vraagt hoe het met háár gaat."
[[p:Eyob]]: "In de Eritrese gemeenschap praat je niet over geweld thuis. Je praat over 'stress'."
[[p:Wilma]]: "Ik wil dat we eerlijk zijn: bemoeizorg lukt alleen als je er tijd voor krijgt."
[[p:Agnieszka]]: "Poolse arbeidsmigranten komen pas als ze ziek zijn of hun kamer kwijt zijn."
=====
Startbijeenkomst – werkafspraken privacy (vastgesteld)

- Casuslessen bevatten géén namen, adressen, geboortedata, BSN's of dossiernummers.
- Leeftijd, wijk, gezinssamenstelling en hulpverleners (functie/organisatie) mogen wel.
- Citaten van cliënten alleen met toestemming en zonder achternaam.
- Elke casusles gaat langs de privacyfunctionaris van de eigen organisatie.
- Op het platform wordt tekst automatisch gecontroleerd; twijfel? Vraag het aan [[p:Ans Keizer]] ({{o:SZW}}), [[e:ans.keizer@denhaag.nl]].
=====
Koppels voor de pilotperiode (buddy's over teams heen)

[[p:Lotte Verhoeven]] ({{w:Spoorwijk}}) – [[p:Daphne Sint Jago]] ({{w:Ypenburg}})
[[p:Mohamed Amrani]] ({{w:Schilderswijk}}) – [[p:Gülay Kılıç]] ({{w:Moerwijk}})
[[p:Hanneke Vos]] ({{w:Mariahoeve}}) – [[p:Fred Winter]] ({{w:Bouwlust}})
[[p:Ramona Jagroep]] ({{w:Bezuidenhout}}) – [[p:Agnieszka Wróbel]] ({{w:Loosduinen}})
[[p:Naima El Ouazzani]] ({{w:Laak}}) – [[p:Merel de Vos]] ({{w:Centrum}})
[[p:Sandra Groen]] ({{w:Moerwijk}}) – [[p:Eyob Tesfamariam]] ({{w:Transvaal}})
[[p:Tom Smit]] ({{w:Centrum}}) – [[p:Kerem Aslan]] ({{w:Spoorwijk}})
[[p:Wilma Kraaijeveld]] ({{w:Schilderswijk}}) – [[p:Priscilla Wijnhard]] ({{w:Rustenburg}})
Buddy's lopen minstens één dag mee in elkaars team (vóór eind maart).
=====
Startbijeenkomst – presentatie {{o:CAOP}}, dia 4 "Waarom teamoverstijgend?"

• 24 teams, 8–10 professionals per team, circa 220 mensen
• 60–70% van de casussen raakt meer dan één leefgebied
• gemiddeld 4,3 organisaties per huishouden betrokken (steekproef 2017, n = 312)
• doorlooptijd eerste contact → plan: mediaan 23 dagen
• doel pilot: 4 thema's, 20 deelnemers, 4 maanden, minimaal 12 gedeelde casuslessen
=====
Terugblik startbijeenkomst (blog op de pilotpagina, geschreven door [[p:Merel de Vos]])

Wat me bijbleef van dinsdag: we zaten met twintig mensen uit acht organisaties aan tafel en toch ging het binnen tien minuten over dezelfde casus. Niet letterlijk natuurlijk, maar iedereen kende wel een "mevrouw die de deur niet opendoet". In {{w:Centrum}} hebben wij er op dit moment drie.

[[p:Sandra]] van {{w:Moerwijk}} zei iets wat ik wil onthouden: "Je moet niet vragen wat er mis is, maar wat er nog wél werkt." Dat is eigenlijk de kern van Krachtwerk, waar we bij {{o:Xtra}} mee trainen.

Volgende stap: workshops in maart. Ik ben benieuwd!
=====
Startbijeenkomst – actielijst

nr | actie | wie | wanneer
1 | format casusles rondsturen | [[p:MD]] | week 7
2 | subgroep-trekkers plannen workshop | trekkers | half februari
3 | vraag aan {{o:Parnassia}} over vaste contactpersoon | [[p:WK]] | vóór de expertmeeting
4 | tolkbudget uitzoeken | [[p:Ans]] | [[d:22-2]]
5 | casus uit {{w:Transvaal}} ([[z:SWT-TV-2019-0057]]) anonimiseren voor de pagina | [[p:Eyob]] | volgende bijeenkomst
6 | lijst met methodes (Eigen Kracht-conferentie, Signs of Safety, Housing First, Krachtwerk) delen | [[p:RB]] | week 8
""")

# ---------------------------------------------------------------------------
# 3. Workshop minutes (per theme)
# ---------------------------------------------------------------------------
add(r"""
Workshop 1 – thema huiselijk geweld
Datum: [[d:12 maart]], 13.00–16.00 uur, {{o:Servicepunt XL}} {{w:Moerwijk}}
Begeleiding: [[p:Chantal Rozendaal]] ({{o:Veilig Thuis Haaglanden}}), verslag [[p:SG]]
Aanwezig: [[p:Naima El Ouazzani]], [[p:Sandra Groen]], [[p:Eyob Tesfamariam]], [[p:Merel de Vos]], gast: [[p:Youssef Benali]] ({{r:wijkagent}} {{w:Laak}})

Programma: (1) de meldcode in vijf stappen, (2) Signs of Safety in het SWT, (3) casus.

Casus (ingebracht door [[p:Naima]], vooraf geanonimiseerd): moeder, 34, drie kinderen, partner met alcoholprobleem. Politie is twee keer geweest. Moeder wil geen aangifte, wel hulp bij geld. Vraag aan de groep: wie heeft hier de regie, SWT of {{o:Veilig Thuis}}?

Uitkomst: regie bij SWT zolang er geen acute onveiligheid is; {{o:Veilig Thuis}} adviseert. Veiligheidsplan samen met moeder opstellen, drie-kolommenmodel (zorgen – wat gaat goed – wat moet er gebeuren).
=====
Workshop ouderen #2 "Eenzaamheid herkennen" – notulen

Aanwezig: [[p:Hanneke Vos]], [[p:Ramona Jagroep]], [[p:Joost van der Kooij]], [[p:Agnieszka Wróbel]]; afwezig: [[p:Fred Winter]] (ziek).
Spreker: dr. [[p:Ellen Hoogstraten]], {{r:onderzoeker}} ({{o:Haagse Hogeschool}})

Kern van het verhaal:
- 1 op de 10 ouderen in de stad is ernstig eenzaam; in sommige wijken ({{w:Laakkwartier}}, {{w:Moerwijk}}) ligt dat hoger.
- Eenzaamheid ≠ alleen zijn. Sociale vs. emotionele eenzaamheid.
- Vraag niet "bent u eenzaam?" maar "met wie heeft u deze week gepraat?"

[[p:Ramona]] vertelde over mevrouw [[p:Lamberts]] (88) uit {{w:Bezuidenhout}}: ze had elke dag "bezoek" – de postbode, de thuiszorg, de apotheek – maar niemand die bleef zitten. Mevrouw zei: "Iedereen komt, niemand blijft."
=====
Workshop jeugd – "de knip bij 18" (verslag [[p:BH]])

Datum: [[d:woensdag 13 maart]]
Plaats: {{o:Jongerencentrum Zuidwest}}, {{w:Bouwlust}}
Gasten: [[p:Roy Martina]] ({{o:Jeugdbescherming west}}), [[p:Samira Akhrif]] ({{o:Leerplicht}}, {{r:RMC-trajectbegeleider}})

Cijfers die [[p:Roy]] noemde: jaarlijks worden in de regio zo'n 350 jongeren 18 terwijl er nog jeugdhulp loopt. Bij ongeveer een derde is er "niets" geregeld voor daarna.
Tips uit de groep:
1. begin op 17 met een toekomstplan (wonen, geld, school/werk, netwerk)
2. vraag de jongere wie hij zelf wil meenemen
3. regel zorgverzekering en DigiD vóór de 18e verjaardag
4. maak één persoon "vaste schakel" – niet de organisatie, de persoon

Uit de zaal: "[[p:Jordy]] zei tegen me: op mijn 18e verjaardag kreeg ik een taart en een brief dat mijn begeleider stopte."
=====
Workshop bemoeizorg – verslag, [[d:donderdag 14 maart]]
Locatie: inloophuis {{o:Kessler Stichting}}, {{w:Stationsbuurt}}

Aanwezig: [[p:T. Smit]], [[p:W. Kraaijeveld]], [[p:K. Aslan]], [[p:P. Wijnhard]], [[p:H. Schipper]]; gast [[p:Arjen Bos]], {{r:sociaal psychiatrisch verpleegkundige}} {{o:GGD Haaglanden}} (Vangnet & Advies)

[[p:Arjen]]: "Wij zijn er niet om de klant te veranderen maar om het contact niet te verliezen."
Besproken:
- Verschil OGGZ-melding en SWT-aanmelding; wie bepaalt wanneer het "bemoeizorg" wordt?
- Housing First: in de stad nu ± 40 plekken, wachtlijst.
- Casus [[p:Wilma]]: man van 61 in de {{w:Schilderswijk}}, sinds jaren geen post geopend, water afgesloten. Via de buurvrouw (die hem "ome [[p:Kees]]" noemt) kwamen we binnen. Nu, na vijf maanden: water terug, bewindvoering aangevraagd, {{r:huisarts}} bezocht.
Les: gebruik de mensen die al binnen mogen komen.
=====
Workshop huiselijk geweld #2 – Eigen Kracht-conferentie

Gastspreker [[p:Lies Verbeek]] van de {{o:Eigen Kracht Centrale}} legde uit hoe een conferentie werkt: onafhankelijke coördinator, familie en netwerk maken zelf een plan, professionals zijn alleen aanwezig bij de informatieronde.

Vragen uit de groep:
- Kan het als de pleger in het netwerk zit? → ja, mits veiligheid vooraf besproken; soms aparte bijeenkomsten.
- Wat kost het? → gemiddeld € 1.900 per conferentie; in de stad gefinancierd via de jeugdhulpmiddelen, voor volwassenen wisselend.
- Hoe lang duurt het? → 4 tot 8 weken voorbereiding.

[[p:Eyob]] wil het proberen bij een Eritrees gezin in {{w:Transvaal}}; eerst kijken of er een coördinator is die Tigrinya spreekt.
=====
Workshop ouderen #3 – verslag in tabelvorm

onderwerp	wat we hoorden	wat we gaan doen
valpreventie	1 op 3 thuiswonende 75+ valt jaarlijks	cursus "In Balans" via {{o:Vóór Welzijn}} actief aanbieden
dementie en alleen wonen	signalen vaak via winkel/apotheek	afspraak met 3 apotheken in {{w:Mariahoeve}}
mantelzorg	overbelasting bij 1 op 7 mantelzorgers	respijtzorg-kaart per team
financiën	veel ouderen missen toeslagen	koppeling met {{o:Sociaal Raadslieden}}
casus ([[p:Joost]])	mw [[p:de Haan]], 79, [[a:Stevinstraat 203]], {{w:Scheveningen}}: dochter beheert geld, vermoeden financieel misbruik	gemeld bij {{o:Veilig Thuis}} (ouderenmishandeling), [[z:VT-2019-08814]]
=====
Verslag workshop "Vroegsignalering schulden" (extra workshop, open voor alle teams)

Datum: [[d:19 maart]]
Sprekers: [[p:Gert Jonker]] ({{o:Schuldhulpverlening Den Haag}}) en [[p:Malika Haddouchi]] ({{o:Stichting Urgente Noden}})

In de stad krijgen woningcorporaties, energie- en zorgverzekeraars sinds vorig jaar de mogelijkheid om bij 1 maand achterstand een signaal af te geven. In 2018 ging het om ruim 9.000 signalen; bij 41% lukte een eerste contact.
Het team uit {{w:Transvaal}} vertelde dat zij bij elk signaal een huisbezoek doen binnen 5 werkdagen ("Vroeg Eropaf"). Resultaat: in de helft van de gevallen is er meer aan de hand dan geld.
Geen casussen besproken. Presentaties staan op de pilotpagina.
=====
Workshop bemoeizorg #2 – notulen [[p:kerem]]

aanw: [[p:tom]], [[p:wilma]], [[p:priscilla]], [[p:henk]], ik + [[p:Lidia]] van {{o:Leger des Heils}} (straatteam)
- terugblik: casus ome [[p:kees]] gaat goed, bewindvoerder per [[d:1/4]]
- nieuw: [[p:priscilla]] brengt mevrouw in met 11 katten in {{w:Rustenburg}}, [[a:Beresteinlaan 87]], buren bellen elke week. {{o:Dierenbescherming}} wil ingrijpen, mevrouw dreigt "dan spring ik".
  → eerst crisisinschatting door {{o:GGD}}, niet de dieren als ingang gebruiken
  → wel: 1 vertrouwd persoon (nichtje [[p:Bianca]]?) erbij
- [[p:lidia]]: op straat kennen we ± 25 mensen die "zorgmijdend" genoemd worden maar eigenlijk zorg-vermijd worden door wachtlijsten
- volgende keer: Housing First, gast van {{o:HVO-Querido}}?
=====
Workshop jeugd #2 – "Eén gezin, één plan" in de praktijk

Opzet: twee teams ({{w:Ypenburg}}, {{w:Schilderswijk}}) vergelijken hoe ze werken met het {{o:CJG}}.

{{w:Ypenburg}}: gezamenlijk spreekuur op woensdag in het {{o:CJG}}-gebouw, één dossier op papier, digitaal nog gescheiden.
{{w:Schilderswijk}}: wekelijks casusoverleg, maar {{o:CJG}} schuift slechts 1 op de 3 keer aan.

Leerpunt: fysiek samen zitten werkt beter dan een overleg plannen.
Geen casussen besproken. Volgende workshop: [[d:27 maart]], gast van de {{o:Raad voor de Kinderbescherming}}.
=====
Verslag workshop 3 – huiselijk geweld & cultuur

Gastsprekers: [[p:Hayat Bouzerda]] (sleutelfiguur {{w:Schilderswijk}}) en [[p:Tsega Haile]] (vrijwilliger, Eritrese gemeenschap).
Facilitator: [[p:CR]]

[[p:Hayat]]: "Als jij als hulpverlener binnenkomt met het woord geweld, gaat de deur dicht. Kom binnen met de kinderen: hoe gaat het op school?"
[[p:Tsega]]: "In onze cultuur los je het op binnen de familie. De oom of de priester is belangrijker dan {{o:Veilig Thuis}}."

Casus ([[p:Eyob]]): vrouw, 29, sinds 2016 in Nederland via gezinshereniging, twee kinderen, man controleert haar telefoon en geld. Ze mag niet naar taalles. Nu: via de kerk in contact met een vrouwengroep. Eerste gesprek met SWT samen met [[p:Tsega]] als tolk.
Vraag: hoe voorkom je dat een vrijwilliger-tolk in een loyaliteitsconflict komt? → professionele tolk via {{o:Tolk- en Vertaalcentrum}} voor het veiligheidsgesprek, vrijwilliger voor het vertrouwen.
=====
Workshop 1 ouderen – aanwezigheidslijst

naam | team/organisatie | functie | handtekening
[[p:Hanneke Vos]] | SWT {{w:Mariahoeve}} | {{r:casemanager dementie}} | ✓
[[p:Ramona Jagroep]] | SWT {{w:Bezuidenhout}} | {{r:ouderenconsulent}} | ✓
[[p:J. v.d. Kooij]] | {{o:Florence}} | {{r:wijkverpleegkundige}} | ✓
[[p:A. Wróbel]] | SWT {{w:Loosduinen}} | {{r:Wmo-adviseur}} | ✓
[[p:F. Winter]] | SWT {{w:Bouwlust}} | {{r:welzijnscoach}} | ✓
[[p:Marian Koning]] | {{o:Alzheimer Nederland}}, afd. Den Haag | {{r:vrijwilliger}} | ✓
[[p:Sjaak Prins]] | {{o:Seniorenraad}} | lid | ✓
=====
Workshop "Werken met tolken" (voor alle thema's)
[[d:maandag 25 maart]] – verslag door [[p:Daphne]]

- In 2018 werden door de SWT's samen ruim 1.100 tolkuren ingezet, het meest Arabisch, Tigrinya, Turks en Pools.
- Telefonisch tolken kost € 42 per half uur, op locatie ongeveer het dubbele.
- Kinderen als tolk: nooit bij gesprekken over geld, gezondheid of geweld.
- Citaat van een cliënt uit {{w:Laak}}, opgetekend door [[p:Naima]]: "Mijn zoon van elf moest de brief van de deurwaarder vertalen. Daarna sliep hij niet meer." – [[p:Fatima]]

Afspraak: elk team krijgt een budget van 40 tolkuren extra tijdens de pilot.
=====
Workshop bemoeizorg #3 – Housing First (samenvatting door [[p:TS]])

Spreker: [[p:Martijn Kuiper]], {{r:teamleider}} Housing First bij {{o:Kessler Stichting}}.
- Principe: eerst een eigen woning, zonder voorwaarden als "eerst clean" of "eerst schulden oplossen".
- Huurcontract op naam van de deelnemer, begeleiding zo lang als nodig.
- Woonbehoud na 2 jaar: ca. 80% (landelijke cijfers).
- In de stad 40 plekken, verdeeld over {{w:Escamp}}, {{w:Laak}} en {{w:Centrum}}.

Discussie: kunnen SWT's mensen direct voordragen? Nu alleen via de {{o:Centrale Toegang MO/BW}}. Voorstel: 5 plekken per jaar "SWT-route" – gaat mee naar de expertmeeting.
""")

# ---------------------------------------------------------------------------
# 4. Brainstorms (sticky notes, mind maps, idea lists)
# ---------------------------------------------------------------------------
add(r"""
Brainstorm "Hoe bereiken we zorgmijders eerder?" – uitgetypte post-its (geel = idee, roze = zorg)

GEEL
- huisbezoek samen met de {{r:wijkagent}} in burger
- koffiekar op het plein bij de markt ({{w:Haagse Markt}})
- ervaringsdeskundige in elk team
- apotheek en supermarkt als "ogen"
- één gezamenlijk meldpunt voor buren
ROZE
- privacy: mogen buren überhaupt melden?
- wachtlijst {{o:GGZ}} = 14 weken
- "weer een project"
- wie betaalt de ervaringsdeskundige?
(post-it met telefoonnummer van een cliënt weggehaald door [[p:RB]])
=====
Brainstorm pilotgroep, [[d:vrijdag 22 maart]] – mindmap (tekst)

CENTRUM: "samen werken = ?"
  ├ elkaar kennen → koffie, meelopen, buddy's
  ├ elkaar vertrouwen → afspraken nakomen, terugbellen
  ├ informatie delen → toestemmingsverklaring, één systeem?
  │     └ "[[p:Kerem]] had 4 logins nodig voor 1 klant"
  ├ tijd → 4 uur/week is te weinig (12 van 20 zeggen dit)
  └ klant centraal → "vraag het [[p:Mevlüde]] zelf!" (citaat van een cliënte uit {{w:Transvaal}})
=====
Brainstorm ouderen – "De ideale week voor mevrouw X"

We maakten een weekrooster voor een fictieve mevrouw van 86, alleenstaand, beginnende dementie, woont in een flat in {{w:Moerwijk}}.
ma: thuiszorg (15 min), dagbesteding {{o:Florence}}
di: buurvrouw komt koffie drinken
wo: boodschappen met vrijwilliger van {{o:Vóór Welzijn}}
do: kapper aan huis
vr: telefooncirkel
za/zo: niks → hier zit het probleem
Conclusie: het weekend is het eenzaamst. Idee: weekendmaatjes via de kerken en moskeeën. Geen echte persoon, dus dit mag zo op de themapagina.
=====
Brainstorm huiselijk geweld – "Wat zou de cliënt zeggen?"

We lazen citaten voor die deelnemers de afgelopen maanden hebben opgeschreven (met toestemming):
"Ik wist niet dat het geweld was, hij sloeg me toch niet." – [[p:Anouk]], 27
"De hulpverlener van de kinderen en die van mij vertelden elkaar verschillende dingen." – [[p:Gerda]]
"Ze vroegen steeds of ik veilig was. Niemand vroeg wat ik nodig had." – [[p:Saida]]
"Toen mijn zoon bij de {{o:Raad}} zat, ben ik pas gaan praten." – [[p:Rashida]]

Reacties uit de groep: taal van de cliënt gebruiken, niet die van de meldcode.
=====
Brainstorm jeugd – ideeën gescoord (impact 1–5 × haalbaarheid 1–5)

idee | impact | haalb. | score
toekomstplan vanaf 17 | 5 | 4 | 20
vaste schakel per jongere | 5 | 3 | 15
"18-plus pakket" (DigiD, zorgverzekering, bankrekening) | 4 | 5 | 20
jongerenwerker in het SWT | 4 | 3 | 12
gezamenlijk dossier met {{o:CJG}} | 5 | 1 | 5
peer-support door oud-cliënten | 3 | 3 | 9
Top 2 gaan mee als experiment. Trekker: [[p:Bart]]; budget € 2.500.
=====
brainstorm bemoeizorg [[d:26/3]] – ruwe aantekeningen [[p:ps]]

- "zorgmijder" → woord schrappen? liever "moeilijk bereikbaar"
- wat helpt: geduld, steeds dezelfde persoon, kleine dingen regelen (lamp, kachel)
- wat niet: brief met "u bent aangemeld bij..."
- vb [[p:Wilma]]: dhr. [[p:A.]] ({{w:Schilderswijk}}) liet haar binnen na 7x aanbellen omdat ze een bak soep meenam
- vb [[p:henk]] (wijkagent): jongen van 19, [[a:Hoefkade 801]], kamer vol afval, ouders wonen in Turkije. Eerste contact via de imam.
- idee: "bemoeizorgbudget" van € 250 per casus voor praktische dingen zonder aanvraag
- idee: wekelijks "zorgmijdersoverleg" stadsdeelbreed → vinden we te zwaar
=====
Brainstorm met vrijwilligers (apart, op verzoek van de pilotgroep)
Plaats: {{o:Buurthuis De Boog}}, {{w:Spoorwijk}}

Deelnemers: 9 vrijwilligers (maatjesproject, taalcoaches, thuisadministratie), 3 pilotdeelnemers.
Wat vrijwilligers vragen:
1. terugkoppeling: "Ik hoor nooit meer iets als ik iets doorgeef."
2. een vast aanspreekpunt in het SWT
3. training over signalen (schulden, verwaarlozing)
4. waardering: niet alleen een kerstpakket
Eén vrijwilliger vertelde over de man die ze al twee jaar helpt met de post: "[[p:Rinus]] vertrouwt mij, niet jullie. Dat moet je accepteren."
=====
Brainstorm – 10 vragen voor de expertmeeting (verzameld door de trekkers, gebundeld door [[p:MD]])

1. Hoe deel je informatie met de {{r:huisarts}} zonder toestemming bij acute zorg?
2. Wanneer is een melding bij {{o:Veilig Thuis}} verplicht voor SWT-medewerkers?
3. Kan de gemeente OGGZ-budget inzetten voor Housing First via SWT?
4. Hoe werkt de Wet verplichte ggz (Wvggz) voor bemoeizorg?
5. Rol van het {{o:Zorg- en Veiligheidshuis Haaglanden}}?
6. Hoe voorkom je dat jongeren op hun 18e buiten beeld raken?
7. Wat is de rol van het {{o:CJG}} bij volwassen problematiek in een gezin?
8. Wat weten we over eenzaamheid onder migrantenouderen?
9. Welke methodes zijn bewezen effectief (databank {{o:Movisie}}/{{o:NJi}})?
10. Hoe meet je het effect van teamoverstijgend werken?
=====
Brainstorm "slechte ideeën" (omgekeerde brainstorm)
Vraag: hoe zorgen we dat samenwerking zeker mislukt?

- nooit terugbellen
- elk team een eigen formulier
- alles via de mail, nooit bellen
- vrijwilligers alleen bij de kerstborrel uitnodigen
- klanten drie keer hetzelfde verhaal laten vertellen
- casussen bespreken met volledige naam en adres in een groepsapp
Daarna omgedraaid naar spelregels. Deze staan op de themapagina "Samenwerken". Leuk en leerzaam, aldus facilitator [[p:R.B.]]
=====
Brainstorm huiselijk geweld (subgroep), foto van het whiteboard uitgeschreven

Signalen bij volwassenen – wat zien WIJ (niet de politie)?
- afgezegde afspraken, telkens door de partner
- partner praat voor de cliënt
- geldgebrek ondanks twee inkomens
- blauwe plekken "gevallen"
- kinderen die niet naar huis willen (school)
Wat missen we? → signalen bij ouderen (financieel misbruik) en bij mannen als slachtoffer.
Onderaan het bord: "bel [[p:Chantal]] [[t:06 48 11 20 93]] bij twijfel" – nummer is van haar werktelefoon, mocht blijven staan volgens haar, maar we halen het van de openbare pagina.
""")

# ---------------------------------------------------------------------------
# 5. Expert meeting (April): summaries, speaker notes, Q&A
# ---------------------------------------------------------------------------
add(r"""
Expertmeeting pilot sociale wijkzorgteams – samenvatting
[[d:Dinsdag 16 april]], 13.00–17.00 uur, {{o:Nutshuis}}
Aanwezig: pilotgroep (19), 8 experts, 11 gasten van de gemeente en partners

Experts
- prof. dr. [[p:M. de Boer]] ({{o:Universiteit Leiden}}) – samenwerking in netwerken
- [[p:Ineke Hofstede]] ({{o:Movisie}}) – effectieve interventies eenzaamheid
- [[p:Dirk-Jan Veldhuis]] ({{o:Veilig Thuis Haaglanden}}) – meldcode en SWT
- [[p:Yasmina Tahiri]] ({{r:psychiater}}, {{o:Parnassia}}) – bemoeizorg en Wvggz
- [[p:Hein Kramer]] ({{o:Kessler Stichting}}) – Housing First
- [[p:Marloes van Dam]] ({{o:NJi}}) – 18-/18+
- [[p:Ahmed Ouahabi]] – ervaringsdeskundige
- [[p:Karin Blom]] ({{o:Autoriteit Persoonsgegevens}}, op persoonlijke titel) – AVG in de wijk

Rode draad: "Vertrouwen gaat vóór informatie delen, maar informatie delen bouwt vertrouwen op."
=====
Expertmeeting – tafel bemoeizorg met dr. [[p:Tahiri]] (verslag [[p:Tom]])

De Wvggz (ingaand 2020) maakt verplichte zorg thuis mogelijk, maar alleen als laatste middel. Voor SWT's vooral relevant: iedereen kan een melding doen bij de gemeente voor een verkennend onderzoek.
[[p:Tahiri]]: "Verplichte zorg begint bij vrijwillige contacten. Als jullie twee jaar een relatie hebben opgebouwd, gooi die niet weg voor een machtiging."
Vraag uit de groep over een lopende casus in {{w:Escamp}} ([[z:OGGZ-19-2231]]): meneer, 58, weigert alles, woning onbewoonbaar. Advies: eerst een MDO met {{o:GGD}}, {{r:huisarts}} en corporatie; een crisis-IBS is geen plan.
=====
Expertmeeting, presentatie [[p:Ineke Hofstede]] – aantekeningen

Wat werkt tegen eenzaamheid (bewezen of veelbelovend):
• groepsinterventies met een doel (samen koken, wandelen) > "gezellig samenzijn"
• cognitieve gedragsmatige aanpak bij emotionele eenzaamheid
• Vriendschapscursus voor 55+
• Samen Oud Worden; Gouden Dagen (nog weinig onderzoek)
Wat níet werkt: alleen een vrijwilliger koppelen zonder doel.
Getal: in Nederland voelt 10% van de 75-plussers zich sterk eenzaam; bij migrantenouderen loopt dat op tot 20–25%.
=====
Verslag tafel huiselijk geweld, expertmeeting
Expert: [[p:Dirk-Jan Veldhuis]] ({{o:Veilig Thuis}})

1. Afwegingskader: sinds de verbeterde meldcode moet bij acute en structurele onveiligheid altijd gemeld worden, ook als je zelf hulp biedt.
2. Terugkoppeling: {{o:Veilig Thuis}} koppelt binnen 5 werkdagen terug aan de melder; in de praktijk lukt dat in ca. 70% van de gevallen.
3. Casus [[p:Sandra]]: moeder [[p:Derya]] (38) en dochter [[p:Elif]] (14), {{w:Moerwijk}}, vader heeft contactverbod, maar staat toch om de week voor de deur op de [[a:Zuidlarenstraat 57]]. Vraag: wie belt de politie – het SWT of de moeder zelf? Antwoord [[p:Veldhuis]]: moeder, en het SWT helpt haar om dat te durven; bij overtreding contactverbod altijd aangifte stimuleren.
=====
Expertmeeting – vragenronde "AVG in de wijk" met [[p:Karin Blom]]

V: Mag ik de naam van een cliënt noemen in een intervisie met andere teams?
A: Alleen als het nodig is voor het doel. Voor leren is het vrijwel nooit nodig. Anonimiseer.
V: Is een leeftijd plus een straatnaam al herleidbaar?
A: In een kleine straat wel. Noem liever de wijk.
V: En een casusnummer?
A: Ja, dat is een persoonsgegeven, want het is te koppelen aan het dossier.
V: Mogen we foto's van flipovers delen?
A: Ja, als er geen persoonsgegevens op staan.
Tip van [[p:Blom]]: schrijf een casusles alsof de cliënt hem zelf gaat lezen.
=====
Expertmeeting – bijdrage ervaringsdeskundige [[p:Ahmed]] (uitgeschreven met zijn toestemming)

"Ik heb vier jaar op straat geleefd, deels in het {{w:Zuiderpark}}, deels in de nachtopvang. Er kwamen wel zes verschillende hulpverleners langs. Ze waren aardig, maar ze wilden allemaal wat van me: formulieren, afspraken, een plan. De enige die ik vertrouwde was [[p:Lidia]] van het straatteam, omdat ze nooit iets vroeg. Ze bracht koffie. Pas na een jaar vroeg ze of ik een ID-kaart wilde. Nu woon ik zelf, via Housing First, in {{w:Laak}}. Mijn advies: wees de koffie, niet het formulier."
=====
Expertmeeting – samenvatting [[p:Marloes van Dam]] ({{o:NJi}}), 18-/18+

• Jeugdwet stopt bij 18 (verlengde jeugdhulp tot 23 mogelijk, maar weinig gebruikt).
• Landelijk: 1 op de 4 jongeren met jeugdhulp heeft op 18 geen stabiele woonplek.
• Werkende elementen: toekomstplan, vaste vertrouwenspersoon, warme overdracht, "niet afschalen op een verjaardag".
• Voorbeelden uit andere gemeenten: Utrecht (Jongerenteams 16–27), Rotterdam (Jongerenloket).
Advies voor de stad: maak het SWT vanaf 16,5 jaar mede-verantwoordelijk.
=====
Expertmeeting – programma

12.30 inloop + lunch
13.00 welkom door [[p:M. Dekker]] ({{o:CAOP}})
13.15 pitch per thema door de trekkers (5 min. p.p.)
13.45 ronde 1 themastafels met experts
14.45 pauze
15.00 ronde 2 themastafels
16.00 plenair: wat nemen we mee naar juni?
16.45 afsluiting, borrel in de foyer
Locatie: {{o:Nutshuis}}, zaal Riviervismarkt (1e verdieping). Aanmelden vóór [[d:5 april]] via [[e:pilotsociaaldomein@caop.nl]].
=====
Expertmeeting: tafel ouderen – verslag [[p:RJ]]

Expert: [[p:Ineke Hofstede]]. Deelnemers: [[p:Hanneke]], [[p:Joost]], [[p:Agnieszka]], [[p:Fred]], gast [[p:Latifa Amezian]] ({{o:Stichting Al Amal}}, migrantenouderen)

[[p:Latifa]]: "Marokkaanse vaders van 70 zitten de hele dag in de moskee of het koffiehuis. Ze zijn niet alleen, maar ze zijn wél eenzaam. Hun kinderen wonen in Zoetermeer."
[[p:Fred]] bracht een lopende casus in: meneer [[p:Bouzid]], 77, weduwnaar, [[a:Apeldoornselaan 140]], spreekt geen Nederlands, zoon in Brussel belt alleen als er iets mis is. Toestemming voor delen ligt er (vastgelegd op [[d:3 april]]).
Advies: koppel aan een groepsactiviteit mét doel (moestuin {{w:Bouwlust}}), in eigen taal, en vraag de zoon om een vaste belmoment.
=====
Expertmeeting – evaluatieformulier (samenvatting 34 ingevulde formulieren)

Gemiddelde score: 8,1
Meest gewaardeerd: tafel bemoeizorg (8,6), bijdrage ervaringsdeskundige (9,0)
Minst: te weinig tijd voor ronde 2 (genoemd door 19 mensen)
Opvallende opmerkingen:
"Voor het eerst zaten {{o:Parnassia}} en het SWT aan één tafel zonder dat er een crisis was."
"Meer van dit soort middagen, maar dan in de wijk zelf."
"Kunnen de experts ook bij onze MDO's aanschuiven?"
"Jammer dat [[p:Ahmed]] maar tien minuten kreeg."
=====
Expertmeeting – nagesprek facilitators (intern)

[[p:MD]]: experts waren goed, maar de pilotgroep had te veel "echte" casussen mee: op twee tafels werden volledige namen genoemd.
[[p:RB]]: eens. We sturen vóór de slotbijeenkomst een checklist anonimiseren.
[[p:AK]] ({{o:SZW}}): Housing First-voorstel (5 plekken SWT-route) gaat naar het managementteam van [[d:7 mei]].
Besluit: slotbijeenkomst [[d:donderdag 20 juni]], {{o:Stadhuis}}, Atrium.
""")

# ---------------------------------------------------------------------------
# 6. Closing session (June): evaluations, presentations, quotes, scores
# ---------------------------------------------------------------------------
add(r"""
Slotbijeenkomst pilot – verslag
[[d:Donderdag 20 juni]], {{o:Stadhuis}}, Atrium, 14.00–17.30 uur
Aanwezig: ca. 180 mensen (SWT's, partners, gemeente), pilotgroep voltallig

Opening door [[p:Ans Keizer]] namens {{o:SZW}}. Daarna vier presentaties van de themagroepen:
1. Jeugd ([[p:Bart Hoek]]): het "18-plus pakket" is in 3 teams getest bij 22 jongeren; bij 19 was vóór de verjaardag alles geregeld.
2. Ouderen ([[p:Ramona Jagroep]]): weekendmaatjes in {{w:Mariahoeve}} en {{w:Bezuidenhout}}: 14 koppels.
3. Huiselijk geweld ([[p:Sandra Groen]]): afspraken met {{o:Veilig Thuis}} over terugkoppeling binnen 5 dagen; 2 Eigen Kracht-conferenties.
4. Bemoeizorg ([[p:Tom Smit]]): bemoeizorgbudget € 250 per casus, 17 keer ingezet, gemiddeld € 146 besteed.

Slotwoord {{r:wethouder}}: de pilot wordt verlengd met een jaar en uitgebreid naar alle teams.
=====
Evaluatie pilotgroep (anoniem, 20 van 20 ingevuld)

stelling	eens	neutraal	oneens
Ik ken nu mensen in andere teams die ik kan bellen	19	1	0
Mijn werk met cliënten is veranderd	11	6	3
De tijd (4 uur/week) was voldoende	4	5	11
De casuslessen zijn bruikbaar voor andere teams	16	3	1
Ik zou weer meedoen	18	2	0

Gemiddeld rapportcijfer pilot: 7,8. Grootste knelpunt: tijd en vervanging in het eigen team.
=====
Slotbijeenkomst – quotes van deelnemers (voor de nieuwsbrief, namen met toestemming)

"Ik bel nu gewoon [[p:Daphne]] in {{w:Ypenburg}} als ik met een jongere vastloop. Dat deed ik een halfjaar geleden echt niet." – [[p:Lotte Verhoeven]], SWT {{w:Spoorwijk}}
"Wat ik ga missen: het met z'n vijven hardop twijfelen." – [[p:Merel de Vos]], SWT {{w:Centrum}}
"Bemoeizorg is geen methode. Het is een houding." – [[p:Wilma Kraaijeveld]], {{o:Parnassia}}
"Het grootste resultaat is onzichtbaar: vertrouwen." – [[p:Eyob Tesfamariam]], SWT {{w:Transvaal}}
=====
Slotbijeenkomst – stem van de cliënt

Drie cliënten vertelden in een korte film over hun ervaring (opgenomen in mei, met schriftelijke toestemming; achternamen bewust niet genoemd).

[[p:Joke]] (71, {{w:Bezuidenhout}}): "Ik heb nu elke zaterdag iemand die met me naar de markt gaat. [[p:Hennie]] heet ze. We lachen wat af."
[[p:Kaan]] (19, {{w:Schilderswijk}}): "Op mijn verjaardag had ik een zorgverzekering en een bankpas. Klinkt stom, maar dat was de eerste keer dat ik me volwassen voelde."
[[p:Marisol]] (35, {{w:Moerwijk}}): "Bij de conferentie zat mijn hele familie. Mijn tante zei dingen die ze nooit eerder had gezegd. Nu weet iedereen het en hoef ik het niet meer alleen te dragen."
=====
Evaluatie per thema – bemoeizorg (door [[p:TS]] en [[p:KA]])

Wat hebben we gedaan?
- 4 workshops, 1 brainstorm, 1 expertmeeting-tafel
- 9 casuslessen geschreven, waarvan 6 gepubliceerd
- bemoeizorgbudget getest in 5 teams
Wat werkte?
- vaste contactpersoon bij {{o:GGD}} Vangnet voor alle SWT's ([[p:Arjen Bos]])
- een kleine praktische gift als ingang (soep, kachel, lamp)
Wat niet?
- koppeling met Housing First: de "SWT-route" is nog niet besloten
- registratie: bemoeizorg-uren zijn onzichtbaar in de systemen
Advies aan alle teams: benoem per team één bemoeizorg-aandachtsfunctionaris en geef die 8 uur per week.
=====
Slotbijeenkomst, workshopronde "Wat neem jij mee?" – opgehaald via kaartjes

- "ik ga bij elke 17-jarige het toekomstplan doen" (SWT {{w:Laak}})
- "de vraag 'met wie heeft u deze week gepraat' stel ik nu standaard" ({{r:wijkverpleegkundige}})
- "ik vraag de familie vaker mee" ({{r:casusregisseur}})
- "ik anonimiseer beter, na het verhaal van [[p:Karin Blom]]"
- "bel [[p:Chantal]] eerder" ({{w:Centrum}})
- "meer humor" (anoniem)
=====
Slotbijeenkomst – verslag tafel jeugd (uitgewerkt door [[p:Gülay]])

Aanwezig aan tafel: 14 mensen, o.a. van {{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:Stichting MOOI}}, 4 SWT's.
Presentatie resultaten 18-plus pakket:
- 22 jongeren, 3 teams ({{w:Spoorwijk}}, {{w:Schilderswijk}}, {{w:Ypenburg}})
- 19/22 op tijd geregeld: DigiD, zorgverzekering, bankrekening, toeslagen
- 3/22 niet: één jongere verhuisde naar Rotterdam, twee wilden niet
Casus ter illustratie (met toestemming, geanonimiseerd): jongen van 17, {{w:Spoorwijk}}, woonde in een gezinshuis. Dankzij het pakket had hij op zijn verjaardag een kamer via {{o:Stek}} en een uitkering.
Discussie: wie is eigenaar van het pakket? → voorstel {{o:CJG}} tot 18, SWT vanaf 17,5.
=====
Slotbijeenkomst – verslag tafel huiselijk geweld

Presentatie [[p:Sandra Groen]] en [[p:Naima El Ouazzani]].
Resultaten:
• 2 Eigen Kracht-conferenties (één in {{w:Transvaal}}, één in {{w:Moerwijk}}), beide met een veiligheidsplan als uitkomst
• terugkoppelafspraak met {{o:Veilig Thuis}}: binnen 5 werkdagen, gehaald in 9 van 11 meldingen tijdens de pilot
• training "cultuursensitief vragen" door sleutelfiguren, 46 deelnemers
Knelpunt: vrouwen zonder eigen verblijfsstatus durven niet te melden. Voorbeeld: [[p:Hanan]] (31), die haar kind niet wilde laten registreren bij de {{o:Blijf Groep}} "omdat de papieren dan bij de {{o:IND}} komen".
=====
Slotevaluatie facilitators ([[p:MD]] / [[p:RB]]) – concept, niet verspreiden

1. Doelen: 4 thema's ✓, 20 deelnemers ✓, 12 casuslessen (gehaald: 23, waarvan 17 gepubliceerd na privacycheck).
2. Privacy: 6 casuslessen moesten terug naar de schrijver (namen, adressen, in één geval een BSN in een bijlage). Leerpunt: automatische controle vóór publicatie werkt, maar de bijlagen vallen erbuiten.
3. Tijd: deelnemers besteedden gemiddeld 5,2 uur per week i.p.v. 4.
4. Geld: € 40.000 begroot, € 36.780 besteed (tolken € 9.240, scholing € 14.100, experimenten € 8.940, overig € 4.500).
5. Advies: verlengen, met 1 facilitator per 2 thema's en vaste tijd in de roosters.
=====
Bedankmail na de slotbijeenkomst

Van: [[p:Tom Smit]]
Aan: subgroep bemoeizorg
Datum: [[d:vr 21-6]]

Lieve [[p:Wilma]], [[p:Kerem]], [[p:Priscilla]] en [[p:Henk]],

Wat een middag. Toen de film met [[p:Ahmed]] werd afgespeeld was het doodstil in het Atrium. Dank voor vier maanden meedenken, meelopen en soms flink botsen. Ik heb het bemoeizorgbudget bij ons in {{w:Centrum}} al 4 keer ingezet, o.a. voor een koelkast bij meneer op de [[a:Stationsweg 71-3]] (jullie weten wie).

Volgende stap: [[d:9 juli]] om 10.00 uur met [[p:Ans]] over de verlenging. Wie wil mee?

[[p:Tom]]
[[t:06 – 20 44 18 96]]
=====
Slotbijeenkomst – evaluatie ouderen (door [[p:Ramona Jagroep]])

Wat we wilden: eenzaamheid eerder zien en het weekend vullen.
Wat we deden: 14 weekendmaatjes (via kerken, moskee {{o:Al Islam}}, {{o:Vóór Welzijn}}), 3 apotheken als signaalpunt, een kaart "met wie heeft u deze week gepraat?".
Wat het opleverde: 38 signalen van apotheken, waarvan 11 nieuw voor het SWT.
Mooiste moment: mevrouw [[p:Lamberts]], die nu op zondag samen met haar maatje [[p:Nel]] naar het {{w:Westbroekpark}} gaat.
Wat beter kan: mannen bereiken we nauwelijks (2 van de 14 koppels).
=====
Evaluatieformulier slotbijeenkomst (individueel, ingevuld)

Naam (optioneel): [[p:Yusuf Demirci]]
Team: SWT {{w:Ypenburg}}
Cijfer voor de middag: 8
Wat was het meest waardevol? De film met de cliënten. En het verhaal van de jongen uit de {{w:Schilderswijk}}.
Wat mist er? Aandacht voor statushouders. Wij hebben in {{w:Ypenburg}} 120 nieuwe huishoudens in twee jaar.
Wil je meedoen aan de verlenging? Ja, als mijn teamleider de uren vrijmaakt.
Mag de organisatie contact met je opnemen? Ja: [[e:y.demirci@zebrawelzijn.nl]]
=====
Slotbijeenkomst – samenvatting voor het managementoverleg (1 A4)

De pilot heeft in vier maanden laten zien dat teamoverstijgend werken tot concrete verbeteringen leidt: een 18-plus pakket voor jongeren, weekendmaatjes voor ouderen, snellere terugkoppeling door {{o:Veilig Thuis}} en een bemoeizorgbudget. 23 casuslessen zijn geschreven, 17 gedeeld. Deelnemers waarderen de pilot met een 7,8.
Voorstel: verlenging met 12 maanden, budget € 95.000, uitbreiding naar 40 deelnemers, met twee nieuwe thema's (schulden en statushouders).
Besluitvorming: MT {{o:SZW}} in september.
""")

# ---------------------------------------------------------------------------
# 7. Theme pages on the pilot platform (general text, some slipped-in details)
# ---------------------------------------------------------------------------
add(r"""
# Thema: Bemoeizorg

**Wat is bemoeizorg?** Zorg voor mensen die zelf geen hulp vragen, maar die wel nodig hebben: mensen met psychische problemen, verslaving, vervuiling of een combinatie daarvan. Het initiatief ligt bij de hulpverlener.

**In de stad** werken de SWT's hierin samen met {{o:GGD Haaglanden}} (Vangnet & Advies), {{o:Parnassia}} (FACT-teams), {{o:Brijder}}, {{o:Leger des Heils}} en de {{o:Kessler Stichting}}.

**Methodes:** Housing First, Krachtwerk, de "eropaf"-aanpak, presentie.

**Trekker:** [[p:Tom Smit]], SWT {{w:Centrum}}

**Casuslessen op deze pagina:** 6 (zie onder).
=====
Themapagina Ouderen – inleiding

Het aantal 75-plussers in de stad groeit van ongeveer 36.000 nu naar ruim 50.000 in 2030. De meeste ouderen redden zich goed, maar een groeiende groep woont alleen, heeft weinig netwerk en krijgt te maken met dementie of een val. In {{w:Mariahoeve}}, {{w:Bezuidenhout}}, {{w:Loosduinen}} en {{w:Scheveningen}} is dit het grootste thema voor de SWT's.

De pilotgroep ouderen richtte zich op drie vragen:
1. Hoe zien we eenzaamheid eerder?
2. Hoe ondersteunen we mantelzorgers die zelf oud zijn?
3. Hoe vullen we het weekend?

Contact: [[p:Ramona Jagroep]], {{r:ouderenconsulent}}, [[e:r.jagroep@voorwelzijn.nl]]
=====
Thema Huiselijk geweld – veelgestelde vragen

Moet ik als SWT-medewerker de meldcode volgen?
Ja. Iedere professional die werkt voor een organisatie die onder de Wet verplichte meldcode valt, volgt de vijf stappen.

Wat als de cliënt niet wil dat ik meld?
Bespreek het, maar bij acute of structurele onveiligheid meld je toch. Je mag melden zonder toestemming.

Waar kan ik advies vragen?
Bij {{o:Veilig Thuis Haaglanden}}, dag en nacht bereikbaar via het landelijke nummer 0800-2000 (gratis).

Welke methodes gebruiken de teams?
Signs of Safety, de Eigen Kracht-conferentie, het Veiligheidsplan en systeemgericht werken.
=====
Themapagina Jeugd (18-/18+) – "Het 18-plus pakket"

Vóór de 18e verjaardag regelen we samen met de jongere:
☐ DigiD aanvragen
☐ zorgverzekering afsluiten + zorgtoeslag
☐ eigen bankrekening
☐ inkomen: studiefinanciering, baan of uitkering (aanvraag 4 weken vóór de 18e)
☐ woonplek na 18
☐ wie is je vaste persoon?
☐ huisarts op eigen naam

Het pakket is getest in {{w:Spoorwijk}}, {{w:Schilderswijk}} en {{w:Ypenburg}}. Vragen? [[p:Bart Hoek]], {{r:casusregisseur}} SWT {{w:Segbroek}}.
=====
Themapagina Samenwerken – spelregels (uit de omgekeerde brainstorm)

1. Bel terug binnen één werkdag, ook als je nog geen antwoord hebt.
2. Eén plan per huishouden, één regisseur.
3. Vrijwilligers horen wat er met hun signaal gebeurt.
4. De cliënt vertelt zijn verhaal maximaal één keer aan het hele netwerk.
5. Geen namen of adressen in groepsapps. Nooit.
6. Bij twijfel: overleg, niet mailen.

Opgesteld door [[p:R. Bosch]] en de pilotgroep, [[d:22 maart]].
=====
Thema Ouderen – wie doet wat in de wijk?

rol | organisatie | waarvoor
{{r:ouderenconsulent}} | {{o:Vóór Welzijn}} / {{o:Zebra Welzijn}} | huisbezoeken 75+, activiteiten
{{r:casemanager dementie}} | {{o:Florence}} / {{o:WZH}} | begeleiding na diagnose
{{r:wijkverpleegkundige}} | diverse thuiszorgorganisaties | indicatie en zorg thuis
{{r:Wmo-adviseur}} | gemeente | hulpmiddelen, huishoudelijke hulp
{{r:sociaal raadslid}} | {{o:Sociaal Raadslieden}} | brieven, toeslagen, formulieren
{{r:mantelzorgconsulent}} | {{o:Mantelzorg Den Haag}} | ondersteuning mantelzorgers
=====
Themapagina Bemoeizorg – nieuws

Het bemoeizorgbudget (€ 250 per casus, zonder aanvraagformulier) is in de pilot 17 keer ingezet. Voorbeelden: een koelkast, een nieuwe voordeur-cilinder, een treinkaartje naar familie, een maand huur van een opslagbox. Gemiddeld was € 146 nodig.
"Het gaat niet om het geld, het gaat erom dat je iets kúnt doen op de dag dat iemand eindelijk de deur opendoet." – [[p:Priscilla Wijnhard]]
=====
Thema Huiselijk geweld – nieuw op de pagina

Casusles toegevoegd door [[p:Eyob Tesfamariam]] ({{w:Transvaal}}): "Een familieconferentie met twee talen".
Reactie van [[p:Chantal Rozendaal]] ({{o:Veilig Thuis}}): "Mooi voorbeeld. Let op: in de eerste versie stond de naam van de school van de kinderen. Die heb ik eruit gehaald."
Reactie van [[p:mdekker]]: dank, goed dat je het zag!
=====
Themapagina Jeugd – agenda

• week 11: workshop "de knip bij 18"
• week 13: workshop "één gezin, één plan"
• week 16: expertmeeting (tafel 18-/18+)
• week 21: terugkomdag 18-plus pakket bij SWT {{w:Spoorwijk}}, [[d:vrijdag 24 mei]] (contact: [[p:Lotte]])
• week 25: slotbijeenkomst
Locaties worden per keer gemaild. Vragen over de agenda: programmasecretariaat, 070 353 44 21 (algemeen nummer).
=====
Thema Schulden (nieuw thema in de verlenging) – startpagina

In de verlenging van de pilot komt er een vijfde thema bij: schulden. Uit de registratie van 2018 blijkt dat bij 58% van de SWT-cliënten schulden een rol spelen, gemiddeld € 14.300 per huishouden. De gemiddelde wachttijd voor een intake bij {{o:Schuldhulpverlening}} was 6 weken.
Methodes: Vroeg Eropaf, budgetcoaching, de Schuldenlab-aanpak, het Haagse saneringskrediet via de {{o:Kredietbank}}.
Post: {{o:Gemeente Den Haag}}, Postbus 12600, 2500 DJ Den Haag (ter attentie van het programmateam).
Trekker: [[p:Gert Jonker]] ({{o:Schuldhulpverlening Den Haag}}), [[e:g.jonker@denhaag.nl]]
=====
Thema Ouderen – casuslessen (overzicht)

nr | titel | wijk | geschreven door
O-01 | "Iedereen komt, niemand blijft" | {{w:Bezuidenhout}} | [[p:R. Jagroep]]
O-02 | Het weekend van een weduwnaar | {{w:Bouwlust}} | [[p:F. Winter]]
O-03 | Financieel misbruik door een dochter | {{w:Scheveningen}} | [[p:J. van der Kooij]]
O-04 | Dementie en een gasfornuis | {{w:Mariahoeve}} | [[p:H. Vos]]
O-05 | Mantelzorger van 84 | {{w:Loosduinen}} | [[p:A. Wróbel]]
(O-03 is tijdelijk offline: bevatte een dossiernummer van {{o:Veilig Thuis}}.)
""")

# ---------------------------------------------------------------------------
# 8. Case lessons written for the themes (some clean, many with slips)
# ---------------------------------------------------------------------------
add(r"""
Casusles B-02 – "De soep van dinsdag"
Thema: bemoeizorg | Wijk: {{w:Schilderswijk}} | Schrijver: [[p:Wilma Kraaijeveld]], {{r:sociaal psychiatrisch verpleegkundige}}

Situatie
Een man van begin zestig woont al jaren alleen in een benedenwoning. De buren melden stank, ongedierte en een opengebroken brievenbus. Post wordt niet geopend, water en gas zijn afgesloten. Eerdere pogingen van de corporatie en de {{o:GGD}} liepen stuk op een dichte deur.

Aanpak
Een buurvrouw die al jaren boodschappen voor hem doet, mocht wél binnenkomen. Via haar kwamen wij op een dinsdag mee, met een pan soep. Daarna elke week op dezelfde dag, steeds dezelfde persoon. Na zeven weken vroeg hij zelf om hulp bij een brief.

Wat werkte
- gebruik de mensen die al binnen mogen komen
- vaste dag, vaste persoon
- eerst iets geven, dan pas iets vragen

Les voor andere teams
Bemoeizorg begint niet met een plan maar met een gewoonte.
=====
Casusles O-04 – Dementie en een gasfornuis (concept, nog niet door privacycheck)

Thema: ouderen
Schrijver: [[p:Hanneke Vos]], {{r:casemanager dementie}}

Meneer [[p:Kartosen]] (82) woont sinds het overlijden van zijn vrouw alleen op de [[a:Ruychrocklaan 312]] in {{w:Mariahoeve}}. Hij is van Javaans-Surinaamse afkomst en kookt elke dag rijst met sajoer, zoals hij dat zijn hele leven deed. In het voorjaar liet hij drie keer het gas aan. De dochter, [[p:Sri]], woont in Almere en belde ons in paniek.
Meneer wilde niet naar een verpleeghuis: "Mijn keuken is mijn huis."
Aanpak: kookplaatbeveiliging via de Wmo (binnen 3 weken geregeld), maaltijden twee dagen per week via een Indische toko die bezorgt, en een buurman die 's avonds even aanbelt.
Les: vraag niet alleen wat gevaarlijk is, maar ook wat iemand niet kwijt wil.
=====
Casusles J-03 "Op mijn verjaardag kreeg ik een brief"
Thema: jeugd 18-/18+ | Team: SWT {{w:Spoorwijk}} | Auteur: [[p:Lotte Verhoeven]] | Status: gepubliceerd

Een jongen van 17 woont in een gezinshuis na een ondertoezichtstelling. Zijn jeugdhulp stopt op zijn 18e. Er is geen inkomen, geen zorgverzekering, geen plek om te wonen geregeld. De gezinshuisouders willen hem houden maar krijgen daar na 18 geen vergoeding meer voor.

Wat we deden: drie maanden vóór zijn verjaardag een overdrachts-MDO met de jeugdbeschermer, het {{o:CJG}}, het gezinshuis en de jongen zelf. Samen het 18-plus pakket doorgelopen. Verlengde jeugdhulp aangevraagd zodat hij kon blijven wonen tot zijn 21e.

Wat het opleverde: op zijn verjaardag was alles geregeld. Hij zei: "Ik dacht dat ik op straat zou staan."

Les: plan de overdracht op 17, niet op 18.
=====
casusles HG-05 (concept [[p:Sandra]])

titel: "Hij stond elke zondag voor de deur"
thema: huiselijk geweld – wijk: {{w:Moerwijk}}

moeder ([[p:Derya Aksoy]], 38) en dochter ([[p:Elif]], 14) wonen sinds de scheiding samen. ex-partner heeft een contactverbod maar komt om de week langs. moeder durft geen aangifte te doen omdat "hij dan nog bozer wordt". dochter spijbelt op maandag.
aanpak: veiligheidsplan met moeder en dochter, school ingelicht (met toestemming), wijkagent [[p:Van Rijn]] rijdt op zondag extra langs. na 2 maanden heeft moeder aangifte gedaan.
les: veiligheid is niet alleen een melding, het is een plan dat de cliënt zelf kan uitvoeren.

[opmerking [[p:CR]]: naam en leeftijd dochter + naam wijkagent eruit halen vóór publicatie!]
=====
Casusles B-05 – De vrouw met de katten (na privacycheck)

Thema: bemoeizorg | Wijk: {{w:Rustenburg}}

Een vrouw van rond de zeventig houdt elf katten in een driekamerflat. Buren klagen wekelijks. De dierenbescherming wil ingrijpen; de vrouw dreigt met zelfdoding als de dieren worden weggehaald.

Wat we leerden:
1. Gebruik de dieren niet als drukmiddel. Het gesprek ging pas open toen we vroegen hoe de katten heetten.
2. Crisisinschatting door de {{o:GGD}} vóór elke stap met de dierenbescherming.
3. Een nichtje bleek de enige die mevrouw vertrouwde; zij is nu de vaste contactpersoon.
4. Na vijf maanden: vier katten herplaatst, met instemming van mevrouw. De buren zijn tevreden.
=====
Casusles S-01 – Schulden na een scheiding (thema schulden, verlenging)

Schrijver: [[p:Daphne Sint Jago]], SWT {{w:Ypenburg}}
Cliënt: moeder, 41, twee kinderen (9 en 12), nieuwbouwwoning, koophuis.

Na het vertrek van haar partner kon mevrouw de hypotheek van € 1.380 per maand niet meer alleen betalen. Ze werkte 32 uur als doktersassistente. Ze schaamde zich en kwam pas bij ons na de tweede aanmaning van de bank. Aanpak: budgetcoach van {{o:Humanitas}}, gesprek met de hypotheekverstrekker, alimentatie via het {{o:LBIO}}, verkoop van de woning met restschuldregeling.

Haar eigen woorden, opgeschreven met toestemming: "Ik dacht dat schulden iets was voor mensen in de {{w:Schilderswijk}}. Niet voor mij." – [[p:Jolanda]]

Les: "nette" wijken hebben ook armoede, maar die is beter verstopt.
=====
Casusles B-07 (ingediend door [[p:Kerem Aslan]], SWT {{w:Spoorwijk}}) – TERUGGESTUURD

Opmerking privacycheck: deze casusles bevat herleidbare gegevens. Graag aanpassen.

Jongeman van 19, [[p:Mert]], woont alleen op een kamer aan de [[a:Hoefkade 801]] ([[pc:2526 BN]]). Ouders zijn teruggekeerd naar Turkije. Kamer vol afval, geen inkomen, geen zorgverzekering. Eerste contact via de imam van de moskee aan de Hoefkade. Dossier SWT: [[z:SWT-SP-2019-0188]]. Geboortedatum [[d:14-02-2000]].

Wat we deden: imam als brug, jongerenwerker als vaste persoon, in 6 weken zorgverzekering en uitkering geregeld.
=====
Casusles B-07 (herziene versie, gepubliceerd)

Een jongeman van 19 woont alleen op een kamer in {{w:Spoorwijk}}. Zijn ouders zijn teruggekeerd naar hun land van herkomst. Zijn kamer is vervuild, hij heeft geen inkomen en geen zorgverzekering. Het eerste contact liep via een religieus leider uit de buurt die hij vertrouwt. De {{r:jongerenwerker}} werd daarna zijn vaste persoon. Binnen zes weken waren zorgverzekering en uitkering geregeld; nu volgt hij een traject bij het {{o:Werkgeversservicepunt}}.
Les: zoek de vertrouwenspersoon buiten de hulpverlening.
=====
Casusles HG-02 – "Een familieconferentie met twee talen"
Thema huiselijk geweld – SWT {{w:Transvaal}} – [[p:Eyob Tesfamariam]]

Een Eritrese vrouw, eind twintig, twee kleine kinderen. Haar man controleert haar telefoon en geld en verbiedt taalles. Zij noemt het "stress", niet geweld.
We organiseerden een Eigen Kracht-conferentie met een coördinator die Tigrinya sprak. Aanwezig: 14 familieleden en kennissen, onder wie een oom uit Utrecht en de priester van de Eritrees-orthodoxe kerk. De familie maakte zelf een plan: de vrouw gaat naar taalles, de oom spreekt maandelijks met de man, geld gaat op een gezamenlijke rekening met inzage voor beiden.
Na vier maanden: taalles loopt, geen nieuwe meldingen.
Les: in een gemeenschap waar familie alles is, laat de familie het plan maken – maar houd de veiligheid zelf in de gaten.
=====
Casusles O-02 – Het weekend van een weduwnaar

Schrijver: [[p:Fred Winter]] ({{w:Bouwlust}})
Wat ik leerde van meneer [[p:Bouzid]] (77):
Hij zit doordeweeks in de moskee en het koffiehuis. In het weekend is zijn zoon in Brussel druk en is de moskee leeg. Op zondag zit hij vanaf 10 uur 's ochtends voor het raam. "Op zondag ben ik een oude man. Op maandag niet." – [[p:Abdelkader]]
We vonden een moestuinproject in de wijk met andere Marokkaanse mannen, waar hij op zaterdag heen gaat. Zijn zoon belt nu elke zondag om 12 uur.
Les: vraag niet alleen naar de week, vraag naar het weekend.
=====
Casusles J-06 – Te jong voor het SWT, te oud voor het CJG

Wijk: {{w:Schilderswijk}}-West | Schrijver: [[p:Mohamed Amrani]]
Een meisje van 17,5 met een licht verstandelijke beperking raakt zwanger. Haar moeder heeft zelf LVB en schulden. Het {{o:CJG}} is betrokken bij de jongere broertjes, het SWT bij de moeder, de verloskundige bij het meisje. Niemand sprak elkaar.
We hebben één MDO georganiseerd, met het meisje en haar moeder aan tafel, en één regisseur aangewezen (de {{r:MEE-consulent}}). Het meisje koos zelf wie erbij mocht.
Resultaat: kraamzorg geregeld, begeleid wonen aangevraagd, moeder in schuldhulp.
Les: één gezin, één plan – ook als het gezin over twee "leeftijdscategorieën" gaat.
=====
Casusles – concept van [[p:Agnieszka Wróbel]] (SWT {{w:Loosduinen}}), thema ouderen

"Mantelzorger van 84"

Mevrouw [[p:Hoekstra]] (84) zorgt voor haar man (87), die na een beroerte in een rolstoel zit. Ze woont op de eerste verdieping in {{w:Loosduinen}}, [[a:Kijkduinsestraat 650]]. Ze tilt hem zelf uit bed. Toen ze zelf viel en haar heup brak, lag hij twee dagen alleen thuis; de buurvrouw [[p:Marja Visser]] vond hem.
Wat we nu doen: respijtzorg via de {{o:Mantelzorg Den Haag}}-consulent, tillift via de Wmo, een noodplan met de kinderen.
Les: vraag elke mantelzorger: wat gebeurt er als u morgen zelf in het ziekenhuis ligt?
=====
Casusles OS-01 – "De brief van de IND" (statushouders, nieuw thema)
Ingediend door [[p:Yusuf Demirci]], SWT {{w:Ypenburg}}, op [[d:17 mei]]

Een Syrisch gezin, vader 46, moeder 39, vier kinderen, sinds drie jaar in {{w:Ypenburg}}. Vader was apotheker in Homs en wil werken, maar zijn diploma wordt niet erkend. Hij raakt depressief; moeder draagt het gezin.
Aanpak: {{o:IDW}}-diplomawaardering aangevraagd, taalcoach via {{o:Vluchtelingenwerk}}, vader gekoppeld aan een Nederlandse apotheker als maatje (via een netwerk van de {{o:KNMP}}), {{r:POH-GGZ}} voor de somberheid.
Na een jaar werkt vader als apothekersassistent (24 uur).
Les: erkenning van wie iemand wás helpt om iemand te worden.
=====
Casusles B-03 – Herziene versie met resterende fout (gevonden door de automatische controle)

Thema: bemoeizorg
Een man van 58 in {{w:Escamp}} weigert al jaren alle hulp. Zijn woning is onbewoonbaar verklaard. Er loopt een verkennend onderzoek in het kader van de Wvggz (nr. [[z:WVGGZ-2019-0412]]).
Wat werkte: een MDO met {{o:GGD}}, {{r:huisarts}} en corporatie, waarbij we afspraken dat slechts één persoon contact houdt. Die persoon was de {{r:wijkverpleegkundige}} [[p:Annemarie]], die hem al kende van de wondzorg aan zijn been.
Les: medische zorg is soms de enige deur die openstaat.
=====
Casusles LVB-01 – Het pinpasje
Thema: (geen pilotthema, gedeeld onder "overig")
Wijk: {{w:Laak}}

Een man van 34 met een licht verstandelijke beperking geeft zijn pinpas aan "vrienden" die voor hem boodschappen doen. Elke maand is zijn uitkering binnen vijf dagen op. Hij zegt: "Het zijn mijn vrienden."
Aanpak: samen met de {{r:MEE-consulent}} een weekgeldrekening, met een tweede pas die alleen weekgeld bevat. Geen confrontatie met de "vrienden", wel gesprekken over wat vriendschap is.
Na drie maanden: geld blijft tot de 25e over. Hij heeft zelf een van de "vrienden" de deur gewezen.
Les: bescherm het geld, niet de persoon tegen zijn eigen keuzes.
=====
Casusles HG-07 – ouderenmishandeling (versie 1, intern)

Schrijver: [[p:J. van der Kooij]], {{r:wijkverpleegkundige}}
Mw. [[p:de Haan]], 79, {{w:Scheveningen}}. Dochter [[p:Monique]] beheert sinds twee jaar het geld. Mw heeft geen geld voor boodschappen, de huur staat 3 maanden achter, terwijl er volgens de bankafschriften elke maand € 900 naar een rekening van de dochter gaat ([[i:NL40RABO1744000068]]).
Melding {{o:Veilig Thuis}} op [[d:28 februari]], dossiernr. [[z:VT-2019-08814]].
Wat we leerden: financieel misbruik is de meest voorkomende vorm van ouderenmishandeling en de minst gemelde. De thuiszorg ziet het eerst.
=====
Casusles HG-07 – ouderenmishandeling (gepubliceerde versie)

Een vrouw van eind zeventig in een kustwijk. Haar dochter beheert het geld. Mevrouw heeft geen geld voor boodschappen, er is een huurachterstand, terwijl er maandelijks een vast bedrag naar de dochter gaat.
Wat gebeurde: de {{r:wijkverpleegkundige}} zag een lege koelkast en een stapel aanmaningen. Na overleg met het SWT is er een melding gedaan bij {{o:Veilig Thuis}}. Er is nu beschermingsbewind; de dochter heeft geen toegang meer tot de rekening.
Les: financieel misbruik is de meest voorkomende en minst gemelde vorm van ouderenmishandeling. Kijk in de koelkast.
=====
Casusles J-08 – met reactie

"De jongen die alleen 's nachts leefde"
Een jongen van 20 in {{w:Moerwijk}} gamet 's nachts en slaapt overdag. Zijn moeder belt het SWT wekelijks. Hij wil niemand zien.
Aanpak: de {{r:jongerenwerker}} speelde online met hem mee (met toestemming van de jongen via zijn moeder). Na drie weken spraken ze af bij de snackbar om 23.00 uur.
Les: ga naar waar de jongere is – ook als dat online is.

Reactie [[p:Mohamed Amrani]]: Herkenbaar! Bij ons in de {{w:Schilderswijk}} doen we hetzelfde met FIFA. Wel afspraken maken met je werkgever over werktijden 's avonds.
Reactie [[p:Gülay Kılıç]]: Hoe heb je de toestemming vastgelegd? Mail me even: [[e:g.kilic@cjgdenhaag.nl]]
=====
Casusles – arbeidsmigrant zonder kamer (thema bemoeizorg/overig)

Schrijver: [[p:Agnieszka]]
Dit is het verhaal van [[p:Paweł]], 44, uit Szczecin. Hij werkte via een uitzendbureau in de kassen. Na een rugblessure raakte hij zijn werk kwijt, en omdat zijn kamer via dezelfde werkgever liep, ook zijn bed. Hij sliep zes weken in het {{w:Zuiderpark}}.
"Ik wilde niet naar huis als mislukkeling." – [[p:Paweł]]
Aanpak: via {{o:Barka}} opvang, {{o:Fairwork}} voor achterstallig loon (€ 2.100), fysiotherapie via de {{o:GGD}}-arts. Hij is uiteindelijk toch teruggegaan naar Polen, maar op zijn eigen voorwaarden, met geld op zak.
Les: terugkeer is niet altijd falen.
""")

add(r"""
Casusles O-06 "Iedereen komt, niemand blijft"
Schrijver: [[p:Ramona Jagroep]] – {{w:Bezuidenhout}}

Mevrouw [[p:Lamberts]] (88) kreeg dagelijks bezoek: thuiszorg, postbode, apotheek, maaltijdservice. Toch zei ze tegen mij: "Iedereen komt, niemand blijft." Niemand zat ooit langer dan tien minuten.
We koppelden haar aan een weekendmaatje, [[p:Nel]] (69), zelf weduwe, via de kerk. Ze gaan op zondag naar het park of kijken samen naar de tv-mis.
Na drie maanden scoorde mevrouw op de eenzaamheidsschaal van De Jong-Gierveld 4 in plaats van 9.
Les: aanwezigheid is iets anders dan contact.
=====
Casusles HG-09 "Mannen zijn ook slachtoffer"
Wijk: {{w:Laakkwartier}} | Thema: huiselijk geweld

Een man van 45 meldt zich bij het {{o:Servicepunt XL}} met vragen over een uitkering. Pas bij het derde gesprek vertelt hij dat zijn vrouw hem slaat en dat hij in de auto slaapt. Hij schaamt zich en wil geen aangifte.
We vonden weinig opvang voor mannen; uiteindelijk een kamer via een particuliere stichting. De kinderen (7 en 10) wonen bij moeder; {{o:Veilig Thuis}} heeft een onderzoek gestart.
Les: vraag ook mannen naar veiligheid thuis. De vraag "slaapt u goed?" opende bij hem de deur.
"Ik dacht dat het bij mannen niet bestond." – [[p:Ronald]]
=====
Casusles – [[z:SWT-ES-2019-0731]] (concept, NIET publiceren)

Cliënt: [[p:Mustafa Şahin]], geb. [[d:03-09-1961]], BSN [[b:526518662]]
Adres: [[a:Soesterbergstraat 18]], [[pc:2544 XD]] {{w:Bouwlust}}
Tel. [[t:06-28 71 40 33]]

Meneer is sinds de sluiting van zijn kapperszaak in 2017 somber, drinkt veel en heeft € 23.000 schulden bij de {{o:Belastingdienst}} en leveranciers. Zijn vrouw [[p:Fadime]] is naar hun dochter in Rotterdam vertrokken.
Thema: bemoeizorg / schulden
Lessen: nog uitwerken met [[p:Kerem]].
=====
Casusles S-03 – "De envelop onder het bed" (gepubliceerd)
Schrijver: [[p:Malika Haddouchi]]

Een vrouw van 52 in {{w:Transvaal}} bewaarde alle ongeopende post in een doos onder het bed: 214 enveloppen, ruim twee jaar. Ze was analfabeet, wat niemand wist, ook haar kinderen niet.
De {{r:budgetcoach}} van {{o:Humanitas}} en de taalcoach van {{o:Stichting Lezen & Schrijven}} werkten samen: eerst de post sorteren (in stapels: belangrijk/kan wachten/weg), dan lessen.
Les: vraag bij schulden altijd of iemand goed kan lezen. Eén op de negen volwassenen in de stad is laaggeletterd.
=====
Reactie op casusles S-03

[[p:Ilham Bouchtaoui]] ({{o:Zebra Welzijn}}) schreef:
> Een op de negen, dat zien wij ook. Welke training gebruikt de taalcoach?

[[p:Malika Haddouchi]] antwoordde:
> "Taal voor het Leven". Aanmelden via de bibliotheek, gratis. Ik stuur je de folder.
> Groet, [[p:Malika]] – [[t:070 – 205 38 11]] (direct)
=====
Casusles J-04 – Meisje van 16 op de bank bij een vriendin

Thema: jeugd | SWT {{w:Ypenburg}}
Schrijver: [[p:Yusuf Demirci]]

Een meisje van 16 slaapt al drie weken bij een vriendin na ruzie met haar stiefvader. Moeder weet ervan en vindt het "wel goed zo". De school meldt verzuim.
Aanpak: gesprek met het meisje op school, met de {{r:intern begeleider}} erbij; daarna gezinsgesprek op neutrale grond (bibliotheek). {{o:CJG}} nam de regie over, wij bleven betrokken voor de schulden van moeder.
Het meisje zei: "Ik wil niet weg, ik wil dat het thuis rustig is." – [[p:Noa]]
Les: neutraal terrein helpt. En: het SWT hoeft niet de regie te hebben om nuttig te zijn.
=====
Casusles B-09 (gepubliceerd) – Housing First in de praktijk

Een vrouw van 47, al twaalf jaar afwisselend op straat en in de nachtopvang, verslaafd aan alcohol. Via Housing First kreeg ze een tweekamerwoning in {{w:Laak}}, zonder voorwaarden. De eerste maanden ging het moeizaam: overlast, een bijna-ontruiming. De begeleider van de {{o:Kessler Stichting}} bleef komen. Na een jaar drinkt ze minder, de buren groeten haar.
Les: wonen is geen beloning, het is een begin.
=====
Casusles HG-11 – "Het telefoontje van de school"

Thema huiselijk geweld, SWT {{w:Centrum}}, schrijver [[p:Merel de Vos]]

Op [[d:maandag 8 april]] belde de {{r:intern begeleider}} van een basisschool in {{w:Centrum}}: een jongen van 8 ([[p:Jayden]]) vertelde dat "papa mama tegen de muur duwde". Moeder, [[p:Kimberley Bos]], was al bij ons bekend vanwege schulden ([[z:SWT-CE-2018-0966]]). We hebben dezelfde dag een gesprek gehad met moeder; zij bevestigde het.
Les: het SWT had al een relatie met moeder – gebruik die, in plaats van iemand nieuws te sturen.
(Privacycheck: naam kind, naam moeder, dossiernummer, datum eruit. – [[p:CR]])
=====
Casusles O-08 – Geheugenproblemen bij een Chinese weduwe
Ingebracht door [[p:Merel de Vos]]

Wijk: {{w:Centrum}}/{{w:Stationsbuurt}}
Een vrouw van 80, geboren in Kanton, woont al 50 jaar in de stad maar spreekt weinig Nederlands. Haar kinderen runnen een restaurant en hebben weinig tijd. Ze verdwaalt steeds vaker op weg naar de Chinese supermarkt.
Aanpak: {{r:casemanager dementie}} met een Kantonees sprekende tolk, dagbesteding bij een Chinese ouderenvereniging, een GPS-horloge.
Les: dementie is ook: je tweede taal kwijtraken. Zorg voor zorg in de moedertaal.
=====
Casusles B-11 – "Meneer [[p:Wong]] en de brandweer"

Schrijver: [[p:Priscilla Wijnhard]]
Meneer [[p:Wong]] (71) verzamelt kranten en karton in zijn portiekwoning aan de [[a:Dierenselaan 44]], tot aan het plafond. De brandweer deed een brandveiligheidscheck en gaf hem 14 dagen. Hij raakte in paniek.
We kregen uitstel tot [[d:1 juli]] en ruimden samen op, één kamer per week, met een vrijwilliger van zijn kerk, mevr. [[p:Lin]].
Les: een deadline van buitenaf kan helpen, maar alleen als je er zelf tijd aan geeft.
=====
Casusles J-02 – Broertje en zusje in de opvang

Thema jeugd / huiselijk geweld
Een moeder met twee kinderen (4 en 6) vlucht naar de vrouwenopvang na jaren geweld. De kinderen missen hun school, hun vriendjes en hun vader. Na zes weken wil moeder terug naar haar man.
We hebben niet geprobeerd haar tegen te houden. Wel samen een veiligheidsplan gemaakt, met een "noodtas" en codewoord met de buurvrouw.
Les: de keuze van de cliënt respecteren betekent niet: niets doen.
=====
Casusles – concept [[p:Naima]] – thema HG

Titel: "Mijn zoon vertaalde de brief"
[[p:Fatima]] (41) kwam bij ons omdat haar zoon van elf de brief van de deurwaarder had moeten vertalen. Haar man was vertrokken en had schulden op haar naam laten staan. Bij het tweede gesprek, met tolk, vertelde ze over jaren van controle.
Aanpak: schuldhulp, juridisch advies over de schulden op haar naam (het {{o:Juridisch Loket}}), {{o:Veilig Thuis}} advies, en: nooit meer een kind als tolk.
[[p:Fatima]] zei: "Mijn zoon is nu weer een kind."
=====
Casusles OS-02 – Afghaanse grootmoeder, drie generaties in één huis (ingebracht door [[p:Sandra Groen]])

Een Afghaanse vrouw van 74 woont met haar zoon, schoondochter en vijf kleinkinderen in een vierkamerwoning in {{w:Moerwijk}}. Ze heeft diabetes en zit de hele dag binnen. De familie wil geen hulp "van buiten".
De {{r:wijkverpleegkundige}} kwam binnen voor de insuline. Via haar kwam een Dari-sprekende vrijwilliger van {{o:Vluchtelingenwerk}}, die nu wekelijks met haar wandelt.
Les: zorg voor het lichaam kan een ingang zijn voor zorg voor de ziel.
=====
Casusles HG-04 – uit de praktijk van het {{o:Veilig Thuis}}-adviesteam

Schrijver: [[p:Chantal Rozendaal]]
Een SWT belde over een gezin waarin de vader (40) de moeder (37) al jaren kleineert. Er is geen fysiek geweld. De kinderen (12 en 15) trekken zich terug. Is dit een melding?
Advies: ja, psychisch geweld valt ook onder huiselijk geweld. Gebruik het afwegingskader. In dit geval: geen acute onveiligheid, wel structurele; SWT biedt hulp, {{o:Veilig Thuis}} monitort.
Les: "hij slaat haar niet" is geen reden om niet te melden.
=====
Casusles B-04 "Ome [[p:Kees]]" (versie die rondging in de pilotgroep)

Meneer [[p:Kees Baas]] (61), [[a:Van der Vennestraat 19]], {{w:Schilderswijk}}. Buurvrouw [[p:Truus]] noemde hem ome [[p:Kees]]. Geen post geopend sinds 2015, water afgesloten, huurachterstand € 4.870 bij {{o:Staedion}}. Na vijf maanden via de buurvrouw: water terug, beschermingsbewind per [[d:1 april]], huisarts bezocht.
Dossier [[z:SWT-SO-2018-1204]].
"Ik wist niet dat iemand nog om mij gaf." – [[p:Kees]]
=====
Casusles O-09 – De telefooncirkel (geen cliënt, een project)

In {{w:Loosduinen}} belt een groep van 12 ouderen elkaar elke ochtend in een vaste volgorde. Neemt iemand niet op, dan belt de laatste in de rij de contactpersoon. Het idee komt uit een wijk in Rotterdam en kost vrijwel niets.
Resultaat in het eerste halfjaar: 2 keer iemand gevonden na een val.
Les: kleine, zelfgeorganiseerde oplossingen kunnen veel doen. Het SWT faciliteert alleen (lijst bijhouden, vervanging bij overlijden of verhuizing).
Contactpersoon telefooncirkel: [[p:Henny Kraai]], [[t:06 37 11 52 40]]
=====
Casusles J-10 – de vader die alles alleen deed

Thema jeugd | {{w:Leidschenveen}}
Een vader van 38, alleenstaand na het overlijden van zijn vrouw, drie kinderen tussen 5 en 13. Hij werkt fulltime in de ICT. De oudste dochter neemt de zorg voor de kleintjes over en haalt onvoldoendes.
Aanpak: gezinscoach via het {{o:CJG}}, naschoolse opvang via een fonds, rouwgroep voor kinderen bij een hospice. De vader zei: "Ik dacht dat hulp vragen betekende dat ik het niet kon." – [[p:Marco]]
Les: ook hoogopgeleide, werkende ouders kunnen vastlopen. Vraag naar de draaglast, niet naar het inkomen.
=====
Casusles B-13 – Twee teams, één man

Schrijvers: [[p:W. Kraaijeveld]] & [[p:T. Smit]]
Een dakloze man van 50 slaapt afwisselend in {{w:Centrum}} en {{w:Schilderswijk}}. Twee SWT's hadden hem allebei "in beeld", zonder het van elkaar te weten. Hij vertelde aan het ene team dat hij een uitkering had, aan het andere dat hij die kwijt was.
We spraken af: één team ({{w:Centrum}}) houdt contact, het andere team meldt alleen.
Les: bij dak- en thuislozen is de wijk niet de goede eenheid. Maak per persoon afspraken wie "eigenaar" is.
=====
Casusles S-05 "De beslagvrije voet"

Schrijver: [[p:Jeroen Hendriks]], {{r:schuldhulpverlener}}
Een moeder van drie in de {{w:Schilderswijk}}, met een bijstandsuitkering, hield na beslag door drie deurwaarders € 180 per maand over. Na herberekening van de beslagvrije voet (door het {{o:Juridisch Loket}}) bleek ze recht te hebben op € 1.125. Eén deurwaarder moest € 2.640 terugbetalen.
Les: controleer bij beslag altijd de beslagvrije voet. Bij bijna de helft van de SWT-cliënten met beslag klopt die niet.
""")

# ---------------------------------------------------------------------------
# 9. Platform discussions, comments and questions under lessons and themes
# ---------------------------------------------------------------------------
add(r"""
Vraag op de themapagina Bemoeizorg

[[p:Sanne Dekker]] (SWT {{w:Waldeck}}) – 14:02
Wie heeft ervaring met een verkennend onderzoek Wvggz aanvragen als de {{r:huisarts}} niet meewerkt? Ik heb een meneer van 66 die al 3 jaar niet buiten komt.

[[p:Arjen Bos]] ({{o:GGD}}) – 15:47
Je kunt als SWT zelf een melding doen bij de gemeente (meldpunt Wvggz). De {{r:huisarts}} is niet verplicht. Bel me gerust, ik heb maandag en donderdag dienst.

[[p:Sanne Dekker]] – 16:10
Top, dank je!
=====
Reactie onder casusles O-04

[[p:Hanneke]] schreef: "Les: vraag niet alleen wat gevaarlijk is, maar ook wat iemand niet kwijt wil."

[[p:Latifa Amezian]]: Zo waar. Bij onze Marokkaanse ouderen is dat vaak de thee met de buren op de galerij. Als ze naar een verpleeghuis moeten, zijn ze dát kwijt.
[[p:Joost van der Kooij]]: Dit ga ik gebruiken in de indicatiegesprekken.
=====
Discussie "Mag een vrijwilliger bij het MDO?"

Gestart door [[p:Fred Winter]]:
Bij ons zit de vrijwilliger van de thuisadministratie er soms bij. Is dat AVG-proof?

[[p:Ans Keizer]] ({{o:SZW}}):
Alleen met uitdrukkelijke toestemming van de cliënt, vastgelegd. En de vrijwilliger tekent een geheimhoudingsverklaring. Zie het protocol op het intranet (versie 2.1, hoofdstuk 4).

[[p:Wilma K.]]:
Wij vragen het aan de cliënt in het gesprek zelf: "Mag [[p:Ria]] blijven zitten?" Bijna altijd ja.
=====
Vraag: weet iemand een Tigrinya-sprekende {{r:maatschappelijk werker}}?

[[p:eyob]] – ik spreek het zelf, maar ik zit in {{w:Transvaal}}. Voor andere teams kan ik incidenteel helpen (max 2 uur per week). Mail [[e:e.tesfamariam@xtra.nl]].
=====
Discussie onder themapagina Jeugd

[[p:Lotte V.]]: Vandaag 18-plus pakket gedaan met een jongen van 17 en 9 maanden. Zijn DigiD-code kwam naar het oude adres van zijn moeder. Tip: check vooraf het BRP-adres.
[[p:Bart]]: Goede! Zetten we op de checklist.
[[p:Daphne]]: En bankrekening: sommige banken willen een ouder erbij tot 18. {{o:ING}} niet, {{o:Rabobank}} wel (bij ons in elk geval).
=====
Reactie op de blog van [[p:Merel de Vos]]

> "Je moet niet vragen wat er mis is, maar wat er nog wél werkt."

Mooi! Bij {{o:Parnassia}} noemen we dit herstelgericht werken. Het komt op hetzelfde neer. Ik ben benieuwd of de teams die Krachtwerk gebruiken andere resultaten zien dan teams die met Positieve Gezondheid werken. Iemand cijfers?
– [[p:Rob Kramer]], {{r:GZ-psycholoog}}
=====
Vraag van een teamleider (via het contactformulier)

Van: [[p:Helga Brouwer]], {{r:teamleider}} SWT {{w:Laak}}
Onderwerp: vervanging pilotdeelnemer

Onze pilotdeelnemer is 4 uur per week weg, maar ik krijg geen vervanging. De caseload van het team is gestegen naar 31 per fte. Is er budget voor inhuur?

Antwoord programmateam ([[p:AK]]): er is per team een compensatie van € 38 per uur voor de moederorganisatie; of die wordt ingezet voor vervanging is aan de organisatie. Bel gerust voor overleg met het secretariaat (algemeen nummer): 070 353 44 21.
=====
Reactie onder casusles B-02 ("De soep van dinsdag")

[[p:Kerem]]: We hebben bij ons iets vergelijkbaars met stroopwafels 😊. Meneer [[p:de Vries]] in de [[a:Boekhorststraat 112]] doet alleen open als ik er een pak meeneem.
[[p:Tom]]: Haha, maar haal je adres even weg [[p:Kerem]], dit is een openbare pagina.
[[p:Kerem]]: Oeps. Gedaan (moderator kan de oude versie verwijderen?)
=====
Vraag aan de expertgroep (via het platform)

Hoe gaan jullie om met een cliënt die wil dat zijn ex-partner niets te horen krijgt, terwijl ze samen gezag over de kinderen hebben? Concreet: moeder ([[p:Sabrina]], {{w:Ypenburg}}) wil niet dat haar ex weet dat de kinderen bij het SWT in beeld zijn.

Antwoord [[p:Marloes van Dam]] ({{o:NJi}}): Beide gezagdragers hebben recht op informatie over de kinderen, tenzij dat het belang van het kind schaadt. Bespreek dit eerlijk met moeder. Bij onveiligheid: overleg met {{o:Veilig Thuis}}.
=====
Polletje op het platform: "Welke methode gebruikt jouw team het meest?"

Krachtwerk – 38%
Signs of Safety – 21%
Positieve Gezondheid – 17%
Eigen Kracht-conferentie – 9%
Oplossingsgericht werken – 9%
anders – 6% (o.a. Triple P, Wraparound Care, Presentie)
n = 103 stemmen uit 19 teams (poll gemaakt door [[p:jb]])
=====
Opmerking van de moderator

Beste [[p:Kerem]], ik heb de eerdere versie van je reactie onder B-02 verwijderd. In de nieuwe versie staat nog "meneer [[p:de Vries]]" – wil je dat ook nog aanpassen naar "een meneer"? Dank!
Groet, [[p:jb]] (moderator, {{o:CAOP}})
=====
Vraag: Is er een lijst van tolken die Berbers (Tarifit) spreken?

Antwoord: het {{o:Tolk- en Vertaalcentrum}} heeft er drie. Voor informele gesprekken gebruiken veel teams sleutelfiguren. Let op: sleutelfiguren zijn geen tolken; bij medische of juridische gesprekken altijd een beëdigde tolk. Tarief: zie de pagina "Werken met tolken".
=====
Draad "Eenzaamheid bij mannen"

[[p:Fred]]: 2 van 14 weekendmaatjes zijn mannen. Hoe bereiken we ze?
[[p:Ramona]]: Niet met "eenzaamheid" in de titel. Mannen komen voor een klus, niet voor een gesprek.
[[p:Sjaak Prins]] ({{o:Seniorenraad}}): De Mannenschuur in {{w:Bezuidenhout}} draait al jaren: houtbewerking, koffie, geen gepraat over gevoelens. Er zitten nu 23 man. Kom gerust kijken op woensdagochtend.
[[p:Fred]]: Geregeld, ik kom [[d:woensdag 15 mei]].
=====
Reactie onder themapagina Huiselijk geweld

anoniem: Ik werk bij een corporatie en krijg vaak signalen via de huismeesters. Mag ik die doorgeven aan het SWT zonder toestemming van de huurder?
[[p:Chantal Rozendaal]]: Bij vermoeden van huiselijk geweld mag je altijd advies vragen bij {{o:Veilig Thuis}} (zonder naam). Doorgeven aan het SWT met naam: in principe met toestemming, tenzij er sprake is van acute onveiligheid.
""")

# ---------------------------------------------------------------------------
# 10. Mails, newsletters, invitations, agendas, action lists
# ---------------------------------------------------------------------------
add(r"""
Nieuwsbrief pilot #3 (april)

In deze editie:
• Terugblik workshops: 11 workshops, 143 deelnemers in totaal
• Expertmeeting [[d:16 april]]: de experts zijn bekend
• Nieuw op het platform: 9 casuslessen
• In de spotlight: SWT {{w:Mariahoeve}}, waar de {{r:casemanager dementie}} en de {{r:ouderenconsulent}} samen huisbezoeken doen
• Column van [[p:Ahmed Ouahabi]], ervaringsdeskundige: "Wees de koffie"

Vragen of kopij? [[e:pilotsociaaldomein@caop.nl]]
=====
Van: [[p:Ramona Jagroep]]
Verzonden: [[d:dinsdag 26 maart]] 09:14
Aan: [[p:Hanneke Vos]]; [[p:Fred Winter]]; [[p:Agnieszka Wróbel]]; [[p:Joost van der Kooij]]
Onderwerp: RE: workshop 3 ouderen

Hoi allen,
Ik heb zaal 2.06 in het {{o:Servicepunt XL}} {{w:Bezuidenhout}} gereserveerd. [[p:Fred]], jij zou de presentatie over valpreventie doen? [[p:Joost]], kun jij het verhaal van mw. [[p:de Haan]] inbrengen (geanonimiseerd graag)?
Groetjes, [[p:Ramona]]

> Van: [[p:Joost van der Kooij]]
> Ja, doe ik. Zal ik [[p:Monique]] (de dochter) ook noemen als voorbeeld van hoe het niet moet? 😉
=====
Uitnodiging: brainstorm "samen werken met vrijwilligers"

Wanneer: woensdagavond in week 13, 19.00–21.00 uur
Waar: {{o:Buurthuis De Boog}}, {{w:Spoorwijk}} (ingang aan de achterkant)
Voor wie: vrijwilligers en pilotdeelnemers
Er is soep en brood. Aanmelden bij je eigen contactpersoon of bij [[p:Rina]] ([[t:06 48 20 17 95]]). Reiskosten worden vergoed (€ 0,19 per km of OV).
=====
Actielijst pilotgroep – stand van zaken (bijgewerkt door [[p:MD]])

# | actie | eigenaar | status
1 | format casusles | [[p:MD]] | klaar
2 | vaste contactpersoon {{o:Parnassia}} | [[p:WK]] | klaar ([[p:Kofi Asante]], {{r:FACT-teamleider}})
3 | tolkbudget | [[p:AK]] | klaar (40 uur p/team)
4 | Housing First SWT-route | [[p:TS]] / [[p:AK]] | in MT [[d:7 mei]]
5 | checklist anonimiseren | [[p:RB]] | in concept
6 | film cliënten slotbijeenkomst | [[p:MD]] | opnames gepland
7 | terugkoppelafspraak {{o:Veilig Thuis}} | [[p:SG]] / [[p:CR]] | klaar
=====
Bericht in de pilot-app (groepsapp "Pilot SWT – HG")

[08:41] [[p:Naima]]: Morgen workshop om 13.00, wie neemt koffie mee?
[08:43] [[p:Sandra]]: Ik! En de flip.
[08:52] [[p:Eyob]]: Ik ben er om 13.15, eerst nog huisbezoek in de {{w:Transvaal}}
[09:10] [[p:Merel]]: Zal ik de casus van mw [[p:Bos]] meenemen? Die van het telefoontje van school
[09:11] [[p:Chantal]]: Doe maar, maar zonder naam in deze app graag 🙏
[09:11] [[p:Merel]]: Sorry! 🙈
=====
Agenda workshop bemoeizorg #4

1. Opening en mededelingen (5 min)
2. Terugblik expertmeeting (15 min)
3. Casus uit {{w:Escamp}}: verkennend onderzoek Wvggz – wat leerden we? (30 min)
4. Bemoeizorgbudget: stand van zaken (11 keer ingezet, € 1.560 besteed) (15 min)
5. Voorbereiding slotbijeenkomst: wie presenteert? (20 min)
6. Rondvraag
Voorzitter: [[p:Tom Smit]]; notulen: [[p:Kerem]]
Plaats: {{o:GGD Haaglanden}}, Westeinde, zaal 3.14. Tijd: 13.30–15.00 uur.
=====
Van: [[p:Arjen Bos]] <[[e:arjen.bos@ggdhaaglanden.nl]]>
Aan: [[p:Tom Smit]]
Onderwerp: meneer uit {{w:Escamp}}

Hoi [[p:Tom]],
De verkennend onderzoeker heeft meneer [[p:Verhagen]] op [[d:2 mei]] bezocht samen met de {{r:wijkverpleegkundige}}. Meneer liet ze binnen! Geen verplichte zorg nodig voorlopig; hij accepteert wondzorg en een maaltijd. Zaak [[z:WVGGZ-2019-0412]] wordt gesloten. Wil je dit meenemen in de casusles (zonder naam natuurlijk)?
Groet, [[p:Arjen]]
[[t:06 – 11 93 40 27]]
=====
Uitnodiging slotbijeenkomst

Beste collega's van de sociale wijkzorgteams en partners,

Vier maanden lang werkten 20 collega's aan vier thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg. In juni laten ze zien wat het heeft opgeleverd. U bent van harte welkom!

Programma: presentaties per thema, een film met cliënten, de reactie van de {{r:wethouder}} en een borrel.
Locatie: {{o:Stadhuis}}, Atrium. Aanmelden via uw teamleider, uiterlijk twee weken vooraf. Maximaal 200 plaatsen.

Namens het programmateam,
[[p:Marjolein Dekker]] en [[p:Reinier Bosch]]
=====
Herinnering (automatisch): u heeft nog geen toestemmingsverklaring geüpload bij casusles HG-05.

Casusles: "Hij stond elke zondag voor de deur"
Auteur: [[p:Sandra Groen]]
Status: concept
Casusles zonder toestemmingsverklaring worden na 14 dagen automatisch gearchiveerd.
=====
Notulen overleg trekkers – [[d:ma 1 april]]
Aanwezig: [[p:BH]], [[p:RJ]], [[p:SG]], [[p:TS]], [[p:MD]]

- Stand casuslessen: jeugd 4, ouderen 6, HG 5, bemoeizorg 8 (waarvan 3 terug naar auteur)
- Expertmeeting: elke tafel heeft één ervaringsdeskundige of sleutelfiguur
- [[p:TS]] meldt dat [[p:Kerem]] een casusles met volledige naam en BSN heeft geüpload; is verwijderd. Gesprek gevoerd, geen kwade wil
- Volgende trekkersoverleg: [[d:ma 29 april]], 16.00 uur, online
=====
Jaaroverzicht (bijlage bij het eindrapport)

maand | activiteit | deelnemers
november | kick-off | 140
februari | startbijeenkomst | 18
maart | 11 workshops + 1 brainstorm | 143 (totaal)
april | expertmeeting | 38
mei | 2 extra brainstorms (vrijwilligers, cultuur) | 31
juni | slotbijeenkomst | 180
Totaal bereik: ca. 550 deelnames, 23 casuslessen, 4 experimenten. Kosten per deelname ca. € 67.
Samengesteld door [[p:MD]], [[d:28 juni]].
=====
Vacature (intern) voor de verlenging: facilitator thema Schulden

Wij zoeken een facilitator (16 uur per week, 12 maanden) voor het nieuwe thema schulden. Ervaring met schuldhulpverlening en groepsprocessen is vereist. Plaats van werk: {{o:Stadhuis}} en de wijken. Salarisschaal 10. Reageren vóór het einde van de maand via het interne vacatureportaal, vacaturenummer 2019-0871.
Informatie: programmasecretariaat, 070 353 44 21 (algemeen nummer).
""")

# ---------------------------------------------------------------------------
# 11. General reflections without personal data (theme texts, lessons, method notes)
# ---------------------------------------------------------------------------
add(r"""
Reflectie: waarom teamoverstijgend werken moeilijk is

Teams zijn gebouwd rond een wijk, maar problemen houden zich niet aan wijkgrenzen. Een dakloze man slaapt in drie wijken, een jongere verhuist van het {{o:CJG}} naar het SWT, een oudere komt via het ziekenhuis in beeld bij een team dat hem nooit eerder zag. In de pilot bleek dat de grootste winst niet zat in nieuwe methodes, maar in het simpele feit dat mensen elkaar leerden kennen. Zestien van de twintig deelnemers noemen "een gezicht bij een naam" als belangrijkste opbrengst.
=====
Les voor alle teams: de toestemmingsverklaring is geen formaliteit

Teams die de toestemmingsverklaring bespreken als een gesprek ("wie mag wat weten, en waarom?") krijgen vaker toestemming dan teams die hem als formulier voorleggen. In de pilot tekenden 31 van de 33 cliënten die op deze manier werden gevraagd. Cliënten willen weten wat er met hun verhaal gebeurt. Vertel het ze.
=====
Methodenote: Signs of Safety in een SWT

Signs of Safety komt uit de jeugdbescherming, maar werkt ook bij volwassenen. De kern is een kaart met drie kolommen: waar maken we ons zorgen over, wat gaat er goed, wat moet er gebeuren. Het gesprek gebeurt mét de cliënt en het netwerk. Schaalvragen (0–10) helpen om veiligheid bespreekbaar te maken. Drie SWT's ({{w:Laak}}, {{w:Moerwijk}}, {{w:Transvaal}}) gebruiken het inmiddels standaard bij huiselijk geweld. Meer weten? Vraag [[p:Chantal Rozendaal]] van {{o:Veilig Thuis}}.
=====
Wat we leerden over tijd

Vier uur per week klinkt als veel, maar wie een caseload van 30 heeft, merkt elke afwezige middag. Deelnemers besteedden gemiddeld 5,2 uur per week. Het advies voor de verlenging: maak de uren zichtbaar in het rooster, regel vervanging, en plan pilotactiviteiten op een vaste middag (bij voorkeur dinsdag). – [[p:AK]]
=====
Themales bemoeizorg: vijf dingen die werken

1. Steeds dezelfde persoon.
2. Een vaste dag.
3. Iets praktisch meenemen.
4. Niet alles tegelijk willen.
5. Samen met de mensen die al binnen mogen komen.
En één ding dat niet werkt: een brief met "u bent aangemeld".
=====
Reflectie op de expertmeeting

Het was de eerste keer dat {{o:Parnassia}}, {{o:Veilig Thuis}}, de {{o:GGD}} en de SWT's samen aan tafel zaten zonder dat er een crisis was. Dat klinkt vanzelfsprekend, maar de meeste overleggen in de stad gaan over een casus die ontspoord is. De expertmeeting liet zien dat vooraf praten over "hoe doen we het" tijd bespaart als het misgaat. Voor de verlenging: twee expertmeetings per jaar, en experts ook uitnodigen in de teams zelf.
– [[p:Marjolein Dekker]], {{o:CAOP}}
=====
Cijfers pilot in het kort

• 24 teams betrokken, 20 pilotdeelnemers, 8 organisaties
• 4 thema's, 11 workshops, 3 brainstorms, 1 expertmeeting, 1 slotbijeenkomst
• 23 casuslessen, 17 gepubliceerd
• € 36.780 besteed van € 40.000
• gemiddelde waardering 7,8
• 89% van de deelnemers zou opnieuw meedoen
=====
Thema jeugd – reflectie van de subgroep

De knip bij 18 jaar is een knip in wetten, budgetten en organisaties, niet in het leven van een jongere. Wat we zagen: jongeren die op hun verjaardag hun begeleider, hun kamer en hun zorgverzekering kwijtraken. Wat we deden: plannen vanaf 17, een vaste persoon, een checklist. Wat we nog niet hebben opgelost: de financiering van verlengde jeugdhulp en de wachtlijsten voor begeleid wonen (gemiddeld 14 maanden).
Namens de subgroep, [[p:Bart Hoek]]
=====
Lessen over anonimiseren (uit de slotevaluatie)

- Noem een wijk, geen straat.
- Noem een leeftijdsgroep ("begin zeventig"), geen geboortedatum.
- Noem een functie, geen collega.
- Laat dossiernummers, BSN's en rekeningnummers altijd weg, ook in bijlagen.
- Citaten: alleen met toestemming, zonder achternaam.
- Lees je tekst alsof de cliënt hem leest. Zou hij zichzelf herkennen en zich schamen?
=====
Thema ouderen: wat is een weekendmaatje?

Een weekendmaatje is een vrijwilliger die één keer per weekend een paar uur met een alleenwonende oudere optrekt: wandelen, markt, koffie, de kerk of de moskee. Maatjes worden geworven via religieuze organisaties, {{o:Vóór Welzijn}} en de {{o:Zonnebloem}}. In de pilot ontstonden 14 koppels in twee wijken. Een koppel kost gemiddeld € 120 per jaar aan onkosten. Meer weten? [[e:weekendmaatjes@voorwelzijn.nl]]
=====
Begroting verlenging (concept)

post | bedrag
facilitatie (2 × 16 uur, 12 maanden) | € 52.000
scholing en expertmeetings | € 18.000
tolken | € 12.000
experimenten (5 thema's × € 2.000) | € 10.000
onvoorzien | € 3.000
totaal | € 95.000
=====
Terugblik: de kick-off als begin

Op een donderdagmiddag in november stemden 140 mensen met 420 stickers. Het resultaat was verrassend eensgezind: ouderen, bemoeizorg, jeugd en huiselijk geweld. Achteraf zeggen veel deelnemers dat het stemmen zelf het belangrijkste was: voor het eerst mochten de teams zelf bepalen waar het over ging, in plaats van de gemeente of de organisaties. (door [[p:R. Bosch]])
""")

# ---------------------------------------------------------------------------
# 12. Short notes, fragments and mixed documents (slips in quick writing)
# ---------------------------------------------------------------------------
add(r"""
aantekening workshop HG 3: [[p:hayat]] zegt: kom binnen via de kinderen. [[p:tsega]] zegt: familie eerst. ik ([[p:ne]]) vraag me af hoe je dat combineert met de meldcode.
=====
post-it op het whiteboard: "bel mw [[p:de wit]] terug over de conferentie – [[t:06 19 44 02 81]]"
=====
[[p:R. Bosch]] bedankt iedereen en sluit om 16.55 uur af.
=====
Aanwezig: [[p:Koning]] ({{o:Florence}}), [[p:Hoek]] (SWT {{w:Segbroek}}), [[p:Groen]] (SWT {{w:Moerwijk}}), [[p:Winter]] (SWT {{w:Bouwlust}}), [[p:De Wit]] (SWT {{w:Ypenburg}}), [[p:Bakker]] ({{o:GGD}}). Afwezig: [[p:Visser]] ({{o:MEE}}).
=====
Nagekomen bij verslag expertmeeting: de heer [[p:Van der Meer]] ({{o:Haag Wonen}}) heeft aangeboden om per stadsdeel één woonconsultant als vast aanspreekpunt voor bemoeizorg te benoemen.
=====
[[p:Winter]] en [[p:Vos]] leiden de workshop, [[p:de Vos]] notuleert.
=====
Casusinbreng (mondeling, opgeschreven door [[p:DSJ]]): gezin [[p:Lewandowski]], [[a:Zonnebloemstraat 77]], {{w:Vruchtenbuurt}}, vader [[p:Marek]] (39) werkt in de bouw, moeder [[p:Kasia]] thuis met drieling van 2. Geen Nederlands, geen kinderopvang, huurachterstand.
=====
Correctie op het verslag van [[d:12 maart]]: niet [[p:Youssef Benali]] maar [[p:Yassine Benali]] was aanwezig namens de politie.
=====
Van het formulier "casus aanmelden voor de expertmeeting":
Naam cliënt: (niet invullen!)
Wijk: {{w:Escamp}}
Leeftijd: 58
Probleem: vervuilde woning, zorgmijding
Betrokken: {{o:GGD}}, {{r:huisarts}}, {{o:Haag Wonen}}
Vraag aan de experts: wanneer verkennend onderzoek Wvggz?
Ingevuld door: [[p:Priscilla W.]]
=====
Bijlage bij casusles S-01 (per ongeluk meegestuurd, verwijderd door de moderator):
Rekening hypotheek: [[i:NL45ABNA5714851168]]
Naam: [[p:J. Kortenhorst-Smits]]
Adres: [[a:Laan van Wateringse Veld 611]], [[pc:2548BZ]] Den Haag
BSN: [[b:608.425.035]]
=====
"[[p:Zeynep]] heeft me geleerd dat hulp vragen in haar familie als verraad voelt." – uit de casusles van [[p:Gülay]]
=====
Afmelding workshop: Helaas kan ik [[d:14/3]] niet. Mijn collega [[p:Bram Jonker]] ({{r:MEE-consulent}}) komt in mijn plaats. Hij is bereikbaar op [[t:+31 6 4510 2276]]. – [[p:Nadia Boukhari]]
=====
Verslag brainstorm [[d:2 april]], pagina 2 van 2
...
7. [[p:Ivanova]] (Bulgaarse cliënte van [[p:Agnieszka]]) wil graag zelf haar verhaal vertellen op de slotbijeenkomst. Toestemming vragen via [[p:Agnieszka]].
8. Afspraak: citaten op de slotbijeenkomst alleen met voornaam.
9. Sluiting 16.30 uur.
=====
Uit het logboek van de bemoeizorgpool:
[[d:4-3]] – 1e poging [[a:Wolmaransstraat 42]], geen reactie
[[d:11-3]] – 2e poging, buurman zegt "die is er wel"
[[d:18-3]] – deur op een kier, kort gesprek met dhr. [[p:D.]], hij wil "niks met de gemeente"
[[d:25-3]] – binnen geweest, koffie gehad, oud papier tot aan het plafond
[[d:1-4]] – samen 6 zakken naar de container
=====
Notitie bij de foto's van de kick-off: op foto 12 is de naambadge van [[p:Johan de Koning]] ({{r:wijkverpleegkundige}}) leesbaar, mag volgens hem blijven. Op foto 6 stond "dhr [[p:Dijkstra]] Wolmaransstraat" op een post-it: vervaagd.
=====
Quote van de dag op het platform: "We hebben geen zorgmijders, we hebben zorgvermijdende systemen." – [[p:Lidia Nowak]], {{o:Leger des Heils}}
=====
mail van [[p:Chantal]] aan [[p:Sandra]]: "Ik heb de melding van [[d:28 februari]] nagekeken, het was [[z:VT-2019-08814]], niet het nummer uit het verslag. De terugkoppeling is op [[d:6 maart]] verstuurd naar de melder ([[p:Joost]])."
=====
Tussenstand casuslessen ([[d:31 maart]]): jeugd 3, ouderen 5, HG 4, bemoeizorg 6. Privacycheck afgekeurd: 4. Top-reden: adres genoemd (3×).
=====
Presentielijst brainstorm vrijwilligers ([[d:woensdag 27 maart]]):
1. [[p:Annie Schaap]] – maatjesproject
2. [[p:Mehmet Yıldırım]] – thuisadministratie {{o:Humanitas}}
3. [[p:Grace Osei]] – taalcoach
4. [[p:Wim Mol]] – {{o:Zonnebloem}}
5. [[p:Fatoumata Sow]] – sleutelfiguur {{w:Transvaal}}
6. [[p:Henny Kraai]] – telefooncirkel {{w:Loosduinen}}
7. [[p:Bogusław Zając]] – vrijwilliger {{o:Barka}}
8. [[p:Rina Pattipeilohy]] – buurtmoeder {{w:Spoorwijk}}
9. [[p:Jacqueline Girigorie]] – maatjesproject
pilotgroep: [[p:LV]], [[p:KA]], [[p:MdV]]
=====
Notulen in telegramstijl, workshop jeugd 3 ([[p:gk]]):
- gast {{o:Raad voor de Kinderbescherming}}: mw. [[p:Abdi]] → dat is [[p:Hodan Abdi]], {{r:raadsonderzoeker}}
- casus [[p:bart]]: jongen 17 {{w:Segbroek}}, ouders gescheiden, woont om-de-week, vader in {{w:Duinoord}}, moeder in Zoetermeer; school in het midden
- vraag: welk SWT? → waar de jongere ingeschreven staat (BRP)
- [[p:hodan]]: "ga niet uit van de adressen, ga uit van de jongere"
=====
Onderaan de casusles: Deze les is geschreven met toestemming van de cliënt (verklaring getekend op [[d:18-4-2019]], opgeslagen in dossier [[z:SWT-LK-2019-0412]]).
=====
Verslag meeloopdag (buddy's [[p:Hanneke]] en [[p:Fred]])

Ik liep een dag mee in {{w:Bouwlust}}. Om 9.00 uur teamoverleg (12 casussen in een uur!), daarna huisbezoek bij een echtpaar waar de man dementie heeft en de vrouw zelf net een nieuwe heup heeft. [[p:Fred]] kent ze al 2 jaar; meneer noemde hem "jongen". Verschil met {{w:Mariahoeve}}: zij hebben geen {{r:casemanager dementie}} in het team maar bellen haar in. Tip die ik meeneem: de "koffielijst" – iedereen in het team weet welke cliënten je zonder afspraak kunt bezoeken.
=====
[[p:Sewnath]], [[p:Bhagwandin]] en [[p:Tjon-A-Fong]] ({{o:Stichting Sarnami Hai}}) vertellen op de brainstorm cultuur over mantelzorg in Hindostaanse gezinnen: "De schoondochter zorgt, altijd. Tot ze er zelf onderdoor gaat."
=====
Casusles O-10 (concept), alleen de eerste regels:
"Mevrouw [[p:Wattimena]] (79), Molukse, woont al 45 jaar in {{w:Moerwijk}}. Haar zoon [[p:Johnny]] belt het SWT: moeder eet niet meer en praat over 'terug naar Ambon'..."
=====
Reactie van een cliënt op haar eigen casusles (doorgestuurd door [[p:Merel]], met toestemming):
"Ik heb het gelezen. Het klopt. Alleen ben ik niet 'de vrouw van 34', ik ben [[p:Kimberley]]. Maar ik snap dat het zo moet. Als het andere vrouwen helpt, mag het erop." 
=====
Opmerking op het concept eindrapport ([[p:AK]]): "In paragraaf 3.2 staat nog het adres [[a:Beresteinlaan 87]] en de naam [[p:Bianca]] (nichtje). Graag verwijderen. Verder prima."
=====
Brainstorm cultuur – tabel (uitgewerkt)

gemeenschap	wie is de sleutel?	let op
Marokkaans	moeder, imam, sleutelfiguur	schaamte, "wat zeggen de buren"
Turks	oudste zoon, moskeevereniging	familie-eer
Hindostaans	schoonfamilie, pandit	mantelzorg door schoondochter
Eritrees	priester, oudste van de familie	wantrouwen overheid
Pools	werkgever (!), parochie	afhankelijkheid huisvesting
Somalisch	clan-oudste, moeders	taboe op psychische problemen
(Geen personen. Uitkomst van een gesprek met 9 sleutelfiguren.)
=====
Brief van een cliënt aan de slotbijeenkomst (voorgelezen door [[p:Daphne]])

"Beste mensen van de pilot,
Ik ben [[p:Jolanda]]. Een jaar geleden dacht ik dat ik alles kwijt zou raken: mijn huis, mijn kinderen, mezelf. Nu woon ik in een huurhuis in {{w:Wateringse Veld}}, de kinderen gaan naar dezelfde school en ik heb een regeling voor de restschuld. Dat heb ik niet alleen gedaan. Dank jullie wel. En [[p:Daphne]]: jij bent de eerste die zei dat het niet mijn schuld was."
=====
Gegevens spreker expertmeeting (voor de declaratie, intern):
[[p:A. Ouahabi]]
[[a:Rijswijkseweg 388]], [[pc:2516 HN]] Den Haag
IBAN: [[i:NL93TRIO6282626866]]
Vergoeding: € 150 + reiskosten
=====
Reactie op "Mannenschuur": Geweldig initiatief, [[p:Sjaak]]! Bij ons in {{w:Scheveningen}} zit de vissersvereniging op zaterdag in het clubhuis aan de haven. Daar kwam meneer [[p:Zwaan]] (83) ook weer, na maanden binnen te hebben gezeten. – [[p:Joost]]
=====
Vraag aan [[p:R.B.]]: kun je in het verslag van de kick-off het citaat van [[p:Jopie]] weghalen? Ze is in de wijk bekend. Groet, [[p:N.]]
=====
Overdracht na de pilot (mail [[p:Bart Hoek]]):
"Vanaf [[d:1 juli]] neemt [[p:Ilse Koster]] ({{r:jeugdconsulent}}, SWT {{w:Segbroek}}) het 18-plus pakket van mij over. Haar nummer: [[t:06-53 72 19 08]]. De lopende jongeren (6) staan in de gedeelde map, zonder namen; de dossiers in het systeem onder [[z:#48812]] t/m [[z:#48817]]."
=====
Korte samenvatting themagroep ouderen voor de nieuwsbrief: de groep koos voor eenzaamheid en mantelzorg, werkte met 3 apotheken als signaalpunt en startte 14 koppels weekendmaatjes. Volgend jaar: uitbreiding naar {{w:Loosduinen}} en {{w:Scheveningen}}. (tekst: [[p:Ramona]])
=====
Uitspraak van een jongere, opgeschreven tijdens het tafelgesprek jeugd: "Ze vroegen me voor het eerst wat ík wilde. Ik wist het niet eens." – [[p:Shanice]], 18
=====
Evaluatie buddysysteem

Van de 8 koppels liepen er 7 minstens één dag mee. Wat het opleverde: kennis van elkaars sociale kaart, een telefoonnummer dat wél opneemt, en inzicht in verschillen (het ene team doet 40 huisbezoeken per week, het andere 15). Het ontbrekende koppel ([[p:Wilma]] en [[p:Priscilla]]) kon door ziekte niet. Advies: buddy's ook na de pilot handhaven.
""")

# ---------------------------------------------------------------------------
# 13. Documents with structured data slipped in (forms, appendices, tables)
# ---------------------------------------------------------------------------
add(r"""
Aanvraag bemoeizorgbudget (formulier, ingevuld)

Team: SWT {{w:Centrum}}
Aanvrager: [[p:T. Smit]]
Casusnummer: [[z:SWT-CE-2019-0311]]
Bedrag: € 189,-
Waarvoor: koelkast (tweedehands, kringloop)
Uitbetalen aan: kringloopwinkel, factuur bijgevoegd
Cliënt (alleen voor de administratie): [[p:R. Hassan]], [[a:Stationsweg 71-3]], [[pc:2515BM]]
Akkoord teamleider: [[p:HB]], [[d:3-4-'19]]
=====
Bijlage 2 bij casusles S-05 (NIET publiceren – ter controle door de privacyfunctionaris)

Beslagvrije voet herberekend voor: [[p:Saida El Yaakoubi]]
BSN: [[b:389 474 769]]
Adres: [[a:Jan Blankenstraat 23-C]], [[pc:2525 XL]]
Rekening: [[i:NL 26 RABO 1168 4198 77]]
Deurwaarders: {{o:Flanderijn}} (kenmerk [[z:FL-88231907]]), {{o:GGN}} (kenmerk [[z:GGN/2019/442180]])
Nieuwe beslagvrije voet: € 1.125 per maand per [[d:1 maart 2019]]
=====
Declaratie tolkuren maart – SWT {{w:Transvaal}}

datum | taal | duur | casus
[[d:05-03]] | Tigrinya | 60 min | [[z:SWT-TV-2019-0057]]
[[d:07-03]] | Arabisch | 30 min | [[z:SWT-TV-2019-0102]]
[[d:12-03]] | Tigrinya | 90 min | [[z:SWT-TV-2019-0057]]
[[d:19-03]] | Pools | 30 min | [[z:SWT-TV-2019-0113]]
totaal: 3,5 uur à € 84 = € 294
=====
Correctie bij de aanmelding voor het 18-plus pakket: het BSN van de jongere is niet [[b:224731254]] (typfout) maar [[b:224731245]]. Geboortedatum klopt: [[d:11 juni 2001]]. – [[p:Lotte]]
=====
Terugbetaling reiskosten expertmeeting
[[p:Tsega Haile]] – [[i:NL63BUNQ4155491735]] – € 12,40
[[p:Hayat Bouzerda]] – [[i:NL52KNAB6194511216]] – € 8,20
[[p:Latifa Amezian]] – [[i:NL28ASNB5957761124]] – € 15,60 (let op: rekeningnummer klopt niet, nagevraagd)
=====
Contactgegevens experts (intern, niet op het platform)
[[p:Ineke Hofstede]] – [[e:I.Hofstede@movisie.nl]] – [[t:030 789 21 14]]
[[p:Dirk-Jan Veldhuis]] – [[e:dj.veldhuis@veiligthuishaaglanden.nl]] – [[t:06 20 95 11 47]]
[[p:Hein Kramer]] – [[e:h.kramer@kessler-stichting.nl]] – [[t:+31 (0)70 319 44 06]]
Algemeen nummer {{o:Kessler Stichting}}: 070 319 44 00 (receptie)
=====
Uit de registratie voor het eindrapport (geanonimiseerd overzicht)

thema | casussen | gem. leeftijd | m/v | wijken
jeugd | 22 | 17,4 | 12/10 | {{w:Spoorwijk}}, {{w:Schilderswijk}}, {{w:Ypenburg}}
ouderen | 38 | 81 | 11/27 | {{w:Mariahoeve}}, {{w:Bezuidenhout}}, {{w:Loosduinen}}
HG | 11 | 36 | 3/8 | diverse
bemoeizorg | 17 | 54 | 13/4 | {{w:Centrum}}, {{w:Schilderswijk}}, {{w:Escamp}}, {{w:Rustenburg}}
=====
Ingevuld toestemmingsformulier (scan, tekst uit OCR):
Ik, [[p:Derya Aksoy]], geboren op [[d:21-07-1980]], geef toestemming dat mijn verhaal geanonimiseerd wordt gebruikt als casusles in de pilot. Ik wil niet dat de naam van mijn dochter of de school wordt genoemd.
Handtekening: ....... Datum: [[d:9 april 2019]]
Contact bij vragen: [[p:Sandra Groen]], [[e:s.groen@xtra.nl]]
""")

KNOWN_BAD["bsn"].add("224731254")
KNOWN_BAD["iban"].add("NL28ASNB5957761124")


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
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


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
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and digits(sp["text"]) not in KNOWN_BAD["bsn"]:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and digits(sp["text"]) not in KNOWN_BAD["iban"]:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h108-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout108.jsonl")
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
        "avg words %.1f" % (words / len(rows)),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
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
