#!/usr/bin/env python3
"""Held-out test corpus 91: live discussion threads, WhatsApp-style team chats,
quick mails, pasted agendas/registrations by Den Haag social neighbourhood care
professionals. Writes heldout91.jsonl next to this file, deterministically.

Markup in TEXTS: [[label:span]] for pii, {{label:span}} for keep.
pii codes: p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, n dossier
keep codes: w wijk, o org, r role
Generated values: [[b:*]] plain BSN, [[b:*.]] 1234.56.782, [[b:* ]] 123 456 782;
[[i:*]] compact IBAN, [[i:* ]] grouped, [[i:*l ]] lower-case grouped.
Keep spans not marked explicitly are added from the KEEP lists below (whole words only,
never inside a pii span).
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

WIJKEN = [
    "Transvaal",
    "Schilderswijk",
    "Mariahoeve",
    "Moerwijk",
    "Laak",
    "Laakkwartier",
    "Escamp",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Spoorwijk",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Loosduinen",
    "Ypenburg",
    "Wateringse Veld",
    "Bezuidenhout",
    "Rustenburg",
    "Benoordenhout",
    "Kijkduin",
    "Zuidwest",
    "Heesterbuurt",
    "Stationsbuurt",
]
ORGS = [
    "Servicepunt XL",
    "Veilig Thuis Haaglanden",
    "Veilig Thuis",
    "VT",
    "Kessler Stichting",
    "GGZ",
    "Nidos",
    "CJG",
    "Florence",
    "Stichting MOOI",
    "Parnassia",
    "Humanitas",
    "Schuldhulpverlening Den Haag",
    "GGD Haaglanden",
    "GGD",
    "Brijder",
    "Vluchtelingenwerk",
    "MEE",
    "Wmo-loket",
    "UWV",
    "Leger des Heils",
    "Belastingdienst",
    "HMC",
    "Jeugdbescherming",
    "Staedion",
    "Voedselbank",
    "Buurtzorg",
    "DUO",
    "Juridisch Loket",
    "IND",
    "HaagWonen",
    "Xtra",
    "Middin",
    "CJIB",
    "Jeugdformaat",
    "CAOP",
    "CAK",
    "SVB",
    "Albert Heijn",
    "Stedin",
    "Sociaal Raadslieden",
    "PostNL",
    "Youz",
    "Vestia",
    "Johan de Witt College",
    "gemeente Den Haag",
    "De Mussen",
    "FACT-team",
    "Eneco",
    "Zilveren Kruis",
    "Rode Kruis",
    "Haagse Hogeschool",
    "Alzheimer Café",
    "Woonnet",
    "Vattenfall",
]
ROLES_CS = ["POH-GGZ", "POH", "SPV", "MEE-consulent", "Wmo-adviseur"]
ROLES_CI = [
    "wijkagent",
    "ervaringsdeskundige",
    "huisarts",
    "casemanager dementie",
    "ouderenconsulent",
    "wijkverpleegkundige",
    "casusregisseur",
    "jeugdconsulent",
    "schuldhulpverlener",
    "sociaal psychiatrisch verpleegkundige",
    "stagiaire",
    "verslavingsarts",
    "bewindvoerder",
    "maatschappelijk werker",
    "teamleider",
    "baliemedewerker",
    "leerplichtambtenaar",
    "ambulant begeleider",
    "welzijnscoach",
    "projectleider",
    "woonconsultant",
    "adviseur",
    "aandachtsfunctionaris",
    "opbouwwerker",
    "tolk",
    "vrijwilliger",
    "wethouder",
    "advocaat",
    "deurwaarder",
    "moderator",
    "mantelzorgconsulent",
]

BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_bsn(rng, fmt):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            break
    if fmt == ".":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == " ":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def make_iban(rng, fmt):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    r = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    s = "NL%02d%s%s" % (chk, bank, acct)
    if "l" in fmt:
        s = s.lower()
    if " " in fmt:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(src, rng):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(src):
        plain = src[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code == "b" and val.startswith("*"):
                val = make_bsn(rng, val[1:])
            elif code == "i" and val.startswith("*"):
                val = make_iban(rng, val[1:])
            pii.append({"start": length, "end": length + len(val), "label": PII[code], "text": val})
        else:
            code, val = m.group(3), m.group(4)
            keep.append(
                {"start": length, "end": length + len(val), "label": KEEP[code], "text": val}
            )
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, (bad, text)
    return text, pii, keep


def auto_keep(text, pii, keep):
    taken = [(s["start"], s["end"]) for s in pii + keep]
    cands = []
    for terms, label, flags in (
        (WIJKEN, "wijk", 0),
        (ORGS, "org", 0),
        (ROLES_CS, "role", 0),
        (ROLES_CI, "role", re.I),
    ):
        for t in terms:
            for m in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w])", text, flags):
                cands.append((m.start(), m.end(), label))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for s, e, label in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        keep.append({"start": s, "end": e, "label": label, "text": text[s:e]})
    keep.sort(key=lambda x: x["start"])


def build():
    rng = random.Random(91)
    rows = []
    srcs = [t.strip("\n") for t in TEXTS.split("\n@@@\n")]
    for k, src in enumerate(srcs):
        text, pii, keep = parse(src.strip(), rng)
        auto_keep(text, pii, keep)
        rows.append({"id": "ho91-%04d" % k, "text": text, "pii": pii, "keep": keep})
    return rows


def verify(rows):
    for r in rows:
        t = r["text"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        assert r["pii"], r["id"]
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s


def main():
    rows = build()
    verify(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout91.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))


TEXTS = r"""
mooie les 👏 herken dit zo. bij ons in {{w:Transvaal}} had [[p:Hatice]] een meneer die alleen opendeed als de wijkagent er níet bij was. uiteindelijk via de buurvrouw binnengekomen, mw [[p:de Hoop]] van de overkant. tip: check even bij het {{o:Servicepunt XL}} wie hem kent, die dames achter de balie weten vaak meer dan wij 😉
@@@
@[[p:Joost]] vraagje over je les 'schulden en schaamte': hoe kreeg je meneer [[p:B.]] zover dat hij zijn post liet zien? wij lopen vast bij iemand in Laak (zaaknr [[n:SWT-LK-2024-117]]) die sinds maart niks meer opent. Humanitas wil wel komen maar hij houdt de boot af. alle tips welkom!
↪ eerlijk gezegd via de huisarts. dr. [[p:Mahabier]] kende hem al 20 jaar en heeft op [[d:12 april]] een gesprek bij hem thuis geregeld, ik mocht mee. toen lag ineens alles op tafel, 3 vuilniszakken post 🙈 vertrouwen eerst, post later. groet [[p:Joost]]
@@@
Reactie op les #14 (huiselijk geweld, Moerwijk): ik mis eigenlijk wat er gebeurde nadat Veilig Thuis erbij kwam. Bij ons duurde het bij mw. [[p:Öztürk]] bijna 6 weken voor er iemand langskwam. Hebben jullie daar een vaste contactpersoon? Wij hebben [[p:Linda]], maar die is tot [[d:1 juni]] met verlof.
@@@
Goede discussie gister over bemoeizorg. Wat ik nog wilde zeggen: in de Schilderswijk werkt het echt alleen als de ervaringsdeskundige vanaf dag 1 meeloopt. [[p:Rachid]] van de Kessler Stichting heeft bij dhr. [[p:Pinas]] (Hobbemastraat, 3 hoog) vier keer aangebeld voordat hij binnen mocht. Daarna ging het snel: GGZ-intake op [[d:28-2]], bewind aangevraagd, huur weer betaald.
@@@
kort vraagje aan de groep: wie heeft ervaring met Nidos en jongvolwassenen die 18 worden? we hebben een jongen, [[p:Yonas]] [[p:T.]], 18 sinds [[d:3 januari]], valt nu overal tussen. CJG zegt 'niet meer van ons', wij zeggen 'nog niet van ons' 🙃 en ondertussen zit hij zonder inkomen
@@@
@[[p:Wendy]] @[[p:Kees]] de les uit Mariahoeve over de aanpak met het dementiecafé is top. Kunnen we die meenemen naar de expertmeeting in april? Ik zou dan wel de naam van mevr. [[p:Smit-Brouwer]] er even uithalen, die staat nog in alinea 3 😬 (en haar adres, [[a:Ambachtsgaarde 41]])
@@@
Ik sluit me aan bij [[p:Femke]]. Bij ons kwam de doorbraak pas toen de casemanager dementie en de ouderenconsulent samen op huisbezoek gingen. Meneer [[p:Visser]] (89!) wilde eerst niemand zien, zijn dochter [[p:Ellen]] belde ons in paniek op zondagavond [[d:17 maart]]. Nu gaat hij 2x per week naar de dagbesteding bij Florence en komt de wijkverpleging elke ochtend.
@@@
Thema-stemming: ik stem voor huiselijk geweld én ouderen. Jeugd vind ik lastig omdat het CJG al zoveel doet en we dan dubbel werk krijgen. Groet, [[p:Mo]] (Escamp)
@@@
Ik mis in deze les hoe de toestemming geregeld was. Stond er niet dat mw. [[p:K.]] de toestemmingsverklaring pas op [[d:9/10]] heeft getekend? Dan mogen we de info van vóór die datum eigenlijk niet delen toch? @[[p:Ingrid]] kun jij als casusregisseur hier iets over zeggen?
↪ klopt [[p:Marjon]], goed gezien. formeel pas vanaf [[d:9 oktober]]. ik pas de les aan en haal ook het zaaknummer ([[n:2023-088412]]) eruit, dat had er sowieso niet in gemogen. sorry! [[p:Ingrid]]
@@@
Leuk om te lezen hoe jullie in Duindorp de buren inzetten. Bij ons in Scheveningen doet mevrouw [[p:Bakker]] (73, [[a:Badhuisstraat 61]]) iets vergelijkbaars: ze kookt elke woensdag voor zes buren, o.a. dhr. [[p:Koster]] en [[p:Lenie]] van hiernaast. Informele zorg op z'n best. Is dit iets voor het thema ouderen? Dan schrijf ik het uit als les.
@@@
Volgens mij is de grootste les hier: niet te snel opschalen. We hebben bij fam. [[p:Mensah]] in Bouwlust binnen 2 weken 7 hulpverleners over de vloer gehad, jeugdconsulent, schuldhulpverlener, wijkverpleegkundige, de hele rambam. Mevr. [[p:Akosua Mensah]] zei letterlijk: 'ik weet niet meer wie wie is'. 1 gezin 1 plan, zoals ze in Utrecht doen!
@@@
vraag aan Spoorwijk: jullie noemen in de les een 'huiskamer' aan de Hoefkade. is dat de plek van Stichting MOOI? wij willen daar een cliënt naartoe verwijzen, dhr [[p:Ramsaran]], maar weet niet bij wie ik moet zijn. [[p:Shanti]] misschien?
↪ [[p:Shanti]] hier 👋 ja klopt, elke di en do van 10-12. Je kunt me direct bellen: [[t:06-41 88 23 07]] of mailen naar [[e:s.jagesar@mooiwelzijn.nl]]. Neem dhr [[p:Ramsaran]] gewoon mee, de eerste keer loop ik met hem mee naar binnen en stel ik hem voor aan de vrijwilligers.
@@@
Aanvulling op les 'wachtlijst ggz': de POH-GGZ van de praktijk aan de Leyweg kan soms een overbruggingsgesprek doen. Zo hebben we [[p:Andreea]] [[p:P.]] (34) opgevangen tot haar intake bij Parnassia op [[d:vr 22 nov]]. Vraag naar [[p:Mirjam]], die regelt dat.
@@@
Ik heb de les over mw. [[p:Wiśniewska]] gelezen. Mooi geschreven, maar let op: de combinatie "Poolse vrouw, 3 kinderen, Laakkwartier, werkt in de kassen" maakt haar best herkenbaar voor wie haar kent. Misschien 'Oost-Europese vrouw' en de wijk weglaten? Ik weet het, dan wordt de les minder bruikbaar... dilemma.
@@@
Reactie van [[p:Ruud]] (gemeente): dank voor alle inbreng. De vier thema's zijn na de stemming: jeugd, ouderen, huiselijk geweld en bemoeizorg. Thematrekkers: [[p:Sanne de Groot]] (jeugd), [[p:Bülent Kaya]] (ouderen), [[p:Esther Doelwijt]] (hg) en [[p:Pieter-Jan]] (bemoeizorg). De startbijeenkomst is op [[d:dinsdag 6 februari]], uitnodiging volgt.
@@@
nog even over bemoeizorg: wat bij ons werkte bij [[p:Henkie]] (slaapt al maanden in de bosjes bij het Zuiderpark) was gewoon elke ochtend koffie brengen. [[p:Nadia]] en ik wisselden af. Na 3 weken vroeg hij zelf naar 'die mevrouw van de huisarts'. Inmiddels briefadres bij het Leger des Heils en loopt de bijstandsaanvraag ([[n:WI-2024-30917]]).
@@@
Wie was er bij de kick-off op [[d:22 november]]? Ik heb de foto's van de flappen van de groep huiselijk geweld, maar ik kan niet lezen wat [[p:Mariska]] op het laatste vel schreef 😂 iets met 'eerste 48 uur'?
↪ @[[p:Mariska]] 'eerste 48 uur na melding samen op huisbezoek' 🙂 en daaronder 'afspraak met VT over terugkoppeling'. De foto's staan ook in de map van de pilot, heeft [[p:Gert-Jan]] op [[d:23/11]] geüpload.
@@@
Mooie les, wel een privacy-opmerking: in de bijlage staat nog het BSN van meneer ([[b:*]]) en zijn rekeningnummer ([[i:* ]]) in de screenshot van de brief van de Belastingdienst. Kun je die zwart maken [[p:Lotte]]? Voor nu even op 'niet openbaar' gezet. Gr [[p:Ilse]] (moderator)
@@@
ik vond de sessie van dr. [[p:Van Leeuwen]] over LVB echt eye-opening. vooral het stuk over 'ja zeggen en nee bedoelen'. bij ons in de Schilderswijk zie ik dat bij zoveel cliënten. bv [[p:S.A.]], 27, die alles ondertekent wat je hem voorlegt, ook drie telefoonabonnementen 😩 wie heeft hier een goede aanpak voor?
@@@
Hierbij mijn les voor het thema jeugd, graag feedback 🙏
'[[p:Jaylano]] (15) woont met moeder en 2 zusjes in een 2-kamerflat aan de [[a:Zuiderparklaan 301-3]]. Moeder [[p:Shurenska]] werkt in de nachtdienst...'
→ oei wacht, dit is nog de niet-geanonimiseerde versie. Kan een moderator dit verwijderen? sorry!!
@@@
Reactie op [[p:Bülent]]: ouderen en eenzaamheid is toch vooral iets van Mariahoeve en Bezuidenhout? bij ons in Wateringse Veld zijn het juist jonge moeders. vb: mw. [[p:Chen]], kwam binnen via het consultatiebureau. 24 jaar, man werkt 60 uur per week in een restaurant in Rotterdam, ze spreekt bijna geen Nederlands. Eenzaamheid is niet leeftijdgebonden.
@@@
Kunnen we afspreken dat we in de lessen geen initialen meer gebruiken? Ik zie steeds 'mw. [[p:A.Y.]]' of 'dhr [[p:v.d. B.]]' staan, en met wijk + leeftijd erbij weet iedereen in Ypenburg over wie het gaat. Liever 'een vrouw van 50+'.
@@@
Dank [[p:Anouk]]! Super helder. Eén ding: jullie schuldhulpverlener is [[p:Freek]] toch? Die had ik vorige maand aan de lijn voor een andere cliënt, mw [[p:Tavares]]. Hij zei dat Schuldhulpverlening Den Haag een nieuwe 'snelle route' heeft voor mensen met minder dan € 5.000 schuld. Weet jij daar meer van?
@@@
update casus uit de les van vorige week (met toestemming): mw. [[p:Hodan]] heeft eindelijk een eigen plek!! sleutel op [[d:ma 8 juli]], [[a:Dreibergenstraat 112]], [[pc:2545 CV]]. wel nog 0 meubels, dus wie iets weet van een kringloop die bezorgt...
@@@
@[[p:pj]] ik hoop dat je het niet erg vindt, maar ik heb jouw les over [[p:Kwame]] doorgestuurd naar [[p:Marloes]] van de GGD Haaglanden. Zij zit in de werkgroep 'verwarde personen' en was er erg enthousiast over.
@@@
Reactie op les 'Geen voordeur, wel een voordeurteam': ik vind de term 'lastige cliënt' in de tekst echt niet kunnen. Meneer [[p:De Wit]] is niet lastig, hij is bang. Verder top les hoor [[p:Roos]] 🙂
@@@
Vraag voor [[p:Karin]] of [[p:Ruud]]: komen de presentaties van de expertmeeting ([[d:18 april]]) online? Ik was ziek. Vooral die van de verslavingsarts van Brijder ben ik benieuwd naar, we hebben in Moerwijk 2 cliënten met gokschulden.
@@@
Bij jullie les over mevrouw [[p:Ionescu]] dacht ik meteen aan onze casus in Rustenburg: Roemeense vrouw, (nog) geen BSN, werkt zwart in de schoonmaak. Wij zijn gestrand bij de inschrijving in de BRP. Hoe hebben jullie dat opgelost? Via Vluchtelingenwerk?
@@@
[[p:Bas]], dank voor het delen. Ik ga de checklist 'eerste huisbezoek' gebruiken bij ons in Morgenstond. Kleine toevoeging: altijd even checken of er huisdieren zijn 😅 [[p:Gerda]] is vorige week bij dhr. [[p:Wolf]] op de [[a:Zuidlarenstraat 88]] in haar kuit gebeten door zijn herder.
@@@
dilemma uit de praktijk, graag meedenken: een buurman belt ons steeds over zijn buurvrouw (mw. [[p:Kok]], [[a:Beeklaan 12-1]]) die 's nachts schreeuwt. Zij wil geen contact. De melder, dhr. [[p:Jansen]] ([[t:070 - 388 14 52]]), dreigt naar de krant te gaan. Hoe ver ga je met bemoeizorg als iemand zelf nee zegt en er geen acuut gevaar is?
↪ [[p:Ahmed]] hier (sociaal psychiatrisch verpleegkundige, Parnassia Escamp). Wij zouden in zo'n geval een OGGZ-melding doen bij de GGD Haaglanden, dan komt er iemand langs voor een screening. Stuur me gerust een DM, dan bespreken we mw. [[p:Kok]] even samen. Niet hier in de draad 😉
@@@
Hallo allemaal, ik ben [[p:Tjitske]], nieuwe stagiaire bij het team in Segbroek. Leuk dat ik mee mag lezen! Ik doe mijn afstudeeronderzoek naar de samenwerking tussen huisarts en wijkteam. Wie wil ik interviewen? Mail: [[e:tjitske.bouma@student.hhs.nl]]
@@@
[[p:Jeroen]] schreef: "wij doen geen huisbezoeken zonder afspraak". Nou, wij wel hoor, in Zuidwest kom je anders nergens. Bij mw. [[p:Yordanka]] [[p:Dimitrova]] heb ik 5x voor een dichte deur gestaan met een briefje. De 6e keer deed haar zoon [[p:Stoyan]] open en zat ze gewoon op de bank.
@@@
les ingestuurd, maar ik twijfel of 'de vrouw met de rode scooter uit de Wouwermanstraat' anoniem genoeg is 🤔 iedereen kent haar daar. @[[p:Ilse]] mag jij het zeggen.
@@@
Terugblik workshop 'gesprekstechnieken bij zorgmijders' ([[d:14 maart]]). Tops volgens de deelnemers: het rollenspel met [[p:Johan]] als acteur 😂 en de casus uit Transvaal. Tips: meer tijd voor uitwisseling, minder sheets. Volgende workshop: [[d:woensdag 10 april]], 13.30-16.30 in het stadhuis, zaal 6.12.
@@@
vanuit MEE: wij zien steeds vaker dat LVB-cliënten in de wijkteams 'verdwijnen' tussen de casusregisseur en de MEE-consulent. Voorstel: bij elke LVB-casus 1 aanspreekpunt. Voorbeeld: dhr. [[p:Azzouzi]] had in 2023 drie verschillende contactpersonen, en [[p:Khadija]] van ons wist van geen van drieën 😕
@@@
Even terug naar [[p:Mo]] z'n punt over de Wmo: het Wmo-loket heeft bij ons gemiddeld 8 weken doorlooptijd. Bij mw. [[p:Esajas]] (aanvraag [[n:WMO-24-004512]]) zelfs 14 weken. Intussen zit ze zonder traplift op driehoog. Wie heeft een lijntje met een Wmo-adviseur die iets kan versnellen?
@@@
Ik kan [[p:Wendelien]] van harte aanbevelen, Wmo-adviseur in Loosduinen, direct nummer [[t:070 752 88 34]]. Zeg maar dat je van mij komt. — [[p:Karin B.]]
@@@
reactie op les 'geld en geheimen': wij zagen bij [[p:Rafael]] (Transvaal) dat z'n moeder zijn bankpas had. rekening [[i:*]] stond gewoon op naam van moeder en zijn Wajong werd daarop gestort. UWV wist van niks. bewindvoering loopt nu, kenmerk [[n:BW/2024/0671]]. les: vraag altijd op wiens naam de rekening staat.
@@@
Voor wie het gemist had: de slotbijeenkomst is verschoven van [[d:13 juni]] naar [[d:20 juni]] (ivm de zaalverhuur). Locatie blijft hetzelfde. [[p:Karin]] stuurt de agenda deze week rond.
@@@
interessante discussie. nog een dimensie: taal. bij de Eritrese gezinnen in Moerwijk gebruiken wij [[p:Semhar]] als tolk (vrijwilliger via Vluchtelingenwerk). maar bij huiselijk geweld is een tolk uit de eigen gemeenschap soms juist riskant. bij fam. [[p:Tekle]] bleek [[p:Semhar]] de man te kennen 😬 daarna alleen nog via de tolkentelefoon.
@@@
Mag ik de les van [[p:Priscilla]] (Bouwlust) delen met ons CJG? Het gaat om de 'keukentafel met opa'-aanpak. Er staat volgens mij geen herleidbare info meer in, alleen 'opa [[p:Frits]]' nog in de laatste alinea.
@@@
[08:41, [[d:4-3-2024]]] [[p:Sanne de Groot]]: goedemorgen! wie kan er vanmiddag mee naar mw [[p:el amrani]]? ze belde net huilend, deurwaarder is geweest
[08:44, [[d:4-3-2024]]] [[p:Mo]]: ik kan na 14u
[08:44, [[d:4-3-2024]]] [[p:Sanne de Groot]]: top 👍 adres [[a:Van der Vennestraat 51]], 2e bel
[08:52, [[d:4-3-2024]]] [[p:Lotte]]: zal ik schuldhulp alvast bellen?
@@@
[[d:12-03-24]] 16:02 - [[p:Bülent]]: jongens, dhr [[p:Demir]] is opgenomen in het HMC Westeinde, dochter [[p:Emine]] belde net
[[d:12-03-24]] 16:03 - [[p:Ilse]]: oh nee. wat is er gebeurd?
[[d:12-03-24]] 16:05 - [[p:Bülent]]: gevallen in de douche, heup. lag er 2 dagen 😢 buurman [[p:Hans]] vond hem
[[d:12-03-24]] 16:05 - [[p:Ilse]]: wie was z'n wijkverpleegkundige?
[[d:12-03-24]] 16:07 - [[p:Bülent]]: niemand! indicatie liep nog. moeten we maandag echt even bespreken
@@@
[[p:Ilse]]: reminder: donderdag intervisie, casus inbrengen = [[p:Thijs]]
[[p:Thijs]]: ja ja 🙄 ik neem mw. [[p:Boateng]] mee, dossier [[n:24-00783]]
[[p:Gerda]]: kan iemand mijn dienst van [[d:vr 15/3]] overnemen? tandarts 🦷
[[p:Mo]]: doe ik
[[p:Gerda]]: je bent een schat
@@@
[[p:Esther]]: @[[p:Ramon]] heb je de VT-melding van gister al gedaan?
[[p:Ramon]]: ja, gedaan om 17:20, meldnummer [[n:VT-2024-03316]]
[[p:Esther]]: 👍 en de kinderen?
[[p:Ramon]]: bij oma [[p:Juliana]] in Spoorwijk, [[a:Schalk Burgerstraat 220]]. Jeugdbescherming is ingelicht
[[p:Esther]]: goed gedaan. spreek je morgen
@@@
[10:15] [[p:Marjon]]: wie zit er vandaag in Laak op kantoor? ik heb de sleutel van de fietsenkelder 🔑
[10:16] [[p:Pieter-Jan]]: ik! ben er om 11u
[10:16] [[p:Marjon]]: kun jij ook de envelop van mw [[p:Post]] uit mijn bakje pakken? ze komt hem om 12u halen bij de balie
[10:17] [[p:Pieter-Jan]]: komt goed 👌
@@@
[[p:Sanne]]: sorry dat ik zo laat app, mw [[p:nowak]] belde net, ze moet morgen om 9u bij de kantonrechter komen. zaaknr op de brief: [[n:10894312 CV EXPL 24-2207]]. kan iemand mee? ik heb om 9u dat overleg met Staedion
[[p:Lotte]]: ik ga wel. waar?
[[p:Sanne]]: bij de rechtbank, maar ze wil eerst bij haar thuis afspreken, [[a:Jacob Catsstraat 45-II]]
[[p:Lotte]]: 👍 8u15 daar
@@@
SWT Escamp 🏠
[[p:Gerda]]: heeft iemand een oplader voor een samsung 🔌
[[p:Mo]]: in de la van [[p:Kees]]
[[p:Gerda]]: dank!! en btw, dhr. [[p:Kromodimedjo]] belde, hij wil zijn afspraak van [[d:dinsdag 9 april]] verzetten naar [[d:do 11/4]]. wie was zijn contactpersoon? hij woont nu trouwens op [[a:Loosduinse Hoofdstraat 233-B]]
[[p:Kees]]: ik. zet ik om 👍
@@@
[[p:Thijs]]: wie heeft de inlog van het gedeelde mailadres [[e:swt.moerwijk@denhaag.nl]]? moet iets terugzoeken van [[d:14 feb]]
[[p:Ilse]]: vraag [[p:Ria]], zij is beheerder
[[p:Ria]]: stuur ik je via signal 🔐
[[p:Thijs]]: weet iemand of de wijkagent van Moerwijk nog [[p:Dennis]] is?
[[p:Ilse]]: nee, sinds de zomer is het [[p:Naima]]
[[p:Thijs]]: ok, heb je haar nr?
[[p:Ilse]]: [[t:06-10 92 81 44]], via de meldkamer kan ook maar dat duurt langer
@@@
[[p:Lotte]]: mw. [[p:Ivanova]] heeft haar bankgegevens gestuurd voor de bijzondere bijstand: [[i:*l ]]. klopt het dat de aanvraag naar [[e:bijzonderebijstand@denhaag.nl]] moet?? of via het formulier?
[[p:Femke]]: formulier! anders komt het nooit aan. en zet haar iban niet in de groepsapp aub 😅
[[p:Lotte]]: oeps. verwijderd voor iedereen ✔️
@@@
[[p:Priscilla]]: update fam. [[p:Martina]]: gisteren huisbezoek gedaan met [[p:Jermaine]] (jeugdconsulent CJG). moeder [[p:Giselle]] kan niet meer. oudste, [[p:Shurendy]] (16), is al 3 weken niet naar school geweest. leerplicht is al betrokken
[[p:Priscilla]]: volgende stap: gezamenlijk gesprek [[d:woensdag 17 april]] 15u bij hen thuis, [[a:Kempstraat 85 bis]]
[[p:Mo]]: 👍 ik zet het in de agenda
@@@
[[p:Joost]]: weet iemand waar [[p:Jos]] is? hij neemt niet op
[[p:Wendy]]: [[p:jos]] zit bij de Voedselbank met mw. [[p:Said]]
[[p:Joost]]: ah ok. zijn 06 is [[t:0624517790]] toch?
[[p:Wendy]]: nee [[t:06-24 51 77 09]], die andere is z'n privé 😂
[[p:Femke]]: wie heeft het nummer van de bewindvoerder van [[p:R.]]?
[[p:Joost]]: mr. [[p:Hoekstra]]? nee wacht, dat was [[p:Schipper]]. [[t:06 1933 4420]]
[[p:Femke]]: dank je!! 🙏
[[p:Joost]]: np. groetjes aan [[p:R.]] 😂 hij belt me elke dag om 8 uur
@@@
[[p:Kees]]: mooie dag gehad bij de kick-off 🎉 ik ben gekozen voor de pilotgroep, thema ouderen!
[[p:Gerda]]: gefeliciteerd!! met wie zit je?
[[p:Kees]]: [[p:Bülent]] uit Mariahoeve, [[p:Hanna]] uit Segbroek en die wijkverpleegkundige van Buurtzorg, [[p:Mei]] nog wat
[[p:Gerda]]: [[p:Mei Lin]]? die ken ik, super!
@@@
[[p:Ria]]: ff een check voor de urenregistratie: wie waren er allemaal bij de casus [[p:S.]] op [[d:26/2]]? ik heb [[p:Mo]], [[p:Thijs]] en mezelf.
[[p:Thijs]]: en [[p:Hatice]]
[[p:Ria]]: ah ja. dank
@@@
[[p:Hatice]]: mw. [[p:Warsame]] ([[a:Moerweg 310]]) belde, ze heeft een brief van DUO gekregen over het terugbetalen van een studieschuld van haar dochter [[p:Ayaan]]. klopt niet want [[p:Ayaan]] is 17
[[p:Hatice]]: ik heb de brief gescand en naar [[e:h.yildiz@xtra.nl]] gestuurd, kan iemand meekijken?
[[p:Mo]]: stuur maar door, ik ken iemand bij DUO
@@@
[21:47, [[d:9-5-2024]]] [[p:Pieter-Jan]]: sorry laat, maar dit kan niet wachten: dhr. [[p:Haddad]] stuurde net een foto van zijn polsen. ik heb de crisisdienst gebeld en de huisartsenpost. politie gaat langs op [[a:Loosduinseweg 107-B]]
[21:49, [[d:9-5-2024]]] [[p:Ilse]]: ik bel je nu
[22:30, [[d:9-5-2024]]] [[p:Pieter-Jan]]: hij is mee naar de crisisdienst. ik ga slapen. morgen meer ❤️
@@@
[[p:Wendy]]: dames en heren, wie komt er vrijdag naar de borrel? 🍻 [[p:Els]] gaat met pensioen!
[[p:Kees]]: ikke
[[p:Hanna]]: ik ook, zal ik een kaartje regelen? cadeau: 10 euro pp overmaken naar [[i:* ]] t.n.v. [[p:W. de Jong]]
[[p:Wendy]]: top [[p:Hanna]]!
@@@
[[p:Femke]]: [[p:Lotte]], je had het gisteren over [[p:Bogdan]], die Poolse meneer uit het pension op [[a:Vaillantlaan 140]]. de pensionhouder heeft z'n spullen op straat gezet 😡
[[p:Lotte]]: wat?? hij heeft gewoon een contract tot [[d:31-8]]
[[p:Femke]]: ja. Juridisch Loket gebeld, afspraak [[d:ma. 3 juni]] 10u30. kun jij?
[[p:Lotte]]: ja ik ga mee
@@@
[[p:Hanna]]: goedemorgen team! even iets praktisch: vanaf [[d:1 september]] heeft [[p:Ria]] een nieuw nummer: [[t:+31 6 4807 2291]]. het oude ([[t:06-30 22 18 07]]) gaat eruit.
[[p:Ria]]: ✔️ klopt, en mijn mail blijft [[e:ria.van.dijk@denhaag.nl]]
@@@
[[p:Mo]]: heeft iemand een auto? mw [[p:Rahimi]] moet om 14u bij de IND in Rijswijk zijn en de bus rijdt niet door de staking 🚌❌
[[p:Gerda]]: ik! stuur me haar adres
[[p:Mo]]: [[a:Laakweg 47 hs]], [[pc:2521 AT]]
[[p:Gerda]]: 👌 ik ben er om 13u
@@@
[[p:Sanne]]: ik ben er even niet 😴 morgen ziek gemeld. mw [[p:de Vries]] (11u, [[a:Dunne Bierkade 21]]) en dhr. [[p:Said]] (14u, [[a:Hoefkade 318-C]]) moeten verzet worden, kan iemand bellen? nrs staan in het systeem
[[p:Lotte]]: doe ik. beterschap!
@@@
[[p:Bram]]: nog even over dhr. [[p:Alkhatib]]: de geboortedatum in het systeem is [[d:01-01-1972]], maar volgens hem is dat 'de standaarddatum' want hij weet zijn echte niet. UWV heeft een andere: [[d:1 juli 1972]]. welke gebruiken we?
[[p:Ilse]]: die van de BRP. altijd. check even het BSN: [[b:*.]]?
[[p:Bram]]: ja dat is hem 👍
@@@
[[p:Rachid]]: lieve collega's, [[p:Lieve]] is bevallen!! 👶 [[p:Noah]], geboren op [[d:22-01]] om 04:13, 3250 gram. moeder en kind maken het goed 💙
[[p:Gerda]]: gefeliciteerd!!!
[[p:Mo]]: 🎉🎉
[[p:Rachid]]: kaartje kan naar [[a:Weimarstraat 196]], [[pc:2562 HE]]
@@@
[[p:Kees]]: ff checken, we hebben bij mw. [[p:Ramdin]] toch een toestemmingsverklaring?
[[p:Ingrid]]: ja, getekend op [[d:13-11-2023]], zit in dossier [[n:SWT-ES-0192]]
[[p:Kees]]: dan mag ik Parnassia bellen. thx
[[p:Gerda]]: 🎤 spraakbericht (0:42)
[[p:Mo]]: kan niet luisteren, zit in overleg, typ even?
[[p:Gerda]]: dhr. [[p:van Leeuwen]] valt steeds, dochter wil dat hij naar een verpleeghuis. hij niet. wmo zegt 'eerst huishoudelijke hulp'. ik zie het niet zitten 😕
[[p:Mo]]: laten we het morgen met [[p:Hanna]] (casemanager dementie) bespreken
@@@
[[p:Ilse]]: belangrijk!! vanaf nu geen volledige namen van cliënten in deze app. gebruik initialen of het dossiernummer.
[[p:Thijs]]: ok. dus 'mw. [[p:A.K.]]' ipv 'mw. [[p:Aïcha Kaddouri]]'?
[[p:Ilse]]: 🤦‍♀️ [[p:Thijs]]…
[[p:Thijs]]: haha oeps
@@@
[[p:Marloes]]: weet iemand waar ik de aanmeldlijst voor de startbijeenkomst kan vinden?
[[p:Jelle]]: in Teams, map Pilot > Startbijeenkomst. of vraag [[p:Karin]] ([[e:karin.boekhout@denhaag.nl]])
[[p:Marloes]]: gevonden, dank je! ik zie dat jij nog niet aangemeld bent [[p:Jelle]] 😉
[[p:Ineke]]: team Ypenburg: wie wil er een training 'Mentaal gezond in de wijk' doen? [[d:3 oktober]] en [[d:10 oktober]], 9-12u bij de GGD Haaglanden. opgeven bij mij voor vrijdag
[[p:Bram]]: ik
[[p:Marloes]]: ik ook (als [[p:Jelle]] mijn spreekuur overneemt 🙏)
@@@
[[p:Bram]]: pff HaagWonen wil dhr. [[p:Farah]] uit z'n huis aan de [[a:Hooftskade 164]] zetten, huurachterstand € 3.400. ontruimingsdatum [[d:16 mei]]
[[p:Ineke]]: schuldhulp al aangehaakt?
[[p:Bram]]: aangemeld [[d:2/5]], kenmerk [[n:SHV-24-01937]]. wachten op intake
[[p:Ineke]]: bel [[p:Yvonne]] van HaagWonen, die kan soms uitstel regelen. [[t:088-160 35 21]]
@@@
[[p:Femke]]: kan iemand morgen bij mw. [[p:Ouali]] langs? ze heeft een nieuwe voordeur nodig na een inbraak, de corporatie reageert niet. adres: [[a:wouwermanstraat 88a]], [[pc:2531 ex]]
[[p:Joost]]: ja ik ben in de buurt, rond 11u
@@@
[[p:Hanna]]: lieve mensen, de pilotgroep heeft een eigen app. wie wil erin? stuur je 06 naar [[p:Wendy]] of mij
[[p:Kees]]: [[t:0655431298]]
[[p:Gerda]]: [[t:06 48 32 90 11]] 😊
[[p:Hanna]]: 👍 toegevoegd
@@@
[[p:Esther]]: casus voor morgen, graag jullie input. vrouw (34), 2 kids, Transvaal. partner dreigt, geen fysiek geweld (zegt ze). zij wil niet naar de opvang. Veilig Thuis adviseert een veiligheidsplan.
[[p:Ramon]]: is dit mw. [[p:Çelik]]?
[[p:Esther]]: ja. maar geen namen hier 😉
[[p:Ramon]]: sorry. ik ken haar zus [[p:Ayşe]], die woont op de [[a:Paul Krugerlaan 112]]. misschien kan ze daar tijdelijk terecht?
[[p:Esther]]: goed idee, neem ik mee
@@@
[[p:Jelle]]: vraagje: hoe lang duurt een scootmobiel-aanvraag tegenwoordig? dhr. [[p:Groen]] ([[a:Oudemansstraat 204B]]) wacht al sinds [[d:15-01-2024]] (aanvraagnr [[n:W-2024-05531]])
[[p:Marloes]]: 10-12 weken volgens [[p:Wendelien]]
[[p:Jelle]]: 😫 zo komt hij de deur niet uit
@@@
[[p:Mo]]: ff voor de planning: ik ben van [[d:22 t/m 26 juli]] weg, [[p:Sanne]] neemt mijn cliënten over. mw. [[p:Pinas]] en fam. [[p:Monteiro]] weten het al
[[p:Sanne]]: 👍 zet je de lopende zaken in het overdrachtsdocument?
[[p:Mo]]: staat er al in
@@@
Hoi [[p:Wendelien]],

Dank voor je snelle reactie gisteren. Zoals besproken hierbij de gegevens van mw. [[p:Esajas]]:
BSN: [[b:*]]
Adres: [[a:Zuiderparklaan 45-I]], [[pc:2574 HJ]] Den Haag
Tel: [[t:06-28 49 11 03]]
Zij heeft al een traplift-aanvraag lopen ([[n:WMO-24-004512]]). Kun jij kijken of dit versneld kan?

Groet,
[[p:Ingrid Rosaria]]
casusregisseur SWT Moerwijk
@@@
Beste [[p:Karin]],

Bij deze mijn aanmelding voor de expertmeeting op [[d:18 april]]. Ik neem collega [[p:Thijs Bakker]] mee, als dat kan. Dieetwensen: vegetarisch (ik), [[p:Thijs]] heeft geen wensen.

Met vriendelijke groet,
[[p:Ilse Vermeulen]]
teamleider SWT Moerwijk | Xtra
[[t:06 - 51 23 90 44]]
@@@
Hi [[p:Freek]],
Korte vraag: mw. [[p:Tavares]] ([[p:Nilza]], geb. [[d:17-09-1979]]) zegt dat ze bij jullie is aangemeld maar nog niks heeft gehoord. Klopt dat? Haar kenmerk zou [[n:SHV-23-11802]] zijn. Ze heeft inmiddels weer een aanmaning van het CJIB gekregen.
Thx!
[[p:Anouk]]
@@@
Van: [[e:m.azzouzi@xtra.nl]]
Aan: [[e:k.tahiri@mee-zhn.nl]]
Onderwerp: overdracht dhr [[p:A.]]

Hoi [[p:Khadija]], zoals telefonisch besproken draag ik dhr. [[p:A.]] per [[d:1 maart]] aan jou over. De toestemming is getekend (zit in de bijlage, samen met de Wmo-beschikking). Hij is het beste bereikbaar via zijn broer [[p:Hamid]], [[t:06-46 73 02 19]]. Bel niet vóór 11u, dan slaapt hij nog 😉
Gr. [[p:Mohamed]]
@@@
Beste collega's van SWT Escamp,

Per [[d:15 april]] ben ik jullie nieuwe contactpersoon vanuit het FACT-team Escamp van Parnassia. Mijn voorganger [[p:Willemijn Storm]] is met zwangerschapsverlof. Ik ben bereikbaar op [[t:088-357 12 04]] en via [[e:a.tesfaye@parnassia.nl]]. Ik kom graag een keer langs bij jullie teamoverleg.

Hartelijke groet,
[[p:Aster Tesfaye]]
sociaal psychiatrisch verpleegkundige
@@@
hoi [[p:jeroen]], hierbij nog even de gegevens waar je om vroeg voor de aanvraag bijzondere bijstand van dhr. [[p:Nguyen]] ([[a:Weimarstraat 301]]): iban [[i:*]] t.n.v. [[p:V.T. Nguyen]]. het gaat om € 412,50 voor een wasmachine, de offerte zit erbij. gr [[p:Lotte]]
@@@
Goedemiddag [[p:Yvonne]],

Namens het wijkteam Laak vraag ik uitstel van de ontruiming van dhr. [[p:F. Farah]], [[a:Hooftskade 164]] ([[pc:2526 KK]]), gepland op [[d:16 mei]] a.s. Er is inmiddels een aanvraag bij Schuldhulpverlening Den Haag ingediend (kenmerk [[n:SHV-24-01937]]) en de zoon van meneer betaalt vanaf deze maand € 150 extra mee. Huurdernummer: [[n:0047-118362]].

Met vriendelijke groet,
[[p:Bram Hendriks]]
maatschappelijk werker | [[t:070 - 205 61 88]]
@@@
Hoi hoi,
Even een snelle: heeft iemand van jullie nog contact met [[p:Bogdan Zieliński]]? Hij stond vandaag bij ons op de stoep bij het Servicepunt XL Transvaal, zonder dak boven z'n hoofd. Ik heb hem doorverwezen naar de Kessler Stichting. Geboortedatum volgens hem [[d:2-2-'68]], maar zijn ID-kaart is hij kwijt.
Groetjes [[p:Mieke]] (baliemedewerker)
@@@
Beste [[p:Sanne]],

Naar aanleiding van ons gesprek van [[d:dinsdag 5 maart]]: het Johan de Witt College meldt dat [[p:Jaylano]] sinds [[d:19 februari]] niet meer op school is geweest. De leerplichtambtenaar overweegt een proces-verbaal. Kunnen we samen met moeder om tafel? Ik kan [[d:do 14 maart]] of [[d:vr 15 maart]] na 14u.

Met vriendelijke groet,
[[p:Jermaine Isenia]]
jeugdconsulent CJG Zuidwest
[[t:06-14 22 85 90]]
@@@
[[p:Lotte]] kun jij deze oppakken? -[[p:Ingrid]]

---------- Doorgestuurd bericht ----------
Van: [[e:assistente@huisartsleyweg.nl]]
Datum: [[d:di 7 mei 2024]] 09:12
Onderwerp: aanmelding mw. [[p:Y.]]

Geachte collega, hierbij de aanmelding van mw. [[p:Yilmaz]] ([[d:03-04-1955]]), [[a:Dierenselaan 200]], [[pc:2573 KT]]. Vereenzaming, lichte cognitieve achteruitgang, zoon [[p:Mehmet]] woont in Duitsland. Graag een huisbezoek. Met collegiale groet, [[p:H. Soekhai]], huisarts
@@@
Hoi [[p:Pieter-Jan]],
Kun jij de notulen van de werkgroep bemoeizorg van [[d:27-3]] nog rondsturen? Ik heb ze niet ontvangen en wil ze gebruiken voor mijn presentatie op de expertmeeting.
Alvast dank,
[[p:Esther]]

Verstuurd vanaf mijn iPhone
@@@
Goedemorgen [[p:Aster]],
Welkom! Fijn dat je er bent. Ik wil graag binnenkort kennismaken en meteen twee gezamenlijke cliënten bespreken: dhr. [[p:H.]] (dossier [[n:SWT-ES-0218]]) en mw. [[p:Lopes]]. Past [[d:woensdag 24 april]] om 10u? Ik kom wel naar jullie toe.
Groet, [[p:Kees Dekker]]
welzijnscoach Xtra
@@@
Beste allen,
In de bijlage de presentielijst van [[d:6 feb.]] Wil iedereen even checken of zijn/haar naam goed gespeld is? [[p:Gülşen]], jij staat er twee keer op 🙂
Daarnaast een verzoek van [[p:Ruud]]: lever je casusbeschrijving vóór [[d:1/3]] in bij [[e:pilot.sociaaldomein@denhaag.nl]].
Groet,
[[p:Karin Boekhout]]
projectleider pilot 'Samen werken in het sociale domein'
@@@
Hi [[p:Rachid]], kort verslagje van de outreach gisteren: dhr. [[p:Kwame Owusu]] heeft na drie bezoeken eindelijk 'ja' gezegd tegen een afspraak bij de huisarts. Die is op [[d:vr. 7/6]] om 9.40u. Kun jij hem ophalen? Hij zit in het pension op [[a:Stationsweg 19 bis]], kamer 4. Niet te vroeg aanbellen 😂 [[p:Naima]]
@@@
Ha [[p:Marloes]],
Ik heb je nummer van [[p:Ineke]] gekregen. Ik ben [[p:Radu]], ambulant begeleider bij Middin. Ik begeleid [[p:Marius Popescu]] (LVB, 29) uit Vrederust. Hij heeft een brief van de gemeente gekregen over een 'terugvordering' die hij niet begrijpt. Kunnen we even bellen? [[t:+40 721 334 908]] (Roemeens nummer, sorry) of [[t:0031 6 2118 3044]].
Mvg [[p:Radu Constantin]]
@@@
Beste [[p:Ahmed]],
In vervolg op ons telefoongesprek: mw. [[p:Kok]] heeft gisteren ([[d:12-6]]) toch de deur opengedaan voor de wijkverpleegkundige. Ze was verward en het huis was erg vervuild. Wij willen graag dat jullie op korte termijn een screening doen. Haar gegevens: [[p:Johanna Kok]], [[a:Beeklaan 12-1]], geb. [[d:30 december 1947]], BSN [[b:* ]].
Met groet,
[[p:Ilse]]
@@@
Hoi allemaal, ik ben vanaf morgen t/m [[d:4 augustus]] met vakantie 🌴 Voor dringende zaken: [[p:Mo]] ([[t:06-43 01 76 22]]) of het algemene nummer van het team. Fijne zomer! [[p:Hatice]]
@@@
Beste [[p:Bram]],
Dank voor je bericht. We hebben de ontruiming van dhr. [[p:Farah]] opgeschort tot [[d:1 juli]]. Voorwaarde is dat er per [[d:1-6]] een betalingsregeling loopt en dat de lopende huur betaald wordt. De huurachterstand is per vandaag € 3.412,18.
Met vriendelijke groet,
[[p:Yvonne Brouwer]]
woonconsultant HaagWonen
[[e:y.brouwer@haagwonen.nl]]
@@@
Hi [[p:Gülşen]],
Snelle vraag: jij schreef toch de les over het 'koffie-ochtend-model' in Transvaal? Mag ik je bellen? Wij willen dat in Laak ook proberen, in de Heesterbuurt. Groet [[p:Thijs]], [[t:06 38 84 12 57]]
@@@
Beste pastor [[p:Asante]],

Dank dat u ons in contact bracht met de familie [[p:Boateng]]. Zoals afgesproken komen wij (ik en mijn collega [[p:Thijs]]) op [[d:zaterdag 25 mei]] na de dienst kennismaken in de kerk. Zou u aan mevrouw [[p:Abena Boateng]] willen doorgeven dat zij haar brieven van de Belastingdienst mag meenemen?

Hartelijke groet,
[[p:Femke de Boer]], maatschappelijk werker
@@@
Hoi [[p:Radu]],
Prima, bel me morgen tussen 9 en 10 op [[t:06-27 35 60 18]]. Stuur je alvast een foto van die brief van [[p:Marius]]? Niet via whatsapp maar via zivver naar [[e:marloes.kuipers@ggdhaaglanden.nl]] 🔒
Groet [[p:Marloes]]
@@@
Beste [[p:Karin]] en [[p:Ruud]],
Voor de slotbijeenkomst wil ons thema (ouderen) graag een korte film laten zien. [[p:Bülent]] heeft met toestemming opnames gemaakt bij mw. [[p:Roos]] (91) in Mariahoeve. Zij vindt het leuk en haar dochter [[p:Marianne]] heeft het formulier ondertekend op [[d:2 mei]]. Kunnen we een beamer met geluid regelen?
Hartelijke groet, [[p:Hanna]]
@@@
Re: Re: vraag
ja klopt, het is [[e:jan-willem.meijer@gmail.com]], privé want zijn werkmail doet het niet. ik heb hem gevraagd jou te mailen over dhr. [[p:Mulder]]. gr [[p:Tineke]]
@@@
Hoi [[p:Sanne]], ik zag je les over jeugd en dacht: misschien iets voor jullie? Jeugdformaat start een groep 'weerbaarheid' voor meiden van 12-16. Aanmelden via [[e:weerbaar@jeugdformaat.nl]]. Misschien iets voor de dochter van fam. [[p:Martina]]? groet [[p:Jermaine]]
@@@
Onderwerp: verzoek gegevens

Goedemiddag,
Voor de aanvraag kwijtschelding van mw. [[p:S. Ghebremedhin]] heb ik het volgende nodig: kopie ID, de laatste 3 bankafschriften van rekening [[i:* ]] en de huurspecificatie. Het kenmerk bij de gemeentelijke belastingen is [[n:K-2024-771392]].
Met vriendelijke groet,
[[p:Bram]]
@@@
Beste pilotdeelnemers,

Dank voor jullie actieve inbreng de afgelopen maanden. In de bijlage vinden jullie het tussenrapport. Een paar opvallende punten:
1. In alle vier de thema's komt 'vertrouwen opbouwen kost tijd' terug.
2. Samenwerking met de huisarts is cruciaal maar wisselend.
3. De informele zorg (buren, kerken, moskeeën, sportclubs) wordt onderbenut.
Op [[d:20 juni]] bespreken we de eindconclusies. Tot die tijd ben ik bereikbaar via [[e:l.vanrijn@caop.nl]] of [[t:070 - 376 57 02]].

Hartelijke groet,
[[p:Liesbeth van Rijn]]
adviseur CAOP
@@@
Beste mevrouw [[p:Habtemariam]],

Uw pupil [[p:Yonas Tekle]] (geb. [[d:03-01-2006]], V-nummer [[n:3112847360]]) is op [[d:3 januari]] 18 geworden. Hij woont nog op [[a:Kamerlingh Onneslaan 7]], kamer 12. Wij nemen de begeleiding over vanuit SWT Zuidwest. Kunt u de overdracht sturen naar [[e:swt.zuidwest@denhaag.nl]]?

Met vriendelijke groet,
[[p:Priscilla]]
@@@
Hallo [[p:Kasia]], dank je wel voor het vertalen vorige week bij mw. [[p:Agnieszka Nowak]]. Wil je je declaratie sturen naar [[e:administratie@xtra.nl]], met je IBAN erop? De vergoeding is € 12,50 per uur. groet [[p:Lotte]]
@@@
dank je! hier mijn gegevens: [[p:Katarzyna Zielińska]], [[i:*]], uren: [[d:14/5]] 2u, [[d:21/5]] 1,5u. Groetjes, [[p:Kasia]]
@@@
Beste [[p:Marloes]],

Mail van Vluchtelingenwerk doorgestuurd: 'fam. [[p:Al-Hassan]], BSN vader [[b:*]], BSN moeder [[b:*.]], verhuisd per [[d:1 maart]] naar [[a:Mercuriusweg 31]], [[pc:2516 AW]]'. Ik zet het in het dossier, ok? De begeleiding vanuit Vluchtelingenwerk stopt eind van de maand.

Groet, [[p:Ineke]]
@@@
Hallo [[p:Jurgen]],
Ik probeer je al een week te bereiken, je mail ([[e:j.vandermeer@brijder.nl]]) bounct. Het gaat om dhr. [[p:Brouwer]] uit Laak ([[a:Laakkade 3-II]]), die op [[d:28 februari]] bij jullie een intake had. Hij zegt dat hij daarna niks meer heeft gehoord. Kun je me bellen op [[t:06-29 04 71 63]]?
Groet, [[p:Jelle]]
@@@
Beste [[p:Mariska]],
Dank voor het prettige overleg van [[d:8-5]]. De afspraken op een rij:
- Veilig Thuis wil graag 1 contactpersoon per SWT. Voor ons wordt dat [[p:Esther]].
- Terugkoppeling na een melding binnen 5 werkdagen (was 10).
- Bij twijfel altijd eerst advies vragen bij jullie, niet wachten.
Vragen kunnen naar jou als aandachtsfunctionaris huiselijk geweld: [[e:m.vandijk@veiligthuishaaglanden.nl]].
Groet,
[[p:Ilse]]
@@@
Hoi [[p:Sanne]],
Voor de CAK-brief van mw. [[p:Yilmaz]] hebben ze haar BSN nodig: [[b:* ]]. Mag ik dit zo doorgeven of liever via zivver? Ze zit nu met een eigen bijdrage van € 230 per maand en dat klopt echt niet.
Gr [[p:Lotte]]
@@@
Agenda startbijeenkomst pilot 'Samen werken in het sociale domein'
[[d:dinsdag 6 februari 2024]], 13.00 – 17.00 uur
13.00 inloop met koffie
13.15 welkom – [[p:Ruud Verhoeven]] (gemeente Den Haag)
13.30 terugblik kick-off [[d:22 nov.]] – [[p:Karin Boekhout]]
14.00 thema's in subgroepen (jeugd / ouderen / huiselijk geweld / bemoeizorg)
15.30 pauze
15.45 'werken vanuit vertrouwen' – dr. [[p:Liesbeth van Rijn]] (CAOP)
16.30 afspraken en borrel
Aanmelden bij [[p:Karin]]: [[e:k.boekhout@denhaag.nl]]
@@@
Aanmeldingen kick-off (stand [[d:15/11]]):
1. [[p:Sanne de Groot]] – SWT Transvaal – wijkverpleegkundige
2. [[p:Mohamed Azzouzi]] – SWT Escamp – maatschappelijk werker
3. [[p:Hatice Yildiz]] – SWT Escamp – welzijnscoach
4. [[p:B. Kaya]] – SWT Mariahoeve – ouderenconsulent
5. [[p:Esther Doelwijt]] – SWT Schilderswijk – casusregisseur
6. [[p:P-J. van Dam]] – Parnassia – SPV
(nog 14 plekken vrij, deadline [[d:20 november]])
@@@
Registratie workshop 'Gesprekstechnieken bij zorgmijders'
Naam: [[p:Gerda Vos]]
Organisatie: Xtra
Functie: opbouwwerker
Team: SWT Morgenstond
Mobiel: [[t:06-22 16 48 93]]
E-mail: [[e:g.vos@xtra.nl]]
Dieetwensen: geen
Opmerking: ik kom iets later (13.45) i.v.m. een huisbezoek
Registratienr.: [[n:WS-0314-027]]
@@@
📅 Planning pilot (concept v3)
- kick-off: [[d:wo 22 nov]] ✅
- start: [[d:di 6 feb]]
- workshops: maart (data volgen)
- brainstorm bemoeizorg: [[d:11-3]] bij Parnassia
- expertmeeting: [[d:do 18 april]]
- slot: [[d:20 juni]] (was [[d:13 juni]]!)
vragen → [[p:Karin]] / [[p:Ruud]]
@@@
Notulen werkgroep bemoeizorg, [[d:27-03-2024]]
Aanwezig: [[p:PJ]] (vz), [[p:Rachid]], [[p:Naima]], [[p:Ahmed]] (Parnassia), [[p:Wendy]]
Afwezig: [[p:Jeroen]] (ziek)
1. Casus dhr. [[p:H.]] – stand van zaken: 3 contactmomenten, laatste op [[d:25/3]]. Nog geen toegang tot de woning.
2. Samenwerking GGD Haaglanden: [[p:Marloes]] sluit voortaan aan.
3. Volgende keer: [[d:24 april]], 14u.
Actie: [[p:Wendy]] mailt het Leger des Heils over een briefadres.
@@@
Deelnemerslijst expertmeeting ([[d:18-04-2024]]) – niet verder verspreiden
[[p:Ahmed Karimi]] | Parnassia | [[e:a.karimi@parnassia.nl]]
[[p:Aster Tesfaye]] | Parnassia | [[e:a.tesfaye@parnassia.nl]]
[[p:Gülşen Şahin]] | SWT Transvaal | [[e:g.sahin@denhaag.nl]]
[[p:Marloes Kuipers]] | GGD Haaglanden | [[e:marloes.kuipers@ggdhaaglanden.nl]]
[[p:Radu Constantin]] | Middin | [[t:0031 6 2118 3044]]
@@@
Programma expertmeeting [[d:do 18 april]]
09.30 ontvangst
10.00 'Huiselijk geweld in migrantengezinnen' – [[p:Fatma Aydın]] (Veilig Thuis Haaglanden)
10.45 'LVB en schulden' – dr. [[p:Van Leeuwen]]
11.30 casuscarrousel (4 tafels)
12.30 lunch
Locatie: stadhuis, atrium. Parkeren: garage Spui, € 4 per uur
@@@
Aanmeldformulier casusles (ingevuld)
Titel: 'Samen aan de keukentafel'
Team: SWT Bouwlust/Vrederust
Auteur: [[p:Priscilla Wijngaarde]]
Thema: jeugd
Toestemming cliënt: ja, getekend [[d:04-03-2024]] (formulier nr. [[n:TV-2024-0093]])
Korte samenvatting: moeder ([[p:G.]]), opa [[p:Frits]] en de jeugdconsulent maken samen een weekplan. Opa haalt de kinderen op dinsdag en donderdag uit school.
@@@
--- kopie uit het registratiesysteem ---
Cliënt: [[p:Baldewsingh, R.K.]]
Geb.datum: [[d:14-08-1963]]
BSN: [[b:*]]
Adres: [[a:Vaillantlaan 3 bis]]
Postcode/pl: [[pc:2526BX]] DEN HAAG
Tel: [[t:070-3889164]]
Cliëntnr: [[n:10038221]]
Status: actief, regie SWT Schilderswijk
---
@[[p:Esther]] is dit de goede? er zijn er 2 met die naam
@@@
Wie doet er mee met de brainstorm van [[d:11 maart]]? Reageer met 👍
👍 [[p:Wendy]]
👍 [[p:Rachid]]
👍 [[p:Naima]]
👎 [[p:Jeroen]] (kan niet, rooster)
👍 [[p:Ahmed]] (online)
@@@
Uitnodiging (Teams)
Onderwerp: MDO fam. [[p:Y.]]
Wanneer: [[d:donderdag 16 mei 2024]] 10:00-11:00
Organisator: [[p:Ingrid Rosaria]]
Deelnemers: [[p:Jermaine Isenia]] (CJG); [[p:Ahmed Karimi]] (Parnassia); [[p:Mirjam]] (POH-GGZ); [[p:Sanne de Groot]]
Deelnemen: klik hier
Vergaderings-ID: 381 442 905 17
Wachtwoord: xK3p9Q
@@@
Presentielijst intervisie [[d:21/03]]
✔ [[p:Mo]]
✔ [[p:Hatice]]
✔ [[p:Kees]]
✘ [[p:Gerda]] (verlof)
✔ [[p:Thijs]] – ingebrachte casus: mw. [[p:B.]], [[n:24-00783]]
✔ stagiaire [[p:Tjitske]]
@@@
Overdracht weekend (Laak):
- mw. [[p:Rahimi]]: brief van de IND ligt bij [[p:Gerda]]. Afspraak [[d:ma 27/5]]
- dhr [[p:Kromodimedjo]]: medicatiecheck ma door de wijkverpleegkundige ([[p:Mei Lin]], Buurtzorg, [[t:06 17 39 82 44]])
- fam. [[p:Mensah]]: rustig
- [[p:Henkie]]: niet gezien sinds wo. bij nood: bel [[p:Nadia]]
@@@
CONCEPT – niet delen
Verslag MDO [[d:16-05-2024]] fam. [[p:Y.]]
Aanwezig: zie uitnodiging
Afspraken:
- [[p:Jermaine]] vraagt bij Jeugdbescherming of een ondertoezichtstelling nodig is (nog niet).
- [[p:Ahmed]] plant de intake van moeder bij Parnassia voor [[d:31 mei]].
- [[p:Ingrid]] neemt contact op met school (Johan de Witt College).
- Volgend MDO: [[d:20 juni]] → valt samen met het slot van de pilot! verzetten naar [[d:27 juni]].
@@@
Reminder 🔔 lever je casus in voor de slotbijeenkomst!
Tot nu toe binnen:
✅ jeugd – [[p:Sanne]] / [[p:Priscilla]]
✅ ouderen – [[p:Hanna]]
⏳ huiselijk geweld – [[p:Esther]] (komt [[d:10 juni]])
⏳ bemoeizorg – [[p:PJ]]
Deadline: [[d:vrijdag 7 juni]], via [[e:pilot.sociaaldomein@denhaag.nl]]
@@@
Dagprogramma kick-off [[d:22-11-2023]]
Locatie: wijkcentrum De Mussen, Schilderswijk
09.00 welkom door de wethouder
09.30 wat is de pilot? – [[p:Ruud]] & [[p:Karin]]
10.15 thema's kiezen (stemmen met stickers 🟢)
11.30 vorming pilotgroep (20 personen)
12.30 lunch
Vragen: [[p:Karin]], [[t:06-53 88 10 72]]
@@@
Registratie bewonersinitiatief 'Koken voor de buurt'
Aanvrager: mevr. [[p:T. Bakker]]
Adres: [[a:Scheveningseweg 88]], [[pc:2584 AA]]
IBAN: [[i:* ]] t.n.v. [[p:T. Bakker]]
Bedrag: € 750
Begeleid door: [[p:Roos]] (opbouwwerker, Xtra)
Dossier: [[n:BI-2024-044]]
@@@
Rooster spreekuur Servicepunt XL Moerwijk – week 15
ma: [[p:Thijs]] / [[p:Hatice]]
di: [[p:Ria]]
wo: [[p:Mo]] (vanaf 13u [[p:Kees]])
do: [[p:Gerda]]
vr: gesloten (studiedag)
ps. [[p:Ria]] is [[d:di 9 april]] vrij, wie ruilt?
@@@
Uit het verslag van de startbijeenkomst ([[d:06-02]]):
"Bij de groep bemoeizorg ontstond discussie over de vraag of je een cliënt mag 'volgen' op sociale media. [[p:Pieter-Jan]] gaf het voorbeeld van dhr. [[p:W.]], die alleen via Facebook reageerde. Het CAOP adviseert: niet doen zonder toestemming."
Vraag van mij: wat is hierover het standpunt van de gemeente? – [[p:Wendy]]
@@@
Aanvraag bijzondere bijstand – gegevens (kopie formulier)
Naam: [[p:Mariam Ouali]]
BSN: [[b:*.]]
Adres: [[a:Hoefkade 412-B]], [[pc:2526 BX]]
Rekening: [[i:* ]]
Reden: kapotte koelkast, € 389
Ingediend door: [[p:Femke]] (SWT Schilderswijk), [[d:02/04/2024]]
@@@
Uit het aanmeldformulier van de Voedselbank:
Naam aanvrager: [[p:F. Azzouzi]]
Adres: [[a:Jan Blankenstraat 14]], [[pc:2515 SV]]
Gezinsgrootte: 5
Netto inkomen: € 1.540
Verwijzer: [[p:Mo]] (maatschappelijk werker)
Ref. [[n:VB-24-3381]]
@@@
Evaluatie expertmeeting – top 3 quotes:
'eindelijk eens praten mét elkaar ipv over elkaar' ([[p:Naima]])
'ik neem de casuscarrousel mee naar mijn eigen team' ([[p:Ahmed]])
'te weinig tijd voor [[p:Fatma]] haar verhaal' (anoniem)
Gemiddeld cijfer: 8,1 (n=34). Volgend jaar graag een hele dag, zei bijna iedereen.
@@@
Stemuitslag thema's kick-off ([[d:22/11/2023]])
huiselijk geweld: 61 stickers
ouderen: 58
bemoeizorg: 47
jeugd: 44
eenzaamheid: 39 (valt af, wordt meegenomen bij ouderen)
schulden: 31 (valt af)
Geteld door [[p:Gert-Jan]] en [[p:Tjitske]], gecontroleerd door [[p:Karin]] 🙂
@@@
Intake-notitie (geplakt uit Word)
Datum: [[d:8 januari 2024]]
Aanwezig: cliënt, dochter [[p:Naomi]], [[p:Sanne]] (wijkverpleegkundige), [[p:Mo]]
Cliënt: dhr. [[p:J.W. de Boer]], 81, weduwnaar sinds 2021
Adres: [[a:Fahrenheitstraat 502]], [[pc:2561 DK]]
Huisarts: dr. [[p:Kuipers]]
Hulpvraag: 'ik wil gewoon thuis blijven wonen'
Afspraak: Wmo-aanvraag huishoudelijke hulp, mantelzorgondersteuning voor [[p:Naomi]]
@@@
Gespreksverslag telefonisch consult, [[d:wo 3 april]]
Beller: [[p:Tineke]] (POH-GGZ praktijk Bouwlust)
Over: mw. [[p:Hendriks]] ([[d:11-11-1966]]), tel. [[t:06-21 09 87 35]]
Samenvatting: slaapt slecht, rouw na overlijden partner, schulden bij de zorgverzekeraar. POH vraagt om gezamenlijk huisbezoek.
Actie: [[p:Jelle]] plant iets in voor volgende week, dossier [[n:SWT-BV-0377]]
@@@
08:09 bel mw [[p:yilmaz]] ff terug, [[t:06 11 46 27 80]], gaat over de geheugenpoli
08:23 [[p:Soekhai]] (HA) belde terug: mw. [[p:Yilmaz]] mag naar de geheugenpoli, verwijzing ligt klaar.
08:33 @[[p:Mo]] kan jij [[d:dinsdag 23-4]] bij dhr. [[p:Ramlal]]? ik heb tandarts 🦷
08:49 pff, weer een no-show. dhr. [[p:Ramlal]], 3e keer. [[p:Kishan]] (zoon) zegt dat hij het vergeten was. volgende poging [[d:wo 29 mei]]
@@@
09:02 les over mw [[p:de wit]] aangepast, namen eruit. wie kijkt mee? 🙏 -[[p:rb]]
09:19 mag ik iedereen eraan herinneren dat de les van [[p:Priscilla]] vrijdag online gaat? feedback graag vóór donderdag 23:59
09:32 @[[p:Hanna]] je les over dementie en schaamte is genomineerd voor de 'les van de maand' 🏆 haha (bestaat niet maar zou wel moeten)
@@@
09:48 [[p:Fatima]]'s zoon ([[p:Youssef]]) heeft vandaag z'n diploma gehaald 🎓🎉 ze was zo trots, stond te huilen bij de voordeur
09:58 en [[p:Youssef]] ([[p:Y.B.]]) heeft deze week ook z'n rijbewijs gehaald 🚗🎉 hij gaat bij PostNL werken! (hij vroeg zelf of ik het hier wilde delen haha)
10:13 [[p:Ayaan]] (19) wil graag vrijwilligerswerk doen, iemand een idee? Humanitas? de Voedselbank? ze spreekt Somalisch, Engels en Nederlands
@@@
10:21 Nieuw mailadres van [[p:Jos]]: [[e:jos.vanderlinden@xtra.nl]] (de oude werkt nog tot eind van de maand)
10:28 Nr van [[p:Mieke]] (balie Servicepunt XL): [[t:070 353 22 74]]
10:37 dhr [[p:Tjoa]]: nieuw tel.nr [[t:+31 70 362 1188]]
10:51 Van [[p:Wendy]]: de link voor de online brainstorm van morgen is gewijzigd, check je mail. lukt het niet? bel [[t:06-57 20 14 93]]
@@@
11:02 wie heeft de reservesleutel van mw [[p:Koster]] ([[a:Hoefkade 12-hs]])? zit niet in de kast 🔑
11:19 ok ik zie het, mw [[p:Hoop]] ([[a:Soestdijksekade 410]]) heeft gebeld. ik hoop dat iemand haar vandaag nog terug kan bellen, ze klonk slecht. nr: [[t:0703456721]]
11:32 sta bij de Albert Heijn, moet ik nog iets meenemen voor de koffietafel met mw [[p:Roos]] straks? 🍪
@@@
11:46 dhr [[p:bakker]] is overleden 😢 gister ([[d:14/2]]). uitvaart is vrijdag, [[p:Gerda]] gaat namens ons.
12:01 [[p:Wim]] is vandaag zijn laatste dag bij ons 😢 het kaartje ligt bij [[p:Ria]] op het bureau
12:13 [[p:K.]] weer opgenomen bij Parnassia, voorlopig 3 weken. casusregisseur [[p:Ingrid]] houdt contact met de kliniek.
@@@
12:28 wie heeft ticket [[n:#51207]] aangemaakt? gaat over mw. [[p:Demir]] maar staat onder mijn naam - [[p:Ria]]
12:39 afspraak mw. [[p:Zhang]] ([[a:Spui 184-D]]) verzet naar [[d:2024-05-14]] 11:00 (het systeem zet de datum zo neer 🙄)
12:51 Overdracht: mw. [[p:M. de Jong-Pinas]], dossier [[n:SWT-TV-2023-0412]], gaat per [[d:1/7]] naar SWT Transvaal.
@@@
13:01 fam. [[p:Ghebremedhin]] is verhuisd naar [[a:Erasmusweg 1021]], [[pc:2532 CH]]. graag aanpassen in het systeem ✅
13:08 door de storm vannacht zit dhr. [[p:Winter]] ([[a:Laan van Meerdervoort 530]]) zonder stroom. en dat in de winter 🥶 wie belt Stedin?
13:15 sorry mensen, ben er pas om 10u, bus kapot. mw. [[p:Haddad]] om 9u, kan iemand die overnemen? ze woont op [[a:Regentesselaan 12]], [[pc:2562 CK]]
@@@
13:31 dhr. [[p:Abdi]] ([[a:Jacob Catsstraat 188]]), geb. [[d:1-1-1990]], bsn [[b:* ]]: kan iemand checken of hij in Laak of in Transvaal ingeschreven staat?
13:44 bsn mw [[p:nowak]] = [[b:*]]? check even svp, ze staat dubbel in het systeem
13:56 dhr. [[p:P.]] vraagt of zijn uitkering naar een nieuwe rekening kan: [[i:*]]. kan iemand dat doorzetten naar werk en inkomen? (en dan dit bericht wissen pls)
@@@
14:06 Ik ben [[d:7 en 8 mei]] op cursus, [[p:Jelle]] vangt mijn dienst op. Dringend: [[t:06-29 04 71 63]]
14:22 morgen (do) spreekuur in Laak gaat niet door, ik ben ziek. hangen jullie een briefje op? cliënten kunnen me appen op [[t:06-31 07 55 42]]. [[p:Lotte]]
14:29 dhr [[p:de boer]] gebeld ivm de rekening van de thuiszorg, belt morgen terug. nr [[t:06-3487 2210]]
@@@
14:37 Tip voor iedereen: de Sociaal Raadslieden hebben nu ook een inloop in Transvaal, op dinsdagochtend. [[p:Nurdan]] zit daar vast.
14:54 mw. [[p:Bloem]] vraagt of ze haar bloemen mag houden in de woongroep 🌷 (wat een vraag, natuurlijk)
15:03 Huisbezoek [[p:Lopes]], [[a:Delftselaan 19 bis]], [[d:13-3]]: niemand thuis. briefje achtergelaten. buurvrouw ([[p:Djassi]]) zegt dat ze bij haar zus in Rotterdam zit.
15:13 mw [[p:ait brahim]] (van de [[a:parallelweg 66]]) wil geen hulp meer 🤷‍♀️ afsluiten? of nog 1x proberen met [[p:Khadija]]?
@@@
15:29 ik zoek een tolk Tigrinya voor [[d:3 juni]] 10u, fam. [[p:Habtom]]. iemand?
15:40 Feedback op les 'Eenzaam in Ypenburg': de zin 'mevrouw is de enige Chinese vrouw in haar portiek op de [[a:Laan van Hoornwijck 88]]' staat er echt nog in ⚠️ graag aanpassen @[[p:Ineke]]
15:54 Nieuwe cliënt via het Servicepunt XL: dhr. [[p:Şahin]], [[a:Loevesteinlaan 220]], [[pc:2533 bn]], [[t:06 45 87 02 13]]. schulden + rouw (vrouw overleden in januari). wie pakt op? 🙋
@@@
16:06 Keti Koti in het Zuiderpark: wij staan er met een kraam samen met Stichting MOOI 🎉 wie helpt? [[p:Priscilla]] en [[p:Kevin]] hebben al ja gezegd. opbouw 9u
16:21 Sinterklaasactie Voedselbank: we hebben 34 pakketten. De lijst met gezinnen gaat NIET via de app, [[p:Wendy]] heeft hem. Uitdelen in De Mussen op [[d:4 december]].
16:34 [[p:Gert-Jan]]: de foto's van de slotbijeenkomst staan online 📸 wie er niet op wil: laat het me voor [[d:1 juli]] weten, dan haal ik je eruit. (mw. [[p:Roos]] staat er ook op met haar dochter, toestemming hebben we ✅)
@@@
16:42 Wie heeft een idee voor mw. [[p:Dijkstra]]: 84, Benoordenhout, eigen huis, ruim vermogen, maar totaal vereenzaamd. Nergens recht op 'want ze kan het zelf betalen'. Ze zegt: 'ik heb geld genoeg, maar niemand om mee te praten'. Maatjesproject bij Humanitas aangevraagd op [[d:5/3]], nog niks gehoord.
16:53 [[p:Jeroen]] (Teams): is er iemand in de buurt van de Haagse Markt? mw. [[p:Öztürk]] staat bij haar kraam en wil iemand spreken over haar zoon. ingang Hoefkade.
17:07 [[p:Bülent]]: de les 'de trap op, de trap af' staat online. mw. [[p:Aydın]] heeft de tekst zelf gelezen en goedgekeurd op [[d:2-4-'24]]. ze was trots 😊
@@@
17:24 SVB belde terug over dhr. [[p:Fortes]]: AOW wordt vanaf [[d:1-8-2024]] gestort op [[i:*]]. BSN ter controle: [[b:*]]. Kan iemand dit in het dossier ([[n:SWT-SP-1044]]) zetten?
17:33 kan iemand een teruggave huurtoeslag regelen voor mw. [[p:Jagesar]] ([[a:Goudenregenstraat 104]])? ze krijgt € 840 terug maar haar oude rekening [[i:*]] is opgeheven. nieuwe: [[i:* ]]. de Belastingdienst moet het weten.
@@@
reminder: geen BSN's in de app!! (ja [[p:Thijs]], ik bedoel jou 😂)
@@@
lol [[p:mo]] je hebt je jas laten liggen 🧥
[[p:Jos]] 👉 [[p:Joost]] 👉 [[p:Jos]] 😂 jullie namen lijken te veel op elkaar, ik bel steeds de verkeerde
@@@
[[p:A.K.]] – 2e gesprek geweest, gaat goed. volgende op [[d:12/6]] 💪
kan iemand [[b:*]] even opzoeken? ik krijg 2 namen 🤔 ([[p:Petrov]] en [[p:Petrova]])
postcode van mw [[p:El Idrissi]] is [[pc:2525KG]], niet [[pc:2525 KJ]]. daarom kwam de brief terug
@@@
[[p:Wendy]]: @allen, heeft iemand ervaring met Youz? jongen van 17, [[p:Jaylen]] ([[p:J.R.]]), blowt dagelijks, moeder weet het niet meer. CJG zegt 'wachtlijst'. hij wordt op [[d:30 augustus]] 18.
@@@
Even een langere reactie, want dit onderwerp raakt me. Ik werk nu 11 jaar als maatschappelijk werker, eerst bij Xtra, nu in het team Laak, en ik zie steeds hetzelfde patroon: we komen pas binnen als het al misgaat. Neem dhr. [[p:Georgiev]], 58, Bulgaarse bouwvakker. Sinds zijn val van een steiger in 2022 geen werk, geen verzekering, schuld bij de zorgverzekeraar. Hij kwam bij ons binnen op [[d:29 januari]] via de Voedselbank, niet via de huisarts, niet via het UWV. Zijn vrouw [[p:Stanka]] had al drie keer het Wmo-loket gebeld. Drie keer! Mijn les: die signalen uit de informele hoek moeten we veel serieuzer nemen. Vrijwilligers als [[p:Kees Brouwer]] van de Voedselbank zien dingen die wij missen. Zullen we hen uitnodigen voor de expertmeeting?
@@@
Ik wil even reageren op wat [[p:Gülşen]] zei over taal als drempel. Bij ons in Transvaal spreekt bijna de helft van de cliënten Turks of Arabisch als eerste taal. Wij hebben [[p:Hatice]] en [[p:Rachid]], maar die kunnen niet overal bij zijn. Vorige maand hadden we mw. [[p:Emine Kaya]], die dacht dat de wijkverpleegkundige van de gemeente was en dus 'haar huis kwam controleren'. Het kostte 4 weken om dat recht te zetten. Voorstel voor de pilot: een pool van vrijwillige tolken per wijk, gekoppeld aan het Servicepunt XL. Doet iemand dit al?
@@@
Beste pilotgroep, zoals beloofd de tussenstand van de enquête: 17 van de 20 ingevuld. Nog niet ontvangen van [[p:Jelle]], [[p:Tineke]] en [[p:Stefan]]. Jullie hebben nog tot [[d:zondag 14 april]]. De link staat in de mail van [[d:3/4]]. Dank! [[p:Karin]]
↪ [[p:Stefan]]: sorry [[p:Karin]], was ziek. vul de enquête vanavond in 🙏
@@@
[[p:Lotte]]: wie spreekt er Portugees?
[[p:Femke]]: [[p:Ana]] van Xtra?
[[p:Lotte]]: dhr. [[p:Nilton Fortes]] snapt de brief van de SVB niet, het gaat om zijn AOW-gat (hij kwam pas op z'n 30e naar NL)
[[p:Femke]]: [[p:Ana Andrade]], [[t:06-19 66 30 52]]. zeg maar dat ik je stuur 😊
@@@
[[p:Marloes]]: vraag: mw. [[p:Zahra Ahmadzai]] (statushouder, 2 kinderen) had begeleiding van Vluchtelingenwerk tot [[d:1 mei]], en nu? wie pakt dat op? ze woont sinds [[d:15-2]] op [[a:Melis Stokelaan 1700]] in Morgenstond.
[[p:Ineke]]: bedoel je begeleiding breed? dan wij denk ik. zet haar op de lijst voor het MDO van [[d:do. 16/5]]
@@@
Gesprek met mw. [[p:Wang]] (restaurant in de Stationsbuurt) ging goed, met haar dochter [[p:Lisa]] als tolk. Maar ik twijfel: [[p:Lisa]] is 14. Volgende keer via de tolkentelefoon. Aanvraagnummer tolk: [[n:TVCN-882913]].
@@@
Les-idee voor het thema ouderen: oma [[p:Sumter]] ([[a:Van Ostadestraat 219]], Schilderswijk) doet al 20 jaar 'de deur open' voor iedereen in haar portiek en kookt roti op zaterdag. Toen ze ziek werd (HMC, [[d:10 t/m 17 maart]]) stond de hele buurt op z'n kop. Informele zorg die pas zichtbaar wordt als hij wegvalt. Met haar kleinzoon [[p:Kevin]] besproken, ze vindt het goed als we het delen (zonder naam).
@@@
[[p:Shurendy]] ([[p:S.M.]], 16) is weer naar school!! 🎉 na 7 weken. dank aan [[p:Jermaine]], de leerplichtambtenaar en vooral aan oma. moeder [[p:Giselle]] huilde van opluchting
@@@
Update dhr. [[p:Haddad]] (zie app van [[d:9/5]]): opgenomen geweest, nu thuis, ambulant bij Parnassia. [[p:Rami]] (zoon) is zijn steun. De zoon wil graag een gesprek met ons, [[t:06 - 87 41 20 36]]. Ik heb gezegd dat hij altijd mag bellen. [[p:PJ]]
@@@
Kerkcontact werkt! pastor [[p:Asante]] heeft al 4 gezinnen bij ons gebracht, o.a. fam. [[p:Boateng]] en [[p:Kofi Mensah]] (de neef van mw. [[p:Akosua Mensah]] uit Bouwlust). Les voor iedereen: zoek de sleutelfiguren in de gemeenschap. (en neem koekjes mee 😄) [[p:Femke]]
@@@
Zo, die is ook weer gelukt: 9 huisbezoeken vandaag in Moerwijk. Hoogtepunt: mw. [[p:Van Dijk-Mahabier]], die me haar hele fotoalbum liet zien, anderhalf uur 😅. Dieptepunt: dhr. [[p:Z.]], die niet opendeed terwijl ik de tv hoorde. Morgen nieuwe poging. Trusten allemaal 🌙 [[p:Gerda]]
@@@
Heeft iemand de nieuwe werkinstructie privacy al gelezen? Op pagina 4: 'bij het delen van casuslessen worden namen, adressen, geboortedata, telefoonnummers, BSN en dossiernummers verwijderd'. Maar wat doen we met de wijk? Als ik schrijf 'een oudere man in Kijkduin met een eigen boot', weet iedereen wie het is 😅 @[[p:Ilse]] @[[p:Karin]]
↪ goede vraag [[p:Thijs]]. de wijk mag blijven, details weglaten. als het echt te herkenbaar is: 'een wijk aan de kust'. en leeftijd in een range, dus '70-80' ipv '74'. [[p:Ilse]]
@@@
[[p:Ineke]]: wie kan er vandaag naar [[a:Laan van Wateringse Veld 1412]]? mw. [[p:Rojda]] [[p:A.]] zit met 3 kids zonder verwarming, ketel kapot, Vestia zegt maandag pas 🥶
[[p:Bram]]: ik heb een elektrisch kacheltje op kantoor, breng ik om 15u langs
[[p:Ineke]]: jij bent een held [[p:Bram]]
@@@
[[p:Esther]]: even sparren over de casus van [[p:Naïma]] (niet onze collega, de cliënt 😉). ze heeft op [[d:vrijdag de 19e]] een zitting over de kinderen. ex-partner heeft een advocaat, zij niet. iemand ervaring met een toevoeging via het Juridisch Loket binnen een week?
[[p:Ramon]]: ja, bel mr. [[p:Verbeek]] niet, die zit vol. probeer het kantoor van mr. [[p:Şahin]] aan de Laan van Meerdervoort, die doen het vaak snel
[[p:Esther]]: dank je!
@@@
Re: intake mw. [[p:Mei Ling]]
hoi [[p:Dewi]], intake gedaan op [[d:ma 15-4]]. mw woont met haar man op [[a:Groot Hertoginnelaan 38-D]], [[pc:2517 EG]]. hij heeft dementie (beginnend), zij is mantelzorger en loopt op haar tandvlees. aanmelding casemanager dementie loopt. tel mw: [[t:070-345 12 98]]. zij spreekt Kantonees, dochter ([[p:Jenny]]) tolkt. gr [[p:Hanna]]
@@@
Terugkoppeling brainstorm bemoeizorg ([[d:11 maart]], 14 deelnemers):
💡 'koffie-ronde' op vaste dagen, zodat zorgmijders weten wanneer we komen
💡 afspraken met de woningcorporaties over signalen (Staedion, HaagWonen, Vestia)
💡 de huisarts vaker laten 'opdracht geven' zodat de GGZ wel in beweging komt
Uitgewerkt door [[p:PJ]] en [[p:Wendy]], vragen naar [[e:pj.vandam@parnassia.nl]]
@@@
[[p:Mariska]]: VT heeft de melding over de kinderen van fam. [[p:Kowalski]] aangenomen, kenmerk [[n:VT-2024-04122]]. zij nemen binnen 5 werkdagen contact op met moeder.
[[p:Esther]]: ok. weet [[p:Agnieszka]] dat wij de melding hebben gedaan?
[[p:Mariska]]: ja, met haar besproken op [[d:wo 22/5]], ze was er zelfs opgelucht over.
@@@
Goedemiddag [[p:Jermaine]],

Hierbij de gegevens voor de aanmelding bij de huiswerkbegeleiding:
Naam kind: [[p:Amir El Khatib]]
Geboortedatum: [[d:17 juni 2012]]
School: groep 8
Ouder: [[p:Rania El Khatib]], [[t:06 - 38 55 20 14]], [[e:rania.elkhatib@hotmail.com]]
Adres: [[a:Copernicusplein 7]], [[pc:2561 WB]]
Zij spreekt goed Engels, Nederlands gaat nog moeizaam.

Groet, [[p:Lina]] (Vluchtelingenwerk)
@@@
hoi [[p:Ria]]! kun je even checken of de betaling voor de bewonersavond is binnengekomen? overgemaakt vanaf [[i:* ]] (rekening van de bewonersvereniging, t.n.v. [[p:H.J. Schipper]]), € 180. kenmerk [[n:BI-2024-051]]. liefs [[p:Roos]]
@@@
[[p:Thijs]]: nieuwe melding via de wijkagent: dhr. [[p:Ivanov]], [[a:Delftselaan 64-III]], [[pc:2512 RE]], hoarding, buren klagen over stank. geen bekende van ons.
[[p:Ilse]]: GGD erbij halen? die hebben een team voor vervuilde woningen
[[p:Thijs]]: ja ik bel [[p:Marloes]]
@@@
[[p:Femke]]: voor de CAK: wat is het BSN van dhr. [[p:Monteiro]]? heb alleen zijn geboortedatum ([[d:6 juni 1949]])
[[p:Mo]]: [[b:* ]]. stond in de Wmo-beschikking
[[p:Femke]]: top, dank
@@@
Dag [[p:Nurdan]],
Zou je mw. [[p:Kaya]] (de moeder, niet de schoonmoeder 🙂) willen helpen met het bezwaar tegen de beslissing van de SVB? Haar gegevens: BSN [[b:*.]], kinderbijslagnummer [[n:KB-7720185]]. Ze komt [[d:dinsdag 28 mei]] naar jullie inloop.
Hartelijke groet,
[[p:Hatice Yildiz]]
welzijnscoach
@@@
Beste [[p:Yvonne]],
Dhr. [[p:Farah]] heeft vandaag de eerste termijn betaald (€ 250). Betalingsregeling loopt via zijn bewindvoerder, [[p:A. Mulder-Hoek]] ([[e:a.mulder@bewindhaaglanden.nl]]). Betaling vanaf rekening [[i:*]].
Groet, [[p:Bram]]
@@@
wie weet het telnr van de dochter van mw [[p:van der Berg]]? staat niet in het dossier. ze heet [[p:Annemiek]] geloof ik, woont in Zoetermeer
@@@
Hoi [[p:Ingrid]],

Even een update over de drie aanvragen die we vorige week bespraken, zodat je het in je overzicht kunt zetten:

1. mw. [[p:E.]] – traplift: goedgekeurd op [[d:23-04-2024]], Wmo-melding [[n:2024/118834]]. Installateur belt haar zelf, maar ze neemt vaak niet op. Haar vaste nummer is [[t:(070) 366 21 09]], mobiel werkt niet.
2. dhr. [[p:Groen]] – scootmobiel: nog in behandeling, [[n:W-2024-05531]]. Ik heb de ergotherapeut gevraagd vóór [[d:10 mei]] langs te gaan op [[a:Oudemansstraat 204B]].
3. fam. [[p:Rahimi]] – woningaanpassing: afgewezen, want de woning is te klein voor een aanpassing. Advies: urgentie aanvragen bij de corporatie. Bezwaartermijn loopt tot [[d:4 juni]].

Bel me gerust als er vragen zijn, ik zit ma, di en do op kantoor.

Groet,
[[p:Wendelien Mulder]]
Wmo-adviseur, team Loosduinen/Escamp
[[t:070 752 88 34]]
@@@
Reactie op de les 'Volhouden loont' (bemoeizorg): ik wil graag laten zien hoe lang zo'n traject in het echt duurt, want in de les lijkt het alsof het in een paar weken ging. Onze tijdlijn bij een vergelijkbare meneer in Spoorwijk:
- [[d:3/1]] eerste poging, niemand thuis
- [[d:10/1]] briefje in de bus, geen reactie
- [[d:17 jan]] buurvrouw aangesproken, zij had nog een sleutel
- [[d:24-1]] eindelijk binnen, met de wijkagent erbij
- [[d:2 feb.]] huisarts mee, eerste gesprek over zijn medicatie
- [[d:19-02-2024]] aanmelding GGZ, zaak [[n:M24-00912]]
- [[d:maandag 8 april]] intake, eindelijk
Drie maanden dus. En dan hebben we nog geluk gehad dat de buurvrouw, mw. [[p:Dekker]], zo betrokken was. Zonder haar stonden we nu nog voor de deur. Mijn punt: reken in de pilot niet op snelle resultaten bij bemoeizorg, en leg de tijdlijn vast zodat je kunt laten zien wat het kost.
[[p:Rachid]]
@@@
[[d:15-04-24]], 19:02 - ‎[[t:+31 6 41 88 23 07]]: hallo, met [[p:Shanti]] van MOOI. ik ben toegevoegd aan de pilotgroep, dank jullie!
[[d:15-04-24]], 19:05 - [[p:Hanna]]: welkom!! 🙌
[[d:15-04-24]], 19:11 - ‎[[t:+31 6 19 66 30 52]]: ook welkom van mij, [[p:Ana]] (Xtra, Escamp)
[[d:15-04-24]], 19:20 - ‎[[t:+31 6 41 88 23 07]]: vraagje meteen: wie komt er naar de expertmeeting op [[d:18/4]]? ik wil daar graag iets vertellen over de huiskamer aan de Hoefkade
[[d:15-04-24]], 19:24 - [[p:Hanna]]: leuk! stuur even een mailtje naar [[e:pilot.sociaaldomein@denhaag.nl]], dan zetten ze je op het programma
[[d:15-04-24]], 19:25 - ‎[[t:+31 6 41 88 23 07]]: 👍
@@@
Registraties externe gasten expertmeeting ([[d:18 april 2024]])
—
Naam: dr. [[p:Hans van Leeuwen]]
Organisatie: Haagse Hogeschool, lectoraat LVB
Rol: spreker
Tel: [[t:06-50 11 38 27]]
Mail: [[e:h.vanleeuwen@hhs.nl]]
—
Naam: [[p:Fatma Aydın]]
Organisatie: Veilig Thuis Haaglanden
Rol: spreker
Tel: [[t:088 - 555 10 43]]
Mail: [[e:f.aydin@vthaaglanden.nl]]
—
Naam: [[p:Pim Schouten]]
Organisatie: HaagWonen
Rol: deelnemer casuscarrousel (tafel 4)
Tel: [[t:+31 (0)6 2277 4150]]
Dieet: vegan
—
Registratie gesloten op [[d:12-04]]. Badges printen: [[p:Tjitske]].
@@@
Beste [[p:Freek]],

Hierbij de aanmelding voor schuldhulp van mw. [[p:N. Tavares]]. Zij heeft zelf getekend voor toestemming op [[d:6 maart]].

Geboortedatum: [[d:17-09-1979]]
BSN: [[b:* ]]
Adres: [[a:Hoefkade 204-B]], [[pc:2526 BT]] Den Haag
Telefoon: [[t:06-33 90 12 47]]
Rekeningnummer: [[i:* ]]
Schuldeisers (voor zover bekend): Zilveren Kruis, Eneco, CJIB, twee webwinkels, totaal ongeveer € 7.800
Vorig kenmerk: [[n:SHV-23-11802]] (in 2023 afgebroken na verhuizing)

Ze heeft 3 kinderen, de oudste (15) helpt haar met de post. Graag een intake bij haar thuis, liefst op een woensdag want dan zijn de kinderen vroeg uit school.

Met vriendelijke groet,
[[p:Anouk Smit]]
maatschappelijk werker SWT Transvaal
@@@
Overdracht tijdens mijn vakantie ([[d:22-07]] t/m [[d:9-08]]) – alleen initialen, details in het systeem:
• mw. [[p:P.]] ([[n:SWT-ES-0188]]) – bewind aangevraagd, uitspraak rechtbank verwacht rond [[d:1 augustus]]. Bij nieuws graag even doorgeven aan dochter.
• dhr. [[p:K.]] ([[n:SWT-ES-0192]]) – zit in de kliniek, geen actie nodig.
• fam. [[p:M.]] ([[n:SWT-ES-0201]]) – MDO op [[d:30/7]], [[p:Sanne]] neemt dat over.
• dhr. [[p:A.]] ([[n:SWT-ES-0215]]) – verhuist op [[d:26 juli]] naar [[a:Leyweg 911-3]], [[pc:2545 GT]]. Verhuisdoos-actie geregeld via de kerk.
• mw. [[p:Z.]] ([[n:SWT-ES-0219]]) – crisisnummer staat in het dossier, bij escalatie direct de POH bellen.
Ik lees geen mail. Echt niet. 🌞 [[p:Mo]]
@@@
Vraag over de privacyregels bij het delen van lessen: mag het zaaknummer van Veilig Thuis erin blijven staan als de naam eruit is? Ik zie in twee lessen nog nummers als [[n:VT-2023-88120]] en [[n:2023-04711]] staan. Volgens mij is dat net zo herleidbaar als een naam, want iedereen met toegang tot het systeem kan het opzoeken. Hetzelfde geldt voor klantnummers van de corporatie, zoals [[n:HW-2024-00873]]. Mijn voorstel: alle nummers eruit, behalve het nummer van de les zelf (dus 'les 23' mag wel). En geboortedata ook eruit, ook als het alleen '[[d:3 maart]]' is zonder jaartal: met de wijk en de leeftijd erbij is iemand zo gevonden. Wat vinden de anderen? En [[p:Karin]], weet jij wat de privacy officer hierover zegt?
[[p:Ilse]]
@@@
Geachte heer [[p:Hendriks]],

Naar aanleiding van uw verzoek om urgentie voor mevrouw [[p:Z. Ahmadzai]] en haar twee kinderen het volgende. De huidige woning aan de [[a:Melis Stokelaan 1700]] ([[pc:2541 GE]]) is inderdaad te klein en er is sprake van vocht in de slaapkamer. Wij hebben de aanvraag geregistreerd onder nummer [[n:UR-24-0317]]. De urgentiecommissie vergadert op [[d:donderdag 13 juni]]. U ontvangt uiterlijk [[d:21 juni]] bericht. Voor vragen kunt u contact opnemen met ondergetekende via [[t:088-160 35 77]] of [[e:p.schouten@haagwonen.nl]].

Met vriendelijke groet,
[[p:P. Schouten]]
woonconsultant HaagWonen
@@@
[[p:Thijs]]: brand gehad vannacht in de portiekflat aan de Erasmusweg 🔥 niemand gewond gelukkig
[[p:Ilse]]: welke nummers?
[[p:Thijs]]: [[a:Erasmusweg 1019]] t/m 1025. fam. [[p:Ghebremedhin]] woont op [[a:Erasmusweg 1021]]! ze zitten nu in de opvang van het Rode Kruis
[[p:Ilse]]: 😨 ok. kun jij morgen ([[d:do 20/6]]) langs bij de opvang? en check even of hun papieren verbrand zijn, V-nummers staan in het dossier ([[n:SWT-MW-0452]])
[[p:Thijs]]: ja. Staedion heeft al een noodwoning aangeboden op [[a:Dedemsvaartweg 233]], [[pc:2545 AS]], vanaf maandag
@@@
Kopie aanvraag pgb (ingevuld met cliënt, [[d:14 mei 2024]])
Naam: [[p:Hasan Yıldırım]]
Geboortedatum: [[d:1958-11-03]]
BSN: [[b:*]]
Adres: [[a:Paets van Troostwijkstraat 101-1e]], [[pc:2522 DP]]
Telefoon: [[t:06.41.27.88.90]]
E-mail: [[e:hasan.yildirim58@gmail.com]]
Rekening voor het pgb: [[i:* ]] t.n.v. [[p:H. Yıldırım]]
Gevraagde ondersteuning: begeleiding individueel, 4 uur per week, door zijn neef [[p:Emre]]
Ingevuld door: [[p:Bülent]] (ouderenconsulent), in aanwezigheid van de dochter
@@@
Verslag sessie ouderen (expertmeeting, [[d:18-4]])
We zaten met 9 mensen aan tafel: wijkverpleegkundigen, twee ouderenconsulenten, de casemanager dementie uit Mariahoeve en iemand van Buurtzorg. Inleiding door [[p:Bülent]] over eenzaamheid bij migrantenouderen. Belangrijkste punten:
- veel ouderen kennen de Wmo niet of zijn bang dat het geld kost;
- de moskee en de kerk zijn vaak de eerste plek waar iemand iets opmerkt;
- mantelzorgers (vaak dochters) zijn overbelast en vragen zelf geen hulp.
Casus ingebracht door [[p:Hanna]]: mw. [[p:Roos]], 91, die na de dood van haar man op [[d:12 november]] niet meer buiten kwam. Oplossing: een vaste vrijwilliger via Humanitas en een keer per week de maaltijd in het wijkcentrum. Actie: [[p:Kees]] schrijft er een les over, deadline [[d:1 juni]].
@@@
Goedemiddag [[p:Esther]],

Terugkoppeling van de melding die jullie op [[d:7 mei]] deden (ons kenmerk [[n:VT-2024-03316]]). Wij hebben op [[d:14-05-2024]] met moeder gesproken en op [[d:16 mei]] met vader. De kinderen zijn gezien op school. Onze conclusie: er is zorg, maar geen acute onveiligheid. We dragen de casus terug aan jullie team met het advies om een veiligheidsplan op te stellen en de oma, mw. [[p:Juliana]], daarbij te betrekken (zij woont op [[a:Schalk Burgerstraat 220]]). Wij blijven 3 maanden monitoren; contact loopt via mij, [[t:06-42 71 50 33]].

Met vriendelijke groet,
[[p:Mariska van Dijk]]
Veilig Thuis Haaglanden
@@@
Voor de les 'Netwerk rond dementie in Mariahoeve' hieronder de contactlijst die we gebruiken. Mag gedeeld worden binnen de pilotgroep, niet daarbuiten:
- casemanager dementie: [[p:Hanna de Wit]], [[t:06-15 77 32 08]]
- ouderenconsulent: [[p:Bülent Kaya]], [[e:b.kaya@xtra.nl]]
- Alzheimer Café, elke 3e dinsdag, contact [[p:Ria Bos]] [[t:070 - 347 11 86]]
- huisartsenpraktijk Mariahoeve: vraag naar de POH ouderen, [[p:Margriet]]
- Buurtzorg team Mariahoeve Noord: [[t:06 - 52 13 98 40]]
Tip: bel altijd eerst de casemanager, die weet wie er al betrokken is.
@@@
[[p:Femke]]: wie heeft er zin om mee te helpen met de kick-off? ik zoek nog 3 mensen voor de ontvangst op [[d:22/11]] vanaf 8u30
[[p:Joost]]: ik
[[p:Femke]]: top. en iemand die de aanmeldlijst bijhoudt? er zijn al 140 aanmeldingen, die moeten nog gecheckt worden tegen de lijst van de 24 teams
[[p:Lotte]]: doe ik wel, stuur maar
[[p:Femke]]: gestuurd naar [[e:lotte.bakker@xtra.nl]]. let op: er staan ook privénummers op, dus niet doorsturen
[[p:Lotte]]: 🔒 check
@@@
Geachte mevrouw [[p:Rosaria]],

In antwoord op uw mail van [[d:2 april]] over dhr. [[p:Pinas]] ([[a:Hobbemastraat 78-3]], [[pc:2526 JM]]): het leefgeld wordt vanaf deze week elke maandag overgemaakt naar zijn leefgeldrekening [[i:* ]]. De huur en de zorgverzekering worden vanaf de beheerrekening betaald. Hij heeft nog een achterstand bij Staedion van € 1.140, daarvoor is een regeling getroffen (€ 60 per maand, eerste termijn [[d:1 mei]]). Ons dossiernummer is [[n:BW-HGL-22093]]. Wilt u dit nummer vermelden bij correspondentie?

Met vriendelijke groet,
mr. [[p:A. Mulder-Hoek]]
bewindvoerder
@@@
kleine reactie op de les van [[p:Lotte]] over mw. [[p:K.]] (Poolse moeder): let op dat Poolse documenten de datum anders schrijven. Haar ID zegt [[d:12.03.1987]], maar in ons systeem stond eerst [[d:03-12-1987]], en daardoor kwam de koppeling met de BRP niet rond. Ook in de aanvraag bij het UWV (kenmerk [[n:UWV-24-558213]]) ging het mis. Zelfde verhaal bij dhr. [[p:Kowalczyk]]: die had als geboortedatum [[d:1979-07-05]] in het Poolse systeem. Tip: altijd de BRP-uitdraai als bron nemen en de maand voluit schrijven, dus '[[d:12 maart 1987]]'.
@@@
Discussie thema jeugd: ik snap het punt van [[p:Jermaine]] dat het CJG 'de eerste lijn' is voor gezinnen, maar in de praktijk zie ik dat het vaak bij ons terechtkomt zodra er schulden zijn. Voorbeeld (met toestemming): bij fam. [[p:Martina]] zat het CJG er al in sinds september 2022, maar de huurachterstand kwam pas boven toen de deurwaarder op [[d:11 april]] voor de deur stond. Moeder [[p:Giselle]] had het niet durven zeggen, 'want dan nemen ze de kinderen af'. Die angst zie ik vaker, zeker in de Antilliaanse en Surinaamse gezinnen in Zuidwest. Voorstel voor het thema: standaard een schuldhulpverlener bij het eerste gesprek van het CJG als er geldzorgen zijn. Dossier bij ons: [[n:SWT-ZW-0287]]. [[p:Priscilla]]
@@@
Hoi [[p:Priscilla]],
Kort over de fam. [[p:Tekle]]: de woning aan de [[a:Wolmaransstraat 39-hs]] ([[pc:2571 VB]]) is per [[d:1 juli]] opgezegd door de eigenaar, want hij gaat verkopen. Vader ([[p:Habtom]]) heeft de brief pas op [[d:28 mei]] aan ons laten zien. V-nummers van de gezinsleden staan in het dossier ([[n:SWT-ZW-0311]]). Ik heb contact gehad met Vluchtelingenwerk, [[p:Lina]] kijkt mee. Woningzoekend staan ze al sinds [[d:3-10-2021]], inschrijfnummer Woonnet [[n:WN-1187642]]. Kan dit mee in het MDO van volgende week?
Groet, [[p:Semhar]]
@@@
Geachte collega,

Graag verwijs ik mevrouw [[p:Farida El Amrani]] naar u door voor een gesprek bij de POH-GGZ. Zij is bekend bij ons wijkteam sinds [[d:4 maart]] (beslag op inkomen, somberheid, slaapproblemen). Zij heeft toestemming gegeven voor deze verwijzing.

Geb.: [[d:22-06-1981]]
BSN: [[b:*.]]
Adres: [[a:Van der Vennestraat 51]], [[pc:2525 CE]]
Tel.: [[t:06 - 28 44 10 95]]

Zij heeft liever geen telefonische afspraken, maar een brief of sms. Bij vragen ben ik bereikbaar op [[t:070 353 40 11]] (ma t/m do).

Met collegiale groet,
[[p:Sanne de Groot]], wijkverpleegkundige SWT Transvaal
@@@
Beste allen,

De slotbijeenkomst is op [[d:donderdag 20 juni]] van 14.00 tot 17.30, met daarna een borrel. Graag je aanwezigheid doorgeven vóór [[d:7 juni]]. Tot nu toe hebben 31 mensen zich aangemeld, waarvan 18 uit de pilotgroep. Wie een presentatie geeft (per thema 10 minuten), stuurt de sheets uiterlijk [[d:17-06]] naar [[e:k.boekhout@denhaag.nl]]. Bij problemen op de dag zelf kun je [[p:Tjitske]] bellen: [[t:06 - 14 09 66 23]].

Ook de wethouder komt, dus graag geen casusdetails op de sheets. Vier thema's, vier maanden, en we zijn benieuwd wat jullie hebben geleerd!

Hartelijke groet,
[[p:Karin]] en [[p:Ruud]]
@@@
[[p:Lotte]]: help, ik heb per ongeluk het leefgeld van mw. [[p:Ivanova]] naar het verkeerde rekeningnummer overgemaakt 😱
[[p:Femke]]: hoe bedoel je?
[[p:Lotte]]: ik moest naar [[i:*]] maar heb naar [[i:*]] gestuurd, dat is de rekening van haar ex!! € 150
[[p:Femke]]: oei. bank bellen, die kunnen het terugvragen. en dhr. [[p:Ivanov]] zelf? 
[[p:Lotte]]: die neemt niet op. ik bel de bank. nummer van de klantenservice staat op de achterkant van de pas
[[p:Femke]]: en even melden bij [[p:Ilse]], voor het incidentenregister
@@@
Concept-les (graag feedback vóór [[d:vrijdag 31 mei]]):
'Mevrouw woont sinds een paar jaar alleen in een flat in Moerwijk. Haar man is overleden, haar kinderen wonen in Turkije. Ze kwam bij ons via de huisarts, die zag dat ze 10 kilo was afgevallen. Het eerste gesprek was bij haar thuis, op [[a:Zuiderparklaan 312]], met haar buurvrouw als tolk.'
→ @[[p:Bülent]] ik zou het adres en 'Turkije' eruit halen, en de 10 kilo mag blijven. Verder mooi! [[p:Ilse]]
@@@
Beste [[p:Nurdan]],

Dank voor je hulp bij het bezwaar van mw. [[p:Kaya]]. Voor de volledigheid: het besluit van de SVB is gedateerd [[d:14 maart 2024]], de bezwaartermijn van 6 weken loopt dus tot [[d:25 april]]. Kenmerk van het besluit: [[n:SVB/KB/2024/331805]]. Haar BSN is [[b:* ]]. Haar nieuwe adres (sinds [[d:1 februari]]): [[a:Stuwstraat 17]], [[pc:2516 TG]]. Dat adres kende de SVB nog niet, vermoedelijk is daardoor de brief van december niet aangekomen.

Groet,
[[p:Hatice]]
@@@
Voor het thema ouderen een les uit de praktijk (geanonimiseerd, maar ik twijfel nog, graag meelezen): 'Een meneer van 88 woont alleen in een bovenwoning zonder lift. Op [[d:maandag 4 maart]] viel hij op de trap. Hij lag een nacht op de grond tot de buurjongen hem vond. Na opname in het HMC wilde hij naar huis, "anders ga ik dood". De wijkverpleegkundige, de ouderenconsulent en de huisarts hebben samen met hem een plan gemaakt: traplift, alarmknop, en elke dag iemand die even belt.' De buurjongen ([[p:Milan]]) belt nu zelf elke avond om 8 uur. Dat vind ik het mooiste deel.
— [[p:Sanne]]
@@@
[[d:06-02-24]], 17:12 - ‎[[t:+31 6 22 77 41 50]]: hoi allen, dank voor de startbijeenkomst vandaag! is er al een overzicht van wie in welke themagroep zit?
[[d:06-02-24]], 17:15 - ‎[[t:+31 6 52 13 98 40]]: volgens mij stuurt de gemeente dat morgen rond
[[d:06-02-24]], 17:31 - ‎[[t:+31 6 22 77 41 50]]: ok top. ik zit in elk geval bij bemoeizorg namens HaagWonen
[[d:07-02-24]], 08:45 - [[p:Karin]]: goedemorgen! het overzicht komt vandaag per mail. eerste bijeenkomst per thema graag vóór [[d:1 maart]] plannen
[[d:07-02-24]], 08:52 - ‎[[t:+31 6 41 27 88 90]]: voor ouderen: kan het op [[d:dinsdag 20 februari]]? in het wijkcentrum in Mariahoeve is dan een zaaltje vrij
[[d:07-02-24]], 09:03 - ‎[[t:+31 6 52 13 98 40]]: [[d:20 feb]] kan ik niet, [[d:27 feb]] wel
[[d:07-02-24]], 09:10 - ‎[[t:+31 6 41 27 88 90]]: dan wordt het [[d:27 feb]] 👍 14u
@@@
Aanmelding nieuwe cliënt – doorgestuurd door het Servicepunt XL Transvaal
Ontvangen: [[d:ma 13-05-2024]] 11:40
Cliënt: mw., 52 jaar, alleenstaand, 1 thuiswonende zoon (19)
Adres: [[a:Paradijsstraat 9-A]], [[pc:2572 TE]]
Telefoon: [[t:06 - 19 84 72 03]] (liever appen, zegt ze)
Hulpvraag: beslag op loon sinds [[d:1 april]], achterstand energie (Vattenfall) en huur, dreigende afsluiting op [[d:27-05]]
Al betrokken: geen, wel eerder (2021) schuldhulp, afgebroken. Oud kenmerk [[n:SHV-21-04452]]
Toestemming: mondeling, formulier wordt bij het eerste gesprek getekend
Opmerking balie: mw was erg gespannen en huilde aan de balie. Graag binnen 3 werkdagen contact.
Registratienr. servicepunt: [[n:SPXL-TV-24-1180]]
@@@
Beste collega's,

Vanaf [[d:1 juni]] verhuist ons teamkantoor tijdelijk, want het wijkcentrum gaat in de verbouwing. Wat verandert er?
- Post voor cliënten kan nog tot [[d:31 mei]] naar het oude adres, daarna alleen nog via het postadres van de gemeente.
- Het spreekuur op dinsdag en donderdag gaat door in de bibliotheek van Moerwijk.
- Het teamnummer blijft hetzelfde. Mijn eigen nummer verandert wel: nieuw is [[t:06 - 44 21 09 87]], het oude ([[t:06-23 71 04 65]]) werkt tot [[d:15 juni]].
- Sleutels ophalen bij de facilitaire dienst op [[d:vrijdag 31 mei]] tussen 10 en 12.
Zijn er cliënten die je normaal op kantoor ziet en die slecht ter been zijn? Zet ze op de lijst, dan kijken we naar huisbezoeken. Vragen? Mail [[e:swt.moerwijk@denhaag.nl]].

Groet,
[[p:Ilse]]
@@@
Wie kan mij helpen met een rare situatie: een meneer uit Escamp (in zorg sinds [[d:11 januari]], dossier [[n:SWT-ES-0207]]) krijgt post van het CJIB voor een boete van een auto die hij niet heeft. Kenteken staat op een adres waar hij nooit gewoond heeft: [[a:Dierenselaan 77]], [[pc:2573 JL]]. Volgens de BRP stond hij daar van [[d:3-3-2022]] tot [[d:15-9-2022]] ingeschreven. Hij denkt dat iemand zijn gegevens heeft misbruikt, zijn oude ID-kaart was in 2021 gestolen. Aangifte gedaan op [[d:22 mei]], nummer [[n:PL1500-2024112345]]. Het Juridisch Loket zegt 'naar de politie', de politie zegt 'naar het Juridisch Loket'. Iemand ervaring met identiteitsfraude? Ik zit er echt mee.
@@@
Hallo,

Ik ben een vrijwilliger van het taalcafé in de Schilderswijk en ik maak me zorgen over een van onze deelnemers. Hij komt sinds de zomer elke week, maar de laatste drie weken niet meer. Zijn telefoon ([[t:0687654012]]) staat uit. Hij woont volgens mij op de [[a:2e Schuytstraat 17]], maar ik weet het nummer niet zeker. Toen ik hem voor het laatst zag, op [[d:woensdag 6 november]], zei hij dat hij 'moest verhuizen'. Kunnen jullie even kijken? Ik wil niet te veel zeggen over hem via de mail, maar ik ben bereikbaar op [[t:06-17 22 93 58]] of via [[e:taalcafe.schilderswijk@gmail.com]].

Groeten,
[[p:Joke]]
@@@
Korte samenvatting van het overleg met de drie corporaties ([[d:21-03-2024]]):
1. Signalen van huurachterstand worden voortaan na 2 maanden doorgegeven (was 3). Staedion meldt via [[e:signalen@staedion.nl]], HaagWonen en Vestia via het gemeentelijk meldpunt.
2. Bij ontruiming altijd eerst een huisbezoek door het SWT. De corporaties geven de datum minstens 4 weken van tevoren door.
3. Casus besproken: een gezin in Laak met huurachterstand van ruim 8 maanden (dossier [[n:SWT-LK-2024-089]], corporatiekenmerk [[n:VS-77120-B]]). Ontruiming stond gepland op [[d:2 april]], is opgeschort tot [[d:1-7-2024]].
4. Volgend overleg: [[d:dinsdag 18 juni]], bij Staedion.
Verslag: [[p:Bram]]
@@@
[[p:Esther]]: meiden en mannen, nieuwe melding van de politie binnen (zorgmelding), [[d:zaterdag 11/5]] 02:14. adres [[a:Stuwstraat 42-1]], [[pc:2516 TE]]. buren hoorden geschreeuw, kinderen in huis. politiekenmerk [[n:2024133872]]
[[p:Ramon]]: is dat bij ons bekend?
[[p:Esther]]: nee, nieuw. ik bel maandag eerst VT om te checken of zij het ook hebben
[[p:Ramon]]: goed. als ze er al in zitten: hun kenmerk in ons dossier zetten
[[p:Esther]]: yes. huisbezoek plan ik voor [[d:di 14 mei]], wie gaat mee?
@@@
Ter info voor de lessen over schulden: de nieuwe bedragen voor de beslagvrije voet en de bijzondere bijstand staan op intranet. Ik heb voor mw. in Transvaal (dossier [[n:SWT-TV-2024-0133]]) net een herberekening laten maken: zij hield na beslag € 980 over, terwijl dat minstens € 1.290 had moeten zijn. De deurwaarder heeft dat op [[d:17-05-2024]] rechtgezet en het teveel ingehouden bedrag wordt teruggestort op haar rekening [[i:* ]]. Les: laat de beslagvrije voet ALTIJD narekenen. Het scheelde bij haar ruim 300 euro per maand. Voor vragen: [[e:schuldhulp.transvaal@denhaag.nl]] of bel me op [[t:070 - 353 77 12]].
@@@
Beste [[p:Marloes]],

Hierbij de gegevens voor de screening door de GGD, zoals vanochtend telefonisch besproken. Het gaat om de meneer in de Stationsbuurt met de vervuilde woning.
Geb.datum: [[d:5 augustus 1961]]
BSN: [[b:*]]
Adres: [[a:Stationsweg 128-III]], [[pc:2515 BS]]
Telefoon: geen
Contact via: de huisbaas, [[t:06-50 77 81 22]]
Eerdere meldingen bij jullie: [[n:GGD-OGGZ-23-1187]] (september vorig jaar, toen geen toegang)
De huisbaas heeft aangekondigd op [[d:28 juni]] de woning te laten ontruimen als er niks gebeurt. Wij willen dat voorkomen. Kunnen jullie vóór [[d:14 juni]] langs?

Groet, [[p:Thijs]]
@@@
Mijn inbreng voor de themagroep huiselijk geweld, graag op de agenda van [[d:woensdag 8 mei]]:
We hebben dit jaar in ons team 14 meldingen gehad, waarvan 5 via de huisarts en 3 via school. Wat opvalt: in de helft van de gevallen was er al eerder contact met een hulpverlener, maar is het signaal niet opgepakt. Voorbeeld (geanonimiseerd): een moeder die op [[d:12-1-2024]] bij het consultatiebureau zei dat 'het thuis niet goed gaat', en pas op [[d:3-4-2024]] bij ons terechtkwam, na een politiemelding. Dat zijn 12 weken. Mijn voorstel: een vaste terugbelafspraak binnen 48 uur tussen CJG, huisarts en ons team. Wie wil dit met me uitwerken? Ik ben bereikbaar op [[t:06-14 90 33 71]].
[[p:Esther]]
@@@
Hoi,
Vraagje over een cliënt uit de lessen-discussie van vorige week: ze schreven dat de meneer met de herder in Morgenstond woont. Dat is toch dhr. van de [[a:Melis Stokelaan 1566]]? Dan ken ik hem, hij komt bij ons in het buurthuis. Zijn dochter heeft mij haar nummer gegeven voor noodgevallen: [[t:06-30 48 11 92]]. Misschien handig voor jullie. Hij is jarig op [[d:2 december]], dan wordt hij 80, misschien een mooi moment om een kaartje te sturen?
Groetjes van het buurthuis, [[p:Truus]]
@@@
Verslag huisbezoek ([[d:vrijdag 24 mei]], 10.00 uur)
Aanwezig: cliënt, [[p:Mo]], tolk (telefonisch, Arabisch, tolknummer [[n:TVCN-901234]])
Adres: [[a:Hobbemastraat 160-2]], [[pc:2526 JV]]
Situatie: gezin van 6 in een driekamerwoning, vochtproblemen, oudste dochter (17) slaapt in de woonkamer. Vader werkt in de kassen, moeder is thuis met de jongste (2). Schulden bij zorgverzekeraar en DUO.
Afspraken:
- [[p:Mo]] vraagt medische urgentie aan (aanvraagnr. volgt)
- schuldhulp: aanmelding op [[d:28-05]]
- volgend bezoek [[d:7 juni]], weer met tolk
@@@
Voor wie de workshop op [[d:10 april]] gemist heeft: de sheets staan in de map van de pilot. De trainer was [[p:Johan Verkerk]] ([[e:johan@verkerktraining.nl]], [[t:06-24 18 60 39]]), hij biedt ook incompany-trainingen aan voor teams. Kosten ongeveer € 1.200 per dagdeel. Een paar dingen die ik heb onthouden:
- stel geen 'waarom'-vragen aan iemand die zich schaamt
- benoem wat je ziet, zonder oordeel
- laat stiltes vallen, ook als het ongemakkelijk is
- kom terug wanneer je gezegd hebt dat je terugkomt
Volgende workshop is op [[d:15 mei]], over motiverende gespreksvoering.
@@@
Beste mevrouw,

Uw aanvraag voor bijzondere bijstand (ons kenmerk [[n:BB-2024-01877]], ontvangen op [[d:2 april 2024]]) is toegekend. Een bedrag van € 389,00 wordt binnen 10 werkdagen overgemaakt naar rekeningnummer [[i:* ]]. Heeft u vragen? Bel dan met uw contactpersoon, [[p:F. de Boer]], op [[t:070 - 353 61 02]], of mail naar [[e:f.deboer@denhaag.nl]].

(geplakt uit de beschikking van mw. [[p:Ouali]], ter info voor het team. Ze was zo blij!)
@@@
Hi allemaal,

Korte terugblik op de pilotdag in Rotterdam op [[d:16 mei]], waar we met [[p:Ruud]] naartoe gingen om te kijken hoe de wijkteams daar werken. Wat opviel:
- zij werken met een 'gezinsplan' waar alle hulpverleners in één document schrijven;
- bewoners zitten in het team als ervaringsdeskundige (betaald!);
- er is een vast potje voor 'doorbraakgeld', € 500 per casus zonder aanvraag.
Vooral dat laatste vond ik interessant voor ons thema bemoeizorg. Wie wil meedenken over een voorstel? Ik stuur dat dan vóór [[d:20 juni]] naar de gemeente.
Contact in Rotterdam: [[p:Yasmina Bouali]], [[e:y.bouali@wijkteamrotterdam.nl]], [[t:010 - 498 22 17]].
[[p:Wendy]]
@@@
[[p:Gerda]]: nieuwe cliënt op mijn lijst, ik lees het even voor uit de aanmelding: dhr, 67, [[a:Apeldoornselaan 33-B]], [[pc:2573 LK]], geb. [[d:19-02-1957]], tel. [[t:070 - 368 22 19]]. weduwnaar, diabetes, 'laat niemand binnen'. aangemeld door de apotheek
[[p:Mo]]: die ken ik! woont boven de bakker toch? ik heb hem 2 jaar terug gesproken, dossier [[n:SWT-ES-0134]], toen afgesloten omdat hij niks wilde
[[p:Gerda]]: o top, dan weet je meer. ga je mee op [[d:do 6/6]]?
[[p:Mo]]: ja
@@@
Mail van de gemeente aan alle deelnemers, [[d:woensdag 29 november]] (geplakt):
'Beste deelnemer, dank voor uw aanwezigheid bij de kick-off op [[d:22 november]]. Er waren 176 professionals uit 24 teams. Met de stemming zijn de vier thema's gekozen: jeugd, ouderen, huiselijk geweld en bemoeizorg. De pilotgroep bestaat uit 20 personen; zij ontvangen separaat bericht. De startbijeenkomst is op [[d:6 februari 2024]]. Vragen kunt u stellen via [[e:pilot.sociaaldomein@denhaag.nl]] of telefonisch via [[t:070 - 353 28 40]].'
Vind het wel jammer dat eenzaamheid het niet is geworden 😕
@@@
[[p:Hatice]]: vraagje: mw. die ik [[d:maandag 3 juni]] zag heeft een Turkse IBAN en wil daar haar toeslag op ontvangen, kan dat?
[[p:Rachid]]: nee, volgens mij moet het een rekening binnen de EU/SEPA zijn. Turkije valt daar niet onder
[[p:Hatice]]: ah. ze heeft ook nog een oude Nederlandse rekening: [[i:*]], maar die staat volgens haar 'geblokkeerd'
[[p:Rachid]]: dan eerst de bank bellen. of een basisrekening aanvragen, dat moet elke bank doen
@@@
Dossieroverdracht SWT Segbroek → SWT Loosduinen (gepland [[d:1 juli]])
| dossier | cliënt | adres | volgende afspraak |
| [[n:SWT-SB-0410]] | mw. [[p:R.]] | [[a:Valkenboslaan 218]] | [[d:3 juli]] |
| [[n:SWT-SB-0422]] | dhr. [[p:V.]] | [[a:Thomsonlaan 101]] | [[d:8 juli]] |
| [[n:SWT-SB-0431]] | fam. [[p:D.]] | [[a:Fahrenheitstraat 240]] | nog plannen |
Contactpersoon overdracht: [[e:swt.segbroek@denhaag.nl]], tel. [[t:070 - 353 90 60]]
@@@
Hoi [[p:Sanne]],

Nog even over de les die je indiende: er staat nog een datum in die herleidbaar is ('op [[d:vrijdag 15 maart]] werd zij opgenomen') en de naam van het verpleeghuis. Met de wijk erbij is dat genoeg om haar te vinden. Kun je 'in het voorjaar' en 'een verpleeghuis in de buurt' schrijven? Verder ook het telefoonnummer van de dochter onderaan eruit halen ([[t:06 - 21 33 87 40]]), dat is vast per ongeluk blijven staan.

Dank je, verder echt een mooie les!
[[p:Ilse]] (moderator)
@@@
Notitie telefoongesprek [[d:26-4]], 14.10 uur
Beller: dochter van mw. (dossier [[n:SWT-MH-0192]]), belt vanuit Spanje, [[t:+34 612 45 78 90]]
Zorg: moeder vergeet haar medicijnen, de buren zien haar 's nachts buiten lopen
Afspraak: huisbezoek met de casemanager dementie op [[d:30 april]]; dochter komt vanaf [[d:6 mei]] 2 weken over
Adres voor de zekerheid gecheckt: [[a:Ruys de Beerenbrouckstraat 87]], [[pc:2593 VN]]
Genoteerd door [[p:B.K.]]
@@@
Contactlog bemoeizorg (geplakt uit Excel), dossier [[n:SWT-SP-0988]]:
[[d:08-01-2024]] | [[a:Rijswijkseweg 312-C]] | niet thuis, briefje
[[d:15-01-2024]] | idem | buurman zegt: 'hij is er wel, doet niet open'
[[d:22-01-2024]] | idem | door de brievenbus gepraat, 5 min.
[[d:29-01-2024]] | idem | binnen geweest!! koffie gedronken, woning ernstig vervuild
[[d:05-02-2024]] | idem | samen naar de huisarts, afspraak [[d:7-2]] 10u
[[d:12-02-2024]] | idem | weer dicht
[[d:19-02-2024]] | [[a:Rijswijkseweg 312-C]], [[pc:2516 EP]] | GGD erbij, screening ingepland
Totaal: 7 bezoeken in 6 weken, gemiddeld 40 minuten. Dit soort logs zou ik graag standaard in de lessen zien, zonder adres natuurlijk 😉
@@@
Goedemorgen,

In aanvulling op ons gesprek van gisteren: de WW-uitkering van uw cliënt is per [[d:1 maart 2024]] beëindigd, omdat hij niet op de oproep van [[d:14 februari]] is verschenen. Hij kan binnen zes weken bezwaar maken. Het klantnummer bij ons is [[n:UWV-KL-7719023]]. De brief is verstuurd naar [[a:Weimarstraat 14-A]], [[pc:2562 GP]], maar volgens u woont hij sinds januari op een ander adres. Als hij zijn adres in de BRP laat wijzigen en contact opneemt via [[t:088 - 898 92 94]], kunnen we kijken of de beëindiging kan worden herzien.

Met vriendelijke groet,
[[p:M. Brouwer]]
klantmanager UWV Den Haag
@@@
Planning huisbezoeken [[d:do 23 mei]] (route, fiets 🚲):
09.00 [[a:Vaillantlaan 88-2]] ([[pc:2526 HK]]) – intake, met tolk
10.15 [[a:Hoefkade 412-B]] – koelkast geleverd? even checken
11.00 [[a:Jan Blankenstraat 14]] – voedselpakket + formulier toeslag
12.00 lunch bij het Servicepunt XL
13.30 [[a:Wouwermanstraat 88a]], [[pc:2531 EX]] – nieuwe voordeur, corporatie mee
15.00 [[a:2e Schuytstraat 17]] – niemand bekend, signaal van het taalcafé
Als iemand meewil voor de laatste: graag, ik ga daar liever niet alleen naar binnen. [[p:Femke]]
@@@
Reactie op het lesconcept van vorige week. Ik heb de herleidbare gegevens even op een rij gezet die er nog in stonden:
- geboortedatum van de oudste zoon: [[d:9 september 2008]]
- het telefoonnummer van de school: [[t:070 - 388 72 10]] (dat mag misschien wel, maar samen met de rest...)
- het zaaknummer van de jeugdbescherming: [[n:JBW-2024-0331]]
- 'het hoekhuis aan de [[a:Copernicusplein 7]]' in alinea 4
- de datum van de uithuisplaatsing: [[d:maandag 15 januari]]
Zonder die dingen is het nog steeds een heel sterke les, want het gaat om de aanpak en niet om het gezin. Zullen we het samen aanpassen op [[d:woensdag 22 mei]]? [[p:Ilse]]
@@@
Verwijzing FACT-team Escamp, verzonden [[d:3-6-2024]] via Zorgmail

Betreft: dhr., geb. [[d:27-11-1974]], BSN [[b:*]]
Adres: [[a:Leyweg 911-3]], [[pc:2545 GT]], tel. [[t:06 - 46 02 18 77]]
Dossier SWT: [[n:SWT-ES-0215]]
Reden van verwijzing: psychotische klachten sinds ongeveer 3 maanden, zorgmijdend, verhuisd op [[d:26 juli]] vorig jaar, sindsdien sterk achteruitgegaan. Huisarts (praktijk Leyweg) is op de hoogte en steunt de verwijzing.
Gewenst: outreachend eerste contact, samen met de wijkverpleegkundige. Beschikbaar voor een gezamenlijk bezoek: [[d:di 11/6]] of [[d:do 13/6]].
@@@
Hoi allemaal,

Voor de volledigheid nog een keer alle data van de pilot op een rij, want er gaan verschillende versies rond:
- kick-off: [[d:woensdag 22 november 2023]] (geweest ✅)
- startbijeenkomst: [[d:dinsdag 6 februari 2024]] (geweest ✅)
- workshops: [[d:14 maart]], [[d:10 april]] en [[d:15 mei]]
- brainstorm bemoeizorg: [[d:11 maart]]
- expertmeeting: [[d:donderdag 18 april]]
- slotbijeenkomst: [[d:donderdag 20 juni]] (NIET [[d:13 juni]])
Wie een datum in zijn agenda heeft staan die hiervan afwijkt: graag aanpassen. De uitnodigingen in Outlook worden deze week opnieuw verstuurd vanaf [[e:pilot.sociaaldomein@denhaag.nl]].
Groet, het pilotteam
@@@
Subsidieaanvraag bewonersinitiatief 'Buurtmoestuin Heesterbuurt'
Aanvrager: stichting in oprichting, contactpersoon mw. [[p:A. Hoekstra]]
Adres contactpersoon: [[a:Heesterstraat 51-hs]], [[pc:2531 RH]]
Telefoon: [[t:06 - 39 77 08 12]] / e-mail: [[e:buurtmoestuin.heester@gmail.com]]
Gevraagd bedrag: € 2.450 (zaden, bakken, gereedschap, 2 bijeenkomsten)
Rekening: [[i:* ]] t.n.v. [[p:A. Hoekstra]] (nog geen stichtingsrekening)
Ingediend: [[d:15-04-2024]], registratienr. [[n:BI-2024-058]]
Advies opbouwwerker: positief, mits er na een jaar een stichtingsrekening is.
@@@
[[p:Bram]]: wie weet hoe het zit met energie-afsluitingen in de zomer? mw. in Laak heeft een achterstand van € 1.180 bij Eneco, klantnummer [[n:2007634418]], en ze dreigen af te sluiten op [[d:3 juni]]
[[p:Ineke]]: in de zomer mag dat gewoon helaas. maar als je een melding bij schuldhulp doet moeten ze wachten
[[p:Bram]]: aanmelding schuldhulp is al gedaan op [[d:27-5]], kenmerk [[n:SHV-24-02210]]
[[p:Ineke]]: dan die twee nummers doorgeven aan Eneco, dan gaat het stopgezet worden. het adres is toch [[a:Hooftskade 164]]?
[[p:Bram]]: nee, [[a:Hooftskade 146]], [[pc:2526 KN]]. de andere is dhr. [[p:Farah]] 😅
@@@
Even een frustratie delen over ons systeem: bij één mevrouw staan nu vijf telefoonnummers en niemand weet welke klopt.
- [[t:070-3456721]] (vast, 'werkt niet meer' volgens de buurvrouw)
- [[t:06-11 46 27 80]] (haar eigen mobiel)
- [[t:0611462708]] (typfout? lijkt erop)
- [[t:+90 532 418 77 60]] (Turks nummer van haar zoon)
- [[t:06 48 90 12 33]] (schoonzoon)
Kunnen we afspreken dat je bij elk nummer zet van wie het is en wanneer het gecontroleerd is? Anders bellen we elkaar gek. En dit soort lijstjes natuurlijk nooit in een les 😉
@@@
Uittreksel adreshistorie (BRP), opgevraagd op [[d:12-03-2024]] voor de bewindsaanvraag:
- vanaf [[d:01-06-2015]]: [[a:Boekhorststraat 92]], [[pc:2512 CR]]
- vanaf [[d:14-02-2019]]: [[a:Zuiderparklaan 45-I]], [[pc:2574 HJ]]
- vanaf [[d:30-09-2022]]: briefadres [[a:Prins Hendrikstraat 145]] (Leger des Heils)
- vanaf [[d:01-01-2024]]: [[a:Zuiderparklaan 45-I]], [[pc:2574 HJ]] (terug)
Dossier bewindvoering: [[n:BW/2024/0672]]. Ter info voor [[p:Ingrid]], dit verklaart waarom de brieven van de Belastingdienst niet aankwamen.
@@@
Beste collega's van het SWT,

Zoals afgesproken een overzicht van het verzuim van de leerling die wij samen volgen (leerplichtdossier [[n:LP-2324-0871]]):
- [[d:19 februari]] t/m [[d:1 maart]]: ziek gemeld door moeder
- [[d:4 maart]] t/m [[d:15 maart]]: ongeoorloofd afwezig
- [[d:18 maart]]: 1e uur aanwezig, daarna weg
- sinds [[d:25-3]]: weer elke dag aanwezig!
Het gesprek op school staat op [[d:dinsdag 9 april]] om 15.30 uur. Ik ben bereikbaar op [[t:06 - 20 81 44 67]] of via [[e:leerplicht@denhaag.nl]].

Met vriendelijke groet,
[[p:R. Pinas]], leerplichtambtenaar
@@@
Terugkoppeling aan de pilotgroep over de vraag van [[d:6 februari]] (mogen we cliënten volgen op sociale media?). Het antwoord van de privacy officer, samengevat:
1. Nee, niet zonder uitdrukkelijke toestemming, ook niet als het profiel openbaar is.
2. Wél mag je reageren als een cliënt zelf contact zoekt via een kanaal, maar verplaats het gesprek dan naar een veilig kanaal (Zivver, of bel).
3. Screenshots van berichten van cliënten horen in het dossier, niet in de groepsapp.
Vragen kunnen rechtstreeks naar [[e:privacy@denhaag.nl]] of naar de functionaris gegevensbescherming via [[t:070 - 353 30 00]]. Het hele advies staat in de map, onder Privacy.
[[p:Karin]]
@@@
Vraag aan de themagroep ouderen, n.a.v. de les over valpreventie. Wij hebben in Mariahoeve sinds [[d:1 januari]] bijgehouden hoe vaak de wijkverpleegkundige na een val ter plaatse kwam en hoe lang het duurde. Gemiddeld 2,5 dag. Bij de ergste casus, een mevrouw op [[a:Ambachtsgaarde 112]] ([[pc:2591 XH]]), lag er tussen de val op [[d:vrijdag 2 februari]] en het eerste bezoek op [[d:dinsdag 6 februari]] een heel weekend waarin alleen haar buurvrouw langskwam. Dossier bij ons: [[n:SWT-MH-0207]]. Ze is nu weer thuis, met alarmering via de zorgverzekeraar (aanvraag [[n:ALM-24-33918]]). Mijn vraag: hebben andere wijken afspraken met de thuiszorg over een bezoek binnen 24 uur na een valmelding? En wie betaalt dan? De alarmering kostte haar € 18 per maand, dat vond ze eerst te veel. Als er iemand is die dit al goed geregeld heeft, bel me even: [[t:06-15 77 32 08]].
@@@
Mail aan de huisarts (kopie voor het dossier), [[d:di 28-05-2024]]

Geachte dokter [[p:Kuipers]],

Met toestemming van uw patiënt, dhr. [[p:J.W. de Boer]] (geb. [[d:2 oktober 1942]]), informeer ik u over de stand van zaken. Sinds ons eerste gesprek op [[d:8 januari]] komt er huishoudelijke hulp (3 uur per week, Wmo-beschikking [[n:WMO-24-001207]]) en gaat zijn dochter één dag minder werken. Hij valt echter vaker en eet slecht: hij is volgens de weegschaal van de wijkverpleging 6 kilo afgevallen sinds februari. Wilt u hem op korte termijn zien? Hij is overdag telefonisch bereikbaar op [[t:070 - 325 19 84]], zijn adres is [[a:Fahrenheitstraat 502]], [[pc:2561 DK]]. Zijn dochter wil graag bij het consult aanwezig zijn.

Met vriendelijke groet,
[[p:Sanne de Groot]], wijkverpleegkundige
@@@
Samenvatting thematafel bemoeizorg (slotbijeenkomst, [[d:20-06-2024]])
Wat hebben we geleerd in 4 maanden?
1. Vasthouden loont: gemiddeld 7 bezoeken voor de eerste keer binnen (zie de logs in de lessen).
2. De corporaties zijn onze belangrijkste bondgenoot: zij zien de achterstand het eerst. Afspraak met Staedion, HaagWonen en Vestia: melding na 2 maanden.
3. De GGD en het FACT-team willen vaker mee op het eerste bezoek, bel ze dan ook.
4. Zonder vaste contactpersoon per organisatie blijft het hangen.
Wat gaan we doen? Vanaf [[d:1 september]] een maandelijks bemoeizorgoverleg per stadsdeel. Eerste keer: [[d:dinsdag 10 september]], 13.30 uur. Aanmelden via [[e:bemoeizorg.escamp@denhaag.nl]]. Trekker voorlopig: [[p:Wendy]], [[t:06-57 20 14 93]].
"""

if __name__ == "__main__":
    main()
