#!/usr/bin/env python3
"""Held-out corpus 140: evaluation of the pilot "Samen werken in het sociale domein"
itself (interview transcripts with professionals and clients, focus-group notes,
quotes in evaluation reports, half-anonymised quotes, survey free-text answers,
facilitators' reflections and logbooks, the evaluation researcher's field notes).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout140.jsonl next to itself.
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

# Numbers deliberately typed wrongly in the texts (still personal data).
BAD_CHECKSUM = {"104080390", "NL76SNSB3355385454", "NL21INGB0006712345"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Interview transcripts with professionals (pilot participants, partners)
# ---------------------------------------------------------------------------
add(r"""
Interview 03 – pilotdeelnemer
Datum: [[d:14 maart 2024]], 10.00–11.05 uur, wijkcentrum {{o:De Mussen}}
Interviewer: [[p:Sjoerd Hofstede]] ({{r:onderzoeker}})
Respondent: [[p:Soufiane Amrani]], {{r:maatschappelijk werker}} SWT {{w:Transvaal}}

I: Je zit nu zo'n zes weken in de pilotgroep. Wat is je tot nu toe opgevallen?
R: Eerlijk? Dat ik collega's uit andere teams eigenlijk helemaal niet kende. Ik werk al acht jaar in {{w:Transvaal}} en ik wist niet dat ze in {{w:Mariahoeve}} een {{r:casemanager dementie}} in het team hebben. [[p:Gerdien]] vertelde dat bij de startbijeenkomst en ik dacht: waarom weet ik dit niet.
I: Heeft dat al iets opgeleverd in je werk?
R: Ja, concreet. Ik had een meneer, ik noem geen naam, die steeds verdwaalde. Ik heb [[p:Gerdien]] gebeld en zij heeft me binnen een dag uitgelegd hoe zij dat aanpakken. Vroeger had ik dat via drie schijven moeten doen.
I: En wat vind je lastiger?
R: De tijd. Vier maanden is kort. En mijn leidinggevende, [[p:Hans]], vindt het prima, maar de caseload gaat gewoon door.
=====
I: Kunt u zich even voorstellen voor de opname?
R: Ja. [[p:Gerdien Post]], ik ben {{r:wijkverpleegkundige}} bij {{o:Florence}} en zit in het sociaal wijkzorgteam {{w:Mariahoeve}}. Sinds 2016 al.
I: En u doet mee aan het thema ouderen.
R: Ja, samen met [[p:Anouk]] en met die jongen uit {{w:Escamp}}, [[p:Mesut]]. We zijn met z'n vijven in de themagroep.
I: Hoe verliep de kick-off voor u?
R: Druk. Heel druk. Tweehonderd mensen in een zaal in het stadhuis en dan moet je stemmen met zo'n app. Ik heb op bemoeizorg gestemd eigenlijk, maar ouderen werd het. Ook goed hoor.
I: [lacht] Oké.
R: Wat ik wel goed vond: dat [[p:Marjolein]] van de gemeente aan het eind zei dat het niet vrijblijvend is. Dat gaf richting.
=====
Transcript interview P11 (verkort, [[d:2 april 2024]])

I = interviewer ([[p:NO]]), R = respondent ({{r:Wmo-adviseur}}, SWT {{w:Escamp}})

I: Wat verstaat u onder teamoverstijgend werken?
R: Dat je niet alleen naar je eigen casus kijkt maar naar patronen. Bijvoorbeeld: in {{w:Escamp}} hebben we heel veel oudere Hindostaanse vrouwen die alleen wonen. In {{w:Transvaal}} ook. Dan kun je samen iets bedenken in plaats van ieder voor zich.
I: Lukt dat in de pilot?
R: Deels. De sessies zijn goed, maar daarna schiet het erbij in. Ik had afgesproken met [[p:Wendy]] – nee sorry, ik bén [[p:Wendy]] [lacht] – met [[p:Chandra]] uit {{w:Transvaal}} dat we een gezamenlijke voorlichting zouden doen in het {{o:Hindustaans Cultureel Centrum}}. Dat is er nog steeds niet van gekomen.
I: Wat zou helpen?
R: Een uur in de week die echt vrij is. Gewoon in de agenda geblokt.
=====
I: Je bent {{r:jongerenwerker}}, hoe ben je in de pilot terechtgekomen?
R: Via mijn teamleider, [[p:Ilse Kramer]]. Ze zei: [[p:Rachid]], jij moet dat thema jeugd gaan trekken. En ik ben dan iemand die ja zegt. [lacht]
I: En hoe is dat bevallen?
R: Wisselend. Jeugd is bij ons in {{w:Laak}} vooral: jongens van zestien, zeventien die tussen wal en schip vallen. Achttien worden is een soort ravijn. En in de pilot zaten mensen van het {{o:CJG}} die denken in gezinnen en dat is een hele andere taal.
I: Kun je een voorbeeld geven?
R: Ik had een jongen, laten we hem [X] noemen, die werd achttien en van de ene op de andere dag had hij geen {{r:jeugdconsulent}} meer. Geen uitkering, geen zorgverzekering. In de themagroep hebben we die casus anoniem besproken en toen bleek dat [[p:Kim]] van het {{o:CJG}} {{w:Escamp}} precies hetzelfde had. Dat was een eye-opener.
=====
Interviewer: Hoe zou je de samenwerking met de gemeente omschrijven, in één woord?
Respondent ([[p:Esra Koç]], {{r:casusregisseur}} {{w:Laak}}): Zoekend.
Interviewer: Zoekend.
Respondent: Ja. Aan de ene kant zeggen ze: jullie mogen vernieuwen, innovatief zijn. Aan de andere kant moet alles via de regels. Ik had een idee voor een gezamenlijk spreekuur met {{o:Haag Wonen}} en toen moest ik eerst een notitie schrijven voor mevr. [[p:Winter]], dan een overleg met de afdeling, dan weer een notitie. Toen waren er drie maanden voorbij.
Interviewer: En toch ben je positief over de pilot, zei je eerder.
Respondent: Over de mensen wel. Over het systeem minder.
=====
I: U werkt bij {{o:MEE}}. Wat brengt u in de pilot?
R: Kennis over LVB. Dat merk ik echt, dat collega's het niet herkennen. Bij de workshop op [[d:dinsdag 16 april]] heb ik een korte training gegeven over hoe je een licht verstandelijke beperking herkent. Er kwamen meteen zes vragen per mail daarna. Van [[p:Sharon]], van [[p:Tanja Hoek]], van die collega van {{o:Xtra}} – hoe heet ze – [[p:Petya]].
I: Is dat nog opgevolgd?
R: Ik heb ze allemaal teruggemaild. En met [[p:Tanja]] heb ik daarna samen een huisbezoek gedaan in {{w:Moerwijk}}, bij een gezin dat zij al twee jaar had. Dat is toch mooi.
I: Mag ik uw naam nog even noteren voor de lijst?
R: [[p:Tjeerd Kuipers]]. Met ui.
=====
Fragment interview [[p:Hennie Schipper]] ({{r:ouderenconsulent}}, {{o:Vóór Welzijn}}), [[d:19-3-2024]]

"Kijk, ik ben al 61. Ik heb alle reorganisaties meegemaakt. Eerst was het {{o:Welzijn Den Haag}}, toen kwam de decentralisatie, toen de wijkteams. En elke keer zeggen ze: nu gaan we het anders doen. Dus toen [[p:Ruben]] van {{o:Crossover}} binnenkwam met zijn flip-over dacht ik: hier gaan we weer. Maar ik moet zeggen, het viel mee. Hij luisterde. Hij schreef op wat wíj zeiden, niet wat hij al had bedacht."

(R. lacht. Onderbreking, telefoon gaat.)

"Sorry. Waar was ik. O ja. Wat ik goed vond, was dat mevrouw [[p:Smit]] van {{o:CAOP}} ons vroeg om zelf casussen mee te nemen. Niet van die bedachte."
=====
I: Nog even terug naar het thema huiselijk geweld. Jullie hadden daar een expertmiddag over.
R: Op [[d:11 april]] ja, in het {{o:Atrium}}. Met iemand van {{o:Veilig Thuis Haaglanden}} en een {{r:officier van justitie}}.
I: Wat heb je daarvan meegenomen?
R: Dat we te laat melden. Echt. Die mevrouw van {{o:Veilig Thuis}}, [[p:Annelies de Koning]], liet cijfers zien: de meeste meldingen vanuit wijkteams komen pas na maanden. Ik herkende mezelf. Ik had een cliënte uit {{w:Bouwlust}}, ik zeg maar mevrouw [[p:D.]], en daar heb ik ook te lang gewacht omdat ik het vertrouwen niet wilde verliezen.
I: En dat vertrouwen?
R: Is gebleven. Dat is de les, denk ik.
=====
Transcriptie (automatisch, gecorrigeerd door [[p:NO]]) – interview {{r:schuldhulpverlener}}

00:02:14 I: dus jij zit namens {{o:Schuldhulpverlening Den Haag}} in de pilot
00:02:17 R: ja namens het {{o:Geldloket}} eigenlijk maar dat is hetzelfde potje
00:02:21 I: en wat merk je van de andere teams
00:02:24 R: dat ze mij nu direct bellen haha. [[p:Paulina]] wordt overal gebeld. nee maar serieus voorheen kwam alles via het formulier en nu appt [[p:Soufiane]] me gewoon van hé ik heb een meneer met een brief van het {{o:CJIB}} kun je even kijken
00:02:40 I: is dat wenselijk
00:02:41 R: voor de cliënt wel. voor mijn agenda niet [lacht]. en privacy is een dingetje he, ik zeg altijd geen namen in de app
00:02:49 I: gebeurt dat wel eens
00:02:50 R: eh. ja. één keer heeft iemand een screenshot gestuurd van een brief met een BSN erop. die heb ik meteen verwijderd en gezegd doe dit niet
=====
I: Wat zou u de gemeente willen meegeven voor na juni?
R ([[p:Desiree Martis]], {{r:welzijnscoach}} {{o:Zebra Welzijn}}): Laat het niet doodbloeden. Dat is mijn grootste angst. Er zijn nu lijntjes tussen {{w:Zeeheldenkwartier}} en {{w:Scheveningen}} en {{w:Duindorp}} die er eerst niet waren. Als je over een jaar niemand meer bij elkaar roept, zijn die weg.
I: Wie zou dat moeten doen?
R: Niet weer een extern bureau. Sorry [[p:Lieke]], niet persoonlijk bedoeld. Iemand van ons zelf. [[p:Joyce Doelwijt]] bijvoorbeeld, die kan dat.
=====
Interview [[p:Bram Koning]] – {{r:teamleider}} SWT {{w:Segbroek}} / {{w:Loosduinen}}
opname 47 min., afgenomen [[d:maandag 22 april]] via Teams

Samenvatting door onderzoeker:
- [[p:Bram]] is geen pilotdeelnemer, maar heeft twee medewerkers "uitgeleend" ([[p:Nienke Groen]] en [[p:Maarten Bos]]).
- Ziet vooral kosten: ca. 4 uur per week per deelnemer, niet gecompenseerd.
- Positief over themagroep bemoeizorg; "het eerste overleg waar {{o:GGD}}, {{o:Parnassia}} en wij echt aan één tafel zaten".
- Kritisch over communicatie: uitnodiging voor expertmeeting kwam pas op [[d:3 april]] binnen, voor bijeenkomst van [[d:9 april]].
- Quote: "Ik ben niet tegen vernieuwen, ik ben tegen vernieuwen in je vrije tijd."
=====
I: Hoe lang werk je al in het sociaal wijkzorgteam?
R: Sinds 2019. Daarvoor zat ik bij {{o:Parnassia}} in het FACT-team.
I: Dus bemoeizorg ken je van beide kanten.
R: Ja. En dat was ook waarom [[p:Ruben]] en [[p:Dewi]] me vroegen om de themagroep bemoeizorg te trekken.
I: Hoe ging dat?
R: In het begin stroef. [[p:Nienke]] en ik hadden een heel ander idee. Zij wilde meteen een protocol schrijven, ik wilde eerst casussen verzamelen. Uiteindelijk hebben we allebei gedaan. Ik heb er zeven verzameld, uit vier wijken: twee uit {{w:Laak}}, twee uit {{w:Centrum}}, één uit {{w:Moerwijk}}, twee uit {{w:Bezuidenhout}}.
I: Alle zeven geanonimiseerd?
R: Ja natuurlijk. Nou ja – in één stond nog "dhr. [[p:Veenstra]]" in de bijlage. Die heb ik er later uitgehaald.
=====
I: En u, mevrouw, u bent geen hulpverlener maar vrijwilliger.
R: Ik ben {{r:ervaringsdeskundige}}. Bij {{o:Stichting MOOI}} in {{w:Schilderswijk}}. Ik heb zelf schulden gehad, ik heb zelf in de opvang gezeten. Dus ik weet hoe het is aan de andere kant van de tafel.
I: Hoe werd u ontvangen in de pilotgroep?
R: Eerst een beetje... ze wisten niet wat ze met mij moesten. Die eerste keer zat ik naast een meneer van de gemeente en die vroeg: en bij welke organisatie werkt u? Ik zei: bij geen enkele, ik bén de doelgroep. [lacht] Maar daarna was het goed. [[p:Soufiane]] heeft me echt opgenomen.
I: Mag ik uw naam in het rapport gebruiken?
R: Liever niet. Zet maar "ervaringsdeskundige uit {{w:Schilderswijk}}". Mijn naam is [[p:Filmon]], dat weet u, maar niet in het rapport.
=====
[opname start]
I: Oké, hij loopt. Het is [[d:woensdag 8 mei]], interview met de {{r:beleidsadviseur}} van de gemeente.
R: [[p:Marjolein Winter]], {{o:dienst OCW}}, programma Samen werken in het sociale domein.
I: Dank je. Jij bent opdrachtgever van de pilot, zou je kunnen zeggen.
R: Ambtelijk opdrachtgever, ja. Wethouder heeft het in gang gezet, ik voer uit, samen met {{o:Crossover}} en {{o:CAOP}}.
I: Wat was het doel, in je eigen woorden?
R: Dat teams niet alleen op casusniveau werken. Dat ze van elkaar leren. Dat de {{w:Schilderswijk}} weet wat {{w:Ypenburg}} doet, zeg maar. En dat we vanuit de gemeente zien waar het systeem knelt.
I: En zien jullie dat nu?
R: Gedeeltelijk. Ik heb een lijstje van elf knelpunten. Daar zitten dingen bij die we echt kunnen oplossen. De GGZ-verwijzing via de huisarts, bijvoorbeeld, daar hebben we nu een gesprek over met {{o:Parnassia}} en de {{o:HHN}}.
=====
I: Wat betekende de pilot voor jou persoonlijk?
R: Dat ik me minder alleen voel. Klinkt zwaar, maar zo is het. Ik ben de enige {{r:MEE-consulent}} in ons team in {{w:Haagse Hout}} en nu heb ik [[p:Tjeerd]] en [[p:Liesbeth van der Meer]] die hetzelfde werk doen in andere wijken. We hebben een appgroepje. "LVB-clubje" heet het. [lacht]
I: Wat bespreken jullie daar?
R: Vooral dingen als: wie weet een goede dagbesteding voor iemand van 30 met autisme? Of: heeft iemand ervaring met {{o:Middin}} in {{w:Wateringse Veld}}?
=====
Interview met [[p:Kim Nguyen]] ({{r:jeugdconsulent}}, {{o:CJG}} {{w:Escamp}}), [[d:25 april 2024]]
Onderwerp: aansluiting CJG – SWT bij 18-/18+

I: Jij bent eigenlijk geen lid van het sociaal wijkzorgteam.
R: Nee, ik zit bij het jeugdteam. Maar ik was uitgenodigd voor het thema jeugd omdat ik veel 17-jarigen heb. [[p:Rachid Benali]] had me gevraagd.
I: En wat heeft het opgeleverd?
R: Een overdrachtsformulier! [lacht] Nee echt. We hebben met z'n vieren een formulier gemaakt voor warme overdracht op het moment dat iemand 17,5 is. Ik heb het nu bij drie jongeren gebruikt.
I: Met succes?
R: Bij twee. De derde is verhuisd naar Zoetermeer.
=====
I: Ik wil het nog even hebben over de rol van de facilitators.
R: Ja.
I: Hoe heb je die ervaren?
R: [[p:Dewi]] was top. Zij had altijd door wanneer iemand iets wilde zeggen en het niet durfde. [[p:Ruben]] was meer van de grote lijnen, die praatte soms iets te veel. En van {{o:CAOP}} was er nog iemand, een jonge vrouw, die alles opschreef.
I: [[p:Lieke]].
R: Ja, [[p:Lieke]]. Die zag je niet zo, maar haar verslagen waren wel echt goed.
=====
Telefonisch interview (niet opgenomen, aantekeningen onderzoeker)
Wie: {{r:huisarts}} in {{w:Moerwijk}}, dr. [[p:A.M. Dekker]]
Wanneer: [[d:vr 17 mei]], 12.40–12.55 (in lunchpauze)

- Kent de pilot "eigenlijk niet", wel het SWT.
- Merkt sinds voorjaar dat SWT {{w:Moerwijk}} vaker belt over GGZ-verwijzing. Vindt dat goed. "Liever één telefoontje dan drie brieven."
- Wil geen vaste deelname aan themagroep, tijd ontbreekt.
- Noemt {{r:POH-GGZ}} [[p:Yasmina]] als betere contactpersoon; mag doorgegeven worden.
- Toestemming citaat: ja, anoniem ("een huisarts in {{w:Moerwijk}}").
=====
I: Jullie team in {{w:Ypenburg}} en {{w:Leidschenveen}} is een jong team, toch?
R: Ja. Nieuwbouwwijk, veel jonge gezinnen, maar ook meer problemen dan je denkt achter de voordeur. Schulden, scheidingen. Hoge hypotheek, één inkomen valt weg, klaar.
I: Past dat bij de pilotthema's?
R: Niet helemaal, dat was mijn punt op de kick-off ook. Ik heb toen een briefje op het bord geplakt: "vergeet de nieuwbouw niet". En [[p:Marjolein]] heeft dat later bij de startbijeenkomst nog genoemd, dat vond ik netjes.
I: Wie ben je ook alweer precies, voor de transcriptie?
R: [[p:Jeroen Mulder]], {{r:sociaal werker}} bij {{o:Xtra}}.
=====
I: Kun je iets vertellen over de casus die jullie in de themagroep ouderen hebben uitgewerkt?
R: Ja. Het ging om een echtpaar in {{w:Waldeck}}. Ik noem ze even meneer en mevrouw [[p:V.]] Nou ja, niet [[p:V.]], dat ga je niet opschrijven toch?
I: Ik anonimiseer alles.
R: Goed. Meneer en mevrouw [[p:Vermeulen]] dan. Hij 88, zij 84. Zij had dementie, hij zorgde. En niemand wist het, want hij deed alles zelf. Tot hij zelf met een hartinfarct in het {{o:HMC Bronovo}} lag. Toen stond zij 's nachts op straat.
I: En wat was de les voor de themagroep?
R: Dat je bij oudere mantelzorgers altijd vraagt: wat als jou iets overkomt? Een noodplan. Dat hebben we nu in alle drie de teams ingevoerd.
=====
Interview 14, [[d:30-04-2024]], {{r:Wmo-consulent}} (geen SWT-lid, wel deelnemer expertmeeting)

I: Wat vond u van de expertmeeting?
R: Goed georganiseerd. Lunch was goed. [lacht] Nee, inhoudelijk: het was de eerste keer dat ik hoorde hoe het er in het team aan toegaat. Wij krijgen alleen de aanvraag binnen. Dat er dan al drie maanden werk in zit, zie je niet.
I: Had u contact met specifieke teams?
R: Met {{w:Loosduinen}}. Een mevrouw, [[p:Rianne]], en een meneer [[p:Haddou]]. We hebben nummers uitgewisseld. Hij belt me nu rechtstreeks, [[t:06-41927735]], dat staat in mijn telefoon als "[[p:Haddou]] SWT". [lacht]
=====
Interview [[p:Sharon Leeflang]] – notities (opname mislukt, batterij leeg)

[[p:S.]] is {{r:welzijnscoach}} {{w:Bezuidenhout}} / {{w:Mariahoeve}}.
Sterk verhaal over een vrouw (63) die via de pilot alsnog bij {{o:Humanitas}} thuisadministratie kwam. [[p:S.]] kende Humanitas-coördinator niet, wel via [[p:Anouk Storm]] uit de themagroep.
Zegt: "Zonder de pilot had ik die vrouw naar het {{o:Geldloket}} gestuurd en dan was ze op de wachtlijst gekomen."
Noemt ook spanning in eigen team: collega [[p:Guus]] vindt dat zij "altijd weg" is op pilotdagen.
Wil per mail het verslag ontvangen: [[e:s.leeflang@voorwelzijn.nl]]
=====
I: Laatste vraag. Als je de pilot een cijfer moest geven?
R: Een zeven. Nee, een zevenenhalf.
I: Waarom geen acht?
R: Omdat het te kort was en omdat niet iedereen even serieus was. Sommige mensen kwamen alleen naar de lunch. Ik noem geen namen.
I: Hoeft ook niet.
R: Maar als je het mij vraagt, de trekkers waren [[p:Esra]], [[p:Rachid]] en [[p:Gerdien]]. Die hebben het gedragen.
=====
Interview {{r:wijkagent}} (deelnemer themagroep huiselijk geweld), [[d:6 mei]]

R: Ik zit hier eigenlijk namens de {{o:politie eenheid Den Haag}}, basisteam Hoefkade. Ik ben [[p:Erik van Dam]].
I: Wat is voor jou de meerwaarde van zo'n pilot?
R: Korte lijnen. Ik weet nu wie ik moet bellen in het SWT {{w:Schilderswijk}}. Dat was eerst gewoon het algemene nummer, 14 070, en dan kom je bij iemand die het niet weet.
I: En nu?
R: Nu bel ik [[p:Yasmina]] direct. Of ik app haar. Niet met namen natuurlijk.
=====
I: Wat is je rol precies?
R: {{r:Procesbegeleider}}. Ik ben van {{o:Crossover}}. [[p:Ruben de Vos]].
I: Jij bent dus eigenlijk geen respondent maar...
R: [lacht] Half. Ik ben onderdeel van wat jullie evalueren.
I: Precies. Hoe kijk je terug op de kick-off van [[d:22 november]]?
R: Te vol. We hadden drie uur en wilden: kennismaken, thema's kiezen, pilotgroep samenstellen, en dan ook nog een spreker. Dat laatste was te veel. Mensen wilden vooral met elkaar praten.
I: Wat zou je anders doen?
R: De stemming over de thema's vooraf, digitaal. Dan heb je op de dag zelf meer tijd voor het gesprek.
=====
Transcript fragment, interview [[p:Ewa Lewandowska]] ({{r:maatschappelijk werker}}, SWT {{w:Laakkwartier}}), Pools/Nederlands, [[d:15 mei 2024]]

R: Voor mij is belangrijk de arbeidsmigranten. In {{w:Laakkwartier}}, in {{w:Spoorwijk}}, veel Poolse, Bulgaarse, Roemeense mensen. Die komen niet naar de wijkteams. Ze kennen het niet.
I: Kwam dat thema aan bod in de pilot?
R: Niet als thema. Maar ik heb het ingebracht bij bemoeizorg. Want het is ook een beetje zorgmijden, toch? Uit angst. Angst voor de werkgever, voor de huisbaas.
I: Hoe reageerde de groep?
R: Goed. [[p:Petya]] van {{o:Xtra}} spreekt Bulgaars, zij herkende het. En [[p:Dimitar]] van {{o:Barka}} kwam een keer mee. Dat was goed.
=====
I: U bent {{r:ouderenadviseur}} in {{w:Scheveningen}}. Hoe is dat, in zo'n gemengde groep?
R: Leuk. Ik ben de enige man boven de vijftig, dus ik word "de opa" genoemd. [lacht] Nee, [[p:Piet]], gewoon [[p:Piet de Haan]].
I: Voelde u zich gehoord?
R: Ja. Toen ik zei dat in {{w:Duindorp}} de ouderen niet naar het wijkcentrum komen maar wel naar de visafslag, hebben ze dat opgeschreven. Het staat zelfs in het tussenverslag van [[d:1 maart]], heb ik gezien.
""")
# ---------------------------------------------------------------------------
# 2. Interview transcripts with clients (and relatives)
# ---------------------------------------------------------------------------
add(r"""
Cliëntinterview C04
Locatie: bij respondent thuis, [[a:Kempstraat 201]], {{w:Transvaal}}
Datum: [[d:donderdag 28 maart]]
Aanwezig: respondent (vrouw, 71), dochter, onderzoeker [[p:SH]]

I: Hoe bent u bij het wijkteam terechtgekomen?
R: Via de dokter. Dokter [[p:Ramdin]]. Ik was zo moe, ik huilde alleen maar, en hij zei: mevrouw [[p:Sewnath]], ik stuur iemand.
Dochter: Dat was [[p:Chandra]]. Die kwam toen.
R: Ja, [[p:Chandra]]. Zo'n lieve meid. Ze heeft alles geregeld. De huishoudelijke hulp, die papieren van de {{o:SVB}}.
I: Wat vond u het belangrijkste?
R: Dat ze luisterde. Ze had tijd. Ze dronk thee met mij.
=====
I: Hoe oud bent u, als ik vragen mag?
R: Vierendertig.
I: En hoe lang heeft u contact met het team?
R: Sinds vorig jaar zomer. Toen kreeg ik die brief van de deurwaarder. Van {{o:Flanderijn}}. Ik ben naar het {{o:Servicepunt XL}} in {{w:Moerwijk}} gelopen en daar zat een meneer, [[p:Soufiane]] nee wacht, die is van {{w:Transvaal}}... [[p:Ahmed]]. [[p:Ahmed Jama]]. Die spreekt ook Somalisch, dat hielp.
I: Merkte u iets van de pilot, van samenwerking tussen teams?
R: Wat is de pilot?
I: [lacht] Goed antwoord. Het gaat erom dat hulpverleners uit verschillende wijken samen dingen bedenken.
R: O. Nou, [[p:Ahmed]] belde een keer iemand van een ander team, een mevrouw die alles wist van schulden. [[p:Paulina]]? Poolse naam. Die heeft mijn papieren bekeken.
=====
Interview met mevrouw [[p:Fadumo Hassan]], [[d:9 april 2024]], met tolk Somalisch ([[p:Abdi]], {{o:Tolk- en Vertaalcentrum}})

Samenvatting (onderzoeker):
Mw. (43) woont met vijf kinderen op de [[a:Schalkburgerstraat 344]], {{w:Transvaal}}. Contact met SWT sinds 2022 via {{o:CJG}}. Ervaart het team als "één deur" – weet niet welke organisatie iemand vertegenwoordigt, "ze zijn allemaal van de gemeente". Noemt [[p:Ahmed]] en "die vrouw met de fiets" (vermoedelijk {{r:wijkverpleegkundige}}). Grootste hulp: schuldregeling en plaats voor zoon [[p:Mustafe]] (15) bij voetbalclub via {{o:Jeugdfonds Sport}}.
Vergoeding €25 overgemaakt op [[i:NL60INGB4655463597]] t.n.v. [[p:F. Hassan]].
=====
I: Mag ik vragen hoe u de hulp van het wijkteam zou omschrijven?
R: Eh. Ze waren vriendelijk. Maar ik heb drie keer mijn verhaal moeten vertellen. Eerst aan de meneer van de gemeente, toen aan de {{r:maatschappelijk werker}}, toen aan iemand van {{o:Parnassia}}. Ik dacht: lezen jullie elkaars papieren niet?
I: Dat is een belangrijk punt.
R: Ja sorry hoor, maar dat is toch raar.
I: Nee, dat is precies wat we willen horen.
R: En toen kwam die [[p:Maarten]]. Die had alles gelezen. Die zei: meneer [[p:Brouwer]], u hoeft niks te herhalen. Toen dacht ik: oké.
=====
(interview in het Engels, vertaald door onderzoeker)

R: I came to the Netherlands in 2019 for work. In the greenhouses. I live now in {{w:Spoorwijk}} in a house with seven men.
I: How did you meet the neighbourhood team?
R: Through [[p:Ewa]]. She is Polish like me. She came to the house because the landlord, he wanted us all out. She helped me with the {{o:Juridisch Loket}} and with {{o:Fairwork}}.
I: Would you have found help without her?
R: No. I did not know it exists. I know the {{r:huisarts}} exists, that is all.
I: Can I write your name?
R: Write [[p:Tomek]]. Only [[p:Tomek]]. [[p:Tomasz Zieliński]] is my full name but only [[p:Tomek]] please.
=====
Interview C09 – [[p:Piet Timmerman]] (79), {{w:Moerwijk}}, [[d:3 april]]
(huisbezoek, [[a:Zuiderparklaan 112]], tweede etage, geen lift)

I: U heeft een {{r:ouderenconsulent}} gehad van het team.
R: Die [[p:Hennie]]. Die komt nog steeds. Ze zegt dat ze niet meer hoeft te komen maar ze komt toch. [lacht]
I: Wat doet ze?
R: Koffie drinken. En ze heeft geregeld dat ik die maaltijden krijg. En die knop om mijn nek. Als ik val.
I: Bent u wel eens gevallen?
R: In januari. Op [[d:12 januari]]. Toen lag ik twee uur op de grond. Sindsdien die knop.
I: En het contact met andere hulpverleners?
R: De zuster van {{o:Florence}} komt elke ochtend. Die weet alles van [[p:Hennie]] en andersom. Dat gaat goed.
=====
Interview cliënt (man, 52, {{w:Centrum}}), [[d:16-05-2024]]

"Ik ben zorgmijder, dat zeggen ze. Ik noem het: ik heb geen zin in mensen die denken dat ze weten wat goed voor me is. Maar die jongen, [[p:Maarten Bos]] heet hij, die kwam gewoon elke week. Bij de {{o:Kessler Stichting}} of op mijn bankje op het Spuiplein. Hij vroeg nooit iets. Na drie maanden heb ik zelf gevraagd of hij kon helpen met mijn uitkering. Ja. Zo moet het."

Opmerking onderzoeker: respondent wilde geen naam noemen; in het gesprek noemde [[p:Maarten]] hem "[[p:Ronnie]]". Bekend bij SWT onder [[z:SWT-C-2023-0877]] – nummer NIET in rapport.
=====
I: Hoe vond u het dat het wijkteam uw gegevens met andere organisaties deelde?
R: Daar heb ik voor getekend. Dat formulier.
I: De toestemmingsverklaring.
R: Ja. Maar ik wist niet dat het ook naar de woningbouw ging. Dat heb ik later pas gehoord van de buurvrouw, mevrouw [[p:Rustenburg]], die werkt daar schoonmaak.
I: Hoe voelde dat?
R: Niet fijn. Ik woon al twintig jaar in {{w:Rustenburg}}, ik wil niet dat iedereen het weet.
=====
Interview met mantelzorger
Respondent: [[p:Ans de Haan]], dochter van cliënt
Cliënt: [[p:Jacoba de Haan-Visser]] (91), [[a:Erasmusweg 1420]] [[pc:2541 BR]]
Datum: [[d:zaterdag 6 april]]

[[p:A.]] vertelt dat ze "aan het eind van haar Latijn" was voordat het wijkteam kwam. Werkt 32 uur, woont in Delft, kwam dagelijks. Het team ({{r:ouderenconsulent}} [[p:Anouk]], {{r:casemanager dementie}} [[p:Ilse]]) regelde dagbesteding 3 dagen per week bij {{o:Florence}} {{o:De Bleek}} en respijtzorg.
Over de pilot: weet er niets van. Merkte wel dat [[p:Anouk]] "ineens een andere aanpak had, met een noodplan". Dit komt overeen met de uitkomst van de themagroep ouderen.
=====
I: Wat zou u anders willen zien?
R: Dat ze 's avonds bereikbaar zijn. Mijn man heeft [...] – dat wil ik niet op tape.
I: Ik zet hem even uit.
[opname onderbroken 00:14:22 – 00:18:05]
I: Oké, hij loopt weer.
R: Dus ja. Als het 's avonds misgaat, bel ik de politie. En dan staat er iemand anders voor de deur dan [[p:Yasmina]]. En moet ik alles opnieuw uitleggen.
I: Dank u dat u dit wilt delen.
=====
Transcript C12 (fragment), respondent: vader van twee, {{w:Laak}}

R: Mijn zoon [[p:Yusuf]] werd achttien op [[d:2 december]]. Op [[d:3 december]] was alles weg. Het {{o:CJG}} zei: hij is nu volwassen. Ik zeg: hij is nog dezelfde jongen als gisteren!
I: En toen?
R: Toen kwam [[p:Rachid]] van het jongerenwerk. Die kende [[p:Yusuf]] al van de voetbal in het Laakpark. Die heeft met die mevrouw van het {{o:CJG}} gepraat, [[p:Kim]], en toen ging het wel.
I: Heeft u meneer [[p:Benali]] als hulpverlener ervaren of als...
R: Als broer. Als grote broer voor [[p:Yusuf]].
=====
Interview C15 – [[p:Gulalai Noori]], via tolk Dari/Pashto
[[d:20 mei 2024]], {{w:Ypenburg}}, bij respondent thuis

Mw. [[p:Noori]] woont sinds 2021 met man en vier kinderen in {{w:Ypenburg}}. Man ([[p:Ahmad Shah Noori]]) werkt in ploegendienst. Contact met SWT via {{o:VluchtelingenWerk}} toen begeleiding stopte.
Ervaringen: positief over {{r:maatschappelijk werker}} ("[[p:Aziz]], hij spreekt mijn taal"), negatief over brieven: "elke brief is een angst".
Over samenwerking: merkte dat [[p:Aziz]] iemand uit {{w:Escamp}} erbij haalde voor de belastingaangifte. Dat was [[p:Rim Haddad]] (kwam in een andere casus ook voor).
Telefoon voor member check: [[t:06 28 17 44 90]] (man neemt op).
=====
I: Mag ik vragen hoe u over de hulpverlening denkt, een cijfer?
R: Voor [[p:Joyce]] een negen. Voor de gemeente een vier.
I: Waarom dat verschil?
R: [[p:Joyce]] doet wat ze zegt. De gemeente stuurt brieven met nummers. [[z:WMO-24-0183562]]. Dat nummer ken ik uit mijn hoofd, zo vaak heb ik gebeld. En elke keer krijg ik iemand anders.
=====
Cliëntinterview, notities (respondent wilde niet opgenomen worden)

- Vrouw, ± 40, Antilliaans, {{w:Zeeheldenkwartier}}.
- Noemt zichzelf "die van de [[a:Elandstraat 88]]" omdat iedereen bij het team haar zo noemt. (!! anonimiseren)
- Ervaart SWT als "veel wisselingen": drie contactpersonen in een jaar ([[p:Desiree]], [[p:Guus]], "een stagiaire").
- Sinds de pilot meer samenwerking met jongerenwerk voor haar dochter ([[p:Shanaya]], 16).
- Wil uitslag van onderzoek per post; geen mail.
=====
I: Wat betekende het voor u dat er iemand meekwam naar de {{o:Kredietbank}}?
R: Alles. Ik durfde niet alleen. Ik schaam me voor die schulden. [[p:Paulina]] zat naast me en zei: u bent niet de enige, mevrouw. Ik zie dit elke dag.
I: Hoe lang loopt de schuldregeling nu?
R: Sinds [[d:1 februari]]. Nog tweeënhalf jaar. Maar ik slaap weer.
=====
Interview met de heer [[p:D. Stoyanov]] (Bulgaars, tolk via telefoon), [[d:wo 22-5]]

I (via tolk): Hoe bent u geholpen?
R (via tolk): Ik had een ongeluk op het werk, in het Westland. Geen verzekering. Mijn vriend zei: ga naar het wijkteam. Daar was [[p:Petya]]. Zij spreekt mijn taal.
I: Kende u de sociale wijkzorgteams?
R: Nee. In Bulgarije is zoiets niet. Je hebt familie of je hebt niks.
I: Wat kan beter?
R: Informatie in het Bulgaars. Op Facebook. Niet op papier.
=====
I: U zei net dat u twee keer bent "overgedragen". Wat bedoelt u?
R: Eerst had ik het team in {{w:Bouwlust}}. Toen verhuisde ik naar {{w:Morgenstond}}, drie straten verder, en toen was het een ander team. Nieuwe mensen. Nieuw dossier. Maar – en dat is misschien die pilot van u – de nieuwe mevrouw, [[p:Rosita Doran]], had al gebeld met de oude, [[p:Ferhat]]. Dus ze wist het al. Dat was wel fijn.
I: Dat was een warme overdracht.
R: Warm, koud, het was goed. [lacht]
=====
Interview C21 – afgebroken

Respondent (man, 58, {{w:Schilderswijk}}) werd na 10 min. emotioneel bij vraag over zijn vrouw. Interview gestopt. Nazorg besproken met {{r:casusregisseur}} ([[p:Yasmina El Ouardi]]), zij belt hem morgen. Geen verdere data gebruikt.
Reflectie [[p:SH]]: vraag 4 over "privé-situatie" schrappen of verzachten in de topiclijst.
=====
I: Bent u tevreden over hoe het nu gaat?
R: Ja. Ik heb een kamer bij {{o:Kessler Stichting}}, in {{w:Bezuidenhout}}. Ik heb een {{r:bewindvoerder}}. Ik heb een dagbesteding bij {{o:Stichting Haagse Beek}}... nee, hoe heet dat... {{o:Brijder}}. Dagbesteding via {{o:Brijder}}.
I: En de mensen van het wijkteam?
R: Die zie ik niet meer. Dat is goed. Dat betekent dat het goed gaat. Toch? Alleen [[p:Maarten]] stuurt nog een kaartje met mijn verjaardag.
=====
Interview mevrouw [[p:Halina Wójcik]] en haar zoon [[p:Kacper]] (tolk: zoon), [[d:24 april]]

[[p:Kacper]] (19) vertaalt. Moeder werkt bij schoonmaakbedrijf, 36 uur, maar kreeg drie maanden geen loon door faillissement van werkgever. Via SWT {{w:Laakkwartier}} ([[p:Ewa]]) bij {{o:UWV}} loongarantieregeling aangevraagd. [[p:Kacper]]: "Mijn moeder dacht dat de gemeente haar wilde controleren. Nu weet ze dat ze helpen."
Rekening voor vergoeding: [[i:NL61 RABO 5282 6152 71]] (zoon, met toestemming moeder).
=====
Interview met een cliënt uit {{w:Moerwijk}}, man, ca. 45 – transcriptie

R: Die eerste keer dat ze kwamen, dat waren er drie. Drie! Eentje van de gemeente, eentje van de woningbouw en dan die dame van het wijkteam. Ik dacht: wat heb ik gedaan?
I: Hoe liep het af?
R: De dame, [[p:Wendy]], zei: jongens, ik praat wel even alleen met meneer. En toen gingen die twee anderen weg. Vanaf toen was het goed.
I: Wat heeft u geleerd?
R: Dat je niet met z'n drieën bij iemand binnen moet vallen. [lacht] Dat mag u in het rapport zetten.
=====
I: Weet u waar de sociale wijkzorgteams zitten?
R: In het {{o:Servicepunt XL}}. En in dat gebouw aan de Leyweg.
I: Kwam u daar makkelijk binnen?
R: Ja. Ik had een afspraak op [[d:maandag 8 april]] om tien uur en om tien over tien zat ik binnen. Maar de eerste keer stond ik bij de verkeerde deur, die van het {{o:Stadsdeelkantoor Escamp}}, want daar stond "gemeente".
=====
Interview [[p:Mohamed Abdi]] (27), {{w:Mariahoeve}}, [[d:29 april]], Nederlands

R: Ik ben hier gekomen als alleenstaande minderjarige. Op mijn achttiende moest ik alles zelf. Huis, geld, school. Ik heb het verprutst eerlijk gezegd. Schulden, huurachterstand.
I: En het wijkteam?
R: Ze hebben me uit de shit gehaald, sorry voor het woord. [[p:Anouk]] en die andere, [[p:Ahmed]]. Ik zit nu bij {{o:ROC Mondriaan}}, opleiding {{r:verpleegkundige}}.
I: Wilt u dat we uw naam noemen?
R: Ja. Noem mijn naam. Ik ben trots.
Noot onderzoeker: toch geanonimiseerd i.v.m. regels CAOP; respondent gebeld op [[t:+31 6 4417 2385]] om dit uit te leggen, akkoord.
""")
# ---------------------------------------------------------------------------
# 3. Focus-group notes (professionals, clients, partners)
# ---------------------------------------------------------------------------
add(r"""
FOCUSGROEP 1 – pilotdeelnemers thema ouderen
[[d:dinsdag 7 mei 2024]], 13.30–15.30, {{o:Wijkcentrum Mariahoeve}}, zaal 1.04
Gespreksleider: [[p:Naima Ouahabi]] | notulist: [[p:Sjoerd Hofstede]]

Aanwezig (6): [[p:Gerdien Post]] ({{r:wijkverpleegkundige}}), [[p:Anouk Storm]] ({{r:ouderenconsulent}}), [[p:Mesut Aksoy]] ({{r:Wmo-adviseur}}), [[p:Hennie Schipper]] ({{o:Vóór Welzijn}}), [[p:Piet de Haan]] ({{r:ouderenadviseur}}), [[p:Liesbeth van der Meer]] ({{o:MEE}})
Afwezig m.k.: [[p:Sharon Leeflang]]

1. Wat heeft de pilot opgeleverd?
- noodplan voor oudere mantelzorgers (iedereen noemt dit)
- "we weten nu wie we moeten bellen" ([[p:Mesut]])
- [[p:Piet]]: visafslag-idee → koffie-uurtje in {{w:Duindorp}} loopt sinds april, gemiddeld 9 bezoekers
2. Wat niet?
- geen tijd, geen vervanging
- registratie: piloturen nergens te schrijven
=====
Focusgroep cliënten {{w:Schilderswijk}} – aantekeningen
Datum: [[d:16 april]]; 5 deelnemers (3 vrouwen, 2 mannen), koffie en baklava, tolk Turks/Arabisch aanwezig
Geen namen genoteerd op verzoek; deelnemers aangeduid als D1–D5.

D1 (v, ±50): "Ik kende het team niet, ik kende alleen [[p:Yasmina]]."
D2 (m, ±65): vindt dat het team "te veel formulieren" heeft.
D3 (v, ±30): positief; heeft via het team een plek bij de {{o:Taalschool}} gekregen.
D4 (v, ±40): "Ze vragen je alles en daarna hoor je niks." – verwijst naar een aanvraag bij de {{o:Wmo}} van vorig jaar.
D5 (m, ±25): zegt weinig; na afloop apart: wil graag hulp bij werk. Doorverwezen naar {{r:jongerenwerker}} [[p:Rachid]] (met toestemming).
=====
Focusgroep themagroep bemoeizorg – flip-over uitgewerkt

WAT WERKT                              | WAT WERKT NIET
---------------------------------------|------------------------------------------
samen op huisbezoek (GGD + SWT)        | wachten op verwijzing huisarts
vaste contactpersoon {{o:Parnassia}}   | wisselende {{r:psychiaters}}
"koffie-aanpak" ([[p:Maarten]])        | registratie in 3 systemen
casusoverleg elke 2 wkn                | privacy: mag ik dit delen?
{{o:GGD}} team Vangnet bereikbaar      | 's avonds niemand

Opmerking [[p:Nienke]]: "privacy" wordt vaak als excuus gebruikt, vindt ze. [[p:Bram]] (gast) is het daar niet mee eens.
=====
Verslag focusgroep "jeugd", [[d:23 april 2024]]

Deelnemers: zes professionals uit vier wijken ({{w:Laak}}, {{w:Escamp}}, {{w:Centrum}}, {{w:Transvaal}}); daarnaast twee jongeren als ervaringsdeskundige.

De groep is het erover eens dat de overgang 18-/18+ het grootste knelpunt is. Eén {{r:jeugdconsulent}} vertelt over een jongen die op zijn verjaardag uit beeld raakte. Een jongere uit de groep (19) herkent dit: "Ik kreeg op mijn verjaardag een brief van de zorgverzekering. Niemand had me verteld dat ik dat zelf moest regelen."
Het overdrachtsformulier dat in de pilot is ontwikkeld, wordt positief ontvangen. Voorstel: het formulier standaard maken voor alle 24 teams.
=====
focusgroep partners [[d:14/5]] – ruwe notities [[p:SH]]

aanwezig: [[p:Annelies de Koning]] (VT), [[p:Erik van Dam]] (politie), dr. [[p:Dekker]] nee afgemeld, [[p:Kofi Asante]] ({{o:Parnassia}}), iemand van {{o:Haag Wonen}} (naam? [[p:Corrie]]…), [[p:Dimitar Georgiev]] ({{o:Barka}})
- VT: meldingen SWT nog steeds laat, maar kwaliteit beter
- [[p:Kofi]]: "jullie bellen nu eerder, dat merk ik"
- [[p:Corrie]] HW: wil vaste contactpersoon per team, nu 24 verschillende lijstjes
- [[p:Erik]]: politie deelt weinig terug, "dat moeten wij ook beter doen"
- [[p:Dimitar]]: arbeidsmigranten buiten beeld, pleit voor apart thema
!! namenlijst nog checken bij [[p:Lieke]]
=====
Focusgroep mantelzorgers, {{w:Escamp}} ({{o:Mantelzorg Den Haag}}), [[d:13 mei]]

7 mantelzorgers, leeftijd 38–82. Samenvatting:
Bijna niemand kent de naam "sociaal wijkzorgteam". Wel namen van personen: "die [[p:Wendy]]", "meneer [[p:Aksoy]]", "het meisje van de dementie". Mantelzorgers ervaren het team als personen, niet als organisatie.
Een dochter van een cliënt met dementie: "Ik heb het nummer van [[p:Ilse]] in mijn telefoon. Dat is mijn wijkteam."
Een oudere man (82), mantelzorger van zijn vrouw, heeft nooit contact gehad met het team; hij "redt het zelf". Na afloop heeft [[p:Anouk]] een afspraak gemaakt, [[a:Kamperfoelieplein 19]].
=====
Focusgroep facilitators & procesbegeleiders (intern)
[[d:maandag 10 juni]], 09.00–10.30, kantoor {{o:CAOP}}, Lange Voorhout

Aanwezig: [[p:Ruben]], [[p:Dewi]], [[p:Lieke]], [[p:Marjolein]], [[p:Sjoerd]] (notulen)

Vraag: wat zouden jullie anders doen?
- [[p:Dewi]]: minder plenair, meer in themagroepen
- [[p:Lieke]]: eerder de privacyvraag regelen; casuslessen kwamen traag op gang omdat niemand wist of het mocht
- [[p:Marjolein]]: bestuurlijk commitment van de organisaties eerder vastleggen (uren!)
- [[p:Ruben]]: "we hebben te veel vertrouwd op enthousiasme"
=====
Notities focusgroep, themagroep huiselijk geweld

Opening door [[p:Dewi Kartosen]]. Afspraak: wat hier gezegd wordt, blijft hier; in het verslag geen namen van cliënten.
Toch noemt een deelnemer een cliënte bij naam ("mevrouw [[p:Bakkali]] uit {{w:Spoorwijk}}"). [[p:Dewi]] grijpt in. Wordt later in verslag geschrapt.
Hoofdpunten:
1. Veiligheid gaat voor privacy – maar professionals durven dat niet.
2. De meldcode wordt verschillend toegepast per organisatie.
3. Vraag aan {{o:Veilig Thuis}}: terugkoppeling na melding.
=====
Focusgroep cliëntenraad sociaal domein ({{o:Cliëntenplatform Den Haag}})

De leden (8) hebben de tussenrapportage gelezen. Reacties:
- "Mooi dat professionals leren, maar waar staat de cliënt in dit verhaal?"
- "Ervaringsdeskundigen zaten er maar bij één thema bij."
- "Waarom duurt de pilot vier maanden? Onze problemen duren langer."
De voorzitter vraagt om een vervolgafspraak met de {{r:wethouder}}. Contact via secretaris, [[p:Margriet Kok]], [[e:secretariaat@clientenplatformdenhaag.nl]].
=====
FG3 – deelnemers & toestemming

| nr | naam | functie | team/org | toestemming audio | toestemming citaat |
|----|------|---------|----------|-------------------|--------------------|
| 1 | [[p:Esra Koç]] | {{r:casusregisseur}} | SWT {{w:Laak}} | ja | ja, anoniem |
| 2 | [[p:Rachid Benali]] | {{r:jongerenwerker}} | {{o:Xtra}} | ja | ja, met naam |
| 3 | [[p:Kim Nguyen]] | {{r:jeugdconsulent}} | {{o:CJG}} {{w:Escamp}} | ja | ja, anoniem |
| 4 | [[p:Joyce Doelwijt]] | {{r:maatschappelijk werker}} | SWT {{w:Centrum}} | nee | nee |
| 5 | [[p:Lin Wei Chen]] | {{r:leerplichtambtenaar}} | gemeente | ja | ja, anoniem |
| 6 | [[p:F. Yavuz]] | {{r:schuldhulpverlener}} | {{o:Geldloket}} | ja | ja, anoniem |
=====
Focusgroep {{w:Loosduinen}} – korte impressie

Een kleine groep (4), gemoedelijk. Opvallend: alle vier vinden dat de pilot "ver van {{w:Loosduinen}}" was; bijeenkomsten in het centrum, "en wij zitten in {{w:Kijkduin}} met de bus". Voorstel: volgende keer rouleren tussen stadsdelen.
Verder weinig nieuws ten opzichte van de interviews. (afgenomen [[d:30 mei]], verslag [[p:NO]])
=====
Aantekeningen FG cliënten {{w:Transvaal}} ([[d:18 april]])

Tolk Hindi/Sarnami: mw. [[p:Ramlal]] ({{o:Tolk- en Vertaalcentrum Nederland}})
Deelnemers: 6 vrouwen, 60+, Hindostaans, via {{o:Hindustaans Cultureel Centrum}}.

Hoofdthema: eenzaamheid en schaamte. Een vrouw: "In onze cultuur vraag je geen hulp aan vreemden." Een ander: "[[p:Chandra]] is geen vreemde, ze is als een dochter."
Een deelnemer vertelt dat haar buurvrouw, mevrouw [[p:Kalloe]], "al maanden niet buiten komt". Na afloop gemeld bij [[p:Chandra]] (met toestemming van deelnemer).
=====
Focusgroep – samenvatting in steekwoorden

positief: korte lijnen / gezichten kennen / casuslessen / expertmeeting
negatief: tijd / vrijblijvendheid / registratie / privacy-onduidelijkheid
wens: structureel maken, 1 uur p/w, roulerende locatie, ervaringsdeskundigen bij elk thema
citaat: "de pilot was een goed begin van iets wat nog moet beginnen"
=====
Focusgroep {{r:Wmo-adviseurs}} ([[d:do 2 mei]])

[[p:Mesut]] opent met: "Ik ben hier de enige uit de pilot, dus ik moet het verkopen." [gelach]
Drie andere {{r:Wmo-adviseurs}} ([[p:Tanja]], [[p:Guus Lam]], [[p:Ingrid Tan]]) hebben niet deelgenomen. Zij zien vooral: meer telefoontjes van SWT-collega's buiten de eigen wijk. [[p:Guus]]: "Soms weet ik niet of ik ze mag helpen, ze horen niet bij mijn gebied."
[[p:Ingrid]] vraagt of de casuslessen ook voor niet-deelnemers toegankelijk worden.
=====
focus group english-speaking clients (expats & migrants) – notes by [[p:NO]]

5 participants, held at {{o:The Hague International Centre}}, [[d:8 May]]
- P1 (Indian, IT worker, {{w:Ypenburg}}): partner has depression, did not know GP referral needed for GGZ → SWT explained
- P2 (Eritrean, {{w:Laak}}): strong praise for [[p:Filmon]] ("he understands")
- P3 (Syrian, {{w:Bezuidenhout}}): letters in Dutch only, uses Google Translate
- P4 & P5 (Polish couple): came only for the voucher, left early
=====
Focusgroep {{r:teamleiders}}, [[d:28 mei]]

Vijf van de 24 {{r:teamleiders}}. Discussie vooral over uren. [[p:Ilse Kramer]] ({{w:Laak}}) heeft haar twee deelnemers "vrijgeroosterd" en vindt dat het zich heeft terugbetaald. [[p:Bram Koning]] ({{w:Segbroek}}) is kritischer. Een {{r:teamleider}} uit {{w:Haagse Hout}} wijst erop dat deelname ongelijk is verdeeld: "Het zijn altijd dezelfde mensen die meedoen."
Afspraak: [[p:Marjolein]] brengt dit in bij het {{o:regieteam sociaal domein}}.
""")
# ---------------------------------------------------------------------------
# 4. Evaluation report: quotes, half-anonymised passages, tables, footnotes
# ---------------------------------------------------------------------------
add(r"""
3.2 Ervaringen van cliënten

Cliënten noemen vooral de persoonlijke band met één professional. Mevrouw [[p:K.]] (78) uit {{w:Transvaal}} zegt het zo: "Ik weet niet van welke organisatie ze is, ik weet dat ze [[p:Chandra]] heet en dat ze komt als ik bel." Dit beeld komt in elf van de veertien cliëntinterviews terug.
=====
Kader 4 – Een cliënt uit {{w:Moerwijk}}

Een man van 45, al jaren bekend bij verschillende instanties, vertelt hoe hij bij het eerste huisbezoek werd "overvallen" door drie hulpverleners tegelijk. Pas toen de {{r:maatschappelijk werker}} voorstelde om alleen verder te praten, ontstond er ruimte. Hij adviseert: "Niet met z'n drieën binnenvallen." Deze les is inmiddels opgenomen in de werkafspraken van het team {{w:Moerwijk}}.
=====
"Het was de eerste keer dat {{o:GGD}}, {{o:Parnassia}} en wij echt aan één tafel zaten." – {{r:teamleider}}, {{w:Segbroek}}
=====
Uit het interview met meneer [[p:B.]] (67), {{w:Escamp}}: "Ik heb drie keer mijn verhaal moeten vertellen. Lezen jullie elkaars papieren niet?"¹

¹ Interview C07, afgenomen op [[d:11 april 2024]].
=====
Tabel 2. Deelname aan de bijeenkomsten (n = 20 pilotdeelnemers)

Bijeenkomst              Datum              Aanwezig   %
Kick-off (alle leden)    [[d:22 november]]        187*       –
Startbijeenkomst         [[d:6 februari]]          19        95
Workshop LVB             [[d:16 april]]            14        70
Expertmeeting            [[d:11 april]]            17        85
Slotbijeenkomst          [[d:20 juni]]             18        90

* totaal aantal aanwezige teamleden van de 24 teams
=====
Box 2: "Het LVB-clubje"

Drie {{r:MEE-consulenten}} uit verschillende wijken vonden elkaar tijdens de pilot en richtten een appgroep op. Zij wisselen adressen van dagbesteding, ervaringen met {{o:Middin}} en {{o:Ipse de Bruggen}} en tips voor gesprekken uit. Een van hen: "Ik ben de enige in mijn team, nu voel ik me minder alleen."
=====
De respondenten zijn geanonimiseerd. Waar citaten herleidbaar zouden kunnen zijn, is de functie weggelaten of algemener gemaakt (bijv. "professional" in plaats van "{{r:ouderenconsulent}}"). Namen van cliënten zijn vervangen door een initiaal die niet overeenkomt met de werkelijke naam.
=====
Een {{r:wijkverpleegkundige}} vertelt over mevrouw [[p:J.]], 84, die na een val niet meer durfde te douchen: "Ik kende de {{r:Wmo-adviseur}} uit {{w:Escamp}} van de pilot. Eén telefoontje, en binnen twee weken zat er een douchestoel en een beugel." (interview P02)
=====
Figuur 5. Wat leverde de pilot u op? (meerdere antwoorden mogelijk, n = 43)

contacten buiten eigen team    ████████████████  79%
nieuwe kennis                  ██████████        51%
concrete werkafspraken         ██████            30%
casuslessen gedeeld            ████              19%
niets / weet niet              █                  5%
=====
"[[p:Soufiane]] heeft me echt opgenomen." — {{r:ervaringsdeskundige}}, {{w:Schilderswijk}}
(N.B. naam collega in eindversie vervangen door "een collega")
=====
Paragraaf 4.3 Knelpunten in het systeem

De gemeente heeft een lijst van elf knelpunten opgesteld (bijlage C). Het meest genoemd: de verwijzing naar de GGZ via de {{r:huisarts}} (genoemd in 9 interviews), de overgang 18-/18+ (7), en de registratie van uren (6). Een {{r:beleidsadviseur}} licht toe: "Sommige knelpunten kunnen we hier in het stadhuis oplossen. Andere liggen in Den Haag, maar dan bij het Rijk."
=====
Casus ter illustratie (geanonimiseerd): de familie [[p:A.]] uit {{w:Ypenburg}}

Vader werkt in ploegendienst, moeder spreekt nog weinig Nederlands, vier kinderen. De {{r:maatschappelijk werker}} haalt voor de belastingaangifte een collega uit {{w:Escamp}} erbij die Arabisch spreekt. Moeder: "Elke brief is een angst." Na drie gesprekken doet zij zelf de post open en belt ze de {{r:maatschappelijk werker}} alleen nog bij twijfel.
=====
Citaat: "Zonder de pilot had ik haar naar het {{o:Geldloket}} gestuurd en dan was ze op de wachtlijst gekomen." ({{r:welzijnscoach}}, [[d:12 april 2024]])
=====
Bijlage B – overzicht interviews (intern, NIET publiceren)

code | naam                  | functie / rol              | datum
P01  | [[p:S. Amrani]]             | MW {{w:Transvaal}}               | [[d:14-03-2024]]
P02  | [[p:G. Post]]               | {{r:wijkverpleegkundige}}        | [[d:15-03-2024]]
P03  | [[p:H. Schipper]]           | {{r:ouderenconsulent}}           | [[d:19-03-2024]]
P04  | [[p:W. Ramautar]]           | {{r:Wmo-adviseur}}               | [[d:02-04-2024]]
C04  | [[p:Sewnath]]               | cliënt                     | [[d:28-03-2024]]
C07  | [[p:Brouwer]]               | cliënt                     | [[d:11-04-2024]]
C09  | [[p:Timmerman]]             | cliënt                     | [[d:03-04-2024]]
=====
In de woorden van een {{r:casusregisseur}}: "Zoekend. Aan de ene kant mogen we vernieuwen, aan de andere kant moet alles via de regels."
=====
Mevrouw [[p:R.]] uit {{w:Spoorwijk}} (naam gewijzigd) kreeg via de pilot contact met een Poolstalige {{r:maatschappelijk werker}}. Haar zoon, die tolkte: "Mijn moeder dacht dat de gemeente haar wilde controleren. Nu weet ze dat ze helpen."
=====
Tabel 4 – Scores per onderdeel (schaal 1–5)

onderdeel             gem.   sd    n
kick-off              3,4    0,9   41
startbijeenkomst      3,9    0,7   19
themagroepen          4,2    0,6   20
expertmeeting         4,0    0,8   17
facilitering          4,1    0,7   20
=====
Het verhaal van [[p:Mohamed]] (naam gewijzigd), 27 jaar: na zijn achttiende verjaardag moest hij alles zelf regelen. "Ik heb het verprutst," zegt hij. Via het team in {{w:Mariahoeve}} kreeg hij een schuldregeling en een plek op het {{o:ROC Mondriaan}}.
=====
Voetnoot 14: De uitspraak van de {{r:wijkagent}} is met diens toestemming opgenomen. Hij wordt niet bij naam genoemd, conform de afspraken met de {{o:politie eenheid Den Haag}}.
=====
"Wij zijn geen organisatie, wij zijn [[p:Wendy]] en [[p:Ahmed]] en [[p:Anouk]]." – zo beschrijft een mantelzorger uit {{w:Escamp}} het wijkteam. (concept, namen nog vervangen!)
=====
Samenvatting (concept v0.3, [[d:24 juni 2024]])

De pilot "Samen werken in het sociale domein" liep van november tot en met juni. Twintig professionals uit de 24 sociale wijkzorgteams werkten vier maanden aan vier thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg. Het onderzoek bestond uit 22 interviews met professionals, 14 met cliënten, zes focusgroepen en een enquête (n = 43).
Belangrijkste opbrengst: contacten over de grenzen van het eigen team heen. Belangrijkste knelpunt: tijd.
Auteurs: [[p:S. Hofstede]] en [[p:N. Ouahabi]], in opdracht van de gemeente Den Haag.
=====
Kader 7: meneer en mevrouw [[p:V.]] (88 en 84)

Meneer zorgde jarenlang alleen voor zijn vrouw met dementie. Niemand wist hoe zwaar het was, tot hij zelf werd opgenomen en zij 's nachts op straat werd aangetroffen. De themagroep ouderen ontwikkelde naar aanleiding hiervan een "noodplan mantelzorg". In de rapportage worden de namen niet genoemd; in de eerste versie stond per ongeluk de achternaam [[p:Vermeulen]] en de straat ([[a:Van Alkemadelaan 350]]).
=====
Zoals een {{r:Wmo-consulent}} het verwoordde: "Wij krijgen alleen de aanvraag binnen. Dat er al drie maanden werk in zit, zie je niet."
=====
Bijlage D – gebruikte documenten
- Projectplan pilot, versie [[d:1 oktober 2023]]
- Verslag kick-off ([[d:22-11-2023]])
- Tussenrapportage {{o:Crossover}}, maart 2024
- Notulen themagroepen (4 x 4)
- Casuslessen (12, geanonimiseerd)
=====
Een jongere uit de focusgroep jeugd: "Ik kreeg op mijn verjaardag een brief van de zorgverzekering. Niemand had me verteld dat ik dat zelf moest regelen."
=====
Mevr. [[p:T.]] (56) uit {{w:Morgenstond}} vertelt dat haar nieuwe {{r:maatschappelijk werker}} al contact had gehad met de vorige: "Ze wist het al. Dat was wel fijn." Dit is een voorbeeld van de warme overdracht die in de themagroep bemoeizorg is besproken.
=====
6. Aanbevelingen

1. Maak teamoverstijgend werken structureel: minimaal één uur per week per professional.
2. Rouleer bijeenkomsten tussen stadsdelen.
3. Betrek ervaringsdeskundigen bij elk thema, niet bij één.
4. Regel vooraf de privacyafspraken voor casuslessen.
5. Voer het overdrachtsformulier 18-/18+ in bij alle 24 teams en de {{o:CJG}}'s.
6. Organiseer een vervolgmeeting in het najaar.
=====
In een van de interviews zegt een {{r:jongerenwerker}}: "Achttien worden is een soort ravijn." Hij vertelt over [[p:Y.]], die op de dag na zijn verjaardag "van alles af" was. De vader van [[p:Y.]]: "Hij is nog dezelfde jongen als gisteren!"
=====
Leeswijzer. Citaten zijn letterlijk, maar soms ingekort (aangegeven met […]). Tussen haakjes staat de functie van de spreker en de wijk. Bij cliënten noemen we alleen geslacht, leeftijdscategorie en stadsdeel.
=====
"Ik heb het nummer van [[p:Ilse]] in mijn telefoon. Dat is mijn wijkteam." (dochter van een cliënt met dementie, {{w:Escamp}}) – in eindversie: "het nummer van de {{r:casemanager}}"
""")
# ---------------------------------------------------------------------------
# 5. Survey free-text answers (professionals and clients)
# ---------------------------------------------------------------------------
add(r"""
V14. Wat heeft u het meest geleerd van de pilot?
Dat andere teams met precies dezelfde problemen worstelen. En dat je elkaar gewoon kunt bellen.
=====
V14. Wat heeft u het meest geleerd van de pilot?
van [[p:gerdien]] over het noodplan, gebruik ik nu bij al mijn 80+ cliënten
=====
V15. Wat zou u willen verbeteren?
Tijd!!! Ik heb alles in mijn eigen uren moeten doen. Mijn teamleider ([[p:Bram]]) zei dat het kon maar er kwam niemand voor in de plaats.
=====
V15. Wat zou u willen verbeteren?
minder powerpoints meer praten
=====
V15. Wat zou u willen verbeteren?
Locatie. Voor ons uit {{w:Loosduinen}} is het stadhuis een uur met tram 2 en dan terug. Waarom niet een keer in {{w:Escamp}} of bij ons in het {{o:Wijkcentrum Bokkefort}}?
=====
V16. Overige opmerkingen
Complimenten voor [[p:Dewi Kartosen]], zij had het overzicht en was altijd bereikbaar (ook na vijven op [[t:06-24 81 93 55]], wat eigenlijk niet hoort haha)
=====
V16. Overige opmerkingen
Nee
=====
V16. Overige opmerkingen
Ik wil graag het eindrapport ontvangen: [[e:w.ramautar@denhaag.nl]]
=====
Enquête cliënten – open vraag "Wat vond u goed aan de hulp?"

- dat ze terug belde
- mevrouw [[p:storm]] was heel aardig en geduldig met mijn moeder
- Alles
- [[p:ahmed]] heeft mijn brieven geregeld, dank je [[p:Ahmed]]!!
- niet zo veel, het duurde te lang
- de tolk
- Dat ze bij mij thuis kwam. Ik kan niet naar buiten.
=====
Enquête cliënten – open vraag "Wat kan beter?"

- sneller
- minder formulieren
- dat er niet elke keer een ander komt. eerst [[p:Desiree]] toen [[p:Guus]] toen weer iemand
- in het Turks uitleggen
- 's avonds bereikbaar
- ik heb 3x gebeld naar het nummer en niemand nam op
- Niks, tevreden
=====
resp_id;ingevuld_op;team;rol;v15_verbeteren
043;[[d:2024-05-14]] 10:22;{{w:Laak}};{{r:casusregisseur}};"Privacy vooraf regelen. We wisten niet wat we mochten delen in de casuslessen."
044;[[d:2024-05-14]] 11:47;{{w:Escamp}};{{r:Wmo-adviseur}};"Meer tijd, minder plenair"
045;[[d:2024-05-15]] 08:03;{{w:Centrum}};{{r:maatschappelijk werker}};"-"
046;[[d:2024-05-15]] 16:30;{{w:Segbroek}};{{r:wijkverpleegkundige}};"Het was goed zo. Misschien een betere app voor het stemmen, die van de kick-off crashte."
=====
V14. Wat heeft u het meest geleerd van de pilot?
Hoe de {{o:GGD}} werkt met bemoeizorg. Ik dacht altijd dat ze pas kwamen als het echt escaleert. [[p:Nienke]] liet zien dat ze ook preventief langskomen.
=====
V16. Overige opmerkingen
Ik ben niet gevraagd voor de pilot terwijl ik wel wilde. Er is op de kick-off gekozen door wie het hardst riep. Niet netjes. Heb dat op [[d:23 november]] ook aan [[p:Ruben]] gemaild, nooit antwoord gekregen.
=====
Open antwoord (anoniem): De pilot was leuk maar ik merk er in mijn dagelijkse werk weinig van. Het zou helpen als de casuslessen gewoon in ons registratiesysteem komen.
=====
V14. Wat heeft u het meest geleerd van de pilot?
dat [[p:Paulina Kowalczyk]] de beste is in schulden van heel Den Haag
=====
V15. Wat zou u willen verbeteren?
Ik ben {{r:ouderenadviseur}} bij {{o:Vóór Welzijn}} en niet in de pilotgroep, maar ik kreeg wel mails van [[p:Hennie]] met vragen. Het zou handiger zijn als er één vraagbaak per thema is. Verder niks.
=====
Antwoord op "Welke casus is u het meest bijgebleven?"

Een jonge moeder in {{w:Bouwlust}}, 3 kinderen, ex die nog een sleutel had. Via de themagroep huiselijk geweld wist ik dat {{o:Haag Wonen}} binnen 24 uur de sloten kan vervangen. Dat had ik anders nooit geweten. Dossier [[z:SWT-BL-2024-0219]] als jullie het willen nakijken.
=====
Enquête – opmerkingen bij "overig"

3 x "geen"
1 x "Zie mijn mail van [[d:13-5]]"
1 x "Dank aan het team van {{o:CAOP}} en {{o:Crossover}}!"
1 x "Bel me gerust voor een toelichting, [[p:Mesut]] [[t:06 1938 2270]]"
=====
V17. Mag de onderzoeker contact met u opnemen voor een vervolginterview? Zo ja, laat uw naam en telefoonnummer of e-mail achter.

ja, [[p:Yasmina El Ouardi]], [[e:yasmina.elouardi@swt-denhaag.nl]] of [[t:070 – 752 88 14]] (direct)
=====
V17. Mag de onderzoeker contact met u opnemen voor een vervolginterview?

Ja hoor. [[p:Tanja Hoek]] / [[t:0612934406]]
=====
V17. Mag de onderzoeker contact met u opnemen voor een vervolginterview?

nee dank je
=====
V17. Mag de onderzoeker contact met u opnemen?

via mijn teamleider graag, [[p:i.kramer]] [[e:i.kramer@xtra.nl]]
=====
Antwoord cliënt (papieren enquête, overgetypt):

"Ik ben tevreden over mevrouw [[p:Doran]] maar niet over de gemeente. De bijzondere bijstand is afgewezen, zaak [[z:BB-2024-04417]]. Nu moet ik in bezwaar. Kan iemand mij helpen? Mijn nummer is [[t:06-51 03 77 28]]. [[p:Nurcan Şahin]], [[a:Paets van Troostwijkstraat 48]]"
(overgedragen aan SWT {{w:Morgenstond}} op [[d:22 mei]], [[p:SH]])
=====
V15. Wat zou u willen verbeteren?
Ik mis de jongeren zelf. Er werd veel óver jongeren gepraat, maar behalve die twee in de focusgroep waren ze er niet.
=====
V14. Wat heeft u het meest geleerd?
Dat ik niet alles alleen hoef te doen. Klinkt simpel. Is het niet.
=====
Open vraag cliënt-enquête (vertaald uit het Arabisch): "Mijn kinderen hebben nu sport en de schulden zijn in regeling. Ik dank [[p:Rim]] en de mensen van het team in {{w:Bezuidenhout}}."
=====
Open vraag: Hoe heeft u de privacy ervaren?
Goed. Ik heb een formulier getekend en ze vroegen steeds of ze iets mochten doorgeven. Eén keer niet, toen hebben ze mijn {{r:huisarts}}, dokter [[p:Bouwman]], gebeld zonder te vragen. Dat vond ik niet leuk.
=====
V16: "Het onderzoek zelf kostte ook veel tijd. Drie vragenlijsten + een interview + een focusgroep. Dat is wel veel naast het werk."
=====
V15. Wat zou u willen verbeteren?
Betere afspraken met {{o:Parnassia}}. In de pilot waren ze erbij, maar in de praktijk krijg ik nog steeds een {{r:secretaresse}} aan de lijn. Het algemene nummer (088 357 10 00) werkt niet voor spoed.
=====
V14 – "wat heeft u geleerd"
* dat de {{o:SVB}} een aparte AOW-regeling heeft voor mensen die op Curaçao hebben gewoond (van [[p:Desiree]])
* dat je bij {{o:Fairwork}} ook anoniem kunt bellen
* dat de {{o:Voedselbank}} in {{w:Laak}} op dinsdag en vrijdag open is
=====
Enquête professionals – respons

Verstuurd: 62 (pilotgroep + teamleiders + partners)
Ingevuld: 43 (69%)
Waarvan volledig: 38
Gemiddelde invultijd: 11 minuten
Verstuurd op: [[d:6 mei 2024]], herinnering [[d:13 mei]], gesloten [[d:20 mei]]
=====
V16. Overige opmerkingen
Het thema bemoeizorg heeft mij echt geholpen bij mijn cliënt op de [[a:Delftselaan 71-III]]. Ik zeg verder niks, maar jullie weten wie ik bedoel 😉
=====
V14 + V15 samengevoegd ingevuld:
goed: expertmeeting, lunch, [[p:Ruben]] zijn energie
minder: de stemming op de kick-off (app werkte niet), te veel mensen in één zaal, geen parkeerplek bij het stadhuis
=====
Antwoord respondent 31: "Ik heb niet het gevoel dat de gemeente iets met onze input doet. Dat lijstje met elf knelpunten, wat gebeurt daar nu mee?"
=====
Open antwoord, enquête cliënten (handgeschreven, moeilijk leesbaar):
"Goed geholpen door [[p:Aziz]] (?) en [[p:Rosita]]. Nu eindelijk rust. Groeten van [[p:Ilham]] uit {{w:Ypenburg}}"
""")
# ---------------------------------------------------------------------------
# 6. Facilitators' reflections, logbooks and e-mails
# ---------------------------------------------------------------------------
add(r"""
Logboek [[p:Dewi]] – week 6

Themagroep huiselijk geweld ging beter dan vorige keer. [[p:Esra]] nam de leiding, [[p:Yasmina]] bracht een casus in (geanonimiseerd, netjes). Wel weer het probleem dat [[p:Erik]] (politie) te laat was en de helft miste.
Voor mezelf: ik praat te snel als ik zenuwachtig ben. Volgende keer stilte laten vallen.
=====
Reflectie na de kick-off ([[d:22 november]]) – [[p:Ruben de Vos]], {{o:Crossover}}

Wat ging goed: opkomst boven verwachting (187), energie in de zaal, veel aanmeldingen voor de pilotgroep (34 voor 20 plekken).
Wat ging mis: de stem-app liep vast bij 150 gebruikers. We hebben toen met handen opsteken gestemd. Dat gaf rumoer en het gevoel dat "wie het hardst riep" won.
Les: techniek vooraf testen met het echte aantal. En: de selectie van de pilotgroep transparanter maken. [[p:Marjolein]] en ik hebben nu pas een lijst met criteria; die hadden we vooraf moeten delen.
=====
Van: [[p:Lieke Smit]] <[[e:l.smit@caop.nl]]>
Aan: [[p:Dewi Kartosen]]; [[p:Ruben de Vos]]
Onderwerp: reflectie startbijeenkomst
Datum: [[d:7 februari 2024]] 17:12

Hoi beiden,

Nog even mijn indrukken van gisteren, voor het logboek:
- de energie was goed, maar de themagroepen zijn ongelijk: jeugd heeft 7 mensen, huiselijk geweld maar 3
- [[p:Rachid]] en [[p:Kim]] hadden meteen klik, dat is goud
- ik maak me zorgen om bemoeizorg: [[p:Nienke]] en [[p:Maarten]] zitten niet op één lijn
- praktisch: de zaal in het {{o:Atrium}} was te klein, volgende keer groter of splitsen

Groet,
[[p:Lieke]]

[[p:Lieke Smit]] | {{r:adviseur}} sociaal domein | {{o:CAOP}}
Postbus 556, 2501 CN Den Haag | [[t:06 53 20 91 84]]
=====
Reflectie facilitator na expertmeeting

Het was een goede middag. De {{r:officier van justitie}} was een verrassing: mensen hadden een strenge aanklager verwacht en kregen iemand die vooral vragen stelde. De discussie over meldcode vs. vertrouwen was het hoogtepunt.
Minpunt: de helft van de tijd ging naar presentaties. Volgend jaar: max. 2 sprekers. Bedankmail naar [[p:Annelies]] en de OvJ (mr. drs. [[p:E. Schouten]]) nog sturen.
=====
Logboek facilitator, week 9 ([[d:4 maart]] t/m [[d:8 maart]])

ma: overleg met [[p:Marjolein]] over uren. Gemeente gaat niet compenseren. Teleurstellend.
di: themagroep jeugd, sterk. Formulier 18-/18+ in concept af.
wo: gebeld met [[p:Bram Koning]] (teamleider {{w:Segbroek}}), hij is boos over de late uitnodigingen. Terecht.
do: niks
vr: verslag geschreven, naar [[p:Sjoerd]] voor de evaluatie
=====
Persoonlijke reflectie van de {{r:procesbegeleider}}

Ik heb me in deze pilot vaak afgevraagd voor wie ik het doe. Voor de gemeente, die betaalt? Voor de professionals, die er tijd in steken? Of voor de cliënten, die nooit aan tafel zaten? Het eerlijke antwoord: vooral voor de professionals. En dat is misschien ook goed, zolang we het niet anders noemen.
=====
Notitie [[p:Marjolein Winter]] voor het {{o:regieteam sociaal domein}}, [[d:15 april 2024]]

Stand van zaken pilot: op schema. Vier themagroepen actief. Knelpunten: (1) tijd, (2) ongelijke deelname teams, (3) privacy bij het delen van casuslessen. Voor (3) is advies gevraagd aan de {{r:privacy officer}} van de gemeente, mr. [[p:H.J. van Rooij]]; reactie verwacht vóór [[d:1 mei]].
Budget: € 48.500 van € 60.000 besteed.
=====
[[p:Dewi]]'s reflectie na de slotbijeenkomst (voor het eindverslag, mag gedeeld worden):

Wat me is bijgebleven: het moment dat [[p:Filmon]] vertelde hoe het is om aan de andere kant van de tafel te zitten. Het werd heel stil. Daarna werd er anders gepraat, minder in jargon.
=====
Appje van [[p:Ruben]] aan [[p:Dewi]], [[d:zo 21 april]] 22:41 (opgenomen in logboek met toestemming):
"heb jij het nummer van die mevrouw van haag wonen? [[p:Corrie]] iets. moet haar morgen bellen over het spreekuur met [[p:Esra]]"
Antwoord [[p:Dewi]]: "[[p:Corrie Vlasblom]], [[t:06-30 11 47 58]]. maar bel na 9 uur, ze heeft het gevraagd 😅"
=====
Terugblik op vier maanden – [[p:Lieke Smit]]

Als ik één ding zou veranderen: de privacyvraag vóór de start beantwoorden. We zijn twee maanden kwijtgeraakt aan de vraag of een casusles met alleen een wijknaam en een leeftijd al herleidbaar is. In {{w:Duindorp}} met zijn 6.000 inwoners misschien wel, in {{w:Escamp}} met 120.000 niet.
=====
Van: [[p:Marjolein Winter]]
Verzonden: vrijdag [[d:31 mei 2024]] 16:02
Aan: pilotgroep (20)
Onderwerp: uitnodiging slotbijeenkomst [[d:20 juni]]

Beste pilotdeelnemers,

Graag nodig ik jullie uit voor de slotbijeenkomst op donderdag [[d:20 juni]] van 14.00 tot 17.00 uur in het {{o:Atrium}} van het stadhuis aan het Spui. De {{r:wethouder}} is aanwezig. De onderzoekers presenteren de eerste resultaten van de evaluatie.

Aanmelden vóór [[d:12 juni]] via het secretariaat, (070) 353 30 00 (algemeen nummer, vraag naar programma sociaal domein).

Met vriendelijke groet,
[[p:Marjolein Winter]]
{{r:programmamanager}} | gemeente Den Haag, {{o:dienst OCW}}
=====
Reflectie van de facilitator (themagroep ouderen)

De groep draaide op [[p:Gerdien]] en [[p:Anouk]]. Als een van beiden er niet was, zakte het in. Dat is een risico voor de borging. [[p:Piet]] brengt ervaring, maar neemt geen initiatief. [[p:Mesut]] is de verbinder naar de {{o:Wmo}}.
=====
Logboek – overige notities
- kick-off evaluatieformulieren: 112 retour
- zaalhuur {{o:Atrium}} niet betaald?? navragen
- [[p:Filmon]] reiskosten vergoeden: [[i:NL55ABNA2423844106]], €34,80 (4 x retour)
- bedankje voor [[p:Annelies]] ({{o:Veilig Thuis}}) na expertmeeting
=====
Reflectie facilitators in duo (transcript van een gesprek tussen [[p:Dewi]] en [[p:Ruben]], opgenomen voor de evaluatie)

[[p:Ruben]]: Wat vond jij het moeilijkst?
[[p:Dewi]]: De rol. Ben ik begeleider of ben ik deelnemer? Bij huiselijk geweld had ik zelf ervaring uit mijn vorige werk, maar ik heb me ingehouden.
[[p:Ruben]]: Ik niet. [lacht] Ik ben te veel gaan sturen, denk ik.
[[p:Dewi]]: Soms. Maar bij bemoeizorg was dat nodig, die groep kwam anders niet los.
=====
Memo aan onderzoekers

Betreft: gegevens voor de evaluatie
Graag ontvangen jullie van ons: de presentielijsten (geanonimiseerd, alleen functie en team), de verslagen van de themagroepen en de casuslessen. De ruwe aanmeldingen van de kick-off (met namen en e-mailadressen) sturen we niet mee; die vallen onder de AVG-afspraken met de teams.
Vragen? Bel het programmasecretariaat via 14 070.

[[p:M. Winter]], {{r:programmamanager}}
=====
Reflectie [[p:Dewi Kartosen]] op de casuslessen

Van de twaalf casuslessen waren er drie die bij eerste lezing nog te herleiden waren: één met een straatnaam plus huisnummer ([[a:Dr. Lelykade 34]]), één met een geboortedatum ([[d:03-09-1951]]) en één waarin de achternaam van de cliënt in de bestandsnaam stond ([[p:Yilmaz]]_casus_def.docx). Allemaal gecorrigeerd vóór verspreiding. Les: altijd een tweede lezer.
=====
Notitie na gesprek met wethouder, [[d:donderdag 13 juni]]

Wethouder wil de pilot in het najaar "opschalen naar alle teams". [[p:Marjolein]] waarschuwt voor te snel. Ik heb aangegeven dat de evaluatie pas eind juni klaar is. Afspraak: besluit na de zomer.
=====
Korte reflectie na themagroep jeugd #3

Vandaag ging het over schoolverzuim. [[p:Lin Wei]] ({{r:leerplichtambtenaar}}) was er voor het eerst en bracht veel in. Bleek dat leerplicht en SWT in {{w:Laak}} al jaren naast elkaar werken zonder elkaar te kennen. Typisch.
""")
# ---------------------------------------------------------------------------
# 7. The evaluation researcher's field notes, planning and data management
# ---------------------------------------------------------------------------
add(r"""
veldnotitie kick-off [[d:22-11]]

zaal vol, ± 190 mensen, veel rumoer. tafels per wijk. tafel {{w:Schilderswijk}} het drukst. {{r:wethouder}} opent, 10 min, daarna [[p:Ruben]] met de "thema-markt". mensen lopen rond met stickers. bemoeizorg + ouderen + jeugd krijgen veel stickers, huiselijk geweld minder (gevoelig? of gewoon minder mensen die dat doen?)
stem-app crasht 15.20. gelach, dan irritatie. handen opsteken.
opvallend: teamleiders staan achterin, doen niet mee.
=====
Veldnotities startbijeenkomst, [[d:6 februari 2024]], {{o:Atrium}}

19 van 20 aanwezig (afwezig: [[p:Ewa]], ziek).
Opening [[p:Marjolein]]. Daarna in themagroepen. Ik zat bij bemoeizorg.
[[p:Nienke]] wil meteen een protocol. [[p:Maarten]] zucht hoorbaar. [[p:Dewi]] vraagt door: "wat is het probleem dat een protocol oplost?" Stilte. Goede vraag.
15.40 koffie. Gesprek met [[p:Filmon]] bij de koffie: voelt zich "een beetje de mascotte". Later navragen in interview.
=====
Planning interviews cliënten (vertrouwelijk, niet in rapport)

| code | wie | adres | tel | datum/tijd | via |
|---|---|---|---|---|---|
| C04 | mw. [[p:Sewnath]] | [[a:Kempstraat 201]] | dochter [[t:06 87 12 30 45]] | [[d:do 28/3]] 14u | [[p:Chandra]] |
| C07 | dhr. [[p:Brouwer]] | [[a:Loevesteinlaan 27]] | [[t:070 366 21 09]] | [[d:do 11/4]] 10u | [[p:Maarten]] |
| C09 | dhr. [[p:Timmerman]] | [[a:Zuiderparklaan 112]] | – | [[d:wo 3/4]] 11u | [[p:Hennie]] |
| C12 | fam. [[p:Ouali]] | [[a:Hoefkade 640]] | [[t:06-14 55 90 72]] | [[d:di 16/4]] 19u | [[p:Rachid]] |
| C15 | mw. [[p:Noori]] | [[a:Laan van Hoornwijck 212]] | [[t:06 28 17 44 90]] | [[d:ma 20/5]] 13u | [[p:Aziz]] |
=====
fieldnote [[d:11/4]] na interview C07

meneer heel boos in het begin, na 10 min. rustiger. woning netjes, veel papieren op tafel, geordend in mapjes per instantie ({{o:UWV}}, gemeente, {{o:Belastingdienst}}, {{o:Eneco}}). noemt zichzelf "de administrateur van mijn eigen ellende". sterke quote, gebruiken.
na afloop: bij de deur zegt hij dat zijn zoon ook hulp nodig heeft. doorgegeven aan [[p:Maarten]] (met toestemming).
=====
Observatie themagroep ouderen #2, [[d:di 12 maart]], {{o:Wijkcentrum Mariahoeve}}

Aanwezig: 5. [[p:Gerdien]] heeft een casus voorbereid op papier, met namen doorgestreept met zwarte stift. Eén naam is nog leesbaar door het papier heen ([[p:Willemse]]?). Niet genoteerd verder, wel gemeld aan [[p:Gerdien]] na afloop.
Discussie gaat over dagbesteding. [[p:Piet]] vertelt over de visafslag; iedereen lacht, maar [[p:Anouk]] pakt het op: "waarom niet?"
=====
Memo onderzoeker – datamanagement

Audiobestanden staan op de beveiligde schijf van {{o:CAOP}}, map /evaluatie_pilot/audio/. Naamgeving: code_datum, bijv. P03_[[d:20240319]].m4a. NIET de naam van de respondent in de bestandsnaam! Let op: bestand "[[p:Schipper]]_interview.m4a" hernoemen.
Transcripten worden na afronding van het rapport (uiterlijk [[d:31 december 2024]]) verwijderd. Toestemmingsformulieren 10 jaar bewaren.
=====
field notes – expertmeeting [[d:11/04]]

13.00 start, 17 pilotdeelnemers + ± 25 gasten ({{o:Veilig Thuis}}, politie, OM, {{o:Parnassia}}, {{o:Haag Wonen}}, {{o:Staedion}})
13.10 presentatie [[p:Annelies de Koning]], cijfers meldingen. zaal stil bij de dia "gemiddeld 7 maanden tussen eerste signaal en melding".
14.00 {{r:officier van justitie}} (mr. [[p:Van Schaik]]?? naam checken)
14.45 pauze
15.00 rondetafels
16.30 plenair, [[p:Esra]] vat samen, goed.
quote [[p:Yasmina]] bij de koffie: "ik heb vandaag meer geleerd dan in drie trainingen"
=====
Gespreksverslag member check met [[p:Gerdien Post]], telefonisch, [[d:19 juni]]

[[p:G.]] herkent zich in het concept. Eén correctie: zij is niet "{{r:wijkverpleegkundige}} bij {{o:Vitis}}" maar bij {{o:Florence}}. Verder wil ze dat het citaat over "alle reorganisaties" niet aan haar wordt toegeschreven; dat was [[p:Hennie]].
=====
Contactpersonen pilot (voor interviewplanning)

[[p:Soufiane Amrani]] – [[t:06 21 43 78 90]] – ma/di/do
[[p:Gerdien Post]] – [[t:06-48 20 11 63]]
[[p:Wendy Ramautar]] – [[e:w.ramautar@denhaag.nl]]
[[p:Esra Koç]] – [[e:e.koc@swtlaak.nl]] / [[t:+31 6 1774 5290]]
[[p:Rachid Benali]] – app, geen mail
[[p:Paulina Kowalczyk]] – via {{o:Geldloket}} algemeen, daarna doorverbinden
=====
Veldnotitie, wachtruimte {{o:Servicepunt XL}} {{w:Moerwijk}}, [[d:vr 19 april]] 09.30–11.30

Observatie (met toestemming teamleider): 14 bezoekers in 2 uur. 6 met een brief in de hand. Balie-medewerker verwijst 4 door naar SWT. Een vrouw met kinderwagen wacht 40 min. Een man roept "ik kom alleen voor [[p:Ahmed]]!", wordt doorgelaten.
Geen gesprekken met bezoekers gevoerd.
=====
Notitie: toestemmingsformulieren

Ontvangen: 20/20 pilotdeelnemers, 14/14 cliënten (2 via tolk), 5/5 partners.
Ontbreekt: handtekening C12 (vader tekende, moeder niet). Nagevraagd bij [[p:Rachid]], volgt.
Formulier C15 staat op naam van de man ([[p:A.S. Noori]]) terwijl de vrouw is geïnterviewd. Opnieuw laten tekenen.
=====
fieldnote [[d:3/4]] (C09)

tweede etage, geen lift, meneer deed zelf open met rollator. kamer warm, tv aan (Omroep West). [[p:Hennie]] had gezegd "hij praat graag" – klopt. 1u20 opname. twee keer in tranen over zijn vrouw (overleden 2019). fotootjes van kleinkinderen. hij wil het rapport "op papier, groot lettertype".
=====
Reflectie onderzoeker: rolverwarring

In interview P11 ([[d:2 april]]) werd ik door de respondent als "iemand van de gemeente" gezien. Ik heb uitgelegd dat {{o:CAOP}} onafhankelijk evalueert, maar ik merk dat dat niet overtuigt: we zitten in hetzelfde gebouw, we gebruiken dezelfde koffiebekers. Gevolg mogelijk: sociaal wenselijke antwoorden over de gemeente. Meenemen in de methodologische verantwoording.
=====
Veldnotitie slotbijeenkomst, [[d:20 juni 2024]]

Opkomst 18 + wethouder + ± 30 gasten. Presentatie eerste resultaten door [[p:Naima]] en mij. Reacties: herkenning bij "tijd", discussie bij "privacy". [[p:Esra]]: "jullie zeggen privacy is een knelpunt, maar het is vooral onduidelijkheid". Goed punt, aanpassen in de tekst.
Na afloop: [[p:Bram Koning]] komt naar me toe, vraagt of de urentabel erin komt. Ja.
=====
notitie: privacy-incident kleine omvang

Bij het overtypen van de papieren enquête (cliënt, {{w:Morgenstond}}) bleek de respondent naam, adres en telefoonnummer in het open veld te hebben gezet met een hulpvraag. Hulpvraag doorgezet naar SWT, gegevens uit de dataset verwijderd. Gemeld aan de {{r:functionaris gegevensbescherming}} van {{o:CAOP}} op [[d:23 mei]] (meldingsnummer [[z:CAOP-PRIV-2024-007]]).
=====
Observatie in het wijkteam {{w:Centrum}} (schaduwdag), [[d:ma 27 mei]]

08.45 teamoverleg, 9 aanwezig. Geen van de pilotdeelnemers, behalve [[p:Joyce]]. Zij vertelt kort over de pilot ("2 min."). Vragen: 0.
10.00 casusbespreking. Casus van een jonge vrouw met een LVB en schulden. Iemand zegt: "dat is toch iets voor dat LVB-clubje van de pilot?" [[p:Joyce]]: "ik bel [[p:Tjeerd]]". Kleine, maar concrete doorwerking.
12.30 lunch; gesprek over werkdruk.
=====
to do onderzoek (week 22)
- transcript P14 en P17 afmaken ([[p:Naima]])
- member check [[p:Esra]] + [[p:Rachid]]
- C21 niet gebruiken (afgebroken)
- cijfers enquête in tabel 4
- belafspraak [[p:Marjolein]] over de 11 knelpunten
- bedankkaartjes cliënten versturen (adressen in planning-tabel)
=====
Veldnotitie, huisbezoek voor cliëntinterview dat niet doorging

[[d:donderdag 2 mei]], 14.00, {{w:Laakkwartier}}. Niemand thuis op het afgesproken adres ([[a:Hooftskade 185-A]]). Buurman zegt dat de familie "naar Marokko is voor een begrafenis". Gebeld naar [[t:06-18 04 66 21]], voicemail. SMS gestuurd. Geen reactie tot nu toe.
=====
Codeboek (uittreksel), versie 2

K1 samenwerking binnen team
K2 samenwerking tussen teams
  K2.1 kennis delen
  K2.2 doorverwijzen
  K2.3 gezamenlijke aanpak
K3 rol gemeente
K4 tijd / werkdruk
K5 privacy
K6 cliëntperspectief
K7 borging
=====
field note – telefoontje van een cliënt na het interview

[[d:vrijdag 31 mei]], 16.50. Mw. [[p:Wójcik]] belt (zoon [[p:Kacper]] vertaalt). Ze wil weten of haar naam in het rapport komt. Uitgelegd: nee. Ze is gerustgesteld. Vraagt ook of ik iets kan doen aan een brief van het {{o:UWV}}; doorverwezen naar [[p:Ewa]].
=====
Analyse-memo: "namen in plaats van organisaties"

Opvallend patroon in de cliëntinterviews: cliënten kennen de hulpverlener bij naam, nooit bij organisatie. 11 van 14 noemen minstens één voornaam ("[[p:Chandra]]", "die [[p:Wendy]]", "[[p:Ahmed]] van het Servicepunt"). Dit past bij het principe "één gezicht", maar het betekent ook kwetsbaarheid: als de hulpverlener vertrekt, valt het contact weg (vgl. C14: drie contactpersonen in een jaar).
=====
Notitie telefoongesprek met [[p:H.J. van Rooij]] ({{r:privacy officer}} gemeente), [[d:26 april]]

Vraag: mogen casuslessen met wijknaam + leeftijd + geslacht gedeeld worden met alle teams?
Antwoord: in principe ja, mits geen combinatie die in een kleine wijk herleidbaar is. Advies: bij wijken < 10.000 inwoners het stadsdeel noemen in plaats van de wijk. Schriftelijk advies volgt, kenmerk [[z:PO-2024-0412]].
=====
Veldnotitie: themagroep jeugd #4, {{o:Jongerencentrum The Hangout}}, [[d:23 april]]

Sfeer informeel. Twee jongeren aanwezig als ervaringsdeskundige (via [[p:Rachid]]). Een van hen, [[p:Damian]] (19), vertelt over zijn eerste maand na zijn achttiende. Indrukwekkend. [[p:Kim]] maakt aantekeningen voor het formulier.
""")
# ---------------------------------------------------------------------------
# 8. Around the evaluation: incidents, forms, lists, chats, e-mails
# ---------------------------------------------------------------------------
add(r"""
Incidentnotitie evaluatie – casusles 7 (themagroep bemoeizorg)

In de versie van casusles 7 die op [[d:2 mei]] naar alle pilotdeelnemers is gemaild, stond in de bijlage (scan van een brief van het {{o:CAK}}) nog het BSN van de cliënt zichtbaar: [[b:836640238]], plus de naam [[p:R. Kalpoe]] en het adres [[a:Wolmaransstraat 19]], [[pc:2572 BG]]. De bijlage is op [[d:3 mei]] teruggetrokken; ontvangers is gevraagd de mail te verwijderen. Melding bij de {{r:privacy officer}}: kenmerk [[z:PO-2024-0519]].
=====
I: U heeft de brief bij u?
R: Ja, hier. Van de gemeente. "Beschikking maatwerkvoorziening Wmo." Kenmerk... [[z:WMO-2024-0091734]]. En dan staat hier mijn burgerservicenummer, [[b:663 707 821]], en dat ik een scootmobiel krijg. Maar die is er nooit gekomen.
I: Sinds wanneer wacht u?
R: De brief is van [[d:14 februari]]. Dus drie maanden.
I: Zal ik dit doorgeven aan het team, met uw toestemming?
R: Graag. Aan [[p:Mesut]], die weet ervan.
=====
Vergoedingen respondenten cliëntinterviews (financiële administratie {{o:CAOP}})

code | t.n.v.                 | IBAN                         | bedrag | betaald
C02  | [[p:M. el Haddouti]]          | [[i:NL76 SNSB 3355 3854 45]]       | 25,00  | [[d:02-04-2024]]
C05  | [[p:J.W. de Bruin]]           | [[i:NL55TRIO6690962824]]           | 25,00  | [[d:02-04-2024]]
C08  | [[p:A. Tekle]]                | [[i:NL56 ASNB 8344 9471 11]]       | 25,00  | [[d:16-04-2024]]
C11  | [[p:S. Ramcharan]]            | [[i:NL76SNSB3355385454]]           | 25,00  | retour – nummer klopt niet
C11  | [[p:S. Ramcharan]]            | [[i:NL81 KNAB 7923 3648 77]]       | 25,00  | [[d:29-04-2024]]
Totaal uitgekeerd: € 100,00 (artikelnummer grootboek 4410)
=====
Adressen bedankkaartjes cliënten (verzonden [[d:28 juni]]) – daarna deze lijst VERNIETIGEN

Mevr. [[p:Sewnath]], [[a:Kempstraat 201]], [[pc:2572 GC]]
Dhr. [[p:Brouwer]], [[a:Loevesteinlaan 27]], [[pc:2531 JJ]]
Dhr. [[p:P. Timmerman]], [[a:Zuiderparklaan 112]], [[pc:2574 HR]]
Fam. [[p:Ouali]], [[a:Hoefkade 640]], [[pc:2526 BX]]
Mevr. [[p:G. Noori]], [[a:Laan van Hoornwijck 212]], [[pc:2289DG]] Rijswijk
Mevr. [[p:H. Wójcik]], p/a [[a:Fahrenheitstraat 617-B]], [[pc:2561 DK]]
=====
Van: [[e:ayten.karatas1968@hotmail.com]]
Aan: [[e:onderzoek.pilot@caop.nl]]
Onderwerp: Re: uw interview
Verzonden: [[d:dinsdag 21 mei 2024]] 21:47

Geachte meneer [[p:Hofstede]],

Dank u voor het gesprek van vorige week. Ik wil nog iets toevoegen wat ik vergeten was. Het meisje van het wijkteam, [[p:Esra]], heeft ook mijn dochter geholpen met de studiefinanciering. Dat moet ook in het verslag, zij verdient een compliment.

Mijn adres is veranderd, ik woon nu op de [[a:Rijswijkseweg 460 C]], [[pc:2516 HM]] Den Haag. Voor het boekje dat u zou sturen.

Met vriendelijke groet,
[[p:Ayten Karataş]]
[[t:06-38 92 17 04]]
=====
[00:41:03] I: En als we u nog willen bellen voor een korte check?
[00:41:06] R: Ja goed. Mijn nummer is nul zes, vier zeven, twaalf, negen drie, nul acht. Nee wacht. Nul zes, vier zeven, één twee, negen drie, nul acht.
[00:41:18] I: Dus [[t:06 47 12 93 08]].
[00:41:20] R: Ja. Maar bel na drie uur, dan ben ik terug van het werk. Bij de {{o:HTM}}.
=====
ERRATUM tussenrapportage evaluatie (versie [[d:15 maart 2024]])

Op pagina 12 is in kader 2 per abuis de naam van een cliënt blijven staan ("mevrouw [[p:Oosterhout]]"). Op pagina 19 staat bij een citaat de naam van de {{r:wijkverpleegkundige}} ([[p:Gerdien P.]]) terwijl zij anoniem wilde blijven. Beide zijn in versie 1.1 verwijderd. Wij verzoeken u versie 1.0 te vernietigen.
— [[p:S. Hofstede]] en [[p:N. Ouahabi]]
=====
WhatsApp-export groep "LVB-clubje 💡" (gedeeld met onderzoeker met toestemming van alle leden)

[[[d:14-03-24]] 09:12] [[p:Tjeerd K.]]: iemand ervaring met dagbesteding {{o:Middin}} in {{w:Wateringse Veld}}? voor een jongen van 30
[[[d:14-03-24]] 09:40] [[p:Liesbeth]]: ja, goed! vraag naar [[p:Sandra]], zij is daar {{r:coördinator}}
[[[d:14-03-24]] 09:41] [[p:Liesbeth]]: [[t:06 19 02 87 43]]
[[[d:14-03-24]] 11:03] [[p:Sharon Leeflang]]: 👍
[[[d:18-03-24]] 16:22] [[p:Tjeerd K.]]: geregeld, intake [[d:2 april]] 🙌
=====
TOESTEMMINGSFORMULIER DEELNAME EVALUATIEONDERZOEK (ingevuld)

Naam deelnemer: [[p:Wilhelmina]] ([[p:Mien]]) [[p:Roos-Vogel]]
Geboortedatum: [[d:17-08-1946]]
Adres: [[a:Oude Haagweg 402]]
Postcode/plaats: [[pc:2552 EX]] Den Haag
Telefoon: [[t:070-3970165]]

☒ Ik heb de informatiebrief gelezen.
☒ Ik geef toestemming voor een geluidsopname.
☐ Ik geef toestemming om mijn naam te gebruiken in het rapport.

Handtekening: [handtekening]       Datum: [[d:5 april 2024]]
Onderzoeker: [[p:S. Hofstede]]
=====
Interview schuldhulp, vervolg

R: Neem die casus uit {{w:Spoorwijk}}. Ik zeg geen naam, maar het dossiernummer was [[z:SHV-24-10277]], dan kun je het zelf opzoeken als je toegang hebt. Een vrouw, drie kinderen, veertien schuldeisers. Zonder de pilot had ik nooit geweten dat [[p:Ewa]] haar al kende van een andere kant.
I: Ik heb geen toegang, en dat is maar goed ook. [lacht]
R: Ja, sorry, dat was dom.
=====
Van: [[p:Naima Ouahabi]]
Aan: {{o:Transcriptiebureau Woordwerk}}
Onderwerp: opdracht transcriptie 9 interviews

Beste [[p:Jolanda]],

Bijgaand via de beveiligde link de negen audiobestanden (P12 t/m P20). Graag woordelijk uitschrijven, met tijdcodes om de 30 seconden. Namen van cliënten graag vervangen door [naam], namen van professionals laten staan (wij anonimiseren zelf). Deadline: [[d:vrijdag 17 mei]].

Groet, [[p:Naima]]
{{r:onderzoeker}} {{o:CAOP}} | [[t:06 42 95 73 10]]
=====
Presentielijst focusgroep partners ([[d:14 mei]])

naam                    organisatie             e-mail                               paraaf
[[p:Annelies de Koning]]      {{o:Veilig Thuis Haaglanden}}  [[e:a.dekoning@veiligthuishaaglanden.nl]]   [[p:AdK]]
[[p:Erik van Dam]]            {{o:Politie}}                  [[e:erik.van.dam@politie.nl]]           [[p:EvD]]
[[p:Kofi Asante]]             {{o:Parnassia}}                [[e:k.asante@parnassiagroep.nl]]        [[p:KA]]
[[p:Corrie Vlasblom]]         {{o:Haag Wonen}}               [[e:c.vlasblom@haagwonen.nl]]           [[p:CV]]
[[p:Dimitar Georgiev]]        {{o:Barka}}                    [[e:dimitar@barka.nl]]                  [[p:DG]]
=====
I: Hoe ging het contact met de andere teams in de praktijk?
R: Gewoon, bellen. [[p:Kim]] van het {{o:CJG}}, haar mobiel is [[t:06-27 40 88 16]], die had ik eerst niet, nu bel ik haar elke week wel. En [[p:Rachid]] app ik.
I: Is dat wat je bedoelt met korte lijnen?
R: Precies dat. Niet via het algemene nummer. Niet via een formulier.
=====
Enquête cliënten – aanhef en gegevens (papieren versie, overgetypt)

Naam (mag leeg blijven): [[p:Dragana Petrović]]
Postcode (alleen cijfers): 2525
Leeftijd: 58
Wijk: {{w:Transvaal}}
Hoe lang contact met het wijkteam? 2 jaar
Wat vond u goed? "Mevrouw [[p:Amrani]]... nee meneer [[p:Amrani]], sorry, [[p:Soufiane]], heeft mij geholpen met de huur."
=====
Interview met de {{r:woonconsulent}} ({{o:Staedion}}), [[d:21 mei]]

R: Wij zagen in de pilot vooral dat het SWT ons eerder belt bij een huurachterstand. Vroeger hoorden we pas iets als de deurwaarder al was geweest. Neem het huurcontract [[z:STA-HC-0042718]] – een gezin in {{w:Laak}} – daar hebben we samen met [[p:Esra]] een betalingsregeling gemaakt vóór de zitting.
I: Kun je dat zonder naam vertellen, voor het rapport?
R: O ja, sorry. Streep dat nummer maar weg.
=====
Vergelijking origineel – geanonimiseerd (bijlage E, voorbeeld uit casusles 3)

ORIGINEEL: "Mevrouw [[p:Zahra Amiri]] ([[d:12-01-1988]]) woont met haar drie kinderen op de [[a:Leyweg 986]], [[pc:2545 HB]]. Haar ex-partner [[p:Farid]] heeft nog een sleutel."
GEANONIMISEERD: "Een vrouw van midden dertig woont met haar drie kinderen in {{w:Escamp}}. Haar ex-partner heeft nog een sleutel."
=====
intern notes (stagiair [[p:Jasper]]) – focus group english speakers

- P2 mentioned "[[p:Filmon]] from the team" many times. he is the ervaringsdeskundige, check if we can use his name (no, he said not in report)
- P1 gave his email for the report: [[e:rahul.iyer@protonmail.com]]
- P3 lives near the Bezuidenhoutseweg, didn't give number
- voucher list: 3 of 5 collected at the desk
=====
gebeld mw [[p:el khatib]] ivm interview, ze wil wel. [[d:do 14/3]] 14u bij haar thuis. let op: man weet het niet, dus NIET naar huis bellen op vast nummer, alleen mobiel [[t:0634 58 21 97]]. adres [[a:Stuyvesantstraat 77]] bel 2. naam: [[p:Houda el Khatib]]
=====
Interview met een cliënt uit {{w:Zuiderpark}}, Nederlands/Papiamentu

R: Mi ta... sorry. Ik ben hier sinds 1998. Van Curaçao. Mijn AOW is te weinig omdat ik daar heb gewoond.
I: En het team heeft u daarbij geholpen?
R: Ja, [[p:Desiree]]. Zij is ook van Curaçao, haar moeder kent mijn zus. Zij wist precies hoe dat zit met de {{o:SVB}}. Nu krijg ik aanvulling. Ay, danki Dios.
I: Wat is uw naam, voor mijn lijstje?
R: [[p:Eufemia]]. [[p:Eufemia Martina-Isenia]]. Schrijf maar "mevrouw [[p:M.]]" in uw boekje.
=====
Teams-chat onderzoekers ([[d:27-05-2024]])

[[p:Sjoerd Hofstede]] 10:14
zag jij dat C12 ook een IBAN in het open veld heeft gezet? [[i:NL21INGB0006712345]] – lijkt me een fout nummer btw
[[p:Naima Ouahabi]] 10:16
ja, die heb ik al gewist uit de dataset. vergoeding gaat via [[p:Rachid]] contant
[[p:Sjoerd Hofstede]] 10:16
top 👍
=====
Herinneringsbrief interview (verzonden per post)

Dhr. en mevr. [[p:Osei]]
[[a:Melis Stokelaan 2033]]
[[pc:2541 GS]] DEN HAAG

Den Haag, [[d:8 april 2024]]

Beste meneer en mevrouw [[p:Osei]],

Op [[d:dinsdag 16 april]] om 10.00 uur komen wij bij u langs voor het interview over uw ervaringen met het sociaal wijkzorgteam {{w:Bouwlust}}. Het gesprek duurt ongeveer een uur. U krijgt als dank een cadeaubon van € 25.
Wilt u de afspraak verzetten? Bel dan [[p:Naima Ouahabi]], [[t:06 42 95 73 10]].
=====
Transcriptie (namen professionals staan er nog in)

[[p:SH]]: Ik zet de opname aan. Het is [[d:14 maart]], tien uur.
[[p:SA]]: Prima.
[[p:SH]]: [[p:Soufiane]], je werkt sinds 2016 in {{w:Transvaal}}?
[[p:SA]]: Sinds 2016 ja. Daarvoor in {{w:Zuidwest}} bij {{o:Welzijn Escamp}}.
[[p:SH]]: En wie is je leidinggevende?
[[p:SA]]: [[p:Hans Dijkstra]]. Die heeft me ook voorgedragen.
=====
Tolkopdracht (uitdraai {{o:TVCN}})

Opdrachtnummer: [[z:TVCN-2024-118273]]
Taal: Somalisch
Datum: [[d:9 april 2024]], 13:00–14:30
Opdrachtgever: {{o:CAOP}}, [[p:S. Hofstede]]
Tolk: [[p:A. Yusuf Abdi]] (registernummer [[z:03-5531]])
Locatie: [[a:Schalkburgerstraat 344]], Den Haag
=====
Memo AVG-grondslag evaluatie

De verwerking van persoonsgegevens in de evaluatie is gebaseerd op toestemming (art. 6 lid 1 sub a AVG). Gezondheidsgegevens worden niet actief gevraagd; als respondenten die zelf noemen, worden ze in de transcripten gemaskeerd (art. 9 AVG). Bewaartermijn: tot en met [[d:31 december 2024]], daarna vernietigen. Verwerkersovereenkomst met het transcriptiebureau: nr. [[z:VO-2024-033]].
Opgesteld door [[p:N. Ouahabi]], gecontroleerd door de {{r:FG}}.
=====
Van: [[p:Dewi Kartosen]] <[[e:dewi@kartosenadvies.nl]]>
Aan: [[e:s.hofstede@caop.nl]]
Onderwerp: contactgegevens voor interviews

Hoi [[p:Sjoerd]],

Hier de nummers die je vroeg:
- [[p:Filmon Tekle]] (ervaringsdeskundige): [[t:06 15 77 30 49]], liever appen
- [[p:Piet de Haan]]: alleen vast, [[t:070 354 18 62]], na 10 uur
- [[p:Hennie]]: via {{o:Vóór Welzijn}} centrale, (070) 205 20 00, vraag naar [[p:Hennie Schipper]]

Groetjes, [[p:Dewi]]
=====
I: Mag ik vragen hoe u heet? Voor de opname.
R: [[p:Wang Xiuying]]. [[p:Wang]] is de achternaam. Hier zeggen ze altijd mevrouw [[p:Xiuying]], dat is fout. [lacht]
I: Mevrouw [[p:Wang]] dus. U heeft een restaurant in {{w:Bezuidenhout}}?
R: Mijn zoon. Ik help in de keuken. Maar ik ben moe, 71 jaar. Het wijkteam heeft mijn zoon geholpen om een {{r:huisarts}} voor mij te vinden, want ik had er geen. Dat was de {{r:wijkverpleegkundige}}, [[p:Kramer]].
=====
Interview [[p:Filmon Tekle]] (tweede gesprek, [[d:3 juni]]) – alleen aantekeningen, op zijn verzoek

[[p:F.]] kwam in 2015 uit Eritrea. Eerste jaren {{o:COA}}, daarna {{w:Laak}}. Schulden door toeslagen-terugvordering. Nu zelf {{r:ervaringsdeskundige}} bij {{o:Stichting MOOI}}.
Over de pilot: "Ze wilden mij erbij voor de foto. Maar na de tweede keer luisterden ze echt." Noemt [[p:Dewi]] en [[p:Soufiane]] als degenen die hem serieus namen.
Wil geen naam in rapport, wel "ervaringsdeskundige".
=====
Aanmeldingen pilotgroep na kick-off (uitdraai, 34 namen, hier de eerste 6)

1. [[p:Amrani, S.]] – SWT {{w:Transvaal}} – gekozen
2. [[p:Aksoy, M.]] – SWT {{w:Escamp}} – gekozen
3. [[p:Bakker, L.]] – SWT {{w:Haagse Hout}} – reserve
4. [[p:Benali, R.]] – {{o:Xtra}} {{w:Laak}} – gekozen
5. [[p:Bos, M.]] – SWT {{w:Segbroek}} – gekozen
6. [[p:de Jager, T.]] – SWT {{w:Scheveningen}} – niet gekozen (al in andere werkgroep)
=====
Veldnotitie: gesprek met een {{r:huisarts}} in {{w:Bouwlust}} bij toeval (wachtkamer)

Dr. [[p:Mahabir]] vraagt wat ik kom doen. Uitgelegd. Hij zegt: "Ik heb er nooit van gehoord, maar mijn {{r:POH}} ([[p:Linda]]) belt wel vaak met het wijkteam." Geen formeel interview; niet citeren.
=====
Nabespreking interview C15 met tolk

Tolk (mevr. [[p:Sahar Rahmani]]) geeft aan dat respondent bij de vraag over "veiligheid thuis" aarzelde en een ander antwoord gaf dan zij in het Dari zei. De tolk vertaalde "het gaat goed", maar respondent zei letterlijk "het gaat goed als hij werkt". Dit signaal is met toestemming van de respondent doorgegeven aan [[p:Aziz]] (SWT). Vervolg op [[d:ma 27 mei]].
=====
Evaluatie themagroep huiselijk geweld – uitkomsten in het kort

- 3 deelnemers ([[p:Esra]], [[p:Yasmina]], [[p:Erik]]), later aangevuld met [[p:Annelies]] als vaste gast
- afspraak met {{o:Haag Wonen}}: sloten vervangen binnen 24 uur na melding
- 2 casuslessen gedeeld
- wens: terugkoppeling door {{o:Veilig Thuis}} na melding, nu gemiddeld na 7 weken
=====
Interview [[p:Hasan Özdemir]], {{r:maatschappelijk werker}} SWT {{w:Rustenburg}}/{{w:Oostbroek}}, [[d:17 april]]

R: Ik zat niet in de pilotgroep, maar ik merkte het wel. Collega's uit {{w:Laak}} belden me ineens over Turkse ouderen. Mevrouw [[p:Şahin]], die kent u misschien uit een ander interview, is een voorbeeld. Nee wacht, die heet anders. Laat maar.
I: Ik noteer het niet.
R: Goed. Maar het punt is: kennis over culturen zit bij personen, niet bij teams.
=====
Van: [[e:ricardo.doelwijt81@gmail.com]]
Onderwerp: klacht over het focusgroepverslag

Goedendag,

Mijn moeder heeft meegedaan aan de focusgroep in {{w:Centrum}} op [[d:25 april]]. In het verslag dat ze meekreeg staat haar voornaam ([[p:Edith]]) en dat ze "al jaren schulden heeft". Dat was niet de afspraak. Graag een gecorrigeerd verslag, en ik wil weten wie dit nog meer heeft gekregen.

[[p:R. Doelwijt]]
(zoon van [[p:E. Doelwijt-Pinas]], [[a:Wagenstraat 45-2]])
=====
I: Wat heeft u in de pilot het meest verrast?
R: Dat [[p:De Vos]] – [[p:Ruben]] dus – zei: we gaan geen plan schrijven, we gaan eerst vier weken luisteren. Ik dacht: die is gek. Maar het werkte.
I: Hoezo?
R: Omdat wij dan de agenda maakten. Niet de gemeente, niet {{o:Crossover}}.
=====
Interview [[p:Joyce Doelwijt]] ({{r:maatschappelijk werker}} SWT {{w:Centrum}}), [[d:22 mei]]

N.B. geen familie van de klager van [[d:25 april]] (zelfde achternaam, toeval – nagevraagd).
[[p:J.]] is kritisch over de keuze van de thema's: "Dakloosheid zat er niet bij, terwijl dat in het {{w:Centrum}} het grootste probleem is." Zij zou een vijfde thema "wonen" toevoegen.
=====
Kort verslag overleg onderzoekers + {{o:CJG}}, [[d:vr 7 juni]]

Aanwezig: [[p:Kim Nguyen]], [[p:Lin Wei Chen]], [[p:Naima]], [[p:Sjoerd]].
Het {{o:CJG}} wil het overdrachtsformulier 18-/18+ meenemen in de eigen evaluatie. Afgesproken dat wij de interviewdata over dit onderwerp (P16, C12) niet delen, alleen de conclusies. [[p:Kim]] stuurt de CJG-cijfers: 214 jongeren werden 18 in 2023 terwijl ze in zorg waren, waarvan 38 in {{w:Escamp}}.
=====
Casusles ingediend voor de evaluatie (niet goed geanonimiseerd – teruggestuurd)

"Meneer [[p:Kees Winter]] ([[d:03-11-1952]]), [[a:Goudenregenstraat 118]], was al jaren bekend bij de {{o:GGD}}. Toen zijn buurvrouw, mevrouw [[p:Lente]], belde over de stank, zijn we samen met {{o:GGD}} team Vangnet gegaan. Zijn BSN ([[b:104080390]]) stond niet goed in het systeem, waardoor de zorgverzekering was stopgezet."
Opmerking [[p:SH]]: het BSN is bovendien fout overgetypt. Alles terug naar de inzender ([[p:Maarten]]).
=====
Notitie voor het eindrapport: over de facilitatoren

De facilitatoren worden in het rapport bij functie genoemd ("{{r:procesbegeleider}} {{o:Crossover}}", "{{r:adviseur}} {{o:CAOP}}"), niet bij naam. Uitzondering: de {{r:programmamanager}} van de gemeente wordt bij naam genoemd in het colofon, met haar toestemming ([[p:M. Winter]]).
=====
Uit het interview met een cliënt in {{w:Spoorwijk}} (Bulgaars, via tolk): "De eerste keer dacht ik dat ze van de politie waren. Ik heb de deur niet opengedaan. De tweede keer kwam [[p:Petya]] alleen, met een briefje in het Bulgaars. Toen wel."
=====
Dankwoord (concept)

Wij danken alle professionals, cliënten en partners die hun tijd en ervaringen deelden. In het bijzonder danken wij [[p:Marjolein Winter]] (gemeente Den Haag), [[p:Ruben de Vos]] ({{o:Crossover}}), [[p:Dewi Kartosen]] en [[p:Lieke Smit]] ({{o:CAOP}}) voor de prettige samenwerking, en [[p:Jolanda Mulder]] van {{o:Woordwerk}} voor de transcripties.
=====
Interview [[p:Ahmed Jama]], {{r:maatschappelijk werker}} SWT {{w:Moerwijk}}, [[d:woensdag 10 april]]

I: Je spreekt Somalisch. Hoe belangrijk is dat?
R: Heel belangrijk. Maar het is ook een valkuil. Alle Somalische cliënten uit heel Den Haag willen naar mij. Ik kreeg telefoontjes uit {{w:Ypenburg}}, uit {{w:Scheveningen}}. Ik kan niet alles.
I: Heeft de pilot daar iets aan veranderd?
R: Ja, een beetje. Via de pilot weet ik nu dat er in {{w:Escamp}} ook iemand is, [[p:Hodan]], die Somalisch spreekt. Dus nu verdelen we.
=====
notitie na afloop member check sessie ([[d:di 25 juni]], 15.00–16.30, kamer 3.12 CAOP)

8 deelnemers. Geen grote correcties. [[p:Wendy]] wil dat "Hindostaanse vrouwen" wordt "oudere vrouwen met een Hindostaanse achtergrond". [[p:Rachid]] vraagt of zijn naam bij zijn citaat mag (hij wil dat). Besloten: nee, gelijke behandeling voor iedereen.
""")
# ---------------------------------------------------------------------------
# 9. More numbers in the evaluation data (BSNs where they should not be, look-alikes)
# ---------------------------------------------------------------------------
add(r"""
Notitie onderzoeker: open veld enquête cliënten, respondent 17

In het veld "Wat kan beter?" schreef de respondent: "Ik wacht al 6 weken op de bijstand. Mijn BSN is [[b:226918737]], kunnen jullie kijken?" – BSN verwijderd uit dataset op [[d:24 mei]], hulpvraag doorgezet naar de {{r:klantmanager}} via het team {{w:Escamp}}. Respondentnummer 17 blijft in de analyse (antwoord ingekort tot "wacht al 6 weken op de bijstand").
=====
I: En de toeslagen, hoe ging dat?
R: Verschrikkelijk. Kijk, deze brief. [leest voor] "Burgerservicenummer [[b:5382.86.143]]. U moet € 3.412 terugbetalen." Drieduizend vierhonderd euro! Voor de kinderopvang van 2021 en 2022.
I: En wie heeft u geholpen?
R: [[p:Rim]]. Van het team. Zij heeft bezwaar gemaakt. Nu is het in behandeling.
=====
[00:12:40] Dochter: Mijn moeder heeft geen DigiD, dus ik doe alles. Haar BSN ken ik uit mijn hoofd, [[b:723 368 752]].
[00:12:46] I: Dat hoeft u niet te zeggen, hoor, voor het onderzoek.
[00:12:48] Dochter: O. Sorry. Haal het er maar uit.
[00:12:50] I: Doe ik.
=====
Privacy-check transcripten (steekproef 5 van 36), [[d:12 juni]], [[p:NO]]

P07: 1 voornaam cliënt gemist ("[[p:Latifa]]") – gecorrigeerd
P13: geen bevindingen
C03: telefoonnummer dochter nog leesbaar ([[t:06-55 12 08 39]]) – gecorrigeerd
C10: BSN in tijdcode 00:31:02 ([[b:797 959 695]]) – gecorrigeerd
FG2: geen bevindingen
Conclusie: transcriptiebureau maskeert niet consequent. Alle 36 opnieuw nalopen.
=====
Rekenvoorbeeld uit het interview met de {{r:schuldhulpverlener}} (geanonimiseerd)

Inkomen: € 1.402,18 (Participatiewet, alleenstaande ouder)
Vaste lasten: € 1.118,00
Schuldeisers: 14, totaal € 23.560
Vrij te laten bedrag: 95% van de bijstandsnorm
Looptijd regeling: 18 maanden (nieuwe regel sinds medio 2023)
Artikel 4a Wgs, zie ook art. 2.3.5 Wmo 2015.
=====
Van: [[p:Sjoerd Hofstede]]
Aan: [[p:Ruben de Vos]]
Onderwerp: urentabel

[[p:Ruben]], voor hoofdstuk 5 heb ik de uren nodig. Wat ik nu heb: gemiddeld 3,8 uur per week per deelnemer (spreiding 1–9), 0,1 fte, over 17 weken (week 6 t/m week 22). Klopt dat met jouw tellingen? Ik hoor het graag vóór [[d:vrijdag 14 juni]].
Groet, [[p:Sjoerd]]
=====
Casusles 9 (eerste versie, teruggestuurd door [[p:Lieke]])

"Mevrouw [[p:Aster Kidane]], BSN [[b:936740887]], kwam in maart bij ons met een stapel brieven. Haar zoon [[p:Robel]] (14) vertaalde. Zij woont op de [[a:Copernicusplein 7]] ([[pc:2561 VH]]). Via de pilot belden we [[p:Filmon]], die de situatie meteen begreep..."
Commentaar [[p:Lieke]]: alles wat herleidbaar is eruit, ook "stapel brieven in maart" is prima maar naam, BSN, adres, zoon niet.
=====
Veldnotitie, themagroep bemoeizorg #5 ([[d:14 mei]], 9.30–12.00, zaal 2.03)

Laatste bijeenkomst. [[p:Nienke]] en [[p:Maarten]] presenteren samen het "koffie-protocol" (!). Grappig: het protocol is twee pagina's, waarvan één over koffie. 6 van de 7 casussen uit de verzameling hebben een positieve afloop. De zevende: meneer uit {{w:Centrum}}, overleden in april. Stil moment.
=====
Jaarplanning 2024 evaluatie (versie 2)

jan – topiclijsten, informatiebrief, toestemmingsformulieren
feb – startbijeenkomst observeren
mrt–mei – interviews (22 professionals, 14 cliënten)
mei – enquête, focusgroepen
jun – analyse, member check, slotbijeenkomst
jul – eindrapport
Totaal: 420 uur, waarvan 60 uur transcriptie (uitbesteed)
""")
# ---------------------------------------------------------------------------
# 10. Longer pieces (full interview excerpts, long reflections)
# ---------------------------------------------------------------------------
add(r"""
Interview P17 – [[p:Rim Haddad]], {{r:maatschappelijk werker}} SWT {{w:Bezuidenhout}}
Afgenomen [[d:donderdag 16 mei 2024]], 15.30–16.40, spreekkamer {{o:Servicepunt XL}} {{w:Haagse Hout}}
Transcriptie: {{o:Woordwerk}}, gecontroleerd door [[p:NO]]

I: Je bent zelf in 2016 uit Syrië gekomen, vertelde je.
R: Ja. Uit Homs. Ik was daar {{r:sociaal werker}}, dus ik moest hier opnieuw beginnen. Diploma laten waarderen, Nederlands leren, stage. In 2020 ben ik bij {{o:Xtra}} begonnen en sinds 2022 zit ik in het team.
I: Hoe kwam je in de pilot?
R: Niet via de pilotgroep. Ik was gast bij de themagroep huiselijk geweld, omdat [[p:Esra]] een casus had met een Syrisch gezin en iemand zocht die de taal sprak. Daarna vroeg [[p:Aziz]] uit {{w:Ypenburg}} me voor een Afghaans... nee, voor een Syrisch gezin in {{w:Ypenburg}}, met de belastingaangifte. Zo ging dat. Ik werd een soort vliegende keep. [lacht]
I: Is dat een probleem?
R: Ja en nee. Voor de cliënten is het mooi. Een moeder in {{w:Ypenburg}} zei tegen me: "Elke brief is een angst." Na drie keer deed ze zelf de post open. Maar ik heb ook mijn eigen caseload, 34 cliënten. En niemand registreert dat ik in {{w:Ypenburg}} zit. Mijn teamleider, [[p:Frank Hoogland]], weet het, maar in het systeem bestaat het niet.
I: Wat zou je de gemeente willen zeggen?
R: Maak een lijst. Wie spreekt welke taal, in welk team. Niet om ons overal heen te sturen, maar zodat het eerlijk verdeeld wordt. [[p:Ahmed]] in {{w:Moerwijk}} heeft precies hetzelfde met Somalisch.
I: Dat punt hoor ik vaker.
R: Natuurlijk. Het is het systeem. Taal zit bij personen, niet bij teams.
=====
Reflectie [[p:Lieke Smit]] ({{r:adviseur}} {{o:CAOP}}) bij de afsluiting – geschreven voor het eindrapport, [[d:26 juni 2024]]

Toen we in november begonnen, dacht ik dat de grootste uitdaging de inhoud zou zijn: vier thema's, twintig mensen, vier maanden. Het bleek de vorm. Professionals in de sociale wijkzorgteams zijn gewend om in casussen te denken. Een "thema" is voor hen abstract, tot het een gezicht krijgt. De themagroep ouderen kwam pas echt op gang toen iemand het verhaal vertelde van een oud echtpaar in {{w:Waldeck}}, waarvan de man alles alleen deed. De themagroep jeugd kwam los toen twee jongeren vertelden over hun achttiende verjaardag.
Wat ik anders zou doen: eerder de privacy regelen. We hebben weken gepraat over de vraag of een casusles met een wijknaam en een leeftijd herleidbaar is. Intussen stonden er in de eerste versies van drie casuslessen gewoon namen, een geboortedatum en een adres. Dat is niet omdat professionals slordig zijn, maar omdat ze gewend zijn aan hun eigen dossier, waarin dat allemaal hoort.
Wat ik zou houden: de ervaringsdeskundigen. De middag waarop [[p:Filmon]] vertelde hoe het is om aan de andere kant van de tafel te zitten, veranderde de toon in de groep. Ik zou ze bij elk thema willen, en niet als gast maar als lid.
Tot slot: de pilot heeft vooral gezichten opgeleverd. Dat klinkt klein, maar wie in {{w:Escamp}} werkt en weet wie ze in {{w:Mariahoeve}} kan bellen, helpt een cliënt sneller dan met welk protocol ook.
=====
Cliëntinterview C14 (integraal, ingekort op twee plaatsen)
Respondent: [[p:Jacqueline Sno]] (47), {{w:Zeeheldenkwartier}}; afgenomen [[d:vrijdag 26 april]] bij haar thuis, [[a:Elandstraat 88]]; met haar dochter [[p:Shanaya]] (16) deels aanwezig

I: Hoe lang heeft u al contact met het team?
R: Sinds 2022. Toen ging mijn relatie uit en stond ik er alleen voor met twee kinderen. Ik had een baan bij de {{o:Bijenkorf}}, maar ik kon het niet meer combineren.
I: En wie kwam er toen?
R: Eerst [[p:Desiree]]. Die was top, ook van Curaçao, net als mijn moeder. Maar die ging naar een ander team. Toen kwam [[p:Guus]]. Aardige man, maar hij snapte het niet. Dan vraagt hij: "Heeft u familie die kan helpen?" Ja, in Willemstad! [lacht] Toen een stagiaire. Ik weet haar naam niet eens meer.
I: Hoe was dat, die wisselingen?
R: Moe. Elke keer je verhaal opnieuw. Elke keer dat formulier tekenen.
[[p:Shanaya]]: Mam, vertel over het jongerenwerk.
R: O ja. Sinds een paar maanden is er iemand van het jongerenwerk voor haar. [[p:Rachid]]? Nee, die is van {{w:Laak}}. Hoe heet hij, [[p:Shanaya]]?
[[p:Shanaya]]: [[p:Jermaine]].
R: [[p:Jermaine]]. Die kwam via de pilot, zei [[p:Guus]]. Omdat ze in de pilot iets hadden afgesproken over jongeren van zestien, zeventien.
I: En wat vindt u daarvan?
R: Goed. Eindelijk iemand voor haar, niet alleen voor mij.
[...]
I: Wilt u dat ik u nog bel voor de uitkomsten?
R: Liever per post. Ik lees mijn mail niet.
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
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and digits(sp["text"]) not in BAD_CHECKSUM:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and digits(sp["text"]) not in BAD_CHECKSUM:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h140-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout140.jsonl")
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
