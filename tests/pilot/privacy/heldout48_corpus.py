#!/usr/bin/env python3
"""Held-out test corpus 48: case lessons and discussion threads on a knowledge-exchange
platform (pilot themes). Deterministically writes heldout48.jsonl next to this script.

Markup: [[lab:text]] = pii, {{lab:text}} = keep.
pii labs: p=person b=bsn t=phone e=email i=iban pc=postcode a=address d=date n=dossier
keep labs: w=wijk o=org r=role
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
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

T = []
# ---------------- structured case lessons ----------------
T.append("""Situatie: jongen van 19 uit {{w:Moerwijk}}, net uit de jeugdhulp. Geen inkomen, slaapt afwisselend bij vrienden en bij zijn oma op de [[a:Zuidlarenstraat 114]]. Hij werd op [[d:3 januari]] 18 en toen viel alles tegelijk weg: pleegzorgvergoeding, begeleiding, zorgverzekering.
Aanpak: samen met de {{r:jongerenwerker}} van {{o:Xtra}} een toekomstplan gemaakt, bijstand aangevraagd via het {{o:Jongerenloket}}.
Wat werkte: afspraken in de sporthal, niet op kantoor. [[p:Damian]] kwam pas opdagen toen ik via zijn neef appte.
Les: 18-/18+ begint niet op de verjaardag. Begin een half jaar eerder.
Vraag aan collega's: wie heeft ervaring met Skaeve Huse voor deze leeftijdsgroep?""")

T.append("""Situatie: mevrouw (84), alleenwonend in {{w:Mariahoeve}}, beginnende dementie. Dochter woont in Groningen. De {{r:huisarts}} meldde haar op [[d:9-10]] aan na een val op de galerij bij [[a:Isabellaland 1402]].
Aanpak: {{r:casemanager dementie}} van {{o:Florence}} en onze {{r:ouderenconsulent}} samen op huisbezoek. Alarmering geregeld, dagbesteding bij {{o:WZH}} op dinsdag en vrijdag.
Wat werkte: een vaste belafspraak met de dochter ([[p:Marjolein]]) op maandagavond. Ze voelde zich eindelijk gezien.
Les: mantelzorg op afstand is ook mantelzorg, betrek ze vanaf dag één.
Vraag aan collega's: regelen jullie een sleutelkluis via het {{o:Wmo-loket}} of via de thuiszorg?""")

T.append("""Situatie: moeder met drie kinderen in {{w:Transvaal}}. Melding van {{o:Veilig Thuis}} (ons kenmerk [[n:VT-2024-3318]]) na politie-inzet op [[d:14-02-2024]]. Vader heeft een tijdelijk huisverbod. De oudste, [[p:Yasmina]], zit in groep 8 van De Springplank en vertelde het aan de juf.
Aanpak: Signs of Safety-bijeenkomst met moeder, oma en de {{r:jeugdbeschermer}} van {{o:Jeugdbescherming west}}. Samen een veiligheidsplan opgesteld.
Wat werkte: de kinderen zelf de drie huizen laten tekenen (huis van zorgen, huis van goede dingen, huis van dromen).
Les: vraag de kinderen eerst, dan pas de volwassenen.
Vraag aan collega's: hoe houden jullie contact met de pleger tijdens een huisverbod?""")

T.append("""Situatie: man (56) in {{w:Laak}}, ernstige vervuiling, reageert al maanden niet op brieven van {{o:Haag Wonen}}. Buren klagen over stank en ongedierte. Op de bel staat alleen [[p:Soekhlal]].
Aanpak: vanaf [[d:maandag 5 juni]] drie keer samen met de {{r:wijkagent}} aangebeld, daarna het bemoeizorgteam van {{o:Parnassia}} ingeschakeld.
Wat werkte: een briefje onder de deur met een foto van mezelf en mijn werknummer [[t:06-41 27 88 30]]. De vierde keer deed hij open.
Les: volhouden, en laat zien wie je bent. Een logo van de gemeente werkt averechts.
Vraag aan collega's: wanneer schakelen jullie {{o:GGD Haaglanden}} in voor een woningschouw?""")

T.append("""Situatie: alleenstaande vader, twee kinderen, woonachtig in {{w:Bouwlust}}. Schuld ca. €23.000 bij o.a. {{o:CJIB}}, energieleverancier en zorgverzekeraar. Loonbeslag. Zijn rekening [[i:NL58INGB3778721276]] stond structureel op nul.
Aanpak: aanmelding bij {{o:Schuldhulpverlening gemeente Den Haag}}, in de wachttijd een {{o:SchuldHulpMaatje}} gekoppeld ([[p:Henk]], gepensioneerd boekhouder). Intake was op [[d:17 januari]].
Wat werkte: eerst de beslagvrije voet laten herberekenen, dat gaf meteen €310 per maand lucht.
Les: stabiliseren vóór saneren.
Vraag aan collega's: hoe lang duurt bij jullie de intake nu? Bij ons zeven weken.""")

T.append("""Situatie: vrouw van 23, dakloos geraakt na een relatiebreuk, sliep twee maanden in haar auto op een parkeerplaats in {{w:Ypenburg}}.
Aanpak: via {{o:Leger des Heils}} eerst een bed in de nachtopvang, daarna een Housing First-woning via {{o:Staedion}}. Sleuteloverdracht op [[d:1 oktober 2023]], [[a:Laan van Hoornwijck 61]], [[pc:2289 DG]] Rijswijk.
Wat werkte: ze mocht zelf kiezen wie er meeging naar het gesprek met de {{r:woonconsulent}}. Ze koos [[p:Roos]] van het Leger, niet mij, en dat was goed.
Les: Housing First is geen 'eerst wonen en dan niks', de begeleiding is intensief.
Vraag aan collega's: hoe lang houden jullie het woonbegeleidingscontact vast?""")

T.append("""Situatie: meneer [[p:Verschoor]] (79), weduwnaar sinds anderhalf jaar, {{w:Duindorp}}. Komt alleen nog buiten voor de supermarkt, tv staat de hele dag aan.
Aanpak: {{r:welzijnscoach}} van {{o:Welzijn Scheveningen}} ging mee naar de visclub bij de haven, {{o:Humanitas}} koppelde een maatje.
Wat werkte: hij wilde niet "naar een activiteit", wel iets dóén. Hij repareert nu fietsen bij het Repair Café in het buurthuis.
Les: vraag naar wat iemand vroeger deed, niet naar wat hij mist.
Vraag aan collega's: meten jullie eenzaamheid met een schaal of op gevoel? (Hij wordt trouwens [[d:12 juni]] tachtig, de visclub organiseert iets.)""")

T.append("""Situatie: vrouw (41), alcoholproblematiek, twee kinderen met een OTS. {{w:Schilderswijk}}. Ze durfde niet naar de intake omdat ze bang was dat de kinderen dan definitief weg zouden gaan.
Aanpak: {{o:Brijder}} ambulant, de {{r:ervaringsdeskundige}} [[p:Sonja]] ging mee naar het eerste gesprek op [[d:2 mei]]. Cliëntnummer bij {{o:Brijder}}: [[n:BRD-0048817]].
Wat werkte: motiverende gespreksvoering. Geen confrontatie, wel haar eigen redenen om te minderen laten benoemen.
Les: de angst voor de {{o:Raad voor de Kinderbescherming}} is vaak groter dan de angst voor de drank.
Vraag aan collega's: wie kent een goede lotgenotengroep voor moeders?""")

T.append("""Situatie: man (34) met psychotische klachten, woont sinds kort weer bij zijn moeder op de [[a:Fahrenheitstraat 507]], [[pc:2561 DE]] in {{w:Segbroek}}. Geen {{r:huisarts}} meer sinds zijn verhuizing uit Delft.
Aanpak: eerst een {{r:huisarts}} geregeld, daarna via de {{r:POH-GGZ}} een verwijzing naar het {{o:FACT-team}} van {{o:Parnassia}}. De crisisdienst kwam op [[d:zaterdag 9 maart]] toch nog langs.
Wat werkte: moeder als bondgenoot zien, niet als 'familie die lastig is'.
Les: zonder {{r:huisarts}} geen {{o:GGZ}}, regel dat als allereerste.
Vraag aan collega's: hebben jullie afspraken met een praktijk die snel nieuwe patiënten inschrijft?""")

T.append("""Situatie
Echtpaar, beiden 70+, {{w:Scheveningen}}. Meneer heeft Parkinson, mevrouw zorgt alleen voor hem en is uitgeput. Hun zoon [[p:Erwin Koster]] belde ons vanuit Spanje.
Aanpak
{{r:wijkverpleegkundige}} van {{o:Buurtzorg}} deed de indicatie, wij regelden respijtzorg en een {{r:mantelzorgconsulent}}.
Wat werkte
Een logeerweek voor meneer bij {{o:Saffier}}, vanaf [[d:8 juli]]. Mevrouw sliep voor het eerst in maanden door.
Les
Vraag de mantelzorger altijd apart, want samen zegt ze "het gaat wel".
Vraag aan collega's
Hoe financieren jullie respijtzorg als er geen Wlz-indicatie is?""")

T.append("""Situatie: 17-jarig meisje uit {{w:Leidschenveen}}, thuis ruzie, loverboy-signalen. Ze zit in havo 4 op het Segbroek College, klas 4H2, en verzuimt veel. Laatste dag op school: [[d:20-11-2023]].
Aanpak: {{r:leerplichtambtenaar}}, {{r:jongerenwerker}} en ik samen om tafel, daarna overdracht naar {{o:Fier}}. Haar mentor heeft haar moeder gebeld op [[t:06 18 27 50 44]] en dat bleek het nummer van de vriend te zijn.
Wat werkte: één vaste volwassene. Bij haar was dat de conciërge, niet een hulpverlener.
Les: check altijd welk nummer van wie is.
Vraag aan collega's: hoe werken jullie samen met de zedenpolitie bij vermoedens van uitbuiting?""")

T.append("""Situatie: gezin met vijf kinderen, huurachterstand van vijf maanden bij {{o:Vestia}} (nu {{o:Staedion}}), ontruimingsvonnis. Adres: [[a:Wouwermanstraat 63-1]], [[pc:2526 HC]] Den Haag.
Aanpak: spoedoverleg met de {{r:woonconsulent}}, {{o:Sociaal Raadslieden}} voor toeslagen, en een betalingsregeling.
Wat werkte: de ontruiming is op [[d:28 februari]] opgeschort omdat we op tijd een bijzondere bijstandsaanvraag hadden liggen.
Les: de corporatie wil net zo min ontruimen als wij, bel ze gewoon.
Vraag aan collega's: wie heeft een contactpersoon bij de deurwaarder?""")

T.append("""Situatie: mevrouw [[p:Van den Broek]], 67, {{w:Escamp}}. Verzamelt spullen, balkon vol, brandgevaarlijk volgens de brandweer. Wil geen hulp, "het zijn mijn spullen".
Aanpak: Krachtwerk-gesprekken, eerst alleen over haar moestuin vroeger. Daarna pas één kast, op [[d:30 augustus]].
Wat werkte: een vrijwilliger van {{o:Voor Welzijn}} die zelf ook verzamelaar is geweest.
Les: ontruimen zonder relatie leidt binnen een jaar tot hetzelfde huis.
Vraag aan collega's: kennen jullie de Clutter Image Rating? Wij gaan het proberen. Ik zet het formulier in de map van het thema {{o:GGZ}}.""")

T.append("""Situatie: Poolse arbeidsmigrant, 45, na ontslag op straat beland in {{w:Laak}}. Spreekt weinig Nederlands, schulden bij het uitzendbureau voor huisvesting.
Aanpak: {{o:Straatteam}} vond hem op [[d:2 januari]] bij het station. Via een tolk contact gelegd, {{o:Barka}} ingeschakeld voor terugkeer.
Wat werkte: zijn broer in Gdańsk was bereikbaar via [[t:+48 601 224 915]]. Familie wilde hem graag terug.
Les: terugkeer is soms het beste plan, ook al voelt dat als opgeven.
Vraag aan collega's: hoe regelen jullie de ID-kaart als de werkgever die vasthoudt? [[p:Tomasz]] had alleen nog een kopie.""")

T.append("""Situatie: jongvolwassene (21) met LVB en een blowverslaving, woont in {{w:Moerwijk}} bij zijn tante. Krijgt bijstand, maar het geld is binnen een week op.
Aanpak: {{o:MEE}}-consulent en ik samen; beschermingsbewind aangevraagd op [[d:19-6]], {{r:bewindvoerder}} gekozen bij {{o:Stichting Bewindvoering Haaglanden}}.
Wat werkte: tante mee laten denken en haar de rol van 'oogje in het zeil' geven, niet van {{r:budgetcoach}}.
Les: bij LVB eerst het geld regelen, dan pas de verslaving.
Vraag aan collega's: tips voor een dagbesteding die hij zelf leuk vindt? Hij houdt van scooters.
(mail de tante gerust: [[e:n.bouzerda@hotmail.com]] als je een plek weet)""")

T.append("""Situatie: vrouw (38), Eritrese statushouder, drie kinderen, sinds [[d:21 maart 2021]] in {{w:Bouwlust}}. Ernstige eenzaamheid en waarschijnlijk trauma. Man woont nog in Ethiopië.
Aanpak: {{o:VluchtelingenWerk}} voor gezinshereniging, {{r:POH-GGZ}} voor een eerste gesprek, vrouwengroep bij het wijkcentrum.
Wat werkte: {{r:sleutelpersoon}} uit de eigen gemeenschap ([[p:Mebrat]]) die tolkte én vertrouwen gaf.
Les: "eenzaam" bestaat niet als woord in haar taal, maar het gevoel wel.
Vraag aan collega's: welke {{r:GZ-psycholoog}} werkt met tolken zonder maandenlange wachtlijst?""")

T.append("""Situatie: meneer, 62, drinkt, woont boven een snackbar in {{w:Schilderswijk}}, [[a:Hoefkade 301-A]], [[pc:2526 BN]]. Valt regelmatig, ambulance is er in een maand drie keer geweest, voor het laatst op [[d:zondag 26 november]].
Aanpak: bemoeizorg vanuit {{o:Parnassia}}, {{r:wijkverpleegkundige}} voor wondzorg, {{o:Leger des Heils}} voor maaltijden.
Wat werkte: de eigenaar van de snackbar ([[p:Ali]]) was de enige die hij vertrouwde. [[p:Ali]] bracht ons binnen.
Les: de informele sleutelfiguur is vaak iemand in de straat, niet de familie.
Vraag aan collega's: hoe ver mag je gaan in het betrekken van een buurman? Wij hebben toestemming op papier gezet.""")

T.append("""Situatie: 80-jarige man, Surinaams-Hindostaans, zorgt voor zijn vrouw met dementie in {{w:Transvaal}}. Kinderen vinden dat hij het alleen moet doen, "dat hoort zo".
Aanpak: {{r:casemanager dementie}}, cultuursensitieve dagbesteding bij {{o:Stichting Sarnamihuis}}, gesprek op [[d:vr 8/12]] met de oudste zoon [[p:Rakesh Ramsaran]] (tel. [[t:06-31 90 77 45]]).
Wat werkte: de zoon zelf laten uitrekenen hoeveel uur zijn vader zorgt (98 uur per week).
Les: cijfers openen soms meer dan gevoel.
Vraag aan collega's: wie heeft ervaring met een eigen kracht-conferentie in Hindostaanse gezinnen?""")

T.append("""Situatie: tienermoeder (17) met baby (geboren [[d:30 juli]]), woont bij haar moeder in een te kleine flat in {{w:Laak}}. Ruzies, moeder wil haar eruit.
Aanpak: {{o:Jeugdbescherming west}} al betrokken, wij focussen op huisvesting. Jonge-moederhuis van {{o:Leger des Heils}} aangevraagd.
Wat werkte: de {{r:jeugdverpleegkundige}} van het {{o:CJG}} bleef op huisbezoek komen en zag de kleine problemen eerst.
Les: jeugd en volwassenen los behandelen werkt niet bij tienermoeders.
Vraag aan collega's: is er iemand die [[p:Kimberly]] nog kent van de Zuid-Hollandse jongerenopvang? Ze was daar in 2022. Haar BSN is [[b:700579436]] als je wilt zoeken, mail me.""")

T.append("""Situatie: dame van 91, alleen, {{w:Benoordenhout}}, financieel goed maar sociaal volledig geïsoleerd. Werd opgelicht door een 'kleinzoon' via WhatsApp, op [[d:10 oktober 2023]] €4.000 kwijt.
Aanpak: aangifte met de {{r:wijkagent}}, {{o:Sociaal Raadslieden}} voor de bank, en bezoek van {{o:De Zonnebloem}}.
Wat werkte: ze wilde geen maatje maar wel een vast telefoontje, elke ochtend om 10 uur via de Telefooncirkel.
Les: eenzaamheid zit niet alleen in arme wijken.
Vraag aan collega's: wie werkt met het Sociaal Vitaliteitsnetwerk? Haar echte kleinzoon is [[p:Floris]], hij helpt nu met bankzaken.""")

T.append("""Situatie: cliënt (29) met ADHD en gokschulden, {{w:Zuiderpark}}-flat. Speelt online, leent bij vrienden en via betaal-later-apps.
Aanpak: CRUKS-registratie samen gedaan op [[d:5-3-'24]], {{o:Brijder}} voor gokverslaving, {{o:Schuldhulpmaatjes}} voor het overzicht.
Wat werkte: de {{r:ervaringsdeskundige}} van het Gokpunt vertelde zijn eigen verhaal; dat kwam binnen.
Les: vraag bij schulden bij jongeren altijd naar gokken, het wordt niet spontaan verteld.
Vraag aan collega's: weet iemand hoe je een Klarna-schuld in een regeling krijgt?
(Intern: dossier [[n:SHV/2024/01193]], niet in de les zetten)""")

T.append("""Situatie: moeder (44), zoon van 16 is agressief thuis. Kind-ouder-geweld, politie twee keer geweest. {{w:Moerwijk}}.
Aanpak: {{o:Veilig Thuis}}, daarna Nieuwe Autoriteit-training bij {{o:Youz}}. Ik heb met de zoon gewandeld in het {{w:Zuiderpark}}.
Wat werkte: geweldloos verzet, de sit-in. Moeder vond het eerst raar, daarna gaf het haar gezag terug.
Les: ouders zijn niet machteloos, ze voelen zich alleen zo.
Vraag aan collega's: zijn er trainers in {{w:Escamp}}? Voor de volledigheid: de melding liep onder [[n:VT 24-1187]], gestart op [[d:6 november]].""")

T.append("""Situatie: man (48) uit {{w:Duindorp}} met een forse huurschuld bij {{o:Haag Wonen}} en een depressie. Sinds zijn scheiding in 2020 gaat het bergaf.
Aanpak: {{r:POH-GGZ}}, {{o:Sociaal Raadslieden}} en de {{r:woonconsulent}} rond één plan, met één regisseur (ik).
Wat werkte: de achterstand gesplitst in 'oud' en 'nieuw'. De lopende huur gaat nu automatisch van [[i:NL21 RABO 6866 6894 29]], de oude schuld in een regeling van €75 per maand.
Les: als de nieuwe huur betaald wordt, is de corporatie veel geduldiger met de oude.
Vraag aan collega's: lukt het jullie om een huurder op de 'vroegsignalering'-lijst te krijgen vóórdat er een vonnis is?""")
T.append("""Wat ik leerde van deze casus (thema huiselijk geweld)
- Situatie: vrouw van 52, al twintig jaar psychisch geweld door haar man, woont in {{w:Ypenburg}}. Ze kwam bij ons voor 'hulp bij formulieren'.
- Aanpak: eerst de formulieren (!), daarna pas het gesprek. {{o:Veilig Thuis}} gebeld voor advies, niet gemeld. Geheim adres via de {{o:Vrouwenopvang Haaglanden}}.
- Wat werkte: een eigen bankrekening. Samen geopend bij de bank op [[d:18 april]], [[i:NL67ABNA0353910256]], zodat haar uitkering niet meer op zijn rekening binnenkomt.
- Les: financiële onafhankelijkheid is vaak de eerste stap uit geweld.
- Vraag aan collega's: hoe voorkomen jullie dat post van de bank op het oude adres belandt?""")

T.append("""Situatie: Syrisch gezin, vijf personen, driekamerflat aan de [[a:Zichtenburglaan 211]] ({{w:Bouwlust}}). Vader werkloos, moeder zwanger, oudste dochter (15) doet de hele administratie.
Aanpak: {{o:Sociaal Raadslieden}} en {{o:Thuisadministratie Humanitas}}. Kinderbijslag komt binnen op [[i:NL60ASNB3423306331]]. Vrijwilliger [[p:Gerda Bakker]] komt op donderdag; eerste bezoek was [[d:donderdag 7 december]].
Wat werkte: de dochter ontlasten door de vader eigenaar te maken van 'zijn' map, met kleurcodes.
Les: kinderen als tolk en administrateur is een verborgen vorm van zorg, vraag ernaar.
Vraag aan collega's: heeft iemand een Arabische versie van het 'post-sorteerschema'?""")

T.append("""SITUATIE: meneer, 58, thuisloos, slaapt in de Zuiderparkflats onder het trappenhuis. Diabetes, ontregeld. Kent iedereen in de wijk.
AANPAK: {{o:Straatteam}} + {{r:straatdokter}} (spreekuur {{o:Leger des Heils}}). Postadres aangevraagd bij de gemeente zodat hij zich kan inschrijven in de BRP.
WAT WERKTE: BSN was er nog ([[b:964584888]]), waardoor de zorgverzekering binnen een week rond was.
LES: zonder postadres geen uitkering, zonder uitkering geen zorgverzekering, zonder verzekering geen insuline. Begin bij het postadres.
VRAAG AAN COLLEGA'S: duurt een briefadres bij jullie ook zo lang als hier (vier weken)?""")

T.append("""Situatie: studente (20) met paniekstoornis, stopte per [[d:1 november]] met haar opleiding aan De Haagse Hogeschool. Woont op kamers in {{w:Laak}}, [[a:Binckhorstlaan 36 k.412]]. Schaamt zich tegenover haar ouders in Curaçao.
Aanpak: {{r:studentendecaan}} gebeld (met toestemming), {{r:POH-GGZ}} van de studentenhuisarts, lotgenotengroep via {{o:MIND Korrelatie}}.
Wat werkte: haar tante in Rotterdam (tante [[p:Shirleen]]) bleek een warme plek.
Les: jongvolwassenen uit de Caribische delen van het Koninkrijk staan er vaak helemaal alleen voor.
Vraag aan collega's: wie kent het Curaçaohuis of een vergelijkbare plek in Den Haag?""")

T.append("""Situatie: mevrouw [[p:El Amrani]] (73), weduwe, Marokkaans, spreekt alleen Tamazight. Woont in {{w:Schilderswijk}}, kinderen wonen in Amsterdam en komen eens per maand.
Aanpak: via de moskee een vrijwilligster gevonden die haar taal spreekt. Thuiszorg van {{o:HWW zorg}} met een verzorgende die Berbers spreekt. Vrijwilligster: [[p:Khadija]], [[t:0614092288]].
Wat werkte: het vrouwenuurtje op donderdagochtend in het buurthuis aan de Vaillantlaan.
Les: 'eenzaamheid' bij oudere migranten gaat vaak over taal, niet over mensen.
Vraag aan collega's: kennen jullie {{o:Stichting Mooi}}'s project voor oudere migrantenvrouwen?""")

T.append("""Situatie: jongen, 22, sinds [[d:27 oktober]] uit detentie (PI Scheveningen), geen woning, geen ID, schulden bij het {{o:CJIB}}. Zijn moeder in {{w:Mariahoeve}} wil hem niet meer binnenlaten.
Aanpak: {{o:Reclassering Nederland}} en wij samen, {{o:Zorg- en Veiligheidshuis Haaglanden}} betrokken. Tijdelijk onderdak bij {{o:Kessler Stichting}}. De reclassering vroeg ons zijn BSN ([[b:268692294]]) en dat mochten we niet zomaar geven.
Wat werkte: [[p:Marco]] van de reclassering bleef zijn vaste contact, wij regelden de rest achter de schermen.
Les: nazorg moet vóór de vrijlating rond zijn. Wij waren drie weken te laat.
Vraag aan collega's: werken jullie met het reclasseringsnummer ([[n:RN-19-553201]] bij deze jongen) in jullie eigen systeem?""")

T.append("""Situatie: echtpaar in {{w:Leidschenveen}}, koophuis, beiden ZZP'er, door corona forse belastingschuld. Schamen zich, "wij zijn geen klanten van het wijkteam".
Aanpak: {{o:Geldfit}}-test samen gedaan, daarna {{o:Schuldhulpverlening gemeente Den Haag}} en een {{r:budgetcoach}}.
Wat werkte: een gesprek op hun eigen keukentafel en niet in het wijkcentrum. Ook: Bbz-regeling voor zelfstandigen via het {{o:Ondernemersloket}}.
Les: schulden zitten ook achter de mooie voordeuren van de Vinex.
Vraag aan collega's: wie heeft ervaring met de {{o:Belastingdienst}} als schuldeiser? Contactpersoon daar was mevrouw [[p:Ouwehand]], die was heel meedenkend.""")

T.append("""Casusles: "Blijf aanbellen"
Thema: bemoeizorg
Meneer (67) in {{w:Moerwijk}} had een half jaar zijn deur niet opengedaan. Post stapelde zich op. Zijn broer belde ons op [[d:2 juli]] vanuit Zeeland.
We zijn samen met de {{r:wijkagent}} en iemand van {{o:Parnassia}} elke dinsdag langs gegaan. Week 6 ging de deur op een kier.
Wat werkte: niet praten over problemen maar over ADO. De sjaal hing aan de kapstok.
Les: gedeelde interesse is de sleutel. En: zet de naam van de broer ([[p:Johan]]) niet in de rapportage naar het {{o:CAK}}, hij wilde anoniem blijven.
Vraag aan collega's: hoe gaan jullie om met familie die anoniem wil blijven?""")

T.append("""Situatie: zwangere vrouw (26), Bulgaarse, zonder verzekering, werkt in de kassen in het Westland maar woont in een overvolle woning in {{w:Laak}}. 
Aanpak: {{r:verloskundige}} gebeld, {{o:CAK}}-regeling onverzekerden, {{o:Stichting Gast}} voor registratie.
Wat werkte: de tolk via de telefoon, en de collega van het {{o:Expertisecentrum Arbeidsmigratie}}. Uitgerekend op [[d:14-4-2024]]. De huisbaas ([[p:Dimitrov]]) bleek zelf ook de werkgever.
Les: let op dubbele afhankelijkheid: wonen en werk bij dezelfde persoon.
Vraag aan collega's: wanneer melden jullie bij de {{o:Arbeidsinspectie}}?""")

T.append("""Situatie: 15-jarige jongen met schooluitval, gamet 's nachts, ouders gescheiden. Hij woont om de week in {{w:Segbroek}} en in Voorburg.
Aanpak: 1Gezin1Plan, met het {{o:CJG}} als regisseur, de {{r:leerplichtambtenaar}} en de {{r:jeugdarts}}.
Wat werkte: vader en moeder apart gesproken, daarna pas samen. Het plan kwam er pas toen beide ouders hetzelfde A4'tje hadden.
Les: één plan betekent ook één verhaal naar de school.
Vraag aan collega's: is iemand bekend met de methode Vechtscheiding ('Kinderen uit de knel')? Vader is bereikbaar via [[e:rvdlinden@ziggo.nl]], moeder liever via het {{o:CJG}}.""")

T.append("""Situatie: oudere heer (86) met beginnende dementie, scheldt thuiszorg uit, weigert douchen. Dochter woont naast hem in de [[a:Jan Luijkenstraat 8]]; hij op nummer 10. {{w:Regentessekwartier}}.
Aanpak: {{r:casemanager dementie}} van {{o:Florence}}, Wmo-indicatie voor huishoudelijke hulp, dagbesteding.
Wat werkte: de verzorgende liet hem eerst koffie zetten; daarna ging het douchen ineens wél. Hij was vroeger kok.
Les: bij dementie vraag je naar de oude rol. Niet 'hebt u hulp nodig', maar 'wilt u mij helpen'.
Vraag aan collega's: wie werkt met de Ervaringsspiegel?""")

T.append("""Situatie: meisje van 18, net uit een gesloten jeugdzorginstelling, komt terug naar haar vader in {{w:Escamp}}. Vader drinkt.
Aanpak: Jongvolwassenen-overleg (18-/18+ tafel) met {{o:Jeugdbescherming west}}, {{o:Youz}}, {{o:Leger des Heils}} en het SWT.
Wat werkte: een toekomstgericht plan met drie doelen, in haar eigen woorden ("een kamer, een baan, geen gedoe").
Les: vraag naar de woorden van de jongere zelf, niet naar de taal van ons formulier.
Vraag aan collega's: hebben jullie ook het probleem dat zorgverzekering per [[d:1-1-2024]] ineens niet meer via de ouders loopt? Meisje is geboren op [[d:29-12-2005]].""")

T.append("""Situatie: mevrouw (61), al 30 jaar in dezelfde woning in {{w:Morgenstond}}, twee katten en een hond. Renovatie door {{o:Staedion}} vanaf [[d:1 maart]]; ze moet tijdelijk weg maar weigert.
Aanpak: bewonersconsulent, dierenopvang via {{o:Dierenambulance Den Haag}}, en een gesprek met haar zus [[p:Ineke de Hoop]].
Wat werkte: een wisselwoning in hetzelfde portiek, één verdieping lager, op [[a:Hengelolaan 1130-C]].
Les: verhuizen is voor veel ouderen een rouwproces. Neem er tijd voor.
Vraag aan collega's: zijn er corporaties die huisdieren meenemen in de logistiek?""")

T.append("""Situatie: man (39), opgenomen geweest in {{o:Parnassia}}, terug thuis in {{w:Bezuidenhout}}, geen dagstructuur, drinkt weer.
Aanpak: {{o:FACT-team}}, {{r:trajectbegeleider}} voor werk, sportmaatje via {{o:Buurtsportcoach Den Haag}}.
Wat werkte: zijn eigen plan van vóór de opname, de WRAP (Wellness Recovery Action Plan), die lag nog in een la.
Les: vraag naar een crisisplan van vroeger. Veel mensen hebben er een.
Vraag aan collega's: iemand ervaring met Herstelacademie in Den Haag? Ik heb de link van [[p:Gijs Mulder]] van het FACT, hij wil wel uitleg geven. Tel. [[t:070 - 391 66 02]].""")

T.append("""Situatie: Ghanese man (50), ongedocumenteerd, 20 jaar in Nederland, werkt zwart als schoonmaker. Beginnende nierziekte. Woont in een kamer aan de [[a:Parallelweg 112A]], {{w:Schilderswijk}}.
Aanpak: {{o:Stichting Gast}}, {{r:huisarts}} via de regeling onverzekerden, {{o:Het Juridisch Loket}} voor verblijf.
Wat werkte: de voorganger van zijn kerk (pastor [[p:Mensah]]) ging mee naar elk gesprek.
Les: kerken zijn in deze gemeenschap de eigenlijke sociale wijkteams.
Vraag aan collega's: welke advocaat doet 'buitenschuldvergunning'-aanvragen pro deo?""")

T.append("""Situatie: jongvolwassene (24), transgender, uit huis gezet door ouders in Zoetermeer, nu in {{w:Centrum}} bij vrienden op de bank.
Aanpak: {{o:Jongerenloket}}, {{o:COC Haaglanden}}, aanvraag urgentie.
Wat werkte: alle formulieren met de gekozen naam én de oude naam klaarzetten, zodat ze niet telkens opnieuw moest uitleggen. (Let op: bij de gemeente staat ze nog als [[p:Kevin]] (BSN [[b:2108.11.614]]), voor ons is ze [[p:Kiki]].)
Les: vraag naar voornaamwoorden en gebruik ze, het scheelt vertrouwen.
Vraag aan collega's: zijn er opvangplekken die speciaal voor LHBTI-jongeren zijn in de regio?""")

T.append("""Situatie: Mevrouw heeft na haar scheiding een schuld van €9.400 bij de {{o:Belastingdienst/Toeslagen}} (terugvordering kinderopvangtoeslag). Eén kind, {{w:Rustenburg}}. Mogelijk gedupeerd in de toeslagenaffaire.
Aanpak: {{o:UHT}} (Uitvoeringsorganisatie Herstel Toeslagen) en een gemeentelijke brede-hersteltafel. Haar zaaknummer: [[n:UHT-2023-118844]], BSN [[b:508710625]].
Wat werkte: eerst erkenning, daarna pas geld. Ze huilde toen de medewerker (gesprek van [[d:23-01-2024]]) zei: "het was niet uw schuld".
Les: vraag bij elke toeslagschuld door: gedupeerd of niet?
Vraag aan collega's: hoe lang wachten jullie cliënten nog op de integrale beoordeling?""")

T.append("""Situatie: man (72) in een seniorenflat in {{w:Loosduinen}}, depressief na het overlijden van zijn hond, at nauwelijks nog.
Aanpak: {{r:huisarts}}, {{r:ouderenconsulent}}, {{o:Humanitas}} maatjesproject, Uitvaartvereniging vroeg om nazorg.
Wat werkte: via de {{o:Dierenbescherming}} een oudere hond 'in pleeg' genomen. Hij loopt nu elke dag drie rondjes, kletst met iedereen.
Les: rouw om een dier wordt vaak niet serieus genomen, ook niet door ons.
Vraag aan collega's: kennen jullie 'Hond zoekt baas'-projecten? Contact buurvrouw [[p:Truus]] [[t:06-24681357]] heeft meer info.""")

T.append("""Situatie: 20-jarige met autisme, woont bij ouders in {{w:Wateringse Veld}}, komt zijn kamer niet meer uit. Ouders aan het eind van hun latijn.
Aanpak: {{o:MEE}}, {{o:Leo Kannerhuis}} voor diagnostiek, een {{r:ervaringsdeskundige}} met autisme.
Wat werkte: communicatie via de chat in plaats van bellen of langskomen. Hij antwoordde op zijn eigen tempo.
Les: pas het kanaal aan, niet de persoon.
Vraag aan collega's: hoe ga je met ouders om die 'alles' willen weten van een volwassen zoon? (Vader mailt ons bijna dagelijks vanaf [[e:jaap.smit.1961@kpnmail.nl]].)""")
# ---------------- discussion threads ----------------
T.append("""@[[p:Ilse]] goed punt over de sleutelkluis. Bij ons in {{w:Mariahoeve}} regelt de {{r:wijkverpleegkundige}} het altijd, dan is er geen gedoe met de Wmo-termijnen. Wel checken of de code niet op een briefje op de koelkast hangt, haha. Bij mevrouw op de [[a:Ambachtsgaarde 77]] hing hij er gewoon 🙈
Groet, [[p:Mohammed]] (SWT {{w:Mariahoeve}})""")

T.append("""Reactie op [[p:Mohammed]]:
> Bij mevrouw op de Ambachtsgaarde hing hij er gewoon
Haha herkenbaar. Maar pas op met adressen in de draad, ook zonder nummer kan het herleidbaar zijn als je er leeftijd en wijk bij zet. Ik weet dat de moderator het anders weer moet weghalen 😉
Verder eens: de {{r:wijkverpleegkundige}} is de logische persoon. Bij ons doet {{o:Buurtzorg}} het.
— [[p:Ilse]]""")

T.append("""Reactie op [[p:Sanne]]:
> hoe lang duurt bij jullie de intake nu? Bij ons zeven weken.
In {{w:Escamp}} zitten we op vijf tot zes weken. Wat helpt: de {{o:Schuldhulpmaatjes}} doen bij ons al een 'voorintake', zodat de papieren er liggen als de {{r:schuldhulpverlener}} begint. [[p:Wim de Wit]] coördineert dat, hij is bereikbaar op [[t:06 - 53 11 20 87]] (maandag t/m woensdag).""")

T.append(
    """@[[p:Wim]] dank! Ik heb hem net gebeld. Voor wie het ook wil: je kunt ook mailen naar [[e:w.dewit@schuldhulpmaatje-denhaag.nl]]. Hij vroeg of we dan niet meteen de hele casus meesturen maar alleen wijk en type schuld. Goeie tip eigenlijk."""
)

T.append("""Ik lees deze draad met interesse. Wij hebben in {{w:Transvaal}} precies hetzelfde gehad met een gezin waar de oudste dochter de administratie deed. Wat bij ons werkte was de {{o:Thuisadministratie Humanitas}} + een {{r:jongerenwerker}} voor de dochter zelf, zodat zij ook 'gewoon kind' mocht zijn. [[p:Fatima]] (de dochter) zit nu in de meidengroep van {{o:Xtra}}. 
[[p:Nadia]], {{r:maatschappelijk werker}}""")

T.append("""Reactie op [[p:Nadia]]:
Mooi! Maar even checken: je noemt de naam van de dochter. Is dat met toestemming? Volgens mij hebben we in de pilotgroep afgesproken dat we alleen leeftijd + wijk gebruiken.
Inhoudelijk helemaal eens hoor. Kinderen als mantelzorger is echt een blinde vlek. Zie ook het boek van [[p:Hans Hermans]]? nee sorry, ik haal dingen door elkaar. Ik zoek de titel op.""")

T.append(
    """@[[p:Ilse]] @[[p:Mohammed]] voor de expertmeeting van [[d:18 april]] zou het mooi zijn als jullie de casus van de sleutelkluis meenemen. We willen het thema ouderen concreet maken. Programma volgt. [[p:Jeroen]] (facilitator, gemeente)"""
)

T.append("""Wat een herkenbare casus, [[p:Roel]]. Bij ons in {{w:Bouwlust}} was het een man met een Feyenoord-sjaal (in Den Haag! 😂). Wat werkte: de {{r:wijkagent}} bleek ook Feyenoord-fan. Die heeft hem op [[d:zo 15/10]] meegenomen naar een wedstrijd in de kroeg. Sindsdien doet hij open.
Vraag terug: hoe houd je het vol als team, zes weken elke dinsdag? Wie betaalt die uren?""")

T.append("""Reactie op [[p:Roel]]:
> niet praten over problemen maar over ADO
Dit! Het heet in de Krachtwerk-methode toch 'de krachten in kaart brengen'? [[p:Charles Rapp]] schrijft erover in zijn boek over het strengths model. Voor wie het niet kent: er is een Nederlandse vertaling, 'Krachtgerichte zorg'? Weet iemand de goede titel?
Groetjes [[p:Esther]]""")

T.append(
    """@[[p:Esther]] het boek is 'The Strengths Model' van [[p:Charles Rapp]] en [[p:Richard Goscha]]. In NL gebruiken we de methodiek Krachtwerk van {{o:HVO-Querido}}, en van [[p:Gert Schout]] is er ook veel over bemoeizorg te lezen. Ik heb een samenvatting, stuur me even een berichtje of mail: [[e:esther.k@swt-escamp.nl]] — nee sorry, dat is jouw adres, ik bedoel [[e:l.vanrijn@swt-escamp.nl]]."""
)

T.append("""Reactie op [[p:Lotte]]:
Haha die mix-up is herkenbaar. Voor de rest: kunnen we de literatuurlijst niet gewoon in de themamap 'bemoeizorg' zetten? Dan hoeven we niet allemaal losse mailtjes. [[p:Esther]]""")

T.append(
    """Vraag aan de groep: wie heeft ervaring met ACT in combinatie met de {{o:Kessler Stichting}}? Wij hebben een man (55, {{w:Laak}}) die al drie keer uit de opvang is gestuurd vanwege agressie. De {{r:psychiater}} van het ACT-team wil hem niet opnemen, de opvang wil hem niet meer. Hij staat bij de gemeente geregistreerd onder [[n:MO-2022-00417]], BSN [[b:680626633]]. Wie heeft een idee?"""
)

T.append("""Reactie op de vraag over ACT en opvang:
Wij hadden dit ook. Wat hielp: een persoonsgericht aanpak-overleg (PGA) in het {{o:Zorg- en Veiligheidshuis}}. Daar zit iedereen aan tafel: politie, {{o:Parnassia}}, opvang, {{o:Reclassering}}. Jullie {{r:casusregisseur}} kan het aanvragen. Vraag naar [[p:Karin Veldhuizen]], zij is daar procesregisseur.
[[p:Bart]] — {{w:Scheveningen}}""")

T.append("""@[[p:Bart]] ik ken [[p:Karin]], top mens. Kleine correctie: PGA is meer voor overlast en criminaliteit, voor zorgmijders met agressie is er ook het {{o:Bemoeizorgoverleg Haaglanden}}. Maar het kan allebei. 
Ik plak hier haar nummer even niet, stuur me een DM.""")

T.append("""Reactie op [[p:Mirjam]]:
> Ik plak hier haar nummer even niet, stuur me een DM.
Goed zo 😄 Maar je vorige post had wel haar directe nummer erin, [[t:070-3534411]]. Misschien even aanpassen? Het is geen cliënt, maar toch.
[[p:Dennis]]""")

T.append(
    """Ik zat vorige week bij de intervisie over huiselijk geweld. Eén ding blijft hangen: [[p:Andrew Turnell]] (bedenker van Signs of Safety) zegt dat je bij elke casus moet vragen 'wat gaat er goed?'. Klinkt simpel, maar bij HG vergeten we het bijna altijd. Wij hebben het geprobeerd bij een gezin in {{w:Moerwijk}} en de moeder was stil van verbazing. Iemand anders dit ook gemerkt?"""
)

T.append("""@[[p:Jasmijn]] ja! Bij ons in {{w:Spoorwijk}} hetzelfde. De vader begon te huilen toen we vroegen wat hij goed doet als vader. Hij zei dat niemand hem dat ooit gevraagd had. De {{r:jeugdbeschermer}} was eerst sceptisch, nu gebruikt ze het zelf ook.
[[p:Koen]] ({{r:gezinscoach}}, {{o:CJG}} {{w:Laak}})""")

T.append("""Reactie op [[p:Koen]]:
Mooi. Eén waarschuwing wel: bij ernstig partnergeweld is 'wat gaat goed' soms pijnlijk voor het slachtoffer, zeker als de pleger erbij zit. Ik zou het dan eerst apart doen. Zie ook de richtlijn van {{o:Veilig Thuis}} en het werk van [[p:Renée Römkens]] over partnergeweld. [[p:Hatice]]""")

T.append(
    """Even een praktische vraag tussendoor: weet iemand het nummer van de dienstdoende {{r:bewindvoerder}} bij {{o:Budget Alert}}? Ik heb een cliënt wiens rekening vandaag geblokkeerd is ([[i:NL23SNSB3934890492]], BSN [[b:341992227]]) en er moet vóór vrijdag huur af. Groet [[p:Sevda]]"""
)

T.append(
    """@[[p:Sevda]] die rekening had je misschien beter niet kunnen posten 😬 Maar goed: bij {{o:Budget Alert}} heb je een algemene lijn, ik heb die niet bij de hand. Probeer [[p:Jolanda]] daar, zij doet de spoedgevallen, [[t:06 2298 4410]]. Succes!"""
)

T.append("""Reactie op [[p:Hanneke]]: 
> Jongvolwassenen uit de Caribische delen van het Koninkrijk staan er vaak helemaal alleen voor.
Klopt, ik merk het ook. Bij ons was het een jongen uit Bonaire van 19, kwam voor mbo in {{w:Leidschenveen}} wonen, had binnen drie maanden €2.000 schuld bij {{o:DUO}} en zijn telefoonabonnement. Het {{o:Jongerenloket}} kende de regels voor Caribische studenten niet. Tip: {{o:Stichting Prisma}}? Nee, het is {{o:Stichting Abo Tambe}}? Ik check het.
— [[p:Giovanni]]""")

T.append(
    """@[[p:Giovanni]] het is het {{o:Caribisch Netwerk Den Haag}}, zij hebben een loket op de [[a:Prinsegracht 62]]. Vraag naar mw. [[p:Martina]]? Nee: naar mevrouw [[p:Martina]], ze heet [[p:Jacqueline Martina]]. Ze was op de kick-off van [[d:22 november]] ook. [[p:Ruthmila]]"""
)

T.append("""Reactie op [[p:Ruthmila]]:
Dank! Ik heb haar gemaild. Had je trouwens gezien dat de gemeente voor de start op [[d:6 februari]] nog sprekers zoekt over het thema jeugd? Misschien is het {{o:Caribisch Netwerk}} iets voor de expertmeeting in april?
[[p:Giovanni]]""")

T.append("""Discussie bij 'Vraag aan collega's: hoe meten jullie eenzaamheid?'

[[p:Petra]] schreef:
> wij gebruiken de De Jong Gierveld-schaal
Let op, dat is een instrument, geen gesprek. Wij gebruiken hem wel, maar pas bij het tweede bezoek. Bij het eerste gaat het om de koffie. [[p:Peter]] (ouderenadviseur {{o:WZH}})""")

T.append(
    """@[[p:Peter]] en nog een detail: de schaal van [[p:De Jong Gierveld]] is van [[p:Jenny de Jong Gierveld]], dus niet 'de De Jong Gierveld-schaal' 😉 Maar inhoudelijk eens. Bij ons in {{w:Duindorp}} blijkt de eenzaamheid vaak pas na een paar maanden. Mensen zijn trots. [[p:Marieke]]"""
)

T.append("""Reactie op [[p:Stefan]]:
> is het niet gewoon een kwestie van geld?
Nee, niet alleen. Ik had in {{w:Benoordenhout}} een dame met een villa en een vermogen, die in drie maanden niemand had gesproken. Haar enige contact was de bezorger van {{o:Albert Heijn}}. We hebben {{o:De Zonnebloem}} gevraagd, en nu komt er elke week een vrijwilliger. Zie ook het SCP-rapport van [[p:Kim Putters]] over eenzaamheid: het zit overal.""")

T.append(
    """Wat ik van [[p:Hatice]]'s opmerking leer: vraag het slachtoffer altijd eerst apart. In onze casus in {{w:Moerwijk}} heeft de vader ([[p:Kerem]]) bij het eerste gesprek alles gedomineerd. Moeder zei niets. Pas bij de {{r:huisarts}}, zonder hem erbij, kwam het verhaal. Ik schaam me een beetje dat we dat niet eerder zagen."""
)

T.append("""@allen kort: de {{r:GZ-psycholoog}} van {{o:PsyQ}} die met tolken werkt heet dr. [[p:Lina Haddad]]? Nee, ik weet het niet zeker meer. Iemand? Ik heb haar alleen als '[[p:Lina]] {{o:PsyQ}}' in mijn telefoon, [[t:+31 6 4189 2207]]. 
[[p:Yvonne]]""")

T.append("""Reactie op [[p:Yvonne]]:
Het is [[p:Lina]] inderdaad, maar ze is sinds de zomer weg bij {{o:PsyQ}}, ze zit nu bij {{o:i-psy}} (interculturele {{o:GGZ}}). Wachtlijst daar is ook 12 weken, helaas. Voor Tigrinya hebben ze geen eigen behandelaar, wel tolk.
[[p:Samira]] ({{r:POH-GGZ}} {{w:Schilderswijk}})""")

T.append(
    """Nog even terugkomend op de discussie over Housing First: wij hebben het in {{w:Laak}} bij vier mensen gedaan. Drie wonen er nog. Eén (de man van de Binckhorst) is vertrokken naar zijn broer in Utrecht. Het boek 'Housing First' van [[p:Sam Tsemberis]] is een aanrader, vooral het hoofdstuk over 'consumer choice'. [[p:Anouk]]"""
)

T.append("""@[[p:Anouk]] goede tip. Ik ben het wel eens met de kritiek van [[p:Judith Wolf]] (Nijmegen) dat we in Nederland Housing First vaak 'light' doen: zonder ACT-team erbij werkt het niet. Bij ons in {{w:Zuiderpark}} lukte het pas toen het {{o:FACT-team}} van {{o:Parnassia}} er fysiek bij zat.
[[p:Frank]]""")

T.append("""Reactie op [[p:Frank]]:
Eens. Maar {{o:Staedion}} doet wel heel goed mee. Hun contactpersoon, [[p:Bianca van Dijk]], is bereikbaar op [[e:bianca.vandijk@staedion.nl]] voor alles met Housing First. Ze wil wel graag een intakeverslag zonder BSN en geboortedatum vooraf.""")

T.append(
    """Het verschil tussen bemoeizorg en gewone zorg is voor mij dat je de vraag niet afwacht. Maar hoe ver mag je gaan? Ik heb bij meneer [[p:Haverkamp]] in {{w:Vrederust}} een keer met de {{r:buurtbemiddelaar}} aangebeld op zijn verjaardag ([[d:16 augustus]]) met een taart. Hij deed open. Is dat manipulatie of betrokkenheid? Ik ben benieuwd naar jullie mening."""
)

T.append("""@[[p:Milou]] betrokkenheid! Zolang je eerlijk bent over waarom je komt. Wij werken met het principe 'wees zichtbaar, wees eerlijk, wees vasthoudend'. Dat komt uit het handboek bemoeizorg van {{o:Parnassia}}. 
[[p:Jan-Willem]] ({{r:SPV}}, ACT {{w:Escamp}})""")

T.append("""Reactie op [[p:Jan-Willem]]:
Wij hadden een discussie in het team hierover. Onze {{r:ervaringsdeskundige}} [[p:Dirk]] zei: "Als iemand op mijn verjaardag taart had gebracht toen ik op straat leefde, had ik het niet vertrouwd." Het kan dus ook averechts werken. Mooi om te bespreken bij de bijeenkomst op [[d:woensdag 10 april]].""")

T.append(
    """Voor wie het gemist heeft: de presentatie van [[p:Machteld Huber]] over Positieve Gezondheid staat in de map. Zij liet zien hoe je met het spinnenweb het gesprek over 'zingeving' opent. Wij gaan het bij het thema ouderen gebruiken in {{w:Loosduinen}}. Wie wil meedoen in de werkgroep? Aanmelden bij [[p:Jeroen]]: [[e:jeroen.postma@denhaag.nl]]."""
)

T.append(
    """@[[p:Jeroen]] ik doe mee! Ik gebruik het spinnenweb al bij het thema schulden. Bij een jonge vader in {{w:Moerwijk}} scoorde 'meedoen' een 2 en 'dagelijks functioneren' een 8. Dat had ik niet verwacht. Hij belde me gisteren ([[d:ma 11-3]]) om te zeggen dat hij vrijwilligerswerk gaat doen bij de {{o:Voedselbank Haaglanden}}. 😊 [[p:Noor]]"""
)

T.append("""Reactie op [[p:Noor]]: Wat mooi! Zijn dat de ouders van de kleine van de peuterspeelzaal aan de [[a:Zuidlarenstraat 26]]? Volgens mij ken ik ze. 
---
Moderator: bericht aangepast, adres verwijderd. Graag geen herleidbare info in de draad. [[p:Jeroen]]""")

T.append("""Reactie op de casus van de studente (paniekstoornis):
Wij merken hetzelfde bij internationale studenten aan de {{o:Universiteit Leiden}} campus Den Haag. Ze staan niet ingeschreven bij een {{r:huisarts}}, dus wij kunnen niks. De studentenarts doet wel spoedconsulten. [[p:Wei Chen]], {{r:huisarts}} op de campus, is heel behulpzaam. Het nummer van de praktijk is [[t:070 800 9922]].""")

T.append(
    """@[[p:Rachida]] ik heb de vraag over de ID-kaart van [[p:Tomasz]] gezien. Via de Poolse ambassade in Den Haag kun je een nieuwe paspoortaanvraag doen, het duurt 4-6 weken. Ze vragen wel een Pesel-nummer. Heb je dat? Anders via het consulaat. {{o:Barka}} helpt meestal ook met de afspraak. [[p:Marek]]"""
)
# ---------------- drafts with copy-paste slips, short posts ----------------
T.append("""CONCEPT — nog anonimiseren!!
Thema: schulden
Situatie: mevrouw [[p:S. Boukhari]], BSN [[b:638.108.068]], [[a:Kempstraat 14-hs]], [[pc:2572 GE]]. Alleenstaand, drie kinderen, {{w:Transvaal}}. Schulden ca. €31.000.
Aanpak: {{o:Sociaal Raadslieden}}, daarna {{o:Schuldhulpverlening gemeente Den Haag}}.
Les: volgt nog.
(Notitie voor mezelf: eerst kop eruit halen voor plaatsing.)""")

T.append("""Situatie: meneer (66) heeft sinds de AOW-leeftijd ineens veel minder geld. Pensioen uit Turkije komt niet binnen. Woont in {{w:Schilderswijk}}.
Aanpak: {{o:SVB}}, Turks consulaat, {{o:Sociaal Raadslieden}}. Aanvullende inkomensvoorziening ouderen (AIO) aangevraagd.
Wat werkte: zijn schoonzoon [[p:Emre]] kon met de Turkse instantie bellen.
Les: AIO wordt massaal niet aangevraagd, check het altijd bij 66+.
Vraag aan collega's: weet iemand hoe lang de {{o:SVB}} erover doet? Ons aanvraagnummer is [[n:AIO-7730214]], ingediend [[d:03/01/2024]].""")

T.append(
    """Kort vraagje: mag je het BSN van een cliënt in de casusbeschrijving zetten als het platform toch alles anonimiseert? Ik heb het per ongeluk gedaan in mijn les van gisteren ([[b:339298959]]). Kan een moderator het weghalen? Sorry! [[p:Linda]]"""
)

T.append(
    """@[[p:Linda]] het platform haalt het er normaal uit, maar check het toch altijd zelf. Regel van de pilot: geen BSN, geen geboortedatum, geen adres. Ik heb het voor je aangepast. [[p:Jeroen]] (moderator)"""
)

T.append("""Les uit de praktijk (jeugd, 18-/18+):
Een jongen uit {{w:Escamp}} had op zijn 18e verjaardag ([[d:12-05-2023]]) meteen een zorgverzekeringsschuld omdat niemand hem had verteld dat hij zelf moest verzekeren. Binnen een half jaar €1.400 + boete bij het {{o:CAK}}. 
Wij hebben nu een checklist '18 worden' die de {{r:jongerenwerker}} met elke jongere doorloopt: zorgverzekering, DigiD, toeslagen, bankrekening, BSN opzoeken. De jongen ([[p:Jayden]]) hielp mee om hem te maken.
Vraag: willen jullie de checklist? Mail naar [[e:jongerenteam.escamp@gmail.com]].""")

T.append("""Gegevens uit het MDO, nog even niet weggehaald:
cliënt: [[p:Hendrika]] ([[p:Riek]]) [[p:Zwart]], geb. [[d:07-09-1939]]
BSN: [[b:311.962.750]]
adres: [[a:Melis Stokelaan 2201]], [[pc:2541 GK]] Den Haag
tel: [[t:070 367 21 90]]
wijk: {{w:Morgenstond}}
betrokken: {{r:casemanager dementie}} {{o:Florence}}, {{r:wijkverpleegkundige}} {{o:Buurtzorg}}, dochter [[p:Annet]]
Les voor het thema ouderen: zie hieronder, ik werk dit nog uit.""")

T.append("""Situatie: man (44), Afghaans, statushouder sinds 2019, PTSS, woont alleen in {{w:Moerwijk}}. Zijn vrouw en kinderen zitten nog in Pakistan. Hij slaapt nauwelijks.
Aanpak: {{o:i-psy}}, {{r:POH-GGZ}} met tolk Dari, maatje via {{o:VluchtelingenWerk}}.
Wat werkte: samen koken in het buurthuis op vrijdag. Hij maakte kabuli palaw voor twintig mensen.
Les: trauma-behandeling lukt pas als er íets van vaste grond is.
Vraag aan collega's: hoe gaan jullie om met de IND-wachttijd voor nareis? Dossiernummer {{o:IND}} hebben we, V-nr [[n:2948115730]], maar er gebeurt niks.""")

T.append(
    """@[[p:Bas]] dank voor je les over AIO! Wij hebben er direct naar gekeken en bij twee oudere cliënten in {{w:Laak}} bleek het recht te bestaan. Bij één (mevr. [[p:Özdemir]], 71) gaat het om bijna €280 per maand. Dat is voor haar het verschil tussen wel en niet de huur kunnen betalen."""
)

T.append("""Reactie op [[p:Bas]]:
Kleine aanvulling: voor AIO moet je ook de rekening opgeven waar het op gestort wordt. Let op dat dat de eigen rekening van de oudere is en niet die van een kind. Bij ons ging het mis: het werd gestort op [[i:NL96 TRIO 3429 8517 68]], de rekening van de zoon, en die gaf het niet door.
Groet, [[p:Ingrid]]""")

T.append("""Vraag van de week (thema verslaving): hoe bereik je iemand die niet wil stoppen met drinken, maar wel last heeft van de gevolgen? Wij zitten vast bij een vrouw (53) in {{w:Scheveningen}}. {{o:Brijder}} wil pas iets doen als ze zelf belt. De {{r:huisarts}} zegt: motivatie moet van haar komen. 
Ik kom niet verder, ook niet na het gesprek van [[d:maandag 12 februari]]. Tips? [[p:Els]]""")

T.append("""@[[p:Els]] in zo'n geval zou ik de CRAFT-methode proberen (Community Reinforcement and Family Training). Je werkt via de naasten. [[p:Robert Meyers]] heeft het ontwikkeld. Bij ons hielp het bij een man in {{w:Bouwlust}}: zijn zus ([[p:Carla]]) leerde hoe ze kon belonen als hij nuchter was. Na drie maanden belde hij zelf {{o:Brijder}}.
[[p:Thijs]], {{r:verslavingsarts}} i.o.""")

T.append("""Reactie op [[p:Thijs]]: Interessant! Ik ken CRAFT niet. Is er een Nederlandse training voor? En werkt het ook als de naaste zelf ook drinkt? Bij onze mevrouw is dat de partner, [[p:Hans]]. 
[[p:Els]]""")

T.append("""Notitie bij huisbezoek (voor de les, nog redigeren): 
[[d:di 14 nov.]] samen met {{r:wijkverpleegkundige}} [[p:Inge]] bij mw. op [[a:Erasmusweg 1120]]. Veel pillen op tafel, deels verlopen. Apotheek gebeld, baxterrol geregeld. Zoon (heet [[p:Dennis]]) komt zaterdag.
Les: medicatieveiligheid is een van de eerste dingen om te checken bij kwetsbare ouderen.""")
# ---------------- more lessons, threads, facilitator posts ----------------
T.append("""Situatie: Chinese dame (76), [[p:Mei]] zegt ze zelf, woont boven het restaurant van haar zoon in {{w:Centrum}}. Sinds haar man in mei overleed komt ze niet meer beneden. Spreekt Kantonees.
Aanpak: {{r:ouderenconsulent}}, contact via {{o:Stichting Chinese Ouderen Den Haag}}? (heet anders, check), wijkverpleging via {{o:HWW zorg}}.
Wat werkte: tai chi in het {{w:Zuiderpark}} met een groep Chinese ouderen op zondagochtend.
Les: schaamte over 'hulp van buiten' is in veel culturen groot. Werk via de eigen gemeenschap.
Vraag aan collega's: wie kent een Kantonees sprekende vrijwilliger?""")

T.append(
    """@[[p:Hanan]] ik ken iemand! [[p:Xiaoling Wu]], vrijwilliger bij het Chinees centrum, spreekt Kantonees én Mandarijn. Haar mail: [[e:xiaoling.wu88@outlook.com]]. Ze komt ook graag naar {{w:Transvaal}}."""
)

T.append("""Situatie: Kaapverdiaanse familie, oma (82) woont in bij de familie van haar dochter in {{w:Spoorwijk}}. Dementie, 's nachts onrustig, de kleinkinderen slapen slecht. 
Aanpak: {{r:casemanager dementie}}, nachtzorg via {{o:Florence}}, gesprek over logeeropvang.
Wat werkte: kleindochter [[p:Nelida]] (19) was de enige die wist dat oma 's nachts 'naar de haven' wilde. Ze was vroeger visvrouw op São Vicente.
Les: de jongste generatie weet soms het meest.
Vraag aan collega's: ervaring met Kaapverdische ouderen in dagbesteding? Er is volgens mij een groep in {{w:Delfshaven}} in Rotterdam... of bedoel ik de Kaapverdische vereniging op de [[a:Hoefkade 556]]?""")

T.append("""Wat werkte bij ons: een eigen kracht-conferentie (EK-c) bij een Somalisch gezin in {{w:Bouwlust}} met zes kinderen en een vader die zich terugtrok. Twaalf familieleden kwamen, sommigen uit Birmingham. Het plan werd door de familie zelf geschreven. De {{r:EK-c coördinator}} ([[p:Hawa]]) was zelf Somalisch. 
Les: zoek een coördinator uit de gemeenschap, dan is de opkomst anders.
Vraag aan collega's: wie betaalt bij jullie de reiskosten van familie uit het buitenland?""")

T.append("""Reactie op [[p:Lieke]]:
> wie betaalt bij jullie de reiskosten van familie uit het buitenland?
Bij ons niemand, dus doen we het hybride met een laptop. Werkt verrassend goed. Bij het Somalische gezin zat de oom mee vanuit Minneapolis via Teams.
[[p:Abdirahman]] ({{r:sleutelpersoon}}, {{o:Stichting Mooi}})""")

T.append("""Situatie: Roemeense man (37), dakloos, verslaafd aan crack, slaapt in de bosjes bij de Uithof. Geen recht op opvang volgens de regels (niet rechtmatig verblijf).
Aanpak: {{o:Straatteam}}, {{o:Barka}}, {{o:Leger des Heils}} winteropvang. 
Wat werkte: contact met zijn moeder in Constanța via [[t:+40 723 118 402]]. Ze wilde hem terug.
Les: niet-rechthebbend betekent niet dat je niets kunt.
Vraag aan collega's: wie heeft contact met de Roemeense ambassade? [[p:Ionuț]] heeft geen paspoort meer.""")

T.append(
    """Snelle notitie na casusoverleg {{w:Moerwijk}}: mw [[p:de visser]] weer niet thuis, briefje achtergelaten. Volgende poging vr met [[p:Bouchra]] ({{r:ervaringsdeskundige}}). mw heeft hond, dus niet aanbellen na 20u. dossier [[n:2024-03318]]."""
)

T.append(
    """Les (huisvesting, zeer kort): wie een urgentieverklaring aanvraagt, moet bewijs van de dakloosheid hebben. Bij een cliënt uit {{w:Laak}} hebben we een verklaring van {{o:Leger des Heils}} gebruikt. Aanvraag ging van [[p:B. Koster]], [[a:Neherkade 2710]], [[pc:2521 VX]]. Binnen 3 weken toegekend. Tip: zeg vooraf tegen de {{r:woonconsulent}} welke documenten je meestuurt."""
)

T.append("""Situatie: gezin uit Eritrea, nareis, vijf kinderen in een te kleine woning aan de [[a:Dedemsvaartweg 88]], [[pc:2544 AX]] ({{w:Escamp}}). De oudste twee zijn 17 en 18, doen niks overdag, voetballen op straat.
Aanpak: {{r:jongerenwerker}} van {{o:Xtra}}, taalschool, en ISK voor de 17-jarige.
Wat werkte: een stage bij de Fietsenmaker aan de Leyweg, via een ondernemer ([[p:Mesfin]]) uit de eigen gemeenschap.
Les: werk is integratie, taal komt er vanzelf bij.
Vraag aan collega's: hoe regelen jullie de inburgering voor 18-jarigen als ze geen ISK meer mogen?""")

T.append("""Situatie: 85-jarige vrouw uit {{w:Mariahoeve}}, ernstig eenzaam, zei tegen de {{r:huisarts}}: "ik wil er niet meer zijn". Geen depressie volgens de {{r:POH-GGZ}}, wel 'klaar met leven'.
Aanpak: gesprek over levenseinde, {{r:geestelijk verzorger}} via het {{o:Centrum voor Levensvragen Haaglanden}}, buurtkamer.
Wat werkte: een {{r:geestelijk verzorger}} die gewoon luisterde en niks hoefde op te lossen.
Les: niet elk verdriet is een probleem dat wij moeten oplossen.
Vraag aan collega's: kennen jullie het boek 'Voltooid leven' van [[p:Els van Wijngaarden]]? Het heeft mijn blik veranderd.""")

T.append(
    """@[[p:Carolien]] ja, heel mooi boek. Ik gebruik vaak ook de vraag van [[p:Bert Keizer]]: "Wat maakt uw dag de moeite waard?" Dat opent meer dan 'hoe gaat het'. Ik heb hem gesproken bij een symposium in {{w:Scheveningen}} vorig jaar. [[p:Wouter]]"""
)

T.append(
    """Lesje bemoeizorg (en huisvesting): schrijf na een ontruiming altijd direct het nieuwe postadres op. Een man die wij kenden (ex-bewoner [[a:Steenwijklaan 54]], {{w:Moerwijk}}) raakte na zijn ontruiming op [[d:13 maart 2023]] volledig uit beeld. Pas een jaar later vonden we hem terug via de {{o:GGD}}. Hij had een jaar geen uitkering gehad. Dit had voorkomen kunnen worden."""
)

T.append(
    """@[[p:Sander]] wat een pijnlijk verhaal. Bij ons is nu de afspraak dat {{o:Haag Wonen}} ons belt voordat ze ontruimen, dan kunnen wij erbij zijn. Het is een convenant, ik kan het je mailen. Of kijk bij de contactpersoon van de gemeente: [[e:vroegsignalering@denhaag.nl]]."""
)

T.append("""Reactie op [[p:Sander]]:
Wat zonde. Wij gebruiken sinds kort een 'warme overdracht' bij ontruiming: de {{r:maatschappelijk werker}} van de corporatie neemt contact op met het {{o:Centraal Coördinatiepunt}} van de gemeente. Iedereen die op straat komt krijgt daar een nummer ([[n:CCP-24-0772]] was het bij onze laatste), zodat je ze terug kunt vinden.
[[p:Hamid]]""")

T.append("""Situatie: meneer [[p:Bakker]] (69), gepensioneerd buschauffeur, {{w:Leyenburg}}. Sinds zijn vrouw naar het verpleeghuis ging, zit hij de hele dag op de bank. Eet slecht. Komt alleen buiten voor bezoek aan haar in {{o:Het Uiterjoon}}.
Aanpak: {{r:welzijnscoach}}, {{o:Humanitas}}, eetclub in het wijkcentrum.
Wat werkte: vrijwillig chauffeur worden voor de buurtbus. Hij rijdt nu drie ochtenden per week.
Les: bij mannen is 'nuttig zijn' vaak de ingang, niet 'gezelligheid'.
Vraag aan collega's: hoe bereiken jullie mannen 70+?""")

T.append("""Reactie op de les over meneer [[p:Bakker]]:
Mooi voorbeeld. Bij ons in {{w:Ypenburg}} hebben we een 'mannen-schuur' (Men's Shed) opgezet. Tien mannen, allemaal weduwnaar of alleen. Ze maken vogelhuisjes voor de basisscholen. Zie de site van {{o:Men's Sheds Nederland}}. 
[[p:Gerrit]]""")

T.append("""Situatie: jonge vrouw (25) met een LVB, twee kinderen van verschillende vaders, wordt financieel uitgebuit door een 'vriend' die haar pinpas heeft. {{w:Schilderswijk}}.
Aanpak: {{o:MEE}}, {{o:Veilig Thuis}}, beschermingsbewind, nieuwe bankrekening.
Wat werkte: de {{r:bewindvoerder}} opende een leefgeldrekening waar alleen zij bij kan; de oude rekening [[i:NL42ASNB5251871115]] is geblokkeerd.
Les: bij LVB is financiële uitbuiting een vorm van huiselijk geweld. Meld het ook zo.
Vraag aan collega's: werken jullie met de 'Meldcode' ook bij volwassenen zonder kinderen?""")

T.append("""Situatie: Turks-Nederlandse man (52), werkloos, gescheiden, drinkt, {{w:Transvaal}}. Zijn moeder (80) woont bij hem in en hij is haar mantelzorger. Ze is bang voor hem als hij dronken is.
Aanpak: ouderenmishandeling? Overleg met {{o:Veilig Thuis}}. Apart gesprek met moeder, met tolk.
Wat werkte: zijn zus [[p:Aylin]] nam moeder in huis voor een maand, zodat beide tot rust kwamen.
Les: zorgen en geweld kunnen samengaan. Overbelaste mantelzorg is een risico.
Vraag aan collega's: hoe bespreken jullie ouderenmishandeling zonder de mantelzorger te beschuldigen?""")

T.append(
    """Voor de thema-avond jeugd: ik breng een casus in over een meisje van 14 uit {{w:Duindorp}} dat via TikTok gechanteerd werd met naaktfoto's. De politie zat erop, wij deden de nazorg. De {{r:schoolmaatschappelijk werker}} van het Johan de Witt College was ontzettend goed. Ik zal de naam weglaten, maar in het schoolsysteem staat ze onder leerlingnummer [[n:LLN 20231187]] - dat haal ik er nog uit. [[p:Fenna]]"""
)

T.append(
    """@[[p:Fenna]] misschien goed om het leerlingnummer nu al te verwijderen, het blijft anders in de notificatiemails staan. Verder: heel relevant thema. {{o:Helpwanted}} en het {{o:Centrum Seksueel Geweld Haaglanden}} doen hier veel in. Tel CSG: niet hier zetten, het staat op de site. [[p:Esmée]]"""
)

T.append("""Verslag expertmeeting [[d:vrijdag 19 april]] (thema bemoeizorg)
Aanwezig: 18 deelnemers uit 11 teams, gast: prof. [[p:Niels Mulder]] ({{r:psychiater}}, Erasmus MC).
Kernpunten:
1. Bemoeizorg begint met een relatie, niet met een indicatie.
2. De {{r:wijkagent}} is vaak eerder in beeld dan wij.
3. Zonder {{r:huisarts}} blijft de {{o:GGZ}}-deur dicht: vraag de gemeente om een '{{r:huisarts}} voor zorgmijders'.
Vervolg: werkgroep met [[p:Roel]], [[p:Milou]] en [[p:Jan-Willem]], eerste overleg [[d:2-5]].""")

T.append("""Verslag startbijeenkomst pilot 'Samen werken in het sociale domein'
Datum: [[d:dinsdag 6 februari 2024]], Atrium Stadhuis.
Gekozen thema's: jeugd (jongvolwassenen), ouderen, huiselijk geweld, bemoeizorg. Schulden en eenzaamheid worden 'dwarsverbanden'.
Wethouder [[p:Martine van Doorn]] opende met een verhaal over haar eigen oma in {{w:Laak}}.
Volgende stap: per thema een trekker. Trekker ouderen: [[p:Ilse]]; jeugd: [[p:Giovanni]]; HG: [[p:Hatice]]; bemoeizorg: [[p:Roel]].""")

T.append(
    """Reactie op het verslag: kunnen we de presentatie van [[p:Martine van Doorn]] ook in de map zetten? En klopt het dat de slotbijeenkomst op [[d:27 juni]] is? Ik heb dan al een MDO. [[p:Kees]]"""
)

T.append("""Situatie: vader (35), verslaafd aan cocaïne, werkt in de bouw, zorgt voor zijn dochter van 6 in de weken dat zij bij hem is. Moeder heeft zorgen en meldt bij {{o:Veilig Thuis}}. {{w:Rustenburg}}.
Aanpak: {{o:Brijder}} poliklinisch, {{r:gezinscoach}} via het {{o:CJG}}, ouderschapsplan aangepast.
Wat werkte: vader zelf laten kiezen wat hij wil laten zien aan zijn dochter. Hij zei: "Ik wil dat ze later niet over mij praat zoals ik over mijn vader".
Les: ouderschap is de sterkste motivator bij verslaving.
Vraag aan collega's: werken jullie met urinecontroles bij omgangsregelingen?
(Intern: melding VT loopt onder [[n:VT/HG/2024/00921]].)""")

T.append("""Situatie: meneer (59), COPD, rookt, woont op de 4e verdieping zonder lift in {{w:Zeeheldenkwartier}}. Komt zijn huis niet meer uit. Zijn buurman ([[p:Freek]]) doet boodschappen.
Aanpak: urgentie medische indicatie aangevraagd bij de gemeente, Wmo-trapliftonderzoek, {{r:ergotherapeut}}.
Wat werkte: een rolstoeltaxi via de {{o:Regiotaxi Haaglanden}} zodat hij weer naar de wekelijkse kaartclub kon.
Les: mobiliteit is sociale participatie.
Vraag aan collega's: hoe lang duurt bij jullie een medische urgentie? Zijn aanvraagnummer [[n:URG-MI-2023-6612]] ligt er al 14 weken.""")

T.append(
    """@[[p:Tim]] 14 weken is bij ons helaas normaal. Tip: bel de {{r:medisch adviseur}} van de gemeente (via de {{r:Wmo-consulent}}), soms versnelt dat. Bij een dame op [[a:Valkenboslaan 230 bis]] hielp het. [[p:Priya]]"""
)

T.append("""Situatie: 27-jarige vrouw, Hindostaans, uithuwelijkingsdreiging via familie in Suriname. Woont bij haar ouders in {{w:Transvaal}}. Is bang.
Aanpak: {{o:Veilig Thuis}}, {{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}}, anoniem onderdak.
Wat werkte: ze kreeg een 'safe phone' ([[t:06-11389722]]) die alleen wij kenden.
Les: bij eergerelateerd geweld nooit bemiddelen met familie voordat de veiligheid geregeld is.
Vraag aan collega's: ervaring met de {{r:aandachtsfunctionaris eergerelateerd geweld}} bij de politie?""")

T.append(
    """@[[p:Ravi]] sterk en heel zorgvuldig gedaan. Maar: het telefoonnummer van de safe phone zou ik NU uit je post halen. Als iemand van de familie dit leest... Het platform vangt het waarschijnlijk op, maar toch. [[p:Hatice]] (trekker HG)"""
)

T.append(
    """Reactie op [[p:Hatice]]: klopt, aangepast, dank! Wist niet dat er ook ouders meelezen. [[p:Ravi]]"""
)

T.append(
    """Wat ik geleerd heb van de casus van meneer [[p:Bakker]] en het {{o:Men's Shed}}-verhaal van [[p:Gerrit]]: wij hadden in {{w:Scheveningen}} een man die alleen nog in zijn schuurtje zat. We hebben zijn schuurtje aan de [[a:Stevinstraat 160]] gewoon 'opengezet' voor de buurt, met een bordje 'reparaties'. Hij heeft nu elke zaterdag bezoek."""
)

T.append(
    """Thema schulden, korte les: bij beslag op een toeslag (zorgtoeslag/huurtoeslag) is dat vaak onrechtmatig. Bij een cliënt in {{w:Moerwijk}} stond de huurtoeslag op een gezamenlijke rekening met haar ex ([[i:NL37 KNAB 4043 3559 69]]). Hij nam alles op. Nu op een eigen rekening. Tip: check altijd op welke rekening toeslagen binnenkomen. [[p:Sevda]]"""
)

T.append(
    """Vraag: wie van jullie werkt met het Haagse 'Vroeg Eropaf'? Wij krijgen signalen van {{o:Staedion}} en {{o:Eneco}} over betalingsachterstanden. Vorige week een signaal over een adres in {{w:Bouwlust}}: [[a:Wolweverslaan 12]], [[pc:2545 CT]]. Wie gaat bij jullie op huisbezoek, de {{r:schuldhulpverlener}} of iemand van het SWT?"""
)

T.append(
    """@[[p:Dewi]] bij ons gaat het SWT altijd met twee. Zonder aankondiging. We nemen een flyer mee en een thermoskan koffie. Bij een meneer (76) bleek de achterstand van €600 maar een klein deel, hij had ook €15.000 aan rood staan bij [[i:NL13INGB6069175617]]. Dat had niemand gezien. [[p:Youssef]]"""
)

T.append("""Situatie: mevrouw [[p:Roos]] (72) — ja, dat is haar achternaam — woont in {{w:Kijkduin}}, vroeger actief in de kerk, nu alleen. Ze heeft een drankprobleem dat niemand kent. 
Aanpak: {{r:huisarts}}, {{o:Brijder}} 60+ programma, een vrijwilliger van de kerk.
Wat werkte: het woord 'alcohol' niet gebruiken, wel 'uw wijntje'.
Les: verslaving bij ouderen is verborgen. Stel de vraag altijd.
Vraag aan collega's: kennen jullie het programma 'Minder drinken 55+'?""")

T.append(
    """Korte update voor wie meeleest in de draad over de mevrouw uit {{w:Kijkduin}}: ze gaat nu elke woensdag naar de ontmoetingsgroep van {{o:Brijder}}. Haar buurvrouw, mevr. [[p:Kok]], brengt haar. Mooi om te zien hoe een buurvrouw het verschil maakt."""
)

T.append("""Situatie: Antilliaanse jongen (20), net uit detentie, zit thuis bij zijn moeder in {{w:Zuiderpark}}. Moeder werkt twee banen. Hij hangt met oude vrienden rond.
Aanpak: {{o:Reclassering}}, {{r:jongerenwerker}} met Antilliaanse achtergrond, werk via {{o:Werkgeversservicepunt Haaglanden}}.
Wat werkte: hij mocht starten als hulpkok bij een restaurant van een oud-jongerenwerker ([[p:Rignald]]). 
Les: een rolmodel uit de eigen wijk is meer waard dan tien trajecten.
Vraag aan collega's: hoe werken jullie samen met de {{o:Antilliaanse Netwerken}}?""")

T.append("""Situatie: moeder (37), psychiatrische problemen (bipolair), twee kinderen (8 en 11), woont in {{w:Segbroek}}. Gaat van manie naar depressie, kinderen zorgen dan voor haar. 
Aanpak: KOPP-groep voor de kinderen bij {{o:Youz}}, {{o:FACT-team}} voor moeder, crisisplan samen met de kinderen.
Wat werkte: een 'noodpakket' voor de kinderen met telefoonnummers van oma en de buurvrouw: [[t:0703604412]] en [[t:0620938811]].
Les: kinderen van ouders met psychische problemen hebben een eigen plan nodig.
Vraag aan collega's: wie ziet bij jullie de kinderen als de ouder in crisis is?""")

T.append(
    """Even sparren: hoe bewaren jullie de toestemmingsverklaring voor het delen van de casus? Wij scannen hem in, maar in de scan staan handtekening, geboortedatum en BSN. Bij mevrouw uit {{w:Laak}} stond er zelfs [[b:876 928 622]] op en [[d:2 maart 1958]]. Moet je die scan niet direct vernietigen? [[p:Anne]]"""
)

T.append(
    """@[[p:Anne]] bij ons gaat de scan in het dossier van de cliënt, niet in de platformmap. De {{r:functionaris gegevensbescherming}} van de gemeente ([[p:Paul Vermeulen]], [[e:p.vermeulen@denhaag.nl]]) heeft daar een instructie over gemaakt. Ik kan hem doorsturen."""
)
# ---------------- pasted fragments, forms, admin-heavy posts ----------------
T.append("""Situatie (concept, plakwerk uit ons systeem):
Aanmelding [[d:08-01-2024]] via {{o:Servicepunt XL}} {{w:Escamp}}. Cliënt woont [[a:Meppelweg 412]], [[pc:2544 BH]]. BSN [[b:938508659]]. Inkomen: Participatiewet. Schulden: ± €12.500.
Aanpak: {{o:Schuldhulpmaatjes}} + budgetbeheer.
Les: bij de intake al vragen welke post er ongeopend ligt.
Vraag aan collega's: hoe voorkomen jullie dat je de aanmeldgegevens meekopieert? (Zoals ik nu dus doe, sorry, graag redigeren.)""")

T.append("""Doorgestuurde mail (met toestemming van de cliënt geplaatst, gegevens graag weghalen):
"Geachte mevrouw, hierbij bevestigen wij dat de betalingsregeling voor de huurachterstand is ingegaan op [[d:1 februari 2024]]. Het bedrag van €85 wordt maandelijks geïncasseerd van rekening [[i:NL48ABNA2081406393]]. Kenmerk: [[n:HW-2024-0193]]. Met vriendelijke groet, {{o:Haag Wonen}}, afdeling Incasso."
Mijn les: een regeling op papier geeft rust. Vraag altijd om schriftelijke bevestiging.""")

T.append(
    """Wie weet dit? Cliënt (62, {{w:Laak}}) krijgt een brief van het {{o:CJIB}} over een boete uit 2019 die al betaald is. Betalingskenmerk [[n:1234 5678 9012 3456]], betaald vanaf [[i:NL04 INGB 1707 4718 39]]. Hoe kun je dat aantonen als de bank de afschriften niet meer heeft van zo lang geleden?"""
)

T.append(
    """@[[p:Chantal]] het {{o:CJIB}} kan zelf in hun systeem terugzoeken als je het betalingskenmerk hebt. Bel ze met de cliënt erbij, dan mag je mee luisteren. Bij ons lukte het in één telefoontje. PS: rekeningnummer had je beter kunnen weglaten 😉 [[p:Youssef]]"""
)

T.append("""Thema huisvesting — les over inschrijving:
Jongeren die uit huis gaan, schrijven zich vaak niet in bij {{o:Woonnet Haaglanden}}. Bij een jongen uit {{w:Wateringse Veld}} (geboren [[d:4 augustus 2005]]) bleek dat hij al 3 jaar ingeschreven had kunnen zijn. Zijn moeder heeft het nu geregeld: inschrijfnummer [[n:WNH-88120447]].
Tip: laat elke jongere van 18 zich meteen inschrijven, het kost bijna niks.""")

T.append("""Reactie op [[p:Mark]]:
> laat elke jongere van 18 zich meteen inschrijven
Eens! Wij doen het bij de 18+ checklist. Let wel: de inschrijving is gekoppeld aan een e-mailadres. Bij veel jongeren is dat een adres dat ze zijn vergeten (bij ons: [[e:xXjaydenXx2005@hotmail.nl]] 🙄). Maak er samen een nieuw, 'volwassen' adres voor.
[[p:Giovanni]]""")

T.append(
    """Vraag aan collega's: wie heeft een werkend contact bij {{o:DUO}} voor jongeren met een studieschuld die niet weten dat ze draagkrachtmeting kunnen aanvragen? Een jongen (23, {{w:Moerwijk}}) heeft €18.000 schuld, aflossing op [[i:NL09SNSB8089196074]] loopt niet en de brieven gaan naar zijn oude adres [[a:Zonnebloemstraat 18]], [[pc:2565 RX]]."""
)

T.append("""Situatie: mevrouw (49), burn-out, baan kwijt, scheiding. {{w:Ypenburg}}. Ze belde in paniek: de bank dreigde haar huis te verkopen.
Aanpak: {{o:Geldfit}}, {{o:Sociaal Raadslieden}}, hypotheekadviseur via {{o:Stichting Hypotheekadvies Pro Deo}}.
Wat werkte: de executieveiling (gepland op [[d:11-06-2024]]) werd uitgesteld omdat de bank een concreet plan zag.
Les: ook eigenaar-bewoners kunnen bij ons terecht. Zij weten het alleen niet.
Vraag aan collega's: zijn er andere teams met ervaring met de NHG-regeling?""")

T.append(
    """Kleine ergernis: het {{o:UWV}} stuurt alles naar de mijnoverheid-box, en cliënten zonder DigiD missen het. Bij meneer (57, {{w:Spoorwijk}}) is zijn WW stopgezet omdat hij een brief van [[d:28-9]] niet had gelezen. Wij hebben DigiD met machtiging geregeld. Zijn BSN stond gewoon in de brief ([[b:717 195 272]]), wat een risico als die brief bij de buren belandt."""
)

T.append(
    """Reactie op de ergernis over het {{o:UWV}}: herkenbaar. Tip: bij {{o:Het Juridisch Loket}} kun je bezwaar laten maken tegen de stopzetting. Bij ons werd dat binnen 6 weken hersteld. Ik had een cliënt met WW-nummer [[n:WW-4419-2281]] waar het zo ging. [[p:Naima]]"""
)

T.append("""Situatie: man van 45, Ghanees, net gescheiden, heeft zijn twee kinderen elk weekend in een eenkamerwoning aan de [[a:Van Ostadestraat 211-3]], [[pc:2525 AV]], {{w:Schilderswijk}}. {{o:Raad voor de Kinderbescherming}} onderzoekt de omgang ([[n:RvdK 24/118.774]]).
Aanpak: urgentie aanvragen was kansloos; wel een tijdelijke grotere woning via een antikraakbureau.
Les: omgangsregelingen lopen vast op woonruimte. Neem dat mee in het raadsonderzoek.""")

T.append(
    """Hoi allemaal, ik ben [[p:Meryem]], nieuw in het SWT {{w:Transvaal}} ({{r:maatschappelijk werker}} vanuit {{o:Xtra}}). Ik lees hier mee en vind het heel waardevol. Ik ben vooral bezig met het thema huiselijk geweld. Wie wil een keer koffie drinken? Mijn werknummer: [[t:06-15 44 87 21]], mail [[e:m.aydin@xtra.nl]]."""
)

T.append(
    """@[[p:Meryem]] welkom! Kom gerust langs op de eerstvolgende thema-bijeenkomst HG, [[d:donderdag 14 maart]] om 13.30 in het wijkcentrum, ik weet de naam niet meer, het is in {{w:Transvaal}} aan de [[a:Paul Krugerlaan 107]]. [[p:Hatice]]"""
)

T.append(
    """Eén les die ik deze maand leerde: check altijd de postcode als je een {{o:Veilig Thuis}}-melding doet. Ik typte [[pc:2532 CL]] in plaats van [[pc:2523 CL]], en de politie ging naar het verkeerde adres. Gelukkig snel hersteld, maar het had mis kunnen gaan."""
)

T.append("""Situatie: mevrouw (88), {{w:Bohemen}}, net uit het ziekenhuis ({{o:HMC Westeinde}}), ontslagen op [[d:vrijdagmiddag 22 september]] zonder dat er thuiszorg geregeld was. Niemand wist dat ze alleen woonde.
Aanpak: {{r:transferverpleegkundige}} gebeld (was al weg), {{r:wijkverpleegkundige}} kwam op zaterdag, {{o:Florence}} crisisbed.
Les: vrijdagmiddag-ontslag van kwetsbare ouderen is een bekend risico. Maak er afspraken over met het ziekenhuis.
Vraag aan collega's: hebben jullie een contact bij het transferbureau? Wij hebben [[p:Yvette]], [[t:088-979 42 19]].""")

T.append(
    """Reactie op [[p:Yvette]]'s naam in de vorige post: jullie mogen haar gerust bellen, ze weet ervan. Ze is ook bereikbaar via [[e:y.kalloe@haaglandenmc.nl]]. Heel fijne samenwerking. [[p:Monique]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg}} {{w:Bohemen}})"""
)

T.append("""Casusles verslaving en wonen: meneer (50) woont in een Skaeve Huse-woning in {{w:Zuiderpark}}-Zuid sinds [[d:15-04-2022]]. Daarvoor: 14 jaar dak- en thuisloos, 6 keer ontruimd. Nu 2 jaar zonder incidenten. 
Wat werkte: géén buren, een eigen tuin, een hond, en de beheerder van {{o:Leger des Heils}} die elke dag even langskomt.
Les: sommige mensen passen niet in een portiekflat, en dat is oké.
Vraag aan collega's: zijn er plannen voor meer van deze woningen in {{w:Escamp}}?""")

T.append("""Aanmeldformulier (ingevuld voorbeeld, voor de workshop 'goed aanmelden'):
Naam: [[p:Kwame Boateng]]
Geb.datum: [[d:21-03-1979]]
BSN: [[b:778679263]]
Adres: [[a:Loosduinseweg 715-B]], [[pc:2571 BK]]
Telefoon: [[t:+31 (0)6 2744 9031]]
Vraag: 'hulp bij schulden en huisvesting'
Let op: dit is een ECHT formulier, ik haal het weg na de workshop. [[p:Sevda]]""")

T.append(
    """@[[p:Sevda]] oeps, dat mag echt niet in deze map! Ik heb het verplaatst naar de beveiligde teammap. Voor de workshop maak ik een fictief formulier. [[p:Jeroen]] (moderator)"""
)

T.append(
    """Thema ouderen, korte les: bij de {{r:casemanager dementie}} komen steeds vaker mensen binnen zonder mantelzorger. 'Alleenstaande dementerenden' heet dat in het rapport van {{o:Alzheimer Nederland}}. Bij ons in {{w:Mariahoeve}} zijn dat er nu 34. Eén van hen, meneer (81) op [[a:Juliana van Stolberglaan 224]], werd op [[d:zondag 3 december]] verward op straat gevonden. Zonder buurvrouw [[p:Gonny]] was het slecht afgelopen."""
)

T.append("""Situatie: 16-jarige jongen uit {{w:Moerwijk}}, drugsrunner, verdacht van een steekincident. Moeder alleenstaand, drie jongere kinderen.
Aanpak: Top600-aanpak? Nee, te jong. Wel {{o:Jeugdbescherming west}} en een {{r:straatcoach}}.
Wat werkte: moeder koppelen aan een andere moeder die hetzelfde had meegemaakt ([[p:Latifa]], via {{o:Stichting Moeders van Moerwijk}}).
Les: ouders van criminele jongeren hebben zelf ook steun nodig.
Vraag aan collega's: wie kent het project 'Ouders in de wijk'? Contact: [[e:info.ouderskracht@gmail.com]]""")

T.append(
    """Graag jullie hulp: meneer [[p:Wisse]] ({{w:Duindorp}}, 71) wil zijn AOW laten overmaken naar een nieuw rekeningnummer, [[i:NL50INGB2046957237]], maar de {{o:SVB}} accepteert zijn handtekening niet omdat die 'anders' is sinds zijn beroerte. Wat nu?"""
)

T.append(
    """Reactie op de vraag over de handtekening: de {{o:SVB}} accepteert ook een wijziging via het persoonlijk gesprek op kantoor, met ID. Of via een machtiging. Wij hebben het vorige maand zo gedaan bij een mevrouw met Parkinson in {{w:Loosduinen}}. Afspraak op [[d:15/01]] en binnen twee weken was het rond. [[p:Patrick]]"""
)

T.append("""Situatie: mevrouw (34), sekswerker, wil stoppen. Woont in een kamer in {{w:Stationsbuurt}}. Schulden aan haar 'manager'.
Aanpak: {{o:SHOP}} (uitstapprogramma), {{o:Humanitas}} Thuisadministratie, veilige woonruimte.
Wat werkte: de {{r:ervaringsdeskundige}} van {{o:SHOP}}. Ze werd meteen begrepen.
Les: uitstappen kost tijd, meestal meerdere pogingen.
Vraag aan collega's: wie heeft ervaring met de RUTA-regeling? Haar nieuwe IBAN, voor de uitkering: [[i:NL40 RABO 7195 2166 41]]. (o nee, dit moet hier niet, sorry)""")
# ---------------- extra: numbers-heavy and word-like non-names ----------------
T.append("""Situatie: oud-visser uit {{w:Scheveningen}} (74), alleen sinds zijn vrouw overleed. De koster van de kerk aan de Keizerstraat belde ons: hij kwam al weken niet meer naar de dienst.
Aanpak: {{r:ouderenconsulent}} samen met de dominee op bezoek, {{o:Welzijn Scheveningen}} voor de maaltijdservice.
Wat werkte: het visserijmuseum zocht vrijwilligers. Hij vertelt nu twee middagen per week over de bomschuiten.
Les: hoop doet leven, maar een taak ook. Op zijn deurmat ligt nog steeds een roos van de begrafenis, hij wil hem niet weggooien.
Contact zoon: [[t:+31 6 5120 3378]] (woont in Katwijk).""")

T.append(
    """Vraag over bewind: een cliënt in {{w:Escamp}} heeft een {{r:bewindvoerder}} die niet reageert. Huur is twee maanden niet betaald van de beheerrekening [[i:NL33BUNQ8987333487]]. Leefgeld komt ook niet. Dossiernummer bij het kantoor: [[n:BW-2021-0456-HG]]. Kan ik naar de kantonrechter? Wie heeft dat eerder gedaan? [[p:Natasja]]"""
)

T.append(
    """@[[p:Natasja]] ja, je kunt een klacht indienen bij de kantonrechter, met de cliënt als indiener. Wij deden dat bij een meneer aan de [[a:Thomsonlaan 41-II]], [[pc:2565 KW]]. Binnen twee maanden kreeg hij een andere {{r:bewindvoerder}}. Neem ook contact op met de {{o:Branchevereniging voor Professionele Bewindvoerders}}. Let op: in de brief moet zijn BSN staan ([[b:972644507]]), dus niet per gewone mail versturen. [[p:Kevin]]"""
)

T.append(
    """Reactie op [[p:Kevin]]: dank! En een tip van mij: vraag bij de rechtbank naar het 'rekening en verantwoording'-overzicht. Daar zie je precies wat er van [[i:NL49 INGB 3895 8959 83]] is afgeschreven. Bij ons bleek de {{r:bewindvoerder}} zijn eigen kosten dubbel te rekenen. [[p:Natasja]]"""
)

T.append(
    """Thema schulden: de {{o:Schuldenlijn}} (gratis) helpt ook 's avonds. Maar bij onze cliënten werkt persoonlijk contact beter. Een mevrouw uit {{w:Laak}} ([[a:Rijswijkseweg 402]], [[pc:2516 HN]]) hadden we doorverwezen naar de lijn, maar ze belde nooit. Toen de {{r:schuldhulpverlener}} op [[d:dinsdag 20 februari]] langsging, kwam alles op tafel: 23 schuldeisers, een verlopen ID, en een kind met een beperking. BSN voor de aanvraag: [[b:648.680.964]]."""
)

T.append(
    """Hoi [[p:Wilma]], @[[p:Ferhat]], zoals beloofd in de sessie: hier de contactgegevens van het {{o:Buurtteam Ypenburg}}. Hun {{r:casusregisseur}} [[p:Anja Hoogeveen]] is bereikbaar op [[t:06 83 17 20 45]] of [[e:a.hoogeveen@buurtteamypenburg.nl]]. Zij hebben de Krachtwerk-training al gehad en willen hun ervaringen delen in juni. Groetjes, [[p:Sophie]]"""
)

T.append(
    """Mini-les eenzaamheid (jongvolwassenen!): eenzaamheid is niet alleen iets van ouderen. Een jonge man (26) in {{w:Leidschenveen}}, thuiswerker, woonde sinds corona alleen op [[a:Oosterheemplein 3 bis]] en sprak soms een week niemand. Hij zocht ons zelf op via het {{o:Servicepunt XL}}. Nu doet hij mee met de wandelgroep op zondag. Zijn telefoon ([[t:(06) 421 599 03]]) gaat tegenwoordig vaker, zei hij."""
)

T.append(
    """Update uit het SWT {{w:Bouwlust}}: de familie uit de les 'eigen kracht' is verhuisd naar [[a:Erasmusweg 987-C]], [[pc:2532 CS]] ({{w:Bouwlust}}), eindelijk met genoeg slaapkamers. De {{o:Staedion}}-huurovereenkomst ging in op [[d:1-4-2024]] en de huur gaat automatisch van [[i:NL82TRIO9093771842]]. Ik zet dit hier even neer voor wie meeleest, maar haal het na het weekend weg."""
)

T.append(
    """Vraag aan collega's: heeft iemand ervaring met een jongere die zichzelf niet wil laten inschrijven in de BRP omdat hij bang is voor schuldeisers? Hij slaapt nu bij zijn oom ([[p:Haroun]]) op de [[a:Stuwstraat 60]] in {{w:Laak}}. Zonder inschrijving geen uitkering. Ik heb de casus ook gemeld bij het {{o:Jongerenloket}} onder [[n:JL-0077412]]."""
)

T.append(
    """Korte les huiselijk geweld: vraag altijd naar huisdieren. Bij een vrouw in {{w:Moerwijk}} bleek ze niet naar de opvang te willen omdat ze haar kat niet kon meenemen. Via {{o:Dierenopvang Den Haag}} tijdelijk pleeggezin geregeld. Ze ging een dag later, op [[d:29 januari]]. Contact {{r:aandachtsfunctionaris}}: [[e:aandachtsfunctionaris.hg@swt-moerwijk.nl]]."""
)

# ---------------- build ----------------
TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}")


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            lab, txt, dest = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dest = KEEP[m.group(3)], m.group(4), keep
        dest.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src.strip("\n"))
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (i, sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (i, sp)
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), sp
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), sp
        assert pii, i
        rows.append({"id": "ho48-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout48.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        len(rows),
        "texts; words avg %.0f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print(
        "pii", dict(pc), sum(pc.values()), "person share %.2f" % (pc["person"] / sum(pc.values()))
    )
    print("keep", dict(kc))
