#!/usr/bin/env python3
"""Held-out corpus 124: minutes and action lists of multidisciplinary case
conferences (MDO, casusoverleg, zorgoverleg) in The Hague: attendee lists with
names, initials and organisations, agenda points per client, decisions, action
items with owner initials and deadlines, follow-up dates, tables, hurried notes.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout124.jsonl next to itself.
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


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Full minutes of MDO / casusoverleg (long, structured)
# ---------------------------------------------------------------------------
add(r"""
VERSLAG MDO {{w:Moerwijk}} – [[d:dinsdag 14 mei 2024]]
Locatie: wijkcentrum {{o:De Henri Dunant}}, zaal 1.04
Aanwezig: [[p:Gerda Hoek]] ({{r:casusregisseur}}, vz), [[p:Bilal Amrani]] ({{r:mw}}), [[p:Joke Verbeek]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:T. Sedney]] ({{r:Wmo-adviseur}}), [[p:Piotr Nowak]] ({{o:Schuldhulpverlening}}), [[p:Dewi Kartosen]] ({{o:Voor Welzijn}})
Afwezig m.k.: dr. [[p:Schreuder]] ({{r:huisarts}})
Notulist: [[p:DK]]

1. Opening / vaststellen verslag [[d:16-4]]
Verslag vastgesteld, geen opmerkingen.

2. Casus mw. [[p:Ouahbi]] ([[z:SWT-ESC-2024-0117]])
[[p:BA]] licht toe: mw. 58 jr, woont alleen [[a:Moerweg 312-B]], huurachterstand ca. € 2.100 bij {{o:Haag Wonen}}, ontruimingsvonnis dreigt. Zoon [[p:Yassine]] (tel. [[t:06-41729035]]) wil helpen maar heeft geen inzage.
Besluit: aanmelding {{o:Schuldhulpverlening}} via [[p:PN]], noodfonds aanvragen.
Actie: [[p:BA]] belt woonconsulent vóór [[d:17-5]]. [[p:PN]] plant intake wk 21.

3. Casus dhr. [[p:van Rijn]] (82)
[[p:JV]]: toenemende verwardheid, valt 2x per maand. Dochter [[p:Anita]] woont in Zoetermeer. {{r:Casemanager dementie}} nog niet betrokken.
Besluit: aanmelden bij {{o:Florence}} casemanagement, [[p:TS]] kijkt naar Wmo-indicatie HH.

4. Rondvraag – geen.
Volgend MDO: [[d:di 11 juni]], 10.00–12.00 uur.
""")
add(r"""
Casusoverleg SWT {{w:Laak}}
datum: [[d:3 april]]   tijd 13:30-15:00   ruimte 2.17
aanw.: [[p:Marieke de Vos]] ([[p:MdV]], {{r:CR}}), [[p:Soufiane Bakkali]] ([[p:SB]], {{r:MW}}), [[p:Esra Koç]] ([[p:EK]], {{o:MEE}}), [[p:Ruud Winter]] ([[p:RW]], {{r:WVP}}), gast: [[p:Ilona Brzezińska]] ({{o:Veilig Thuis Haaglanden}})
afw.: [[p:Hanna Tekle]]

casus 1 – fam. [[p:Kuipers]]-[[p:Ramdin]], dossiernr [[z:24-0391]]
- vader ([[p:Jeroen]]) sinds jan. uit huis, contactverbod. moeder [[p:Shanti]] + 3 kids, jongste 2 jr.
- VT heeft zaak lopen ([[z:VT-2024-07713]]), [[p:Ilona]] blijft {{r:regievoerder}} veiligheid; wij doen bestaanszekerheid.
- afspraak: [[p:SB]] helpt met aanvraag bijz. bijstand + kinderopvangtoeslag
- [[p:EK]]: oudste ([[p:Dylan]], 9) mogelijk LVB, verwijzen naar {{o:CJG}}

casus 2 – dhr. [[p:Marinov]] ([[p:Georgi]])
- geen vaste verblijfplaats, slaapt bij vrienden {{w:Spoorwijk}}, geen BSN-registratie in BRP
- [[p:RW]]: wond aan been, loopt niet naar HA
- besluit: [[p:RW]] + [[p:SB]] samen zoeken op, contact {{o:Barka}}

volgende keer [[d:17/4]]
""")
add(r"""
Notulen multidisciplinair overleg {{w:Mariahoeve}}
Datum [[d:woensdag 22 januari 2025]]
Voorzitter: [[p:Ineke Visser]] | Notulen: [[p:Anouk Brouwer]]
Deelnemers: [[p:I. Visser]] ({{r:casusregisseur}}), [[p:A. Brouwer]] ({{r:ouderenconsulent}}, {{o:Vóór Welzijn}}), [[p:S. Arslan]] ({{r:casemanager dementie}}, {{o:WZH}}), [[p:H.J. de Wit]] ({{r:Wmo-consulent}}), [[p:F. Mulder]] ({{r:POH-GGZ}}, praktijk [[p:Ruigrok]])

Agendapunt 1 — Mevr. [[p:Lagerwey]], [[a:Diamanthorst 214]]
Situatie: 87 jaar, weduwe sinds 2022. Vereenzaming, weigert thuiszorg. Buurvrouw (mevr. [[p:Kasem]]) brengt eten.
Bespreking: [[p:SA]] geeft aan dat er sprake is van beginnende dementie (MMSE 21). Geen wilsbekwaamheid-vraag op dit moment.
Besluit: [[p:AB]] plant huisbezoek met [[p:SA]]; dagbesteding {{o:De Mariahoeve}} verkennen.

Agendapunt 2 — Dhr. en mevr. [[p:Hakimi]] ([[p:Farid]] en [[p:Soraya]])
Situatie: Afghaans echtpaar, 71 en 68, mantelzorg voor volwassen zoon met psychiatrische problematiek.
Besluit: [[p:FM]] vraagt de zoon uit voor gesprek op de praktijk; [[p:HJdW]] bekijkt respijtzorg.

Actiepunten
[[p:AB]]    huisbezoek [[p:Lagerwey]]                  vóór [[d:7-2]]
[[p:SA]]    overleg HA over diagnostiek               z.s.m.
[[p:HJdW]]  respijt-mogelijkheden [[p:Hakimi]]             volgend MDO
[[p:FM]]    uitnodiging zoon                          wk 6

Volgend overleg: [[d:wo 19 februari]] 14.00 u, {{o:Wijkcentrum Mariahoeve}}
""")
add(r"""
MDO Centrum / {{w:Schilderswijk}} — verslag ([[d:di 8-10-2024]])

Aanwezig
- [[p:Lotte Groen]], {{r:casusregisseur}} {{o:SWT Centrum}}
- [[p:Rachid Ouchan]], {{r:maatschappelijk werker}} {{o:Xtra}}
- [[p:Natasja Doelwijt]], {{r:MEE-consulent}}
- [[p:Wim Koning]], {{r:wijkagent}} bureau Jan Hendrikstraat
- [[p:Aylin Şahin]], {{r:jeugdconsulent}} {{o:CJG}}
- dhr. [[p:R. Pinas]], {{r:woonconsulent}} {{o:Staedion}} (agendapunt 2)

Casus A: [[p:Nora El Idrissi]] (31) en kinderen
[[p:Nora]] woont met 4 kinderen in een 3-kamerwoning aan de [[a:Hoefkade 417-3]]. Ex-partner [[p:Hicham]] staat regelmatig voor de deur; [[p:WK]] meldt 3 incidenten sinds augustus. {{o:Veilig Thuis}} is op de hoogte.
Afspraken:
• [[p:RO]] start traject bij {{o:Xtra}} (huiselijk geweld), eerste gesprek [[d:15 okt]]
• [[p:AŞ]] houdt contact school van [[p:Imane]] en [[p:Adam]]
• [[p:WK]] koppelt terug na gesprek met OM

Casus B: Dhr. [[p:Kwabena Owusu]], [[a:Van Ostadestraat 88]]
Overlast (geluid, vuil in trappenhuis). [[p:Pinas]]: huurder heeft waarschuwingsbrief gehad. [[p:ND]] vermoedt LVB, niet gediagnosticeerd.
Besluit: [[p:ND]] en [[p:Pinas]] gaan samen langs. Geen juridische stappen tot het volgende MDO.

Volgende keer: [[d:di 5 november]]
""")
add(r"""
Zorgoverleg {{w:Bouwlust}}/{{w:Vrederust}}
[[d:12.03.2025]] – verslaglegging [[p:Dewi]]

Aanwezig: [[p:Gerda]], [[p:Bilal]], [[p:Joke]], [[p:Tamara]], [[p:Dewi]], [[p:Mariska Oudshoorn]] ({{o:Parnassia}}, {{o:FACT}}), [[p:Abdel]] ({{r:ervaringsdeskundige}} {{o:Kessler Stichting}})

1. [[p:Sergio Martina]] – bemoeizorg
[[p:Sergio]] (44) verwaarloost zichzelf, woning [[a:Lozerlaan 1046]] vervuild. FACT-team kent hem van eerdere opname (2019). Vandaag: geen contact mogelijk, deur blijft dicht.
→ [[p:Mariska]] + [[p:Abdel]] proberen outreachend contact, 2x per week
→ [[p:Joke]] checkt medicatie via apotheek
→ bij escalatie: {{o:GGD}} OGGZ / Vangnet inschakelen

2. Mw. [[p:Tjon-A-Fat]] – afgesloten
Hulp loopt via {{o:Cardia}}, WMO-indicatie rond. Casus wordt afgesloten per [[d:1 april]].

Actie-overzicht
| wat | wie | wanneer |
|---|---|---|
| outreach [[p:Sergio]] | [[p:MO]]/[[p:Abdel]] | doorlopend |
| medicatie-check | [[p:JV]] | [[d:19-3]] |
| afsluitbrief [[p:Tjon-A-Fat]] | [[p:GH]] | [[d:31-3]] |
""")
add(r"""
Verslag casuïstiekoverleg SWT {{w:Segbroek}}, [[d:donderdag 6 juni]]
aanwezig: [[p:Jasper van Dam]] (vz), [[p:Kim Lie]], [[p:Nadia Benali]], [[p:Marleen Schaap]] ({{o:Humanitas}} thuisadministratie), [[p:Jelle Oosterhuis]] ({{r:stagiair}})

Casus [[p:Bakker]] ([[z:#40288]])
Dhr. [[p:Theo Bakker]], 67, sinds kort weduwnaar. Administratie was altijd door zijn vrouw gedaan. Post ligt onopen. Belastingaanslag 2023 niet betaald.
[[p:Marleen]]: vrijwilliger beschikbaar per juli. Dhr. akkoord.
Besluit: koppeling {{o:Humanitas}}, [[p:KL]] bewaakt.

Casus fam. [[p:Nguyen]]
Gezin uit Vietnam, moeder ([[p:Thi Lan]]) ernstig ziek, dochter ([[p:Mai]], 16) neemt zorg over. School maakt zich zorgen over verzuim.
[[p:NB]]: young carer, koppelen aan {{o:Mantelzorgmakelaar}} / jonge mantelzorgers.
Actie [[p:NB]], terugkoppeling [[d:20/6]].

Overig: [[p:Jelle]] neemt vanaf volgende keer notulen over.
""")
add(r"""
MDO {{w:Loosduinen}} [[d:28-11-2024]]

aanw: [[p:Carla Bos]] (CR), [[p:Mustafa Yavuz]] (MW {{o:Vóór Welzijn}}), [[p:Ellen Kuipers]] (WVP {{o:Zorg aan Zee}}), [[p:Bert Hagenaars]] ({{r:bewindvoerder}}, {{o:Bewindvoering Haaglanden}}) – deels
afw: [[p:Rosa]] (ziek)

1. mw [[p:de Koning]] [[p:Wilhelmina]] ('[[p:Mien]]') – [[a:Lippe Biesterfeldweg 19]]
- bewind loopt sinds [[d:1-9]], [[p:Hagenaars]]: leefgeld € 60/wk, mw geeft het binnen 3 dagen uit
- [[p:EK]]: valincident vorige week, knie gekneusd
- MW: buurtkamer {{o:De Lichtboei}} geeft structuur, mw gaat 2x/wk
afspraken: leefgeld in 2 porties (ma+do) → [[p:BH]]; alarmering aanvragen → [[p:EK]]

2. dhr [[p:A. Benhaddou]] – nieuw aangemeld door {{r:huisarts}} [[p:Vermeulen]]
- 52 jr, arbeidsongeschikt, depressief, zoon [[p:Karim]] (19) zit in detentie
- [[p:MY]] doet intake [[d:4 dec]]

Volgende [[d:12/12]] 09.30u
""")
add(r"""
Verslag MDO Scheveningen — [[d:maandag 17 februari 2025]]
Aanwezig: [[p:Kees Dijkhuizen]] ({{r:casusregisseur}}), [[p:Sanne Knoop]] ({{r:Wmo-adviseur}}), [[p:Fatma Aydoğan]] ({{r:maatschappelijk werker}}), [[p:Ron Zeeman]] ({{r:wijkverpleegkundige}}, {{o:Saffier}}), [[p:Hester de Ruiter]] ({{o:Reclassering Nederland}}) bij casus 2.

Casus 1. Dhr. [[p:Arie Vrolijk]] (72), [[a:Vissershavenweg 37-A]], {{w:Duindorp}}
Oud-visser, alcoholgebruik, woont met hond. Buren hebben [[p:Ron]] gebeld i.v.m. stank. Dhr. laat [[p:Ron]] binnen, anderen niet.
Besluit: [[p:Ron]] blijft vaste contactpersoon; [[p:Sanne]] regelt huishoudelijke hulp als dhr. instemt.
Actie: [[p:RZ]] bespreekt met dhr. vóór volgende MDO.

Casus 2. [[p:Dennis Keijzer]] (29)
Komt [[d:3 maart]] vrij uit PI Haaglanden. Geen woning, geen ID. [[p:Hester]] heeft contact met {{o:Leger des Heils}} voor tijdelijke opvang.
Besluit: [[p:Fatma]] vraagt ID-kaart en uitkering aan per dag van vrijlating; [[p:Kees]] regelt doorstroom naar {{o:Kessler Stichting}}.

Volgende MDO [[d:17 maart]].
""")
add(r"""
Overleg SWT {{w:Leidschenveen-Ypenburg}} – verslag
[[d:vrijdag 4 oktober]] | online (Teams)
Aanwezig: [[p:Reshma Autar]] (voorzitter), [[p:Olga Kowalczyk]], [[p:Tim Zwart]], [[p:Yusuf]] van {{o:Stichting Mooi}}, [[p:Lisa Prins]] ({{o:Jeugdbescherming west}})

Fam. [[p:Haddou]] ([[z:2024-ZO-118]])
Moeder ([[p:Loubna]]) en 3 kinderen, vader woont in Marokko. Schulden ca. € 14.000. Oudste zoon ([[p:Anas]], 15) onder toezicht (OTS) sinds [[d:22 mei]]. [[p:Lisa]] is gezinsvoogd.
- gezinsplan: één plan, één regisseur → [[p:Lisa]] regie jeugd, [[p:Reshma]] regie volwassenen
- schulden: [[p:Tim]] maakt aanmelding {{o:Schuldhulp}}; moeder heeft IBAN [[i:NL71RABO2180710097]] nodig voor leefgeld (nieuwe rekening, oude geblokkeerd)
- [[p:Olga]] zoekt naschoolse opvang voor de twee jongsten

Volgende bespreking: [[d:18-10]]
""")
add(r"""
MDO Transvaal – verslag [[d:2 juli 2024]]
aanwezig: [[p:L.G.]], [[p:R.O.]], [[p:N.D.]], [[p:W.K.]] + [[p:Ümit Kaya]] ({{o:Brijder}})
notulen: [[p:R.O.]]

1) [[p:Hasan D.]] (geb. [[d:03-01-1981]])
verslaving (coke/alcohol), 2e terugval dit jaar. [[p:Ümit]]: klinische opname mogelijk per aug. Cliënt twijfelt.
-> [[p:RO]] motiverend gesprek met [[p:Ümit]] erbij, [[d:9/7]]
-> [[p:WK]] geeft door als er weer meldingen zijn

2) mw [[p:Sardjoe]] (78)
mantelzorg door kleindochter [[p:Priya]] loopt vast, [[p:Priya]] heeft burn-out klachten.
-> respijtzorg, [[p:ND]] belt {{o:Mantelzorg Den Haag}}

3) rondvraag: zomerrooster. [[p:LG]] weg wk 30-32, [[p:ND]] neemt waar.

volgende keer [[d:di 23 juli]]
""")
add(r"""
Verslag casusoverleg huiselijk geweld {{w:Escamp}} — [[d:29-01-2025]]
Deelnemers: [[p:G. Hoek]] (SWT), [[p:B. Amrani]] (SWT), [[p:M. Wolters]] ({{o:Veilig Thuis}}), [[p:C. Sanchez Ruiz]] ({{o:Politie}}, {{r:ZSM-officier}}), [[p:E. Hooghiemstra]] ({{o:Blijf Groep}})

Gezin [[p:Dijkstra]]/[[p:Bayram]]
Mevrouw [[p:Melissa Dijkstra]] (26) en dhr. [[p:Cem Bayram]] (30), 1 kind ([[p:Lina]], 3 jr). Adres: [[a:Zuiderparklaan 159]], [[pc:2574 HH]].
Incident [[d:12 januari]]: politie ter plaatse, tijdelijk huisverbod van 10 dagen, verlengd tot [[d:9 februari]].
Zienswijze mevrouw: wil relatie niet verbreken maar wil "dat het stopt".
Afspraken:
1. [[p:EH]] biedt mevrouw ambulante hulp {{o:Blijf Groep}} aan.
2. [[p:BA]] begeleidt dhr. naar {{o:Reclassering}}/agressietraining.
3. [[p:MW]] ({{o:VT}}) blijft casushouder veiligheid; veiligheidsplan wordt op [[d:5-2]] besproken met beide ouders.
4. Evaluatie [[d:26 februari]].
""")
add(r"""
MDO Bezuidenhout verslag
[[d:woensdag 5 maart]], 10.00, {{o:Wijkcentrum Bezuidenhout}}

aanwezig:
[[p:Frank Overdijk]] – {{r:CR}}
[[p:Daphne Lauwerier]] – {{r:WVP}}
[[p:Abena Mensah]] – {{r:MW}}
[[p:Joost van der Ploeg]] – {{r:Wmo}}
[[p:Meryem Bozkurt]] – {{r:ouderenadviseur}}

dhr [[p:Kerkhoven]] — [[a:Theresiastraat 241]]
nog steeds geen HH, indicatie verlopen [[d:28/2]]. [[p:JvdP]] herindicatie z.s.m.
mw [[p:Bouchtaoui]] — afgesloten, verhuisd naar Rotterdam
[[p:Ahmed Yousef]] — Syrische statushouder, 34, PTSS, wachtlijst {{o:i-psy}} 6 mnd. [[p:AM]] overbrugging, [[p:DL]] somatiek (diabetes ontregeld)
[[p:Kerkhoven]] zoon ([[p:Pieter]]): 06 nr gewijzigd → [[t:06 18 44 90 27]]

volgend mdo [[d:2/4]]
""")
add(r"""
Verslag zorgoverleg dak- en thuislozen / Centrum
Datum: [[d:dinsdag 19 november 2024]]
Aanwezig: [[p:Lotte Groen]] (SWT), [[p:Kwame Adjei]] ({{o:Leger des Heils}}, {{r:straatmaatschappelijk werk}}), [[p:Lieke Smit]] ({{o:GGD Haaglanden}}, {{r:OGGZ}}), [[p:Jesse Vos]] ({{o:Kessler Stichting}})

Overzicht besproken personen
| naam | geb.jr | situatie | actie | wie |
| [[p:Marek Zieliński]] | 1979 | slaapt buiten Centraal, alcohol | nachtopvang Zilverstraat | [[p:KA]] |
| [[p:Tanja B.]] | 1991 | zwanger, 20 wk, geen verzekering | verzekering + verloskundige | [[p:LS]] |
| [[p:Ali Abdullahi]] | 1985 | uitgeprocedeerd? check IND | {{o:Vluchtelingenwerk}} | [[p:LG]] |
| [[p:Jan-Willem]] (achternaam onbekend) | ±1960 | nieuw, veel gezien {{w:Zeeheldenkwartier}} | contact leggen | [[p:JV]] |

Volgend overleg: [[d:3 december]]
""")
add(r"""
MDO verslag {{w:Morgenstond}} [[d:10-09-2024]]
Aanwezig: [[p:GH]], [[p:BA]], [[p:JV]], [[p:TS]], [[p:PN]], [[p:DK]]
Gast: mevr. [[p:N. Boukhari]] ({{o:Haag Wonen}}, {{r:wijkconsulent}})

Casus [[z:SWT-ESC-2024-0203]] – Mw. [[p:Hendrika Schouten]]
[[p:Boukhari]]: er zijn meerdere klachten over agressief gedrag naar buren ([[a:Melis Stokelaan 2104]]). Mw. (61) is in 2023 uit GGZ-kliniek ontslagen, nazorg gestopt.
[[p:JV]] heeft mw. gezien, zij is achterdochtig maar wel aanspreekbaar.
Besluit: bemoeizorgtraject; [[p:GH]] vraagt {{o:Parnassia}} FACT om consult. Geen huuropzegging zolang traject loopt, [[p:Boukhari]] akkoord.

Casus [[z:SWT-ESC-2024-0188]] – Dhr. [[p:Vlad Popa]]
Arbeidsmigrant, ontslagen, kamer kwijt. [[p:PN]]: geen recht op bijstand (korter dan 5 jr in NL). Terugkeer via {{o:Barka}} besproken, dhr wil niet.
Besluit: [[p:BA]] zoekt contact {{o:Fairwork}} over openstaand loon.

Rondvraag: [[p:TS]] met verlof van [[d:23-9]] t/m [[d:4-10]].
""")
add(r"""
Casusoverleg Haagse Hout, [[d:16 december]]
(kort verslag, ivm kerstlunch)
Aanwezig: [[p:Ineke]], [[p:Anouk]], [[p:Sevda]], [[p:Henk-Jan]], [[p:Fleur]]

- Mw [[p:Lagerwey]]: gaat naar dagbesteding, 2 dagen. Tevreden. Afsluiten in jan.
- Echtpaar [[p:Hakimi]]: zoon [[p:Omid]] is in beeld bij {{o:Parnassia}}. Respijt via {{o:Mantelzorg Den Haag}} aangevraagd (aanvraagnr. [[z:MZ-24-3381]]).
- Nieuw: dhr. [[p:Evert Brinkman]], [[a:Ruychrocklaan 50-F]], 90 jr, ziet slecht. Aangemeld door zijn buurman dhr. [[p:Sadiki]]. [[p:AB]] gaat langs.

Volgende: [[d:wo 15 jan]]
""")


# ---------------------------------------------------------------------------
# 2. Action lists (actiepuntenlijsten), tables, trackers
# ---------------------------------------------------------------------------
add(r"""
ACTIELIJST MDO {{w:Laak}} – bijgewerkt [[d:24-4-2024]]
nr | casus | actie | eigenaar | deadline | status
01 | [[p:Kuipers]]-[[p:Ramdin]] | aanvraag bijz. bijstand | [[p:SB]] | [[d:1-5]] | loopt
02 | [[p:Kuipers]]-[[p:Ramdin]] | school [[p:Dylan]] bellen | [[p:EK]] | [[d:26-4]] | gedaan
03 | [[p:Marinov]] | samen zoeken op {{w:Spoorwijk}} | [[p:RW]]/[[p:SB]] | wk 18 | open
04 | [[p:Marinov]] | contact {{o:Barka}} | [[p:SB]] | - | open
05 | [[p:Van Leeuwen]] | brief {{o:CAK}} bezwaar | [[p:MdV]] | [[d:30/4]] | open
06 | algemeen | rooster meivakantie | [[p:MdV]] | [[d:ma 29-4]] | open
""")
add(r"""
Actiepunten n.a.v. zorgoverleg [[d:12 maart]]:
- [[p:JV]]: medicatie [[p:Sergio]] nagaan bij apotheek {{o:Zuiderpark}} -> uiterlijk [[d:19/3]]
- [[p:MO]]: 2x p/wk outreach, verslag in dossier
- [[p:GH]]: afsluitbrief mw [[p:Tjon-A-Fat]]
- [[p:TS]]: Wmo-melding nr. [[z:2025-03317]] checken (staat nog op 'in behandeling')
""")
add(r"""
| # | Actie | Wie | Wanneer | Gereed |
|---|-------|-----|---------|--------|
| 1 | Huisbezoek mw. [[p:Lagerwey]] | [[p:AB]] + [[p:SA]] | vóór [[d:7 feb]] | ✔ |
| 2 | HA bellen ivm geheugentest | [[p:SA]] | z.s.m. | ✔ |
| 3 | Respijtzorg fam. [[p:Hakimi]] uitzoeken | [[p:HJdW]] | [[d:19-02-2025]] | |
| 4 | Zoon [[p:Hakimi]] uitnodigen | [[p:FM]] | week 6 | ✘ (geen reactie) |
| 5 | Nieuwe aanmelding dhr. [[p:Brinkman]] | [[p:AB]] | [[d:22 jan]] | ✔ |
""")
add(r"""
actielijst casusoverleg transvaal (versie [[p:RO]])
[[p:Hasan D.]]  motiv. gesprek ([[p:RO]]+[[p:Ümit]])          [[d:9/7]]
[[p:Sardjoe]]   respijt via MZ DH ([[p:ND]])              [[d:16/7]]
[[p:Sardjoe]]   [[p:Priya]] doorverwijzen HA? ([[p:ND]])        ?
[[p:Owusu]]     huisbezoek met {{o:Staedion}} ([[p:ND]])     na vakantie
alg.      waarneming zomer ([[p:ND]] voor [[p:LG]])        wk 30-32
""")
add(r"""
Openstaande acties – SWT {{w:Scheveningen}} (per [[d:1 maart 2025]])

[[p:KD]]
  • doorstroom [[p:Keijzer]] naar {{o:Kessler}} regelen – vóór [[d:3-3]]
  • evaluatie [[p:Vrolijk]] plannen
[[p:SK]]
  • HH-indicatie [[p:Vrolijk]] (als dhr akkoord)
  • bezwaar mw. [[p:Groenewegen]] CAK-bijdrage – termijn verloopt [[d:14 maart]]!
[[p:FA]]
  • ID-kaart + uitkering [[p:Keijzer]]
  • [[p:Romano]] familie: kinderbijslag SVB uitzoeken
[[p:RZ]]
  • gesprek [[p:Vrolijk]]
""")
add(r"""
Actiepuntenlijst MDO {{w:Centrum}} — stand [[d:5 nov 2024]]

Casus [[p:El Idrissi]]:
[x] [[p:RO]] start traject {{o:Xtra}} ([[d:15-10]])
[x] [[p:AŞ]] contact school (IBS De Springbok, groep 4 en 6)
[ ] [[p:WK]] terugkoppeling OM – nog niets gehoord
[ ] [[p:LG]] aanvraag urgentie (advies {{o:Staedion}})

Casus [[p:Owusu]]:
[x] huisbezoek [[p:ND]] + [[p:Pinas]] op [[d:22/10]]
[ ] [[p:ND]] aanmelden {{o:MEE}} diagnostiek
""")
add(r"""
ACTIES
wie   wat                                              wanneer
[[p:PN]]    intake schuldhulp [[p:Ouahbi]]                         wk 21
[[p:BA]]    woonconsulent {{o:Haag Wonen}} bellen                   [[d:17-5]]
[[p:BA]]    noodfonds aanvraag ([[p:Ouahbi]])                      [[d:24-5]]
[[p:TS]]    Wmo HH [[p:van Rijn]]                                 [[d:31-5]]
[[p:JV]]    aanmelding casemanagement dementie [[p:van Rijn]]      [[d:21-5]]
[[p:GH]]    verslag rondsturen                               [[d:15-5]]
""")
add(r"""
Actielijst overleg Ypenburg [[d:18-10-2024]]
1. schuldhulp aanmelding [[p:Haddou]] – [[p:TZ]] – gedaan [[d:14/10]], intake [[d:6 nov]]
2. leefgeldrekening: [[i:NL71RABO2180710097]] doorgeven aan {{o:SZW}} – [[p:TZ]] – open
3. BSO jongsten – [[p:OK]] – plek per [[d:1 januari]] bij {{o:Kinderopvang 2Samen}}
4. gezinsplan ondertekenen – [[p:RA]]/[[p:LP]] – [[d:1 nov]]
""")
add(r"""
To do na MDO (snel getypt, aanvullen svp)
- bel [[p:ilona]] VT ivm gesprek [[p:shanti]] -> [[p:sb]]
- [[p:dylan]] cjg aanmelding -> [[p:ek]]
- [[p:marinov]] wond -> [[p:rw]] morgen langs bij kerk Spoorwijk (inloop 10-12)
- [[p:mdv]]: agenda volgende keer + nieuwe casus mw [[p:benali]]?? check wie aangemeld heeft
""")
add(r"""
Besluiten- en actielijst casusoverleg HG {{w:Escamp}} [[d:29-01-2025]]
B1 {{o:VT}} blijft casushouder veiligheid gezin [[p:Dijkstra]]/[[p:Bayram]].
B2 SWT ([[p:BA]]) is aanspreekpunt praktische ondersteuning.
A1 [[p:EH]] – aanbod ambulante hulp aan mw. [[p:Dijkstra]] – [[d:5 februari]]
A2 [[p:BA]] – dhr. [[p:Bayram]] aanmelden agressietraining – [[d:7-2]]
A3 [[p:MW]] – veiligheidsplan opstellen met beide ouders – [[d:5-2]]
A4 [[p:GH]] – evaluatie inplannen – [[d:26-2]]
""")
add(r"""
Actiepunten (uit verslag [[d:19/11]])
Wie?        Wat?                                                  Klaar?
[[p:Kwame]]       nachtopvang [[p:Marek]] regelen                                ja
[[p:Lieke]]       zorgverzekering + verloskundige [[p:Tanja]]                      deels, verloskundige ok
[[p:Lotte]]       IND-status [[p:Ali A.]] via {{o:VluchtelingenWerk}}                   nee
[[p:Jesse]]       contact [[p:Jan-Willem]]                                     nee, niet gevonden
""")
add(r"""
actie | wie | deadline
huisbezoek dhr [[p:Kerkhoven]] | [[p:DL]] | [[d:do 13/3]]
herindicatie HH [[p:Kerkhoven]] | [[p:JvdP]] | [[d:14 mrt]]
overbrugging [[p:Yousef]] (1x/2wk) | [[p:AM]] | doorlopend
diabetes [[p:Yousef]] → HA dr. [[p:Ouali]] | [[p:DL]] | [[d:20-3]]
""")
add(r"""
Actielijst SWT {{w:Segbroek}}, [[d:20 juni]]
☐ [[p:KL]] – koppeling {{o:Humanitas}} [[p:Bakker]] (vrijwilliger [[p:Gert]] start [[d:1 juli]])
☑ [[p:NB]] – young carer [[p:Mai]] aangemeld {{o:Mantelzorgmakelaar}}
☐ [[p:NB]] – gesprek met mentor [[p:Mai]] ({{o:Haags Montessori Lyceum}})
☐ [[p:JvD]] – casus [[p:Nguyen]] inbrengen bij {{o:CJG}}-overleg
☐ [[p:JO]] – notuleren vanaf volgende keer
""")
add(r"""
Acties Loosduinen [[d:28/11]]:
leefgeld 2x p/wk – [[p:BH]] – per [[d:2 dec]]
alarmering – [[p:EK]] – aangevraagd bij {{o:Zorg aan Zee}}, levering [[d:10-12]]
intake dhr [[p:Benhaddou]] – [[p:MY]] – [[d:4 dec]] 14.00 op {{o:Servicepunt XL Loosduinen}}
""")
add(r"""
OPENSTAAND (uit vorige MDO's, nog steeds niet af!)
- [[d:14/5]]: noodfonds [[p:Ouahbi]] ([[p:BA]]) -> afgewezen, nu {{o:Stichting Urgente Noden}}
- [[d:11/6]]: [[p:van Rijn]] casemanager -> wachtlijst 8 wkn
- [[d:11/6]]: wmo HH [[p:van Rijn]] -> beschikking ontvangen, start HH [[d:1 aug]]
- [[d:9/7]]: [[p:Popa]] loon via {{o:Fairwork}} -> werkgever reageert niet
""")
add(r"""
Takenlijst na MDO [[d:do 6 juni]] – Segbroek
Taak                                          Eigenaar    Gereed vóór
Vrijwilliger thuisadministratie [[p:Bakker]]        [[p:Marleen]]     [[d:1 juli]]
Betalingsregeling Belastingdienst (aanslag 2023)  [[p:Kim]]         [[d:15-6]]
Young carer [[p:Mai]]                                 [[p:Nadia]]       [[d:20-6]]
Verslag + actielijst mailen                   [[p:Jasper]]      [[d:7-6]]
""")
add(r"""
Actie-overzicht zorgoverleg [[d:21-8-2024]], SWT {{w:Laak}}:
[[p:MdV]] | casus [[p:Jagroep]] | gesprek met dochter [[p:Sharmila]] ([[t:06-29 14 87 03]]) | vóór [[d:28/8]]
[[p:SB]]  | casus [[p:Jagroep]] | machtiging bewind → kantonrechter | [[d:1 sept]]
[[p:EK]]  | casus [[p:Nowicki]] | aanmelding {{o:Ipse de Bruggen}} | z.s.m.
[[p:RW]]  | casus [[p:Nowicki]] | wondzorg 3x/wk | loopt
""")
add(r"""
ACTIEPUNTEN (wie/wat/wanneer)
[[p:LG]]: urgentieaanvraag [[p:El Idrissi]] indienen bij gemeente, ref [[z:URG-2024-1183]], vóór [[d:15-11]]
[[p:RO]]: voortgang {{o:Xtra}}-traject [[p:Nora]] terugkoppelen [[d:5/12]]
[[p:AŞ]]: overleg met IB'er school (mevr. [[p:Dekker]]) [[d:12-11]]
[[p:WK]]: OM-terugkoppeling – herinnering gestuurd
""")
add(r"""
Actiepuntenlijst MDO Mariahoeve, [[d:19-02-2025]]

Nr.  Omschrijving                                   Door     Datum
3    respijt fam. [[p:Hakimi]] (via MZ DH)                [[p:HJdW]]     [[d:5-3]]
4    zoon [[p:Omid]]: 2e uitnodiging, nu per brief        [[p:FM]]       [[d:26-2]]
6    dhr. [[p:Brinkman]]: visuele hulpmiddelen {{o:Koninklijke Visio}}  [[p:AB]]       [[d:12-3]]
7    dhr. [[p:Brinkman]]: maaltijdservice                 [[p:AB]]       z.s.m.
8    mw. [[p:Lagerwey]]: afsluiten                        [[p:IV]]       [[d:28-2]]
""")
add(r"""
actie [[p:B.]] ([[p:Bilal]]) – mw [[p:ouahbi]] vonnis ontruiming, zitting [[d:ma 3 juni]] 9.30 u kantongerecht; advocaat mr. [[p:Hoogstraten]] ([[t:070-3617245]]) gaat mee
""")
add(r"""
Actielijst (concept) – [[p:GH]]
[[d:di 11-6]] MDO
> [[p:Ouahbi]]: zitting [[d:3/6]] → uitstel 3 mnd, betalingsregeling. [[p:PN]] bewaakt.
> [[p:van Rijn]]: zie openstaand
> [[p:Schouten]]: FACT consult gepland [[d:18/6]], [[p:JV]] gaat mee
> NIEUW [[p:Aziz Rahimi]]: aangemeld door {{r:wijkagent}}, eenzaamheid, 77 jr, [[a:Hengelolaan 1232]]. [[p:DK]] intake.
""")
add(r"""
Actielijst SWT {{w:Bezuidenhout}}
[[d:2/4]]
- [[p:Kerkhoven]]: HH weer gestart [[d:24-3]]; afsluiten? → [[p:FO]] vraagt zoon [[p:Pieter]]
- [[p:Yousef]]: start {{o:i-psy}} per [[d:15 mei]]. [[p:AM]] stopt overbrugging dan
- Mw. [[p:Vieira]] (nieuw): [[p:MB]] intake
""")
add(r"""
TABEL ACTIES ZORGOVERLEG DAKLOZEN – update [[d:3 december]]
Naam                 Actie                             Eigenaar   Datum      Status
[[p:M. Zieliński]]         nachtopvang + {{o:Barka}} gesprek        [[p:KA]]         [[d:10/12]]      lopend
[[p:T. B.]]                verloskundige [[d:11/12]], verzekering  [[p:LS]]         -          lopend
[[p:A. Abdullahi]]         IND check                         [[p:LG]]         [[d:17/12]]      open
[[p:J-W.]]                 gesproken op [[d:28/11]] Kerkplein     [[p:JV]]         -          contact
""")
add(r"""
acties:
* [[p:FA]] belt mevr. [[p:Romano]] ([[t:+31 6 4827 1190]]) over SVB
* [[p:KD]] stuurt verslag naar [[p:Hester]] ({{o:Reclassering}}) – alleen deel casus 2!
* [[p:SK]]: bezwaar CAK [[p:Groenewegen]] – ingediend [[d:12-3-2025]], kenmerk [[z:CAK-7734129]]
""")
add(r"""
Actie                                   Wie       Uiterlijk
---------------------------------------------------------------
Aanmelden dagbesteding                  [[p:AB]]        [[d:vr 31 jan]]
Contact dochter [[p:Sietske]] ([[t:0031 6 2019 8845]])  [[p:AB]]        z.s.m.
Indicatie begeleiding Wmo               [[p:HJdW]]      [[d:14-2]]
""")


# ---------------------------------------------------------------------------
# 3. Agendas, invitations, attendee lists
# ---------------------------------------------------------------------------
add(r"""
Uitnodiging MDO {{w:Escamp}}
Datum: [[d:dinsdag 11 juni 2024]]
Tijd: 10.00 – 12.00 uur
Plaats: {{o:Wijkcentrum De Henri Dunant}}, zaal 1.04 (2e verdieping, lift aanwezig)

Agenda
1. Opening en verslag [[d:14 mei]]
2. Casus [[z:SWT-ESC-2024-0117]] ([[p:BA]]) – voortgang
3. Casus dhr. [[p:v. Rijn]] ([[p:JV]])
4. Casus [[z:SWT-ESC-2024-0203]] ([[p:GH]]) – nieuw, gast {{o:Haag Wonen}}
5. Rondvraag

Afmelden bij [[p:Dewi]]: [[e:d.kartosen@voorwelzijn.nl]] of [[t:06 2741 9368]]
""")
add(r"""
Agenda zorgoverleg {{w:Laak}} – [[d:wo 17 april]]
13.30  casus 1 – [[p:Kuipers]]-[[p:Ramdin]] ([[p:SB]]) – met [[p:Ilona]] ({{o:VT}})
14.00  casus 2 – [[p:Marinov]] ([[p:RW]])
14.20  casus 3 – nieuw: mw. [[p:B.]] (aangemeld via huisartsenpraktijk {{o:Laakkwartier}})
14.45  mededelingen / rondvraag
""")
add(r"""
Presentielijst casusoverleg [[d:5 maart 2025]]
Naam                    Organisatie                 Functie                      Paraaf
[[p:Frank Overdijk]]          {{o:Gemeente Den Haag}}           {{r:casusregisseur}}               [[p:FO]]
[[p:Daphne Lauwerier]]        {{o:Florence}}                    {{r:wijkverpleegkundige}}          [[p:DL]]
[[p:Abena Mensah]]            {{o:Xtra}}                        {{r:maatschappelijk werker}}       [[p:AM]]
[[p:Joost van der Ploeg]]     {{o:Gemeente Den Haag}}           {{r:Wmo-consulent}}                [[p:JvdP]]
[[p:Meryem Bozkurt]]          {{o:Stichting MOOI}}              {{r:ouderenadviseur}}              [[p:MB]]
""")
add(r"""
Deelnemers MDO Ypenburg (vaste kern)
- [[p:Reshma Autar]] – {{r:casusregisseur}} – [[t:06-53198270]]
- [[p:Olga Kowalczyk]] – {{r:maatschappelijk werker}} {{o:Xtra}} – [[e:o.kowalczyk@xtra.nl]]
- [[p:Tim Zwart]] – {{r:schuldhulpverlener}} – [[t:06 11 82 47 35]]
- [[p:Yusuf Demirtaş]] – {{r:welzijnswerker}} {{o:Stichting MOOI}}
Algemeen nummer SWT: 14 070 (vragen naar sociaal wijkzorgteam {{w:Ypenburg}})
""")
add(r"""
Agenda MDO Scheveningen [[d:17-3-2025]]
1. Opening ([[p:KD]])
2. Verslag vorige keer + actielijst
3. Casus dhr. [[p:V.]] ({{w:Duindorp}}) – evaluatie
4. Casus [[p:D.K.]] – na vrijlating, met reclassering
5. Casus fam. [[p:Romano]] ([[p:FA]]) – nieuw
6. Wvttk
""")
add(r"""
Aan: [[p:Lotte Groen]]; [[p:Rachid Ouchan]]; [[p:Natasja Doelwijt]]; [[p:Wim Koning]]; [[p:Aylin Şahin]]
CC: [[p:Rob Pinas]]
Onderwerp: agenda MDO Centrum [[d:di 5 november]]

Hoi allen,
Bijgaand de agenda. Ik heb casus [[p:El Idrissi]] bovenaan gezet omdat [[p:Rob]] om 10.30 weg moet. Stukken zitten in de map, niet mailen svp (AVG).
Groet, [[p:Lotte]]
""")
add(r"""
Aanwezigheidslijst MDO {{w:Bouwlust}} [[d:12-3-25]]:
[[p:GH]] ✓  [[p:BA]] ✓  [[p:JV]] ✓  [[p:TS]] ✓  [[p:PN]] ✗ (cursus)  [[p:DK]] ✓
extern: [[p:M. Oudshoorn]] ({{o:Parnassia}}) ✓, [[p:Abdel B.]] ({{o:Kessler}}) ✓
""")
add(r"""
AGENDA casusoverleg Segbroek — [[d:donderdag 20 juni]], 9.00 uur, {{o:Servicepunt XL}} {{w:Segbroek}} (kamer 0.12)
1. Mededelingen
2. Terugblik: [[p:Bakker]], [[p:Nguyen]]
3. Nieuw: dhr. [[p:Stefanov]] ([[p:Dimitar]]), aangemeld door {{o:Haagse Wijk- en Woonzorg}}
4. Thema: jonge mantelzorgers (inleiding [[p:Nadia]])
5. Rondvraag
""")
add(r"""
MDO Loosduinen – wie zitten er aan tafel (jan. 2025)
{{r:Casusregisseur}} ........ [[p:Carla Bos]]
{{r:MW}} .................... [[p:Mustafa Yavuz]] / [[p:Rosa Tahiri]]
{{r:WVP}} ................... [[p:Ellen Kuipers]]
{{r:Wmo-consulent}} ......... vacature (tijdelijk [[p:J. van der Ploeg]] van {{w:Bezuidenhout}})
{{r:Ouderenadviseur}} ....... [[p:Truus Lankhorst]]
Op afroep: {{r:bewindvoerder}}, {{r:POH-GGZ}}, {{o:Parnassia}} FACT Loosduinen
""")
add(r"""
Agenda Zorgoverleg Schilderswijk [[d:maandag 13 januari 2025]], 13.00-14.30, Teams
- casus [[z:24-112]] (gezin, VT betrokken) — [[p:LG]]
- casus [[z:24-131]] (dhr., vervuiling) — [[p:ND]]
- nieuw: [[z:25-003]] — [[p:RO]]
Let op: alleen casusnummers in de agenda, namen worden mondeling genoemd.
""")
add(r"""
Uitnodiging extra MDO – spoed
Wanneer: morgen [[d:vrijdag 22 november]] 8.30 uur (voor de teamdag)
Waar: kamer 3.14, {{o:Stadskantoor}} Leyweg
Wie: [[p:Carla]], [[p:Mustafa]], [[p:Ellen]], [[p:Bert Hagenaars]] en dr. [[p:Vermeulen]] (telefonisch)
Waarom: situatie mw. [[p:de Koning]] verslechterd, mogelijk crisisopname
""")
add(r"""
Deelnemerslijst themaoverleg bemoeizorg {{w:Escamp}}/{{w:Laak}} [[d:26 september]]:
[[p:Gerda Hoek]], [[p:Marieke de Vos]], [[p:Mariska Oudshoorn]] ({{o:Parnassia}}), [[p:Lieke Smit]] ({{o:GGD}}), [[p:Kwame Adjei]] ({{o:Leger des Heils}}), [[p:Sophie van Houten]] ({{o:Gemeente Den Haag}}, {{r:beleidsadviseur OGGZ}})
""")


# ---------------------------------------------------------------------------
# 4. Short, hurried agenda-point notes per client
# ---------------------------------------------------------------------------
add(r"""
casus [[p:Wiersma]] – ivm ziekte [[p:JV]] niet besproken, doorschuiven naar [[d:25/6]]
""")
add(r"""
Pt 3 mw [[p:Agyeman]] ([[p:Efua]]), 45 jr. Schulden, 2 banen, geen tijd voor afspraken. Besl: avondafspraak, [[p:PN]] do [[d:20-6]] 18.30 bij cl thuis [[a:Dreibergenstraat 73]]. Vervolg volg. MDO.
""")
add(r"""
dhr [[p:oudshoorn]] (geen familie van [[p:Mariska]]!) – HA dr [[p:Kamphuis]] wil ontslag uit praktijk ivm agressie. We vragen HA om uitstel tot er een nieuwe HA is. [[p:FO]] belt.
""")
add(r"""
4. [[p:Yilmaz]], [[p:Hatice]] – BW aangevraagd, zitting kantonrechter [[d:2-10]]. Voorgestelde bewindvoerder: {{o:Budgetflow}}. Besluit: akkoord, [[p:SB]] gaat mee.
""")
add(r"""
Casus [[p:De Bruijn]]/[[p:Soekhai]]: geen nieuws. Blijft op de lijst.
""")
add(r"""
agendapunt 2 | mw. [[p:Rahmani]] | cl.nr [[z:30817]]
- vrijwilliger taalmaatje geregeld ([[p:Joop]], 71, {{o:Taalhuis}})
- inburgering: {{o:DUO}}-lening, examen KNM gehaald [[d:14 nov]]
- wil werken in kinderopvang → {{o:Werkgeversservicepunt}}
besluit: afschalen naar 1x per 6 wk contact via [[p:OK]]
""")
add(r"""
Dhr. [[p:Mohamed Abdi Warsame]] (Somalisch, 59): diabetes + nierproblemen, dialyse 3x p/wk {{o:HMC}} Westeinde. Vervoer loopt niet (taxi komt niet). [[p:DL]] neemt contact op met vervoerder, Wmo-pas nr [[z:WMV-448120]]. Dochter [[p:Hodan]] is tolk.
""")
add(r"""
mw [[p:pietersen]]: NIET bespreken zonder toestemming – toestemmingsverklaring nog niet getekend (afspraak [[d:3/10]]). Volgende keer.
""")
add(r"""
3) [[p:Lucas]] en [[p:Jorinde Hoekstra]], jong stel, baby op komst (uitgerekend [[d:18 maart]]). Geen woning, logeren bij moeder [[p:Jorinde]]. Urgentie afgewezen. [[p:RA]]: opnieuw aanvragen met medische verklaring. [[p:Tim]]: budgetplan.
""")
add(r"""
Punt 5 Fam. [[p:Boateng]]: afgesloten. VT-zaak gesloten, moeder stabiel, kinderen gaan goed. Dank aan [[p:Nana]]'s juf voor signalering.
""")
add(r"""
dhr. [[p:Kowalski]] ([[p:Tadeusz]]), 66: weigert nog steeds de deur open te doen. Laatste contact [[d:28 aug]] via brievenbus. Buren: ziet er slecht uit. → melding {{o:GGD}} Vangnet ([[p:LS]]) vandaag nog, {{r:wijkagent}} op de hoogte.
""")
add(r"""
Mevr. [[p:Sarmo]] (83) – val, heup gebroken, ligt in {{o:Haga}}. Na ontslag revalidatie {{o:WZH}} {{o:Westhof}}. Schoonzoon dhr. [[p:Boejharat]] regelt. Wij: pauze tot ontslag.
""")
add(r"""
#7 jongeman [[p:Stijn]] ([[p:S. de Haan]]), 19, net 18+ – overdracht van CJG (jeugdconsulent [[p:Mila]]). Wil zelfstandig wonen, geen inkomen, schoolverlater zonder diploma. Besl: {{o:Jongerenpunt}} + bijstandsaanvraag, [[p:BA]] casushouder.
""")
add(r"""
Casus [[z:2024-ZO-131]]: Dhr. [[p:Vasile Munteanu]]. Tolk nodig (Roemeens). Tolkennummer tolkcentrum gebruikt. Afspraak [[d:wo 13/11]] 11u.
""")
add(r"""
[[p:Sahin]] (mw) – niet aanwezig geweest op afspraak [[d:7/3]] en [[d:14/3]]. Na 3x no-show brief sturen conform werkwijze. [[p:AM]].
""")
add(r"""
Besproken: [[p:Eric]] ([[p:Eric van Wijk]]), [[a:Jacob Catsstraat 188]], 3e verdieping. Heeft geen lift nodig meer?? → nee, wél nodig, traplift gaat niet in dit portiek. Verhuisurgentie aanvragen Wmo ([[p:HJdW]]).
""")
add(r"""
CASUS 2 – Fam. [[p:Ghebremichael]]
Vader [[p:Tesfay]], moeder [[p:Saba]], kinderen [[p:Filmon]] (12), [[p:Rahel]] (8), [[p:Sami]] (4).
Statushouders, wonen sinds feb. op [[a:Stuyvesantstraat 90-2]]. Veel post, niets begrepen. {{o:Vluchtelingenwerk}} stopt per juli.
Besluit: [[p:Olga]] neemt administratie over tot [[d:31-12]], daarna {{o:Humanitas}}.
""")
add(r"""
pt 2 dhr [[p:Hamidi]] - woningruil gelukt, verhuist [[d:15-4]] naar {{w:Wateringseveld}}. Overdracht naar SWT daar (contact [[p:Reshma]]?). afsluiten bij ons na verhuizing
""")
add(r"""
Casus [[p:Van der Meer]] ([[p:Ria]], 74): mantelzorger van man met Parkinson. Zelf ook hartklachten. Opname man in {{o:Respect Zorggroep}} Scheveningen gepland [[d:1 oktober]]. Wij: nazorg voor [[p:Ria]], rouw/eenzaamheid. [[p:Sanne]].
""")
add(r"""
- Fam. [[p:Kahraman]]: verhuurder (dhr. [[p:Ates]], particulier) weigert reparatie schimmel. Huurteam ingeschakeld. [[p:Esra]] volgt.
""")
add(r"""
mw [[p:Benali]] (=[[p:Houda Benali]], nièt [[p:Nadia]] uit ons team!): aangemeld door {{r:POH}}. Paniekklachten, 2 kleine kinderen, man werkt in Duitsland. [[p:MdV]] intake.
""")
add(r"""
[[p:Jan de Vries]] (dhr., 58) – klusjesman, val van ladder, nu arbeidsongeschikt. Geen AOV. Vrouw [[p:Annet]] werkt parttime bij {{o:HMC}}. Vaste lasten te hoog.
→ [[p:PN]]: budgetgesprek [[d:do 5 sept]]
→ [[p:TS]]: Wmo-hulpmiddelen (douchestoel, beugels)
""")
add(r"""
Casus [[z:SWT-LK-24-0077]]: besproken met toestemming cl. (getekend [[d:2-5-24]]). Geen verdere acties; monitoren.
""")
add(r"""
Agendapunt: dhr. [[p:Goedhart]] ([[a:Spui 212]]). Verwaarlozing, 3e melding van {{o:Haag Wonen}} dit jaar. Besluit: OGGZ-melding, [[p:LS]] ({{o:GGD}}) neemt het over. SWT blijft op de achtergrond.
""")
add(r"""
[[p:Chen]], [[p:Xiu Ying]] – vertaald door kleinzoon [[p:Kevin Chen]] ([[t:06-38 27 11 64]]). Wil graag naar de Chinese ouderensoos ({{o:Stichting Chinese Ouderen Den Haag}}). [[p:Meryem]] regelt vervoer.
""")
add(r"""
casus [[p:Ayoub]] ([[p:Omar]]), 23 jr, LVB, schulden bij {{o:Zilveren Kruis}} en {{o:CJIB}}. Geld gaat op aan gamen. Ouders [[p:Ahmed]] en [[p:Latifa Ayoub]] willen bewind. [[p:EK]]: eerst onderzoek LVB via {{o:MEE}}. Besluit: ja, [[p:EK]] meldt aan.
""")
add(r"""
Nieuw aangemeld: Dhr. [[p:Wojciech Lewandowski]] via {{o:Fairwork}}. Werkgever betaalt niet, huisvesting via uitzendbureau ([[a:Kerketuinenweg 40]], 12 personen in 1 huis). [[p:BA]] + {{o:Fairwork}} gesprek [[d:maandag 16 sept]].
""")
add(r"""
mevr [[p:O.]] (casus 6): z.s.m. bellen!! telnr nieuw: [[t:0647193820]]
""")
add(r"""
Terugkoppeling [[p:RZ]] over dhr [[p:Vrolijk]]: heeft HH geaccepteerd (1x p/wk, {{o:Saffier}}), hond wordt uitgelaten door buurjongen [[p:Daan]]. Drinkt minder. Evaluatie over 3 mnd.
""")


# ---------------------------------------------------------------------------
# 5. E-mails around minutes: sending, corrections, quoted replies, signatures
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Gerda Hoek]] <[[e:g.hoek@denhaag.nl]]>
Verzonden: [[d:woensdag 15 mei 2024]] 09:12
Aan: SWT Escamp kernteam
Onderwerp: verslag MDO [[d:14-5]] + actielijst

Goedemorgen allen,

In de bijlage het verslag van gisteren. Willen jullie vóór vrijdag reageren als er iets niet klopt? Let op: in het verslag staan alleen voorletters van cliënten, de volledige gegevens staan in het dossier.

[[p:Bilal]], kun jij het nieuwe nummer van de zoon van mw. [[p:O.]] nog in het dossier zetten? Ik had [[t:06-41729035]] genoteerd maar weet niet zeker of dat klopt.

Met vriendelijke groet,
[[p:Gerda Hoek]]
{{r:Casusregisseur}} sociaal wijkzorgteam {{w:Escamp}}
{{o:Gemeente Den Haag}} | {{o:Dienst OCW}}
T [[t:06 5309 1184]] (ma, di, do)
""")
add(r"""
Aanvulling op het verslag van [[d:3 april]] (van [[p:Esra]]):
Bij casus 1 staat dat [[p:Dylan]] mogelijk LVB heeft. Dat heb ik zo niet gezegd: ik zei dat school twijfelt en dat we eerst het onderwijskundig rapport moeten zien. Graag aanpassen. Verder akkoord.
Gr [[p:Esra]]
""")
add(r"""
Re: verslag casusoverleg Segbroek [[d:6/6]]

> [[p:Jasper]] schreef:
> Dhr. [[p:Theo Bakker]], 67, sinds kort weduwnaar.

Kleine correctie: dhr is 69, niet 67. En zijn vrouw is in maart overleden, niet "kort geleden" (is al 3 mnd). Rest klopt.
[[p:Kim]]

[[p:Kim Lie]] | {{r:maatschappelijk werker}} | {{o:Xtra}} | [[t:06-82 73 10 44]]
""")
add(r"""
Onderwerp: FW: MDO Moerwijk actielijst
Hoi [[p:Piotr]],
Zie onderstaand. Jij staat op 2 punten. Kun je laten weten of de intake bij mw [[p:O.]] gelukt is?
[[p:Gerda]]

-----Oorspronkelijk bericht-----
Van: [[p:Dewi Kartosen]]
Verzonden: [[d:dinsdag 14 mei 2024]] 16:40
Onderwerp: MDO Moerwijk actielijst
[[p:PN]] intake schuldhulp [[p:Ouahbi]] wk 21
[[p:PN]] overleg met {{o:Haag Wonen}} over betalingsregeling, samen met [[p:BA]]
""")
add(r"""
Hallo [[p:Marieke]],

Kort verslag van mijn kant over mw. [[p:Kuipers]] voor het MDO van morgen (ik kan er niet bij zijn):
- gesprek gehad op [[d:10 april]] bij haar thuis, [[a:Hildebrandplein 6-A]]
- kinderen waren op school, [[p:Shanti]] wat rustiger
- ze heeft de aanvraag bijzondere bijstand ondertekend, ik heb hem ingediend (aanvraagnummer [[z:BB-24-06621]])
- [[p:Jeroen]] heeft haar weer ge-appt, ze heeft screenshots gemaakt en die naar [[p:Ilona]] gestuurd

Groetjes,
[[p:Soufiane]]
Verstuurd vanaf mijn iPhone
""")
add(r"""
Van: [[e:m.wolters@vtHaaglanden.nl]]
Aan: [[e:g.hoek@denhaag.nl]]; [[e:b.amrani@xtra.nl]]
Onderwerp: RE: veiligheidsplan gezin D./B.

Beste [[p:Gerda]] en [[p:Bilal]],
Het gesprek op [[d:5-2]] is verplaatst naar [[d:vrijdag 7 februari]] 13.00 uur bij ons op kantoor ({{o:Veilig Thuis Haaglanden}}, Postbus 16100, 2500 BC Den Haag is het postadres; de bezoeklocatie staat in de uitnodiging). Mevrouw neemt haar moeder mee als steunfiguur.
Voor vragen ben ik direct bereikbaar op [[t:070 - 346 91 77]], voor meldingen graag via het algemene nummer 0800-2000.
Hartelijke groet,
[[p:Marjolein Wolters]]
{{r:Casusregisseur}} {{o:Veilig Thuis}}
""")
add(r"""
hoi allemaal, ik mis in het verslag van [[d:di 8/10]] de afspraak over de kinderbijslag van [[p:Nora]] (zij krijgt het nog niet, {{o:SVB}} heeft haar nieuwe rekening [[i:NL21INGB9517729949]] niet verwerkt). Actie lag bij mij, ik heb gebeld, het is nu aangepast. Kan het in de actielijst? dank! [[p:Rachid]]
""")
add(r"""
Beste collega's,

Hierbij het verslag van het MDO van [[d:17 februari]]. Ik heb het verslag in twee delen gesplitst: deel A (alle casussen, intern) en deel B (alleen casus 2, voor {{o:Reclassering}}). Deel B is op verzoek van [[p:Hester de Ruiter]] en met toestemming van dhr. [[p:K.]], getekend [[d:14-02-2025]].

Nog een correctie: het nummer van de {{r:reclasseringswerker}} in het vorige verslag was verkeerd. Juist is: [[t:06-1027 4418]].

Groet,
[[p:Kees Dijkhuizen]]
""")
add(r"""
Onderwerp: afmelding MDO morgen
Hoi [[p:Carla]], ik ben ziek, kan morgen niet. Over dhr [[p:Benhaddou]]: intake is geweest, hij heeft ingestemd met aanmelding bij {{o:Parnassia}} via HA. Zijn zoon [[p:Karim]] komt eind januari vrij. Kun jij het inbrengen? [[p:Mustafa]]
""")
add(r"""
Re: Re: verslag Laak [[d:17 april]]
Dank [[p:Marieke]]. Eén ding: ik heb niet toegezegd dat {{o:Barka}} dhr [[p:M.]] gaat opvangen, alleen dat ik het navraag. Hun spreekuur is op dinsdag, ik ga [[d:23-4]].
Mvg [[p:Soufiane Bakkali]]
{{r:Maatschappelijk werker}} | {{o:Xtra}} | {{w:Laak}}
Werkdagen ma-di-do
""")
add(r"""
Van: [[p:Reshma Autar]]
Aan: [[p:Lisa Prins]] ({{o:Jeugdbescherming west}})
Onderwerp: gezinsplan [[p:Haddou]]

Hoi [[p:Lisa]],
Zoals besproken in het MDO van [[d:4-10]]: hierbij het concept-gezinsplan. Ik heb de doelen voor [[p:Anas]] uit jouw plan overgenomen. De gegevens van moeder: [[p:Loubna Haddou]], geb. [[d:11-07-1986]], BSN [[b:252646083]]. Wil je checken of dat overeenkomt met jullie registratie?
Groet [[p:Reshma]]
""")
add(r"""
Beste [[p:Lotte]],
Naar aanleiding van het zorgoverleg: [[p:Marek Z.]] is gisteren ([[d:9 december]]) in de nachtopvang gekomen. Hij is akkoord met een gesprek met {{o:Barka}}, dat staat op [[d:12/12]] 10.00. Ik ga mee. Graag op de actielijst.
[[p:Kwame]]
[[p:Kwame Adjei]] – {{r:straatmaatschappelijk werker}} {{o:Leger des Heils}} Den Haag – [[t:06 42 19 80 37]]
""")
add(r"""
Hoi [[p:Ineke]], het MDO-verslag van [[d:16 dec]] staat nog niet in de map. Kan je het uploaden? Ik heb de naam van dhr. [[p:Sadiki]] nodig (de buurman die dhr. [[p:B.]] aanmeldde) voor mijn rapportage. Dank! [[p:Anouk]]
""")
add(r"""
Onderwerp: Correctie verslag [[d:29/1]]
In agendapunt 2 staat "dhr. [[p:Bayram]] (30)". Dit moet zijn 32. Ook is de geboortedatum van [[p:Lina]] [[d:03-06-2021]] en niet 2022. Excuus, [[p:Bilal]]
""")


# ---------------------------------------------------------------------------
# 6. Texts without personal data, and look-alikes
# ---------------------------------------------------------------------------
add(r"""
Agendapunt 6 – werkwijze MDO
Afgesproken dat we vanaf Q3 werken met een vaste volgorde: eerst nieuwe aanmeldingen (max. 10 min per casus), dan voortgang, dan afsluitingen. De {{r:casusregisseur}} bewaakt de tijd. Verslag binnen 2 werkdagen rond.
""")
add(r"""
Rondvraag
- Nieuwe privacyregels: vanaf 2025 geen cliëntnamen meer in de onderwerpregel van mails.
- Kamer 2.17 is vanaf week 36 niet meer beschikbaar, we wijken uit naar 3.04.
- Budget deskundigheidsbevordering 2024: € 4.500 resterend, voorstellen vóór de najaarsvergadering indienen.
""")
add(r"""
Besluitenlijst teamoverleg {{w:Laak}}
B-2024-11  Het MDO vindt voortaan tweewekelijks plaats op woensdag, 13.30-15.00 uur.
B-2024-12  Gasten sluiten alleen aan bij de casus waarvoor ze zijn uitgenodigd.
B-2024-13  Toestemmingsverklaringen worden gescand en in het dossier opgeslagen, het origineel gaat terug naar de cliënt.
""")
add(r"""
Thema-overleg ouderen (pilot "Samen werken in het sociale domein")
Opbrengst brainstorm:
• eenzaamheid begint vaak na verlies partner; eerste 6 maanden cruciaal
• mantelzorgers van 80+ vragen zelden hulp
• {{r:huisarts}} en {{r:wijkverpleegkundige}} zien signalen het eerst
• inzet {{o:Mantelzorg Den Haag}} en {{o:Vóór Welzijn}} eerder in het traject
Vervolg: uitwerken in workshop april.
""")
add(r"""
MDO {{w:Moerwijk}} gaat niet door ivm te weinig casussen. Volgende keer gewoon volgens planning.
""")
add(r"""
Evaluatie MDO-structuur 2024 (samenvatting)
- 41 casussen besproken in 22 overleggen
- gemiddeld 3,2 casus per overleg, 27 min per casus
- 68% van de actiepunten op tijd afgerond
- knelpunt: aanwezigheid {{r:huisarts}} (4 van de 22 keer)
- wens: vaste {{o:GGZ}}-deelnemer, liefst {{o:Parnassia}} FACT
Voorstel 2025: maandelijks 1 thema-MDO over bemoeizorg.
""")
add(r"""
Mededelingen:
1. Het Wmo-loket is bereikbaar via 14 070, de nieuwe werkwijze voor spoedaanvragen staat op intranet.
2. {{o:Veilig Thuis}}: advies en meldingen via 0800-2000 (gratis, 24/7).
3. Formulier 'toestemming gegevensdeling' versie 3.1 vervangt versie 2.4.
4. Scholing meldcode: in oktober, 13.00 uur, zaal 4.12 (datum volgt).
""")
add(r"""
Verslag themabijeenkomst huiselijk geweld
Inleiding door {{o:Veilig Thuis Haaglanden}} over de vernieuwde meldcode (stap 5: afwegingskader). Discussie: wanneer melden versus zelf hulp bieden? Conclusie: bij twijfel altijd collegiale consultatie en bij acute onveiligheid altijd melden. De {{r:aandachtsfunctionaris}} per team houdt een overzicht bij (geen namen, alleen aantallen).
""")
add(r"""
Actiepunten algemeen (geen casuïstiek)
A. Jaarplan 2025 bespreken in heidag – {{r:teamleider}}
B. Nieuwe collega {{r:Wmo-adviseur}} inwerken – buddy aanwijzen
C. Sociale kaart {{w:Escamp}} updaten (Art. 4 convenant gegevensuitwisseling)
D. Evaluatie pilot thema bemoeizorg, week 24
""")
add(r"""
Kort: geen nieuwe aanmeldingen deze week. Lopende casussen: 14. Afgesloten: 2. Wachtlijst intake: 0.
""")
add(r"""
Notitie voor het MDO
Casussen met schulden boven € 10.000 worden voortaan standaard ingebracht bij het maandelijkse schuldenoverleg (dinsdag, 2e week van de maand, 9.30 uur). Doorlooptijd aanmelding {{o:Schuldhulpverlening}} is nu ca. 4 weken; in 2023 was dat 7 weken. Saneringskrediet via de {{o:Kredietbank}} alleen bij een stabiel inkomen van minimaal 6 maanden.
""")
add(r"""
Overzicht MDO-data 1e helft 2025: iedere 2e en 4e dinsdag van de maand, 10.00-12.00 uur, behalve in de meivakantie en rond Pinksteren. Locatie blijft {{o:Wijkcentrum De Henri Dunant}}, zaal 1.04. Bij verhindering afmelden bij de notulist.
""")
add(r"""
Themaoverleg jeugd/18-/18+:
Knelpunt: jongeren die 18 worden vallen tussen {{o:CJG}} en SWT. Afspraak: warme overdracht minimaal 6 maanden vóór de 18e verjaardag, met een gezamenlijk gesprek. Checklist (versie 1.2) wordt gedeeld via de teamsite.
""")
add(r"""
Besluit stuurgroep: pilotthema's zijn jeugd, ouderen, huiselijk geweld en bemoeizorg. Slotbijeenkomst in juni in het {{o:Atrium}} van het stadhuis. Iedere deelnemer brengt 1 geanonimiseerde casusles mee.
""")
add(r"""
Werkafspraken MDO (herzien)
1. Casus inbrengen via het inbrengformulier, uiterlijk 3 werkdagen vooraf.
2. In het verslag alleen casusnummer en voorletters; namen alleen mondeling.
3. Actiepunten altijd met eigenaar en deadline.
4. Gasten tekenen geheimhoudingsverklaring.
5. Verslagen worden na 2 jaar vernietigd (Archiefwet, selectielijst categorie 7.3).
""")
add(r"""
Cijfers kwartaal 3: 118 aanmeldingen, waarvan 37 via {{r:huisarts}}, 22 via {{o:Servicepunt XL}}, 19 via {{o:Haag Wonen}}/{{o:Staedion}}/{{o:Vestia}}, rest overig. 12% had een schuld > € 20.000. Gem. leeftijd 52 jaar.
""")
add(r"""
Rondvraag: de printer op de 2e verdieping (kamer 2.21) print geen dubbelzijdig. Niet de verslagen daar laten liggen! Vorige week lag er een actielijst 2 uur lang in de printer.
""")
add(r"""
Tijdschema teamdag (kick-off)
09.00 inloop
09.30 kick-off pilot, keuze thema's
11.00 workshops in 4 groepen (zaal 0.10, 0.11, 1.02, 1.03)
12.30 lunch
13.30 terugkoppeling, kiezen pilotgroep (20 personen)
15.00 afsluiting
""")
add(r"""
Casusles (geanonimiseerd) voor platform – thema bemoeizorg
Een man van middelbare leeftijd in {{w:Moerwijk}} wilde geen hulp, de woning raakte vervuild. Doorbraak kwam toen de {{r:ervaringsdeskundige}} van {{o:Kessler Stichting}} mee ging: geen formulieren, eerst koffie. Na 6 weken liet hij de {{r:wijkverpleegkundige}} toe. Les: investeer in één vertrouwenspersoon en stem pas daarna het aanbod af.
""")
add(r"""
Verslag intervisie 'lastige MDO's'
- Wat werkt: voorzitter vat na elke casus samen in 1 zin besluit + actie.
- Wat niet werkt: lange verhalen zonder vraag. Advies: iedere inbrenger formuleert vooraf een concrete vraag.
- Tip {{o:CAOP}}: werk met een time-keeper en een vast format (situatie – vraag – besluit – actie).
""")


# ---------------------------------------------------------------------------
# 7. More minutes: other teams, partner-written, mixed layouts
# ---------------------------------------------------------------------------
add(r"""
MDO Groente- en Fruitmarkt / {{w:Rivierenbuurt}} — [[d:15-01-2025]]
Aanwezig: [[p:Wendy Kok]] (CR), [[p:Ilyas Popal]] (MW), [[p:Sri Wibowo]] (WVP {{o:Buurtzorg}}), [[p:Agnieszka Kamińska]] (Wmo), [[p:René Molenaar]] ({{o:HVO-Querido}})

1. Mw. [[p:Petrova]] ([[p:Rositsa]]), 38
Woont met 2 kinderen bij een zus in, [[a:Wolweverstraat 14-C]]. Geen eigen inkomen, partner gedetineerd in Bulgarije. Kinderen niet ingeschreven op school!
- [[p:AK]]: BRP-inschrijving regelen, dan leerplicht
- [[p:IP]]: aanvraag bijstand + tolk Bulgaars
- [[p:WK]]: melding leerplicht (verplicht), ouder vooraf informeren

2. Dhr. [[p:Sitompul]] ([[p:Hendrik]]), 80
Indische man, woont alleen, wil niet naar verzorgingshuis. Schoonmaakster [[p:Gerrie]] zag hem vallen. [[p:SW]] komt 3x/wk voor steunkousen.
- [[p:SW]]: valpreventie, alarmering
- [[p:WK]]: contact dochter in Amersfoort ([[p:Yvonne Sitompul]], [[t:033-4729106]])

Volgende: [[d:29-1]]
""")
add(r"""
Verslag netwerkoverleg rond Fam. [[p:Abdi Hassan]]
Datum: [[d:18 september 2024]], bij gezin thuis ([[a:Gaslaan 7]], {{w:Transvaal}}), met toestemming
Aanwezig: moeder [[p:Faduma Abdi Hassan]], oom [[p:Abdirizak]], [[p:Ilyas]] (SWT), [[p:Joyce Francisca]] ({{o:CJG}}), tolk Somalisch via tolkcentrum
Afspraken:
- moeder wil hulp bij opvoeding van zoon [[p:Liban]] (14), die 's nachts buiten is
- [[p:Joyce]] start {{o:Triple P}} gesprekken, 1x p/wk, start [[d:25/9]]
- oom [[p:Abdirizak]] haalt [[p:Liban]] op vrijdag op van voetbal
- [[p:Ilyas]] regelt zwemles jongste via Ooievaarspas (pasnr [[z:OP-2024-551873]])
Volgende bijeenkomst [[d:23 oktober]].
""")
add(r"""
Zorgoverleg WZH / SWT Haagse Hout
[[d:7 november]]
Present: [[p:Sevda Arslan]] (WZH), [[p:Anouk Brouwer]], mevr. [[p:Pauline Koster]] (locatiemanager {{o:WZH Mariahoeve}})
Doel: plaatsing dhr. [[p:G. Wouters]] (89, dementie) in verpleeghuis.
- WLZ-indicatie afgegeven door {{o:CIZ}} op [[d:24-10-2024]], profiel VV5
- wachtlijst ca. 6 wkn; in de tussentijd dagbesteding 5 dagen + nachtzorg
- echtgenote [[p:Bep]] is uitgeput; zoon [[p:Frank]] neemt 2 nachten/week
Actie: [[p:SA]] houdt wachtlijst bij, [[p:AB]] ondersteunt [[p:Bep]] (rouw rond "verlies" van haar man).
""")
add(r"""
casusoverleg {{w:Duinoord}}/{{w:Zeeheldenkwartier}} [[d:wo 9-4]]
aanw [[p:Roel]], [[p:Hatice]], [[p:Marjan]], [[p:Gianni]] ({{o:Parnassia}})
1 [[p:Koen de Wit]] – psychose, opname {{o:PsyQ}}? nee, {{o:Parnassia}} Kijkduin sinds [[d:2 april]] IBS, nu RM. Na ontslag terug naar kamer [[a:Zoutmanstraat 55-3]]? verhuurder wil niet. [[p:Gianni]]: beschermd wonen aanvragen.
2 mw. [[p:Yıldırım]] – stabiel, afsl.
3 meneer [[p:Tan]] ([[p:Tan Boon Hock]]) – 71, vraagt hulp bij digid. Vrijwilliger {{o:Digisterker}}. [[p:Marjan]].
volg. [[d:23-4]]
""")
add(r"""
VERSLAG MDO SCHILDERSWIJK [[d:13-01-2025]] (intern)
AANWEZIG: [[p:LG]] [[p:RO]] [[p:ND]] [[p:WK]] [[p:AŞ]]
[[z:24-112]] [[p:EL IDRISSI]]: URGENTIE TOEGEKEND!! VERHUIST VOOR [[d:1 MAART]] NAAR {{w:LEYENBURG}}. OVERDRACHT NAAR SWT ESCAMP ([[p:GH]]). [[p:RO]] DOET WARME OVERDRACHT.
[[z:24-131]] [[p:OWUSU]]: DIAGNOSTIEK MEE BEGONNEN, IQ-ONDERZOEK [[d:4 FEB]]. OVERLAST MINDER.
[[z:25-003]] NIEUW: MW [[p:AZIZI]] (35), 5 KINDEREN, MAN VERTROKKEN NAAR DUITSLAND. [[p:RO]] INTAKE.
""")
add(r"""
Minutes multidisciplinary meeting – {{w:Stationsbuurt}} (EN, for visiting partner {{o:Expat Centre}})
Date: [[d:Tuesday 4 March 2025]]
Present: [[p:Wendy Kok]], [[p:Ilyas Popal]], [[p:Emma Clarke]] ({{o:International Community Advisory Desk}})
Client: Mr. [[p:Rajesh Iyer]] (41), knowledge migrant, lost job, residence permit ends [[d:30 June 2025]]. Wife [[p:Lakshmi]] and son (6). Debts from rent.
Decision: [[p:Emma]] checks permit options with the {{o:IND}}; [[p:Ilyas]] applies for emergency support.
Next: [[d:18 March]]
""")
add(r"""
MDO Vrederust [[d:8 okt]]
- Mw [[p:Samsoedien]]: HH gestart, gaat beter. Dochter [[p:Reshmi]] blij.
- Dhr [[p:Lemmens]]: alcoholgebruik ↑, valt. [[p:JV]]: WLZ aanvragen? Eerst HA.
- Jongen [[p:Bouzid]] ([[p:Yassin]], 17): hangt rond winkelcentrum Leyweg, 2x opgepakt. Naar {{o:CJG}}, niet voor ons (<18).
- Fam. [[p:Kurt]]: geen nieuws.
Actie [[p:DK]]: lijst bijwerken.
""")
add(r"""
Overleg {{o:Stichting Anton Constandse}} / SWT {{w:Laak}}
[[d:donderdag 21 november 2024]]
Betreft: mw. [[p:S. Lachmon]] (LVB, 28), begeleid wonen [[a:Rijswijkseweg 398]]
Aanwezig: [[p:Marieke de Vos]], [[p:Esra Koç]], [[p:Bart Hoogland]] ({{r:persoonlijk begeleider}} {{o:Anton Constandse}}), mw. [[p:Lachmon]] zelf (eerste 20 min)
- [[p:Sunaina]] wil zelf haar geld beheren. [[p:Bart]]: lukt half, weekgeld via app gaat goed.
- Nieuwe vriend ([[p:R.]]) leent geld. Zorg over financiële uitbuiting.
- Besluit: geen bewind (wil ze niet, geen grond), wél budgetcoaching {{o:MEE}}, en [[p:EK]] gaat gesprek aan over de vriend.
Evaluatie [[d:23 januari]].
""")
add(r"""
verslagje MDO ([[p:jelle]])
[[d:20-6]]
- [[p:bakker]]: vrijwilliger [[p:gert]] start [[d:1/7]] (nee [[d:2/7]], dinsdag)
- [[p:nguyen]]: [[p:mai]] aangemeld, moeder in ziekenhuis {{o:Bronovo}}
- [[p:stefanov]]: 61, bulgaars, woont in auto?? bij het Zuiderpark. [[p:nadia]] + [[p:kim]] gaan kijken. geen telnr bekend
volgende keer [[d:4 juli]]
""")
add(r"""
Verslag MDO Kijkduin/{{w:Bohemen}} – [[d:dinsdag 10 december]]
Aanwezig: [[p:Carla Bos]], [[p:Rosa Tahiri]], [[p:Ellen Kuipers]], [[p:Truus Lankhorst]]

Mw. [[p:Winter]] ([[p:Gerda Winter]], 79), [[a:Kijkduinsestraat 612]]
Rouw (zoon overleden in sept.), eet slecht. Kleinzoon [[p:Thijs]] komt elke zondag. [[p:TL]]: rouwgroep {{o:Humanitas}} start in jan.
→ [[p:TL]] meldt aan, [[p:EK]] weegt 1x/2wk

Dhr. [[p:Ferhat Öztürk]] (54)
Ontslagen na 30 jr, depressief. Vrouw [[p:Gül]] maakt zich zorgen. [[p:RT]]: {{o:UWV}} WW aangevraagd, contact HA voor POH-GGZ.
→ [[p:RT]] 2-wekelijks contact

Volgende MDO: [[d:7 januari 2025]]
""")
add(r"""
Casusoverleg LVB-netwerk {{w:Schilderswijk}}
[[d:25-02-2025]]
Deelnemers: [[p:N. Doelwijt]] (MEE), [[p:R. Ouchan]] (Xtra), [[p:K. Tjin-Asjoe]] ({{o:Ipse de Bruggen}}), [[p:J. Leito]] ({{o:Jeugdbescherming west}})
Gezin [[p:Leeflang]]: moeder [[p:Chantal]] (LVB), 3 kinderen, jongste ([[p:Quincy]]) OTS.
- [[p:JL]]: uithuisplaatsing niet aan de orde zolang ambulante hulp wordt geaccepteerd
- [[p:KTA]]: 6 uur per week gezinsbegeleiding
- [[p:ND]]: bewindvoering loopt ({{o:Budgetflow}}), vaste lasten betaald
- [[p:RO]]: schuldeisers rustig, geen nieuwe schulden
Besluit: huidige inzet handhaven, evaluatie [[d:22 april]].
""")
add(r"""
Verslag overleg {{o:Vestia}} / SWT Escamp – huurachterstanden
Datum [[d:2 oktober 2024]]
Namens {{o:Vestia}}: dhr. [[p:Martijn Hoek]] ([[t:06-20917345]]), namens SWT: [[p:G. Hoek]] (geen familie 🙂), [[p:P. Nowak]]

| adres | huurder | achterstand | afspraak |
|---|---|---|---|
| [[a:Erasmusweg 1130]] | fam. [[p:Rahimi]] | € 1.870 | betalingsregeling € 100/mnd |
| [[a:Moerweg 58-A]] | dhr. [[p:K. Bos]] | € 3.420 | schuldhulp, ontruiming aangehouden |
| [[a:Dreibergenstraat 12]] | mw. [[p:T. Koning]] | € 640 | eenmalig noodfonds |
| [[a:Loevesteinlaan 77]] | onbekend (leeg?) | € 5.100 | Vestia zoekt uit |
""")
add(r"""
Notulen casuïstiekbespreking {{w:Valkenboskwartier}} [[d:3 juni]]
Aanwezig: [[p:Henk Post]] (vz), [[p:Noor Khalil]], [[p:Bianca van Ommen]], [[p:Ahmad Sultani]] ({{r:ervaringsdeskundige}}), [[p:Femke Visser]] ({{r:notulist}})

Casus Afghaans gezin [[p:Noori]]
Vader [[p:Jawed]] heeft werk gevonden in de bouw, moeder [[p:Zarmina]] is zwanger. Ze willen naar een grotere woning. [[p:AS]]: "ze zijn erg trots, vragen niet snel hulp". Besluit: [[p:NK]] gaat mee naar de {{o:Haag Wonen}}-consulent.
Casus Mw. [[p:Lie-A-Kwie]] (62)
Mantelzorger van demente moeder (91), eigen gezondheid slecht. [[p:BvO]]: logeeropvang {{o:WZH}} 1 weekend p/mnd aangevraagd.
""")
add(r"""
MDO Moerwijk — verslag [[d:25 juni 2024]] (kort)
aanwezig: allen behalve [[p:TS]]
- [[p:Wiersma]] (doorgeschoven van [[d:11/6]]): dhr [[p:Wiersma]] ([[p:Harm]]) is [[d:18 juni]] overleden. Casus gesloten. Kaart gestuurd naar echtgenote.
- [[p:Ouahbi]]: betalingsregeling loopt, 1e termijn betaald.
- [[p:Rahimi]] ([[p:Aziz]]): [[p:DK]] is langs geweest, dhr. vond het gezellig, wil naar koffieochtend {{o:De Henri Dunant}}.
- [[p:Agyeman]]: avondafspraak [[d:20/6]] doorgegaan, schuldenoverzicht ± € 9.800, aanmelding schuldhulp gedaan.
""")
add(r"""
Verslag MDO – [[d:maandag 24 februari 2025]] – SWT {{w:Oostbroek}}/{{w:Rustenburg}}
aanw: [[p:Ayla Demir]], [[p:Dirk-Jan Koppens]], [[p:Nalini Bhagwandin]], [[p:Said El Khattabi]]

1) [[p:Rosalia]] (mw. [[p:Rosalia Cijntje-Leito]], 66)
AOW-gat (jaren op Curaçao). {{o:SVB}} AIO-aanvulling afgewezen ivm vermogen? Huis op Curaçao. [[p:NB]] zoekt uit of dat klopt; bezwaartermijn tot [[d:21-3]].
2) Dhr. [[p:El Ouardi]] – hoarding. Woning [[a:Beeklaan 287-1]]. Brandgevaar volgens brandweer. [[p:DJK]] + {{o:GGD}} huisbezoek [[d:3/3]].
3) [[p:Bas de Graaf]], 27, autisme, thuiszittend, ouders ten einde raad. [[p:SEK]]: {{o:Autisme Team Haaglanden}} consult.
""")


# ---------------------------------------------------------------------------
# 8. Intake items brought into the MDO, registrations, identifiers
# ---------------------------------------------------------------------------
add(r"""
Inbrengformulier MDO
Inbrenger: [[p:Olga Kowalczyk]] ({{r:MW}})
Datum bespreking: [[d:2025-02-14]]
Cliënt: [[p:Mariam Tesfamariam]]  geb.datum: [[d:1990-08-23]]
BSN: [[b:960331657]]
Adres: [[a:Laan van Hoornwijck 156]], [[pc:2496 XR]] Den Haag
Tel.: [[t:06-39 02 71 58]]
Toestemming gegevensdeling: ja, getekend [[d:2025-01-30]]
Vraag aan het MDO: hoe kunnen we mw. ondersteunen bij het vinden van werk zonder dat haar toeslagen in de knel komen? Mw. volgt taalles B1 bij {{o:ROC Mondriaan}}.
""")
add(r"""
INBRENG casus – [[p:RO]]
naam: [[p:Azizi]], [[p:Parwana]] | 35 | 5 kinderen (2–14 jr)
adres: [[a:Parallelweg 41 B]], [[pc:2525ct]]
bsn: [[b:3263.58.468]]
hulpvraag: man vertrokken, geen inkomen sinds [[d:15 december]], huur niet betaald jan+feb
bekend bij: {{o:CJG}} (jongste 2), school (3 kinderen {{o:De Globetrotter}})
vraag aan MDO: wie neemt regie, gezin of volwassene? [[p:AŞ]] of wij?
""")
add(r"""
Aanmelding voor MDO (via {{r:huisarts}} [[p:H. Mol]], praktijk {{o:Gezondheidscentrum Escamp}})
Patiënt: dhr. [[p:Nicolae Stan]], [[d:12-11-1972]], BSN [[b:871971288]]
Adres: [[a:Thomsonlaan 88-boven]], [[pc:2565 KZ]]
Reden: alcoholgebruik, sociaal isolement, hypertensie slecht ingesteld, komt afspraken niet na.
Toestemming patiënt voor aanmelding: mondeling gegeven op [[d:3 maart]].
Contact praktijk: 070 - 361 00 00 (algemeen, vraag naar POH)
""")
add(r"""
Casus nr. [[z:CR-2024-0871]]
Cliënt: [[p:Dragana Jovanović]] (v, 49)
Inkomen: Participatiewet (€ 1.236,61 netto per mnd), toeslagen
Vaste lasten: huur € 712,-, energie € 180,-, zorgverz. € 151,-
Schulden: ca. € 6.300 (o.a. {{o:CJIB}}, {{o:Eneco}}, {{o:Zilveren Kruis}})
Rekening: [[i:NL68ABNA1389732013]] (op naam cliënt), spaarrek. geen
Besproken in MDO [[d:do 7/11]]: besluit aanmelding {{o:Schuldhulpverlening}}, [[p:PN]].
""")
add(r"""
Overdracht naar SWT {{w:Leyenburg}} t.b.v. MDO [[d:11 maart]]
Cliënt [[p:Nora El Idrissi]], BSN [[b:597121801]], nieuw adres vanaf [[d:27-2-2025]]: [[a:Steenwijklaan 402]], [[pc:2541 RN]]
Kinderen: [[p:Imane]] ([[d:09-04-2015]]), [[p:Adam]] ([[d:30-10-2016]]), [[p:Salma]], [[p:Youssef]]
Betrokken: {{o:Xtra}} ([[p:R. Ouchan]], [[t:06 – 57 18 30 92]]), {{o:Veilig Thuis}} (dossier [[z:VT-2024-10422]]), {{o:CJG}}
Aandachtspunt: ex-partner kent nieuw adres niet. Adres NIET delen met derden.
""")
add(r"""
Inbreng [[d:12 mei]] – [[p:Hendrik Mulder]], ja echt [[p:Mulder]], niet onze [[p:Fleur]] 😉
73 jr, [[a:Het Kleine Loo 331]], weduwnaar, drinkt, valt. Zoon [[p:Wouter]] belt ons ([[t:+31 (0)6 2288 4093]]).
Vraag: dhr. wil geen hulp, zoon wel. Wat kunnen we?
""")
add(r"""
Registratie besproken casussen MDO {{w:Escamp}} Q2 2024 (voor jaarrapportage, intern)
casusnr            initialen   lft   thema            status
[[z:SWT-ESC-2024-0117]]  [[p:F.O.]]        58    wonen/schulden   loopt
[[z:SWT-ESC-2024-0142]]  [[p:W.v.R.]]      82    ouderen          loopt
[[z:SWT-ESC-2024-0188]]  [[p:V.P.]]        34    werk/inkomen     gesloten
[[z:SWT-ESC-2024-0203]]  [[p:H.S.]]        61    bemoeizorg       loopt
[[z:SWT-ESC-2024-0219]]  [[p:H.W.]]        77    ouderen          overleden
""")
add(r"""
Bijzonderheden voor het MDO: cliënt heeft twee BSN's in omloop (fout bij inschrijving 2019). Juiste BSN volgens BRP: [[b:338819770]]; op de brief van het {{o:UWV}} staat [[b:338819771]]. [[p:TS]] meldt dit bij Burgerzaken.
""")
add(r"""
casus [[p:Khalil]] ([[p:Rami]], 41, Syrisch)
IBAN oud [[i:NL80SNSB1964990962]] (opgeheven), IBAN nieuw [[i:NL79ASNB4234891409]]
→ [[p:NK]] geeft nieuw nr door aan {{o:Toeslagen}} en {{o:SZW}}, dit keer met kopie bankpas
""")
add(r"""
Voorbereiding MDO ([[p:Reshma]])
- [[p:Haddou]]: leefgeld op [[i:NL 71 RABO 2180 7100 97]] sinds [[d:4/11]]. Werkt.
- [[p:Hoekstra]]: baby geboren [[d:16-3]] ([[p:Noah]]), nog steeds bij schoonmoeder. Urgentie 2e aanvraag ingediend, kenmerk [[z:URG-2025-0339]].
- [[p:Munteanu]]: terug naar Roemenië op [[d:22 december]]. Afsluiten.
""")
add(r"""
Nieuwe aanmelding (telefonisch, via buurtagent [[p:Koning]])
Naam: mw. [[p:Gül Aksoy]]
Adres: [[a:Vaillantlaan 326-2]]
Postcode: [[pc:2526 AH]]
Tel: onbekend / via dochter [[p:Elif]] [[t:0620193847]]
Melding: mw. loopt verward op straat, herkent buren niet. 84 jr.
Bespreken: MDO [[d:di 24 sept]] → {{r:casemanager dementie}}
""")
add(r"""
Inbreng MDO – vertrouwelijk
Casus: [[z:2024-HG-0073]]
Betrokkenen: moeder [[p:D.]] (31), vader [[p:M.]] (34), kinderen [[p:L.]] (3) en [[p:S.]] (baby, geb. [[d:2-12-2024]])
Aanleiding: melding politie [[d:28-12-2024]], spanningen na geboorte.
Vraag: kan SWT praktische hulp bieden (kraamzorg liep af, geen netwerk)?
""")
add(r"""
Aanvraag leefgeld-rekening (besluit MDO [[d:11/6]]):
Naam rekeninghouder: [[p:Schouten, H.]]
IBAN: [[i:NL72KNAB9899223902]]
Bewindvoerder: {{o:Bewindvoering Haaglanden}}, [[p:B. Hagenaars]]
Ingangsdatum: [[d:01-07-2024]]
""")
add(r"""
MDO-item: [[p:Samira Tahiri]] (zus van onze collega [[p:Rosa]]!) – daarom bespreekt [[p:Rosa]] deze casus niet en zit zij er niet bij. Dossier [[z:SWT-LD-2025-0012]].
""")
add(r"""
Overzicht contactgegevens betrokkenen casus [[p:Martina]] (alleen voor MDO-leden)
{{o:Parnassia}} FACT – [[p:Mariska Oudshoorn]] – [[t:06-14 09 27 63]] – [[e:m.oudshoorn@parnassia.nl]]
{{o:Kessler Stichting}} – [[p:Abdel Bouzerda]] – [[t:06-87 21 04 55]]
Broer cliënt – [[p:Ricardo Martina]] – [[t:+599 9 512 3374]] (Curaçao)
Apotheek {{o:Zuiderpark}} – algemeen nummer 070 - 329 27 27
""")


# ---------------------------------------------------------------------------
# 9. Follow-up overviews, chat during meetings, whiteboard notes, tab tables
# ---------------------------------------------------------------------------
add(r"""
VERVOLGDATA (na MDO [[d:12/3]])
[[d:19/3]]	[[p:JV]]	medicatie [[p:S.M.]]
[[d:26/3]]	[[p:GH]]	evaluatie outreach met FACT
[[d:31/3]]	[[p:GH]]	afsluiting [[p:T-A-F]]
[[d:9/4]]	allen	volgend MDO
""")
add(r"""
[10:04] [[p:Rachid Ouchan]]: ben er over 5 min, tram staat stil
[10:06] [[p:Lotte Groen]]: ok we beginnen met [[p:Owusu]]
[10:21] [[p:Natasja Doelwijt]]: kan iemand het nummer van [[p:Pinas]] sturen
[10:21] [[p:Lotte Groen]]: [[t:06-31 84 27 09]]
[10:35] [[p:Wim Koning]]: moet weg, melding. actiepunt OM staat nog
""")
add(r"""
Foto whiteboard MDO (uitgetypt door [[p:DK]]):
[[p:OUAHBI]] → HKB ✓ / ontruiming ✗ (uitstel)
[[p:V RIJN]] → CM dem. wachtl.
[[p:SCHOUTEN]] → FACT [[d:18/6]]!!
[[p:RAHIMI]] → koffie-ochtend do
[[p:AGYEMAN]] → avond [[d:20/6]]
""")
add(r"""
Vervolgafspraken
Casus                     Volgende contactdatum     Door
mw. [[p:Lagerwey]]              [[d:ma 3 februari]]          [[p:AB]]
fam. [[p:Hakimi]]               [[d:do 13 februari]]         [[p:HJdW]]
dhr. [[p:Brinkman]]             [[d:wo 29 januari]]          [[p:AB]]
dhr. [[p:Wouters]] (WZH)        wacht op plaatsing      [[p:SA]]
""")
add(r"""
[[p:Bilal]]: heb mw [[p:O.]] net gesproken. zitting is verplaatst naar [[d:17 juni]]. zet je het in de actielijst?
[[p:Gerda]]: 👍 gedaan
""")
add(r"""
Aantekeningen tijdens MDO (kladje [[p:TS]]):
[[p:van rijn]] – HH ok per [[d:1/8]], beschikking [[z:WMO-2024-088231]]
[[p:schouten]] – ??? vragen aan [[p:Joke]]
nieuw: mw [[p:kaya]]? of [[p:kaja]]? uit de Leeghwaterstraat, 80+, via kerk
""")
add(r"""
Vervolg na MDO [[d:7 januari 2025]] (Loosduinen)
- mw. [[p:Winter]]: rouwgroep start [[d:14 jan]], [[p:TL]] brengt haar de eerste keer
- dhr. [[p:Öztürk]]: WW toegekend; POH-afspraak [[d:20/1]]
- mw. [[p:de Koning]]: opgenomen {{o:Parnassia}} [[d:23-11]], ontslag gepland eind jan; nazorg via FACT
""")
add(r"""
Samenvatting besluiten MDO [[d:2/4]] (t.b.v. dossier, per cliënt)
[[p:K.]]: casus afsluiten per [[d:30-4]] na telefonische check met zoon.
[[p:Y.]]: overbrugging stopt [[d:15-5]].
[[p:V.]]: intake door [[p:MB]], [[d:8 april]].
""")
add(r"""
Teams-chat tijdens zorgoverleg daklozen
[[p:Lieke Smit]]: [[p:Tanja]] is vanochtend bevallen!! dochter, beiden ok
[[p:Kwame Adjei]]: wauw. waar?
[[p:Lieke Smit]]: {{o:HMC}} Bronovo. kraamzorg geregeld via {{o:Kraamzorg Haaglanden}}
[[p:Lotte Groen]]: neem ik mee in verslag, zonder naam baby
""")
add(r"""
Rooster voorzitterschap/notulen MDO 2025
jan  [[p:CB]] / [[p:MY]]
feb  [[p:MY]] / [[p:EK]]
mrt  [[p:EK]] / [[p:RT]]
apr  [[p:RT]] / [[p:TL]]
mei  [[p:TL]] / [[p:CB]]
""")
add(r"""
Kladversie verslag – nog niet rondsturen
*vz [[p:IV]], not. [[p:AB]]
*[[p:lagerwey]] – afgesl.
*[[p:hakimi]] – respijt ok, 1 weekend/mnd (1e weekend maart)
*[[p:brinkman]] – visio geweest [[d:3/3]], loep + spraakklok
*nieuw mw. [[p:de Vos]] ([[p:Ans]]) – via {{o:Bibliotheek}}, eenzaam
""")
add(r"""
MDO-planning SWT {{w:Ypenburg}} april–juni
[[d:vr 4 april]] – regulier
[[d:vr 18 april]] – vervalt (Goede Vrijdag)
[[d:vr 2 mei]] – regulier + thema jeugd
[[d:vr 16 mei]] – regulier
[[d:vr 30 mei]] – vervalt (dag na Hemelvaart)
[[d:vr 13 juni]] – regulier
""")
add(r"""
Notities [[p:Esra]] bij MDO [[d:21 aug]]:
mw [[p:jagroep]] (80) – dochter [[p:sharmila]] wil bewind, mw zelf ook ok. machtiging klaar.
[[p:nowicki]] ([[p:zbigniew]]) – wond beter, [[p:ruud]] 2x/wk ipv 3x. aanmelding ipse: wachtlijst.
fam [[p:yilmaz]] – zitting [[d:2 okt]], ik ga niet mee, [[p:soufiane]] wel
""")
add(r"""
Besluitenlijst zorgoverleg Scheveningen, [[d:17 maart 2025]]
1. Dhr. [[p:V.]]: HH ingezet, evaluatie over 3 maanden ([[d:16 juni]]).
2. Dhr. [[p:K.]]: sinds [[d:3 maart]] in opvang {{o:Kessler}}, uitkering aangevraagd, ID-kaart opgehaald.
3. Fam. [[p:Romano]]: kinderbijslag loopt weer via {{o:SVB}} (dossier SVB [[z:4471-2290]]).
""")
add(r"""
MDO agenda-punt voor volgende week: mw [[p:Bouzid]] [[p:Khadija]] – via [[p:Abena]]
""")


# ---------------------------------------------------------------------------
# 10. Mixed: partner minutes, letters after MDO, look-alikes with some PII
# ---------------------------------------------------------------------------
add(r"""
Verslag MDO {{w:Spoorwijk}} [[d:ma 16 september 2024]]
Aanwezig: [[p:Marieke de Vos]], [[p:Soufiane Bakkali]], [[p:Ruud Winter]], [[p:Esra Koç]], [[p:Hanna Tekle]] ({{r:cultuursensitief werker}}, {{o:Stichting Mooi}})

1. [[p:Tesfamariam]] ([[p:Yohannes]]), 24, Eritrees
Alleenstaande statushouder, woont sinds 2 jr op [[a:Rijswijkseweg 212-4]]. Studeert niet meer, slaapt overdag, drinkt. [[p:Hanna]] kent de gemeenschap: veel jongens met trauma, schaamte rond GGZ.
Besluit: [[p:Hanna]] + [[p:RW]] huisbezoek; laagdrempelig aanbod via {{o:Stichting Mooi}} (voetbal, maaltijd). Geen GGZ-verwijzing forceren.

2. [[p:Lewandowski]] (Fairwork-casus): loon deels uitbetaald (€ 1.450 van € 2.800). Nieuwe kamer [[a:Paets van Troostwijkstraat 17]]? – [[p:SB]] checkt of dat geen illegale kamerverhuur is.

3. Rondvraag: [[p:EK]] heeft scholing LVB-signalering op [[d:8 oktober]], zaal 3.04.
Volgende MDO [[d:30-9]].
""")
add(r"""
Geachte heer [[p:Stan]],

Op [[d:18 maart 2025]] is uw situatie besproken in het multidisciplinair overleg van het sociaal wijkzorgteam {{w:Escamp}}. U heeft daarvoor toestemming gegeven. Wij hebben afgesproken dat mevrouw [[p:J. Verbeek]], {{r:wijkverpleegkundige}}, u op [[d:dinsdag 25 maart]] om 11.00 uur thuis komt bezoeken op de [[a:Thomsonlaan 88-boven]].

Heeft u vragen? Bel dan met uw vaste contactpersoon, de heer [[p:B. Amrani]], telefoon [[t:06 3820 1947]].

Met vriendelijke groet,
[[p:G. Hoek]]
{{r:casusregisseur}}
Sociaal Wijkzorgteam {{w:Escamp}}, Postbus 12600, 2500 DJ Den Haag
""")
add(r"""
Verslag MDO {{w:Laakkwartier}} – [[d:30 september]]
Geen nieuwe casussen.
Voortgang:
- [[p:Tesfamariam]]: huisbezoek [[d:24/9]] gedaan, [[p:Yohannes]] was thuis en liet ons binnen. Komt donderdag naar de maaltijd. 
- [[p:Lewandowski]]: kamer is via erkend verhuurder, ok. Afsluiten na laatste betaling.
- [[p:Jagroep]]: bewind uitgesproken per [[d:24-9-2024]], {{o:Budgetflow}} is bewindvoerder.
Overig: wijkcentrum {{o:De Oase}} zoekt vrijwilligers voor het taalcafé (di 19.00–21.00).
""")
add(r"""
Vastgesteld verslag – MDO [[d:9 april 2025]] – SWT {{w:Segbroek}}
Aanwezig: [[p:J. van Dam]], [[p:K. Lie]], [[p:N. Benali]], [[p:J. Oosterhuis]] (not.), [[p:C. Wong]] ({{o:Stichting Chinese Ouderen}})
Punt 1: mw. [[p:Lin]] ([[p:Lin Mei Hua]], 79), [[a:Valkenboslaan 140]]
Mw. spreekt Kantonees, zoon woont in Londen. [[p:Wong]] bezoekt haar wekelijks als vrijwilliger. Problemen: eenzaamheid, brieven gemeente niet begrepen, openstaande aanslag gemeentebelastingen € 384,-.
Besluit: kwijtschelding aanvragen ([[p:KL]]), [[p:Wong]] helpt bij vertalen.
Punt 2: dhr. [[p:Stefanov]]: slaapt in auto, [[d:8/4]] aangesproken bij Zuiderpark. Wil hulp. Aanmelding {{o:Centraal Onthaal}} (Leger des Heils) gedaan.
""")
add(r"""
Besluit MDO [[d:24-9-2024]] – mw. [[p:Aksoy]]
Casemanagement dementie via {{o:Florence}} ([[p:S. Arslan]] is van WZH, dus andere CM: [[p:Tineke Groeneveld]]). Dochter [[p:Elif]] mantelzorger, krijgt ondersteuning {{o:Mantelzorg Den Haag}}.
""")
add(r"""
Actiepunten bemoeizorg-overleg [[d:26 september]] (themaoverleg, geen casusnamen)
1. Stroomschema OGGZ-melding actualiseren – [[p:Lieke Smit]] – vóór [[d:1 november]]
2. Overzicht wachttijden FACT-teams per stadsdeel – [[p:Mariska Oudshoorn]] – [[d:15-10]]
3. Voorstel inzet ervaringsdeskundigen voor stuurgroep – [[p:Sophie van Houten]] – december
""")
add(r"""
Concept-verslag MDO [[d:do 4 juli]] – Segbroek (door [[p:Jelle]], eerste keer, feedback welkom!)
Aanwezig: [[p:Jasper]], [[p:Kim]], [[p:Nadia]], ik
1. dhr [[p:Bakker]] – vrijwilliger [[p:Gert Zwart]] is gestart. Klikt goed. Dhr heeft zelf de betalingsregeling met de Belastingdienst gebeld (!).
2. fam. [[p:Nguyen]] – moeder thuis uit ziekenhuis. [[p:Mai]] heeft examens gehaald. Jonge mantelzorgers-groep 1x/mnd.
3. dhr [[p:Stefanov]] – opvang [[d:1 juli]]; ID verloren, nieuwe aanvraag Bulgaarse ambassade.
Vakantie: [[p:Kim]] [[d:15/7]]–[[d:2/8]].
""")
add(r"""
Verslag MDO – huisartsenpraktijk {{o:De Vaillant}} ism SWT {{w:Transvaal}}, [[d:14-10-2024]]
aanwezig: {{r:huisarts}} [[p:R. Chaouch]], {{r:POH-GGZ}} [[p:Ewa Nowak]], {{r:POH-S}} [[p:Gita Ramlal]], SWT: [[p:L. Groen]], [[p:R. Ouchan]]
Patiënten (met toestemming):
a) mw. [[p:Mahabir]], 68, diabetes ontregeld, kleinzoon doet boodschappen → [[p:GR]] diëtist, SWT maaltijdvoorziening
b) dhr. [[p:J. Zwaan]], 45, frequente spreekuurbezoeker, eenzaam → SWT [[p:RO]] sociaal netwerk
c) mw. [[p:Öztürk-Yalçın]], 51, angst, man ernstig ziek → [[p:EN]] 5 gesprekken
Volgende praktijk-MDO [[d:13 januari]].
""")
add(r"""
Aan: {{o:Haag Wonen}}, t.a.v. [[p:N. Boukhari]] ({{r:wijkconsulent}})
Betreft: uitkomst MDO [[d:10-09-2024]], huurder [[a:Melis Stokelaan 2104]]

Geachte mevrouw [[p:Boukhari]],
Zoals besproken starten wij een bemoeizorgtraject. Wij verzoeken u de procedure tot huuropzegging aan te houden tot [[d:1 december 2024]]. Wij houden u maandelijks op de hoogte, zonder inhoudelijke details (conform de toestemming van huurder).
Met vriendelijke groet, [[p:G. Hoek]], {{r:casusregisseur}}
""")
add(r"""
[[p:Owusu]] update na MEE-diagnostiek ([[d:4 feb]]): TIQ 68, dus LVB bevestigd. Begeleiding Wmo aangevraagd. [[p:ND]] blijft. Overlast: 0 meldingen in jan.
""")
add(r"""
Overzicht nieuwe aanmeldingen MDO januari (Loosduinen)
| datum aanm. | cliënt | via | toegewezen |
| [[d:3-1]] | dhr. [[p:F. Öztürk]] | HA | [[p:RT]] |
| [[d:8-1]] | mw. [[p:E. Rijkaart]] | zelf (Servicepunt) | [[p:MY]] |
| [[d:15-1]] | Fam. [[p:Brouwer-Diallo]] | school | [[p:CB]] |
| [[d:22-1]] | mw. [[p:Demirel]] | {{o:Vóór Welzijn}} | [[p:TL]] |
""")
add(r"""
Casusoverleg {{w:Houtwijk}} [[d:vr 11 okt]] – aantekeningen
mw [[p:Francisca]] ([[p:Marisol]]), 37, Antilliaans, 3 kinderen. Verhuisd uit Rotterdam zonder uitschrijving, dus nog geen inkomen in DH. [[p:CB]] regelt inschrijving [[a:Pisuissestraat 126]]. Kinderen in {{w:Houtwijk}} op school vanaf [[d:21 oktober]].
zus [[p:Jennifer]] woont vlakbij, helpt met oppas.
""")
add(r"""
Actie uit MDO [[d:11 maart]] (Leyenburg): kennismakingsgesprek [[p:Nora]] met nieuwe {{r:casusregisseur}} [[p:Jurgen Rosalia]] op [[d:18 maart]] om 10.00 uur, [[p:RO]] ({{o:Xtra}}) sluit aan voor warme overdracht. Bellen naar [[p:Nora]]: alleen via [[t:06 12 73 48 90]] (geheim nummer, niet doorgeven).
""")
add(r"""
Check na MDO: alle actiepunten van [[d:5 maart]] afgerond behalve nr. 4 (herindicatie). Reden: systeem Wmo plat op [[d:10/3]] en [[d:11/3]]. Nieuwe deadline [[d:21-3]]. [[p:JvdP]]
""")
add(r"""
Notulen MDO Moerwijk [[d:22 oktober 2024]]
Aanwezig: [[p:GH]], [[p:BA]], [[p:JV]], [[p:TS]], [[p:PN]], [[p:DK]] + [[p:Mirjam Baldewsingh]] ({{r:wijkagent}})
1. Mw. [[p:Schouten]]: FACT betrokken, mw neemt medicatie. Buren tevreden. Voortzetten.
2. Dhr. [[p:Rahimi]]: gaat 2x/wk naar koffieochtend; zoon [[p:Jamal]] uit Utrecht belt vaker. Afsluiten [[d:1/12]].
3. NIEUW – familie [[p:Çiftçi]], [[a:Leyweg 728]]: [[p:Baldewsingh]] meldt ruzies, 3x politie sinds augustus. Kinderen 6 en 9. {{o:VT}} geïnformeerd.
   → [[p:BA]] + [[p:Baldewsingh]] huisbezoek [[d:24-10]].
4. Rondvraag: [[p:PN]] vertrekt per [[d:1 december]] naar {{o:Schuldhulpverlening}} centraal. Opvolger: [[p:Anja Kok]].
""")
add(r"""
Evaluatie casus na 6 mnd (MDO [[d:26-11-2024]]): [[p:Agyeman]], [[p:E.]]
Schulden in regeling ({{o:Kredietbank}}, looptijd 18 mnd). Werkt nog steeds 2 banen maar minder uren bij {{o:PostNL}}. Doel bereikt: rust. Besluit: afsluiten, nazorg-telefoontje over 3 mnd ([[d:26 februari]]) door [[p:Anja]].
""")
add(r"""
Kort verslag crisis-MDO [[d:vrijdag 22 november]] 8.30
Mw. [[p:de Koning]] sinds [[d:20/11]] niet meer aanspreekbaar, eet niet, bewindvoerder [[p:Hagenaars]] heeft haar gevonden in vervuilde woning. dr. [[p:Vermeulen]] tel. aangesloten: verwijzing crisisdienst {{o:Parnassia}}.
Besluit: crisisbeoordeling vandaag. [[p:Ellen]] gaat mee. Kat wordt opgevangen door buurvrouw mevr. [[p:Hoogduin]].
""")
add(r"""
Jaaroverzicht casussen met deelname {{o:Reclassering}} 2024: 7 casussen, 5 positief afgesloten. Uitgelicht: dhr. [[p:K.]] (geb. 1995), opvang -> eigen kamer binnen 5 maanden. Contactpersoon reclassering [[p:H. de Ruiter]].
""")
add(r"""
MDO ouderen {{w:Benoordenhout}} [[d:12 december]]
- mw [[p:van 't Hof]] (93), [[a:Van Alkemadelaan 550 A]] – weigert steeds meer, eet slecht. Dochter [[p:Margriet van 't Hof]] in Canada, belt 1x/wk. → [[p:MB]] + WVP gezamenlijk bezoek.
- dhr [[p:ter Horst]] (88) – bij val thuis 2 dagen op de grond gelegen!! Nu in {{o:HMC}}. Alarmering aanvragen voor ontslag.
- mw [[p:Kleijn-Hoekstra]] – afsluiten.
""")


# ---------------------------------------------------------------------------
# 11. Word-like surnames, lazy typing, more communities
# ---------------------------------------------------------------------------
add(r"""
mdo kort [[d:27/2]]
- dhr [[p:groen]]: deze winter 2x longontsteking, nu thuis. post stapelt zich op. [[p:visser]] (buurman) helpt met boodschappen
- mw [[p:de wit]]: in de hoek van de kamer schimmel, [[p:winter]] (woonconsulent) komt kijken
- [[p:bos]], [[p:koen]]: geen nieuws
""")
add(r"""
Casus dhr. [[p:Post]] ([[p:Wim Post]], 70): de post komt nog steeds op zijn oude adres ([[a:Zuidlarenstraat 34]]) binnen. Doorzending PostNL aangevraagd ([[p:DK]]). Nieuw adres: [[a:Heeswijkplein 11-3]], [[pc:2531 HL]].
""")
add(r"""
MDO [[d:5 december]] – korte notulen (veel afwezig ivm Sinterklaas)
Aanw.: [[p:Frank]], [[p:Meryem]]
- dhr. [[p:de Vos]] ([[p:Ahmed de Vos]], Marokkaans-Nederlands, 59): aanvraag schuldhulp afgerond. Volgende stap: intake [[d:18 december]].
- Rest doorgeschoven naar [[d:19-12]].
""")
add(r"""
Actielijst [[d:14/1]] – {{w:Regentessekwartier}}
[[p:Koning]] (dhr, 81) – HH start ma → [[p:Smit]] ({{r:Wmo}}) controleert
[[p:Schaap]] (mw, 76) – gehoorapparaat, vergoeding {{o:Zorg en Zekerheid}} → [[p:Prins]]
[[p:Kok]] – afgesloten
nb: [[p:Smit]] = [[p:Anneke Smit]] ({{r:Wmo-consulent}}), [[p:Prins]] = [[p:Dennis Prins]] ({{r:MW}})
""")
add(r"""
Verslag MDO {{w:Wateringseveld}} [[d:ma 3 februari]]
aanwezig: [[p:Reshma Autar]], [[p:Tim Zwart]], [[p:Olga Kowalczyk]], [[p:Boudewijn Hamidi]]?? nee – dhr. [[p:Hamidi]] was cliënt, verkeerd genoteerd in vorige presentielijst. Excuus.
1. [[p:Hamidi]] ([[p:Nasir]], 63): verhuisd naar [[a:Wateringse Veld 14]]... eh, adres: [[a:Dedemsvaartweg 988]]. Kennismaking gedaan. Zorg: ernstige COPD, zuurstof. {{r:WVP}} {{o:Buurtzorg}} Wateringseveld komt dagelijks.
2. [[p:Hoekstra]]: 2e urgentie afgewezen. Bezwaar via {{o:Sociaal Raadslieden}} (mr. [[p:Abbas]]).
""")
add(r"""
casus mevrouw [[p:Lopes]] ([[p:Ivone Lopes Tavares]]) – kaapverdiaans, 61, werkt in schoonmaak, vingers kapot (reuma). wil stoppen. geen AOW tot 67. WIA? [[p:Ilyas]] zoekt uit met {{o:UWV}}. man [[p:Jose]] gepensioneerd uit haven.
""")
add(r"""
MDO Schilderswijk [[d:10-02-2025]]
[[z:25-003]] [[p:Azizi]]: bijstand toegekend per [[d:1 februari]]. Achterstallige huur jan+feb (€ 1.340) via bijzondere bijstand. [[p:AŞ]] (CJG) regie kinderen, [[p:RO]] regie volwassene. Oudste dochter [[p:Mahsa]] (14) wil niet meer naar school — schoolmaatschappelijk werk ingeschakeld.
[[z:24-131]] [[p:Owusu]]: begeleiding gestart (Ipse), 4 uur/wk.
""")
add(r"""
Rondvraag MDO: [[p:Joke]] meldt dat dhr. [[p:van Rijn]] afgelopen zaterdag ([[d:20 juli]]) is opgenomen in het {{o:HMC}} na een val. Dochter [[p:Anita]] heeft gebeld ([[t:079-3412876]], Zoetermeer). Casemanager dementie start pas na ontslag.
""")
add(r"""
Casusbespreking (anoniem, t.b.v. intervisie)
Man, 40-50 jaar, {{w:Transvaal}}, verslaafd, woning vervuild, geen contact met familie. Vraag aan de groep: hoe lang blijf je outreachend werken als iemand de deur niet opent? Opbrengst: vaste dag en tijd, briefje achterlaten, samenwerken met {{r:wijkagent}} en {{o:GGD}}. Na 3 maanden evalueren.
""")
add(r"""
Notulen zorgoverleg {{w:Kraayenstein}} – [[d:29-04-2025]]
aanw. [[p:Henk Post]], [[p:Noor Khalil]], [[p:Bianca van Ommen]], [[p:Femke Visser]]
1. [[p:Noori]]: verhuizing gelukt, [[a:Sportlaan 221]] (4-kamer). Baby ([[p:Maryam]]) geboren [[d:2 april]]. Afsluiten.
2. [[p:Lie-A-Kwie]]: logeeropvang werkt, mw. zelf knie-operatie [[d:12 mei]]. In die periode extra zorg moeder via {{o:WZH}}.
3. Nieuw – Dhr. [[p:Janssen]] ([[p:Piet]]), 84, via {{r:huisarts}} dr. [[p:Lubbers]]: verwaarlozing, mogelijk financieel misbruik door neef [[p:Raymond]]. Check bankafschriften ([[i:NL92INGB9246617939]]) met toestemming dhr.
""")
add(r"""
Besluitenlijst MDO Mariahoeve [[d:19 maart 2025]]
B1 dhr. [[p:Brinkman]]: afsluiten per [[d:1 april]], nazorg via {{o:Vóór Welzijn}} maatjesproject.
B2 mw. [[p:de Vos]]: aanmelden bij {{o:Humanitas}} Vriendschappelijk Huisbezoek.
B3 fam. [[p:Hakimi]]: zoon [[p:Omid]] in behandeling, respijt blijft.
B4 nieuwe casus dhr. [[p:Mulder]]: zoon [[p:Wouter]] neemt deel aan volgend MDO ([[d:16-4]]) met toestemming vader.
""")
add(r"""
Presentielijst MDO LVB-netwerk [[d:22 april 2025]]:
[[p:N. Doelwijt]] ✓, [[p:R. Ouchan]] ✓, [[p:K. Tjin-Asjoe]] ✗ (vervangen door [[p:S. Maduro]]), [[p:J. Leito]] ✓
Gast: mw. [[p:Leeflang]] zelf (punt 1) met haar zus [[p:Shirley]].
""")
add(r"""
Uitkomst MDO – bericht aan cliënt (sms, [[d:di 15-10]]):
"Beste [[p:Marisol]], het overleg was goed. [[p:Carla]] belt je donderdag om 10 uur over je uitkering. Groet, SWT {{w:Loosduinen}}"
""")
add(r"""
Afspraken MDO [[d:18-3-2025]] – dhr. [[p:Stan]] ([[p:Nicolae]])
1. [[p:JV]] huisbezoek [[d:25-3]], bloeddruk + medicatie.
2. [[p:BA]] vaste contactpersoon, 1x/week. Roemeenstalige vrijwilliger via {{o:Stichting Romanian Community}}? – [[p:DK]] zoekt uit.
3. Doel: over 3 mnd minder alcohol, afspraak bij HA nagekomen.
""")
add(r"""
Overleg met {{o:Schuldhulpverlening}} ({{o:Gemeente Den Haag}}), telefonisch, n.a.v. MDO
Bellen via het algemene nummer 14 070, doorverbonden met [[p:Sabrina Wijnberg]] (direct: [[t:070 - 752 88 14]]).
Dossier [[p:Jovanović]] heeft nummer [[z:SHV-2024-19927]]. Intake staat op [[d:28 november]] 9.00 uur, Stadhuis aan het Spui, balie 4.
""")
add(r"""
MDO-verslag (vervolg) — stand van zaken per cliënt, SWT {{w:Escamp}}, [[d:10 december 2024]]
| cliënt | casusnr | regie | stand | volgende stap | datum |
|---|---|---|---|---|---|
| [[p:F. Ouahbi]] | [[z:0117]] | [[p:BA]] | regeling loopt | evaluatie | [[d:14-1]] |
| [[p:H. Schouten]] | [[z:0203]] | [[p:GH]] | stabiel | afschalen? | [[d:14-1]] |
| fam. [[p:Çiftçi]] | [[z:0311]] | [[p:BA]] | VT onderzoek | MDO-bespreking | [[d:7-1]] |
| [[p:N. Stan]] | [[z:0347]] | [[p:BA]] | nieuw | intake | [[d:17-12]] |
""")
add(r"""
Vanuit het MDO: [[p:Tanja]] (dakloos, zwanger) heeft nu een plek in de moeder-kindvoorziening van {{o:Leger des Heils}}. Zorgverzekering polisnr [[z:2094481726]] loopt via {{o:Zorg en Zekerheid}}. Kraampakket ligt klaar.
""")
add(r"""
Huisbezoekenlijst n.a.v. MDO [[d:wo 26/3]] (route [[p:JV]] + [[p:BA]])
09.30  [[p:Stan]]          [[a:Thomsonlaan 88-boven]]   [[pc:2565 kz]]
10.30  [[p:Çiftçi]]        [[a:Leyweg 728]]             [[pc:2545GT]]
11.30  [[p:Schouten]]      [[a:Melis Stokelaan 2104]]   [[pc:2541 gm]]
13.00  [[p:Ouahbi]]        [[a:Moerweg 312 B]]          [[pc:2532 CX]]
(sleutelkastje code bij [[p:Schouten]]: niet in verslag zetten, staat in dossier)
""")
add(r"""
Contactlijst externe deelnemers MDO (bijlage bij verslag, niet doorsturen)
[[p:Mariska Oudshoorn]], {{o:Parnassia}} – [[e:m.oudshoorn@parnassia.nl]]
[[p:Hester de Ruiter]], {{o:Reclassering Nederland}} – [[e:h.deruiter@reclassering.nl]]
[[p:Bert Hagenaars]], bewindvoerder – [[e:bert@bewindvoeringhaaglanden.nl]] / [[t:06-4410 2937]]
[[p:Emma Clarke]] – [[e:emma.clarke@icadesk.example.org]]
Algemeen: {{o:Veilig Thuis Haaglanden}} 0800-2000, {{o:GGD Haaglanden}} centrale 088 - 355 01 00
""")
add(r"""
Re: uitnodiging MDO [[d:2 april]]
Dank voor de uitnodiging. Ik kan alleen het eerste half uur, dan moet ik naar de rechtbank. Kunt u dhr. [[p:Kerkhoven]] als eerste agenderen? Mijn mobiel: [[t:06 - 23 11 78 40]].
mr. [[p:L. Vreeswijk]]
advocaat, [[e:l.vreeswijk@vreeswijkadvocaten.nl]]
""")
add(r"""
MDO-besluit [[d:14-01-2025]]: mw. [[p:F. Ouahbi]] gaat over naar beschermingsbewind. Verzoekschrift ingediend door [[p:BA]]; rekening voor vaste lasten [[i:NL49ABNA4870171798]], leefgeldrekening [[i:NL94INGB7414997652]]. Zoon [[p:Yassine Ouahbi]] (mail: [[e:yassine.o@hotmail.com]]) is contactpersoon.
""")


# Identifiers typed wrongly on purpose (still personal data, fail the checksum).
TYPO_OK = {"338819771"}


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


UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
COMPOUND = re.compile(r"(%s)(?:en|ën)(%s)" % ("|".join(UNITS), "|".join(TENS)))


def spoken_to_chars(s):
    """Turn a spoken number sequence ('NL negentien K N A B acht ...') into its
    characters ('NL19KNAB8...'), for verification of spoken BSNs and IBANs."""
    res = []
    for tok in re.findall(r"[0-9A-Za-zÀ-ÿ]+", s):
        low = tok.lower()
        if tok.isdigit():
            res.append(tok)
        elif low in UNITS:
            res.append(str(UNITS[low]))
        elif low in TEENS:
            res.append(str(TEENS[low]))
        elif low in TENS:
            res.append(str(TENS[low]))
        elif COMPOUND.fullmatch(low):
            m = COMPOUND.fullmatch(low)
            res.append(str(TENS[m.group(2)] + UNITS[m.group(1)]))
        else:
            res.append(tok.upper())
    return "".join(res)


def bsn_ok(s):
    d = spoken_to_chars(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = spoken_to_chars(s)
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
                assert bsn_ok(sp["text"]) or sp["text"] in TYPO_OK, ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]) or sp["text"] in TYPO_OK, ("bad iban", sp["text"])
        for bad in ("[[", "]]", "{{", "}}"):
            assert bad not in text, ("markup left", text[:60])
        rows.append({"id": "h124-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout124.jsonl")
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
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)
    print("texts without personal data", sum(1 for r in rows if not r["pii"]))


if __name__ == "__main__":
    main()
