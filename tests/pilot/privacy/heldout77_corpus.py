#!/usr/bin/env python3
"""heldout77_corpus.py - independent held-out test corpus for the Dutch personal-data finder.

Register: pilot / knowledge-platform writing and the documents behind it (case-lesson drafts
that still contain client details, reviewers' comments, discussion-thread messages, session
minutes and attendance lists, theme pages, pasted excerpts from intake forms, letters, e-mails).

Markup in TEXTS:  [[tag:span]] = personal data (p person, bsn, tel phone, mail email, iban,
pc postcode, adr address, d date, dos dossier);  {{tag:span}} = context to keep (w wijk,
o org, r role).  [[bsn:@]] / [[iban:@BANK]] are filled with generated valid numbers
(format suffixes: bsn "@." dotted, "@ " spaced, "@-" dashed; iban trailing space = grouped,
"~" = grouped lower-case).  Texts are separated by lines "~~~".
Deterministic: run `python3 heldout77_corpus.py` -> heldout77.jsonl next to this file.
"""

import os
import json, random, re

PII = {
    "p": "person",
    "bsn": "bsn",
    "tel": "phone",
    "mail": "email",
    "iban": "iban",
    "pc": "postcode",
    "adr": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def bsn(self):
        while True:
            d = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(7)]
            s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
            c = s % 11
            if c < 10:
                return "".join(map(str, d + [c]))

    def iban(self, bank):
        acct = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        if acct[0] == "0":
            acct = "1" + acct[1:]
        raw = bank + acct + "NL00"
        num = int("".join(str(int(ch, 36)) for ch in raw))
        chk = 98 - num % 97
        return "NL%02d%s%s" % (chk, bank, acct)


def render(kind, val, gen):
    """kind 'bsn' / 'iban' with @-spec -> generated value in requested format"""
    if kind == "bsn":
        b = gen.bsn()
        fmt = val[1:]
        if fmt == ".":
            return b[:4] + "." + b[4:6] + "." + b[6:]
        if fmt == " ":
            return b[:3] + " " + b[3:6] + " " + b[6:]
        if fmt == "-":
            return b[:3] + "-" + b[3:6] + "-" + b[6:]
        return b
    if kind == "iban":
        spec = val[1:]
        spaced = spec.endswith(" ")
        low = spec.endswith("~")
        bank = spec.strip(" ~") or "INGB"
        i = gen.iban(bank)
        if spaced:
            i = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
        if low:
            i = " ".join(i[k : k + 4] for k in range(0, len(i), 4)).lower()
        return i
    raise ValueError(kind)


def parse(marked, gen):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            tag, val = m.group(1), m.group(2)
            if tag not in PII:
                raise ValueError("bad tag %r in %r" % (tag, marked[:60]))
            if tag in ("bsn", "iban") and val.startswith("@"):
                val = render(tag, val, gen)
            pii.append({"start": cur, "end": cur + len(val), "label": PII[tag], "text": val})
        else:
            tag, val = m.group(3), m.group(4)
            if tag not in KEEP:
                raise ValueError("bad keep tag %r in %r" % (tag, marked[:60]))
            keep.append({"start": cur, "end": cur + len(val), "label": KEEP[tag], "text": val})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("leftover markup: %r" % text[:80])
    return text, pii, keep


def split_texts(blob):
    return [t.strip("\n ") for t in re.split(r"^~~~\s*$", blob, flags=re.M) if t.strip()]


def check_bsn(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def check_iban(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


TEXTS = r"""
CONCEPT casusles bemoeizorg – nog NIET anonimiseren, eerst feedback
Ingediend door [[p:Marloes]] ({{r:wijkverpleegkundige}}, SWT {{w:Moerwijk}})

Dhr. [[p:Henk Koster]] (71) woont sinds het overlijden van zijn vrouw alleen aan de [[adr:Zuidlarenstraat 88]]. Buurvrouw [[p:Roos]] belde op [[d:12 februari]] naar het {{o:Servicepunt XL}} omdat de post zich opstapelde en er een vieze lucht uit de brievenbus kwam. Bij het eerste huisbezoek deed hij niet open. Pas de derde keer, samen met de {{r:wijkagent}}, mochten we binnen. Les: niet te snel opgeven, en de buren serieus nemen. Ik hoop dat dit bruikbaar is voor het thema, [[p:Henk]] vindt het goed dat we zijn verhaal delen (toestemming getekend [[d:3-4-2024]]).
~~~
Casusles (concept v2) – Thema: schulden en LVB
Mevrouw [[p:Naima Azzouzi]] (34), drie kinderen, woont op [[adr:Hoefkade 212-B]], [[pc:2526 BX]]. Ze kwam binnen via de {{r:MEE-consulent}} nadat {{o:Haag Wonen}} een ontruimingsaanzegging stuurde (kenmerk [[dos:HW-2024-08817]]). Totale schuld rond € 14.000, verspreid over elf schuldeisers. [[p:Naima]] kan brieven lezen maar begrijpt ze niet; alles ging ongeopend in een la. Wat werkte: één vaste contactpersoon ([[p:Youssef]] van {{o:Schuldhulpverlening}}) en een weekvast moment op dinsdag om samen de post te openen. Wat niet werkte: doorverwijzen naar het {{o:Juridisch Loket}} zonder warme overdracht.
~~~
Draft casusles – graag meelezen!
Cliënt: mw. [[p:A. Öztürk-Demir]], geb. [[d:14-07-1961]], BSN [[bsn:@]]
Adres: [[adr:Vlierboomstraat 433]], {{w:Bomen- en Bloemenbuurt}}

Mevrouw heeft na een CVA moeite met plannen. Dochter [[p:Ayşe]] regelt veel, maar woont in Zoetermeer en werkt fulltime. De {{r:Wmo-adviseur}} heeft huishoudelijke hulp toegekend, maar mevrouw stuurde de hulp drie keer weg ("die meid poetst niet goed"). Inzicht: eerst kennismaken mét de dochter erbij, pas dan starten. Dit scheelde bij een vergelijkbare cliënt in {{w:Loosduinen}} weken gedoe.
~~~
casusles ouderen / eenzaamheid – ruwe versie, [[p:Peter]] maakt hem nog netjes

mw [[p:de wit]] (86) belt bijna dagelijks de huisartsenpraktijk op de [[adr:Fahrenheitstraat 5]] met klachten waar de {{r:huisarts}} niets mee kan. {{r:POH-GGZ}} [[p:Linda Bakker]] vroeg ons om mee te denken. Bij huisbezoek bleek ze sinds de zomer niemand meer te spreken behalve de bezorger van de {{o:Albert Heijn}}. We hebben haar gekoppeld aan een maatje van {{o:VoorElkaar}} ([[p:Gerrit]], 68, zelf weduwnaar). Sindsdien belt mw. [[p:De Wit]] de praktijk nog maar eens per week. Tel. mw: [[tel:070-3252914]] (alleen voor intern gebruik, straks weghalen).
~~~
Concept les – huiselijk geweld, {{w:Transvaal}}
[[p:Shanti Jagessar]] (29) meldde zich op [[d:maandag 8 januari]] bij de {{r:maatschappelijk werker}} in het wijkcentrum met een blauwe plek op haar arm. Partner [[p:Radjesh]] (31) is bekend bij de politie. Er loopt een melding bij {{o:Veilig Thuis}}, nummer [[dos:VT-2024-00413]]. Kinderen [[p:Anjali]] (6) en [[p:Dev]] (4) zitten op school in de wijk; {{o:CJG}} is aangehaakt. Lesje voor ons: vraag altijd door naar de kinderen, ook als mevrouw zegt dat ze er niks van merken.
~~~
Casusles (mag na anonimiseren op het platform):
"Van zorgmijder naar vaste gast in het buurthuis"

Dhr. [[p:Kwame Mensah]], 58 jaar, ex-havenwerker, kwam in beeld via de {{r:woonconsulent}} van {{o:Staedion}} na klachten over geluid. Meneer bleek 's nachts te drinken en overdag te slapen. Hij weigerde elke vorm van {{o:GGZ}}. [[p:Abena]], zijn zus, woont in Amsterdam en had hem al twee jaar niet gezien. Via haar ([[tel:06-41873302]]) kwamen we binnen. Na vier maanden gaat [[p:Kwame]] drie ochtenden per week naar de koffietafel van het {{o:Leger des Heils}} aan de [[adr:Prinsegracht 58]]. Sleutel: de familie als ingang gebruiken.
~~~
Concept casusles jeugd/gezin – auteur [[p:Ilse van Leeuwen]]
Gezin [[p:Nowak]]: vader [[p:Tomasz]] werkt via een uitzendbureau in de kassen in het Westland, moeder [[p:Agnieszka]] spreekt weinig Nederlands. Zoon [[p:Kacper]] (14) verzuimt; de {{r:leerplichtambtenaar}} dreigde met proces-verbaal. Adres [[adr:Wouwermanstraat 17-III]], [[pc:2526TR]]. Huurcontract loopt via de werkgever (!), dus bij ontslag ook meteen dakloos. Les: bij arbeidsmigranten eerst checken hoe wonen en werk aan elkaar vastzitten. {{r:Jeugdconsulent}} [[p:Sven]] van het {{o:CJG}} heeft het gezinsplan samen met ons gemaakt: één gezin, één plan.
~~~
casus voor bespreking [[d:14-3]] (werktitel: "de kat")
Mevrouw [[p:Gisela Sulvaran]], 66, {{w:Mariahoeve}}. Woont met elf katten in een tweekamerflat op de [[adr:Ruusbroeclaan 118]]. Verhuurder wil ontruimen. De {{r:casemanager dementie}} ([[p:Jolanda]]) vermoedt beginnende dementie, mevrouw wil geen onderzoek. Dochter [[p:Ivonne]] zit op Curaçao, bereikbaar via [[tel:+599 9 5124876]]. Wat we geleerd hebben: de katten waren voor haar het enige wat telde. Pas toen de dierenambulance meedacht over herplaatsing van zeven katten ging ze akkoord met een indicatie. Datum gesprek met dochter: [[d:21/03/2024]].
~~~
Concept – niet delen buiten team!
Naam: [[p:Yonas Haile]]
Geb.datum: [[d:01-09-1996]]
Status: statushouder sinds 2019
Adres: [[adr:Jan Blankenstraat 44 bis]], [[pc:2515 ZK]] Den Haag
Tel: [[tel:0687441209]]

[[p:Yonas]] (27) kwam via {{o:VluchtelingenWerk}} bij ons. Hij slaapt slecht, nachtmerries, maar "in Eritrea ga je niet naar een psycholoog". Via een {{r:ervaringsdeskundige}} die dezelfde taal spreekt ([[p:Semhar]]) is hij toch naar de {{r:POH-GGZ}} gegaan. Les: taal en cultuur van de hulpverlener doen ertoe, maar een ervaringsdeskundige doet meer dan een tolk.
~~~
Casusles thema ouderen – "Twee mantelzorgers, één moeder"
Mevrouw [[p:Truus van Dijk]] (89) woont in {{w:Bezuidenhout}}. Haar zoons [[p:Kees]] en [[p:Wim]] zijn het oneens over een verpleeghuis. [[p:Wim]] belde ons drie keer in één week ([[tel:06 – 22 81 47 90]]), [[p:Kees]] mailde de {{r:huisarts}} dat zijn broer "alles wil verkopen". De {{r:ouderenconsulent}} organiseerde een familiegesprek op [[d:woensdag 17 april]] in de praktijk. Les: bij conflicten tussen mantelzorgers een neutrale gespreksleider inschakelen, en moeder zelf het eerst laten praten. Mw. [[p:Van Dijk]] koos zelf voor dagbesteding bij {{o:Florence}}, niet voor opname.
~~~
Casusles (concept) – [[p:Jurensley]] en de boete
[[p:Jurensley Martina]] (23) kwam in 2022 van Curaçao en kreeg binnen een jaar € 3.100 aan CJIB-boetes, vooral zwartrijden. Hij sliep bij een tante op de [[adr:Kempstraat 161]]. Geen BSN in het begin, dus geen uitkering, geen zorgverzekering. Wij zijn gaan samenwerken met de {{r:jongerenwerker}} van {{o:Xtra}} ({{w:Schilderswijk}}). Inschrijving BRP gelukt op [[d:9 okt 2023]]. Les: zonder inschrijving loopt alles vast, dat moet stap één zijn, niet de schulden.
~~~
concept les – ingediend [[d:2 mei]], reviewer nog toewijzen
Clt: dhr. [[p:F. Noorzai]], 44, Afghaans, zes kinderen, wonend [[adr:Zuiderparklaan 301-1]]. Cliëntnr. {{o:Sociale Dienst}} [[dos:3084412]]. Bijstandsuitkering gekort omdat hij een brief over de inlichtingenplicht niet begreep. Vrouw [[p:Zahra]] was degene die ons belde. We hebben met de {{r:klantmanager}} van de {{o:Dienst SZW}} gezeten en de korting is teruggedraaid. Mooie les voor het thema armoede: vraag of brieven begrepen worden, niet of ze gelezen zijn.
~~~
Casusles – mag op platform na check privacy
"De overbuurman als mantelzorger"

Dhr. [[p:Stoyan Ivanov]] (52) uit Bulgarije, werkloos na een bedrijfsongeval, woont boven een kapperszaak op de [[adr:Paul Krugerlaan 212A]]. Overbuurman [[p:Bram]] doet zijn boodschappen bij de {{o:Lidl}} en zorgt dat hij zijn medicijnen neemt. [[p:Bram]] wil geen erkenning als mantelzorger, "ik ben gewoon de buurman". De {{r:mantelzorgconsulent}} van {{o:Xtra}} heeft hem toch een waardering gegeven (de Haagse mantelzorgwaardering). Les: informele zorg bestaat vaak al, je moet het alleen zien.
~~~
CONCEPT – huisuitzetting voorkomen
Mw. [[p:Faadumo Hirsi]], [[adr:Sportlaan 12-hs]]? Nee, verkeerd: het is [[adr:Stuwstraat 12-hs]], [[pc:2516 TC]]. Vijf maanden huurachterstand bij {{o:Vestia}}. Mevrouw werkt als schoonmaakster in de nacht en slaapt overdag, mist daardoor alle afspraken. We hebben de afspraken verplaatst naar vier uur 's middags. Betalingsregeling afgesloten op [[d:15-11-'23]]. Contactpersoon corporatie: [[p:René Dekker]], [[mail:r.dekker@vestia.nl]]. Les: pas je werktijden aan de cliënt aan, niet andersom.
~~~
Casusles thema jeugd (18-/18+)
[[p:Djenifer Lopes Tavares]] wordt op [[d:30 juni]] 18. Haar {{r:jeugdconsulent}} stopt dan, {{o:Jeugdbescherming west}} ook. Moeder [[p:Maria Fortes]] is Kaapverdiaans en spreekt Portugees en Kriolu. [[p:Djenifer]] heeft een LVB, studeert op de entree-opleiding en heeft al een telefoonabonnement met achterstand. We willen de overgang 18-/18+ als casusles inbrengen omdat het bij ons in {{w:Schilderswijk}} veel vaker speelt. Dossier bij ons: [[dos:SWT-SW-2024-117]].
~~~
Concept les v1 – [[p:Mehmet Kaya]]
Meneer [[p:Kaya]], 63, diabetes, been geamputeerd in 2021. Woont op de derde verdieping zonder lift, [[adr:Soestdijksekade 402]]. Wmo-aanvraag traplift afgewezen want "woningaanpassing niet mogelijk", verhuisurgentie aangevraagd op [[d:3 januari 2024]], nog geen antwoord. Ondertussen komt meneer al vier maanden de deur niet uit. De {{r:wijkverpleegkundige}} ziet dat zijn wond slecht geneest. Ik zou graag van andere teams horen hoe ze urgentie sneller rond krijgen. Contact: [[p:Berna]], [[mail:berna.yildiz@denhaag.nl]].
~~~
Casusles – "de stille schuld"
Mevrouw [[p:Mei Ling Chen]] (45) runt samen met haar man [[p:Wei]] een afhaalrestaurant. Na corona kwam de TOZO-terugvordering: € 9.800. Ze heeft nooit hulp gevraagd, schaamte is groot. Kwam in beeld doordat haar dochter [[p:Lily]] (16) op school huilde; de {{r:schoolmaatschappelijk werker}} belde ons. We zijn in mei langsgegaan, na sluitingstijd. Afspraak met {{o:Kredietbank}} op [[d:22-05]]. Les: ondernemers vallen tussen wal en schip, en schaamte is een grotere drempel dan taal.
~~~
casusles – let op: namen nog vervangen door X, Y
Gezin [[p:Haddad]] ({{w:Laakkwartier}}). Vader [[p:Rami]] (41), moeder [[p:Nour]] (38), vier kinderen. Vader werd in Syrië gemarteld, is sinds de gezinshereniging in 2020 niet meer de oude. Moeder draagt alles. Zoon [[p:Khaled]] (15) is agressief op school. Aanmelding via {{o:CJG}} op [[d:11-12-2023]]. Wij hebben samen met {{o:i-psy}} een traject voor vader opgezet; het lukte pas toen de {{r:huisarts}} het "slaapklachten" noemde in plaats van trauma. Les: woorden kiezen die de cliënt zelf gebruikt.
~~~
Concept v3 (na opmerkingen [[p:Annemiek]])
Titel: Wijkverpleging en schuldhulp aan één tafel

Dhr. [[p:Errol Wolff]] (67), COPD, woont in {{w:Morgenstond}} op de [[adr:Melis Stokelaan 1780]]. Energieschuld ruim € 2.000, afsluiting dreigde per [[d:1 maart]]. {{r:Wijkverpleegkundige}} [[p:Hanneke]] zag de stapel aanmaningen bij het wondverzorgen. Zij nam contact op met de {{r:schuldhulpverlener}} en binnen een week zaten ze samen bij meneer aan de keukentafel. Les: de wijkverpleging is vaak de eerste die schulden ziet, spreek af wie dan belt.
~~~
casusles thema bemoeizorg (concept, [[p:Dennis]])
Man, 49, [[p:Piotr]] (achternaam [[p:Zieliński]]), slaapt sinds april in een tentje in het Zuiderpark. Geen adres, geen post. Briefadres geregeld via {{o:Kessler Stichting}} op [[d:7 juni 2024]]. Hij wil terug naar Polen maar heeft geen paspoort meer. De {{r:bemoeizorger}} van {{o:Parnassia}} kent hem al jaren. Les: bij daklozen zonder papieren eerst het consulaat betrekken, dat deed niemand.
~~~
Casusles in wording – graag reacties
Mw. [[p:Hatice Çelik]] (55), [[adr:Delftselaan 9 C]], {{w:Rustenburg-Oostbroek}}. Mantelzorger voor haar dementerende moeder én haar zoon met autisme ([[p:Emre]], 24). Ze is op. Aanmelding via de {{r:huisarts}} met de vraag "respijtzorg?". Respijtzorg kon pas na zes weken. Tussentijds: buurvrouw [[p:Sevgi]] kwam twee middagen. Dat was goedkoper, sneller en beter. Les: kijk eerst in het eigen netwerk.
~~~
CONCEPT casusles – burenruzie
Bewoners van de portiek op de [[adr:Boekhorststraat 30]] (nrs 30, 32, 34) klagen al jaren over elkaar. Dhr. [[p:G. Pinas]] (2-hoog) speelt 's nachts muziek, mw. [[p:Ruth Sabajo]] (1-hoog) belt de politie. De {{r:buurtbemiddelaar}} kreeg ze niet aan tafel. Uiteindelijk bleek dhr. [[p:Pinas]] een psychose te hebben; {{o:GGZ}} werd ingeschakeld via de {{r:wijkagent}}. Les: bij "burenruzie" altijd checken of er iets anders speelt.
~~~
Casusles, concept – "Zij wilde alleen een fiets"
[[p:Helen Gebremedhin]] (31) kwam naar het {{o:Servicepunt XL}} in {{w:Escamp}} met de vraag om een fiets. Tijdens het gesprek bleek ze niet te weten dat ze recht had op kinderopvangtoeslag en op de {{o:Ooievaarspas}}. Ze had sinds [[d:1 januari]] geen toeslag meer omdat een brief van de {{o:Belastingdienst}} niet aankwam (verkeerd adres: [[adr:Leyweg 914]] i.p.v. [[adr:Leyweg 941]]). Les: een kleine vraag is vaak de deur naar de grote.
~~~
Concept casusles – onderwerp: geldzorgen bij ouderen
Dhr. en mw. [[p:Brouwer]], 78 en 80, {{w:Duindorp}}. Hij heeft {{r:bewindvoerder}} mr. [[p:H.J. Smit]] sinds een herseninfarct. Mevrouw snapt niet waarom ze "leefgeld" krijgt en belt elke week met de bewindvoerder ([[tel:(070) 362 48 11]]). Gesprek samen gepland op [[d:do 6-6]]. Les: bewindvoering regelt het geld maar niet het gevoel; leg het het stel allebei uit.
~~~
Casusles concept ([[p:Fleur]] en [[p:Bas]] samen geschreven)
Een jonge moeder, [[p:Amber de Jong]] (19), {{w:Vrederust}}, baby van drie maanden. Wonend bij haar oma op de [[adr:Arnold Spoelplein 54]]. Oma wil haar het huis uit. Jeugd en volwassenen tegelijk: {{o:CJG}} voor de baby, wij voor [[p:Amber]]. [[p:Amber]] wil zelf geen hulp "van de gemeente" want ze is bang dat ze haar kind afpakken. Les: begin bij haar eigen doel (een eigen woning) en leg uit wat het {{o:CJG}} wél en niet doet.
~~~
Concept – dementie en verwaarlozing
Meneer [[p:J.W. Visser]] (geb. [[d:2-2-1942]]) woont alleen in een benedenwoning op de [[adr:Laan van Meerdervoort 1410]]. De visboer op de markt merkte dat meneer drie keer per dag dezelfde vis kwam kopen. Zijn enige zoon, [[p:Rob]], woont in Canada. De {{r:casemanager dementie}} kreeg pas contact via [[mail:rob.visser1971@gmail.com]]. Met toestemming van [[p:Rob]] is er nu een {{r:bewindvoerder}} en komt de thuiszorg van {{o:Florence}} twee keer per dag. Les: winkeliers in de wijk zijn ogen en oren.
~~~
Review – casusles "de stille schuld"
Reviewer: [[p:Annemiek Verhoef]] ({{r:facilitator}}, {{o:CAOP}}), [[d:18 april 2024]]

Sterke les, goed geschreven. Wel nog te herkenbaar:
- r. 1: naam mevrouw + man ([[p:Mei Ling]], [[p:Wei]]) vervangen door "mevrouw C." en "haar man"
- een afhaalrestaurant + "dochter van 16 huilde op school" maakt het in een kleine wijk direct herleidbaar. Kun je "een eigen bedrijf" schrijven?
- afspraakdatum [[d:22-05]] mag weg, voegt niets toe
Bedrag van de terugvordering mag blijven.
~~~
Opmerking reviewer bij concept "[[p:Yonas]]":
In de kop staan nog geboortedatum ([[d:01-09-1996]]), adres en 06-nummer. Die horen er nooit in, ook niet in een concept – het concept staat op het platform en is voor alle twintig deelnemers zichtbaar. Ik heb de versie even op "verborgen" gezet. Verder: "statushouder sinds 2019" en "Eritrea" mogen blijven, dat is context. Groet, [[p:Mohamed]]
~~~
Feedback van [[p:Corine]] op de les van [[p:Marloes]]:
Heel herkenbaar voor {{w:Moerwijk}}! Twee dingen. 1) De straat + nummer van meneer staat er nog in ([[adr:Zuidlarenstraat 88]]), en zijn voor- én achternaam. Maak er "dhr. K., 71" van. 2) De buurvrouw heet [[p:Roos]], dat is ook een naam, haal die weg – "een buurvrouw" is genoeg. En de toestemmingsdatum hoeft niet in de tekst, die zit in het systeem.
~~~
REVIEW (2e lezer) – [[p:Tim de Boer]], {{r:beleidsmedewerker}} gemeente
Inhoudelijk: de rol van de {{r:woonconsulent}} komt goed naar voren. Privacy: het telefoonnummer van de zus ([[tel:06-41873302]]) moet eruit, en "ex-havenwerker van 58 uit Ghana" in combinatie met de koffietafel aan de Prinsegracht is te specifiek. Het adres van het {{o:Leger des Heils}} zelf mag, maar dan zonder huisnummer. Advies: aanpassen, daarna publiceren.
~~~
reviewer-opmerking (kort): [[p:Naima]] → "mevrouw", [[adr:Hoefkade 212-B]] en [[pc:2526 BX]] weg, kenmerk [[dos:HW-2024-08817]] weg. De rest prima. /[[p:Jeroen]]
~~~
Review concept "burenruzie" – [[d:ma 27 mei]]
Goede les, maar het complete adres van de portiek staat erin: [[adr:Boekhorststraat 30]]. Daarmee weet iedere collega uit {{w:Schilderswijk}} om wie het gaat. Ook dhr. [[p:G. Pinas]] en mw. [[p:Sabajo]] anonimiseren. "1-hoog" en "2-hoog" kunnen blijven. Psychose noemen is medische info, graag algemener: "er bleek psychiatrische problematiek te spelen".
Met vriendelijke groet,
[[p:Esther Koolhoven]]
{{r:privacy officer}} {{o:Gemeente Den Haag}}
~~~
Opmerking bij regel 4: "Partner [[p:Radjesh]] (31) is bekend bij de politie" – dit is strafrechtelijke informatie én een naam. Weg ermee. Ook het {{o:Veilig Thuis}}-nummer ([[dos:VT-2024-00413]]). De namen van de kinderen ([[p:Anjali]], [[p:Dev]]) hoeven er echt niet in. — [[p:Ingrid]] ({{r:teamleider}} SWT {{w:Escamp}})
~~~
Reviewcommentaar [[p:Sandra]] op v2:
Is dit dezelfde mevrouw als in de les van [[p:Berna]] van vorige maand? Dan raad ik aan die twee te bundelen. Nog één ding: je schrijft "mw. [[p:Öztürk]]" in alinea twee en in alinea drie nog een keer "mevrouw [[p:Öztürk-Demir]]" – beide vervangen. En [[p:Ayşe]]'s woonplaats (Zoetermeer) kan weg.
~~~
Review – "Twee mantelzorgers, één moeder"
door [[p:Wendy Hoek]], {{r:ouderenadviseur}} {{o:Xtra}}, [[d:2024-05-06]]

Mooi voorbeeld van familiegesprek. Wel: de namen van de zoons ([[p:Kees]] en [[p:Wim]]) en het mobiele nummer van [[p:Wim]] ([[tel:06 – 22 81 47 90]]) moeten eruit. Ook "mw. [[p:Van Dijk]]" aan het eind. De datum van het familiegesprek ([[d:woensdag 17 april]]) is niet nodig; "in het voorjaar" is genoeg. Dagbesteding bij {{o:Florence}} mag blijven staan.
~~~
Hoi [[p:Dennis]], ik heb je les over [[p:Piotr]] gelezen. Het consulaat-verhaal is goud! Maar achternaam + Zuiderpark + tentje = iedereen in {{w:Moerwijk}} weet wie het is. Kun je ook de datum van het briefadres ([[d:7 juni 2024]]) weglaten? Groetjes [[p:Lotte]]
~~~
Reviewer: [[p:A. el Khatib]]
Status: terug naar auteur
Toelichting: Dit concept bevat een BSN ([[bsn:@]]). Concepten met een BSN mogen volgens de afspraken van de startbijeenkomst niet eens geüpload worden. Ik heb {{r:functionaris gegevensbescherming}} [[p:Paul Mulder]] geïnformeerd. Graag opnieuw uploaden zonder de kop met persoonsgegevens.
~~~
Reviewopmerking – casus [[dos:SWT-SW-2024-117]]
Je noemt het interne dossiernummer. Dat hoort niet op het platform. Ook "wordt op [[d:30 juni]] 18" maakt haar vindbaar, schrijf "wordt deze zomer 18". Kaapverdiaans en Portugees mag, maar niet tegelijk met de wijk en de entree-opleiding. Kies er één. [[p:Fatoumata]]
~~~
Tweede review (inhoud) – [[p:Hans Bakker]], {{r:projectleider}} {{o:Crossover}}
Prima les over schuldhulp en wijkverpleging. Suggestie: noem de rol van de {{r:wijkverpleegkundige}} expliciet in de titel. Privacy is al door [[p:Annemiek]] bekeken. Let op: in de bijlage (foto van de aanmaning) staat nog de naam [[p:E. Wolff]] en klantnummer [[dos:200417733]] ({{o:Eneco}}). Bijlage verwijderd.
~~~
Opmerking reviewer [[d:3-6-24]]:
"[[p:Fleur]] en [[p:Bas]]" als auteurs is prima. Maar de cliënt "[[p:Amber de Jong]] (19)" staat er met volledige naam in, en het adres van oma ([[adr:Arnold Spoelplein 54]]). Liever "een jonge moeder (19)". {{w:Vrederust}} mag blijven. – [[p:Kim]]
~~~
Review door [[p:Hamza]]:
de les is top maar echt alles moet nog geanonimiseerd, zelfs de titel heeft zijn voornaam erin ("[[p:Jurensley]] en de boete"). ook [[adr:Kempstraat 161]] en de datum van inschrijving ([[d:9 okt 2023]]). ik zou de tante ook niet noemen. {{o:Xtra}} en {{w:Schilderswijk}} kunnen blijven.
~~~
Reviewcommentaar (automatische melding + [[p:Gert-Jan]])
Het systeem vond in deze les: e-mailadres ([[mail:berna.yildiz@denhaag.nl]]) en een adres ([[adr:Soestdijksekade 402]]). Het mailadres van de auteur hoort in het profiel, niet in de tekst. Verder mooie vraag aan andere teams, ik heb hem doorgezet naar de themagroep ouderen.
~~~
Opmerking bij alinea 2 (reviewer: [[p:Wendy]])
– "[[p:Faadumo]]" nog vervangen
– beide adressen ([[adr:Stuwstraat 12-hs]] / [[pc:2516 TC]]) en het "verkeerde" adres weg
– naam + mail van de contactpersoon bij {{o:Vestia}} ([[p:René Dekker]], [[mail:r.dekker@vestia.nl]]) weg; hij is geen cliënt maar wel herkenbaar
– "schoonmaakster in de nacht" is oké
~~~
Review [[p:Lotte]] → [[p:Ilse]]:
Je les over gezin [[p:Nowak]] is sterk. Kleine dingen: het huisnummer met "-III" ([[adr:Wouwermanstraat 17-III]]) en postcode [[pc:2526TR]] weghalen, de voornamen van de ouders en van [[p:Kacper]] ook. "Het Westland" en "uitzendbureau" mogen. De naam van {{r:jeugdconsulent}} [[p:Sven]] zou ik ook weglaten, hij werkt alleen in jullie wijk.
~~~
Re: Casusles "de kat" – [[p:Jolanda]] ({{r:casemanager dementie}})
Herkenbaar! Wij hadden in {{w:Ypenburg}} een meneer met duiven. Zelfde verhaal: pas toen we met de duivenvereniging belden ging hij praten. @[[p:Gisela]] – sorry, ik bedoel @[[p:Giselle]], jij schreef de les toch? Zullen we samen een les "dieren als ingang" maken?
~~~
Re: Re: Casusles "de kat"
@[[p:Jolanda]] ja leuk! Maar let op: je noemde net per ongeluk de voornaam van de cliënt in je reactie 🙈 Ik heb de moderator gevraagd het aan te passen. Ik bel je dinsdag, [[tel:06-18290344]] klopt nog?
[[p:Giselle]]
~~~
Draad: Thema bemoeizorg – wie heeft ervaring met de {{o:Kessler Stichting}} als briefadres?
[[p:Karim Ouali]] ({{r:maatschappelijk werker}}, SWT {{w:Laak}}): Wij lopen vast bij een man zonder adres, hij is uitgeschreven sinds [[d:15-01-2024]]. Iemand een directe contactpersoon?
[[p:Dennis]]: @[[p:Karim]] ja, [[p:Monique Schouten]], [[tel:070 – 388 00 12]]. Zeg dat je van het SWT bent.
[[p:Karim]]: top, dank!
~~~
Discussie: "Hoe krijg je een zorgmijder naar de huisarts?"
[[p:Priscilla]] ({{r:SPV}}, {{o:Parnassia}}) schreef op [[d:di 9 april]]:
Bij ons werkt het goed om de {{r:huisarts}} mee te nemen op huisbezoek. Klinkt duur, maar één bezoek scheelt maanden. Bij mw. K. in {{w:Spoorwijk}} was dat de doorbraak. Dr. [[p:Bouwman]] ging gewoon mee, in zijn vrije middag.
~~~
Reactie van [[p:Sander Vink]]:
Eens met [[p:Priscilla]]. Maar lang niet elke huisarts doet dat. Bij de praktijk op de [[adr:Vaillantlaan 121]] kregen we nul reactie. Wat wel hielp: de {{r:POH-GGZ}} daar, [[p:Nadia]], is heel toegankelijk. Bereikbaar op dinsdag en donderdag via [[tel:070-3891276]].
~~~
@[[p:Sander]] dank! Mag ik vragen: heeft [[p:Nadia]] ook een direct mailadres? Ik zit met een meneer (dhr. [[p:Ramsaran]], [[adr:Paradijsvogelstraat 33]]) die zijn medicatie niet meer ophaalt. Apotheek belde ons op [[d:maandag 15/4]]. groet [[p:Tessa]]
~~~
Re: medicatie ophalen – [[p:Tessa]], stuur me even een privébericht, we zetten geen cliëntnamen of adressen in de draad 😉 [[p:Nadia]]'s mail is [[mail:n.bouhali@hapraktijkvaillant.nl]]. [[p:Sander]]
~~~
Vraag aan alle teams (thema huiselijk geweld):
Wie heeft ervaring met het Tijdelijk Huisverbod in combinatie met een LVB-pleger? Wij hebben een gezin in {{w:Regentessekwartier}} (meneer [[p:de Haan]], mevrouw [[p:Winter]]) waar de politie op [[d:zaterdag 20 april]] een huisverbod oplegde. Meneer begrijpt niet waarom hij niet naar huis mag. Reacties graag voor vrijdag. [[p:Joyce]], {{r:casusregisseur}}
~~~
[[p:Mustafa Erdoğan]] schreef:
Herkenbaar [[p:Joyce]]. Wij schakelen dan de {{r:MEE-consulent}} in vóór het eerste gesprek met de pleger. Bij ons werkte dat bij een jongen van 22, [[p:Dylan]]. Hij tekende het plan pas nadat [[p:Marieke]] van {{o:MEE}} het met pictogrammen uitlegde.
~~~
Re: Huisverbod + LVB
Zie ook de les van vorig jaar, "Pictogrammen bij veiligheidsplan" (auteur [[p:Marieke Kuiper]]). Die stond nog in de oude omgeving onder zaaknummer [[dos:2023-04117]]. Kan iemand van de moderatoren die overzetten? – [[p:Joyce]] (ps [[p:Mustafa]]: bedankt!!)
~~~
Nieuw draadje – wie kent een goede tolk Tigrinya?
Wij werken nu met de tolkentelefoon, maar de verbinding is slecht en de cliënt ([[p:Mehret]], 34) vertrouwt het niet. @[[p:Semhar]] jij kent toch iemand? Ik zit in {{w:Zeeheldenkwartier}}, bel me op [[tel:06 38 20 47 15]]. – [[p:Barbara]]
~~~
[[p:Semhar T.]]: ja, [[p:Tesfay]] doet het als vrijwilliger voor {{o:VluchtelingenWerk}}. Niet officieel beëdigd dus niet voor de rechter, wel voor keukentafelgesprekken. Zijn nummer geef ik je via de telefoon, niet hier.
~~~
Draad "Dag van de mantelzorg"
Leuk idee van [[p:Wendy]] om op [[d:10 november]] iets te doen met alle mantelzorgers die we kennen. Ik heb er in {{w:Mariahoeve}} zeker vijf, o.a. mw. [[p:Bakker]] (haar man heeft Parkinson) en dhr. [[p:Lie]] (zorgt voor zijn zoon). Ik hoop dat de {{o:Ooievaarspas}}-korting ook voor dat uitje geldt?
~~~
Re: Dag van de mantelzorg
Ja [[p:Ronald]], de mantelzorgwaardering mag je daarvoor gebruiken, maar vermeld liever geen namen hier. Stuur de lijst naar [[mail:mantelzorg@xtra.nl]], dan nodigen zij uit. Groeten, [[p:Wendy]] ({{r:mantelzorgconsulent}})
~~~
Vraag (geen casus, algemeen): kan ik de toestemmingsverklaring van een cliënt ook digitaal laten tekenen? Mijn cliënt zit in een {{o:Sonneheerdt}}-opvang en heeft geen printer, alleen een telefoon. Ik ben [[p:Chantal]] van SWT {{w:Centrum}}. Antwoord mag ook naar [[mail:c.vanhouten@swtcentrum.nl]].
~~~
[[p:Eveline]] (jurist, gemeente):
@[[p:Chantal]] digitaal tekenen mag, zolang je kunt aantonen dat de cliënt zelf tekende. Gebruik het formulier in het cliëntsysteem en niet een foto via WhatsApp. Het formulier moet de datum bevatten (bv. [[d:12-04-2024]]) en de naam van de {{r:casusregisseur}}.
~~~
Wie kan me helpen? ik heb vrijdag een HB bij een mevrouw in {{w:Houtwijk}} (mw. [[p:Abdi]]), Somalisch, 5 kids, man zit in Somalië. Vraag gaat over huurtoeslag, maar ik denk dat er meer speelt. Iemand die Somalisch spreekt en mee kan? [[p:Kevin]], [[tel:+31 6 4410 2873]]
~~~
Re: Somalisch
@[[p:Kevin]] [[p:Hodan]] van het {{o:Servicepunt XL}} {{w:Moerwijk}} spreekt Somalisch en gaat graag mee. Ze is alleen op vrijdag vrij tot 13.00. Haar mail: [[mail:hodan.warsame@servicepuntxl.nl]]. Succes! [[p:Daphne]]
~~~
Reactie op les "Van zorgmijder naar vaste gast":
Prachtig. Ik zie er iets algemeens in: familie buiten Den Haag (bij jullie de zus in Amsterdam) wordt te weinig gebeld omdat we denken dat "het toch niet lukt". In Utrecht ({{w:Kanaleneiland}}) deden we onderzoek naar precies dit. Ik stuur het rapport naar wie het wil. [[p:Lieke Groen]], {{r:onderzoeker}} {{o:Hogeschool Utrecht}}
~~~
Thread: Schuldhulp voor zzp'ers
[[p:Bart]]: Wie weet of Bbz nog openstaat voor ondernemers die al gestopt zijn? Mijn cliënt (meneer [[p:Chen]]) kreeg een afwijzing op [[d:04.04.2024]].
[[p:Esra]]: Nee, dan {{o:Schuldhulpverlening}} via de gewone route. Wel eerst de {{r:klantmanager}} bellen.
[[p:Bart]]: Oké. Klantnummer is [[dos:KL-66102]], ik zoek het verder uit.
~~~
Oproep!! Wie heeft tijd op [[d:25-4]] voor een brainstorm bemoeizorg? We zitten in de kantine van het {{o:Stadhuis}} (Spui), 10-12u. Aanmelden bij [[p:Sophie]] of [[p:Rashid]]. Koffie is er, taart neemt [[p:Rashid]] mee.
~~~
[[p:marjan]] ({{r:wijkverpleegkundige}}) schreef:
iemand ervaring met mw's die niet willen douchen? heb er nu 3. eentje is mw [[p:koster]] uit {{w:Duindorp}}, gaat al sinds de kerst niet onder de douche. dochter ([[p:anita]]) wil dat we het "gewoon doen". dat kan niet zonder toestemming. tips?
~~~
Re: niet willen douchen
@[[p:marjan]] wij laten de kapper komen. Echt waar. Een kapper aan huis wast ook haar, en daarna wil mevrouw vaak zelf verder. Kapper [[p:Joop]] uit de Kerkstraat doet dat voor € 15. Niet via de Wmo natuurlijk. [[p:Astrid]], {{r:ouderenconsulent}}
~~~
Reactie [[p:Ahmed Bennani]] op het thema "jeugd":
Ik mis in de lessen de broers en zussen. In bijna elk gezin waar ik kom ({{w:Schilderswijk}}, {{w:Transvaal}}) zorgt een oudste dochter voor de kleintjes. Bij het gezin [[p:El Idrissi]] is dat [[p:Salma]], 15. Niemand ziet haar als jonge mantelzorger. Zullen we daar een theme-sessie aan wijden?
~~~
Draad: contact met {{o:Haagse Wijk- en Woonzorg}}
Weet iemand wie daar nu de {{r:teamleider}} is in {{w:Laak}}? Vroeger was dat [[p:Ellen Zwart]], maar zij is met pensioen. Ik heb een cliënt met dossiernummer [[dos:HWW/2024/33810]] die geen zorg krijgt terwijl de indicatie er ligt. – [[p:Robin]]
~~~
@[[p:Robin]] nu is het [[p:Thijs van den Berg]]. Hij zit op de locatie [[adr:Hildebrandplein 1]], [[pc:2532 SN]]. Tel [[tel:088 - 711 22 90]]. Noem het dossiernummer niet in je mail maar in het beveiligde kanaal. [[p:Henna]]
~~~
(geplakt uit aanmeldformulier – graag weghalen vóór publicatie)
Naam: [[p:Ionuț Popescu]]
Geboortedatum: [[d:17-03-1988]]
BSN: [[bsn:@]]
Adres: [[adr:Weimarstraat 298]], [[pc:2562 HH]] Den Haag
Tel.: [[tel:06-29471038]]
Aangemeld door: {{r:wijkagent}} [[p:B. Lam]]
Reden: meneer woont met zes landgenoten in een bovenwoning, werkt via een uitzendbureau, geen zorgverzekering. Vraagt hulp bij het openen van een bankrekening.
~~~
Uit de intake (kopie):
"Cliënte, mw. [[p:Andreea Munteanu]] (41), woonachtig [[adr:Teniersplantsoen 6]], [[pc:2526 LP]], meldt zich op [[d:22 januari 2024]] bij het {{o:Servicepunt XL}} {{w:Schilderswijk}}. Zij heeft een schuld bij de zorgverzekeraar (polisnr. [[dos:ZZ-40812277]]) en twee maanden geen salaris ontvangen. Rekeningnummer cliënte: [[iban:@INGB ]]. Cliënte geeft toestemming om contact op te nemen met werkgever."
Dit fragment komt uit mijn casusles, ik zet het hier zodat de reviewer ziet waar het vandaan komt. [[p:Hester]]
~~~
---------- Doorgestuurd bericht ---------
Van: [[p:Marco Jansen]] <[[mail:m.jansen@haagwonen.nl]]>
Datum: do [[d:14 mrt 2024]] om 09:12
Onderwerp: huurachterstand [[adr:Jacob Catsstraat 86]]
Aan: [[mail:swt.transvaal@denhaag.nl]]

Beste collega's,
Bewoner mw. [[p:S. Ramdien]] heeft inmiddels een achterstand van € 3.412,50. Wij hebben op [[d:1 maart]] een laatste aanmaning gestuurd. Als er vóór [[d:1 april]] geen regeling is, gaat het dossier naar de deurwaarder. Kunnen jullie contact leggen? Haar mobiel: [[tel:06-10384726]].
Met vriendelijke groet,
[[p:Marco Jansen]], {{r:woonconsulent}} {{o:Haag Wonen}}
~~~
Stuk uit de brief van de deurwaarder die mevrouw ons liet zien (overgetypt):

Den Haag, [[d:8 februari 2024]]
Ons kenmerk: [[dos:DW/24/001873]]
Betreft: vordering {{o:Eneco}} t.n.v. [[p:H. Gebremedhin]]
Adres: [[adr:Leyweg 941]], [[pc:2545 GX]] Den Haag

Indien u niet binnen acht dagen het totaalbedrag van € 1.284,17 voldoet op rekening [[iban:@ABNA ]] onder vermelding van het kenmerk, zullen wij zonder nadere aankondiging overgaan tot beslaglegging.

Les hierbij: deurwaardersbrieven klinken dreigender dan ze zijn; bellen werkt bijna altijd.
~~~
Intakeformulier SWT (fragment)
Cliënt 1: [[p:Yaw Owusu]], geb. [[d:03/11/1975]], BSN [[bsn:@.]]
Cliënt 2 (partner): [[p:Akosua Owusu-Boateng]], geb. [[d:19/06/1979]]
Kinderen: [[p:Kofi]] (12), [[p:Ama]] (9), [[p:Gift]] (3)
Adres: [[adr:De Heemstraat 144]], {{w:Transvaal}}
Telefoon: [[tel:0615243709]] (meneer) / [[tel:0648821156]] (mevrouw)
IBAN (voor bijzondere bijstand): [[iban:@RABO]]
Hulpvraag: "Wij krijgen de huur niet meer betaald sinds meneer ziek is." Eerste gesprek [[d:vr 26 jan]].
~~~
Mail van de {{r:huisarts}}, geplakt voor de bespreking (namen nog weghalen):

Van: [[mail:dokter.veldhuis@hapdeheemstraat.nl]]
Verzonden: [[d:maandag 4 maart 2024]] 16:44
Onderwerp: pt. [[p:Bakker]], [[p:Roos]] ([[d:12-8-1950]])

Collega's, ik maak me zorgen over mw. [[p:Roos Bakker]]. Ze kwam vanochtend met een gebroken pols binnen en kon niet uitleggen hoe het gebeurd was. Zoon [[p:Danny]] was erbij en voerde het woord. Zouden jullie haar willen bezoeken zonder de zoon erbij? Patiëntnummer bij ons: [[dos:#40771]].
Hartelijke groet, [[p:R. Veldhuis]], {{r:huisarts}}
~~~
Overgenomen uit de toestemmingsverklaring:
"Ik, [[p:Khadija Ouali]], geboren op [[d:5 mei 1983]], geef het sociaal wijkzorgteam {{w:Laak}} toestemming om mijn gegevens te delen met: {{o:GGZ}}, {{o:Schuldhulpverlening}}, mijn {{r:huisarts}} (dr. [[p:Tan]]) en de {{r:bewindvoerder}}. Handtekening: ......... Datum: [[d:15-02-2024]]."
Vraag aan de groep: telt dit ook voor het delen van een geanonimiseerde les op het platform, of moet daar een aparte regel in?
~~~
Geplakt uit e-mail van cliënt (spelling onveranderd):
"goedemiddag mevrouw [[p:Jessica]], ik heb de brief van de {{o:CAK}} niet begrepen. ik moet opeens 240 euro per maand betalen voor de thuiszorg van mijn vader ([[p:Jozef Wójcik]]). hij woont nog steeds op [[adr:Moerweg 171-A]]. kunt u bellen op [[tel:0031 6 51 02 88 43]]. mijn mail is [[mail:ewa.wojcik88@outlook.com]]. groeten [[p:Ewa]]"
~~~
Intake – ingevuld door [[p:Zoë]] ({{r:welzijnscoach}})
Datum: [[d:2024-02-13]]
Naam: dhr. [[p:M. El Amrani]]
BSN: [[bsn:@ ]]
Straat/nr: [[adr:Hobbemastraat 92 C]]
PC: [[pc:2526 JN]]
Tel: [[tel:+31 (0)6 1733 4029]]
E-mail: [[mail:mohamed.elamrani@hotmail.nl]]
Verwezen door: {{o:Wmo-loket}}
Korte omschrijving: 67 jaar, weduwnaar, spreekt Berbers en een beetje Nederlands, zit veel alleen. Zoon in België. Wil graag "iets doen in de moskee of buurthuis".
~~~
Stuk uit de beschikking (mag dit als voorbeeld in de themapagina als we het zwart maken?):

Gemeente Den Haag, {{o:Dienst OCW}}
Uw kenmerk: –
Ons kenmerk: [[dos:WMO-2024-0188734]]
Datum: [[d:29 maart 2024]]
Geachte heer [[p:Kaya]],
Op [[d:12 februari 2024]] heeft u een aanvraag gedaan voor een traplift op het adres [[adr:Soestdijksekade 402]], [[pc:2574 AS]] Den Haag. Wij hebben besloten uw aanvraag af te wijzen.
~~~
Excerpt – e-mail van {{o:Veilig Thuis Haaglanden}}:

Onderwerp: Terugkoppeling melding [[dos:VT-HGL-24-07731]]
Geachte {{r:casusregisseur}},
Naar aanleiding van uw melding van [[d:2 april]] jl. over het gezin [[p:Demir]] ([[adr:Gedempte Gracht 19]]) laten wij u weten dat wij een onderzoek zijn gestart. Contactpersoon is mevrouw [[p:L. Hoogendoorn]], {{r:aandachtsfunctionaris}}, bereikbaar via [[tel:070 346 92 27]] of [[mail:l.hoogendoorn@veiligthuishaaglanden.nl]].
Met vriendelijke groet, namens {{o:Veilig Thuis Haaglanden}}
~~~
Fragment budgetplan (bijlage bij casusles, NIET publiceren):
Cliënt: [[p:Shurandy Felida]] – BSN [[bsn:@]]
Inkomen: Participatiewet € 1.245,- per maand, op rekening [[iban:@SNSB]]
Vaste lasten: huur {{o:Staedion}} € 612,-, {{o:CZ}} € 142,-, telefoon € 35,-
Leefgeldrekening (nieuw, geopend [[d:6 mei 2024]]): [[iban:@SNSB ]]
Schuldeisers: {{o:CJIB}} (kenmerk [[dos:8812 3390 1104 7751]]), {{o:DUO}}, {{o:Ziggo}}
Contact {{r:budgetcoach}}: [[p:Rianne de Lange]], [[tel:06-53092871]]
~~~
Uit de mail van de {{r:bewindvoerder}} (doorgestuurd door [[p:Sanne]]):

"Hierbij bevestig ik dat ik met ingang van [[d:1 juni 2024]] als bewindvoerder ben benoemd over de goederen van mevrouw [[p:G. Sulvaran]] (Rechtbank Den Haag, zaaknummer [[dos:C/09/661204 / BR RK 24-418]]). Alle post kan naar mijn kantooradres: [[adr:Laan van Nieuw Oost-Indië 133]], [[pc:2593 BM]] Den Haag. De beheerrekening is [[iban:@ABNA]]. Met vriendelijke groet, mr. [[p:F.A. de Graaf]], {{o:Bureau Bewind & Budget}}"
~~~
Brief {{o:CJIB}} (foto door cliënt gestuurd, door mij overgetypt – [[p:Laura]])
Aan: de heer [[p:R. Isenia]]
[[adr:Schalk Burgerstraat 212-1]]
[[pc:2572 VV]] DEN HAAG
Datum: [[d:19-04-2024]]
CJIB-nummer: [[dos:6071 8852 0013 4417]]
U heeft de verhoogde sanctie van € 289,00 nog niet betaald. Betaal vóór [[d:3 mei 2024]] op rekeningnummer [[iban:@INGB ]] o.v.v. het CJIB-nummer.
-- meneer wist niet eens dat hij een boete had. Aanvraag betalingsregeling gedaan.
~~~
Kopie e-mail (intern) – [[d:ma 11-3-2024]]
Van: [[p:Yvonne Smit]] <[[mail:y.smit@swtescamp.nl]]>
Aan: [[p:Rachid]]; [[p:Ellen]]
Onderwerp: spoed – dhr [[p:Baldew]]

Hoi beiden, dhr. [[p:Ravi Baldew]] ([[adr:Loevesteinlaan 410]], [[pc:2533 CH]]) belde in paniek, de stroom is afgesloten. Kan een van jullie vandaag nog langs? Zijn nummer: [[tel:070-3669012]] (vast) of [[tel:06 1929 3875]]. Bankrekening voor noodfonds: [[iban:@RABO ]]. BSN staat in het dossier ([[dos:SWT-ESC-24-0231]]). Dank! [[p:Yvonne]]
~~~
Aanmelding via het webformulier (geplakt):
voornaam: [[p:Lucia]]
achternaam: [[p:da Graça Monteiro]]
geboortedatum: [[d:27-11-1969]]
burgerservicenummer: [[bsn:@.]]
straat: [[adr:Vaandelstraat 41]]
postcode: [[pc:2572 CB]]
telefoon: [[tel:06 44 02 81 57]]
email: [[mail:lucia.monteiro69@gmail.com]]
vraag: ik ben mijn werk kwijt en ik kan mijn huur niet betalen en mijn zoon [[p:Zeca]] heeft problemen op school. ik wil graag met iemand praten die Portugees spreekt
~~~
Geplakt uit het verslag van het MDO van [[d:7 maart]]:
Aanwezig: [[p:Jeroen]] ({{r:casusregisseur}}), [[p:Fatima]] ({{r:maatschappelijk werker}}), [[p:Mirjam]] ({{r:wijkverpleegkundige}}), dr. [[p:Ahmadi]] ({{r:huisarts}})
Cliënt: mw. [[p:Mariam Hakimi]], [[dos:SWT/LK/2024/0042]]
Besproken: slaapt slecht, valt af, wil niet naar {{o:GGZ}}. Dochter [[p:Parwin]] tolkt. Afgesproken: [[p:Mirjam]] gaat wekelijks wegen, [[p:Fatima]] regelt een vrouwelijke tolk, evaluatie op [[d:4-4]].
~~~
Mail van een buurvrouw (binnengekomen op het algemene adres, doorgestuurd):
"Geachte heer/mevrouw, ik maak mij zorgen over mijn buurman meneer [[p:Koster]] op nummer 14 ([[adr:Vlaskamp 14]]). Ik heb hem al sinds [[d:zondag 28 april]] niet meer gezien en de gordijnen zijn dicht. Kunt u gaan kijken? Ik ben [[p:Trees de Vos]], [[adr:Vlaskamp 16]], tel. [[tel:070-3660451]]."
Actie: {{r:wijkagent}} gebeld, meneer bleek in het ziekenhuis ({{o:HMC Westeinde}}) te liggen.
~~~
Excerpt intakeformulier – [[d:16.01.2024]]
Cliënt: [[p:Nermin Hodžić]] (v, 52)
BSN: [[bsn:@]]
Adres: [[adr:Doornstraat 34-B]], [[pc:2584 AP]], {{w:Duindorp}}
Verwijzer: {{r:POH-GGZ}} [[p:M. Kok]], [[tel:070 355 1208]]
Bankgegevens: [[iban:@TRIO ]] (t.n.v. [[p:N. Hodžić]])
Problemen: rouw (man overleden [[d:okt. 12, 2023]]?? – datum navragen), huurachterstand, eenzaamheid.
~~~
E-mail die ik als voorbeeld wil gebruiken bij het thema "samenwerken met corporaties" (nog anonimiseren):

Van: Incasso {{o:Staedion}} <[[mail:incasso@staedion.nl]]>
Verstuurd: vrijdag [[d:19 januari 2024]]
Aan: [[mail:a.benali@swtspoorwijk.nl]]
Onderwerp: RE: huurder [[p:Boateng]] – contractnr [[dos:401-77812-03]]

Beste [[p:Aziz]],
Dank voor je bericht. We zetten de incasso voor mevrouw [[p:Boateng]] ([[adr:Rijswijkseweg 573]]) twee maanden stil. Daarna verwachten we een betalingsregeling van € 75 per maand, te voldoen op [[iban:@INGB ]] o.v.v. het contractnummer.
Groet, [[p:Patricia van Rijn]]
~~~
Overgenomen uit de brief van de {{o:Belastingdienst}}/Toeslagen (mw. heeft hem meegenomen naar het spreekuur):

Datum [[d:25 maart 2024]]
Burgerservicenummer [[bsn:@ ]]
Dossiernummer [[dos:2024.118.77341]]
Geachte mevrouw [[p:Petrova]],
U hebt over 2023 te veel huurtoeslag ontvangen. U moet € 1.874 terugbetalen.

Opmerking [[p:Ivanka Petrova]] zelf (via tolk): "ik heb toch niks verkeerd gedaan?" Haar man [[p:Georgi]] is in november vertrokken, dat was niet doorgegeven.
~~~
Gekopieerd uit de WhatsApp van mijn werktelefoon (met toestemming van meneer, vandaag [[d:2/5]]):
[10:14] dhr [[p:Said]]: goedemorgen mevrouw [[p:Anouk]] ik kan niet komen vandaag mijn dochter is ziek
[10:15] ik: geen probleem, zal ik morgen langskomen?
[10:21] dhr [[p:Said]]: ja goed. adres is nu [[adr:Copernicusplein 9-II]] bij mijn broer [[p:Abdelkader]]
[10:22] dhr [[p:Said]]: zijn nummer [[tel:0627719084]]
Les: mensen verhuizen vaker dan ons systeem weet.
~~~
Uit de overdracht van {{o:Jeugdbescherming west}} (18+ traject):

Jongere: [[p:Rudsel Isenia]]
Geboortedatum: [[d:11-06-2006]]
Jeugdbeschermer: [[p:Sarita Autar]] ([[tel:088-2220341]], [[mail:s.autar@jeugdbeschermingwest.nl]])
Dossiernummer JBW: [[dos:JBW-0441973]]
Laatste woonadres: [[adr:Dr. Lelykade 71]], [[pc:2583 CL]] ({{w:Scheveningen}})
Bijzonderheden: kamertraining gestopt per [[d:1 juli]], geen inkomen, DUO-aanvraag loopt.
~~~
Stuk e-mail van de {{r:leerplichtambtenaar}}, voor de themapagina jeugd (wel alles zwartmaken):

"De leerling [[p:Kacper Nowak]], geboren [[d:30-08-2009]], leerlingnummer [[dos:LL-2009-44188]], heeft dit schooljaar 112 lesuren ongeoorloofd verzuimd. Ik heb de ouders op [[d:14 november]] en [[d:5 december]] uitgenodigd, zij zijn niet verschenen. Ik verzoek het SWT contact op te nemen met moeder via [[tel:+48 601 338 274]]."
~~~
Reactie van cliënt op het verzoek om toestemming (per mail, geplakt):
"Beste [[p:Mark]], ja het is goed dat u mijn verhaal gebruikt als u mijn naam en adres weg laat. Maar wilt u niet zeggen dat ik uit Ghana kom, want dan weet iedereen in de kerk dat ik het ben. Groeten [[p:Blessing Asante]], [[mail:blessingasante@yahoo.com]]"
Noot [[p:Mark]]: belangrijk punt voor de privacy-check! Herkomst + kerk is in een kleine gemeenschap al genoeg.
~~~
Fragment uitdraai Suite (cliëntsysteem), geplakt door [[p:Esra]]:
Cliëntnummer: [[dos:1100234871]]
Naam: [[p:Öztürk, Yusuf]]
Geb.: [[d:23.12.1958]]
Adres: [[adr:Vermeerstraat 60-B]] [[pc:2526XH]]
Casusregisseur: [[p:E. Yavuz]]
Status: actief sinds [[d:10-10-2023]]
Laatste contact: [[d:dinsdag 7 mei]]
~~~
Gedeelte uit de brief van {{o:Haag Wonen}} aan mevrouw (foto via WhatsApp):
"Geachte mevrouw [[p:Hirsi]], Wij hebben geconstateerd dat u de woning aan de [[adr:Stuwstraat 12 hs]] onderverhuurt. Dit is in strijd met uw huurovereenkomst (nr. [[dos:HW 55-20871]]). Wij nodigen u uit voor een gesprek op [[d:donderdag 18 april]] om 10.00 uur..."
Blijkt niet te kloppen: de "onderhuurder" is haar neef [[p:Abdirahman]] die tijdelijk logeert.
~~~
Gekopieerd uit een mail van een {{r:POH-GGZ}} in Rotterdam ({{w:Delfshaven}}), die een cliënt naar ons verwees na verhuizing:
"Mevrouw [[p:Anjali Mahabier]] ([[d:08-02-1990]]) verhuist per [[d:15 mei]] naar jullie gemeente, nieuw adres [[adr:Bazarstraat 23]], [[pc:2518 AH]]. Zij heeft een angststoornis en een behandeling bij {{o:PsyQ}} die afgesloten wordt. Haar telefoonnummer blijft [[tel:06-30518822]]. Met collegiale groet, [[p:Wouter Mulder]]."
~~~
Uit de klachtbrief van een cliënt (geplakt voor de les "klachten als kans"):
"Ik, [[p:P. Zieliński]], ben boos dat niemand van het wijkteam mij terugbelt. Ik heb op [[d:3 juni]], [[d:5 juni]] en [[d:10 juni]] gebeld naar 14 070. Ik slaap in het park en mijn spullen zijn gestolen. Mijn briefadres is [[adr:Hamerstraat 30]], [[pc:2515 RL]]."
Reactie {{r:teamleider}}: klacht terecht, telefoonnotities kwamen niet aan.
~~~
Verslag kick-off pilot "Samen werken in het sociale domein"
Datum: [[d:22 november 2023]], 13.30–17.00 uur
Locatie: {{o:Atrium Stadhuis}}, [[adr:Spui 70]]

Opening door wethouder en door [[p:Hans Bakker]] ({{o:Crossover}}). Daarna stemden alle aanwezige teamleden over de thema's. Uitslag: huiselijk geweld (61 stemmen), bemoeizorg (54), ouderen (49), jeugd (38). Schulden viel net af, maar komt terug als dwarsdoorsnede.
Pilotgroep (20 personen) is samengesteld; de lijst staat in de bijlage. Trekkers per thema: [[p:Joyce Hermans]] (huiselijk geweld), [[p:Dennis Kortekaas]] (bemoeizorg), [[p:Wendy Hoek]] (ouderen), [[p:Ahmed Bennani]] (jeugd).
Volgende bijeenkomst: startbijeenkomst op [[d:dinsdag 6 februari]].
Notulist: [[p:Sophie Lambrechts]]
~~~
Presentielijst startbijeenkomst – [[d:6-2-2024]]
1. [[p:Joyce Hermans]] – {{r:casusregisseur}} – SWT {{w:Regentessekwartier}}
2. [[p:Dennis Kortekaas]] – {{r:maatschappelijk werker}} – {{o:Xtra}}
3. [[p:Wendy Hoek]] – {{r:ouderenadviseur}} – {{o:Xtra}}
4. [[p:Ahmed Bennani]] – {{r:jongerenwerker}} – {{o:Stichting Mooi}}
5. [[p:Marloes van Dam]] – {{r:wijkverpleegkundige}} – {{o:Florence}}
6. [[p:Priscilla Doelwijt]] – {{r:SPV}} – {{o:Parnassia}}
7. [[p:Karim Ouali]] – {{r:maatschappelijk werker}} – SWT {{w:Laak}}
8. [[p:Hodan Warsame]] – {{r:consulent}} – {{o:Servicepunt XL}}
9. [[p:Jolanda de Bruijn]] – {{r:casemanager dementie}} – SWT {{w:Mariahoeve}}
10. [[p:Berna Yıldız]] – {{r:Wmo-adviseur}} – gemeente
Afwezig met bericht: [[p:Sander Vink]], [[p:Mustafa Erdoğan]]
~~~
Notulen brainstorm bemoeizorg, [[d:25 april]], kantine {{o:Stadhuis}}
Aanwezig: [[p:Sophie]], [[p:Rashid]], [[p:Dennis]], [[p:Priscilla]], [[p:Lotte]], [[p:Karim]]; [[p:Monique Schouten]] ({{o:Kessler Stichting}}) als gast.
1. Rondje: iedereen noemt één zorgmijder die "bleef hangen". [[p:Karim]] noemde per ongeluk de volledige naam van zijn cliënt; afgesproken dat die niet in de notulen komt.
2. Vraag van [[p:Monique]]: waarom bellen SWT's pas als de deurwaarder er al is? Antwoord: we zien het vaak pas dan.
3. Idee: een "vroegsignaleringsroute" met corporaties. [[p:Lotte]] en [[p:Rashid]] werken dit uit vóór [[d:16 mei]].
Taart: [[p:Rashid]]. Volgende keer: [[p:Priscilla]].
~~~
Verslag expertmeeting "Huiselijk geweld en LVB" – [[d:donderdag 18 april 2024]]
Sprekers: dr. [[p:Marja Vos]] ({{o:Kenniscentrum LVB}}) en [[p:Rob Stam]] ({{o:Veilig Thuis Haaglanden}}).
[[p:Marja]] liet zien dat mensen met een LVB een veiligheidsplan vaak "ja" zeggen zonder het te begrijpen. Pictogrammen en korte zinnen helpen. [[p:Rob]] gaf cijfers: in Haaglanden heeft naar schatting één op de vier meldingen een LVB-component. Discussie ging over wie het plan "bewaakt" als de {{r:jeugdconsulent}} stopt.
Actiepunten:
- [[p:Joyce]]: les "Pictogrammen bij veiligheidsplan" opnieuw op het platform (oud zaaknummer [[dos:2023-04117]])
- [[p:Ahmed]]: navragen bij {{o:MEE}} of [[p:Marieke Kuiper]] een workshop wil geven
~~~
Aanmeldingen workshop "Gespreksvoering met zorgmijders" ([[d:wo 15 mei]], 9.30–12.30)
- [[p:Tessa Bruins]], SWT {{w:Bouwlust}}, [[mail:t.bruins@swtbouwlust.nl]]
- [[p:Kevin Lopes]], SWT {{w:Houtwijk}}, [[mail:k.lopes@swthoutwijk.nl]], dieetwens: halal
- [[p:Chantal van Houten]], SWT {{w:Centrum}}, [[mail:c.vanhouten@swtcentrum.nl]]
- [[p:Anouk Meijer]], {{o:Humanitas}}, [[mail:anouk.meijer@humanitas.nl]], [[tel:06-14820937]]
- [[p:Barbara Storm]], SWT {{w:Zeeheldenkwartier}} (komt later, na HB)
Trainer: [[p:Gerda Linger]], {{r:ervaringsdeskundige}}
Max 16 deelnemers, nog 11 plekken.
~~~
Notulen teamoverleg SWT {{w:Escamp}} – [[d:ma 13 mei 2024]]
Aanwezig: [[p:Ingrid]] (vz), [[p:Yvonne]], [[p:Rachid]], [[p:Ellen]], [[p:Mo]], [[p:Fenna]] (stagiair)
1. Pilot: [[p:Yvonne]] heeft de les over dhr. [[p:Baldew]] ingediend, review door [[p:Annemiek]] verwacht deze week. Let op: in de eerste versie stond zijn adres nog.
2. Casus mw. [[p:Hakimi]]: loopt, volgende MDO [[d:4-6]].
3. Vakantie: [[p:Rachid]] weg van [[d:22 juli]] t/m [[d:9 augustus]], [[p:Ellen]] neemt zijn caseload over.
4. Rondvraag: [[p:Mo]] vraagt of we een eigen themapagina "energiearmoede" kunnen maken.
~~~
Attendance / presentielijst expertmeeting (geplakt uit Teams-chat)
[[p:Annemiek Verhoef]] (CAOP) – joined
[[p:Tim de Boer]] – joined
[[p:Lieke Groen]] (gast, HU) – joined
[[p:Hans Bakker]] – joined
[[p:Fatoumata Diallo]] – joined
[[p:Esther Koolhoven]] – left 11:42
[[p:Wouter Mulder]] (Rotterdam, {{o:PsyQ}}) – joined
[[p:Jeroen Smit]] – joined
[[p:Thijs van den Berg]] ({{o:HWW}}) – joined
[[p:Nadia Bouhali]] – joined via telefoon [[tel:+31 70 389 1276]]
~~~
Verslag afsluitende bijeenkomst pilot, [[d:20 juni 2024]], {{o:Wijkcentrum De Mussen}}
Dagvoorzitter: [[p:Hans Bakker]]. Ruim 60 aanwezigen.
Per thema presenteerden de trekkers hun opbrengst. Bemoeizorg ([[p:Dennis]]): 14 casuslessen, waarvan 11 na anonimisering gepubliceerd; drie lagen stil omdat de toestemmingsverklaring ontbrak. Ouderen ([[p:Wendy]]): de "kapper aan huis" werd het meest gelezen. Jeugd ([[p:Ahmed]]): jonge mantelzorgers als nieuw subthema. Huiselijk geweld ([[p:Joyce]]): samenwerking met {{o:Veilig Thuis}} verbeterd, maar terugkoppeling blijft traag.
Wethouder [[p:Van Asten]] bedankte de pilotgroep. Besluit: het platform blijft open voor alle 24 teams. Contact voor vervolg: [[mail:pilot.sociaaldomein@denhaag.nl]].
~~~
Notulen overleg werkgroep privacy, [[d:vrijdag 1 maart 2024]]
Aanwezig: [[p:Esther Koolhoven]] ({{r:privacy officer}}), [[p:Paul Mulder]] ({{r:functionaris gegevensbescherming}}), [[p:Annemiek Verhoef]], [[p:Gert-Jan Post]] (ICT)
- Incident: op [[d:27 februari]] stond een concept met BSN en geboortedatum 20 minuten zichtbaar voor de pilotgroep. Geen datalek-melding nodig volgens [[p:Paul]], wel registreren onder [[dos:INC-2024-0093]].
- Afspraak: uploads worden vóór zichtbaarheid automatisch gecontroleerd.
- [[p:Gert-Jan]] zoekt uit of dit ook voor reacties in draadjes kan. Deadline: [[d:15-03]].
~~~
Presentielijst themasessie ouderen – [[d:dinsdag 12 maart]]
Naam | Organisatie | Functie | Paraaf
[[p:Wendy Hoek]] | {{o:Xtra}} | {{r:ouderenadviseur}} | ✓
[[p:Astrid Blom]] | SWT {{w:Mariahoeve}} | {{r:ouderenconsulent}} | ✓
[[p:Jolanda de Bruijn]] | SWT {{w:Mariahoeve}} | {{r:casemanager dementie}} | ✓
[[p:Ronald Zomer]] | SWT {{w:Waldeck}} | {{r:welzijnscoach}} | ✓
[[p:Marjan Teeuwen]] | {{o:HWW}} | {{r:wijkverpleegkundige}} | –
[[p:Peter Kok]] | {{o:Florence}} | {{r:specialist ouderengeneeskunde}} | ✓
~~~
Verslag brainstorm jeugd, [[d:14-03-2024]] ({{o:CJG}} {{w:Moerwijk}})
We begonnen met de vraag van [[p:Ahmed]]: wie ziet de oudste dochter? [[p:Sven]] ({{o:CJG}}) vertelde over een meisje van 15 dat elke ochtend drie broertjes naar school brengt. [[p:Salma]] – naam per ongeluk genoemd, niet verder verspreiden. Ideeën: jonge mantelzorgers laten meedoen aan een groep bij {{o:Stichting Mooi}}; scholen vragen te signaleren; aparte themapagina.
Volgende keer: [[d:11 april]], zelfde plek.
~~~
Notulen (kort) – online overleg trekkers, [[d:ma 8 jan]]
[[p:Joyce]], [[p:Dennis]], [[p:Wendy]], [[p:Ahmed]], [[p:Hans]]
- startbijeenkomst [[d:6 feb]] bevestigd, uitnodiging gaat vrijdag uit
- [[p:Wendy]]: wie regelt de zaal? → [[p:Hans]] belt [[p:Ilona]] van het {{o:Stadhuis}} ([[tel:070 353 2210]])
- [[p:Dennis]] is [[d:19 jan]] afwezig
- ideeën voor expertmeeting: LVB ([[p:Joyce]]), energiearmoede ([[p:Wendy]])
~~~
THEMAPAGINA – Bemoeizorg
Bemoeizorg is zorg voor mensen die zelf geen hulp vragen, maar die het wel nodig hebben: vervuilde woningen, verwaarlozing, psychiatrie zonder behandeling. In de pilot bleek dat de {{r:wijkverpleegkundige}} en de {{r:woonconsulent}} vaak de eersten zijn die iets zien. De {{r:bemoeizorger}} van {{o:Parnassia}} kan pas instappen na een melding bij het {{o:Meldpunt Zorg en Overlast}}.
Wat werkt volgens de lessen: volhouden (drie, vier keer aanbellen), de buren serieus nemen, via familie binnenkomen, en niet beginnen met "hulp" maar met iets praktisch (een kapotte verwarming, een berg post).
Trekker van dit thema: [[p:Dennis Kortekaas]], [[mail:d.kortekaas@xtra.nl]]. Volgende themasessie: [[d:donderdag 23 mei]].
~~~
THEMAPAGINA – Ouderen
In wijken als {{w:Mariahoeve}}, {{w:Bezuidenhout}} en {{w:Duindorp}} wonen veel alleenstaande ouderen. Eenzaamheid, beginnende dementie en geldzorgen komen vaak samen. Rollen die hier het verschil maken: de {{r:casemanager dementie}}, de {{r:ouderenconsulent}} en de {{r:mantelzorgconsulent}}.
Meest gelezen lessen: "de kapper aan huis", "twee mantelzorgers, één moeder" en "winkeliers als ogen en oren". Opvallend: de bakker, de visboer en de kapper signaleren vaak eerder dan wij.
Samenwerkingspartners: {{o:Florence}}, {{o:HWW}}, {{o:Xtra}}, {{o:VoorElkaar}}, {{o:Pieter van Foreest}} (voor cliënten die naar Delft verhuizen).
Vragen over dit thema? Mail [[p:Wendy Hoek]] ([[mail:w.hoek@xtra.nl]]) of bel [[tel:06-21843390]] (ma, di, do).
~~~
Themapagina Jeugd – "18-/18+ en jonge mantelzorgers"
Het thema jeugd ging in de pilot vooral over overgangen. Op de dag dat iemand 18 wordt stopt jeugdhulp, en begint (misschien) iets voor volwassenen. Daartussen vallen jongeren met een LVB, jongeren uit de jeugdzorg en jonge statushouders. Teams in {{w:Schilderswijk}}, {{w:Transvaal}} en {{w:Moerwijk}} werken samen met het {{o:CJG}}, {{o:Jeugdbescherming west}} en de {{r:jongerenwerker}}s van {{o:Stichting Mooi}}.
Nieuw subthema: jonge mantelzorgers. Vaak de oudste dochter, soms al vanaf 10 jaar.
Contact: [[p:Ahmed Bennani]], [[tel:06 – 49 12 77 03]]. Praat mee op [[d:11 april]] en [[d:16 mei]] ({{o:CJG}} {{w:Moerwijk}}).
~~~
Themapagina: Huiselijk geweld
Huiselijk geweld speelt in alle wijken, van {{w:Vogelwijk}} tot {{w:Laakkwartier}}. Het SWT meldt bij {{o:Veilig Thuis}} volgens de meldcode; de {{r:aandachtsfunctionaris}} in het team helpt bij twijfel. Lessen uit de pilot: vraag altijd door naar kinderen; werk met pictogrammen bij een LVB; let op financiële afhankelijkheid (geld als machtsmiddel).
Let op bij het schrijven van een les: noem nooit het meldingsnummer, de namen van kinderen, of de straat. Ook een beroep of een opvallende auto kan iemand herkenbaar maken.
Trekker: [[p:Joyce Hermans]] ([[mail:joyce.hermans@denhaag.nl]]). Laatst bijgewerkt: [[d:03-06-2024]].
~~~
THEMAPAGINA Schulden (dwarsdoorsnede)
Schulden werd bij de kick-off niet gekozen, maar zit in bijna elke les. Gemiddeld noemden de lessen € 11.000 schuld verspreid over negen schuldeisers. Belangrijkste partners: {{o:Schuldhulpverlening}}, {{o:Kredietbank}}, {{o:Sociaal Raadslieden}}, {{o:Haag Wonen}}, {{o:Staedion}}, {{o:Vestia}}.
Tip van [[p:Youssef]] ({{r:schuldhulpverlener}}): schrijf in een les nooit een rekeningnummer of kenmerk over uit een brief. Hij zag er in maart nog één met een volledig IBAN erin.
Wie een les wil inbrengen: bel [[p:Esra Yavuz]] op [[tel:070-3534412]] of kom naar het inloopspreekuur op woensdagmiddag.
~~~
Themapagina "Werken met ervaringsdeskundigen"
Steeds meer teams werken met {{r:ervaringsdeskundige}}n. In de pilot deed [[p:Gerda Linger]] dat voor bemoeizorg en [[p:Semhar Tesfamariam]] voor statushouders uit Eritrea. Hun kracht: ze hoeven geen vertrouwen te winnen, dat krijgen ze. Valkuil: ze worden gezien als gratis tolk. Spreek dus vooraf af wat hun rol is en betaal ze als professional.
Meer weten? Lees de lessen onder het label "ervaringskennis" of neem contact op met {{o:Stichting Ervaringsdeskundigen Haaglanden}}, [[adr:Prinsegracht 26]], [[pc:2512 GA]].
~~~
Over dit platform
Hier delen de 24 sociale wijkzorgteams van Den Haag geanonimiseerde casuslessen. Elke les wordt vóór publicatie nagekeken door een reviewer; persoonsgegevens worden automatisch gezocht. Een les staat pas online als de cliënt toestemming heeft gegeven.
Beheer: {{o:Gemeente Den Haag}}, afdeling Sociaal Domein. Technische vragen: [[p:Gert-Jan Post]], [[mail:gj.post@denhaag.nl]]. Privacyvragen: {{r:functionaris gegevensbescherming}} [[p:Paul Mulder]].
Versie [[d:1 februari 2024]].
~~~
Themapagina Eenzaamheid (concept, [[p:Ronald]])
Eenzaamheid is geen probleem dat je "oplost". In {{w:Waldeck}} en {{w:Kijkduin}} koppelen we mensen aan een maatje via {{o:VoorElkaar}}, aan de koffieochtend in de kerk (de koster zet de koffie) of aan een wandelgroep van de {{r:buurtsportcoach}}.
Uit de lessen: ook jonge mensen zijn eenzaam, vooral statushouders en mensen die net gescheiden zijn. En: eenzaamheid is vaak schaamte.
Ideeën voor een themasessie in mei of juni? Laat het weten aan [[p:Ronald Zomer]], [[mail:r.zomer@swtwaldeck.nl]].
~~~
Thema-overzicht (pagina "Wat leerden we?") – samengesteld door [[p:Sophie Lambrechts]]
1. Volhouden loont (bemoeizorg)
2. Kijk naar het netwerk voordat je professionele hulp inzet (ouderen)
3. Vraag naar de kinderen (huiselijk geweld)
4. Maak de overgang naar 18 zichtbaar (jeugd)
5. Begrijpen ≠ lezen (schulden, LVB)
6. Werk op de tijden van de cliënt
7. Winkeliers, kappers, de {{o:Dirk}} om de hoek: informele signaleerders
Deze lijst is besproken in de afsluiting op [[d:20-06-2024]].
~~~
Themapagina Wonen & Urgentie
Cliënten met een fysieke beperking op een hoge verdieping, zonder lift: urgentie duurt gemiddeld vijf maanden. De {{r:Wmo-adviseur}} en de {{r:woonconsulent}} kunnen samen een "maatwerkvoorstel" doen. Voorbeeld uit de pilot: een man van 63 op driehoog in {{w:Zorgvliet}}; na een gezamenlijk voorstel van {{o:Haag Wonen}} en de gemeente was er binnen zes weken een benedenwoning.
Vragen: [[p:Berna Yıldız]], {{r:Wmo-adviseur}}, [[tel:(070) 353 77 41]]. Inloop in het {{o:Servicepunt XL}} {{w:Bouwlust}}, [[adr:Hengelolaan 1018]].
~~~
Themapagina LVB – korte uitleg
Een licht verstandelijke beperking zie je vaak niet. Mensen met een LVB praten soms heel goed, maar begrijpen brieven, regels en afspraken niet. In de {{w:Schilderswijk}} werkt het SWT daarom nauw samen met {{o:MEE}} en {{o:Ipse de Bruggen}}.
Signalen: altijd "ja" zeggen, afspraken vergeten, post ongeopend, schaamte.
Workshop "Praten met pictogrammen" met [[p:Marieke Kuiper]] ({{o:MEE}}) op [[d:woensdag 12 juni]]. Aanmelden via [[mail:workshops@mee-zhn.nl]].
~~~
THEMA Armoede & energie – pagina in opbouw
Deze winter meldden teams veel meer energieschulden. Oorzaken: slechte isolatie, oude contracten, geen kennis van het energiefonds. Partners: {{o:Energiebank}}, {{o:Haagse Energiecoaches}}, {{o:Voedselbank Haaglanden}}.
Trekker gezocht! [[p:Mo Azzouz]] (SWT {{w:Escamp}}) heeft zich al gemeld; reacties naar [[mail:m.azzouz@swtescamp.nl]] of via het draadje van [[d:13-05]].
~~~
Themapagina – Statushouders & gezinshereniging
Na gezinshereniging (bijv. uit Syrië of Eritrea) is het gezin vaak niet meer hetzelfde: vaders met trauma, moeders die alles dragen, kinderen die sneller Nederlands leren en gaan tolken. {{o:VluchtelingenWerk}}, {{o:i-psy}} en de {{r:huisarts}} zijn de belangrijkste partners.
Lees ook de les van [[p:Fatoumata Diallo]] over "woorden kiezen die de cliënt zelf gebruikt". Wil je sparren? Bel [[p:Fatoumata]]: [[tel:06-55310482]].
~~~
Concept casusles – "Zonder papieren geen hulp" (v1, [[p:Laura Groen]])
Kop uit ons systeem (moet nog weg):
cliënt [[p:Rudsel Isenia]] | BSN [[bsn:@-]] | [[adr:Schalk Burgerstraat 212-1]] | [[pc:2572vv]]

[[p:Rudsel]] (18) kwam uit een woongroep van de jeugdzorg en stond op zijn achttiende verjaardag ([[d:11-06-2024]]) met twee vuilniszakken kleding bij zijn oom op de stoep. Oom [[p:Rignald]] heeft zelf een tweekamerwoning en vijf kinderen. Er was geen uitkering aangevraagd, geen zorgverzekering, geen {{o:DUO}}. Wij hebben met de {{r:jongerenwerker}}, het {{o:Jongerenloket}} en {{o:Jeugdbescherming west}} binnen twee weken alles rond gekregen. Wat we geleerd hebben: het "perspectiefplan" uit de jeugdzorg bestond op papier, maar niemand had het uitgevoerd. Vraag er dus niet naar, maar check elk onderdeel zelf.
~~~
Casusles (concept) – [[p:Bakker]] en de berg post
[[p:Bakker]] – zo noemt iedereen hem, ook zijn buren – is 74 en woont al 40 jaar op [[adr:Troelstrakade 88-A]] in {{w:Moerwijk}}. Na een val zat hij zes weken in {{o:HMC Bronovo}}. Toen hij thuiskwam lag er een berg post: aanmaningen, een brief van de {{o:SVB}} over zijn AOW en een herinnering van de thuiszorg. Hij gooide alles in de container bij de {{o:Albert Heijn}}. Pas toen de {{r:wijkverpleegkundige}} ([[p:Marjan]]) vroeg waar de brief van het {{o:CAK}} was, kwam het verhaal. Sleutel: "heeft u post die u niet begrijpt?" werkt beter dan "heeft u schulden?".
~~~
CONCEPT – thema huiselijk geweld – "Geld als machtsmiddel"
Mw. [[p:Emine Çelik]] (44) heeft geen eigen rekening. Alles gaat via de rekening van haar man ([[iban:@INGB~]]), ook haar kinderbijslag. Ze kreeg € 20 per week. Op [[d:3 maart]] kwam ze met haar zus [[p:Hülya]] naar de {{r:maatschappelijk werker}} in {{w:Laak}}. Eerste stap was een eigen rekening openen (nieuwe rekening: [[iban:@ASNB ]]), daarna een melding bij {{o:Veilig Thuis}} ([[dos:VT 2024-1187]]). Les: financieel geweld wordt zelden gemeld omdat het "normaal" lijkt; vraag bij elk huisbezoek wie de pinpas heeft.
~~~
Concept les ouderen – [[p:Astrid]] ({{r:ouderenconsulent}})
"Mevrouw [[p:Hoop]] en de hoop op een plekje"
Mw. [[p:Hoop]] (92) woont in een seniorenflat aan de Johan de Wittlaan. Ze wil naar het verpleeghuis waar haar man ligt ({{o:Rudolf Steiner Zorg}}), maar er is een wachtlijst van twee jaar. Zij belt iedere dag de afdeling. Haar nicht, mw. [[p:C. de Hoop-Verbeek]], regelt de administratie ([[tel:06-38812504]]). Wij hebben met de {{r:specialist ouderengeneeskunde}} gezorgd dat ze drie dagen per week dagbesteding krijgt op dezelfde locatie. Ik hoop dat andere teams ook dit soort "tussenoplossingen" kennen.
~~~
Concept casusles jeugd – [[p:Ilse]]
Gezin [[p:Abdi]], {{w:Houtwijk}}. Moeder [[p:Hodan Abdi]] (38) en vijf kinderen. Vader [[p:Abdullahi]] woont in Mogadishu en belt soms ([[tel:+252 61 5583 207]]). Oudste zoon [[p:Mahad]] (17) is de tolk van het gezin en mist daardoor veel school. Aanmelding via de school op [[d:8-1-2024]]. Met moeder afgesproken dat [[p:Mahad]] niet meer mee hoeft naar afspraken; de {{r:tolk}} komt via de tolkentelefoon. Les: kinderen als tolk is makkelijk voor ons, maar een last voor hen.
~~~
Casusles – "De Poolse zorgverzekering" (concept)
Intake [[d:19-02-2024]]: dhr. [[p:Krzysztof Wójcik]] (59), [[adr:Kamperfoeliestraat 204B]], [[pc:2563 TH]], BSN [[bsn:@]], {{o:Zilveren Kruis}} polisnummer [[dos:112.448.903]].
Meneer betaalde 14 maanden dubbele premie: in Polen (NFZ) én in Nederland. Niemand had hem verteld dat hij zich in Polen kon uitschrijven. Dochter [[p:Ewa]] vond het uit via een Pools forum. Terugvordering in gang gezet. Les: bij arbeidsmigranten altijd vragen naar verzekeringen in het land van herkomst.
~~~
Les in wording – "[[p:Mei]] vertaalt"
[[p:Mei]] (13) vertaalt alles voor haar opa, meneer [[p:Zhang]] (81). Opa woont in {{w:Bezuidenhout}}, [[adr:Theresiastraat 131]], en spreekt alleen Kantonees. Toen de {{r:Wmo-adviseur}} in mei langskwam, vertaalde [[p:Mei]] "dagbesteding" als "oppas". Opa weigerde. Met een professionele tolk (via {{o:Stichting Chinese Ouderen}}) ging het gesprek heel anders. Opa gaat nu twee keer per week naar de Chinese ouderensoos. Contact [[p:Mei]]'s moeder: [[p:Lin Zhang]], [[mail:linzhang.dh@gmail.com]].
~~~
Concept (NIET geanonimiseerd) – bemoeizorg, vervuilde woning
Adres: [[adr:2e Schuytstraat 33]], [[pc:2517 XE]], {{w:Zeeheldenkwartier}}
Bewoner: dhr. [[p:W. de Groot]], 66
Melder: {{o:Haag Wonen}} ([[p:M. Jansen]]), [[d:woensdag 10 januari]]
Bij binnenkomst: geen doorgang, stapels kranten tot het plafond. Meneer is vriendelijk en helder. Geen dementie volgens de {{r:huisarts}}. De {{r:bemoeizorger}} heeft zeven keer aangebeld voor hij binnen mocht. Les: vervuiling is niet altijd verwaarlozing; bij meneer was het verzamelwoede na de dood van zijn vrouw ([[d:23 oktober 2019]]). Samen met hem een "opruimplan" gemaakt, één kamer per maand.
~~~
casusles schulden / ondernemers (concept – van [[p:Bart Wolters]])
dhr [[p:chen]] (de vader uit de les "de stille schuld") heeft het restaurant op [[d:1 april]] gesloten. Nu bijstand aangevraagd, klantnr. [[dos:3184 992]]. Probleem: het bedrijfspand staat nog op zijn naam, huur loopt door. Zijn rekening ([[iban:@KNAB ]]) wordt deze week beslagen. Ik heb {{o:Sociaal Raadslieden}} gevraagd mee te kijken naar de huurovereenkomst. Vraag aan de lezers: hoe gaan jullie om met bedrijfsschulden binnen de Wsnp?
~~~
Concept les – "De buurvrouw die te veel deed"
Mw. [[p:Ria Schouten]] (70) uit {{w:Vrederust}} zorgde jaren voor haar buurvrouw mw. [[p:Groen]] (84). Toen mw. [[p:Schouten]] zelf ziek werd, stortte alles in: mw. [[p:Groen]] had geen indicatie, geen alarmering, niets. Wij ontdekten het pas toen mw. [[p:Groen]] op [[d:vrijdag 12 januari]] om drie uur 's nachts de 112 belde. Les: als informele zorg goed loopt, leg toch de formele basis (indicatie, alarmering, sleutelkluis). Contactgegevens dochter [[p:Groen]]: [[tel:+31 6 18 22 90 07]].
~~~
Casusles concept – [[p:Farid Noorzai]] en het inburgeringsexamen
[[p:Farid]] (44, Afghanistan) is 'ingeburgerd' volgens de papieren, maar kan nauwelijks lezen. Zijn vrouw [[p:Zahra]] doet alles. Op [[d:2 mei]] bleek dat hij € 10.000 aan lening bij {{o:DUO}} moet terugbetalen omdat hij het examen te laat haalde. Zaaknummer {{o:DUO}}: [[dos:DUO-INB-77120493]]. Samen met {{o:VluchtelingenWerk}} bezwaar gemaakt, met succes. Les: "ingeburgerd" zegt niets over geletterdheid.
~~~
Concept – thema ouderen / Surinaamse ouderen
Meneer [[p:Lachmon]] en mevrouw [[p:Lachmon-Ramkhelawan]] (beiden rond de 80) wonen in {{w:Transvaal}}. Hun kinderen wonen in Paramaribo. Mevrouw belt elke week met dochter [[p:Sushila]] ([[tel:+597 861 2244]]). Meneer heeft suiker en vergeet zijn insuline. De {{r:wijkverpleegkundige}} komt twee keer per dag. Mevrouw wil "niet naar een Hollands tehuis". Via {{o:Stichting Sarita}} vonden we een Hindostaanse dagbesteding met eten dat ze kennen. Les: cultuurspecifieke dagbesteding bestaat, maar staat niet in de sociale kaart.
~~~
Concept casusles – door [[p:Kevin Lopes]] ({{w:Houtwijk}})
"Het huis stond op naam van de ex"
Mw. [[p:Yara Al-Masri]] (36) woonde met haar kinderen op [[adr:Erasmusweg 1011]] ([[pc:2532 CS]]). Na de scheiding bleef ze wonen, maar het huurcontract stond op naam van haar ex [[p:Samir]]. Hij zegde op [[d:31-12-2023]] de huur op. Ontruiming dreigde voor een moeder met drie kinderen. Dossier bij de corporatie: [[dos:VES/2024/0339]]. Na bemiddeling mocht ze het contract overnemen. Les: check bij elke scheiding op wiens naam het huurcontract staat.
~~~
Conceptles LVB – [[p:Marieke]] ({{o:MEE}})
Een jonge vrouw van 24, [[p:Kimberley Vos]], LVB, woont zelfstandig op [[adr:Hobbemaplein 5-II]]. Ze had drie telefoonabonnementen afgesloten in de winkel ("ze waren zo aardig"), totaal € 2.300 schuld. Moeder [[p:Ans Vos]] wist van niets. Wij hebben de abonnementen laten ontbinden wegens handelingsonbekwaamheid; de winkel ging akkoord na een brief van de {{r:MEE-consulent}}. Les: bij LVB zijn veel contracten aantastbaar, laat je niet afschepen.
~~~
Casusles (concept) – vader alleen met vier kinderen
Dhr. [[p:João Semedo]] (47), Kaapverdiaans, {{w:Spoorwijk}}, is na het overlijden van zijn vrouw ([[d:14 februari]]) alleen met vier kinderen. Hij werkt in de haven in ploegendienst. [[p:João]] vraagt om kinderopvang in de nacht; die bestaat niet. De oudste, [[p:Nelson]] (16), past nu op. Met het {{o:CJG}} en de kerkgemeenschap is een rooster gemaakt. Telefoon [[p:João]]: [[tel:06-41290073]]. Les: het netwerk is er vaak, maar iemand moet het organiseren.
~~~
Snelle notitie na HB (nog uitwerken tot les):
[[d:di 14/5]] 10u HB [[adr:Wolmaransstraat 45-II]] – mw niet thuis, buurvrouw zegt al week weg. briefje achtergelaten. terugbellen op [[tel:06.52.18.90.33]]. checken bij {{o:HMC}} of ze opgenomen is. geboortedatum voor navraag: [[d:1-1-'52]]
~~~
Geplakt uit mijn agenda-uitnodiging (was per ongeluk in de les beland):
Onderwerp: keukentafelgesprek fam. [[p:Sahin]]
Wanneer: [[d:donderdag 6 juni 2024]] 14:00-15:00
Waar: [[adr:Zuiderparklaan 187]], [[pc:2574 HG]]
Deelnemers: [[mail:e.yavuz@denhaag.nl]]; [[mail:m.vandam@florence.nl]]
~~~
Formulier bijzondere bijstand (deel dat wij invulden met cliënt):
Aanvrager: [[p:Ayaan Warsame]]
BSN: [[bsn:@]]
Adres: [[adr:Zonnebloemstraat 96]], [[pc:2565 RG]]
Rekeningnummer: [[iban:@RABO ]]
Gevraagd: witgoed (koelkast), € 389,-
Behandelend {{r:klantmanager}}: [[p:T. Haan]], {{o:Dienst SZW}}, kenmerk [[dos:BB-2024-661093]]
~~~
Mail aan de pilotgroep (concept van [[p:Sophie]]):
Beste allemaal, herinnering: uploads met BSN, IBAN of volledig adres worden voortaan automatisch tegengehouden. Test het gerust met een nepnummer, maar gebruik geen echte gegevens van cliënten! Vragen? [[mail:sophie.lambrechts@caop.nl]] of [[tel:+31 (0)70 376 57 00]]. Groet, [[p:Sophie]]
~~~
Uittreksel aanmeldformulier (ingevuld door {{o:GGD Haaglanden}}):
Naam: [[p:B.J. van der Meer]]
Geboren: [[d:09/09/1963]]
BSN: [[bsn:@ ]]
Woonadres: [[adr:Loosduinsekade 718]] – [[pc:2571 CK]] 's-Gravenhage
Telefoon: [[tel:070 – 380 19 26]]
Huisarts: dr. [[p:Van Leeuwen]], [[adr:Beeklaan 357]]
Toelichting: vervuilde woning, rattenoverlast gemeld door buren op [[d:2 mei]] en [[d:16 mei]]; dossier {{o:GGD}} [[dos:GGD/MZO/24/1420]].
~~~
Uit de brief van het {{o:UWV}} (foto):
"Betreft: WW-uitkering. Burgerservicenummer: [[bsn:@.]]. Geachte heer [[p:Popescu]], uw WW-uitkering eindigt op [[d:30 juni 2024]]. U hebt recht gehad op 3 maanden WW..."
-- meneer dacht dat dit een ontslagbrief was. Uitgelegd met hulp van zijn collega [[p:Ionel]].
~~~
Bericht in het draadje "tips energiefonds":
dhr [[p:van der meer]] (zie les vervuilde woning) heeft via het energiefonds € 600 gekregen. Aanvraag duurde 3 weken. Rekening waarop het gestort is: [[iban:@INGB]] (van de {{r:bewindvoerder}}, dus dat mag wel hè? 😅) – [[p:Priscilla]]
~~~
Reactie moderator: @[[p:Priscilla]] nee, ook het rekeningnummer van een bewindvoerder hoort er niet in, dat is ook een persoonsgegeven (en te herleiden naar de cliënt). En "dhr [[p:van der meer]]" staat er met naam in. Ik heb je bericht verborgen. [[p:Gert-Jan]]
~~~
Verslag telefoongesprek [[d:27/3]] met {{o:Zilveren Kruis}}:
Gesproken met [[p:Daniëlle]], afdeling incasso. Premieachterstand dhr. [[p:Wójcik]] (relatienr. [[dos:RN 4418 2093]]) is € 1.912. Regeling mogelijk vanaf € 50 p/m. Betalen op [[iban:@INGB ]]. [[p:Daniëlle]]'s directe nummer: [[tel:071 - 365 22 01]].
~~~
E-mail van een vrijwilliger (via algemene mailbox):
"Hallo, ik ben [[p:Joke Dekker]], maatje bij {{o:VoorElkaar}}. Ik bezoek mw. [[p:Lie]] in de [[adr:Reinkenstraat 48 bis]]. Zij heeft sinds [[d:zo. 3 maart]] niet meer gegeten volgens mij. Wie kan ik daarover bellen? Mijn nr: [[tel:0634719925]]. Groetjes [[p:Joke]]"
~~~
Uit het huurcontract (pagina 1) – meegestuurd als bijlage bij les, svp verwijderen:
Verhuurder: {{o:Staedion}}, Postbus 52, Den Haag
Huurder: [[p:Mohamed El Idrissi]] en [[p:Fatiha El Idrissi-Bouzid]]
Gehuurde: [[adr:Hoefkade 880]], [[pc:2526 CK]] Den Haag
Ingangsdatum: [[d:1 augustus 2011]]
Contractnummer: [[dos:11-004-229817]]
~~~
Aantekening reviewer [[p:Tim]]:
In de bijlage zit een huurcontract met namen, adres, contractnummer. Bijlagen worden niet automatisch gescand! Graag alleen de tekst van de les. De naam van de corporatie mag uiteraard blijven staan.
~~~
Kopie e-mail [[d:12.03.2024]]
Van: [[p:R. Veldhuis]]
Aan: [[mail:swt.transvaal@denhaag.nl]]
CC: [[mail:poh.ggz@hapdeheemstraat.nl]]
Onderwerp: pt [[p:R. Bakker]] – vervolg

Mw. is gisteren opnieuw gezien. Gaat beter. Zoon [[p:Danny Bakker]] ([[tel:06-24870015]]) heeft toegezegd dat hij de ondersteuning accepteert. Verzoek om huisbezoek vóór [[d:22 maart]].
~~~
Uit de notitie van de {{r:wijkagent}} (door hem zelf gemaild):
"Op [[d:zaterdag 20-04-2024]] te 23:10 uur ter plaatse gekomen op [[adr:Van Speijkstraat 212]] ([[pc:2518 GK]]). Aldaar trof ik de heer [[p:K. de Haan]] aan. Tijdelijk huisverbod opgelegd, BVH-registratie [[dos:PL1500-2024118834]]." – Mogen we dit letterlijk citeren in de les? Ik denk het niet. [[p:Joyce]]
~~~
Antwoord [[p:Esther]] ({{r:privacy officer}}): Nee, niet letterlijk. Politiegegevens (ook registratienummers) nooit overnemen. Schrijf "de politie legde een huisverbod op".
~~~
Uit de Wmo-melding (formulier "melding hulpvraag"):
Melder: [[p:Sevgi Aydın]] (buurvrouw), [[tel:+90 532 418 77 21]] (tijdelijk in Turkije)
Betreft: mw. [[p:H. Çelik]], [[adr:Delftselaan 9 C]], [[pc:2512 RA]]
Datum melding: [[d:28-05-24]]
Vraag: mw. kan de zorg voor moeder en zoon niet meer aan.
Registratienummer Wmo: [[dos:WMO-M-24-008812]]
~~~
Geplakt uit de mail van {{o:VluchtelingenWerk}}:
"Dhr. [[p:Yonas Haile]] heeft op [[d:12 september 2019]] zijn verblijfsvergunning gekregen (V-nummer [[dos:2817449012]]). Sinds [[d:1 maart 2020]] woont hij op het huidige adres. Zijn {{r:begeleider}} bij ons was [[p:Anke Roos]] ([[mail:a.roos@vluchtelingenwerk.nl]])."
~~~
Noot bij de les "De Poolse zorgverzekering" – [[p:Ewa]]'s tip:
Het NFZ in Polen schreef terug op [[d:4 kwietnia 2024]] (Pools!). Nummer van het Poolse consulaat dat ons hielp: [[tel:+31 70 799 0100]]? – weet niet of dat het algemene nummer is of een persoonlijk toestel van mevrouw [[p:Kowalczyk]].
~~~
Casusles uit Utrecht (gastbijdrage, concept) – [[p:Lieke Groen]]
Wijkteam {{w:Kanaleneiland}}, 2023. Mevrouw [[p:Fatma Yıldırım]] (58) woonde op [[adr:Marshalllaan 212]], [[pc:3527 TL]] Utrecht. Zij had € 23.000 schuld, waarvan de helft bij de {{o:Belastingdienst}} (toeslagenaffaire – zij bleek gedupeerd, dossier UHT [[dos:UHT-2021-448190]]). De compensatie van € 30.000 ging meteen naar schuldeisers, omdat niemand wist dat de gemeente schulden kon overnemen. Les voor Den Haag: vraag bij elke cliënt met oude toeslagschulden of hij/zij zich heeft gemeld bij de {{o:Uitvoeringsorganisatie Herstel Toeslagen}}.
~~~
Presentielijst workshop "Praten met pictogrammen" – [[d:12 juni 2024]]
[[p:Marieke Kuiper]] (trainer, {{o:MEE}}) – [[tel:06-20199483]]
[[p:Joyce Hermans]] – [[mail:joyce.hermans@denhaag.nl]]
[[p:Fatoumata Diallo]] – [[mail:f.diallo@swtlaak.nl]]
[[p:Kevin Lopes]] – [[mail:k.lopes@swthoutwijk.nl]]
[[p:Iris Bos]] – [[mail:iris.bos@cjgdenhaag.nl]]
[[p:Daphne Wit]] – [[mail:d.wit@servicepuntxl.nl]]
[[p:Noor Aziz]] – [[mail:n.aziz@xtra.nl]]
Afwezig: [[p:Sven]] (ziek)
~~~
Concept les (v1) – [[p:Noor Aziz]] ({{r:maatschappelijk werker}}, {{o:Xtra}})
Mevrouw [[p:Amina Benali]], [[adr:Van Ostadestraat 44]], {{w:Schilderswijk}}. Zij zorgt voor een zoon met een ernstige beperking ([[p:Ilyas]], 19). Het pgb is op [[d:1 januari 2024]] stopgezet omdat een verantwoording niet op tijd was ingeleverd ({{o:SVB}}, budgetnummer [[dos:5501 7782 33]]). Ze moest zelf € 4.200 aan zorgverleners voorschieten. Het pgb is hersteld na tussenkomst van de {{r:Wmo-adviseur}}. Les: pgb-houders met een taalbarrière hebben een vaste contactpersoon nodig bij de {{o:SVB}}.
~~~
Reactie in draad "pgb-ellende" – [[p:Hester]]:
Ook bij ons! Mw. [[p:Lopes]] ([[adr:Stieltjesstraat 7]]) kreeg een terugvordering van € 9.000. Zij belde de {{o:SVB}} elf keer. Wie heeft een contact daar? Mij bereik je via [[tel:06-27338190]].
~~~
Verslag intervisie SWT {{w:Laak}} – [[d:woensdag 20 maart 2024]]
Inbreng: [[p:Fatoumata]]. Casus "de vader die niet praat" (dhr. [[p:Haddad]]).
Vraag: hoe maak je trauma bespreekbaar zonder het woord te gebruiken?
Opbrengst: (1) slaap als ingang, (2) lichamelijke klachten serieus nemen, (3) de {{r:huisarts}} laten verwijzen naar {{o:i-psy}}, (4) de kinderen niet als tolk.
Volgende intervisie: [[d:17 april]], inbreng [[p:Karim]].
Notulist: [[p:Mo]].
~~~
Bericht van [[p:Gert-Jan Post]] (beheer), gepind bovenaan:
Vanaf [[d:maandag 11 maart]] scant het platform alle uploads op BSN, IBAN, telefoonnummers, e-mailadressen, postcodes, adressen en namen. Vals alarm? Meld het via [[mail:platform-support@denhaag.nl]] met het nummer van de melding (bv. [[dos:MLD-000412]]).
Let op: namen van wijken, organisaties en functies worden bewust NIET weggelakt.
~~~
Concept casusles – eenzaamheid bij jonge mensen
[[p:Dewi Pranoto]] (23) is na een burn-out gestopt met haar opleiding en woont alleen op een studio aan de [[adr:Stationsweg 3 bis]], [[pc:2515 BK]]. Sinds maart komt ze de deur niet uit, boodschappen via {{o:Picnic}}. Haar moeder in Zoetermeer ([[tel:079-3412876]]) belde het {{o:Servicepunt XL}} op [[d:2 april]]. Wij kregen pas contact via een online-spelletje dat de {{r:jongerenwerker}} met haar speelde. Les: voor sommige jongeren is online de enige deur.
~~~
Uit het overdrachtsformulier {{o:Kessler Stichting}} → SWT:
Naam: [[p:Piotr Zieliński]]
Geb.: [[d:1 lipca 1975]] (ID-kaart in het Pools, = [[d:1 juli 1975]])
BSN: [[bsn:@]]
Briefadres sinds: [[d:07-06-2024]]
Contact {{o:Kessler Stichting}}: [[p:Monique Schouten]], [[mail:m.schouten@kessler-stichting.nl]]
Bijzonderheden: wil terug naar Polen, paspoort aangevraagd op [[d:20 juni]].
~~~
Vraag op het forum (SWT {{w:Ypenburg}}):
Wij zien steeds vaker jonge gezinnen in {{w:Ypenburg}} en {{w:Leidschenveen}} met hoge schulden door koopwoningen. Dit past niet in het "klassieke" SWT-beeld. Hoe gaan andere teams met kopers om? Voorbeeld: fam. [[p:Kuiper]], [[adr:Laan van Hoornwijck 88]], hypotheekachterstand bij de {{o:Rabobank}}. – [[p:Marloes Teeuwen]], [[tel:06-44719032]]
~~~
Antwoord [[p:Bart]]:
@[[p:Marloes]] bij kopers schakel ik de {{o:Geldfit}}-lijn in en de {{r:schuldhulpverlener}} met hypotheekkennis ([[p:Erik Brouwer]], [[mail:e.brouwer@denhaag.nl]]). Het gesprek met de bank moet vroeg, vóór de achterstand drie maanden is. En let op: noem het adres van een koopwoning niet, dat staat in het kadaster en is dus super makkelijk te herleiden.
~~~
Memo aan de pilotgroep – van [[p:Annemiek Verhoef]] – [[d:13 februari 2024]]
Onderwerp: zo schrijf je een goede casusles
1. Eén les = één inzicht. 2. Beschrijf de situatie in drie zinnen. 3. Wat deed je, wat werkte, wat niet? 4. Noem de rollen ({{r:wijkverpleegkundige}}, {{r:casusregisseur}}) en organisaties ({{o:GGZ}}, {{o:MEE}}), géén namen. 5. Leeftijden mogen, geboortedata niet. 6. De wijk mag, de straat niet.
Voorbeeld van hoe het NIET moet: "Mw. [[p:J. Visser]] ([[d:12-04-1948]]) uit de [[adr:Thorbeckelaan 412]]..."
~~~
Geplakt uit de brief van de {{o:Sociale Verzekeringsbank}}:
Datum: [[d:2 april 2024]]
Ons kenmerk: [[dos:SVB/KB/2024/3310876]]
Burgerservicenummer: [[bsn:@ ]]
Geachte mevrouw [[p:Owusu-Boateng]],
Vanaf [[d:1 juli 2024]] ontvangt u kinderbijslag voor [[p:Gift]] op rekeningnummer [[iban:@ABNA ]].
(mevrouw wist niet dat dit een goed bericht was; dacht aan een terugvordering)
~~~
Reactie van [[p:Wouter Mulder]] ({{w:Delfshaven}}):
Leuk platform! In Rotterdam hebben we iets vergelijkbaars. Eén tip: laat cliënten zelf hun les lezen voordat hij online gaat. Bij ons zei een mevrouw: "iedereen weet dat ik het ben door de hond". Die stond er dus uit. Bellen mag: [[tel:010 – 482 71 90]].
~~~
Kort verslag telefonisch overleg met {{o:DUO}}, [[d:3-5-2024]]:
Namens dhr. [[p:F. Noorzai]] gebeld. Gesproken met [[p:Sjoerd]] (medewerker inburgering). Bezwaar geregistreerd onder [[dos:BZ-24/0871]]. Schriftelijke bevestiging volgt naar [[adr:Zuiderparklaan 301-1]], [[pc:2574 HP]]. Terugbelnummer ingegeven: [[tel:070-3536600]] (algemeen nr. SWT? checken).
~~~
Uit een mail van een {{r:bewindvoerder}} in het draadje "samenwerking bewindvoering":
"Beste [[p:Tessa]], mijn cliënt [[p:D. Ramsaran]] ontvangt leefgeld op maandag. Het is dus niet nodig dat jullie voedselbankpakketten regelen. Leefgeldrekening: [[iban:@BUNQ ]]. Met vriendelijke groet, [[p:Ilse Dijkstra]], [[p:Dijkstra]] Bewindvoering" (!! naam kantoor = naam bewindvoerder – ook anonimiseren?)
~~~
Antwoord [[p:Esther]]: Ja. Een eenmanskantoor met de naam van de bewindvoerder is herleidbaar; in een les schrijf je "de bewindvoerder". In het draadje zelf laat ik het staan omdat [[p:Ilse Dijkstra]] professional is, maar de cliëntnaam en het rekeningnummer haal ik weg.
~~~
Themapagina (onderdeel) – Wie zijn de 20 pilotdeelnemers?
Twintig teamleden uit acht organisaties: gemeente, {{o:Xtra}}, {{o:Florence}}, {{o:HWW}}, {{o:Parnassia}}, {{o:MEE}}, {{o:Stichting Mooi}} en {{o:Servicepunt XL}}. Rollen: vijf {{r:maatschappelijk werker}}s, drie {{r:wijkverpleegkundige}}n, twee {{r:Wmo-adviseur}}s, een {{r:casemanager dementie}}, twee {{r:jongerenwerker}}s, en anderen. De volledige lijst met contactgegevens vind je onder "Deelnemers" (alleen zichtbaar na inloggen). Vragen: [[p:Sophie Lambrechts]], [[tel:06-50128847]].
~~~
Concept – [[p:Astrid]], thema ouderen
"De sleutelkluis"
Mw. [[p:Winter]] (88) viel op [[d:25 december]] en lag een nacht op de grond. De thuiszorg kon niet naar binnen; de sleutel lag bij haar dochter in Leiden. De ambulance moest de deur forceren. Daarna is er een sleutelkluis gekomen (code alleen bij {{o:HWW}} en dochter [[p:Marian]], [[tel:071-5147782]]). Les: bij elke alleenwonende met alarmering ook een sleutelkluis regelen. Het adres, [[adr:Aaltje Noordewierlaan 9]], moet er nog uit!
~~~
Mail cliënt aan de {{r:casusregisseur}} (mocht gebruikt worden als citaat):
"Beste meneer [[p:Visser]], dank u voor alles. Mijn huis is nu schoon en ik slaap weer. Ik wil graag dat andere mensen weten dat het kan. U mag mijn verhaal vertellen maar niet mijn naam. [[p:Wim]]"
Afzender: [[mail:wimdegroot52@ziggo.nl]], ontvangen [[d:vr 31-05-2024]].
~~~
Casusles (ter review, versie 3) – thema huiselijk geweld
Titel: "Eerst de pinpas, dan het plan"
Auteur: [[p:Fatoumata Diallo]], {{r:maatschappelijk werker}} SWT {{w:Laak}}

Situatie. Een vrouw van midden veertig, moeder van drie, komt met haar zus naar het wijkcentrum. Ze heeft geen eigen rekening, geen eigen telefoonabonnement en mag alleen met haar man naar de {{r:huisarts}}. Haar man beheert alles, ook haar kinderbijslag.
Wat deden we? We hebben niet meteen over geweld gepraat, maar over geld. In het tweede gesprek hebben we samen een rekening geopend bij een bank waar haar man niet bankiert. Pas in het vierde gesprek vertelde ze over de klappen. Toen volgde een melding bij {{o:Veilig Thuis}} en een veiligheidsplan met de {{r:aandachtsfunctionaris}}.
Wat werkte? Praktisch beginnen. De zus als vertrouwenspersoon. Afspraken op de tijden dat haar man werkte.
Wat niet? De eerste melding werd door {{o:Veilig Thuis}} "licht" ingeschat omdat er geen fysiek letsel was gezien.
(Interne noot, weghalen: cliënt is mw. [[p:Çelik]], zus [[p:Hülya]], gesprek 4 was op [[d:28 maart]].)
~~~
Uitgebreide review – [[p:Esther Koolhoven]], [[d:9 april 2024]]
Beste [[p:Fatoumata]],
Dank voor versie 3, de les is sterk en bijna klaar. Mijn punten:
1. De interne noot onderaan bevat nog de achternaam van cliënt ([[p:Çelik]]) en de voornaam van de zus ([[p:Hülya]]), plus een datum. Deze regel moet helemaal weg.
2. "Moeder van drie, midden veertig, met haar zus" is in combinatie met {{w:Laak}} misschien nog herleidbaar. Overweeg "een moeder" zonder aantal kinderen.
3. "Een bank waar haar man niet bankiert" is prima, noem geen bank.
4. De inschatting van {{o:Veilig Thuis}} mag je kritisch beschrijven, maar citeer niet uit het rapport.
Na aanpassing kan de les door naar publicatie. Ik heb de versie met de naam in de historie laten verwijderen ([[dos:REV-2024-0311]]).
Groet, [[p:Esther]]
~~~
E-mailwisseling (geplakt in de les als "bewijs van goede samenwerking" – graag weghalen):

> Van: [[p:Youssef Amrani]] <[[mail:y.amrani@denhaag.nl]]>
> Datum: [[d:dinsdag 23 januari 2024]]
> Hoi [[p:Naima]], ik kan donderdag om 10 uur bij je zijn. Neem je alle brieven mee? Ook die van de deurwaarder ([[dos:DW/24/000412]]). Groet, [[p:Youssef]]

> Van: [[p:Naima Azzouzi]] <[[mail:naima.azz@live.nl]]>
> Datum: [[d:23-01-2024]]
> ja is goed meneer. ik woon nu op [[adr:Hoefkade 212-B]] (3e verdieping, bel werkt niet, bel me [[tel:06 87 21 44 09]] als u beneden bent)

Dit laat zien hoe laagdrempelig het contact was. Maar hij hoort natuurlijk niet op het platform met naam en adres. [[p:Hester]]
~~~
Verslag startbijeenkomst pilot – [[d:6 februari 2024]], wijkcentrum in {{w:Transvaal}}
Aanwezig: pilotgroep (18 van de 20), facilitators [[p:Annemiek Verhoef]] ({{o:CAOP}}) en [[p:Hans Bakker]] ({{o:Crossover}}), {{r:beleidsmedewerker}} [[p:Tim de Boer]].
1. Terugblik op de kick-off van [[d:22 november]]: vier thema's gekozen.
2. Werkwijze: iedere deelnemer schrijft in vier maanden minstens twee casuslessen. Elke les krijgt een reviewer. Lessen alleen met getekende toestemmingsverklaring.
3. Platform-demo door [[p:Gert-Jan Post]]. Vraag van [[p:Karim]]: wat als ik per ongeluk een naam laat staan? Antwoord: het platform markeert namen, adressen, telefoonnummers en BSN's; de reviewer kijkt daarna nog.
4. Planning: expertmeeting in april ([[d:18-04]]), afsluiting in juni ([[d:20-06]]).
5. Rondvraag: [[p:Hodan]] vraagt of lessen ook in het Engels mogen. Besluit: nee, wel Engelstalige citaten.
Volgende trekkersoverleg: [[d:ma 19 februari]].
~~~
Bericht in het draadje "Wie wil mijn les reviewen?" ([[p:Kevin Lopes]]):
Hoi allemaal, mijn les over de scheiding en het huurcontract is af, maar [[p:Annemiek]] zit vol. Wie wil reviewen? Het gaat om een moeder met drie kinderen in {{w:Houtwijk}}. Ik heb de namen al vervangen (alleen "mw. Y." staat er nog), maar ik twijfel over het dossiernummer van de corporatie ([[dos:VES/2024/0339]]) – moet dat eruit? Ja toch? En ik heb de datum van de huuropzegging ([[d:31-12-2023]]) laten staan omdat die belangrijk is voor het verhaal. Bel gerust: [[tel:06-11842763]]. Thx, [[p:Kevin]]
~~~
Reactie [[p:Lotte]] op [[p:Kevin]]:
Ik doe het! Dossiernummer eruit, zeker. De datum: "eind december" is net zo duidelijk. En check ook de bijlage, vorige keer stond daar een scan van een ID-kaart in (van een andere les, met BSN [[bsn:@]] – schrik!). Stuur maar naar [[mail:l.vermeulen@swtbouwlust.nl]].
~~~
Overgenomen uit de brief van de {{o:Kredietbank Nederland}} aan meneer (foto, voor de les "schulden bij ondernemers"):
Datum: [[d:17 mei 2024]]
Dossiernummer: [[dos:KBN-24-051877]]
De heer [[p:W. Chen]]
[[adr:Weimarstraat 174]]
[[pc:2562 GV]] DEN HAAG
Wij hebben uw aanvraag voor een saneringskrediet ontvangen. Uw vaste lasten worden vanaf [[d:1 juni]] betaald vanaf de budgetbeheerrekening [[iban:@INGB ]]. Uw leefgeld wordt wekelijks op vrijdag overgemaakt naar [[iban:@ABNA]].
~~~
Aanmelding (telefonisch, genoteerd door [[p:Daphne]] van het {{o:Servicepunt XL}}):
wie: mw [[p:ana da graça]] (zus van cliënt [[p:Lucia Monteiro]])
tel: [[tel:06-30917724]]
wanneer gebeld: [[d:vr 10 mei]] 16:20
vraag: haar zus durft zelf niet te bellen, heeft sinds de ontslagbrief van [[d:15 april]] geen inkomen. Woont [[adr:Vaandelstraat 41]] 1e verdieping. BSN zus: [[bsn:@ ]] (!! had ik niet moeten opschrijven, doorgeven aan SWT en dan hier wissen)
"""


def main():
    gen = Gen(77)
    rows = []
    for i, marked in enumerate(split_texts(TEXTS)):
        text, pii, keep = parse(marked, gen)
        rows.append({"id": "ho77-%04d" % i, "text": text, "pii": pii, "keep": keep})
    # verification
    for r in rows:
        t = r["text"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert b["start"] >= a["end"], ("overlap", r["id"], a, b)
        assert r["pii"], ("no pii", r["id"])
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert check_bsn(s["text"]), s
            if s["label"] == "iban":
                assert check_iban(s["text"]), s
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout77.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        "wrote %s: %d texts, avg %.1f words (min %d, max %d)"
        % (out, len(rows), sum(words) / len(words), min(words), max(words))
    )
    print("pii:", dict(pc.most_common()), "total", sum(pc.values()))
    print("keep:", dict(kc.most_common()), "total", sum(kc.values()))


if __name__ == "__main__":
    main()
