#!/usr/bin/env python3
"""Held-out corpus 137: Wmo and social-support decisions register (reports of
kitchen-table conversations / gespreksverslagen, onderzoeksverslagen with
structured sections, beschikkingen and their letters, bezwaar en beroep,
huishoudelijke ondersteuning, woningaanpassing, hulpmiddelen, PGB budget plans,
indication and product codes as look-alikes).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout137.jsonl next to itself.
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

# Numbers that are deliberately typed wrongly (fail the 11-check / mod-97) but
# are still personal data.
MISTYPED = {"30958989", "1841 13 041", "NL58ASNB5812361695", "NL73 ABNA 0463 5291 97"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Gespreksverslagen keukentafelgesprek
# ---------------------------------------------------------------------------
add(r"""
GESPREKSVERSLAG KEUKENTAFELGESPREK
Datum gesprek: [[d:14-03-2024]]
Locatie: bij cliënt thuis, [[a:Beeklaan 402]], [[pc:2562 AL]] Den Haag ({{w:Valkenboskwartier}})
Aanwezig: mw. [[p:H.M. (Hennie) Verbeek-Smit]], geb. [[d:02-09-1939]]; dochter [[p:Marjolein Verbeek]]; [[p:Sander Kuijpers]], {{r:Wmo-consulent}}
Zaaknummer: [[z:WMO-24-031877]]

Aanleiding
Mw. heeft via het {{o:Wmo-loket}} een melding gedaan voor hulp bij het huishouden. Sinds een heupoperatie in januari lukt het stofzuigen en het verschonen van het bed niet meer.

Wat gaat goed
Mw. kookt zelf eenvoudige maaltijden, doet de kleine was en houdt haar administratie bij. Zij loopt binnen met een rollator.

Netwerk
Dochter [[p:Marjolein]] woont in Delft en komt op zaterdag. Zoon [[p:Ruud]] woont in Groningen en belt dagelijks. Buurvrouw [[p:Ans de Haan]] (nr. 398) haalt soms boodschappen.

Afspraken
- Aanvraag huishoudelijke ondersteuning wordt in behandeling genomen.
- Mw. ontvangt binnen twee weken het verslag ter ondertekening.
=====
Verslag keukentafelgesprek [[d:di 9 april]]
Cliënt: dhr. [[p:Yusuf Aktaş]] (*[[d:17-11-1951]])
Adres: [[a:Hoefkade 1180]] ({{w:Transvaal}})
Ook aanwezig: echtgenote [[p:Gülsen Aktaş]], zoon [[p:Burak]] (tolk), {{r:Wmo-adviseur}} [[p:Lotte Brink]]

Dhr. heeft sinds een herseninfarct in 2022 een halfzijdige verlamming links. Hij gebruikt een rolstoel buitenshuis. Binnen loopt hij kleine stukjes met een stok. De woning is een benedenwoning van {{o:Haag Wonen}} met een douche in de badkuip.
Hulpvraag: veilig kunnen douchen en zelfstandig naar buiten (moskee, koffiehuis, kleinkinderen in {{w:Moerwijk}}).
[[p:Burak]] geeft aan dat zijn moeder het douchen nu doet, maar zij heeft zelf rugklachten. Dochter [[p:Esra]] woont in Rijswijk en komt op woensdag.
Vervolg: aanvraag woningaanpassing (douche) en onderzoek naar scootmobiel. Tel. zoon: [[t:06-41 22 87 30]].
=====
gespreksverslag huisbezoek — mw [[p:de kok]] ([[p:Dina]]) — [[d:3/5/24]]
aanwezig ook nicht [[p:Wendy]]
mw is slechtziend (maculadegeneratie), woont alleen 2 hoog zonder lift in {{w:Duindorp}}. wil graag blijven wonen. trap lukt nog met leuning, langzaam.
eigen kracht: boodschappen via bezorgservice, nicht doet post. gaat 1x pw naar de soos in het buurthuis.
vraag: hulp bij schoonmaken (ramen binnen, badkamer, stofzuigen) + advies over verlichting.
afspraak: ik vraag {{o:Visio}} om advies over hulpmiddelen, aanvraag HO loopt. volgende contact [[d:21-5]].
=====
Verslag van het gesprek (keukentafelgesprek) in het kader van de Wmo 2015

Naam: [[p:Fatima Ouaali]]
Geboortedatum: [[d:12 augustus 1958]]
BSN: [[b:126533751]]
Adres: [[a:Jan Blankenstraat 29-A]], [[pc:2526 TZ]] 's-Gravenhage
Telefoon: [[t:070-3887216]]
Datum gesprek: [[d:woensdag 22 mei 2024]]
Gespreksvoerder: [[p:R. Tjon A Fong]], {{r:consulent maatschappelijke ondersteuning}}
Ondersteund door: [[p:Hanane El Khattabi]], {{r:onafhankelijk cliëntondersteuner}} ({{o:MEE}})

1. Uw hulpvraag
U geeft aan dat u door reuma en vermoeidheid het huishouden niet meer bijhoudt. U wilt een schoon en leefbaar huis.
2. Uw situatie
U woont met uw man [[p:Mohamed]] en jongste zoon [[p:Ilias]] (19) in een eengezinswoning. Uw man werkt in ploegendienst. [[p:Ilias]] studeert en werkt in het weekend.
3. Wat kunt u zelf of met hulp van uw omgeving
Uw man doet de boodschappen. [[p:Ilias]] kan de vuilnis en het stofzuigen boven op zich nemen. Uw schoonzus [[p:Naima]] helpt eens per maand.
4. Conclusie
Er is aanvullend ondersteuning nodig voor het zware huishoudelijke werk. Zie het advies in het onderzoeksverslag.
=====
KTG dhr [[p:Piet Hoek]] [[d:28-06]] — kort
dhr. 84, weduwnaar, woont in seniorenflat {{w:Mariahoeve}}. valt regelmatig 's nachts. dochter [[p:Ellen Hoek]] wil alarmering + traplift maar flat heeft lift, dus traplift niet aan de orde.
besproken: personenalarmering (is algemene voorziening, via {{o:Zilveren Kruis}}?), douchestoel zelf aanschaffen (thuiszorgwinkel).
dhr. wil geen HH: "mijn dochter doet het al". [[p:Ellen]] vindt het zwaar → mantelzorgondersteuning besproken, folder {{o:Xtra Mantelzorg}} meegegeven.
=====
Gespreksverslag
Betreft: mevrouw [[p:S. Ramautar]]
Cliëntnummer: [[z:884210]]
Gesprek gevoerd op [[d:2 juli 2024]] op het {{o:Servicepunt XL}} {{w:Escamp}}
Aanwezig: mevrouw [[p:Savitri Ramautar]], haar zoon [[p:Ravi Ramautar]] en kleindochter [[p:Shanti]], {{r:Wmo-consulent}} [[p:Jeroen Groen]]

Mevrouw is 79 jaar en heeft diabetes en hartfalen. Zij woont met haar zoon [[p:Ravi]] in een portiekwoning op de 1e verdieping ([[a:Dreesweg 118]]). [[p:Ravi]] werkt fulltime als buschauffeur. Kleindochter [[p:Shanti]] (22) doet de was en de boodschappen.
Mevrouw vraagt om hulp bij het huishouden. De familie wil graag dat het vanuit een PGB geregeld wordt, zodat een bekende (nicht [[p:Anita Bissesar]]) de hulp kan doen.
Besproken: voorwaarden PGB, bekwaamheid budgethouder, tarief voor informele hulp. [[p:Ravi]] wordt {{r:gewaarmerkt vertegenwoordiger}}.
=====
Keukentafelgesprek [[p:Kowalczyk]], [[p:Agnieszka]] — [[d:11.06.2024]]
Aanwezig: cliënte, partner [[p:Tomasz]], {{r:ergotherapeut}} [[p:Nienke Schouten]] ({{o:Ergotherapie Haaglanden}}), ondergetekende.

Cliënte (41) heeft MS, sinds vorig jaar rolstoelafhankelijk. Gezin woont in {{w:Wateringse Veld}}, [[a:Dijkveld 47]], eengezinswoning met trap. Twee kinderen ([[p:Zofia]] 9, [[p:Jan]] 6).
Cliënte slaapt nu beneden in de woonkamer. Ze wil weer boven slapen bij haar gezin.
Ergotherapeut adviseert een onderzoek naar een traplift vs. verhuizing. [[p:Tomasz]] zegt: "wij willen hier niet weg, de school is om de hoek."
Afspraak: ergotherapeut levert programma van eisen; consulent vraagt een verhuisindicatie-check bij {{o:Haag Wonen}} (huurwoning? nee, koop) → alleen aanpassing.
=====
Verslag gesprek - [[d:maandag 15 juli]]
mw. [[p:Yvonne Winter]] (67) + haar zus [[p:Carla Winter]]
mw heeft COPD gold 3, zuurstof thuis. Loopt max 50 meter. Woont in {{w:Bohemen}}.
Aanvraag: scootmobiel. Mw rijdt nog auto maar heeft geen parkeerplek voor de deur.
Zus woont in Leidschendam, heeft zelf een scootmobiel en kan haar instructie geven.
Conclusie: onderzoek naar scootmobiel met stalling. Mw heeft een berging maar zonder stroom → stroompunt laten aanleggen? Navragen bij VvE (beheerder [[p:Kees Mulder]]).
=====
VERSLAG KEUKENTAFELGESPREK (gespreksverslag ex art. 2.3.2 Wmo 2015)

Cliënt ................ de heer [[p:Abdullahi Hassan Mohamed]]
Geboren ................ [[d:01-01-1960]] (volgens papieren)
Adres .................. [[a:Wouwermanstraat 118-II]], [[pc:2525BN]] DEN HAAG
Telefoon ............... [[t:06 3998 1402]]
Zaaknummer ............. [[z:Z/24/221903]]
Datum gesprek .......... [[d:17 september 2024]]
Tolk ................... via {{o:Tolkcontact}}, Somalisch

Aanwezig: dhr. [[p:Hassan Mohamed]], neef [[p:Abdirizak]], {{r:casusregisseur}} {{o:SWT}} [[p:Mariam Belhaj]], {{r:Wmo-consulent}} [[p:Thijs van Leeuwen]].

Situatie: dhr. heeft door een ongeval in Somalië een beenamputatie (rechts, boven de knie). Prothese past niet goed. Hij woont alleen op 2 hoog. Hij komt nauwelijks buiten.
Netwerk: neef [[p:Abdirizak]] (woont in {{w:Schilderswijk}}), komt 3x per week. Dochter [[p:Hodan]] woont in Engeland. Vrienden van de moskee helpen soms met boodschappen.
Afspraken: revalidatiearts voor nieuwe prothese (via huisarts), Wmo onderzoekt rolstoel + verhuisurgentie.
=====
Verslagje KTG mw [[p:van der Poel]] ([[d:19-8]]), {{w:Loosduinen}}
- mw 88, dementie beginnend, {{r:casemanager dementie}} [[p:Ilse]] aanwezig
- zoon [[p:Frank van der Poel]] [[t:0612093377]] is contactpersoon, woont in Monster
- schoondochter [[p:Jolanda]] doet medicatie (baxterrol)
- kleinzoon [[p:Thijmen]] maait gras
- vraag: HH + dagbesteding 2 dgn
- dagbesteding: aanmelding bij {{o:Florence}} locatie {{w:Loosduinen}}, HH via {{o:Tzorg}}
- zoon tekent verslag namens mw (schriftelijke machtiging aanwezig)
=====
Gespreksverslag [[d:26-09-2024]]
Aanvrager: [[p:Dragan Petrović]], [[a:Zuidlarenstraat 90]], {{w:Bouwlust}}
Aanwezig: aanvrager, {{r:Wmo-consulent}}.
Dhr. (56) heeft na een hartinfarct beperkte belastbaarheid. Hij woont samen met zijn vrouw [[p:Milena]] die fulltime werkt als schoonmaakster. Zoon [[p:Luka]] (24) woont thuis.
Dhr. vraagt hulp bij het huishouden. Besproken is dat huisgenoten gebruikelijke hulp geven: het huishouden van een gezin met twee volwassen gezonde huisgenoten kan in redelijkheid door hen worden overgenomen. Dhr. begrijpt dit, maar zegt dat [[p:Milena]] na haar werk "op" is.
Advies: geen HO; wel verwijzing naar {{o:Voor Welzijn}} voor lotgenotencontact en naar de {{r:huisarts}} voor hartrevalidatie.
=====
gespreksverslag (concept) — NIET VERZENDEN
clt: [[p:Grace Amponsah]], geb [[d:4-4-'71]]
adres: [[a:Zuiderparklaan 54 B]]
ktg op [[d:30 okt]], met haar buurvrouw [[p:Efua]] als steun.
Mw heeft fibromyalgie en twee tieners ([[p:Kofi]] 16, [[p:Abena]] 14). Ex-partner [[p:Kwesi Owusu]] betaalt geen alimentatie. Grote zorgen over geld, huis is rommelig, post stapelt zich op.
Mw vraagt HO, maar eigenlijk is de vraag breder: schulden, rust, structuur. Doorzetten naar {{o:SWT}} {{w:Zuiderpark}} voor brede intake.
=====
Verslag gesprek Wmo | [[d:5 november 2024]] | [[z:2024-WMO-118302]]

| Onderdeel | Bevindingen |
|---|---|
| Cliënt | mw. [[p:Wilhelmina (Mien) Koning]], 91 jr |
| Woonsituatie | aanleunwoning {{o:Humanitas}} {{w:Bezuidenhout}}, [[a:Theresiastraat 212 app. 14]] |
| Gezondheid | artrose knieën, slechthorend, hoogbejaard |
| Netwerk | zoon [[p:Hans Koning]] (Voorburg, 2x/wk), dochter [[p:Ria de Bruijn-Koning]] (Zoetermeer, 1x/wk), kleindochter [[p:Femke]] |
| Vraag | hulp bij huishouden, wasverzorging |
| Mogelijkheden | maaltijden via restaurant in complex; HH nodig 2,5 uur/week |
=====
Gesprek gevoerd met de heer en mevrouw [[p:Tahiri]] op [[d:vrijdag 13 december]]. Aanwezig waren dhr. [[p:Abdelkader Tahiri]] (81), mw. [[p:Rahma Tahiri-Bouzid]] (76), hun dochter [[p:Samira]] en de {{r:ouderenconsulent}} van {{o:Xtra}}, [[p:Kim Lagerwey]].
Het echtpaar woont op de [[a:Van der Vennestraat 47]] in {{w:Schilderswijk}}. Beide zijn afhankelijk van elkaar: dhr. is bijna blind, mw. heeft hartproblemen. [[p:Samira]] komt elke dag na haar werk. Zoon [[p:Rachid]] woont in Brussel.
Besproken: huishoudelijke ondersteuning, maaltijdvoorziening, en de wens [[p:van Samira]] om mantelzorgwaardering aan te vragen.
=====
GESPREKSVERSLAG
{{o:Gemeente Den Haag}} — Dienst OCW — afdeling Wmo
Ons kenmerk: [[z:OCW/WMO/2025/00417]]

Naam cliënt: [[p:Johannes Cornelis de Wit]]
Geb.datum: [[d:1944-05-30]]
Adres: [[a:Erasmusweg 1401]] [[pc:2532 CX]]
Datum gesprek: [[d:08-01-2025]], telefonisch (op verzoek cliënt)

Dhr. [[p:de Wit]] wil zijn scootmobiel omruilen. De huidige scootmobiel (in bruikleen sinds 2019) heeft een te kleine actieradius, hij rijdt naar zijn vrouw [[p:Marianne]] in verpleeghuis {{o:Wiekslag}} en haalt de terugweg niet.
Dhr. heeft geen netwerk dat hem kan rijden: zijn zoon [[p:Gerard]] woont in Canada.
Vervolg: onderzoek naar scootmobiel met grotere actieradius; leverancier neemt contact op.
""")
# ---------------------------------------------------------------------------
# 2. Onderzoeksverslagen with structured sections
# ---------------------------------------------------------------------------
add(r"""
ONDERZOEKSVERSLAG WMO

Persoonsgegevens
Naam: [[p:Bakker]], [[p:Cornelia Johanna]]
Roepnaam: [[p:Corrie]]
Geboortedatum: [[d:23-10-1947]]
BSN: [[b:688509022]]
Adres: [[a:Goudsbloemlaan 77]], [[pc:2565 CK]] Den Haag
Melding ontvangen: [[d:04-02-2024]]
Datum onderzoek: [[d:15-02-2024]]
Zaaknummer: [[z:WMO-2024-004128]]

Hulpvraag
Mevrouw wil met hulp zelfstandig thuis blijven wonen en haar huis schoon houden.

Situatie
Mevrouw woont alleen in een tussenwoning in de {{w:Bomen- en Bloemenbuurt}}. Zij heeft een longaandoening en raakt snel buiten adem. Sinds het overlijden van haar man [[p:Gerrit]] in 2023 doet zij alles alleen.

Mogelijkheden eigen kracht en netwerk
- Mevrouw doet zelf de lichte taken (afwassen, opruimen).
- Zoon [[p:Erik Bakker]] komt op zondag en doet de tuin.
- Dochter [[p:Anja Bakker]] woont in Spanje.
- Buurman [[p:Hamid]] zet de kliko's buiten.
- Er is geen huisgenoot die gebruikelijke hulp kan bieden.

Voorliggende en algemene voorzieningen
Boodschappenservice van de supermarkt; was via de wasserette met haal- en brengservice (eigen kosten).

Advies
Toekennen huishoudelijke ondersteuning, resultaat schoon en leefbaar huis, ondersteuningsprofiel HO2, {{o:Tzorg}}.

{{r:Wmo-consulent}}: [[p:D. Moesker]]
=====
Onderzoeksverslag (art. 2.3.2 Wmo 2015) — dhr. [[p:Kemal Öztürk]], geb. [[d:09.03.1956]]

1. Hulpvraag
Dhr. vraagt een traplift. Hij kan de trap naar de slaapkamer en badkamer niet meer veilig nemen.

2. Situatie
Dhr. woont met zijn vrouw [[p:Hatice]] in een koopwoning in {{w:Ypenburg}}, [[a:Laan van Wateringse Veld 1320]]. Hij heeft ernstige artrose in beide knieën en wacht op een tweede knieprothese. De badkamer en slaapkamers zijn op de eerste verdieping.

3. Eigen kracht / netwerk
Mw. [[p:Öztürk]] helpt dhr. nu de trap op, maar zij heeft zelf een hernia. Zoon [[p:Mert]] woont in Amsterdam. Dochter [[p:Derya]] woont om de hoek en helpt in het huishouden.

4. Medisch advies
Op verzoek is advies gevraagd aan {{o:Argonaut}}. De {{r:medisch adviseur}} concludeert dat de beperkingen langdurig zijn en dat traplopen niet verantwoord is.

5. Afweging
Verhuizen naar een gelijkvloerse woning is besproken. Dhr. en mw. willen dit niet. Omdat het een koopwoning is en er geen passende woning op korte termijn beschikbaar is, is een traplift de goedkoopst-adequate oplossing.

6. Advies
Toekennen traplift (recht, 1 verdieping) in bruikleen. Eigen bijdrage via {{o:CAK}}.
=====
Onderzoeksverslag Wmo
Betrokkene: [[p:Miroslava Ivanova]] — [[z:Z-24-118870]]
Opgesteld door: [[p:Priscilla Doelwijt]], {{r:Wmo-consulent}} team {{w:Laak}}

HULPVRAAG
Mw. wil ondersteuning bij het regelen van haar dagelijks leven (post, afspraken, structuur).

SITUATIE
Mw. is 34, komt uit Bulgarije en woont sinds 2016 in Den Haag. Zij heeft een licht verstandelijke beperking (IQ-onderzoek 2021). Zij woont met haar dochtertje [[p:Viktoria]] (5) op [[a:Rijswijkseweg 330-3]]. Er zijn schulden (ca. € 6.400) en een huurachterstand.

EIGEN KRACHT EN NETWERK
Moeder [[p:Stefka]] woont in Plovdiv. Een vriendin, [[p:Desi Georgieva]], helpt met vertalen. Er is verder geen netwerk in Nederland. Mw. is zelf gemotiveerd.

AFWEGING
Het {{o:SWT}} is al betrokken voor de schulden; voor de dagstructuur en post is langdurige begeleiding nodig.

ADVIES
Begeleiding individueel, 3 uur per week, 12 maanden, via {{o:Middin}}. Tevens afstemming met {{o:CJG}} i.v.m. de dochter.
=====
ONDERZOEKSVERSLAG MAATWERKVOORZIENING

Gegevens aanvrager
[[p:Lucas Theodorus Vos]] | [[d:6 juni 1962]] | [[a:Sportlaan 411]] | [[pc:2566LA]] | [[t:(070) 323 90 18]]

Gegevens gemachtigde
[[p:M.A. Vos-Jansen]] (echtgenote)

Hulpvraag
Dhr. [[p:Vos]] wil zich zelfstandig kunnen verplaatsen in de wijk ({{w:Bohemen}} / {{w:Kijkduin}}) om naar het strand, de bakker en de huisarts te gaan.

Situatie
Dhr. heeft de ziekte van Parkinson (sinds 2015). Lopen gaat slecht, hij heeft freezing. Fietsen lukt niet meer. Hij rijdt geen auto meer.

Eigen kracht / netwerk
Echtgenote [[p:Marga]] rijdt hem naar ziekenhuisafspraken. Kinderen [[p:Joost]] en [[p:Sanne]] wonen buiten Den Haag. Dhr. heeft zelf een elektrische fiets, die hij niet meer kan gebruiken.

Onderzochte oplossingen
a. Regiotaxi / {{o:Haaglanden Taxi}}: voor de korte afstanden in de wijk niet passend.
b. Scootmobiel: passend, dhr. is in staat om veilig te rijden (rijvaardigheidstest [[d:12 maart]] met positief resultaat).

Advies
Scootmobiel middenklasse, in bruikleen, met stalling in eigen garage.
=====
Onderzoeksverslag — samenvatting voor dossier [[z:2024/HO/55109]]
Cliënt: mw [[p:Mariska Dekker]], 52 jr, {{w:Morgenstond}}
Hulpvraag: schoon huis, hulp bij wasverzorging
Situatie: mw. heeft ernstige depressie en angst, in behandeling bij {{o:Parnassia}}. Twee katten. Woning zeer vervuild.
Eigen kracht: laag. Mw. heeft een zus ([[p:Petra]]) die het contact heeft verbroken. Haar vriend [[p:Marco]] komt in het weekend maar helpt niet in huis.
Advies: eerst eenmalige grote schoonmaak (via {{o:Stichting Schoon Thuis}}), daarna HO3 (extra ondersteuning i.v.m. psychische problematiek), afstemming met {{r:ambulant begeleider}} [[p:Anouk]] van {{o:Parnassia}}.
=====
Onderzoeksverslag voor aanvraag [[z:AV-2025-00933]]
Naam: [[p:Nguyen Thi Lan]], geb. [[d:19/04/1950]]
Adres: [[a:Hooftskade 22]]
Tolk: Vietnamees, dochter [[p:Nguyen Minh Chau]] (telefoon [[t:06-55 18 40 02]])

Hulpvraag
Mevrouw wil op een veilige manier kunnen wassen en naar het toilet gaan.

Situatie
Mevrouw heeft een heupfractuur gehad en is teruggekomen uit het revalidatiecentrum {{o:Sophia Revalidatie}}. Zij woont bij haar dochter en schoonzoon [[p:Tran Van Duc]] op de tweede verdieping. Het toilet is smal en laag.

Mogelijkheden eigen kracht en netwerk
Dochter en schoonzoon ondersteunen bij wassen en aankleden. Kleinzoon [[p:Bao]] helpt 's avonds. Toiletverhoger en douchekruk kunnen via de uitleen van de zorgverzekeraar ({{o:Medipoint}}).

Advies
Geen maatwerkvoorziening. Hulpmiddelen via zorgverzekeraar / uitleen. Evaluatie over 3 maanden.
=====
Onderzoeksrapport Wmo | mw. [[p:Jantine Roos]] | [[d:25-03-2024]]

Hulpvraag: begeleiding bij zelfstandig wonen na uitstroom uit beschermd wonen.
Situatie: mw. (29) woont sinds februari in een studio van {{o:Staedion}} ([[a:Weimarstraat 118 K]]). Zij heeft een borderline persoonlijkheidsstoornis. Bij {{o:Kessler Stichting}} had zij een woonbegeleider, [[p:Ruben]].
Eigen kracht: mw. heeft een vriend, [[p:Stijn]], en contact met haar moeder [[p:Ingrid Roos]] (Zoetermeer). Zij kan zelf koken en wassen.
Advies: individuele begeleiding 4 uur/week, 6 mnd, daarna afschalen; aanbieder {{o:Anton Constandse}}.
=====
ONDERZOEKSVERSLAG

A. Algemeen
Cliënt: dhr. [[p:Hendrik-Jan Smit]]
Geboortedatum: [[d:31-12-1972]]
BSN: [[b:752537659]]
Adres: [[a:Laan van Nieuw-Oost-Indië 198]], [[pc:2593 BT]]
Telefoon: [[t:06-12 09 88 73]]
E-mail: [[e:hjsmit72@hotmail.com]]
Melddatum: [[d:10-06-2024]]
Onderzoeksdatum: [[d:24-06-2024]]
Termijn van 6 weken verstreken op: [[d:22-07-2024]]

B. Hulpvraag
Dhr. wil weer zelfstandig naar zijn werk (administratief medewerker, 24 uur per week) en sociale activiteiten kunnen.

C. Situatie
Dhr. heeft sinds een motorongeluk een dwarslaesie (Th10). Hij rijdt in een handbewogen rolstoel. Hij woont alleen in een gelijkvloerse woning in {{w:Mariahoeve}}.

D. Eigen mogelijkheden en netwerk
Broer [[p:Wim Smit]] woont in Leiden. Vriendin [[p:Ellis]] woont niet samen met dhr. Collega [[p:Mark Hendriks]] rijdt soms mee naar het werk. Dhr. heeft zelf een aangepaste auto aangevraagd via het {{o:UWV}} (werkvoorziening).

E. Conclusie en advies
Vervoer naar werk valt onder het {{o:UWV}}. Voor sociaal vervoer: Wmo-vervoer via {{o:Haaglanden Taxi}}, pas met begeleider. Rolstoel-aanpassing (elektrische ondersteuning) wordt apart onderzocht door de {{r:ergotherapeut}}.
=====
verslag onderzoek — mw [[p:el idrissi]] ([[p:Khadija]]) — HH
hulpvraag: schoonmaak + boodschappen
situatie: alleenstaand, 63, knieproblemen, woont [[a:Parallelweg 71 3e]] ({{w:Transvaal}}) zonder lift
netwerk: dochters [[p:Loubna]] en [[p:Siham]] werken allebei, komen wel om de dag; zoon [[p:Youssef]] in detentie
eigen kracht: boodschappen via dochters, kookt zelf
advies: HO 2 uur p/w, herbeoordeling over 1 jaar
=====
Onderzoeksverslag Wmo — Versie 2 (na correctie cliënt)
Cliënt: mw. [[p:Aaltje Visser-Schipper]] ([[d:15 januari 1936]])
Adres: [[a:Kamperfoeliestraat 9]], {{w:Bomen- en Bloemenbuurt}}

Correctie van cliënt (ontvangen [[d:3 oktober]]): "Het klopt niet dat mijn zoon [[p:Bert]] elke week komt. Hij komt eens in de maand, hij woont in Friesland. Mijn kleinzoon [[p:Robin Visser]] komt wel op dinsdag."

Aangepaste tekst paragraaf netwerk:
Zoon [[p:Bert Visser]] komt eens per maand. Kleinzoon [[p:Robin]] komt wekelijks op dinsdag en helpt met de vuilnis en de tuin. Buurvrouw [[p:Truus Groen]] kijkt elke ochtend of het gordijn open is.
=====
Onderzoeksverslag (kort) [[z:WMO-23-099148]]
Naam: dhr [[p:Winston Zandvliet]] | geb [[d:14-7-1949]] | {{w:Rustenburg}}
Hulpvraag: woningaanpassing badkamer (drempel, beugels, douchestoel)
Situatie: dhr heeft diabetes met neuropathie, valrisico
Netwerk: partner [[p:Yvette]] (Antilliaanse achtergrond, eigen gezondheidsklachten), zoon [[p:Rignald]]
Advies: kleine woningaanpassing via {{o:Haag Wonen}} (corporatie voert uit, beugels eigen verantwoordelijkheid huurder); douchestoel zelf aanschaffen (algemeen gebruikelijk).
=====
ONDERZOEKSVERSLAG BEGELEIDING

Naam: [[p:Rashid Noorzai]]
Geboortedatum: [[d:1 januari 1988]]
Adres: [[a:Vlierboomstraat 310]]
BSN: [[b:506515813]]

Hulpvraag: hulp bij administratie, contacten met instanties en vinden van dagbesteding.
Situatie: dhr. is in 2015 vanuit Afghanistan naar Nederland gekomen. Hij heeft PTSS en slaapproblemen. Hij woont alleen in {{w:Bouwlust}}.
Eigen kracht en netwerk: broer [[p:Ahmad Noorzai]] woont in Utrecht. Vriend [[p:Jawad]] (woont in dezelfde straat) helpt met brieven. Dhr. bezoekt de moskee.
Advies: begeleiding groep (dagbesteding) 2 dagdelen via {{o:Stichting Mooi}}; individuele begeleiding 2 uur per week via {{o:Stek}}. Afstemming met {{r:POH-GGZ}}.
=====
Onderzoeksverslag
Cliënt: [[p:Esther Rozenblad]]
Datum: [[d:dinsdag 4 februari 2025]]

Hulpvraag
"Ik wil gewoon mijn boodschappen zelf kunnen doen."

Situatie
Mw. heeft een spierziekte en kan geen afstanden lopen. Zij woont in {{w:Statenkwartier}}.

Mogelijkheden eigen kracht en netwerk
Echtgenoot [[p:Daniël]] werkt fulltime. Dochter [[p:Mirthe]] (17) zit op school. Vriendinnen uit de synagoge ([[p:Ruth]], [[p:Naomi]]) rijden soms mee.

Advies
Driewielfiets met elektrische ondersteuning (bruikleen), omdat mw. deze kan fietsen en dit goedkoper is dan een scootmobiel.
=====
ONDERZOEKSVERSLAG Wmo - [[z:2025.0021.HO]]

Hulpvraag: ondersteuning huishouden na ziekenhuisopname
Situatie: dhr. [[p:Sevdalin Kostov]] (71) is op [[d:18 januari 2025]] ontslagen uit het {{o:HMC Antoniushove}} na een longontsteking. Hij woont met zijn vrouw [[p:Radka]], die rolstoelgebonden is.
Eigen kracht: beperkt; kinderen wonen in Bulgarije. Achterbuurman [[p:Dimitar]] helpt soms.
Advies: tijdelijke HO 3 uur per week gedurende 3 maanden, daarna herbeoordeling. Spoedinzet gestart op [[d:22-01-2025]] via {{o:Axxicom Thuishulp}}.
""")
# ---------------------------------------------------------------------------
# 3. Beschikkingen: toekenning (letters and decision lists)
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Den Haag}}
Postbus 12600
2500 DJ Den Haag

Mevrouw [[p:C.J. Bakker]]
[[a:Goudsbloemlaan 77]]
[[pc:2565 CK]] DEN HAAG

Datum: [[d:28 februari 2024]]
Ons kenmerk: [[z:WMO-2024-004128]]
Behandeld door: [[p:D. Moesker]]
Telefoon: 14 070
Onderwerp: besluit op uw aanvraag huishoudelijke ondersteuning

Geachte mevrouw [[p:Bakker]],

U heeft op [[d:4 februari 2024]] een melding gedaan voor ondersteuning bij het huishouden. Op [[d:15 februari 2024]] hebben wij met u een gesprek gehad. In deze brief leest u ons besluit.

Besluit
Wij kennen u huishoudelijke ondersteuning toe in de vorm van een maatwerkvoorziening in natura.

Product: Huishoudelijke ondersteuning 2 (productcode 02A02)
Resultaat: een schoon en leefbaar huis
Aanbieder: {{o:Tzorg}}
Ingangsdatum: [[d:01-03-2024]]
Einddatum: [[d:28-02-2027]]

Eigen bijdrage
U betaalt een eigen bijdrage van maximaal € 21,80 per maand (abonnementstarief 2024). Het {{o:CAK}} stuurt u hierover een brief.

Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar: {{o:College van burgemeester en wethouders}}, Postbus 12600, 2500 DJ Den Haag.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Den Haag,

[[p:W.F. Ramdin]]
{{r:teamleider Wmo}}
=====
BESCHIKKING MAATWERKVOORZIENING WMO 2015

Beschikkingsnummer: [[z:B-2024-118822]]
Datum besluit: [[d:03-05-2024]]

Cliënt: [[p:Yusuf Aktaş]]
BSN: [[b:503916808]]
Adres: [[a:Hoefkade 1180]], [[pc:2526 DK]] Den Haag

Toegekend:
| Voorziening | Code | Vorm | Ingang | Einde |
| Woningaanpassing: verwijderen bad, plaatsen inloopdouche | 10A03 | natura (via corporatie) | [[d:15-05-2024]] | eenmalig |
| Scootmobiel middenklasse | 12B01 | bruikleen | [[d:15-05-2024]] | [[d:14-05-2031]] |

Leverancier scootmobiel: {{o:Welzorg}}. Contact leverancier: algemeen nummer 088 001 20 00.
De woningaanpassing wordt uitgevoerd door {{o:Haag Wonen}}; u ontvangt van hen een planning.
=====
Den Haag, [[d:12 juni 2024]]

Betreft: Toekenning begeleiding individueel
Kenmerk: [[z:Z-24-118870]]

Beste mevrouw [[p:Ivanova]],

Op [[d:29 mei]] spraken wij met u, uw vriendin mevrouw [[p:Georgieva]] en de {{r:maatschappelijk werker}} van het {{o:SWT}}, mevrouw [[p:Bos]]. Wij hebben besloten u begeleiding te geven.

Wat krijgt u?
- Begeleiding individueel (productcode 07A08)
- 3 uur per week
- van [[d:17 juni 2024]] tot en met [[d:16 juni 2025]]
- aanbieder: {{o:Middin}}

Wat moet u doen?
U hoeft niets te doen. {{o:Middin}} belt u binnen 10 werkdagen. Lukt dat niet? Bel dan met uw {{r:Wmo-consulent}}, [[p:Priscilla Doelwijt]], op [[t:06 1077 4302]] (ma-do).

Met vriendelijke groet,
{{o:Gemeente Den Haag}}
=====
Beschikking — toekenning traplift
Aan: de heer en mevrouw [[p:Öztürk]]
[[a:Laan van Wateringse Veld 1320]]
[[pc:2548 BH]] Den Haag
Datum: [[d:20-08-2024]]
Ons kenmerk: [[z:WMO/WA/2024/3318]]

Geachte heer [[p:Öztürk]],

Wij hebben uw aanvraag voor een traplift onderzocht. U krijgt een rechte traplift in bruikleen. De traplift wordt geplaatst door {{o:Otolift}}. Zij nemen binnen vier weken contact met u op voor het inmeten.

Voorziening: traplift recht (hulpmiddelcode 18.30.11 volgens ISO 9999)
Vorm: bruikleen, onderhoud en reparatie via de leverancier
Eigen bijdrage: abonnementstarief, via het {{o:CAK}}

Na plaatsing komt de {{r:ergotherapeut}} kijken of de traplift goed werkt. Meldt u storingen bij {{o:Otolift}} (storingsnummer 24/7: 0800 686 54 38).

Met vriendelijke groet,
[[p:Floor Wagemaker]]
{{r:Wmo-consulent}}
=====
Toekenningsbrief
[[d:19 december 2024]] · kenmerk [[z:24-0093317]]

Beste [[p:Mien Koning]],

U krijgt hulp bij het huishouden. U kreeg dit ook al, maar nu ook hulp bij de was. Uw zoon [[p:Hans]] heeft dit met ons besproken op [[d:5 november]].

Uw hulp: HO 2 + wasverzorging (productcodes 02A02 en 02A06)
Start: [[d:1 januari 2025]]
Aanbieder: {{o:Florence}}

Heeft u vragen? Bel dan 14 070 en vraag naar het team Wmo {{w:Haagse Hout}}.
=====
BESCHIKKING
In het kader van de Wet maatschappelijke ondersteuning 2015 en de Verordening maatschappelijke ondersteuning Den Haag 2015 besluit het college als volgt.

Naam: Dhr. [[p:L.T. Vos]]
Geboortedatum: [[d:06-06-1962]]
Beschikkingsnummer: [[z:WMO-VV-24-01877]]

Toegekend: scootmobiel middenklasse in bruikleen (productcategorie 12, productcode 12B01), inclusief stalling en oplaadpunt.
Ingangsdatum: [[d:01-05-2024]]
Geldigheid: tot de voorziening technisch is afgeschreven (verwachte levensduur 7 jaar).
Afgewezen: geen.
Eigen bijdrage: ja, abonnementstarief, maximaal € 21,80 per maand (2024).

Bijlagen: onderzoeksverslag [[d:15 april 2024]], gebruikersovereenkomst {{o:Medipoint}}.
=====
beschikking HO - toekenning (kopie voor {{o:SWT}} dossier)
cliënt [[p:El Idrissi]], [[p:K.]] — [[z:HO-2024-7712]]
HO 2 uur p/w (HO2), {{o:Buurtzorg}} ... nee, {{o:TSN Thuiszorg}}
ingang [[d:8-7-2024]], looptijd 1 jaar
eigen bijdrage: n.v.t. (mw heeft bijstand? → nee, abonnementstarief geldt voor iedereen, € 21,80)
=====
Geachte mevrouw [[p:Amponsah]],

Hierbij ontvangt u ons besluit op uw aanvraag van [[d:30 oktober 2024]].

Wij kennen u de volgende voorzieningen toe:
1. Huishoudelijke ondersteuning, 3 uur per week, ondersteuningsprofiel HO3 (productcode 02A03), van [[d:1 december 2024]] tot [[d:1 december 2025]].
2. Begeleiding individueel, 2 uur per week (productcode 07A08), via {{o:Kessler Stichting}}.

Omdat u ook hulp krijgt bij uw schulden via de {{o:Schuldhulpverlening Den Haag}}, stemmen wij af met uw {{r:schuldhulpverlener}}, meneer [[p:Van Veen]].

Met vriendelijke groet,
[[p:A. Jagesar]], {{r:Wmo-consulent}}
Direct nummer: [[t:070 752 81 36]]
=====
Besluit Wmo – [[z:2025-WMO-000418]]

Mevrouw [[p:Esther Rozenblad]]
[[a:Frederik Hendriklaan 31C]]
[[pc:2582 BR]] 's-Gravenhage

Den Haag, [[d:20 februari 2025]]

Geachte mevrouw [[p:Rozenblad]],

U vroeg ons om een scootmobiel. Wij geven u een driewielfiets met elektrische trapondersteuning in bruikleen (productcode 12C04). Uit het onderzoek blijkt dat u deze veilig kunt fietsen en dat dit voor u een passende oplossing is. Een scootmobiel kennen wij daarom niet toe. Dit is een gedeeltelijke afwijzing van uw aanvraag.

Wilt u toch een scootmobiel? Dan kunt u binnen zes weken bezwaar maken.
=====
Toekenning PGB — [[p:Savitri Ramautar]] ([[z:884210]])

Het college kent u een persoonsgebonden budget (PGB) toe voor huishoudelijke ondersteuning.
Hoogte budget: € 6.084,00 per jaar (3 uur per week × 52 weken × € 39,00 informeel tarief)
Periode: [[d:01-09-2024]] t/m [[d:31-08-2025]]
Budgethouder: mevrouw [[p:S. Ramautar]], vertegenwoordigd door dhr. [[p:R. Ramautar]]
Zorgverlener volgens budgetplan: mevrouw [[p:A. Bissesar]]
De {{o:Sociale Verzekeringsbank}} (SVB) betaalt namens u de zorgverlener. U ontvangt geen geld op uw eigen rekening.
""")
# ---------------------------------------------------------------------------
# 4. Afwijzingen and other decision letters
# ---------------------------------------------------------------------------
add(r"""
Aan de heer [[p:D. Petrović]]
[[a:Zuidlarenstraat 90]]
[[pc:2545 VN]] Den Haag

Den Haag, [[d:10 oktober 2024]]
Ons kenmerk: [[z:WMO-2024-091144]]
Onderwerp: afwijzing huishoudelijke ondersteuning

Geachte heer [[p:Petrović]],

U heeft ons gevraagd om hulp bij het huishouden. Wij hebben op [[d:26 september 2024]] met u gesproken. Wij wijzen uw aanvraag af.

Waarom wijzen wij uw aanvraag af?
U woont samen met uw echtgenote en uw meerderjarige zoon. Van huisgenoten mag worden verwacht dat zij het huishouden overnemen als u dat zelf niet kunt (gebruikelijke hulp, artikel 2.3.5 lid 3 Wmo 2015 en het Protocol gebruikelijke hulp). Uit het gesprek blijkt niet dat uw huisgenoten dit niet kunnen.

Wat kunt u wel doen?
- Contact opnemen met {{o:Voor Welzijn}} voor ondersteuning als mantelzorger van uw vrouw.
- Als de situatie verandert (bijvoorbeeld als uw zoon het huis uit gaat), kunt u opnieuw een melding doen.

Bezwaar
Bent u het niet eens met dit besluit? U kunt binnen 6 weken bezwaar maken. Kijk op denhaag.nl/bezwaar of stuur een brief naar Postbus 12600, 2500 DJ Den Haag.

Met vriendelijke groet,

[[p:Thijs van Leeuwen]]
{{r:Wmo-consulent}}
=====
Afwijzing – aanvraag traplift
Kenmerk [[z:WA-24-00813]] / uw melding van [[d:2 april 2024]]

Geachte mevrouw [[p:Kowalczyk]],

Wij hebben uw aanvraag voor een traplift voor de woning aan de [[a:Dijkveld 47]] onderzocht. Wij wijzen de traplift af, omdat er een goedkoopst-adequate oplossing mogelijk is: het realiseren van een slaapkamer en badkamer op de begane grond (aanbouw is volgens de {{r:ergotherapeut}} niet mogelijk), of een verhuizing.

Correctie: na overleg met de {{r:ergotherapeut}} mevrouw [[p:Schouten]] op [[d:9 juli]] blijkt dat een traplift met een rolstoelplateau niet past. Daarom adviseren wij een verhuiskostenvergoeding (productcode 10V01, € 3.328 forfaitair) en urgentie via de {{o:Gemeente Den Haag}} afdeling Wonen.
=====
Besluit: afwijzing scootmobiel

Naam: [[p:Y. Winter]]
Geb.: [[d:18-11-1956]]
Adres: [[a:Kwartellaan 33]], {{w:Bohemen}}
Zaak: [[z:2024-08-1441]]

Motivering: uit het advies van de {{r:medisch adviseur}} van {{o:Argonaut}} ([[d:11 september 2024]]) blijkt dat u door uw longaandoening niet veilig aan het verkeer kunt deelnemen met een scootmobiel, omdat u zuurstof nodig heeft en snel benauwd raakt bij kou en inspanning. Een rolstoel met duwondersteuning is een alternatief; uw zus mevrouw [[p:C. Winter]] heeft aangegeven u te kunnen duwen.
Wij bieden u daarom een rolstoel met duwondersteuning aan (productcode 12R03). U kunt aangeven of u die wilt ontvangen.
=====
Geachte heer [[p:Hassan Mohamed]],

Wij hebben uw aanvraag voor een urgentieverklaring op medische grond afgewezen, omdat u al op de wachtlijst staat voor een aangepaste woning (inschrijfnummer {{o:Woonnet Haaglanden}}: [[z:WN-2019-338217]]). Uw aanvraag voor een rolstoel is wel toegekend (zie beschikking [[z:Z/24/221903-02]]).
Heeft u vragen, belt u dan met mevrouw [[p:Belhaj]] van het {{o:SWT}}, telefoon [[t:06-1888 4021]].
=====
BESLUIT OP AANVRAAG - AFWIJZING

Aanvrager: [[p:R. Kishoendajal]]
Aanvraagdatum: [[d:18-01-2025]]
Voorziening: hulp bij het huishouden + vervoer (Wmo-pas)

Het college wijst de aanvraag af. Aanvrager is niet verschenen op de afspraken voor het gesprek op [[d:3 februari 2025]] en [[d:10 februari 2025]] en heeft niet gereageerd op de hersteltermijn (brief van [[d:11 februari 2025]], artikel 4:5 Awb). Hierdoor kon het onderzoek niet worden uitgevoerd.

U kunt altijd een nieuwe melding doen via 14 070.
=====
Besluit op uw verzoek om een maatwerkvoorziening (afwijzing)

Den Haag, [[d:7 maart 2025]]
Dossiernummer: [[z:D-771209]]

Beste meneer [[p:Van Rijn]],

U vroeg een vergoeding voor een elektrisch verstelbaar bed. Een bed zien wij als algemeen gebruikelijk: het is gewoon in de winkel te koop, de prijs is vergelijkbaar met een gewoon bed en mensen zonder beperking kopen het ook. Daarom krijgt u het bed niet via de Wmo.
Wel kunt u een hoog-laagbed lenen via uw zorgverzekeraar als uw {{r:wijkverpleegkundige}} dit nodig vindt. Uw {{r:wijkverpleegkundige}} [[p:Joke]] van {{o:Buurtzorg}} {{w:Vruchtenbuurt}} weet hier meer over.
=====
Afwijzing maatwerkvoorziening begeleiding – mw. [[p:R. Roos]] (*[[d:04-05-1995]])

Reden: er is een voorliggende voorziening. Mevrouw [[p:Roos]] heeft een indicatie van het {{o:CIZ}} voor de Wet langdurige zorg (zorgprofiel GGZ-W3, besluit van [[d:2 april 2025]]). Begeleiding valt daardoor onder de Wlz en niet onder de Wmo.
Advies: contact opnemen met het {{o:Zorgkantoor Zilveren Kruis}} voor de inzet van de Wlz-zorg. Haar moeder, mevrouw [[p:I. Roos]], is hierover ingelicht.
=====
Den Haag, [[d:2 mei 2024]]
Aan: mevr. [[p:T. Groen-Verhoeven]], [[a:Kamperfoeliestraat 11]]

Betreft: uw aanvraag woningaanpassing (verhoogd toilet)

Geachte mevrouw [[p:Groen-Verhoeven]],

Een toiletverhoger is een losse, goedkope voorziening die algemeen gebruikelijk is (verkrijgbaar vanaf ongeveer € 25 bij de thuiszorgwinkel). Wij wijzen uw aanvraag daarom af. Wandbeugels bij het toilet kan uw verhuurder {{o:Vidomes}} plaatsen; bel hiervoor het algemene nummer van {{o:Vidomes}}.
""")
# ---------------------------------------------------------------------------
# 5. Bezwaar en beroep
# ---------------------------------------------------------------------------
add(r"""
[[p:D. Petrović]]
[[a:Zuidlarenstraat 90]]
[[pc:2545VN]] Den Haag
tel [[t:06 2847 1190]]

Aan het college van B&W van Den Haag
Postbus 12600
2500 DJ Den Haag

Den Haag, [[d:14-11-2024]]

Betreft: bezwaar tegen besluit kenmerk [[z:WMO-2024-091144]]

Geachte heer/mevrouw,

Ik maak bezwaar tegen uw besluit van [[d:10 oktober 2024]]. U zegt dat mijn vrouw en zoon het huishouden moeten doen. Maar mijn vrouw [[p:Milena]] werkt 36 uur schoonmaak en heeft zelf schouderklachten (zie brief van de huisarts dokter [[p:Hoogland]]). Mijn zoon [[p:Luka]] gaat in januari op kamers in Delft.
Ik vraag u om opnieuw te kijken.

Met vriendelijke groet,
[[p:Dragan Petrović]]
BSN [[b:353387290]]
=====
PRO FORMA BEZWAARSCHRIFT

Namens cliënte mevrouw [[p:A. Kowalczyk]], wonende te [[a:Dijkveld 47]], [[pc:2548 JX]] Den Haag, tekent ondergetekende, mr. [[p:B.R. Hoefnagel]], advocaat te Den Haag, hierbij pro forma bezwaar aan tegen het besluit van [[d:15 juli 2024]] met kenmerk [[z:WA-24-00813]].
De gronden van het bezwaar volgen zo spoedig mogelijk. Graag verneem ik een termijn.
Verzoek om toezending van het volledige dossier, inclusief het advies van de ergotherapeut.

{{o:Advocatenkantoor Duinzicht}}
Uw kenmerk: [[z:WA-24-00813]] | Ons kenmerk: [[z:HA/2024/0877]]
[[e:b.hoefnagel@hoefnageladvocatuur.nl]]
=====
Ontvangstbevestiging bezwaarschrift

Datum: [[d:20 november 2024]]
Bezwaarnummer: [[z:BZ-24-04412]]

Geachte heer [[p:Petrović]],

Wij hebben uw bezwaarschrift van [[d:14 november 2024]] ontvangen. Uw bezwaar wordt behandeld door de {{o:Commissie bezwaarschriften}} (kamer sociaal domein). U wordt uitgenodigd voor een hoorzitting. Wij nemen binnen 12 weken na afloop van de bezwaartermijn een beslissing. Deze termijn kan met 6 weken worden verlengd.

Heeft u vragen? Neem contact op met de secretaris, mevrouw [[p:L. Akkermans]], e-mail [[e:l.akkermans@denhaag.nl]].
=====
VERSLAG HOORZITTING
{{o:Commissie bezwaarschriften}} — kamer sociaal domein
Datum zitting: [[d:dinsdag 28 januari 2025]], 10.30 uur, zaal 4.12

Bezwaarde: dhr. [[p:D. Petrović]] ([[z:BZ-24-04412]])
Aanwezig: dhr. [[p:Petrović]], bijgestaan door zijn zoon [[p:Luka Petrović]]; namens het college: mw. [[p:N. Soekhai]], {{r:juridisch medewerker}}; dhr. [[p:T. van Leeuwen]], {{r:Wmo-consulent}}
Commissie: mr. [[p:J.P. de Graaf]] (voorzitter), [[p:F. Amrani]], [[p:H. Visser]] (leden); secretaris [[p:L. Akkermans]]

Dhr. [[p:Petrović]] licht toe dat zijn zoon per [[d:1 februari]] op kamers woont. [[p:Luka]] bevestigt dit en legt het huurcontract over (adres [[a:Oude Delft 210-4]], Delft). De echtgenote is verhinderd wegens werk.
Namens het college wordt erkend dat de situatie is gewijzigd. Mw. [[p:Soekhai]] stelt voor een nieuw onderzoek te doen naar de gebruikelijke hulp van de echtgenote, met medisch advies.
De voorzitter sluit om 11.05 uur de zitting.
=====
ADVIES COMMISSIE BEZWAARSCHRIFTEN
Zaak: [[p:Kowalczyk]] / College Den Haag — [[z:BZ-24-03390]]

1. Feiten
Bij besluit van [[d:15 juli 2024]] heeft het college de aanvraag om een traplift afgewezen en een verhuiskostenvergoeding toegekend. Bij brief van [[d:22 augustus 2024]] heeft mr. [[p:Hoefnagel]] namens bezwaarster bezwaar gemaakt; de gronden zijn aangevuld op [[d:30 september 2024]].
2. Standpunt bezwaarster
Bezwaarster stelt dat verhuizen voor haar gezin niet redelijk is: de kinderen [[p:Zofia]] en [[p:Jan]] gaan naar school in de wijk, haar partner werkt in de buurt, de woning is een koopwoning.
3. Overwegingen
De commissie stelt vast dat het college niet heeft onderzocht of een traplift met een draaistoel (zonder rolstoelplateau) in combinatie met een tweede rolstoel boven passend is. Het onderzoek is daarom onvoldoende zorgvuldig (artikel 3:2 Awb).
4. Advies
Het bezwaar gegrond verklaren en het college opdragen een nieuw besluit te nemen na aanvullend onderzoek.
=====
Beslissing op bezwaar

Den Haag, [[d:18 maart 2025]]
Kenmerk: [[z:BOB-2025-00071]] (bezwaarnummer [[z:BZ-24-04412]])

Geachte heer [[p:Petrović]],

Wij hebben het advies van de commissie overgenomen. Uw bezwaar is gegrond. Wij herroepen het besluit van [[d:10 oktober 2024]] en kennen u huishoudelijke ondersteuning toe, HO2, 2 uur per week, met ingang van [[d:1 april 2025]] (productcode 02A02). De kosten van rechtsbijstand worden niet vergoed, omdat u zich niet heeft laten bijstaan door een beroepsmatige rechtshulpverlener.

Beroep
Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de {{o:Rechtbank Den Haag}}, sector bestuursrecht.
=====
Aan de {{o:Rechtbank Den Haag}}
Team bestuursrecht

BEROEPSCHRIFT

Inzake: mevrouw [[p:Wilhelmina Hendrika van der Kooij]], geboren op [[d:30 april 1940]], wonende aan de [[a:Laan van Eik en Duinen 88]], [[pc:2564 GV]] te 's-Gravenhage, eiseres, gemachtigde mr. [[p:S. Tahiri]] ({{o:Haagse Rechtshulp Advocaten}})

tegen

het college van burgemeester en wethouders van de gemeente Den Haag, verweerder.

Eiseres stelt hierbij beroep in tegen de beslissing op bezwaar van verweerder van [[d:9 januari 2025]], kenmerk [[z:BOB-2024-01128]], waarbij haar bezwaar tegen de verlaging van de huishoudelijke ondersteuning van 4 naar 2,5 uur per week ongegrond is verklaard.

Gronden: verweerder heeft ten onrechte geen rekening gehouden met de incontinentie van eiseres, waardoor het beddengoed dagelijks moet worden verschoond. De dochter van eiseres, mevrouw [[p:Marianne van der Kooij]], woont in Groningen en kan dit niet overnemen.
=====
Rechtbank Den Haag — mededeling

Zaaknummer: [[z:SGR 25/01873 WMO]]
Partijen: [[p:W.H. van der Kooij]] / college van B&W Den Haag
Zitting: [[d:donderdag 12 juni 2025]] om 13.45 uur, locatie Prins Clauslaan, zittingszaal 2.07
Griffierecht: € 50 (natuurlijk persoon), betaald op [[d:14 februari 2025]].
=====
Hoi [[p:Noor]], kun jij de hoorzitting van mw [[p:Aydın]] ([[z:BZ-25-00317]]) overnemen op [[d:4/3]]? Ik zit die dag bij de rechtbank voor [[p:van der Kooij]]. Dossier ligt in de kast op kamer 3.21, map "bezwaar Q1". Groet, [[p:Sanne]]
=====
Geachte commissie,

Hierbij vul ik mijn bezwaar aan (bezwaarnummer [[z:BZ-25-00317]]). Mijn moeder, mevrouw [[p:Emine Aydın]], geb. [[d:11-02-1944]], woont sinds haar ziekenhuisopname in november niet meer alleen, maar bij mij op de [[a:Leyweg 986 C]]. Daarom klopt het adres in het besluit niet meer ([[a:Escamplaan 402]]).
Zij heeft dementie en kan niet alleen thuisblijven. Ik werk 32 uur. Mijn broer [[p:Murat]] woont in Duitsland, mijn zus [[p:Ayten]] heeft drie kleine kinderen.
Ik vraag om meer uren begeleiding en om respijtzorg.

Vriendelijke groet,
[[p:Zeynep Aydın]]
[[t:06-48 19 30 77]]
=====
Verslag telefonisch horen (informele aanpak bezwaar)
[[d:vr 7 februari 2025]] – bezwaar mw. [[p:Grace Amponsah]] tegen de hoogte van de eigen bijdrage

Gesproken met mw. en haar {{r:onafhankelijk cliëntondersteuner}} [[p:Bart Kuiper]] ({{o:MEE}}).
Mw. dacht dat de gemeente de eigen bijdrage vaststelt. Uitgelegd: de hoogte (€ 21,80 per maand in 2025? nee, abonnementstarief 2025 = € 21,80) wordt door het {{o:CAK}} geïnd. Mw. heeft bijstand; zij kan de eigen bijdrage terugvragen via de gemeentelijke collectieve zorgverzekering? → nee, via bijzondere bijstand. Mw. trekt het bezwaar in. Intrekking per e-mail bevestigd ([[e:grace.amponsah1971@gmail.com]]).
=====
INGEBREKESTELLING

Den Haag, [[d:3 april 2025]]
Aan: college van B&W, afdeling Wmo
Betreft: niet tijdig beslissen op aanvraag d.d. [[d:6 januari 2025]], zaaknummer [[z:Z/25/000912]]

Geachte heer, mevrouw,

Namens mijn vader, de heer [[p:Hüseyin Kaplan]] ([[d:12-05-1938]]), wonende [[a:Hobbemastraat 202]] te Den Haag, stel ik u in gebreke. De wettelijke beslistermijn van acht weken is verstreken. Als u niet binnen twee weken beslist, bent u een dwangsom verschuldigd (artikel 4:17 Awb).

Hoogachtend,
[[p:Serkan Kaplan]] (gemachtigde)
[[t:+31 6 1620 0488]] — [[e:s.kaplan@kaplanlogistiek.nl]]
=====
Intern memo — bezwaarzaken Wmo, stand van zaken week 14
| nr | cliënt | onderwerp | status |
| [[z:BZ-24-03390]] | [[p:Kowalczyk]] | traplift | nieuw besluit in voorbereiding |
| [[z:BZ-24-04412]] | [[p:Petrović]] | HO | gegrond, afgehandeld |
| [[z:BZ-25-00317]] | [[p:Aydın]] | begeleiding | hoorzitting [[d:4-3]] geweest, advies volgt |
| [[z:BZ-25-00408]] | [[p:Mahabier]] | PGB tarief | ingetrokken |
| [[z:BZ-25-00511]] | [[p:De Jong]] | scootmobiel | pro forma, gronden uiterlijk [[d:25-4]] |
=====
beroep ingesteld door advocaat van dhr. [[p:Mahdi]] — rechtbank heeft zaaknummer [[z:SGR 25/04412]] toegekend, verweerschrift moet binnen 4 weken. Let op: niet verwarren met ons bezwaarnummer [[z:BZ-24-04412]] van [[p:Petrović]], zelfde cijfers!
=====
Aanvulling gronden bezwaar [[z:BZ-25-00511]]
Cliënt: de heer [[p:Pieter de Jong]] (geb. [[d:22-8-1950]]), [[a:Apeldoornselaan 14 A]]
Namens cliënt: [[p:Marieke Schipper]], {{r:sociaal raadslid}} ({{o:Sociaal Raadslieden Den Haag}})

Het college heeft de scootmobiel afgewezen omdat cliënt een rollator heeft en "met de rollator tot 200 meter komt". Dat klopt niet. Cliënt loopt met pauzes hooguit 50 meter (zie brief fysiotherapeut [[p:Goudsmit]] van [[d:10 april 2025]]). De supermarkt aan de Leyweg ligt op 650 meter, het wijkcentrum op 900 meter.
""")
# ---------------------------------------------------------------------------
# 6. Huishoudelijke ondersteuning (aanbieders, iWmo, wijzigingen, klachten)
# ---------------------------------------------------------------------------
add(r"""
Ondersteuningsplan huishoudelijke ondersteuning — {{o:Tzorg}} regio Haaglanden
Cliënt: mw. [[p:C.J. Bakker]] — [[a:Goudsbloemlaan 77]]
Toewijzing: HO2, resultaat schoon en leefbaar huis, start [[d:04-03-2024]]
Vaste medewerker: [[p:Sevda Yıldırım]]; vervanging: [[p:Ilona Nowak]]
Dag/tijd: dinsdag 09.00-11.30

Afspraken taken
| taak | frequentie | wie |
| stofzuigen + dweilen woonkamer/keuken | wekelijks | [[p:Sevda]] |
| sanitair | wekelijks | [[p:Sevda]] |
| bed verschonen | wekelijks | [[p:Sevda]] |
| ramen binnen | 1x per 4 weken | [[p:Sevda]] |
| afwas, kleine was | dagelijks | cliënt zelf |
| tuin | seizoen | zoon [[p:Erik]] |

Handtekening cliënt: __________  Datum: [[d:04-03-2024]]
=====
iWmo-bericht WMO301 (toewijzing) — ontvangen [[d:02-05-2024]] 08:14
Toewijzingsnummer: [[z:40219977]]
Cliënt: [[p:AKTAS Y]] geb. [[d:19511117]]
Product: categorie 02, productcode 02A02, omvang 150 minuten per week
Ingangsdatum: [[d:2024-05-06]] Einddatum: [[d:2025-05-05]]
Aanbieder AGB-code: 98 1234 56 (organisatie)
Reden wijziging: 01 (nieuw)
=====
Melding van {{o:TSN Thuiszorg}} aan de {{r:Wmo-consulent}}:
"Bij mw. [[p:el Idrissi]] ([[a:Parallelweg 71]]) is de situatie gewijzigd. Haar zoon [[p:Youssef]] is sinds vorige week weer thuis en woont bij haar. Hij rookt binnen en er is veel rommel. Onze medewerker [[p:Ayşegül]] voelt zich niet veilig bij hem. Graag overleg over de toewijzing ([[z:HO-2024-7712]])."
Teruggebeld [[d:14-10]], afspraak huisbezoek samen met de {{r:wijkagent}} [[p:Dirk Hoogstraten]].
=====
klacht binnengekomen via de website — mw. [[p:Petronella van Dam]] ([[t:070 364 82 19]]) belt namens haar moeder mw. [[p:Roos]] ([[a:Stuwstraat 14]], {{w:Rivierenbuurt}}): al 3 weken geen hulp geweest, steeds andere meisjes, niemand belt af. Aanbieder: {{o:Axxicom Thuishulp}}. Ik heb de planner [[p:Kevin]] gebeld, die zegt dat er een tekort aan personeel is. Vanaf [[d:ma 18/11]] komt er weer vaste hulp ([[p:Marta]]).
=====
Wijzigingsverzoek HO (van aanbieder)
Cliënt: dhr. [[p:B.W. Hoogendijk]], geboren [[d:03-03-1933]]
Huidige indicatie: HO1 (90 min/week)
Gevraagd: HO2 (150 min/week) — dhr. is incontinent geworden, extra was en bed verschonen
Toelichting thuiszorgmedewerker [[p:Gerda Blom]]: "Meneer kan zelf niet meer bukken. Zijn vriendin mevrouw [[p:Hennie Lam]] (woont niet samen) doet de was nu, maar zij is zelf 87."
Referentie aanbieder: [[z:TZ-HGL-0098812]]
=====
Notitie bij heronderzoek HO — mw. [[p:Wilhelmina Koning]] — [[d:22 oktober 2025]]
Na 10 maanden HO2 + wasverzorging gaat het goed. Mw. is tevreden over [[p:Monique]] van {{o:Florence}}. Kleindochter [[p:Femke Koning]] is bij mw. ingetrokken (studie in Den Haag) en doet nu de was. Daarom wasverzorging beëindigen per [[d:1 januari 2026]]; HO2 blijft.
=====
Hoi [[p:Jeroen]],

Mevrouw [[p:Ramautar]] belde: haar nicht [[p:Anita]] kan per [[d:1 november]] niet meer de HO doen (nieuwe baan). Ze wil dan overstappen van PGB naar zorg in natura, liefst bij {{o:Florence}}. Kun jij een wijziging in gang zetten? Zaak [[z:884210]].

Groet, [[p:Fleur]] (backoffice Wmo)
=====
Huishoudelijke ondersteuning - normenkader (intern overzicht)
HO1: 90 minuten per week - eenpersoonshuishouden, beperkte vervuiling
HO2: 150 minuten per week - standaard
HO3: 210 minuten per week - extra i.v.m. psychische problematiek, huisdieren of allergie
Wasverzorging: +60 minuten per week
Extra voor kinderen in het huishouden: +30 minuten per kind jonger dan 12 jaar
Let op: HO-uren nooit 'afronden naar boven' zonder motivering in het onderzoeksverslag.
=====
mail van dochter:
"Beste mevrouw [[p:Kuijpers]], mijn moeder [[p:Hennie Verbeek]] (uw kenmerk [[z:WMO-24-031877]]) heeft sinds [[d:19 maart]] hulp. Dat gaat goed. Maar de hulp [[p:Joyce]] mag niet de ramen buiten doen, terwijl mijn moeder dat niet zelf kan. Valt dat onder de Wmo? Met vriendelijke groet, [[p:Marjolein Verbeek]]" 
--
antwoord: ramen buiten valt niet onder het resultaat schoon en leefbaar huis; glazenwasser is algemeen gebruikelijk (ca. € 15 per keer).
=====
HO overzicht team {{w:Escamp}}, peildatum [[d:30-09-2024]]
Actieve toewijzingen HO: 1.184
- HO1: 212
- HO2: 731
- HO3: 189
- wasverzorging: 52
Gemiddelde wachttijd start zorg: 11 werkdagen (norm 10).
Aanbieders met de meeste klachten: {{o:Axxicom Thuishulp}} (14), {{o:TSN Thuiszorg}} (9).
=====
Evaluatie HO dhr. [[p:Kostov]] — tijdelijke inzet ([[z:2025.0021.HO]])
Gesproken met dhr. en zijn vrouw [[p:Radka]] op [[d:15 april 2025]]. Dhr. is hersteld en doet weer het meeste zelf. De buurman [[p:Dimitar Enev]] helpt met stofzuigen. Mw. wil dat de hulp blijft, want zij kan niets doen vanuit de rolstoel. Besluit: HO voortzetten op naam van mw. [[p:Kostova]] (nieuwe melding, BSN mw. [[b:637448728]]).
=====
Telefoonnotitie [[d:do 6-3]] 11:40
Beller: [[p:Stanley Doorson]], buurman van mw. [[p:Kromowidjojo]] ([[a:Azaleaplein 5]])
Zegt dat de hulp van mw al twee weken niet komt en mw "ligt maar op de bank". Mw zelf niet bereikbaar op [[t:070 - 366 19 44]]. Doorgezet naar {{r:wijkverpleegkundige}} + aanbieder ({{o:Zorgthuisnl}}) gebeld: hulp was ziek, vervanging geregeld vanaf morgen.
=====
Afspraken HO bij fam. [[p:Tahiri]] ([[z:WMO-25-00012]]):
- HO2 op naam van mw. [[p:Rahma Tahiri-Bouzid]], extra 30 min voor maaltijdvoorbereiding? → nee, maaltijd valt onder algemene voorziening (maaltijdservice {{o:Apetito}})
- dochter [[p:Samira]] krijgt mantelzorgwaardering 2025 (€ 150)
- start hulp: [[d:3 maart]]
""")
# ---------------------------------------------------------------------------
# 7. Woningaanpassing
# ---------------------------------------------------------------------------
add(r"""
PROGRAMMA VAN EISEN – woningaanpassing
Opgesteld door: [[p:Nienke Schouten]], {{r:ergotherapeut}}, {{o:Ergotherapie Haaglanden}}
Cliënt: mw. [[p:A. Kowalczyk]], [[a:Dijkveld 47]], {{w:Wateringse Veld}}
Datum huisbezoek: [[d:11-06-2024]]

Functionele beperkingen: rolstoelafhankelijk (handbewogen, zithoogte 52 cm), beperkte rompbalans, vermoeibaarheid.
Eisen:
1. Veilige verticale verplaatsing naar verdieping (zittend transfer mogelijk, staand niet).
2. Onderrijdbare wastafel, douchevloer zonder drempel, douchestoel met rugleuning.
3. Vrije draaicirkel 150 cm in badkamer.
4. Deurbreedte min. 85 cm (slaapkamer nu 73 cm).
Opmerking: trap is kwartdraai, breedte 78 cm. Plaatsing traplift mogelijk volgens opname {{o:Stannah}} (offerte van [[d:2 juli]], € 11.450 incl. montage).
=====
Opdrachtbrief aan {{o:Haag Wonen}} – woningaanpassing in natura
Adres woning: [[a:Hoefkade 1180]], [[pc:2526 DK]]
Huurder: dhr. [[p:Y. Aktaş]], tel. zoon [[p:Burak]] [[t:06-41 22 87 30]]
Beschikking: [[z:B-2024-118822]]
Werkzaamheden: bad verwijderen, inloopdouche met afschot, wandbeugels (2x), thermostaatkraan, vloerverwarming n.v.t.
Budget conform raamovereenkomst, maximaal € 8.900 excl. btw. Meerwerk vooraf melden bij de {{r:Wmo-consulent}} [[p:Lotte Brink]] ([[e:lotte.brink@denhaag.nl]]).
Gewenste opleverdatum: vóór [[d:15-07-2024]].
=====
Opleveringsrapport badkamer
Adres: [[a:Hoefkade 1180]]
Datum oplevering: [[d:10 juli 2024]]
Aanwezig: uitvoerder [[p:Erwin Dekker]] ({{o:Haag Wonen}} / {{o:Bouwbedrijf Vlietstra}}), bewoner dhr. [[p:Aktaş]], zoon [[p:Burak Aktaş]]
Punten: kitrand douchegoot nog niet droog; 2e beugel 10 cm te hoog, wordt [[d:12-7]] verplaatst. Verder akkoord.
=====
Aanvraag verhuiskostenvergoeding
Naam: Fam. [[p:Kowalczyk]]
Van: [[a:Dijkveld 47]], [[pc:2548 JX]] Den Haag
Naar: (nog onbekend, urgentie aangevraagd)
Forfaitaire vergoeding volgens Nadere regels: € 3.328,00
Uit te betalen op rekening: [[i:NL79INGB1295016401]] t.n.v. [[p:T. Kowalczyk]]
Status: aangehouden i.v.m. bezwaar ([[z:BZ-24-03390]]).
=====
Notitie overleg VvE — traplift in gemeenschappelijk trappenhuis
Adres: [[a:Hollandse Tuin 76]] (bovenwoning), {{w:Laakkwartier}}
Cliënt: mw. [[p:Sophia Mulder]] (geb. [[d:24-12-1941]])
Beheerder VvE: {{o:VvE Beheer Haaglanden}}, contactpersoon dhr. [[p:Van Os]]
De VvE moet instemmen met plaatsing in het gemeenschappelijke trappenhuis. Op de ALV van [[d:12 september]] wordt dit besproken. Buren op nr. 74 (fam. [[p:Bouzakri]]) hebben bezwaar vanwege de breedte van de trap (vrije doorgang blijft 65 cm, norm is 60 cm? navragen bij brandweer).
=====
Kosten woningaanpassingen 2024 ({{w:Haagse Hout}} + {{w:Leidschenveen-Ypenburg}})
| soort | aantal | gemiddeld bedrag |
| traplift recht | 41 | € 5.820 |
| traplift bocht | 63 | € 11.240 |
| douche-aanpassing | 88 | € 7.910 |
| drempelhulpen | 214 | € 95 |
| verhuiskostenvergoeding | 27 | € 3.328 |
Totaal: € 1.851.337. Vergelijk: 2023 € 1.702.114 (+8,8%).
=====
Hallo meneer [[p:Zandvliet]],

Zoals afgesproken stuur ik u de gegevens voor de beugels. {{o:Haag Wonen}} plaatst alleen een drempelhulp en haalt de douchebak weg. De beugels (2x, art.nr. 78.223.40, € 34,95 per stuk) kunt u kopen bij de thuiszorgwinkel aan de Weimarstraat.
Uw vrouw [[p:Yvette]] vroeg of de douchestoel ook vergoed wordt: nee, helaas niet.

Groet,
[[p:Kim]]
{{r:Wmo-consulent}} team {{w:Centrum}}
[[t:06-40 12 33 98]]
=====
Onderzoek woningaanpassing — overwegingen verhuizing

Cliënt: [[p:Emmanuel Osei]] ([[d:7 maart 1979]]), [[a:Goeverneurlaan 810]], 4e etage met lift, {{w:Moerwijk}}
Situatie: dhr. is na een beroerte rolstoelgebonden. De badkamer is 1,40 x 1,60 m. Aanpassing is technisch niet mogelijk (leidingschacht, draagmuur).
Gezin: partner [[p:Abigail Osei-Mensah]], kinderen [[p:Nana]] (11), [[p:Kwabena]] (7), [[p:Ama]] (3).
Conclusie: verhuizing is de goedkoopst-adequate oplossing. Urgentieverklaring op medische grond via het {{o:Gemeente Den Haag}} team Urgentie. Tot verhuizing: tijdelijke oplossing met mobiele douchecabine (huur via {{o:Medipoint}}).
=====
Rapportage woningbezoek [[d:3 december 2024]]
[[a:Wateringseweg 12 A]], {{w:Groente- en Fruitmarkt}}
Bewoner: [[p:Mevlüt Şahin]], 77 jr
Ingang: 3 treden, geen leuning. Dhr. gebruikt rollator.
Advies: buitenleuning (kleine aanpassing, < € 500, via corporatie {{o:Staedion}}), drempelhulp voordeur. Geen traplift nodig (gelijkvloerse woning).
Dochter [[p:Elif Şahin]] aanwezig, regelt contact met {{o:Staedion}}.
=====
WhatsApp (doorgestuurd door {{r:casusregisseur}}):
[[p:Burak]]: Goedemiddag mw [[p:Brink]] de douche is klaar maar de beugel zit te hoog, mijn vader kan er niet bij
[[p:Lotte]]: Dank u, ik bel de uitvoerder. Wordt vrijdag opgelost.
[[p:Burak]]: 👍 top
=====
Woningaanpassing — mantelzorgwoning
Aanvraag van [[p:Jan Willem Schipper]] en [[p:Liesbeth Schipper-de Vries]], [[a:Oude Haagweg 512]], voor een mantelzorgunit in de tuin voor vader [[p:Klaas Schipper]] ([[d:23-03-1936]]).
Besluit: een mantelzorgwoning is geen Wmo-voorziening. Vader kan in de benedenverdieping wonen als de badkamer daar wordt aangepast; die aanpassing is wel toegekend ([[z:WA-25-00145]]).
""")
# ---------------------------------------------------------------------------
# 8. Hulpmiddelen (scootmobiel, rolstoel, traplift, leveranciers)
# ---------------------------------------------------------------------------
add(r"""
Afleverbon {{o:Welzorg}} — scootmobiel
Klant: dhr. [[p:Y. Aktaş]], [[a:Hoefkade 1180]], Den Haag
Gemeente-referentie: [[z:B-2024-118822]]
Model: Vermeiren Carpo 2 SE, kleur antraciet, art.nr. 80.44.120
Actieradius: ca. 35 km, max. snelheid 12 km/u
Instructie gegeven aan: dhr. [[p:Aktaş]] en zoon [[p:Burak]]
Datum levering: [[d:28-05-2024]]
Monteur: [[p:Gijs]]
Handtekening klant: ✔
=====
Verslag rijvaardigheidsproef scootmobiel
Kandidaat: [[p:Lucas Vos]], [[d:06-06-1962]]
Datum: [[d:12 maart 2024]], parcours bij {{o:Medipoint}} Rijswijk
Beoordelaar: [[p:Ton Hagenaars]]
Resultaat: voldoende. Opmerking: bij freezing stopt dhr. goed; achteruitrijden en inparkeren in de garage nog oefenen. Echtgenote [[p:Marga Vos]] was aanwezig.
=====
Storingsmelding traplift
Bewoner: mw. [[p:S. Mulder]]
Adres: [[a:Hollandse Tuin 76]]
Gemeld door: buurman [[p:Ruud Brouwer]], [[t:06 - 23 55 09 81]]
Melding: [[d:za 15-2-2025]] 19:20, traplift stopt halverwege, piept
Werkorder: [[z:WO-2025-118873]]
Monteur ter plaatse: zo [[d:16-2]] 10:05 – accu vervangen, functioneert
=====
Inname hulpmiddel na overlijden

Gemeld door: [[p:Gerard de Wit]] (zoon) per e-mail [[e:gerard.dewit@shaw.ca]]
Overleden: dhr. [[p:J.C. de Wit]], [[d:24 april 2025]]
Hulpmiddel: scootmobiel (bruikleen, beschikking [[z:OCW/WMO/2025/00417]])
Ophaaladres: [[a:Erasmusweg 1401]], berging in de kelder. Sleutel bij buurvrouw mw. [[p:Lindeboom]] (nr. 1399).
Ophaalafspraak door leverancier: [[d:2 mei]] tussen 8 en 12 uur.
Beëindiging eigen bijdrage doorgegeven aan {{o:CAK}}.
=====
Aanvraag rolstoel — advies {{r:ergotherapeut}}
Cliënt: [[p:Abdullahi Hassan Mohamed]] ([[d:01-01-1960]])
Aangevraagd: actief rolstoel, zitbreedte 44 cm, anti-kiepwielen, beenplaat rechts vervallen (amputatie)
ISO-code 12 22 03 (handbewogen rolstoel met dubbele hoepelaandrijving)
Leverancier: {{o:Kersten Hulpmiddelen}}
Passing gepland: [[d:woensdag 23 oktober]] om 14.00 uur bij cliënt thuis, neef [[p:Abdirizak]] is aanwezig om te tolken.
=====
Omruilverzoek scootmobiel — [[z:OCW/WMO/2025/00417]]
Leverancier stelt voor: Life & Mobility Mezzo 4 (4-wiel, actieradius 50 km) uit het herverstrekkingsdepot, bouwjaar 2022.
Dhr. [[p:de Wit]] akkoord per telefoon op [[d:15 januari 2025]]. Aflevering [[d:22-01-2025]].
=====
Hulpmiddelenoverzicht cliënt (export regiesysteem)
Cliënt: [[p:Ouaali, F.]] | BSN [[b:698681265]] | clientnr [[z:C-0883109]]
| hulpmiddel | code | sinds | status |
| douchestoel | 09 33 03 | 2019 | eigendom (eigen aankoop) |
| rollator | 12 06 06 | 2021 | zorgverzekeraar |
| rolstoel duwondersteuning | 12R03 | [[d:14-02-2023]] | bruikleen gemeente |
| scootmobiel | 12B01 | aangevraagd [[d:03-06-2024]] | in onderzoek |
=====
Beste [[p:Floor]],

Ter info: de traplift bij fam. [[p:Öztürk]] ([[a:Laan van Wateringse Veld 1320]]) is op [[d:1 oktober]] geplaatst door {{o:Otolift}}. De {{r:ergotherapeut}} heeft op [[d:8 oktober]] de nazorg gedaan; meneer kan zelfstandig de stoel gebruiken, de zitting draait goed. Mevrouw [[p:Hatice Öztürk]] is erg blij ("eindelijk geen gesjouw meer"). Dochter [[p:Derya]] heeft de storingskaart op de koelkast geplakt.

Hartelijke groet,
[[p:Rosa van Dijk]]
{{r:ergotherapeut}} {{o:Ergotherapie Haaglanden}}
=====
scootmobiel dhr [[p:Lukas Nowicki]] gestolen uit fietsenstalling [[a:Jan Luijkenstraat 33]]. aangifte gedaan bij politie ({{o:Politie Haaglanden}}, pv-nummer [[z:PL1500-2025048812-1]]). leverancier vraagt kopie pv. gemeente vergoedt vervanging alleen als stalling afsluitbaar was → dhr zegt van wel. checken met {{o:Staedion}}.
=====
Telefoon mw [[p:Nowak]] (dochter van dhr. [[p:Wiśniewski]]): de rolstoel past niet meer in de lift van [[a:Melis Stokelaan 2033]] nu de voetsteunen erop zitten. Kan er een smallere komen? Doorgezet naar leverancier, werkorder [[z:WO-2025-120045]], terugbelverzoek naar [[t:0031 6 4408 2917]].
=====
Bruikleenovereenkomst hulpmiddel (Wmo) — artikel 5 en 6

5. De gebruiker zorgt voor een afsluitbare, droge stalling. Bij diefstal doet de gebruiker aangifte bij de politie en meldt dit binnen 48 uur aan de leverancier.
6. Bij verhuizing buiten de gemeente of bij overlijden wordt het hulpmiddel door de leverancier opgehaald. Nabestaanden melden dit via het algemene nummer van de leverancier.
Ondertekend: [[p:Lucas Vos]], [[d:30-04-2024]]
=====
Hulpmiddelen – actuele codering (uittreksel), geldig vanaf het contractjaar 2024
12B01 scootmobiel middenklasse (bruikleen)
12B02 scootmobiel zwaar (bruikleen)
12C04 driewielfiets met trapondersteuning
12R01 handbewogen rolstoel standaard
12R03 rolstoel met duwondersteuning
12R05 elektrische rolstoel
18T01 traplift recht / 18T02 traplift bocht
Kosten onderhoud: per hulpmiddel per maand via het all-in tarief van de leverancier.
=====
Notitie overdracht [[p:Mirjam]] → [[p:Kees]]: mw. [[p:Boukhari]] ([[a:Stationsweg 112]]) wacht nog steeds op de elektrische rolstoel. Leverancier zegt: onderdelen uit Duitsland, week 34. Mw. zit nu in een leenrolstoel van {{o:Medipoint}}. Haar zoon [[p:Nordin]] heeft twee keer gebeld en wordt boos. Graag vóór [[d:vrijdag 16 augustus]] terugbellen, [[t:06-33 71 08 25]].
""")
# ---------------------------------------------------------------------------
# 9. PGB: budgetplannen, zorgovereenkomsten, SVB
# ---------------------------------------------------------------------------
add(r"""
BUDGETPLAN PGB WMO

1. Gegevens budgethouder
Naam: [[p:Savitri Ramautar]]
Geboortedatum: [[d:07-07-1945]]
BSN: [[b:102152913]]
Adres: [[a:Dreesweg 118]], [[pc:2531 DA]] Den Haag
Vertegenwoordiger: [[p:Ravi Ramautar]] (zoon), [[t:06 1443 0981]], [[e:ravi.ramautar@ziggo.nl]]

2. Waarom een PGB?
Mijn moeder spreekt vooral Sarnami en Surinaams-Nederlands. Ze vertrouwt geen vreemden in huis. Mijn nicht [[p:Anita]] kent haar en haar gewoontes (zij weet waar alles staat en hoe mijn moeder het wil).

3. Welke ondersteuning?
Huishoudelijke ondersteuning, 3 uur per week: stofzuigen, dweilen, badkamer, bed verschonen, was.

4. Wie geeft de ondersteuning?
[[p:Anita Bissesar]], [[a:Erasmusweg 840]], geb. [[d:11 april 1976]]. Informele zorgverlener (familie, 2e graad).
Tarief: € 24,50 per uur.

5. Hoe zorg ik voor vervanging bij ziekte of vakantie?
Kleindochter [[p:Shanti]] neemt het over. Zij is ook als zorgverlener aangemeld bij de {{o:SVB}}.

Datum: [[d:12-08-2024]]   Handtekening: [[p:R. Ramautar]]
=====
Zorgovereenkomst (model SVB, informele zorgverlener) – kerngegevens
Budgethouder: [[p:S. Ramautar]] — SVB-relatienummer [[z:1500934417]]
Zorgverlener: [[p:A. Bissesar]] — rekeningnummer [[i:NL97RABO2136028228]]
Ingangsdatum: [[d:01-09-2024]], voor onbepaalde tijd
Uurloon: € 24,50, gem. 3 uur per week, geen vast rooster
Opzegtermijn: 1 maand
Wet/regeling: Wmo 2015
Ondertekend door beide partijen op [[d:20 augustus 2024]].
=====
Verslag bewustekeuzegesprek PGB — [[d:6 augustus 2024]]
Aanwezig: [[p:Ravi Ramautar]] (vertegenwoordiger), mw. [[p:Ramautar]], {{r:PGB-consulent}} [[p:Jeroen Groen]]
Vragen doorgelopen:
- Kunt u de taken van een budgethouder aan (administratie, werkgeverschap, verantwoording)? [[p:Ravi]] werkt als boekhouder, dat lukt.
- Is de zorg die u inkoopt van goede kwaliteit en veilig? [[p:Anita]] heeft jaren in de huishoudelijke zorg gewerkt bij {{o:Florence}}.
- Waarom geen zorg in natura? Taal, vertrouwen, vaste persoon.
Conclusie: budgethouder en vertegenwoordiger zijn PGB-vaardig. Advies: toekennen.
=====
Hi [[p:Jeroen]], ik heb het IBAN van mijn nicht verkeerd doorgegeven aan de SVB denk ik. Ik schreef [[i:NL58ASNB5812361695]] maar het moet [[i:NL58ASNB5812361659]] zijn. De betaling van september is niet aangekomen. Hoe los ik dit op? Groet [[p:Ravi]]
=====
PGB begeleiding – budgetplan (samenvatting)
Budgethouder: [[p:Jantine Roos]] ([[d:04-05-1995]]), gewaarmerkt vertegenwoordiger: moeder [[p:Ingrid Roos]]
Zorgverlener: {{o:Zorgbureau De Zeester}} (formeel, KvK-geregistreerd) — begeleider [[p:Naomi Kartosen]]
Tarief: € 61,30 per uur (max. formeel tarief 2024: € 63,16)
Omvang: 4 uur per week, 26 weken
Budget: € 6.375,20
Doelen: dagritme, zelfstandig boodschappen doen, afspraken nakomen, contact met [[p:Stijn]] (vriend) en moeder stabiel houden.
=====
Budgetoverzicht SVB (uitdraai)
Budgethouder: [[p:M.R. Pinas]]
Periode: [[d:01-01-2025]] t/m [[d:31-12-2025]]
Toegekend budget: € 8.112,00
Besteed t/m oktober: € 6.245,40
Restant: € 1.866,60
Declaraties:
| maand | zorgverlener | uren | bedrag |
| jan | [[p:L. Pinas-Sedney]] | 13 | € 318,50 |
| feb | [[p:L. Pinas-Sedney]] | 12 | € 294,00 |
| mrt | [[p:G. Wijngaarde]] | 12 | € 294,00 |
Let op: zorgverlener [[p:G. Wijngaarde]] heeft nog geen getekende zorgovereenkomst in het systeem.
=====
Aan: {{o:Sociale Verzekeringsbank}}, afdeling PGB
Van: [[p:Marlies Hoek]], budgethouder
Relatienummer: [[z:1500771208]]

Mijn zorgverlener, mijn zwager [[p:Stefan de Vos]], stopt per [[d:1 juni]]. Per diezelfde datum begint mijn buurvrouw [[p:Fenna Bloemendaal]] (geb [[d:12-9-1983]]). Het nieuwe zorgcontract stuur ik hierbij mee. Haar IBAN is [[i:NL22 ABNA 3068 8964 46]].
Met vriendelijke groet, [[p:M. Hoek]]
=====
Controle budgetplan – checklist consulent
[x] budgetplan volledig ingevuld
[x] zorgverlener bekend: [[p:Ayaan Warsame]] (dochter, inwonend)
[ ] let op: inwonende dochter → gebruikelijke hulp? Toetsen! [[p:Ayaan]] is 23, werkt niet, studeert deeltijd.
[x] tarief ≤ informeel tarief (€ 24,50)
[x] vervanging geregeld: zoon [[p:Abdi Warsame]]
Budgethouder: mw. [[p:Hodan Ali Warsame]] — zaak [[z:PGB-25-00091]]
=====
PGB-verantwoording – steekproef [[d:17 oktober 2024]]
Bij 40 budgethouders is een huisbezoek gedaan. Bij 6 was de zorg niet (volledig) geleverd, bij 2 was sprake van mogelijke fraude (doorgezet naar de handhaving). In de overige 32 gevallen was alles in orde. Rapportage aan de raad in het eerste kwartaal.
=====
Notitie PGB-fraudesignaal (vertrouwelijk)
Budgethouder: dhr. [[p:Anand Mahabier]], [[a:Paets van Troostwijkstraat 205]]
Zorgverlener op papier: [[p:R. Mahabier]] (broer), 20 uur/week begeleiding
Signaal: buren melden dat broer in Suriname woont. Navraag: broer was van [[d:14 februari]] tot [[d:2 mei]] in Paramaribo, declaraties over die periode zijn wel ingediend.
Vervolg: gesprek met budgethouder op [[d:woensdag 21 mei]]; {{r:handhaver}} [[p:Wouter Boer]] sluit aan.
=====
Email van {{o:Per Saldo}} aan een budgethouder (doorgestuurd)
"Beste mevrouw [[p:Warsame]], u vroeg of uw dochter als zorgverlener betaald kan worden terwijl zij bij u inwoont. Dat kan, maar de gemeente beoordeelt eerst of de hulp boven de gebruikelijke hulp uitgaat. Vraag uw consulent naar het onderzoeksverslag. Met vriendelijke groet, [[p:Jos]], {{o:Per Saldo}} Adviesteam"
=====
Jaarverantwoording PGB — informeel zorgverlener
Ik, [[p:Shanti Ramautar]], verklaar dat ik in 2025 samen 41 uur huishoudelijke ondersteuning heb gegeven aan mijn oma mevrouw [[p:S. Ramautar]] (vervanging van [[p:A. Bissesar]]). Uurtarief € 24,50.
Den Haag, [[d:6 januari 2026]]
""")
# ---------------------------------------------------------------------------
# 10. Short notes, mails, overdrachten, teamoverleg, casuslessen
# ---------------------------------------------------------------------------
add(r"""
tel. [[d:22/10]] dochter [[p:Ngozi]] van dhr [[p:Okafor]] – vraagt naar stand aanvraag scootmobiel. Uitgelegd: {{r:medisch adviseur}} nog niet klaar. Terugbellen als advies binnen is. [[t:0687743190]]
=====
Casusles (geanonimiseerd deel ontbreekt nog!!) – "De familie deed al veel, maar niemand zag het"
Bij het keukentafelgesprek met mw. [[p:Tahiri-Bouzid]] zat de hele familie aan tafel. Wat we leerden: vraag apart aan de mantelzorger (hier dochter [[p:Samira]]) hoe het met háár gaat. Zij bleek al twee jaar elke dag na haar werk te komen en had zelf burn-outklachten. Door de mantelzorgconsulent van {{o:Xtra}} erbij te halen kwam er respijtzorg.
=====
Overdracht casus [[z:WMO-2024-091144]] (dhr. [[p:Petrović]]) van [[p:Thijs]] naar [[p:Naima]] i.v.m. zwangerschapsverlof. Stand: bezwaar gegrond, HO2 per [[d:1-4-2025]]. Nog doen: evaluatie na 3 mnd, echtgenote [[p:Milena]] evt. aanmelden voor mantelzorgcafé in {{w:Bouwlust}}.
=====
Van: [[p:Kim Lagerwey]] <[[e:k.lagerwey@xtra.nl]]>
Aan: {{r:Wmo-consulent}} team {{w:Centrum}}
Onderwerp: RE: fam. [[p:Tahiri]]

Hoi,
Ik heb mw. [[p:Samira Tahiri]] gesproken. Zij vraagt of het verslag van het keukentafelgesprek nog komt, ze hebben het nog niet ontvangen (gesprek was [[d:13-12]]). Kun je het naar haar mailen? [[e:samira.tahiri@outlook.com]]
Groetjes, [[p:Kim]]
=====
Teamoverleg Wmo {{w:Laak}} — [[d:donderdag 7 november]]
Aanwezig: [[p:Priscilla]], [[p:Sander]], [[p:Jeroen]], [[p:Fleur]] (notulen), [[p:Anouar]] ({{r:teamleider}})
1. Werkvoorraad: 87 openstaande meldingen, 14 over de termijn.
2. Casus mw. [[p:Ivanova]]: begeleiding loopt, {{o:Middin}} signaleert nieuwe schulden. Afstemming met {{o:SWT}}.
3. Casus dhr. [[p:Noorzai]]: dagbesteding gestart, positief.
4. Rondvraag: [[p:Sander]] vraagt wie er ervaring heeft met verhuiskostenvergoeding bij koopwoningen.
=====
mw [[p:bissesar]] belde, wil weten wanneer ze betaald wordt door SVB. doorverwezen naar SVB (algemeen nummer 030 264 82 00) en naar budgethouder.
=====
Notitie {{r:casusregisseur}} [[p:Mariam Belhaj]] — dhr. [[p:Hassan Mohamed]]
[[d:11-11-2024]]: rolstoel geleverd. Dhr. kwam vandaag voor het eerst naar het {{o:Servicepunt XL}} {{w:Schilderswijk}} (met neef). Hij lachte. Volgende stap: inschrijving taalcursus bij {{o:Bibliotheek Den Haag}}, prothese-afspraak bij {{o:Basalt}} op [[d:3 december]].
=====
FYI: het nieuwe adres van mw. [[p:Emine Aydın]] is [[a:Leyweg 986 C]], [[pc:2545 HB]] (bij dochter). Oude adres Escamplaan vervalt. Graag aanpassen in het regiesysteem (clientnr [[z:C-1120554]]).
=====
Aantekening huisbezoek – [[p:Nelleke Post]] ([[d:19 juni]])
Mw. [[p:Post]] woont in {{w:Kijkduin}}, [[a:Machiel Vrijenhoeklaan 140]]. Mw. heeft net een knie vervangen. Vraag: tijdelijke HO. Zij heeft 2 zonen, [[p:Jasper]] en [[p:Thomas]], beiden met jonge kinderen en drukke banen. Tijdelijke HO 6 weken, daarna zelf.
=====
Aan het team: let op, er zijn twee cliënten met de naam [[p:M. de Jong]] in {{w:Morgenstond}}, allebei met een scootmobielaanvraag. Geboortedata [[d:03-02-1951]] en [[d:02-03-1951]]! Altijd BSN checken.
=====
Casusbespreking MDO ouderen {{w:Mariahoeve}} — [[d:12-03-2025]]
Casus: dhr. [[p:P. Hoek]] (84), weigert HO, dochter [[p:Ellen]] overbelast.
Inbreng {{r:huisarts}} dr. [[p:Van Noort]]: valt vaker, 2x SEH in 3 maanden.
Inbreng {{r:wijkverpleegkundige}} [[p:Astrid]] ({{o:Buurtzorg}}): medicatie niet goed ingenomen.
Inbreng {{r:casemanager dementie}}: geen dementiediagnose; wel geheugenklachten → verwijzing {{o:Parnassia}} geheugenpoli?
Afspraak: [[p:Ellen]] en {{r:ouderenconsulent}} gaan samen met dhr. in gesprek; voorstel: HO als "poetshulp" presenteren, niet als "zorg".
=====
whatsapp [[p:Anouar]] → team: wie kan morgen om 9u ktg doen bij mw [[p:Rodrigues Semedo]] in {{w:Spoorwijk}}? ik ben ziek. adres in dossier [[z:WMO-25-00781]]. tolk Kaapverdisch Creools is geregeld
=====
Uit het logboek van de {{r:Wmo-consulent}}:
[[d:ma 13-1]] melding binnen via 14 070 (mw. [[p:Fatoumata Diallo]], hulp bij huishouden)
[[d:wo 15-1]] gebeld, geen gehoor
[[d:vr 17-1]] gebeld, voicemail, sms gestuurd naar [[t:06-2971 5530]]
[[d:di 21-1]] mw. belt terug, afspraak ktg [[d:do 30-1]] 13.30 met dochter [[p:Aminata]]
[[d:do 30-1]] ktg gehad, verslag volgt
=====
Hoi [[p:Lotte]], mw. [[p:Schouten]] (ergo) vraagt of jij de rapportage van [[p:Kowalczyk]] al hebt. Ik zie hem niet in het dossier. Ze heeft hem op [[d:17/6]] gemaild, naar je oude adres? Gr. [[p:Daan]]
=====
Reflectie voor intervisie
Ik merk dat ik bij keukentafelgesprekken vaak te snel naar de "oplossing" ga: scootmobiel, HO, traplift. Bij meneer [[p:Kemal]] (traplift) vroeg ik pas aan het eind wat hij zelf eigenlijk het belangrijkste vond. Dat bleek: weer in zijn eigen bed slapen naast zijn vrouw. Dat had ik aan het begin moeten vragen.
=====
Reactie van de {{r:onafhankelijk cliëntondersteuner}} op het conceptverslag (mw. [[p:Ouaali]]):
"In paragraaf 3 staat dat zoon [[p:Ilias]] het stofzuigen boven op zich kan nemen. Dat is niet met hem besproken, hij was niet bij het gesprek. Graag aanpassen of eerst met hem bespreken. – [[p:Hanane]] ({{o:MEE}})"
=====
Memo aan {{r:teamleider}}: de termijn van 6 weken voor het onderzoek is bij 14 meldingen overschreden. Oorzaak: ziekte van 2 consulenten en de drukte na de zomer. Voorstel: inhuur 1 fte via detachering tot het eind van het jaar. Kosten ca. € 28.000.
=====
Van: [[p:Erik Bakker]]
Verzonden: [[d:vrijdag 12 april 2024]] 21:13
Onderwerp: mijn moeder

Goedenavond, mijn moeder [[p:Corrie Bakker]] ([[a:Goudsbloemlaan 77]]) is vanmiddag gevallen en ligt in het {{o:Haga Ziekenhuis}}. Ze heeft haar pols gebroken. De hulp van {{o:Tzorg}} komt dinsdag — moet ik dat afzeggen? En kan er meer hulp komen als ze thuiskomt? Ik ben bereikbaar op [[t:06-53 81 20 44]].
[[p:Erik]]
=====
Kort: mw [[p:Winter]] belde, heeft rolstoel met duwondersteuning aangenomen. Zus [[p:Carla]] gaat duwen. Toch bezwaar tegen afwijzing scootmobiel? "nee, laat maar". Zaak afsluiten na levering.
=====
Doorverwijzing van de {{r:huisarts}}
Graag Wmo-onderzoek voor dhr. [[p:Hamza Benali]] (geb. [[d:08-08-1948]]), [[a:Beijersstraat 21]], {{w:Zuiderpark}}. Dhr. is na een CVA thuis, vrouw [[p:Fatna]] kan de zorg niet aan. Zoon [[p:Karim Benali]] [[t:06-1203 5566]] is contactpersoon.
Met collegiale groet,
[[p:M.A. Rietveld]], {{r:huisarts}}, {{o:Gezondheidscentrum Zuiderpark}}
=====
[[d:30-4]] – mw [[p:yilmaz]] ({{w:Transvaal}}) teruggebeld over traplift, staat nog op wachtlijst leverancier. mw boos. excuses gemaakt.
=====
Teamlessen uit 2024 (voor de themagroep ouderen)
1. Nodig bij het keukentafelgesprek altijd de mantelzorger uit, maar spreek die ook apart.
2. Schrijf in het verslag wat het netwerk wil en kan, niet wat het zou moeten.
3. Leg bij afwijzing op gebruikelijke hulp uit wat de familie wél kan aanvragen (mantelzorgondersteuning).
4. Laat het verslag ondertekenen vóór de beschikking: dat scheelt bezwaren.
=====
Notitie [[p:Jeroen]]: bij mw. [[p:Ramautar]] op woensdag nog even langs om de handtekening op het budgetplan op te halen. Adres: Dreesweg (zelfde flat als mw. [[p:Kartoredjo]], andere opgang).
=====
van de balie: meneer [[p:Jacobus Kok]], *1939 ... kwam zijn pas voor Wmo-vervoer ophalen. Pas lag er niet. Pasnummer [[z:WMOV-4471088]]. Nieuwe pas aangevraagd, wordt thuisgestuurd naar [[a:Ruysdaelstraat 56]] [[pc:2525 EZ]].
=====
Beste [[p:Sevda]],

Dank voor je melding over mevrouw [[p:Bakker]]. Ik heb haar zoon gesproken. Mevrouw komt [[d:vrijdag 19 april]] thuis uit het ziekenhuis. Wil je dinsdag daarna gewoon komen? Er komt tijdelijk extra hulp bij (HO3 voor 6 weken).

Vriendelijke groet,
[[p:Dirk Moesker]]
{{r:Wmo-consulent}} {{w:Segbroek}}
""")
# ---------------------------------------------------------------------------
# 11. Texts without personal data (procedures, code lists, figures) and
#     look-alikes (product codes, amounts, articles, rooms, PO boxes)
# ---------------------------------------------------------------------------
add(r"""
Werkinstructie keukentafelgesprek (versie 2025)
1. Plan het gesprek binnen 7 werkdagen na de melding.
2. Vraag of de cliënt iemand wil meenemen (mantelzorger, {{r:onafhankelijk cliëntondersteuner}}).
3. Bespreek de vijf vragen: hulpvraag, situatie, eigen kracht, netwerk, voorliggende voorzieningen.
4. Stuur het gespreksverslag binnen 10 werkdagen; de cliënt mag het aanvullen of corrigeren.
5. De beslistermijn is 2 weken na de aanvraag (na het onderzoek van maximaal 6 weken).
=====
Productcodes Wmo Den Haag (uittreksel iWmo-productcodelijst)
02A01 Huishoudelijke ondersteuning 1
02A02 Huishoudelijke ondersteuning 2
02A03 Huishoudelijke ondersteuning 3
02A06 Wasverzorging
07A08 Begeleiding individueel
07A10 Begeleiding groep (dagbesteding)
10A03 Woningaanpassing in natura
10V01 Verhuiskostenvergoeding
Eenheid: 01 = minuut, 04 = stuks, 14 = etmaal, 16 = dagdeel
=====
Abonnementstarief Wmo
Voor maatwerkvoorzieningen betaalt u een vaste eigen bijdrage van € 21,80 per maand (2025), ongeacht uw inkomen of het aantal voorzieningen. Het {{o:CAK}} int de bijdrage. Voor een woningaanpassing boven een bepaald bedrag kan een andere regeling gelden. Huishoudens met een minimuminkomen kunnen de bijdrage soms vergoed krijgen via de gemeentepolis.
=====
Hoe maakt u bezwaar?
Stuur binnen zes weken een brief naar: {{o:College van burgemeester en wethouders}}, t.a.v. de {{o:Commissie bezwaarschriften}}, Postbus 12600, 2500 DJ Den Haag. Vermeld uw naam, adres, de datum en het kenmerk van het besluit, en waarom u het er niet mee eens bent. Vergeet niet te ondertekenen. Hulp nodig? Bel 14 070 of ga naar een {{o:Servicepunt XL}}.
=====
Gebruikelijke hulp – korte uitleg voor cliënten
Als u met anderen in één huis woont, verwachten we dat zij een deel van het huishouden doen. Dat heet gebruikelijke hulp. Een partner of volwassen kind dat thuis woont, kan bijvoorbeeld stofzuigen en boodschappen doen. Kinderen van 5 tot 18 jaar helpen naar leeftijd mee. Werkt uw huisgenoot veel of is hij of zij zelf ziek? Vertel het de {{r:Wmo-consulent}}.
=====
Kengetallen Wmo eerste halfjaar
Meldingen: 9.412 (+6% t.o.v. vorig jaar)
Keukentafelgesprekken binnen 7 werkdagen: 71%
Gemiddelde doorlooptijd melding → besluit: 38 dagen
Bezwaren: 312, waarvan 41 gegrond (13%)
Beroepszaken: 19
Top 3 voorzieningen: HO (54%), hulpmiddelen (21%), begeleiding (17%)
=====
Checklist onderzoeksverslag
☐ hulpvraag in de woorden van de cliënt
☐ beperkingen en gevolgen voor participatie en zelfredzaamheid
☐ eigen kracht, gebruikelijke hulp, mantelzorg, sociaal netwerk
☐ voorliggende en algemene voorzieningen
☐ advies met motivering en goedkoopst-adequate oplossing
☐ keuze natura of PGB besproken
☐ verslag binnen 10 werkdagen naar de cliënt
=====
Tarieven PGB Wmo
Informele zorgverlener HO: € 24,50 per uur
Formele zorgverlener HO: € 35,40 per uur
Begeleiding individueel formeel: max. € 63,16 per uur
Begeleiding groep: € 58,20 per dagdeel
Vervoer dagbesteding: € 14,30 per dag
Alle bedragen zijn inclusief btw en gelden vanaf het kalenderjaar 2025.
=====
Vraag aan de themagroep ouderen: hoe gaan jullie om met cliënten die een scootmobiel willen maar volgens de {{r:medisch adviseur}} niet veilig kunnen rijden? Bij ons in {{w:Loosduinen}} zien we steeds vaker dat mensen een scootmobiel zelf kopen (tweedehands, € 800 op Marktplaats) en er dan toch mee gaan rijden. Is een rijvaardigheidstest via de gemeente dan alsnog verstandig?
=====
Overzicht wachttijden traplift per leverancier (week 40)
| leverancier | recht | bocht |
| {{o:Otolift}} | 3 weken | 7 weken |
| {{o:Stannah}} | 4 weken | 9 weken |
| {{o:Handicare}} | 2 weken | 10 weken |
Opmerking: bij bochtliften is meten ter plaatse nodig; reken op 2 bezoeken.
=====
Spreekuur Wmo-loket in het wijkcentrum: elke dinsdag 9.30-12.00 uur, kamer 1.04. Op donderdag is er een inloop van de {{r:mantelzorgconsulent}} van {{o:Xtra}} (13.00-15.00 uur, kamer 0.12). Bereikbaar via de Leyweg, halte tram 2.
=====
Uit de verordening (artikel 2.3.5 lid 3 en 4): het college verstrekt geen maatwerkvoorziening voor zover de cliënt de beoogde resultaten kan bereiken op eigen kracht, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk, of met gebruikmaking van algemene voorzieningen. Zie ook artikel 2.1.4 Wmo 2015 (bijdrage in de kosten) en artikel 8:1 Awb (beroep).
=====
Hulp bij de aanvraag? Bij de {{o:Stichting Sociaal Raadslieden}} helpen {{r:sociaal raadslieden}} gratis met bezwaarschriften. Algemeen nummer 070 311 76 00, of loop binnen bij een van de vestigingen in {{w:Escamp}}, {{w:Laak}} en {{w:Centrum}}. Neem het besluit en de envelop mee.
=====
Tips voor het schrijven van een gespreksverslag
- Schrijf in de je-vorm of u-vorm, niet "betrokkene" of "cliënt" (dat voelt afstandelijk).
- Gebruik de woorden van de cliënt: "ik wil weer naar de markt" in plaats van "participatie vergroten".
- Noem in het netwerk alleen wie écht iets doet of kan doen, en hoe vaak.
- Medische details alleen als ze nodig zijn voor het advies.
=====
Rekenvoorbeeld HO-uren
Standaard 150 minuten per week. Bij twee kinderen onder de 12: + 2 x 30 = 60 minuten. Wasverzorging: + 60 minuten. Totaal 270 minuten = 4,5 uur per week. Bij een indicatie HO3 (210 minuten) met dezelfde toeslagen: 330 minuten = 5,5 uur.
=====
Thema-avond "Wonen met een beperking" in {{o:wijkcentrum De Boog}} ({{w:Morgenstond}})
Sprekers: een {{r:ergotherapeut}}, een {{r:woonconsultant}} van {{o:Haag Wonen}} en een ervaringsdeskundige.
Onderwerpen: traplift of verhuizen? Wat betaalt de gemeente, wat de corporatie, wat u zelf? Aanmelden via het {{o:Servicepunt XL}}. Toegang gratis, koffie en thee staan klaar vanaf 19.00 uur.
=====
Veelgemaakte fouten in beschikkingen (interne kwaliteitscheck, steekproef 50 dossiers)
- 9x geen einddatum vermeld bij HO
- 6x productcode en omschrijving komen niet overeen (02A02 vs. "HO3")
- 4x bezwaarclausule ontbreekt
- 3x verkeerde eigen bijdrage (oud tarief € 19,50)
- 2x verslag niet meegestuurd
=====
Let op bij iWmo-berichten: het toewijzingsnummer is per cliënt uniek en mag niet in e-mails aan aanbieders worden gezet. Gebruik het berichtenverkeer via het VECOZO-portaal. Foutcode 8001 betekent dat de aanbieder niet gecontracteerd is voor de productcategorie; foutcode 9001 betekent een onbekende BSN-controle.
=====
Vraag vanuit de pilot: wat doen andere teams als de familie het keukentafelgesprek "overneemt"? Bij ons gebeurde het twee keer deze maand dat een zoon of schoondochter steeds antwoord gaf en de cliënt nauwelijks aan het woord kwam. Wij plannen nu een kort tweede gesprek alleen met de cliënt. Ervaringen welkom.
""")
# ---------------------------------------------------------------------------
# 12. Longer and mixed reports (many relatives, odd date/address formats)
# ---------------------------------------------------------------------------
add(r"""
Gespreksverslag Wmo — familie [[p:Tesfamariam]]
Datum: [[d:18-02-2025]] | Locatie: [[a:Jacob Catsstraat 177]], {{w:Transvaal}} | Tolk Tigrinya: via {{o:Global Talk}}

Aanwezig: mw. [[p:Mebrat Tesfamariam]] (45), haar zoon [[p:Filmon]] (19), {{r:Wmo-consulent}} [[p:Anne-Sophie Groeneveld]], {{r:maatschappelijk werker}} [[p:Yonatan Berhe]] ({{o:Vluchtelingenwerk}})

Hulpvraag
Mw. vraagt hulp voor haar dochter [[p:Saba]] (16), die sinds een auto-ongeluk in een rolstoel zit. De woning (3 hoog, geen lift) is niet geschikt.
Situatie
Mw. is alleenstaand met vier kinderen: [[p:Filmon]] (19), [[p:Saba]] (16), [[p:Yonas]] (12) en [[p:Ruta]] (8). Vader is in Eritrea achtergebleven. [[p:Saba]] wordt elke dag door [[p:Filmon]] de trap op en af gedragen.
Eigen kracht en netwerk
[[p:Filmon]] helpt veel, maar begint in september aan een opleiding in Rotterdam. Een kennis uit de kerk, [[p:Abrehet]], kookt af en toe.
Advies
Voor [[p:Saba]] is het {{o:CJG}} / de Jeugdwet aan zet voor begeleiding; voor de woning is verhuizing nodig (urgentie). Wmo onderzoekt een rolstoel ([[p:Saba]] valt onder de Wmo voor hulpmiddelen).
=====
Onderzoeksverslag Wmo — dhr. [[p:Chen Jianguo]] ([[p:陈建国]])
Geb.: [[d:1947年3月8日]] / [[d:8 maart 1947]] (zoals op verblijfsdocument)
Adres: [[a:Wagenstraat 86-I]], [[pc:2512 AZ]] ({{w:Centrum}})
Contactpersoon: dochter [[p:Chen Mei]] [[t:06 1899 7002]], schoonzoon [[p:Li Wei]]

Hulpvraag: dhr. wil zelfstandig naar de Chinese ouderensoos in de Wagenstraat blijven gaan en zijn huis schoonhouden.
Situatie: dhr. is weduwnaar sinds vorig jaar, heeft artrose en lichte geheugenklachten. Hij spreekt alleen Mandarijn en Kantonees.
Eigen kracht en netwerk: dochter woont in {{w:Leidschenveen}} en komt 2x per week; kleinzoon [[p:Li Jun]] (15) helpt met de tablet. Buurvrouw mevrouw [[p:Wong]] loopt mee naar de soos.
Advies: HO1 via een aanbieder met Chineessprekende medewerkers (navragen bij {{o:Stichting Chinese Ouderen}}); geen vervoersvoorziening nodig (250 m).
=====
BRIEF HERSTELTERMIJN
Den Haag, [[d:11 februari 2025]]
Kenmerk: [[z:Z/25/001187]]

Geachte heer [[p:Kishoendajal]],

U deed op [[d:18 januari 2025]] een aanvraag voor hulp bij het huishouden en een Wmo-vervoerspas. Wij hebben u twee keer uitgenodigd voor een gesprek, maar u was niet thuis. Wij geven u de kans om tot [[d:25 februari 2025]] contact met ons op te nemen via 14 070. Doet u dat niet, dan kunnen wij uw aanvraag niet behandelen.

Met vriendelijke groet,
[[p:Ayla Demirci]], {{r:Wmo-consulent}}
=====
Machtigingsformulier Wmo
Ondergetekende,
naam: [[p:Ineke van Bemmel]]
geboortedatum: [[d:3 - 11 - 1937]]
adres: [[a:Laan v. Meerdervoort 1220 A]], [[pc:2555 cb]] 's-Gravenhage
machtigt hierbij:
naam: [[p:Willem van Bemmel]] (zoon)
adres: [[a:Parkweg 14]], Voorburg
telefoon: [[t:06 – 18 22 90 41]]
om namens haar alle zaken met betrekking tot de Wmo te regelen, inclusief het ondertekenen van het gespreksverslag en het indienen van bezwaar.
Plaats en datum: Den Haag, [[d:4-3-2025]]
=====
Netwerkkaart (bijlage bij onderzoeksverslag [[z:WMO-25-00781]])
Cliënt: mw. [[p:Maria Rodrigues Semedo]]
Familie:
  - zoon [[p:Adilson]] — Rotterdam — 1x/mnd — werkt in haven, ploegen
  - dochter [[p:Neusa]] — {{w:Spoorwijk}} (zelfde straat) — dagelijks even — 3 kleine kinderen
  - dochter [[p:Lúcia]] — Lissabon — belt
  - kleinzoon [[p:Edson]] — 20 — doet boodschappen op zaterdag
Vrienden/buren:
  - Dona [[p:Fernanda]] (buurvrouw) — koffie, samen naar de kerk
Professioneel:
  - {{r:wijkverpleegkundige}} [[p:Liesbeth]] ({{o:Buurtzorg}}) — insuline 2x/dag
  - {{r:huisarts}} [[p:Van Ee]]
=====
Keukentafelgesprek dhr. en mw. [[p:Sitompul]] — [[d:zaterdag 22 maart]] (uitzondering: zoon werkt doordeweeks)
Dhr. [[p:Hendrik Sitompul]] (86) en mw. [[p:Johanna Sitompul-Tan]] (83) wonen sinds 1958 in Den Haag, nu op de [[a:Paets van Troostwijkstraat 11]] in {{w:Duinoord}}. Zij komen oorspronkelijk uit Indonesië (Medan).
Mw. heeft de ziekte van Parkinson; dhr. zorgt voor haar, maar valt zelf ook. Zoon [[p:Robert Sitompul]] komt in het weekend, dochter [[p:Lily]] woont in Australië. Kleindochter [[p:Esmée]] studeert in Leiden en komt op woensdag eten.
Vraag: HO + douche-aanpassing + evt. traplift (slaapkamer boven).
Bijzonderheid: het echtpaar wil geen "vreemde" in huis; zij kennen de hulp van de kerk (zuster [[p:Toet]]). Besproken: PGB mogelijk?
=====
Bericht via het klantportaal (mijn.denhaag.nl)
Van: [[p:A.F. Gomes]]
Onderwerp: traplift werkt weer niet!!!

Dit is nu de 3e keer dat de traplift van mijn vader stuk is ([[a:Steenhouwersgaarde 30]]). Hij zit boven vast. De storingsdienst komt pas morgen. Mijn vader is 90!! Ik wil een klacht indienen en een andere leverancier. Mijn nummer: [[t:+31 (0)6 29 77 41 05]]. Dossiernummer volgens brief: [[z:WA-22-01984]].
[[p:Alberto Gomes]]
=====
Notities hoorzitting (voor eigen gebruik)
- mw [[p:van der Kooij]] niet zelf aanwezig, wel dochter [[p:Marianne]] + mr [[p:Tahiri]]
- kern: incontinentie → dagelijks bed, volgens college "valt binnen 2,5 uur"
- dochter: "mijn moeder ligt soms uren in een nat bed"
- commissie vraagt naar incontinentiemateriaal (zorgverzekeraar) → wordt gebruikt, helpt niet 's nachts
- [[d:9-1-2025]] bob ongegrond, nu beroep, zitting rechtbank [[d:12-06-2025]]
=====
GESPREKSVERSLAG (TELEFONISCH) — [[d:27.05.2025]]
Beller: mw. [[p:Marjan de Vries-Hoekstra]], mantelzorger van haar man dhr. [[p:Geert de Vries]] (Alzheimer, 71)
Adres: [[a:Prins Hendrikstraat 140]] {{w:Zeeheldenkwartier}}
Mw. vraagt om dagbesteding voor haar man, zodat zij 2 dagen per week kan werken als {{r:doktersassistente}}. Hun kinderen ([[p:Sjoerd]], [[p:Ineke]]) wonen in Groningen en Maastricht.
Uitleg gegeven over dagbesteding via Wmo (begeleiding groep, 07A10) en respijtzorg. Afspraak ktg [[d:4 juni]], 10 uur, bij hen thuis. Ook de {{r:casemanager dementie}} [[p:Hester Brouwer]] uitnodigen.
=====
CSV-export meldingen (regiesysteem), kolommen: meldnr;naam;geb;wijk;product
[[z:M250311]];[[p:Boukhari, N.]];[[d:1962-07-19]];{{w:Centrum}};12R05
[[z:M250312]];[[p:Groen, T.]];[[d:1939-10-02]];{{w:Bomen- en Bloemenbuurt}};02A02
[[z:M250313]];[[p:Hasanović, E.]];[[d:1977-01-28]];{{w:Bouwlust}};07A08
[[z:M250314]];[[p:Sitompul, H.]];[[d:1938-12-05]];{{w:Duinoord}};02A01
=====
Collega's, ik heb een vraag over een afwijzing: mw. (78) woont met haar kleinzoon (24) die werkt. Volgens het protocol gebruikelijke hulp moet de kleinzoon dan het huishouden doen. Maar hij woont er "tijdelijk" sinds twee jaar. Hoe gaan jullie hiermee om? Gaat het om de inschrijving in de BRP of om de feitelijke situatie?
=====
Verslag van het keukentafelgesprek
Naam: [[p:Barış Yılmaz]]
Geboortedatum: [[d:12 okt. 1954]]
Adres: [[a:Kempstraat 231]]
Gesprek: [[d:di 14 jan]]

Dhr. heeft COPD en is recent gestopt met werken als kapper. Hij woont met zijn vrouw [[p:Necla]] in {{w:Schilderswijk}}. Zijn vrouw is gezond en kan het huishouden doen. Dhr. vraagt vooral een scootmobiel om naar de koffiehuizen aan de Hoefkade en naar zijn broer [[p:Orhan]] in {{w:Laak}} te kunnen.
Kinderen: [[p:Emre]] (Amsterdam), [[p:Ebru]] (Den Haag, 3 kinderen), [[p:Serkan]] (Duitsland).
Vervolg: medisch advies over belastbaarheid, proefrit scootmobiel.
=====
Besluit — toekenning begeleiding groep (dagbesteding)
Aan: mevrouw [[p:M. de Vries-Hoekstra]], namens de heer [[p:G. de Vries]]
Datum: [[d:18 juni 2025]] — Kenmerk [[z:WMO-25-01442]]

U krijgt dagbesteding voor uw man bij {{o:Florence}} ontmoetingscentrum {{w:Scheveningen}}:
- 2 dagdelen per week (dinsdag en donderdag), productcode 07A10
- vervoer van en naar de dagbesteding: ja (07A12)
- van [[d:1 juli 2025]] tot [[d:30 juni 2026]]
=====
Aantekening bij dossier [[z:WMO-23-099148]] ([[p:Zandvliet]])
dhr. is overleden op [[d:zo 09-02]]. mw [[p:Yvette Zandvliet-Martina]] belde huilend; zoon [[p:Rignald]] regelt de begrafenis. Drempelhulp mag blijven liggen. HO stoppen per einde maand, condoleancekaart sturen namens team.
=====
Onderzoeksverslag – dhr. [[p:Oleksandr Kovalenko]], geb. [[d:14/09/1958]]
Status: ontheemde uit Oekraïne (Richtlijn tijdelijke bescherming)
Verblijf: gemeentelijke opvanglocatie, kamer 3.14, [[a:Kranenburgweg 211]]
Hulpvraag: aangepaste douche en toilet i.v.m. beenprothese
Netwerk: vrouw [[p:Halyna]] (woont op dezelfde locatie), dochter [[p:Iryna]] (Kyiv), zoon [[p:Dmytro]] (in het leger)
Afweging: aanpassing van een opvanglocatie is geen Wmo-woningaanpassing; de gemeente als beheerder van de opvang regelt dit. Wel: douchestoel en toiletstoel in bruikleen via {{o:Medipoint}}.
=====
Uit het klantcontactsysteem:
Contact [[d:2025-03-11]] 14:02 — inkomend — [[p:Yvonne Winter]] — "wil weten of rolstoel al besteld is" — antwoord: ja, levering wk 13 — afgehandeld door [[p:Fleur]]
Contact [[d:2025-03-19]] 09:15 — uitgaand — [[p:Carla Winter]] — levering bevestigd [[d:26 maart]] — afgehandeld door [[p:Fleur]]
=====
Lieve mevrouw [[p:Moesker]],

Ik wil u bedanken voor de hulp. Sinds [[p:Sevda]] komt is mijn huis weer schoon en ik heb iemand om mee te praten. Mijn zoon [[p:Erik]] zegt ook dat hij mij vrolijker vindt.

Hartelijke groeten,
[[p:Corrie Bakker]]
=====
Aanvraagformulier hulpmiddel (handgeschreven, overgenomen)
Naam: [[p:HASANOVIĆ EMINA]]
Geb: [[d:28/1/77]]
Straat: [[a:VLIERBOOMSTRAAT 503]]
Postcode: [[pc:2564JH]]
Tel: [[t:0643312097]]
Wat heeft u nodig: rolstoel want ik kan niet lopen na ongeluk, mijn man [[p:Edin]] werkt en kinderen ([[p:Lejla]] 10, [[p:Amar]] 7) zijn klein
Handtekening: [[p:E. Hasanović]]
=====
Hoi [[p:Naima]], kun je in het verslag van [[p:Petrović]] nog even de alinea over gebruikelijke hulp aanpassen? Zoon woont niet meer thuis (sinds [[d:1-2-2025]]). Dan kan het morgen de deur uit. Tnx!
=====
Toelichting op de beschikking (bijlage)
U ontvangt een beschikking voor elke voorziening. Op de beschikking staan: het soort voorziening, de productcode, de omvang (bijvoorbeeld 150 minuten per week), de ingangsdatum en de einddatum, de aanbieder en of u een eigen bijdrage betaalt. Bewaar de beschikking goed. Als uw situatie verandert (verhuizing, opname, een nieuwe huisgenoot), moet u dit doorgeven aan de gemeente.
=====
Evaluatiegesprek begeleiding — mw. [[p:Ivanova]] — [[d:5 december 2024]]
Aanwezig: mw. [[p:Ivanova]], [[p:Thomas Vermeulen]] (begeleider {{o:Middin}}), {{r:Wmo-consulent}}.
Doelen: post openen (lukt nu 3 van de 4 weken), afspraken {{o:Schuldhulpverlening Den Haag}} nakomen (lukt), dochter [[p:Viktoria]] op tijd naar school (lukt). Nieuw: mw. wil werk zoeken. Vriendin [[p:Desi]] is teruggegaan naar Bulgarije, dus minder steun.
Afspraak: begeleiding verlengen tot [[d:16-06-2026]], afschalen naar 2 uur per week vanaf het voorjaar.
=====
Rapportage aan de gemeente (van aanbieder {{o:Stek}})
Betreft: dhr. [[p:R. Noorzai]], clientnummer aanbieder [[z:STK-20931]], toewijzing [[z:40288113]]
Periode: Q1 2025
Dhr. komt trouw naar de dagbesteding (2 dagdelen). Hij helpt graag in de moestuin. Contact met zijn broer [[p:Ahmad]] is verbeterd. Het individuele traject loopt via [[p:Fariba Rahimi]] ({{r:persoonlijk begeleider}}). Geen incidenten.
=====
Hallo,
ik ben [[p:Nadia Bouhali]], de schoondochter van mevrouw [[p:Fatima Ouaali]]. Ik wil graag weten of de hulp ook op zaterdag kan komen. Mijn schoonmoeder heeft op dinsdag fysiotherapie bij fysiotherapeut [[p:Wouters]]. BSN van mijn schoonmoeder: [[b:1841 13 041]] (staat op haar pas, weet niet of ik het goed heb). Mijn nummer [[t:06-5590 2271]].
=====
Mededeling aan alle {{r:Wmo-consulenten}}: vanaf de nieuwe contractperiode gelden de productcodes 12B01 t/m 12R05 voor hulpmiddelen. De oude codes (12H01 enz.) vervallen. Lopende beschikkingen houden hun oude code tot de einddatum. Vragen aan het team contractmanagement.
=====
Onderzoeksverslag woningaanpassing
Cliënt: [[p:Rutger Koning]] (32 jaar), [[a:Koningin Emmakade 96]] 2e etage
Diagnose: spierdystrofie van Duchenne? nee — Becker; progressief.
Hulpvraag: toegankelijk toilet en douche, op termijn verhuizing naar rolstoelwoning.
Netwerk: ouders [[p:Gert]] en [[p:Hélène Koning]] (Wassenaar), zus [[p:Fleur Koning]] ({{w:Regentessekwartier}}), vriendin [[p:Sophie]].
Advies: tijdelijke kleine aanpassing (toiletbeugels, verhoogd toilet) + inschrijving urgentie rolstoelwoning via {{o:Woonnet Haaglanden}} (registratienummer [[z:WN-2025-014422]]).
Let op: naam straat (Koningin Emmakade) en achternaam cliënt ([[p:Koning]]) niet verwarren in de stukken!
=====
Verslag keukentafelgesprek – mw. [[p:Aisha Mohammadi]] – [[d:3 april 2025]]
Mw. (38) komt uit Afghanistan, weduwe, 3 kinderen ([[p:Zahra]] 14, [[p:Ali]] 11, [[p:Maryam]] 6). Zij heeft een ernstige nierziekte en dialyseert 3x per week in het {{o:HMC Westeinde}}. Op dialysedagen kan zij niets.
Netwerk: zwager [[p:Mohammad Mohammadi]] (Utrecht) belt; een Afghaanse buurvrouw, [[p:Parwana]], kookt op dialysedagen. Oudste dochter [[p:Zahra]] doet veel — te veel voor haar leeftijd.
Advies: HO3 + extra minuten voor kinderen (3 x 30 min); signaal jonge mantelzorger doorgeven aan {{o:CJG}} (met toestemming mw.).
""")
# ---------------------------------------------------------------------------
# 13. More mixed documents: quoted replies, tab tables, odd number formats
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Thijs van Leeuwen]]
Aan: [[p:Naima Azzouzi]]
Onderwerp: FW: bezwaar [[p:Petrović]]

> Op [[d:ma 17 mrt 2025]] om 09:02 schreef [[p:Noor Soekhai]] <[[e:n.soekhai@denhaag.nl]]>:
> [[p:Thijs]], de commissie adviseert gegrond. Kun jij het nieuwe besluit voorbereiden? HO2 per [[d:1/4]].
> Groet, [[p:Noor]]

[[p:Naima]], wil jij dit oppakken? Ik ben vanaf morgen met verlof. Alles staat in [[z:WMO-2024-091144]].
=====
Overzicht huisbezoeken week 12 — {{r:Wmo-consulent}} [[p:A. Demirci]]
ma	09:30	[[p:Kishoendajal]]	[[a:Zwaardvegersgaarde 118]]	HO/vervoer	(3e poging!)
ma	13:00	[[p:Blom-Vink]]	[[a:Soestdijksekade 412-B]]	traplift
di	10:00	[[p:Ahmadzai]]	[[a:Vaillantlaan 302]]	begeleiding
wo	—	teamdag
do	11:00	[[p:De Haan]]	[[a:Hengelolaan 640]]	scootmobiel, dochter [[p:Karin]] erbij
vr	09:00	[[p:Mulder, S.]]	[[a:Hollandse Tuin 76]]	evaluatie traplift
=====
Klantgegevens (uit BRP-bevraging, [[d:14-05-2025]])
Naam: [[p:Rosalinda Maria Isenia-Martis]]
Geboren: [[d:19 augustus 1949]] te Willemstad (Curaçao)
BSN: [[b:4172.86.454]]
Woonadres: [[a:Dierenselaan 98]], [[pc:2573 GV]] 's-Gravenhage
Burgerlijke staat: weduwe (echtgenoot [[p:Raymond Isenia]] overleden [[d:03-01-2021]])
Kinderen (volgens opgave): [[p:Shurandy]], [[p:Giselle]], [[p:Jurwin]]
=====
Keukentafelgesprek mw [[p:Isenia-Martis]] [[d:21/5]]
mw 75, diabetes + slechte ogen, woont alleen in {{w:Rustenburg}}. spreekt Papiaments, dochter [[p:Giselle]] vertaalt ([[t:06 38 11 47 02]]). zoon [[p:Shurandy]] woont in Almere, zoon [[p:Jurwin]] op Curaçao.
mw wil niet naar "een tehuis". vraag: HO + hulp bij medicatie (is geen Wmo → wijkverpleging).
buurvrouw tante [[p:Olga]] doet boodschappen.
advies HO2, wijkverpleging via {{r:huisarts}}.
=====
Beste meneer [[p:Smit]],

In het gesprek op [[d:24 juni]] vroeg u of uw broer [[p:Wim]] uw vervoer kan regelen als u een PGB krijgt. Dat kan: uw broer kan als informele zorgverlener begeleiding geven. Voor vervoer geldt het PGB-tarief voor vervoer (€ 14,30 per dag). U vindt het formulier in de bijlage.
Wilt u het ingevulde formulier sturen naar [[e:wmo.pgb@denhaag.nl]] onder vermelding van uw zaaknummer [[z:WMO-24-041872]]?

Vriendelijke groet,
[[p:Jolien Baas]]
=====
gespreksverslag ktg [[d:06-08-2025]] — dhr. [[p:Mustafa Al-Hussein]] (Syrië), [[a:Troelstrakade 410]], 3e etage, {{w:Moerwijk}}
aanw: dhr, vrouw [[p:Rim]], zoon [[p:Omar]] (17, tolk), {{r:Wmo-consulent}}, {{r:ergotherapeut}} [[p:Bram]]
dhr 58 jr, ernstige rugklachten na oorlogsletsel, loopt met 2 krukken. lift vaak kapot (melding bij {{o:Staedion}} loopt).
vraag: rolstoel voor buiten + hulp in huis. vrouw doet nu alles + zorg voor 5 kinderen ([[p:Omar]] 17, [[p:Lina]] 15, [[p:Yara]] 12, [[p:Adam]] 8, [[p:Sami]] 3).
afweging: gebruikelijke hulp door vrouw is bij 5 kinderen en eigen klachten (diabetes) niet redelijk volledig → HO2 + toeslag kinderen.
rolstoel: akkoord (ergo), passing [[d:20 aug]].
=====
Notitie telefoongesprek met {{o:CAK}}: eigen bijdrage van dhr. [[p:J. Kok]] (BSN [[b:30958989]] — 8 cijfers, klopt niet, nakijken!) is dubbel geïnd in april. {{o:CAK}} zoekt het uit, referentie [[z:CAK-REF-77120934]].
=====
Aan de {{r:Wmo-consulent}},
Mijn moeder mw. [[p:G. Visser]] woont sinds [[d:zaterdag 4 januari]] in het verpleeghuis {{o:Het Uiterjoon}} (Wlz). De traplift in haar oude huis ([[a:Kamperfoeliestraat 22]]) kan opgehaald worden. Het huis wordt verkocht; de makelaar, [[p:Dennis Hoek]] ([[t:070 - 350 21 98]], direct), heeft de sleutel.
Rekeningnummer voor evt. teruggave eigen bijdrage: [[i:NL73 ABNA 0463 5291 97]] t.n.v. [[p:H.J. Visser]].
[[p:Hennie Visser]]
=====
Oproep voor de hoorzitting
Den Haag, [[d:2 april 2025]]
Bezwaarnummer: [[z:BZ-25-00511]]

Geachte heer [[p:De Jong]],

De {{o:Commissie bezwaarschriften}} nodigt u uit voor een hoorzitting op [[d:dinsdag 13 mei 2025]] om 14.15 uur in het stadhuis, Spui, zaal 4.12. U mag iemand meenemen. Uw gemachtigde, mevrouw [[p:M. Schipper]], ontvangt een kopie van deze brief.
Kunt u niet komen? Laat het ons dan vóór [[d:6 mei]] weten.
=====
Wijziging contactgegevens (via telefoon, [[d:8-10-2024]])
Client: [[p:Hamza Benali]] ([[z:WMO-24-118877]])
Nieuw mobiel zoon [[p:Karim]]: [[t:+31 6 45 19 88 20]] (oud: [[t:06-1203 5566]] vervalt)
Nieuw e-mailadres: [[e:karim.benali.88@gmail.com]]
=====
Aanvulling onderzoeksverslag — gesprek met mantelzorger apart
Op [[d:17 maart 2025]] sprak ik mevrouw [[p:Ellen Hoek]] (dochter van dhr. [[p:Piet Hoek]]) zonder haar vader erbij. [[p:Ellen]] werkt 28 uur als {{r:verpleegkundige}} in het {{o:Bronovo}}, heeft twee pubers ([[p:Lars]] en [[p:Noor]]) en een man, [[p:Michiel de Boer]], die veel reist. Zij komt 5x per week bij haar vader. Ze zegt: "Ik ben op."
Afspraken: mantelzorgconsulent {{o:Xtra}} gaat met [[p:Ellen]] in gesprek; respijt via logeeropvang wordt onderzocht; HO wordt opnieuw voorgesteld aan dhr.
=====
Hoi [[p:Floor]]! Ik kan [[p:Kees Mulder]] van de VvE niet bereiken. Nummer in het dossier ([[t:06-1034 8876]]) is afgesloten. Heb jij een ander nummer? Het gaat om de traplift van mw. [[p:Mulder]] (geen familie trouwens, toeval). [[p:Rosa]]
=====
Beschikking wijziging — verlaging HO
Mevrouw [[p:W.H. van der Kooij]], [[a:Laan van Eik en Duinen 88]]
Kenmerk: [[z:WMO-24-077310]] — Datum: [[d:20-08-2024]]
Oude indicatie: 240 min/week (HO3 + wasverzorging)
Nieuwe indicatie: 150 min/week (HO2), ingang [[d:01-10-2024]]
Reden: bij herbeoordeling op [[d:6 augustus 2024]] bleek dat uw kleinzoon [[p:Jesse]] sinds juni bij u woont.
=====
Reactie mw [[p:van der Kooij]] op de verlaging (telefonisch, genoteerd door [[p:Sanne]]):
"Mijn kleinzoon [[p:Jesse]] is 19 en zit de hele dag op school of bij zijn werk in de {{o:Albert Heijn}}. Hij kan de bedden niet doen. Dat jullie dat niet snappen!" — Mw wil bezwaar; uitgelegd hoe, zij belt haar dochter.
=====
Terugkoppeling van {{o:Argonaut}} (medisch advies)
Cliënt: [[p:P. de Jong]], geb. [[d:22-08-1950]], uw referentie [[z:BZ-25-00511]], onze referentie [[z:ARG-2025-33817]]
Vraagstelling: loopafstand en rijvaardigheid scootmobiel
Bevindingen: loopafstand met rollator circa 50-75 meter (gegevens behandelend fysiotherapeut); cognitie en visus voldoende voor deelname aan het verkeer.
Conclusie: een scootmobiel is medisch verantwoord.
dr. [[p:E.M. Lindhout]], {{r:arts M&G}}
=====
Samenvatting voor overdracht naar Wlz (cliënt gaat naar verpleeghuis)
Naam: [[p:Pieternella (Nel) Brouwer]] | geb. [[d:13.07.1931]] | BSN [[b:283 455 457]]
Wmo-voorzieningen die moeten stoppen:
- HO2 ({{o:Tzorg}}), toewijzing [[z:40197710]] — stop per opnamedatum [[d:3-11-2025]]
- rolstoel (bruikleen) — ophalen bij [[a:Meidoornplein 5]], contact kleinzoon [[p:Jordy Brouwer]] [[t:06 21 09 84 51]]
- personenalarmering — eigen abonnement, familie zegt zelf op
""")
# ---------------------------------------------------------------------------
# 14. Extra: bank details, BSNs and mail threads around decisions
# ---------------------------------------------------------------------------
add(r"""
Terugbetaling teveel betaalde eigen bijdrage
Den Haag, [[d:9 september 2025]] — kenmerk [[z:WMO-FIN-25-00388]]
Aan de erven van wijlen de heer [[p:J.C. de Wit]]
t.a.v. de heer [[p:G. de Wit]]

Na het overlijden van uw vader is de scootmobiel op [[d:2 mei 2025]] opgehaald. De eigen bijdrage over mei en juni is ten onrechte geïnd. Het {{o:CAK}} betaalt € 43,60 terug op rekening [[i:NL02ABNA7004526500]] t.n.v. [[p:G.J. de Wit]].
=====
Keukentafelgesprek fam. [[p:Zieliński]] — [[d:piątek 14.03.2025]] / vrijdag [[d:14 maart 2025]]
Aanwezig: mw. [[p:Danuta Zielińska]] (68), haar schoonzoon [[p:Paweł Nowak]] (tolk Pools), {{r:Wmo-consulent}} [[p:Bas Verhoef]]
Adres: [[a:Moerweg 212]], [[pc:2531 AN]], {{w:Moerwijk}}
Mw. woont hier sinds 2019 bij haar dochter [[p:Karolina Nowak]] en schoonzoon, na het overlijden van haar man in Wrocław. Zij heeft ernstige artrose en suikerziekte. Zij slaapt op de zolder (vaste trap, steil).
Vraag: traplift of een slaapplek beneden. Dochter werkt in de kassen in het Westland, schoonzoon bij een transportbedrijf. Kleinkinderen [[p:Kuba]] (12) en [[p:Ola]] (9).
BSN mw.: [[b:5056.45.646]]. Telefoon dochter: [[t:+48 601 223 914]] (Pools nummer) of [[t:06-8120 3347]].
=====
Van: [[p:Bas Verhoef]] <[[e:b.verhoef@denhaag.nl]]>
Aan: [[e:karolina.nowak.nl@wp.pl]]
CC: [[e:ergo.haaglanden@gmail.com]]
Onderwerp: afspraak ergotherapeut — uw moeder

Beste mevrouw [[p:Nowak]],

De {{r:ergotherapeut}}, mevrouw [[p:Schouten]], komt op [[d:woensdag 26 maart]] om 16.00 uur kijken naar de trap en de woonkamer. Kunt u of uw man erbij zijn om te tolken?

Met vriendelijke groet,
[[p:Bas Verhoef]]
=====
Offerte traplift — particulier (niet via Wmo)
Klant: mw. [[p:Els Blom]]
Adres: [[a:Tortelduifstraat 4]], [[pc:2562 TC]]
Geldigheid offerte: 30 dagen
Model: Handicare 1100, rechte trap, 14 treden
Prijs: € 4.895,- incl. montage en 21% btw; onderhoudscontract € 189,- per jaar
Betaling in termijnen mogelijk. Aanbetaling 30% op [[i:NL38INGB1836304978]] (rekening {{o:Trapliftservice West}}).
=====
Aanvraag eigen bijdrage-compensatie (minima)
Aanvrager: [[p:Khadija el Idrissi]]
BSN: [[b:476 294 381]]
IBAN: [[i:NL62 INGB 2732 6660 26]]
Toelichting: ik heb bijstand en betaal € 21,80 per maand voor de HO. Mijn consulent [[p:Jeroen]] zei dat ik dit kan terugvragen.
Datum: [[d:02/11/2024]]
=====
Zorgovereenkomst PGB – begeleiding (formeel)
Budgethouder: [[p:Mebrat Tesfamariam]] (voor dochter [[p:Saba Tesfamariam]], geb. [[d:2008-06-30]])
Zorgaanbieder: {{o:Zorgbureau Ubuntu}}, KvK 81234567
Begeleider: [[p:Senait Kidane]], [[e:senait@zorgbureau-ubuntu.nl]], [[t:06 17 44 02 98]]
Tarief: € 59,80 per uur, 3 uur per week
Uitbetaling door de {{o:SVB}} op [[i:NL20RABO8960017444]]
Ondertekend op [[d:1 april 2025]] te Den Haag
""")
# ---------------------------------------------------------------------------
# 15. One-liners and one long report
# ---------------------------------------------------------------------------
add(r"""
mw [[p:groen]] heeft ktg afgezegd (griep), nieuwe afspraak [[d:di 8/4]] 10u.
=====
HO2 = 150 min p/w, HO3 = 210 min p/w.
=====
Bel [[p:Ravi]] terug over het budgetplan: [[t:06 1443 0981]]
=====
[[z:BZ-25-00317]] – advies commissie: ongegrond. Besluit blijft staan.
=====
scootmobiel dhr [[p:Okafor]] geleverd, dochter tevreden.
=====
Graag alle beschikkingen vóór vrijdag 12.00 uur in de parafeerbak.
=====
Onderzoeksverslag Wmo — integraal (HO, begeleiding, hulpmiddel)
Cliënt: mw. [[p:Hafsa Yusuf Abdi]], geb. [[d:15-06-1981]], BSN [[b:606702210]]
Adres: [[a:Hoefkade 749-III]], [[pc:2526 BN]] Den Haag ({{w:Schilderswijk}})
Zaaknummer: [[z:WMO-25-02217]] | Gesprek: [[d:24 juni 2025]] met tolk Somalisch (dhr. [[p:Abdiwali]], {{o:Tolkcontact}})

1. Hulpvraag
"Ik wil dat mijn kinderen een moeder hebben die weer kan lopen en koken." Mw. vraagt hulp in huis, een rolstoel voor buiten en iemand die helpt met de brieven.

2. Situatie
Mw. (44) heeft sinds een ernstige infectie in 2024 een deels verlamd been. Zij woont met haar vijf kinderen op de derde verdieping zonder lift: [[p:Ikran]] (19), [[p:Abdirahman]] (16), [[p:Naima]] (13), [[p:Hamza]] (9) en [[p:Layla]] (4). Haar man [[p:Mahad Farah]] woont sinds de scheiding in Leicester en heeft geen contact.

3. Mogelijkheden eigen kracht en netwerk
[[p:Ikran]] doet de boodschappen en kookt, naast haar mbo-opleiding. [[p:Abdirahman]] brengt [[p:Layla]] naar de peuterspeelzaal. Zus [[p:Faduma Yusuf]] woont in {{w:Transvaal}} en komt in het weekend. De vrouwengroep van de moskee ([[p:Sahra]], [[p:Amina Hersi]]) helpt soms met de was. De kinderen dragen te veel: [[p:Ikran]] haalt slechte cijfers, zegt de {{r:mentor}}.

4. Voorliggende voorzieningen
Thuisadministratie via {{o:Humanitas}} (vrijwilliger); jonge-mantelzorgersgroep {{o:Xtra}}.

5. Advies
- HO3 + 2 x 30 min voor kinderen < 12 jaar (productcode 02A03), aanbieder met Somalisch sprekende medewerker.
- Rolstoel voor buiten; passing via {{r:ergotherapeut}}.
- Urgentieverklaring (medisch) bespreken: 3-hoog zonder lift is niet houdbaar.
- Signaal jonge mantelzorger [[p:Ikran]] naar {{o:CJG}}, met toestemming van mw.
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
    d = re.sub(r"[\s.]", "", s)
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
            if sp["text"] in MISTYPED:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h137-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout137.jsonl")
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
