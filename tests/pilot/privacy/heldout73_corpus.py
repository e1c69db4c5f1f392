#!/usr/bin/env python3
"""Held-out corpus 73: formal / semi-formal documents from Dutch social-domain practice.

Writes heldout73.jsonl next to this script. Deterministic (fixed seed, stdlib only).
Markup inside TEXTS:
  [[p:..]] person  [[b:@fmt]] bsn  [[t:..]] phone  [[e:..]] email  [[i:@BANK fmt]] iban
  [[pc:..]] postcode  [[a:..]] address  [[d:..]] date  [[k:..]] dossier
  {{w:..}} wijk  {{o:..}} org  {{r:..}} role
BSN and IBAN values are generated (valid 11-check / mod-97) when written as '@...'.
"""

import json
import os
import random
import re

RNG = random.Random(7373)

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "k": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

_used = set()


def make_bsn(fmt):
    w = [9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        d = [RNG.randint(1, 6)] + [RNG.randint(0, 9) for _ in range(7)]
        r = sum(a * b for a, b in zip(d, w)) % 11
        if r == 10:
            continue
        s = "".join(map(str, d + [r]))
        if s in _used:
            continue
        _used.add(s)
        break
    if fmt == "dots":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == "space":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    if fmt == "dash":
        return s[:3] + "-" + s[3:6] + "-" + s[6:]
    return s


BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def make_iban(spec):
    parts = spec.split()
    bank = parts[0] if parts and parts[0] in BANKS else RNG.choice(BANKS)
    fmt = parts[-1] if parts and parts[-1] in ("sp", "plain", "lower") else "plain"
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    if bank == "INGB":
        acct = "000" + "".join(str(RNG.randint(0, 9)) for _ in range(7))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    iban = "NL%02d%s" % (check, bban)
    if fmt == "sp":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if fmt == "lower":
        return iban.lower()
    return iban


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(a * b for a, b in zip(d[:8], [9, 8, 7, 6, 5, 4, 3, 2])) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


TOKEN = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|k):(.*?)\]\]|\{\{(w|o|r):(.*?)\}\}", re.S)


def render(src):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, val = m.group(1), m.group(2)
            if lab == "b" and val.startswith("@"):
                val = make_bsn(val[1:])
            elif lab == "i" and val.startswith("@"):
                val = make_iban(val[1:])
            pii.append({"start": cur, "end": cur + len(val), "label": PII[lab], "text": val})
        else:
            lab, val = m.group(3), m.group(4)
            keep.append({"start": cur, "end": cur + len(val), "label": KEEP[lab], "text": val})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


TEXTS = []
TEXTS += [
    """{{o:Gemeente Tilburg}}
{{o:Team Wmo}}

Aan mevrouw [[p:A.M.J. van Gorp-Verhoeven]]
[[a:Ringbaan-Oost 214]]
[[pc:5013 CG]]  TILBURG

Datum: [[d:14 maart 2024]]
Ons kenmerk: [[k:WMO-2024-018842]]
Onderwerp: besluit huishoudelijke ondersteuning

Geachte mevrouw [[p:Van Gorp]],

Op [[d:26 februari 2024]] heeft onze {{r:Wmo-consulent}}, [[p:Ilse Maas]], met u en uw dochter [[p:Marieke]] gesproken over uw situatie. U heeft last van COPD en kunt het zware huishoudelijke werk niet meer zelf doen. In dit besluit leest u wat wij hebben besloten.

Wij kennen u een maatwerkvoorziening huishoudelijke ondersteuning toe van 2,5 uur per week, met ingang van [[d:1 april 2024]] voor de duur van twee jaar. De ondersteuning wordt geleverd door {{o:Thebe Thuiszorg}}. U betaalt hiervoor een eigen bijdrage aan het {{o:CAK}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

drs. [[p:R. Oerlemans]]
{{r:teamleider Wmo}}""",
    """Van: [[p:Joyce Kramer]] <[[e:j.kramer@buurtteamsutrecht.nl]]>
Verzonden: [[d:dinsdag 9 april 2024]] 11:47
Aan: [[e:incasso@mitros.nl]]
CC: [[p:Hamza El Idrissi]] <[[e:h.elidrissi@buurtteamsutrecht.nl]]>
Onderwerp: huurachterstand dhr. [[p:Oukili]], huurcontract [[k:0471-22893]]

Geachte heer, mevrouw,

Namens de heer [[p:Mustapha Oukili]], [[a:Marshallaan 31-bis]] in {{w:Kanaleneiland}}, wend ik mij tot u. Meneer heeft een huurachterstand van drie maanden (€ 2.104,17). Hij is sinds [[d:18 maart]] bij het {{o:Buurtteam}} in begeleiding en heeft een aanvraag gedaan bij de {{o:Stadsbank Midden-Nederland}}.

Ik verzoek u vriendelijk de incassoprocedure zes weken aan te houden. Meneer kan per [[d:1 mei]] € 75 per maand extra aflossen bovenop de lopende huur.

Met vriendelijke groet,
[[p:Joyce Kramer]]
{{r:buurtteammedewerker}} {{o:Buurtteam Kanaleneiland-Zuid}}
[[t:06 - 219 744 80]]""",
    """INTAKEFORMULIER SCHULDHULPVERLENING - {{o:Kredietbank Nederland}} / {{o:gemeente Zwolle}}

Dossiernr.: [[k:SHV/ZW/24/0307]]
Datum intake: [[d:05-02-2024]]
Intaker: [[p:P. Jansma]] ({{r:consulent schuldhulpverlening}})

Aanvrager
Naam: [[p:Kevin Brouwer]]
Geboortedatum: [[d:22-11-1989]]
BSN: [[b:@]]
Adres: [[a:Van der Capellenstraat 8]], [[pc:8014 VN]] Zwolle (wijk {{w:Diezerpoort}})
Telefoon: [[t:06-41 93 20 57]]
E-mail: [[e:kevinbrouwer89@live.nl]]

Partner
Naam: [[p:Sharon Brouwer-Dijkstra]], geb. [[d:3-7-1991]]
BSN: [[b:@dots]]

Kinderen: 2 (8 en 11 jaar)
Inkomen: loon {{o:PostNL}} + zorgtoeslag, kindgebonden budget
Rekeningnummer: [[i:@RABO sp]]
Geschatte schuldenlast: € 31.400, 14 schuldeisers
Bijzonderheden: beslag op loon door {{o:Belastingdienst}} sinds jan. 2024? -> navragen""",
    """TOESTEMMINGSVERKLARING
uitwisseling van gegevens binnen het {{o:Sociaal Wijkteam}} {{w:Heechterp-Schieringen}}, {{o:gemeente Leeuwarden}}

Ondergetekende,
naam: [[p:Wiebren Hoekstra]]
geboren op: [[d:17 augustus 1958]]
adres: [[a:Vlietsingel 102]], [[pc:8916 HE]] Leeuwarden

geeft hierbij toestemming aan de {{r:casusregisseur}} [[p:Anneke de Vries]] om informatie op te vragen bij en te delen met:
[x] huisarts (dr. [[p:T. Bosma]], {{o:Huisartsenpraktijk Schieringen}})
[x] {{o:GGZ Friesland}}
[ ] {{o:Veiligheidshuis}}
[x] {{o:WoonFriesland}}

Deze toestemming geldt tot en met [[d:31-12-2024]] en kan altijd worden ingetrokken.

Plaats en datum: Leeuwarden, [[d:4 januari 2024]]
Handtekening cliënt: ___[[p:W. Hoekstra]]___
Handtekening medewerker: ___[[p:A. de Vries]]___""",
    """{{o:Woonstad Rotterdam}}
Afdeling Huurincasso

Aangetekend en per gewone post
De heer [[p:R.S. Ramcharan]]
[[a:Brielselaan 188-C]]
[[pc:3081AN]] Rotterdam

Rotterdam, [[d:22 mei 2024]]
Huurovereenkomstnummer: [[k:HOV 3081-188C-01]]
Betreft: laatste aanmaning voor dagvaarding

Geachte heer [[p:Ramcharan]],

Ondanks onze eerdere brieven van [[d:3 april]] en [[d:24 april 2024]] is uw huurachterstand niet betaald. Het openstaande bedrag is op dit moment € 2.876,40.

Als u niet binnen 14 dagen betaalt of contact met ons opneemt, dragen wij de vordering over aan {{o:Flanderijn}} gerechtsdeurwaarders. Zij zullen u dan dagvaarden voor de kantonrechter en ontbinding van de huurovereenkomst en ontruiming vorderen.

U kunt ook hulp vragen bij het {{o:wijkteam}} in {{w:Tarwewijk}} of bij {{o:Kredietbank Rotterdam}}. Wij geven uw gegevens alleen met uw toestemming door.

Bel onze {{r:huurconsulent}} [[p:Linda Verhoef]] via [[t:010 - 440 88 00]].

Met vriendelijke groet,
[[p:M. Ouwehand]]
{{r:teammanager incasso}}""",
    """Onderwerp: RE: RE: aanmelding mevr. [[p:Kaya]] – {{o:MEE}}

Hoi [[p:Derya]],

Dank voor je snelle reactie. Ik heb mevrouw vanochtend gebeld, ze is akkoord met de aanmelding bij {{o:MEE Zuid-Holland Noord}}. Haar zoon [[p:Emre]] (19) heeft een LVB-indicatie en woont nog thuis op de [[a:Hooigracht 74]]. Telefoon mevr. [[p:Kaya]]: [[t:06 17 86 30 04]], zoon: [[t:06 4402 1183]].

Verwijzing is gedaan door de huisarts (dr. [[p:Sijbrands]]). Het ondertekende toestemmingsformulier stuur ik je via Zivver.

Groet,
[[p:Roos van Lint]]
{{r:maatschappelijk werker}} | {{o:Sociaal Wijkteam Leiden}} {{w:Binnenstad-Noord}}

----- Oorspronkelijk bericht -----
Van: [[p:Derya Aksoy]]
Verzonden: [[d:ma 15-4-2024]] 09:02
Kun je me het BSN en de geboortedatum van de zoon doorgeven? Dan kan ik hem in ons systeem zetten.""",
    """{{o:Rechtbank Noord-Nederland}}
Afdeling Privaatrecht, team Insolventie
Locatie Groningen

zaaknummer / rekestnummer: [[k:C/18/231045 / FT RK 24/118]]

VONNIS van [[d:11 juni 2024]]

inzake het verzoek tot toepassing van de schuldsaneringsregeling natuurlijke personen van:

[[p:Jantje Pieterdina Meijer]],
geboren op [[d:2 oktober 1976]],
wonende te [[pc:9731 BM]] Groningen, [[a:Bedumerweg 37a]],
verzoekster,
advocaat: mr. [[p:L. Hazenberg]].

De rechtbank spreekt uit dat ten aanzien van verzoekster de schuldsaneringsregeling van toepassing is. Benoemt tot rechter-commissaris mr. [[p:E.H. Brink]] en tot bewindvoerder mr. drs. [[p:K. Wubbels]], {{o:Wubbels Bewindvoering}} te Groningen.

Aldus gewezen door mr. [[p:H.J. Dijkhuis]], rechter, en in het openbaar uitgesproken op [[d:11 juni 2024]], in tegenwoordigheid van de griffier.""",
    """Export {{o:Suite4SociaalDomein}} – caseload {{r:wijkverpleegkundige}} [[p:M. Tuncer]] – peildatum [[d:2024-03-31]]

clientnr;naam;geb.datum;postcode;wijk;status
[[k:100318]];[[p:Bakker, H.]];[[d:1941-06-12]];[[pc:2547 RK]];{{w:Bouwlust}};actief
[[k:100422]];[[p:Azzouzi, F.]];[[d:1953-01-30]];[[pc:2545CS]];{{w:Moerwijk}};actief
[[k:100571]];[[p:de Wit, Johanna]];[[d:1936-09-04]];[[pc:2548 TN]];{{w:Morgenstond}};wachtlijst
[[k:100583]];[[p:Sewdien, K.]];[[d:1960-11-21]];[[pc:2545 BV]];{{w:Moerwijk}};afgesloten
[[k:100609]];[[p:Koster, P.]];[[d:1948-02-17]];[[pc:2547 GE]];{{w:Bouwlust}};actief

Totaal: 5 cliënten (gem. leeftijd 78)""",
    """Aan het college van burgemeester en wethouders van de {{o:gemeente Enschede}}
t.a.v. de afdeling Juridische Zaken
Postbus 20

Enschede, [[d:3 september 2024]]

Betreft: bezwaarschrift tegen besluit kenmerk [[k:Z/24/184420]]

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen uw besluit van [[d:23 juli 2024]] waarin u mijn aanvraag voor een scootmobiel afwijst. Ik ben het daar niet mee eens omdat ik sinds mijn herseninfarct niet meer zonder hulp naar de winkel kan. De {{r:ergotherapeut}} van {{o:Medrie}} heeft ook geschreven dat ik een scootmobiel nodig heb.

Ik wil graag gehoord worden. Ik ben het beste te bereiken via mijn buurvrouw [[p:Gerda Nijhuis]], telefoon [[t:053-4312865]], want ik hoor slecht aan de telefoon.

Hoogachtend,

[[p:H.J. ter Horst]]
[[a:Pathmossingel 66]]
[[pc:7513 CK]] Enschede
BSN [[b:@]]""",
    """AANMELDFORMULIER {{o:Voedselbank Arnhem}}
Verwijzer: [[p:Naima Bouzerda]], {{r:schuldhulpverlener}} {{o:Rijnstad}}
Tel. verwijzer: [[t:026-3122 480]]   mail: [[e:n.bouzerda@rijnstad.nl]]

Gegevens huishouden
Naam aanvrager: [[p:Tesfay Gebremedhin]]
Adres: [[a:Zwanenstraat 19-2]], [[pc:6822JB]] Arnhem ({{w:Presikhaaf}})
Gezinssamenstelling: 1 volwassene, 3 kinderen (2, 5, 9 jaar)
Inkomsten p/m: € 1.486 (Participatiewet) + kinderbijslag + KGB
Vaste lasten p/m: € 1.122
Besteedbaar: € 364 -> onder de norm

Startdatum: [[d:wo 8 mei]]   Uitgiftepunt: {{w:Geitenkamp}}, vrijdag
Reden: loonbeslag {{o:CJIB}} + achterstand {{o:Vivare}}, schuldregeling in aanvraag ([[k:dossier 24-0913]])""",
]
TEXTS += [
    """{{o:GGN Mastering Credit}}
Gerechtsdeurwaarders & incasso

Aan: mevrouw [[p:D. Rosário Tavares]]
[[a:Schiedamseweg 45-B02]]
[[pc:3026 AA]] ROTTERDAM

Ons dossiernummer: [[k:5507.2291.0043]]
Opdrachtgever: {{o:Zilveren Kruis}}
Datum: [[d:19-06-2024]]

AANZEGGING VAN BESLAG

Geachte mevrouw [[p:Rosário Tavares]],

Wij delen u mee dat op [[d:18 juni 2024]] loonbeslag is gelegd onder uw werkgever, {{o:Schoonmaakbedrijf Noordzee B.V.}}, ter zake van de achterstallige premie zorgverzekering. De beslagvrije voet is door ons vastgesteld op € 1.412,09 per maand.

Vindt u dat de beslagvrije voet niet klopt? Neem dan binnen vier weken contact op met onze afdeling Beslagvrije Voet via [[t:088 - 045 03 00]] of [[e:bvv@ggn.nl]], onder vermelding van uw dossiernummer.

Hoogachtend,
[[p:J.W. Sprokkereef]]
{{r:kandidaat-gerechtsdeurwaarder}}""",
    """Verslag keukentafelgesprek Wmo – {{o:Gemeente Groningen}} / {{o:WIJ Groningen}}

Cliënt: mw. [[p:Hiltje Smit]] ([[d:04-05-1939]]), [[a:Kastanjelaan 11]], {{w:Selwerd}}
Aanwezig: cliënt, schoonzoon [[p:Bert Kuipers]], {{r:Wmo-adviseur}} [[p:Ruud Bijlsma]]
Datum gesprek: [[d:woensdag 7 februari 2024]]
Zaaknummer: [[k:WMO-GR-2024-00714]]

Hulpvraag: mw. wil zo lang mogelijk zelfstandig thuis blijven wonen. Sinds het overlijden van haar man (2022) doet zij steeds minder. Ze valt regelmatig, laatst op [[d:20 januari]]; toen lag ze twee uur op de grond tot de buurman, dhr. [[p:Veenstra]], haar vond.

Eigen kracht/netwerk: dochter [[p:Geesje]] komt 2x per week, woont in Haren. Geen vrijwilligers betrokken.

Afspraken: aanvraag personenalarmering, inzet {{r:ergotherapeut}} voor badkamer; {{r:ouderenadviseur}} van {{o:WIJ Selwerd}} legt contact voor dagbesteding. Verslag wordt ter ondertekening naar mw. gestuurd.""",
    """Kenmerk: [[k:BB/2024/0561]]
Uw kenmerk: [[k:SZW-Bijst-88127]]

{{o:Bewindvoering Oost-Brabant}}
[[p:M.A.C. van den Heuvel]], {{r:beschermingsbewindvoerder}}

{{o:Gemeente Eindhoven}}
Afdeling Werk & Inkomen
t.a.v. mevr. [[p:S. Maassen]], {{r:klantmanager}}

Eindhoven, [[d:12 augustus 2024]]

Onderwerp: wijziging rekeningnummer bijstandsuitkering cliënt [[p:J. Driessen]]

Geachte mevrouw [[p:Maassen]],

Bij beschikking van de kantonrechter d.d. [[d:24 juli 2024]] ben ik benoemd tot beschermingsbewindvoerder van de heer [[p:Johannes (Hans) Driessen]], geboren [[d:09-03-1967]], wonende [[a:Kruisstraat 112-A]] te Eindhoven ({{w:Woensel-West}}).

Ik verzoek u de bijstandsuitkering met ingang van de eerstvolgende betaling over te maken op de beheerrekening [[i:@ABNA sp]] t.n.v. Bewindvoering Oost-Brabant inzake [[p:J. Driessen]].

Een kopie van de beschikking treft u bijgaand aan.

Met vriendelijke groet,
[[p:Marjolein van den Heuvel]]""",
    """Van: [[e:wijkteam.feijenoord@rotterdam.nl]]
Aan: [[p:Soufiane]] <[[e:s.benali@rotterdam.nl]]>
Datum: [[d:do 4 jul 2024]] 16:20
Onderwerp: signaal vroegsignalering – [[k:VS-24-07781]]

[[p:Soufiane]],

Via vroegsignalering ({{o:Evides}} + {{o:Woonstad}}) kwam er een signaal binnen over het gezin [[p:Pinas]], [[a:Oranjeboomstraat 206]], [[pc:3071 SL]]. Waterrekening 3 maanden niet betaald, huur 2 maanden. Er is geen lopend traject bij {{o:Kredietbank Rotterdam}}.

Wil jij morgen een huisbezoek doen (outreachend)? Volgens de BRP wonen er: [[p:Glenn Pinas]] (44), [[p:Marlies Pinas-Eersel]] (41) en drie kids. Tel. uit het systeem: [[t:0628573190]] (klopt mogelijk niet meer).

Grt, [[p:Ingrid]]
{{r:coördinator vroegsignalering}}""",
    """Formulier: MELDING ZORG (intern) – {{o:Sociaal Team Almere}}
Ingevuld door: [[p:L. Koçak]], {{r:sociaal werker}}
Datum: [[d:28/08/2024]]

Betreft: mw. [[p:J. Winter]], [[a:Wagenmakerbaan 7]] (Almere {{w:Haven}}), tel [[t:036 - 540 12 98]]

Aanleiding: buurvrouw [[p:Zon]] ([[a:Wagenmakerbaan 9]]) belde de {{o:Wijkpost}} omdat mw. [[p:Winter]] al dagen de post niet binnenhaalt en 's avonds roept. Bij huisbezoek bleek mw. verward, koelkast leeg, katten niet verzorgd.

Actie: {{r:huisarts}} gebeld ({{o:Gezondheidscentrum Haven}}, dokter [[p:Hamers]]) -> visite vandaag. Zoon [[p:Erik Winter]] geïnformeerd ([[t:+31 6 2177 4030]]). Overweging: crisismelding {{o:GGZ Centraal}} als situatie niet verbetert.""",
    """Aan: {{o:Bureau Wsnp}}
Van: [[p:E. Spijkerman]], {{o:Stadsbank Oost Nederland}}, locatie Deventer
Datum: [[d:2 oktober 2024]]

VERKLARING EX ARTIKEL 285 FW

De {{o:Stadsbank Oost Nederland}} verklaart dat zij heeft getracht met alle schuldeisers van:

naam: [[p:Dennis Groothuis]]
geboortedatum: [[d:15-01-1984]]
BSN: [[b:@dots]]
adres: [[a:Rembrandtlaan 48]], [[pc:7412 ES]] Deventer ({{w:Rivierenwijk}})

een minnelijke schuldregeling tot stand te brengen. Het aanbod (betaling van 19,6% van de vorderingen in 18 maanden) is door 12 van de 13 schuldeisers aanvaard. De {{o:Belastingdienst}} (ca. 41% van de totale schuldenlast) heeft het aanbod afgewezen bij brief van [[d:29 augustus 2024]].

Dossiernummer SONN: [[k:2024-SONN-004471]]
Plaats: Deventer
Handtekening: [[p:E. Spijkerman]], {{r:schuldhulpverlener}}""",
    """GESPREKSVERSLAG

Cliënt: [[p:Anca Popescu]]
Geb.: [[d:12.11.1993]]
Cliëntnummer: [[k:0098817]]
Datum: [[d:vr 23 feb]]
Aanwezig: cliënt, tolk Roemeens (dhr. [[p:Ionescu]], tolknummer [[k:T-40921]]), {{r:consulent}} [[p:Hanneke Schouten]]

Mw. werkt via een uitzendbureau bij een distributiecentrum in Venlo en woont met vier collega's in een huis aan de [[a:Hogeweg 38]]. Het uitzendbureau heeft haar na ziekte ontslagen en wil dat ze binnen een week vertrekt uit de woning. Mw. is niet ingeschreven in de BRP.

Afspraken: inschrijving BRP / briefadres via {{o:Gemeente Venlo}} regelen; contact met {{o:FNV}} over loon en ontslag; tijdelijke opvang via {{o:Leger des Heils}} indien nodig. Volgend gesprek: [[d:1 maart]] om 10.00 uur.""",
    """{{o:Centraal Administratie Kantoor (CAK)}}

Mevrouw [[p:T. Yıldırım]]
[[a:Pijlkruidstraat 23]]
[[pc:1032 VM]]  AMSTERDAM

Datum: [[d:15 januari 2025]]
Betalingskenmerk: [[k:7 0412 9932 8810 4471]]
Onderwerp: beschikking eigen bijdrage Wmo 2025

Geachte mevrouw [[p:Yıldırım]],

U ontvangt ondersteuning vanuit de Wmo van de {{o:gemeente Amsterdam}}. Daarvoor betaalt u een eigen bijdrage. In deze beschikking leest u hoeveel dat is.

Uw eigen bijdrage is € 21,80 per periode van vier weken. De eerste periode begint op [[d:1-1-2025]].

Wij schrijven het bedrag automatisch af van rekening [[i:@INGB sp]]. Vragen? Bel ons via [[t:0800 - 1925]] (gratis).

Met vriendelijke groet,
{{o:CAK}}""",
]
TEXTS += [
    """SCHULDENOVERZICHT (bijlage bij aanvraag minnelijke regeling)
Schuldenaar: [[p:Ahmed Chaouch]], [[a:Lodewijk Napoleonplein 4-III]], Amsterdam
Dossier {{o:Plangroep}}: [[k:PG-2024-11932]]

nr | schuldeiser              | kenmerk schuldeiser     | bedrag
1  | {{o:Belastingdienst/Toeslagen}} | [[k:8812.44.091.T.42]]  | €  4.210,00
2  | {{o:CJIB}}                | [[k:3190 4456 7101 2287]] | €    612,00
3  | {{o:Eigen Haard}}         | [[k:HC-1055-04-03]]      | €  1.988,55
4  | {{o:Vattenfall}}          | klantnr [[k:10028844917]] | €    845,30
5  | {{o:Odido}} via {{o:Intrum}} | [[k:INT/7741902]]     | €    396,12
6  | dhr. [[p:M. Chaouch]] (broer) | onderhandse lening     | €  2.500,00
7  | {{o:DUO}}                 | -                        | € 14.077,81

Totaal: € 24.629,78
Opgesteld door: [[p:Bas Dekker]], {{r:schuldhulpverlener}}, [[d:17 april 2024]]""",
    """Van: [[p:Hendrikse, Petra]]
Verzonden: [[d:vrijdag 13 september 2024]] 08:31
Aan: [[p:Ouali, Karim]]; [[p:Tjon A Fong, Meryll]]
Onderwerp: MDO fam. [[p:Rigters]] volgende week

Goedemorgen allen,

Het MDO over de familie [[p:Rigters]] ({{w:Bijlmer-Centrum}}) staat gepland op [[d:dinsdag 17 september]] om 13.30 uur in het {{o:Buurtteam}}-kantoor aan de Bijlmerdreef. Aanwezig: {{o:Samen DOEN}}, {{o:Veilig Thuis Amsterdam-Amstelland}}, {{r:jeugdbeschermer}} van {{o:Jeugdbescherming Regio Amsterdam}}, {{o:Ymere}} en de {{r:wijkagent}}, [[p:Erwin Vos]].

[[p:Meryll]], wil jij de laatste stand van zaken rond [[p:Shanice]] (moeder) meenemen? Zij heeft op [[d:6-9]] weer een waarschuwing van {{o:Ymere}} gekregen i.v.m. overlast.

Dossiernummer Samen DOEN: [[k:SD-AMS-22-3301]].

Met vriendelijke groet,
[[p:Petra Hendrikse]]
{{r:procesregisseur}} {{o:Samen DOEN}} Zuidoost
[[t:06 - 51 08 77 32]]""",
    """Huisartsenpraktijk {{o:De Linde}}
[[p:M.P.H. Coenen]], {{r:huisarts}}

Verwijsbrief

Aan: {{o:Sociaal Wijkteam Maastricht}} – {{w:Malberg}}
Datum: [[d:10-10-2024]]

Betreft: dhr. [[p:Sjef Lemmens]], geb. [[d:30-06-1955]], [[a:Brusselseweg 331]], [[pc:6217 HA]] Maastricht

Geachte collega,

Graag verwijs ik bovengenoemde patiënt naar uw team. Dhr. [[p:Lemmens]] woont sinds het vertrek van zijn vrouw alleen, drinkt dagelijks fors en verwaarloost zichzelf. Hij heeft mij toestemming gegeven deze verwijzing te doen. Er zijn mogelijk schulden (brieven van {{o:Enexis}} en {{o:Servatius}} lagen op tafel).

Medicatie: metformine, enalapril. Relevante voorgeschiedenis: DM2, hypertensie.

Voor overleg ben ik bereikbaar via de terugbellijn [[t:043-3435790]] of via de {{r:POH-GGZ}}, [[p:Lieke]].

Met collegiale groet,
[[p:M. Coenen]]""",
    """{{o:Belastingdienst/Toeslagen}}

[[p:M. Asante]]
[[a:Groenewoudseweg 2-14]]
[[pc:6524 TV]] NIJMEGEN

Datum: [[d:8 november 2023]]
Ons kenmerk: [[k:TS/2023/HT/0044812]]
Burgerservicenummer: [[b:@space]]

Onderwerp: definitieve berekening huurtoeslag 2022

Geachte heer [[p:Asante]],

Wij hebben uw huurtoeslag over 2022 definitief berekend. U heeft € 1.104 te veel ontvangen. Dit bedrag moet u terugbetalen. U ontvangt hierover nog een aparte betaalbrief.

Kunt u niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen via Mijn toeslagen of bellen met de {{o:BelastingTelefoon}}: [[t:0800-0543]].

Met vriendelijke groet,
{{o:Belastingdienst/Toeslagen}}""",
    """Overdracht {{w:Hatert}} -> {{w:Dukenburg}} (interne verhuizing cliënt)

Cliënt: [[p:Peter van Dalen]] (45), nieuw adres per [[d:15/10]]: [[a:Meijhorst 70-12]], [[pc:6537 KD]] Nijmegen
Oud adres: [[a:Hatertseweg 611]]
Casusregisseur tot nu toe: [[p:Yvonne Derks]] ({{o:Sterker sociaal werk}})
Nieuwe casusregisseur: nog toe te wijzen door teamleider [[p:Rob Hermsen]]

Lopend:
- beschermingsbewind via mw. [[p:Lammers]] ({{o:Lammers Bewind & Budget}})
- {{r:ambulant begeleider}} {{o:Pluryn}}, 4 uur p/w (indicatie loopt tot [[d:31-3-2025]])
- contact met {{o:Vraagwijzer Nijmegen}} over vervoer

Risico's: terugval in gebruik, eenzaamheid. [[p:Peter]] is telefonisch slecht bereikbaar; nr. [[t:06 389 27 164]]. Liefst langsgaan op dinsdag of donderdag na 11 uur.""",
    """Onderwerp: Zorgmelding {{o:Veilig Thuis Brabant Noord}} – referentie [[k:VT-BN-2024-08803]]

Geachte mevrouw [[p:Van Rooij]],

Op [[d:4 juni 2024]] hebben wij van de politie een zorgmelding ontvangen betreffende het huishouden op het adres [[a:Kruiskampsingel 204]] te 's-Hertogenbosch (wijk {{w:Kruiskamp}}). Betrokkenen: [[p:Dilan Aydemir]] (geb. [[d:1990-08-19]]) en [[p:Serkan Aydemir]] (geb. [[d:1987-02-03]]), met twee minderjarige kinderen.

Omdat er al een {{r:gezinscoach}} van het {{o:Sociaal Wijkteam}} betrokken is, dragen wij de casus over voor vervolg. Wij vragen u binnen 5 werkdagen te bevestigen dat u de regie oppakt.

Contact: [[p:Ellen Schellekens]], {{r:medewerker triage}}, via [[t:0800-2000]] of [[e:e.schellekens@veiligthuisbrabantnoord.nl]].""",
    """Beschikking kantonrechter – {{o:Rechtbank Den Haag}}, team kanton
zaaknummer: [[k:11244897 \\ BM VERZ 24-3318]]

De kantonrechter, gezien het verzoek van [[p:Fatiha Bennani]], wonende [[a:Hoefkade 609]], [[pc:2526 BX]] Den Haag, ingediend op [[d:2 april 2024]],

stelt de goederen die (zullen) toebehoren aan [[p:Rachid Bennani]], geboren te Nador (Marokko) op [[d:7 januari 1962]], wonende te Den Haag ({{w:Schilderswijk}}), onder bewind;

benoemt tot bewindvoerder: [[p:Laila el Hamdaoui]], {{o:El Hamdaoui Bewindvoering}}, gevestigd te Rijswijk;

Deze beschikking is gegeven door mr. [[p:S.C. van der Kolk]], kantonrechter, en in het openbaar uitgesproken op [[d:25 april 2024]].""",
    """Aanvraagformulier bijzondere bijstand – {{o:Gemeente Breda}}

1. Persoonsgegevens
Achternaam: [[p:Mohamud]]   Voornamen: [[p:Faadumo Cabdi]]
Geboortedatum: [[d:01 - 01 - 1985]]
BSN: [[b:@]]
Straat + huisnr: [[a:Lunetstraat 17 A]]     Postcode: [[pc:4812 KE]]
Telefoon: [[t:076 5 21 34 99]]
IBAN: [[i:@SNSB plain]]

2. Waarvoor vraagt u bijzondere bijstand aan?
Inrichtingskosten na verhuizing uit de opvang ({{o:Surplus}}) naar woning van {{o:WonenBreburg}} in {{w:Hoge Vucht}}.

3. Ondertekening
Datum: [[d:19-3-2024]]     Handtekening: [[p:F.C. Mohamud]]

Ruimte voor de gemeente: ontvangen [[d:21-03-2024]], behandelaar [[p:J. Peeters]], zaak [[k:BB-24-02214]]""",
]
TEXTS += [
    """Gemeente Heerlen – Sociaal Domein
Rapportage Wmo-onderzoek (art. 2.3.2 Wmo 2015)

Naam cliënt: [[p:Gerardus (Sjra) Dautzenberg]]
Adres: [[a:Schaesbergerweg 140]], [[pc:6415 AN]] Heerlen ({{w:Meezenbroek}})
Geboortedatum: [[d:23 december 1950]]
Datum melding: [[d:08-01-2024]]   Datum onderzoek: [[d:16-01-2024]]
Onderzoeker: [[p:Nicole Habets]], {{r:Wmo-consulent}}

Situatie
Dhr. woont samen met zijn echtgenote, mw. [[p:Dautzenberg-Kleijnen]], in een eengezinswoning van {{o:Weller}}. Hij heeft Parkinson (diagnose 2019) en kan de trap niet meer veilig op. De slaapkamer en badkamer liggen op de eerste verdieping. Mw. is mantelzorger en geeft aan overbelast te raken.

Conclusie
Een trapliftvoorziening is niet passend vanwege het progressieve ziektebeeld. Geadviseerd wordt een verhuizing naar een gelijkvloerse woning; urgentie wordt aangevraagd bij {{o:Weller}}. Respijtzorg via {{o:Mantelzorg Parkstad}}.""",
    """[[d:12-02]] tel. contact mw. [[p:Nowak]] ([[t:0048 601 223 918]], PL-nummer), via tolktelefoon.
Mw. [[p:Agnieszka Nowak]] woont sinds okt. met partner [[p:Tomasz]] in Emmen, [[a:Houtweg 9 k.12]]. Zijn vorige week ontslagen door werkgever/huisbaas. Moeten [[d:vrijdag 16 februari]] de kamer uit. Verwezen naar {{o:Vluchtelingenwerk}}? Nee - EU-burgers, dus {{o:Barka}} en {{o:Leger des Heils}} Emmen. Ook {{r:consulent werk}} [[p:J. Lubbers]] ({{o:Gemeente Emmen}}) ingelicht.
Registratie: [[k:SWT-EMM-24-0188]], {{w:Emmerhout}}.""",
    """{{o:Haag Wonen}}
Postbus 64
Den Haag

Aan: mevrouw [[p:S. Baldewsingh-Ramautar]]
[[a:Zuiderparklaan 255-D]]
[[pc:2574HJ]] DEN HAAG

Den Haag, [[d:30 oktober 2024]]
Huurcontract: [[k:020-4419-255D]]
Behandeld door: [[p:Kim Bakker]]

Betreft: betalingsregeling

Geachte mevrouw [[p:Baldewsingh]],

Wij bevestigen de betalingsregeling die wij op [[d:28 oktober]] telefonisch met u en uw {{r:maatschappelijk werker}} van het {{o:Sociaal Wijkteam}} {{w:Moerwijk}} hebben afgesproken. U betaalt naast uw lopende huur € 60,- per maand, voor het eerst op [[d:1 november 2024]], tot de achterstand van € 1.380,- is ingelopen.

Als u een termijn niet betaalt, vervalt de regeling en dragen wij het dossier over aan de deurwaarder.

Met vriendelijke groet,
[[p:K. Bakker]]
{{r:woonconsulent}} Incasso
[[t:070 - 308 94 00]]""",
    """Notulen casusoverleg {{o:Wijkteam Dordrecht}} {{w:Crabbehof}}/{{w:Wielwijk}}
Datum: [[d:dinsdag 5 maart]]
Aanwezig: [[p:Sandra Pols]] (voorzitter, {{r:teamleider}}), [[p:Jeroen van der Linden]] ({{o:Yulius}}), [[p:Malika Amrani]] ({{r:jeugdconsulent}}), [[p:Theo]] ({{r:wijkagent}}), [[p:Ria de Haan]] ({{o:Trivire}})
Afwezig m.k.: [[p:Rik]]

1. Casus fam. [[p:Yusuf]] ([[k:WT-DOR-0317]])
Stand van zaken: moeder ([[p:Hawa]]) heeft afspraak gemist bij {{o:Schuldhulpverlening Drechtsteden}}. [[p:Malika]] neemt contact op voor nieuwe datum. [[p:Ria]] meldt dat {{o:Trivire}} de ontruimingsprocedure pauzeert tot [[d:1-5]].

2. Casus dhr. [[p:De Bruijn]]
Dhr. is op [[d:27 februari]] opgenomen in {{o:Yulius}} (IBS). [[p:Jeroen]] houdt team op de hoogte. Woning blijft voorlopig aangehouden.

Volgende overleg: [[d:19-03-2024]].""",
    """From: [[e:administratie@kredietbankrotterdam.nl]]
To: [[p:Nathalie Lodewijks]] <[[e:n.lodewijks@wijkteam-rotterdam.nl]]>
Date: [[d:Mon, 21 Oct 2024]] 10:14:55 +0200
Subject: Ontvangstbevestiging aanvraag SHV – [[k:KBR-2410-7712]]

Beste mevrouw [[p:Lodewijks]],

Wij hebben de aanvraag schuldhulpverlening voor uw cliënt, de heer [[p:Gökhan Demir]] (geb. [[d:14-02-1979]]), in goede orde ontvangen. De aanvraag is compleet.

Het eerste gesprek met een {{r:schuldhulpverlener}} is ingepland op [[d:woensdag 6 november 2024]], 14.00 uur, op het {{o:Kredietbank Rotterdam}}-kantoor aan het Hofplein. Cliënt ontvangt ook een uitnodiging per post op [[a:Dordtsestraatweg 612b]].

Wilt u uw cliënt vragen de originele loonstroken van juli t/m september mee te nemen?

Met vriendelijke groet,
Team Aanmelding, {{o:Kredietbank Rotterdam}}""",
    """VERWIJSFORMULIER {{o:Het Juridisch Loket}} / {{o:Sociaal Raadslieden Zaanstad}}

Cliënt: [[p:İbrahim Öztürk]]      geb.: [[d:6/5/1972]]
Adres: [[a:Rosmolenstraat 12-2]]   [[pc:1502 PW]] Zaandam ({{w:Poelenburg}})
Tel.: [[t:075-6701233]]  /  mob. [[t:06-1204 8877]]

Probleem: ontslag op staande voet [[d:27-05-2024]], werkgever {{o:Tata Steel}}-onderaannemer. Cliënt heeft geen rechtsbijstandverzekering.
Termijn: vernietiging ontslag binnen 2 maanden -> spoed!
Stukken mee: ontslagbrief, arbeidscontract, loonstroken.

Verwezen door: [[p:Marjan Duinker]], {{r:sociaal raadsvrouw}}
Datum: [[d:30 mei 2024]]""",
    """Onderwerp: Urgentieaanvraag mevr. [[p:Haile]] – aanvullende informatie

Beste [[p:Lotte]],

Ter aanvulling op de urgentieaanvraag voor mevrouw [[p:Semhar Haile]] (BSN [[b:@]]), ingediend op [[d:3-6-2024]], stuur ik je hierbij de verklaring van het {{o:Centrum Seksueel Geweld}}. Mw. woont nu tijdelijk bij een vriendin, [[p:Winta]], op de [[a:Poptahof-Zuid 41]] in Delft ({{w:Poptahof}}). Zij kan niet terug naar haar woning aan de [[a:Aart van der Leeuwlaan 186]] omdat haar ex-partner daar nog komt.

Mw. is bereikbaar via [[t:06-39011877]], alleen WhatsApp-bellen. Post liever niet naar het oude adres sturen.

Met hartelijke groet,
[[p:Dionne Sedney]]
{{r:maatschappelijk werker}} {{o:Stichting Kwadraad}}""",
    """EXPORT wachtlijst Dagbesteding – {{o:Gemeente Assen}} (CMS {{o:Mens Centraal}}), aangemaakt [[d:01-07-2024]] 08:00

Reg.nr	Cliënt	Geb.	Aanmelddatum	Indicatie	Aanbieder
[[k:A-24-0311]]	[[p:H. Mulder]]	1944	[[d:14-03-2024]]	dagbesteding ouderen	{{o:Icare}}
[[k:A-24-0392]]	[[p:R. Dijkstra]]	1979	[[d:02-04-2024]]	dagbesteding GGZ	{{o:Cosis}}
[[k:A-24-0455]]	[[p:B. Kooistra]]	1961	[[d:22-04-2024]]	dagbesteding NAH	{{o:Cosis}}
[[k:A-24-0501]]	[[p:Y. Hassan]]	2001	[[d:13-05-2024]]	arbeidsmatig	{{o:Alescon}}

Gem. wachttijd: 11 weken""",
]
TEXTS += [
    """{{o:Gemeentelijke Belastingen Amstelland}} / {{o:Gemeente Haarlem}} – Kwijtschelding

De heer [[p:P. Post]]
[[a:Amsterdamstraat 5 rood]]
[[pc:2032 PA]] Haarlem

Datum: [[d:2 mei 2024]]
Aanslagnummer: [[k:2024.00.1845.772]]
Subjectnummer: [[k:3300918]]

Geachte heer [[p:Post]],

Uw verzoek om kwijtschelding van de gemeentelijke belastingen 2024 (afvalstoffenheffing en rioolheffing) is toegewezen. U hoeft het bedrag van € 498,40 niet te betalen. Wij sturen deze beslissing alleen per post; een kopie staat in MijnOverheid.

Deze beslissing is genomen door [[p:A. Roos]], namens de invorderingsambtenaar.

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de datum van deze brief administratief beroep instellen.""",
    """Klacht over bejegening

Zoetermeer, [[d:11 juli 2024]]

Aan de klachtencoördinator van de {{o:gemeente Zoetermeer}}

Geachte heer/mevrouw,

Op [[d:maandag 1 juli]] had ik een afspraak bij het {{o:Servicepunt}} in het Stadhuis voor mijn aanvraag huishoudelijke hulp. De medewerker, meneer [[p:Visser]], liet mij 40 minuten wachten en zei daarna dat ik "maar hulp van mijn kinderen moest vragen". Mijn enige zoon woont in Canada. Ik voelde mij niet serieus genomen.

Ik heb hierover ook op [[d:3 juli]] gebeld met het {{o:Klant Contact Centrum}}, maar er is niet teruggebeld.

Ik wil graag een gesprek en een excuus. Mijn aanvraag heeft nummer [[k:ZOE-WMO-118304]].

Met vriendelijke groet,
[[p:Christina Hoop-van Leeuwen]]
[[a:Meerzicht 214]], Zoetermeer ({{w:Meerzicht}})
tel. [[t:079 - 316 72 45]]""",
    """{{o:CJIB}}
Postbus 1794
Leeuwarden

[[p:S. Jaggan]]
[[a:Hoogstraat 207A]]
[[pc:3111 HH]]  SCHIEDAM

Datum: [[d:07 08 2024]]
CJIB-nummer: [[k:1003 9283 4441 7720]]
Betalingskenmerk: [[k:9283 4441 7720 1003]]

Aanmaning

U heeft de verkeersboete van € 109 niet op tijd betaald. Daarom is het bedrag verhoogd met € 54,50. U moet nu € 163,50 betalen vóór [[d:4 september 2024]].

Maak het bedrag over naar [[i:@INGB sp]] t.n.v. CJIB onder vermelding van het betalingskenmerk. Kunt u niet in één keer betalen? Vraag dan een betalingsregeling aan op cjib.nl.""",
    """Aan: {{o:Sociaal Team Assen}}, t.a.v. mevrouw [[p:I. de Roos]]

Beste [[p:Inge]],

Zoals telefonisch besproken hierbij de gegevens van de aanmelding die via de {{r:POH-GGZ}} bij ons binnenkwam:

- Naam: [[p:Laura Visser]], 34 jaar
- Adres: [[a:Burgemeester Jollesstraat 63]], [[pc:9401 HT]] Assen
- Gsm: [[t:06-48 27 11 90]]
- Huisarts: dokter [[p:Stoffers]], {{o:Gezondheidscentrum Kloosterveen}}

Mw. is alleenstaande moeder van [[p:Noa]] (6) en [[p:Lieve]] (3), heeft een burn-out en loopt vast met de administratie. Zij wil graag hulp van een {{r:budgetcoach}} en eventueel {{o:SchuldHulpMaatje}}. Toestemming is getekend op [[d:20.08.2024]].

Hartelijke groet,
[[p:Marloes Oosting]]
{{o:Vaart Welzijn}}""",
    """OPROEPING VERHOOR – {{o:Rechtbank Gelderland}}, locatie Arnhem

Aan: [[p:B.K. Osei]] en [[p:A. Osei-Boateng]]
[[a:Kemperbergerweg 74-A]]
[[pc:6816 RN]] Arnhem

Zaaknummer: [[k:C/05/439871 FT RK 24/2204]]
Datum: [[d:24 september 2024]]

De rechtbank roept u op voor de behandeling van uw verzoek tot toelating tot de wettelijke schuldsaneringsregeling (Wsnp). De zitting vindt plaats op

[[d:donderdag 10 oktober 2024]] om 10.15 uur
in het Paleis van Justitie, [[a:Walburgstraat 2-4]], Arnhem.

U moet persoonlijk verschijnen. Neemt u een geldig legitimatiebewijs mee. U mag zich laten bijstaan door uw {{r:schuldhulpverlener}} of een advocaat.

De griffier,
mr. [[p:W. Sliedrecht]]""",
    """Van: [[p:Anouk Ramakers]] <[[e:a.ramakers@sittard-geleen.nl]]>
Aan: [[p:Kevin]] <[[e:kevin@bewindvoering-westelijkemijnstreek.nl]]>
Verzonden: [[d:woensdag 23 oktober 2024]] 15:06
Onderwerp: cliënt [[p:Hendriks]], Wmo-vervoer

Hoi [[p:Kevin]],

Ik kreeg vandaag een telefoontje van mevrouw [[p:Hendriks]] ([[a:Rijksweg Zuid 88]], {{w:Geleen-Zuid}}) dat haar Omnibuzz-pas is geblokkeerd. Volgens {{o:Omnibuzz}} is de eigen bijdrage sinds augustus niet betaald. Kun jij als bewindvoerder nagaan of de incasso is misgegaan? Haar IBAN bij jullie: [[i:@RABO sp]].

Ze moet [[d:4-11]] naar het ziekenhuis ({{o:Zuyderland}}), dus het liefst regelen we het deze week.

Groetjes,
[[p:Anouk]]
{{r:Wmo-consulent}}""",
    """{{o:UWV}}
[[p:A. El Khattabi]]
[[a:Schalkwijkerstraat 80]]
[[pc:2033 EB]] HAARLEM

Datum: [[d:16 juni 2024]]
Ons kenmerk: [[k:WW-2024-0773419]]
BSN: [[b:@]]

Besluit: u krijgt een WW-uitkering

Beste mevrouw [[p:El Khattabi]],

U krijgt een WW-uitkering vanaf [[d:3 juni 2024]]. Uw uitkering duurt maximaal 10 maanden. Het dagloon is € 112,48 bruto. De uitkering wordt elke maand overgemaakt op uw rekening [[i:@ABNA sp]].

Heeft u vragen? Bel ons op [[t:088 - 898 92 94]].

Met vriendelijke groet,
[[p:J. van Wijk]], {{r:medewerker Klantbeoordeling}}""",
]
TEXTS += [
    """Machtiging

Ik, [[p:Chandra Mahabier]], geboren [[d:19-04-1968]], wonende [[a:Jan Ligthartstraat 11]], [[pc:2712 LH]] Zoetermeer,

machtig hierbij [[p:Anita Ramdin]], {{r:maatschappelijk werker}} bij {{o:Participe}}, om namens mij contact op te nemen met:
- {{o:Vidomes}} (huurachterstand, contractnr. [[k:V-77120455]])
- {{o:Belastingdienst/Toeslagen}}
- {{o:Zorg en Zekerheid}} (polisnr. [[k:ZZ 2029 4811]])

en de benodigde informatie op te vragen en te ontvangen.

Deze machtiging is geldig tot [[d:1 januari 2025]].

Zoetermeer, [[d:12 juni 2024]]

[[p:C. Mahabier]]                [[p:A. Ramdin]]
(handtekening)                   (handtekening)""",
    """Hallo [[p:Wouter]],

Kort verslag van het huisbezoek bij dhr. [[p:Kok]] gisteren ([[d:ma 18/11]]), zodat je het in het dossier ([[k:#55103]]) kunt zetten:

- dhr. woont nog steeds in de woning aan de [[a:Spoorlaan 3-bis]], maar gas is afgesloten sinds begin november. Elektrisch kacheltje aan.
- de kok van het buurthuis brengt hem 3x p/w een warme maaltijd (vrijwillig, fijn!)
- brieven van {{o:Essent}} en {{o:GGN}} ongeopend. Heb er met toestemming foto's van gemaakt.
- dhr. wil graag dat zijn nicht [[p:Bianca Kok]] ([[t:06-22334109]]) betrokken wordt.

Ik bel morgen {{o:Essent}} over een noodvoorziening ({{w:Tilburg-Noord}} heeft hier afspraken over). Jij checkt bij {{o:Tilburg Schuldhulp}}?

Groet,
[[p:Fenna]]
{{r:wijkverpleegkundige}} {{o:ContourdeTwern}} / {{w:Stokhasselt}}""",
    """{{o:Nijestee}}
Afdeling Woonzaken

Aan de bewoners van [[a:Paddepoelsterweg 207-22]]
t.a.v. de heer [[p:Y. Abdullahi]]
[[pc:9742 AD]] Groningen

Groningen, [[d:5 maart 2024]]
Ons kenmerk: [[k:NS/WZ/2024/1107]]

Onderwerp: klachten over geluidsoverlast

Geachte heer [[p:Abdullahi]],

Wij hebben de afgelopen weken meerdere klachten ontvangen over geluidsoverlast vanuit uw woning, vooral 's nachts. Wij nodigen u uit voor een gesprek op [[d:dinsdag 12 maart 2024]] om 10.00 uur op ons kantoor. Bij dit gesprek is ook [[p:Jelle Postma]] van {{o:WIJ Paddepoel}} aanwezig.

Kunt u niet? Neem dan contact op met uw {{r:woonconsulent}}, [[p:Marit Hoekstra]], telefoon [[t:050 - 365 98 00]] of e-mail [[e:m.hoekstra@nijestee.nl]].

Met vriendelijke groet,
[[p:Marit Hoekstra]]""",
    """Ref. [[k:SZ 24.0082.113]] – Terugmelding aan verwijzer

Aan: dr. [[p:R.W. Spoelstra]], {{r:huisarts}} te Hoorn
Van: {{o:Sociaal Wijkteam Hoorn}}
Datum: [[d:28 januari 2025]]

Geachte collega [[p:Spoelstra]],

Uw patiënte mevrouw [[p:Femke de Graaf]] ([[d:03-09-1997]]) is op [[d:14 januari]] door ons team gezien. Er is een plan van aanpak opgesteld met als doelen: stabiel inkomen (aanvraag Participatiewet loopt), schuldenoverzicht maken, en passende ondersteuning bij haar angstklachten.

Mw. is op eigen verzoek aangemeld bij {{o:GGZ Noord-Holland-Noord}}; de wachttijd bedraagt daar ca. 10 weken. Tot die tijd houdt [[p:Saskia]], onze {{r:sociaal-psychiatrisch verpleegkundige}}, wekelijks contact.

Met vriendelijke groet,
[[p:S. van Zanten]], {{r:casusregisseur}}
[[t:0229-252 200]]""",
    """Overzicht aanmeldingen {{o:SchuldHulpMaatje Helmond}} – week 38

| # | Deelnemer | Wijk | Koppeling met maatje | Datum koppeling |
|---|-----------|------|----------------------|-----------------|
| [[k:SHM-HM-0451]] | [[p:J. de Jong]] | {{w:Binnenstad}} | [[p:Piet Raaijmakers]] | [[d:16-09-2024]] |
| [[k:SHM-HM-0452]] | [[p:M. Hoogendoorn]] | {{w:Brouwhuis}} | [[p:Els van Bree]] | [[d:17-09-2024]] |
| [[k:SHM-HM-0455]] | [[p:S. Bulut]] | {{w:Rijpelberg}} | nog geen maatje | - |
| [[k:SHM-HM-0456]] | [[p:H. Stil]] | {{w:Mierlo-Hout}} | [[p:Gerrit Wolf]] | [[d:20 sept. 2024]] |

Coördinator: [[p:Marian Kuijpers]], [[e:helmond@schuldhulpmaatje.nl]]""",
    """Aan de heer [[p:Bogdan Marinov]]
[[a:Dorpsstraat 29]]
[[pc:3237 AK]] Vierpolders

Betreft: brief- of woonadres BRP

Geachte heer [[p:Marinov]],

Uit controle door de {{o:gemeente Voorne aan Zee}} op [[d:9 april 2024]] is gebleken dat u niet meer woont op het adres waar u staat ingeschreven. Wij zijn van plan uw inschrijving te wijzigen naar 'vertrokken onbekend waarheen' (VOW). Dit heeft gevolgen voor uw zorgverzekering, toeslagen en uitkering.

U kunt binnen twee weken uw juiste adres doorgeven, of een briefadres aanvragen als u dak- of thuisloos bent. Hulp nodig? Het {{o:Wijkteam}} kan u helpen; vraag naar [[p:Miranda]] via [[t:0181-333 444]].

Kenmerk: [[k:BRP-AO-2024-0219]]""",
    """Verslag MDO huiselijk geweld, [[d:vr. 31 mei 2024]], {{o:Zorg- en Veiligheidshuis}} IJsselland (Zwolle)

Casus: [[p:Naomi]] ([[d:2002-11-14]]) en haar zoontje [[p:Jayden]] (2), op dit moment in de vrouwenopvang van {{o:Fier}}.
Pleger: [[p:Dylan Kok]], verblijfplaats [[a:Assendorperstraat 150]], {{w:Assendorp}}.

Aanwezig: [[p:L. Hofstede]] ({{o:Veilig Thuis IJsselland}}), [[p:K. Boerman]] ({{r:reclasseringswerker}}, {{o:Reclassering Nederland}}), [[p:W. Jansen]] ({{o:Sociaal Wijkteam}} Zwolle), [[p:A. Mol]] ({{r:jeugdbeschermer}}, {{o:WSG}}).

Besluiten:
- Huisverbod is op [[d:29-5]] verlengd tot [[d:8 juni]].
- [[p:Boerman]] bespreekt met {{r:officier van justitie}} mogelijkheid contactverbod.
- Wijkteam begeleidt moeder bij urgentieaanvraag {{o:deltaWonen}}.
Volgende overleg: [[d:14 juni]], 9:00.""",
    """{{o:Gemeente Apeldoorn}} – Team Inkomen

Apeldoorn, [[d:18 december 2024]]
Zaaknummer: [[k:Z-2024-INK-55481]]

Geachte heer [[p:De Wit]],

U heeft op [[d:25 november 2024]] een aanvraag gedaan voor de energietoeslag. Uw aanvraag is toegekend. Wij maken € 400 over op IBAN [[i:@TRIO sp]] binnen 10 werkdagen.

U woont op [[a:Arnhemseweg 349-7]] in Apeldoorn ({{w:De Maten}}). Klopt dit adres niet meer? Geef dit dan door.

Met vriendelijke groet,

[[p:F.E.M. Schuurman]]
{{r:consulent Inkomen}}

De heer [[p:R.J. de Wit]]
[[a:Arnhemseweg 349-7]]
[[pc:7333 NC]]  Apeldoorn""",
]
TEXTS += [
    """AANMELDING AMBULANTE GGZ – verwijsformulier {{o:Altrecht}}

Verwijzer: [[p:E. Martina]], {{r:maatschappelijk werker}} {{o:Buurtteam Overvecht}}
Telefoon verwijzer: [[t:030 - 889 39 12]]
Datum verwijzing: [[d:3-3-'24]]

Cliëntgegevens
Naam: [[p:Julienne Isenia]]
Geboortedatum: [[d:11-06-1986]]
Adres: [[a:Gambiadreef 118]], [[pc:3564 KM]] Utrecht
Telefoon: [[t:+31 6 41 05 29 83]]
Zorgverzekeraar/polisnummer: {{o:Zilveren Kruis}} / [[k:190 448 213]]
Huisarts: [[p:A. Boekhoudt]], {{o:Gezondheidscentrum Overvecht}}

Reden van aanmelding: langdurige sombere stemming, slaapproblemen, sociaal isolement. Mw. is in 2019 vanuit Curaçao naar Nederland gekomen. Haar moeder ([[p:Yvette Isenia]]) woont in Willemstad en is de belangrijkste steun (dagelijks telefonisch contact).

Toestemming cliënt: ja, schriftelijk op [[d:01-03-2024]].""",
    """opm. uit CMS, contactjournaal [[k:CJ-2024-30088]]:
[[d:08/05]] 10:12 – tel. mw [[p:fernandes]] (kaapverdiaans, spreekt Portugees/Kriolu), dochter [[p:ana]] vertaalt. Huisbaas (dhr [[p:mendes]]) wil huur per [[d:1 juni]] met €150 verhogen, geen contract. Adres [[a:Mathenesserweg 92-A]], {{w:Delfshaven}}.
[[d:08/05]] 14:40 – {{o:Huurteam Rotterdam}} gemaild ([[e:info@huurteamrotterdam.nl]]), aanvraag huurcheck.
[[d:13/05]] 09:05 – mw belt, dhr [[p:mendes]] heeft gedreigd met sloten vervangen. Geadviseerd: niet weggaan, politie bellen bij inbraak. {{r:wijkagent}} [[p:Ruben]] geïnformeerd.""",
    """{{o:Gemeente Den Helder}} – {{o:Sociaal Team}}
Plan van aanpak (versie 2)

Naam: [[p:Ahmad Shah Noorzai]]
Geboortedatum: [[d:01-01-1979]] (volgens BRP)
Dossier: [[k:DH-ST-2024-0077]]
Datum plan: [[d:6 november 2024]]
Casusregisseur: [[p:Karin Zeeman]]

Doel 1 – Financiën: meneer krijgt overzicht in zijn post en betalingen. Actie: aanvraag budgetbeheer bij {{o:Kredietbank Noord-Holland Noord}}; [[p:Karin]] helpt bij aanvraag vóór [[d:20-11-2024]].
Doel 2 – Gezondheid: meneer heeft rugklachten en PTSS-klachten. Actie: gesprek {{r:huisarts}} [[p:Van der Meer]], aanmelding {{o:Centrum '45}} bespreken.
Doel 3 – Participatie: meneer wil werken. Actie: gesprek met {{r:jobcoach}} van {{o:Den Helder Werkt}}.

Ondertekening cliënt: [[p:A.S. Noorzai]]    Datum: [[d:06-11-2024]]""",
    """Van: [[e:j.chen88@gmail.com]]
Aan: [[e:wijkteam@amersfoort.nl]]
Verzonden: [[d:zaterdag 2 maart 2024]] 22:41
Onderwerp: hulp voor mijn moeder

Geachte meneer/mevrouw,

Mijn naam is [[p:Jun Chen]]. Mijn moeder, [[p:Chen Mei Ling]], 74 jaar, woont alleen aan de [[a:Leusderweg 96-C]] in Amersfoort. Zij spreekt weinig Nederlands. Sinds mijn vader is overleden in december eet zij slecht en is ze vaak verward. Ik woon zelf in Rotterdam en werk in het restaurant, dus ik kan maar één keer per week komen.

Kan iemand van het {{o:wijkteam}} bij haar langs gaan? Ik kan dan ook komen om te vertalen. Mijn nummer is [[t:06 2498 3011]]. De {{r:huisarts}} van mijn moeder is dokter [[p:Van Rijn]].

Alvast bedankt,
[[p:Jun]]""",
    """{{o:Stichting Present}} / {{o:Gemeente Gouda}}
Aanvraag klus – woningontruiming en schoonmaak

Aanvrager (professional): [[p:Hester Blom]], {{o:Kwadraad}}
Bewoner: mevr. [[p:L. Kroon]], [[a:Graaf Florisweg 3 bis]], [[pc:2805 AK]] Gouda ({{w:Korte Akkeren}})
Tel. bewoner: [[t:0182-514 837]]

Situatie: mevr. heeft een verzamelstoornis; {{o:Mozaïek Wonen}} heeft een schouw gedaan op [[d:17 oktober]] en geeft tot [[d:15 december 2024]] de tijd om de woning op orde te brengen. Anders volgt een procedure. Dochter [[p:Ilona]] helpt mee, maar woont in Limburg.

Gewenste datum: [[d:zaterdag 23 november]] of [[d:30/11]]
Aantal vrijwilligers: 6-8""",
    """Bijlage 2 bij verzoekschrift toelating schuldsaneringsregeling
Rechtbank: {{o:Rechtbank Limburg}}
Verzoeker: [[p:Wilhelmus Hubertus Janssen]]
Geboren: [[d:14 april 1971]] te Kerkrade
BSN: [[b:@dots]]
Woonadres: [[a:Hoofdstraat 58 A]], [[pc:6461 CT]] Kerkrade
Burgerlijke staat: gescheiden sinds [[d:20-09-2016]]
Ex-partner: [[p:M.J. Janssen-Frijns]]

Inkomen: WIA-uitkering {{o:UWV}} € 1.387 netto p/m
Rekening: [[i:@INGB plain]]
Bijgestaan door: [[p:Kim Wetzels]], {{r:schuldhulpverlener}} {{o:Kredietbank Parkstad}}
Kenmerk kredietbank: [[k:KBP/24/1173]]""",
    """Bericht via het cliëntportaal – ontvangen [[d:di 16-7-2024]] 07:55
Afzender: [[p:Kwame Mensah]] (cliëntnr [[k:400712]])

Goedemorgen mevrouw [[p:Boateng]],

ik heb gisteren weer een brief van de deurwaarder gekregen ({{o:Van Arkel}}, kenmerk [[k:VA-241187-03]]). Ze komen op [[d:25 juli]] beslag leggen op mijn spullen. Ik weet niet wat ik moet doen. Mijn vrouw [[p:Akosua]] is erg bang. Kunt u mij bellen? [[t:0684 112 970]]. Ik ben thuis na 15.00 uur op de [[a:Goudsbloemvallei 49]].

Met vriendelijke groet,
[[p:Kwame]]""",
    """{{o:Gemeente Lelystad}} – Verslag huisbezoek Wmo

Datum: [[d:18-04-2024]]
Adres: [[a:Botter 11-19]], Lelystad ({{w:Atolwijk}})
Cliënt: [[p:Teun Koster]] (81), alleenstaand
Consulent: [[p:Naomi Groen]]

Aanleiding: melding van de koster van de Bonifatiuskerk, die dhr. al drie zondagen niet had gezien. Dhr. bleek na een val (op of rond [[d:5 april]]) slecht ter been. Hulp van dochter [[p:Jolanda]] (Dronten) 1x per week.

Afspraken: tijdelijke huishoudelijke hulp (spoed), personenalarmering, {{r:fysiotherapeut}} via huisarts, maaltijdservice. Terugkoppeling aan dochter via [[e:jolanda.koster@ziggo.nl]].""",
]
TEXTS += [
    """Budgetplan – {{o:Humanitas Thuisadministratie}} Alkmaar
Deelnemer: [[p:Mei Tjon]]      Vrijwilliger: [[p:Hans Schoorl]]
Opgesteld: [[d:4 februari 2024]]

INKOMSTEN (per maand)
Bijstand {{o:gemeente Alkmaar}}          € 1.112,40
Huurtoeslag                              €   301,00
Zorgtoeslag                              €   127,00
Totaal                                   € 1.540,40

UITGAVEN (per maand)
Huur {{o:Van Alckmaer Wonen}} (contract [[k:VAW-31177]])   €   687,12
Energie {{o:Vandebron}}                  €   142,00
Zorgverzekering {{o:VGZ}}                €   151,35
Telefoon + internet                      €    62,00
Aflossing {{o:Kredietbank NHN}}          €    50,00
Leefgeld (€ 100 per week)                €   433,00

Afspraak: vaste lasten via automatische incasso van rekening [[i:@ASNB sp]]; leefgeld wekelijks op maandag naar [[i:@KNAB plain]].""",
    """Geachte heer [[p:Stoica]],

Naar aanleiding van ons gesprek op [[d:woensdag 10 januari]] bevestig ik hierbij de afspraken:

1. U levert uiterlijk [[d:24 januari 2024]] de volgende stukken aan bij het {{o:Wijkteam}}: arbeidscontract, loonstroken van de laatste drie maanden, huurcontract [[a:Noordsingel 145C]], en de brief van {{o:DUO}}.
2. [[p:Ioana]], uw partner, komt ook naar het volgende gesprek, want de schulden staan deels op haar naam.
3. Wij melden u aan bij {{o:Kredietbank Rotterdam}} zodra de stukken compleet zijn.

Het volgende gesprek is op [[d:31 januari]] om 13.00 uur op het wijkteamkantoor in {{w:Oude Noorden}}.

Met vriendelijke groet,
[[p:Mariska Leenders]]
{{r:wijkteammedewerker}} volwassenen
[[t:06-10 99 38 27]] | [[e:mc.leenders@rotterdam.nl]]""",
    """PRESENTIELIJST – Netwerkoverleg bemoeizorg {{w:Schilderswijk}} – [[d:donderdag 21 november 2024]]

naam | organisatie | functie | aanwezig
[[p:Hasna Akkouh]] | {{o:Sociaal Wijkteam}} Schilderswijk | {{r:casusregisseur}} | ja
[[p:Bart-Jan Hoogland]] | {{o:Parnassia}}, {{o:Team Bemoeizorg}} | {{r:SPV}} | ja
[[p:Gülsüm Tekin]] | {{o:Haag Wonen}} | {{r:woonconsulent}} | ja
[[p:Frank van der Pijl]] | {{o:Politie Haaglanden}} | {{r:wijkagent}} | nee
[[p:Marloes Engel]] | {{o:GGD Haaglanden}} | {{r:sociaal verpleegkundige}} | ja
[[p:Sanjay Ramlal]] | {{o:Stichting Mooi}} | {{r:opbouwwerker}} | ja

Notulist: [[p:Gülsüm]]""",
    """Van: [[p:Tessa Maas]]
Aan: [[p:Hoekman, Sjoerd]]
Datum: [[d:26-6-2024]] 12:18
Onderwerp: FW: verzoek informatie cliënt – BSN [[b:@space]]

[[p:Sjoerd]], kun jij hierop reageren? Ik weet niet of we dit mogen delen zonder toestemmingsverklaring. Voor zover ik kan zien staat er geen getekende verklaring in {{o:Regas}}.

---
Van: [[e:p.vanderstelt@advocatuur-stelt.nl]]
Verzonden: [[d:dinsdag 25 juni 2024]]
Onderwerp: verzoek informatie cliënt

Geachte heer/mevrouw,

Als advocaat van de heer [[p:Ruud Koopman]], wonende [[a:Oosterstraat 3]] te Oss, verzoek ik u mij het volledige dossier van uw team toe te zenden in verband met een procedure bij de kantonrechter (zaaknummer [[k:10987654 CV EXPL 24-1102]]).

Met vriendelijke groet,
mr. [[p:P. van der Stelt]]""",
    """{{o:Ons Huis}}
Afdeling Incasso

Enschede, [[d:9 september 2024]]
Contractnummer: [[k:OH/104458/02]]

Mevrouw [[p:N. Al-Khatib]]
[[a:Velveweg 17 K]]
[[pc:7533 BD]] Enschede

Geachte mevrouw [[p:Al-Khatib]],

U heeft een huurachterstand van € 1.740,22. Wij hebben u hierover op [[d:12 augustus]] een brief gestuurd, maar helaas niets van u gehoord.

Wij willen graag met u in gesprek. Op [[d:maandag 16 september]] om 10.30 uur komt onze {{r:huurconsulent}}, mevrouw [[p:Bloem]], bij u langs. Zij wordt vergezeld door een medewerker van het {{o:Wijkteam Velve-Lindenhof}}.

Past dit niet? Bel dan [[t:053 - 480 20 00]].

Met vriendelijke groet,
[[p:H. ten Brinke]]""",
    """ZORGMELDING / VERWIJZING {{o:OGGZ-meldpunt}} {{o:GGD Hollands Midden}}

Melder: [[p:Ton van Dijk]] (buurman)    tel.: [[t:071-5412877]]
Datum melding: [[d:di 9 jan 2024]]

Betrokkene: [[p:Herman]] (achternaam onbekend, ca. 60 jr), [[a:Kooiplein 28]] 3e verdieping, Leiden ({{w:De Kooi}})

Toelichting: sterke stanklucht uit de woning, veel vliegen bij het raam. Betrokkene is sinds de kerst niet meer buiten gezien. Melder heeft aangebeld, er werd niet opengedaan. Volgens melder heeft betrokkene een zus, [[p:Gerrie]], in Katwijk.

Actie: {{r:bemoeizorgmedewerker}} [[p:Youssef]] en {{r:wijkagent}} gaan op [[d:10-01]] langs. Registratie [[k:OGGZ-HM-24-00031]].""",
    """Beste mevrouw [[p:Abebe]],

Hierbij stuur ik u de ingevulde aanvraag voor de Wmo-regiotaxipas, zodat u die kunt controleren en tekenen.

Naam: [[p:Meseret Abebe]]
Geboortedatum: [[d:12-09-1964]]
Adres: [[a:Laan van Vollenhove 2931]], [[pc:3706 AP]] Zeist

Kunt u het formulier vóór [[d:vrijdag 19 april]] terugsturen in de gele envelop? U hoeft geen postzegel te plakken. Als u hulp nodig heeft, kunt u ook langskomen op het {{o:Sociaal Team Zeist}} bij {{o:Wijkcentrum De Clomp}}, op dinsdagochtend.

Vriendelijke groet,
[[p:Ester van Ham]]
{{r:Wmo-consulent}} {{o:gemeente Zeist}}""",
    """{{o:Stadsbank Midden-Nederland}} – Rapportage voortgang schuldregeling
Schuldenaar: [[p:Jeroen Mulder]] ([[k:dossier 22-SMN-6641]])
Periode: jan–jun 2024
Rapport d.d. [[d:5 juli 2024]]

De schuldregeling loopt sinds [[d:01-02-2023]] en eindigt op [[d:31-01-2026]]. Schuldenaar heeft in de rapportageperiode zijn verplichtingen nagekomen. Hij werkt 32 uur per week bij een groothandel in Nieuwegein. Reservering: € 218,- per maand.

Bijzonderheden: per [[d:1 april 2024]] is schuldenaar verhuisd naar [[a:Zuilenselaan 40-bis]], Utrecht ({{w:Zuilen}}). De nieuwe huur is € 95 hoger; het VTLB is herberekend.

Dossierbehandelaar: [[p:N. Kaptein]], [[t:030 - 286 55 00]]""",
    """Beschikking: Toekenning Wmo-maatwerkvoorziening (individuele begeleiding)
Gemeente: Vlaardingen
Datum besluit: [[d:2024-10-03]]
Zaak-ID: [[k:Z24.118903]]

Aanvrager: [[p:Jacqueline Versluis]], [[a:Van Hogendorplaan 1020]], [[pc:3135 BD]] Vlaardingen ({{w:Holy-Zuid}})
Voorziening: begeleiding individueel, 3 uur per week
Aanbieder: {{o:Pameijer}}
Ingangsdatum: [[d:14-10-2024]]  Einddatum: [[d:13-10-2025]]

Onderbouwing: mw. heeft een licht verstandelijke beperking en kan haar administratie en huishouding niet zelfstandig structureren. Haar moeder ([[p:Ria Versluis]]) ondersteunt nu, maar is 79 en kan dit niet langer.""",
]
TEXTS += [
    """Onderwerp: Terugkoppeling intake fam. [[p:Hussein]] / [[k:ZW-24-1904]]

Beste [[p:Merel]],

De intake bij de familie [[p:Hussein]] heeft gisteren plaatsgevonden op hun adres ([[a:Wezenlanden 12-II]], Zwolle). Aanwezig waren meneer [[p:Abdirahman Hussein]], zijn vrouw [[p:Hodan]] en de oudste dochter [[p:Sagal]] (17), die tolkte.

Belangrijkste punten:
- het gezin ontvangt sinds de verhuizing in september geen kinderbijslag meer (adres niet doorgegeven aan {{o:SVB}});
- zorgtoeslag over 2023 wordt teruggevorderd;
- meneer heeft een afspraak bij {{o:Werkplein Zwolle}} gemist en krijgt mogelijk een maatregel.

Ik heb de toestemmingsverklaring laten tekenen (in Somalisch toegelicht door [[p:Sagal]]). Afspraak SVB-aanvraag samen op [[d:13 november]].

Groet,
[[p:Thijs]]""",
    """{{o:Raad voor de Kinderbescherming}} – verzoek om informatie
Datum: [[d:22 februari 2024]]
Zaaknummer Raad: [[k:RvdK-1243567]]

Aan: {{o:Sociaal Wijkteam}} {{w:Transvaal}}, t.a.v. de {{r:casusregisseur}}

De Raad doet onderzoek naar de opvoedingssituatie van [[p:Aylin]] (geb. [[d:30-03-2015]]) en [[p:Mert]] (geb. [[d:17-12-2017]]), kinderen van [[p:Sevgi Aksoy]] en [[p:Murat Karaca]]. Moeder woont op [[a:Kempstraat 208]], Den Haag. Uit informatie van {{o:CJG}} blijkt dat uw team bij moeder betrokken is.

Wij verzoeken u binnen 10 werkdagen schriftelijk informatie te verstrekken over uw betrokkenheid en uw zorgen. Ouders zijn over dit verzoek geïnformeerd.

[[p:A.M. Dekker]], {{r:raadsonderzoeker}}
[[t:088 - 371 21 40]]""",
    """{{o:Trudo}}, Eindhoven
Aanzegging ontruiming

De heer [[p:A.J.M. van der Aa]]
[[a:Pastoor van Arsstraat 21]]
[[pc:5644 RK]]  Eindhoven

Eindhoven, [[d:1 augustus 2024]]

Geachte heer [[p:Van der Aa]],

Bij vonnis van de kantonrechter van de {{o:Rechtbank Oost-Brabant}} d.d. [[d:4 juli 2024]] (zaaknummer [[k:11022413 \\ CV EXPL 24-6651]]) is de huurovereenkomst ontbonden en bent u veroordeeld de woning te ontruimen.

De gerechtsdeurwaarder zal de ontruiming uitvoeren op [[d:donderdag 29 augustus 2024]] om 09.00 uur.

Wij raden u dringend aan contact op te nemen met {{o:WIJeindhoven}} ({{w:Tongelre}}) voor ondersteuning. Zij zijn op de hoogte.

Met vriendelijke groet,
[[p:Ellen Swinkels]], {{r:medewerker Huurzaken}}""",
    """Notitie telefoongesprek – [[d:11 okt.]]
Met: mevrouw [[p:Dimitrova]] ({{o:Sociaal Team Westland}})
Over: dhr. [[p:Georgi Petrov]] (Bulgaars, 38), werkt in de kas, woont in een huisvesting van het uitzendbureau aan de [[a:Zwartendijk 62]] in 's-Gravenzande.
Dhr. heeft een arbeidsongeval gehad ([[d:30 september]]), hand gebroken, geen loon meer. Werkgever betaalt niet door. Geen zorgverzekering? Pas van {{o:Zilveren Kruis}} gezien met nr. [[k:0043 2291 088]].
Afspraak: mw. [[p:Dimitrova]] neemt hem mee naar het {{o:Juridisch Loket}} op [[d:ma 14-10]]. Ik stuur info {{o:FairWork}} naar [[e:r.dimitrova@gemeentewestland.nl]].""",
    """Verklaring van de {{r:huisarts}} t.b.v. urgentieaanvraag

Hierbij verklaar ik, [[p:J.A. Bouwman]], {{r:huisarts}} te Amersfoort, dat mijn patiënt [[p:Eline Schipper]], geboren [[d:25/08/1990]], wonende [[a:Soesterweg 301]], vanwege haar medische situatie dringend een gelijkvloerse woning nodig heeft. Mw. is sinds [[d:2 mei 2023]] rolstoelafhankelijk na een ongeval.

Zij woont momenteel op de derde verdieping zonder lift. De afgelopen maanden is zij hierdoor vrijwel aan huis gebonden.

Amersfoort, [[d:7 maart 2024]]

[[p:J.A. Bouwman]]
{{o:Huisartsenpraktijk Soesterkwartier}}
AGB-code [[k:01-012345]]""",
    """Van: [[p:Rachida Ouchan]] <[[e:rachida.ouchan@wijkteamsdenbosch.nl]]>
Aan: [[e:bewind@vanherpen-bewind.nl]]
Datum: [[d:ma 2 sep 2024]] 09:33
Onderwerp: Leefgeld mevr. [[p:Smits]] komt niet binnen

Goedemorgen,

Mevrouw [[p:Smits]] (uw cliënt, [[a:Graafseweg 455]], {{w:Graafsewijk}}) belde vanochtend in paniek: het leefgeld van vorige week is niet ontvangen en ze heeft geen eten meer in huis. Haar rekening bij de {{o:ASN}}: [[i:@ASNB sp]].

Wilt u dit vandaag nog uitzoeken en haar of mij terugbellen? Ik heb haar voor nu een voedselpakket van de {{o:Voedselbank}} geregeld.

Met vriendelijke groet,
[[p:Rachida Ouchan]]
{{r:sociaal werker}} | [[t:073 - 615 42 90]]""",
    """Aanvraag briefadres – {{o:gemeente Middelburg}}

Aanvrager: [[p:Dirk Jan de Hoop]]
Geboortedatum: [[d:19 juli 1982]]
BSN: [[b:@dash]]
Laatste woonadres: [[a:Loskade 112]], Middelburg (tot [[d:15-5-2024]])
Briefadres bij: {{o:Stichting Maatschappelijke Opvang Zeeland}} / [[a:Kanaalweg 4]], Middelburg

Reden: aanvrager heeft geen vaste woon- of verblijfplaats sinds de relatiebreuk met mw. [[p:Annemiek Hage]]. Hij slaapt afwisselend bij vrienden en in de nachtopvang.

Handtekening aanvrager: [[p:D.J. de Hoop]]
Handtekening briefadresgever: namens {{o:SMO Zeeland}}, [[p:P. Verburg]]
Datum: [[d:21 mei 2024]]""",
    """Onderwerp: Verzoek moratorium / [[p:Meijer]] / uw ref. [[k:2024/HV/0071]]

Geachte heer [[p:Lammers]],

Namens mijn cliënte mevrouw [[p:Ilse Meijer]] verzoek ik u de ontruiming van haar woning aan de [[a:Burgemeester Sweenslaan 12]] te Emmen ({{w:Angelslo}}) op te schorten. Er wordt vandaag een verzoek tot het afkondigen van een moratorium ingediend bij de {{o:Rechtbank Noord-Nederland}}.

Mevrouw heeft zich op [[d:30 juli 2024]] gemeld bij de {{o:Gemeentelijke Kredietbank Drenthe}}; zij is inmiddels toegelaten tot het traject.

Met vriendelijke groet,
[[p:G. Wiersma]], {{r:schuldhulpverlener}}
[[t:0591 - 685 685]] | [[e:g.wiersma@emmen.nl]]""",
    """TOESTEMMINGSFORMULIER GEGEVENSUITWISSELING – {{o:WIJ Groningen}}

Ik, [[p:Reza Karimi]] (geb. [[d:4-1-1995]]), geef toestemming aan {{o:WIJ Groningen}} ({{w:Vinkhuizen}}) om gegevens uit te wisselen met:

organisatie            contactpersoon
{{o:Lentis}}           dr. [[p:F. Oosterhof]], {{r:psychiater}}
{{o:Vluchtelingenwerk Noord Nederland}}   [[p:Marjan Wieringa]]
{{o:Nijestee}}         [[p:Jan Kremer]]

Doel: afstemming begeleiding en huisvesting.
Ik weet dat ik deze toestemming op elk moment kan intrekken.

Datum: [[d:14-08-2024]]
Handtekening: [[p:R. Karimi]]
Medewerker WIJ: [[p:Bas Huisman]] ({{r:WIJ-werker}})""",
]
TEXTS += [
    """Netwerkkaart (bijlage bij plan van aanpak [[k:PVA-2024-0419]])
Cliënt: [[p:Henk de Boer]], {{w:Lombardijen}}

Familie
- ex-vrouw [[p:Wilma]] – geen contact sinds 2020
- dochter [[p:Sanne de Boer]] – woont in Barendrecht, belt wekelijks, wil best helpen met post
- zoon [[p:Mark]] – detentie, PI Dordrecht
- broer [[p:Kees de Boer]] – contact wisselend, schuldeiser (lening € 1.200)

Vrienden / buren
- [[p:Arie]] van de biljartclub – ziet hem 2x p/w
- buurvrouw mw. [[p:Janssen]] – haalt boodschappen, heeft sleutel

Professionals
- {{r:huisarts}} [[p:Van Dam]]
- {{r:wijkverpleegkundige}} [[p:Esther]] ({{o:Laurens}})
- {{r:bewindvoerder}} [[p:Frits Hoogenboom]] ({{o:Hoogenboom Bewind}})
- {{r:wijkagent}} [[p:Dennis]]""",
    """Van: [[p:Yasmina Bouhali]]
Aan: [[p:Gert-Jan Smit]]; [[p:Priscilla Doelwijt]]
CC: [[p:Wim Koning]]
Onderwerp: RE: verdeling nieuwe aanmeldingen

Hoi allemaal,

Voorstel voor de verdeling van de aanmeldingen van deze week:
- mw. [[p:Akhtar]] ({{w:Laakkwartier}}): [[p:Priscilla]], i.v.m. Urdu-kennis niet nodig, maar ze kent de familie al via [[p:Nadia]] van het {{o:CJG}}
- dhr. en mw. [[p:Van Leeuwen]] (echtpaar, dementie): [[p:Gert-Jan]] samen met de {{r:casemanager dementie}} [[p:Anita]]
- [[p:Jordy Martis]] (23, dakloos, slaapt bij zijn oom [[p:Rudsel]]): ik neem hem zelf
- mw. [[p:Koning]] – [[p:Wim]], is geen familie hoor, maar wel grappig ;)

Laat maar weten als iemand bezwaar heeft.
[[p:Yas]]""",
    """Verslag huisbezoek – {{o:Sociaal Team Roosendaal}}
Cliënt: [[p:Marcel Roos]] – aanwezig: [[p:Marcel]], zijn moeder [[p:Trees Roos-Verbeek]], {{r:consulent}} [[p:Lotte Adriaansen]]

[[p:Marcel]] (29) woont sinds de scheiding weer bij zijn moeder in {{w:Kalsdonk}}. Hij heeft een LVB en werkt via {{o:WVS Groep}} in de groenvoorziening. Zijn moeder regelt alles, maar zij is zelf ziek (longkanker) en maakt zich zorgen wat er met [[p:Marcel]] gebeurt als zij er niet meer is.

Afgesproken: aanvraag beschermingsbewind voor [[p:Marcel]]; oriëntatie op beschermd wonen bij {{o:Amarant}}; [[p:Lotte]] belt zus [[p:Petra]] (Bergen op Zoom) om haar rol te bespreken.

Volgende afspraak: [[d:donderdag 6 juni]]""",
    """{{o:Gemeente Amsterdam}} – {{o:Buurtteam Amsterdam Oost}}
Ondersteuningsplan

Naam: [[p:Latifa Benyahia]]
Buurt: {{w:Indische Buurt}}
Ondersteuner: [[p:Koen Vermeulen]] ({{r:buurtteammedewerker}})
Dossier: [[k:BTA-OOST-2024-2281]]

Huishouden: [[p:Latifa]] (38), kinderen [[p:Ilyas]] (12), [[p:Soumaya]] (9) en [[p:Adam]] (4). Vader [[p:Hicham]] woont in Almere, betaalt onregelmatig alimentatie.

Wat wil [[p:Latifa]] bereiken?
"Dat ik rust krijg in mijn hoofd en dat de brieven stoppen."

Afspraken
- [[p:Koen]] en [[p:Latifa]] maken samen een overzicht van alle schulden.
- [[p:Latifa]] vraagt bij {{o:Stadsdeel Oost}} de Stadspas aan.
- Oudste zoon [[p:Ilyas]] wordt aangemeld bij {{o:Jeugdfonds Sport}} voor voetbal.""",
    """Hallo [[p:Ingeborg]],

Sorry voor de late reactie. Mijn moeder ([[p:Hendrika Hoogland]]) heeft de brief van jullie ontvangen, maar ze snapt hem niet. Ze denkt dat ze haar huishoudelijke hulp kwijtraakt. [[p:Sylvia]], de hulp van {{o:Zorggroep Tellens}}, zei ook dat er iets gaat veranderen.

Kan iemand het haar uitleggen? Mijn broer [[p:Jaap]] en ik kunnen er allebei bij zijn op een woensdagmiddag. Haar adres is [[a:Hoofdstraat 33]], Drachten, en mijn nummer [[t:06-55 12 09 87]].

Groeten,
[[p:Anja Hoogland]]
(dochter)""",
    """{{o:Gemeente Capelle aan den IJssel}}
Rapportage vroegsignalering – maand september

Aantal signalen: 114 ({{o:Havensteder}} 41, {{o:Eneco}} 29, {{o:Evides}} 22, zorgverzekeraars 22)
Aantal huisbezoeken: 63, waarvan 24 'niet thuis'

Casusvoorbeeld (geanonimiseerd? NEE – alleen intern):
dhr. [[p:Ruud Spaans]] en mw. [[p:Sylvana Pengel]], [[a:Bermweg 204]], {{w:Schollevaar}}. Achterstanden bij alle drie de vaste-lastenpartners. Na huisbezoek door [[p:Ron]] en [[p:Desiree]] ({{o:Wijkteam Capelle}}) doorverwezen naar {{o:Schuldhulpverlening Capelle}}.

Opgesteld door: [[p:Esra Günes]], {{r:beleidsmedewerker}}""",
    """Onderwerp: Toestemming tekenen [[p:Bilal]]

Ha [[p:Maaike]],

Kun jij als je morgen bij [[p:Bilal]] bent (jullie afspraak in de bieb) hem nog even het toestemmingsformulier laten tekenen? Hij had hem vorige keer mee naar huis genomen en zijn vader, meneer [[p:El Amrani]], wilde eerst meelezen. Prima natuurlijk, maar ik wil [[p:Bilal]] volgende week bij {{o:MEE}} aanmelden en dan moet hij er zijn.

Als [[p:Bilal]] vragen heeft kan hij mij of [[p:Jamal]] (ervaringsdeskundige) bellen.

Groet,
[[p:Sophie]]""",
    """INTAKEVERSLAG {{o:Leger des Heils}} Ambulante Woonbegeleiding – Heerlen

Cliënt: [[p:Roy Wetzels]]
Aanwezig: cliënt, [[p:Annie Wetzels]] (moeder), [[p:Joost Kicken]] ({{r:trajectbegeleider}}), [[p:Ramona]] ({{r:ervaringsdeskundige}})

[[p:Roy]] (41) verbleef tot vorige week in de {{o:Nachtopvang Heerlen}}. Via {{o:Wonen Zuid}} heeft hij een kamer gekregen in {{w:Heerlerheide}}, onder voorwaarde van begeleiding. Hij heeft een lange geschiedenis van middelengebruik; sinds anderhalf jaar clean, volgt behandeling bij {{o:Mondriaan}} (dr. [[p:Kerkhofs]]).

Ondersteuningsvragen: dagritme, administratie, contact met zoon [[p:Dani]] (14) herstellen. Ex-partner [[p:Ellen Lardinois]] staat open voor begeleide omgang.""",
]
TEXTS += [
    """Aanvraagformulier beschermingsbewind (verzoekschrift) – {{o:Rechtbank Rotterdam}}, sector kanton

Verzoeker / betrokkene: [[p:Winston Leonard Zeegelaar]]
geboren te Paramaribo (Suriname) op [[d:03-02-1959]]
BSN: [[b:@]]
adres: [[a:Slinge 1124]], [[pc:3085 EW]] Rotterdam ({{w:Zuidwijk}})

Voorgestelde bewindvoerder: [[p:Claudia Lie-A-Ling]], {{o:Lie-A-Ling Bewindvoering}}, Rotterdam, KvK 77412255

Grond: problematische schulden en verminderde regie als gevolg van beginnende dementie.
Familieleden die bericht moeten krijgen: zus [[p:Hermine Zeegelaar]] (Amsterdam), zoon [[p:Romano Zeegelaar]] ([[a:Walravenstraat 8]], Den Haag).

Rekeningnummer betrokkene: [[i:@INGB sp]]

Ondertekend: [[p:W.L. Zeegelaar]]""",
    """Betreft: uw cliënt [[p:Kowalczyk]] / onze ref. [[k:ENK-0418-24]]

Geachte mevrouw [[p:Zuidema]],

In antwoord op uw e-mail van afgelopen donderdag: de heer [[p:Marek Kowalczyk]] is bij ons bekend als huurder van [[a:Lutterstraat 36-2]] te Enschede. Zijn partner, mevrouw [[p:Joanna Wiśniewska]], staat niet op het huurcontract.

Wij zijn bereid de ontruimingsprocedure op te schorten als de heer [[p:Kowalczyk]] instemt met begeleiding door {{o:Alifa}} en een betalingsregeling via zijn bewindvoerder.

Met vriendelijke groet,
[[p:Robin Leferink]]
{{r:sociaal beheerder}}, {{o:Domijn}}""",
    """Intakeformulier {{o:Sociaal Wijkteam}} – invulversie cliënt

Naam: [[p:Esperanza]] [[p:Cruz Martina]]
Roepnaam: [[p:Espi]]
Geboortedatum: [[d:29 febr. 1988]]
Nationaliteit: Nederlandse (Curaçao)
Adres: [[a:Van Speijkstraat 161-III]], Den Haag ({{w:Zeeheldenkwartier}})
Postcode: [[pc:2518 EZ]]
Telefoon: [[t:0687654109]]
E-mail: [[e:espi_cruz@hotmail.com]]
BSN: [[b:@dots]]
Huisarts: Dr. [[p:Kruithof]]

Waar heeft u hulp bij nodig?
"weet het niet meer met de belastingdienst en mijn huisbaas dreigt. Ik heb ook een zoon [[p:Jurmaine]] van 7 die veel problemen heeft op school."

Wie mogen wij nog meer benaderen?
"mijn zus [[p:Yolanda]] 06 is [[t:06-31 44 80 12]]\"""",
    """{{o:Gemeente Utrecht}}
Besluit op bezwaar

Bezwaarmaker: de heer [[p:T.A. Mukeshimana]]
Dossiernummer bezwaar: [[k:BZW-2024-03312]]
Datum: [[d:20 juni 2024]]

De heer [[p:Mukeshimana]] heeft bezwaar gemaakt tegen het besluit van [[d:5 maart 2024]] waarbij zijn Wmo-voorziening begeleiding is beëindigd. Tijdens de hoorzitting op [[d:29 mei]] heeft hij, bijgestaan door [[p:Kim van Oostrom]] van {{o:Sociaal Raadslieden Utrecht}}, toegelicht dat zijn situatie niet is verbeterd.

De commissie adviseert het bezwaar gegrond te verklaren. Het college neemt dit advies over. De begeleiding door {{o:Lister}} wordt voortgezet.

namens het college,
drs. [[p:H. Ouwerkerk]], {{r:teammanager Juridische Zaken}}""",
    """Mail aan collega's {{o:Sociaal Team Almelo}}

Onderwerp: vervanging tijdens mijn verlof

Beste collega's,

Van maandag tot en met 16 augustus ben ik met verlof. Mijn caseload is als volgt verdeeld:

[[p:Dinkelbach]] ({{w:Windmolenbroek}}) -> [[p:Marieke]]
[[p:Erdoğan]], [[p:Yusuf]] ({{w:Nieuwstraatkwartier}}) -> [[p:Mehmet]]
[[p:Klein Kranenbarg]] ({{w:de Riet}}) -> [[p:Tamara]]
fam. [[p:Nijkamp]] -> [[p:Tamara]]
mw. [[p:Hoek]] ({{w:de Schelfhorst}}) -> geen actie nodig, {{r:wijkverpleegkundige}} [[p:Jolien]] houdt vinger aan pols

Het wachtwoord van de gedeelde Teams-map heeft [[p:Mehmet]].

Groetjes,
[[p:Ellis ter Beek]]""",
    """{{o:Sociale Verzekeringsbank}}

Aan: mevrouw [[p:D.S. Fofanah]]
[[a:Schrevelsgracht 7]]
[[pc:3112 BH]] Schiedam

Datum: [[d:13 maart 2024]]
SVB-nummer: [[k:40.118.99.401]]

Geachte mevrouw [[p:Fofanah]],

Wij hebben uw aanvraag kinderbijslag voor [[p:Mariama]] (geboren [[d:6 januari 2024]]) ontvangen. U krijgt kinderbijslag vanaf het tweede kwartaal van 2024. Wij betalen de kinderbijslag op rekening [[i:@RABO sp]].

Uw andere kinderen, [[p:Ibrahim]] en [[p:Fatmata]], staan ook op uw aanvraag. Voor hen verandert er niets.

Met vriendelijke groet,
{{o:Sociale Verzekeringsbank}}, kantoor Leiden""",
    """Dagrapport {{o:Straatteam Groningen}} – dienst [[d:zondag 14 januari]]

Ronde binnenstad + Stadspark, 19:00-23:30. Team: [[p:Koos]], [[p:Mirjam]], [[p:Sander]] (stagiair).

- [[p:Rinus]] (vaste bekende) slaapt weer bij het Herewegviaduct. Wil niet naar de {{o:Nachtopvang}}. Deken en soep gegeven.
- Jonge man, [[p:Tobias]], ca. 20, Duitstalig. Zegt dat zijn vriendin [[p:Lena]] hem eruit heeft gezet. Verwezen naar {{o:Het Kopland}}, [[p:Mirjam]] heeft gebeld.
- Mw. [[p:Okonkwo]] aan de Oosterhamrikkade: huilend aangetroffen. Volgens haar verzorgt {{o:Lentis}} haar, {{r:begeleider}} [[p:Frank]]. Gebeld, geen gehoor; morgen opnieuw.""",
    """Onderwerp: Verzoek om kwijtschelding ziektekostenpremie – [[p:A. Mohammadi]]

Geachte heer/mevrouw,

Namens mijn cliënt, de heer [[p:Ali Mohammadi]] (polisnummer [[k:M-55812099]]), verzoek ik u de achterstallige premie over de periode januari-juni kwijt te schelden dan wel de inning op te schorten. Meneer verbleef in die periode in een AZC en ontving slechts leefgeld van het {{o:COA}}.

Meneer woont inmiddels in Zaandam ([[a:Peldersveldstraat 18]], {{w:Peldersveld}}) en is ingeschreven bij de gemeente.

Ik hoor graag uw reactie.

Met vriendelijke groet,
[[p:Saskia Mol]]
{{r:maatschappelijk werker}} {{o:Vluchtelingenwerk Noord-Holland}}
[[e:s.mol@vluchtelingenwerk.nl]]""",
    """Registratieformulier mantelzorgwaardering – {{o:Gemeente Delft}}

Gegevens mantelzorger
Naam: [[p:Gerard van der Zwan]]
Adres: [[a:Papsouwselaan 212]], [[pc:2624 AL]] Delft ({{w:Voorhof}})
IBAN: [[i:@INGB plain]]

Gegevens zorgvrager
Naam: [[p:Cornelia van der Zwan-Bos]] (echtgenote)
Relatie: partner
Aard van de zorg: persoonlijke verzorging, medicatie, begeleiding bij bezoeken aan {{o:Reinier de Graaf}}

Ondertekend door beide: [[p:G. van der Zwan]] / [[p:C. van der Zwan-Bos]]
In te leveren bij {{o:Delft voor Elkaar}}""",
]
TEXTS += [
    """Aan: {{o:Woonbedrijf}}, afdeling Woonfraude
Van: [[p:Lisa Wouters]], {{r:wijkcoach}} {{o:WIJeindhoven}} {{w:Doornakkers}}
Datum: [[d:22-1-2025]]

Geachte heer [[p:Van Hout]],

Hierbij reageer ik op uw vermoeden van onderhuur in de woning [[a:Tongelresestraat 401]]. Ik ken de huurster, mevrouw [[p:Hanna Bakker]], al twee jaar. Zij verblijft sinds oktober tijdelijk bij haar zieke vader in Veldhoven; haar neef [[p:Stefan]] past in die periode op de woning en betaalt geen huur. Van onderhuur is naar mijn inschatting geen sprake.

Mevrouw is bereid dit toe te lichten. Haar mobiele nummer: [[t:06 - 1847 2290]].

Met vriendelijke groet,
[[p:Lisa Wouters]]""",
    """Gezien de situatie adviseer ik de aanvraag toe te kennen.
– [[p:M. de Wit]], {{r:Wmo-adviseur}}, [[d:18 april 2024]]
Akkoord {{r:teamleider}}: [[p:P. Bakker]], [[d:19-4]]""",
    """Van: [[p:Chantal Mol]] <[[e:c.mol@zorggroep-almere.nl]]>
Aan: [[e:wmo-loket@almere.nl]]
Datum: [[d:vrijdag 7 juni 2024]] 13:52
Onderwerp: spoed: hulpmiddelen voor ontslag uit ziekenhuis mw. [[p:Van der Laan]]

Goedemiddag,

Mevrouw [[p:Geertruida van der Laan]], geb. [[d:11-12-1936]], wordt [[d:dinsdag 11 juni]] ontslagen uit het {{o:Flevoziekenhuis}} na een heupoperatie. Zij woont alleen in {{w:Stedenwijk}}, [[a:Marktgracht 24]].

Er is thuis een hoog-laagbed en een douchestoel nodig. Volgens de {{r:transferverpleegkundige}}, [[p:Hatice]], is de aanvraag bij de zorgverzekeraar al gedaan, maar de woningaanpassing (beugels toilet) loopt via de Wmo.

Wilt u contact opnemen met haar zoon, de heer [[p:Frank van der Laan]], [[t:+31 (0)6 51 72 44 18]]?

Met vriendelijke groet,
[[p:Chantal Mol]], {{r:wijkverpleegkundige}}""",
    """LIJST BETALINGSACHTERSTANDEN – signalen {{o:Dunea}}, uitdraai [[d:15-03-2024]]

klantnummer    naam                       adres                        achterstand
[[k:4400128871]]    [[p:VISSER, J.W.]]                 [[a:Kerkweg 14]]                     € 212,40
[[k:4400134402]]    [[p:EL OUARDI, N.]]                [[a:Julianastraat 7-A]]              € 98,10
[[k:4400139915]]    [[p:HOOP, DE, M.C.]]               [[a:Laan van Nieuw Oosteinde 311]]  € 341,77
[[k:4400140006]]    [[p:RAMPERSAD, S.]]                [[a:Spoorlaan 2-bis]]                € 126,00

Doorgezet naar: {{o:Team Vroegsignalering Leidschendam-Voorburg}}""",
    """Onderwerp: Bedankt!

Lieve [[p:Anouk]],

Ik wil je heel erg bedanken voor alle hulp het afgelopen jaar. Toen ik bij jou kwam had ik 23 schulden en geen idee waar ik moest beginnen. Nu zit ik in de schuldregeling en heb ik eindelijk weer rust. Mijn dochter [[p:Fleur]] zegt dat ik weer lach.

De hoop die jij me gaf was het belangrijkste. Ook de bakker op de hoek, waar ik nu werk, zegt dat ik veranderd ben :)

Ik kom je een keer bezoeken op het {{o:Wijkteam}} in {{w:Ondiep}}.

Liefs,
[[p:Sandra de Bakker]]""",
    """{{o:Raad voor Rechtsbijstand}}
Toevoeging – besluit

Rechtzoekende: [[p:Mohammed Jabari]]
BSN: [[b:@]]
Adres: [[a:Groen van Prinstererstraat 45]], [[pc:6524 CW]] Nijmegen
Advocaat: mr. [[p:Lotte Kersten]], {{o:Kersten Advocaten}}
Zaaksoort: huurrecht (ontruiming)
Toevoegingsnummer: [[k:4KA9821]]
Datum besluit: [[d:26 augustus 2024]]

De toevoeging wordt verleend. De eigen bijdrage is € 232,00. Omdat u verwezen bent door {{o:Het Juridisch Loket}} ontvangt u een korting van € 60,00.""",
    """Aanmelding dagbesteding – {{o:Zonnehuisgroep Amstelland}}

Naam: [[p:Sjaan Winter]]
Geboren: [[d:8 juli 1943]]
Adres: [[a:Rembrandtweg 85]], Amstelveen
Contactpersoon: dochter [[p:Marja Winter]], [[t:020 - 643 11 28]], [[e:marja.winter@xs4all.nl]]

Diagnose: ziekte van Alzheimer (vastgesteld door {{r:geriater}} in het {{o:Amstelland Ziekenhuis}}). Mw. is in de winter erg somber en komt dan nauwelijks buiten. Ze zingt graag en houdt van bloemen; vroeger kweekte ze rozen.

Voorkeur dagen: maandag en donderdag
{{r:Casemanager dementie}}: [[p:Hetty Groeneveld]], {{o:Amstelring}}""",
    """INTERN MEMO – {{o:Sociaal Wijkteam}} {{w:Laak}}
Aan: [[p:Naima]], [[p:Robbert]], [[p:Johan]]
Van: [[p:Marleen]] ({{r:teamcoach}})

Per [[d:1 maart]] gaat [[p:Robbert]] het team verlaten. Zijn cliënten worden verdeeld tijdens het teamoverleg van dinsdag. Let op: bij dhr. [[p:Kandemir]] en mw. [[p:Teixeira]] lopen ontruimingsprocedures, die moeten vóór zijn vertrek overgedragen zijn.

Het dossier van [[p:Kandemir]] ([[k:SWT-LK-2023-1877]]) staat nog op naam van [[p:Robbert]] in het systeem; [[p:Johan]], wil jij dat aanpassen?""",
    """Hierbij verklaar ik, [[p:Oksana Melnyk]], dat ik vanaf [[d:15-02-2024]] woon bij mijn zus [[p:Iryna Kovalenko]] op het adres [[a:Zwanenburgstraat 16]], [[pc:7543 XR]] Enschede, en dat ik geen huur betaal.

Enschede, [[d:20-2-2024]]
Handtekening: [[p:O. Melnyk]]
Handtekening hoofdbewoner: [[p:I. Kovalenko]]""",
    """Uitdraai agenda {{r:sociaal werker}} [[p:B. Hamidi]] – week 47

ma [[d:18-11]] 09:00  huisbezoek fam. [[p:Gomes]], [[a:Hortensiastraat 19]] ({{w:Spangen}})
ma [[d:18-11]] 13:30  teamoverleg
di [[d:19-11]] 10:00  {{o:Kredietbank Rotterdam}} met dhr. [[p:Van Vliet]]
di [[d:19-11]] 14:00  telefonisch [[p:Shirley]] ({{o:Havensteder}}) ivm [[p:Gomes]]
wo [[d:20-11]] hele dag  training Meldcode
do [[d:21-11]] 11:00  intake mw. [[p:Kovač]], tel. [[t:06-43 29 98 01]]
vr [[d:22-11]] vrij""",
]
TEXTS += [
    """{{o:Gemeente Roermond}}
Team Sociaal Domein

Aan de heer [[p:J.P.M. Geraedts]]
[[a:Godsweerdersingel 59]]
[[pc:6041 GK]] Roermond

Roermond, [[d:4 april 2024]]
Ons kenmerk: [[k:SD/2024/04/1182]]
Behandeld door: [[p:Marieke Timmermans]]
Telefoon: [[t:0475 - 359 999]]

Onderwerp: uitnodiging gesprek

Geachte heer [[p:Geraedts]],

U heeft zich gemeld met een hulpvraag voor uw vrouw, mevrouw [[p:Geraedts-Peeters]], die sinds kort in een rolstoel zit. Graag maken wij kennis met u beiden. Wij komen bij u thuis op [[d:dinsdag 16 april]] om 14.00 uur.

Wilt u de medische gegevens van uw vrouw (brief van de {{r:revalidatiearts}} van {{o:Adelante}}) klaarleggen?

Met vriendelijke groet,
[[p:M. Timmermans]], {{r:consulent Wmo}}""",
    """Bericht via Zivver
Van: [[p:Eveline Brands]] ({{o:Veilig Thuis Limburg}})
Aan: [[p:Ruud]] ({{o:Sociaal Team Weert}})

[[p:Ruud]], zoals net besproken: de melding betreft [[p:Kim Hermans]] (32) en partner [[p:Danny Coolen]], [[a:Maaspoort 88]], Weert. De melding is gedaan door de moeder van [[p:Kim]], [[p:Anja Hermans]] ([[t:0495-53 77 21]]), die blauwe plekken zag. Kinderen: [[p:Luuk]] (5) en [[p:Fenne]] (2). VT-nummer: [[k:VTL-24-031177]].

We hebben afgesproken dat jullie het gesprek met [[p:Kim]] doen, wij sluiten aan. Liefst deze week nog.
Groet, [[p:Eveline]]""",
    """Verslag telefonisch contact
Datum/tijd: [[d:ma 8 jan 2024]], 11:20
Contact met: mw. [[p:Van Beek]], {{r:huurconsulent}} {{o:Mooiland}}
Betreft: dhr. [[p:Goedhart]], [[a:Smeetsstraat 4-b]], Oss

Mw. [[p:Van Beek]] belt omdat dhr. [[p:Goedhart]] niet reageert op brieven. Achterstand € 3.140 (5 mnd). Zij weet dat hij bij ons in begeleiding is. Ik heb zonder toestemming geen inhoudelijke info gegeven, wel toegezegd dat ik dhr. vraag contact op te nemen.

Actie: dhr. gebeld ([[t:06 53 88 12 07]]), niet bereikbaar, ingesproken. Morgen langs samen met [[p:Yvette]] ({{r:GGZ-consulent}}).""",
    """Factuur – {{o:Verhuisbedrijf Hendriks}}
Factuurnummer: [[k:2024-0918]]
Datum: [[d:3 oktober 2024]]

Aan: {{o:Gemeente Hengelo}}, t.a.v. mw. [[p:E. Wolters]], Afd. Wmo
Betreft verhuizing cliënt [[p:G. Kip]] van [[a:Berflostraat 22]] naar [[a:Oelerweg 110-A]], Hengelo, op [[d:1-10-2024]]
Referentie gemeente: [[k:WMO-HGL-24-00542]]

Omschrijving                          bedrag
Verhuizing incl. 3 man, 6 uur           € 690,00
Inpakmateriaal                          €  45,00
Totaal excl. btw                        € 735,00

Gelieve te voldoen op [[i:@RABO sp]] o.v.v. factuurnummer.""",
    """{{o:Veiligheidshuis Kennemerland}}
Casusoverleg (persoonsgericht) – actielijst

Casus: [[p:Stefan Baars]] ([[d:1996-04-02]]), [[k:VH-KEN-2024-118]]
Deelnemers: {{o:Politie}} ([[p:R. Lindeman]]), {{o:OM}} (mr. [[p:D. Jacobs]]), {{o:Reclassering}} ([[p:P. Nauta]]), {{o:GGZ inGeest}} (dr. [[p:Y. Hamid]]), {{o:Sociaal Wijkteam Haarlem-Schalkwijk}} ([[p:F. El Bouzidi]])

Acties:
1. [[p:El Bouzidi]] regelt afspraak met {{o:Kennemer Wonen}} over woonplek (tijdelijke huurovereenkomst).
2. [[p:Nauta]] vraagt voortzetting toezicht aan.
3. Moeder ([[p:Marja Baars]], [[a:Europaweg 117]], {{w:Schalkwijk}}) wordt gevraagd of [[p:Stefan]] tijdelijk bij haar mag verblijven.""",
    """OVEREENKOMST BUDGETBEHEER
{{o:Gemeentelijke Kredietbank Hoogeveen}}

Tussen:
[[p:Anton Kuiper]], geboren [[d:31-10-1973]], BSN [[b:@]], wonende [[a:Schutstraat 13]], [[pc:7901 EA]] Hoogeveen,
en de {{o:GKB Hoogeveen}}, vertegenwoordigd door [[p:H. Hulst]], {{r:budgetbeheerder}}.

1. Cliënt laat zijn inkomen (bijstand) storten op beheerrekening [[i:@ABNA sp]].
2. De GKB betaalt hieruit de vaste lasten: huur {{o:Woonconcept}}, energie, zorgverzekering, {{o:Vitens}}.
3. Cliënt ontvangt wekelijks leefgeld op zijn eigen rekening [[i:@SNSB sp]].

Hoogeveen, [[d:9 september 2024]]
[[p:A. Kuiper]]      [[p:H. Hulst]]""",
    """Aan alle {{r:wijkcoaches}} {{o:Gemeente Súdwest-Fryslân}}

In de bijlage vinden jullie de nieuwe versie van het aanmeldformulier (v3.2). Let op: het BSN wordt niet meer op het formulier gevraagd maar via Suwinet opgevraagd. Vragen hierover kunnen naar [[p:Sybren de Jong]] ([[e:s.dejong@sudwestfryslan.nl]]) of [[p:Aukje Zijlstra]].

Voorbeeld hoe het NIET moet (van vorige week, gelukkig intern gebleven): "mw [[p:tjitske de vries]] [[a:kleinzand 40]] sneek bsn [[b:@]] wil praten over de schulden van haar man [[p:douwe]]".

Groet, [[p:Hylke]]""",
    """E-mail
Van: [[p:G. Çelik]] <[[e:gcelik@hotmail.nl]]>
Aan: [[p:Ilse]] <[[e:i.vanderlinden@wijkteamsvenlo.nl]]>
Verstuurd: [[d:zondag 17 maart 2024]] 21:09
Onderwerp: afspraak woensdag

Beste [[p:Ilse]],

Ik kan woensdag niet om 10 uur want mijn vader [[p:Hasan]] moet naar {{o:VieCuri}} voor de dialyse en ik moet hem brengen. Kan het ook donderdag? Dan neem ik de brieven van de {{o:Belastingdienst}} en de {{o:Woonwenz}} mee.

Mijn nieuwe nummer is [[t:0031 6 2981 4470]].

Groeten,
[[p:Gül]]""",
]
TEXTS += [
    """{{o:Gemeente Ede}} – Sociaal Team
Rapportage schuldhulpverlening: adviesgesprek

Naam: [[p:Gerrit-Jan van Ommeren]] en [[p:Dieuwertje van Ommeren-Bos]]
Adres: [[a:Stationsweg 92]], [[pc:6711 PW]] Ede ({{w:Ede-Oost}})
Datum: [[d:23 januari 2024]]
{{r:Schuldhulpverlener}}: [[p:Marco van Ee]]
Dossiernummer: [[k:SHV-EDE-0091-24]]

Het echtpaar heeft na een faillissement van hun eenmanszaak (hoveniersbedrijf) schulden bij 9 schuldeisers, waaronder de {{o:Belastingdienst}} (omzetbelasting) en de {{o:Rabobank}} (zakelijk krediet). Totale schuldenlast ca. € 58.000. Mevrouw werkt 20 uur in de thuiszorg bij {{o:Opella}}. Meneer is op zoek naar werk.

Advies: stabilisatie (6 mnd), daarna beoordelen of een minnelijk traject haalbaar is. Contact met zoon [[p:Wouter]] (financieel onderlegd) op verzoek van cliënten.""",
    """Kort verslag
[[d:2/4]] – mw [[p:yilmaz]] gebeld, dochter neemt op, mw in ziekenhuis (Erasmus?). terugbellen do.
[[d:4/4]] – mw [[p:yilmaz]] zelf aan de lijn. is thuis, vraagt of [[p:sevda]] (schoondochter) ook mag komen bij gesprek. ja.
[[d:9/4]] – gesprek gehad met mw, [[p:sevda]] en zoon [[p:kemal]]. zie verslag in dossier [[k:2024/0388]].""",
    """{{o:Stadgenoot}}
Aan: mevrouw [[p:Z. Berhane]]
[[a:Jan Evertsenstraat 243-4]]
[[pc:1057 BT]] Amsterdam

Amsterdam, [[d:14-05-2024]]
Huurdernummer: [[k:1008 8712]]

Onderwerp: onderzoek woonfraude – uitnodiging

Beste mevrouw [[p:Berhane]],

Uit onderzoek is gebleken dat mogelijk meer personen op uw adres wonen dan op het huurcontract staan. Volgens de BRP staan op uw adres ingeschreven: u, uw broer [[p:Yonas Berhane]] en de heer [[p:Filmon Tesfamariam]].

Wij nodigen u uit voor een gesprek op [[d:woensdag 29 mei]]. U mag iemand meenemen, bijvoorbeeld uw {{r:begeleider}} van {{o:Cordaan}} of het {{o:Buurtteam}} {{w:De Baarsjes}}.

Met vriendelijke groet,
[[p:Dewi Karsodikromo]]
{{r:woonconsulent}}""",
    """Aanmelding Financiële Hulpverlening – via formulier op website
Datum aanmelding: [[d:2024-08-27]] 10:41

naam: [[p:Karin Meulenbelt]]
email: [[e:karin.meulenbelt1971@gmail.com]]
telefoon: [[t:06 - 28 36 70 41]]
adres: [[a:Hamersveldseweg 12]]
postcode: [[pc:3831LJ]]
woonplaats: Leusden
hulpvraag: Ik kan de huur niet meer betalen sinds mijn man weg is. Hij heeft de rekening leeg gehaald. Ik heb twee kinderen.
hoe heeft u ons gevonden: via de {{r:juf}} van mijn dochter
toestemming privacyverklaring: ja""",
    """Onderwerp: RE: signaal huurachterstand – dossier [[k:VS-AMF-2024-441]]

Beste [[p:Floor]],

Dank voor het signaal. Helaas hebben wij bij het huisbezoek op [[d:14 augustus]] niemand aangetroffen. Ook een tweede poging ([[d:vrijdag 16 augustus]]) leverde niets op. We hebben een kaartje in de bus gedaan met het verzoek contact op te nemen.

De buurvrouw op nr. 16 zei dat de heer [[p:Pieters]] "al een tijdje" niet is gezien en dat zijn dochter [[p:Marloes]] soms de post haalt.

Ik stel voor dat we het dossier 4 weken aanhouden. Kun jij de dochter proberen te bereiken via jullie systeem?

Groet,
[[p:Samir Lahlah]]
{{o:Wijkteam Amersfoort}} | {{w:Kattenbroek}}""",
    """{{o:Rechtbank Amsterdam}}
Proces-verbaal van de mondelinge behandeling

Zaaknummer: [[k:C/13/751102 / FT RK 24.912]]
Datum zitting: [[d:8 oktober 2024]]

Verschenen: verzoeker [[p:Patrick Sopacua]], bijgestaan door [[p:Elif Yavuz]] ({{r:schuldhulpverlener}}, {{o:Madi Amsterdam}}).

Verzoeker verklaart: "Ik heb in 2021 bij een telefoonwinkel twee abonnementen afgesloten voor mijn vriendin [[p:Desiree]]. Zij betaalde niet. Ik wist niet dat ik daarvoor aansprakelijk was." Hij werkt sinds [[d:1 juni 2024]] bij een schoonmaakbedrijf.

De rechter, mr. [[p:A. Koopmans]], deelt mee dat de uitspraak over twee weken volgt.""",
    """Verslag {{o:Wmo-loket Spijkenisse}} – inloopspreekuur
[[d:Donderdag 21 maart]]

1. Mw. [[p:Rietveld]] vraagt naar de mantelzorgwaardering voor haar buurvrouw, mw. [[p:Van Wijngaarden]]. Folder meegegeven.
2. Dhr. [[p:Aboutaleb]] (niet de burgemeester ;) ) vraagt hulp bij het invullen van een formulier van {{o:UWV}}. Doorverwezen naar {{o:Sociaal Raadslieden}}.
3. Jonge vrouw, [[p:Charissa]], 19, dakloos na ruzie thuis. Met toestemming direct gebeld met {{r:jongerenwerker}} [[p:Mo]] van {{o:Welzijn Nissewaard}}; zij heeft vannacht een plek bij {{o:Stichting Timon}}.""",
    """{{o:Gemeente Katwijk}}
Besluit Wmo – woonvoorziening

Aan: mevrouw [[p:Maaike van der Plas]]
[[a:Boulevard 78]], [[pc:2225 HD]] Katwijk

Datum: [[d:11-11-2024]]
Kenmerk: [[k:2024-044812]]

U krijgt een vergoeding voor een traplift. De offerte van {{o:Otolift}} (nr. [[k:OT-55812]]) van € 6.840,00 wordt volledig vergoed. De traplift blijft eigendom van de gemeente.

Uw {{r:ergotherapeut}}, [[p:Joost Heemskerk]], heeft geadviseerd dat een traplift de meest passende oplossing is.""",
]
TEXTS += [
    """Van: [[p:Bram Hofman]] <[[e:b.hofman@purmerend.nl]]>
Aan: [[p:Anne-Fleur Smit]] <[[e:afsmit@kredietbanknhn.nl]]>; [[p:Olcay Ergin]]
Datum: [[d:21 februari 2024]]
Onderwerp: casus [[p:Verbruggen]] – wie pakt wat op?

Hoi [[p:Anne-Fleur]] en [[p:Olcay]],

Even op een rijtje na ons overleg:
- [[p:Anne-Fleur]]: stabilisatie, contact met {{o:Intrum}} en {{o:Lowell}} over opschorten incasso.
- [[p:Olcay]]: aanvraag bijzondere bijstand voor de wasmachine + contact {{o:Wooncompagnie}}.
- ik: gesprek met mw. [[p:Verbruggen]] en haar zus [[p:Greet]] over hulp bij post, en aanmelding bij {{o:Humanitas}}.

Mw. heeft nog steeds geen bankpas; haar rekening ([[i:@INGB sp]]) staat op slot na beslag.

[[p:Bram]]
{{r:regisseur}} {{o:Sociaal Team Purmerend}}""",
    """{{o:Woonzorg Nederland}} – locatie De Weverstede, Ridderkerk
Incident- en zorgmelding aan wijkteam

Bewoner: [[p:Sien Hoogendijk]] (89), app. [[a:Koninginneweg 17-112]]
Melder: [[p:Petra Kruit]], {{r:huismeester}}
Datum: [[d:ma. 6 mei 2024]]

Mw. [[p:Hoogendijk]] is sinds Koningsdag al drie keer 's nachts in de gang aangetroffen, op zoek naar haar man (overleden 2017). Haar neef, [[p:Aad Hoogendijk]], is contactpersoon maar woont in Spanje ([[t:+34 612 33 45 90]]).

Verzoek aan {{o:Wijkteam Ridderkerk}}: beoordeling of aanvullende zorg/indicatie Wlz nodig is (via {{o:CIZ}}).""",
    """ONTVANGSTBEVESTIGING – {{o:Bureau Wsnp}}
Wij hebben uw melding ontvangen.

Schuldenaar: [[p:Hanneke Verweij-Roos]]
Geboortedatum: [[d:9 juni 1980]]
Insolventienummer: [[k:F.10/24/332]]
Bewindvoerder: mr. [[p:R.J.M. Claassen]], {{o:Claassen Wsnp-bewind}}, Breda
Einddatum regeling (voorlopig): [[d:18 april 2027]]

Uw volgende verslag moet uiterlijk [[d:1 oktober 2024]] bij de bewindvoerder zijn. Vergeet niet om iedere maand uw inkomsten door te geven via [[e:administratie@claassenbewind.nl]].""",
    """Onderwerp: Informatie voor MDO donderdag

Team,

Voor het MDO van donderdag over [[p:Dennis]] en [[p:Ilona]] (gezin [[p:Prins]], {{w:Lewenborg}}) de volgende update van mijn kant:

[[p:Ilona]] heeft de afgelopen twee weken alle afspraken bij {{o:Verslavingszorg Noord Nederland}} gehaald. [[p:Dennis]] weigert nog steeds contact. De kinderen ([[p:Jesse]], [[p:Milan]]) gaan weer naar school, volgens de {{r:intern begeleider}} van {{o:OBS De Kameleon}}.

Wil iemand van {{o:Lefier}} aansluiten? De achterstand is nu 4 maanden.

Groet, [[p:Marjolein]]""",
    """Afspraakbevestiging – {{o:Werkplein Hart van West-Brabant}}

Geachte heer [[p:Al-Hassan]],

U heeft een afspraak met uw {{r:klantmanager}}, mevrouw [[p:Van Gool]], op:

Datum: [[d:woensdag 15 mei 2024]]
Tijd: 09:30 uur
Plaats: Werkplein, Roosendaal

Neemt u mee: uw legitimatiebewijs en het formulier 'Wijzigingen doorgeven'. Heeft u een tolk nodig? Bel dan vóór [[d:10 mei]] naar [[t:0165 - 57 94 00]]. Uw klantnummer: [[k:WP-77 103 881]].

Met vriendelijke groet,
{{o:Werkplein}}

Dhr. [[p:M. Al-Hassan]]
[[a:Bovendonk 14]]
[[pc:4707 ZH]] Roosendaal""",
    """Wijkteam {{w:Kanaleneiland}} – weekoverzicht nieuwe casussen ([[d:22-26 jan]])

1. [[p:Oussama B.]] (24) – schulden, zwerft, via {{o:Straatadvocaten}}
2. mw. [[p:Dirkje Plomp]] (77) – eenzaamheid, melding van bakker [[p:Van den Brink]] (kent haar al 30 jaar)
3. [[p:Jamila]] en [[p:Driss Ouaziz]] – overbewoning, 7 personen in 3-kamerwoning {{o:Bo-Ex}}
4. [[p:Kees-Jan]] (41) – psychose? via {{r:huisarts}} [[p:Lammers]], geen toestemming voor info {{o:Altrecht}}
5. anonieme melding [[a:Churchilllaan 501]] – geluid kind huilend, doorgezet naar {{o:Veilig Thuis Utrecht}}""",
    """Mevrouw [[p:C. Hoogstraten]]
{{r:Wmo-consulent}} {{o:Gemeente Alphen aan den Rijn}}

Alphen aan den Rijn, [[d:5 december 2024]]

Beste mevrouw [[p:Hoogstraten]],

Ik schrijf u namens mijn vader, [[p:Jan de Jong]], [[a:Prins Bernhardlaan 212]], [[pc:2405 VV]] Alphen. Hij heeft een indicatie voor begeleiding, maar {{o:Gemiva}} heeft al sinds oktober geen begeleider gestuurd. Mijn vader raakt hierdoor in de war en belt mij 's nachts.

Kunt u navragen wat er aan de hand is? Ik ben bereikbaar op [[t:06-2020 7113]] of [[e:m.dejong.alphen@outlook.com]].

Met vriendelijke groet,
[[p:Marjan de Jong]]""",
    """Afschrift dossieraantekening – strikt vertrouwelijk
Zaak: [[k:HG-2023-4471]] | Cliënt: [[p:S. Amrani]] | {{r:Aandachtsfunctionaris huiselijk geweld}}: [[p:Judith Kwakman]]

[[d:12.03.2024]]: Cliënte heeft op advies van {{o:Veilig Thuis}} aangifte gedaan. Zij verblijft met de kinderen bij een vriendin in een andere stad. Het adres is bekend bij [[p:Judith]] maar wordt NIET in het dossier vastgelegd.
[[d:19.03.2024]]: Ex-partner ([[p:Nordin Amrani]]) heeft gebeld naar het wijkteam en gevraagd waar zijn vrouw is. Geen informatie gegeven. Gemeld bij {{o:politie}} (pv-nummer [[k:PL1500-2024081234]]).""",
]
TEXTS += [
    """{{o:Gemeente Hilversum}}
Melding vermoeden financieel misbruik (ouderen)

Betrokkene: mw. [[p:Elisabeth Staal]], 86 jaar, [[a:Larenseweg 140]], Hilversum ({{w:Kerkelanden}})
Melder: [[p:Ria Scholten]], {{r:ouderenadviseur}} {{o:Versa Welzijn}}

Mw. [[p:Staal]] vertelde dat haar kleinzoon [[p:Niels]] "haar pinpas leent" om boodschappen te doen. Op haar afschriften ([[i:@ABNA sp]]) zijn in twee maanden 14 geldopnames van € 250 te zien. Mw. wil geen ruzie met [[p:Niels]].

Advies gevraagd aan {{o:Veilig Thuis Gooi en Vechtstreek}}. {{r:Casemanager dementie}} ([[p:Tineke]]) is geïnformeerd.""",
    """Gorinchem, [[d:14 juni 2024]]

Aan {{o:Poort6}}, afdeling Verhuur

Geachte heer, mevrouw,

Ik ben [[p:Fatma Koç]] en ik woon met mijn drie kinderen op [[a:Lingewal 9-a]]. Onze woning heeft veel schimmel, vooral in de slaapkamer van mijn jongste zoon [[p:Emir]] (4). Hij heeft astma en is al twee keer in het {{o:Beatrixziekenhuis}} geweest. Ik heb al drie keer gebeld, maar er komt niemand.

Mijn {{r:maatschappelijk werker}}, [[p:Jolanda Verhoeven]] van {{o:Wijkteam Gorinchem}}, helpt mij met deze brief.

Met vriendelijke groet,
[[p:F. Koç]]
Telefoon: [[t:06-10 29 56 47]]""",
    """Export Regas – rapport 'openstaande taken' – [[d:26/09/2024]]
--------------------------------------------------------------
Taak-ID  | Cliënt              | Taak                          | Eigenaar
[[k:T-88102]]  | [[p:Heijnen, Mieke]]     | toestemming vernieuwen        | [[p:J. Kerkhof]]
[[k:T-88117]]  | [[p:Oudshoorn, Bas]]     | verslag huisbezoek            | [[p:S. Zwart]]
[[k:T-88121]]  | [[p:Diallo, Aminata]]    | terugkoppeling {{o:MEE}}             | [[p:J. Kerkhof]]
[[k:T-88130]]  | [[p:Bos, Lucas]]         | evaluatie plan                | [[p:R. de Leeuw]]
[[k:T-88131]]  | [[p:Meijer-Bakker, Ans]] | aanvraag {{o:CIZ}}                   | [[p:S. Zwart]]
--------------------------------------------------------------
5 taken, waarvan 2 verlopen""",
    """Geachte heer [[p:Wolters]],

Op verzoek van uw cliënt, de heer [[p:Koen Boom]], bevestigen wij dat hij sinds [[d:12 februari 2024]] als vrijwilliger actief is bij {{o:Stichting Buurtwerk Terneuzen}}, 8 uur per week, in de fietsenwerkplaats aan de Kennedylaan. Hij is betrouwbaar en werkt goed samen met de andere vrijwilligers.

Deze verklaring is bestemd voor {{o:Orionis Walcheren}} in verband met zijn ontheffing van de arbeidsverplichting.

Met vriendelijke groet,
[[p:Annemarie Dieleman]]
{{r:coördinator vrijwilligers}}""",
    """Onderwerp: Huisbezoek [[p:Nguyen]] – verslag

Aanwezig: mw. [[p:Nguyen Thi Lan]], haar dochter [[p:Linh]] (tolkt), {{r:sociaal werker}} [[p:Tom Aarts]]
Adres: [[a:Bergselaan 201-B]], Rotterdam {{w:Blijdorp}}

Mw. [[p:Nguyen]] (66) is weduwe en heeft een klein AOW-pensioen (onvolledig opgebouwd). Zij wist niet dat ze aanvullende inkomensondersteuning AIO kon aanvragen bij de {{o:SVB}}. [[p:Linh]] helpt haar nu met de aanvraag.

Ook is een aanvraag Rotterdampas gedaan. Mw. wil graag in contact komen met andere Vietnamese ouderen; [[p:Tom]] zoekt uit of {{o:Stichting Vietnamese Ouderen}} activiteiten heeft in de buurt.""",
    """Goes, [[d:3-9-2024]]

Verklaring inkomensgegevens (t.b.v. aanvraag urgentie)

Hierbij verklaart {{o:Zeeuwse Gronden}} dat [[p:Jan Willem Sinke]], BSN [[b:@]], geboren [[d:17-3-1990]], sinds [[d:1 januari 2023]] een uitkering ontvangt op grond van de Participatiewet van € 1.263,- netto per maand.

[[p:M. de Kam]]
{{r:klantmanager}} Inkomen""",
    """Van: [[p:Wendy]] | {{o:Wijkteam Kampen}}
Aan: [[p:Gerda Mulder]] (dochter)
Datum: [[d:vr 15 nov]]

Beste mevrouw [[p:Mulder]],

Fijn dat we elkaar gisteren spraken. Zoals beloofd hierbij de gegevens van het {{o:Alzheimer Café}} in Kampen (iedere 3e donderdag van de maand) en van de {{r:mantelzorgconsulent}}, [[p:Greet Wessels]], [[t:038 - 331 27 90]].

Uw vader, meneer [[p:Mulder]], vond het zichtbaar prettig dat zijn kleindochter [[p:Evi]] er ook bij was.

Hartelijke groet,
[[p:Wendy Brink]]""",
    """Lijst schuldeisers – bijlage verzoek 287a Fw (dwangakkoord)
Schuldenaar: [[p:R. Veldhuizen]], [[a:Oudeweg 19]], Harderwijk

schuldeiser                 | vordering   | aanbod 
{{o:Uwv}} ([[k:UWV-TR-0045881]])    | € 3.880,00  | € 744,00
{{o:Menzis}} (polis [[k:0033.82.9115]])| € 1.412,50  | € 270,84
{{o:Uwoonplus}}             | € 2.245,18  | € 430,51
Mw. [[p:J. Veldhuizen]] (moeder) | € 5.000,00 | € 958,74 
{{o:Zalando}} via {{o:Riverty}} | € 289,99 | €  55,60 
Totaal aanbod: 19,17%

Weigerende schuldeiser: {{o:Uwv}}. {{r:Schuldhulpverlener}}: [[p:I. Teunissen]], {{o:Kredietbank Veluwe}}""",
]
TEXTS += [
    """Handtekening cliënt: [[p:Y. Benali]]     Datum: [[d:12-06-'24]]""",
    """Re: uw brief van [[d:30 januari]] jl., kenmerk [[k:OZ/BR/24-0117]]

Geachte heer [[p:Hendriksen]],

Uw brief over de huurverhoging van mijn cliënte, mevrouw [[p:G. Ramawadh]], [[a:Zuidwal 87-II]], heb ik in goede orde ontvangen. Mevrouw heeft mij gemachtigd haar te vertegenwoordigen.

Wij maken bezwaar tegen de voorgestelde verhoging en zullen de zaak voorleggen aan de {{o:Huurcommissie}}.

Met vriendelijke groet,
[[p:Kerem Aydın]]
{{r:huurrechtadviseur}}, {{o:Stichting !WOON}}""",
    """Van: [[e:noreply@mijnwijkteam.nl]]
Aan: [[e:h.van.schaik@kpnplanet.nl]]
Onderwerp: Herinnering afspraak

Beste [[p:Henk van Schaik]],

Dit is een herinnering aan uw afspraak met [[p:Marloes]] van het {{o:Wijkteam Nieuwegein}} op [[d:maandag 22 januari 2024]] om 10:00 uur, locatie {{w:Batau-Noord}}.

Kunt u niet? Bel dan naar [[t:030-6071000]].

Dit is een automatisch bericht, u kunt hier niet op reageren.""",
    """Rapportage ambulante begeleiding, maand oktober – {{o:Lunet zorg}}
Cliënt: [[p:Sven]] [[p:Willems]] ([[k:LZ-30112]])
{{r:Persoonlijk begeleider}}: [[p:Annemiek]]

[[p:Sven]] heeft deze maand 3 van de 4 afspraken gehaald. Hij heeft op [[d:14/10]] samen met [[p:Annemiek]] zijn post doorgenomen; er lag een brief van {{o:Woonbedrijf}} over de tuin. Hij is aangemeld voor de cursus koken bij {{o:WIJeindhoven}}. Contact met zijn vader ([[p:Harrie Willems]]) verloopt beter; ze hebben samen naar PSV gekeken.

Aandachtspunten: slaapritme, gamen tot diep in de nacht.""",
    """{{o:GGD Zeeland}}
Spoedeisende melding bemoeizorg

Datum: [[d:zondag 4 februari 2024]], 18:40
Gemeld door: {{r:ambulanceverpleegkundige}} ([[p:M. van de Velde]])
Betreft: [[p:Pieter Jan Minderhoud]] ([[d:12/06/1963]]), [[a:Badhuisstraat 103]], Vlissingen

Toelichting: betrokkene werd aangetroffen met onderkoeling in een woning zonder verwarming. Weigerde vervoer naar {{o:Adrz}}. Woning zeer vervuild. Bekend bij {{o:Emergis}}?

Vervolg: {{r:bemoeizorgmedewerker}} [[p:Lieke Dekker]] gaat maandagochtend langs met de {{r:wijkagent}}.""",
    """Beste [[p:Priya]],

Dank je voor het overleg van vanochtend. Hierbij de gegevens van mw. [[p:Kumari Bhoendie]] voor de aanmelding bij het {{o:Hindoestaans Ouderen Centrum}}:

[[a:Wolmaransstraat 33]] ({{w:Transvaal}}), [[pc:2572 BA]]
vaste telefoon [[t:070 - 388 21 07]] (mw. neemt mobiel nooit op)
zoon: [[p:Rakesh]], [[t:06 21 55 09 63]]

Mw. spreekt Sarnami en een beetje Nederlands. Zij wil graag twee ochtenden per week.

Groet, [[p:Dewi]]""",
    """{{o:Gemeente Waalwijk}} – Beschikking Wmo
[[k:W-2024-1199]] / [[d:08-05-2024]]

Naam: [[p:J.M.A. van Dongen]]       Geb.dat.: [[d:04-04-1948]]
Adres: [[a:Grotestraat 211]], [[pc:5141 JW]] Waalwijk
Voorziening: rolstoel (bruikleen)
Leverancier: {{o:Medipoint}}

Toegekend.""",
    """Notitie n.a.v. gesprek met [[p:Gabriel]] ({{r:jongerenwerker}}) over [[p:Mica]]

[[p:Mica]] (17, bijna 18!) loopt weg van huis, slaapt bij vriendinnen. Moeder [[p:Tamara de Wit]] heeft een nieuwe partner ([[p:Richard]]) met wie [[p:Mica]] botst. Vanaf [[d:3 april]] is ze 18 en valt ze niet meer onder {{o:Jeugdteam}}. Overdracht 18-/18+ nodig.

Afspraak: [[p:Gabriel]] brengt [[p:Mica]] in contact met [[p:Noor]] van het {{o:Sociaal Wijkteam}}. [[p:Mica]]'s telefoon: [[t:06-86 12 43 70]].""",
]
TEXTS += [
    """{{o:Gemeente Bergen op Zoom}}
Afdeling Samenleving – Team Toegang

Aan: de heer en mevrouw [[p:Mesbahi]]
[[a:Wouwsestraatweg 61]]
[[pc:4622 AP]] Bergen op Zoom

Datum: [[d:27 augustus 2024]]
Zaaknummer: [[k:BOZ/TT/2024/3340]]

Geachte heer en mevrouw [[p:Mesbahi]],

Op [[d:20 augustus]] is uw zoon [[p:Anas]] achttien jaar geworden. De jeugdhulp die hij kreeg van {{o:Prisma}} loopt daardoor af. Omdat [[p:Anas]] nog ondersteuning nodig heeft, willen wij met u en met hem bespreken of hij in aanmerking komt voor begeleiding vanuit de Wmo.

Onze {{r:consulent 18-/18+}}, [[p:Sandra Vermeulen]], neemt binnenkort telefonisch contact met u op.

Met vriendelijke groet,
[[p:R. Mathijssen]], {{r:teamleider Toegang}}""",
    """Onderwerp: Inlog website {{o:Kredietbank}} werkt niet
Van: [[e:dewi.pattiradjawane@yahoo.com]]
Datum: [[d:14 jan. 2025]] 07:12

Goedemorgen, ik kan niet inloggen op de site om mijn leefgeld te zien. Mijn klantnummer is [[k:KB-441920]] en mijn naam is [[p:Dewi Pattiradjawane]]. Kunnen jullie mij bellen op [[t:06 48 90 27 16]]? Ik ben vandaag thuis tot 3 uur.
Dank u wel""",
    """Onderwerp: Doorverwijzing naar {{o:IrisZorg}}

Beste [[p:Herman]],

Hierbij de aanmelding van [[p:Michiel Gerritsen]] ([[d:6 maart 1988]]), [[a:Spijkerlaan 23-bis]], {{w:Spijkerkwartier}}, Arnhem. [[p:Michiel]] heeft mij gevraagd hem aan te melden voor ambulante behandeling (alcohol). Hij heeft het toestemmingsformulier getekend, zie bijlage.

Zijn {{r:huisarts}} (dr. [[p:Verweij]]) is op de hoogte. [[p:Michiel]] is het best bereikbaar via zijn vriendin [[p:Lotte]], [[t:06-29 04 33 18]].

Met vriendelijke groet,
[[p:Inge Kuipers]], {{o:Rijnstad}}""",
    """Zaak: [[k:ZK24-009148]]
Onderwerp: Ambtshalve uitschrijving
Status: in behandeling

Persoon: [[p:Grzegorz Zieliński]], geb. [[d:22-08-1985]], BSN [[b:@]]
Laatste adres BRP: [[a:Hoornbrekersstraat 12]], Venlo
Onderzoek gestart: [[d:03-06-2024]]
Behandelaar: [[p:L. Peeters]] (Burgerzaken)
Opmerking: volgens buren vertrokken naar Polen. Contact gezocht via {{o:Wijkteam Venlo-Oost}}, geen resultaat.""",
    """Geachte mevrouw [[p:Van Rossum]],

Zoals u weet heeft uw moeder, mevrouw [[p:Adriana Zwart]], haar toestemming gegeven om informatie met u te delen. Ik wil u hierbij informeren dat het onderzoek naar een passende woonvorm is afgerond. Het {{o:CIZ}} heeft op [[d:2 juli 2024]] een Wlz-indicatie afgegeven (VV4).

Uw moeder staat op de wachtlijst bij {{o:Zorggroep Crabbehoff}} en bij {{o:Het Parkhuis}}. Tot die tijd blijft de thuiszorg van {{o:Careyn}} betrokken.

Met vriendelijke groet,
[[p:Willeke Sterk]]
{{r:ouderenconsulent}}, {{o:Wijkteam}} {{w:Krispijn}}""",
    """[[d:di. 23-1]] – Overleg met [[p:Hakima]] ({{o:Kredietbank Rotterdam}}). Ze heeft het overzicht van [[p:Sjaak]] ([[p:Van der Wal]]) compleet, 17 schuldeisers. Er komt een saneringskrediet. [[p:Sjaak]] moet nog tekenen; afspraak [[d:di 30 jan]]. Zijn zus [[p:Tiny]] gaat mee.""",
    """Aanvraagformulier Stadspas – {{o:Gemeente Zaanstad}}

Hoofdaanvrager: [[p:Wendy Kerkhoven]]
BSN: [[b:@space]]
Adres: [[a:Vincent van Goghweg 102]], [[pc:1506 JH]] Zaandam
E-mail: [[e:wendy.k1985@hotmail.com]]

Gezinsleden
- [[p:Jesse Kerkhoven]], geb. [[d:18-11-2012]]
- [[p:Mila Kerkhoven]], geb. [[d:03-05-2016]]

Inkomen: Participatiewet via {{o:Sociale Zaken Zaanstad}}
Datum: [[d:4 september 2024]]   Handtekening: [[p:W. Kerkhoven]]""",
    """Onderwerp: Overleg beleid – casuïstiek (intern, niet verspreiden)

Collega's,

Ter voorbereiding op de themasessie 'huiselijk geweld' van de pilot hierbij twee casussen. Ik heb ze NOG NIET geanonimiseerd, dus pas op met doorsturen:

1. [[p:Leila Haddou]] ({{w:Bouwlust}}), ex-partner [[p:Karim]] blijft verhaal halen, ook bij de school van de kinderen.
2. [[p:Trees van Egmond]] (71), {{w:Mariahoeve}}, wordt volgens de {{r:wijkverpleegkundige}} geslagen door haar zoon [[p:Ronald]], die bij haar inwoont.

De lessen schrijf ik uit voor de bijeenkomst van [[d:22 november]].
[[p:Jeannette]], {{r:casusregisseur}}""",
]
TEXTS += [
    """{{o:Gemeente Meppel}}
Uitnodiging evaluatiegesprek maatwerkvoorziening

Geachte mevrouw [[p:Lubbers-Boer]],

Uw indicatie voor huishoudelijke ondersteuning loopt af op [[d:31 maart 2025]]. Daarom nodigen wij u uit voor een evaluatiegesprek. {{r:Wmo-consulent}} [[p:Gerda Hulshof]] komt bij u thuis op [[d:donderdag 13 februari 2025]] tussen 10.00 en 11.00 uur.

Wilt u dat iemand bij het gesprek aanwezig is, zoals uw mantelzorger of een {{r:onafhankelijke cliëntondersteuner}} van {{o:Welzijn MensenWerk}}? Dat mag.

Met vriendelijke groet,
team Wmo, kenmerk [[k:MEP-WMO-25-0071]]

Mevrouw [[p:H. Lubbers-Boer]]
[[a:Zuideinde 58]]
[[pc:7941 GL]]  Meppel""",
    """Onderwerp: Vraag over cliënt in gedeelde casus

Hoi [[p:Tim]],

Weet jij of [[p:De Koning]] (de man uit {{w:Hoograven}} met de hond) inmiddels een {{r:bewindvoerder}} heeft? Ik zag in het dossier dat [[p:Fatima]] in juni een verzoekschrift wilde indienen, maar daarna is er niks meer vastgelegd. [[p:Fatima]] is nu met zwangerschapsverlof.

Hij belde vandaag met de vraag waarom zijn huur niet betaald was.
[[p:Linda]]""",
    """Verslag van de hoorzitting bezwaarschriftencommissie – {{o:Gemeente Oosterhout}}

Datum: [[d:10 september 2024]]
Zaak: bezwaar van mevrouw [[p:S. Ouahabi]] tegen weigering individuele inkomenstoeslag ([[k:BZ24/0099]])

Aanwezig namens bezwaarmaker: mevrouw [[p:Ouahabi]] zelf en haar {{r:sociaal raadsman}}, de heer [[p:H. van Loon]].
Aanwezig namens het college: [[p:B. Kock]] ({{r:jurist}}) en [[p:E. de Bont]] ({{r:klantmanager}}).

Mw. [[p:Ouahabi]] licht toe dat zij sinds haar 21e vrijwel onafgebroken een laag inkomen heeft gehad en dat de periode waarin zij in 2020 enkele maanden werkte bij {{o:PostNL}} niet zou mogen meetellen. De commissie stelt vragen over de referteperiode.""",
    """Aan: [[e:schuldhulp@hoorn.nl]]
Van: [[e:r.bakker74@ziggo.nl]]
Datum: [[d:30-10-2024]]

Hallo,

Ik ben [[p:Ron Bakker]] en ik heb het nummer van jullie gekregen van de {{o:Voedselbank}}. Ik heb schulden bij de {{o:Belastingdienst}} en bij de energie en ik durf de brieven niet meer open te maken. Kan ik een afspraak maken? Ik woon op [[a:Grote Noord 114]], Hoorn. Mijn telefoon is [[t:0229 - 21 87 33]].

Gr [[p:Ron]]""",
    """Rapport {{o:Sociaal Team}} – Evaluatie plan van aanpak
Cliënt: [[p:Marcella Henriquez]] ([[k:ST-VEN-22-0914]])
Periode: [[d:1 jan]] t/m [[d:30 jun 2024]]
Regisseur: [[p:Dirk Lemmens]], Veenendaal

Doelen behaald:
✓ stabiele woonsituatie ({{o:Patrimonium}}), geen achterstand meer
✓ aanmelding {{o:Kredietbank Food Valley}}
✗ werk: nog geen passende plek; gesprek met [[p:Jacqueline]] van {{o:Werkbedrijf}} loopt

Netwerk: zus [[p:Desirée]] (Curaçao) via WhatsApp, buurvrouw [[p:Petra]]. Dochter [[p:Shanaya]] (14) heeft hulp van {{o:Jeugdteam}}.""",
    """{{o:Rechtbank Zeeland-West-Brabant}}, locatie Breda – Kanton
Oproeping

In de zaak van {{o:WonenBreburg}} tegen [[p:Patricia Kuijpers]], wonende te Breda, [[a:Tuinzigtlaan 15-A]] ({{w:Tuinzigt}}), zaaknummer [[k:11054772 CV EXPL 24-9911]], wordt gedaagde opgeroepen te verschijnen ter zitting van [[d:woensdag 4 december 2024]] om 10.00 uur.

De {{r:griffier}}, [[p:J. Rijken]]""",
    """Bijgaand de ondertekende toestemmingsverklaring van [[p:Samira Boulakhrif]] ([[d:07-07-1999]]) d.d. [[d:2 april 2024]]. Origineel is in het fysieke dossier (kast 3, {{w:Overvecht}}).
[[p:Karin]]""",
    """{{o:Humanitas Thuisadministratie}} Nijmegen – Aanmeldformulier deelnemer

Naam: [[p:Ruth Gebreyesus]]
Adres: [[a:Thijmstraat 41]], [[pc:6531 CK]] Nijmegen ({{w:Nijmegen-Oost}})
Telefoon: [[t:+31 6 4422 1975]]
Geboortejaar: 1991
Taal: Tigrinya, Engels, beetje Nederlands
Aangemeld door: [[p:Hanna de Groot]] ({{o:Sterker sociaal werk}})
Reden: hulp bij ordenen post en aanvragen toeslagen; mw. heeft in mei een brief van de {{o:Belastingdienst}} gekregen die ze niet begrijpt.
Voorkeur vrijwilliger: vrouw, liefst iemand die Engels spreekt.
Gekoppeld aan: [[p:Marieke Jacobs]] (vrijwilliger sinds 2022)""",
]
TEXTS += [
    """Van: [[p:Marco Bijl]] <[[e:m.bijl@meerinzicht-bewind.nl]]>
Verzonden: [[d:woensdag 3 juli 2024]] 09:14
Aan: [[p:Ellen]] ({{o:Wijkteam Zuidoost}})
Onderwerp: RE: cliënt [[p:Tjon Sien Kie]]

Hallo [[p:Ellen]],

Dank voor je bericht. Ik heb het leefgeld van meneer [[p:Tjon Sien Kie]] verhoogd naar € 70 per week, ingaande [[d:8 juli]]. Verder heb ik de schuld bij {{o:Ymere}} betaald vanuit de reservering.

Wat betreft zijn vraag om een nieuwe bankpas: die is aangevraagd bij de {{o:ING}} voor rekening [[i:@INGB sp]]. De pas wordt naar mijn kantooradres gestuurd en ik breng hem persoonlijk langs op de [[a:Kikkenstein 2204]].

Groeten,
[[p:Marco Bijl]]
{{r:beschermingsbewindvoerder}}""",
    """Notulen bewonersavond {{w:Malburgen}}, [[d:12 maart 2024]] (uittreksel, bestemd voor {{o:Wijkteam Arnhem-Zuid}})

Aanwezig o.a.: [[p:Ans Wijnands]] (voorzitter bewonersgroep), [[p:Mehmet Yilmaz]], [[p:Ton Derksen]], {{r:wijkagent}} [[p:Hans]], {{r:opbouwwerker}} [[p:Souad]] ({{o:Rijnstad}}).

Punt 3: overlast rond de portiekflat [[a:Reinaldstraat 80]]. Bewoners noemen de jongeman van 2-hoog, "[[p:Kevin]]", die volgens hen drugs dealt. [[p:Hans]] zegt dat hij geen individuele zaken bespreekt op deze avond. [[p:Souad]] biedt aan een buurtbemiddelingsgesprek te organiseren via {{o:Buurtbemiddeling Arnhem}}.""",
    """AANVRAAG URGENTIE – {{o:Woonservice Drechtsteden}}
(in te vullen door hulpverlener)

Naam aanvrager: [[p:Lisanne Roodenburg]]
Geboortedatum: [[d:02-12-1994]]
Huidig adres: [[a:Admiraal de Ruyterweg 44]], Dordrecht (bij moeder, [[p:Carla Roodenburg]])
Kinderen: [[p:Tijn]] (3)
Contact: [[t:06 8113 2295]] / [[e:lisanne.roodenburg@live.nl]]

Reden: na huiselijk geweld door ex-partner [[p:Jordi van Houten]] verblijft aanvraagster sinds [[d:17-1-2024]] bij haar moeder in een tweekamerwoning. Veilig Thuis-nummer: [[k:VT-ZHZ-2024-00412]].

Hulpverlener: [[p:N. Ruijgrok]], {{r:maatschappelijk werker}} {{o:Stichting Jeugdteams Zuid-Holland Zuid}}""",
    """Kenmerk: [[k:2024-WSNP-0788]]
Betreft: [[p:Rijkaart]] – 3e voortgangsverslag

De schuldenaar, de heer [[p:Koen Rijkaart]], heeft in de verslagperiode ([[d:1 februari]] – [[d:31 juli 2024]]) voldaan aan zijn verplichtingen, met uitzondering van zijn sollicitatieplicht: hij heeft in mei en juni geen sollicitaties verricht. Hij is hierop op [[d:8 juli 2024]] schriftelijk aangesproken.

Boedelsaldo per peildatum: € 2.418,66.

Ik verzoek de rechter-commissaris, mr. [[p:K. de Graaff]], kennis te nemen van dit verslag.

mr. [[p:J.A. Brouwers]]
{{r:Wsnp-bewindvoerder}}, Tilburg""",
    """Reactie cliënt op ondersteuningsplan ([[k:OP-ZW-24-112]])

Ik ben het eens met het plan maar ik wil niet dat mijn ex, [[p:Mark]], er iets van weet. Ook wil ik niet dat de school ({{o:Het Assink Lyceum}}) ingelicht wordt over de schulden. Ik wil wel dat [[p:Mariëlle]] van de {{o:Voedselbank}} weet dat ik in een traject zit.

[[p:Bianca Olde Hengel]], [[d:10-6-2024]]""",
    """Afstemmingsoverleg {{o:WIJ Groningen}} – {{o:Lefier}} – {{o:Groninger Kredietbank}}
[[d:dinsdag 9 april 2024]]

Casussen:
a) fam. [[p:Wubs]], [[a:Zaagmuldersweg 171]], {{w:Oosterparkwijk}} – afspraak met [[p:Tjerk]] ({{r:huurconsulent}}): achterstand bevroren zolang GKB-traject loopt.
b) [[p:Esther Mensink]] – Lefier start procedure; WIJ-werker [[p:Alie]] probeert nog contact. Laatste telefoonnummer: [[t:050-5731 992]].
c) dhr. [[p:Aziz Noori]] – nieuwe aanmelding, WIJ {{w:Beijum}}.

Volgende afstemming over zes weken.""",
]
TEXTS += [
    """{{o:Gemeente Leiden}} / {{o:Sociaal Wijkteam Leiden Noord}}
Toestemmingsverklaring – gegevens delen met derden

Naam cliënt: [[p:Youssef Ait Bella]]
Geboortedatum: [[d:14 okt 1981]]
Adres: [[a:Kooilaan 5-bis]], [[pc:2315 BE]] Leiden

Ik geef toestemming om informatie te delen met: [x] {{o:Portaal}} [x] {{o:Rivierduinen}} [ ] {{o:Politie}} [x] {{o:Kredietbank}} 
Ik geef GEEN toestemming om informatie te delen met: mijn familie, met name mijn broer [[p:Hamid Ait Bella]].

Getekend te Leiden op [[d:2-5-2024]]
[[p:Y. Ait Bella]]
Namens het team: [[p:Lieke Versteeg]], {{r:generalist}}""",
    """Onderwerp: Aanmelding {{o:Stichting Exodus}} – [[p:Davey Sanches]]

Beste collega,

Graag melden wij [[p:Davey Sanches]] (geb. [[d:19-9-1992]]) aan voor een plek in het Exodushuis. [[p:Davey]] komt op [[d:28 november]] vrij uit de PI na een detentie van 14 maanden. Hij heeft geen woonadres; post kan naar zijn moeder, [[p:Maria Sanches]], [[a:Kraaiennest 122]], Amsterdam-Zuidoost.

Zijn {{r:casemanager}} van de {{o:PI}} is [[p:Ronald Baas]], [[t:088 - 071 55 40]]. De {{o:Reclassering}} is betrokken i.v.m. bijzondere voorwaarden.

Met vriendelijke groet,
[[p:Mirjam Kooijman]], {{r:trajectbegeleider}} {{o:Zorg- en Veiligheidshuis Amsterdam}}""",
    """Betalingsregeling – bevestiging {{o:Eneco}}

Geachte heer [[p:Sanchez Pérez]],

Wij bevestigen uw betalingsregeling voor de achterstand van € 586,10. U betaalt 6 termijnen van € 97,68, steeds op de 28e van de maand, te beginnen op [[d:28 februari 2024]].

Klantnummer: [[k:1200 7783 0091]]
Leveringsadres: [[a:Dr. Wibautstraat 31]], Schiedam

Lukt het niet? Neem contact op via [[t:088 - 895 52 52]].""",
    """Inhoud mailbox wijkteam (export) – [[d:ma 27-05-2024]]

Van                                 | Onderwerp                                   | Ontvangen
[[e:a.pronk@hotmail.com]]              | vraag over mijn aanvraag                    | 07:12
[[p:Chaimae El Fassi]]                 | RE: afspraak [[p:Yasmine]]                         | 08:03
[[e:servicedesk@gemeente.nl]]          | storing Suite                               | 08:30
[[p:Jurgen Moes]] ({{o:Parnassia}})     | Overdracht dhr. [[p:Kroes]]                   | 09:41
[[e:info@mee-zhn.nl]]                  | Bevestiging aanmelding [[k:MEE-24-5582]]      | 10:05""",
    """Datum: [[d:28-08-2024]]
Aan: mevr. [[p:T. Haverkamp]], {{r:GZ-psycholoog}}, {{o:Dimence}} Deventer
Van: [[p:R. Wolbers]], {{o:Sociaal Team Deventer}}, {{w:Keizerslanden}}

Betreft: [[p:Annelies Tijhuis]], geb. [[d:4-3-2001]]

Beste mevrouw [[p:Haverkamp]],

Uw cliënte [[p:Annelies]] heeft aangegeven dat zij graag wil dat wij samen met u kijken naar haar woonsituatie. Zij woont nog bij haar ouders op de [[a:Keizerslanden 144]], maar de spanning daar is hoog. Haar vader, meneer [[p:Tijhuis]], heeft contact met ons opgenomen omdat hij niet meer weet hoe hij haar kan helpen.

Zou u bereid zijn tot een driegesprek? Ik ben bereikbaar op [[t:0570 - 69 33 10]].""",
    """{{o:Gemeente Emmen}} – Team Participatie
Verslag screeningsgesprek

Kandidaat: [[p:Esmeralda Fernandes]] ([[k:KL-2024-0812]])
Datum: [[d:3 oktober 2024]]
Consulent: [[p:Jan Oldenburger]]

Mevrouw is 52 jaar, heeft jarenlang als schoonmaakster gewerkt en is sinds de scheiding (2022) afhankelijk van bijstand. Ze woont met haar zoon [[p:Rui]] (19) in {{w:Bargeres}}. Zij is gemotiveerd om weer aan het werk te gaan, bij voorkeur in de zorg. Beperkingen: knieklachten.

Advies: opleidingstraject helpende zorg via {{o:Drenthe College}} i.c.m. werkervaringsplaats bij {{o:Zorggroep Tangenborgh}}.""",
]
TEXTS += [
    """{{o:Gemeente Den Haag}}
Dienst Sociale Zaken en Werkgelegenheid

Aan mevrouw [[p:R. Sardjoe]]
[[a:Paul Krugerlaan 88-A]]
[[pc:2571 JJ]] Den Haag

Datum: [[d:19 februari 2025]]
Ons kenmerk: [[k:SZW/BB/2025/013377]]
Uw BSN: [[b:@dots]]
Contactpersoon: [[p:J. Wolff]], telefoon [[t:14 070]]

Onderwerp: terugvordering bijzondere bijstand

Geachte mevrouw [[p:Sardjoe]],

Op [[d:12 november 2024]] heeft u bijzondere bijstand ontvangen voor de aanschaf van een koelkast (€ 450). U heeft binnen de gestelde termijn geen aankoopbon ingeleverd. Wij vorderen het bedrag daarom terug. U kunt dit in termijnen van € 25 per maand terugbetalen.

Heeft u de bon inmiddels? Lever deze dan in bij het {{o:Servicepunt XL}} in {{w:Transvaal}} of stuur een foto naar [[e:bijzonderebijstand@denhaag.nl]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
drs. [[p:P.M. van Eijk]], {{r:afdelingshoofd}}""",
    """Onderwerp: gegevens voor betaling fietsvergoeding vrijwilliger

Hoi [[p:Janneke]], wil je de vergoeding van [[p:Abdi Warsame]] (maatje bij {{o:Taalhuis}}) overmaken op [[i:@BUNQ sp]]? Het is € 45 over juli en augustus. Hij woont [[a:Tijmtuin 12]], Zwolle. Dank! [[p:Freek]]""",
    """{{o:Novadic-Kentron}} – Aanmeldformulier (extern)

Verwijzer: [[p:Sanne Vos]], {{r:sociaal werker}} {{o:ContourdeTwern}}, Tilburg
Telefoon/e-mail: [[t:013 - 543 94 20]] / [[e:s.vos@contourdetwern.nl]]

Cliënt: [[p:Bart van Loon]]
Geboortedatum: [[d:21.01.1977]]
BSN: [[b:@]]
Adres: [[a:Korvelseweg 212]], [[pc:5025 JN]] Tilburg ({{w:Korvel}})
Middel(en): alcohol, cocaïne (weekend)
Eerdere behandeling: 2015 {{o:Novadic-Kentron}} Vught

Motivatie cliënt: "Ik wil mijn dochter [[p:Jill]] weer zien. Haar moeder [[p:Esther]] zegt dat dat pas kan als ik stop.\"""",
    """[[d:Vrijdag 12 april 2024]]

Beste mensen van het wijkteam,

Ik ben de buurvrouw van meneer [[p:Hoogervorst]] op nummer 21 (ik woon op [[a:Lindenlaan 19]]). Ik maak me zorgen. Hij doet de deur niet meer open en er komt een vieze lucht uit de brievenbus. Zijn zoon [[p:Ruud]] komt nooit meer. Kan iemand gaan kijken?

Mevr. [[p:A. Lam]]
[[t:0523-612 408]]""",
    """Verslag evaluatie {{o:Stichting Schuldhulpmaatje Oss}} – deelnemer [[p:D. Kraaijvanger]]

Maatje: [[p:Geert Hendriks]]
Start: [[d:1 maart 2023]], einde: [[d:29 februari 2024]]
Resultaat: deelnemer heeft zijn administratie op orde, betaalt vaste lasten zelf via automatische incasso, en heeft een betalingsregeling met {{o:CJIB}} en {{o:Mooiland}}. Schuld bij {{o:DUO}} loopt via draagkrachtregeling.
Deelnemer: "Zonder [[p:Geert]] had ik nu op straat gestaan."

Ingevuld door {{r:coördinator}} [[p:Monique van der Heijden]].""",
    """Van: [[p:Aleksandra Kowalska]] <[[e:ola.kowalska@o2.pl]]>
Aan: [[e:wijkteam.noord@westland.nl]]
Onderwerp: Help - huisvesting

Dear sir/madam, sorry my Dutch is not good. I am [[p:Aleksandra]], I work in the greenhouse in Naaldwijk and I live in a house from my employer at [[a:Havenstraat 41]]. Today my boss said I must leave the house on [[d:Friday 22 March]] because I was sick for two weeks. I have a daughter, [[p:Zuzia]], 6 years, she goes to school here. Where can I go? My phone: [[t:+48 512 904 377]] or Dutch [[t:06 42 88 71 05]].
Thank you, [[p:Ola]]""",
    """Aan: {{o:Bureau Jeugdzorg}} / {{o:Gecertificeerde Instelling}}
Betreft: overdracht 18+ [[p:Jayden Lopes Tavares]]

Geboortedatum: [[d:22-03-2006]]
Adres: [[a:Lepelaarstraat 32]], Rotterdam ({{w:Bloemhof}})
Telefoon: [[t:06 29 47 13 68]]
Huidige {{r:jeugdbeschermer}}: [[p:Kimberly Mulder]]
Nieuwe contactpersoon volwassenenteam: [[p:Stephan Huizinga]], {{o:Wijkteam Feijenoord}}

Aandachtspunten: [[p:Jayden]] heeft een zoon ([[p:Jayvano]], 1 jaar) bij wie hij niet woont. Moeder van het kind, [[p:Naomi Lima]], heeft een omgangsregeling via de rechtbank. Schulden ca. € 4.500 (telefoon, zorgverzekering).""",
    """{{o:Gemeente Vlissingen}} – {{o:Porthos}} Wijkteam
Verslag casusoverleg [[d:23 september 2024]]

Aanwezig: [[p:M. Wisse]] (vz), [[p:K. Lievense]], [[p:A. Moerland]], [[p:S. Yıldız]] ({{o:Emergis}}), [[p:D. de Visser]] ({{o:L'Escaut}})

Casus [[p:Minderhoud]]: de heer [[p:Minderhoud]] is na zijn opname in [[a:Koudekerkseweg 88]] (kliniek {{o:Emergis}}) teruggekeerd naar zijn woning. [[p:Yıldız]] start FACT-begeleiding. [[p:De Visser]] meldt dat de woning schoongemaakt is met hulp van {{o:Stichting Present}}.

Afspraak: [[p:Lievense]] belt de zus van meneer ([[p:Corrie]]) over haar rol.""",
    """Memo aan: [[p:Ingrid]], [[p:Paul]]
Van: [[p:Roos]]
Betreft: BSN's kloppen niet in export

In de export van vorige week (wachtlijst schuldhulp) stonden twee BSN's verkeerd gekoppeld: [[b:@]] hoort bij mw. [[p:Vlaar]], niet bij dhr. [[p:Vlaar]] (haar ex), en [[b:@space]] hoort bij [[p:Jimmy Oosterhuis]]. Graag corrigeren vóór de export naar de {{o:Kredietbank}} van [[d:vrijdag 8 maart]].""",
    """Huurcontract (uittreksel) – {{o:Portaal}} Nijmegen

Verhuurder: {{o:Stichting Portaal}}
Huurder 1: [[p:Marwa Al-Jabouri]], geb. [[d:15-05-1990]]
Huurder 2: [[p:Haider Al-Jabouri]], geb. [[d:02-11-1986]]
Gehuurde: [[a:Tarweweg 228]], [[pc:6534 AS]] Nijmegen
Ingangsdatum: [[d:1 september 2021]]
Contractnummer: [[k:PTL-NMG-21-08841]]
Kale huur: € 612,40
Huur te voldoen vanaf rekening [[i:@RABO plain]] per automatische incasso.""",
]

TITLE = re.compile(
    r"^(?:(?:mr|dr|drs|ing|ir|prof|mevr|mw|dhr|fam)\.\s+|(?:mevrouw|meneer|de heer|dokter)\s+)+",
    re.I,
)


def build():
    rows = []
    for n, src in enumerate(TEXTS):
        text, pii, keep = render(src.strip("\n"))
        # sanity: offsets, overlaps, validity
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (n, s)
            assert s["text"] == s["text"].strip() and s["text"], (n, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (n, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (n, s)
            if s["label"] == "person":
                assert not TITLE.match(s["text"]), (n, s)
        rows.append({"id": "ho73-%04d" % n, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout73.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print("texts", len(rows), "avg words", round(words / len(rows), 1))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
