#!/usr/bin/env python3
"""heldout96_corpus.py - independent held-out test corpus for the Dutch personal-data finder.

Register: case lessons / practice descriptions of sociale wijkzorgteams (situatie, aanpak,
wat werkte, wat werkte niet, uitkomst, les, overdraagbaarheid), in draft form with client
data the writers forgot to remove, plus reviewer/editor/privacy-officer comments on those
drafts (which often quote the data that must go).

Markup in the texts below: [[x:...]] = pii span, {{x:...}} = keep span, with
  p=person b=bsn t=phone e=email i=iban pc=postcode a=address d=date n=dossier
  w=wijk o=org r=role.
BSN/IBAN bodies starting with the section sign are generated (seeded, 11-check / mod-97 valid):
  style '' = compact, '.' = 1234.56.782, ' ' = spaced, 'l' = lower case; '#key' reuses a number.
Texts are separated by a line '~~~'. Running the script writes heldout96.jsonl next to itself
(deterministic) and verifies every span.
Usage: python3 heldout96_corpus.py
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
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def make_bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(rng):
    bank = rng.choice(BANKS)
    acc = "".join(str(rng.randint(0, 9)) for _ in range(10))
    chk = 98 - iban_num(bank + acc + "NL00") % 97
    return "NL%02d%s%s" % (chk, bank, acc)


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_bsn(raw, style):
    if style == ".":
        return raw[:4] + "." + raw[4:6] + "." + raw[6:]
    if style == " ":
        return raw[:3] + " " + raw[3:6] + " " + raw[6:]
    return raw


def fmt_iban(raw, style):
    if style == " ":
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style == "l":
        return raw.lower()
    return raw


NUMBERS = {}
MARK = re.compile(r"(\[\[|\{\{)([a-z]+):(.+?)(\]\]|\}\})", re.S)


def parse(src, rng):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        op, lab, body, cl = m.groups()
        if (op == "[[") != (cl == "]]"):
            raise ValueError("bracket mismatch: %r" % m.group(0))
        if op == "[[":
            label = PII[lab]
            if body.startswith("\u00a7"):
                style, _, key = body[1:].partition("#")
                if label == "bsn":
                    raw = make_bsn(rng)
                elif label == "iban":
                    raw = make_iban(rng)
                else:
                    raise ValueError(body)
                if key:  # the same number quoted again (e.g. by a reviewer)
                    raw = NUMBERS.setdefault(key, raw)
                body = fmt_bsn(raw, style) if label == "bsn" else fmt_iban(raw, style)
            tgt = pii
        else:
            label = KEEP[lab]
            tgt = keep
        tgt.append({"start": n, "end": n + len(body), "label": label, "text": body})
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "\u00a7" in text:
        raise ValueError("leftover markup in: %r" % text[:120])
    return text, pii, keep


def check(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip(), (rec["id"], s)
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), (rec["id"], s)
        if s["label"] == "iban":
            assert iban_ok(s["text"]), (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    assert rec["pii"], rec["id"]


def build(chunks, prefix, path):
    rng = random.Random(96)
    NUMBERS.clear()
    recs = []
    for src in chunks:
        for raw in src.split("\n~~~\n"):
            raw = raw.strip("\n")
            if not raw.strip():
                continue
            text, pii, keep = parse(raw, rng)
            rec = {"id": "%s-%04d" % (prefix, len(recs)), "text": text, "pii": pii, "keep": keep}
            check(rec)
            recs.append(rec)
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


TEXTS = [
    r"""Casusles (concept) – bemoeizorg in {{w:Moerwijk}}

Situatie
Mevrouw [[p:Hatice Çelik]] (58) woont sinds 2011 alleen op de [[a:Erasmusweg 412]], [[pc:2532 CT]]. De buren belden in de zomer meerdere keren de {{o:GGD}} over stankoverlast. Ze deed de deur niet open voor de {{r:wijkverpleegkundige}} en ook niet voor de {{r:wijkagent}}.

Aanpak
We kwamen binnen via haar broer [[p:Mustafa]]. Hij belde ons zelf op [[d:14 augustus]] ([[t:06-28 41 77 03]]). Afgesproken dat [[p:Sanne]] ({{r:maatschappelijk werker}}) één keer per week meeging, altijd op dinsdag, altijd met koffie en iets van de bakker op de hoek.

Wat werkte
Kleine stappen, steeds dezelfde persoon. Niet beginnen over de rommel.

Wat werkte niet
De brief van {{o:Haag Wonen}} over ontbinding van het huurcontract. Daarna zat ze weer twee weken dicht.

Les voor andere teams: zoek de ene persoon die wél binnen mag komen en maak die tot bondgenoot.
~~~
**Titel:** Schulden en schaamte – werken met een {{r:ervaringsdeskundige}}
**Team:** SWT {{w:Laak}}
**Auteur:** [[p:Ilse Verhoeven]], {{r:schuldhulpverlener}}

**Situatie:** Dhr. [[p:Rajesh Jagessar]] (44), alleenstaand, ruim € 23.000 schuld bij o.a. het {{o:CJIB}}, de {{o:Belastingdienst}} en zijn energieleverancier. Hij opende geen post meer. Zijn zus [[p:Sunita]] bracht hem naar het {{o:Servicepunt XL}} in het {{w:Laakkwartier}}.
**Aanpak:** Samen met [[p:Ronald]], {{r:ervaringsdeskundige}} bij {{o:Schuldhulpmaatje}}, de post in drie dozen gesorteerd (nu / later / weg). Aanmelding bij {{o:Schuldhulpverlening}} onder nummer [[n:SHV-2023-08812]]. Beslag op zijn uitkering eerst laten herberekenen door het {{o:UWV}}.
**Resultaat:** na vier maanden stabiel, aanvraag schuldregeling loopt.
**Les:** schaamte is de grootste drempel, niet de schuld zelf. Een {{r:ervaringsdeskundige}} opent deuren die voor ons dicht blijven.
**Overdraagbaar?** Ja. Elk team kan een maatje inschakelen; vraag wel tijdig na of er in jouw wijk een beschikbaar is.
~~~
1. situatie: clt (m, 71) woont op [[a:Apeldoornselaan 88-1]], vereenzaamd na overlijden vrouw op [[d:3-1-2023]]. Heet [[p:Gerrit Mulder]] maar iedereen noemt hem [[p:Gerrie]].
2. aanpak: {{r:ouderenconsulent}} [[p:Wendy]] op huisbezoek, daarna koppeling met {{o:Haags Ontmoeten}} en de biljartclub in het buurthuis aan de Zuidlarenstraat.
3. wat werkte: hem zelf laten kiezen, niks aanpraten.
4. wat werkte niet: dagbesteding via het {{o:Wmo-loket}}, vond hij "een bejaardenclub".
5. uitkomst: gaat nu 2x per week biljarten. Dochter [[p:Marjolein]] ([[t:0624519930]]) belt elke zondag.
6. les: eenzaamheid los je niet op met een indicatie.
~~~
Praktijkbeschrijving: "De keukentafel als werkplek"
Wijk: {{w:Schilderswijk}}

In onze wijk werken we veel met gezinnen waar een ouder een LVB heeft. Een voorbeeld: het gezin [[p:El Khattabi]] aan de [[a:Hoefkade 231-III]]. Moeder [[p:Khadija]] (34) kan slecht lezen, vader zit sinds 2021 in Marokko. Vier kinderen, de jongste ([[p:Adam]], geboren [[d:09-06-2020]]) heeft een ontwikkelingsachterstand.

We zijn gestopt met afspraken op kantoor. De {{r:MEE-consulent}} en ik gaan naar de keukentafel, elke donderdag om half tien, als de kinderen op school zijn. Brieven lezen we samen hardop. Het {{o:CJG}} schuift één keer per maand aan.

Wat niet werkte: de tolkentelefoon. Mevrouw voelde zich "uitgehoord".
Wat wel werkte: haar eigen nicht als vaste vertaler, met haar toestemming.

Overdraagbaarheid: goed toepasbaar bij LVB-gezinnen in andere wijken, mits je de tijd krijgt. Reken op minstens een half jaar.

– [[p:Nadia]], {{r:maatschappelijk werker}} {{o:Xtra}}
~~~
CASUSLES – CONCEPT v2 (niet verspreiden)
Thema: huiselijk geweld

Aanleiding: melding van de {{r:huisarts}} (dr. [[p:Van Rijn]], praktijk aan de [[a:Weimarstraat 301]]) op [[d:woensdag 7 februari]]. Mevrouw [[p:Agnieszka Nowak]] had blauwe plekken op beide armen en zei dat ze gevallen was.

Wat we deden: binnen 48 uur een gesprek op neutrale grond, niet thuis. Overleg met {{o:Veilig Thuis}} (meldnummer [[n:VT-2024-03117]]). Geen confrontatie met partner [[p:Tomasz]].

Wat werkte: een Poolstalige {{r:hulpverlener}} van {{o:Stichting MOOI}} erbij.
Wat niet werkte: de eerste opvangplek; ze ging na drie dagen terug.

Uitkomst: tweede poging in het voorjaar lukte wel, ze woont nu in {{w:Ypenburg}} bij een vriendin.

Les: verwacht niet dat de eerste keer de laatste keer is. Houd het dossier open.
~~~
Situatie – Aanpak – Resultaat

S: Jonge moeder (23), [[p:Djenifer Monteiro]], Kaapverdiaanse achtergrond, twee kinderen, woont in {{w:Transvaal}}. Huurachterstand van drie maanden bij {{o:Staedion}}, dreigende ontruiming op [[d:1 oktober]].
A: {{r:woonconsulent}} en {{r:casusregisseur}} samen aan tafel met de verhuurder. Betalingsregeling: € 75 per maand extra. {{o:Voedselbank}} tijdelijk, {{o:Ooievaarspas}} aangevraagd.
R: ontruiming van tafel. Mevrouw is gestart bij een taalcursus in wijkcentrum {{o:De Mussen}}.

Les: bel de verhuurder vóór de deurwaarder dat doet. Corporaties zijn vaak eerder bereid dan je denkt.
(Contact mw: [[t:+31 6 41 02 88 57]], mail [[e:djenifer.m2001@hotmail.com]] – niet delen!)
~~~
Titel: Mantelzorger op omvallen
Door: [[p:Marloes de Graaf]] ({{r:wijkverpleegkundige}}, {{o:Florence}})

De heer [[p:Wim Bakker]] (82) heeft alzheimer en woont met zijn vrouw [[p:Riet]] in een portiekflat in {{w:Bouwlust}}, [[a:Melis Stokelaan 1240]]. [[p:Riet]] doet alles zelf. Toen ze zelf een hartinfarct kreeg (opgenomen in het {{o:HMC}} op [[d:28-10]]), stond er ineens niemand.

Aanpak: {{r:casemanager dementie}} ingeschakeld, spoedlogeerplek via {{o:Florence}}. Achteraf samen met [[p:Riet]] een noodplan gemaakt: wie belt wie.

Wat werkte: het noodplan op de koelkast.
Wat niet werkte: {{o:Wmo-loket}} had zes weken nodig voor huishoudelijke hulp.

Les voor anderen: maak het noodplan vóór de crisis, niet erna. Vraag bij elke mantelzorger van boven de 75: "wat als u morgen uitvalt?"
~~~
Casus: jongvolwassene met schulden en een gamingverslaving

Wie: [[p:Burak Aydın]], 22 jaar, woont nog bij zijn moeder op [[a:Paul Krugerlaan 76B]] ([[pc:2571 HK]]).
Aanmelding via het {{o:Jongerenloket}} op [[d:12 maart 2024]], dossiernr. [[n:JL-24-0451]].

Aanpak: {{r:jongerenwerker}} [[p:Kevin]] van {{o:Xtra}} en een {{r:budgetcoach}} samen. Eerst de verslaving (via {{o:Brijder}}), dan pas de schulden.
Wat werkte: [[p:Kevin]] kende hem al van het voetbalveld.
Wat niet werkte: de wachtlijst bij {{o:Brijder}} (11 weken).

Uitkomst: gestopt met gokken, schulden (€ 6.800) in beheer, werkt 24 uur bij een distributiecentrum.

Overdraagbaar: de combinatie jongerenwerk + {{r:budgetcoach}} kan in elke wijk. Het vertrouwen van een bekende {{r:jongerenwerker}} kun je niet kopiëren.
~~~
Concept casusles — graag feedback vóór vrijdag!

Situatie: familie [[p:Tesfamariam]], vader [[p:Yonas]], moeder [[p:Senait]], drie kinderen. Statushouders uit Eritrea, wonen sinds vorig jaar aan de [[a:Van Zeggelenlaan 160-C]] in {{w:Bouwlust}}. BSN vader: [[b:§]].
Probleem: stapels aanmaningen, de toeslagen kloppen niet, vader heeft ernstige oorlogstrauma's maar wil niet naar de {{o:GGZ}}.

Aanpak: eerst geldzaken rustig maken met de {{r:sociaal raadsman}}, zodat er ruimte kwam voor de rest. Daarna via de {{r:POH-GGZ}} een eerste gesprek met een Tigrinya-sprekende {{r:tolk}}.

Les: ga niet meteen voor het trauma. Rust in de portemonnee geeft rust in het hoofd.
~~~
Praktijkvoorbeeld
Team: SWT {{w:Scheveningen}}
Thema: ouderen / eenzaamheid

Mevr. [[p:Koster]] (89) woonde al 60 jaar in {{w:Duindorp}}, [[a:Tesselsestraat 41]]. Na een val wilde ze niet naar een verzorgingshuis. Haar zoon [[p:Jan]] (tel. [[t:06 13 57 92 46]]) woont in Zoetermeer en komt eens per twee weken.

Wat we probeerden: personenalarmering, thuiszorg 3x per dag, boodschappendienst. Allemaal prima, maar ze bleef verdrietig.

Wat het verschil maakte: de buurvrouw, mw. [[p:De Hoop]], die elke middag een kop thee komt drinken. We hebben haar gevraagd om dat "officieel" te doen, als vrijwilliger via {{o:Welzijn Scheveningen}}.

Les: een netwerk bestaat vaak al, je hoeft het alleen zichtbaar te maken.
~~~
Les uit de praktijk – "niet alles tegelijk"

Situatie
Een man van 51, [[p:Ivan Dimitrov]], Bulgaarse arbeidsmigrant, dakloos geraakt na ontslag bij een uitzendbureau. Hij sliep in zijn auto op een parkeerplaats op de {{w:Binckhorst}}. Geen BSN-registratie meer op adres, wel oud BSN [[b:§.#dimitrov]].

Aanpak
Via de {{r:straatpastor}} in contact gekomen. Eerst postadres bij het {{o:Leger des Heils}} ([[a:Prinsegracht 95]]), daarna inschrijving bij de {{o:BRP}} en een aanvraag voor een uitkering.

Wat werkte
Eén ding per week. Hij schreef het op een briefje dat hij in zijn auto legde.

Wat werkte niet
Doorverwijzen naar de {{o:Nachtopvang}}: vol, en hij wilde zijn auto niet achterlaten.

Resultaat
Sinds [[d:15 januari]] een kamer via {{o:HVO-Querido}}. Werkt weer, via een Bulgaarse collega.

Les
Mensen met een auto vallen overal tussen. Vraag ernaar.
~~~
Casusbeschrijving t.b.v. kennisplatform (CONCEPT – nog anonimiseren!!)

Mw [[p:Ionela Popescu]], geb. [[d:17-11-1986]], Roemeense, woont met haar twee dochters ([[p:Bianca]] en [[p:Ana-Maria]]) op [[a:Vaillantlaan 58-2]], [[pc:2526HR]] Den Haag. Ze werkt in de kassen in het Westland via een uitzendbureau en is daar onderbetaald.

Onze aanpak: samen met {{o:FairWork}} en het {{o:Juridisch Loket}} een loonvordering ingediend. Kinderen aangemeld bij het {{o:CJG}}, jongste heeft logopedie nodig.

Wat werkte: een Roemeenssprekende vrijwilliger van de kerk.
Wat niet: de afspraak bij het {{o:UWV}} was in het Nederlands zonder {{r:tolk}}, ze heeft niks begrepen.

Les: arbeidsmigranten hebben vaak meer juridische dan zorgproblemen. Denk breed.
~~~
Situatie: gezin met 5 kinderen, moeder ([[p:Hodan Abdi Warsame]]) alleen, vader vertrokken. Oudste zoon [[p:Abdirahman]] (17) zorgt voor de kleintjes en gaat niet meer naar school. {{r:leerplichtambtenaar}} stond op de stoep.

Aanpak: "één gezin, één plan". {{r:casusregisseur}} ([[p:Jolanda]]) nam regie, {{o:CJG}} en {{o:Somalische Vrouwenvereniging}} erbij. Ochtendopvang voor de twee jongsten geregeld via de kinderopvangtoeslag.

Wat werkte: moeder mocht zelf de volgorde bepalen.
Wat niet werkte: vergaderen met 9 {{r:hulpverleners}} in één kamer. Moeder zei daarna niks meer.

Resultaat: [[p:Abdirahman]] zit sinds [[d:2 september]] op het {{o:ROC Mondriaan}}.

Les: minder mensen aan tafel = meer gezegd.
~~~
TITEL: Van bemoeizorg naar vertrouwen
WIJK: {{w:Zuiderpark}} / {{w:Moerwijk}}
SCHRIJVER: [[p:Thijs van Oostrom]]

Wie: Dhr. [[p:A. Ouali]], alleenstaand, 63, psychotische klachten, verzamelt spullen. Huisnummer [[a:Zuiderparklaan 318]]. Sinds 2019 bekend bij de {{o:OGGZ}} (registratienummer [[n:OG-19/2284]]).

Hoe: we stopten met bellen en begonnen met wandelen. Elke maandagochtend liep de {{r:SPV}} met hem een rondje door het park. Na zes weken liet hij haar binnen.

Wat werkte: naast iemand lopen is makkelijker dan tegenover iemand zitten.
Wat werkte niet: een gedwongen opname in 2022 heeft het vertrouwen jaren teruggezet.

Overdraagbaarheid: hoog. Kost alleen tijd en een goede jas.
~~~
Casusles "Geld en gezondheid"

De situatie
[[p:Ruth Kromodimedjo]] (67), Surinaams-Javaans, diabetes type 2, net met pensioen. Ze kreeg minder AOW dan verwacht omdat ze een deel van haar leven in Suriname woonde. Ze bezuinigde op eten en medicijnen.

Wat we deden
De {{r:wijkverpleegkundige}} zag de glucosewaarden oplopen en vroeg door. Samen met de {{r:ouderenadviseur}} een aanvraag AIO-aanvulling bij de {{o:SVB}} (klantnummer [[n:7741029-A]]). IBAN voor de aanvulling: [[i:§ #kromo]].

Wat werkte
Vragen naar geld bij een gezondheidsprobleem.

Wat niet werkte
De digitale aanvraag: DigiD kwijt, code verlopen.

Les
Kijk bij iedereen boven de 65 met een migratieachtergrond naar een AOW-gat.
~~~
Naam casus: "De sleutel van de buurman"
Team: SWT {{w:Bezuidenhout}}

Dhr [[p:de Wit]] (76) raakte zijn sleutels steeds kwijt. Buurman [[p:Frans Hoogendoorn]], [[a:Juliana van Stolberglaan 212]], had een reservesleutel en belde ons toen dhr op [[d:13/11]] om 2 uur 's nachts op straat stond in zijn pyjama.

Aanpak: gesprek met dochter ([[p:Annemiek de Wit]], [[e:a.dewit71@ziggo.nl]]), {{r:huisarts}} en {{r:casemanager dementie}}. Diagnose volgde binnen een maand. Sleutelkluisje naast de voordeur.

Wat werkte: de buurman als bondgenoot serieus nemen.
Wat niet werkte: de GPS-tracker. Dhr liet hem thuis liggen.

Les: buren zien het eerst. Zorg dat ze weten waar ze terecht kunnen.
~~~
Situatie:
Mevrouw [[p:Zarghuna Ahmadzai]] (39), uit Afghanistan, sinds 2016 in Nederland, vier kinderen. Weduwe. Spreekt Dari, beetje Nederlands. Kwam bij ons via school van haar dochter [[p:Shabnam]].
Probleem: depressie, geïsoleerd, man overleden in Kabul.

Aanpak:
- vrouwengroep in {{w:Spoorwijk}} (elke woensdag)
- {{r:POH-GGZ}} met {{r:tolk}}
- later: traumabehandeling bij {{o:i-psy}}

Wat werkte: de vrouwengroep. Daar lachte ze voor het eerst.
Wat werkte niet: behandeling via een {{r:tolk}} aan de telefoon.

Uitkomst: gaat naar taalles en wil vrijwilliger worden.

Les: begin bij contact, niet bij behandeling. Behandeling komt vanzelf als er vertrouwen is.
~~~
Opzet casusles — jeugd / ouders met schulden

Betrokkenen: moeder [[p:Giselle Isenia]], Curaçaose, twee tieners ([[p:Shurandy]], 15 en [[p:Jayden]], 13).
Adres: [[a:Hobbemastraat 122-hs]] [[pc:2526 JT]].
Bij ons bekend sinds [[d:4-4-'23]], zaak [[n:2023-04479]].

Wat speelde er: moeder had drie banen en was nooit thuis. [[p:Jayden]] werd opgepakt voor winkeldiefstal. {{o:Halt}} verwees naar het {{o:CJG}}, die naar ons.

Aanpak: geen nieuw plan maar het bestaande plan van het {{o:CJG}} gevolgd. Wij namen alleen de schulden.

Les: soms is het beste dat je doet: niet nóg een plan maken.
~~~
Casusles (werkversie)

Titel: Wonen met een hond, en zonder huis
Auteur: {{r:maatschappelijk werker}} [[p:Özlem]]

Dhr. [[p:Marius Stanciu]], 45, dakloos, woonde met zijn hond in een tentje in de duinen bij {{w:Kijkduin}}. Wilde nergens heen zonder de hond. Opvang accepteert geen honden.

Wat we probeerden: de {{o:Dierenbescherming}} voor tijdelijke opvang van de hond. Hij weigerde.
Wat wél lukte: een Housing First-plek via {{o:HVO-Querido}} waar de hond mee mocht. Woont sinds [[d:vrijdag 21 juni]] op de [[a:Loosduinse Hoofdstraat 7 bis]].

Les: zie de hond als deel van het gezin. Wie de hond weigert, weigert de man.
~~~
Situatie
In {{w:Mariahoeve}} hebben we veel 80-plussers die alleen wonen. Een voorbeeld is mevrouw [[p:Thea Zonneveld]] ([[a:Ambachtsgaarde 53]]). Ze belde 3 tot 5 keer per dag naar de huisartsenpraktijk "omdat ze niemand anders had".

Aanpak
De {{r:ouderenconsulent}} en de {{r:casemanager dementie}} gingen samen langs. Geen dementie, wel eenzaamheid en angst. Koppeling aan een belmaatje van {{o:Humanitas}}.

Resultaat
De praktijk meldt dat ze nog maar één keer per week belt.

Les
Meerdere telefoontjes per dag zijn een signaal. Vraag de {{r:praktijkassistente}} het door te geven.
~~~
CASUS (concept, [[p:RvS]])
Een vader (41), [[p:Kofi Adjei]], Ghanees, vraagt hulp bij het {{o:Servicepunt XL}} in {{w:Transvaal}} voor zijn zoon [[p:Kwame]] (19) die "de verkeerde vrienden" heeft. Zoon wil zelf geen hulp.

We kozen voor de vader als cliënt. Gesprekken over grenzen, over geld (zoon leende steeds), over zijn eigen schuldgevoel.

Wat werkte: vader voelde zich gehoord, na zes gesprekken zette hij zelf een grens.
Wat niet werkte: zoon uitnodigen, hij kwam nooit.

Les: als de cliënt niet wil, kan de ouder wel. Werk met wie er is.
~~~
Concept praktijkbeschrijving — Wmo + schuldhulp combineren

Betreft: mw. [[p:S. Ramlal-Mahabier]], cliëntnummer [[n:WMO-881204]]. BSN [[b:§ #ramlal]]. Woont [[a:Laan van Meerdervoort 1034-A]].

Mw heeft MS en zit in een rolstoel. Wmo-aanvraag voor een traplift liep vast omdat ze schulden had bij de gemeente (eigen bijdrage niet betaald). Wie is er eigenlijk verantwoordelijk?

Onze oplossing: {{r:Wmo-adviseur}} en {{r:schuldhulpverlener}} gezamenlijk huisbezoek. Eigen bijdrage bij het {{o:CAK}} laten kwijtschelden, traplift toegekend.

Lessen:
- loketten praten niet vanzelf met elkaar, jij moet dat doen
- vraag altijd naar openstaande rekeningen bij de gemeente
~~~
Praktijkles – SWT {{w:Segbroek}}

We kregen een melding van de {{o:politie}} over een man ([[p:Paweł]], 38) die bij herhaling dronken in het portiek lag van [[a:Fahrenheitstraat 512]]. Bewoners waren bang.

Eerste reactie: overlastdossier ([[n:OVL-2024-117]]). Maar toen we met hem praatten: hij was net zijn baan en zijn kamer kwijt, wist niet waar hij heen moest.

Aanpak: {{r:maatschappelijk werker}} + Poolse {{r:ervaringsdeskundige}} + {{o:Brijder}}. Binnen een week een bed bij de {{o:Kessler Stichting}}.

Les: achter overlast zit bijna altijd een verhaal. Begin met het verhaal.
~~~
Casusles
"Ze bellen je niet, je moet ze vinden"

Mijn cliënt: [[p:Lina Haddad]] (31), Syrische, twee kleine kinderen, man in Duitsland. Wonend: [[a:Stevinstraat 203]], [[pc:2587 EJ]] ({{w:Scheveningen}}).
Ik (= [[p:Bart]], {{r:welzijnscoach}} {{o:Welzijn Scheveningen}}) kwam haar tegen in de speeltuin, niet via een melding.

Ze had geen idee van toeslagen, zat zonder kinderopvang, durfde niet naar de gemeente. We hebben samen haar post doorgenomen.

Wat ik zou herhalen: gewoon op de speelplaats staan.
Wat ik anders zou doen: eerder de {{r:casusregisseur}} inschakelen, ik heb te lang alleen gedraaid.

Overdraagbaarheid: elke {{r:welzijnscoach}} kan dit, je moet er wel ruimte voor krijgen van je leidinggevende.
~~~
Situatie
Echtpaar [[p:Chen]] (beiden eind 70), Chinese achtergrond, runden vroeger een restaurant in de Wagenstraat. Spreken weinig Nederlands. Meneer heeft Parkinson, mevrouw ([[p:Lin Hua]]) zorgt voor hem.

Aanpak
Contact via de {{o:Chinese Brede School}} waar hun kleindochter [[p:Mei]] les geeft. [[p:Mei]] vertaalde bij het eerste gesprek. Via {{o:Florence}} een Mandarijn sprekende {{r:verzorgende}} gevonden.

Wat werkte
De kleindochter als brug.

Wat niet werkte
Folders in het Chinees van de gemeente: in de verkeerde karakters.

Les
Vraag binnen de gemeenschap zelf wie er kan helpen.
~~~
Kennisdeling: casus [[n:SWT-ESC-2024-019]]

Dhr. [[p:Hamid Karimi]] (52), Afghaans, woont in {{w:Bouwlust}}. Al 7 jaar in de bijstand. Wil werken maar heeft rugklachten. {{r:klantmanager}} van de {{o:Dienst SZW}} zette hem telkens op een traject dat afbrak.

Wat wij deden: met hem en zijn {{r:klantmanager}} rond de tafel, zijn eigen wens gehoord: monteur zijn, zoals in Kabul. Werkervaringsplek bij een fietsenmaker in de wijk.

Resultaat: 16 uur per week, trots.

Les voor andere teams: vraag wat iemand vroeger deed. Dat is de ingang.
(Tel dhr. [[p:Karimi]]: [[t:06-83 11 29 60]])
~~~
Praktijkbeschrijving ouderenwerk {{w:Loosduinen}}

Inleiding: in onze wijk wonen veel ouderen die niet gewend zijn om hulp te vragen. Een casus die dat illustreert.

Mevrouw [[p:Bep Kok]] (91) ([[a:Lozerlaan 92]]), weduwe sinds 1999, heeft nooit een hulpvraag gesteld. We kwamen bij haar omdat haar buurvrouw [[p:Roos]] zich zorgen maakte: de gordijnen bleven dicht.

Wat we aantroffen: een vrouw die al weken op de bank sliep omdat ze de trap niet meer op kon. Geen eten in huis.

Wat we deden: bed beneden, maaltijdservice, {{r:wijkverpleegkundige}} voor de benen. [[p:Roos]] doet nu de boodschappen, wij betalen haar een vrijwilligersvergoeding.

Les: de buurvrouw is de beste signaleerder. Investeer in buren.
~~~
Situatie: [[p:Shanti]] (28), LVB, zwanger van haar tweede, eerste kind is uit huis geplaatst. Vriend [[p:Anand Ramsaroep]] is niet in beeld. {{o:Jeugdbescherming West}} is betrokken.
Aanpak: {{r:MEE-consulent}} + {{r:verloskundige}} + {{r:wijkverpleegkundige}} samen één plan vóór de bevalling.
Werkte: {{r:verloskundige}} die geduldig uitlegde met tekeningen.
Werkte niet: de vele afspraken, ze vergat er de helft.
Uitkomst: baby ([[p:Dewi]], geboren [[d:19 mei 2024]]) blijft voorlopig bij moeder, met intensieve begeleiding.
Les: één agenda voor de cliënt, niet vijf.
~~~
Concept – casusles 'stil verdriet'

Mevrouw [[p:Akosua Boateng]] is 47 en verloor vorig jaar haar zoon. Ze woont in {{w:Laak}} ([[a:Rijswijkseweg 405-2]]) en werkt als schoonmaakster. Ze kwam naar de {{r:maatschappelijk werker}} met een vraag over een boete van het {{o:CJIB}}, niet over rouw.

We hielpen eerst met de boete. Pas in het derde gesprek vertelde ze over [[p:Yaw]]. Via de kerk (een Ghanese pinkstergemeente) kwam er steun van een {{r:voorganger}}.

Les: de eerste vraag is vaak de veilige vraag. Luister naar wat eronder zit.

Nog toevoegen: reactie van {{r:huisarts}}? [[p:Femke]] vraagt na.
~~~
Thema: bemoeizorg
Titel: Sleutelfiguur in de moskee

Situatie – Een oudere Marokkaanse man ([[p:Mohamed Azzouzi]], 74) in {{w:Transvaal}}, vermoedelijk dementerend, weigert elke hulp. Zijn vrouw [[p:Fatna]] belt ons in paniek.
Aanpak – Via de {{r:imam}} van de buurtmoskee (die hem al 40 jaar kent) een ingang gevonden. Samen met de {{r:casemanager dementie}} en een Arabisch sprekende {{r:wijkverpleegkundige}} een huisbezoek.
Resultaat – Na drie maanden accepteert hij dagbesteding, twee ochtenden per week.
Les – Sleutelfiguren uit de gemeenschap zijn onmisbaar. Leg die contacten aan voordat je ze nodig hebt.
Overdraagbaar naar – elke wijk met een sterke religieuze gemeenschap.""",
    r"""Ik wil graag een ervaring delen uit ons team in {{w:Escamp}}. Vorig najaar kregen we een aanmelding van een vrouw, [[p:Maria Lopes Tavares]], die al drie jaar niet meer buiten was geweest. Ze woonde boven een winkel aan de [[a:Leyweg 204-B]] en liet alles bezorgen. Haar dochter [[p:Helena]] had ons gebeld omdat ze zelf naar Rotterdam ging verhuizen. De eerste vier keer deed mevrouw niet open. De vijfde keer stond ik er met [[p:Helena]], en toen wel. Wat ons opviel: ze was niet bang voor buiten, ze schaamde zich voor haar gewicht. We hebben niets 'opgelost'. We zijn gaan wandelen in de gang van het gebouw, dan op het balkon, dan tot de brievenbus. Na vijf maanden liep ze mee naar de markt. Les: angst en schaamte lijken op elkaar, maar vragen iets anders van je.
~~~
Dit is een praktijkbeschrijving van onze inloop op vrijdag in wijkcentrum {{o:De Mussen}} ({{w:Schilderswijk}}). Elke week komen er zo'n 25 mensen met brieven die ze niet begrijpen. Het werkt omdat er geen afspraak nodig is en omdat er altijd thee is. Vrijwilligers lezen mee, en als het ingewikkeld wordt schuift de {{r:sociaal raadsman}} aan. Een voorbeeld van vorige week: meneer [[p:Yıldız]] kwam met een brief van de {{o:Belastingdienst}} over een terugvordering van € 4.200 huurtoeslag. Het bleek om een fout in zijn inkomen over 2022 te gaan. Met de rekeninggegevens ([[i:§ ]]) en zijn jaaropgave konden we het binnen een uur rechtzetten. De les voor andere wijken: maak het laagdrempelig, echt laagdrempelig. Geen formulier bij binnenkomst.
~~~
eerste versie, nog niet nagekeken

we hadden een casus van een jongen van 19, [[p:Filmon]], die als minderjarige uit Eritrea was gekomen en op zijn 18e uit de begeleiding van het {{o:COA}} viel. hij woonde op een kamer in {{w:Spoorwijk}} (de [[a:Hildebrandstraat 22-1]]) en had binnen een jaar 3000 euro schuld. zijn {{r:voogd}} van {{o:Nidos}} was weg, niemand keek meer mee. wat werkte: een vaste {{r:mentor}} via {{o:VluchtelingenWerk}}, een man uit zijn eigen dorp. wat niet werkte: de brieven van de gemeente, te moeilijk. les: de overgang naar 18 is een gat. regel het vóór de verjaardag (bij [[p:Filmon]] was dat [[d:1 januari]], zoals bij veel van deze jongens, de geboortedatum is vaak geschat).
~~~
Bij ons in {{w:Mariahoeve}} zien we steeds vaker dat ouderen geld kwijtraken aan oplichters. Een casus: mevrouw [[p:Ans Koning]], 84 jaar, kreeg een telefoontje van "de bank" en gaf haar pincode. Weg was € 11.000. Haar zoon [[p:Peter]] meldde het bij de {{o:politie}} (aangifte [[n:PL1500-2024087311]]) en belde ons omdat zijn moeder sindsdien niet meer durfde op te nemen. Wij hebben samen met de {{r:wijkagent}} een voorlichting in de flat georganiseerd, in de recreatieruimte. Er kwamen 40 mensen. Mevrouw [[p:Koning]] vertelde zelf haar verhaal, dat was het sterkste deel. Lesson learned: laat slachtoffers zelf aan het woord, dat doet meer dan een folder.
~~~
Onze aanpak bij vroegsignalering van huurachterstanden heet intern "de drie-weken-regel". De corporatie ({{o:Vidomes}}) geeft ons na drie weken achterstand een seintje, met toestemming van de huurder die dat bij het tekenen van het contract heeft gegeven. Wij gaan dan binnen een week langs. In 2023 ging het om 212 huishoudens in {{w:Leidschenveen}} en {{w:Ypenburg}}. Slechts 9 daarvan liepen uit op een ontruimingsprocedure. Een voorbeeld uit de praktijk: de familie [[p:Rosaria]] op [[a:Laan van Hoornwijck 86]], [[pc:2289 DK]] Rijswijk... wacht, die hoort bij team Rijswijk, moet ik nog checken. Hoe dan ook: de les is dat vroeg erbij zijn geld én ellende scheelt. De regeling is overdraagbaar naar elke corporatie die wil meedoen.
~~~
Wat ik graag met andere teams wil delen, is hoe we samenwerken met de {{r:huisartsen}} in {{w:Regentessekwartier}}. Het begon met één casus: een man met een alcoholprobleem die wekelijks op het spreekuur kwam en nooit doorverwezen wilde worden. Dokter [[p:Vermeulen]] (praktijk {{o:Het Regentesse}}) belde ons toen hij weer eens met een gebroken pols binnenkwam. Sindsdien hebben we elke eerste dinsdag van de maand een overleg van een half uur: {{r:huisarts}}, {{r:POH-GGZ}}, {{r:maatschappelijk werker}}. Casussen alleen met toestemming van de cliënt. Deze meneer, [[p:Cor van Dam]], heeft inmiddels wel ja gezegd tegen {{o:Brijder}}. Kort en krachtig overleg werkt, lange vergaderingen niet.
~~~
Praktijkervaring van [[p:Priya Bhagwandin]] ({{r:Wmo-adviseur}}):

Bij een keukentafelgesprek in {{w:Rustenburg-Oostbroek}} merkte ik dat mevrouw [[p:Van der Hoop]] steeds naar haar man keek voordat ze antwoord gaf. Later bleek dat hij haar al jaren kleineerde en haar geld beheerde. Ik heb het gesprek afgebroken, een nieuwe afspraak gemaakt op het {{o:Servicepunt XL}} zonder hem, en daar kwam het verhaal. {{o:Veilig Thuis}} hebben we geconsulteerd (niet gemeld, op haar verzoek). Mijn les: een keukentafelgesprek kan ook een valkuil zijn. Als je iets niet vertrouwt, verander van tafel.
~~~
Een korte les uit {{w:Duindorp}}: vissersfamilies praten niet met 'de gemeente'. Toen [[p:Klaas Vos]] ([[a:Westduinweg 178]]) na een ongeluk op zee arbeidsongeschikt raakte en in de schulden kwam, liep alles via zijn schoonzus [[p:Ria]], die bij de visafslag werkt. Wij hebben al het contact via haar laten lopen, met zijn toestemming. Dat voelde tegen onze regels in, maar het was de enige weg. Overdraagbaar? Alleen in hechte gemeenschappen. Daar wel.
~~~
Mijn collega [[p:Hanneke]] en ik hebben dit jaar geëxperimenteerd met 'samen spreekuur' in de bibliotheek in {{w:Bouwlust}}. Zij als {{r:schuldhulpverlener}}, ik als {{r:welzijnscoach}}. Eén voorbeeld dat ons bijbleef: een man kwam voor hulp bij een DigiD-aanvraag en vertelde terloops dat hij sinds maart geen stroom meer had. Hij heette [[p:Stoyan]], Bulgaars, woonde in een overbewoonde woning op de [[a:Hengelolaan 1087]] met nog zes anderen. Uiteindelijk ging het om uitbuiting door een huisjesmelker. Dit hebben we doorgezet naar de {{o:Arbeidsinspectie}}. De les: de kleine vraag opent de grote. Houd je spreekuur breed.
~~~
In dit stuk beschrijf ik een aanpak die we in {{w:Transvaal}} gebruiken bij jonge moeders zonder netwerk: een 'moedercirkel' van vijf vrouwen, begeleid door een {{r:ervaringsdeskundige}} en de {{r:jeugdverpleegkundige}} van het {{o:CJG}}. Ze komen tweewekelijks samen en appen tussendoor. Een van de deelnemers, [[p:Naima Boukhari]], vertelde bij de evaluatie op [[d:26 juni 2024]] dat ze zonder de groep "denk ik weer bij mijn ex was teruggegaan". Wat niet werkte: de groep moest in het begin verplicht een intakeformulier invullen (met BSN, geboortedatum, adres). Twee vrouwen haakten daardoor af. Die intake hebben we geschrapt. Les: vraag niet meer gegevens dan je nodig hebt.
~~~
We hebben lang getwijfeld of we deze casus moesten delen, maar we denken dat andere teams er iets aan hebben. Het gaat over een man ([[p:Glenn Wijngaarde]], 35) met een psychose, die zijn moeder bedreigde. Moeder, mevrouw [[p:Sylvana Wijngaarde-Doelwijt]], woonde aan de [[a:Dedemsvaartweg 664]] en had hem in huis genomen na zijn ontslag uit de kliniek van {{o:Parnassia}}. Wij zaten ertussen: moeder wilde hem niet kwijt, maar was doodsbang. Uiteindelijk is er een crisismaatregel gekomen. De les die we eruit trekken: veiligheid van de mantelzorger gaat vóór de wens van de mantelzorger. Dat klinkt hard, maar we hadden eerder moeten ingrijpen.
~~~
Kort verslag van een geslaagde samenwerking met de bibliotheek. In {{w:Laak}} organiseerden we samen met de {{o:Bibliotheek Den Haag}} een 'Digicafé' voor mensen die niet kunnen inloggen bij de overheid. Wat we niet verwacht hadden: de helft van de bezoekers bleek schulden te hebben. Een mevrouw (mw. [[p:Bulut]]) had een map met zeven ongeopende brieven van de {{o:Belastingdienst}} bij zich. Via het café kwam ze bij onze {{r:schuldhulpverlener}}. Het café loopt nog steeds, elke maandag van 13.00 tot 15.00 uur.
~~~
Best practice: werken met één contactpersoon bij de corporatie.
Sinds we in {{w:Moerwijk}} een vaste {{r:woonconsulent}} van {{o:Staedion}} hebben ([[p:Erik]], bereikbaar op [[t:070 - 312 48 90]]), gaat de samenwerking bij overlastsituaties veel sneller. Voorbeeld: de casus [[p:Tahapary]], [[a:Moerweg 145]], waarin een gezin overlast veroorzaakte door een kind met autisme dat 's nachts schreeuwde. Eerder zou dat een overlastdossier worden, nu zaten [[p:Erik]] en onze {{r:maatschappelijk werker}} binnen een week bij de buren aan tafel. De buren kregen uitleg, het gezin kreeg geluidsisolatie. Tip: investeer in een vast gezicht bij de corporatie.
~~~
ervaring {{r:gezinscoach}}

Het gezin [[p:Azzouzi]] (moeder, drie kids) wordt al 6 jaar "geholpen" door 11 instanties. ik heb alle {{r:hulpverleners}} in kaart gebracht op één A4. moeder keek ernaar en zei: "ik ken de helft niet eens". we zijn teruggegaan naar 3. sinds [[d:1-2-2024]] alleen nog {{o:CJG}}, onze {{r:gezinscoach}} en de {{r:schuldhulpverlener}}. les: meer hulp is niet altijd betere hulp. de kaart met alle namen (incl. tel.nrs) zit in dossier [[n:GZ/2023/1142]].
~~~
Toen ik begon als {{r:casusregisseur}} in {{w:Vrederust}} dacht ik dat mijn taak was om alles te regelen. Een casus heeft me anders geleerd. Meneer [[p:Nelson Rodrigues da Graça]], 58, Kaapverdiaans, voormalig havenwerker, diabetes, beginnende nierproblemen. Ik regelde: thuiszorg, maaltijden, een rollator, een taxipas. Hij gebruikte niets. Bij de evaluatie zei hij: "U heeft me nooit gevraagd wat ik wil." Hij wilde vooral terug naar zijn vrienden in het café aan de Escamplaan. Nu gaat hij daar drie keer per week heen, met de taxipas. De rest heeft hij opgezegd. Les: regie betekent niet alles zelf doen.
~~~
Ik schrijf dit namens team {{w:Centrum}}. We hebben ervaring opgedaan met een 'buurtpension' voor mensen die net uit een kliniek komen. Een voorbeeld: [[p:Tomasz Kowalczyk]], die na drie maanden opname bij {{o:Parnassia}} terugkwam in een leeg huis aan de [[a:Prinsestraat 63-A]]. Hij woonde daarvoor samen met zijn vriendin, die was vertrokken. Wat het verschil maakte: in de eerste twee weken at hij elke avond mee in het buurtpension. Hij ontmoette er [[p:Jan-Willem]], een vrijwilliger die zelf ook een opname achter de rug had. Tip voor andere wijken: zorg voor een zachte landing. Eén warme maaltijd per dag doet wonderen.
~~~
Deze praktijk is ontstaan in {{w:Zeeheldenkwartier}}. We merkten dat mensen met psychische problemen die zelfstandig wonen vooral in het weekend vastlopen, want dan is er niemand. We zijn daarom met {{o:Straatpastoraat}} en een paar buurtbewoners een 'zondagsoep' gestart. Eén deelnemer, [[p:Dirk]], zei bij de evaluatie: "Van maandag tot vrijdag heb ik jullie, in het weekend heb ik de tv." Nu heeft hij de soep. Kosten: ongeveer € 40 per week aan boodschappen. Contactpersoon voor andere teams die dit willen overnemen: [[p:Mirjam Smit]], [[e:mirjam.smit@stichtingmooi.nl]].
~~~
hoi allemaal, hierbij mijn casus voor de bijeenkomst van [[d:dinsdag 9 april]].

het ging om mw. [[p:Emine Özdemir]], 66, weduwe, woont sinds de sloop van haar oude flat in een nieuwbouwwoning aan de [[a:Zuidlarenstraat 47]] in {{w:Morgenstond}}. ze kende daar niemand. ging alleen nog naar de turkse supermarkt. haar dochter belde ons (dochter heet [[p:Elif]], [[t:06-52 03 19 88]]).

aanpak: {{o:Stichting MOOI}} heeft een Turkse vrouwengroep in het wijkcentrum. de {{r:welzijnscoach}} is twee keer met haar mee gegaan.

les: verhuizing na sloop = risico op eenzaamheid. plan nazorg mee met de corporatie.
~~~
Een praktijkvoorbeeld over samenwerken met de {{o:Sociale Dienst}} rond de kostendelersnorm. [[p:Abena Asante]] (29) nam haar zieke moeder in huis. Gevolg: haar bijstandsuitkering werd verlaagd, want ze deelden nu de kosten. Ze stond op het punt om haar moeder weer weg te sturen. Samen met haar {{r:klantmanager}} ([[p:Ruud]]) hebben we een beroep gedaan op de hardheidsclausule. Het duurde drie maanden, maar het lukte. Beschikking op [[d:30 augustus]], zaaknummer [[n:PW-2024-33018]]. Les: ken de uitzonderingen in de regels, en durf ze aan te vragen.
~~~
Wat gebeurt er als een mantelzorger zelf hulp nodig heeft? In {{w:Ypenburg}} hadden we een zoon, [[p:Serkan]], die voor zijn vader met een beroerte zorgde, naast een fulltime baan. Hij was op. Hij kwam bij ons terecht via de {{r:bedrijfsarts}}, niet via zijn vader. Onze aanpak: respijtzorg via {{o:Mantelzorg Den Haag}}, één weekend per maand logeren voor zijn vader. En een gesprek met de werkgever over flexibele uren. Wat we leerden: mantelzorgers komen binnen via werk, niet via zorg. Leg contact met bedrijfsartsen in je regio.
~~~
Dit is een oude casus (2021), maar de les is nog steeds actueel. Een vrouw uit {{w:Stationsbuurt}}, [[p:Galina Petrova]], werkte als schoonmaakster en werd door haar werkgever betaald in contanten. Ze had geen verzekering, geen BSN-registratie op haar adres ([[a:Parallelweg 19-III]]), en toen ze ziek werd kon ze nergens terecht. Het {{o:Wijkgezondheidscentrum}} hielp haar toch, via de regeling onverzekerden. Les: onverzekerd betekent niet onbehandelbaar. Ken de regeling, want veel artsen kennen hem niet.
~~~
Onze ervaring met de 'wijkwinkel' in {{w:Morgenstond}}: mensen komen binnen voor tweedehands kinderkleding en gaan weg met een afspraak bij de {{r:schuldhulpverlener}}. Gemiddeld 4 nieuwe hulpvragen per week. Eén van de vaste vrijwilligers is zelf ooit cliënt geweest: [[p:Angela]], moeder van drie. Ze zegt: "Ik zie aan mensen wat ze niet zeggen." We zouden graag zien dat meer wijken zoiets proberen. Bel gerust: [[t:(070) 368 21 04]] (vragen naar [[p:Jeroen]]).
~~~
Het verhaal van meneer [[p:Sjaak Groen]] gaat over trots. 79 jaar, oud-marineman, woont aan de [[a:Prins Hendrikplein 3]]. Zijn huis was vervuild, hij at slecht, maar hulp aannemen was voor hem 'zwak'. Onze {{r:wijkverpleegkundige}} [[p:Gijs]] is zelf oud-militair. Dat veranderde alles. Ze praatten over schepen, over Indië, over de marine. Na een maand kwam er een poetshulp. Les: match op gedeelde ervaring als het kan. Het is geen toeval dat [[p:Gijs]] wél binnenkwam.
~~~
Ik werk als {{r:MEE-consulent}} in de {{w:Schilderswijk}} en wil iets delen over cliënten met een LVB en hun telefoon. Mevrouw [[p:Sahra Hassan]] (24) had vijf abonnementen lopen, alle op haar naam, maar ze gebruikte er één. 'Vrienden' hadden ze afgesloten. Schuld: € 3.400. We hebben met het {{o:Juridisch Loket}} de contracten aangevochten wegens handelingsonbekwaamheid; drie zijn ontbonden. Het vierde loopt nog, onder kenmerk [[n:JL-HAA-240871]]. Tip: check bij LVB-cliënten altijd hoeveel telefoonabonnementen ze hebben.
~~~
Wat werkte bij ons in {{w:Houtwijk}}: een vaste 'koffieronde' van de {{r:ouderenadviseur}} langs alle 85-plussers in de wijk, één keer per jaar. Zonder aanleiding. Gewoon aanbellen. Vorig jaar 312 adressen, 41 vervolgafspraken. Een van die vervolgafspraken was bij mevrouw [[p:Lenie Winter]], die ons vertelde dat ze 's winters de verwarming niet aan durfde te zetten om geld te sparen. We regelden een {{r:energiecoach}} en bijzondere bijstand. Het wintertje daarna zat ze warm.
~~~
Praktijkbeschrijving vanuit {{o:Xtra}} / SWT {{w:Escamp}}.
We begeleidden [[p:Jurgen Rosaria]] (31), net vrij na twee jaar detentie. Zijn {{r:reclasseringsmedewerker}} (mevr. [[p:Janga]] van {{o:Reclassering Nederland}}) nam contact met ons op. [[p:Jurgen]] had geen huis, geen ID-kaart, geen zorgverzekering. De eerste week heeft hij op de bank bij zijn moeder geslapen ([[a:Loevesteinlaan 231]]). We werkten volgens de 'vijf basisvoorwaarden': ID, inkomen, onderdak, zorg, schulden. Na zeven weken was alles op orde, behalve de schulden. Les: begin op de dag van vrijlating, niet erna.
~~~
Een kleine les over taal. In een huisbezoek bij een Syrisch gezin in {{w:Bouwlust}} sprak ik met vader [[p:Omar Alkhatib]] via zijn dochter van 12, [[p:Nour]]. Het ging over de schulden van het gezin. Achteraf zag ik hoe erg dat was voor haar. Ze moest dingen vertalen die een kind niet moet weten. Sinds die dag werk ik altijd met een professionele {{r:tolk}}, ook als het langer duurt. Dit staat in het protocol, maar in de praktijk gaat het vaak anders.
~~~
Praktijkvoorbeeld: 'werken met de schuldenkaart'. We tekenen samen met de cliënt alle schuldeisers op een groot vel papier. Bij mevrouw [[p:Andreea Dumitru]] ([[a:Troelstrakade 87-1]], [[pc:2531 AB]]) waren dat er 14, van telefoon tot ziekenhuis. Door het te tekenen zag ze voor het eerst dat het 'maar' 14 waren en niet 'oneindig'. Haar reactie: "het is een lijst, geen monster". Werkt vooral bij mensen die visueel denken. Materiaal: een vel A3 en drie kleuren stiften.
~~~
Ik heb deze casus al eens gepresenteerd op de startbijeenkomst, maar hier de uitgewerkte versie. Het gaat over een jonge vader, [[p:Yonas Habte]], die zijn dochtertje ([[p:Selam]]) alleen opvoedde nadat moeder naar Eritrea was teruggekeerd. De {{o:Jeugdbescherming}} overwoog uithuisplaatsing omdat het huis 'niet op orde' was. Wij zagen een vader die zijn best deed maar nooit had geleerd hoe je een huishouden runt. Een {{r:gezinscoach}} van het {{o:CJG}} kwam zes weken lang elke ochtend. [[p:Selam]] woont nog steeds bij haar vader. Les: kijk naar wat iemand nog niet kan, niet naar wat hij niet wil.
~~~
In {{w:Scheveningen}} hebben we een 'warme overdracht' ingevoerd met het ziekenhuis. Bij ontslag van een alleenwonende oudere belt de {{r:transferverpleegkundige}} ons. Casus ter illustratie: dhr. [[p:Arie de Jong]], 88, woonachtig [[a:Harstenhoekweg 118]], ontslagen uit het {{o:Haaglanden MC}} op een vrijdagmiddag, zonder dat er thuis iets geregeld was. Voorheen zou hij het weekend alleen zijn geweest. Nu stond de {{r:wijkverpleegkundige}} er om 18.00 uur. Les: ontslag op vrijdag is een risico. Maak afspraken met het ziekenhuis.
~~~
Over de samenwerking met kerken en moskeeën in {{w:Transvaal}}. Wij merkten dat veel mensen met schulden eerder naar hun geloofsgemeenschap gaan dan naar ons. Daarom hebben we 'spreekuur op locatie' ingevoerd: eens per maand in de moskee, eens per maand in de Hindoestaanse mandir, eens per maand in een Pinkstergemeente. Pandit [[p:Ramdajal]] van de mandir hielp ons om het vertrouwen te winnen. Inmiddels 28 nieuwe cliënten via deze route.
~~~
Les van vandaag, van mij aan jou. Een klant van mij, mw. [[p:Visser]], kreeg een brief dat haar uitkering werd stopgezet. Ze had een formulier niet teruggestuurd. Het formulier lag in de envelop onder de mat, ze zag slecht. De oplossing bleek simpel: een {{r:vrijwillige thuisadministrateur}} van {{o:Humanitas}} komt nu elke twee weken. Simpel, maar niemand had het bedacht.""",
    r"""Les voor andere teams: bel niet alleen de cliënt maar ook degene die hem het beste kent. Bij dhr [[p:kaya]] was dat zijn buurman van de moskee, niet zijn zoon.
~~~
Overdraagbaarheid: hoog. Wat je nodig hebt: één {{r:wijkverpleegkundige}} met tijd, een sleutelkluisje en toestemming van de familie. (nb: toestemmingsformulier van fam. [[p:Bakker]] zit in de map, getekend [[d:11-03-2024]])
~~~
wat werkte niet: de afspraak op het stadhuis. mw [[p:nowak]] is daar nooit aangekomen, bus gemist, daarna schaamde ze zich. volgende keer ophalen!! ([[t:06 4418 2270]])
~~~
Uitkomst: mevrouw [[p:Roos]] woont nog zelfstandig, met 2x per dag thuiszorg. Haar zoon [[p:Storm]] (ja, echt) regelt de financiën, {{r:bewindvoerder}} is niet meer nodig.
~~~
Aanpak in het kort:
– week 1: kennismaking, toestemming
– week 2: huisbezoek met {{r:MEE-consulent}}
– week 3: aanmelding {{o:Schuldhulpverlening}} (dossier [[n:SHV/23/5521]])
– week 6: eerste gesprek met de {{r:bewindvoerder}}
Cliënt: [[p:J. Cijntje]], [[a:Koningstraat 12-hs]]
~~~
Resultaat: na een half jaar is de huurachterstand weg. Mw heeft nu een vaste lastenrekening ([[i:§]]) waar de huur automatisch vanaf gaat.
~~~
Situatie in één zin: een 90-jarige man, [[p:Henk Koster]], die voor zijn zieke vrouw zorgt en zelf blind aan het worden is.
~~~
Wat werkte:
* vaste dag (donderdag)
* altijd [[p:Esther]] of [[p:Karin]], nooit een invaller
* geen brieven, alles mondeling
* koffie bij [[p:Fatma]] thuis, niet op kantoor
~~~
Mijn tip: vraag de cliënt om een foto van de post te appen. Scheelt een huisbezoek. Let wel op: mevrouw [[p:Sedef]]... nee, laat maar, verkeerd voorbeeld.
~~~
Notitie bij concept: casus [[n:23-0817]] is dezelfde als die van team {{w:Laak}}. Cliënt [[p:A. El Idrissi]] verhuisde in maart van [[a:Van der Vennestraat 15]] naar {{w:Moerwijk}}. Niet dubbel publiceren.
~~~
Situatie: Meneer (82) en mevrouw (79) [[p:Hoogland]], beiden slechthorend, geen kinderen. Adres [[a:Thorbeckelaan 401]], [[pc:2564 BV]]. Geen vraag, wel zorgen van de buren.
~~~
Les: denk aan de kinderen. In de casus van [[p:Farah Mohamed Ali]] zaten er vier thuis die niemand had gezien. Niet in het plan, niet bij het {{o:CJG}}.
~~~
Resultaat bij de afsluiting ([[d:vr 13 dec]]): huur betaald, energie geregeld, [[p:Kishan]] heeft een stageplek. Mevr. is tevreden, cijfer 8.
~~~
Wat werkte niet: het 'netwerkberaad'. We hadden 12 mensen uitgenodigd, 3 kwamen. Onder wie tante [[p:Gerda]] die vooral kwam om ruzie te maken.
~~~
Titel: Hoop in {{w:Moerwijk}}
Samenvatting: hoe een vaste vrijwilliger het verschil maakte voor een man met schulden en een verslaving.
Auteur: [[p:Wouter Hoop]] ({{r:opbouwwerker}})
~~~
Doel van deze les: laten zien dat een {{r:ouderenconsulent}} ook kan signaleren bij jongere mantelzorgers. Aanleiding: de kleindochter van dhr. [[p:Doran]], [[p:Jennifer]] (16), die na school elke dag voor hem kookte.
~~~
Transferability / overdraagbaarheid: deze aanpak kan overal waar een {{o:Servicepunt XL}} een inloopspreekuur heeft. Vragen? Mail [[e:s.benali@denhaag.nl]] of bel [[t:070 353 72 18]].
~~~
Situatie (kort): alleenstaande moeder, [[p:Ayaan]], 2 kinderen, {{w:Schilderswijk}}. Vluchtelingenachtergrond. Schulden bij {{o:DUO}} ivm afgebroken opleiding. Geb. [[d:1 jan 1996]] (vermoedelijk geschat). BSN [[b:§]].
~~~
uitkomst: mw kwaad, wil niks meer met ons. dossier [[n:#55127]] gesloten [[d:30/4]]. jammer. les = te snel gegaan.
~~~
Resultaat
Dhr. [[p:Latuheru]] (Molukse achtergrond, 70) doet sinds [[d:3 juni]] j.l. mee aan de soos in het wijkcentrum. Hij neemt zijn gitaar mee.
~~~
Reactie op de vraag van [[p:Mirjam]]: nee, wij werken niet met de toolkit. Bij ons bleek dat cliënten zoals mevr. [[p:de Vries-Bos]] er eerder door afhaken.
~~~
Wat niet werkte: de {{o:Ooievaarspas}} aanvragen via internet. Dhr [[p:Wong]] kreeg drie keer een foutmelding. Uiteindelijk aan de balie van het {{o:Servicepunt XL}} {{w:Leyenburg}} gedaan, in 10 minuten.
~~~
Aanleiding: een mail van de {{r:huisarts}}, dr. [[p:S. Ramautar]], met de vraag of we "iets konden doen" voor een patiënt met 14 ziekenhuisopnames in een jaar.
~~~
Concept samenvatting, graag inkorten:
Mevrouw [[p:Parisa Rostami]], Iraanse, {{r:arts}} in haar thuisland, hier schoonmaakster. Depressief door gebrek aan erkenning. Met hulp van {{o:UAF}} diplomawaardering gestart. Ze belde me gisteren ([[t:+31 6 2890 1174]]) om te zeggen dat ze is toegelaten tot een schakeljaar.
~~~
Lesson voor collega's: zet nooit een volledige naam in de onderwerpregel van een mail. Ik deed dat zelf ("Re: dhr. [[p:Yusuf]] / [[a:Hoefkade 90]]") en die mail ging per ongeluk naar de verkeerde [[p:Mohamed]].
~~~
Wat werkte: WhatsApp-groep met de {{r:wijkverpleegkundige}}, de {{r:huisartsassistente}} en de dochter ([[p:Sterre]]). Korte lijnen. Wel met toestemming!
~~~
Wat werkte niet: Mw. [[p:Mei]] en de thuiszorg klikten niet. Drie verschillende zorgverleners in één week.
~~~
Korte casus: [[p:Vink]], dhr, 67, [[a:Goudenregenstraat 202]]. Dementie, ontkent. Echtgenote ([[p:Jos]]) uitgeput. {{r:casemanager dementie}} gestart [[d:7/10/2024]].
~~~
Situatie: student ([[p:Li Wei]], 24) uit China, vast in een huurcontract met een malafide verhuurder. {{o:Huurteam}} ingeschakeld. Zijn kamer: [[a:Weimarstraat 88 D]].
~~~
Les: dit werkt alleen als de {{r:casusregisseur}} mandaat heeft. [[p:Marloes]] had dat in {{w:Mariahoeve}} wel, collega's elders niet.""",
    r"""Opmerking redactie: mooie les, maar in de tweede alinea staat nog de volledige naam van de cliënt ("[[p:Hatice Çelik]]") en haar adres ([[a:Erasmusweg 412]]). Graag vervangen door "mevrouw X" en "een flat in {{w:Moerwijk}}". De wijk mag blijven.
~~~
Hoi [[p:Ilse]], dank voor je casus! Twee dingen voordat we hem kunnen plaatsen:
1. Het dossiernummer [[n:SHV-2023-08812]] moet eruit.
2. De naam van de {{r:ervaringsdeskundige}} ([[p:Ronald]]) ook, tenzij hij schriftelijk toestemming geeft.
Inhoudelijk: de zin over schaamte is sterk, die zou ik als kop gebruiken.
Groet, [[p:Hans]] (redactie)
~~~
Review – casus "De sleutel van de buurman"
Privacy: niet akkoord. Er staan in: naam cliënt ([[p:de Wit]]), naam en adres van de buurman ([[p:Frans Hoogendoorn]], [[a:Juliana van Stolberglaan 212]]), e-mailadres dochter ([[e:a.dewit71@ziggo.nl]]) en een exacte datum ([[d:13/11]]). Zelfs zonder naam is een man in pyjama om 2 uur 's nachts in {{w:Bezuidenhout}} herkenbaar voor de buren. Maak er "een buurman" en "een nacht in november" van.
Inhoud: akkoord, goede les.
~~~
@[[p:Nadia]] ik heb je stuk gelezen, heel herkenbaar! Alleen: "het gezin [[p:El Khattabi]] aan de [[a:Hoefkade 231-III]]" kan echt niet, en de geboortedatum van de jongste ([[d:09-06-2020]]) ook niet. Verder top 👍
~~~
Beste collega,

Bij de controle van uw casusbeschrijving zijn de volgende persoonsgegevens aangetroffen:
– een burgerservicenummer ([[b:§ #ramlal]])
– een cliëntnummer ([[n:WMO-881204]])
– naam en adres van de cliënt
Een BSN mag onder geen enkele omstandigheid in een kennisproduct worden opgenomen. Wilt u de tekst aanpassen en opnieuw indienen?

Met vriendelijke groet,
mr. drs. [[p:L.M. Kuipers]]
{{r:Functionaris Gegevensbescherming}}
~~~
Ik zou de titel veranderen, "Mantelzorger op omvallen" klinkt een beetje negatief. En [[p:Riet]] en [[p:Wim]] moeten anoniem. Rest prima. – [[p:Jolanda]]
~~~
Feedback redactieraad ([[d:16-05-2024]])
Casus 7 (jongvolwassene gamen): inhoudelijk sterk. Verwijderen: naam [[p:Burak]], adres [[a:Paul Krugerlaan 76B]], postcode [[pc:2571 HK]], datum aanmelding, dossiernummer [[n:JL-24-0451]]. De naam van de {{r:jongerenwerker}} ([[p:Kevin]]) mag blijven als hij dat wil, maar dan moet hij dat zelf aangeven.
Casus 8 (Eritrees gezin): het BSN van vader staat erin!! Direct verwijderen en het concept uit de gedeelde map halen.
~~~
Kleine opmerking: je schrijft "mw. [[p:Koster]] uit {{w:Duindorp}}, 89 jaar, 60 jaar in dezelfde straat". In {{w:Duindorp}} kent iedereen iedereen, dus zelfs zonder straatnaam is ze herkenbaar. Leeftijd weglaten of afronden ("ruim 80") en de naam eruit.
~~~
Dank voor het aanleveren. Ik heb de volgende wijzigingen voorgesteld (track changes):
- "[[p:Ivan Dimitrov]]" → "een Bulgaarse man"
- "oud BSN [[b:§.#dimitrov]]" → verwijderd
- "sinds [[d:15 januari]]" → "sinds begin dit jaar"
- adres {{o:Leger des Heils}} mag blijven, is een organisatie
Akkoord als je deze overneemt. [[p:Gijs]]
~~~
Re: concept casusbeschrijving mw. [[p:Popescu]]

Hoi [[p:Anouk]],

De hele kop is eigenlijk een identiteitsbewijs: naam, geboortedatum ([[d:17-11-1986]]), nationaliteit, adres ([[a:Vaillantlaan 58-2]], [[pc:2526HR]]) en de namen van beide dochters ([[p:Bianca]] en [[p:Ana-Maria]]). Dat moet er allemaal uit. Wat ik wél zou laten staan: dat het om een arbeidsmigrant in de kassen gaat, want daar zit de les.

Groetjes, [[p:Femke]]
~~~
Privacycheck casus 14 – niet goedgekeurd.
Gevonden: [[i:§ #kromo]] (IBAN), klantnummer [[n:7741029-A]], naam [[p:Ruth Kromodimedjo]].
Opmerking: "Surinaams-Javaans, 67, diabetes, net met pensioen" is in combinatie met de wijk vrij specifiek. Overweeg leeftijd weg te laten.
~~~
Vraag van de redactie aan [[p:Thijs]]: is het registratienummer [[n:OG-19/2284]] een nummer van de {{o:OGGZ}} of van jullie eigen systeem? Maakt niet uit eigenlijk, het moet er in beide gevallen uit. Ook "[[a:Zuiderparklaan 318]]" graag verwijderen. Het wandelen met de {{r:SPV}} is een prachtig voorbeeld trouwens.
~~~
Onderaan staat nog: "(Contact mw: [[t:+31 6 41 02 88 57]], mail [[e:djenifer.m2001@hotmail.com]] – niet delen!)". Ja, precies, niet delen 😉 Haal het even weg voordat het online gaat.
~~~
reactie [[p:Saskia]]: is [[p:RvS]] de schrijver of de cliënt? Als het de schrijver is, mag dat van mij blijven. Ik vind wel dat [[p:Kofi Adjei]] en [[p:Kwame]] moeten worden vervangen, en misschien ook "Ghanees", want er zijn niet zoveel Ghanese vaders in {{w:Transvaal}} die met een zoon van 19 bij het {{o:Servicepunt}} kwamen.
~~~
Redactionele opmerkingen bij "Sleutelfiguur in de moskee":
- namen [[p:Mohamed Azzouzi]] en [[p:Fatna]] verwijderen
- de {{r:imam}} niet bij naam noemen (staat nu goed)
- "een buurtmoskee in {{w:Transvaal}}": prima
- de {{r:casemanager dementie}} en de {{r:wijkverpleegkundige}} mogen als functie blijven
Verder: mooie les, plaatsen na aanpassing.
~~~
Beste [[p:Özlem]],
Goede casus! Alleen het adres van de Housing First-woning ([[a:Loosduinse Hoofdstraat 7 bis]]) en de verhuisdatum ([[d:vrijdag 21 juni]]) moeten weg. Met een hond en een tentje in de duinen is hij anders direct herkenbaar voor iedereen in {{w:Kijkduin}}.
Hartelijke groet,
[[p:Bernadette Klein]]
{{r:redacteur}} kennisplatform
~~~
In de bijlage stond nog een scan van de toestemmingsverklaring, met handtekening en het telefoonnummer [[t:0703601122]]. Die scan hoort in het dossier, niet bij de les. Heb hem voor nu verwijderd. [[p:Ruud]]
~~~
Even een vraagje: mag ik de naam van de wijk laten staan? In mijn casus gaat het om {{w:Ypenburg}}, maar daar wonen maar weinig Eritrese gezinnen met vijf kinderen. — [[p:Dewi]]
~~~
Antwoord redactie: goede vraag [[p:Dewi]]. Bij kleine groepen is de wijk soms genoeg om iemand te herkennen. Schrijf dan "een wijk in het zuiden van Den Haag". Het gaat om de les, niet om de plek.
~~~
Wijzigingsvoorstel bij alinea 3:
oud: "Mevrouw [[p:Van der Hoop]] keek steeds naar haar man"
nieuw: "Mevrouw keek steeds naar haar man"
Reden: achternaam. Let op, "Hoop" komt ook in de titel van een andere les voor, maar daar is het gewoon een woord.
~~~
Korte review:
✔ les is helder
✔ overdraagbaarheid uitgewerkt
✘ naam cliënt: [[p:Klaas Vos]]
✘ naam schoonzus: [[p:Ria]]
✘ adres: [[a:Westduinweg 178]]
✘ "ongeluk op zee + visafslag + {{w:Duindorp}}" = herkenbaar. Generaliseren naar "een ongeluk op het werk".
~~~
Hallo [[p:Marloes]], je stuk over de koffieronde is heel bruikbaar. Wel: mevrouw [[p:Lenie Winter]] staat er met voor- en achternaam in. Let op dat je "[[p:Winter]]" niet alleen verwijdert maar ook de zin "het wintertje daarna" even checkt, die mag natuurlijk blijven 🙂 Groet, [[p:Hanneke]]
~~~
De lijst met {{r:hulpverleners}} "inclusief telefoonnummers" uit dossier [[n:GZ/2023/1142]] hoort niet in een kennisproduct. Ook het dossiernummer zelf niet. Het idee van de A4 met alle {{r:hulpverleners}} is wél goud waard, dat zou ik als sjabloon (zonder gegevens) toevoegen.
~~~
Beoordeling door [[p:A. Bouzambou]] ({{r:privacyadviseur}}), [[d:2 oktober 2024]]

Status: terug naar auteur.
Gevonden persoonsgegevens: 6x naam (o.a. [[p:Jurgen Rosaria]], [[p:Janga]]), 1x adres ([[a:Loevesteinlaan 231]]).
Bijzondere persoonsgegevens: detentieverleden. Dat mag alleen in zeer algemene termen ("iemand die net vrij was").
~~~
Opm. [[p:JvdB]]: het telefoonnummer van [[p:Erik]] van {{o:Staedion}} ([[t:070 - 312 48 90]]) is een werknummer, maar het blijft een persoonsgegeven. Liever "vraag je corporatie naar een vaste contactpersoon". De casus [[p:Tahapary]] op de [[a:Moerweg 145]] moet sowieso anoniem.
~~~
Ik heb een vraag over de regel "geen data". Mag "begin 2023" wel? En "in de kerstvakantie"? — [[p:Linda]]

Antwoord: ja, die mogen. Een maand of jaar is prima. Wat niet mag is een exacte datum, zoals "[[d:14 februari 2023]]" of "[[d:ma 3-4]]". Ook geen geboortedatum. — redactie
~~~
Beste [[p:Priya]],
Ik lees in je concept: "{{o:Veilig Thuis}} hebben we geconsulteerd (niet gemeld)". Prima om te delen als werkwijze. Maar gecombineerd met "keukentafelgesprek in {{w:Rustenburg-Oostbroek}}" en de naam [[p:Van der Hoop]] is het een zeer gevoelige combinatie. Naam eruit en de wijk vervangen door "een wijk".
Met vriendelijke groet,
[[p:Karin de Jong]], {{r:kwaliteitsmedewerker}}
~~~
Review van [[p:Mustafa]] op de casus over oplichting:
Goed dat je dit deelt! Maar het aangiftenummer [[n:PL1500-2024087311]] en de naam [[p:Ans Koning]] kunnen echt niet. Een bedrag van € 11.000 in combinatie met "84 jaar, {{w:Mariahoeve}}" is ook al behoorlijk specifiek. Misschien "een groot bedrag"?
~~~
Opmerking bij regel 4: "Dokter [[p:Vermeulen]] (praktijk {{o:Het Regentesse}})". De naam van de {{r:huisarts}} eruit, de praktijknaam zou ik ook weglaten want dan weet iedereen om welke dokter het gaat. En [[p:Cor van Dam]]: naam cliënt, weg ermee.
~~~
Thread: "Werken met de schuldenkaart"
[[p:Bart]]: Mooi! Gebruik ik ook.
[[p:Naomi]]: Eens. Maar [[p:Andreea Dumitru]] en haar adres ([[a:Troelstrakade 87-1]], [[pc:2531 AB]]) staan er nog in, dat moet eruit voordat we delen.
[[p:Bart]]: Oeps, ja. Dat is mijn fout, ik had het vanuit het dossier geplakt.
~~~
[[p:Hans]] schreef: "Graag de naam [[p:Mei]] weghalen."
Maar let op: in de casus van het echtpaar [[p:Chen]] is [[p:Mei]] de kleindochter, terwijl "in mei" verderop gewoon de maand is. Alleen de naam dus. En mevr. [[p:Lin Hua]] moet er ook uit.
~~~
Afgewezen wegens persoonsgegevens. In de bijlage (Excel) stonden 23 namen met geboortedatum en BSN. Eén voorbeeld: [[p:M. Janssen]], [[d:2-2-1951]], [[b:§]]. Dit is een datalek en is gemeld bij de {{r:FG}}. Auteur is geïnformeerd.
~~~
Hoi [[p:Wouter]], de titel "Hoop in {{w:Moerwijk}}" is leuk, maar omdat jij zelf [[p:Hoop]] heet leest het alsof het over jou gaat. Misschien "Hoop houden in {{w:Moerwijk}}"? Verder niks op aan te merken.
~~~
Korte notitie van de {{r:eindredacteur}}: in bijna alle ingestuurde casussen van deze maand stond een voornaam van een kind (o.a. "[[p:Jayden]]", "[[p:Adam]]", "[[p:Selam]]"). Kinderen zijn extra kwetsbaar. Gebruik "de oudste", "de jongste", "het dochtertje".
~~~
Review casus "moedercirkel" ([[p:Naima]]):
Ironisch genoeg beschrijft de les dat je niet meer gegevens moet vragen dan nodig, terwijl er de volledige naam [[p:Naima Boukhari]] en een exacte evaluatiedatum ([[d:26 juni 2024]]) in staan. Beide weg, dan is het een prachtige les.
~~~
Reactie [[p:Esther]]: ik mis bij 'wat werkte niet' of de {{r:tolk}} er wel bij was. En waarom staat het mobiele nummer van de dochter erin ([[t:06-52 03 19 88]])? Dat lijkt me niet de bedoeling.
~~~
Redactie – tweede lezing
De eerste versie is goed aangepast, dank! Er staat alleen nog één keer "[[p:Abena]]" in de laatste alinea en het zaaknummer [[n:PW-2024-33018]]. De beschikkingsdatum ([[d:30 augustus]]) mag ook weg, "eind augustus" is prima.
~~~
Beste schrijver van casus 22,
Je noemt de contactpersoon voor de zondagsoep bij naam en met e-mailadres ([[p:Mirjam Smit]], [[e:mirjam.smit@stichtingmooi.nl]]). Dat mag als zij daar zelf toestemming voor geeft, want het is een professional. Kun je dat navragen? Zo niet, dan verwijzen we naar het algemene adres van {{o:Stichting MOOI}}.
Groet, [[p:Nicole]]
~~~
Feedback:
- [[p:Nelson Rodrigues da Graça]] is een vrij unieke naam, graag weg.
- "oud-havenwerker, Kaapverdiaans, café aan de Escamplaan": combinatie is herkenbaar. Café weglaten.
- mooie les over regie, zou ik uitlichten.
[[p:Kim]]
~~~
Opmerking redactie bij de casus van SWT {{w:Segbroek}}: het overlastdossiernummer [[n:OVL-2024-117]] en het adres [[a:Fahrenheitstraat 512]] moeten eruit. De voornaam [[p:Paweł]] ook. "Een Poolse man van eind dertig" is genoeg.
~~~
Zijn de namen in deze tekst gefingeerd? Ik lees "[[p:Shanti]]" en "[[p:Anand Ramsaroep]]" en een geboortedatum van de baby ([[d:19 mei 2024]]). Als het echte namen zijn: direct verwijderen. Als ze gefingeerd zijn: graag erbij zetten "namen gefingeerd", en liever geen exacte datum.
~~~
Hoi! Ik heb je stuk over de warme overdracht gelezen. Adres [[a:Harstenhoekweg 118]] en naam [[p:Arie de Jong]] graag verwijderen. Verder: "{{o:Haaglanden MC}}" mag blijven, het is een ziekenhuis en geen persoon. Groetjes, [[p:Sanne]] ({{r:redactielid}})
~~~
@[[p:Bart]] @[[p:Hanneke]] kunnen jullie in de casus over het samen spreekuur de naam [[p:Stoyan]] en het adres [[a:Hengelolaan 1087]] vervangen? De {{o:Arbeidsinspectie}} kan blijven staan.
~~~
Beoordelingsformulier kennisplatform
Casus: "Geld en gezondheid"
Beoordelaar: [[p:Yvonne Bakker]]
Privacy: 2 = onvoldoende (IBAN en klantnummer in tekst)
Inhoud: 4 = goed
Bruikbaarheid: 5 = zeer goed
Toelichting: laat het AOW-gat als kern staan; IBAN [[i:§ #kromo]] en nummer [[n:7741029-A]] verwijderen.
~~~
Aan: [[e:redactie.kennisplatform@denhaag.nl]]
Van: [[p:Jeroen Mulder]]
Onderwerp: casus wijkwinkel

Hoi, jullie vroegen om aanpassingen. Ik heb de naam van [[p:Angela]] eruit gehaald, maar mijn eigen naam en werknummer ([[t:(070) 368 21 04]]) wil ik laten staan, anderen mogen me bellen. Kan dat?
~~~
Reactie redactie op de mail van [[p:Jeroen]]: ja, dat mag, als je schriftelijk toestemming geeft voor je eigen gegevens. We voegen dan "contact: {{r:coördinator}} wijkwinkel {{w:Morgenstond}}" toe met jouw nummer. Cliëntnamen blijven verboden.
~~~
Opmerking: "dhr [[p:kaya]]" staat met kleine letter, maar het is nog steeds een naam 🙂 Graag weghalen.
~~~
[[p:Sedef]] schreef bij de casus over het stadhuis: "mw [[p:nowak]] is daar nooit aangekomen". Ik zou "mw [[p:nowak]]" vervangen door "mevrouw". Het telefoonnummer [[t:06 4418 2270]] ook verwijderen.
~~~
Niet plaatsen. Deze tekst is een letterlijke kopie uit het cliëntdossier, inclusief het BSN ([[b:§.]]), het telefoonnummer van de cliënt ([[t:+31 (0)6 18 22 40 97]]) en de naam van haar ex-partner ([[p:Dariusz]]). Ik heb de auteur gebeld. [[p:Thea]], {{r:teamleider}} {{w:Laak}}
~~~
Kleine review van mij ([[p:Gijs]]): in de zin "zijn zoon [[p:Storm]] (ja, echt)" zit precies het probleem. Een ongewone naam is extra herkenbaar. Weg ermee.
~~~
Commentaar bij "Buurtpension":
Verwijderen: [[p:Tomasz Kowalczyk]], [[a:Prinsestraat 63-A]], [[p:Jan-Willem]].
Blijven: {{o:Parnassia}}, {{w:Centrum}}, de duur van de opname (drie maanden).
~~~
Reactie op de vraag van [[p:Linda]] over data: ook "[[d:eerste kerstdag 2023]]" is een exacte datum. "Rond de feestdagen" mag wel.
~~~
Redactievergadering [[d:4 nov.]]: afgesproken dat we in reviews geen cliëntnamen meer citeren. Schrijf "de naam in regel 3" in plaats van de naam zelf, anders staan ze alsnog in het reviewsysteem. (Mea culpa: ik deed dat zelf bij de casus van [[p:Sahra Hassan]].) – [[p:Hans]]
~~~
Review: inhoud prima, privacy bijna. Verwijderen: kenmerk [[n:JL-HAA-240871]] (dat is een dossiernummer van het {{o:Juridisch Loket}}). De rest is goed geanonimiseerd.
~~~
Beste [[p:Ilse]] en [[p:Mustafa]],
Dank voor jullie gezamenlijke casus. Ik heb twee kleine wijzigingen gedaan: "[[p:Ahmed]]" vervangen door "de cliënt" en het mailadres [[e:ahmed.b1985@gmail.com]] verwijderd. Verder ongewijzigd geplaatst.
[[p:Bernadette]]
~~~
Opm.: de postcode [[pc:2564 BV]] en het huisnummer ([[a:Thorbeckelaan 401]]) bij het echtpaar [[p:Hoogland]] samen = één adres, dus één huis. Graag beide weg. "Twee slechthorende ouderen zonder kinderen" is genoeg.
~~~
Review [[p:Naomi]] (peer): goede les over meerdere telefoontjes per dag! Maar "mevrouw [[p:Thea Zonneveld]] ([[a:Ambachtsgaarde 53]])" moet eruit. En wie is [[p:Thea]] in de laatste alinea? Als dat dezelfde is, ook weg.""",
    r"""CONCEPT casusles – niet doorsturen

Personalia (wordt nog verwijderd):
Naam: [[p:Kees Bakker]]
Geb.datum: [[d:22-07-1962]]
BSN: [[b:§]]
Adres: [[a:Jacob Catsstraat 8 A]], [[pc:2521 KR]] Den Haag
Tel: [[t:06-37 48 15 02]]
Rekening: [[i:§ ]]

Situatie
Meneer is 61, oud-bakker (echt waar, hij had een bakkerij aan de Dierenselaan tot 2015). Na het faillissement kwamen de schulden, daarna de drank, daarna de scheiding. Woont alleen in {{w:Transvaal}}, zoon [[p:Dennis]] heeft geen contact meer.

Aanpak
Via de {{r:huisarts}} aangemeld bij ons op [[d:6 februari]]. De {{r:maatschappelijk werker}} ([[p:Linda]]) ging samen met de {{r:schuldhulpverlener}} op huisbezoek. Eerst budgetbeheer via {{o:Kredietbank}}, daarna pas praten over de drank.

Wat werkte
Hem aanspreken als vakman. Hij bakt nu brood voor de inloop in het wijkcentrum.

Wat werkte niet
De eerste {{r:bewindvoerder}} (te ver weg, alleen telefonisch bereikbaar).

Les
Zie iemands vak als ingang. Een bakker zonder bakkerij blijft een bakker.
~~~
Tijdlijn casus gezin [[p:Ramlal]] (ter illustratie bij de les over ketensamenwerking – data nog vervangen door weken!)

[[d:3 jan. 2024]] – melding {{o:Veilig Thuis}} na ruzie, {{o:politie}} ter plaatse, meldnummer [[n:VT-2024-00213]]
[[d:9 jan.]] – eerste gesprek moeder ([[p:Sunita Ramlal]]) op het {{o:Servicepunt XL}}
[[d:16-01]] – huisbezoek, vader ([[p:Rajesh]]) weigert gesprek
[[d:23 januari]] – {{r:casusregisseur}} belt {{r:POH-GGZ}}, vader blijkt al jaren depressief
[[d:1 februari]] – eerste gezamenlijk gesprek met {{r:tolk}} (Hindi)
[[d:19-2-2024]] – vader start bij {{o:PsyQ}}
[[d:maandag 18 maart]] – evaluatie, sfeer thuis "rustiger"

Les voor andere teams: huiselijk geweld en een onbehandelde depressie gaan vaak samen. Vraag ernaar bij de dader, niet alleen bij het slachtoffer. Het duurde hier zes weken voordat iemand de vraag stelde.
~~~
Hieronder mijn casus, met opmerkingen van de redactie er al tussen.

Mevrouw [[p:Agnieszka Wiśniewska]] [RED: naam weg] kwam op [[d:12 april]] [RED: datum weg, "in het voorjaar" is genoeg] naar het spreekuur in {{w:Spoorwijk}}. Ze woonde met haar zoon [[p:Kuba]] (7) op een zolderkamer aan de [[a:Rijswijkseweg 115-IV]] [RED: adres weg]. De verhuurder liet haar € 650 per maand betalen voor 12 m².

We hebben het {{o:Huurteam}} ingeschakeld en {{o:Stichting MOOI}} voor Poolstalige begeleiding. De verhuurder kreeg een boete van de gemeente. Moeder en zoon wonen sinds de zomer in een sociale huurwoning.

[RED: mooie les, maar het telefoonnummer hieronder moet weg]
Contact moeder: [[t:+48 601 338 412]] (Pools nummer, NL-nummer: [[t:06-19 73 55 20]])

Les: vraag altijd naar woonomstandigheden, ook als iemand voor iets anders komt.
~~~
Van: [[p:Sanne de Vries]] <[[e:sanne.devries@xtra.nl]]>
Verzonden: [[d:donderdag 7 maart 2024]] 16:42
Aan: redactie kennisplatform
Onderwerp: casus bemoeizorg, met excuses voor de late aanlevering

Beste redactie,

Bijgaand mijn casus. Het gaat over een man die al jaren zorg mijdt en in een vervuilde woning woont. Ik heb hem meneer X genoemd... maar ik zie nu dat ik verderop twee keer zijn echte naam ([[p:Bouzid]]) heb laten staan, en ook het adres van de flat ([[a:Zuidlarenstraat 211]]). Kunnen jullie dat aanpassen?

De les in het kort: bemoeizorg lukt alleen met geduld en met één vast gezicht. Wij deden er zeven maanden over. Eerst stonden we alleen maar op de stoep met een broodje, later mochten we in de gang, pas na vier maanden in de kamer.

Met vriendelijke groet,

[[p:Sanne de Vries]]
{{r:maatschappelijk werker}} | {{o:Xtra}} | SWT {{w:Moerwijk}}
T [[t:06 - 41 52 63 74]]
~~~
Praktijkbeschrijving (versie 3, nog niet geanonimiseerd)

Thema: schulden en gezondheid
Wijk: {{w:Laakkwartier}}

Mw. [[p:F. el Amrani]] ([[e:f.elamrani@outlook.com]]), 49 jaar, alleenstaand, drie volwassen kinderen, heeft reuma en is sinds 2019 afgekeurd. Ze kwam bij ons in beeld toen haar zorgverzekeraar haar schorste wegens wanbetaling (premieachterstand van 14 maanden, € 2.300). Ze kon daardoor haar medicijnen niet meer ophalen.

Aanpak
1. Direct contact met de zorgverzekeraar ({{o:Zilveren Kruis}}, polisnummer [[n:183-442-908X]]): schorsing opgeheven.
2. Aanmelding wanbetalersregeling bij het {{o:CAK}}; inhouding op uitkering.
3. Budgetcoaching via {{o:Humanitas}}, start [[d:12-09-2023]].

Wat werkte: één telefoontje van een professional deed meer dan haar tien brieven.
Wat werkte niet: het digitale portaal van de verzekeraar.

Les: zorgverzekeraars hebben een afdeling voor kwetsbare klanten. Zoek die op, maak er een contactpersoon van.
~~~
Verslag intervisie (bedoeld als basis voor een casusles)

Aanwezig: [[p:Hanneke]], [[p:Gijs]], [[p:Özlem]], [[p:Thijs]], [[p:Mirjam]] (verslag)

Casusinbreng [[p:Gijs]]: [[p:Henk]] en [[p:Joke Visser]], allebei begin 80, wonen op de [[a:Melis Stokelaan 2041]] in {{w:Morgenstond}}. [[p:Joke]] is aan het dementeren, [[p:Henk]] zorgt. Gisteren ([[d:wo 22/5]]) viel [[p:Henk]]. [[p:Joke]] belde 112, maar wist het adres niet meer.

Vraag van [[p:Gijs]] aan de groep: hoe praat je met een mantelzorger die zelf hulp nodig heeft, maar alleen over zijn vrouw wil praten?

Opbrengst:
- praat over zijn vrouw, en vraag tussendoor "en hoe gaat het met u?"
- laat de {{r:casemanager dementie}} het gesprek over hem voeren, niet jijzelf
- zet het adres groot op een kaart naast de telefoon (!)

Voor de les: de tip met de kaart naast de telefoon is simpel en overdraagbaar.
~~~
Casus voor het thema jeugd – concept van [[p:Jolanda]], nog niet gecheckt

Gezin [[p:Martina]], moeder [[p:Ruthmila]] (38) en zoon [[p:Shurandy]] (14). Moeder kwam in 2018 van Curaçao. Ze spreekt Papiaments en Nederlands. Zoon zit in het tweede jaar vmbo en is sinds de herfstvakantie niet meer op school geweest.

Moeder werkt nachtdiensten in de thuiszorg. Overdag slaapt ze. [[p:Shurandy]] gamet de hele nacht en slaapt overdag ook. Ze zien elkaar nauwelijks.

Contact: [[t:+5999 512 8830]] (oude nummer Curaçao), [[t:06 22 81 44 39]], mail [[e:ruthmila.martina@gmail.com]].

Aanpak: {{r:leerplichtambtenaar}} en {{r:jeugdconsulent}} samen op huisbezoek op een moment dat moeder wakker is (dat was het eerste probleem: niemand had dat bedacht). Moeder vroeg zelf om dagdiensten, werkgever ging akkoord.

Resultaat: [[p:Shurandy]] gaat sinds [[d:8 januari]] weer naar school, eerst halve dagen.

Les: plan je gesprek rond het leven van het gezin, niet rond je eigen agenda.
~~~
Ik merk dat ik bij het schrijven van deze les toch steeds in dossiertaal verval, dus hier een ruwe versie:

cl [[p:o. alkhatib]] 47jr syr. vader v 4, vrouw [[p:walaa]]. won. [[a:Steenwijklaan 40]] {{w:bouwlust}}. [[pc:2541rr]]. bsn [[b:§ ]]. 5 jr in NL, inburgering nog niet af ({{o:DUO}}-schuld € 9.800). geen werk. kinderen goed op school. vader somber, zit hele dag thuis.

wat we deden: koppeling aan werkgever via {{o:Werkgeversservicepunt}}, vader was in syrië elektricien. {{r:taalcoach}} 1x pw. ontheffing inburgering aangevraagd bij {{o:DUO}}, ref [[n:DUO-IB-2023-77410]].

wat werkte: praktijk ipv taal eerst. hij leert nederlands op de werkvloer.
wat werkte niet: de 1e {{r:taalcoach}}, te schools.

les: wacht niet tot de taal 'af' is, dat is hij nooit.
~~~
Casusles "Niet alles is dementie"

Situatie. Een dochter, [[p:Els]], belde ons ongerust over haar moeder, mevrouw [[p:Lenie Groen]] (78, [[a:Laan van Eik en Duinen 44]]). Moeder was de laatste maanden verward, vergat afspraken, viel twee keer. De {{r:huisarts}} dacht aan dementie en verwees naar de geheugenpoli.

Wat de {{r:wijkverpleegkundige}} ontdekte. Bij een huisbezoek op [[d:dinsdag 10 oktober]] zag ze twaalf verschillende doosjes medicijnen, van drie verschillende voorschrijvers. Mevrouw nam sommige dubbel. Na een medicatiereview door de apotheek ({{r:apotheker}} [[p:Kuiper]] van {{o:Apotheek Duinzigt}}) werden vijf middelen gestopt. Binnen drie weken was de verwardheid grotendeels weg.

Les. Denk bij verwardheid bij ouderen altijd eerst aan medicatie. Vraag de apotheek om een overzicht. Dat is snel, goedkoop en kan veel ellende voorkomen.

Overdraagbaarheid. Volledig. Elke wijk heeft een apotheek.

Contact dochter voor terugkoppeling: [[t:0628801317]]
~~~
Deze praktijkbeschrijving is geschreven door twee collega's ([[p:Naomi]] en [[p:Rob van Steijn]]) na een casus waarin we als team echt vastliepen.

Situatie. [[p:Florin]] (26), Roemeense bouwvakker, viel van een steiger in {{w:Ypenburg}} en brak zijn rug. Zijn werkgever (een onderaannemer) bestond ineens niet meer. Geen verzekering, geen loon, geen huis (hij sliep in een pension dat de werkgever betaalde). Na ontslag uit het ziekenhuis ([[d:5 november 2023]]) zat hij in een rolstoel op straat.

Wat we probeerden. Bijna alles: {{o:UWV}} (geen recht), gemeente (niet ingeschreven), {{o:Leger des Heils}} (geen rolstoelplek). Uiteindelijk via {{o:FairWork}} en een {{r:advocaat}} (mr. [[p:Vos]]) de hoofdaannemer aansprakelijk gesteld.

Uitkomst. Na vier maanden een uitkering en een aangepaste woning. Zijn broer [[p:Marius]] kwam uit Roemenië om te helpen.

Les. Bij arbeidsmigranten met een bedrijfsongeval: kijk naar de hoofdaannemer. En schakel meteen juridische hulp in.
~~~
[OPMERKINGEN TWEEDE LEZER IN HOOFDLETTERS]

Situatie: Dhr. [[p:Abdiqani Yusuf]] (NAAM WEG), 56, Somalisch, woont sinds 2002 in NL, vrachtwagenchauffeur geweest, door diabetes zijn rijbewijs kwijtgeraakt. Woont op de [[a:Hobbemastraat 40-hs]] (WEG) in de {{w:Schilderswijk}}. Zijn vrouw [[p:Halima]] (WEG) werkt als schoonmaakster.
Aanpak: re-integratie via {{o:UWV}}, maar hij wilde alleen rijden. {{r:Jobcoach}} vond een baan als bijrijder / magazijnmedewerker.
Wat werkte: zijn identiteit als chauffeur serieus nemen (hij rijdt nu de heftruck).
Wat werkte niet: omscholingstraject kantoor (AFGEBROKEN NA 3 WEKEN — DIT MAG BLIJVEN, IS GEEN PERSOONSGEGEVEN).
Les: verlies van werk is verlies van identiteit. Zoek iets dat erop lijkt.
Contactgegevens cliënt ([[t:06-44 09 81 27]], [[e:a.yusuf1968@hotmail.com]]) (ALLES WEG!)
~~~
Concept casusles — "de eerste 100 dagen na de vlucht"

Dit gezin kwam in juli 2023 uit het {{o:AZC}} in Rijswijk naar een woning in {{w:Moerwijk}}.

Wacht, dat is toch maand + jaar? Oké, dan mag het. Hieronder de rest:

Vader [[p:Abdulrahman Al-Hassan]], moeder [[p:Rasha]], kinderen [[p:Yousef]] (9), [[p:Lana]] (6), [[p:Karam]] (2). Adres: [[a:Moerweg 402-B]], [[pc:2532 HV]].

Wat we deden in de eerste 100 dagen:
– dag 1: welkomstbezoek met {{o:VluchtelingenWerk}}
– dag 3: bankrekening geopend ([[i:§]])
– dag 10: aanmelding {{o:CJG}}, inschrijving school
– dag 30: eerste gesprek over geld met {{r:budgetcoach}}
– dag 60: vader naar taalles
– dag 100: evaluatie: "we voelen ons thuis"

Les: een ritme in de eerste maanden voorkomt dat mensen vastlopen.
~~~
Beste redactie, hierbij opnieuw mijn casus, nu geanonimiseerd:

"Mevrouw X (ik noem haar zo) is een vrouw van in de zeventig die in een seniorenflat in {{w:Leidschenveen}} woont. Haar enige zoon woont in het buitenland."

Ik heb alles eruit gehaald, behalve één ding dat ik niet zeker weet: in de bijlage staat het wijkverpleegkundig verslag met haar naam ([[p:Cornelia van der Laan]]) en geboortedatum ([[d:3-9-1948]]). Moet die bijlage mee? Groet, [[p:Femke]]
~~~
Casusbeschrijving bemoeizorg
Door: [[p:Mustafa El Yaakoubi]], {{r:SPV}} {{o:Parnassia}} / SWT {{w:Transvaal}}

Situatie. Een jonge vrouw, [[p:Loubna Chaara]] (27), met een eerste psychose, die na een opname weigerde om nog contact te hebben met de {{o:GGZ}}. Haar familie (ouders wonen aan de [[a:Paul Krugerlaan 201]]) schaamde zich en wilde niet dat de buren het wisten. Ze liet haar depotinjectie verlopen.

Aanpak. We kozen voor haar oudere zus, [[p:Samira]], als ingang. [[p:Samira]] ontmoette ons in een café buiten de wijk. Zij legde uit dat "de {{o:GGZ}}" voor de familie gelijkstond aan "gek". We hebben het woord {{o:GGZ}} niet meer gebruikt. We spraken over "slapen" en "rust".

Wat werkte. Het andere vocabulaire. En afspraken buiten de wijk.
Wat werkte niet. Huisbezoeken: de buren zagen onze auto.

Resultaat. [[p:Loubna]] neemt haar medicatie weer (tabletten, geen depot). Ze werkt 12 uur per week in een bakkerij.

Les. Stigma zit in woorden. Kies je woorden mee met de familie.
~~~
CASUS – WERKVERSIE (niet voor publicatie)

Dhr. [[p:Desmond Koeiman]] (Arubaans, 44) meldde zich zelf op [[d:ma 15 jan]] bij het {{o:Servicepunt XL}} {{w:Escamp}} met de vraag "hoe kom ik van mijn schulden af". Totale schuld: € 41.000, onder andere bij het {{o:CJIB}} (verkeersboetes van zijn oude werk als koerier), de {{o:Belastingdienst}} en een deurwaarder (dossier [[n:DW/2023/889120]]).

Hij had een baan maar durfde niet te solliciteren naar een beter betaalde functie "want dan pakken ze alles toch".

Aanpak: {{r:schuldhulpverlener}} legde uit hoe de beslagvrije voet werkt. Dat was een eyeopener. Aanvraag schuldregeling ingediend op [[d:26-02-2024]]. IBAN voor de stabilisatie: [[i:§ ]].

Les: mensen met schulden kennen hun rechten vaak niet. Uitleg over de beslagvrije voet kan motiveren.
~~~
Praktijkbeschrijving vanuit het thema 'ouderen'

Achtergrond. Het was het team opgevallen dat veel ouderen in {{w:Waldeck}} alleen wonen in te grote huizen, met trappen, ver van winkels. Ze willen niet verhuizen.

Casus. Mevrouw [[p:Ineke Dijkstra]], 86, weduwe van een marineofficier. Woont in een herenhuis op de [[a:Kraayensteinlaan 119]]. Ze viel twee keer op de trap. Haar dochter [[p:Marja van Leeuwen-Dijkstra]] ([[e:marja.vanleeuwen@kpnmail.nl]]) woont in Wassenaar en komt elke zaterdag.

Onze aanpak. Geen verhuisadvies, maar een '{{r:woonmakelaar}}' van de corporatie die vertelde welke appartementen in de buurt vrij kwamen. Mevrouw bezocht er drie. Ze koos er een op 300 meter afstand, met lift.

Resultaat. Verhuizing op [[d:14 oktober 2024]]. Ze kan nog steeds naar haar vaste kapper.

Les. Mensen willen niet weg uit hun buurt, wel uit hun huis. Zoek dichtbij.
~~~
Reactie redactie op de ingezonden casus (nr. 31), ter info aan de auteur [[p:Wendy]]:

Je schreef: "Meneer [[p:Gerrie]] (eigenlijk [[p:Gerrit Mulder]]) woont op de [[a:Apeldoornselaan 88-1]]." Dat is naam én bijnaam én adres in één zin. Alle drie weg.

Verder schreef je dat zijn vrouw overleed op [[d:3-1-2023]]. Die datum is heel specifiek. "Begin 2023" is genoeg voor de les.

En het nummer van zijn dochter [[p:Marjolein]] ([[t:0624519930]]) staat er nog onder.

De les zelf ("eenzaamheid los je niet op met een indicatie") is prima, die willen we graag als quote gebruiken!

Hartelijke groet,
[[p:Bernadette Klein]], {{r:redacteur}}
~~~
Mijn casus gaat over "mama [[p:Shurandy]]", zo noemt iedereen in de buurt haar. Dat zeg ik erbij omdat ik besef dat die bijnaam haar net zo herkenbaar maakt als haar echte naam. Ze woont in {{w:Transvaal}} op nummer [[a:Jan Blankenstraat 33-II]] en runt eigenlijk een soort informele opvang voor kinderen uit de straat. We hebben haar gevraagd om als vrijwilliger mee te doen met het {{o:CJG}}. Ze zei ja op één voorwaarde: geen formulieren. Les: informele zorg zit al in de wijk, wij moeten er omheen bouwen, niet eroverheen.
~~~
Les uit de praktijk van het jongerenteam {{w:Escamp}}

[[p:Kevin]] ({{r:jongerenwerker}}) en ik ({{r:budgetcoach}}, [[p:Mo]]) werken sinds [[d:1 september 2023]] samen in de 'geldbus', een bus die bij scholen en sportvelden staat. Jongeren komen met vragen over zorgtoeslag, telefoonabonnementen, Klarna-schulden.

Een typisch gesprek, met [[p:Djaïro]] (18): "Ik heb een brief van een incassobureau, maar ik heb niks gekocht." Het bleek om een sportschoolabonnement te gaan dat hij nooit had opgezegd. Binnen 20 minuten geregeld.

Cijfers 2023-2024: 187 gesprekken, 43 doorverwijzingen naar {{o:Schuldhulpverlening}}.

Wat werkte: de bus is cool, kantoor niet.
Wat niet werkte: 's ochtends staan, jongeren slapen dan.

Les: ga naar de plek waar jongeren al zijn.
Contact: [[e:mo.elhaddouti@jongerenwerk-escamp.nl]]
~~~
Ik wil een les delen over een casus die niet goed afliep.

Meneer [[p:Jan Smit]] (63), ex-militair, alleenstaand, PTSS. Woonde aan de [[a:Weimarstraat 177]], [[pc:2562 HA]]. Hij weigerde alle hulp. Wij hebben hem een jaar lang 'gevolgd': elke maand een briefje door de bus, af en toe aanbellen. Op [[d:zondag 28 januari]] werd hij overleden aangetroffen door de {{o:politie}}, na een melding van de buren.

Wat we nu anders zouden doen: eerder het {{o:Veteraneninstituut}} inschakelen. Hij had daar mogelijk wel op gereageerd. We wisten niet dat die mogelijkheid er was.

Les: ken de specifieke hulp voor specifieke groepen. Veteranen, ex-gedetineerden, slachtoffers van mensenhandel: er is vaak méér dan wij denken.

Dit is een moeilijke les om te delen. Maar ik denk dat anderen er wat aan hebben.
[[p:Ruud Koster]]
~~~
Review op de casus over [[p:Jan Smit]] (bovenstaand):

Dank voor het delen, dat vraagt moed. Privacy: naam, adres ([[a:Weimarstraat 177]]), postcode ([[pc:2562 HA]]) en de datum van overlijden ([[d:zondag 28 januari]]) moeten eruit. Ook de combinatie "ex-militair, 63, alleenstaand, {{w:Regentessekwartier}}" maakt hem herkenbaar voor buren. De AVG geldt niet voor overledenen, maar de familie wil dit vast niet online lezen.

Inhoudelijk: de les over het {{o:Veteraneninstituut}} is heel waardevol.

[[p:Karin]]
~~~
Casus "de gedeelde voordeur"

Twee buren in een portiek aan de [[a:Soestdijksekade 812]] en [[a:Soestdijksekade 814]] ({{w:Bouwlust}}) hadden al twee jaar ruzie. Mevrouw [[p:Wolf]] (eerste verdieping) klaagde over geluid, meneer [[p:Haan]] (tweede) over de geur van haar katten. {{o:Politie}} was 14 keer langs geweest.

We hebben {{o:Buurtbemiddeling}} ingeschakeld. Eerste gesprek: [[d:17-4]]. Tweede: [[d:8-5]]. Na het tweede gesprek bleek dat meneer [[p:Haan]] slechthorend is en daardoor harder praat dan hij denkt, en dat mevrouw [[p:Wolf]] alleen is en haar katten alles voor haar zijn.

Uitkomst: ze groeten elkaar weer. Mevrouw [[p:Wolf]] past op de post als hij weg is.

Les: achter burenruzie zit vaak eenzaamheid of een beperking. {{o:Buurtbemiddeling}} is goedkoper dan 14 politie-uitrukken.
~~~
Ruwe aantekeningen voor een praktijkbeschrijving (nog uitwerken!)

- clt: [[p:Ayşe Yıldız]], 52, {{w:Schilderswijk}}, [[a:Wouwermanstraat 95-1]]
- [[t:06-29 84 01 55]] / [[e:ayse.yildiz@live.nl]]
- man overleden [[d:14 feb '23]], sindsdien geen inkomen (hij regelde alles)
- nabestaandenuitkering nooit aangevraagd!! → {{o:SVB}}, aanvraag [[d:3 mei 2024]]
- met terugwerkende kracht 1 jaar ontvangen
- {{r:sociaal raadsvrouw}} [[p:Nicole]] heeft het geregeld
- les: vraag bij weduwen/weduwnaars altijd naar Anw

(NB: bovenste 2 regels nog verwijderen)
~~~
Intake-samenvatting die ik in mijn concept heb geplakt, sorry, dit hoort er niet in:

Naam: [[p:Yaw Owusu]]
Geboren: [[d:29.06.1979]], Kumasi (Ghana)
BSN: [[b:§.]]
Adres: [[a:Erasmusweg 1033]], [[pc:2532 BG]]
Telefoon: [[t:0031 6 27 49 11 03]]
Huisarts: dr. [[p:Groenewegen]]
Cliëntnummer SWT: [[n:SWT-2023-1187]]

De eigenlijke les staat hieronder: Ghanese mannen van zijn generatie zoeken hulp via de kerk, niet via ons. Wij zijn nu twee keer naar een dienst geweest met de {{r:maatschappelijk werker}} en een {{r:ervaringsdeskundige}} uit de gemeenschap.""",
    r"""Praktijkbeschrijving: "Leefgeld op vaste dagen"

In ons team in {{w:Laak}} werken we veel met mensen onder beschermingsbewind. Een terugkerend probleem: het leefgeld komt op een onhandige dag binnen, en aan het eind van de week is het op. In een casus van vorig jaar (cliënt [[p:R.]], {{w:Laakkwartier}}) hebben we met de {{r:bewindvoerder}} afgesproken het leefgeld in twee delen over te maken: maandag en donderdag. Leefgeldrekening: [[i:§ ]], beheerrekening: [[i:§ ]]. Bewindsdossier [[n:BW-2022-0419]].

Resultaat: geen noodaanvragen bij de {{o:Voedselbank}} meer sinds [[d:1 maart]].

Les: kleine aanpassingen in het ritme van geld maken een groot verschil. Vraag de {{r:bewindvoerder}} wat er kan; vaak meer dan je denkt.
~~~
Wat werkte niet: de automatische incasso. Bij mw. [[p:Tavares]] ging de huur van [[i:§]] af op de 1e, maar haar uitkering kwam op de 3e. Elke maand een storno, elke maand € 7,50 kosten. Nu staat de incasso op de 5e van de maand... nee wacht, dat is geen datum. Laat maar.
~~~
Casusles (concept): toeslagenaffaire

Mevrouw [[p:Ashley Doelwijt]] (41) uit {{w:Morgenstond}} is erkend gedupeerde van de toeslagenaffaire. Ze kreeg € 30.000 compensatie, maar had ook schulden bij twaalf partijen. Binnen drie maanden was een groot deel van het geld weer weg, naar schuldeisers die niet hadden mogen innen.

Gegevens (nog verwijderen):
BSN [[b:§ ]] – dossier {{o:UHT}} [[n:UHT-0043-2871]] – IBAN [[i:§ ]]
Adres [[a:Escamplaan 1250]], [[pc:2547 EX]]

Aanpak: samen met de {{r:brede hulpverlener}} van het {{o:Herstelteam}} alle betalingen sinds de compensatie in kaart gebracht. Twee schuldeisers hebben alsnog terugbetaald.

Les: gedupeerden hebben recht op een eigen {{r:brede hulpverlener}}. Zorg dat je weet hoe je die bereikt, en leg contact op de dag van aanmelding.
~~~
Hoi redactie, korte vraag: ik schreef "dhr. is op [[d:12-12]] verhuisd naar [[pc:2546 CP]]". Is een postcode zonder huisnummer ook een persoonsgegeven? Ik dacht van niet. [[p:Bas]]

Antwoord: jawel, een postcode is in Den Haag vaak maar één straatdeel, soms één flat. Graag weg. – redactie
~~~
Wat ik heb geleerd van de 'schuldenmarathon' in {{w:Moerwijk}}: in één dag (van 9.00 tot 21.00 uur) zaten 26 huishoudens met een {{r:schuldhulpverlener}}, een {{r:sociaal raadsman}} en een vrijwilliger aan tafel. Alle post mee, alle aanmaningen open. Een van de deelnemers, dhr. [[p:Sardjoe]]... pardon, een van de deelnemers had 31 ongeopende brieven. Zijn totale schuld bleek € 2.100 lager dan hij dacht. Volgende marathon: [[d:zaterdag 12 oktober]], in het wijkcentrum. Aanmelden via [[e:schuldenmarathon.moerwijk@gmail.com]] of [[t:06-10 20 30 47]] (vragen naar [[p:Hassan]]).
~~~
Situatie:
Echtpaar [[p:Jagessar]], hij 74, zij 70, wonen op de [[a:Hengelolaan 588]] ([[pc:2545 BP]]). Meneer heeft COPD en zuurstof nodig. Mevrouw heeft geen rijbewijs. Naar het ziekenhuis (3x per week dialyse voor haar!) gaan ze met de taxi, die steeds te laat komt.

Aanpak: {{r:Wmo-adviseur}} ([[p:Thijs]]) heeft een vaste chauffeur geregeld via {{o:Haagse Wmo-vervoer}} en een klacht ingediend (klachtnummer [[n:KL-24-03391]]).

Resultaat: sinds [[d:maandag 6 mei]] vaste rit, vaste chauffeur.

Les: kleine ergernis, grote stress. Een vaste chauffeur is goud.
~~~
Les voor andere teams – over BSN-gebruik

Ik zie in veel concepten dat collega's het BSN noemen, zoals "BSN [[b:§.]]" of "sofinr. [[b:§]]". Het BSN mag in het kennisplatform nooit voorkomen, ook niet in een voetnoot. Gebruik voor verwijzingen naar het dossier liever helemaal niks. Vragen? Bel de {{r:privacyfunctionaris}}, [[p:Arjen]], op [[t:070 353 41 90]].
~~~
Casus (werktitel): "Van de straat naar de Wijkbus"

[[p:Marcel]] ({{r:buurtsportcoach}}) begon in {{w:Vrederust}} met een wekelijkse wandelgroep voor mannen met psychische problemen. Eén van de eerste deelnemers was [[p:Stefan]], 48, die al jaren alleen op zijn kamer zat ([[a:Dedemsvaartweg 212-D]], [[pc:2545 AJ]]). Na drie maanden liep hij mee, na zes maanden liep hij voorop. Inmiddels begeleidt hij zelf een groep.

Wat werkte: bewegen zonder verplichting. Geen intake, geen formulier.
Wat werkte niet: de tijd (8.00 uur 's ochtends, te vroeg).

Overdraagbaarheid: hoog. Een {{r:buurtsportcoach}} is in bijna elke wijk aanwezig.
~~~
Review (kort): de casus leest goed, maar in de laatste regel staat "foto van de brief van de deurwaarder bijgevoegd". Op die foto staan naam, adres ([[a:Oude Haagweg 412-c]], [[pc:2552 ES]]), dossiernummer [[n:2024/ITR/004518]] en een IBAN ([[i:§ ]]). Foto verwijderen. [[p:N. de Bruin]], redactie
~~~
Thema: huiselijk geweld
Titel: de vader die hulp vroeg

We denken bij huiselijk geweld vaak aan mannen als pleger. In deze casus was het omgekeerd. [[p:Ricardo Statia]] (39) meldde zich op [[d:2 augustus 2024]] bij het {{o:Servicepunt XL}} met een snee in zijn hand. Zijn partner sloeg hem al jaren. Hij schaamde zich diep.

Wat we deden: {{o:Veilig Thuis}} consult, opvang voor mannen via {{o:Kompaan}} (hij kon daar op [[d:5 augustus]] terecht), gesprek met de kinderen via het {{o:CJG}}.

Wat werkte: een mannelijke {{r:hulpverlener}}.
Wat werkte niet: de eerste opvangplek was voor vrouwen; hij werd weggestuurd.

Les: vraag het ook aan mannen. En ken de opvangplekken voor mannen in je regio.
Telefoon dhr. (privé, niet delen): [[t:+31 6 5523 9104]]
~~~
Opmerkingen bij het concept van [[p:Hanneke]] (versie [[d:3-9]]):

regel 2: [[p:Ionela]] → "een moeder"
regel 5: [[a:Vaillantlaan 58-2]] → "een bovenwoning in {{w:Transvaal}}"
regel 9: geboortedatum [[d:17-11-1986]] → weg
regel 12: [[e:ionela.popescu86@yahoo.ro]] → weg
regel 14: "werkt in de kassen in het Westland" → mag blijven
regel 20: {{o:FairWork}} en {{o:Juridisch Loket}} → mag blijven
~~~
Wat werkte bij ons: een vaste 'spreekuurtelefoon'. Cliënten kunnen op werkdagen tussen 9 en 10 bellen naar één nummer, en krijgen altijd iemand van het team. Cliënten zoals mevrouw [[p:Bos]]... ik bedoel: cliënten die veel vragen hebben, bellen daardoor minder vaak naar losse collega's. Het nummer van de spreekuurtelefoon: [[t:06-15 39 27 80]].
~~~
CASUSLES — Afghaanse weduwe, isolement, {{w:Bouwlust}} (CONCEPT [[d:18-06-2024]])

Wie: [[p:Farida Sultani]], 61. Adres: [[a:Melis Stokelaan 1102]], [[pc:2541 GE]]. Telefoon: [[t:06 81 02 44 17]]. BSN: [[b:§ ]].

Verhaal: mevrouw kwam in 2017 via gezinshereniging naar Nederland, bij haar zoon. De zoon verhuisde in 2022 met zijn gezin naar Almere. Sindsdien is zij alleen. Ze spreekt alleen Dari, kan niet lezen en schrijven.

Wat we deden: Afghaanse vrouwengroep van {{o:Stichting MOOI}}, vrijwilliger die Dari spreekt, alfabetiseringscursus in de bibliotheek.

Wat niet werkte: verwijzing naar een {{r:psycholoog}} (ze begreep niet waarom).

Les: isolement door taal los je op met taal. Begin met mensen die haar taal spreken.
~~~
Opmerking redactie: in deze casus wordt de zoon "[[p:Ahmad]] uit Almere" genoemd, met de geboortedatum van zijn moeder. Dat is een directe route naar de cliënt. Graag ook de plaatsnaam weg ("een andere stad").
~~~
Reactie op de casus van {{w:Zuiderpark}}: ik herken veel! Bij ons in {{w:Leyenburg}} werkt [[p:Wilma]] van de bibliotheek ook met een taalmaatje. Voor wie contact wil: [[e:wilma.taalmaatje@bibliotheekdenhaag.nl]].
~~~
Gegevens die ik voor de les niet nodig heb maar er per ongeluk in zijn blijven staan:
– geboortedatum zoon: [[d:02-02-2009]]
– school: {{o:Johan de Witt College}}
– klas 3B, {{r:mentor}} meneer [[p:Van Dijk]]
– nummer moeder: [[t:0638841122]]
– rekening moeder: [[i:§]]
Dit moet er allemaal uit, behalve misschien de naam van de school (is een organisatie). — [[p:Jolanda]]
~~~
Concept casusles (thema bemoeizorg): "Twaalf katten en een man"

Meneer [[p:Joop]] (72) woont met twaalf katten in een benedenwoning aan de [[a:Vlierboomstraat 34]], [[pc:2564 JS]], in {{w:Bomenbuurt}}. Buren klagen over de stank. De {{o:Dierenbescherming}} is twee keer geweest.

Onze aanpak: niet de katten als probleem benaderen, maar als oplossing. Meneer is eenzaam. De katten zijn zijn familie. Met de {{r:wijkverpleegkundige}}, de {{o:Dierenbescherming}} en een {{r:dierenarts}} een plan: zes katten gesteriliseerd en bij meneer, zes bij een asiel waar hij ze mag bezoeken.

Datum eerste bezoek asiel: [[d:zo 14 juli]]. Hij ging met de buurman mee.

Les: begin bij wat iemand dierbaar is.
~~~
Vraag aan de lezers: heeft iemand ervaring met {{o:Fier}} voor loverboy-slachtoffers? Wij hebben een meisje van 17 ([[p:J.]], {{w:Stationsbuurt}}) dat via een 'vriendje' in de prostitutie is geraakt. Doorverwijzing loopt via {{o:Jeugdbescherming West}}, zaaknummer [[n:JB-23-11827]]. Reacties graag naar [[e:m.ouassou@swt-centrum.nl]].
~~~
Redactie aan auteur: in de zin "(nummer dochter [[t:06-28 80 13 17]], ze belt altijd op [[d:maandagochtend 2 december]] om te vragen hoe het gaat)" zitten twee dingen die weg moeten: het nummer en de exacte datum. "Ze belt elke maandag" is prima.
~~~
Casus [[n:#48812]] – vervolg

Update bij de les die ik eerder deelde. De cliënt heeft op [[d:20 november]] de sleutels gekregen van een eigen woning ([[a:Twickelstraat 60-I]], [[pc:2531 TN]]). Zijn {{r:trajectbegeleider}} van {{o:HVO-Querido}} blijft nog een half jaar betrokken. Ik vind dat dit als 'resultaat' in de oorspronkelijke les hoort. Als dat kan, graag aanpassen.
~~~
Les, in het kort, voor het thema jeugd:

Jongeren met een LVB worden vaak gezien als "brutaal". Bij [[p:Dylano]] (16) was dat ook zo: drie schorsingen, een melding bij {{o:Halt}}. Pas toen de {{r:MEE-consulent}} hem testte, bleek zijn IQ rond de 70. School paste de aanpak aan, geen schorsingen meer sinds [[d:1 december 2023]].

Tip: laat testen voordat je straft.
~~~
Feedback privacyteam, ronde 2
casus 3 – ok
casus 4 – IBAN staat er nog ([[i:§]])
casus 5 – ok
casus 6 – postcode [[pc:2573 xz]] (kleine letters, daarom gemist bij de eerste ronde)
casus 7 – e-mail [[e:gerda.kok@ziggo.nl]] en geboortedatum [[d:7 april 1944]]
casus 8 – ok
Graag vóór [[d:vrijdag 15 november]] aanleveren.
~~~
Ik ben {{r:woonconsulent}} bij {{o:Haag Wonen}} en schrijf mee aan deze les. Een veel voorkomende situatie: een huurder overlijdt en de familie zit in het buitenland. In de casus van mevrouw [[p:Sláva Horváthová]] (Slowaakse, overleden [[d:25-08-2024]]) konden we haar dochter pas na drie weken bereiken, via de ambassade. Dochter: [[t:+421 905 123 456]]. Huurcontract [[n:HW-1188-0042]], woning [[a:Weimarstraat 245-A]].

Les: vraag bij het tekenen van een huurcontract naar een noodcontact, en houd dat bij.
~~~
Praktijkles uit {{w:Rustenburg-Oostbroek}}

We organiseren elke derde donderdag van de maand een 'burenlunch' in de flat. Bewoners koken om de beurt. Er komen gemiddeld 18 mensen. Het idee kwam van een bewoonster, mevr. [[p:Hart]]... ([[p:'t Hart]] eigenlijk, met apostrof, sorry), die zelf na de dood van haar man niemand meer zag.

Wat we als team leerden: de beste initiatieven komen van bewoners. Wij betalen de boodschappen (€ 60 per keer) en de rest doen zij.
~~~
Mail van een cliënt die ik als citaat in de les wilde gebruiken:

"Beste [[p:Linda]], dankzij jullie heb ik weer zin om op te staan. Ik ga nu elke woensdag naar de moestuin. Groetjes, [[p:Wilhelmina]] ([[p:Mien]]) [[p:Verbeek]]"

Met haar toestemming, maar volgens mij moet ik de naam dan wel weghalen? Of vervangen door "een deelnemer (81)". Ze gaf haar mailadres erbij ([[e:mien.verbeek@hetnet.nl]]), dat gaat er in elk geval uit.
~~~
Tijdlijn bemoeizorg (voor de les, data nog vervangen door "week 1, 2, ..."):
[[d:ma 4-3]]: eerste poging, niet open
[[d:do 7-3]]: briefje door de bus
[[d:di 12-3]]: buurvrouw (mw. [[p:Aksoy]]) geeft signaal: hij is ziek
[[d:wo 13-3]]: met {{r:huisarts}} aan de deur, hij doet open
[[d:vr 22-3]]: opname {{o:HMC}} (longontsteking)
[[d:2-4-2024]]: ontslag, thuiszorg start
~~~
Concept praktijkbeschrijving: "Samen naar de {{r:rechter}}"

Bij een dreigende ontruiming gaan wij als team mee naar de zitting bij de {{r:kantonrechter}}. In de zaak van mevrouw [[p:Kowalska]] (zaaknummer [[n:C/09/661204 HA RK 24-118]]) maakte dat het verschil: de {{r:rechter}} gaf haar een laatste kans, omdat er een plan lag en iemand van het team het kwam toelichten. Zitting was op [[d:26 september 2024]].

Les: de {{r:rechter}} wil weten of er hulp is. Laat zien dat die er is.""",
    r"""Casusles: "[[p:Fatima]]'s lijstje"

[[p:Fatima]] (46) zorgt voor haar moeder, haar man met een hernia en drie pubers. Ze kwam bij ons ({{w:Schilderswijk}}) met één vraag: "Kan iemand mijn moeder helpen met douchen?" Maar in het gesprek bleek dat ze zelf op was.

Wat we deden: haar laten opschrijven wat ze allemaal doet op een dag. Het lijstje werd twee kantjes. [[p:Fatima]]'s reactie: "Geen wonder dat ik moe ben."

Daarna: {{r:wijkverpleegkundige}} voor haar moeder, {{o:Mantelzorg Den Haag}} voor [[p:Fatima]] zelf, en haar oudste dochter neemt de boodschappen over.

Les: vraag de mantelzorger om alles op te schrijven. Het lijstje zegt meer dan een vragenlijst.

(contact [[p:Fatima]]: [[t:06 12 87 43 09]] / moeder woont [[a:De la Reyweg 290]] – moet er nog uit)
~~~
Praktijkbeschrijving "wijkpastoraat en SWT"

In {{w:Transvaal}} en {{w:Rustenburg-Oostbroek}} werken we samen met het {{o:Haags Wijkpastoraat}}. De {{r:pastor}} kent mensen die wij niet kennen, en omgekeerd. Een voorbeeld uit februari: een oudere man (dhr. [[p:Maandag]], ja, zo heet hij echt) kwam op maandag bij de {{r:pastor}} met een brief over zijn pensioen die hij niet begreep. De {{r:pastor}} belde ons. Het bleek dat hij al twee jaar een aanvullend pensioen van een buitenlands fonds misliep. Nu krijgt hij € 340 per maand extra.

Wat werkte: de {{r:pastor}} als brug. Wat werkte niet: ons eigen spreekuur, daar kwam hij nooit.

Contact voor teams die dit willen overnemen: ds. [[p:Marieke Lont]], [[t:+31(0)70-3654421]].
~~~
korte notitie voor de les over voedselbankpakketten:

- [[p:henk]]s vrouw ([[p:annie]]) haalt het pakket, hij schaamt zich te veel
- ophalen op vrijdag in de kerk aan de Vaillantlaan
- intake {{o:Voedselbank Haaglanden}} gedaan op [[d:5/1]] met [[p:sanne]]
- klantnummer voedselbank [[n:VB-HGL-33012]]
- les: schaamte is er niet alleen bij de cliënt maar ook bij de partner
~~~
Hier een les uit {{w:Vrederust}} die ik al heel lang wilde opschrijven.

Er woont een vrouw in onze wijk die iedereen "tante [[p:Mien]]" noemt. Ze is 88, woont al 50 jaar op dezelfde flat ([[a:Dedemsvaartweg 402-3]]) en weet alles van iedereen. Toen de corporatie de flat ging renoveren, zou ze zes maanden naar een wisselwoning in {{w:Ypenburg}} moeten. Ze weigerde.

Het team heeft toen met de corporatie ({{o:Vestia}}, contactpersoon [[p:Bram]], [[t:088-2637 115]]) onderhandeld. Uiteindelijk mocht ze blijven en werd haar woning als laatste, in drie weken, gerenoveerd. Tijdens de werkzaamheden sliep ze bij haar nicht [[p:Wilma]] op de vierde verdieping.

Waarom is dit een les? Omdat tante [[p:Mien]] het sociale centrum van de flat is. Als zij vertrekt, vallen er tien mensen om. Kijk bij renovaties niet alleen naar individuen, maar naar het netwerk in de flat.
~~~
Review van de casus "tante [[p:Mien]]":
Hoewel de bijnaam lief is, is hij in {{w:Vrederust}} net zo herkenbaar als een adres. Graag vervangen door "een oudere bewoonster". Ook het huisnummer ([[a:Dedemsvaartweg 402-3]]) en de naam van de nicht ([[p:Wilma]]). Het telefoonnummer van [[p:Bram]] ([[t:088-2637 115]]) kan weg; verwijs naar de corporatie in het algemeen. Mooie les verder!
– [[p:Nicole van Dam]], redactie
~~~
Situatie — Een Poolse vrouw, [[p:Katarzyna]] (33), met twee kinderen, belde ons vanuit een telefooncel (echt, die bestaan nog) bij het station. Ze was die ochtend door haar partner het huis uitgezet. Haar telefoon lag nog binnen, haar paspoort ook.

Aanpak — Dezelfde dag een noodbed via {{o:Veilig Thuis}}. De {{r:wijkagent}} ([[p:Dennis]]) is met haar mee naar de woning ([[a:Parallelweg 74-II]], [[pc:2525 ND]]) gegaan om haar spullen en papieren op te halen. Tolk via de telefoon.

Uitkomst — Ze woont nu in een opvang in een andere gemeente. Nieuw nummer: [[t:+48 512 004 981]]. Partner heeft een tijdelijk huisverbod gekregen (besluit [[d:22 mei]]).

Les — Zorg dat papieren en telefoon direct worden opgehaald. Zonder ID kun je nergens heen.
~~~
Vraag in de groep: hoe gaan jullie om met cliënten die steeds van telefoonnummer wisselen? Bij ons heeft mevrouw [[p:Boateng]] in een half jaar vijf nummers gehad ([[t:0687112093]], [[t:0644582210]], [[t:06 29 30 11 78]], ...). We raken haar steeds kwijt. — [[p:Tessa]], SWT {{w:Laak}}
~~~
Antwoord op de vraag van [[p:Tessa]]: wij spreken met zulke cliënten een vaste plek en tijd af. Bijvoorbeeld elke dinsdag om 10.00 uur bij het {{o:Servicepunt XL}}. Telefoon is dan niet nodig. Verder: zet geen nummers van cliënten in een openbare vraag, ook niet als voorbeeld 😉 – [[p:Özlem]]
~~~
Concept: Casusles thema "ouderen en digitalisering"

Mijn voorbeeld gaat over mevrouw [[p:Jacoba Maria]] ([[p:Coby]]) [[p:de Waal]], geboren [[d:16 juni 1937]], die sinds de bank haar kantoor in de wijk sloot geen geld meer kon opnemen. Ze had geen pinpas (nooit gewild), alleen een spaarboekje.

Gegevens voor de eigen administratie (niet in de les!):
adres [[a:Laan van Meerdervoort 512-F]], [[pc:2563 AP]]
IBAN [[i:§ ]]
tel. [[t:070-3644521]]

Wat we deden: samen met de bank een 'Bank aan huis'-afspraak gemaakt. Haar kleinzoon [[p:Joris]] kreeg een volmacht.

Les: niet iedereen gaat mee in de digitale wereld. Ken de alternatieven die banken bieden.
~~~
Les over samenwerken met het {{o:UWV}}. Bij onze cliënt [[p:Mehmet Kaya]] (BSN [[b:§]], klantnummer {{o:UWV}} [[n:4471102-06]]) liep de WIA-beoordeling negen maanden vertraging op. Niemand bij het {{o:UWV}} kon zeggen waarom. Via het 'escalatieloket' voor gemeentelijke professionals was het binnen twee weken opgelost. Tip: elk SWT kan dat loket gebruiken. Vraag je {{r:teamleider}} naar het nummer.
~~~
Opmerking redactie bij de les over het {{o:UWV}}: het BSN van [[p:Mehmet Kaya]] staat erin, evenals het {{o:UWV}}-klantnummer ([[n:4471102-06]]). Heel vervelend, want deze les willen we juist breed delen. Kun je de tekst vandaag nog aanpassen? – [[p:Hans Mulder]] ([[t:06-41 23 88 10]], ik ben morgen niet op kantoor)
~~~
Wat werkte (lijstje voor het platform):
- [[p:Yusuf]]' broer als {{r:tolk}} bij het eerste gesprek (daarna professionele {{r:tolk}})
- afspraken om 11.00, niet vroeger
- de {{r:wijkverpleegkundige}} die elke week dezelfde dag kwam
- een schrift voor alle afspraken, met grote letters
Wat werkte niet:
- de app van de thuiszorg
- afspraken per brief
~~~
Praktijkles vanuit het ouderenwerk in {{w:Benoordenhout}}.

Men denkt dat in een rijke wijk geen armoede is. Mevrouw [[p:Van Heemstra]] (87) woonde in een groot huis aan de [[a:Van Alkemadelaan 1310]] en at al maanden alleen nog brood. Haar pensioen was te laag voor de vaste lasten van het huis, maar ze schaamde zich te veel om dat te zeggen. Haar buurman, meneer [[p:Zondag]], die zondags met haar naar de kerk liep, merkte het.

Aanpak: {{r:ouderenadviseur}} en {{r:financieel adviseur}} van de bank. Huis verkocht, verhuisd naar een appartement in dezelfde straat op [[d:15-03-2025]].

Les: verborgen armoede bestaat overal. Ook achter een mooie voordeur.
~~~
Redactie – opmerkingen bij inzending van [[p:Annemarie Postma]]

1. De casus gaat over een echtpaar uit {{w:Scheveningen}}. Je noemt de namen niet, top. Maar je noemt wel de naam van de vissersboot en de visafslag waar hij aanlegt. Die boot is net zo herkenbaar als een naam.
2. Het telefoonnummer onderaan ([[t:+31 70 354 88 12]]) is van de cliënt, of van jou?
3. De datum van de brand ([[d:12 oktober 2023]]) stond in de krant. Weglaten.
~~~
Les: werk samen met de {{r:verloskundige}}. Bij [[p:Esra]] (21, eerste kind, {{w:Laak}}) zag de {{r:verloskundige}} bij de controle op [[d:do 20 juni]] blauwe plekken. Ze belde ons dezelfde dag. Binnen een week zat [[p:Esra]] in een veilige woning. Contact via de praktijk {{o:Verloskundigen Laakhaven}}, [[t:070-3887766]].
~~~
Concept praktijkbeschrijving – nog niet naar de redactie

In de wijk {{w:Moerwijk}} zijn er veel mensen die niet weten dat ze recht hebben op kwijtschelding van de gemeentelijke belastingen. We hebben in 2023 een actie gedaan: alle huishoudens met een bijstandsuitkering kregen een huisbezoek van een vrijwilliger. 

Een voorbeeld: [[p:Ruud]] en [[p:Dianne Bakker]] ([[a:Moerweg 9]], [[pc:2532 DE]]) wisten niet dat het bestond. Ze betaalden al tien jaar € 780 per jaar die ze niet hadden hoeven betalen. Met terugwerkende kracht konden we 5 jaar terugvragen. Aanvraagnummer [[n:KWS-2023-61180]].

Resultaat van de actie: 312 aanvragen, 260 toegekend.

Les: actief aanbieden werkt beter dan wachten tot mensen komen.
~~~
In de vorige versie stond: "dhr. [[p:Bakker]] van de bakkerij". Dat heb ik aangepast. Maar nu staat er nog "de bakker van de Dierenselaan", en in die straat zit maar één bakker. Graag ook dat weghalen. Groet, [[p:Gijs]]
~~~
Feedback op de casus "Samen naar de {{r:rechter}}":
Het zaaknummer ([[n:C/09/661204 HA RK 24-118]]) is openbaar opvraagbaar bij de rechtbank en leidt zo naar de naam [[p:Kowalska]]. Beide verwijderen, en de zittingsdatum ([[d:26 september 2024]]) ook. Wat mag blijven: "{{r:kantonrechter}} Den Haag", "dreigende ontruiming". 
Mr. [[p:I. Benali]], {{r:juridisch adviseur}}
~~~
Casus uit {{w:Zeeheldenkwartier}}, ingezonden door [[p:Lotte]]:

"Een jonge vrouw met anorexia (19) woonde op kamers en at niet meer. Haar moeder (mw. [[p:Pieters]], [[t:06-15 00 28 91]]) belde ons vanuit Groningen. We zijn samen met de {{r:huisarts}} gaan kijken. Ze woog 38 kilo. Opname via {{o:Rivierduinen}} binnen 24 uur."

Les van [[p:Lotte]]: wanneer een ouder van ver belt, neem het serieus. Ouders voelen het vaak als eerste.
~~~
Werkwijze 'sleutelpersonen' – een beschrijving

In {{w:Schilderswijk}} werken we met zes 'sleutelpersonen': bewoners die in hun gemeenschap vertrouwd zijn en signalen doorgeven. Ze krijgen een vrijwilligersvergoeding. Onder hen: [[p:Zahra]] (Marokkaanse vrouwen), [[p:Abdi]] (Somalische gemeenschap), [[p:Sevgi]] (Turkse ouderen), [[p:Harold]] (Surinaamse mannen). Ze komen elke eerste woensdag van de maand bij elkaar in wijkcentrum {{o:De Mussen}}.

Wat werkt: vertrouwen, en dat ze niet bij ons in dienst zijn.
Wat lastig is: privacy. Sleutelpersonen horen veel. We hebben met hen een geheimhoudingsverklaring getekend.

Overdraagbaarheid: hoog, mits je investeert in de relatie met de sleutelpersonen (minstens een jaar).
~~~
Reactie redactie op "sleutelpersonen": mooie werkwijze! Ik twijfel over de namen ([[p:Zahra]], [[p:Abdi]], [[p:Sevgi]], [[p:Harold]]). Het zijn geen cliënten, maar wel mensen die in hun gemeenschap gezien worden als 'informant'. Dat kan ze in gevaar brengen. Liever weglaten. [[p:Bernadette]]""",
    r"""Casusles – "Het verlopen paspoort"

Situatie
[[p:Senait Gebremedhin]] (44) kon haar huurtoeslag niet meer ontvangen omdat haar verblijfsdocument was verlopen. De {{o:IND}} had de verlenging maanden laten liggen. Ondertussen liep de achterstand op. Ze woont met drie kinderen op de [[a:Zuiderparklaan 96-A]], [[pc:2574 HJ]].

Aanpak
De {{r:sociaal raadsvrouw}} belde de {{o:IND}} (zaak [[n:IND-V-2023-558812]]) en de {{o:Belastingdienst}}. Voor de tussenperiode hebben we bij de gemeente een voorschot bijzondere bijstand aangevraagd, over te maken op [[i:§ ]].

Wat werkte: bewijs dat de vertraging bij de {{o:IND}} lag, niet bij haar.
Wat werkte niet: wachten. We hebben drie maanden gewacht voordat we actie ondernamen.

Les: bij verlopen documenten meteen een voorschot regelen. Wachten kost het gezin te veel.

Contact (verwijderen!): [[e:senait.g1980@gmail.com]], [[t:06-33 90 12 76]]
~~~
Dit is een herschreven versie van mijn eerdere casus, met dank aan de redactie.

Een vrouw van in de zestig, weduwe, woont alleen in een portiekflat in {{w:Moerwijk}}. Ze kwam bij het {{o:Servicepunt XL}} met een vraag over haar energierekening. In het gesprek bleek ze sinds het overlijden van haar man geen enkel sociaal contact meer te hebben. Via een {{r:welzijnscoach}} is ze gaan koken bij een buurtrestaurant. Ze kookt nu elke donderdag voor 30 mensen.

Les: een praktische vraag kan de ingang zijn naar een heel ander gesprek.

([[p:Wendy]], {{r:ouderenconsulent}})
~~~
Kort verslag – werkbezoek aan team {{w:Leidschenveen}}-{{w:Ypenburg}} ([[d:2024-03-14]])

Wij (team {{w:Schilderswijk}}) gingen op bezoek om te leren hoe zij met nieuwbouwwijken omgaan. Belangrijkste inzichten:
1. In nieuwbouwwijken is er geen 'natuurlijk' netwerk. Buren kennen elkaar niet.
2. De {{r:opbouwwerker}} organiseert daarom actief buurtontmoetingen, bijvoorbeeld een straatbarbecue.
3. Veel problematiek is verborgen achter de voordeur: schulden bij tweeverdieners, burn-out, scheidingen.

Casus die ons bijbleef (verteld door [[p:Hester]], {{r:maatschappelijk werker}}): een gezin dat een nieuwbouwhuis kocht, waarna de vader zijn baan verloor. Huis [[a:Laan van Hoornwijck 12]], hypotheekachterstand € 14.000. Via {{o:Geldfit}} en de bank een betalingsregeling.

Les voor ons: ook in 'rijke' wijken is armoede. Kijk verder dan het adres.
~~~
Opmerking bij de casus hierboven: het adres [[a:Laan van Hoornwijck 12]] staat erin, samen met het bedrag van de hypotheekachterstand. Dat is voldoende om het gezin te vinden via het kadaster. Graag weg. – [[p:H. Mulder]]
~~~
Werkaantekening voor een les over 'hoarding':

dhr [[p:pinas]] ([[a:Hoefkade 612]]) – woning vol tot aan het plafond, brandgevaar volgens de brandweer. Bezoek [[d:19 feb]] met {{r:wijkverpleegkundige}} + {{o:Parnassia}}. Hij wil niks weggooien. We hebben afgesproken: één hoek per week. Hij mag zelf kiezen welke hoek. Contact zus: [[p:Marlène]] [[t:06 4450 8821]] / [[e:marlene.pinas@hotmail.com]].

les (voorlopig): wie alles tegelijk wil opruimen, krijgt niks opgeruimd.
~~~
Casusbeschrijving t.b.v. expertmeeting (april)

Onderwerp: huiselijk geweld in gezinnen met een migratieachtergrond – de rol van schoonfamilie

Casus: Een jonge vrouw ([[p:Harpreet Kaur]], 26) kwam via huwelijksmigratie uit India naar Nederland. Ze woonde in bij haar schoonouders in {{w:Escamp}} ([[a:Lozerlaan 1180]]). Haar paspoort werd door haar schoonvader "bewaard". Ze mocht niet alleen naar buiten. Haar verblijfsvergunning was afhankelijk van haar man.

Signaal: de {{r:taaldocent}} merkte dat ze altijd door haar schoonmoeder werd gebracht en gehaald.

Aanpak: gesprek tijdens de les, zonder schoonmoeder. {{o:Veilig Thuis}} ingeschakeld (meldnummer [[n:VT-2024-01877]]). Opvang via {{o:Fier}}. Via een advocaat een zelfstandige verblijfsvergunning aangevraagd.

Les: huwelijksmigranten zijn extra kwetsbaar door hun afhankelijke verblijfsstatus. Signalen komen vaak van buiten de zorg: taaldocenten, kappers, winkeliers.
~~~
Redactie aan [[p:Hester]]: ik heb in je werkbezoekverslag de datum van het bezoek ([[d:2024-03-14]]) laten staan, want dat is geen cliëntgegeven. Twijfel je? Dan haal ik hem weg. Het adres en de naam van het gezin zijn wel verwijderd.
~~~
Resultaat en lessen (concept)

Na een jaar begeleiding woont [[p:Ahmed Benali]] zelfstandig in een studio in {{w:Laak}} ([[a:Vlietweg 3 bis]], [[pc:2266 KA]]... nee dat is Leidschendam, moet ik checken). Hij heeft een vaste dagbesteding bij {{o:Middin}} en een {{r:mentor}} via {{o:MEE}}. Zijn BSN ([[b:§ ]]) en zijn bankrekening ([[i:§]]) zijn eindelijk aan elkaar gekoppeld bij de {{o:SVB}}, waardoor zijn Wajong weer wordt uitbetaald.

Les 1: bij jongvolwassenen met een LVB moet je alles opschrijven.
Les 2: controleer of het rekeningnummer bij alle instanties hetzelfde is.
Les 3: een vaste {{r:mentor}} is belangrijker dan een volle agenda.
~~~
Beste redactie,

Ik krijg de melding dat mijn casus persoonsgegevens bevat, maar ik zie het niet. Kunnen jullie aangeven waar het staat?

Groet,
[[p:Cor]]

---
Beste [[p:Cor]],
In regel 7: "meneer [[p:Ouali]] (zie ook eerdere casus)". En in regel 12 de e-mail van de {{r:bewindvoerder}} ([[e:j.vandermeer@bewindvoering-haaglanden.nl]]). Dat is een professional, maar het mailadres bevat zijn naam.
Groet, redactie
~~~
Casus ter bespreking bij de kick-off – thema ouderen

Dhr. [[p:Tjong]], 91, Chinees-Indonesisch, weduwnaar. Woont in een aanleunwoning in {{w:Bezuidenhout}}. Zijn dochter ([[p:Lily]]) woont in Australië en belt elke zondagochtend om acht uur (daar is het dan avond). Meneer heeft beginnende dementie. Hij is de laatste weken een paar keer 's nachts buiten aangetroffen. Het verzorgingshuis vraagt zich af of hij wel zelfstandig kan blijven wonen.

De dochter wil dat hij blijft. Het team twijfelt.

Wat we willen leren: hoe weeg je de wens van familie op afstand tegen de veiligheid van de cliënt? Hoe betrek je familie die je alleen via beeldbellen spreekt?

Contactgegevens dochter: [[t:+61 412 558 903]], [[e:lily.tjong@bigpond.com]].
~~~
Praktijkvoorbeeld "De mannen van de moestuin"

Sinds 2022 heeft {{w:Spoorwijk}} een moestuin op een braakliggend terrein. Een groep van ongeveer 12 mannen (werkloos, in de bijstand, sommigen met een verslavingsverleden) werkt er drie ochtenden per week. [[p:Piet]] (67), oud-hovenier, is de informele leider.

Wat we zien: minder eenzaamheid, minder drankgebruik, meer contact met buren. Een van de mannen, [[p:Ramon]], zei: "hier ben ik iemand".

Wat lastig is: de grond is van de gemeente en kan elk moment bebouwd worden.

Overdraagbaarheid: goed, zolang er grond is. Vraag bij de gemeente naar tijdelijke bestemmingen.
~~~
Korte reactie op de moestuin: super! Zet wel de namen ([[p:Piet]], [[p:Ramon]]) niet in de definitieve versie. En "oud-hovenier van 67" maakt [[p:Piet]] voor de hele wijk herkenbaar. Misschien gewoon "een van de oudere deelnemers". – [[p:Gijs]]
~~~
Gegevens in de bijlage, die volgens de {{r:privacyadviseur}} vóór plaatsing weg moeten:
naam: [[p:Emre Doğan]]
geboortedatum: [[d:08/08/1990]]
sofinummer: [[b:§]]
IBAN: [[i:§l]]
adres: [[a:Apeldoornselaan 201-II]], [[pc:2573 LG]]
e-mail: [[e:emre.dogan90@outlook.com]]
De les zelf (over werk en psychische klachten) is inmiddels zonder deze gegevens geplaatst.
~~~
Casusles: huisbezoek met de kinderen erbij

Ik ging op huisbezoek bij een moeder ([[p:Maryam]]) om over de schulden te praten. Haar drie kinderen waren thuis (het was woensdagmiddag). De oudste, [[p:Zakaria]] (11), vertaalde spontaan. Ik liet het gebeuren. Achteraf vond ik dat fout: hij hoorde alles over de schulden van zijn ouders.

Wat ik nu anders doe: huisbezoeken over geld plan ik op schooltijd. Ik vraag altijd: "zijn de kinderen thuis?"

Les: kinderen horen niet bij een gesprek over schulden. Plan eromheen.
(Gesprek was op [[d:woensdag 13 maart]], dossier [[n:SWT/LAK/2024/0312]].)
~~~
Opmerking redactie: het dossiernummer [[n:SWT/LAK/2024/0312]] en de datum [[d:woensdag 13 maart]] staan nog onderaan, en de namen [[p:Maryam]] en [[p:Zakaria]]. Let op: "woensdagmiddag" en "op schooltijd" mogen blijven, dat zijn geen datums.
~~~
Rapportage werkgroep bemoeizorg (concept, intern)

De werkgroep kwam vier keer bij elkaar: op [[d:6 februari]], [[d:5 maart]], [[d:9 april]] en [[d:14 mei]] (de laatste keer bij {{o:Parnassia}} in {{w:Laak}}). Aanwezig waren {{r:SPV}}'en, {{r:wijkverpleegkundigen}}, een {{r:wijkagent}} en een {{r:ervaringsdeskundige}}.

Belangrijkste opbrengst: een gezamenlijke 'bemoeizorgkaart' met per wijk één vast aanspreekpunt. Voor {{w:Transvaal}}: [[p:Mustafa El Yaakoubi]] ([[t:06-10 54 89 23]]). Voor {{w:Moerwijk}}: [[p:Sanne de Vries]]. Voor {{w:Laak}}: [[p:Ilse Verhoeven]].

De kaart met de namen en nummers is voor intern gebruik. Op het platform zetten we alleen de functies.""",
]


def main():
    import collections

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout96.jsonl")
    recs = build(TEXTS, "ho96", path)
    # re-read and verify what was written
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(recs) >= 180
    for rec in back:
        check(rec)
    pii = collections.Counter(s["label"] for r in back for s in r["pii"])
    keep = collections.Counter(s["label"] for r in back for s in r["keep"])
    for lab in PII.values():
        assert pii[lab] >= 15, (lab, pii[lab])
    words = sum(len(r["text"].split()) for r in back) / len(back)
    print("%s: %d texts, %.1f words on average" % (path, len(back), words))
    print(
        "pii :",
        dict(pii.most_common()),
        "(person share %.2f)" % (pii["person"] / sum(pii.values())),
    )
    print("keep:", dict(keep.most_common()))


if __name__ == "__main__":
    main()
