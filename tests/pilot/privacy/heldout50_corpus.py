#!/usr/bin/env python3
"""Held-out test corpus 50: narrative reports by wijkteam professionals
(intake / keukentafelgesprek Wmo, Jeugdwet, Participatiewet; voortgangsrapportages;
evaluaties ondersteuningsplan; overdrachtsverslagen; crisisnotities weekenddienst).

Markup in TEXTS:  [[code:text]] = pii span, {{code:text}} = keep span.
pii codes:  p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, z dossier
keep codes: w wijk, o org, r role
[[b:@]] / [[b:@.]] / [[b:@ ]]  -> generated valid BSN (plain / dotted / spaced)
[[i:@BANK]] / [[i:@BANK ]]      -> generated valid NL IBAN (compact / spaced)
Deterministic: fixed random seed. Stdlib only.
"""

import json
import os
import random
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

RNG = random.Random(5050)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def make_bsn(fmt):
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d + [last]))
            break
    assert bsn_ok(s)
    if fmt == ".":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == " ":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def iban_numeric(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def make_iban(bank, spaced):
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    check = 98 - iban_numeric(bban + "NL00") % 97
    s = "NL%02d%s" % (check, bban)
    assert iban_ok(s)
    if spaced:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}")


def render(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            code, val = m.group(1), m.group(2)
            if code == "b" and val.startswith("@"):
                val = make_bsn(val[1:])
            elif code == "i" and val.startswith("@"):
                spec = val[1:]
                val = make_iban(spec.strip(), spec.endswith(" "))
            lab, bucket = PII[code], pii
        else:
            code, val = m.group(3), m.group(4)
            lab, bucket = KEEP[code], keep
        bucket.append({"start": n, "end": n + len(val), "label": lab, "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
    return text, pii, keep


TEXTS = []
T = TEXTS.append

# ---------------- Wmo: intake / keukentafelgesprek ----------------
T("""Verslag keukentafelgesprek Wmo d.d. [[d:14-03-2024]]
Aanwezig: mw. [[p:Yilmaz]] (cliënt, 71 jaar), haar dochter [[p:Elif]], {{r:Wmo-adviseur}} [[p:Kees Brouwer]] en ondergetekende ({{r:wijkverpleegkundige}}).
Mevrouw [[p:Emine Yilmaz]] woont sinds 1998 op de [[a:Hoefkade 312-hs]] ([[pc:2526 BV]]) in de {{w:Schilderswijk}}. Zij heeft COPD en loopt sinds een val in januari met een rollator. Zelfstandig douchen lukt niet meer; [[p:Elif]] komt drie keer per week, maar werkt fulltime en raakt overbelast. Afgesproken: aanvraag huishoudelijke ondersteuning en een douchestoel via het {{o:Wmo-loket}}, aanvraagnummer [[z:W24.00813]]. [[p:Elif]] is bereikbaar op [[t:06-41238819]]. Vervolggesprek over twee weken, op dinsdag.""")

T("""Keukentafelgesprek bij dhr. [[p:Baldewsingh]] op [[d:maandag 8 januari 2024]], thuis aan de [[a:Paul Krugerlaan 45-II]], {{w:Transvaal}}.
Meneer is 83, weduwnaar sinds 2021, en woont op drie hoog zonder lift. Hij komt eigenlijk alleen nog naar beneden als zijn kleinzoon [[p:Rishi]] boodschappen komt brengen. Zijn vrouw [[p:Chandrika]] regelde vroeger alles; de post ligt nu ongeopend in een la. Ik heb met hem samen de brieven doorgenomen: een aanmaning van {{o:Eneco}} en een brief van het {{o:CAK}}. Meneer wil graag verhuizen naar een benedenwoning in de buurt van de mandir. Urgentieaanvraag besproken, hij twijfelt nog. Kleinzoon [[p:Rishi Baldewsingh]]: [[t:06 52 19 77 03]].
Vervolgens: aanmelding {{r:ouderenconsulent}} en administratieve hulp bij {{o:Humanitas}}.""")

T("""Intake Wmo – mevrouw [[p:Agnieszka Kowalczyk]] (geb. [[d:14-02-1986]])
Mw. werd aangemeld door de {{r:praktijkondersteuner}} van huisartsenpraktijk {{o:De Kraai}}. Zij heeft sinds een bedrijfsongeval in het Westland een dwarslaesie en zit in een rolstoel. Woont met haar man [[p:Paweł]] en dochter [[p:Zuzanna]] (9) in een portiekflat aan de [[a:Loevesteinlaan 34]], [[pc:2531 AG]]. De woning is niet aangepast; mw. slaapt in de woonkamer. Gesprek gevoerd met tolk Pools via de telefoon. Man werkt via een uitzendbureau, wisselende diensten. Aanvraag woningaanpassing en traplift afgewogen tegen verhuizing; voorkeur van het gezin is verhuizen binnen {{w:Bouwlust}} ivm school van [[p:Zuzanna]]. E-mail mw.: [[e:agnieszka.kowalczyk86@wp.pl]]. Zaak geregistreerd onder [[z:WMO-2024-11873]].""")

T(
    """Ik was vanochtend bij mevrouw [[p:Roos]] voor het eerste gesprek. Mw. [[p:Roos]] (76) is na een heupoperatie in het {{o:HMC Bronovo}} thuisgekomen en heeft een {{r:wijkverpleegkundige}} van {{o:Buurtzorg}} voor de wondzorg. Haar zoon [[p:Martijn Roos]] woont in Groningen en belt elke avond ([[t:06-28 31 40 75]]). Buurman [[p:Henk]] van de overkant doet de vuilniszakken. Ze wil vooral hulp bij het huishouden en iemand om mee te wandelen als ze weer kan. Ik heb haar in contact gebracht met het maatjesproject van {{o:Vóór Welzijn}}. Adres voor de indicatie: [[a:Sweelinckstraat 117]], [[pc:2517 GZ]]."""
)

T("""Wmo-gesprek [[d:22/2]]
Cliënt dhr. [[p:Nguyen Van Thanh]] (67), sinds 1983 in NL, spreekt redelijk Nederlands. Aanwezig ook zijn dochter [[p:Linh]] die tolkte waar nodig. Meneer heeft Parkinson en valt steeds vaker; in december lag hij een nacht op de badkamervloer tot [[p:Linh]] hem vond. Hij wil niet naar een verpleeghuis. Personenalarmering aangevraagd, douchebeugels via {{o:Haag Wonen}} (huurdersnummer [[z:HW-0045871]]). Dagbesteding bij {{o:Stichting Vietnamese Ouderen}}? Meneer is er eerder geweest in 2019 maar stopte toen zijn vrouw ziek werd. Adres: [[a:Erasmusweg 1180]], {{w:Moerwijk}}. Dochter: [[t:0681345522]], [[e:linh.nguyen@outlook.com]].""")

T("""KEUKENTAFELGESPREK
Datum: [[d:do 11 april]]
Cliënt: [[p:Fatma Demir]]
Adres: [[a:Vaillantlaan 3 bis]], [[pc:2526HC]] Den Haag
BSN: [[b:@.]]
Hulpvraag: mw. is 58, heeft reuma en depressieve klachten. Sinds haar man [[p:Hüseyin]] in 2022 is overleden, lukt het huishouden niet meer. Haar zoon [[p:Burak]] woont in Rotterdam en komt in het weekend. Mw. geeft aan zich te schamen voor hulp van buitenaf. Besproken dat een vrouwelijke hulp uit de buurt mogelijk is. Ook verwezen naar de {{r:POH-GGZ}} van haar huisarts dr. [[p:Kuiper]].
Uitkomst: indicatie hh-ondersteuning 3 uur per week, via {{o:Florence}}.
[[p:Saskia]], {{r:Wmo-consulent}} {{w:Laak}}""")

T(
    """Mevrouw [[p:Chen]] belde zelf naar het {{o:Servicepunt XL}} in {{w:Bouwlust}} omdat ze na de dood van haar man niemand meer spreekt. Op [[d:5 maart]] ben ik bij haar thuis geweest aan de [[a:Melis Stokelaan 1470]]. Mevrouw [[p:Chen Mei Ling]] is 79 en woont hier al 35 jaar; haar kinderen wonen in Amsterdam en Shanghai. Ze spreekt Kantonees en een beetje Nederlands. In mei gaat haar kleindochter [[p:Mei]] studeren in Delft en wil dan vaker langskomen. Ik heb het ouderenwerk van {{o:Xtra}} ingeschakeld en gevraagd of er een Chinese vrijwilliger is. Contact kleindochter [[p:Mei]]: [[t:06-14 90 33 28]]."""
)

T("""Keukentafel gezin [[p:Mensah]], [[d:vrijdag 19-4]].
Dhr. [[p:Kwame Mensah]] (54) heeft sinds zijn herseninfarct in het najaar een halfzijdige verlamming. Zijn vrouw [[p:Akosua]] zorgt voor hem naast haar werk in de schoonmaak bij het {{o:Haga Ziekenhuis}}. Het gezin woont aan de [[a:Mient 409]] in {{w:Bouwlust}}, sinds 2016; daarvoor in Amsterdam Zuidoost ([[a:Bijlmerdreef 1203]]). Dochter [[p:Ama]] (17) zit in de examenklas en neemt veel zorg op zich. Mw. is duidelijk overbelast, slaapt slecht. Respijtzorg en mantelzorgondersteuning via de {{r:mantelzorgconsulent}} besproken; [[p:Ama]] wordt aangemeld bij {{o:Jong Mantelzorg}}. Telefoon mw. [[p:Mensah]]: [[t:+31 6 4422 1907]].""")

T("""Aanmelding via de {{r:huisarts}}, dr. [[p:De Haan]] ({{o:Gezondheidscentrum Laakkwartier}}).
Dhr. [[p:Hans Bakker]], 62, alleenstaand, [[a:Stuwstraat 17-1]]. Chronisch alcoholgebruik, beginnend Korsakov vermoed. [[p:Bakker]] zegt zelf dat het goed gaat, maar de buren klagen over geluidsoverlast en stank. Keukentafelgesprek op [[d:28 feb.]] samen met {{r:SPV}} [[p:Marco]] van {{o:Brijder}}. Meneer liet ons binnen na lang aanbellen. Koelkast leeg, pakken wijn in de gang. Hij noemde zijn broer [[p:Gerrit]] als contactpersoon, maar had geen nummer. Via de zus van een buurvrouw later nummer van [[p:Gerrit Bakker]] gekregen: [[t:0174-612093]] (Naaldwijk). Vervolg: bemoeizorgtraject, dossiernummer {{o:Brijder}} [[z:BRY-231187]].""")

T("""Verslag huisbezoek Wmo
Cliënt: mevrouw [[p:Khadija Ouali]], 44, [[a:Jan Blankenstraat 71]], [[pc:2525 SB]].
Aanleiding: verzoek om begeleiding thuis. Mw. heeft een licht verstandelijke beperking en drie kinderen (11, 8 en 5). De MEE-consulent, [[p:Ilse]], kent haar al uit 2020. Ex-partner [[p:Nordin Azzouzi]] betaalt onregelmatig alimentatie. Zus [[p:Yasmina]] helpt met de administratie maar gaat in juni verhuizen naar Breda. Ambulante begeleiding via {{o:Ipse de Bruggen}} aangevraagd, 4 uur per week. Let op: post gaat soms nog naar het oude adres, [[a:Hobbemastraat 126-3]].""")

T(
    """Kort verslag keukentafelgesprek, [[d:3 okt 2023]]. Aanwezig mw. [[p:Wiśniewska]], haar schoonzoon [[p:Tomasz]] en ik. Mw. (69) is vorig jaar vanuit Poznań naar NL gekomen om bij haar dochter [[p:Magda]] te wonen, op de [[a:Kijkduinsestraat 640]], [[pc:2554 AL]]. Dochter werkt nachtdiensten in een kas. Mw. heeft beginnende dementie en dwaalt; vorige week vond de {{o:politie}} haar bij het {{w:Zuiderpark}}. Casemanager dementie ([[p:Marloes]], {{o:Florence}}) is ingeschakeld. Dagbesteding: lastig ivm taal. Telefoon dochter [[p:Magda Wiśniewska]]: [[t:+48 512 334 901]] en NL-nummer [[t:06-87 12 30 44]]."""
)

T(
    """Gesprek met meneer [[p:Tavares]] ([[p:Nilton]], 49) over vervoer en dagbesteding. Hij is na een amputatie van zijn onderbeen rolstoelafhankelijk en kan niet meer werken in de haven. Sinds [[d:1 december 2023]] woont hij in een aangepaste woning aan de [[a:Leyweg 204-B]]; daarvoor in een bovenwoning aan de [[a:Ketelstraat 38A]]. Zijn broer [[p:Elton]] en schoonzus [[p:Djamila Fortes]] wonen om de hoek. Meneer wil graag vrijwilligerswerk bij de Kaapverdiaanse vereniging. Regiotaxi-pas aangevraagd, klantnummer {{o:Regiotaxi Haaglanden}} [[z:RTX 4408127]]. Hij gaf het nummer van [[p:Djamila]] als noodcontact: [[t:06-33 09 18 72]]."""
)

T("""Wmo verslag – mw. [[p:Hirsi]] – [[d:dinsdag 16 januari]]
Mevrouw [[p:Sahra Hirsi]] is 38 en heeft MS, diagnose in 2019 gesteld in het {{o:HMC}}. Zij woont met vier kinderen in {{w:Transvaal}}, [[a:Kempstraat 12-hs]]. De oudste, [[p:Mohamud]] (16), tilt haar in en uit bed als de thuiszorg niet komt. Mw. wil niet dat de kinderen dit doen maar ziet geen andere oplossing. Haar man [[p:Abdi Warsame]] werkt als taxichauffeur en is vaak 's nachts weg. Gesprek in het Somalisch met sleutelfiguur [[p:Hodan]] ({{o:Stichting Somalische Vrouwen}}). Aanvraag tillift en extra ADL-zorg; melding naar {{o:Jong Mantelzorg}} voor [[p:Mohamud]]. Zaaknummer [[z:2024-WMO-00417]].""")

T("""Aan: {{r:Wmo-adviseur}} [[p:Kees]]
Van: [[p:Annemiek]] ({{r:ouderenadviseur}} {{o:Xtra}})
Betreft: aanvraag scootmobiel dhr. [[p:J. Smit]], [[a:Oude Haagweg 17]], [[pc:2552 ES]], geb. [[d:2-9-1941]]

[[p:Kees]], zoals besproken heb ik meneer [[p:Smit]] vorige week bezocht. Hij kan nog maar 50 meter lopen en wil graag zelf naar de markt en naar zijn vrouw [[p:Greet]], die sinds [[d:15 november]] in {{o:Woonzorgcentrum Swetterhage}} woont. Hun dochter [[p:Corrie]] ([[t:06-10 20 44 81]]) wil meebetalen aan een eigen bijdrage als dat nodig is. Kun jij de indicatie verder oppakken?
Groet, [[p:Annemiek]]""")

T("""Intake Wmo [[d:12-6-2024]]
mw [[p:ahmadi]] (45, Afghaanse achtergrond, sinds 2016 in NL) komt met vraag over begeleiding. Mw. woont alleen met dochter [[p:Zahra]] (14) op [[a:Dierenselaan 88]]. Man overleden in Kabul 2015. PTSS, behandeling bij {{o:i-psy}} gestopt omdat tolk steeds wisselde. Mw. spreekt Dari, dochter tolkt vaak — niet wenselijk. Afspraak gemaakt met {{o:VluchtelingenWerk}} ([[p:Farid]], {{r:maatschappelijk begeleider}}) voor gezamenlijk gesprek. Tel. mw. [[p:Mahbooba Ahmadi]]: [[t:06 19 40 72 88]].""")

T("""Keukentafelgesprek bij de familie [[p:Petrov]], [[a:Wolweverstraat 3]], [[pc:2512 AB]]. Datum: [[d:24.01.2024]].
Dhr. [[p:Stoyan Petrov]] (61) en mw. [[p:Ralitsa Petrova]] (59) kwamen in 2014 uit Plovdiv. Dhr. heeft na een hartinfarct een ICD en mag niet meer zwaar werken. Mw. poetst bij particulieren, zwart. Hun zoon [[p:Todor]] woont in Sofia, de dochter [[p:Desislava]] in {{w:Laak}}. Vraag: huishoudelijke hulp kan niet want mw. doet het zelf; eigenlijk gaat het om geld. Doorgezet naar {{o:Sociaal Raadslieden}} voor toeslagen en naar de {{r:schuldhulpverlener}}. Contact dochter: [[t:06-45 61 09 23]], [[e:desi.petrova@abv.bg]].""")

T("""Verslag 2e gesprek Wmo – [[d:2 mei]]
Bij dit gesprek waren ook buurvrouw [[p:Marja Visser]] en de {{r:wijkverpleegkundige}} [[p:Esther]] aanwezig. Dhr. [[p:Koster]] (88) heeft sinds de vorige keer twee keer zijn medicatie dubbel ingenomen. [[p:Visser]] houdt een oogje in het zeil maar is zelf 80. De kinderen ([[p:Peter]] in Leiden, [[p:Annelies]] in Canada) zijn op de hoogte gebracht. Medicijnrol via de apotheek geregeld, en een dementiescreening bij de {{r:specialist ouderengeneeskunde}}. Dhr. [[p:Willem Koster]], [[a:Van Musschenbroekstraat 55]], {{w:Bezuidenhout}}. [[p:Peter]]: [[t:071-5143098]].""")

T(
    """Mevrouw [[p:Isenia]] (53, Curaçao) heb ik op [[d:zo 14/1]] — nee, [[d:ma 15/1]] — gesproken. Ze woont met haar kleinzoon [[p:Jurick]] (10) op de [[a:Westduinweg 228]] in {{w:Duindorp}}. Haar dochter [[p:Giselle]] zit in detentie tot eind dit jaar. {{o:Jeugdbescherming West}} is betrokken bij [[p:Jurick]] (zaaknr. [[z:JBW-2023-5531]]), de gezinsvoogd is [[p:Roel]]. Mw. heeft zelf diabetes en nierproblemen en vraagt hulp bij vervoer naar de dialyse. Telefoon mw. [[p:Rosaria Isenia]]: [[t:06-50 91 22 14]]."""
)

T("""Huisbezoek [[d:6 juni 2024]], dhr. [[p:Al-Khatib]]
Meneer [[p:Mahmoud Al-Khatib]] (72) kwam in 2017 via gezinshereniging bij zijn zoon [[p:Omar]] wonen. Sinds [[p:Omar]] met zijn gezin naar Zoetermeer is verhuisd woont meneer alleen op de [[a:Troelstrakade 62]], [[pc:2531 AA]]. Hij spreekt alleen Arabisch, heeft suikerziekte en staar aan beide ogen. Eenzaamheid staat voorop. Schoondochter [[p:Rasha]] doet de boodschappen op zaterdag. Aangemeld bij de {{r:welzijnscoach}} van {{o:MOOI}} voor de Arabische ouderengroep in het {{o:wijkcentrum}}. Staaroperatie gepland in het {{o:Haaglanden MC}}. [[p:Omar]]: [[t:06-24 88 13 57]], [[p:Rasha]]: [[e:rasha.alhassan93@gmail.com]].""")

T(
    """Nav gesprek aan de keukentafel met mw. [[p:Sabajo]] en haar broer. Mw. [[p:Ingrid Sabajo]] (64) heeft na een CVA afasie. Broer [[p:Ronald Sabajo]] regelt veel, maar woont in Almere. Zij wil in haar huis blijven: [[a:Zuidlarenstraat 51]], [[pc:2545 VN]], {{w:Morgenstond}}. Logopedie loopt via het {{o:Sophia Revalidatie}}. Wat mist: iemand die dagelijks even kijkt. Idee van de broer: buurvrouw [[p:Lucia]] tegen vergoeding (pgb). Pgb-vaardigheid besproken, broer wordt gemachtigde. Zaaknummer [[z:WMO-24-3318]]. Contact broer [[t:06-12 93 40 58]] / [[e:r.sabajo@ziggo.nl]]."""
)

T(
    """Eerste gesprek Wmo, mw. [[p:Ionescu]], [[d:2024-02-20]]. Mevrouw [[p:Andreea Ionescu]] (34) werd doorverwezen door de {{r:maatschappelijk werker}} van het {{o:Haga Ziekenhuis}} na een opname wegens een psychose. Ze woont in een kamer op de [[a:Hoefkade 808-2]], onderhuur, geen inschrijving in de BRP. Partner [[p:Florin]] is terug naar Roemenië. Zonder inschrijving geen Wmo-indicatie; eerst inschrijving regelen via een briefadres bij het {{o:Leger des Heils}}. {{r:SPV}} van {{o:Parnassia}} [[p:Jolanda]] blijft betrokken, dossier [[z:PAR-0092211]]. Bereikbaar: [[t:+40 722 123 456]]."""
)

T(
    """Dhr. [[p:Van der Hoop]] (rolstoel, 74) wil graag naar de dagbesteding in {{w:Loosduinen}}, maar het vervoer lukt niet. Keukentafelgesprek [[d:17-10-'23]] samen met zijn vrouw [[p:Truus]]. Zij is 71 en heeft zelf rugklachten. Ze woonden tot 2021 op de [[a:Kraaienlaan 19]] in Rijswijk en zijn toen verhuisd naar een seniorenflat aan de [[a:Nieuwe Haven 81]]. Mantelzorg door dochter [[p:Sandra van der Hoop]] ("niet van de ggz, hoor", grapte ze, want ze krijgt post voor {{o:De Hoop}}). Vervoer aangevraagd via de Wmo. Tel. [[p:Sandra]] [[t:06-40 01 55 82]]."""
)

T(
    """Gesprek op [[d:woensdag 31 juli]] bij mevrouw [[p:Kaya]] thuis, [[a:Renbaanstraat 21]]. Aanwezig: mw. [[p:Aysel Kaya]], haar buurvrouw en vriendin [[p:Hatice Öztürk]] die vertaalde, en [[p:Lisa]] van {{o:Stichting Mantelzorg Den Haag}}. Mw. zorgt voor haar man [[p:Osman]] (dementie, fase 3) en haar moeder van 92. Ze slaapt al maanden niet door. Broer [[p:Cem]] in Duitsland belt wekelijks ([[t:+49 1521 2345678]]). Afspraken: logeeropvang voor dhr. 1 weekend per maand, aanmelding casemanager dementie, mw. zelf naar de huisarts."""
)

# ---------------- Jeugdwet: keukentafel / intake gezin ----------------
T("""Keukentafelgesprek Jeugdwet, gezin [[p:Ramdin]] – [[d:woensdag 7 februari]]
Gesprek bij het gezin thuis aan de [[a:Soesterbergstraat 61]] in {{w:Moerwijk}}. Aanwezig: moeder [[p:Sunita Ramdin-Jagessar]], stiefvader [[p:Radjesh]] en de {{r:jeugdconsulent}} van het {{o:CJG}}, [[p:Lotte]]. Zoon [[p:Wiraj]] (13) zat boven en wilde niet aansluiten. School ({{o:Johan de Witt Scholengroep}}) meldt sinds de herfstvakantie veel verzuim; de {{r:leerplichtambtenaar}} heeft een zorgmelding gedaan (kenmerk [[z:LP-2024-0193]]). Moeder vertelt dat [[p:Wiraj]] na de scheiding weinig contact meer heeft met zijn vader, [[p:Anand Mahabier]]. Opa [[p:Mahabier]] belt soms vanuit Paramaribo ([[t:+597 8812345]]). Afspraak: via de {{r:huisarts}} een verwijzing naar {{o:Youz}} voor diagnostiek.""")

T("""Intake jeugd – [[p:Dounia]] (15) en moeder mw. [[p:El Amrani]]
Op [[d:4 maart]] jl. aangemeld door de {{r:intern begeleider}} van het {{o:Zandvliet College}}. [[p:Dounia]] snijdt zichzelf, er zijn foto's rondgegaan in een groepsapp. Moeder [[p:Naima El Amrani]] wist van niets en schrok. Vader [[p:Said]] woont in Utrecht, contact via WhatsApp ([[t:06-15 73 24 90]]). Gezin woont op de [[a:Hoefkade 1045]], [[pc:2526 CJ]]. [[p:Dounia]]'s oudere zus [[p:Imane]] (19) is haar steun. Afspraak met {{o:Youz}} crisisdienst gemaakt, {{r:jeugdarts}} van het {{o:CJG}} geïnformeerd. {{o:CJG}}-dossier [[z:CJG-55210-B]].""")

T("""Gezinsgesprek [[d:19 september 2023]], [[a:Trompstraat 287]], {{w:Zeeheldenkwartier}}.
Vader [[p:Dennis de Jong]], moeder [[p:Priscilla Pinas]], kinderen [[p:Jayden]] (6), [[p:Noëlla]] (4) en baby [[p:Xavi]]. Vader is sinds de zomer werkloos, moeder heeft postnatale depressie. De {{r:jeugdverpleegkundige}} van het {{o:consultatiebureau}}, [[p:Mirjam]], meldde dat de baby weinig aankomt. Oma van moederskant, [[p:Yvonne Pinas]] ([[t:06 28 75 10 96]]), wil helpen maar woont in Lelystad. Er is eerder een melding bij {{o:Veilig Thuis}} geweest (2021, [[z:VT-2021-04418]]), die is afgesloten. Plan: Home-Start vrijwilliger, gezinscoach via het {{o:Jeugdteam}}, huisarts voor moeder.""")

T(
    """Keukentafel Jeugdwet [[d:7-11]]: mw. [[p:Ghebremedhin]] ([[p:Semhar]], 31) met zoon [[p:Yonas]] (8) en dochter [[p:Feven]] (5). Gezin kwam in 2019 uit Eritrea via Ethiopië, statushouders, wonen op de [[a:Mr. P. Droogleever Fortuynweg 42]] in {{w:Wateringseveld}}. Vader [[p:Mebrahtu]] zit nog in Soedan, gezinshereniging loopt via {{o:VluchtelingenWerk}} (IND-zaak [[z:2304-1188-7710]]). [[p:Yonas]] heeft nachtmerries en slaat andere kinderen. School zegt: traumabehandeling nodig. Verwijzing naar {{o:i-psy}} jeugd via de huisarts. Tolk Tigrinya nodig bij alle gesprekken. Tel moeder [[t:06-84 30 19 67]]."""
)

T("""Intakeverslag jeugd
Datum: [[d:15 januari 2024]]
Kind: [[p:Milan Vos]], geboren [[d:08-06-2011]]
Ouders: [[p:Kevin Vos]] (vader, [[a:Melis Stokelaan 902]]) en [[p:Sharon Hoek]] (moeder, [[a:Beresteinlaan 311]])
Gescheiden ouders, strijd over de omgang. [[p:Milan]] woont bij moeder in {{w:Bouwlust}} en gaat om het weekend naar vader. Hij vertelt de {{r:jeugdconsulent}} dat hij 'er klaar mee is' en liever bij opa [[p:Vos]] zou wonen. De {{o:Raad voor de Kinderbescherming}} heeft eerder onderzoek gedaan (RvdK-nummer [[z:RvdK 2022/118273]]). Mediation via het {{o:Juridisch Loket}} besproken. Vader: [[t:06-27 43 88 10]], moeder: [[t:06-11 09 72 36]].""")

T(
    """Gesprek met moeder [[p:Oksana Kovalenko]] (Oekraïne, sinds maart 2022 in NL) over haar zoon [[p:Artem]] (12). Datum: [[d:wo 28 feb]]. Zij woont met [[p:Artem]] en haar moeder [[p:Halyna]] in de gemeentelijke opvang aan de [[a:Laan van Nieuw Oost-Indië 150]], kamer 3.12. [[p:Artem]] weigert naar de ISK te gaan en zit de hele dag online met klasgenoten in Kharkiv. Vader [[p:Dmytro]] is in dienst, weinig contact. Moeder is ten einde raad. Afspraken: schoolmaatschappelijk werk ({{o:Xtra}}), gesprek met de {{r:leerplichtambtenaar}}, sportclub via het {{o:Jeugdfonds Sport & Cultuur}}. E-mail moeder: [[e:oksana.kovalenko@ukr.net]]."""
)

T("""Keukentafelgesprek gezin [[p:Martina]] op [[d:maandag 12 augustus]].
Moeder [[p:Shirley Martina]] heeft drie zoons van twee vaders. De middelste, [[p:Shurandy]] (14), is opgepakt voor een winkeldiefstal in {{o:Westfield Mall of the Netherlands}}; {{o:Bureau Halt}} heeft een zaak geopend ([[z:HALT-2024-3391]]). Oudste zoon [[p:Gianni]] (19) is zelf net uit {{o:Jeugdinrichting Teylingereind}}. Moeder werkt als {{r:helpende}} in de thuiszorg en doet het alleen. Haar zus [[p:Giselle Francisca]] ([[t:06-39 51 28 60]]) is belangrijk voor de jongens. Gezin woont sinds 2020 aan de [[a:Zonnebloemstraat 92]] in {{w:Transvaal}}, eerder op de [[a:Parallelweg 12B]]. Doel: [[p:Shurandy]] aan het voetballen bij {{o:HVV Laakkwartier}}, mentor via {{o:Big Brothers Big Sisters}}.""")

T(
    """Tel. intake CJG [[d:13/3]]: vader [[p:Jan-Willem Bakker]] belt over zijn dochter [[p:Iris]] (9), die niet meer durft te slapen sinds het overlijden van haar moeder in december. Hij is zelf {{r:politieagent}} en werkt onregelmatig; opa en oma [[p:Bakker]] uit Wassenaar vangen op. [[p:Iris]] zit op {{o:De Haagse Beek}}, juf [[p:Roos]] heeft hem aangeraden te bellen. Rouwverwerking kindergroep bij {{o:Stichting Achter de Regenboog}} besproken. Adres: [[a:Fahrenheitstraat 540]], [[pc:2561 DK]]. Terugbelnummer [[t:06-43 10 82 57]]."""
)

T(
    """Aanmelding van [[p:Emre]] (17) en zijn ouders, dhr. en mw. [[p:Şahin]], via de {{r:wijkagent}} [[p:Jeroen van Dam]]. [[p:Emre]] is [[d:6 juli]] aangehouden met een scooter die niet van hem was. De {{o:politie}} heeft een proces-verbaal opgemaakt, PV-nr. [[z:PL1500-2024071188-1]]. Gesprek thuis, [[a:Ammunitiehaven 418]], [[pc:2511 XM]], op [[d:dinsdag 9 juli]]. Vader [[p:Mustafa Şahin]] is boos, moeder [[p:Gülay]] huilt veel. [[p:Emre]] zelf zegt dat hij geld nodig had voor een schuld bij 'een vriend'. Verdacht van uitbuiting/criminele binding. Overleg met {{o:Veilig Thuis}} en de {{r:jongerenwerker}} van {{o:Jongerenwerk Den Haag}}."""
)

T("""Verslag gezinsgesprek [[d:27-03-24]]
Aanwezig: [[p:Mohamed]] en [[p:Fatima Benali]], hun dochter [[p:Yasmine]] (11) en {{r:gezinscoach}} [[p:Femke]].
[[p:Yasmine]] heeft ADHD en er is veel strijd thuis. Vader werkt in de bouw, moeder is thuis met de tweeling van 2. De ouders zitten op één lijn, maar de oma die inwoont ([[p:Khadija]], 78) ondermijnt regels. Het gezin woont krap: 5 personen op een driekamerflat aan de [[a:Zuidlarenstraat 238]]. Woonconsulent [[p:Bas]] van {{o:Vestia}} ziet geen mogelijkheden voor urgentie. Doel gezinsplan: rust in huis, vaste bedtijden, oma betrekken. [[p:Fatima]]'s nummer: [[t:06-26 51 84 39]].""")

T("""Keukentafel Jeugdwet, [[d:1 oktober]], bij mw. [[p:Latuheru]] in {{w:Mariahoeve}} ([[a:Ruychrocklaan 380]]).
[[p:Maria Latuheru]] (36) is pleegmoeder van haar neefje [[p:Joël]] (7) via {{o:Jeugdformaat}} (netwerkpleegzorg). De biologische moeder, haar zus [[p:Ester]], is verslaafd en verblijft afwisselend in Den Haag en Zwolle. [[p:Joël]] heeft een hechtingsprobleem en driftbuien op school. Mw. krijgt pleegzorgvergoeding maar geen ondersteuning voor haar eigen twee kinderen. Vraag: ouderbegeleiding en respijt. Pleegzorgwerker [[p:Yvette]], [[t:06-13 72 45 09]]. Dossier {{o:Jeugdformaat}} [[z:JF-PZ-20311]].""")

T(
    """Intake (telefonisch) [[d:2-7-2024]] — ouders [[p:Wang Jing]] (moeder) en [[p:Zhang Wei]] (vader) bellen via de {{r:schoolmaatschappelijk werker}}. Zoon [[p:Zhang Hao]] (10) heeft selectief mutisme, praat op school helemaal niet. Ouders runnen een restaurant aan de [[a:Wagenstraat 89]] en wonen erboven. Ze werken 7 dagen. Oudere zus [[p:Lily]] (16) zorgt veel voor [[p:Hao]]. Ouders willen hulp maar weten niet wat er mogelijk is. Uitleg gegeven over de {{r:jeugd-GGZ}} route. E-mail vader: [[e:zhangwei.wagenstraat@163.com]]."""
)

T(
    """Gesprek [[d:di 5 nov.]] met [[p:Laura van Leeuwen]] (19) over de overgang 18-/18+. [[p:Laura]] woonde tot haar 18e in een gezinshuis van {{o:Jeugdformaat}} in Rijswijk ([[a:Steenvoordelaan 112]]) en heeft nu een kamer aan de [[a:Van Speijkstraat 65-3]] in {{w:Duinoord}}. Jeugdhulp stopt per [[d:15 december]]. Ze heeft een LVB en schulden (DUO, zorgverzekeraar). Haar mentor bij {{o:Jeugdformaat}}, [[p:Tim]], draagt over aan de {{r:MEE-consulent}}. Moeder [[p:Sylvia van Leeuwen]] is niet in beeld, vader onbekend. Aanvraag Wmo-begeleiding en beschermingsbewind. BSN [[p:Laura]]: [[b:@ ]]."""
)

T("""Huisbezoek gezin [[p:Boateng]]-[[p:Owusu]] op [[d:vrijdag 22 maart 2024]].
Vader [[p:Kofi Boateng]], moeder [[p:Abena Owusu]], kinderen [[p:Kwabena]] (12), [[p:Afia]] (9), [[p:Yaw]] (3). Moeder heeft zich gemeld omdat [[p:Kwabena]] op school gepest wordt en nu thuis agressief is naar zijn zusje. Vader werkt in de kassen in Honselersdijk, nachtdienst. Moeder spreekt Engels en Twi, beetje Nederlands. Het gezin woonde tot vorig jaar in Amsterdam, [[a:Kraaiennest 44]]; de jeugdhulp daar ({{o:Samen DOEN}}, dossier [[z:SD-AMS-8812]]) is niet overgedragen. Contact opgenomen met school {{o:De Springbron}}. Moeder: [[t:06-17 26 93 04]], [[e:abena.owusu@gmail.com]].""")

T(
    """verslag kort: gesprek met vader [[p:rahimi]] en de {{r:jeugdconsulent}} op school ivm [[p:Farhad]] (14). vader zegt dat moeder ([[p:Parwin]]) in Afghanistan is achtergebleven en dat [[p:Farhad]] haar mist. jongen zit sinds [[d:1-9]] op het {{o:Hofstad Lyceum}} na 2 jaar ISK. cijfers goed, gedrag goed, maar hij slaapt op school. blijkt 's nachts te werken bij een pakketbezorger (!). vader weet ervan. afspraak: {{r:leerplichtambtenaar}} + gesprek met vader over geld. adres [[a:Escamplaan 1216]], tel vader [[t:0624915837]]"""
)

T("""Keukentafelgesprek Jeugd – [[d:16 mei]]
Gezin [[p:De Wit]] uit {{w:Scheveningen}}: moeder [[p:Anouk de Wit]] (29), partner [[p:Rick Hoogendoorn]], kinderen [[p:Sem]] (8) en [[p:Lieke]] (5). [[p:Anouk]] heeft een verleden in de jeugdzorg en is bang dat haar kinderen worden 'afgepakt'. [[p:Sem]] heeft een taalachterstand en woedeaanvallen. [[p:Rick]]'s moeder, [[p:Ria Hoogendoorn]], past veel op. Ik heb uitgelegd dat wij geen {{o:Jeugdbescherming}} zijn. Afgesproken: logopedie via de huisarts, ouderschapsondersteuning bij het {{o:CJG}}. Adres [[a:Jacob Catsstraat 45-II]] is tijdelijk; ze staan ingeschreven op [[a:Duindorpdam 7]] bij de oma.""")

T("""Keukentafel jeugd, mw. [[p:Monteiro]] ([[p:Ana Paula]]), [[d:18-10-2023]].
Dochter [[p:Kelly]] (16) is zwanger, 20 weken. Vader van het kind is [[p:Nelson Semedo]] (18), die woont nog thuis bij zijn ouders in Rotterdam. Mw. [[p:Monteiro]] wil dat [[p:Kelly]] naar school blijft gaan ({{o:ROC Mondriaan}}). Verloskundige praktijk {{o:De Bakermat}} is betrokken. Besproken: jonge moedergroep, kraamzorg, financiële zaken (kinderbijslag, toeslagen). [[p:Kelly]] wil zelf weinig bemoeienis. Adres: [[a:Rijswijkseweg 230]], [[pc:2516 HT]]. Contact [[p:Kelly]]: [[t:06-30 57 12 89]].""")

# ---------------- Participatiewet: intake / gesprek klantmanager ----------------
T("""Intake Participatiewet – klantnummer [[z:SZW-771204]]
Dhr. [[p:Mehmet Aydın]], geb. [[d:03-11-1979]], meldde zich op [[d:12 januari]] bij het {{o:Werkplein}} na ontslag bij een distributiecentrum in Bleiswijk. Hij woont met zijn vrouw [[p:Ayşe]] en drie kinderen op de [[a:Weimarstraat 204B]], [[pc:2562HN]]. Inkomsten zijn sinds december gestopt; de WW is afgewezen omdat hij te kort in dienst was. Huurachterstand bij {{o:Staedion}} van twee maanden (huurnummer [[z:10.223.771]]). BSN [[b:@]]. De uitkering wordt gestort op [[i:@INGB]]. {{r:Klantmanager}} [[p:Nadia Bouchtaoui]] pakt de aanvraag op; ik koppel meneer aan {{o:SchuldHulpMaatje}}. Telefoon: [[t:06 18 22 90 41]].""")

T("""Gesprek {{r:klantmanager}} en {{r:maatschappelijk werker}} met mw. [[p:Abdi]], [[d:ma 26 februari]].
Mw. [[p:Ayaan Abdi]] (27) heeft een bijstandsuitkering sinds [[d:1-8-2022]]. Ze is alleenstaand met een zoontje van 3. Er is een terugvordering van € 4.200 omdat haar broer [[p:Abdirahman]] een halfjaar op haar adres stond ingeschreven ([[a:Moerweg 210]], [[pc:2574 SM]]). Mw. zegt dat hij daar nooit echt woonde. Bezwaar ingediend via {{o:Sociaal Raadslieden}}, kenmerk [[z:BZW/2024/0388]]. Re-integratie: mw. wil de opleiding {{r:doktersassistente}} afmaken. BSN: [[b:@.]]. Rekening: [[i:@ABNA ]].""")

T("""Verslag intake werk & inkomen, [[d:9 april 2024]]
Cliënt [[p:Krzysztof Nowak]] (41), sinds 2012 in NL, eerder via uitzendbureaus in de kassen. Na een arbeidsconflict in november geen werk meer en ook geen woning: hij sliep bij collega [[p:Paweł Zieliński]] op de [[a:Laakkade 6-B]], maar moet daar weg. Geen BRP-inschrijving meer sinds [[d:30-11-2023]] (uitgeschreven door de huisbaas). Alcoholgebruik ontkent hij. Plan: briefadres, aanvraag bijstand, aanmelding {{o:Kessler Stichting}} voor onderdak, begeleiding door Poolse {{r:ervaringsdeskundige}} [[p:Marek]] van {{o:Barka}}. Tel. [[p:Nowak]]: [[t:+48 601 234 567]].""")

T("""Mw. [[p:Mahabier]], [[a:Hildebrandplein 14]], {{w:Transvaal}} — gesprek [[d:14/5]]
Mw. [[p:Shanti Mahabier]] (56) is na 20 jaar bij een schoonmaakbedrijf arbeidsongeschikt verklaard, maar de WIA is afgewezen (UWV-kenmerk [[z:UWV-WIA-2024-771304]]). Ze leeft nu van het inkomen van haar man [[p:Dilip]], die parttime werkt bij de {{o:HTM}}. Aanvulling vanuit de Participatiewet aangevraagd. Dochter [[p:Priya]] regelt de papieren ([[e:priya.mahabier@hotmail.com]], [[t:06-38 20 91 74]]). {{r:Consulent}} [[p:Ruud]] van het {{o:Werkplein}} neemt contact op. BSN mw.: [[b:@ ]].""")

T("""Aanvraag levensonderhoud, intake [[d:11-01-2024]]
Aanvrager: [[p:Yara Haddad]], geb. [[d:22 april 1995]], statushouder sinds 2023, woont sinds [[d:5 december]] tijdelijk in een flat aan de [[a:Dr. H. Colijnlaan 402]], [[pc:2283 XJ]] Rijswijk. Vaste woning in Den Haag is toegezegd: [[a:Spaarneplein 23-A]], sleuteloverdracht eind van de maand.
Mw. volgt inburgering bij {{o:ROC Mondriaan}}; broer [[p:Samer Haddad]] woont in Utrecht. BSN [[b:@]], rekening [[i:@RABO]] (nieuw geopend bij de Rabobank). {{r:Klantmanager}}: [[p:S. Verhoeven]]. Dossier [[z:PW-2024-000912]].""")

T(
    """Gesprek met dhr. [[p:Popescu]] op het {{o:Servicepunt XL}} {{w:Laak}}, [[d:donderdag 4 juli]]. Meneer [[p:Constantin Popescu]] (48) werkte als chauffeur bij een Roemeens transportbedrijf en kreeg loon op een rekening in Boekarest. Sinds zijn rugoperatie in het {{o:Haga Ziekenhuis}} geen inkomen. Vrouw [[p:Mihaela]] en twee kinderen zijn in maart uit Roemenië overgekomen; kinderen nog niet op school. Hij woont op de [[a:Slicherstraat 71-hs]], [[pc:2522 EK]], met een ander gezin. Overbewoning gemeld door de {{r:woonconsulent}}. Uitleg over recht op bijstand gegeven (EU-burger, verblijfsduur). Nummer: [[t:06-55 14 27 80]]. Vrouw: [[t:+40 745 901 332]]."""
)

T(
    """Voortgangsgesprek re-integratie, [[d:17 juni 2024]]. Aanwezig: mw. [[p:Girigorie]], haar {{r:jobcoach}} [[p:Thijs Mulder]] ({{o:Pameijer}}) en ik als {{r:klantmanager}}. Mw. [[p:Lisette Girigorie]] werkt sinds [[d:1 mei]] met behoud van uitkering in de keuken van {{o:De Mussen}}. Ze is er elke dag op tijd en de chef, [[p:Ahmed]], is tevreden. Knelpunt: opvang voor haar dochtertje [[p:Naïla]] op woensdag; oma [[p:Girigorie]] kan dan niet. Kinderopvangtoeslag aangevraagd. Volgende stap: proefplaatsing van drie maanden, daarna mogelijk contract. Klantnummer [[z:PW-771550]]."""
)

T(
    """Notitie [[d:8-2-24]] — dhr. [[p:R. Jagessar]] kwam onaangekondigd naar de balie. Zijn uitkering is stopgezet omdat hij niet op de afspraken met het {{o:Werkplein}} is verschenen. Hij zegt de brieven nooit te hebben ontvangen: post gaat naar zijn oude adres, [[a:Hoefkade 531]], terwijl hij sinds november bij zijn moeder woont op de [[a:Lorentzplein 19]], [[pc:2522 NB]]. Moeder ([[p:Kamla Jagessar]], [[t:070-3884102]]) bevestigt dit telefonisch. Adreswijziging nooit doorgegeven. Hersteld met {{r:klantmanager}} [[p:Ilona]], herstel uitkering met terugwerkende kracht per [[d:1 januari]]. Zaak [[z:SZW-690211]]."""
)

T("""Intake bijstand jongere < 27
[[p:Jordy Koster]], 22 jaar, geb. [[d:30-03-2002]], woont sinds de ruzie met zijn stiefvader op de bank bij vrienden in {{w:Spoorwijk}}. Laatste vaste adres: bij moeder [[p:Wendy Koster]], [[a:Hengelolaan 1002]], [[pc:2545 JP]]. Voor jongeren geldt een zoektermijn van vier weken; heeft [[p:Jordy]] zich in die tijd ingeschreven bij twee uitzendbureaus. Hij heeft een schuld bij {{o:CJIB}} (boetes OV, ca. € 1.800, {{o:CJIB}}-nummer [[z:2024 0381 7745 1290]]) en bij {{o:DUO}}. Het {{o:Jongerenloket}} verwijst door naar het {{o:Jongerenpunt}} van {{o:Xtra}}. Mobiel [[t:0647281930]], e-mail [[e:jordy.k2002@gmail.com]].""")

T(
    """Kort: mw [[p:semedo]] gebeld ivm ontbrekende bankafschriften. Ze stuurt ze vandaag nog via [[e:djamila.semedo@live.nl]]. Rekeningnr dat wij hebben ([[i:@INGB]]) klopt niet meer, nieuwe rekening [[i:@BUNQ ]]. Aanvraag ligt stil tot die binnen zijn. — [[p:Wouter]]"""
)

T("""Intake Participatiewet dhr. [[p:Tesfaye]] [[p:Kidane]], [[d:21 augustus 2023]].
Meneer (33) is statushouder sinds [[d:3 maart 2023]] en woonde daarvoor in het {{o:AZC}} Rijswijk. Hij kreeg via {{o:COA}} een woning aan de [[a:Pisuissestraat 233]], [[pc:2551 RG]], in {{w:Bouwlust}}. In Eritrea was hij automonteur. Hij wil zo snel mogelijk werken. Inburgeringsplicht loopt; taalniveau A1. Afspraak: PVT (participatieverklaringstraject) en een leerwerkplek bij een garage via {{o:Werkse!}}. Contactpersoon bij {{o:VluchtelingenWerk}}: [[p:Annelies de Groot]], [[t:06-29 44 18 03]]. BSN [[b:@]], IBAN [[i:@ABNA]].""")

T("""Verslag gesprek [[d:31-10-2023]], mw. [[p:Ait Taleb]] en dochter [[p:Salma]].
Mw. [[p:Fadoua Ait Taleb]] (61) heeft nooit gewerkt in NL en leefde van het inkomen van haar man [[p:Abdelkader]], die in september is overleden. Nabestaandenuitkering (Anw) afgewezen omdat er geen kinderen onder 18 meer thuis wonen. Zij heeft nu geen inkomen. Huur van [[a:Delftselaan 9]] loopt via automatische incasso van de rekening van haar overleden man; bank heeft die bevroren. Spoed: voorschot bijstand aangevraagd, {{o:Haag Wonen}} op de hoogte gesteld (huurcontract [[z:HW-2019-4471]]). Dochter [[p:Salma]]: [[t:06-21 87 30 56]]. BSN moeder [[b:@.]].""")

T(
    """Gesprek op het {{o:Werkplein}} [[d:woensdag 3 april]] met dhr. [[p:Wang]] ([[p:Wang Jun]], 58), eigenaar van een gesloten afhaalrestaurant aan de [[a:Weimarstraat 82]]. Meneer is als ondernemer failliet en wil een Bbz-uitkering. Curator: mr. [[p:T.M. Groen]] ({{o:Hofstad Advocaten}}), faillissementsnummer [[z:F.09/24/118]]. Hij woont met zijn vrouw [[p:Li Xiu]] boven de zaak. Zoon [[p:Kevin Wang]] tolkt ([[t:06-31 09 47 22]]). Verwezen naar het {{o:Ondernemersloket}} / {{o:Bbz-team}}."""
)

T("""Intake Participatiewet — [[p:Ibrahim Karimi]] ([[d:17.09.1990]])
Dhr. meldt zich via het {{o:Servicepunt XL}} {{w:Moerwijk}}. Hij werkte tot februari als pakketbezorger als zzp'er en heeft nu niets. Hij woont in bij zijn oom [[p:Jawad Karimi]], [[a:Van Zeggelenlaan 280]], [[pc:2524 AP]]. Omdat hij op het adres van zijn oom staat, wordt de kostendelersnorm toegepast; oom is daar niet blij mee. Schulden bij de {{o:Belastingdienst}} (aanslag IB 2022) en een lening bij een kennis. Aanmelding schuldhulpverlening, kenmerk [[z:SHV-2024-0417]]. IBAN opgegeven: [[i:@TRIO ]]. Tel. [[t:06-44 71 03 58]].""")

T(
    """Mw. [[p:Doelwijt]] belde dinsdag (na het Pinksterweekend) boos op: haar uitkering is op [[d:10 juni]] niet uitbetaald. Blijkt dat de inlichtingenformulieren van april en mei niet binnen zijn. Ze zegt dat haar zoon [[p:Glenn]] ze zou posten. Samen met haar het formulier online ingevuld bij de balie van het {{o:Servicepunt XL}}. Betaling volgt binnen vijf werkdagen. Telefoon [[p:Doelwijt]]: [[t:06 - 19 27 84 30]]. Klantnummer [[z:2071-448-903]]."""
)

# ---------------- Voortgangsrapportages ----------------
T("""Voortgangsrapportage periode [[d:1 januari]] t/m [[d:31 maart 2024]]
Cliënt: dhr. [[p:E. Verhoeven]], [[a:Hengelolaan 711]], {{w:Morgenstond}}
Betrokken: {{r:maatschappelijk werker}} (ondergetekende), {{r:bewindvoerder}} [[p:Karin Dekker]] ({{o:Bewindvoering Haaglanden}}), {{r:wijkverpleegkundige}} [[p:Yusuf]] ({{o:Buurtzorg}}).
Meneer heeft sinds [[d:15-01]] beschermingsbewind (uitspraak kantonrechter, zaaknummer [[z:C/09/661234 BW]]). De huurachterstand is ingelopen, de energieleverancier is akkoord met een regeling. Het contact met zijn dochter [[p:Melanie]] is na jaren hersteld; zij kwam in februari twee keer op bezoek. Zorgen: meneer eet slecht en is 6 kilo afgevallen. De huisarts is op [[d:22 maart]] langs geweest. Volgende periode: maaltijdservice, inzet vrijwilliger {{o:Humanitas}}.""")

T("""Voortgang casus [[p:Warsame]] ({{w:Transvaal}}) — stand per [[d:30-04-2024]]
Sinds de start van het plan in december is er veel gebeurd. Mw. [[p:Hodan Warsame]] heeft met hulp van het {{o:Wmo-loket}} een tillift gekregen. De oudste zoon [[p:Abdirizak]] (16) doet niet langer de persoonlijke verzorging; dat doet nu {{o:Florence}} twee keer per dag. [[p:Abdirizak]] gaat weer naar school en is aangemeld bij {{o:Jong Mantelzorg}}. Vader [[p:Ahmed Warsame]] werkt nog steeds 's nachts. Zorg blijft: de woning aan de [[a:Kempstraat 12-hs]] is te klein. Urgentie aangevraagd op [[d:12 april]], nummer [[z:URG-24-00571]]. Contact met zus van mw., [[p:Faadumo]] ([[t:06-49 02 35 71]]), die vaak tolkt.""")

T("""Voortgangsverslag – gezin [[p:Pinas]] / [[p:De Jong]]
Periode: september t/m december 2023
In deze periode heeft de gezinscoach ([[p:Femke]]) wekelijks het gezin bezocht aan de [[a:Trompstraat 287]]. De baby [[p:Xavi]] is inmiddels goed aangekomen; de {{r:jeugdverpleegkundige}} is tevreden (controle [[d:28 nov.]]). Moeder [[p:Priscilla]] is op [[d:10 oktober]] gestart bij de {{r:POH-GGZ}} en gebruikt nu medicatie. Vader [[p:Dennis]] heeft per [[d:1 december]] werk als heftruckchauffeur in Delft. [[p:Jayden]] zit goed op school; [[p:Noëlla]] gaat na de kerst naar de peuteropvang. Oma [[p:Yvonne]] komt elke tweede week. Voorstel: afschalen naar maandelijks contact per [[d:1 februari]].""")

T("""Rapportage [[d:18 juli 2024]], dhr. [[p:Van der Hoop]]
Het aangevraagde Wmo-vervoer (pasnummer [[z:RTX 5512093]]) loopt sinds juni. Meneer gaat nu twee dagen per week naar de dagbesteding in {{w:Loosduinen}}. Mevrouw [[p:Truus van der Hoop]] geeft aan dat ze die dagen 'weer kan ademen'. Op [[d:3 juli]] is meneer gevallen bij het instappen; de chauffeur heeft netjes een melding gemaakt. Er is een {{r:ergotherapeut}} ([[p:Linda Smit]], {{o:Haagse Wijk- en Woonzorg}}) langs geweest voor advies. Dochter [[p:Sandra]] heeft de mantelzorgwaardering aangevraagd. Geen nieuwe hulpvragen.""")

T("""VOORTGANG — [[p:Rasheed]] [[p:Olawale]] (29)
Betrokken partijen: {{o:Parnassia}} ({{r:SPV}} [[p:Jolanda Kok]]), {{o:Leger des Heils}} (ambulant woonbegeleider [[p:Tom]]), {{r:bewindvoerder}} mr. [[p:De Wit]], wijkteam (ik).
Sinds de opname in het voorjaar (ontslag [[d:14-05-2024]]) woont [[p:Rasheed]] in een Skaeve Huse-woning aan de [[a:Hengelolaan 1500-12]]. Medicatie via depot, elke twee weken. Hij is twee keer niet verschenen (afspraken [[d:6/6]] en [[d:20/6]]). Contact met zijn moeder [[p:Funmilayo Olawale]] in Londen ([[t:+44 7700 900461]]) loopt via WhatsApp; zij maakt zich zorgen. Signaleringsplan is gedeeld. Dossiernummers: {{o:Parnassia}} [[z:PAR-1177203]], LdH [[z:LDH/DH/24-0312]].""")

T("""Voortgangsrapportage ondersteuning mw. [[p:Kowalczyk]], juni 2024
De verhuizing is gelukt: het gezin woont sinds [[d:20 mei]] in een rolstoelwoning aan de [[a:Nijkerklaan 18]], [[pc:2573 BM]] ({{w:Bouwlust}}), via {{o:Staedion}}. Het oude adres ([[a:Loevesteinlaan 34]]) is opgezegd per [[d:31-05-2024]]. [[p:Agnieszka]] kan nu zelf douchen en koken. [[p:Zuzanna]] blijft op dezelfde school. Man [[p:Paweł]] heeft een vast contract gekregen bij het uitzendbureau. De {{r:ergotherapeut}} komt nog één keer voor de keukenaanpassing. Voor mij is het traject bijna klaar; ik sluit af na de evaluatie in juli. Nieuw telefoonnummer vaste lijn: [[t:070 - 211 48 90]].""")

T("""Tussenrapportage Jeugdhulp t.b.v. {{o:Jeugdbescherming West}} (zaak [[z:JBW-2023-5531]])
Kind: [[p:Jurick Isenia]], geb. [[d:11-02-2014]]
Verzorger: grootmoeder [[p:Rosaria Isenia]], [[a:Westduinweg 228]], [[pc:2583 AH]]
[[p:Jurick]] gaat sinds de zomervakantie naar een speciaal-onderwijsschool ({{o:De Piramide}}). Het gaat daar beter; de juf, [[p:Marieke]], meldt minder incidenten. Het bezoek aan moeder in {{o:PI Nieuwersluis}} is in oktober één keer doorgegaan onder begeleiding van {{r:gezinsvoogd}} [[p:Roel]]. Oma is moe; haar dialyse is uitgebreid naar drie keer per week. Tante [[p:Esmeralda]] (Rotterdam, [[t:06-20 41 87 66]]) neemt [[p:Jurick]] dan mee. Wij adviseren de ondertoezichtstelling te verlengen.""")

T("""Voortgang {{w:Mariahoeve}}, casus mw. [[p:Latuheru]] (pleegzorg [[p:Joël]])
In het afgelopen kwartaal zijn er vijf gesprekken geweest (laatste: [[d:vrijdag 13 december]]). De driftbuien van [[p:Joël]] zijn afgenomen sinds hij bij {{o:Kinderfysiotherapie Mariahoeve}} sensorische therapie krijgt. [[p:Maria]] heeft één keer per maand een respijtweekend, [[p:Joël]] logeert dan bij zijn peetoom [[p:Frans Pattiasina]] in Capelle. Biologische moeder [[p:Ester]] is in november opgenomen bij {{o:Brijder}} (kliniek), contact loopt via haar {{r:behandelaar}}. Pleegzorgwerker [[p:Yvette]] en ik blijven betrokken tot de zomer.""")

T("""Voortgangsrapportage schulden – dhr. en mw. [[p:Petrov]]
Stand [[d:1-10-2024]]: schuldregeling getroffen via de {{o:Gemeentelijke Kredietbank}}, dossier [[z:GKB-88412]]. Totale schuld € 23.400 (o.a. {{o:Belastingdienst/Toeslagen}}, zorgverzekeraar, {{o:Eneco}}). Budgetbeheer sinds [[d:1 juli]], leefgeld wekelijks op [[i:@INGB ]]. Mw. [[p:Petrova]] werkt nu wit via een schoonmaakbedrijf, 16 uur. Voor dhr. is de WIA-aanvraag ingediend bij het {{o:UWV}}. Dochter [[p:Desislava]] blijft het aanspreekpunt. Volgende rapportage over drie maanden.""")

T("""Voortgangsverslag [[d:12 februari 2024]] — [[p:Dounia El Amrani]]
[[p:Dounia]] is na de crisis in maart vorig jaar in behandeling gegaan bij {{o:Youz}} ({{r:behandelaar}}: drs. [[p:P. Hendriks]], dossier [[z:YZ-2023-40921]]). Ze snijdt niet meer, zegt ze zelf, en moeder bevestigt dat. Ze heeft een nieuwe vriendengroep via de dansschool. Schoolverzuim is gedaald. Vader [[p:Said]] is sinds kort weer in beeld; hij kwam naar het oudergesprek op [[d:25 januari]]. Zus [[p:Imane]] is het huis uit en woont nu in Leiden. Moeder [[p:Naima]] heeft zelf hulp gezocht bij het {{o:Centrum voor Seksueel Geweld}} vanwege eigen verleden — dit valt buiten ons plan maar is goed om te weten.""")

T("""Stand van zaken mw. [[p:Wiśniewska]] ({{w:Loosduinen}}), [[d:8-1-2024]].
De casemanager dementie [[p:Marloes van Dijk]] heeft een indicatie Wlz aangevraagd via het {{o:CIZ}} (aanvraagnummer [[z:CIZ-2024-0098812]]). Mw. dwaalde in december nog twee keer; een GPS-tracker is aangeschaft. Dochter [[p:Magda]] heeft haar nachtdiensten omgezet naar dagdiensten. Schoonzoon [[p:Tomasz]] is op [[d:2 januari]] teruggegaan naar Polen voor zijn eigen vader. Mw. gaat drie dagen per week naar de Poolse dagbesteding van {{o:Zorggroep Haag Zuid}}. Wachtlijst verpleeghuis: ca. 6 maanden. Contact: [[e:magda.wisniewska@gmail.com]].""")

T(
    """Voortgang (kort) dhr. [[p:Mensah]]: fysio loopt, hij loopt weer met stok. Mw. [[p:Akosua]] heeft vanaf [[d:1-3]] een mantelzorgmaatje via {{o:Stichting Mantelzorg Den Haag}} ([[p:Ineke]]). [[p:Ama]] is geslaagd! Ze gaat in september naar de {{o:Haagse Hogeschool}}. Sluiten na de zomer."""
)

T("""Voortgangsrapportage Wmo-begeleiding, cliënt [[p:L. van Leeuwen]], rapportagedatum [[d:14 maart 2025]]
[[p:Laura]] woont nog steeds zelfstandig op de [[a:Van Speijkstraat 65-3]]. De begeleider van {{o:Ipse de Bruggen}}, [[p:Sanne Mooij]], komt twee keer per week. Beschermingsbewind loopt via [[p:R. Timmer]] ({{o:Bewindvoering Hofstad}}), rekening leefgeld [[i:@SNSB]]. DUO-schuld is omgezet in een regeling. [[p:Laura]] heeft een relatie met [[p:Dylan]] (21), die regelmatig blijft slapen; de begeleider maakt zich zorgen over geldleningen. In april bespreken we dit met [[p:Laura]] en de bewindvoerder. Werk: proefplaats bij {{o:Kringloopwinkel Het Goed}} sinds [[d:3 februari]].""")

T("""Voortgangsrapportage Participatie — mw. [[p:Lisette Girigorie]], [[d:vr 20 sept.]]
Mw. heeft per [[d:1 september 2024]] een jaarcontract bij {{o:De Mussen}} voor 24 uur. De bijstand is beëindigd per dezelfde datum; er blijft een aanvulling van ca. € 180 per maand. [[p:Naïla]] gaat op woensdag naar de BSO. Jobcoach [[p:Thijs]] bouwt af. Aandachtspunt: mw. heeft nog een oude schuld bij {{o:Zilveren Kruis}} (incassobureau, dossier [[z:INC-7781240-ZK]]). {{r:Budgetcoach}} [[p:Margreet]] van {{o:Humanitas}} helpt daarbij. Mw. vroeg of haar moeder ([[p:Elvira Girigorie]], [[a:Zuiderparklaan 94]]) ook hulp kan krijgen bij de administratie; zie aparte aanmelding.""")

T("""Rapportage casusoverleg [[d:9 oktober 2023]], gezin [[p:Şahin]]
Aanwezig: {{r:wijkagent}} [[p:Jeroen van Dam]], {{r:jongerenwerker}} [[p:Khalid]], {{r:leerplichtambtenaar}} mw. [[p:Vink]], {{r:jeugdconsulent}} (ik).
[[p:Emre]] heeft de HALT-straf afgerond. Hij is twee keer gezien met jongens uit {{w:Duindorp}} die bekend zijn bij de politie. Er zijn signalen dat hij drugs vervoert. Vader [[p:Mustafa]] wil hem naar familie in Turkije sturen; moeder [[p:Gülay]] is daar tegen. Afspraak: aanmelding voor de {{o:Persoonsgerichte Aanpak}} wordt overwogen, eerst gesprek met [[p:Emre]] en zijn oom [[p:Kemal Şahin]] ([[t:06-54 12 66 39]]), bij wie hij goed ligt.""")

T("""Voortgang bemoeizorg dhr. [[p:Bakker]] — [[d:15-04-2024]]
Na vijf maanden komen we eindelijk binnen. Meneer [[p:Hans Bakker]] liet op [[d:29 maart]] de {{r:SPV}} en mij voor het eerst zonder aandringen toe. Er is een schoonmaakactie geweest met {{o:Stichting Present}}, waarbij zijn broer [[p:Gerrit]] hielp. Alcoholgebruik is minder, zegt hij: 'alleen 's avonds nog'. Korsakov-onderzoek bij {{o:Brijder}} staat gepland op [[d:ma 6 mei]]. De huisbaas ({{o:Vidomes}}, klantnr. [[z:VD-300981]]) heeft de ontruimingsprocedure aangehouden. Buurvrouw [[p:Joke Dekker]] ([[a:Stuwstraat 17-2]]) blijft klagen; bemiddeling via {{o:Buurtbemiddeling Den Haag}} aangeboden.""")

T("""Rapportage {{r:ouderenconsulent}} — mw. [[p:Chen]], [[d:12-12-2023]]
Mw. [[p:Chen Mei Ling]] gaat sinds oktober elke dinsdag naar de Chinese ouderensoos in het {{o:wijkcentrum Bouwlust}}. Vrijwilligster [[p:Lan Zhou]] haalt haar op. Kleindochter [[p:Mei]] komt om de week op zondag. Mw. is in november gevallen in de badkamer; douchebeugel en antislipmat zijn geplaatst via {{o:Staedion}}. Ze vertelde voor het eerst over haar man, [[p:Chen Guo]], en over de moeilijke jaren na hun komst in 1988. Sombere gevoelens nemen af. Plan blijft ongewijzigd.""")

T("""Rapportage [[d:3 juni 2024]] gezin [[p:Boateng]]
[[p:Kwabena]] volgt via school de weerbaarheidstraining 'Rots en Water'. Het pesten is volgens de mentor, meneer [[p:Hoek]], gestopt. Thuis minder agressie. Moeder [[p:Abena]] volgt een taalcursus bij {{o:Bibliotheek Den Haag}}. Vader [[p:Kofi]] is sinds [[d:1 mei]] overgestapt op dagdiensten. Dossier {{o:Samen DOEN}} Amsterdam is alsnog overgedragen op [[d:17-04-2024]]; daaruit bleek een eerdere melding bij {{o:Veilig Thuis Amsterdam-Amstelland}} ([[z:VT-AA-2022-19310]]), die is afgesloten zonder vervolg.""")

# ---------------- Evaluaties ondersteuningsplan / gezinsplan ----------------
T("""Evaluatie ondersteuningsplan
Cliënt: mw. [[p:F. Demir]] – BSN [[b:@]] – [[a:Vaillantlaan 3 bis]]
Datum evaluatie: [[d:10 oktober 2024]] (plan gestart [[d:11-04-2024]])
Doel 1, huishouden op orde: behaald. De hulp van {{o:Florence}}, [[p:Hanan]], komt op vrijdag en mw. is erg tevreden.
Doel 2, minder somber: deels. Mw. is 8 keer bij de {{r:POH-GGZ}} geweest. Ze gaat weer naar de vrouwengroep in de moskee met haar vriendin [[p:Sevgi]].
Doel 3, contact met zoon: [[p:Burak]] komt nu ook doordeweeks, sinds hij in Delft werkt.
Conclusie: indicatie hh verlengen met een jaar; begeleiding afsluiten. Mw. heeft het verslag gelezen en is akkoord.
[[p:Saskia Brandsma]], {{r:Wmo-consulent}}""")

T("""Evaluatie gezinsplan [[p:Benali]], [[d:27-9-2024]]
Aanwezig: [[p:Mohamed Benali]], [[p:Fatima Benali]], oma [[p:Khadija Bouzid]], {{r:gezinscoach}} [[p:Femke]] en {{r:jeugdconsulent}} [[p:Gert-Jan]].
Wat ging goed: vaste bedtijden lukken vijf van de zeven dagen. [[p:Yasmine]] gebruikt sinds mei medicatie (via kinderpsychiater {{o:Youz}}). Oma doet mee aan de afspraken sinds het gesprek waarin haar zoon in het Tarifit uitlegde waarom. Wat niet lukte: grotere woning. {{o:Vestia}} heeft het gezin op [[d:2 september]] een ruilwoning aangeboden in {{w:Wateringseveld}} ([[a:Laan van Wateringse Veld 1210]]), maar die was te duur. Volgende stap: urgentie opnieuw, met onderbouwing van de {{r:kinderarts}}.""")

T("""Evaluatie (eindgesprek) [[d:vrijdag 5 juli 2024]] — mw. [[p:Kaya]]
Het plan van [[d:31 juli 2023]] is geëvalueerd met mw. [[p:Aysel Kaya]], haar dochter [[p:Derya]] en [[p:Lisa]] ({{o:Stichting Mantelzorg Den Haag}}). Dhr. [[p:Osman Kaya]] is in februari opgenomen in {{o:Woonzorgcentrum Transvaal}}. Mw. bezoekt hem dagelijks. Haar moeder is in april overleden. Mw. slaapt beter, maar voelt zich schuldig. Ze is doorverwezen naar rouwgroep 'Verlies en verder' van {{o:MOOI}}. Wijkteam sluit af. Contactgegevens dochter voor eventuele heraanmelding: [[t:06-13 29 84 02]], [[e:derya.kaya1988@hotmail.com]].""")

T("""EVALUATIE ONDERSTEUNINGSPLAN PARTICIPATIE
Naam: [[p:Tesfaye Kidane]]
Geboortedatum: [[d:01-01-1991]]
BSN: [[b:@.]]
Klantnummer: [[z:PW-2023-118734]]
Periode: aug 2023 – feb 2024
Dhr. heeft het PVT afgerond en werkt sinds [[d:15 januari]] 20 uur per week als leerling-monteur bij {{o:Autobedrijf Hofweg}}; werkgever dhr. [[p:Van Kleef]] is zeer tevreden. Taal: A2 gehaald. Zijn vrouw [[p:Luwam]] en dochtertje zijn op [[d:12 december 2023]] via gezinshereniging aangekomen. Nieuwe hulpvraag: grotere woning en inburgering voor [[p:Luwam]]. Overdracht aan {{o:VluchtelingenWerk}} ([[p:Annelies]]).""")

T("""Evaluatie plan van aanpak [[d:26 maart]], dhr. [[p:Baldewsingh]] ({{w:Transvaal}})
Meneer woont sinds [[d:1 februari]] in een seniorenwoning aan de [[a:Jan van Riebeekstraat 164]], [[pc:2572 CV]]; de bovenwoning aan de [[a:Paul Krugerlaan 45-II]] is opgeleverd. Kleinzoon [[p:Rishi]] heeft met vrienden de verhuizing gedaan. {{o:Humanitas}} Thuisadministratie (vrijwilliger [[p:Gerard]]) komt elke twee weken; alle achterstanden bij het {{o:CAK}} zijn betaald. Meneer gaat op woensdag naar de Hindoestaanse ouderengroep bij {{o:Stichting Sarnámi Huis}}. Hij zei: 'Ik praat weer met mensen.' Doelen behaald, afsluiten. Rekening voor automatische incasso huur: [[i:@ABNA ]].""")

T("""Evaluatiegesprek [[d:13-06-2024]] met mw. [[p:Ahmadi]] en [[p:Zahra]]
Doel was: [[p:Zahra]] hoeft niet meer te tolken. Dat is gelukt — bij alle afspraken is nu een tolk via {{o:GlobalTalk}} aanwezig. Mw. is gestart met traumabehandeling bij {{o:Centrum '45}} (verwijzing huisarts dr. [[p:Aziz]], dossier C45 [[z:C45-2024-0871]]). [[p:Zahra]] zit goed in haar vel en gaat drie middagen per week naar de huiswerkklas van de bibliotheek in {{w:Escamp}}. [[p:Farid]] van {{o:VluchtelingenWerk}} heeft het dossier gesloten op [[d:1 juni]]. Mw. wil zelf contact houden met het wijkteam; volgende check-in na de zomer. Nieuw mobiel nummer mw.: [[t:06-82 37 10 64]].""")

T("""Evaluatie Wmo-maatwerkvoorziening begeleiding individueel
Cliënt: [[p:Khadija Ouali]], [[a:Jan Blankenstraat 71]], [[pc:2525 SB]], BSN [[b:@ ]]
Beschikking: [[z:2023/WMO/BI/00981]], looptijd [[d:1-3-2023]] t/m [[d:29-2-2024]]
De begeleiding door {{o:Ipse de Bruggen}} ([[p:Marloes Bloem]]) heeft geholpen: mw. opent nu zelf haar post en houdt een kasboekje bij. De kinderen gaan op tijd naar school. Zus [[p:Yasmina]] is verhuisd, maar belt dagelijks. Ex-partner [[p:Nordin]] betaalt nu via het {{o:LBIO}} alimentatie. Conclusie: verlenging voor één jaar, afbouwend naar 2 uur per week.""")

T("""Evaluatie – mw. [[p:Sabajo]], [[d:di 11 februari 2025]]
Aanwezig: mw. [[p:Ingrid Sabajo]], broer [[p:Ronald]], buurvrouw [[p:Lucia Blijd]] (pgb-zorgverlener) en ik.
Het pgb loopt sinds [[d:1 juni 2024]]. [[p:Lucia]] komt elke ochtend en helpt met wassen en ontbijt. De {{o:SVB}} heeft de zorgovereenkomst goedgekeurd. Logopedie is gestopt; mw. spreekt korte zinnen. [[p:Ronald]] regelt de administratie via zijn eigen mailadres. Tevredenheid: hoog. Aandachtspunt: wat als [[p:Lucia]] op vakantie gaat? Afgesproken dat de dochter van [[p:Lucia]], [[p:Sharona]], dan invalt. Plan verlengd tot [[d:31-05-2026]].""")

T("""Eindevaluatie jeugdhulp [[p:Milan Vos]] — [[d:19 december 2024]]
De ouders hebben via de mediator van het {{o:Juridisch Loket}} een nieuw ouderschapsplan opgesteld. [[p:Milan]] gaat nu om de week een heel weekend naar vader en woensdagmiddag naar opa [[p:Piet Vos]] in {{w:Loosduinen}}. Hij heeft 12 gesprekken gehad bij de {{r:kinderpsycholoog}} van het {{o:CJG}}. Moeder [[p:Sharon]] en vader [[p:Kevin]] communiceren via een app. Er zijn geen zorgen meer vanuit school. Jeugdhulp wordt afgesloten; de {{o:Raad voor de Kinderbescherming}} is geïnformeerd.""")

T("""Evaluatie plan [[p:Al-Khatib]]
[[d:28/11/2024]]: meneer heeft op [[d:5 september]] een staaroperatie gehad aan het rechteroog; het linker volgt in januari. Hij kan weer tv kijken en de Arabische krant lezen. Hij gaat op donderdag naar de ouderengroep. Schoondochter [[p:Rasha]] geeft aan dat het thuis rustiger is. Zorg: meneer heeft een brief van de {{o:SVB}} over zijn AOW-korting niet begrepen. [[p:Omar]] is gevraagd contact op te nemen met {{o:Sociaal Raadslieden}}. BSN meneer (voor {{o:SVB}}-vraag): [[b:@.]].""")

T("""Evaluatie ondersteuningsplan [[d:2 december 2024]]
Cliënt: dhr. [[p:Abdullah Yıldız]] (39), [[a:Wouwermanstraat 29-A]], [[pc:2525 RP]], {{w:Schilderswijk}}
Doelen (vastgesteld [[d:4 juni 2024]]): 1) stabiele woonsituatie, 2) inkomen op orde, 3) dagbesteding.
1) Ontruiming is voorkomen. De huurachterstand bij {{o:Haag Wonen}} is via de Vroegsignalering opgepakt en er is een betalingsregeling (dossier [[z:VS-2024-05519]]).
2) Meneer krijgt sinds augustus bijstand; beslagvrije voet hersteld. IBAN gewijzigd naar [[i:@INGB]].
3) Meneer werkt twee ochtenden als vrijwilliger bij {{o:Voedselbank Haaglanden}}, uitgiftepunt {{w:Schilderswijk}}. Zijn coördinator, [[p:Henny]], geeft aan dat hij betrouwbaar is.
Broer [[p:Hakan Yıldız]] ([[t:06-47 10 28 95]]) blijft vangnet. Afsluiten per [[d:31-12-2024]].""")

T("""Evaluatie begeleiding [[p:Agyeman]] / {{o:MEE}}, [[d:3 mrt 2025]]
Mw. [[p:Grace Agyeman]] (24, LVB) woont sinds ruim een jaar zelfstandig op de [[a:Stationsweg 105-D]]. Doel was zelfstandig boodschappen doen en geld beheren. Dat gaat redelijk: ze gebruikt de app die ze met [[p:Els]], haar {{r:MEE-consulent}}, heeft ingericht. Probleem: haar vriend [[p:Kojo]] leent geld en betaalt niet terug. Mw. wil hier zelf iets aan doen. Budgetbeheer bij {{o:Kredietbank Haaglanden}} besproken, mw. wil eerst zelf proberen. Moeder [[p:Comfort Agyeman]] in Amsterdam ([[t:020-6971455]]) is op de hoogte. Verlenging {{o:MEE}} met zes maanden.""")

T("""Evaluatie gezinsplan fam. [[p:Tesfay]], [[d:20 mei]]
Na de crisisnacht in maart (zie notitie weekenddienst) heeft mw. [[p:Semhar Tesfay]] met de kinderen drie maanden in de {{o:Blijf-van-m'n-lijfhuis}} gewoond. Sinds [[d:8 mei]] woont zij in een eigen woning in {{w:Leidschenveen}}; het nieuwe adres is alleen bekend bij het wijkteam en bij {{o:Veilig Thuis}} (melding [[z:VT-2024-1187]]). Partner [[p:Yonas Haile]] heeft een tijdelijk huisverbod gehad en volgt nu een agressieregulatietraining bij {{o:De Waag}}. Omgang met de kinderen alleen begeleid, via het {{o:Omgangshuis}}. Mw. voelt zich veiliger. Evaluatie over drie maanden.""")

T(
    """Evaluatie, samen met mw. [[p:Mulder]] en haar zoon [[p:Bram]], op [[d:dinsdag 14 januari 2025]]. Mw. [[p:Gerda Mulder]] (81) had een jaar geleden een laag zelfvertrouwen na het overlijden van haar man en wilde niet meer naar buiten. Nu gaat ze twee keer per week naar de koffieochtend in {{o:Buurthuis De Mussen}} in {{w:Vrederust}} en wandelt ze met buurvrouw [[p:Mieke de Haas]]. De alarmering is geïnstalleerd. Zoon [[p:Bram Mulder]] ([[e:bram.mulder@xs4all.nl]]) is blij en vindt dat het wijkteam kan afsluiten. Mw. stemt in."""
)

# ---------------- Overdrachtsverslagen ----------------
T("""Overdracht aan [[p:Jeroen]] (ik ben met verlof vanaf [[d:1 mei]])
Cliënt: dhr. [[p:J.W. de Wit]] ([[d:12-5-1958]]), [[a:Dedemsvaartweg 88]], {{w:Escamp}}.
De casus loopt sinds september 2022, na een melding van de {{r:huisarts}}, dokter [[p:Koster]], over vervuiling. Meneer is alleenstaand, oud-marinier, en wantrouwt instanties. Beschermingsbewind loopt via [[p:A. Visser]] ({{o:Bewindvoering Haaglanden}}). Zijn zus [[p:Ria van Leeuwen]] in Zoetermeer is de enige familie die nog langskomt ([[t:079-3416620]]).
Wat werkt: niet aankondigen, koffie meenemen, over de marine praten. Wat niet werkt: brieven, afspraken per telefoon.
Bemoeizorg {{o:Parnassia}}, dossier [[z:BZ-22-3381]], contact [[p:Marco]] ({{r:SPV}}).
Succes! [[p:Nicole]]""")

T("""Overdrachtsverslag casus [[p:Isenia]] → collega [[p:Anouk Brouwer]]
Reden: ik wissel van team (naar {{w:Segbroek}}).
Historie in het kort:
- [[d:15-01-2024]] eerste gesprek met oma [[p:Rosaria Isenia]], vraag vervoer dialyse
- [[d:22 jan.]] vervoer toegekend (Wmo, [[z:WMO-24-0193]])
- [[d:5/3]] overleg met gezinsvoogd [[p:Roel Kuipers]], {{o:Jeugdbescherming West}}
- zomer: [[p:Jurick]] naar {{o:De Piramide}}
- [[d:7 okt]] bezoek moeder [[p:Giselle]] in de PI, begeleid
- [[d:2-12-'24]] tante [[p:Esmeralda Rosaria]] neemt deel aan netwerkberaad
Lopend: aanvraag Wlz voor oma (dialyse driemaal per week, hartfalen). Oma heeft een hekel aan 'mensen die alles opschrijven', dus schrijf niet tijdens het gesprek. Ze woont sinds 2009 op de [[a:Westduinweg 228]]; daarvoor in {{w:Transvaal}}, [[a:Kempstraat 140]]. Nummer oma [[t:06-50 91 22 14]], tante [[t:06-20 41 87 66]].""")

T("""Warme overdracht {{r:MEE-consulent}} → wijkteam, [[d:18 november 2024]]
Van: [[p:Els Hoogland]] ({{o:MEE Zuid-Holland Noord}}), [[e:e.hoogland@mee-zhn.nl]], [[t:06-21 33 70 48]]
Aan: {{r:casusregisseur}} SWT {{w:Laak}}, [[p:Fatih]]
Het gaat om [[p:Kevin van Rijn]] (31), LVB, woont alleen op de [[a:Hoefkade 905-C]]. Hij werkt bij {{o:Maatvast}} (sociale werkplaats). Er is een forse schuld ontstaan door online gokken (ca. € 14.000). Moeder [[p:Ans van Rijn]] ([[a:Goudenregenplein 12]], [[t:070-3650918]]) heeft jarenlang zijn geld beheerd maar is nu zelf ziek. MEE-traject eindigt per [[d:31-12]]. Graag een gezamenlijk overdrachtsgesprek bij [[p:Kevin]] thuis; hij vertrouwt nieuwe mensen pas na een paar keer.""")

T("""Overdracht weekenddienst → maandag
Vrijdagavond heeft [[p:Sander]] (dienst) gebeld met mw. [[p:Nowak]], de vrouw van [[p:Krzysztof Nowak]] — ze wist niet dat hij in Den Haag op straat slaapt en is vanuit Wrocław onderweg. Ze komt [[d:zondag 21 april]] aan en heeft geen adres. Nummer mw. [[p:Beata Nowak]]: [[t:+48 600 118 273]]. Kessler-dossier [[z:KS-24-0751]]. [[p:Krzysztof]] sliep zaterdag in de nachtopvang van het {{o:Leger des Heils}}. Graag maandag bellen met [[p:Marek]] van {{o:Barka}}.""")

T("""Overdrachtsdocument jeugd → volwassenenteam
Jongere: [[p:Shurandy Martina]], geb. [[d:23 februari 2006]], BSN [[b:@]]
Adres: [[a:Zonnebloemstraat 92]], [[pc:2565 SL]] (bij moeder [[p:Shirley Martina]])
[[p:Shurandy]] wordt op [[d:23-02-2024]] achttien. Jeugdreclassering ({{o:William Schrikker Stichting}}, zaak [[z:WSS-JR-2022-3180]]) stopt dan. Hij heeft een startkwalificatie nodig en zit op {{o:ROC Mondriaan}} (Entree). Voetbal bij {{o:HVV Laakkwartier}} geeft structuur; trainer [[p:Ricardo]] is een belangrijke volwassene. Broer [[p:Gianni]] heeft opnieuw contact met de politie gehad; wees alert op beïnvloeding. Moeder werkt en is moe. Contact moeder [[t:06-39 01 72 48]], [[p:Shurandy]] zelf [[t:06-19 82 40 53]].""")

T("""Hoi [[p:Mirjam]],
Hierbij de overdracht van mevrouw [[p:Doelwijt]], zoals besproken in het teamoverleg van [[d:dinsdag 25 juni]].
Mw. [[p:Carmen Doelwijt]] (52) woont op de [[a:Beresteinlaan 720]], [[pc:2542 JV]]. Ze krijgt bijstand en heeft diabetes type 2 met een beginnende voetwond (wijkverpleging via {{o:Zorggroep Florence}}). Zoon [[p:Glenn]] (24) woont bij haar in en gebruikt cannabis; hij betaalt niets bij. Mw. is eerder aangemeld bij {{o:Schuldhulpverlening}} maar haakte af in 2022 (dossier [[z:SHV-2022-1187]]). De bijstand is in juni een keer niet uitbetaald door een gemist formulier. Ze heeft een zus, [[p:Marlène Doelwijt]], in Paramaribo ([[t:+597 7214455]]) waar ze veel steun aan heeft.
Ik heb mw. verteld dat jij het overneemt; ze vond dat goed.
Groet, [[p:Wouter]]""")

T("""Overdracht [[p:Ait Taleb]] — van [[p:Hanneke]] naar [[p:Youssef]]
Mw. [[p:Fadoua Ait Taleb]] (61), [[a:Delftselaan 9]], {{w:Valkenboskwartier}}. Bijstand loopt sinds [[d:1-12-2023]]. Rekening van de overleden man is ontdooid en het geld is overgezet naar haar eigen rekening ([[i:@ABNA]]). Er speelt een nalatenschap in Marokko (huis in Nador) waar de broers van haar man aanspraak op maken; mogelijk consequenties voor de bijstand, neem contact op met de {{r:klantmanager}} [[p:Ilona Koning]]. Dochter [[p:Salma]] woont in Rijswijk; zoon [[p:Hicham]] woont in Brussel ([[t:+32 486 12 34 56]]). Mw. spreekt Tarifit, Nederlands beperkt. Let op, [[p:Youssef]]: mw. wil liever een vrouwelijke hulpverlener bij gesprekken over de overleden man.""")

T("""Overdrachtsverslag bij vertrek [[p:Priya Ramsaran]] ({{r:maatschappelijk werker}}), laatste werkdag [[d:vr 30-8]]
Openstaande casussen, in volgorde van urgentie:
1. Dhr. [[p:Kalpoe]], [[a:Apeldoornselaan 151]]: ontruimingsvonnis, uitvoering gepland [[d:17 september]]. {{o:Staedion}} (contactpersoon [[p:Wim de Vries]], mobiel [[t:06-22 31 47 90]]) wil alleen uitstellen als er een bewindvoerder is. Aanvraag bewind ligt bij de rechtbank ([[z:C/09/672119]]).
2. Mw. [[p:Liu]] ([[p:Liu Fang]]), Chinees, alleen, 82: wacht op indicatie Wlz ([[z:CIZ-2024-0113470]]). Neef [[p:Jason Liu]] is contactpersoon, [[e:jason.liu.nl@gmail.com]].
3. Gezin [[p:Haddad]]: lopend, rustig. [[p:Yara]] heeft haar woning. Niets acuuts.
Alle verslagen staan in het systeem. Succes allemaal, het was fijn werken in {{w:Moerwijk}}!""")

T("""Overdracht ({{r:wijkverpleegkundige}} → {{r:casemanager dementie}})
Patiënt dhr. [[p:Koster]], [[a:Van Musschenbroekstraat 55]], [[pc:2595 EL]]. Geb. [[d:22 juni 1936]]. Verzekerd bij {{o:VGZ}}, polisnummer [[z:VGZ 440129873]]. MMSE [[d:11-06-2024]]: 19/30. Vanaf nu medicatie via baxterrol, uitgezet door {{o:Apotheek Bezuidenhout}}. Buurvrouw [[p:Marja Visser]] heeft een sleutel. Dochter [[p:Annelies Koster]] woont in Calgary ([[t:+1 403 555 0187]]), zoon [[p:Peter]] in Leiden ([[t:071-5143098]]). [[p:Peter]] is eerste contactpersoon en heeft een volmacht. Meneer wil per se thuis blijven; ik denk dat dat nog een half jaar kan.
[[p:Esther]] ({{r:WV}})""")

T("""Overdracht naar {{o:Veilig Thuis Haaglanden}} (opschaling)
Datum: [[d:3 december 2024]]. Melder: {{r:jeugdconsulent}} [[p:Gert-Jan Schipper]], SWT {{w:Transvaal}}.
Betrokkenen: moeder [[p:Sara Mohammadi]] (30), kinderen [[p:Ali]] (7) en [[p:Nilufar]] (4). Adres [[a:Paul Krugerlaan 201-I]], [[pc:2571 HS]]. Vader/partner: [[p:Reza Mohammadi]], uit huis sinds [[d:1-11]], verblijft bij zijn broer op de [[a:Vermeerstraat 24]].
Reden opschaling: ondanks het veiligheidsplan van [[d:28 oktober]] komt vader dagelijks langs; [[p:Ali]] vertelde de juf dat papa 'mama aan de haren trok'. School ({{o:Obs De Triangel}}) heeft dit op [[d:2 december]] gemeld. Eerdere melding VT: [[z:VT-2023-07712]].""")

T(
    """overdracht kort voor [[p:esra]]: dhr [[p:bouzid]] ([[a:Hobbemaplein 33]]) wacht nog op de beschikking scootmobiel. ik heb [[d:14/10]] gebeld met het {{o:wmo-loket}}, aanvraag [[z:W24.03117]] ligt bij de {{r:ergotherapeut}}. zoon [[p:rachid]] belt vaak, nr [[t:0612873049]]. meneer is dinsdagmiddag thuis. groetjes [[p:Anne]]"""
)

T("""Overdracht bewindvoering i.v.m. wisseling kantoor
Onderbewindgestelde: [[p:Rasheed Olawale]], geb. [[d:09-10-1995]], BSN [[b:@.]]
Oude bewindvoerder: mr. [[p:De Wit]], nieuwe bewindvoerder: [[p:Sandra Kok]] ({{o:Bewindvoering Hofstad}}), [[e:s.kok@bewindvoeringhofstad.nl]].
Beheerrekening: [[i:@RABO ]]; leefgeldrekening: [[i:@KNAB]].
Lopende afspraken: huur {{o:Skaeve Huse}}-woning wordt ingehouden, leefgeld € 65 per week op maandag. Schuldenlijst bijgevoegd (o.a. {{o:CJIB}} [[z:CJIB 8812 4430 1927]]). De {{r:SPV}} [[p:Jolanda Kok]] (geen familie van de bewindvoerder) is op de hoogte.""")

T("""Overdrachtsverslag, [[d:22-11-2023]]
Aan collega [[p:Dewi]], {{r:Wmo-consulent}} {{w:Segbroek}}.
Mw. [[p:Roos de Graaf]] verhuist op [[d:1 december]] van {{w:Bezuidenhout}} ([[a:Juliana van Stolberglaan 154]]) naar haar dochter in {{w:Segbroek}} ([[a:Thomsonlaan 38]], [[pc:2565 HZ]]). Lopende voorzieningen: huishoudelijke ondersteuning 2 uur per week ({{o:Tzorg}}), rolstoel (eigendom gemeente, laatste keuring [[d:03-04-2023]]). Dochter [[p:Jasmijn de Graaf]]: [[t:06-58 31 20 07]], [[e:jasmijn.degraaf@gmail.com]]. Mw. is 90 en heel helder, maar doof; praat rustig en kijk haar aan. De hulp van {{o:Tzorg}}, [[p:Mariska]], wil haar graag blijven helpen in {{w:Segbroek}} als dat kan.""")

T("""Overdracht gezin [[p:Kovalenko]] naar het team {{w:Escamp}}, [[d:8 juli 2024]]
Het gezin verhuist van de opvanglocatie aan de [[a:Laan van Nieuw Oost-Indië 150]] naar een woning aan de [[a:Loosduinse Hoofdstraat 1060]], [[pc:2552 AW]]. Moeder [[p:Oksana]] werkt sinds april bij een hotel. [[p:Artem]] gaat na de zomer naar het {{o:Segbroek College}}, na een jaar ISK; de {{r:leerplichtambtenaar}} ([[p:Hans Kraai]]) heeft de zaak gesloten. Oma [[p:Halyna]] heeft hartproblemen; zij staat bij de huisarts in {{w:Bezuidenhout}} ingeschreven, moet worden overgezet. E-mail [[p:Oksana]]: [[e:oksana.kovalenko@ukr.net]].""")

T(
    """Overdracht [[d:zo 3/11]] (ik ben er maandag niet): belangrijk voor [[p:Karim]] en [[p:Liesbeth]]. Mw. [[p:Sara Mohammadi]] heeft vanavond gebeld: [[p:Reza]] stond weer voor de deur. Ze heeft niet opengedaan en de {{o:politie}} gebeld; registratie [[z:PL1500-2024293344]]. Kinderen zijn bij haar vriendin [[p:Shirin]] ([[t:06-27 84 10 39]]) blijven slapen. Graag maandagochtend contact met {{o:Veilig Thuis}} en de {{r:wijkagent}}."""
)

# ---------------- Crisisnotities weekend / bereikbaarheidsdienst ----------------
T("""Weekenddienst – notitie
[[d:za 16/3]], 23.40 uur: gebeld door de {{o:politie}} (bureau Jan Hendrikstraat). Mw. [[p:Tesfay]] ([[p:Semhar]], 29) is met haar twee kinderen opgevangen door buurvrouw [[p:Roos]], twee deuren verder, na een ruzie met partner [[p:Yonas Haile]]. Incident geregistreerd onder [[z:PL1500-2024087731]]. Om 00.15 ben ik ter plaatse geweest. De kinderen slapen, mw. is rustig maar bang. Zij wil niet terug naar de [[a:Zuiderparklaan 201]] zolang [[p:Yonas]] daar is. Nachtopvang geregeld via {{o:Veilig Thuis Haaglanden}}; zij maken een melding aan. Telefoon mw.: [[t:06-21 44 70 93]]; buurvrouw [[p:Roos]]: [[t:070-3632214]]. Maandag overdracht aan {{r:casusregisseur}} [[p:Hanneke]].
— [[p:Bas]], bereikbaarheidsdienst {{o:SWT}} {{w:Escamp}}""")

T("""Crisisdienst zondag [[d:7 januari 2024]]
08.50: melding van {{o:Buurtzorg}} ([[p:Yusuf]]) dat dhr. [[p:Verhoeven]] niet opendoet. Licht brandt, krant ligt op de mat. Sleutelkluis-code werkt niet.
09.30: ter plaatse met {{o:politie}}; deur geopend door de slotenmaker. Meneer lag op de grond in de keuken, aanspreekbaar, onderkoeld. Ambulance heeft hem naar het {{o:Haaglanden MC}} Westeinde gebracht.
10.15: dochter [[p:Melanie Verhoeven]] gebeld ([[t:06-34 19 27 05]]), zij rijdt vanuit Breda.
Bewindvoerder [[p:Karin Dekker]] ingesproken (weekend). Huis afgesloten, sleutel bij buurman [[p:Bert]] (rechts naast).
Maandag: contact ziekenhuis ({{r:transferverpleegkundige}}) over ontslag; terug naar huis lijkt niet verantwoord.""")

T("""Bereikbaarheidsdienst wijkteams, zaterdag [[d:14 september]]
Om 21.10 belde mevrouw [[p:Azzouzi]] (moeder van [[p:Nordin Azzouzi]], ex-partner van cliënte [[p:Khadija Ouali]]). Zij was in paniek: [[p:Nordin]] had haar gebeld dat hij 'de kinderen komt halen'. Ik heb mw. [[p:Ouali]] gebeld op [[t:06-18 40 92 61]]; zij zat met de kinderen binnen, deur op slot. {{o:Politie}} geïnformeerd (meldnummer [[z:2024-0914-2231]]). [[p:Nordin]] is om 22.00 bij haar voordeur aangetroffen en meegenomen voor verhoor. Mw. wil maandag met haar {{r:MEE-consulent}} [[p:Ilse]] praten over een contactverbod. Schoonmoeder: [[t:070-3891276]].""")

T("""Notitie crisisdienst
Datum: [[d:zaterdag 2 november 2024]], 02.15 uur
Melder: {{r:nachtcoördinator}} van {{o:Kessler Stichting}}, [[p:Ronald]].
Dhr. [[p:Krzysztof Nowak]] is in de nachtopvang onwel geworden na alcoholgebruik en heeft met zelfdoding gedreigd. De {{o:GGZ-crisisdienst}} (Parnassia acuut) is ingeschakeld en heeft hem om 03.30 beoordeeld; geen opname, wel vervolgafspraak op [[d:ma 4-11]]. Ik heb zijn vrouw [[p:Beata]] niet gebeld, omdat meneer dat nadrukkelijk niet wilde. Let op: toestemming voor contact met familie is op [[d:17 april]] wél gegeven, maar hij trekt die nu in. Maandag bespreken met [[p:Marek]] ({{o:Barka}}).""")

T(
    """Weekend [[d:10-11 augustus]]: niks bijzonders behalve één melding. Zondagmiddag belde [[p:Ama Mensah]] (18) dat haar vader opnieuw een TIA leek te krijgen. Ik heb haar geadviseerd 112 te bellen, wat ze al had gedaan. Vader [[p:Kwame]] ligt in het {{o:Haga Ziekenhuis}}, stroke unit. Moeder [[p:Akosua]] was aan het werk en is later gekomen. [[p:Ama]] was erg overstuur en alleen thuis. Haar tante [[p:Efua]] ([[t:06-42 81 05 73]]) is gekomen. Maandag graag contact met het gezin door de {{r:mantelzorgconsulent}}."""
)

T("""CRISIS – vrijdagnacht/zaterdag
[[d:vr 12 jan]] 23.05: {{r:wijkagent}} [[p:Jeroen van Dam]] belt. [[p:Emre Şahin]] (17) is na een steekpartij bij de {{o:Westfield Mall}} als getuige/mogelijke betrokkene meegenomen. Ouders zijn onbereikbaar. Ik heb oom [[p:Kemal]] gebeld ([[t:06-54 12 66 39]]), die is naar het bureau gegaan. Om 01.40 vrijgelaten zonder verdenking. Oom heeft hem meegenomen naar zijn huis aan de [[a:Harstenhoekweg 66]] in {{w:Scheveningen}}. [[p:Emre]] wil niet naar huis omdat vader 'hem zal vermoorden' (figuurlijk? navragen). Zaterdag 10.00 ben ik daar langs geweest; [[p:Emre]] sliep. Moeder [[p:Gülay]] weet waar hij is.""")

T("""Weekendnotitie [[d:23-06-2024]] (zondag)
Buurtbewoner dhr. [[p:Storm]] belt de dienstlijn: zijn bovenbuurman, [[p:Willem]], 'doet raar' en schreeuwt al de hele nacht. Adres [[a:Loosduinseweg 707-3]], [[pc:2571 AL]]. Bij controle in ons systeem blijkt dit [[p:Willem Dekker]] (44) te zijn, bekend bij {{o:Parnassia}} ([[z:PAR-0061188]]). Ik heb de {{o:crisisdienst}} gebeld; zij gingen samen met de {{o:politie}} langs. Meneer is met een IBS opgenomen in {{o:Parnassia Kijkduin}}. Zijn zus [[p:Marian Dekker]] ([[t:06-15 47 30 82]]) is door de {{o:crisisdienst}} gebeld. Maandag: contact {{r:SPV}}, post en huisdier (kat!) regelen.""")

T("""Dienst weekend [[d:30/31 maart]] (Pasen)
Zaterdag 14.20 — {{o:Veilig Thuis}} belt (acute zaak [[z:VT-2024-0388]]): jonge vrouw met baby op de {{o:Spoedeisende Hulp}} van het {{o:HMC}}, [[p:Liliana Ferreira]] (22), Braziliaanse, geen BSN, geen zorgverzekering. Partner [[p:Diego Alves]] zou haar hebben geslagen. Zij woonde bij hem op de [[a:Hoefkade 1212-B]]. De vrouwenopvang had geen plek; uiteindelijk tot dinsdag opvang geregeld in de gezinsopvang van de {{o:Kessler Stichting}}. Taxi betaald uit het noodbudget. Telefoon van mw. is kapot; bereikbaar via haar vriendin [[p:Camila]] ([[t:06-87 40 12 93]], [[e:camila.souza.br@gmail.com]]).
Dinsdag: juridische vragen (verblijf) naar {{o:Stichting LOS}} of het {{o:Juridisch Loket}}.""")

T(
    """Zaterdag [[d:6 juli]], 19.30u. Melding via de dienstlijn door [[p:Anja Hart]], dochter van mw. [[p:Hart]] (89), [[a:Laan van Meerdervoort 1420]]. Mw. is vanmiddag ontslagen uit het {{o:HMC Bronovo}} na een longontsteking, maar de thuiszorg is niet geregeld. Dochter woont in Groningen en moet morgen terug. Ik heb {{o:Florence}} (avond/nacht) gebeld; zij kunnen vanaf zondagochtend komen. Vannacht blijft de kleinzoon, [[p:Thomas Hart]], slapen. {{r:Transferverpleegkundige}} maandag aanspreken op het gemiste overdrachtsformulier. Dochter: [[t:06-22 03 19 84]]."""
)

T("""Zo [[d:14-4]] — telefonische crisis, 16.00-17.10 uur.
[[p:Laura van Leeuwen]] (19) belt huilend: [[p:Dylan]] heeft haar pinpas meegenomen en haar telefoon kapotgegooid. Ze belt vanaf de telefoon van de buurvrouw, mw. [[p:Yilmaz]]. [[p:Laura]] is niet gewond. Ik heb met haar de bank gebeld (pas geblokkeerd) en de bewindvoerder een mail gestuurd. Ze slaapt vannacht bij haar vriendin [[p:Kim Bos]] ([[a:Weimarstraat 112-B]]). Aangifte wil ze niet doen. Maandag: begeleider [[p:Sanne]] ({{o:Ipse de Bruggen}}) informeren; overweeg melding {{o:Veilig Thuis}} (financiële uitbuiting).""")

T("""Bereikbaarheidsdienst [[d:zaterdag 21-12-2024]].
10.05 belt mw. [[p:Mariam Jallow]] ([[t:06-35 91 48 20]]) vanuit de hal van haar flat aan de [[a:Moerweg 498]]: de verwarming en warm water doen het al drie dagen niet en haar zoontje [[p:Lamin]] (2) is ziek. {{o:Haag Wonen}} storingsdienst was niet bereikbaar. Ik heb via de noodlijn van {{o:Haag Wonen}} een monteur geregeld (storingsnr. [[z:HW-ST-2024-118820]]), die komt vanmiddag. Elektrische kachel geleend van het {{o:wijkcentrum}}. Mw. komt uit Gambia en is sinds [[d:12 augustus]] in NL bij haar man [[p:Ousman]], die in Duitsland werkt.""")

T("""Verslag {{o:crisisdienst}} [[d:zaterdag 25 mei]]
Buurvrouw [[p:Dorien Smit]] meldt dat dhr. [[p:Bakker]] (bekend, bemoeizorg) al twee dagen niet is gezien en dat het stinkt in het trappenhuis. {{o:Politie}} en ik om 13.00 ter plaatse aan de [[a:Stuwstraat 17-1]]. Meneer was thuis, verward, zeer verwaarloosd. Geen acuut gevaar volgens de {{o:crisisdienst}}, maar wel een spoedbeoordeling door de {{r:huisarts}} op maandag. Broer [[p:Gerrit Bakker]] gebeld op [[t:0174-612093]], hij komt morgen. Voor het weekend: dagelijks bezoek door {{o:Buurtzorg}} (nachtzuster [[p:Priscilla]]). Huisdier: geen.""")

T("""Weekenddienst, [[d:4 februari 2024]], zondagavond
Gemeld door {{r:ambulance-verpleegkundige}}: jongeman, [[p:Nilton]] [[p:Lopes]] (26), zwaar dronken aangetroffen in het portiek van zijn moeder, [[a:Zuiderparklaan 362]]. Moeder [[p:Maria da Luz Lopes]] ([[t:06-28 14 70 93]]) wil hem niet binnenlaten: 'hij slaat de boel kapot'. Jongeman is meegenomen naar de SEH van {{o:HMC Westeinde}} ter observatie. Hij is eerder bij het wijkteam {{w:Zuiderpark}} bekend geweest (2022, [[z:SWT-ZP-22-0418]]). Maandag contact met moeder en met {{o:Brijder}} over een aanmelding.""")

T(
    """[[d:zat. 9 nov]], dienst: melding van {{o:Stedin}} dat de gasafsluiting bij [[a:Thomas Schwenckestraat 45]] morgen doorgaat (wanbetaling). Bewoners: gezin [[p:Rahimi]] met drie kinderen. Vader [[p:Ahmad Rahimi]] bereikt op [[t:0624915837]]: hij wist het niet, brieven lagen ongelezen. Ik heb met {{o:Eneco}} een noodafspraak gemaakt (klantnr. [[z:1045 7731 29]]), afsluiting uitgesteld tot [[d:18-11-2024]]. Maandag moet schuldhulp dit oppakken. De oudste, [[p:Farhad]], vertaalde."""
)

T("""Crisisnotitie
Wat: dreigende huisuitzetting morgen 09.00 ([[d:ma 8 jan.]])
Wie: dhr. [[p:Kalpoe]] ([[p:Sewnath Kalpoe]], 66), [[a:Apeldoornselaan 151]], [[pc:2573 LD]]
Zaterdag belde zijn nicht, [[p:Sharmila Kalpoe-Ramautar]] ([[t:06-53 70 12 48]]), in paniek. Meneer had de brief van de deurwaarder ({{o:Flanderijn}}, dossier [[z:FL/2023/99102]]) pas vandaag gevonden. Ik heb de dienstdoende {{r:woonconsulent}} van {{o:Staedion}} bereikt; uitzetting gaat niet door als meneer maandag vóór 08.30 akkoord tekent met bewind en een betalingsregeling. Nicht gaat met hem mee. Rekening voor huurbetaling: [[i:@INGB ]]. BSN meneer: [[b:@ ]].""")

T(
    """dienst za: 11.45 gebeld dr mw [[p:de boer]] (buurvrouw van mw [[p:hoogeveen]], [[a:Kamperfoeliestraat 88]]) — mw [[p:hoogeveen]] staat al uur op balkon te roepen. ter plaatse 12.20. mw ([[p:Trees Hoogeveen]], 84) verward, dacht dat het 1965 was. huisartsenpost gebeld, arts kwam 13.30: delier ivm blaasontsteking. antibiotica gestart. zoon [[p:Frank]] ([[t:06 11 83 42 70]]) komt vannacht logeren. mo: {{r:wv}} + {{r:casemanager}} informeren."""
)

T("""Weekenddienst — notitie [[d:19-10-'24]]
[[p:Yara Haddad]] belt om 22.40. Haar broer [[p:Samer]] staat met zijn vrouw [[p:Lina]] en twee kleine kinderen voor de deur: ze zijn vanavond door hun huisbaas in Utrecht op straat gezet. [[p:Yara]] mag volgens haar huurcontract ({{o:Haag Wonen}}) niemand laten inwonen en is bang voor haar bijstand. Ik heb gezegd dat één of twee nachten noodopvang bij familie geen probleem is en dat we maandag met haar {{r:klantmanager}} bellen. Familie [[p:Haddad]] heeft in Utrecht een dossier bij {{o:Buurtteam Utrecht}} ([[z:BTU-2024-33871]]).""")

T(
    """Zondag [[d:1 december 2024]] – telefoontje van {{o:Veilig Thuis}} (piketmedewerker [[p:Noor]]). Zij hebben een melding over de kinderen van mw. [[p:Nowicka]] ([[p:Karolina Nowicka]], [[a:Loosduinseweg 1034]], [[pc:2571 CH]]): de buren horen al uren een baby huilen. Ik ben samen met de politie gegaan. Mw. lag te slapen na een lange nachtdienst; de baby ([[p:Oliwia]], 10 mnd) had een natte luier en honger maar was verder in orde. Oudste dochter [[p:Julia]] (8) had zelf een boterham gesmeerd. Geen acute onveiligheid, wel zorgen over overbelasting. VT-zaaknummer [[z:VT-2024-15520]]."""
)

# ---------------- Korte notities, mails, teamoverleg, gemengd ----------------
T(
    """Tel. [[d:3/9]]: mw [[p:ouali]] akkoord met gesprek volgende week dinsdag, ze neemt haar zus mee. — [[p:Ilse]]"""
)

T("""Mail aan {{r:huisarts}} dr. [[p:Bloem]], [[d:5 november 2024]]:
Geachte collega, graag vraag ik uw aandacht voor uw patiënt dhr. [[p:Winter]] ([[p:Gijs Winter]], geb. [[d:18-01-1962]]). Na de storm van vorige week is het dak van zijn woonwagen beschadigd en woont hij tijdelijk bij zijn zus op de [[a:Kaapseweg 41]]. Hij gebruikt zijn medicatie niet meer. Zou u hem kunnen zien? Zus [[p:Hennie Winter]] is bereikbaar op [[t:06-40 72 31 88]].
Met collegiale groet,
[[p:Marieke Storm]], {{r:maatschappelijk werker}} SWT {{w:Escamp}}""")

T("""Teamoverleg [[d:donderdag 16 mei]], casus [[p:Van Rijn]]
[[p:Fatih]] brengt de casus in. [[p:Kevin]] (31, LVB) gokt online; schuld loopt op. Moeder [[p:Ans]] ligt in het ziekenhuis. Vraag aan het team: bewind of budgetbeheer? [[p:Nicole]] ({{o:SHV}}) adviseert beschermingsbewind gezien de gokproblematiek. [[p:Jeroen]] wijst op {{o:Jellinek}} online hulp bij gokken. Besluit: aanvraag bewind, en [[p:Kevin]] vragen of zijn werkbegeleider bij {{o:Maatvast}}, dhr. [[p:Hart]], mee mag denken. Actiehouder: [[p:Fatih]], voor [[d:31 mei]].""")

T(
    """Korte notitie: in mei heb ik [[p:Mei Ling]] al twee keer gesproken, maar pas nu wilde ze over haar zus vertellen. Zus [[p:Chen Yu]] woont in Rotterdam ([[a:Katendrechtse Lagedijk 300]]) en ze hebben al tien jaar ruzie. Niet forceren."""
)

T("""Verslag huisbezoek [[d:wo 17 april 2024]], mevrouw [[p:Koster]]
Let op: dit is een andere mevrouw [[p:Koster]] dan de {{r:koster}} van de {{o:Bethelkerk}} die ons de cliënt aanmeldde. Mw. [[p:Aaltje Koster]] (77), [[a:Prins Hendrikstraat 89]], {{w:Zeeheldenkwartier}}. Haar man is vorig jaar in de winter overleden. Ze heeft nog contact met de bakker op de hoek en met haar vriendin [[p:Jannie]], verder niemand. Ze wil graag mee naar de 'Zilveren Soos' van {{o:Wijkz}}. Broer [[p:Kees Koster]] (Katwijk) belt soms, [[t:071-4013388]].""")

T("""Van: [[p:Hanneke de Bruijn]] <[[e:h.debruijn@swt-denhaag.nl]]>
Aan: [[p:Youssef El Idrissi]]
Onderwerp: [[p:Ait Taleb]] - afspraak notaris

Hoi [[p:Youssef]], de notaris (mr. [[p:Van den Berg]], {{o:Notariskantoor Hofplaats}}) kan [[d:maandag 14 oktober]] om 10.30 voor de verklaring van erfrecht. Dossiernummer notaris: [[z:2024.1187/VDB]]. Wil jij [[p:Salma]] vragen of zij haar moeder kan brengen? Haar nummer staat in het dossier, maar voor het gemak: [[t:06-21 87 30 56]].
Groetjes, [[p:Hanneke]]""")

T(
    """Intake (kort) [[d:21.03.2024]]. Dhr. [[p:Hamza Chaouch]] (35) zoekt werk en een woning. Slaapt nu bij vrienden in {{w:Transvaal}}. Laatste adres: [[a:Wouwermanstraat 55-hs]]. Heeft een dochter, [[p:Lina]] (5), die bij haar moeder [[p:Ilham]] in Rotterdam woont. Doorverwezen naar {{o:Werkplein}} en {{o:Centraal Onthaal}}. Tel [[t:06 14 72 80 39]]."""
)

T("""Aantekening bij het dossier, [[d:9 januari 2025]].
Mevrouw [[p:Hoop]] heeft gebeld. Zij is de zus van [[p:Dennis de Jong]] — ze heet zelf [[p:Monique Hoop]] sinds haar huwelijk — en wil weten of het wijkteam haar broer kan helpen met zijn alcoholgebruik. Ik heb uitgelegd dat ik zonder toestemming van [[p:Dennis]] niets over het gezin kan vertellen, in de hoop dat ze dat begrijpt. Ze gaf haar nummer voor als [[p:Dennis]] contact wil: [[t:06-31 18 05 27]].""")

T("""Keukentafelgesprek [[d:8 augustus 2024]]
Dhr. en mw. [[p:Nkrumah]] (beiden 70+) wonen sinds 1990 aan de [[a:Nunspeetlaan 199]], [[pc:2573 EE]], in {{w:Morgenstond}}. Dhr. [[p:Samuel Nkrumah]] heeft nierfalen en dialyseert drie keer per week; mw. [[p:Victoria Nkrumah]] heeft artrose. Ze vragen een traplift, maar de woning is daar volgens de {{r:ergotherapeut}} ongeschikt voor. Verhuizen willen ze niet: 'hier zijn onze kinderen opgegroeid, hier is de kerk'. Zoon [[p:Daniel]] ([[t:+233 24 412 7789]], woont in Accra) en dochter [[p:Esther Nkrumah]] ([[t:06-16 03 92 77]], Den Haag) zijn het oneens over de oplossing. Vervolgafspraak met alle vier, [[p:Daniel]] via videobellen, op [[d:15-08]]. Zaaknummer [[z:WMO-2024-08871]].""")

T(
    """SMS-bericht van [[p:Rishi]] ([[d:ma 22-1]]): "opa is gevallen in de gang, niks gebroken, wel blauwe plek. huisarts komt vanmiddag". Teruggebeld en afgesproken dat ik [[d:woensdag 24/1]] langsga."""
)

T("""Verslag keukentafelgesprek Jeugdwet d.d. [[d:12-02-2024]]
Aanwezig: mw. [[p:Nasra Farah]] (moeder), dhr. [[p:Abdullahi Farah]] (vader), [[p:Guled]] (15), de {{r:schoolmaatschappelijk werker}} van het {{o:Heldring College}} ([[p:Wendy]]) en ondergetekende.
[[p:Guled]] is sinds de kerstvakantie niet meer naar school geweest. Hij zit 's nachts te gamen en slaapt overdag. Vader werkt in de haven van Rotterdam, moeder zorgt voor vijf kinderen. Ouders voelen zich machteloos en schamen zich. Er is eerder jeugdhulp geweest in 2021 via {{o:Stichting Jeugdformaat}} (dossier [[z:JF-2021-44190]]). [[p:Guled]] zegt dat hij gepest wordt om zijn Somalische achtergrond. Afgesproken: een mentor via {{o:Stichting Bouwsteen}}, dagritme-afspraken, en de {{r:leerplichtambtenaar}} schuift aan op [[d:26 feb.]]. Moeder: [[t:06-36 52 19 08]], [[e:nasra.farah@hotmail.nl]].""")

T("""Participatiewet – heronderzoek [[d:18 november 2024]]
Bij de heronderzoek-afspraak bleek dat mw. [[p:Rosa Fernández García]] (44) sinds de zomer samenwoont met [[p:Pedro Ruiz]] op haar adres, [[a:Dr. Lelykade 12-II]], [[pc:2583 CL]]. Zij heeft dit niet gemeld. Mw. zegt dat [[p:Pedro]] 'maar af en toe' blijft. Op basis van het huisbezoek van [[d:4 november]] (handhaving, rapport [[z:HH-2024-3391]]) is het vermoeden van een gezamenlijke huishouding sterk. Gevolgen uitgelegd; mw. wordt uitgenodigd met [[p:Pedro]] voor een gesprek. Haar zoon [[p:Pablo]] (14) is aanwezig bij het gesprek geweest; dat was niet ideaal. BSN mw.: [[b:@]]. Rekening: [[i:@ASNB ]].""")

T("""Voortgangsrapportage [[d:1 juli 2024]] — mw. [[p:Ahmadi]]
Mw. is bij {{o:Centrum '45}} halverwege haar EMDR-behandeling. Ze sliep in juni voor het eerst weer hele nachten. [[p:Zahra]] heeft haar overgangsrapport gehaald (naar havo 4). Vriendin [[p:Shabnam]] neemt mw. mee naar het vrouwencafé in het {{o:wijkcentrum}}. Financieel: de {{o:Belastingdienst}} heeft een terugvordering kinderopvangtoeslag ingetrokken na de hersteloperatie; mw. ontvangt [[d:1 augustus]] een compensatie. Rekening waarop dit komt: [[i:@INGB]]. Ik blijf betrokken tot het einde van de behandeling.""")

T(
    """Overdracht [[p:Ingrid]] → [[p:Karim]]: cliënt dhr. [[p:Zieliński]] ([[p:Paweł]], 38). Dhr. is op [[d:26.02.2024]] verhuisd van de [[a:Laakkade 6-B]] naar een kamer in een short-stay pand aan de [[a:Binckhorstlaan 129-K14]], [[pc:2516 BA]]. Hij werkt via {{o:Otto Workforce}} bij een koelhuis in Maasdijk. Vraag: hulp bij inschrijving huisarts en bij een claim op achterstallig vakantiegeld. {{o:FNV}} helpt mee (dossier [[z:FNV-2024-58812]]). Zijn broer [[p:Piotr Zieliński]] woont in Westland, [[t:06-24 90 58 17]]."""
)

T("""Keukentafelgesprek Wmo/Jeugdwet gecombineerd, [[d:zaterdag 7 september 2024]] (op verzoek van het gezin in het weekend)
Gezin [[p:Barzani]], [[a:Delftselaan 48-1]], [[pc:2512 RD]], {{w:Valkenboskwartier}}. Vader [[p:Dilshad Barzani]] (45) kwam in 2000 als Koerdische vluchteling uit Irak; moeder [[p:Nasrin]] (41) volgde in 2004. Kinderen: [[p:Rojin]] (17), [[p:Aram]] (12) en [[p:Helin]] (6), die het syndroom van Down heeft. Moeder heeft sinds een jaar chronische pijnklachten en kan [[p:Helin]] niet meer tillen. [[p:Rojin]] zorgt na school voor haar zusje en haar cijfers zakken. Vader werkt als kok in een restaurant in {{w:Scheveningen}} en komt pas na middernacht thuis.
Wat het gezin vraagt: logeeropvang voor [[p:Helin]] één weekend per maand, vervoer naar de mytylschool ({{o:Mytylschool De Witte Vogel}}), en hulp in huis voor moeder. Opa [[p:Barzani]] woont in Erbil en belt dagelijks; oma is in 2019 overleden.
Actie: aanvraag Jeugdwet logeeropvang via {{o:Middin}}, Wmo-aanvraag hh voor moeder, en [[p:Rojin]] aanmelden bij {{o:Jong Mantelzorg}}. Contact vader: [[t:06-49 13 62 08]]; [[p:Rojin]]: [[e:rojin.barzani@gmail.com]]. CJG-nummer [[p:Helin]]: [[z:CJG-2018-77104]].""")

T(
    """Ook even genoteerd: de Filipijnse buurvrouw van mw. [[p:Mulder]], [[p:Maricel Santos]], doet soms boodschappen voor haar. Mw. [[p:Santos]] werkt als huishoudster bij een ambassade in {{w:Benoordenhout}} en is op maandag en donderdag vrij. Telefoon: [[t:06-41 27 03 95]]."""
)

T(
    """Intake Wmo [[d:6-5-2024]]: dhr. [[p:Arjun Mehta]] (41), kennismigrant, werkt bij een IT-bedrijf in {{w:Ypenburg}}. Zijn vrouw [[p:Kavya]] heeft na de geboorte van hun tweede kind een ernstige depressie en durft niet alleen te zijn met de baby. Familie zit in Pune; schoonmoeder komt pas in juli. Vraag: tijdelijke ondersteuning thuis. Het gezin woont sinds [[d:1 oktober 2023]] op de [[a:Ypenburgse Boslaan 212]], [[pc:2496 ZA]]. De {{r:kraamverzorgster}} en de {{r:jeugdverpleegkundige}} ([[p:Anouk]], {{o:CJG}}) maken zich zorgen. Mw. staat op de wachtlijst bij {{o:Parnassia}} (moeder-babyzorg). Aanvraag spoed-hh en een vrijwilliger van {{o:Home-Start}}. Mail dhr.: [[e:arjun.mehta@protonmail.com]]."""
)

T(
    """Notitie [[d:vr 15/11]] — huisbezoek samen met de {{r:wijkagent}}. Bewoonster [[p:Gizella Horváth]] (57, Hongaarse) van de [[a:Groenteweg 31-A]] heeft al maanden ruzie met de bovenburen, familie [[p:Hassan]]. Over en weer klachten: geluid, water door het plafond, laatst een duw op de trap. Mw. [[p:Horváth]] woont er sinds 1998 en voelt zich 'weggepest'. [[p:Hassan]] senior ([[p:Tarek]]) zegt dat mw. elke avond met een bezemsteel tegen het plafond slaat. Beide partijen willen buurtbemiddeling. Aangemeld, zaaknr. {{o:Buurtbemiddeling}} [[z:BB-DH-24-0772]]."""
)

T("""Evaluatie [[d:29 augustus]], dhr. [[p:Nguyen]] ([[p:Van Thanh]])
Personenalarmering werkt; meneer heeft er twee keer gebruik van gemaakt. Dochter [[p:Linh]] woont inmiddels op loopafstand ([[a:Moerweg 14]]). Meneer gaat op maandag naar de dagbesteding van {{o:Stichting Vietnamese Ouderen}}, vervoer via {{o:Regiotaxi}}. De {{r:neuroloog}} van het {{o:Haga}} heeft de medicatie aangepast. Plan loopt goed; volgende evaluatie [[d:1 maart 2025]].""")

T("""Aanmelding via mail van {{r:intern begeleider}} [[p:Jolien Schouten]] ([[e:j.schouten@obs-dekameleon.nl]]), [[d:11 maart]]:
'Beste wijkteam, ik maak me zorgen om [[p:Ayoub]] ([[d:12-06-2016]]) uit groep 5. Hij komt vaak zonder ontbijt en met vieze kleren. Moeder, mw. [[p:Lahlou]], reageert niet op onze uitnodigingen. Vader is volgens [[p:Ayoub]] "in Marokko". Het gezin woont op de [[a:Van Ostadestraat 220-3]]. Kunnen jullie contact zoeken?'
Actie: eerst huisbezoek met de {{r:jeugdverpleegkundige}}.""")


def check_unlabeled(text, pii):
    """Return name tokens that occur in the text outside any pii span (sanity net)."""
    covered = [False] * len(text)
    for s in pii:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    toks = set()
    for s in pii:
        if s["label"] == "person":
            for w in re.findall(r"[^\W\d_][\w'\-]+", s["text"]):
                if len(w) > 2 and w.lower() not in (
                    "van",
                    "der",
                    "den",
                    "de",
                    "el",
                    "al",
                    "ten",
                    "ter",
                    "bin",
                ):
                    toks.add(w)
    issues = []
    for w in toks:
        for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text):
            if not all(covered[m.start() : m.end()]):
                issues.append((w, m.start()))
    return issues


# Roles that must stay readable wherever they occur (in addition to every keep span
# marked by hand somewhere in the corpus, which is also completed everywhere).
ROLE_EXTRA = [
    "huisarts",
    "gezinsvoogd",
    "casemanager dementie",
    "Casemanager dementie",
    "MEE-consulent",
    "pleegzorgwerker",
    "Pleegzorgwerker",
    "gezinscoach",
    "bewindvoerder",
    "Bewindvoerder",
    "wijkagent",
    "mentor",
    "notaris",
    "curator",
    "Curator",
    "tolk",
    "Tolk",
    "woonconsulent",
    "Woonconsulent",
    "jobcoach",
    "Jobcoach",
    "werkbegeleider",
    "kraamverzorgster",
    "deurwaarder",
    "trainer",
    "juf",
    "kinderpsychiater",
    "ambulant woonbegeleider",
    "begeleider",
    "mediator",
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "casusregisseur",
    "klantmanager",
    "leerplichtambtenaar",
    "jeugdconsulent",
    "ergotherapeut",
    "vrijwilliger",
    "Vrijwilligster",
    "piketmedewerker",
    "nachtzuster",
    "coördinator",
    "chef",
]


def complete_keep(text, pii, keep, vocab):
    """Mark every further occurrence of known keep terms that is not inside another span."""
    taken = [False] * len(text)
    for s in pii + keep:
        for k in range(s["start"], s["end"]):
            taken[k] = True
    for term, lab in sorted(vocab.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text):
            if not any(taken[m.start() : m.end()]):
                keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": term})
                for k in range(m.start(), m.end()):
                    taken[k] = True
    keep.sort(key=lambda s: s["start"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout50.jsonl")
    rendered = [render(src.strip("\n")) for src in TEXTS]
    vocab = {r: "role" for r in ROLE_EXTRA}
    for _t, _p, keep in rendered:
        for s in keep:
            vocab.setdefault(s["text"], s["label"])
    rows = []
    for i, (text, pii, keep) in enumerate(rendered):
        complete_keep(text, pii, keep, vocab)
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip() and s["text"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        rows.append({"id": "ho50-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows, path


if __name__ == "__main__":
    import sys

    rows, path = main()
    if "--check" in sys.argv:
        from collections import Counter

        pc, kc, words = Counter(), Counter(), []
        for r in rows:
            for s in r["pii"]:
                pc[s["label"]] += 1
            for s in r["keep"]:
                kc[s["label"]] += 1
            words.append(len(r["text"].split()))
            iss = check_unlabeled(r["text"], r["pii"])
            kt = r["text"]
            cov = [False] * len(kt)
            for s in r["pii"] + r["keep"]:
                for k in range(s["start"], s["end"]):
                    cov[k] = True
            for s in r["keep"]:
                for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", kt):
                    if not any(cov[m.start() : m.end()]):
                        print("KEEP-UNMARKED?", r["id"], s["text"], m.start())
            if iss:
                print("UNLABELED?", r["id"], iss, r["text"][:60].replace("\n", " "))
        tot = sum(pc.values())
        print(
            len(rows),
            "texts; words avg %.1f min %d max %d"
            % (sum(words) / len(words), min(words), max(words)),
        )
        print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
        print("keep", dict(kc))
    print("wrote", path, len(rows))
