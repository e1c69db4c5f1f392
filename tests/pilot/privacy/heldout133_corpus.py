#!/usr/bin/env python3
"""Held-out corpus 133: the elderly theme (ouderen).

Notes and messages about older clients (75+) between the wijkteam, wijkverpleging,
thuiszorg, casemanagers dementie, the huisarts, mantelzorgers (children, neighbours),
Wmo consultants, the ouderenadviseur, dagbesteding and care homes (verpleeghuis,
verzorgingshuis): overdrachten, zorgplan excerpts, signaleringen of eenzaamheid and
verwaarlozing, falls, medication, relatives sharing a surname, maiden names, dates of
birth written many ways, ages, room numbers, alarm systems and key-safe codes.

Policy choices made here (from the anonymisation README):
  - key-safe (sleutelkluis) codes, room numbers, zorgprofielen, test scores,
    medication doses, amounts, article numbers are NOT personal data;
  - client / subscriber / indication numbers (alarm centre, CIZ, Wmo, ECD) are dossier;
  - an organisation's general number and a PO-box postcode stay unmarked;
  - maiden names are marked as their own person span when written apart.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout133.jsonl next to itself.
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
# 1. Overdrachten wijkverpleging / thuiszorg (ECD notes, SBAR, shift handovers)
# ---------------------------------------------------------------------------
add(r"""
OVERDRACHT AVONDDIENST → NACHTZORG
Client: mw. [[p:A.C. Verhoeven-Kuijpers]] (91 jr), [[a:Kamperfoeliestraat 38]], {{w:Bomenbuurt}}
Sleutelkluis links naast de deur, code 1937 (is ook haar geboortejaar, niet handig, familie weet ervan)
S: mw. was vanavond onrustig, zocht steeds naar haar man (overleden 2019)
B: bekend met Alzheimer, woont alleen, dochter [[p:Marian]] komt di/do
A: geen pijn, temp 37,1, RR 138/82, urine geurt sterk → mogelijk UWI?
R: graag om 23.00 nog even langs, plaswekker staat aan. Morgen urinestick en {{r:huisarts}} bellen.
Groet, [[p:Fenna]] ({{r:verzorgende IG}})
=====
ECD-rapportage {{o:Florence}} Wijkteam {{w:Mariahoeve}}
[[d:14-01]] 08:10 – [[p:Gülsen]]: Dhr. [[p:Hoek]] zat in zijn stoel, had de nacht daar doorgebracht. Bed niet beslapen. Zegt dat hij 'niet meer omhoog kwam'. Geen zichtbaar letsel. Steunkousen aangetrokken, ontbijt klaargezet (hij at 1/2 boterham).
[[d:14-01]] 12:30 – [[p:Gülsen]]: Zoon [[p:Rob Hoek]] gebeld, hij overlegt met zijn zus over een hoog-laagbed. Ik heb {{r:ergotherapeut}} aangevraagd via de {{r:wijkverpleegkundige}}.
[[d:15-01]] 07:55 – [[p:Daan]]: Dhr. lag wel in bed. Goed geslapen volgens hem. Medicatie uit baxterrol ingenomen onder toezicht.
=====
Overdracht bij overname cliënt (team Noord → team Zuid)
Naam: mevrouw [[p:J. Schipper]] ([[p:Jopie]])
Geb.datum: [[d:03/08/1934]]
BSN: [[b:862142064]]
Adres: [[a:Thomsonlaan 112-B]], [[pc:2565 KX]] Den Haag
Huisarts: {{o:Huisartsenpraktijk Segbroek}}, dokter [[p:Brinkman]]
Contactpersoon 1: zoon [[p:Wim Schipper]], [[t:06-41298833]]
Contactpersoon 2: schoondochter [[p:Ineke]], alleen bereikbaar na 17.00 op [[t:070-3259174]]
Zorg: 2x daags ADL (ochtend douchen, avond uitkleden), medicatie 3x daags, steunkousen
Indicatie: 9,5 uur per week, Zvw
Bijzonderheden: sleutelkluis, code 0404. Mw. hoort slecht links, altijd rechts aanspreken. Kat (Poekie) niet naar buiten laten!
=====
Hoi [[p:Samira]], kun jij morgen de vroege van mij overnemen? Route is hetzelfde behalve dat mw [[p:de wit]] op de [[a:Goudenregenstraat 141]] nu om 7.45 wil ipv 8.15 (dagbesteding haalt haar op). Code kluis 3388. Dank je! x [[p:Roos]]
=====
SBAR aan {{r:huisarts}} (via beveiligde mail)
S – Mw. [[p:Fatma Öztürk]], 79 jr, sinds gisteren verward, herkent haar zoon niet
B – DM2, hypertensie, woont bij zoon [[p:Murat Öztürk]] en schoondochter in {{w:Transvaal}}; spreekt vooral Turks
A – glucose 19,8 (normaal rond 8), drinkt slecht, mond droog, temperatuur 38,2
R – verzoek om visite vandaag; familie bereikbaar via [[t:06 28 17 44 90]]
{{r:wijkverpleegkundige}} [[p:Ilona Hendriks]]
=====
nachtzorg rapportage [[d:za 3/2]]
02:40 alarmoproep dhr [[p:Pattiasina]], was naar toilet gegaan en kon niet meer overeind. Samen met collega opgeholpen. Geen pijn. Rollator stond in de gang ipv naast bed, teruggezet.
04:15 opnieuw oproep, alarmknop per ongeluk ingedrukt (draagt hem om de nek, lag erop).
Graag overdragen aan dagdienst: dochter [[p:Yvonne Pattiasina]] wil gebeld worden bij élke val.
=====
Aan: team {{w:Loosduinen}} thuiszorg
Van: [[p:Carla]] – {{r:planner}}
Onderwerp: wijzigingen week 12

- mw. [[p:Kok-Visser]] ({{w:Vogelwijk}}-route): zorg stopt per [[d:20 maart]], verhuist naar {{o:WZH Westhove}}
- dhr. [[p:El Hamdaoui]]: start [[d:maandag 18/3]], ochtendzorg, adres [[a:Margaretha van Hennebergweg 84]]; zoon [[p:Yassine]] tolkt
- echtpaar [[p:Mulder]]: mw. heeft nu ook zorg (wondzorg been), dhr. blijft alleen steunkousen
Vragen? Bel mij op mijn eigen nummer [[t:06-57238811]], niet via het algemene nummer.
=====
Wondzorg-rapport [[d:22.05.2024]]
Cliënt: dhr. [[p:F. Koning]] → mw. [[p:Koning]] (echtgenote) assisteert.
Ulcus cruris li onderbeen, 4 x 3 cm, beslag geel, exsudaat matig. Gereinigd, Aquacel Ag, zwachtel. Dhr. zegt: 'Mijn vrouw is de koning hier, die bepaalt wanneer ik mijn been omhoog leg.' Vrouw bevestigt lachend.
Vervolg: ma-wo-vr. Foto in ECD. Volgende evaluatie met {{r:wondverpleegkundige}} [[d:5 juni]].
=====
zorgplan – onderdeel 'Medicatie'
Probleem: mw. vergeet medicatie in te nemen, vond op [[d:2 april]] 9 volle zakjes van de baxterrol in de keukenla.
Doel: mw. neemt dagelijks haar medicatie in (100%).
Acties:
1. Thuiszorg geeft medicatie 2x per dag aan (08.00 en 18.00)
2. {{r:apotheker}} vragen om medicijndispenser met alarm (CareMate of vergelijkbaar)
3. Zoon [[p:Erik van der Meer]] checkt in het weekend
Evaluatie: over 6 weken, ± half mei
=====
Overdracht ziekenhuis → thuiszorg (transfer)
{{o:HMC Bronovo}}, afd. Geriatrie, kamer 4.17 bed 2
Patiënt: [[p:Bouchtaoui]], [[p:Fadma]]
Geboren: [[d:1-1-1940]] (volgens paspoort; echte geboortedatum onbekend, familie zegt 'ergens in de lente')
Patiëntnummer: [[z:7729105]]
Opname: [[d:28/10]] wegens heupfractuur rechts na val thuis. Operatie [[d:29/10]], goed hersteld.
Ontslag: [[d:vrijdag 8 november]] naar huis, [[a:Van der Vennestraat 17-1]].
Contact: dochter [[p:Naima]] [[t:06-19485522]]; zoon [[p:Mohamed]] woont in Utrecht.
{{r:transferverpleegkundige}}: [[p:M. Dijkstra]], toestel 3341
=====
Hey team, even een heads-up: bij dhr. [[p:Storm]] (Scheveningen, [[a:Keizerstraat 201]]) is de sleutelkluis kapot na de storm van afgelopen weekend. Tijdelijk sleutel bij de buurvrouw op nr. 203, mw. [[p:Koeiman]]. Aanbellen bij haar vóór 8 uur is geen probleem zei ze.
=====
Rapportage [[d:di 11 juni]] – avond
Mw. [[p:Lie]] (86), {{w:Bezuidenhout}}. Haar kleindochter [[p:Mei Lie]] was er, zij vertaalde. Mw. heeft pijn in de rug sinds ze zaterdag het raam wilde lappen (!). Paracetamol 1000mg gegeven volgens schema. Kleindochter vraagt of er hulp bij huishouden kan komen → doorgezet naar {{r:Wmo-consultant}}.
=====
OVERDRACHT WEEKEND
| cliënt | bijzonderheid | sleutel |
| mw. [[p:Jansen-de Graaf]] | antibiotica t/m zo, 3x dd | kluis 7105 |
| dhr. [[p:Ramsaroep]] | zoon [[p:Devendre]] neemt za over, wij alleen zo | zoon |
| mw. [[p:Bos]] (kamer 2 van de aanleunwoning) | val do, blauwe plek heup, alert zijn | balie |
| dhr. & mw. [[p:Winter]] | niks bijzonders | kluis 2288 |
Bij vragen: dienstdoende {{r:wijkverpleegkundige}} via de teamtelefoon.
=====
Dagrapportage thuiszorg {{o:HWW zorg}}
Dhr. [[p:W.J. de Vos]] – [[a:Zuidlarenstraat 57]] – 84 jr
Dhr. vertelde dat zijn broer [[p:Gerrit de Vos]] vorige week is overleden. Hij was er stil van, wilde niet praten. Heeft niet ontbeten. Broer woonde in Zoetermeer, begrafenis is [[d:donderdag 21-11]]. Dhr. wil erheen maar weet niet hoe → gevraagd aan {{r:ouderenadviseur}} of {{o:Stichting Boog}} vervoer kan regelen. Let op stemming komende weken.
=====
Overdracht [[d:31-12-2024]] (oudjaarsdag)
Mw. [[p:Zeegers]] krijgt vanaf nieuwjaar geen avondzorg meer (eigen wens). Dochter heeft dat geregeld met de {{r:wijkverpleegkundige}}. Let op: mw. is bang voor vuurwerk, gordijnen dicht doen en radio aanzetten. Haar buurman [[p:Henk]] (nr. 14) kijkt om 00.30 nog even.
=====
Rapportage medicatie-incident (MIC)
Datum incident: [[d:07-03-2024]], tijd ± 08.20
Cliënt: [[p:Kartosen]], [[p:Sarinah]], cliëntnummer [[z:CL-0048812]]
Wat: ochtendzakje van dhr. [[p:Kartosen]] (echtgenoot, zelfde baxterrol-kleur) aan mw. gegeven. Ontdekt bij de middagronde.
Gevolg: mw. duizelig, RR 98/60. {{r:huisarts}} gebeld, advies: observeren, veel drinken. Om 16.00 RR 121/70.
Maatregel: {{o:apotheek Leyenburg}} gevraagd de rollen met naam in grote letters te bedrukken en verschillende kleuren te gebruiken.
Melder: [[p:N. Boukhari]], {{r:verzorgende IG}}
=====
Mw. [[p:Smit]] heeft nieuwe telefoon. Oude vaste nummer werkt niet meer, nieuw nr dochter: [[t:+31 6 4412 9087]]. Mw. zelf heeft geen mobiel (wil ze niet).
=====
Overdracht aan {{r:casemanager dementie}} [[p:Lotte Brouwer]]
Betreft: dhr. [[p:H.]] ([[p:Harry]]) [[p:Kraai]], *[[d:18-09-1939]], [[a:Appelstraat 230]]
Beste [[p:Lotte]],
zoals besproken: dhr. [[p:Kraai]] laat de laatste maanden steeds vaker het gas aan. Vorige week stond de pan droog te koken. De buurvrouw, mw. [[p:Tahiri]], rook het en heeft ons gebeld. Er is nu een kookplaatbeveiliging besteld via {{o:Wmo}} (kosten € 185 valt niet onder de eigen bijdrage volgens de {{r:Wmo-consultant}}). Dhr. heeft geen kinderen; zijn neef [[p:Sander Kraai]] is gemachtigde.
Mvg, [[p:Annemarie]]
{{r:wijkverpleegkundige}} {{o:Buurtzorg}} {{w:Vruchtenbuurt}}
=====
dagrapport [[d:29/4]]: mw [[p:zwart]] vandaag erg vrolijk, kleinzoon [[p:Jesse]] was er met zijn nieuwe vriendin. Gedoucht, haar gewassen, nagels geknipt. Geen bijzonderheden.
=====
S: Dhr. [[p:Bhagwandin]] (88) is vanochtend om 06.45 gevallen in de badkamer, alarm ging via polsknop naar {{o:Zorgcentrale Haaglanden}}.
B: Eerder gevallen op [[d:12 januari]] en [[d:3 maart]]. Gebruikt Tamsulosine en Furosemide. Woont met echtgenote (dementie) op [[a:Erasmusweg 1170]].
A: Wond op voorhoofd ± 2 cm, gehecht op de HAP. Dhr. is helder. Mw. [[p:Bhagwandin]] kan niet alleen gelaten worden.
R: Dochter [[p:Reshma]] ([[t:06 38 44 91 02]]) komt logeren tot zondag. Valanalyse en medicatiereview aanvragen.
=====
Overdracht thuiszorg — nieuwe cliënt
Naam: [[p:Maria Wójcik]] z.d. [[p:Nowak]]
(Pools; [[p:Nowak]] is meisjesnaam, staat zo in haar paspoort)
Geboortedatum: [[d:12.IV.1942]]
Adres: [[a:Weimarstraat 62-II]], [[pc:2562HA]]
Verzekering: {{o:Zilveren Kruis}}, polisnummer [[z:ZK 104 882 731]]
Taal: Pools, beetje Duits. Schoonzoon [[p:Piotr]] belt voor afspraken.
""")

# ---------------------------------------------------------------------------
# 2. Casemanager dementie, mantelzorgers (mail, app, quoted replies)
# ---------------------------------------------------------------------------
add(r"""
Van: [[e:petra.dewinter@ziggo.nl]]
Aan: [[e:m.sewdien@wzh.nl]]
Onderwerp: RE: mijn vader

Beste mevrouw [[p:Sewdien]],

Dank voor uw bericht. Mijn broer [[p:Kees]] en ik zijn het eens dat papa naar de dagbesteding moet, maar hij wil zelf echt niet. Hij zegt dat het 'voor oude mensen' is (hij is 87...). Kunnen we de eerste keer samen gaan kijken? Ik kan op [[d:woensdag 6 maart]] vrij nemen.

Groetjes,
[[p:Petra de Winter]]

> Op [[d:28 feb. 2024]] om 15:12 schreef [[p:Mahinder Sewdien]] <[[e:m.sewdien@wzh.nl]]>:
> Beste [[p:Petra]], zoals besproken bij het huisbezoek lijkt {{o:dagbesteding De Schakel}} mij een goede plek voor uw vader. Er is plek op dinsdag en vrijdag.
> Met vriendelijke groet, [[p:Mahinder Sewdien]], {{r:casemanager dementie}}
=====
Whatsapp-groep 'Zorg voor mam' (geëxporteerd op verzoek van {{r:casemanager}})
[[d:12-10-23]], 19:02 - [[p:Anouk]]: Mam belde me vandaag 6x om te vragen of het al zondag was
[[d:12-10-23]], 19:05 - [[p:Bart]]: Bij mij 4x. Ze zei ook dat tante [[p:Riet]] langs was geweest maar die is al 2 jaar dood
[[d:12-10-23]], 19:09 - [[p:Anouk]]: 😢 ik bel morgen die [[p:Esther]] van het wijkteam
[[d:12-10-23]], 19:10 - [[p:Marjolein]]: zal ik zaterdag gaan? ik heb dan toch vrij
[[d:12-10-23]], 19:11 - [[p:Bart]]: graag. sleutel ligt in het kluisje, code weet je (1204)
=====
Verslag huisbezoek casemanager dementie
Datum: [[d:17 januari 2025]]
Aanwezig: mw. [[p:L. Rosalia]] (cliënt), haar dochter [[p:Gisela Rosalia]], ondergetekende
Mw. [[p:Rosalia]] (82) woont sinds 1968 in Nederland, komt oorspronkelijk uit Curaçao. Zij spreekt Papiaments en Nederlands door elkaar, het Nederlands neemt af. MMSE vandaag 18/30 (vorig jaar 22/30). Dochter merkt dat mw. 's avonds angstig wordt en dan haar zus op Curaçao belt, soms om 3 uur 's nachts.
Afspraken:
- Telefoon met fotoknoppen (4 vaste nummers) via {{o:Vilans}}-lijst bekijken
- Dochter vraagt bij {{o:SVB}} na of de AOW-korting klopt
- Volgende afspraak over 6 weken
[[p:Jeroen Plas]], {{r:casemanager dementie}} {{o:Parnassia}} {{w:Escamp}}
=====
Hoi [[p:Jeroen]], met [[p:Gisela]]. Mama is vannacht weer buiten geweest, de buurman mr. [[p:Bhola]] vond haar bij de bushalte op de Leyweg in haar nachtjapon. Ik ben er nu. Kun je bellen? [[t:0687403316]]
=====
Beste collega's,

Aanmelding voor het casemanagement dementie, graag in behandeling nemen.

Cliënt: dhr. [[p:Abdelkader Amrani]]
Geb.: [[d:01-07-1944]]
Adres: [[a:Jacob Catsstraat 93]], [[pc:2521 JV]] ({{w:Schilderswijk}})
Tel: [[t:070 - 388 23 60]] (vast, neemt vaak niet op)
Diagnose: vasculaire dementie, gesteld door {{r:geriater}} {{o:HMC}} op [[d:5-12-2024]]
Mantelzorger: echtgenote [[p:Rahma]] (78), spreekt alleen Tarifit. Zoon [[p:Karim Amrani]] ([[t:06 55 10 92 37]], [[e:k.amrani85@hotmail.com]]) regelt de papieren.
Vraag: ondersteuning mantelzorger, uitleg over ziektebeeld in eigen taal, mogelijk dagbesteding.

Met vriendelijke groet,
dr. [[p:S. Vermeulen]], {{r:huisarts}}
=====
Notitie telefoongesprek met mantelzorger
Beller: [[p:Jan-Willem Groen]] (zoon)
Betreft: moeder, mw. [[p:Groen]], °[[d:02-02-1931]]
Dhr. [[p:Groen]] is boos: zijn moeder heeft een 'groene kaart' gekregen van de gemeente (= tijdelijke parkeervergunning voor de mantelzorger) maar die is op naam van zijn zus [[p:Hanneke]], terwijl hij elke dag komt. Uitgelegd dat de zus die heeft aangevraagd. Hij gaat het met zijn zus bespreken. Daarnaast: moeder wordt steeds vergeetachtiger → casemanager dementie loopt al (mw. [[p:Plas]]? nee: [[p:Yasmina El Khatib]]).
=====
Lieve [[p:Carolien]],
Bedankt voor het fijne gesprek van gisteren. Het doet me goed dat ik niet de enige ben die het soms niet meer weet met [[p:Frits]]. Vanavond had hij weer zijn jas aan om 'naar kantoor' te gaan, hij is al 25 jaar met pensioen. Ik heb gedaan wat u zei: meegaan in zijn verhaal en dan een kop koffie voorstellen. Het werkte!!
Groet, [[p:Tineke van Rijn]]
(mantelzorger van [[p:Frits van Rijn]], [[a:Lorentzplein 12]])
=====
Aan de {{r:casemanager dementie}}:
Mijn moeder heet [[p:Gül Arslan]], maar op alle papieren staat [[p:Gülizar Arslan-Yavuz]]. Haar geboortedatum in het systeem is 00-00-1938 omdat ze die niet weet. Kan dat een probleem geven bij de aanvraag voor de {{o:CIZ}}? Ik ben haar dochter [[p:Derya]] en mijn nummer is [[t:06-2033 7615]].
=====
MDO dementienetwerk {{w:Haagse Hout}} – [[d:do 13-06]]
Aanwezig: {{r:huisarts}} [[p:Van Leeuwen]], {{r:POH-ouderen}} [[p:Karin]], {{r:casemanager}} [[p:Yasmina]], {{r:wijkverpleegkundige}} [[p:Ilse]], {{r:specialist ouderengeneeskunde}} dr. [[p:Chen]]
1. Mw. [[p:Hoogland]] (93): toename gedragsproblemen, schreeuwt 's nachts. Wlz-aanvraag is ingediend [[d:3 juni]], CIZ-nummer [[z:CIZ-2024-551903]]. Wachten op plek, voorkeur {{o:Saffier}} vanwege ligging bij dochter.
2. Dhr. [[p:Mangroe]] (81): nieuwe cliënt, nog geen diagnose. Familie weigert voorlopig onderzoek.
3. Echtpaar [[p:de Bruin]]: mw. zorgt voor dhr., is zelf ook aan het dementeren? Actie: {{r:POH}} maakt afspraak voor mw.
Volgende MDO: [[d:11 juli]].
=====
Beste [[p:Sanne]], ik weet niet of u mij nog kent, ik ben de buurvrouw van mevr. [[p:Hoogland]] op de eerste etage. Ik hoor haar de hele nacht roepen, ik maak me echt zorgen. Haar dochter woont in Breda en komt maar eens in de twee weken. Ik wil niet bemoeiziek zijn maar dit kan zo niet. Gr. [[p:Ria Zomer]]
=====
Reactie op bovenstaande:
Dag mevrouw [[p:Zomer]], dank voor uw bericht en uw betrokkenheid. Ik ga er direct mee aan de slag en neem contact op met de familie. Ik kan u helaas niets vertellen over de zorg van uw buurvrouw vanwege privacy, maar ik waardeer het zeer dat u ons heeft geïnformeerd. Hartelijke groet, [[p:Sanne Vink]], {{r:wijkverpleegkundige}}.
=====
Aantekeningen mantelzorgcafé ({{o:Alzheimer Café}} {{w:Ypenburg}}) – anoniem verslag voor de nieuwsbrief
Thema: 'Wanneer is het genoeg?' Ongeveer 30 bezoekers, waarvan 22 mantelzorgers. Een dochter vertelde dat zij al drie jaar elke avond bij haar moeder eet. Een echtgenoot (86) zei dat hij liever zelf gaat dan dat zijn vrouw naar een verpleeghuis moet. De {{r:specialist ouderengeneeskunde}} legde uit wat een Wlz-indicatie inhoudt en hoe lang de wachttijden in de regio nu zijn (gemiddeld 4 tot 9 maanden). Volgende keer: 'Praten met je huisarts over het levenseinde'.
=====
Transcript voicemail (automatisch):
"ja hallo met [[p:Ans Mulder]] ik bel voor mijn moeder mevrouw [[p:Kerkhoven]] die ligt nu in het {{o:Haga}} op de afdeling geriatrie en ze mag dinsdag naar een revalidatieplek maar we weten nog niet waar ik ben bereikbaar op nul zes... [[t:06 14 72 58 30]] dank u"
=====
Zorgplan – domein 'Sociaal netwerk'
Mw. [[p:Doelwijt]] heeft drie kinderen:
- [[p:Ronald Doelwijt]], woont in Paramaribo, belt elke zondag
- [[p:Ingrid Doelwijt]], woont in Zoetermeer, komt 1x per week (boodschappen, post)
- [[p:Marcel]], contact verbroken sinds 2015
Daarnaast bezoekt zuster [[p:Hilda]] van de kerk (Evangelische Broedergemeente) haar maandelijks.
Risico: overbelasting [[p:Ingrid]] (werkt fulltime, eigen gezin).
Actie: aanmelden {{o:Mantelzorg Den Haag}} voor mantelzorgondersteuning [[p:Ingrid]] → reeds gedaan op [[d:9-9]].
=====
Hallo mevrouw, ik ben [[p:Wiesława]], ik werk bij meneer [[p:van den Heuvel]] als huishoudelijke hulp via PGB. Sinds een paar weken hij vraagt altijd wie ik ben en hij denkt dat ik geld pak. Gisteren hij belde politie. Ik wil niet meer alleen daar. Zijn zoon [[p:Michiel]] zegt ik moet blijven. Wat moet ik doen? Mijn telefoon [[t:0048 512 309 774]] of [[t:06 8712 3304]]
=====
Beste [[p:Michiel]],
Na het incident met de politie bij je vader heb ik contact gehad met [[p:Wiesława]] en met de {{r:huisarts}}. Het lijkt me verstandig om de PGB-hulp voorlopig alleen te laten werken als jij of je zus [[p:Lisette]] bereikbaar bent. Ik stel voor dat we op [[d:vrijdag 24 mei]] om 10.00 uur met z'n allen bij je vader om tafel gaan. Het {{o:Sociaal Wijkzorgteam Centrum}} (mw. [[p:Abdi]]) sluit ook aan vanwege de vragen over het beheer van zijn geld.
Hartelijke groet,
[[p:Yasmina El Khatib]]
{{r:casemanager dementie}} | {{o:Florence}} | [[t:06 – 1290 4477]]
=====
Kort: dhr. [[p:Wongsodikromo]] (Javaans-Surinaams, 90) is [[d:zaterdag 2 november]] rustig overleden in zijn eigen bed, met zijn vrouw en kinderen om zich heen. De familie was dankbaar voor de palliatieve zorg. Dossier [[z:CMD-1187]] kan worden afgesloten na nazorggesprek met mw. [[p:Wongsodikromo]].
=====
Intake mantelzorgondersteuning
Mantelzorger: [[p:Hüseyin Doğan]], 58, zoon
Zorgvrager: vader [[p:Ali Doğan]], 84, en moeder [[p:Meryem Doğan]], 80 (beiden wonen [[a:Hengelolaan 512]], 3e verdieping zonder lift)
Zorgtaken: dagelijks boodschappen, medicatie uitzetten, vervoer naar ziekenhuis (vader dialyseert 3x per week in {{o:HMC Antoniushove}}), financiën
Belasting (EDIZ): 7 van 9 → zwaar belast
Eigen situatie: werkt als taxichauffeur, 60 uur p/w, rugklachten
Wensen: respijtzorg, iemand die 1 dag per week het vervoer overneemt, en 'dat mijn broers ook eens iets doen'
Vervolg: aanvraag vervoer via {{o:Wmo}} (Haagse Taxi? nee → {{o:Argonaut}}), verhuisadvies {{o:Haag Wonen}} (benedenwoning)
=====
Oké, even voor de duidelijkheid voor de collega's: er zijn TWEE mevrouw [[p:Visser]]s in mijn caseload, allebei in {{w:Duindorp}}!
- mw. [[p:Trijntje Visser]] ([[d:4-4-1936]]), [[a:Vlielandsestraat 8]] – dementie, dochter [[p:Lenie]]
- mw. [[p:Trijntje Visser-Toet]] ([[d:19-10-1938]]), [[a:Vlielandsestraat 31]] – geen dementie, wel COPD, zoon [[p:Arie]]
Zelfde voornaam, zelfde straat, zijn nichten van elkaar. Graag in rapportage ALTIJD geboortedatum erbij!
=====
Telefoonnotitie: mw. [[p:Lachman]] (dochter van dhr. [[p:Lachman]], 86) belt dat haar vader sinds de nieuwe pillen (Rivastigmine pleister 4,6 mg) veel misselijk is en niet eet. Doorgezet naar {{r:specialist ouderengeneeskunde}}. Terugbellen op [[t:(06) 43 21 98 76]] graag voor 17.00.
=====
Beste {{r:casemanager}},
ik ben de vriendin (niet de partner!) van mevrouw [[p:Kowalczyk]]. Ze heeft geen familie in Nederland. Haar dochter [[p:Agnieszka]] woont in Gdańsk. Ik doe al een jaar haar boodschappen en ga mee naar de dokter. Maar nu zegt de {{o:apotheek}} dat ik de medicijnen niet mag ophalen zonder machtiging. Hoe regel ik dat? Ik heb een kopie van haar ID maar weet niet of dat mag.
Met groet, [[p:Hennie Bakker]], [[a:Valkenboskade 301]]
=====
Notitie: op verzoek van de familie zijn de afspraken met de {{r:casemanager dementie}} verplaatst naar de middag, omdat mevrouw 's ochtends slecht op gang komt. Eerstvolgende gesprek: volgende maand. Geen verdere bijzonderheden.
=====
Van: [[p:Bas Hoek]]
Verzonden: [[d:maandag 3 februari 2025]] 22:47
Onderwerp: Mama

Hoi [[p:Els]],
Mama (mw. [[p:A. Hoek-Brinkman]], kamer 3.14) was vandaag weer heel verdrietig. Ze zegt dat niemand haar bezoekt, maar mijn broer [[p:Dirk]] en ik komen allebei twee keer per week. Kan het team misschien bijhouden wanneer er bezoek is geweest? Dan kunnen we haar dat laten zien. Is dat iets wat jullie vaker doen?
[[p:Bas]]
""")

# ---------------------------------------------------------------------------
# 3. Signaleringen: eenzaamheid, verwaarlozing, financiële uitbuiting
# ---------------------------------------------------------------------------
add(r"""
Signaleringsformulier 'Zorgen om een oudere' – {{o:Stichting MOOI}} {{w:Laak}}
Gemeld door: postbode (wil anoniem blijven)
Naam oudere: dhr. [[p:Pieters]], exact adres onbekend, 'het tweede portiek aan de Neherkade naast de snackbar, 2e verdieping links'
Wat is er aan de hand: brievenbus puilt uit, gordijnen al 10 dagen dicht, vieze geur in het trappenhuis
Actie: {{r:ouderenadviseur}} [[p:Khadija Benali]] is op [[d:woensdag 9 oktober]] samen met de {{r:wijkagent}} langsgegaan. Dhr. deed open, was vermagerd maar aanspreekbaar. Huisnummer blijkt [[a:Neherkade 1422-B]].
=====
Melding via het {{o:Meldpunt Zorg en Overlast}}:
'Mijn buurvrouw mevr. [[p:Tjon A Joe]], een dame van in de 80, wordt volgens mij uitgebuit door haar kleinzoon. Hij komt elke eerste van de maand en dan gaat hij met haar naar de geldautomaat. Daarna heeft ze geen geld meer voor eten en komt ze bij mij brood vragen. Ik woon naast haar op [[a:Pisuissestraat 76]], zij op 78.' Melder: [[p:G. Heemskerk]], [[t:070-3976512]].
=====
Notitie: Huisnummer 78 = [[a:Pisuissestraat 78]], [[pc:2551 TX]]. Cliënt bekend bij ons? Nee. Doorgezet naar {{o:Veilig Thuis}} (ouderenmishandeling, financieel) én ingepland voor huisbezoek met {{r:sociaal werker}}. Naam kleinzoon volgens buurvrouw: '[[p:Dylan]]'.
=====
Hoi, ik ben de bezorger van de maaltijdservice ({{o:Apetito}}). Bij mevrouw [[p:van Dam]] op de [[a:Steenwijklaan 19]] staan nu drie maaltijden onaangeroerd in de koelkast. Ze zegt dat ze 'geen trek' heeft. Ze is heel mager geworden sinds de zomer. Misschien kunnen jullie even kijken? Groet [[p:Ahmed]]
=====
Verslag huisbezoek signalering eenzaamheid
Mw. [[p:Goedhart]] (89) woont sinds het overlijden van haar man (2021) alleen in een te grote eengezinswoning in {{w:Benoordenhout}}. Ze heeft één zoon in Australië. Ze vertelt dat haar enige aanspraak de kassière van de Albert Heijn is. Ze kijkt veel tv en 'praat met de radio'. Score De Jong Gierveld: 9 van 11 (ernstig eenzaam).
Mw. staat open voor:
- {{o:Zilverlijn}} (telefooncirkel)
- maatjesproject {{o:Humanitas}}
- misschien de eettafel in {{o:wijkcentrum Bronovo-Nebo}}? twijfelt
Niet open voor: verhuizen, dagbesteding ('ik ben niet gek')
Opgesteld door [[p:Lieke Verbeek]], {{r:ouderenadviseur}} {{o:Vóór Welzijn}}
=====
urgente signalering!!
dhr [[p:Ramkisoen]], [[a:Laakweg 77-3]], 92 jr
vandaag aangetroffen door de woonconsultant van {{o:Staedion}}: woning zeer ernstig vervuild, ratten in de keuken, dhr. slaapt in zijn stoel omdat het bed onder de spullen ligt. Verwardheid, kent eigen geboortedatum niet meer. Dochter [[p:Sunita Ramkisoen]] zegt dat ze 'het niet meer trekt' met haar vader en wil geen contact meer.
→ {{o:GGD Haaglanden}} Team Vangnet (bemoeizorg) ingeschakeld, vandaag [[d:16-4]] 14.00 uur gezamenlijk huisbezoek.
=====
Wijkagent [[p:R. de Haan]] meldt: Mevrouw [[p:Sahetapy]] (84, Molukse) is op [[d:14/02]] aangesproken door twee mannen die zich als 'medewerkers van de bank' voordeden. Zij heeft haar pinpas en pincode afgegeven. Er is € 2.400 afgeschreven. Aangifte gedaan. Mw. schaamt zich erg en wil niet dat haar kinderen het weten. Kan het wijkteam nazorg bieden? Mw. woont op de [[a:Erasmusweg 404]], tel. [[t:070 - 329 60 12]].
=====
Via de huisartsenpraktijk (assistente): dhr. [[p:Kılıç]] is al drie keer niet op zijn afspraak gekomen. Normaal komt hij altijd stipt. Telefoon wordt niet opgenomen. Vraag aan wijkteam: kan er iemand langs? Adres in HIS: [[a:Vaalrivierstraat 64]] bovenhuis.
=====
Terugkoppeling: ik ben langs geweest bij dhr. [[p:Kılıç]]. Hij was thuis, had griep gehad en was 'te moe om op te nemen'. Zijn zoon [[p:Emre]] komt nu dagelijks. Geen verdere zorgen. [[p:Joost]] ({{r:sociaal werker}})
=====
Voorbeeld-casus voor de scholing 'Signaleren van verwaarlozing bij ouderen' (volledig geanonimiseerd):
Een alleenstaande man van 83 in een flat in {{w:Zuidwest}} werd door buren gemeld omdat hij al weken in dezelfde kleren liep. Bij het huisbezoek bleek dat zijn wasmachine stuk was en hij niet wist hoe hij een nieuwe moest regelen. Er was geen sprake van dementie. Met hulp van een vrijwilliger van de {{o:Formulierenbrigade}} en een bijdrage uit het {{o:Ouderenfonds}} kwam er binnen twee weken een nieuwe machine. Les: kijk eerst naar praktische oorzaken voordat je aan verwaarlozing denkt.
=====
Aan het {{o:SWT Scheveningen}}
Ik maak me zorgen om mijn oom, [[p:Cornelis]] ([[p:Kees]]) [[p:Bruinsma]], [[a:Duinstraat 44-C]]. Hij is 79 en na de dood van tante [[p:Aaf]] (vorig jaar [[d:23 augustus]]) laat hij zichzelf gaan. Hij drinkt 's middags al, eet alleen brood. Ik woon in Groningen en kan niet vaak komen. Hij mag niet weten dat ik dit schrijf.
[[p:Marieke Bruinsma]]
[[e:marieke.bruinsma@home.nl]] / [[t:050-5771283]]
=====
Signaal uit de buurtpreventie-app (doorgestuurd door bewonerscommissie):
"Wie heeft die oude meneer van 36 gezien? Die met de hond. Hij liep vanochtend om 5 uur in pyjama over straat." → betreft waarschijnlijk dhr. [[p:Tempelman]], [[a:Ockenburghstraat 36]]. Bekend bij {{r:casemanager dementie}} ([[p:Wendy]]). Zij is geïnformeerd.
=====
Signaal: mevrouw (78) in de flat aan de Dedemsvaartweg (huisnummer niet bekend) zit volgens de buren al dagen zonder stroom. {{o:Eneco}} zou de stroom hebben afgesloten wegens een achterstand. Graag checken vandaag. Geen naam bekend.
=====
Gesprek met mw. [[p:Yıldırım]] (76) tijdens de koffieochtend in {{o:buurthuis De Mussen}}: ze vertelt dat haar man ([[p:Kemal]], 81) haar sinds zijn beroerte soms slaat als hij gefrustreerd is. Ze wil geen melding, 'hij kan er niks aan doen'. Afgesproken dat ik haar volgende week bel op het nummer van haar dochter [[p:Serpil]] ([[t:06-3412 5860]]), zodat haar man het niet hoort. Overleg met {{o:Veilig Thuis}} (advies, anoniem) gepland.
=====
Het {{o:Rode Kruis}} belt: hun vrijwilliger bezoekt sinds 2 jaar elke week mw. [[p:Hollander]] in {{w:Moerwijk}}. Mw. heeft nu gezegd dat ze 'klaar is met leven' en stapelt pillen op. Vrijwilliger heeft 14 strips oxazepam in een schoenendoos gezien. Graag met spoed contact met {{r:huisarts}} en {{r:POH-GGZ}}.
""")

# ---------------------------------------------------------------------------
# 4. Vallen, medicatie, huisarts, apotheek, ziekenhuis
# ---------------------------------------------------------------------------
add(r"""
Valincidentmelding
Cliënt: mw. [[p:E. Vos]] – geb. [[d:21 jan. 1933]] – cliëntnr. [[z:100482]]
Plaats: woonkamer, struikelde over het snoer van de staande lamp
Tijd: [[d:25-09-2024]] ± 16.45 uur
Letsel: schaafwond li elleboog, pijn li pols (geen zwelling)
Alarmering: via halszender naar {{o:Zorgcentrale}}, {{r:wijkverpleegkundige}} ter plaatse om 17.10
Maatregel: snoer weggewerkt, advies valpreventie 'In Balans' {{o:Sportief Den Haag}}, {{r:fysiotherapeut}} [[p:Marco Bakker]] gevraagd voor loopanalyse
Familie geïnformeerd: dochter [[p:Anja Vos]] (telefonisch)
=====
Van de apotheek:
Geachte collega,
Bij de medicatiebeoordeling van dhr. [[p:J.P.M. Dekker]] ([[d:14-06-1938]]) vielen ons de volgende punten op:
- gelijktijdig gebruik van oxazepam 10 mg a.n. en temazepam 10 mg z.n. → valrisico
- omeprazol 40 mg al > 5 jaar zonder duidelijke indicatie
- metformine bij eGFR 28
Wij adviseren een gesprek met de {{r:huisarts}}. Medicatieoverzicht bijgevoegd.
Met collegiale groet,
drs. [[p:K. Tan]], {{r:openbaar apotheker}}, {{o:Apotheek Rivierenbuurt}}
=====
notitie POH: dhr [[p:dekker]] belt, hij is zijn 'slaappillen' kwijt en wil nieuwe. laatste uitgifte [[d:2/9]], 30 stuks. Niet herhaald, eerst gesprek met HA. Terugbellen: [[t:070-3647290]] (vast, vrouw neemt op, [[p:Wil]]).
=====
Verwijsbrief (samenvatting)
Aan: {{o:Geriatrie Haga Ziekenhuis}}
Betreft: mevrouw [[p:Amina Yusuf Hassan]], geboren [[d:1 januari 1946]] (officieel), BSN [[b:592419290]]
Adres: [[a:Zuiderparklaan 88]], [[pc:2574 HN]], Den Haag
Reden verwijzing: snel progressief geheugenverlies, 3 vallen in 2 maanden, gewichtsverlies 6 kg
Tolk: Somalisch, via {{o:Tolkcontact}}; dochter [[p:Sahra]] wil bij voorkeur aanwezig zijn
Met vriendelijke groet,
[[p:H. Mahabir]], {{r:huisarts}}
=====
Beste [[p:Mireille]],
Vanmorgen bij mw. [[p:de Haan]] geweest. Zij had gisteren haar Marcoumar dubbel ingenomen (zakje van di en wo). INR vanochtend 5,8. {{o:Trombosedienst}} gebeld, advies: 1 dag overslaan. Dochter [[p:Joke de Haan]] zet nu de medicijnen weer in de weekdoos, maar dat gaat dus mis. Ik stel voor dat we overstappen op medicatiedispenser. Kun jij dat in het MDO van [[d:27/11]] inbrengen?
Groet [[p:Hatice]]
=====
Kort verslag consult ouderengeneeskunde aan huis
Pt: [[p:Gerrit Jan Koster]] (95)
Bekend: hartfalen NYHA III, AF, artrose
Bevindingen: oedeem beide onderbenen tot knie, gewicht +3 kg in 1 week, RR 105/65, pols irregulier 92
Beleid: furosemide ophogen naar 2dd 40 mg, dagelijks wegen (thuiszorg), over 3 dagen nieuw lab
Wilsverklaring besproken: geen reanimatie, geen ziekenhuisopname meer. Niet-reanimeren-penning aanwezig.
Zoon [[p:Hans Koster]] en kleindochter [[p:Marloes Koster]] waren aanwezig en zijn het ermee eens.
=====
Hallo dokter, mijn moeder [[p:Nasrin Sultani]] gebruikt sinds maandag de nieuwe bloeddrukpillen (amlodipine 5mg). Ze is sindsdien heel duizelig en is vanochtend bijna gevallen in de douche. Moet ze stoppen? Ze is 77. Haar geboortedatum is [[d:21.03.1947]]. Groet, [[p:Farid Sultani]] (zoon) [[t:06 2184 6630]]
=====
Uit het HIS (episode 'vallen')
[[d:03-01-2024]] – pte. gevallen thuis, pols li gekneusd. Advies ijs/rust.
[[d:19-02-2024]] – opnieuw gevallen, nu buiten (gladheid). X-pols: geen fractuur.
[[d:07-05-2024]] – dochter meldt 'bijna-vallen' 2x per week. Verwezen naar valpoli {{o:HMC}}.
[[d:22-05-2024]] – valpoli: orthostatische hypotensie bij doxazosine. Gestopt.
[[d:01-07-2024]] – geen vallen meer sinds stop doxazosine. 👍
=====
Medicatieoverzicht (uitdraai, datum [[d:11-11-2024]])
Naam: [[p:Kasanmoentalib]], [[p:R.]]
Geb.datum: [[d:19360605]]
| middel | sterkte | dosering | start |
| Metoprolol | 50 mg | 1dd1 | 2019 |
| Acetylsalicylzuur | 80 mg | 1dd1 | 2019 |
| Simvastatine | 40 mg | 1dd1 a.n. | 2020 |
| Galantamine | 16 mg | 1dd1 | [[d:03-03-2024]] |
| Macrogol | 13,7 g | zn | 2023 |
Apotheek: {{o:Apotheek Zuiderpark}}, tel. algemeen 070-3800000
=====
Mail aan dochter (kopie in dossier):
Beste mevrouw [[p:Wijngaarde]],
Zoals afgesproken stuur ik u hierbij de gegevens van de valpreventiecursus. De cursus start op [[d:donderdag 9 januari 2025]] in {{o:wijkcentrum De Henneberg}} ({{w:Loosduinen}}), 10 lessen van 1,5 uur, kosten € 45 (uw moeder kan dit vergoed krijgen via de aanvullende verzekering). Aanmelden kan via ons algemene nummer 070 - 205 28 70 of via mij.
Met vriendelijke groet,
[[p:Gaby Martina]], {{r:fysiotherapeut}}
=====
Ambulance-overdracht (kort)
Pt. man, 88 jr, [[p:Jozef Lewandowski]], [[a:Loosduinse Hoofdstraat 602]]
Gevonden door dochter op de grond in de slaapkamer, lag daar vermoedelijk sinds gisteravond. Rhabdomyolyse? Onderkoeld 34,9. Pt. heeft personenalarmering maar droeg de knop niet. Vervoerd naar {{o:HMC Westeinde}} SEH.
=====
Beste dr. [[p:Kramer]],
Ik wil graag even laten weten dat mijn vader [[p:Ton de Koning]] (uw patiënt, geb. [[d:8-8-1936]]) per [[d:1 december]] verhuist naar {{o:verpleeghuis Nolenshaghe}}. Zijn nieuwe adres is dan dus niet meer [[a:Sportlaan 1102]]. De {{r:specialist ouderengeneeskunde}} daar neemt de medische zorg over. Wilt u zijn dossier overdragen? Dank voor al die jaren zorg.
Vriendelijke groet, [[p:Ellen de Koning]]
=====
Rapportage {{r:POH-ouderen}} – huisbezoek [[d:ma 20 jan]]
Mw. [[p:Kroon]], 86, {{w:Kijkduin}}. Valrisicoscreening: TUG 19 sec., 2 vallen afgelopen jaar, angst om te vallen (FES-I 14). Gebruikt 9 middelen. Woning: losse kleedjes, drempels, slecht licht op trap. Dochter [[p:Hester]] gaat de kleedjes weghalen (mw. wil dat liever niet: 'die heb ik van mijn moeder'). Vervolg: medicatiereview met {{r:apotheker}}, verwijzing {{r:ergotherapeut}}.
=====
Kopie sms aan dochter:
Goedemiddag mw. [[p:Sarmo]], dit is de praktijk van dokter [[p:Lutgens]]. De uitslag van het bloedonderzoek van uw vader is goed. Hij mag stoppen met de ijzertabletten. Met vriendelijke groet, assistente [[p:Mariska]].
=====
Medicatiefout-analyse (PRISMA-light) – teamoverleg
Wat ging er mis: cliënt kreeg 3 dagen lang geen Sinemet omdat de nieuwe rol bij de buren was bezorgd (huisnummer 12 i.p.v. 21). Buren hebben de doos niet teruggebracht.
Oorzaken: bezorger; ontbrekende controle bij nieuwe rol; cliënt zelf (Parkinson, 80) merkte het niet op.
Verbeteracties: bij start nieuwe rol altijd de datum op de rol controleren; bezorger vragen om handtekening.
(Geen namen in dit verslag, zie MIC-nummer in ECD.)
=====
Hoi [[p:Kim]], lukt het jou om vanavond de insuline bij dhr. [[p:Brouwer]] te geven? Hij zit sinds vandaag op 14 E Lantus i.p.v. 12 E (afspraak {{r:huisarts}} na de hypo van zondag). Glucose graag noteren in het boekje op de koelkast. Sleutel: kluis, code zelfde als bij zijn buurvrouw mw. [[p:Brouwer]] (zus, nr. 17). xx [[p:Loes]]
=====
Verslag telefonisch consult
Beller: dhr. [[p:Ch. Maduro]] (zoon), voor moeder mw. [[p:A. Maduro-Winklaar]], geb. [[d:11-05-1940]], [[a:Herderstraat 27]]
Vraag: moeder heeft sinds 3 dagen een rode, warme, gezwollen onderbeen. Geen koorts.
Advies: vandaag op spreekuur 15.40 uur. Zoon brengt haar.
=====
Valpreventie-checklist (ingevuld met mw. [[p:Dijkhuizen]])
[x] Verlichting trap/gang voldoende – NEE, nachtlampje geplaatst
[x] Losse kleden verwijderd – JA
[x] Handgrepen toilet/douche – besteld via {{o:Wmo}}, aanvraagnummer [[z:WMO-2024-118354]]
[x] Schoeisel – pantoffels zonder hiel → advies dichte pantoffels
[x] Bril actueel – laatste controle 2019 → afspraak opticien
[x] Medicatie gecontroleerd – zie brief apotheek
Ingevuld door: [[p:Koen]] ({{r:wijkverpleegkundige}}) op [[d:8-10-2024]]
""")

# ---------------------------------------------------------------------------
# 5. Wmo: keukentafelgesprek, beschikkingen, hulpmiddelen, eigen bijdrage
# ---------------------------------------------------------------------------
add(r"""
Verslag keukentafelgesprek Wmo
Datum gesprek: [[d:12 maart 2024]]
Aanvrager: mevrouw [[p:H.W. Zwartjes-van Loon]], °[[d:7 juli 1937]]
BSN: [[b:151547117]]
Adres: [[a:Juliana van Stolberglaan 221]], [[pc:2595 CA]] Den Haag
Aanwezig: aanvrager, zoon [[p:P. Zwartjes]], {{r:Wmo-consultant}} [[p:R. Aydemir]]
Hulpvraag: mw. kan de trap naar de slaapkamer niet meer op; slaapt nu op de bank.
Mogelijke oplossingen: traplift (woning is koop, trap recht), of bed beneden. Mw. wil boven blijven slapen.
Conclusie: advies traplift, {{r:ergotherapeut}} komt meten. Eigen bijdrage: maximaal € 21,80 per maand via {{o:CAK}}.
Beschikking volgt binnen 2 weken, kenmerk [[z:2024-WMO-0418833]].
=====
Gemeente Den Haag
Dienst {{o:OCW}}, afdeling Wmo
Postbus 12652, 2500 DP Den Haag

Aan: de heer [[p:M. Öztürk]]
[[a:Goudsbloemlaan 118]]
[[pc:2565 CV]] DEN HAAG

Datum: [[d:2 april 2024]]
Ons kenmerk: [[z:WMO/2024/051188]]
Onderwerp: toekenning scootmobiel

Geachte heer [[p:Öztürk]],
Op [[d:14 maart 2024]] heeft u een melding gedaan voor vervoer in de buurt. Wij kennen u een scootmobiel in bruikleen toe (klasse B, type middelgroot). De leverancier neemt binnen 10 werkdagen contact met u op. Heeft u vragen? Bel dan 14 070.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[[p:J. van Schaik]], teamleider Wmo
=====
Notitie Wmo-consultant: dhr. [[p:Öztürk]] belt, de scootmobiel is geleverd maar hij heeft geen plek om hem op te laden (woont 2-hoog, berging zonder stopcontact). Contact met {{o:Haag Wonen}}: mogelijk stalling in de gezamenlijke fietsenberging. Zoon [[p:Selim]] helpt bij aanvraag.
=====
Keukentafelgesprek – aantekeningen (ruw)
mw [[p:van der zee]], 83, alleen, {{w:Statenkwartier}}, bovenwoning 3 hoog
- hulp bij huishouden: ja, was altijd zelf, nu niet meer (rug)
- boodschappen: buurmeisje [[p:Lotte]] (14) doet ze voor € 5 per keer haha
- financiën: zelf, goed in orde, heeft 'potjes'
- contacten: bridgeclub 1x p/w, nicht [[p:Rianne van der Zee]] in Delft
- valt niet, geen alarm nodig volgens haar
→ advies: HH 2 uur p/w via {{o:Tzorg}}; aanvraag personenalarmering niet nodig
→ let op naam: cliënt is mw. [[p:van der zee]], staat bij BRP als [[p:Van der Zee]], [[p:Geertruida]]
=====
Beste [[p:Robin]],
Hierbij het verzoek om een woonvoorziening voor dhr. en mw. [[p:Chaoui]], [[a:Soestdijksekade 412]] (benedenwoning). Dhr. (81) zit sinds zijn CVA in een rolstoel. Nodig: drempelhulpen, verhoogd toilet, douchestoel en een tilsysteem in de slaapkamer. De woning is van {{o:Vestia}}; zij gaan akkoord met aanpassingen (contactpersoon daar: mw. [[p:El Ouali]], [[t:06-15 88 20 64]]).
Bijgaand rapport ergotherapie.
Groet, [[p:Femke Dijkman]], {{r:Wmo-adviseur}}
=====
CAK factuur – vraag van cliënt (doorgestuurd)
'Ik krijg een rekening van € 109 van het CAK maar ik heb maar 2 uur hulp per week, dat kan toch niet? Mijn rekeningnummer is [[i:NL58RABO4762516069]] en het klantnummer van CAK is [[z:5540 2389 11]]. Mvg [[p:W. Koster]]'
→ antwoord: dit is de eigen bijdrage over 5 perioden samen (5 x € 21,80), het klopt.
=====
Beschikking maatwerkvoorziening – samenvatting voor dossier
Naam: [[p:Tesfamariam]], [[p:Abeba]]
Geboren: [[d:1949-03-15]]
Voorziening: begeleiding individueel, 3 uur per week, {{o:Xtra}}
Ingangsdatum: [[d:01-05-2024]]
Einddatum: [[d:30-04-2025]]
Reden: sociaal isolement na overlijden partner, taalbarrière (Tigrinya), problemen met administratie
Dossiernr.: [[z:WMO-2024-09175]]
=====
Hallo meneer, u had gebeld over de rolstoel van uw moeder. De {{o:Welzorg}}-monteur komt op [[d:vrijdag 18 oktober]] tussen 8.00 en 12.00 uur. Het artikelnummer van het onderdeel is 118-4402-NL (dat hoeft u niet te onthouden). Groet van de afdeling hulpmiddelen, [[p:Nathalie]].
=====
Vraag aan team Wmo ({{w:Leidschenveen-Ypenburg}}):
Klopt het dat een ouder echtpaar (beiden 80+) met een gezamenlijk inkomen boven de € 30.000 meer eigen bijdrage betaalt? Een mantelzorger vroeg het me en ik wist het niet zeker. Geen casus, gewoon een algemene vraag.
=====
Antwoord: Nee, sinds 2019 geldt het abonnementstarief van € 21,80 per maand per huishouden, ongeacht inkomen of vermogen (uitzondering: bepaalde woonvoorzieningen). Zie ook {{o:Wmo-loket}} of de site van het {{o:CAK}}.
=====
Aanvraagformulier personenalarmering (ingevuld door {{r:ouderenadviseur}})
Naam: [[p:Pauline Tjong-Ayong]]
Geboortedatum: [[d:17/12/1936]]
Adres: [[a:Amethisthorst 55]], [[pc:2592 CL]] Den Haag
Telefoon (vast): [[t:070-3478825]]
Contactpersonen (moeten binnen 15 min. ter plaatse kunnen zijn):
1. [[p:Lucien Tjong-Ayong]], zoon, [[a:Amethisthorst 12]], [[t:06 11 48 20 97]]
2. mevr. [[p:D. Veldkamp]], buurvrouw, [[t:070-3471106]]
Sleutel: sleutelkluis, code wordt bij installatie doorgegeven aan de meldkamer
Keuze: zorgopvolging door {{o:SOS International}}? nee → door contactpersonen
Abonnee-/klantnummer (na aansluiting): [[z:PA-204881]]
=====
Email van dochter:
Geachte heer/mevrouw,
Mijn moeder mw. [[p:S. Ramdin-Jagesar]] (BSN [[b:774 698 809]]) heeft in juli 2023 een aanvraag gedaan voor hulp bij het huishouden. We hebben nooit iets gehoord. Ik heb 4x naar 14 070 gebeld. Kunt u dit met voorrang behandelen? Mijn moeder is 88 en heeft kanker.
[[p:Anita Ramdin]]
=====
Terugkoppeling Wmo-consultant aan wijkteam {{w:Vrederust}}:
Voor dhr. [[p:Baldew]] ([[a:Meppelweg 711]]) is de scootmobiel afgewezen: hij heeft geen rijbewijs meer ingeleverd... nee, correctie: hij heeft gezichtsvelduitval (oogarts), daarom is het niet verantwoord. Alternatief: {{o:Haagse Wmo-taxi}} en een driewielfiets. Dhr. is boos, mogelijk bezwaar. Zijn zoon [[p:Vikash]] belt hierover.
""")

# ---------------------------------------------------------------------------
# 6. Ouderenadviseur / welzijn: formulieren, geld, bewind, activiteiten
# ---------------------------------------------------------------------------
add(r"""
Verslag ouderenadviseur – spreekuur {{o:Servicepunt XL}} {{w:Morgenstond}}
Bezoeker: dhr. [[p:Abdellah Ouazzani]] (77), kwam met zijn kleinzoon [[p:Ilias]]
Vraag 1: brief van de {{o:SVB}} over korting op AOW (hij heeft 'maar' 38 jaar in NL gewoond). Uitgelegd: 2% korting per niet-verzekerd jaar. Klopt.
Vraag 2: AIO-aanvulling aangevraagd? Nee → samen formulier ingevuld. Rekeningnummer voor uitbetaling [[i:NL13ABNA5793928860]].
Vraag 3: hij wil in de zomer 4 maanden naar Marokko. Uitgelegd dat AIO dan stopt na 13 weken. Hij gaat erover nadenken.
Vervolg: [[d:dinsdag 4 juni]] 10.30 spreekuur.
=====
Hoi [[p:Mieke]], mevr. [[p:Bakker-Post]] kwam vandaag in paniek langs op het spreekuur met een stapel post. Eén daarvan is een aanmaning van {{o:Ziggo}} van € 312, de rest is reclame. Ze heeft geen kinderen, haar enige broer is 91 en woont in een verpleeghuis. Kan de {{o:Thuisadministratie}} van {{o:Humanitas}} een vrijwilliger sturen? Haar adres: [[a:Kastanjestraat 7a]], [[pc:2565 LE]]. Bellen na 10 uur, ze slaapt uit. gr. [[p:Olga]]
=====
Mentorschap en bewind – overdracht aan nieuwe {{r:mentor}}
Betrokkene: mevrouw [[p:Wilhelmina]] ([[p:Mien]]) [[p:Koolhoven]], geb. [[d:4 november 1929]], verblijft in {{o:Verpleeghuis Duinrust}}, afdeling Zeester, kamer 1.07
Bewindvoerder: {{o:Haags Bewind BV}}, dossier [[z:HB-2019-3340]], contactpersoon [[p:Frank Vermaat]]
Rekening leefgeld: [[i:NL05ASNB8258657702]] t.n.v. [[p:W. Koolhoven]] onder bewind
Familie: geen kinderen. Achterneef [[p:Ruud Koolhoven]] bezoekt 1x per maand, wil geen formele rol.
Afspraken: mentor bespreekt zorgplan 2x per jaar met de {{r:EVV'er}}.
=====
Welzijn op recept – terugkoppeling aan {{r:huisarts}}
Uw patiënt, mevrouw [[p:Yvonne Marchena]], is op [[d:18-04-2024]] bij mij geweest. Zij vertelde dat zij sinds haar pensioen 'geen reden meer heeft om op te staan'. Samen hebben we gekeken naar wat zij leuk vindt: koken, zingen, kinderen. Zij gaat starten als vrijwilliger bij de kookclub van {{o:wijkcentrum Het Lindenhuis}} ({{w:Regentessekwartier}}) en doet mee met het seniorenkoor op woensdag. Ik bel haar over zes weken.
[[p:Dewi Soerjadi]], {{r:welzijnscoach}}
=====
Aanmelding activiteit 'Samen aan tafel' (ingevuld door vrijwilliger)
| naam | adres | vervoer nodig? | dieet |
| mw. [[p:Hoek]] | [[a:Zonnebloemstraat 18]] | ja, rolstoel | suikervrij |
| dhr. [[p:Hoek]] | [[a:Zonnebloemstraat 18]] | ja | geen |
| mw. [[p:Ellen Zijlstra]] | [[a:Heliotroopstraat 5]] | nee | vegetarisch |
| dhr. [[p:R. Sewnath]] | [[a:Heliotroopstraat 9-B]] | nee | geen varkensvlees |
| mw. [[p:Boekhout]] | onbekend, via dhr. [[p:Sewnath]] | ? | ? |
Totaal: 5 (max 12). Prijs € 4,50 p.p., vervoer € 1,50.
=====
Hallo [[p:Dewi]], bedankt voor het regelen van het koor! Mijn tante heeft het heel erg naar haar zin. Zij belde me gisteren en zong een stukje voor door de telefoon 😄. Ik heb wel een vraag: kan zij ook met de Wmo-taxi naar de repetitie? Ze durft niet meer met de tram sinds ze in april viel.
Groet [[p:Chantal Marchena]]
=====
Verslag huisbezoek in het kader van het preventief huisbezoek 75+ (gemeente)
Datum: [[d:wo 11 sept 2024]]
Bezocht: echtpaar [[p:Tang]], [[a:Wagenstraat 66-II]] ({{w:Centrum}}/Chinatown)
Dhr. [[p:Tang Wai Ming]] (82) en mw. [[p:Tang-Chan]] (79). Zoon [[p:Kevin Tang]] vertaalde (Kantonees).
Gezondheid: redelijk. Mw. heeft slechte knieën. Dhr. nog actief in de Chinese ouderenvereniging ({{o:Stichting Chinese Ouderen Den Haag}}).
Wonen: trap steil, geen lift. Zouden graag naar een seniorenwoning in de buurt.
Geld: geen problemen.
Actie: inschrijven {{o:Woonnet Haaglanden}} (zoon doet dat), info over voorrang seniorenwoning meegegeven.
=====
Vraag op het forum van de pilot (thema ouderen):
Hoe gaan jullie om met ouderen die hun rijbewijs willen houden terwijl familie en huisarts vinden dat het niet meer kan? Ik heb nu een meneer van 88 die elke dag naar de markt rijdt. De CBR-keuring is pas over een jaar. Ervaringen?
=====
Reactie: bij ons in {{w:Escamp}} hebben we goede ervaringen met de 'opfriscursus' van {{o:VVN}}. Een rijinstructeur rijdt een keer mee, en de oudere hoort het dan van een buitenstaander. Dat werkt vaak beter dan als de kinderen het zeggen. - [[p:Dennis]] ({{r:ouderenadviseur}})
=====
Notitie: dhr. [[p:Koning]] (*[[d:5 mei 1945]] – 'ik ben geboren op Bevrijdingsdag!') wil een levenstestament laten opstellen. Hij wil zijn dochter [[p:Monique Koning]] en zijn zoon [[p:Ruben Koning]] samen als gevolmachtigden. Doorverwezen naar notariaat; kosten ± € 600-900. Eventueel via {{o:Juridisch Loket}} informatie over toevoeging. Hij wil ook dat zijn buurman [[p:Gerard]] (niet familie) 'iets te zeggen heeft over de kat'.
=====
Verzoek bijzondere bijstand (bijlage bij aanvraag)
Aanvrager: [[p:Svetlana Ivanova]], geb. [[d:28.02.1944]], BSN [[b:966682749]]
Adres: [[a:Marijkestraat 30]], [[pc:2562 JN]]
Gevraagd: vergoeding voor een hoortoestel (eigen bijdrage € 450) en een nieuwe bril
Motivatie ouderenadviseur: mw. leeft van een AOW met AIO-aanvulling, heeft geen vermogen. Door slechthorendheid vereenzaamt zij: zij durft niet meer naar de Russisch-orthodoxe kerk omdat ze de dienst niet kan volgen.
IBAN: [[i:NL24BUNQ2989439141]]
Ondertekend: [[p:M. van Es]], {{r:ouderenadviseur}} {{o:Vóór Welzijn}}
""")

# ---------------------------------------------------------------------------
# 7. Dagbesteding, verpleeghuis, verzorgingshuis (opname, kamers, familie)
# ---------------------------------------------------------------------------
add(r"""
Opname-overdracht thuis → verpleeghuis
Cliënt: [[p:Johanna Cornelia]] ([[p:Annie]]) [[p:de Ruiter-Stam]]
Geboortedatum: [[d:13-10-1932]]
Vorig adres: [[a:Populierstraat 49-1]], [[pc:2565 MJ]]
Nieuw: {{o:WZH Mechropa}}, afd. Lindelaan, kamer 2.14
Opnamedatum: [[d:ma 4 maart 2024]]
Wlz-indicatie: VV5, CIZ-besluit [[d:12-01-2024]]
Eerste contactpersoon: dochter [[p:Margreet de Ruiter]], [[t:06-50 33 18 27]], [[e:margreet.deruiter@xs4all.nl]]
Tweede contactpersoon: zoon [[p:Peter de Ruiter]], woont in Spanje, [[t:+34 611 204 587]]
Gewoontes: drinkt 's ochtends thee met 2 klontjes, wil 's avonds het Journaal van 8 uur zien, bidt voor het eten.
Levensverhaal: was onderwijzeres op een lagere school in het {{w:Regentessekwartier}}, getrouwd met [[p:Jan de Ruiter]] (overl. [[d:19-05-2017]]).
=====
Bericht aan familie via Carenzorgt
Beste familie [[p:Ouhadi]],
Uw vader heeft vandaag meegedaan met het bakken van appeltaart bij de activiteitenbegeleiding. Hij heeft twee stukken gegeten 🙂. Wel was hij vanmiddag wat verward: hij dacht dat hij in Nador was en vroeg naar zijn broer [[p:Hassan]]. We hebben hem gerustgesteld. Groet van [[p:Sylvia]], {{r:EVV'er}} afdeling De Duinroos.
=====
Uit het ECD van het verpleeghuis:
[[d:05-06]] 10:20 – [[p:Petra]] (VIG): mw. [[p:Groenendijk]] (k. 112) heeft haar gebit weer bij mw. [[p:Bos]] (k. 114) op het nachtkastje gelegd. Teruggebracht. Wellicht naam in gebit laten graveren? Navragen bij tandarts.
[[d:05-06]] 15:45 – [[p:Yusuf]] (helpende): familie [[p:Groenendijk]] op bezoek, dochter [[p:Inge]] vraagt naar de uitslag van de MMSE, verwezen naar {{r:psycholoog}}.
=====
Hoi allemaal, vanaf [[d:maandag 7 oktober]] gaat de dagbesteding in {{w:Wateringse Veld}} van 4 naar 5 dagen. Vervoer blijft via {{o:Connexxion}}. Er zijn nog 3 plekken vrij op vrijdag. Aanmelden via de {{r:casemanager dementie}} of het algemene nummer van {{o:Dagbesteding De Zonnewijzer}}. Team dagbesteding
=====
Presentielijst dagbesteding {{o:De Zonnewijzer}}, week 40
| naam | ma | di | wo | do | vr | vervoer |
| [[p:A. Visser]] | x | | x | | x | taxi |
| [[p:B. Visser]] | x | | x | | x | taxi (samen met echtgenote) |
| [[p:K. Haddouchi]] | | x | | x | | zoon brengt |
| [[p:L. Pinas]] | x | x | x | x | x | taxi |
| [[p:G. ter Horst]] | | | x | | | lopend |
Opmerking: dhr. [[p:Pinas]] jarig op [[d:vrijdag 4 oktober]] → taart!
=====
MDO verpleeghuis – cliëntbespreking
Cliënt: mw. [[p:Soekhai]], 94 jr, afdeling Tulp (PG), kamer 0.12
Aanwezig: {{r:specialist ouderengeneeskunde}}, {{r:psycholoog}}, {{r:EVV'er}} [[p:Ramona]], dochter [[p:Shanti Soekhai]], kleinzoon [[p:Ravi]]
Bespreekpunten:
- nachtelijke onrust: mw. loopt de gang op en gaat bij anderen in bed liggen → sensor-mat naast het bed (maatregel in het kader van de Wzd, vrijwillig, dochter akkoord)
- eten: slikproblemen, logopedie adviseert gemalen voeding
- zingeving: mw. bad vroeger veel (hindoeïstisch). Familie brengt een murti en wierook (mag niet branden i.v.m. brandmelders → elektrisch lampje)
Volgende MDO: over 6 maanden (dec 2024)
=====
Aan de afdeling Zonnehoek,
Vanaf vandaag zal mijn moeder mevrouw [[p:van Dijk]] (wed. [[p:Stolk]]) niet meer door mijn zus worden bezocht, zij is verhuisd naar Groningen. Ik ben nu de eerste contactpersoon: [[p:Anneke Stolk]], [[t:06 4312 8834]]. Wilt u dat aanpassen in het systeem?
=====
Bericht van zorgcentrum {{o:De Lindehof}}:
Beste mantelzorgers,
In verband met de griepgolf vragen wij u om bij verkoudheidsklachten niet op bezoek te komen. Op de afdelingen 2 en 3 zijn 14 bewoners ziek. Activiteiten in het restaurant gaan voorlopig niet door. Onze excuses voor het ongemak.
Met vriendelijke groet, het managementteam
=====
Hey [[p:Naima]], kun je even in het systeem kijken wie de 1e contactpersoon is van dhr. [[p:El Idrissi]] (k. 317)? Er staan daar twee zonen met dezelfde naam, [[p:Mohamed El Idrissi]] en [[p:Mohammed El Idrissi]] 😅 en ze geven allebei andere instructies. ([[p:Mohamed]] = [[t:06-1177 4029]], [[p:Mohammed]] = [[t:06-2260 9351]])
=====
Verslag familiegesprek {{o:Zorgcentrum Anton Constandse}}
Datum: [[d:27 februari 2025]]
Bewoner: dhr. [[p:Herman Spaargaren]], app. 312 (somatiek)
Aanwezig: echtgenote [[p:Loes Spaargaren-Valk]], dochter [[p:Marieke Spaargaren]], {{r:zorgcoördinator}} [[p:M. Amrani]], {{r:specialist ouderengeneeskunde}} dr. [[p:F. Hoekstra]]
- Dhr. gaat lichamelijk hard achteruit (gewicht 54 kg, was 72).
- Familie wil geen sondevoeding; dhr. heeft dat eerder zelf ook gezegd (schriftelijke wilsverklaring d.d. [[d:3-3-2015]]).
- Palliatief beleid afgesproken, comfort voorop.
- Mw. [[p:Spaargaren]] mag blijven slapen in de logeerkamer (kamer 0.04).
=====
Afmelding dagbesteding: mw. [[p:Sedney]] komt [[d:dinsdag 12/3]] en [[d:do 14/3]] niet, zij heeft een afspraak bij de oogarts en haar dochter is jarig. Ma komt ze wel. Groet [[p:Tamara]] (kleindochter)
=====
Nachtrapport verzorgingshuis {{o:Huize Oostduin}}
23:10 – app. 14 (dhr. [[p:Spek]]) belt, kan niet slapen, warme melk gebracht.
01:30 – app. 22 (mw. [[p:Plomp]]) alarm, ligt naast bed, geen letsel, geholpen. Val gemeld.
03:00 – ronde, alle bewoners slapen.
05:40 – app. 14 weer, dhr. wil douchen. Gezegd dat het te vroeg is, om 7.00 komt de dagdienst.
Overdracht door [[p:Rachid]], nachtdienst.
=====
Wachtlijstbericht {{o:Zorgkantoor Haaglanden}} (samenvatting door {{r:casemanager}}):
Mw. [[p:Brouwer-Lammers]] staat actief wachtend voor {{o:Saffier De Residentie}} (voorkeur) en {{o:Florence Mariahoeve}} (2e keus). Positie op de wachtlijst: 23. Verwachte wachttijd 6 tot 8 maanden. Overbrugging: extra thuiszorg (nachtzorg) en logeeropvang 1 weekend per maand in {{o:Logeerhuis Het Anker}}. Cliëntnummer zorgkantoor: [[z:ZKH-7781204]].
=====
Bedankkaartje (gescand, voor de teamkamer):
'Lieve zusters en broeders van afdeling 3, dank voor de liefdevolle zorg voor onze moeder en oma [[p:Tonny Verhagen]] in haar laatste weken. Ze heeft altijd gezegd dat kamer 308 'het mooiste uitzicht van Den Haag' had. Familie [[p:Verhagen]]'
=====
Aanmeldformulier dagbesteding
Naam deelnemer: [[p:Hendrik Zwaan]]
Roepnaam: [[p:Henk]]
Geb.: [[d:23-9-'39]]
Adres: [[a:Schenkkade 140]], [[pc:2595 AS]]
Diagnose: Parkinson, beginnende dementie
Interesses: voetbal (ADO!), duiven, klaverjassen
Dieet: diabetes, geen suiker in de koffie
Vervoer: rolstoeltaxi
Contactpersoon: echtgenote [[p:Wil Zwaan]], [[t:070-3837701]]
Huisarts: {{o:Huisartsen Bezuidenhout}}
Aangemeld door: [[p:Yasmina El Khatib]], {{r:casemanager dementie}}, [[d:01/10/2024]]
=====
Incidentmelding (MIC) – agressie
Bewoner k. 2.06 heeft op [[d:zondag 9 februari]] bewoner k. 2.08 geslagen in de huiskamer, tijdens het avondeten. Oorzaak: ruzie om een stoel. Geen letsel. Beide families geïnformeerd. Gedragsvisite psycholoog aangevraagd. (Namen in het ECD, niet in dit formulier op verzoek van de kwaliteitsmedewerker.)
=====
Hallo mevrouw [[p:Vlaar]], met [[p:Joyce]] van de receptie van {{o:De Lindehof}}. Uw moeder heeft een pakketje van {{o:PostNL}} gekregen, maar het is geadresseerd aan haar oude adres op de [[a:Beeklaan 317]] en doorgestuurd. Mogen wij het voor haar openmaken? Of komt u het ophalen? Groet!
=====
Levensboek-fragment (gemaakt met vrijwilliger, met toestemming van de bewoner gedeeld in de huiskamer)
'Ik ben [[p:Gerda]], geboren in Bandoeng in 1936. Mijn vader [[p:Willem Lammerts]] werkte bij de spoorwegen. In de Japanse tijd zaten wij in het kamp Tjideng. In 1950 kwamen we met de boot naar Nederland en woonden eerst in een contractpension in {{w:Scheveningen}}. Ik ben getrouwd met [[p:Robert Tielman]] op [[d:12 juni 1958]]. We kregen drie kinderen: [[p:Eddy]], [[p:Ingrid]] en [[p:Ronnie]].'
=====
Sms van de rolstoeltaxi aan de dagbesteding: "Dhr. [[p:Zwaan]] ([[a:Schenkkade 140]]) deed niet open om 8.50, vrouw zegt hij is ziek. Wij rijden door."
=====
Notitie EVV'er: gesprek met de zoons van dhr. [[p:Yavuz]]. [[p:Ahmet Yavuz]] wil dat zijn vader elke dag gedoucht wordt, [[p:Mustafa Yavuz]] zegt dat zijn vader dat vroeger ook niet deed en dat het hem onrustig maakt. Dhr. zelf zegt 'twee keer per week is genoeg'. We volgen de wens van dhr. en leggen dat vast in het zorgleefplan. Beide zoons geïnformeerd.
=====
Klachtbrief aan de directie (ingekomen [[d:18-10-2024]])
Geachte directie,
Mijn moeder, mevrouw [[p:A. Rijkaard-Holband]], woont sinds een jaar op de afdeling Duinroos, kamer 14. Ik heb al drie keer gemeld dat haar gehoorapparaat kwijt is (het is nu 1,5 week weg), maar niemand voelt zich verantwoordelijk. Een nieuw apparaat kost € 1.400. Ik verwacht dat u dit vergoedt.
Met vriendelijke groet,
[[p:Denise Rijkaard]]
[[a:Kwartellaan 19]]
[[pc:2566 GP]] Den Haag
[[e:d.rijkaard@outlook.com]]
=====
Rooster vrijwilligers bezoekdienst, afdeling Zeester
| dag | vrijwilliger | bewoners |
| maandag | [[p:Hans]] | k. 1.01, 1.03, 1.07 |
| woensdag | [[p:Sevgi]] | k. 1.02, 1.04 |
| vrijdag | [[p:Ton]] & [[p:Marja]] | hele afdeling (zingen) |
""")

# ---------------------------------------------------------------------------
# 8. Korte berichten: app, sms, mail tussen professionals en familie
# ---------------------------------------------------------------------------
add(r"""
mw [[p:hoek]] vandaag 2x gebeld, neemt niet op. morgen langs.
=====
dhr [[p:amrani]] wil ma ipv wo. prima toch?
=====
Ff checken: is dhr. [[p:de Vos]] van de [[a:Zuidlarenstraat 57]] dezelfde als dhr. [[p:de Vos]] die bij jullie in de dagbesteding zit? Ik denk het niet, die is 70 en deze 84.
=====
Reactie: nee klopt, dat is zijn neef [[p:Wim de Vos]], woont in {{w:Moerwijk}}. Toevallig allebei [[p:W.]].
=====
Tnx [[p:Bram]]! Keykluis-code is trouwens veranderd: nu 5-1-9-3 (was 4471). Niet doorgeven aan de schoonmaker pls, de dochter regelt dat zelf.
=====
Goedemorgen, mijn vader [[p:Willem van der Kroft]] heeft gisteren zijn alarmknop in de wc laten vallen 🙈 Werkt niet meer. Kunnen jullie een nieuwe sturen? Klantnummer [[z:88271-A]]. Groet [[p:Sonja]]
=====
Automatisch antwoord: Ik ben afwezig t/m [[d:vrijdag 16 augustus]]. Voor dringende zaken rond casemanagement dementie kunt u contact opnemen met mijn collega [[p:Lotte Brouwer]] ([[t:06-4478 1192]]) of het algemene nummer van {{o:Parnassia}} ouderenpsychiatrie. Met vriendelijke groet, [[p:Jeroen Plas]]
=====
@[[p:Yvonne]] kun je de stukken van mw. [[p:P.]] ({{w:Mariahoeve}}, k. 4) vandaag nog scannen? Die moeten voor het MDO van 14.00 uur.
=====
Beste meneer [[p:Ramsaroep]],
Uw moeder is vanmiddag om 15.20 uur gevallen in haar kamer. Zij heeft geen letsel, de {{r:verpleegkundige}} heeft haar nagekeken. Wij houden haar vannacht extra in de gaten. Als u vragen heeft kunt u de afdeling bellen.
Vriendelijke groet, team Heide
=====
Lieve oma [[p:Jo]] is jarig! 🎂 [[d:17 mei]] wordt ze 100!! De burgemeester komt op bezoek. Jullie zijn allemaal welkom in de grote zaal van {{o:De Lindehof}}, 15.00 uur. Groetjes namens de familie [[p:Koppelaar]]
=====
Beste [[p:Ilse]], de uitslag van de hoortest van mw. [[p:Brinkman]] is binnen: links 60 dB verlies, rechts 45. Audicien is {{o:Schoonenberg}} op de Frederik Hendriklaan. Zou jij haar dochter ([[p:Astrid]]) willen vragen om mee te gaan? Haar nummer: [[t:06 24 91 03 75]].
=====
ok ik ben er om 10 uur. sleutel ligt bij mevr. [[p:Hamid]] op 3, die is altijd thuis. [[p:m.]]
=====
Doorgestuurd bericht -------
Van: [[p:Marloes]] <[[e:marloes.koster@wijkzorg-escamp.nl]]>
Datum: [[d:do 5 dec. 2024]] 09:14
Aan: [[p:Koen Dijkstra]]
> Hoi [[p:Koen]], kun jij vandaag bij dhr. [[p:Koster]] langs? Niet onze opa hoor 😉 (mijn achternaam, geen familie!). Hij woont op de [[a:Beresteinlaan 604]].
Antwoord: doe ik, rond 13u. [[p:K.]]
=====
Bericht via het cliëntportaal:
Goedemiddag, ik zag in het portaal dat de thuiszorg bij mijn vader [[p:G. Nijenhuis]] pas om 11.30 komt. Hij moet om 8.00 zijn prednison hebben! Dit is al de derde keer. Wie kan ik hierover bellen? [[p:L. Nijenhuis]]
=====
hoi [[p:fatima]], dhr [[p:sewnandan]] zegt dat zijn zoon [[p:raj]] morgen komt en dat jij dan niet hoeft. klopt dat? ik heb het niet in de planning staan. gr [[p:anouk]]
=====
Nieuw mobiel nummer van mw. [[p:Kaya]] (dochter van mw. [[p:Kaya]] sr.): [[t:0612-889043]]. Oude vervalt.
=====
Whatsapp van buurvrouw aan {{r:wijkverpleegkundige}}: "Meneer [[p:Tjoa]] van 4B heeft vanochtend de krant niet binnengehaald en de rolluiken zijn nog dicht. Dat is nooit zo. Ik heb geen sleutel. Kunt u kijken?? [[p:Ria]] (4A)"
=====
Mail van zoon aan de thuiszorg:
Hoi,
Vanaf [[d:zaterdag 1 juni]] ben ik 3 weken op vakantie in Turkije. Mijn zus [[p:Sevim Aksoy]] is dan aanspreekpunt voor mijn moeder: [[t:+31 (0)6 3388 1472]], [[e:sevim.aksoy@gmail.com]]. Zij weet de code van het sleutelkastje. Mijn moeder heeft nog genoeg medicijnen tot eind juni.
Groet, [[p:Yusuf Aksoy]]
=====
Kan iemand mij vertellen wat de afkorting 'VV4' betekent? Ik zie het in een brief van het CIZ bij een van mijn cliënten. Nieuw in het team, sorry voor de domme vraag!
=====
Geen domme vraag! VV = Verpleging en Verzorging, 4 is het zorgprofiel ('beschut wonen met intensieve begeleiding en uitgebreide verzorging'). Tegenwoordig 4VV. Het getal zegt iets over de zwaarte, loopt van 4 tot 10.
""")

# ---------------------------------------------------------------------------
# 9. Lijsten en tabellen: signaleringslijsten, caseload, wijkoverleg
# ---------------------------------------------------------------------------
add(r"""
Signaleringslijst wijkoverleg ouderen {{w:Laakkwartier}} – [[d:dinsdag 8 oktober 2024]]
Nr | Naam | Leeftijd | Adres | Signaal | Wie pakt op
1 | mw. [[p:Bennani]] | 81 | [[a:Ketelstraat 12]] | vermagering, eet niet | {{r:wijkverpleegkundige}}
2 | dhr. [[p:Verschoor]] | 90 | [[a:Van Musschenbroekstraat 88-A]] | valt vaak, wil geen alarm | {{r:ouderenadviseur}}
3 | echtpaar [[p:Lopes]] | 77/79 | [[a:Leeghwaterplein 41]] | mantelzorg overbelast | {{r:mantelzorgconsulent}}
4 | mw. [[p:Ivanova]] | 76 | onbekend (via kerk) | eenzaam, taal | {{r:welzijnscoach}}
5 | dhr. [[p:de Bruijn]] | 84 | [[a:Slachthuisstraat 21]] | schulden? post ongeopend | {{o:SWT}} ([[p:Karim]])
=====
Caseload-overzicht {{r:casemanager dementie}} [[p:Y. El Khatib]] per 1e kwartaal (voor teamleider)
- totaal 38 cliënten, waarvan 9 nieuw
- 6 opnames verpleeghuis (gem. wachttijd 5,5 mnd)
- 2 overleden
- 3 crisisopnames
- gemiddelde leeftijd 84,3 jaar (jongste 66, oudste 99)
- 31% van de mantelzorgers scoort 'zwaar belast'
Geen namen in dit overzicht (zie ECD).
=====
Agenda wijknetwerk ouderen {{w:Segbroek}}
10.00 welkom, voorstelronde (nieuwe {{r:POH-ouderen}} {{o:praktijk Fahrenheit}})
10.15 casus (ingebracht door {{o:Buurtzorg}} Segbroek, geanonimiseerd)
10.45 presentatie {{o:Vóór Welzijn}}: nieuwe eettafel in de {{w:Bomenbuurt}}
11.15 rondvraag
11.30 einde
Locatie: {{o:wijkcentrum De Tamarinde}}, zaal 2.03
=====
Controlelijst verhuizing naar verpleeghuis (dhr. [[p:Lindeboom]], verhuisdatum [[d:14 nov.]])
[ ] adreswijziging gemeente (BRP) – doet {{o:verpleeghuis}} i.o.m. familie
[ ] huur opzeggen {{o:Staedion}} – contract [[z:HC-00893341]], opzegtermijn 1 maand
[ ] post doorsturen (PostNL, 3 mnd € 29,95)
[ ] energie, water, internet opzeggen – zoon [[p:Mark Lindeboom]]
[ ] personenalarmering stopzetten – abonneenr. [[z:ZA 31-88217]]
[ ] Wmo-voorzieningen teruggeven (scootmobiel, douchestoel)
[ ] huisarts informeren – dokter [[p:Van den Berg]]
=====
Overzicht telefoonnummers voor de nieuwe medewerker ouderenteam (alleen algemene nummers, persoonlijke nummers staan in Teams):
Wmo-loket gemeente: 14 070
{{o:Zorgcentrale Haaglanden}} meldkamer: 088 - 300 60 00
{{o:Veilig Thuis Haaglanden}}: 0800 - 2000
{{o:Huisartsenpost Den Haag}}: 070 - 346 96 69
{{o:Alzheimer Telefoon}}: 0800 - 5088
Postadres gemeente: Postbus 12600, 2500 DJ Den Haag
=====
Bewonerslijst afdeling Lindelaan (bijgewerkt [[d:01-11-2024]]) – INTERN
k. 2.01 – mw. [[p:J. Hagen]] – 4VV – 1e cp: zoon [[p:Rob]]
k. 2.02 – dhr. [[p:F. Ouwehand]] – 5VV – 1e cp: echtgenote
k. 2.03 – leeg (schoonmaak)
k. 2.04 – mw. [[p:Ch. Lo-A-Njoe]] – 5VV – 1e cp: dochter [[p:Sharon]]
k. 2.05 – mw. [[p:A. de Ruiter-Stam]] – 5VV – 1e cp: dochter [[p:Margreet]]
k. 2.06 – dhr. [[p:H. Bakkenes]] – 6VV – 1e cp: echtgenote [[p:Ria]]
""")

# ---------------------------------------------------------------------------
# 10. Zonder persoonsgegevens, en look-alikes (kamers, codes, scores, bedragen)
# ---------------------------------------------------------------------------
add(r"""
Casusles (geanonimiseerd) – thema ouderen
Een vrouw van 88 met beginnende dementie woonde alleen en weigerde elke vorm van hulp. Haar enige dochter woonde in het buitenland. Pas toen de {{r:wijkverpleegkundige}} via de {{r:huisarts}} aansloot bij haar wekelijkse bezoek aan de markt, kwam er contact. Na drie maanden accepteerde ze hulp bij de medicatie. Les: sluit aan bij het ritme dat iemand al heeft, in plaats van een nieuw ritme op te leggen.
=====
Kamerindeling na de verbouwing (alleen ter info voor de schoonmaakploeg):
Vleugel A: kamers 1.01 t/m 1.12 (somatiek)
Vleugel B: kamers 1.14 t/m 1.28 (PG, gesloten, code deur 2580#)
Vleugel C: kamers 2.01 t/m 2.20, app. 2.21 = logeerkamer
Let op: 1.13 bestaat niet (bijgeloof van de architect 🙂).
=====
Reminder: de sleutelkluizen van {{o:Buurtzorg}} team Noord worden vanaf januari allemaal vervangen door het nieuwe model (Keysafe Pro 2024). De codes blijven hetzelfde. Kosten per kluis € 89,95, vergoed door de zorgverzekeraar bij indicatie.
=====
Valpreventie in cijfers (bron: {{o:VeiligheidNL}}, 2023): elke 5 minuten belandt een 65-plusser na een val op de SEH. 1 op de 3 ouderen valt minstens één keer per jaar. Het aantal dodelijke valongevallen bij 80-plussers is sinds 2000 meer dan verdubbeld. Tip voor het wijkoverleg: bespreek bij élke nieuwe cliënt van 75+ het valrisico.
=====
Medicatielijst standaard (voorbeeld voor de scholing 'medicatie bij ouderen'):
Metoprolol 50 mg 1dd1 – Furosemide 40 mg 1dd1 – Apixaban 5 mg 2dd1 – Paracetamol 500 mg 3dd2 – Movicolon 1dd1 sachet.
Vraag: welke 2 middelen verhogen het valrisico het meest bij een cliënt van 89 met RR 100/60?
=====
Evaluatie pilot 'Ouderen in de wijk', 4 maanden
- 24 teams, 20 deelnemers in de pilotgroep
- 112 signaleringen van eenzaamheid, waarvan 67% binnen 2 weken opgepakt
- 38 huisbezoeken samen met de {{r:casemanager dementie}}
- knelpunt: gegevens delen met de {{r:huisarts}} zonder toestemmingsverklaring
- succes: de koffieochtenden in {{w:Mariahoeve}} en {{w:Moerwijk}}
Het slotevent is in juni.
=====
Vraag van een collega: mag ik de sleutelkluiscode in het ECD zetten? Antwoord van de {{r:privacy officer}}: ja, maar alleen in het afgeschermde veld 'toegang woning', niet in de vrije rapportage. De code is zelf geen persoonsgegeven, maar samen met het adres is het wel gevoelige informatie.
=====
Notitie teamoverleg: afgesproken dat we bij alle cliënten van 80+ die alleen wonen één keer per jaar een gesprek voeren over 'wat als ik val en niemand weet het'. Voorbeeldvragen staan op de teamschijf (map Ouderen > Gespreksleidraad v3.2).
=====
Uitslagen screening (overdracht zonder naam, ter illustratie):
MMSE 21/30 · Kloktekentest 3/5 · GDS-15: 6 · Katz-ADL 4 · TUG 16 sec · BMI 19,2 · MNA-SF 9/14 (risico ondervoeding)
Advies: diëtist, valpreventie, geheugenpoli.
=====
Let op bij declareren: de nieuwe prestatiecodes wijkverpleging zijn 1001 t/m 1014. Code 1005 is 'indiceren en coördineren'. Oude codes (2023) worden na het eerste kwartaal niet meer geaccepteerd door de verzekeraar.
=====
Herinnering voor iedereen: tijdens de hittegolf (vanaf 30 graden) bellen we alle alleenwonende 80-plussers in onze wijk minimaal één keer per dag. Lijst staat klaar in het ECD (filter: leeftijd ≥ 80, woonsituatie 'alleen'). Drinkschema: 1,5 liter per dag, tenzij vochtbeperking.
=====
Om 14.30 uur is het overleg in kamer 3.12 op de derde verdieping van het {{o:Stadhuis}}. Neem je laptop mee. Bus 24 stopt voor de deur.
""")

# ---------------------------------------------------------------------------
# 11. Lange stukken: overdrachtsbrieven, tijdlijnen, verslagen
# ---------------------------------------------------------------------------
add(r"""
OVERDRACHTSBRIEF WIJKVERPLEGING → VERPLEEGHUIS

Cliëntgegevens
Naam: mevrouw [[p:Hanna Al-Khouri]] (roepnaam [[p:Umm Jamil]])
Geboren: [[d:15 augustus 1941]] te Homs (Syrië)
BSN: [[b:803935201]]
Laatste woonadres: [[a:Laan van Meerdervoort 1044]], [[pc:2564 AZ]] Den Haag
Zorgverzekeraar: {{o:CZ}}
Opname per: [[d:vrijdag 22 november 2024]], {{o:Saffier De Schildershoek}}, kamer 3.09

Sociale situatie
Mw. kwam in 2016 met haar zoon [[p:Jamil Al-Khouri]] en diens gezin naar Nederland. Zij woonde bij hen in. Haar man is in Syrië overleden. Mw. spreekt Arabisch, verstaat enkele woorden Nederlands. Zoon is wettelijk vertegenwoordiger (curatele aangevraagd, zaaknummer rechtbank [[z:C/09/671204]]). Schoondochter [[p:Rania]] deed de dagelijkse verzorging tot zij zelf in september 2024 een burn-out kreeg.

Medisch (zie ook brief {{r:huisarts}})
Alzheimer (gediagnosticeerd 2022), DM2 met insuline, hypertensie, artrose knieën. Valt regelmatig (laatst op [[d:2 november]], kneuzing rib).

Verzorging
ADL volledig overnemen. Mw. wil uitsluitend door vrouwen verzorgd worden. Draagt een hoofddoek, ook in bed. Eet halal. Bidt vijf keer per dag (zoon heeft een gebedskleed en kompas meegegeven).

Gedrag
'S avonds angstig, roept om haar man [[p:Abu Jamil]]. Wordt rustig van Arabische muziek (Fairuz) en van de stem van haar kleindochter [[p:Lina]] (spraakberichten op de tablet).

Contact
Zoon [[p:Jamil Al-Khouri]], [[t:06 - 84 40 29 17]], [[e:jamil.alkhouri@gmail.com]]
Kleindochter [[p:Lina Al-Khouri]] (spreekt goed Nederlands), [[t:06-47119358]]

Met collegiale groet,
[[p:Anouk Verbruggen]], {{r:wijkverpleegkundige}} {{o:Buurtzorg}} {{w:Valkenboskwartier}}
=====
Tijdlijn casus echtpaar [[p:Van Wijk]] (voor het MDO)
2019 – dhr. [[p:Theo van Wijk]] (nu 86) krijgt diagnose Parkinson.
2021 – mw. [[p:Annie van Wijk-Brand]] (nu 84) neemt alle zorg op zich. Huishoudelijke hulp via Wmo.
maart 2023 – eerste melding van de buren: mw. schreeuwt tegen dhr. in de tuin.
[[d:12-04-2023]] – huisbezoek {{r:POH-ouderen}}: mw. is uitgeput, slaapt 4 uur per nacht. Geen signalen van fysiek geweld.
[[d:03-05-2023]] – dagbesteding dhr. 2 dagen (ma/do) bij {{o:De Zonnewijzer}}.
juni 2023 – dochter [[p:Carla van Wijk]] (woont in Amersfoort) vraagt om een gesprek, wil dat haar vader naar een verpleeghuis gaat. Mw. weigert.
[[d:21-08-2023]] – dhr. valt van de trap, heupfractuur, opname {{o:HMC Westeinde}}.
[[d:04-09-2023]] – revalidatie in {{o:WZH Waldhof}}.
[[d:15-10-2023]] – dhr. weer naar huis, mét nachtzorg en thuiszorg 3x per dag.
januari 2024 – mw. krijgt zelf een TIA.
[[d:02-02-2024]] – spoedoverleg. Wlz-indicatie dhr. aangevraagd, logeeropvang voor dhr. gestart.
[[d:18-03-2024]] – dhr. opgenomen in {{o:verpleeghuis Waalsdorp}}, kamer 1.16. Mw. bezoekt hem dagelijks met de {{o:Haagse Wmo-taxi}}.
Les: mantelzorger van deze leeftijd veel eerder ontlasten, ook als ze zelf zegt dat het gaat.
=====
Verslag eerste huisbezoek {{r:casemanager dementie}}
Datum: [[d:woensdag 19 juni 2024]], 14.00–15.30 uur
Cliënt: dhr. [[p:Ferdinand Latumahina]], geboren [[d:30-06-1936]] (88 over 11 dagen)
Adres: [[a:Paets van Troostwijkstraat 163]], [[pc:2522 DS]]
Aanwezig: cliënt, echtgenote [[p:Johanna Latumahina-Pesulima]] (83), zoon [[p:Marthinus]] ([[p:Tinus]]) [[p:Latumahina]], ondergetekende

Aanleiding
Verwijzing {{r:huisarts}} na diagnose Alzheimer door geheugenpoli {{o:Bronovo}} op [[d:4 juni]].

Levensloop
Dhr. is geboren op Ambon. Hij diende in het KNIL en kwam in 1951 met zijn ouders naar Nederland, eerst naar woonoord Lunetten in Vught. Hij werkte 40 jaar bij de PTT. Het echtpaar heeft vier kinderen en elf kleinkinderen; er is een hechte band met de Molukse kerk in {{w:Moerwijk}}.

Huidige situatie
Dhr. herhaalt vragen, raakt de weg kwijt in de supermarkt, is zijn pinpas twee keer kwijtgeraakt. Mw. doet het huishouden en de financiën. Zij is nog kwiek maar heeft hartklachten. Zoon [[p:Tinus]] komt dagelijks na zijn werk. Dochter [[p:Grace]] regelt de afspraken (zij werkt zelf in de zorg bij {{o:Florence}}).

Afspraken
1. Ik stuur informatie over de cursus 'Omgaan met dementie' in het Nederlands; de familie leest mee.
2. Aanvraag personenalarmering (dhr. gaat graag alleen wandelen naar het Zuiderpark) – met GPS.
3. Over 4 weken vervolg, dan ook met dochter [[p:Grace]].

Contact familie: [[p:Grace Latumahina]], [[t:06 42 18 73 09]]
=====
Uitgebreide rapportage nachtzorg – week 46 – route {{w:Zuidwest}}
ma: geen bijzonderheden op de route. Om 02.10 alarm via meldkamer bij mw. [[p:Lekkerkerker]] ([[a:Zuidlarenstraat 191]]), was uit bed gegleden, geen letsel, geholpen.
di: mw. [[p:Lekkerkerker]] weer, 03.30. Lijkt een patroon. Gevraagd aan dagdienst om met {{r:huisarts}} te overleggen over de diuretica (die neemt ze 's avonds!).
wo: dhr. [[p:Bouzid]] ([[a:Meppelweg 1002]]) lag in bed met zijn schoenen aan en zijn jas. Zegt dat hij 'naar huis' moet. Zoon [[p:Nordin]] gebeld (afgesproken bij onrust), hij kwam binnen 20 min. Dhr. rustig geworden.
do: sleutelkluis bij mw. [[p:van Gent]] vastgevroren 🥶. Met warm water ontdooid. Code 7777 (!!) → dochter adviseren een andere code te nemen.
vr: geen bijzonderheden.
za: mw. [[p:Lekkerkerker]] 3x alarm. Overleg met {{r:wijkverpleegkundige}} [[p:Sanne]] morgen.
zo: dhr. [[p:Bouzid]] rustig geslapen. Mw. [[p:Lekkerkerker]] geen alarm (furosemide nu 's ochtends, dochter heeft het aangepast).
=====
Verslag MDO ouderen in de wijk, {{w:Bouwlust}}/{{w:Vrederust}}, [[d:donderdag 7 november]]
Aanwezig: {{r:huisarts}} [[p:Sewgobind]], {{r:wijkverpleegkundige}} [[p:Mireille Bakker]], {{r:Wmo-consultant}} [[p:Tom]], {{r:ouderenadviseur}} [[p:Khadija]], {{r:casemanager dementie}} [[p:Jeroen]], {{r:sociaal werker}} [[p:Priscilla]]

1. Dhr. [[p:Nikolov]] (79), [[a:Melis Stokelaan 2121]] – Bulgaars, sinds 2015 in NL bij dochter. Dochter [[p:Elena Nikolova]] is verhuisd naar Sofia. Dhr. is nu alleen, spreekt geen Nederlands, geen huisarts (!). Actie: [[p:Priscilla]] regelt inschrijving huisarts + zorgverzekering (onverzekerd sinds [[d:1 augustus]]).
2. Mw. [[p:Ghebreyesus]] (76) – eenzaam, weinig contact met de Eritrese gemeenschap sinds ruzie in de kerk. [[p:Khadija]] benadert een Tigrinya-sprekende vrijwilliger van {{o:Vluchtelingenwerk}}.
3. Echtpaar [[p:Bhola]] – Wmo-aanvraag traplift afgewezen (huurwoning, verhuizen is de goedkoopste adequate oplossing). Familie wil niet verhuizen. [[p:Tom]] legt de regels nog eens uit; eventueel bezwaar.
4. Mw. [[p:A. de Wit]] (91) en haar zoon [[p:B. de Wit]] (63, LVB) wonen samen. Wie zorgt er voor wie? Zoon doet boodschappen, moeder doet zijn administratie, maar ze ziet slecht. Risico bij uitval van moeder. Actie: [[p:Jeroen]] en [[p:Priscilla]] samen op huisbezoek, {{o:MEE}} betrekken.
Volgende MDO: [[d:5 december]].
=====
Brief van de familie aan de {{r:specialist ouderengeneeskunde}}

Den Haag, [[d:3 januari 2025]]

Geachte dokter [[p:Rahimi]],

Wij, de kinderen van mevrouw [[p:Cornelia Johanna Bakker-de Wit]] (afdeling Duinroos, kamer 211), willen u bedanken voor het gesprek van vorige week. Wij hebben er als familie lang over nagedacht. Onze moeder heeft altijd gezegd dat ze niet 'aan de slangen' wil liggen. Daarom stemmen wij in met het voorstel om de antibiotica te stoppen als de longontsteking terugkomt en alleen nog voor comfort te zorgen.

Wij vragen wel één ding: wilt u ons altijd bellen als het slechter gaat, ook 's nachts? Wij willen er allemaal bij zijn. Onze nummers:
[[p:Kees Bakker]] – [[t:06-12 83 40 55]]
[[p:Joke van Leeuwen-Bakker]] – [[t:06-29 01 74 36]]
[[p:Marianne Bakker]] – [[t:+44 7700 900418]] (woont in Londen, komt zo snel mogelijk)

Met vriendelijke groet, ook namens onze vader [[p:Jan Bakker]] (93), die zelf niet meer kan schrijven,

[[p:Kees Bakker]]
[[a:Reigersbergenweg 12]], [[pc:2272 BH]] Voorburg
""")

# ---------------------------------------------------------------------------
# 12. Gemengd: woordnamen, meisjesnamen, geboortedata in allerlei vormen
# ---------------------------------------------------------------------------
add(r"""
Mw. [[p:Winter]] heeft deze winter al twee keer griep gehad. Griepprik gemist op [[d:18 oktober]] (ziek). Inhaalprik bij de {{r:huisarts}} aangevraagd. Dochter [[p:Sanne Winter]] brengt haar.
=====
Dhr. [[p:Post]] maakt zijn post niet meer open. Er liggen 40+ enveloppen op tafel, o.a. van de {{o:Belastingdienst}} en {{o:Dunea}}. Aanmelding bij {{o:Humanitas Thuisadministratie}} gedaan op [[d:22/5]]. Vrijwilliger [[p:Gijs]] start [[d:wo 29 mei]].
=====
Rapportage: mw. [[p:de Jager]] vertelt dat haar zoon [[p:Arjan]] (ook [[p:de Jager]], woont bij haar in) 's nachts gamet en overdag slaapt. Zij doet alles alleen. Ze is 81. Geen zorgen over geweld, wel over overbelasting.
=====
Dhr. [[p:Vogel]] (90) voert elke ochtend de vogels in het park aan het Sweelinckplein. Hij kent daar iedereen. Hij wil niet naar dagbesteding, 'het park ís mijn dagbesteding'. Prima, we laten het zo. Wel alarmknop mee (GPS).
=====
Overdracht: mw. [[p:Haas]] heeft geen haast, zegt ze zelf 😄 — zorg duurt bij haar altijd 45 i.p.v. 30 min. Graag in de planning aanpassen. Route {{w:Statenkwartier}}, [[a:Conradkade 27]].
=====
Notitie {{r:ouderenadviseur}}: bezoek aan wed. [[p:Russo]] ([[p:Maria Russo-Esposito]], 85), weduwe van een Italiaanse gastarbeider. Zij woont sinds 1964 op de [[a:Kempstraat 302]] in {{w:Transvaal}}. Haar pensioen uit Italië ('pensione INPS') is gestopt omdat er geen 'certificato di esistenza in vita' (attestatie de vita) is ingeleverd. Samen met {{o:Servicepunt XL}} het formulier ingevuld en laten stempelen bij de gemeente. Kleindochter [[p:Giulia]] stuurt het op.
=====
Aanmelding maatjesproject
Naam: [[p:Nguyễn Thị Lan]] (Vietnamees; achternaam = [[p:Nguyễn]], roepnaam [[p:Lan]])
Geboortejaar: 1943
Telefoon: [[t:070 - 3 63 28 14]]
Interesses: tuinieren, kaarten, Vietnamese soep koken
Taal: Vietnamees, Frans, beetje Nederlands
Aangemeld door: buurvrouw [[p:Doris Kuiper]]
=====
Van: [[e:a.owusu@hotmail.nl]]
Onderwerp: daycare for my mother

Dear sir/madam, my mother Mrs. [[p:Akua Owusu]] (born [[d:6th of March 1945]]) lives with me in {{w:Schilderswijk}}. She has dementia and I work nights. Is there a dagbesteding where they speak Twi or English? I was told to ask the wijkteam. My number is [[t:06-17 26 39 51]]. Thank you, [[p:Abena Owusu]]
=====
Antwoord aan mw. [[p:Owusu]] (in het Engels verstuurd): verwezen naar {{o:dagbesteding Sankofa}} in {{w:Laak}} (Afrikaanse ouderen, o.a. Twi-sprekende begeleider). Aanmelding via de {{r:casemanager dementie}}; ik heb het aan [[p:Mahinder]] doorgegeven.
=====
Wijziging gegevens cliënt
Oud: mw. [[p:G. Sital]], [[a:Hoogeveenstraat 95]]
Nieuw: mw. [[p:G. Jhagroe-Sital]] (na huwelijk op 78-jarige leeftijd! 🎉), [[a:Ede Staalstraat 18]], [[pc:2551 VJ]]
Partner: dhr. [[p:R. Jhagroe]] (81)
Ingangsdatum: [[d:1-12-2024]]
=====
Zorgplan evaluatie [[d:05-11-2024]]
Cliënt: [[p:Sophie Kross]], 79, {{w:Rustenburg}}
Doel 1 (mobiliteit): 'Ik wil zelf naar de markt kunnen lopen' – gedeeltelijk behaald, met rollator lukt 200 m.
Doel 2 (eenzaamheid): 'Ik wil meer mensen zien' – behaald, gaat 2x per week naar de Surinaamse ouderensoos van {{o:Stichting Sarnami Hai}}.
Doel 3 (medicatie): 'Ik wil mijn pillen zelf kunnen doen' – niet behaald, medicatierol blijft.
Volgende evaluatie: over 3 maanden.
=====
Dhr. [[p:Bloem]] vroeg of ik bloemen wilde meenemen voor het graf van zijn vrouw ([[p:Truus Bloem-Hartman]], overleden [[d:14 februari 2023]]). Hij kan zelf niet meer naar begraafplaats Oud Eik en Duinen. Ik heb dit doorgegeven aan de vrijwilligerscoördinator van {{o:De Zonnebloem}}.
=====
Notitie {{r:wijkverpleegkundige}}: dhr. [[p:Wolf]], 88, [[a:Thorbeckelaan 440]]. Hond (Bello) is agressief naar de thuiszorg. Afspraak: hond in de keuken tijdens zorg. Zoon [[p:Maarten Wolf]] akkoord.
=====
Geboortedata ter controle (BRP vs. ECD), cliënten met verschillen:
- [[p:E. Rachidi]]: BRP 00-00-1942, ECD [[d:1-7-1942]] → BRP aanhouden
- [[p:T. van Leeuwen]]: BRP [[d:29-02-1940]], ECD [[d:28-02-1940]] → typfout ECD
- [[p:M. Dogan]]: BRP [[d:1938-12-05]], ECD [[d:05-12-1938]] → zelfde, notatie anders
- [[p:A. Zwart]]: BRP [[d:3 sep 1931]], ECD [[d:9 mrt 1931]] → navragen!
=====
hoi [[p:marjan]], de dochter van mw [[p:kuiper]] belde, ze wil graag dat we haar moeder niet meer 'oma' noemen maar gewoon mevrouw [[p:Kuiper]]. graag doorgeven aan het team. gr [[p:ellen]]
=====
Overdracht [[d:vr 8-11]] 17.00
- mw. [[p:Schaap]]: antibiotica gestart (nitrofurantoïne), tot en met [[d:di 12-11]]
- dhr. [[p:Dag]] (ja echt, zo heet hij): nieuw, start [[d:ma 11-11]], [[a:Fahrenheitstraat 612]], ochtendzorg
- mw. [[p:El Ouardi]]: dochter [[p:Hanane]] wil dat we voortaan eerst bellen ([[t:06 3490 1288]])
=====
Bericht van de {{o:Zorgcentrale}} meldkamer aan de {{r:wijkverpleegkundige}}:
Abonnee [[z:Z-4401927]], mw. [[p:Jacoba Vis]], [[a:Kijkduinsestraat 888]]. Alarmoproep 04:17, mw. gevallen, niet in staat op te staan. Contactpersoon 1 (dhr. [[p:P. Vis]], zoon) niet bereikbaar, contactpersoon 2 (mw. [[p:T. Kamphuis]], buurvrouw) ter plaatse 04:35. Graag zorgopvolging.
=====
Verzoek aan de {{r:bewindvoerder}}:
Geachte heer [[p:Okkerse]],
Uw cliënt dhr. [[p:Ramcharan]] ([[d:18-06-1940]]) heeft een nieuwe bril nodig (€ 260). Wilt u dit overmaken naar {{o:Hans Anders}}? Of naar de rekening van de dochter, [[i:NL30ABNA8185039664]], die het heeft voorgeschoten?
Uw dossiernummer: [[z:BW-22-0451]].
Met vriendelijke groet, [[p:Wendy]], {{r:casemanager}}
=====
BSN klopt niet?? Mw. [[p:Benali]] gaf [[b:640127989]] op, maar het systeem weigert. Op haar pas staat [[b:640127988]]. Typfout van de dochter waarschijnlijk.
=====
IBAN voor terugbetaling eigen risico (van de zoon, [[p:Hamza Tahiri]]): [[i:NL56INGB6479602407]]
(eerder stond er [[i:NL56INGB6479602470]], dat was fout overgenomen)
=====
Verslag: keukentafelgesprek echtpaar [[p:Kuipers]] te {{w:Leidschenveen}}. Dhr. [[p:Kuipers]] (80) is de mantelzorger van zijn vrouw [[p:Gonnie]] (78, MS). Zij hebben een aangepaste woning. Dhr. vraagt om huishoudelijke hulp en een keer in de week iemand 'zodat ik naar de biljartclub kan'. Aanvraag HH + respijtzorg (vrijwillige thuishulp {{o:Stichting Boog}}).
=====
Hallo wijkteam. Ik ben [[p:Ahmad Rashid]], zoon van [[p:Khalid Rashid]] (75). Mijn vader is Koerdisch en kent bijna niemand hier. Hij zit de hele dag thuis aan de [[a:Noordpolderkade 198]]. Is er een plek waar Koerdische mannen van zijn leeftijd samenkomen? Ik heb geen tijd om met hem mee te gaan, ik werk bij {{o:PostNL}} in ploegen. mvg. [[p:Ahmad]]
=====
Aanmelding pedicure via thuiszorg: mw. [[p:Zeeman]], [[a:Badhuisstraat 92-2]]. Diabetische voet, moet medisch pedicure. Kosten vergoed uit basisverzekering (zorgprofiel 2). Telefoon dochter [[p:Ellen Zeeman]]: [[t:06.41.22.87.33]].
=====
Vraag aan de {{r:apotheker}}: mw. [[p:Bhaggoe]] (88) kan de tabletten niet meer doorslikken. Kunnen de 7 middelen in drankvorm? Lijst in bijlage. Haar kleindochter [[p:Priya Bhaggoe]] helpt haar thuis en vraagt ook of er een goedkoper alternatief is voor de Rivastigmine.
=====
Notitie: dhr. [[p:Hartman]] (92) wil zijn 'hartmedicijnen' niet meer. 'Ik heb een lang leven gehad.' Weloverwogen besluit, helder, wilsbekwaam volgens {{r:huisarts}}. Gesprek over levenseinde gepland met {{r:huisarts}}, dhr. en zijn nicht [[p:Wilma Hartman]].
=====
Aan: [[e:wijkteam.escamp@denhaag.nl]]
Onderwerp: zorgen om mijn buurman

Goedendag,
Mijn buurman meneer [[p:Ramdas]] van [[a:Hengelolaan 1124]] is 89 en woont alleen. Vorige week ging de brandweer bij hem naar binnen omdat de rookmelder afging: hij was een ei aan het koken en in slaap gevallen. Zijn kinderen wonen in Suriname. Hij heeft geen alarm of iets. Ik wil niet dat er iets ergs gebeurt.
Met vriendelijke groet,
[[p:José Lima Fortes]], [[a:Hengelolaan 1126]]
=====
Reactie van het wijkteam aan dhr. [[p:Lima Fortes]]:
Beste heer [[p:Lima Fortes]], hartelijk dank. Wij nemen contact op met uw buurman en komen bij hem langs. Wij zullen u vanwege zijn privacy niet op de hoogte houden van wat wij bespreken, maar uw zorg is goed aangekomen.
Met vriendelijke groet, [[p:Priscilla Kross]], {{r:sociaal werker}}
=====
Notitie ({{w:Loosduinen}}): dhr. [[p:J. de Jong]] en dhr. [[p:J. de Jong]] – vader (*[[d:12-3-1933]], [[a:Tinaarlostraat 14]]) en zoon (*[[d:22-7-1958]], zelfde adres). Zoon is mantelzorger. LET OP bij het bellen van de huisarts: zelfde naam, zelfde adres, zelfde praktijk. Altijd geboortedatum noemen!
=====
sms van [[t:06-55123098]]: 'Dit is [[p:Lidy]], mijn moeder ligt sinds vanmiddag in het Haga, kamer 6.23, ze is gevallen. Niet komen voor de zorg morgen.'
=====
Hoi, is er iemand die Pashto spreekt? Dhr. [[p:Popal]] (80) is vandaag op de dagbesteding begonnen en we kunnen niet met hem communiceren. Zijn schoondochter [[p:Zarmina Popal]] kan pas na 16.00 uur tolken via de telefoon ([[t:06 - 2914 7738]]).
=====
Jaarlijkse evaluatie Wlz-zorg thuis (volledig pakket thuis) – mw. [[p:W. Koning-Kok]]
Datum: [[d:2 oktober 2024]]
Tevredenheid: 8
Knelpunten: te veel verschillende gezichten in de avond; een vast team wordt gevraagd.
Afspraken: maximaal 6 vaste medewerkers; familie ([[p:Ruud Koning]]) krijgt toegang tot Caren.
""")

# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)

# Deliberately mistyped numbers (realistic typos; still personal data).
BAD_BSN_OK = {"640127989"}
BAD_IBAN_OK = {"NL56INGB6479602470"}


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
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h133-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout133.jsonl")
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
    print("without pii", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
