#!/usr/bin/env python3
"""Held-out test corpus 61 for the Dutch personal-data finder.

Register: formal and structured documents (intake/referral forms, Outlook mails with
headers and forwarded chains, letters to and from courts, bewindvoerders, deurwaarders,
housing corporations, energy companies, CAK/SVB/UWV/Belastingdienst, Veilig Thuis
reports, creditor and caseload tables, MDO attendance and action lists, care plans).

Markup inside the texts (stripped programmatically, offsets right by construction):
  [[p:..]] person  [[b:..]] bsn  [[t:..]] phone  [[e:..]] email  [[i:..]] iban
  [[pc:..]] postcode  [[a:..]] address  [[d:..]] date  [[n:..]] dossier
  {{w:..}} wijk  {{o:..}} org  {{r:..}} role
Placeholders (filled deterministically): [[b:@]] BSN plain, [[b:@.]] dotted,
  [[b:@ ]] spaced; [[n:@AS]] Belastingdienst aanslagnummer built on a BSN;
  [[i:@]] IBAN compact, [[i:@ ]] IBAN in groups of four.
Run: python3 heldout61_corpus.py  -> writes heldout61.jsonl next to this file.
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

TEXTS = []
TEXTS += [
    """AANMELDFORMULIER SOCIAAL WIJKZORGTEAM DEN HAAG
Datum aanmelding: [[d:04-03-2024]]
Team: {{o:SWT}} {{w:Moerwijk}}
Aanmelder: [[p:R. Baldewsingh]] ({{r:POH-GGZ}}, {{o:Gezondheidscentrum Zuiderpark}}), tel. [[t:070-3084512]]

Gegevens cliënt
Naam: [[p:Oumaima El Khattabi]]          Geb.datum: [[d:17-11-1979]]
BSN: [[b:@]]
Adres: [[a:Troelstrakade 214]]     Postcode: [[pc:2531 AE]]     Woonplaats: Den Haag
Telefoon: [[t:06-41873205]]     E-mail: [[e:oumaima.elkhattabi@gmail.com]]
Gezinssamenstelling: alleenstaand, 3 kinderen (14, 11 en 6 jr)
Reden aanmelding: huurachterstand bij {{o:Haag Wonen}} (4 mnd), post wordt niet geopend, mw. slaapt slecht en piekert. Kinderen bekend bij {{o:CJG}} {{w:Moerwijk}}.
Toestemming cliënt om gegevens te delen: [x] ja  [ ] nee""",
    """Van: [[p:Kaya]], [[p:Emre]] <[[e:e.kaya@denhaag.nl]]>
Verzonden: [[d:dinsdag 12 maart 2024]] 09:14
Aan: {{o:SWT}} {{w:Laak}} <[[e:swt.laak@denhaag.nl]]>
CC: [[p:Visser]], [[p:Ingrid]] <[[e:i.visser@xtra.nl]]>
Onderwerp: FW: voornemen beëindiging levering - dhr. [[p:Osei]]

Goedemorgen,

Ter info doorgestuurd. Kan de {{r:casusregisseur}} van dhr. [[p:Osei]] dit oppakken? Ik ben vanaf donderdag afwezig.

Gr. [[p:Emre]]

-----Oorspronkelijk bericht-----
Van: Klantenservice {{o:Eneco}}
Verzonden: [[d:maandag 11 maart 2024]] 16:52
Onderwerp: Uw klantnummer [[n:2004418773]]

Geachte heer [[p:Osei]],
Ondanks onze herinneringen staat er nog € 612,40 open. Als wij uw betaling niet uiterlijk [[d:25 maart 2024]] ontvangen, beëindigen wij de levering van gas en stroom op [[a:Goeverneurlaan 318]], [[pc:2524 BN]] Den Haag.""",
    """Aan de kantonrechter van de {{o:Rechtbank Den Haag}}
Postbus 20302
2500 EH Den Haag

Den Haag, [[d:18 april 2024]]

Betreft: verzoek tot instelling beschermingsbewind

Edelachtbare,

Hierbij verzoek ik, [[p:Gerda Johanna van Leeuwen]], geboren op [[d:2 augustus 1958]] te Rotterdam, wonende aan de [[a:Erasmusweg 1120]], [[pc:2541 CL]] Den Haag, mijn goederen onder bewind te stellen wegens problematische schulden. Als {{r:bewindvoerder}} stel ik voor: mr. [[p:H.J. Brouwer]], {{o:Brouwer Bewindvoering}}. Ik word bij dit verzoek ondersteund door mijn {{r:maatschappelijk werker}} van het {{o:Sociaal Wijkzorgteam}} {{w:Escamp}}, mevr. [[p:N. Azzouzi]].

Bijlagen: schuldenoverzicht, budgetplan, verklaring {{r:bewindvoerder}}

Hoogachtend,
[[p:G.J. van Leeuwen]]""",
    """Schuldenoverzicht dhr. [[p:M. Yıldız]] – stand per [[d:01-05-2024]]
Opgesteld door: [[p:Ayşe Öztürk]], {{r:schuldhulpverlener}} {{o:Schuldhulpverlening Den Haag}}

| Schuldeiser | Kenmerk | Bedrag | Status |
|---|---|---|---|
| {{o:Staedion}} (huur) | [[n:HV-0083312]] | € 2.418,00 | betalingsregeling loopt |
| {{o:CJIB}} | [[n:1038 4470 2215 9960]] | € 339,00 | verhoging |
| {{o:Zilveren Kruis}} | [[n:ZK-78120045]] | € 1.106,52 | bij {{o:CAK}} |
| {{o:Vattenfall}} | [[n:501288716]] | € 874,15 | incasso |
| {{o:Belastingdienst/Toeslagen}} | [[n:@AS]] | € 3.250,00 | terugvordering huurtoeslag 2022 |
| {{o:Flanderijn}} ({{r:deurwaarder}} namens {{o:T-Mobile}}) | [[n:FL24-118402]] | € 702,80 | beslag aangekondigd |
Totaal: € 8.690,47

Beheerrekening: [[i:@ ]] t.n.v. [[p:M. Yıldız]]""",
    """PRESENTIELIJST MDO {{w:Transvaal}} – [[d:donderdag 16 mei 2024]], 10.00-11.30 uur, {{o:Wijkcentrum De Kern}}

Aanwezig:
- [[p:Sanne de Bruijn]], {{r:casusregisseur}} {{o:SWT}} (voorzitter)
- [[p:Ravi Bhagwandin]], {{r:wijkverpleegkundige}} {{o:Florence}}
- [[p:Hatice Yurt]], {{r:Wmo-adviseur}} {{o:gemeente Den Haag}}
- [[p:Jeroen de Haan]], {{r:wijkagent}} {{o:Politie Haaglanden}}
- dr. [[p:A. Mahabier]], {{r:huisarts}}
Afwezig m.k.: [[p:Koen van Dam]] ({{o:Parnassia}})

Casus: dhr. [[p:Shanti Ramsaran]], [[d:14-06-1952]]

ACTIELIJST
1. Aanvraag huishoudelijke ondersteuning – [[p:Hatice]] – vóór [[d:31 mei]]
2. Contact met dochter [[p:Priya]] over mantelzorg – [[p:Sanne]] – volgende week
3. Medicatierol bespreken met apotheek – [[p:Ravi]] – [[d:23-05]]""",
    """{{o:Veilig Thuis Haaglanden}} – Melding huiselijk geweld en kindermishandeling
Registratienummer: [[n:VT-HGL-2024-04418]]
Datum melding: [[d:07-02-2024]]
Melder: [[p:Marloes Smit]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Schilderswijk}}, tel. [[t:06-20914473]]
Melder wil anoniem blijven richting gezin: nee

Betrokkenen
Volwassene 1: [[p:Nadia Bouzaid]], geb. [[d:03-09-1990]]
Volwassene 2: [[p:Rachid Bouzaid]] (partner), geb. [[d:21-12-1986]]
Kind: [[p:Imane]], 5 jaar
Adres: [[a:Wouwermanstraat 41-II]], [[pc:2526 TM]] Den Haag

Signalen: buren horen meerdere keren per week geschreeuw en gebonk, mw. had op [[d:5 februari]] een blauwe plek bij haar oog en zei "gevallen". Kind is stil op school volgens {{r:intern begeleider}}.
Stap 5 afwegingskader: melding gedaan na overleg met {{r:aandachtsfunctionaris}}.""",
    """TELEFOONNOTITIE
Datum/tijd: [[d:22-01-2024]], 14.35 u
Gesproken met: dhr. [[p:B. de Ruiter]], {{r:gerechtsdeurwaarder}} {{o:Gerechtsdeurwaarderskantoor Haaglanden}}, [[t:070 - 311 82 40]]
Over: mw. [[p:Agnieszka Nowak]], dossier deurwaarder [[n:2318840/DR]]

Dhr. meldt dat er op [[d:29 januari]] beslag op de bankrekening wordt gelegd ([[i:@]]) tenzij er vóór vrijdag een regeling is. Ik heb gevraagd om 4 weken uitstel ivm aanmelding bij {{o:PEP Den Haag}}. Hij gaat akkoord mits wij schriftelijk bevestigen. Mail naar [[e:b.deruiter@gdkhaaglanden.nl]].
Actie: bevestiging sturen – [[p:Lisa]] (vandaag)""",
    """ZORGPLAN / PLAN VAN AANPAK
Cliënt: [[p:Rudsel Martina]]   Cliëntnr.: [[n:SWT-ESC-2024-0192]]
Casusregie: [[p:Esther Tjon A Fong]] ({{r:casusregisseur}})
Evaluatiedatum: [[d:1 juli 2024]]

Doel 1 – Stabiel inkomen
  Actie: aanvraag bijstand bij {{o:Dienst SZW}} afronden | eigenaar: [[p:Esther]] | deadline: [[d:15-04-2024]]
Doel 2 – Behoud woning
  Actie: betalingsregeling {{o:Vestia}} vastleggen | eigenaar: cliënt met [[p:Esther]] | deadline: eind april
Doel 3 – Zinvolle daginvulling
  Actie: kennismaking dagbesteding {{o:Middin}} | eigenaar: {{r:MEE-consulent}} [[p:Bas Prins]] | deadline: [[d:3 mei]]
Doel 4 – Contact met zoon
  Actie: gesprek met [[p:Jayden]] (zoon, 19) plannen | eigenaar: cliënt | geen deadline

Handtekening cliënt: ____________   Datum: [[d:28-03-2024]]""",
    """{{o:Staedion}}
Postbus 55
2501 CB Den Haag

Aan: mevrouw [[p:S. Tesfay]]
[[a:Dedemsvaartweg 71-A]]
[[pc:2545 AG]] DEN HAAG

Datum: [[d:8 februari 2024]]
Huurovereenkomstnummer: [[n:3400-118-07]]
Onderwerp: laatste aanmaning huurachterstand

Geachte mevrouw [[p:Tesfay]],

U heeft een huurachterstand van € 2.874,33 (drie maanden). Wij hebben u meerdere keren geschreven en geprobeerd u thuis te bezoeken. Als u niet vóór [[d:22 februari 2024]] contact opneemt met uw {{r:woonconsulent}}, mevrouw [[p:Bloem]], dragen wij uw dossier over aan de {{r:deurwaarder}}. U kunt ook hulp vragen bij het {{o:Servicepunt XL}} in uw wijk.

Met vriendelijke groet,
[[p:J. Mulder]]
{{r:Incassomedewerker}}""",
    """{{o:CAK}}
Postbus 84030, 2508 AA Den Haag

Aan: de heer [[p:F. Ahmadzai]]
[[a:Loevesteinlaan 290]]
[[pc:2533 PL]] Den Haag

Datum: [[d:15-01-2024]]
Uw relatienummer: [[n:7124410938]]
Burgerservicenummer: [[b:@.]]

Bestuursrechtelijke premie Zorgverzekeringswet

Geachte heer [[p:Ahmadzai]],

Uw zorgverzekeraar heeft u bij ons aangemeld omdat u een betalingsachterstand heeft van zes maandpremies. Vanaf [[d:1 februari 2024]] betaalt u de premie daarom aan het {{o:CAK}}. De bestuursrechtelijke premie wordt ingehouden op uw uitkering van de {{o:Dienst SZW}}. Heeft u een schuldhulptraject? Dan kunt u uit deze regeling komen.""",
]
TEXTS += [
    """{{o:Sociale Verzekeringsbank}}
Postbus 18002, 1001 ZA Amsterdam

Mevrouw [[p:I. Popescu]]
p/a {{o:SWT}} {{w:Bouwlust}}/{{w:Vrederust}}
[[a:Melis Stokelaan 2365]]
[[pc:2541 GR]] Den Haag

Datum [[d:5 maart 2024]]
Uw {{o:SVB}}-nummer [[n:AOW 4417 0082 61]]

Geachte mevrouw [[p:Popescu]],

U heeft ons gevraagd of u recht heeft op een aanvullende inkomensvoorziening ouderen (AIO). U woont pas 31 jaar in Nederland; daarom krijgt u een gedeeltelijke AOW. Om uw aanvraag te beoordelen hebben wij nog nodig: bankafschriften van de laatste 3 maanden van rekening [[i:@ ]] en een kopie van het huurcontract. Stuur deze uiterlijk [[d:2 april 2024]].

Vragen? Bel ons of vraag uw {{r:ouderenconsulent}} om hulp.""",
    """Van: [[p:Dewi Sastro]] <[[e:dewi.sastro@uwv.nl]]>
Verzonden: [[d:woensdag 3 april 2024]] 11:02
Aan: [[p:Tim Hartman]] <[[e:t.hartman@vooruit-denhaag.nl]]>
Onderwerp: RE: WW-uitkering dhr. [[p:Petrov]] - ontbrekende loonstroken

Hoi [[p:Tim]],

Ik heb het dossier van dhr. [[p:Dimitar Petrov]] (BSN [[b:@ ]]) nagekeken. De WW is stopgezet per [[d:1 maart]] omdat hij de inlichtingenformulieren niet heeft teruggestuurd. Als hij de loonstroken van uitzendbureau {{o:Randstad}} over januari en februari alsnog indient, kan ik de heropening in behandeling nemen. Het zaaknummer voor de bezwaarafdeling is [[n:UWV-BZ-24-031772]].

Met vriendelijke groet,
[[p:Dewi Sastro]]
{{r:Arbeidsdeskundige}} {{o:UWV}} Den Haag
T [[t:088 - 898 27 41]]""",
    """{{o:Belastingdienst/Toeslagen}}
Postbus 8050, 6710 AB Ede

[[p:K. Boateng]]
[[a:Paul Krugerlaan 45-II]]
[[pc:2571 GJ]] 's-Gravenhage

Datum: [[d:14 november 2023]]
Toeslagnummer: [[n:8234 5011 2]]
BSN: [[b:@]]

Terugvordering huurtoeslag 2022

Geachte heer [[p:Boateng]],

Uw inkomen over 2022 was hoger dan u had doorgegeven. U moet daarom € 1.944 huurtoeslag terugbetalen. U kunt een persoonlijke betalingsregeling aanvragen. Betaal binnen 2 maanden op basis van het betalingskenmerk [[n:6000 2119 4473 8012]]. Als u niet op tijd betaalt, sturen wij een aanmaning.""",
    """Caseload-overzicht {{o:SWT}} {{w:Mariahoeve}} – [[p:Ilse Koning]] ({{r:maatschappelijk werker}}) – peildatum [[d:30-06-2024]]

Cliënt\tDossiernr\tStart\tFase\tOpmerking
[[p:Kees Koster]]\t[[n:MH-2023-0418]]\t[[d:12-09-2023]]\tafschaling\tthuiszorg loopt via {{o:Florence}}
[[p:Mei Lin Zhou]]\t[[n:MH-2024-0051]]\t[[d:02-02-2024]]\tuitvoering\tdochter [[p:Ling]] tolkt
[[p:Anita Kok]]\t[[n:MH-2024-0077]]\t[[d:19-02-2024]]\tuitvoering\tschulden, aanmelding {{o:PEP}}
[[p:H. Hoop]]\t[[n:MH-2024-0103]]\t[[d:08-04-2024]]\tintake\tzorgmijdend, {{r:casemanager dementie}} betrokken
[[p:Youssef Amrani]]\t[[n:MH-2024-0121]]\t[[d:27-05-2024]]\tintake\tverwezen door {{r:huisarts}}
Totaal actief: 5 (norm 18)""",
    """Onderwerp: MDO casus mw. [[p:Roos]]
Locatie: {{o:Servicepunt XL}} {{w:Bouwlust}}, spreekkamer 2
Begin: [[d:di 9-4-2024]] 13:30
Einde: [[d:di 9-4-2024]] 14:30
Organisator: [[p:Gülsen Aydın]]
Verplichte deelnemers: [[p:Karin Dekker]]; [[p:Bas Prins]]; [[e:m.brouwer@parnassia.nl]]
Optionele deelnemers: [[p:Sven Winter]]

Agenda: stand van zaken mw. [[p:Roos]] na opname, terugkeer naar huis, wie neemt regie. Graag vooraf lezen: verslag van [[d:26 maart]].""",
    """OVERDRACHTSFORMULIER (warme overdracht bij verhuizing)
Van: {{o:Sociaal Wijkzorgteam}} {{w:Laak}}, Den Haag
Naar: {{o:Sociaal Team Zoetermeer}}, {{w:Oosterheem}}
Datum overdracht: [[d:20 juni 2024]]

Cliënt: [[p:Manuel Tavares]]     Geb.: [[d:11-04-1967]]     BSN: [[b:@.]]
Oud adres: [[a:Rijswijkseweg 204B]], [[pc:2516 HL]] Den Haag
Nieuw adres per [[d:1-7-2024]]: [[a:Van Leeuwenhoekstraat 18]], [[pc:2721 LR]] Zoetermeer
Tel: [[t:+31 6 2481 9057]]

Lopende zaken: beschermingsbewind via {{o:Bewindvoering Hofstad}} (contactpersoon mw. [[p:D. Isenia]]), Wmo-hulpmiddel (rolstoel) moet opnieuw worden aangevraagd in nieuwe gemeente. Dhr. spreekt Portugees en Kaapverdisch Creools; zus [[p:Maria Tavares]] helpt met vertalen.
Overdragend professional: [[p:Noor Azzouzi]], [[t:06-11730482]]""",
    """{{o:Bewindvoering Hofstad}} B.V.
Laan van Nieuw Oost-Indië 131
2593 BM Den Haag

Aan: {{o:SWT}} {{w:Spoorwijk}}, t.a.v. mw. [[p:Olga Sokolova]]
Den Haag, [[d:12 februari 2024]]
Ons kenmerk: [[n:BH/24/0117/DI]]
Betreft: cliënt dhr. [[p:Hüseyin Çelik]], [[a:Hengelolaan 300]]

Geachte mevrouw [[p:Sokolova]],

Bij beschikking van de kantonrechter d.d. [[d:30 januari 2024]] ([[n:C/09/658112 / BR RK 23-4187]]) ben ik benoemd tot {{r:beschermingsbewindvoerder}} van bovengenoemde cliënt. Leefgeld wordt vanaf volgende week wekelijks op donderdag overgemaakt naar [[i:@]]. Ik verzoek u mij te informeren over afspraken die u met dhr. [[p:Çelik]] maakt over zijn uitgaven.

Met vriendelijke groet,
[[p:D. Isenia]]
{{r:Bewindvoerder}}
[[e:d.isenia@bewindhofstad.nl]]""",
    """Samenvatting exploot – aanzegging tot ontruiming
Ontvangen door {{o:SWT}} op: [[d:2 mei 2024]] (cliënt bracht het zelf langs)

Opdrachtgever: {{o:Haag Wonen}}
Gedaagde: dhr. [[p:Ahmed Abdullahi Warsame]]
Woning: [[a:Hoefkade 12-hs]], [[pc:2526 BX]] Den Haag
Vonnis: kantonrechter Den Haag, [[d:11-03-2024]], zaaknummer [[n:10845562 CV EXPL 24-2094]]
Datum ontruiming: [[d:donderdag 23 mei 2024]], vanaf 09.00 uur
{{r:Deurwaarder}}: mr. [[p:P. van Osch]], tel [[t:(070) 346 19 22]]

Afspraak {{o:SWT}}: [[p:Youssef]] belt vandaag met {{o:Haag Wonen}} over een laatste kans-overeenkomst; [[p:Natasja]] regelt tijdelijk onderdak bij {{o:Kessler Stichting}} als dat mislukt.""",
    """VROEGSIGNALERING – SIGNAAL BETALINGSACHTERSTAND
Bron: {{o:Greenchoice}}    Datum signaal: [[d:2024-02-19]]
Klant: [[p:Bogdan Ionescu]]
Adres: [[a:Fahrenheitstraat 522]], [[pc:2561 DL]]
Achterstand: € 388,12 (2 termijnen)
Contractnummer: [[n:GC-0099174223]]

Huisbezoek {{o:Vroeg Eropaf}}: [[d:26 feb]], niemand thuis. Kaartje in de bus. Op [[d:4 maart]] telefonisch contact via [[t:0031 6 58 33 21 09]]: dhr. werkt in de kassen in het Westland, partner [[p:Elena]] regelt de post. Afspraak gemaakt voor {{o:Servicepunt XL}} {{w:Segbroek}}. Dhr. wil geen {{r:bewindvoerder}}, wel hulp met regeling.""",
    """Huisartsenpraktijk {{o:De Lindenhof}}
[[p:A.F. Chen]], {{r:huisarts}}

Verwijzing naar {{o:Parnassia}} {{o:GGZ}}, afd. volwassenen Den Haag Zuid-West
Datum: [[d:6 december 2023]]

Geachte collega,

Graag verwijs ik mevr. [[p:Zahra Hosseini]], geb. [[d:22-05-1994]], wonende [[a:Kijkduinsestraat 631]], [[pc:2554 AV]] Den Haag, tel. [[t:06 38 72 11 40]], BSN [[b:@]], voor diagnostiek en behandeling. Mw. is in 2016 vanuit Afghanistan gevlucht, heeft sinds de zomer nachtmerries, herbelevingen en vermijdt de straat. Geen suïcidale uitingen. Zij wordt begeleid door het {{o:SWT}} {{w:Loosduinen}} ([[p:Marieke Brouwer]]). Voorkeur voor een vrouwelijke {{r:behandelaar}}; tolk Dari gewenst.

Met collegiale groet,
[[p:A.F. Chen]]""",
    """TOESTEMMINGSVERKLARING UITWISSELING GEGEVENS

Ondergetekende,
naam: [[p:Abena Mensah]]
geboortedatum: [[d:30-01-1983]]
adres: [[a:Jacob Catsstraat 55]], [[pc:2512 BJ]] Den Haag

geeft toestemming aan het {{o:Sociaal Wijkzorgteam}} {{w:Centrum}} om informatie uit te wisselen met:
[x] {{r:huisarts}} (dr. [[p:Groen]])
[x] {{o:Schuldhulpverlening Den Haag}}
[x] {{o:Haag Wonen}}
[ ] {{o:Veilig Thuis}}
[x] school van zoon [[p:Kwabena]] (groep 7)

Deze toestemming geldt tot [[d:31-12-2024]] en kan altijd worden ingetrokken.

Handtekening: ______   Plaats/datum: Den Haag, [[d:14/03/2024]]
Namens het team: [[p:M. Post]], {{r:casusregisseur}}""",
    """Verslag casusoverleg {{o:Zorg- en Veiligheidshuis Haaglanden}}
Datum: [[d:10-10-2023]]   Registratienr.: [[n:ZVH-23-1187]]

Aanwezig: mr. [[p:S. Verbeek]] ({{o:OM}}), [[p:W. Schouten]] ({{o:Reclassering Nederland}}), [[p:Bert Schipper]] ({{r:wijkagent}} {{w:Duindorp}}), [[p:J. Lie]] ({{o:GGD Haaglanden}}, {{r:OGGZ-verpleegkundige}}), [[p:Marieke]] ({{o:SWT}}).

Casus: dhr. [[p:Willem Storm]] (1971), [[a:Westduinweg 84]]. Ernstige overlast richting buren, vervuilde woning, weigert contact. Buurvrouw mevr. [[p:Bakker]] heeft meerdere meldingen gedaan.
Besluit: bemoeizorg via {{o:GGD}}, {{r:wijkagent}} gaat mee bij eerste huisbezoek op [[d:17/10]]. Evaluatie over 6 weken.""",
    """Van: [[p:Natasja Vreede]]
Verzonden: [[d:vrijdag 19 januari 2024]] 16:40
Aan: '[[e:c.doelwijt@hotmail.com]]'
Onderwerp: afspraak maandag

Beste mevrouw [[p:Doelwijt]],

Zoals besproken kom ik maandag om 10.00 uur bij u langs op de [[a:Beeklaan 412]] samen met mijn collega [[p:Hamid]] van de {{o:Voedselbank Haaglanden}}. Wilt u de brieven van {{o:Vestia}} en de {{r:deurwaarder}} klaarleggen?

Met vriendelijke groet,

[[p:Natasja Vreede]]
{{r:Maatschappelijk werker}} | {{o:SWT}} {{w:Segbroek}}
M [[t:06 - 2739 4418]] | werkdagen ma, di, do""",
    """AANVRAAG BIJZONDERE BIJSTAND – {{o:Gemeente Den Haag}}, {{o:Dienst SZW}}
Aanvrager: [[p:Mohammad Al-Hassan]]      BSN: [[b:@ ]]
Partner: [[p:Rasha Al-Hassan]]           BSN: [[b:@]]
Adres: [[a:Lozerlaan 1548]], [[pc:2544 KH]] Den Haag
Telefoon: [[t:0684419020]]
IBAN: [[i:@]]

Waarvoor vraagt u bijzondere bijstand? Inrichting woning na statushouderschap (bed, koelkast, gordijnen). Gezin is op [[d:15 januari 2024]] verhuisd vanuit het {{o:AZC}} Rijswijk.
Ingevuld met hulp van: [[p:Hamid Rahimi]], {{r:welzijnscoach}} {{o:VÓÓR Welzijn}}
Datum: [[d:23-01-2024]]""",
    """{{o:Rechtbank Den Haag}} – Verzoekschrift toepassing schuldsaneringsregeling (Wsnp)
Verzoeker: [[p:Svetlana Ivanova]], geboren [[d:9 juni 1975]] te Sofia (Bulgarije)
Woonadres: [[a:Moerweg 177]], [[pc:2533 GL]] Den Haag
Burgerservicenummer: [[b:@.]]

Het minnelijk traject via {{o:Schuldhulpverlening Den Haag}} (dossier [[n:SHV-2023-07741]]) is op [[d:12-12-2023]] mislukt: 14 van de 17 schuldeisers stemden in, {{o:DUO}} en twee incassobureaus weigerden. Verzoeker vraagt de rechtbank haar toe te laten tot de schuldsaneringsregeling en de weigerende schuldeisers te bevelen in te stemmen (dwangakkoord).

Opgesteld met ondersteuning van: [[p:J. van Dijk]], {{r:schuldhulpverlener}}""",
]
TEXTS += [
    """Van: [[p:Marek Kowalczyk]] <[[e:marek.kowalczyk84@wp.pl]]>
Verzonden: [[d:zondag 7 juli 2024]] 22:51
Aan: [[p:Brouwer]], [[p:Marieke]]
Onderwerp: brief van haag wonen

Hallo mevrouw [[p:Marieke]], ik heb deze brief gekregen maar ik begrijp niet alles. Mijn telefoon is nu [[t:+48 512 330 871]] want mijn nederlandse nummer is afgesloten. Groeten [[p:Marek]]

> Van: {{o:Haag Wonen}} Team Leefbaarheid
> Datum: [[d:4 juli 2024]]
> Betreft: overlast [[a:Weimarstraat 270-1]]
> Geachte heer [[p:Kowalczyk]], wij hebben opnieuw klachten ontvangen over harde muziek en bezoek 's nachts. Wij nodigen u uit voor een gesprek op [[d:16 juli 2024]] om 11.00 uur op ons kantoor. Uw {{r:wijkconsulent}}, [[p:T. van der Veen]]""",
    """{{o:Sociaal Wijkzorgteam}} {{w:Escamp}}
p/a {{o:Wijkcentrum Zuidhaghe}}

Aan: {{o:Gerechtsdeurwaarderskantoor Van Heeswijk & Schipper}}
T.a.v. afdeling Beslagleggingen

Den Haag, [[d:3 oktober 2023]]
Uw dossiernummer: [[n:HS-23-061843]]
Betreft: herberekening beslagvrije voet, mw. [[p:F. Ceesay]]

Geachte heer, mevrouw,

Namens mw. [[p:Fatou Ceesay]] (geb. [[d:08-08-1988]]) verzoek ik u de beslagvrije voet opnieuw te berekenen. Sinds [[d:1 september]] woont haar dochter [[p:Aminata]] (17) weer bij haar, waardoor de woonsituatie is gewijzigd. Het loonbeslag bij werkgever {{o:Albert Heijn}} laat mw. op dit moment € 410 per maand om van te leven. Zie bijgevoegd inschrijvingsbewijs BRP.

Met vriendelijke groet,
[[p:Karin Dekker]], {{r:maatschappelijk werker}}
[[t:06-42290517]]""",
    """{{o:UWV}}
Afzender: Postbus 58285, 1040 HG Amsterdam

Datum: [[d:29 mei 2024]]
Ons kenmerk: [[n:WJ-2024-556108]]

Beste [[p:Jurgen Wijngaarde]],

U heeft een Wajong-uitkering. U gaat op [[d:1 juli 2024]] werken bij {{o:Maatwerkbedrijf Haeghe Groep}}. Geef uw loon elke maand door via Mijn {{o:UWV}}. Uw {{r:jobcoach}}, mevrouw [[p:Lie]], helpt u hierbij. Wij storten uw uitkering op rekening [[i:@ ]].

Wilt u iemand machtigen om uw post te lezen? Dat kan, bijvoorbeeld uw {{r:mentor}} [[p:R. Wijngaarde-Pinas]].""",
    """actielijst MDO {{w:Spoorwijk}} [[d:11/6]]
- mw [[p:kaya]]: aanvraag pgb loopt nog, [[p:hanna]] belt svb - [[p:hanna]]
- dhr [[p:de wit]]: sleutelkastje geplaatst, thuiszorg {{o:Saffier}} start [[d:17 juni]] - [[p:ravi]]
- fam. [[p:El Ouali]]: terugkoppeling {{o:Veilig Thuis}} afwachten - [[p:sanne]]
- [[p:joke visser]] (buurvrouw van mw [[p:Hoop]]) wil vrijwilliger worden via {{o:Stichting Mooi}} - [[p:gülsen]] stuurt formulier
volgend MDO: [[d:di 25 juni]]""",
    """{{o:Veilig Thuis Haaglanden}}
Terugkoppeling aan melder

Aan: [[p:M. Smit]], {{o:SWT}} {{w:Schilderswijk}}
Datum: [[d:11 april 2024]]
Ons registratienummer: [[n:VT-HGL-2024-04418]]

Beste [[p:Marloes]],

Naar aanleiding van je melding van [[d:7 februari]] over het gezin [[p:Bouzaid]] laten wij je weten dat het onderzoek is afgerond. Wij hebben gesproken met beide ouders, met [[p:Imane]] op school en met de {{r:jeugdarts}}. Er is sprake van partnergeweld. Beide ouders hebben ingestemd met hulp: mw. start bij {{o:Fier}}, dhr. bij {{o:De Waag}}. Wij dragen de casus over aan het {{o:SWT}}; {{r:jeugdconsulent}} [[p:Lotte Bloem]] ({{o:CJG}}) sluit aan bij het eerste gezinsgesprek.

Met vriendelijke groet,
[[p:Y. Amrani]], {{r:aandachtsfunctionaris}} / {{r:onderzoeker}}""",
    """Schuldeisers mw. [[p:Esperanza Rosario]] (aanvraag {{o:PEP}} budgetcoaching, [[d:19-08-2024]])
schuldeiser\tnummer\tbedrag\topmerking
{{o:Haag Wonen}}\t[[n:212-4409-01]]\t€ 1.620,00\t2 mnd huur
{{o:Eneco}}\t[[n:2001 4455 87]]\t€ 245,19\tvoorschot te laag
{{o:Ziggo}}\t[[n:18822019]]\t€ 129,00\t
{{o:Intrum}} (namens {{o:Wehkamp}})\t[[n:INT-771204552]]\t€ 583,40\t
{{o:CJIB}}\t[[n:3032 8842 9901 4421]]\t€ 95,00\tboete fiets zonder licht
{{o:DUO}}\t[[n:@AS]]\t€ 4.890,00\tstudieschuld, draagkracht nog niet aangevraagd
Rekening cliënt: [[i:@]]""",
    """AANMELDING WIJKTEAM {{w:Feijenoord}} – {{o:Gemeente Rotterdam}}
Datum: [[d:13-05-2024]]
Aangemeld via: {{o:Vraagwijzer}}
Naam: [[p:Hodan Abdi Warsame]]       Geboortedatum: [[d:01-01-1985]]
Adres: [[a:Oranjeboomstraat 219b]], [[pc:3071 SN]] Rotterdam
Tel: [[t:06 17 03 92 88]]
Taal: Somalisch, Engels redelijk
Hulpvraag: mw. kan haar huur niet betalen sinds de kinderbijslag is gestopt; zoon [[p:Abdirahman]] is 18 geworden en volgt een opleiding bij {{o:Zadkine}}. Daarnaast vraagt zij om hulp bij de aanvraag van een zorgtoeslag.
Contactpersoon wijkteam: [[p:Chantal Kok]], {{r:wijkcoach}}""",
    """{{o:Vattenfall}} Klantenservice
Postbus 41920, 9701 CB Groningen

Aan: [[p:W. Sap]]
[[a:Oudemansstraat 305]]
[[pc:2522 ST]] Den Haag

Datum: [[d:2 december 2023]]
Klantnummer: [[n:3319 0074 122]]

Beste [[p:Wendy Sap]],

Er staat € 1.203,67 open op uw energierekening. Omdat het winter is, sluiten wij u tussen [[d:1 oktober]] en [[d:1 april]] niet af als u hulp zoekt bij schuldhulpverlening. Wij hebben uw gegevens met uw toestemming doorgegeven aan de gemeente. Een medewerker van het {{o:SWT}} neemt contact met u op.""",
    """Van: [[p:Hartman]], [[p:Tim]]
Verzonden: [[d:maandag 5 februari 2024]] 08:12
Aan: [[p:Aydın]], [[p:Gülsen]]
Onderwerp: FW: vraag van mw. [[p:Jagessar]]

Ter info, kun jij dit meenemen in je huisbezoek morgen? [[p:T.]]

________________________________
Van: [[p:Priya Jagessar]] <[[e:priyajagessar@live.nl]]>
Verzonden: [[d:zaterdag 3 februari 2024]] 19:07
Aan: [[e:t.hartman@vooruit-denhaag.nl]]
Onderwerp: vraag van mw. [[p:Jagessar]]

Goedenavond meneer [[p:Hartman]], mijn vader (dhr. [[p:Ramsaran]], [[a:Delftselaan 39]]) heeft weer een brief van het {{o:CAK}} gekregen over de eigen bijdrage, €  21,60 per maand. Is dat klopt? Hij heeft toch alleen AOW. Kunt u mij bellen op [[t:06-55091234]]? Groet, [[p:Priya]]""",
    """{{o:Gemeente Den Haag}} – {{o:Wmo}}
Beschikking maatwerkvoorziening

Aan: mevrouw [[p:C. Mulder-van Dam]]
[[a:Hanenburglaan 98]]
[[pc:2565 GN]] DEN HAAG

Datum: [[d:24 september 2024]]
Zaaknummer: [[n:WMO/2024/118230]]

Geachte mevrouw [[p:Mulder-van Dam]],

Op [[d:9 september 2024]] heeft de {{r:Wmo-adviseur}}, mevrouw [[p:H. Yurt]], met u en uw zoon [[p:Erik]] gesproken. U krijgt een maatwerkvoorziening huishoudelijke ondersteuning van 3 uur per week, met ingang van [[d:1 oktober 2024]] tot en met [[d:30 september 2026]]. De zorg wordt geleverd door {{o:Tzorg}}. U betaalt een eigen bijdrage aan het {{o:CAK}}.""",
    """{{o:Rechtbank Den Haag}}
Team Toezicht Kanton

Beschikking
Zaaknummer / rekestnummer: [[n:C/09/662941 / FA RK 24-1302]]
Datum uitspraak: [[d:4 maart 2024]]

De kantonrechter stelt een mentorschap in ten behoeve van:
[[p:Cornelis Johannes]] ([[p:Kees]]) [[p:Koster]], geboren op [[d:27 juni 1944]] te 's-Gravenhage, wonende te Den Haag, [[a:Jan Ligthartstraat 12]].
Benoemt tot {{r:mentor}}: [[p:L. Koster]] (dochter), wonende [[a:Zomerland 3 bis]], [[pc:2498 AA]] Den Haag.
Verzoek ingediend door: {{o:Sociaal Wijkzorgteam}} {{w:Mariahoeve}}, [[p:I. Koning]].
{{r:griffier}}: mr. [[p:E. Hoogland]]""",
    """{{o:CAK}} – eigen bijdrage Wmo
Factuurdatum: [[d:28-02-2024]]
Factuurnummer: [[n:412200839]]
Betalingskenmerk: [[n:1000 2283 9904 1177]]
Aan: dhr. [[p:S. Ramsaran]], [[a:Delftselaan 39]], [[pc:2512 RH]] Den Haag

Periode: januari 2024
Voorziening: huishoudelijke ondersteuning
Eigen bijdrage: € 21,60
Wij incasseren dit bedrag rond [[d:26 maart]] van rekening [[i:@ ]].""",
]
TEXTS += [
    """REKENING EN VERANTWOORDING BESCHERMINGSBEWIND
Periode: [[d:1 januari 2023]] t/m [[d:31 december 2023]]
Rechthebbende: [[p:Hüseyin Çelik]], geb. [[d:19-03-1963]]
Rekestnummer: [[n:C/09/658112 / BR RK 23-4187]]
{{r:Bewindvoerder}}: [[p:D. Isenia]], {{o:Bewindvoering Hofstad}}

Rekeningen onder bewind:
- beheerrekening [[i:@ ]] saldo per [[d:31-12]]: € 412,08
- leefgeldrekening [[i:@]] saldo per [[d:31-12]]: € 37,50
- spaarrekening (buffer) – opgeheven in april

Inkomsten: uitkering Participatiewet, zorgtoeslag, huurtoeslag
Bijzonderheden: op [[d:14-08-2023]] is een betalingsregeling met {{o:Staedion}} getroffen. Broer [[p:Ismail Çelik]] heeft in juni € 500 geleend; terugbetaling in overleg.""",
    """{{o:Gemeente Den Haag}} – Aanvraag urgentieverklaring woonruimte
Aanvrager: [[p:Semhar Tesfay]]        Geb.datum: [[d:12.10.1991]]
Huidig adres: [[a:Dedemsvaartweg 71-A]], [[pc:2545 AG]] Den Haag (inwonend bij kennis, dhr. [[p:Yonas Habte]])
Telefoonnr.: [[t:06-87 45 12 03]]
E-mail: [[e:semhar.t91@gmail.com]]
Kinderen: [[p:Filmon]] (4) en [[p:Saron]] (1)
Reden: dakloos dreigend, huidige woonruimte per [[d:1 november]] niet meer beschikbaar.
Ondersteunende verklaring: {{r:casusregisseur}} {{o:SWT}} {{w:Bouwlust}}/{{w:Vrederust}}, [[p:Gülsen Aydın]], en {{r:verloskundige}} [[p:R. de Jong]].""",
    """ZORGMELDING {{o:POLITIE}} EENHEID DEN HAAG
Mutatienummer: [[n:2024087731]]
Datum/tijd incident: [[d:zaterdag 24-08-2024]] 03:20
Pleegplaats: [[a:Scheveningseweg 118]], Den Haag

Betrokkene: [[p:J.W.]] ([[p:Jan-Willem]]) [[p:Bakker]]
Geboren: [[d:05-02-1949]]
Omschrijving: buren belden 112 i.v.m. brandlucht. Betrokkene had pan op het vuur laten staan, was verward en wist niet welke dag het was. Woning vervuild. Geen familie in beeld, wel neef [[p:Rob Bakker]] in Zoetermeer, [[t:079-3218855]].
Verzoek aan {{o:SWT}} {{w:Scheveningen}}: contact opnemen met {{r:huisarts}} en {{r:casemanager dementie}}.
Verbalisant: [[p:B. Schipper]], {{r:wijkagent}}""",
    """Van: [[p:Linda Verhoef]] <[[e:l.verhoef@wijkteamsdelft.nl]]>
Verzonden: [[d:15-07-2024]] 13:08
Aan: [[p:Koen van Dam]] <[[e:k.vandam@parnassia.nl]]>
CC: [[e:n.azzouzi@denhaag.nl]]
Onderwerp: overdracht dhr. [[p:Demir]] (verhuisd naar Delft {{w:Buitenhof}})

Beste [[p:Koen]],

Dhr. [[p:Yusuf Demir]] woont sinds [[d:1 juli]] op de [[a:Papsouwselaan 40]] in Delft. Ik neem vanuit {{o:Wijkteams Delft}} de regie over van [[p:Noor]] ({{o:SWT}} {{w:Laak}}). Kun jij mij laten weten wanneer zijn depotmedicatie weer gepland staat en of de {{r:psychiater}} bereid is tot een gezamenlijk gesprek? Zijn moeder, mw. [[p:Demir-Aksoy]], wil graag aanwezig zijn.

Hartelijke groet,
[[p:Linda Verhoef]]
{{r:Generalist}} {{o:Wijkteams Delft}}
[[t:015 - 260 1120]]""",
    """{{o:Portaal}}
Aan: de heer en mevrouw [[p:Van den Heuvel]]
[[a:Pelikaanweg 21]]
[[pc:2317 TP]] Leiden

Leiden, [[d:19 juni 2024]]
Contractnummer: [[n:9100-4452]]

Geachte heer en mevrouw [[p:van den Heuvel]],

Uw huurachterstand is opgelopen tot € 3.102,50. Met het {{o:Sociaal Wijkteam}} {{w:Stevenshof}} (mevrouw [[p:A. Jansen]]) hebben wij afgesproken dat u vanaf [[d:1 juli 2024]] iedere maand € 75 extra betaalt. Als u deze afspraak niet nakomt, vragen wij de kantonrechter om ontbinding van de huurovereenkomst.""",
    """MEMO DOORBRAAKOVERLEG
Aan: [[p:Mirjam Post]], {{r:teamleider}} {{o:SWT}} {{w:Laak}}/{{w:Spoorwijk}}
Van: [[p:Olga Sokolova]], {{r:casusregisseur}}
Datum: [[d:26 februari 2024]]
Casus: [[n:SWT-LAK-2023-0311]] – fam. [[p:Petrov-Georgieva]]

Knelpunt: gezin (ouders [[p:Dimitar]] en [[p:Vesela]], 3 kinderen) woont op een tijdelijk adres bij {{o:Staedion}} dat per [[d:31-03-2024]] afloopt. Inschrijving in de BRP op [[a:Hengelolaan 300]] is niet mogelijk, daardoor geen uitkering en geen zorgverzekering. Verzoek: maatwerk via doorbraakbudget en tijdelijke postadresregeling. Eerder besproken met [[p:M. Post]] op [[d:12-02]].""",
    """VERSLAG HUISBEZOEK
Datum: [[d:woensdag 13 maart 2024]]
Aanwezig: mw. [[p:Lotte Bloem]] ({{r:jeugdconsulent}} {{o:CJG}}), [[p:Sanne de Bruijn]] ({{r:casusregisseur}}), mw. [[p:Bouzaid]], dochter [[p:Imane]]
Adres: [[a:Wouwermanstraat 41-II]]

Situatie: mw. woont sinds [[d:2 maart]] met [[p:Imane]] zonder dhr. [[p:Bouzaid]] in de woning. Er is een contactverbod opgelegd. Mw. heeft geen inkomen: bijstandsaanvraag loopt, dossiernr. [[n:SZW-883201]]. Huur (€ 812) kan niet worden betaald. {{o:Haag Wonen}} is geïnformeerd.
Afspraken: voorschot bijstand aanvragen ([[p:Sanne]]); aanmelding {{o:Fier}} ambulante hulp ([[p:Lotte]]).""",
    """{{o:Lowell Solutions}}
Postbus 10070, 2501 HB Den Haag

Mw. [[p:R.A. Zwart]]
[[a:Hobbemastraat 3 bis]]
[[pc:2526 JK]] 's-Gravenhage

Datum: [[d:17 mei 2024]]
Dossiernummer: [[n:47211903]]
Oorspronkelijke schuldeiser: {{o:Bol.com}}

Wij hebben de vordering van € 214,99 overgenomen. Met rente en incassokosten is het totaal nu € 298,47. Betaal vóór [[d:31-05-2024]] op onze rekening onder vermelding van uw dossiernummer, of bel 088-2424100 voor een regeling.""",
]
TEXTS += [
    """GESPREKSVERSLAG INTAKE
Datum: [[d:8-1-2024]]     Locatie: {{o:Servicepunt XL}} {{w:Transvaal}}
Cliënt: dhr. [[p:Kwame Osei]] (geb. [[d:15-07-1972]], Ghana)
Aanwezig: [[p:Emre Kaya]] ({{r:Wmo-adviseur}}), [[p:Ingrid Visser]] ({{r:welzijnscoach}} {{o:Xtra}}), tolk Twi via {{o:Global Talk}}

Hulpvraag: dhr. heeft een energieschuld bij {{o:Eneco}} en een huurachterstand van 2 maanden. Hij werkt als schoonmaker via {{o:Asito}} maar het aantal uren is teruggelopen. Zijn vrouw [[p:Akosua]] verblijft tijdelijk in Kumasi bij haar zieke moeder.
Afspraken:
1. Aanmelding schuldhulpverlening – [[p:Ingrid]] – [[d:12 jan]]
2. Check recht op huurtoeslag en zorgtoeslag – [[p:Emre]]
3. Vervolggesprek [[d:maandag 22 januari]] 14.00 uur""",
    """Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen het besluit van [[d:12 maart 2024]] met kenmerk [[n:SZW/BB/2024/00871]], waarin mijn aanvraag bijzondere bijstand voor een wasmachine is afgewezen.

Mijn oude wasmachine is kapot en ik heb drie kinderen, waarvan [[p:Mila]] (2) nog in de luiers. Ik heb geen spaargeld. Mijn {{r:maatschappelijk werker}}, mevrouw [[p:De Wit]] van het {{o:SWT}} {{w:Regentessekwartier}}, kan dit bevestigen.

Met vriendelijke groet,

[[p:Anna Wiśniewska]]
[[a:Valkenboskade 580]]
[[pc:2563 HV]] Den Haag
BSN [[b:@ ]]
tel [[t:06 24 01 77 95]]""",
    """{{o:Essent}}
Bevestiging betalingsregeling

Klant: [[p:Ria de Wit]]
Leveringsadres: [[a:Meppelweg 944]], [[pc:2544 DC]] Den Haag
Klantnummer: [[n:3004218866]]
Datum: [[d:27-10-2023]]

Beste mevrouw [[p:De Wit]],

U heeft op [[d:25 oktober]] telefonisch met ons een betalingsregeling afgesproken voor het openstaande bedrag van € 780,00. U betaalt 10 termijnen van € 78,00. De eerste termijn wordt op [[d:1 november 2023]] afgeschreven van [[i:@ ]]. Let op: uw maandelijkse voorschot blijft daarnaast gewoon doorlopen.""",
    """{{o:Woonbron}}
Aan: {{o:Wijkteam}} {{w:Charlois}}, t.a.v. mw. [[p:F. Mahabali]]

Rotterdam, [[d:3 september 2024]]
Betreft: signaal huurachterstand [[a:Wolphaertsbocht 233-A]], [[pc:3083 KN]] Rotterdam
Huurder: mw. [[p:Aisha Bah]]
Achterstand: 2 maanden (€ 1.366,90)

Wij melden dit signaal op grond van de convenantafspraken vroegsignalering. Mw. reageert niet op brieven of telefoon ([[t:06-30028817]]). Wilt u een huisbezoek afleggen? Onze {{r:woonconsulent}} [[p:Sjaak Vos]] kan aansluiten, [[e:s.vos@woonbron.nl]].""",
]
TEXTS += [
    """VERWIJZING BUURTTEAM – {{o:Buurtteams Utrecht}}, locatie {{w:Overvecht}}
Verwijzer: dr. [[p:M.E. Schouten]], {{r:huisarts}}, {{o:Gezondheidscentrum Overvecht}}
AGB-code praktijk: 01051234
Datum: [[d:2024-06-04]]

Patiënt: [[p:Tomasz Wiśniewski]]
Geboortedatum: [[d:1981-12-30]]
Adres: [[a:Zamenhofdreef 77]], [[pc:3562 JN]] Utrecht
Mobiel: [[t:+31 6 1029 4471]]

Reden verwijzing: alcoholgebruik, verlies werk ({{o:PostNL}}) in maart, schulden, gescheiden van partner [[p:Kasia]]. Dochter [[p:Zuzia]] (8) woont bij moeder. Patiënt staat open voor hulp van {{o:Victas}}, maar eerst financiële rust. Graag contact met de {{r:buurtteammedewerker}}.""",
    """Van: [[p:Karin Dekker]]
Verzonden: [[d:donderdag 18 april 2024]] 10:44
Aan: [[p:Fatou Ceesay]] <[[e:fatouceesay88@yahoo.com]]>
Onderwerp: FW: uitnodiging spreekuur verzekeringsarts

Hoi [[p:Fatou]], hieronder de uitnodiging van het {{o:UWV}}. Zal ik meegaan? Laat maar weten. Groet, [[p:Karin]]

---------- Doorgestuurd bericht ---------
Van: {{o:UWV}} <[[e:noreply@uwv.nl]]>
Datum: [[d:di 16 apr. 2024]] om 07:58
Onderwerp: Uitnodiging

Geachte mevrouw [[p:Ceesay]],
U bent uitgenodigd voor een gesprek met de {{r:verzekeringsarts}}, drs. [[p:R. Kerkhof]], op [[d:maandag 6 mei 2024]] om 09.30 uur, {{o:UWV}} kantoor Den Haag, Prinses Beatrixlaan 13. Neemt u uw legitimatiebewijs mee. Uw kenmerk: [[n:WIA-24-118702]].""",
    """{{o:Sociale Verzekeringsbank}} – Persoonsgebonden budget
Aan budgethouder: [[p:Y. Demir]]
Vertegenwoordiger: [[p:Fatma Demir-Aksoy]] (moeder)
[[a:Zwaardvegersgaarde 140]], [[pc:2542 TH]] Den Haag

Datum: [[d:10 januari 2024]]
Budgethoudernummer: [[n:PGB 2300 8812]]

Geachte mevrouw [[p:Demir-Aksoy]],

De zorgovereenkomst met zorgverlener [[p:H. Aksoy]] is niet goedgekeurd, omdat de handtekening van de zorgverlener ontbreekt. Wij kunnen daarom geen betalingen doen. Stuur de overeenkomst opnieuw, met handtekening, vóór [[d:24-01-2024]]. Vragen? Bel het {{o:SVB}} Servicecentrum PGB.""",
    """Van: [[p:Mirjam Post]]
Aan: {{o:UHT}} – team persoonlijk zaakbehandelaars
Datum: [[d:21 november 2023]]
Onderwerp: stand van zaken herstel mw. [[p:Doelwijt]], kenmerk [[n:UHT-2021-184402]]

Beste [[p:Esther]],

Mw. [[p:Chantal Doelwijt]] (BSN [[b:@]]) is in 2021 erkend als gedupeerde van de kinderopvangtoeslagaffaire. Zij heeft de € 30.000 ontvangen, maar de integrale beoordeling laat op zich wachten. Ondertussen is het gezin opnieuw in de schulden geraakt. Kun je aangeven wanneer het gesprek met de {{r:persoonlijk zaakbehandelaar}} gepland wordt? Mw. is bereikbaar op [[t:06 11 84 92 07]], liefst na 15.00 uur (werkt in de zorg).

Groet,
[[p:Mirjam Post]], {{r:teamleider}} {{o:SWT}} {{w:Segbroek}}""",
    """Budgetplan fam. [[p:Al-Hassan]] (opgesteld [[d:6-2-2024]], [[p:H. Rahimi]])
| Inkomsten p/m | |
| Bijstand gezinsnorm | € 1.817,00 |
| Kinderbijslag (per kwartaal / 3) | € 296,00 |
| Kindgebonden budget | € 412,00 |
| Huurtoeslag | € 368,00 |
| Uitgaven p/m | |
| Huur {{o:Haag Wonen}} ([[n:212-7708-11]]) | € 741,00 |
| Energie {{o:Budget Energie}} | € 190,00 |
| Zorgverzekering {{o:CZ}} (2 pers.) | € 292,00 |
| Telefoon/internet | € 65,00 |
| Overig vast | € 120,00 |
Vrij besteedbaar per week: ± € 110,-
Rekening voor vaste lasten: [[i:@]]""",
    """Presentielijst MDO {{w:Scheveningen}} – [[d:19-09-2024]]
naam\tfunctie\torganisatie\te-mail
[[p:Bert Schipper]]\t{{r:wijkagent}}\t{{o:Politie}}\t[[e:bert.schipper@politie.nl]]
[[p:J. Lie]]\t{{r:OGGZ-verpleegkundige}}\t{{o:GGD Haaglanden}}\t[[e:joyce.lie@ggdhaaglanden.nl]]
[[p:Marieke Brouwer]]\t{{r:casusregisseur}}\t{{o:SWT}}\t[[e:m.brouwer@denhaag.nl]]
[[p:Chr. Vermeulen]]\t{{r:casemanager dementie}}\t{{o:Florence}}\t[[e:c.vermeulen@florence.nl]]
[[p:Rob Bakker]]\tneef van cliënt\t–\t–
Casus: dhr. [[p:J.W. Bakker]], [[a:Scheveningseweg 118]]""",
    """Aan de kantonrechter, {{o:Rechtbank Den Haag}}, team Toezicht Kanton
Postbus 20302, 2500 EH Den Haag

Zaaknummer: [[n:C/09/601377 / BR RK 20-2210]]
Betreft: verzoek wisseling bewindvoerder

Den Haag, [[d:9 juli 2024]]

Edelachtbare,

Ik, [[p:Soraya Ramdin]], wonende [[a:Loosduinseweg 107-B]], [[pc:2571 AD]] Den Haag, vraag u mijn huidige {{r:bewindvoerder}}, dhr. [[p:P. Kok]] van {{o:Kok & Partners Bewind}}, te ontslaan. Sinds januari krijg ik mijn leefgeld te laat en hij reageert niet op mails of telefoontjes. Mijn nieuwe {{r:bewindvoerder}} is mw. [[p:L. Hartman]], {{o:Budget Bewind Haaglanden}}, zij heeft een bereidverklaring getekend.

Met vriendelijke groet,
[[p:S. Ramdin]]""",
    """Adviesgesprek {{o:Veilig Thuis}} (telefonisch)
Datum: [[d:30-05-2024]]
Adviesvrager: [[p:Ravi Bhagwandin]], {{r:wijkverpleegkundige}}
Adviseur {{o:VT}}: [[p:Hanneke]]
Adviesnummer: [[n:VT-ADV-24-22871]]

Casus (geanonimiseerd besproken, pas later naam genoemd): mw. [[p:Mulder]] (86), dementerend, zoon [[p:Erik]] beheert haar geld. Er verdwijnen grote bedragen van haar rekening en zij krijgt te weinig boodschappen. Advies: vermoeden van financiële uitbuiting, in gesprek gaan met zoon en met {{r:casemanager dementie}}; bij geen verbetering melden. Tevens advies: overweeg verzoek beschermingsbewind via de {{r:kantonrechter}}.""",
    """TEL. NOTITIE [[d:14/2]] – {{o:Staedion}}, mw. [[p:Hoekstra]] ({{r:incasso}})
dhr [[p:Ahmadzai]] ([[a:Loevesteinlaan 290]]) heeft 3 mnd achterstand, vonnis is aangevraagd. Zitting gepland [[d:5 maart]]. Zij wil wel een regeling als {{o:SWT}} garant staat voor begeleiding. Terugbellen op [[t:070-7820 440]] vóór vrijdag. – [[p:O.S.]]""",
]
TEXTS += [
    """ONDERSTEUNINGSPLAN – {{w:Mariahoeve}}
Cliënt: mw. [[p:Kok]], [[p:Anita]] (72)
Mantelzorger: [[p:Bas Kok]] (zoon), [[t:06-29931847]], [[e:bas.kok@ziggo.nl]]
{{r:Ouderenconsulent}}: [[p:Ilse Koning]]

| Leefgebied | Doel | Actie | Wie | Wanneer |
|---|---|---|---|---|
| Financiën | overzicht schulden | aanmelding {{o:PEP}}, post sorteren | [[p:Ilse]] + [[p:Bas]] | [[d:15 april]] |
| Wonen | veilig thuis blijven | valrisico: traplift aanvragen {{o:Wmo}} | {{r:Wmo-adviseur}} [[p:Karin Dekker]] | april |
| Sociaal | minder eenzaam | maatje via {{o:Humanitas}}, koffieochtend {{o:Wijkcentrum Mariahoeve}} | [[p:Ilse]] | doorlopend |
| Gezondheid | medicatie op tijd | baxterrol + controle door {{r:wijkverpleegkundige}} | {{o:Florence}} | per [[d:1-4-2024]] |
Evaluatie: [[d:vrijdag 28 juni]]""",
    """{{o:Parnassia}} Acute Dienst – rapportage beoordeling
Datum/tijd: [[d:17-09-2024]] 23:40
Patiënt: [[p:Farid Ahmadzai]], geb. [[d:04-04-1990]], [[a:Loevesteinlaan 290]], Den Haag
Patiëntnummer: [[n:PNX-0044129871]]
Aanmelder: {{o:Politie}} na melding van buurman dhr. [[p:G. Vos]]

Bevindingen: pt. is angstig en achterdochtig, zegt dat de buren hem afluisteren. Geen acuut gevaar. Pt. gaat akkoord met vervolgcontact door {{o:FACT}}-team {{w:Escamp}}.
Beoordelaar: [[p:R. Mahabali]], {{r:psychiater}} i.o.; [[p:S. Kaya]], {{r:SPV}}
Informeren: {{r:huisarts}} en {{o:SWT}} {{w:Moerwijk}} ([[p:Noor]]).""",
    """Verzoek kwijtschelding gemeentelijke belastingen 2024
Aanslagnummer: [[n:0518.7724.3391]]
Naam: [[p:Jurgen Wijngaarde]]
Adres: [[a:Zuidlarenstraat 87]]
Postcode: [[pc:2545VJ]]
Telefoon: [[t:06-48301294]]
Rekeningnummer: [[i:@]]

Reden: ik heb een Wajong-uitkering en geen vermogen. Ik heb hulp van {{o:Stichting MEE}} ([[p:B. Prins]]).
Datum: [[d:21 februari 2024]]
Handtekening: [[p:J. Wijngaarde]]""",
    """Van: [[p:Sokolova]], [[p:Olga]]
Verzonden: [[d:woensdag 10 januari 2024]] 15:22
Aan: '[[e:n.eddahbi1999@outlook.com]]'
Onderwerp: RE: {{o:DUO}}

Beste [[p:Nassim]],

Je kunt bij {{o:DUO}} vragen om je draagkracht opnieuw te berekenen. Dan betaal je misschien € 0 per maand zolang je inkomen laag is. Ik stuur het formulier hieronder mee. Bel me als je vragen hebt, ik ben er ma t/m do.

[[p:Olga]]

-----Oorspronkelijk bericht-----
Van: [[p:Nassim Eddahbi]] <[[e:n.eddahbi1999@outlook.com]]>
Verzonden: [[d:dinsdag 9 januari 2024]] 21:03
Onderwerp: {{o:DUO}}

hoi [[p:olga]] ik heb weer een brief van duo gekregen dat ik 260 euro per maand moet betalen maar ik heb maar een bijbaan bij {{o:Jumbo}}. wat moet ik doen. mijn relatienummer is [[n:DUO 7712 0453]]""",
    """OPROEPING
{{o:Rechtbank Den Haag}}, team kanton
Zaaknummer: [[n:11022871 CV EXPL 24-8814]]

Eiser: {{o:Staedion}}, gevestigd te Den Haag
Gedaagde: [[p:F. Ahmadzai]], wonende te Den Haag

De kantonrechter behandelt deze zaak op [[d:dinsdag 5 maart 2024]] om 10.15 uur in het gebouw aan de Prins Clauslaan 60. Eiser vordert ontbinding van de huurovereenkomst en ontruiming van de woning aan de [[a:Loevesteinlaan 290]] wegens een huurachterstand van € 2.340,–. Gedaagde kan zich laten bijstaan door een advocaat of gemachtigde. Voor gratis advies: {{o:Het Juridisch Loket}}.""",
    """AANMELDFORMULIER SOCIAAL TEAM ZOETERMEER
Datum: [[d:6 mei 2024]]
Wijk: {{w:Meerzicht}}
Naam aanvrager: [[p:Henk Hoop]]
Geboortedatum: [[d:29-02-1956]]
Adres: [[a:Meerzichtlaan 112]], [[pc:2713 HB]] Zoetermeer
Tel.: [[t:079 - 316 44 20]]
BSN: [[b:@.]]
Hoe bij ons gekomen: via {{o:De Goede Woning}} (overlast / vervuiling)
Vraag: dhr. kan sinds het overlijden van zijn vrouw [[p:Truus]] de administratie en het huishouden niet aan. Er is één dochter, [[p:Marjolein Hoop]], woont in Groningen, weinig contact.
Behandelend medewerker: [[p:Bram de Graaf]], {{r:consulent}} {{o:Sociaal Team}}""",
    """Caseload per medewerker – {{o:SWT}} {{w:Escamp}} (export uit het registratiesysteem, [[d:03-09-2024]])
| medewerker | cliënt | dossier | laatste contact |
| [[p:N. Azzouzi]] | [[p:G.J. van Leeuwen]] | [[n:ESC-24-0071]] | [[d:28-08-2024]] |
| [[p:N. Azzouzi]] | [[p:F. Ceesay]] | [[n:ESC-23-0415]] | [[d:02-09-2024]] |
| [[p:K. Dekker]] | [[p:R. Martina]] | [[n:ESC-24-0192]] | [[d:15-08-2024]] |
| [[p:K. Dekker]] | [[p:W. Sap]] | [[n:ESC-23-0380]] | [[d:30-07-2024]] |
| [[p:S. Winter]] | [[p:M. Tavares]] | overgedragen Zoetermeer | [[d:20-06-2024]] |
Signaal: 2 dossiers > 4 weken geen contact → bespreken in teamoverleg.""",
    """{{o:GGN}} Gerechtsdeurwaarders
Aan: mw. [[p:A. Bah]]
[[a:Wolphaertsbocht 233-A]]
[[pc:3083KN]] Rotterdam

Rotterdam, [[d:11 oktober 2024]]
Dossier: [[n:GGN-7740218-AB]]
Opdrachtgever: {{o:KPN}}

Betekening vonnis
Op [[d:2 oktober 2024]] heeft de kantonrechter u veroordeeld tot betaling van € 684,21 vermeerderd met rente en kosten. Indien u niet binnen twee dagen betaalt, zal beslag worden gelegd op uw inkomen bij {{o:UWV}}. Neem contact op met uw {{r:schuldhulpverlener}} of met ons kantoor.""",
    """{{o:De Goede Woning}}
Aan: dhr. [[p:H. Hoop]], [[a:Meerzichtlaan 112]], [[pc:2713 HB]] Zoetermeer
Datum: [[d:22-05-2024]]

Geachte heer [[p:Hoop]],

Op [[d:donderdag 6 juni 2024]] tussen 9.00 en 12.00 uur komen wij samen met mevrouw [[p:Van der Zee]] van het {{o:Sociaal Team}} bij u langs. Wij willen samen met u bekijken hoe de woning weer schoon en veilig kan worden. Uw buren op nummer 110 en 114 hebben last van muizen. Lukt deze datum niet, bel dan uw {{r:wijkbeheerder}}, [[p:Peter Zomer]].""",
    """Van: [[p:Lotte Bloem]] <[[e:lotte.bloem@cjgdenhaag.nl]]>
Verzonden: [[d:vr 8-3-2024]] 12:01
Aan: [[p:Sanne de Bruijn]]
Onderwerp: leerplicht [[p:Imane]] / moeder

Hoi [[p:Sanne]], de {{r:leerplichtambtenaar}} (mw. [[p:Groen]]) heeft contact opgenomen omdat [[p:Imane]] sinds [[d:26 februari]] 6 dagen ongeoorloofd afwezig was. Ze weet van de situatie thuis en wil geen proces-verbaal, maar wel een gesprek met mw. [[p:Bouzaid]]. Kun jij mee? Voorstel [[d:woensdag 13/3]] na het huisbezoek. Groetjes [[p:Lotte]]""",
    """{{o:Sociaal Wijkzorgteam}} {{w:Loosduinen}}
Aan: {{o:Huisartsenpraktijk De Lindenhof}}, t.a.v. [[p:A.F. Chen]], {{r:huisarts}}

Den Haag, [[d:3 juni 2024]]
Betreft: terugkoppeling mw. [[p:Z. Hosseini]], geb. [[d:22-05-1994]]

Beste collega,

Mw. [[p:Hosseini]] is sinds [[d:15 januari]] in behandeling bij {{o:Parnassia}} (traumabehandeling, EMDR). Wij hebben haar geholpen met de aanvraag van een urgentie en met haar inburgering via {{o:Gemeente Den Haag}}. Zij heeft weer contact met haar broer [[p:Reza]], die in Leiden woont. Het {{o:SWT}} sluit het dossier per [[d:1 juli 2024]] af; de {{r:welzijnscoach}} van {{o:Xtra}} blijft betrokken.

Met vriendelijke groet,
[[p:Marieke Brouwer]], {{r:casusregisseur}}""",
]
TEXTS += [
    """Van: [[p:Winter]], [[p:Sven]] <[[e:s.winter@denhaag.nl]]>
Verzonden: [[d:dinsdag 3 december 2024]] 17:26
Aan: [[p:Kok]], [[p:Bas]]; [[p:Koning]], [[p:Ilse]]
CC: [[p:Storm]], [[p:Willemijn]] <[[e:w.storm@florence.nl]]>
Onderwerp: mw. [[p:Kok]] – plan voor deze winter

Beste [[p:Bas]],

Dank voor je telefoontje. Ik begrijp dat je moeder deze winter niet alleen kan blijven na de storm van vorige week, toen het dak lekte. [[p:Willemijn Storm]] ({{r:wijkverpleegkundige}}) komt vanaf morgen twee keer per dag. [[p:Ilse]] heeft nog goede hoop op een plek in {{o:Zorgcentrum Oostduin}}, maar de wachtlijst is lang. Jij werkt als kok in de avond, dus wil je aangeven welke dagen jij er overdag kunt zijn?

Met vriendelijke groet,
[[p:Sven Winter]]
{{r:Wmo-adviseur}} {{w:Mariahoeve}} en {{w:Bezuidenhout}}""",
    """GEZINSSAMENSTELLING (bijlage bij aanmelding [[n:SWT-SCH-2024-0662]])
| naam | relatie | geb.datum | woont in huis |
|---|---|---|---|
| [[p:Hüseyin Yılmaz]] | cliënt | [[d:04-11-1970]] | ja |
| [[p:Emine Yılmaz-Koç]] | echtgenote | [[d:17-06-1974]] | ja |
| [[p:Burak]] | zoon | 2001 | nee, Rotterdam |
| [[p:Elif]] | dochter | 2006 | ja |
| [[p:Zeynep]] | dochter | 2010 | ja |
| [[p:Fadime Yılmaz]] | moeder cliënt | 1944 | ja, sinds 2023 |
Adres: [[a:Jan Blankenstraat 112-hs]], [[pc:2525 XN]]""",
    """Aan: {{o:Stichting MEE}} Zuid-Holland Noord
Van: [[p:Sanne de Bruijn]], {{r:casusregisseur}} {{o:SWT}} {{w:Transvaal}}
Datum: [[d:12-08-2024]]
Onderwerp: aanvraag cliëntondersteuning LVB

Graag meld ik dhr. [[p:Rudsel Martina]] (38) aan voor cliëntondersteuning. Dhr. heeft een licht verstandelijke beperking (IQ 66 volgens onderzoek {{o:Ipse de Bruggen}} in 2015). Hij heeft moeite met brieven van {{o:UWV}} en de {{r:bewindvoerder}}. Zijn vriendin [[p:Jacqueline Cijntje]] helpt hem nu, maar zij is zelf ook niet sterk. Graag contact via mij ([[t:06-34410772]]) of rechtstreeks met dhr. op [[t:06-19982030]].""",
    """{{o:Gemeente Den Haag}}, {{o:Dienst SZW}}
Besluit op uw aanvraag levensonderhoud (Participatiewet)

Aan: dhr. [[p:R.E. Martina]]
[[a:Zuiderparklaan 233-3]], [[pc:2574 HN]] Den Haag
Datum: [[d:1 mei 2024]]
Ons kenmerk: [[n:PW-2024-0417733]]
Uw BSN: [[b:@]]

Geachte heer [[p:Martina]],

U ontvangt vanaf [[d:9 april 2024]] een bijstandsuitkering als alleenstaande. Wij betalen de uitkering uit op [[i:@ ]], de rekening van uw {{r:bewindvoerder}}. Uw {{r:klantmanager}} is mevrouw [[p:A. van der Meer]], bereikbaar via [[t:070 - 353 38 17]].""",
    """NOTULEN WIJKNETWERKOVERLEG {{w:Duindorp}}/{{w:Scheveningen}}
[[d:donderdag 7 november 2024]], {{o:Buurthuis De Samenkomst}}

Aanwezig: [[p:Bert Schipper]] ({{r:wijkagent}}), [[p:Joyce Lie]] ({{o:GGD}}), [[p:Thijs Groen]] ({{o:Haag Wonen}}), [[p:Marieke]] en [[p:Koen]] ({{o:SWT}}), [[p:Annelies Koster]] ({{r:koster}} van de Bethelkerk, vrijwilligerswerk), [[p:Mo Benali]] ({{o:Xtra}}).

1. Eenzaamheid onder ouderen: [[p:Annelies]] signaleert dat dhr. [[p:Visser]] ([[a:Tesselsestraat 19]]) niet meer naar de kerk komt. [[p:Marieke]] gaat langs.
2. Overlast jongeren bij de haven: politie heeft contact met ouders.""",
]
TEXTS += [
    """INTAKEFORMULIER – NETWERK VAN DE CLIËNT
Cliënt: [[p:Ionela Popescu]] ([[n:SWT-BV-2024-0233]])

Naam | Relatie | Telefoon | Opmerking
[[p:Cristian Popescu]] | zoon | [[t:+40 745 118 902]] | woont in Iași, belt wekelijks
[[p:Andreea Munteanu]] | nicht | [[t:06-22871045]] | Rijswijk, helpt met boodschappen
[[p:Gheorghe]] | buurman | – | heeft sleutel
pater [[p:Tudor]] | Roemeens-orthodoxe kerk | [[t:070-3891177]] | bezoekt 1x per maand
[[p:Karin Dekker]] | {{r:Wmo-adviseur}} | [[t:06-42290517]] | aanvraag alarmering

Ecogram besproken met mw. op [[d:17-04-2024]]. Mw. wil haar zoon niet belasten met de geldzaken.""",
    """Van: [[p:Lisanne Hartman]] <[[e:l.hartman@budgetbewindhaaglanden.nl]]>
Verzonden: [[d:maandag 26 augustus 2024]] 09:31
Aan: [[p:Gülsen Aydın]] <[[e:g.aydin@denhaag.nl]]>
CC: [[p:Shirley Ramdin]] <[[e:shirleyramdin@hotmail.nl]]>
Onderwerp: RE: RE: leefgeld mw. [[p:S. Ramdin]]

Dag [[p:Gülsen]],

Het bewind is per [[d:1 augustus]] formeel op mij overgegaan ([[n:C/09/601377 / BR RK 20-2210]]). Ik heb van dhr. [[p:Kok]] nog geen overdrachtsdossier ontvangen, daardoor weet ik niet welke vaste lasten er lopen. Leefgeld wordt vanaf deze week op vrijdag gestort. [[p:Shirley]] (zus van cliënt) heeft aangeboden de post van de afgelopen maanden te verzamelen. Zou jij samen met haar de brieven van {{o:Eneco}} en {{o:Haag Wonen}} willen doorlopen?

Met vriendelijke groet,
[[p:Lisanne Hartman]], {{r:beschermingsbewindvoerder}}
T [[t:070 - 2042 118]]""",
    """{{o:Belastingdienst}}
Aanslag inkomstenbelasting 2022 – voorlopige aanslag

[[p:P.A. Jagessar]]
[[a:Laan van Meerdervoort 1024-III]]
[[pc:2564 AP]] 'S-GRAVENHAGE

Aanslagnummer: [[n:@AS]]
Dagtekening: [[d:12 mei 2023]]

U moet € 1.128 betalen. Dit bedrag moet uiterlijk [[d:30 juni 2023]] op onze rekening staan. Heeft u moeite met betalen? Dan kunt u uitstel van betaling aanvragen. Vergeet niet het betalingskenmerk [[n:3114 6620 9017 5521]] te vermelden.""",
    """{{o:Veilig Thuis Haaglanden}} – Melding ouderenmishandeling
Registratienr.: [[n:VT-2024-1187]]
Melder: [[p:Ravi Bhagwandin]], {{r:wijkverpleegkundige}} {{o:Florence}} (bereikbaar via [[t:06-51183920]])
Datum: [[d:14 juni 2024]]

Oudere: mw. [[p:Cornelia]] ([[p:Corrie]]) [[p:Mulder-van Dam]], 86 jaar, [[a:Hanenburglaan 98]]
Vermoedelijke pleger: zoon [[p:Erik Mulder]], geb. [[d:03-03-1969]], woont in bij moeder
Signalen: pinpas van mw. in bezit van zoon; sinds maart is er € 6.400 opgenomen; koelkast vaak leeg; mw. zegt "[[p:Erik]] regelt alles, ik mag niet klagen". Zoon weigert hulp van {{o:Tzorg}} binnen te laten.
Eerder advies gevraagd op [[d:30-05-2024]], zie [[n:VT-ADV-24-22871]].""",
]
TEXTS += [
    """TERUGBELVERZOEK – {{o:Klantcontactcentrum}} {{o:Gemeente Den Haag}}
Voor: [[p:Karin Dekker]] ({{o:SWT}} {{w:Escamp}})
Aangenomen door: [[p:Fleur]], [[d:ma 15-1]] 11:47
Beller: mw. [[p:Nowak]], [[p:Agnieszka]]
Terugbellen op: [[t:0687713052]] (na 16.00 uur, werkt in de kas)
Onderwerp: mw. heeft brief van {{r:deurwaarder}} ontvangen, beslag per [[d:29 januari]]. Wil weten of de afspraak met [[p:Lisa]] nog doorgaat. Spreekt Pools en een beetje Engels, dochter [[p:Ola]] kan vertalen.""",
    """{{o:Rechtbank Den Haag}}
Beschikking van de kantonrechter

Zaaknummer: [[n:C/09/667180 / BR RK 24-3361]]
Datum: [[d:23 mei 2024]]

De kantonrechter:
- stelt onder bewind alle goederen die (zullen) toebehoren aan [[p:Gerda Johanna van Leeuwen]], geboren op [[d:2 augustus 1958]], wonende te Den Haag;
- benoemt tot {{r:bewindvoerder}}: mr. [[p:H.J. Brouwer]], h.o.d.n. {{o:Brouwer Bewindvoering}}, kantoorhoudende te Den Haag;
- bepaalt dat de {{r:bewindvoerder}} binnen drie maanden een boedelbeschrijving indient.

Deze beschikking is gegeven door mr. [[p:K.L. Tjin-A-Djie]], {{r:kantonrechter}}, en in het openbaar uitgesproken in aanwezigheid van de {{r:griffier}}.""",
    """{{o:Eneco}} – Aankondiging afsluiting
Aan: mevrouw [[p:N. Bouzaid]]
[[a:Wouwermanstraat 41-II]], [[pc:2526 TM]] Den Haag
Klantnummer [[n:2003 9910 44]]
Datum: [[d:18-03-2024]]

Beste mevrouw [[p:Bouzaid]],

U heeft een achterstand van € 493,20. Wij hebben u meerdere keren gevraagd dit te betalen. Op [[d:vrijdag 12 april 2024]] komt een monteur van {{o:Stedin}} de levering afsluiten. Heeft u hulp van een {{r:schuldhulpverlener}}? Geef dit dan direct aan ons door, dan stellen wij de afsluiting uit.

Reactie {{o:SWT}} ([[p:Sanne]], [[d:19-3]]): gebeld met {{o:Eneco}}, afsluiting opgeschort tot [[d:1 mei]] ivm lopend traject.""",
    """Interne overdracht binnen {{o:SWT}} {{w:Moerwijk}}
Van: [[p:Noor Azzouzi]] (met zwangerschapsverlof per [[d:1 oktober]])
Naar: [[p:Jeroen Bakker]], {{r:maatschappelijk werker}}

Cliënten:
1. mw. [[p:El Khattabi]] – stabiel, betalingsregeling {{o:Haag Wonen}} loopt, elke 2 weken contact. Oudste zoon [[p:Ayoub]] heeft het lastig op school, CJG-{{r:jeugdconsulent}} [[p:Bilal]] is betrokken.
2. dhr. [[p:Ahmadzai]] – psychisch wisselend, {{o:FACT}} betrokken. Let op: dhr. reageert slecht op onaangekondigd bezoek.
3. mw. [[p:Van Leeuwen]] – bewind toegekend, dossier kan over 2 maanden worden afgesloten.
[[p:Jeroen]], bel gerust als er vragen zijn: [[t:06-11730482]].""",
    """AANMELDING {{o:VOEDSELBANK HAAGLANDEN}}
Verwijzer: [[p:Hamid Rahimi]], {{o:VÓÓR Welzijn}}, [[e:h.rahimi@voorwelzijn.nl]]
Datum aanmelding: [[d:29-01-2024]]

Hoofdaanvrager: [[p:Rasha Al-Hassan]]
Aantal personen: 5 (2 volw., 3 kinderen: [[p:Omar]] 12, [[p:Lina]] 9, [[p:Yara]] 3)
Adres: [[a:Lozerlaan 1548]], [[pc:2544KH]] Den Haag
Uitgiftepunt: {{w:Bouwlust}}, donderdag
Leefgeld per week volgens berekening: € 38,- per persoon → recht voor 6 maanden, herbeoordeling [[d:29 juli 2024]]""",
    """LAATSTE KANS OVEREENKOMST
Partijen:
1. {{o:Haag Wonen}}, vertegenwoordigd door [[p:T. van der Veen]], {{r:wijkconsulent}}
2. Huurder: [[p:Ahmed Abdullahi Warsame]], [[a:Hoefkade 12-hs]], [[pc:2526 BX]] Den Haag
3. {{o:Sociaal Wijkzorgteam}} {{w:Schilderswijk}}, vertegenwoordigd door [[p:Youssef Amrani]]

Afspraken:
- De ontruiming van [[d:23 mei 2024]] wordt opgeschort.
- Huurder betaalt de huur vanaf [[d:1 juni 2024]] via automatische incasso van [[i:@]].
- Huurder aanvaardt 12 maanden begeleiding door het {{o:SWT}} en meldt zich aan voor schuldhulpverlening.
- Bij een nieuwe achterstand van meer dan één maand vindt ontruiming alsnog plaats.

Getekend te Den Haag op [[d:21 mei 2024]].""",
    """Aanmelding Centrale Toegang Maatschappelijke Opvang ({{o:Kessler Stichting}}, {{o:Leger des Heils}}, {{o:Straatpastoraat}})
Aangemeld door: [[p:Natasja Vreede]], {{o:SWT}} {{w:Segbroek}}
Datum: [[d:03-04-2024]]
Cliënt: [[p:Marek Kowalczyk]], geb. [[d:22-09-1984]], Poolse nationaliteit
BSN: [[b:@ ]]
Laatste adres: [[a:Weimarstraat 270-1]] (ontruimd op [[d:2 april]])
Bereikbaar: [[t:+48 512 330 871]] / via {{o:Barka}}, [[p:Piotr]]
Regiobinding Den Haag: ja, sinds 2016 ingeschreven. Werkt af en toe via uitzendbureau in het Westland.""",
]
TEXTS += [
    """{{o:CIZ}}
Besluit Wet langdurige zorg

Aan: de heer [[p:C.J. Koster]]
t.a.v. zijn {{r:mentor}}, mevrouw [[p:L. Koster]]
[[a:Zomerland 3 bis]], [[pc:2498 AA]] Den Haag

Datum: [[d:2 juli 2024]]
Ons kenmerk: [[n:CIZ-2024-7781045]]
BSN cliënt: [[b:@.]]

Wij hebben uw aanvraag beoordeeld. U heeft recht op zorg vanuit de Wlz, zorgprofiel VV-05 (beschermd wonen met intensieve verzorging). Het besluit geldt vanaf [[d:28 juni 2024]] voor onbepaalde tijd. Het zorgkantoor {{o:Zilveren Kruis}} neemt contact met u op over de zorgaanbieder.""",
    """{{o:VGZ}}
Aan: [[p:Kwame Osei]]
[[a:Paul Krugerlaan 45-II]]
[[pc:2571 GJ]] Den Haag

Datum: [[d:09-01-2024]]
Relatienummer: [[n:211 884 013]]
Onderwerp: premieachterstand – voorstel betalingsregeling

Geachte heer [[p:Osei]],

U heeft vier maanden premie niet betaald (€ 564,88). Wij bieden u een betalingsregeling aan. Als u deze regeling niet vóór [[d:23 januari]] ondertekent, melden wij u bij het {{o:CAK}} aan. Heeft u al een {{r:schuldhulpverlener}}? Laat die dan contact met ons opnemen, dan passen wij de regeling aan.""",
    """{{o:Schuldhulpverlening Den Haag}}
Aan de schuldeisers van: [[p:Svetlana Ivanova]], [[a:Moerweg 177]], Den Haag
Ons dossiernummer: [[n:SHV-2023-07741]]
Datum: [[d:25 september 2023]]

Betreft: voorstel schuldregeling

Geachte heer, mevrouw,

Op basis van de vrij te laten bedragen kan onze cliënt gedurende 18 maanden € 97,40 per maand reserveren. Dat betekent een uitkering van 12,6% aan de concurrente schuldeisers. Wij verzoeken u binnen 14 dagen schriftelijk in te stemmen met dit voorstel. Uw vordering is bij ons bekend onder uw kenmerk.

Met vriendelijke groet,
[[p:J. van Dijk]], {{r:schuldhulpverlener}}
[[e:jaap.vandijk@denhaag.nl]] | [[t:070 - 752 88 06]]""",
    """Van: [[p:Bas Prins]] <[[e:b.prins@meezhn.nl]]>
Verzonden: [[d:10 juni 2024]] 14:12
Aan: intake dagbesteding {{o:Middin}}
CC: [[p:Esther Tjon A Fong]]
Onderwerp: aanmelding dagbesteding dhr. [[p:R. Martina]]

Goedemiddag,

Hierbij meld ik dhr. [[p:Rudsel Martina]] ({{o:SWT}} dossier [[n:SWT-ESC-2024-0192]]) aan voor arbeidsmatige dagbesteding, bij voorkeur in de fietsenwerkplaats in {{w:Morgenstond}}. Kennismaking heeft op [[d:3 mei]] plaatsgevonden met [[p:Marco]] van jullie locatie. Dhr. is goed bereikbaar op [[t:06-19982030]] maar beantwoordt geen onbekende nummers; bel eventueel via zijn vriendin [[p:Jacqueline]].

Groet,
[[p:Bas Prins]], {{r:MEE-consulent}}""",
    """SIGNALENOVERLEG {{w:Schilderswijk}} – [[d:di 14 mei 2024]]
Nr | Adres | Signaal | Bron | Actie
1 | [[a:Hoefkade 12-hs]] | huurachterstand, ontruiming gepland | {{o:Haag Wonen}} | [[p:Youssef]]
2 | [[a:Wouwermanstraat 41-II]] | post stapelt zich op | buurtbewoner | [[p:Marloes]]
3 | [[a:Hobbemastraat 3 bis]] | incasso {{o:Lowell}}, geen contact | {{o:Vroeg Eropaf}} | [[p:Natasja]]
4 | Vaillantlaan (huisnummer onbekend) | man slaapt in portiek | {{r:wijkagent}} | {{o:Straatpastoraat}}
5 | [[a:Jan Blankenstraat 112-hs]] | oudere moeder, mantelzorg overbelast | {{r:huisarts}} | [[p:Sanne]]""",
    """{{o:Raad voor de Kinderbescherming}}
Vestiging Den Haag

Aan: de heer [[p:R. Bouzaid]]
p/a [[a:Laakkade 340]], [[pc:2521 XZ]] Den Haag
Datum: [[d:22 april 2024]]
Zaaknummer Raad: [[n:RvdK-24-009214]]

Geachte heer [[p:Bouzaid]],

{{o:Veilig Thuis}} heeft de Raad gevraagd onderzoek te doen naar de omgangsregeling tussen u en uw dochter [[p:Imane]], geboren [[d:15-08-2018]]. Uw {{r:raadsonderzoeker}}, mevrouw [[p:P. Doorn]], nodigt u uit voor een gesprek op [[d:8 mei 2024]] om 13.00 uur. Met de moeder, mevrouw [[p:N. Bouzaid]], wordt een apart gesprek gepland.""",
]
TEXTS += [
    """REGISTRATIE ONTHEEMDEN UIT OEKRAÏNE – {{o:Gemeente Den Haag}}
Opvanglocatie: {{o:Gemeentelijke opvang}} {{w:Ypenburg}}, kamer 2.14
Datum registratie: [[d:11 maart 2024]]
Hoofdpersoon: [[p:Olena Kovalenko]], geb. [[d:06.02.1981]]
Kinderen: [[p:Maksym]] (15), [[p:Sofiia]] (10)
Moeder: [[p:Halyna Shevchenko]] (74), diabetes, rolstoel
BSN (RNI-inschrijving): [[b:@]]
Telefoon: [[t:+380 67 412 5583]] / NL: [[t:06-42 55 19 08]]
Leefgeld via: [[i:@ ]]
Verzoek aan {{o:SWT}} {{w:Leidschenveen}}-{{w:Ypenburg}}: Wmo-hulpmiddelen voor moeder en een {{r:huisarts}}. Contactpersoon locatie: [[p:Dennis Mol]].""",
    """Van: [[p:Esther Tjon A Fong]]
Aan: [[e:planning@globaltalk.nl]]
Verzonden: [[d:vr 12 jan 2024]] 10:02
Onderwerp: tolkaanvraag Tigrinya

Goedemorgen, graag een tolk Tigrinya (telefonisch) voor [[d:donderdag 18 januari]] 13.30-14.30 uur. Gesprek met mw. [[p:Semhar Tesfay]], {{r:casusregisseur}} [[p:Gülsen Aydın]] belt haar op [[t:06-87451203]]. Projectcode {{o:SWT}}: [[n:DH-SWT-0451]]. Dank, [[p:Esther]]""",
    """Van: [[p:Gerrit van Leeuwen]] <[[e:gerritvl@kpnmail.nl]]>
Verzonden: [[d:woensdag 21 februari 2024]] 08:45
Aan: [[p:Azzouzi]], [[p:Noor]]
Onderwerp: Fwd: RE: reparaties woning moeder

Mevrouw [[p:Azzouzi]], ziet u wat {{o:Vestia}} antwoordt? Mijn moeder woont al 3 jaar met schimmel. Ik ben het zat. [[p:G. van Leeuwen]] (zoon)

---- Forwarded message ----
From: [[p:Marloes van Dijk]] <[[e:m.vandijk@vestia.nl]]>
Date: [[d:Tue, 20 Feb 2024]] 16:12
To: [[e:gerritvl@kpnmail.nl]]
Subject: RE: reparaties woning moeder

Beste heer [[p:van Leeuwen]],
Wij kunnen pas een aannemer sturen als de huurachterstand op [[a:Erasmusweg 1120]] is ingelopen of er een regeling is. Mvg, [[p:M. van Dijk]], {{r:woonconsulent}}

---- Original message ----
From: [[e:gerritvl@kpnmail.nl]]
Date: [[d:Mon, 19 Feb 2024]] 21:30
Wanneer komt er nu eindelijk iemand voor de lekkage?""",
    """Presentielijst MDA++ (multidisciplinaire aanpak huiselijk geweld) – [[d:4 juli 2024]]
| Naam | Organisatie | Rol | Telefoon |
| [[p:Y. Amrani]] | {{o:Veilig Thuis}} | {{r:procesregisseur}} | [[t:06-21907734]] |
| [[p:Lotte Bloem]] | {{o:CJG}} | {{r:jeugdconsulent}} | [[t:06-48812260]] |
| [[p:Marloes Smit]] | {{o:SWT}} | {{r:maatschappelijk werker}} | [[t:06-20914473]] |
| [[p:H. Okafor]] | {{o:Reclassering Nederland}} | {{r:reclasseringswerker}} | [[t:06-39002871]] |
| drs. [[p:I. Pattiasina]] | {{o:De Waag}} | {{r:behandelaar}} daderhulp | [[t:070-3452210]] |
Gezin: [[p:Bouzaid]] ([[n:VT-HGL-2024-04418]])""",
    """Actielijst MDA++ gezin [[p:Bouzaid]]
1. Veiligheidsplan actualiseren met mw. [[p:Nadia]] – [[p:Marloes]] – z.s.m.
2. Contactverbod: check naleving bij politie – [[p:Yassine]] – [[d:11/7]]
3. Omgang [[p:Imane]] met vader via {{o:Omgangshuis}} – [[p:Lotte]] – na uitspraak Raad
4. Behandeling dhr. [[p:Rachid]] bij {{o:De Waag}}: voortgangsrapportage – [[p:Pattiasina]] – voor volgend overleg
5. Volgend MDA++: [[d:do 5 sept.]], 13.00 uur""",
    """ZORGPLAN (SMART) – dhr. [[p:Johannes Latuheru]] (81), {{w:Bezuidenhout}}
Eerste contactpersoon: dochter [[p:Wilhelmina Latuheru]], [[t:06-15530918]]
Casemanager: [[p:Ravi Bhagwandin]] ({{o:Florence}})

S – Dhr. gaat 2 ochtenden per week naar de Molukse ontmoetingsgroep in {{o:Wijkcentrum Bezuidenhout}}.
M – Aanwezigheid bijgehouden door vrijwilliger [[p:Jan Pattinama]].
A – Vervoer via {{o:Haagse Taxi}} (Wmo-vervoerspas [[n:WVP-0082231]]).
R – Dhr. en dochter hebben dit zelf gekozen.
T – Start [[d:2 september 2024]], evaluatie na 3 maanden.""",
    """{{o:Sociaal Wijkzorgteam}} {{w:Laak}}
Aan: {{o:CJIB}}, Postbus 1794, 8901 CB Leeuwarden

Den Haag, [[d:5 augustus 2024]]
Betreft: verzoek betalingsregeling, betalingskenmerken [[n:5047 1128 3390 0214]] en [[n:5047 1128 3391 7740]]
Betrokkene: [[p:Dimitar Petrov]], geb. [[d:13-05-1979]], [[a:Hengelolaan 300]], [[pc:2545 NB]] Den Haag

Geachte heer, mevrouw,

Dhr. [[p:Petrov]] heeft twee verkeersboetes (totaal € 578). Zijn WW is heropend, maar hij heeft gezinsschulden. Wij verzoeken u een betalingsregeling van € 40 per maand toe te staan.

Met vriendelijke groet, [[p:Olga Sokolova]], {{r:casusregisseur}}""",
    """{{o:Staedion}} – Klachtafhandeling
Klachtnummer: [[n:KL-24-03318]]
Klager: mw. [[p:Mei Lin Zhou]], [[a:Ambachtsgaarde 118]], [[pc:2542 EH]] Den Haag
Ingediend via: dochter [[p:Ling Zhou]], [[e:lingzhou.nl@gmail.com]]
Datum ontvangst: [[d:14-05-2024]]

Samenvatting: de lift in het complex is sinds [[d:22 april]] defect. Mw. (79, heupprothese) komt haar woning op de 6e verdieping niet meer uit. Huisbezoek door {{r:huismeester}} [[p:Dirk]] op [[d:16 mei]]. Oplossing: tijdelijke maaltijdservice via {{o:SWT}} {{w:Bouwlust}}, lift gerepareerd op [[d:24 mei]].""",
    """Proces-verbaal beslaglegging roerende zaken (samenvatting voor dossier)
{{r:Gerechtsdeurwaarder}}: mr. [[p:A.G. Haan]], {{o:Haan & Valk Gerechtsdeurwaarders}}
Datum: [[d:19 maart 2024]]
Beslagene: [[p:Kofi Boateng]], [[a:Paul Krugerlaan 45-II]]
Dossier: [[n:HV-24-200731]]
Beslagen: televisie (Samsung 55"), PlayStation 5, leren bank.
Executieveiling gepland op [[d:16 april 2024]] tenzij vóór die datum € 1.912,40 is voldaan.
Opmerking {{o:SWT}} ([[p:Emre]]): dhr. wil PS5 verkopen aan neef [[p:Yaw]]; afstemmen met {{r:deurwaarder}}.""",
]
TEXTS += [
    """Van: [[p:Sven Winter]]
Verzonden: [[d:dinsdag 16 juli 2024]] 11:20
Aan: mr. [[p:E.N. Adeyemi]] <[[e:adeyemi@adeyemi-advocatuur.nl]]>
Onderwerp: fam. [[p:Okonkwo]] – verlenging verblijfsvergunning

Geachte mr. [[p:Adeyemi]],

Met toestemming van uw cliënten, dhr. [[p:Chinedu Okonkwo]] en mw. [[p:Blessing Okonkwo-Eze]], stuur ik u de brief van de {{o:IND}} van [[d:2 juli]] (V-nummer [[n:V-3094418821]]). Het gezin woont op [[a:Loosduinsekade 702]] in het {{w:Regentessekwartier}}. Omdat de vergunning op [[d:31 augustus]] afloopt, dreigen de zorgtoeslag en de kinderbijslag voor [[p:Ada]] en [[p:Tobi]] te stoppen. Kunt u aangeven of u de verlenging tijdig indient?

Met vriendelijke groet,
[[p:Sven Winter]], {{r:Wmo-adviseur}} {{o:SWT}} {{w:Segbroek}}""",
    """TELEFOONNOTITIE {{o:SVB}} kinderbijslag
[[d:2 okt. 2023]] – gesproken met medewerker [[p:Jolanda]] (achternaam niet gegeven)
Betreft: mw. [[p:Nguyen Thi Lan]], klantnummer {{o:SVB}} [[n:KB-0071298340]]
Kinderbijslag over het 3e kwartaal is niet uitbetaald omdat de schoolverklaring van zoon [[p:Minh]] (16) ontbreekt. Formulier is opnieuw verstuurd naar [[a:Tarwekamp 31]], [[pc:2592 XH]]. Mw. werkt in een nagelstudio op de Leyweg en is overdag lastig bereikbaar; doorgegeven dat zij via [[e:lan.nguyen.thi@gmail.com]] mag worden gemaild.""",
    """Nachtnotitie {{o:Crisisdienst}} → {{o:SWT}} {{w:Moerwijk}}
[[d:zo 8/9]] 02:15 – dhr. [[p:F.A.]] ([[a:Loevesteinlaan 290]]) belde zelf, angstig. Telefonisch gerustgesteld door {{r:SPV}} [[p:Sevda]]. Geen opname. Graag maandag contact met {{o:FACT}} en [[p:Jeroen Bakker]].""",
]
TEXTS += [
    """Van: [[p:Groenewegen]], [[p:Ellen]] ({{r:POH-GGZ}}) <[[e:poh@hapdewaterkant.nl]]>
Verzonden: [[d:11-11-2024]] 16:03
Aan: {{o:SWT}} {{w:Zeeheldenkwartier}}
CC: dr. [[p:P. Boer]]
Onderwerp: verzoek om contact – patiënt geeft toestemming

Beste collega's,

Ik heb vandaag mw. [[p:Ewa Zielińska]] (geb. [[d:28/02/1987]]) gesproken. Zij is sinds de zomer werkloos, heeft energieschulden en durft haar post niet te openen. Zij heeft mondeling toestemming gegeven dat ik haar aanmeld bij jullie. Telefoon [[t:06-73018456]], adres [[a:Zoutmanstraat 51-C]], [[pc:2518 GN]]. Haar partner [[p:Łukasz]] werkt in Polen en is weinig thuis.

Met vriendelijke groet,
[[p:Ellen Groenewegen]], {{r:POH-GGZ}} {{o:Huisartsenpraktijk De Waterkant}}""",
    """Caseload overzicht (geanonimiseerd voor teamoverleg – let op: initialen en dossiernrs blijven intern!)
medewerker\tcliënt\tdossier\tthema
[[p:Marloes]]\t[[p:N.B.]]\t[[n:SCH-24-0102]]\thuiselijk geweld
[[p:Marloes]]\t[[p:A.A.W.]]\t[[n:SCH-24-0117]]\twonen / schulden
[[p:Youssef]]\t[[p:H.Y.]]\t[[n:SCH-24-0662]]\tmantelzorg
[[p:Natasja]]\t[[p:R.A.Z.]]\t[[n:SCH-24-0189]]\tincasso
[[p:Natasja]]\t[[p:E.Z.]]\t[[n:ZHK-24-0031]]\tnieuw, via POH
Bespreken op woensdag: verdeling nieuwe aanmeldingen, {{w:Schilderswijk}} zit boven de norm.""",
    """{{o:Haag Wonen}}
Aan: {{o:Sociaal Wijkzorgteam}} {{w:Transvaal}}
Meldformulier zorg en overlast

Datum melding: [[d:02-05-2024]]
Melder: [[p:Thijs Groen]], {{r:wijkconsulent}}, [[t:06-20387711]]
Huurder: dhr. [[p:S. Ramsaran]]
Adres: [[a:Delftselaan 39]], [[pc:2512RH]]
Huurcontractnummer: [[n:212-0934-02]]

Omschrijving: dhr. hoort slecht en laat de televisie 's nachts hard aan. Buurvrouw mw. [[p:Hoekstra]] (nr. 41) klaagt al maanden. Bij huisbezoek trof ik een vervuilde keuken en veel lege medicijndoosjes. Dochter [[p:Priya]] is op de hoogte maar woont in Almere.""",
    """{{o:Gemeente Den Haag}} – {{o:Werk & Inkomen}}
Uitnodiging gesprek

Aan: mevrouw [[p:F. Ceesay]]
[[a:Melis Stokelaan 1870]], [[pc:2541 HA]] Den Haag
Datum: [[d:4 november 2024]]
Klantnummer: [[n:WI-00882144]]

Beste mevrouw [[p:Ceesay]],

Wij nodigen u uit voor een gesprek met uw {{r:klantmanager}}, de heer [[p:T. Bakker]], op [[d:dinsdag 19 november 2024]] om 10.30 uur in het Werkplein {{w:Escamp}}. Wij bespreken uw mogelijkheden om (deels) aan het werk te gaan. Kunt u niet? Bel dan [[t:070 - 353 79 41]] (rechtstreeks nummer dhr. [[p:Bakker]]).""",
    """Aanvraag {{o:Stichting Urgente Noden Haaglanden}}
Aanvrager (professional): [[p:Ingrid Visser]], {{r:welzijnscoach}} {{o:Xtra}}
Cliënt: [[p:Abena Mensah]] (alleenstaande moeder, 1 kind)
IBAN cliënt: [[i:@]]
Gevraagd bedrag: € 640 (stapelbed, matras, schoolspullen voor [[p:Kwabena]])
Voorliggende voorzieningen: bijzondere bijstand afgewezen op [[d:7-8-2024]] ([[n:SZW/BB/2024/01962]]), {{o:Leergeld Den Haag}} dekt alleen laptop.
Onderbouwing: mw. is na ontruiming in {{w:Centrum}} opnieuw gehuisvest, woning is leeg opgeleverd.""",
    """EVALUATIE ZORGPLAN
Cliënt: [[p:Kees Koster]] | {{r:mentor}}: [[p:Lies Koster]] | evaluatie [[d:20-08-2024]]
Aanwezig: [[p:Ilse Koning]] ({{o:SWT}}), [[p:Chr. Vermeulen]] ({{r:casemanager dementie}}), [[p:Lies Koster]]

Doel 1 (veilig wonen): behaald – dhr. verhuist op [[d:2 september]] naar {{o:Saffier De Residentie}}.
Doel 2 (financiën): deels – {{r:bewindvoerder}} nog niet benoemd; verzoek ligt bij de rechtbank.
Doel 3 (contact familie): behaald – kleinzoon [[p:Niels]] komt wekelijks.
Besluit: dossier {{o:SWT}} afsluiten na verhuizing, warme overdracht aan {{r:specialist ouderengeneeskunde}} van {{o:Saffier}}.""",
    """Verslag MDO {{w:Moerwijk}} – [[d:maandag 14 oktober 2024]]
Voorzitter: [[p:Jeroen Bakker]]; notulist: [[p:Hatice Yurt]]
Aanwezig: [[p:Noor Azzouzi]] (gast, laatste week), [[p:Koen van Dam]] ({{o:Parnassia}}), [[p:Karin Dekker]], [[p:Bert de Vries]] ({{o:Haag Wonen}})

Casus mw. [[p:El Khattabi]]: gaat goed, aflossing loopt. Oudste zoon [[p:Ayoub]] is aangemeld bij {{o:Jeugdformaat}}.
Casus dhr. [[p:Ahmadzai]]: opname in {{o:Parnassia}} van [[d:20 september]] t/m [[d:4 oktober]]. Huurschuld bij {{o:Staedion}} opgelopen tot 5 mnd; [[p:Bert]] bespreekt intern of een tweede kans mogelijk is.
Besluit: [[p:Jeroen]] neemt casusregie over van [[p:Noor]].""",
    """{{o:CAK}}
Afdeling Klantenservice
Postbus 84030, 2508 AA Den Haag

Den Haag, [[d:18 juni 2024]]
Betreft: verzoek stopzetting eigen bijdrage, relatienummer [[n:7009 218 446]]
Cliënt: mw. [[p:C. Mulder-van Dam]], geb. [[d:11-03-1938]]

Geachte heer, mevrouw,

Sinds [[d:1 juni 2024]] ontvangt mw. geen huishoudelijke ondersteuning meer (zie bijgevoegde beëindigingsbrief van {{o:Tzorg}}). Toch is op [[d:17 juni]] de eigen bijdrage van € 21,60 afgeschreven van haar rekening [[i:@ ]]. Wij verzoeken u dit bedrag terug te storten en de bijdrage stop te zetten.

Namens cliënt,
[[p:H. Yurt]], {{r:Wmo-adviseur}}""",
]
TEXTS += [
    """MACHTIGING
Ondergetekende [[p:Yusuf Demir]], BSN [[b:@.]], geboren [[d:07-07-1995]], wonende [[a:Papsouwselaan 40]], [[pc:2624 AR]] Delft,
machtigt hierbij [[p:Linda Verhoef]], medewerker van {{o:Wijkteams Delft}}, om namens hem inlichtingen in te winnen bij:
- {{o:Belastingdienst/Toeslagen}}
- {{o:UWV}}
- zorgverzekeraar {{o:DSW}} (polisnummer [[n:DSW 0148 2291]])
- {{o:Parnassia}}, behandelaar [[p:K. van Dam]]
Deze machtiging is geldig tot en met [[d:31 december 2024]].
Handtekening: [[p:Y. Demir]]""",
    """Van: [[p:Marieke Brouwer]]
Aan: [[p:Zahra Hosseini]] <[[e:zahra.hosseini94@gmail.com]]>
Verzonden: [[d:donderdag 25 januari 2024]] 09:55
Onderwerp: papieren voor maandag

Beste [[p:Zahra]],
Wil je maandag het volgende meenemen: je verblijfsdocument, de brief van {{o:DUO}} over de inburgering, en je bankpas. Dan kunnen we samen de aanvraag voor de bijzondere bijstand invullen. Tot maandag in {{o:Wijkcentrum Loosduinen}}!
Groet, [[p:Marieke]]""",
    """AANMELDING {{o:Sociaal Team Rijswijk}}
Datum: [[d:13-02-2024]]
Aanmelder: [[p:M. Bakker]], {{r:wijkverpleegkundige}} {{o:Buurtzorg}} Rijswijk-Oost
Cliënt: mw. [[p:Lydia Koning]], 67 jaar, [[a:Generaal Spoorlaan 412]], [[pc:2285 TL]] Rijswijk
Tel: [[t:070 - 394 12 87]]
Reden: mw. heeft sinds overlijden echtgenoot [[p:Ad]] (december) geen inkomen geregeld; nabestaandenpensioen bij {{o:ABP}} loopt nog niet. Huur {{o:Woonstichting Rijswijk Wonen}} twee maanden achter. Zoon [[p:Patrick Koning]] woont in Spanje.""",
    """Van: [[p:Stoyanova]], [[p:Mariya]] <[[e:m.stoyanova@westland.nl]]>
Verzonden: [[d:woensdag 27 maart 2024]] 12:40
Aan: [[p:Dimitrova]], [[p:Nikolina]]
Onderwerp: arbeidsmigranten Naaldwijk – vervolg

Hoi [[p:Nikolina]],

Vandaag bij de huisvestingslocatie aan de Tiendweg geweest met {{o:Fairwork}}. Drie Bulgaarse mannen zonder inschrijving: [[p:Georgi Ivanov]], [[p:Stefan Marinov]] en [[p:Hristo]] (achternaam onbekend). [[p:Georgi]] heeft een open wond aan zijn been en geen zorgverzekering meer sinds hij bij uitzendbureau {{o:Covebo}} weg is. Kun jij via de {{o:GGD}} regelen dat hij gezien wordt? Zijn nummer: [[t:+359 88 721 4409]].

[[p:Mariya]]
{{r:Consulent}} {{o:Sociaal Team Westland}}""",
    """{{o:Raad voor Rechtsbijstand}}
Besluit toevoeging

Rechtzoekende: [[p:Ahmed Abdullahi Warsame]]
Toevoegingsnummer: [[n:1EH4417]]
Advocaat: mr. [[p:S. el Amrani]], {{o:Amrani Advocaten}}, Den Haag
Zaak: huurrecht – ontruiming [[a:Hoefkade 12-hs]]
Datum besluit: [[d:29 april 2024]]
Eigen bijdrage: € 218 (verlaagd tarief in verband met inkomen)
Uw BSN: [[b:@]]""",
    """Outlook-agenda
Onderwerp: HB mw [[p:Roos]] + zoon
Locatie: [[a:Jacob van der Doesstraat 9-rd]], [[pc:2565 BZ]] Den Haag (bel 2x, bel werkt slecht)
Begin: [[d:do 21-11-2024]] 10:00
Einde: 11:00
Deelnemers: [[p:Sven Winter]]; [[p:Willemijn Storm]]
Notitie: zoon [[p:Martijn Roos]] is er ook, hij wil over het pgb praten. Tel. zoon [[t:06 34 88 10 27]].""",
]
TEXTS += [
    """GESPREKSVERSLAG FAMILIEGESPREK
Datum: [[d:vrijdag 6 september 2024]], {{o:Wijkcentrum De Boog}}
Betreft: dhr. [[p:Shanti Ramsaran]] (87)
Aanwezig: dhr. [[p:Ramsaran]]; dochters [[p:Priya Jagessar-Ramsaran]] en [[p:Kavita Ramsaran]]; zoon [[p:Dinesh Ramsaran]] (via video vanuit Paramaribo); schoonzoon [[p:Prakash Jagessar]]; [[p:Tim Hartman]] ({{o:Vooruit}}, {{r:ouderenadviseur}}); [[p:Ravi Bhagwandin]] ({{r:wijkverpleegkundige}}).

[[p:Kavita]] wil dat vader bij haar in Almere komt wonen; [[p:Priya]] vindt dat hij in zijn eigen buurt moet blijven. Dhr. zelf zegt: "Ik ga niet weg uit de Delftselaan." Afgesproken: proef van 3 maanden met dagbesteding bij {{o:Stichting Sarita}} en extra thuiszorg. [[p:Dinesh]] betaalt mee aan de maaltijdservice.""",
    """Actielijst teamoverleg {{o:SWT}} {{w:Centrum}} (ma)
| wat | wie | wanneer |
| brief {{o:DUO}} beantwoorden voor [[p:Nassim]] | [[p:Olga]] | woensdag |
| tolk regelen gesprek [[p:Tesfay]] | [[p:Esther]] | vóór donderdag |
| {{o:Veilig Thuis}} terugbellen over fam. [[p:Okonkwo]] | [[p:Sven]] | vandaag |
| mw. [[p:Mensah]]: aanvraag {{o:SUN}} nagaan | [[p:Ingrid]] | vrijdag |
| nieuwe aanmelding via {{r:POH}} ([[p:Zielińska]]) verdelen | [[p:Mirjam]] | na de lunch |""",
    """Schulden dhr. [[p:Marek Kowalczyk]] (ontvangen post, geordend door [[p:Piotr Nowicki]], {{o:Barka}})
schuldeiser\tsinds\tbedrag\tkenmerk
{{o:Haag Wonen}}\tfebruari\t€ 2.960,00\t[[n:212-3318-07]]
{{o:Vodafone}}\tnajaar vorig jaar\t€ 311,87\t[[n:VF 4400 8812 19]]
{{o:Zilveren Kruis}}\tmaart\t€ 487,20\t[[n:ZK-90014473]]
{{o:CJIB}}\tjuni\t€ 390,00\t[[n:7004 2210 9981 3307]]
Geen inkomen sinds mei. Laatste werkgever: uitzendbureau in Honselersdijk. Bankrekening [[i:@ ]] is geblokkeerd.""",
    """Van: [[p:Hartman]], [[p:Lisanne]]
Verzonden: [[d:8 oktober 2024]] 11:18
Aan: [[e:shirleyramdin@hotmail.nl]]
CC: [[e:g.aydin@denhaag.nl]]
Onderwerp: budgetoverzicht [[p:Soraya]]

Beste [[p:Shirley]],

In de bijlage het budgetoverzicht van je zus. Vaste lasten worden nu vanaf de beheerrekening betaald. [[p:Soraya]] krijgt € 60 leefgeld per week op haar eigen rekening [[i:@]]. De achterstand bij {{o:Eneco}} ([[n:2004 7710 92]]) is met een regeling van € 25 per maand opgelost. Wil je dit met haar doornemen? Ik kan dat zelf pas op [[d:22 oktober]] doen.

Groet, [[p:Lisanne]]""",
    """{{o:HagaZiekenhuis}} – Financiële Administratie
Patiëntnummer: [[n:HZ-4412087]]
Debiteurnummer: [[n:88120443]]

Aan: dhr. [[p:M. Yıldız]]
[[a:Zuidlarenstraat 13]], [[pc:2545 VA]] Den Haag
Datum: [[d:3 april 2024]]

Herinnering: nota eigen risico / niet-verzekerde zorg, behandeling d.d. [[d:14 januari 2024]], bedrag € 385,00. Bent u verzekerd? Dan sturen wij de nota naar uw zorgverzekeraar. Is uw verzekering geschorst (wanbetalersregeling {{o:CAK}})? Neem dan contact op met uw {{r:schuldhulpverlener}}.""",
    """{{o:Vidomes}}
Aan: mevrouw [[p:R. de Wit-Baldewsingh]]
[[a:Oosteinde 118B]]
[[pc:2271 EJ]] Voorburg

Voorburg, [[d:10 september 2024]]
Huurcontract: [[n:VDM-20117730]]

Geachte mevrouw [[p:De Wit-Baldewsingh]],

Uw {{r:woonconsulent}}, de heer [[p:Mol]], heeft u op [[d:3 september]] bezocht samen met het {{o:Sociaal Team Leidschendam-Voorburg}}. Wij zijn blij dat u hulp heeft geaccepteerd voor het opruimen van de woning. De afgesproken schoonmaak vindt plaats op [[d:1 oktober 2024]]. Uw kleinzoon [[p:Devin]] helpt mee.""",
    """WIJZIGINGSFORMULIER CONTACTGEGEVENS
Cliënt: [[p:Wendy Sap]]  |  dossier [[n:ESC-23-0380]]
Oud telefoonnr.: [[t:06-29017734]]
Nieuw telefoonnr.: [[t:06 - 19 88 42 07]]
Oud e-mail: [[e:wendy.sap@hotmail.com]]
Nieuw e-mail: [[e:w.sap1979@gmail.com]]
Nieuw adres per [[d:15-9-2024]]: [[a:Oudemansstraat 287]] (zelfde postcode [[pc:2522 ST]])
Doorgegeven door: cliënt zelf, aan [[p:Karin]] op het spreekuur.""",
    """Sleutelbeheer {{o:SWT}} {{w:Scheveningen}} – overzicht [[d:01-10-2024]]
Kastje nr | Cliënt | Adres | In bezit bij
1 | dhr. [[p:J.W. Bakker]] | [[a:Scheveningseweg 118]] | {{o:Florence}} + neef [[p:Rob]]
2 | mw. [[p:T. Jongbloed]] | [[a:Badhuisstraat 67-A]] | {{o:Buurtzorg}}
3 | dhr. [[p:W. Storm]] | [[a:Westduinweg 84]] | {{o:GGD}} (bemoeizorg)
Sleutelcodes liggen in de kluis, niet in dit overzicht.""",
]
TEXTS += [
    """{{o:Veilig Thuis Haaglanden}}
Verzoek om informatie (art. 5.2.6 Wmo 2015)

Aan: {{o:SWT}} {{w:Segbroek}}, t.a.v. [[p:Sven Winter]]
Datum: [[d:23-07-2024]]
Ons nummer: [[n:VT-HGL-2024-09177]]

Geachte heer [[p:Winter]],

Wij doen onderzoek naar de veiligheid van [[p:Ada]] (7) en [[p:Tobi]] (4) [[p:Okonkwo]], wonende [[a:Loosduinsekade 702]]. Wilt u ons laten weten sinds wanneer het gezin bij u bekend is, welke zorgen u heeft en of u aanwijzingen heeft voor geweld tussen de ouders? U kunt contact opnemen met de {{r:onderzoeker}}, mevrouw [[p:K. Verschoor]], via [[t:06-49203318]] of [[e:k.verschoor@veiligthuishaaglanden.nl]].""",
    """BOEDELBESCHRIJVING (bijlage bij beschikking [[n:C/09/667180 / BR RK 24-3361]])
Rechthebbende: [[p:G.J. van Leeuwen]]
Opgesteld door: [[p:H.J. Brouwer]], {{r:bewindvoerder}}, per [[d:23-05-2024]]

Bezittingen
- betaalrekening [[i:@ ]]: € 83,12
- spaarrekening: € 0,00
- inboedel: gering, geen waarde
Schulden
- {{o:Vestia}} huurachterstand € 1.940,00 ([[n:VS-118803-4]])
- {{o:Zilveren Kruis}} € 622,40
- familielening aan zoon [[p:Gerrit]] – niet meegenomen, mondeling
Inkomen: AOW + aanvullend pensioen {{o:PFZW}}""",
    """{{o:Sociaal Wijkzorgteam}} {{w:Loosduinen}}

Mevrouw [[p:Z. Hosseini]]
[[a:Kijkduinsestraat 631]]
[[pc:2554 AV]] Den Haag

Den Haag, [[d:1 juli 2024]]
Dossiernummer: [[n:LSD-2023-0288]]

Beste mevrouw [[p:Hosseini]],

Zoals besproken sluiten wij vandaag uw dossier bij het {{o:Sociaal Wijkzorgteam}}. U heeft het afgelopen jaar veel bereikt: u heeft een eigen woning, uw behandeling bij {{o:Parnassia}} loopt en u volgt de taalcursus. Heeft u later weer vragen, dan kunt u altijd terecht bij het {{o:Servicepunt XL}} of bij mij.

Met vriendelijke groet,
[[p:Marieke Brouwer]], {{r:casusregisseur}}
[[t:06-30221478]]""",
    """INZETVERSLAG {{r:ERVARINGSDESKUNDIGE}}
Naam ervaringsdeskundige: [[p:Patricia Fernandes]] ({{o:Stichting Ervaringswijzer}})
Cliënt: [[p:Manuel Tavares]]
Periode: [[d:15 april]] t/m [[d:14 juni 2024]], 7 contacten
Verslag: dhr. kwam in het begin afspraken niet na. Toen ik in het Kaapverdisch Creools vertelde over mijn eigen schulden veranderde er iets. Samen naar het {{o:Juridisch Loket}} en naar de {{r:bewindvoerder}} (mw. [[p:Isenia]]) gegaan. Zus [[p:Maria]] was bij het laatste gesprek.""",
    """{{o:GGD Haaglanden}} – Meldpunt Zorg en Overlast
Meldingsnummer: [[n:MZO-24-05512]]
Datum melding: [[d:30 januari 2024]]
Melder: buurman dhr. [[p:P. Schouten]], [[a:Westduinweg 86]], tel. [[t:06-51220984]]
Betreft: dhr. [[p:Willem Storm]], [[a:Westduinweg 84]], [[pc:2583 AB]] Den Haag
Inhoud: sterke stank uit de woning, vliegen bij het raam, dhr. al 2 weken niet gezien.
Opvolging: {{r:OGGZ-verpleegkundige}} [[p:Joyce Lie]] met {{r:wijkagent}} op [[d:31-01]] ter plaatse; dhr. aangetroffen, verward maar aanspreekbaar.""",
    """Van: [[p:Koen van Dam]]
Verzonden: [[d:ma 14-10-2024]] 07:52
Aan: [[p:Jeroen Bakker]]
Onderwerp: afmelding MDO vandaag

[[p:Jeroen]], ik kan helaas niet bij het MDO zijn (ziek). Over dhr. [[p:A.]] ([[p:Farid]]): na ontslag uit de kliniek is hij bereikbaar op een nieuw nummer, [[t:06-83310927]]. Depot staat op [[d:28-10]]. Groet, [[p:Koen]]""",
    """{{o:Gemeente Den Haag}} – {{o:Schuldhulpverlening}}
Beschikking toelating schuldhulpverlening (Wet gemeentelijke schuldhulpverlening)

Aan: de heer [[p:M. Yıldız]], [[a:Zuidlarenstraat 13]], [[pc:2545 VA]] Den Haag
Datum: [[d:16 mei 2024]]
Zaaknummer: [[n:WGS-2024-11873]]

Wij hebben besloten dat u wordt toegelaten tot schuldhulpverlening. Uw {{r:schuldhulpverlener}} is mevrouw [[p:A. Öztürk]]. Zij start met een stabilisatiefase van maximaal 4 maanden. In die periode vragen wij uw schuldeisers om een moratorium. Uw inkomen wordt beheerd via budgetbeheer bij {{o:PEP Den Haag}}.""",
    """AANMELDFORMULIER {{o:BUURTTEAM AMSTERDAM}} – {{w:Nieuw-West}}
Datum: [[d:09/04/2024]]
Naam: [[p:Latifa Ouali]]   Geb.: [[d:12/12/1966]]
Adres: [[a:Osdorpplein 812]], [[pc:1068 EV]] Amsterdam
Tel: [[t:020-6190733]]  Mobiel: [[t:06-45092217]]
Hulpvraag: mw. is mantelzorger voor haar man [[p:Abdelkader]] (CVA in januari) en kan het niet meer aan. Zij vraagt respijtzorg en hulp bij de aanvraag Wlz. Dochter [[p:Samira]] woont in Den Haag en is haar contactpersoon: [[e:samira.ouali@outlook.com]].""",
]
TEXTS += [
    """Van: [[p:Ananya Krishnan]] <[[e:ananya.krishnan@outlook.in]]>
Verzonden: [[d:Thursday, 14 March 2024]] 20:11
Aan: [[e:swt.centrum@denhaag.nl]]
Onderwerp: help needed for my mother

Dear sir/madam, my mother [[p:Lakshmi Iyer]] (68) lives alone at [[a:Stationsweg 33-B]] since my father passed away. I live in Bangalore. She does not speak Dutch and does not open letters from the {{o:Belastingdienst}}. Can someone visit her? Her number is [[t:+31 6 4127 7790]]. Thank you, [[p:Ananya]]

----
Reactie [[p:Mirjam Post]] ([[d:15-03]]): doorgezet naar {{o:SWT}} {{w:Stationsbuurt}}, [[p:Esther]] plant huisbezoek met Engelstalige collega.""",
    """Telefoonnotitie [[d:woe 17 jan]] – {{o:Flanderijn}}, dhr. [[p:Van Rijn]]
Dossier [[n:FL24-118402]] (dhr. [[p:Yıldız]], vordering {{o:T-Mobile}})
Beslag op uitkering gaat door per [[d:1 februari]]. Beslagvrije voet berekend op € 1.452. Hij wil het moratorium alleen accepteren als {{o:Schuldhulpverlening Den Haag}} dit schriftelijk bevestigt. Doorgezet naar [[p:Ayşe]]. Rechtstreeks nummer: [[t:088 - 1344 218]].""",
    """{{o:Kredietbank Rotterdam}}
Budgetbeheer – bevestiging start

Aan: mevrouw [[p:H. Abdi Warsame]]
[[a:Oranjeboomstraat 219b]]
[[pc:3071 SN]] Rotterdam

Datum: [[d:2 juli 2024]]
Budgetbeheernummer: [[n:KBR-BB-2024-3310]]

Geachte mevrouw [[p:Abdi Warsame]],

Vanaf [[d:1 augustus 2024]] ontvangt de {{o:Kredietbank}} uw inkomen op budgetbeheerrekening [[i:@ ]]. Wij betalen uw huur aan {{o:Woonstad Rotterdam}}, uw energie en uw zorgverzekering. U ontvangt wekelijks € 85 leefgeld. Uw contactpersoon is de heer [[p:J. Sedney]], {{r:budgetbeheerder}}.""",
    """{{o:Mitros}}
Aan: de heer [[p:T. Wiśniewski]]
[[a:Zamenhofdreef 77]], [[pc:3562 JN]] Utrecht

Utrecht, [[d:19-08-2024]]
Huurnummer: [[n:MI-0041872-3]]

Geachte heer [[p:Wiśniewski]],

Samen met het {{o:Buurtteam}} {{w:Overvecht}} hebben wij met u afgesproken dat u de achterstand van € 1.122 in 12 termijnen aflost. Wij hebben de eerste twee termijnen niet ontvangen. Wij nodigen u uit voor een gesprek op [[d:2 september]] om 14.00 uur op ons kantoor. Uw {{r:buurtteammedewerker}}, mevrouw [[p:Sanne Dijkstra]], is ook uitgenodigd.""",
    """WMO MELDING / VERSLAG ONDERZOEK (keukentafelgesprek)
Datum gesprek: [[d:09-09-2024]]
Cliënt: mw. [[p:C. Mulder-van Dam]], geb. [[d:11-03-1938]]
Aanwezig: cliënt, zoon [[p:Erik Mulder]], {{r:Wmo-adviseur}} [[p:Hatice Yurt]]
BSN: [[b:@ ]]

Beperkingen: mw. loopt met rollator, kan niet meer bukken of stofzuigen. Dementie in beginstadium (diagnose {{o:Geheugenpoli Bronovo}}).
Eigen kracht / netwerk: zoon woont in, werkt fulltime. Buurvrouw [[p:Trees Groen]] doet af en toe boodschappen.
Conclusie: huishoudelijke ondersteuning 3 uur per week. Signaal: zoon beheert de financiën, nader bespreken met {{r:casemanager dementie}}.""",
    """PRESENTIELIJST MDO {{w:Leyenburg}} – [[d:12-12-2024]]
Naam\tOrganisatie\tParaaf
[[p:Bram de Graaf]]\t{{o:SWT}}\t[[p:BdG]]
[[p:Nicole Schipper]]\t{{o:Staedion}}\t[[p:NS]]
dr. [[p:H. Roos]]\t{{r:huisarts}}\t–
[[p:Meryem Akkaya]]\t{{o:Parnassia}}\t[[p:MA]]
[[p:Pieter Mulder]]\t{{o:Humanitas}} ({{r:thuisadministratie}})\t[[p:PM]]
Casus: fam. [[p:Ahmadi]], [[a:Leyweg 204B]]""",
    """{{o:Gemeente Den Haag}}, {{o:Dienst SZW}} – Team Handhaving
Besluit terugvordering

Aan: mevrouw [[p:E. Rosario]]
[[a:Paul Krugerlaan 88]], [[pc:2571 GK]] Den Haag
Datum: [[d:30 oktober 2024]]
Ons kenmerk: [[n:HH-2024-08812]]

Geachte mevrouw [[p:Rosario]],

Uit onderzoek blijkt dat u in de periode [[d:1 maart]] tot en met [[d:31 juli 2024]] inkomsten uit schoonmaakwerk niet heeft doorgegeven. Wij vorderen € 2.184,33 bijstand van u terug. Wij hebben rekening gehouden met de omstandigheden die uw {{r:maatschappelijk werker}}, [[p:N. Vreede]], heeft aangedragen en zien af van een boete.""",
    """Aan de {{r:teamleider}} van het {{o:Sociaal Wijkzorgteam}} {{w:Laak}}

Den Haag, [[d:4 maart 2024]]

Geachte mevrouw [[p:Post]],

Ik wil een klacht indienen over de manier waarop ik ben behandeld. Sinds december heb ik al drie verschillende hulpverleners gehad: eerst [[p:Noor]], toen [[p:Youssef]] en nu weer iemand anders. Ik moet steeds mijn hele verhaal opnieuw vertellen en mijn schulden worden alleen maar hoger. Ik wil graag een vaste contactpersoon.

Met vriendelijke groet,
[[p:Bogdan Ionescu]]
[[a:Fahrenheitstraat 522]]
[[t:06 58 33 21 09]]""",
]
TEXTS += [
    """VERKLARING t.b.v. aanvraag urgentie

Den Haag, [[d:28 oktober 2024]]

Hierbij verklaar ik, [[p:Gülsen Aydın]], {{r:casusregisseur}} bij het {{o:Sociaal Wijkzorgteam}} {{w:Bouwlust}}/{{w:Vrederust}}, dat mevrouw [[p:Semhar Tesfay]] (geb. [[d:12-10-1991]]) sinds februari bij ons bekend is. Mw. woont met haar kinderen [[p:Filmon]] en [[p:Saron]] in één kamer bij een kennis. Zij heeft geen schulden en betaalt haar vaste lasten op tijd. Een eigen woning is noodzakelijk voor de ontwikkeling van de kinderen.

[[p:G. Aydın]]
[[t:06-31177402]] / [[e:g.aydin@denhaag.nl]]""",
    """Inkomensoverzicht huishouden [[p:Mei]] ([[p:Zhou]], [[p:Mei Lin]]) – peilmaand mei 2024
bron\tbedrag\trekening
AOW (gedeeltelijk, 34 jr opbouw)\t€ 1.046,12\t[[i:@]]
AIO-aanvulling {{o:SVB}}\t€ 214,30\tidem
huurtoeslag\t€ 301,00\tidem
zorgtoeslag\t€ 123,00\tidem
Bijdrage dochter [[p:Ling]]\twisselend\tcontant
Opgesteld door: [[p:Ilse Koning]] op [[d:21-5-2024]]; mw. wil dat haar dochter alles meeleest.""",
    """Aanvraag energietoeslag 2023 – ingevuld op het spreekuur
Naam: [[p:Abdirahman Hassan]]   BSN: [[b:@]]
Adres: [[a:Wolweverstraat 8-A]], [[pc:2512 JN]] Den Haag
IBAN: [[i:@ ]]
Huishouden: alleenstaand
Inkomen: studiefinanciering + bijbaan {{o:Thuisbezorgd}}
Ondersteund door: [[p:Ingrid Visser]] ({{o:Xtra}}), [[d:13-03-2023]]""",
    """{{o:DUO}} – Betekening dagvaarding (samenvatting)
{{r:Deurwaarder}}: {{o:Gerechtsdeurwaarderskantoor Haaglanden}}, mr. [[p:B. de Ruiter]]
Gedaagde: [[p:Nassim Eddahbi]], geb. [[d:05-05-1999]]
Adres: [[a:Jan van der Heijdenstraat 7-hs]], [[pc:2515 BG]] Den Haag
Zaak: [[n:CV EXPL 24-11908]] – achterstand studieschuld € 3.120,–
Zitting: [[d:woensdag 4 december 2024]], 9.30 uur, {{o:Rechtbank Den Haag}}
Advies [[p:Olga]] ({{o:SWT}}): schriftelijk verweer indienen met verwijzing naar draagkrachtverzoek van [[d:10 januari]].""",
    """Van: [[p:Tim Hartman]]
Aan: {{o:Sociaal Raadslieden}} Den Haag Zuid
Verzonden: [[d:26-06-2024]] 15:15
Onderwerp: doorverwijzing dhr. [[p:L. Osei]]

Beste {{r:sociaal raadslieden}},

Graag verwijs ik dhr. [[p:Lawrence Osei]] (broer van een cliënt van ons) naar jullie door voor hulp bij een bezwaarschrift tegen de {{o:Belastingdienst}}. Dhr. woont op [[a:Stuwstraat 17]] in {{w:Transvaal}}, telefoon [[t:06-14872259]]. Hij spreekt Engels en wat Nederlands. Zijn broer [[p:Kwame]] gaat mee naar het spreekuur.

Met vriendelijke groet, [[p:Tim]]""",
    """Aanmelding maatjesproject {{o:Humanitas}} Den Haag
Deelnemer: dhr. [[p:Henk de Hoop]] (78), [[a:Hengelolaan 1012]], [[pc:2545 CP]]
Aangemeld door: [[p:Karin Dekker]], {{r:Wmo-adviseur}}
Wensen: iemand om mee te wandelen in het Zuiderpark en te praten over voetbal (ADO). Dhr. heeft weinig hoop dat het wat wordt ("Niemand heeft tijd voor een oude man").
Voorkeur: mannelijke vrijwilliger; eerder contact gehad met [[p:Gerard Bos]], die verhuisd is.
Telefonisch bereikbaar: [[t:070-3664721]] (vaste lijn, laat lang overgaan).""",
    """Van: [[p:Jacqueline Cijntje]] <[[e:jackie.cijntje@gmail.com]]>
Verzonden: [[d:zaterdag 19 oktober 2024]] 13:02
Aan: [[p:Bas Prins]]
Onderwerp: [[p:Rudsel]]

Goedemiddag meneer [[p:Prins]], [[p:Rudsel]] heeft weer een brief van de {{r:bewindvoerder}} gekregen dat zijn leefgeld omlaag gaat. Hij is heel boos en wil niet meer naar {{o:Middin}}. Kunt u maandag bellen? Zijn nieuwe nummer is [[t:06-27730481]]. Zijn moeder [[p:Ingrid Martina]] maakt zich ook zorgen. Met vriendelijke groet, [[p:Jacqueline]]""",
    """CASUSOVERDRACHT {{o:CJG}} → {{o:SWT}} (18-/18+)
Jongere: [[p:Ayoub El Khattabi]], 18 jaar per [[d:30 november 2024]]
Moeder: [[p:Oumaima El Khattabi]] (cliënt {{o:SWT}}, [[n:SWT-MRW-2024-0044]])
Jeugdconsulent: [[p:Bilal Chaouch]] → nieuwe contactpersoon: [[p:Jeroen Bakker]]
Aandachtspunten: [[p:Ayoub]] stopt per 18 met jeugdhulp bij {{o:Jeugdformaat}}; studiefinanciering, zorgverzekering en zorgtoeslag moeten worden aangevraagd. Hij heeft een schuld bij {{o:Ziggo}} op naam van moeder. Telefoon [[p:Ayoub]]: [[t:06-80061259]].""",
    """Bericht uit cliëntportaal – ontvangen [[d:3-12-2024]]
Afzender: [[p:Agnieszka Nowak]]
Aan: [[p:Lisa Mol]] ({{o:SWT}} {{w:Escamp}})

Dzień dobry [[p:Lisa]], de bank heeft mijn rekening [[i:@]] weer vrijgegeven. Dank je! Mijn dochter [[p:Ola]] heeft het formulier van {{o:PEP}} ingevuld. Ik heb nu werk bij een schoonmaakbedrijf in Rijswijk, dus op dinsdag en donderdag kan ik niet. Groeten, [[p:Agnieszka]]""",
]

TITLES = (
    "mr.",
    "dr.",
    "drs.",
    "mw.",
    "mevr.",
    "mevrouw",
    "dhr.",
    "de heer",
    "fam.",
    "ir.",
    "ing.",
    "prof.",
    "Mw.",
    "Dhr.",
    "Mevrouw",
    "Mr.",
    "Dr.",
)


def bsn_digits(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def make_iban(rng):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in base)
    check = 98 - int(num) % 97
    iban = "NL%02d%s%s" % (check, bank, acct)
    assert iban_mod97(iban) == 1
    return iban


def fill(label, content, rng):
    if label == "b" and content.startswith("@"):
        d = bsn_digits(rng)
        fmt = content[1:]
        if fmt == ".":
            return d[:4] + "." + d[4:6] + "." + d[6:]
        if fmt == " ":
            return d[:3] + " " + d[3:6] + " " + d[6:]
        return d
    if label == "n" and content == "@AS":
        d = bsn_digits(rng)
        return d[:4] + "." + d[4:6] + "." + d[6:] + ".H." + str(rng.choice([46, 56, 66, 76]))
    if label == "i" and content.startswith("@"):
        iban = make_iban(rng)
        if content[1:] == " ":
            return " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
        return iban
    return content


MARK = re.compile(r"\[\[([a-z]+):([^\]\n]*?)\]\]|\{\{([a-z]+):([^}\n]*?)\}\}")


def parse(marked, rng):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            lab, content = m.group(1), m.group(2)
            content = fill(lab, content, rng)
            target, name = pii, PII[lab]
        else:
            lab, content = m.group(3), m.group(4)
            target, name = keep, KEEP[lab]
        target.append(
            {"start": length, "end": length + len(content), "label": name, "text": content}
        )
        out.append(content)
        length += len(content)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def verify(doc):
    text = doc["text"]
    spans = doc["pii"] + doc["keep"]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
    spans = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (doc["id"], a, b)
    for s in doc["pii"]:
        if s["label"] == "person":
            low = s["text"].lower()
            assert not any(low.startswith(t.lower() + " ") for t in TITLES), (doc["id"], s)
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_mod97(s["text"].replace(" ", "")) == 1, s
    assert doc["pii"], doc["id"]


def main():
    rng = random.Random(61)
    docs = []
    for k, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked.strip("\n"), rng)
        doc = {"id": "ho61-%04d" % k, "text": text, "pii": pii, "keep": keep}
        verify(doc)
        docs.append(doc)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout61.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return docs


if __name__ == "__main__":
    from collections import Counter

    docs = main()
    pc = Counter(s["label"] for d in docs for s in d["pii"])
    kc = Counter(s["label"] for d in docs for s in d["keep"])
    words = sum(len(d["text"].split()) for d in docs)
    print("texts", len(docs), "avg words", round(words / len(docs), 1))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("person share", round(pc["person"] / sum(pc.values()), 3))
    print("keep", sum(kc.values()), dict(kc.most_common()))
