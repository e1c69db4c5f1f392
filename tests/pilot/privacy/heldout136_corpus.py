#!/usr/bin/env python3
"""Held-out corpus 136: assertive outreach (bemoeizorg / OGGZ) and homelessness.

Street workers' round notes, night-shelter (nachtopvang) registrations and bed lists,
updates in the style of shelter / church / outreach organisations, reports to and from
the Meldpunt Zorg en Overlast, eviction (huisuitzetting) notes, EU migrants with foreign
ID and document numbers, people known by nickname or first name only, guessed or
unknown dates of birth, briefadres at an organisation vs. a person's own address.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk / place, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout136.jsonl next to itself.

Annotation choices for this register:
- a nickname used for a person is a person ("Rooie Kees", "de [[Kapitein]]");
- foreign national ID numbers (PESEL, CNP, EGN), passport / ID-card / document numbers,
  V-numbers and report (melding) numbers are dossier numbers;
- a guessed date of birth with a day in it (01-01-1975 "fictief") is a date, a year or
  "00-00-1968" alone is not;
- the street address of an organisation used as briefadres, a shelter's own address, its
  general phone line and the postcode of its PO box identify nobody and stay unmarked; a
  briefadres at a private person's home is an address.
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

# deliberately mistyped numbers (still personal data)
BAD_BSN = {"70775688", "685398650"}
BAD_IBAN = {"NL17RABO472565380", "NL 95 INGB 7042 9094 71"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Outreach rounds (straatwerk): parks, stations, underpasses
# ---------------------------------------------------------------------------
add(r"""
Ronde {{w:Centrum}} / {{w:Stationsbuurt}} – [[d:di 12-11]] 22:30–01:15
Straatwerkers: [[p:Ruud]] + [[p:Samira]]

- Tunnel onder {{w:Centraal Station}} (kant Bezuidenhoutseweg): 3 pp, o.a. [[p:Rooie Kees]] (bekend, ligt hier sinds okt.), slaapzak doorweekt, nachtopvang aangeboden -> weigert.
- {{w:Koekamp}}: 1 onbekende man ± 50 jr, Pools sprekend, noemt zichzelf [[p:Darek]]. Geen ID bij zich. Kaartje {{o:Barka}} gegeven.
- {{w:HS}} perron 1 achterkant: niemand.
- [[p:Kleine Mo]] zat bij de Lidl op de Stationsweg, dronken, ruzie met beveiliging. Politie was er al.
Totaal 5 contacten, 2 nieuw. Temp. 2 graden, koudweerregeling loopt.
=====
[[d:14/11]] 07:10 onderdoorgang Rijswijkseweg: [[p:jantje]] ligt er weer, niet aanspreekbaar. 112 gebeld, ambu heeft hem meegenomen naar {{o:HMC Westeinde}}. Ik bel vanmiddag de SEH. -[[p:Gerrit]]
=====
Straatwerk {{o:Kessler Stichting}} – dagrapport
Datum: [[d:woensdag 20 november 2024]]
Dienst: vroege ronde 06:00-09:00 ({{r:straatwerker}} [[p:Jasper Hoek]])

{{w:Haagse Bos}} achter de Utrechtsebaan: tentje staat er nog. Bewoner is [[p:Lange Jan]] ([[p:Jan Willem Kuipers]], ± 60, gebdat onbekend, heeft geen BSN bij ons bekend). Hij hoest erg en zegt dat hij 'al weken' koorts heeft. Wil niet naar de {{r:huisarts}}, wel naar de {{o:Straatdokter}} als ik meega. Afgesproken: vrijdag 10:00 ophalen bij de tent.
{{w:Malieveld}}: rustig, wel veel blikjes bij de bankjes, mogelijk nieuwe slaapplek.
Station {{w:Laan van NOI}}: [[p:Krzysztof]] en een vriend slapen in het fietsenhok. Beiden werkzoekend, komen van een uitzendbureau in {{w:Westland}}. Telnr [[p:Krzysztof]]: [[t:+48 512 604 388]].
=====
rondje zuiderpark ma avond. bij de kinderboerderij 2 mannen, 1 bekend: [[p:tito]] (eritrees, ong. 30). andere man wilde geen naam geven. beide weigeren nachtopvang ivm 'te veel gedoe daar'. [[p:tito]] zegt dat zijn papieren bij {{o:Vluchtelingenwerk}} liggen. check bij [[p:hanneke]] morgen.
=====
Ronde Zuid ([[d:vr 22-11]])
{{w:Moerwijk}} – viaduct Lozerlaan/Erasmusweg: leeg, spullen weggehaald door {{o:HMS}}.
{{w:Spoorwijk}} – trafo-huisje naast de Hildebrandplaats: [[p:Dikke Dirk]] + hond. Hond is ziek, [[p:Dirk]] wil alleen hulp als de hond mee mag. Gebeld met {{o:Dierenambulance}}, die komen morgen.
{{w:Leyenburg}} – bushokje voor het ziekenhuis: vrouw ca. 40 jr, verward, praat over 'de straling'. Naam: [[p:Marleen]]? Niet zeker. Melding gedaan bij {{o:Meldpunt Zorg en Overlast}}, nr [[z:MZO-24-11873]].
=====
RONDE STATION HOLLANDS SPOOR — [[d:zaterdag 23 november]] — 23.00 uur
aanwezig: [[p:Nourdin]] ({{r:straatwerker}}), [[p:Hetty]] ({{r:vrijwilliger}} {{o:Straatpastoraat}})
|plek|wie|bijzonderheden|
|hal, bankje bij de AKO|[[p:Blondie]] ([[p:Sandra]])|wacht op haar vriend, heeft nog geen slaapplek; bed geregeld in {{o:De Vliet}}|
|fietsenstalling|2 Roemeense mannen|spreken geen NL/EN; flyer in het Roemeens gegeven|
|tramhalte|[[p:Harrie Winter]]|vraagt om soep, lijkt op gewicht te verliezen|
|onder het spoor Waldorpstraat|niemand|wel matras + dekens|
Koffie + soep uitgedeeld: 11 bekers.
=====
Notitie straatwerk
Vandaag rond 15u [[p:Kapitein]] gesproken bij de vijver in het {{w:Westbroekpark}}. Hij heet eigenlijk [[p:Hendrik de Vos]] en was vroeger echt stuurman op de grote vaart. Heeft zijn woning in {{w:Scheveningen}} verloren (huurachterstand, 2022). Vraag van hem: 'ik wil mijn post terug'. Hij heeft nog post liggen bij zijn oude buurvrouw op de [[a:Badhuisstraat 118]]. Ik probeer met hem een briefadres te regelen.
=====
[[d:25-11]] ochtendronde Bosjes van Pex: niks aangetroffen. Scheveningse Bosjes (kant Ver Huellweg): kampje van 3, opgeruimd door handhaving om 8:40, mensen zijn weggestuurd zonder dat wij gebeld zijn. Gaan we aankaarten in het ketenoverleg.
=====
Van: [[p:Ruud Bakker]]
Aan: team straatwerk
Onderwerp: ronde nacht do/vr

Hoi allen,

Kort: [[p:Rooie Kees]] is er slecht aan toe. Hij zat om 01:30 op de trap van de parkeergarage bij het Spui, kon niet meer opstaan, broek nat. Ambulance wilde hem niet meenemen ('geen medische indicatie'). Uiteindelijk met een taxi naar de nachtopvang gebracht, [[p:Erwin]] van de nachtdienst heeft hem een bed gegeven (bed 23).

Ik heb om 09:00 gebeld met {{o:GGD Haaglanden}}, {{r:arts maatschappelijke zorg}} dr. [[p:Ouali]] komt vandaag kijken. [[p:Kees]] z'n zus [[p:Ria]] wil graag gebeld worden als er iets is: [[t:06-41 27 88 05]].

groet, [[p:Ruud]]
{{r:straatwerker}} {{o:Kessler Stichting}}
[[t:06 2039 8821]]
=====
ronde [[d:26/11]] – geen bijzonderheden. {{w:Centrum}} rustig door de regen, 4 bekenden in de tunnel CS, iedereen al naar de opvang om 21:00.
=====
Ronde park Zorgvliet / {{w:Statenkwartier}}
Geen daklozen aangetroffen. Wel een melding van een buurtbewoner over een man die 's nachts in de portiek van [[a:Frederik Hendriklaan 201]] slaapt. Bewoonster: mevr. [[p:Ten Brink]], [[t:06-2211 4987]]. Wil niet dat haar naam naar de man gaat. Morgen 6 uur gaan kijken.
=====
straat ronde [[d:28-11]] (sam + ikzelf)
- onder de Utrechtsebaan bij de Bezuidenhoutseweg: [[p:Tomek]] en [[p:Pawel]]. [[p:Pawel]] heeft een wond aan zijn been, sterk ontstoken. Morgen met hem naar {{o:Straatdokter}}.
- [[p:Tomek]] wil terug naar Polen. Zijn dowód (ID-kaart) nr [[z:AYK 483920]] heeft hij nog, paspoort kwijt. Doorgezet naar {{o:Barka}} voor terugkeer.
=====
Kessler straatwerk – weekoverzicht wk 48
| dag | plekken | contacten | nieuw | doorverwezen |
|---|---|---|---|---|
| ma | CS, Koekamp, Haagse Bos | 9 | 1 | 1 (nachtopvang) |
| di | HS, Zuiderpark | 6 | 0 | 0 |
| wo | Scheveningen haven, boulevard | 3 | 2 | 1 (Barka) |
| do | CS, Spui, Grote Markt | 11 | 3 | 2 (GGZ) |
| vr | Laakhaven, Binckhorst | 4 | 1 | 0 |
Totaal 33 contacten (vorige week 29). Opvallend: meer jonge mensen (18-23 jr) rond CS.
=====
Binckhorst, woonboot-/bedrijventerrein: 2 campers gespot langs de Zonweg waar mensen in wonen. 1 bewoner gesproken: [[p:Ronald Verhoeven]] (53), woont sinds de scheiding in zijn camper, werkt nog parttime bij een koeriersbedrijf. Wil geen hulp 'van de gemeente' maar wel info over schuldhulp. Tel. [[t:0615922740]]. Zijn ex woont nog in de echtelijke woning op de [[a:Goudenregenstraat 77]], daar komt zijn post.
=====
@[[p:Samira]] kun jij morgen even bij de Grote Kerk kijken? [[p:Ahmed]] van het Straatpastoraat zegt dat daar een jonge vrouw slaapt, heel mager, spreekt Spaans. naam weet hij niet.
=====
Ronde {{w:Scheveningen}} haven, [[d:4 december]]
Op de kade bij de visafslag: [[p:Gintaras]] (Litouwen, ± 45) slaapt in een oud busje zonder kenteken. Werkte tot de zomer op de vissersboot. ID: Litouws paspoort, nr. [[z:24817539]]. Persoonlijke code (asmens kodas) volgens hem [[z:37905141236]]. Wil een plek in de winteropvang, verwezen naar {{o:Centrale Toegang}}.
=====
[[d:5-12]] 22:45 – tunnel CS – [[p:Rooie Kees]] niet aangetroffen. Navraag bij [[p:Blondie]]: hij zou in het ziekenhuis liggen. Klopt, {{o:HMC Bronovo}}, afd. longziekten.
=====
verslagje van mijn eerste meeloopronde (stagiaire [[p:Fenna]]):
we begonnen om 9 uur bij de dagopvang en liepen via het Spui naar het Centraal. Wat me opviel is hoe goed [[p:Nourdin]] iedereen kent, ook mensen die alleen een bijnaam hebben zoals [[p:Professor]], [[p:Sjonnie]] en [[p:Mama Joy]]. [[p:Mama Joy]] komt uit Ghana, ze zit al 9 jaar zonder papieren in Den Haag en slaapt bij verschillende kennissen. Ze verkoopt de straatkrant bij de AH op de Grote Marktstraat. Ik vond het lastig dat niemand een achternaam noemt, maar [[p:Nourdin]] zegt dat dat juist het vertrouwen is.
=====
Melding straatwerk -> bemoeizorg
Cliënt: [[p:Erik]] (achternaam onbekend, mogelijk [[p:Van Leeuwen]])
Geb.: ca. 1972
Verblijfplaats: slaapt afwisselend in de Haagse Bos en onder het viaduct bij de Beatrixlaan
Zorgen: psychotisch (hoort stemmen, praat tegen bomen), sterk vermagerd, slechte voeten
Eerder in zorg: {{o:Parnassia}} ([[p:Erik]] noemt '{{o:Kijkduin}}'), rond 2018
Actie gevraagd: {{o:Team Vangnet en Advies}} graag beoordeling Wvggz
Melder: [[p:Jasper Hoek]], {{r:straatwerker}}, [[e:j.hoek@kesslerstichting.nl]]
=====
korte check stationsplein: lege slaapzak + rugzak onder de fietsenstalling, niemand erbij. Gemeld bij {{o:NS}} beveiliging, niet weggooien.
=====
Ronde [[d:10-12]] (avond) {{w:Transvaal}} / {{w:Schilderswijk}}
Portiek [[a:Paul Krugerlaan 143]]: 2 mannen, een van hen is [[p:Yusuf Kaplan]] (bekend van de inloop). Bewoners hebben geklaagd bij {{o:Haag Wonen}}. [[p:Yusuf]] zegt dat hij uit de woning van zijn broer is gezet, broer woont op de [[a:Hobbemastraat 212]]. Hij heeft recht op opvang maar 'ik ga niet tussen die junks slapen'.
Hoek Vaillantlaan/Hoefkade: niets.
Hobbemaplein: [[p:Sjonnie]] + vriendin, drinken, rustig.
=====
Ronde [[d:12/12]]: bij {{w:HS}} de bekende groep (6). [[p:Ilse]] (22) is zwanger, ± 5 mnd, geen verloskundige. Afspraak gemaakt bij verloskundigenpraktijk {{w:Laak}} op [[d:donderdag 19 december]]. Ik ga mee. Haar moeder woont in {{w:Zoetermeer}}, contact verbroken.
=====
Ochtendronde [[d:ma 16-12]] 06:30-08:30 ({{r:veldwerker}} [[p:Kofi Asante]])
Tunnel CS: [[p:Rooie Kees]] weer terug uit ziekenhuis (!). Hoest nog. Zegt dat hij zichzelf heeft ontslagen. Gebeld met dr. [[p:Ouali]] ({{o:GGD}}), zij komt om 11:00 naar de dagopvang.
Koekamp: [[p:Darek]] en nog een Pool, [[p:Marek Zieliński]], die wil graag werk. PESEL [[p:Marek]]: [[z:87041238173]]. Hij heeft een Poolse bankrekening [[i:PL69168463602500311887741068]] waar zijn laatste loon nog op moest komen. Doorverwezen {{o:FairWork}}.
=====
ronde [[d:18-12]] geannuleerd ivm ziekte, [[p:Samira]] heeft alleen de koffiebus bij CS gedaan (18 bekers).
""")
# ---------------------------------------------------------------------------
# 2. Night shelter: registrations, bed lists, shift handovers
# ---------------------------------------------------------------------------
add(r"""
NACHTOPVANG – BEDDENLIJST [[d:ma 18-11-2024]]
bed	naam	geb.datum	nat.	opm.
1	[[p:Hassan El Ouardi]]	[[d:03-07-1981]]	NL	
2	[[p:Piet Zwart]]	[[d:19-02-1958]]	NL	CPAP mee
3	[[p:Rooie Kees]]	onbekend	NL	laat binnen (23:40) i.o.m. dienst
4	leeg		
5	[[p:Adrian Popa]]	[[d:01-01-1987]] (fictief)	RO	geen BSN, RNI loopt
6	[[p:Wiesław Nowicki]]	[[d:12-04-1979]]	PL	
7	[[p:Abdi]]	± 1995	SO	alleen voornaam bekend
8	[[p:Gerard Visser]]	[[d:30-10-1966]]	NL	diabeet, insuline in koelkast kantoor
Bezetting 7/8. Wachtlijst: 2 (zie schrift).
=====
Overdracht nachtdienst → dagdienst, [[d:19 november]]
- Bed 5 ([[p:Adrian]]) heeft om 03:00 overgegeven, veel gedronken. Gecontroleerd om 04 en 05 uur, slaapt.
- [[p:Gerard]] (bed 8) zijn insuline was op. Apotheek {{w:Stationsbuurt}} gebeld, recept ligt klaar op naam [[p:G. Visser]].
- Meneer [[p:Nowicki]] vroeg naar zijn post. Ligt niet bij ons, hij heeft briefadres bij het {{o:Leger des Heils}}.
- [[p:Piet]] klaagt over bedwantsen, matras bed 2 apart gezet, melden bij facilitair.
Groet [[p:Erwin]]
=====
Inschrijfformulier nachtopvang {{o:De Vliet}}
Achternaam: [[p:Kowalczyk]]
Voornaam: [[p:Agnieszka]]
Roepnaam: [[p:Aga]]
Geboortedatum: [[d:07-09-1990]]
Geboorteplaats: Łódź (PL)
Nationaliteit: Pools
ID-document: Pools paspoort nr. [[z:EM 5521874]], geldig tot 2029
BSN: [[b:339495674]]
Laatste woonadres: [[a:Kamperfoeliestraat 36]] (kamer bij particulier, eruit gezet)
Briefadres: geen
Tel.: [[t:06 87 12 40 33]]
Toegang via: {{o:Centrale Toegang}}, regiobinding nog niet vastgesteld
Opm.: werkte bij distributiecentrum in {{w:Bleiswijk}} tot [[d:1 oktober]], loon deels niet uitbetaald.
=====
bezetting nachtopvang vannacht 42 van 45. 3 weigeringen (geen plek vrouwenunit). Koudweerregeling: extra 12 matrassen in de zaal.
=====
Nachtopvang – incidentenregistratie
Datum/tijd: [[d:20-11-2024]], 02:15
Betrokkenen: [[p:Marco Koning]] (bed 14) en [[p:Dennis]] 'de [[p:Haas]]' [[p:Hazes]] (bed 15)
Wat: ruzie over een telefoonlader, [[p:Marco]] heeft [[p:Dennis]] met de vuist geslagen. [[p:Dennis]] wond boven het oog, geplakt.
Maatregel: [[p:Marco]] 3 nachten uitgesloten (t/m [[d:23-11]]), verwezen naar de sleep-in.
Politie: niet gebeld. [[p:Dennis]] wil geen aangifte.
Dienst: [[p:Sevda Yilmaz]], [[p:Tim de Groot]]
=====
BEDDENLIJST VROUWENUNIT – [[d:do 21-11]]
| bed | naam | leeftijd | bijz. |
|-----|------|----------|-------|
| V1 | [[p:Samantha]] ([[p:Sam]]) [[p:Renfrum]] | 34 | zwanger, 24 wk |
| V2 | [[p:Fatima Zahra]] | 41 | spreekt Arabisch/Frans |
| V3 | [[p:Henny Groen]] | 67 | rollator, onderste bed |
| V4 | [[p:Blondie]] | ± 30 | vriend niet op de unit toegestaan |
| V5 | — | | |
| V6 | [[p:Elena Ivanova]] | 52 | BG, ID [[z:645882917]], terugkeer via {{o:Barka}} [[d:2/12]] |
=====
Aanmelding sleep-in via {{o:Centrale Toegang}}
Naam: [[p:Jeroen]] (wil achternaam niet geven)
Leeftijd: 19
Plaats van herkomst: {{w:Zoetermeer}}, uit huis gezet door moeder na ruzie
Wat speelt er: blowt dagelijks, geen school, geen werk, geen inkomen
Afspraak: [[d:maandag 25/11]] om 13u intake jongerenloket, [[p:Brenda]] ({{r:jongerencoach}}) is gebeld
=====
nachtdienst [[d:22-11]]: [[p:Pawel]] (bed 9) terug van {{o:Straatdokter}}, verband om het been elke dag verschonen. [[p:hassan]] kwam om 22:10 aan zonder pasje, wel ingelaten. rest rustig.
=====
Registratie passanten – nachtopvang (handmatig, systeem lag eruit)
naam / geb / herkomst / nacht nr
[[p:Mohamed Diallo]] / [[d:15-03-1996]] / Guinee / 1
[[p:Daniel Mekonnen]] / ? / Ethiopië / 1
[[p:Bart]] / ca 1980 / Delft / 4
[[p:Rosita Pinas]] / [[d:28-8-1973]] / Den Haag / 12
[[p:Luca]] / 1999 / Italië / 2
[[p:Mustafa Şahin]] / [[d:01-01-1970]] (gebdat. onbek., gegeven door IND) / Turkije / 7
=====
Dienstoverdracht zondag → maandag
Vannacht rustig. Wel: meneer met bijnaam [[p:Schele Henk]] heeft een epileptische aanval gehad om 04:20 in de douche. Ambulance kwam, mocht blijven. Zijn medicatie (Depakine) zit in de kluis op naam [[p:H.J. Mulder]]. Morgenvroeg checken of hij naar de {{r:huisarts}} wil, hij staat ingeschreven bij {{o:Huisartsenpraktijk de Haven}}? Weet ik niet zeker.
=====
Nachtopvang wachtlijst winterregeling
1. [[p:Victor Babić]] – gemeld 20:10 – geen regiobinding
2. [[p:Nadia]] – 20:35 – met zoontje van 4, doorverwezen naar {{o:Crisisopvang Vrouwen}}
3. [[p:Sergiu]] – 21:00 – RO, ID-kaart [[z:RX 781245]]
4. man onbekend – 21:15 – wilde geen naam geven, kreeg deken + soep
=====
Telefonische aanmelding via {{o:Meldpunt Zorg en Overlast}} voor een bed
Melder: [[p:Thijs]] ({{r:wijkagent}} {{w:Laak}}), [[t:06-10837764]]
Om wie: vrouw, ± 55, noemt zichzelf 'mevrouw [[p:Margriet]]', verder niks. Zit sinds gisteren in de hal van de flat [[a:Neherkade 2914]]. Woont daar niet.
Status: bed V5 gereserveerd, politie brengt haar.
=====
BEDDENLIJST [[d:23/11]] (extra zaal)
M1 [[p:Kaspars]] LV
M2 [[p:Ionuț]] RO
M3 [[p:Ionuț]] (andere) RO
M4 [[p:Piotr W.]] PL
M5 [[p:Ahmad Rahimi]] AF
M6 [[p:Kofi]] GH
M7 leeg
M8 [[p:Wim]]
M9 [[p:Ricardo Martina]] CW
M10 [[p:de Vries]] NL
kamer 2.04 afgesloten (lekkage)
=====
Nachtopvang dossiernotitie
Cliënt: [[p:Soufiane Amrani]] – klantnr [[z:NO-0048812]]
[[d:24-11]]: cliënt vraagt om verlenging na 28 nachten. Volgens de regels moet hij dan naar de {{o:Centrale Toegang}} voor een indicatie. Hij heeft nog geen BSN-bewijs; volgens hem is zijn BSN [[b:843446146]]. Check via {{o:Burgerzaken}}.
[[d:25-11]]: bevestigd, hij staat in de BRP met een briefadres in Rotterdam. Regiobinding Den Haag dus twijfelachtig. Overleg met [[p:Merel]] ({{r:trajectbegeleider}}).
=====
Uit het overdrachtsschrift:
"[[p:Mama Joy]] vraagt of ze haar tassen hier mag laten, mag tot vrijdag in hok 3. – [[p:S.]]"
"[[p:Kaspars]] bed M1 heeft koorts 38,9. Paracetamol gegeven 22:00. – [[p:Tim]]"
"Om 6:40 belde dochter van meneer [[p:Piet Zwart]] ([[p:Monique]]), vader heeft gisteren zijn verjaardag gemist... ze wil hem zien. Nummer in map. – [[p:Erwin]]"
=====
Weekstatistiek nachtopvang wk 47
Overnachtingen: 294 (gem. 42 per nacht)
Unieke personen: 61, waarvan 14 vrouw
Nationaliteit: NL 48%, PL 15%, RO 11%, BG 5%, overig 21%
Weigeringen wegens vol: 17
Uitsluitingen: 3
Geen persoonsgegevens in dit overzicht; per naam zie registratiesysteem.
=====
Nieuwe aanmelding [[d:26-11-2024]] 21:50
Naam: [[p:Rachid]] [[p:Bouazza]]
gebdatum: [[d:9-6-'88]]
adres tot vorige week: [[a:Jan Hendrikstraat 88-A]], [[pc:2512 GL]] (onderhuur, eigenaar heeft de sloten vervangen)
Inkomen: WW t/m januari
Rekening: [[i:NL56SNSB1781237698]]
BSN: [[b:961889081]]
Bijzonder: heeft epilepsie, slikt Keppra.
Aanmeldend medewerker: [[p:Sevda]]
=====
Nachtopvang / meldingen ivm koudweerregeling, nacht van [[d:vr 29-11]] op [[d:za 30-11]]:
- 4 mensen via politie gebracht (namen in systeem)
- 1 persoon weggestuurd i.v.m. geweld eerder ([[p:Marco Koning]])
- [[p:Kleine Mo]] om 01:00 binnengebracht door straatwerk, onderkoeld.
=====
nachtdienst [[d:1 dec]]: [[p:Rosita]] wil dat we haar dochter bellen op [[t:06-34566012]] want zij is jarig. gedaan om 21:00, dochter ([[p:Jolanda]]) neemt niet op. voicemail ingesproken.
""")
# ---------------------------------------------------------------------------
# 3. Updates in the style of shelter, church and outreach organisations
# ---------------------------------------------------------------------------
add(r"""
Nieuwsbrief {{o:Straatpastoraat Den Haag}} – Advent

Lieve vrienden,

Deze maand namen we afscheid van [[p:Johannes]] – '[[p:Joop]]' voor iedereen op het Plein. Hij overleed op [[d:2 november]] in het hospice, 71 jaar oud, na bijna twintig jaar op straat en in de opvang. Op de uitvaart in de Bethlehemkerk waren meer dan zestig mensen, van de nachtopvang tot de buschauffeurs van lijn 12 die hem kenden.

Onze {{r:straatpastor}} [[p:Anneke]] loopt nog steeds elke dinsdag haar ronde langs het Spui en het Centraal. Wie wil meelopen kan zich melden bij het secretariaat (algemeen nummer 070 – 363 14 40, niet voor crisissen).

Giften blijven welkom op ons rekeningnummer ten name van de stichting. Hartelijk dank!
=====
Van: Teamleider nachtopvang {{o:Leger des Heils}} {{w:Den Haag}}
Aan: {{r:casusregisseur}} SWT {{w:Laak}}
Onderwerp: update dhr. [[p:Bouazza]]

Beste [[p:Liesbeth]],

Even een update over meneer [[p:Rachid Bouazza]] (geb. [[d:09-06-1988]]). Hij slaapt sinds [[d:26 november]] bij ons in de nachtopvang en komt overdag naar de inloop. Het gaat redelijk: hij heeft zijn medicatie bij zich en heeft zich gemeld bij het {{o:UWV}}.

Het probleem blijft de huisvesting. Zijn oude kamer aan de [[a:Jan Hendrikstraat 88-A]] was onderhuur, de eigenaar (een zekere [[p:Van Rijn]]) reageert niet. Wij hebben met meneer een briefadres aangevraagd op ons adres aan de Prinsegracht 57; dat is per [[d:2 december]] geregeld.

Kunnen jullie helpen met de aanvraag voor urgentie? Hij heeft toestemming gegeven om te delen.

Met vriendelijke groet,
[[p:Maarten Kloosterman]]
{{r:teamleider}} maatschappelijke opvang
[[t:06-53 18 20 96]]
=====
{{o:Kessler Stichting}} – update aan de ketenpartners

Vanaf [[d:maandag 2 december]] is de dagopvang aan de Vaillantlaan op werkdagen open van 9.00 tot 17.00 uur. In het weekend blijft de inloop gesloten. Voor vragen over de openingstijden: algemeen nummer 070 – 888 50 00. Aanmeldingen voor de winteropvang lopen via de {{o:Centrale Toegang}} (ma-vr 9-12 uur).

De {{r:straatwerkers}} blijven 's avonds bereikbaar via het team-nummer. Persoonlijke mobiele nummers van collega's graag niet doorgeven aan cliënten.
=====
gebedsintentie zondag: voor [[p:Ilse]] en haar ongeboren kindje, voor [[p:Rooie Kees]] die in het ziekenhuis ligt, en voor allen die vannacht buiten slapen. – Br. [[p:Thomas]]
=====
Update Straatpastoraat aan SWT {{w:Centrum}}

Hoi [[p:Kim]],

Zoals besproken: [[p:Mama Joy]] (haar echte naam is [[p:Joyce Owusu-Mensah]], geb. [[d:14-2-1969]], Ghanese nationaliteit) heeft ons toestemming gegeven om met jullie te overleggen. Ze heeft al jaren geen verblijfsvergunning; haar V-nummer bij de {{o:IND}} is [[z:2837419053]]. Er loopt een nieuwe aanvraag via {{o:Stichting LOS}}.

Ze slaapt nu bij een vriendin in {{w:Moerwijk}}, op de [[a:Zuidlarenstraat 43]]. Die vriendin, [[p:Abena]], dreigt daardoor haar huurtoeslag te verliezen. Daarom zoeken we een andere plek.

Groet, [[p:Anneke van der Steen]]
{{r:straatpastor}}
[[e:anneke.vandersteen@straatpastoraat-denhaag.nl]]
=====
{{o:Leger des Heils}} Den Haag – Jaarbericht Maatschappelijke Opvang (samenvatting)
In 2023 sliepen 1.214 verschillende mensen minstens één nacht in onze opvang. 38% was jonger dan 35 jaar. Het aantal EU-burgers steeg met 22%. De gemiddelde verblijfsduur in de 24-uursopvang was 147 dagen. Wij danken onze 180 vrijwilligers en de {{o:gemeente Den Haag}}.
=====
In memoriam

Met verdriet laten wij weten dat [[p:Hendrik]] 'de [[p:Kapitein]]' [[p:de Vos]] op [[d:17 januari]] is overleden in het {{o:Haga Ziekenhuis}}. Hij werd 74. Velen van jullie kenden hem van de bank bij de vijver in het {{w:Westbroekpark}}. Er is een herdenking op [[d:vrijdag 24 januari]] om 14.00 uur in de dagopvang. Iedereen is welkom.

Team straatwerk {{o:Kessler Stichting}}
=====
Hoi [[p:Gerrit]],

Vanuit de inloop: [[p:Harrie Winter]] is vanochtend hier geweest met een brief van de {{o:Belastingdienst}}. Het gaat om een aanslag inkomstenbelasting over 2021 (€ 2.318,-), aanslagnummer [[z:8213.45.876.H.16.0101]]. Hij zegt dat hij toen al op straat sliep. Kun jij kijken of we bezwaar kunnen maken? De brief ligt in zijn postvakje (nr. 112).

Groetjes [[p:Ineke]] – {{r:vrijwilliger}} inloop
=====
Beste partners,

Onze {{r:ervaringsdeskundige}} [[p:Wendy]] is vanaf deze maand ook op donderdag aanwezig op het spreekuur in {{w:Transvaal}}. Ze kent de weg naar schuldhulp, briefadres en zorgverzekering als geen ander. Vragen? Bel de receptie van de dagopvang.

Hartelijke groet,
{{o:Stichting Anton Constandse}}
=====
Mail {{r:maatschappelijk werker}} {{o:Leger des Heils}} aan {{o:Haagse Kredietbank}}:

Geachte heer [[p:Veldkamp]],

Namens onze cliënt, de heer [[p:Adrian Popa]] (geb. [[d:01-01-1987]], RNI-inschrijving, BSN [[b:338599289]]), verzoek ik u de aanvraag schuldhulpverlening in behandeling te nemen. Meneer heeft briefadres bij het {{o:Leger des Heils}}, Postbus 1244, 2501 BE Den Haag. Zijn mobiele nummer is [[t:+40 744 521 908]] (Roemeens nummer, WhatsApp).

Bijgevoegd: overzicht schulden, Roemeense bankrekening [[i:RO25BTRL3363109423451223]], uittreksel BRP.

Met vriendelijke groet,
[[p:Ayşe Kılıç]]
{{r:maatschappelijk werker}} MO/BW
=====
Kerstmaaltijd {{o:Straatpastoraat}} [[d:24 december]]: 140 gasten, 35 vrijwilligers. Dank aan bakker [[p:Kees van der Meer]] uit {{w:Loosduinen}} voor de 200 kerststollen.
=====
Update {{o:Kessler Stichting}} – Housing First
[[p:Marcel Hooijmans]] (bij ons '[[p:Marcel van het Plein]]') heeft per [[d:1 december]] de sleutel gekregen van zijn eigen appartement in {{w:Bouwlust}}: [[a:Hengelolaan 1143]]. Na 11 jaar straat! Begeleiding door [[p:Bas]] ({{r:Housing First-begeleider}}), twee keer per week. Eerste weken gaat goed, de buren zijn ingelicht door {{o:Vestia}}.
=====
Korte update van de inloop ({{o:Leger des Heils}}):
[[p:Elena Ivanova]] is vandaag met {{o:Barka}} vertrokken naar Sofia. Haar rugzak en de map met papieren (o.a. lichna karta [[z:645882917]], EGN [[z:7003218088]]) heeft ze meegenomen. Kopie zit nog in haar dossier bij ons, die vernietigen we over een maand.
=====
Van het bestuur van {{o:Stichting Straatconsulaat}}: wij zoeken een {{r:vrijwilliger}} voor het postadres-spreekuur (di/do 10-12). Geen ervaring nodig, wel een VOG. Reageren via de website.
=====
Dag [[p:Liesbeth]],
[[p:Rachid]] vraagt of jij zijn {{r:klantmanager}} (mw. [[p:Ramdin]]) wilt bellen over de bijstand. Hij heeft per post een brief gehad met kenmerk [[z:WWB-2024-0331894]] maar snapt hem niet. Groet [[p:Maarten]]
""")
# ---------------------------------------------------------------------------
# 4. Meldpunt Zorg en Overlast: reports, intake, feedback
# ---------------------------------------------------------------------------
add(r"""
MELDING MELDPUNT ZORG EN OVERLAST
Meldingnummer: [[z:MZO-2024-07731]]
Datum melding: [[d:11-11-2024]] 10:42
Melder: buurtbewoner (anoniem gehouden op verzoek)
Betreft: man, ± 70 jaar, [[a:Weteringkade 61]] 2e etage, {{w:Zuidwal}}
Naam betrokkene: [[p:F. Brouwer]] (volgens melder '[[p:Frits]]')
Omschrijving: sterke stanklucht in het trappenhuis, meneer gooit afval uit het raam, roept 's nachts. Brievenbus zit vol.
Eerdere meldingen: 2 (2022, 2023), afgesloten zonder contact.
Uitgezet naar: {{o:Team Vangnet en Advies}}, {{r:SPV}} [[p:Marianne Smit]]
Terugkoppeling melder: gewenst, via [[e:buurtbewoner.weteringkade@hotmail.com]]
=====
Meldpunt Zorg en Overlast – terugkoppeling aan melder

Geachte heer/mevrouw,

Op [[d:11 november]] heeft u bij ons een melding gedaan over uw buurman. Wij kunnen u om privacyredenen geen inhoudelijke informatie geven, maar wel laten weten dat de melding is opgepakt en dat er contact is gelegd. Heeft u nieuwe zorgen, belt u dan het algemene nummer 14 070 en noem het meldingnummer [[z:MZO-2024-07731]].

Met vriendelijke groet,
{{o:Meldpunt Zorg en Overlast}}, {{o:gemeente Den Haag}}
Postbus 12600, 2500 DJ Den Haag
=====
melding binnengekomen via de {{r:wijkagent}} [[p:R. Doorn]]: mw. [[p:Demirci]], [[a:Zichtenburglaan 308]], stookt een vuurtje op het balkon, kookt er ook op. Stroom is afgesloten sinds [[d:4-11]]. Vermoedelijk schulden. MZO nr [[z:24-08107]].
=====
Meldformulier (ingevuld door {{r:huismeester}} {{o:Staedion}})
Adres: [[a:Dierenselaan 52]], [[pc:2573 XB]] {{w:Rustenburg}}
Huurder: [[p:Ludmila Horváthová]]
Geboortedatum: onbekend
Telefoon huurder: geen
Wat is er aan de hand: huurder laat niemand binnen, ramen afgeplakt met krantenpapier, buren horen haar 's nachts schreeuwen in een andere taal (Slowaaks?). Huurachterstand 3 mnd.
Contact melder: [[p:Hüseyin Aktaş]], {{r:huismeester}}, [[t:06-1498 0273]] (werk)
=====
Overzicht openstaande meldingen OGGZ – week 49 (intern)
| nr | binnen | adres/plek | betreft | status |
| [[z:MZO-24-07731]] | [[d:11-11]] | [[a:Weteringkade 61]] | [[p:Brouwer]] | huisbezoek 2x, geen contact |
| [[z:MZO-24-08107]] | [[d:19-11]] | [[a:Zichtenburglaan 308]] | [[p:Demirci]] | overgedragen SWT {{w:Bouwlust}} |
| [[z:MZO-24-08244]] | [[d:22-11]] | tunnel CS | onbekende vrouw | niet meer aangetroffen |
| [[z:MZO-24-08390]] | [[d:27-11]] | [[a:Dierenselaan 52]] | [[p:Horváthová]] | afspraak met tolk [[d:5-12]] |
| [[z:MZO-24-08411]] | [[d:28-11]] | Westbroekpark | man met hond | afgesloten, is in opvang |
=====
Telefoonnotitie Meldpunt, [[d:2 december]] 16:05
Beller: [[p:Hanna Verbeek]], dochter van [[p:Cornelis Verbeek]] (86)
Tel: [[t:0174-293 118]]
Vader woont alleen op de [[a:Lange Beestenmarkt 9]], wil geen thuiszorg, is vorige week twee keer gevallen. Dochter woont in {{w:Naaldwijk}} en kan niet elke dag. Huisarts (dr. [[p:Tjon A Fat]]) vindt het 'zijn eigen keuze'.
Afspraak: {{r:bemoeizorger}} gaat [[d:woensdag 4/12]] langs samen met de {{r:wijkverpleegkundige}}.
=====
melding MZO: "er ligt al 3 dagen een man in het portiek van de Albert Heijn op de Loosduinseweg, hij reageert niet als je wat zegt." doorgezet naar straatwerk. (melding 08:12, straatwerk ter plaatse 09:05, man bleek [[p:Wim]] te zijn, bekend, slaapt, ok)
=====
Meldpunt Zorg en Overlast – melding van {{o:Haag Wonen}}
Kenmerk corporatie: [[z:HW/OV/2024/1187]]
Huurder: [[p:Oksana Melnyk]], [[a:Kempstraat 176-C]]
Geb: [[d:23.04.1961]]
Melding: vervuiling + ongedierte, meerdere klachten van onderburen (fam. [[p:Bakker]]). Huurder is vriendelijk maar houdt vol dat er niets aan de hand is.
Let op: huurder is Oekraïens, verblijft hier op grond van de Richtlijn Tijdelijke Bescherming. Document nr: [[z:U 0148 226 93]].
=====
Aan: {{o:Meldpunt Zorg en Overlast}}
Van: [[p:Jolanda Pronk]] ({{r:buurtconciërge}} {{w:Mariahoeve}})

Ik maak me zorgen om mijnheer [[p:Soerdjbalie]] van nummer 41 in de flat aan de [[a:Diamanthorst 41]]. Sinds zijn vrouw is overleden zit hij alleen en laat hij de deur open staan. Vorige week stond de politie er omdat hij een buurvrouw zou hebben bedreigd. Hij is 79 denk ik. Wie kan er eens langs? Ik ben te bereiken op [[t:06 38 40 21 77]].
=====
Intake na melding – {{o:Team Vangnet en Advies}} ({{o:GGD Haaglanden}})
Cliënt: [[p:Frits Brouwer]], geb. [[d:8 maart 1953]], BSN [[b:367736743]]
Adres: [[a:Weteringkade 61-II]]
Huisbezoek [[d:6 december]]: na drie pogingen deed meneer open. Woning ernstig vervuild (niveau 6 op de Vuilschaal), honderden lege flessen, geen werkende wc. Meneer is helder, zegt 'ik red me prima'. Geen acute psychiatrie waarneembaar, wel verwaarlozing. Heeft een zoon, [[p:Paul Brouwer]], geen contact sinds 2015.
Plan: contact opbouwen (boodschappen meenemen), {{o:Haag Wonen}} vragen om handhaving uit te stellen, overleg met {{r:huisarts}}.
{{r:SPV}} [[p:M. Smit]]
=====
Melding overlast camping-bus in de wijk {{w:Waldeck}} – anonieme melder. Niet meer aangetroffen door handhaving. Melding afgesloten. Geen persoonsgegevens bekend.
=====
MZO: melding via {{o:NS}} Security, [[d:zo 8-12]] 05:50: jongeman (± 20) slaapt op het toilet van station {{w:Den Haag Centraal}}, heeft zich verwond aan de arm. Naam volgens eigen zeggen [[p:Jayden]]. Meegegaan met politie naar {{o:Parnassia}} crisisdienst. Vervolg: [[p:Jayden]] blijkt [[p:Jayden Sno]], geb. [[d:16-05-2004]], uit {{w:Zoetermeer}}. Moeder ([[p:Gladys]]) is ingelicht door de crisisdienst.
=====
Ketenoverleg OGGZ – besluitenlijst [[d:10 december]]
Aanwezig: {{o:Meldpunt Zorg en Overlast}} ([[p:Kim]]), {{o:GGD}} ([[p:Marianne]]), {{o:Politie}} ([[p:Rob]]), {{o:Parnassia}} ([[p:Joost]]), {{o:Kessler Stichting}} ([[p:Jasper]]), {{o:Leger des Heils}} ([[p:Maarten]]), SWT {{w:Laak}} ([[p:Liesbeth]])

1. [[p:Brouwer]] (Weteringkade): bemoeizorg blijft bij {{o:GGD}}; {{o:Haag Wonen}} stelt de gerechtelijke procedure 3 mnd uit.
2. [[p:Horváthová]]: tolk Slowaaks geregeld, huisbezoek gaat door op [[d:12-12]].
3. [[p:Rooie Kees]]: zie casus nachtopvang, [[p:Jasper]] blijft contactpersoon.
4. Nieuw: meldingen over jongeren rond CS; [[p:Rob]] levert cijfers aan.
Volgend overleg: [[d:7 januari]].
=====
Melding per mail aan het meldpunt:
"goedemiddag, mijn broer [[p:sander]] woont sinds een half jaar in zijn auto, hij staat meestal op de parkeerplaats bij de Uithof. hij zegt dat hij is uitgezet door zijn vriendin. hij drinkt veel. ik weet niet meer wat ik moet. mijn nummer is [[t:0630215487]]. [[p:Marjolein de Koning]]"
=====
MZO Terugkoppeling aan {{r:wijkagent}} [[p:Doorn]]: melding [[z:24-08107]] ([[p:Demirci]]) is overgedragen aan het SWT {{w:Bouwlust}}/{{w:Vrederust}}, {{r:casusregisseur}} [[p:Hatice Öztürk]]. Stroom wordt [[d:vrijdag 13-12]] weer aangesloten via de {{o:Stichting Urgente Noden}}.
""")
# ---------------------------------------------------------------------------
# 5. Bemoeizorg / OGGZ case notes, multidisciplinary meetings
# ---------------------------------------------------------------------------
add(r"""
Bemoeizorg – voortgangsnotitie
Cliënt: [[p:Erik]] [[p:van Leeuwen]] (identiteit bevestigd op [[d:3-12]] via oud {{o:Parnassia}}-dossier [[z:PAR-0019284]])
Geboortedatum: [[d:21-06-1971]]

Contact vandaag om 11:20 bij de vijver in de Haagse Bos. [[p:Erik]] herkent me, accepteert een broodje. Praat veel over 'de mannen in de bomen' die hem volgen. Vraagt of ik 'van de geheime dienst' ben. Voeten: open wonden, schoenen te klein.
Plan: morgen nieuwe schoenen (maat 45) meenemen via de kledingbank. Overleg met {{r:psychiater}} dr. [[p:Lammers]] over een zorgmachtiging (Wvggz) als hij blijft weigeren. Zijn moeder leeft nog, [[p:Truus van Leeuwen]], woont in verzorgingshuis {{o:Het Uiterjoon}} in {{w:Loosduinen}}.
=====
MDO bemoeizorg [[d:dinsdag 10-12-2024]]
Casus: mw. [[p:Ludmila Horváthová]] ([[a:Dierenselaan 52]])
Aanwezig: {{r:SPV}} [[p:Marianne Smit]] ({{o:GGD}}), {{r:woonconsultant}} [[p:Peter Hoogland]] ({{o:Staedion}}), {{r:tolk}} Slowaaks (via {{o:Tolk- en Vertaalcentrum}}), {{r:casusregisseur}} SWT [[p:Liesbeth Mulder]]

Huisbezoek gelukt met tolk. Mevrouw is 58, kwam in 2009 naar NL, werkte in de kassen. Sinds het overlijden van haar partner ([[p:Jozef]], 2021) is het misgegaan. Ze is bang dat 'de Hongaren' haar willen vergiftigen. Ze heeft een Slowaakse identiteitskaart nr. [[z:EA 412937]] en een rodné číslo [[z:665311/7718]].
Besluit: {{o:Staedion}} stelt de ontruimingsprocedure uit; {{r:SPV}} gaat 2x per week langs; huisarts wordt gevraagd een verwijzing naar {{o:Parnassia}} te maken.
Actiehouder: [[p:Marianne]]. Volgende MDO: [[d:14 januari 2025]].
=====
Notitie {{r:bemoeizorger}}: dhr. [[p:Adil Bennani]], [[a:Hoefkade 788]]. Vijfde poging, deur blijft dicht. Buurvrouw ([[p:Nicole]]) ziet hem 's nachts vuilnis doorzoeken. Briefje met mijn nummer door de bus. Morgen 8 uur opnieuw.
=====
OGGZ-casusoverleg {{w:Escamp}} – notulen
Datum: [[d:17 december]]
Casus 1: [[p:Wilma de Jager]] (64), [[a:Melis Stokelaan 2401]] – woningvervuiling, kattenbezit (14!). {{o:Dierenbescherming}} betrokken. Dochter [[p:Nathalie]] wil meewerken, tel. [[t:06-19 77 43 02]].
Casus 2: [[p:Stanley Rozenblad]] (39) – dakloos sinds [[d:1 augustus]] na huisuitzetting van de [[a:Ambachtsgaarde 120]]; verblijft in de 24-uursopvang. Wil terug naar {{w:Moerwijk}}.
Casus 3: zonder naam ingebracht door de {{r:huisarts}} (toestemming ontbreekt nog), besproken op hoofdlijnen.
=====
Korte notitie na telefonisch contact met [[p:Rooie Kees]]s zus [[p:Ria Jonker]] ([[t:06-41 27 88 05]]): [[p:Kees]] heet eigenlijk [[p:Cornelis Jonker]], geb. [[d:4 april 1961]]. Hij was tot 2016 conducteur bij de {{o:HTM}}. Na de dood van zijn vrouw ging het mis met de drank. [[p:Ria]] wil dat hij bij haar in {{w:Wateringse Veld}} komt herstellen, maar haar man wil dat niet.
=====
Bemoeizorg {{o:GGD Haaglanden}} – aanmelding Wvggz
Betrokkene: [[p:Erik van Leeuwen]], [[d:21-06-1971]], BSN [[b:325667238]]
Verblijfplaats: feitelijk dakloos, {{w:Haagse Bos}}; briefadres geen
Melding aan de {{o:officier van justitie}} via {{o:Meldpunt Zorg en Overlast}}, kenmerk [[z:WVGGZ-DH-2024-0551]]
Reden: ernstig nadeel voor eigen gezondheid (infecties aan de voeten, vermagering), psychotisch toestandsbeeld, zorgmijding.
Contactpersoon familie: moeder (86, niet belastbaar), broer [[p:Ronald van Leeuwen]], [[e:ronald.vleeuwen@ziggo.nl]]
Opgesteld door: [[p:M. Smit]], {{r:SPV}}
=====
update bz [[d:19-12]]: [[p:erik]] vanochtend opgenomen (crisismaatregel), {{o:Parnassia}} locatie {{w:Kijkduin}}. Ging rustig mee. Schoenen aangehad 🙂
=====
Vraag aan het team: wie heeft ervaring met een cliënt die wel de opvang wil, maar geen 'regiobinding' kan aantonen? [[p:Soufiane]] (nachtopvang) stond 4 jaar ingeschreven in Rotterdam maar woont al 2 jaar feitelijk in Den Haag bij wisselende vrienden. {{o:Centrale Toegang}} zegt: terug naar Rotterdam. Hij kent daar niemand.
=====
Verslag huisbezoek bemoeizorg
[[d:Maandag 6 januari 2025]], 14:00
Adres: [[a:Anna Blamanplein 12]], [[pc:2552 HT]]
Bewoner: dhr. [[p:Jacobus]] ('[[p:Koos]]') [[p:Hermans]]
Aanwezig: [[p:Sanne]] ({{r:bemoeizorger}}), [[p:Wouter]] ({{r:wijkverpleegkundige}})

Na 6 weken bellen/briefjes eindelijk binnen. Meneer (81) leeft tussen stapels kranten, ingang is een smal paadje. Keuken onbruikbaar, hij eet koud uit blik. Hij vertelt trots over zijn tijd als {{r:typograaf}} bij de krant. Geheugen lijkt redelijk. Pensioen en AOW komen binnen op [[i:NL46ASNB2529044183]], maar rekeningen blijven liggen: achterstand energie € 640,-, huur is wel betaald.
Afspraken: [[p:Wouter]] komt [[d:donderdag 9/1]] voor de benen. Wij regelen een gesprek met de {{o:Haagse Kredietbank}} voor budgetbeheer. Meneer wil GEEN opruimploeg.
=====
Casus voor intervisie (anoniem gemaakt):
Een man van in de vijftig, al jaren zorgmijdend, woont alleen in een flat in het zuiden van de stad. Hij laat alleen de {{r:postbode}} binnen. Wij hebben via de postbode contact gelegd. Les: denk breder dan zorgverleners als 'vertrouwenspersoon' – de bakker, de postbode, de buurman kunnen de deur openen.
=====
Telefoonnotitie [[d:8-1]]: [[p:Stanley Rozenblad]] belt vanuit de opvang. Hij heeft zijn ID-kaart teruggevonden (was bij zijn ex, [[p:Chantal]], op de [[a:Ambachtsgaarde 131]]). Kaartnummer [[z:IR7K28F46]]. Nu kan de aanvraag bijstand verder. Klantnummer SZW [[z:SZW-771204]].
=====
Bemoeizorg = contact maken met mensen die zelf geen hulp vragen. Wij werken outreachend, dus op straat, aan de deur, in het park. Eerste doel is altijd contact, pas daarna zorg. Gemiddeld duurt het 6 tot 12 weken voordat iemand ons binnenlaat. (tekst voor de informatiefolder, versie 3)
=====
MDO 24-uursopvang – [[p:Stanley R.]]
Doel: binnen 3 mnd uitstroom naar beschermd wonen of eigen woning met begeleiding.
Stand: bijstand aangevraagd ([[z:SZW-771204]]), schuldenoverzicht 80% compleet (totaal ca. € 14.500), schuldhulp-intake [[d:22-01]].
Zorg: verslaving (alcohol), in behandeling bij {{o:Brijder}}, {{r:verslavingsarts}} [[p:De Roos]].
Netwerk: moeder in Paramaribo, zus [[p:Ingrid]] in {{w:Rijswijk}}.
=====
[[p:Marianne]] → team: de zorgmachtiging voor [[p:E. v. Leeuwen]] is door de rechter afgegeven op [[d:21 januari]] (zaaknr. [[z:C/09/671233 / FA RK 25-412]]), geldig 6 mnd.
=====
Bemoeizorg afsluiting [[p:Frits Brouwer]]: na 4 maanden heeft meneer ingestemd met een opruimactie (met {{o:Haag Wonen}}). Woning weer bewoonbaar, huurcontract blijft. Thuiszorg 2x per week via {{o:Florence}}. Afgesloten per [[d:1 maart 2025]].
=====
Notitie: dhr. [[p:Bennani]] ([[a:Hoefkade 788]]) deed vandaag open! Hij dacht dat ik van de deurwaarder was. Hij heeft al 6 maanden geen uitkering omdat hij de brieven niet opende. Hij geeft toestemming voor contact met {{o:SZW}}. Zijn BSN: [[b:707756881]]. Zijn broer [[p:Khalid]] in Utrecht is de enige met wie hij belt: [[t:06 2918 3346]].
""")
# ---------------------------------------------------------------------------
# 6. Tenancy evictions (huisuitzetting), bailiffs, early warning
# ---------------------------------------------------------------------------
add(r"""
Signaal vroegsignalering huurachterstand
Corporatie: {{o:Vestia}}
Huurder: [[p:Gül Arslan]]
Adres: [[a:Apeldoornselaan 233]], [[pc:2573 LT]]
Achterstand: € 2.874,16 (4 maanden)
Vonnis: ontbinding huurovereenkomst, rolnummer [[z:11088733 CV EXPL 24-6632]]
Ontruimingsdatum: [[d:dinsdag 17 december 2024]], 09:30 uur
Deurwaarder: {{o:Flanderijn}}, dossier [[z:FL-2024-558301]]
Huishouden: mevrouw + 2 kinderen (9 en 13)
Verzoek: SWT, graag zsm huisbezoek, kinderen mogen niet op straat.
=====
huisbezoek mw [[p:arslan]] [[d:13/12]]. ze wist van niks!! brieven liggen ongeopend in een la. man ([[p:Mehmet]]) is in de zomer vertrokken, hij betaalde altijd de huur. ze werkt 16 u in de schoonmaak. ze huilde de hele tijd. kinderen waren op school. gebeld met {{o:Vestia}} (dhr. [[p:Kuijpers]], incasso): bij betaling van € 1.500 vóór maandag willen ze de ontruiming opschorten. {{o:Stichting Urgente Noden}} aangevraagd.
=====
Ontruiming [[a:Apeldoornselaan 233]] opgeschort. {{o:SUN}} betaalt € 1.500, rest in betalingsregeling € 125 p/m. Vestia-kenmerk [[z:V-18822734]]. Mevrouw [[p:Arslan]] tekent morgen. Opluchting!
=====
Verslag ontruiming [[d:vrijdag 20 december]]
Adres: [[a:Hellingweg 14]], {{w:Scheveningen}}
Huurder: [[p:Johan Hoekstra]] (58), alleenstaand
Aanwezig: {{r:deurwaarder}}, politie, {{r:slotenmaker}}, {{r:verhuizers}}, {{r:bemoeizorger}} (ik)
Meneer was thuis en weigerde eerst te vertrekken. Na een half uur praten is hij met een tas naar buiten gekomen. Zijn spullen worden 3 maanden opgeslagen bij de gemeente (opslagnr. [[z:OPSL-24-1195]]). Kat is meegenomen door de {{o:Dierenambulance}}.
Meneer heeft geen plek. Hij wil niet naar de nachtopvang ('daar zitten dieven'). Afgesproken dat hij vannacht bij zijn vriend [[p:Arjen]] slaapt op de [[a:Duinstraat 75-A]], en maandag om 10:00 naar het {{o:Daklozenloket}}.
Meneers telefoon: [[t:06-55 08 19 36]].
=====
Aan: {{o:Kantongerecht Den Haag}}
Betreft: verzoek uitstel ontruiming – zaaknummer [[z:10933567 \ CV EXPL 24-4410]]
Gedaagde: [[p:S.A. Baldewsingh]], wonende te Den Haag, [[a:Soestdijksekade 190]]

Edelachtbare,
Namens mijn cliënte verzoek ik u de ontruiming, vastgesteld op [[d:6 januari 2025]], met twee maanden uit te stellen. Cliënte is zwanger (uitgerekend [[d:28 januari]]) en heeft een jongste kind van 2 jaar. Er is inmiddels beschermingsbewind uitgesproken ([[z:C/09/668102 / BI RK 24-2241]]).

Hoogachtend,
mr. [[p:E.J. Visser]], {{r:advocaat}}
=====
Overleg corporaties + SWT over huisuitzettingen 2024 (geen casussen):
- Aantal vonnissen in de stad gedaald naar 212 (2023: 260).
- Daadwerkelijke ontruimingen: 71.
- Bij 2/3 van de ontruimingen was er nooit contact met een hulpverlener.
- Afspraak: corporaties melden een vonnis binnen 5 werkdagen bij het SWT (via het beveiligde formulier, niet per mail).
=====
WhatsApp van mw. [[p:Baldewsingh]] aan {{r:casusregisseur}}:
"goedemorgen mevrouw, de deurwaarder heeft weer een brief gedaan, er staat op [[d:6 januari]] komen ze. ik heb niemand waar ik naartoe kan met de kinderen. mijn moeder woont in suriname. please help. [[p:Sharda]]"
=====
Notitie: [[p:Hoekstra]] is niet verschenen op het {{o:Daklozenloket}}. Zijn telefoon staat uit. Vriend [[p:Arjen Schouten]] zegt dat [[p:Johan]] maandagochtend vertrokken is 'naar het strand'. Straatwerk {{w:Scheveningen}} ingelicht ([[p:Kofi]]).
=====
Deurwaardersexploot (overgetypt door SWT)
Exploot van betekening vonnis en aanzegging ontruiming
Ten verzoeke van: {{o:Haag Wonen}}
Aan: [[p:Mustafa Yıldırım]] en [[p:Ayten Yıldırım-Demir]], beiden wonende te [[a:Paul Krugerlaan 25-B]], [[pc:2571 HR]] Den Haag
Datum betekening: [[d:2 december 2024]]
Ontruiming op of na: [[d:16 december 2024]]
Kosten exploot: € 112,63
Kenmerk: [[z:GGN/1182273/ML]]
=====
Hoi [[p:Fatima]], kun je morgen mee naar de ontruiming op de [[a:Kempstraat 301]]? Het is om 9u. Ik wil er niet alleen heen, er is een hond. [[p:Joost]]
=====
Vroegsignalering – maandlijst {{w:Laak}} (intern, beveiligd)
| signaal | huurder | adres | achterstand | actie |
|---|---|---|---|---|
| [[z:VS-24-1102]] | [[p:J. Kerkhoven]] | [[a:Laakkade 44]] | 2 mnd | brief + bel |
| [[z:VS-24-1103]] | [[p:A. Ouchan]] | [[a:Slicherstraat 9]] | 3 mnd | huisbezoek [[d:16-12]] |
| [[z:VS-24-1104]] | [[p:M. de Wit]] | [[a:Fruitweg 12-I]] | 1 mnd | brief |
| [[z:VS-24-1105]] | [[p:K. Adjei]] | [[a:Rijswijkseweg 411]] | 5 mnd | vonnis aangevraagd! |
=====
Huisbezoek na vroegsignaal [[z:VS-24-1105]]
[[d:18 december]], 11:00, [[a:Rijswijkseweg 411]]
Bewoner [[p:Kwabena Adjei]] (44) deed open. Hij werkt als {{r:beveiliger}} via een uitzendbureau, uren zijn teruggebracht. Huur € 812,-. Hij heeft twee dochters die om het weekend komen. Wil ontruiming koste wat kost voorkomen. Samen huurtoeslag gecheckt: niet aangevraagd (!). Aanvraag gedaan, met terugwerkende kracht tot januari. Rekeningnr voor toeslag: [[i:NL93BUNQ2518302691]]. Mail: [[e:kwabena.adjei77@gmail.com]].
=====
Ontruiming [[a:Hellingweg 14]]: vandaag kwam de ex-vrouw van meneer [[p:Hoekstra]] langs bij de gemeentelijke opslag. Zij is geen huurder en mag niets meenemen zonder zijn machtiging. Melding aan {{r:casemanager}}.
=====
Notitie aan dossier [[z:VS-24-1102]]: huurder [[p:Jan Kerkhoven]] belde terug. Hij zit in de gevangenis (Scheveningen) tot [[d:30 april]]. Zijn moeder [[p:Greet Kerkhoven]] betaalt de huur door. Achterstand ontstaan door een fout bij de automatische incasso. Opgelost. Afgesloten.
=====
ontruimd vandaag: [[p:Sharda]] + kinderen. Uitstel afgewezen door de rechter. Gelukkig plek in de gezinsopvang van het {{o:Leger des Heils}} in {{w:Rijswijk}}. Spullen in de opslag. Bewindvoerder ({{o:Budgetbeheer Haaglanden}}, mw. [[p:Koster]]) is op de hoogte.
""")
# ---------------------------------------------------------------------------
# 7. EU migrants and other newcomers: foreign IDs and document numbers
# ---------------------------------------------------------------------------
add(r"""
Intake EU-arbeidsmigrant ({{o:Barka}} / {{o:Centrale Toegang}})
Naam: [[p:Zieliński]], [[p:Marek]]
Ur. (geb.): [[d:12.04.1987]], Łódź
PESEL: [[z:87041238173]]
Dowód osobisty: [[z:CBK 902114]]
Tel. PL: [[t:+48 605 337 219]] / NL: [[t:06 4417 2093]]
Laatste werkgever: uitzendbureau in {{w:Honselersdijk}} (huisvesting via werkgever, [[a:Dijkweg 118]] Naaldwijk)
Sinds: [[d:14 oktober]] dakloos na ontslag (woning hoorde bij het contract)
BSN: [[b:491170993]] (RNI)
Wens: eerst werk, anders terug naar Polen. Moeder woont in Łódź.
=====
Notatka / notitie (vertaald door {{r:Poolse intermediair}} [[p:Kasia]])
[[p:Darek]] heet [[p:Dariusz Wójcik]], geboren [[d:3 listopada 1979]] ([[d:3 november 1979]]). Hij zegt dat zijn dowód in de bus van de werkgever is blijven liggen. Hij heeft geen telefoon meer. Zijn zus in Gdańsk: [[t:+48 691 220 845]]. Hij drinkt sinds zijn ontslag, wil 'niet zo terug naar huis'.
=====
RO – intake Centrale Toegang, [[d:6 dec]]
Nume/naam: [[p:Popa Adrian-Constantin]]
CNP: [[z:1840609401133]]
Carte de identitate: seria [[z:RK 781245]]
Adres in Roemenië: [[a:Str. Libertății nr. 14]], Craiova
Adres in NL: geen, laatst [[a:Laakweg 31-1]] (9 man in 1 huis)
Werk: kassen, via uitzendbureau, contract beëindigd [[d:29-11-2024]]
Bijzonderheden: werkgever houdt volgens hem zijn paspoort vast. {{o:FairWork}} ingeschakeld.
=====
Hallo [[p:Kasia]], kun jij donderdag mee als tolk voor [[p:Wiesław]] (bed 6)? Hij moet naar de {{o:Belastingdienst}} voor zijn teruggave, brief met aanslagnr staat op zijn naam en geb.datum [[d:12-04-1979]]. Hij spreekt echt geen woord Engels. Tnx, [[p:Sevda]]
=====
{{o:Barka}} – terugkeerplan
Klient: [[p:Elena Ivanova]]
EGN: [[z:7003218088]]
Lichna karta nr.: [[z:645882917]]
Reis: bus Den Haag – Sofia, vertrek [[d:2 december]] 08:15 vanaf busstation {{w:Den Haag Centraal}}, ticket betaald door {{o:Barka}}
Opvang in Bulgarije: zus [[p:Maria Petrova]], [[t:+359 88 742 1903]]
Medicatie mee voor 4 weken (metformine).
=====
Bulgaarse man in de dagopvang, 40-45 jaar, heeft een brief van de {{o:IND}} over 'beëindiging rechtmatig verblijf'. Hij wil uitleg. Spreekt een beetje Duits. Naam niet genoteerd, komt morgen terug.
=====
Notitie {{r:maatschappelijk werker}} EU-spreekuur [[d:10-12]]
1. [[p:Valentin Georgiev]] – EGN [[z:8105144626]] – loon december niet ontvangen, werkgever in {{w:Rijswijk}} (schoonmaak). Loonstroken meegenomen. Bulgaarse rekening [[i:BG30UNCR70004576075410]].
2. [[p:Raluca]] (achternaam later) – zwanger, geen zorgverzekering, woont bij vriend op de [[a:Van der Vennestraat 62]]. Doorverwezen naar verloskundige + {{o:GGD}} (onverzekerden-regeling).
3. [[p:Andris Kalniņš]] (LV) – persoonlijke code [[z:150781-12458]] – zoekt bed, doorverwezen {{o:Centrale Toegang}}.
=====
Van: [[e:marek.zielinski87@wp.pl]]
Aan: [[e:euspreekuur@barka.nl]]
Onderwerp: pytanie / vraag

dzień dobry, ik ben [[p:Marek]], u kent mij van de opvang. Mijn werkgever zegt dat ik nog 340 euro krijg maar ik heb het niet. Kunt u helpen? Mijn nieuwe nummer [[t:06 1920 4487]]. Dziękuję, [[p:Marek Zieliński]]
=====
Verslag gesprek met {{o:FairWork}} over [[p:Adrian Popa]] en 8 andere mannen van de [[a:Laakweg 31-1]]: het gaat vermoedelijk om arbeidsuitbuiting. Paspoorten (o.a. [[z:053317881]] op naam van [[p:Popa]]) werden door de 'huisbaas' [[p:Cătălin]] vastgehouden. {{o:Nederlandse Arbeidsinspectie}} is ingelicht. Mannen zijn tijdelijk in de winteropvang.
=====
Inschrijving RNI via {{o:gemeente Den Haag}} (loket Internationals):
[[p:Krzysztof Mazur]], geb. [[d:28-01-1992]], PL, paspoort [[z:ER 0773419]], BSN toegekend: [[b:726906682]]. Adres buitenland: [[a:ul. Polna 7]], Kielce. Briefadres NL: nvt (RNI).
=====
Hoi [[p:Kofi]], die Litouwer van de haven, [[p:Gintaras]], heeft morgen 11:00 afspraak bij {{o:IOM}} in {{w:Den Haag}}. Kun jij hem ophalen bij de visafslag? Hij heeft zijn paspoort ([[z:24817539]]) nodig. Doei [[p:Samira]]
=====
Jongere vrouw uit Spanje, slaapt in de bosjes bij de Grote Kerk, '[[p:Lucía]]'. Ze heeft een Spaanse DNI [[z:48291637K]]. Geboren [[d:02/07/2001]]. Zegt dat ze gevlucht is voor haar vriend in Rotterdam. Contact via de Whatsapp van haar vriendin: [[t:+34 612 48 90 27]]. Meldpunt ingelicht.
=====
EU-migranten in de opvang (geen namen): in november 64 unieke personen, waarvan 31 Pools, 17 Roemeens, 7 Bulgaars, 4 Litouws, 5 overig. 22 van hen werkten nog (gedeeltelijk). 9 keerden terug met {{o:Barka}}.
=====
Overdracht aan {{o:Vluchtelingenwerk}}: [[p:Tesfalem]] ('[[p:Tito]]') [[p:Habtemariam]], geb. [[d:01-01-1994]] (leeftijd volgens IND vastgesteld), V-nr. [[z:3029187714]], statushouder sinds 2019, woning in {{w:Delft}} kwijtgeraakt ([[a:Westlandseweg 220]]). Slaapt nu in het {{w:Zuiderpark}}.
=====
Belgische man, [[p:Kevin Peeters]], rijksregisternummer [[z:85.07.14-237.19]], zit sinds 3 weken in de nachtopvang. Hij wil terug naar Antwerpen maar zijn OCMW daar wil eerst een bewijs van verblijf. Tel BE: [[t:+32 478 12 66 90]].
=====
Intake Hongaarse vrouw (met tolk via telefoon)
Naam: [[p:Kovács Erzsébet]] (Hongaarse volgorde: achternaam eerst)
Szül. (geb.): [[d:1968. március 4.]]
Személyi igazolvány: [[z:612398 HA]]
Verblijf: sinds 2 weken op straat, daarvoor bij een Hongaarse familie in {{w:Ypenburg}} als huishoudelijke hulp (zwart).
Rekening HU: [[i:HU67763160483381792366243930]]
""")
# ---------------------------------------------------------------------------
# 8. Briefadres (postal address): at an organisation vs. at a person's home
# ---------------------------------------------------------------------------
add(r"""
Aanvraag briefadres – checklist {{o:Daklozenloket}}
Aanvrager: [[p:Harrie Winter]]
Geb.datum: [[d:02-12-1963]]
BSN: [[b:808871018]]
Briefadres gevraagd bij: {{o:Leger des Heils}}, Prinsegracht 57 (hoofdbewoner: instelling, toestemming via standaardverklaring)
Laatste woonadres: [[a:Zoutmanstraat 14-3]] (tot 2022, uitgeschreven door gemeente na adresonderzoek)
Uitkering via: {{o:SZW}}, klantnr [[z:SZW-603318]]
Handtekening aanvrager: ✓
=====
Briefadres geregeld voor [[p:Rachid]]: Prinsegracht 57 (Leger des Heils). NIET meer zijn oude kamer in de Jan Hendrikstraat gebruiken. Post ophalen: ma/wo/vr 10-12 bij de balie.
=====
[[p:Sander de Koning]] (woont in zijn auto) heeft briefadres bij zijn zus [[p:Marjolein]] op de [[a:Thomsonlaan 88]], [[pc:2565 KV]]. Zij heeft als hoofdbewoner getekend. Let op: dit heeft gevolgen voor haar toeslagen? Nee, briefadres telt niet mee als bewoner, maar wel navragen bij {{o:Toeslagen}}.
=====
Vraag aan de collega's: mag een cliënt een briefadres hebben bij een vriend die zelf in de schuldsanering zit? [[p:Stanley]] wil graag briefadres bij [[p:Erwin Pinas]], [[a:Herman Costerstraat 59]]. Volgens mij kan dat gewoon, maar de {{r:bewindvoerder}} van [[p:Erwin]] moet misschien akkoord geven.
=====
Post voor briefadreshouders – ophaallijst december ({{o:Stichting Straatconsulaat}}, vak-nummers)
vak 12 – [[p:H. Winter]] – 3 brieven (o.a. {{o:CJIB}})
vak 19 – [[p:Jonker]] – 1 brief ({{o:Zilveren Kruis}})
vak 27 – [[p:Mama Joy]] – pakketje
vak 31 – [[p:A. Popa]] – 2 brieven ({{o:Belastingdienst}})
vak 44 – [[p:Owusu-Mensah]] – 1 brief ({{o:IND}}) – AANGETEKEND, alleen tegen ID
=====
Notitie {{o:Burgerzaken}} → SWT: mevrouw [[p:Horváthová]] is per [[d:9 december]] ambtshalve uitgeschreven van de [[a:Dierenselaan 52]] (VOW: vertrokken onbekend waarheen) terwijl ze daar gewoon woont. Graag binnen 14 dagen een briefadres of herinschrijving regelen, anders stopt de zorgverzekering.
=====
Briefadres – verklaring hoofdbewoner

Ondergetekende, [[p:Abena Mensah]], wonende aan de [[a:Zuidlarenstraat 43]], [[pc:2545 VG]] Den Haag, verklaart dat [[p:Joyce Owusu-Mensah]], geboren [[d:14 februari 1969]], met ingang van [[d:1 januari 2025]] een briefadres mag hebben op bovengenoemd adres. Ik ben ervan op de hoogte dat betrokkene hier niet feitelijk woont.

Datum: [[d:18-12-2024]]      Handtekening: [[p:A. Mensah]]
=====
Het briefadres van [[p:Jonker]] is nog steeds {{o:Kessler Stichting}}, Postbus 85, 2501 CB Den Haag. Daar komt zijn post van {{o:Zilveren Kruis}} naartoe. Zijn 'echte' adres is sinds vorige week de kamer bij zijn zus in {{w:Wateringse Veld}}: [[a:Dobbeweg 22]].
=====
Info voor cliënten (poster bij de balie):
Heb je geen vast adres? Je kunt een briefadres aanvragen bij de gemeente. Dat kan bij een familielid of vriend, of bij een instelling voor maatschappelijke opvang. Neem een geldig ID mee. Zonder briefadres geen uitkering, geen zorgverzekering en geen DigiD. Vragen? Loop binnen bij de inloop of bel 14 070.
=====
[[d:8-1]] telefoon met {{o:Burgerzaken}}: briefadres [[p:Gintaras]] afgewezen omdat hij niet kan aantonen dat hij 'duurzaam' in Den Haag verblijft. Hij verblijft al 11 maanden in de haven... Bezwaar maken? [[p:K.A.]]
=====
Overzicht briefadressen (intern) {{o:Leger des Heils}} – per [[d:1 januari 2025]]: 312 actieve briefadressen, 41 nieuw in december, 18 beëindigd. Gemiddelde duur 14 maanden. Alle briefadressen op Prinsegracht 57 of Postbus 1244, 2501 BE.
""")
# ---------------------------------------------------------------------------
# 9. No personal data: procedures, statistics, look-alikes
# ---------------------------------------------------------------------------
add(r"""
Koudweerregeling: wordt ingezet zodra de gevoelstemperatuur 's nachts 0 graden of lager is. Dan is er extra plek in de nachtopvang (zaal 1.02 en 1.03, samen 24 matrassen) en gaat de straatwerkronde ook na 23.00 uur door. Info: www.denhaag.nl/koudweer.
=====
Openingstijden winter 2024-2025
Dagopvang: ma-vr 09.00-17.00, za 10.00-14.00
Nachtopvang: inloop 20.30-23.00, vertrek 08.30
Sleep-in jongeren (18-23): 21.00-09.00
Centrale Toegang: ma-vr 09.00-12.00 (zonder afspraak)
Kosten: € 4,50 per nacht, bij geen inkomen gratis
=====
Agenda ketenoverleg OGGZ
1. Opening en mededelingen
2. Cijfers meldingen Q4 (1.482 meldingen, +9% t.o.v. Q3)
3. Werkafspraken Wvggz: wie doet de verkennende gesprekken?
4. Jongeren rond station Centraal: stand van zaken
5. Rondvraag
=====
Cijfers straatwerk 2024: 2.960 contactmomenten, 412 unieke personen, 97 nieuwe gezichten. 63% man, 34% vrouw, 3% onbekend. Meest bezochte plekken: tunnel Centraal Station, Haagse Bos, station Hollands Spoor, Zuiderpark, Scheveningen haven.
=====
Reminder: bij elke aanmelding voor de opvang vragen naar ID, BSN, laatste woonadres en inkomen. Zonder ID wel opvang bieden, maar binnen 3 werkdagen een afspraak bij Burgerzaken maken. Zie protocol versie 2.3, artikel 4.2.
=====
Wie kan er zaterdag invallen voor de koffiebus? Start 19:30 bij de dagopvang, einde rond 22:00. Graag even reageren in de groep 👍
=====
Ter info: de artikelen 7:231 en 7:273 BW gaan over ontbinding van de huur bij achterstand. Een ontruiming mag pas na een vonnis en een aanzegging van minstens 3 dagen (bij woonruimte in de praktijk 14 dagen). Meer info: Juridisch Loket, 0900-8020 (algemeen nummer).
=====
Team straatwerk – rooster week 51
ma: vroege ronde + avondronde
di: avondronde CS/HS
wo: geen ronde (teamdag 10.00-15.00, kamer 3.14)
do: vroege ronde Zuid
vr: avondronde Centrum + koffiebus
za/zo: piket 22.00-02.00
=====
Evaluatie pilot 'Eerst een bed' (jan-jun): 38 deelnemers, van wie 26 binnen 6 maanden doorstroomden naar een eigen woning of beschermd wonen. Kosten per deelnemer gemiddeld € 11.240. De pilot wordt verlengd tot eind 2025.
=====
Let op: het nieuwe formulier voor meldingen bij het Meldpunt Zorg en Overlast heeft 3 verplichte velden (plek, tijdstip, wat zie je). Persoonsgegevens van de melder zijn optioneel. Versie 2024-11.
=====
Casusles voor de pilot (thema bemoeizorg): bij zorgmijders werkt het vaak beter om eerst iets praktisch te regelen (een briefadres, een ID-kaart, schoenen) dan om over 'hulp' te praten. Vertrouwen groeit door kleine dingen die je nakomt. Een wijkteam kan dit niet alleen: de straatwerkers en de nachtopvang zien de mensen elke dag.
=====
Materiaalbestelling straatwerk: 40 slaapzakken (winter, -10), 60 paar sokken maat 42-46, 20 regenponcho's, 200 bekers, 12 powerbanks. Budget € 2.150 (kostenplaats 4410-220).
""")
# ---------------------------------------------------------------------------
# 10. Quick messages: app groups, texts, one-liners, signatures
# ---------------------------------------------------------------------------
add(r"""
[22:14] [[p:Samira]]: [[p:Blondie]] zoekt [[p:Rooie Kees]], iemand gezien?
[22:16] [[p:Nourdin]]: [[p:Kees]] ligt in Bronovo sinds gister
[22:16] [[p:Samira]]: ah ok dank je, geef ik door
[22:31] [[p:Ruud]]: btw bed V5 is nog vrij voor haar als ze wil
=====
[[p:jasper]] kan jij morgen de schoenen voor [[p:erik]] ophalen bij de kledingbank? maat 45. thx
=====
Groepsapp nachtopvang:
[[p:Erwin]]: wie heeft de sleutel van hok 3??
[[p:Tim]]: ligt in het bakje bij de telefoon
[[p:Erwin]]: 👍
[[p:Sevda]]: en wie heeft [[p:Mama Joy]] haar tas gegeven? ze zegt dat er 50 euro uit is
=====
sms van [[p:Harrie]]: "kan ik vandaag mijn post komen halen ben om 3 uur bij het plein"
=====
Bel [[p:Ria]] ([[t:0641278805]]) over [[p:Kees]] z'n ontslag uit het ziekenhuis!!
=====
Nieuwe in de tunnel: [[p:Dragan]], Serviër, ± 35. Spreekt Engels. Zegt dat hij 'net uit de bak' komt (PI Haaglanden). Morgen verder.
=====
[[p:Mo]] zegt dat zijn moeder jarig is op [[d:12 januari]], wil er heen maar heeft geen kaartje. Strippenkaart? -[[p:N.]]
=====
Hoi [[p:Liesbeth]], de urgentieaanvraag van [[p:Bouazza]] is binnen bij de gemeente. Kenmerk [[z:URG-2025-00187]]. Beslistermijn 8 weken. Groet, [[p:Maarten]]
=====
Tel.notitie: [[p:Frits Brouwer]] belde zelf (!) om te zeggen dat de wasmachine kapot is. Doorgegeven aan [[p:Marianne]].
=====
Kun je het nummer van de nachtopvang vrouwen geven? Het algemene nummer staat op de site, maar ik zoek het nummer van de coördinator, [[p:Gonny]]: [[t:06-2835 9914]] klopt dat nog?
=====
Hoi, [[p:Anneke]] hier van het Straatpastoraat. Kunnen we [[d:dinsdag 21 januari]] om 10 uur afspreken bij jou op kantoor over [[p:Joyce O.]]? Groet!
=====
✔ [[p:Rachid]] – bed 12 verlengd t/m [[d:31-01]]
✔ [[p:Pawel]] – verband verschoond, wond geneest
✘ [[p:Sergiu]] – niet verschenen, bed vrijgegeven
✔ [[p:Henny Groen]] – naar verzorgingshuis [[d:15-01]]
=====
Mail van [[e:r.doorn@politie.nl]]: "Man met bijnaam '[[p:Kapitein]]' is vanmiddag aangetroffen op een bankje bij de vijver, onderkoeld. Naar Haga. Familie? Groet, [[p:Rob]]"
=====
[[p:sevda]] → [[p:tim]]: vergeet niet de kluis van [[p:H.J. Mulder]] te checken, zijn depakine is bijna op
=====
Note to self: [[p:Lucía]] DNI kopie maken, Meldpunt terugbellen ([[z:MZO-25-00212]]).
=====
Wie van jullie kent een zekere '[[p:Rasta Ronnie]]'? Hij zou in de Scheveningse Bosjes slapen en heeft een hondje. Melding van een wandelaar.
=====
Afgebeld door [[p:Wendy]] (ervaringsdeskundige) ivm ziekte, spreekuur Transvaal vervalt vandaag.
=====
--
[[p:Nourdin Boukhari]]
{{r:Straatwerker}} | {{o:Kessler Stichting}}
M [[t:06 - 4419 2275]]
E [[e:n.boukhari@kesslerstichting.nl]]
Bereikbaar ma t/m do. Bij spoed: bel de dienst-telefoon (algemeen nummer) of 112.
=====
Met vriendelijke groet,

[[p:Merel van Houten]]
{{r:trajectbegeleider}} 24-uursopvang
{{o:Leger des Heils}} Den Haag
T: [[t:+31 6 2770 1456]]
=====
ok ik neem [[p:ilse]] mee naar de verloskundige om 10u, [[p:nourdin]] doet de ronde alleen
""")
# ---------------------------------------------------------------------------
# 11. Longer texts: e-mail threads, case descriptions, reports
# ---------------------------------------------------------------------------
add(r"""
Onderwerp: RE: RE: [[p:Soufiane]] – regiobinding

Hoi [[p:Merel]],

Dank voor je snelle reactie. Ik heb gebeld met de {{o:Centrale Toegang}} Rotterdam. Zij bevestigen dat [[p:Soufiane Amrani]] (geb. [[d:30-03-1998]]) daar nog op een briefadres staat, maar sinds 2022 geen contact meer heeft gehad. Omdat hij aantoonbaar 2 jaar in Den Haag verblijft (zie de verklaring van zijn werkgever, een snackbar aan de Wagenstraat, en de registratie in onze nachtopvang [[z:NO-0048812]]), vinden zij dat Den Haag verantwoordelijk is.

Kun jij dit meenemen naar het overleg van [[d:donderdag 30 januari]]?

Groet,
[[p:Maarten]]

> Op [[d:ma 27 jan. 2025]] om 16:02 schreef [[p:Merel van Houten]] <[[e:m.vanhouten@legerdesheils.nl]]>:
> Hoi [[p:Maarten]], volgens mij moet je eerst Rotterdam bellen. Zij moeten schriftelijk verklaren dat ze geen regiobinding zien. Lukt dat? [[p:Merel]]
=====
Casusbeschrijving voor de pilot 'Samen werken in het sociale domein' – thema bemoeizorg (CONCEPT, nog niet anoniem!)

In het najaar kwam via het {{o:Meldpunt Zorg en Overlast}} ([[z:MZO-2024-07731]]) een melding binnen over meneer [[p:Frits Brouwer]] van de [[a:Weteringkade 61-II]]. Meneer, 71 jaar, leefde in een zwaar vervuilde woning. Drie eerdere meldingen (2022, 2023) waren afgesloten zonder dat iemand hem sprak.

Wat we anders deden: de {{r:SPV}} van de {{o:GGD}}, [[p:Marianne Smit]], ging niet 'voor de zorg' maar met boodschappen. De {{r:woonconsultant}} van {{o:Haag Wonen}} stelde de juridische procedure uit. De {{r:wijkverpleegkundige}} kwam pas na 6 weken mee. Na 4 maanden stemde meneer in met een opruimactie.

Les: geef bemoeizorg tijd en bescherm die tijd tegen de 'procedures' van andere partijen. Zonder uitstel van de corporatie was meneer op straat beland.

NB [[p:Liesbeth]]: naam, adres en meldingnummer moeten er nog uit voordat we dit delen!
=====
Verslag van een nacht in de tunnel (voor het jaarverslag, met toestemming van de mensen)

Het is 23:20 als we met de koffiebus bij de tunnel onder het Centraal Station stoppen. [[p:Rooie Kees]] – zijn haar is al lang grijs, maar de naam is gebleven – zit op zijn vaste plek, tussen de tweede en derde pilaar. Hij vertelt over zijn tijd op lijn 9. Verderop liggen [[p:Tomek]] en [[p:Pawel]] onder een stuk karton. [[p:Pawel]] laat trots zijn been zien: 'goed genezen, dankzij de dokter'. [[p:Blondie]] komt aanlopen met een boodschappentas en vraagt of er nog soep is. Er is altijd soep.

Om 00:40 komt er een jongen bij die we niet kennen. Hij zegt dat hij [[p:Jayden]] heet, en dat hij 'gewoon even' niet naar huis kan. We bellen de sleep-in. Er is een bed.

Om 01:15 rijden we terug. Elf bekers soep, vier slaapzakken, één bed geregeld.
=====
Van: [[p:Ayşe Kılıç]]
Verzonden: [[d:dinsdag 14 januari 2025]] 09:12
Aan: [[p:Veldkamp, J.]]
CC: [[p:Merel van Houten]]
Onderwerp: Schuldhulp – dhr. [[p:A. Popa]] – uw kenmerk [[z:HKB-25-000388]]

Geachte heer [[p:Veldkamp]],

Dank voor uw brief van [[d:8 januari]]. U vraagt om een bewijs van inkomen en een vast woonadres. Meneer [[p:Popa]] heeft sinds [[d:3 januari]] een uitkering (bijstand, daklozennorm) en een briefadres bij het {{o:Leger des Heils}} (zie bijlage). Een vast woonadres heeft hij niet; hij verblijft in onze 24-uursopvang.

Zijn schulden bestaan grotendeels uit een boete van het {{o:CJIB}} ([[z:CJIB 2024 1188 4426 0013]], € 390,-) en een achterstand bij zijn zorgverzekeraar (relatienummer [[z:ZK 188 203 771]]). De Roemeense schuld bij zijn voormalige werkgever ([[p:Cătălin M.]]) is omstreden; daar loopt een procedure via {{o:FairWork}}.

Ik hoop dat u de aanvraag nu in behandeling kunt nemen.

Met vriendelijke groet,
[[p:Ayşe Kılıç]]
=====
Overdracht straatwerk {{w:Scheveningen}} → {{w:Centrum}} (collega [[p:Kofi]] gaat met verlof)

Lopende contacten:
1. [[p:Gintaras]] (LT) – haven, busje. Afspraak {{o:IOM}} is geweest, hij twijfelt nog. Paspoort zit bij hem. Tel. [[t:+370 612 44 819]].
2. [[p:Johan Hoekstra]] – na ontruiming [[a:Hellingweg 14]] nu op het strand bij de Pier, of bij [[p:Arjen]] ([[a:Duinstraat 75-A]]). Drinkt. Heeft recht op opvang, wil niet.
3. '[[p:Rasta Ronnie]]' ([[p:Ronald Sedney]], geb. [[d:11-11-1970]] volgens {{o:Politie}}) – Scheveningse Bosjes. Hondje Bob – hond mag niet mee naar de opvang, dus [[p:Ronnie]] gaat ook niet.
4. Mevrouw [[p:Lely]], bejaarde dame die elke dag op de boulevard zit, woont wel (op de [[a:Keizerstraat 300]]), maar is verward. Doorgezet naar SWT {{w:Scheveningen}} ([[p:Annemiek]]).
Succes!
=====
Verslag MDO 24-uursopvang, [[d:15 januari 2025]]

Aanwezig: [[p:Merel van Houten]] ({{r:trajectbegeleider}}), [[p:Ayşe Kılıç]] ({{r:maatschappelijk werker}}), [[p:Joost Vermeulen]] ({{r:SPV}} {{o:Parnassia}}), [[p:Ed Winter]] ({{r:teamleider}})

Bewoner | Stand | Actie | Wie
[[p:Stanley Rozenblad]] | bijstand toegekend, in behandeling {{o:Brijder}} | inschrijven woningzoekende | [[p:Merel]]
[[p:Adrian Popa]] | schuldhulp loopt, werkt weer 20 u | aanvraag kamer via {{o:Kamers met Kansen}} | [[p:Ayşe]]
[[p:Harrie Winter]] (geen familie van [[p:Ed]]!) | vermagering, weigert onderzoek | {{r:huisarts}} inschakelen | [[p:Joost]]
[[p:Abdi Warsame]] | statushouder, geen woning gekoppeld | contact {{o:Vluchtelingenwerk}} | [[p:Ayşe]]

Volgende MDO: [[d:29-01-2025]].
=====
Beschrijving voor {{o:Centrale Toegang}} – verzoek plaatsing beschermd wonen

Cliënt: [[p:Cornelis Jonker]] ('[[p:Rooie Kees]]')
Geboortedatum: [[d:04-04-1961]]
BSN: [[b:351877599]]
Huidige verblijfplaats: nachtopvang (sinds [[d:20 november]] vrijwel elke nacht)
Voorgeschiedenis: 8 jaar dakloos, chronisch alcoholgebruik, COPD (recente opname {{o:HMC Bronovo}}, [[d:3 december]] t/m [[d:12 december]])
Netwerk: zus [[p:Ria Jonker]], [[a:Dobbeweg 22]], {{w:Wateringse Veld}}, [[t:06-41 27 88 05]]
Inkomen: geen (!) – aanvraag bijstand loopt via {{o:SZW}}, kenmerk [[z:SZW-2025-004417]]
Zorgverzekering: {{o:Zilveren Kruis}}, premieachterstand
Wens cliënt: 'een kamer met een deur die op slot kan, en dat ik mijn zus kan zien'
Ingevuld door: [[p:Jasper Hoek]], {{r:straatwerker}}, namens het ketenoverleg OGGZ
=====
Bericht in de groepsapp van het ketenoverleg, lang:
"Jongens, even een update over de jongeren rond CS. Ik heb met [[p:Jayden]] en twee vrienden gesproken ([[p:Milan]] en een meisje dat alleen '[[p:Pien]]' wil heten). Ze slapen om beurten bij elkaars ouders en als dat niet kan in de stationshal. [[p:Jayden]]s moeder ([[p:Gladys Sno]]) wil hem wel terug maar haar nieuwe vriend niet. [[p:Milan]] heeft een {{r:jeugdreclasseerder}} ([[p:Dewi Tan]], {{o:Jeugdbescherming west}}). Ik stel voor dat we [[p:Brenda]] van het jongerenloket vragen om een keer mee te lopen. Groet, [[p:Rob]]"
=====
Notitie gesprek met mw. [[p:Nguyen Thi Lan]] (Vietnamees, 62), via {{r:tolk}} ([[p:Mai]]).
Mevrouw werkte 20 jaar in een restaurant in de Wagenstraat van een familielid, woonde boven het restaurant ([[a:Wagenstraat 131-B]]). Na een ruzie met de familie is ze eruit gezet, zonder huurcontract, zonder spaargeld. Ze slaapt sinds [[d:12 januari]] in de vrouwenunit. Ze heeft een Nederlands paspoort ([[z:NW8R4KP63]]) en een BSN [[b:174896359]], maar heeft nooit een eigen bankrekening gehad. Ze schaamt zich enorm en wil niet dat de familie te horen krijgt waar ze is.
Afspraken: bankrekening openen (basisbetaalrekening), bijstandsaanvraag, AOW-opbouw laten uitzoeken bij de {{o:SVB}}.
=====
Van: [[p:Hatice Öztürk]] ({{r:casusregisseur}} SWT {{w:Bouwlust}}/{{w:Vrederust}})
Aan: {{o:Meldpunt Zorg en Overlast}}
Onderwerp: afsluiting melding [[z:24-08107]]

Beste [[p:Kim]],

Hierbij sluiten wij de melding over mevrouw [[p:Nermin Demirci]] ([[a:Zichtenburglaan 308]], [[pc:2544 EV]]) af. De stroom is op [[d:13 december]] weer aangesloten, er is een betalingsregeling met de energieleverancier en mevrouw heeft budgetbeheer via de {{o:Haagse Kredietbank}} (klantnr. [[z:HKB-24-019932]]). Haar zoon [[p:Emre]] (23) is weer bij haar ingetrokken en helpt met de administratie.

Met groet, [[p:Hatice]]
""")
# ---------------------------------------------------------------------------
# 12. Mixed: more rounds, registrations and case notes
# ---------------------------------------------------------------------------
add(r"""
Avondronde [[d:wo 8 jan]] ({{r:straatwerker}} [[p:Samira El Khatib]] + {{r:ervaringsdeskundige}} [[p:Wendy Groenewegen]])
19:45 Grote Markt: [[p:Sjonnie]] + 2 vrienden, alles ok.
20:10 Spui, bij de bioscoop: vrouw ± 60 met 4 tassen, Indonesisch uiterlijk, noemt zich oma [[p:Tjoet]], zegt dat ze 'even wacht op de bus'. Om 21:30 zat ze er nog. Aangeboden: nachtopvang, weigert, wel deken en thee. Melding MZO [[z:MZO-25-00041]].
21:00 CS tunnel: 5 pp, allen bekend.
22:15 HS: [[p:Harrie Winter]] slaapt in de hal, NS laat hem tot 00:30.
=====
Vervolg [[z:MZO-25-00041]]: de vrouw van het Spui is mevrouw [[p:Tjoet Sastrowardojo]] (78), woont op de [[a:Kortenaerkade 17]] in {{w:Zeeheldenkwartier}}. Ze verdwaalt 's avonds, dementie? Dochter [[p:Lies]] woont in Amersfoort, [[t:033 - 455 12 09]]. Doorgezet naar SWT {{w:Centrum}} (casemanager dementie).
=====
nieuwe aanmelding nachtopvang: [[p:ahmad]], afghaans, 27, zegt dat hij geen papieren heeft. geen BSN. verwezen naar {{o:Stichting Noodopvang Dakloze Vreemdelingen}}. 1 nacht gegeven ivm kou.
=====
Aanmelding via {{o:Centrale Toegang}}
Naam: [[p:Omar Al-Hassan]]
Geb.: [[d:1 januari 1985]] (op verblijfsdocument; echte datum onbekend volgens cliënt)
Nationaliteit: Syrisch, statushouder
V-nummer: [[z:2918 3375 04]]
Verblijfsdocument: [[z:Y4R01H3C2]]
BSN: [[b:582973934]]
Laatste adres: [[a:Beeklaan 412]], [[pc:2562 BH]] (huisuitzetting [[d:20 december]] wegens overlast)
Bijzonderheden: PTSS, in behandeling bij {{o:i-Psy}} geweest, gestopt. Broer [[p:Karim Al-Hassan]] woont in Leiden.
=====
Bedlijst sleep-in jongeren [[d:za 11-01]]
J1	[[p:Jayden]]
J2	[[p:Pien]]
J3	[[p:Mila de Haan]]
J4	[[p:Brian]] (19, nieuw)
J5	leeg
J6	[[p:Yassine]]
Aanwezig nachtdienst: [[p:Rick]] en [[p:Farah]]
=====
Overleg met de {{r:wijkagent}} van {{w:Transvaal}}, [[p:Mark Jansen]]: [[p:Yusuf Kaplan]] heeft opnieuw in de portiek van de [[a:Paul Krugerlaan 143]] geslapen. Bewoners dreigen met een 'buurtwacht'. Agent gaat geen boete geven maar wil wel dat wij hem 'weghalen'. Afgesproken: [[p:Nourdin]] en ik gaan vanavond met [[p:Yusuf]] praten over een bed in de 24-uursopvang; broer [[p:Emre Kaplan]] heeft laten weten dat [[p:Yusuf]] weer één nacht per week mag komen.
=====
[[d:13-1]] 08:30 — Mevrouw [[p:Tjoet]] (Spui) is thuis aangetroffen door de {{r:casemanager dementie}}. Dochter komt dit weekend. MZO-melding gesloten.
=====
Ronde Zuid [[d:14 januari]]
{{w:Zuiderpark}}: [[p:Tito]] (zie eerder: [[p:Tesfalem Habtemariam]]) is weg uit het park, volgens een vriend ([[p:Mehari]]) slaapt hij nu bij een landgenoot in {{w:Moerwijk}}, [[a:Dedemsvaartweg 1036]].
Erasmusweg viaduct: nieuw kampje van 2 Poolse mannen, namen [[p:Łukasz]] en [[p:Sławek]]. [[p:Łukasz]] heeft een Pools nummer: [[t:0048 783 120 556]].
{{w:Leyenburg}}: geen bijzonderheden.
=====
Verslag {{r:straatpastor}} – gesprek met [[p:Joop]]s zoon
Na de uitvaart heeft de zoon van [[p:Joop]], [[p:Remco Bosman]], contact met ons gezocht. Hij wist niet dat zijn vader al die jaren in Den Haag op straat leefde. Hij wil graag spullen van zijn vader hebben (foto's, een horloge). Die liggen in de kluis bij de dagopvang. [[p:Remco]] woont in {{w:Gouda}}, mail: [[e:remcobosman@outlook.com]]. We spreken af op [[d:vrijdag 17 januari]].
=====
Huisbezoek met {{r:bemoeizorger}}, [[d:20-01-2025]], bij dhr. [[p:Li Wei]], [[a:Van der Vennestraat 21]]
Meneer (66) woont boven een voormalige Chinese winkel. Sinds de winkel dicht is komt hij niet meer buiten. Zijn zoon [[p:Li Jun]] belde ons omdat meneer niet meer opnam. Meneer spreekt Kantonees en een paar woorden Nederlands; zoon tolkte via de telefoon ([[t:06 1029 3847]]). Huis is koud: de gasrekening is niet betaald sinds oktober, afsluiting aangekondigd voor [[d:27 januari]].
Actie: spoedmelding bij energieleverancier (kwetsbaar huishouden), {{o:SZW}} voor bijzondere bijstand.
=====
Straatwerk – lijstje 'bekenden zonder achternaam' (intern, NIET printen)
- [[p:Blondie]] = [[p:Sandra Vermeer]]
- [[p:Kleine Mo]] = [[p:Mohammed Amezian]]
- [[p:Sjonnie]] = [[p:John van Beek]]
- [[p:Professor]] = ? (oud-leraar, ± 70)
- [[p:Dikke Dirk]] = [[p:Dirk Schipper]]
- [[p:Mama Joy]] = [[p:Joyce Owusu-Mensah]]
- [[p:Tito]] = [[p:Tesfalem Habtemariam]]
=====
Telefoontje van {{o:HTM}}-controleur [[p:Ramon]]: een oudere man zou al dagen in tram 11 heen en weer rijden, van Scheveningen Haven naar HS. Beschrijving past bij [[p:Johan Hoekstra]]. Gaan we morgen zoeken.
=====
Evaluatiegesprek Housing First, [[p:Marcel Hooijmans]] ([[a:Hengelolaan 1143]]), [[d:21 januari]]
'Het is wennen. Ik slaap nog steeds bij het raam, op de grond. Maar ik heb een sleutel.' [[p:Marcel]] heeft sinds [[d:1 december]] 2x in de nachtopvang geslapen 'voor de gezelligheid'. Zijn huur (€ 612,-) wordt ingehouden via de {{o:Haagse Kredietbank}}. Zorgpunt: een vriend van straat, [[p:Gijs]], logeert steeds vaker. [[p:Marcel]] wil hem niet wegsturen. Gesprek met {{o:Vestia}} hierover vooraf afstemmen.
=====
Melding {{o:Meldpunt Zorg en Overlast}}: man, ± 45, slaapt al een week in een auto met Poolse nummerplaat aan de Zonweg in de {{w:Binckhorst}}. Heeft een hond. Handhaving heeft gesproken: naam [[p:Tadeusz]], wil geen hulp. Melding nr [[z:MZO-25-00198]].
=====
Doorverwijzing naar {{o:Straatdokter}}
Patiënt: [[p:Pawel Kamiński]]
Geb.: [[d:17-08-1984]]
Verzekering: geen (onverzekerd, EU)
EHIC-kaart: nr. [[z:80616002430057781203]], verlopen
Klacht: ulcus cruris links, 3 weken, geïnfecteerd
Verwezen door: {{r:straatwerker}} [[p:R. Bakker]]
=====
belnotitie [[d:22/1]]: mw. [[p:Gül Arslan]] belt, betalingsregeling loopt, maar nu een brief van {{o:CJIB}} over een verkeersboete van haar ex ([[p:Mehmet Arslan]]) op haar naam. Auto staat nog op haar naam. Kenmerk [[z:1 9 7 2 4 4 0 8 3 1 6 0 2 2 1 5]]. Volgende week langs.
""")
# ---------------------------------------------------------------------------
# 13. Forms and numbers typed in a hurry (some mistyped)
# ---------------------------------------------------------------------------
add(r"""
Aanvraag bijstand daklozennorm – gegevens voor {{o:SZW}} (overgenomen van briefje cliënt)
naam: [[p:Johan Hoekstra]]
bsn: [[b:70775688]] (?? 8 cijfers, navragen, staat ook op zijn oude zorgpas)
geb: [[d:5-5-66]]
rek: [[i:NL17RABO472565380]] – klopt niet, 1 cijfer te weinig
tel: geen, via [[p:Arjen]] [[t:06-48 20 17 39]]
briefadres: aanvragen bij {{o:Kessler Stichting}}
=====
Correctie: het BSN van [[p:Johan Hoekstra]] is [[b:3211.16.598]] (gecheckt via {{o:Burgerzaken}}), rekening is [[i:NL17 RABO 4725 6538 00]]. Het vorige briefje was fout overgeschreven.
=====
Formulier zorgverzekering onverzekerden ({{o:CAK}}), ingevuld met [[p:Abdi Warsame]]:
Naam: [[p:Warsame, Abdi Mohamed]]
Geboortedatum: [[d:01-07-1996]] (volgens IND, dag/maand onbekend → [[d:1 juli]])
BSN: [[b:685398650]]
Rekeningnummer: [[i:NL 95 INGB 7042 9094 71]]
NB: BSN en IBAN geven een foutmelding in het portaal. Morgen met zijn verblijfspas en bankpas opnieuw.
=====
Opnieuw ingevuld [[d:24-01]]: BSN [[b:685398560]], IBAN [[i:NL95INGB7042909417]] – nu geaccepteerd. [[p:Abdi]] was blij.
=====
Intake 24-uursopvang (snel, cliënt moest weg)
[[p:Malika Bouchtaoui]] – [[d:19-09-1992]] – bsn [[b:665 117 802]]
laatst gewoond: bij ex op [[a:Ketelstraat 44]] [[pc:2515VB]]
kinderen: 2, bij oma (moeder van ex) in {{w:Escamp}}
inkomen: geen, eerder WW
tel [[t:+31(0)6-3347 1180]] / mail [[e:malika.b92@hotmail.nl]]
zorg: depressief, vroeger {{o:PsyQ}}
=====
Notitie {{r:SPV}}: [[p:Malika]] heeft vandaag haar kinderen gezien bij haar schoonmoeder ([[p:Fatna Ait Ouaziz]], [[a:Erasmusweg 1432]]). Ging goed. Ze wil graag een gezinskamer in de opvang zodat de kinderen kunnen komen. Aanvraag via {{o:Centrale Toegang}}, kenmerk [[z:CT-2025-0144]].
=====
Vaste lijn van dhr. [[p:Brouwer]] (nieuw aangesloten!): [[t:070-3881266]]. Niet doorgeven aan buren.
=====
WhatsApp-doorstuur van [[p:Kasia]]: "[[p:Marek]] heeft nieuw nummer, [[t:+48 512 09 77 40]], en zijn mail is nu [[e:m.zielinski.praca@gmail.com]]. Hij werkt weer, bij een bedrijf in Poeldijk. Hij slaapt nog in de opvang tot [[d:1 februari]]."
=====
Deurwaarder belde over dhr. [[p:Li Wei]]: beslag op AOW, dossier [[z:BW/24/77120-LW]]. Aflossing € 180 p/m, daardoor geen geld voor gas. Beslagvrije voet opnieuw laten berekenen. Deurwaarder [[p:J. de Rooij]], direct nummer [[t:010-2447731]] (NIET het algemene nummer van het kantoor).
=====
Korte notitie: [[p:ronald]] ([[p:rasta ronnie]]) heeft zijn hond Bob laten opnemen bij het asiel en wil nu wel naar de nachtopvang. Geb. volgens hemzelf [[d:11 november 1970]], zegt 'net als carnaval'. Bed 17 gereserveerd.
=====
Kamerlijst 24-uursopvang, 2e verdieping ([[d:27-01-2025]])
2.01 [[p:Stanley Rozenblad]]
2.02 [[p:Adrian Popa]]
2.03 [[p:Cornelis Jonker]] – wacht op beschermd wonen
2.04 (lekkage, buiten gebruik)
2.05 [[p:Omar Al-Hassan]]
2.06 [[p:Nguyen Thi Lan]] (vrouwengang)
2.07 [[p:Malika Bouchtaoui]] (vrouwengang)
=====
Van de {{r:huisarts}}: mw. [[p:Horváthová]] is verwezen naar {{o:Parnassia}}, afdeling {{o:Acute Psychiatrie}}, intake [[d:3 februari]]. Verwijsnummer [[z:ZD-25-40417]]. Mevrouw wil alleen met de {{r:SPV}} erheen.
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
    d = re.sub(r"\D", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
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
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h136-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout136.jsonl")
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
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
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
