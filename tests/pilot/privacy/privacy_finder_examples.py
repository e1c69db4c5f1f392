"""Hand-written examples, phrased unlike the dev corpus, for generalisation checks.

Markup: ``[[label:text]]`` must be found, ``{{kind:text}}`` must stay readable.
"""

from __future__ import annotations

import re

EXAMPLES = [
    # persons with titles, lower case notes, initials, particles
    "Gisteren belde mevr. [[person:Oduya]] over de brief van {{org:het UWV}}.",
    "Huisbezoek bij dhr [[person:de graaf]], hij lag nog in bed.",
    "Gesproken met [[person:J.P. van der Meulen]] ({{role:wijkverpleegkundige}}).",
    "Volgens [[person:Th. Brinkman]] is er sprake van vervuiling.",
    "De {{role:huisarts}}, dr. [[person:Ramcharan]], verwijst naar {{org:Parnassia}}.",
    "[[person:Fenna]] en haar broertje [[person:Daan]] wonen bij oma [[person:Truus]].",
    "Buurvrouw [[person:Kiekens]] heeft de politie gebeld.",
    "Moeder ([[person:Samira]]) spreekt weinig Nederlands.",
    "[[person:Abdi Warsame]] kwam zelf naar het spreekuur in {{wijk:Laak}}.",
    "Met [[person:Tesfay]] afgesproken dat hij elke week langskomt.",
    "De kinderen van [[person:Gerrit-Jan Hoogeveen]] logeren bij hun tante [[person:Ans]].",
    "Mw. [[person:Wijnaldum-Pinas]] heeft geen contact meer met haar zoon [[person:Rudi]].",
    "Notitie {{role:wijkagent}}: mnr [[person:kromowidjojo]] weigert medewerking.",
    "Zijn vriendin, [[person:Chayenne]], is zwanger.",
    "Cliënt [[person:Mustafa Öztürk]] ({{role:casusregisseur}}: [[person:Ingrid]]) blijft afwachten.",
    "[[person:Wilma de Boer]] en [[person:Kees Bakker]] zijn de mantelzorgers.",
    "Overleg met Mr. [[person:R. Dijkhuizen]], de bewindvoerder.",
    "Afgestemd met collega [[person:Priscilla]] van {{org:Veilig Thuis}}.",
    "Meneer [[person:Nooitgedagt]] belt elke ochtend naar het {{org:Wmo-loket}}.",
    "[[person:Anouk]] heeft de aanvraag bij {{org:Servicepunt XL}} ingediend.",
    # dates
    "De intake was op [[date:dinsdag 14 januari]]; het vervolg staat op [[date:28-01-2025]].",
    "Geboren op [[date:7 okt 1961]], weduwe sinds {{year:2019}}.",
    "Op [[date:1 jan.]] werd de huur verhoogd; {{duration:3 maanden}} later volgde de brief.",
    "Uitspraak van de rechter op [[date:12/03/2023]], zitting [[date:3-3-'24]].",
    "Sinds {{year:2021}} woont zij in {{wijk:Moerwijk}}, al {{duration:twee jaar}} zonder werk.",
    "Afspraak verzet naar [[date:vrijdag 4 april 2025]] in verband met de Ramadan.",
    "De melding kwam binnen op [[date:2024-11-05]] via {{org:Veilig Thuis}}.",
    # phones
    "Bereikbaar op [[phone:06 1234 5678]] of op het werk [[phone:(070) 345 67 89]].",
    "Zoon belt vanaf [[phone:+31 6 1234 5678]], de buurvrouw via [[phone:0031 70 3456789]].",
    "Telefoon: [[phone:0612345678]], vast nummer [[phone:070-3456789]].",
    # email
    "Mailen naar [[email:k.vandijk@ziggo.nl]] of [[email:info.fam-jansen@gmail.com]].",
    # bsn
    "Burgerservicenummer [[bsn:111222333]] staat op de beschikking.",
    "BSN: [[bsn:1234.56.782]] (gecontroleerd).",
    "Zijn nummer [[bsn:123 456 782]] klopte niet in het systeem.",
    # iban
    "Huur wordt betaald van [[iban:NL91ABNA0417164300]].",
    "Rekening [[iban:NL91 ABNA 0417 1643 00]] staat op naam van de bewindvoerder.",
    "Belgische rekening [[iban:BE68 5390 0754 7034]] is van de broer.",
    # postcode + address
    "Nieuw adres: [[address:Prins Hendrikstraat 12]], [[postcode:2518 HK]] Den Haag.",
    "Verhuisd naar de [[address:Laan van Meerdervoort 455]] ([[postcode:2563AV]]).",
    "Ze woont aan de [[address:Hoefkade 3 hs]] boven de bakker.",
    "Post gaat naar [[address:Leyweg 204-B]], de oude woning op de [[address:Weimarstraat 7a]] is leeg.",
    "Woonachtig op [[address:Lange Voorhout 34]] sinds {{duration:vier maanden}}.",
    "Het pand aan de [[address:2e Schuytstraat 88]] staat op naam van de zus.",
    # dossiers
    "Onder zaaknummer [[dossier:12345]] bekend bij {{org:SZW}}.",
    "Melding [[dossier:VT-2024-1187]] is doorgezet naar {{org:CJG}}.",
    "Dossier [[dossier:2023-04711]]; aanvraag [[dossier:SZW-883201]].",
    "Zie ticket [[dossier:#48812]] in het registratiesysteem.",
    "Ons kenmerk: [[dossier:HW/2023/0912]].",
    # context that must stay
    "In {{wijk:Transvaal}} en {{wijk:de Schilderswijk}} loopt het project met {{org:MEE}} en {{org:GGZ}}.",
    "De {{role:casusregisseur}} en de {{role:jeugdconsulent}} van {{org:CJG}} overlegden met {{org:Xtra}}.",
    "Een vrouw van {{age:62}} jaar, ({{age:45}}) en haar man ({{age:48}}) wonen in {{wijk:Bouwlust}}.",
    "In {{year:2022}} en in maart {{year:2023}} waren er meldingen.",
    "{{org:Stichting MOOI}} en {{org:Servicepunt XL}} werken samen in {{wijk:Escamp}}.",
    "Het {{org:Centrum voor Jeugd en Gezin}} verwees naar de {{role:POH GGZ}}.",
    "Contact met {{org:Veilig Thuis}} en {{org:de Voedselbank}} liep via de {{role:welzijnscoach}}.",
    "Les: betrek de {{role:wijkverpleegkundige}} vroeg, want in {{wijk:Mariahoeve}} is de wachtlijst lang.",
    "Na {{duration:drie weken}} kwam er een {{role:Wmo-adviseur}} langs in {{wijk:Ypenburg}}.",
    "Hij werkt bij {{org:Staedion}} en zij bij {{org:HagaZiekenhuis}} in {{city:Den Haag}}.",
    "Vorig jaar in {{wijk:Scheveningen}} ging het mis met de huur, in mei en juni.",
]

_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(example: str) -> tuple[str, list[dict], list[dict]]:
    """Return (text, pii spans, keep spans) from the markup."""
    text, pii, keep, pos = [], [], [], 0
    out_len = 0
    for m in _MARK.finditer(example):
        text.append(example[pos : m.start()])
        out_len += m.start() - pos
        label, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        span = {"start": out_len, "end": out_len + len(body), "label": label, "text": body}
        (pii if m.group(1) else keep).append(span)
        text.append(body)
        out_len += len(body)
        pos = m.end()
    text.append(example[pos:])
    return "".join(text), pii, keep


def gold_docs() -> list[dict]:
    docs = []
    for n, ex in enumerate(EXAMPLES):
        text, pii, keep = parse(ex)
        docs.append({"id": f"own-{n:03d}", "text": text, "pii": pii, "keep": keep})
    return docs


# A second batch, written later, with harder phrasing and more context that must stay.
EXAMPLES_2 = [
    "Hulpvraag: {{role:budgetcoach}} gezocht. Aanpak: wekelijks huisbezoek.",
    "Resultaat na {{duration:zes weken}}: [[person:Yvonne]] opent haar post weer zelf.",
    "Wat werkte? Samen met [[person:Sevda Aydın]] een weekschema maken.",
    "Tip van [[person:Marco]]: begin klein, vier successen.",
    "Om 14:30 uur kwam de {{role:wijkagent}} langs; groep 7 van de basisschool werd ingelicht.",
    "De {{age:62-jarige}} man heeft € 1.250,- schuld en 3 kinderen.",
    "In de periode {{year:2019}}-{{year:2021}} waren er 12 meldingen.",
    "[[person:Demi]] (16) wil geen contact met haar vader [[person:Ronald]].",
    "Haar ex, [[person:Kwame Mensah]], woont inmiddels in {{city:Rotterdam}}.",
    "De familie [[person:Haddou]] is in {{year:2015}} uit Marokko gekomen.",
    "Volgens de {{role:huisarts}} (dokter [[person:Verhoef]]) is opname niet nodig.",
    "[[person:Guus]] zijn dochter [[person:Lieke]] komt elke zondag.",
    "Gesprek met mw. [[person:de Ruiter-Kok]] en haar kleinzoon [[person:Thijs]].",
    "Contactpersoon bij {{org:Staedion}}: [[person:Erik Verschuur]], [[phone:088 - 787 32 00]].",
    "Wij belden [[person:Olga]] op [[date:woensdag 8 mei]] om half tien.",
    "Er is een melding gedaan door [[person:Bram Mulder]] (buurman).",
    "Aanmelding: [[person:Nadia El Idrissi]], geboren [[date:14-02-1988]], [[bsn:232 425 711]].",
    "Schuld bij {{org:CAK}} en {{org:Belastingdienst}}; [[person:Fatma]] heeft {{org:Bbz}} aangevraagd.",
    "Ook [[person:Henk]] en [[person:Ria]] van de overkant helpen mee.",
    "Mijn collega [[person:Sanne]] nam het over toen ik ziek was.",
    "De {{role:jongerenwerker}} kent [[person:Rayan]] en [[person:Milan]] van het voetbalveld.",
    "Het gezin [[person:Pinas]] woont sinds kort op [[address:Escamplaan 12b]].",
    "Brief verstuurd naar [[address:Zuiderparklaan 300]], [[postcode:2574 HJ]] 's-Gravenhage.",
    "Op [[date:3 maart]] en [[date:10 maart]] was [[person:Joyce]] niet thuis.",
    "Mw zei dat [[person:Cor]] haar slaat. {{org:Veilig Thuis}} is ingeschakeld.",
    "Telefonisch contact met [[person:Ahmed]] via zijn neef [[person:Bilal]].",
    "De aanvraag voor {{org:bijzondere bijstand}} is afgewezen; bezwaar gemaakt op [[date:2/4/2024]].",
    "Na overleg met drs. [[person:P. Kuipers]] is besloten tot een {{org:Wmo}}-indicatie.",
    "Sinds januari is er geen huur betaald; in februari kwam de deurwaarder.",
    "Het {{org:Sociaal Wijkzorgteam}} in {{wijk:Segbroek}} hield een casusoverleg.",
    "Vader [[person:Mehmet]] werkt in de kassen in het {{city:Westland}}.",
    "[[person:Shanti Ramdhani]] en [[person:Roy Ramdhani]] zijn samen naar het {{org:Juridisch Loket}} gegaan.",
    "Eerste gesprek: maandag. Tweede gesprek: donderdag.",
    "Iedereen was het eens: [[person:Bas]] moet eerst rust krijgen.",
    "Familie [[person:Öztürk]] krijgt hulp van {{org:Vluchtelingenwerk}}.",
    "Mevr. [[person:Pauwels]] (81) valt vaak; de {{role:ergotherapeut}} kijkt naar de woning.",
    "E-mail van [[person:Karin]] ([[email:karin.veldman@staedion.nl]]) doorgestuurd.",
    "Kinderen: [[person:Noah]] ({{age:7}}), [[person:Emma]] ({{age:5}}) en [[person:Sem]] ({{age:2}}).",
    "[[person:Dirk]] belde om te zeggen dat hij de afspraak vergeten was.",
    "[[person:Eva]] wilde niet dat haar moeder werd ingelicht.",
    "Zij noemt haar buurvrouw [[person:Tante Door]] maar er is geen familieband.",
    "Dossiernummer: [[dossier:JZ-2022-00981]]. Beschikking verlopen.",
]


def gold_docs_2() -> list[dict]:
    docs = []
    for n, ex in enumerate(EXAMPLES_2):
        text, pii, keep = parse(ex)
        docs.append({"id": f"own2-{n:03d}", "text": text, "pii": pii, "keep": keep})
    return docs


def check(example: str) -> list[str]:
    """Problems with the finder's output on one marked-up example (empty when right)."""
    from pilot.privacy import find_personal_data

    text, pii, keep = parse(example)
    findings = find_personal_data(text)
    chars = {i for f in findings for i in range(f.start, f.end)}
    problems = []
    for g in pii:
        if any(i not in chars and not text[i].isspace() for i in range(g["start"], g["end"])):
            problems.append(f"missed {g['label']} {g['text']!r}")
    for k in keep:
        if any(f.start < k["end"] and k["start"] < f.end for f in findings):
            problems.append(f"hid {k['label']} {k['text']!r}")
    for f in findings:
        if not any(f.start < g["end"] and g["start"] < f.end for g in pii):
            problems.append(f"false {f.label} {f.text!r}")
    return problems
