#!/usr/bin/env python3
"""Held-out corpus 24: hand-written wijkteam texts. Writes heldout24.jsonl next to this file."""

import json
import os
import random
import re

RNG = random.Random(2424)
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


def bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def iban():
    bank = RNG.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return "NL%02d%s%s" % (chk, bank, acct)


def fill(t):
    def rep(m):
        k = m.group(1)
        if k.startswith("BSN"):
            v = bsn()
            if k == "BSN.":
                return v[:4] + "." + v[4:6] + "." + v[6:]
            if k == "BSN_":
                return v[:3] + " " + v[3:6] + " " + v[6:]
            return v
        v = iban()
        if k == "IBANc":
            return v
        if k == "IBANl":
            return v.lower()
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))

    return re.sub(r"<(BSN[._]?|IBAN[cl]?)>", rep, t)


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(raw):
    raw = fill(raw)
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


T("""Casusles - bemoeizorg in {{w:Transvaal}}
Mevrouw [[p:Şahin]] (71) woont al jaren alleen op de [[a:Paul Krugerlaan 118-II]] ([[pc:2571 JH]]). Haar zoon [[p:Emre]] belde op [[d:14 januari 2025]] met de vraag of er 'iemand kon gaan kijken'. De {{r:wijkverpleegkundige}}, [[p:Joke Hazenberg]], ging met de {{r:ouderenconsulent}} van {{o:Stichting MOOI}} langs, maar de deur bleef dicht. Pas bij de derde poging, via buurvrouw [[p:Hanneke]], mochten we binnen. Les voor andere teams: investeer eerst in het netwerk, pas daarna in het plan. Dossier [[n:SWT-TV-2025-0142]].""")

T(
    """hoi [[p:mo]], ben net weg bij [[p:kuipers]] ([[a:jan blankenstraat 7]]), hij was weer erg verward en had niks gegeten. kun jij de {{r:poh-ggz}} van dokter [[p:Lambrechts]] bellen? ik zit tot 3 uur in {{w:Laak}} en heb geen bereik in die flat. morgen samen terug? grtz [[p:Wen]]"""
)

T("""Onderwerp: aanmelding schuldhulp fam. [[p:Boateng]]

Beste [[p:Priscilla]],

Zoals telefonisch besproken meld ik hierbij [[p:Kwame]] en [[p:Abena Boateng]] aan bij {{o:Schuldhulpverlening Den Haag}}. Zij wonen op de [[a:Hoefkade 412-hs]], [[pc:2526 BS]] Den Haag ({{w:Schilderswijk}}). Geboortedatum dhr.: [[d:02-11-1979]], BSN [[b:<BSN.>]]. Het inkomen komt binnen op [[i:<IBAN>]]. Er is een huurachterstand bij {{o:HaagWonen}} van ca. € 3.400 (kenmerk verhuurder [[n:HW-77310]]).
Dhr. is het best bereikbaar na 16.00 uur op [[t:06-41 88 20 73]].

Met vriendelijke groet,

[[p:Ilse van der Meulen]]
{{r:Maatschappelijk werker}} | {{o:Sociaal Wijkzorgteam}} {{w:Schilderswijk}}
[[e:i.vandermeulen@swt-denhaag.nl]] | [[t:070 - 353 11 94]]""")

T("""MDO {{w:Moerwijk}} – do 6 maart
Aanwezig: [[p:Karin]] ({{r:casusregisseur}}), [[p:Youssef El Amrani]] ({{r:Wmo-adviseur}}), [[p:Bart Koster]] ({{o:Parnassia}}), [[p:Sevda]] ({{o:Xtra}}), [[p:Roos]] ({{r:wijkagent}}).
1. Dhr. [[p:De Wit]] jr. ([[a:Zuiderparklaan 255]]): overlast buren neemt toe. [[p:Roos]] heeft op [[d:27/2]] een gesprek gehad. Afspraak: [[p:Bart]] doet huisbezoek voor [[d:14 maart]].
2. Mw. [[p:Nannan]] – {{o:Wlz}}-indicatie aangevraagd, {{o:CIZ}} nr [[n:CIZ-24-58813]].
Volgend MDO: [[d:do 3 april]], 9.30u, {{o:Wijkcentrum Zuiderpark}}.""")

T("""Overdracht ivm mijn verlof (3 weken)
Cliënt: [[p:Marga Bakker]], geb. [[d:17-08-1958]], [[a:Meppelweg 1022]], [[pc:2544BR]]. BSN [[b:<BSN>]].
Stand van zaken: {{o:CAK}}-rekening nog open, bewindvoering aangevraagd via {{o:Kantonrechter}} (zaaknr. [[n:C/09/645321 / BM RK 24-1187]]). Dochter [[p:Lisa]] ([[t:06 2931 4470]]) is betrokken maar woont in Zwolle. Let op: mw. neemt alleen op als je via de voordeur belt, niet telefonisch.
Vervanging: [[p:Tamara]]. Vragen? App me gerust, ik lees wel mee. [[p:Nel]]""")

T("""Re: Re: bemoeizorg-thema pilot
Eens met [[p:Hüseyin]]. Bij ons in {{w:Bouwlust}} liep het precies zo: dhr. [[p:Vos]] weigerde alles, tot de {{r:huisarts}} zelf meeging. Daarna ging het snel. Wat mij helpt is de vaste koppeling met de {{r:SPV}} van {{o:Parnassia}} ([[p:Gert-Jan]], voor wie hem kent). Zonder verwijzing van de {{r:huisarts}} kom je bij de {{o:GGZ}} nergens, dat blijft het knelpunt.
– [[p:Anouk]]""")

T("""Verslag huisbezoek [[d:woensdag 12 februari 2025]]
Aanwezig: mw. [[p:Khadija Ouali]], haar dochter [[p:Salma]] (16), ondergetekende.
Adres: [[a:Vaillantlaan 88-B]], [[pc:2526 EN]]. Mw. vertelt dat de {{o:Belastingdienst/Toeslagen}} de huurtoeslag heeft stopgezet. Brief met kenmerk [[n:TS/2024/0098812]] meegenomen. Ik heb mw. geholpen met bezwaar. Salma vertaalt veel voor haar moeder; dat willen we afbouwen, zij heeft haar eigen school. Contact met {{o:CJG}} gelegd ([[p:Jacqueline]]).
[[p:F. Aydın]], {{r:maatschappelijk werker}} {{o:Vóór Welzijn}}""")

T("""Graag doorzetten naar [[p:Annemarie]]:
Nieuwe aanmelding via {{o:Servicepunt XL}} {{w:Escamp}}. Dhr. [[p:Dariusz Nowak]] ([[d:04.05.1986]]), werkt via een uitzendbureau, geen vaste woonplek, slaapt nu bij een kennis aan de [[a:Dedemsvaartweg 311]]. Telefoon [[t:+48 602 118 349]] (Pools nummer, ook WhatsApp). Wil hulp bij inschrijving BRP en zorgverzekering. Spreekt redelijk Engels.""")

T("""Les: 'nee' is ook een antwoord
We hebben maanden geprobeerd [[p:Ana]] ([[p:Ana Tavares]], 44, {{w:Kanaleneiland}}) naar de {{o:Voedselbank}} te krijgen. Ze wilde niet: schaamte. Pas toen haar nicht [[p:Djenifer]] vertelde dat zij er zelf ook komt, ging het. Voor ons als team: laat het netwerk het werk doen. De {{r:ervaringsdeskundige}} van {{o:Buurtteams Utrecht}} heeft hier ook een rol gespeeld. Casus gesloten [[d:30-09-2024]].""")

T("""Aan: {{o:UWV}}, afdeling Bezwaar
Betreft: mevrouw [[p:A.M. Koç-Demir]], BSN [[b:<BSN_>]]
Uw kenmerk: [[n:UWV-BZW-2025-114072]]

Geachte heer, mevrouw,

Namens mevrouw [[p:Koç-Demir]], wonende [[a:Groene Hilledijk 177-a]], [[pc:3073 AD]] Rotterdam, teken ik bezwaar aan tegen uw besluit van [[d:19 december 2024]]. Mevrouw is sinds haar val in het voorjaar niet in staat om te werken; de {{r:bedrijfsarts}} is hiervan op de hoogte. Een machtiging is bijgevoegd.

Hoogachtend,
[[p:R. (Rutger) Stam]]
{{r:Sociaal raadsman}}, {{o:Sociaal Raadslieden}} {{w:Feijenoord}}
[[t:010-4 86 23 51]]""")

T(
    """[[d:22-11]] kick-off: ik neem [[p:Stijn]] en [[p:Mei]] mee van ons team, [[p:Winter]] is er helaas niet. vragen over parkeren? bel [[p:Jos]] [[t:0634872215]]"""
)

T(
    """Notitie telefoongesprek
Belde met [[p:buurman Hoop]]. """.replace("[[p:buurman Hoop]]", "buurman [[p:Hoop]]")
    + """Hij maakt zich zorgen om mw. [[p:Lente]] van nr. 14, heeft haar sinds vrijdag niet gezien en de post stapelt zich op. Ik heb gevraagd of hij een sleutel heeft: nee. {{r:Wijkagent}} ingeschakeld. Hoop is dat ze gewoon bij familie is. Zijn nummer: [[t:070-3657719]]. Haar adres voor de volledigheid: [[a:Soestdijksekade 14]] ({{w:Bomen- en Bloemenbuurt}})."""
)

T(
    """Tussenevaluatie casus [[n:#48817]]
Cliënte ([[p:mw. J. Redan]]) is in mei verhuisd naar een {{o:Staedion}}-woning op de [[a:Leyweg 204-B]], [[pc:2545 GJ]]. Het dagritme is beter sinds ze drie dagen naar de dagbesteding van {{o:Middin}} gaat. Broer [[p:Edson]] komt elke zondag. Aandachtspunt: schulden bij {{o:Zorg en Zekerheid}}, premie staat op [[i:<IBANc>]] maar komt niet altijd binnen. Volgende evaluatie [[d:18-3-2025]].""".replace(
        "[[p:mw. J. Redan]]", "mw. [[p:J. Redan]]"
    )
)

T(
    """Hoi allemaal, even een vraag aan de groep: heeft iemand ervaring met de {{o:IND}} bij een gezinshereniging als de vader in Eritrea nog vastzit? Het gaat om [[p:Senait]] en haar twee kinderen ([[p:Yonas]] en [[p:Mebrat]]), V-nummer [[n:V-2319840441]]. {{o:VluchtelingenWerk}} zegt dat het 'nog loopt'. Mijn mail: [[e:d.hofstede@wijkteam-overvecht.nl]]. Dank! [[p:Dieuwke]], {{w:Overvecht}}"""
)

T(
    """Beste [[p:Ramon]],
Dank voor je bericht. Ik ben [[d:maandag 24 maart]] niet op kantoor, maar [[d:dinsdag 25/3]] kan ik vanaf 13u. Dan kunnen we samen naar dhr. [[p:Martina]] ([[a:Kraijenhoffstraat 3 bis]]). Wil jij de {{r:bewindvoerder}} ([[p:mr. Elif Yıldırım]], {{o:Bewind Haaglanden}}) cc'en?
Groet, [[p:Gijs]]""".replace("[[p:mr. Elif Yıldırım]]", "mr. [[p:Elif Yıldırım]]")
)

T(
    """Rapportage [[d:7 jan.]]
dhr [[p:sadikovic]] gebeld ivm gemiste afspraak. nam niet op. sms gestuurd naar [[t:06 48 33 10 96]]. Ook [[p:z'n vrouw]] niet bereikbaar.""".replace(
        "[[p:z'n vrouw]]", "z'n vrouw [[p:Amra]]"
    )
)

T("""Aanmelding {{o:Veilig Thuis}} – samenvatting
Datum melding: [[d:2024-10-08]]
Betrokkenen: [[p:Chantal Verbeek]] (moeder, 29), [[p:Dylano]] (5), [[p:Jayvano]] (3), partner [[p:Rick Sprenger]].
Adres: [[a:Stuyvesantplein 61]], [[pc:2573 PR]] Den Haag.
Aanleiding: {{r:leerkracht}} van [[p:Dylano]] zag blauwe plekken; {{r:jeugdconsulent}} ([[p:Fenna]]) is meegegaan. Moeder wil hulp, partner ontkent. VT-nummer: [[n:VT-2024-11873]]. Contact moeder alleen via [[t:0687 12 40 59]], niet via het vaste nummer.""")

T(
    """Terugblik expertmeeting april: het thema ouderen leverde het meeste op. [[p:Hennie]] van {{w:Mariahoeve}} liet zien hoe de {{r:casemanager dementie}} en de {{r:ouderenconsulent}} samen één plan maken. Dat werkte bij mw. [[p:Groen]] (89) en haar man uitstekend: één aanspreekpunt, één schrift op tafel. Vraag van [[p:Paulien]]: hoe houd je dat vol als de mantelzorger ([[p:Gerda]], dochter) zelf omvalt?"""
)

T("""Van: [[e:sanne.verhoef@kwadraad.nl]]
Aan: [[e:wmo.intake@denhaag.nl]]
Datum: [[d:ma 10-02-2025]] 09:14

Goedemorgen,

Voor dhr. [[p:Abdirahman Warsame]] ([[d:01-01-1962]], BSN [[b:<BSN>]]) vraag ik een spoedbeoordeling aan voor huishoudelijke hulp. Dhr. is na een CVA thuisgekomen op de [[a:Escamplaan 40-III]], [[pc:2547 EA]], en woont drie hoog zonder lift. {{r:Ergotherapeut}} [[p:Mieke]] adviseert ook een traplift of verhuizing. Zijn neef [[p:Hamza]] ([[t:06-15093748]]) regelt de post.

Groet,
[[p:Sanne Verhoef]]
{{r:Wmo-consulent}} / {{o:Kwadraad}}""")

T(
    """Les uit {{w:Duindorp}}: ga niet alleen bij [[p:'Kees de Visser']]""".replace(
        "[[p:'Kees de Visser']]", "'[[p:Kees de Visser]]'"
    )
    + """ (zo noemt iedereen hem, ook al heet hij anders). Hij is aardig, maar zijn hond niet. Serieus: bij de eerste kennismaking op [[d:5 november]] moesten [[p:Lotte]] en ik het portiek uit vluchten. Sindsdien gaan we met z'n tweeën en bellen we van tevoren ([[t:(070) 355 92 18]]). De {{r:wijkagent}} kent hem ook."""
)

T(
    """Kort: [[p:Iman]] ([[p:Iman Bakkali]]) is [[d:gisteren, 3/12]] bevallen van een zoon, [[p:Adam]]. Alles goed. Kraamzorg via {{o:Kraamzorg Het Groene Kruis}}. Ik ga pas na [[d:15 december]] weer langs. [[p:Yvonne]]"""
)

T("""Rapportage wk 9
- ma: intake dhr. [[p:Ivanov]] ([[p:Georgi]]), Bulgaars, werkt in de kassen in het Westland. Woont met 6 man op [[a:Loosduinseweg 722-I]]. Geen huurcontract. {{o:Gemeente Den Haag}}, team Arbeidsmigratie ingelicht.
- di: niks
- wo: MDO, zie notulen
- do: mw [[p:pinas]] naar {{o:Kredietbank}} begeleid, dossiernr. [[n:KB 2025/00417]]
- vr: scholing meldcode""")

T(
    """Hoi [[p:Noor]], de brief voor de {{o:SVB}} staat in het dossier. Wil je die vóór vrijdag tekenen en versturen? Het gaat om het AOW-gat van [[p:Mw. Tjin-A-Kwie]]""".replace(
        "[[p:Mw. Tjin-A-Kwie]]", "mw. [[p:Tjin-A-Kwie]]"
    )
    + """, haar klantnummer bij de {{o:SVB}} is [[n:SVB 7722 0913 4]]. Dank je wel!! x [[p:Floor]]"""
)

T(
    """Notulen casuïstiekoverleg {{o:SWT}} {{w:Segbroek}} [[d:19 september 2024]]
Inbrenger: [[p:Jeroen]] ({{r:welzijnscoach}})
Casus: alleenstaande man, 58, ex-marinier, woont aan de [[a:Thomsonlaan 112]], vereenzaamd na overlijden van zijn vrouw [[p:Mariëtte]] in [[d:maart 2023]]""".replace(
        "[[d:maart 2023]]", "maart 2023"
    )
    + """. Hij heet [[p:Frans]], noemt zichzelf 'de Ouwe'. Wil geen hulp, wel koffie. Idee van [[p:Ahmet]]: koppelen aan {{o:Humanitas}} maatjesproject of aan de veteranenkoffie bij {{o:het Veteranen Instituut}}.
Besluit: [[p:Jeroen]] polst dhr. voor [[d:1 oktober]]."""
)

T(
    """Geachte [[p:heer Bloem]],""".replace("[[p:heer Bloem]]", "heer [[p:Bloem]]")
    + """

Hierbij bevestig ik onze afspraak op [[d:donderdag 17 april 2025]] om 10.30 uur bij u thuis, [[a:Apeldoornselaan 9-hs]], [[pc:2573 LR]]. Ik kom samen met mijn collega [[p:Samira Benali]], {{r:schuldhulpverlener}}. Wilt u de blauwe envelop met de aanmaningen klaarleggen, en uw bankafschriften van rekening [[i:<IBAN>]] over de laatste drie maanden?

Met vriendelijke groet,
[[p:P.J. (Pieter) Hoekstra]]
{{r:Casusregisseur}} {{o:Sociaal Wijkzorgteam}} {{w:Rustenburg-Oostbroek}}
T [[t:06 - 11 42 87 36]]"""
)

T(
    """Appje van [[p:Saskia]] 18:42: "ff laten weten: [[p:ruud]] zit weer in de kroeg op de hoek bij {{w:de Kaap}}, die bakker ernaast heeft ons gebeld. ik ga er nu niet heen, morgen 9u? zijn zus [[p:Ineke]] is ingelicht" """
)

T("""Casusles | jeugd & huiselijk geweld
Situatie: moeder [[p:Fatoumata Diallo]] (34) met drie kinderen in {{w:Bijlmer-Centrum}}; vader (Guinee) woont sinds de zomer apart. De oudste, [[p:Ibrahima]], stopte met school. {{o:Veilig Thuis Amsterdam-Amstelland}} deed onderzoek ([[n:VT-AA-24-06612]]). Wat werkte: één gezinsplan met het {{o:Ouder- en Kindteam}} en ons {{o:Samen DOEN}}-team, één regisseur ([[p:Hilde]]). Wat niet werkte: drie losse intakes in één week. Adres en verdere gegevens in het dossier, niet in deze les.""")

T(
    """Wie heeft het nummer van [[p:Erwin]] van {{o:Brijder}}? Ik heb [[t:088 358 1 358]] maar daar kom ik bij de algemene lijn. Gaat om [[p:Tobias]] uit {{w:Spoorwijk}}. -[[p:Gül]]""".replace(
        "[[t:088 358 1 358]]", "alleen het algemene nummer"
    )
)

T(
    """Intakeformulier (overgetypt)
Naam: [[p:Nguyen Thi Lan]]
Geboortedatum: [[d:23-06-1971]]
Adres: [[a:De Heemstraat 260]] [[pc:2531GZ]]
Tel: [[t:0642198830]]
E-mail: [[e:lan.nguyen71@hotmail.com]]
Huisarts: [[p:dr. Van den Broek]], {{o:Gezondheidscentrum Transvaal}}""".replace(
        "[[p:dr. Van den Broek]]", "dr. [[p:Van den Broek]]"
    )
    + """
Hulpvraag: 'Ik kan de brieven niet lezen en ik ben bang voor de deurwaarder.'
Deurwaarder: {{o:GGN}}, dossier [[n:GGN-331907-B]]"""
)

T(
    """Beste collega's van {{w:Hatert}},
Mooi verhaal van [[p:Marloes]] gisteren. Ik herken het van [[p:oma Jans]]""".replace(
        "[[p:oma Jans]]", "oma [[p:Jans]]"
    )
    + """ hier in {{w:Malburgen}}: pas toen de {{r:wijkverpleegkundige}} van {{o:Buurtzorg}} en wij één keer samen binnenkwamen, durfde ze te vertellen dat haar kleinzoon geld van haar pakte. Les: samen de eerste stap zetten scheelt weken. Hartelijke groet, [[p:Wim Zwart]] ({{o:Rijnstad}})"""
)

T(
    """Overdracht [[p:Dewi]] -> [[p:Kerem]]
[[p:Mw Ramautar]]""".replace("[[p:Mw Ramautar]]", "Mw [[p:Ramautar]]")
    + """ ([[a:Hobbemastraat 176A]]) heeft [[d:vrijdag 28 februari]] haar laatste gesprek bij de {{r:POH-GGZ}} gehad. Zoon [[p:Vikash]] en schoondochter [[p:Sharmila]] zijn nu mantelzorger. Wmo-aanvraag loopt, nr. [[n:WMO-2025-031877]]. Nog te doen: pgb-vraag bij {{o:SVB}}. Mw spreekt liever Sarnami dan Nederlands, neem [[p:Sharmila]] mee als tolk als zij kan."""
)

T(
    """[[p:hanna]] belt ivm [[p:opa roelofs]]""".replace("[[p:opa roelofs]]", "opa [[p:roelofs]]")
    + """, hij is gevallen en ligt in het {{o:HMC Westeinde}}. ontslag waarschijnlijk [[d:do 20-3]]. thuiszorg moet geregeld. nr hanna: [[t:06-38 27 11 05]]""".replace(
        "nr hanna", "nr [[p:hanna]]"
    )
)

T("""Budgetplan (concept) – [[p:Mirela Popescu]]
Inkomen: loon [[p:Mirela]] via {{o:Otto Work Force}} ca. € 1.650 netto, op [[i:<IBANc>]].
Vaste lasten: huur {{o:Vidomes}} € 712 (automatische incasso op de 1e), zorgverzekering {{o:CZ}}, telefoon.
Schulden: {{o:CJIB}} (boetes auto van ex, [[n:CJIB 2024 8812 3309]]), {{o:Vattenfall}} eindafrekening.
Partner [[p:Andrei]] betaalt niets meer sinds hij vertrok. BSN mw.: [[b:<BSN.>]]. Postadres: [[a:Koningin Julianaweg 19]], [[pc:2264 BH]] Leidschendam.
{{r:Budgetcoach}}: [[p:Tom]], tel. [[t:06 53 84 20 17]]""")

T("""Goedemiddag [[p:Yasmina]],
Vanmorgen sprak ik mw. [[p:Ouadghiri]] op het spreekuur in {{o:Wijkcentrum De Mussen}}. Ze vroeg of jij haar terug kunt bellen over de aanvraag bijzondere bijstand, dossier [[n:BB-2025-00388]]. Haar nummer: [[t:+31 6 2014 7793]]. Ze is na [[d:woensdag 5 maart]] drie weken in Marokko.
Groet, [[p:Rianne]]
---
[[p:Rianne de Hoog]] | {{r:Welzijnswerker}} {{o:Stichting MOOI}} | [[e:r.dehoog@mooiwelzijn.nl]]""")

T(
    """Wat ik anderen wil meegeven: vraag niet 'hoe gaat het', vraag 'wat wil je morgen anders'. Bij [[p:Jamal]] (22, {{w:Kruiskamp}}, LVB) werkte dat. Hij wilde een fiets. Via {{o:Stichting Leergeld}} kon het niet (te oud), via de kerk wel. Nu rijdt hij elke ochtend naar zijn werk bij {{o:Kringloop Amersfoort}}. [[p:Nicolette]], {{r:MEE-consulent}}"""
)

T(
    """dhr [[p:van leeuwen]] [[a:mient 411]] blijft weigeren. {{r:spv}} gaat [[d:di 11/3]] mee. [[p:jorinde]] weet ervan. bsn staat niet goed in suite, moet zijn [[b:<BSN>]]"""
)

T(
    """Verslag netwerkberaad [[d:18 juni 2024]], familie [[p:Al-Hassan]]
Aanwezig: [[p:Rania]] (moeder), [[p:Omar]] (oudste zoon, 19), oom [[p:Khaled]], buurvrouw [[p:Trees]], [[p:Mustafa]] ({{r:jongerenwerker}} {{o:Welzijn Lelystad}}), ondergetekende.
De familie kwam in 2016 uit Aleppo. Sinds de scheiding is er geld krap en weinig overzicht. Afspraken: oom Khaled helpt met de post; [[p:Omar]] meldt zich bij het {{o:Jongerenloket}}; [[p:Trees]] haalt de jongste twee op dinsdag uit school. Volgende keer: [[d:2 juli]], [[a:Botter 21-12]], [[pc:8232 EL]].
[[p:Lieke Smit]], {{r:casusregisseur}}""".replace("oom Khaled helpt", "oom [[p:Khaled]] helpt")
)

T(
    """Onderwerp: RE: terugkoppeling [[n:zaak 2025-01944]]

Hoi [[p:Bas]],

Terugkoppeling zoals beloofd: de {{o:woningcorporatie}} heeft de ontruiming bij mw. [[p:Holtkamp]] uitgesteld tot na [[d:1 mei]]. Voorwaarde is een betalingsregeling van € 150 p/m vanaf [[i:<IBAN>]] (rekening van haar {{r:bewindvoerder}}). Ik heb het contract gezien.

Grt,
[[p:Mehmet Kaya]]
{{r:Woonconsulent}} – {{o:Staedion}}
[[t:06 1902 4461]]""".replace("[[n:zaak 2025-01944]]", "zaak [[n:2025-01944]]")
)

T(
    """Soms is de les gewoon: wees op tijd. Ik was [[d:3 oktober]] tien minuten te laat bij [[p:mevr. Kraaijeveld]]""".replace(
        "[[p:mevr. Kraaijeveld]]", "mevr. [[p:Kraaijeveld]]"
    )
    + """ en ze had de deur al op slot gedraaid en 'de boel opgegeven'. Twee weken kwijt. Haar dochter [[p:Jessica]] zei later: 'Mam telt de minuten, dat is het enige wat ze nog heeft.' - [[p:Astrid]], {{w:Hillesluis}}"""
)

T(
    """@[[p:Fleur]] @[[p:Daan]] wie kan morgen de {{o:Voedselbank}}-verwijzing voor [[p:Halima]] tekenen? Ik ben ziek. Ze komt om 11u naar {{o:Buurthuis De Boog}}. Haar mobiel: [[t:06-27716034]]"""
)

T(
    """Betreft: verzoek kwijtschelding gemeentelijke belastingen
Naam: [[p:H. (Hendrik) Smits]]
Adres: [[a:Dr. Lelykade 55 zw]], [[pc:2583 CM]] Den Haag
BSN: [[b:<BSN_>]]
Aanslagnummer: [[n:1234.0098.7761]]
Rekeningnummer: [[i:<IBAN>]]

Dhr. Smits leeft van een uitkering (Participatiewet) en heeft geen vermogen. De {{o:Belastingsamenwerking}} heeft het verzoek van [[d:12/01/2025]] afgewezen omdat stukken ontbraken. Die stuur ik hierbij alsnog mee.
Namens dhr. Smits,
[[p:Carla Veenstra]], {{r:maatschappelijk werker}}""".replace(
        "Dhr. Smits leeft", "Dhr. [[p:Smits]] leeft"
    )
    .replace("namens dhr. Smits", "x")
    .replace("Namens dhr. Smits,", "Namens dhr. [[p:Smits]],")
)

T(
    """{{w:Presikhaaf}}, dinsdagochtend spreekuur. Er kwam een man binnen, [[p:Leon]], die alleen wilde praten over zijn duiven. Na een uur bleek: zijn vrouw [[p:Wilma]] is dementerend en hij kan niet meer. De {{r:casemanager dementie}} van {{o:Sensire}}? Nee, hier is dat {{o:Attent}}. Het duurde nog tot [[d:20 november]] voor er een indicatie lag. Les: blijf luisteren, ook naar de duiven."""
)

T(
    """Kan iemand dit doorsturen naar [[p:Kofi]] van het {{o:Juridisch Loket}}? [[p:Mw. Asante]]""".replace(
        "[[p:Mw. Asante]]", "Mw. [[p:Asante]]"
    )
    + """ wil weten of haar ex ([[p:Samuel Owusu]]) alimentatie moet betalen voor [[p:Akosua]] ([[d:geb. 09-09-2015]]""".replace(
        "[[d:geb. 09-09-2015]]", "geb. [[d:09-09-2015]]"
    )
    + """). Zij: [[e:grace.asante1984@gmail.com]], [[t:06 4401 2290]]. Dank jullie!"""
)

T("""Les: maak de wachtlijst zichtbaar voor de cliënt
[[p:Piotr]] wachtte 14 weken op de {{o:GGZ}}. Elke week belde hij ons, steeds bozer. Toen [[p:Yara]] ({{r:POH-GGZ}}) een simpel briefje maakte met 'week 1 t/m 14' en hij zelf mocht afstrepen, werd het rustiger. Kleine moeite. Casus [[n:SWT-ESC-0931]], gesloten [[d:14-11-2023]].""")

T("""Aan het {{o:Centrum Indicatiestelling Zorg}}
Hierbij de aanvullende informatie voor mevrouw [[p:D. Pawirodikromo]], geboren [[d:3 augustus 1944]], wonend [[a:Hengelolaan 1190]], [[pc:2545 CS]]. Uw kenmerk [[n:CIZ/2025/ZL/04471]]. Mevrouw heeft sinds de zomer 24-uurs toezicht nodig; dochter [[p:Indra]] en schoonzoon [[p:Ravi]] kunnen dit niet langer opvangen. Verslag {{r:specialist ouderengeneeskunde}} bijgevoegd.
[[p:M. el Idrissi]], {{r:wijkverpleegkundige}} {{o:Florence}}, [[t:070-413 26 60]]""")

T(
    """kort verslag: [[p:bakker]] en [[p:visser]] (de buren, niet familie) ruzie om de tuin [[a:merelstraat 4]] en [[a:6]]. {{r:wijkagent}} ([[p:Hans]]) gaat buurtbemiddeling voorstellen via {{o:Buurtbemiddeling Zaanstad}}.""".replace(
        "[[a:merelstraat 4]] en [[a:6]]", "[[a:merelstraat 4]] en [[a:merelstraat 6]]"
    )
)

T(
    """Reactie op de vraag van [[p:Ilona]]: bij ons in {{w:Selwerd}} gebruiken we voor iedereen de zelfredzaamheidsmatrix. Bij mw. [[p:Hoekstra]] scoorde ze op 'financiën' een 1, op 'sociaal netwerk' een 4. Dus geen budgetcursus maar de buurvrouw vragen. Dat werkte. {{o:WIJ Groningen}} heeft er een handig formulier voor, vraag maar aan [[p:Sjoerd]] ([[e:s.dijkstra@wij.groningen.nl]])."""
)

T("""Hoi [[p:Ronald]],
Voor de aanvraag bewindvoering bij [[p:Zeynep Arslan]] heb ik nodig: BSN ([[b:<BSN>]] – check even, ik heb het overgeschreven van een kopie), rekeningnummers: betaalrekening [[i:<IBAN>]] en spaarrekening [[i:<IBANc>]], en het adres, [[a:Weimarstraat 301-2]], [[pc:2562 HG]]. Haar broer [[p:Burak]] wil zelf {{r:bewindvoerder}} worden maar dat lijkt mij geen goed idee gezien de familiesituatie.
[[p:Els]]""")

T(
    """Nog een tip voor het thema ouderen: vergeet de kapper niet. [[p:Joyce]] van salon 'Knip' op de hoek van de Fahrenheitstraat weet vaak eerder dan wij dat iemand achteruitgaat. Zij belde ons over mw. [[p:Verschoor]] (de mevrouw met de rollator en de rode jas, voor wie haar kent in {{w:Valkenboskwartier}}). [[p:Bep]] heet ze trouwens, niet Elisabeth.""".replace(
        "niet Elisabeth", "niet [[p:Elisabeth]]"
    )
)

T(
    """Spoed – graag vandaag lezen
Dhr. [[p:Tesfaye Gebremedhin]] ([[d:12-5-'93]]) heeft gisteravond een brief gekregen dat zijn uitkering per [[d:1 april]] stopt. Hij spreekt Tigrinya; tolk via {{o:Tolk- en Vertaalcentrum}}. Klantnummer {{o:Werkplein}}: [[n:WP-339012]]. Hij woont op [[a:Aert van Nesstraat 33-C]], [[pc:3012 CA]] Rotterdam. Zijn {{r:klantmanager}} [[p:mw. Oosterhout]]""".replace(
        "[[p:mw. Oosterhout]]", "mw. [[p:Oosterhout]]"
    )
    + """ is op vakantie. Wie kan? [[p:Marieke]], [[t:06 2442 0918]]"""
)

T("""Reflectie ([[p:Jelle]], [[d:31-01-2025]])
Wat ik moeilijk vind: als [[p:Chris]] (mijn cliënt, 27, transman, {{w:Lombok}}) zegt dat de {{r:huisarts}} hem niet serieus neemt, wil ik meteen ingrijpen. Maar hij wil het zelf doen. Ik heb met hem de mail aan de praktijk opgesteld; hij stuurde hem vanaf [[e:chrisvdberg@protonmail.com]]. Antwoord kwam binnen twee dagen. Les: mijn rol is soms alleen het kladje.""")

T("""Intake {{o:Servicepunt XL}} {{w:Laak}}
Naam: [[p:Liu Wei]] (roepnaam [[p:Wendy]])
Geb: [[d:11 nov 1980]]
BSN: [[b:<BSN.>]]
Adres: [[a:Van Musschenbroekstraat 28-3]], [[pc:2522 AA]]
Tel: [[t:06-80 31 55 42]]
Vraag: hulp bij formulier {{o:DUO}} (studieschuld ex-partner [[p:Chen Hao]] op haar naam?). Doorverwijzen naar {{r:sociaal raadsvrouw}}.""")

T("""Goedemorgen team,
Ik ben vanaf vandaag jullie nieuwe {{r:teamleider}}. Ik heet [[p:Gerrit-Jan Koopmans]], maar iedereen noemt me [[p:GJ]]. Daarvoor werkte ik bij {{o:Leger des Heils}} in {{w:Den Haag Zuidwest}}. Mijn nummer: [[t:06 34 12 09 87]], mail [[e:gj.koopmans@denhaag.nl]]. Ik kom de komende weken bij iedereen koffie drinken, te beginnen met [[p:Soufiane]] en [[p:Rosa]] op [[d:dinsdag 8 april]].""")

T("""Brief aan {{o:Eneco}}
Betreft: klantnummer [[n:200783311]], dhr. [[p:J. Koster]], [[a:Jan van Riebeekstraat 19]], [[pc:2572 TG]] Den Haag

Geachte heer/mevrouw,
Dhr. [[p:Koster]] heeft een betalingsachterstand van € 987,40. Hij heeft zich aangemeld bij de gemeentelijke schuldhulpverlening (dossier [[n:SHV/24/7781]]). Wij vragen u de afsluiting op te schorten. Betalingen vinden voortaan plaats vanaf [[i:<IBAN>]].
Met vriendelijke groet,
[[p:A. Rahmani]], {{r:schuldhulpverlener}}""")

T(
    """mw [[p:lachhab]] geen gehoor [[d:vr 14/2]], [[d:ma 17/2]], [[d:wo 19/2]]. brief in bus gedaan op [[a:Zaanstraat 112]]. als geen reactie voor [[d:1-3]] -> {{r:bemoeizorg}} inschakelen ({{o:Parnassia}}, [[p:Wouter]]).""".replace(
        "{{r:bemoeizorg}}", "bemoeizorg"
    )
)

T("""Hoe wij in {{w:Nieuw-West}} werken met ervaringsdeskundigen
Sinds vorig jaar zit [[p:Gloria Martina]] één dag per week bij ons MDO. Ze heeft zelf jarenlang schulden gehad. Bij [[p:Ricardo]] (Curaçaos, 31, drie kinderen) was zij degene die het vertrouwen won: 'Ik ken jouw moeder van de kerk.' Daarna ging de {{o:Madi}}-aanmelding in een week. Wie meer wil weten: [[e:gloria.martina@eigenkrachtcentrale.nl]].""")

T(
    """WA groep SWT {{w:Regentesse-Valkenbos}}:
[[p:Marco]]: iemand bij [[p:mw Roos]]""".replace("[[p:mw Roos]]", "mw [[p:Roos]]")
    + """ geweest vandaag?
[[p:Hatice]]: ja ik. ze was vrolijk, roos in de vaas van haar kleindochter 😊
[[p:Marco]]: top. en [[p:Petrus]]?
[[p:Hatice]]: morgen, [[a:Weimarstraat 78b]], samen met [[p:Sterre]]
[[p:Marco]]: 👍"""
)

T(
    """Toestemmingsverklaring (kopie voor dossier)
Ondergetekende [[p:Mohammed Bouzerda]], geboren [[d:7 juli 1968]], BSN [[b:<BSN_>]], geeft toestemming aan het {{o:Sociaal Wijkzorgteam}} {{w:Stationsbuurt}} om informatie te delen met {{o:GGZ Rivierduinen}}, {{o:Haagse Wijk- en Woonzorg}} en zijn {{r:huisarts}} [[p:dr. S. Mertens]]""".replace(
        "[[p:dr. S. Mertens]]", "dr. [[p:S. Mertens]]"
    )
    + """.
Datum: [[d:25-02-2025]]   Handtekening: ………
Casusregisseur: [[p:Daphne Kuijpers]]"""
)

T(
    """Vraag aan de pilotgroep: hoe gaan jullie om met een mantelzorger die zelf hulp nodig heeft maar dat niet wil? Concreet: [[p:Ewa]] (52) zorgt voor haar moeder [[p:Halina]] en haar zoon met autisme. Ze werkt ook nog 32 uur. Bij ons in {{w:Woensel-West}} hebben we {{o:Mantelzorg Eindhoven}}, maar zij wil 'geen cliënt' zijn. [[p:Martijn]]"""
)

T(
    """[[d:13-01]] tel. gesprek met [[p:Achmed]] (broer van cliënt [[p:Nadia El Khattabi]]). Hij wil weten wat wij doen. Uitgelegd dat ik zonder toestemming van Nadia niets mag delen. Hij werd boos. Nummer [[t:0031 6 4170 2268]] genoteerd in Suite4.""".replace(
        "van Nadia niets", "van [[p:Nadia]] niets"
    )
)

T(
    """Hallo [[p:meneer De Groot]]""".replace("[[p:meneer De Groot]]", "meneer [[p:De Groot]]")
    + """,
Fijn dat we elkaar [[d:vrijdag 7 februari]] hebben gesproken. Zoals beloofd de gegevens van {{o:Humanitas Thuisadministratie}}: u kunt bellen of mailen naar [[p:Ans Meijer]], [[e:ans.meijer@humanitas.nl]]. Zij komt bij u thuis aan de [[a:Anna Paulownastraat 45-II]]. Ik heb haar alvast verteld dat uw hond [[p:Boris]] heet en niks doet.""".replace(
        "[[p:Boris]]", "Boris"
    )
)

T(
    """Zorgsignaal van de {{o:Politie Eenheid Den Haag}}, {{r:wijkagent}} [[p:Eddy Lont]]: op [[d:16-02-2025]] om 02.10u melding van geluidsoverlast bij [[a:Goudenregenstraat 77]], [[pc:2565 EX]]. Bewoner dhr. [[p:Bakker]] ([[p:Gerard]]) trof men verward aan, geen letsel. Registratienummer [[n:2025041639]]. Verzoek aan SWT om contact op te nemen."""
)

T(
    """Voor het thema jeugd: [[p:Thijs]] ({{r:jongerenwerker}} {{o:JOZ}}) en ik hebben gesproken met vier jongeren uit {{w:Tarwewijk}}. Eén van hen, [[p:Shanice]], zei: 'Jullie komen pas als het al mis is.' Dat is waar. Idee: een wekelijks inloopuur in het buurthuis op de Millinxbuurt-kant. Volgende stap: [[d:20 mei]] plan naar [[p:Farida]] ({{r:teamleider}})."""
)

T(
    """Rekeningen cliënt [[p:Hofman]]:
- lopende rekening [[i:<IBANl>]]
- oude rekening (moet dicht) [[i:<IBANc>]]
Beide op naam van [[p:Willem Hofman]], [[a:Balistraat 90]], [[pc:2585 XT]]. Bewindvoerder: [[p:Mr. Den Hartog]]""".replace(
        "[[p:Mr. Den Hartog]]", "mr. [[p:Den Hartog]]"
    )
    + """, {{o:Beschermingsbewind Westland}}."""
)

T("""Van: [[p:Monique Dekker]] <[[e:monique.dekker@sociaalteamdelft.nl]]>
Onderwerp: overdracht naar SWT Den Haag

Beste collega's,
Per [[d:1 maart]] verhuist mijn cliënt [[p:Jennifer Agyeman]] van {{w:Tanthof}} (Delft) naar de [[a:Trompstraat 204]], [[pc:2518 BR]] Den Haag. BSN [[b:<BSN>]]. Ze heeft een lopende schuldregeling via {{o:Kredietbank Nederland}} ([[n:KBN-18822-2023]]); de afloscapaciteit gaat naar [[i:<IBAN>]]. Haar dochter [[p:Naomi]] (8) zit op {{o:De Horizon}}; de {{r:schoolmaatschappelijk werker}} is op de hoogte.
Kunnen jullie iemand koppelen? Ik draag graag warm over.
Hartelijke groet,
[[p:Monique]]
{{r:Consulent}} {{o:Sociaal Team Delft}} | [[t:015 - 260 88 13]]""")

T(
    """mw [[p:Mukhtar]] (Somalisch, 6 kinderen) belde in paniek: {{o:Toeslagen}} vordert € 11.000 terug. Ze heeft brief met kenmerk [[n:TSL-21-88730-K]]. afspraak [[d:morgen (do 23/1)]]""".replace(
        "[[d:morgen (do 23/1)]]", "morgen ([[d:do 23/1]])"
    )
    + """ 10u op kantoor. [[p:Asha]] komt mee als tolk. bsn mw: [[b:<BSN>]]"""
)

T(
    """Les over privacy (ironisch genoeg): ik stuurde per ongeluk een verslag over [[p:Sandra]] naar de verkeerde [[p:Sandra]]. Het ging om mw. [[p:Sandra Boekhout]] uit {{w:Zuilen}}, maar de mail ging naar een collega van {{o:Altrecht}}, [[e:sandra.boekhoudt@altrecht.nl]]. Datalek gemeld bij de {{r:privacy officer}} op [[d:9 oktober 2024]]. Sindsdien typ ik nooit meer een naam in het aan-veld zonder dubbelcheck."""
)

T(
    """[[p:Hoi Lotte]]""".replace("[[p:Hoi Lotte]]", "Hoi [[p:Lotte]]")
    + """, heb jij het BSN van [[p:Bogdan]]? In de map staat [[b:<BSN.>]] maar {{o:Suwinet}} geeft iets anders. Hij woont bij [[p:Kasia]] in, [[a:Kempstraat 127-1]]. Thx!""".replace(
        "{{o:Suwinet}}", "Suwinet"
    )
)

T("""Notulen werkbijeenkomst 'bemoeizorg' – [[d:woensdag 9 april 2025]], {{o:Wijkcentrum Escamp}}
Aanwezig: [[p:Anja]], [[p:Hakan]], [[p:Priya]], [[p:Dirk]] ({{o:Parnassia}}), [[p:Chidi]] ({{o:Leger des Heils}}).
- [[p:Priya]] bracht casus in van een vrouw die al 4 jaar in haar auto woont bij de {{w:Uithof}}. Naam niet genoemd, alleen initialen [[p:M.K.]].
- [[p:Dirk]]: zonder actuele dreiging geen crisismaatregel mogelijk. Wel: {{r:bemoeizorgwerker}} wekelijks langs.
- Actie [[p:Hakan]]: contact {{o:Kessler Stichting}} over een plek.""")

T(
    """Geachte mevrouw [[p:Van Dijk-Abdoelrahman]],

Met deze brief bevestigen wij dat u bent aangemeld voor {{o:dagbesteding}} bij {{o:Zorgboerderij De Hoogte}}. Uw vervoer wordt geregeld door {{o:Haegsche Taxi}}; zij halen u op bij [[a:Laan van Meerdervoort 711-C]]. Start op [[d:maandag 2 juni]]. Uw indicatienummer is [[n:WMO-DB-22910]]. De eigen bijdrage wordt via het {{o:CAK}} geïnd van rekening [[i:<IBAN>]].
Vragen? Bel [[p:Hester]], [[t:070 752 88 41]].
Met vriendelijke groet,
{{r:Wmo-consulent}} [[p:H. Jongbloed]]""".replace("{{o:dagbesteding}}", "dagbesteding")
)

T(
    """{{w:Scheveningen}}, havenkant. [[p:Jopie]] (79) vist nog elke dag, is bijna blind. Buurjongen [[p:Dex]] loopt met hem mee. Moet de {{r:wijkverpleegkundige}} hier iets mee? Nee, zeggen we samen: dit is precies wat we willen. Les: niet alles is een probleem. Adres voor de administratie: [[a:Keizerstraat 12-hs]], [[pc:2584 BG]]."""
)

T("""Mail [[p:Ayoub]] aan {{o:Sociaal Raadslieden}}:
'Kunnen jullie kijken naar de bezwaartermijn voor dhr. [[p:Bouchta]], besluit van [[d:03-03-2025]], ons kenmerk [[n:SR/2025/1193]]? Hij is te bereiken via zijn dochter [[p:Loubna]]: [[e:loubna.bouchta@outlook.com]] of [[t:+31 (0)6 1839 0476]]. Adres: [[a:Rijswijkseweg 400]], [[pc:2516 HN]].'""")

T("""Rapportage [[d:27 maart 2025]]
Cliënt [[p:Ivana]] ([[p:I. Petrović]]) vertelde dat haar ex-partner [[p:Goran]] weer voor de deur stond. Ze durft niet meer naar haar werk bij {{o:Albert Heijn}} in {{w:Leidschenveen}}. Samen met haar een veiligheidsplan gemaakt. {{o:Veilig Thuis}} gebeld ([[p:Linda]]), melding [[n:VT-2025-04521]]. Nieuw geheim nummer mw: [[t:06 21 44 09 73]]. Niet doorgeven aan derden!""")

T(
    """hoi [[p:bram]] kun je [[p:juf Mila]]""".replace("[[p:juf Mila]]", "juf [[p:Mila]]")
    + """ van [[p:Lucas]] mailen? [[e:m.haddou@basisschoolderegenboog.nl]]. het gaat over de ondersteuning in groep 5. vader [[p:Stefan]] heeft toestemming gegeven [[d:vandaag 4/4]]""".replace(
        "[[d:vandaag 4/4]]", "vandaag ([[d:4/4]])"
    )
)

T(
    """Kwartaalrapportage Q3 – anoniem? Nee, let op: in bijlage 2 staan nog namen. O.a. [[p:Hendrika Spaans]] ([[a:Vlierboomstraat 305]]), [[p:Bilal]] en het nummer [[t:06-12093381]]. @[[p:Ellen]], wil jij die eruit halen vóór het naar {{o:Gemeente Den Haag}} gaat? De cijfers zelf (127 casussen, 61% vrouw, gemiddeld 48 jaar) kunnen blijven."""
)

T(
    """Afmelding MDO [[d:14-3]]: [[p:Noah]] ({{r:MEE-consulent}}) is ziek. Casus [[p:Fam. Pereira]]""".replace(
        "[[p:Fam. Pereira]]", "fam. [[p:Pereira]]"
    )
    + """ (Kaapverdiaans, {{w:Delfshaven}}) schuift door. [[p:Djamila Pereira]] zelf wilde graag aanwezig zijn; ik bel haar: [[t:010 477 32 05]]."""
)

T("""Geachte heer [[p:Bos]],

Op [[d:21 januari 2025]] ontvingen wij uw verzoek om inzage in uw dossier ([[n:SWT-2024-8813]]). Hierbij ontvangt u een kopie. Gegevens van derden, zoals uw ex-partner en uw buren aan de [[a:Populierstraat 44]], zijn weggelakt. Uw BSN ([[b:<BSN_>]]) staat op pagina 1; controleer of het klopt.
Met vriendelijke groet,
[[p:Esther Ofori]], {{r:privacy officer}} {{o:Gemeente Den Haag}}, [[e:esther.ofori@denhaag.nl]]""")

T(
    """Snelle vraag: mag ik het IBAN van een cliënt in de aanvraag noodfonds zetten als hij zelf geen bankpas meer heeft? Gaat om [[p:Yusuf]], rekening [[i:<IBAN>]] staat op zijn naam maar is geblokkeerd. {{o:Noodfonds Den Haag}} zegt ja, {{o:ING}} zegt nee. -[[p:Kim]], {{w:Moerwijk}}"""
)

T(
    """Gespreksverslag [[d:ma 3 feb]]
Met: [[p:Dhr. Ramdin]]""".replace("[[p:Dhr. Ramdin]]", "dhr. [[p:Ramdin]]")
    + """ en zijn kleindochter [[p:Anjali]] (studeert in Leiden). Dhr. wil in zijn huis aan de [[a:Parallelweg 32b]] blijven, ook al is de trap te steil. Anjali helpt met de aanvraag traplift ([[n:WMO-TL-2025-0071]]). Zijn pensioen komt van {{o:ABP}} en {{o:SVB}} binnen op [[i:<IBANc>]]. Volgende afspraak: [[d:17-02-2025]].""".replace(
        "Anjali helpt", "[[p:Anjali]] helpt"
    )
)

T(
    """[[p:Dewi]] uit {{w:Bouwlust}} hier. Zie dat [[p:Kerem]] de casus [[p:Karaca]] heeft opgepakt, fijn. Let wel: de zoon ([[p:Mert]], [[d:geb. 2-10-2006]]""".replace(
        "[[d:geb. 2-10-2006]]", "geb. [[d:2-10-2006]]"
    )
    + """) heeft een contactverbod. Niet samen uitnodigen. BSN moeder [[b:<BSN>]], mail moeder [[e:karaca.s@ziggo.nl]]."""
)
T(
    """Casusles: van vijf hulpverleners naar één plan ({{w:Schilderswijk}}, 2024)

Aanleiding
In het voorjaar kwam mevrouw [[p:Latifa Azzouzi]] (47) bij ons binnen via de {{r:huisarts}}, [[p:dokter Verhagen]]. Ze woonde met haar drie zonen op de [[a:Wolmaranstraat 23-III]] ([[pc:2525 SL]]). Er waren op dat moment vijf hulpverleners betrokken: een {{r:ambulant begeleider}} van {{o:Ipse de Bruggen}} voor de middelste zoon, [[p:Bilal]], de {{o:Jeugdbescherming west}} voor de jongste ([[p:Rayan]], OTS sinds [[d:12 augustus 2023]], zaaknr. [[n:JBW-23-4471]]), schuldhulp via de {{o:Kredietbank}}, de {{o:GGZ}} voor mevrouw zelf en een {{r:leerplichtambtenaar}}.

Wat we deden
[[p:Nora]] ({{r:casusregisseur}}) organiseerde op [[d:woensdag 15 mei]] één tafel met iedereen én met mevrouw en haar oudste zoon [[p:Anas]]. Mevrouw mocht als eerste vertellen wat zij wilde: 'Eén iemand die ik kan bellen.' Dat werd [[p:Nora]], bereikbaar op [[t:06 18 27 44 90]].

Wat we leerden
Niet de hulp was het probleem, de hoeveelheid was het probleem. Na drie maanden waren er nog twee hulpverleners over. Het dossier is gesloten op [[d:30-11-2024]].""".replace(
        "[[p:dokter Verhagen]]", "dokter [[p:Verhagen]]"
    )
)

T("""MDO-verslag {{o:Sociaal Wijkzorgteam}} {{w:Morgenstond}}, [[d:dinsdag 14 januari 2025]]
Voorzitter: [[p:Sylvia Hoogendoorn]] · Notulist: [[p:Tarik]]
Aanwezig: [[p:Liesbeth]] ({{r:wijkverpleegkundige}}, {{o:Haagse Wijk- en Woonzorg}}), [[p:Ömer]] ({{r:Wmo-adviseur}}), [[p:Grace]] ({{r:MEE-consulent}}), [[p:Rob van Dam]] ({{o:Parnassia}}), [[p:Aziz]] ({{r:welzijnscoach}} {{o:Vóór Welzijn}}).

1. Dhr. [[p:Kleinjan]] ([[a:Melis Stokelaan 1520]]): vervuiling woning neemt toe, {{o:Vestia}} dreigt met procedure. [[p:Liesbeth]] ziet tekenen van zelfverwaarlozing. Afspraak: [[p:Rob]] en [[p:Liesbeth]] samen op huisbezoek [[d:23/1]].
2. Mw. [[p:Bhagwandin]]: aanvraag beschermd wonen afgewezen, bezwaar loopt ([[n:BZW-2024-7719]]). Dochter [[p:Reshma]] vraagt om een gesprek; [[p:Ömer]] belt haar ([[t:06-51 09 38 27]]).
3. Gezin [[p:Kowalczyk]]: vader [[p:Tomasz]] is weer aan het werk, moeder [[p:Agnieszka]] volgt taalles bij {{o:Bibliotheek Den Haag}}. Goed nieuws, afschalen.
4. Rondvraag: [[p:Grace]] is vanaf [[d:1 februari]] met zwangerschapsverlof. Vervanging nog onbekend.
Volgend MDO: [[d:di 11 februari]], zelfde tijd, {{o:Wijkcentrum Morgenstond}}.""")

T(
    """Aan: {{o:Zilveren Kruis}}, afdeling Wanbetalers
Postbus-adres bekend

Betreft: verzoek opschorting bestuursrechtelijke premie
Verzekerde: [[p:Ahmad Karimi]], geboren [[d:21-03-1990]]
Relatienummer: [[n:ZK 148 227 903]]
BSN: [[b:<BSN>]]
Adres: [[a:Oudemansstraat 270]], [[pc:2522 HV]] Den Haag

Geachte heer, mevrouw,

Dhr. [[p:Karimi]] kwam in 2015 als alleenstaande minderjarige uit Afghanistan naar Nederland. Na zijn achttiende is zijn administratie ontspoord; hij heeft inmiddels een premieachterstand van ruim zes maanden en is aangemeld bij het {{o:Zorginstituut Nederland}} voor de bestuursrechtelijke premie. Sinds [[d:4 november 2024]] is hij toegelaten tot de schuldhulpverlening van de gemeente (dossiernummer [[n:SHV-DH-2024-09915]]). Wij verzoeken u de afmelding bij het Zorginstituut in gang te zetten zodra er een betalingsregeling is. Maandelijkse betalingen zullen worden gedaan vanaf de beheerrekening [[i:<IBAN>]].

Voor vragen kunt u contact opnemen met ondergetekende.

Met vriendelijke groet,

[[p:drs. L.M. (Liesje) Vermeer-Ouwehand]]
{{r:Schuldhulpverlener}}, {{o:Gemeente Den Haag}}
[[e:liesje.vermeer@denhaag.nl]] · [[t:070 353 60 17]]""".replace(
        "[[p:drs. L.M. (Liesje) Vermeer-Ouwehand]]", "drs. [[p:L.M. (Liesje) Vermeer-Ouwehand]]"
    )
)

T(
    """Re: Re: Re: wat doen jullie met 'zorgmijders'?

[[p:Karim]] schreef:
> Bij ons in {{w:Bouwlust}} komen we er gewoon niet in.

Herkenbaar, [[p:Karim]]. Even mijn verhaal. Vorig jaar hadden we [[p:meneer Hoogeveen]], 66, alleenstaand, ex-havenwerker, woonde in een portiekflat aan de [[a:Lorentzplein 8-2]] in {{w:Duinoord}}. Hij deed voor niemand open, ook niet voor de {{r:huisarts}}. Wat uiteindelijk werkte was iets heel kleins: de postbode, [[p:Ferry]], kende hem al twintig jaar en vertelde dat hij elke zaterdag naar de markt gaat. Daar hebben [[p:Samantha]] (onze {{r:wijkverpleegkundige}}) en ik hem 'toevallig' aangesproken, bij de viskraam. Drie zaterdagen later dronken we koffie bij hem thuis. De {{r:SPV}} van {{o:Parnassia}} kwam pas in week zes. Hij is nu aangemeld bij {{o:Thuisadministratie}} en heeft een vrijwilliger, [[p:Gijsbert]], die elke donderdag langskomt.
Les: zoek uit waar iemand al vertrouwen heeft en ga daar naartoe, niet andersom.

Groet uit {{w:Segbroek}},
[[p:Marjolein]]""".replace("[[p:meneer Hoogeveen]]", "meneer [[p:Hoogeveen]]")
)

T(
    """Overdrachtsdocument bij vertrek [[p:Anke]] (laatste werkdag [[d:28-06-2024]])

1. [[p:Kübra Yavuz]], [[a:Van der Vennestraat 77-hs]], [[pc:2525 CN]] – alleenstaand, 2 kinderen, schulden. Loopt via {{o:Kredietbank}} ([[n:KB-2024-1102]]). Lastig contact met ex-partner [[p:Serkan]]; niet met hem over de kinderen praten zonder {{r:jeugdconsulent}} erbij. Tel. mw. [[t:06 4478 1902]].
2. [[p:Opa Sjaak]] ([[p:J.C. de Bruin]]), [[a:Hunsestraat 18]] – dementie beginnend. {{r:Casemanager dementie}} [[p:Hetty]] is gestart. Vrouw [[p:Corrie]] kan het nog aan, maar let op haar.
3. [[p:Adjoa Mensah]], [[a:Pahudstraat 41A]], [[pc:2531 VD]] – net gestart. Wil werk. Afspraak met {{o:Werkgevers Servicepunt}} gepland op [[d:3 juli]].
4. De familie [[p:Van Rijn]] in {{w:Laakkwartier}} – afgesloten, maar dochter [[p:Kim]] belt soms nog. Vriendelijk doorverwijzen naar het {{o:CJG}}.
Mijn opvolger is [[p:Ricardo Doelwijt]], [[e:r.doelwijt@mooiwelzijn.nl]]. Succes allemaal en dank voor de mooie jaren!""".replace(
        "[[p:Opa Sjaak]]", "Opa [[p:Sjaak]]"
    )
)

T(
    """Evaluatie pilot 'Samen werken in het sociale domein' – bijdrage team {{w:Escamp}}

Wij kozen het thema huiselijk geweld. In vier maanden brachten we zes casussen in. Eén daarvan wil ik hier delen met toestemming van de cliënt, [[p:Joanna]] (niet haar echte naam, zo staat het in de toestemmingsverklaring van [[d:7 februari 2025]]). Joanna woonde met haar partner in {{w:Moerwijk}}; {{o:Veilig Thuis}} had al twee keer een melding gekregen. Wat ons hielp was dat de {{r:wijkagent}} [[p:Hans Verbrugge]] en onze {{r:maatschappelijk werker}} [[p:Aïcha]] vanaf het begin samen optrokken, in plaats van elkaar te informeren via mail. Toen Joanna op [[d:ma 10 maart]] belde dat ze wegwilde, lag er binnen een dag een plek bij de {{o:Blijf Groep}}. In de expertmeeting in april presenteerden [[p:Aïcha]] en [[p:Hans]] dit samen. Vraag voor de slotbijeenkomst in juni: hoe maken we dit de norm en niet het geluk van twee goede mensen?""".replace(
        "Joanna woonde", "[[p:Joanna]] woonde"
    ).replace("Toen Joanna op", "Toen [[p:Joanna]] op")
)

T(
    """Beste [[p:mevrouw Tahiri]],

Wat fijn dat u ons belde. Hierbij, zoals afgesproken, een overzicht op papier:

- Uw aanvraag voor de {{o:Ooievaarspas}} is verstuurd op [[d:vrijdag 21 februari]]. U krijgt binnen zes weken bericht. Aanvraagnummer: [[n:OP-2025-118204]].
- De {{o:Voedselbank}} verwacht u en uw zoons [[p:Ilyas]] en [[p:Zakaria]] elke dinsdag tussen 14.00 en 15.30 uur bij {{o:Wijkcentrum Transvaal}}.
- Voor de huurachterstand bij {{o:Staedion}} heb ik een regeling voorgesteld van € 75 per maand. Betalen kan naar [[i:<IBAN>]] met uw huurcontractnummer [[n:ST-0098-331-K]] erbij.
- Volgende afspraak: [[d:dinsdag 4 maart]], 10.00 uur, bij u thuis ([[a:Jan Blankenstraat 151-2]]).

Als er iets is, belt u mij gerust op [[t:06 23 19 54 08]]. Ik ben er niet op woensdag.

Hartelijke groet,
[[p:Lotte van Beek]]
{{r:Maatschappelijk werker}}, {{o:Sociaal Wijkzorgteam}} {{w:Transvaal}}""".replace(
        "[[p:mevrouw Tahiri]]", "mevrouw [[p:Tahiri]]"
    )
)

T("""Intake telefonisch, [[d:02/04/2025]], 11:20

Melder: [[p:Wietske Altena]], buurvrouw, [[t:06-2277 8831]]
Over: [[p:Ruslan]] (achternaam onbekend, 'iets met -ov'), ca. 35 jaar, woont sinds de winter in de bovenwoning op [[a:Valkenboskade 410-B]], [[pc:2563 HC]].
Wat ziet melder: 's nachts geschreeuw, soms kinderstemmen. Vorige week dinsdag stond hij in zijn onderbroek op straat. Ze weet niet of er kinderen wonen. Eerder belde ze de politie (nummer melding [[n:PL1500-2025088271]]), 'maar die deden niks'.
Actie: contact met {{r:wijkagent}} [[p:Bert]] ({{w:Valkenboskwartier}}), check BRP door {{r:teamleider}}. Bij kinderen in huis: direct overleg met {{o:Veilig Thuis Haaglanden}} en het {{o:CJG}}.
Terugkoppeling aan melder beloofd vóór [[d:vrijdag 4 april]].
[[p:Ilham]]""")
T("""Casusles {{w:Overvecht}}: de rol van de moskee

Bij meneer [[p:Benali]] (81, weduwnaar, [[a:Zambesidreef 62]], [[pc:3564 BD]] Utrecht) kwamen wij maandenlang niet verder dan de deurmat. Zijn kinderen wonen in België en Marokko; alleen zoon [[p:Rachid]] belt af en toe ([[t:+32 478 21 90 33]]). Het keerpunt kwam toen [[p:Abdelkader]], vrijwilliger bij de moskee om de hoek, ons vertelde dat meneer elke vrijdag nog naar het gebed komt. Via hem kwamen we binnen. De {{r:wijkverpleegkundige}} van {{o:Careyn}} bleek al langs te gaan voor zijn insuline, maar wist niets van de schulden. Nu ligt er één plan. Startdatum zorg: [[d:16-09-2024]]; casusnummer [[n:BT-UTR-24-3320]].
Les: vraag bij elke casus 'waar gaat iemand nog wél naartoe?'. Vaak is dat de sleutel.
[[p:Hanna Willemsen]], {{o:Buurtteam Overvecht}}""")

T(
    """Whatsapp [[p:Özlem]] -> [[p:Thomas]], zo 21:07
"sorry dat ik op zondag stoor, maar [[p:mevr. Fung]] belde net, haar zoon [[p:Kevin]] is opgepakt. ze is in paniek. ik ga morgen om 8u langs ([[a:Wateringseweg 4c]]). kun jij de {{r:casusregisseur}} van {{o:Reclassering Nederland}} mailen? adres: [[e:t.boerma@reclassering.nl]] denk ik. kevin is [[d:27-10-2001]] geboren, dat vragen ze altijd. dank je!! 🙏"
""".replace("[[p:mevr. Fung]]", "mevr. [[p:Fung]]").replace("kevin is [[d:", "[[p:kevin]] is [[d:")
)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for k, raw in enumerate(TEXTS):
        text, pii, keep = parse(raw)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, k
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for x in spans:
            assert text[x["start"] : x["end"]] == x["text"], (k, x)
            assert x["text"] == x["text"].strip() and x["text"], (k, x)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (k, a, b)
        for x in pii:
            if x["label"] == "bsn":
                d = [int(c) for c in x["text"] if c.isdigit()]
                assert (
                    len(d) == 9
                    and (sum(v * w for v, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0
                )
            if x["label"] == "iban":
                v = x["text"].replace(" ", "").upper()
                assert int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
        rows.append({"id": "ho24-%04d" % k, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout24.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(x["label"] for r in rows for x in r["pii"])
    kc = Counter(x["label"] for r in rows for x in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words // len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))
    assert all(min(len(r["pii"]) for r in rows) > 0 for _ in [0])


if __name__ == "__main__":
    main()
