#!/usr/bin/env python3
"""Held-out corpus 120: published case lessons (casuslessen) as the platform shows
them after review, from wijkteams in The Hague and other Dutch municipalities
(Rotterdam, Utrecht, Zwolle, Maastricht, Groningen, Almere, Eindhoven ...).
Full lessons with title, themes, wijk profile, tags, target group, situation,
approach, what worked / did not, outcome, lesson, transferability and evidence
level; summary cards, overview tables, single sections and footnotes. Most of the
content is clean; some lessons still hold a slipped detail (first name, nickname,
address, hearing date, school + child, case number in a footnote, a relative's
number in a quoted WhatsApp message). Many look-alikes must stay readable
(interventions, organisations, wijken, roles, amounts, years, ages, durations).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org / service / named intervention, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout120.jsonl next to itself.
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
# 1. Complete case lessons from teams in The Hague (field-labelled layout)
# ---------------------------------------------------------------------------
add(r"""
Titel: Eerst de doos met post, dan pas de schuld
Thema's: schulden · wonen · bemoeizorg
Wijk: {{w:Moerwijk}} (stadsdeel {{w:Escamp}})
Wijkprofiel: naoorlogse portiekflats, ruim 70% sociale huur ({{o:Staedion}}, {{o:Haag Wonen}}), veel huishoudens met een inkomen rond het sociaal minimum.
Probleemtags: #huurachterstand #ongeopende-post #schaamte #LVB-vermoeden
Doelgroep: alleenstaande mannen van 35 tot 55 jaar
Situatie: Een man van 47 had in elf maanden een huurachterstand van € 3.860 opgebouwd. De post lag ongeopend in een verhuisdoos in de gang van zijn flat aan de [[a:Zuidlarenstraat 61]]. De corporatie had het dossier al overgedragen aan de {{r:deurwaarder}}.
Aanpak: De {{r:woonconsulent}} en de {{r:maatschappelijk werker}} van het SWT belden samen onaangekondigd aan, volgens de werkwijze van {{o:Vroeg Eropaf}}. Het eerste gesprek ging alleen over het sorteren van de post. Binnen tien werkdagen lag er een betalingsregeling van € 125 per maand en een aanmelding bij {{o:Schuldhulpverlening Den Haag}}.
Wat werkte: samen aanbellen; niet beginnen over de schuld; een vaste afspraak op dinsdagochtend om 10.00 uur.
Wat niet werkte: twee uitnodigingsbrieven en een sms; meneer reageerde op niets wat op papier stond.
Resultaat: na 9 maanden geen nieuwe achterstand, de dagvaarding is ingetrokken.
Les voor andere teams: spreek met de corporatie af dat zij na twee maanden achterstand signaleren, niet na zes.
Overdraagbaarheid: hoog, in elke wijk met een corporatie die meedoet aan vroegsignalering.
Bewijsniveau: {{o:Vroeg Eropaf}} – goed beschreven ({{o:Databank Effectieve Sociale Interventies}}, {{o:Movisie}}); deze casus zelf: praktijkkennis.
=====
Titel: Een keukentafel vol familie – Eigen Kracht in een Hindostaans gezin
Thema's: ouderen, mantelzorg
Wijk: {{w:Transvaal}}
Wijkprofiel: dichtbebouwde negentiende-eeuwse wijk, veel meergeneratiehuishoudens, sterke Hindostaanse en Turkse gemeenschap, winkelstraat met veel kleine ondernemers.
Probleemtags: overbelaste mantelzorger, dementie, taal
Doelgroep: oudere migranten met dementie en hun familie
Situatie: Een vrouw van 79 met beginnende dementie werd verzorgd door één schoondochter, die zelf 32 uur werkte. De rest van de familie (zes kinderen, veertien kleinkinderen) hielp ‘als het uitkwam’. De schoondochter, [[p:Kavita]], meldde zich bij de {{r:POH-GGZ}} met slaapproblemen.
Aanpak: De {{r:casemanager dementie}} stelde een {{o:Eigen Kracht-conferentie}} voor. Een onafhankelijke coördinator nodigde in vijf weken 23 familieleden uit, ook twee neven uit Rotterdam. In het familiegroepsplan werd een rooster voor zeven dagen gemaakt.
Wat werkte: de conferentie in het Hindi en Sarnami laten beginnen; de imam en de pandit bleven weg, op verzoek van de familie zelf.
Wat niet werkte: de eerste datum viel in de Divali-week; niemand kwam.
Resultaat: de schoondochter zorgt nu twee dagen per week in plaats van zeven. Dagbesteding bij {{o:Saffier}} drie ochtenden.
Les voor andere teams: vraag bij de planning naar feestdagen en rouwperiodes; een gemiste eerste datum kost vertrouwen.
Bewijs: {{o:Eigen Kracht-conferentie}} – effectief volgens eerste aanwijzingen (Movisie-databank).
=====
Titel: ‘Hij wil geen hulp’ – bemoeizorg bij een verzamelaar
Thema's: bemoeizorg · woonoverlast
Wijk: {{w:Duindorp}}
Wijkprofiel: hechte vissersgemeenschap, veel eigen woningen en oudere huurders, wantrouwen tegenover ‘de gemeente’.
Probleemtags: #vervuiling #verzamelen #zorgmijding #dieren
Doelgroep: zorgmijdende ouderen
Situatie: Een weduwnaar van 74 verzamelde kranten, plastic en oud ijzer; de buren meldden stank. Hij weigerde de {{r:huisarts}} en de {{o:GGD Haaglanden}}.
Aanpak: Een {{r:ervaringsdeskundige}} van {{o:Stichting MOOI}}, [[p:Ingrid]], kwam elke week een kop koffie drinken in de deuropening. Pas in week zeven mocht zij binnen. Met {{o:Team Vangnet}} is daarna een opruimplan in kleine stappen gemaakt: één kamer per maand.
Wat werkte: het verhaal van de man zelf – hij was 32 jaar visser – serieus nemen; zijn netten en gereedschap mochten blijven.
Wat niet werkte: de aankondiging van een ‘grote schoonmaak’ door de corporatie; hij deed drie weken de deur niet meer open.
Resultaat: na een half jaar is de woning leefbaar; hij ontvangt de {{r:wijkverpleegkundige}} twee keer per week.
Les voor andere teams: beloof niets wat de corporatie niet kan waarmaken, en laat de eerste contacten bij één persoon.
Overdraagbaarheid: gemiddeld; de inzet van een ervaringsdeskundige vraagt geduld en budget.
Bewijsniveau: praktijkvoorbeeld; de werkwijze sluit aan bij de {{o:Presentiebenadering}}.
=====
Titel: Terug naar school via de sportschool
Thema's: jeugd, 18-/18+
Wijk: {{w:Schilderswijk}}
Wijkprofiel: jongste wijk van Den Haag, gemiddelde leeftijd 29, ruim 90% inwoners met een migratieachtergrond, veel grote gezinnen in kleine woningen.
Probleemtags: thuiszitter, gamen, conflict met vader
Doelgroep: jongens van 16 tot 19 jaar zonder startkwalificatie
Situatie: Een jongen van 17 zat al acht maanden thuis na een schorsing. De {{r:leerplichtambtenaar}} had twee keer een proces-verbaal overwogen. Vader en zoon spraken niet meer met elkaar.
Aanpak: De {{r:jongerenwerker}} van {{o:Jongerenwerk Den Haag}} nam hem mee naar de boksschool aan de Hoefkade. Na zes weken vast trainen werd samen met het {{o:Haags Startpunt}} een plek gezocht bij een entreeopleiding van {{o:mboRijnland}}.
Wat werkte: de trainer, niet de hulpverlener, vroeg naar school. Zijn bijnaam in de zaal, ‘[[p:Billy]]’, stond na een tijdje ook boven zijn oefenschema.
Wat niet werkte: het eerste gesprek op het {{o:Servicepunt XL}}; hij kwam niet opdagen.
Resultaat: na een jaar ingeschreven voor niveau 1, aanwezigheid 86%.
Les voor andere teams: zoek de plek waar de jongere al komt, en bouw de hulp daaromheen.
Bewijs: praktijkkennis; elementen van {{o:Rots en Water}} in de training.
=====
TITEL: De stille schuld van een vrouw met een eigen bedrijf
THEMA: schulden / eenoudergezin
WIJK: {{w:Laakkwartier}}
PROFIEL: gemengde wijk, veel kleine ondernemers (kappers, nagelstudio's, belhuizen), deels particuliere verhuur.
TAGS: zzp, Belastingdienst, schaamte, kinderen
DOELGROEP: zelfstandigen met een laag inkomen
SITUATIE: Een moeder van drie kinderen (6, 9 en 14) runde een nagelstudio op naam van haar ex-partner. Na de scheiding bleven de schulden van het bedrijf bij haar: ruim € 22.000, vooral bij de {{o:Belastingdienst}}.
AANPAK: Via {{o:Ondernemersdesk}} van de gemeente kwam een traject van {{o:Ondernemersklankbord}} op gang. Het SWT hield de regie over gezin en inkomen; de {{r:schuldhulpverlener}} nam de bedrijfsschulden mee in één minnelijk traject.
WAT WERKTE: één aanspreekpunt; de vrouw hoefde haar verhaal maar één keer te vertellen.
WAT NIET WERKTE: de doorverwijzing naar het {{o:Bbz}}-loket; zij viel tussen twee regelingen.
RESULTAAT: schuldregeling van 36 maanden, de studio draait nu op haar eigen naam.
LES: vraag bij iedere ondernemer in de wijk op wiens naam het bedrijf staat.
OVERDRAAGBAAR: ja, mits de gemeente een ondernemersloket heeft.
BEWIJS: praktijkervaring, geen erkende interventie.
* intern dossiernr. [[z:LK-2022-03318]]
=====
Titel: Mantelzorger in de knel – respijt via de buurt
Thema's: ouderen · mantelzorg · eenzaamheid
Wijk: {{w:Mariahoeve}}
Wijkprofiel: vergrijsde wijk uit de jaren zestig, veel galerijflats met lift, actieve kerken, een van de eerste dementievriendelijke wijken van de stad.
Doelgroep: partners van mensen met dementie die thuis wonen
Situatie: Een man van 83 zorgde dag en nacht voor zijn vrouw. Hij zei tegen de {{r:ouderenconsulent}}: ‘ik heb mijn vrouw beloofd dat ze nooit weg hoeft.’ Zijn dochter [[p:Lieke]] woont in Canada en belt elke avond via [[t:+1 416 555 0193]].
Aanpak: De {{r:casemanager dementie}} regelde via {{o:Respijthuis Den Haag}} één logeerweekend per maand en via {{o:Stichting Humanitas}} een vaste vrijwilliger voor de woensdagmiddag. Het {{o:Alzheimer Café}} in het wijkcentrum werd zijn eigen uitje.
Wat werkte: de vrijwilliger was zelf mantelzorger geweest; meneer vertrouwde hem na één bezoek.
Wat niet werkte: de folder van het {{o:Mantelzorgsteunpunt}}; meneer vond dat ‘voor anderen’.
Resultaat: meneer houdt het vol, zijn vrouw woont anderhalf jaar later nog thuis.
Les voor andere teams: zoek een vrijwilliger die in dezelfde positie heeft gezeten.
Overdraagbaarheid: hoog.
Bewijs: {{o:Alzheimer Café}} – goed onderbouwd (Movisie); respijtzorg: praktijkkennis.
=====
Titel: Meerdere corporaties, één aanpak bij overlast
Thema's: wonen · psychiatrie · veiligheid
Wijk: {{w:Stationsbuurt}} en {{w:Rivierenbuurt}}
Wijkprofiel: veel kleine appartementen, particuliere kamerverhuur, doorstroom van arbeidsmigranten, rond het Hollands Spoor.
Probleemtags: #woonoverlast #verward-gedrag #drugs
Doelgroep: bewoners met een psychiatrische achtergrond in particuliere huur
Situatie: Drie meldingen in twee maanden over geschreeuw en brandlucht bij een man van 38. De verhuurder wilde ontruimen; de {{r:wijkagent}} en het SWT wisten niet van elkaars bemoeienis. Toen het team de verhuurder aan de lijn kreeg, bleek die al een dagvaarding te hebben laten uitbrengen; de zitting bij de kantonrechter stond op [[d:19 september 2023]].
Aanpak: Het {{o:Zorg- en Veiligheidshuis Haaglanden}} zette een casusoverleg op met {{o:Parnassia}}, de {{r:wijkagent}}, de verhuurder en het SWT. Er kwam een {{r:FACT-behandelaar}} aan huis en een zorgmachtiging werd voorlopig niet nodig geacht.
Wat werkte: één casusregisseur en één gedeeld plan; de verhuurder kreeg een vast nummer bij het SWT.
Wat niet werkte: e-mails met ‘alle betrokkenen’ in de cc; niemand voelde zich eigenaar.
Resultaat: de zaak is aangehouden en later ingetrokken; meneer woont er nog.
Les: betrek particuliere verhuurders even serieus als corporaties.
Bewijsniveau: {{o:FACT}} – erkend ({{o:CCAF}}); de overlegstructuur: praktijkkennis.
=====
Titel: Taalmaatje als sleutel tot de post
Thema's: statushouders, geldzaken
Wijk: {{w:Bouwlust}} / {{w:Vrederust}}
Wijkprofiel: grote naoorlogse uitbreidingswijk, relatief veel nieuwkomers sinds 2016, weinig voorzieningen in de avond.
Doelgroep: gezinnen met een verblijfsvergunning in het eerste jaar
Situatie: Een Eritrees gezin (ouders rond de 30, vier kinderen) kreeg binnen drie maanden vier aanmaningen, onder meer van {{o:CAK}} en {{o:Zilveren Kruis}}. De brieven werden niet begrepen.
Aanpak: Naast de begeleiding van {{o:VluchtelingenWerk}} koppelde het SWT het gezin aan een taalmaatje van {{o:Stichting Piëzo}}, [[p:Luwam]], die ook Tigrinya sprak. Met de {{r:budgetcoach}} werd een ‘brievenmap’ gemaakt met drie vakken: betalen, bewaren, bellen.
Wat werkte: uitleg in de eigen taal en een vast moment in de week.
Wat niet werkte: de app voor digitale post; de vader had geen DigiD-sms-controle ingesteld.
Resultaat: geen nieuwe aanmaningen na drie maanden.
Les voor andere teams: koppel statushouders in de eerste maand aan een maatje met dezelfde taal, niet pas bij problemen.
Bewijs: praktijkkennis.
=====
Titel: Huiselijk geweld achter een nette voordeur
Thema's: huiselijk geweld, ouderen
Wijk: {{w:Benoordenhout}}
Wijkprofiel: welgestelde villawijk, veel eigenaar-bewoners, weinig contact met het sociaal wijkzorgteam; meldingen komen vaak via de huisarts.
Probleemtags: ouderenmishandeling, financiële uitbuiting
Doelgroep: oudere vrouwen met een volwassen kind in huis
Situatie: Een vrouw van 86 woonde met haar zoon van 54 die zijn baan kwijt was. Hij beheerde haar rekeningen; de {{r:huisarts}} zag blauwe plekken. Mevrouw wilde geen melding ‘om hem niet in de problemen te brengen’.
Aanpak: Na overleg met {{o:Veilig Thuis Haaglanden}} volgens de {{o:Meldcode huiselijk geweld en kindermishandeling}} bleef het SWT betrokken in een vrijwillig kader. Een {{r:aandachtsfunctionaris}} van het team voerde de gesprekken, samen met de {{r:wijkverpleegkundige}}. Er kwam een {{r:mentor}} en een onafhankelijke {{r:bewindvoerder}} (mr. drs. [[p:A.J. Hoekstra]]).
Wat werkte: de zoon óók hulp bieden (schuldhulp en werk via het {{o:UWV}}).
Wat niet werkte: een gesprek met moeder en zoon samen; zij zei niets meer.
Resultaat: de zoon woont sinds het voorjaar zelfstandig; het contact is gebleven.
Les: zie de pleger ook als hulpvrager; dat maakt het voor de oudere makkelijker om hulp te aanvaarden.
Bewijs: {{o:Meldcode}} – wettelijk kader; aanpak: praktijkkennis.
=====
Titel: Schoolmaatschappelijk werk en het wijkteam aan één tafel
Thema's: jeugd · gezin · armoede
Wijk: {{w:Spoorwijk}}
Wijkprofiel: kleine, afgesloten wijk tussen spoor en vaart, één basisschool, één buurthuis, veel gezinnen met drie of meer kinderen.
Doelgroep: gezinnen van wie de kinderen vaak te laat of zonder ontbijt op school komen
Situatie: Bij een gezin met vijf kinderen waren de gas en het licht al twee keer bijna afgesloten. De {{r:intern begeleider}} van de school belde het {{o:CJG}}, het {{o:CJG}} belde het SWT – en de moeder kreeg drie hulpverleners op één dag.
Aanpak: Sindsdien is er één keer per maand een ‘tafel’ in de school met het {{o:CJG}}, het SWT en {{o:Stichting Leergeld}}. Ouders worden uitgenodigd, niet besproken. Het gezin kreeg één {{r:gezinscoach}} volgens ‘1 gezin, 1 plan, 1 regisseur’.
Wat werkte: de school als vertrouwde plek; de moeder kende juf [[p:Marjolein]] van groep 3 al jaren.
Wat niet werkte: een formele brief van het {{o:CJG}} met ‘zorgen over de opvoeding’; moeder voelde zich beschuldigd.
Resultaat: er is een schuldhulptraject gestart en de kinderen ontbijten op school.
Les: kies één regisseur en laat die het gezin vertellen wie er nog meer meekijkt.
Bewijs: praktijkkennis.
=====
Titel: Verslaving en een hond: opvang die wél past
Thema's: dakloosheid · verslaving
Wijk: {{w:Centrum}}
Probleemtags: #dakloos #alcohol #hond #nachtopvang
Doelgroep: dakloze volwassenen met een huisdier
Situatie: Een vrouw van 44 sliep al twee winters buiten omdat ze haar hond niet in de nachtopvang mocht meenemen. Ze was bekend bij {{o:Brijder}} en had een uitkeringsachterstand.
Aanpak: Via het {{o:Straatteam}} en de {{o:Kessler Stichting}} kreeg zij een plek in een {{o:Housing First}}-woning ([[a:Boekhorststraat 118]], [[pc:2512CN]]) waar een hond toegestaan was. De hond ging tijdens een opname van tien dagen naar een opvang van de {{o:Dierenbescherming}}.
Wat werkte: de hond als motivatie; ‘voor hem wil ik wel’.
Wat niet werkte: de standaardroute via de centrale toegang; zij haakte af bij de intake.
Resultaat: een jaar later woont zij er nog, drinkt minder en doet vrijwilligerswerk bij een dierenasiel.
Les voor andere teams: vraag wat iemand níet wil opgeven; dat is vaak de sleutel.
Overdraagbaarheid: vraagt een corporatie die huisdieren toestaat.
Bewijs: {{o:Housing First}} – effectief volgens goede aanwijzingen (internationaal onderzoek; Movisie: goed onderbouwd).
=====
Titel: Niemand meer in de buurt – eenzaamheid na het verlies van een partner
Thema's: ouderen, eenzaamheid
Wijk: {{w:Loosduinen}} ({{w:Kijkduin}}/{{w:Ockenburgh}})
Wijkprofiel: rustige wijk met veel 75-plussers, weinig openbaar vervoer in de avond, veel ouderen die hier al hun hele leven wonen.
Doelgroep: weduwen en weduwnaars in het eerste jaar na het overlijden
Situatie: Een vrouw van 81 verloor haar man na 58 jaar huwelijk. Ze at niet meer en kwam niet meer naar de koffieochtend. De {{r:huisarts}}, dokter [[p:Van der Heijden]], meldde het aan het SWT met de toevoeging: ‘ze heeft niemand meer in de buurt.’
Aanpak: De {{r:welzijnscoach}} van {{o:Welzijn Loosduinen}} ging langs met een rouwkaart en een aanbod: elke donderdag een wandeling met twee andere weduwen. Daarna volgde {{o:Welzijn op Recept}} via de praktijk.
Wat werkte: kleine groepjes van drie; het werd ‘hun’ wandeling.
Wat niet werkte: het aanbod van een rouwgroep in het centrum; te ver en te groot.
Resultaat: mevrouw wandelt nu zelf met een nieuwe weduwe mee.
Les: geef de eerste stap een gezicht, en sluit aan bij iets wat er al is.
Bewijs: {{o:Welzijn op Recept}} – goed onderbouwd.
=====
Titel: Ouderschap na scheiding: kinderen uit de knel
Thema's: jeugd, huiselijk geweld, scheiding
Wijk: {{w:Escamp}}
Doelgroep: ouders in een vechtscheiding met kinderen tussen 4 en 12
Situatie: Twee ouders voerden al drie jaar strijd over omgang en alimentatie. De kinderen (7 en 10) werden via WhatsApp opgehaald en teruggebracht, zonder dat de ouders elkaar zagen. De zoon, [[p:Milan]], vertelde de {{r:intern begeleider}} dat hij ‘liever bij oma woont’.
Aanpak: Het SWT verwees de ouders naar het groepsprogramma {{o:Kinderen uit de Knel}}; tegelijk volgden de kinderen een {{o:KIES}}-groep op school. De {{r:jeugdconsulent}} hield de regie.
Wat werkte: de ouders zaten in verschillende groepen en hoorden dus andere ouders, niet elkaar.
Wat niet werkte: mediation via het {{o:Juridisch Loket}}; de vader kwam niet.
Resultaat: een ouderschapsplan na zeven maanden; de overdracht gaat nu via oma.
Les voor andere teams: start met de kinderen, niet met de rechtszaak.
Bewijsniveau: {{o:Kinderen uit de Knel}} – effectief volgens eerste aanwijzingen (NJi); {{o:KIES}} – goed onderbouwd.
=====
Titel: Arbeidsmigranten: de werkgever als ingang
Thema's: arbeidsmigratie · wonen · werk
Wijk: {{w:Laak}} en {{w:Rustenburg-Oostbroek}}
Wijkprofiel: veel Midden- en Oost-Europese bewoners, kamerverhuur boven winkels, uitzendbureaus met eigen huisvesting.
Doelgroep: Poolse, Bulgaarse en Roemeense werknemers die tegelijk hun baan en hun huis verliezen
Situatie: Een Poolse man van 52, [[p:Paweł K.]], raakte gewond in een kas in het Westland. Het uitzendbureau stuurde hem naar huis; daarmee verloor hij ook zijn bed. Hij sliep in de auto van een collega.
Aanpak: Het SWT schakelde {{o:Fairwork}} en de {{o:Arbeidsinspectie}} in en vroeg bij het {{o:Centrum voor Arbeidsmigranten}} een tijdelijke plek. De {{r:Poolstalige consulent}} van {{o:Barka}} nam de eerste gesprekken over.
Wat werkte: contact in het Pools; de man had zich eerder ‘geen slachtoffer’ gevoeld.
Wat niet werkte: een aanvraag voor een uitkering; hij stond niet ingeschreven in de BRP.
Resultaat: achterstallig loon van € 2.140 uitbetaald; hij werkt weer, via een ander bureau.
Les: vraag bij iedere arbeidsmigrant waar hij slaapt en van wie dat bed is.
Bewijs: praktijkkennis.
=====
Titel: Zorgen om een moeder met een psychose en een baby
Thema's: GGZ · jeugd · veiligheid
Wijk: {{w:Regentessekwartier}}
Wijkprofiel: gemengde wijk, veel jonge gezinnen en starters, kleine bovenwoningen.
Probleemtags: #postpartum #psychose #veiligheid-kind
Doelgroep: jonge moeders met psychiatrische klachten
Situatie: Een moeder van 27 raakte kort na de bevalling in een psychose. De partner werkte in ploegendienst. De {{r:jeugdverpleegkundige}} van het {{o:CJG}} schatte de veiligheid van de baby als ‘wankel maar niet acuut’ in.
Aanpak: Afspraken volgens {{o:Signs of Safety}}: een veiligheidsplan met het netwerk (oma, zus [[p:Naomi]], de buurvrouw), dagelijks bezoek van {{o:Parnassia}} en een gedeelde agenda. De {{r:casusregisseur}} van het SWT bewaakte de afspraken.
Wat werkte: de drie kolommen van het model (zorgen, wat gaat goed, wat moet er gebeuren) op een A3 aan de koelkast.
Wat niet werkte: de formele taal in het eerste plan; oma begreep het niet.
Resultaat: na vier maanden stabiel; de baby groeit goed.
Les voor andere teams: maak het veiligheidsplan samen met het netwerk en in hún woorden.
Bewijs: {{o:Signs of Safety}} – goed onderbouwd (NJi-databank).
=====
Titel: Schoonmaken als entree – een Somalische moeder en haar zoon met autisme
Thema's: jeugd, LVB/ASS, cultuur
Wijk: {{w:Schilderswijk}}
Doelgroep: gezinnen met een kind met autisme en een taalbarrière
Situatie: Een Somalische alleenstaande moeder (41) met een zoon van 12 met autisme en een dochter van 8. Hulp van de {{o:Jeugd- en gezinsteams}} werd afgehouden: ‘hij is niet ziek’. De zoon zit in groep 8 van {{o:basisschool De Vuurvogel}}; de juf noemt [[p:Abdikarim]] een ‘slimme, stille jongen die instort na de pauze’.
Aanpak: Een {{r:sleutelfiguur}} uit de Somalische gemeenschap legde het eerste contact. Via {{o:MEE}} kwam een {{r:MEE-consulent}} die eerst hielp met iets wat moeder zelf wilde: de woning en de schoonmaak.
Wat werkte: beginnen bij de vraag van moeder; de diagnose kwam pas in gesprek vier ter sprake.
Wat niet werkte: de informatieavond over autisme in het buurthuis.
Resultaat: de zoon gaat na de zomer naar een vorm van speciaal voortgezet onderwijs; moeder heeft zelf een cursus gevolgd.
Les: een sleutelfiguur opent deuren die een folder dicht laat.
Bewijs: praktijkkennis; werken met sleutelfiguren is beschreven door {{o:Pharos}}.
""")
add(r"""
Titel: Het stille verhaal achter een hoarding-melding
Thema's: GGZ · ouderen · wonen
Wijk: {{w:Bezuidenhout}}
Wijkprofiel: veel kleine huishoudens, ouderen naast studenten en expats, veel portiekwoningen zonder lift.
Doelgroep: zorgmijders met een verzamelprobleem
Situatie: Een vrouw van 68 woonde in een volgestouwde bovenwoning ([[a:Stuyvesantstraat 144]], [[pc:2593 EN]]). De brandweer had na een kleine keukenbrand een rapport opgesteld. Mevrouw noemde haar spullen ‘mijn archief’: 40 jaar kranten over haar werk bij een ministerie.
Aanpak: Met de {{r:brandweer}} werd een vluchtweg vrijgemaakt; daarna pas het gesprek over de rest. Een {{r:professional organizer}} van {{o:Stichting Opruimcoach}} en een {{r:ouderenconsulent}} werkten zes maanden samen in vaste blokken van twee uur.
Wat werkte: het archief digitaal laten fotograferen door een vrijwilliger.
Wat niet werkte: een gedwongen schoonmaak die twee jaar eerder was gedaan; die maakte alles erger.
Resultaat: vrije vluchtwegen, geen nieuwe meldingen.
Les voor andere teams: vraag naar de betekenis van de spullen voordat je iets weggooit.
Overdraagbaar: ja.
Bewijs: praktijkkennis; {{o:Fair Play-aanpak}} uit Eindhoven diende als voorbeeld.
=====
Titel: Buurtgezinnen in Segbroek
Thema's: jeugd, informele zorg
Wijk: {{w:Segbroek}} ({{w:Valkenboskwartier}})
Wijkprofiel: middeninkomens en lagere inkomens door elkaar, veel eenoudergezinnen, sterke buurtnetwerken rond scholen.
Doelgroep: gezinnen die tijdelijk wat extra handen nodig hebben
Situatie: Een vader, [[p:Erwin Hoek]], met drie kinderen (5, 8 en 11) na het overlijden van de moeder; hij werkte in het OV met wisselende diensten.
Aanpak: Via {{o:Buurtgezinnen}} werd een steungezin uit de buurt gevonden dat twee middagen per week de kinderen opving. Het SWT hield contact met vader; {{o:Stichting Leergeld}} regelde de zwemles.
Wat werkte: de match op afstand (vijf minuten lopen) en de gedeelde school.
Wat niet werkte: het eerste steungezin; te veel verschil in leefstijl.
Resultaat: na een jaar is het steungezin ‘gewoon familie’ geworden; formele hulp is afgeschaald.
Les: geef de match tijd en durf opnieuw te matchen.
Bewijs: {{o:Buurtgezinnen}} – goed onderbouwd ({{o:Databank Effectieve Jeugdinterventies}}).
=====
Titel: Schuldhulpmaatje maakt het verschil bij een oud-militair
Thema's: schulden, GGZ
Wijk: {{w:Scheveningen}}
Doelgroep: veteranen met financiële en psychische problemen
Situatie: Een man van 61, oud-militair, had € 14.000 schuld en PTSS. Hij vertrouwde ‘instanties’ niet. Zijn zus [[p:Marianne]] belde namens hem.
Aanpak: Het SWT koppelde hem aan een maatje van {{o:SchuldHulpMaatje}} die zelf bij de marine had gezeten, en aan het {{o:Veteranenloket}}.
Wat werkte: ‘iemand die het snapt’; het maatje kwam op zaterdag.
Wat niet werkte: een groepsbijeenkomst over geld.
Resultaat: een schuldregeling via de {{o:Kredietbank}} en behandeling bij {{o:ARQ Centrum'45}}.
Les: zoek een maatje met een gedeelde achtergrond.
Bewijs: {{o:SchuldHulpMaatje}} – goed beschreven.
=====
Titel: Geen Nederlands, wel een plan: WhatsApp-spraakberichten
Thema's: taal, toegang
Wijk: {{w:Schilderswijk}} / {{w:Transvaal}}
Doelgroep: cliënten die niet of nauwelijks lezen
Situatie: Veel cliënten lazen de schriftelijke afspraken niet. Een Turkse vrouw van 58 (mevrouw [[p:Arslan]]) bewaarde alle brieven maar begreep er geen woord van.
Aanpak: Het team spreekt sinds vorig jaar afspraken in als spraakbericht, in het Turks of Arabisch via een collega of de {{o:Tolk- en Vertaalcentrum Nederland}}-lijn. Privacy is afgestemd met de {{r:functionaris gegevensbescherming}}: geen namen of bedragen in het bericht.
Wat werkte: mevrouw luisterde het bericht drie keer af en kwam precies op tijd.
Wat niet werkte: een collega stuurde toch een bericht met naam en adres; dat is teruggedraaid.
Resultaat: veel minder gemiste afspraken (van ongeveer 30% naar 8%).
Les: spreek af wat er wél en niet in een spraakbericht mag, en leg het vast.
Bewijs: praktijkkennis.
=====
Titel: Een gezin, vijf hulpverleners – terug naar één plan
Thema's: multiproblematiek · regie
Wijk: {{w:Morgenstond}}
Wijkprofiel: groene naoorlogse wijk met veel flats, een groot winkelcentrum en een stevige vertegenwoordiging van Antilliaanse en Surinaamse gezinnen.
Doelgroep: gezinnen met schulden, opvoedingsvragen en psychische klachten tegelijk
Situatie: Bij een gezin met vier kinderen waren het {{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:Schuldhulpverlening Den Haag}}, {{o:Parnassia}} en het SWT betrokken. Niemand wist wie wat deed. De moeder zei: ‘ik heb meer afspraken dan mijn kinderen schooluren.’
Aanpak: Een {{o:Familienetwerkberaad}} op [[d:vrijdag 17 februari]] als start, daarna één gezinsplan en één casusregisseur. Afspraken werden in een gedeeld schema gezet; overbodige trajecten werden afgesloten.
Wat werkte: durven stoppen; twee van de vijf partijen trokken zich terug.
Wat niet werkte: de eerste poging tot overleg zonder de ouders.
Resultaat: na een half jaar twee hulpverleners in plaats van vijf.
Les: tel eerst alle betrokkenen, schrap dan.
Bewijs: praktijkkennis; aansluiting bij ‘{{o:1Gezin1Plan}}’.
=====
Titel: Nachtelijke onrust in een seniorencomplex
Thema's: ouderen · dementie · buurt
Wijk: {{w:Waldeck}}
Wijkprofiel: vooral koopwoningen, enkele grote seniorencomplexen, actieve bewonersvereniging.
Doelgroep: alleenwonende ouderen met beginnende dementie in een complex
Situatie: Een bewoner van 89 (appartement [[a:Van Alkemadelaan 350-112]]) liep ’s nachts door de gangen en belde bij buren aan. De bewonerscommissie wilde dat hij ‘naar een verpleeghuis’ ging.
Aanpak: De {{r:casemanager dementie}} organiseerde met de bewonerscommissie een informatieavond; de {{r:huismeester}} kreeg een training van {{o:Alzheimer Nederland}}. Er kwam een deursensor en een nachtelijke ronde van de {{r:wijkverpleegkundige}} van {{o:HWW zorg}}.
Wat werkte: de buren kregen een rol: wie ’s nachts wakker werd gebeld, belde het nummer van de nachtzorg.
Wat niet werkte: het briefje in de lift; dat riep meer vragen op.
Resultaat: meneer bleef nog een jaar thuis wonen.
Les: informeer buren zonder iemand te stigmatiseren; vraag eerst toestemming aan de cliënt of diens vertegenwoordiger.
Bewijs: praktijkkennis; {{o:Samen dementievriendelijk}} als kader.
=====
Titel: ‘Ze noemen hem de [[p:Burgemeester]]’ – een dakloze man in de wijk
Thema's: bemoeizorg, dakloosheid
Wijk: {{w:Zeeheldenkwartier}}
Doelgroep: langdurig dakloze mannen die niet in de opvang willen
Situatie: Een man van rond de 60 sliep al jaren in een portiek bij het Prins Hendrikplein. In de buurt heette hij ‘de [[p:Burgemeester]]’, omdat hij iedereen groette. Hij weigerde elke vorm van opvang.
Aanpak: Het SWT koos niet voor de opvang maar voor een {{o:Skaeve Huse}}-woning aan de rand van de stad, via de {{o:Kessler Stichting}}. De buurt hielp met inrichten.
Wat werkte: de rol die hij in de buurt had meenemen; hij bleef er elke dag komen.
Wat niet werkte: de eerste woning; te ver en te stil.
Resultaat: woont sinds twee jaar binnen.
Les: een bijnaam zegt iets over iemands plek in de buurt – gebruik die plek, niet de bijnaam.
Bewijs: {{o:Skaeve Huse}} – goed beschreven.
=====
Titel: Jonge mantelzorgers zichtbaar maken
Thema's: jeugd · mantelzorg
Wijk: {{w:Leyenburg}}
Doelgroep: kinderen die zorgen voor een ouder met een ziekte of verslaving
Situatie: Een meisje van 14 ([[p:Lotte]], 3 havo) regelde de medicijnen van haar moeder met MS en deed het huishouden. Haar cijfers zakten; ze zei op school niets.
Aanpak: Samen met de {{r:zorgcoördinator}} van de school en {{o:Stichting MOOI}} werd ze aangemeld voor {{o:Jonge Mantelzorgers Den Haag}}. Moeder kreeg huishoudelijke hulp via de {{o:Wmo}}.
Wat werkte: een groep met leeftijdsgenoten; ‘eindelijk snapt iemand het’.
Wat niet werkte: de eerste vragenlijst; te veel vragen over thuis.
Resultaat: meer rust, cijfers weer voldoende.
Les: vraag op school niet ‘heb je problemen?’ maar ‘wie zorgt er bij jullie thuis voor wie?’.
Bewijs: praktijkkennis.
""")
# ---------------------------------------------------------------------------
# 2. Complete case lessons from other municipalities (markdown, tables, prose)
# ---------------------------------------------------------------------------
add(r"""
## Casusles: Een huis voor een gezin dat overal buiten viel
**Gemeente:** Rotterdam · **Wijk:** {{w:Tarwewijk}} ({{w:Charlois}})
**Thema's:** wonen, schulden, jeugd
**Wijkprofiel:** vooroorlogse wijk op Zuid, veel particuliere verhuur van slechte kwaliteit, onderdeel van het {{o:Nationaal Programma Rotterdam Zuid}}.
**Probleemtags:** #uitzetting #huisjesmelker #schoolwisseling
**Doelgroep:** gezinnen in particuliere huur die dakloos dreigen te raken

### Situatie
Een moeder met drie kinderen (2, 6 en 9) huurde een benedenwoning met schimmel en lekkage. Toen zij klaagde, zegde de verhuurder de huur op. De advocaat van de verhuurder liet weten dat de zitting op [[d:dinsdag 14 november 2023]] zou plaatsvinden.

### Aanpak
Het {{o:wijkteam Charlois}} schakelde het {{o:Juridisch Loket}} en de {{o:Huurcommissie}} in. Via {{o:Woonstad Rotterdam}} kwam een urgentie op sociale gronden. De {{r:wijkteammedewerker}} bleef het vaste gezicht.

### Wat werkte
- snel een advocaat via een toevoeging
- de {{r:intern begeleider}} die een verklaring schreef over de gezondheid van de jongste

### Wat niet werkte
- een gesprek met de verhuurder zonder jurist erbij

### Resultaat
De kantonrechter wees de opzegging af; vier maanden later verhuisde het gezin naar een corporatiewoning in dezelfde wijk, zodat de kinderen op school konden blijven.

### Les voor andere teams
Schakel bij particuliere verhuur meteen juridische hulp in; wacht niet op de dagvaarding.

**Overdraagbaarheid:** hoog in steden met veel particuliere verhuur.
**Bewijsniveau:** praktijkkennis.
=====
## Casusles – Wraparound Care bij een jongen die overal werd weggestuurd
Gemeente: Utrecht · Wijk: {{w:Overvecht}}
Thema's: jeugd · LVB · school
Wijkprofiel: grote naoorlogse wijk met veel hoogbouw, een van de jongste bevolkingen van de stad, {{o:Buurtteam Overvecht}} werkt vanuit twee locaties.
Doelgroep: jongeren 12–18 met gedragsproblemen en een licht verstandelijke beperking

**Situatie**
Een jongen van 14 was in twee jaar van drie scholen gestuurd. Thuis woonden nog vier broertjes en zusjes; vader werkte nachten. Er waren contacten met de politie wegens winkeldiefstal.

**Aanpak**
Het buurtteam startte {{o:Wraparound Care}}: één team rond de jongen met iedereen die ertoe doet – ook zijn voetbaltrainer en een oom ([[p:Hassan]]). Er werd gekeken naar zijn sterke kanten (sport, techniek) en naar de ‘kritieke momenten’ (na school, 15.00–18.00 uur).

**Wat werkte**
Een vaste begeleider van {{o:Lijn5}} die de middagen invulde; een technische opleiding bij het {{o:ROC Midden Nederland}}.

**Wat niet werkte**
Het eerste plan was van de professionals, niet van het gezin; na drie weken is het herschreven.

**Resultaat**
Geen nieuwe politiecontacten in een jaar, 92% schoolaanwezigheid.

**Les voor andere teams**
Wraparound werkt pas als het gezin het plan herkent als het eigen plan.

**Bewijsniveau:** {{o:Wraparound Care}} – effectief volgens eerste aanwijzingen (Databank Effectieve Jeugdinterventies).
=====
Casusles | Sociaal wijkteam Zwolle, {{w:Holtenbroek}}
Titel: Schuldhulp via de supermarkt
Thema's: schulden, vroegsignalering
Wijkprofiel: naoorlogse wijk aan de noordkant, veel sociale huur van {{o:deltaWonen}} en {{o:SWZ}}, relatief veel inwoners met een uitkering.
Doelgroep: huishoudens die (nog) niet bij schuldhulp bekend zijn
Situatie: De bedrijfsleider van een supermarkt in het winkelcentrum zag klanten bij de kassa boodschappen terugleggen. Eén van hen, [[p:Mandy]], een vrouw van 39 met twee kinderen, vroeg of ze ‘iets op de lat’ kon kopen.
Aanpak: Het {{o:Sociaal Wijkteam Zwolle}} zette twee ochtenden per maand een ‘geldtafel’ in de supermarkt, samen met {{o:Humanitas Thuisadministratie}} en {{o:Travers Welzijn}}. Geen folders, wel koffie.
Wat werkte: de laagdrempelige plek; de vrouw ging na het derde bezoek mee naar de {{r:schuldhulpverlener}}.
Wat niet werkte: de zichtbaarheid – sommige klanten voelden zich bekeken; de tafel staat nu achter de bloemen.
Resultaat: in één jaar 41 gesprekken, 17 aanmeldingen bij schuldhulp.
Les voor andere teams: ga naar de plek waar geldzorgen zichtbaar worden.
Overdraagbaarheid: hoog.
Bewijsniveau: praktijkvoorbeeld; past binnen de {{o:Wet gemeentelijke schuldhulpverlening}} (vroegsignalering).
=====
# Casusles Maastricht — ‘Samen de trap af’
Wijk: {{w:Malberg}} · Thema: ouderen, eenzaamheid, wonen
Wijkprofiel: wijk uit de jaren zestig aan de westkant, veel galerijflats van {{o:Servatius}}, vergrijzing en relatief veel alleenstaanden; sterk verenigingsleven (carnaval, harmonie).

Doelgroep: ouderen in flats zonder lift

Situatie
Een man van 77 kwam na een heupoperatie niet meer de trap af: vier hoog, geen lift. Hij zat maanden binnen. Een buurvrouw belde het {{o:Sociaal Steunpunt}}; volgens haar had ‘[[p:Sjef]]’ sinds Pasen niemand meer gezien.

Aanpak
Het {{o:Sociaal Wijkteam Maastricht}} regelde via de {{o:Wmo}} een traplift en via {{o:Trajekt}} een buurtbewoner die elke week met hem naar de markt ging. De {{r:ouderenadviseur}} hielp met een aanvraag voor een woning op de begane grond.

Wat werkte
De buurtbewoner was lid van dezelfde harmonie.

Wat niet werkte
De wachttijd voor de traplift: negen weken.

Resultaat
Meneer is verhuisd naar een woning op de begane grond in dezelfde wijk.

Les voor andere teams
Houd mensen in hun eigen netwerk en wijk; een verhuizing naar een andere wijk was voor hem een ‘tweede operatie’ geweest.

Bewijs: praktijkkennis.
=====
**Casusles Groningen – Wijkteam {{w:Selwerd}}**
Titel: Van wantrouwen naar een vaste WIJ-werker
Thema's: bemoeizorg · verslaving · wonen
Wijkprofiel: studentenwijk en naoorlogse flats door elkaar, veel eenpersoonshuishoudens, hoge doorstroom.
Doelgroep: zorgmijdende volwassenen met een verslaving

Situatie: Een man van 49 gebruikte al jaren alcohol en cocaïne. Hij had eerder een zorgmachtiging gehad en wilde ‘nooit meer iets met hulpverleners’. De corporatie ({{o:Nijestee}}) meldde geluidsoverlast en betalingsachterstand (huurcontract [[z:NJ-0442917]]).

Aanpak: Een {{r:WIJ-werker}} van {{o:WIJ Groningen}} nam de tijd: drie maanden lang iedere week bij de deur, zonder eisen. Daarna volgde een intake bij {{o:Verslavingszorg Noord Nederland}} en een {{o:Housing First}}-achtige begeleiding bij de huidige woning.
Wat werkte: ‘ik kom, ook als je niet opendoet’; de WIJ-werker liet elke week een kaartje achter.
Wat niet werkte: het meenemen van een collega van de corporatie naar het eerste gesprek.
Resultaat: meneer gebruikt minder, de huur wordt via {{o:budgetbeheer}} betaald, geen overlastmeldingen meer.
Les: vasthouden en niet wisselen van werker.
Bewijsniveau: praktijkkennis; elementen van {{o:Bemoeizorg}} en {{o:Krachtwerk}}.
=====
Casusles Almere | {{w:Stedenwijk}}
Titel: Alleenstaande vaders: onzichtbaar in de opvoedondersteuning
Thema's: jeugd · gezin · werk

| veld | inhoud |
|---|---|
| Wijkprofiel | jonge stad, veel eengezinswoningen, veel forenzen naar Amsterdam, weinig familie in de buurt |
| Doelgroep | alleenstaande vaders met jonge kinderen |
| Probleemtags | #opvoeding #werk #netwerk |
| Situatie | Een vader (36) met twee dochters ([[p:Yara]] en [[p:Noor]], 3 en 7) na een scheiding; werkte als chauffeur en raakte zijn baan kwijt door de schooltijden. |
| Aanpak | {{o:De Schoor}} bood een vadergroep aan en het {{o:Sociaal Wijkteam Almere}} regelde voorschoolse opvang via de {{o:SMI}}-regeling. |
| Wat werkte | de vadergroep op zaterdagochtend, met de kinderen erbij |
| Wat niet werkte | een opvoedcursus op doordeweekse avonden |
| Resultaat | nieuwe baan met vaste dagdiensten; netwerk van drie andere vaders |
| Les | plan ouderaanbod op momenten dat werkende vaders kunnen |
| Bewijs | {{o:Triple P}} (elementen) – effectief volgens sterke aanwijzingen; vadergroep: praktijkkennis |
=====
Casusles Eindhoven, {{w:Woensel-West}}
Titel: Signs of Safety in een gezin met geweld en schulden

Thema's: huiselijk geweld, jeugd, schulden
Wijkprofiel: arbeiderswijk uit de Philipstijd, sterke vernieuwing, mix van oude bewoners, studenten en nieuwkomers. {{o:WIJeindhoven}} heeft er een eigen team.
Doelgroep: gezinnen met kinderen waar partnergeweld speelt

Situatie: Na een politiemelding over ruzie in een gezin met vier kinderen deed {{o:Veilig Thuis Zuidoost-Brabant}} een onderzoek. Vader had gokschulden van ongeveer € 30.000; moeder was bang om te vertrekken.
Aanpak: De {{r:gezinswerker}} van {{o:WIJeindhoven}} werkte volgens {{o:Signs of Safety}}, met een safety-plan dat ook de grootouders ondertekenden (op [[d:9 mei 2023]]). Vader startte bij {{o:Novadic-Kentron}} en bij {{o:Thuis in Balans}}; moeder kreeg steun van {{o:Sterk Huis}}.
Wat werkte: de grootouders als ‘veiligheidsnetwerk’ die elke avond belden.
Wat niet werkte: het schuldhulptraject starten vóór de gokbehandeling; vader viel binnen een maand terug.
Resultaat: na een jaar geen nieuwe meldingen; schuldregeling gestart.
Les: eerst de verslaving, dan de schuld – maar houd de veiligheid steeds bovenaan.
Bewijs: {{o:Signs of Safety}} – goed onderbouwd.
=====
Casusles Rotterdam – {{w:Feijenoord}}
Titel: Vroeg Eropaf bij energiearmoede

Thema's: armoede, wonen, gezondheid
Doelgroep: huishoudens met een energieachterstand
Situatie: In de winter van 2022 kregen veel huishoudens een voorschot van meer dan € 400 per maand. Een Kaapverdiaanse weduwe van 66, dona [[p:Fátima]], had de verwarming helemaal uitgezet en sliep met haar jas aan.
Aanpak: De {{o:Vraagwijzer}} en het {{o:wijkteam Feijenoord}} kregen via de energieleverancier signalen van achterstanden (convenant vroegsignalering). Een {{r:energiecoach}} van {{o:Vroeg Eropaf}} ging binnen vijf werkdagen langs en regelde een noodfondsaanvraag.
Wat werkte: snel en thuis; de energiecoach sprak Portugees.
Wat niet werkte: een online aanvraagformulier voor het energiefonds.
Resultaat: achterstand van € 1.100 kwijtgescholden, verwarming weer aan, isolatiestroken geplaatst.
Les: combineer geld met praktische hulp in huis.
Bewijs: {{o:Vroeg Eropaf}} – goed beschreven.
=====
Casusles Utrecht – {{w:Kanaleneiland}}
Titel: Moeders informeren moeders

Thema's: jeugd, gezondheid, integratie
Wijkprofiel: naoorlogse wijk met veel portiekflats, grote Marokkaans-Nederlandse gemeenschap, veel jonge gezinnen.
Doelgroep: moeders met een eerste kind, weinig netwerk

Situatie: Een jonge moeder (22) uit Syrië had een baby van vier maanden ([[p:Jana]]) die slecht dronk. Ze kwam niet naar het consultatiebureau omdat ze ‘de taal niet sprak’.
Aanpak: Via {{o:Moeders Informeren Moeders}} kwam een vrijwillige moeder uit de wijk die Arabisch sprak. Zij ging de eerste keer mee naar het consultatiebureau.
Wat werkte: gelijkwaardigheid; ‘zij is ook moeder’.
Wat niet werkte: een folder in het Arabisch; mevrouw las wel, maar geloofde de folder niet.
Resultaat: de baby groeit goed; moeder volgt nu een taalcursus in het buurthuis.
Les: mensen geloven mensen, geen papier.
Bewijsniveau: {{o:Moeders Informeren Moeders}} – goed onderbouwd.
=====
Casusles Zwolle – {{w:Diezerpoort}}
Titel: Wijkteam en huisarts: een vaste dag in de praktijk

Thema's: GGZ, samenwerking eerste lijn
Doelgroep: patiënten met psychosociale klachten die bij de huisarts terugkomen
Situatie: Huisartsenpraktijk [[p:Van Rossum]] zag een vrouw van 45 twaalf keer in een jaar met buikpijn en slapeloosheid. Achter de klachten zaten schulden, een zoon met een verslaving en een baan die op de tocht stond.
Aanpak: Een {{r:sociaal werker}} van het wijkteam zit sinds 2022 elke dinsdag in de praktijk. De {{r:POH-GGZ}} verwees ‘warm’ door: de patiënt liep samen met de POH de gang over.
Wat werkte: warme overdracht binnen tien minuten.
Wat niet werkte: een doorverwijsbrief; die werd niet gebruikt.
Resultaat: minder consulten bij de huisarts (van 12 naar 4 per jaar); schuldhulp gestart.
Les: zit fysiek in de praktijk.
Bewijs: praktijkkennis; sluit aan bij {{o:Welzijn op Recept}}.
=====
Casusles Maastricht – {{w:Nazareth}}
Titel: Een buurtvader voor jongens op het plein

Thema's: jeugd, overlast, veiligheid
Wijkprofiel: kleine wijk aan de oostkant, veel sociale huur, onlangs vernieuwd; groep jongeren op het plein bij het buurthuis.
Doelgroep: jongens van 12 tot 16
Situatie: Een groep van ongeveer acht jongens zorgde voor overlast; één van hen, [[p:Jordan]], werd verdacht van het bekladden van de kerk. De ouders zagen het probleem niet of voelden zich machteloos.
Aanpak: Het {{o:jongerenwerk}} van {{o:Trajekt}} zocht een buurtvader: een vader uit de wijk die ’s avonds op het plein stond. Daarnaast volgden vier jongens {{o:Rots en Water}}.
Wat werkte: de buurtvader kende de families.
Wat niet werkte: cameratoezicht; de groep verplaatste zich.
Resultaat: minder meldingen (van 23 naar 7 per kwartaal).
Les: betrek volwassenen uit de wijk zelf.
Bewijs: {{o:Rots en Water}} – goed onderbouwd; buurtvaders: praktijkkennis.
=====
Casusles Groningen – {{w:Beijum}}
Titel: Statushouder met trauma en een lange wachtlijst

Thema's: GGZ, statushouders
Doelgroep: vluchtelingen met psychische klachten op een wachtlijst
Situatie: Een Afghaanse man van 34 (registratie [[z:WIJ-BEI-2023-1178]]), sinds twee jaar in Groningen, sliep slecht, had nachtmerries en kon zich niet concentreren op zijn inburgering. De wachtlijst bij {{o:Lentis}} was zeven maanden.
Aanpak: De {{r:WIJ-werker}} zocht overbrugging: groepen van {{o:Mind-Spring}} in het Dari, en een maatje van {{o:VluchtelingenWerk Noord-Nederland}}. De {{r:inburgeringsconsulent}} paste zijn plan aan.
Wat werkte: de Mind-Spring-groep; ‘ik ben niet de enige’.
Wat niet werkte: online therapie in het Engels.
Resultaat: betere nachtrust, behandeling bij {{o:Lentis}} gestart na zes maanden.
Les: overbrug wachtlijsten met lotgenotengroepen in de eigen taal.
Bewijsniveau: {{o:Mind-Spring}} – goed onderbouwd.
=====
Casusles Almere – {{w:Almere Haven}}
Titel: Wie ziet de mantelzorger van een zoon met schizofrenie?

Thema's: GGZ, mantelzorg, ouderen
Situatie: Een moeder van 72 zorgde voor haar zoon van 45 met schizofrenie. Zij kookte elke dag, deed zijn administratie en haalde zijn medicijnen op. De zoon woonde twee straten verderop, op [[a:Kerkgracht 31]], [[pc:1354 AK]] Almere. Zij zei: ‘als ik er niet meer ben, wie dan?’
Aanpak: De {{r:mantelzorgconsulent}} van {{o:De Schoor}} en de {{r:FACT-behandelaar}} van {{o:GGz Centraal}} maakten samen een ‘toekomstplan’ volgens de {{o:Triadekaart}}. Er kwam beschermd wonen-begeleiding aan huis.
Wat werkte: de Triadekaart liet zien hoeveel moeder deed.
Wat niet werkte: het eerste gesprek bij de GGZ zonder moeder erbij.
Resultaat: moeder doet nu twee dingen in plaats van zes; de zoon kookt drie keer per week zelf.
Les: betrek familie als partner, niet als informant.
Bewijs: praktijkkennis; {{o:Triadekaart}} – goed beschreven.
=====
Casusles Eindhoven – {{w:Doornakkers}}
Titel: ‘Ik wil gewoon werken’ – IPS bij een vrouw met een angststoornis
Thema's: werk, GGZ
Situatie: Een vrouw van 31 met een angststoornis zat al zes jaar in de bijstand. Ze wilde werken, maar was bij drie re-integratiebureaus afgehaakt.
Aanpak: Via {{o:GGzE}} kreeg zij een {{r:IPS-trajectbegeleider}}, [[p:Maud]]; binnen vier weken volgde een sollicitatiegesprek bij een dierenspeciaalzaak. {{o:WIJeindhoven}} hielp met de gevolgen voor toeslagen en uitkering.
Wat werkte: ‘eerst plaatsen, dan trainen’.
Wat niet werkte: de standaard ‘werkfit’-cursus van de gemeente.
Resultaat: 20 uur per week werk, na een jaar nog steeds.
Les: neem de werkwens serieus, ook als de klachten groot zijn.
Bewijsniveau: {{o:Individuele Plaatsing en Steun}} (IPS) – effectief volgens sterke aanwijzingen.
=====
Casusles Rotterdam – {{w:Hillesluis}}
Titel: Een Turkse vader, een dochter en de schoolkeuze

Thema's: jeugd, cultuur, onderwijs
Situatie: Een meisje van 12 kreeg een havo-advies; vader wilde dat ze naar een school vlakbij ging met alleen vmbo. Het conflict liep op; het meisje vertelde haar juf dat ze ‘niet meer naar huis wilde’. De juf, mevr. [[p:Koç]], belde het {{o:wijkteam Feijenoord}}.
Aanpak: Een {{r:sleutelpersoon}} van {{o:Stichting Dona Daria}} sprak met vader in het Turks over zijn zorgen (reisafstand, veiligheid). Samen bezochten ze de havoschool.
Wat werkte: vader hoorde het verhaal van een andere Turkse vader wiens dochter nu studeert.
Wat niet werkte: een gesprek op school met vijf professionals.
Resultaat: het meisje zit in de brugklas havo, vader brengt haar de eerste maanden.
Les: zoek naar de zorg achter het ‘nee’.
Bewijs: praktijkkennis.
=====
Casusles Utrecht – {{w:Zuilen}} / {{w:Ondiep}}
Titel: Buurtpension: tijdelijk wonen na een crisis

Thema's: wonen, GGZ
Situatie: Een man van 56 raakte na een scheiding zijn huis kwijt en verbleef bij een vriend, [[p:Gerard Sterk]], in {{w:Ondiep}}. Zijn spullen stonden in een opslag; hij had een psychiatrische voorgeschiedenis.
Aanpak: Het {{o:Buurtteam Noordwest}} regelde een kamer in een {{o:Skaeve Huse}}-achtig buurtpension van {{o:Lister}}, met lichte begeleiding en een maatje uit {{o:Stichting Present}}.
Wat werkte: een tijdelijke plek zonder opnamestempel.
Wat niet werkte: de eerste aanmelding voor beschermd wonen; te zwaar.
Resultaat: na negen maanden een eigen woning bij {{o:Mitros}}.
Les: zorg voor een tussenstap tussen crisis en eigen woning.
Bewijs: praktijkkennis.
=====
Casusles Zwolle – {{w:Aa-landen}}
Titel: Eigen Kracht na een brand

Thema's: wonen, netwerk, crisis
Situatie: Na een woningbrand stond een gezin met vijf kinderen op straat. Het gezin van [[p:Filmon Tekle]] kwam uit Eritrea en had geen familie in Nederland.
Aanpak: Het {{o:Sociaal Wijkteam Zwolle}} organiseerde binnen twee weken een {{o:Eigen Kracht-conferentie}} met de kerk, de school, buren en {{o:VluchtelingenWerk}}. {{o:deltaWonen}} bood een wisselwoning.
Wat werkte: het netwerk bleek groter dan gedacht: 31 mensen kwamen.
Wat niet werkte: de eerste week met vijf verschillende contactpersonen.
Resultaat: binnen zes weken een ingerichte woning, een rooster voor vervoer naar school.
Les: ook mensen ‘zonder netwerk’ hebben vaak een netwerk – vraag door.
Bewijs: {{o:Eigen Kracht-conferentie}} – effectief volgens eerste aanwijzingen.
""")
add(r"""
Casusles Maastricht – {{w:Wittevrouwenveld}}
Titel: De kapper als signaalpunt

Thema's: eenzaamheid, ouderen, vroegsignalering
Wijkprofiel: volkswijk met een oudere bevolking, weinig voorzieningen na de sluiting van de bibliotheek.
Situatie: Een kapster merkte dat een vaste klant van 84 steeds verwarder werd en haar afspraken vergat. De klant, mevrouw [[p:Wolfs]], vertelde dat haar zoon ‘in Australië’ woonde.
Aanpak: Het {{o:Sociaal Wijkteam Maastricht}} trainde in 2023 kappers, apothekers en bezorgers in het herkennen van signalen ({{o:Samen Sterk in de Wijk}}). De kapster belde het team; de {{r:casemanager dementie}} van {{o:Envida}} ging langs.
Wat werkte: de kapster kende de klant al twintig jaar.
Wat niet werkte: de signalenkaart was te lang; nu één A5.
Resultaat: diagnose, thuiszorg, en contact met de zoon via beeldbellen.
Les: train mensen die ouderen vaak zien, niet alleen professionals.
Bewijs: praktijkkennis.
=====
Casusles Groningen – {{w:Oosterparkwijk}}
Titel: Huurschuld en een hond van 40 kilo

Thema's: schulden, wonen
Situatie: Een man van 52 met een huurschuld van € 5.700 wilde niet naar een kleinere woning omdat zijn hond daar niet mocht. De ontruiming stond gepland; de deurwaarder had als datum [[d:woensdag 6 maart]] doorgegeven.
Aanpak: De {{r:WIJ-werker}} en {{o:Lefier}} spraken een laatste kans af: betalingsregeling, budgetbeheer, en een zoektocht naar een woning met tuin.
Wat werkte: de hond niet als probleem zien maar als reden.
Wat niet werkte: een folder over ‘hulp bij geldzaken’.
Resultaat: ontruiming opgeschort, regeling loopt al acht maanden.
Les: zoek wat iemand motiveert en bouw het plan daaromheen.
Bewijs: praktijkkennis.
=====
Casusles Almere – {{w:Almere Buiten}}
Titel: Schulden en gokken bij jongvolwassenen

Thema's: jongvolwassenen, schulden, verslaving
Situatie: Een jongen van 20 had in een half jaar € 8.500 schuld door online gokken en microkredieten. Hij woonde bij zijn moeder. Zijn broer stuurde het team een WhatsApp: ‘Hij wil niet praten maar ik wel. Bel mij, [[p:Jordy]], op [[t:06-28471936]].’
Aanpak: Het {{o:Sociaal Wijkteam Almere}} schakelde {{o:Tactus}} in voor gokbehandeling en vroeg via de {{o:Kansspelautoriteit}} een uitsluiting aan ({{o:Cruks}}). De {{r:jongerencoach}} hielp met een jongerenschuldenaanpak.
Wat werkte: de broer als bondgenoot.
Wat niet werkte: alleen een schuldregeling zonder behandeling.
Resultaat: Cruks-registratie, schulden gesaneerd via een jongerenfonds.
Les: zoek de familielid die wél wil praten.
Bewijs: praktijkkennis.
=====
Casusles Eindhoven – {{w:Lakerlopen}}
Titel: Dementie en taal – een Chinese weduwe

Thema's: ouderen, dementie, cultuur
Situatie: Een Chinese vrouw van 82 woonde alleen boven het restaurant van haar zoon aan de [[a:Kruisstraat 105]]. Ze sprak alleen Kantonees en werd steeds vergeetachtiger. De zoon werkte dagelijks tot middernacht.
Aanpak: De {{r:casemanager dementie}} werkte met een tolk en met de {{o:Chinese Vereniging Eindhoven}}. Dagbesteding in een Chinese ouderengroep bij {{o:Vitalis}} drie dagen per week.
Wat werkte: een groep met dezelfde taal en hetzelfde eten.
Wat niet werkte: de reguliere dagbesteding; mevrouw kwam na twee dagen niet meer.
Resultaat: mevrouw woont nog thuis en is minder onrustig.
Les: cultuursensitieve dagbesteding voorkomt vroege opname.
Bewijs: praktijkkennis.
=====
Casusles Rotterdam – {{w:Delfshaven}} ({{w:Spangen}})
Titel: Multisysteemtherapie of toch het wijkteam?

Thema's: jeugd, criminaliteit
Situatie: Een jongen van 15 liep met een oudere groep mee die drugs verkocht. Vader werkte lange dagen bij de haven; moeder was overleden. Bij de kinderrechter kreeg de jongen op [[d:28 augustus]] een voorwaardelijke straf.
Aanpak: Het {{o:wijkteam Delfshaven}} overlegde met {{o:Jeugdbescherming Rotterdam Rijnmond}} en koos voor {{o:Multisysteemtherapie}} (MST) via {{o:Antes}}, vijf maanden intensief aan huis.
Wat werkte: de MST-therapeut werkte met vader aan regels en toezicht.
Wat niet werkte: de voetbalclub als afleiding; de groep kwam ook daar.
Resultaat: jongen niet meer betrokken bij incidenten; vader heeft nu zicht op zijn netwerk.
Les: versterk de ouder, niet alleen de jongere.
Bewijsniveau: {{o:Multisysteemtherapie}} – effectief volgens sterke aanwijzingen (NJi).
=====
Casusles Utrecht – {{w:Lombok}}
Titel: Een ondernemer met burn-out en schulden

Thema's: schulden, werk
Situatie: Een Marokkaans-Nederlandse man van 43 had een bakkerij in de Kanaalstraat. Na corona en de energieprijzen liep hij vast: € 46.000 schuld en een burn-out.
Aanpak: Het buurtteam verwees naar {{o:Ondernemersklankbord}} en {{o:Stichting Ondernemersfonds Utrecht}}; de {{r:schuldhulpverlener}} van de gemeente werkte met een Bbz-adviseur.
Wat werkte: een coach die zelf ondernemer was geweest.
Wat niet werkte: de standaardbrief over schuldhulp; die ging over ‘uw huishouden’.
Resultaat: bakkerij verkocht, schulden in een regeling, meneer werkt in loondienst.
Les: ondernemers hebben een eigen taal en een eigen loket nodig.
Bewijs: praktijkkennis.
=====
Casusles Zwolle – {{w:Stadshagen}}
Titel: Jong gezin, jonge schulden

Thema's: gezin, schulden
Situatie: Een stel van 23 en 24 ([[p:Kevin]] en [[p:Shanna]]) met een baby had € 11.000 schulden, vooral bij webwinkels en de zorgverzekeraar. Zij schaamden zich tegenover hun ouders.
Aanpak: {{o:Humanitas Thuisadministratie}} voor de administratie, het {{o:Sociaal Wijkteam Zwolle}} voor de regie; vroegsignalering liep via {{o:Vitens}} en {{o:Enexis}}.
Wat werkte: het stel kreeg een ‘geld-app’ met het maatje samen.
Wat niet werkte: een budgetcursus in de avond.
Resultaat: schulden in een regeling, geen nieuwe achterstanden.
Les: start vroeg, liefst tijdens de zwangerschap; verloskundigen zijn een goede ingang.
Bewijs: {{o:Humanitas Thuisadministratie}} – goed beschreven.
=====
Casusles Maastricht – {{w:Pottenberg}}
Titel: Licht verstandelijk beperkt en ouder worden

Thema's: LVB, ouderen
Situatie: Een man van 63 met een licht verstandelijke beperking woonde zijn hele leven bij zijn moeder. Na haar overlijden kon hij de rekeningen niet betalen. Zijn broer [[p:Jo]] woonde in België ([[t:+32 478 55 20 19]]).
Aanpak: {{o:MEE Zuid-Limburg}} en het {{o:Sociaal Wijkteam Maastricht}} regelden bewind en ambulante begeleiding via {{o:Radar}}. Een buurvrouw werd maatje.
Wat werkte: een vaste dagstructuur (ontbijt bij de buurvrouw op dinsdag).
Wat niet werkte: de verhuizing naar een groepswoning werd afgewezen door meneer zelf.
Resultaat: zelfstandig wonen met begeleiding, rouwverwerking via een vrijwilliger.
Les: LVB-ouderen worden vaak pas zichtbaar bij het overlijden van een ouder; zoek ze eerder op.
Bewijs: praktijkkennis.
=====
Casusles Groningen – {{w:Paddepoel}}
Titel: Buurtcirkel voor een vrouw met autisme

Thema's: LVB/ASS, netwerk, wonen
Situatie: Een vrouw van 29 met autisme woonde net zelfstandig. Ze raakte in paniek bij post en onverwachte bezoekers.
Aanpak: Een {{o:Buurtcirkel}} van {{o:Stichting De Zijlen}}: vijf deelnemers uit de buurt met een vaste {{r:buurtcirkelcoach}} ([[p:Tamara]]).
Wat werkte: vaste afspraken, op woensdag samen eten.
Wat niet werkte: de eerste coach wisselde na twee maanden.
Resultaat: meer zelfstandigheid, minder crisis.
Les: zorg voor continuïteit van de coach.
Bewijs: {{o:Buurtcirkel}} – goed onderbouwd (Movisie).
=====
Casusles Almere – {{w:Kruidenwijk}}
Titel: Wijkverpleging en wijkteam: de ‘koffietafel’

Thema's: samenwerking, ouderen
Situatie: Wijkverpleegkundigen van {{o:Zorggroep Almere}} zagen signalen (verwaarlozing, geldzorgen) maar wisten niet bij wie ze die konden neerleggen.
Aanpak: Elke donderdag een half uur ‘koffietafel’ met wijkverpleging en het {{o:Sociaal Wijkteam Almere}}: casussen anoniem bespreken, daarna met toestemming overdragen.
Wat werkte: korte lijnen; ‘ik ken je nu, [[p:Gea]]’.
Wat niet werkte: het gedeelde dossiersysteem; niemand gebruikte het.
Resultaat: 34 overdrachten in een jaar.
Les: ken elkaars gezicht.
Bewijs: praktijkkennis.
=====
Casusles Rotterdam – {{w:Bloemhof}}
Titel: Taal, geld en een keukentafel

Thema's: armoede, laaggeletterdheid
Situatie: Een Marokkaanse vrouw van 55 kon niet lezen en schrijven. Haar man was overleden; alle post kwam bij haar terecht. Haar dochter [[p:Nadia]] deed het tot ze zelf kinderen kreeg.
Aanpak: {{o:Taalhuis Rotterdam}}, een schrijfhulp van {{o:Stichting Mano}} en een budgetcoach van {{o:Humanitas}}.
Wat werkte: ‘leren lezen met je eigen post’.
Wat niet werkte: een algemene taalcursus.
Resultaat: mevrouw leest nu haar eigen brieven van de {{o:SVB}}.
Les: koppel taal aan de dagelijkse praktijk.
Bewijs: praktijkkennis.
=====
Casusles Eindhoven – {{w:Drents Dorp}}
Titel: Vroegsignalering via de woningcorporatie

Thema's: schulden, wonen
Situatie: Bij {{o:Woonbedrijf}} kwamen signalen van huurachterstand binnen; de corporatie belde eerst zelf, daarna het wijkteam. Een gezin met vier kinderen had een achterstand van drie maanden door een wijziging in de toeslagen.
Aanpak: Binnen een week huisbezoek door een {{r:WIJ-werker}}, herberekening toeslagen met de {{o:Belastingdienst}}.
Wat werkte: de corporatie belde zelf eerst; het gezin kende de medewerker, [[p:Ans]], bij naam.
Wat niet werkte: de brief van het wijkteam daarna.
Resultaat: toeslagen hersteld, achterstand ingelopen in vijf maanden.
Les: laat de partij met de relatie het eerste contact leggen.
Bewijs: praktijkkennis.
""")
# ---------------------------------------------------------------------------
# 3. Summary cards, search results, overview tables and listings
# ---------------------------------------------------------------------------
add(r"""
Casusles 14 · {{w:Transvaal}} · thema ouderen · 6 min lezen
‘Een keukentafel vol familie’ – hoe een Eigen Kracht-conferentie een overbelaste schoondochter ontlastte.
=====
Zoekresultaat 3 van 27 | Thema: schulden | Wijk: {{w:Holtenbroek}} (Zwolle) | Interventie: {{o:Humanitas Thuisadministratie}} | Bewijs: goed beschreven | Gepubliceerd: 2024
=====
| Nr | Titel | Wijk | Thema | Interventie | Bewijsniveau |
|---|---|---|---|---|---|
| 1 | Eerst de doos met post | {{w:Moerwijk}} | schulden | {{o:Vroeg Eropaf}} | goed beschreven |
| 2 | Samen de trap af | {{w:Malberg}} | ouderen | – | praktijkkennis |
| 3 | Wraparound bij een jongen die overal werd weggestuurd | {{w:Overvecht}} | jeugd | {{o:Wraparound Care}} | eerste aanwijzingen |
| 4 | Signs of Safety in een gezin met geweld | {{w:Woensel-West}} | huiselijk geweld | {{o:Signs of Safety}} | goed onderbouwd |
| 5 | Buurtcirkel voor een vrouw met autisme | {{w:Paddepoel}} | LVB/ASS | {{o:Buurtcirkel}} | goed onderbouwd |
=====
Nieuwe casusles gepubliceerd ✔
Team: SWT {{w:Laak}} (team 9) · Thema: arbeidsmigratie · Review: 2 reviewers, akkoord · Toestemmingsverklaring: aanwezig
=====
Kaart – Casusles Rotterdam {{w:Hillesluis}}
Doelgroep: meisjes 10–14 met een havo/vwo-advies en ouders met zorgen over de schoolkeuze
Kern: zoek de zorg achter het ‘nee’; betrek een sleutelpersoon van {{o:Stichting Dona Daria}}
Bewijsniveau: praktijkkennis
=====
Meest gelezen deze maand
1. Housing First met een hond ({{w:Centrum}}, Den Haag) – 412 keer gelezen
2. De kapper als signaalpunt ({{w:Wittevrouwenveld}}, Maastricht) – 388 keer
3. Schuldhulp via de supermarkt ({{w:Holtenbroek}}, Zwolle) – 341 keer
4. Moeders informeren moeders ({{w:Kanaleneiland}}, Utrecht) – 290 keer
=====
Casusles | {{w:Scheveningen}} | schulden · GGZ | ‘Schuldhulpmaatje maakt het verschil bij een oud-militair’ | ingediend door [[p:Ellen Tahapary]], {{r:maatschappelijk werker}} | bewijs: goed beschreven
=====
Overzicht casuslessen per thema (stand: einde pilotperiode)
thema	aantal	gemiddelde looptijd	meest gebruikte interventie
ouderen	14	7 maanden	{{o:Welzijn op Recept}}
jeugd	11	9 maanden	{{o:Wraparound Care}}
huiselijk geweld	6	11 maanden	{{o:Signs of Safety}}
bemoeizorg	9	13 maanden	{{o:Vroeg Eropaf}}
schulden	17	16 maanden	{{o:SchuldHulpMaatje}}
=====
Titel: Geen Nederlands, wel een plan | Wijk: {{w:Schilderswijk}} | Tags: #taal #spraakbericht #toegang | Les: spreek af wat er wél en niet in een spraakbericht mag.
=====
Gerelateerde lessen
→ ‘Taalmaatje als sleutel tot de post’ ({{w:Bouwlust}})
→ ‘Leren lezen met je eigen post’ ({{w:Bloemhof}}, Rotterdam)
→ ‘Moeders informeren moeders’ ({{w:Kanaleneiland}}, Utrecht)
=====
Samenvatting: een weduwnaar van 74 in {{w:Duindorp}} verzamelde kranten en oud ijzer; een ervaringsdeskundige dronk zeven weken koffie in de deuropening voordat hij binnen mocht. Les: laat de eerste contacten bij één persoon.
=====
Casusles Almere {{w:Stedenwijk}} – doelgroep alleenstaande vaders (30–45), looptijd 8 maanden, kosten ± € 1.800 (vadergroep, 12 bijeenkomsten), resultaat: werk met vaste diensten.
=====
Bewijsniveaus zoals de bibliotheek ze gebruikt:
• effectief volgens sterke aanwijzingen
• effectief volgens goede aanwijzingen
• effectief volgens eerste aanwijzingen
• goed onderbouwd
• goed beschreven
• praktijkkennis (nog niet beoordeeld)
Bron: {{o:Erkenningscommissie Interventies}} ({{o:Movisie}}, {{o:NJi}}, {{o:RIVM}}, {{o:Trimbos-instituut}}).
=====
Filter: gemeente = Maastricht · thema = ouderen · 4 resultaten
- De kapper als signaalpunt – {{w:Wittevrouwenveld}}
- Samen de trap af – {{w:Malberg}}
- LVB en ouder worden – {{w:Pottenberg}}
- Valpreventie met de harmonie – {{w:Caberg}}
=====
Auteur: [[p:Sanne Koning]] (SWT {{w:Mariahoeve}}) · Co-auteur: {{r:casemanager dementie}} · Reviewer: {{r:teamleider}} SWT {{w:Haagse Hout}}
=====
Casusles ‘Een gezin, vijf hulpverleners’ – {{w:Morgenstond}} – looptijd 6 maanden – van 5 naar 2 hulpverleners – bewijs: praktijkkennis.
=====
Vraag van een lezer (Groningen, {{w:Vinkhuizen}}): hebben jullie ook ervaring met {{o:Skaeve Huse}} in een wijk met veel koopwoningen? Wij krijgen het plan niet door de bewonersavond.
=====
Casusles Utrecht {{w:Overvecht}} · Wraparound Care · 14 maanden · 92% schoolaanwezigheid · geen politiecontacten in 12 maanden · bewijs: eerste aanwijzingen
=====
| Gemeente | Aantal lessen | Waarvan met erkende interventie |
| --- | --- | --- |
| Den Haag | 38 | 21 |
| Rotterdam | 12 | 7 |
| Utrecht | 9 | 6 |
| Zwolle | 7 | 3 |
| Maastricht | 6 | 1 |
| Groningen | 8 | 4 |
| Almere | 5 | 2 |
| Eindhoven | 7 | 5 |
=====
Casuskaart
Wie: moeder (41), zoon (12, ASS), dochter (8)
Waar: {{w:Schilderswijk}}
Ingang: {{r:sleutelfiguur}} Somalische gemeenschap
Les: begin bij de vraag van moeder
Contact voor vragen over deze les: [[p:Fleur Visser]], [[e:f.visser@swt-schilderswijk.nl]]
=====
Tags bij deze les: #huiselijkgeweld #ouderenmishandeling #financiëleuitbuiting #meldcode #vrijwilligkader
=====
Ingediend: SWT {{w:Escamp}} · Gereviewd door: {{r:kwaliteitsmedewerker}} · Status: gepubliceerd · Versie 3 (na review: naam van de school en voornaam van de dochter verwijderd)
=====
Leesadvies bij het thema bemoeizorg: begin met ‘Hij wil geen hulp’ ({{w:Duindorp}}), dan ‘Van wantrouwen naar een vaste WIJ-werker’ ({{w:Selwerd}}), en als laatste ‘De [[p:Burgemeester]]’ ({{w:Zeeheldenkwartier}}).
=====
Casusles Eindhoven {{w:Doornakkers}} – IPS – 20 uur werk per week – bewijs: sterke aanwijzingen. Contactpersoon: {{r:IPS-trajectbegeleider}} [[p:Thijs van den Bosch]] ({{o:GGzE}}), [[t:06 31 77 20 48]].
=====
Overzicht looptijden
< 3 mnd: 8 lessen
3–6 mnd: 19 lessen
6–12 mnd: 31 lessen
> 12 mnd: 14 lessen
Mediaan: 8 maanden
=====
Nieuw in de bibliotheek: ‘Buurtgezinnen in {{w:Segbroek}}’ – een vader, drie kinderen en een steungezin om de hoek. Ingediend door team {{w:Segbroek}}, met dank aan [[p:Mirthe]] en [[p:Rachid]] voor het meeschrijven.
=====
Casusles 22 – {{w:Leyenburg}} – jonge mantelzorgers – Les: vraag ‘wie zorgt er bij jullie thuis voor wie?’ – Bewijs: praktijkkennis – Overdraagbaarheid: hoog (elke school met een zorgcoördinator)
=====
Lessen met een erkende interventie (selectie):
{{o:Eigen Kracht-conferentie}} (3) · {{o:Wraparound Care}} (2) · {{o:Vroeg Eropaf}} (4) · {{o:Housing First}} (2) · {{o:Signs of Safety}} (3) · {{o:Multisysteemtherapie}} (1) · {{o:Triple P}} (2) · {{o:Buurtgezinnen}} (1) · {{o:Moeders Informeren Moeders}} (1) · {{o:IPS}} (2)
=====
Casusles Groningen {{w:Oosterparkwijk}}: ontruiming opgeschort, regeling loopt acht maanden. Opmerking reviewer: ‘datum van de ontruiming uit de situatieschets halen’ – nog niet verwerkt.
=====
Casusles Rotterdam {{w:Tarwewijk}} – auteur {{r:wijkteammedewerker}} – 1.340 woorden – 3 reacties – 1 vraag open
=====
Kaart | Utrecht {{w:Lombok}} | ondernemer, burn-out, € 46.000 schuld | coach via {{o:Ondernemersklankbord}} | les: eigen loket voor ondernemers
""")
# ---------------------------------------------------------------------------
# 4. Single sections of published lessons (one field, often longer)
# ---------------------------------------------------------------------------
add(r"""
Les voor andere teams: vraag bij elke aanmelding van een oudere migrant wie de familie is, wie er in het buitenland woont en wie de brieven leest. In deze casus las kleinzoon [[p:Amir]] (11) alles voor – ook de brief van het {{o:CAK}} over de eigen bijdrage.
=====
Wat niet werkte
Het eerste plan was te groot. We wilden in één keer de schulden, de woning en de gezondheid aanpakken. Mevrouw [[p:Öztürk]] haakte af na twee weken. Pas toen we terugschaalden naar één doel per maand – eerst de huur, dan de zorgverzekering, dan de tandarts – kwam er beweging.
=====
Overdraagbaarheid: gemiddeld. De aanpak leunt op een {{r:ervaringsdeskundige}} met veel tijd; niet elk team heeft daar budget voor (hier betaald uit het innovatiebudget 2023, € 12.500).
=====
Bewijsniveau: {{o:Krachtwerk}} is door de {{o:Erkenningscommissie Interventies}} beoordeeld als ‘goed onderbouwd’. Deze casus voegt praktijkkennis toe voor cliënten met een licht verstandelijke beperking.
=====
Wijkprofiel {{w:Vrederust}}: 14.900 inwoners, 48% jonger dan 35, veel eengezinswoningen uit de jaren vijftig, de {{o:Bibliotheek Bouwlust}} en het wijkcentrum aan de Hengelolaan als belangrijkste ontmoetingsplekken. Postcodegebied 2543–2545.
=====
Situatie (ingekort na review)
Een vrouw van 38 met drie kinderen (4, 9 en 13) meldde zich bij het {{o:Servicepunt XL}} met een brief van de {{o:Belastingdienst}}: terugvordering kinderopvangtoeslag, € 9.300. Ze werkte 24 uur in de schoonmaak. De oudste, [[p:Sem]], was gestopt met voetbal ‘omdat het geld kost’.
=====
Resultaat
– Huurachterstand van € 2.460 afgelost binnen 14 maanden
– Geen nieuwe aanmaningen sinds het voorjaar
– Mevrouw [[p:Schipper]] doet vrijwilligerswerk bij de {{o:Voedselbank}} (2 ochtenden)
– De {{r:bewindvoerder}} is per 2024 afgeschaald naar budgetbeheer
=====
Aanpak
1. Huisbezoek met de {{r:wijkverpleegkundige}} (week 1)
2. Aanvraag huishoudelijke ondersteuning via de {{o:Wmo}} (week 2)
3. Netwerkberaad met de dochters [[p:Carla]] en [[p:Ingeborg]] (week 4)
4. Inzet {{o:Odensehuis}} twee dagdelen per week (vanaf week 6)
5. Evaluatie na drie maanden
=====
Wat werkte: de {{r:buurtsportcoach}} haalde de jongens om 15.30 uur op bij school. Eén van hen, [[p:Mo]] (13), werd na een half jaar zelf hulptrainer.
=====
Les voor andere teams
Als een cliënt zegt ‘ik wil geen hulp’, vraag dan: ‘wat wil je wél?’ In dit geval: zijn rijbewijs terug. Daar is het hele traject omheen gebouwd.
=====
Resultaat: na 11 maanden ingeschreven bij {{o:mboRijnland}}, entreeopleiding logistiek. Aanwezigheid eerste periode 88%. Geen contact meer met {{o:Jeugdreclassering}} (dossier [[z:JR-HGL-2022-0561]]).
=====
Situatie: Mevrouw (91) woonde zelfstandig in een serviceflat aan de Laan van Meerdervoort. Haar enige zoon, [[p:Rutger]], woont in Spanje en belde elke zondag. In de zomer viel zij twee keer en lag één keer een nacht op de grond. Zij wilde niet naar een verpleeghuis.
=====
Overdraagbaarheid
Hoog. Wel nodig: een corporatie die huisdieren toestaat, een opvang voor de hond tijdens opname en een {{r:Housing First-begeleider}} met een caseload van maximaal 12.
=====
Aanpak (stap voor stap)
Week 1–2: kennismaken, geen eisen.
Week 3: samen de post openen (47 brieven, waarvan 19 aanmaningen).
Week 4: aanmelding {{o:Schuldhulpverlening Den Haag}}; stabilisatie-afspraken met de {{o:Kredietbank}}.
Week 6: gesprek met hr. [[p:Amrani]] van de corporatie over een betalingsregeling.
Week 10: eerste maand zonder nieuwe achterstand.
=====
Wat niet werkte: de verwijzing naar {{o:i-psy}}. De wachtlijst was 19 weken en het intakeformulier was alleen in het Nederlands en Engels. We hebben daarna {{o:Mind-Spring}} gebruikt als overbrugging.
=====
Bewijsniveau: de {{o:Eigen Kracht-conferentie}} is in de databank van {{o:Movisie}} opgenomen als ‘effectief volgens eerste aanwijzingen’. Voor het werken met sleutelfiguren (hier: de voorzitter van de moskeevereniging) is nog geen erkende interventie; het is praktijkkennis.
=====
Les: leg de verantwoordelijkheid voor het plan bij de familie, niet bij het team. De {{r:casusregisseur}} bewaakt alleen de veiligheid en de afspraken.
=====
Doelgroep: volwassenen (18–67) met een licht verstandelijke beperking die zelfstandig wonen, schulden hebben en geen netwerk; in deze wijk naar schatting 300 tot 400 mensen.
=====
Situatie: een gezin met vier kinderen; vader [[p:Habibullah]] was in Afghanistan tolk voor de Nederlandse missie. Hij kreeg in 2022 asiel en woont sinds een jaar in {{w:Ypenburg}}. Moeder sprak geen Nederlands; de kinderen vertaalden.
=====
Resultaat
Na negen maanden: schulden bevroren (moratorium van zes maanden), woning behouden, moeder gestart met taallessen bij het {{o:Taalhuis}}. De zoon ([[p:Yusuf]], 15) heeft een bijbaan bij een supermarkt in de buurt.
=====
Wijkprofiel {{w:Caberg}} (Maastricht): hoog aandeel ouderen (29% is 65+), veel sociale huur van {{o:Maasvallei}}, een actieve harmonie en schutterij. Het {{o:Sociaal Steunpunt}} zit in het gemeenschapshuis.
=====
Wat werkte
- De {{r:wijkagent}} ([[p:Bram de Vos]]) kwam in burger, niet in uniform.
- Afspraken op school, niet thuis.
- Een vaste dag (woensdag) en een vaste tijd (14.00 uur).
- Het gebruik van de {{o:Kanjertraining}}-taal (‘tijger’, ‘konijn’) die de kinderen al kenden.
=====
Les voor andere teams: leg elke afspraak met de verhuurder schriftelijk vast. In deze casus ontkende de verhuurder later dat er een betalingsregeling was. Zijn e-mail van [[d:2 februari]] was het enige bewijs.
=====
Situatie
Twee zussen van 71 en 74 woonden samen in de ouderlijke woning in {{w:Morgenstond}}. De jongste had een verstandelijke beperking; de oudste deed alles. Toen de oudste, [[p:Truus]], een beroerte kreeg, stond de jongste er alleen voor.
=====
Overdraagbaarheid: laag tot gemiddeld. De aanpak vraagt een tolk Tigrinya die niet uit dezelfde kerkgemeenschap komt; in kleinere gemeenten is die er vaak niet.
=====
Bewijsniveau
{{o:Multisysteemtherapie}} (MST): effectief volgens sterke aanwijzingen ({{o:Databank Effectieve Jeugdinterventies}}, beoordeeld 2019).
{{o:Functional Family Therapy}} (FFT): effectief volgens goede aanwijzingen.
Deze casus: MST, afgesloten na 5 maanden.
=====
Resultaat: de zitting van [[d:12 juni]] is niet doorgegaan; de verhuurder trok de vordering in na de betaling van € 1.980 via het {{o:Noodfonds}}.
=====
Les: niet de brieven zijn het probleem, maar de angst ervoor. Open ze samen, en laat de cliënt zelf het eerste briefje openen.
""")
# ---------------------------------------------------------------------------
# 5. Full lessons with footnotes, quoted messages and other slipped details
# ---------------------------------------------------------------------------
add(r"""
Titel: Beschermingsbewind als vangnet – en wat er misging bij de overdracht
Thema's: schulden · LVB
Wijk: {{w:Rustenburg-Oostbroek}}
Doelgroep: volwassenen met een licht verstandelijke beperking en problematische schulden
Situatie: Een man van 33 met een LVB had € 19.000 schuld, onder meer bij het {{o:CJIB}} en drie webwinkels. Zijn moeder deed jarenlang zijn geldzaken, tot zij zelf ziek werd.
Aanpak: Aanvraag beschermingsbewind bij de kantonrechter, samen met {{o:MEE}}. De {{r:bewindvoerder}} nam de schulden over; het SWT bleef betrokken voor dagbesteding en woonbegeleiding.
Wat werkte: de {{r:MEE-consulent}} legde alles uit met pictogrammen.
Wat niet werkte: de overdracht van moeder naar bewindvoerder duurde vier maanden; in die tijd kwamen er nieuwe schulden bij.
Resultaat: schulden stabiel, meneer werkt drie dagen bij {{o:Ipse de Bruggen}}.
Les voor andere teams: regel een tijdelijke overbrugging (budgetbeheer) zolang het bewind nog niet is uitgesproken.
Bewijs: praktijkkennis.
¹ Beschikking kantonrechter, zaaknummer [[z:10834571 \ BM VERZ 23-2291]].
=====
Titel: Een vriendin die te veel wist – ‘loverboy’-signalen bij een jonge vrouw
Thema's: jeugd 18+, uitbuiting, LVB
Wijk: {{w:Centrum}} / {{w:Stationsbuurt}}
Doelgroep: jonge vrouwen (16–23) met een LVB die in een afhankelijkheidsrelatie zitten
Situatie: Een vrouw van 19 met een LVB kreeg dure cadeaus van een ‘vriend’ en verbleef soms dagen bij hem. Haar moeder stuurde de {{r:jeugdconsulent}} een WhatsApp-bericht, dat met toestemming in het dossier is opgenomen:

> ‘Ze is weer weg sinds gisteren. Haar vriendin zegt dat ze bij die man in Rijswijk is. Bel mij aub zodra u iets weet, mijn nummer is [[t:06-49 21 83 07]]. Groet, moeder van [[p:Jamila]].’

Aanpak: Samen met het {{o:Zorg- en Veiligheidshuis Haaglanden}} en de {{o:politie}} (team mensenhandel) werd een plan gemaakt. Zij kreeg een vaste begeleider van {{o:Fier}} en een veilige plek.
Wat werkte: de begeleider oordeelde niet over ‘de vriend’.
Wat niet werkte: de eerste aanpak met een contactverbod; zij liep weg.
Resultaat: na een jaar woont zij in een begeleide woonvorm, aangifte gedaan.
Les: bouw aan het vertrouwen van de jonge vrouw; haar loyaliteit aan de uitbuiter is groot.
Bewijs: praktijkkennis; {{o:Fier}} werkt met het {{o:Lover(boy)-protocol}}.
=====
Casusles Rotterdam – {{w:Carnisse}}
Titel: Huisuitzetting voorkomen met een rechter die meedenkt
Situatie: Een gezin met twee kinderen (5 en 8) had een huurachterstand van € 4.200 bij {{o:Havensteder}}. De zitting bij de kantonrechter stond gepland op [[d:donderdag 23 mei 2024]]; het {{o:wijkteam Charlois}} hoorde het pas een week van tevoren.
Aanpak: De {{r:wijkteammedewerker}} schreef een brief aan de rechter met het hulpplan en vroeg om aanhouding. Tegelijk werd een aanvraag bij de {{o:Kredietbank Rotterdam}} gedaan.
Wat werkte: de rechter hield de zaak zes weken aan.
Wat niet werkte: het gezin durfde eerst niet naar de zitting.
Resultaat: vonnis met een betalingsregeling in plaats van ontbinding.
Les: laat de corporatie de wijkteams informeren zodra een dagvaarding de deur uit gaat.
Bewijs: praktijkkennis.
=====
Titel: Samenwerking met de moskee bij huiselijk geweld
Thema's: huiselijk geweld, cultuur
Wijk: {{w:Schilderswijk}}
Situatie: Een vrouw van 34 met drie kinderen vertelde de imam over geweld door haar man. De imam wist niet wat hij moest doen en belde na twee weken het SWT. De vrouw gaf later toestemming om haar verhaal anoniem te delen.
Aanpak: Training van de imam en twee vrijwilligers door {{o:Veilig Thuis Haaglanden}} ({{o:Meldcode}}-basis en ‘wat te doen bij een onthulling’). De vrouw kreeg ondersteuning van de {{o:Blijf Groep}}; haar man volgde een programma van {{o:Kenniscentrum Huiselijk Geweld}}.
Wat werkte: een vaste contactpersoon voor de moskee bij het SWT.
Wat niet werkte: de folder ‘Huiselijk geweld is nooit oké’ in de moskee; niemand nam hem mee.
Resultaat: drie nieuwe onthullingen in één jaar, alle drie binnen een week bij de juiste hulp.
Les: investeer in sleutelpersonen.
Bewijs: praktijkkennis.
Noot van de redactie: in een eerdere versie stond het adres van de moskee met de naam van de vrouw; dat is verwijderd.
=====
Casusles Utrecht – {{w:Overvecht}}
Titel: ‘Ome [[p:Henk]]’ en de buurtkamer

Thema's: eenzaamheid, ouderen, buurt
Situatie: In een galerijflat woonde een man van 80 die na het overlijden van zijn vrouw zijn huis niet meer uit kwam. De buurtbewoners kenden hem als ‘Ome [[p:Henk]]’: hij repareerde vroeger ieders fiets.
Aanpak: Het buurtteam richtte met {{o:Portaal}} een buurtkamer in op de begane grond; meneer kreeg de sleutel en een fietsenwerkbank.
Wat werkte: iemand een rol geven, geen activiteit.
Wat niet werkte: de uitnodiging voor de bingomiddag in het buurthuis.
Resultaat: de buurtkamer is drie middagen per week open; meneer repareert er fietsen van kinderen.
Les: geef mensen een taak die past bij wie ze waren.
Bewijs: praktijkkennis.
=====
Titel: Een tienermoeder, een baby en een stapel formulieren
Thema's: jeugd, jonge ouders, inkomen
Wijk: {{w:Moerwijk}}
Situatie: Een moeder van 17 met een baby van drie maanden woonde bij haar eigen moeder. Ze had geen inkomen, geen zorgverzekering voor de baby en een school die haar ‘uitschreef wegens verzuim’.
Aanpak: De {{r:jeugdverpleegkundige}} schakelde het SWT en het {{o:CJG}} in. Met {{o:Stichting Jonge Moeders}} werd een plan gemaakt: kinderbijslag via de {{o:SVB}}, zorgtoeslag, een plek op een school met kinderopvang.
Wat werkte: een vaste coach die ook naar de SVB meeging.
Wat niet werkte: de gezamenlijke intake met oma erbij; de tienermoeder zweeg.
Resultaat: school hervat, baby verzekerd en ingeschreven bij het consultatiebureau.
Les: plan het eerste gesprek zonder de ouders van de tienermoeder.
Bewijs: {{o:VoorZorg}} diende als voorbeeld (effectief volgens goede aanwijzingen); zelf geen VoorZorg-traject.
Bijlage (niet voor publicatie, per abuis meegestuurd): BSN baby [[b:345521547]], moeder [[b:244433884]].
=====
Casusles Eindhoven – {{w:Bennekel}}
Titel: ‘Mijn buurman is mijn mantelzorger’

Thema's: informele zorg, ouderen
Situatie: Een vrouw van 88 werd al jaren geholpen door haar buurman van 67. Toen hij ziek werd, viel alles weg. Hij stuurde de {{r:wijkverpleegkundige}} een appje: ‘Ik lig vanaf morgen in het {{o:Catharina Ziekenhuis}}. Wil iemand [[p:Riek]] haar ogendruppels geven? Sleutel ligt bij [[p:Annie]] op nummer 14.’
Aanpak: {{o:WIJeindhoven}} zocht via {{o:Zorgvrijwilligers Eindhoven}} vervangers, maakte een rooster en regelde tijdelijke thuiszorg.
Wat werkte: het netwerk van de buurman was groot; drie buren namen taken over.
Wat niet werkte: niemand wist van tevoren hoeveel de buurman deed.
Resultaat: mevrouw woont thuis, de buurman doet nu minder.
Les: breng informele zorg in kaart vóór het misgaat (bijvoorbeeld met een {{o:Mantelzorgkaart}}).
Bewijs: praktijkkennis.
=====
Titel: Van zes naar één loket – gezinsschulden in {{w:Ypenburg}}
Thema's: schulden, gezin
Situatie: Een gezin met vijf kinderen had schulden bij zes partijen. Vader werkte in de bouw, moeder thuis. De maandelijkse aflossingen waren hoger dan het inkomen.
Aanpak: Het SWT bracht alles onder bij {{o:Schuldhulpverlening Den Haag}}; met {{o:Stichting Leergeld}} en het {{o:Jeugdfonds Sport & Cultuur}} bleven de kinderen sporten.
Wat werkte: de kinderen mochten hun clubs houden.
Wat niet werkte: het formulier voor de Haagse Ooievaarspas; dat bleef drie weken liggen.
Resultaat: schuldregeling van drie jaar; vader heeft een vast contract.
Les: bescherm wat de kinderen houvast geeft.
Bewijs: praktijkkennis.
In de bijlage bij de oorspronkelijke les stond het rekeningnummer voor de aflossingen: [[i:NL47ABNA1932855373]] (ten name van de vader); verwijderd bij publicatie, maar nog zichtbaar in versie 1.
=====
Casusles Almere – {{w:Muziekwijk}}
Titel: Afspraken die wél nagekomen worden

Thema's: GGZ, toegang
Situatie: Een man van 42 met een depressie kwam nooit op afspraken. Hij zei later: ‘ik zag die brieven wel, maar ik kon niet opstaan.’
Aanpak: Afspraken werden niet meer per brief, maar via een vast belmoment gemaakt; de {{r:POH-GGZ}} belde hem elke maandag om 11.00 uur.
Wat werkte: vast ritme, korte gesprekken.
Wat niet werkte: digitale afspraken via de app van de zorgaanbieder.
Resultaat: behandeling gestart bij {{o:GGz Centraal}}.
Les: pas de vorm aan de klacht aan.
Bewijs: praktijkkennis.
Voetnoot 2: cliënt bekend bij {{o:GGz Centraal}} onder cliëntnummer [[z:GC-004417-82]].
=====
Titel: Ouderen en fraude – de nepbankmedewerker
Thema's: ouderen, financiële uitbuiting, veiligheid
Wijk: {{w:Haagse Hout}}
Situatie: Een vrouw van 84 werd gebeld door een ‘bankmedewerker’ en gaf haar pinpas af aan een koerier. Haar spaargeld (ruim € 11.000) was binnen een dag weg. Ze schaamde zich en vertelde het pas na een week aan haar nicht.
Aanpak: Aangifte met de {{r:wijkagent}}, {{o:Slachtofferhulp Nederland}}, en via de {{r:ouderenconsulent}} een voorlichting ‘Wees alert op babbeltrucs’ in het complex.
Wat werkte: de voorlichting door een andere oudere die hetzelfde had meegemaakt.
Wat niet werkte: een flyer van de bank.
Resultaat: de bank vergoedde een deel; mevrouw is lid geworden van een telefooncirkel.
Les: schaamte is de grootste drempel – normaliseer het.
Bewijs: praktijkkennis.
Opmerking reviewer: in de situatieschets stond ‘mevrouw [[p:De Lange]], [[a:Van Hogenhoucklaan 91]]’ – bij publicatie vervangen door ‘een vrouw van 84’.
=====
Casusles Zwolle – {{w:Dieze-Oost}}
Titel: Een jongen met een enkelband en een wijkteam

Thema's: jeugd, justitie
Situatie: Een jongen van 17 kreeg na een straatroof een enkelband en een taakstraf (uitspraak [[d:6 december 2022]]). Hij mocht ’s avonds niet naar buiten en verveelde zich. Moeder werkte in de nachtdienst.
Aanpak: De {{r:jeugdreclasseerder}} van {{o:Leger des Heils Jeugdbescherming & Reclassering}} en het wijkteam zochten een werkervaringsplek in een fietsenwerkplaats.
Wat werkte: een plek vlak bij huis, binnen de toegestane straal.
Wat niet werkte: de taakstraf bij een instelling aan de andere kant van de stad.
Resultaat: geen recidive in een jaar, leerwerkplek bij {{o:Deltion College}}.
Les: maak de straf zinvol en dichtbij.
Bewijs: praktijkkennis.
=====
Titel: Huisbezoek met een tolk – wat we leerden
Thema's: taal, toegang, statushouders
Wijk: {{w:Laak}}
Situatie: Bij een Syrisch gezin werd jarenlang vertaald door de dochter van 12. Zij hoorde daardoor ook alles over de schulden en over de psychische klachten van haar vader.
Aanpak: Het SWT besloot nooit meer kinderen te laten tolken en gebruikt sindsdien professionele tolken via {{o:GLOBALTALK}}. In een WhatsApp-groep van het gezin (die de vader met het team deelde) schreef de dochter: ‘Papa wil niet meer dat ik mee ga. Vraag maar aan oom [[p:Khaled]], [[t:+31 6 4418 7320]].’
Wat werkte: de oom als tussenpersoon voor de eerste afspraak.
Wat niet werkte: telefonische tolken bij het eerste gesprek; te onpersoonlijk.
Resultaat: het meisje is ontlast; de vader heeft een intake bij {{o:i-psy}}.
Les: laat nooit kinderen tolken, ook niet ‘even snel’.
Bewijs: praktijkkennis; richtlijn {{o:Pharos}}.
=====
Casusles Groningen – {{w:Lewenborg}}
Titel: Een vrouw, twee huizen, nul overzicht

Thema's: wonen, GGZ, schulden
Situatie: Een vrouw van 51 had na een scheiding een huurwoning en nog een hypotheek op het oude huis. Ze betaalde beide niet meer. De bank dreigde met executieveiling.
Aanpak: De {{r:WIJ-werker}} schakelde een {{r:sociaal raadslid}} en een {{r:schuldhulpverlener}} van de {{o:Gemeentelijke Kredietbank Groningen}} in; de ex-partner werd via een advocaat aangesproken.
Wat werkte: eerst het grootste risico (de restschuld) aanpakken.
Wat niet werkte: een brief aan de ex-partner zonder juridische onderbouwing.
Resultaat: huis verkocht met een kleine restschuld, die in een regeling is opgenomen.
Les: vraag na elke scheiding naar het oude huis.
Bewijs: praktijkkennis.
[1] Zaak bij de rechtbank Noord-Nederland, rolnummer [[z:C/18/221873 / KG ZA 23-114]].
=====
Titel: Respijtzorg voor een moeder van een zoon met een ernstige meervoudige beperking
Thema's: mantelzorg, jeugd/18+, gehandicaptenzorg
Wijk: {{w:Wateringse Veld}}
Situatie: Een moeder (46) zorgde 24/7 voor haar zoon van 19 met een ernstige meervoudige beperking. De vader had het gezin verlaten. Moeder had in vier jaar geen vakantie gehad.
Aanpak: Via het zorgkantoor en de {{o:Wlz}} een logeerregeling bij {{o:Ipse de Bruggen}}; via het SWT een vrijwilliger van {{o:Handje Helpen}} voor de zaterdag.
Wat werkte: de vrijwilliger was zelf verpleegkundige geweest.
Wat niet werkte: de eerste logeerplek was 40 km verderop.
Resultaat: moeder heeft één weekend per maand vrij.
Les: vraag naar de laatste vakantie.
Bewijs: praktijkkennis.
Ingediend door: [[p:Esra Yıldırım]], {{r:maatschappelijk werker}} SWT {{w:Wateringse Veld}}, [[e:e.yildirim@wijkteamdenhaag.nl]].
=====
Casusles Maastricht – {{w:Limmel}}
Titel: ‘De [[p:Generaal]]’ van het plein

Thema's: bemoeizorg, verslaving
Situatie: Een man van 58, in de buurt bekend als ‘de [[p:Generaal]]’, zat dagelijks met een groep op het plein te drinken. Bewoners klaagden; hij werd twee keer beboet.
Aanpak: Het {{o:Sociaal Wijkteam Maastricht}} en {{o:Mondriaan}} boden een ‘huiskamer’ in het gemeenschapshuis met gecontroleerd gebruik en een maaltijd.
Wat werkte: de man werd ‘gastheer’ van de huiskamer.
Wat niet werkte: het alcoholverbod op het plein alleen; de groep verplaatste zich.
Resultaat: minder overlast, twee mannen in behandeling.
Les: zoek de informele leider.
Bewijs: praktijkkennis.
=====
Titel: Dakloos na detentie – de overgang van PI naar wijk
Thema's: nazorg ex-gedetineerden, wonen
Wijk: {{w:Transvaal}}
Situatie: Een man van 29 kwam na 14 maanden uit de {{o:PI Haaglanden}}. Hij had geen ID, geen woning en geen uitkering. Zijn moeder woonde op de [[a:Paul Krugerlaan 154]] en wilde hem ‘een paar weken’ opvangen.
Aanpak: De {{r:casemanager nazorg}} van de gemeente (via het {{o:Zorg- en Veiligheidshuis}}) regelde vóór vrijlating een ID-aanvraag en een uitkeringsaanvraag. Het SWT zocht een kamer via {{o:Kamers met Kansen}}.
Wat werkte: de vijf basisvoorwaarden (ID, onderdak, inkomen, schulden, zorg) vóór de dag van vrijlating.
Wat niet werkte: de afspraak bij het Servicepunt op de dag van vrijlating zelf.
Resultaat: na zes weken een kamer, na vier maanden werk bij een schoonmaakbedrijf.
Les: begin met nazorg in de laatste drie maanden van detentie.
Bewijs: {{o:Kamers met Kansen}} – goed beschreven.
=====
Casusles Utrecht – {{w:Kanaleneiland}}
Titel: Een buurtmoeder en een meisje dat niet meer naar school ging

Thema's: jeugd, schoolverzuim
Situatie: Een meisje van 13 ging al drie maanden niet naar school. De {{r:leerplichtambtenaar}} had geen contact met de moeder. Een buurtmoeder kende het gezin en bood aan te helpen.
Aanpak: De buurtmoeder nam de moeder mee naar school; het buurtteam regelde met de {{r:zorgcoördinator}} van het {{o:Cals College}} een aangepast rooster. [[p:Ilham]] (13) mocht de eerste weken alleen de ochtenden komen.
Wat werkte: de buurtmoeder, niet de leerplicht, deed het eerste gesprek.
Wat niet werkte: de officiële oproep van leerplicht.
Resultaat: volledig rooster na acht weken.
Les: zet informele contacten in vóór formele stappen.
Bewijs: praktijkkennis.
=====
Titel: Mensen met een gokverslaving in de schuldhulp
Thema's: schulden, verslaving
Wijk: {{w:Escamp}}
Situatie: Een man van 38 had € 27.000 schulden door online gokken. In de intake bij de schuldhulp kwam het gokken niet ter sprake; hij vertelde het pas toen de regeling al liep.
Aanpak: Het SWT en {{o:Brijder}} ontwikkelden samen drie vragen voor de intake; gokken staat nu standaard op het formulier.
Wat werkte: de vraag ‘heeft u in het afgelopen jaar gegokt, ook online?’.
Wat niet werkte: een algemene vraag naar ‘verslaving’.
Resultaat: in een half jaar werden 11 cliënten met een gokprobleem eerder herkend.
Les: vraag specifiek.
Bewijs: praktijkkennis.
Contact voor het intakeformulier: [[p:R. Pattiasina]], {{r:schuldhulpverlener}}, [[t:070 - 353 82 17]] (direct).
=====
Casusles Rotterdam – {{w:Afrikaanderwijk}}
Titel: Ramadan en de medicatie

Thema's: gezondheid, cultuur, ouderen
Situatie: Een man van 67 met diabetes (meneer [[p:Bakkali]]) vastte tijdens de ramadan en nam zijn insuline niet. Hij belandde in het ziekenhuis.
Aanpak: Het wijkteam werkte samen met de {{r:diabetesverpleegkundige}}, de moskee en {{o:Gezondheidscentrum Afrikaanderwijk}} aan voorlichting vóór de ramadan.
Wat werkte: de imam legde uit dat zieken niet hoeven te vasten.
Wat niet werkte: de folder van de zorgverzekeraar.
Resultaat: geen opnames in de volgende ramadan bij de deelnemers.
Les: religieuze sleutelfiguren zijn partners in gezondheid.
Bewijs: praktijkkennis.
=====
Titel: Een buurman meldt, het team luistert
Thema's: vroegsignalering, ouderen
Wijk: {{w:Bohemen}}
Situatie: Een buurman mailde het SWT: ‘Mijn buurvrouw, mw. [[p:Prins]], doet al dagen niet open, de gordijnen zijn dicht en haar kat zit steeds buiten. Ze woont op [[a:Meer en Boslaan 212]], [[pc:2554 CE]]. Ik ben bereikbaar op [[t:06 12 80 44 63]].’
Aanpak: Binnen een uur ging de {{r:wijkverpleegkundige}} langs, samen met de {{r:wijkagent}}. Mevrouw lag gevallen in de badkamer.
Wat werkte: de snelle reactie op een melding van een buur.
Wat niet werkte: de alarmknop; mevrouw droeg die niet.
Resultaat: mevrouw herstelde, kreeg een valdetectie-armband en dagelijks een belletje.
Les: neem meldingen van buren altijd serieus.
Bewijs: praktijkkennis.
=====
Casusles Almere – {{w:Literatuurwijk}}
Titel: De keukentafel op afstand

Thema's: mantelzorg op afstand
Situatie: Een dochter in Groningen, [[p:Marjan Blom]], zorgde op afstand voor haar vader (85) in Almere. Ze reed elk weekend heen en weer en belde elke avond.
Aanpak: {{o:De Schoor}} regelde een {{r:mantelzorgmakelaar}} die de regeldingen overnam; videobellen met de {{r:wijkverpleegkundige}} eens per week.
Wat werkte: de mantelzorgmakelaar als ‘tweede dochter’.
Wat niet werkte: de eerste poging met een gedeelde online agenda.
Resultaat: minder reizen, meer rust.
Les: mantelzorg op afstand vraagt eigen oplossingen.
Bewijs: praktijkkennis.
=====
Titel: Valpreventie en vertrouwen
Thema's: ouderen, gezondheid
Wijk: {{w:Kraayenstein}}
Situatie: Een vrouw van 79 viel drie keer in een half jaar. Ze wilde geen rollator: ‘dan ben ik oud.’
Aanpak: De {{r:fysiotherapeut}} ([[p:Ilona Smit]]) en de {{r:ouderenconsulent}} boden {{o:In Balans}} aan, een valpreventieprogramma in een groep in het buurthuis.
Wat werkte: de groep; andere vrouwen met een rollator die ‘gewoon gingen dansen’.
Wat niet werkte: het advies van de huisarts alleen.
Resultaat: geen nieuwe valpartijen in negen maanden.
Les: groepsdruk kan ook positief werken.
Bewijs: {{o:In Balans}} – effectief volgens goede aanwijzingen (RIVM-databank).
""")
# ---------------------------------------------------------------------------
# 6. Lessons written as running prose (blog-like, interviews, 'in het kort')
# ---------------------------------------------------------------------------
add(r"""
Casusles in het kort – {{w:Spoorwijk}}

Toen de {{r:wijkverpleegkundige}} voor het eerst aanbelde bij de vrouw van 67, deed ze niet open. Ze had diabetes type 2, een wond aan haar voet die niet genas, en al maanden geen huisarts gezien. De tweede keer kwam de verpleegkundige met de {{r:buurtconciërge}}, [[p:Ruud]], die mevrouw kende van de binnentuin. Die keer ging de deur wel open. Het bleek dat mevrouw haar eigen risico niet kon betalen en daarom alle zorg afhield. Met het {{o:Haags Ondersteuningsfonds}} werd het eigen risico betaald, met de {{o:Wmo}} werd een wasdienst geregeld. Wat we leerden: zorgmijding is vaak geldmijding. Vraag naar het eigen risico. Bewijsniveau: praktijkkennis; aanpak past bij {{o:Positieve Gezondheid}}.
=====
Wat we leerden van een jaar Housing First in {{w:Moerwijk}}

Twaalf mensen kregen in 2023 een woning zonder eerst ‘woonrijp’ te hoeven zijn. Tien van hen wonen er nog. Twee zijn vertrokken: één naar een verpleeghuis, één terug naar de straat. De belangrijkste les: de begeleiding moet intensief zijn in de eerste drie maanden (minimaal drie contacten per week) en daarna mag hij schalen. De corporaties ({{o:Staedion}}, {{o:Vestia}} – nu {{o:Haag Wonen}} en {{o:Woonzorg Nederland}}) waren eerst huiverig, maar na een half jaar vroegen ze om meer plekken. Buren werden vooraf niet geïnformeerd; dat bleek goed te gaan, op één uitzondering na. Bewijs: {{o:Housing First}} – effectief volgens goede aanwijzingen.
=====
‘Ze had een hekel aan hulpverleners, maar niet aan mij’
Een interview met een {{r:ervaringsdeskundige}} uit het SWT {{w:Laak}}, opgetekend voor de bibliotheek.

‘Ik heb zelf op straat geleefd, in de jaren negentig. Als ik binnenkom, zie ik meteen of iemand slaapt of niet slaapt, of er gedronken wordt. Bij deze vrouw – ze was 52 en zat al twee jaar zonder stroom – heb ik de eerste keer alleen gezegd dat ik ook een tijd zonder licht heb geleefd. Ze begon te huilen. Daarna hebben we samen de brief van de energiemaatschappij gelezen. Mijn collega [[p:Wendy]] van het SWT regelde de noodaansluiting. Ik ben daarna nog een half jaar elke week geweest.’
Les: ervaringskennis opent deuren. Bewijs: praktijkkennis; de inzet van ervaringsdeskundigen is beschreven door {{o:Movisie}}.
=====
Casusles {{w:Overvecht}} (Utrecht) – verteld door de {{r:buurtteammedewerker}}

Ik kreeg de aanmelding via huisarts [[p:Verhoeven]]: een man van 45, alleenstaand, ‘somber en vervuild’. Toen ik binnenkwam zag ik vooral veel boeken. Hij had filosofie gestudeerd, was in 2009 zijn baan als docent kwijtgeraakt en had daarna nooit meer gewerkt. We hebben het eerst over Spinoza gehad, pas na een maand over zijn huis. Via {{o:Lister}} kreeg hij begeleiding en via het {{o:Herstelcollege}} een cursus ‘herstellen doe je zelf’. Nu geeft hij daar zelf les.
Wat werkte: aansluiten bij wie hij was. Wat niet: het eerste hulpverleningsplan met zes doelen.
Bewijs: {{o:Herstelcollege}} – goed beschreven; {{o:WRAP}} – goed onderbouwd.
=====
Casusles Zwolle, {{w:Holtenbroek}}: de ‘keukentafel’ was een boot

Een gezin woonde op een woonboot in de haven (ligplaats [[a:Thorbeckegracht 41]]). Vader, moeder en drie kinderen. Er was geen vast adres in de BRP, waardoor toeslagen werden stopgezet. Het wijkteam ontdekte dat een ligplaats als woonadres kan worden ingeschreven. Met de gemeente werd het adres hersteld en de toeslagen werden met terugwerkende kracht uitbetaald: € 3.870. Les voor andere teams: ‘geen adres’ bestaat niet altijd; zoek uit wat er wél kan. Bewijs: praktijkkennis.
=====
Casusles Den Haag, {{w:Scheveningen}} – een visser, een vrouw en een huis te groot

Hij was 81, zij ([[p:Aagje]]) 79. Ze woonden al 54 jaar in hetzelfde huis met vier slaapkamers. Toen zij dementie kreeg, kon hij de trap niet meer op met haar. De kinderen wilden dat ze naar een appartement gingen; hij wilde ‘hier doodgaan’. Het SWT en de {{r:casemanager dementie}} zochten naar tussenvormen: een bed beneden, een traplift en een {{o:Odensehuis}} voor haar, een maatje van de {{o:Zonnebloem}} voor hem. Pas na een jaar besloten ze zelf te verhuizen naar een seniorenwoning van {{o:Haag Wonen}}, twee straten verder. Les: geef mensen de tijd om zelf te besluiten. Bewijs: praktijkkennis.
=====
Casusles Maastricht, {{w:Mariaberg}}

Het begon met een melding van de school: een jongen van 9 kwam vaak met honger en vieze kleren. Moeder bleek een depressie te hebben na het verlies van een kind. Het {{o:Sociaal Wijkteam Maastricht}} schakelde {{o:Mondriaan}} in en, belangrijker, de oma die in België woonde. De jongen – [[p:Luuk]], groep 6 van {{o:basisschool Sint Pieter}} – ging de woensdagen bij oma logeren. Moeder kreeg behandeling en een gezinscoach. Les: zoek familie over de grens. Bewijs: praktijkkennis.
=====
Wat een ‘gewone’ wijk ons leerde – {{w:Duinoord}}
In een wijk met veel koopwoningen en hoge inkomens komt het SWT zelden. Toch meldde de {{r:huisarts}} een man van 58, [[p:J.P. Zomer]], ondernemer, die na een faillissement alles kwijt was. Hij woonde nog in zijn dure huis, maar had geen geld voor eten. Schaamte hield hem binnen. Het SWT ging langs ‘met een kop koffie’, niet met formulieren. Hij vroeg bijstand aan (Bbz) en kreeg een schuldregeling. Les: armoede zit ook achter mooie gevels. Bewijs: praktijkkennis.
=====
Casusles Rotterdam, {{w:Oud-Charlois}}

‘Mama is niet ziek, mama is moe.’ Dat zei een meisje van 8 tegen de {{r:schoolmaatschappelijk werker}}. Moeder had MS en het gezin had geen hulp. Het {{o:wijkteam Charlois}} regelde via de {{o:Wmo}} huishoudelijke hulp en via {{o:Aafje}} thuiszorg. Het meisje ging naar een groep voor jonge mantelzorgers bij {{o:Stichting MantelzorgNL}}. In een brief aan haar juf, die het team met toestemming mocht lezen, stond: ‘Ik heb nu tijd om met [[p:Fenna]] te spelen.’ Les: kinderen vertellen het soms aan school, niet thuis. Bewijs: praktijkkennis.
=====
Casusles Groningen, {{w:Korrewegwijk}} – over een buurtbus

Een man van 74 met COPD kwam niet meer naar de dagbesteding: de taxi kwam steeds te laat en hij werd ongerust. Een vrijwillige buurtbus van {{o:WIJ Groningen}} nam de rit over, met een chauffeur ([[p:Klaas]]) die hij kende van de kerk. Nu gaat hij weer vier dagen per week. Les: vervoer is vaak de echte drempel. Bewijs: praktijkkennis.
=====
Casusles Eindhoven, {{w:Tongelre}}: de ‘Fair Play’-aanpak bij een buurconflict

Twee buren lagen al vier jaar met elkaar overhoop: geluid, een hond en een schutting. Er waren 26 meldingen bij de politie. Het wijkteam zette {{o:Buurtbemiddeling}} in. In het eerste gesprek zei de ene buurman: ‘ik wil alleen dat [[p:Harrie]] groet.’ Na drie gesprekken was er een afspraak op papier. Bewijs: {{o:Buurtbemiddeling}} – effectief volgens eerste aanwijzingen ({{o:CCV}}).
=====
Casusles Almere – {{w:Danswijk}}

Een Surinaamse oma (69) zorgde voor haar drie kleinkinderen omdat haar dochter [[p:Chantal]] in detentie zat. Ze had geen gezag en kon dus niets regelen op school of bij de huisarts. Het wijkteam schakelde de {{o:Raad voor de Kinderbescherming}} in voor een voogdijregeling en regelde een pleegzorgvergoeding via {{o:Vitree}}. Les: netwerkpleegzorg moet juridisch geregeld worden. Bewijs: praktijkkennis.
=====
Casusles in vijf zinnen – {{w:Bezuidenhout}}
Een student van 22 met een eetstoornis meldde zich met huurachterstand. Ze studeerde aan de {{o:Haagse Hogeschool}} (studentnummer [[z:21087456]]) en had geen contact meer met haar ouders. Het SWT regelde een afspraak bij de {{o:studentendecaan}} en bij {{o:Parnassia}}. Zij kreeg een afstudeerregeling en een tijdelijke huurverlaging. Les: studenten vallen vaak tussen wal en schip; betrek de opleiding.
=====
Van de redactie: waarom we geen namen noemen
Een lezer vroeg waarom er in de lessen nooit namen staan, ook niet van collega's. Het antwoord: ook de naam van een {{r:wijkverpleegkundige}} in een kleine wijk kan iemand herkenbaar maken. Daarom schrijven we rollen (‘de {{r:casusregisseur}}’, ‘de {{r:MEE-consulent}}’), leeftijden in hele jaren en geen exacte data. Wie vragen heeft, kan via het algemene nummer van het platform, 14 070, of via het contactformulier de auteur bereiken.
=====
Casusles {{w:Segbroek}}: voedsel en fierheid

Een gepensioneerde leraar van 70, voor een generatie kinderen uit de wijk meester [[p:Vogel]], at al weken alleen brood. Zijn pensioen ging op aan de hypotheek en de kosten van zijn vrouw in het verpleeghuis. Naar de {{o:Voedselbank}} wilde hij niet: ‘dan ben ik er één van.’ Het SWT vond een oplossing via de eigen bijdrage {{o:Wlz}} (die bleek te hoog berekend) en via een {{o:Sociale Kruidenier}}, waar hij zelf mocht kiezen. Les: waardigheid is een voorwaarde voor hulp. Bewijs: praktijkkennis.
=====
Verslag terugkomdag – wat de teams zeiden over de casuslessen
[[p:Hanneke Jonker]] uit Zwolle: ‘Ik gebruik de les over de supermarkt nu in elke teamvergadering.’ Een {{r:casusregisseur}} uit {{w:Escamp}}: ‘Ik mis lessen over mannen van middelbare leeftijd.’ Een {{r:WIJ-werker}} uit Groningen wees erop dat in twee lessen nog een voornaam van een kind stond; de redactie heeft dat nagelopen. De volgende terugkomdag is in het najaar, in de Raadzaal van het stadhuis aan het Spui.
""")
# ---------------------------------------------------------------------------
# 7. Mixed: long lessons with several slips, footnote blocks, short fragments,
#    texts full of look-alikes, and texts without personal data
# ---------------------------------------------------------------------------
add(r"""
Titel: Wonen boven de winkel – overbewoning en uitbuiting
Thema's: arbeidsmigratie · wonen · veiligheid
Wijk: {{w:Laakkwartier}}
Wijkprofiel: smalle straten, veel bedrijfsruimtes met bovenwoningen, 38% van de woningen particulier verhuurd; de gemeente telde in 2022 ruim 140 adressen met vermoedelijke overbewoning.
Doelgroep: Bulgaarse en Roemeense arbeidsmigranten in kamerverhuur
Situatie: Bij een controle van het {{o:Team Woonoverlast}} bleken negen mannen in drie kamers te wonen, boven een belwinkel aan de [[a:Herman Costerstraat 82-A]]. Eén van hen, [[p:Georgi]] (41), had een open wond aan zijn hand en geen zorgverzekering. De verhuurder inde € 450 per bed per maand, contant.
Aanpak: Het SWT regelde via de {{o:GGD Haaglanden}} en de {{o:Straatdokter}} directe zorg; {{o:Fairwork}} sprak met de mannen over hun rechten; de {{o:Arbeidsinspectie}} startte een onderzoek naar het uitzendbureau.
Wat werkte: een Bulgaarstalige vrijwilliger van {{o:Barka}} die ’s avonds langskwam.
Wat niet werkte: de eerste controle overdag; de mannen waren aan het werk.
Resultaat: vijf mannen kregen een andere plek; de verhuurder kreeg een last onder dwangsom.
Les: plan controles op het moment dat bewoners thuis zijn en neem hulp mee, niet alleen handhaving.
Bewijs: praktijkkennis.
=====
[versie 1 – niet gepubliceerd, teruggestuurd door de reviewer]
Titel: Oma, de kleinkinderen en de rechtszaak
Wijk: {{w:Transvaal}}
Situatie: Mevrouw [[p:Roshni Kalloe]] (62), wonend [[a:Kempstraat 41]], [[pc:2572 GC]] Den Haag, zorgde voor de twee kinderen van haar dochter [[p:Sharda]]. De vader, [[p:Rishi Jhinkoe]], eiste de kinderen op. Zitting familiekamer op [[d:8 januari 2024]], zaaknummer [[z:C/09/651203 / FA RK 23-7712]]. De oudste, [[p:Aarav]], zit in groep 5 van {{o:De Haagse Kinderschool}}.
Aanpak: {{o:Eigen Kracht-conferentie}}, begeleiding door het {{o:CJG}}.
Opmerking reviewer: ‘Alle namen, het adres, de zittingsdatum, het zaaknummer en de school met de naam van het kind eruit. Graag herschrijven.’
=====
[versie 2 – gepubliceerd]
Titel: Oma, de kleinkinderen en de rechtszaak
Wijk: {{w:Transvaal}}
Situatie: Een grootmoeder van 62 zorgde voor de twee kinderen van haar dochter. De vader eiste de kinderen op; de familierechter moest beslissen. De oudste zit op een basisschool in de wijk.
Aanpak: Een {{o:Eigen Kracht-conferentie}} bracht beide families bij elkaar; het {{o:CJG}} begeleidde. Het familiegroepsplan werd door de rechter overgenomen.
Wat werkte: de kinderen een stem geven via een vertrouwenspersoon.
Wat niet werkte: twee advocaten die elkaar per brief bestookten.
Resultaat: de kinderen blijven bij oma; omgang met vader twee weekenden per maand.
Les: een familiegroepsplan kan een rechtszaak verzachten.
Bewijs: {{o:Eigen Kracht-conferentie}} – effectief volgens eerste aanwijzingen.
=====
Voetnoten bij casusles 31
¹ Gemeente Den Haag, Beleidsregels Wmo 2023, artikel 4.2.
² {{o:Movisie}} (2021). Databank Effectieve Sociale Interventies, beschrijving Vroeg Eropaf.
³ Intern dossier SWT {{w:Escamp}}, nr. [[z:ESC-2023-00871]].
⁴ CBS Statline, Kerncijfers wijken en buurten 2022.
=====
Voetnoten
[1] NJi, Databank Effectieve Jeugdinterventies: Signs of Safety (2020).
[2] Zie ook de les ‘Een gezin, vijf hulpverleners’ ({{w:Morgenstond}}).
[3] Gesprek met de {{r:jeugdbeschermer}}, januari 2024.
=====
Uit de reacties onder de les:
[[p:Karin Mulder]] (wijkteam Zwolle): Herkenbaar! Bij ons in {{w:Holtenbroek}} werkt dit ook. Mail me gerust, [[e:k.mulder@swzwolle.nl]].
{{r:Redactie}}: Dank, [[p:Karin]]. We hebben je mailadres laten staan omdat je dat zelf plaatste.
=====
Reactie van een lezer: ‘Wij gebruiken in {{w:Kanaleneiland}} de {{o:Triadekaart}} ook, maar dan bij jongeren. Werkt prima. Wel opletten dat je de ouders vooraf uitlegt wat ermee gebeurt.’ – {{r:buurtteammedewerker}}, Utrecht
=====
Let op: deze les bevat geen persoonsgegevens. Alle leeftijden zijn afgerond, de wijk is genoemd met toestemming van het team, en de interventie ({{o:Wraparound Care}}) is openbaar beschreven.
=====
Bewijsniveau: geen erkende interventie. Wel gebaseerd op {{o:Motiverende gespreksvoering}} (effectief volgens sterke aanwijzingen, Trimbos) en {{o:Oplossingsgericht werken}} (goed onderbouwd).
=====
Kosten en baten (schatting)
– inzet SWT: 46 uur à € 78 = € 3.588
– {{o:Eigen Kracht-conferentie}}: € 2.100 (vaste prijs)
– voorkomen ontruiming: besparing geschat op € 8.000 tot € 12.000 (maatschappelijke opvang, herhuisvesting)
– totaal netto: positief na ongeveer 4 maanden
=====
Samenvatting voor de nieuwsbrief
Deze maand drie nieuwe lessen: over valpreventie in {{w:Kraayenstein}} ({{o:In Balans}}), over gokschulden in {{w:Escamp}}, en over een buurtbus in Groningen. De lessen zijn gereviewd en bevatten geen herleidbare gegevens.
=====
Titel: Huiselijk geweld bij een stel boven de 70
Wijk: {{w:Bouwlust}}
Situatie: Een vrouw van 76 werd al jaren vernederd en soms geslagen door haar man (79). Haar kinderen wisten het, maar zeiden: ‘zo zijn ze altijd geweest.’ De {{r:thuiszorgmedewerker}} van {{o:Florence}}, [[p:Gülsüm]], zag blauwe plekken en meldde het via de meldcode.
Aanpak: {{o:Veilig Thuis Haaglanden}} en het SWT werkten samen volgens {{o:Ouderenmishandeling, de aanpak}}: de man kreeg een diagnose (vasculaire dementie) en dagbesteding; de vrouw kreeg respijt en een praatgroep.
Wat werkte: de dementie als verklaring bood de familie een ingang.
Wat niet werkte: een directe confrontatie met de man.
Resultaat: geen nieuwe incidenten; de kinderen zijn meer betrokken.
Les: kijk bij geweld op hoge leeftijd ook naar cognitieve achteruitgang.
Bewijs: praktijkkennis.
=====
Vraag aan de auteur (onder de les ‘Verslaving en een hond’):
Hoe hebben jullie de corporatie zover gekregen dat de hond mocht blijven? Bij ons ({{o:Woonstad Rotterdam}}) is dat een harde eis.
Antwoord auteur: ‘Via een huurovereenkomst met een aanvullende clausule en een borg van € 500, betaald uit het {{o:Noodfonds}}. De {{r:woonconsulent}} heeft het intern verdedigd.’
=====
Casusles – Zwolle {{w:Holtenbroek}} – bijlage ‘geldtafel’
Openingstijden: dinsdag en donderdag van 9.30 tot 11.30 uur, naast de servicebalie van de supermarkt.
Bemensing: een {{r:sociaal werker}} van het wijkteam en een vrijwilliger van {{o:Humanitas}}.
Bereikbaar via het algemeen nummer van het {{o:Sociaal Wijkteam Zwolle}}: 038 - 498 20 00.
=====
Kader bij de les
Wat is een {{o:Eigen Kracht-conferentie}}? Een familie en haar netwerk maken zelf een plan, onder leiding van een onafhankelijke coördinator. Professionals geven informatie, maar zijn niet bij het besloten deel. De {{o:Eigen Kracht Centrale}} leidt coördinatoren op. Meer informatie: Postbus 1078, 1000 BB Amsterdam, of 0800 - 0222 (gratis).
=====
Wijkprofiel (uit de les over {{w:Woensel-West}})
- 3.600 inwoners, waarvan 22% student
- gemiddeld inkomen 30% onder het Eindhovens gemiddelde
- woningvoorraad: 68% corporatie ({{o:Trudo}}), 24% particulier, 8% koop
- voorzieningen: buurthuis, basisschool, huisartsenpost aan de Edisonstraat
=====
Titel: Moeder en zoon, beide in de schuld
Wijk: {{w:Mariahoeve}}
Situatie: Een moeder (58) en haar zoon (31) woonden samen en hadden elk schulden. De zoon betaalde de huur niet; moeder leende van kennissen om hem te helpen. Zijn bijnaam thuis, ‘[[p:Dikkie]]’, gebruikte de moeder in elk gesprek.
Aanpak: Twee aparte trajecten bij {{o:Schuldhulpverlening Den Haag}} met één {{r:casusregisseur}}; de zoon kreeg een {{r:jobcoach}} via het {{o:Werkgeversservicepunt}}.
Wat werkte: het loskoppelen van de twee geldstromen.
Wat niet werkte: gezamenlijke gesprekken over geld.
Resultaat: beide in een regeling; de zoon werkt in een magazijn.
Les: scheid de financiën van volwassen gezinsleden, ook als ze samenwonen.
Bewijs: praktijkkennis.
=====
Titel: Eenzaamheid onder jongeren – de WhatsApp-groep van het jongerencentrum
Wijk: {{w:Escamp}} ({{w:Zuiderpark}})
Situatie: Na corona zag het jongerenwerk een groep jongeren (17–21) die niets meer deed en niemand meer zag. Een van hen schreef in de groepsapp van het jongerencentrum: ‘ik ben er wel klaar mee, niemand mist me toch. [[p:Dani]]’.
Aanpak: De {{r:jongerenwerker}} belde direct, schakelde de {{o:crisisdienst}} in en bleef de weken daarna dagelijks contact houden. Met {{o:MIND Korrelatie}} kwam er een groepsaanbod.
Wat werkte: snel reageren op een signaal in de app.
Wat niet werkte: de verwijzing naar {{o:113 Zelfmoordpreventie}} alleen; de jongere belde niet zelf.
Resultaat: behandeling gestart; de jongere is nu vrijwilliger bij het centrum.
Les: spreek in het team af wie de groepsapps ’s avonds en in het weekend leest.
Bewijs: praktijkkennis; {{o:113 Zelfmoordpreventie}} – richtlijn.
=====
Titel: Een huis zonder lift, een man met één been
Wijk: {{w:Transvaal}}
Situatie: Na een amputatie kon een man van 66 niet meer naar buiten: hij woonde op drie hoog. De {{o:Wmo}}-aanvraag voor een verhuizing liep al acht maanden.
Aanpak: Het SWT zette een urgentieaanvraag door met medische onderbouwing en vroeg {{o:Haag Wonen}} om voorrang. In de tussentijd droegen vrijwilligers van {{o:Handje Helpen}} hem twee keer per week naar beneden.
Resultaat: verhuizing na elf maanden naar een gelijkvloerse woning in {{w:Rustenburg}}.
Les: vraag urgentie meteen aan, niet pas als de Wmo-route vastloopt.
Bewijs: praktijkkennis.
Contact: {{r:Wmo-adviseur}} [[p:G. Sabajo]], [[t:06-43 19 08 55]].
=====
Titel: Geweld in een Poolse familie – taal als veiligheid
Wijk: {{w:Rivierenbuurt}}
Situatie: Een Poolse vrouw van 35 met twee kinderen belde in paniek naar een collega die Pools sprak. Haar man had haar bedreigd. Ze wist niet wat ‘{{o:Veilig Thuis}}’ was.
Aanpak: De Poolstalige {{r:maatschappelijk werker}} legde uit, {{o:Veilig Thuis Haaglanden}} nam de melding op met een tolk en regelde een plek in de opvang van de {{o:Blijf Groep}}.
Wat werkte: contact in de eigen taal op het moment van crisis.
Wat niet werkte: de folder van Veilig Thuis in het Nederlands.
Resultaat: mevrouw woont nu met de kinderen in een eigen woning; contactverbod voor de man.
Les: zorg voor een lijst met collega's die andere talen spreken.
Bewijs: praktijkkennis.
Citaat uit een sms van de zus, met toestemming opgenomen: ‘Proszę, help haar. Ik ben [[p:Dorota]], bel me: [[t:+48 601 442 918]].’
=====
Titel: Mantelzorgwoning in de tuin
Wijk: {{w:Wateringse Veld}}
Situatie: Een dochter wilde haar moeder met Parkinson (80) in een mantelzorgwoning in haar tuin ([[a:Laan van Wateringse Veld 1022]]) laten wonen. De gemeente stelde vergunningsvragen.
Aanpak: Het SWT hielp met de vergunning (vergunningvrij onder voorwaarden, art. 2 bijlage II Besluit omgevingsrecht) en met een Wmo-aanvraag voor aanpassingen.
Resultaat: moeder woont sinds het najaar in de tuin; de dochter kan blijven werken.
Les: ken de regels rond mantelzorgwoningen; het scheelt maanden.
Bewijs: praktijkkennis.
=====
Titel: Na 30 jaar binnen – een Antilliaanse man en zijn moeder
Wijk: {{w:Morgenstond}}
Situatie: Een man van 52 woonde al zijn hele leven bij zijn moeder (84). Hij kwam nauwelijks buiten en deed alle zorg. Toen moeder werd opgenomen, stortte hij in. De {{r:huisarts}} meldde: ‘[[p:Ridley]] eet niet en neemt de telefoon niet op.’
Aanpak: De {{r:ervaringsdeskundige}} en de {{r:maatschappelijk werker}} gingen samen langs; er kwam een maatje van de {{o:Antilliaanse Vereniging}} en later dagbesteding.
Resultaat: meneer bezoekt zijn moeder drie keer per week en gaat twee dagen naar de dagbesteding.
Les: kijk bij elke opname ook naar wie er thuis achterblijft.
Bewijs: praktijkkennis.
=====
In deze les zijn alle cijfers afgerond: een schuld van ‘ongeveer € 20.000’, een leeftijd van ‘rond de 40’, een looptijd van ‘ruim een jaar’. Zo blijft de les bruikbaar en niet herleidbaar.
=====
Titel: Van de Voedselbank naar een baan
Wijk: {{w:Schilderswijk}}
Situatie: Een alleenstaande moeder (29) kwam al twee jaar bij de {{o:Voedselbank}}. Ze wilde werken maar had geen diploma. Haar dochter [[p:Aaliyah]] (6) zit op {{o:basisschool De Jonge Wereld}}.
Aanpak: Via {{o:Stichting Wijkz}} volgde ze een opleiding tot {{r:gastvrouw}}; het SWT regelde kinderopvang via de {{o:SMI}}-regeling.
Resultaat: sinds een half jaar werk, 24 uur per week; geen Voedselbank meer.
Les: een baan is de beste armoedebestrijding, als de kinderopvang geregeld is.
Bewijs: praktijkkennis.
=====
Titel: Kinderen van ouders met psychische problemen (KOPP)
Wijk: {{w:Regentessekwartier}}
Situatie: Een jongen van 10 ([[p:Thijmen]], groep 7 van de {{o:Haagsche Schoolvereeniging}}) zorgde voor zijn vader met een bipolaire stoornis. Op school was hij ‘altijd moe’.
Aanpak: De {{r:intern begeleider}} meldde hem aan voor een {{o:KOPP}}-groep van {{o:Parnassia}}; het SWT hielp vader met de administratie.
Resultaat: de jongen zegt: ‘ik weet nu dat het niet mijn schuld is.’
Les: KOPP-kinderen zijn vaak stille kinderen; vraag ernaar bij elke ouder in behandeling.
Bewijs: {{o:KOPP-groepen}} – goed onderbouwd.
=====
Kern van de les in één zin: ‘Niet de cliënt is moeilijk bereikbaar, maar wij zijn het.’ (uitspraak van een {{r:casusregisseur}} in {{w:Moerwijk}}, 2023)
=====
Titel: Buurtconciërge als oog en oor
Wijk: {{w:Bouwlust}}
Situatie: In een flat met 120 woningen kende de {{r:buurtconciërge}} iedereen. Hij zag dat een oudere man op [[a:Twentestraat 306]] al dagen zijn brievenbus niet leegde.
Aanpak: Hij belde het SWT; binnen twee uur was er iemand. Meneer was gevallen.
Les: investeer in de mensen die er altijd zijn: conciërges, huismeesters, postbodes.
Bewijs: praktijkkennis.
=====
Casusles Utrecht {{w:Zuilen}}: bijlage ‘afspraken met de verhuurder’
De verhuurder heeft toegezegd: geen ontruiming zolang de regeling loopt; maandelijks overleg met het buurtteam; bereikbaar via het algemene nummer van {{o:Mitros}}, 030 - 280 55 55. Opgesteld door {{r:buurtteammedewerker}} [[p:Anouk Brouwer]].
=====
Titel: De tandarts als ingang
Wijk: {{w:Moerwijk}}
Situatie: Een man van 44 kwam bij de spoedtandarts met ernstige kiespijn. Hij had in zes jaar geen tandarts gezien: ‘te duur’. De {{r:tandarts}} ([[p:L. Faber]]) vroeg door en hoorde over schulden en een scheiding.
Aanpak: Met een warme overdracht (‘ik loop met u mee naar het Servicepunt’) kwam hij bij het SWT. Het {{o:Haags Ondersteuningsfonds}} betaalde de behandeling.
Les: ook zorgverleners buiten het sociaal domein kunnen de deur openen.
Bewijs: praktijkkennis.
=====
Titel: Taalbarrière en dementie in een Marokkaans gezin
Wijk: {{w:Schilderswijk}}
Situatie: Een vader (78) met dementie sprak alleen Tarifit. De dochters deden de zorg om beurten, maar raakten overbelast. De jongste, [[p:Samira]], vertelde dat ze ‘al een jaar niet meer heeft geslapen’.
Aanpak: Dagbesteding bij een cultuursensitieve groep van {{o:Stichting Yasmin}}, een {{r:casemanager dementie}} met een tolk, en respijtzorg in het weekend.
Resultaat: de dochters hebben een rooster, één weekend per maand vrij.
Les: cultuursensitieve zorg vraagt taal én begrip van familieverhoudingen.
Bewijs: praktijkkennis.
=====
Titel: Een Eigen Kracht-conferentie die mislukte – en wat we ervan leerden
Wijk: {{w:Laak}}
Situatie: In een gezin met schulden en opvoedproblemen organiseerden we een {{o:Eigen Kracht-conferentie}}. Niemand van de familie kwam opdagen op [[d:zaterdag 11 maart]]; alleen de moeder en twee professionals.
Wat niet werkte: de uitnodiging ging via de moeder, die zich schaamde om haar familie te vragen.
Wat we nu anders doen: de coördinator belt de familieleden zelf, met toestemming van de cliënt.
Les: een mislukte conferentie zegt iets over schaamte, niet over het netwerk.
Bewijs: praktijkkennis.
=====
Titel: Schuldhulp voor mensen zonder DigiD
Wijk: {{w:Centrum}}
Situatie: Veel cliënten konden geen DigiD aanvragen: geen vast adres, geen telefoon, of geen ID. Daardoor liep elke aanvraag vast.
Aanpak: Het SWT en het {{o:Informatiepunt Digitale Overheid}} in de {{o:Bibliotheek Den Haag}} maakten een vaste route: ID-aanvraag, briefadres, DigiD met sms-controle op een prepaid telefoon.
Resultaat: 23 cliënten in een half jaar geholpen; de eerste, [[p:Marcel]], liep al vier jaar zonder ID rond.
Les: digitale toegang is een basisvoorwaarde, geen bijzaak.
Bewijs: praktijkkennis.
=====
Titel: Huurachterstand bij een jonge moeder – het geheim van de oma
Wijk: {{w:Spoorwijk}}
Situatie: Een moeder van 24 met twee kinderen had een huurachterstand. Haar oma betaalde stiekem de huur, tot zij naar een verpleeghuis ging. Het SWT hoorde dit pas toen de corporatie belde. Oma had voor de betalingen een vaste opdracht vanaf haar rekening [[i:NL63RABO3260927170]]; die stopte na haar verhuizing.
Aanpak: Betalingsregeling, toeslagen herberekend, budgetcursus via {{o:Stichting MOOI}}.
Resultaat: achterstand ingelopen.
Les: vraag wie er meebetaalt; informele steun valt vaak plotseling weg.
Bewijs: praktijkkennis.
=====
Titel: BSN-fraude bij een kwetsbare man
Wijk: {{w:Centrum}}
Situatie: Een man van 55 met een LVB bleek slachtoffer van identiteitsfraude: iemand had op zijn naam telefoonabonnementen en leningen afgesloten. Op een kopie van het politierapport die in het teamdossier belandde, stond zijn BSN ([[b:163301074]]).
Aanpak: Aangifte, melding bij het {{o:Centraal Meldpunt Identiteitsfraude}}, en een {{r:bewindvoerder}}.
Resultaat: de meeste schulden zijn kwijtgescholden als fraude.
Les: bij LVB-cliënten met plotselinge schulden: denk aan misbruik.
Bewijs: praktijkkennis.
=====
Titel: Eritrese jongeren en het netwerk van de kerk
Wijk: {{w:Bouwlust}}
Situatie: Drie jongens van 18 tot 20, alleenstaand gekomen, woonden samen. Ze hadden schulden bij de zorgverzekeraar en kwamen nauwelijks op school. De voorganger van hun kerk, abba [[p:Tesfamariam]], belde het SWT.
Aanpak: Een {{r:jongerencoach}} van {{o:VluchtelingenWerk}} en een maatje van de kerk; schuldhulp via {{o:Schuldhulpverlening Den Haag}}.
Resultaat: twee van de drie volgen nu een mbo-opleiding.
Les: religieuze gemeenschappen zijn partners, geen doorgeefluik.
Bewijs: praktijkkennis.
""")
# ---------------------------------------------------------------------------
# 8. Short fragments: one-liners, teasers, quick remarks from reviewers
# ---------------------------------------------------------------------------
add(r"""
Les uit {{w:Vrederust}}: bij een huurachterstand van meer dan 3 maanden altijd samen met de corporatie op huisbezoek.
=====
Tip van de redactie: lees bij deze les ook de factsheet ‘Vroegsignalering schulden’ (versie 2.1, p. 14–17).
=====
NB reviewer: in de alinea ‘Wat werkte’ staat nog ‘buurvrouw [[p:Tineke]]’, graag vervangen door ‘een buurvrouw’.
=====
Bewijsniveau: praktijkkennis (n=1). Vergelijkbare casussen: 3 in Rotterdam, 2 in Almere.
=====
Ingediend door team {{w:Bezuidenhout}}, met medewerking van {{o:Parnassia}} en {{o:Stichting MOOI}}. Toestemmingsverklaring aanwezig, getekend op [[d:14-04-2023]].
=====
Opm. auteur: dhr. [[p:van Dam]] heeft zelf gevraagd om deze les te delen ‘zodat anderen er iets aan hebben’.
=====
Looptijd: 14 mnd. Inzet: 2 u p/w gemiddeld. Kosten: ca. € 4.300 excl. tolk.
=====
Les: een {{r:sleutelfiguur}} is geen tolk en geen hulpverlener – betaal haar ook zo.
=====
Correctie: in de eerste versie stond per abuis het mobiele nummer van de moeder, [[t:0612 559 804]]. Dat is verwijderd op verzoek van het team.
=====
Thema's: ouderen · eenzaamheid · digitale inclusie | Doelgroep: 75+ | Wijk: {{w:Leidschenveen}} | Bewijs: {{o:Digisterker}} – goed beschreven
=====
‘Wat ik andere teams zou zeggen? Begin niet met een formulier.’ – {{r:ouderenconsulent}}, {{w:Loosduinen}}
=====
Deze les is gedeeld met toestemming van de cliënt. Hij wilde graag dat zijn bijnaam, ‘[[p:Sjonnie]]’, erin bleef; de redactie heeft dat na overleg toch niet gedaan in de titel.
=====
Contact over deze les via het algemene nummer van het wijkteam, 14 070, of per post: Postbus 12600, 2500 DJ Den Haag.
=====
Vraag onder de les: ‘Bij welke rechtbank liep de zaak? Wij hebben een vergelijkbare casus.’ Antwoord: ‘Rechtbank Den Haag, sector kanton. De zitting was op [[d:21-03-2024]].’
=====
Les uit {{w:Selwerd}}: wissel niet van werker bij zorgmijders. Nooit.
=====
Bijlage 2: gebruikte vragenlijst ({{o:Zelfredzaamheid-Matrix}}, ZRM), scores bij start en na 6 maanden: financiën 2 → 3, huisvesting 1 → 4, sociaal netwerk 2 → 2.
=====
Overgenomen uit het teamverslag van SWT {{w:Laak}}, week 14: ‘casus [[p:Bogdana]] besproken, zie les over arbeidsmigranten’.
=====
Het Veilig Thuis-advies is altijd bereikbaar via 0800-2000 (gratis, 24/7); voor vragen over de meldcode kan het team ook terecht bij de eigen {{r:aandachtsfunctionaris}}.
""")

# ---------------------------------------------------------------------------
# 9. More complete lessons whose attachments, quotes or sign-offs slipped through
# ---------------------------------------------------------------------------
add(r"""
Casusles Rotterdam – {{w:Feijenoord}} ({{w:Afrikaanderwijk}})
Titel: Noodfonds als brug naar schuldhulp

Thema's: schulden · jeugd
Wijkprofiel: vooroorlogse wijk met veel grote gezinnen, een markt die zes dagen per week draait, relatief veel eigenaar-bewoners met een laag inkomen.
Doelgroep: gezinnen met kinderen en een acute betalingsachterstand
Situatie: Een gezin met vijf kinderen dreigde afgesloten te worden van water en energie. De {{r:wijkteammedewerker}} vroeg een bijdrage bij het {{o:Noodfonds Rotterdam}}. In het aanvraagformulier, dat als bijlage bij de les was gevoegd, stond het rekeningnummer van de vader: [[i:NL12INGB0773957954]].
Aanpak: Noodfonds voor de acute nood (€ 1.450), daarna aanmelding bij de {{o:Kredietbank Rotterdam}}; kinderen via {{o:Stichting Leergeld}} op zwemles gehouden.
Wat werkte: het noodfonds binnen 48 uur.
Wat niet werkte: de eerste aanvraag ging verloren in de mail.
Resultaat: geen afsluiting, schuldregeling gestart.
Les: een noodfonds koopt tijd – gebruik die tijd voor het echte plan.
Bewijs: praktijkkennis.
=====
Titel: Een statushouder zonder BSN-koppeling
Wijk: {{w:Laakkwartier}}
Situatie: Bij een Syrische vrouw van 44 was haar BSN in de BRP gekoppeld aan een verkeerde geboortedatum. Daardoor liepen de zorgtoeslag en de zorgverzekering vast. In de les stond nog een schermafdruk met haar nummer, [[b:325267066]], en de foutieve geboortedatum [[d:01-01-1980]].
Aanpak: Met de {{o:Gemeente Den Haag}} (afdeling Burgerzaken) en {{o:VluchtelingenWerk}} werd de registratie gecorrigeerd; de {{o:Belastingdienst}} stelde de toeslag met terugwerkende kracht vast.
Les: standaard-geboortedata (dag en maand onbekend) bij nieuwkomers leiden vaak tot koppelfouten; check dat bij de intake.
Bewijs: praktijkkennis.
=====
Casusles Zwolle – {{w:Holtenbroek}}
Titel: Budgetbeheer op de pof – de buurtwinkel die te veel wist

Situatie: Een buurtwinkel gaf een vrouw van 63 al jaren krediet ‘op de lat’. De winkelier hield een schrift bij met bedragen. Toen het wijkteam kwam, stond er € 2.300 open.
Aanpak: Het {{o:Sociaal Wijkteam Zwolle}} regelde met de winkelier een regeling en met de vrouw een {{r:budgetcoach}} van {{o:Travers Welzijn}}.
Reactie onder de les van een collega: ‘Bij ons heet die winkelier gewoon [[p:hennie]], iedereen kent hem. Misschien handig om te weten voor wie in Holtenbroek werkt.’
Les: informele kredietgevers zijn een signaal én een partner.
Bewijs: praktijkkennis.
=====
Titel: Verward gedrag en een buurt die wil helpen
Wijk: {{w:Rustenburg}} / {{w:Oostbroek}}
Situatie: Een man van 36 met een psychose liep ’s nachts schreeuwend over straat. Buren belden de politie, de politie het {{o:Meldpunt Zorg en Overlast}}, en zo kwam het SWT in beeld. Een buurvrouw schreef in de buurtapp: ‘Als er iets is met [[p:Sandro]] van [[a:Thomsonlaan 88]] ([[pc:2565 KW]]), bel mij eerst: [[t:06 55 01 83 27]], ik heb zijn moeder beloofd op te letten.’
Aanpak: Met {{o:Parnassia}} (team Vroege Psychose) en de {{r:wijkagent}} werd een crisisplan gemaakt; de buurvrouw werd met toestemming van meneer contactpersoon.
Wat werkte: de buurvrouw als vast aanspreekpunt.
Wat niet werkte: drie verschillende meldroutes.
Resultaat: behandeling gestart, geen politie-inzet meer in vier maanden.
Les: een betrokken buur is goud waard – leg de afspraken met haar wel vast.
Bewijs: praktijkkennis; {{o:Vroege Psychose}}-behandeling – richtlijn.
=====
Casusles Maastricht – {{w:Caberg}}
Titel: Valpreventie met de harmonie

Situatie: Drie leden van de harmonie vielen in één winter; één van hen, een man van 82, brak zijn heup. De voorzitter van de harmonie vroeg het {{o:Sociaal Steunpunt}} om hulp.
Aanpak: Een valpreventiecursus ({{o:Zicht op Evenwicht}}) in het repetitielokaal, op de avond van de repetitie, zodat niemand een extra reis hoefde te maken.
Wat werkte: ‘de harmonie doet het samen’.
Resultaat: 14 deelnemers, geen nieuwe valpartijen in een jaar.
Les: organiseer preventie waar mensen al samenkomen.
Bewijs: {{o:Zicht op Evenwicht}} – effectief volgens eerste aanwijzingen.
Vragen: {{r:ouderenadviseur}} [[p:Lei Crombach]], [[e:l.crombach@sociaalsteunpunt-maastricht.nl]], [[t:06 20 73 91 44]].
=====
Titel: Een jongen met diabetes en een moeder die niet kan lezen
Wijk: {{w:Schilderswijk}}
Situatie: Een jongen van 11 met diabetes type 1 kwam drie keer in een jaar op de eerste hulp. Zijn moeder kon de instructies van het ziekenhuis niet lezen. Op school, {{o:IKC De Springbok}}, was [[p:Younes]] ‘het kind dat altijd naar de wc moet’.
Aanpak: De {{r:kinderdiabetesverpleegkundige}} van het {{o:Juliana Kinderziekenhuis}} maakte met de moeder een fotoboekje; de school kreeg een training; het SWT regelde een {{o:Taalhuis}}-traject voor moeder.
Resultaat: geen opnames meer in het laatste half jaar.
Les: maak medische instructies visueel.
Bewijs: praktijkkennis.
=====
Titel: Pensioen uit het buitenland – de vergeten inkomstenbron
Wijk: {{w:Bouwlust}}
Situatie: Een Turkse man van 71 had recht op een klein pensioen uit Duitsland, waar hij twaalf jaar had gewerkt, maar had het nooit aangevraagd. Hij leefde van een gedeeltelijke AOW.
Aanpak: Het {{o:Sociaal raadsliedenwerk}} zocht het uit met de {{o:Deutsche Rentenversicherung}}; het SWT hielp met de formulieren.
Resultaat: een maandelijks pensioen van € 310 en een nabetaling van ruim € 9.000.
Les: vraag bij elke oudere migrant waar hij of zij heeft gewerkt.
Bewijs: praktijkkennis.
Bijlage 1 (per abuis niet verwijderd): AOW-dossier {{o:SVB}} [[z:SVB-AOW-7734102]], rekening voor de nabetaling [[i:NL47 SNSB 4279 5231 06]].
=====
Casusles Groningen – {{w:Vinkhuizen}}
Titel: Skaeve Huse en de bewonersavond

Situatie: De gemeente wilde vier {{o:Skaeve Huse}}-woningen plaatsen aan de rand van de wijk. Op de bewonersavond was veel weerstand.
Aanpak: {{o:WIJ Groningen}} organiseerde een excursie naar bestaande Skaeve Huse elders in de stad, met twee bewoners die er wonen als gids. Een buurtbewoner werd lid van de begeleidingscommissie.
Wat werkte: bewoners spraken met bewoners.
Wat niet werkte: een presentatie met cijfers op de eerste avond.
Resultaat: plaatsing na een jaar, nu twee jaar zonder noemenswaardige overlast.
Les: laat tegenstanders zien wat het is, niet alleen horen.
Bewijs: {{o:Skaeve Huse}} – goed beschreven.
=====
Titel: ‘Ik heb geen probleem, mijn zoon heeft een probleem’
Wijk: {{w:Moerwijk}}
Situatie: Een vader (49) meldde zich bij het {{o:Servicepunt XL}} voor zijn zoon van 23, die blowde en niet werkte. Bij doorvragen bleek de vader zelf zwaar te drinken en zijn baan kwijt te zijn.
Aanpak: Twee aparte trajecten: de zoon bij {{o:Brijder Jeugd}}, de vader bij het {{o:Werkgeversservicepunt}} en later ook bij {{o:Brijder}}. De {{r:casusregisseur}} hield beide draden in handen.
Reactie in de comments: ‘mooi verhaal, ik denk dat ik deze familie ken – is dit niet de zoon van [[p:ramon]] [[p:de bruin]]?’ (reactie verwijderd door de moderator)
Les: de aanmelder is soms de eigenlijke cliënt.
Bewijs: praktijkkennis.
=====
Casusles Almere – {{w:Stedenwijk}}
Titel: De wijkverpleegkundige als poortwachter bij financiële uitbuiting

Situatie: De {{r:wijkverpleegkundige}} zag dat een vrouw van 86 steeds minder boodschappen in huis had. Een ‘vriend’ van haar overleden man haalde elke week geld voor haar op.
Aanpak: Melding bij {{o:Veilig Thuis Flevoland}}; het {{o:Sociaal Wijkteam Almere}} regelde een {{r:bewindvoerder}} en blokkeerde de pinpas.
Wat werkte: de vertrouwensband van de wijkverpleging.
Resultaat: de ‘vriend’ is uit beeld; mevrouw heeft weer boodschappen.
Les: kijk in de koelkast, niet alleen naar de wond.
Bewijs: praktijkkennis.
Noot: mevrouw gaf toestemming op [[d:3 oktober 2023]], in aanwezigheid van haar nicht [[p:W. de Haan]].
=====
Titel: Een eigen huis na tien jaar opvang
Wijk: {{w:Centrum}} ({{w:Schildersbuurt-Noord}})
Situatie: Een vrouw van 47 woonde tien jaar in de maatschappelijke opvang van het {{o:Leger des Heils}}. Ze had een uitkering, geen schulden meer en wilde ‘gewoon een voordeur’.
Aanpak: Via de {{o:Kessler Stichting}} en een {{o:Skaeve Huse}}-achtige aanpak kreeg zij een woning met ambulante begeleiding (drie uur per week, afbouwend). De sleuteloverdracht was op [[d:maandag 4 september]], om 10.00 uur, samen met haar {{r:begeleider}}.
Wat werkte: rustig opbouwen; eerst drie nachten per week in de nieuwe woning.
Wat niet werkte: de standaardinrichting; ze wilde eigen spullen.
Resultaat: woont een jaar zelfstandig.
Les: de stap van opvang naar eigen huis mag geleidelijk.
Bewijs: praktijkkennis.
=====
Titel: Ouderenwerk in het Papiaments
Wijk: {{w:Morgenstond}} / {{w:Zuidwest}}
Situatie: Antilliaanse ouderen kwamen niet naar de koffieochtenden. Een vrijwilliger, zelf 71, begon een eigen ochtend met muziek, domino en Papiamentse liedjes.
Aanpak: Het SWT en {{o:Voor Welzijn}} gaven ruimte en een klein budget (€ 750 per jaar). Via de ochtend kwamen zes ouderen met hulpvragen in beeld.
Les: laat de gemeenschap zelf organiseren; het team hoeft alleen de deur open te houden.
Bewijs: praktijkkennis.
Met dank aan [[p:Shudayra Felida]] en [[p:Ronny Pattiasina]] voor het meeschrijven.
=====
Titel: BSN van het kind bij de verkeerde ouder
Wijk: {{w:Escamp}}
Situatie: Na een scheiding bleef de kinderbijslag naar de vader gaan, terwijl de kinderen bij de moeder woonden. De {{o:SVB}} had het BSN van de jongste nog aan de vader gekoppeld; in het teamdossier stond het nummer, met een tikfout overgenomen als [[b:942546790]].
Aanpak: Met het {{o:Juridisch Loket}} en de {{o:SVB}} werd de ouderschapsregeling aangepast.
Resultaat: kinderbijslag naar moeder, met terugwerkende kracht over twee kwartalen.
Les: controleer na elke scheiding wie de kindregelingen ontvangt.
Bewijs: praktijkkennis.
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)
TITLES = re.compile(
    r"^(mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|hr\.?|de heer|dokter|dr\.?|juf|meester)\b", re.I
)


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


# numbers typed wrongly on purpose (still personal data)
MISTYPED = {"942546790"}


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
            if sp["label"] == "bsn" and sp["text"] not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
            if sp["label"] == "person":
                assert not TITLES.match(sp["text"]), ("title in person span", sp["text"])
        rows.append({"id": "h120-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout120.jsonl")
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
    print("texts without personal data", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
