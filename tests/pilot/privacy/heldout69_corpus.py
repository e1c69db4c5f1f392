#!/usr/bin/env python3
"""Held-out corpus 69: Dutch texts of social neighbourhood care teams (Den Haag and
other municipalities in Zuid-Holland) with personal-data (pii) and context (keep) spans.

Deterministic: run `python3 heldout69_corpus.py` to (re)write heldout69.jsonl next to this file.

Markup used in the raw texts below (stripped programmatically, offsets by construction):
  pii : [[p:..]] person  [[b:..]] bsn  [[t:..]] phone  [[e:..]] email  [[i:..]] iban
        [[pc:..]] postcode  [[a:..]] address  [[d:..]] date  [[n:..]] dossier
  keep: {{w:..}} wijk  {{o:..}} org  {{r:..}} role
  [[b:@]] / [[b:@.]] / [[b:@ ]]          -> generated valid BSN (plain / 1234.56.782 / 123 456 782)
  [[i:@BANK/c]] / /s / /l                 -> generated valid NL IBAN (compact / spaced / lower-case)
  [[i:@DE/s]]                             -> generated valid German IBAN (spaced)
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

RNG = random.Random(69)


def make_bsn(fmt):
    while True:
        d = [RNG.randint(1, 3)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 <= 9:
            digits = "".join(map(str, d + [d9]))
            break
    if fmt == ".":
        return digits[:4] + "." + digits[4:6] + "." + digits[6:]
    if fmt == " ":
        return digits[:3] + " " + digits[3:6] + " " + digits[6:]
    return digits


def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return 98 - int(num) % 97


def make_iban(spec):
    bank, _, fmt = spec.partition("/")
    if bank == "DE":
        bban = "".join(str(RNG.randint(0, 9)) for _ in range(18))
        country = "DE"
    else:
        bban = bank + "".join(str(RNG.randint(0, 9)) for _ in range(10))
        country = "NL"
    iban = "%s%02d%s" % (country, _iban_check(country, bban), bban)
    if fmt == "s":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if fmt == "l":
        return iban.lower()
    return iban


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    r = t[4:] + t[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


TOKEN = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|n):(.*?)\]\]|\{\{(w|o|r):(.*?)\}\}")

TEXTS = []
# ---------------------------------------------------------------- FORMAL
TEXTS += [
    r"""Aan: {{o:Parnassia}}, team {{o:FACT}} Den Haag Zuid-West
Betreft: verzoek om beoordeling / aanmelding bemoeizorg
Datum: [[d:14 januari 2025]]

Geachte collega,

Hierbij melden wij dhr. [[p:Radjesh Ramdin]] (geb. [[d:03-09-1971]]) aan voor een beoordeling door uw team. Dhr. woont sinds 2016 alleen op de [[a:Zuiderparklaan 311-II]], [[pc:2574 HK]] Den Haag. Hij is niet bekend bij een {{r:huisarts}} in de wijk en weigert tot nu toe elke vorm van hulp. De buren ({{w:Moerwijk}}) maken zich zorgen over vervuiling en geluidsoverlast 's nachts. Zijn zus, mevrouw [[p:Sharmila Baldewsingh]], is contactpersoon en bereikbaar op [[t:06-41827730]].

Ons dossiernummer: [[n:SWT-MW-2025-0117]]. Voor vragen kunt u contact opnemen met ondergetekende.

Met collegiale groet,
[[p:Marloes Hoogendijk]]
{{r:casusregisseur}} {{o:sociaal wijkzorgteam}} {{w:Moerwijk}}
[[e:m.hoogendijk@denhaag.nl]] | [[t:070 353 72 19]]""",
    r"""Geachte heer/mevrouw,

Namens het {{o:Sociaal Wijkteam Delft}} verwijs ik mevrouw [[p:A. Kowalczyk]] door naar de {{o:Kredietbank Nederland}} voor een schuldhulpverleningstraject. Mevr. [[p:Kowalczyk]] (BSN [[b:@.]]) heeft een totale schuldenlast van ca. € 23.400,- bij elf schuldeisers, waaronder {{o:DUO}}, {{o:CJIB}} en haar verhuurder {{o:Vidomes}}. Zij woont met haar twee kinderen (7 en 11 jaar) op de [[a:Papsouwselaan 88]] in {{w:Voorhof}}.

Er is sprake van een dreigende huisuitzetting; de zitting bij de kantonrechter staat gepland op [[d:27-02-2025]]. Wij verzoeken u daarom met spoed een intakegesprek in te plannen. Mevrouw spreekt redelijk Nederlands maar leest het slecht; haar buurvrouw [[p:Ewa]] vertaalt soms.

Met vriendelijke groet,

[[p:J. van Dongen]]
{{r:maatschappelijk werker}}, {{o:Kwadraad}}
telefoon [[t:015-2191427]]""",
    r"""Verwijsbrief {{o:MEE Zuid-Holland Noord}}

Naam cliënt: [[p:Shurandy Martina]]
Geboortedatum: [[d:11 juni 2001]]
Adres: [[a:Kooilaan 41a]], [[pc:2315BW]] Leiden
Telefoon: [[t:06 28 19 40 53]]
Verwijzer: [[p:Dewi Kasandikromo]], {{r:wijkcoach}} {{o:BuurtteamsLeiden}}

Reden van verwijzing: [[p:Shurandy]] heeft een licht verstandelijke beperking (IQ ca. 68 volgens onderzoek uit 2019). Hij is net uit huis bij zijn moeder en woont zelfstandig. Het lukt hem niet om post te openen en afspraken te onthouden. Hij heeft al twee keer een boete van het {{o:CJIB}} laten oplopen. Gevraagd wordt: ondersteuning bij het aanvragen van beschermingsbewind en praktische woonbegeleiding. Cliënt heeft op [[d:8-1-2025]] toestemming gegeven voor deze verwijzing.""",
    r"""Onderwerp: Aanmelding casus Veilig Thuis - vertrouwelijk
Van: [[p:Yasmina El Khadir]] <[[e:yasmina.elkhadir@xtra.nl]]>
Aan: [[e:meldingen@veiligthuishaaglanden.nl]]

Goedemiddag,

Bij deze doe ik een melding over mevrouw [[p:Hatice Öztürk]] ([[d:12-03-1986]]) en haar drie kinderen, wonend aan de [[a:Delftselaan 17-hs]] in de {{w:Schilderswijk}}. Tijdens huisbezoek op [[d:maandag 3 februari]] zag ik blauwe plekken op haar bovenarm; mevrouw vertelde dat haar man [[p:Murat]] ([[p:Öztürk]]) 'soms boos wordt'. Ze wil niet dat de politie komt. De kinderen zitten op de basisschool in de wijk en zijn bekend bij het {{o:CJG}}.

Ons registratienummer is [[n:SWT-SW-24-3391]]. Ik ben vandaag tot 17.00 uur bereikbaar.

Met vriendelijke groet,
[[p:Yasmina El Khadir]]
{{r:maatschappelijk werker}} | {{o:Xtra}} | {{o:SWT Schilderswijk}}
[[t:06 - 1939 8820]]""",
    r"""Van: [[p:Rik Verhoeven]]
Verzonden: woensdag [[d:19 maart 2025]] 09:42
Aan: [[p:Kim Dorrestijn]]
Onderwerp: RE: huisbezoek fam. [[p:Tesfay]]

Hoi [[p:Kim]],

Dank voor je bericht. Ik kan donderdag om 14.00 mee naar [[p:Tesfay Haile]] en [[p:Senait]]. Adres is [[a:Hengelolaan 712]], 3e verdieping, lift is al weken kapot. Let op: meneer spreekt Tigrinya, ik heb een tolk aangevraagd via {{o:Global Talk}} (aanvraagnr [[n:GT-558210]]).
Vanuit {{o:Haag Wonen}} is er een brief gekomen over de huurachterstand (3 maanden).

Groet,
[[p:Rik]]

--
[[p:Rik Verhoeven]] | {{r:Wmo-adviseur}} | Gemeente Den Haag, {{o:Servicepunt XL}} {{w:Bouwlust}}
M [[t:+31 6 2290 1178]]""",
    r"""Beste [[p:Ilse]],

Zoals vanochtend telefonisch besproken stuur ik je de gegevens van mw [[p:Bakker]] voor de aanvraag huishoudelijke hulp.

Mevrouw [[p:Gerda Bakker-Vink]]
[[a:Laan van Meerdervoort 1140]]
[[pc:2555 CE]] Den Haag
BSN: [[b:@]]
Tel. thuis [[t:070-3236451]]

Ze is 84, heeft COPD en is sinds de val op [[d:2 december]] nauwelijks mobiel. Haar zoon [[p:Peter]] woont in Groningen en komt eens per maand. Een {{r:wijkverpleegkundige}} van {{o:Florence}} komt al dagelijks voor de steunkousen.

Alvast dank!
Groet, [[p:Esther]]
{{r:ouderenconsulent}} {{o:Voorall}}""",
    r"""Onderwerp: Dringend - afsluiting energie fam. [[p:Petrov]]

Goedemorgen collega's,

{{o:Eneco}} heeft aangekondigd dat de levering aan de familie [[p:Petrov]] ([[a:Stuwstraat 34]], [[pc:2516 TD]]) op [[d:vrijdag 7 maart]] wordt gestaakt. Klantnummer [[n:200451873]]. Achterstand € 1.487,30. Dhr. [[p:Ivan Petrov]] werkt via een uitzendbureau in de kassen in het Westland en heeft wisselend inkomen. Mw. [[p:Milena Georgieva]] is zwanger (uitgerekend half april).

Kan iemand van {{o:schuldhulpverlening}} vandaag nog bellen met Eneco om een betalingsregeling te treffen? Dhr. is bereikbaar op [[t:+359 88 412 7723]] (Bulgaars nummer, WhatsApp werkt).

Met vriendelijke groet,

[[p:Chantal Lieveld]]
{{r:schuldhulpverlener}} | {{o:Gemeente Den Haag}}
[[e:chantal.lieveld@denhaag.nl]]""",
    r"""INTAKEFORMULIER SOCIAAL WIJKZORGTEAM
Team: {{w:Transvaal}}                Datum intake: [[d:06-02-2025]]
Intaker: [[p:B. Azzouzi]] ({{r:casusregisseur}})

1. Persoonsgegevens
Achternaam: [[p:Farah]]                Voornaam: [[p:Hodan]]
Geboortedatum: [[d:01-01-1979]]         BSN: [[b:@ ]]
Adres: [[a:Paul Krugerlaan 96B]]      Postcode: [[pc:2571 GM]]
Telefoon: [[t:0684412097]]             E-mail: [[e:hodanfarah79@gmail.com]]
Burgerlijke staat: gescheiden        Kinderen: 4 (2, 6, 9, 13)

2. Hulpvraag (in eigen woorden)
"Ik wil rust in mijn hoofd en weten hoeveel schuld ik heb."

3. Betrokken hulpverlening
{{o:CJG}} (jeugdverpleegkundige), {{o:Stichting Mooi}} (vrijwillige thuisadministratie), {{r:huisarts}} dr. [[p:Van Zanten]].""",
    r"""Intake - vervolgblad (leefgebieden)

Cliënt: [[p:Andrei Popescu]]   dossier [[n:DH-ESC-2024-10877]]

Wonen: slaapt sinds oktober op de bank bij een vriend ([[p:Florin]]) op de [[a:Leyweg 204-B]], staat niet ingeschreven. Zonder briefadres geen uitkering. Actie: briefadres aanvragen bij {{o:Publiekszaken}}.
Werk/inkomen: laatste loonstrook van {{o:Otto Workforce}} uit augustus.
Gezondheid: rugklachten, gebruikt soms pijnstillers van de zwarte markt.
Sociaal netwerk: moeder in Constanța, bellen via [[t:+40 721 338 104]].
Justitie: geen.
Verslaving: alcohol (weekend), geen behandeling. Doorverwijzen naar {{o:Brijder}}?

Ingevuld door: [[p:Koen]] ({{r:trajectbegeleider}} {{o:Leger des Heils}}) op [[d:21/11/2024]].""",
    r"""TOESTEMMINGSVERKLARING
Uitwisseling van gegevens binnen het {{o:sociaal wijkzorgteam}} {{w:Mariahoeve}}

Ondergetekende,
Naam: [[p:Wilhelmina]] ([[p:Mien]]) [[p:de Wit]]
Geboren op: [[d:17 augustus 1940]]
Adres: [[a:Ruychrocklaan 22]], [[pc:2597 EN]] Den Haag

geeft toestemming aan het sociaal wijkzorgteam om informatie over haar situatie te delen met:
[x] {{r:huisarts}}
[x] {{r:casemanager dementie}} ({{o:Florence}})
[ ] {{o:Veilig Thuis}}
[x] mantelzorger / contactpersoon: [[p:Hans de Wit]] (zoon), [[t:06-11902364]]

Deze toestemming geldt tot [[d:31-12-2025]] en kan altijd worden ingetrokken.

Handtekening cliënt: ................      Datum: [[d:4/2/2025]]
Namens het team: [[p:Sanne Mulder]], {{r:casusregisseur}}""",
    r"""Verklaring van toestemming (versie gemeente Zoetermeer)

Ik, [[p:Li Wei]], geboren [[d:23-05-1958]], wonend [[a:Meerzichtlaan 130]] te Zoetermeer ([[pc:2713 AD]]), BSN [[b:@]], geef toestemming dat het {{o:Sociaal Team Meerzicht}} mijn gegevens deelt met {{o:MEE}}, {{o:GGZ Rivierduinen}} en mijn {{r:bewindvoerder}} ({{o:Budget Beheer Zoetermeer}}).

Mijn dochter [[p:Chen Mei]] heeft dit formulier met mij doorgelezen en vertaald (Kantonees).

Zoetermeer, [[d:12 december 2024]]

handtekening                     handtekening {{r:consulent}}
                                 [[p:P. Roodenburg]]""",
    r"""MDO {{w:Laak}} - verslag
Datum: [[d:do 16 januari 2025]], 10:00-11:30, {{o:Wijkcentrum Laak-Noord}}
Aanwezig: [[p:Marieke]] ({{r:casusregisseur}}, vz), [[p:Bilal Ouahabi]] ({{r:maatschappelijk werker}}), [[p:Joyce Pinas]] ({{r:wijkverpleegkundige}}, {{o:Florence}}), [[p:Sander Koster]] ({{r:wijkagent}}), [[p:N. Karimi]] ({{r:woonconsulent}} {{o:Staedion}})
Afwezig m.k.: {{r:POH-GGZ}}

Casus 1 - mw. [[p:Ingrid Doelwijt]] ([[n:2024-08812]])
Mw. heeft de deur weer niet opengedaan. Staedion start procedure i.v.m. overlast (hond, geluid). [[p:Sander]] heeft melding verward gedrag ontvangen op [[d:9 jan]].
Afspraak: [[p:Joyce]] en [[p:Bilal]] gaan samen langs, dinsdag, onaangekondigd. [[p:Koster]] belt broer [[p:Errol]] voor info.

Casus 2 - dhr. [[p:Hoek]] (78)
Naar tevredenheid: dagbesteding via {{o:Saffier}} gestart. Casus kan gesloten worden per [[d:1 februari]].""",
    r"""Verslag multidisciplinair overleg - casus [[n:#51907]]

Datum: [[d:11-3-2025]]
Locatie: Teams (online)
Deelnemers: {{r:casusregisseur}} [[p:Wendy Schouten]]; {{r:jeugdbeschermer}} [[p:Abdelkarim Ait Lahcen]] ({{o:Jeugdbescherming west}}); {{r:GGZ-behandelaar}} dr. [[p:L. Sewnath]] ({{o:Parnassia}}); {{r:klantmanager}} [[p:Ruud Vos]] ({{o:Werk & Inkomen}})

Situatie: moeder ([[p:Roos van Leeuwen]], 29) en dochter [[p:Isa]] (4) wonen sinds de scheiding bij oma op de [[a:Kempstraat 130-1e]]. Vader [[p:Dennis Groen]] heeft een contactverbod. Moeder is in behandeling voor een depressie; sinds februari gaat het beter.

Besluiten:
- [[p:Ruud]] regelt met spoed een bijstandsuitkering (aanvraag ingediend [[d:28 februari]]).
- [[p:Wendy]] blijft {{r:casusregisseur}}; volgend MDO [[d:8 april]].""",
    r"""Schuldenoverzicht (opgesteld door {{o:Stichting Mooi}}, vrijwillige thuisadministratie)
Cliënt: [[p:M. El Amrani]] - dossier [[n:THA-2025-044]]
Stand per [[d:15-01-2025]]

| Schuldeiser              | Kenmerk                   | Bedrag     | Status               |
|--------------------------|---------------------------|------------|----------------------|
| {{o:Belastingdienst/Toeslagen}} | [[n:8123.45.670.T.01]]   | € 4.312,00 | terugvordering HT    |
| {{o:Staedion}} (huur)          | [[n:HUUR-0098123]]          | € 2.145,60 | regeling € 50 p/m    |
| {{o:Zilveren Kruis}}           | polis [[n:158337612]]       | € 612,40   | bij {{o:CAK}}        |
| {{o:Intrum}} (Ziggo)           | [[n:37718920]]              | € 389,95   | incasso              |
| {{o:CJIB}}                     | [[n:1000 2345 8871 5603]]   | € 210,00   | aanmaning            |
| Totaal                   |                           | € 7.669,95 |                      |

Inkomen: bijstand € 1.401,- netto. Rekening: [[i:@INGB/s]].""",
    r"""Schuldenoverzicht dhr. [[p:Kofi Boateng]]
{{o:Schuldhulpverlening Den Haag}} - Kenmerk [[n:SHV-DH-2025-0331]]

Schuldeiser;Dossiernummer schuldeiser;Hoofdsom;Kosten;Totaal;Opmerking
{{o:DUO}};[[n:ST-4498120]];8.900,00;0,00;8.900,00;draagkrachtmeting loopt
{{o:Vattenfall}};[[n:9912345]];734,12;48,00;782,12;via {{o:Lowell}}
{{o:Hoist Finance}};[[n:HF-7721093]];1.250,00;311,50;1.561,50;oude creditcard
{{o:Gemeente Den Haag}} (belastingen);aanslag [[n:2024.112.8871]];245,00;0,00;245,00;kwijtschelding aangevraagd
Totaal;;11.129,12;359,50;11.488,62;

Vaste lasten worden betaald van [[i:@ABNA/c]] (op naam van cliënt). Leefgeld wordt per [[d:1 april 2025]] overgemaakt door {{o:Kredietbank}}.""",
    r"""OVERZICHT SCHULDEN - in te vullen door cliënt

Naam: [[p:Agnieszka Wójcik]]
Rekeningnummer: [[i:@RABO/c]]
Partner: [[p:Tomasz Wiśniewski]], rekening [[i:@SNSB/s]]

1) waterbedrijf {{o:Dunea}} ........ € 186   (brief van [[d:14-10]])
2) telefoon Odido ........ € 410   klantnr [[n:1.12873940]]
3) huur ........ € 3.100   {{o:Vestia}}  - vonnis, deurwaarder [[p:Kuijpers]] & Co
4) zorgverzekering {{o:DSW}} ........ weet niet
5) vriendin [[p:Marta]] ........ € 500 (geleend voor de borg)

[ ] ik heb al mijn post meegenomen
[x] ik geef toestemming om schuldeisers te bellen

Datum [[d:3.12.2024]]       Handtekening: [[p:A. Wójcik]]""",
    r"""Geachte mevrouw [[p:Yildiz]],

Op [[d:20 januari 2025]] heeft u bij het {{o:Wmo-loket}} een melding gedaan voor ondersteuning bij het huishouden. Op [[d:4 februari 2025]] heeft onze {{r:Wmo-consulent}}, mevrouw [[p:R. Kramer]], met u en uw dochter [[p:Elif]] een gesprek gevoerd bij u thuis, [[a:Weimarstraat 235]] te Den Haag.

In dit verslag leest u wat we hebben besproken. Wij vragen u het verslag te controleren en binnen 10 werkdagen te reageren. Uw zaaknummer is [[n:WMO/2025/01742]]; vermeld dit altijd als u contact met ons opneemt.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

drs. [[p:H.J. Timmerman]]
{{r:teamleider}} Wmo {{o:Gemeente Den Haag}}""",
    r"""Overdracht - van {{o:SWT Scheveningen}} naar {{o:SWT Segbroek}}

Cliënt: mevr. [[p:Fadumo Ali]] (41) en zoon [[p:Abdirahman]] (17)
Nieuw adres per [[d:1 maart]]: [[a:Fahrenheitstraat 523]], [[pc:2561 DL]]
Oud adres: [[a:Tesselsestraat 17]], {{w:Duindorp}}
Telefoon: [[t:06-55 80 14 62]]
Zaak: [[n:SCH-23-00915]] -> wordt [[n:SEG-25-00204]]

Lopende zaken: aanvraag kwijtschelding gemeentelijke belastingen (ingediend), contact met {{o:Somalische Vrouwenvereniging}} via vrijwilliger [[p:Sahra Hassan]]. Zoon zit op het {{o:Zadkine}}? - navragen, mogelijk {{o:ROC Mondriaan}}. [[p:Abdirahman]] wordt 18 in mei; dan overdracht {{o:CJG}} -> volwassenenzorg.

Overdragend {{r:casusregisseur}}: [[p:Nicole Duijvestein]]""",
    r"""Van: [[e:d.koning@voorall.nl]]
Aan: [[e:swt.escamp@denhaag.nl]]
CC: [[e:j.smit@florence.nl]]
Datum: [[d:24-01-2025]]
Onderwerp: mw. [[p:Visser]], Melis Stokelaan

Goedemiddag allen,

Even een signaal: mw [[p:Visser]] (Melis Stokelaan, boven de apotheek) was vanochtend niet bij de koffieochtend in {{o:buurthuis De Henkenshage}}. Dat is in 4 jaar nooit gebeurd. Buurvrouw [[p:Ans Roos]] heeft aangebeld, geen reactie. Kan iemand van het team of de {{r:wijkverpleegkundige}} vandaag even kijken? Haar dochter [[p:Irma]] staat als contactpersoon geregistreerd: [[t:06 23 44 81 07]].

Hartelijke groet,
[[p:Daphne Koning]]
{{r:welzijnscoach}} {{o:Voorall}} {{w:Escamp}}""",
    r"""Beste mevrouw [[p:Kaya]],

Hierbij bevestig ik onze afspraak op [[d:dinsdag 11 februari]] om 10.30 uur op het {{o:Servicepunt XL}} aan de Loosduinse Hoofdstraat. Neemt u alstublieft mee:
- uw identiteitsbewijs
- de laatste drie afschriften van uw bankrekening ([[i:@TRIO/s]])
- alle brieven van schuldeisers, ook als u ze niet geopend heeft
- de beschikking van het {{o:UWV}} (uw klantnummer staat erop: [[n:UWV-00783211]])

Uw zoon [[p:Emre]] mag mee als u dat prettig vindt. Lukt het niet? Bel of app mij dan op [[t:06-20781133]].

Vriendelijke groet,
[[p:Esra Demir]], {{r:sociaal raadsvrouw}} {{o:Xtra}}""",
    r"""Geachte heer [[p:Kasanwirjo]],

Naar aanleiding van ons telefoongesprek van [[d:5 maart jl.]] bevestigen wij dat uw aanvraag voor een tijdelijke urgentieverklaring is doorgestuurd naar de {{o:Urgentiecommissie}}. U krijgt binnen acht weken bericht.

Tot die tijd blijft u met uw gezin ingeschreven op het adres [[a:Westduinweg 138]] ([[pc:2583AN]]) bij uw schoonouders. Wij hebben met uw toestemming de verklaring van uw {{r:huisarts}}, dokter [[p:M. Ramsaran-Bhaggoe]], toegevoegd.

Uw dossiernummer is [[n:URG 2025 - 0089]].

Met vriendelijke groet,
[[p:T. Wattimena]]
{{r:woonconsulent}}, {{o:HaagWonen}}""",
    r"""Mailwisseling (doorgestuurd)

> Op [[d:ma 27 jan. 2025]] om 16:12 schreef [[p:Priscilla Statia]] <[[e:p.statia@kessler.nl]]>:
> Hi allemaal, [[p:Giovanni]] ([[p:Isenia]]) heeft vannacht niet in de nachtopvang geslapen. Als iemand hem ziet bij de Hobbemastraat, graag even laten weten. Hij heeft zijn medicatie nodig.

Reactie [[p:Thijs]]:
Ik zag hem vanochtend bij de {{o:Voedselbank}} in de {{w:Schilderswijk}}. Hij zei dat hij bij een neef op de [[a:Wouwermanstraat 92]] slaapt. Zag er redelijk uit. Ik heb gezegd dat hij morgen langs moet bij {{o:Kessler Stichting}}.

--
[[p:Thijs de Haan]] | {{r:straatwerker}} | {{o:Leger des Heils}} | [[t:0615370991]]""",
    r"""Aanmeldformulier Wmo - begeleiding individueel

Gegevens aanvrager
Naam en voorletters: [[p:Ghebreyesus, F.]]
Roepnaam: [[p:Filmon]]
Geboortedatum: [[d:1995-04-30]]
Burgerservicenummer: [[b:@]]
Straat en huisnummer: [[a:Jan Blankenstraat 8 bis]]
Postcode en woonplaats: [[pc:2524 TN]] DEN HAAG
Telefoonnummer: [[t:0638810246]]
Emailadres: [[e:filmon.g95@outlook.com]]

Wettelijk vertegenwoordiger / {{r:mentor}}: geen
Is er een tolk nodig? ja - Tigrinya
Hoe bent u bij ons gekomen? via {{o:VluchtelingenWerk}} (mevr. [[p:Van Rossum]])

Ondertekening: Den Haag, [[d:09-01-2025]]""",
    r"""Onderwerp: terugkoppeling na gesprek Brijder

Dag [[p:Joost]],

Kort: [[p:Mahmoud]] ([[p:Hamwi]]) is gisteren met mij naar de intake bij {{o:Brijder}} geweest. Het ging beter dan verwacht. Er is een vervolgafspraak op [[d:26 maart]] met {{r:verslavingsarts}} [[p:Kolev]]. Hij heeft toestemming gegeven dat Brijder en wij informatie uitwisselen (formulier in het dossier, scan [[n:DOC-77812]]).

Zijn adres klopt niet meer in het systeem; hij woont nu bij zijn broer [[p:Omar]] op de [[a:Conradkade 5-III]]. Kun jij dat aanpassen?

Hartelijke groet,
[[p:Maaike Brouwer]]
{{r:ambulant hulpverlener}} | {{o:Kessler Stichting}} | bereikbaar ma/di/do""",
    r"""VERSLAG OVERLEG ZORG- EN VEILIGHEIDSHUIS
Casus: dhr. [[p:Stoyan Dimitrov]] - {{o:ZVH}}-nr [[n:ZVH-2025/0417]]
Datum: [[d:18.02.2025]]

Aanwezig: {{o:politie}} ({{r:wijkagent}} [[p:Hertog]]), {{o:OM}}, {{o:Reclassering Nederland}} (mw. [[p:Vink]]), {{o:GGZ}}, {{o:SWT Spoorwijk}} ([[p:Samira Tahiri]]), {{o:Haag Wonen}}

Dhr. heeft in januari zijn buurman op de [[a:Fruitweg 44-1]] bedreigd met een mes. Hij is aangehouden en heeft een meldplicht. Er zijn zorgen over psychose; eerdere opname in {{o:PsyQ}} in 2021. Afspraken: [[p:Samira]] zorgt voor contact met zijn partner [[p:Desislava]] ([[t:+359 87 760 2290]]), reclassering koppelt terug over het toezicht. Volgende bespreking: [[d:4 maart 2025]].""",
    r"""Schuldenlijst (getypt van handgeschreven overzicht cliënt)

cliënt: [[p:Yaw Osei]] / partner [[p:Abena Owusu]] - [[a:Erasmusweg 1101]], [[pc:2532 CP]] Den Haag

   SCHULDEISER          BEDRAG      SINDS      NR.
   huur {{o:Staedion}}        € 2.910     2023       cn [[n:6610-3392]]
   {{o:Eneco}}                € 1.004     2024       [[n:209118543]]
   {{o:CZ}} zorgpremie        € 1.366     2023       [[n:21.994.103]]
   Wehkamp              €   845     2022       [[n:WK88120043]]
   {{o:CJIB}}                 €   390     2024       ?
   kerk/familie         € 1.200     -          -
   --------------------------------------------
   totaal               € 7.715

Inkomen [[p:Yaw]]: loon ca. € 1.900 (schoonmaak, wisselend). [[p:Abena]]: geen inkomen, studie MBO.
Gezamenlijke rekening [[i:@INGB/c]].""",
    r"""Geachte heer, mevrouw,

Bij deze verzoek ik u om een moratorium (afkoelingsperiode) voor de heer [[p:Gheorghe Lungu]], wonend aan de [[a:Beijerlandselaan 211b]], [[pc:3074 EJ]] Rotterdam. Dhr. [[p:Lungu]] is op [[d:12 februari 2025]] aangemeld bij {{o:Kredietbank Rotterdam}}. Zijn bankrekening [[i:@ABNA/s]] is door {{o:Belastingdienst}} beslagen.

Het {{o:wijkteam Feijenoord}} ondersteunt dhr. sinds november. Hij heeft een zoontje ([[p:Luca]], 3) die bij hem woont.

Contactpersoon: [[p:Wim Snijders]], {{r:schuldhulpverlener}} [[t:010 - 498 61 22]], [[e:w.snijders@rotterdam.nl]].""",
    r"""Kopie e-mail - aanvraag bijzondere bijstand (witgoed)

Aan: {{o:Werk en Inkomen}} Leidschendam-Voorburg
Van: [[p:Dewi Latuheru]] ({{r:welzijnswerker}} {{o:Kwadraad}})

Geachte collega,

Hierbij vraag ik namens mevrouw [[p:Olena Kovalenko]] (BSN [[b:@.]]) bijzondere bijstand aan voor een wasmachine en een koelkast. Mevrouw woont sinds [[d:15-09-2024]] met haar moeder en dochter ([[p:Sofiia]], 9) in een woning op de [[a:Prinses Mariannelaan 290]] in Voorburg ({{w:Prinsenhof}}). Zij ontvangt leefgeld voor Oekraïense ontheemden; het rekeningnummer voor uitbetaling is [[i:@BUNQ/c]].

Offerte en toestemmingsverklaring zitten in de bijlage.

Met vriendelijke groet,
[[p:Dewi]]""",
    r"""SIGNALERINGSFORMULIER HUURACHTERSTAND ({{o:Vroeg Eropaf}})

Corporatie: {{o:Vestia}}                     Contactpersoon: [[p:J. Dekker]]
Huurder: [[p:Kaya, Mehmet]] en [[p:Kaya-Aydın, Zeynep]]
Adres: [[a:Moerweg 602]]                    Postcode: [[pc:2533 BL]]
Contractnummer: [[n:101.2003.4488]]
Achterstand: 2 maanden (€ 1.476,00)        Eerste signaal: [[d:05-12-2024]]

Huisbezoek door: {{r:Vroeg Eropaf-medewerker}} [[p:Nordin]] op [[d:10 december]], samen met {{r:huismeester}}.
Bevindingen: gezin (5 kinderen) is bekend bij {{o:SWT Moerwijk}}, vader verloor werk bij PostNL. Toeslagen lopen nog. Bereid tot regeling.""",
    r"""Notulen teamoverleg SWT {{w:Bezuidenhout}}, [[d:dinsdag 21-01]]

1. Opening door [[p:Annemiek]]. Mededelingen: [[p:Jeroen Bos]] is met ingang van [[d:1 februari]] de nieuwe {{r:Wmo-adviseur}}. [[p:Fleur]] met zwangerschapsverlof vanaf maart.

2. Nieuwe aanmeldingen
a. mw. [[p:Nour Kassem]] (Syrië, 34), via {{r:huisarts}}; eenzaamheid, taal. Toegewezen aan [[p:Rachida]].
b. dhr. [[p:Kramer]] (Theresiastraat, 90+), via zijn buurvrouw: valt vaak. Toegewezen aan wijkverpleging ({{o:Florence}}).
c. jong gezin [[p:Nowak]], via {{o:CJG}}; huisvesting, werk. Nog niet toegewezen.

3. Rondvraag: [[p:Bilal]] vraagt wie er mee wil naar de netwerkbijeenkomst huiselijk geweld op [[d:6 maart]].""",
    r"""Aan de directie van {{o:Basisschool De Springbok}}
t.a.v. de {{r:intern begeleider}}, mevrouw [[p:Hoogendoorn]]

Den Haag, [[d:7 maart 2025]]

Geachte mevrouw [[p:Hoogendoorn]],

Met toestemming van moeder, mevrouw [[p:Shabnam Noori]], informeer ik u dat het gezin sinds kort ondersteund wordt door ons team. Haar zoons [[p:Arash]] (groep 5) en [[p:Sami]] (groep 7) hebben de afgelopen weken veel gemist door de verhuizing van de noodopvang naar de [[a:Dedemsvaartweg 39]]. Graag denken wij met u mee over een rustige terugkeer.

U kunt mij bereiken via [[t:06-27 70 33 18]] of [[e:f.amrani@swtescamp.nl]].

Met vriendelijke groet,
[[p:Fatima Amrani]], {{r:casusregisseur}} {{o:SWT Escamp}}""",
    r"""Uittreksel registratie {{o:Regiezorg}} / RIS

Dossier: [[n:RZ-000128843]]
Cliënt: [[p:Vicento, G.L.]] (vrouw)
Geb.dat.: [[d:29-11-1990]]
BSN: [[b:@ ]]
Woonadres: [[a:Pretoriusstraat 71-hs]], [[pc:2572AP]] 's-Gravenhage
Telefoon (mob): [[t:06 345 120 98]]
Aanmelder: {{o:GGD Haaglanden}}, {{r:sociaal verpleegkundige}} [[p:E. Cijntje]]
Registratiedatum: [[d:2025-01-08]]
Status: in behandeling
Trefwoorden: vervuiling, schulden, zorgmijding""",
    r"""Geachte mevrouw [[p:Jagesar]],

Hartelijk dank voor uw aanmelding als {{r:vrijwilliger}} bij het maatjesproject van {{o:Welzijn Westland}}. Wij hebben u gekoppeld aan mevrouw [[p:T. Zomer]] uit Naaldwijk. Mevrouw [[p:Zomer]] is 88, woont alleen en vindt het fijn om samen boodschappen te doen. Haar adres is [[a:Havenstraat 27]], [[pc:2671 CL]] Naaldwijk.

De eerste kennismaking is op [[d:woensdag 9 april]] om 14.00 uur, samen met onze {{r:coördinator}} [[p:Lotte]].

Met vriendelijke groet,
[[p:Hilde Prins]]
{{o:Welzijn Westland}} | [[t:0174 - 63 20 81]]""",
    r"""Aanvulling dossier [[n:2025-00312]] ({{o:Sociaal Team Gouda}})

Op [[d:13-02-2025]] gesproken met mw. [[p:Fatma Şahin]] en haar schoonzus [[p:Emine]]. Mw. woont op de [[a:Graaf Florisweg 101]] in {{w:Korte Akkeren}}. Ze heeft sinds de dood van haar man (vorig jaar) geen overzicht meer over de financiën. Haar man deed alles; de rekening op zijn naam ([[i:@RABO/s]]) is nog niet omgezet.

Afspraken: {{r:sociaal werker}} maakt afspraak bij {{o:Humanitas}} Thuisadministratie; [[p:Emine]] belt de bank. Nieuw contact over twee weken.""",
    r"""KLACHTBRIEF (ingescand, overgetypt)

Aan het {{o:Wijkteam Dordrecht}}

Ik ben [[p:Jurgen Sabajo]], ik woon op [[a:Admiraal de Ruyterweg 14]] in {{w:Crabbehof}}. Ik ben het niet eens met de manier waarop meneer [[p:De Jong]] van jullie mij heeft behandeld op [[d:21 januari]]. Hij heeft zonder te vragen met mijn ex [[p:Sandra]] gebeld over mijn zoon. Dat mag niet want ik heb geen toestemming gegeven.

Ik wil een gesprek met zijn leidinggevende. Mijn nummer is [[t:078-6158320]].

[[p:J. Sabajo]]""",
    r"""Geachte heer [[p:De Jong]],

Hartelijk dank voor uw telefonische toelichting. Hieronder de afspraken zoals besproken in het overleg van [[d:30 januari 2025]] over dhr. [[p:J. Sabajo]] ([[n:WT-DOR-1190]]):

- De {{r:teamleider}}, mevrouw [[p:S. Lam]], voert op [[d:6 februari]] een gesprek met dhr. over zijn klacht.
- Het contact met zijn ex-partner vond plaats op verzoek van {{o:Jeugdbescherming}}; dit wordt schriftelijk uitgelegd.
- Er wordt geen informatie meer gedeeld zonder ondertekende toestemmingsverklaring.

Met vriendelijke groet,
[[p:Mirjam Wolf]]
{{r:kwaliteitsmedewerker}} {{o:Wijkteam Dordrecht}}""",
    r"""Formulier aanvraag beschermingsbewind - bijlage sociaal rapport

Betrokkene: [[p:Ivanova, Rositsa]]
Geboren: [[d:2 november 1967]] te Sofia
Adres: [[a:Groenoordhal 14-C]], [[pc:3121 LB]] Schiedam
Rekeningnummer(s): [[i:@INGB/s]] (betaalrekening), [[i:@INGB/c]] (spaar)

Voorgestelde {{r:bewindvoerder}}: {{o:Bewindvoering Vlietstroom}}, mr. [[p:C. Zwart]]

Motivering: betrokkene heeft problematische schulden en een verslavingsverleden. Zij heeft in het verleden geld geleend van landgenoten. Met bewind kan rust worden gecreëerd. Het {{o:Wijkteam Schiedam Nieuwland}} ondersteunt betrokkene sinds [[d:1-7-2024]].

Opgesteld door: [[p:Rianne Groot]], {{r:maatschappelijk werker}}""",
    r"""Van: [[p:Sophie Meijer]] <[[e:sophie.meijer@parnassia.nl]]>
Aan: SWT Mariahoeve
Onderwerp: Ontslagbericht mw. [[p:Kowalski]] - vertrouwelijk

Beste collega's,

Mw. [[p:Kate Kowalski]] wordt op [[d:vrijdag 14 maart]] ontslagen van de opnameafdeling. Ze gaat terug naar haar woning op de [[a:Aart van der Leeuwlaan 17]]. Medicatie is ingesteld; nazorg via {{o:FACT-team Haagse Hout}}. Wij vragen het SWT om de praktische kant op te pakken: boodschappen, post, contact met haar vriendin [[p:Marjolein]] die de kat heeft opgevangen.

Met vriendelijke groet,
[[p:Sophie Meijer]], {{r:GGZ-verpleegkundige}}
{{o:Parnassia}} Den Haag | [[t:06 1289 4471]] (direct)""",
]
TEXTS += [
    r"""Schuldeisersoverzicht (export uit {{o:Allegro}})
Relatie: [[p:HADDAD R]]   Relatienr: [[n:0079341]]   Geb: [[d:07-07-1984]]

Nr  Schuldeiser                    Dossiernr          Saldo      Erkend
01  {{o:Gemeente Rijswijk}} - belast.    [[n:RW-2024-88121]]      412,00     J
02  {{o:Woonbron}}                       [[n:K0044128]]           1.830,75   J
03  {{o:Menzis}}                         [[n:71922845]]           1.094,00   N
04  {{o:Flanderijn}} (deurw.)            [[n:FL/24/33910]]        2.201,18   J
05  {{o:SVB}} terugvordering             [[n:SVB-KGB-55012]]      671,00     J
                                                   -----------
                                                   5.208,93

Budgetbeheerrekening: [[i:@RBRB/s]]
Opgemaakt: [[d:03-03-2025]] - [[p:K. Zomer]], {{r:budgetcoach}}""",
    r"""Debts - overview for Mr [[p:Ahmad Al-Hassan]] (prepared in English and Dutch at client's request)

• {{o:Belastingdienst}} (zorgtoeslag 2023): € 1.150 - ref [[n:7712.09.334.Z.30]]
• {{o:Eneco}}: € 602 - klantnr [[n:204887102]]
• Telefoon (Lebara): € 95
• Lening bij oom [[p:Yousef]] in Duitsland: € 2.000, terug te storten op [[i:@DE/s]]
• Boete {{o:NS}} (zwartrijden, [[d:14 okt 2024]]): € 50

Total / totaal: € 3.897

Income: Participatiewet benefit, paid on [[i:@INGB/s]].
Next appointment with {{r:budget coach}} [[p:Wendy]]: [[d:Tuesday 18 March]] / [[d:dinsdag 18 maart]].""",
    r"""Financieel overzicht - huishouden [[p:Warsame]]
Opgesteld op [[d:24 februari 2025]] door {{o:SchuldHulpMaatje}} ({{r:vrijwilliger}} [[p:Gert Baas]])

INKOMSTEN                         per maand
Bijstand gezin                    € 1.998,00
Kinderbijslag (per kwartaal/3)    €   287,00
Kindgebonden budget               €   431,00

UITGAVEN
Huur {{o:Haag Wonen}}                   €   752,00
Energie                           €   190,00
Zorgverzekering (2x)              €   298,00
Schuldaflossing {{o:CJIB}} [[n:9912 0033 1287 4410]] €  50,00

Ruimte per maand: ongeveer € 300.
Contactpersoon gezin: [[p:Abdirahman Warsame]], [[t:06-87 12 90 33]]""",
    r"""MDO Ouderen - {{w:Loosduinen}}/{{w:Kijkduin}}, [[d:woensdag 5 februari 2025]]

Aanwezig: [[p:Tineke van der Meer]] ({{r:ouderenadviseur}} {{o:Voorall}}), [[p:Anand Jagesar]] ({{r:wijkverpleegkundige}} {{o:Buurtzorg}}), [[p:Hanane]] ({{r:casemanager dementie}}), {{r:huisarts}} [[p:Verbeek]] (eerste 20 min.)

1. dhr. [[p:Henk Schipper]], [[a:Kijkduinsestraat 560]]: toenemende vergeetachtigheid, laat gas aan. Dochter [[p:Carla]] wil hem opnemen, hij wil thuisblijven. Besluit: indicatie {{o:CIZ}} aanvragen voor Wlz, tot die tijd dagbesteding 3x p/w. Gasafsluiter plaatsen (woningcorporatie).
2. mw. [[p:Rietje Hoop]] (91): stabiel, mantelzorger (buurman [[p:Jan Kuiper]]) overbelast; respijtzorg bespreken.
3. Rondvraag: geen.""",
    r"""Besluitenlijst MDO Jeugd & Gezin / volwassenen - {{w:Wateringse Veld}}
[[d:14-01-2025]]

Casus [[n:WV-25-003]] - gezin [[p:Mahabier]]
* Moeder [[p:Priya]] krijgt {{r:gezinscoach}} via {{o:CJG}} (start [[d:20-01]]).
* Vader [[p:Kiran]] heeft werk gevonden, schulden lopen via {{o:Kredietbank}}.
* Dochter [[p:Anjali]] (15) is gesignaleerd door school i.v.m. verzuim; {{r:leerplichtambtenaar}} [[p:R. de Boer]] sluit aan bij volgende MDO.

Casus [[n:WV-25-007]] - mw. [[p:Koç]]
* Geen nieuwe ontwikkelingen, afschalen naar lichte ondersteuning.

Notulist: [[p:Linda Chan]]""",
    r"""Geachte mevrouw [[p:Rosaria]],

U heeft ons gevraagd om uw gegevens in te zien. Conform de AVG ontvangt u hierbij een overzicht van de persoonsgegevens die het {{o:sociaal wijkzorgteam}} {{w:Centrum}} van u verwerkt:

- naam, geboortedatum ([[d:19-10-1975]]), adres ([[a:Prinsegracht 37-B]], [[pc:2512 EX]])
- uw telefoonnummer [[t:06 48 33 21 07]] en e-mailadres [[e:gisellerosaria@hotmail.com]]
- verslagen van gesprekken (12 stuks, van [[d:2 mei 2023]] tot heden)
- gegevens die wij met uw toestemming ontvingen van uw {{r:huisarts}} en de {{o:GGD}}

Heeft u vragen, neem dan contact op met onze {{r:functionaris gegevensbescherming}} via [[e:privacy@denhaag.nl]].

Met vriendelijke groet,
[[p:A. Baldew]], {{r:teamleider}}""",
    r"""Verslag huisbezoek (formeel, voor dossier)

Datum: [[d:vrijdag 28-02-2025]]
Aanwezig: cliënt dhr. [[p:Gul Ahmad]], zijn vrouw [[p:Zarghona]], tolk Dari (dhr. [[p:Sultani]] via telefoon), [[p:Esther de Vries]] ({{r:maatschappelijk werker}})
Adres: [[a:Stationsweg 112-3]], [[pc:2515 BT]]

Gezin woont met zes personen in een driekamerwoning. Schimmel in slaapkamer. Dhr. heeft rugklachten en kan niet werken; mw. volgt inburgering bij {{o:ROC Mondriaan}}. Oudste zoon ([[p:Farid]], 19) werkt bij een distributiecentrum en draagt bij aan het huishouden.

Vervolg: melding schimmel bij verhuurder (particulier, dhr. [[p:Van der Linden]]), aanvraag medische urgentie.""",
    r"""Onderwerp: Verzoek informatie - cliënt [[n:ZT-2024-1903]]

Geachte {{r:huisarts}},

Met toestemming van uw patiënt, mevrouw [[p:Selam Woldu]] (geb. [[d:3-6-1992]]), vraag ik u om informatie over haar psychische gezondheid. Mevrouw geeft bij ons aan slecht te slapen en nachtmerries te hebben over de reis. Wij overwegen een verwijzing naar {{o:i-psy}} of {{o:Centrum '45}}.

Mevrouw woont in Zoetermeer, {{w:Oosterheem}}, op de [[a:Van Leeuwenhoekpad 9]]. Haar telefoonnummer is [[t:06-41 38 27 55]].

De getekende machtiging is bijgevoegd.

Hoogachtend,
[[p:M. de Haan]], {{r:consulent sociaal domein}} gemeente Zoetermeer""",
    r"""Samenvatting ondersteuningsplan

Naam: [[p:Manuel Tavares]]
Dossier: [[n:VL-26611]]
Plan vastgesteld op: [[d:17 januari 2025]]
Plan geldig tot: [[d:17 juli 2025]]

Doel 1: Dhr. heeft een stabiele woonplek. Actie: inschrijving {{o:Woonnet Rijnmond}}, aanvraag via {{o:Stichting Valkenhorst}}. Verantwoordelijk: {{r:woonbegeleider}} [[p:Adilson Semedo]].
Doel 2: Dhr. heeft inkomen. Actie: aanvraag Participatiewet bij gemeente Vlaardingen. Verantwoordelijk: dhr. zelf, met hulp van zijn nicht [[p:Ivanilda]].
Doel 3: Dhr. drinkt minder. Actie: intake {{o:Antes}} op [[d:3-2-2025]].

Handtekening cliënt: [[p:M. Tavares]]          Handtekening {{r:regisseur}}: [[p:Carlos Monteiro]]""",
    r"""E-mail ter bevestiging van gemaakte afspraken

Beste meneer [[p:Nowak]],

Fijn dat we elkaar vandaag hebben gesproken bij u thuis op de [[a:Lozerlaan 1442]]. Zoals afgesproken:
1. Ik meld u aan bij {{o:Taalhuis}} in de bibliotheek van {{w:Bouwlust}} voor een cursus Nederlands.
2. U stuurt mij een foto van de brief van {{o:SVB}} via WhatsApp ([[t:06 19 07 23 84]]).
3. Uw vrouw [[p:Katarzyna]] belt zelf met {{o:Werkplein}} voor een afspraak.
4. Volgende afspraak: [[d:donderdag 20 maart]], 9.30 uur.

Met vriendelijke groet,
[[p:Kees Smit]]
{{r:maatschappelijk werker}} {{o:SWT Bouwlust-Vrederust}}""",
    r"""Geacht college,

Hierbij maak ik namens cliënte mevrouw [[p:Lama Darwish]] bezwaar tegen het besluit van [[d:10 februari 2025]] (kenmerk [[n:BZ-2025-006142]]) waarin haar aanvraag voor een maatwerkvoorziening (scootmobiel) is afgewezen.

Mevrouw lijdt aan MS en kan niet zelfstandig naar de winkels in {{w:Leidschenveen}}. De afwijzing is gebaseerd op het advies van de {{r:ergotherapeut}} van {{o:Sociaal Medisch Adviseurs}}, dat niet met haar is besproken.

Correspondentieadres: [[a:Laan van Hoornwijck 40]], [[pc:2289 DG]] Rijswijk (postadres dochter [[p:Rania]]).

Hoogachtend,
mr. [[p:P. Mahabier]], {{r:cliëntondersteuner}} {{o:MEE}}""",
    r"""Begeleidingsverslag januari

Cliënt: [[p:T.]] ([[p:Tesfay]]) [[p:Haile]]
Begeleider: [[p:Daan Kuiper]]

wk 2: kennismaking, samen post doorgenomen. Brief {{o:IND}} over verlenging verblijfsvergunning (V-nr [[n:3009 1827 44]]).
wk 3: afspraak gemeente gemist, opnieuw gepland [[d:23-1]].
wk 4: dhr. vertelt dat zijn vrouw [[p:Abrehet]] en de kinderen in Ethiopië in een kamp zitten; gezinshereniging loopt via {{o:VluchtelingenWerk}} ([[p:Helen Berhane]]).
wk 5: rekening geopend, [[i:@INGB/s]]. Zorgtoeslag aangevraagd.

Aandachtspunt: veel stress over familie, slaapt slecht. Eventueel {{r:POH-GGZ}}.""",
    r"""Geachte heer/mevrouw,

Ondergetekende, [[p:Marlon Zaandam]], geboren [[d:08-08-1969]], wonende aan de [[a:Vaillantlaan 410]], [[pc:2526 BB]] Den Haag, machtigt hierbij:

[[p:Joyce Doelwijt]], {{r:maatschappelijk werker}} bij {{o:Stichting Mooi}},

om namens mij contact op te nemen met {{o:Haag Wonen}}, {{o:UWV}} en {{o:Belastingdienst}} inzake mijn huur, uitkering en toeslagen. Deze machtiging is geldig tot en met [[d:30 juni 2025]].

BSN machtiginggever: [[b:@.]]

Den Haag, [[d:26 febr. 2025]]

handtekening                          handtekening gemachtigde""",
    r"""Aanmelding dagbesteding (via {{o:Wmo-loket}})

Aanvrager: mevr. [[p:H. Mohamud]] - [[p:Hawa]]
Leeftijd: 67
Woonplaats: Den Haag, {{w:Regentessekwartier}}
Adres: [[a:Weimarstraat 15-III]]
Huisarts: {{o:Gezondheidscentrum Regentes}}
Contact via dochter [[p:Ayaan Osman]]: [[e:ayaan.osman@ziggo.nl]] / [[t:06 2287 1450]]

Korte omschrijving: mevrouw is sinds het overlijden van haar man eenzaam, spreekt weinig Nederlands, wil graag naar een groep met Somalische vrouwen. Voorkeur voor {{o:Stichting Dir}} of {{o:Xtra}} ontmoetingsgroep.

Ingevuld door [[p:Kim]] ({{r:Wmo-adviseur}}) op [[d:06/03/2025]]""",
]
TEXTS += [
    r"""Toestemming delen van informatie (makkelijk lezen)

Mijn naam is: [[p:Jurensley Cijntje]]
Mijn geboortedag is: [[d:4 april 1999]]

Ik vind het goed dat [[p:Ilse]] van het {{o:wijkteam}} praat met:
☑ mijn {{r:begeleider}} van {{o:Ipse de Bruggen}}
☑ mijn moeder ([[p:Shanaira Cijntje]], [[t:0031 6 4491 2280]])
☐ mijn werk ({{o:Haeghe Groep}})

Ik weet dat ik mag zeggen: ik wil dit niet meer.

Handtekening: [[p:Jurensley]]        Datum: [[d:10-2-25]]
[[p:Ilse]] ({{r:casusregisseur}}): ____________""",
    r"""Registratie schulden - formaat {{o:NVVK}}-intake

[Schuldeiser 1]
Naam: {{o:Lowell Solutions}}
Oorspronkelijke schuldeiser: Vodafone
Dossiernummer: [[n:LS-8801-4421-3]]
Bedrag: € 1.204,66
Vonnis: nee

[Schuldeiser 2]
Naam: {{o:GGN Mastering Credit}}
Oorspronkelijke schuldeiser: {{o:Dunea}}
Dossiernummer: [[n:GGN 24.118.552]]
Bedrag: € 318,40
Vonnis: ja, d.d. [[d:02-09-2024]]

[Schuldeiser 3]
Naam: particulier - zwager [[p:Murat Çelik]]
Bedrag: € 3.000,00

Schuldenaar: [[p:Çelik-Arslan, Fatma]] - BSN [[b:@ ]] - [[a:Kleiweg 12a]], [[pc:2801 GB]] Gouda""",
    r"""Besluit WIJKTEAM Katwijk - opschaling naar {{o:Veilig Thuis}}

Datum besluit: [[d:19 februari 2025]]
Betrokkenen: mw. [[p:Elena Stan]] (32), dhr. [[p:Mihai Dumitru]] (35), kinderen [[p:Ana]] (6) en [[p:Matei]] (2)
Adres: [[a:Zeeweg 88-A]], [[pc:2224 CE]] Katwijk

Overwegingen: er zijn drie politiemeldingen van geluidsoverlast en geschreeuw ([[d:2 jan]], [[d:17 jan]], [[d:9 febr]]). Moeder ontkent geweld maar vertelt dat zij 'bang is als hij drinkt'. Vrijwillige hulp komt niet van de grond.

Besluit: melding {{o:Veilig Thuis Hollands Midden}}, uitgevoerd door [[p:Femke Groen]] ({{r:aandachtsfunctionaris}}). Ouders worden vooraf geïnformeerd door [[p:Femke]] en [[p:Hamid Sharifi]] ({{r:jeugd- en gezinswerker}}).""",
    r"""Onderwerp: huisvesting na detentie - dhr. [[p:Koning]]

Geachte mevrouw [[p:Post]],

Dhr. [[p:Rob Koning]] wordt op [[d:31 maart 2025]] vrijgelaten uit {{o:PI Alphen}}. Voor zijn detentie woonde hij op de [[a:Hooftstraat 190]] in Alphen aan den Rijn; die woning is inmiddels ontruimd. Zijn spullen staan bij zijn moeder, mevrouw [[p:A. Koning-Meijer]], [[a:Aarkade 3]].

Via de {{r:casemanager nazorg ex-gedetineerden}} ([[p:Youssef Azzouzi]]) vragen wij u of {{o:Ons Doel}} een tijdelijke kamer kan aanbieden. Dhr. heeft een ID-kaart en een {{o:DigiD}}-aanvraag loopt.

Met vriendelijke groet,
[[p:Sharon Vicento]]
{{o:Sociaal Team Alphen}} | [[e:s.vicento@alphenaandenrijn.nl]] | [[t:0172 - 465 114]]""",
    r"""Rapportage ten behoeve van de kantonrechter (onderbewindstelling)

Betreft: mevrouw [[p:Y. Al Masri]], geboren [[d:16-12-1988]]
Verzoeker: {{o:Sociaal Team Pijnacker-Nootdorp}}, [[p:L. Vos]], {{r:consulent}}

Mevrouw woont sinds 2020 in Nootdorp op de [[a:Dorpsstraat 61]]. Zij is alleenstaand moeder van [[p:Nour]] (8) en [[p:Jad]] (5). Mevrouw is door haar ex-partner financieel uitgebuit; er staan drie leningen op haar naam waarvan zij het bestaan niet kende. Haar betaalrekening [[i:@ASNB/s]] staat op dit moment rood.

De wijkteamconsulent is van mening dat beschermingsbewind noodzakelijk is. Mevrouw stemt hiermee in (zie bijgevoegde verklaring, getekend [[d:20 jan. 2025]]).""",
    r"""Verslag kennismakingsgesprek {{o:Servicepunt XL}} {{w:Morgenstond}}

Gesprek met: mw. [[p:Tsang Wai Man]] (mevrouw [[p:Tsang]])
Datum: [[d:vrijdag 10 januari]]
Gevoerd door: [[p:Roshni Bhaggoe]], {{r:welzijnscoach}}

Mevrouw (74) kwam binnen met een brief van het {{o:CAK}} die ze niet begreep. Het ging om de eigen bijdrage voor haar thuiszorg. Ze woont op de [[a:Melis Stokelaan 2311]], [[pc:2541 GW]], zesde etage. Haar kleinzoon [[p:Kevin Tsang]] helpt normaal, maar studeert nu in Delft. Mevrouw heeft een Chinees netwerk via de {{o:Chinese Kerk}} aan de Beeklaan.

Afspraak: kleinzoon wordt gebeld ([[t:06-39 14 20 66]]); over twee weken samen CAK-brief bespreken.""",
    r"""Sociaal-medisch advies (samenvatting) - {{o:GGD Haaglanden}}

Naam: [[p:Abdi Nur, Mohamed]]
Geb.: [[d:1 januari 1970]]
Verzoek van: {{o:SWT Laak}} ([[p:B. Ouahabi]])
Registratienr.: [[n:GGD-SMA-25-0211]]

Bevindingen: betrokkene heeft diabetes type 2 en hypertensie, slecht gereguleerd. Daarnaast psychische klachten (somberheid). Woonsituatie: kleine woning 4-hoog zonder lift op de [[a:Newtonstraat 302]]. Traplopen lukt met moeite.

Advies: medische urgentie voor een gelijkvloerse woning is geïndiceerd. Advies opgesteld door dr. [[p:Hristo Kolev]], {{r:arts maatschappij en gezondheid}}, [[d:27-1-2025]].""",
    r"""Overzicht betrokken hulpverleners - gezin [[p:Ait Lahcen]]
(bijgewerkt [[d:01-03-2025]])

| Wie                         | Rol                          | Organisatie            | Telefoon        |
| [[p:Said Ait Lahcen]]             | vader                        | -                      | [[t:06 41 55 20 19]]  |
| [[p:Naima Benali]]                | moeder                       | -                      | [[t:06 30 84 71 62]]  |
| [[p:Ilham Boukhari]]              | {{r:jeugdconsulent}}               | {{o:CJG}} {{w:Rustenburg-Oostbroek}} | -               |
| [[p:Rachid]]                      | {{r:maatschappelijk werker}}       | {{o:SWT Rustenburg}}         | [[t:070 - 752 80 13]] |
| mw. [[p:Groot]]                   | {{r:intern begeleider}}            | basisschool            | -               |
| [[p:Jan de Boer]]                 | {{r:bewindvoerder}}                | {{o:Bewind op Maat}}         | -               |""",
]
# ---------------------------------------------------------------- INFORMAL
TEXTS += [
    r"""[08:52] [[p:Sanne]]: morgen iemand tijd voor hb bij [[p:fatima]]? ik zit vast bij de rechtbank
[08:53] [[p:Bilal]]: welke [[p:fatima]], [[p:el idrissi]] of die van de hoefkade?
[08:53] [[p:Sanne]]: hoefkade. [[p:Fatima Bouzid]]. [[a:hoefkade 212]], 2e bel
[08:55] [[p:Bilal]]: ok ik ga om 10 uur. heeft ze nog dat nummer 06-43 of nieuw?
[08:55] [[p:Sanne]]: nieuw: [[t:0621873309]]
[08:56] [[p:Bilal]]: 👍""",
    r"""notitie tel.gesprek 14:20
dochter van mw [[p:roos]] belde ([[p:Mirjam]], [[t:06 50 27 19 94]]). mam is gevallen in de badkamer, ligt in {{o:HMC Westeinde}}. Wil weten wie nu de steunkousen doet en of de {{o:tafeltje-dekje}} stopgezet kan worden. Terugbellen voor 5!! -> {{r:wijkverpleging}} info doorgeven""",
    r"""todo ma
- dhr [[p:bakker]] bellen ivm wmo (wachten al 3 wk!!)
- brief {{o:CAK}} [[p:yilmaz]] scannen
- [[p:joyce]] vragen of ze mee kan wo naar [[p:Ramdin]]
- bewindvoering [[p:Jansen]] -> rekening [[i:@INGB/l]] doorgeven aan {{o:Haag Wonen}}
- verslag MDO afmaken
- lunch!!""",
    r"""hb [[p:Osei]] [[d:12/3]] - 3 kids thuis (ziek?), vader niet aanwezig. huis netjes, koelkast leeg. mw zegt dat loon [[p:Yaw]] te laat is. gegeven: voedselbankverwijzing. vlg week terug met [[p:Kim]] ({{r:budgetcoach}}).""",
    r"""Dictaat, verslag huisbezoek mevrouw [[p:Ayse Yilmaz]] komma [[d:donderdag zes maart]] punt. Mevrouw woont op de [[a:Jacob Catsstraat 57 hs]] komma samen met haar dochter [[p:Elif]] en haar kleinzoon punt. Nieuwe alinea. Mevrouw heeft veel pijn in haar knieën en kan de trap niet meer op punt. De {{r:huisarts}} dokter [[p:van Zanten]] heeft een verwijzing gegeven naar de fysio punt. Er is een achterstand bij de zorgverzekeraar van ongeveer vierhonderd euro punt. Actie komma aanvraag huishoudelijke hulp via {{o:Wmo}} punt. Einde dictaat.""",
    r"""Team-app SWT {{w:Moerwijk}}
[[p:Joyce]]: Wie heeft de sleutel van de fietsenkelder van [[p:Ingrid]]? 🙈
[[p:Marieke]]: ligt bij mij in de la
[[p:Joyce]]: Top. Ze belde net, [[p:Errol]] (broer) komt vanmiddag de hond halen
[[p:Sander K]]: Ik ben in de buurt, 14:00 bij de Zuiderparklaan?
[[p:Joyce]]: Yes. Ze woont op [[a:Zuiderparklaan 97]], niet 79 zoals in het systeem staat!
[[p:Marieke]]: Pas ik aan 👍""",
    r"""korte notitie
mw [[p:de wit]] (mariahoeve) is vandaag 93 geworden!! kaartje gestuurd namens team. ze vroeg weer naar [[p:hans]]. zoon komt pas [[d:22/3]].""",
    r"""Spraakmemo ([[p:Rik]], na huisbezoek, automatisch uitgeschreven)
ok dus ik kom net bij meneer [[p:tes fay]] vandaan uh de tolk was er niet dus we hebben het met google translate gedaan. Meneer heeft een brief van de {{o:IND}} gekregen, moet ik nog even naar kijken. Uh het nummer van zijn vrouw in Ethiopië staat op een briefje op de koelkast, plus twee vijf één, nee, dat moet ik nog navragen. Volgende week dinsdag gaan we samen naar het {{o:Servicepunt XL}}. Oh en de lift is nog steeds kapot, [[a:Hengelolaan 712]], dat moet echt gemeld worden bij {{o:Haag Wonen}}.""",
    r"""[[p:Wendy]] 10:02
Is het MDO van [[p:Roos v L]] morgen nog steeds om 2?

[[p:Ruud]] 10:05
ja. ik heb de uitkering rond trouwens! eerste betaling [[d:25 maart]]

[[p:Wendy]] 10:05
Yesss 🎉 ik zeg het haar vanmiddag

[[p:Ruud]] 10:06
rek.nr dat ze opgaf is [[i:@SNSB/c]], klopt dat? staat op naam van haar moeder volgens mij

[[p:Wendy]] 10:08
Hmm nee, ze heeft sinds vorige week eigen rekening. Check ik""",
    r"""TO DO (week 11)
☐ [[p:Al-Hassan]] - brief Belastingdienst zorgtoeslag, bezwaartermijn loopt af [[d:21-03]]
☐ bellen {{o:Brijder}} over [[p:Mahmoud]]
☑ kwijtschelding [[p:Warsame]] ingediend
☐ tolk regelen voor [[p:Haile]] (Tigrinya) - [[d:do 13/3]]
☐ vakantiedagen doorgeven aan [[p:Annemiek]]
☐ [[p:koster]] (buurman mw. [[p:Hoop]]) terugbellen: [[t:070-3688125]]""",
    r"""post-it op mijn scherm:
[[p:PAWEL]] -> [[t:+48 601 339 217]] (alleen whatsapp!!)
woont nu bij [[p:Tomasz]], [[a:Loosduinseweg 877-B]]
vrijdag loon ophalen bij uitzendbureau""",
    r"""Hoi [[p:Esra]], ik ben vandaag ziek 🤒. Kun jij de afspraak met mw [[p:Kaya]] om 10.30 overnemen? Ze komt met haar zoon. Map ligt in de kast, bovenste plank. Haar nummer: [[t:06 20 44 71 90]]. Sorry!! x [[p:Fleur]]""",
    r"""Overdracht late dienst -> vroege dienst (nachtopvang {{o:Kessler}})
- [[p:Giovanni]] om 23.40 binnen, onder invloed, rustig gaan slapen
- [[p:Hristo]] wil morgen naar {{o:Zorgloket}} ivm zijn voet, graag om 8u wekken
- [[p:Stoyan D]] heeft zijn telefoon bij ons laten opladen, ligt in kluisje 4
- bed 12 leeg ([[p:Adam]] niet gekomen)
gr [[p:Lies]]""",
    r"""notities casusoverleg (kladje)
- [[p:Hatice]] + kids: VT heeft melding ontvangen [[d:4/2]], gesprek met moeder gepland
- [[p:murat]] woont volgens buren nog steeds daar?! navragen
- school ({{o:De Springbok}}) maakt zich zorgen om oudste, [[p:Emir]]
- volgende stap: veiligheidsplan met {{o:Veilig Thuis}} + {{o:CJG}}""",
    r"""Ingesproken bericht op voicemail (uitgetypt door [[p:Priscilla]]):
"Ja goedemiddag, u spreekt met [[p:Van der Meer]], de buurvrouw van meneer [[p:Schipper]] op nummer 560. Ik wilde even zeggen dat meneer vanochtend weer op straat liep in zijn pyjama. Ik heb hem naar huis gebracht. Zijn dochter neemt niet op. Mijn nummer is nul zeven nul, drie twee acht, vijf vijf, negen één. Dank u wel."
-> nummer: [[t:070-3285591]]""",
    r"""[[p:Marloes]]: heb je die aanmelding [[p:Ramdin]] al naar FACT gestuurd?
[[p:Yasmina]]: ja gisteren. Ze bellen maandag. zus zegt dat hij niet meer opent voor haar
[[p:Marloes]]: ok. als ze niks horen voor [[d:24 jan]] dan bellen we opnieuw
[[p:Yasmina]]: 👍 btw zijn dossiernr is nu [[n:SWT-MW-2025-0117]], oude is samengevoegd""",
    r"""snelle notitie na inloop {{w:Spoorwijk}}
1. mevr [[p:hodan]] met brief {{o:DUO}}, uitleg gegeven
2. jonge man (ong. 20), Poolse achternaam [[p:Lewandowski]], zoekt werk. doorverwezen {{o:Werkplein}}
3. [[p:Sri]] ([[p:karijodikromo]]) wil vrijwilliger worden -> [[p:Daphne]] mailen
4. ouder echtpaar over de scootmobiel, wilden naam niet geven
rustige ochtend""",
    r"""Dictaat MDO-voorbereiding, [[p:Wendy Schouten]]. Casus [[n:51907]]. Moeder [[p:Roos]] heeft in de afgelopen week twee keer contact gehad met [[p:Dennis]] ondanks het contactverbod komma dit heeft ze zelf verteld. Ze zegt dat hij voor [[p:Isa]] een cadeautje kwam brengen voor haar verjaardag op [[d:zes maart]]. Ik wil dit bespreken met de {{r:jeugdbeschermer}}. Verder gaat het goed met de behandeling bij {{o:Parnassia}}. Punt. Actie voor mezelf: oma bellen, nummer staat in dossier.""",
    r"""Teams-chat
[[p:Koen]] (Leger des Heils): kun jij [[p:Andrei]] inschrijven voor briefadres? hij heeft nu een verklaring van [[p:Florin]] dat hij daar mag wonen
[[p:Samira]] (SWT): Ja. Stuur je me een foto van zijn ID + de verklaring?
[[p:Koen]]: gemaild naar [[e:s.tahiri@denhaag.nl]]
[[p:Samira]]: Ontvangen. Geboortedatum op ID is [[d:14-08-1993]] maar in ons systeem 1992. typefout?
[[p:Koen]]: ID klopt""",
    r"""blocnote [[p:Kees]] - wo
* [[p:nowak]] - SVB brief = kinderbijslag stopgezet?? belt SVB zelf niet, ik wel: 
  relatienr [[n:SVB-7730199-01]]
* [[p:katarzyna]] wil naar taalles (avond!)
* bouwlust bibliotheek: inschrijving op ma
* mail [[p:Esther]] over dagbesteding mw [[p:de Bruin]]""",
    r"""WhatsApp-export (met toestemming cliënt in dossier gezet)

[[d:03-02-25]], 21:14 - [[p:Roshni]] SWT: Goedenavond mevrouw, morgen kom ik om 10 uur. Gaat dat?
[[d:03-02-25]], 21:30 - [[p:Hodan Farah]]: ja goed. mijn zoon is ziek misschien niet school
[[d:03-02-25]], 21:31 - [[p:Roshni]] SWT: Geen probleem. Wilt u de brieven van de {{o:Belastingdienst}} klaarleggen?
[[d:04-02-25]], 07:55 - [[p:Hodan Farah]]: ok. ook brief van mevrouw [[p:De Graaf]] van school""",
    r"""todo
1 [[p:Fatma]] (Gouda) -> Humanitas aanmelding
2 rekening van overleden man omzetten -> [[p:Emine]] gebeld? nee
3 check [[i:@RABO/c]] nog actief?
4 vr [[d:14 mrt]] supervisie
5 dossier [[n:2025-00312]] bijwerken""",
    r"""[[p:dewi]]: [[p:olena]] kreeg vandaag afwijzing bijz bijstand 😕
[[p:hilde]]: waarom?
[[p:dewi]]: wasmachine zou 'voorliggend' zijn. onzin. ik ga bezwaar maken
[[p:hilde]]: laat maar weten als je hulp wilt. ik heb vorig jaar precies zo'n zaak gehad met [[p:Oksana]] uit {{w:De Heuvel}}, gewonnen""",
    r"""Notitie (telefonisch) [[d:ma 17-2]] 09.10
Wie: {{r:huismeester}} {{o:Staedion}}, dhr. [[p:Hoek]]
Over: mw. [[p:Doelwijt]], [[a:Van Ostadestraat 38-II]]
Wat: stank uit woning, hond blaft hele nacht. Buren dreigen met politie.
Afspraak: wij gaan vandaag langs. Bellen [[p:Joyce]]!""",
    r"""ff snel: mw [[p:öztürk]] zegt dat ze naar haar zus in Rijswijk gaat met de kinderen, adres [[a:Steenvoordelaan 1120]]. Zus heet [[p:Fadime]]. Wil niet dat [[p:Murat]] het weet!!! Niet in de gedeelde agenda zetten aub""",
    r"""Lijstje boodschappen/ regelen voor opa [[p:Kuiper]] (vrijwilligersproject)
- pillen ophalen apotheek (vrijdag)
- rollator laten maken bij {{o:Medipoint}}
- [[p:Jan]] (buurman) vraagt of wij de kliko buiten kunnen zetten, hij is er niet [[d:27/2]] t/m [[d:3/3]]
- nieuw nummer huisarts opschrijven""",
    r"""SWT {{w:Duindorp}} groepsapp
[[p:Nicole]]: wie kent [[p:Sahra Hassan]]? vrijwilliger, wil ons helpen met tolken Somalisch
[[p:Dirk]]: ja via de moskee aan de Wassenaarsestraat. top vrouw
[[p:Nicole]]: kan jij haar nummer sturen?
[[p:Dirk]]: [[t:06 13 48 85 02]]
[[p:Nicole]]: thx! 🙏""",
    r"""memo voor mezelf: [[p:Kwame Mensah]] - geboren [[d:1 juli 1964]] - BSN [[b:@]] (klopt volgens paspoort) - wil AOW-gat uitzoeken want heeft in Ghana gewerkt. {{o:SVB}} afspraak maken. Zijn dochter [[p:Akosua]] studeert in Leiden en helpt met papieren.""",
    r"""Dictaat overdracht - ik ben er vanaf volgende week drie weken niet dus even voor wie het overneemt. Meneer [[p:Popescu]] heeft nu een briefadres aangevraagd. Uh mevrouw [[p:Kowalski]] is terug thuis na opname, de {{r:GGZ-verpleegkundige}} [[p:Sophie]] komt twee keer per week. Familie [[p:Nowak]] loopt goed. Meneer [[p:Kasanwirjo]] wacht op de {{o:urgentiecommissie}}, dossier [[n:URG 2025-0089]]. Dat was het, succes. [[p:Esther]].""",
    r"""[16:47] [[p:Chantal]]: eneco heeft akkoord op regeling [[p:Petrov]]! 50 per maand, eerste keer [[d:1 april]]
[16:48] [[p:Rik]]: super. weet hij het al?
[16:48] [[p:Chantal]]: whatsapp gestuurd, nog geen blauwe vinkjes
[16:49] [[p:Rik]]: [[p:Milena]] leest het wel, die is er altijd""",
]
TEXTS += [
    r"""hb mw [[p:hoop]] (91). Goede hoop dat ze thuis kan blijven als de respijtzorg rondkomt. Buurman [[p:jan kuiper]] doet nu alles en is op. Hij zei: 'in mei ga ik een week naar mijn zoon, wat dan?' -> zsm logeeropvang regelen bij {{o:Florence}} of {{o:Saffier}}.""",
    r"""whatsapp [[p:Ria]] (vrijwilliger): "De bakker op de hoek geeft elke vrijdag brood voor de inloop, kan iemand het ophalen? Ik ben er [[d:vrijdag 21 maart]] niet." -> [[p:Tim]] doet het. ook: mevr. [[p:Bakker]] van nr. 14 wil graag een keer mee naar de soosmiddag in {{o:De Mussen}}""",
    r"""aantekeningen koffieochtend kerk (welzijn)
koster van de kerk (dhr. [[p:Koster]], echt waar 😄) vraagt of we iets kunnen betekenen voor [[p:Mei Ling]] ([[p:Chen]]), een oudere Chinese dame die sinds de zomer niet meer komt. woont volgens hem in de flat aan de Beeklaan, nr weet hij niet. tel: [[t:070 - 362 09 81]]. Ga ik deze week bellen.""",
    r"""to-do's [[p:Dewi]] (vr)
- [[p:Sofiia]] schoolspullen -> {{o:Stichting Leergeld}} aanvraag
- [[p:Olena]] bezwaar bijz. bijstand (termijn 6 wk vanaf [[d:12-02]])
- [[p:Kovalenko]] moeder: huisarts inschrijving
- uren schrijven!
- mail {{o:Kwadraad}} HR over verlof""",
    r"""[[p:Femke]] 09:31: Is [[p:Elena]] gister nog bij jou geweest?
[[p:Hamid]] 09:40: nee, afgezegd. zei dat [[p:Mihai]] thuis was
[[p:Femke]] 09:41: 😟 dan gaan we vandaag langs. Zeeweg, om 12?
[[p:Hamid]] 09:41: ok. ik bel eerst school of [[p:Ana]] er is
[[p:Femke]] 09:43: goed plan. melding VT staat klaar, sturen we na het gesprek""",
    r"""memo tel. {{o:CJIB}} - 10 min in de wacht 🙄
voor [[p:kofi boateng]]: beschikkingsnr [[n:8822 1107 4431 0019]] - is een verkeersboete uit 2022, verhoogd naar € 210. Betalingsregeling kan, minimaal € 25 p/m. Doorgeven aan {{r:schuldhulpverlener}} ([[p:Chantal]]).""",
    r"""dictaat telefoongesprek met de {{r:POH-GGZ}} van {{o:Gezondheidscentrum Zeeheldenkwartier}} komma mevrouw [[p:Brouwer]] punt. Zij kent mevrouw [[p:Woldu]] sinds vorig jaar punt. Ze denkt ook dat er sprake is van een trauma en adviseert verwijzing naar {{o:i-psy}}. Ze stuurt de verwijzing zelf door. Afspraak: ik bel [[p:Selam]] vrijdag om te vertellen dat het loopt. Einde.""",
    r"""Groepsapp 'Wijkteam Tanthof'
[[p:Marco]]: Iemand ervaring met {{o:Vidomes}} en huurachterstand bij iemand met LVB?
[[p:Annelies]]: ja, vraag naar [[p:Jolanda]] bij Vidomes, die is echt oké
[[p:Marco]]: top. gaat om mw. [[p:A.]], [[a:Papsouwselaan 88]], ken je haar?
[[p:Annelies]]: niet persoonlijk. Wel haar zoon via de jeugdhulp denk ik
[[p:Marco]]: 👌""",
    r"""notitie na inloopspreekuur {{w:Segbroek}}:
-[[p:Koç]], [[p:Elif]]: vroeg hulp bij DigiD, gelukt
-meneer [[p:Visser]] (de visser, haha, hij vist echt elke dag op de pier in Scheveningen): wil hulp bij formulier huurtoeslag. Nieuw adres [[a:Tesselsestraat 81]], [[pc:2583 HN]]
-meisje ong. 19, [[p:Jade]], vroeg naar kamer in jongerenhuis. Doorgestuurd naar {{o:Youth for Christ}}""",
    r"""Spraakmemo [[p:Ilse]] 
Kort over [[p:Jurensley]]. Hij heeft vandaag zijn eerste dag bij de {{o:Haeghe Groep}} gehad, ging goed zegt zijn moeder. Hij moet wel elke dag met de bus van de Escamplaan, dat vindt hij nog spannend. Zijn begeleider [[p:Chesron]] gaat de eerste week mee. Volgende evaluatie [[d:7 april]].""",
    r"""LIJST terugbellen
[[p:Sharmila]] (zus [[p:Ramdin]])    [[t:06-41827730]]
[[p:Irma]] (dochter mw [[p:Visser]])  [[t:06 23 44 81 07]]
mw [[p:El Ouali]]               [[t:070-3884021]]    ivm brief gemeente
[[p:Jolanda]] Vidomes          via centrale
[[p:Ahmadzai]]                 [[t:0612 33 90 48]]  ([[p:Farid]], zoon spreekt NL)""",
    r"""[[p:Esther]]: zal ik morgen [[p:Gul Ahmad]] meenemen naar de huisarts?
[[p:Maaike]]: kan hij zelf niet?
[[p:Esther]]: rugklachten + geen Nederlands. zoon [[p:Farid]] werkt
[[p:Maaike]]: doe maar dan. nachtdiensten distributiecentrum toch?
[[p:Esther]]: ja. ik neem de Dari-tolk via de telefoon""",
    r"""kladblok intake 
naam: [[p:Ionescu]], [[p:Florin]]?? (niet dezelfde als bij [[p:Andrei]]!)
geb. '88?? (zegt hij)
tel [[t:+40 745 221 908]]
slaapt in auto bij de Hildebrandplein. geen werk sinds [[d:13 januari]]. wil terug naar Roemenië? {{o:Barka}} bellen""",
    r"""herinnering: [[d:22 november]] kick-off pilot!! vragen of [[p:Yasmina]] mijn cliënten die dag overneemt (vooral mw. [[p:Öztürk]]). Presentatie over bemoeizorg met [[p:Marloes]] voorbereiden.""",
    r"""Dictaat. Huisbezoek familie [[p:Mahabier]] op maandag. Aanwezig moeder [[p:Priya]] en de {{r:gezinscoach}} van het {{o:CJG}} komma [[p:Kiran]] was aan het werk. Het gaat beter met [[p:Anjali]] komma ze gaat weer naar school. Moeder heeft vragen over de toeslagen van vorig jaar, er is een terugvordering van ruim twaalfhonderd euro. Ze heeft het kenmerk voorgelezen: [[n:8190.33.712.T.01]]. Ik maak een afspraak met de {{o:Belastingdienst}}.""",
    r"""chat met {{r:wijkagent}}
[[p:Hertog]]: Ken jij [[p:Dimitrov]] van de Fruitweg?
[[p:Samira]]: ja, casus ZVH. hoezo
[[p:Hertog]]: weer ruzie met buurman vannacht. niemand gewond. ik ga vanmiddag langs
[[p:Samira]]: laat weten hoe het ging, ik bel [[p:Desislava]] ook even""",
    r"""t/m vrijdag:
[ ] bezwaar scootmobiel [[p:Darwish]] (deadline [[d:24-03-2025]]!!)
[ ] [[p:Rania]] bellen voor handtekening
[ ] {{o:MEE}} [[p:Mahabier]] (P.) doorsturen
[ ] declaratie reiskosten jan/feb""",
    r"""notitie: mw. [[p:Li]] belde over de brief van de {{o:gemeente Zoetermeer}}. Ze dacht dat haar bijstand stopte, maar het was de jaarlijkse heronderzoeksbrief. Uitgelegd. Dochter [[p:Mei]] belt terug op [[t:079-3412877]] als er nog vragen zijn. Voor de zekerheid BSN genoteerd [[b:@.]].""",
    r"""[[p:ruud]] -> [[p:wendy]]: [[p:roos]] heeft eigen rek. nu: [[i:@KNAB/s]] pas ik aan
[[p:wendy]] -> [[p:ruud]]: top, dank. MDO vandaag gaat door, 14u""",
    r"""Ingesproken door [[p:Nordin]] na Vroeg Eropaf bezoek:
Familie [[p:Kaya]], Moerweg. Vader [[p:Mehmet]] vertelde dat hij zijn baan kwijt is bij PostNL per eind januari. Moeder [[p:Zeynep]] werkt 12 uur in de thuiszorg. Vijf kinderen, de jongste is net één. Ze willen graag een regeling met {{o:Vestia}}. Ik heb uitgelegd wat {{o:schuldhulpverlening}} kan doen en ze hebben het formulier ondertekend. Contractnummer heb ik genoteerd, eindigt op 4488.""",
    r"""lunchpauze-lijstje:
- [[p:Ayaan]] mailen over dagbesteding moeder ([[e:ayaan.osman@ziggo.nl]])
- [[p:hawa]] zelf ook bellen, met tolk
- {{o:Stichting Dir}} - wie is contactpersoon?
- printer kapot, melden bij [[p:Jeroen]]""",
    r"""[[p:Joyce]]: Heb mw [[p:Ingrid]] gesproken!!! Ze deed open 🙌
[[p:Bilal]]: wauw. en?
[[p:Joyce]]: huis is erg, maar ze wil hulp bij opruimen. ik bel {{o:Stichting Present}}
[[p:Bilal]]: mooi. {{o:Staedion}} even laten weten dat het loopt? anders starten ze de procedure
[[p:Joyce]]: doe ik. [[p:N. Karimi]] toch?
[[p:Bilal]]: ja, [[e:n.karimi@staedion.nl]]""",
    r"""Notitie avondspreekuur {{o:Sociaal Raadslieden}} {{w:Stationsbuurt}}
meneer ([[p:Lungu]]?? nee, dat is Rotterdam) - hier: [[p:Gheorghe L.]] uit Den Haag, zelfde achternaam toevallig, woont [[a:Parallelweg 41-2]]. vroeg naar huurtoeslag. Tip gegeven, afspraak [[d:ma 24/3]]""",
    r"""memo: [[p:Abena]] heeft haar MBO-diploma 🎓!! zeggen tegen [[p:Yaw]] bij volgende afspraak, hij weet het misschien nog niet. ook: Eneco klantnr [[n:209118543]] heeft nieuwe regeling voorgesteld, brief ligt bij [[p:Kim]].""",
    r"""Dictaat, [[p:Daan]], [[d:woensdag 12 maart]]. Vandaag met meneer [[p:Haile]] naar de bank geweest. Rekening is actief. Hij heeft gevraagd of zijn vrouw geld kan ontvangen in Ethiopië, heb uitgelegd dat dat via een geldtransfer gaat. Hij was erg emotioneel. Volgende afspraak gepland met [[p:Helen]] van {{o:VluchtelingenWerk}} over de gezinshereniging.""",
    r"""[[p:Nicole]] (teams): [[p:Fadumo]] is verhuisd, nieuw adres staat in de overdracht. Let op: [[p:Abdirahman]] is in mei jarig ([[d:18 mei]]) en wordt 18. Dan loopt CJG af.
[[p:Marieke]]: thx, zet ik in de agenda""",
    r"""Quick note - bezoek [[p:de Wit]]
mw. verward vandaag, dacht dat het 1978 was 😢. Zoon [[p:Hans]] gebeld, hij komt morgen. Casemanager dementie ingelicht. Medicijnrol was niet geopend.""",
    r"""[[p:Lotte]]: kennismaking mw [[p:Zomer]] en [[p:Anand]] (vrijwilliger) ging super! Ze gaan voortaan op woensdag naar de markt in Naaldwijk.
[[p:Hilde]]: heerlijk. [[p:Zomer]] en een maatje, wat wil je nog meer 😄
[[p:Lotte]]: haha. volgende check-in [[d:7 mei]]""",
    r"""Kladje tijdens telefoongesprek met {{o:Intrum}}:
dossier [[n:37718920]]
klant: [[p:El Amrani, M.]]
saldo 389,95
medewerker: [[p:Danny]]
ze willen volledige betaling, geen regeling!! -> doorsturen naar [[p:Sophie]] (Mooi) met verzoek om stop-incasso""",
    r"""Wie kan vanmiddag bij [[p:Kasanwirjo]] langs? Urgentie is toegekend 🎉 brief is gestuurd naar [[a:Westduinweg 138]] maar ze hebben geen brievenbus meer (kapot). Even persoonlijk brengen? 
- [[p:Thijs]]""",
]
# ---------------------------------------------------------------- PILOT PLATFORM
TEXTS += [
    r"""CASUSLES (concept) - thema: bemoeizorg
Wijk: {{w:Moerwijk}}
Ingediend door: [[p:Marloes Hoogendijk]] ({{r:casusregisseur}})

Situatie
Dhr. [[p:R.]] (53) woont alleen aan de [[a:Zuiderparklaan 311-II]] en mijdt alle zorg. Zijn zus [[p:Sharmila]] belde ons omdat hij al weken niet opendeed. Het {{o:FACT}}-team kon niets zonder verwijzing van een {{r:huisarts}}, en hij had geen huisarts.

Aanpak
We zijn vier keer onaangekondigd langsgegaan, steeds met iets praktisch (boodschappen, een nieuwe lamp). Bij het vijfde bezoek liet hij ons binnen.

Les voor andere teams
Bouw eerst een relatie op via praktische hulp; de verwijzing komt later. Regel samen met een {{r:huisarts}} in de wijk een 'inschrijving op afstand'.

[toestemming: mondeling, zus tekent nog]""",
    r"""Casusles - ouderen / eenzaamheid
Team: SWT {{w:Loosduinen}}
Auteur: [[p:Tineke]]

Mevrouw [[p:Hoop]] is 91 en woont al zestig jaar in hetzelfde huis. Haar buurman, [[p:Jan Kuiper]] (74), was haar enige mantelzorger en raakte overbelast. In het MDO van [[d:5 februari]] kwamen we erachter dat niemand wist wie hem ondersteunde.

Wat werkte: een gesprek met alléén de mantelzorger, bij hem thuis. Hij durfde toen pas te zeggen dat hij niet meer kon. Via {{o:Mantelzorg Den Haag}} kreeg hij een maatje en mevrouw gaat twee dagen naar dagbesteding.

Vraag aan anderen: hoe signaleren jullie overbelaste buren die formeel geen familie zijn?""",
    r"""Concept-casusles: huiselijk geweld en de rol van school
Thema: huiselijk geweld
Wijk: {{w:Schilderswijk}}
Door: [[p:Yasmina El Khadir]] en [[p:Fatima Amrani]]

Beschrijving: moeder (H., 38) met drie kinderen; vader ([[p:Murat Öztürk]]) pleegt huiselijk geweld. Moeder wilde geen politie. Na de melding bij {{o:Veilig Thuis}} op [[d:4 februari 2025]] is zij met de kinderen tijdelijk naar haar zus in Rijswijk gegaan, [[a:Steenvoordelaan 1120]].

Wat we leerden: de {{r:intern begeleider}} van school zag het eerder dan wij. Betrek school vroeg, met toestemming van moeder.

NB van [[p:Fatima]]: adres en naam vader nog weghalen voor publicatie!!""",
    r"""Casusles (werkversie) - thema jeugd / 18-/18+
Wijk: {{w:Segbroek}} / {{w:Scheveningen}}

[[p:Abdirahman]] (17) wordt op [[d:18 mei]] 18. Vanaf dat moment stopt de hulp van het {{o:CJG}} en moet het SWT het overnemen. Zijn moeder, mevrouw [[p:Fadumo Ali]], spreekt weinig Nederlands. Ze zijn net verhuisd naar de [[a:Fahrenheitstraat 523]].

Wat werkte: een 'warme overdracht' drie maanden voor de verjaardag, met [[p:Abdirahman]], moeder, de {{r:jeugdconsulent}} en onze {{r:casusregisseur}} [[p:Nicole]] aan tafel. Hij kreeg één vast aanspreekpunt.

Les: plan de overgang 18-/18+ minimaal een kwartaal vooruit.""",
    r"""CASUSLES - schulden en werkende armen
Team {{w:Transvaal}}

Het gezin [[p:Osei-Owusu]] (vader, moeder, drie kinderen) heeft ruim € 7.700 schuld, hoewel vader fulltime werkt in de schoonmaak. Niemand wist dat ze recht hadden op kindgebonden budget en huurtoeslag. Na één middag met een {{r:vrijwilliger}} van {{o:SchuldHulpMaatje}} ([[p:Gert Baas]]) was er € 300 per maand meer ruimte.

Les: vraag bij werkende gezinnen standaard naar toeslagen. Het hele overzicht staat in ons dossier [[n:THA-2025-051]] (niet delen).

Toestemming: getekend door [[p:Yaw Osei]] op [[d:2-3-2025]].""",
    r"""Casus voor expertmeeting april - nog anonimiseren!

Mw. [[p:Ingrid Doelwijt]], [[a:Van Ostadestraat 38-II]], {{w:Schilderswijk}}. Vervuilde woning, hond, geluidsoverlast. {{o:Staedion}} startte een ontruimingsprocedure. Zij deed maandenlang niet open.

Doorbraak: de {{r:wijkverpleegkundige}} ([[p:Joyce Pinas]]) kende haar nog van vroeger, van de kerk. Via die ene relatie lukte het. {{o:Stichting Present}} heeft in twee zaterdagen het huis opgeruimd.

Vraag voor de expert: wanneer ga je over tot bemoeizorg met dwang (Wvggz) en wanneer blijf je investeren in vertrouwen?""",
    r"""Discussie: "Toestemmingsverklaring bij mensen die niet kunnen lezen"

[[p:Ilse]] ({{w:Escamp}}) - [[d:12 febr 2025]] 09:14
Wij gebruiken nu een versie in makkelijke taal met plaatjes. Werkt goed bij onze LVB-cliënten. Voorbeeld: [[p:Jurensley]] snapte voor het eerst wat hij tekende.

[[p:Ruud]] ({{o:Werk & Inkomen}}) - [[d:12 febr 2025]] 10:02
Mooi! Kun je hem delen (zonder naam 😉)?

[[p:Ilse]] - [[d:12 febr 2025]] 10:30
Oeps, naam weggehaald in de bijlage. Formulier hangt nu in de bibliotheek van het platform.""",
    r"""Thread: Huisarts als poortwachter bij zorgmijders

[[p:Marloes H.]] schreef:
Wie heeft een goede afspraak met een huisartsenpraktijk over het inschrijven van zorgmijders? Bij ons (Moerwijk) weigerde praktijk X omdat meneer 'niet zelf kwam'.

[[p:Anand]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg}}) reageerde:
In {{w:Loosduinen}} werken we met een vaste huisarts (dr. [[p:Verbeek]]) die één keer per maand meeloopt op huisbezoek. Neem contact met hem op via [[e:verbeek@huisartsenkijkduin.nl]], hij vindt dit leuk.

[[p:Marloes H.]]:
Dank!! Ik mail hem vandaag.""",
    r"""Notulen startbijeenkomst pilot 'Samen werken in het sociale domein'
Datum: [[d:dinsdag 4 februari 2025]], 13.30-16.30, Atrium stadhuis

Aanwezig: 20 deelnemers uit 9 teams; facilitatoren [[p:Hanneke Bosman]] ({{o:Crossover}}) en [[p:Peter-Jan Ravensbergen]] ({{o:CAOP}}); namens de gemeente [[p:Saskia Lamers]] ({{r:programmamanager}}).

1. Terugblik kick-off ([[d:22 november]]): gekozen thema's zijn bemoeizorg, ouderen, huiselijk geweld en jeugd.
2. Themagroepen gevormd. Trekkers: [[p:Marloes Hoogendijk]] (bemoeizorg), [[p:Tineke van der Meer]] (ouderen), [[p:Yasmina El Khadir]] (huiselijk geweld), [[p:Ilse Brand]] (jeugd).
3. Afspraken over het platform: casuslessen altijd anoniem, toestemming vastleggen.
4. Volgende: expertmeeting in april, datum volgt.""",
    r"""Verslag kick-off pilot - [[d:22 november 2024]]

Wethouder zorg opende de bijeenkomst. Ruim 200 teamleden uit de 24 sociale wijkzorgteams waren aanwezig in {{o:de Koninklijke Schouwburg}}. In de stemronde kreeg bemoeizorg de meeste stemmen (31%), gevolgd door ouderen (27%), huiselijk geweld (22%) en jeugd (20%).

Opvallende inbreng: een {{r:maatschappelijk werker}} uit {{w:Mariahoeve}} ([[p:Sanne Mulder]]) vertelde over mevrouw [[p:de Wit]], die door haar dementie steeds de deur opendeed voor colporteurs. 'Daar hadden we een buurtapp voor nodig, geen indicatie.'

De pilotgroep (20 personen) wordt voor [[d:15 december]] bekendgemaakt.""",
    r"""Forum › Thema Ouderen › 'Buurtapp als vangnet'

[[p:Sanne Mulder]] (SWT {{w:Mariahoeve}}):
Even een update over het voorbeeld uit de kick-off. De buurtapp rond mw. [[p:W. de Wit]] (Ruychrocklaan) heeft in februari drie keer gewerkt: buren zagen haar 's avonds buiten en belden [[p:Hans]] (zoon). 

[[p:Daphne K.]] (Voorall {{w:Escamp}}):
Gaaf! Hoe regelen jullie de privacy in zo'n app? Staat haar adres erin?

[[p:Sanne Mulder]]:
Goede vraag. Ja, [[a:Ruychrocklaan 22]] staat in de groepsbeschrijving. Ik ga met de {{r:privacy officer}} kijken of dat anders kan.""",
    r"""Workshop 'Vraaggericht werken' - uitwerking flip-overs
[[d:12 maart 2025]], {{o:Wijkcentrum Mariahoeve}}

Flap 1 - Wat is een vraag achter de vraag?
- 'Ik wil rust in mijn hoofd' ([[p:Hodan]]) -> eigenlijk: wie helpt me met post
- 'geen bemoeienis' (dhr. [[p:Ramdin]]) -> eigenlijk: schaamte over vervuiling
- 'Ik wil een wasmachine' ([[p:Olena]]) -> eigenlijk: ik wil gewoon kunnen leven hier

Flap 2 - Waar lopen we tegenaan?
- aanbodgerichte indicaties ({{o:CIZ}}, GGZ-verwijzing)
- wachtlijsten {{o:Brijder}} en {{o:Parnassia}}

Begeleid door: [[p:Hanneke]] en [[p:Peter-Jan]]""",
    r"""Casusles - brede intake voorkomt dubbel werk
Wijk: {{w:Bezuidenhout}}
Thema: samenwerking

Toen mevrouw [[p:Nour Kassem]] (34, uit Syrië) bij ons kwam voor 'eenzaamheid', bleek bij de brede intake dat ze al hulp had van {{o:VluchtelingenWerk}}, een {{r:taalcoach}} én een {{r:POH-GGZ}}. Niemand wist van elkaar. Met haar toestemming belden we alle drie en maakten we één plan. [[p:Rachida]] werd het aanspreekpunt.

Les: 'één gezin, één plan' werkt ook voor volwassenen alleen. Begin met de vraag: wie is er al?

Toestemmingsformulier: [[n:TV-BZH-2025-014]], getekend [[d:28/01/2025]].""",
    r"""Reactie op casusles 'brede intake' ([[p:Rachida]])

[[p:Joost van Dam]] ({{r:casusregisseur}}, {{w:Laak}}) - [[d:18-02-2025]]
Herkenbaar. Wij hadden bij dhr. [[p:Abdi Nur]] precies hetzelfde, vier hulpverleners en geen plan. Ik gebruik voortaan jullie vraag 'wie is er al?'. Hebben jullie een vast formulier?

[[p:Rachida Benali]] - [[d:18-02-2025]]
Geen formulier, gewoon een lijstje in de intake. Stuur je me een mail? [[e:r.benali@swtbezuidenhout.nl]]""",
    r"""Verslag themagroep Huiselijk geweld - bijeenkomst 2
[[d:25 februari 2025]], online

Aanwezig: [[p:Yasmina]] (trekker), [[p:Femke Groen]] (Katwijk, gast), [[p:Hamid Sharifi]] (Katwijk, gast), [[p:Wendy Schouten]], [[p:Samira Tahiri]], [[p:Thijs de Haan]]

- [[p:Femke]] en [[p:Hamid]] vertelden hoe zij in Katwijk werken met een {{r:aandachtsfunctionaris}} per team. Zij brachten de casus [[p:Stan]]/[[p:Dumitru]] in (zie concept-les).
- Discussie over het contactverbod in de casus van [[p:Wendy]]: hoe ga je om met een moeder die zelf contact zoekt?
- Actie: [[p:Samira]] vraagt {{o:Veilig Thuis}} om een gastles op [[d:18 maart]].""",
    r"""Concept-casusles (Katwijk, ingebracht als gast)
Thema: huiselijk geweld - samen met ouders de melding doen

Moeder [[p:Elena]] en vader [[p:Mihai]] hebben twee jonge kinderen. Na drie politiemeldingen besloten wij ([[p:Femke]] en [[p:Hamid]]) om te melden bij {{o:Veilig Thuis Hollands Midden}}. In plaats van over hen te melden, deden we het mét hen: aan de keukentafel in de [[a:Zeeweg 88-A]], met de telefoon op de speaker.

Wat werkte: vader voelde zich niet 'aangegeven'. Hij is nu in behandeling bij {{o:Brijder}} voor zijn drankgebruik.

Let op: dit werkt niet bij acuut gevaar.""",
    r"""Discussie › Bemoeizorg › 'Eerste contact via praktische hulp'

[[p:Koen]] ({{o:Leger des Heils}}):
Helemaal eens met [[p:Marloes]]. Bij [[p:Andrei P.]] was het een briefadres dat de deur opende. Daarna kon ik pas praten over zijn drinken.

[[p:Priscilla Statia]] ({{o:Kessler Stichting}}):
Bij ons in de nachtopvang zie ik hetzelfde. [[p:Giovanni]] kwam pas naar de {{r:verslavingsarts}} nadat we zijn fiets hadden gerepareerd 😄

[[p:Marloes H.]]:
Wat een mooie voorbeelden. Mogen we die (geanonimiseerd!) in de bundel voor de slotbijeenkomst?""",
    r"""Casusles - de kracht van een tolk die blijft
Thema: ouderen / nieuwkomers
Wijk: {{w:Morgenstond}}

Mevrouw [[p:Tsang]] ([[p:Wai Man]], 74) begreep haar brieven van het {{o:CAK}} niet. Haar kleinzoon [[p:Kevin]] hielp, tot hij ging studeren. Onze {{r:welzijnscoach}} [[p:Roshni]] vond via de {{o:Chinese Kerk}} een vaste vrijwillige tolk, mevrouw [[p:Zhang Hong]].

Les: zoek in de gemeenschap naar iemand die blíjft, niet alleen naar een tolk per gesprek. Mw. woont op [[a:Melis Stokelaan 2311]]; haar telefoonnummer staat in de bijlage ([[t:070-3669012]]).""",
    r"""Notulen expertmeeting pilot - [[d:donderdag 10 april 2025]]

Sprekers: prof. dr. [[p:E. Wolff]] (hoogleraar sociale psychiatrie) en [[p:Abdelkarim Ait Lahcen]] ({{o:Jeugdbescherming west}}).

[[p:Wolff]] sprak over bemoeizorg en de Wvggz: 'Dwang is het laatste middel, maar soms is niets doen de grootste dwang.' Zij gebruikte de (geanonimiseerde) casus van mw. [[p:D.]] uit de Schilderswijk.

Vragen uit de zaal:
- [[p:Joyce Pinas]]: hoe lang mag je blijven investeren in vertrouwen? Antwoord: zolang er geen acuut gevaar is, maar leg vast wat je doet.
- [[p:Bilal]]: wat als de woningcorporatie niet wil wachten?

Volgende bijeenkomst: slotbijeenkomst [[d:19 juni]].""",
    r"""Forum › Schulden › 'Stoppen met incasso: wie heeft ervaring met Intrum?'

[[p:Sophie]] (Stichting Mooi) [[d:03/03]] 11:20
Bij een cliënt ([[p:El Amrani]]) wil Intrum geen regeling. Saldo is maar € 390. Iemand tips?

[[p:Chantal Lieveld]] (gemeente) [[d:03/03]] 12:04
Vraag om een 'adempauze' via de gemeente, dan moeten ze 6 maanden stoppen. Stuur me het dossiernummer, dan zet ik het in gang.

[[p:Sophie]] [[d:03/03]] 12:10
Top! Is [[n:37718920]]. Mail ik je ook even.""",
    r"""Casusles (concept) - jong volwassenen en LVB
Wijk: {{w:Escamp}}
Thema: jeugd (18+)

[[p:J.C.]] (25, LVB) woont sinds een jaar zelfstandig. Hij kreeg boetes van het {{o:CJIB}} omdat hij zijn post niet opende. Moeder ([[p:Shanaira]]) was wanhopig.

Wat werkte: geen plan op papier, maar een vaste 'postmiddag' op woensdag met zijn {{r:begeleider}} van {{o:Ipse de Bruggen}}. Na drie maanden opent hij zelf de enveloppen en belt hij bij twijfel.

Les: kleine, vaste routines werken beter dan een ondersteuningsplan van zes kantjes.

[nog checken: mag zijn werkplek ({{o:Haeghe Groep}}) erin blijven? Dat is herkenbaar]""",
    r"""Reacties op 'Postmiddag' ([[p:Ilse]])

👍 12  💬 4

[[p:Mirjam W.]] (Dordrecht): Wat simpel en wat goed. Gaan we proberen in {{w:Crabbehof}}.
[[p:Dewi L.]] (Leidschendam-Voorburg): Wij doen iets vergelijkbaars met de bibliotheek. Is de {{r:begeleider}} een vrijwilliger of betaald?
[[p:Ilse]]: betaald, via de Wmo. Maar het kan ook met een {{r:vrijwilliger}}!
[[p:Kees Smit]]: Ik ken [[p:Jurensley]] nog van de Haeghe Groep 😊 leuk om te lezen dat het goed gaat""",
    r"""Brainstorm themagroep Ouderen - uitkomsten
[[d:ma 3 maart 2025]], {{o:Wijkcentrum De Henkenshage}}

Ideeën (gestemd met stickers):
1. 'Buurtapp per flat' - 9 stickers (idee [[p:Sanne]])
2. Vaste huisarts die meeloopt (idee [[p:Anand]], zie dr. [[p:Verbeek]]) - 7
3. Koffieochtend als signaleringsplek - 6 (voorbeeld: mw. [[p:Visser]] die wegbleef en werd gevonden door [[p:Ans Roos]])
4. Mantelzorgers zonder familieband erkennen - 5

Volgende stap: idee 1 en 3 uitwerken voor de slotbijeenkomst. [[p:Tineke]] zoekt uit wat de {{r:privacy officer}} van buurtapps vindt.""",
    r"""Concept-casusles: 'Ze kwam niet meer naar de koffie'
Wijk: {{w:Escamp}}
Door: [[p:Daphne Koning]], {{r:welzijnscoach}}

Op [[d:24 januari 2025]] was mevrouw [[p:V.]] (86) niet op de koffieochtend. Een buurvrouw belde aan en hoorde niets. Via haar dochter [[p:Irma]] kwam de {{r:wijkverpleegkundige}} binnen: mevrouw lag al een nacht op de grond. Ze had haar heup gebroken.

Les: een vaste ontmoetingsplek is ook een signaleringsplek. Leg contactgegevens van familie vast (met toestemming!).

Gegevens ter controle voor de redactie: mw. [[p:Visser]], Melis Stokelaan, dochter [[t:06 23 44 81 07]].""",
    r"""Forum › Algemeen › 'Welke gegevens mogen op dit platform?'

[[p:Saskia Lamers]] (gemeente, {{r:programmamanager}}):
Herinnering: plaats geen namen, adressen, geboortedata, BSN's of dossiernummers in casuslessen. Het platform markeert ze, maar controleer zelf ook. Bij twijfel: mail [[e:privacy.pilot@denhaag.nl]].

[[p:Bilal Ouahabi]]:
Wat als de wijk al herkenbaar maakt om wie het gaat? Bv. 'de enige Eritrese man in de flat aan de Hengelolaan'.

[[p:Saskia Lamers]]:
Terecht punt. Dan liever de wijk noemen en details weglaten. We bespreken dit op [[d:18 maart]].""",
    r"""Casusles - tolk aan tafel, niet aan de telefoon
Thema: nieuwkomers / bestaanszekerheid
Team: {{w:Bouwlust}}-{{w:Vrederust}}

Meneer [[p:Tesfay]] (46, Eritrea) kwam bij ons via de {{r:huismeester}}. De lift in zijn flat aan de Hengelolaan was kapot en hij kon met zijn knie de trap niet op. Bij het eerste huisbezoek was er geen tolk; we deden het met een vertaal-app en misten daardoor dat hij al maanden geen inkomen had.

Bij het tweede bezoek (met tolk, [[d:20 maart]]) kwam alles op tafel. [[p:Rik]] en [[p:Kim]] hebben toen in één week een uitkering, zorgtoeslag en een bankrekening geregeld (rek. [[i:@INGB/s]]).

Les: nooit een eerste gesprek zonder tolk.""",
    r"""Sessieverslag intervisie (pilotgroep, subgroep B)
[[d:26-03-2025]]

Inbrenger: [[p:Esther de Vries]]
Casus: gezin met zes personen, schimmel, vader arbeidsongeschikt ([[p:G.A.]], Afghanistan).
Vraag: 'Hoe ga ik om met een verhuurder die niet reageert?'

Rondes:
- [[p:Koen]]: vraag de {{o:Huurcommissie}} om een uitspraak.
- [[p:Nicole]]: betrek de {{o:GGD}} voor een binnenmilieu-onderzoek.
- [[p:Rik]]: huurteam {{o:!WOON}} heeft hier een aanpak voor.

Actie [[p:Esther]]: contact met !WOON opnemen. Gesprek met verhuurder dhr. [[p:Van der Linden]] plannen.""",
    r"""Stemming themakeuze (kick-off) - uitslag per team, ingevoerd door [[p:Peter-Jan]]

Team                     bemoeizorg  ouderen  huiselijk geweld  jeugd
{{w:Schilderswijk}}                11         4            9             6
{{w:Mariahoeve}}                    5        12            3             4
{{w:Moerwijk}}                     10         6            5             5
{{w:Laak}}                          8         5            6             7
{{w:Escamp}}                        7         9            4             8

Opmerking: stemmen van [[p:Ilse Brand]] en [[p:Sander Koster]] kwamen per mail binnen op [[d:23 november]] en zijn handmatig toegevoegd.""",
    r"""Concept - 'Werken met een briefadres'
Ingediend door [[p:Koen Mulder]] ({{o:Leger des Heils}}) en [[p:Samira Tahiri]] (SWT {{w:Spoorwijk}})

[[p:Andrei]] (31, Roemenië) sliep op de bank bij een vriend aan de [[a:Leyweg 204-B]] en stond nergens ingeschreven. Zonder briefadres geen uitkering, geen zorgverzekering, geen DigiD. Een verklaring van de hoofdbewoner ([[p:Florin]]) was genoeg om het briefadres te regelen, maar dat wist geen van ons.

Les: zet de stappen voor een briefadres in een checklist. We voegen die toe als bijlage.

Contact voor vragen: [[t:06-15 37 09 91]] ([[p:Koen]])""",
    r"""Chat tijdens online sessie (export)

[[p:Hanneke]] (Crossover): Welkom allemaal! Zet even je naam en team in de chat
[[p:Wendy Schouten]]: [[p:Wendy]], SWT {{w:Centrum}}
[[p:Bilal O.]]: [[p:Bilal]], {{w:Laak}}
[[p:Joyce]]: [[p:Joyce Pinas]], {{r:wijkverpleegkundige}} {{w:Laak}}/{{w:Schilderswijk}}
[[p:Mirjam Wolf]]: [[p:Mirjam]], Dordrecht (gast) 👋
[[p:Hanneke]] (Crossover): Fijn! Vandaag casus van [[p:Wendy]]. [[p:Wendy]], wil je eerst de naam van moeder weghalen uit de slide? Ik zie nog '[[p:Roos]]' staan
[[p:Wendy Schouten]]: oeps! gedaan""",
]
TEXTS += [
    r"""Casusles (Delft, gastbijdrage) - 'Huisuitzetting voorkomen in 40 dagen'
Thema: schulden / wonen
Wijk: {{w:Voorhof}}

Mevrouw [[p:Agnieszka K.]] (alleenstaand, twee kinderen) had een huurachterstand van vijf maanden bij {{o:Vidomes}}; de zitting bij de kantonrechter stond op [[d:27 februari]]. Binnen 40 dagen lukte het om via {{o:Kredietbank Nederland}} een saneringskrediet aan te vragen en een betalingsregeling te treffen. Haar buurvrouw [[p:Ewa]] tolkte.

Les: bel de advocaat van de corporatie direct; die wil meestal ook geen ontruiming.

[bijlage verwijderd: brief met BSN [[b:@.]] - graag niet meer uploaden]""",
    r"""Discussie › Jeugd › 'Leerplicht aan tafel?'

[[p:Linda Chan]] ({{w:Wateringse Veld}}) - [[d:15-01-2025]]
Bij het gezin [[p:Mahabier]] schoof de {{r:leerplichtambtenaar}} aan bij het MDO. Dat gaf een heel ander gesprek: minder dreiging, meer meedenken. Iemand anders ervaring mee?

[[p:Hamid Sharifi]] (Katwijk) - [[d:16-01-2025]]
Ja, bij ons standaard bij verzuim boven de 16 uur. Wel vooraf met ouders bespreken.

[[p:Linda Chan]] - [[d:16-01-2025]]
Dank! @[[p:Hamid]] mag ik je bellen? Mijn nummer: [[t:06-38 20 11 73]]""",
    r"""Verslag slotbijeenkomst pilot 'Samen werken in het sociale domein'
[[d:Donderdag 19 juni 2025]], {{o:Zuiderstrandtheater}}

Opening door wethouder. [[p:Saskia Lamers]] presenteerde de opbrengst: 47 casuslessen, 212 reacties, 9 teams die een werkwijze van een ander team overnamen.

Per thema:
- Bemoeizorg ([[p:Marloes Hoogendijk]]): 'praktische hulp eerst'.
- Ouderen ([[p:Tineke van der Meer]]): 'de koffieochtend als vangnet'.
- Huiselijk geweld ([[p:Yasmina El Khadir]]): 'melden mét ouders'.
- Jeugd ([[p:Ilse Brand]]): 'overgang 18-/18+ een kwartaal vooruit plannen'.

Dank aan [[p:Hanneke Bosman]] ({{o:Crossover}}) en [[p:Peter-Jan Ravensbergen]] ({{o:CAOP}}). Het platform blijft open voor alle 24 teams.""",
    r"""Casusles (Leiden) - 'Samen post openen'
Wijk: {{w:Stevenshof}}
Team: {{o:BuurtteamsLeiden}}

[[p:Shurandy]] (23, LVB) kwam bij ons via zijn moeder. Hij woont alleen in de [[a:Kooilaan 41a]] en liet al zijn post dicht. In drie maanden liep hij € 1.600 aan boetes op. Onze {{r:wijkcoach}} [[p:Dewi Kasandikromo]] ging elke week langs om samen de post te openen; {{o:MEE}} regelde beschermingsbewind.

Les: beschermingsbewind alleen is niet genoeg; iemand moet ook leren wát er in die enveloppen zit.

(Contact: [[e:d.kasandikromo@buurtteamsleiden.nl]])""",
    r"""Thread › Ouderen › Dementie en colporteurs

[[p:Hanane]] ({{r:casemanager dementie}}):
Twee van mijn cliënten in {{w:Kijkduin}} hebben dit jaar een energiecontract afgesloten aan de deur. Een ervan is dhr. [[p:Schipper]], de ander mw. [[p:Bloem]]. Beiden weten er niets meer van.

[[p:Chantal Lieveld]]:
Je kunt namens hen (als er een machtiging is) het contract binnen 14 dagen ontbinden. Daarna via de {{o:ACM}}. Stuur me de klantnummers, dan kijk ik mee.

[[p:Hanane]]:
dhr. [[p:S.]]: [[n:EN-1123-889]], mw. [[p:B.]]: [[n:EN-1123-904]]. Dank je!""",
    r"""Casusles - 'De wijkagent als bondgenoot'
Wijk: {{w:Laak}}
Thema: bemoeizorg / veiligheid
Auteur: [[p:Bilal Ouahabi]]

Bij mevrouw [[p:Doelwijt]] (zie ook de les van [[p:Joyce]]) speelde de {{r:wijkagent}}, [[p:Sander Koster]], een onverwachte rol. Hij kende haar broer [[p:Errol]] van het voetballen en kon via hem contact leggen. De politie was hier niet de 'boeman' maar de verbinder.

Les: zie de {{r:wijkagent}} niet alleen als handhaver. Betrek hem vroeg, zonder dat het meteen een veiligheidscasus wordt.

Toestemming: [[d:3-4-2025]], mondeling, vastgelegd in [[n:2024-08812]].""",
    r"""Forum › Algemeen › Kennismaken

[[p:Gerda Vink]] (Rijswijk, {{w:Te Werve}}):
Hallo allemaal! Ik ben [[p:Gerda]], {{r:ouderenconsulent}} bij {{o:Welzijn Rijswijk}}. Wij doen niet mee aan de pilot, maar lezen graag mee. Vooral de lessen over mantelzorg zijn voor ons interessant.

[[p:Tineke van der Meer]]:
Welkom [[p:Gerda]]! Kijk eens naar de les over mw. [[p:Hoop]] en haar buurman. En als je wilt kun je aansluiten bij onze themagroep op [[d:1 april]].

[[p:Gerda Vink]]:
Graag! Mijn mail is [[e:g.vink@welzijnrijswijk.nl]].""",
    r"""Concept casusles - NIET PUBLICEREN (nog persoonsgegevens)

Cliënt: [[p:Nazanin Rahimi]], [[d:12-06-1981]], [[a:Texelstraat 59]], [[pc:2583 TE]]
BSN [[b:@]]
Zaak [[n:SCH-24-01177]]

Situatie: mw. is na haar scheiding alleen met twee pubers. Ex-partner ([[p:Hamid R.]]) betaalt geen alimentatie. Rekening [[i:@ABNA/c]] staat rood.
Aanpak: {{o:LBIO}} ingeschakeld voor inning alimentatie; {{r:sociaal raadsvrouw}} ([[p:Esra]]) hielp met de aanvraag.
Les: LBIO is bij veel collega's onbekend!

-> [[p:Esra]]: kun jij de bovenste vier regels vervangen door 'moeder, 43, {{w:Duindorp}}'?""",
    r"""Reactie op 'LBIO is onbekend'

[[p:Ruud Vos]] ({{o:Werk & Inkomen}}): Klopt helemaal. Ik heb het in 2023 pas leren kennen via [[p:Esra]]. Sindsdien zet ik het in bij elke gescheiden ouder in de bijstand.

[[p:Koen]]: Goed om te weten. Werkt dat ook als de ex in het buitenland woont? Bij een cliënt van mij zit de vader in Polen.

[[p:Esra Demir]]: Ja, via internationale verdragen. Duurt wel langer. Bel me gerust: [[t:06-20781133]].""",
    r"""Agenda + korte notulen themagroep Bemoeizorg (bijeenkomst 3)
[[d:11 maart 2025]], {{o:Servicepunt XL}} {{w:Moerwijk}}

Aanwezig: [[p:Marloes]], [[p:Koen]], [[p:Priscilla]], [[p:Joyce]], [[p:Bilal]], [[p:Anand]], [[p:Sophie Meijer]] ({{o:Parnassia}}, gast)

1. Casus [[p:Ramdin]] - update: hij heeft sinds [[d:3 maart]] een huisarts! (applaus)
2. [[p:Sophie]]: hoe {{o:FACT}} aankijkt tegen aanmeldingen zonder verwijzing. 'Bel ons gewoon, we zoeken het samen uit.' Direct nummer FACT Zuid-West: [[t:06 1289 4471]] ([[p:Sophie]]).
3. Vooruitblik expertmeeting.""",
    r"""Casusles - betaalregeling met een energieleverancier
Wijk: {{w:Bezuidenhout}}
Thema: schulden

Het gezin [[p:Petrov-Georgieva]] (Bulgarije) kreeg een afsluitingsbrief: levering zou stoppen op [[d:7 maart]]. De vader werkt in de kassen, met wisselend inkomen. Onze {{r:schuldhulpverlener}} [[p:Chantal]] belde dezelfde dag met {{o:Eneco}} en kreeg een regeling van € 50 per maand.

Les: een afsluiting in de winter is vaak nog te voorkomen, maar alleen als je vóór de datum belt. Wacht niet op het huisbezoek.

[redactie: achternamen '[[p:Petrov-Georgieva]]' weg? -> [[p:Chantal]] ]""",
    r"""Notulen themagroep Jeugd - [[d:di 4 maart]]
aanwezig: [[p:Ilse Brand]] (vz), [[p:Nicole Duijvestein]], [[p:Linda Chan]], [[p:Abdelkarim]] (JBW, gast), [[p:Fleur]] (afwezig)

- [[p:Nicole]]: overdracht [[p:A.]] (17) van CJG naar SWT loopt goed. Verjaardag in mei.
- [[p:Linda]]: leerplicht aan tafel (zie forum).
- [[p:Abdelkarim]]: JBW wil graag vaker aansluiten bij MDO's 18-/18+. Mail: [[e:a.aitlahcen@jeugdbeschermingwest.nl]]
- Besluit: casusles 'overgang 18-' wordt door [[p:Nicole]] geschreven.""",
    r"""Thread › Huiselijk geweld › Geheim adres en gedeelde agenda's

[[p:Yasmina]]:
Waarschuwing n.a.v. een bijna-fout: bij een cliënt stond het tijdelijke adres bij haar zus in de gedeelde agenda (Steenvoordelaan, Rijswijk). De pleger had via een kennis toegang tot... nou ja. Het is goed gegaan.

[[p:Wendy]]:
Schrik. Wij zetten bij HG-casussen alleen nog de initialen in de agenda, bv. 'HB [[p:H.Ö.]]' 

[[p:Samira]]:
Goed idee. Ik zie hier trouwens nog een adres staan in je bericht, [[p:Yasmina]] 😉

[[p:Yasmina]]:
Haha, straat zonder nummer, maar je hebt gelijk. Aangepast.""",
    r"""Casusles - 'Geen inkomen door een typefout'
Wijk: {{w:Spoorwijk}}

Bij de aanvraag van een uitkering voor meneer [[p:P.]] bleek zijn geboortedatum in ons systeem [[d:14-08-1992]] te zijn, terwijl zijn ID [[d:14-08-1993]] zegt. Daardoor matchte de aanvraag niet met de {{o:BRP}} en bleef hij drie weken zonder geld.

Les: controleer bij elke aanvraag de gegevens tegen het identiteitsbewijs. Klinkt logisch, gebeurt niet.

Ingediend door [[p:Samira Tahiri]], [[e:s.tahiri@denhaag.nl]]""",
    r"""Sessie 'Informele zorg en vrijwilligers' - verslag
[[d:20-03-2025]] | {{o:Wijkcentrum Laak-Noord}}

Gastsprekers: [[p:Ria Koster]] ({{r:vrijwilliger}} SchuldHulpMaatje), [[p:Sahra Hassan]] (vrijwillig tolk Somalisch), [[p:Gert Baas]] ({{o:SchuldHulpMaatje}})

[[p:Ria]] vertelde hoe zij [[p:Yaw]] en zijn gezin hielp. [[p:Sahra]] legde uit waarom Somalische vrouwen niet naar een loket gaan: 'Ze komen als een vrouw uit de gemeenschap meegaat.'

Discussie: moeten vrijwilligers de toestemmingsverklaring ook tekenen? Ja, vindt de meerderheid. Een {{r:privacy officer}} (mr. [[p:Dekker]]) bekijkt dit.""",
    r"""Casusles (Gouda) - rouw en geldzaken
Wijk: {{w:Korte Akkeren}}

Mevrouw [[p:Şahin]] (58) verloor haar man, die alle geldzaken deed. Na een jaar stond er een achterstand bij de zorgverzekeraar, en de rekening op zijn naam ([[i:@RABO/s]]) werd nog steeds gebruikt. Haar schoonzus [[p:Emine]] belde ons.

Wat werkte: een {{r:vrijwilliger}} van {{o:Humanitas}} die zelf weduwe is. Zij begreep de rouw én de papieren.

Les: vraag bij overlijden van een partner altijd wie de administratie deed.""",
    r"""Forum › Bemoeizorg › 'Wanneer de Wvggz?'

[[p:Joyce Pinas]] - [[d:11 april 2025]]
Na de expertmeeting van gisteren: wie heeft ervaring met een zorgmachtiging bij een cliënt die al jaren zorg mijdt? Ik twijfel bij mw. [[p:D.]]

[[p:Sophie Meijer]] (Parnassia) - [[d:11 april 2025]]
Ja, een paar keer. Het is zwaar voor iedereen. Bel me, dan bespreken we het (niet hier 🙂).

[[p:Marloes Hoogendijk]] - [[d:12 april 2025]]
Eens met [[p:Sophie]]. En [[p:Joyce]]: '[[p:Doelwijt]]' staat nog in de titel van je bijlage.""",
    r"""Concept-casusles - Cape Verdiaanse gemeenschap (Rotterdam, gast)
Wijk: {{w:Delfshaven}}

Meneer [[p:Manuel T.]] (52) dronk sinds hij zijn werk in de haven verloor. Zijn nicht [[p:Ivanilda Lopes]] zocht contact met het {{o:wijkteam}}. Onze {{r:woonbegeleider}} [[p:Adilson Semedo]] spreekt Kriolu; dat maakte het verschil.

Aanpak: eerst het gesprek in zijn eigen taal, dan pas de doelen (woning, inkomen, minder drinken). Intake bij {{o:Antes}} op [[d:3-2-2025]].

Les: taal is meer dan vertalen - het is vertrouwen.

Contact: [[p:Carlos Monteiro]], [[t:010-4987321]]""",
    r"""Evaluatieformulier pilot (ingevuld)

Naam (optioneel): [[p:Dirk Zomer]]
Team: SWT {{w:Duindorp}}
Rol: {{r:maatschappelijk werker}}

Wat heeft de pilot je opgeleverd?
"Contact met collega's uit andere wijken. Ik bel nu [[p:Esra]] als ik vragen heb over alimentatie en [[p:Chantal]] bij energieschulden."

Wat kan beter?
"Het platform markeerde in mijn casusles '[[p:Zomer]]' als naam - terecht, dat ben ik 😄 - en 'de zomer van 2024' liet het staan. Goed zo."

Datum: [[d:20-6-2025]]""",
    r"""Discussie › Ouderen › 'Hoe ga je om met mantelzorgers die zelf hulp nodig hebben?'

[[p:Anneke Hoop]] (Zoetermeer, {{w:Palenstein}}):
Bij ons zorgt mevrouw [[p:Roos]] (80) voor haar man [[p:Wim]] (84, Parkinson). Zij heeft zelf hartklachten. Geen van beiden wil hulp 'van buiten'.

[[p:Tineke van der Meer]]:
Herkenbaar! Bij ons hielp het om het niet 'hulp' te noemen maar 'even iemand die koffie komt drinken'.

[[p:Anneke Hoop]]:
Ha, mooi. En grappig trouwens: mijn achternaam is [[p:Hoop]], en ik las jullie les over mw. [[p:Hoop]]. Geen familie hoor 😉""",
    r"""Verslag werkbezoek pilotgroep aan {{o:wijkteam Feijenoord}} (Rotterdam)
[[d:vrijdag 28 maart 2025]]

Ontvangen door [[p:Wim Snijders]] ({{r:schuldhulpverlener}}) en [[p:Fatima Azzouzi]] ({{r:teamleider}}). Zij lieten zien hoe ze met {{o:Vroeg Eropaf}} werken.

Casus ter illustratie: dhr. [[p:Lungu]], Beijerlandselaan, rekening beslagen door de Belastingdienst, moratorium aangevraagd op [[d:12 februari]]. Zijn zoontje woont bij hem.

Reflectie ([[p:Rik]]): In Rotterdam zit de schuldhulp ín het wijkteam. Dat scheelt dagen.
Reflectie ([[p:Kim]]): Mooi, maar ik schrok van hoeveel details van dhr. [[p:L.]] we te horen kregen.""",
    r"""Casusles - 'De buurvrouw als tolk: risico of kans?'
Team: SWT {{w:Bouwlust}}

Bij een Poolse cliënt ([[p:Agnieszka]], zie ook Delft) tolkte de buurvrouw. Dat was snel en vertrouwd, maar zij hoorde ook alles over de schulden. Later bleek dat zij [[p:Agnieszka]] zelf € 500 had geleend.

Les: informele tolken zijn waardevol, maar bespreek vooraf wat wel en niet gedeeld wordt. Gebruik bij geldzaken liever een professionele tolk ({{o:Global Talk}}, tolknummer aanvragen via [[e:tolkaanvraag@denhaag.nl]]).""",
    r"""Thread › Jeugd › 'Wie kent een goede huiswerkklas in Escamp?'

[[p:Fatima Amrani]]:
Voor twee jongens (10 en 12) uit een gezin dat net uit de noodopvang komt, [[p:Arash]] en [[p:Sami]]. Moeder heeft geen geld.

[[p:Daphne K.]]:
{{o:Stichting Kinderpostzegels}}? Nee wacht, je bedoelt gratis huiswerkbegeleiding: {{o:Vak-K}} op de Dedemsvaartweg, en bij {{o:Xtra}}.

[[p:Fatima Amrani]]:
Top, Dedemsvaartweg is om de hoek! 🙏""",
    r"""Notulen redactieoverleg casusbundel
[[d:15-05-2025]]

Aanwezig: [[p:Saskia Lamers]], [[p:Hanneke Bosman]], [[p:Marloes]], [[p:Tineke]], [[p:Yasmina]], [[p:Ilse]]

- 47 lessen ingediend; 6 nog niet geanonimiseerd (o.a. les [[n:#L-031]] met volledige naam en adres van een cliënt in {{w:Mariahoeve}}, les [[n:#L-038]] met een IBAN in de bijlage).
- Afspraak: auteurs krijgen tot [[d:1 juni]] om aan te passen, anders valt de les uit de bundel.
- Vormgeving: {{o:Studio Haagse Stijl}}, contactpersoon [[p:Mei-Lin Ho]].""",
    r"""Casusles - 'Urgentie via een medisch advies'
Thema: wonen / gezondheid
Wijk: {{w:Laak}}

Meneer [[p:Mohamed Abdi Nur]] woonde vier hoog zonder lift, met diabetes en hartklachten. Drie aanvragen voor urgentie werden afgewezen. Pas met een sociaal-medisch advies van de {{o:GGD}} ([[n:GGD-SMA-25-0211]]) lukte het.

Les: vraag een sociaal-medisch advies aan vóór de urgentieaanvraag, niet erna.

Opmerking [[p:Joost]]: de {{r:arts M&G}} die ons hielp (dr. [[p:Kolev]]) wil wel een keer komen vertellen.""",
    r"""Stemronde 'beste casusles van de maand' (maart)

1. 'Postmiddag' - [[p:Ilse]] - 34 stemmen
2. 'Tolk aan tafel' - [[p:Rik]] & [[p:Kim]] - 29 stemmen
3. 'Melden mét ouders' - [[p:Femke]] & [[p:Hamid]] (Katwijk) - 25 stemmen

Reactie winnaar: "Wauw, dank jullie wel! Het idee kwam eigenlijk van [[p:Jurensley]] zelf: 'kunnen we niet gewoon elke woensdag?'"

Prijs: lunch voor het team, uitgereikt op [[d:woensdag 2 april]].""",
    r"""Concept-les (Westland) - maatjes voor ouderen in de kernen
Door: [[p:Lotte de Groot]], {{r:coördinator}} {{o:Welzijn Westland}}

In Naaldwijk koppelden we mevrouw [[p:Zomer]] (88) aan [[p:Anand]], een {{r:vrijwilliger}} van 45 die zelf zijn moeder verloor. Ze doen samen boodschappen op de woensdagmarkt. Na drie maanden zegt mevrouw: 'Ik heb weer iets om naar uit te kijken.'

Les: match op levensverhaal, niet alleen op beschikbaarheid.

(adres mevrouw: [[a:Havenstraat 27]] - weghalen!)""",
    r"""Forum › Schulden › 'Adempauze: eerste ervaringen'

[[p:Chantal Lieveld]] - [[d:vr 11-4]]
De adempauze voor de cliënt van [[p:Sophie]] is toegekend. Intrum moest stoppen. In die 6 maanden regelen we een totaaloverzicht.

[[p:Sophie]] - [[d:vr 11-4]]
Super! Mevrouw huilde van opluchting. Ze vroeg of ze jou een kaartje mocht sturen 😊

[[p:Kofi B.]] - [[d:vr 11-4]]
(ik ben geen collega maar zelf cliënt geweest en meelezer) Dit had ik ook gewild in 2022. Goed dat het er is.

[[p:Saskia Lamers]] (moderator): Welkom [[p:Kofi]]! Let op dat je geen eigen gegevens deelt hier.""",
    r"""Verslag online sessie 'AVG in de praktijk' - [[d:8 mei 2025]]

Spreker: mr. [[p:Jeroen Dekker]], {{r:functionaris gegevensbescherming}} {{o:gemeente Den Haag}}

Kernpunten:
- Een casusles is pas anoniem als niemand in de wijk de cliënt herkent. Een naam weghalen is niet genoeg; ook 'de enige Eritrese man in flat X' is herkenbaar.
- Wat wel mag blijven: wijk, leeftijd, rol van de hulpverlener, organisaties.
- Voorbeeld uit de zaal ([[p:Bilal]]): 'Mw. [[p:D.]] met de hond aan de Van Ostadestraat' - herkenbaar, dus aanpassen.

Vragen aan: [[e:fg@denhaag.nl]].""",
]
# ---------------------------------------------------------------- EXTRA (all three registers, data-rich)
TEXTS += [
    r"""SIGNALENLIJST VROEGSIGNALERING - week 9 (aangeleverd door {{o:Staedion}}, {{o:Haag Wonen}} en {{o:Vestia}})
Verdeling over de teams; alleen adresgegevens, namen volgen na eerste contact.

Adres                       Postcode   Achterstand   Signaal sinds   Toegewezen aan
[[a:Hoefkade 389]]                [[pc:2526 BS]]    2 mnd         [[d:24-02-2025]]      SWT {{w:Schilderswijk}}
[[a:Vaillantlaan 132-I]]          [[pc:2526 HN]]    3 mnd         [[d:17-02-2025]]      SWT {{w:Schilderswijk}}
[[a:Kempstraat 46 hs]]            [[pc:2572 GG]]    2 mnd         [[d:26-02-2025]]      SWT {{w:Transvaal}}
[[a:Moerweg 214]]                 [[pc:2533 BE]]    4 mnd         [[d:03-02-2025]]      SWT {{w:Moerwijk}}
[[a:Hengelolaan 1046]]            [[pc:2545 EE]]    2 mnd         [[d:25-02-2025]]      SWT {{w:Bouwlust}}
[[a:Leyweg 972]]                  [[pc:2545 GK]]    3 mnd         [[d:20-02-2025]]      SWT {{w:Escamp}}

Let op: bij [[a:Moerweg 214]] staat de zaak al bij de deurwaarder (dossier [[n:DW-25-01933]]). Graag binnen 5 werkdagen een eerste huisbezoek en terugkoppeling in het portaal.""",
    r"""BESCHIKKING MAATWERKVOORZIENING (samenvatting voor dossier)

Zaaknummer: [[n:WMO/2025/02288]]
Datum besluit: [[d:3 maart 2025]]
Aanvrager: mw. [[p:E. Doğan]]
BSN: [[b:@.]]
Adres: [[a:Dedemsvaartweg 1201]], [[pc:2545 AX]] Den Haag

Toegekend: huishoudelijke ondersteuning, 3 uur per week
Ingangsdatum: [[d:10-03-2025]]
Einddatum: [[d:09-03-2027]]
Aanbieder: {{o:Florence}} / {{o:Tzorg}}
Eigen bijdrage: € 21,80 per maand via het {{o:CAK}}

Bezwaar: binnen 6 weken na [[d:3 maart 2025]] bij het college. Vragen: {{r:Wmo-consulent}}, bereikbaar via het algemene nummer van de gemeente.""",
    r"""Contactjournaal cliënt [[n:2024-11354]] (export, laatste 12 regels)

[[d:06-01-2025]]  tel   dochter gebeld, geen gehoor
[[d:07-01-2025]]  hb    kennismaking, toestemmingsverklaring getekend
[[d:14-01-2025]]  mail  brief {{o:CAK}} doorgestuurd naar {{o:Stichting Mooi}}
[[d:21-01-2025]]  hb    post doorgenomen, 3 aanmaningen
[[d:22-01-2025]]  tel   {{o:Dunea}}: regeling getroffen
[[d:04-02-2025]]  hb    cliënt niet thuis
[[d:05-02-2025]]  tel   buurvrouw: cliënt in ziekenhuis ({{o:Haga}})
[[d:11-02-2025]]  bezoek ziekenhuis, ontslag verwacht [[d:14-2]]
[[d:17-02-2025]]  hb    thuis, {{r:wijkverpleegkundige}} komt 2x p/d
[[d:03-03-2025]]  mdo   besproken, doel 2 behaald
[[d:10-03-2025]]  tel   cliënt zelf gebeld, gaat goed
[[d:17-03-2025]]  hb    evaluatie, afschalen naar 1x per maand

Cliënt: dhr. [[p:Yusuf Demir]], [[a:Lozerlaan 640]]""",
    r"""Aanvraag kwijtschelding gemeentelijke belastingen - bijlage gegevens

Aanvrager: [[p:Ioana Constantin]]
Burgerservicenummer: [[b:@ ]]
Geboortedatum: [[d:30-04-1987]]
Adres: [[a:Wouwermanstraat 41-C]]
Postcode/plaats: [[pc:2525 TA]] 's-Gravenhage
Aanslagnummer: [[n:2025.0044.91873]]
IBAN aanvrager: [[i:@INGB/s]]
IBAN partner: n.v.t. (alleenstaand sinds [[d:1 oktober 2024]])
Telefoon: [[t:06-18 55 62 07]]
E-mail: [[e:ioana.constantin87@yahoo.com]]

Inkomen: bijstandsnorm alleenstaande ouder. Vermogen: geen. Auto: geen.
Opgesteld met hulp van {{o:Sociaal Raadslieden}} {{w:Schilderswijk}}, [[d:12-03-2025]].""",
    r"""Adreswijzigingen maart (ter verwerking in het cliëntregistratiesysteem)

[[n:2023-07710]]: oud [[a:Conradkade 5-III]] -> nieuw [[a:Beeklaan 389]], [[pc:2562 AN]], per [[d:1-3-2025]]
[[n:2024-00918]]: oud [[a:Tesselsestraat 17]] -> nieuw [[a:Fahrenheitstraat 523]], [[pc:2561 DL]], per [[d:1-3-2025]]
[[n:2024-08812]]: geen wijziging, wel nieuw telnr [[t:06 31 00 42 58]]
[[n:2025-00117]]: briefadres [[a:Parallelweg 41-2]], [[pc:2525 NG]], vanaf [[d:5 maart]]
[[n:2025-00342]]: tijdelijk verblijf (geheim adres, zie afgeschermd veld) per [[d:24-2]]

Verwerkt door: [[p:Jeroen]] ({{r:administratief medewerker}}), [[d:6/3]]""",
    r"""Betalingsregeling - overzicht termijnen
Schuldeiser: {{o:Haag Wonen}}   Huurcontract: [[n:HW-3300-1918-04]]
Huurder: [[p:S. Kaya-Bakker]]    Rekening huurder: [[i:@RABO/s]]

Termijn   Vervaldatum     Bedrag     Betaald op
1         [[d:01-11-2024]]      € 75,00    [[d:31-10-2024]]
2         [[d:01-12-2024]]      € 75,00    [[d:02-12-2024]]
3         [[d:01-01-2025]]      € 75,00    niet betaald
4         [[d:01-02-2025]]      € 75,00    [[d:14-02-2025]] (2x)
5         [[d:01-03-2025]]      € 75,00    -

Openstaand na termijn 5: € 1.125,00. Bij twee gemiste termijnen vervalt de regeling (art. 4 van de overeenkomst). Contact corporatie: [[e:incasso@haagwonen.nl]].""",
    r"""Geachte heer, mevrouw,

Op [[d:17 februari 2025]] heeft u namens uw cliënt beslag gelegd op de betaalrekening [[i:@ABNA/c]] ten laste van de heer [[p:Ahmadzai]], [[a:Erasmusweg 433]], [[pc:2532 CA]] Den Haag (uw kenmerk [[n:GV/2025/004471]]).

Wij wijzen u erop dat de beslagvrije voet niet is gerespecteerd: op [[d:25 februari]] is de volledige uitkering van de {{o:Sociale Dienst}} afgeschreven. Wij verzoeken u het te veel ingehouden bedrag binnen vijf werkdagen terug te storten.

Met vriendelijke groet,
namens {{o:Schuldhulpverlening Den Haag}},
{{r:schuldhulpverlener}}
[[t:070 - 353 26 71]]""",
    r"""Verzoek woningaanpassing - gegevens voor de {{r:ergotherapeut}}

Cliënt woont op: [[a:Scheveningseweg 96-III]], [[pc:2584 AD]] (3e verdieping, trap zonder lift)
Alternatief adres gevonden via woningruil: [[a:Badhuisweg 14 a]], [[pc:2587 CB]] (begane grond)
Datum bezichtiging: [[d:vrijdag 21 maart]] 11.00 uur
Contact woningruiler: [[t:06 92 30 18 44]]
BSN cliënt (voor aanvraag): [[b:@]]
Huidig huurcontract loopt sinds [[d:1-6-2009]].

Dossier: [[n:SCH-25-00288]]. Aangevraagd door het {{o:SWT Scheveningen}}.""",
    r"""Verslag netwerkoverleg {{w:Tanthof}}/{{w:Buitenhof}} (Delft)
Datum: [[d:woensdag 26 februari 2025]]
Plaats: {{o:Wijkcentrum De Hofstee}}

1. Signalen eenzaamheid na de feestdagen: 14 meldingen via {{o:Ouderenwerk Delft}}, waarvan 5 bij de flats aan de Aart van der Leeuwlaan (nrs. 220 t/m 260).
2. Huurachterstanden: {{o:Vidomes}} meldt 23 nieuwe signalen, {{o:Woonbron}} 11.
3. Casus ter bespreking (met toestemming, [[n:DLF-25-0091]]): jong gezin met drie kinderen, verhuisd op [[d:15 januari]] van [[a:Papsouwselaan 214]] naar een kleinere woning in {{w:Voorhof}}.

Volgend overleg: [[d:23 april 2025]]. Contact: [[e:netwerk.tanthof@delft.nl]].""",
    # informal
    r"""agenda deze week
ma [[d:10/3]] - 9.00 [[a:Vaillantlaan 410]] (hb), 11.00 teamoverleg, 14.30 [[a:Hoefkade 212]]
di [[d:11/3]] - MDO Laak; 's middags schrijven
wo [[d:12/3]] - thuiswerken, bellen {{o:UWV}} ([[n:UWV-00783211]])
do [[d:13/3]] - 10.00 [[a:Hengelolaan 712]] met tolk!!, 15.00 supervisie
vr [[d:14/3]] - vrij 🎉""",
    r"""[[p:Kim]]: kun je me de adressen voor morgen appen? ik rij
[[p:Rik]]: 1) [[a:Hengelolaan 712]] [[pc:2544 NC]], 2) [[a:Lozerlaan 1442]] [[pc:2542 KG]], 3) [[a:Dedemsvaartweg 39]] [[pc:2545 AJ]]
[[p:Kim]]: parkeren bij 3 is drama toch
[[p:Rik]]: ja, garage bij het winkelcentrum
[[p:Kim]]: ok tot 9u op kantoor""",
    r"""notitie tel. {{o:Belastingdienst}} (BelastingTelefoon, 25 min wachten)
- kenmerk toeslagen: [[n:8123.45.670.T.01]]
- terugvordering kan omlaag als inkomen 2023 wordt aangepast
- nieuwe termijn bezwaar t/m [[d:28 maart 2025]]
- medewerker gaf nummer voor terugbellen door, ik mocht het niet noteren 🙃
- BSN gecontroleerd: [[b:@.]] klopt
-> brief maken en morgen met cliënt laten tekenen""",
    r"""ff noteren voor [[p:Chantal]]:
leefgeld vanaf april naar nieuwe rekening [[i:@ASNB/c]] (ipv de oude [[i:@INGB/c]] die geblokkeerd is)
1e keer [[d:4 april]], daarna elke vrijdag
bedrag € 65/week
vraag: klopt het dat {{o:Kredietbank}} dit zelf doet of moeten wij het aanvragen?""",
    r"""Dictaat. Gegevens voor de aanvraag, ik lees ze even voor. Geboortedatum [[d:twaalf juni negentienhonderdeenentachtig]]. Postcode [[pc:2583 TE]], huisnummer 59. Telefoonnummer [[t:nul zes, vier één, zeven zeven, nul twee, acht acht]]. Mailadres [[e:n.rahimi81@gmail.com]], alles kleine letters. BSN staat op de kopie van het paspoort in het dossier. Einde.""",
    r"""TODO na MDO [[d:14-1]]
1. [[n:WV-25-003]] - leerplicht uitnodigen voor [[d:11-2]]
2. [[n:WV-25-007]] - afschalen, brief sturen
3. [[n:WV-25-009]] - nieuwe aanmelding, intake plannen vóór [[d:24-1]]
4. verslag naar allen (bcc!!)
5. volgende MDO vastleggen: [[d:di 11 februari]] 13.00""",
    r"""post-it (geel) op het dossier:
NIEUW NUMMER! [[t:+31 6 4471 0928]]
oud nummer [[t:06-44 71 09 82]] werkt niet meer
bereikbaar na 16u (werkt in de kas)""",
    r"""Spraakmemo na bezoek {{o:Servicepunt XL}} {{w:Leyenburg}}. Drie mensen gezien. Eén: vrouw met vraag over huurtoeslag, woont [[a:Melis Stokelaan 1880]], afspraak gemaakt voor [[d:dinsdag 25 maart]]. Twee: meneer met brief van de deurwaarder, dossiernummer [[n:DW 2025/11873]], ik heb een kopie gemaakt. Drie: jongen van een jaar of twintig die dakloos is, doorverwezen naar het {{o:Centraal Onthaal}}. Verder rustig.""",
    r"""groepsapp SWT {{w:Transvaal}}
[[p:Bouchra]]: wie heeft het mailadres van de woonconsulent van Staedion voor de Kempstraat?
[[p:Nordin]]: [[e:m.vanderlaan@staedion.nl]] volgens mij
[[p:Bouchra]]: thx. en weet iemand of [[a:Kempstraat 46 hs]] al is bezocht? staat op de signalenlijst sinds [[d:26/2]]
[[p:Nordin]]: ik ga donderdag""",
    r"""Checklist huisbezoek (ingevuld op tablet)
Datum: [[d:2025-03-18]]
Adres: [[a:Weimarstraat 235]] / [[pc:2562 GT]]
Bel werkt: nee
Rookmelder: ja
Post ongeopend: ja (stapel, ca. 20 brieven)
Medicatie zichtbaar: ja
Huisdieren: kat
Veiligheidsrisico: geen
Vervolgafspraak: [[d:25-03-2025]]
Telefoon cliënt gecontroleerd: [[t:0031 70 363 2714]]""",
    # pilot
    r"""Tijdlijn (bijlage bij casusles 'Van ontruiming naar eigen huis') - LET OP: nog niet geanonimiseerd

[[d:12 september 2024]] - eerste signaal huurachterstand (3 mnd), [[a:Vaillantlaan 132-I]]
[[d:2 oktober 2024]] - eerste huisbezoek, deur dicht
[[d:16 oktober 2024]] - tweede bezoek samen met {{r:huismeester}}, binnengelaten
[[d:4 november 2024]] - aanmelding {{o:Schuldhulpverlening Den Haag}} ([[n:SHV-DH-2024-1187]])
[[d:9 december 2024]] - vonnis kantonrechter; ontruiming aangezegd voor [[d:20 januari 2025]]
[[d:15 januari 2025]] - regeling met corporatie, ontruiming opgeschort
[[d:1 maart 2025]] - eerste maand zonder nieuwe achterstand

Ingediend door team {{w:Schilderswijk}}.""",
    r"""Moderatielog platform (automatische meldingen, week 10)

[[d:03-03-2025]] 09:12  les #L-027  BSN gevonden ([[b:@]]) - teruggezet naar auteur
[[d:03-03-2025]] 14:40  reactie in 'Schulden'  IBAN gevonden ([[i:@INGB/s]]) - verborgen
[[d:04-03-2025]] 11:05  les #L-029  telefoonnummer ([[t:06 27 70 33 18]]) - auteur gewaarschuwd
[[d:05-03-2025]] 16:22  bijlage les #L-031  postcode + huisnummer ([[pc:2597 EN]], 22) - verborgen
[[d:06-03-2025]] 08:57  reactie in 'Ouderen'  e-mailadres ([[e:irma.visser62@live.nl]]) - verborgen
[[d:07-03-2025]] 13:30  les #L-033  geboortedatum ([[d:23-05-1958]]) - teruggezet naar auteur

Moderator: [[p:Saskia Lamers]]""",
    r"""Planning pilot 'Samen werken in het sociale domein' (definitief)

Kick-off alle teams ............... [[d:vrijdag 22 november 2024]], 13.00-17.00
Bekendmaking pilotgroep ........... uiterlijk [[d:15 december 2024]]
Startbijeenkomst .................. [[d:dinsdag 4 februari 2025]]
Themagroepen (4x) ................. maart, elke twee weken
Expertmeeting ..................... [[d:donderdag 10 april 2025]]
Redactie casusbundel .............. mei
Slotbijeenkomst ................... [[d:donderdag 19 juni 2025]]

Aanmelden en vragen: [[e:pilot.sociaaldomein@denhaag.nl]] of [[p:Saskia Lamers]], [[t:06 52 10 38 47]].""",
    r"""Casusles (concept) - 'Vijf keer verhuisd in twee jaar'
Thema: jeugd / wonen
Wijk: {{w:Escamp}}

Het gezin (moeder en twee zoons) verhuisde sinds 2023 vijf keer: van de noodopvang naar [[a:Leyweg 1030]], toen naar een kamer bij familie op de [[a:Erasmusweg 88]], daarna twee maanden in een hotel, en sinds [[d:24 februari 2025]] naar een woning aan de [[a:Dedemsvaartweg 39]]. De jongens wisselden drie keer van school.

Wat werkte: één vaste school, ongeacht het adres. De {{r:leerplichtambtenaar}} en de {{r:intern begeleider}} hebben dat samen geregeld, met taxivervoer via de gemeente.

Les: houd het kind op dezelfde school, ook als het gezin verhuist.""",
    r"""Reactie in thread 'Welke gegevens mogen op dit platform?'

Ik plak hier even de intake zoals ik hem kreeg van een collega, zodat jullie zien hoe het NIET moet:

"Naam: [[p:Rahimi]], [[d:12-06-1981]], [[a:Texelstraat 59]], [[pc:2583 TE]], tel [[t:06-41770288]], BSN [[b:@.]], rek. [[i:@ABNA/s]], zaak [[n:SCH-24-01177]]"

Dit stond in een casusles die vorige week bijna werd gepubliceerd. Het platform heeft het tegengehouden, maar het laat zien dat we allemaal moeten opletten.

- [[p:Esra]] (Xtra)""",
    r"""Toestemmingsregister casuslessen (uittreksel)

Les     Team            Toestemming        Datum        Dossier
L-012   {{w:Moerwijk}}        mondeling + zus    [[d:14-01-2025]]   [[n:SWT-MW-2025-0117]]
L-019   {{w:Transvaal}}       schriftelijk       [[d:02-03-2025]]   [[n:THA-2025-051]]
L-021   {{w:Bezuidenhout}}    schriftelijk       [[d:28-01-2025]]   [[n:TV-BZH-2025-014]]
L-024   {{w:Laak}}            mondeling          [[d:03-04-2025]]   [[n:2024-08812]]
L-027   {{w:Escamp}}          schriftelijk       [[d:10-02-2025]]   [[n:ESC-25-00331]]
L-031   {{w:Mariahoeve}}      ontbreekt!         -            [[n:MH-24-02210]]

Bijgehouden door {{r:projectsecretaris}} [[p:Ellen]].""",
    r"""Actielijst themagroep Schulden (na sessie [[d:1 april]])

| Actie                                              | Wie         | Deadline     |
|----------------------------------------------------|-------------|--------------|
| checklist 'adempauze' maken                        | [[p:Chantal]]     | [[d:15 april]]     |
| overzicht toeslagen voor werkende gezinnen         | [[p:Kim]]         | [[d:22-04-2025]]   |
| navragen bij {{o:LBIO}}: alimentatie uit buitenland      | [[p:Esra]]        | [[d:30-4]]         |
| casusles 'beslagvrije voet' herschrijven (kenmerk [[n:GV/2025/004471]] eruit!) | [[p:Rik]] | [[d:1 mei]] |""",
    r"""Casusles - 'Een foto van de brief is genoeg'
Thema: bereikbaarheid / digitale hulp
Wijk: {{w:Rustenburg-Oostbroek}}

Veel cliënten komen niet naar een afspraak, maar sturen wel een foto van een brief via WhatsApp. Wij hebben daarom een apart teamnummer ([[t:06 14 70 22 93]]) waarop cliënten foto's kunnen sturen. Binnen een dag belt iemand terug.

Voorbeeld: een moeder stuurde op [[d:zondag 9 maart]] om 23.00 uur een foto van een brief van de deurwaarder (dossier [[n:DW-25-02277]]) met een ontruimingsdatum op [[d:14 maart]]. Maandagochtend zaten we al aan tafel met de corporatie.

Let op: foto's na verwerking direct verwijderen van de telefoon.""",
]
TEXTS += [
    r"""Geachte collega's van {{o:GGZ Delfland}},

Graag vragen wij uw aandacht voor de heer [[p:Hamid Sharifi]] - niet te verwarren met onze gelijknamige collega uit Katwijk - die sinds 2022 in Schiedam woont, op de [[a:Nieuwe Damlaan 818]], [[pc:3116 BH]]. Dhr. is 61 jaar, weduwnaar en heeft na 34 jaar als lasser gewerkt te hebben sinds vorig jaar een WIA-uitkering. Sinds de zomer trekt hij zich steeds meer terug. Zijn dochter belt ons wekelijks; zij woont in Utrecht en kan niet vaker komen.

Wij zien signalen van een depressie: hij eet slecht, de woning raakt vervuild en hij heeft zijn afspraken bij de {{r:huisarts}} drie keer afgezegd. Op [[d:18 maart 2025]] heeft hij voor het eerst ingestemd met een gesprek met een {{r:POH-GGZ}}. Die adviseert een verwijzing naar uw team voor oudere volwassenen.

Het {{o:Wijkteam Schiedam Groenoord}} blijft betrokken voor de praktische ondersteuning (administratie, huishouden via de Wmo). Ons dossiernummer is [[n:SCH-GO-2025-0061]].

Met vriendelijke groet,
[[p:Rianne Groot]]
{{r:maatschappelijk werker}} {{o:Wijkteam Schiedam Groenoord}}
[[t:010-2469318]]""",
    r"""Verslag themabijeenkomst 'Geld en gezondheid' voor het {{o:sociaal wijkzorgteam}} {{w:Leidschenveen}}-{{w:Ypenburg}}
[[d:dinsdag 25 februari 2025]], {{o:Wijkcentrum De Boog}}, 19.30-21.30 uur

Ruim veertig bewoners kwamen af op de avond, georganiseerd samen met {{o:Zilveren Kruis}}, {{o:Sociaal Raadslieden}} en de bibliotheek. Onderwerpen waren de gemeentepolis, de eigen bijdrage van het {{o:CAK}} en de vraag wat je moet doen als je de zorgpremie niet meer kunt betalen.

Uit de zaal kwamen veel vragen over de overstap naar een andere zorgverzekeraar per [[d:1 januari]]. Een {{r:sociaal raadsman}} legde uit dat mensen met een betalingsachterstand van zes maanden bij het CAK terechtkomen en daar een bestuursrechtelijke premie betalen die ongeveer 30% hoger is.

Na afloop meldden zich vijf bewoners voor een persoonlijk gesprek. Eén van hen, mevrouw [[p:Sewdien]], woont aan de [[a:Laan van Wateringse Veld 1012]] en heeft sinds de dood van haar man geen zorgverzekering meer. Zij wordt opgepakt door [[p:Kees]].

Volgende themabijeenkomst: 'Energie besparen' in het najaar.""",
    r"""Dictaat - overdrachtsnotitie aan het eind van het jaar, voor wie mijn caseload overneemt. Ik heb op dit moment veertien cliënten, waarvan er zes binnenkort kunnen worden afgesloten. Even de belangrijkste. Eén: meneer [[p:Demir]] aan de Lozerlaan, gaat prima, afschalen naar eens per maand. Twee: de familie [[p:Kaya]] aan de Moerweg, daar loopt schuldhulpverlening, contactpersoon bij de {{o:Kredietbank}} is bekend in het dossier. Drie: mevrouw [[p:Doğan]], beschikking huishoudelijke hulp is rond, ingangsdatum [[d:tien maart]]. Vier: de jongeman uit de nachtopvang, daar is het contact helaas weer verwaterd, ik zou via {{o:Kessler}} proberen. Verder: drie nieuwe aanmeldingen die nog geen intake hebben gehad, die staan in de werkvoorraad. Ik ben vanaf volgende week drie maanden met verlof. Succes allemaal en bel me alleen als het echt nodig is. Groet, [[p:Esther]].""",
    r"""Forum › Algemeen › 'Samenwerking met de huisartsen in Zuid-Holland: hoe doen jullie het?'

[[p:Mirjam Wolf]] (Dordrecht) - [[d:2 april 2025]]
In de Drechtsteden hebben we sinds 2023 een vaste 'huisartsentafel': elke zes weken schuift een {{r:huisarts}} aan bij ons wijkteamoverleg, samen met de {{r:POH-GGZ}} en de {{r:wijkverpleegkundige}}. Casussen worden vooraf geanonimiseerd. Het werkt, maar het kost de huisartsen veel tijd en ze krijgen het niet vergoed.

[[p:Anand Jagesar]] (Den Haag, {{w:Loosduinen}}) - [[d:2 april 2025]]
Bij ons loopt het via één enthousiaste huisarts. Kwetsbaar: als hij stopt, stopt het. Hoe hebben jullie de financiering geregeld?

[[p:Mirjam Wolf]] - [[d:3 april 2025]]
Via de {{o:zorgverzekeraar}}, als onderdeel van een project 'zorg en welzijn verbinden'. Drie jaar subsidie, daarna moeten we het zelf oplossen. Meer info bij onze {{r:projectleider}}, [[e:projecten@wijkteamdordrecht.nl]].""",
    r"""Aan: {{o:Dienst SZW}}, afdeling Bijzondere Bijstand
Betreft: spoedverzoek voorschot levensonderhoud

Geachte heer, mevrouw,

Namens de heer [[p:Tesfay Haile]], geboren [[d:02-02-1979]], BSN [[b:@]], wonend [[a:Hengelolaan 712]], [[pc:2544 NC]] Den Haag, vraag ik een voorschot aan op zijn uitkering levensonderhoud.

Dhr. heeft sinds [[d:1 december 2024]] geen inkomen. Zijn aanvraag voor een uitkering is op [[d:24 maart 2025]] ingediend en wordt nog behandeld (aanvraagnummer [[n:PW-2025-118820]]). Hij heeft geen spaargeld, geen netwerk in Nederland dat hem kan ondersteunen, en eet op dit moment via de {{o:Voedselbank}}. De huur over januari tot en met maart (€ 2.130) staat open bij {{o:Haag Wonen}}.

Het voorschot kan worden overgemaakt op zijn rekening [[i:@INGB/c]]. Voor vragen ben ik bereikbaar via [[t:070-3536194]].

Met vriendelijke groet,
[[p:Kim Dorrestijn]]
{{r:Wmo-adviseur}} {{o:SWT Bouwlust-Vrederust}}""",
    r"""notitie teamdag (eigen aantekeningen)
- jaarcijfers: 312 nieuwe aanmeldingen in 2024, 41% via {{r:huisarts}}, 22% via {{o:Servicepunt XL}}, rest via buren/familie/corporaties
- gemiddelde doorlooptijd 7 maanden (te lang!)
- top 3 problemen: schulden, eenzaamheid, psychische klachten
- nieuw: {{r:ervaringsdeskundige}} sluit vanaf het voorjaar 1 dag per week aan ([[p:Marcel]], kent de wijk, ex-dakloos)
- discussie over wachtlijst {{o:Parnassia}} en {{o:Brijder}}, zeker 10 weken
- vraag aan [[p:Annemiek]]: kunnen we de casus van fam. [[p:Nowak]] inbrengen bij de pilot?
- borrel om 17u 🍻""",
    r"""Concept-casusles: 'Als de mantelzorger zelf patiënt wordt'
Thema: ouderen / informele zorg
Wijk: {{w:Mariahoeve}}
Door: [[p:Sanne Mulder]]

In deze les beschrijven we een echtpaar van in de tachtig. Hij heeft Alzheimer, zij zorgt al acht jaar voor hem. In het najaar kreeg zij een herseninfarct en lag ze drie weken in het ziekenhuis. Niemand had een plan voor die situatie: de kinderen wonen in het buitenland, de {{r:casemanager dementie}} was op vakantie, de buurvrouw had geen sleutel.

Het team heeft binnen twee dagen een spoedopname voor hem geregeld via {{o:Florence}}. Na haar revalidatie hebben we samen met haar een 'noodplan' gemaakt: wie belt wie, wie heeft een sleutel, welke zorg kan er binnen 24 uur komen.

Les voor andere teams: maak bij elke zware mantelzorgsituatie een noodplan, vóórdat het misgaat. Het kost een uur en voorkomt veel paniek.

Interne noot (weghalen): echtpaar [[p:Van Dijk]], [[a:Ruychrocklaan 140]], noodplan getekend [[d:19-12-2024]].""",
    r"""[[p:Bouchra]]: heeft iemand ervaring met Eritrese cliënten en de ramadan? mijn cliënt wil alle afspraken verzetten naar na het suikerfeest
[[p:Rik]]: gewoon doen denk ik. Is maar een maand. Tenzij er iets dringends loopt
[[p:Bouchra]]: er loopt een bezwaar bij de Belastingdienst, termijn eindigt [[d:28 maart]]
[[p:Rik]]: dan dat ene gesprek wel houden, kort, 's ochtends? of telefonisch
[[p:Bouchra]]: goed idee. dan bel ik [[p:Yonas]] morgen, hij is vroeg wakker voor het ontbijt 😄""",
    r"""Beleidsnotitie (concept) - 'Vroegsignalering schulden in de sociale wijkzorgteams'
Opgesteld voor het managementoverleg van [[d:8 april 2025]]

Sinds 2021 ontvangen de teams signalen van betalingsachterstanden van woningcorporaties, energie- en drinkwaterbedrijven en zorgverzekeraars. In 2024 ging het in Den Haag om ruim 9.000 signalen. Ongeveer 60% van de huishoudens reageert op een eerste contact; van hen stroomt een kwart door naar {{o:schuldhulpverlening}}.

Knelpunten die de teams noemen:
1. Signalen komen vaak pas bij twee maanden achterstand; dan is de schuld al opgelopen.
2. Adresgegevens kloppen niet altijd (voorbeeld: de signalenlijst van week 9 noemde [[a:Hoefkade 389]] terwijl het huishouden al verhuisd was).
3. Er is geen terugkoppeling aan de corporaties over het resultaat.

Voorstel: een gezamenlijk dashboard met {{o:Staedion}}, {{o:Haag Wonen}} en {{o:Vestia}}, met terugkoppeling binnen 10 werkdagen. Contact: [[p:Saskia Lamers]], {{r:programmamanager}}.""",
    r"""Reactie op de casusles 'Noodplan' van [[p:Sanne]]

[[p:Gerda Vink]] (Rijswijk) - [[d:23-01-2025]]
Mooi en praktisch. Wij gebruiken in Rijswijk de 'mantelzorgkaart' van {{o:Mantelzorg Rijswijk}}: een kaartje in de portemonnee met de naam en het nummer van wie er moet worden gebeld. Bij één van mijn cliënten stond er mijn eigen nummer op ([[t:06-51 90 22 81]]) omdat er verder niemand was. Dat gaf me wel te denken.

[[p:Sanne Mulder]] - [[d:23-01-2025]]
Herkenbaar. Hoe ver ga je daarin als professional? Wij spreken af dat het teamnummer erop komt, niet een persoonlijk nummer.""",
    r"""Logboek {{r:ervaringsdeskundige}} (eerste maand)

wk 1 - meegelopen met [[p:Bilal]] en [[p:Joyce]]. Veel herkenning bij de zorgmijders, ik was zelf ook zo.
wk 2 - eerste eigen contact: een man van mijn leeftijd die in zijn auto slaapt bij het Hildebrandplein. Hij wil niet naar de opvang. We hebben koffie gedronken bij de McDonald's.
wk 3 - dezelfde man heeft me gebeld! Hij wil praten over zijn zoon, die hij al vijf jaar niet heeft gezien. Afspraak [[d:donderdag 27 maart]].
wk 4 - teamoverleg: uitleg gegeven over hoe het voelt om 'geholpen' te worden. Stil moment in de groep.

[[p:Marcel]]""",
    r"""Afsprakenkaart (meegegeven aan cliënt, kopie in dossier)

U heeft een afspraak met: [[p:Roshni Bhaggoe]], {{r:welzijnscoach}}
Waar: {{o:Servicepunt XL}} {{w:Morgenstond}}, balie 3
Wanneer: [[d:maandag 24 maart]], 10.00 uur
Volgende afspraak: [[d:maandag 7 april]], 10.00 uur

Neem mee: uw brieven van het {{o:CAK}} en de bank.
Kunt u niet komen? Bel of app: [[t:06 40 18 77 25]]

Uw kleinzoon mag meekomen.""",
]
TEXTS += [
    r"""Doorgestuurd bericht van {{o:Eneco}} - vroegsignalering energie (maart)

Klantnummer   Leveringsadres              Postcode   Achterstand   Eerste herinnering
[[n:201188734]]     [[a:Jan Blankenstraat 8 bis]]     [[pc:2524 TN]]    € 412,10      [[d:06-01-2025]]
[[n:200977105]]     [[a:Schalk Burgerstraat 121]]     [[pc:2572 VK]]    € 288,75      [[d:13-01-2025]]
[[n:203310448]]     [[a:Newtonstraat 302]]            [[pc:2562 KW]]    € 631,00      [[d:20-01-2025]]
[[n:202455019]]     [[a:Fruitweg 44-1]]               [[pc:2525 KG]]    € 199,90      [[d:27-01-2025]]

Toestemming voor delen is gebaseerd op het convenant vroegsignalering. Graag per adres binnen 14 dagen een eerste contactpoging; terugmelden via het portaal.""",
    r"""Voicemail-overzicht teamtelefoon ({{w:Schilderswijk}}), maandagochtend

07:48 - [[t:06 22 19 80 31]] - vrouw, Arabisch, vraagt om terugbellen, noemt 'brief gemeente'
08:02 - [[t:070 388 12 40]] - geen bericht
08:15 - [[t:06-30 84 71 62]] - moeder van Rustenburg-gezin, afspraak woensdag kan niet
08:31 - anoniem - buurman meldt dat er al dagen post uit de brievenbus steekt op de [[a:Hoefkade 389]]
08:40 - [[t:+32 478 55 12 09]] - Belgisch nummer, man, over zijn broer, verstaan niet goed

Verdeeld in de ochtendbriefing door [[p:Sanne]].""",
    r"""Melding verward/zorgwekkend gedrag (via meldpunt, doorgezet naar SWT)

Datum melding: [[d:zaterdag 15 maart 2025]], 22:14
Locatie: [[a:Kempstraat 130-1e]], [[pc:2572 GH]], portiek
Melder: buurtbewoner, wil anoniem blijven, terugbelnummer [[t:06-87 01 44 26]]
Omschrijving: vrouw (ca. 50) schreeuwt in het trappenhuis, lijkt gedesoriënteerd, weet niet waar ze woont.
Inzet: {{o:politie}} ter plaatse om 22:40, vrouw thuisgebracht. Geen opname.
Bekend bij: {{o:SWT Transvaal}} (dossier [[n:TV-24-02177]])
Vervolg: huisbezoek door het team op [[d:ma 17-3]].""",
    r"""samenvatting bankafschriften (budgetcoaching, [[d:1 februari]] t/m [[d:28 februari 2025]])

rekening: [[i:@SNSB/s]]
ontvangen: bijstand [[d:24-2]] € 1.401,00; toeslagen [[d:20-2]] € 512,00
afgeschreven: huur [[d:1-2]] € 736,40; energie [[d:3-2]] € 165,00; zorgverzekering [[d:28-2]] € 148,50
opvallend: 6x pinnen bij de avondwinkel, totaal € 212; overboeking € 150 naar [[i:@BUNQ/c]] (van zoon?)
bespreken tijdens volgende afspraak [[d:do 6 maart]]""",
    r"""routeplan woensdag (fiets)
09:00 [[a:Paul Krugerlaan 96B]]
10:00 [[a:Kempstraat 46 hs]] (1e contact, signalenlijst)
11:15 [[a:Stuwstraat 34]] - tolk Bulgaars gebeld? ja
12:30 lunch
13:30 [[a:Delftselaan 17-hs]] NIET, geheim adres, zie overdracht
14:30 kantoor, verslagen""",
    r"""Bevestiging aanmelding - workshop 'Gespreksvoering met zorgmijders'

Beste deelnemer,

Je bent aangemeld voor de workshop op [[d:donderdag 13 maart 2025]] van 13.30 tot 16.30 uur in {{o:Wijkcentrum Transvaal}}. De workshop wordt gegeven door een {{r:trainer}} van {{o:Movisie}}. Neem een casus mee (geanonimiseerd!).

Kun je niet? Meld je af via [[e:pilot.sociaaldomein@denhaag.nl]] uiterlijk [[d:10 maart]]. Er is een wachtlijst.

Groet, het pilotteam""",
    r"""Thread › Bemoeizorg › 'Tijdlijn van een crisis: waar hadden we eerder kunnen zijn?'

Ik zet hier de tijdlijn neer van een casus die vorige maand escaleerde. Namen zijn weg, data nog niet - moderator, wil je die nog aanpassen?

- [[d:3 januari]]: eerste melding van buren (geluid)
- [[d:9 januari]]: {{r:wijkagent}} langs, niks aan de hand volgens bewoner
- [[d:21 januari]]: {{o:Staedion}} stuurt waarschuwingsbrief
- [[d:4 februari]]: deur gaat niet open voor het team
- [[d:14 februari]]: crisisdienst {{o:Parnassia}}, IBS
Achteraf: al bij de tweede melding hadden we een gezamenlijk huisbezoek moeten doen.
- [[p:Bilal]]""",
    r"""Reactie moderator: Dank [[p:Bilal]], data zijn vervangen door 'week 1' t/m 'week 7'. Let op: ook de combinatie van corporatie en wijk maakt het herkenbaar, dus ik heb '{{o:Staedion}}' veranderd in 'de corporatie'. Vragen hierover? Bel me op [[t:06 52 10 38 47]] of mail [[e:s.lamers@denhaag.nl]]. - [[p:Saskia]]""",
]


def parse(raw):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in TOKEN.finditer(raw):
        out.append(raw[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            lab, content = m.group(1), m.group(2)
            if lab == "b" and content.startswith("@"):
                content = make_bsn(content[1:])
            elif lab == "i" and content.startswith("@"):
                content = make_iban(content[1:])
            pii.append(
                {"start": pos, "end": pos + len(content), "label": PII[lab], "text": content}
            )
        else:
            lab, content = m.group(3), m.group(4)
            keep.append(
                {"start": pos, "end": pos + len(content), "label": KEEP[lab], "text": content}
            )
        out.append(content)
        pos += len(content)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), pii, keep


def build():
    records = []
    for n, raw in enumerate(TEXTS):
        text, pii, keep = parse(raw.strip("\n"))
        records.append({"id": "ho69-%04d" % n, "text": text, "pii": pii, "keep": keep})
    return records


def verify(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        t = r["text"]
        assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, r["id"]
        assert r["pii"], r["id"] + " has no pii"
        spans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (r["id"], s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (r["id"], s)


def main():
    records = build()
    verify(records)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout69.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in records for s in r["pii"])
    kc = Counter(s["label"] for r in records for s in r["keep"])
    words = sum(len(r["text"].split()) for r in records)
    print("wrote %s: %d texts, %.0f words/text" % (path, len(records), words / len(records)))
    tot = sum(pc.values())
    for k, v in pc.most_common():
        print("  pii  %-9s %4d  %4.1f%%" % (k, v, 100.0 * v / tot))
    for k, v in kc.most_common():
        print("  keep %-9s %4d" % (k, v))


if __name__ == "__main__":
    main()
