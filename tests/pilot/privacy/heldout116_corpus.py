#!/usr/bin/env python3
"""Held-out corpus 116: draft anonymised case lessons in the platform's structured form
(titel, aanleiding, doelgroep, aanpak, werkzame elementen, wat werkte niet, uitkomst,
les voor andere teams, overdraagbaarheid, bewijsniveau), written by participants of many
different Hague sociale wijkzorgteams. Writers slipped in personal data of clients,
relatives, neighbours and colleagues in many ways: in passing, in pasted case-file
snippets, quoted messages, footnotes, attachment titles and tables; some lessons are clean.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
The character U+21E5 (a right arrow to bar) stands for a TAB in tab-separated tables.
Running this script deterministically writes heldout116.jsonl next to itself.
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

# Numbers that writers typed wrongly on purpose (still personal data, fail the checksum).
TYPED_WRONG = set()

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t.replace("\u21e5", "\t"))


# ---------------------------------------------------------------------------
# 1. Tidy, complete lessons in the structured form; a slip in passing
# ---------------------------------------------------------------------------
add(r"""
Titel: Samen met de woningcorporatie een ontruiming voorkomen
Aanleiding: Een alleenstaande vader (41) met twee kinderen in {{w:Moerwijk}} had een huurachterstand van ruim vijf maanden. Het vonnis lag er al. {{o:Haag Wonen}} meldde hem via het vroegsignaleringsoverleg.
Doelgroep: huishoudens met huurachterstand waar kinderen bij betrokken zijn
Aanpak: Binnen twee dagen huisbezoek door de {{r:maatschappelijk werker}} en de {{r:woonconsultant}}. Meneer [[p:Lachhab]] bleek al maanden geen post te openen. We hebben samen met hem de stapel doorgenomen en een betalingsregeling voorgesteld aan de corporatie.
Werkzame elementen: snelheid; één vast gezicht; corporatie zat zelf aan tafel
Wat werkte niet: de eerste brief van ons team kwam te laat aan, de corporatie had toen al de deurwaarder ingeschakeld
Uitkomst: ontruiming opgeschort, regeling loopt sinds de zomer, kinderen bleven op dezelfde school
Les voor andere teams: vraag bij een melding vroegsignalering meteen of er een vonnis ligt, dan weet je hoeveel tijd je hebt.
Overdraagbaarheid: hoog, elke corporatie in {{w:Den Haag}} doet mee aan vroegsignalering
Bewijsniveau: praktijkervaring, 1 casus
=====
Titel: Eenzaamheid doorbreken via de buurtkamer
Aanleiding: Mevrouw (79) belde drie keer per week het {{o:Servicepunt XL}} in {{w:Bezuidenhout}} met kleine vragen. Eigenlijk zocht ze contact.
Doelgroep: ouderen die alleen wonen en weinig netwerk hebben
Aanpak: De {{r:ouderenadviseur}} ging op huisbezoek en vroeg wat mevrouw vroeger graag deed. Ze bleek jarenlang koorlid te zijn geweest. Via {{o:Voor Welzijn}} kwam ze terecht bij de zanggroep in de buurtkamer op dinsdagmiddag. De eerste twee keer ging vrijwilliger [[p:Greet Bosman]] met haar mee.
Werkzame elementen: aansluiten bij wat iemand vroeger gaf; een maatje voor de eerste keren
Wat werkte niet: de folder over activiteiten die we eerst hadden gestuurd; die heeft ze nooit gelezen
Uitkomst: na drie maanden belt mevrouw het servicepunt nog één keer per maand. Ze zingt nu ook mee bij de kerstviering.
Les voor andere teams: stuur niet, ga mee.
Overdraagbaarheid: goed, mits er een vrijwilligerspool is
Bewijsniveau: goed beschreven (Movisie-niveau 1)
=====
TITEL: Schulden en gokken – eerst de verslaving, dan de schuldhulp?
AANLEIDING: Jonge man (27) uit {{w:Transvaal}}, schulden ca. € 23.000, meldt zich zelf aan na een brief van de {{r:deurwaarder}}. In het tweede gesprek vertelde hij dat hij online gokt.
DOELGROEP: jongvolwassenen met schulden en een (gok)verslaving
AANPAK: Parallel in plaats van na elkaar. De {{r:schuldhulpverlener}} van de {{o:Haagse Kredietbank}} en de {{r:verslavingsconsulent}} van {{o:Brijder}} hadden samen één intake met hem, bij ons op kantoor. Hij zette zichzelf op CRUKS. Zijn zus [[p:Ikram]] kreeg, met zijn toestemming, inzage in zijn bankapp.
WERKZAME ELEMENTEN: één gezamenlijk gesprek; zelfuitsluiting als eerste concrete stap; iemand uit het eigen netwerk die meekijkt
WAT WERKTE NIET: de wachttijd bij de GGZ (elf weken)
UITKOMST: stabilisatie bereikt, minnelijk traject gestart
LES VOOR ANDERE TEAMS: wacht niet tot iemand 'schoon' is voordat je met schulden begint, dan haakt hij af.
OVERDRAAGBAARHEID: hoog
BEWIJSNIVEAU: praktijkervaring (3 vergelijkbare casussen in ons team)
=====
Titel: Mantelzorger overbelast, cliënt weigert dagbesteding
Aanleiding: Echtpaar in {{w:Mariahoeve}}; meneer (83) heeft Alzheimer, mevrouw zorgt 24/7 en kwam zelf bij de {{r:huisarts}} met hartklachten.
Doelgroep: mantelzorgers van mensen met dementie
Aanpak: {{r:casemanager dementie}} en {{r:wijkverpleegkundige}} hebben samen gekeken wat meneer vroeger deed. Hij was timmerman. Daarom geen 'gewone' dagbesteding maar de houtwerkplaats van {{o:Florence}}. Eerste keer op [[d:dinsdag 9 april]] ging zijn schoonzoon mee.
Werkzame elementen: activiteit die past bij identiteit; niet 'dagbesteding' noemen maar 'de werkplaats'
Wat werkte niet: de indicatie via de Wlz duurde erg lang
Uitkomst: meneer gaat drie dagdelen, mevrouw heeft weer tijd voor zichzelf
Les voor andere teams: woorden doen ertoe. 'Dagbesteding' klinkt voor veel mannen van die generatie als opvang.
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus
=====
Titel: Taalcafé als ingang voor statushouders met schulden
Aanleiding: Binnen een half jaar kregen wij vier Syrische gezinnen met betalingsachterstanden bij de zorgverzekeraar. Geen van hen kwam zelf.
Doelgroep: statushouders in de eerste drie jaar na huisvesting
Aanpak: Wij sloten aan bij het taalcafé van {{o:Stichting MOOI}} in {{w:Bouwlust}}. Eens per maand schoof de {{r:schuldhulpmaatje}}-coördinator aan met een 'post-uurtje'. Mensen namen zelf hun brieven mee. Eén vader, meneer [[p:Kassab]], nam zelfs de post van zijn buren mee.
Werkzame elementen: laagdrempelig, vertrouwde plek, geen afspraak nodig
Wat werkte niet: flyers in het Arabisch; mensen vertrouwen vooral mond-tot-mondreclame
Uitkomst: 11 huishoudens geholpen, 6 met een regeling
Les voor andere teams: ga naar de plekken waar mensen al komen
Overdraagbaarheid: goed, in wijken met een taalcafé
Bewijsniveau: praktijkervaring, 11 huishoudens
=====
Titel: Vervuilde woning – bemoeizorg met geduld
Aanleiding: Melding van buren over stank en ongedierte vanuit een benedenwoning aan de [[a:Prinsegracht 63]]. Bewoner (66) laat niemand binnen.
Doelgroep: zorgmijders met woningvervuiling
Aanpak: Zes weken lang elke week op hetzelfde tijdstip aangebeld door dezelfde collega van {{o:GGD Haaglanden}} (team Bemoeizorg). Bij het vijfde bezoek mocht ze binnen. Daarna samen met {{o:Staedion}} een opruimplan in kleine stappen.
Werkzame elementen: voorspelbaarheid; geen oordeel; kleine stappen (eerst alleen de keuken)
Wat werkte niet: een dreigbrief van de corporatie in week twee; die zette alles terug
Uitkomst: woning leefbaar, meneer heeft nu wekelijks hulp
Les voor andere teams: spreek met de corporatie af dat er tijdens het contactleggen geen juridische stappen komen
Overdraagbaarheid: middel – vraagt veel tijd
Bewijsniveau: praktijkervaring
=====
Titel: Huiselijk geweld bij ouderen: de kleinzoon als pleger
Aanleiding: Bij een huisbezoek viel de {{r:wijkverpleegkundige}} op dat mevrouw (88) blauwe plekken had en geen geld meer had voor boodschappen. Kleinzoon woont sinds een jaar bij haar in.
Doelgroep: ouderen die afhankelijk zijn van een familielid dat hen benadeelt
Aanpak: Overleg met {{o:Veilig Thuis Haaglanden}} (advies, geen melding in eerste instantie). Gesprek met mevrouw alleen, zonder de kleinzoon, in de wachtkamer van de huisartsenpraktijk. Daarna regelde de {{r:Wmo-consulent}} beschermingsbewind. De kleinzoon, [[p:Dylan]], kreeg een eigen traject via het {{o:Jongerenloket}}.
Werkzame elementen: het gesprek buiten de woning; ook de pleger hulp bieden
Wat werkte niet: de eerste keer belden wij mevrouw op haar vaste nummer, de kleinzoon nam op
Uitkomst: kleinzoon woont sinds de herfst in een kamer via {{o:Kessler Stichting}}; mevrouw heeft weer leefgeld
Les voor andere teams: bel nooit naar een gedeelde lijn bij vermoeden van financieel misbruik
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring, bevestigd door Veilig Thuis
=====
Titel: Een jonge moeder met LVB en een stapel toeslagen
Aanleiding: Moeder (23) met licht verstandelijke beperking, twee kinderen onder de vier, woont in {{w:Schilderswijk}}. Terugvordering kinderopvangtoeslag van bijna € 9.000.
Doelgroep: jonge ouders met LVB
Aanpak: De {{r:MEE-consulent}} maakte met haar een 'brievenmap' met kleuren (rood = meteen bellen, geel = deze week, groen = bewaren). Wekelijks kwam een vrijwilliger van {{o:Humanitas}} thuisadministratie. Voor de terugvordering is een persoonlijke betalingsregeling getroffen.
Werkzame elementen: visueel systeem; vaste dag; herhaling
Wat werkte niet: telefonische afspraken; ze vergat ze. Sms'jes een dag vooraf werkten wel.
Uitkomst: geen nieuwe achterstanden sinds acht maanden
Les voor andere teams: maak het systeem samen, laat haar de kleuren kiezen
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus, eerste indruk
Opmerking auteur: casus is besproken in het MDO van [[d:14 november]] met [[p:Rianne Dekker]] ({{o:MEE}}) erbij.
=====
Titel: Werk als medicijn
Aanleiding: Man (52), sinds 2016 in de bijstand, depressief, ex-vrachtwagenchauffeur. Wilde 'niks meer'.
Doelgroep: langdurig werklozen 50+
Aanpak: Geen re-integratietraject maar vrijwilligerswerk als chauffeur bij de {{o:Voedselbank Haaglanden}}. Het {{o:Werkgeversservicepunt}} was niet nodig. De {{r:klantmanager}} van {{o:SZW}} gaf ontheffing van de sollicitatieplicht zolang hij het vrijwilligerswerk volhield.
Werkzame elementen: aansluiten bij vakmanschap; samenwerking met de klantmanager
Wat werkte niet: de groepstraining 'Solliciteren 50+', daar was hij na één ochtend weg
Uitkomst: rijdt nu drie dagen; heeft een betaalde parttime baan aangeboden gekregen
Les voor andere teams: een uitkering hoeft een eerste stap niet in de weg te staan, overleg met de klantmanager
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
Contact voor vragen: [[p:Bart Hoekstra]], SWT {{w:Escamp}}
=====
Titel: Aanpak verwaarlozing door een hoarder met katten
Aanleiding: Melding van de {{o:Dierenambulance}}: een vrouw (58) houdt zeker twintig katten in een portiekwoning in {{w:Rustenburg}} ([[a:Beeklaan 377-II]], [[pc:2562 AH]]).
Doelgroep: mensen met verzameldrang (hoarding)
Aanpak: Eerst de dieren, dan de mens. De {{o:Dierenbescherming}} nam in overleg twaalf katten mee, mevrouw mocht er vijf houden. Daarna durfde ze het gesprek aan over haar huis. Het team van {{o:Parnassia}} (hoarding-poli) kwam erbij.
Werkzame elementen: het belang van de cliënt (haar dieren) als ingang
Wat werkte niet: een ultimatum van de verhuurder
Uitkomst: woning grotendeels opgeruimd, behandeling loopt
Les voor andere teams: onderschat de band met huisdieren niet
Overdraagbaarheid: middel
Bewijsniveau: 1 casus
=====
Titel: Zorgmijdende man met diabetes – via de barbier
Aanleiding: Meneer (61), Surinaams-Hindoestaans, in {{w:Laak}}. Suiker ontregeld, weigert huisarts. Zijn vaste barbier aan de Fruitweg belde ons.
Doelgroep: zorgmijdende mannen met chronische aandoening
Aanpak: De barbier ([[p:Ravi]]) liet ons weten wanneer meneer zou komen. Onze {{r:wijkverpleegkundige}} zat toevallig ook in de zaak. Geen preek, wel een afspraak bij de praktijkondersteuner, met de barbier als 'ambassadeur'.
Werkzame elementen: vertrouwenspersoon uit de wijk; informeel contact
Wat werkte niet: brieven van de huisarts
Uitkomst: meneer is in zorg, HbA1c daalt
Les voor andere teams: wie zijn de sleutelfiguren in jouw wijk? Kapper, imam, bakker?
Overdraagbaarheid: hoog, mits je de wijk kent
Bewijsniveau: praktijkervaring
=====
Titel: Vroegsignalering bij energieschulden
Aanleiding: In de winter van 2022 stegen de energiekosten fors. Via {{o:Eneco}} en {{o:Vattenfall}} kregen we signalen van afsluitingen.
Doelgroep: huishoudens met lage inkomens in slecht geïsoleerde woningen
Aanpak: Energiecoaches van {{o:Duurzaam Den Haag}} gingen mee op huisbezoek. Kleine maatregelen (tochtstrips, radiatorfolie) en tegelijk een check op toeslagen en de energietoeslag. Bij gezin [[p:Azimi]] bleek dat ze nooit zorgtoeslag hadden aangevraagd.
Werkzame elementen: combinatie praktisch en financieel
Wat werkte niet: de digitale aanvraag energietoeslag, te ingewikkeld voor de meeste mensen
Uitkomst: 34 huishoudens bezocht, gemiddeld € 640 per jaar bespaard
Les voor andere teams: koppel een energiebezoek altijd aan een toeslagencheck
Overdraagbaarheid: hoog
Bewijsniveau: eigen registratie, 34 huishoudens
=====
Titel: Ex-gedetineerde terug in de wijk
Aanleiding: Man (34) komt na twee jaar detentie terug naar zijn moeder in {{w:Spoorwijk}}. Geen ID, geen inkomen, geen zorgverzekering.
Doelgroep: ex-gedetineerden (nazorg)
Aanpak: Contact met de {{r:nazorgcoördinator}} van het {{o:Zorg- en Veiligheidshuis Haaglanden}} vóór de vrijlating. ID-kaart aangevraagd nog in de PI. Afspraak bij {{o:SZW}} op de dag van vrijlating zelf.
Werkzame elementen: voorbereiding vóór de vrijlating; de eerste dag geregeld hebben
Wat werkte niet: de uitkering kwam pas na zes weken; moeder moest bijspringen
Uitkomst: meneer werkt via een leerwerkbedrijf
Les voor andere teams: neem contact op zodra je hoort dat iemand vrijkomt, niet erna
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
Toestemming: getekend door cliënt [[p:J. Rozenblad]] op [[d:03-06-2024]]
=====
Titel: Huisbezoek met tolk via beeldbellen
Aanleiding: Steeds meer cliënten uit Eritrea, Afghanistan en Oekraïne; tolken zijn moeilijk op korte termijn te regelen.
Doelgroep: anderstalige cliënten
Aanpak: Tolk via beeldbellen op de tablet van het team. Bij het eerste gesprek met mevrouw [[p:Tesfay]] werkte de verbinding niet in het souterrain; daarna altijd vooraf testen.
Werkzame elementen: snel beschikbaar; tolk ziet ook non-verbale signalen
Wat werkte niet: slechte wifi; de tolk kon sommige documenten niet lezen
Uitkomst: we gebruiken het nu standaard bij eerste gesprekken
Les voor andere teams: test de verbinding en neem een eigen hotspot mee
Overdraagbaarheid: hoog
Bewijsniveau: ervaring van het hele team, ca. 20 gesprekken
=====
Titel: Van crisis naar regie: een gezin met vijf kinderen
Aanleiding: Moeder belde in paniek: huisuitzetting over tien dagen, vader vertrokken, oudste zoon geschorst.
Doelgroep: multiprobleemgezinnen
Aanpak: Eén plan, één regisseur: de {{r:casusregisseur}} van ons team, met het {{o:CJG}} voor de kinderen. Wekelijks een keukentafelgesprek, afwisselend bij moeder thuis en op school.
Werkzame elementen: één aanspreekpunt; moeder bepaalde de volgorde van de problemen
Wat werkte niet: in de eerste week kwamen er zes hulpverleners langs, dat was te veel
Uitkomst: woning behouden; zoon terug op school
Les voor andere teams: spreek in week één af wie wegblijft
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
(naam moeder in dossier: [[p:Sharmila Bhoelai]], niet meenemen in de versie voor de pilot!)
=====
Titel: Buurtbemiddeling bij burenruzie die uit de hand liep
Aanleiding: Jarenlange ruzie tussen twee buren op een galerij in {{w:Morgenstond}}. Politie kwam maandelijks. Eén van de twee is bekend bij onze {{r:GGZ-consulent}}.
Doelgroep: bewoners met langdurige conflicten waarbij psychische problemen spelen
Aanpak: Eerst individueel contact met beide buren ([[p:Hans Kamphuis]] en [[p:Gloria Rojer]]), daarna {{o:Buurtbemiddeling Den Haag}}. Onze collega zat bij het bemiddelingsgesprek als steun voor de cliënt.
Werkzame elementen: voorbereiding per partij; neutrale plek (buurthuis De Henneberg)
Wat werkte niet: het eerste voorstel om elkaar op de galerij aan te spreken
Uitkomst: afspraken op papier, geen meldingen meer sinds vier maanden
Les voor andere teams: bemiddeling kan ook als één partij kwetsbaar is, mits er steun is
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus
=====
Titel: Vrouw zonder verblijfsstatus met een ziek kind
Aanleiding: Een moeder zonder geldige papieren (uit Ghana) klopte aan bij het wijkcentrum in {{w:Transvaal}}. Haar dochter (6) had astma en geen huisarts.
Doelgroep: ongedocumenteerden
Aanpak: Via de {{o:Stichting Haags Ongedocumenteerden Steunpunt}} een huisarts gevonden die ongedocumenteerden inschrijft; de kosten gaan via de CAK-regeling. Juridisch advies via {{o:Stichting LOS}}.
Werkzame elementen: weten welke huisartsen meewerken; niet zelf juridisch willen adviseren
Wat werkte niet: de {{o:GGD}} kon niet direct helpen
Uitkomst: kind in zorg (huisarts schreef haar in op [[d:23 oktober]]), procedure loopt
Les voor andere teams: houd een actuele lijst bij van huisartsen die ongedocumenteerden inschrijven
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
=====
Titel: Overgang 18-/18+ bij een jongere met autisme
Aanleiding: Jongen wordt op [[d:12 augustus]] achttien; zijn jeugdhulp stopt, de Wmo-aanvraag is niet gedaan.
Doelgroep: jongeren met een beperking rond hun 18e verjaardag
Aanpak: Overdrachtsgesprek met de {{r:jeugdconsulent}}, de jongere, moeder en de {{r:Wmo-adviseur}}, drie maanden vóór zijn verjaardag. Vader was niet uitgenodigd, later bleek hij wel gezag te hebben gehad.
Werkzame elementen: warme overdracht; ruim op tijd
Wat werkte niet: wij hadden niet gecheckt wie er gezag had
Uitkomst: begeleiding loopt door zonder gat
Les voor andere teams: check het gezag, ook als ouders gescheiden zijn
Overdraagbaarheid: hoog
Bewijsniveau: goed beschreven
=====
Titel: Alleenstaande oudere man, verdriet na overlijden vrouw
Aanleiding: Meneer [[p:Willem de Haan]] (80) werd na het overlijden van zijn vrouw gesignaleerd door de apotheek: hij haalde zijn medicijnen niet meer op.
Doelgroep: ouderen in rouw
Aanpak: Huisbezoek door de {{r:ouderenconsulent}}; rouwbegeleiding via {{o:Humanitas}}; aanmelding bij de maaltijdservice.
Werkzame elementen: apotheek als signaleerder; een vrijwilliger van zijn eigen leeftijd
Wat werkte niet: de rouwgroep – hij wilde niet 'in een kring zitten huilen'
Uitkomst: meneer eet weer, neemt medicijnen, gaat naar het biljart
Les voor andere teams: maak afspraken met de apotheken in je wijk over signalen
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
=====
Titel: Gezamenlijk huisbezoek met de wijkagent bij vermoeden van uitbuiting
Aanleiding: Signaal van een buurvrouw: in een bovenwoning in {{w:Laakkwartier}} wonen wisselend tien tot vijftien Oost-Europese mannen.
Doelgroep: arbeidsmigranten in overbewoonde panden
Aanpak: Samen met de {{r:wijkagent}} en {{o:Fairwork}} aangebeld; de mannen spraken alleen Bulgaars en Pools. Eén man, [[p:Nikolay]], sprak Engels en vertaalde.
Werkzame elementen: samenwerking met Fairwork (kennis van arbeidsrecht); geen uniform binnen
Wat werkte niet: de wijkagent in uniform mee naar binnen, mensen werden wantrouwig
Uitkomst: melding bij de Arbeidsinspectie, huisjesmelker aangepakt
Les voor andere teams: laat de politie bij een eerste contact buiten wachten
Overdraagbaarheid: middel
Bewijsniveau: 1 casus
=====
Titel: Wachtlijst GGZ overbruggen met een ervaringsdeskundige
Aanleiding: Vrouw (35) met paniekstoornis, wachtlijst bij {{o:PsyQ}} van vier maanden. Ze belde ons wekelijks in crisis.
Doelgroep: cliënten op een GGZ-wachtlijst
Aanpak: Koppeling aan een {{r:ervaringsdeskundige}} van {{o:Anton Constandse}}, tweewekelijks wandelen in het Zuiderpark. 
Werkzame elementen: herkenning; bewegen; tussen contact met het team door
Wat werkte niet: de online zelfhulpmodule
Uitkomst: minder crisiscontact; bij de start van de behandeling was ze 'al halverwege'
Les voor andere teams: wachttijd is geen lege tijd
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring, 2 casussen
Met dank aan [[p:Lotte]] en [[p:Ahmed Bouzerda]] voor de verhalen.
=====
Titel: Rijbewijs terug, werk terug
Aanleiding: Meneer (45) verloor zijn rijbewijs door boetes die niet betaald waren, en daarmee zijn baan als koerier. Kenmerk CJIB-beschikking in ons dossier: [[z:CJIB 4471 0029 8823]].
Doelgroep: werkenden met stapelende boetes
Aanpak: Betalingsregeling bij het {{o:CJIB}}, bijstand tijdens de overbrugging, tijdelijke baan in het magazijn.
Werkzame elementen: de boetes als één geheel bekijken
Wat werkte niet: {{o:CJIB}} telefonisch, eindeloos in de wacht
Uitkomst: rijbewijs na vijf maanden terug
Les voor andere teams: gebruik het ketenportaal van het CJIB
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus
=====
Titel: Mevrouw blijft thuis wonen dankzij domotica
Aanleiding: Mevrouw (87) in {{w:Loosduinen}} was drie keer 's nachts gevallen. Haar dochter wilde een verpleeghuis.
Doelgroep: thuiswonende ouderen met valrisico
Aanpak: Valsensoren en een slimme deurbel via de Wmo; de {{r:ergotherapeut}} richtte de slaapkamer opnieuw in; alarmopvolging door {{o:Saffier}}.
Werkzame elementen: techniek plus mens; dochter ([[p:Wendy]]) kreeg de app en zag dat het goed ging
Wat werkte niet: de alarmknop om de hals, die deed ze 's nachts af
Uitkomst: mevrouw woont nog thuis, geen valpartijen meer sinds maart
Les voor andere teams: betrek mantelzorgers bij de techniek, dat geeft rust
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus
=====
Titel: De juiste volgorde bij een cliënt met een LVB en een verslaving
Aanleiding: Man (30) met LVB, gebruikt dagelijks cannabis, woont bij zijn oma in {{w:Bouwlust}}; oma (76) kan het niet meer aan.
Doelgroep: jongvolwassenen met LVB en middelengebruik
Aanpak: {{o:Prisma}} (LVB-verslavingszorg) en de {{r:MEE-consulent}} samen; begeleid wonen aangevraagd bij {{o:Ipse de Bruggen}}.
Werkzame elementen: gespecialiseerde verslavingszorg voor LVB
Wat werkte niet: reguliere verslavingszorg, te talig
Uitkomst: begeleid wonen per [[d:1 maart]] toegekend
Les voor andere teams: vraag bij verslaving altijd naar het niveau (LVB-screener SCIL)
Overdraagbaarheid: hoog
Bewijsniveau: praktijkervaring
=====
Titel: Eén loket voor drie instanties
Aanleiding: Cliënten raken de weg kwijt tussen {{o:UWV}}, {{o:SVB}} en {{o:Belastingdienst}}.
Doelgroep: alle cliënten met inkomensvragen
Aanpak: Maandelijks spreekuur in het wijkcentrum met een medewerker van elk van de drie. Mensen hoeven maar één keer hun verhaal te doen.
Werkzame elementen: fysiek samen zijn; korte lijnen
Wat werkte niet: online aanmelden
Uitkomst: 48 mensen geholpen in het eerste half jaar
Les voor andere teams: begin klein met één instantie
Overdraagbaarheid: goed
Bewijsniveau: eigen registratie
Vragen? Bel mij: [[t:06-41 27 88 93]] ([[p:Marloes]])
""")

# ---------------------------------------------------------------------------
# 2. Hurried drafts: half-filled fields, abbreviations, lower case, typos
# ---------------------------------------------------------------------------
add(r"""
titel: huurschuld + psych
aanleiding: mw [[p:oztürk]] belde zelf, 4 mnd achterstand, wil niet naar ggz
aanpak: nog invullen
les: ??
=====
Titel: ouderen/valpreventie (concept!!)
aanleiding - dhr viel 2x in 1 week, dochter [[p:Anja]] belde ons ipv de ha
doelgroep 75+
aanpak: fysio aan huis + beweegcoach, zie verslag [[d:21/3]]
werkzaam: thuis oefenen, niet in groep
niet: -
uitkomst: loopt nog
=====
TITEL bemoeizorg dhr op zolder
aanl.: buren [[a:2e Schuytstraat 140]] bellen al mnd over geluid/stank, dhr laat niemand binnen. eerste contact via de {{r:huismeester}}
aanpak: ggd vangnet + wij, 1x p/w aanbellen
wat werkte niet: brief v/d corporatie
rest volgt na mdo
=====
titel: jongere zonder inkomen
doelgr: 18-23
aanpak: samen met jongerenloket, aanvraag PW, [[p:soufiane]] had geen digid -> eerst digid regelen bij gemeentebalie
les: altijd eerst digid checken!!!
bewijsniveau: n=1
=====
Titel: .....
Aanleiding: gezin met 4 kids op 2-kamerwoning in {{w:Transvaal}}, urgentie afgewezen
Aanpak: bezwaar met {{r:sociaal raadslid}}; ondertussen via {{o:Haag Wonen}} een tijdelijke woning
Uitkomst: bezwaar toegekend op [[d:28-05]]!
Les: ga niet zelf het bezwaar schrijven, sociaal raadslieden kunnen het beter
=====
titel mantelzorg bij psychose zoon
aanleiding moeder (62) ten einde raad, zoon [[p:Rutger]] weigert medicatie
aanpak fact team parnassia + mantelzorgsteunpunt
werkzaam: moeder kreeg eigen steun, los van de zoon
wat werkte niet: crisisdienst kon niks zolang er geen gevaar was
les: geef de mantelzorger een eigen hulpverlener
overdr: ja
bewijs: praktijk
=====
Titel: schuldhulp bij ZZP'er
Aanleiding: ZZP schilder, Kvk-inschrijving nog actief, schulden belastingdienst. Minnelijk traject niet mogelijk zolang bedrijf loopt.
Aanpak: BBZ-aanvraag via {{o:Zelfstandigenloket}}, stoppen onderneming begeleid
Les: bij zzp altijd meteen zelfstandigenloket erbij
(contact bij zelfst.loket was [[p:Eric van Wijngaarden]], erg fijn)
=====
titel - dakloos na scheiding
dgrp: vaders na scheiding
aanpak: tijdelijk onderdak via pension; omgangsregeling kinderen met hulp van {{o:Het Juridisch Loket}}
wat werkte niet: kinderen konden niet op bezoek komen in pension
uitkomst: kamer gevonden via [[p:Koos]] (huisbaas, kennis van cliënt)
=====
Titel: Tolk niet geregeld
Aanleiding: gesprek met fam. [[p:Rahimi]] liep vast, zoon van 12 moest vertalen. Niet goed.
Les: NOOIT kinderen laten tolken. Tolk boeken via de tolkentelefoon, kost 5 min.
=====
titel: geen
aanleiding: mw. [[p:hoogland]] belt elke dag de servicepunt, is eenzaam
aanpak: bezoekvrijwilliger + koffieochtend ma
uitkomst: belt minder
bewijsniveau: gevoel
=====
Titel: signalen dementie missen
Aanleiding: dhr. stond 3x bij de bibliotheek met zijn pinpas voor de boodschappen. Bib-medewerker [[p:Hennie]] belde ons.
Aanpak: casemanager dementie, diagnose via ha
Les: train baliemedewerkers in de wijk in herkennen van dementie
=====
tietel: huisvesting jongvolwassene uit jeugdzorg
aanleiding: [[p:Kimberley]] (19) moest uit de gezinshuis, geen woning
aanpak: Kamers met Aandacht via {{o:Stichting Jongeren Huisvesting}}? navragen
wat werkt nt: wachtlijst
...
=====
Titel: Schoonmaak na overlijden huisgenoot
Aanleiding: cliënt (70) woonde met broer, broer overleden, huis vol spullen
Aanpak: {{o:Leger des Heils}} hielp ontruimen, wij de financien
Uitkomst: ok, woning [[a:Copernicusplein 17]] opgeleverd [[d:30/9]]
=====
Titel: hulp bij aanvraag kwijtschelding gemeentelijke belastingen
Aanleiding: veel cliënten vragen het niet aan
Aanpak: standaard checken bij intake. Formulier samen invullen.
Werkzame elem.: gewoon doen
Bewijsniveau: vanzelfsprekend :)
(ps [[p:ingrid]] heeft een handige checklist, vraag haar)
=====
Titel: afspraak gemist -> dossier dicht?
Aanleiding: onze procedure: 3x niet verschenen = afsluiten. Bij dhr. [[p:Verhoeven]] ([[z:SWT-HH-2023-0442]]) ging het mis, hij lag in het ziekenhuis.
Les: bel altijd eerst na voordat je afsluit, en check bij de ha
=====
titel: wmo aanvraag rolstoel duurde 14 wkn
aanleiding: mw. kon niet naar buiten (aanvraag [[z:WMO-24-118327]])
aanpak: tijdelijk leenrolstoel via {{o:Medipoint}}
les: vraag meteen een leenhulpmiddel aan
=====
Titel: Vrijwilliger als vertrouwenspersoon
Aanleiding: mw. vertrouwt geen hulpverleners, wel haar buurvrouw [[p:Marianne]] van nr. 12
Aanpak: buurvrouw betrokken bij gesprekken (met toestemming)
Les: soms is de buurvrouw de beste hulpverlener
=====
Titel: Stapeling regels bij een gezin in de bijstand
Aanl: kostendelersnorm, zoon werkt, uitkering omlaag. Zoon wil het huis uit.
Aanpak: uitleg, bijz bijstand, zoon ([[p:Yassine]]) helpen met woning zoeken
Wat wrkte niet: regels zijn regels
Les: bespreek kostendelersnorm vroeg
=====
TITEL: verslaving moeder, kinderen in beeld
AANLEIDING: melding school. {{o:CJG}} + wij + {{o:Brijder}}
LES: zorg dat er 1 plan is
(nog aanvullen, ik heb het verslag van [[d:do 4/7]] nog niet terug van [[p:Sevda]])
=====
titel: Pgb misbruik door zorgverlener
aanleiding: zorgverlener declareerde uren die niet gemaakt waren. Mw. durfde niks te zeggen.
aanpak: melding {{o:SVB}} (budgethoudernr [[z:P0048812]]), nieuwe zorgverlener, mw. geholpen met gesprek
les: vraag bij pgb altijd door wie er echt komt en hoe vaak
=====
titel: mw zonder bankrekening
aanl.: rekening opgezegd door de bank (witwascontrole, onduidelijke stortingen van familie uit Suriname)
aanpak: basisbankrekening aangevraagd, {{o:NVB}}-procedure
uitkomst: na 6 wkn nieuwe rekening, [[i:NL02INGB6141284257]]
les: bankrekening kan ineens weg zijn, weet van de basisbankrekening
=====
Titel: hoarding – eerste contact
Aanleiding: zie mail van [[p:Bram]] d.d. [[d:13-2]]
rest volgt
=====
titel: 'ik wil geen hulp'
aanleiding: dhr. (55) met alcoholprobleem in {{w:Duindorp}}, broer belt ons
aanpak: niet aandringen, wel elke 2 wkn bellen. Na 3 mnd mocht [[p:Frank]] (mw) langskomen.
les: laat de deur open
=====
Titel: Huisbezoek zonder afspraak
les: niet doen bij mensen met angststoornis. mw. [[p:Pattiasina]] durfde daarna 2 mnd niet meer open te doen.
=====
Titel: Uitkering stopgezet na verblijf in buitenland
Aanleiding: Dhr. [[p:Ziani]] was 8 weken in Marokko bij zijn zieke moeder, niet gemeld. Terugvordering (BSN [[b:7684.56.903]]).
Aanpak: bezwaar, medische verklaring moeder
Uitkomst: deels kwijtgescholden
Les: wijs cliënten op de meldplicht bij verblijf buitenland, ook bij noodgevallen
""")

# ---------------------------------------------------------------------------
# 3. Bullet-only lessons
# ---------------------------------------------------------------------------
add(r"""
• titel: schulden & schaamte
• aanleiding: vader (48), 3 kinderen, {{w:Moerwijk}}, schuld ± € 14.000
• doelgroep: werkende armen
• aanpak: avondspreekuur (hij werkt overdag), {{o:Schuldhulpmaatje}}
• werkzaam: tijdstip!, man-man gesprek
• niet: de eerste afspraak om 10:00 → no-show
• uitkomst: WSNP-verzoek ingediend op [[d:18-11]]
• les: pas je openingstijden aan
• overdraagbaar: ja
• bewijs: 1 casus
=====
- Titel: tandarts voor dak- en thuislozen
- Aanleiding: dhr. [[p:Hamid Sultani]] had al maanden kiespijn, geen verzekering
- Aanpak: {{o:Straatdokters}} + tandartsenpraktijk die pro deo werkt
- Les: vraag naar pijn, mensen zeggen het zelf niet
=====
* Titel – overbelaste mantelzorger (dochter)
* Aanleiding – dochter zorgt voor vader met Parkinson én haar autistische zoon
* Aanpak – respijtzorg 1 weekend p/mnd via {{o:Stichting Mantelzorg Den Haag}} (coördinator [[p:Dineke]])
* Werkzaam – vaste logeerplek, zelfde vrijwilliger
* Wat niet – dagopvang, vader weigerde
* Uitkomst – dochter houdt het vol
* Les – vraag de mantelzorger wat zíj nodig heeft
=====
titel: valpreventie
- oefenen thuis
- schoenen!
- tapijt eruit
- dhr [[p:el khattabi]] valt niet meer
- bewijs: valanalyse fysio
=====
1. Titel: wijkgerichte aanpak eenzaamheid jonge moeders
2. Aanleiding: 5 signalen via consultatiebureau in 3 maanden
3. Doelgroep: moeders < 25 met een baby
4. Aanpak: moedergroep op woensdagochtend in het wijkcentrum, {{r:jeugdverpleegkundige}} + {{r:welzijnswerker}}
5. Werkzaam: babymassage als 'haakje' (gegeven door [[p:Chantal Meijer]])
6. Niet: groep op vrijdagmiddag
7. Uitkomst: vaste groep van 7
8. Les: geef een concrete activiteit, niet 'praten'
9. Overdraagbaar: ja
10. Bewijs: eigen evaluatie
=====
- aanleiding: melding {{o:Veilig Thuis}} [[z:VT-2024-08812]], mw. [[p:Nazanin]] en 2 kinderen
- aanpak: veiligheidsplan, {{o:Blijf Groep}}, daarna woning via urgentie
- werkzaam: snel schakelen met VT
- niet: politie kwam pas na 3 uur
- les: maak een veiligheidsplan ook als de vrouw (nog) niet weg wil
=====
→ Titel: werk vinden met een strafblad
→ VOG geweigerd, man (29), wil in de beveiliging
→ aanpak: ander vak (groenvoorziening), via {{o:Stichting Boog}} leerwerkplek, start [[d:maandag 7 oktober]]
→ les: help iemand met een plan B voordat de VOG-afwijzing komt
=====
• Titel: PGB vs ZIN
• Mw. wil zelf kiezen wie er komt → pgb
• Maar: administratie te zwaar → {{r:pgb-beheerder}} via familie (zus [[p:Ilse]]… of heet ze [[p:Ilse-Marie]]?)
• Les: pgb alleen als er iemand is die het beheer echt kan
=====
- Titel: jongeren hangen in portiek
- overlast, buren boos
- jongerenwerk {{o:JES Rijswijk}}? nee {{o:Xtra}} jongerenwerk
- voetbal op het Zuiderpark-veld op do-avond
- 2 jongens daarna in een traject ([[p:Milan]] en [[p:Damiën]])
- les: geef jongeren een plek i.p.v. ze weg te sturen
=====
Titel: Schuldhulp voor een vrouw met analfabetisme
- kan niet lezen, schaamt zich
- eerst: vertrouwen, niet meteen brieven
- taalles via de {{o:Bibliotheek Den Haag}} (Taalhuis)
- budgetbeheer als tussenstap
- uitkomst: schulden in beeld, aanmelding bij {{o:Haagse Kredietbank}} onder [[z:HKB-24-20017]]
- les: vraag "wie leest uw post?" in plaats van "kunt u lezen?"
=====
* aanleiding – statushouder, 22, alleen, depressief
* aanpak – maatje via {{o:Vluchtelingenwerk}}, voetbalclub
* uitkomst – gaat elke week trainen, sinds kort ook scheidsrechter
* les – sport verbindt
* met dank aan trainer [[p:Ruud]] van de club
=====
- titel: 'de brief van de gemeente'
- aanleiding: cliënten raken in paniek van brieven met wettekst
- aanpak: we vertalen brieven in B1 samen met de {{r:klantmanager}} (dank [[p:Rachid]]!)
- les: vraag SZW om B1-brieven, scheelt ons uren
=====
TITEL: overlast verward persoon
• buurtbewoners ongerust
• E33-meldingen bij politie (7 in 2 maanden)
• {{o:GGD}} bemoeizorg + {{r:wijkagent}} + wij
• IBS niet nodig, wel vrijwillige opname in {{o:Parnassia}}, [[d:vr 19 april]]
• les: deel informatie onder het convenant, dan kan er meer
=====
- Titel: Inkomen na overlijden partner
- weduwe, 67, man regelde alles
- nabestaandenpensioen niet aangevraagd
- 4 mnd geen geld
- les: check altijd pensioenfonds + SVB na overlijden partner
- (mw. [[p:Tjon-A-Joe]] gaf toestemming voor delen)
=====
1) Verslaving en dakloos
2) Housing First via {{o:Kessler Stichting}}
3) Eerst een huis, dan de rest
4) Werkt!
5) n = 4 in {{w:Centrum}}
6) vragen? [[e:housingfirst.team@kessler-stichting.nl]] of [[p:Wouter]]: [[t:06-2839 1147]]
=====
- aanleiding: mw. kreeg 3 x een boete van het {{o:CAK}}
- blijkt: eigen bijdrage Wmo niet betaald, dacht dat het reclame was
- aanpak: automatische incasso vanaf [[i:NL79 ABNA 6785 6450 99]]
- les: vertel bij een Wmo-toekenning dat er een rekening van het CAK komt
=====
• dhr. (90) wilde niet naar verpleeghuis
• dochter [[p:Margreet]] en zoon [[p:Hans]] oneens
• familiegesprek met {{r:casemanager dementie}}
• Eigen Kracht-conferentie
• besluit: thuis met extra zorg, evaluatie na 3 mnd
• les: laat de familie zelf besluiten, met de cliënt erbij
=====
- titel: schoolverzuim
- [[p:Mohammed]] (15) spijbelt sinds de zomer
- moeder werkt 's nachts
- {{r:leerplichtambtenaar}} + {{o:CJG}} + wij (moeder heeft schulden)
- les: verzuim is vaak een gezinsprobleem
=====
• Titel: Huurtoeslag terugvordering
• Cliënt had geen idee
• Inkomen partner niet doorgegeven
• Regeling getroffen (€ 45 p/mnd), dossier [[z:TS-0028-4471-09]]
• Les: samenwonen? Check toeslagen!
=====
– Titel: Zorgverzekering geregeld voor EU-burger
– Poolse vrouw, werkt via uitzendbureau, verzekering gestopt na contract
– aanpak: {{o:Fairwork}} + zorgverzekeraar
– les: arbeidsmigranten vallen tussen wal en schip bij wisseling van werk
– contactpersoon: [[p:Agnieszka Wróbel]] ({{r:sleutelpersoon}} Poolse gemeenschap), [[t:+48 512 330 871]]
""")

# ---------------------------------------------------------------------------
# 4. Long narrative lessons (the form used loosely, story style)
# ---------------------------------------------------------------------------
add(r"""
Titel: Hoe een koffieautomaat een gezin redde

Ik wil deze casus graag delen omdat hij laat zien hoe toevallig het begin van een traject soms is. Het was een gewone dinsdag in het wijkcentrum in {{w:Spoorwijk}}. Bij de koffieautomaat stond een vrouw die zichtbaar moeite had om haar tranen in te houden. Mijn collega [[p:Hatice]] sprak haar aan. Het bleek dat zij, laten we haar mevrouw X noemen, die ochtend een brief van de {{o:Belastingdienst}} had gekregen: een terugvordering van de huurtoeslag over drie jaar.

Aanleiding was dus eigenlijk niet een melding, maar een ontmoeting. Mevrouw heeft drie kinderen, haar man werkt in de bouw met wisselende contracten. Omdat zijn inkomen elk jaar anders was, klopte de voorlopige toeslag nooit.

Aanpak: we hebben samen met het {{o:Geldloket}} alle jaren op een rij gezet. De {{r:sociaal raadsman}} heeft bezwaar gemaakt over één jaar, waarin de Belastingdienst het inkomen dubbel had geteld. Ondertussen kreeg het gezin via de {{o:Voedselbank}} tijdelijk een pakket, wat voor meneer heel moeilijk was om te accepteren.

Wat werkte: het feit dat mevrouw zelf de regie hield over de volgorde. Wat niet werkte: de wachttijd bij de BelastingTelefoon; op een dag hebben we anderhalf uur in de wacht gestaan.

Uitkomst: het bezwaar is toegekend, de rest loopt via een regeling. Les voor andere teams: wees aanwezig op de plekken waar mensen komen, ook bij de koffieautomaat.

Bewijsniveau: één casus, maar herkenbaar voor het hele team.
=====
Titel: Negen maanden aanbellen

Aanleiding
In het voorjaar kregen we via {{o:Haag Wonen}} een melding over een bewoner van een benedenwoning in {{w:Regentessekwartier}}. De buren roken een vieze lucht en zagen dat de gordijnen altijd dicht waren. De man, die ik hier meneer X noem, was 71 en had sinds het overlijden van zijn moeder niemand meer binnengelaten.

Aanpak
Wij hebben de keuze gemaakt om niet met een groot team tegelijk te komen. Elke donderdag om elf uur belde ik aan. Ik liet een kaartje achter met mijn naam en het nummer van het team. Na zeven weken deed hij de deur op een kier open. Na drie maanden mocht ik in de gang staan. Ik heb hem nooit gevraagd om op te ruimen, ik vroeg naar zijn moeder. Hij vertelde over haar, over zijn werk bij de PTT, over zijn postzegelverzameling.

Pas in de zesde maand kwam de {{r:wijkverpleegkundige}} mee, omdat hij een open wond aan zijn been bleek te hebben. Via de {{r:huisarts}} kwam er wondzorg. De woning is uiteindelijk in vier zaterdagen opgeruimd met hulp van zijn neef [[p:Theo Verbeek]] en de klusjesdienst van {{o:Xtra}}.

Werkzame elementen
Vast moment, vaste persoon, geen agenda. Het verhaal van de cliënt centraal.

Wat werkte niet
De corporatie stuurde in maand vier een aankondiging van een woninginspectie. Die heb ik kunnen laten uitstellen, maar het kostte wel vertrouwen.

Les voor andere teams
Bemoeizorg vraagt een team dat tijd durft te geven. Verantwoord dat naar je leidinggevende met kleine successen: 'deur op een kier' is een resultaat.

Overdraagbaarheid: goed, als de organisatie de uren toestaat.
Bewijsniveau: praktijkervaring.
=====
Titel: Wat we leerden van de familie die niemand vertrouwde

Dit is een lang verhaal, sorry. Het gezin woont in {{w:Laak}} en was bekend bij zeker acht instanties: {{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:Veilig Thuis}}, {{o:Brijder}}, de school, de {{r:wijkagent}}, {{o:Staedion}} en ons. Iedereen had een plan, niemand had contact. Moeder, [[p:Roxanne]], zei in het eerste gesprek met mij letterlijk: "Jullie komen en gaan, ik blijf."

We hebben het roer omgegooid. In een overleg met alle partijen (zonder het gezin, achteraf een fout) spraken we af dat één persoon het contact zou doen: mijn collega [[p:Dewi Santoso]], omdat zij als enige ooit binnen was geweest. Alle anderen stuurden hun vragen via haar. Dat vroeg veel discipline, vooral van de jeugdbescherming, die wettelijk eigen taken heeft.

Werkzame elementen: één gezicht; beloftes klein houden en nakomen; moeder vragen wat zij het eerst opgelost wilde zien (de kapotte wasmachine).

Wat werkte niet: het overleg zonder het gezin. Moeder hoorde ervan via de school en voelde zich verraden. Dat hebben we hersteld door het volgende overleg bij haar thuis te houden.

Uitkomst: na een jaar zijn er nog drie partijen betrokken. De oudste zoon woont bij zijn oom in Rotterdam.

Les voor andere teams: de vraag is niet 'wie is verantwoordelijk', maar 'wie heeft het vertrouwen'.

Overdraagbaarheid: de les wel, de uitvoering vraagt lef van alle ketenpartners.
Bewijsniveau: praktijkervaring.
=====
Titel: De zomer dat de airco kapot ging

Aanleiding: tijdens de hittegolf in juli kregen we binnen een week drie meldingen van ouderen in {{w:Bouwlust}} en {{w:Vrederust}} die onwel werden in hun flat. Eén van hen, mevrouw [[p:Carolina Martis]] uit flat Zuidhoorn, lag een dag op de grond voordat een buurman haar vond.

Doelgroep: alleenwonende ouderen in hoogbouw.

Aanpak: we hebben samen met de {{o:GGD Haaglanden}}, {{o:Vestia}} en de bewonerscommissie een hitteplan gemaakt. Vrijwilligers belden tijdens warme dagen elke ochtend een lijst van 60 ouderen. Wie niet opnam kreeg binnen twee uur bezoek. De lijst werd samengesteld uit onze eigen cliënten en aanmeldingen via de huisartsen.

Werkzame elementen: de belronde; bewoners die elkaar kennen; de koele ruimte in het buurthuis die open ging.

Wat werkte niet: de lijst was in het begin niet actueel (twee mensen waren verhuisd, één overleden). Ook hadden we geen afspraak over wie de sleutel had.

Uitkomst: geen nieuwe incidenten in de tweede hittegolf van augustus.

Les voor andere teams: maak het hitteplan in het voorjaar, niet tijdens de hittegolf; en regel het sleutelbeheer (sleutelkluisje via de Wmo).

Overdraagbaarheid: hoog. Bewijsniveau: eigen evaluatie, 60 deelnemers.
=====
Titel: "Ik ben geen cliënt, ik ben vader"

Een lesje bescheidenheid. Meneer (38), Eritrees, kwam in 2019 via gezinshereniging naar Nederland met zijn vrouw en vier kinderen. De school in {{w:Schilderswijk}} meldde dat de kinderen moe waren en vaak geen ontbijt hadden. Wij kwamen met de hele waaier: {{r:maatschappelijk werker}}, {{r:jeugdverpleegkundige}}, budgetcoach.

Meneer [[p:Tekle]] voelde zich aangevallen. In het derde gesprek zei hij (via de tolk): "Ik ben geen cliënt, ik ben vader." Dat was het kantelpunt. We zijn opnieuw begonnen met de vraag wat hij voor zijn kinderen wilde. Hij wilde werk. Het ontbijt was geen onwil: hij werkte als schoonmaker van vijf tot negen en zijn vrouw lag met zwangerschapsklachten in bed.

Aanpak daarna: ontbijtclub op school (bestond al, kinderen waren niet aangemeld), kraamzorg voor zijn vrouw via de zorgverzekering, en een gesprek met zijn werkgever over zijn uren. Zijn neef [[p:Yohannes]] hielp met de brieven.

Les voor andere teams: begin bij de rol die iemand zelf belangrijk vindt. Vaders worden in onze gesprekken te vaak overgeslagen.

Bewijsniveau: 1 casus. Overdraagbaarheid: hoog.
=====
Titel: Een bewindvoerder die niet bereikbaar was

Aanleiding: in ons team zagen we vorig jaar een patroon. Cliënten met beschermingsbewind belden ons in plaats van hun bewindvoerder, omdat die niet opnam. Bij één cliënt, meneer [[p:Ouahabi]], was drie maanden de huur niet betaald terwijl er wel geld was.

We hebben contact gezocht met het kantoor, Bewindvoering Delta BV. De {{r:bewindvoerder}} in kwestie bleek 140 cliënten te hebben. We hebben een klacht ingediend bij de kantonrechter, met toestemming van de cliënt.

Aanpak voor het hele team: we hebben een lijst gemaakt van bewindvoerders die goed bereikbaar zijn, en bij nieuwe aanvragen adviseren we cliënten daaruit te kiezen. Ook maken we bij elke bewindvoering een afspraak over een vaste belafspraak per kwartaal.

Werkzame elementen: de lijst; afspraken vooraf.
Wat werkte niet: de klacht duurde zeven maanden.
Uitkomst: meneer heeft een nieuwe bewindvoerder sinds [[d:1 januari]].
Les: bewindvoering is geen eindstation; blijf meekijken.
Overdraagbaarheid: hoog.
Bewijsniveau: praktijkervaring, 6 casussen.
=====
Titel: Met de bus naar de Voedselbank (en terug)

Soms gaat het om iets kleins. Mevrouw (82) kon de uitgiftepunten van de {{o:Voedselbank}} niet bereiken: het dichtstbijzijnde punt is een half uur lopen en zij loopt met een rollator. Haar zoon woont in Groningen.

Wat we deden: een vrijwilliger van de {{o:Buurtbus}} haalt nu elke vrijdag drie dames op en brengt ze naar het uitgiftepunt aan de Melis Stokelaan. Deze dames kenden elkaar niet. Nu drinken ze na afloop koffie in het wijkcentrum. Eén van hen, [[p:Jopie]], organiseert inmiddels een kaartmiddag.

Wat niet werkte: de thuisbezorging van de Voedselbank, want die had een wachtlijst.

Les: kijk of je een praktisch probleem kunt oplossen voor meerdere mensen tegelijk, dan krijg je de sociale winst er gratis bij.

Bewijsniveau: 3 cliënten. Overdraagbaarheid: hoog, mits er vervoer is.
=====
Titel: Wat het MDO ons opleverde

Aanleiding. In september bespraken we in het multidisciplinair overleg een casus die al twee jaar vastzat. Cliënte, 44, met psychische problemen en schulden, woont in {{w:Zuiderpark}}. Ze had zes hulpverleners en voelde zich niet gehoord.

Het MDO was dit keer anders. We nodigden haar uit, samen met haar zus. We gebruikten de methode 'Krachtwerk'. Voorzitter was onze {{r:casusregisseur}} [[p:Pim Kortekaas]]. Iedereen kreeg twee minuten; cliënte zelf kreeg zoveel tijd als ze wilde. Ze vertelde dat ze vooral bang was dat haar hond zou worden weggehaald als ze opgenomen werd.

Aanpak: we regelden een oppas voor de hond via {{o:Dierenhulp Den Haag}}, waarna ze akkoord ging met een korte opname. De schuldhulp werd tijdelijk stilgezet.

Werkzame elementen: de cliënt aan tafel; de angst achter de weigering zoeken.
Wat werkte niet: eerdere MDO's zonder cliënt.

Uitkomst: opname van vier weken, daarna ambulante zorg.

Les: nodig de cliënt uit bij het MDO. Punt.

Overdraagbaarheid: hoog. Bewijsniveau: praktijkervaring.
=====
Titel: Ouderen en digitale zaken – een uitgebreid verslag

Deze les schrijf ik namens het team {{w:Segbroek}}. Steeds meer dingen gaan digitaal: DigiD, de bank, de zorgverzekering, de gemeente. Voor ouderen is dat een grote drempel. We zagen mensen die hun pensioenoverzicht niet konden openen, die geen afspraak konden maken bij de huisarts omdat dat alleen via een app kon, en een mevrouw die haar rekeningen niet betaalde omdat de bank geen papieren acceptgiro's meer stuurde.

Aanpak: samen met de {{o:Bibliotheek Den Haag}} starten we het 'Digicafé' op maandagochtend. Vrijwilligers helpen met DigiD, de bankapp en e-mail. Voor mensen die het echt niet kunnen leren, regelen we een machtiging (DigiD-machtigen) voor een familielid. Meneer [[p:Stuurman]] (89) mocht zijn kleindochter machtigen; hij vond het prachtig om weer zelf mee te kijken op de tablet.

Wat werkte: vaste vrijwilligers; kleine groepjes; koffie.
Wat niet werkte: de cursus van vier weken die we eerst organiseerden, dat was te veel in één keer.

Uitkomst: ongeveer 25 bezoekers per maand.

Les voor andere teams: niet iedereen hoeft alles zelf te kunnen; machtigen is ook zelfredzaamheid.

Bewijsniveau: eigen registratie.
=====
Titel: Eén gezin, twee culturen, drie generaties

Deze casus speelt in {{w:Transvaal}}. Een Turks-Nederlands gezin: opa en oma (beiden eind zeventig), hun zoon met zijn Nederlandse vrouw en twee tieners. Oma kreeg een beroerte. De schoondochter werd mantelzorger en liep vast. Opa wilde geen 'vreemden' in huis; de schoondochter wilde thuiszorg.

Aanpak: de {{r:wijkverpleegkundige}} schakelde een Turkssprekende thuiszorgorganisatie in ({{o:Zorgkompas}}). Opa kon zich daar wel in vinden. De zoon, [[p:Serkan]], kreeg via zijn werkgever mantelzorgverlof. Daarnaast heeft de {{r:welzijnscoach}} met de schoondochter, [[p:Linda]], een paar gesprekken gehad over haar eigen grenzen.

Wat werkte niet: in het begin was er geen tolk bij de gesprekken met opa, omdat de zoon 'wel even vertaalde'. Later bleek dat hij sommige dingen wegliet.

Les voor andere teams: ook als een familielid kan vertalen, is een professionele tolk beter. En: cultuursensitieve zorg is geen luxe.

Bewijsniveau: 1 casus. Overdraagbaarheid: hoog.
=====
Titel: Wat een WhatsApp-groep kan doen

Ik ben {{r:buurtsportcoach}} en ik werk samen met het wijkzorgteam in {{w:Moerwijk}}. Vorig jaar begonnen we een wandelgroep voor mensen met overgewicht en diabetes. Het succes bleek niet het wandelen maar de groepsapp. Deelnemers stuurden elkaar foto's van hun wandelingen, recepten, en als iemand er niet was werd diegene meteen gebeld.

Een deelnemer, [[p:Gerda]], was na het overlijden van haar man helemaal in zichzelf gekeerd. Na drie maanden was zij degene die de groep organiseerde als ik op vakantie was.

Aandachtspunt: in de app stonden natuurlijk telefoonnummers van iedereen. We hebben afgesproken dat alleen deelnemers die daar zelf voor kiezen erin komen, en dat er geen medische informatie gedeeld wordt. Dat stond in een huisregel bovenaan.

Les: een appgroep kan contact laten doorgaan tussen de bijeenkomsten, maar maak afspraken over privacy.

Bewijsniveau: praktijkervaring, 14 deelnemers.
=====
Titel: Een lang traject rond een man met een niet-aangeboren hersenletsel

Meneer [[p:Boudewijn Pauw]] is 52 en kreeg drie jaar geleden een ernstig ongeluk op zijn scooter. Sindsdien is hij snel boos, vergeet afspraken en raakte hij zijn baan en zijn relatie kwijt. Hij woont nu alleen in een flat in {{w:Leidschenveen}}.

Aanleiding voor ons team was een melding van de buren over geschreeuw. Bij het eerste bezoek bleek hij niet te begrijpen waarom mensen boos op hem waren.

Aanpak: specialistische begeleiding via {{o:Basalt}} (revalidatie) en een {{r:NAH-consulent}}. Voor de financiën een bewindvoerder. Voor de buren een bijeenkomst met uitleg (met zijn toestemming) over wat hersenletsel doet.

Werkzame elementen: uitleg aan de omgeving; structuur (weekplanner op de koelkast); vaste begeleider.

Wat werkte niet: de eerste begeleider van een algemene thuiszorgorganisatie had geen kennis van NAH.

Uitkomst: minder conflicten, meneer gaat twee dagen naar een werkplaats.

Les: NAH is onzichtbaar; vraag bij onverklaarbaar gedrag naar ongelukken of beroertes in het verleden.

Bewijsniveau: praktijkervaring.
=====
Titel: Stille armoede bij een werkende moeder

Een ervaring die me bijgebleven is. Mevrouw werkt 32 uur als {{r:doktersassistente}}, is alleenstaand en heeft twee kinderen. Ze verdient net te veel voor de meeste regelingen. De kinderen gingen niet meer naar sport, de koelkast was eind van de maand leeg. Ze kwam bij ons via de {{r:schoolmaatschappelijk werker}}.

We hebben samen gekeken naar alle regelingen: de Ooievaarspas bleek net wél mogelijk, het {{o:Jeugdfonds Sport & Cultuur}} betaalde de contributie. Haar ex-partner betaalde geen alimentatie; via het {{o:LBIO}} is dat geregeld.

Les: ook bij werkenden met een 'normaal' inkomen kan armoede spelen. Vraag ernaar.

PS: ik zou het fijn vinden als collega's die ervaring hebben met het LBIO mij mailen: [[e:n.amrani@swtdenhaag.nl]]
=====
Titel: De lange weg naar een Wlz-indicatie

Aanleiding: mevrouw, 67 jaar, heeft een vergevorderde vorm van MS en woont met haar man in een eengezinswoning in {{w:Wateringseveld}}. Meneer (70) deed alles. Toen hij zelf een heupoperatie kreeg, stortte de zorg in.

We dachten dat een Wlz-indicatie een formaliteit zou zijn. Het werd een traject van vijf maanden. Het {{o:CIZ}} wilde eerst een recente verklaring van de neuroloog. De neuroloog had een wachttijd van tien weken. Ondertussen kreeg mevrouw via de Zvw wijkverpleging en via de Wmo huishoudelijke hulp, maar 's nachts was er niemand.

Aanpak: we hebben het gat gedicht met logeeropvang en met de hulp van hun dochter [[p:Sanne]], die twee maanden bij hen introk.

Wat werkte niet: de communicatie tussen Wmo en Zvw. Iedereen wees naar elkaar.

Les voor andere teams: start de Wlz-aanvraag zodra je ziet dat iemand 24-uurszorg nodig heeft, ook als de mantelzorger nog zegt het te kunnen.

Bewijsniveau: praktijkervaring.
""")

# ---------------------------------------------------------------------------
# 5. Lessons with a pasted snippet from the case file / registration system
# ---------------------------------------------------------------------------
add(r"""
Titel: Snelle start na een melding van de huisarts
Aanleiding: (geplakt uit het aanmeldformulier)
---------------------------------------
Cliënt: [[p:Aziz Bouchtaoui]]
Geb.datum: [[d:17-09-1979]]
Adres: [[a:Hoefkade 871]], [[pc:2526 CB]] Den Haag
Verwijzer: {{r:huisarts}} dr. [[p:Lemmens]]
Reden: somberheid, schulden, dreigend verlies baan
---------------------------------------
Aanpak: binnen 48 uur huisbezoek, samen met {{r:POH-GGZ}}.
Les: een warme verwijzing van de huisarts zorgt voor vertrouwen vanaf dag één.
Bewijsniveau: 1 casus
=====
Titel: Schuldhulp bij een gepensioneerde
Aanpak: zie journaal hieronder

[[d:04-03-2024]] 09:12 | MW | Tel. contact met dhr. [[p:Hoekstra]], schuld bij {{o:Wehkamp}} en {{o:Zilveren Kruis}}.
[[d:11-03-2024]] 14:30 | MW | Huisbezoek [[a:Soestdijksekade 402]]. Post doorgenomen. Dochter [[p:Esther]] aanwezig.
[[d:18-03-2024]] 10:00 | SHV | Aanmelding {{o:Schuldhulpverlening Den Haag}}, dossier [[z:SHV-24-30917]].

Les: gepensioneerden denken vaak dat schuldhulp niet voor hen is.
=====
Titel: Leerpunt rond privacy bij de overdracht
Aanleiding: bij de overdracht aan {{o:Parnassia}} stuurden we per ongeluk het hele dossier mee. Uit de mail:

> Cliënt: mw. [[p:L.M. van Rijn]]
> BSN: [[b:346969177]]
> Diagnose volgens ha: bipolaire stoornis
> Contactpersoon: zoon, [[t:06 28 41 70 03]]

Les: stuur alleen wat nodig is, en altijd via beveiligde mail (Zivver).
Bewijsniveau: incident
=====
Titel: Bijzondere bijstand voor een wasmachine
Aanleiding uit de aanvraag:
Naam aanvrager⇥[[p:Cristina Popa]]
BSN⇥[[b:158570881]]
IBAN⇥[[i:NL89RABO4343020096]]
Aanvraagnr⇥[[z:BB-2024-08831]]
Bedrag⇥€ 429,00
Aanpak: aanvraag samen ingevuld, offerte bijgevoegd.
Les: bij bijzondere bijstand altijd een offerte meesturen, anders wordt het afgewezen.
=====
Titel: Wonen boven een winkel
Aanleiding: melding brandweer, overbewoning.
Uit het politiebericht (geplakt): "Op [[d:zaterdag 14 september 2024]] omstreeks 23:40 uur ter plaatse gekomen op [[a:Wagenstraat 117A]]. Aangetroffen: 11 personen, waaronder [[p:Dimitar Angelov]] (geb. [[d:02-02-1990]]) die aangaf de huurder te zijn."
Aanpak: samen met {{o:Fairwork}} en de gemeente (team Handhaving).
Les: zorg dat er voor bewoners een alternatief is vóór de sluiting.
=====
Titel: Inloop bij het Servicepunt XL
Doelgroep: alle bewoners {{w:Escamp}}
Aanpak: zie registratie (anoniem? bijna):
  inloopregistratie wk 37
  ma – 14 bezoekers
  di – 9 bezoekers, waarvan 1 doorverwezen naar SWT (mevr. [[p:Dogan]], huur)
  wo – 22 bezoekers
  do – gesloten (training)
Les: de maandag is de drukste dag, zet dan twee mensen in.
=====
Titel: Overdracht van jeugd naar volwassenen
Uit het overdrachtsformulier {{o:CJG}} (gedeeltelijk):
Naam jongere: [[p:Jayden Wijngaarde]]
Geboortedatum: [[d:22-08-2006]]
Wettelijk vertegenwoordiger: n.v.t. (18+)
Betrokken: {{r:jeugdconsulent}} [[p:K. Verstappen]], {{r:mentor}} ROC
Hulpvraag: zelfstandig wonen, inkomen
Aanpak: overdrachtsgesprek met z'n vieren.
Les: begin op je 17e.
=====
Titel: Een ontruiming die toch doorging
Aanleiding, uit het vonnis:
"…veroordeelt gedaagde, [[p:Johannes Cornelis Vos]], wonende te [[pc:2573AB]] 's-Gravenhage aan de [[a:Vaillantlaan 38]], tot ontruiming…"
Aanpak: we waren te laat betrokken. De opvang was vol.
Les: vraag corporaties om ook bij particuliere verhuurders signalen door te geven; hier was het een particulier.
=====
Titel: Zorgverzekering na detentie
Journaal (kopie):
[[d:02/05]] – cliënt belt, geen verzekering sinds vrijlating
[[d:03/05]] – aanmelding {{o:CZ}} via gemeentepolis
[[d:10/05]] – polisnummer [[z:CZ 44 01 782 93]] ontvangen
Les: regel de zorgverzekering vóór de vrijlating, de PI kan helpen.
=====
Titel: Verhuizing naar een seniorenwoning
Aanleiding: mw. kon de trap niet meer op.
Uit de urgentieaanvraag:
| Naam | [[p:Wilhelmina]] ([[p:Mien]]) [[p:Oosterhout]] |
| Adres | [[a:Van der Parrastraat 9]] |
| Postcode | [[pc:2515 VE]] |
| Telefoon | [[t:070-3887125]] |
| Reden | medisch (heupprothese) |
Uitkomst: woning in {{w:Leyenburg}} na 11 weken.
Les: medische urgentie gaat sneller met een brief van de specialist, niet alleen van de huisarts.
=====
Titel: Het schuldenoverzicht als gespreksstarter
Aanpak: we printen het overzicht uit en leggen het op tafel. Hier een voorbeeld:

Schuldeiser        Bedrag       Kenmerk
{{o:Eneco}}              € 1.210,33   [[z:EN-77201934]]
{{o:Zilveren Kruis}}     €   642,00   [[z:ZK-2024-119056]]
{{o:CJIB}}               €   290,00   [[z:8300 1299 4521 0077]]
Totaal             € 2.142,33

Les: een overzicht op papier geeft rust. Mensen zien dat het 'maar' drie schuldeisers zijn.
=====
Titel: Verward gedrag in de openbare ruimte
Aanleiding (uit de melding van de {{o:GGD}}):
"Betrokkene, man, ca. 40 jr, noemt zich '[[p:Prins Willem]]', slaapt in het portiek van [[a:Herderstraat 2]]. Geen ID. Mogelijk bekend bij Parnassia onder [[p:W. Prinsen]]."
Aanpak: bemoeizorg, naam bevestigd via de ketenpartner.
Les: de naam die iemand zichzelf geeft is een ingang, geen probleem.
=====
Titel: Leefgeld via de budgetbeheerder
Aanpak: afspraken uit het budgetplan:
- huur (€ 712) en energie (€ 160) direct via budgetbeheer
- leefgeld € 65 per week op [[i:NL46ASNB7994689118]] (rekening cliënt)
- aflossing regeling [[z:HKB-2023-11840]]
Les: leefgeld per week werkt beter dan per maand.
=====
Titel: Achterstand bij de tandarts
Uit de brief (ingescand, deels overgetypt):
"Geachte heer [[p:Mahabir]], volgens onze administratie staat er nog een bedrag open van € 387,50 voor behandeling op [[d:14 februari 2023]]. Patiëntnummer [[z:P-004417]]."
Aanpak: tandarts gebeld, betalingsregeling van 10 maanden.
Les: ook zorgschulden buiten de verzekering kunnen flink oplopen.
=====
Titel: Aanmelding door een buurvrouw
Melding uit het contactformulier van de website:

Naam melder: [[p:Ria Koning]]
E-mail: [[e:riakoning57@hotmail.com]]
Over wie: buurman op nummer 14, zit al weken binnen
Toestemming betrokkene: nee

Aanpak: we mochten niet zonder meer langs. We hebben een kaart in de bus gedaan.
Les: bij meldingen zonder toestemming: eerst laagdrempelig contact zoeken, niet meteen dossier openen.
=====
Titel: Van WhatsApp naar het dossier
Aanleiding: cliënten sturen ons appjes met foto's van brieven. Die staan dan op onze telefoon.
Bijvoorbeeld (screenshot overgetypt): "{{o:Gemeente Den Haag}}, Dienst SZW, uw kenmerk [[z:ZD2024-05812]], betreft: herziening bijstand, mevrouw [[p:N. Jama]]"
Aanpak: we hebben afgesproken dat foto's binnen een dag in het dossier gaan en van de telefoon worden verwijderd.
Les: maak een werkafspraak over foto's van brieven.
=====
Titel: Inkomensondersteuning voor een oudere migrant
Gegevens uit de SVB-brief:
AOW-nummer: [[z:SVB-7713-2290-1]]
Naam: [[p:Kalpana Jagesar-Ramlal]]
Opbouw AOW: 54%
Aanpak: AIO-aanvulling aangevraagd.
Les: ouderen met een onvolledige AOW hebben vaak recht op een aanvulling zonder het te weten.
=====
Titel: Huiselijk geweld en de tijdelijke huisverbod
Uit het verslag van de {{o:Veilig Thuis}}-collega (dossier [[z:VT-HGL-2024-0913]]):
"Huisverbod opgelegd aan [[p:R. Bhairo]] voor 10 dagen, partner en kinderen blijven in de woning."
Aanpak: wij begeleidden moeder, de {{o:Reclassering}} vader.
Les: tijdens een huisverbod is er een kans voor hulp aan beide partners.
""")

# ---------------------------------------------------------------------------
# 6. Lessons with a quoted message (app, sms, mail, voicemail, letter)
# ---------------------------------------------------------------------------
add(r"""
Titel: Bereikbaarheid via WhatsApp
Aanleiding: jonge cliënten nemen niet op als wij bellen, maar reageren wel op een appje.
Voorbeeld van hoe het soms gaat:
[[d:12-04-24]], 22:47 - [[p:Shirley]]: sorry dat ik zo laat app maar ik krijg morgen de deurwaarder en ik weet niet wat ik moet doen 😢
[[d:12-04-24]], 22:51 - Ik: Ik zie je bericht, morgen om 9 uur bel ik je. Doe de deur open maar teken niks.
Les: maak duidelijke afspraken over wanneer je reageert, en stel een tekst in voor buiten werktijd.
Bewijsniveau: ervaring van het team
=====
Titel: De sms die alles veranderde
Aanleiding: Mevrouw had al drie afspraken gemist. Toen kwam dit bericht binnen op de teamtelefoon:
"hallo met [[p:Naima]] ik kan niet komen ik durf de deur niet uit mijn ex staat beneden. [[a:Jacob Catsstraat 14 A]]"
Aanpak: direct contact met de politie en {{o:Veilig Thuis}}.
Les: een gemiste afspraak is soms een signaal. Vraag waarom, oordeel niet.
=====
Titel: Samenwerking met de school
Aanleiding: mail van de {{r:intern begeleider}}:
> Van: [[p:Marjolein Stam]] <[[e:m.stam@obs-dewaterval.nl]]>
> Onderwerp: zorgen om [[p:Rayan]] (groep 6)
> Hoi, [[p:Rayan]] komt al twee weken zonder jas en ontbijt naar school. Moeder reageert niet op de telefoon. Kunnen jullie iets?
Aanpak: huisbezoek samen met de IB'er; moeder bleek net bevallen en alleen.
Les: scholen zien veel, maar weten niet altijd dat wij bestaan. Ga kennismaken.
=====
Titel: Voicemail van een buurman
Aanleiding, de voicemail letterlijk:
"Ja goedemiddag u spreekt met [[p:Cor Stam]], ik woon naast mevrouw [[p:Pronk]] op de [[a:Kamperfoeliestraat 86]] en ik heb haar al een week niet gezien en de post puilt uit de brievenbus, mijn nummer is [[t:06 53 17 40 28]]."
Aanpak: dezelfde middag langs met de huismeester; mevrouw lag op de grond, uitgedroogd.
Les: neem signalen van buren altijd dezelfde dag serieus.
=====
Titel: Een bedankbrief (gedeeld met toestemming)
"Beste [[p:Joost]] en [[p:Fatima]], ik wil jullie bedanken voor alles. Zonder jullie was ik mijn huis kwijt geweest. Ik heb nu werk en mijn dochter gaat weer naar school. Groetjes, [[p:Larissa]]"
Les: vraag cliënten bij het afsluiten wat hen geholpen heeft; hier: 'dat jullie bleven komen'.
Bewijsniveau: 1 casus
=====
Titel: Mail van een bewindvoerder
Aanleiding: we kregen deze mail:
---
Geachte heer/mevrouw,
Hierbij deel ik mee dat ik met ingang van [[d:1 oktober 2024]] het bewind over dhr. [[p:T. Kalloe]] (geb. [[d:08-11-1958]]) beëindig wegens een verstoorde relatie.
Met vriendelijke groet,
[[p:Arjen Mulder]]
Delta Bewind & Budget
[[t:06-19274461]]
---
Aanpak: binnen een week een nieuwe bewindvoerder gezocht.
Les: houd een lijst van bewindvoerders die 'moeilijke' cliënten willen aannemen.
=====
Titel: Klacht van een cliënt
Aanleiding: cliënt stuurde een klacht per mail:
"ik heb 3 keer gebeld en niemand belt terug. ik ben [[p:Ahmed Tahiri]] uit de [[a:Boekhorststraat 29-zw]], dit is de laatste keer. [[t:0612345098]]"
Aanpak: excuses, vaste contactpersoon.
Les: een klacht is vaak een teken dat iemand zich niet gezien voelt. Reageer binnen een dag.
=====
Titel: Vrijwilliger meldt zorgen
Aanleiding, uit de groepsapp van de vrijwilligers:
[[p:Wim]] (vrijwilliger): mw van de [[a:Lorentzplein 31]] deed vandaag niet open, ze zou naar de kapper
[[p:Wim]] (vrijwilliger): telefoon gaat over, geen gehoor
[[p:Petra]] (coördinator): ik bel het wijkzorgteam
Aanpak: binnen een uur huismeester met sleutel; mevrouw was gevallen.
Les: vrijwilligers zijn ogen en oren. Zorg dat ze weten wie ze moeten bellen.
=====
Titel: Een appje van de dochter
Quote: "Mijn moeder zegt dat ze het allemaal zelf kan maar ze heeft sinds Pasen niet gedoucht. Ik woon in Breda en kan niet elke week komen. Groet [[p:Yvonne Bakker]]"
Aanpak: wijkverpleegkundige langs, persoonlijke verzorging geregeld.
Les: mantelzorgers op afstand hebben behoefte aan een vast aanspreekpunt in de wijk.
=====
Titel: Brief van de deurwaarder
Aanleiding: cliënt gaf ons deze brief (overgenomen):
"AANZEGGING — Op verzoek van {{o:Zilveren Kruis Achmea}} zal op [[d:dinsdag 26 november 2024]] te 09:00 uur worden overgegaan tot verkoop van roerende zaken ten laste van [[p:G.H. Pinas]], wonende [[a:Escamplaan 612]]."
Aanpak: schuldeiser gebeld, verkoop opgeschort na regeling.
Les: een aanzegging is niet het einde; er is bijna altijd ruimte om te praten.
=====
Titel: Contact met een jongere via Instagram
Aanleiding: jongere (19) reageerde nergens op, alleen op Instagram. Zijn bericht:
"yo ben [[p:Jandino]] van de soos, kan je me helpen met een uitkering ofzo, m'n moeder gooit me eruit"
Aanpak: afspraak in de soos met de {{r:jongerenwerker}}, samen naar het {{o:Jongerenloket}}.
Les: ga naar het kanaal van de jongere, maar sluit het contact af via de officiële weg.
=====
Titel: Bericht van de huisarts
Uit het Zorgmail-bericht:
"Betreft: mevr. [[p:F. Egal]], geb. [[d:30-06-1971]]. Patiënte komt frequent met lichamelijke klachten zonder medische verklaring. Graag aandacht voor psychosociale situatie. Met collegiale groet, [[p:H. Brouwer]], huisarts."
Aanpak: gesprek met mevrouw samen met een Somalische sleutelfiguur.
Les: somatische klachten zijn vaak een taal voor zorgen.
=====
Titel: Tips van een ervaringsdeskundige
Citaat uit ons gesprek met [[p:Robert]] ({{r:ervaringsdeskundige}} bij {{o:Anton Constandse}}): "Toen ik op straat sliep wilde ik niet dat iemand me vroeg wat ik nodig had. Ik wilde dat iemand gewoon een broodje bracht en bleef zitten."
Les: eerst aanwezigheid, dan vragen.
=====
Titel: Het mailtje dat niet aankwam
Aanleiding: cliënte mailde haar nieuwe adres naar een oud adres van onze collega:
"Van: [[e:sabrina.doelwijt83@gmail.com]]
Aan: [[e:k.dejong@wijkteam-escamp.nl]]
ik woon nu op [[a:Dedemsvaartweg 1127]], [[pc:2545 BR]]. groetjes"
Collega was al een jaar weg. Mail kwam nooit aan.
Les: zorg dat oude mailadressen van collega's worden doorgestuurd.
=====
Titel: Bericht van de corporatie
Uit de mail van {{o:Woonbron}}:
"Huurder dhr. [[p:Aydın]] heeft sinds [[d:1 juni]] geen huur betaald, achterstand € 2.138. Contractnummer [[z:WB-44718-02]]. Wij verzoeken u contact op te nemen met onze {{r:consulent}} mevrouw [[p:L. de Graaf]]."
Les: reageer op zulke mails binnen de week, corporaties schakelen anders de deurwaarder in.
=====
Titel: Appgroep met familie
Aanleiding: familie maakte een groep 'Zorg voor papa' en voegde ons toe.
[[p:Sanne]]: wie gaat er dinsdag?
[[p:Kees]]: ik niet, werk
[[p:Mirjam de Vos]]: ik kan tot 14:00
Les: laat je niet toevoegen aan familiegroepen; privacy en grenzen. Spreek een vast contactmoment af.
=====
Titel: Sms-herinneringen
Aanleiding: veel no-shows.
Onze standaard-sms: "Herinnering: morgen om [tijd] afspraak met het sociaal wijkzorgteam. Kunt u niet? Bel 14 070 en vraag naar het wijkzorgteam."
Uitkomst: no-shows van 30% naar 12%. (Idee van [[p:Marieke Winter]].)
Les: simpel en effectief.
Bewijsniveau: eigen registratie, 3 maanden
=====
Titel: Citaat uit het verslag van de {{r:wijkagent}}
"Tijdens mijn ronde werd ik aangesproken door mevr. [[p:El Ouardi]] van [[a:Delftselaan 40-1]], die aangaf dat haar zoon ([[p:Bilal]], 17) wordt afgeperst door oudere jongens."
Aanpak: samen met {{o:CJG}} en het jongerenwerk.
Les: wijkagent en wijkzorgteam zouden elke maand moeten afstemmen.
""")

# ---------------------------------------------------------------------------
# 7. Lessons with footnotes or end notes
# ---------------------------------------------------------------------------
add(r"""
Titel: Vroeg erbij bij schooluitval
Aanleiding: drie jongeren uit dezelfde flat verlieten het mbo zonder diploma.¹
Aanpak: huiskamerbijeenkomsten met ouders, georganiseerd door een moeder uit de flat.²
Les: ouders zijn de ingang bij jongeren die niemand meer bereikt.
Bewijsniveau: 3 jongeren

¹ Alle drie bekend bij het {{o:RMC}}, zie overdracht van [[d:9 januari]].
² Dank aan [[p:Samira Benali]], die haar woonkamer openstelde.
=====
Titel: Vervoer naar de dagbesteding
Aanleiding: Wmo-taxi kwam steeds te laat (1).
Aanpak: vrijwillige chauffeurs van de kerk.
Uitkomst: meneer komt weer op tijd.
Les: kijk ook naar informele oplossingen.

(1) klacht ingediend bij {{o:Vervoerservice Haaglanden}} onder nummer [[z:KL-2024-66103]], namens dhr. [[p:Nijenhuis]].
=====
Titel: Gezinscoaching bij overvolle agenda
Aanleiding: vader en moeder werken beiden in ploegendienst, vier kinderen [1].
Aanpak: eén vast overlegmoment op zondagavond per telefoon [2].
Les: pas je aan aan het ritme van het gezin.

[1] Kinderen: [[p:Noah]] (14), [[p:Lina]] (11), [[p:Adam]] (8), [[p:Sara]] (3).
[2] Het nummer van vader: [[t:06 – 22 14 93 81]]. Alleen na 20:00 bellen.
=====
Titel: Aanpak van energiearmoede in portiekflats
Aanleiding: zie de cijfers van de gemeente (RIS 316244)*.
Aanpak: energiecoaches, zie boven.
Les: combineer met schuldhulp.

* Raadsinformatiebrief van [[d:12 maart 2024]] over energiearmoede in {{w:Den Haag Zuidwest}}.
=====
Titel: Rouw bij kinderen na een suïcide in het gezin
Aanleiding: vader van drie kinderen overleed in het voorjaar.†
Aanpak: kinderen doorverwezen naar rouwgroep, moeder naar {{o:Slachtofferhulp}}.
Les: vraag ook naar de kinderen als een ouder overlijdt.

† Overlijden op [[d:27-03-2024]], gezin woont in {{w:Mariahoeve}}. Moeder: [[p:Anouk]].
=====
Titel: Vroegsignalering via het consultatiebureau
Aanleiding: jeugdverpleegkundige zag signalen van armoede.
Les: maak afspraken over een warme overdracht, zoals bij de tweeling van mevrouw [[p:Hakimi]].
Bewijsniveau: goed beschreven.³

³ Gebaseerd op de werkwijze zoals beschreven door het NJi (2021); zie ook het landelijke rapport 'Vroegsignalering schulden' (p. 34–37).
=====
Titel: Niet-westerse ouderen en thuiszorg
Aanleiding: ouderen gebruiken weinig thuiszorg. Onze analyse: taal, schaamte, onbekendheid.
Aanpak: voorlichting in de moskee en het hindoetempel-comité.
Les: ga via sleutelfiguren.

Noot: de voorlichting in de moskee aan de Hoefkade werd gegeven door imam [[p:Yusuf Karaca]] en onze collega [[p:Gül]]; in de tempel door pandit [[p:Sewnath]].
=====
Titel: Budgetcursus voor jongeren
Aanpak: 4 bijeenkomsten, praktische opdrachten.
Uitkomst: 12 van de 15 maakten het af.
Les: laat jongeren hun eigen bankapp gebruiken tijdens de cursus.
Noten:
1. Cursusmateriaal van {{o:Nibud}}.
2. Locatie: jongerencentrum aan de Zuiderparklaan.
3. Vragen: [[e:jongerenwerk.escamp@xtra.nl]] t.a.v. [[p:Rik]].
=====
Titel: Aanpak van een LVB-moeder met een baby
Aanleiding: melding verloskundige.*
Aanpak: kraamzorg extra lang, {{o:MEE}} ondersteuning.
Les: LVB en ouderschap vraagt een lange adem.

*Verloskundigenpraktijk {{o:De Bakermat}}, melding door verloskundige [[p:Els van der Poel]] op [[d:ma 7 okt]].
=====
Titel: Ouderen uit de verzorgingshuisgeneratie
Aanleiding: veel ouderen dachten dat ze 'vanzelf' naar een verzorgingshuis konden (a).
Les: leg uit hoe de Wlz werkt.

(a) Vgl. de brief van mevrouw [[p:Knoop]] aan de wethouder, die ons in kopie werd gestuurd.
=====
Titel: Mannen en hulp vragen
Aanleiding: mannen melden zich minder vaak bij ons.¹ ²
Aanpak: spreekuur in de sportschool.
Les: ga waar mannen zijn.

¹ Eigen registratie 2023: 38% man, 62% vrouw.
² Zie ook het artikel in Zorg+Welzijn van [[d:3 mei 2023]].
=====
Titel: De inzet van een ervaringsdeskundige bij schulden
Aanleiding: cliënt vertrouwde geen hulpverleners.
Aanpak: ervaringsdeskundige ging mee.
Les: ervaringsdeskundigheid is een vak.
________
Voetnoot: de ervaringsdeskundige was [[p:Marcel Groen]], bereikbaar via [[t:06-10 43 72 59]]; hij wil graag vaker ingezet worden in andere wijken.
""")

# ---------------------------------------------------------------------------
# 8. Lessons with attachment titles / file names
# ---------------------------------------------------------------------------
add(r"""
Titel: Gezamenlijk plan met de school
Aanpak: zie bijlage.
Bijlagen:
- Plan_van_aanpak_fam_[[p:ElIdrissi]]_v2.docx
- Verslag_MDO_[[d:12-03-2024]].pdf
Les: één plan, ondertekend door ouders en school.
=====
Titel: Mantelzorgwaardering en respijt
Les: vraag de mantelzorgwaardering aan, mensen weten het niet.
Bijlage: 📎 aanvraagformulier_mantelzorgwaardering_dhr_[[p:Koster]].pdf (1,2 MB)
=====
Titel: Voorbeeld van een budgetplan
Aanleiding: collega's vroegen om een voorbeeld.
Bijlage: budgetplan_[[p:Yilmaz]]_[[d:2024-05-01]].xlsx – NB namen nog niet weggehaald, doe ik later
Les: gebruik het format van het Nibud.
=====
Titel: Checklist huisbezoek bij vermoeden van vervuiling
Bijlagen (3):
1. Checklist_vervuiling_GGD.pdf
2. Foto's_woning_[[a:Zuidwal 91]].zip
3. Toestemmingsverklaring_getekend.jpg
Les: maak foto's alleen met toestemming en bewaar ze in het dossier, niet op je telefoon.
=====
Titel: Werken met de zelfredzaamheidsmatrix
Aanpak: bij intake en na 3 maanden ZRM afnemen.
Bijlage: ZRM_voorbeeld_ingevuld.pdf
Bijlage: ZRM_[[z:2023-11874]]_eindmeting.pdf
Les: de ZRM laat vooruitgang zien die de cliënt zelf niet ziet.
Bewijsniveau: ZRM is gevalideerd instrument
=====
Titel: Brief aan de zorgverzekeraar
Bijlage: Brief_CZ_bezwaar_premieachterstand_[[p:M_Nowak]].docx
Les: een brief namens het wijkzorgteam maakt indruk.
=====
Titel: Aanpak bij een gezin met een kind met een beperking
Aanpak: zie uitgebreid verslag in de bijlage.
[bijlage: "Gezinsplan [[p:Bayram]] – definitief.pdf"]
[bijlage: "Indicatie_Wlz_[[p:Elif]]_[[d:03-09-2024]].pdf"]
Les: een gezinsplan houdt iedereen bij de les.
=====
Titel: Privacyles: bijlagen in het platform
Les: let op de bestandsnamen! Ik zag gisteren in het platform een bijlage 'intake_[[p:Mohamud]]_[[p:Hodan]]_[[t:0612873341]].pdf'. Dat had er niet mogen staan.
NB: de naam en het nummer hierboven heb ik bewust laten staan zodat de moderator het ziet – graag verwijderen.
=====
Titel: Stappenplan aanvraag beschermingsbewind
Bijlagen:
* stappenplan_bewind_2024.pdf
* verzoekschrift_kantonrechter_voorbeeld.docx
* verzoekschrift_dhr_[[p:A_Rahmani]]_ingediend_[[d:14-6]].pdf
Les: laat de cliënt zelf tekenen, ook als het lastig is.
=====
Titel: Afstemming met de GGZ-crisisdienst
Bijlage: Signaleringsplan_[[p:JvdM]].pdf
Les: een signaleringsplan helpt iedereen in een crisis.
=====
Titel: Filmpje over de Voedselbank
Bijlage: voedselbank_uitleg_NL_AR_TR.mp4 (4:12 min)
Bijlage: toestemming_opname_[[p:Huang]]_[[p:Mei-Ling]].pdf
Les: een filmpje in drie talen werkt beter dan een folder.
=====
Titel: Verslag familiegesprek
Bijlage: familiegesprek.docx
Bijlage: familiegesprek_versie_met_namen_NIET_DELEN.docx
Bijlage: WhatsApp Image [[d:2024-02-17]] at 14.22.31.jpeg
Les: gebruik de Eigen Kracht-methode.
=====
Titel: Intake bij cliënten met een migratieachtergrond
Bijlage: intakeformulier_meertalig.pdf
Bijlage: voorbeeld_intake_[[p:Tran Thi Lan]].pdf
Les: laat de cliënt het formulier in de eigen taal zien.
=====
Titel: Signalen van mensenhandel
Bijlagen: 'Signalenkaart CoMensha', 'Melding [[z:CM-2024-0417]] (vertrouwelijk)', 'Contactgegevens zorgcoördinator [[p:Judith Hoek]]'
Les: bij vermoeden van mensenhandel altijd de zorgcoördinator mensenhandel van de gemeente inschakelen.
""")

# ---------------------------------------------------------------------------
# 9. Lessons with tables (pipes, tabs, aligned columns)
# ---------------------------------------------------------------------------
add(r"""
Titel: Overzicht betrokken partijen bij een complexe casus
| Partij | Contactpersoon | Rol |
|---|---|---|
| {{o:Parnassia}} | [[p:Ilona Verhoef]] | {{r:behandelaar}} |
| {{o:Haag Wonen}} | [[p:Ruud Post]] | {{r:woonconsultant}} |
| {{o:Haagse Kredietbank}} | – | schuldhulp |
| SWT {{w:Transvaal}} | [[p:Ayşe]] | {{r:casusregisseur}} |
Les: zet dit overzicht op één A4 en geef het aan de cliënt.
=====
Titel: Tijdlijn van een huisuitzetting
Datum⇥Gebeurtenis
[[d:03-01-2024]]⇥eerste herinnering huur
[[d:15-02-2024]]⇥aanmaning deurwaarder
[[d:20-03-2024]]⇥dagvaarding
[[d:18-04-2024]]⇥vonnis
[[d:06-05-2024]]⇥melding bij ons (!)
Les: wij kwamen vier maanden te laat. Vroegsignalering moet eerder.
=====
Titel: Resultaten wandelgroep
| week | deelnemers | nieuw |
| 1 | 6 | 6 |
| 4 | 9 | 3 |
| 8 | 11 | 2 |
| 12 | 14 | 3 |
Les: geef het een half jaar voordat je oordeelt.
Bewijsniveau: eigen telling
=====
Titel: Huisbezoekschema wijkverpleging en SWT
dag       wie                              tijd
ma        {{r:wijkverpleegkundige}} [[p:Nienke]]         08:30
wo        {{r:MW}} [[p:Mustapha]]                          14:00
vr        vrijwilliger [[p:Gerrit de Bruin]]           10:00
Adres: [[a:Goudenregenstraat 215]]
Les: zorg dat er niet twee mensen op dezelfde dag komen.
=====
Titel: Vergelijking schuldhulptrajecten
Traject⇥Duur⇥Succes
Minnelijk⇥36 mnd⇥60%
WSNP⇥36 mnd⇥70%
Budgetbeheer⇥onbepaald⇥n.v.t.
Les: bespreek met de cliënt wat realistisch is. (Bron: eigen cijfers team {{w:Escamp}} 2022–2023, verzameld door [[p:Lodewijk]].)
=====
Titel: Overzicht netwerk van de cliënt (ecogram, overgetypt)
Naam           | relatie         | contact
[[p:Fenna]]          | dochter         | 1x p/mnd
[[p:Herman Wolf]]    | broer           | geen (ruzie)
Mw. [[p:Jansen]]     | buurvrouw       | dagelijks
Ds. [[p:Hoogendijk]] | predikant       | 1x p/wk
Les: het netwerk is vaak groter dan de cliënt zelf denkt.
=====
Titel: Inzet van tolken – kosten
| taal | aantal gesprekken | kosten |
| Arabisch | 24 | € 1.320 |
| Tigrinya | 17 | € 1.105 |
| Pools | 9 | € 495 |
| Dari | 6 | € 360 |
Les: tolken is geen luxe, begroot het.
=====
Titel: Casusoverzicht bemoeizorg Q1
Casus⇥Wijk⇥Status⇥Regisseur
[[z:BZ-24-001]]⇥{{w:Laak}}⇥in zorg⇥[[p:Priscilla]]
[[z:BZ-24-002]]⇥{{w:Laak}}⇥contact gelegd⇥[[p:Hüseyin]]
[[z:BZ-24-003]]⇥{{w:Spoorwijk}}⇥afgesloten⇥[[p:Priscilla]]
Les: een overzicht per kwartaal helpt om te zien wat lang duurt.
=====
Titel: Wie doet wat bij ontslag uit het ziekenhuis
| Taak | Wie |
| medicatie | apotheek / {{r:wijkverpleegkundige}} |
| thuiszorg | {{r:transferverpleegkundige}} {{o:HMC}} |
| boodschappen | buurvrouw [[p:Ans]] |
| huishoudelijke hulp | {{r:Wmo-consulent}} |
Les: begin vóór het ontslag, niet erna.
=====
Titel: Voortgang ZRM-scores
Domein        | start | 3 mnd | 6 mnd
Financiën     | 1     | 2     | 3
Huisvesting   | 2     | 2     | 4
Sociaal netw. | 1     | 3     | 3
Les: laat de cliënt zelf ook scoren.
=====
Titel: Contactlijst voor collega's (wordt nog weggehaald)
[[p:Sevgi Arslan]]⇥{{o:Xtra}}⇥[[t:06 44 19 02 87]]⇥[[e:s.arslan@xtra.nl]]
[[p:Tom Boer]]⇥{{o:Staedion}}⇥[[t:070 - 3 42 77 61]]⇥[[e:t.boer@staedion.nl]]
{{o:Veilig Thuis}} algemeen⇥⇥0800-2000⇥
Les: een goede sociale kaart scheelt zoeken.
=====
Titel: Aanpak huurachterstand per fase
fase 1 (1 mnd)   | brief corporatie           | wij nog niet in beeld
fase 2 (2 mnd)   | huisbezoek corporatie      | melding vroegsignalering
fase 3 (3+ mnd)  | deurwaarder                | wij huisbezoek binnen 5 dagen
Les: fase 2 is het moment.
=====
Titel: Aanwezigheid huiskamerbijeenkomsten
| datum | aanwezig |
| [[d:5 sept]] | 8 |
| [[d:19 sept]] | 11 |
| [[d:3 okt]] | 6 (regen) |
| [[d:17 okt]] | 12 |
Les: plan niet in de herfstvakantie.
=====
Titel: Verdeling van taken bij gezin [[p:Owusu-Mensah]]
Wat⇥Wie⇥Wanneer
Aanvraag schuldhulp⇥[[p:Kofi Owusu]] zelf⇥voor [[d:1 december]]
Brief school⇥{{r:MW}}⇥deze week
Huisbezoek⇥{{r:wijkverpleegkundige}}⇥[[d:di 26-11]]
Les: laat cliënten zelf taken op zich nemen.
""")

# ---------------------------------------------------------------------------
# 10. Clean lessons (no personal data), many look-alikes
# ---------------------------------------------------------------------------
add(r"""
Titel: Samenwerking met huisartsen in de wijk
Aanleiding: huisartsen wisten niet wat het wijkzorgteam doet.
Doelgroep: huisartsen en POH's in {{w:Laak}}
Aanpak: elk kwartaal een lunch in de praktijk; een kaartje met het algemene nummer van het team (14 070) en de inloopuren.
Werkzame elementen: persoonlijk contact, kort en concreet
Wat werkte niet: een nieuwsbrief per mail
Uitkomst: aantal verwijzingen van huisartsen steeg van 12 naar 31 per kwartaal
Les: ga langs, neem broodjes mee
Overdraagbaarheid: hoog
Bewijsniveau: eigen registratie 2022–2023
=====
Titel: Een vaste inloop in het wijkcentrum
Aanpak: elke dinsdag 09:30–12:00 in zaal 2.14 van het wijkcentrum. Geen afspraak nodig.
Uitkomst: gemiddeld 11 bezoekers per keer, 40% nieuw.
Les: vaste tijd, vaste plek.
Bewijsniveau: telling over 26 weken
=====
Titel: Geldzorgen bij werkende ouders
Aanleiding: door de inflatie (10,0% in 2022) kwamen er meer werkende ouders met geldzorgen.
Aanpak: avondspreekuur van 19:00 tot 21:00 uur.
Les: het werkt, ook al komen er soms maar twee mensen.
Overdraagbaarheid: hoog
=====
Titel: Wat te doen bij een dreigende afsluiting van water
Aanleiding: {{o:Dunea}} stuurt vooraf een melding aan de gemeente (art. 4 Besluit aanvullende regels veiligheid drinkwater).
Aanpak: binnen 5 werkdagen contact; afsluiting is bijna altijd te voorkomen.
Les: ken de meldcode voor afsluitingen van de nutsbedrijven.
Bewijsniveau: landelijke regeling
=====
Titel: Wmo-maatwerkvoorziening en eigen bijdrage
Aanleiding: cliënten schrikken van de eigen bijdrage (€ 21,80 per maand in 2024).
Les: noem het bedrag al bij het keukentafelgesprek.
Overdraagbaarheid: landelijk
=====
Titel: Post in het Postbus-tijdperk
Aanleiding: cliënten weten niet waar ze bezwaar naartoe moeten sturen.
Aanpak: we hebben een kaartje gemaakt met de adressen van de meest gebruikte instanties, bijvoorbeeld Gemeente Den Haag, Dienst SZW, Postbus 16100, 2500 BC Den Haag, en de Belastingdienst/Toeslagen, Postbus 8120, 6710 HA Ede.
Les: een briefje met het juiste adres scheelt veel stress.
=====
Titel: Dagbesteding voor jongeren met NAH
Aanleiding: weinig passend aanbod voor jongeren (18–30) met hersenletsel.
Aanpak: samen met twee aanbieders een groep gestart in een buurthuis aan de Kamperfoeliestraat.
Uitkomst: 7 deelnemers na een half jaar.
Les: klein beginnen.
=====
Titel: Loketfunctie op de markt
Aanleiding: bewoners komen niet naar het wijkcentrum.
Aanpak: elke zaterdag een kraam op de Haagse Markt, tussen 10 en 13 uur, kraam 117.
Uitkomst: gemiddeld 25 gesprekken per zaterdag.
Les: de markt is de huiskamer van de wijk.
Bewijsniveau: 8 zaterdagen geteld
=====
Titel: Samen met de bibliotheek tegen laaggeletterdheid
Aanleiding: ca. 18% van de volwassenen in {{w:Den Haag}} is laaggeletterd.
Aanpak: doorverwijzing naar het Taalhuis; een gesprekje bij de balie van de bibliotheek.
Les: vraag naar lezen op een niet-bedreigende manier.
Overdraagbaarheid: hoog
=====
Titel: Ouderen bewegen in het park
Aanleiding: valpreventie.
Aanpak: elke donderdag om 10:00 uur een beweegles in het Zuiderpark bij de ingang aan de Mr. P. Droogleever Fortuynweg.
Uitkomst: 15–20 deelnemers, leeftijd 68 tot 91 jaar.
Les: buiten is laagdrempeliger dan een gymzaal.
=====
Titel: Rol van de casusregisseur
Les: de {{r:casusregisseur}} is niet de hulpverlener die alles doet, maar degene die zorgt dat het samenhangt. Leg dat uit aan cliënten en ketenpartners.
Bewijsniveau: gedeelde ervaring van 4 teams.
=====
Titel: Kosten van uitstel
Aanleiding: we rekenden uit wat het kost als een huisuitzetting niet wordt voorkomen.
Uitkomst: een huisuitzetting kost de samenleving gemiddeld € 25.000 tot € 30.000 (opvang, verhuizing, zorg); een preventietraject ca. € 2.500.
Les: preventie loont, gebruik deze cijfers in gesprekken met de corporatie.
Bewijsniveau: Landelijke berekening, aangevuld met eigen schatting
=====
Titel: Bereikbaarheid van het team
Les: zet op de website duidelijk de openingstijden (ma–vr 8:30–17:00) en het algemene nummer 14 070. Voor spoed buiten kantoortijd: Veilig Thuis 0800-2000 of de crisisdienst via de huisartsenpost.
=====
Titel: Vroegsignalering bij zorgverzekeraars
Aanpak: zorgverzekeraars melden een achterstand van 2 maanden premie bij de gemeente; wij nemen binnen 10 werkdagen contact op.
Uitkomst: in 2023 ruim 400 meldingen in ons stadsdeel, 55% bereikt.
Les: bellen werkt beter dan een brief; na 17:00 bereik je de meeste mensen.
=====
Titel: Huisbezoeken veilig afleggen
Aanleiding: een collega werd bij een huisbezoek bedreigd.
Aanpak: bij een eerste bezoek altijd met z'n tweeën; een signaalwoord in de teamapp; vooraf checken in het registratiesysteem of er een veiligheidsvlag is.
Les: veiligheid van medewerkers is een gedeelde verantwoordelijkheid.
Overdraagbaarheid: hoog
=====
Titel: Het kick-off moment van de pilot
Wat we leerden van de kick-off: mensen kiezen eerder een thema waar ze zelf mee worstelen (bemoeizorg en huiselijk geweld kregen de meeste stemmen). De vier thema's: jeugd, ouderen, huiselijk geweld, bemoeizorg.
Les voor andere gemeenten: laat de teams zelf kiezen.
=====
Titel: Budgettering in de laatste week van de maand
Aanleiding: bij veel cliënten is de koelkast leeg in week 4.
Aanpak: uitkeringsdatum verschuiven (SZW kan de bijstand in twee delen uitbetalen: op de 1e en de 15e van de maand).
Les: vraag naar het moment van tekort, niet alleen naar het bedrag.
Bewijsniveau: 9 cliënten, 7 tevreden
=====
Titel: Tips voor een gesprek met tolk
- spreek de cliënt aan, niet de tolk
- korte zinnen
- 45 minuten max.
- vooraf 5 minuten afstemmen met de tolk
Les: een goed gesprek met tolk vraagt voorbereiding.
=====
Titel: Huisvesting voor mensen met een laag inkomen – wachttijden
Aanleiding: de gemiddelde wachttijd voor een sociale huurwoning in de regio Haaglanden was in 2023 ruim 7 jaar.
Les: wees eerlijk tegen cliënten; zoek naar alternatieven (kamerbewoning, hospitahuur, woningruil).
=====
Titel: Nazorg na afsluiting
Aanpak: 3 maanden na afsluiting bellen we de cliënt. In 2023: 64 nazorggesprekken, 9 heropeningen.
Les: een telefoontje voorkomt een nieuwe crisis.
Bewijsniveau: eigen registratie
""")

# ---------------------------------------------------------------------------
# 11. Lessons with a metadata header (team, author, theme, consent) and
#     slips in unusual places (title, doelgroep, bewijsniveau, signature)
# ---------------------------------------------------------------------------
add(r"""
Team: SWT {{w:Bouwlust/Vrederust}}
Auteur: [[p:Nicole Wever]] ({{r:Wmo-consulent}})
Thema: ouderen
Toestemming cliënt: ja, getekend [[d:11-10-2024]]
---
Titel: Scootmobiel als sleutel tot het sociale leven
Aanleiding: meneer kwam na zijn amputatie het huis niet meer uit.
Aanpak: scootmobiel via de Wmo, stalling geregeld met {{o:Vestia}}.
Les: een hulpmiddel is meer dan een hulpmiddel.
Bewijsniveau: 1 casus
=====
Team: SWT {{w:Scheveningen}}
Thema: bemoeizorg
Titel: De man in de duinen – [[p:Kees]]
Aanleiding: al jaren slaapt er een man in de duinen bij Westduinpark.
Aanpak: straatwerk + {{o:Kessler Stichting}}; vertrouwen via de hond.
Uitkomst: hij heeft nu een tiny house via een proefproject.
Les: ook 'onbereikbaren' willen vaak iets, maar op hun voorwaarden.
=====
Titel: Schuldhulp bij mevrouw [[p:K.]] – wat werkte wel en niet
Doelgroep: alleenstaande moeders
Aanpak: budgetcoaching, thuisadministratie.
Les: niet alles tegelijk.
=====
Auteur: [[p:H. el Messaoudi]], {{r:maatschappelijk werker}}, {{o:Stichting MOOI}}
Titel: Jongeren met schulden: de rol van de ouders
Aanleiding: jongeren (18–21) met schulden bij webwinkels en telefoonabonnementen.
Aanpak: gesprek met jongere en ouder samen; ouders als 'financieel maatje'.
Les: betrek ouders, ook bij 18+.
=====
Titel: Gezin met 7 kinderen in een 3-kamerwoning ([[a:Parallelweg 118-1]])
Aanleiding: urgente woonproblematiek.
Aanpak: urgentie + tijdelijke tweede woning.
Les: creatieve oplossingen met de corporatie.
=====
Team: SWT {{w:Centrum}} / Auteur: [[p:Sjoerd]] / Versie 0.3
Titel: Sekswerkers en toegang tot zorg
Aanleiding: via {{o:SHOP}} kwamen signalen binnen van vrouwen zonder zorgverzekering.
Aanpak: spreekuur samen met SHOP en de {{o:GGD}}.
Les: werk samen met de organisaties die het vertrouwen hebben.
Bewijsniveau: eerste indruk (4 vrouwen)
=====
Titel: Dementie en financieel misbruik
Doelgroep: ouderen met beginnende dementie
Aanleiding: mevrouw gaf elke week geld aan een 'vriend' die ze via de telefoon had leren kennen. Haar spaarrekening ([[i:NL98ABNA7101700924]]) was in drie maanden leeg.
Aanpak: aangifte, bewind, bank geïnformeerd.
Les: vraag bij dementie ook naar de bankzaken.
=====
Titel: Wonen met een psychiatrische aandoening in een portiekflat
Aanleiding: overlast, buren bang.
Aanpak: buurtbijeenkomst met uitleg.
Uitkomst: buren snappen het beter.
Bewijsniveau: praktijkervaring – zie ook het verslag van [[p:Yasmina Chaara]] van [[d:2 juli]]
=====
Titel: Hulp bij een ontslag op staande voet
Aanleiding: cliënt ontslagen na een ruzie, geen WW.
Aanpak: {{o:Juridisch Loket}}, vakbond.
Uitkomst: schikking.
Les: ontslag op staande voet is vaak aanvechtbaar.
Overdraagbaarheid: hoog
Bewijsniveau: 1 casus (dhr. [[p:R. Ramcharan]], [[z:SWT-LK-2024-0193]])
=====
Thema: huiselijk geweld
Titel: Veiligheid van kinderen bij omgang na huiselijk geweld
Aanleiding: moeder wilde de omgang stoppen, vader stapte naar de rechter.
Aanpak: {{o:Raad voor de Kinderbescherming}}, begeleide omgang via {{o:Jeugdformaat}}.
Les: begeleide omgang is een tussenweg.
Opgesteld door: [[p:Lieke Veenstra]] & [[p:Omar Zerouali]]
=====
Titel: Bezoek aan het wijkzorgteam {{w:Transvaal}} door wethouder
Aanleiding: op [[d:vrijdag 8 maart]] bracht de wethouder een bezoek. Zij sprak met een cliënt over haar ervaring.
Les: cliënten willen best hun verhaal doen aan beleidsmakers, als het veilig is.
=====
Auteur: [[p:Peggy]]
Titel: Hulp bij inburgering en werk
Aanleiding: statushouders raken gefrustreerd door het lange wachten op werk.
Aanpak: vrijwilligerswerk parallel aan inburgering; taalmaatje.
Les: wachten hoeft niet stil te zitten.
Bewijsniveau: 5 statushouders, waaronder [[p:Mahmoud]] die nu als kok werkt in een restaurant in het {{w:Zeeheldenkwartier}}
=====
Titel: Een rolstoel in een bovenwoning
Aanleiding: mevrouw woont op driehoog zonder lift, kreeg een rolstoel.
Aanpak: verhuizing naar een gelijkvloerse woning; tot die tijd traplift.
Les: woonaanpassing en verhuizing tegelijk bekijken.
Contact: SWT {{w:Bezuidenhout}}, [[p:Gerrit]], tel. algemeen 14 070 of mobiel [[t:+31 (0)6 2734 1190]]
=====
Thema: jeugd
Titel: Als ouders uit elkaar gaan
Doelgroep: kinderen van 6–12 bij scheiding
Aanpak: KIES-groep (Kinderen In Echtscheidings Situatie) via {{o:CJG}}; eerste groep met o.a. [[p:Jesse]] en [[p:Amira]] (beiden 9).
Les: geef kinderen een eigen plek om te praten.
Bewijsniveau: KIES staat in de databank Effectieve Jeugdinterventies (goed onderbouwd).
=====
Titel: Verslaving en ouderdom
Aanleiding: drie ouderen (70+) met alcoholproblemen in één jaar.
Aanpak: Brijder Ouderen, huisbezoeken.
Les: alcohol bij ouderen wordt vaak gemist.
Bewijsniveau: 3 casussen, waarvan één (meneer [[p:Doornbos]]) inmiddels overleden
=====
Team: SWT {{w:Leidschenveen-Ypenburg}}
Auteur: [[p:Kirsten van Dam]]
Datum: [[d:19-11-2024]]
Titel: Nieuwe wijk, weinig voorzieningen
Aanleiding: in de nieuwbouwwijk zijn geen buurthuizen; jonge gezinnen kennen elkaar niet.
Aanpak: pop-up ontmoetingsplek in een lege winkel.
Les: in nieuwe wijken moet je ontmoeting organiseren.
=====
Titel: Tegenslag: cliënt stopt met behandeling
Aanleiding: na een half jaar stopte meneer met zijn traject bij {{o:Brijder}}.
Aanpak: we bleven bellen, hij heeft nu weer contact.
Les: terugval hoort erbij.
Ondertekend, [[p:A.B. Soekhai]], {{r:casusregisseur}} SWT {{w:Moerwijk}}, [[t:06-39 51 20 74]], [[e:a.soekhai@wijkteams-denhaag.nl]]
=====
Thema: ouderen
Titel: Nachtelijke onrust bij dementie
Aanleiding: buren hoorden 's nachts geroep uit de woning op de [[a:Laan van Meerdervoort 1102 C]].
Aanpak: casemanager dementie, nachtzorg, domotica.
Les: nachtelijke onrust is vaak het moment dat mantelzorg omvalt.
=====
Titel: Een dak boven je hoofd bij een crisis
Aanleiding: vrouw met drie kinderen moest acuut weg na huiselijk geweld.
Aanpak: {{o:Blijf Groep}} vol, tijdelijk opvang bij haar tante in {{w:Ypenburg}}.
Uitkomst: na 4 weken plek in de opvang.
Les: netwerk eerst.
(Privacy: naam vrouw [[p:Sadia]], tante [[p:Fozia Butt]], staan in het dossier [[z:HG-2024-332]])
=====
Titel: Inzet van een buurtbemiddelaar
Bewijsniveau: praktijkervaring; evaluatie met de bewoners van [[a:Mient 221-1e]] en [[a:Mient 223]] op [[d:woensdag 13 november]]
Les: buren kunnen veel zelf oplossen met een beetje hulp.
""")

# ---------------------------------------------------------------------------
# 12. Mixed drafts: numbers slipped into sentences, half-anonymised writers,
#     English-Dutch mix, very short and very long fields
# ---------------------------------------------------------------------------
add(r"""
Titel: Toeslagenherstel – de hersteloperatie in de praktijk
Aanleiding: moeder (BSN [[b:610402547]], staat ook in het dossier) is gedupeerde van de toeslagenaffaire.
Aanpak: brede hulp via het gemeentelijke team Herstel, wij als vast aanspreekpunt.
Les: gedupeerden hebben recht op brede ondersteuning van de gemeente; veel mensen weten dat niet.
Bewijsniveau: 1 casus
=====
Titel: Huurachterstand door een fout bij de bank
Aanleiding: de automatische incasso liep nog van het oude rekeningnummer [[i:NL71 SNSB 2557 1007 55]] dat al opgeheven was.
Les: vraag bij een huurachterstand altijd naar veranderingen bij de bank.
=====
Titel: Wonen na de opvang
Aanleiding: vrouw (31) met twee kinderen uit de opvang van de {{o:Kessler Stichting}}, woning gekregen in postcodegebied [[pc:2546 TC]].
Aanpak: Kamers met aandacht → eigen woning, met ambulante begeleiding.
Les: de eerste drie maanden in een eigen woning zijn cruciaal.
=====
Titel: Schuldhulp – stapeling van boetes
Aanleiding: mw. [[p:M.]] (de naam laat ik weg) had 17 boetes van het {{o:CJIB}}, allemaal voor rijden zonder verzekering.
Aanpak: één regeling.
Les: kijk naar de oorzaak, hier: de auto stond op haar naam maar haar ex reed erin.
=====
Title: Outreach to expats in financial trouble
Aanleiding: we merken dat ook expats (kennismigranten) bij ons terechtkomen na baanverlies. Voorbeeld: [[p:Priyanka Iyer]], software engineer, lost her job and her residence permit is tied to it.
Approach: {{o:IND}}-procedure (3 months to find a new job), {{o:The Hague International Centre}} for advice.
Les: expats zijn niet altijd rijk en weten de weg niet.
=====
Titel: Mw. [[p:B.]] en de tuin
Aanleiding: mw. [[p:B.]] (74) kon haar tuin niet meer bijhouden; buren klaagden.
Aanpak: tuinproject van de {{o:Haags Milieucentrum}}? Nee, een groep vrijwilligers van de kerk.
Les: kleine hulp voorkomt grote conflicten.
=====
Titel: Grote schuld bij de Belastingdienst
Aanleiding: dhr. had een schuld van € 48.000 bij de {{o:Belastingdienst}} (oude onderneming, aanslagnummer [[z:8273.41.902.H.46]]).
Aanpak: verzoek om kwijtschelding.
Uitkomst: afgewezen, daarna WSNP.
Les: bij grote fiscale schulden direct WSNP overwegen.
=====
Titel: Nieuwe collega's inwerken met casuslessen
Aanpak: nieuwe collega's lezen de vijf beste casuslessen van het platform in hun eerste week.
Les: casuslessen zijn ook een leermiddel voor nieuwe collega's.
=====
Titel: De 'stille' mantelzorger: een jongere
Aanleiding: [[p:Zoë]] (16) zorgt voor haar moeder met MS. School zag het niet.
Aanpak: jonge mantelzorgers-groep; school geïnformeerd.
Les: vraag bij elke ouder met een ziekte naar de kinderen.
=====
Titel: Vergeten medicijnen
Aanleiding: dhr. [[p:van der Kroft]] (85) nam zijn medicijnen niet goed in; hij had vijf verschillende doosjes.
Aanpak: baxterrol via de apotheek.
Les: vraag de apotheek om een medicatieoverzicht en baxter.
Bewijsniveau: eenvoudig en effectief
=====
Titel: Tolk bij de huisarts
Aanleiding: tolkkosten in de huisartsenzorg worden sinds 2012 niet meer vergoed.
Aanpak: informele tolk (vrijwilliger) of de tolk meebetalen vanuit het wijkbudget.
Les: zorg voor een lijst met vrijwillige tolken per taal.
Vrijwillige tolken die we nu gebruiken: Tigrinya – [[p:Semhar]]; Dari – [[p:Farid Karimi]] ([[t:06 14 77 03 58]]); Pools – [[p:Dorota]].
=====
Titel: Problemen met het UWV
Aanleiding: de WIA-uitkering van mw. werd stopgezet na een herbeoordeling.
Aanpak: bezwaar, medisch adviseur.
Les: bij WIA-herbeoordelingen vroeg een advocaat inschakelen.
Bewijsniveau: 1 casus; zaak loopt nog, zitting [[d:vrijdag 17 januari 2025]]
=====
Titel: Overlast en dementie
Aanleiding: mevrouw belde 's nachts bij alle buren aan in de flat aan de [[a:Erasmusweg 1310]].
Aanpak: opname op de psychogeriatrische afdeling na overleg met de familie.
Les: overlast kan een teken zijn van dementie.
=====
Titel: Vroeg signaleren van eenzaamheid via de thuiszorg
Aanleiding: thuiszorgmedewerkers zien veel, maar melden weinig.
Aanpak: een signaleringskaart voor thuiszorgmedewerkers; één keer per maand een overleg met de teamleider van {{o:Florence}} ([[p:Dunya Aksoy]]) in het wijkcentrum.
Les: korte lijntjes met de thuiszorg.
=====
Titel: Jongere met schulden door een telefoonabonnement
Aanleiding: [[p:Dave]] (20) had 4 abonnementen bij verschillende providers.
Aanpak: opzeggen, regeling.
Les: jongeren zijn een makkelijk doelwit voor telefoonwinkels.
Toevoeging van collega: "ik had er ook een, [[p:Kevin Mangroelal]], zelfde patroon, zie [[z:2024-07318]]"
=====
Titel: Hulp bij het aanvragen van een Ooievaarspas
Aanleiding: veel gezinnen weten niet van de Ooievaarspas.
Aanpak: standaard bij intake. Aanvraag via DenHaag.nl of de balie in het stadhuis. Voorbeeld: gezin [[p:Lewandowski]], [[pc:2525HT]], kreeg de pas binnen twee weken.
Les: de Ooievaarspas opent deuren voor sport, cultuur en zwemles.
=====
Titel: Kinderen van ouders met psychische problemen (KOPP)
Aanleiding: moeder opgenomen, vader werkt, kinderen (8 en 10) alleen.
Aanpak: KOPP-groep, opvang bij oma.
Les: de kinderen zijn vaak vergeten.
Bewijsniveau: KOPP-interventies staan in de databank; onze ervaring: 2 gezinnen ([[p:Hendriks]], [[p:Mangal]])
=====
Titel: Scheiding en huisvesting
Aanleiding: na de scheiding moest mevrouw binnen 6 weken de woning uit, het contract stond op naam van de man.
Aanpak: bemiddeling met de corporatie, tijdelijk contract.
Les: vraag bij samenwonenden op wiens naam het contract staat.
Telefoonnotitie: ex-partner belde [[d:ma 9-9]] vanaf [[t:0031 6 41 22 98 73]], wil info. Niets gegeven.
=====
Titel: Samen eten
Aanleiding: eenzaamheid bij ouderen in {{w:Moerwijk}}.
Aanpak: 'Aan tafel' – elke woensdag een maaltijd voor € 4,50 in het buurthuis. Kok is een vrijwilliger uit de wijk.
Les: eten verbindt.
Bewijsniveau: 30 deelnemers per week
Kok: [[p:Bep de Zwart]], [[t:(070) 363 92 18]]
=====
Titel: Een lastige ontruiming bij een zieke man
Aanleiding: de ontruiming van dhr. [[p:Jacobus]] ([[p:Koos]]) [[p:Vink]] stond gepland op [[d:15-10-2024]]. Hij had net een hartinfarct gehad.
Aanpak: brief van de cardioloog, uitstel van de ontruiming.
Les: een medische verklaring kan uitstel geven.
""")

add(r"""
Titel: Aanvraag zorgtoeslag voor een cliënt zonder DigiD
Aanleiding: de aanvraag liep vast omdat het BSN verkeerd was overgenomen: [[b:346996177]] in plaats van het juiste nummer. Ook het rekeningnummer had een typfout ([[i:NL89RABO4343200096]]).
Aanpak: aanvraag via de BelastingTelefoon met machtiging, gegevens gecontroleerd met de ID-kaart erbij.
Les: neem nummers nooit over van een handgeschreven briefje; altijd vanaf het document zelf.
Bewijsniveau: 1 casus, maar het gebeurt vaker
""")
# ---------------------------------------------------------------------------
# 13. Odd layouts: markdown headings, one-paragraph forms, pasted HTML,
#     review comments, all caps, form exports
# ---------------------------------------------------------------------------
add(r"""
## Titel
Vroegsignalering via de apotheek

## Aanleiding
De apotheek aan de Weimarstraat merkte dat een aantal ouderen hun medicatie niet meer ophaalde.

## Doelgroep
Ouderen 75+ met polyfarmacie

## Aanpak
Maandelijkse lijst (met toestemming) van de apotheek naar de {{r:ouderenadviseur}}. Eerste lijst bevatte o.a. mw. [[p:Verbruggen]] en dhr. [[p:Lambrechts]].

## Werkzame elementen
- vaste contactpersoon bij de apotheek ([[p:Inge]])
- korte lijnen

## Wat werkte niet
- toestemming vooraf regelen kostte veel tijd

## Uitkomst
9 ouderen in beeld gekomen die we niet kenden.

## Les voor andere teams
Apothekers zijn een goudmijn voor vroegsignalering.

## Overdraagbaarheid
Hoog.

## Bewijsniveau
Praktijkervaring.
=====
Titel: huisbezoeken in het weekend. Aanleiding: cliënten die doordeweeks werken kunnen nooit. Doelgroep: werkenden met schulden. Aanpak: één zaterdag per maand huisbezoeken, collega [[p:Rogier]] en ik wisselen af. Werkzaam: mensen zijn ontspannener in het weekend. Wat werkte niet: de registratie, het systeem is in het weekend niet bereikbaar. Uitkomst: 14 gezinnen gezien. Les: flexibele werktijden loont. Overdraagbaarheid: als je team het wil. Bewijsniveau: eigen ervaring.
=====
<p><b>Titel:</b> Begeleiding naar werk na een burn-out</p><p><b>Aanleiding:</b> mevrouw [[p:Kuipers]] (39) zat twee jaar thuis.</p><p><b>Aanpak:</b> re-integratie via {{o:UWV}}, coaching.</p><br><p><b>Les:</b> kleine stappen.</p>
=====
Titel: Samenwerking met de moskee
Aanleiding: weinig bereik onder Marokkaanse ouderen.
Aanpak: voorlichtingsbijeenkomst in de moskee. [Opmerking [[p:MK]]1: welke moskee? naam weglaten?] In de moskee aan de {{w:Schilderswijk}}-kant van de Hoefkade.
Les: via vertrouwde plekken bereik je meer mensen. [Opmerking [[p:JvW]]2: hier ook de naam van de voorzitter, dhr. [[p:Aarab]], noemen? -> NEE]
=====
TITEL: SCHULDEN BIJ JONGEREN
AANLEIDING: VEEL JONGEREN MET SCHULDEN BIJ HET JONGERENLOKET
AANPAK: SAMEN MET {{o:JONGERENLOKET}} EEN POP-UP SPREEKUUR
LES: JONGEREN WILLEN SNEL HULP
CONTACT: [[p:JOYCE MARTINA]] [[t:06-58 30 11 74]]
=====
Formulier casusles (export)
id: 4471
status: concept
team_id: 12
auteur_naam: [[p:Mehmet Polat]]
auteur_email: [[e:mehmet.polat@swt-laak.nl]]
titel: Dwangbevel en toch een regeling
aanleiding: dwangbevel van het {{o:CAK}}, dhr. in paniek
aanpak: CAK gebeld, regeling
les: ook bij een dwangbevel kun je nog bellen
created_at: [[d:2024-10-02]] 14:11:08
=====
Titel: Eigen kracht-conferentie bij een verwaarloosde oudere

Aanleiding ─ Mevrouw (92) woont alleen, kinderen wonen verspreid over het land.
Aanpak ─ Eigen Kracht-conferentie op [[d:zaterdag 22 juni]] in het buurthuis; 11 familieleden aanwezig, waaronder kleinzoon [[p:Bastiaan]] die het plan opschreef.
Uitkomst ─ rooster voor bezoek, boodschappen, administratie.
Les ─ families kunnen veel, als je ze bij elkaar brengt.
=====
Titel: Wat doe je met een cliënt die je uitscheldt?
(vraag aan andere teams, geen echte les)
Mijn cliënt, dhr. [[p:Keizer]], scheldt me uit bij elk contact. Hij heeft een niet-aangeboren hersenletsel. Mijn teamleider zegt: afspraken maken. Ik zou graag horen hoe anderen het doen.
=====
Titel — Buurtgezinnen
Aanleiding — ouders die het zwaar hebben zonder netwerk
Aanpak — koppeling aan een 'steungezin' uit de buurt via {{o:Buurtgezinnen}}
Les — informele steun werkt preventief
Met dank aan het steungezin [[p:De Boer]] uit de {{w:Vogelwijk}} voor hun inzet voor [[p:Mila]] en [[p:Finn]].
=====
Q: Wat was de aanleiding?
A: Een melding van de school over een meisje dat niet meer at.
Q: Wat deden jullie?
A: Samen met {{o:CJG}} en de huisarts een gesprek met ouders; doorverwijzing naar {{o:Rivierduinen Eetstoornissen Ursula}}.
Q: Wat leerde je?
A: Eetstoornissen beginnen vaak jong.
Q: Naam?
A: [[p:Elif]], 13 jaar, groep 8 van de basisschool aan de Marcelisstraat.
=====
Titel: Ervaringen met de nieuwe Wmo-verordening
Aanleiding: vanaf [[d:1 januari 2025]] geldt een nieuwe verordening.
Les: lees de toelichting, daar staan de interessante dingen.
=====
Titel: Hulp bij de aangifte inkomstenbelasting
Aanleiding: veel cliënten laten geld liggen.
Aanpak: belastingspreekuur in maart en april (vrijwilligers van {{o:Humanitas}}).
Uitkomst: gemiddeld € 380 teruggave per persoon; bij één cliënt (BSN [[b:541 190 027]]) zelfs € 2.100 over vijf jaar.
Les: belastingteruggave is armoedebestrijding.
Bewijsniveau: 52 aangiftes in 2024
""")

add(r"""
Titel: mw [[p:şahin]] en de huurschuld (wordt vervolgd)
=====
les: bel [[p:ank]] van de vroegsignalering eerst, zij weet het altijd al
=====
Titel: Wachtlijst beschermd wonen – 2 jaar, niks aan te doen?
=====
Uitkomst: dhr. verhuisd naar [[a:Fahrenheitstraat 533]] op [[d:1-11]], rest zie dossier [[z:#60412]]
=====
Bewijsniveau: 1 casus (fam. [[p:Nguyen]]), nog niet geëvalueerd
""")
TYPED_WRONG.update({"346996177", "NL89RABO4343200096"})


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
    seen = set()
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        assert text not in seen, ("duplicate text", text[:60])
        seen.add(text)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            raw = re.sub(r"\s", "", sp["text"])
            if sp["label"] == "bsn" and raw not in TYPED_WRONG:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and raw not in TYPED_WRONG:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h116-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout116.jsonl")
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
    clean = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "clean", clean, "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
