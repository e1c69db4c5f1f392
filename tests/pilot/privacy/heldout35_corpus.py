#!/usr/bin/env python3
"""Held-out corpus 35: Den Haag wijkteam documents of many kinds. Deterministic."""

import json, os, random, re

rng = random.Random(35035)


def bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 < 10:
            return "".join(map(str, d + [d9]))


def iban():
    bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
    acc = "".join(str(rng.randint(0, 9)) for _ in range(10))
    base = bank + acc + "NL00"
    num = "".join(str(int(c, 36)) for c in base)
    chk = 98 - int(num) % 97
    return "NL%02d%s%s" % (chk, bank, acc)


def fmt_bsn(style):
    b = bsn()
    if style == "1":
        return b
    if style == "2":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    return b[:3] + " " + b[3:6] + " " + b[6:]


def fmt_iban(style):
    i = iban()
    if style == "1":
        return " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    if style == "2":
        return i
    return i.lower() if style == "3" else i[:4] + " " + i[4:8] + " " + i[8:]


T = []


def t(s):
    T.append(s)


# ---------------------------------------------------------------- texts
t(
    """AANMELDLIJST KICK-OFF pilot 'Samen werken in het sociale domein' – [[date:22 nov.]], wijkcentrum
1. [[person:Ilse Koster]] ({{role:maatschappelijk werker}}, {{org:Xtra}}) – thema ouderen
2. [[person:Mohamed el Idrissi]] ({{role:Wmo-adviseur}}) – bemoeizorg
3. [[person:Roos vd Berg]] – jeugd, 06-[[phone:06-21 44 78 90]]
4. [[person:Dilan Aksoy]], {{role:wijkverpleegkundige}} {{org:Florence}} – huiselijk geweld
5. [[person:A.K. Boateng]] (neemt ook collega [[person:Kwame]] mee?)
Vegetarisch: 2x. Vragen? Mail [[email:kickoff.swt@denhaag.nl]]""".replace(
        "06-[[phone:06-", "[[phone:06-"
    )
)

t(
    """Evaluatie workshop bemoeizorg ({{wijk:Moerwijk}}, di 14-02)
Wat vond je goed? "De casus van [[person:Hoop]] was herkenbaar, vooral het stuk over de huisarts die niet wilde verwijzen."
Wat kan beter? "Minder sheets. En [[person:Gerrit]] van {{org:Parnassia}} praatte een beetje veel haha"
Cijfer: 8
Naam (optioneel): [[person:Samira]]""".replace("di 14-02", "di [[date:14-02]]")
)

t(
    """Moderator: ik heb de naam van de cliënt verwijderd uit je bericht, [[person:Fatima]]. Ook het adres ([[address:Jan Blankenstraat 56-III]]) en de geboortedatum [[date:07-11-1961]] stonden er nog in. Graag voortaan alleen 'mevrouw X' en de wijk ({{wijk:Schilderswijk}}) noemen. Groet, [[person:Jeroen]] ({{role:facilitator}} {{org:gemeente Den Haag}})"""
)

t("""Toestemmingsverklaring – samenvatting
Cliënt: [[person:Nadia Bennani]], geb. [[date:3-9-'79]]
BSN: [[bsn:§B2]]
Datum ondertekening: [[date:12 januari 2024]]
Reikwijdte: delen van gegevens binnen het SWT {{wijk:Laak}} en met {{org:Schuldhulpverlening Den Haag}}; NIET met werkgever.
Vastgelegd door: [[person:R. Mahabier]], {{role:casusregisseur}}
Dossiernr: [[dossier:SWT-LK-2024-0117]]""")

t("""Automatisch antwoord: Ik ben afwezig t/m [[date:vrijdag 8 maart]]. Voor spoed kunt u contact opnemen met mijn collega [[person:Bas Bakker]] via [[phone:070 - 353 71 24]] of [[email:b.bakker@swt-escamp.nl]]. Voor crisis: {{org:Veilig Thuis}} 0800-2000.
Met vriendelijke groet,
[[person:Yvonne de Wit]]
{{role:Ouderenconsulent}} | {{org:Xtra}} | {{wijk:Mariahoeve}}""")

t("""INCIDENTMELDING
Datum/tijd: [[date:21-06-2023]], ca. 15.40 uur
Locatie: huisbezoek [[address:Hoefkade 212-hs]], [[postcode:2526 BN]]
Betrokkenen: dhr. [[person:Şahin]] (cliënt), {{role:maatschappelijk werker}} [[person:Lotte Visser]]
Beschrijving: cliënt werd boos toen het over de beslaglegging ging, sloeg met vuist op tafel. Geen letsel. Collega heeft gesprek afgebroken en is met [[person:Lotte]] naar buiten gegaan.
Gemeld bij leidinggevende op [[date:22/6]]. Registratienr. [[dossier:INC-23-0448]]""")

t(
    """Gesprekslog crisisdienst – {{org:GGZ Crisisdienst Haaglanden}}
22:14 beller: zus van cliënt, [[person:Mirjam]] ([[phone:06 48 11 02 73]])
Cliënt [[person:Dennis Oudshoorn]], 44 jr, woont [[address:Paets van Troostwijkstraat 9]], {{wijk:Duinoord}}
Zegt al 3 dagen niet te eten, praat over 'er niet meer willen zijn'. 
22:31 {{role:psychiater}} dienst ([[person:dr. Okonkwo]]) ingelicht, huisbezoek gepland.
23:05 terugbelverzoek via [[phone:+31 70 391 22 80]] niet opgenomen.""".replace(
        "[[person:dr. Okonkwo]]", "dr. [[person:Okonkwo]]"
    )
)

t("""Budgetplan fam. [[person:Pinas]] (ref [[dossier:SHV/2024/3381]])
Inkomsten: uitkering Participatiewet € 1.342, toeslagen € 410
Vaste lasten: huur € 780 (overboeken naar [[iban:§I1]]), energie € 145, zorgverzekering € 2x 138
Afspraak: mw [[person:Pinas]] houdt € 60 per week leefgeld. Beschermingsbewind aangevraagd per [[date:01-04-2024]].
Opgesteld door [[person:Gwen]], {{role:budgetcoach}} {{org:Stichting Mooi}}""")

t(
    """Aan: {{org:Haag Wonen}}, afdeling huurincasso
Betreft: huurder [[person:mevr. J. Tjon A Fat]], [[address:Zuidlarenstraat 41]], [[postcode:2545VP]] Den Haag
Geachte heer/mevrouw,
Namens het {{org:sociaal wijkzorgteam}} {{wijk:Moerwijk}} verzoek ik u de ontruimingsprocedure aan te houden. Mevrouw heeft sinds [[date:15 februari]] een betalingsregeling en is aangemeld bij schuldhulp (dossier [[dossier:2024-05512]]).
Met vriendelijke groet,
[[person:Kees Hoogland]], {{role:casusregisseur}}
[[phone:06-39281177]]""".replace("[[person:mevr. J. Tjon A Fat]]", "mevr. [[person:J. Tjon A Fat]]")
)

t(
    """Verwijzing naar {{org:Parnassia}} FACT-team {{wijk:Escamp}}
Graag aanmelding voor dhr [[person:Tesfaye Gebremedhin]], geb [[date:1986-03-19]], BSN [[bsn:§B1]]. Huisarts: [[person:dr. Van Rijn]], {{org:Gezondheidscentrum Transvaal}}.
Reden: psychotische klachten, zorgmijdend, dreigende dakloosheid. Cliënt spreekt Tigrinya, tolk nodig. Verblijft tijdelijk bij een neef op [[address:Apeldoornselaan 118 B]].
Contactpersoon SWT: [[person:Eva]] ([[email:eva.lindeboom@denhaag.nl]])""".replace(
        "[[person:dr. Van Rijn]]", "dr. [[person:Van Rijn]]"
    )
)

t("""Klacht buurvrouw (letterlijk overgenomen uit mail van [[date:2 okt.]]):
"Die man op nummer 14, meneer [[person:Kowalczyk]], heeft weer de hele nacht muziek aan en zijn hond blaft. Ik heb al 5x gebeld met de woningcorporatie. Ik ben [[person:Ria van Dam]], ik woon hier 31 jaar, [[address:Vlierboomstraat 16]]. Bel me maar [[phone:0703 60 44 19]]."
Actie {{role:wijkagent}}: gesprek met [[person:Kowalczyk]] gepland.""")

t("""notes [[person:Hannah]] (sorry, Dutch still slow)
- visit mw [[person:el amrani]] today, she was tired, kids home from school
- her son [[person:Bilal]] (16) translates, not ideal!! ask tolkentelefoon next time
- housing: mold in bedroom, landlord = {{org:Staedion}}, complaint nr [[dossier:STD-771204]]
- afspraak volgende week dinsdag, check with [[person:Marloes]] ({{role:wijkverpleegkundige}})""")

t("""Aanmeldformulier startbijeenkomst begin februari
Naam: [[person:Pieter-Jan Smit]]
Organisatie: {{org:MEE}} Zuid-Holland Noord
Functie: {{role:MEE-consulent}}
Telefoon: [[phone:06 12 93 55 40]]
E-mail: [[email:pj.smit@meezhn.nl]]
Dieetwensen: geen
Thema-voorkeur: 1. jeugd 2. ouderen""")

t(
    """[[person:Fatima]], goed punt in je casus over mevrouw [[person:Roos]]. Wij hadden in {{wijk:Transvaal}} iets vergelijkbaars: oudere dame, dementie, zoon woont in Rotterdam en komt eens per maand. De {{role:casemanager dementie}} heeft toen samen met [[person:Hüseyin]] van het {{org:Servicepunt XL}} een buurtnetwerk opgezet. Bel me gerust: [[phone:070-7526333]]. – [[person:Anouk]]"""
)

t("""Verslag MDO [[date:woensdag 17 april 2024]]
Aanwezig: [[person:Joyce]] ({{role:wijkverpleegkundige}}), [[person:Marco]] ({{org:Wmo-loket}}), [[person:Shirin Ahmadi]] ({{role:maatschappelijk werker}}), [[person:Van der Linden]] ({{org:Haaglanden Medisch Centrum}})
Casus [[dossier:#58213]]: mw. [[person:Bakker]], 83, valt regelmatig, weigert alarmering. Dochter [[person:Esther]] wil opname. Besluit: eerst proefplaatsing dagbesteding 2 dagen per week.""")

t(
    """Beste [[person:meneer Van Leeuwen]],

Hierbij bevestig ik ons gesprek van gisteren. Zoals besproken vraag ik bij de gemeente een Wmo-voorziening (traplift) aan voor uw vrouw. Uw zaak is geregistreerd onder [[dossier:WMO-2024-22871]]. Ik neem voor [[date:1 juli]] contact met u op.

Vriendelijke groet,
[[person:Naima Ouali]]
{{role:Wmo-adviseur}}, {{org:gemeente Den Haag}}""".replace(
        "[[person:meneer Van Leeuwen]]", "meneer [[person:Van Leeuwen]]"
    )
)

t(
    """Bellijst terugbellen ma
- [[person:mw. Chen]] – 06-19 82 47 05 – vraag over huurtoeslag
- dhr [[person:Abdi Warsame]] – [[phone:0031 6 41 72 09 88]] – wil afspraak verzetten
- [[person:Kasia]] (dochter van [[person:pani Nowak]]) – [[phone:06.55.20.13.99]]
- [[person:de Hoop]], mw – geen nummer, via {{org:Servicepunt XL}} {{wijk:Bouwlust}}""".replace(
        "[[person:mw. Chen]] – 06-19 82 47 05", "mw. [[person:Chen]] – [[phone:06-19 82 47 05]]"
    ).replace("[[person:pani Nowak]]", "pani [[person:Nowak]]")
)

t(
    """Toestemming vastgelegd
Wie: [[person:Stefan Georgiev]] (cliënt) en zijn partner [[person:Mariana Ionescu]]
Wanneer: [[date:do. 05/09/2024]]
Waarvoor: uitwisseling met {{org:Kredietbank}} en {{org:UWV}}, geldig 1 jaar
Vastgelegd door: {{role:maatschappelijk werker}} [[person:Tim]] (mondeling, schriftelijke versie volgt)
Let op: geen toestemming voor contact met {{org:Veilig Thuis}}.""".replace(
        "[[date:do. 05/09/2024]]", "do. [[date:05/09/2024]]"
    )
)

t(
    """Hoi allemaal, ik ben er [[date:11 en 12 maart]] niet. Noodgevallen → [[person:Iris]] of [[person:Ayoub]]. Mijn caseload: [[person:Derksen]] (afspraak verplaatst naar [[date:14/3]]), [[person:Oduro]] (wacht op beschikking), [[person:Kaya]] (niks nodig). Groetjes, [[person:Mei]]""".replace(
        "[[date:11 en 12 maart]]", "[[date:11]] en [[date:12 maart]]"
    )
)

t("""Incidentrapport [[dossier:IR-2024/017]]
Op [[date:maandag 3 juni]] is een USB-stick met cliëntgegevens kwijtgeraakt in het wijkcentrum {{wijk:Bouwlust}}. Op de stick stonden o.a. gegevens van [[person:M. Rahimi]] en [[person:F. Doğan]] (BSN [[bsn:§B3]]). Melding datalek gedaan bij de {{role:functionaris gegevensbescherming}}. Opgesteld door [[person:Wendy Koster]].""")

t("""Crisisdienst telefoonnotitie [[date:30-12]] 02.10u
Melder: politie, {{role:wijkagent}} [[person:Van Dijk]]
Situatie: man ([[person:Rachid]], achternaam onbekend) staat op balkon [[address:Erasmusweg 780]], 4e etage, roept. Buren bezorgd.
Actie: {{org:Crisisdienst GGZ}} ter plaatse 02.45u, cliënt vrijwillig mee naar {{org:Parnassia}} Kijkduin. Overdracht aan SWT {{wijk:Morgenstond}} volgt.""")

t(
    """Brief aan verhuurder
[[person:Fam. Rijnsburger]] Vastgoed BV
t.a.v. dhr. [[person:H. Rijnsburger]]

Den Haag, [[date:19 augustus 2024]]

Betreft: gebrek aan woning [[address:Van Ostadestraat 322-2]], [[postcode:2526 JP]]

Geachte heer [[person:Rijnsburger]],
Uw huurster, mevrouw [[person:Ebony Martina]], heeft ons gevraagd te bemiddelen. Er is sinds maanden lekkage in de badkamer. Kunt u contact opnemen met ondergetekende?
[[person:Sanne Vos]], {{role:maatschappelijk werker}}, [[phone:070 205 88 31]]""".replace(
        "[[person:Fam. Rijnsburger]]", "Fam. [[person:Rijnsburger]]"
    )
)

t(
    """Met [[person:Baldewsing]] afgesproken: elke 2 weken op dinsdag koffie bij {{org:Stek}}. Hij vindt het fijn om met [[person:Ramon]] (vrijwilliger) te praten. Nog steeds eenzaam sinds overlijden vrouw in 2021. Volgende evaluatie [[date:2 sept]]."""
)

t("""From: [[person:Oliver Grant]] <[[email:o.grant@xtra.nl]]>
Re: casus [[person:Ait Said]]
Hi [[person:Fleur]], quick update in English, sorry. I spoke with mrs [[person:Ait Said]] yesterday. Her daughter [[person:Yasmina]] says the benefits stopped per [[date:1 mei]]. Kun jij met het {{org:Werkplein}} bellen? Klantnummer [[dossier:K-0093321]]. I'll do the home visit [[date:thursday 23rd]] if that works. Thx!""")

t("""Evaluatieformulier expertmeeting april
Naam: [[person:de Graaf, Marleen]]
Team: SWT {{wijk:Segbroek}}
Wat neem je mee? De aanpak van {{org:Veilig Thuis}} rond huiselijk geweld bij ouderen. Vooral het voorbeeld van de man die zijn moeder (mw. [[person:Zwart]]) financieel uitbuitte.
Tips: volgende keer ook een {{role:ervaringsdeskundige}} uitnodigen.""")

t(
    """Ik heb het telefoonnummer en de e-mail van de buurman verwijderd, [[person:Koen]]. Je mag wel schrijven 'de buurman belde de politie', maar niet 'dhr. [[person:Amrani]] van 3 hoog'. Dank! [[person:Marieke]] (moderator)"""
)

t("""Budgetplan [[person:K. Asante]] – versie 2
Rekening cliënt: [[iban:§I2]]
Leefgeldrekening: [[iban:§I1]]
Schulden: DUO € 4.200, CJIB € 680, zorgverzekeraar € 1.950
Aflossing via {{org:Kredietbank Nederland}}, dossiernummer [[dossier:KBN 24-118-07]].
Controle [[date:15-10]] door [[person:Priya]] ({{role:schuldhulpverlener}}).""")

t(
    """Aanmelding GGZ
Cliënt: [[person:Nour Al-Hassan]], v, 29 jr
Adres: [[address:Stuwstraat 3 bis]], [[postcode:2516TV]] 's-Gravenhage
Tel: [[phone:06 - 87 44 21 60]]
Verwijzer: [[person:dr. M. Kapteijn]], huisarts
Hulpvraag: PTSS-klachten na vlucht uit Syrië, slaapt slecht, angstig bij drukte. Wil graag vrouwelijke behandelaar. Graag via {{org:i-psy}}.""".replace(
        "[[person:dr. M. Kapteijn]]", "dr. [[person:M. Kapteijn]]"
    )
)

t(
    """hoi [[person:joost]], kun je vandaag langs bij [[person:de wit]] op de Leyweg? ik krijg [[person:hem]] niet te pakken. nieuw nr is [[phone:0612345098]]. groet [[person:ines]]""".replace(
        "bij [[person:hem]] ", "hem "
    ).replace("[[person:hem]]", "hem")
)

t(
    """Buurtklacht (genoteerd door {{role:welzijnswerker}} [[person:Thijs]] op [[date:ma 6/5]])
Mevrouw [[person:Öztürk]] van [[address:Soestdijksekade 402A]] zegt: "Het ruikt al weken naar afval uit de woning van de buurman. Hij heet geloof ik [[person:Geert]] of zo. Ik durf niet aan te bellen."
Doorgezet naar {{org:Bureau Straatmedisch Team}}.""".replace("[[date:ma 6/5]]", "ma [[date:6/5]]")
)

t("""OOO: Ik ben met verlof tot en met [[date:26.07.2024]]. Mails worden niet doorgestuurd. Voor vragen over cliënten van SWT {{wijk:Loosduinen}}: [[email:swt.loosduinen@denhaag.nl]] of bel [[person:Hanneke]] op [[phone:06 33 19 88 20]].

I'm on leave until [[date:July 26]]. For urgent matters please contact [[person:Hanneke]].""")

t("""Casusbeschrijving voor thema ouderen
Mw. [[person:Soekhlal]] (78) woont alleen in {{wijk:Transvaal}}, [[address:Hobbemastraat 88-I]]. Haar kleindochter [[person:Shanti]] doet de boodschappen, maar studeert nu in Groningen. Na een val in maart kreeg mw thuiszorg van {{org:Vérian}}. {{role:Ouderenconsulent}} [[person:Wim]] signaleerde vereenzaming. Les: vraag vroeg naar het netwerk, niet pas na een crisis.""")

t("""Deelnemers brainstorm bemoeizorg
[[person:Sabine Hoek]] – SWT {{wijk:Laak}}
[[person:Youssef Benali]] – SWT {{wijk:Schilderswijk}}
[[person:Lieke Mulder]] – {{org:GGD Haaglanden}}
[[person:Kofi Mensah]] – {{org:Leger des Heils}}
[[person:Valentina Rossi]] – {{org:Parnassia}}
Verhinderd: [[person:Bram]] (ziek), [[person:Gülsen]] (cursus)""")

t("""Gespreksverslag [[date:08-05-24]] – dossier [[dossier:SWT-2024-118]]
Aanwezig: cliënt (dhr. [[person:Van den Heuvel]]), zijn broer [[person:Arie]], ondergetekende.
Dhr. heeft schulden bij Eneco en de Belastingdienst. Post wordt niet geopend. Broer wil helpen met ordenen. BSN cliënt: [[bsn:§B2]] (nodig voor aanmelding {{org:Schuldhulpverlening}}).
Vervolg: [[date:22 mei]] om 10.00 in wijkcentrum.
[[person:Demi]]""")

t(
    """Moderatie: [[person:Yusuf]], ik heb in je reactie het BSN ([[bsn:§B1]]) en de naam van de dochter weggehaald. Het BSN hoort nooit op het platform! Inhoudelijk prima bijdrage overigens. – moderatorteam"""
)

t(
    """Klantnotitie Wmo-loket: mw [[person:Alves Tavares]] belt, wil scootmobiel. Woont [[address:Kaapstraat 27]], [[postcode:2572 TH]]. Indicatie aangevraagd, ref [[dossier:WMO/24/00871]]. Spreekt Portugees/Kaapverdiaans Creools, zoon [[person:Nelson]] belt terug op [[phone:06-26 40 71 35]]."""
)

t("""Notes from [[person:Emma]] (expat, first month in team {{wijk:Mariahoeve}})
Home visit w/ [[person:Gert-Jan]] ({{role:casemanager dementie}}). Mr [[person:Verhoef]], 81, lives on [[address:Ambachtsgaarde 210]]. Wife died last year. He kept calling me 'zuster' lol. He has a key safe, code is with [[person:Gert-Jan]]. Next visit: woensdag [[date:12 juni]]. To do: uitzoeken wat een 'PGB' precies is.""")

t("""Wijkteam {{wijk:Regentessekwartier}} – overdracht
Cliënt [[person:L.M. Hofstede-Bos]] gaat over naar collega [[person:Julia]]. Openstaand: aanvraag bijzondere bijstand (nr [[dossier:BB-24-3310]]), contact met {{org:HVO-Querido}}. Cliënt is lastig bereikbaar, liefst bellen na 11u: [[phone:(070) 346 21 09]]. Overdracht per [[date:1-8-2024]].""")

t("""Beste [[person:Karim]],
Dank voor je aanmelding voor de workshop 'Praten over geld'. De workshop is op [[date:donderdag 28 november]] van 13.00 tot 16.30 in {{org:Wijkcentrum Het Anker}}. Neem gerust een casus mee (geanonimiseerd!).
Groet, [[person:Nina]] – {{org:CAOP}}""")

t(
    """Meldpunt zorg en overlast – telefoongesprek
Melder: [[person:dhr. P. Dekker]], [[address:Fahrenheitstraat 505]], tel [[phone:070-3456612]]
Over: buurvrouw [[person:Gabriela]] ([[address:Fahrenheitstraat 507]]), schreeuwt 's nachts, veel bezoek. Melder vermoedt drugs. 'Ze is eigenlijk heel aardig, maar het gaat niet goed met haar.'
Doorgezet naar SWT {{wijk:Valkenboskwartier}}, zaak [[dossier:ZO-2023-09912]].""".replace(
        "[[person:dhr. P. Dekker]]", "dhr. [[person:P. Dekker]]"
    )
)

t(
    """Toestemmingsverklaring (samenvatting dossier)
Ondertekend: [[date:14-3-2023]] door [[person:Ahmad Rezaei]]
Inhoud: toestemming om info te delen met huisarts ([[person:dr. Bos]]), {{org:Parnassia}}, en {{org:Vluchtelingenwerk}}.
Niet: familie in Afghanistan.
Vastgelegd door [[person:I. van Es]] ({{role:casusregisseur}}) – ingescand in Mens Centraal op [[date:15-3-2023]].""".replace(
        "[[person:dr. Bos]]", "dr. [[person:Bos]]"
    )
)

t("""Incident [[date:2/11/2023]] – agressie bij {{org:Servicepunt XL}} {{wijk:Escamp}}
Een bezoeker (bekend als [[person:Ricardo]], dossier [[dossier:SPXL-4410]]) bedreigde baliemedewerker [[person:Samantha de Jong]] nadat zijn aanvraag was afgewezen. Beveiliging ingeschakeld. Aangifte gedaan. Nazorg collega door [[person:Ellen]] ({{role:teamleider}}).""")

t("""van [[person:Agnieszka]]: 
mw. [[person:Wiśniewska]] vandaag gesproken, ze werkt via uitzendbureau in kassen in het Westland, huurt kamer op [[address:Paul Krugerlaan 144-3]]. Werkgever houdt huur in op loon. Ze heeft geen zorgverzekering!! Verwezen naar {{org:Juridisch Loket}}. Ze wil geen hulp van {{org:gemeente}}, bang voor haar verblijf.""")

t("""Verslag kick-off [[date:22 november]]
Ruim 180 teamleden uit 24 teams. Gekozen thema's: jeugd, ouderen, huiselijk geweld, bemoeizorg. Pilotgroep gekozen (20 personen), o.a. [[person:Marit]] ({{wijk:Scheveningen}}), [[person:Mustafa Yıldız]] ({{wijk:Laak}}) en [[person:Ruud de Boer]] ({{wijk:Ypenburg}}). Dank aan [[person:Chantal]] voor de organisatie. Volgende: startbijeenkomst begin februari.""")

t("""Doorverwijzing FACT – vervolg
Naam: [[person:Dewi Soerdjbalie]]
Geb.datum: [[date:11.02.1995]]
BSN: [[bsn:§B3]]
Adres: [[address:Mgr. Nolenslaan 67]], [[postcode:2555 AB]] Den Haag
Moeder [[person:Sita]] is mantelzorger, tel [[phone:06-51 02 33 87]]
Klachten: wisselende stemming, cannabisgebruik, stopt met medicatie.""")

t(
    """Quote buurman in wijkoverleg: "Ik zie [[person:Ome Jan]] al twee weken niet meer op zijn balkon. Vroeger zat hij daar elke ochtend met zijn koffie." (over [[person:J. Kuipers]], [[address:Loosduinse Hoofdstraat 301]]). {{role:Wijkagent}} is langsgegaan, dhr. bleek opgenomen in {{org:HMC}} Westeinde.""".replace(
        "[[person:Ome Jan]]", "Ome [[person:Jan]]"
    )
)

t("""mail [[person:Lucas]] → team
Subject: casus [[person:Abdullahi]]
All, the client [[person:Hodan Abdullahi]] moved to [[address:Heeswijkplein 8]] ({{wijk:Moerwijk}}). New phone [[phone:+31 6 2855 1903]]. Her case number at IND is [[dossier:V-193 447 202]], don't share outside team pls. Volgende week overleg met {{org:Vluchtelingenwerk}}.""")

t(
    """Budgetplan (concept) dhr. [[person:Ivanov]]
Inkomen: loon ca € 1.900 netto (wisselend)
Uitgaven: huur kamer € 650 contant (!), telefoon € 35, geld naar familie in Bulgarije € 300
Spaarrekening: [[iban:§I3]]
Advies: huur via bank betalen, contract opvragen. Volgende afspraak [[date:vr 18 okt]].
[[person:Mila]], {{role:budgetcoach}}""".replace("[[date:vr 18 okt]]", "vr [[date:18 okt]]")
)

t("""Geachte mevrouw [[person:Hoekstra]],
Als {{role:maatschappelijk werker}} van het {{org:Sociaal Wijkzorgteam}} {{wijk:Bezuidenhout}} schrijf ik u namens uw huurder, de heer [[person:Said Bouzid]], wonend op [[address:Theresiastraat 190 A]]. De verwarming werkt sinds [[date:29 december 2023]] niet. Dhr. heeft astma. Wij verzoeken u dringend dit binnen 5 werkdagen te herstellen.
Hoogachtend, [[person:M. Tahiri]]
[[email:m.tahiri@swtbezuidenhout.nl]]""")

t("""Evaluatie startbijeenkomst (anoniem, maar sommigen vulden naam in)
– "Goed georganiseerd. Jammer dat [[person:Harm]] er niet was." 
– "Meer tijd voor casussen aub" ([[person:Naomi]], {{wijk:Ypenburg}})
– "Ik wil graag met [[person:Zeynep]] van {{wijk:Laak}} samenwerken op jeugd."
– "Koffie was koud :)"
Gemiddeld cijfer 7,6 (n=17).""")

t(
    """Logboek crisisdienst
[[date:za 4 mei]] 19:50 – [[person:Priscilla Tromp]] belt over haar broer [[person:Jurgen]], verward, dreigt met mes. Adres broer: [[address:Hengelolaan 1120]]. Politie ingeschakeld.
20:35 – {{role:SPV}} [[person:Lammers]] ter plaatse, IBS overwogen, niet nodig. Jurgen gaat vrijwillig mee.
Terugbelnummer melder: [[phone:06-43 20 75 11]].""".replace(
        "[[date:za 4 mei]]", "za [[date:4 mei]]"
    ).replace("niet nodig. Jurgen", "niet nodig. [[person:Jurgen]]")
)

t(
    """Hi team! Ik ben [[date:vanaf 3/4 t/m 10/4]] op vakantie. [[person:Marcel]] neemt mijn cliënten waar. Belangrijk: mw [[person:bakker]] heeft [[date:5/4]] een zitting bij de rechtbank (zaaknr [[dossier:C/09/651233]]), zij wil dat iemand meegaat! Liefs [[person:Roosmarijn]]""".replace(
        "[[date:vanaf 3/4 t/m 10/4]]", "vanaf [[date:3/4]] t/m [[date:10/4]]"
    )
)

t("""Toestemmingsverklaring – uittreksel
Datum: [[date:6 juni 2024]]
Betrokkene: [[person:Mbali Dlamini]], BSN [[bsn:§B1]]
Scope: alleen gegevens over huisvesting delen met {{org:Haag Wonen}} en {{org:Kessler Stichting}}; medische info niet.
Vastgelegd door: [[person:Robin]] ({{role:Wmo-consulent}}), in aanwezigheid van tolk.""")

t(
    """Moderatorbericht: Dank voor je les over huiselijk geweld, [[person:Lisa]]! Ik heb twee dingen aangepast: de straat met huisnummer ([[address:Wolweversgaarde 112]]) en de naam van de zoon ([[person:Jayden]]) staan er niet meer in. De rest staat live."""
)

t("""Verwijzing GGZ-team (basis-GGZ)
Mw. [[person:Ana Petrescu]], 34, Roemeense, woont [[address:Goudenregenstraat 96-B]], [[postcode:2565 ES]]. Depressieve klachten sinds zij haar baan verloor. Werkt mee, wil hulp. Huisarts [[person:Verkerk]] verwijst. Contact cliënt via [[email:ana.petrescu88@gmail.com]] (Engels of Roemeens). Registratie SWT: [[dossier:SWT-SG-00391]].""")

t(
    """Wijknetwerk {{wijk:Spoorwijk}}: [[person:tante Gerda]] ([[person:mw. Blom]]) doet al 20 jaar de buurtkamer. Ze kent iedereen. Via haar kwamen we in contact met de familie [[person:Acheampong]], die al 2 jaar geen inkomen had. Les: investeer in sleutelfiguren.""".replace(
        "[[person:tante Gerda]]", "tante [[person:Gerda]]"
    ).replace("[[person:mw. Blom]]", "mw. [[person:Blom]]")
)

t(
    """Afwezigheidsmelding
Beste afzender, ik ben tot [[date:2 januari]] afwezig. Bij dringende vragen over Wmo-aanvragen: [[email:wmo@denhaag.nl]] of [[phone:14070]]. Dossiervragen: collega [[person:Arjen van der Meer]], [[email:arjen.vandermeer@denhaag.nl]].
[[person:Esra]] – {{role:Wmo-adviseur}}""".replace("[[phone:14070]]", "14070")
)

t(
    """Incident: verkeerd adres. Brief met gegevens van dhr [[person:De Vries]] (dossier [[dossier:2023-11872]]) is verstuurd naar [[address:Stieltjesstraat 44]] ipv [[address:Stieltjesstraat 4]]. Ontvanger, mw [[person:Lim]], heeft ons gebeld ([[phone:06 2417 6630]]) en brief teruggebracht. Gemeld als datalek [[date:9-1-24]]."""
)

t(
    """Casus jeugd/volwassenen: moeder ([[person:Chanel]], 23) met twee kinderen ([[person:Dylano]] 4, [[person:Naïma]] 1) bij {{org:CJG}} bekend. Vader [[person:Jermaine]] zit vast. SWT {{wijk:Zuiderpark}} ondersteunt moeder bij schulden, CJG bij opvoeding. 'Eén gezin, één plan': afspraak gezamenlijk gesprek [[date:19-09]]."""
)

t(
    """[[person:Emre]], ik heb de foto bij je bericht weggehaald: het adres ([[address:Hoefkade 85]]) en de naam op de voordeur ([[person:Yıldırım]]) waren leesbaar. Wil je het opnieuw plaatsen zonder foto? Thx, [[person:Sandra]] (moderator)"""
)

t("""WERKAANTEKENING – [[person:De Wit]]
[[date:07/02]] huisbezoek. Mw. nog steeds geen post geopend. Samen 3 aanmaningen doorgenomen. Rekening voor incasso: [[iban:§I1]] (van cliënt). Volgend bezoek over 2 weken.
Let op: [[person:De Wit]] heeft hond, niet bellen tussen 12-14u want dan slaapt ze.""")

t("""Telefoonlijst pilotgroep (intern!)
[[person:Anna Kowalska]] – [[phone:06-11 23 98 70]]
[[person:Tarik Haddou]] – [[phone:06 42 88 19 03]]
[[person:Mirte Schouten]] – [[phone:0703 88 12 45]]
[[person:Olu Adeyemi]] – [[phone:+316 19 44 02 87]]
[[person:Jolanda]] – via secretariaat""")

t(
    """Klacht (quote uit brief buurtbewoners, [[date:12 maart 2024]]):
"Wij, bewoners van de [[address:Stellingwerfstraat 1 t/m 21]], maken ons zorgen over meneer [[person:Kruithof]]. Hij zit elke dag voor zijn deur te drinken en scheldt kinderen uit." Ondertekend o.a. door [[person:F. Aydın]] en [[person:B. Hendriks]].""".replace(
        "[[address:Stellingwerfstraat 1 t/m 21]]", "Stellingwerfstraat"
    )
)

t(
    """Note to self (EN/NL): client [[person:Wang Li]] – huurachterstand € 2.300, landlord is private, not {{org:Vestia}}. Client speaks Mandarin, dochter [[person:Xiaoyu]] vertaalt. Phone daughter: [[phone:0647712289]]. Need toestemmingsverklaring first!! Ask [[person:Hugo]] how the form works."""
)

t("""Budgetplan fam. [[person:Moreira]]
Dossier: [[dossier:SHV-23-7790]]
Inkomsten: WW € 1.560 + kinderbijslag
Vaste lasten naar rekening [[iban:§I2]]
Betaling CAK en huur prioriteit. Mevrouw [[person:Moreira]] schrijft zelf uitgaven bij in schriftje. Tussenevaluatie [[date:30 januari]].
{{role:Schuldhulpverlener}} [[person:Daan]]""")

t(
    """Aan woningcorporatie {{org:Staedion}}
Betreft: urgentieaanvraag [[person:dhr. A. Osei]], [[address:Dillenburgstraat 25-3]], [[postcode:2596 AM]] Den Haag, huurcontract [[dossier:HC-0034512]]
Dhr. Osei is na een beroerte afhankelijk van rolstoel; woning (3-hoog, geen lift) is ongeschikt. Wij ondersteunen de aanvraag. 
[[person:Jasmijn Rutten]], {{role:wijkverpleegkundige}}""".replace(
        "[[person:dhr. A. Osei]]", "dhr. [[person:A. Osei]]"
    ).replace("Dhr. Osei", "Dhr. [[person:Osei]]")
)

t(
    """Gespreksnotitie: mevrouw [[person:Roos]] vertelde dat haar schoonzoon [[person:Visser]] haar pinpas beheert en geld opneemt. Roos in de tuin, zegt ze, is haar enige plezier. Zorg over financiële uitbuiting → overleg {{org:Veilig Thuis}} op [[date:dinsdag 9 juli]].""".replace(
        "Roos in de tuin", "Rozen in de tuin"
    )
)

t("""Workshop evaluatie 'Veilig werken bij huisbezoek'
Wat was nuttig: de rollenspellen met [[person:Bart]] als boze cliënt (goed gespeeld!)
Wat miste je: info over wat te doen bij een hond
Gaat u dit aanbevelen? Ja
Naam/team: [[person:Iman]], SWT {{wijk:Centrum}}
Contact voor follow-up: [[email:iman.k@swtcentrum.nl]]""")

t("""Log crisislijn [[date:27-08-2023]]
01:12 beller anoniem, zegt dat buurman ([[person:Mahmoud]]?) van [[address:Lijnbaan 301-C]] al dagen niet naar buiten komt, stank.
01:20 doorgezet naar politie.
09:00 overdracht aan {{role:bemoeizorger}} [[person:Kim]] van {{org:GGD}}. Blijkt: dhr. is bekend in dossier [[dossier:BZ-2022-0871]].""")

t("""Aanmelding kick-off (ontvangen via formulier):
naam: [[person:cor van der zee]]
team: {{wijk:Scheveningen}}
mail: [[email:cor.vanderzee@scheveningen-swt.nl]]
opmerking: ik neem [[person:Jannie]] mee, zij is vrijwilliger bij het buurthuis. kan dat?""")

t(
    """Afmelding: [[person:Özlem]] kan [[date:donderdag]] niet bij het overleg zijn. Ze stuurt haar update per mail. Casus [[person:A.]] ([[dossier:#50193]]): beschikking dagbesteding is binnen, start per [[date:1 oktober]].""".replace(
        "[[date:donderdag]]", "donderdag"
    )
)

t(
    """Toestemmingsverklaring cliënt
Naam: [[person:Yaw Owusu]] | geb. [[date:23 mei 1970]] | BSN [[bsn:§B2]]
Adres: [[address:Boekhorststraat 33 zw]], [[postcode:2512 CN]]
Toestemming gegeven op: [[date:ma 4-11]]
Voor: delen met {{org:GGD}}, {{org:Leger des Heils}}, huisarts
Vastgelegd door [[person:Marloes Brouwer]], {{role:casusregisseur}}""".replace(
        "[[date:ma 4-11]]", "ma [[date:4-11]]"
    )
)

t(
    """Hey [[person:Sophie]], your message in the forum still had the client's email ([[email:r.biharie@hotmail.com]]) in it, I removed it. Also changed 'mw. [[person:Biharie]]' into 'mw. B.'. Hope that's okay! Groet, [[person:Willem]] (mod)"""
)

t(
    """Verslag huisbezoek [[date:vrijdag 11-10]]
Samen met [[person:Nathalie]] ({{org:Florence}}) bij dhr. [[person:Groen]], [[address:Melis Stokelaan 1440]]. Woning ernstig vervuild. Dhr. wil geen hulp, maar accepteerde wel koffie. Dochter [[person:Ilona Groen]] ([[phone:06-49933021]]) wil meedenken. Vervolg via bemoeizorg.""".replace(
        "[[date:vrijdag 11-10]]", "vrijdag [[date:11-10]]"
    )
)

t(
    """Intern memo: nieuwe werkwijze consent. Vanaf 2025 leggen we elke toestemmingsverklaring vast in het systeem met datum, reikwijdte en naam van de medewerker. Voorbeeld: '[[date:03-02-2025]], delen met {{org:MEE}}, vastgelegd door [[person:K. Jansen]]'. Vragen aan [[person:Paul]] ({{role:privacy officer}}), [[phone:070 353 20 00]]."""
)

t("""Incidentmelding valpartij
Cliënt: mw. [[person:Fernandes]], [[address:Weimarstraat 250-II]]
Tijdens begeleiding naar dagbesteding gevallen op de trap. Pols gekneusd. Ambulance niet nodig. Familie (kleinzoon [[person:Kevin]]) ingelicht om 14.15. Melding door [[person:Chris]] ({{role:welzijnscoach}}, {{org:Xtra}}), MIC-nr [[dossier:MIC 2024 - 063]].""")

t(
    """Van [[person:Daniel]] (nieuw, uit UK): 
Vandaag first intake alone! Mr. [[person:Hamid Karimi]], Afghan, 52. He has diabetes and lives at [[address:Jacob Catsstraat 17A]] alone. His wife is still in Iran. He asked me 'are you the gemeente?' – need better intro. Toestemmingsverklaring signed [[date:today 14/5]].""".replace(
        "[[date:today 14/5]]", "today [[date:14/5]]"
    )
)

t("""Brief verhuurder (concept)
Geachte heer [[person:Lambrechts]],
Namens mevrouw [[person:Sarita Ramcharan]], huurder van [[address:Hoefbladlaan 7]], [[postcode:2555GN]], vraag ik u om een betalingsregeling voor de achterstand van € 1.820. Mevrouw kan € 75 per maand aflossen. Haar rekeningnummer voor eventuele retourbetaling: [[iban:§I1]].
Met vriendelijke groet, [[person:Hassan]] ({{role:schuldhulpmaatje}}, {{org:SchuldHulpMaatje Den Haag}})""")

t("""Melding Veilig Thuis (samenvatting)
Datum melding: [[date:16 okt 2024]]
Melder: {{role:wijkverpleegkundige}} [[person:Pauline]]
Betrokkenen: mw. [[person:Dragomir]] (81) en haar zoon [[person:Mihai]], die bij haar inwoont.
Zorgen: blauwe plekken, zoon beheert geld. VT-nummer: [[dossier:VT-2024-5521]].""")

t("""Quick notes, [[person:Julia]] (German colleague):
mw. [[person:Baldew]] – Wohnung ok, but fridge empty. Asked about Voedselbank, she said 'schaamte'. Will ask [[person:Marieke]] from {{org:Voedselbank Haaglanden}}. Her number changed: [[phone:06-3344 5512]].""")

t("""Sign-up list expertmeeting (april)
[[person:Ruben]] / SWT {{wijk:Escamp}} / [[email:ruben.d@swtescamp.nl]]
[[person:Khadija Amghar]] / SWT {{wijk:Transvaal}} / [[email:k.amghar@xtra.nl]]
[[person:Freek]] / {{org:Parnassia}} / via [[person:Lieke]]
[[person:Tamara Lopes]] / {{org:Veilig Thuis}} / [[email:tlopes@vthaaglanden.nl]]""")

t(
    """Klacht buurman via {{org:Haag Wonen}}: 'Mevrouw op [[address:Schalkburgerstraat 12-I]] laat haar kat overal plassen in het trappenhuis.' Buurman [[person:Sedney]] wil anoniem blijven. Mevrouw ([[person:Lina Haddad]]) is bij ons bekend, dossier [[dossier:2022-03344]]. Eerst zelf langsgaan voor gesprek."""
)

t(
    """Overdracht weekend: [[person:Bouchra]] gebeld door dhr. [[person:Mulder]] ([[phone:070-3631177]]) over zijn vrouw met dementie, die [[date:vrijdag 22 december]] de weg kwijt raakte. {{role:Casemanager dementie}} maandag inlichten. BSN dhr: [[bsn:§B1]]."""
)

t("""Verslag intervisie (geanonimiseerd behalve voor intern gebruik)
Inbreng [[person:Sevda]]: cliënt [[person:Ricky Doelwijt]] blijft afspraken missen. Vraag: wanneer stoppen? Advies groep: huisbezoek onaangekondigd, samen met {{role:ervaringsdeskundige}} [[person:Henk]]. Dossier [[dossier:SWT-ES/2024/119]].""")

t("""Aanmelding schuldhulp
Aanvrager: [[person:Aliyu Bello]]
Partner: [[person:Grace Bello-Nwosu]]
BSN aanvrager: [[bsn:§B3]]
Adres: [[address:Wouwermanstraat 56]], [[postcode:2526 RS]]
Rekening: [[iban:§I2]]
E-mail: [[email:grace.bello@outlook.com]]
Toelichting: huurschuld, zorgverzekering, telefoonabonnement.""")

t(
    """[[person:Jan]], hoi. [[person:Jans]] moeder belde vandaag. Jij kent hem beter, wil jij terugbellen? 06 nummer staat in dossier. Hij heeft [[date:2 februari]] een afspraak bij {{org:UWV}}.""".replace(
        "[[person:Jan]], hoi. [[person:Jans]] moeder belde vandaag. Jij kent hem beter,",
        "[[person:Jan]], hoi. [[person:Ruben]]'s moeder belde vandaag. Jij kent hem beter,",
    )
)

t("""Consentregister (export)
[[dossier:CR-0931]] | [[date:2024-02-05]] | delen SWT + huisarts | [[person:B. Yilmaz]]
[[dossier:CR-0932]] | [[date:2024-02-06]] | delen SWT + {{org:Kredietbank}} | [[person:S. Amrani]]
[[dossier:CR-0933]] | [[date:2024-02-09]] | alleen SWT | [[person:N. de Bruijn]]
(kolommen: nr, datum, reikwijdte, vastgelegd door)""")

t(
    """From [[person:Aisha]]: sorry voor mijn Nederlands. Mevrouw [[person:Kaplan]] said she can not come to the office, her knee is bad. Can someone with a car go to [[address:Bazarstraat 44]]? Afspraak was [[date:Tue 12 Nov]]. She also asked about the huurtoeslag form.""".replace(
        "[[date:Tue 12 Nov]]", "Tue [[date:12 Nov]]"
    )
)

t("""Verwijsbrief GGZ
Betreft: [[person:Bart-Jan Kloosterman]], geboren [[date:19-07-1988]]
Adres: [[address:Pieter de Hoochstraat 101]], [[postcode:2526 VW]]
Telefoon: [[phone:06 - 1872 3390]]
Beste collega's van {{org:PsyQ}}, dhr. heeft ernstige angstklachten en durft niet meer te werken. Eerder behandeld bij {{org:Parnassia}} (2019). Graag intake.
[[person:W. Smits]], {{role:huisarts}}""")

t("""Evaluatie slotbijeenkomst juni
Wat heeft de pilot opgeleverd? "Samenwerking met [[person:Demi]] uit {{wijk:Segbroek}} op bemoeizorg, we bellen nu elke week." / "Minder doorverwijzen, meer samen doen." / "Het thema ouderen mocht langer."
Ingevuld door [[person:Bogdan]], {{role:maatschappelijk werker}} {{org:Xtra}}""")

t(
    """[[person:Kowalski]] gebeld ivm openstaande rekening energie. Hij betaalt nu via [[iban:§I3]] (nieuwe rekening, oude is geblokkeerd). Afspraak [[date:15-1]] 10u, [[address:Hobbemaplein 77]] (wijkcentrum). – [[person:mo]]""".replace(
        "[[address:Hobbemaplein 77]] (wijkcentrum)", "wijkcentrum"
    )
)

t(
    """Moderatie-notitie: Bericht van [[person:Hassan]] ([[date:23/10]]) tijdelijk verborgen. Reden: bevatte naam, telefoonnummer ([[phone:06-29101837]]) en dossiernummer ([[dossier:WMO/23/55120]]) van cliënt. Hassan is op de hoogte gebracht. [[person:Femke]]"""
)

t("""Log crisisdienst – bellerregistratie
Tijd: 03.30 | Beller: [[person:Gloria Martis]] | Tel: [[phone:+599 9 461 2244]] (Curaçao) 
Over: haar zoon [[person:Shurwen]] in Den Haag, [[address:Noordpolderkade 140]], reageert niet op telefoon, heeft eerder psychose gehad. 
Actie: politie om welzijnscontrole gevraagd. 04.10 terugkoppeling: zoon in orde, slaapt.""")

t(
    """Aanmeldlijst inloopspreekuur {{org:Servicepunt XL}} {{wijk:Laak}} – [[date:wo 21/2]]
1. [[person:H. Bouali]] – toeslagen
2. [[person:Adriana]] – werk
3. mevr. [[person:Sadikovic]] – Wmo
4. [[person:Meneer Post]] – post lezen
Notitie: dhr. [[person:Post]] kwam met zijn buurman [[person:Stoffel]].""".replace(
        "[[date:wo 21/2]]", "wo [[date:21/2]]"
    ).replace("[[person:Meneer Post]]", "Meneer [[person:Post]]")
)

t(
    """Toestemming (mondeling) vastgelegd [[date:27-3]] door [[person:Lisanne]]: cliënt ([[person:F. Haile]], [[dossier:SWT-2025-0044]]) gaat akkoord met delen van gegevens met {{org:Vluchtelingenwerk}} en {{org:Werkplein}}. Schriftelijke toestemmingsverklaring volgt bij huisbezoek, [[address:Rederijkerstraat 9-hs]]."""
)

t("""Mail aan verhuurder:
Beste [[person:Pim]],
Zoals telefonisch besproken: meneer [[person:Nazari]] kan per [[date:1 december]] de kamer niet meer betalen. Hij heeft recht op een uitkering, die loopt via {{org:Werkplein}}. Kunt u wachten? Alvast dank.
[[person:Sarah]] | SWT {{wijk:Stationsbuurt}} | [[phone:06 31 44 00 92]]""")

t("""Evaluatie thema huiselijk geweld
Casus besproken: mw. [[person:Tavares]] en haar ex [[person:Jorge]]. Goed: snelle afstemming met {{org:Veilig Thuis}} en {{org:Kompas}}. Minder goed: niemand wist wie {{role:casusregisseur}} was. Afspraak: bij HG-casussen altijd binnen 48 uur regie beleggen.
Verslag [[person:Rianne]]""")

t(
    """Auto-reply: Dank voor uw bericht. Ik werk op ma, di en do. Op andere dagen kunt u terecht bij [[person:Yara Haddad]] ([[email:y.haddad@denhaag.nl]]). Met vriendelijke groet, [[person:Thomas de Groot]], {{role:Wmo-adviseur}}"""
)

t("""Intake notitie (mix NL/EN, [[person:Maya]]):
Client mw. [[person:Nakamura-Dijkstra]], Japanese husband passed away, she is Dutch. Since [[date:Jan 3rd]] alone in the house on [[address:Laan van Meerdervoort 1002]]. Rouw, slaapt slecht. No debts. Daughter [[person:Kiki]] lives in Leiden. Referred to {{role:rouwconsulent}} via {{org:Humanitas}}.""")

t("""Incidentrapport agressie
Datum: [[date:dinsdag 2 april 2024]] | Locatie: wijkcentrum {{wijk:Transvaal}}
Dader: cliënt [[person:D. Boukhari]] (dossier [[dossier:TV-24-1007]])
Slachtoffer: {{role:baliemedewerker}} [[person:Nicole]]
Feiten: schelden, stoel omgegooid. Politie geweest. Maatregel: afspraken alleen nog met 2 medewerkers.""")

t(
    """Bezwaar & budget: mw. [[person:Eleni Papadopoulos]], BSN [[bsn:§B2]], IBAN [[iban:§I1]]. Terugvordering toeslagen € 6.700. Bezwaar ingediend [[date:3 juni]], kenmerk Belastingdienst [[dossier:BD-TS-20240603-118]]. {{role:Sociaal raadslid}} [[person:Frank]] helpt."""
)

t(
    """Hoi [[person:Sem]]! Ik zag dat je [[person:Noor]]s casus op het platform zette met de naam van haar school erin. Heb ik weggehaald, samen met haar geboortedatum ([[date:14-08-2009]]). Verder top! – [[person:Ilse]]""".replace(
        "[[person:Noor]]s casus", "[[person:Noor]]'s casus"
    )
)

t(
    """Sign-up list workshop 'Bemoeizorg in de praktijk' – [[date:vr. 9 feb.]]
- [[person:Gijs Kok]], SWT {{wijk:Vruchtenbuurt}}
- [[person:Rukiye]], {{org:MEE}}
- [[person:J. van der Hoeven]], {{org:GGD}}
- [[person:Elif Çelik]], SWT {{wijk:Rustenburg-Oostbroek}}
max 25 deelnemers, nog 6 plekken""".replace("[[date:vr. 9 feb.]]", "vr. [[date:9 feb.]]")
)

t(
    """Buurtbewoner (mw. [[person:Wijnands]]) belde: "Die jongen van [[person:Fam. Ramdin]] staat elke avond te dealen bij de ingang van [[address:Loevesteinlaan 36]]." Mw. wil terugbellen op [[phone:070 3 29 44 81]]. Doorgezet naar {{role:wijkagent}} en {{org:Jongerenwerk}}.""".replace(
        "[[person:Fam. Ramdin]]", "fam. [[person:Ramdin]]"
    )
)

t(
    """Dagrapport [[person:Vos]]: met [[person:Fenna]] ({{role:jongerenwerker}}) gesproken over [[person:Mauricio]] (19). Hij slaapt wisselend bij vrienden, staat nog ingeschreven bij zijn moeder ([[address:Dedemsvaartweg 400]]). Aanmelding jongerenloket gedaan, nummer [[dossier:JL-77120]]."""
)

t(
    """Out of office: ik ben van [[date:maandag 29 juli]] tot en met [[date:vrijdag 16 augustus]] met vakantie. Uw mail wordt niet gelezen. Voor cliënten van SWT {{wijk:Ypenburg}}: [[phone:070-752 80 00]]. Groet, [[person:Lex]]""".replace(
        "[[phone:070-752 80 00]]", "070-752 80 00"
    )
)

t(
    """Verwijzing: [[person:Mr. Ghazali]] naar GGZ. Hij woont met zijn zus [[person:Amina]] op [[address:Zuiderparklaan 12 C]]. Zus: [[email:amina.ghazali@live.nl]]. Verwijzing via huisarts gelukt na 3 maanden, eerder weigerde hij. Tip: via zus werkte beter dan direct.""".replace(
        "[[person:Mr. Ghazali]]", "Mr. [[person:Ghazali]]"
    )
)

t("""Budgetplan – afspraak [[date:16-9-'24]]
Cliënt [[person:Koster]]: inkomen AOW + klein pensioen. Wil kleinzoon [[person:Milan]] helpen met studieschuld, maar heeft zelf achterstand bij {{org:Eneco}}. Advies: eerst eigen lasten. Volgende keer nemen we rekeningoverzicht [[iban:§I2]] door.""")

t(
    """Verslag workshop 'Privacy in het sociale domein'
Spreker [[person:mr. drs. E. Vermeulen]] ({{org:Autoriteit Persoonsgegevens}}) legde uit waarom een BSN nooit in een mail hoort. Voorbeeld uit de zaal ([[person:Gerda]], {{wijk:Loosduinen}}): cliënt zette zelf zijn BSN ([[bsn:§B1]]) in een WhatsApp-groep. Discussie over toestemmingsverklaring. Cijfer 8,2.""".replace(
        "[[person:mr. drs. E. Vermeulen]]", "mr. drs. [[person:E. Vermeulen]]"
    )
)

t(
    """Telefoonnotitie [[date:14 februari 2025]]: mw. [[person:Sadia Khan]] ([[phone:06-82 99 11 04]]) wil weten hoe het met haar aanvraag staat. Zaaknr [[dossier:2025-0198-WMO]]. Doorgegeven aan [[person:Kim]]. Mw. spreekt Urdu en wat Engels."""
)

t(
    """Moderator: hoi [[person:Gökhan]], je postcode en huisnummer (“[[postcode:2573 CL]] [[address:nr 14]]”) stonden in de titel. Aangepast. Zet je de les opnieuw in thema jeugd? Groeten, [[person:Annemiek]]""".replace(
        "“[[postcode:2573 CL]] [[address:nr 14]]”", "“[[postcode:2573 CL]], nr. 14”"
    )
)

t(
    """Notitie [[person:Rosa]] – mw. [[person:Bruin]] (de vrouw met de duiven) heeft weer een aanmaning van {{org:Haag Wonen}}. Woont [[address:Heemstraat 203]], [[postcode:2531 LB]]. Zus [[person:Els]] belt ons soms vanuit Zeeland: [[phone:0118-412 355]]."""
)

t("""Contactlijst casus [[dossier:SWT-MH-2023-088]]
cliënt: [[person:J. Wolters]], [[email:jwolters1957@ziggo.nl]]
zoon: [[person:Maarten Wolters]], [[phone:06-40 41 42 43]]
huisarts: [[person:Hakimi]], [[phone:070-3474422]]
{{role:casemanager dementie}}: [[person:Rob]], {{org:Florence}}""")

t("""Machtiging beschermingsbewind (kopie voor dossier)
Rechthebbende: zie dossier [[dossier:BW-2024-0613]]
BSN: [[bsn:§B3]]
Leefgeldrekening: [[iban:§I4]]
Beheerrekening: [[iban:§I1]]
Adres: [[address:Kempstraat 118-3]], [[postcode:2572 GL]] Den Haag
Ingangsdatum bewind: [[date:01.09.2024]]""")

t(
    """Uitbetaling eenmalige energietoeslag: gegevens gecontroleerd. BSN [[bsn:§B1]] klopt met BRP, rekening [[iban:§I3]] staat op naam cliënt. Woonadres [[address:Kraayenhaeghestraat 60]], [[postcode:2541 WS]]. Uitbetaald [[date:20-11-2023]]."""
)

t("""Checklist aanvraag bijzondere bijstand (SWT {{wijk:Vogelwijk}}):
☑ kopie ID
☑ BSN: [[bsn:§B2]]
☑ bankpas, IBAN [[iban:§I2]]
☐ huurcontract (volgt)
☑ postcode/huisnr: [[postcode:2566WB]] / [[address:Sportlaan 201]]
Ingeleverd [[date:28/02/2024]]""")

t(
    """Terugbetaling eigen bijdrage CAK: verkeerd overgemaakt naar [[iban:§I4]], moet zijn [[iban:§I1]]. Kenmerk CAK [[dossier:8019 2231 0045]]. Graag corrigeren. Postadres cliënt: Postbus-adres niet bekend, woonadres [[address:Oudemolenstraat 18]], [[postcode:2513 BC]]."""
)

t("""Afschrift aanvraag noodfonds
Aanvrager woont sinds [[date:1 juli 2022]] in {{wijk:Bouwlust}}, [[postcode:2497 VK]] (zie BRP). BSN [[bsn:§B3]]. Bedrag: € 450 voor wasmachine. Uitbetaling via [[iban:§I2]].
Beoordeeld door {{role:maatschappelijk werker}} van {{org:Xtra}}, goedgekeurd door {{org:Haags Noodfonds}}.""")


# Short notes are exported together, as the platform's digest/dossier export does:
# the 52 shortest texts are paired (shortest with the longest of that group).
def _merge(texts):
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))[:52]
    pairs = [(order[k], order[51 - k]) for k in range(26)]
    drop = set()
    out = list(texts)
    seps = [
        "\n\n— volgend item —\n\n",
        "\n\n-----\n",
        "\n\n[export dossiernotities, vervolg]\n",
        "\n\n***\n\n",
    ]
    for k, (a, b) in enumerate(pairs):
        out[min(a, b)] = texts[min(a, b)] + seps[k % 4] + texts[max(a, b)]
        drop.add(max(a, b))
    return [x for i, x in enumerate(out) if i not in drop]


T = _merge(T)

# ---------------------------------------------------------------- build
PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"wijk", "org", "role"}
TOK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def build(raw):
    raw = re.sub(r"§B([123])", lambda m: fmt_bsn(m.group(1)), raw)
    raw = re.sub(r"§I([1234])", lambda m: fmt_iban(m.group(1)), raw)
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOK.finditer(raw):
        out.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        lab, txt = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        span = {"start": n, "end": n + len(txt), "label": lab, "text": txt}
        if lab in PII:
            pii.append(span)
        elif lab in KEEP:
            keep.append(span)
        else:
            raise ValueError(lab)
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, raw in enumerate(T):
        text, pii, keep = build(raw)
        assert (
            "[[" not in text
            and "]]" not in text
            and "{{" not in text
            and "}}" not in text
            and "§" not in text
        ), text
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"] and s["text"].strip() == s["text"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        for s in pii:
            if s["label"] == "bsn":
                d = [int(c) for c in s["text"] if c.isdigit()]
                assert (
                    len(d) == 9
                    and (sum(x * w for x, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0
                )
            if s["label"] == "iban":
                c = s["text"].replace(" ", "").upper()
                assert int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1
        rows.append({"id": "ho35-%04d" % i, "text": text, "pii": pii, "keep": keep})
    assert len(set(r["text"] for r in rows)) == len(rows)
    with open(os.path.join(here, "heldout35.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    from collections import Counter

    rows = main()
    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    w = sum(len(r["text"].split()) for r in rows) / len(rows)
    print(len(rows), "texts, avg words %.1f" % w)
    print("pii", dict(pc), sum(pc.values()))
    print("keep", dict(kc))
