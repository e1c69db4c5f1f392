#!/usr/bin/env python3
"""Held-out test corpus 57: structured records and documents (forms, exports,
caseloads, creditor lists, rosters, registrations, address changes, Veilig Thuis
reports, court/bewind correspondence, care plans).

Markup inside the texts:
  [[p:...]] person  [[b:...]] bsn  [[t:...]] phone  [[e:...]] email  [[i:...]] iban
  [[pc:...]] postcode  [[a:...]] address  [[d:...]] date  [[dos:...]] dossier
  {{w:...}} wijk  {{o:...}} org  {{r:...}} role
Placeholders (filled deterministically before markup is stripped):
  §B§ BSN plain, §B.§ BSN 1234.56.782, §B_§ BSN 123 456 782
  §I§ NL IBAN spaced, §Ic§ NL IBAN compact, §Ibe§ Belgian IBAN spaced
Writes heldout57.jsonl next to this script.
"""

import json
import os
import random
import re

RNG = random.Random(5757)

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]


def make_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def _iban_check(country, bban):
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return 98 - int(conv) % 97


def make_iban_nl():
    bank = RNG.choice(BANKS)
    acc = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    bban = bank + acc
    return "NL%02d%s" % (_iban_check("NL", bban), bban)


def make_iban_be():
    first = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    nat = int(first) % 97 or 97
    bban = first + "%02d" % nat
    return "BE%02d%s" % (_iban_check("BE", bban), bban)


def spaced(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def fill(m):
    kind = m.group(1)
    if kind.startswith("B"):
        b = make_bsn()
        if kind == "B.":
            return b[:4] + "." + b[4:6] + "." + b[6:]
        if kind == "B_":
            return b[:3] + " " + b[3:6] + " " + b[6:]
        return b
    if kind == "Ic":
        return make_iban_nl()
    if kind == "Ibe":
        return spaced(make_iban_be())
    return spaced(make_iban_nl())


MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|dos):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos, cur = [], [], [], 0, 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt, dest = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dest = KEEP[m.group(3)], m.group(4), keep
        dest.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


TEXTS = []


def T(s):
    TEXTS.append(s)


# ---------------------------------------------------------------- intake forms
T("""AANMELDFORMULIER SOCIAAL WIJKZORGTEAM {{w:MOERWIJK}}
Datum aanmelding: [[d:14-01-2025]]
Aangemeld door: [[p:Nadia Ouali]] ({{r:praktijkondersteuner}}, {{o:Huisartsenpraktijk Zuiderpark}})

Gegevens cliënt
Naam: [[p:Mohamed El Khayari]]
Geboortedatum: [[d:03-07-1961]]
BSN: [[b:§B§]]
Adres: [[a:Zuidlarenstraat 114]]
Postcode: [[pc:2545 VT]]
Woonplaats: Den Haag
Telefoon: [[t:06-41873920]]
E-mail: [[e:m.elkhayari61@hotmail.com]]
Huisarts: [[p:H. Bouwman]]
Contactpersoon: [[p:Samira El Khayari]]
Relatie: dochter
Telefoon contactpersoon: [[t:06 2839 4417]]

Hulpvraag: huurachterstand 4 mnd, post blijft ongeopend, dhr. slaapt slecht sinds overlijden echtgenote (2023). Wil (nog) geen {{o:GGZ}}.
Toestemmingsverklaring getekend: ja""")

T("""Intake SWT {{w:Transvaal}} - gesprek [[d:di 4/2]] op locatie
naam ..................: [[p:Ayşe Kaya-Demir]]
geb.datum .............: [[d:17.09.1984]]
bsn ...................: [[b:§B.§]]
adres .................: [[a:Kempstraat 88-1]], [[pc:2572GE]] Den Haag
tel ...................: [[t:0629183746]] (voicemail vol)
iban ..................: [[i:§Ic§]]
huisarts ..............: dr. [[p:Sewdien]], {{o:Gezondheidscentrum Transvaal}}
kinderen ..............: [[p:Elif]] (11), [[p:Kerem]] (7), [[p:Yusuf]] (3)
ex-partner ............: [[p:Mustafa Kaya]], geen contact, straatverbod t/m [[d:1 juni 2025]]
contactpersoon ........: zus [[p:Hatice]], [[t:06-55102938]]
bijzonderheden ........: spreekt redelijk NL, tolk Turks bij formele gesprekken. [[p:Kerem]] is bekend bij {{o:CJG}} (gedrag op school).""")

T("""Aanmelding via {{o:Servicepunt XL}} {{w:Escamp}}, [[d:12-02-2025]]
Naam: [[p:Koster]], [[p:J.P.]] (roepnaam [[p:Jan-Peter]])
Geb.: [[d:22-11-1958]]    BSN: [[b:§B§]]
Adres: [[a:Escamplaan 301]]    [[pc:2547 GC]]
Tel: [[t:070-3661024]]
Vraag: hulp bij aanvraag huishoudelijke ondersteuning via {{o:Wmo-loket}}. Dhr. is mantelzorger voor zijn vrouw [[p:Roos]] (Alzheimer); {{r:casemanager dementie}} is [[p:Ineke]] van {{o:WZH}}. Dhr. was vroeger koster van de kerk aan de Loosduinseweg, heeft veel netwerk maar vraagt niets.""")

T("""INTAKEFORMULIER
Cliëntnummer: [[dos:SWT-LK-2025-0147]]
Naam: [[p:Wiśniewski]], [[p:Paweł]]
Geboortedatum: [[d:08-05-1990]]
BSN: [[b:§B_§]] (ingeschreven RNI)
Nationaliteit: Pools
Adres: [[a:Rijswijkseweg 512-B]], kamer 3 (pension)
Postcode: [[pc:2516 HM]]
Telefoon: [[t:+48 601 224 873]] / [[t:06-87120934]]
E-mail: [[e:pawel.wisniewski90@wp.pl]]
IBAN: [[i:§I§]]
Contactpersoon: [[p:Agnieszka Wiśniewska]] - Relatie: zus (woont in Gdańsk)
Hulpvraag: ontslagen na bedrijfsongeval, huisvesting hangt aan het uitzendcontract ({{o:Otto Work Force}}), moet kamer uit per [[d:1 maart]]. Geen zorgverzekering sinds [[d:31-12-2024]].""")

T("""Aanmeldformulier SWT {{w:Laak}}
Datum: [[d:03 februari 2025]]
Naam cliënt: [[p:Yonas Tesfamariam]]
Geboortedatum: [[d:01-01-1998]] (volgens verblijfsdocument)
BSN: [[b:§B§]]
Adres: [[a:Slachthuisstraat 21-A]], [[pc:2521 EB]] Den Haag
Telefoon: [[t:0687719203]]
E-mail: -
Huisarts: {{o:Huisartsenpraktijk Laakkwartier}}, dr. [[p:M. Kalpoe]]
Contactpersoon: [[p:Semhar Ghebremedhin]] | Relatie: tante | [[t:06 1109 8742]]
Begeleiding {{o:VluchtelingenWerk}} loopt tot [[d:31-03-2025]], daarna overdracht aan SWT.
Toelichting: inburgering loopt, lening {{o:DUO}}, brieven {{o:CJIB}} niet begrepen. Tolk Tigrinya nodig.""")

T("""Aanmelding {{r:ouderenconsulent}} {{w:Mariahoeve}}
Naam: mevr. [[p:S. Jagessar-Ramsaroep]]   roepnaam: [[p:Sita]]
Geb.datum: [[d:19-04-1942]]
Adres: [[a:Isabellaland 1402]]   [[pc:2591 EH]]
Tel. vast: [[t:(070) 347 21 88]]
Mantelzorger: zoon [[p:Ravi Jagessar]], [[t:06-28374651]], [[e:ravi.jagessar@gmail.com]]
Huisarts: [[p:Van Leeuwen]]
Situatie: valt vaker, weigert personenalarmering. Zoon werkt fulltime in Rotterdam, komt in het weekend. Vraag: dagbesteding 2x p/w, {{r:casemanager dementie}} inschakelen? Volgende huisbezoek [[d:do 20 feb]] 10.00 uur.""")

T("""Naam: [[p:Khaled Al-Hassan]] | Geb.: [[d:1979-06-14]] | BSN: [[b:§B§]]
Partner: [[p:Rasha Al-Hassan]] | Geb.: [[d:1983-02-02]]
Kinderen: [[p:Lana]] (2009), [[p:Omar]] (2012), [[p:Jad]] (2016)
Adres: [[a:Hobbemastraat 140]], [[pc:2526 JT]]
Tel: [[t:+31 6 4412 0987]]
IBAN vaste lasten: [[i:§I§]]
Aangemeld door {{r:klantmanager}} {{o:Werk en Inkomen}} ([[p:Lotte Brink]]). Reden: energieschuld {{o:Eneco}} ca. € 2.400, twee kinderen met schoolverzuim, vader werkt nachtdiensten. {{o:CJG}} is op de hoogte.""")

T("""TOESTEMMINGSVERKLARING UITWISSELING GEGEVENS

Ondergetekende,
Naam: [[p:Francisca Lopes Tavares]]
Geboortedatum: [[d:27/08/1975]]
Adres: [[a:Parallelweg 77-III]], [[pc:2525 ND]] Den Haag

geeft toestemming aan het {{o:sociaal wijkzorgteam}} {{w:Schilderswijk}} om gegevens uit te wisselen met:
[x] huisarts (dr. [[p:Nunes]])
[x] {{o:Haag Wonen}}
[x] {{o:Schuldhulpverlening Den Haag}}
[ ] {{o:UWV}}
[ ] anders, nl. .......

Deze toestemming geldt tot en met [[d:14-08-2025]].
Datum: [[d:14-02-2025]]
Namens het team: [[p:Bram Hoekstra]], {{r:casusregisseur}}""")

T("""intake [[d:6/3]] mw boateng
naam: [[p:akosua boateng]]
geb [[d:12-12-88]]
tel [[t:0612039485]]
adres [[a:zuiderparklaan 233-3]] [[pc:2574 hb]]
kids: [[p:kwame]] 9 en [[p:ama]] 5
ghanees, spreekt engels en twi. vraagt hulp bij toeslagen, {{o:belastingdienst}} vordert € 3.800 kinderopvangtoeslag terug -> hersteloperatie? nagaan bij {{o:UHT}}. afspraak vlgd week met [[p:Jeroen]] ({{r:sociaal raadslid}}).""")

T("""AANMELDING
Verwijzer: {{r:wijkagent}} [[p:R. Hooi]] ({{o:politie}} {{w:Duindorp}}/{{w:Scheveningen}})
Datum: [[d:vrijdag 7 maart 2025]]
Cliënt: [[p:Shanaya Martina]]
Geboren: [[d:2 april 2001]] te Willemstad
BSN: [[b:§B§]]
Verblijfsadres: bij vriendin, [[a:Westduinweg 128]], [[pc:2583 AD]] (niet ingeschreven)
Postadres: briefadres via {{o:Leger des Heils}}
Tel: [[t:06-1928 3746]]
Reden aanmelding: geen inkomen, schulden, jonge moeder van [[p:Jaïr]] (1 jr). {{o:Jeugdbescherming West}} betrokken, {{r:jeugdzorgwerker}} [[p:Mirjam Smit]].""")

T("""Naam: [[p:Chen Weiming]] (achternaam: [[p:Chen]])
Geboortedatum: [[d:11-10-1949]]
Adres: [[a:Wagenstraat 52-2]], [[pc:2512 AZ]] Den Haag
Tel: [[t:070 364 1177]]
Contactpersoon: [[p:Lin Mei]] (kleindochter) - [[t:0645560912]] - [[e:mei.lin@outlook.com]]
Huisarts: onbekend, dhr. gaat naar Chinese arts in Rotterdam.
Signaal van kleindochter: opa eet slecht sinds januari, vergeet gas uit te zetten. [[p:Mei]] komt in mei terug uit Taiwan en wil bij het eerste gesprek zijn. {{r:Wijkverpleegkundige}} {{o:Florence}} gevraagd om vooraf huisbezoek.""")

T("""Aanmeldformulier SWT {{w:Spoorwijk}}
Naam: [[p:Hodan Warsame Abdi]]
Geboortedatum: [[d:01-01-1987]]
BSN: [[b:§B.§]]
Adres: [[a:Fruitweg 19 bis]], [[pc:2525 KC]]
Telefoon: [[t:06-38291047]]
Taal: Somalisch (tolk via {{o:Global Talk}}), beetje Engels
Gezin: 5 kinderen, oudste [[p:Abdirahman]] (17) tolkt vaak - niet wenselijk.
Contactpersoon: [[p:Faadumo Ali]] (buurvrouw) [[t:070-3809914]]
Huisarts: dr. [[p:Tahiri]]
Vraag: woning te klein, schimmel; aanvraag urgentie afgewezen op [[d:9-1-2025]]. Wil bezwaar maken.""")

T("""Klantgegevens (uit registratiesysteem, [[d:24-02-2025]])
Achternaam ........ [[p:Popescu]]
Voornamen ......... [[p:Andreea Maria]]
Geboortedatum ..... [[d:30-06-1995]]
Burgerservicenr. .. [[b:§B§]]
Straat + nr ....... [[a:Hoefkade 610-hs]]
Postcode/plaats ... [[pc:2526 BX]] DEN HAAG
Telefoon .......... [[t:+40 745 118 902]]
E-mailadres ....... [[e:andreea.popescu95@yahoo.ro]]
Rekeningnummer .... [[i:§I§]]
Werkgever ......... schoonmaakbedrijf, 0-urencontract
Opmerking ......... via {{o:Stichting Mooi}} doorverwezen, spreekt Roemeens/Engels.""")

T("""Aanmelding dagbesteding - formulier {{o:Wmo-loket}}
Aanvrager: [[p:W.F. (Wim) de Wit]]
Geboortedatum: [[d:7 december 1950]]
Adres: [[a:Loevesteinlaan 288]], [[pc:2533 PP]] Den Haag ({{w:Moerwijk}})
Telefoonnummer: [[t:070 - 397 44 02]]
Aanvraag ingediend door: [[p:Anja Visser]], {{r:wijkverpleegkundige}} {{o:Zorg aan Huis}}, [[e:a.visser@zorgaanhuis.nl]]
Indicatie: dagbesteding ouderen 3 dagdelen, vervoer nodig.
Motivatie: dhr. De Wit zit sinds overlijden van zijn vrouw (vorig jaar) alleen thuis, drinkt meer. Dochter [[p:Carla]] woont in Zwolle.""")

T("""Intake schuldhulpverlening - aanmeldgegevens
Dossiernummer: [[dos:SHV-2025-00318]]
Aanvrager: [[p:Oleksandr Kovalenko]]    geb. [[d:15-08-1982]]
Partner: [[p:Iryna Kovalenko]]           geb. [[d:02-11-1985]]
BSN aanvrager: [[b:§B_§]]
Adres: [[a:Moerweg 402 A]], [[pc:2532 AR]]
Tel: [[t:06 4410 2299]]
E-mail: [[e:kovalenko.family@gmail.com]]
Rekening inkomsten: [[i:§I§]]
Inkomen: loon dhr. ca. € 2.150 netto, toeslagen.
Aantal schuldeisers: 7 (zie lijst). Totaal ca. € 11.400.
{{r:Schuldhulpverlener}}: [[p:Marco Gerritsen]]""")

T("""Aanmelding maatjesproject {{o:Humanitas}} {{w:Bezuidenhout}}
Deelnemer: mevr. [[p:Hoop]] ([[p:Gerda]]), [[d:12-03-1938]]
Adres: [[a:Juliana van Stolberglaan 44]], [[pc:2595 CD]]
Telefoon: [[t:070 383 10 62]] (neemt niet altijd op, laten overgaan)
Aangemeld door: [[p:Sanne Verbeek]], {{r:welzijnscoach}} {{o:Xtra}}
Wens: iemand om mee te wandelen of koffie te drinken, houdt van puzzelen.
Gekoppeld maatje: [[p:Ilse Dijkman]] (vrijwilliger sinds 2022), eerste kennismaking [[d:woensdag 26 maart]] 14.00 uur.
Mevr. leeft nog in de hoop dat haar zoon weer contact opneemt.""")

T("""AANMELDING VOEDSELBANK - gegevens huishouden
Hoofdaanvrager: [[p:Nguyen Thi Hoa]]
Geb.datum: [[d:23-01-1979]]
Adres: [[a:Laakkade 156]], [[pc:2521 XJ]]
Gezinsleden:
1. [[p:Tran Van Minh]], partner, [[d:05-05-1975]]
2. [[p:Bao]], zoon, [[d:17-10-2010]]
3. [[p:Linh]], dochter, [[d:02-07-2014]]
Inkomen: bijstand + kindgebonden budget. Vaste lasten: zie bijlage.
Verwijzer: {{r:maatschappelijk werker}} [[p:Esra Yıldız]] ({{o:Xtra}}) - [[e:e.yildiz@xtra.nl]]
Ingangsdatum pakket: [[d:vr 14-3]], uitgiftepunt {{w:Laak}}.""")

T("""Van: [[e:n.boukhari@denhaag.nl]]
Aan: [[e:swt.segbroek@denhaag.nl]]
Datum: [[d:ma 10-02-2025]] 09:14
Onderwerp: aanmelding dhr. [[p:Benali]] ([[dos:WMO-2025-17732]])

Hoi team {{w:Segbroek}},

Hierbij de aanmelding van dhr. [[p:Abdelkader Benali]], [[d:04-04-1955]], [[a:Fahrenheitstraat 512]], [[pc:2561 DL]]. Tel. [[t:06-19283745]]. Dhr. belde het {{o:Wmo-loket}} omdat hij zijn trap niet meer op komt. Maar bij doorvragen: geen eten in huis, post van {{o:Vestia}} over achterstand. Kunnen jullie langs? Zoon [[p:Youssef]] wil betrokken worden: [[t:06 2094 8811]].

Groet,
[[p:Naima Boukhari]]
{{r:Wmo-adviseur}}""")

T(
    """Aanmeldformulier (handgeschreven, overgetypt door [[p:Kim]])
Naam: [[p:Ramón Isenia]]
Geb: [[d:9-9-73]]
Adr: [[a:Delagoastraat 7]] beneden
PC: [[pc:2572 GG]]
Tel: [[t:06.21.44.90.87]]
Relatie / contact: moeder [[p:mw. Isenia-Rosaria]]? 
BSN: weet hij niet uit zijn hoofd, pas volgt
Vraag: "alles loopt vast". Huur, schulden, ruzie met buren. Heeft {{o:Parnassia}} gehad 2019-2021.""".replace(
        "[[p:mw. Isenia-Rosaria]]? ", "mw. [[p:Isenia-Rosaria]]"
    )
)

T(
    """Aanmeldformulier Wmo - huishoudelijke ondersteuning
Naam: [[p:Bakker]]        Voorletters: [[p:T.]]
Geboortedatum: [[d:28-02-1947]]
Adres: [[a:Stuwstraat 3-B]]     Postcode: [[pc:2516 TN]]
Telefoon: [[t:0703821945]]
IBAN (eigen bijdrage {{o:CAK}}): [[i:§Ic§]]
Contactpersoon: [[p:Marian Bakker]] (schoondochter) [[t:06-44102938]]
Huisarts: [[p:dr. R. Sahadew]]
Toelichting: mevr. heeft COPD, redt strijken en stofzuigen niet meer. Vroeger had zij zelf een bakkerij in de {{w:Schilderswijk}}; de bakker op de hoek brengt nog brood.""".replace(
        "[[p:dr. R. Sahadew]]", "dr. [[p:R. Sahadew]]"
    )
)

T(
    """Aanmelding via huisarts - beknopt
Pat.: [[p:E. Owusu]], [[d:3.2.1969]], [[a:Paul Krugerlaan 215]], [[pc:2571 JB]]
Tel.: [[t:06-27340912]]
BSN: [[b:§B§]]
Reden: somberheid, verwaarlozing huis, geldzorgen. Pat. wil geen {{r:POH-GGZ}}, wel hulp bij post.
Akkoord pat. voor verwijzing: ja, mondeling [[d:18/02]].
[[p:dr. S. de Haan]], {{r:huisarts}}""".replace("[[p:dr. S. de Haan]]", "dr. [[p:S. de Haan]]")
)

T("""FORMULIER AANMELDING BEMOEIZORG
Datum signaal: [[d:zaterdag 15 februari 2025]]
Melder: buurvrouw, wil anoniem blijven
Betrokkene: dhr. [[p:Vos]], voornaam onbekend, ± 60 jr
Adres: [[a:Tesselsestraat 139]], 2e etage
Postcode: [[pc:2583 HJ]]
Omschrijving: stank uit woning, vuilniszakken op balkon, dhr. roept 's nachts. {{o:Haag Wonen}} ([[p:Frank de Boer]], {{r:woonconsulent}}) heeft al twee keer aangebeld.
Acties: {{o:GGD}} {{o:Bemoeizorg}} geïnformeerd [[d:17-2]], huisbezoek SWT {{w:Duindorp}} met [[p:Kees]] en [[p:Fatma]] op [[d:dinsdag 18 februari]].""")

# --------------------------------------------------------------- referral forms
T("""VERWIJSBRIEF
Van: [[p:M.A. Ramdin]], {{r:huisarts}}, {{o:Huisartsenpraktijk Hoefkade}}
Aan: {{o:MEE Zuid-Holland Noord}}, t.a.v. [[p:R. Tahiri]], {{r:MEE-consulent}}
Datum: [[d:20-01-2025]]

Betreft: [[p:Danny Wijngaarde]], geb. [[d:16-04-2000]]
Adres: [[a:Van Ostadestraat 254-2]], [[pc:2526 GS]] Den Haag
BSN: [[b:§B.§]]

Geachte collega,
Graag verwijs ik bovengenoemde jongeman naar u. Er is sprake van een licht verstandelijke beperking (IQ-onderzoek 2017), hij woont sinds kort zelfstandig en raakt het overzicht kwijt. Moeder ([[p:Gloria Wijngaarde]], [[t:06-33829104]]) is steunend maar overbelast.

Met collegiale groet,
[[p:M.A. Ramdin]]""")

T("""Doorverwijzing SWT -> {{o:Parnassia}} ({{o:FACT-team}} {{w:Centrum}})
Cliënt: [[p:Stefan Kuiper]]
Geboortedatum: [[d:02-10-1980]]
Adres: [[a:Stationsweg 41c]], [[pc:2515 BK]]
Tel: [[t:06 1029 3847]]
Verwijzer: [[p:Priya Mohan]], {{r:maatschappelijk werker}} SWT {{w:Stationsbuurt}}, [[t:06-50293817]], [[e:p.mohan@xtra.nl]]
Reden: psychotische klachten, eerder opname 2022. Gebruikt cannabis. Dreigende huisuitzetting per [[d:1 april]]. Cliënt wil wel "een vast iemand".
Verwijzing huisarts aanwezig: ja (dr. [[p:Groen]], [[d:11-2-2025]]).""")

T("""Overdrachtsformulier SWT {{w:Bouwlust}} → SWT {{w:Leidschenveen}}/{{w:Ypenburg}}
Reden: verhuizing cliënt per [[d:1-4-2025]]
Cliënt: [[p:Marisol Semedo Fortes]], [[d:21-11-1992]]
Oud adres: [[a:Withuysstraat 88]], [[pc:2541 RG]]
Nieuw adres: [[a:Laan van Wateringse Veld 1030]], [[pc:2548 BE]]
Telefoon blijft: [[t:06-70293815]]
Dossiernummer: [[dos:2023-04711]]
Lopende zaken: budgetbeheer via {{o:Kredietbank Haaglanden}}, {{r:gezinscoach}} {{o:CJG}} voor dochter [[p:Naomi]] (6).
Overdragend: [[p:Annelies Koster]] ({{r:casusregisseur}})
Ontvangend: [[p:Hamza Ait Lahcen]]""")

T("""Aanvraag Housing First / {{o:Leger des Heils}}
Aanvrager (professional): [[p:Tim van Dam]], SWT {{w:Centrum}}
Cliënt: [[p:Gjergj Hoxha]], geb. [[d:10-03-1977]], Albanese nationaliteit, verblijfsvergunning
BSN: [[b:§B§]]
Laatste adres: [[a:Prinsegracht 12-D]] (tot [[d:30-11-2024]])
Nu: slaapt in nachtopvang Zilverstraat, soms in auto.
Telefoon (prepaid): [[t:0684920173]]
Ondersteuning nu: {{r:trajectbegeleider}} [[p:Lieke]] van {{o:Brijder}} (alcohol).""")

T(
    """Verwijzing {{o:CJG}} - zorgen om kinderen
Datum: [[d:26-02-2025]]
Ouder: [[p:Zarmina Ahmadzai]]   tel. [[t:06-40392817]]
Kinderen:
- [[p:Sahel Ahmadzai]], [[d:14-06-2013]], {{o:basisschool De Springbok}}
- [[p:Mariam Ahmadzai]], [[d:01-09-2016]], zelfde school
Adres: [[a:Erasmusweg 1122]], [[pc:2532 CT]]
Zorg: moeder depressief sinds vader terug naar Afghanistan is, kinderen komen vaak te laat, [[p:Sahel]] zorgt voor huishouden. {{r:Intern begeleider}} [[p:mw. Pattipeilohy]] heeft ook zorgen.
Verwijzer: {{r:casusregisseur}} [[p:Wendy Dekker]]""".replace(
        "[[p:mw. Pattipeilohy]]", "mw. [[p:Pattipeilohy]]"
    )
)

T("""Aanmeldformulier {{o:Kredietbank Haaglanden}} - budgetbeheer
Klantnr.: [[dos:KBH-88213]]
Naam: [[p:Sunita Radjkoemar]] / Partner: n.v.t.
Geb.: [[d:05-12-1966]]
BSN: [[b:§B_§]]
Adres: [[a:De la Reyweg 515 A]], [[pc:2571 EW]]
Tel: [[t:070-3601288]]
Inkomen: WIA via {{o:UWV}} € 1.612,- p/m op [[i:§I§]]
Beheerrekening: [[i:§I§]]
Verwijzer: {{r:budgetcoach}} [[p:Roel Smit]]""")

T("""Verwijsformulier {{r:POH-GGZ}} → SWT
Patiënt: [[p:Hüseyin Öztürk]]
Geboortedatum: [[d:12-05-1964]]
Telefoon: [[t:+31 (0)6 2210 3948]]
Adres: [[a:Hengelolaan 990]], [[pc:2545 GM]]
Reden: rouw, sociaal isolement, spreekt weinig Nederlands. Dochter [[p:Derya]] regelt de post.
Verwijzer: [[p:Liesbeth Kok]], {{r:POH-GGZ}}, {{o:Gezondheidscentrum Escamp}}
Datum: [[d:4 maart 2025]]""")
# ------------------------------------------------------- exported tables / caseloads
T("""Caseload [[p:J. Pinas]] ({{r:maatschappelijk werker}}) - stand [[d:01-03-2025]]
| Cliënt | Cliëntnr | Wijk | Start | Status | Volgende actie |
|---|---|---|---|---|---|
| [[p:Aziz, M.]] | [[dos:770341]] | {{w:Schilderswijk}} | [[d:12-09-2024]] | actief | HB [[d:5-3]] |
| [[p:Sabajo, R.]] | [[dos:770512]] | {{w:Schilderswijk}} | [[d:03-10-2024]] | wacht op bewind | bellen griffie |
| [[p:Kowalczyk, E.]] | [[dos:771003]] | {{w:Transvaal}} | [[d:21-11-2024]] | actief | MDO [[d:11-3]] |
| [[p:Mensah, K.]] | [[dos:771288]] | {{w:Rustenburg}} | [[d:08-01-2025]] | intake | tolk regelen |
| [[p:De Wit, H.]] | [[dos:771402]] | {{w:Transvaal}} | [[d:20-01-2025]] | afsluiten | eindgesprek |
Totaal 5 actief. Max. caseload {{r:mw'er}} = 18, ruimte voor 2 nieuwe.""")

T("""datum;medewerker;client;type;duur;notitie
[[d:2025-02-03]];[[p:S. Verbeek]];[[p:Hoop G.]];huisbezoek;60;maatje [[p:Ilse]] was aanwezig
[[d:2025-02-04]];[[p:S. Verbeek]];[[p:Yilmaz E.]];telefonisch;15;afspraak verzet ivm ziekte
[[d:2025-02-04]];[[p:A. Benali]];[[p:Pinas-Kromodimedjo W.]];kantoor;45;aanvraag BBZ besproken
[[d:2025-02-06]];[[p:A. Benali]];[[p:Dimitrova S.]];huisbezoek;90;tolk Bulgaars via telefoon
[[d:2025-02-07]];[[p:S. Verbeek]];[[p:Hoop G.]];telefonisch;10;geen gehoor
[[d:2025-02-07]];[[p:R. Ghebre]];[[p:Osman A.]];ketenoverleg;30;{{o:Veilig Thuis}} aangesloten""")

T("""Export cliëntregistratie SWT {{w:Laak}} ([[d:24-02-2025]] 16:02)
clientnr\tnaam\tgeboortedatum\tpostcode\thuisnr\ttelefoon
[[dos:LK-20931]]\t[[p:Tekle, Yohannes]]\t[[d:12-03-1991]]\t[[pc:2521AB]]\t14\t[[t:0612345098]]
[[dos:LK-20934]]\t[[p:Moreira Gomes, Ana]]\t[[d:30-07-1988]]\t[[pc:2521CS]]\t201\t[[t:0687432190]]
[[dos:LK-20940]]\t[[p:Jhinkoe-Rai, Anand]]\t[[d:05-01-1959]]\t[[pc:2522GE]]\t8\t[[t:0703899012]]
[[dos:LK-20951]]\t[[p:El Idrissi, Fatiha]]\t[[d:19-11-1970]]\t[[pc:2521EB]]\t33\t[[t:0641190283]]
[[dos:LK-20957]]\t[[p:Visser, Ruud]]\t[[d:22-02-1965]]\t[[pc:2522AN]]\t92\t[[t:0628761234]]
5 regels geëxporteerd door [[p:h.aitlahcen]]""")

T(
    """Wachtlijst SWT {{w:Escamp}} - week 9
Nr | Naam | Aangemeld | Door | Urgentie
1 | [[p:mw. F. Kaya]] | [[d:10/02]] | {{o:Servicepunt XL}} | hoog
2 | [[p:dhr. Lopes]] | [[d:11/02]] | huisarts | middel
3 | [[p:Zofia Nowak]] | [[d:13/02]] | {{o:Haag Wonen}} | hoog (huisuitzetting)
4 | [[p:mw. Bos]] | [[d:17/02]] | dochter | laag
5 | [[p:Mehmet & Gül Şahin]] | [[d:19/02]] | {{o:Wmo-loket}} | middel
Verdeling in teamoverleg donderdag.""".replace("[[p:mw. F. Kaya]]", "mw. [[p:F. Kaya]]")
    .replace("[[p:dhr. Lopes]]", "dhr. [[p:Lopes]]")
    .replace("[[p:mw. Bos]]", "mw. [[p:Bos]]")
    .replace("[[p:Mehmet & Gül Şahin]]", "[[p:Mehmet]] & [[p:Gül Şahin]]")
)

T("""Overzicht signalen {{o:Servicepunt XL}} {{w:Moerwijk}} (uitdraai)
---------------------------------------------------------
ticket        datum        naam                  onderwerp
[[dos:#20250214-0012]] [[d:14-02-2025]]   [[p:Rahimi, Sayed]]        brief {{o:Belastingdienst}}
[[dos:#20250214-0019]] [[d:14-02-2025]]   [[p:Groen, Petra]]         energietoeslag
[[dos:#20250217-0003]] [[d:17-02-2025]]   [[p:Adeyemi, Chioma]]      huurachterstand
[[dos:#20250218-0027]] [[d:18-02-2025]]   [[p:Lam, Kevin]]           DigiD kwijt
---------------------------------------------------------
door te zetten naar SWT: [[p:Adeyemi]] (3 mnd achterstand, 2 kinderen)""")

T(
    """MDO-agenda SWT {{w:Mariahoeve}} - [[d:donderdag 6 maart]], 13.30-15.00, wijkcentrum
| # | Casus | Inbrenger | Vraag aan team |
|---|-------|-----------|----------------|
| 1 | mw. [[p:Jagessar]] ([[dos:MH-1187]]) | [[p:Lisa]] ({{r:ouderenconsulent}}) | dagbesteding of WLZ-indicatie? |
| 2 | dhr. [[p:Van der Zon]] ([[dos:MH-1203]]) | [[p:Erik]] ({{r:wijkverpleegkundige}}) | vervuiling, zorgmijding |
| 3 | fam. [[p:Haddad]] ([[dos:MH-1219]]) | [[p:Samira]] ({{r:mw]}}) | schulden + 4 kinderen |
| 4 | mw. [[p:Winter]] ([[dos:MH-1220]]) | [[p:Joost]] ({{r:Wmo-adviseur}}) | afsluiten? |
Notulist: [[p:Erik]]. Volgende MDO [[d:20 maart]].""".replace("{{r:mw]}}", "{{r:mw}}")
)

T("""Huisbezoekplanning week 11 - [[p:Fatma Aydın]]
ma [[d:10-03]]  09.30  [[p:Okafor]], [[a:Melis Stokelaan 1770]]
ma [[d:10-03]]  11.00  [[p:Sterk]] (mw.), [[a:Loosduinsekade 402-1]]
di [[d:11-03]]  kantoordag
wo [[d:12-03]]  10.00  fam. [[p:Dimitrov]], [[a:Moerweg 90]], tolk Bulgaars 10.15
do [[d:13-03]]  14.00  [[p:Rosaria]], [[a:Kamperfoeliestraat 81]] - samen met [[p:Jurgen]] ({{o:Brijder}})
vr [[d:14-03]]  vrij
NB mw. Sterk heeft een sterk wantrouwen naar instanties, niet met twee personen komen.""")

T("""aanvraagnr,aanvrager,geb_datum,voorziening,status,behandelaar,besluit
[[dos:AV-88213]],[[p:Martina-Leito C.]],[[d:1966-07-19]],scootmobiel,toegekend,[[p:J. Vermeulen]],[[d:2025-01-22]]
[[dos:AV-88240]],[[p:Haddou M.]],[[d:1951-03-03]],traplift,in behandeling,[[p:J. Vermeulen]],
[[dos:AV-88301]],[[p:Kromodimedjo S.]],[[d:1944-12-30]],huishoudelijke hulp,afgewezen,[[p:N. Boukhari]],[[d:2025-02-03]]
[[dos:AV-88317]],[[p:Smit P.]],[[d:1979-09-09]],begeleiding individueel,toegekend,[[p:N. Boukhari]],[[d:2025-02-10]]""")

T("""Mantelzorgwaardering 2025 - aanvragen via SWT (uitbetaling via IBAN)
Mantelzorger | Zorgt voor | IBAN | Aangevraagd
[[p:Ravi Jagessar]] | moeder [[p:Sita]] | [[i:§I§]] | [[d:03-02-2025]]
[[p:Hatice Kaya]] | zus [[p:Ayşe]] | [[i:§I§]] | [[d:04-02-2025]]
[[p:Marian Bakker]] | schoonmoeder | [[i:§Ic§]] | [[d:11-02-2025]]
[[p:Youssef Benali]] | vader | [[i:§I§]] | [[d:12-02-2025]]
Bedrag € 150 p.p., uitbetaling door {{o:Mantelzorg Den Haag}} binnen 6 weken.""")

T("""Bereikbaarheidslijst SWT {{w:Segbroek}} (intern, niet verspreiden)
Naam                 Functie                     Mobiel            Mail
[[p:Naima Boukhari]]       {{r:Wmo-adviseur}}                [[t:06-41122093]]       [[e:n.boukhari@denhaag.nl]]
[[p:Pieter Zomer]]         {{r:wijkverpleegkundige}}         [[t:06-29384710]]       [[e:p.zomer@florence.nl]]
[[p:Ebru Çelik]]           {{r:maatschappelijk werker}}      [[t:06-18274651]]       [[e:e.celik@xtra.nl]]
[[p:Dewi Latuheru]]        {{r:casusregisseur}}              [[t:06-30495867]]       [[e:d.latuheru@denhaag.nl]]
Dienst buiten kantoortijd: zie rooster. In de zomer is [[p:Pieter]] 3 weken weg.""")

T("""Energiefonds Den Haag - aanvragen SWT {{w:Transvaal}}
naam\tadres\tpostcode\tIBAN\tbedrag
[[p:Aydın, Fatma]]\t[[a:Kempstraat 12]]\t[[pc:2572 GC]]\t[[i:§Ic§]]\t€ 400
[[p:Boateng, Akosua]]\t[[a:Zuiderparklaan 233-3]]\t[[pc:2574 HB]]\t[[i:§Ic§]]\t€ 400
[[p:Hosseini, Reza]]\t[[a:Paul Krugerlaan 44-II]]\t[[pc:2571 HV]]\t[[i:§Ic§]]\t€ 250
Ingediend door [[p:Wendy]] op [[d:27/2]].""")

T(
    """Caseload overzicht {{r:Wmo-adviseur}} [[p:Joost van der Veen]] - Q1
clientnummer / naam / vraag / deadline
[[dos:W-24-3311]] / [[p:mw. Winter]] / HH herindicatie / [[d:31-3-2025]]
[[dos:W-24-3402]] / [[p:dhr. Engel]] / woningaanpassing badkamer / [[d:15-4-2025]]
[[dos:W-25-0017]] / [[p:Fam. Kalpoe]] / vervoer regiotaxi / z.s.m.
[[dos:W-25-0042]] / [[p:dhr. Doorn]] / begeleiding / [[d:1 april]]
[[dos:W-25-0061]] / [[p:mw. El Amrani]] / scootmobiel / in april
Opmerking: mw. Winter wil pas na de winter opnieuw beoordeeld worden.""".replace(
        "[[p:mw. Winter]]", "mw. [[p:Winter]]"
    )
    .replace("[[p:dhr. Engel]]", "dhr. [[p:Engel]]")
    .replace("[[p:Fam. Kalpoe]]", "Fam. [[p:Kalpoe]]")
    .replace("[[p:dhr. Doorn]]", "dhr. [[p:Doorn]]")
    .replace("[[p:mw. El Amrani]]", "mw. [[p:El Amrani]]")
)

T("""CASELOAD - [[p:Hamza Ait Lahcen]], {{r:casusregisseur}} SWT {{w:Leidschenveen}}/{{w:Ypenburg}}
Peildatum: [[d:28 februari 2025]]

1. [[p:Semedo Fortes, M.]] ([[dos:2023-04711]]) - overgedragen uit {{w:Bouwlust}}, intake [[d:3 april]]
2. [[p:Vermeer, K.]] ([[dos:2024-10233]]) - hoarding, samen met {{o:GGD}}
3. [[p:Abdi, F.]] ([[dos:2024-11580]]) - statushouder, {{o:DUO}}-schuld
4. [[p:Rutten, L.]] ([[dos:2025-00204]]) - mantelzorger overbelast
5. [[p:Zhang, Wei]] ([[dos:2025-00219]]) - eenzaamheid, Chinese taal

Caseload: 5 lopend, 1 in overdracht. Gemiddelde looptijd 7 maanden.""")

T("""Overzicht lopende casussen {{r:MEE-consulent}} [[p:R. Tahiri]]
- [[p:Danny W.]] (24): verwezen door huisarts [[d:20-1]], eerste gesprek [[d:29-1]], plan in concept
- [[p:Shirley Pinas]] (31): LVB, 2 kinderen, bewind loopt ([[dos:C/09/655102 / BR RK 23-881]])
- [[p:Mo]] (19): komt uit jeugdzorg, 18-/18+ overgang, woont bij oma [[p:Fatima]]
- [[p:Ilona Kiss]] (42): Hongaars, begeleid wonen aanvraag, wacht op {{o:Middin}}
Nieuw: aanmelding via SWT {{w:Laak}} ([[p:Esra]]) - nog inplannen.""")

T("""Excel-plak uit teamsheet (kolommen deels verschoven)
Naam cliënt,,Telefoon,,E-mail,Mw'er
[[p:Van Dam Irene]],,[[t:06 - 481 20 993]],,[[e:ireenvandam@live.nl]],[[p:Tim]]
[[p:Ouali Rachid]],,[[t:0703-883120]],,-,[[p:Tim]]
[[p:Ghebremariam Senait]],,[[t:06-1029-8374]],,[[e:senait.g@gmail.com]],[[p:Priya]]
[[p:Pinas Shirley]],,geen,,[[e:shirleypinas@hotmail.nl]],[[p:Priya]]
[[p:Kowalski Marek]],,[[t:+48 512 900 341]],,[[e:marek.kow@o2.pl]],[[p:Tim]]""")

T(
    """Rapportage-export (systeem), cliënt [[dos:770512]]
[[d:2025-01-14]] 10:02 | [[p:jpinas]] | Telefonisch contact met mw. [[p:Sabajo]], zij geeft aan dat bewindvoerder nog niet is benoemd.
[[d:2025-01-21]] 14:30 | [[p:jpinas]] | Huisbezoek [[a:Jan Steenstraat 18]]: post uitgezocht, 3 aanmaningen {{o:Zilveren Kruis}}.
[[d:2025-01-28]] 09:15 | [[p:mdekker]] | Overleg met {{o:Rechtbank Den Haag}}, griffie: zaak op zitting [[d:11-02-2025]].
[[d:2025-02-11]] 16:45 | [[p:jpinas]] | Zitting geweest, bewind uitgesproken, bewindvoerder: [[p:mr. A. Oudshoorn]].""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T(
    """Caseloadlijst {{r:schuldhulpverlener}} [[p:Marco Gerritsen]] - export [[d:03-03-2025]]
dossier      | client                 | fase             | schuld      | schuldeisers
[[dos:SHV-2024-01187]] | [[p:Haddad, Nour]]          | stabilisatie     | € 18.320    | 11
[[dos:SHV-2024-01302]] | [[p:Koster, Annelies]]      | minnelijk traject| € 9.870     | 6
[[dos:SHV-2025-00318]] | [[p:Kovalenko, O. en I.]]   | intake           | € 11.400    | 7
[[dos:SHV-2025-00402]] | [[p:Baldewsingh, R.]]       | aanmelding       | onbekend    | ?
Let op: Annelies Koster is naamgenoot van collega, niet verwarren.""".replace(
        "Let op: Annelies Koster", "Let op: [[p:Annelies Koster]]"
    )
)

T("""Bijlage bij MDO-verslag: betrokken netwerk fam. [[p:Haddad]]
Rol            | Naam                 | Organisatie              | Tel
Moeder         | [[p:Nour Haddad]]          | -                        | [[t:06-20394857]]
Vader          | [[p:Fadi Haddad]]          | -                        | [[t:06-20394860]]
{{r:Gezinscoach}}    | [[p:Marloes]]              | {{o:CJG}} {{w:Mariahoeve}}         | [[t:070-3537700]]
{{r:Schuldhulpverlener}} | [[p:M. Gerritsen]]     | {{o:Schuldhulpverlening Den Haag}} | [[t:06-11920384]]
{{r:Leerkracht}}     | mw. [[p:Roos]]             | {{o:De Regenboog}}              | via school
Oma (mz)       | [[p:Samira Haddad]]        | -                        | [[t:+963 944 218 771]]""")

T(
    """Adresboek-export (vCard omgezet)
[[p:Ahmed Osman]]; [[t:0612983740]]; [[e:ahmed.osman@outlook.com]]; [[a:Hobbemastraat 88]]
[[p:Gül Şahin]]; [[t:0687203948]]; ; [[a:Vaillantlaan 45-II]]
[[p:Hoop, Gerda]]; [[t:0703831062]]; ; [[a:Juliana van Stolberglaan 44]]
[[p:Kees (Haag Wonen)]]; [[t:0882012345]]; [[e:k.jansen@haagwonen.nl]];
""".replace("[[p:Kees (Haag Wonen)]]", "[[p:Kees]] ({{o:Haag Wonen}})")
)

T("""Weekoverzicht nieuwe aanmeldingen alle SWT's, stadsdeel {{w:Escamp}}
team          | nieuw | namen
{{w:Bouwlust}}/{{w:Vrederust}} | 3 | [[p:Dekker]], [[p:Hosseini]], [[p:Mohamud]]
{{w:Moerwijk}}      | 2 | [[p:El Khayari]], [[p:Wijnands]]
{{w:Morgenstond}}   | 1 | [[p:Nowak]]
{{w:Zuiderpark}}    | 0 | -
Totaal: 6. Let op dubbele aanmelding dhr. [[p:Wijnands]] (ook bij {{o:MEE}}).""")

T(
    """Signaleringslijst huurachterstanden - {{o:Staedion}} → SWT {{w:Laak}}, [[d:maart 2025]]
Huurder | Adres | Achterstand | Contactpoging
[[p:A. Mohan]] | [[a:Laakkade 301]] | 2 mnd | brief [[d:3-2]]
[[p:T. Kromodimedjo]] | [[a:Fruitweg 7-C]] | 3 mnd | HB geen gehoor
[[p:B. Yıldırım]] | [[a:Slachthuisstraat 60]] | 1 mnd | gebeld
[[p:N. Tavares]] | [[a:Hildebrandplein 12]] | 4 mnd | deurwaarder ingeschakeld
Contact {{o:Staedion}}: [[p:Sjoerd Post]], {{r:woonconsulent}}, [[e:s.post@staedion.nl]]""".replace(
        "[[d:maart 2025]]", "maart 2025"
    )
)

T("""Uitdraai BRP-check (alleen voor intern gebruik, SWT {{w:Regentessekwartier}})
Naam: [[p:GEORGIEVA, Mariya Ivanova]]
Geboren: [[d:13-09-1983]] te Plovdiv (BGR)
BSN: [[b:§B§]]
Ingeschreven: [[a:Weimarstraat 204]], [[pc:2562 HK]] 's-Gravenhage
Datum inschrijving adres: [[d:01-08-2023]]
Medebewoners op adres: 6 (o.a. [[p:Ivanov, Georgi]], [[p:Petrov, Stoyan]])
Conclusie: mogelijk overbewoning, {{o:gemeente}} team Adreskwaliteit inschakelen? Overleg met [[p:Dewi]].""")
# ------------------------------------------------------------- creditor lists
T("""SCHULDENOVERZICHT - [[p:Kovalenko]], [[p:O.]] en [[p:I.]] ([[dos:SHV-2025-00318]])
Peildatum: [[d:01-03-2025]]
| Schuldeiser | Kenmerk / dossiernr | Hoofdsom | Stand | Opmerking |
|---|---|---|---|---|
| {{o:Eneco}} | klantnr [[dos:4001928374]] | € 1.212,40 | € 1.402,88 | incasso via {{o:Intrum}} |
| {{o:Staedion}} | huurcontract [[dos:20018837]] | € 2.860,00 | € 2.860,00 | 3 mnd achterstand |
| {{o:CJIB}} | beschikking [[dos:1234 5678 9012 3456]] | € 239,00 | € 478,00 | verhoging |
| {{o:Zilveren Kruis}} | polis [[dos:ZK-99812041]] | € 1.540,00 | € 1.622,10 | wanbetalersregeling {{o:CAK}} |
| {{o:Wehkamp}} | klant [[dos:55102938]] | € 890,00 | € 1.105,00 | via {{o:Lowell}} |
| privé: broer [[p:Dmytro]] | - | € 3.000,00 | € 3.000,00 | mondeling |
| {{o:Belastingdienst}}/Toeslagen | [[dos:8821.44.901.T.41]] | € 2.130,00 | € 2.130,00 | terugvordering zorgtoeslag |""")

T("""Schuldeisers [[p:Nour Haddad]] (stand [[d:10/02/2025]])
1. {{o:Vattenfall}} - relatienr. [[dos:11982273]] - € 734,-
2. {{o:Vestia}} - [[dos:VH-0044128]] - € 1.980,- (betalingsregeling [[d:1-12-2024]], niet nagekomen)
3. {{o:Gemeente Den Haag}} belastingen - aanslag [[dos:2024.0771.3382]] - € 412,-
4. {{o:Ziggo}} - klantnr [[dos:88120394]] - € 265,-
5. {{o:GGN}} (deurwaarder namens {{o:Vodafone}}) - kenmerk [[dos:DW/2024/88123]] - € 1.120,-
6. {{o:DUO}} - studieschuld ex-partner? uitzoeken
7. [[p:Khaled]] (buurman, lening) - € 500,-
Totaal bekend: € 5.011,- exclusief {{o:DUO}}. Volgende stap: saneringsvoorstel via {{o:Schuldhulpverlening Den Haag}}.""")

T(
    """schuldeiser\tkenmerk\tbedrag\tcontact\tstatus
{{o:Eneco}}\t[[dos:4007718820]]\t€ 988,12\t[[p:mw. De Jong]] (afd. incasso)\tbevriezing aangevraagd
{{o:Haag Wonen}}\t[[dos:HW-239911]]\t€ 3.412,00\t[[p:Kees Jansen]]\tontruimingsvonnis [[d:12-03-2025]]!
{{o:Infomedics}}\t[[dos:INF-77102934]]\t€ 142,50\t-\tvia tandarts
{{o:Menzis}}\t[[dos:19920384]]\t€ 655,00\t-\tCAK-regeling
{{o:Flanderijn}}\t[[dos:F-2025-010933]]\t€ 2.004,80\t[[t:088-1234500]] ([[p:dhr. Kok]])\tbeslag op loon""".replace(
        "[[p:mw. De Jong]]", "mw. [[p:De Jong]]"
    ).replace("[[p:dhr. Kok]]", "dhr. [[p:Kok]]")
)

T("""Crediteurenlijst bij aanvraag WSNP
Verzoeker: [[p:Rudi Baldewsingh]], geb. [[d:24-06-1972]], [[a:Rijswijkseweg 88-1]], [[pc:2516 EV]] Den Haag
BSN: [[b:§B.§]]
IBAN: [[i:§I§]]

Nr. | Crediteur                  | Referentie         | Bedrag
1   | {{o:Belastingdienst}}            | [[dos:1893.21.604.H.46]]   | €   4.220,00
2   | {{o:CJIB}}                       | [[dos:2023-44817730]]      | €     611,00
3   | {{o:UWV}} (terugvordering WW)    | [[dos:UWV/TV/0092813]]     | €   2.874,55
4   | {{o:Lowell}} namens {{o:KPN}}          | [[dos:LWL-8820193]]        | €     540,10
5   | {{o:SVB}} (kinderbijslag)        | [[dos:SVB-44.019.223]]     | €     320,00
6   | [[p:Anita Baldewsingh]] (ex)     | alimentatie        | €   6.000,00
Totaal                                                   €  14.565,65
Opgesteld door [[p:Marco Gerritsen]], {{r:schuldhulpverlener}}, [[d:19 februari 2025]]""")

T(
    """Lijst vorderingen mw. [[p:Shirley Pinas]] - opgesteld met bewindvoerder [[p:mr. A. Oudshoorn]]
- huur {{o:Haag Wonen}}, [[dos:HW-240017]]: € 1.860
- {{o:Eneco}} eindafrekening [[dos:4005501238]]: € 422
- {{o:CZ}} premie, [[dos:CZ 1029 3847]]: € 508
- {{o:Otto}} ([[dos:OT-55102-983]]) overgedragen aan {{o:Intrum}} [[dos:IJ-2290-8812]]: € 1.296
- telefoon {{o:Lebara}}: onbekend, nog opvragen
- lening vriendin [[p:Chantal]]: € 150
Totaal ± € 4.236. Let op: [[p:Shirley]] heeft recht op kwijtschelding gemeentelijke belastingen, aanvraag nog doen.""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T(
    """Overzicht betalingsregelingen ([[d:5-2-2025]]) - cliënt [[p:M. Aziz]], [[dos:770341]]
Schuldeiser        | regeling p/m | vanaf     | betaald t/m
{{o:Vattenfall}}         | € 25         | [[d:01-10-2024]] | [[d:01-01-2025]]
{{o:CJIB}}               | € 40         | [[d:15-11-2024]] | [[d:15-01-2025]]
Huisbaas ([[p:dhr. Meijer]]) | € 100    | [[d:01-12-2024]] | achterstand
Betaalrekening: [[i:§I§]]. Spaarrekening: [[i:§Ic§]] (saldo € 12).""".replace(
        "[[p:dhr. Meijer]]", "dhr. [[p:Meijer]]"
    )
)

T(
    """Schuldenlijst (handgeschreven door cliënt, overgenomen)
- belasting (toeslag) 1800 euro
- energie (essent??) 600
- telefoon 2x (ben en lebara) samen 300
- boete ov (ret) 150
- geld van [[p:tante Maria]] 2000
- huur 1 maand
Nagaan: kenmerken uit postbak halen. Cliënt: [[p:Cabral]], [[p:José]]; BSN [[b:§B§]]; afspraak [[d:ma 17 maart]] met [[p:Joyce]] ({{r:budgetcoach}} {{o:Stichting Mooi}}).""".replace(
        "[[p:tante Maria]]", "tante [[p:Maria]]"
    )
)

T("""Aanmelding vroegsignalering - bericht vaste lasten partners
Bron: {{o:Vroeg Eropaf}} Den Haag
Datum signaal: [[d:2025-02-20]]
Naam: [[p:Kalpoe, Shanti]]
Adres: [[a:Hengelolaan 402]] [[pc:2545 CL]]
Signalen:
- {{o:HaagWonen}}: huurachterstand 2 mnd (contract [[dos:HW-188021]])
- {{o:Dunea}}: achterstand water [[dos:DU-9018234]]
- {{o:Zilveren Kruis}}: 4 mnd premie
Opvolging: huisbezoek binnen 5 werkdagen door [[p:Robin]] en [[p:Aïcha]].""")

T("""SANERINGSVOORSTEL (concept) - dossier [[dos:SHV-2024-01302]]
Schuldenaar: mw. [[p:A. Koster]], [[a:Kijkduinsestraat 610]], [[pc:2554 AN]]
Afloscapaciteit: € 147,- p/m gedurende 18 mnd = € 2.646,-
Crediteur         | vordering | %      | aanbod
{{o:Vestia}}            | € 3.210   | 32,5   | € 860,06
{{o:Eneco}}             | € 1.420   | 14,4   | € 380,46
{{o:CJIB}} (voorrang)   | € 1.105   | 11,2   | € 296,77
{{o:Zilveren Kruis}}    | € 2.004   | 20,3   | € 537,30
{{o:Wehkamp}}           | € 2.131   | 21,6   | € 571,41
Stortingsrekening {{o:Kredietbank Haaglanden}} o.v.v. [[dos:KBH-88213-S]]""")

T(
    """Overzicht schulden fam. [[p:Dimitrov]] / [[p:Dimitrova]]
Stand per [[d:15 jan. 2025]], opgemaakt door [[p:Fatma]] i.s.m. tolk [[p:Elena]]
{{o:Belastingdienst}} - boete zorgverzekering, [[dos:BD-77.1029.881]]
{{o:CAK}} - bestuursrechtelijke premie, klantnr [[dos:CAK 44019288]]
{{o:Eneco}} - [[dos:4003920185]]
Huisbaas ([[p:Van Veen Vastgoed]]) - 2 mnd huur
Bulgaarse bank (lening in BG) - onbekend bedrag
Buitenlandse rekening: [[i:§Ibe§]] (Belgische rekening van neef [[p:Stoyan]]!)""".replace(
        "[[p:Van Veen Vastgoed]]", "{{o:Van Veen Vastgoed}}"
    )
)

T("""Vorderingen [[p:Mensah]], [[p:Kwabena]] - uit postbak [[d:12-3]]
crediteur;kenmerk;bedrag;brief d.d.
{{o:CJIB}};[[dos:9001 2233 4455 6677]];€ 95,00;[[d:03-03-2025]]
{{o:RET}};[[dos:RET-2025-0012993]];€ 155,00;[[d:21-02-2025]]
{{o:Coeo}} (namens {{o:Zalando}});[[dos:CO-11920-22]];€ 312,40;[[d:10-02-2025]]
{{o:UWV}};[[dos:UWV/2024/102938]];€ 1.870,00;[[d:05-02-2025]]""")

T("""Checklist schuldendossier [[dos:SHV-2025-00402]] - dhr. [[p:R. Baldewsingh]]
[x] ID-bewijs kopie (BSN afgeschermd)
[x] bankafschriften 3 mnd [[i:§I§]]
[ ] loonstroken
[x] crediteurenlijst (6)
[ ] verklaring ex-partner [[p:Anita]]
Ingeleverd bij {{o:Schuldhulpverlening Den Haag}} op [[d:25-2-2025]], ontvangen door [[p:Ingrid]].""")

# ---------------------------------------------------------- rosters / attendance
T("""Presentielijst kick-off pilot "Samen werken in het sociale domein"
Datum: [[d:22 november 2024]], locatie Atrium stadhuis
Naam                    | Team / organisatie            | Paraaf
[[p:Dewi Latuheru]]           | SWT {{w:Segbroek}}                  | DL
[[p:Hamza Ait Lahcen]]        | SWT {{w:Leidschenveen}}             | HAL
[[p:Priya Mohan]]             | {{o:Xtra}} / SWT {{w:Stationsbuurt}}      | PM
[[p:Bram Hoekstra]]           | SWT {{w:Schilderswijk}}             | BH
[[p:Gerrit-Jan Blom]]         | {{o:Florence}}                      | afwezig
[[p:Zainab Mansaray]]         | {{o:MEE}}                           | ZM
[[p:Olga Kaminska]]           | {{o:CAOP}}                          | OK
Facilitator: [[p:Marieke Boer]] ({{o:Crossover}})""")

T("""Aanwezig MDO [[d:11-03-2025]] SWT {{w:Transvaal}}:
[[p:Jolanda Pinas]] ({{r:mw}}, voorzitter), [[p:Ahmed Benali]] ({{r:Wmo-adviseur}}), [[p:Sandra Kok]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:Robin Hart]] ({{r:welzijnscoach}}), [[p:Fatima Zahra Idrissi]] ({{r:casusregisseur}})
Afwezig m.k.: [[p:Tim van Dam]]
Afwezig z.k.: [[p:Erik]]
Gast: [[p:Liesbeth de Vries]] ({{o:Veilig Thuis}}) bij casus 2
Notulen: [[p:Robin]]""")

T("""Bereikbaarheidsrooster SWT {{w:Moerwijk}} - maart
week 10: [[p:Kees]] / [[p:Fatma]]
week 11: [[p:Gijs]] / [[p:Nadia]]
week 12: [[p:Fatma]] / [[p:Malika]]
week 13: [[p:Kees]] / [[p:Gijs]]
Achterwacht: [[p:Marjolein]] ([[t:06-38475610]]).
Ruilen? Graag vóór vrijdag melden bij [[p:Nadia]]. Let op: maandag [[d:17 maart]] is het kantoor dicht (verhuizing naar {{o:Wijkcentrum De Henneblom}}).""")

T(
    """Presentielijst intervisie {{r:casusregisseurs}} - [[d:woensdag 12 februari 2025]]
1. [[p:Bram Hoekstra]] - aanwezig
2. [[p:Annelies Koster]] - aanwezig
3. [[p:Wendy Dekker]] - aanwezig (later, 14.20)
4. [[p:Youssef El Ouardi]] - afgemeld
5. [[p:Karin Mulder]] - aanwezig
6. [[p:Soufiane Amrani]] - aanwezig
Begeleider: [[p:dr. Ingrid Vos]] ({{o:Haagse Hogeschool}})
Volgende keer: [[d:12-3]], inbreng door [[p:Karin]].""".replace(
        "[[p:dr. Ingrid Vos]]", "dr. [[p:Ingrid Vos]]"
    )
)

T(
    """Notulen buurtoverleg {{w:Duindorp}} [[d:4-2-2025]]
Aanwezig: [[p:Kees Scheveningen]]?? nee
""".replace(
        "[[p:Kees Scheveningen]]?? nee\n",
        "[[p:Kees]] ({{r:wijkagent}}), [[p:Maaike Bakker]] ({{o:Haag Wonen}}), [[p:Fatma]] (SWT), [[p:mw. Groenewegen]] (bewonerscommissie), [[p:Henk de Haan]] (bewoner)\nAfwezig: [[p:Jurgen]] ({{o:Brijder}})\nPunten: overlast [[a:Westduinweg 128]] besproken; SWT heeft contact met bewoonster. [[p:Henk]] meldt dat dhr. [[p:Vos]] van [[a:Tesselsestraat 139]] weer op straat loopt te roepen. Volgende overleg [[d:4 maart]].",
    ).replace("[[p:mw. Groenewegen]]", "mw. [[p:Groenewegen]]")
)

T("""Dienstrooster {{o:Servicepunt XL}} {{w:Laak}} - week 12
         ma            di            wo            do            vr
ocht.    [[p:Ingrid]]        [[p:Soufiane]]      [[p:Ingrid]]        [[p:Beatriz]]       [[p:Soufiane]]
midd.    [[p:Beatriz]]       [[p:Ingrid]]        gesloten      [[p:Hanneke]]       [[p:Beatriz]]
Spreekuur {{r:sociaal raadslid}} [[p:Jeroen]]: di + do middag.
Vrijwilliger [[p:Mei Ling]] helpt bij formulieren op woensdag - wijkcentrum is dan dicht, dus uitwijken naar bibliotheek.""")

T("""AANWEZIGHEIDSLIJST ketenoverleg huiselijk geweld, [[d:20/02/2025]]
organisatie               naam                       tel
{{o:Veilig Thuis Haaglanden}}   [[p:Liesbeth de Vries]]          [[t:06-20193847]]
{{o:Politie}} {{w:Laak}}              [[p:Raymond Hooi]]               [[t:06-53920184]]
{{o:Jeugdbescherming West}}     [[p:Mirjam Smit]]                [[t:06-11029384]]
{{o:Xtra}}                      [[p:Esra Yıldız]]                [[t:06-47382910]]
{{o:Reclassering Nederland}}    [[p:Gideon Asante]]              [[t:06-29103847]]
SWT {{w:Laak}}                  [[p:Hamid Rezaei]]               [[t:06-37482019]]
Voorzitter: [[p:Liesbeth]]. Besproken casussen: 4 (geanonimiseerd in verslag).""")

T("""Presentie huisbezoekendag ouderen {{w:Mariahoeve}} ([[d:za 8 maart]])
Koppels:
- [[p:Lisa]] + [[p:Henny]] (vrijw.): [[a:Isabellaland 1402]], [[a:Isabellaland 1410]], [[a:Ambachtsgaarde 77]]
- [[p:Erik]] + [[p:Cor]] (vrijw.): [[a:Diamanthorst 125]], [[a:Diamanthorst 333]]
- [[p:Joost]] + [[p:Ayaan]] (stagiair): [[a:Kleine Veenkoolstraat 10]]
Verzamelen 9.30 bij {{o:wijkcentrum Mariahoeve}}. Bij niemand thuis: kaartje in de bus.""")

T("""Teamoverleg SWT {{w:Rustenburg}}/{{w:Oostbroek}} - aanwezigheid
datum      | aanwezig                                      | afwezig
[[d:07-01-2025]] | [[p:Els]], [[p:Karim]], [[p:Nathalie]], [[p:Gijs]], [[p:Trees]]           | [[p:Bas]] (ziek)
[[d:21-01-2025]] | [[p:Els]], [[p:Karim]], [[p:Bas]], [[p:Trees]]                    | [[p:Nathalie]], [[p:Gijs]]
[[d:04-02-2025]] | allen                                         | -
[[d:18-02-2025]] | [[p:Els]], [[p:Nathalie]], [[p:Gijs]], [[p:Bas]]                  | [[p:Karim]] (cursus), [[p:Trees]]""")

T("""Roster vrijwillige maatjes {{o:Humanitas}} {{w:Bezuidenhout}} (maart)
maatje         | deelnemer        | dag/tijd
[[p:Ilse Dijkman]]   | mw. [[p:Hoop]]         | wo 14.00
[[p:Sevda]]          | mw. [[p:Yılmaz]]       | ma 10.30
[[p:Rob de Graaf]]   | dhr. [[p:Tjon A Fat]]  | vr 11.00
[[p:Sevda]]          | mw. [[p:Wang]]         | do 15.00
Coördinator: [[p:Marja]], [[t:06-19283740]]""")

T(
    """Presentielijst start meeting pilotgroep - [[d:begin februari]]""".replace(
        "[[d:begin februari]]", "[[d:dinsdag 4 februari]]"
    )
    + """
Aanwezig (16 van 20): [[p:Dewi]], [[p:Hamza]], [[p:Priya]], [[p:Bram]], [[p:Zainab]], [[p:Jolanda]], [[p:Ahmed]], [[p:Naima]], [[p:Pieter]], [[p:Ebru]], [[p:Fatma]], [[p:Kees]], [[p:Lisa]], [[p:Robin]], [[p:Wendy]], [[p:Karin]]
Afgemeld: [[p:Gijs]], [[p:Trees]], [[p:Soufiane]], [[p:Hamid]]
Thema's gekozen: ouderen, huiselijk geweld, bemoeizorg, jeugd. Expertmeeting in april, afsluiting in juni."""
)
# --------------------------------------------------------- training registrations
T("""Inschrijvingen training Meldcode huiselijk geweld en kindermishandeling
Datum training: [[d:dinsdag 15 april 2025]], 9.00-16.30, {{o:Wijkcentrum De Henneblom}}
Naam | Organisatie | Functie | E-mail | Dieetwens
[[p:Fatma Aydın]] | SWT {{w:Moerwijk}} | {{r:maatschappelijk werker}} | [[e:f.aydin@xtra.nl]] | halal
[[p:Gijs Verhoef]] | {{o:Florence}} | {{r:wijkverpleegkundige}} | [[e:g.verhoef@florence.nl]] | -
[[p:Nadia Ouali]] | {{o:Huisartsenpraktijk Zuiderpark}} | {{r:POH}} | [[e:n.ouali@hapzuiderpark.nl]] | vegetarisch
[[p:Wouter Bakker]] | {{o:Haag Wonen}} | {{r:woonconsulent}} | [[e:w.bakker@haagwonen.nl]] | -
[[p:Grace Owusu-Ansah]] | {{o:MEE}} | {{r:MEE-consulent}} | [[e:g.owusu-ansah@mee.nl]] | glutenvrij
Max. 16 deelnemers, nog 11 plekken.""")

T("""Aanmeldingen workshop "Schulden en LVB" ([[d:27-03-2025]])
#  naam                      organisatie                    mobiel
1  [[p:Jolanda Pinas]]             SWT {{w:Transvaal}}                  [[t:06-44019283]]
2  [[p:Rik Smeets]]                {{o:Stichting Mooi}}                 [[t:06-30192847]]
3  [[p:Andreea Munteanu]]          {{o:Schuldhulpverlening Den Haag}}   [[t:06-19284730]]
4  [[p:Bilal Chaouch]]             {{o:MEE}}                            [[t:06-57483920]]
5  [[p:Merel de Wit]]              {{o:Kredietbank Haaglanden}}         [[t:070-3537811]]
6  [[p:Samuel Tesfaye]]            {{o:VluchtelingenWerk}}              [[t:06-27384950]]
Wachtlijst: [[p:Luuk]] ({{o:Xtra}}), [[p:Sarita]] ({{o:Xtra}})""")

T("""Inschrijfformulier training "Motiverende gespreksvoering" - ingevuld
Voornaam: [[p:Soufiane]]
Achternaam: [[p:Amrani]]
Organisatie: {{o:Xtra}}, SWT {{w:Zuiderpark}}
Functie: {{r:welzijnscoach}}
Telefoon werk: [[t:06 4811 2093]]
E-mail: [[e:s.amrani@xtra.nl]]
Leidinggevende: [[p:Hanneke de Bruijn]]
Kostenplaats: 4410-SWT
Gewenste datum: [x] [[d:8 mei]]  [ ] [[d:22 mei]]  [ ] [[d:5 juni]]
Opmerking: kan niet op vrijdag i.v.m. vrijdaggebed.""")

T("""deelnemerslijst e-learning AVG (export LMS, [[d:2025-03-01]])
naam,email,team,voltooid_op
[[p:Bram Hoekstra]],[[e:b.hoekstra@denhaag.nl]],{{w:Schilderswijk}},[[d:2025-01-12]]
[[p:Annelies Koster]],[[e:a.koster@denhaag.nl]],{{w:Bouwlust}},[[d:2025-01-19]]
[[p:Karin Mulder]],[[e:k.mulder@xtra.nl]],{{w:Mariahoeve}},
[[p:Youssef El Ouardi]],[[e:y.elouardi@denhaag.nl]],{{w:Laak}},[[d:2025-02-27]]
[[p:Olga Kaminska]],[[e:o.kaminska@caop.nl]],-,[[d:2025-02-28]]
[[p:Trees van Rijn]],[[e:t.vanrijn@florence.nl]],{{w:Rustenburg}},""")

T("""Opgave expertmeeting pilot (april) - via Forms
Tijdstempel | Naam | Team | Thema | Vraag voor expert
[[d:3-3-2025]] 10:14 | [[p:Dewi Latuheru]] | {{w:Segbroek}} | ouderen | hoe eenzaamheid bespreekbaar maken?
[[d:3-3-2025]] 11:02 | [[p:Hamid Rezaei]] | {{w:Laak}} | huiselijk geweld | wanneer melden bij {{o:Veilig Thuis}}
[[d:4-3-2025]] 08:47 | [[p:lisa]] | {{w:mariahoeve}} | ouderen | -
[[d:5-3-2025]] 16:30 | [[p:Zainab Mansaray]] | {{o:MEE}} | bemoeizorg | samenwerking met {{o:GGD}}
[[d:6-3-2025]] 13:05 | [[p:R. Hart]] | {{w:Transvaal}} | jeugd | 18-/18+""")

T("""Cursus "Werken met tolken" - aanmeldingen [[d:vr. 21 maart]]
- [[p:Fatima Zahra Idrissi]] (SWT {{w:Transvaal}}) [[e:fz.idrissi@denhaag.nl]]
- [[p:Kwame Asante]] ({{o:Leger des Heils}}) [[e:kwame.asante@legerdesheils.nl]]
- [[p:Marta Kowalczyk]] ({{o:Florence}}) [[e:m.kowalczyk@florence.nl]]
- [[p:Tamara Statia]] ({{o:Jeugdbescherming West}}) [[e:t.statia@jbwest.nl]]
Trainer: [[p:Abebe Gebre]], zelf ervaringsdeskundige, [[t:06-12093847]].""")

T(
    """Inschrijving informatiebijeenkomst mantelzorgers {{w:Escamp}} ({{o:Mantelzorg Den Haag}})
naam / aantal personen / telefoon / zorgt voor
[[p:Ravi Jagessar]] / 1 / [[t:0628374651]] / moeder
[[p:mw. Ouahabi]] / 2 / [[t:0650928173]] / man (CVA)
[[p:Henk Dekker]] / 1 / [[t:070 366 20 11]] / vrouw (Parkinson)
[[p:Shu Fen Lin]] / 1 / [[t:0634512098]] / schoonvader
Bijeenkomst: [[d:donderdag 10 april]], 19.30, {{o:wijkcentrum Zuiderpark}}.""".replace(
        "[[p:mw. Ouahabi]]", "mw. [[p:Ouahabi]]"
    )
)

T("""Registratie deelname training "Signaleren van financiële uitbuiting"
Datum: [[d:14/05/2025]]
Deelnemer 1: [[p:Gerda Blom]], {{o:Veilig Thuis}}, {{r:aandachtsfunctionaris}}
Deelnemer 2: [[p:Sjoerd Post]], {{o:Staedion}}
Deelnemer 3: [[p:Ilona de Groot]], {{o:ING}}, {{r:klantbegeleider}}
Deelnemer 4: [[p:Mohamed Bouzid]], SWT {{w:Centrum}}, {{r:casusregisseur}}
Certificaat naar: [[e:g.blom@veiligthuishaaglanden.nl]], [[e:s.post@staedion.nl]], [[e:ilona.degroot@ing.com]], [[e:m.bouzid@denhaag.nl]]""")

T("""Aanmelding afsluitende bijeenkomst pilot ([[d:19 juni]])
Naam: [[p:Marieke Boer]] +1 ([[p:Jan de Boer]], {{o:gemeente}}, {{r:beleidsadviseur}})
Dieet: geen
Bereikbaar: [[t:06-29384756]]
Presentatie: ja, 10 min over thema bemoeizorg samen met [[p:Zainab]] en [[p:Hamid]].""")

T(
    """Rooster supervisie {{r:wijkverpleegkundigen}} {{o:Florence}} regio {{w:Haagse Hout}}
[[d:6 jan]]: [[p:Sandra Kok]], [[p:Pieter Zomer]]
[[d:3 feb]]: [[p:Gijs Verhoef]], [[p:Erik Smits]]
[[d:3 mrt]]: [[p:Marta Kowalczyk]], [[p:Sandra Kok]]
[[d:7 apr]]: [[p:Pieter Zomer]], [[p:Anja Visser]]
Supervisor: [[p:drs. L. Mohan-Baldew]]""".replace(
        "[[p:drs. L. Mohan-Baldew]]", "drs. [[p:L. Mohan-Baldew]]"
    )
)

# ----------------------------------------------------------- address changes
T("""ADRESWIJZIGING
Naam: [[p:Marisol Semedo Fortes]]
Cliëntnummer: [[dos:2023-04711]]
Oud adres: [[a:Withuysstraat 88]], [[pc:2541 RG]] Den Haag
Nieuw adres: [[a:Laan van Wateringse Veld 1030]], [[pc:2548 BE]] Den Haag
Ingangsdatum: [[d:1 april 2025]]
Telefoonnummer ongewijzigd.
Doorgegeven aan: {{o:BRP}} [x], {{o:Kredietbank Haaglanden}} [x], {{o:CJG}} [ ], school [[p:Naomi]] [ ]""")

T("""Verhuisbericht (doorgestuurd door cliënt via WhatsApp, overgetypt)
"Hoi [[p:Priya]], ik ben verhuisd!! nieuw adres is [[a:Herman Costerstraat 23-1]] [[pc:2571 DT]]. Sleutel gekregen op [[d:vrijdag 28 feb]]. Post gaat nog naar mn moeder [[a:Van Ostadestraat 254-2]]. Groetjes [[p:Danny]]"
Actie [[p:Priya]]: adres aanpassen in dossier, {{r:MEE-consulent}} [[p:Tahiri]] informeren.""")

T("""Wijziging gegevens cliënt - mutatieformulier
Cliënt: [[p:Yohannes Tekle]] ([[dos:LK-20931]])
Veld          | Was                       | Wordt
Adres         | [[a:Slachthuisstraat 14]]         | [[a:Trompstraat 301-C]]
Postcode      | [[pc:2521AB]]                    | [[pc:2518BM]]
Telefoon      | [[t:0612345098]]                | [[t:0624491087]]
E-mail        | -                         | [[e:yohannes.tekle@gmail.com]]
Ingangsdatum  | [[d:15-03-2025]]
Gemuteerd door: [[p:h.rezaei]], [[d:12-03-2025]]""")

T(
    """Melding adreswijziging aan {{o:Rechtbank Den Haag}} (bewindszaken)
Zaaknummer: [[dos:C/09/655102 / BR RK 23-881]]
Rechthebbende: [[p:S.M. Pinas]], geb. [[d:17-07-1993]]
Nieuw woonadres per [[d:01-02-2025]]: [[a:Moerweg 250]], [[pc:2532 AD]] Den Haag
Correspondentieadres blijft: p/a bewindvoerder.
Den Haag, [[d:3 februari 2025]]
[[p:mr. A. Oudshoorn]], {{r:bewindvoerder}}""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T("""Adreswijziging doorgeven aan {{o:Belastingdienst}}/Toeslagen - checklist
cliënt: [[p:Ahmad Karimi]]
oud: [[a:Dr. Lelykade 204B]], [[pc:2583 CM]]
nieuw: [[a:Oude Haagweg 15 bis]], [[pc:2552 EP]]
per: [[d:1-3-'25]]
[x] toeslagen (via Mijn toeslagen, samen met [[p:Karimi]] gedaan op [[d:3/3]])
[x] {{o:Zilveren Kruis}}
[ ] {{o:Eneco}} - meterstanden doorgeven!
[ ] {{o:DUO}}
[ ] dochter [[p:Parwana]] moet zich ook inschrijven""")

T("""Van: [[e:info@haagwonen.nl]]
Onderwerp: woningtoewijzing / adreswijziging huurder
Geachte heer [[p:Hosseini]],
Hierbij bevestigen wij de sleuteloverdracht van uw nieuwe woning aan de [[a:Paul Krugerlaan 44-II]], [[pc:2571 HV]] Den Haag op [[d:maandag 3 maart 2025]] om 11.00 uur. Uw oude woning ([[a:Kempstraat 12 A]]) dient uiterlijk [[d:31 maart 2025]] leeg te worden opgeleverd. Uw huurcontractnummer is [[dos:HW-249103]].
Met vriendelijke groet,
[[p:Maaike Bakker]]
{{r:Woonconsulent}} {{o:Haag Wonen}}""")

T(
    """Adreswijziging (intern) - mw. [[p:Gerda Hoop]] verhuisd naar verpleeghuis
per [[d:17-3-2025]]: {{o:WZH Swaneburg}}, afdeling 2 Oost, [[a:Ambachtsgaarde 2]]? nee, [[a:Swaneburg 40]]
oude woning [[a:Juliana van Stolberglaan 44]] wordt opgezegd door zoon [[p:Frits]]
SWT-dossier afsluiten na eindgesprek; maatje [[p:Ilse]] blijft op bezoek gaan.""".replace(
        "[[a:Ambachtsgaarde 2]]? nee, ", ""
    )
)

T("""ADRESWIJZIGING - opvang
Naam: [[p:Marieke Oosterhout]] + kinderen [[p:Fenna]] (6) en [[p:Sem]] (3)
Oude adres: [[a:Noordpolderkade 130]], [[pc:2515 AT]] (NIET delen met ex-partner!)
Tijdelijk verblijf: geheim adres {{o:Blijf Groep}}
Postadres: p/a SWT {{w:Centrum}}
Ingang: [[d:23 februari]]
Contactpersoon opvang: [[p:Sharon]], [[t:06-20938475]]""")

T(
    """gewijzigd: tel.nr. dhr [[p:osman]] is nu [[t:0649382710]] (oude [[t:0612983740]] afgesloten). adres blijft [[a:hobbemastraat 88]]. [[p:a.benali]] [[d:7/3]]"""
)

T("""Bericht aan {{o:DUO}} - adreswijziging namens cliënt
Naam: [[p:F. Abdi]]
Geboortedatum: [[d:09-11-1996]]
BSN: [[b:§B_§]]
Oud adres: [[a:Hildebrandplein 40]], [[pc:2524 HS]]
Nieuw adres: [[a:Zwartsluisstraat 211]], [[pc:2545 LC]]
Datum verhuizing: [[d:15 februari 2025]]
Namens cliënt: [[p:Hamza Ait Lahcen]], {{r:casusregisseur}}""")

# ------------------------------------------------------- Veilig Thuis reports
T("""{{o:VEILIG THUIS HAAGLANDEN}} - TERUGKOPPELING MELDING
Meldingsnummer: [[dos:VT-2025-004187]]
Datum melding: [[d:18-02-2025]]
Melder: {{r:maatschappelijk werker}} SWT {{w:Bouwlust}}/{{w:Vrederust}}, [[p:Fleur Dekker]]
Betrokkenen:
- [[p:Dimitar Ivanov]] (vader), geb. [[d:04-09-1986]]
- [[p:Petya Ivanova]] (moeder), geb. [[d:21-03-1990]]
- [[p:Viktor]] (zoon, 8 jr), [[p:Nia]] (dochter, 5 jr)
Adres gezin: [[a:Dedemsvaartweg 612]], [[pc:2545 AL]] Den Haag
Aard van de zorg: vermoeden partnergeweld, kinderen getuige.
Besluit: {{o:Veilig Thuis}} start onderzoek. Contactpersoon: [[p:Gerda Blom]], [[t:06-31029384]].""")

T("""Melding {{o:Veilig Thuis}} - ingevuld door SWT {{w:Laak}}
Datum/tijd: [[d:vr 28-02-2025]] 16.40
Melder: [[p:Hamid Rezaei]] ({{r:casusregisseur}}), bereikbaar [[t:06-37482019]]
Slachtoffer: mw. [[p:Sabah Al-Jaberi]], [[d:12-08-1979]], [[a:Slachthuisstraat 60]], [[pc:2521 EC]]
Pleger (vermoedelijk): zoon [[p:Ali]] (22), woont in
Kinderen in huis: ja, [[p:Zahra]] (14)
Feiten: mw. had blauwe plekken op onderarm, zegt gevallen te zijn. Zoon neemt haar bankpas af (IBAN [[i:§I§]]). Buurvrouw [[p:Aaltje Kuiper]] hoort regelmatig geschreeuw.
Stap meldcode: 5 (melden), mw. is geïnformeerd.""")

T("""VT-rapportage (samenvatting voor MDO, niet verder verspreiden)
Zaak: [[dos:VT-2024-1187]]
Gezin: [[p:Gomes]] / [[p:Tavares]]
Ouders: [[p:Ana Moreira Gomes]] ([[d:30-07-1988]]) en [[p:Ricardo Tavares]] ([[d:11-01-1985]])
Kind: [[p:Luana]], [[d:04-05-2019]]
Veiligheidsafspraken d.d. [[d:2 december 2024]]: vader verblijft bij zijn broer [[p:Nelson]] aan de [[a:Melis Stokelaan 2011]]; geen contact zonder toestemming {{o:Jeugdbescherming West}}.
Evaluatie: [[d:wo 12 maart]], met [[p:Liesbeth]] (VT) en [[p:Mirjam]] (JBW).""")

T("""Adviesvraag {{o:Veilig Thuis}} (anoniem advies, geen melding)
Adviesnr.: [[dos:ADV-2025-0661]]
Datum: [[d:4-3-2025]]
Vragensteller: [[p:Robin Hart]], {{r:welzijnscoach}} {{o:Xtra}}
Situatie (geanonimiseerd door vragensteller): oudere vrouw (84), dochter beheert geld, vrouw heeft geen boodschappen in huis.
Advies VT ([[p:Gerda]]): huisbezoek samen met {{r:wijkverpleegkundige}}, signalen van financiële uitbuiting vastleggen, binnen 2 weken terugbellen [[t:070-3468199]].""")

T("""Overdracht VT → SWT {{w:Scheveningen}} ([[d:14 jan 2025]])
Kenmerk VT: [[dos:VT-2024-3391]]
Cliënt: dhr. [[p:Winston Kross]], geb. [[d:19-05-1968]]
Partner: mw. [[p:Yvonne Kross-Statia]]
Adres: [[a:Neptunusstraat 9]], [[pc:2586 GS]]
Tel dhr: [[t:06-29384756]], tel mw: [[t:06-10293847]]
Reden overdracht: onderzoek afgerond, geen acuut gevaar. Wel: alcohol dhr, schulden (± € 20.000), isolement.
Hulp via SWT: {{o:Brijder}}, schuldhulp. Contactpersoon VT: [[p:Liesbeth de Vries]], [[e:l.devries@veiligthuishaaglanden.nl]]""")

T(
    """Meldformulier huiselijk geweld - {{o:Politie}} zorgmelding (ZSM) doorgezet naar {{o:Veilig Thuis}}
BVH-nr: [[dos:2025041203]]? 
""".replace("[[dos:2025041203]]? \n", "[[dos:PL1500-2025041203]]\n")
    + """Datum incident: [[d:zondag 9 maart 2025]], 02.15 uur
Locatie: [[a:Leyweg 204-B]], [[pc:2545 GS]]
Betrokkenen: [[p:Kevin van der Zon]] ([[d:03-03-1995]]), [[p:Naomi Sterk]] ([[d:22-09-1997]])
Kind: [[p:Liam]] ([[d:15-01-2023]]) aanwezig in woning
Verbalisant: [[p:P. Bakker]], {{r:hoofdagent}}"""
)

T("""Terugkoppeling {{o:Veilig Thuis}}: zaak afgesloten
Uw kenmerk: [[dos:SWT-MW-2024-118]] / ons kenmerk: [[dos:VT-2024-2290]]
Betreft: gezin [[p:Nowak]], [[a:Erasmusweg 830]]
Geachte mevrouw [[p:Aydın]],
Op [[d:20 januari 2025]] hebben wij het onderzoek naar de veiligheid van [[p:Julia]] en [[p:Kacper]] afgerond. Wij dragen het gezin over aan uw team. Vader ([[p:Tomasz Nowak]]) heeft zich aangemeld bij {{o:De Waag}}. Vragen? Bel mij op [[t:070 346 81 20]].
Met vriendelijke groet,
[[p:G. Blom]], {{r:medewerker onderzoek}}""")

T("""Signalenlijst (voorafgaand aan melding) - mw. [[p:Al-Jaberi]]
[[d:12-01]] - buurvrouw [[p:Kuiper]] belt {{o:Servicepunt XL}}: geschreeuw
[[d:27-01]] - mw. niet thuis bij afspraak
[[d:05-02]] - mw. met zonnebril binnen
[[d:14-02]] - bank ({{o:ABN AMRO}}) belt: ongebruikelijke opnames, rekening [[i:§I§]]
[[d:28-02]] - melding gedaan ([[dos:VT-2025-005012]])
Opgesteld: [[p:H.R.]] ({{r:casusregisseur}})""")

T(
    """Veiligheidsplan (na VT-melding) - [[p:Naomi Sterk]]
Wat                     | Wie                | Wanneer
Noodnummer in telefoon  | [[p:Naomi]]              | direct
Sleutel bij buurvrouw   | [[p:Naomi]] / [[p:mw. Doorn]]    | [[d:14-3]]
Aangifte overwegen      | {{r:wijkagent}} [[p:R. Hooi]]  | voor [[d:21 maart]]
Gesprek {{o:Blijf Groep}}     | [[p:Naomi]] + [[p:Sharon]]     | week 12
Check-in                | [[p:Fleur]] (SWT)        | elke dinsdag
Zus [[p:Daisy Sterk]] ([[t:06-55019283]]) weet van het plan.""".replace(
        "[[p:mw. Doorn]]", "mw. [[p:Doorn]]"
    )
)
# ------------------------------------------------ court and bewind correspondence
T("""RECHTBANK DEN HAAG
Team Kanton - toezicht bewind, curatele en mentorschap
Zaaknummer: [[dos:C/09/668213 / BR RK 24-1190]]
Betreft: [[p:R.S. Sabajo]], geboren op [[d:5 mei 1971]]

Den Haag, [[d:22 januari 2025]]

Geachte heer [[p:Verhoeven]],

Bij beschikking van [[d:12 maart 2024]] bent u benoemd tot {{r:bewindvoerder}} over de goederen van bovengenoemde rechthebbende. De rekening en verantwoording over 2024 hebben wij nog niet ontvangen. Wij verzoeken u deze binnen vier weken na dagtekening in te dienen via Mijn Rechtspraak.

Hoogachtend,
namens de {{r:kantonrechter}},
[[p:M. van Dijk]], {{r:griffier}}""")

T(
    """Verzoekschrift instelling beschermingsbewind (art. 1:431 BW)
Verzoeker: [[p:Shirley Marlene Pinas]], geb. [[d:17-07-1993]] te 's-Gravenhage
BSN: [[b:§B.§]]
wonende: [[a:Jan Steenstraat 18]], [[pc:2525 RJ]] Den Haag
Grond: problematische schulden (ca. € 4.200) en LVB.
Voorgestelde bewindvoerder: [[p:mr. A. Oudshoorn]], {{o:Oudshoorn Bewindvoering}}
Belanghebbenden: moeder [[p:Wilhelmina Pinas-Kromodimedjo]], [[a:Kamperfoeliestraat 81]], [[pc:2563 VK]]; vader onbekend.
Ondersteund door: {{r:MEE-consulent}} [[p:R. Tahiri]] en {{r:maatschappelijk werker}} [[p:J. Pinas]] (geen familie).""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T("""{{o:Oudshoorn Bewindvoering}}
Aan: SWT {{w:Schilderswijk}}, t.a.v. [[p:J. Pinas]]
Datum: [[d:20-02-2025]]
Ons kenmerk: [[dos:OB-2025-0117]]
Uw kenmerk: [[dos:770512]]

Beste [[p:Jolanda]],

Wij hebben het bewind voor mw. [[p:Sabajo]] per [[d:11 februari]] opgestart. Het leefgeld (€ 60 per week) wordt elke maandag overgemaakt naar haar leefgeldrekening [[i:§I§]]. De beheerrekening is [[i:§I§]]; inkomsten van het {{o:UWV}} worden hierheen omgeleid. Kun jij haar helpen met het openen van post en die doorsturen naar [[e:post@oudshoornbewind.nl]]?

Vriendelijke groet,
[[p:Anouk Oudshoorn]]
{{r:bewindvoerder}} | [[t:070-7851290]]""")

T("""Beschikking (uittreksel)
Rechtbank Den Haag, Kanton, locatie Den Haag
zaaknummer / rekestnummer: [[dos:10882734 \\ EJ VERZ 24-5512]]
De kantonrechter:
- stelt de goederen die (zullen) toebehoren aan [[p:Adeyemi]], [[p:Chioma Blessing]], geboren op [[d:8 augustus 1987]] te Lagos (Nigeria), wonende te ([[pc:2573 NX]]) Den Haag, [[a:Zuiderparklaan 19]], onder bewind;
- benoemt tot bewindvoerder: [[p:Hendrika (Rieke) Jansen]], h.o.d.n. {{o:Jansen Budgetbeheer}};
Uitgesproken door mr. [[p:L.T. Verschoor]], {{r:kantonrechter}}, op [[d:14 januari 2025]].""")

T("""Rekening en verantwoording 2024 - [[p:Kowalczyk, Ewa]]
Bewindvoerder: [[p:P. Kuipers]]
Zaaknummer: [[dos:C/09/641290 / BR RK 22-4410]]
Beheerrekening: [[i:§Ic§]]
Leefgeldrekening: [[i:§Ic§]]
Saldo [[d:01-01-2024]]: € 318,20
Saldo [[d:31-12-2024]]: € 1.022,75
Bijzonderheden: cliënte verblijft sinds [[d:05-10-2024]] bij zus [[p:Beata]] in Polen, adres NL aangehouden ([[a:Paul Krugerlaan 301]]).""")

T("""Email bewindvoerder → SWT
From: [[e:r.jansen@jansenbudgetbeheer.nl]]
To: [[e:swt.rustenburg@denhaag.nl]]
Date: [[d:Tue, 11 Mar 2025]] 08:32
Subject: RE: mw [[p:adeyemi]] - [[dos:EJ VERZ 24-5512]]

Hallo [[p:Els]],
Het {{o:CJIB}}-bedrag is inmiddels betaald. Energie loopt vanaf [[d:1/3]] via de beheerrekening. Wat ik nog mis: de beschikking huurtoeslag en de jaaropgave van {{o:UWV}}. Kan [[p:Chioma]] die meenemen naar haar afspraak bij jullie op [[d:do 13-3]]?
Groet, [[p:Rieke]]""")

T("""Verzoek tot mentorschap - korte weergave voor teamoverleg
Betrokkene: dhr. [[p:Abdelkader Benali]] ([[d:04-04-1955]]), vasculaire dementie
Verzoeker: zoon [[p:Youssef Benali]], [[a:Goudenregenstraat 312]], [[pc:2565 ES]]
Gevraagd: mentorschap + bewind, zoon als mentor, professionele bewindvoerder voor geld.
Zitting: [[d:woensdag 9 april 2025]] 10.45, zaal K2 ({{o:Rechtbank Den Haag}})
Zaaknummer: [[dos:C/09/672201 / FA RK 25-1403]]
SWT levert verslag aan via [[p:Naima]] uiterlijk [[d:26 maart]].""")

T("""{{o:RECHTBANK DEN HAAG}}, Sector Kanton
Oproeping
Zaak-/rolnummer: [[dos:11290384 \\ CV EXPL 25-2210]]
Eiser: {{o:Stichting Haag Wonen}}
Gedaagde: [[p:N. Tavares]], wonende te Den Haag, [[a:Hildebrandplein 12]]
Vordering: ontbinding huurovereenkomst en ontruiming wegens huurachterstand.
Zitting: [[d:dinsdag 25 maart 2025]] om 9.30 uur, Prins Clauslaan.
(kopie ontvangen via cliënt op [[d:7-3]], besproken met [[p:Robin]] en [[p:Aïcha]])""")

T("""Bewindvoerder {{o:Stichting Humanitas Bewindvoering}}
Overzicht contactpersonen cliënt [[p:H. Öztürk]] ([[dos:HB-38821]])
Bewindvoerder: [[p:Emre Yalçın]], [[t:088 - 3322 410]], [[e:e.yalcin@humanitasbewind.nl]]
Backoffice: [[p:Ingrid van Wijk]], [[t:088 - 3322 400]]
Leefgeld: vrijdag, rek. [[i:§I§]]
Cliënt mag zelf geen contracten aangaan. Bij telefonische vragen graag BSN of dossiernummer noemen.""")

T(
    """Proces-verbaal van de zitting (onderdeel)
Zaaknummer: [[dos:C/09/655102 / BR RK 23-881]]
Verschenen: rechthebbende [[p:S.M. Pinas]], bijgestaan door [[p:J. Pinas]] (SWT, geen familie); bewindvoerder [[p:mr. A. Oudshoorn]].
De rechthebbende verklaart: "Ik wil het zelf leren, maar nu lukt het niet. Mijn moeder helpt ook niet meer sinds [[d:oktober]]."
""".replace("[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]").replace("[[d:oktober]]", "oktober")
    + """Beslissing: bewind voor onbepaalde tijd, evaluatie na 2 jaar.
Griffier: [[p:K. Soekhoe]]"""
)

T(
    """Brief {{r:curator}} aan SWT
Kenmerk: [[dos:CUR/2025/018]]
Betreft: curatele mw. [[p:Petra Groen]] (geb. [[d:14.03.1961]])
Den Haag, [[d:6 maart 2025]]
Beste mevrouw [[p:Çelik]],
Als curator van mw. Groen informeer ik u dat zij per [[d:1 april]] verhuist naar een beschermde woonvorm van {{o:Parnassia}} ([[a:Monsterseweg 93]], {{w:Kijkduin}}). Groene kliko en inboedel worden door haar broer [[p:Jaap Groen]] geregeld.
Met vriendelijke groet,
mr. [[p:W.H. Dekker-Lim]]""".replace("als curator van mw. Groen", "").replace(
        "Als curator van mw. Groen", "Als curator van mw. [[p:Groen]]"
    )
)

T("""Informatieverzoek {{o:Raad voor de Kinderbescherming}}
Ons kenmerk: [[dos:RvdK 2025-0007712]]
Betreft: [[p:Sahel]] en [[p:Mariam Ahmadzai]], kinderen van [[p:Zarmina Ahmadzai]]
Onderzoeker: [[p:T. Maduro]], [[t:088-0101240]], [[e:t.maduro@rvdk.minjus.nl]]
Verzoek: graag uiterlijk [[d:21-03-2025]] een schriftelijke weergave van de betrokkenheid van het SWT sinds [[d:26-02-2025]], inclusief afspraken met school ({{o:De Springbok}}) en {{o:CJG}}.
Toestemming moeder: aanwezig ([[d:10-3-2025]]).""")

T(
    """Notitie telefoongesprek griffie - [[d:17 feb]]
Gesproken met [[p:mw. Van Rooijen]], griffie bewind {{o:Rechtbank Den Haag}}. Zaak [[dos:BR RK 25-0612]] ([[p:Kalpoe]], [[p:Shanti]]) staat op de lijst voor [[d:2 april]]. Verzoek spoedbehandeling afgewezen. Advies: tijdelijke budgetbegeleiding via {{o:Kredietbank}} tot die tijd. Teruggekoppeld aan [[p:Robin]].""".replace(
        "[[p:mw. Van Rooijen]]", "mw. [[p:Van Rooijen]]"
    )
)

T("""Aanvraag kwijtschelding gemeentelijke belastingen - door bewindvoerder
Aanvrager: [[p:Haddad, N.]] | BSN: [[b:§B§]]
Adres: [[a:Kleine Veenkoolstraat 22]], [[pc:2592 MA]]
Aanslagnummer: [[dos:2025.0112.4409]]
Bankrekening: [[i:§I§]]
Bewindvoerder: [[p:P. Kuipers]], [[e:p.kuipers@kuipersbewind.nl]], [[t:06-48392011]]
Datum: [[d:03/03/2025]]""")

# ---------------------------------------------------------------- care plans
T("""PLAN VAN AANPAK - [[p:Mohamed El Khayari]] ([[dos:MW-2025-0033]])
Opgesteld: [[d:28-01-2025]] | Evaluatie: [[d:28-04-2025]]
| Leefgebied | Doel | Actie | Wie | Wanneer |
|---|---|---|---|---|
| Financiën | huurachterstand opgelost | betalingsregeling {{o:Staedion}} | [[p:Fatma]] + dhr. | [[d:15 feb]] |
| Financiën | post op orde | wekelijks post openen | dochter [[p:Samira]] | doorlopend |
| Welzijn | minder alleen | kennismaking {{o:Stichting Mooi}} inloop | [[p:Gijs]] ({{r:welzijnscoach}}) | maart |
| Gezondheid | beter slapen | afspraak huisarts [[p:Bouwman]] | dhr. zelf | voor [[d:1 maart]] |
Handtekening cliënt: akkoord (mondeling) - [[d:28-1]]""")

T("""Ondersteuningsplan [[p:Danny Wijngaarde]]
Doel 1: Danny betaalt zijn vaste lasten zelf op tijd.
  Actie: automatische incasso's instellen op [[i:§I§]] - [[p:Danny]] + [[p:Tahiri]] - [[d:vr 7 maart]]
Doel 2: Danny heeft dagbesteding of werk.
  Actie: intake {{o:Werkbedrijf}} - [[p:Priya]] regelt - eind maart
  Actie: sollicitatiebrief met hulp van broer [[p:Kevin]] - april
Doel 3: moeder [[p:Gloria]] wordt ontlast.
  Actie: mantelzorgondersteuning aanvragen - [[p:Priya]] - [[d:14-3]]
Evaluatie op [[d:19 mei 2025]] met Danny, moeder en {{r:MEE-consulent}}.""")

T("""Zorgplan {{r:wijkverpleegkundige}} - mw. [[p:Bakker]] ([[p:T.]]), [[d:28-02-1947]]
Probleem: benauwdheid (COPD), valrisico, eenzaamheid
Doelen:
1. mw. gebruikt inhalatiemedicatie correct → controle 2x p/w ([[p:Anja]])
2. geen valincidenten → valrisico-check, hulpmiddelen via {{o:Wmo-loket}} ([[p:Joost]])
3. 1x p/w sociaal contact buiten de deur → {{o:Humanitas}} maatje ([[p:Sanne]])
Mantelzorg: schoondochter [[p:Marian]], [[t:06-44102938]]
Volgende evaluatie: [[d:1-6-2025]]""")

T("""PLAN GEZIN [[p:AHMADZAI]] (1 gezin 1 plan)
Datum: [[d:12-3-2025]] | Regie: [[p:Wendy Dekker]] ({{r:casusregisseur}})
Wat gaat goed: kinderen gaan weer elke dag naar school; [[p:Sahel]] krijgt huiswerkbegeleiding.
Zorgen: moeder somber, schulden bij {{o:DUO}} en {{o:Eneco}}.
Afspraken:
- moeder naar {{r:POH-GGZ}} ([[p:L. Kok]]), afspraak [[d:18-03]]
- {{r:gezinscoach}} [[p:Marloes]] 1x per 2 weken thuis
- aanmelden schuldhulp ([[p:Marco]]) vóór [[d:1 april]]
- [[p:Mariam]] naar zwemles via Ooievaarspas
Netwerk: tante [[p:Nafisa Ahmadzai]], [[t:+93 70 123 4567]] (Kabul) - contact via WhatsApp.""")

T("""Actieplan bemoeizorg dhr. [[p:Vos]] - [[a:Tesselsestraat 139]]
actie                               eigenaar                 deadline
1. huisbezoek, contact leggen       [[p:Kees]] + [[p:Fatma]]           [[d:18-02]]
2. contact zus (via {{o:Haag Wonen}})    [[p:Frank de Boer]]           [[d:21-02]]
3. huisarts informeren              [[p:Fatma]]                    [[d:21-02]]
4. {{o:GGD}} {{o:Bemoeizorg}} inschakelen    [[p:Kees]]                     na HB
5. ontruiming voorkomen             {{o:Haag Wonen}}/SWT            [[d:31-03]]
Update [[d:20-2]]: dhr. heet [[p:Adrianus Vos]], zus [[p:Corrie Vos]] ([[t:06-19284756]]) wil helpen.""")

T("""Begeleidingsplan (ambulant) {{o:Leger des Heils}}
Deelnemer: [[p:Gjergj Hoxha]] | Clientnr [[dos:LdH-2025-00981]]
Woonplek vanaf [[d:10-03-2025]]: [[a:Vlierboomstraat 561]], [[pc:2564 JK]]
Doelen:
a) woning behouden (huur via budgetbeheer)
b) alcoholgebruik stabiel (max 2 dagen p/w), i.s.m. {{o:Brijder}} ([[p:Lieke]])
c) contact dochter [[p:Arta]] herstellen
Begeleider: [[p:Kwame Asante]]; achtervang [[p:Tim van Dam]] (SWT)""")

T("""Plan van aanpak - {{r:ouderenconsulent}} [[p:Lisa Brouwer]]
Cliënt: mw. [[p:Sita Jagessar]], [[a:Isabellaland 1402]]
Wat wil mw.? "Thuis blijven wonen, en dat mijn zoon niet steeds hoeft te komen."
Afspraken
- personenalarmering: [[p:Ravi]] overlegt met mw. (deadline [[d:7-3]])
- dagbesteding {{o:WZH}} 2 dagdelen, proefdag [[d:di 11 maart]]
- {{r:casemanager dementie}} aanvragen via huisarts [[p:Van Leeuwen]] - [[p:Lisa]]
- Hindoestaanse ouderensoos {{w:Mariahoeve}} (woensdag) - buurvrouw [[p:Kamla]] neemt mee
Evaluatie: over 8 weken""")

T("""Evaluatie plan van aanpak ([[d:28-04-2025]]) - [[dos:MW-2025-0033]]
Doel | behaald? | toelichting
huurachterstand weg | ja | regeling {{o:Staedion}} loopt, laatste termijn [[d:1 juni]]
post op orde | deels | [[p:Samira]] gaat in mei op vakantie, dan [[p:Fatma]]
minder alleen | ja | dhr. komt 2x p/w bij inloop, kent nu [[p:Abdelhak]] en [[p:Jan]]
beter slapen | nee | dhr. weigert slaapmedicatie; doorverwijzing {{r:POH-GGZ}} besproken
Vervolg: nieuw plan tot [[d:1 september]].""")

T(
    """Hulpverleningsplan {{o:MEE}} - [[p:Shirley Pinas]] ([[d:17-07-1993]])
Wie helpt?
- [[p:R. Tahiri]] ({{r:MEE-consulent}}): regie, 1x per week
- [[p:mr. A. Oudshoorn]] ({{r:bewindvoerder}}): geld
- [[p:Jolanda Pinas]] ({{r:mw}} SWT): praktische zaken, post
- [[p:Chantal]] (vriendin): boodschappen
Doelen voor de komende 6 mnd:
1. [[p:Shirley]] kan zelf haar weekgeld indelen (oefenen met kasboekje)
2. kinderen [[p:Jayden]] en [[p:Naya]] gaan naar de VVE-peuterschool
3. [[p:Shirley]] heeft een vaste huisarts (nu: geen)
Afgesproken op [[d:maandag 24 februari]].""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T("""Actielijst MDO [[d:06-03-2025]] SWT {{w:Mariahoeve}}
nr | casus | actie | wie | wanneer
1 | [[p:Jagessar]] | WLZ-indicatie aanvragen via {{o:CIZ}} | [[p:Lisa]] | [[d:20-3]]
2 | [[p:Van der Zon]] | huisbezoek met {{o:GGD}} | [[p:Erik]] + [[p:Samira]] | wk 11
3 | [[p:Haddad]] | schuldhulp versnellen, contact [[p:Gerritsen]] | [[p:Samira]] | [[d:ma 10-3]]
4 | [[p:Winter]] | afsluiten, eindgesprek | [[p:Joost]] | na [[d:31-3]]
5 | algemeen | presentatie Ooievaarspas in teamoverleg | [[p:Joost]] | april""")

T("""Plan van aanpak (kort) - [[p:Yonas Tesfamariam]]
1) brieven {{o:CJIB}} uitzoeken → [[p:Hamid]], [[d:ma 3/3]]
2) {{o:DUO}}: draagkrachtmeting aanvragen → [[p:Yonas]] zelf, samen met [[p:Semhar]]
3) werk: taalcoach via {{o:VluchtelingenWerk}} ([[p:Samuel]]) → loopt
4) huisarts: inschrijven bij {{o:Huisartsenpraktijk Laakkwartier}} → gedaan [[d:25-02-2025]]
Volgende afspraak: [[d:17 maart]], 10.00, {{o:Servicepunt XL}} {{w:Laak}}.""")

T("""ZORGPLAN Wmo-begeleiding - dhr. [[p:W.F. de Wit]]
Beschikking: [[dos:WMO-2025-04410]] ({{o:gemeente Den Haag}}), geldig [[d:01-03-2025]] t/m [[d:28-02-2026]]
Aanbieder: {{o:Saffier}}, {{r:begeleider}} [[p:Mustafa Doğan]]
Doel: dhr. heeft een dagritme en eet 2x per dag een warme maaltijd.
Acties: dagbesteding ma/wo/vr; maaltijdservice; dochter [[p:Carla]] belt dagelijks ([[t:038-4219087]]).
Signaal: alcoholgebruik, bespreken met huisarts.""")

T("""Ondersteuningsplan statushouder - gezin [[p:Al-Hassan]]
Datum: [[d:7 februari 2025]]
Leefgebied | Afspraak | Verantwoordelijk | Gereed
Inkomen | energieschuld {{o:Eneco}} regelen | [[p:Khaled]] + {{r:klantmanager}} [[p:Lotte Brink]] | [[d:28-02]]
School | schoolverzuim [[p:Omar]] bespreken | [[p:Rasha]] + {{r:leerplichtambtenaar}} | [[d:14 maart]]
Taal | taalcafé {{o:bibliotheek Schilderswijk}} | [[p:Rasha]] | doorlopend
Gezondheid | tandarts [[p:Jad]] | [[p:Rasha]] | voor de zomer
Contactpersoon SWT: [[p:Bram Hoekstra]], [[e:b.hoekstra@denhaag.nl]]""")
# ------------------------------------------------------------ miscellaneous records
T(
    """Aanvraag bijzondere bijstand (duurzame gebruiksgoederen)
Aanvraagnummer: [[dos:BB-2025-011873]]
Aanvrager: [[p:Tekle]], [[p:Yohannes]] | geb. [[d:12-03-1991]]
BSN: [[b:§B§]]
Adres: [[a:Trompstraat 301-C]], [[pc:2518 BM]]
Gevraagd: koelkast, bed, gordijnen (eerste inrichting na verhuizing)
Uitbetalen op: [[i:§I§]] t.n.v. Y. Tekle
Ondersteund door: [[p:Hamid Rezaei]], SWT {{w:Laak}}""".replace(
        "t.n.v. Y. Tekle", "t.n.v. [[p:Y. Tekle]]"
    )
)

T("""Stemformulier kick-off [[d:22-11-2024]] - top 4 thema's
[[p:Dewi]]: ouderen, bemoeizorg, huiselijk geweld, jeugd
[[p:Bram]]: jeugd, huiselijk geweld, schulden, ouderen
[[p:Zainab]]: bemoeizorg, LVB, jeugd, ouderen
[[p:Olga]] ({{o:CAOP}}): telt niet mee
Uitslag: ouderen (17), huiselijk geweld (15), bemoeizorg (14), jeugd (12). Teller: [[p:Marieke Boer]].""")

T(
    """sms [[p:Aïcha]] → team, [[d:za 8/3]]: mw [[p:kalpoe]] belde noodnr, stroom afgesloten door {{o:eneco}}. heb [[p:Robin]] gebeld, ma 9u eerste actie. nr mw [[t:0614409283]]"""
)

T("""Verklaring buurvrouw (op verzoek {{o:Haag Wonen}}, bijlage dossier [[dos:HW-239911]])
Ik, [[p:Johanna (Jopie) van der Meer]], wonende [[a:Vaillantlaan 47-I]], verklaar dat mijn buurman [[p:Rachid Ouali]] van nr. 45 sinds de zomer van 2024 veel overlast geeft: harde muziek na middernacht, bezoek op rare tijden. Op [[d:2 januari]] en [[d:14 januari 2025]] heb ik de politie gebeld.
Telefoon: [[t:070-3881240]]
Datum: [[d:3-2-2025]]""")

T(
    """Leerplicht - signaal aan SWT
Leerling: [[p:Omar Al-Hassan]], [[d:07-05-2012]], leerlingnr [[dos:LLN 204418]]
School: {{o:Haags Montessori Lyceum}}, klas 1B, mentor [[p:mw. Dijkstra]]
Verzuim: 42 uur ongeoorloofd sinds [[d:6 januari]]
Ouders: [[p:Khaled]] en [[p:Rasha Al-Hassan]], [[t:+31 6 4412 0987]]
{{r:Leerplichtambtenaar}}: [[p:Peter Goedhart]], [[e:p.goedhart@denhaag.nl]]""".replace(
        "[[p:mw. Dijkstra]]", "mw. [[p:Dijkstra]]"
    )
)

T("""KLACHTFORMULIER
Naam indiener: [[p:Reza Hosseini]]
Adres: [[a:Paul Krugerlaan 44-II]], [[pc:2571 HV]]
E-mail: [[e:r.hosseini71@gmail.com]]
Klacht over: medewerker SWT [[p:Gijs]] ({{r:welzijnscoach}}), afspraak [[d:12/2]] en [[d:19/2]] niet nagekomen.
Gewenste oplossing: andere contactpersoon.
Ontvangen door: [[p:Trees van Rijn]] op [[d:21-02-2025]], doorgezet naar {{r:teamleider}} [[p:Karim Bennani]].""")

T(
    """Sleutelregister - cliënten met sleutelkluisje (SWT {{w:Morgenstond}})
cliënt                adres                     code bij         sinds
mw. [[p:Engel]]             [[a:Leyweg 880]]                 [[p:Anja]] ({{o:Florence}})   [[d:03-2024]]?
""".replace("[[d:03-2024]]?", "maart 2024")
    + """dhr. [[p:Winter]]           [[a:Hengelolaan 1204]]           [[p:Sandra]]           [[d:12-11-2024]]
mw. [[p:Tjon A Fat]]        [[a:Melis Stokelaan 1570]]       [[p:Rob]] (maatje)      [[d:07-01-2025]]
Codes NIET in dit overzicht; staan in de kluis op kantoor."""
)

T(
    """Afspraakbevestiging
Beste mevrouw [[p:Munteanu]],
U heeft een afspraak met [[p:Andreea]] van {{o:Schuldhulpverlening Den Haag}} op [[d:donderdag 20 maart 2025]] om 13.30 uur in het {{o:Servicepunt XL}} {{w:Bouwlust}}.
Neem mee: ID-bewijs, bankafschriften van de laatste 3 maanden van rekening [[i:§I§]], alle post van schuldeisers.
Uw dossiernummer: [[dos:SHV-2025-00471]].
Kunt u niet? Bel [[t:070 - 353 72 14]] of mail [[e:a.munteanu@denhaag.nl]].""".replace(
        "Beste mevrouw [[p:Munteanu]],\nU heeft een afspraak met [[p:Andreea]]",
        "Beste mevrouw [[p:Lungu]],\nU heeft een afspraak met [[p:Andreea]]",
    )
)

T(
    """Medicatie- en zorgoverzicht (door {{r:wijkverpleegkundige}} [[p:Marta Kowalczyk]])
Cliënt: [[p:Zhang Wei]], [[d:30-01-1946]]
Apotheek: {{o:Apotheek Leyenburg}}
Huisarts: [[p:dr. J. Sprenger]]
Medicatie: metformine, simvastatine (weekrol)
Kleindochter [[p:Lily Zhang]] ([[t:06-39201847]]) haalt weekrol op.
Valt 's nachts; advies: bedsensor, overleg [[d:13-3-2025]] met [[p:Hamza]] (SWT).""".replace(
        "[[p:dr. J. Sprenger]]", "dr. [[p:J. Sprenger]]"
    )
)

T(
    """Inkomstenformulier (bijlage intake)
Naam: [[p:Georgieva]], [[p:M.I.]]
Werkgever: schoonmaakbedrijf ([[p:dhr. Petrov]] is haar leidinggevende en huisbaas!)
Loon: € 1.380 netto, op [[i:§Ic§]]
Huur: € 550 contant aan [[p:Petrov]], geen huurcontract
Toeslagen: geen
Signaal: afhankelijkheid werkgever/huisbaas - overleggen met {{o:FairWork}}. [[p:Dewi]], [[d:26-2]]""".replace(
        "[[p:dhr. Petrov]]", "dhr. [[p:Petrov]]"
    )
)

T(
    """Lijst sleutelfiguren {{w:Schilderswijk}} (voor nieuwe collega's)
- imam [[p:Abdelhak Ezzahri]], moskee {{o:Al Fourkaan}}, bereikbaar via [[t:06-14785236]]
- [[p:Tante Corry]] ([[p:Corry Wijngaarde]]), kent iedereen in de Jan Steenstraat
- [[p:Mehmet Arslan]], voorzitter bewonersvereniging, [[e:m.arslan@bvschilderswijk.nl]]
- {{r:wijkagent}} [[p:Ruben Hooi]]""".replace(
        "[[p:Tante Corry]] ([[p:Corry Wijngaarde]])", "tante [[p:Corry]] ([[p:Corry Wijngaarde]])"
    )
)

T("""Toestemmingsverklaring - INGETROKKEN
Cliënt: [[p:Rachid Ouali]], [[d:30-10-1983]]
Dossier: [[dos:SWT-SW-2024-0912]]
Op [[d:10 maart 2025]] heeft dhr. telefonisch aangegeven dat hij niet langer wil dat het team gegevens deelt met {{o:Haag Wonen}} en {{o:Politie}}. Vastgelegd door [[p:B. Hoekstra]]. Collega's [[p:Jolanda]] en [[p:Ahmed]] geïnformeerd.""")

T("""Aanmelding Wmo (telefonisch, genoteerd door klantcontactcentrum)
Beller: [[p:Delgado]], [[p:Maria]] - zorgt voor haar moeder
Moeder: [[p:Rosa Delgado Semedo]], [[d:02-02-1940]], [[a:Delftselaan 2-A]], [[pc:2512 RL]]
Terugbelnummer: [[t:0031 6 48 20 19 37]]
Vraag: rolstoel, aangepaste douche. Moeder spreekt Kaapverdiaans Creools.
Doorgezet naar {{o:Wmo-loket}} {{w:Centrum}}, ticket [[dos:KCC-3340921]].""")

T("""Contactgegevens netwerk - dhr. [[p:Winston Kross]]
Partner: [[p:Yvonne]] [[t:06-10293847]]
Broer: [[p:Glenn Kross]] (Almere) [[t:036-5302918]]
Sponsor AA: [[p:Herman]] - alleen voornaam bekend
Werkgever (vroeger): havenbedrijf {{w:Scheveningen}}
Behandelaar {{o:Brijder}}: [[p:Jurgen Wolf]], [[e:j.wolf@brijder.nl]]
Afspraak: eerst [[p:Yvonne]] bellen bij nood, niet [[p:Glenn]].""")

T("""[[d:11-3]] HB [[p:Nowak]] - kort
aanwezig: [[p:Zofia]], kinderen, ik ([[p:Fatma]])
kamer [[p:Kacper]] zonder bed, slaapt op matras. [[p:Zofia]] heeft nieuw nr: [[t:+48 698 120 334]] (Pools), NL nr afgesloten.
IBAN voor Ooievaarspas/kindregeling: [[i:§I§]]
volgende keer tolk Pools ([[p:Magda]], via {{o:Global Talk}}).""")

T("""Uitnodiging evaluatiegesprek
Aan: mw. [[p:F. Lopes Tavares]], [[a:Parallelweg 77-III]], [[pc:2525 ND]] DEN HAAG
Den Haag, [[d:3 maart 2025]]
Kenmerk: [[dos:SW-25/0281]]
Beste mevrouw [[p:Lopes Tavares]],
Graag nodig ik u uit voor het evaluatiegesprek op [[d:maandag 17 maart]] om 10.00 uur. Uw dochter [[p:Djamila]] mag ook komen.
Met vriendelijke groet,
[[p:Bram Hoekstra]], {{r:casusregisseur}} | [[t:06-21038475]]""")

T(
    """Aanmeldformulier SWT {{w:Scheveningen}} (digitaal)
Voornaam*: [[p:Lorenzo]]
Achternaam*: [[p:van Bommel]]
Geboortedatum*: [[d:1988-11-04]]
Straat + huisnummer*: [[a:Keizerstraat 12-hs]]
Postcode*: [[pc:2586XL]]
Telefoon*: [[t:0618273645]]
E-mail: [[e:lorenzo.vbommel@gmail.com]]
Waar heeft u hulp bij nodig?: "ik ben mn baan kwijt en mijn vriendin is weg, ik zie het niet meer zitten"
-> doorgezet naar [[p:Winston]]? nee""".replace(
        "-> doorgezet naar [[p:Winston]]? nee",
        "-> zelfde dag teruggebeld door [[p:Kees Zwart]] ({{r:mw}}), {{o:113}} genoemd.",
    )
)
# ------------------------------------------------------------------ longer records
T("""VERSLAG MULTIDISCIPLINAIR OVERLEG SWT {{w:SPOORWIJK}}
Datum: [[d:woensdag 19 februari 2025]], 09.30-11.30 uur, {{o:Wijkcentrum De Mussen}}
Aanwezig: [[p:Aïcha Bouzid]] ({{r:maatschappelijk werker}}, voorzitter), [[p:Robin Hart]] ({{r:welzijnscoach}}), [[p:Sandra Kok]] ({{r:wijkverpleegkundige}}), [[p:Joost van der Veen]] ({{r:Wmo-adviseur}}), [[p:Hamid Rezaei]] ({{r:casusregisseur}})
Afwezig: [[p:Trees van Rijn]] (vakantie)
Notulen: [[p:Robin Hart]]

Casus 1 - [[p:Hodan Warsame Abdi]] ([[dos:SP-2025-0088]])
Bezwaar tegen afwijzing urgentie is verstuurd op [[d:3 februari]]. {{o:Haag Wonen}} heeft de schimmel bekeken en zegt dat het door "stookgedrag" komt. [[p:Sandra]] ziet bij de jongste ([[p:Ikraan]], 2) benauwdheid. Afspraak: [[p:Sandra]] vraagt een verklaring van de huisarts (dr. [[p:Tahiri]]); [[p:Aïcha]] stuurt deze door naar de bezwarencommissie vóór [[d:28-2]]. Zoon [[p:Abdirahman]] wordt niet meer als tolk ingezet.

Casus 2 - dhr. [[p:Kalpoe]] (echtgenoot van [[p:Shanti Kalpoe]])
Afsluiting stroom dreigt per [[d:1 maart]]. Energiefonds aangevraagd. Dhr. wil niet dat zijn vrouw hoort hoe groot de schulden zijn. Team vindt dat beide partners aan tafel moeten. [[p:Hamid]] plant gesprek met beiden.

Casus 3 - mw. [[p:Post]] ([[dos:SP-2024-0551]])
Mw. opent haar post al maanden niet, stapel ligt in de gang. Zoon [[p:Marcel Post]] ([[t:06-22019384]]) woont in Delft en komt eens per maand. [[p:Joost]] onderzoekt huishoudelijke ondersteuning.

Volgende MDO: [[d:19 maart]].""")

T("""INTAKEVERSLAG (uitgebreid) - SWT {{w:Regentessekwartier}}
Datum intake: [[d:13-02-2025]]  |  Intaker: [[p:Dewi Latuheru]]  |  Dossier: [[dos:RK-2025-0193]]

Personalia
Naam: [[p:Ghebremariam]], [[p:Senait]]
Geboortedatum: [[d:28-06-1994]]
BSN: [[b:§B§]]
Adres: [[a:Fahrenheitstraat 188-1]], [[pc:2561 DH]] Den Haag
Telefoon: [[t:06-1029-8374]]   E-mail: [[e:senait.g@gmail.com]]
IBAN: [[i:§I§]]
Huisarts: {{o:Huisartsenpraktijk Valkenbos}}, dr. [[p:E. Baldew]]
Contactpersoon: [[p:Mehret Tekeste]], relatie: vriendin uit de kerk, [[t:06-48291037]]

Anamnese
Mw. is in 2019 via gezinshereniging naar Nederland gekomen. Echtgenoot [[p:Yohannes]] is in 2023 vertrokken; zij woont nu alleen met zoon [[p:Natan]] (4). Mw. werkt 16 uur p/w als schoonmaakster bij een hotel in {{w:Scheveningen}}. Zij heeft een toeslagschuld van ca. € 6.000 en ontvangt aanmaningen van {{o:CJIB}} voor boetes op naam van haar ex. Zij slaapt slecht en heeft hoofdpijn.

Hulpvraag (in eigen woorden): "Ik wil dat de brieven stoppen en dat [[p:Natan]] naar de peuterspeelzaal kan."

Afspraken
1. [[p:Dewi]] neemt contact op met {{o:Schuldhulpverlening Den Haag}} ([[p:Marco Gerritsen]]).
2. Mw. levert kopie ID en bankafschriften in op [[d:20 februari]].
3. Aanmelden peuterspeelzaal via {{o:CJG}} {{w:Segbroek}}.
Toestemmingsverklaring getekend op [[d:13-2-2025]].""")

T(
    """{{o:VEILIG THUIS HAAGLANDEN}}
RAPPORTAGE ONDERZOEK (samenvatting ten behoeve van overdracht)
Onderzoeksnummer: [[dos:VT-O-2024-7710]]
Periode onderzoek: [[d:4 november 2024]] t/m [[d:27 januari 2025]]
Onderzoekers: [[p:Gerda Blom]], [[p:Thijs Ravensbergen]]

Gezinssamenstelling
Moeder: [[p:Zofia Nowak]], geb. [[d:11-04-1989]], Poolse nationaliteit
Vader: [[p:Tomasz Nowak]], geb. [[d:02-12-1986]], Poolse nationaliteit
Kinderen: [[p:Julia Nowak]] ([[d:19-08-2014]]), [[p:Kacper Nowak]] ([[d:05-03-2018]])
Adres: [[a:Erasmusweg 830]], [[pc:2532 BV]] Den Haag

Aanleiding: melding door school ({{o:De Vuurvogel}}, {{r:intern begeleider}} [[p:mw. Koopmans]]) na uitspraak van [[p:Julia]] over "papa die mama duwt".
Bevindingen: er is sprake geweest van partnergeweld onder invloed van alcohol. Vader heeft zich aangemeld bij {{o:De Waag}}; sinds [[d:10 december 2024]] woont hij tijdelijk bij een collega in {{w:Moerwijk}}. Moeder is alert, maar financieel afhankelijk van vader (gezamenlijke rekening [[i:§I§]]).
Conclusie: veiligheid op dit moment voldoende. Overdracht aan SWT {{w:Moerwijk}} ({{r:maatschappelijk werker}} [[p:Fatma Aydın]]) voor ondersteuning op financiën, huisvesting en het netwerk. VT monitort tot [[d:27 april 2025]].""".replace(
        "[[p:mw. Koopmans]]", "mw. [[p:Koopmans]]"
    )
)

T(
    """[[p:mr. A. Oudshoorn]]
{{o:Oudshoorn Bewindvoering}}
Aan de {{o:Rechtbank Den Haag}}, team Toezicht
Den Haag, [[d:10 maart 2025]]
Zaaknummer: [[dos:C/09/655102 / BR RK 23-881]]
Rechthebbende: mevrouw [[p:S.M. Pinas]], [[a:Moerweg 250]], [[pc:2532 AD]] Den Haag

Betreft: verzoek machtiging (art. 1:441 BW)

Edelachtbare,

Hierbij verzoek ik u om machtiging voor het aangaan van een betalingsregeling met {{o:Haag Wonen}} (huurachterstand € 1.860, kenmerk [[dos:HW-240017]]) en het aanvragen van een saneringskrediet bij {{o:Kredietbank Haaglanden}}.
Rechthebbende stemt in met dit verzoek. Zij wordt ondersteund door {{r:MEE-consulent}} [[p:R. Tahiri]] en door het sociaal wijkzorgteam ([[p:J. Pinas]]). Haar moeder, mevrouw [[p:W. Pinas-Kromodimedjo]], is op de hoogte.
Als bijlage treft u aan: het budgetplan per [[d:1 maart 2025]], de brief van {{o:Haag Wonen}} d.d. [[d:14-02-2025]] en het overzicht van de beheerrekening [[i:§I§]].

Hoogachtend,
[[p:mr. A. Oudshoorn]], {{r:bewindvoerder}}
[[t:070-7851290]] | [[e:a.oudshoorn@oudshoornbewind.nl]]""".replace(
        "[[p:mr. A. Oudshoorn]]", "mr. [[p:A. Oudshoorn]]"
    )
)

T(
    """OVERDRACHT SWT → WLZ-ZORG (thuis)
Cliënt: mevrouw [[p:Sita Jagessar-Ramsaroep]] ([[d:19-04-1942]])
Adres: [[a:Isabellaland 1402]], [[pc:2591 EH]] Den Haag ({{w:Mariahoeve}})
BSN: [[b:§B_§]]
Indicatie {{o:CIZ}}: VV4, besluit [[d:2 april 2025]], kenmerk [[dos:CIZ-2025-881203]]
Zorgkantoor: {{o:Zorg en Zekerheid}}
Zorgaanbieder: {{o:WZH}}, team thuiszorg {{w:Mariahoeve}}, {{r:EVV'er}} [[p:Nicole Haverkamp]], [[t:06-28193746]]

Overzicht wat SWT heeft gedaan ([[d:januari]]-april 2025):
- aanmelding door zoon [[p:Ravi]], huisbezoek door [[p:Lisa Brouwer]] ({{r:ouderenconsulent}})
- personenalarmering geregeld ({{o:Sensire}}), sleutelkluis code bij [[p:Ravi]]
- dagbesteding 2 dagdelen, vervoer via regiotaxi
- diagnose Alzheimer via geheugenpoli ([[d:18 maart 2025]]); {{r:casemanager dementie}} [[p:Ineke Bosman]]
Aandachtspunten: mw. spreekt bij vermoeidheid alleen Sarnami. Buurvrouw [[p:Kamla Sewnath]] ([[a:Isabellaland 1388]]) is belangrijk voor haar. Zoon is overbelast (mantelzorgwaardering aangevraagd).
SWT sluit af per [[d:30-04-2025]]. Contact voor vragen: [[p:Lisa Brouwer]], [[e:l.brouwer@xtra.nl]].""".replace(
        "([[d:januari]]-april 2025)", "(januari-april 2025)"
    )
)

T(
    """Casusbeschrijving voor intervisie (inbreng [[p:Karin Mulder]], [[d:12-3-2025]])
Let op: deze versie bevat nog namen - alleen voor intern gebruik!

Betrokkenen
- [[p:Bilal]] ([[d:03-09-2003]]), 21 jaar, woont bij oma [[p:Fatima El Amrani]] ([[a:Van der Vennestraat 92]]) in de {{w:Schilderswijk}}
- moeder [[p:Malika El Amrani]], verblijft in Marokko
- vader onbekend
- ex-voogd {{o:Jeugdbescherming West}}: [[p:Sanne de Wolf]]
- {{r:trajectbegeleider}} {{o:Werkbedrijf}}: [[p:Niels Broekhuis]]

Situatie
[[p:Bilal]] is per [[d:3 september]] 2021 uit jeugdzorg gegaan (18 geworden). Sindsdien geen inkomen, geen zorgverzekering, schulden bij {{o:CJIB}} (OV-boetes) en {{o:Vodafone}}. Oma heeft een hartkwaal en kan de spanning niet aan. [[p:Bilal]] is in [[d:januari]] aangehouden na een vechtpartij op de Hoefkade.

Vraag aan de groep: hoe krijg ik contact met een jongere die alleen via Snapchat reageert, en wie neemt de regie: SWT of {{o:CJG}}?""".replace(
        "per [[d:3 september]] 2021", "per [[d:3 september 2021]]"
    ).replace("is in [[d:januari]] aangehouden", "is in januari aangehouden")
)

T("""PLAN VAN AANPAK - fam. [[p:Kaya]] / [[p:Demir]]
Startdatum: [[d:4-2-2025]]   Evaluatie: [[d:6-5-2025]]   Regie: [[p:Jolanda Pinas]]
Betrokken: [[p:Ayşe Kaya-Demir]] (moeder), kinderen [[p:Elif]], [[p:Kerem]], [[p:Yusuf]]; zus [[p:Hatice Kaya]]

1. Veiligheid
   Doel: moeder en kinderen voelen zich veilig thuis.
   Actie: straatverbod [[p:Mustafa Kaya]] monitoren; bij overtreding direct 112 + melding {{o:Veilig Thuis}} ([[dos:VT-2024-3108]]).
   Wie: [[p:Ayşe]], {{r:wijkagent}} [[p:R. Hooi]]
2. Financiën
   Doel: vaste lasten betaald, overzicht over schulden.
   Actie: aanmelding {{o:Schuldhulpverlening Den Haag}}; budgetplan maken met [[p:Joyce]] ({{o:Stichting Mooi}}).
   Wanneer: aanmelding vóór [[d:15 februari]]
3. Kinderen
   Doel: [[p:Kerem]] gaat met plezier naar school.
   Actie: overleg met {{r:intern begeleider}} {{o:basisschool Het Galjoen}} en {{o:CJG}} ([[p:Marloes]]).
   Wanneer: [[d:dinsdag 11 februari]]
4. Sociaal netwerk
   Doel: moeder heeft minstens twee mensen om op terug te vallen.
   Actie: zus [[p:Hatice]] en buurvrouw [[p:Emine Şahin]] betrekken; vrouwengroep {{o:Stichting Mooi}}.
5. Gezondheid
   Actie: afspraak huisarts (dr. [[p:Sewdien]]) over slaapproblemen - [[p:Ayşe]] zelf.
Ondertekend: [[p:A. Kaya-Demir]] / [[p:J. Pinas]], [[d:04-02-2025]]""")

T("""Verslag intakegesprek schuldhulpverlening
Dossier: [[dos:SHV-2025-00471]]   Datum: [[d:20 maart 2025]]   Consulent: [[p:Andreea Munteanu]]
Aanvrager: mw. [[p:Elena Lungu]], geb. [[d:07-01-1990]], BSN [[b:§B.§]]
Adres: [[a:Meppelweg 1104]], [[pc:2544 BK]] Den Haag   Tel.: [[t:+40 721 338 019]] / [[t:06 1293 8470]]
Huishouden: alleenstaand, dochter [[p:Ioana]] (10) woont bij oma in Iași.

Inkomsten: loon flexbureau wisselend € 1.100 - € 1.600, uitbetaald op [[i:§I§]].
Schulden (opgave cliënt):
- {{o:Belastingdienst}} toeslagen € 2.300 ([[dos:8819.22.410.T.43]])
- {{o:CZ}} zorgpremie € 780
- huisbaas dhr. [[p:Van Veen]] € 1.100 (2 mnd)
- {{o:Klarna}} € 460
- vriendin [[p:Cristina]] € 300

Bijzonderheden: mw. stuurt elke maand € 250 naar haar moeder in Roemenië. Huisbaas dreigt haar eruit te zetten zonder huurcontract. Doorverwezen naar {{o:Juridisch Loket}} en {{o:Huurteam Den Haag}}.
Vervolg: stabilisatiefase, volgende afspraak [[d:do 3 april]], inleveren loonstroken.""")

T("""Caseloadreview [[p:Fatma Aydın]] met {{r:teamleider}} [[p:Karim Bennani]] - [[d:7 maart 2025]]
1. [[p:El Khayari]] ([[dos:MW-2025-0033]]): gaat goed, evaluatie [[d:28-4]], mogelijk afsluiten in mei.
2. [[p:Nowak]] ([[dos:VT-2024-2290]]): zwaar. Moeder [[p:Zofia]] is weinig bereikbaar, tolk nodig. Uren gaan hier heen. [[p:Karim]]: check of {{o:Jeugdbescherming West}} nog betrokken moet worden.
3. [[p:Okafor]] ([[dos:MW-2024-0982]]): huurschuld opgelost, dhr. [[p:Emeka Okafor]] werkt weer. Afsluiten.
4. [[p:Dimitrov]] ([[dos:MW-2024-1104]]): schulden in Bulgarije niet in kaart. Vraag aan {{o:Juridisch Loket}}.
5. mw. [[p:Sterk]] ([[dos:MW-2025-0051]]): bouwt langzaam vertrouwen op; niet overdragen.
6. [[p:Rosaria]] ([[dos:MW-2024-0877]]): samen met {{o:Brijder}}, [[p:Jurgen]] is casushouder. Rol SWT beperken.
Afspraak: caseload van 19 naar 16 vóór [[d:1 april]]; [[p:Okafor]] en [[p:El Khayari]] afsluiten, nieuwe aanmeldingen even naar [[p:Gijs]].""")

T("""NOTULEN KICK-OFF PILOT "SAMEN WERKEN IN HET SOCIALE DOMEIN"
Datum: [[d:vrijdag 22 november 2024]], 13.00-17.00
Aanwezig: alle teamleden van de 24 SWT's (ca. 210 personen, zie presentielijst), {{o:gemeente}} ([[p:Jan de Boer]], [[p:Esther Wijnberg]]), {{o:Crossover}} ([[p:Marieke Boer]]), {{o:CAOP}} ([[p:Olga Kaminska]])

1. Opening door wethouder. Terugblik: teams werken sinds 2015 met de driehoek zorg-welzijn-gemeente.
2. Uitleg pilot: vier maanden, 20 deelnemers, teamoverstijgende thema's. Startbijeenkomst begin februari, expertmeeting april, afsluiting juni.
3. Stemming thema's (digitaal): ouderen, huiselijk geweld, bemoeizorg, jeugd. Schulden viel net af.
4. Pilotgroep gekozen. Namens {{w:Schilderswijk}}: [[p:Bram Hoekstra]]; {{w:Transvaal}}: [[p:Jolanda Pinas]]; {{w:Mariahoeve}}: [[p:Lisa Brouwer]]; {{w:Laak}}: [[p:Hamid Rezaei]]; {{w:Segbroek}}: [[p:Dewi Latuheru]]; {{o:MEE}}: [[p:Zainab Mansaray]] (overige 14: zie bijlage).
5. Vragen uit de zaal: [[p:Gijs Verhoef]] ({{o:Florence}}) vraagt hoe casuslessen geanonimiseerd worden. [[p:Esther]]: alleen na toestemmingsverklaring, namen en adressen eruit.
Actiepunt: [[p:Marieke]] stuurt uitnodiging startbijeenkomst vóór [[d:15 december]].""")

T("""E-mailwisseling (geëxporteerd uit dossier [[dos:SWT-SW-2024-0912]])

From: [[e:r.ouali83@hotmail.com]]
Sent: [[d:maandag 3 maart 2025]] 23:48
To: [[e:b.hoekstra@denhaag.nl]]
Subject: brief haag wonen

bram ik heb weer een brief gehad ze willen me eruit zetten. ik heb niks gedaan die vrouw van 47 liegt. bel me [[t:0619283047]]

From: [[e:b.hoekstra@denhaag.nl]]
Sent: [[d:dinsdag 4 maart 2025]] 08:55
To: [[e:r.ouali83@hotmail.com]]
Cc: [[e:m.bakker@haagwonen.nl]]
Subject: RE: brief haag wonen

Beste [[p:Rachid]],
Ik heb je brief gezien. Ik bel je vandaag om 11.00. [[p:Maaike Bakker]] van {{o:Haag Wonen}} staat in de cc, zodat we samen een gesprek kunnen plannen. Donderdag [[d:6 maart]] kan ik met je mee naar het {{o:Juridisch Loket}}.
Groet, [[p:Bram]]
{{r:casusregisseur}} SWT {{w:Schilderswijk}} | [[t:06-21038475]]""")

T("""Aanvraag urgentieverklaring - ondersteunende brief SWT
Aan: {{o:Gemeente Den Haag}}, afdeling Urgentie
Betreft: [[p:Hodan Warsame Abdi]], [[d:01-01-1987]], BSN [[b:§B§]]
Huidig adres: [[a:Fruitweg 19 bis]], [[pc:2525 KC]] Den Haag (3-kamerwoning, 38 m², 7 bewoners)
Aanvraagnummer: [[dos:URG-2025-00417]]

Geachte heer/mevrouw,
Het sociaal wijkzorgteam {{w:Spoorwijk}} ondersteunt mevrouw sinds [[d:10 december 2024]]. De woning is te klein en heeft ernstige schimmel. De jongste dochter [[p:Ikraan]] ([[d:14-05-2022]]) is twee keer opgenomen geweest met benauwdheid ({{o:HMC}} Westeinde, [[d:12 januari]] en [[d:2 februari 2025]]). De {{r:huisarts}} (dr. [[p:Tahiri]]) en de {{r:wijkverpleegkundige}} ([[p:Sandra Kok]]) ondersteunen deze aanvraag.
Wij verzoeken u de eerdere afwijzing van [[d:9-1-2025]] te heroverwegen.

Met vriendelijke groet,
[[p:Aïcha Bouzid]], {{r:maatschappelijk werker}}
[[t:06-47129384]] | [[e:a.bouzid@xtra.nl]]""")

T(
    """Registratielijst workshop ouderen & eenzaamheid - expertmeeting pilot, [[d:donderdag 17 april 2025]]
Naam                 | Organisatie                 | Functie                   | Aanwezig
[[p:Lisa Brouwer]]         | {{o:Xtra}}                        | {{r:ouderenconsulent}}          | ja
[[p:Dewi Latuheru]]        | {{o:gemeente Den Haag}}           | {{r:casusregisseur}}            | ja
[[p:Nicole Haverkamp]]     | {{o:WZH}}                         | {{r:EVV'er}}                    | ja
[[p:Ineke Bosman]]         | {{o:WZH}}                         | {{r:casemanager dementie}}      | nee (ziek)
[[p:Rob de Graaf]]         | {{o:Humanitas}}                   | vrijwilliger              | ja
[[p:Marja Koorevaar]]      | {{o:Humanitas}}                   | {{r:coördinator}}               | ja
[[p:Prof. dr. H. van Beek]]| {{o:Haagse Hogeschool}}           | {{r:lector}}                    | spreker
Verslag volgt via [[p:Marieke]]; foto's alleen na toestemming. Volgende bijeenkomst (afsluiting) in juni.""".replace(
        "[[p:Prof. dr. H. van Beek]]", "Prof. dr. [[p:H. van Beek]]"
    )
)

T(
    """Intakeformulier {{o:Jeugdbescherming West}} → SWT (18+ overdracht)
Jongere: [[p:Jaïr]]? nee""".replace("[[p:Jaïr]]? nee", "[[p:Mo]] ([[p:Mohammed Aziz]])")
    + """
Geboortedatum: [[d:27-10-2006]]
BSN: [[b:§B§]]
Verblijft bij: oma [[p:Fatima Aziz]], [[a:Wouwermanstraat 61-3]], [[pc:2525 TB]]
Telefoon: [[t:06-81203947]]   Snapchat/Insta: via [[p:oma]]? 
""".replace("   Snapchat/Insta: via [[p:oma]]? \n", "\n")
    + """Voogd tot 18: [[p:Sanne de Wolf]] ({{o:Jeugdbescherming West}}), [[e:s.dewolf@jbwest.nl]]
Lopende zaken: aanvraag bijstand bij {{o:Werk en Inkomen}}, zorgverzekering afgesloten per [[d:27-10-2024]], opleiding {{o:mboRijnland}}? onduidelijk.
Wens jongere: "eigen kamer en geld verdienen". Oma wil dat hij blijft, maar het huis is te klein.
Overdrachtsgesprek: [[d:ma 24 maart]] 15.00 met [[p:Sanne]], [[p:Mo]], oma en [[p:R. Tahiri]] ({{o:MEE}})."""
)


# ------------------------------------------------------------------- build
def luhn_bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


AUTO_ROLES = re.compile(r"\b(huisarts|Huisarts|bewindvoerder|Bewindvoerder|curator|mentor|tolk)\b")


def add_auto_roles(text, pii, keep):
    """Mark remaining bare role words as keep/role (only where no span is)."""
    taken = [(s["start"], s["end"]) for s in pii + keep]
    for m in AUTO_ROLES.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            keep.append({"start": m.start(), "end": m.end(), "label": "role", "text": m.group(0)})
    keep.sort(key=lambda x: x["start"])


def build():
    rows = []
    for n, raw in enumerate(TEXTS):
        raw = re.sub(r"§(B|B\.|B_|I|Ic|Ibe)§", fill, raw).strip()
        text, pii, keep = parse(raw)
        add_auto_roles(text, pii, keep)
        assert (
            "[[" not in text
            and "]]" not in text
            and "{{" not in text
            and "}}" not in text
            and "§" not in text
        ), (n, text)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (n, sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (n, sp)
            if sp["label"] == "bsn":
                assert luhn_bsn_ok(sp["text"]), (n, sp)
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), (n, sp)
        rows.append({"id": "ho57-%04d" % n, "text": text, "pii": pii, "keep": keep})
    return rows


if __name__ == "__main__":
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout57.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d texts to %s" % (len(rows), out))
