#!/usr/bin/env python3
"""Held-out corpus 59: knowledge-exchange platform of the Hague SWT pilot.

Texts are written with inline markup and stripped programmatically:
  [[code:span]]  personal data (pii)      {{code:span}}  context that must stay (keep)
pii codes: p=person b=bsn t=phone e=email i=iban pc=postcode a=address d=date ds=dossier
keep codes: w=wijk o=org r=role
Running this script writes heldout59.jsonl next to itself.
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
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    raw = raw.strip("\n")
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, raw[:60]))
        target.append({"start": cur, "end": cur + len(span), "label": table[code], "text": span})
        out.append(span)
        cur += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError("stray markup %r in %r" % (bad, text[:80]))
    return text, pii, keep


# Context words that the writers sometimes left unmarked in the markup: every
# free-standing occurrence (not part of a hyphenated compound, not inside another
# span) is added as a keep span, so all of them are measured.
AUTO_KEEP = {
    "GGZ": "org",
    "JGZ": "org",
    "SWT": "org",
    "UWV": "org",
    "politie": "org",
    "gemeente": "org",
    "thuiszorg": "org",
    "schuldhulp": "org",
    "moderator": "role",
    "tolk": "role",
    "huisarts": "role",
    "teamleider": "role",
    "vrijwilligers": "role",
    "jongerenwerker": "role",
    "ervaringsdeskundige": "role",
    "bewindvoerder": "role",
}


def add_auto_keep(text, pii, keep):
    taken = [0] * len(text)
    for sp in pii + keep:
        for k in range(sp["start"], sp["end"]):
            taken[k] = 1
    for term, label in sorted(AUTO_KEEP.items()):
        for m in re.finditer(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", text):
            if not any(taken[m.start() : m.end()]):
                keep.append({"start": m.start(), "end": m.end(), "label": label, "text": term})
                for k in range(m.start(), m.end()):
                    taken[k] = 1
    keep.sort(key=lambda x: x["start"])


TEXTS = []


def T(s):
    TEXTS.append(s)


# ---------------------------------------------------------------- case lessons (structured)
T("""Titel: Na drie keer niet opendoen toch binnen gekomen
Thema: bemoeizorg | Team: {{o:SWT}} {{w:Moerwijk}}
Situatie: meneer X (67) woont al jaren alleen, vervuilde woning, post stapelt zich op. Buren maakten zich zorgen om de stank. Woningcorporatie dreigde met ontruiming.
Aanpak: samen met de {{r:wijkagent}} en de {{r:SPV}} van {{o:Parnassia}} drie huisbezoeken gepland. Pas toen zijn nicht [[p:Ilona]] meeging deed hij open.
Wat werkte: niet praten over de woning maar over zijn duiven.
Les: zoek het familielid dat nog wél contact heeft, ook als dat ver weg woont.
Toestemming: mondeling gegeven op [[d:14 december]], schriftelijk volgt (dossier [[ds:SWT-MW-2023-0871]]).""")

T("""Situatie
Mw. [[p:Kowalczyk]] (41, Poolse achtergrond) kwam via de {{o:Servicepunt XL}} in {{w:Transvaal}} binnen met een stapel ongeopende brieven van {{o:CJIB}} en de {{o:Belastingdienst}}. Werkt in de kassen in het Westland, uitzendbureau regelt huisvesting.
Aanpak
Met een {{r:tolk}} (telefonisch) uitgezocht wat er speelde. Bleek toeslag terug te moeten betalen. Aanmelding {{o:schuldhulpverlening}}, klantnr [[ds:SHV 24-01177]].
Wat werkte
Een vaste contactpersoon: [[p:Marta]], {{r:vrijwilliger}} bij {{o:Humanitas Thuisadministratie}}, spreekt Pools.
Les
Wacht niet op 'zelfredzaam genoeg'. Arbeidsmigranten vallen vaak tussen wal en schip.
Toestemming: ja, getekend [[d:8-1-2024]]""")

T("""Casusles (geanonimiseerd!!)
Situatie: een gezin uit Eritrea, moeder met 4 kinderen, sinds 2021 in {{w:Laak}}. Vader nog in Ethiopië. Moeder ([[p:Senait]]) spreekt weinig Nederlands, oudste zoon tolkt voor haar, hij is 13.
Aanpak: {{o:CJG}} en {{o:SWT}} samen aan tafel, één plan. {{r:Jeugdconsulent}} pakt school op, wij de schulden en de huisvesting ([[a:Slicherstraat 18-III]] is veel te klein, 2 kamers).
Wat werkte: een vrouwelijke {{r:tolk}} Tigrinya in plaats van de zoon.
Les: laat kinderen nooit tolken bij gesprekken over geld of gezondheid.
Toestemming: ja (formulier in dossier [[ds:2024/LK/0093]]).""")

T("""SITUATIE: dhr. [[p:Ramautar]], 58 jr, diabetes type 2, sinds overlijden van zijn vrouw vorig jaar vereenzaamd. Woont op [[a:Paul Krugerlaan 3 bis]], [[pc:2571 HZ]]. Zoon [[p:Vikash]] woont in Almere en belt 1x per week.
AANPAK: {{r:wijkverpleegkundige}} ([[p:Anouk]], {{o:Florence}}) en {{r:welzijnscoach}} samen op huisbezoek. Koppeling aan de mannengroep in wijkcentrum {{o:De Nieuwe Regentes}}.
WAT WERKTE: hij kookt graag, mag nu 1x per maand koken voor de groep.
LES: eenzaamheid bij mannen ziet er anders uit, vraag naar wat ze kúnnen.
TOESTEMMING: ja, [[d:12 januari 2024]].""")

T("""Situatie: jonge vrouw (24), LVB, woont zelfstandig in de {{w:Schilderswijk}}. Vriend beheert haar bankpas en geld verdwijnt. Signaal kwam van haar moeder, mw. [[p:Pinas]], die belde naar [[t:070 - 205 44 21]] (ons algemene nummer, maar ze vroeg meteen naar [[p:Esther]]).
Aanpak: {{r:MEE-consulent}} heeft vertrouwen opgebouwd, via gesprekjes bij de {{o:Albert Heijn}}. Later samen naar de bank, nieuwe rekening [[i:NL21INGB0002289036]] alleen op haar naam. Beschermingsbewind aangevraagd.
Wat werkte: geduld, en nooit de vriend afvallen waar zij bij was.
Les: financiële uitbuiting bij LVB is vaak verpakt als 'verliefdheid'. Meld ook bij {{o:Veilig Thuis}}.
Toestemming: ja, cliënt en moeder.""")

T("""Situatie — Mevrouw en haar man (beiden eind 70) wonen op de tweede etage zonder lift. Meneer heeft Parkinson, mevrouw is mantelzorger en raakt op. Hun dochter [[p:Hatice Demir]] vroeg via de {{r:huisarts}} om hulp.
Aanpak — {{r:Wmo-adviseur}} kwam binnen 2 weken, urgentie voor een gelijkvloerse woning aangevraagd bij {{o:Haag Wonen}} (dossiernr. [[ds:HW-448120]]). Respijtzorg via {{o:Mantelzorg Den Haag}}.
Wat werkte — gesprek mét de dochter erbij, zij vertaalde niet alleen taal maar ook 'schaamte'.
Les — bij Turkse ouderen is 'hulp van buiten' vaak een brug te ver; investeer in de kinderen.
Toestemming — ja, getekend door mevr. [[p:Demir]] sr. op [[d:03-11-2023]].""")

T("""casus bemoeizorg, team {{w:Bouwlust}}/{{w:Vrederust}}
sit.: man 45, Somalische achtergrond, psychotisch?, weigert alle hulp, slaapt soms in portiek [[a:Dedemsvaartweg 1124]]. broer [[p:Abdirahman]] belt ons regelmatig ([[t:06-41882907]]).
aanpak: {{r:bemoeizorger}} {{o:Parnassia}} + {{r:wijkagent}}, laagdrempelig contact via de moskee. imam als sleutelfiguur.
werkte: koffie drinken zonder agenda. na 6 weken liet hij zich naar de {{r:huisarts}} brengen.
les: 'zorgmijder' bestaat eigenlijk niet, er is altijd iemand die wel binnenkomt.
toestemming: broer ja, cliënt zelf (nog) niet -> daarom alles vaag gehouden""")

T("""Situatie: Mevrouw [[p:A. Mensah]] (Ghanese, 52) kwam bij ons via de kerk. Huurachterstand van € 3.400, dreigende ontruiming per [[d:1 maart]]. Twee tienerkinderen.
Aanpak: snelle regeling met {{o:Staedion}}, betalingsregeling van € 150 p/m, BSN ([[b:528115054]]) doorgegeven aan {{o:Sociaal Raadslieden}} voor toeslagencheck. Bleek dat ze al 2 jaar geen huurtoeslag kreeg.
Wat werkte: de {{r:sociaal raadsvrouw}} ging mee naar de corporatie.
Les: check altijd toeslagen vóór je een schuldtraject start. Scheelt maanden.
Toestemming: ja.""")

T("""Les uit {{w:Mariahoeve}} (thema ouderen)
Situatie: echtpaar [[p:De Wit]], hij 84 met beginnende dementie, zij 81 en slechtziend. Geen kinderen. Buurvrouw [[p:Roos]] doet boodschappen maar gaat verhuizen.
Aanpak: {{r:casemanager dementie}} en {{r:ouderenconsulent}} gingen samen langs. Dagbesteding bij {{o:Florence}} op dinsdag en donderdag, alarmering aangevraagd.
Wat werkte: vooraf kennismaken met de nieuwe buren, zodat het informele netwerk niet wegviel.
Les: een netwerk is geen vaststaand gegeven, plan de 'overdracht' van een buurvrouw net zo serieus als van een professional.
Toestemming: ja, beide echtgenoten, vastgelegd in [[ds:MH-2024-017]].""")

T("""Situatie: vrouw, 38, Marokkaanse achtergrond, 3 kinderen. Echtgenoot controleert alles (telefoon, geld). Ze kwam met de {{r:jeugdverpleegkundige}} van het {{o:CJG}} mee, eerste gesprek in wijkcentrum.
Aanpak: veiligheidsplan, contact {{o:Veilig Thuis}} (melding [[ds:VT-2024-03318]]), {{r:aandachtsfunctionaris}} erbij. Opvang in beeld bij {{o:Kessler Stichting}}.
Wat werkte: afspreken via de school van de kinderen, niet thuis.
Les: vraag altijd alleen, zonder partner, ook als het 'gezellig' lijkt. Haar zus [[p:Khadija]] belde later nog om te bedanken.
Toestemming: ja, maar zij wil niet dat de wijk genoemd wordt.""")
T("""Titel: "Hij wilde alleen over zijn hond praten"
Team {{w:Scheveningen}} / {{w:Duindorp}}
Situatie: oud-visser (72), alcohol, valt regelmatig. Woont boven de viswinkel op de [[a:Dr. Lelykade 60-1]]. Kinderen hebben het contact verbroken.
Aanpak: de {{r:wijkverpleegkundige}} kwam voor wondzorg en bleef terugkomen. Via de hond (een oude herder) en de buurjongen [[p:Storm]] (ja, zo heet hij echt... die naam laat ik staan, sorry) kwam het gesprek op gang.
Wat werkte: {{o:Dierenambulance}} en {{r:vrijwilligers}} van {{o:Stichting Hulphond}} regelden uitlaten, daardoor kwam er ritme.
Les: de ingang hoeft niet 'zorg' te zijn.
Toestemming: ja, [[d:22-02-2024]].""")

T("""Situatie: Syrisch gezin (statushouders, 2019), vader [[p:Khaled]] heeft PTSS, moeder zorgt voor 5 kinderen, oudste dochter wil studeren maar moet thuis helpen. Wonen in {{w:Morgenstond}}.
Aanpak: {{r:maatschappelijk werker}} van {{o:Vluchtelingenwerk}} + ons team. {{r:POH-GGZ}} van de huisartsenpraktijk kende het gezin al. Traumabehandeling bij {{o:i-Psy}} (interculturele GGZ), wachtlijst 4 mnd.
Wat werkte: tijdens het wachten een lotgenotengroep voor Arabischsprekende mannen.
Les: overbrug wachtlijsten actief, anders haakt men af.
Toestemming: ja, toestemmingsverklaring [[d:5 februari 2024]], ref [[ds:SWT-MG-24-0146]].""")

T("""Situatie: Mw. [[p:Georgieva]], Bulgaarse, 34, woont met 3 andere volwassenen en 2 kinderen in een benedenwoning aan de [[a:Hoefkade 441-hs]]. Overbewoning, schimmel, kind met astma. Huisbaas onbereikbaar.
Aanpak: melding bij {{o:Bouw- en Woningtoezicht}}, {{r:jeugdarts}} {{o:GGD Haaglanden}} ingeschakeld. Inschrijving BRP bleek niet te kloppen.
Wat werkte: samen met {{o:Stichting Barka}} (Pools/Bulgaars sprekende {{r:straatwerkers}}).
Les: zonder juiste inschrijving geen zorgverzekering, geen toeslagen: eerst de basis.
Toestemming: alleen mondeling, daarom zo min mogelijk details. Contact mw.: [[t:+359 88 412 7730]] (WhatsApp)""")

T("""Casusles - thema huiselijk geweld
Situatie: oudere vrouw (79) wordt financieel uitgebuit door kleinzoon die bij haar inwoont. Pinpas, pincode, alles. Zij zegt 'hij is een goeie jongen'.
Aanpak: {{r:ouderenadviseur}} + {{o:Veilig Thuis}} + bank. Rekening ([[i:NL84 RABO 4699 2805 25]]) tijdelijk geblokkeerd voor grote opnames. Kleinzoon kreeg zelf een {{r:jongerenwerker}}.
Wat werkte: de kleinzoon niet als dader maar ook als iemand met een hulpvraag zien.
Les: ouderenmishandeling is vaak 'stil', maak het bespreekbaar bij elke ouderenconsulent-visite.
Toestemming: ja, mevr. tekende [[d:vrijdag 19 januari]].""")

T("""Situatie:
Man van 31, net uit detentie, geen woning, geen ID, geen inkomen. Meldde zich bij het {{o:Straatconsulaat}}, doorverwezen naar ons. Naam: [[p:Jeffrey Martina]] (mag genoemd worden zei hij, maar ik doe het toch liever niet... oeps)
Aanpak:
- ID aanvragen bij {{o:gemeente}}, briefadres via {{o:Leger des Heils}}
- uitkeringsaanvraag {{o:Werk en Inkomen}}, zaaknr [[ds:Z/24/118734]]
- {{r:trajectbegeleider}} van {{o:Reclassering Nederland}} betrokken
Wat werkte: alles in één dag, één loket. Anders was hij weg geweest.
Les: de eerste 72 uur na detentie zijn cruciaal.
Toestemming: ja""")

T("""Situatie: meneer (60), Afghaanse achtergrond, was arts in Kabul, hier nooit aan het werk gekomen. Depressief, trekt zich terug. Vrouw [[p:Farzana Rahimi]] kwam voor hem naar het spreekuur in {{w:Leyenburg}}.
Aanpak: {{r:welzijnscoach}} koppelde hem als {{r:vrijwilliger}} aan het taalcafé. {{r:Huisarts}} schreef {{r:POH-GGZ}} voor.
Wat werkte: hij werd weer 'dokter' voor anderen: helpt nieuwkomers met uitleg over zorg in NL.
Les: kijk naar iemands vroegere rol en geef die terug.
Toestemming: ja, getekend op [[d:29-11-'23]].""")

T("""SITUATIE — Alleenstaande vader (Kaapverdiaans), twee zoons van 9 en 12, werkt nachtdiensten. Buurvrouw mevr. [[p:Tavares]] vangt de jongens op maar wordt zelf ziek. Adres [[a:Vaillantlaan 204B]].
AANPAK — {{o:CJG}}-{{r:gezinscoach}}, naschoolse opvang via {{o:Xtra}}, kinderopvangtoeslag aangevraagd.
WAT WERKTE — één plan met vader, buurvrouw én school. Vader ([[p:Nelson]]) zei: 'eindelijk hoef ik het niet aan vijf mensen uit te leggen.'
LES — één gezin, één plan, één regisseur. Het staat in elk beleidsstuk, doe het dan ook.
TOESTEMMING — ja, dossier [[ds:CJG-J24-0193]].""")
T("""Situatie: mevrouw [[p:Li Mei Chen]] (66) runde jarenlang met haar man een restaurant in de {{w:Stationsbuurt}}. Na zijn dood zit ze met schulden van de zaak en spreekt amper Nederlands. Haar neef [[p:Wang Jun]] regelt nu alles, maar hij woont in Rotterdam.
Aanpak: {{r:schuldhulpverlener}} + Mandarijn-sprekende {{r:vrijwilliger}} van {{o:Stichting Chinese Ouderen Den Haag}}. Aanvraag WSNP loopt (kenmerk [[ds:WSNP-24-5521]]).
Wat werkte: gesprekken in het buurthuis i.p.v. op kantoor.
Les: schaamte over schulden is groot als je altijd ondernemer was. Begin bij trots, niet bij tekort.
Toestemming: ja, via neef vertaald, [[d:16/01/2024]].""")

T("""Situatie: man 52, Pools, dakloos sinds baanverlies, overnacht in de {{o:Zilveren Toren}}. Alcoholgebruik. Geen recht op bijstand zo lijkt het.
Aanpak: {{o:Barka}} bood terugkeer naar Polen aan, hij wilde niet. Toen toch uitgezocht: hij had 6 jaar in NL gewerkt, dus wél rechten. {{o:UWV}} + {{o:Werk en Inkomen}}. Hij heet trouwens [[p:Tomasz]], stond zo ook in de groepsapp, moet ik eruit halen.
Wat werkte: {{r:jurist}} van {{o:Sociaal Raadslieden}} die het uitzocht.
Les: ga niet uit van 'geen recht'. Check het.
Toestemming: ja, getekend [[d:2 apr. 2024]]""")

T("""Situatie. Hindostaanse familie, oma (88) woont in bij zoon en schoondochter in {{w:Transvaal}}. Schoondochter ([[p:Sarita]]) is overbelast, zorgt ook voor eigen ouders. Oma dementeert, dwaalt 's nachts.
Aanpak. {{r:Casemanager dementie}}, logeeropvang bij {{o:Vitaal Wonen}}? Die bestond niet meer. Uiteindelijk {{o:Respijthuis Den Haag}}.
Wat werkte. Familie-overleg met iedereen, ook de broers van de zoon die 'niks doen'. Broer in Zoetermeer neemt nu 1 weekend per maand.
Les. Mantelzorg verdelen moet je organiseren, het gebeurt niet vanzelf.
Toestemming ja / verklaring ontvangen [[d:maandag 11 maart]]""")

T("""Situatie: tienermoeder (19) met baby, woont bij haar moeder in {{w:Spoorwijk}} aan de [[a:Rijswijkseweg 302A]], ruzies, politie is 2x geweest. Moeder heeft eigen GGZ-problematiek.
Aanpak: {{r:Jeugdconsulent}}, {{r:wijkverpleegkundige}} (JGZ), en wij voor moeder. Zelfstandige woonruimte via {{o:Stichting Jonge Moeders}}? Lange wachtlijst. Tijdelijk: {{o:Moederhuis}}.
Wat werkte: bijeenkomst met het netwerk, zelfs de ex van de moeder kwam (die bleek juist stabiel).
Les: netwerkberaad levert verrassingen op. Nodig ook mensen uit die 'het probleem' lijken.
Contact jonge moeder: [[p:Chanel]], [[t:06 23 98 11 05]] - graag niet doorgeven buiten team.
Toestemming: ja""")

T("""Les van team {{w:Centrum}}: wie is eigenlijk de regisseur?
Situatie: meneer [[p:J.W. Bakker]], 63, verslaafd, bekend bij minstens 9 instanties. Iedereen dacht dat een ander de regie had.
Aanpak: we hebben een overleg belegd op [[d:dinsdag 23 januari]] met {{o:Brijder}}, {{o:Parnassia}}, {{o:Leger des Heils}}, {{o:HMC}}, {{o:Staedion}}. Eén {{r:casusregisseur}} (bij ons, [[p:Thijs]]).
Wat werkte: gezamenlijk plan + één telefoonnummer voor hem.
Les: vraag bij élke casus met >3 partijen expliciet wie de regie heeft.
Toestemming: ja. BSN bij ons bekend. [[[p:Bakker]] is hier dus een achternaam, niet de winkel om de hoek, ha]""")

T("""Situatie: vrouw, 45, Antilliaanse achtergrond, chronische pijn, thuis met 2 pubers. Trekt zich terug, kerkgemeenschap merkte het op.
Aanpak: {{r:welzijnscoach}} ([[p:Gerda]]) en {{r:fysiotherapeut}} samen, later pijnteam {{o:Haga}}.
Wat werkte: dochter [[p:Shakira]] (16) was opgelucht dat er een volwassene meedacht, zij deed al het huishouden. {{r:Jongerenwerker}} regelde een plek bij {{o:Young Carers Den Haag}}.
Les: let op jonge mantelzorgers, ze melden zich zelf nooit.
Toestemming: moeder ja, dochter ook.""")

T("""Situatie: Eritrese jongeman (20), kort in NL, alleen, huis in {{w:Moerwijk}} toegewezen ([[a:Erasmusweg 1012]]). Post onbegrepen, energie afgesloten. Voogd was tot 18, daarna niemand.
Aanpak: {{r:maatschappelijk begeleider}} {{o:Vluchtelingenwerk}} + {{r:vrijwilliger}} buddy ([[p:Yonas]], ook Eritrees, al 8 jaar hier).
Wat werkte: buddy van eigen gemeenschap, die ook de weg in NL kent.
Les: 18 worden is geen moment waarop je ineens alles kunt. Maak een overdrachtsmoment.
Toestemming: ja, [[d:20-3-2024]], [[ds:SWT-MW-24-0331]]""")

T("""Situatie: oudere heer (81) woont alleen in {{w:Ypenburg}}, steeds meer vergeetachtig, laat kookplaat aan. Dochter [[p:Marloes van der Meer]] woont in Groningen.
Aanpak: {{r:Casemanager dementie}} + {{r:huisarts}}; domotica (kookplaatbeveiliging) via {{o:Wmo-loket}}, aanvraag [[ds:WMO/24/00917]].
Wat werkte: dochter kreeg via video elke week overleg met de casemanager.
Les: mantelzorg op afstand is ook mantelzorg, betrek ze digitaal.
Toestemming: ja.
[mod: ik heb de straatnaam weggehaald, maar de naam van de dochter staat er nog in. @[[p:Ruud]] kun je dat aanpassen?]""")
# ---------------------------------------------------------------- discussion threads
T("""Reactie op: "Na drie keer niet opendoen toch binnen gekomen"
[[p:Sanne Dekker]] ({{o:SWT}} {{w:Laak}}) schreef:
Herkenbaar! Bij ons werkte het ook via familie. Vraag: hoe kregen jullie de {{r:SPV}} zo snel mee? Bij {{o:Parnassia}} duurt het bij ons weken.
--
@[[p:Ilona]] is dat trouwens niet de naam van de nicht? Misschien even aanpassen.""")
T("""> Citaat van [[p:Thijs]]: "vraag bij élke casus met >3 partijen expliciet wie de regie heeft."

Eens, maar wat als niemand het wil? Wij hadden in {{w:Escamp}} een man die bij de {{o:GGZ}} 'te verslaafd' was en bij {{o:Brijder}} 'te psychiatrisch'. Uiteindelijk heeft onze {{r:casusregisseur}} het gewoon gepakt. Wel: leg het vast in het plan, met datum. Bij ons stond er 'regie: SWT per [[d:1-2-2024]]' en daar konden we later naar terugverwijzen.
groet, [[p:Monique]]""")

T("""@[[p:Yasmina]] @[[p:Ruud]] zie hierboven: de les over de Eritrese jongen staat erin met volledig adres (Erasmusweg + nummer). Kunnen jullie dat als moderator aanpassen voordat de hele pilotgroep het leest? Ik weet dat het goed bedoeld is maar zo is hij gewoon vindbaar.
Dank! [[p:Petra]] ({{r:Wmo-adviseur}}, {{o:SWT}} {{w:Segbroek}})""")

T("""[MODERATORNOTITIE]
Beste allemaal, we zien in de lessen nog regelmatig namen, geboortedata en huisnummers staan. Een voorbeeld van deze week (aangepast): "mevrouw X uit de Y-straat, geboren [[d:12-05-1951]]". Dat is dus al genoeg om iemand te herkennen. Gebruik liever: "mevrouw, begin 70".
Straatnamen zonder nummer mogen, wijken mogen, organisaties en functies ook, die zijn juist nodig.
Vragen? Bel of app [[p:Yasmina El Idrissi]], [[t:06-18 27 44 90]].""")

T("""Re: Re: eenzaamheid bij mannen

[[p:Anouk]] schreef:
> kookt graag, mag nu 1x per maand koken voor de groep

Mooi! Wij hebben iets vergelijkbaars met een Turkse meneer die de tuin van het buurthuis aan de {{w:Regentesse}}-kant onderhoudt. Zijn vrouw zegt dat hij weer lacht. (Meneer [[p:Öztürk]] vindt het prima dat ik het deel, maar ik laat zijn naam liever weg - o wacht.)
[[p:Kees]] - {{r:opbouwwerker}} {{o:MOOI}}""")

T("""Vraag aan de groep: wie heeft ervaring met {{o:Veilig Thuis}} en ouderen die niet willen dat er een melding gedaan wordt? Ik heb nu een mevrouw (86) in {{w:Bezuidenhout}}, dochter en schoonzoon 'lenen' steeds geld. Ze zegt: als je het meldt zie ik mijn kleinkinderen nooit meer.
@[[p:j.bouzid]] jij had toch zo'n casus in maart?

-- [[p:Wendy]], {{r:ouderenconsulent}}""")

T("""@[[p:Wendy]] ja klopt, wij hebben toen eerst een adviesgesprek met {{o:Veilig Thuis}} gedaan zonder naam (dat mag gewoon, bel 0800-2000... nee wacht dat is het algemene nummer, dat hoef ik niet te verbergen haha). Daarna samen met mevrouw een plan gemaakt. Kleinkinderen bleven komen, zoon kreeg hulp bij {{o:schuldhulp}}.
Stuur me maar een mailtje: [[e:j.bouzid@denhaag.nl]]
[[p:Jamila]]""")
T("""Draad: thema jeugd - schoolverzuim en armoede

[[p:Dennis Koster]] ({{o:CJG}} {{w:Zuiderpark}}), [[d:6 maart 2024]] 10:14
Wie kent de regeling voor schoolspullen via {{o:Stichting Leergeld}}? Ik heb een moeder (Somalisch, 5 kids) die de ouderbijdrage niet kan betalen, oudste spijbelt uit schaamte.

[[p:Hodan]] ({{o:SWT}} {{w:Transvaal}}), [[d:6 maart 2024]] 11:02
Ja! Aanvragen kan via hun site, of langs bij de {{o:Servicepunt XL}}. Als je wilt kan ik meekijken, ik spreek ook Somali. Is het toevallig mw. [[p:Warsame]] van de [[a:Jacob Catsstraat 24]]? Dan ken ik haar al.

[[p:Dennis Koster]], [[d:6 maart 2024]] 11:20
@[[p:Hodan]] even via DM graag, niet hier ;-)""")

T("""Even een compliment aan de {{r:koster}} van de {{o:Jozefkerk}}, niet aan [[p:Dennis Koster]] ;) Hij heeft bij ons in {{w:Duinoord}} de kerkzaal opengesteld voor de inloop op woensdag. Daardoor zien we nu mensen die nooit naar het wijkcentrum komen. Vorige week een meneer die al maanden geen stroom had. Zonder die inloop hadden we hem nooit gevonden.
De {{r:koster}} heet meneer [[p:Hoop]]... ja echt. Hij hoopt dat we blijven komen :)
[[p:Ingrid]]""")
T("""snelle vraag: heeft iemand het nummer van de {{r:wijkagent}} in {{w:Kraayenstein}}? Die van ons ([[p:Bart Visser]]) is met pensioen. Ik heb een casus met een buurman die dreigt, mw. wil aangifte doen.
ps de visser op de markt verkoopt trouwens ook aan onze cliënten op krediet, maar dat is een ander verhaal""")

T("""@[[p:Leila]]: de nieuwe {{r:wijkagent}} daar is [[p:Rachid Ouali]], [[t:+31 6 2740 1187]]. Of via {{o:politie}} 0900-8844 en vraag naar team {{w:Loosduinen}}.
En over die visser: ik zou dat wel even bij de {{r:schuldhulpverlener}} neerleggen, dat kan flink oplopen.""")

T("""Reactie op sessie "Workshop gespreksvoering met zorgmijders" ([[d:15-02-2024]])

Dank [[p:Marieke]] en [[p:Hans]] voor de workshop! Vooral het rollenspel was sterk. Ik speelde de cliënt en merkte hoe snel je dichtklapt als iemand met een formulier binnenkomt.
Vraag: komen de sheets nog online? En zouden jullie de workshop ook voor team {{w:Laakkwartier}} kunnen geven, bij ons staan nog 4 collega's op de wachtlijst.
Gr. [[p:Esra]] ({{r:maatschappelijk werker}}, {{o:Xtra}})""")

T("""Re: Workshop gespreksvoering
@[[p:Esra]] sheets staan onder 'Materiaal' bij het thema bemoeizorg. Voor {{w:Laakkwartier}}: mail me even op [[e:marieke.vanwijk@caop.nl]] met een paar data. Donderdagen kan ik niet.
- [[p:Marieke van Wijk]], {{o:CAOP}}""")

T("""Ik wil even iets kwijt over de casus van meneer X uit {{w:Moerwijk}}. Ik denk dat ik hem ken: hij woonde vroeger naast mijn tante aan de [[a:Zwartsluisstraat 92]]. Is dat [[p:Ronald]]? Hij had toen ook al duiven.
--- [bericht verborgen door moderator, reden: herleidbaar] ---
[mod [[p:Ruud]]: [[p:Karin]], ik heb je bericht verborgen. Begrijpelijke reactie, maar zo wordt de anonimisering alsnog teniet gedaan. Stuur dit soort dingen rechtstreeks aan de inbrenger.]""")

T("""Thread: "Wat doen jullie met cliënten die geen toestemmingsverklaring willen tekenen?"

[[p:Olga]] ({{w:Bouwlust}}): wij leggen dan alleen anoniem in, zonder enige detail. Maar dan is de les vaak ook niks meer waard.
[[p:Sevda]] ({{w:Moerwijk}}): mondelinge toestemming noteren met datum en getuige. Bij ons: "mondeling akkoord [[d:4 jan]], aanwezig collega {{r:wijkverpleegkundige}}".
[[p:Olga]]: @[[p:Sevda]] is mondeling genoeg volgens de {{r:privacy officer}}?
[[p:Ruud]] (moderator): nee, voor het platform willen we een getekende verklaring. Mondeling is ok voor overleg binnen het team.""")
T("""Hoi allen, hierbij de vraag die ik gisteren in de brainstorm niet meer kwijt kon.
Wij hebben in {{w:Wateringse Veld}} veel jonge gezinnen met schulden (nieuwbouw, hoge huren). Het {{o:SWT}} wordt pas gebeld als de deurwaarder al geweest is. Hoe komen we eerder in beeld? Ideeën: samen met {{o:Vestia}}/{{o:Haag Wonen}} bij 1e huurachterstand, via het consultatiebureau, via school.
Wie heeft iets werkends? Ik hoor het graag.
[[p:Naima Chaara]]
{{r:Schuldhulpverlener}} | [[t:06 - 47 21 90 36]] | ma-di-do""")

T("""@[[p:Naima Chaara]] bij ons (team {{w:Ypenburg}}) loopt 'Vroeg Eropaf'. Woningcorporaties, energieleveranciers en zorgverzekeraars melden betalingsachterstanden bij de gemeente, wij gaan binnen 5 werkdagen langs. Eerste resultaten zijn goed, 60% laat ons binnen.
[[p:Bas de Groot]] van {{o:Schuldhulpverlening Den Haag}} is de trekker, [[e:b.degroot@denhaag.nl]]. Noem mijn naam maar ;)
[[p:Lotte]]""")

T("""> [[p:Lotte]]: 60% laat ons binnen.
En die andere 40%? Dat zijn volgens mij juist de mensen waar het slechtst mee gaat. Ik ben benieuwd of iemand daar een aanpak voor heeft. Een brief met een vaste datum en een gezicht (foto van de {{r:consulent}}) schijnt te helpen. Bij {{o:Kredietbank Haaglanden}}? Weet iemand dat?
/[[p:Joost]]""")

T("""Kort verslag voor wie er niet bij was (brainstorm jeugd, [[d:wo 14/2]]):
- [[p:Ayşe]] liet zien hoe ze in {{w:Schilderswijk}} moeders bereikt via de moskee-vrouwengroep
- [[p:Fleur]] ({{o:CJG}}) vertelde over het 'keukentafelgesprek zonder formulier'
- idee van [[p:Gijs]]: buddy's voor jongeren die 18 worden
- discussie over privacy bij groepsapps: wie zit er eigenlijk allemaal in?
Vervolg: [[p:Fleur]] en [[p:Gijs]] werken het buddy-idee uit voor de expertmeeting.""")

T("""Antwoord op @[[p:r.soekhai]]:
Ja, de tolkentelefoon ({{o:Global Talk}}) wordt vergoed voor GGZ en huisartsen, maar NIET voor ons als {{o:SWT}}. Wij betalen het uit het teambudget. Kosten ca. € 1,50 per minuut. Voor Tigrinya en Dari is er vaak wachttijd.
Tip van [[p:Mahmoud]] bij de brainstorm: leg het tolkgebruik vast in het dossier (bv. [[ds:SWT-SP-24-0512]]: 'tolk Dari, 45 min') dan kun je achteraf verantwoorden.""")

T("""[[p:Rohit]] schreef:
> Wie weet of je bij de {{o:SVB}} AOW met terugwerkende kracht kunt aanvragen voor iemand die 'vergeten' is?

Ja, tot 1 jaar terug. Wel: iemand moet dan zelf of via gemachtigde aanvragen. Wij hebben het gedaan voor mevr. [[p:Tjon-A-Fat]] (geb. [[d:7-8-1957]]... sorry, weghalen?). Ze kreeg € 4.100 nabetaald.
[[p:Claudia]]""")
# ---------------------------------------------------------------- session pages
T("""SESSIE: Kick-off pilot 'Samen werken in het sociale domein'
Datum: [[d:woensdag 22 november 2023]], 13.00-17.00 uur
Locatie: {{o:Atrium Stadhuis}} (zaal 3 en 4), ingang Spui
Voor: alle teamleden van de 24 {{o:sociale wijkzorgteams}}
Programma: welkom door [[p:Hanneke Brouwer]] ({{r:programmamanager}}, {{o:gemeente Den Haag}}), uitleg pilot door [[p:Frank Jacobs]] ({{o:Crossover}}), stemming over de vier thema's, samenstelling pilotgroep (20 deelnemers).
Vragen vooraf: [[e:pilot.swt@denhaag.nl]] of [[t:070 353 72 10]] (secretariaat, vraag naar [[p:Petra]]).""")
T("""Aanmeldingen kick-off ([[d:22-11-2023]]) - stand van zaken [[d:17 nov]]

1. [[p:Sevda Kaya]] - {{w:Moerwijk}} - {{r:maatschappelijk werker}} - dieetwens: halal
2. [[p:Olga Nowak]] - {{w:Bouwlust}}/{{w:Vrederust}} - {{r:Wmo-adviseur}}
3. [[p:R. Soekhai]] - {{w:Transvaal}} - {{r:MEE-consulent}}
4. [[p:Wendy de Boer]] - {{w:Bezuidenhout}} - {{r:ouderenconsulent}} - komt later (15.00)
5. [[p:Jamila Bouzid]] - {{w:Zeeheldenkwartier}} - {{r:casusregisseur}}
6. [[p:Thijs Mulder]] - {{w:Centrum}} - {{r:casusregisseur}}
7. [[p:Ingrid Smit]] - {{w:Duinoord}} - {{r:welzijnscoach}} - rolstoeltoegankelijk graag
8. [[p:Kofi Asante]] - {{w:Laak}} - {{r:wijkverpleegkundige}}
... (nog 63 aanmeldingen, zie Excel)
Bevestiging per mail volgt. Afmelden: [[e:secretariaat.pilotswt@denhaag.nl]]""")

T("""Verslag kick-off [[d:22 november]]

Aanwezig: ca. 180 teamleden uit alle 24 teams, {{o:gemeente}} ([[p:Hanneke Brouwer]], [[p:Erik-Jan Hoekstra]]), {{o:Crossover}} ([[p:Frank Jacobs]]), {{o:CAOP}} ([[p:Marieke van Wijk]]).
Stemming thema's (digitaal): ouderen 31%, bemoeizorg 27%, huiselijk geweld 22%, jeugd 20%. Alle vier gaan door. Wonen en schulden vielen af, maar worden 'dwarsthema'.
Pilotgroep: 20 deelnemers, verdeling per thema volgt. Trekkers: [[p:Wendy]] (ouderen), [[p:Thijs]] (bemoeizorg), [[p:Jamila]] (huiselijk geweld), [[p:Fleur Dijkstra]] (jeugd).
Opvallend: veel behoefte aan casuïstiek van andere teams. "We vinden telkens het wiel opnieuw uit," zei een {{r:wijkverpleegkundige}} uit {{w:Escamp}}.
Volgende stap: startbijeenkomst begin februari.""")

T("""STARTBIJEENKOMST PILOTGROEP
[[d:Dinsdag 6 februari 2024]] | 9.30 - 12.30 | {{o:Wijkcentrum De Henneberg}}, {{w:Moerwijk}}
Agenda
09.30 inloop, koffie
10.00 terugblik kick-off ([[p:Hanneke]])
10.20 werkwijze platform: casuslessen, toestemming, anonimiseren ([[p:Ruud Verbeek]], {{r:moderator}})
11.00 uiteen in themagroepen
12.00 afspraken & planning workshops
Parkeren beperkt, neem tram 16 of bus 26. Wie verhinderd is: graag even afmelden bij [[p:Petra]] via [[t:06 15 88 40 27]].""")

T("""Notulen startbijeenkomst [[d:06-02-2024]]
Aanwezig: 18 van 20 deelnemers. Afwezig m.k.: [[p:Kofi]] (ziek), [[p:Naima]] (cursus).
1. Terugblik: iedereen positief, wel zorg over tijd. Teamleiders moeten uren vrijmaken (4 u/week).
2. Platform: [[p:Ruud]] liet zien hoe een casusles wordt ingevoerd. Discussie over wat 'anoniem' is. Afspraak: geen namen, geen straat+huisnummer, geen geboortedata, geen dossiernummers. Wél wijk, leeftijd (range), organisaties.
3. Themagroepen: ouderen (6), bemoeizorg (5), hgw (5), jeugd (4).
4. Actiepunten:
 - [[p:Ruud]]: handleiding anonimiseren vóór [[d:16 feb.]]
 - [[p:Wendy]] + [[p:Sevda]]: data workshops ouderen
 - allen: min. 1 casusles invoeren vóór de expertmeeting
Volgende: expertmeeting [[d:donderdag 11 april]].""")

T("""Workshop 'Signalen van ouderenmishandeling herkennen'
Wanneer: [[d:ma 26 feb]], 14.00-16.30
Waar: {{o:Wijkcentrum Mariahoeve}}, zaal 2
Door: drs. [[p:M.]] ([[p:Mieke]]) [[p:de Haan]], {{r:aandachtsfunctionaris}} {{o:Veilig Thuis Haaglanden}}, en [[p:Bilal Aydın]], {{r:ouderenconsulent}} {{o:Stichting MOOI}}
Max. 25 deelnemers. Aanmelden via het platform (knop hieronder) of bij [[p:Wendy de Boer]], [[e:w.deboer@mooiwelzijn.nl]].
Ingeschreven (14): [[p:Sevda Kaya]], [[p:Olga Nowak]], [[p:Ingrid Smit]], [[p:C. Rosalia]], [[p:Priya Jagessar]], [[p:Gerda]] ({{w:Duinoord}}), [[p:Karin Vos]], [[p:Anouk Peters]], e.a.""")
T("""Workshop 'Schulden en toeslagen, de basis' - [[d:dinsdag 5 maart]]
Praktijkvoorbeeld dat [[p:Naima]] liet zien (met toestemming, maar ze vergat de gegevens weg te lakken op de sheet, dus deze pagina is tijdelijk alleen voor de pilotgroep):
'Budgetplan cliënt, BSN [[b:410 319 910]], rekening [[i:NL43SNSB2677078522]], vaste lasten € 1.212, inkomen € 1.480 (bijstand), huur via [[i:NL53 ASNB 4466 7981 19]] (incasso corporatie)'
Les van de workshop: maak eerst een compleet overzicht voordat je een regeling voorstelt, anders blijf je gaten dichten.
Sheets worden opnieuw geüpload na anonimisering. - [[p:Ruud]] (mod)""")

T(
    """[mod] Bericht aangepast op [[d:8-3-2024]]. In de oorspronkelijke tekst stond: 'meneer woont op [[a:Wouwermanstraat 15 III]], [[pc:2562 AV]], BSN [[b:441991592]], zoon [[p:Dylan]] ([[t:0638817244]])'. Dat hebben we vervangen door 'meneer woont in de {{w:Schilderswijk}}, zoon betrokken'. Graag zelf zo invoeren voortaan, dank! Er zit trouwens geen automatische filter op de bijlagen (pdf), alleen op de tekst."""
)

T("""Casusles (concept, nog niet gepubliceerd)
Sit: gezin [[p:Haddad]], [[a:Hoefkade 812]], [[pc:2526BN]]. Vader [[p:Yusuf]] (geb. [[d:03-02-1979]]), moeder [[p:Rania]], 4 kinderen. BSN vader [[b:358 649 201]]. Huurachterstand 5 mnd. Zaak bij ons: [[ds:SWT-SP-2024-0088]].
Aanpak: ...
[mod [[p:Yasmina]]: dit concept bevat nog alle gegevens, niet publiceren voordat het is aangepast. Ik heb de inbrenger gemaild.]""")

T("""Reactie van [[p:Peter-Paul Smits]], {{r:Wmo-consulent}}, [[d:12-03-2024]] 16:40
Heel herkenbaar met dat overzicht. Wij gebruiken het formulier van {{o:NIBUD}}. Tip: vraag altijd de afschriften van de laatste 3 maanden op, dan zie je ook de abonnementen en 'vergeten' incasso's. Had laatst iemand met 11 streamingdiensten lol.
Tel. bij vragen: [[t:070-7526633]] (direct), [[t:06-22104578]] (dienst).""")

T("""Praktisch: adressen van de workshoplocaties (komen steeds vragen over)
- {{o:Wijkcentrum De Henneberg}}, Henneberglaan (hoek), {{w:Moerwijk}}
- {{o:Wijkcentrum Mariahoeve}}, naast het winkelcentrum
- {{o:Buurthuis De Mussen}}, {{w:Schilderswijk}}
Vervoer geregeld nodig? Bel [[p:Karin]] op [[t:(070) 353 4402]].
Let op: de startbijeenkomst van team {{w:Escamp}} is verplaatst van [[d:13 feb]] naar [[d:20 feb]] i.v.m. voorjaarsvakantie.""")
T("""Brainstorm huiselijk geweld - uitkomsten ([[d:29 februari]])
Vraag: hoe bereiken we slachtoffers die nooit zelf hulp vragen?
Post-its (letterlijk overgenomen, namen eruit gehaald door mod):
- 'via kapsalons en nagelstudio's' 
- 'huisarts actiever bij blauwe plekken'
- 'zorg dat de {{r:aandachtsfunctionaris}} in elk team bekend is'
- 'folders in Arabisch, Turks, Pools, Tigrinya, Bulgaars'
- 'vrouwengroep [[a:Koningstraat 38]] (die van [[p:Aïcha]]) uitnodigen'  <- mod: deze nog even aanpassen
Vervolg: [[p:Jamila]] schrijft er een voorstel van voor de expertmeeting. Reacties graag vóór [[d:15-3]].""")

T("""Expertmeeting [[d:11 april 2024]] - programma
13.30 opening, [[p:Hanneke Brouwer]]
13.45 'Bemoeizorg in de wijk' - dr. [[p:L. Kalloe]], {{r:psychiater}} {{o:Parnassia}} / {{o:Centrum Maliebaan}}
14.30 'Ouderen en eenzaamheid: wat werkt?' - prof. [[p:Ineke Winter]]
15.15 pauze
15.30 tafelgesprekken per thema, met casuslessen van het platform
16.30 borrel
Locatie: {{o:Haagse Hogeschool}}, zaal SL4.20. Aanmelden vóór [[d:4 april]] via de knop, of mail [[e:expertmeeting@crossover-advies.nl]].
NB: het is deze keer winter-achtig binnen, de verwarming werkt niet goed. Trui mee!""")
T("""Aanmeldingen expertmeeting - wachtlijst
Helaas vol (80 plekken). Wachtlijst:
[[p:Emre Şahin]] ({{w:Laak}}) [[e:emre.sahin@xtra.nl]]
[[p:Marloes Kuipers]] ({{w:Loosduinen}}) [[e:m.kuipers@florence.nl]]
[[p:Blessing Owusu]] ({{w:Zuiderpark}}) [[e:blessing.owusu@parnassia.nl]]
[[p:Daan Verhoeven]] ({{w:Haagse Hout}}) [[e:dverhoeven@swt-haagsehout.nl]]
Er komt een livestream, de link volgt op [[d:10/4]].""")

T("""Verslag expertmeeting ({{r:notulist}}: [[p:Sophie Bakker]])

Dr. [[p:Kalloe]] benadrukte dat 'zorgmijding' meestal 'zorg-teleurstelling' is: mensen zijn eerder afgewezen. Vraag uit de zaal van [[p:Hodan]] ({{w:Transvaal}}): hoe ga je om met familie die juist níet wil dat er hulp komt? Antwoord: familie is niet per se het netwerk van de cliënt.
Prof. [[p:Winter]] liet zien dat buurtcontacten beter beschermen tegen eenzaamheid dan professionele bezoeken. Een zaal vol {{r:ouderenconsulenten}} werd daar even stil van.
Aan de tafels zijn 12 casuslessen besproken. De les van team {{w:Scheveningen}} over de hond werd het meest genoemd.
Afsluitende sessie: [[d:donderdag 20 juni]], details volgen.""")
T("""Slotbijeenkomst pilot - [[d:20-06-2024]]
'Wat nemen we mee?'
Na vier maanden: 64 casuslessen op het platform, 212 reacties, 9 workshops, 3 brainstorms. Per thema presenteert de trekker de drie belangrijkste lessen.
Sprekers: [[p:Wendy de Boer]] (ouderen), [[p:Thijs Mulder]] (bemoeizorg), [[p:Jamila Bouzid]] (huiselijk geweld), [[p:Fleur Dijkstra]] (jeugd). Afsluiting door de {{r:wethouder}} Zorg, Jeugd en Volksgezondheid.
Na afloop: hapje en drankje verzorgd door {{o:Buurtrestaurant Eet Lokaal}} in de {{w:Schilderswijk}} (koks: vrouwen uit de wijk, o.a. mevrouw [[p:Fortes]] en haar dochters).""")
T("""Notulen slotbijeenkomst (concept)
Datum: [[d:20 juni 2024]]  Notulist: [[p:S. Bakker]]
Aanwezig: pilotgroep (19/20), {{r:teamleiders}} van 11 teams, {{o:gemeente}}, {{o:CAOP}}, {{o:Crossover}}, {{r:wethouder}}.
Belangrijkste punten:
- Platform blijft open voor alle 24 teams, vanaf [[d:1 september]] ook voor {{o:CJG}}-medewerkers.
- Anonimiseren blijft lastig. In 23 van de 64 lessen moest de moderator ingrijpen.
- [[p:Thijs]]: 'bemoeizorg is geen thema maar een houding'.
- Actie [[p:Hanneke]]: voorstel structurele financiering naar college, vóór [[d:1-10-2024]].
- Actie [[p:Ruud]]: evaluatie gebruikers, enquête uit [[d:1 juli]].
Dank aan [[p:Petra van Dam]] voor al het regelwerk!""")

T("""Workshop 'Werken met tolken' - [[d:do 7 maart]] 9.30u
Gastspreker: [[p:Tesfay Ghebremedhin]], {{r:tolk}} Tigrinya en {{r:ervaringsdeskundige}}
Waar: {{o:Servicepunt XL Laak}} (let op: nieuw adres sinds januari, zie mail)
Doel: hoe voer je een goed gesprek via een {{r:tolk}}, wat als het kind tolkt, wat doe je met een telefonische tolk bij slecht nieuws?
Na afloop: ervaringen delen. [[p:Tesfay]] vertelt hoe hij als 15-jarige zelf voor zijn moeder tolkte bij de {{r:huisarts}}.
Aanmelden: [[e:workshops-pilot@denhaag.nl]]""")
# ---------------------------------------------------------------- theme pages
T("""THEMA: OUDEREN
Trekker: [[p:Wendy de Boer]] ({{r:ouderenconsulent}}, {{o:MOOI}}, team {{w:Bezuidenhout}}) - [[t:06-53 09 71 82]] - [[e:w.deboer@mooiwelzijn.nl]]
Pilotdeelnemers: [[p:Sevda Kaya]] ({{w:Moerwijk}}), [[p:Olga Nowak]] ({{w:Bouwlust}}), [[p:Bilal Aydın]] ({{w:Mariahoeve}}), [[p:Ingrid Smit]] ({{w:Duinoord}}), [[p:Priya Jagessar]] ({{w:Transvaal}})
Focus: eenzaamheid, dementie thuis, financiële uitbuiting, mantelzorgers die opbranden.
Materiaal: factsheet 'Eenzaamheid in Den Haag' ({{o:GGD Haaglanden}}, 2022), handreiking ouderenmishandeling ({{o:Movisie}}), opname workshop [[d:26-02]].
Casuslessen gekoppeld: 14""")

T("""THEMA: BEMOEIZORG
Trekker: [[p:Thijs Mulder]], {{r:casusregisseur}} {{w:Centrum}}
Waar gaat het over: mensen met ernstige problemen die zelf geen hulp vragen of hulp afwijzen. Verwarde personen, vervuilde woningen, verslaving, psychiatrie.
Partners: {{o:Parnassia}} (bemoeizorgteam), {{o:Brijder}}, {{o:GGD}} ({{r:OGGZ-coördinator}}), {{o:Politie Haaglanden}}, {{o:Leger des Heils}}.
Contact {{r:bemoeizorgers}} {{o:Parnassia}}: [[p:Ahmed Benali]] ([[t:06-4411 2798]]) en [[p:Jolanda Pattipeilohy]] ([[t:06-4411 2801]]).
Lees eerst: 'Na drie keer niet opendoen' en 'Hij wilde alleen over zijn hond praten'.""")

T("""THEMA: HUISELIJK GEWELD
Trekker: [[p:Jamila Bouzid]], {{r:casusregisseur}} {{w:Zeeheldenkwartier}} ([[e:j.bouzid@denhaag.nl]])
Deelnemers: [[p:Esra Yıldız]], [[p:Kofi Asante]], [[p:Leila Amrani]], [[p:Joost van Leeuwen]]
Belangrijk: meldcode! Elke casus met vermoeden van geweld eerst met de {{r:aandachtsfunctionaris}}. Bij acuut gevaar 112.
Materiaal: 
- stappenplan meldcode (pdf)
- lijst opvangplekken {{o:Kessler Stichting}}, {{o:Fier}}, {{o:Blijf Groep}}
- verslag brainstorm [[d:29-2]]
Let op: in dit thema nóg strenger anonimiseren. Ook geen wijk noemen als het gezin daardoor herkenbaar wordt.""")

T("""THEMA: JEUGD (18-/18+)
Trekker: [[p:Fleur Dijkstra]], {{r:jeugdconsulent}} {{o:CJG}} {{w:Segbroek}}
Overige leden: [[p:Gijs Hendriks]] ({{r:jongerenwerker}}), [[p:Ayşe Çelik]] ({{r:MEE-consulent}}), [[p:Hans Brouwer]] ({{r:gezinscoach}})
Waarom in een pilot voor volwassenenteams? Omdat problemen van ouders en kinderen niet los te zien zijn, en omdat jongeren van 18 ineens 'volwassen' zijn.
Vaste vergadering: eens per 2 weken op dinsdag, online.
Vragen? Bel [[p:Fleur]]: [[t:06 31 76 45 09]] (niet op woensdag)""")
# ---------------------------------------------------------------- facilitator announcements
T("""AANKONDIGING
Beste pilotdeelnemers,
Het platform is vanaf [[d:maandag 29 januari]] open. Inloggen met je werkmail. Deze week graag allemaal je profiel invullen (functie, team, thema). Je privé-nummer hoeft er niet in!
De eerste casusles staat er al: dank aan team {{w:Moerwijk}}.
Hartelijke groet,
[[p:Hanneke Brouwer]]
{{r:Programmamanager}} Sociaal Domein | {{o:gemeente Den Haag}}
T [[t:070 353 2871]] | M [[t:06 5208 1143]]""")

T("""Herinnering: toestemmingsverklaringen
Wij krijgen vragen over de toestemming. Kort:
1. Elke casusles heeft een getekende toestemmingsverklaring nodig van de cliënt (of vertegenwoordiger).
2. De verklaring blijft in het eigen dossier. Op het platform vul je alleen in: 'ja', en de datum.
3. Zet dus NIET het dossiernummer in de les. Vorige week zagen we nog '[[ds:2024-04711]]' en '[[ds:#48812]]' staan.
4. Twijfel? Vraag de {{r:privacy officer}} van je eigen organisatie.
Groet, [[p:Ruud]] en [[p:Yasmina]] (moderatoren)""")

T("""Nieuw op het platform: de zoekfunctie!
Je kunt nu zoeken op thema, wijk, organisatie en aanpak. Probeer bijvoorbeeld 'dementie {{w:Mariahoeve}}' of 'schulden statushouders'.
Wat je NIET vindt: namen. Zoek je op een naam en vind je iets? Laat het ons weten, dan is de anonimisering misgegaan. Zoals gisteren: '[[p:Yilmaz]]' leverde 2 treffers op (inmiddels aangepast).
Fijne week! [[p:Petra van Dam]], {{o:Crossover}}""")
T("""Beste allemaal,
Volgende week ([[d:wo 10 april]]) is het platform 's ochtends tussen 7 en 9 niet bereikbaar i.v.m. onderhoud.
Verder: de expertmeeting is bijna vol. Wie zich heeft aangemeld maar niet kan: graag afmelden, er is een wachtlijst.
En: vergeet niet je casusles vóór [[d:5 april]] in te voeren. Thema ouderen heeft er 14, jeugd pas 3. Kom op jeugd ;-)
[[p:Hanneke]]""")

T("""Verplaatst! De workshop 'Netwerkberaad organiseren' van [[d:19 maart]] gaat niet door wegens ziekte van [[p:Hans]]. Nieuwe datum: [[d:vrijdag 5 april 2024]], zelfde tijd (13.30), zelfde plek ({{o:Wijkcentrum De Henneberg}}).
Ben je al ingeschreven? Dan hoef je niets te doen. Kun je niet op de nieuwe datum? Stuur een berichtje naar [[p:Petra]] ([[t:+31 6 15 88 40 27]]).""")

T("""Oproep: ervaringsdeskundigen gezocht voor slotbijeenkomst
We zoeken 2 à 3 (oud-)cliënten die willen vertellen hoe zij de hulp van een {{o:sociaal wijkzorgteam}} hebben ervaren. Uiteraard met toestemming, vrijwillig en met vergoeding (€ 50 + reiskosten).
Ken je iemand? Niet de naam hier posten! Mail [[p:Hanneke]] op [[e:h.brouwer@denhaag.nl]], zij neemt contact op met jou (niet met de cliënt).
Deadline: [[d:31 mei]].""")

T("""Update anonimiseren - nieuwe automatische check
Vanaf [[d:15 maart 2024]] wordt elke nieuwe casusles en reactie automatisch gecontroleerd op persoonsgegevens. Gevonden namen, telefoonnummers, adressen, BSN's, rekeningnummers en dossiernummers worden gemarkeerd en je krijgt een melding voordat je plaatst.
De check is niet perfect. Hij kan te veel markeren (bijv. een straatnaam zonder nummer, of 'Visser' als beroep) of juist iets missen. Jij blijft zelf verantwoordelijk.
Vragen of fouten melden: [[e:platform-support@swt-pilot.nl]]
[[p:Ruud Verbeek]], {{r:functioneel beheerder}}""")
# ---------------------------------------------------------------- more lessons, slips of all kinds
T("""Situatie: alleenstaande man (49), Roemeens, werkte in de bouw, rugletsel na val van steiger. Geen contract dus 'niets geregeld'. Woont op een kamer aan de [[a:Parallelweg 116-2]] ([[pc:2525 ND]]), 6 mannen op 1 toilet.
Aanpak: {{r:jurist}} {{o:FNV}} bekeek aansprakelijkheid werkgever. {{o:Stichting Barka}} hielp met zorgverzekering.
Wat werkte: uitkering via {{o:UWV}} bleek toch mogelijk, hij had loonstroken (in het Roemeens, [[p:Ana Dumitru]] van ons team vertaalde).
Les: informele arbeid is niet per definitie rechteloos.
Toestemming: ja, getekend [[d:27.02.2024]]""")

T("""Situatie: mw. (71), weduwe, Surinaams-Javaanse achtergrond. Woont op [[a:Zonnebloemstraat 44]] in {{w:Transvaal}}. Pensioen + AOW, toch steeds rood. Bleek: ze stuurt maandelijks geld naar familie in Paramaribo en betaalt de auto van haar kleinzoon.
Aanpak: budgetcoaching door {{r:vrijwilliger}} {{o:SchuldHulpMaatje}}. Gesprek met de kleinzoon (dat wilde ze eerst niet).
Wat werkte: een vaste 'geefpot' per maand, dan hoeft ze niet steeds nee te zeggen.
Les: geld geven aan familie is cultuur én zorg, niet alleen 'slecht budgetteren'. Begin niet met oordelen.
Toestemming: ja.""")

T("""Situatie: echtpaar (50 en 48) met volwassen zoon (23) met autisme die de hele dag gamet. Ouders durven hem niet aan te spreken, hij wordt agressief. Wonen in {{w:Leidschenveen}}, [[pc:2496 TC]].
Aanpak: {{r:MEE-consulent}} voor de zoon, {{r:maatschappelijk werker}} voor de ouders. Zoon kreeg dagbesteding bij {{o:Ipse de Bruggen}}.
Wat werkte: de zoon zelf laten kiezen uit 3 plekken.
Les: ouders van volwassen kinderen met een beperking zijn óók mantelzorger, vaak al 20+ jaar.
Contact vader (mocht via mij): [[t:06-19 27 66 31]]. Toestemming: ja""")

T("""Vraag over BSN in de aanvraag bij {{o:CAK}}
Hoi, ik wil de eigen bijdrage voor een cliënt laten herberekenen. Het {{o:CAK}} vraagt een BSN en machtiging. Mag ik die via het platform aan [[p:Peter-Paul]] sturen zodat hij meekijkt? Het gaat om [[b:2601.74.889]].
-- edit: oeps. Mod, kun je dit weghalen? Ik dacht dat dit een privébericht was.""")

T("""[mod] Bericht hierboven aangepast. Reminder: het platform kent geen privéberichten in draden. Alles wat je in een draad zet, zien alle 20 deelnemers plus de facilitators. Voor persoonlijke uitwisseling: gebruik de beveiligde mail van je eigen organisatie ({{o:Zivver}} of iets dergelijks).
Het oorspronkelijke bericht bevatte ook het rekeningnummer [[i:NL86KNAB2433570538]]. Dat staat nu alleen nog in deze notitie voor de auditlog en wordt over 30 dagen verwijderd. - [[p:Yasmina]]""")

T("""Casusles 'De sleutel onder de mat'
Situatie: mevrouw (92) woont nog zelfstandig op de [[a:Laan van Meerdervoort 524-C]], [[pc:2563 BH]] Den Haag, 3e verdieping, geen lift. Sleutel ligt onder de mat zodat de thuiszorg erin kan. Iedereen in de flat weet dat.
Aanpak: sleutelkluis via {{o:Wmo-loket}}, {{r:wijkverpleegkundige}} regelde het met de {{o:thuiszorg}}. Buurvrouw [[p:Ria]] kreeg ook een code.
Les: veiligheid begint bij simpele dingen. Vraag bij elk huisbezoek hoe mensen binnenkomen.
Toestemming: ja, via haar zoon (wettelijk vertegenwoordiger).""")

T("""Bij ons in {{w:Laak}} zien we steeds vaker dat mensen hun huur via een tussenpersoon betalen (een 'kennis' die het doorstort). Vorige maand bleek dat bij een cliënt van mij de huur al 4 mnd niet was aangekomen. De tussenpersoon had rekening [[i:NL75INGB5443815307]] opgegeven, op naam van [[p:M. Lungu]]. Aangifte loopt (pv-nr. [[ds:PL1500-2024041137]]).
Wie herkent dit? Misschien is het een patroon.
[[p:Ana]]""")

T("""Re: huur via tussenpersoon
@[[p:Ana]] ja!! Zelfde bij ons in {{w:Spoorwijk}}, ook Roemeense en Bulgaarse cliënten. Ik denk dat het dezelfde persoon of groep is. Kun je het rekeningnummer naar de {{r:wijkagent}} sturen? Bij ons ging het om [[i:NL 97 RABO 9935 4013 04]].
En: de {{o:Stichting Barka}} heeft hier een folder over in 4 talen, die kun je opvragen bij [[p:Dorota]].
[[p:Hristo Dimitrov]], {{r:straatwerker}}""")
T("""Les over schuldhulp bij statushouders (team {{w:Bouwlust}})
Situatie: Syrische vrouw (44), gescheiden, 3 kinderen. Ex-man heeft op haar naam telefoonabonnementen afgesloten. Schuld € 7.800. Adres: [[a:Melis Stokelaan 1377]], [[pc:2541GB]].
Aanpak: aangifte identiteitsfraude, brief naar de providers met hulp van {{o:Sociaal Raadslieden}}. Zaaknummer bij de gemeente: [[ds:SHV-2023-8821]].
Wat werkte: de providers scholden 2 van de 3 schulden kwijt na de aangifte.
Les: check bij gescheiden vrouwen altijd of de schulden wel echt van hen zijn.
Toestemming: ja, [[d:14-3-24]].""")

T("""Kort vraagje: weet iemand of {{o:Haag Wonen}} nog een 'maatschappelijke urgentie' kent? Ik heb een mevrouw in {{w:Morgenstond}} ([[a:Dedemsvaartweg 512]], [[pc:2545 AZ]]) wiens flat gesloopt wordt. Ze is 83 en heeft de verhuisbrief niet begrepen.
[[p:Olga]]""")

T("""@[[p:Olga]] Nee, dat heet nu 'sociale urgentie' en gaat via de gemeente, niet via de corporatie. Maar bij sloop heeft ze recht op een herhuisvestingsurgentie + verhuiskostenvergoeding (ca. € 7.000). Bewonersconsulent van het project is [[p:Henk de Jong]], [[t:088 - 123 45 67]]? Zo uit mijn hoofd, check even.
Tip: ga samen met mevrouw naar de informatieavond, ze krijgt daar voorrang als je erbij zegt dat ze alleen is.""")

T("""Intake-excerpt dat iemand als 'les' invoerde (door moderator afgeschermd, hieronder de reden):
'Naam: [[p:Fatma Yılmaz-Aksoy]], geb. [[d:01-07-1968]], BSN [[b:282783374]], adres [[a:Schalk Burgerstraat 221]], [[pc:2572 TL]], tel [[t:070-3891145]], {{r:huisarts}} dr. [[p:Pronk]]...'
Bovenstaande is geen casusles maar een intakeformulier. Graag de les zelf schrijven: wat was de situatie, wat deed je, wat leerde je. Geen gegevens uit het dossier kopiëren!
[[p:Ruud]]""")
T("""Situatie: Ghanese man (56), kerkelijk actief, diabetes, amputatie van 2 tenen. Woont op 4-hoog aan de [[a:Hobbemastraat 160-IV]], kan niet meer naar buiten. Vrouw werkt in de schoonmaak.
Aanpak: {{r:Wmo-adviseur}} regelde traplift? Kon niet (portiek). Dus: verhuizing + rolstoel. Tot die tijd: kerkleden (pastor [[p:Boateng]] organiseert) dragen hem 1x per week naar beneden voor de dienst.
Wat werkte: de kerk als informeel netwerk serieus nemen.
Les: vraag altijd naar geloofsgemeenschap, daar zit vaak meer netwerk dan in de familie.
Toestemming: ja, [[d:vrijdag 8 maart]]""")
T("""snel notitie na teamoverleg, later uitwerken als les:
- mw [[p:osei]] ({{w:zuiderpark}}) wil geen {{o:wijkverpleging}}, wel hulp van dochter [[p:abena]]
- dhr [[p:ramdin]] weer opgenomen {{o:HMC}} [[d:di 12-3]]
- gezin [[p:el khatib]]: {{o:VT}} melding gedaan door school
- [[p:jolanda]] vraagt of wij casus [[ds:24-0771]] willen overnemen
=> les: overdracht tussen teams loopt stroef, vooral als iemand verhuist van wijk naar wijk""")

T("""Waarom ik deze les deel: omdat het misging.
We hadden een meneer (62, Marokkaans, alleen) in {{w:Transvaal}} die we 'kwijtraakten' toen hij verhuisde naar {{w:Escamp}}. Overdracht via mail, nooit warm. Drie maanden later werd hij gevonden in zijn woning aan de [[a:Loevesteinlaan 229]], uitgedroogd, opname {{o:Haga}}.
Les: warme overdracht is geen luxe. Ga mee naar het eerste gesprek bij het nieuwe team.
Ik heb het er nog moeilijk mee. [[p:Khalid]], {{r:maatschappelijk werker}}""")

T("""@[[p:Khalid]] dank voor je eerlijkheid, dit is precies waarom we dit platform hebben. Bij ons in {{w:Escamp}} is naar aanleiding hiervan afgesproken: elke overdracht van buiten de wijk komt op de agenda van het teamoverleg op maandag. Ik heb [[p:Marco]] (teamleider) gevraagd dit ook voor de andere teams voor te stellen.
Sterkte. [[p:Angela Wijngaarde]]""")

T("""Casusles: 'Eerst de kinderen, dan de moeder?'
Situatie: moeder (35), Kaapverdiaans, depressief, 3 kinderen (2, 7, 10). {{o:Jeugdbescherming West}} dreigde met uithuisplaatsing. Vader uit beeld. Oma [[p:Maria Semedo]] woont in Rotterdam-Zuid, wil helpen maar kan niet elke dag komen.
Aanpak: {{r:gezinscoach}} {{o:CJG}} + {{r:POH-GGZ}} voor moeder + {{r:maatschappelijk werker}} {{o:SWT}}. Kinderen naar naschoolse opvang.
Wat werkte: oma kreeg een ov-abonnement uit het noodfonds, komt nu 3 dagen.
Les: soms is het netwerk er wel, maar ontbreekt € 90 per maand.
Toestemming: ja, [[d:2/4/2024]]""")

T("""Kan iemand mij helpen met de woorden die we gebruiken? Wij schrijven steeds 'allochtoon' of 'buitenlandse achtergrond' in de lessen. Bij de expertmeeting zei [[p:Tesfay]] dat hij dat niet prettig vindt. Wat zeggen jullie?
[[p:Marieke]] - vraag voor het platform-redactieteam""")

T("""Re: woorden
Ik schrijf liever gewoon wat relevant is: 'spreekt weinig Nederlands', 'Syrische statushouder', 'Turks-Nederlandse mantelzorger'. Alleen als het ertoe doet voor de les. Bij mevrouw [[p:Bruins]] uit mijn casus was haar Molukse achtergrond wel relevant (kamp, KNIL-verleden van haar vader), bij anderen niet.
@[[p:Marieke]] misschien een kopje in de handleiding?
[[p:Nathalie Latuhihin]]""")
T("""Situatie: Man (39), Turks, zzp'er (taxi), na corona ingestort. Belastingschuld, zorgverzekering 14 mnd achterstand, wanbetalersregeling. Woont met vrouw en 2 kinderen op [[a:De la Reyweg 118-hs]], [[pc:2571 EW]].
Aanpak: Bbz-aanvraag via {{o:Werk en Inkomen}} (kenmerk [[ds:BBZ/2024/0338]]), schuldhulp via {{o:Kredietbank}}. Vrouw ging werken bij de kinderopvang.
Wat werkte: zijn trots respecteren: 'je bent ondernemer, we maken een ondernemersplan' i.p.v. 'je hebt schulden'.
Les: zzp'ers vallen buiten de meeste regelingen, ken de Bbz.
Toestemming: getekend door beiden op [[d:13 febr. 2024]]""")

T("""Aanvulling van de {{r:schuldhulpverlener}}: het betalingsoverzicht dat we nu hanteren (voorbeeld, ANONIEM gemaakt... behalve dit dan):
Zorgverzekeraar: {{o:Zilveren Kruis}}, achterstand € 2.140, polisnr [[ds:ZK-77120493]]
Energie: {{o:Eneco}}, € 890, klantnr [[ds:1200448731]]
Huur: {{o:Staedion}}, € 1.650
Inkomsten op [[i:nl58abna2521332835]]
Ik heb het laten staan zodat jullie het format zien, maar moderator mag de nummers eruit halen.""")

T("""Situatie: Afghaanse weduwe (58), woont met haar schoonzoon en 2 kleinkinderen. Analfabeet, geen Nederlands, niet ingeburgerd (vrijstelling). Vereenzaamd. Dochter overleden in 2022.
Aanpak: {{r:welzijnscoach}} vond via de moskee een vrouwengroep in het Dari. Taalmaatje van {{o:Het Taalhuis}}.
Wat werkte: activiteit mét de kleinkinderen (moeder-kind-taalgroep werd oma-kind-taalgroep).
Les: groepen zijn vaak ingericht op 'moeders', oma's vallen erbuiten.
Toestemming: ja, via tolk, [[d:23-1-2024]]. Cliëntnummer gemeente [[ds:7004512]] (moet dit eruit?)""")

T("""[mod] @[[p:Leila]] ja het cliëntnummer moet eruit, dat heb ik gedaan. Ook 'Dari' en 'dochter overleden in 2022' samen maken het gezin in een kleine wijk mogelijk herkenbaar. Ik heb er 'taal uit Afghanistan' en 'kind overleden' van gemaakt. Overleg gerust als je het daar niet mee eens bent.
[[p:Yasmina]]""")

T("""Vraag over het thema ouderen: kennen jullie de '{{o:Zilveren Kracht}}'-vrijwilligers? Ze komen in {{w:Loosduinen}} en {{w:Kijkduin}} bij ouderen thuis. Contactpersoon is [[p:Willemijn Roos]] ([[e:w.roos@zilverenkracht.nl]], [[t:06 2893 1740]]). 
Let op: het gaat om [[p:Roos]] als achternaam, niet om de bloemenactie van de {{o:Zonnebloem}} haha. Die doen dat in mei.""")
T("""Casusles — lang, maar ik denk dat het de moeite waard is.

Situatie
Een gezin in {{w:Moerwijk}}: moeder (42, Marokkaans-Nederlands), vader (47, Marokkaans, sinds 2019 arbeidsongeschikt na een bedrijfsongeval), vier kinderen tussen 8 en 19. De oudste zoon is in beeld bij de {{o:politie}} (kleine diefstallen, 'verkeerde vrienden'). Moeder belde in januari naar het {{o:Servicepunt XL}} omdat ze 'het niet meer trok'. Ze zei letterlijk: 'ik ben de moeder, de vader, de tolk en de bank'.

Aanpak
We hebben in plaats van vier losse trajecten één gezinsplan gemaakt, met het {{o:CJG}}, de {{r:jongerenwerker}} van {{o:Xtra}} ([[p:Mourad]]), de {{r:schuldhulpverlener}} en de {{r:POH-GGZ}}. Eén {{r:casusregisseur}}: [[p:Samira]] van ons team. Eerste netwerkberaad op [[d:donderdag 1 februari]] bij het gezin thuis, [[a:Anthonie Duyckstraat 87]]. De oudste zoon zat erbij en zei niets, maar bleef wel.

Wat werkte
- vader een eigen taak geven (administratie samen met een {{r:vrijwilliger}}); hij voelde zich 'weggezet'
- de jongerenwerker zag de zoon buiten, niet op kantoor
- moeder kreeg 1 middag per week voor zichzelf (sportschool via {{o:Haagse Ooievaarspas}})

Les
Eén plan is niet genoeg, er moet ook één tafel zijn waar iedereen aan zit, ook de puber die niets zegt.

Toestemming: ja, alle gezinsleden 16+ tekenden op [[d:01-02-2024]].""")

T("""Reactie op de lange casusles uit {{w:Moerwijk}}:
Wat mooi beschreven. Eén ding: er staat een huisnummer in (onder 'Aanpak'). En de combinatie 'vier kinderen, vader arbeidsongeschikt sinds 2019, oudste bij politie' in één straat is eigenlijk al te herkenbaar, ook zonder nummer.
Verder: de Ooievaarspas-tip ga ik meteen gebruiken.
Groetjes, [[p:Mirjam]] ({{r:wijkverpleegkundige}}, {{o:Florence}}, {{w:Loosduinen}})""")
T(
    """Hoi [[p:Ruud]], in mijn les van gisteren staat per ongeluk nog het BSN van meneer ([[b:389638584]]) en dat van zijn vrouw ([[b:141.471.724]]). Ik kan het zelf niet meer aanpassen na 24 uur. Wil jij het weghalen? Dank!! [[p:Priya]]"""
)

T("""Situatie: Mw. (57), Pools, mantelzorger voor haar man met ALS. Geen netwerk in NL, dochter woont in Gdańsk. Ze werkt nog 24 uur in een hotel.
Aanpak: PGB aangevraagd, casemanager ALS van het {{o:HMC}}, respijtzorg. Aanvraag Wlz via {{o:CIZ}} ([[ds:CIZ-24-116582]]).
Wat werkte: een Poolse {{r:vrijwilliger}} van de {{o:Poolse Katholieke Missie}} die elke zaterdag komt.
Les: bij arbeidsmigranten die 'gebleven' zijn ontbreekt vaak de familie die Nederlandse mantelzorgers wel hebben.
Contact mw. [[p:Wiśniewska]]: [[t:+48 601 223 874]] (Pools nummer, WhatsApp) of [[e:anna.wisniewska77@wp.pl]]
Toestemming: ja.""")

T(
    """@[[p:Rob]] Volgens mij staat de adreslijst van de pilotgroep in de bijlage bij de uitnodiging van [[d:15 jan.]], met privé-adressen erbij (!!). Ik zie daar o.a. [[a:Bazarstraat 58]], [[pc:2518 AK]] staan. Dat hoort daar toch niet? Graag verwijderen."""
)

T(
    """[[p:Rob]] (facilitator): Goed gezien, excuses. De bijlage is vervangen door een lijst met alleen naam, team en werkmail. Voor wie de oude al gedownload heeft: graag verwijderen. Het gaat om het bestand 'deelnemers_pilot_v2.xlsx' van [[d:15 januari 2024]]."""
)

T("""Situatie: man (33), Eritrees, werkt bij een distributiecentrum. Zijn vrouw en kind zijn via gezinshereniging gekomen, wonen met zijn drieën in een studio ([[a:Jan van der Heijdenstraat 45-II]], [[pc:2525bx]]).
Aanpak: urgentieaanvraag (afgewezen), daarna via {{o:Vluchtelingenwerk}} een grotere woning in Zoetermeer.
Les: soms is de oplossing buiten de gemeente. Kijk regionaal.
Toestemming: mondeling, [[d:ma 4 maart]] (schriftelijk volgt)""")

T(
    """Tip: wie een ervaringsdeskundige zoekt voor een gesprek met een jongere die uit huis is gezet, kan bellen met [[p:Kevin Rosalia]] van {{o:Stichting Jongeren Op Straat}}: [[t:06 - 10 44 82 93]]. Hij is zelf op zijn 17e dakloos geweest en kan als geen ander contact maken. Noem [[p:Fleur]] even als doorverwijzer."""
)
T("""Verslag themagroep ouderen, bijeenkomst 3 ([[d:19-03-2024]])
Aanwezig: [[p:Wendy]], [[p:Sevda]], [[p:Olga]], [[p:Bilal]], [[p:Priya]]. Afwezig: [[p:Ingrid]].
1. Casuslessen: 14 ingevoerd. Moderator moest bij 5 ingrijpen.
2. Idee [[p:Bilal]]: 'buurtbuddy' voor ouderen die uit het ziekenhuis komen. {{o:HMC}} en {{o:Haga}} willen meedoen, contact via {{r:transferverpleegkundige}} [[p:Linda Mertens]].
3. Discussie: mogen vrijwilligers in het {{o:SWT}}-overleg zitten? {{o:Bewonersorganisatie Mariahoeve}} wil graag. Niet iedereen enthousiast i.v.m. privacy.
4. Volgende keer: [[d:2 april]], 10.00u, online.
Actie: [[p:Sevda]] maakt een opzet buurtbuddy, [[p:Wendy]] vraagt [[p:Linda]] uit te nodigen.""")

T("""Re: vrijwilligers in het SWT-overleg
Ik ben daar huiverig voor. Vorig jaar zat bij ons een {{r:vrijwilliger}} in het overleg die de buurvrouw bleek te zijn van een cliënt. Mevrouw [[p:Visser]] (de cliënt) was woedend toen ze dat hoorde. Daarna zijn we gestopt.
Wel: vrijwilligers uitnodigen voor een thema-overleg, zonder casussen. Dat werkt bij ons goed.
[[p:Bert]], {{r:teamleider}} {{o:SWT}} {{w:Scheveningen}}""")

T("""Hoi allemaal, ik ben [[p:Mei Lin]] en sinds deze week {{r:wijkverpleegkundige}} in {{w:Mariahoeve}} (overgenomen van [[p:Anouk]], die is met zwangerschapsverlof). Ik neem haar plek in de themagroep ouderen over. Mijn werknummer: [[t:06 1482 3307]].
In mei doe ik mijn eerste casusles, over een meneer met 'zorgmoeheid' (ja dat bestaat).""")

T("""Welkom [[p:Mei]]! Fijn dat je erbij bent. @[[p:Wendy]] kun je [[p:Mei]] toevoegen aan de app van de themagroep?
Kleine tip voor iedereen: in de reactievelden kun je met @ iemand noemen, maar dan krijgt diegene ook een mail. Dus niet @cliënt doen haha (is echt gebeurd, iemand tikte @[[p:Brouwer]] en dat bleek ook een cliënt te zijn én onze {{r:programmamanager}}).""")

T("""Casusles (thema bemoeizorg) - vervuilde woning
Situatie: vrouw (64), verzamelt spullen, woning [[a:Soestdijksekade 301]] onbewoonbaar, corporatie wil ontbinden. Kat(ten) onbekend aantal.
Aanpak: {{r:bemoeizorger}} + {{o:GGD}} + {{o:Dierenbescherming}} + {{o:Staedion}}. Schoonmaak in 3 fasen, mevrouw beslist zelf wat blijft.
Wat werkte: zij mocht 1 kamer 'vol' houden.
Les: bij verzamelstoornis werkt 'alles eruit' niet, dan is het binnen een jaar weer vol.
Toestemming: ja, na lang twijfelen. Datum: [[d:28-03]]""")

T("""Vraag aan {{r:wijkagenten}} in de groep (zijn er een paar toch?): wat doen jullie bij een 'verward persoon'-melding als de persoon bekend is bij ons team? Wij horen het vaak pas een week later.
Voorstel: een vaste contactpersoon per team, bij ons [[p:Jeroen Bos]] ([[t:070-3106532]], alleen tijdens kantooruren).""")
T("""Les: noodfonds bij dreigende afsluiting
Situatie: alleenstaande moeder, 2 kinderen, energie zou afgesloten worden op [[d:vrijdag 16 februari]]. Achterstand € 640.
Aanpak: aanvraag noodfonds (gemeentelijk), betaald rechtstreeks aan de leverancier. Haar rekening [[i:NL19 INGB 2862 7768 77]] stond al rood, dus niet via haar.
Wat werkte: dezelfde dag geregeld, omdat de {{r:schuldhulpverlener}} de juiste persoon kende.
Les: noodfondsen bestaan, maar je moet weten wie je belt. Lijst met contactpersonen per fonds staat onder Materiaal.
Toestemming: ja""")

T("""Situatie: man (70), Hindostaans, weduwnaar, woont in {{w:Laakkwartier}}, [[pc:2521 CR]]. Zijn zoon beheert zijn geld, maar neemt meer dan afgesproken. Meneer durft niets te zeggen ('hij is mijn enige zoon').
Aanpak: gesprek met meneer alleen (zoon kwam steeds mee, dus afspraak bij de {{r:huisarts}} gepland). Daarna mentorschap/bewind besproken. Bewindvoerder: {{o:Bewindvoering Haaglanden}}, dossier [[ds:BH-2024-0412]].
Les: 'de familie regelt het' is geen garantie. Vraag door.
Toestemming: meneer ja ([[d:09-04-2024]]), zoon niet gevraagd.""")

T(
    """Even ter info, ik heb de gegevens van de {{r:bewindvoerder}} gekregen die bij 3 van mijn cliënten betrokken is: mr. [[p:J.M.]] ([[p:Hans]]) [[p:Tuinman]], [[e:info@tuinmanbewind.nl]], [[t:070-2140980]]. Erg goed bereikbaar, dat scheelt. Verder geen ervaringen delen over hem hier, doe dat liever rechtstreeks."""
)
T("""Situatie: Somalische moeder (31), 4 kinderen, man in Somalië. Woning [[a:Oudemanstraat 12]], [[pc:2522 CS]] in {{w:Spoorwijk}}: schimmel, kinderen vaak ziek. Bijstand, maar gekort omdat ze 'geen inlichtingen verstrekte' (ze begreep de brief niet).
Aanpak: bezwaar met hulp van {{o:Sociaal Raadslieden}}, korting teruggedraaid. Woningcorporatie via de {{r:wijkverpleegkundige}} (medisch advies).
Wat werkte: een {{r:sleutelpersoon}} uit de Somalische gemeenschap, [[p:Faduma]], ging mee naar alle gesprekken.
Les: een brief is geen communicatie. Check of hij begrepen is.
Toestemming: ja.""")

T(
    """Mod-notitie bij de les hierboven: het BSN stond in de bijlage (bezwaarschrift). Bijlage verwijderd. In het bezwaarschrift stond ook het rekeningnummer ([[i:NL94KNAB3808919717]]) en de datum van de beschikking ([[d:11 december 2023]]). Gebruik nooit echte documenten als bijlage, tenzij volledig zwartgelakt. [[p:Ruud]]"""
)

T("""mw [[p:de wit]] ({{w:mariahoeve}}) vandaag niet thuis, briefje door de bus. buurman zegt dat ze sinds [[d:zondag 3/3]] niemand gezien hebben. morgen met {{r:wijkagent}} terug. dochter bellen: [[t:0613579246]]
[uit mijn werkaantekeningen gekopieerd voor de les, moet nog netjes]""")

T("""Betreft: aanmelding workshop 'Dementie en migratie' ([[d:do 21 maart]])
Naam: [[p:Hülya Arslan]]
Team: {{o:SWT}} {{w:Schilderswijk}} Noord
Functie: {{r:casemanager dementie}}
Telefoon: [[t:06-27 31 88 04]]
E-mail: [[e:h.arslan@haagsewijkenwoonzorg.nl]]
Opmerking: ik neem graag een casus mee van een Turkse meneer die weer Turks is gaan spreken en zijn Nederlands kwijt is. Zijn vrouw (mevrouw [[p:Arslan]], geen familie van mij trouwens!) vraagt wat ze kan doen.""")

T("""Verslag workshop 'Dementie en migratie'
Spreker: [[p:Saloua Ait Taleb]], {{r:verpleegkundig specialist}} {{o:Parnassia}}
Kernpunten:
- bij dementie valt de tweede taal vaak als eerste weg
- 'dementie' is in veel talen een beladen woord; spreek liever over 'vergeetachtigheid'
- schakel {{r:zorgconsulenten}} met een migratieachtergrond in ({{o:Stichting Mantelzorg en Migranten}})
Casus van [[p:Hülya]] besproken. Advies: zoek Turkstalige dagbesteding, bijvoorbeeld {{o:Dagcentrum Gezellig}} in {{w:Transvaal}}.
Volgende workshop in deze reeks: [[d:18 april]].""")

T("""Situatie: Surinaams-Creoolse mevrouw (68) met COPD, woont alleen op 2-hoog, [[a:Vlierboomstraat 314]], [[pc:2564 JG]]. Kleindochter [[p:Naomi Kross]] ([[t:06-55 31 20 94]]) komt elke dag langs maar studeert straks in Amsterdam.
Aanpak: we zijn nu al bezig met 'wat als [[p:Naomi]] weg is': boodschappendienst, {{o:Haagse Wijk- en Woonzorg}} voor ADL, buurtkamer op woensdag.
Les: plan het wegvallen van de mantelzorger vóórdat het gebeurt.
Toestemming: ja, [[d:4-4-2024]].""")
T("""Voor wie vroeg naar de Arabischsprekende mannengroep: die is op dinsdagavond in {{o:Wijkcentrum Het Kompas}}. Begeleider: [[p:Ammar Darwish]], {{r:ervaringsdeskundige}}. Aanmelden kan via mij of via hem: [[e:ammar.darwish@gmail.com]].
Het gaat niet alleen over trauma, ook over werk, kinderen, 'hoe leg ik uit aan mijn zoon dat ik hier geen dokter mag zijn'. Aanrader.
[[p:Yasmina]]""")

T("""Casusles - Huurachterstand bij een jonge man met psychische problemen
Situatie: jongen (22), schizofrenie, net zelfstandig na beschermd wonen. Huur niet betaald, want hij dacht dat {{o:Limor}} dat deed. {{o:Limor}} dacht dat de bewindvoerder het deed.
Aanpak: ronde tafel met alle drie. Huur voortaan automatisch van zijn beheerrekening [[i:NL45RABO5366211129]] (dit moet eruit natuurlijk, sorry). Achterstand in termijnen.
Les: bij de overgang van beschermd wonen naar zelfstandig wonen: maak een takenlijst wie wat betaalt.
Toestemming: ja, [[d:26 maart]].""")
T("""Situatie: Bulgaarse man (45), Turkstalig, werkt via uitzendbureau in de kassen. Heeft een ongeluk gehad op de fiets, 6 weken niet gewerkt, uitzendbureau stopte met betalen en zette hem uit de huisvesting.
Aanpak: {{r:jurist}} {{o:FNV}}, ziektewet via {{o:UWV}}. Aanvraag ZW onder BSN [[b:5031.50.393]] (ja ik weet het, maar het staat ook al in het UWV-formulier dat ik heb geüpload).
Wat werkte: {{o:Stichting Barka}} vond tijdelijke opvang.
Les: huisvesting via de werkgever = afhankelijkheid. Check dat bij elke arbeidsmigrant.
Toestemming: ja, [[d:15-04-2024]]""")

T(
    """[mod] Geüploade formulieren bij de les over de Bulgaarse man zijn verwijderd. Daarin stonden naast het BSN ook het BSN van zijn broer ([[b:303 004 241]]), die niets met de casus te maken heeft, en zijn Bulgaarse adres. Dit is precies waarom bijlagen niet zijn toegestaan. - [[p:Yasmina El Idrissi]]"""
)

T("""Overzicht zoals ik het in de casusbespreking liet zien (graag niet kopiëren):
Cliënt 1 - BSN [[b:923211299]] - {{w:Transvaal}} - schulden, GGZ
Cliënt 2 - BSN [[b:898403273]] - {{w:Transvaal}} - eenzaamheid
Cliënt 3 - BSN [[b:192470772]] - {{w:Laak}} - huiselijk geweld
Ik wilde laten zien hoeveel overlap er is. Moderator: liever de BSN's vervangen door 'cliënt A/B/C'. [[p:R. Soekhai]]""")

T("""Situatie: oudere Chinese man (80), woont alleen boven een toko in de {{w:Stationsbuurt}}. Spreekt alleen Kantonees. Zoon [[p:Kevin Huang]] woont in Canada. Meneer valt, {{r:huisarts}} vermoedt ondervoeding.
Aanpak: maaltijdservice via {{o:Stichting Chinese Ouderen}}, {{r:wijkverpleegkundige}} 2x per week. Telefoonlijst met Kantonees sprekende contactpersonen op de koelkast.
Les: taal is bij ouderen vaak het grootste obstakel, en niet te 'oplossen' met een app.
Toestemming: via zoon, telefonisch, [[d:10 april]]. BSN meneer: [[b:230 362 254]]""")
T("""Hoi! Ik probeer een les in te voeren maar de check blijft 'Bakker' markeren terwijl ik het heb over 'de bakker op de hoek die de oude man brood geeft'. Mag ik dat negeren? En hij markeert ook '{{w:Zuiderpark}}' terwijl dat gewoon een park is.
Verder loopt het goed hoor. [[p:Sandra Bakker]] (ja, mijn eigen naam mag hij wel markeren haha)""")

T("""Aanmelding slotbijeenkomst ([[d:20 juni]]) - met dieetwensen
[[p:Emre]] - halal
[[p:Olga]] - vegetarisch
[[p:Hristo]] - geen
[[p:Tesfay]] - geen varkensvlees
[[p:Mei Lin]] - glutenvrij
[[p:Jolanda]] - introducé: [[p:Frans Pattipeilohy]] (partner)
Rolstoel: 1 ([[p:Ingrid]])
Stand op [[d:10-6]]: 74 aanmeldingen.""")
T("""Situatie: gepensioneerde zeeman (77), Kaapverdiaans, woont op [[a:Duinstraat 7A]], [[pc:2584 AZ]] in {{w:Scheveningen}}. Krijgt een klein pensioen uit Kaapverdië dat steeds niet aankomt. Zijn Nederlandse AOW is onvolledig.
Aanpak: AIO-aanvulling via de {{o:SVB}}, pensioenuitkering laten overmaken naar een nieuwe rekening ([[i:NL33TRIO9646002842]]) i.p.v. contant via een kennis.
Wat werkte: zijn neef in Lissabon regelde het papierwerk daar.
Les: buitenlands pensioen is een specialisme; {{o:Sociaal Raadslieden}} wist de weg.
Toestemming: ja, [[d:woensdag 17 april]]""")

T("""Situatie: jonge vrouw (26), Antilliaanse achtergrond, 2 kinderen, woont sinds de scheiding bij haar moeder in {{w:Zuiderpark}}. Ex-partner betaalt geen alimentatie, {{o:LBIO}} is ingeschakeld (kenmerk [[ds:LBIO-2024-003571]]).
Aanpak: eigen woning via {{o:Vestia}}, kinderopvangtoeslag, baan als {{r:doktersassistente}} na opleiding via {{o:Werkgeversservicepunt}}.
Wat werkte: stap voor stap, één doel per maand.
Les: jonge moeders hebben een plan nodig dat ze zelf kunnen overzien.
Contact: [[e:jaimy_isenia@hotmail.com]] (mag ik doorgeven aan de {{r:jobcoach}}, zei ze)
Toestemming: ja""")

T("""Hoi, vraag voor de themagroep huiselijk geweld. Vrouw in de opvang, man weet niet waar ze is. Maar de {{o:Belastingdienst}} stuurt de toeslagenbrieven nog naar het oude adres ([[a:Van Ostadestraat 301-A]], [[pc:2526 GR]]) waar hij woont. Hoe voorkomen we dat hij via die brieven haar nieuwe gegevens ziet?
Ik heb gehoord van 'geheimhouding in de BRP'. Wie heeft dat eerder geregeld? [[p:Leila]]""")

T("""@[[p:Leila]] ja, dat kan: verzoek tot geheimhouding persoonsgegevens bij de gemeente (Burgerzaken). Daarnaast apart een briefadres. Bij ons heeft [[p:Joost]] dat geregeld met de {{r:aandachtsfunctionaris}} van de {{o:Blijf Groep}}. Duurt ca. 2 weken.
En: laat haar ook de DigiD-gegevens wijzigen, ex-partners weten vaak het wachtwoord.""")

T("""Verslag brainstorm 'Wonen en zorg' ([[d:di 26 maart]], {{o:Wijkcentrum De Henneberg}})
Deelnemers: 14 uit 9 teams + [[p:Erik-Jan]] ({{o:gemeente}}) + 2 {{r:woonconsulenten}} ({{o:Staedion}}, {{o:Haag Wonen}}).
Beste ideeën:
1. vaste {{r:woonconsulent}} per {{o:SWT}} (al in {{w:Escamp}}, werkt)
2. 'huisbezoek samen' bij eerste huurachterstand
3. voorrang bij urgentie voor ouderen die uit het ziekenhuis komen
Idee 1 wordt uitgewerkt door [[p:Marco]] en [[p:Kim van Dam]] ({{o:Staedion}}, [[t:088 - 7808 412]]).""")
T("""Casusles: 'Het werd pas beter toen we stopten met helpen'

Situatie
Mevrouw (53), Nederlandse, alleenstaand, langdurig in de bijstand, woont al 20 jaar in {{w:Duindorp}}. Ze is 'bekend bij iedereen': zes hulpverleners in drie jaar, allemaal vastgelopen. Ze belt veel, is boos, zegt afspraken af. In het dossier staat 'moeilijke cliënt'. De laatste {{r:consulent}} van {{o:Werk en Inkomen}} had een maatregel opgelegd, waardoor haar huur niet meer betaald werd. Haar broer [[p:Cor]] woont twee straten verder maar ze hebben al jaren ruzie.

Aanpak
Onze {{r:maatschappelijk werker}} ([[p:Sandra]]) besloot niets 'aan te bieden'. Ze vroeg alleen: wat wil jíj? Antwoord na drie gesprekken: 'dat iemand me één keer gelooft'. Het bleek dat de maatregel gebaseerd was op een brief die nooit was aangekomen (postbus was kapot). Bezwaar gewonnen, huur met terugwerkende kracht betaald.

Wat werkte
Niet het zoveelste plan, maar één keer gelijk krijgen. Daarna wilde ze zelf naar de {{r:POH-GGZ}}.

Les
'Moeilijke cliënten' hebben vaak een goede reden om boos te zijn. Zoek die reden eerst.

Toestemming: ja, getekend [[d:18-04-2024]]""")

T("""Reactie op 'Het werd pas beter toen we stopten met helpen':
Dit raakt me. Wij hebben net zo'n meneer in {{w:Bezuidenhout}}. Ik ga de vraag 'wat wil jíj' letterlijk overnemen.
Ik vraag me wel af: is '{{w:Duindorp}}' + '20 jaar' + 'broer twee straten verder' niet te herkenbaar? {{w:Duindorp}} is klein. En de naam van de broer staat er ook in.
Hartelijke groet, [[p:Annelies van der Linden]]
{{r:Maatschappelijk werker}} | {{o:Xtra}} | [[t:06 44 27 15 90]]""")

T("""Vraag over gemeentelijke regelingen:
Wie weet of de {{o:Ooievaarspas}} ook geldt voor iemand met een inkomen net boven bijstandsniveau? Cliënt heeft € 60 per maand te veel. Rekening [[i:NL69 RBRB 6825 4944 86]] laat zien dat ze aan het eind van de maand op € 0 staat. Waarschijnlijk recht op bijzondere bijstand, maar niet op de pas?
@[[p:Peter-Paul]] jij weet dit soort dingen altijd""")

T("""@[[p:Annelies van der Linden]] terecht punt, ik heb het aangepast: geen wijk meer, de broer heet nu 'familielid'. Dank je! Ik vergeet het steeds als ik aan het schrijven ben.
[[p:Sandra]] - ps: ik ben bereikbaar op [[t:070 - 752 66 40]] als je meer wilt weten over het bezwaar.""")

T("""Situatie: echtpaar (beiden 60+), Turkse achtergrond, man heeft een herseninfarct gehad. Vrouw spreekt geen Nederlands, doet alle zorg. Wonen op [[a:Weimarstraat 259-3]], [[pc:2562 HB]].
Aanpak: thuiszorg wilde man 's ochtends wassen; vrouw weigerde, 'dat doe ik'. Na gesprek met een Turkssprekende {{r:wijkverpleegkundige}} ([[p:Zeynep]], {{o:Florence}}) kwam er een compromis: thuiszorg 3x per week, zij de andere dagen.
Les: zorg aanbieden is ook de rol van de mantelzorger respecteren.
Toestemming: ja, [[d:22 april 2024]], via dochter.""")
T("""Kort: de {{r:bewindvoerder}} van mijn cliënt is gewisseld, nieuwe leefgeldrekening is [[i:NL96BUNQ4836307660]]; de oude ([[i:NL18INGB2546767191]]) wordt [[d:1 mei]] opgeheven. Dit zet ik hier omdat jullie vroegen hoe vaak dit gebeurt: 3e wissel in een jaar!! Iedere keer weer een gat van 2-3 weken zonder leefgeld.
Les (voor het thema schulden): vraag bij een wissel van bewindvoerder expliciet wie het leefgeld in de tussentijd overmaakt.""")

T("""Situatie: man (41), Marokkaans, drugsgebruik, uit huis gezet, slaapt bij wisselende vrienden in {{w:Transvaal}}. Zijn moeder (mevrouw [[p:Benali]]... nee, een andere [[p:Benali]], geen familie van onze collega) maakt zich grote zorgen.
Aanpak: {{o:Brijder}} + {{r:bemoeizorger}}, eerst contact via de moeder. Opname afgewezen (geen 'acuut gevaar'). Uiteindelijk aanmelding {{o:Maatschappelijke Opvang}}, registratienr [[ds:MO-24-2291]].
Les: moeders zijn vaak de laatste die nog contact hebben. Ondersteun ook hen.
Toestemming: moeder ja, [[d:12 mrt]], zoon mondeling.""")
T("""Situatie: 83-jarige vrouw, slechthorend, woont in een aanleunwoning ([[a:Escamplaan 1009-k]], [[pc:2547 EK]]). Ze kreeg een telefoontje van 'de bank' en gaf haar pincode. € 3.200 weg van [[i:NL88 RABO 0698 5251 53]].
Aanpak: aangifte (samen), bank vergoedde de helft. {{r:Wijkagent}} gaf voorlichting in het complex.
Les: babbeltrucs en bankhelpdeskfraude treffen vooral alleenwonende ouderen. Geef het complex een vaste folder + telefoonnummer van de {{r:ouderenconsulent}}.
Toestemming: ja, [[d:3-4-'24]]""")

T("""Les over identiteit en vertrouwen (thema jeugd/18+)
Situatie: jongen (19), geboren in Rotterdam, ouders uit Ghana, woont sinds zijn 16e in een jeugdzorginstelling, nu zelfstandig in {{w:Laak}}. Heeft geen ID-bewijs meer, dus geen bankrekening, geen baan.
Aanpak: afspraak Burgerzaken, geboorteakte opgevraagd. Tussentijds leefgeld via de {{r:mentor}} van {{o:Jeugdformaat}}. Rekening geopend ([[i:NL83ASNB0901266923]]), BSN ([[b:688742282]]) gekoppeld bij {{o:UWV}}.
Les: zonder ID bestaat een jongere bureaucratisch niet. Check dit vóór het 18e jaar.
Toestemming: ja, [[d:za 6/4]].""")

T("""Moderatorlog week 15 (intern voor pilotgroep)
- 4 lessen aangepast (namen, 2x huisnummer, 1x BSN [[b:983040746]])
- 1 reactie verborgen (iemand herkende een cliënt)
- 2 bijlagen verwijderd
- verzoek van [[p:Naima]]: automatische check markeert '{{w:Moerwijk}}' als naam -> doorgegeven aan de leverancier
- 1 melding datalek overwogen (rekeningnummer [[i:NL71SNSB4702664028]] stond 3 dagen online), na overleg met {{r:FG}}: geen melding {{o:AP}} nodig
[[p:Ruud]] / [[p:Yasmina]]""")
T(
    """Wie wil volgende week meedraaien op het spreekuur in {{w:Ypenburg}}? [[p:Marloes]] is ziek. Spreekuur is van 9 tot 12, {{o:Servicepunt XL Ypenburg}}. Even appen naar [[t:+31(0)6 4019 7733]]."""
)

T("""Bedankt voor jullie reacties op mijn les over de jonge vader! Update: hij heeft een woning toegewezen gekregen, [[a:Meppelweg 848]], [[pc:2544 AM]] (mag ik dit delen? Hij is er zo trots op... nee, ik haal het weg). Hij begint [[d:maandag 13 mei]] met werken bij een bezorgdienst.
[[p:Kofi]]""")

T("""Situatie: mevrouw (62), Iraanse achtergrond, gevlucht in de jaren '90, alleenstaand. Na een burn-out afgekeurd, WIA. Lijdt aan eenzaamheid, contact met familie in Iran is moeilijk.
Aanpak: {{r:welzijnscoach}} zocht naar haar vroegere beroep (ingenieur), nu {{r:vrijwilliger}} bij het {{o:Repair Café}} in {{w:Bomenbuurt}}.
Wat werkte: een plek waar ze iets kan wat anderen niet kunnen.
Les: eenzaamheid bestrijd je niet met 'gezelligheid' maar met betekenis.
Toestemming: ja. Mevrouw wil graag gemaild worden als de les gelezen wordt: [[e:shirin.farahani@outlook.com]]. BSN voor de administratie: [[b:359136266]]""")

T("""Terugkoppeling {{r:privacy officer}} {{o:gemeente Den Haag}} (mr. [[p:Evelien Dorrestijn]]) na de evaluatie:
'Het platform laat zien dat goed anonimiseren moeilijk is. Vooral de combinatie van kenmerken maakt mensen herkenbaar. Advies: naast de automatische check een vier-ogen-principe.'
Haar contactgegevens voor vragen: [[e:privacy@denhaag.nl]], [[t:0031 70 353 3000]].""")
T(
    """Dag allen, [[p:Wendy]] hier. Morgen ([[d:vrijdag 14 juni]]) geen themagroep ouderen, ik zit bij de inspectie. Wel: denk na over je top-3 lessen voor de slotbijeenkomst! Stuur ze naar [[e:w.deboer@mooiwelzijn.nl]] vóór [[d:18 juni]]."""
)

T("""Situatie: jongeman (24), Pools-Nederlands, LVB, werkt bij een sociale werkplaats ({{o:Haeghe Groep}}). Woont bij zijn vader op [[a:Thorbeckelaan 616]], [[pc:2564 CC]] in {{w:Bohemen}}. Vader drinkt, jongen wordt 'klusjesman' voor de buren en krijgt niets betaald. Meldde zich zelf bij de {{r:MEE-consulent}}.
Aanpak: begeleid wonen (aanmelding [[ds:IPSE-AANM-24-0117]]), {{r:jobcoach}} erbij.
Les: LVB'ers worden vaak 'gebruikt'. Vraag concreet: wie vraagt jou om dingen te doen?
Toestemming: ja, [[d:29-04-2024]], BSN: [[b:9086.36.726]]""")

T("""Vraag: is er een vaste contactpersoon bij {{o:Veilig Thuis}} voor de pilotgroep? Bij de kick-off werd [[p:Mieke]] genoemd, maar haar nummer ([[t:070-3469 210]]) werkt niet meer.
[[p:Jamila]]: klopt, [[p:Mieke de Haan]] is met pensioen. Nieuwe contactpersoon is [[p:Gökhan Yüksel]], [[e:g.yuksel@veiligthuishaaglanden.nl]].""")


# ---------------------------------------------------------------- build and verify
def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, raw in enumerate(TEXTS):
        text, pii, keep = parse(raw)
        add_auto_keep(text, pii, keep)
        spans = sorted(pii + keep, key=lambda x: (x["start"], x["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", i, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (i, sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (i, sp)
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), (i, sp)
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), (i, sp)
        assert pii, ("text without personal data", i)
        rows.append({"id": "ho59-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


if __name__ == "__main__":
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout59.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d texts to %s" % (len(rows), out))
