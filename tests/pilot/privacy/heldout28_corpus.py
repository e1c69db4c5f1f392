#!/usr/bin/env python3
"""Held-out corpus 28: administrative / formal documents around wijkteam clients.
Deterministic: writes heldout28.jsonl next to this script."""

import json, os, random, re

RNG = random.Random(28)
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


def gen_bsn(fmt):
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 < 10:
            d.append(d9)
            break
    s = "".join(map(str, d))
    assert (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0
    if fmt == ".":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == " ":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def gen_iban(spec):
    spaced = spec.endswith(" ")
    lower = spec.endswith("l")
    bank = spec.strip().rstrip("l") or "INGB"
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    iban = "NL%02d%s%s" % (chk, bank, acct)
    num2 = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    assert int(num2) % 97 == 1
    if spaced:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if lower:
        iban = iban.lower()
    return iban


STOP = {"van", "der", "den", "het", "ter", "de", "la", "el", "dos", "do"}
PROPAGATED = []


def propagate(text, pii, keep):
    """Label further exact-case, whole-word occurrences of name parts already marked."""
    covered = set()
    for sp in pii + keep:
        covered.update(range(sp["start"], sp["end"]))
    toks = set()
    for sp in pii:
        if sp["label"] == "person":
            for w in re.findall(r"[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)*", sp["text"]):
                if len(w) >= 3 and w.lower() not in STOP:
                    toks.add(w)
    for w in sorted(toks, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text):
            if not any(i in covered for i in range(m.start(), m.end())):
                pii.append({"start": m.start(), "end": m.end(), "label": "person", "text": w})
                covered.update(range(m.start(), m.end()))
                PROPAGATED.append(
                    (w, text[max(0, m.start() - 25) : m.end() + 15].replace("\n", " "))
                )
    pii.sort(key=lambda x: x["start"])


TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def build(marked):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1):
            lab, val = m.group(1), m.group(2)
            if val.startswith("#") and lab == "b":
                val = gen_bsn(val[1:])
            elif val.startswith("#") and lab == "i":
                val = gen_iban(val[1:])
            pii.append({"start": n, "end": n + len(val), "label": PII[lab], "text": val})
        else:
            lab, val = m.group(3), m.group(4)
            keep.append({"start": n, "end": n + len(val), "label": KEEP[lab], "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    propagate(text, pii, keep)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
    return text, pii, keep


T = []
# ---- batch 1: verwijsbrieven, intakeformulieren ----
T += [
    """VERWIJSBRIEF

Aan: {{o:Parnassia}}, {{o:FACT-team}} {{w:Escamp}}
t.a.v. de {{r:psychiater}}, dr. [[p:M. Oudshoorn]]
Betreft: mevrouw [[p:S. Ramdin-Mangal]], geb. [[d:14-02-1971]]
BSN: [[b:#]]
Adres: [[a:Zuidlarenstraat 88]], [[pc:2545 VM]] Den Haag

Geachte collega,

Hierbij verwijzen wij bovengenoemde cliënte naar uw team. Mevrouw is sinds het voorjaar bekend bij het {{o:sociaal wijkzorgteam}} {{w:Bouwlust/Vrederust}}. Zij vermijdt zorg, laat post ongeopend en heeft een huurachterstand van ca. € 2.300 bij {{o:Staedion}}. De {{r:huisarts}}, dokter [[p:Hoogendijk]], heeft op [[d:2 april 2024]] toestemming gegeven voor deze verwijzing. Mevrouw heeft de toestemmingsverklaring getekend.

Met collegiale groet,
[[p:Jeroen Plasmeijer]], {{r:casusregisseur}}
T [[t:06-41873302]]""",
    """intakeformulier swt {{w:Laak}}
naam client: [[p:yusuf demirtas]]
geb.datum: [[d:03/09/1958]]
bsn: [[b:#.]]
adres: [[a:Rijswijkseweg 412-3]]  pc: [[pc:2516HK]]
tel: [[t:0619224517]]  mail: [[e:ydemirtas58@hotmail.com]]
huisarts: dr [[p:van Leeuwen]] ({{o:gzc Laakkwartier}})
hulpvraag: wil hulp bij formulieren, brieven van {{o:Belastingdienst/Toeslagen}} snapt hij niet. vrouw ([[p:Hatice]]) overleden in januari, sindsdien alleen.
netwerk: zoon [[p:Emre]] woont in Zoetermeer, komt 1x per mnd
ingevuld door: [[p:Lotte]] ({{r:mw}}) op [[d:11-3]]""",
    """Den Haag, [[d:17 januari 2025]]

Aan het {{o:Wmo-loket}} van de {{o:gemeente Den Haag}}
Onderwerp: aanmelding de heer [[p:P.J. Visser]], [[a:Melis Stokelaan 1190]]

Geachte heer/mevrouw,

Namens het {{o:SWT}} {{w:Moerwijk}} melden wij de heer Visser (79) aan voor een onderzoek naar ondersteuning thuis. Meneer woont zelfstandig op de tweede verdieping zonder lift, valt regelmatig en kan de trap nauwelijks nog op. Zijn dochter [[p:Ingrid de Wit-Visser]] is mantelzorger maar woont in Groningen. De {{r:wijkverpleegkundige}} van {{o:Florence}}, [[p:Anke Bos]], ziet meneer twee keer per week.

Wij vragen u contact op te nemen met dochter via [[t:06 - 28 19 44 70]].

Hoogachtend,
[[p:Naima El Khattabi]]
{{r:Wmo-consulent}} / {{r:welzijnscoach}}""",
    """AANMELDFORMULIER SCHULDHULPVERLENING
-------------------------------------------
Achternaam ........ [[p:Oduro]]
Voornamen ......... [[p:Kwame Nana]]
Geboortedatum ..... [[d:22.11.1986]]
BSN ............... [[b:# ]]
Straat + nr ....... [[a:Van der Vennestraat 19-A]]
Postcode/plaats ... [[pc:2525 CK]] 's-Gravenhage
Telefoon .......... [[t:+31 6 4410 2983]]
IBAN .............. [[i:#ABNA ]]
Partner ........... [[p:Abena Oduro-Mensah]]
Kinderen .......... 2 (7 en 11 jr)
Verwijzer ......... [[p:F. Kaya]], {{r:maatschappelijk werker}} {{o:Xtra}}
Datum aanmelding .. [[d:4 maart 2025]]
Opmerking: inkomen uit loondienst (uitzendbureau), wisselend. Ruim 14 schuldeisers, o.a. {{o:CJIB}} en {{o:Zilveren Kruis}}.""",
    """Geachte collega van het {{o:Centrum voor Jeugd en Gezin}},

Graag verwijs ik het gezin [[p:Bouzid]] naar u. Moeder, [[p:Karima Bouzid]] ([[d:08-06-1990]]), woont met haar drie kinderen op de [[a:Wouwermanstraat 44]] in de {{w:Schilderswijk}}. De oudste, [[p:Ilyas]] ([[d:12-12-2012]]), gaat niet meer naar school; de {{r:leerplichtambtenaar}} is ingeschakeld. Het {{o:SWT}} begeleidt moeder bij schulden en huisvesting; voor de opvoedvragen en de zorgen om Ilyas is het {{o:CJG}} de aangewezen partij.

Ons dossiernummer is [[ds:SWT-SW-2024-0381]]. Mevrouw is bereikbaar op [[t:06-15509218]], liefst na 14.00 uur.

Met vriendelijke groet,
[[p:Marleen Roos]]
{{r:maatschappelijk werker}}, {{o:SWT}} {{w:Schilderswijk}}""",
    """Intake 1e gesprek – [[d:ma 9 sept]]
Aanwezig: client dhr. [[p:Wojciechowski]] ([[p:Tomasz]]), tolk Pools via {{o:Tolk- en Vertaalcentrum}}, [[p:Hanneke]] ({{r:casusregisseur}})
Woonadres: [[a:Lijsterbesstraat 7 bis]], [[pc:2563XL]]
geen vaste verblijfplaats tot vorige maand, nu kamer via werkgever (kassenbouw {{w:Westland}}).
- werk kwijt na ongeval, geen inkomen sinds aug.
- schulden: zorgverzekering, boete {{o:CJIB}} (kenmerk [[ds:9010 4432 1187 2206]])
- geen BRP-inschrijving → eerst regelen bij {{o:Stadsdeelkantoor}}
afspraak: samen naar {{o:IDO}} op donderdag.""",
    """Verwijzing {{o:MEE}} – ondersteuning LVB

Cliënt: [[p:Dennis Koster]], geboren [[d:30 mei 2001]], [[a:Hengelolaan 230]], {{w:Bouwlust}}
Telefoonnummer moeder ([[p:Petra Koster]]): [[t:070 - 366 21 08]]

Dennis heeft een licht verstandelijke beperking (IQ-onderzoek 2019, {{o:Ipse de Bruggen}}). Hij woont bij zijn moeder, heeft geen dagbesteding en is recent in aanraking gekomen met politie vanwege het vervoeren van pakketjes voor 'vrienden'. Wij vragen {{o:MEE}} om een {{r:MEE-consulent}} die samen met hem een dagritme en werktraject opzet. Er loopt al een aanvraag bij het {{o:UWV}} (Wajong, zaak [[ds:UWV-2024-775120]]).

[[p:S. Baldew]], {{r:jeugd- en gezinswerker}}""",
    """{{o:Gemeente Zoetermeer}} – Sociaal Team {{w:Meerzicht}}
Aanmeldformulier (ingevuld door verwijzer)

Naam: [[p:Ayaan Warsame]]
Geb.: [[d:1-1-1979]]
Adres: [[a:Australiëweg 88]]  [[pc:2725 LX]] Zoetermeer
Tel.: [[t:079 - 3 61 40 92]]
E-mail: [[e:ayaan.warsame1979@gmail.com]]
Verwijzer: {{r:praktijkondersteuner}} GGZ huisartsenpraktijk Dorp, mw. [[p:Brouwer]]
Reden: somber, slaapt slecht, zit financieel klem na scheiding. Ex-partner ([[p:Abdirahman]]) betaalt geen alimentatie. Cliënte heeft twee jonge kinderen.
Toestemming client: ja, getekend [[d:20/02/2025]]""",
    """Rijswijk, [[d:3 oktober 2024]]

Betreft: verwijzing naar {{o:Budgetbeheer}} {{o:Plangroep}}
Cliënt: mevrouw [[p:A.E. Bakker]]
Adres: [[a:Van Vredenburchweg 61]], [[pc:2283 TB]] Rijswijk
Klantnummer {{o:Sociaal Wijkteam Rijswijk}}: [[ds:RSW-10442]]

Mevrouw Bakker (66) heeft moeite het overzicht over haar geldzaken te houden sinds het overlijden van haar partner. Er zijn achterstanden bij {{o:Eneco}} en {{o:Vidomes}}. Zij staat zelf open voor budgetbeheer. Haar AOW wordt gestort op [[i:#INGB ]].

Met vriendelijke groet,
[[p:Ruud Hoek]]
{{r:schuldhulpverlener}}""",
    """INTAKE WIJKTEAM – korte versie
naam: mw [[p:roos]] ([[p:r.]]) [[p:vermeulen]]
geb: [[d:7-4-'52]]
adr: [[a:mient 312]] {{w:Segbroek}}
tel [[t:0703601177]]
situatie: woont alleen, vergeetachtig, dochter [[p:Mei-Ling]] (stief) doet boodschappen. buren bellen vaak. wil geen 'bemoeienis'.
actie: {{r:casemanager dementie}} inschakelen, hv via {{o:Wmo}}
door: [[p:jan-willem]] {{r:ouderenconsulent}}""",
    """VERWIJSBRIEF HUISARTS → SOCIAAL WIJKZORGTEAM

Huisartsenpraktijk {{o:De Venen}}, [[a:Kijkduinsestraat 640]], [[pc:2554 BH]] Den Haag, tel. [[t:070-3252211]]

Patiënt: [[p:El Amrani, Mohamed]] – geb. [[d:19-08-1964]]
Adres patiënt: [[a:Thorbeckelaan 540-B]]
Reden verwijzing: psychosociale problematiek, dreigende uithuiszetting, mogelijk alcoholmisbruik. Patiënt weigert doorverwijzing naar {{o:Brijder}} maar wil wel praten over zijn schulden.
Voorgeschiedenis: DM2, hypertensie.

Met vriendelijke groet,
[[p:E.C. Duindam]], {{r:huisarts}}
datum: [[d:28.05.2024]]""",
    """aanmelding via {{o:Servicepunt XL}} {{w:Mariahoeve}} ([[d:di 14 mei]])
- mw [[p:Gül Aydın]], [[a:Ambachtsgaarde 15]], tel [[t:06-38 44 19 02]]
- kwam aan balie met stapel brieven van {{o:Intrum}} en {{o:Flanderijn}}
- spreekt redelijk NL, zoon [[p:Burak]] tolkt meestal
- wil afspraak met iemand van {{o:schuldhulp}}
- bsn opgezocht: [[b:#]]
doorgezet naar [[p:Sandra van Dijk]] ({{r:financieel consulent}}).""",
    """Aan: {{o:Stichting Mooi}}, {{o:Welzijn Escamp}}
Betreft: verwijzing maatjesproject / eenzaamheid

Beste [[p:Iris]],

Zoals telefonisch besproken verwijs ik de heer [[p:Hendrik]] ([[p:Henk]]) [[p:de Hoop]] naar het maatjesproject. Meneer is 83, weduwnaar sinds 2019 en komt sinds de coronaperiode nauwelijks buiten. Hij woont op [[a:Erasmusweg 1021]], [[pc:2532 CD]]. Hij heeft wel een vaste telefoon: [[t:070 329 04 61]]. Meneer vindt het fijn als iemand een keer per week met hem naar de markt gaat. Hij is gek op schaken.

Groet,
[[p:Fenna Smit]], {{r:ouderenadviseur}}""",
    """Intakeformulier – {{o:Sociaal Team Delft}}
Datum intake: [[d:12-06-2024]]                Dossiernummer: [[ds:DLF/ST/24/0917]]
Naam: [[p:Mihaela Popescu]]                   Geboortedatum: [[d:02-10-1993]]
Adres: [[a:Papsouwselaan 188]]                Postcode: [[pc:2624 AT]]
Wijk: {{w:Buitenhof}}
Telefoon: [[t:0684412390]]                  Nationaliteit: Roemeense
Gezinssamenstelling: cliënte + dochter [[p:Ana]] (4)
Werk: schoonmaak via uitzendbureau, 16 u/week
Hulpvraag: huurtoeslag stopgezet, terugvordering € 1.870; wil kinderopvangtoeslag aanvragen.
Ingevuld door: [[p:K. Tahiri]]""",
    """VERWIJZING NAAR MAATSCHAPPELIJKE OPVANG

Cliënt [[p:Gerrit Post]] (52) heeft sinds [[d:1 juli]] geen woning meer; hij sliep de afgelopen weken in zijn auto op het parkeerterrein bij het {{w:Zuiderpark}}. Laatste bekende adres: [[a:Jan Hendrikstraat 9]]. Wij verzoeken de {{o:Centrale Toegang MO}} om beoordeling voor een plek bij {{o:Kessler Stichting}}. Postadres: {{o:Leger des Heils}}, t.a.v. [[p:Post]].

Contact: [[t:06 2377 0814]]
Verwijzer: [[p:Samira Ouali]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Centrum}}
kenmerk: [[ds:MO-2024-2281]]""",
]
# ---- batch 2: rapportages bewindvoerder/kantonrechter, schuldenoverzichten ----
T += [
    """{{o:Rechtbank Den Haag}}, sector kanton
t.a.v. de {{r:kantonrechter}}
Zaaknummer: [[ds:C/09/661204 / BW RK 24-1893]]

Betreft: verzoek tot instelling beschermingsbewind ten behoeve van mevrouw [[p:J.M. Kok]], geboren op [[d:15 augustus 1961]] te Den Haag, wonende [[a:Heeswijkplein 22]], [[pc:2531 HK]] Den Haag.

Edelachtbare,

Namens het {{o:sociaal wijkzorgteam}} {{w:Morgenstond}} ondersteunen wij het verzoek van mevrouw [[p:Kok]]. Mevrouw heeft door psychische problematiek (bipolaire stoornis, in behandeling bij {{o:Parnassia}}) onvoldoende overzicht over haar financiën. De schuldenlast bedraagt thans circa € 18.400, verspreid over elf schuldeisers. Als beoogd {{r:bewindvoerder}} wordt voorgedragen: [[p:R. Zomer]], {{o:Zomer Bewindvoering B.V.}}

Den Haag, [[d:29-10-2024]]
drs. [[p:L. Mahabier]], {{r:casusregisseur}}""",
    """SCHULDENOVERZICHT (peildatum [[d:01-05-2025]])
Cliënt: dhr. [[p:Ahmadi, Farid]]   Dossier SHV: [[ds:SHV-2025-00412]]

| Schuldeiser | Kenmerk cliënt | Bedrag | Status |
|---|---|---|---|
| {{o:Belastingdienst/Toeslagen}} | [[ds:8120.44.391.T.05]] | € 3.210,00 | bezwaar ingediend |
| {{o:CJIB}} | [[ds:7001 2288 4419 3310]] | € 412,50 | betalingsregeling |
| {{o:Haag Wonen}} | huurcontr. [[ds:40022871]] | € 1.645,12 | dreigende ontruiming |
| {{o:Zilveren Kruis}} | relatienr. [[ds:118 442 907]] | € 980,40 | wanbetalersregeling |
| {{o:Vattenfall}} | klantnr [[ds:3030198842]] | € 299,- | onbekend |
| {{o:Odido}} | - | € 178,90 | bij {{o:Intrum}} |

Totaal: € 6.725,92
Opgesteld door [[p:Wendy Groen]], {{r:schuldhulpverlener}} {{o:Schuldhulpverlening Den Haag}}""",
    """Aan: mr. [[p:K. van Essen]], {{r:bewindvoerder}}
{{o:Van Essen Bewindvoering}}, [[a:Laan van Meerdervoort 210]], [[pc:2517 BG]] Den Haag

Betreft: uw cliënt [[p:Rachid Boukhari]], dossier [[ds:VEB-3318]]

Geachte heer [[p:Van Essen]],

Graag informeer ik u over de stand van zaken. De heer [[p:Boukhari]] is sinds januari 2024 bekend bij ons team. Hij heeft inmiddels een vaste dagbesteding bij {{o:Fonds 1818}}-project 'De Werkplaats' en zijn huis is weer op orde. Wel zijn er nieuwe rekeningen van {{o:Ziggo}} binnengekomen die niet bij u bekend lijken te zijn. Ik stuur u een kopie mee. Zou u het leefgeld ([[i:#RABO ]]) per week in plaats van per maand willen overmaken? Meneer raakt het anders in de eerste week kwijt.

Met vriendelijke groet,
[[p:Ilse Verhoeven]]
{{r:maatschappelijk werker}}, {{o:SWT}} {{w:Transvaal}}
[[t:06-11924683]]""",
    """Voortgangsverslag t.b.v. {{r:bewindvoerder}} – periode jan t/m jun
cl.: [[p:Shanti Jagesar]] ([[d:04-04-1985]]) | dossier bewind: [[ds:BW-2022-0877]]
adres: [[a:Hoefkade 775]], {{w:Schilderswijk}}

1. Wonen: geen nieuwe achterstanden bij {{o:Vestia}}. Reparatieverzoek badkamer loopt.
2. Inkomen: Participatiewet, aanvulling via {{o:Sociale Dienst}}. Toeslagen: zorgtoeslag oké, kindgebonden budget herberekend.
3. Gezondheid: cl. gestart bij {{o:PsyQ}} ([[d:18-03-2025]]). Partner [[p:Vikash]] is uit beeld sinds februari.
4. Kinderen: [[p:Anjali]] (9) en [[p:Rohan]] (6), beide op school, {{o:CJG}} betrokken.
5. Aandachtspunt: cl. heeft nieuwe telefoon op afbetaling gekocht ([[t:06 3019 8877]]); graag contact hierover.

[[p:M. de Bruijn]], {{r:casusregisseur}}""",
    """Schuldeisers – overzicht aanvraag {{o:GKB}} ({{o:Kredietbank}}), cliënt [[p:Ewa Nowak]], [[a:Lange Wal 14-C]], [[pc:2681 BZ]] Monster ({{w:Westland}})

schuldeiser	dossier/kenmerk	hoofdsom	stand
{{o:DUO}}	[[ds:DUO-8844102]]	4.120,00	aflossing gestopt
{{o:Eneco}}	[[ds:EN 2280 1144 09]]	712,33	incasso
{{o:Lowell}}	[[ds:LWL/7712040]]	1.090,00	vonnis
{{o:DSW}}	[[ds:302215]]	466,20	regeling
{{o:Wehkamp}}	-	389,95	gestopt
{{o:Gemeente Westland}} (belastingen)	aanslagnr [[ds:2024.118.2044]]	287,00	kwijtschelding aangevraagd

Aanvraag ingediend [[d:5 nov 2024]] door [[p:Joyce Hoogland]] ({{r:budgetcoach}}).""",
    """VERZOEKSCHRIFT – MENTORSCHAP / BEWIND

Naam betrokkene: [[p:Maria do Rosário Tavares]]
Geboren: [[d:12 maart 1949]], Praia (Kaapverdië)
Woonadres: [[a:Hooftskade 41]], [[pc:2526 KK]] Den Haag
BSN: [[b:#.]]

Belanghebbenden:
- dochter: [[p:Lúcia Tavares Fortes]], [[a:Rotterdamsestraat 18]], 2291 Rijswijk ... postcode niet bekend
- zoon: [[p:Carlos Tavares]], verblijfplaats Lissabon

Toelichting: mevrouw heeft vasculaire dementie (diagnose {{o:HMC}} [[d:23-01-2025]]). Zij kan haar belangen niet meer behartigen. Dochter wil {{r:mentor}} worden; voor het bewind wordt een professionele {{r:bewindvoerder}} gezocht.
Opgesteld met ondersteuning van de {{r:casemanager dementie}}, [[p:Nicole van Wijk]].""",
    """Aan {{o:BudgetAlarm Rijswijk}} / {{o:Schuldhulpmaatje}}

Overzicht ontvangen post cliënt [[p:Koster]] (dossier [[ds:#48812]]), verzameld bij huisbezoek [[d:di 3-12]]:
- {{o:Flanderijn}} gerechtsdeurwaarders: aankondiging beslag op loon, kenmerk [[ds:F-1093321]]
- {{o:ING}}: rood staan, € 1.000 limiet overschreden
- {{o:Vidomes}}: 2 mnd huurachterstand
- {{o:CZ}}: premie-achterstand
- brief van {{o:UWV}} over terugvordering WW
Meneer wil nu eindelijk hulp, maar heeft geen mail en geen DigiD. Mobiel: [[t:06-51 02 77 64]]. Vrouw ([[p:Linda]]) weet van niets, graag voorzichtig bellen.
-- [[p:Tim]] ({{r:wijkcoach}})""",
    """Rapportage ten behoeve van de {{r:kantonrechter}}
inzake: beëindiging bewind dhr. [[p:O. Yıldırım]]
rolnummer [[ds:9887654 BW VERZ 25-233]]

De heer [[p:Yıldırım]] heeft in de afgelopen drie jaar zijn schulden via een minnelijke regeling afgelost (slotbetaling [[d:30 april 2025]]). Hij beheert inmiddels zelfstandig een eigen rekening ([[i:#INGB]]) en betaalt huur en vaste lasten via automatische incasso. Het {{o:wijkteam}} {{w:Spoorwijk}} ziet geen bezwaar tegen beëindiging, mits er een vrijwilliger van {{o:Schuldhulpmaatje}} als vangnet beschikbaar blijft gedurende een half jaar. Meneer is bereikbaar op [[t:070-3881902]] en woont nog steeds op de [[a:Vlierboomstraat 402]].

[[p:A. Rahimi]], {{r:maatschappelijk werker}}""",
    """Crediteurenlijst (concept – nog aanvullen!!)
klant: fam. [[p:Chaouch]]  | [[a:Parallelweg 66-hs]] | [[pc:2525 na]]
{{o:staedion}} | [[ds:0012884-07]] | 2100,-
{{o:eneco}} | ? | ca 800
{{o:vgz}} | [[ds:VGZ 4412200]] | 1245,50
{{o:cjib}} | zoon [[p:Adam]], boetes verkeer | 640
{{o:belastingdienst}} | terugvordering KOT | ?? grootste post
{{o:kredietbank nederland}} | lening 2019 | 3500
bellen met mw [[p:Chaouch]] [[t:0626612043]] om kopieën brieven
[[p:yas]]""",
]
# ---- batch 3: Wmo-beschikkingen, overdrachten ----
T += [
    """{{o:Gemeente Den Haag}}
Dienst {{o:OCW}} – afdeling {{o:Wmo}}
Postbus 12652, 2500 DP Den Haag

Mevrouw [[p:F. Yilmaz]]
[[a:Dedemsvaartweg 1328]]
[[pc:2545 AK]] DEN HAAG

Datum: [[d:9 december 2024]]
Ons kenmerk: [[ds:WMO-2024-118230]]
Onderwerp: besluit op uw aanvraag maatwerkvoorziening

Geachte mevrouw [[p:Yilmaz]],

Op [[d:14 oktober 2024]] heeft u een melding gedaan voor ondersteuning bij het huishouden. Na het gesprek met onze {{r:Wmo-adviseur}} op [[d:4 november 2024]] hebben wij besloten u een maatwerkvoorziening huishoudelijke hulp toe te kennen: HH1, 2,5 uur per week, met ingang van [[d:1 januari 2025]] tot en met [[d:31 december 2026]]. De ondersteuning wordt geleverd door {{o:Saffier}}. U betaalt hiervoor een eigen bijdrage via het {{o:CAK}}.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.""",
    """BESCHIKKING Wmo 2015 – {{o:gemeente Leidschendam-Voorburg}}
Aanvrager: dhr. [[p:H.A.M. van den Berg]] (BSN [[b:# ]])
Adres: [[a:Prinses Mariannelaan 87]], [[pc:2275 BG]] Voorburg
Besluitdatum: [[d:22-04-2025]]  Zaaknr: [[ds:LV-WMO-25-0644]]

Toegekend:
• woningaanpassing: traplift (via {{o:Welzorg}})
• vervoersvoorziening: {{o:Regiotaxi Haaglanden}}-pas, 750 km/jaar
Afgewezen:
• scootmobiel: aanvrager kan met regiotaxi en rollator voldoende mobiel zijn

Betrokken {{r:Wmo-consulent}}: [[p:Gerdien Hoek]], tel. [[t:070 - 300 88 40]]""",
    """Overdracht SWT {{w:Laak}} → SWT {{w:Escamp}} (verhuizing cliënt)

cl: mw. [[p:Nadia Bennani]] (34), nu [[a:Moerweg 210-2]], [[pc:2541 VK]]
oud adres: [[a:Hoefkade 1002]] ({{w:Laak}})
dossier: [[ds:SWT-LK-23-0592]]
bsn [[b:#]]

Wat loopt er:
- schuldhulp via {{o:SHV Den Haag}}, contact [[p:Erik]] ([[e:erik.vandermeer@denhaag.nl]])
- zoon [[p:Younes]] (12) heeft ADHD, {{o:Youz}} betrokken
- vader van [[p:Younes]] ([[p:Hamid]]) heeft contactverbod; {{o:Veilig Thuis}} melding [[ds:VT-2023-4471]] is afgesloten
Wat moet nog: aanvraag bijzondere bijstand inrichting (nieuwe woning is kaal).
Afspraak warme overdracht: [[d:do 6 feb]] 10.00 uur bij mw thuis.
Overdragend: [[p:Joke Dekker]], {{r:maatschappelijk werker}}""",
    """Geachte heer [[p:Mahabir]],

Naar aanleiding van uw aanvraag van [[d:3 februari]] voor een rolstoel hebben wij het volgende besloten. U krijgt een handbewogen rolstoel in bruikleen via {{o:Medipoint}}. De aanvraag voor een elektrische rolstoel wijzen wij af, omdat uit het advies van de {{r:ergotherapeut}} (mevr. [[p:D. Wijnands]], rapport van [[d:27-02-2025]]) blijkt dat u met een handbewogen rolstoel met duwondersteuning door uw echtgenote ([[p:Sharmila Mahabir]]) uit de voeten kunt.

Kenmerk: [[ds:Z/25/441200]]
Uw BSN: [[b:#.]]

Met vriendelijke groet,
namens het college van burgemeester en wethouders van de {{o:gemeente Delft}},
[[p:J. Stolk]], {{r:teamleider Wmo}}""",
    """OVERDRACHTSFORMULIER (intern)
Van: [[p:Rutger]] ({{r:wijkverpleegkundige}}, {{o:Evean}})
Naar: {{o:SWT}} {{w:Mariahoeve}}, [[p:Marloes]]
Datum: [[d:2025-03-11]]

Cliënt: [[p:A. Tesfamariam]] (Eritrese, 41 jr), [[a:Ary van der Spuyweg 18-B]]
Reden overdracht: wondzorg afgerond, maar veel zorgen over sociale situatie: spreekt weinig NL, geen inkomen (uitkering gestopt?), kinderen [[p:Selam]] en [[p:Yonas]] eten op school mee. Buurvrouw mevr. [[p:Hoogstraten]] helpt met boodschappen.
Tel client: [[t:+31 6 2841 0396]] (Tigrinya, soms Engels)
Akkoord client met overdracht: ja (mondeling)""",
    """Wmo-indicatie / onderzoeksverslag (gesprek [[d:maandag 13 januari]])
aanwezig: mw [[p:Wilhelmina]] ([[p:Mien]]) [[p:Zwart]], dochter [[p:Monique]], {{r:Wmo-adviseur}} [[p:Ö. Çelik]]
adres: [[a:Harstenhoekweg 66]], {{w:Scheveningen}}

Hulpvraag: mw (91) kan zich niet meer zelfstandig wassen, dochter doet veel maar raakt overbelast (werkt 32 uur). Mw heeft 2 keer gevallen in badkamer.
Afspraken:
1. aanvraag douchestoel + beugels via {{o:Wmo}}
2. wijkverpleging ({{o:Buurtzorg}}) voor ADL, indicatie via {{r:wijkverpleegkundige}}
3. mantelzorgondersteuning voor [[p:Monique]] via {{o:Mantelzorg Den Haag}}
Verslag toegestuurd aan dochter: [[e:monique.zwart@ziggo.nl]]""",
    """Overdracht bij vertrek collega – stand van zaken per cliënt

1) [[p:Baptiste]], [[p:Jean-Marc]] – [[a:Paul Krugerlaan 112]], {{w:Transvaal}}. Bewind aangevraagd, zitting kantonrechter [[d:17 juni]]. Hangt nog: uittreksel BRP.
2) [[p:Kaur]], [[p:Manpreet]] – [[a:Stuwstraat 3A]]. Huiselijk geweld verleden. Woont nu veilig. Contact met {{o:Veilig Thuis}} via [[p:Els]].
3) [[p:De Wit]], [[p:Annemarie]] – [[a:Thomas Schwenckestraat 7]]. Dementie beginnend, {{r:casemanager}} is [[p:Yvonne Mol]]. Geen acute acties.
4) [[p:Osei]], [[p:Comfort]] – [[a:Leyweg 987]]. Ongedocumenteerd geweest, nu verblijfsvergunning. Aanvraag toeslagen loopt (DigiD aangevraagd [[d:28/5]]).
Collega [[p:Thijs]] neemt 1+3 over, [[p:Zeynep]] neemt 2+4.""",
    """{{o:GEMEENTE WESTLAND}}
Besluit maatwerkvoorziening begeleiding

Naam: de heer [[p:B. Spaans]]
Adres: [[a:Heulweg 33]], [[pc:2671 JE]] Naaldwijk
Geboortedatum: [[d:06-07-1975]]
Zaaknummer: [[ds:WST-2025-3302]]

U krijgt: individuele begeleiding (BGI), 3 uur per week, van [[d:1 mei 2025]] tot [[d:1 mei 2026]]. Aanbieder: {{o:Middin}}. Doel: zelfstandig wonen behouden, dagstructuur, financiële zelfredzaamheid.
U krijgt geen dagbesteding; u heeft aangegeven dat u dit zelf niet wilt.

Contactpersoon: [[p:Fleur Warmenhoven]], {{r:consulent Wmo}}, [[t:0174 - 67 33 00]], [[e:f.warmenhoven@gemeentewestland.nl]]""",
    """overdracht van {{o:WBT}} naar {{o:SWT}}: fam. [[p:Gashi]] (Kosovaars-Albanees)
adres [[a:Koningstraat 302]] – moeder [[p:Drita]] ([[d:11-9-1980]]), vader [[p:Besnik]] ([[d:3-3-1977]]), kinderen volwassen behalve [[p:Arben]] (17)
werd bij {{o:Wijkbeheerteam}}? nee, bij {{o:Jeugdteam}} bekend ivm [[p:Arben]], wordt over 3 mnd 18 → overgang naar volwassenenzorg
problemen: vader werkloos sinds sluiting bedrijf, depressief; moeder werkt in schoonmaak
schuldenlast ca 9k, bewind? nog niet besproken
tel moeder [[t:06-4773 9021]]
overdragend: [[p:kim]] (jeugdteam) / ontvangend: [[p:Samuel]]""",
    """BESLUIT – afwijzing
Datum: [[d:18 februari 2025]]
Kenmerk: [[ds:ZTM/WMO/25/01177]]
Aan: mevrouw [[p:L. Janssen-Kooij]], [[a:Dorpsstraat 141]], [[pc:2712 AL]] Zoetermeer

Geachte mevrouw [[p:Janssen-Kooij]],

U heeft een verhuiskostenvergoeding aangevraagd voor uw verhuizing naar een gelijkvloerse woning in {{w:Oosterheem}}. Wij wijzen deze aanvraag af. Uit het onderzoek blijkt dat u zelf over voldoende middelen beschikt en dat uw zoon, de heer [[p:M. Janssen]], heeft aangeboden te helpen. Een voorliggende oplossing is daarmee aanwezig.

Met vriendelijke groet,
[[p:P. van Rijn]]
{{r:beleidsmedewerker Wmo}}""",
]
# ---- batch 4: MDO-verslagen ----
T += [
    """VERSLAG MULTIDISCIPLINAIR OVERLEG (MDO)
Datum: [[d:woensdag 12 maart 2025]], 13.30–15.00 uur, wijkcentrum {{o:De Henri Dunant}}
Aanwezig: [[p:Fatma Kılıç]] ({{r:casusregisseur}}, voorzitter), [[p:Bart Meijer]] ({{r:wijkagent}}), [[p:Elif Şahin]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:Niels Koning]] ({{o:Haag Wonen}}), dr. [[p:A. Sewdien]] ({{r:huisarts}}), notulist [[p:Sophie]]
Afwezig m.k.: {{o:Parnassia}} ({{r:SPV}})

Casus: dhr. [[p:R. Hofland]] (67), [[a:Zuiderparklaan 301]], {{w:Zuiderpark}}
Ernstige vervuiling woning, overlast buren (stank, ongedierte). Meneer weigert contact. {{o:Haag Wonen}} overweegt ontbinding huurcontract.

Actiepunten:
| wie | wat | wanneer |
| Bart | samen met [[p:Elif]] huisbezoek | vóór [[d:19-03]] |
| Niels | ontruimingsprocedure on hold tot volgend MDO | – |
| Fatma | contact broer [[p:Cor Hofland]] ([[t:06-22839105]]) | deze week |
Volgend MDO: [[d:9 april]]""",
    """mdo notulen [[d:14/11/24]] – swt {{w:Rustenburg-Oostbroek}}
aanw: [[p:anouk]] (mw), [[p:rachid]] ({{r:jongerenwerker}}), [[p:ilona]] ({{r:POH-ggz}}), [[p:mirjam]] ({{o:MEE}}), [[p:karel]] ({{r:schuldhulpverlener}})

casus 1 – [[p:jessica van der linden]] ([[d:16-5-1998]]), [[a:Beeklaan 480-A]]
- lvb, 2 kids ([[p:mila]] 3 & [[p:jayden]] 5), vriend ([[p:Kevin]]) wisselend in beeld, mogelijk financieel misbruik
- mirjam: ondersteuning thuis aanvragen, ook ivm opvoeding
- karel: beschermingsbewind adviseren, jessica twijfelt nog
- actie: anouk belt {{o:veilig thuis}} voor advies (geen melding)

casus 2 – dhr [[p:bakker]] 'de vogelman', [[a:Weimarstraat 22]]
- 80+, duiven op balkon, buren klagen
- geen acute zorg, ilona kent hem via praktijk
- actie: rachid + vrijwilliger {{o:Humanitas}} koffie-bezoek""",
    """Multidisciplinair overleg huiselijk geweld – {{o:Veilig Thuis Haaglanden}} / {{o:SWT}} {{w:Bouwlust/Vrederust}}

Datum: [[d:7 mei 2025]]
Deelnemers:
- [[p:M. Huisman]], {{r:aandachtsfunctionaris huiselijk geweld}}
- [[p:Soufiane Azzouzi]], {{r:casusregisseur}} SWT
- Mw. [[p:Y. Cruden]], {{r:jeugdbeschermer}}, {{o:Jeugdbescherming west}}
- [[p:Rob van Dam]], {{o:Politie Eenheid Den Haag}}

Betreft gezin van [[p:Shirleny Martina]] en [[p:Ruben Winklaar]], [[a:Lorentzplein 18-II]], [[pc:2522 AJ]]. VT-nummer: [[ds:VT-2025-0318]].
Besluit: tijdelijk huisverbod [[p:Winklaar]] verlengd; moeder met kinderen ondersteund vanuit SWT en {{o:Xtra}}. Plan van aanpak wordt op [[d:21-05-2025]] geëvalueerd.""",
    """Verslag MDO ouderen {{w:Mariahoeve}} – [[d:1 okt. 2024]]

Aanwezig: [[p:Henny]] ({{r:ouderenconsulent}}), dr. [[p:Tjon A Fat]] ({{r:specialist ouderengeneeskunde}}), [[p:Corrie Vos]] ({{r:casemanager dementie}}), [[p:Jamal]] ({{r:Wmo-adviseur}}), [[p:G. Mulder]] ({{o:Vestia}})

1. Mw [[p:Wong]] ([[p:Mei Fen]]), 84, [[a:Hofzichtlaan 208]]. Spreekt Kantonees, dochter [[p:Xiaoling Wong]] tolkt ([[t:06-18 27 33 90]]). Toenemende verwardheid, gas laten aanstaan. Besluit: diagnostiek via {{r:specialist ouderengeneeskunde}}; rookmelder + kookpitbeveiliging via {{o:Wmo}}.
2. Dhr [[p:Hoop]], 77, [[a:Isabellaland 1432]]. Leeft samen met partner ([[p:Greet]]) die mantelzorger is; Greet is zelf opgenomen geweest. Respijtzorg nodig. [[p:Jamal]] regelt logeeropvang.
Volgende bijeenkomst: [[d:5 november]].""",
    """MDO (complexe casus, bemoeizorg)
datum [[d:28-01-2025]] | locatie: {{o:Servicepunt XL}} {{w:Moerwijk}}
aanwezig:
  [[p:Kees Post]] – {{r:bemoeizorgwerker}} {{o:Parnassia}}
  [[p:Ayşe Doğan]] – {{r:maatschappelijk werker}} SWT
  [[p:Lars]] – {{r:woonconsulent}} {{o:Staedion}}
  [[p:Hélène Dubois]] – {{r:GGD-arts}}, {{o:GGD Haaglanden}}

cliënt [[p:W.]] [[p:Groenewegen]] ([[d:2/2/1969]]), [[a:Loevesteinlaan 14]]
- woont sinds 8 jaar met ca. 10 katten, huur gedeeltelijk betaald
- mogelijk psychose, eerder opname ([[d:2017-08-03]] t/m sep)
- broer [[p:Arjan Groenewegen]] woont in Gouda, tel [[t:0182-589934]]
acties:
  □ Kees + Hélène: gezamenlijk huisbezoek, evt. IBS-beoordeling
  □ Lars: geen nieuwe stappen ontbinding tot [[d:1 maart]]
  □ Ayşe: contact broer, BSN opvragen bij BRP ([[b:#]] ontvangen)""",
    """MDO SCHULDEN & WERK – {{o:Sociaal Team Delft}}

Datum: [[d:donderdag 20 juni 2024]]
Notulen: [[p:Priscilla Amponsah]]
Aanwezigen: [[p:Ruben de Graaf]] ({{r:klantmanager}} {{o:Werk & Inkomen}}), [[p:Maud Koster]] ({{r:schuldhulpverlener}}), [[p:Hasan Öztürk]] ({{r:jobcoach}} {{o:Ammerlaan}}), [[p:Ellen]] ({{r:maatschappelijk werker}})

Besproken: [[p:Piotr Zieliński]] ([[d:1990-12-04]]), dossier [[ds:DLF-WI-240188]], [[a:Voorhof 212-4]]. Cliënt is bereid tot een werktraject maar loopt vast op loonbeslag van {{o:Belastingdienst}}. Afspraak: beslagvrije voet laten herberekenen (Maud), werkfit-traject bij {{o:Ammerlaan}} vanaf [[d:8/7]] (Hasan). Piotr wil zijn partner [[p:Agnieszka]] betrekken bij het budgetplan.""",
    """Notulen MDO – {{w:Duindorp}}/{{w:Scheveningen}}, [[d:ma 16-09]]
Aanwezig: [[p:Gijs]], [[p:Wendela]], [[p:Abdel]], {{r:wijkagent}} [[p:Sanne Kuiper]], {{r:huisarts}} [[p:Troost]]
Casus fam. [[p:Vink]], [[a:Pluvierstraat 19]]: vader ([[p:Jaap Vink]]) alcoholprobleem, conflict met buren, moeder ([[p:Marjolein]]) belt regelmatig wijkagent. Zoon [[p:Rik]] (19) woont nog thuis, werkloos.
- Jaap wil wél praten met [[p:Abdel]] (kent hem van de visclub)
- huisarts verwijst naar {{o:Brijder}} zodra Jaap akkoord is
- Rik aanmelden bij {{o:Werkgeversservicepunt}}/jongerenloket
Actiehouders: Abdel ([[d:vr 20-09]]), Wendela (Rik)""",
    """Casusoverleg {{o:Zorg- en Veiligheidshuis Haaglanden}}
[[d:23 januari 2025]] – vertrouwelijk

Persoon: [[p:Ramón Isenia]], geb. [[d:9 april 1996]], Willemstad
Adres: [[a:Schalk Burgerstraat 344]], [[pc:2572 TP]]
ZVH-registratie: [[ds:ZVH-25-0092]]
Deelnemers: {{o:OM}} (mr. [[p:Verstappen]]), {{o:Reclassering Nederland}} ([[p:Dilara Uçar]]), {{o:SWT}} {{w:Transvaal}} ([[p:Kevin Soekhlal]]), {{o:Politie}}, {{o:Parnassia}}
Samenvatting: Ramón is recent vrijgekomen, heeft geen inkomen en een woning met achterstand. Risico op terugval in drugshandel. Afgesproken: SWT regelt uitkering en briefadres; reclassering houdt toezicht; evaluatie [[d:20-02-2025]].""",
]
# ---- batch 5: e-mailwisselingen ----
T += [
    """Van: [[p:Laura Sprenger]] <[[e:l.sprenger@xtra.nl]]>
Aan: [[e:wmo.escamp@denhaag.nl]]
Onderwerp: RE: aanvraag huishoudelijke hulp mw. [[p:Benali]]
Datum: [[d:dinsdag 4 februari 2025]] 11:42

Hoi [[p:Tom]],

Mw. Benali ([[a:Loosduinsekade 718]]) heeft vanochtend gebeld: de hulp van {{o:Tzorg}} is al twee keer niet gekomen. Kun jij navragen wat er aan de hand is? Haar nummer is [[t:06 29 18 44 03]], zij neemt alleen op als ze het nummer kent, dus spreek even in.

Groet,
Laura

[[p:Laura Sprenger]] | {{r:maatschappelijk werker}}
{{o:Xtra}} – {{o:SWT}} {{w:Escamp}}
[[a:Leyweg 1500]] | [[pc:2545 GW]] Den Haag
T [[t:070 205 24 00]] | M [[t:06 4221 3077]]
(werkdagen ma, di, do)""",
    """Onderwerp: bsn + geb.datum voor aanvraag
Van: [[e:mdriessen@swt-rijswijk.nl]]
Aan: [[p:Jasmijn Pool]]
Datum: [[d:13-01-2025]]

hoi jasmijn, hierbij de gegevens die je vroeg voor de aanvraag bijzondere bijstand:
[[p:Victor Nkansah]], geb [[d:21-7-1988]], bsn [[b:#]], woont [[a:Sir Winston Churchilllaan 299-11]], [[pc:2286 AD]] Rijswijk. rek.nr. [[i:#SNSB]]
hij heeft de machtiging getekend, scan volgt.
gr [[p:marco]]""",
    """Van: [[p:Sevda Yıldız]]
Verzonden: vrijdag [[d:21 maart 2025]] 16:05
Aan: '[[p:Koen Vermeulen]]'
CC: {{o:Team Schuldhulp Zoetermeer}}
Onderwerp: Spoed – afsluiting energie [[p:Moesa]]

Beste Koen,

Ik kreeg zojuist bericht dat {{o:Essent}} maandag overgaat tot afsluiting bij fam. [[p:Moesa]] ([[a:Leidsewallen 60]], Zoetermeer). Klantnummer bij Essent: [[ds:104 887 2201]]. Er wonen drie kleine kinderen, waarvan één met astma. Kun jij vandaag nog een afsluitverbod / verzoek om uitstel indienen? Ik heb het BSN van mw. [[p:Moesa]]: [[b:# ]].

Met vriendelijke groet,

Sevda Yıldız
{{r:Sociaal werker}} | {{o:Piëzo}}
M: [[t:06-57203311]]
E: [[e:s.yildiz@piezo.nl]]""",
    """-----Oorspronkelijk bericht-----
Van: [[e:info@vanderveldebewind.nl]]
Datum: [[d:3 april 2025]]
Aan: [[p:Esther Wolters]]
Onderwerp: Uw vraag over cliënt [[p:H. Sabri]] / ons dossiernr [[ds:VDV-2019-114]]

Geachte mevrouw [[p:Wolters]],

Het leefgeld van de heer [[p:Sabri]] wordt iedere vrijdag overgemaakt naar [[i:#ASNB ]]. De huur van {{o:Haag Wonen}} en de premie {{o:VGZ}} worden rechtstreeks voldaan. De achterstand bij {{o:Vitens}}? Nee, in Den Haag is dat {{o:Dunea}}; die achterstand is op [[d:12 maart]] voldaan.

Met vriendelijke groet,
mr. drs. [[p:P. van der Velde]]
{{o:Van der Velde Bewindvoering}}, [[a:Javastraat 44]], [[pc:2585 AP]] 's-Gravenhage
[[t:070-3468811]]""",
    """Aan: [[p:Ilse Brouwer]]; [[p:Mo Haddou]]
Van: [[p:Dewi]]
Onderwerp: FW: overdracht [[p:Nguyen]]
[[d:ma 10-03-2025]] 08:12

Ilse, [[p:Mo]] – zie onderstaand. Wie van jullie pakt dit op? Ik ben er vanaf [[d:14 maart]] drie weken niet.

> Van: [[p:Tran Thi Lan]] <[[e:lan.tran.nguyen@gmail.com]]>
> Onderwerp: hulp voor mijn vader
> Mijn vader [[p:Nguyen Van Hai]] woont alleen in de [[a:Fahrenheitstraat 512]]. Hij is vorige week gevallen en wil niet naar de dokter. Ik woon in Utrecht en kan niet elke dag komen. Kunt u langsgaan? Mijn telefoon: [[t:06-3456 2290]].
> Groet, Lan""",
    """Van: [[p:G.]] ([[p:Gert]]) [[p:Hazenberg]] <[[e:gert.hazenberg@politie.nl]]>
Aan: [[e:swt.zuidwest@denhaag.nl]]
Datum: [[d:ma 2 dec 2024]], 09:31
Onderwerp: zorgmelding [[a:Meppelweg 901]]

Goedemorgen,

Vannacht melding over een verwarde man op de galerij van [[a:Meppelweg 901]]. Betrokkene: [[p:Frank Ruigrok]], [[d:11-11-1959]]. Geen strafbare feiten, wel zorgen. Meneer gaf aan dat zijn uitkering is gestopt. Registratienummer: [[ds:PL1500-2024388120]].

Met vriendelijke groet,
[[p:Gert Hazenberg]]
{{r:wijkagent}} {{w:Morgenstond}}/{{w:Zuidwest}}
[[t:0900-8844]]""",
    """From: [[p:Hanna Ekström]] <[[e:hanna.ekstrom@expatcentre.nl]]>
To: [[p:Jesse de Ruiter]]
Date: [[d:Thu, 16 Jan 2025]]
Subject: client [[p:Adebayo]] – housing

Dear Jesse,

As discussed, mr. [[p:Tunde Adebayo]] (dossier [[ds:IND-V-2024-55810]]) is staying with a friend at [[a:Valkenboslaan 110]], Den Haag. He urgently needs a postal address to apply for benefits. Could your team ({{o:SWT}} {{w:Segbroek}}) help him register a briefadres? His number: [[t:+31 6 41 07 29 38]].

Kind regards,
Hanna

---
Antwoord [[p:Jesse]], [[d:17-1]]:
Hoi Hanna, ik heb hem uitgenodigd voor [[d:woensdag 22 januari]] om 14.00 op het {{o:Servicepunt XL}}. Groet, Jesse""",
    """Van: [[p:Joost]]
Aan: [[p:Malika]]
Ond: adres [[p:Joseph]] klopt niet
Dat: [[d:vr 07/02]]

malika, het adres in het systeem ([[a:Sportlaan 4]]) klopt niet, [[p:joseph mensah]] woont sinds kerst bij zijn zus [[p:akosua]] op [[a:Regentesselaan 81-III]]. postcode weet ik niet uit mijn hoofd, iets met [[pc:2562 CP]]? graag aanpassen voordat de beschikking eruit gaat.
[[p:j]]""",
    """Van: [[e:noreply@mijnschuldhulp.denhaag.nl]]
Aan: [[e:r.bhagwandin@kpnmail.nl]]
Datum: [[d:25-09-2024]]
Onderwerp: Bevestiging aanmelding

Beste [[p:R. Bhagwandin]],

Wij hebben uw aanmelding voor {{o:schuldhulpverlening}} ontvangen. Uw aanmeldnummer is [[ds:SHV-A-2024-22819]]. Binnen vijf werkdagen neemt een {{r:schuldhulpverlener}} contact met u op via [[t:06-13097742]]. Houd de volgende documenten bij de hand: loonstroken, bankafschriften van de afgelopen 3 maanden en alle brieven van schuldeisers.

Dit is een automatisch bericht.""",
    """Van: [[p:Rianne Kuipers]] <[[e:r.kuipers@welzijnwestland.nl]]>
Aan: mw. [[p:S. Nagelkerke]] <[[e:s.nagelkerke@gemeentewestland.nl]]>
Datum: [[d:2 juni 2025]]
Onderwerp: vraag over de beschikking van dhr [[p:Stoop]] ([[ds:WST-2025-1180]])

Beste [[p:Sandra]],

Dhr. Stoop uit 's-Gravenzande ([[a:Langestraat 9-a]], [[pc:2691 BC]]) heeft de beschikking ontvangen maar snapt hem niet. Hij denkt dat zijn dagbesteding bij {{o:Zorgboerderij De Woerd}} wordt stopgezet. Klopt dat? Zijn dochter [[p:Marieke Stoop]] belt mij dagelijks.

Met vriendelijke groet,
Rianne Kuipers
{{r:mantelzorgconsulent}}, {{o:Vitis Welzijn}}
[[t:0174 - 28 88 60]]""",
    """Van: [[p:Theo Sterk]]
Aan: {{o:SWT}} {{w:Stationsbuurt}}; '[[p:Nora Boukhari]]'
Onderwerp: Re: Re: Re: dhr [[p:Kowalczyk]]
[[d:29 okt.]]

Nora, nee, volgens mij hebben we nog geen akkoord van [[p:Kowalczyk]] om zijn werkgever te bellen. Laten we dat eerst vragen. Hij komt [[d:donderdag 31 oktober]] om 10u naar het spreekuur.

Theo

> Op [[d:28-10-2024]] schreef [[p:Nora Boukhari]]:
> Theo, zullen we de werkgever ({{o:Hoogvliet}} in de {{w:Binckhorst}}) bellen over zijn loonbeslag?""",
    """Van: [[p:Kees van Rijswijk]]
Aan: [[p:Aïcha]]
Onderwerp: gegevens dhr. [[p:Dijkman]] t.b.v. aanvraag
Datum: [[d:24/04/2025]]

Hallo Aïcha,

Hieronder de gegevens voor de aanvraag bij het {{o:Fonds Bijzondere Noden}}:
Naam: [[p:Arie Dijkman]]
Geb.: [[d:14-10-1955]]
Adres: [[a:Noordweg 12]], [[pc:2641 AA]] Pijnacker
IBAN: [[i:#RABO]]
Bedrag: € 650 (koelkast + wasmachine)
Motivatie volgt vandaag.

Kees
{{r:ouderenadviseur}} | {{o:Welzijn Pijnacker-Nootdorp}}
tel. [[t:015-3699000]]""",
]
# ---- batch 6: gemengd: toestemming, plan van aanpak, budgetplan, andere steden ----
T += [
    """TOESTEMMINGSVERKLARING uitwisseling gegevens

Ik, [[p:Abdullahi Mohamed Farah]], geboren op [[d:05-05-1983]], BSN [[b:#]], wonende aan de [[a:Mgr. Nolenslaan 40]] te [[pc:2555 ED]] Den Haag, geef toestemming aan het {{o:sociaal wijkzorgteam}} {{w:Loosduinen}} om informatie uit te wisselen met:
☒ {{o:huisarts}}  ☒ {{o:Schuldhulpverlening}}  ☐ {{o:Parnassia}}  ☒ {{o:Haag Wonen}}  ☐ {{o:UWV}}
Deze toestemming geldt tot [[d:31-12-2025]].

Handtekening: ............      Datum: [[d:6/1/2025]]
Namens het team: [[p:Roos Bakker]], {{r:casusregisseur}}""",
    """Plan van aanpak – cliënt [[p:Yaw Boateng]] (dossier [[ds:2024-04711]])
Opgesteld [[d:19 augustus 2024]], evaluatie na 3 maanden.

Doel 1 – Inkomen stabiel: aanvraag Participatiewet ingediend bij {{o:Werk en Inkomen}} (aanvraagnr. [[ds:PW-2024-99812]]). Verantwoordelijk: [[p:Annelies]] ({{r:klantmanager}}).
Doel 2 – Huisvesting behouden: betalingsregeling met {{o:Staedion}}, € 75 per maand.
Doel 3 – Gezondheid: Yaw gaat weer naar de {{r:huisarts}} voor zijn diabetes; zijn nicht [[p:Efua Asante]] gaat mee.
Doel 4 – Netwerk: contact met de Ghanese kerkgemeenschap in {{w:Transvaal}} herstellen.

Handtekening cliënt ................. Handtekening {{r:casusregisseur}} ([[p:W. Ramcharan]]) .................""",
    """BUDGETPLAN (maandbasis) – mw. [[p:D. Ferreira]], [[a:Noordwal 7-B]]
inkomsten
  bijstand ........................ 1.240,88
  huurtoeslag ..................... 402,00
  zorgtoeslag ..................... 123,00
uitgaven
  huur {{o:Haag Wonen}} ............... 780,20
  energie {{o:Budget Energie}} ........ 145,00
  zorgverz. {{o:Menzis}} .............. 152,30
  regeling {{o:CJIB}} ................. 50,00
  leefgeld ........................ ca 550
rekening: [[i:#INGB ]] (alleen pinpas, geen internetbankieren)
opgesteld met cl. op [[d:27-8-2024]] – [[p:Nienke]] ({{r:budgetcoach}})""",
    """{{o:Wijkteam}} {{w:Overvecht}} (Utrecht) – aanmelding buurtteam

Naam: [[p:Soumaya El Idrissi]]
Adres: [[a:Gambiadreef 88]], [[pc:3564 AK]] Utrecht
Tel: [[t:030-2611048]]
Geboren: [[d:17 oktober 1972]]
Cliënte is recent verhuisd van Den Haag ({{w:Schilderswijk}}) naar Utrecht. Het Haagse SWT ([[p:Loes de Jager]]) draagt over. Lopende zaken: WSNP-verzoek (rechtbank Den Haag, [[ds:C/09/R/24/118 FT]]), depressieve klachten, dochter [[p:Hiba]] (16) is zwanger.""",
    """notitie huisbezoek [[d:vrijdag 8 november]]
dhr. [[p:Nowicki]] ([[a:Zwaardvegersgaarde 96]]) deed open in pyjama, 13.00u. woning rommelig, geen eten in huis behalve brood van de bakker. meneer zegt dat zijn vrouw [[p:Halina]] terug naar Polen is. 2 brieven van {{o:Vestia}} op tafel (aanzegging). gevraagd of ik met {{o:Vestia}} mag bellen -> ja. tel meneer [[t:06-48129075]].
in de hoop dat hij [[d:dinsdag 12/11]] naar het spreekuur komt.
[[p:Fenna]]""",
    """Rotterdam, [[d:11 april 2025]]

Aan: {{o:Wijkteam Feijenoord}}
Van: {{o:SWT}} {{w:Transvaal}}, Den Haag
Betreft: overdracht [[p:Gülsen Arslan]] en kinderen

Geachte collega's,

Mevrouw Arslan is per [[d:1 april 2025]] verhuisd naar de [[a:Oranjeboomstraat 219]], [[pc:3071 SN]] Rotterdam, na een periode in de vrouwenopvang ({{o:Fier}}). Haar ex-partner, [[p:Hakan Arslan]], mag haar niet benaderen; er is een contactverbod tot [[d:15-10-2025]]. De kinderen [[p:Elif]] (8) en [[p:Deniz]] (5) zijn aangemeld op een nieuwe school. Financiën: bewind via {{o:Fides Bewind}} (dossier [[ds:FB-22-1187]]).

Wij zijn voor vragen bereikbaar via [[t:070 - 353 75 00]].

[[p:Hatice Toprak]], {{r:casusregisseur}}""",
    """verslag tel. contact [[d:15-07]] met {{o:DUO}} ivm studieschuld [[p:mustafa]]
- klantnr duo: [[ds:DUO 1188 4420 9]]
- draagkrachtmeting aangevraagd, formulier naar [[a:Erasmuslaan 41]] (oud adres!!) gestuurd → correct adres: [[a:Goudsbloemlaan 104]], [[pc:2565 CX]]
- mustafa ([[p:Mustafa Elhamdaoui]]) moet zelf inloggen met DigiD, heeft wachtwoord kwijt
- volgende stap: samen DigiD herstel op [[d:maandag 21 juli]]""",
    """Aanvraag {{o:Voedselbank Haaglanden}}
Verwijzende instantie: {{o:SWT}} {{w:Moerwijk}}
Contactpersoon: [[p:Guus Willems]], [[t:06-2009 1163]]
Aanvrager: [[p:Ngozi Eze]]          Geboortedatum: [[d:1981-03-30]]
Adres: [[a:Dordtselaan 27-1]], [[pc:2573 BJ]] Den Haag
Gezinsleden: [[p:Chidi]] (14), [[p:Adaeze]] (10), [[p:Obi]] (2)
Besteedbaar inkomen na vaste lasten: € 210 p/mnd
Ingangsdatum: week 47, dus [[d:18-11-2024]]
Duur: 6 maanden, daarna herbeoordeling.""",
    """Rapportage aan {{o:Wmo-loket Leiden}}

Betrokkene: dhr. [[p:J. Zoeteman]], [[a:Haarlemmerweg 310]], Leiden ({{w:De Mors}}?) nee, {{w:Stevenshof}}
Geb.: [[d:8 mei 1947]]

Meneer is op [[d:maandag 3 februari]] uit het {{o:LUMC}} ontslagen na een CVA. Hij woont samen met zijn vrouw, mevrouw [[p:Zoeteman-de Haas]], die zelf slechtziend is. Er is dringend behoefte aan tijdelijk verblijf of intensieve thuiszorg. De {{r:transferverpleegkundige}} ([[p:Linda Ouwehand]], [[t:071-526 9111]]) heeft contact gelegd met {{o:Topaz}}.

Met vriendelijke groet,
[[p:Mariska de Roo]], {{r:sociaal werker}}""",
    """Aanmelding {{o:Kredietbank Den Haag}} – saneringskrediet
Naam aanvrager: [[p:Stefan Ivanov]]
Naam partner: [[p:Desislava Ivanova]]
BSN aanvrager: [[b:#.]]
BSN partner: [[b:#.]]
Adres: [[a:Troelstrakade 62]], [[pc:2531 AD]], {{w:Moerwijk}}
Bank: [[i:#ABNA ]] (en/of)
Telefoon: [[t:06 1077 4528]] / [[t:06 3902 2175]]
Schuldeisers: 9, totaal € 23.118,45 (zie bijlage)
Aanvraagdatum: [[d:2 september 2024]]
Behandelaar: [[p:A. Çakır]]""",
    """Kort verslag gesprek met cliënt [[p:Lieke]] en haar moeder [[p:Ans van der Meer]] op [[d:1 nov]].
Lieke (23) woont sinds de zomer op zichzelf (kamer via {{o:Stichting Timon}}, [[a:Hoge Zand 4-D]]), werkt niet en gamet 's nachts. Moeder maakt zich zorgen. Lieke zelf vindt dat het goed gaat, maar geeft toe dat ze de zorgpremie niet betaalt. Afgesproken dat we samen haar post doornemen. Zorgverzekeraar: {{o:Zilveren Kruis}}, relatienummer [[ds:219 004 387]].
[[p:Mehmet]]""",
    """BRIEF AAN WONINGCORPORATIE

Aan: {{o:Vidomes}}, afdeling {{o:Incasso}}, t.a.v. mevrouw [[p:P. Wesseling]]
Datum: [[d:30 januari 2025]]
Betreft: huurder [[p:D. Amrani]], [[a:Huis te Landelaan 240]], [[pc:2283 SJ]] Rijswijk, contractnummer [[ds:11-04-7720]]

Geachte mevrouw [[p:Wesseling]],

Wij verzoeken u de ontruimingsprocedure tegen de heer [[p:Amrani]] op te schorten. Meneer is inmiddels aangemeld bij {{o:schuldhulpverlening}} en er is een aanvraag voor beschermingsbewind ingediend. De lopende huur wordt vanaf [[d:1 februari]] rechtstreeks door zijn {{r:bewindvoerder}} betaald.

Hoogachtend,
[[p:Tessa Koenen]], {{r:maatschappelijk werker}}, {{o:Sociaal Wijkteam Rijswijk}}""",
]
# ---- batch 7 ----
T += [
    """Machtiging rechtstreekse betaling (bijlage bij beschikking bijzondere bijstand)

Ondergetekende [[p:Rosalind Wijngaarde]], BSN [[b:# ]], machtigt de {{o:gemeente Den Haag}} om de toegekende vergoeding voor eigen risico zorgverzekering rechtstreeks over te maken aan {{o:CZ}}, IBAN van de zorgverzekeraar zoals vermeld op de factuur. Het resterende bedrag wordt overgemaakt naar rekeningnummer [[i:#INGB ]] t.n.v. [[p:R.E. Wijngaarde]].

Plaats/datum: Den Haag, [[d:4-6-2025]]
Handtekening: ______________""",
    """wmo gesprek [[d:22/10]] thuis bij mw [[p:el ouazzani]], [[a:schilderstraat 14 3hoog]]  ({{w:Schilderswijk}})
aanwezig: mw, dochter [[p:soukaina]], ik ([[p:bram]], {{r:wmo-adviseur}})
- mw 72, knieprothese beide zijden, trap is probleem, 3e verdieping geen lift
- wil verhuizen, staat al 9 jr ingeschreven bij {{o:woonnet haaglanden}} (inschrijfnr [[ds:WNH-0398812]])
- urgentie? eerst medisch advies via {{o:Argonaut}}
- hh: dochter doet veel, schoonzoon [[p:yassine]] ook
afspraak: aanvraag medische urgentie, advies binnen 6 wkn""",
    """{{o:GEMEENTE DELFT}} – {{o:Sociaal Team}} {{w:Tanthof}}
Rapportage t.b.v. aanvraag beschermingsbewind

Naam: [[p:Kevin Stolwijk]]
Geboortedatum: [[d:19 februari 1994]]
Adres: [[a:Aan 't Verlaat 28]], [[pc:2625 GW]] Delft
BSN: [[b:#]]
Rekeningnummer: [[i:#TRIO]]
Opgesteld door: [[p:Marije van Lith]], {{r:schuldhulpconsulent}}, [[d:3 maart 2025]]

Kevin heeft een verslavingsachtergrond (cannabis, gokken) en is sinds zes maanden clean onder begeleiding van {{o:Antes}}. De schuldenlast (circa € 31.000) bestaat grotendeels uit online-gokschulden en een persoonlijke lening. Kevin vraagt zelf om bewind omdat hij 'het geld anders weer uitgeeft'. Zijn vader, [[p:Wim Stolwijk]], ondersteunt het verzoek.""",
    """Van: [[p:Sandra Mulder]] <[[e:sandra.mulder@vraagwijzer-lv.nl]]>
Aan: [[e:info@bewindvoering-hofstad.nl]]
Datum: [[d:woensdag 9 april 2025]]
Onderwerp: vraag mbt cliënt [[p:Kraaijeveld]], uw kenmerk [[ds:HB-0771]]

Geachte heer, mevrouw,

Mevrouw [[p:Kraaijeveld]] (wonende [[a:Fonteynenburghlaan 3]], Voorburg) meldt dat haar leefgeld deze week niet is ontvangen. Zij heeft geen geld voor boodschappen. Kunt u het bedrag vandaag overmaken naar [[i:#RABO ]]? Zo niet, dan verwijzen wij haar tijdelijk naar de {{o:Voedselbank}}.

Met vriendelijke groet,
[[p:Sandra Mulder]]
{{r:consulent}} {{o:Vraagwijzer Leidschendam-Voorburg}}
[[t:070-3008000]]""",
    """SCHULDENLIJST [[p:Bos]], [[p:Marcel]] (klantnr [[ds:KB/2025/0091]])
crediteur                 | kenmerk             | bedrag
{{o:Belastingdienst}}           | [[ds:1234.56.789.H.01]]   | 2.880
{{o:CJIB}}                      | [[ds:7100 4412 9930 1192]] | 1.310
{{o:Gemeentelijk Belastingkantoor}} | [[ds:GBK 887120]]  | 344
{{o:Ziggo}}                     | [[ds:40098812]]         | 211
{{o:Lyca Mobile}}               | n.v.t.               | 98
{{o:Santander Consumer}}        | [[ds:SC-2211-0834]]     | 5.700
{{o:Intrum}} (namens {{o:Zalando}}) | [[ds:IN55018321]]    | 437
totaal ca. 10.980
Rekening cl.: [[i:#SNSB ]]""",
    """Verslag evaluatiegesprek [[d:dinsdag 17 december 2024]]
Cliënt: [[p:Amira Saleh]] (Syrische, statushouder sinds 2021)
Aanwezig: cliënt, haar man [[p:Mahmoud Saleh]], tolk Arabisch (dhr. [[p:Haddad]] via {{o:Global Talk}}), [[p:Loes Wijnberg]] ({{r:maatschappelijk begeleider}} {{o:VluchtelingenWerk}}) en ondergetekende.

Het gezin woont sinds een jaar aan de [[a:Zonnebloemstraat 63]], [[pc:2565 RW]] Den Haag ({{w:Bomen- en Bloemenbuurt}}). Het inburgeringstraject van mevrouw loopt bij {{o:ROC Mondriaan}}. De grootste zorg is de energierekening: de voorschotnota van {{o:Greenchoice}} is verdubbeld. Afgesproken: aanvraag energietoeslag en energiecoach via {{o:Duurzaam Den Haag}}.

[[p:Pieter-Jan Hoek]], {{r:casusregisseur}}""",
    """overdracht nachtdienst → dagdienst {{o:crisisdienst}} / info voor SWT:
[[d:zo 23-02-2025]] 03.40 dhr. [[p:K.]] [[p:Bremer]] ([[d:14.06.1962]]) binnengebracht door politie, verward op straat bij [[a:Prinsegracht 77]]. woont [[a:Stille Veerkade 12-1]]. geen acute psychose. wil naar huis. kent {{o:SWT}} {{w:Centrum}} via [[p:Wilma]]?
contact zus: [[p:Karin Bremer]], [[t:06-11 00 42 87]]
zaaknr crisisdienst [[ds:CD25-00718]]""",
    """Aan: {{o:Rechtbank Den Haag}}, team {{o:Toezicht}} (kantonzaken)
Betreft: zorgmelding – ondercuratelestelling mevrouw [[p:E.C. Maas]]
Uw kenmerk: [[ds:C/09/598811 / CU RK 20-441]]

Edelachtbare,

Hierbij breng ik u op de hoogte van zorgen over het functioneren van de huidige curator van mevrouw [[p:Maas]]. Mevrouw heeft mij op [[d:16 april 2025]] verteld dat zij al twee maanden geen leefgeld heeft ontvangen en dat haar energierekening niet wordt betaald. Haar woning aan de [[a:Bazarstraat 10-C]] is inmiddels ernstig vervuild. De curator was voor mij niet bereikbaar (telefonisch en per mail, laatst geprobeerd [[d:22-04-2025]]).

Ik verzoek u de situatie te laten onderzoeken.

Met de meeste hoogachting,
[[p:J.A. Lindeboom]], {{r:maatschappelijk werker}}, {{o:SWT}} {{w:Centrum}}""",
    """{{o:SOCIAAL WIJKTEAM RIJSWIJK}} – INTAKE (vervolg blad 2)
Netwerk:
  partner ............. geen (gescheiden, ex [[p:Jeroen Mulder]])
  kinderen ............ [[p:Sem]] (10), [[p:Noor]] (7) – om de week bij vader
  familie ............. moeder [[p:Gerda Roos]] in Delft, [[t:015 - 256 40 19]]
  vrienden ............ weinig, buurvrouw [[p:Fleur]] soms
Financiën:
  inkomen ............. loon 28 u (kassière {{o:Albert Heijn}})
  IBAN ................ [[i:#INGB]]
  schulden ............ ja, ca 4.500 (creditcard, {{o:Klarna}})
Hulpvraag in eigen woorden: "ik wil weer rust in mijn hoofd en niet bang zijn voor de post"
Medewerker: [[p:Hind]] / datum [[d:07-10-2024]]""",
    """[[d:19-3-2025]] – telefoonnotitie
Gebeld door mw. [[p:Huisman]] van {{o:Flanderijn}} (deurwaarder), tel [[t:088 - 0277 300]], inzake dossier [[ds:F2025-33918]], cliënt [[p:Soufiane]] [[p:el Hadioui]] ([[a:Wolmaransstraat 42]]).
Beslag op inboedel gepland voor [[d:2 april]]. Ik heb uitgelegd dat meneer in een traject bij {{o:SHV}} zit en gevraagd de executie op te schorten. Zij wil schriftelijke bevestiging van de {{r:schuldhulpverlener}} ([[p:Martijn Claassen]]) → mail naar [[e:incasso.denhaag@flanderijn.nl]].""",
    """Ter info voor MDO [[d:do 5 juni]] – casus [[p:Kapoor]]

[[p:Ravi Kapoor]] (58) en [[p:Sunita Kapoor]] (55), [[a:Loosduinseweg 344]], {{w:Valkenbos}}. Zoon [[p:Arjun]] (27) woont thuis en heeft een psychotische stoornis; hij is uit behandeling gegaan bij {{o:Parnassia}}. Ouders zijn uitgeput. [[p:Sunita]] is onlangs gevallen en ligt in het {{o:HagaZiekenhuis}}. Vraag aan MDO: kan de {{o:FACT}}-{{r:psychiater}} bemoeizorg starten? Huisarts: dr. [[p:Lachmon]], {{o:Gezondheidscentrum Valkenbos}}.""",
    """Van: [[p:Bas Groenendijk]] <[[e:b.groenendijk@haagwonen.nl]]>
Aan: [[p:Anouk Prins]] <[[e:anouk.prins@xtra.nl]]>
Datum: [[d:12-06-2025]]
Onderwerp: RE: huurachterstand [[a:Melis Stokelaan 2012]]

Hoi Anouk,

Akkoord met de betalingsregeling voor mevrouw [[p:Pinas]]: € 60 per maand bovenop de huur, eerste termijn [[d:1 juli]]. Contractnummer [[ds:HW-1102834]]. Als één termijn mist, gaat het dossier terug naar de deurwaarder, dus houd het in de gaten.

Groet,
Bas
{{r:Woonconsulent}} {{o:Haag Wonen}} | [[t:070 - 3 109 209]]""",
]
# ---- batch 8 ----
T += [
    """Aanvraag bijzondere bijstand – toelichting {{r:consulent}}
Aanvrager [[p:Marisol Rosario]], [[a:Hobbemastraat 104-3]], [[pc:2526 JL]]
Uit te betalen aan: [[i:#ABNA]]
Mevrouw vraagt vergoeding van de kosten voor een bril (€ 289) en tandarts (€ 410). Zij heeft een bijstandsuitkering en een aanvullende verzekering bij {{o:Zorg en Zekerheid}} die deze kosten niet dekt. Advies: toekennen. [[d:14-01-2025]], [[p:T. Brandsma]]""",
    """MDO verslag – {{w:Leidschenveen-Ypenburg}}
[[d:dinsdag 25 februari]]
aanwezig: {{r:casusregisseur}} ([[p:Ingrid]]), {{r:wijkverpleegkundige}} ([[p:Mehtap]], {{o:Vivaldi}}), {{r:ouderenadviseur}} ([[p:Paul]]), {{r:huisarts}} (dr. [[p:Van Gelder]])
1. Dhr. [[p:Schouten]] ([[a:Laan van Hoornwijck 120]]) – eenzaam, drinkt, dochter [[p:Carla]] belt elke dag. Actie: Paul nodigt meneer uit voor biljartclub in {{o:De Hoeksteen}}.
2. Mw. [[p:Kalloe]] ([[a:Zilverbergstraat 8]]) – mantelzorger van man met Parkinson, overbelast. Actie: Mehtap vraagt respijtzorg aan, Ingrid belt mw [[d:vrijdag 28 feb.]]
3. Geen nieuwe aanmeldingen.""",
    """Geachte mevrouw [[p:Ouarrak]],

Bij deze bevestigen wij de afspraak voor het keukentafelgesprek op [[d:donderdag 27 maart 2025]] om 10.00 uur bij u thuis ([[a:Laakweg 92]], [[pc:2521 GB]] Den Haag). Aanwezig zijn [[p:Jolanda Tetteroo]] ({{r:Wmo-adviseur}}) en uw {{r:casusregisseur}}, [[p:Youssef Aarab]]. Wilt u uw legitimatiebewijs en de brief van het {{o:CIZ}} klaarleggen?

Uw referentienummer: [[ds:2025-WMO-77401]].

Met vriendelijke groet,
{{o:Sociaal Wijkzorgteam}} {{w:Laak}}""",
    """Naam: [[p:Bogdan Marinescu]]  
Geboortedatum: [[d:23.09.1979]]
BSN: [[b:#]]
Burgerlijke staat: gehuwd met [[p:Ioana Marinescu]] (in Roemenië)
Adres NL: [[a:Nieuwe Weg 14-B]], [[pc:2681 GE]] Monster
Werkgever: uitzendbureau {{o:OTTO Work Force}}, kassen {{w:Westland}}
Huisvesting: via werkgever, 6 man in een woning
Hulpvraag: ontslagen, moet binnen 2 weken de woning uit. Geen geld. Geen zorgverzekering meer (was via werkgever).
Verwijzing: {{o:Barka}} / {{o:Stichting Straatkracht}}; tel. client [[t:+40 741 226 018]]""",
    """Van: [[p:Frank de Jong]] ({{o:SWT}} {{w:Scheveningen}})
Aan: team
Onderwerp: vervanging tijdens verlof
Datum: [[d:20-12-2024]]

Collega's, tijdens mijn verlof (t/m [[d:6 januari]]) graag even op letten:
- mw. [[p:Lourens]] – [[a:Keizerstraat 201]] – dagelijks bellen rond kerst, ze is somber. [[t:070-3545102]]
- dhr. [[p:Boekestijn]] – uitspraak kantonrechter verwacht, brief komt naar mij, graag doorsturen naar [[e:frank.dejong@denhaag.nl]]
- fam. [[p:Sowa]] – niets acuut
Fijne feestdagen! Frank""",
    """Vergaderverslag casuïstiekoverleg {{o:Wijkzorgteam Zoetermeer}} {{w:Palenstein}}
[[d:4 maart 2025]]
Aanwezig: [[p:Lisanne]], [[p:Orhan]], [[p:Gertjan]], [[p:Babette]] (voorzitter)

Casus: [[p:Vanessa Doornbos]] ([[d:02-12-1987]]), [[a:Kastanjedreef 7]]
Signalen: ernstige huurachterstand bij {{o:De Goede Woning}}, twee kinderen, vermoeden van huiselijk geweld (buren horen geschreeuw). Vanessa ontkent. Partner: [[p:Danny Verburg]], bekend bij politie.
Besluit: Babette overlegt met {{o:Veilig Thuis}}; Orhan houdt contact met corporatie. Volgende bespreking [[d:18-3]].""",
    """AANMELDING DAGBESTEDING – {{o:Middin}}
Naam cliënt: [[p:Marco van der Hoeven]]     geboren: [[d:1988-06-11]]
Adres: [[a:Oude Haagweg 412]], [[pc:2552 GD]] Den Haag
Diagnose: NAH (auto-ongeluk 2015), geheugen- en concentratieproblemen
Wettelijk vertegenwoordiger: moeder, [[p:Thea van der Hoeven-Kok]], [[t:06 – 5422 1180]], [[e:thea.vdhoeven@planet.nl]]
Beschikking Wmo: [[ds:WMO-2025-104882]]
Aanmelder: [[p:Sabine]] ({{r:MEE-consulent}})""",
    """Kort verslag – gezamenlijk huisbezoek met {{o:Stichting Mooi}} bij mevrouw [[p:Verhagen]] op [[d:28/01/25]]
Adres: [[a:Hofwijckplein 9]], Rijswijk ({{w:Te Werve}})
Mevrouw (88) wil niet naar een verpleeghuis. Haar zoon [[p:Eric Verhagen]] (woont in Amersfoort) vindt dat het niet meer gaat. Gesprek was goed: mevrouw accepteert alarmering en maaltijdservice. Zoon wordt gebeld door [[p:Dorien]]: [[t:033-4560112]].""",
    """[[p:Y. Karaca]]
[[a:Jan van der Heijdenstraat 48]]
[[pc:2665 JC]] Bleiswijk

Betreft: uw aanvraag schuldhulpverlening, dossier [[ds:LS-SHV-2025-031]]

Beste meneer [[p:Karaca]],

Uw aanvraag is in behandeling genomen. Wij hebben de volgende documenten nog niet ontvangen:
- bankafschriften van [[i:#INGB ]] over de maanden november t/m januari
- de beschikking van het {{o:UWV}}
- een kopie van uw huurcontract
Wilt u deze vóór [[d:15 februari 2025]] inleveren bij het {{o:Servicepunt}}?

Met vriendelijke groet,
[[p:Anita Bouwman]]
{{r:schuldhulpverlener}} {{o:gemeente Lansingerland}}""",
    """intake gegevens (ingevuld door cl zelf, overgenomen):
naam      [[p:Liu Yang]]
geboren   [[d:6 jan 1969]]
adres     [[a:Wagenstraat 88-C]] ({{w:Chinatown}})
telefoon  [[t:0645 882 013]]
email     [[e:liuyang1969@163.com]]
werk      restaurant, 50+ uur, contant
vraag     'hulp belastingbrief, boete te hoog'
→ brief {{o:Belastingdienst}}: naheffing, kenmerk [[ds:1989.22.331.A.46]]
→ [[p:Lin]] ({{r:vrijwilliger}} {{o:Chinese Brug}}) helpt met vertalen""",
    """Voor: dossier [[ds:SWT-MH-24-0077]]
Datum: [[d:31 oktober 2024]]
Betreft: afsluiting traject [[p:Winston Sedney]]

Het traject met de heer [[p:Sedney]] wordt afgesloten. De doelen uit het plan van aanpak zijn behaald: huurachterstand afgelost, inkomen stabiel (AOW + aanvullende pensioenregeling), hij is lid geworden van de Surinaamse seniorenvereniging in {{w:Mariahoeve}}. Zijn dochter [[p:Gianna]] is aanspreekpunt bij nieuwe vragen: [[t:06-24681357]]. Cliënt weet dat hij altijd terug kan komen via het {{o:Servicepunt XL}}.
[[p:Hennie Smit]], {{r:casusregisseur}}""",
    """MDO – jeugd/volwassenen overgang, {{o:CJG}} {{w:Escamp}}, [[d:10-10-2024]]
Aanwezig: [[p:N. Pranger]] ({{r:jeugdconsulent}}), [[p:T. Amoah]] ({{r:casusregisseur}} SWT), [[p:M. Vos]] ({{o:Youz}}), [[p:L. Bekker]] ({{r:leerplichtambtenaar}})
Jongere: [[p:Rayan Bouchtaoui]], 17 jr 9 mnd, [[a:Erasmusweg 622-B]]
Afspraken
 - [[p:Amoah]] zorgt dat Rayan vóór zijn 18e verjaardag ([[d:13 januari]]) zorgverzekering en DigiD heeft
 - [[p:Vos]]: behandeling loopt door na 18 (verlengde jeugdhulp)
 - [[p:Bekker]]: Rayan is niet meer leerplichtig, wel kwalificatieplichtig → {{o:RMC}}""",
]
# ---- batch 9 ----
T += [
    """Telefoonnotitie [[d:3-3-'25]], 09.15
Beller: Mw. [[p:J. Hoop]], buurvrouw van dhr. [[p:Visser]] ([[a:Escamplaan 55]])
Melding: meneer heeft al 3 dagen de gordijnen dicht, post puilt uit de bus. Zij heeft aangebeld, geen reactie.
Actie: {{r:wijkagent}} ingelicht (vaste lijn [[t:(070) 345 67 89]]), [[p:Ria]] gaat vanmiddag langs met sleutel van de corporatie.
Update 14.30: meneer lag op de grond, bewust, ambulance gebeld → {{o:HMC Westeinde}}. Dochter [[p:Roos]] ingelicht.""",
    """BESCHIKKING Wmo – {{o:Gemeente Rijswijk}}
Kenmerk: [[ds:RW/WMO/25/3318]]    Datum: [[d:8 mei 2025]]
Aan: [[p:Thijs Olieman]], [[a:Steenvoordelaan 152]], [[pc:2284 ED]] Rijswijk
Toegekend: begeleiding groep (dagbesteding), 3 dagdelen per week, aanbieder {{o:Ipse de Bruggen}}, van [[d:19-05-2025]] t/m [[d:18-05-2026]].
Vervoer: aangepast vervoer van en naar dagbesteding.
Vragen? Bel de {{r:Wmo-consulent}}, [[p:Meryem Koç]], via [[t:070 - 326 10 00]].""",
    """Aan: [[e:postbus.kantonrechter.denhaag@rechtspraak.nl]]
Van: [[p:Evelien van Aalst]] ({{r:bewindvoerder}}, {{o:Aalst Financiële Zorg}})
Onderwerp: rekening & verantwoording 2024 – dhr. [[p:T.]] [[p:Rustenhoven]], [[ds:C/09/512200 BW RK 16-2281]]
Datum: [[d:28-03-2025]]

Geachte griffier,

Bijgaand treft u de rekening en verantwoording over 2024 aan van rechthebbende [[p:Tjeerd Rustenhoven]], geboren [[d:02-03-1958]], wonende [[a:Kerketuinenweg 90]], [[pc:2544 CX]] Den Haag. Beginsaldo € 1.208,40, eindsaldo € 2.915,07 op beheerrekening [[i:#INGB ]]. Er zijn geen bijzonderheden.

Met vriendelijke groet,
[[p:E. van Aalst]]""",
    """MDO – kort
[[d:12/12]] | {{w:Spoorwijk}}
[[p:sjaak]], [[p:hind]], [[p:maryam]], [[p:ton]] (wijkagent)
• dhr. [[p:Pereira]] – deurwaarder geweest, inboedel gered. Ok.
• familie [[p:Ramsaroep]] – ruzie, politie 2x → VT gebeld ([[ds:VT-2024-9081]])
• Mw. [[p:Lopes Semedo]] ([[a:Apeldoornselaan 17]]) – nieuw, zoon [[p:Nelson]] vraagt hulp voor moeder, spreekt Kriolu/Portugees. maryam pakt op.""",
    """Amsterdam, [[d:7 november 2024]]

Aan: {{o:Sociaal Wijkzorgteam}} {{w:Schilderswijk}}, Den Haag
Van: {{o:Buurtteam Amsterdam Nieuw-West}}

Betreft: doorverhuizing [[p:Hamza Ait Said]] ([[d:13-04-1999]])

Beste collega's,

De heer Ait Said verhuist per [[d:15 november]] naar de [[a:Vaillantlaan 12-hs]], [[pc:2526 HM]] Den Haag, bij zijn oom [[p:Brahim Ait Said]]. Wij begeleidden hem bij een WSNP-traject (bewindvoerder: mr. [[p:S. de Boer]], {{o:De Boer WSNP}}, [[t:020-6201144]]). Graag een warme overdracht; hij heeft moeite met nieuwe hulpverleners. Zijn mail: [[e:hamza.aitsaid99@outlook.com]].

Hartelijke groet,
[[p:Chantal Eersel]], {{r:buurtteammedewerker}}""",
    """rapportage ({{r:maatsch. werk}}), [[d:wo 2-4]]:
bel gehad met [[p:patrick]] van {{o:kredietbank}}: aanvraag saneringskrediet fam. [[p:Hoek]] ([[ds:KB-25-0412]]) afgewezen, schuld bij {{o:Belastingdienst}} te hoog / fraudevordering. alternatief: WSNP. dhr [[p:Hoek]] ([[p:Pieter]]) is boos, wil niet. mw [[p:Hoek]] ([[p:Tineke]]) wil wel. afspraak samen op [[d:9 april]]. tel thuis [[t:015-2145570]], [[a:Westlandseweg 221]] Delft.""",
    """Van: [[p:Oksana Melnyk]] <[[e:o.melnyk.ua@gmail.com]]>
Aan: [[p:Inge]] (SWT)
Datum: [[d:17.02.2025]]
Onderwerp: brief gemeente

Goedemiddag Inge,

I get letter from gemeente, I don't understand. It say my leefgeld stops [[d:1 maart]]? My BSN is [[b:#]]. We live in [[a:Hengelolaan 1100]] with my son [[p:Maksym]]. Please help, my phone [[t:+31 6 8823 1049]].

Oksana""",
    """Samenvatting dossier t.b.v. overdracht naar {{o:Leger des Heils}} {{o:Ambulant Team}}

Cliënt: [[p:Dirk-Jan Vermeer]] | geb. [[d:18 juli 1976]] | BSN [[b:#.]]
Laatste woonadres: [[a:Goudenregenstraat 114]] (ontruimd [[d:04-02-2025]])
Briefadres: {{o:Leger des Heils}}, [[a:Prinsegracht 68]], [[pc:2512 GB]] Den Haag
Problematiek: dakloos, alcoholafhankelijk, schulden (> € 40.000), geen contact met familie behalve zus [[p:Marja]].
Lopend: bewind via {{o:Bewindvoering Haaglanden}} ([[ds:BH-2023-455]]); uitkering via {{o:Werk en Inkomen}} (briefadres).
Overdragend {{r:casusregisseur}}: [[p:Hamid Bakkali]], [[t:06-34 56 78 12]].""",
    """Verslag MDO {{o:Wijkteam}} {{w:Poptahof}} ([[d:8-4-2025]])
Aanwezigen: [[p:Esra]] ({{r:MW}}), [[p:Kim]] ({{r:WV}}), [[p:Joost]] ({{r:Wmo}}), [[p:Amal]] ({{r:welzijn}})
Afwezig: {{r:huisarts}} (agenda vol)

casus [[p:Koster]] – dhr [[p:G. Koster]] (81), weduwnaar, woont boven winkel, [[a:Papsouwselaan 26-II]]. Valt, vergeet medicatie. Wil geen hulp 'van vreemden'. Kleindochter [[p:Jade]] komt 1x/week.
→ Kim: medicatierol via apotheek + toezicht
→ Joost: Wmo-melding, HH
→ Amal: maatje via {{o:Delft voor Elkaar}}""",
    """Ingevuld aanmeldformulier {{o:Schuldhulpmaatje Westland}}
naam: [[p:Cor van Vliet]]
adres: [[a:Heenweg 54]], [[pc:2691 PB]] 's-Gravenzande
tel: [[t:0174-412 855]]
geb: [[d:11/11/1957]]
heeft u een bewindvoerder? nee
heeft u schulden? ja. {{o:Rabobank}} (krediet), {{o:Eneco}}, huur bij {{o:Arcade}}
rekening: [[i:#RABO ]]
hoe bent u bij ons gekomen? via dominee [[p:Kraan]] van de kerk
handtekening: [[p:C.v.V.]]""",
    """Verslag gesprek [[d:maandag 6 januari 2025]] – mw. [[p:Nkemelu]] en {{r:schuldhulpverlener}}

Mevrouw [[p:Chiamaka Nkemelu]] ([[a:Zuidlarenstraat 201]], [[pc:2545 VP]]) heeft 6 schuldeisers aangeleverd. Haar maandinkomen is € 1.480. Vaste lasten na huurtoeslag € 960. Afspraak:
1. Mw zet automatische betaling huur aan vanaf [[i:#BUNQ]] (nieuwe rekening).
2. {{r:schuldhulpverlener}} vraagt saldo-opgave op bij alle schuldeisers.
3. Terugkoppeling [[d:20 jan.]]
Dossier: [[ds:SHV-2025-0021]]""",
    """Notitie na MDO ({{o:GGD}} {{o:Bijzondere Zorg}}, [[d:14-05-2025]])
Over: [[p:Martinus]] ([[p:Tinus]]) [[p:de Ridder]], [[a:Hooigracht 5 bis]]
Besloten: meldingsroute verward gedrag; woning wordt op [[d:26 mei]] gereinigd door {{o:HMS}} met toestemming van meneer. Broer [[p:Gerard de Ridder]] tekent mee. Kosten via bewindvoerder (mw. [[p:Ootes]]).""",
]
# ---- batch 10 ----
T += [
    """Korte overdracht (tel.) van {{o:Haags Centrum voor Dakloosheid}} aan SWT {{w:Laak}}, [[d:zaterdag 1 maart]]:
[[p:Ahmed Jama]] (Somalisch, 29) krijgt woning via uitstroom: [[a:Hoefkade 1230-A]], sleuteloverdracht [[d:10-03]]. Nodig: inrichting, aanmelding huisarts, inkomen. BSN: [[b:# ]]. Contactpersoon opvang: [[p:Rosa]], [[t:070 - 7 52 66 00]].""",
    """Van: [[p:Wouter Kok]] <[[e:w.kok@zoetermeer.nl]]>
Aan: [[p:Nadia]]
Datum: [[d:vr 13 juni 2025]] 15:58
Onderwerp: betaling regeling [[p:Boukema]]

Nadia, de eerste termijn is binnen. Gemeentelijk kenmerk: [[ds:ZTM-INV-118822]]. De rest gaat via incasso van [[i:#INGB ]]. Mevrouw [[p:Boukema]] hoeft niets meer te doen.
Gr. Wouter
--
{{r:Medewerker invordering}} | {{o:Gemeente Zoetermeer}} | [[a:Markt 10]], [[pc:2711 CV]] Zoetermeer | [[t:14 079]]""",
    """Verslag kantonzitting [[d:24 september 2024]] – [[ds:C/09/655412 / BW RK 24-1505]]
Aanwezig: rechthebbende mw. [[p:Fatima Zahra Ouled]], haar broer [[p:Mourad Ouled]], beoogd {{r:bewindvoerder}} dhr. [[p:Keijzer]] ({{o:Keijzer Budget & Bewind}}), en namens het SWT ondergetekende.
De {{r:kantonrechter}} heeft het bewind uitgesproken. Reden: meerdere problematische schulden en een LVB. Mevrouw was het ermee eens. Beschikking volgt per post naar [[a:Oudemansstraat 312]], [[pc:2522 SV]].
[[p:Charlotte Ligthart]]""",
    """Intakeformulier pag. 1/3
Datum: [[d:5-12-2024]]     Medewerker: [[p:R. Moesan]]
Cliëntnr: [[ds:#48217]]
Naam: [[p:Winter]], [[p:Johanna Maria]] ('Jopie')
Geb.datum: [[d:27-03-1944]]
Adres: [[a:Beresteinlaan 540]] – [[pc:2542 JV]]
Tel.: [[t:070 366 0101]]
Contactpersoon: buurman [[p:Ahmed El Fassi]], [[t:06-42 77 18 03]]
Reden aanmelding: in de winter alleen, verwarming kapot, corporatie reageert niet. Mw. [[p:Winter]] is slechthorend.""",
    """Actielijst MDO [[d:19-11-2024]]
- [[p:Floor]]: aanvraag bijz. bijstand [[p:Mendes]] ([[a:Soestdijksekade 410]]) afmaken
- [[p:Daan]]: {{o:Staedion}} bellen over [[ds:ST-0019987]]
- [[p:Rukiye]]: huisbezoek [[p:Akbulut]] samen met {{r:wijkverpleegkundige}}
- iedereen: toestemmingsverklaringen checken vóór [[d:1 december]]""",
    """Geachte heer [[p:Tahiri]],

U heeft op [[d:2 juni 2025]] een melding gedaan bij het {{o:Wmo-loket}} voor een aanpassing in uw woning ([[a:Weimarstraat 190]], [[pc:2562 HB]]). Uw {{r:Wmo-consulent}}, mevrouw [[p:De Bruin]], komt op [[d:vrijdag 20 juni]] tussen 9 en 12 uur langs voor een gesprek. Wilt u uw BSN ([[b:#]]) en een overzicht van uw medicijnen klaarleggen?

Met vriendelijke groet,
Afdeling Wmo, {{o:gemeente Den Haag}}""",
    """[[d:17/3]] mail naar {{o:GKB}}, cc [[e:a.bijl@swtdenhaag.nl]]: "graag schuldenoverzicht [[p:Mevlüt Aksoy]] ([[ds:GKB-2024-7719]]) bijwerken, nieuwe vordering {{o:CJIB}} ([[ds:3901 2288 4470 1115]])".
antwoord nog niet ontvangen. [[p:Annemiek]]""",
    """VERWIJZING VERSLAVINGSZORG
Aan: {{o:Brijder Verslavingszorg}}, t.a.v. intake, [[a:Prins Bernhardlaan 15]], [[pc:2273 DA]] Voorburg
Van: {{o:SWT}} {{w:Leidschendam-Voorburg}}, [[p:Maarten Bezemer]]
Cliënt: [[p:Nicky de Graaf]], [[d:03-11-1991]], [[a:Burgemeester Feithplein 88]], Voorburg
Cliënt gebruikt dagelijks alcohol en cocaïne, heeft schulden bij dealers (bedrag onbekend) en een zoontje ([[p:Luca]], 4) dat om de week bij hem is. Cliënt wil zelf stoppen. Moeder van Luca, [[p:Stephanie]], is op de hoogte.
Datum: [[d:11 maart 2025]]""",
    """Mailwisseling (kopie in dossier [[ds:SWT-ES-25-0214]])

[[d:8-1-2025]] [[p:Jorien]] → mw. [[p:Kaçar]]: "Beste mevrouw [[p:Kaçar]], kunt u de loonstroken van december mailen naar [[e:jorien.kamp@xtra.nl]]?"
[[d:9-1-2025]] mw. [[p:Kaçar]] → [[p:Jorien]]: "ik heb geen printer, mag ik foto sturen via whatsapp naar [[t:06-29384756]]?"
[[d:9-1-2025]] [[p:Jorien]]: "ja is goed, ik verwerk ze meteen.\"""",
    """Wmo-beschikking (samenvatting voor team)
cl [[p:van Dam]] ([[p:Hetty]]), [[a:Laan van Nieuw Oost-Indië 233]], [[pc:2593 BR]]
toegekend: HH2 3 u/wk, scootmobiel, per [[d:01-04-2025]]
afgewezen: woningaanpassing badkamer (woning te klein, verhuisadvies)
zaak: [[ds:WMO-25-022871]] | consulent: [[p:Hanneke Jonker]]""",
    """Van: [[p:Soufyan]] ({{r:jongerenwerker}} {{o:Jongerenwerk Den Haag}})
Aan: [[p:Marieke de Vos]] ({{r:casusregisseur}})
Onderwerp: [[p:Ilias]] en zijn moeder
Datum: [[d:14 feb. 2025]]

Hoi Marieke, [[p:Ilias Zahiri]] (19) vroeg me of jullie iets kunnen doen voor zijn moeder (mw. [[p:Zahiri]], [[a:Hoefkade 550]]). Ze krijgt brieven van {{o:Intrum}} en durft ze niet open te maken. Ilias is haar enige steun. Mijn nummer [[t:06-1122 3344]] als je wilt overleggen.
Soufyan""",
    """Eindrapportage traject – {{o:Sociaal Team Westland}}, locatie Wateringen
Cliënte: [[p:Ankie Zuiderwijk]], [[a:Herenstraat 61]], [[pc:2291 BE]] Wateringen
Traject: [[d:12 september 2023]] t/m [[d:12 maart 2025]]
Resultaat: schuldenvrij via saneringskrediet {{o:Kredietbank Nederland}} (slotbrief [[d:3-3-2025]]). Mevrouw werkt weer 24 uur in de zorg ({{o:Pieter van Foreest}}). Haar zoon [[p:Thomas]] heeft een stageplek.
Afsluitend {{r:sociaal werker}}: [[p:Noortje Bakker]], [[e:n.bakker@sociaalteamwestland.nl]]""",
]


# ---- FOOTER ----
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for k, marked in enumerate(T):
        text, pii, keep = build(marked.strip())
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (k, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (k, sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (k, sp)
        assert pii, k
        rows.append({"id": "ho28-%04d" % k, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout28.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words // len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))
