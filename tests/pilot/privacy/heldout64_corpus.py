#!/usr/bin/env python3
"""Held-out test corpus 64: personal data in texts of social neighbourhood care teams
(Den Haag, Zoetermeer, Delft, Leiden, Rotterdam-Zuid, Westland).

Texts are written by hand with inline markup:
  [[label:text]]  personal data  (person, bsn, phone, email, iban, postcode, address, date, dossier)
  {{label:text}}  context that must stay readable (wijk, org, role)
BSNs and IBANs are generated (11-check / mod-97) from placeholders:
  [[bsn:*]] 123456782   [[bsn:*.]] 1234.56.782   [[bsn:* ]] 123 456 782   [[bsn:*3.]] 123.456.782
  [[iban:*RABO]] NL..RABO0123456789 compact   [[iban:*RABO_]] grouped in fours
  [[iban:*PL_]] / [[iban:*BE]] foreign IBANs
Run: python3 heldout64_corpus.py  -> writes heldout64.jsonl next to this script.
"""

import json
import os
import random
import re

RNG = random.Random(64064)
TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


def make_bsn(fmt):
    while True:
        d = [RNG.randint(1, 6)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            d.append(c)
            break
    x = "".join(map(str, d))
    if fmt == "*":
        return x
    if fmt == "*.":
        return x[:4] + "." + x[4:6] + "." + x[6:]
    if fmt == "* ":
        return x[:3] + " " + x[3:6] + " " + x[6:]
    if fmt == "*3.":
        return x[:3] + "." + x[3:6] + "." + x[6:]
    raise ValueError(fmt)


def _iban_check(country, bban):
    num = ""
    for ch in bban + country + "00":
        num += str(int(ch, 36)) if ch.isalpha() else ch
    return "%02d" % (98 - int(num) % 97)


def make_iban(fmt):
    spaced = fmt.endswith("_")
    code = fmt[1:].rstrip("_")
    if code == "PL":
        country, bban = "PL", "".join(str(RNG.randint(0, 9)) for _ in range(24))
    elif code == "BE":
        country, bban = "BE", "".join(str(RNG.randint(0, 9)) for _ in range(12))
    elif code == "BG":
        country = "BG"
        bban = (
            "UNCR"
            + "".join(str(RNG.randint(0, 9)) for _ in range(6))
            + "".join(str(RNG.randint(0, 9)) for _ in range(8))
        )
    else:
        country, bban = "NL", code + "".join(str(RNG.randint(0, 9)) for _ in range(10))
    iban = country + _iban_check(country, bban) + bban
    if spaced:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"wijk", "org", "role"}
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            label, span = m.group(1), m.group(2)
            if label not in PII:
                raise ValueError("bad pii label %r in %r" % (label, marked[:60]))
            if label == "bsn" and span.startswith("*"):
                span = make_bsn(span)
            elif label == "iban" and span.startswith("*"):
                span = make_iban(span)
            target = pii
        else:
            label, span = m.group(3), m.group(4)
            if label not in KEEP:
                raise ValueError("bad keep label %r in %r" % (label, marked[:60]))
            target = keep
        target.append({"start": length, "end": length + len(span), "label": label, "text": span})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in %r" % text[:80])
    return text, pii, keep


# ---------------------------------------------------------------- part 1: Den Haag mix + first other cities
T("""
Journaal [[date:12-03-2024]] – huisbezoek
Samen met {{role:wijkverpleegkundige}} [[person:Ilse]] op huisbezoek geweest bij mw. [[person:El Khatib]] ([[address:Hobbemastraat 87-II]]). Mw. oogt vermoeid, keuken vol afwas, post ongeopend op tafel (o.a. aanmaning {{org:Eneco}} en een brief van het {{org:CAK}}). Zoon [[person:Bilal]] (17) was thuis en tolkte deels. Mw. geeft aan dat ze 's nachts slecht slaapt sinds haar man in 2022 is overleden.
Afspraken: ik vraag {{org:Schuldhulpmaatje}} aan, [[person:Ilse]] belt de {{role:huisarts}} (dr. [[person:Verhoef]]) over de slaapmedicatie. Volgend bezoek [[date:dinsdag 19 maart]], 10.00 uur.
– [[person:Nadia]] ({{role:MW}}, {{org:SWT}} {{wijk:Schilderswijk}})
""")

T("""
[09:12] [[person:Sanne]]: goeiemorgen! iemand gister nog bij mw [[person:bakker]] langs geweest? ze belde 3x naar t servicepunt
[09:14] [[person:Youssef]]: nee ik zit tot 12u in het mdo {{wijk:Moerwijk}}
[09:15] [[person:Sanne]]: ok ik probeer haar zo. nummer is toch [[phone:06-41297735]]?
[09:15] [[person:Gert-Jan]]: die is afgesloten, nieuw nr staat in suite: [[phone:06 2830 1146]]
[09:16] [[person:Sanne]]: top thx 👍
[09:41] [[person:Sanne]]: gesproken. ze zit zonder stroom sinds vrijdag. ik ga er vanmiddag heen met de {{role:budgetcoach}}, kan iemand alvast {{org:Eneco}} bellen?
[09:43] [[person:Gert-Jan]]: doe ik
""")

T("""
Onderwerp: RE: aanvraag huishoudelijke hulp dhr. [[person:Ramsaroep]]

Hoi [[person:Marloes]],

Dank voor je mail. Ik heb dhr. [[person:R. Ramsaroep]] (geb. [[date:14-07-1949]]) gisteren gesproken. De aanvraag loopt onder zaaknummer [[dossier:WMO-2024-33817]]. Hij woont sinds kort alleen op [[address:Melis Blekstraat 14]], [[postcode:2521 NE]]; zijn dochter [[person:Kavita]] doet de boodschappen maar werkt fulltime in Rotterdam. Ik stel voor dat {{org:Florence}} eerst een inschatting maakt van wat hij zelf nog kan.

Kun jij bij het {{org:Wmo-loket}} navragen of de eigen bijdrage al bij het {{org:CAK}} is aangemeld?

Groet,
[[person:Jeroen Kuipers]]
{{role:Wmo-adviseur}} – {{org:SWT}} {{wijk:Transvaal}}
[[phone:070 353 71 04]] (di t/m vr)
""")

T("""
INTAKEFORMULIER {{org:Sociaal Team Zoetermeer}}
Datum intake: [[date:08-04-2024]]
Medewerker: [[person:P. Boukhari]] ({{role:maatschappelijk werker}}, {{org:Piëzo}})
Naam cliënt: [[person:Dennis van der Hoop]]
Geboortedatum: [[date:23-11-1986]]
BSN: [[bsn:*.]]
Adres: [[address:Nathaliegang 31]], [[postcode:2719 GD]] Zoetermeer (wijk {{wijk:Meerzicht}})
Telefoon: [[phone:06-19283746]]
E-mail: [[email:dennisvdhoop86@gmail.com]]
Huishouden: alleenstaand, 1 dochter ([[person:Lotte]], 9) woont bij moeder in Leiden, omgang om het weekend
Hulpvraag (eigen woorden): "Ik wil gewoon weer rust in mijn hoofd en van de schulden af."
Aanmelding via: {{role:huisarts}} / {{role:POH-GGZ}}
Toestemmingsverklaring getekend: ja, d.d. [[date:8/4]]
""")

T("""
Verslag MDO {{org:SWT}} {{wijk:Escamp}} – [[date:donderdag 21 maart 2024]]
Aanwezig: [[person:Hanneke]] ({{role:casusregisseur}}), [[person:Rachid]] ({{role:wijkagent}}), [[person:Marieke Dekker]] ({{role:wijkverpleegkundige}}, {{org:Florence}}), [[person:Olga]] ({{role:SPV}}, {{org:Parnassia}}), [[person:Tim]] (notulen)
Afwezig m.k.: [[person:Ayşe]] ({{org:Haag Wonen}})

1. Casus mw. [[person:S.]] (dossier [[dossier:2024-04471]])
Overlastmeldingen van buren blijven binnenkomen, inmiddels zes sinds januari. [[person:Rachid]] heeft mw. vorige week gesproken; ze is verward en denkt dat de bovenburen haar afluisteren. [[person:Olga]] probeert via de {{role:huisarts}} een crisisbeoordeling te regelen. Besluit: [[person:Hanneke]] belt dochter [[person:Priscilla]] ([[phone:06 13 57 24 68]]) om haar bij het plan te betrekken.
2. Casus fam. [[person:Doğan]]
Geen nieuws, doorschuiven naar volgende keer ([[date:4 april]]).
Actie: [[person:Tim]] zet het verslag vóór vrijdag in het dossier.
""")

T("""
Schuldenoverzicht – cliënt [[person:M. Ouali]] – peildatum [[date:01-05-2024]]
Dossier {{org:HKB}}: [[dossier:HKB-24-01187]]

| Schuldeiser | Kenmerk | Bedrag | Status |
|---|---|---|---|
| {{org:Haag Wonen}} (huur) | [[dossier:HW-0049821]] | € 2.860,00 | betalingsregeling aangevraagd |
| {{org:Eneco}} | [[dossier:200457913]] | € 1.134,52 | incasso via {{org:Intrum}} |
| {{org:Belastingdienst}}/Toeslagen | [[dossier:2024-TS-88103]] | € 4.210,00 | terugvordering zorgtoeslag |
| {{org:CJIB}} | [[dossier:8120 3343 1234 5677]] | € 390,00 | verkeersboete, verhoogd |
| {{org:Zilveren Kruis}} | [[dossier:ZK-551903]] | € 648,90 | premieachterstand |
Totaal: € 9.243,42

Inkomen: Participatiewet, € 1.248,- p/m, uitbetaald op [[iban:*INGB_]] (op naam cliënt).
Opgesteld door [[person:Floor]] ({{role:schuldhulpverlener}})
""")

T("""
Les: "Eerst de koelkast, dan het formulier"
Thema: bemoeizorg · Wijk: {{wijk:Laak}} · Geschreven door [[person:Yvonne Brouwer]] ({{role:welzijnscoach}}, {{org:Xtra}}), [[date:3 juni 2024]]

Een alleenstaande man van 56 werd bij ons gemeld door {{org:Staedion}} na klachten over stankoverlast. Drie keer deed hij niet open. De vierde keer stond ik er met een tas boodschappen en mocht ik binnen. Pas na vijf bezoeken vertelde hij over de brieven van de deurwaarder, die hij ongeopend in een doos bewaarde.
Wat we leerden: begin bij wat iemand zelf als probleem ziet. Het formulier voor {{org:schuldhulpverlening}} hebben we pas na zes weken ingevuld, aan zijn keukentafel. Tip van collega [[person:Ramon]] ({{role:SPV}}): neem altijd iets mee wat je samen kunt doen, een kop koffie zetten telt ook.
Wat we anders zouden doen: eerder de {{role:huisarts}} vragen of die eens wil aanbellen.
""")

T("""
Aan: {{org:GGZ Delfland}}, t.a.v. intake volwassenen
Van: {{org:Sociaal Wijkteam}} {{wijk:Buitenhof}}, {{org:Kwadraad}}
Delft, [[date:17 april 2024]]

Betreft: verwijzing mw. [[person:Aster Tesfamariam]], geb. [[date:02-09-1991]]
Adres: [[address:Aart van der Leeuwlaan 212]], [[postcode:2624 LB]] Delft
Tel.: [[phone:06-39058271]]

Geachte collega,

Hierbij melden wij mw. [[person:Tesfamariam]] aan voor diagnostiek en behandeling. Mw. is in 2016 als statushouder uit Eritrea naar Nederland gekomen en woont met haar twee zonen ([[person:Yonas]], 8, en [[person:Robel]], 5) in {{wijk:Buitenhof}}. Zij heeft herbelevingen, slaapt slecht en durft de kinderen niet alleen naar school te laten lopen. {{role:Huisarts}} [[person:H. de Graaf]] ondersteunt deze verwijzing; de verwijsbrief volgt via ZorgDomein.
Mw. spreekt Tigrinya en beperkt Nederlands, een tolk is nodig.

Met collegiale groet,
[[person:Joyce Hoekstra]]
{{role:maatschappelijk werker}}
[[email:j.hoekstra@kwadraad.nl]] | [[phone:015 - 260 41 93]]
""")

T("""
[14:02] [[person:Marco]] ({{org:Vitis}}): Hoi [[person:Ewa]], ben jij nog bij meneer [[person:Kowalczyk]] geweest?
[14:05] [[person:Ewa]]: ja vanochtend. hij woont nu met 6 man in een huis aan de [[address:Zwartendijk 41]] in Monster, slaapt in de schuur achter
[14:05] [[person:Ewa]]: uitzendbureau heeft zijn contract per [[date:1 juni]] stopgezet, dus de huisvesting ook
[14:06] [[person:Marco]] ({{org:Vitis}}): pff. heeft ie wel een bsn?
[14:08] [[person:Ewa]]: ja via RNI, [[bsn:* ]]. broer [[person:Łukasz]] zit in Poznań, nummer [[phone:+48 512 308 774]]
[14:09] [[person:Marco]] ({{org:Vitis}}): ok ik bel morgen de streetworkers van {{org:Barka}}, die spreken Pools
""")

T("""
Rapportage wijkteam {{wijk:Tarwewijk}} – [[date:ma 6/5]]
Tel. contact met mw. [[person:Sabajo]]. Ze heeft de brief van {{org:Woonstad Rotterdam}} over de ontruiming ([[dossier:WS-2024-0715]]) eindelijk gelezen. Zitting is op [[date:28 mei]]. Afgesproken dat ik haar woensdag ophaal voor de {{org:Vraagwijzer}} op de Dordtselaan. Haar jongste ([[person:Djenna]], 4) gaat per [[date:1-6]] naar de voorschool.
Mw. wil niet dat haar ex ([[person:Ricardo Pinas]]) iets te horen krijgt over haar verblijfplaats. Geheimhouding adres in BRP besproken, eerst overleggen met [[person:Kim]] en evt. {{org:Veilig Thuis Rotterdam Rijnmond}}.
[[person:LvdB]]
""")

T("""
Van: [[email:m.vanleeuwen@buurtteamleiden.nl]]
Aan: [[email:fam.haddad2019@outlook.com]]
Datum: [[date:woensdag 15 mei 2024]] 16:47
Onderwerp: afspraak volgende week + stukken

Beste [[person:Rania]] en [[person:Omar]],

Fijn dat we vandaag alles op een rij hebben gezet. Zoals besproken kom ik [[date:dinsdag 21 mei]] om 13.30 bij jullie thuis ([[address:Kooilaan 220-3]]). Willen jullie dan klaarleggen:
- de laatste 3 afschriften van rekening [[iban:*RABO]]
- de brief van {{org:Portaal}} over de huurverhoging
- de beschikking kinderopvangtoeslag
[[person:Omar]], je vroeg naar de {{org:Leiden Pas}}: dat formulier neem ik mee.

Hartelijke groet,
[[person:Mirjam van Leeuwen]]
{{role:budgetcoach}} {{org:Buurtteam}} {{wijk:Noorderkwartier}}
[[phone:06 - 52 11 83 09]]
""")

T("""
overdracht vr middag – [[person:joost]] > [[person:sevda]]
- mw [[person:de wit]] ([[address:apeldoornselaan 118]]) heeft sleutel vd buurvrouw, bellen vóór je gaat
- dhr [[person:ahmadzai]] moet nog tekenen voor de toestemming, formulier ligt in mijn bakje
- [[person:kees]] van {{org:haag wonen}} belt terug ivm brandmelder, nr [[phone:0619220478]]
- fam [[person:nguyen]]: niks nieuws, wel even checken of [[person:mei]] weer naar school gaat (juf belde)
fijn weekend!
""")

T("""
Aanmelding wijkteam {{wijk:Oud-Charlois}}
Aangemeld door: {{role:huisarts}} dr. [[person:K. Mensah]]
Datum: [[date:2 februari 2024]]
Cliënt: [[person:Blessing Owusu-Ansah]] (v, 34)
Adres: [[address:Wolphaertsbocht 233B]], [[postcode:3083 KN]] Rotterdam
Tel: [[phone:+31 6 4417 2290]]
Kinderen: [[person:Precious]] (11), [[person:Gift]] (7), [[person:Nana Yaw]] (2)
Reden aanmelding: huurachterstand, veel stress, vermoeden van partnergeweld (niet bevestigd). Mw. werkt als schoonmaker via een uitzendbureau, wisselende uren.
Eerdere hulp: {{org:CJG Rijnmond}} 2021-2022 voor de oudste.
Toestemming delen met: {{org:Vraagwijzer}}, {{org:Woonstad Rotterdam}}
Cliëntnummer: [[dossier:WT-ROT-88214]]
""")

T("""
Reactie op les 'Huisbezoek met tolk' – [[person:Anouk]] ({{org:SWT}} {{wijk:Mariahoeve}})
Herkenbaar! Bij ons ging het een keer mis toen de tolk een neef van mevrouw bleek te zijn 😬. Sindsdien vragen we altijd een telefonische tolk aan via {{org:Global Talk}}. Tip: [[person:Ferdi]] van het {{org:Servicepunt XL}} {{wijk:Mariahoeve}} weet precies hoe je dat regelt, zijn mail is [[email:ferdi.oosterhuis@denhaag.nl]].
Wel een vraag terug: hoe gaan jullie om met cliënten die geen tolk willen omdat 'de hele gemeenschap' het dan weet?
""")

T("""
Notitie [[date:22-01-2024]], {{role:casemanager dementie}}
Dhr. [[person:J.W. Koster]] (84) woont zelfstandig aan de [[address:Papsouwselaan 119]]. Dochter [[person:Ingrid]] belde ongerust: vader is afgelopen zondagavond in zijn pyjama bij de {{org:Jumbo}} aangetroffen. Hij kende vroeger iedereen in de wijk, was dertig jaar koster van de Maria van Jessekerk.
Afgesproken: aanvraag dagbesteding bij {{org:Pieter van Foreest}}, {{role:wijkverpleegkundige}} [[person:Astrid]] doet volgende week de screening. Dochter is bereikbaar op [[phone:015-2570816]] of [[phone:06 38 41 22 70]].
""")

T("""
Onderwerp: Casus [[person:Dimitrova]] – huisvesting 's-Gravenzande

Hoi allemaal,

Korte update over mw. [[person:Ralitsa Dimitrova]] ([[dossier:SDW-24-0392]]). Zij woont met haar partner [[person:Georgi]] en hun baby in een chalet op het terrein aan de [[address:Naaldwijkseweg 187a]], [[postcode:2691 RM]] 's-Gravenzande. De baby ([[person:Viktoria]], geb. [[date:03/02/2024]]) is nog niet ingeschreven bij de gemeente, waardoor de {{org:JGZ}} geen zicht op haar heeft.
Ik heb afgelopen donderdag met de {{role:jeugdverpleegkundige}} gebeld. Voorstel: [[person:Peter]] van Burgerzaken regelt een afspraak voor inschrijving, ik ga mee ter ondersteuning. Mw. is bereikbaar op [[phone:+359 887 214 605]] en spreekt een beetje Engels.

Groet, [[person:Linda]]
{{org:Vitis Welzijn}} | {{role:sociaal werker}} Westland
""")

T("""
Budgetplan fam. [[person:Çelik]] – maart 2024
Inkomsten p/m: loon dhr. € 2.105; zorgtoeslag € 254; kinderbijslag per kwartaal
Vaste lasten:
huur {{org:De Goede Woning}} ........ € 812,40 (contractnr [[dossier:DGW 300218-04]])
energie {{org:Vattenfall}} ........... € 165,00
zorgverzekering {{org:CZ}} ........... € 288,90 (relatienr. [[dossier:10293847]])
afbetaling {{org:Wehkamp}} ........... € 35,00
Leefgeld € 135 per week, wekelijks overboeken van [[iban:*INGB_]] naar [[iban:*INGB]] (spaarrekening mw.)
Evaluatie: [[date:vr 12 april]], {{role:budgetcoach}} [[person:Esther]] ({{org:Vóór Welzijn}})
""")

T("""
Voicemail 08:52 – dhr. [[person:Baldew]] ([[phone:06 8712 4050]]): zijn uitkering is niet gestort, wil teruggebeld worden, liefst vóór 11 uur. Klinkt boos.
""")

T("""
Notulen MDO buurtteam {{wijk:Stevenshof}} – [[date:7-5-2024]]
Aanwezig: [[person:Femke]] (vz), [[person:Joris Bos]], [[person:Latifa]], [[person:Erik]] ({{org:Rivierduinen}}), mw. [[person:van Rijn]] ({{org:Portaal}})

Casus 1 – [[person:D.A.]] (v, 67)
Nieuw ingebracht door [[person:Latifa]]. Woont alleen, vereenzaamd na het overlijden van haar zus. Signaal van {{org:Portaal}}: huurachterstand van 3 maanden, mw. doet niet open.
Afspraak: [[person:Latifa]] gaat samen met mw. [[person:van Rijn]] langs, {{role:ervaringsdeskundige}} [[person:Bram]] wordt gevraagd mee te denken.
Casus 2 – gezin [[person:Kartosen]] (dossier [[dossier:BT-L-2023-118]])
Afsluiten: doelen behaald, nazorg via het {{org:CJG}}. [[person:Joris]] stuurt de afsluitbrief.
Volgende MDO: [[date:21 mei]], ruimte 2.04.
""")

T("""
Praktijkles: schulden en schaamte bij zzp'ers
Wijk: {{wijk:Carnisse}} / {{wijk:Zuidwijk}} · Thema: financiën · Auteur: [[person:Sylvia Ramautar]] ({{role:sociaal werker}})

Wat speelde er? Een stukadoor van 45, zzp'er, getrouwd, drie kinderen. Hij kwam pas bij ons toen de deurwaarder al beslag had gelegd op zijn bedrijfsrekening. Zzp'ers vallen vaak tussen wal en schip: geen uitkering, geen vast loon, en het Bbz kent bijna niemand.
Wat werkte: samen met de {{org:Kredietbank Rotterdam}} en de {{role:ondernemerscoach}} van de gemeente één tafel organiseren (eerste keer op [[date:14 november]]). Meneer zei achteraf: "Ik schaamde me dood tegenover mijn schoonvader."
Dank aan [[person:Mohamed]] van de {{org:Kredietbank Rotterdam}} voor zijn geduld en aan [[person:Wendy]] voor het meelezen.
""")

T("""
Gespreksverslag telefonisch – [[date:di 14-5]]
Gebeld door [[person:Gerda Visser]], buurvrouw van dhr. [[person:Hoogendoorn]] ([[address:Roggeveenstraat 62]]). Ze maakt zich zorgen: al dagen brandt er 's nachts licht, hij reageert niet op aanbellen. Haar man was vroeger visser op de Scheveningse vloot en kent dhr. van de haven.
Actie: ik ben met de {{role:wijkagent}} langsgegaan. Dhr. lag op de bank, verzwakt, wel aanspreekbaar. {{org:Huisartsenpost}} gebeld. Neef [[person:Marcel]] ingelicht ([[phone:06-24861357]]).
""")

T("""
Hoi [[person:Kofi]], even snel tussendoor: de {{role:bewindvoerder}} van mw. [[person:Asante]] is gewisseld. Nieuwe is [[person:R. Wouters]] van {{org:Budgetzorg Haaglanden}}, [[email:r.wouters@budgetzorghaaglanden.nl]]. Oude rekening [[iban:*ABNA]] wordt opgeheven, nieuwe beheerrekening volgt. Kun jij het aanpassen in het plan? Dank! [[person:Esra]]
""")

T("""
Verslag huisbezoek {{wijk:Bouwlust}} – [[date:09-04-2024]]
Aanwezig: mw. [[person:Roos Bakker]] (cliënt), haar zus [[person:Tineke]] en ondergetekende.
Mw. heeft COPD en komt de trap niet meer op; ze slaapt al maanden beneden in de stoel. Wil graag verhuizen naar een benedenwoning, liefst in de buurt van haar zus op de [[address:Erasmusweg 1120]]. Urgentieaanvraag besproken; kans klein, maar we proberen het via de {{role:Wmo-adviseur}} (medische urgentie).
Mw. heeft weinig hoop dat het lukt ("dan ben ik allang dood"). Wel positief over een traplift als tussenoplossing.
Afspraken: ik vraag de {{role:ergotherapeut}} van {{org:HWW Zorg}} voor een woningscan. Mw. wil gebeld worden op [[phone:070 - 397 25 18]], niet op haar mobiel.
[[person:Thijs]], {{role:maatschappelijk werker}} {{org:Stichting Mooi}}
""")
# ---------------------------------------------------------------- part 2
T("""
groepsapp {{org:Sociaal Team}} {{wijk:Seghwaert}}
[[person:Storm]]: wie heeft er morgen ruimte voor een spoedje? jonge moeder, 23, uit huis gezet door haar vriend
[[person:Priya]]: ik kan na 14u. adres?
[[person:Storm]]: ze zit nu bij haar oma op [[address:Seghwaertseweg 88]], [[postcode:2721 PA]]. naam [[person:Jamie-Lee de Bruijn]], [[phone:06 33 90 12 48]]
[[person:Priya]]: 👍 zet ik in mijn agenda. {{org:Veilig Thuis}} al ingeschakeld?
[[person:Storm]]: nog niet, wil eerst zelf horen wat er speelt. de {{role:wijkagent}} ([[person:Arjen]]) weet ervan
[[person:Mustafa]]: als je woonurgentie wil moet het vóór vrijdag bij {{org:De Goede Woning}}, [[person:Carla]] daar kan je bellen
""")

T("""
Aan: {{org:Vidomes}}, afdeling Wonen & Leefbaarheid
t.a.v. dhr. [[person:M. van Dam]], {{role:woonconsulent}}
Delft, [[date:29 februari 2024]]

Betreft: huurder [[person:Al-Hassan]], [[address:Jacoba van Beierenlaan 47]], huurcontract [[dossier:VID-0033871]]

Beste [[person:Martijn]],

Naar aanleiding van ons telefoongesprek van [[date:maandag 26-2]] bevestig ik dat het {{org:Sociaal Wijkteam Delft}} betrokken is bij het gezin [[person:Al-Hassan]]. Dhr. [[person:Khaled Al-Hassan]] heeft een ernstige rugblessure en kan sinds de zomer niet werken; mw. [[person:Nour]] zorgt voor vier kinderen. De klachten van de onderburen over lawaai herkennen wij, maar wij zien vooral een gezin dat te klein woont.
Wij vragen u de geplande gesprekken over overlast even aan te houden. Wij werken aan een plan met de {{role:jeugdconsulent}} en kijken samen met {{org:Delft voor Elkaar}} naar een buurtbemiddelingstraject.

Met vriendelijke groet,
[[person:Saskia Mulder]]
{{role:maatschappelijk werker}}, {{org:Kwadraad}}
T [[phone:015 2127 711]]
""")

T("""
Overzicht vaste lasten + schulden – [[person:Daniela Ionescu]] (Naaldwijk)
Datum gesprek: [[date:18.03.2024]]
Inkomen: loon via uitzendbureau, wisselend € 1.600 – € 1.950 netto; wordt gestort op Bulgaarse rekening van partner ([[iban:*BG_]]) én op eigen NL-rekening [[iban:*BUNQ]]

schuldeiser          kenmerk                 openstaand
zorgverzekering      [[dossier:VGZ 4021887013]]         € 1.377,60
CJIB boete OV        [[dossier:2024-0911-57731]]        € 212,00
Vodafone             klantnr [[dossier:00412785532]]     € 403,18
huur kamer (werkgever) inhouding loon      –

Opmerking [[person:Jolanda]]: mw. weet niet dat de zorgverzekering automatisch stopte toen zij van uitzendbureau wisselde. Wanbetalersregeling dreigt. Eerst {{org:CAK}} checken.
""")

T("""
Intakeverslag – {{org:Buurtteam}} {{wijk:Leiden-Noord}}
Datum: [[date:11-06-2024]]
Cliënt: mw. [[person:Gregoria 'Goya' Isenia]], 58 jaar, geboren op Curaçao, sinds 1994 in Nederland
Adres: [[address:Kooipark 6]], [[postcode:2321 LZ]] Leiden
Telefoon: [[phone:071 - 531 47 02]] / [[phone:06-53297810]]
BSN: [[bsn:*]]
Situatie: mw. is mantelzorger voor haar zoon [[person:Jurgen]] (31, LVB), die bij haar woont. Zij werkt 24 uur als {{role:schoonmaakster}} op het {{org:LUMC}} en is uitgeput. Haar andere zoon [[person:Ruthmilo]] woont in Rotterdam en komt één keer per maand.
Wens: dagbesteding voor [[person:Jurgen]] en een adempauze voor zichzelf.
Verder betrokken: {{org:MEE}} (voorheen), {{role:huisarts}} [[person:Van der Veen]].
""")

T("""
MDO {{org:wijkteam}} {{wijk:Voorhof}} / {{wijk:Buitenhof}} — [[date:woensdag 10 april]]
Aanwezig: [[person:Joyce]] (MW), [[person:Pim]] (jeugd), [[person:Hatice]] ({{role:Wmo-consulent}}), [[person:Dirk-Jan]] ({{role:wijkagent}}), [[person:Annemiek]] ({{org:GGZ Delfland}})

Casus [[person:T.]] (m, 42) – [[dossier:SWD-2023-1291]]
Verslaving (alcohol), opnieuw aangehouden na ruzie in de portiek. [[person:Annemiek]]: hij staat op de wachtlijst bij {{org:Brijder}}, verwachte start na de zomer. [[person:Dirk-Jan]] maakt zich zorgen om de buurvrouw, mw. [[person:Hoek]], die bang is geworden.
Besluit: [[person:Joyce]] regelt een buurtgesprek, [[person:Hatice]] onderzoekt begeleid wonen.

Casus [[person:Wang]] – korte update door [[person:Pim]]: dochter [[person:Li Mei]] (15) gaat weer naar school, verder stabiel.
""")

T("""
Praktijkverhaal: arbeidsmigranten en de huisvesting die aan het contract vastzit
Regio: Westland ({{wijk:Naaldwijk}}, {{wijk:Honselersdijk}}) · Door [[person:Linda Prins]], {{org:Vitis Welzijn}}

Veel van onze cliënten uit Polen, Roemenië en Bulgarije wonen via de werkgever. Eindigt het contract, dan eindigt ook het dak boven hun hoofd, vaak binnen een week. Vorig najaar stonden we op [[date:23 oktober]] met een man van 52 bij de deur van de opvang in Den Haag, die vol zat.
Wat we leerden: leg vanaf het eerste gesprek vast waar iemand ingeschreven staat (BRP of RNI) en of er een zorgverzekering loopt. Werk samen met de intercedenten: [[person:Kasia]] van een groot uitzendbureau in Honselersdijk belt ons nu zelf als er iemand ontslagen wordt.
Niet doen: beloven dat er een kamer is.
""")

T("""
Verwijzing naar {{org:MEE}}
Datum: [[date:27-05-2024]]
Verwijzer: [[person:Chantal Soekhlal]], {{role:casusregisseur}} {{org:SWT}} {{wijk:Moerwijk}}, [[phone:06-12099834]], [[email:chantal.soekhlal@denhaag.nl]]

Cliënt: dhr. [[person:Ferhat Yıldız]], geb. [[date:6 januari 2001]]
Adres: [[address:Zuiderparklaan 311]], [[postcode:2574 HJ]] Den Haag
BSN: [[bsn:*3.]]

Reden verwijzing: vermoeden LVB (IQ-onderzoek 2017 via school, totaal 68). Dhr. woont sinds kort zelfstandig, heeft binnen drie maanden een betalingsachterstand opgebouwd en is al twee keer opgelicht via Marktplaats. Moeder ([[person:Hülya]]) wil graag betrokken blijven.
Gevraagd: cliëntondersteuning, hulp bij aanvraag Wlz of begeleiding Wmo.
""")

T("""
gebeld m [[person:eduardo]] ({{wijk:afrikaanderwijk}}). zit weer zonder werk, vraagt of we kunnen helpen met brief {{org:svb}}. afspraak do 10u op kantoor. vrouw [[person:lurdes]] komt mee, spreekt beter nl. nr [[phone:0687224519]]
""")

T("""
---------- Doorgestuurd bericht ----------
Van: [[person:Bas Dijkstra]] <[[email:b.dijkstra@haagwonen.nl]]>
Datum: [[date:vr 5 apr. 2024]] om 11:20
Onderwerp: Woning [[address:De la Reyweg 402]]
Aan: [[email:swt.transvaal@denhaag.nl]]

Goedemorgen,

Bij een regulier onderhoudsbezoek trof onze monteur de woning van mw. [[person:Fortes]] aan in ernstig vervuilde staat. Er zijn meerdere katten en de badkamer is niet bruikbaar. Wij maken ons zorgen en willen graag weten of het wijkteam mw. kent.

Met vriendelijke groet,
[[person:Bas Dijkstra]] | {{role:Wijkconsulent}} {{org:Haag Wonen}}

---
[[person:Karin]], ken jij haar? Ik zie een oud dossier uit 2021 ([[dossier:SWT-TV-21-0844]]). Wil jij contact opnemen met {{org:Haag Wonen}}? Groet, [[person:Maaike]]
""")

T("""
hoi mevrouw [[person:Ines]] ik kan morgen niet komen mijn zoon [[person:Dawit]] is ziek en heeft koorts. kan het volgende week? ik heb de brief van de gemeente gekregen met nummer [[dossier:2024/0518/PW]] maar ik snap niet wat ik moet doen. groetjes [[person:Selam]]
""")

T("""
Uitnodiging: Kick-off pilot "Samen werken in het sociale domein"
Wanneer: [[date:vrijdag 22 november]], 13.00–17.00 uur
Waar: Atrium, Stadhuis Den Haag

Beste collega's van de sociale wijkzorgteams,

Op de kick-off kiezen we samen de pilotgroep (20 collega's) en de vier teamoverstijgende thema's. Kandidaten tot nu toe: jeugd, ouderen, huiselijk geweld en bemoeizorg. Graag vóór [[date:15 november]] aanmelden bij [[person:Marije Scholten]] ([[email:marije.scholten@denhaag.nl]]).
De middag wordt begeleid door [[person:Jan-Willem Roest]] ({{org:CAOP}}) en [[person:Iris]] van project {{org:Crossover}}.
Vragen? Bel [[person:Marije]] op [[phone:06 1520 7736]].
""")

T("""
Aanvraag schuldhulpverlening – checklist ({{org:Kredietbank}} Haaglanden)
Naam aanvrager: [[person:Kemal Aydın]]          Partner: [[person:Sibel Aydın-Kaya]]
BSN aanvrager: [[bsn:* ]]                     BSN partner: [[bsn:* ]]
Adres: [[address:Jan van Riebeekstraat 9-hs]], [[postcode:2595 RX]] Den Haag
Bankrekening(en): [[iban:*INGB_]] (gezamenlijk), [[iban:*SNSB_]] (mw.)
[x] loonstroken laatste 3 mnd
[x] huurcontract {{org:Staedion}} ([[dossier:STA-2011-72419]])
[ ] overzicht schulden (volgt, dhr. zoekt brieven bij elkaar)
[x] ID-bewijzen gezien op [[date:28-03-2024]]
Ingevuld door [[person:Dewi]], {{role:budgetcoach}}
""")

T("""
Notitie huisbezoek {{wijk:Duindorp}}, [[date:16/4]]
Fam. [[person:Visser]] – [[address:Vissershavenweg 23a]]. Aanwezig: dhr. [[person:Arie Visser]], zijn vrouw [[person:Bep]] en kleindochter [[person:Kimberley]] (19), die sinds kort bij hen inwoont.
Dhr. is gepensioneerd visser, heeft een zware hartaanval gehad in januari. Mw. doet alles alleen en wil geen 'vreemden over de vloer'. [[person:Kimberley]] helpt, maar zit zelf in de schulden (studie afgebroken, DUO-schuld).
Afgesproken: {{role:mantelzorgconsulent}} komt langs. Ik vraag [[person:Kimberley]] of ze zelf een afspraak wil met onze {{role:jongerenwerker}}.
""")

T("""
[11:02] [[person:Wouter]]: ken iemand een tolk Mandarijn? mw [[person:Zhang]] uit {{wijk:Tanthof}} belde, verstond er weinig van
[11:04] [[person:Ling]]: ik spreek het, kan ik meebellen. nr?
[11:04] [[person:Wouter]]: [[phone:06-42 81 73 09]], ze heet [[person:Zhang Xiuying]], zoon [[person:Wei]] woont in Amsterdam
[11:05] [[person:Ling]]: ok na de lunch
[11:30] [[person:Ling]]: gesproken. ze heeft een brief van de {{org:Belastingdienst}} over de huurtoeslag, moet € 1.900 terug. ze is erg in paniek. ik plan vrijdag een afspraak
""")

T("""
Aan mevrouw [[person:A. Mahabier]]
[[address:Loevesteinlaan 402]]
[[postcode:2533 TX]]  DEN HAAG

Den Haag, [[date:2 mei 2024]]
Ons kenmerk: [[dossier:SWT-ESC/24/0317]]

Beste mevrouw [[person:Mahabier]],

Op [[date:30 april]] hebben wij elkaar gesproken over uw situatie. In deze brief zet ik de afspraken nog even op een rij.
1. U meldt zich aan bij het {{org:Servicepunt XL}} voor de aanvraag van bijzondere bijstand voor de wasmachine.
2. Ik neem contact op met {{org:Stichting Mooi}} voor een maatje dat u helpt met de administratie.
3. Wij zien elkaar weer op [[date:woensdag 22 mei]] om 14.00 uur bij u thuis.

Heeft u vragen, bel mij gerust op [[phone:06 41 06 55 32]].

Met vriendelijke groet,

[[person:Lisanne Smit]]
{{role:maatschappelijk werker}}
""")

T("""
Samenvatting melding (ter info aan MDO)
Op [[date:zaterdag 9 maart]] is door de politie een zorgmelding gedaan na een incident op [[address:Hillevliet 88B]], Rotterdam. Betrokkenen: mw. [[person:Soraya Zahiri]] (29), partner [[person:Jawad]] (33) en twee kinderen. Buren hoorden geschreeuw; mw. had een blauwe plek op haar wang maar wilde geen aangifte doen.
{{org:Veilig Thuis Rotterdam Rijnmond}} heeft de melding onder nummer [[dossier:VT-2024-11873]] doorgezet naar het {{org:wijkteam}} {{wijk:Hillesluis}}. Opdracht: binnen vijf werkdagen contact met mw. Casushouder: [[person:Noah]].
""")

T("""
Les uit de praktijk: mantelzorg voor een man met beginnende dementie
{{wijk:Mariahoeve}} · thema ouderen · [[person:Marleen de Groot]], {{role:casemanager dementie}}

Een vrouw van 79 zorgde al vier jaar alleen voor haar man. Ze wilde niets aanvragen: "Dat doen we zelf." Pas toen ze zelf viel, kwamen we binnen. Wat hielp: een gesprek samen met hun dochter, die elke zondag kwam, en de {{role:ouderenconsulent}} die het woord 'respijtzorg' verving door 'een dagje voor u'.
Resultaat: sinds [[date:1 september]] gaat meneer twee dagen per week naar de dagbesteding van {{org:Saffier}}.
Leerpunt: vraag niet 'wat heeft u nodig', maar 'wat zou u doen met een vrije dag'.
""")

T("""
Onderwerp: Vraag over herbeoordeling WIA – dhr. [[person:Haile]]

Geachte heer/mevrouw,

Namens dhr. [[person:Mehari Haile]] (BSN [[bsn:*]], geb. [[date:12-12-1979]]) vraag ik u om uitstel van de herbeoordeling die gepland staat op [[date:4 juli 2024]]. Dhr. is op dit moment opgenomen bij {{org:Rivierduinen}} in Oegstgeest en kan niet verschijnen. Een verklaring van zijn behandelaar volgt.
Dhr. heeft mij schriftelijk gemachtigd om namens hem contact met het {{org:UWV}} op te nemen.

Met vriendelijke groet,
[[person:Annelies Kok]]
{{role:sociaal werker}} – {{org:Buurtteam}} {{wijk:Merenwijk}}
[[phone:071-5163377]]
""")

T("""
afspraak mw [[person:ouhammou]] verzet naar [[date:3/6]] ivm ramadan/suikerfeest, ze belt zelf terug als het later moet
""")

T("""
Verslag MDO wijkteam {{wijk:Hillesluis}} – [[date:16 april 2024]]
Aanwezig: [[person:Noah]], [[person:Gülsen]], [[person:Desiree]] ({{org:Antes}}), [[person:Ruud]] ({{org:Woonstad Rotterdam}}), [[person:Fenna]] (stagiaire)

Casus [[person:Zahiri]] ([[dossier:VT-2024-11873]])
[[person:Noah]] heeft mw. twee keer gesproken, een keer zonder partner bij het {{org:CJG}}. Ze wil geen opvang, wel hulp. Kinderen lijken vooral gespannen. Afgesproken: veiligheidsplan opstellen, [[person:Gülsen]] sluit aan vanuit de jeugdkant.
Casus [[person:Pereira]]
Nieuwe melding van [[person:Ruud]]: huurachterstand € 3.400 bij gezin [[person:Pereira]], [[address:Brabantsestraat 17B]]. Nog onbekend bij ons. [[person:Desiree]] kent de oudste zoon van een eerdere opname.
Actie: [[person:Ruud]] en [[person:Noah]] gaan samen op huisbezoek, [[date:dinsdag 23/4]].
""")

T("""
Schuldenlijst – dhr. [[person:J. Roos]] – {{org:Schuldhulp Leiden}} – stand [[date:20-06-2024]]

nr | schuldeiser                   | dossiernr. schuldeiser   | saldo
1  | {{org:Ons Doel}} (huur)                | [[dossier:OD-2219-3]]               | € 1.845,00
2  | {{org:Liander}}                       | [[dossier:5550 0914 21]]             | €   310,75
3  | {{org:DUO}}                           | [[dossier:DUO-7713982]]             | € 14.230,00 (draagkracht)
4  | deurwaarder {{org:Flanderijn}} (namens {{org:Ziggo}}) | [[dossier:F24-883105]]     | €   522,41
5  | {{org:Belastingdienst}} (motorrijtuigenbel.) | [[dossier:9012.34.567.H.01]]      | €   184,00

Afspraak: dhr. betaalt vanaf juli € 50 p/m aan {{org:Ons Doel}} via [[iban:*ASNB_]]. Contactpersoon {{org:Ons Doel}}: [[person:Hennie]], [[phone:071 516 68 00]].
""")

T("""
{{org:Vitis}} teamapp 🌷
[[person:Anna]]: wie had dhr [[person:Popescu]] ook alweer? zijn vrouw staat hier bij de balie in {{wijk:Wateringen}}
[[person:Linda]]: ik! wat is er
[[person:Anna]]: ze zegt dat hij [[date:zondag 7 april]] is opgenomen in het {{org:HMC}}, ze weet niet waar ze de zorgpas kan vinden
[[person:Linda]]: nummer polis is [[dossier:300188742]] (staat in zijn map). kan je haar vragen mij te bellen op [[phone:06 20 44 31 87]]?
[[person:Anna]]: doe ik ❤️
""")

T("""
INTAKE – {{org:SWT}} {{wijk:Stationsbuurt}}
Naam: [[person:Abdirahman Warsame Farah]]    Geb.datum: [[date:01-01-1988]]
Adres: geen vast adres; post via [[address:Wagenstraat 31]] (postadres {{org:Leger des Heils}})
Telefoon: [[phone:+31684417702]] (prepaid, vaak leeg)
Toestemming: mondeling gegeven op [[date:4-3-'24]], schriftelijk volgt
Aanleiding: aangemeld door de {{role:straatwerker}} van {{org:Kessler Stichting}}. Dhr. slaapt in wisselende nachtopvang, heeft een verblijfsvergunning en een bijstandsuitkering, maar geen woonadres sinds hij in 2022 zijn kamer verloor.
Familie: broer [[person:Ahmed]] in Zoetermeer, geen contact. Zus in Minneapolis.
Hulpvraag: "Een kamer. Verder niks."
""")

T("""
Re: Re: les 'Huisbezoek met tolk'
[[person:Marco Jagroep]] schreef op [[date:12-06-2024]]:
> hoe gaan jullie om met cliënten die geen tolk willen?
Wij vragen of er iemand is die ze vertrouwen, maar nooit een kind. In {{wijk:Transvaal}} hadden we een meisje van 12 dat voor haar moeder alle brieven van de {{org:Belastingdienst}} vertaalde. Daar heeft [[person:Jolien]] van het {{org:CJG}} toen een mooie les over geschreven, zoek maar op haar naam.
– [[person:Orhan]]
""")

T("""
Rapportage {{wijk:Palenstein}}, [[date:25-04-2024]] – [[person:Farid]] ({{role:maatschappelijk werker}})
Mw. [[person:Rahimi]] (41) en haar drie kinderen zijn in 2019 uit Afghanistan gevlucht; dhr. [[person:Rahimi]] zit nog in Iran. Mw. heeft een woning van {{org:Vestia}} aan de [[address:Parkdreef 114]]. Ze spreekt Dari, leert Nederlands via de taalschool. De oudste, [[person:Farzana]] (16), draagt veel verantwoordelijkheid.
Vandaag besproken: gezinshereniging (aanvraag loopt via {{org:VluchtelingenWerk}}), een rustige plek voor [[person:Farzana]] om huiswerk te maken (huiswerkklas {{org:bibliotheek Forum}}), en de aanmaning van het waterbedrijf.
Volgende afspraak [[date:2 mei]] met {{org:VluchtelingenWerk}} erbij ([[person:Joke]]).
""")

T("""
Verwijzing {{org:Kredietbank Rotterdam}} – aanmelding via wijkteam {{wijk:Bloemhof}}
Datum aanmelding: [[date:13-05-2024]]
Naam: [[person:Amilcar Tavares]], geb. [[date:17-08-1975]]
BSN: [[bsn:*.]]
Adres: [[address:Hilledijk 203A]], [[postcode:3073 AB]] Rotterdam
Telefoon: [[phone:010-4860339]]
Totaal schulden (schatting): € 18.000, 11 schuldeisers, waarvan 2 met beslag
Reden spoed: beslag op loon én dreigende afsluiting {{org:Evides}} per [[date:1 juni]]
Aangemeld door: [[person:Joanna Semedo]], {{role:wijkteammedewerker}} ([[email:j.semedo@wijkteamsrotterdam.nl]])
""")

T("""
Van: [[person:Renske]] ({{role:wijkverpleegkundige}}, {{org:Vierstroom}})
Aan: {{org:Sociaal Team}} {{wijk:Rokkeveen}}
Onderwerp: zorgen om mw. [[person:Kuiper]]

Hoi,
Ik kom twee keer per dag bij mw. [[person:Kuiper]] ([[address:Van Aalstlaan 41]]) voor de insuline. De laatste weken staat er steeds een man in de keuken die zegt dat hij 'een vriend' is. Mw. heeft me verteld dat hij haar pinpas heeft 'om boodschappen te doen'. Ik vertrouw het niet. Kan iemand van jullie meekijken? Financieel misbruik?
Ik ben er morgen weer om 8.15.
Groet [[person:Renske]]
[[phone:06-81297734]]
""")

T("""
dhr [[person:lopes]] heeft gebeld over zijn nichtje [[person:Maria]]. ze is 17 en slaapt al een week bij hem op de bank in {{wijk:pendrecht}}. moeder woont in Lissabon. hij wil weten wat hij moet doen. doorgezet naar {{org:cjg}}, [[person:Esther]] belt hem terug op [[phone:06 44 12 09 85]]
""")

T("""
Rapportage {{role:ouderenadviseur}} – {{wijk:Loosduinen}} – [[date:30 januari 2024]]
Huisbezoek bij dhr. en mw. [[person:Van den Berg]], [[address:Margaretha van Hennebergweg 22]]. Dhr. (88) is slechtziend, mw. (85) heeft een nieuwe heup. Kinderen wonen in Groningen en Canada; buurvrouw [[person:Tine de Winter]] doet veel maar wordt zelf ook ouder.
Besproken: maaltijdservice, alarmering via {{org:Florence}}. Aanvraag Wmo voor huishoudelijke hulp loopt ([[dossier:WMO-2024-00912]]).
In de winter komen ze nauwelijks buiten; ik stel voor om in het voorjaar aan te sluiten bij de ontmoetingsochtend in het buurthuis.
[[person:Corrie]], {{org:Xtra}}
""")
# ---------------------------------------------------------------- part 3
T("""
Hoi [[person:Dennis]],

Zoals vanochtend besproken: mw. [[person:Gebremedhin]] kan vanaf [[date:1 juli a.s.]] terecht bij het taalcafé van {{org:DOK}} in {{wijk:Poptahof}}. Zij vroeg of haar buurvrouw [[person:Saba]] mee mag; dat is prima.
Wil jij de vervoerskosten meenemen in de aanvraag bijzondere bijstand ([[dossier:BB-2024-2231]])?

Met vriendelijke groet,

[[person:Anne-Fleur Jansen]]
{{role:Welzijnscoach}} | {{org:Delft voor Elkaar}}
M [[phone:+31 (0)6 22 73 19 40]]
E [[email:annefleur.jansen@delftvoorelkaar.nl]]
Werkdagen: ma, di, do
Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, verwijder het dan.
""")

T("""
Praktijkles: "Hij is toch gewoon lui?" – jongvolwassenen met LVB en schulden
Thema: jeugd → volwassen (18-/18+) · Wijk: {{wijk:Schilderswijk}} · Auteurs: [[person:Nadia Amrani]] ({{role:MW}}) en [[person:Bart Hendriks]] ({{role:MEE-consulent}}), geplaatst [[date:2024-05-13]]

De situatie. Een jongen van 19 kreeg op zijn achttiende verjaardag in één week tijd: een zorgverzekering, een telefoonabonnement, een DUO-rekening en twee webshopaccounts. Een jaar later stond er € 7.800 open. Zijn moeder zei tegen ons: "Hij is toch gewoon lui." Op school was nooit getest; pas toen [[person:Bart]] een gesprek voerde met een eenvoudig plaatjesboek, bleek dat hij de brieven letterlijk niet kon lezen.
Wat we deden. Samen met {{org:MEE}} hebben we een onderzoek aangevraagd. In de tussentijd hebben we met de jongen een 'brievenbak' gemaakt: rood = gemeente, blauw = zorg, groen = al betaald. Elke dinsdag om 16.00 keek hij met een vrijwilliger van {{org:Schuldhulpmaatje}} de bak door. Na twee maanden kwam hij zelf met een brief van het {{org:CJIB}} die 'niet in een kleur paste'.
Wat we leerden. 1) Bij 18-/18+ altijd vragen naar school en begeleiding vroeger. 2) Zeg nooit 'lui' terug, ook niet in het verslag. 3) Betrek de {{role:jongerenwerker}} vanaf het begin: [[person:Soufiane]] van {{org:Jongerenwerk Centrum}} kende hem al jaren van het voetbalveld.
Vragen? Mail [[email:n.amrani@denhaag.nl]].
""")

T("""
[16:47] [[person:Femke]]: [[person:joris]] ben je nog op kantoor? de sleutel van de spreekkamer ligt niet in de kast
[16:48] [[person:Joris]]: zit in mijn jas sorry 🙈 kom hem zo brengen
[16:48] [[person:Femke]]: haha ok. trouwens mw [[person:van rijn]] van {{org:portaal}} vroeg of je haar terugbelt over dinges, [[person:D.A.]]
[16:49] [[person:Joris]]: doe ik morgen
""")

T("""
Schuldenoverzicht (concept) — fam. [[person:Ivanov]], [[address:Poeldijkseweg 7]], Poeldijk
Aangemaakt [[date:9 april 2024]] door [[person:Bogdan]] ({{role:schuldhulpverlener}}, {{org:Gemeente Westland}})

Schuldeiser            | Referentie            | Hoofdsom   | Kosten  | Totaal
{{org:Eneco}}                  | [[dossier:2004 1877 19]]          | € 842,00   | € 120,00 | € 962,00
{{org:ONVZ}}                   | [[dossier:ONVZ/0918273]]          | € 1.230,00 | € 0,00   | € 1.230,00
Huisbaas (particulier) | –                     | € 1.500,00 | –        | € 1.500,00
{{org:Klarna}}                 | [[dossier:KL-88017345]]           | € 389,99   | € 65,00  | € 454,99
Totaal                                                       € 4.146,99

Bankrekeningen: [[iban:*ABNA_]] (dhr. [[person:Nikolai Ivanov]]), [[iban:*BG]] (mw. [[person:Elena Ivanova]], loon Bulgarije)
Let op: huisbaas wil contant betaald worden en geeft geen kwitanties.
""")

T("""
Meldcode huiselijk geweld – stap 1 t/m 3 (intern)
Cliënt: mw. [[person:Mercy Boateng]], {{wijk:Lombardijen}}, cliëntnr. [[dossier:#48831]]
Signalen (stap 1): [[date:14-02]] blauwe plekken op onderarmen gezien door [[person:Ellen]] ({{role:wijkverpleegkundige}}); mw. zegt 'gevallen'. [[date:28-02]] partner ([[person:Kwame Boateng]]) beantwoordt alle vragen voor haar.
Collegiale consultatie (stap 2): [[date:1 maart]] met [[person:Sjoerd]], {{role:aandachtsfunctionaris}} huiselijk geweld. Advies {{org:Veilig Thuis}} gevraagd, gesprek met [[person:Tamara]] (VT), ref. [[dossier:VTRR-A-24-1902]].
Gesprek met cliënt (stap 3): gepland [[date:woensdag 6 maart]] op het kantoor van het {{org:wijkteam}}, zonder partner (smoes: 'formulier voor de huurtoeslag').
""")

T("""
Plan van aanpak – gezin [[person:Martina]]-[[person:Doran]]
Eén gezin, één plan. Opgesteld [[date:19-03-2024]], {{wijk:Zuidwest}} Leiden
Gezinsleden: [[person:Shurmela Martina]] (moeder, 36), [[person:Edsel Doran]] (vader, woont apart in Alphen), [[person:Jaïra]] (14), [[person:Jayden]] (9), [[person:Jeremiah]] (3)
Doel 1: rust in de financiën → {{role:budgetcoach}} [[person:Hester]], start [[date:25 maart]]
Doel 2: [[person:Jaïra]] weer naar school (verzuim sinds januari) → {{role:leerplichtambtenaar}} en {{org:Jeugdteam Leiden}}
Doel 3: moeder heeft iemand om mee te praten → maatje via {{org:Humanitas}}
Regie: [[person:Wilma van Dijk]], {{role:gezinscoach}}. Contact vader via [[phone:06 18 27 36 45]] (wil betrokken worden).
""")

T("""
Beste mevrouw [[person:Schouten]],

Dank voor uw telefoontje van vanochtend. U vroeg of iemand van ons met u mee kan naar het gesprek bij de {{org:Reinier de Graaf}} op [[date:13 juni]]. Dat kan: mijn collega [[person:Loes]] gaat met u mee. Zij haalt u om 9.15 op bij uw woning aan de [[address:Martinus Nijhofflaan 2-104]].
Wilt u uw verzekeringspas en medicijnlijst meenemen?

Hartelijke groet,
[[person:Gijs Hoogland]]
{{role:ouderenadviseur}}, {{org:Sociaal Wijkteam}} {{wijk:Voorhof}}
""")

T("""
korte notitie: dhr. [[person:Şükrü Aksoy]] vandaag op het spreekuur in het {{org:wijkcentrum}} {{wijk:Transvaal}}. Heeft een brief van {{org:Pameijer}}?? nee – van {{org:Staedion}}, huurverhoging. Uitgelegd. Geen verdere vragen. Tel. [[phone:06-29 47 15 80]] voor de zekerheid genoteerd.
""")

T("""
Notulen MDO {{org:Sociaal Team}} {{wijk:Oosterheem}} – [[date:14 mei 2024]]
Aanwezig: [[person:Priya Bisessar]] (vz), [[person:Mustafa]], [[person:Storm]], [[person:Hennie de Boer]] ({{org:Vierstroom}}), [[person:Ton]] ({{role:wijkagent}})
Notulist: [[person:Mustafa]]

Casus [[person:De Bruijn]] ([[dossier:STZ-2024-0611]])
Mw. en baby verblijven nog bij oma. {{org:De Goede Woning}} heeft urgentie afgewezen; bezwaar wordt ingediend. [[person:Ton]] meldt dat ex-partner [[person:Ryan]] twee keer voor de deur stond. Veiligheidsplan wordt aangescherpt met {{org:Veilig Thuis}}.
Casus mw. [[person:Kuiper]]
Vermoeden financieel misbruik door 'vriend'. [[person:Hennie]] bevestigt: pinpas weg, € 2.300 opgenomen in drie weken. Bank ({{org:Rabobank}}) is gebeld, pas geblokkeerd. Dochter [[person:Anja]] in Utrecht wordt ingelicht.
""")

T("""
Hoi allemaal! Morgen ben ik er niet, ik zit bij de training Bemoeizorg in Utrecht. Dringende zaken graag naar [[person:Wouter]] ([[phone:06 47 00 81 22]]). Ik neem mijn mail niet mee 😉 – [[person:Ling]]
""")

T("""
Verwijsbrief aan {{org:Rivierduinen}}, afdeling Intake volwassenen

Leiden, [[date:3 juli 2024]]
Betreft: dhr. [[person:Sander Schipper]], geb. [[date:15-10-1972]], [[address:Haagweg 54-A]], [[postcode:2321 AB]] Leiden, BSN [[bsn:*]]

Geachte collega,

Dhr. [[person:Schipper]] is sinds februari bij ons buurtteam in beeld. Hij is in 2023 ontslagen als schipper bij een rederij en sindsdien sterk achteruitgegaan: hij komt nauwelijks buiten, drinkt meer dan hij zelf wil en heeft gedachten over de dood, zonder concrete plannen. Hij wil hulp, maar 'niet weer een praatgroep'.
De {{role:huisarts}}, mw. [[person:Van Houten]], heeft een verwijzing gestuurd. Wij vragen u om een intake op korte termijn. Dhr. geeft toestemming om dit verslag te delen; zijn zus [[person:Marjolein]] ([[phone:06-30281946]]) mag gebeld worden als hij niet opneemt.

Met vriendelijke groet,
[[person:Ahmed El Idrissi]], {{role:sociaal werker}} {{org:Buurtteam}} {{wijk:Roodenburg}}
[[email:a.elidrissi@buurtteamleiden.nl]]
""")

T("""
Terugkoppeling huisbezoek (voor [[person:Sevda]])
Bij mw. [[person:De Wit]] geweest, [[date:ma 22 apr]]. Buurvrouw [[person:Ria]] had de sleutel. Mw. lag nog in bed om 11 uur, wel helder. Koelkast leeg op een pak melk na. Zij vertelt dat haar zoon [[person:Patrick]] 'al maanden' niet meer is geweest; hij woont in {{wijk:Scheveningen}}, [[address:Keizerstraat 190]] volgens haar.
Ik heb met haar afgesproken dat de {{org:Tafeltje Dekje}}-maaltijden weer starten. Zij wil de {{org:Voedselbank}} niet ("dat is voor arme mensen").
""")

T("""
Van: [[person:Hatice Yılmaz]] <[[email:h.yilmaz@delft.nl]]>
Verzonden: [[date:donderdag 18 april 2024]] 09:03
Aan: [[person:Joyce Hoekstra]]
CC: [[person:Pim Verbeek]]
Onderwerp: Wmo-melding [[dossier:2024-D-01673]] – dhr. [[person:T.]]

Hoi [[person:Joyce]],

De melding voor begeleid wonen voor dhr. [[person:T.]] heb ik ontvangen. Voor het onderzoek heb ik het huidige behandelplan van {{org:Brijder}} nodig en een recente verklaring van de {{role:huisarts}}. Het keukentafelgesprek kan op [[date:2 mei]] om 10.00 uur bij hem thuis ([[address:Roland Holstlaan 812]]). Kun jij erbij zijn?

Groet,
[[person:Hatice]]
{{role:Wmo-consulent}} gemeente Delft
14 015 / [[phone:06 5522 1936]]
""")

T("""
notities mdo [[date:2/5]] (kladje, uitwerken!!)
- [[person:ouali]]: hkb akkoord, regeling loopt, [[person:floor]] blijft tot eind jaar
- [[person:el khatib]]: [[person:bilal]] wil stoppen met school, {{org:leerplicht}} ingeschakeld
- nieuw: fam. [[person:tahiri]], [[address:vaillantlaan 530]], 5 kinderen, overlast + vocht in de woning, {{org:staedion}} reageert niet
- [[person:gerda]] (buurvrouw [[person:hoogendoorn]]) belde weer, dhr is opgenomen in het {{org:Haga}}
""")

T("""
Praktijkles: 'Wie is hier eigenlijk de cliënt?' – werken met mantelzorgers van een verslaafde zoon
Wijk: {{wijk:Feijenoord}} · Thema: bemoeizorg · Auteur: [[person:Gülsen Demir]] ({{role:wijkteammedewerker}})

Een moeder van 63 meldde zich bij ons over haar zoon (38), die al twintig jaar gebruikt en sinds zijn scheiding weer bij haar woont. Zij betaalde zijn schulden, zijn telefoon, zijn boetes. De zoon wilde ons niet spreken.
We hebben besloten de moeder als cliënt te zien. In vijf gesprekken leerde ze 'nee' zeggen tegen geld. Na drie maanden belde de zoon zelf: "Mijn moeder is veranderd, wat hebben jullie met haar gedaan?" Via {{org:Bouman GGZ}} kon hij op [[date:8 januari]] starten met een ambulant traject.
Wat ik andere teams wil meegeven: bemoeizorg kan ook via de kring eromheen. Dank aan [[person:Desiree]] ({{org:Antes}}) voor de supervisie.
""")

T("""
[20:14] mw. [[person:Azzouzi]]: Goedenavond meneer [[person:Farid]] sorry dat ik zo laat stuur. De deurwaarder is vandaag geweest en heeft een brief achtergelaten. Hij komt terug op [[date:17 mei]] voor beslag op de spullen. Wat moet ik doen ik ben heel bang
[20:31] [[person:Farid]]: Goedenavond mevrouw, goed dat u het stuurt. Wilt u een foto maken van de brief? Morgen om 9 uur bel ik de deurwaarder. Maakt u zich vannacht geen zorgen, er gebeurt voor die datum niks.
[20:33] mw. [[person:Azzouzi]]: [foto] dank u wel 🙏
""")

T("""
Intake {{org:Sociaal Wijkteam}} {{wijk:Tanthof}}
Datum: [[date:07-05-2024]]   Intaker: [[person:Wouter de Haan]]
Naam: [[person:Chen Jianguo]] (achternaam [[person:Chen]]), 71 jaar
Partner: [[person:Lin Fang]], 68
Adres: [[address:Gaagweg 3 bis]], [[postcode:2623 ND]] Delft
Tel: [[phone:015 - 256 88 12]]; dochter [[person:Chen Yu]]: [[phone:06 44 28 91 03]], [[email:yu.chen.delft@gmail.com]]
Vraag: dhr. heeft een lichte beroerte gehad en mw. kan de administratie niet lezen (alles in het Nederlands). Het restaurant is in 2020 verkocht, pensioen is laag (onvolledige AOW).
Afspraak: [[person:Ling]] tolkt bij het volgende gesprek; aanvraag AIO-aanvulling bij de {{org:SVB}}.
""")

T("""
Onderwerp: Aanmelding Schuldhulpmaatje – [[person:Tom Groen]]

Beste coördinator,

Graag meld ik dhr. [[person:Tom Groen]] aan voor een maatje. Hij is 26, woont in {{wijk:Wippolder}} ([[address:Van Hasseltlaan 88]]) en heeft een kleine € 5.000 schuld, vooral bij webshops en zijn telefoonprovider. Hij is gemotiveerd, maar vergeetachtig (ADHD). Hij wil het liefst iemand die ook 's avonds kan.
Contactgegevens dhr.: [[phone:06-53 11 88 27]] / [[email:tomgroen98@hotmail.com]]
Mijn collega [[person:Anne-Fleur]] blijft betrokken als {{role:welzijnscoach}}.

Vriendelijke groet,
[[person:Robin Meijer]]
{{org:Kwadraad}} | {{role:maatschappelijk werker}}
""")

T("""
Dagrapportage {{wijk:Moerwijk}} [[date:vr 26/4]]
09.30 tel. mw. [[person:Mahabier]]: bijzondere bijstand toegekend, ze is blij.
10.15 huisbezoek dhr. [[person:Yıldız]] met moeder [[person:Hülya]] erbij. {{org:MEE}}-intake staat op [[date:6 mei]].
13.00 overleg met [[person:Chantal]] (casusregisseur) over nieuwe aanmelding [[person:De Koning]] ([[dossier:2024-04812]]).
15.45 mail aan {{org:Haag Wonen}} over lekkage bij fam. [[person:Tahiri]].
""")

T("""
{{org:Buurtteam}} {{wijk:Merenwijk}} – teamchat
[[person:Annelies]]: {{org:UWV}} heeft gereageerd, herbeoordeling [[person:haile]] is uitgesteld 🎉
[[person:Ahmed]]: nice! ook de uitkering blijft doorlopen?
[[person:Annelies]]: ja tot nieuwe datum. zijn neef [[person:Tesfay]] belde trouwens, wil langskomen. ik heb hem gezegd dat het niet zonder toestemming van dhr kan
[[person:Ahmed]]: goed zo
""")

T("""
Ondersteuningsplan (Wmo) – samenvatting
Cliënt: mw. [[person:H. Ramsaran-Jagesar]], geb. [[date:30-06-1955]]
Zaaknummer: [[dossier:WMO-2024-41177]]
Resultaatgebied 1, schoon en leefbaar huis: 3 uur huishoudelijke ondersteuning per week via {{org:Florence}}.
Resultaatgebied 2, participatie: 1 dag dagbesteding bij {{org:Haagse Wijk- en Woonzorg}} in {{wijk:Rustenburg-Oostbroek}}.
Mantelzorger: dochter [[person:Anita]], [[address:Fahrenheitstraat 612]], [[phone:070-3637719]]
Ingangsdatum: [[date:01-06-2024]], herindicatie over twee jaar.
{{role:Wmo-adviseur}}: [[person:Jeroen Kuipers]]
""")

T("""
Beste [[person:Sjoerd]], zie hieronder de gegevens die je vroeg voor de zorgmelding: [[person:Kwame Boateng]], geb. [[date:22/04/1986]], [[address:Slinge 430]], [[postcode:3085 EL]] Rotterdam. Kinderen [[person:Comfort]] (6) en [[person:Kojo]] (4). Groet, [[person:Ellen]]
""")

T("""
Praktijkles: een buurtkamer tegen eenzaamheid in {{wijk:Meerzicht}}
Door: [[person:Esther Post]] ({{org:Vóór Welzijn}}) en bewoonster [[person:Wil Baas]]

Eenzaamheid is in onze wijk het meest genoemde probleem bij 75-plussers. In 2023 begon [[person:Wil]] (zelf 81) met een koffieochtend in de hal van haar flat. Wij hielpen met een subsidie van € 750 en de sleutel van de gemeenschappelijke ruimte. Nu komen er elke woensdag 12 tot 18 mensen.
Wat we leerden: laat het initiatief bij de bewoner. Onze rol is klein: verzekeringen regelen, de {{org:De Goede Woning}}-beheerder betrekken en soms een signaal oppakken (zoals bij een meneer die opeens drie weken niet kwam).
Contact: [[email:e.post@voorwelzijn.nl]]
""")

T("""
Telefoonnotitie [[date:03-06-2024]] 15:10
Beller: [[person:Justyna Wiśniewska]], werkt bij een kwekerij in De Lier, [[phone:+48 695 118 402]]
Vraag: haar collega [[person:Tomasz]] heeft een arbeidsongeval gehad (hand in machine), ligt in het {{org:Westland Ziekenhuis}}? nee, {{org:HMC Westeinde}}. Werkgever zegt dat hij naar Polen terug moet. Ze vraagt wat zijn rechten zijn.
Verwezen naar {{org:FNV}} en het {{org:Juridisch Loket}}; ik bel haar morgen terug.
[[person:Bogdan]]
""")

T("""
Hoi [[person:Priya]], kan jij het bezwaarschrift voor [[person:Jamie-Lee]] nog even checken voor ik het verstuur? Het kenmerk van het besluit is [[dossier:DGW/URG/2024/0418]] en het moet vóór [[date:28 mei]] binnen zijn. Thx! [[person:Storm]]
""")

T("""
Verslag eerste gesprek – {{role:sociaal raadsman}}, {{wijk:Zuidwijk}}
[[date:Dinsdag 11 juni]], spreekuur {{org:Vraagwijzer}}
Mw. [[person:Jama]] komt met een stapel post. Grootste probleem: de {{org:Belastingdienst}} vordert € 11.000 kinderopvangtoeslag terug uit 2014-2016. Mogelijk is zij gedupeerde van de toeslagenaffaire; een aanvraag bij {{org:UHT}} heeft ze nooit gedaan.
Gegevens: [[person:Hodan Mohamed Jama]], [[date:5-9-1980]], [[address:Sandelingstraat 41a]], tel. [[phone:06-21 98 43 77]], BSN [[bsn:*]].
Volgende stap: aanvraag herstel via {{org:UHT}}, [[person:Jasper]] (onze vrijwilliger) helpt met de formulieren.
""")
# ---------------------------------------------------------------- part 4
T("""
Van: [[email:info.beheer@zuidbewind.nl]] namens mr. [[person:C.J. Verbruggen]]
Aan: wijkteam {{wijk:Katendrecht}}
Datum: [[date:10-04-2024]]
Onderwerp: Beschermingsbewind dhr. [[person:Gomes]] – rolnummer [[dossier:C/10/671234 / BR RK 24-1388]]

Geachte heer, mevrouw,

Per beschikking van de kantonrechter van [[date:4 april 2024]] ben ik benoemd tot beschermingsbewindvoerder van dhr. [[person:Adilson Gomes]], geboren [[date:19 maart 1969]], wonende [[address:Atjehweg 12-B]], [[postcode:3072 ZR]] Rotterdam.
Het leefgeld (€ 60 per week) wordt elke maandag overgemaakt naar [[iban:*RABO_]]. Vaste lasten worden betaald van de beheerrekening [[iban:*TRIO_]].
Vragen over het leefgeld graag via mijn collega [[person:Naima]], [[phone:(010) 485 22 17]].

Met vriendelijke groet,
[[person:C.J. Verbruggen]]
{{role:beschermingsbewindvoerder}}
""")

T("""
Hoi hoi, is er iemand die morgen dhr [[person:Hoop]] kan bellen?? Hij heeft gisteren 4x ingesproken...
""")

T("""
Praktijkles: "De buurvrouw wist het al lang"
Westland ({{wijk:'s-Gravenzande}}) · thema ouderen/eenzaamheid · [[person:Linda Prins]] ({{org:Vitis Welzijn}}), [[date:20-08-2024]]

Een man van 77, weduwnaar, werd gevonden nadat hij drie dagen op de grond had gelegen. De buurvrouw vertelde ons achteraf dat ze al maanden zag dat het niet goed ging, maar 'niet wilde bemoeien'.
Wat we nu doen: in elke straat waar we een signaal krijgen, vragen we of er een 'oogje-in-het-zeil'-buur is. In {{wijk:'s-Gravenzande}} zijn er inmiddels 23. [[person:Jan Zuiderduin]], vrijwilliger van het eerste uur, belt ze allemaal één keer per maand.
Let op: maak goede afspraken over privacy. Buren horen niet alles, en dat leggen we ook uit.
""")

T("""
[10:03] [[person:Joyce]]: weet iemand of de {{org:voedselbank}} in {{wijk:buitenhof}} nu op di of wo is?
[10:05] [[person:Robin]]: woensdag 13-15 in de kerk aan de Aart van der Leeuwlaan
[10:05] [[person:Joyce]]: top. mw [[person:tesfamariam]] heeft volgende week geen geld meer voor eten
[10:06] [[person:Robin]]: verwijsbrief al gedaan? anders kan [[person:saskia]] die vandaag tekenen
[10:06] [[person:Joyce]]: ga ik regelen
""")

T("""
Aanmeldformulier wijkteam {{wijk:Katendrecht}}
Datum: [[date:22-02-2024]]
Naam: [[person:Rignald Girigorie]]
Geboortedatum: [[date:11-11-1963]] (Willemstad, Curaçao)
Adres: [[address:Rechthuislaan 30-C]], [[postcode:3072 LA]] Rotterdam
Telefoon: [[phone:06 - 29 00 47 61]]
Aanmelder: {{role:huisarts}} (praktijk Kop van Zuid), contactpersoon {{role:POH}} [[person:Ilona]]
Problemen: diabetes, amputatie teen 2023, woont op 4-hoog zonder lift, eenzaam, schulden bij {{org:Zilveren Kruis}}
Netwerk: dochter [[person:Shanaya]] in Almere, ex-vrouw op Curaçao. Buurman [[person:Erwin]] brengt soms boodschappen.
""")

T("""
Notulen casusoverleg {{org:Vitis Welzijn}} / {{org:Gemeente Westland}} – [[date:maandag 15 april]]
Aanwezig: [[person:Linda]], [[person:Bogdan]], [[person:Marco]], [[person:Ewa]], [[person:Anouk van der Valk]] ({{role:consulent Wmo}})
1. [[person:Kowalczyk]]: opgevangen bij {{org:Barka}}, terugkeer naar Polen gepland [[date:2 mei]]. Broer [[person:Łukasz]] haalt hem op. Dossier sluiten na vertrek.
2. Fam. [[person:Ivanov]]: huisbaas dreigt met de deur op slot. [[person:Bogdan]] schakelt de {{role:handhaver}} in; zicht op een kamer bij een SNF-gecertificeerde huisvester.
3. Mw. [[person:Dimitrova]]: baby [[person:Viktoria]] ingeschreven ✔. {{org:JGZ}} heeft eerste huisbezoek gedaan.
Volgende overleg [[date:29-04]].
""")

T("""
Aan: mw. [[person:I. Vermeulen]], {{role:zorgcoördinator}}, {{org:Stanislascollege}} Delft
Van: [[person:Pim Verbeek]], {{role:jeugdconsulent}} {{org:Sociaal Wijkteam Delft}}

Beste mevrouw [[person:Vermeulen]],

Met toestemming van moeder (mw. [[person:Nour Al-Hassan]]) neem ik contact met u op over haar zoon [[person:Yazan]] (klas 2B). Het gezin woont krap en [[person:Yazan]] heeft thuis geen plek om huiswerk te maken. Zou hij na schooltijd in de mediatheek mogen blijven? Wij regelen via {{org:Delft voor Elkaar}} een huiswerkmaatje voor twee middagen per week.

Hartelijke groet,
[[person:Pim Verbeek]], [[phone:06-39 27 74 11]]
""")

T("""
Het zat hem niet in de roos op zijn hoofdhuid, zei dhr. [[person:Roos]] lachend, maar in de stress. Sinds de {{role:schuldhulpverlener}} de deurwaarders op afstand houdt, slaapt hij weer. Evaluatiegesprek op [[date:24 juni]] in het {{org:wijkcentrum De Hoek}}.
""")

T("""
Aan: {{org:Leger des Heils}} Den Haag, Maatschappelijke Opvang, t.a.v. trajectbegeleiding
Datum: [[date:14 maart 2024]]

Betreft: aanmelding 24-uursopvang dhr. [[person:A.W. Farah]]

Geachte heer, mevrouw,

Wij melden dhr. [[person:Abdirahman Warsame Farah]] (geb. [[date:01-01-1988]], BSN [[bsn:*.]]) bij u aan. Dhr. slaapt sinds 2022 in wisselende nachtopvang en op straat rond het Centraal Station. Hij is rustig, maar gebruikt regelmatig khat en heeft een slechte gezondheid (onbehandelde tbc in het verleden, behandeld door de {{org:GGD Haaglanden}}).
Hij is bereikbaar via zijn postadres ([[address:Wagenstraat 31]]) of via onze {{role:casusregisseur}} [[person:Martijn Schouten]], [[phone:06 17 28 39 40]].

Met vriendelijke groet,
[[person:Martijn Schouten]]
{{org:SWT}} {{wijk:Stationsbuurt}}
""")

T("""
💬 Discussie bij les "Eerst de koelkast, dan het formulier"
@[[person:Yvonne Brouwer]] mooie les! Wij doen in {{wijk:Spoorwijk}} iets vergelijkbaars met de {{org:Voedselbank}}: eerste bezoek altijd samen met een pakket. – [[person:Rajesh]] ({{org:SWT}} {{wijk:Spoorwijk}})
↳ [[person:Yvonne Brouwer]]: Dank [[person:Rajesh]]! Hoe regelen jullie de verwijsbrief als iemand nog geen inkomensgegevens heeft?
↳ [[person:Rajesh]]: Een noodpakket mag drie keer zonder, daarna moet het papierwerk rond. [[person:Tanja]] bij de {{org:Voedselbank}} is heel flexibel, bel gerust [[phone:06-55 19 24 60]].
""")

T("""
Evaluatieformulier afsluiting traject
Cliënt: [[person:Mehmet Kaya]] | dossiernr. [[dossier:SWT-LK-2023-00559]] | looptijd: 14 maanden
Begeleider: [[person:Orhan Bulut]] ({{role:maatschappelijk werker}}, {{org:Stichting Mooi}})
Doelen behaald: ja (schulden in WSNP, werk bij {{org:Albert Heijn}} distributiecentrum, eigen woning in {{wijk:Laakkwartier}})
Wat vond u van de hulp? "[[person:Orhan]] was streng maar eerlijk. Zonder hem was ik nu op straat."
Afgesloten op: [[date:31-05-2024]]
""")

T("""
Rapportage {{wijk:Spoorwijk}} – [[date:donderdag 6 juni 2024]]
Gesprek met fam. [[person:Bisessar]] op [[address:Spoorwijkstraat 44]]. Aanwezig: mw. [[person:Sunita Bisessar]], haar schoonmoeder [[person:Dropatie]] (82) en ikzelf. Dhr. [[person:Anil Bisessar]] was aan het werk.
Spanning in huis: schoonmoeder heeft dementie en is 's nachts onrustig; mw. slaapt nauwelijks. De familie wil geen verpleeghuis ('dat doen wij niet'). De {{role:casemanager dementie}} van {{org:Florence}} komt al, maar mw. voelt zich niet gehoord.
Voorstel besproken: logeeropvang één weekend per maand bij een cultuursensitieve aanbieder (o.a. {{org:Stichting Surya}}). Mw. wil het bespreken met haar man.
[[person:Rajesh Jagroep]], {{role:welzijnscoach}}
""")

T("""
SCHULDENOVERZICHT     Cliënt: [[person:E. Smits]] ([[date:12-02-1990]])     Wijk: {{wijk:Duinoord}}
Opgesteld: [[date:15/05/2024]]      {{role:Schuldhulpverlener}}: [[person:K. de Graaf]] ({{org:Kredietbank Haaglanden}})
---------------------------------------------------------------------
Schuldeiser                 Dossier/kenmerk             Bedrag     Beslag?
{{org:Belastingdienst}}             [[dossier:8123.45.678.M.40]]          € 3.410    ja (loon)
{{org:Vestia}}                      [[dossier:V-0087715]]                 € 1.200    nee
{{org:Ziggo}} via {{org:GGN}}               [[dossier:GGN 30-4471-2209]]          €   690    nee
{{org:Lowell}}                      [[dossier:LW 7304491]]                €   219    nee
{{org:Bol.com}}                     [[dossier:BOL-118820977]]             €    87    nee
---------------------------------------------------------------------
Totaal                                                     € 5.606
Rekening cliënt: [[iban:*KNAB_]]     Vrij te laten bedrag: € 1.365,22
""")

T("""
Onderwerp: RE: RE: mw. [[person:Winter]] – traplift

Hoi [[person:Priya]],

Ik heb met mw. [[person:Ilse Winter]] gebeld. Ze wil niet wachten tot na de winter, want dan 'is ze allang van die trap gevallen'. Ik snap haar wel. Kan de {{role:Wmo-consulent}} de aanvraag met spoed behandelen? Het gaat om [[address:Dorpsstraat 141]], Zoetermeer, 1e verdieping.

Groeten,
[[person:Mustafa Tahiri]]
{{org:Sociaal Team Zoetermeer}} | [[phone:079-3468 210]]

> Van: [[person:Priya Bisessar]]
> Verzonden: [[date:dinsdag 9 april 2024]]
> Is er haast bij? Er zit nu ongeveer 8 weken tussen melding en besluit.
""")

T("""
hallo mevrouw [[person:Sanne]] met mij [[person:roza]] dochter van mw [[person:bakker]]. mijn moeder heeft weer stroom dank u wel!! maar ze heeft een nieuwe brief van {{org:eneco}} met een nummer [[dossier:8002 114 553]] wat is dat. kunt u mij bellen op [[phone:06 18 40 00 96]] ik ben na 5 uur thuis
""")

T("""
Intakeverslag {{org:Gemeente Westland}} – team Sociaal Domein
Datum: [[date:21 mei 2024]]
Cliënt: [[person:Ionuț Constantin]], 29 jaar, Roemeense nationaliteit, sinds 2021 in Nederland
Adres (BRP): [[address:Hoogwerf 17]], [[postcode:2678 GE]] De Lier – hij woont hier met 5 collega's
Tel: [[phone:+40 745 231 908]] (Roemeens nummer, WhatsApp)
BSN: [[bsn:*]]
Situatie: dhr. is ziek uit dienst getreden na een burn-out, heeft geen recht op WW volgens het uitzendbureau (klopt niet). Hij spreekt Engels en een beetje Nederlands. Vriendin [[person:Andreea]] ondersteunt hem.
Afspraak: samen naar het {{org:UWV}}-werkplein, [[person:Marco]] gaat mee.
""")

T("""
Kennisplatform – Vraag & antwoord
Vraag ([[person:Joanna Semedo]], wijkteam {{wijk:Bloemhof}}, [[date:02-04-2024]]): Heeft iemand ervaring met een cliënt die alleen Kaapverdisch Creools spreekt? Ik vind geen tolk via {{org:Global Talk}}.
Antwoord ([[person:Eduardo Monteiro]], {{role:ervaringsdeskundige}}, {{org:Stichting Kaapverdiaanse Vrouwen}}): Bel ons! Wij hebben vrijwilligers die kunnen meegaan. Mijn nummer is [[phone:06 48 72 09 13]], of mail [[email:eduardo.monteiro@gmail.com]].
""")

T("""
Verslag brainstorm pilotgroep, thema huiselijk geweld – [[date:6 februari]]
Facilitator: [[person:Jan-Willem Roest]] ({{org:CAOP}}). Aanwezig: 18 van de 20 deelnemers.
Belangrijkste punten:
- Teams werken verschillend met de meldcode; in {{wijk:Escamp}} is er een vaste {{role:aandachtsfunctionaris}}, in {{wijk:Centrum}} niet.
- [[person:Marleen de Groot]] noemt ouderenmishandeling: "wordt bijna nooit herkend".
- [[person:Orhan]] vraagt om een vast contactpersoon bij {{org:Veilig Thuis}}.
Vervolg: expertmeeting in april. [[person:Marije Scholten]] stuurt de uitnodiging.
""")

T("""
Journaal {{wijk:Slaaghwijk}} – [[date:ma 10 juni]]
Bezoek bij dhr. [[person:De Jong]] (55) op [[address:Bernhardkade 37-II]]? Nee, hij is verhuisd – nieuw adres [[address:Zeemanlaan 3B]], [[postcode:2313 SW]] Leiden. Hij heeft zijn hond weg moeten doen; erg verdrietig. Sinds de scheiding (2021) geen contact met zijn kinderen.
Afspraak: hij wil graag vrijwilligerswerk bij de dierenambulance. Ik vraag [[person:Bram]] ({{role:ervaringsdeskundige}}) om met hem mee te gaan naar de kennismaking.
— [[person:Latifa]]
""")

T("""
Aanmelding schuldhulpverlening gemeente Zoetermeer
Datum: [[date:24.04.2024]]
Aanvrager: [[person:Zarmina Rahimi]]   geb.: [[date:02.03.1983]]   BSN: [[bsn:*3.]]
Adres: [[address:Parkdreef 114]], [[postcode:2724 EW]] Zoetermeer
IBAN: [[iban:*INGB]]
Inkomen: bijstand gezinsnorm, kindgebonden budget
Schulden (bekend): waterbedrijf {{org:Dunea}} € 312, energie € 940, {{org:Vestia}} € 1.180
Begeleidend: [[person:Farid Benali]], {{role:maatschappelijk werker}}, [[phone:06 2233 4415]]
""")

T("""
Korte notitie: mw. [[person:Lopes]] belt dat [[person:Maria]] (het nichtje) sinds gisteren bij een vriendin slaapt in {{wijk:Vreewijk}}. Adres weet ze niet. {{org:CJG}} is op de hoogte ([[person:Esther]]). Ik bel morgen terug.
""")

T("""
Geachte heer [[person:Gomes]],

U heeft op [[date:16 april]] een gesprek gehad met uw {{role:bewindvoerder}} en met mij. Wij hebben toen afgesproken dat u elke maandag uw leefgeld krijgt. Als het geld er op maandag niet is, kunt u mij bellen op [[phone:010 - 498 33 71]]. Ik ben er op maandag, dinsdag en donderdag.
Vergeet u niet de afspraak bij de {{role:diabetesverpleegkundige}} op [[date:2 mei]] om 11.20 uur?

Met vriendelijke groet,
[[person:Wendy Doelman]]
wijkteam {{wijk:Katendrecht}} / {{wijk:Afrikaanderwijk}}
""")
# ---------------------------------------------------------------- part 5
T("""
Verslag MDO {{org:SWT}} {{wijk:Schilderswijk}} – [[date:dinsdag 28 mei 2024]], 9.30–11.30, {{org:wijkcentrum De Mussen}}
Aanwezig: [[person:Nadia Amrani]] ({{role:MW}}, vz), [[person:Bart Hendriks]] ({{org:MEE}}), [[person:Ilse Vos]] ({{role:wijkverpleegkundige}}), [[person:Khalid]] ({{role:jongerenwerker}}), [[person:Monique]] ({{org:Parnassia}}, {{role:SPV}}), [[person:Henk-Jan Smeets]] ({{role:wijkagent}}), [[person:Esra]] ({{role:Wmo-adviseur}}), [[person:Tim]] (notulist)

1. Opening en mededelingen
[[person:Nadia]] meldt dat [[person:Esra]] per [[date:1 juli]] vertrekt naar {{wijk:Bezuidenhout}}. Vervanger wordt nog gezocht. [[person:Ilse]] is vanaf [[date:15-06]] drie weken met verlof.

2. Casus mw. [[person:El Khatib]] ([[dossier:SWT-SW-24-0133]])
Voortgang: {{org:Schuldhulpmaatje}} is gestart, mw. opent haar post weer. Zorg blijft de zoon, [[person:Bilal]], die wil stoppen met school. [[person:Khalid]] kent hem van de sportschool aan de Vaillantlaan en heeft een gesprek gehad. [[person:Bilal]] wil geld verdienen 'voor zijn moeder'. Leerplicht is ingeschakeld; een combinatie van school en een bijbaan wordt onderzocht.
Actie: [[person:Khalid]] en [[person:Nadia]] samen gesprek met moeder en zoon, week 24.

3. Casus dhr. [[person:Kaya]] (afgesloten)
[[person:Orhan]] (afwezig) heeft de casus afgesloten. Compliment van het team. Leerpunten worden een les op het kennisplatform.

4. Nieuwe casus: fam. [[person:Tahiri]], [[address:Vaillantlaan 530]]
Ingebracht door [[person:Esra]]. Vijf kinderen, vocht en schimmel in de woning, meerdere meldingen bij {{org:Staedion}} zonder resultaat. Jongste ([[person:Rayan]], 2) heeft astma. Moeder (mw. [[person:Hayat Tahiri]], [[phone:06-11 43 27 90]]) is uitgeput. Vader werkt in ploegendienst bij de haven.
Besluit: [[person:Ilse]] doet nog vóór haar verlof een huisbezoek; [[person:Esra]] belt {{org:Staedion}} en vraagt om een inspectie; {{org:GGD Haaglanden}} (medische milieukunde) wordt gevraagd mee te kijken.

5. Rondvraag
[[person:Henk-Jan]]: drugsoverlast in de portiek van [[address:Hoefkade 212]]; buurtbewoners zijn bang. [[person:Monique]] kent één van de bewoners.
Volgende MDO: [[date:11 juni]].
""")

T("""
[[person:Ruud]] → [[person:Noah]]: ben bij [[person:Pereira]], niemand thuis. buurvrouw zegt dat ze 'bij familie in Lissabon' zijn. ik laat een kaartje achter
""")

T("""
Les: een gezin, een plan – maar wiens plan?
Thema: jeugd · Wijk: {{wijk:Leiden-Noord}} / {{wijk:Zuidwest}} · [[person:Wilma van Dijk]] ({{role:gezinscoach}}), [[date:4 september 2024]]

Toen ik het plan van aanpak voor een gezin met drie kinderen opstelde, stonden er zeven doelen in. Moeder las het door en zei: "Dit is jullie plan, niet het mijne." Ze had gelijk. We hebben het plan samen opnieuw geschreven, aan haar keukentafel, met haar woorden: 'geld op orde', 'mijn dochter weer blij' en 'tijd voor mezelf'.
Wat werkte: één gezinscoach als aanspreekpunt, ook voor school, de {{org:Jeugdbescherming}} en de {{role:budgetcoach}}. Vader (die apart woont) kreeg een eigen rol: hij brengt de oudste elke maandag naar school.
Tip: zet het plan op één A4. Laat de moeder zelf de doelen kiezen.
Bij vragen: [[email:w.vandijk@jeugdteamleiden.nl]]
""")

T("""
Telefoonlijst spoed (print – niet in prullenbak!)
[[person:Sanne]] (MW) – [[phone:06-1432 8870]]
[[person:Youssef]] ({{role:Wmo-adviseur}}) – [[phone:06 3007 1256]]
[[person:Gert-Jan]] ({{role:budgetcoach}}) – [[phone:06-24 55 19 03]]
{{org:Veilig Thuis}}: 0800-2000 (24/7)
{{org:Crisisdienst Parnassia}}: via huisarts / {{org:huisartsenpost}}
""")

T("""
Hoi [[person:Bogdan]],
De kamer bij de huisvester in {{wijk:Maasdijk}} is rond voor [[person:Nikolai Ivanov]] en zijn vrouw vanaf [[date:maandag 6 mei]]. Adres: [[address:Maasdijkseweg 120]]? Nee, ik zie het net, het is [[address:Maasdijkseweg 122-4]]. Huur wordt ingehouden op het loon (€ 115 p/w). Wil jij de oude huisbaas laten weten dat ze vertrekken?
Groet, [[person:Marco]]
""")

T("""
Rapportage {{wijk:Poptahof}} – [[date:12-07-2024]]
Gebeld met mw. [[person:Gebremedhin]]. Zij heeft haar eerste les bij het taalcafé gevolgd en is enthousiast. Haar zoon [[person:Filmon]] (12) heeft moeite op school; meester [[person:De Bruin]] belt mij volgende week.
Ook besproken: de energietoeslag. Mw. heeft die nog niet aangevraagd. Ik help haar op [[date:16/7]] met de aanvraag via DigiD; zij neemt haar DigiD-sms-telefoon mee ([[phone:06 85 13 47 20]]).
""")

T("""
Onderwerp: spoedoverleg [[person:Kuiper]] / financieel misbruik

Beste [[person:Anja]],

Dank dat u zo snel terugbelde. Zoals afgesproken zet ik de stand van zaken op een rij. Uw moeder, mw. [[person:Greet Kuiper]] ([[date:04-09-1938]]), heeft vorige week haar pinpas aan een kennis gegeven, dhr. [[person:R. Sluijter]]. In drie weken is er € 2.300 opgenomen van rekening [[iban:*RABO_]]. De {{org:Rabobank}} heeft de pas geblokkeerd. Aangifte kan bij de politie; de {{role:wijkagent}} [[person:Ton]] wil u daarbij helpen.
Wij adviseren ook om te kijken naar een mentor of bewindvoerder. Mijn collega [[person:Hennie de Boer]] ({{role:wijkverpleegkundige}}) ziet uw moeder dagelijks.

Met vriendelijke groet,
[[person:Priya Bisessar]]
{{role:casusregisseur}}, {{org:Sociaal Team Zoetermeer}}
[[phone:079 - 346 82 14]] | [[email:p.bisessar@zoetermeer.nl]]
""")

T("""
Schuldenoverzicht t.b.v. minnelijk traject — dhr. [[person:A. Tavares]]
Kredietbank dossier: [[dossier:KBR-2024-07718]]       Datum: [[date:29 mei 2024]]

| # | Schuldeiser | Kenmerk | Vordering |
|---|---|---|---|
| 1 | {{org:Woonstad Rotterdam}} | [[dossier:1021-44-0087]] | € 2.940,00 |
| 2 | {{org:Evides}} | [[dossier:EV 4800117239]] | € 488,21 |
| 3 | {{org:DSW}} | [[dossier:DSW-0098713]] | € 1.104,00 |
| 4 | {{org:CJIB}} | [[dossier:2023-1177-4410]] | € 1.560,00 |
| 5 | {{org:Belastingdienst}} (toeslagen) | [[dossier:2022/HT/551230]] | € 3.880,00 |
| 6 | {{org:Intrum}} (oud telefoonabonnement) | [[dossier:INT-77120394]] | € 811,40 |
| 7 | {{org:Santander}} (lening) | [[dossier:SCB 3301 9928]] | € 6.300,00 |
| 8 | broer [[person:Jorge Tavares]] (onderhandse lening) | – | € 1.000,00 |

Totaal: € 18.083,61 | Afloscapaciteit: € 142,00 p/m | Rekening cliënt: [[iban:*ABNA_]]
""")

T("""
[[person:Fenna]] (stagiaire) – reflectieverslag week 14
Deze week liep ik mee met [[person:Noah]] naar mw. [[person:Zahiri]]. Ik vond het spannend omdat ik wist van de melding. Mw. was heel vriendelijk en bood thee aan. Toen haar man thuiskwam veranderde de sfeer helemaal; [[person:Noah]] bleef rustig en sprak hem aan op zijn rol als vader, niet als 'dader'. Dat wil ik leren.
Feedback van mijn begeleider: let op dat ik in mijn rapportage geen namen van kinderen gebruik als dat niet nodig is (ik schreef [[person:Amira]] en [[person:Sami]] in mijn eerste versie).
""")

T("""
Hi [[person:Femke]], mw [[person:D. Aarts]] (de casus van [[person:Latifa]]) is gisteren met de ambulance opgehaald. Ze ligt in het {{org:Alrijne}}. [[person:Hennie]] van {{org:Portaal}} zegt dat de woning dicht moet wegens katten. Overleg [[date:ma 27-5]]? [[person:Joris]]
""")

T("""
Intakeformulier – {{org:Buurtteam}} {{wijk:Boshuizen}}
Naam: [[person:Karolina Nowak]]                 Geslacht: v
Geboortedatum: [[date:30 november 1990]]         Nationaliteit: Pools
Adres: [[address:Lammenschansweg 38-22]], [[postcode:2313 DM]] Leiden
Telefoon: [[phone:0031 6 4380 2217]]          E-mail: [[email:karolina.nowak90@wp.pl]]
Kinderen: [[person:Oliwia]] (6), [[person:Szymon]] (3)
Partner: [[person:Piotr Nowak]] – zit sinds [[date:12 maart]] in detentie (PI Alphen)
Hulpvraag: hoe betaal ik de huur? Hoe vertel ik het de kinderen?
Aanmelder: {{role:intern begeleider}} basisschool, via {{org:Jeugdteam Leiden}}
""")

T("""
Notitie [[person:Eline]] ({{role:ouderenconsulent}}, {{org:Xtra}}): vandaag bij mevr. [[person:Baas]] in {{wijk:Waldeck}} op bezoek. Haar baas van vroeger (ze werkte 40 jaar bij de V&D) stuurt nog elk jaar een kerstkaart, vertelde ze trots. Verder vooral eenzaam. Aangemeld voor de wandelgroep op vrijdag.
""")

T("""
Van: [[person:Gijs Hoogland]]
Aan: [[person:Loes Brouwer]]
Datum: [[date:14-06-2024]]
Onderwerp: gesprek {{org:Reinier de Graaf}} mw. [[person:Schouten]]

Hoi [[person:Loes]],

Bedankt dat je met mw. [[person:Schouten]] mee bent geweest gisteren. Uit je appje begreep ik dat de {{role:geriater}} een vorm van Alzheimer vermoedt. Wil je het verslag van het gesprek in haar dossier ([[dossier:SWD-2024-0788]]) zetten? Haar nicht [[person:Evelien]] wil graag gebeld worden ([[phone:06 - 15 38 44 72]]); zij woont in Den Haag, [[address:Regentesselaan 61]], en kan af en toe komen.

Groet,
[[person:Gijs]]
""")

T("""
📌 Kennisplatform – nieuwe les gepubliceerd
"Huisbezoek bij dreigende huisuitzetting: de eerste 48 uur"
Auteur: [[person:Wendy Doelman]] (wijkteam {{wijk:Katendrecht}}) | Gepubliceerd: [[date:12 juli 2024]] | Thema: wonen & financiën
Samenvatting: als een ontruimingsvonnis er ligt, is er vaak nog ruimte. Bel dezelfde dag de corporatie, de {{role:deurwaarder}} en de {{org:Kredietbank Rotterdam}}. In de casus achter deze les (een alleenstaande moeder in {{wijk:Tarwewijk}}) werd de ontruiming op de dag zelf uitgesteld omdat de eerste huur al op de rekening van {{org:Woonstad Rotterdam}} stond.
Reageren? Stuur [[person:Wendy]] een bericht.
""")

T("""
Aanvulling rapportage [[date:di 2 juli]] – [[person:Farid]]
Mw. [[person:Azzouzi]] belde: deurwaarder {{org:Flanderijn}} heeft een betalingsregeling geaccepteerd (€ 40 per maand, kenmerk [[dossier:FL/24/0081772]]). Betaling via haar rekening [[iban:*SNSB]]. Mw. klonk opgelucht. Zij vroeg of haar zoon [[person:Adam]] ook hulp kan krijgen met zijn studieschuld; ik verwijs hem naar het jongerenloket.
""")

T("""
wie heeft de sleutel vd bakfiets? moet nog spullen ophalen bij dhr [[person:groen]] in de {{wijk:wippolder}} voor de kringloop. – [[person:robin]]
""")
# ---------------------------------------------------------------- part 6 (more numbers, dates, addresses)
T("""
Tijdlijn casus [[dossier:SWT-TV-24-0291]] (t.b.v. evaluatie)
[[date:03-01-2024]] melding {{org:Haag Wonen}}: huurachterstand 2 mnd
[[date:09-01-2024]] eerste huisbezoek, niemand thuis
[[date:11-01-2024]] tweede poging, brief in de bus
[[date:22-01-2024]] cliënt belt zelf terug, afspraak gemaakt
[[date:25-01-2024]] intake, toestemmingsverklaring getekend
[[date:06-02-2024]] aanmelding {{org:Kredietbank Haaglanden}}
[[date:19-03-2024]] betalingsregeling {{org:Haag Wonen}} akkoord
[[date:02-04-2024]] cliënt mist afspraak (ziek)
[[date:16-04-2024]] evaluatie: stabiel, afschalen naar {{org:Schuldhulpmaatje}}
Casushouder: [[person:Karin]]
""")

T("""
Huisbezoekroute woensdag (auto 2)
1. 09.00 [[address:Kempstraat 118]] – mw. [[person:Martina]]
2. 09.45 [[address:Jacob Catsstraat 3 bis]] – sleutelkastje, code bij [[person:Karin]]
3. 10.30 [[address:Paul Krugerlaan 12-hs]] – samen met {{role:wijkverpleegkundige}}
4. 11.30 [[address:Wouwermanstraat 45-II]] – tolk Turks via telefoon
5. 13.00 lunch + rapporteren op kantoor
6. 14.00 [[address:Elandstraat 221]], [[postcode:2513 GS]] – nieuwe aanmelding, eerst bellen: [[phone:06-34 10 92 78]]
""")

T("""
Afsprakenkaart (voor cliënt)
Naam: mevrouw [[person:Sabajo]]
[[date:Ma 3 juni]] 10.00 uur – {{org:Vraagwijzer}}, samen met [[person:Kim]]
[[date:Wo 5 juni]] 14.30 uur – {{role:huisarts}}
[[date:Di 11 juni]] 9.00 uur – rechtbank (zitting ontruiming) – wij gaan mee!
[[date:Vr 14 juni]] – voorschool [[person:Djenna]]: kennismaking 8.45 uur
Vragen? Bel [[phone:010 - 498 21 60]]
""")

T("""
Onderwerp: verhuisbericht dhr. [[person:Girigorie]] – graag adres aanpassen

Beste collega's,

Dhr. [[person:R. Girigorie]] is per [[date:15-07-2024]] verhuisd van [[address:Rechthuislaan 30-C]] ([[postcode:3072 LA]]) naar een benedenwoning aan de [[address:Groeninx van Zoelenlaan 71]], [[postcode:3073 AR]] Rotterdam. Zijn telefoonnummer blijft [[phone:06 - 29 00 47 61]].
Willen jullie het adres aanpassen in het dossier [[dossier:WT-ROT-77031]]? De thuiszorg ({{org:Aafje}}) is al op de hoogte.

Groet, [[person:Wendy]]
""")

T("""
Aanvraag bijzondere bijstand – gegevens aanvrager
Naam: [[person:Gebremedhin]], [[person:T.]]
BSN: [[bsn:*]]
Adres: [[address:Ruys de Beerenbrouckstraat 14]], [[postcode:2622 BH]] Delft
IBAN: [[iban:*INGB_]] t.n.v. [[person:T. Gebremedhin]]
Aanvraag voor: taalcursus vervoer (OV-kosten), schoolkosten zoon
Periode: [[date:01-07-2024]] t/m [[date:31-12-2024]]
Ingediend door: {{org:Delft voor Elkaar}} namens aanvrager, [[date:26 juni 2024]]
""")

T("""
Planning pilot "Samen werken in het sociale domein"
Kick-off: [[date:22 november]] (alle teamleden)
Startbijeenkomst pilotgroep: [[date:6 februari]]
Workshop 'Bemoeizorg in de wijk': [[date:5 maart]], locatie {{org:Servicepunt XL}} {{wijk:Escamp}}
Brainstorm ouderen: [[date:19 maart]]
Expertmeeting: [[date:16 april]]
Afsluiting: [[date:18 juni]]
Contact: [[person:Marije Scholten]], programmasecretaris, [[email:pilot.sociaaldomein@denhaag.nl]]
""")

T("""
Ons kenmerk: [[dossier:SZW/SHV/2024/03318]]
Uw kenmerk: [[dossier:ENE-5501-88273]]
Datum: [[date:08 mei 2024]]

Aan: {{org:Eneco}}, afdeling Bijzonder Beheer

Betreft: verzoek opschorting afsluiting – klant [[person:B. Sewdien]], [[address:Melis Stokelaan 1907]], [[postcode:2541 GN]] Den Haag

Geachte heer, mevrouw,

Cliënt is op [[date:6 mei 2024]] aangemeld bij de gemeentelijke schuldhulpverlening. Wij verzoeken u de aangekondigde afsluiting van [[date:13 mei 2024]] op te schorten. Wij nemen binnen 10 werkdagen contact met u op over een regeling.

Hoogachtend,
namens de {{role:schuldhulpverlener}},
[[person:F. van Leeuwen]]
""")

T("""
Hoi [[person:Dewi]]! Kun jij even in Suite checken of dit bsn klopt? [[bsn:*]] – volgens mij heeft mw het fout op het formulier gezet, het adres ([[address:Jan van Riebeekstraat 9-hs]]) klopt wel 🙂
""")

T("""
Meldingsformulier overlast – ingevuld door {{org:Staedion}}
Datum melding: [[date:13-03-2024]]
Adres melder: [[address:Weimarstraat 120]], [[postcode:2562 HE]]
Adres overlastveroorzaker: [[address:Weimarstraat 118]], [[postcode:2562 HE]]
Aard: geluid ('s nachts), vermoeden hennepteelt, geurhinder
Eerdere meldingen: [[date:5 jan.]], [[date:28 jan.]], [[date:19 feb.]]
Doorgestuurd naar: {{org:SWT}} {{wijk:Segbroek}}, {{role:wijkagent}}
Behandelaar {{org:Staedion}}: [[person:M. Lodewijks]]
""")

T("""
Mw. [[person:Hoekstra]] (ja, dezelfde achternaam als onze [[person:Joyce]], geen familie 😄) belde over de huurtoeslag. Geb. [[date:3-5-1946]], woont op [[address:Wateringsevest 40]]. Ik heb haar doorverwezen naar het spreekuur van de {{role:sociaal raadslieden}} op donderdag.
""")

T("""
Intake {{org:wijkteam}} {{wijk:Pendrecht}}
Datum [[date:17 juni 2024]]
Naam cliënt: [[person:Aline Fernandes Monteiro]]   geb. [[date:14/08/1999]]
Adres: [[address:Plein 1953 nr. 66]], [[postcode:3086 EE]] Rotterdam
Tel [[phone:0647199308]]
BSN: [[bsn:* ]]
Vraag: zwanger (28 weken), geen vaste woonplek na ruzie met moeder, slaapt bij vriendinnen.
Acties: aanmelding {{org:Moeders van Rotterdam}}, urgentieaanvraag, huisarts/verloskundige afstemmen.
""")

T("""
Beste mevrouw [[person:Jama]],

Goed nieuws: het {{org:UHT}} heeft uw aanvraag ontvangen onder nummer [[dossier:UHT-2024-0481173]]. U krijgt binnen 6 weken bericht. Ik bel u op [[date:vrijdag 19 juli]] om te horen hoe het gaat.

Groet, [[person:Jasper]] (vrijwilliger {{org:Vraagwijzer}} {{wijk:Zuidwijk}})
""")

T("""
Budgetoverzicht per maand – dhr. [[person:Chen]] en mw. [[person:Lin]]
Inkomsten
AOW (onvolledig, 2 x) ............... € 1.352,10
Aanvullende inkomensvoorziening ...... € 421,00 (aanvraag loopt, [[dossier:SVB-AIO-2024-118804]])
Huurtoeslag ......................... € 196,00
Uitgaven
Huur {{org:Woonbron}} .................... € 742,00
Energie ............................. € 158,00
Zorgverzekering (2x) ................ € 296,00
Telefoon/internet ................... € 55,00
Rekening: [[iban:*RABO_]]
Opgemaakt [[date:14-05-2024]] door [[person:W. de Haan]]
""")

T("""
Verslag telefonisch consult {{role:POH-GGZ}} – [[date:20/06/2024]]
Met [[person:Marloes Hendriks]] (POH, praktijk [[address:Troelstrakade 150]]) gesproken over dhr. [[person:Van der Hoop]] (geb. [[date:23-11-1986]]). POH ziet hem twee-wekelijks; dhr. is sinds de schuldhulp gestart merkbaar rustiger. Medicatie ongewijzigd.
Afgesproken: volgend contact over zes weken, tenzij er eerder signalen zijn.
""")

T("""
Vraag op het platform, thema financiën:
Wie weet hoe lang een ontruimingsvonnis geldig is? Bij ons ({{wijk:Meerzicht}}) dreigt een ontruiming op [[date:2 augustus]] bij een gezin met kinderen, vonnis van [[date:17-01-2023]]. Kenmerk zaak [[dossier:C/09/641188 / KG ZA 23-12]]. – [[person:Storm]], {{org:Sociaal Team Zoetermeer}}
""")

T("""
Van: [[email:noreply@suite.denhaag.nl]]
Onderwerp: Taak toegewezen: [[dossier:2024-05518]]
Er is een nieuwe taak aan u toegewezen.
Cliënt: [[person:Baldew]], [[person:S.]] | Geb.dat.: [[date:07-03-1958]] | Adres: [[address:Moerweg 402]], [[postcode:2541 TN]]
Taak: terugbellen uitkeringsvraag (deadline [[date:12-06-2024]])
Toegewezen door: [[person:R. Verhagen]]
""")

T("""
korte update voor het team: [[person:Amilcar]] ([[person:tavares]]) heeft vandaag de {{org:kredietbank}} papieren getekend. broer [[person:Jorge]] was mee voor morele steun. volgende afspraak is [[date:8 juli]] om 11u bij de {{org:kredietbank}} op de Pleinweg.
""")

T("""
Rapportage [[date:woensdag 3 april 2024]]
Locatie: [[address:Van Foreestweg 31]] (3 hoog), Delft
Cliënt: dhr. [[person:T.]]; aanwezig: [[person:Joyce]] (MW) en [[person:Annemiek]] ({{org:GGZ Delfland}})
Dhr. was nuchter en had de woning opgeruimd. Hij vertelde dat hij sinds [[date:24 maart]] niet meer heeft gedronken. Hij is bang voor de buurvrouw (mw. [[person:Hoek]]) 'omdat ze hem heeft aangegeven'.
Afspraak: volgende week samen naar de intake bij {{org:Brijder}} ([[date:10-04]], 14.00 uur).
""")

T("""
Hallo, met [[person:Hennie]] van {{org:Portaal}}. Ik heb jullie aanvraag voor de kattenwoning doorgestuurd naar de ongediertebestrijding. Graag contact op [[phone:071-5166898]] of [[email:h.dekker@portaal.nl]] – mw. [[person:Aarts]] mag tot [[date:1 juli]] in het {{org:Alrijne}} blijven.
""")

T("""
Klantcontact – {{org:Servicepunt XL}} {{wijk:Bouwlust}}/{{wijk:Vrederust}}
[[date:ma 08-04]], 11:20. Aan de balie: mw. [[person:Wong]] met haar kleinzoon (tolk). Vraagt naar de ooievaarspas. Formulier meegegeven. Adres: [[address:Dedemsvaartweg 772]], [[postcode:2545 BB]]. Geen verdere hulpvraag.
""")

T("""
Overdracht bij vertrek [[person:Esra]] ({{role:Wmo-adviseur}}) – [[date:27 juni 2024]]
Lopende Wmo-zaken:
- [[dossier:WMO-2024-33817]] dhr. [[person:Ramsaroep]] – huishoudelijke hulp, beschikking verstuurd [[date:20/6]]
- [[dossier:WMO-2024-41177]] mw. [[person:Ramsaran-Jagesar]] – herindicatie gepland
- [[dossier:WMO-2024-00912]] echtpaar [[person:Van den Berg]] – wacht op {{org:Florence}}
- [[dossier:WMO-2024-45530]] fam. [[person:Tahiri]] – woningaanpassing? eerst {{org:Staedion}}
Opvolger tot nader order: [[person:Jeroen]], [[phone:070 353 71 04]].
""")

T("""
Notitie: dhr. [[person:Kartodikromo]] ({{wijk:Morgenstond}}) heeft zijn kleinzoon [[person:Dimas]] gevraagd de post te openen. Afgesproken dat ik elke eerste dinsdag van de maand langskom. Eerste keer: [[date:2 juli]].
""")

T("""
Beste [[person:Tamara]],

Hierbij bevestig ik het advies dat je ons op [[date:1 maart]] gaf (melding [[dossier:VTRR-A-24-1902]]). Het gesprek met mw. [[person:Boateng]] heeft op [[date:6 maart]] plaatsgevonden. Mw. heeft bevestigd dat haar partner haar slaat. Zij wil met de kinderen naar een veilige plek; wij hebben contact gezocht met de {{org:Blijf Groep}}. Graag overleggen we vandaag of een melding nu nodig is.

Groet, [[person:Sjoerd Prins]]
{{role:aandachtsfunctionaris}} wijkteam {{wijk:Lombardijen}}
[[phone:010-4912233]]
""")

T("""
Adressenlijst vrijwilligers boodschappendienst {{wijk:Rustenburg-Oostbroek}} (intern)
[[person:Henk Brinkman]] – [[address:Rustenburgweg 75]] – [[phone:070-3665509]]
[[person:Fatma Öztürk]] – [[address:Oostbroekplein 12]] – [[phone:06 2855 9023]]
[[person:Greetje van Dam]] – [[address:Leyweg 204-B]] – geen mobiel, [[phone:070 - 366 18 42]]
Coördinator: [[person:Corrie]] ({{org:Xtra}})
""")
# ---------------------------------------------------------------- part 7 (informal heavy)
T("""
[[person:Priya]]: waar kan ik parkeren bij [[address:Nathaliegang 31]]? 🚗
[[person:Mustafa]]: achter de flat, blauwe zone, schijf niet vergeten
[[person:Priya]]: thx. [[person:dennis]] zei aan de telefoon dat de bel kapot is, ik app hem als ik er ben
""")

T("""
spraakbericht mw [[person:ouhammou]] (uitgeschreven door [[person:sevda]]): "ja hallo met [[person:Fatiha Ouhammou]], ik bel over de afspraak, mijn zoon heeft examen op [[date:maandag 10 juni]] dus ik kan niet, kan het dinsdag? mijn nummer is [[phone:06 19 27 33 04]], dank u, doei"
""")

T("""
hee [[person:linda]], kun je mij het nr van die pools sprekende {{role:vertrouwenspersoon}} sturen? [[person:tomasz]] wil toch aangifte doen tegen zijn werkgever. hij zit nu weer thuis op [[address:Havenstraat 7 A]] in Naaldwijk
""")

T("""
[[person:Joris]]: [[person:femke]] heb jij de sleutel van de bus?
[[person:Femke]]: nope, [[person:bram]] heeft m. hij is bij mw [[person:d.a.]] in de {{wijk:stevenshof}}
[[person:Joris]]: ah ok. ik moet om 2u bij dhr [[person:de jong]] zijn op de [[address:zeemanlaan 3b]], ga ik wel fietsen 🚲
""")

T("""
Dag meneer [[person:Farid]]! Ik heb de brief van de huur niet meer, mijn zoon heeft hem weggegooid 😞 het nummer van mijn huurcontract is [[dossier:2021-0049-VES]] of zo. Kunt u Vestia bellen. [[person:Zarmina]]
""")

T("""
memo aan mezelf: bellen met {{org:Dunea}} voor mw [[person:rahimi]] – klantnummer [[dossier:60 0198 7721]], vragen naar regeling. daarna [[person:farzana]] appen over huiswerkklas (zij heeft whatsapp op [[phone:06-48503317]])
""")

T("""
[[person:Ahmed]]: weet iemand of [[person:sander]] ([[person:schipper]]) zijn intake bij {{org:rivierduinen}} heeft gehad?
[[person:Annelies]]: ja [[date:do 18/7]] 👍 zus heeft mij gebeld
[[person:Ahmed]]: ok fijn. en de datum voor de vervolgafspraak?
[[person:Annelies]]: [[date:1 augustus]]
""")

T("""
ff checken – de {{org:ggd}} wil weten hoe oud de jongste van fam [[person:tahiri]] is ivm de astma-melding. [[person:rayan]] is 2 toch? geb [[date:04-02-2022]] staat in het dossier
""")

T("""
Ha [[person:Wendy]]! Dhr [[person:Gomes]] stond vanochtend om half 8 voor de deur van kantoor 😅 leefgeld was er niet. Heb [[person:Naima]] (bewind) gebeld, blijkt een storing bij de bank. Staat er morgen op. Hij was wel erg boos, beetje geschreeuwd in de hal. Heb hem een kop koffie gegeven en hij is rustig weggegaan. Groetjes [[person:Dilan]]
""")

T("""
zorg: buurman van mw [[person:visser]] (niet de {{wijk:duindorp}} [[person:visser]], die van de [[address:fahrenheitstraat 21]]!) belt dat ze al 2 dagen geen gordijnen open heeft gedaan. iemand die langs kan?? – [[person:gj]]
""")

T("""
[[person:Storm]]: dames en heren, [[person:Jamie-Lee]] heeft een huis!!! 🎉🎉 [[address:Oosterheemplein 48]], sleutel op [[date:1 september]]
[[person:Priya]]: YES!!! wat goed
[[person:Mustafa]]: toppie 👏
[[person:Hennie]]: 🥳
""")

T("""
wie heeft dhr [[person:ahmadzai]]?? zijn dochter [[person:Mariam]] staat aan de lijn, vraagt naar de toestemming. kan iemand haar terugbellen op [[phone:06 2611 0488]]
""")

T("""
[[person:Bilal]] appte mij (ik was ziek):
"hey [[person:Khalid]] ik ben toegelaten bij het MBO in de Leyweg vanaf [[date:2 september]] 😁 moeder is heel blij. ga ook werken bij de {{org:AH}} op zaterdag"
→ graag doorgeven aan [[person:Nadia]]
""")

T("""
notitie huisbezoek (in auto ingesproken) – mw [[person:kartosen]], [[address:rijndijk 112]]... ik bedoel de [[address:hoge rijndijk 112]]. kids naar school, moeder werkt nu 20 uur bij de thuiszorg. alles ok, dossier kan dicht. [[person:joris]]
""")

T("""
Yo [[person:Youssef]], mail van [[person:Gert-Jan]] doorgestuurd over mw. [[person:Bakker]] ([[address:Escamplaan 1107]]). {{org:Eneco}} wil eerst € 200 zien voor ze de stroom weer aanzetten. Kan dat uit het noodfonds? Zo ja, graag overmaken naar haar eigen rekening [[iban:*INGB_]], dan betaalt ze het zelf door o.v.v. klantnummer [[dossier:200618854]]
""")

T("""
Hoi! Klein vraagje: wat is ook alweer het mailadres van de {{role:leerplichtambtenaar}} in {{wijk:Leiden-Noord}}? Ik heb [[email:leerplicht@leiden.nl]] maar ik krijg niks terug. Het gaat om [[person:Jaïra]] ([[person:Martina]]). – [[person:Hester]]
""")

T("""
Vr 17:05 – [[person:Nadia]]: fijn weekend allemaal! ik ben maandag vrij. noodgevallen: [[person:Bart]] ([[phone:06-10 44 27 89]])
""")

T("""
kladje gesprek mw [[person:jama]] [[date:25/6]]
- uht brief binnen ([[dossier:UHT-2024-0481173]])
- huur juli nog niet betaald
- dochter [[person:ayaan]] (20) wil zelf ook schulden laten checken
- nieuw tel mw: [[phone:06 58 01 22 96]]
""")

T("""
Reactie onder les "Een buurtkamer tegen eenzaamheid" – [[person:Ramona]] ({{org:Radius}}, Leiden)
Wat mooi dat [[person:Wil]] dit zelf is begonnen! Bij ons in de {{wijk:Merenwijk}} liep zo'n koffieochtend vast toen de organisatrice verhuisde. Hoe borgen jullie dat het doorgaat? Is er een 'reserve-[[person:Wil]]'? 😉
""")

T("""
appje van {{role:wijkagent}} [[person:Ton]]: "de man die mw [[person:kuiper]] haar pas afhandig maakte heeft aangifte aan zijn broek. [[person:R.S.]] geb [[date:12-10-1979]], bekende van ons. hou haar adres in de gaten ([[address:Van Aalstlaan 41]])"
""")
# ---------------------------------------------------------------- part 8
T("""
Praktijkles: werken met een gezin dat 'er officieel niet is'
Westland ({{wijk:Monster}}, {{wijk:Poeldijk}}) · thema jeugd/wonen · [[person:Bogdan Petrov]], {{role:schuldhulpverlener}} {{org:Gemeente Westland}}

Een Bulgaars gezin woonde twee jaar in een kamer boven een garage. Vader werkte in de kassen, moeder deed schoonmaakwerk, de twee kinderen gingen niet naar school, omdat het gezin niet in de BRP stond. Niemand wist van hen, behalve de buurvrouw, die ons belde toen de jongste ziek werd.
Wat we deden: eerst vertrouwen (ik spreek Bulgaars, dat scheelde), dan inschrijven, dan school. De inschrijving kostte drie bezoeken aan het gemeentehuis, omdat de huisbaas geen toestemming gaf om op zijn adres te registreren. Uiteindelijk hebben we het gezin via een briefadres bij {{org:Vitis Welzijn}} ingeschreven.
Wat we leerden: in het Westland is 'onzichtbaarheid' vaak het eerste probleem, nog vóór geld of gezondheid. Een gewone vraag als 'waar staat u ingeschreven?' opent de deur.
Met dank aan [[person:Ewa]] en [[person:Marco]] van {{org:Vitis Welzijn}} en aan [[person:Peter]] van Burgerzaken.
Reageren: [[email:b.petrov@gemeentewestland.nl]]
""")

T("""
Notulen MDO {{org:Sociaal Team}} {{wijk:Palenstein}} – [[date:donderdag 23 mei 2024]]
Aanwezig: [[person:Farid Benali]] (vz), [[person:Saskia de Vos]] ({{org:Piëzo}}), [[person:Joke Hulshof]] ({{org:VluchtelingenWerk}}), [[person:Arjen]] ({{role:wijkagent}}), [[person:Yasmina]] ({{org:CJG}})

1. Fam. [[person:Rahimi]] – [[dossier:STZ-2024-0388]]
Gezinshereniging: IND-beslissing verwacht na de zomer. Mw. slaapt slecht, piekert over haar man. [[person:Joke]] stelt voor: lotgenotengroep Afghaanse vrouwen in het {{org:Stadhuis Forum}}. [[person:Farzana]] draait goed mee in de huiswerkklas. Financieel: aanmelding schuldhulp ingediend op [[date:24-04]], intake op [[date:4 juni]].
2. Dhr. [[person:Van der Hoop]] – [[dossier:STZ-2024-0201]]
Stabiel. Omgang met dochter [[person:Lotte]] loopt weer. Schuldregeling via {{org:Kredietbank}}. Afschalen naar lichte ondersteuning per [[date:1 juli]].
3. Signalen uit de wijk
[[person:Arjen]]: twee meldingen van jongeren die 's avonds in het trappenhuis van [[address:Parkdreef 100]] blowen. [[person:Yasmina]] pakt het op met het jongerenwerk.
Volgende keer: [[date:6 juni]].
""")

T("""
Aan: {{org:Pameijer}}, aanmeldpunt Rotterdam-Zuid
Rotterdam, [[date:26 juni 2024]]

Betreft: aanmelding ambulante woonbegeleiding – dhr. [[person:Kevin Pameijer]]

Geachte heer, mevrouw,

Toevallig draagt onze cliënt dezelfde achternaam als uw organisatie; hij is geen familie van de oprichters, verzekert hij ons met een grijns. Dhr. [[person:Kevin Pameijer]] (geb. [[date:02-12-1997]]) woont sinds een half jaar zelfstandig op [[address:Mijnsherenlaan 214b]], [[postcode:3081 GN]] Rotterdam. Hij heeft een licht verstandelijke beperking en raakt het overzicht kwijt over geld, post en afspraken. Zijn moeder, mw. [[person:Els Pameijer]], is zijn mantelzorger maar woont in Zeeland.
Wij vragen 4 uur begeleiding per week. De Wmo-beschikking (nr. [[dossier:ROT-WMO-24-119832]]) is afgegeven op [[date:12 juni]].

Met vriendelijke groet,
[[person:Dilan Arslan]], wijkteam {{wijk:Charlois}}
[[phone:06-44 21 90 17]]
""")

T("""
Van: [[person:Laurens van Beek]] <[[email:l.vanbeek@laurens.nl]]>
Aan: wijkteam {{wijk:Vreewijk}}
Onderwerp: dhr. [[person:Snoek]] – ontslag uit revalidatie

Beste collega's,

Ja, ik heet echt [[person:Laurens]] en ik werk bij {{org:Laurens}}, grapje dat nooit went. Dhr. [[person:Willem Snoek]] (89) wordt op [[date:vrijdag 14 juni]] ontslagen uit onze revalidatieafdeling in Rotterdam-Zuid. Hij gaat terug naar zijn woning aan de [[address:Lange Hilleweg 290]]. Thuiszorg via {{org:Aafje}} start dezelfde dag. Zijn enige contactpersoon is zijn neef [[person:Dick Snoek]], [[phone:06-5318 2749]], die in Den Bosch woont.
Wij maken ons zorgen over de eenzaamheid. Kunnen jullie een {{role:welzijnscoach}} inzetten?

Met vriendelijke groet,
[[person:Laurens van Beek]], {{role:transferverpleegkundige}}
""")

T("""
Schuldenoverzicht [[person:T. Groen]] – {{org:Schuldhulpmaatje Delft}} – [[date:2 juli 2024]]
Webshop A (achteraf betalen) – [[dossier:AB-99871237]] – € 1.288,50
Webshop B – [[dossier:ORD-2023-118427]] – € 312,00
{{org:KPN}} (telefoon) – klantnr [[dossier:1.3988 7120]] – € 1.054,11
{{org:DUO}} (reisproduct) – [[dossier:DUO 8811 2023]] – € 1.980,00
Huisgenoot (geleend) – – € 400,00
Totaal € 5.034,61
Eigen rekening: [[iban:*BUNQ_]] | maatje: [[person:Gerard]]
""")

T("""
Intake {{org:SWT}} {{wijk:Ypenburg}}
Datum: [[date:15 april 2024]]
Cliënt: [[person:Shirley Kromodimedjo]], 44, alleenstaand, 2 tieners
Adres: [[address:Laan van Hoornwijck 88]], [[postcode:2497 AE]] Den Haag
Tel.: [[phone:070-7370128]]
Aanleiding: mw. heeft haar baan als {{role:doktersassistente}} verloren na langdurige ziekte (long covid). Inkomen valt terug naar WW, hypotheek wordt te zwaar. Ze schaamt zich tegenover buren en familie.
Hulpvraag: overzicht in geld, advies over de woning, iemand om mee te sparren.
Gesproken met: [[person:Kees Bakker]] ({{role:budgetcoach}}), die een vervolgafspraak maakt voor [[date:22/4]].
""")

T("""
Onderwerp: studentenkamer dhr. [[person:Van Dalen]] – zorgen

Beste {{org:DUWO}},

Met toestemming van [[person:Jesse van Dalen]] (22, student TU Delft, kamer [[address:Balthasar van der Polweg 312]]) neem ik contact op. Hij heeft een psychose gehad en is net terug na een opname bij {{org:GGZ Delfland}}. Zijn huurachterstand (3 maanden) is ontstaan tijdens de opname. Zijn ouders betalen de achterstand vóór [[date:1 augustus]]. Wij vragen u de ingezette procedure stil te zetten.

Met vriendelijke groet,
[[person:Loes Brouwer]]
{{role:sociaal werker}}, {{org:Sociaal Wijkteam Delft}} ({{wijk:Wippolder}})
[[phone:06 34 71 20 55]]
""")

T("""
Melding Wmo (Zoetermeer)
Datum melding: [[date:17-06-2024]]
Naam: mw. [[person:Greet Kuiper]], geb. [[date:04-09-1938]]
Adres: [[address:Van Aalstlaan 41]], [[postcode:2717 CT]] Zoetermeer
Contactpersoon: dochter [[person:Anja Kuiper]], [[phone:030-2717384]]
Hulpvraag: hulp bij financiën en dagstructuur; mw. is kwetsbaar voor misbruik
Gemeld door: [[person:Priya Bisessar]] ({{role:casusregisseur}})
Registratienummer: [[dossier:ZM-WMO-24-06612]]
""")

T("""
Praktijkles: de ervaringsdeskundige als brug
{{wijk:Stevenshof}} / {{wijk:Slaaghwijk}} · thema bemoeizorg · [[person:Bram Koning]], {{role:ervaringsdeskundige}} {{org:Buurtteam}} Leiden

Ik heb zelf acht jaar op straat en in de opvang geleefd. Als ik aanbel, zeg ik dat niet meteen, maar ik merk dat mensen het ruiken. Eén man liet mij binnen terwijl hij mijn collega's al een jaar wegstuurde. Hij vertelde later: "Jij keek niet naar mijn rommel, jij keek naar mijn foto's."
Tips: 1) laat de ervaringsdeskundige niet alleen 'de moeilijke gevallen' doen. 2) Geef hem of haar een echte plek in het MDO. 3) Let op je eigen grenzen; ik heb intervisie bij [[person:Ramona]] van {{org:Radius}}.
Contact: [[email:b.koning@buurtteamleiden.nl]] / [[phone:06-28 17 55 04]]
""")

T("""
Rapportage [[date:maandag 1 juli]] – {{wijk:Vreewijk}}
Eerste huisbezoek bij dhr. [[person:Snoek]] na ontslag uit {{org:Laurens}}. Thuiszorg komt 2x per dag. Dhr. zat in zijn stoel bij het raam, keek uit op de tuin. "De buurman van vroeger, [[person:Koos]], is dood. Er is niemand meer." Hij wil wel naar de ontmoetingsochtend in de kerk, als iemand hem brengt. Ik vraag de vrijwilligerscentrale.
Neef [[person:Dick]] gebeld: komt één keer per maand. [[date:Zaterdag 13 juli]] komt hij.
""")

T("""
Szanowna Pani / Geachte mevrouw [[person:Wiśniewska]],

Dziękujemy za telefon. / Dank voor uw telefoontje.
Uw collega [[person:Tomasz Zieliński]] kan voor hulp terecht bij het {{org:Juridisch Loket}} en bij de {{org:FNV}}. Wij hebben een afspraak gemaakt op [[date:wtorek 11 czerwca]] ([[date:dinsdag 11 juni]]) om 15.00 uur in het gemeentehuis in Naaldwijk.
Tłumacz będzie obecny. / Er is een tolk aanwezig.

Met vriendelijke groet / Z poważaniem,
[[person:Bogdan Petrov]], {{org:Gemeente Westland}}
""")

T("""
MDO {{org:Buurtteam}} {{wijk:Merenwijk}} – verslag [[date:4 juli 2024]]
Kort: 4 casussen, 2 afgesloten.
- [[person:Haile]]: terug thuis na opname. {{org:UWV}} nieuwe datum herbeoordeling [[date:3 oktober]]. Neef [[person:Tesfay]] nu officieel contactpersoon (toestemming getekend [[date:28-06]]).
- [[person:Schipper]]: intake {{org:Rivierduinen}} gedaan, behandeling start na de zomer. Zus [[person:Marjolein]] betrokken.
- [[person:Nowak]]: vader nog tot [[date:30 september]] gedetineerd; huur betaald via bijzondere bijstand. Afgesloten door [[person:Annelies]].
- Gezin [[person:Martina]]: afgesloten, nazorg {{org:Jeugdteam Leiden}}.
""")

T("""
Schuldenoverzicht — dhr. [[person:Kemal Aydın]] en mw. [[person:Sibel Aydın-Kaya]] — [[date:11-04-2024]]
Gezamenlijke rekening: [[iban:*INGB_]]

Schuldeiser             | Kenmerk               | Bedrag     | Opmerking
{{org:Staedion}}                | [[dossier:STA-2011-72419]]        | € 3.150,00 | ontruiming dreigt
{{org:Belastingdienst}}         | [[dossier:6543.21.098.T.30]]      | € 2.722,00 | toeslagen
{{org:Zilveren Kruis}}          | [[dossier:ZK-731120]]             | €   912,40 | beide partners
{{org:Vodafone}}                | [[dossier:NL-VF-20077431]]        | €   265,00 |
{{org:CJIB}}                    | [[dossier:4412 8870 3319 0051]]   | €   180,00 | parkeerboete
Familie (broer dhr.)    | –                     | € 2.000,00 | geen haast
Totaal                                          € 9.229,40
""")

T("""
Verslag expertmeeting pilot – [[date:16 april]], Stadhuis Den Haag
Sprekers: prof. [[person:E. Hermsen]]? Nee, die was ziek. Wel: dr. [[person:Jolanda Mes]] ({{org:Hogeschool Leiden}}) over bemoeizorg en [[person:Rutger]] van {{org:GGD Haaglanden}} over de OGGZ-keten.
Deelnemers: 19 van de pilotgroep, 6 gasten uit Zoetermeer en Delft.
Opvallend: de teams uit {{wijk:Escamp}} en {{wijk:Laak}} gebruiken allebei 'eerst de koelkast'; [[person:Yvonne Brouwer]] vertelde over haar les.
Volgende stap: slotbijeenkomst [[date:18 juni]], iedere deelnemer levert één les aan vóór [[date:1 juni]].
""")

T("""
Netwerkberaad fam. [[person:Kromodimedjo]] – [[date:zaterdag 27 april]]
Bij mw. thuis ([[address:Laan van Hoornwijck 88]]). Aanwezig: mw. [[person:Shirley]], broer [[person:Ricardo]], tante [[person:Sonja]], buurvrouw [[person:Nel]], vriendin [[person:Anouska]], zoon [[person:Jordy]] (16). Begeleiding: [[person:Kees]] ({{role:budgetcoach}}).
Opbrengst: broer helpt met de hypotheekgesprekken; tante kookt op dinsdag; buurvrouw haalt de post als mw. in het ziekenhuis ligt. [[person:Jordy]] wil een bijbaantje en zijn eigen telefoon betalen.
""")

T("""
Aan: {{org:CAK}}, afdeling Wanbetalers
Datum: [[date:07-06-2024]]
Betreft: verzoek beëindiging bestuursrechtelijke premie – mw. [[person:D. Ionescu]], BSN [[bsn:*]], geb. [[date:18-09-1994]]

Geachte heer, mevrouw,

Cliënte heeft per [[date:01-06-2024]] een nieuwe zorgverzekering afgesloten bij {{org:VGZ}} (polisnr. [[dossier:4021887013]]) en is aangemeld bij de gemeentelijke schuldhulpverlening. Wij verzoeken u de bestuursrechtelijke premie te beëindigen.

Met vriendelijke groet,
[[person:Jolanda Wessels]], {{org:Gemeente Westland}}, [[phone:0174 - 673 400]]
""")

T("""
Praktijkles: jongeren, straat en het Antilliaanse netwerk
Wijk: {{wijk:Charlois}} · thema jeugd · [[person:Dilan Arslan]] & [[person:Erwin Statia]]

Veel jongvolwassen Antilliaanse mannen in onze wijk komen niet uit zichzelf naar het wijkteam. Wat wel werkt: de kapper, het buurthuis en de moeders. [[person:Erwin]], zelf opgegroeid in {{wijk:Oud-Charlois}}, houdt elke donderdag 'spreekuur' bij een kapperszaak aan de Wolphaertsbocht.
Leerpunt: formele brieven werken niet. Eén jongen had 11 brieven van het {{org:CJIB}} ongeopend liggen, maar beantwoordde een appje van [[person:Erwin]] binnen een minuut.
""")

T("""
Verwijzing thuisadministratie {{org:Humanitas}} Zoetermeer
Cliënt: dhr. [[person:H.A. de Ruiter]], [[address:Meerzichtlaan 210]], [[postcode:2713 RT]] Zoetermeer, [[phone:079 - 316 25 40]]
Leeftijd 81, weduwnaar sinds [[date:12 januari]]; zijn vrouw deed altijd de administratie.
Vraag: hulp bij het openen en ordenen van post, eenmalig hulp bij aangifte inkomstenbelasting.
Verwijzer: [[person:Esther Post]], [[email:e.post@voorwelzijn.nl]]
""")

T("""
Schuldenoverzicht [[person:Karolina Nowak]] (Leiden) – stand [[date:1-7-2024]]
- huur {{org:De Sleutels}}: € 1.920 ([[dossier:DS-443018]]) → bijzondere bijstand aangevraagd
- energie: € 410 (klantnr [[dossier:508991276]])
- rekening [[iban:*PL_]] (Poolse bank, oud, nog € 230 rood)
- NL-rekening mw.: [[iban:*ASNB]]
""")

T("""
Rapportage {{wijk:Wippolder}} [[date:do 4-7]]
Gesprek met [[person:Jesse]] en zijn moeder ([[person:Marianne van Dalen]]) in de studentenkamer. {{org:DUWO}} heeft de procedure stilgezet. [[person:Jesse]] wil zijn studie volgend jaar hervatten; de studieadviseur van de TU is op de hoogte. Moeder blijft eerste contactpersoon: [[phone:0252-418873]].
""")

T("""
Van: [[person:Rignald Girigorie]] <[[email:rgirigorie63@hotmail.com]]>
Aan: [[person:Wendy Doelman]]
Onderwerp: bedankt

Goedemiddag mevrouw [[person:Wendy]],

Ik wil u bedanken voor alles. Het nieuwe huis is goed, geen trappen meer. Mijn dochter [[person:Shanaya]] komt volgende maand met de kleinkinderen. Als u een keer in de buurt bent, de koffie staat klaar op nummer 71.

Met vriendelijke groet,
[[person:R. Girigorie]]
[[phone:06 - 29 00 47 61]]
""")

T("""
MEMO
Aan: team {{wijk:Loosduinen}}
Van: [[person:Corrie]] ({{org:Xtra}})
Datum: [[date:19-02-2024]]
Mw. [[person:Tine de Winter]] (buurvrouw van [[person:Van den Berg]]) meldt zichzelf nu ook aan: ze is 78, kan het niet meer aan. Adres [[address:Margaretha van Hennebergweg 24]]. Graag iemand anders dan ik, want ik ken haar privé.
""")
# ---------------------------------------------------------------- part 8b (addresses/phones, long context)
T("""
Praktijkles: de wachtkamer van de Afrikaanderwijk
Wijk: {{wijk:Afrikaanderwijk}} / {{wijk:Bloemhof}} · thema: toegang · Auteur: [[person:Joanna Semedo]], [[date:9 september 2024]]

In 2022 merkten we dat bewoners van de {{wijk:Afrikaanderwijk}} nauwelijks bij het wijkteam kwamen, terwijl de problemen groot waren: 38 procent van de huishoudens heeft een laag inkomen, veel mensen spreken beperkt Nederlands, en het kantoor zat een kwartier lopen verderop, achter een beveiligde deur. We zijn toen elke dinsdagochtend gaan zitten op de markt op het Afrikaanderplein, met een statafel, koffie en een bordje in vijf talen.
De eerste weken kwam er niemand. In week zes vroeg een vrouw van in de zestig of we 'iets met de {{org:Belastingdienst}}' konden. Een maand later stonden er rijen. In één jaar spraken we 412 mensen; ongeveer een op de drie kwam later naar het kantoor voor een vervolg.
Wat werkte: herkenbaarheid (elke week dezelfde gezichten), samenwerken met de moskee en de Kaapverdiaanse kerk, en tolken uit de buurt. Wat niet werkte: folders. Die lagen na afloop nog op tafel.
Let op voor andere teams: een markt is geen spreekkamer. We maken alleen afspraken en schrijven geen persoonsgegevens op ter plekke. Een uitzondering maakten we voor dhr. [[person:Monteiro]], die met een ontruimingsbrief in zijn hand stond; hij woonde op [[address:Paul Krugerstraat 156c]] en de ontruiming stond voor [[date:donderdag 27 oktober]].
Vragen? Bel mij direct: [[phone:010 - 498 65 12]] (ik zit bij wijkteam {{wijk:Feijenoord}}).
""")

T("""
Sleutelkluisjes (code via teamleider)
- [[address:Jacob Catsstraat 3 bis]], [[postcode:2521 JE]] – mw. [[person:M.]]
- [[address:Hobbemastraat 87-II]], [[postcode:2526 JC]]
- [[address:Vissershavenweg 23a]], [[postcode:2583 DL]]
- [[address:Zuiderparklaan 311]], [[postcode:2574 HJ]] – alleen op afspraak
- [[address:Melis Blekstraat 14]], [[postcode:2521 NE]]
Bijgewerkt [[date:02-07-2024]]
""")

T("""
Verslag buurtbemiddeling ({{org:Buurtbemiddeling Zoetermeer}})
Partijen: bewoners van [[address:Eleonora van Engelandhof 17]] en [[address:Eleonora van Engelandhof 19]], {{wijk:Buytenwegh}}
Datum gesprek: [[date:12 maart 2024]], 19.30 uur, buurthuis
Onderwerp: geluidsoverlast (muziek, harde deuren), een hond die blaft als de eigenaar naar zijn werk is.
Resultaat: afspraken op papier, muziek uit om 22.00 uur, hondenoppas overdag. Evaluatie over 6 weken.
Bemiddelaars: [[person:Greet]] en [[person:Omar]] (vrijwilligers)
""")

T("""
Onderwerp: storing – nieuwe nummers team {{wijk:Voorhof}}

Ha allemaal, door de overstap naar de nieuwe telefonie zijn onze vaste nummers tot [[date:1 augustus]] niet bereikbaar. Tijdelijk:
[[person:Joyce]] – [[phone:06 41 77 20 39]]
[[person:Saskia]] – [[phone:06-4177 2040]]
[[person:Gijs]] – [[phone:+31 6 41 77 20 41]]
[[person:Loes]] – [[phone:06 41772042]]
Geef het door aan je cliënten als het nodig is. Het algemene nummer 14 015 werkt gewoon.
""")

T("""
Brief {{org:Woonbron}} (samenvatting voor dossier)
Datum brief: [[date:3 juni 2024]]
Woning: [[address:Poptahof Noord 180]], [[postcode:2624 RN]] Delft
Huurders: dhr. [[person:Chen]] en mw. [[person:Lin]]
Inhoud: renovatie van de flat start in het najaar; bewoners moeten zes weken tijdelijk verhuizen naar een wisselwoning op [[address:Poptahof Zuid 41]]. Verhuisvergoeding € 7.071.
Actie: [[person:Ling]] legt het in het Mandarijn uit, samen met de {{role:bewonersconsulent}} van {{org:Woonbron}}.
""")

T("""
teamuitje 🎳 [[date:vrijdag 13 sept]] om 16u bij de bowling. wie rijdt? [[person:Hester]] heeft plek voor 3, verzamelen bij [[address:Kooilaan 220]]?? nee dat is een cliënt haha 😳, gewoon bij kantoor
""")

T("""
Intake {{org:Gemeente Westland}} – {{wijk:Kwintsheul}}
Datum: [[date:28 augustus 2024]]
Naam: [[person:Youssef El Ouardi]], 63 jaar, werkte 30 jaar in de glastuinbouw
Adres: [[address:Heulweg 21]], [[postcode:2295 KE]] Kwintsheul
Tel: [[phone:0174 - 29 47 16]] / zoon [[person:Anouar]] [[phone:06-45031872]]
Vraag: versleten rug, WIA afgewezen, geen idee wat er met zijn pensioen gebeurt. Vrouw is in 2019 overleden. Huis is koop, hypotheek bijna afgelost.
Afgesproken: samen met [[person:Anouar]] alle papieren doornemen op [[date:4 september]].
""")

T("""
Rapportage {{wijk:Morgenstond}} – [[date:2 juli 2024]] – [[person:Rajesh]]
Eerste 'post-dinsdag' bij dhr. [[person:Kartodikromo]] ([[address:Hengelolaan 612]]). 23 enveloppen. Twee urgent: een herinnering van het {{org:CAK}} (€ 61,40) en een brief van de {{org:SVB}} over zijn AOW-aanvulling. Rest reclame. Dhr. vertelde uitgebreid over Suriname, waar hij in 1975 vertrok, en over zijn werk bij de PTT. Kleinzoon [[person:Dimas]] kwam aan het eind even binnen.
""")

T("""
Nieuwsbrief {{org:SWT}} {{wijk:Transvaal}} – juni
• Welkom aan [[person:Ebru Şahin]], onze nieuwe {{role:Wmo-adviseur}} (vanaf [[date:1 juli]]).
• Afscheid van [[person:Esra]]: bedankt voor vier mooie jaren! Borrel op [[date:27 juni]] om 16.30.
• Spreekuur {{org:Servicepunt XL}} is verhuisd naar het {{org:wijkcentrum}} aan de Paul Krugerlaan.
• Herinnering: nieuwe cliënten altijd de toestemmingsverklaring laten tekenen!
Vragen: [[email:swt.transvaal@denhaag.nl]]
""")

T("""
Beste [[person:Ilse]],
Ik heb het formulier voor de woningaanpassing van mw. [[person:Roos Bakker]] ingevuld. Ergotherapeut komt [[date:donderdag 11 juli]] tussen 9 en 12. Adres is nog steeds [[address:Zuidlarenstraat 58]], [[postcode:2545 VK]]. Ze vroeg of haar zus erbij mag zijn; dat is goed.
Groet, [[person:Thijs]]
""")
# ---------------------------------------------------------------- part 8c (extra informal + address/date heavy)
T("""
wie kan er do [[date:18/7]] mee naar de zitting van mw [[person:sabajo]]? ik heb tegelijk de intake op de [[address:pleinweg 190]]. 🙏
""")

T("""
ff een rare: er staat een man bij de balie die zegt dat hij de broer is van dhr [[person:hoogendoorn]] en de sleutel van de [[address:roggeveenstraat 62]] wil. geen toestemming in het dossier. ik geef niks mee toch? – [[person:tim]]
""")

T("""
reminder: morgen geen spreekuur in {{wijk:Oosterheem}} ivm [[date:maandag 26 augustus]] teamdag. cliënten die toch komen doorsturen naar het stadhuis? nee, laat maar, gewoon nieuwe afspraak maken
""")

T("""
@[[person:Linda]] @[[person:Bogdan]] fam. uit {{wijk:Honselersdijk}} (de Roemeense, [[address:Dijkweg 88-b]]) is weg. huis leeg, buren weten niks. laatste contact [[date:12 aug]]. dossier op slot zetten?
""")

T("""
haha [[person:mustafa]] je hebt in de notulen 'mw. [[person:bakker]] gaat naar de bakker' gezet, zo staat het er echt 😂 aanpassen voor het naar [[person:priya]] gaat pls
""")

T("""
Beste collega's,

Voor de evaluatie van het afgelopen halfjaar vraag ik jullie om vóór [[date:vrijdag 30 augustus]] de volgende gegevens aan te leveren: aantal nieuwe aanmeldingen per maand, gemiddelde doorlooptijd en het aantal afgesloten trajecten. Géén namen of adressen in het overzicht, alleen aantallen per wijk ({{wijk:Seghwaert}}, {{wijk:Oosterheem}}, {{wijk:Palenstein}}, {{wijk:Meerzicht}}, {{wijk:Rokkeveen}}, {{wijk:Buytenwegh}}).
Tot nu toe (januari t/m juni): 214 aanmeldingen, waarvan 61 met schulden als hoofdprobleem en 38 met huiselijk geweld als signaal. De gemiddelde leeftijd van onze cliënten is 47 jaar.
Vragen? Ik ben bereikbaar op [[phone:079 - 346 80 02]].

[[person:Marloes Verhoeven]]
{{role:teamleider}} {{org:Sociaal Team Zoetermeer}}
""")

T("""
Kennisplatform – ingezonden les (concept, nog niet gecontroleerd op persoonsgegevens!)
Titel: "Verhuizen als je 91 bent"
Auteur: [[person:Tine Verbeek]], {{role:ouderenconsulent}} {{wijk:Leyenburg}}

In maart 2023 kreeg een vrouw van 91 te horen dat haar flat gesloopt zou worden. Ze woonde er sinds 1968. Ze weigerde elk gesprek met de corporatie. Wat hielp: we zijn met haar en haar buurvrouw (ook 80-plus) samen gaan kijken in de nieuwbouw, twee straten verderop. Ze kozen twee woningen naast elkaar.
Op [[date:15 januari 2024]] was de verhuizing. Mw. [[person:Jacobs]] zei na afloop: "Ik dacht dat ik hier zou doodgaan, maar nu wil ik nog even blijven." Haar nieuwe adres is [[address:Leyweg 1210]], [[postcode:2545 GZ]].
Leerpunt: laat oudere bewoners samen verhuizen als ze dat willen; een buurvrouw is soms belangrijker dan een lift.
(Noot redactie: naam en adres verwijderen vóór publicatie.)
""")


# ---------------------------------------------------------------- build + verify
def luhn11_ok(bsn):
    d = [int(c) for c in bsn if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "heldout64.jsonl")
    records = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        rid = "ho64-%04d" % i
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (rid, s)
            assert s["text"] == s["text"].strip() and s["text"], (rid, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", rid, a, b)
        assert pii, ("no pii", rid)
        for s in pii:
            if s["label"] == "bsn":
                assert luhn11_ok(s["text"]), (rid, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (rid, s)
        records.append({"id": rid, "text": text, "pii": pii, "keep": keep})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out_path, records


def stats(records):
    from collections import Counter

    pc, kc = Counter(), Counter()
    words = []
    for r in records:
        pc.update(s["label"] for s in r["pii"])
        kc.update(s["label"] for s in r["keep"])
        words.append(len(r["text"].split()))
    total = sum(pc.values())
    print(
        "texts:",
        len(records),
        " words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print(
        "pii:",
        total,
        dict(pc.most_common()),
        " person share %.1f%%" % (100.0 * pc["person"] / total),
    )
    print("keep:", sum(kc.values()), dict(kc.most_common()))
    return pc, kc


if __name__ == "__main__":
    path, recs = build()
    pc, kc = stats(recs)
    low = [l for l in sorted(PII) if pc[l] < 15]
    if low:
        print("WARNING: labels under 15:", low)
    print("written", path)
