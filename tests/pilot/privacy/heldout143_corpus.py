#!/usr/bin/env python3
"""Held-out corpus 143: work and income register (notes and letters between the
wijkteam, the municipality's Werk en Inkomen (Participatiewet, bijstand), UWV (WW,
WIA, Wajong), re-integration companies, job coaches, sheltered work (beschut werk),
employers and temp agencies): klantnummers, UWV-kenmerken, quoted payslips,
sollicitatieplicht, maatregelen, inkomstenopgaven, employers named like surnames,
CV fragments with dates of birth and addresses.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout143.jsonl next to itself.
"""

import json
import os
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
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

# Numbers typed wrongly on purpose (still personal data, but fail the checks).
BAD_BSN = {"2457 11 509", "83569243"}
BAD_IBAN = {"NL91RABO3510658176", "NL60 ABNA 2966 0389 9"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Rapportages in the Werk en Inkomen system (klantmanagers, terse, abbreviations)
# ---------------------------------------------------------------------------
add(r"""
Rapportage {{o:SZW}} – contactmoment
Klant: [[p:Kenan Öztürk]] | klantnr [[z:4410-227-83]] | BSN [[b:200323167]]
Datum: [[d:14-02-2024]]  Medewerker: [[p:M. van Rijn]] ({{r:klantmanager}})
Kl. verschenen op uitnodiging. Besproken: sollicitatieplicht, 4 sollicitaties p/4 wk. Kl. geeft aan dat hij rugklachten heeft en geen zwaar werk kan. Geen medische stukken. Afspraak: kl. levert vóór [[d:28-02]] verklaring {{r:huisarts}} aan, anders volgt hersteltermijn. Kl. woont nog bij broer op [[a:Jan van der Heijdenstraat 71]] (kostendelersnorm toegepast, 2 pers.).
=====
rapp. [[d:3/4]] tel. contact met klant mw [[p:bennani]] ivm inkomsten uit schoonmaakwerk bij {{o:Hoek Schoonmaakdiensten}}. Zij werkt sinds [[d:11 maart]] 12 u/wk. Loonstrook maart nog niet ontvangen, kl. stuurt deze door via mijn.denhaag. Verrekening volgt. Vrijlating 25% bespreken met {{r:inkomensconsulent}}.
=====
Contactjournaal – [[z:WI-2024-003318]]
[[d:maandag 8 januari 2024]], 10:30 – intake Participatiewet
Aanvrager: [[p:Magdalena Wróbel]], geb. [[d:17-06-1990]], Poolse nationaliteit, sinds 2016 in NL
Adres: [[a:Wouwermanstraat 118]], [[pc:2525 VL]] ({{w:Schilderswijk}})
Reden aanvraag: einde WW per [[d:31-12-2023]] (WW via {{o:UWV}} 14 maanden)
Werkervaring: orderpicker via {{o:Covebo}}, productiemedewerker kassen
Taal: NT2 niveau A2, volgt les bij {{o:Taalhuis}} {{w:Centrum}}
Bankrekening: [[i:PL57259190786112448212254940]] (Poolse rekening!) – kl. moet NL-rekening openen, uitbetaling op PL-rekening niet mogelijk.
Vervolg: {{r:werkconsulent}} [[p:Jeroen Smit]] plant gesprek binnen 2 wk.
=====
notitie klm: dhr. [[p:Arslan]] heeft voor de 3e keer niet gereageerd op oproep. Volgens BRP nog ingeschreven op [[a:Hoefkade 889-B]]. Huisbezoek aangevraagd bij {{o:Handhaving}}. Uitkering vooralsnog NIET opschorten i.o.m. [[p:Esra]] ({{r:teamleider}}), eerst contact via wijkteam {{w:Transvaal}}, daar is hij bekend bij [[p:Wendy Zuidgeest]].
=====
[[d:22-05-2024]] [[p:Jairo Rosalia]] (klnr [[z:77193021]]) belt: uitkering mei nog niet ontvangen. Gecheckt: betaling aangehouden ivm ontbrekende inkomstenopgave april. Kl. zegt dat hij geen inkomsten had. Opgave telefonisch aangenomen (nihil), betaling vrijgegeven, komt binnen 3 werkdagen op [[i:NL56INGB2123556380]].
=====
KLANTBEELD (update)
Naam: [[p:Gökhan Arslan]] – [[d:03-09-1985]]
Doelgroep: PW, trede 3 participatieladder
Belemmeringen: schulden (bewind via {{o:Bewindvoering Haaglanden}}), middelengebruik in verleden, geen rijbewijs
Krachten: technisch handig, werkte 6 jr als monteur bij {{o:Bos Installatietechniek}}
Advies: werkfit-traject 3 mnd bij {{o:Stap Verder Re-integratie}}, daarna proefplaatsing
Contactpersoon wijkteam: [[p:Hanan]] ({{r:maatschappelijk werker}}, SWT {{w:Transvaal}}), tel. [[t:06 48 27 19 05]]
=====
Kl. [[p:Ruthmila Koeiman]] gesproken. Zij is per [[d:1-6]] in dienst bij {{o:Koster Bakkerijen}} als inpakster, 24 uur, contract 7 mnd. Verwacht netto inkomen ca € 1.150. Aanvullende bijstand blijft mogelijk. Uitstroompremie n.v.t. Kinderopvangtoeslag aanvragen, {{r:klantmanager}} helpt met formulier. Volgend gesprek [[d:2 juli]].
=====
rapportage hersteltermijn
dhr [[p:A. Zia Sultani]] is gevraagd om vóór [[d:15 maart 2024]] bankafschriften over de afgelopen 3 maanden aan te leveren (art. 17 lid 1 PW). Niet ontvangen. Tweede hersteltermijn tot [[d:22-03-2024]] verstuurd naar [[a:Kraaivenstraat 12-1]], [[pc:2573 BZ]]. Bij geen reactie: opschorting per loonperiode 04.
=====
[[d:vr 12/1]] – overleg met {{r:jobcoach}} [[p:Tom Verschoor]] ({{o:Werkpad}}) over [[p:Dewi Soerjadi]]. Proefplaatsing bij {{o:Hoogvliet}} {{w:Loosduinen}} loopt goed, werkgever wil na 2 mnd een contract voor 20 uur. LKS aanvragen, loonwaardemeting plannen. [[p:Dewi]] is zelf positief maar moe na de diensten (ME/CVS?) → bespreken met {{r:bedrijfsarts}}.
=====
Contact [[d:21-08-2024]]: klant belt boos op, hij vindt de maatregel onterecht. Uitgelegd: verlaging 100% gedurende 1 mnd wegens niet verschijnen op het gesprek bij {{o:Werkgeversservicepunt}} op [[d:6 augustus]]. Kl. ([[p:Mahmoud Al-Hassan]], klnr [[z:3018-554-02]]) zegt dat hij de brief nooit kreeg, post komt op [[a:Schalk Burgerstraat 230]] maar zijn naam staat niet op de bus. Advies: bezwaar binnen 6 weken. Doorverwezen naar {{r:sociaal raadsman}}.
=====
klm [[p:chandni]]: mw. [[p:Tjon-A-Fat]] wil graag als vrijwilliger bij de bibliotheek {{w:Escamp}} beginnen i.p.v. sollicitatieplicht. Ontheffing arbeidsverplichting tijdelijk (6 mnd) ivm mantelzorg voor moeder (90), akkoord team. Tegenprestatie niet aan de orde.
=====
Inkomstenverrekening [[z:WI-2023-118273]]
klant: [[p:Piotr Kamiński]]
periode 05-2024 | bruto loon € 1.812,40 | netto € 1.540,17 | vakantiegeld gereserveerd € 144,99
werkgever: {{o:Flexkracht Westland}} (uitzend, fase A)
verrekend met bijstand: € 1.540,17 -/- vrijlating € 0 (niet van toepassing, > 6 mnd in dienst nvt)
uitbetaling bijstand mei: € 0,00, restant schuld € 212,13 → terugvordering
opm. kl. heeft 2 loonstroken mei (2x week 19/20 en 21/22), check dubbeltelling!
=====
[[d:5 nov]]. - [[p:Faduma Ali Hassan]] kwam aan de balie {{o:Servicepunt XL}} {{w:Moerwijk}}, wist niet dat ze haar verblijf in Somalië (4 wkn) had moeten melden. Bijstand over die periode wordt teruggevorderd. Kl. erg geschrokken, dochter [[p:Sahra]] tolkte. Doorverwezen naar wijkteam voor begeleiding; [[p:Sahra]] is bereikbaar op [[t:06-39 51 20 84]].
=====
Notitie team W&I — klant [[p:Ricardo Winklaar]] heeft een WIA-beslissing gekregen: 35-80%, WGA loongerelateerd tot [[d:30-09-2024]]. Aanvulling vanuit PW onderzoeken per [[d:1 oktober 2024]]. Let op: partner ([[p:Shirley]]) werkt 16 u bij {{o:Albert Heijn}}, gezamenlijke norm.
=====
mw. [[p:Koleva]] [[p:Rumyana]] | klantnr. [[z:6629104]]
Afspraak gemist ([[d:di 17-9]]). Telefonisch niet bereikbaar ([[t:+359 88 412 7730]] en [[t:06 11 83 02 47]]). Brief gestuurd. Volgens buurvrouw werkt zij in de kassen, via {{o:OTTO Work Force}}? Nagaan via Suwinet (polisadministratie).
=====
Suwinet-inkijk [[d:18-09-2024]] (door [[p:J. Smit]]):
inkomstenverhouding {{o:OTTO Work Force B.V.}} vanaf [[d:02-09-2024]], loonaangifte nog niet verwerkt.
Actie: kl. [[p:R. Koleva]] oproepen voor heronderzoek, bijstand per [[d:2/9]] mogelijk beëindigen. Dossier [[z:6629104]].
=====
rapp – [[p:Hristo Todorov]] meldt zich af voor de WW-periode, heeft werk als chauffeur bij {{o:Transportbedrijf Mulder}} in {{w:Wateringen}}. Uitkering PW (aanvullend op WW) stopt per [[d:1 november]]. Eindgesprek niet nodig. Dossier sluiten na laatste inkomstenopgave.
=====
Gesprek met klant over verplichtingen. Uitgelegd: sollicitatieplicht, werk aanvaarden, meewerken aan re-integratie, inlichtingenplicht. Klant begrijpt het, heeft de brochure meegekregen. Geen bijzonderheden. Volgende afspraak over 6 weken.
=====
klm-overdracht van [[p:Ilona]] naar [[p:Koen]]:
- [[p:Yonatan Tekle]], 23 jr, statushouder, woont sinds [[d:12-12-2022]] in {{w:Bouwlust}}
- inburgering via {{o:gemeente}} (B1-route), taalles 3 ochtenden
- wil heel graag werken, voorkeur fietsenmaker; stage bij {{o:Fietsenwerkplaats De Spaak}} via {{o:Werkpad}} besproken
- wijkteam: {{r:maatschappelijk werker}} [[p:Filmon]] spreekt Tigrinya en helpt met post
- aandachtspunt: toeslagen staan nog op oud adres [[a:Erasmusweg 2012]], nieuw adres [[a:Melis Stokelaan 2145 C]], [[pc:2541 HJ]]
=====
[[d:29.01.24]] – kl. dhr [[p:de vos]] (55) heeft zich gemeld voor IOAW na einde WW. Partner mw [[p:De Vos]] heeft eigen inkomen uit een parttime baan bij {{o:HEMA}}. Vermogenstoets n.v.t. bij IOAW. Formulier meegegeven. Aanvraagnummer [[z:IOAW-24-00917]].
=====
Rapportage [[d:woensdag 4 september]]
Huisbezoek bij klant i.v.m. signaal woonfraude. Aanwezig: [[p:Orlando Leito]] ({{r:sociaal rechercheur}}) en ondergetekende. Op [[a:Elandstraat 80-III]] trof ik klant aan, mw. [[p:Chantal Doelwijt]]. In de woning mannenkleding en -schoenen. Mw. verklaart dat haar ex-partner [[p:Roy Sitaldin]] af en toe blijft slapen voor de kinderen. Geen gezamenlijke huishouding aangenomen, wel vervolggesprek over inschrijving van dhr. Onderzoek [[z:HH-2024-0455]].
=====
kort: klant [[p:Abdiqani Mohamed]] heeft per mail ([[e:abdiqani.m1992@gmail.com]]) loonstrook juni gestuurd. Netto € 640,22. Verwerkt.
=====
Verzoek {{r:wijkcoach}} [[p:Birgit Mol]] (SWT {{w:Laak}}): kan de uitkering van mw. [[p:Lina Khalil]] (klnr [[z:8812-014-33]]) voortaan in 2 delen worden uitbetaald? Mw. heeft elke maand aan het eind geen geld meer voor boodschappen. Akkoord, per [[d:1-11-2024]] uitbetaling op de 1e en de 15e.
""")
# ---------------------------------------------------------------------------
# 2. Letters from the municipality (besluiten, informatieverzoeken, maatregelen)
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Den Haag}}
Dienst Sociale Zaken en Werkgelegenheid
Postbus 12652, 2500 DP Den Haag

Mevrouw [[p:F. Bennani]]
[[a:Hooftstraat 161]]
[[pc:2525 TS]] DEN HAAG

Datum: [[d:19 maart 2024]]
Ons kenmerk: [[z:SZW/WI/2024/031877]]
Onderwerp: verlaging van uw bijstandsuitkering

Geachte mevrouw [[p:Bennani]],

U bent op [[d:4 maart 2024]] niet verschenen op de afspraak bij uw {{r:werkconsulent}}. U heeft hiervoor geen geldige reden gegeven. Daarom verlagen wij uw uitkering met 100% over de maand april 2024 (artikel 18 lid 2 Participatiewet en de Verordening maatregelen en handhaving).

Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. Heeft u vragen, bel dan 14 070.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[p:W. Kraaijeveld]]
{{r:teamleider}} Werk en Inkomen
=====
Aan: dhr. [[p:K. Öztürk]], [[a:Jan van der Heijdenstraat 71]], [[pc:2522 RN]] Den Haag
Betreft: verzoek om informatie – uw klantnummer [[z:4410-227-83]]

Geachte heer [[p:Öztürk]],

Om uw recht op bijstand te kunnen vaststellen hebben wij de volgende stukken nodig:
1. bankafschriften van al uw rekeningen over januari t/m maart 2024;
2. uw huurcontract of een verklaring van de hoofdbewoner ([[p:Cem Öztürk]]);
3. de laatste loonstrook van uw werkgever {{o:Bakkerij Vink}} (u werkte daar tot [[d:31 januari]]).

Stuur de stukken vóór [[d:4 april 2024]] via Mijn Den Haag of lever ze in bij het {{o:Servicepunt XL}}. Krijgen wij de stukken niet op tijd, dan kunnen wij uw aanvraag buiten behandeling stellen (artikel 4:5 Awb).

Met vriendelijke groet,
[[p:Marloes van Rijn]], {{r:klantmanager}}
telefoon (direct) [[t:070 752 31 16]]
=====
BESCHIKKING TOEKENNING ALGEMENE BIJSTAND
Naam: [[p:Derya Aksoy]]       Geboortedatum: [[d:22-11-1996]]
BSN: [[b:1497.69.143]]          Klantnummer: [[z:90331572]]
Ingangsdatum: [[d:01-02-2024]]
Norm: alleenstaande ouder 21 jr – AOW-leeftijd, € 1.273,54 netto p/mnd (incl. vakantietoeslag)
Uitbetaling op: [[i:NL38 RABO 1478 9091 92]] t.n.v. [[p:D. Aksoy]]
Verplichtingen: arbeidsverplichting tijdelijk ontheven t/m [[d:31-07-2024]] (zorg voor kind < 5 jr, art. 9a PW)
=====
{{o:Gemeente Den Haag}} | Werk en Inkomen
Postbus 12652 | 2500 DP Den Haag | 14 070

Den Haag, [[d:2 oktober 2024]]

Beste [[p:Yonatan]],

Je hebt een uitkering en wilt graag werken. Daar helpen we je bij. Je bent uitgenodigd voor een kennismaking met {{o:Werkpad}} op [[d:dinsdag 15 oktober 2024]] om 13.00 uur. Het adres is [[a:Binckhorstlaan 135]], 3e verdieping, kamer 3.14.

Neem je ID-kaart en je CV mee. Lukt het niet? Bel dan je {{r:klantmanager}} [[p:Koen Zwart]] op [[t:06 - 21 57 80 33]] (ma t/m do).

Groet,
Team Werk {{w:Escamp}}
klantnummer [[z:5571-903-16]]
=====
Besluit terugvordering
Geachte heer [[p:Kamiński]],
Over de periode [[d:1 mei 2024]] tot en met [[d:31 mei 2024]] heeft u € 212,13 te veel bijstand ontvangen, omdat u inkomsten had uit arbeid bij {{o:Flexkracht Westland B.V.}}. Dit bedrag vorderen wij van u terug (artikel 58 Participatiewet). Wij verrekenen het met uw uitkering, € 45 per maand, te beginnen in juli 2024. Dossier [[z:WI-2023-118273]].
=====
Geachte mevrouw [[p:Wróbel]],

Uw aanvraag algemene bijstand van [[d:8 januari 2024]] is toegekend. De uitkering gaat in op [[d:1 januari 2024]]. Wij betalen uit op het rekeningnummer dat u heeft opgegeven: [[i:NL84 INGB 1613 0975 47]].

Let op: u bent verplicht om alle wijzigingen binnen 1 week aan ons door te geven, zoals werk, inkomsten, een verhuizing of een partner die bij u komt wonen.

Met vriendelijke groet,
{{o:Gemeente Den Haag}}
=====
Betreft: Oproep gesprek rechtmatigheid
Kenmerk: [[z:HH-2024-0455]]

Geachte mevrouw [[p:Doelwijt]],

Naar aanleiding van het huisbezoek op [[d:4 september 2024]] nodigen wij u uit voor een gesprek op [[d:donderdag 19 september 2024]] om 09:30 uur op het kantoor aan de [[a:Leyweg 951]]. U mag iemand meenemen. Neemt u alstublieft de volgende stukken mee:
- uw ID-bewijs
- de bankafschriften van [[i:NL54ABNA6597631031]] vanaf juni 2024
- gegevens over het inkomen van dhr. [[p:R. Sitaldin]], voor zover bekend

Met vriendelijke groet,
[[p:O. Leito]], {{r:handhavingsspecialist}}
=====
Geachte heer/mevrouw,

In januari gaan de bijstandsnormen omhoog, zoals elk halfjaar. U hoeft hiervoor niets te doen: wij passen uw uitkering automatisch aan. Het nieuwe bedrag ziet u op uw specificatie van januari. Heeft u ook toeslagen van de {{o:Belastingdienst}}? Controleer dan of uw inkomen daar nog klopt.

Met vriendelijke groet,
Werk en Inkomen
=====
Geachte heer [[p:Al-Hassan]],

U heeft op [[d:23 augustus 2024]] bezwaar gemaakt tegen de verlaging van uw uitkering (ons besluit van [[d:12 augustus 2024]], kenmerk [[z:SZW/WI/2024/088412]]). Wij hebben uw bezwaar ontvangen en het registratienummer is [[z:BZW-24-5531]]. U wordt uitgenodigd voor een hoorzitting; de datum ontvangt u apart.

Uw gemachtigde, dhr. [[p:B. Janssens]] van {{o:Sociaal Raadslieden Den Haag}}, ontvangt een kopie van deze brief.
=====
Aan: [[p:Gökhan Arslan]]
p/a {{o:Bewindvoering Haaglanden}}, Postbus 30215, 2500 GE Den Haag
Onderwerp: wijziging betaaladres uitkering

Beste meneer [[p:Arslan]],
Uw {{r:bewindvoerder}} heeft gevraagd uw uitkering te betalen op de beheerrekening [[i:NL29 SNSB 5611 6294 74]]. Dat doen we vanaf de betaling van [[d:25 april]]. Het leefgeld krijgt u van de bewindvoerder.
Klantnummer: [[z:4471-098-22]]
=====
Informatiebrief: tegenprestatie en vrijwilligerswerk

In Den Haag werken wij niet met een verplichte tegenprestatie. Wel vragen wij iedereen met een bijstandsuitkering om actief te zijn. Dat kan ook met vrijwilligerswerk, bijvoorbeeld bij een buurthuis in {{w:Moerwijk}}, {{w:Laak}} of {{w:Mariahoeve}}. Vrijwilligerswerk moet u wel vooraf melden bij uw {{r:klantmanager}}. Een vrijwilligersvergoeding tot € 210 per maand (maximaal € 2.100 per jaar) telt niet mee als inkomen.
=====
Geachte mevrouw [[p:Koleva]],

Wij hebben gezien dat u sinds [[d:2 september 2024]] werkt bij {{o:OTTO Work Force B.V.}}. Dat had u aan ons moeten melden. Wij stoppen uw bijstandsuitkering met ingang van [[d:2 september 2024]]. Over september heeft u € 1.091,76 te veel ontvangen. Wij vorderen dat bedrag terug.

Omdat u uw inlichtingenplicht niet bent nagekomen, krijgt u daarnaast een bestuurlijke boete. Daarover ontvangt u een aparte brief.

Klantnummer [[z:6629104]] – dit besluit is verstuurd naar [[a:Weimarstraat 318-B]], [[pc:2562 HK]] Den Haag.
=====
Ons kenmerk [[z:SZW/BB/2024/19928]]
Uw aanvraag bijzondere bijstand voor een wasmachine (€ 329,-)

Beste mevrouw [[p:Ali Hassan]],

Wij geven u een lening van € 329,-. U betaalt deze terug met € 20 per maand. Het geld wordt binnen 5 werkdagen overgemaakt naar [[i:NL46INGB0324110433]].

Vragen? Bel 14 070 of stel uw vraag aan de {{r:maatschappelijk werker}} van het wijkteam.
=====
Van: {{o:Gemeente Den Haag}}, afdeling Inkomen
Aan: dhr. en mevr. [[p:De Vos]], [[a:Noordpolderkade 33]], [[pc:2584 BK]] Den Haag
Onderwerp: uw aanvraag IOAW, aanvraagnummer [[z:IOAW-24-00917]]
Wij hebben uw aanvraag op [[d:29 januari 2024]] ontvangen. Wij beslissen binnen 8 weken. Het inkomen van uw partner ([[p:Annet de Vos]], {{o:HEMA}}, 20 uur) wordt verrekend met de uitkering. Ook met een IOAW-uitkering moet u solliciteren. Zie de bijlage voor uw verplichtingen.
=====
BEVESTIGING AFSPRAAK
[[p:Ahmad Zia Sultani]]
[[d:ma 25 maart 2024]] 11:15 – {{o:Servicepunt XL}} {{w:Escamp}}, spreekkamer 2
Met: [[p:Esra Güler]], {{r:klantmanager}}
Meenemen: bankafschriften, huurcontract, brief {{o:UWV}}
=====
Geachte heer [[p:Todorov]],

Uw bijstandsuitkering is beëindigd met ingang van [[d:1 november 2024]], omdat u werk heeft gevonden. Gefeliciteerd! Wilt u nog de loonstrook van oktober inleveren? Dan kunnen wij uw laatste uitkering definitief vaststellen.

Heeft u later toch weer een uitkering nodig, vraag deze dan op tijd aan.

[[p:Fenna Dekker]], {{r:inkomensconsulent}}
Klantnummer [[z:3307-442-19]]
""")
# ---------------------------------------------------------------------------
# 3. UWV: WW, WIA, Wajong letters, reports and e-mails
# ---------------------------------------------------------------------------
add(r"""
{{o:UWV}}
Postbus 58285, 1040 HG Amsterdam

De heer [[p:R.J. Winklaar]]
[[a:Kamperfoeliestraat 96]]
[[pc:2563 TJ]] 's-Gravenhage

Datum [[d:12 juni 2024]]
Ons kenmerk [[z:WIA-2024-771902-RW]]
Burgerservicenummer [[b:457 264 135]]

Beslissing over uw WIA-uitkering
U krijgt vanaf [[d:27 mei 2024]] een WGA-uitkering. U bent 52,8% arbeidsongeschikt. Dit betekent dat u nog kunt werken, maar minder verdient dan vroeger. De uitkering is eerst loongerelateerd tot en met [[d:30 september 2024]].

Meer weten? Kijk op uwv.nl of bel UWV Telefoon Werknemers: 088 - 898 92 94.
=====
Rapportage arbeidsdeskundige (uittreksel, met toestemming klant gedeeld met wijkteam)
Naam: [[p:Shirley Pengel]]   Geb.: [[d:05-04-1979]]
Werkgever: {{o:De Haan Catering}} (functie: medewerker bediening, 32 uur)
Eerste ziektedag: [[d:14-03-2022]]
Belastbaarheid volgens {{r:verzekeringsarts}} drs. [[p:H. Baars]]: geen langdurig staan, geen tillen > 5 kg, max. 4 uur per dag
Passende functies: receptionist (SBC 315133), administratief medewerker, telefonist
Conclusie: maatmaninkomen € 2.398 p/mnd, resterende verdiencapaciteit € 1.312 → 45,29% arbeidsongeschikt, WGA 35-80
=====
Van: [[e:noreply@uwv.nl]]
Onderwerp: Nieuw bericht in Mijn UWV
Beste [[p:Hristo Todorov]], er staat een nieuw bericht voor u klaar in Mijn UWV. Log in met DigiD om het te lezen. Dit is een automatisch bericht, u kunt hier niet op antwoorden.
=====
Notitie SWT {{w:Bouwlust}} – [[d:do 7 maart]]
Samen met [[p:Sjaak Visser]] (61) de WW-aanvraag gedaan via werk.nl, hij was 31 jaar in dienst bij {{o:Van Leeuwen Logistiek}} en is per [[d:1 april]] boventallig verklaard. Ontslag via {{o:UWV}}-procedure, kenmerk ontslagvergunning [[z:UWV-OV-2024-88102]]. Transitievergoeding € 38.400 bruto — let op, hij wil dit geld aan zijn zoon [[p:Rick]] geven voor een auto, uitgelegd dat dat bij een latere bijstandsaanvraag problemen geeft.
=====
UWV – Wajong
Kenmerk [[z:WAJ-15-0338214]]
Betreft: [[p:Kim van der Meer]], geboren [[d:29 augustus 2001]]
Uw aanvraag voor een Wajong-uitkering hebben wij afgewezen. Volgens onze {{r:verzekeringsarts}} heeft u arbeidsvermogen. Daarom heeft u geen recht op Wajong 2015. U valt onder de Participatiewet; de gemeente kan u helpen met werk, bijvoorbeeld met beschut werk of een baan uit het doelgroepregister.
=====
Mail van [[p:Wendy Zuidgeest]] (SWT) aan {{o:UWV}} werkcoach [[p:Marcel de Bruijn]], [[d:8 april 2024]]:

Hoi [[p:Marcel]],
Meneer [[p:Visser]] (BSN [[b:953873936]]) heeft een brief gekregen dat hij werk.nl moet bijhouden en 4 sollicitatieactiviteiten per maand moet doen. Hij heeft geen computer en kan niet goed lezen. Kan hij de activiteiten op papier doorgeven? Of kan ik als {{r:wijkcoach}} meekijken? Zijn nummer is [[t:06 - 52 18 44 70]], maar bel liever mij.
Groet, [[p:Wendy]]
[[t:06 29 80 17 35]]
=====
Re: sollicitatieactiviteiten [[p:S. Visser]]

> Kan hij de activiteiten op papier doorgeven?

Beste [[p:Wendy]],
Ja, dat mag. Hij kan het formulier 'Opgave sollicitatieactiviteiten' gebruiken en opsturen naar UWV, Postbus 4051, 1009 AB Amsterdam. Vermeld wel zijn BSN. Ik heb hem ook aangemeld voor de workshop 'Solliciteren 55+' op [[d:23 april]] in ons kantoor aan de [[a:Spoorwegplein 61]].
Vriendelijke groet,
[[p:Marcel de Bruijn]] | {{r:werkcoach}} {{o:UWV WERKbedrijf}} regio Haaglanden
=====
WW-beslissing (uittreksel, overgetypt door wijkteam):
"U krijgt een WW-uitkering van [[d:2 april 2024]] tot en met [[d:1 oktober 2025]]. Uw dagloon is € 118,47. De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%."
Cliënt [[p:Sjaak Visser]], kenmerk [[z:WW-2024-5502871]]
=====
[[d:14/6]] belafspraak met {{r:arbeidsdeskundige}} {{o:UWV}} (mw. [[p:Y. Baldew]]) over [[p:Ricardo Winklaar]]. Zij gaat kijken naar een proefplaatsing met behoud van uitkering bij zijn oude werkgever {{o:Koning Bouw B.V.}} op de uitvoeringsafdeling. Meneer [[p:Koning]] (DGA) staat ervoor open. Wijkteam doet de schulden (aanmelding bij {{o:Schuldhulp Den Haag}}), UWV de re-integratie.
=====
Vraag aan collega's: wie heeft ervaring met een herbeoordeling WIA als iemand eerst 80-100% IVA had en nu ineens 35-80 WGA? Cliënt snapt er niets van en is in paniek. Welke stappen hebben jullie gezet, en heeft een bezwaar via {{o:Juridisch Loket}} iets opgeleverd?
=====
UWV Uitkeringsspecificatie juli 2024
Naam: [[p:N.J. de Wit]] | BSN: [[b:687395446]]
Uitkering: WW | Periode: [[d:01-07-2024]] t/m [[d:31-07-2024]]
Bruto uitkering      € 2.041,12
Loonheffing          € 348,90 -/-
Netto                € 1.692,22
Uitbetaald op [[d:23-07-2024]] naar [[i:NL64RABO7961613791]]
=====
Notitie wijkteam: [[p:Naomi de Wit]] heeft naast haar WW een paar uur gewerkt als invalkracht bij {{o:Kinderopvang Bos & Bijtjes}}. Die uren moet ze elke maand via het inkomstenformulier aan UWV doorgeven, anders wordt de WW teruggevorderd. We hebben het samen ingevuld voor juli: 18 uur, € 14,20 per uur.
=====
Aanvraag Wajong-herbeoordeling, overleg [[d:2-10-2024]]
Aanwezig: moeder [[p:Petra van der Meer]], [[p:Kim]], {{r:MEE-consulent}} [[p:Lisa Bos]], {{r:jobcoach}} [[p:Tom]] ({{o:Werkpad}}).
[[p:Kim]] werkt nu 3 dagen bij {{o:Bakkerij Vink}} in de afwas, via beschut werk-indicatie is nog niet besloten. Volgende stap: indicatie beschut werk aanvragen bij {{o:UWV}} via de gemeente.
Adres [[p:Kim]]: [[a:Thorbeckelaan 1140]], [[pc:2564 CD]], {{w:Bohemen}}.
=====
Hallo mevrouw [[p:Baldew]],
in de bijlage de verklaring van de {{r:huisarts}} van dhr. [[p:Winklaar]] en zijn machtiging voor ons wijkteam. Dhr. is op dit moment erg somber, ik zou de proefplaatsing liever na de zomer laten starten. Kunt u mij bellen op mijn directe nummer [[t:070 - 353 04 62]]?
Met vriendelijke groet,
[[p:Hanan Bouzid]]
{{r:maatschappelijk werker}} | Sociaal Wijkzorgteam {{w:Transvaal}}
=====
UWV – Beslissing op bezwaar
Bezwaarmaker: [[p:S. Pengel]]
Zaaknummer: [[z:BZ-WIA-24-119044]]
Wij verklaren uw bezwaar ongegrond. De {{r:verzekeringsarts bezwaar en beroep}} heeft uw klachten opnieuw beoordeeld en ziet geen reden om de belastbaarheid aan te passen. U kunt in beroep gaan bij de rechtbank binnen 6 weken na [[d:9 oktober 2024]].
=====
Tel. notitie [[d:11-11]]: {{o:UWV}} (team Handhaving) belde over dhr. [[p:Tekle]]. Hij krijgt geen UWV-uitkering, verkeerd doorverbonden. Niets mee gedaan.
=====
Voor de wijkteams: vanaf dit jaar heeft UWV op elk kantoor een werkcoach die aanschuift bij het wijkspreekuur. In {{w:Laak}} is dat op de eerste maandag van de maand van 13.00 tot 15.00 uur in het wijkcentrum. Aanmelden is niet nodig. Handig voor cliënten met vragen over WW-uren, inkomsten doorgeven en de sollicitatieplicht.
=====
Aanvraag ZW (Ziektewet) vangnet – [[p:Łukasz Zając]]
Uitzendbureau: {{o:Covebo}}, fase A, uitzendbeding
Laatste werkdag: [[d:05-08-2024]] (ongeval op het werk, hand gebroken)
Ziekmelding door uitzendbureau bij UWV: [[d:06-08-2024]]
UWV-zaaknummer: [[z:ZW-2024-3391077]]
Contact: [[t:+48 601 223 871]] / [[e:lukasz.zajac88@wp.pl]]
Adres NL: [[a:Laakweg 57-3]], [[pc:2521 AN]] (huisvesting via uitzendbureau)
=====
ehm [[p:Marcel]] van {{o:UWV}} zei net aan de telefoon dat [[p:Sjaak]] een waarschuwing krijgt omdat hij maar 2 sollicitaties had in mei, geen maatregel. Fijn. Ik heb [[p:Sjaak]] beloofd dat we samen elke 2 weken op de bibliotheekcomputer zitten, [[d:di 4 juni]] eerste keer.
""")
# ---------------------------------------------------------------------------
# 4. Re-integration companies and job coaches (voortgangsrapportages, chats)
# ---------------------------------------------------------------------------
add(r"""
VOORTGANGSRAPPORTAGE – {{o:Stap Verder Re-integratie}}
Deelnemer: [[p:G. Arslan]]          Trajectnummer: [[z:SV-24-0712]]
Opdrachtgever: {{o:Gemeente Den Haag}}, {{r:klantmanager}} [[p:M. van Rijn]]
Periode: [[d:1 april]] – [[d:30 juni 2024]]
Aanwezigheid: 41 van 48 dagdelen (85%); 3x ziek gemeld, 4x te laat
Werknemersvaardigheden: verbeterd; samenwerken gaat goed, instructies opvolgen wisselend
Vakvaardigheden: zelfstandig kleine installatieklussen, VCA basis behaald op [[d:17-05-2024]]
Advies: doorplaatsen naar werkervaringsplaats bij {{o:Bos Installatietechniek}} (voormalig werkgever, contactpersoon [[p:Henk Bos]])
Ondertekend: [[p:Yusuf Kaplan]], {{r:trajectbegeleider}}
=====
[[d:13-06]] 08:47 – [[p:Tom]] ({{r:jobcoach}}): Goedemorgen [[p:Dewi]]! Vergeet je niet dat je vandaag om 10 uur bij de bedrijfsleider van {{o:Hoogvliet}} zit? Ik ben er ook 👍
[[d:13-06]] 08:52 – [[p:Dewi]]: ja ik weet het. ben zenuwachtig
[[d:13-06]] 08:53 – [[p:Tom]]: Komt goed. Neem je rooster mee.
=====
Jobcoachverslag week 38
Werknemer: [[p:Kim van der Meer]] | werkplek: {{o:Bakkerij Vink}}, afdeling spoelkeuken
Leidinggevende: [[p:Ans Vink]]
- ma: goed gestart, zelf op tijd met de bus
- wo: conflict met collega over muziek; rustig besproken, [[p:Kim]] voelde zich niet gehoord
- vr: [[p:Kim]] belde 7:15 af, buikpijn. Moeder ([[t:06 17 44 09 28]]) bevestigde.
Afspraak: dinsdag [[d:24 september]] driegesprek met mw. [[p:Vink]].
=====
Aanmeldformulier re-integratietraject
Naam: [[p:Fereshta Noori]]
Geboortedatum: [[d:11-01-1993]]
BSN: [[b:965 928 883]]
Adres: [[a:Meppelweg 812]], [[pc:2544 AX]] Den Haag ({{w:Morgenstond}})
Telefoon: [[t:06 30 02 71 58]]
E-mail: [[e:fereshta.noori93@gmail.com]]
Opleiding: verpleegkunde (Kabul, 3 jaar, niet afgerond); diploma niet gewaardeerd
Taalniveau: B1 lezen/luisteren, A2 schrijven
Wens: werken in de zorg, eerst als helpende (mbo 2, BBL)
Klantmanager: [[p:Esra Güler]]
=====
Hoi [[p:Yusuf]], even een korte vraag over deelnemer [[p:Arslan]]: hij vertelde mij (wijkteam) dat hij na de zomer niet meer bij jullie wil komen omdat een collega-deelnemer hem uitscheldt. Weten jullie hiervan? Hij heeft er slecht van geslapen. Zijn {{r:bewindvoerder}} is ook op de hoogte. Groet, [[p:Hanan]]
=====
Eindrapportage traject Werkfit
Cliënt: mevr. [[p:R. Berhane]]
Startdatum: [[d:03-01-2024]]   Einddatum: [[d:28-06-2024]]
Resultaat: uitstroom naar betaald werk (parttime, 24 uur) als schoonmaakmedewerker bij {{o:CSU}}, locatie {{o:HMC Bronovo}}
Contract: 7 maanden, met uitzicht op vast
Nazorg: 6 maanden door {{r:jobcoach}} [[p:Kelly Hoogstraten]] ([[t:06 44 19 03 87]])
=====
notities jobcoach (privé-aantekeningen, niet voor werkgever)
[[p:dewi]] vertelt dat haar vriend [[p:Rudy]] geen werk heeft en de hele dag thuis is, ze geeft haar loon aan hem. Ze zegt dat het oké is. Ik twijfel. Wijkteam contact? Zij heeft [[p:Birgit]] al eens gesproken.
=====
Van: [[p:Kelly Hoogstraten]] <[[e:k.hoogstraten@toekomstwerkt.nl]]>
Aan: [[p:Esra Güler]]
Datum: [[d:vrijdag 11 oktober 2024]] 16:02
Onderwerp: nazorg [[p:Berhane]] – loonstrook sept

Hoi [[p:Esra]],

[[p:Rahel]] heeft haar loonstrook september aan mij gegeven, zie hieronder de belangrijkste regels:

  Personeelsnr  [[z:0042817]]
  Uren          103,75
  Uurloon       € 14,06
  Bruto         € 1.458,73
  Netto         € 1.262,90
  IBAN          [[i:NL36 ASNB 4267 7556 86]]

Ze heeft in september ook nog aanvullende bijstand gekregen, dat moet dus verrekend worden. Kun jij dat oppakken?

Groet, [[p:Kelly]]
{{o:Toekomstwerkt}} | {{r:jobcoach}}
=====
Wie kent een goede leerwerkplek voor iemand die goed met dieren kan? Cliënt (28, LVB, woont in {{w:Spoorwijk}}) is gek op dieren maar heeft geen diploma's. Kinderboerderij? Dierenasiel? Tips graag in deze draad.
=====
> Wie kent een goede leerwerkplek voor iemand die goed met dieren kan?

Bij {{o:Kinderboerderij De Kraaiennest}} in {{w:Moerwijk}} hebben ze via {{o:Haeghe Groep}} een paar plekken met begeleiding. Vraag naar [[p:Gerrit]], die is de {{r:werkleider}} daar. Werkt alleen als iemand een indicatie beschut werk of een LKS-status heeft.
=====
Trajectplan Participatiewet – {{o:Werkpad}}
Naam klant: [[p:Yonatan Tekle]] ([[d:07-07-2001]])
klantnr gemeente: [[z:5571-903-16]]
Doel: binnen 9 mnd werkzaam als fietsenmaker (min. 24 u) 
Stap 1: leerwerkplek {{o:Fietsenwerkplaats De Spaak}} [[d:4 nov]] – [[d:31 jan]]
Stap 2: MBO-1 Entree fietstechniek (BBL) bij {{o:ROC Mondriaan}}
Stap 3: sollicitatie bij {{o:Swapfiets}} / lokale fietsenmakers
Begeleiding: {{r:jobcoach}} [[p:T. Verschoor]], 1x per week op locatie
=====
Verslag driegesprek [[d:24-09-2024]]
Aanwezig: [[p:Kim van der Meer]], [[p:Ans Vink]] ({{o:Bakkerij Vink}}), [[p:Tom Verschoor]] ({{o:Werkpad}})
- [[p:Kim]] voelt zich op haar plek, maar wil geen radio meer in de spoelkeuken. Mw. [[p:Vink]] akkoord: koptelefoon mag.
- Werkgever vraagt naar loonkostensubsidie. Loonwaarde nu ingeschat op 45%.
- Afspraak: loonwaardemeting op [[d:8 oktober]] door {{o:Loonwaardemeting Haaglanden}}.
=====
WhatsApp ([[p:Tom]] jobcoach → wijkteam [[p:Lisa]])
"Hoi [[p:Lisa]], [[p:Kim]] was vandaag super. Loonwaarde uitgekomen op 55%. Werkgever gaat contract aanbieden per [[d:1-11]]. Wil jij moeder even laten weten dat ze haar Wajong-aanvraag kan laten rusten? Die is toch afgewezen. Groetjes [[p:Tom]]"
=====
Rapportage {{r:participatiecoach}} – klant [[p:Marcel Tjon-A-Fat]]
Kl. doet sinds [[d:2 mei]] vrijwilligerswerk bij het buurthuis {{o:De Boog}} in {{w:Morgenstond}}, 2 ochtenden. Gaat goed, komt trouw. Volgende stap: werkervaringsplaats bij {{o:Haag Wonen}} (buitendienst). Kl. heeft nog wel een verkeersboete-schuld bij het {{o:CJIB}} (€ 640), kenmerk [[z:CJIB 5021 8830 4717]]. Wijkteam ([[p:Samira]]) helpt met betalingsregeling.
=====
Beste [[p:Esra]],

Hierbij de urenverantwoording van oktober voor de deelnemers die via jullie gemeente bij ons in traject zitten:

| Deelnemer          | Trajectnr   | Uren | Aanwezig |
|--------------------|-------------|------|----------|
| [[p:F. Noori]]     | [[z:TW-24-1183]] | 48   | 100%     |
| [[p:A. Mohamed]]   | [[z:TW-24-1190]] | 36   | 75%      |
| [[p:L. Khalil]]    | [[z:TW-24-1201]] | 22   | 46%      |

Bij mw. [[p:Khalil]] graag even afstemmen: zij gaf aan dat ze vaak niet kan komen omdat ze geen oppas heeft.

Groet, [[p:Kelly]]
=====
Mail {{r:jobcoach}} aan werkgever:
Beste heer [[p:Hoek]],
Zoals besproken komt [[p:Abdiqani]] vanaf [[d:maandag 3 juni]] bij {{o:Hoek Schoonmaakdiensten}} werken, eerst in de proefplaatsing (2 mnd, met behoud van uitkering). Mag ik u vragen een werkplekbegeleider aan te wijzen? Ik kom in week 23 en 25 langs. Mijn mobiele nummer: [[t:06 44 19 03 87]].
Met vriendelijke groet,
[[p:Kelly Hoogstraten]]
=====
Vanuit ons re-integratiebedrijf een algemene tip: laat cliënten nooit zonder begeleiding een 0-urencontract bij een uitzendbureau tekenen als ze nog bijstand krijgen. De inkomsten schommelen, de verrekening loopt achter en na drie maanden is er een terugvordering van honderden euro's. Beter: vaste uren afspreken, of via loonkostensubsidie.
=====
Aanwezigheidsregistratie {{o:Stap Verder Re-integratie}}
[[d:ma 16-9]]  [[p:Arslan]]  afwezig (niet afgemeld)
[[d:di 17-9]]  [[p:Arslan]]  aanwezig 09:40 (te laat)
[[d:wo 18-9]]  [[p:Arslan]]  aanwezig
melding aan {{r:klantmanager}} verstuurd op [[d:18-9]] 15:10
=====
[[p:Lisa Bos]] ({{r:MEE-consulent}}): "Ik merk bij mijn cliënten met een LVB dat de brieven van {{o:UWV}} en gemeente over werk echt onbegrijpelijk zijn. Ik teken ze nu samen uit op een A4'tje: wat moet je doen, wanneer, en wie bel je. Werkt heel goed. Voorbeeld hieronder (zonder naam)."
=====
Voorbeeld A4 (voor cliënt, zonder naam):
WAT: je moet 4 keer per maand solliciteren.
WANNEER: elke maand, vóór de laatste vrijdag.
HOE: samen met je {{r:jobcoach}} op de computer (werk.nl).
WIE BEL JE: je jobcoach, of het wijkteam.
LET OP: niet gedaan = minder geld.
""")
# ---------------------------------------------------------------------------
# 5. Beschut werk and employers (indicaties, ziekmeldingen, contracten, LKS)
# ---------------------------------------------------------------------------
add(r"""
Advies beschut werk – {{o:UWV}}
Aanvrager: {{o:Gemeente Den Haag}} namens [[p:Danny de Vos]] (geb. [[d:16-02-1998]])
Kenmerk: [[z:BW-2024-04471]]
Conclusie: betrokkene kan uitsluitend in een beschutte omgeving onder aanpassingen en met begeleiding werken. Positief advies beschut werk, geldig tot [[d:1 juli 2029]].
=====
Notitie SWT {{w:Segbroek}}, [[d:12-08-2024]]
[[p:Danny]] is begonnen bij {{o:Haeghe Groep}}, locatie {{w:Binckhorst}}, afdeling inpak & assemblage. 28 uur. Zijn {{r:werkleider}} heet [[p:Joost Verhoef]]. Moeder ([[p:Ria de Vos]], [[a:Fahrenheitstraat 402]]) is opgelucht maar wil dat hij niet met de fiets gaat (epilepsie) → aanvraag Wmo-vervoer, contactpersoon bij {{o:Haeghe}}: [[p:Verhoef]], [[t:06 - 53 92 10 48]].
=====
Ziekmelding via werkgever
Van: [[e:personeelszaken@verbeekgroen.nl]]
Aan: {{r:klantmanager}} {{o:gemeente Den Haag}} (LKS-team)
Onderwerp: ziekmelding medewerker LKS [[p:M. Tjon-A-Fat]]

Geachte heer/mevrouw,
Onze medewerker [[p:Marcel Tjon-A-Fat]] (personeelsnummer [[z:VG-1187]], in dienst sinds [[d:1 februari 2024]] met loonkostensubsidie) heeft zich op [[d:16 september 2024]] ziek gemeld. Wij verwachten een verzuim van langer dan 4 weken. Graag horen wij of de loonkostensubsidie doorloopt.
Met vriendelijke groet,
[[p:Anouk Verbeek]]
{{r:P&O-adviseur}}, {{o:Verbeek Groenvoorziening B.V.}}
=====
Reactie LKS-team: "Beste mevrouw [[p:Verbeek]], bij ziekte loopt de loonkostensubsidie gewoon door zolang u loon doorbetaalt. Wel graag de verzuimmelding ook aan UWV (no-riskpolis geldt alleen bij doelgroepregister). Is dhr. opgenomen in het doelgroepregister? Zo niet, dan vragen wij dat alsnog aan. Groet, [[p:Bart Janssens]], {{r:accountmanager werkgevers}}"
=====
Contract ontvangen van {{o:Koster Bakkerijen}} voor [[p:Ruthmila Koeiman]]: bepaalde tijd [[d:01-06-2024]] t/m [[d:31-12-2024]], 24 uur, functie inpakker, schaal B cao Bakkersbedrijf, uurloon € 13,68. Handtekening werkgever: [[p:J.P. Koster]] (directeur). Gescand en toegevoegd aan dossier [[z:WI-2022-077431]].
=====
Hallo [[p:Wendy]], ik ben [[p:Erik Koster]] van {{o:Koster Bakkerijen}}. [[p:Ruthmila]] werkt nu 3 maanden bij ons en het gaat prima, maar ze zegt dat de gemeente haar nog steeds geld stuurt en dat ze bang is dat ze dat terug moet betalen. Kunt u daar eens naar kijken? Ze heeft mij gevraagd dit te mailen. Groet, [[p:Erik]] ([[t:06 12 40 88 51]])
=====
Doelgroepregister – bevestiging opname
Naam: [[p:M.R. Tjon-A-Fat]] | BSN [[b:112702727]]
Opgenomen per [[d:14-03-2024]] (grond: indicatie banenafspraak)
Dit betekent voor de werkgever: no-riskpolis, LIV/LKV mogelijk.
=====
Mail van {{o:Van Leeuwen Logistiek}}: "Wij moeten helaas melden dat wij het contract van [[p:Sjaak Visser]] niet kunnen verlengen. Dhr. [[p:Van Leeuwen]] heeft persoonlijk met hem gesproken op [[d:28 februari]]." Ondertekend [[p:C. van Leeuwen-Dekker]], HR.
=====
MDO beschut werk {{o:Haeghe Groep}} – [[d:3 oktober 2024]]
Deelnemers: [[p:Joost Verhoef]] ({{r:werkleider}}), [[p:Danny de Vos]], moeder [[p:Ria]], [[p:Wendy Zuidgeest]] (SWT), [[p:Ilona Kraaijeveld]] ({{r:klantmanager}})
1. Werk: [[p:Danny]] doet het goed in de inpak, tempo laag maar nauwkeurig. Wil graag naar de afdeling fietsenherstel.
2. Vervoer: Wmo-vervoer loopt sinds [[d:2 sept]], bus is vaak te laat (8:40 i.p.v. 8:15). Klacht bij {{o:HTM Personenvervoer}} ingediend, klachtnummer [[z:HTMPV-24-30918]].
3. Inkomen: loon via {{o:Haeghe Groep}} cao, geen aanvulling PW meer nodig. Zorgtoeslag aanpassen.
Volgende MDO: [[d:9 januari 2025]].
=====
Beste collega's van het wijkteam,
Graag wijzen wij u op de mogelijkheden van beschut werk binnen {{o:Haeghe Groep}}. Beschut werk is bedoeld voor mensen die alleen met veel begeleiding en aanpassingen kunnen werken. Een indicatie wordt aangevraagd via de gemeente bij {{o:UWV}}. De doorlooptijd is ongeveer 8 weken. Vragen? Mail naar ons algemene adres of bel het algemene nummer 070 - 330 04 00.
Team Instroom {{o:Haeghe Groep}}
=====
Personeelsdossier-uittreksel (meegegeven aan cliënt voor de bijstandsaanvraag)
Werkgever: {{o:De Jong Installatietechniek}}
Werknemer: [[p:Patrick Hoek]], personeelsnr [[z:4417]]
In dienst: [[d:15-08-2016]]   Uit dienst: [[d:30-04-2024]] (ontslag wegens bedrijfseconomische redenen)
Laatste salaris: € 2.910 bruto p/mnd excl. vakantiegeld
Verklaring opgesteld door: [[p:M. de Jong]], directeur, [[d:02-05-2024]]
=====
Tel. met werkgever {{o:Hoek Schoonmaakdiensten}} (dhr. [[p:Hoek]] sr.): [[p:Abdiqani Mohamed]] doet het goed, maar heeft 2 keer zijn pasje vergeten bij de klant ({{o:Ministerie van SZW}}, {{w:Centrum}}). Werkgever wil hem na de proefplaatsing een contract geven van 20 uur. Ik heb uitgelegd dat loonkostensubsidie alleen kan als loonwaarde < 100%. Loonwaardemeting aanvragen.
=====
Van: [[p:Chantal Groen]] <[[e:chantal@groenkinderopvang.nl]]>
Onderwerp: sollicitatie [[p:Fereshta]]
Beste [[p:Esra]], we hebben [[p:Fereshta Noori]] gesproken voor een BBL-plek als groepshulp. Leuk gesprek! Ze kan op [[d:2 december]] beginnen. Wel vragen we een VOG, kan de gemeente die vergoeden? Groet, [[p:Chantal]] (locatiemanager {{o:Groen Kinderopvang}}, {{w:Morgenstond}})
=====
Loonwaardemeting – rapport (samenvatting)
Werknemer: [[p:A. Mohamed]]         Datum meting: [[d:8 juli 2024]]
Werkgever: {{o:Hoek Schoonmaakdiensten}}
Functie: schoonmaker kantoren (cao Schoonmaak, schaal 1)
Loonwaarde: 70%
Loonkostensubsidie: 30% van het WML (+ opslag)
Meting uitgevoerd door: [[p:R. Poot]], {{r:loonwaardedeskundige}}
=====
Hoi [[p:Ilona]], kort: [[p:Danny]] mag door naar fietsenherstel vanaf [[d:maandag 4 november]]. Zelfde uren, zelfde {{r:werkleider}} (ik dus). Groet [[p:Joost]]
=====
Brief werkgever aan werknemer (door cliënt meegenomen naar spreekuur wijkteam):

{{w:Rijswijk}}, [[d:20 augustus 2024]]

Beste [[p:Ivaylo]],

Op [[d:19 augustus]] ben je voor de derde keer niet op het werk verschenen zonder je af te melden. Wij zien ons genoodzaakt je een officiële waarschuwing te geven. Bij een volgende keer volgt ontslag op staande voet.

[[p:Wim Bakker]]
{{r:teamleider}} productie, {{o:Bakker Vleeswaren}}
=====
Notitie SWT: [[p:Ivaylo Georgiev]] ([[a:Loosduinseweg 212-3]]) kwam met een waarschuwingsbrief van zijn werkgever {{o:Bakker Vleeswaren}}. Hij zegt dat hij niet kon komen omdat zijn dochter in het ziekenhuis lag, maar hij kon het niet uitleggen aan zijn teamleider [[p:Bakker]] (taalprobleem). Afgesproken: ik bel met mijn collega die Bulgaars spreekt ([[p:Desi]]) om samen met [[p:Ivaylo]] een mail te schrijven.
=====
{{o:Werkgeversservicepunt}} – matchingsoverleg [[d:18 juni]]
Vacature: heftruckchauffeur, {{o:Transportbedrijf Mulder}}, 38 uur
Kandidaten: [[p:P. Hoek]] (rijbewijs + heftruckcertificaat, 48 jr) | [[p:Ł. Zając]] (certificaat verlopen) | [[p:H. Todorov]] (C-rijbewijs)
Besluit: [[p:Hoek]] en [[p:Todorov]] voorstellen, [[p:Zając]] eerst hercertificering.
=====
Aan alle {{r:klantmanagers}}: de aanvragen voor loonkostensubsidie gaan vanaf nu via het nieuwe formulier in het systeem. Oude formulieren worden niet meer in behandeling genomen. De loonwaardemeting blijft gelijk. Vragen over dit proces kun je stellen in het teamoverleg van donderdag.
""")
# ---------------------------------------------------------------------------
# 6. Temp agencies, payslips quoted in notes, labour migrants
# ---------------------------------------------------------------------------
add(r"""
Loonstrook (overgenomen door wijkteam, origineel bij cliënt)
Werkgever	{{o:Flexkracht Westland B.V.}}
Werknemer	[[p:P. Kamiński]]
Personeelsnr	[[z:FW-20931]]
Periode	week 23-24
Geboortedatum	[[d:03-10-1988]]
BSN	[[b:708783272]]
Gewerkte uren	76,5
Uurloon	€ 13,27
Bruto loon	€ 1.015,16
Inhouding huisvesting	€ 190,00
Inhouding zorgverzekering	€ 41,70
Netto uitbetaald	€ 655,31
Rekening	[[i:NL72KNAB5307969462]]
=====
Notitie wijkteam {{w:Laak}}: [[p:Piotr]] laat zijn loonstroken zien: er wordt elke 2 weken € 190 ingehouden voor een bed in een huis op de [[a:Laakkade 112]] waar hij met 7 anderen woont. Dat mag max. 25% van het WML zijn en hij heeft geen huurcontract. Doorverwezen naar {{o:Fairwork}}. Contact daar: [[p:Marta]] (via het algemene nummer 020 - 760 08 09), zij belt hem zelf terug.
=====
Van: [[p:Sandra Hoek]] – {{o:Start People}} vestiging Den Haag
Aan: [[p:Jeroen Smit]], {{o:Gemeente Den Haag}}
Datum: [[d:27-03-2024]]

Hoi [[p:Jeroen]],
Jullie kandidaat [[p:Gökhan Arslan]] is ingeschreven onder registratienummer [[z:SP-2287419]]. We hebben een plek voor hem als monteur-assistent bij een klant in {{w:Ypenburg}}, start [[d:8 april]]. Wel: hij heeft geen veiligheidsschoenen. Kunnen jullie die vergoeden? Groet, [[p:Sandra]], {{r:intercedent}}
Direct: [[t:070 - 206 31 55]]
=====
Kl. toont loonstrook {{o:Randstad}} periode 07 (4-wekelijks):
uren 112 | uurloon 13,68 | bruto 1.532,16 | netto 1.318,44 | res. vakantiegeld 122,57 | ADV 0
loonheffingskorting: JA (let op: ook toegepast bij 2e werkgever {{o:Albert Heijn}} → naheffing!)
Kl. = [[p:Derya Aksoy]], klnr [[z:90331572]]. Geadviseerd loonheffingskorting bij AH stop te zetten.
=====
WhatsApp van cliënt aan wijkcoach:
"hoi [[p:samira]] ik heb een nieuwe baan bij {{o:Tempo-Team}}!! in het magazijn van {{o:Coolblue}}. begin maandag [[d:14 okt]]. moet ik dat aan de gemeente zeggen? groetjes [[p:roy]]"
=====
Antwoord wijkcoach: "Goed zo [[p:Roy]]! Ja, altijd doorgeven. Gaat via Mijn Den Haag of bel je {{r:klantmanager}} ([[p:Fenna Dekker]]). Zeg erbij hoeveel uur. Ik help je zo nodig donderdag op het spreekuur. Groet [[p:Samira]]"
=====
Intake arbeidsmigrant – SWT {{w:Laak}}, [[d:9 juli 2024]]
Naam: [[p:Dariusz Mazur]]
Geb.: [[d:21.04.1981]] (Lublin)
BSN: [[b:228770142]]
Adres: geen vast adres, slaapt bij kennis op [[a:Hobbemaplein 44]]
Werk: tot [[d:28-06-2024]] via {{o:OTTO Work Force}} bij een groothandel in {{w:Zoetermeer}}; contract beëindigd na ziekte, tegelijk huisvesting kwijt
Tel: [[t:+48 512 884 302]]
Vraag: briefadres, WW (recht? 26 weken-eis), terugkeer?
Betrokken: {{o:Barka}}, {{o:Fairwork}}
=====
Mail uitzendbureau aan gemeente (doorgestuurd naar wijkteam):
"Op verzoek van uw cliënt sturen wij hierbij de urenoverzichten. Uitzendkracht: [[p:Hristo Todorov]], inschrijfnr. [[z:LB-4471902]]. Week 40: 38u, week 41: 40u, week 42: 12u (ziek vanaf [[d:17 oktober]]). Met vriendelijke groet, {{o:Luba Uitzendbureau}}, planning"
=====
Overzicht inkomsten [[p:Ł. Zając]] (voor de aanvraag bijzondere bijstand)
| maand | werkgever | netto |
|---|---|---|
| mei | {{o:Covebo}} | € 1.488,20 |
| juni | {{o:Covebo}} | € 1.502,77 |
| juli | {{o:Covebo}} | € 1.190,45 |
| aug | Ziektewet via {{o:UWV}} | € 1.006,30 |
Rekening: [[i:NL66 BUNQ 1527 7200 68]]
=====
[[p:Ivaylo Georgiev]] laat loonstrook zien van {{o:Bakker Vleeswaren}}: bruto € 2.140, maar netto slechts € 1.212 door "voorschot terugbetaling" van € 400. Hij weet niet waar dat voorschot vandaan komt. Afspraak met {{r:sociaal raadsman}} [[p:B. Janssens]] op [[d:30 augustus]] om het na te vragen bij de werkgever.
=====
Uit de chat van het uitzendbureau (screenshot, overgetypt):
[planner {{o:Olympia}}] Hi [[p:Rumyana]], morgen 6:00 start in {{w:Honselersdijk}}, bus vertrekt 5:15 bij de {{o:Shell}} Melis Stokelaan
[[[p:Rumyana]]] ok
[planner {{o:Olympia}}] vergeet je ID niet!!
=====
Jaaropgave 2023 – {{o:Manpower}}
Naam: [[p:Roy Sitaldin]]   BSN: [[b:702 516 387]]
Fiscaal loon: € 18.722   Ingehouden loonheffing: € 1.604
Adres volgens werkgever: [[a:Paets van Troostwijkstraat 9]], [[pc:2522 DN]]
(let op: dit is het adres van zijn moeder, niet van [[p:Chantal]])
=====
Tel. gesprek met {{o:Tempo-Team}} (planner, geen naam gegeven): [[p:Roy]] is op [[d:14 oktober]] begonnen, 32-40 uur per week, fase A. Uitzendbeding → als de klant hem niet meer nodig heeft, stopt het direct. Dus: bijstand niet beëindigen maar opschorten. Overlegd met [[p:Fenna]].
=====
Notitie: veel cliënten in {{w:Laak}} en {{w:Spoorwijk}} werken via uitzendbureaus in de kassen of distributiecentra. Als het werk stopt, is er vaak geen WW omdat ze niet aan de 26-wekeneis voldoen. Dan is het gat tot de bijstand (aanvraag duurt 8 weken) het grootste probleem. Advies aan de teams: meteen voorschot aanvragen.
=====
Hallo, ik ben [[p:Florin Munteanu]], ik werkte bij {{o:Westland Flex}} en woonde in hun huis op [[a:Zuiderparklaan 180]]. Ze hebben mij eruit gezet op [[d:2 september]] omdat ik ziek was. Mijn spullen zijn nog daar. Mijn loon van augustus is niet betaald op mijn rekening [[i:RO82BTRL8739219411696349]]. Kunt u helpen? Telefoon [[t:+40 745 302 118]]
=====
Bericht van wijkteam aan {{o:Fairwork}}:
Beste [[p:Marta]],
Hierbij de gegevens van dhr. [[p:Munteanu]] (met zijn toestemming): geboren [[d:30-11-1994]], BSN [[b:169234812]], werkgever {{o:Westland Flex}}, registratienummer bij het bureau [[z:WF-002874]]. Zijn loon over augustus (ca. 160 uur) is niet betaald. Hij verblijft nu tijdelijk in de nachtopvang.
Groet, [[p:Birgit Mol]], SWT {{w:Laak}}
=====
Loonspecificatie (foto van cliënt, deels onleesbaar)
{{o:Hobij Uitzendbureau}} – periode 2024-09
naam: [[p:L. Khalil]]
uren: 34,00 ... bruto € 471,... netto € 4??,..
Opmerking wijkteam: strook onleesbaar, kl. vraagt een nieuwe aan via [[e:salarisadministratie@hobij.nl]]
""")
# ---------------------------------------------------------------------------
# 7. CV fragments and application overviews
# ---------------------------------------------------------------------------
add(r"""
CURRICULUM VITAE

Personalia
Naam:            [[p:Fatiha Bennani]]
Adres:           [[a:Hooftstraat 161]]
Postcode/plaats: [[pc:2525 TS]] Den Haag
Telefoon:        [[t:06-41 27 73 09]]
E-mail:          [[e:fatiha.bennani@hotmail.com]]
Geboortedatum:   [[d:2 juni 1984]]
Nationaliteit:   Nederlandse

Werkervaring
2019 – heden     Schoonmaakmedewerker, {{o:Hoek Schoonmaakdiensten}} (12 u/wk)
2012 – 2018      Kassamedewerker, {{o:Dirk van den Broek}}, {{w:Schilderswijk}}
2008 – 2012      Productiemedewerker, {{o:Unilever}} Rotterdam (via {{o:Randstad}})

Opleiding
2002 – 2004      VMBO-kader, Zorg & Welzijn
=====
CV (opgesteld met hulp van {{r:jobcoach}})
[[p:Yonatan Tekle]]
[[a:Melis Stokelaan 2145 C]] · [[pc:2541 HJ]] Den Haag · [[t:06 87 02 35 41]]
geboren [[d:7 juli 2001]] in Asmara, Eritrea

Over mij: ik ben een rustige harde werker. Ik repareer graag fietsen en brommers. Ik spreek Tigrinya, Arabisch, Engels en Nederlands (B1).

Ervaring:
- 2023 – nu: vrijwilliger {{o:Fietsenwerkplaats De Spaak}}
- 2016 – 2018: hulp in de garage van mijn oom in Asmara
=====
Sollicitatieoverzicht september – [[p:K. Öztürk]] (klnr [[z:4410-227-83]])
datum	bedrijf	functie	hoe	resultaat
[[d:02-09]]	{{o:PostNL}}	sorteerder	online	afgewezen
[[d:05-09]]	{{o:Bol}}	orderpicker	via {{o:Randstad}}	geen reactie
[[d:12-09]]	{{o:De Jong Installatietechniek}}	magazijn	open sollicitatie	gesprek [[d:19-09]]
[[d:26-09]]	{{o:HTM}}	schoonmaker trams	online	afgewezen
=====
Uit het CV van mw. [[p:Dewi Soerjadi]] (bijlage bij aanvraag LKS):
"Geboren op [[d:14 mei 1990]] te Den Haag. Woonachtig [[a:Soestdijksekade 521]], [[pc:2574 AM]]. Ervaring als vakkenvuller bij {{o:Hoogvliet}} (2008-2010) en als gastvrouw bij {{o:Van der Valk}} Wassenaar (2011-2015). Hobby's: bakken, wandelen."
=====
Persoonlijk profiel (werkfit)
[[p:Rahel Berhane]], 34 jaar, moeder van 2
Woont: [[a:Zuidlarenstraat 60]], {{w:Bouwlust}}
Sterk: doorzetter, punctueel, samenwerken
Minder sterk: Nederlands schrijven, computer
Wil: schoonmaak of keuken, niet in het weekend (kinderen)
=====
CV-check voor WSP – tips van collega's: haal geboortedatum en BSN van het CV af als je het naar een uitzendbureau stuurt, die zijn niet nodig en worden soms doorgestuurd aan klanten. Een 06-nummer en e-mail zijn genoeg. Adres: alleen woonplaats.
=====
[[p:Ivaylo Georgiev]]
CV
Date of birth: [[d:09/03/1987]]
Address: [[a:Loosduinseweg 212-3]], [[pc:2571 AP]] Den Haag
Phone: [[t:+31 6 1744 2081]]
Email: [[e:ivaylo.georgiev87@abv.bg]]
Experience:
2021 – now  Production worker, {{o:Bakker Vleeswaren}}, {{w:Rijswijk}}
2017 – 2021 Butcher, {{o:Kaufland}} Plovdiv
Languages: Bulgarian (native), Russian, English (basic), Dutch (A1)
=====
Sollicitatiebrief (concept, samen met mw. [[p:Noori]] geschreven)

[[p:Fereshta Noori]]
[[a:Meppelweg 812]]
[[pc:2544 AX]] Den Haag

Aan {{o:Groen Kinderopvang}}
t.a.v. mevrouw [[p:C. Groen]]

Den Haag, [[d:18 november 2024]]

Geachte mevrouw [[p:Groen]],

Met veel plezier solliciteer ik naar de BBL-plek als groepshulp. In Afghanistan heb ik drie jaar verpleegkunde gestudeerd en ik heb veel voor de kinderen van mijn familie gezorgd...
=====
Sollicitaties [[p:Sjaak Visser]] – mei (opgave voor {{o:UWV}})
1. [[d:6 mei]] – {{o:Transportbedrijf Mulder}}, magazijnmedewerker – brief
2. [[d:21 mei]] – {{o:Van der Helm Bouwmaterialen}}, chauffeur BE – telefonisch, mevrouw [[p:Van der Helm]] zei: 'we bellen u'
=====
CV-fragment (LinkedIn-profiel van cliënt, gedeeld door {{r:jobcoach}})
[[p:Michelle Lim]] · Administratief medewerker · {{w:Den Haag}}
Ervaring: {{o:Chinees-Indisch restaurant Lotus}} (familiebedrijf), 2015–2023, boekhouding en kassa
Opleiding: MBO-4 Financiële administratie, {{o:ROC Mondriaan}}, 2014
=====
Formulier 'Opgave werkervaring' (aanvraag PW)
Naam aanvrager: [[p:Patrick Hoek]]       BSN: [[b:548028989]]
Geboortedatum: [[d:27-12-1975]]          Burgerlijke staat: gescheiden
Adres: [[a:Zonnebloemstraat 300]], [[pc:2565 RD]] Den Haag
Laatste werkgever: {{o:De Jong Installatietechniek}} (8 jaar)
Daarvoor: {{o:Hoek & Zn. Dakwerken}} (familie, 1993–2016)
Opmerking: geen familie van de werkgever {{o:Hoek Schoonmaakdiensten}}.
=====
CV [[p:Mahmoud Al-Hassan]]
- geb. [[d:1 januari 1979]], Homs (Syrië)
- adres: [[a:Schalk Burgerstraat 230]], [[pc:2572 TH]]
- 15 jaar eigen kledingwinkel in Homs
- 2019–2021 vrijwilliger bij {{o:Vluchtelingenwerk}}
- wil: ondernemen (eigen winkel) → BBZ-traject?
=====
Overzicht sollicitaties (via werk.nl gedownload)
Week 14: {{o:Albert Heijn}} (vakkenvuller) – verstuurd
Week 15: {{o:Jumbo}} (kassa) – verstuurd
Week 16: geen
Week 17: {{o:Action}} (winkelmedewerker) – uitgenodigd gesprek
""")
# ---------------------------------------------------------------------------
# 8. Wijkteam case notes and MDO's about work and income
# ---------------------------------------------------------------------------
add(r"""
SWT {{w:Transvaal}} – casusoverleg [[d:20-03-2024]]
Casus: fam. [[p:Amrani]], [[a:Kempstraat 208]]
Dhr. [[p:Said Amrani]] (58) is sinds 2 jaar ziek uit dienst bij {{o:HTM}}, nu WIA-aanvraag. Mw. [[p:Zohra Amrani]] werkt niet, spreekt weinig Nederlands. 3 kinderen, oudste ([[p:Bilal]], 19) werkt bij {{o:Jumbo}} en betaalt mee aan de huur.
Probleem: gat in inkomen tussen einde loondoorbetaling ([[d:1 april]]) en WIA-besluit. Bijstand? Vermogen: ze hebben spaargeld voor de bedevaart (€ 9.000), boven de grens.
Acties: [[p:Hanan]] belt UWV over voorschot WIA; [[p:Jeroen]] ({{r:klantmanager}}) kijkt of er een overbrugging kan.
=====
Casusles (geanonimiseerd) – thema werk en inkomen
Een alleenstaande vader met drie kinderen verloor zijn baan in de bouw en kwam in de bijstand. Hij wilde absoluut aan het werk, maar de sollicitatieplicht van 4 brieven per maand leverde niets op, want hij kon niet goed schrijven. Wat werkte: de {{r:klantmanager}} en de {{r:maatschappelijk werker}} van het wijkteam spraken af dat hij in plaats van brieven twee keer per maand met een {{r:jobcoach}} bij bouwbedrijven langsging. Binnen drie maanden had hij een leer-werkplek. Les: spreek verplichtingen af die passen bij wat iemand kan.
=====
MDO {{w:Moerwijk}} [[d:di 5 nov.]]
Aanwezig: [[p:Samira Aoulad]] (SWT), [[p:Fenna Dekker]] ({{r:inkomensconsulent}}), [[p:Kelly Hoogstraten]] ({{o:Toekomstwerkt}}), [[p:B. Janssens]] ({{r:sociaal raadsman}})
1. [[p:Roy Sitaldin]] – werkt via {{o:Tempo-Team}} bij {{o:Coolblue}}, bijstand opgeschort. Vraag: wat als hij na 3 mnd wordt weggestuurd? → snel heraanmelden, geen nieuwe wachttijd als binnen 6 mnd.
2. [[p:Chantal Doelwijt]] – uitkomst rechtmatigheidsonderzoek: geen gezamenlijke huishouding. Wel waarschuwing. Mw. is opgelucht.
3. [[p:Faduma Ali Hassan]] – terugvordering € 1.148 (verblijf buitenland). Betalingsregeling € 25 p/m afgesproken, dossier [[z:TV-2024-08812]].
=====
notitie [[p:hanan]] – huisbezoek bij [[p:Amrani]], [[d:11 april]]
UWV heeft voorschot toegezegd, € 900 per maand tot het WIA-besluit. Dhr. huilde, hij schaamde zich om geen loon te hebben. Mw. vroeg of zij kan gaan werken; ze kookt goed. Idee: contact met {{o:Buurtkeuken De Kade}} in {{w:Transvaal}}, daar werken vrouwen met behoud van uitkering. Later.
=====
Teamoverleg SWT {{w:Escamp}}, punt 4: 'Vroegsignalering werk'
Steeds meer werkende armen bij het spreekuur: mensen met een baan via uitzendbureau, flexcontract of nuluren, die toch niet rondkomen. Voorstel: een vast spreekuur met een {{r:klantmanager}} van {{o:SZW}} en iemand van het {{o:Werkgeversservicepunt}}, om de week in het {{o:Servicepunt XL}}. Besluit: proef van 3 maanden vanaf januari.
=====
Aantekening [[p:Wendy]]: gesprek met [[p:Sjaak Visser]] en zijn zus [[p:Tineke Groen-Visser]]. [[p:Sjaak]] heeft de transitievergoeding toch aan zijn zoon gegeven (€ 15.000). [[p:Tineke]] maakt zich zorgen: straks WW op, dan geen bijstand omdat hij het geld 'verwijtbaar' heeft weggegeven? Navragen bij {{o:Werk en Inkomen}} hoe ze daarmee omgaan (art. 15 PW?).
=====
Verslag keukentafelgesprek [[d:16-10-2024]] bij [[p:Lina Khalil]], [[a:Rijswijkseweg 455]], [[pc:2516 HV]]
Mw. is alleenstaand met 2 kinderen (4 en 7). Ze moet 12 uur per week naar {{o:Toekomstwerkt}} maar heeft geen kinderopvang voor de jongste op woensdag. Daardoor vaak afwezig, en nu dreigt een maatregel. Afspraak: ik (SWT) bel haar {{r:klantmanager}} [[p:Esra Güler]] om het rooster aan te passen en we vragen KOT aan ({{o:Belastingdienst}}). Ex-man [[p:Tarek]] betaalt geen alimentatie; verhaal via gemeente?
=====
Tel. [[p:Esra Güler]] terug: rooster [[p:Khalil]] wordt di+do ochtend. Geen maatregel. Alimentatie: gemeente start verhaal bij de ex, ze hebben zijn gegevens nodig. Mw. weet alleen dat hij in Duitsland woont, ongeveer in Düsseldorf. Geen adres.
=====
SWT {{w:Mariahoeve}}, notitie [[d:7 mei]]: mevrouw [[p:Hoogstraten]] (63) heeft haar baan als secretaresse bij {{o:Notariskantoor Winter & Vos}} verloren na reorganisatie. Ze is bang om 'in de bijstand te vallen' en schaamt zich. Ik heb uitgelegd: eerst WW, daarna mogelijk IOAW. Ze wil niet dat haar buren het weten. Heeft een eigen huis → vermogen in de woning, bij IOAW geen vermogenstoets.
=====
Notitie na spreekuur [[d:wo 3-7]]:
- [[p:Rasha Aldeeb]]: wil een eigen naaiatelier, vraagt naar BBZ → doorverwezen naar {{o:IMK}}/{{o:Ondernemersloket}}
- dhr. [[p:Huang]]: vraagt of hij met zijn AOW nog mag werken in het restaurant van zijn zoon → ja, maar doorgeven aan {{o:SVB}} als hij AIO krijgt
- anoniem (vrouw, ca 40): werkt zwart in de schoonmaak naast bijstand, wil 'eerlijk worden'. Uitgelegd wat er gebeurt als ze het zelf meldt. Ze komt terug.
=====
[[d:18-06-2024]] overdracht {{r:jongerenwerker}} → SWT
[[p:Jordy Pinas]] (19) is gestopt met zijn mbo-opleiding en heeft geen inkomen. Woont bij oma [[p:Elly Pinas]] op [[a:Apeldoornselaan 1206]]. Jongerenloket {{o:Jongerenpunt}} is gebeld; voor jongeren < 27 geldt eerst een zoektermijn van 4 weken voordat bijstand kan worden aangevraagd. Advies: eerst terug naar school ({{o:ROC Mondriaan}}, entree) of werk via {{o:Jongerenpunt}}.
=====
Evaluatie samenwerking wijkteam – Werk en Inkomen (intern, {{w:Laak}})
Wat goed gaat: korte lijnen met twee vaste {{r:klantmanagers}}, warme overdracht, gezamenlijke huisbezoeken.
Wat beter kan: maatregelen worden opgelegd zonder dat het wijkteam het weet, terwijl we juist dan kunnen helpen. Afspraak: bij een voorgenomen maatregel van een cliënt die bij ons bekend is, belt W&I eerst de {{r:casusregisseur}}.
=====
[[p:Ilona]], kun je even kijken naar [[p:Danny de Vos]] zijn zorgtoeslag? Hij verdient nu via {{o:Haeghe Groep}} € 1.980 bruto maar de toeslag staat nog op bijstandsniveau. Dan krijgt hij straks een terugvordering. BSN [[b:524 269 749]]. Dank, [[p:Wendy]]
=====
Dossiernotitie SWT [[z:SWT-SEG-2024-0219]]
[[d:09-01-2024]] aanmelding via {{r:huisarts}} (dr. [[p:Ramdin]]): [[p:Kenan Öztürk]], 38, rugklachten, somber, bijstand sinds 2022, woont bij broer
[[d:16-01-2024]] eerste gesprek: schulden ca € 14.000 (zorgverzekering, {{o:CJIB}}, telefoon), geen overzicht
[[d:30-01-2024]] aanmelding schuldhulp
[[d:14-02-2024]] samen naar de afspraak met de {{r:klantmanager}} (sollicitatieplicht, medische stukken)
[[d:27-02-2024]] verklaring huisarts ingeleverd bij W&I → tijdelijke ontheffing 3 mnd
=====
Stukje voor de nieuwsbrief van het wijkteam (concept, namen weglaten!):
Een van onze bewoners uit {{w:Spoorwijk}}, een man van 52, werkt sinds kort als conciërge op een basisschool. Twee jaar geleden zat hij nog thuis met schulden en een depressie. 'Het wijkteam en mijn {{r:jobcoach}} bleven in mij geloven,' zegt hij. Inmiddels heeft hij een vast contract.
=====
Overleg wijkteam + W&I over klant [[p:Jairo Rosalia]], [[d:2-10]]:
[[p:Jairo]] (25, Curaçao) verzuimt veel bij {{o:Stap Verder Re-integratie}}, lijkt te gebruiken (cannabis). Moeder [[p:Yvette Rosalia]] belde ons ongerust. W&I wil maatregel; wij vragen uitstel en verwijzing naar {{o:Brijder}} eerst. Afspraak: 6 weken uitstel, daarna evaluatie. Contact moeder: [[t:06 - 14 50 72 86]].
=====
Aanmelding {{o:Schuldhulp Den Haag}} door SWT
Aanvrager: [[p:Patrick Hoek]], [[d:27-12-1975]], BSN [[b:543651794]]
Inkomen: WW ({{o:UWV}}) € 1.742 netto tot [[d:14-02-2026]]; daarna onzeker
Schulden: hypotheekrestschuld na scheiding ({{o:Rabobank}}), belastingschuld, alimentatie-achterstand aan ex-partner [[p:Mandy Winter]]
Relatienummer {{o:Rabobank}}: [[z:REL 3019 4482]]
=====
Casusles (voor de pilot, anoniem): 'Niet de sollicitatieplicht maar de rekeningen'
Een vrouw van 45 met een bijstandsuitkering kwam steeds niet op afspraken bij re-integratie. Dat leek onwil. Bij een huisbezoek bleek dat ze haar post niet opende uit angst: er lagen 60 ongeopende brieven. Na het sorteren en het regelen van budgetbeheer ging ze wel naar haar traject. Les: vraag bij verzuim eerst naar de post en de geldzorgen.
=====
notitie SWT — dhr [[p:Abdiqani Mohamed]] belt: zijn loon bij {{o:Hoek Schoonmaakdiensten}} is te laat (niet op [[d:25-11]] maar pas op [[d:2-12]]), daardoor huur te laat bij {{o:Staedion}}. Ik heb {{o:Staedion}} gebeld (huurcontractnr [[z:STD-0094-11873]]), geen aanmaningskosten als hij vóór [[d:5 december]] betaalt.
""")
# ---------------------------------------------------------------------------
# 9. Bezwaar, sociaal raadslieden, inkomstenopgaven, forms
# ---------------------------------------------------------------------------
add(r"""
[[p:M. Al-Hassan]]
[[a:Schalk Burgerstraat 230]]
[[pc:2572 TH]] Den Haag
klantnummer [[z:3018-554-02]]

Aan het college van B&W van Den Haag
Postbus 12600
2500 DJ Den Haag

Den Haag, [[d:23 augustus 2024]]

Betreft: bezwaar tegen besluit van [[d:12 augustus 2024]] (kenmerk [[z:SZW/WI/2024/088412]])

Geacht college,

Ik maak bezwaar tegen de verlaging van mijn uitkering. Ik heb de uitnodiging voor het gesprek op [[d:6 augustus]] nooit ontvangen. Mijn naam staat niet op de brievenbus omdat de vorige bewoner zijn bordje er nog op heeft; ik heb dat al in juni aan mijn {{r:klantmanager}} gemeld.

Ik verzoek u het besluit in te trekken.

Hoogachtend,
[[p:Mahmoud Al-Hassan]]
(opgesteld met hulp van {{o:Sociaal Raadslieden}}, dhr. [[p:Janssens]])
=====
Opgave inkomsten – maand oktober 2024
Naam: [[p:Derya Aksoy]]            Klantnummer: [[z:90331572]]
Heeft u inkomsten gehad?  ☒ ja  ☐ nee
Van wie: {{o:Randstad}} (periode 10) en {{o:Albert Heijn}} ({{w:Leyenburg}})
Bedrag netto: € 1.318,44 en € 402,10
Wijzigingen in uw situatie: geen
Handtekening: [[p:D. Aksoy]]     Datum: [[d:04-11-2024]]
=====
Inkomstenformulier (deels ingevuld door wijkteam samen met kl.)
naam [[p:ruthmila koeiman]]
bsn [[b:221189397]]
maand: sept
werkgever: {{o:Koster Bakkerijen}}
netto loon: 1.146,20
vakantiegeld: nee
anders: kinderalimentatie van [[p:Glenn Martis]] (vader jongste) € 175 — NIET meetellen? → navragen, kinderalimentatie telt niet mee als inkomen
=====
Van: [[p:B. Janssens]] <[[e:b.janssens@sociaalraadslieden-dh.nl]]>
Aan: [[p:Hanan Bouzid]]
Onderwerp: RE: [[p:Al-Hassan]] bezwaar

> [[p:Hanan]] schreef op [[d:2 sep. 2024]] om 09:14:
> Is er al nieuws over het bezwaar van meneer [[p:Al-Hassan]]? Hij belt me elke dag.

Hoi [[p:Hanan]],
Hoorzitting is op [[d:1 oktober]]. Ik ga mee. Het ziet er goed uit: de gemeente heeft intern al erkend dat er een verkeerd adres in het systeem stond ([[a:Schalk Burgerstraat 320]] in plaats van 230). Ik verwacht dat het besluit wordt herzien.
[[p:Bart]]
=====
Beslissing op bezwaar – [[z:BZW-24-5531]]
Het bezwaar van de heer [[p:M. Al-Hassan]] is gegrond. Het besluit van [[d:12 augustus 2024]] wordt herroepen. De ingehouden € 1.091,76 wordt binnen 10 werkdagen nabetaald. Proceskostenvergoeding: niet van toepassing (gemachtigde is geen professionele rechtshulpverlener).
=====
[[p:Koleva]] wil bezwaar maken tegen de boete (€ 450) maar de termijn is verlopen (besluit [[d:27 september]], nu [[d:19 november]]). Sociaal raadsman zegt: toch indienen met uitleg (ze was in Bulgarije voor begrafenis vader, van [[d:4 oktober]] tot [[d:30 oktober]]) – verschoonbare termijnoverschrijding. Kopie overlijdensakte meesturen.
=====
Formulier 'Wijziging doorgeven'
Klantnummer: [[z:5571-903-16]]
Naam: [[p:Y. Tekle]]
Wat verandert: ☒ adres  ☐ werk  ☐ samenwonen
Nieuw adres: [[a:Melis Stokelaan 2145 C]]
Postcode: [[pc:2541 HJ]]
Per: [[d:01-11-2024]]
=====
Aanvraag bijzondere bijstand – woonkosten
Aanvrager: [[p:Chantal Doelwijt]], geb. [[d:08-08-1988]]
BSN: [[b:4735 14 503]]
IBAN: [[i:NL37TRIO4546866030]]
Reden: huurverhoging en achterstand door inhouding na rechtmatigheidsonderzoek
Bijlagen: huurspecificatie {{o:Haag Wonen}} (contractnr [[z:HW-2230-51904]]), bankafschriften
Ingevuld met hulp van: [[p:Samira Aoulad]], SWT {{w:Moerwijk}}
=====
Hi [[p:Samira]], formulier [[p:Doelwijt]] ontvangen maar de BSN lijkt niet te kloppen ([[b:2457 11 509]]?). Kun je hem checken? Groet, [[p:Fenna]]
=====
RE: bsn [[p:Doelwijt]]
Sorry, typfout, het is [[b:473514503]]. Ik heb het formulier verbeterd. [[p:S.]]
=====
Verzoek om kwijtschelding terugvordering
Geachte heer/mevrouw,
Namens mijn cliënte, mevrouw [[p:F. Ali Hassan]] (klantnummer [[z:2209-817-40]]), verzoek ik u de terugvordering van € 1.148 (besluit [[d:20 november 2024]]) kwijt te schelden. Mevrouw heeft al jaren geen afloscapaciteit, heeft vier kinderen en is analfabeet; zij wist niet dat een verblijf in het buitenland gemeld moest worden.
Met vriendelijke groet,
[[p:S. Aoulad]], {{r:maatschappelijk werker}} SWT {{w:Moerwijk}}
=====
Machtiging
Ik, [[p:Hristo Todorov]], geboren [[d:11 maart 1979]], wonend [[a:Newtonstraat 212-A]], [[pc:2562 KW]] Den Haag, machtig hierbij [[p:Desislava Ivanova]] (SWT {{w:Segbroek}}) om namens mij informatie op te vragen bij {{o:UWV}} en {{o:Gemeente Den Haag}} over mijn WW en bijstand.
Datum: [[d:04-10-2024]]   Handtekening: ..........
=====
Vraag in de groep: weet iemand of een vrijwilligersvergoeding van {{o:Stichting Mooi}} (€ 180/mnd) opgegeven moet worden aan de gemeente? Cliënt is bang voor een terugvordering. Antwoord [[p:Fenna]]: ja opgeven, maar tot € 210 per maand wordt het niet gekort.
=====
Aan: {{o:UWV}} afdeling Bezwaar en Beroep
Betreft: bezwaar tegen WW-maatregel, BSN [[b:83569243]]

(noot wijkteam: er mist een cijfer in het BSN op de kopie, cliënt [[p:N. de Wit]] belt zelf UWV)
=====
Jaarlijkse heronderzoek-vragenlijst (ingevuld) – [[p:Said Amrani]]
Woont u nog op [[a:Kempstraat 208]]? ja
Wonen er andere mensen bij u? ja: echtgenote [[p:Zohra]], kinderen [[p:Bilal]] ([[d:12-02-2005]]), [[p:Nora]] ([[d:30-09-2008]]), [[p:Yassin]] ([[d:03-03-2013]])
Heeft u vermogen boven € 7.605? nee (na aftrek van betaling [[d:1 mei]])
Bent u in het buitenland geweest? ja, Marokko [[d:15 juli]] – [[d:5 augustus]] (gemeld)
""")
# ---------------------------------------------------------------------------
# 10. Short messages, e-mails with signatures, quick notes
# ---------------------------------------------------------------------------
add(r"""
bel [[p:fenna]] ivm [[p:koeiman]] alimentatie
=====
@[[p:Jeroen]] kl. [[p:Arslan]] komt ma niet, ziek. Hij belde mij ipv jou.
=====
[[p:Öztürk]] – bankafschriften binnen ✔
=====
Reminder: [[d:vrijdag 8/11]] 14u driegesprek [[p:Noori]] bij {{o:Groen Kinderopvang}}.
=====
[[z:WI-2024-003318]] → herberekening na inkomsten [[p:Wróbel]] juni, graag voor [[d:15/7]] (periode afsluiting)
=====
kl belt: uitkering niet ontvangen. Check: betaald op [[d:24-06]] naar [[i:NL95 ABNA 2774 2525 88]]. Kl. kijkt opnieuw.
=====
Tel. [[t:06 - 27 55 10 94]] (dochter van dhr. [[p:Huang]], [[p:Mei]]) terugbellen na 17:00
=====
Hoi, ik ben [[p:Naima]] van {{o:Olympia}}, de kandidaat [[p:Koleva]] is morgen niet op werk verschenen, weten jullie iets? [[t:06-18 03 92 64]]
=====
FYI: de {{r:verzekeringsarts}} van UWV heeft [[p:Amrani]] 'geen duurzaam benutbare mogelijkheden' gegeven → IVA. Uitkering met terugwerkende kracht per [[d:1 april]]. 🎉
=====
graag LKS-beschikking [[p:Mohamed]] sturen naar werkgever: [[e:administratie@hoekschoonmaak.nl]]
=====
mw [[p:wróbel]] 3x niet verschenen taalles, {{o:Taalhuis}} gebeld, blijkt dat ze werkt (ochtenddienst distributiecentrum). Doorgeven aan klm!
=====
Terugbelverzoek 14 070: mw. [[p:Sultani]] wil weten waarom uitkering lager is. Nr: [[t:0687291034]]
=====
Afspraak verzet: [[p:Tjon-A-Fat]] van [[d:di 10/9]] naar [[d:do 12/9]] 11:00, zelfde locatie.
=====
Beste [[p:Koen]], [[p:Yonatan]] heeft zijn rijbewijs B gehaald!! Groet [[p:Tom]]
=====
[[p:Todorov]] – WW-aanvraag gedaan [[d:18-10]], ontvangstbevestiging met nummer [[z:1-WW-8830492]]
=====
Sms aan cliënt (verstuurd [[d:3 juni]] 09:12): "Goedemorgen meneer [[p:Mazur]], uw briefadres is goedgekeurd. U kunt post ophalen bij {{o:Kessler Stichting}}. Groet, wijkteam {{w:Laak}}"
=====
Met vriendelijke groet,

[[p:Desislava Ivanova]]
{{r:maatschappelijk werker}} | Sociaal wijkzorgteam {{w:Segbroek}}
m [[t:06 - 43 90 12 77]] | e [[e:d.ivanova@swtdenhaag.nl]]
Aanwezig: ma, di, do
=====
--
[[p:Jeroen Smit]]
{{r:werkconsulent}} | {{o:Gemeente Den Haag}} – {{o:Werk en Inkomen}}
T 14 070 | M [[t:06 19 84 26 03]]
=====
Hallo [[p:Birgit]],
Dank voor je mail. Ik zal [[p:Dariusz]] uitnodigen voor de intake van de {{o:Kessler Stichting}}, briefadres aanvraag loopt. Zijn Poolse rekening ([[i:PL57 2591 9078 6112 4482 1225 4940]]? nee die is van een andere klant, sorry) – we wachten op zijn nieuwe bankpas.
[[p:Jeroen]]
=====
Onderwerp: [[p:Pengel]] – beroep
Hoi [[p:Hanan]], mw. [[p:Pengel]] wil in beroep tegen de WIA-beslissing. Het {{o:Juridisch Loket}} kan niet helpen, te druk. Ken jij een advocaat sociale zekerheid met toevoeging? Mw. heeft alleen deze week tijd, [[d:donderdag 17 oktober]] kan ik mee.
=====
notitie: [[p:Dennis Hoek]] (geen familie van [[p:Patrick Hoek]]!) meldt zich voor spreekuur, vraag over WW na faillissement {{o:Winter Bouw}}. Loongarantieregeling UWV. Volgende week.
=====
klant [[p:Marcel T.]] heeft nieuwe mail: [[e:marcel.tjonafat@gmail.com]]
=====
Graag bezwaar [[p:Koleva]] in behandeling nemen ondanks termijn; bijlage: overlijdensakte (Sofia, [[d:04.10.2024]]).
=====
Uitbetaling vakantiegeld bijstand in mei: aan alle klanten. Geen actie nodig.
=====
Memo aan {{r:teamleider}}: in week 45 zijn de {{r:klantmanagers}} van team {{w:Escamp}} op cursus. Spoed via het algemene nummer van W&I.
=====
[[p:Rasha]] heeft een e-mail gestuurd met haar ondernemersplan: [[e:rasha.aldeeb.atelier@gmail.com]]. Doorsturen naar {{o:IMK}}, t.a.v. mevrouw [[p:Koning]] ({{r:bedrijfsadviseur}}).
""")
# ---------------------------------------------------------------------------
# 11. No personal data: policy notes, look-alikes (amounts, articles, rooms,
#     general lines, PO boxes, years, weeks, percentages)
# ---------------------------------------------------------------------------
add(r"""
Normbedragen Participatiewet (netto per maand, incl. vakantietoeslag), 2e halfjaar:
| situatie                  | bedrag     |
|---------------------------|------------|
| alleenstaande 21+         | € 1.273,54 |
| gehuwden 21+              | € 1.819,34 |
| kostendeler (2 personen)  | €   909,67 |
Let op: jongeren 18-20 krijgen een lagere norm (art. 20 PW).
=====
Werkinstructie maatregelen (intern, versie 3.2, 2024)
1. Stel vast welke verplichting niet is nagekomen (art. 9 lid 1 sub a/b PW).
2. Hoor de klant (art. 18 lid 2, Verordening art. 4).
3. Bepaal de hoogte: 1e categorie 30% 1 maand, 2e categorie 100% 1 maand, 3e categorie 100% 3 maanden.
4. Toets dringende redenen (art. 18 lid 1): schulden, gezondheid, zorg voor kinderen.
5. Overleg bij twijfel met het wijkteam (zie afspraak Q3).
=====
Spreekuur Werk & Inkomen in het wijkcentrum: elke dinsdag 9.30-12.00 uur, kamer 1.08 (begane grond, naast de bibliotheek). Geen afspraak nodig. Telefonisch: 14 070 (kies optie 3). Post: Postbus 12652, 2500 DP Den Haag.
=====
Vraag van een collega: hoe zit het met de 26-wekeneis voor de WW bij uitzendkrachten? Antwoord: iemand moet in de 36 weken voor de werkloosheid minstens 26 weken hebben gewerkt. Bij uitzendwerk in fase A met een uitzendbeding telt elke week waarin minstens 1 uur is gewerkt. Daarna: 3 maanden WW, plus 1 maand per jaar arbeidsverleden (vanaf het 11e jaar een halve maand).
=====
Kengetallen wijkteams Q2: 312 nieuwe aanmeldingen, waarvan 41% met een vraag over werk of inkomen. Gemiddelde doorlooptijd aanvraag bijstand: 6,2 weken. 18% van de cliënten met een uitkering heeft een maatregel gehad in de afgelopen 12 maanden. In {{w:Laak}} en {{w:Moerwijk}} is dat percentage hoger (24%).
=====
Uit de training 'Werken met de Participatiewet' (dagdeel 2, 14.00-16.30 uur, zaal 3.12):
- arbeidsverplichtingen en ontheffingen
- kostendelersnorm en jongerennorm
- inlichtingenplicht en terugvordering (art. 17 en 58)
- de rol van het wijkteam bij een voorgenomen maatregel
Sprekers: een {{r:klantmanager}} en een {{r:sociaal raadsman}}.
=====
Let op bij uitzendcontracten: fase A (78 weken), fase B (max. 6 contracten in 4 jaar), fase C (vast). Veel cliënten denken dat 'fase A' een vast contract is. Leg het verschil uit bij elk gesprek over werk.
=====
Beschut werk in cijfers: in 2023 kregen 146 Haagse inwoners een positief advies beschut werk van {{o:UWV}}; 118 van hen zijn aan de slag bij {{o:Haeghe Groep}} of een reguliere werkgever. De wachttijd tussen advies en start is gemiddeld 11 weken.
=====
Bereikbaarheid partners (algemene nummers, voor de wijkteams):
{{o:UWV}} Werknemers: 088 - 898 92 94
{{o:SVB}}: 070 - 376 56 56
{{o:Gemeente Den Haag}}: 14 070
{{o:Juridisch Loket}}: 0900 - 8020
""")
# ---------------------------------------------------------------------------
# 12. Longer mixed texts (timelines, e-mail chains, several parties)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Wendy Zuidgeest]]
Verzonden: [[d:dinsdag 5 november 2024]] 11:42
Aan: [[p:Ilona Kraaijeveld]]; [[p:Joost Verhoef]]
CC: [[p:Ria de Vos]] <[[e:riadevos1964@ziggo.nl]]>
Onderwerp: RE: RE: [[p:Danny]] – overstap fietsenherstel + zorgtoeslag

Hoi allemaal,

Fijn dat [[p:Danny]] gisteren is begonnen bij fietsenherstel! Zijn moeder vertelde dat hij thuis aan tafel alleen nog maar over fietsen praat. 😊

Twee praktische punten:
1. Zorgtoeslag: ik heb samen met [[p:Ria]] het inkomen aangepast in Mijn toeslagen (geschat jaarinkomen € 24.100). Nieuwe beschikking volgt.
2. Vervoer: bus van {{o:HTM Personenvervoer}} is sinds [[d:28 oktober]] wel op tijd. Klacht [[z:HTMPV-24-30918]] mag dicht.

Groet,
[[p:Wendy]]

-----Oorspronkelijk bericht-----
Van: [[p:Joost Verhoef]]
Verzonden: [[d:maandag 4 november 2024]] 16:20
Onderwerp: RE: [[p:Danny]] – overstap fietsenherstel

Eerste dag goed gegaan. Hij heeft 3 banden geplakt en een ketting vervangen. Morgen verder. [[p:Joost]]
=====
Tijdlijn [[p:Ricardo Winklaar]] (opgesteld door SWT {{w:Transvaal}} voor het bezwaar, met toestemming)
[[d:14-03-2022]]  ziek uit dienst bij {{o:Koning Bouw B.V.}} (hernia)
[[d:02-05-2022]]  operatie {{o:Haaglanden MC}}
okt 2022        re-integratie 2e spoor via {{o:Agens}}, stopt na 4 mnd
[[d:27-05-2024]]  WIA-beslissing: WGA 52,8%
[[d:01-10-2024]]  WGA-vervolguitkering, aanvullende bijstand aangevraagd (klnr [[z:6183-220-05]])
[[d:15-10-2024]]  proefplaatsing bij {{o:Koning Bouw}}, 12 uur, administratie uitvoering
Partner: [[p:Shirley Pengel]] (zie eigen dossier, WIA-bezwaar)
Adres: [[a:Kamperfoeliestraat 96]], [[pc:2563 TJ]]
=====
Verslag gezamenlijk huisbezoek W&I + SWT
Datum: [[d:13 juni 2024]], 10:00-11:15
Klant: [[p:Rasha Aldeeb]], [[a:Spinozastraat 88]], [[pc:2525 BZ]] ({{w:Schilderswijk}})
Aanwezig: [[p:Esra Güler]] ({{r:klantmanager}}), [[p:Samira Aoulad]] ({{r:wijkcoach}}), tolk Arabisch (via {{o:Tolk- en Vertaalcentrum}})
Situatie: mw. (41) woont sinds 2020 in NL met haar man [[p:Nabil Aldeeb]] en 3 kinderen. Man werkt als bezorger via een platform (zzp), inkomsten wisselen € 600 - € 1.400 per maand. Gezin krijgt aanvullende bijstand. Mw. naait kleding voor vrouwen uit de buurt en krijgt daar soms geld voor – nooit opgegeven.
Besproken: mw. wil een eigen atelier. Uitgelegd: eerst de huidige inkomsten opgeven (geen boete bij eigen melding, wel verrekening), daarna BBZ-onderzoek via {{o:IMK}}.
Afspraken:
- mw. geeft vóór [[d:1 juli]] een overzicht van naai-inkomsten 2024
- [[p:Nabil]] levert de uitbetalingsoverzichten van het platform in
- [[p:Samira]] helpt met het ondernemersplan
=====
Gespreksverslag arbeidsdeskundig onderzoek (kopie cliënt)
Naam: [[p:Said Amrani]]   BSN: [[b:614454165]]   Dossier UWV: [[z:WIA-2024-330917-SA]]
Datum onderzoek: [[d:22 mei 2024]]
Werkgever: {{o:HTM}}, functie buschauffeur (38 uur), in dienst sinds [[d:01-03-1999]]
Bevindingen: cliënt heeft hartklachten en diabetes, mag volgens de {{r:verzekeringsarts}} (dr. [[p:E. Koning]]) niet meer beroepsmatig rijden. Geen passende functies bij de eigen werkgever. Loonwaarde in gangbare functies nihil gelet op de beperkingen.
Conclusie: volledig en duurzaam arbeidsongeschikt (IVA).
=====
Aanvulling op zorgplan [[z:SWT-TRV-2024-0088]] – werk & inkomen
Cliënt: [[p:Yonatan Tekle]]
Doelen:
1. financieel: alle post binnen 1 week openen en met [[p:Filmon]] bespreken; huurtoeslag en zorgtoeslag op nieuw adres ([[a:Melis Stokelaan 2145 C]])
2. werk: leerwerkplek fietsenmaker afronden, mbo-1 starten in februari
3. sociaal: voetbal bij {{o:HVV Laakkwartier}} (contributie via Ooievaarspas)
Evaluatie: [[d:3 maart 2025]]
Betrokken: {{r:jobcoach}} [[p:T. Verschoor]] ([[t:06 - 22 71 40 19]]), {{r:klantmanager}} [[p:K. Zwart]], {{r:maatschappelijk werker}} [[p:Filmon Haile]]
=====
RE: vraag over inkomsten [[p:Michelle Lim]]

[[p:Jeroen]] schreef:
> Mw. werkt in het restaurant van haar ouders zonder loon. Is dat 'arbeid'?

[[p:Fenna]]:
Ja, meewerken in het bedrijf van familie kan als inkomsten worden gezien als er een beloning tegenover staat (ook in natura, bijv. eten, woonruimte). Vraag door: krijgt ze iets? Woont ze boven het restaurant ([[a:Prinsestraat 72-A]])? Dan de woonsituatie en de huurprijs nagaan.

[[p:Jeroen]]:
Ze woont inderdaad boven het restaurant, huurt van haar vader [[p:Lim Hong]] voor € 350. Ik plan een gesprek op [[d:woensdag 20 november]].
=====
Overdracht bij vertrek [[p:Jeroen Smit]] (laatste werkdag [[d:29-11-2024]]), caseload team {{w:Laak}}:
- [[p:Magdalena Wróbel]] ([[z:WI-2024-003318]]): werkt 24 u in DC, aanvullende bijstand, inkomsten elke maand verrekenen
- [[p:Dariusz Mazur]]: briefadres {{o:Kessler Stichting}}, bijstand in aanvraag, let op Poolse rekening
- [[p:Michelle Lim]]: onderzoek woonsituatie / meewerken in familiebedrijf, gesprek [[d:20-11]] geweest, rapport in concept
- [[p:Piotr Kamiński]] ([[z:WI-2023-118273]]): terugvordering € 212,13, verrekening loopt
- [[p:Gökhan Arslan]] ([[z:4471-098-22]]): via {{o:Start People}} aan het werk, bijstand opgeschort
Opvolger: [[p:Orlando Leito]] tot er een nieuwe {{r:klantmanager}} is.
=====
Brief van de {{r:bewindvoerder}} aan W&I
{{o:Bewindvoering Haaglanden}}
t.a.v. {{r:klantmanager}} van dhr. [[p:G. Arslan]]

Den Haag, [[d:2 mei 2024]]

Geachte heer, mevrouw,

Hierbij melden wij dat onze cliënt, de heer [[p:Gökhan Arslan]], geboren [[d:03-09-1985]], per [[d:8 april 2024]] werkzaam is via {{o:Start People}}. Wij verzoeken u de bijstand op te schorten en niet te beëindigen, omdat het uitzendcontract een uitzendbeding bevat. De loonstroken worden door ons elke 4 weken aangeleverd. De beheerrekening blijft [[i:NL29SNSB5611629474]].

Met vriendelijke groet,
mr. [[p:L. de Graaf]]
beschermingsbewindvoerder
=====
Verslag werkgeversbezoek [[d:do 21-11-2024]], {{o:Transportbedrijf Mulder}}, {{w:Wateringen}}
Aanwezig: dhr. [[p:Kees Mulder]] (eigenaar), [[p:Bart Janssens]] ({{r:accountmanager werkgevers}}), [[p:Hristo Todorov]] (werknemer)
- [[p:Hristo]] rijdt sinds [[d:1 november]] vaste routes naar {{w:Rotterdam}}. Dhr. [[p:Mulder]] is tevreden, wel moeite met de communicatie over planning (taal).
- Afspraak: [[p:Hristo]] volgt taalcursus via {{o:Taalhuis}}, werkgever betaalt de helft. Gemeente kan de rest vergoeden via het participatiebudget.
- Dhr. [[p:Mulder]] heeft nog 2 vacatures (chauffeur C/E). Kandidaten: [[p:Patrick Hoek]]? (heeft C maar geen E).
=====
[Notitie SWT, in het systeem geplakt uit WhatsApp, [[d:zaterdag 7 december]]]
[09:13] [[p:Chantal]]: ik heb de brief van de gemeente gekregen dat alles goed is. dank je wel [[p:samira]] voor alles 🙏
[09:40] [[p:Samira]]: Wat fijn [[p:Chantal]]! Je hebt het zelf gedaan hoor. Maandag bel ik even over de bijzondere bijstand.
[09:41] [[p:Chantal]]: ok. [[p:Roy]] wil ook een gesprek met jou over zijn werk bij {{o:coolblue}}. zijn nummer [[t:06 34 81 20 56]]
=====
Notitie handhaving (gedeeld met SWT na toestemming klant)
Signaal: anonieme melding [[d:02-07-2024]] dat klant [[p:Dewi Soerjadi]] zwart zou werken in een nagelstudio aan de [[a:Weimarstraat 130]].
Onderzoek: kl. verklaart dat ze daar alleen haar eigen nagels liet doen. Eigenaar [[p:Linh Tran]] bevestigt dit. Geen aanwijzingen voor werkzaamheden. Onderzoek gesloten, zaak [[z:HH-2024-0711]].
""")
# ---------------------------------------------------------------------------
# 13. More mixed notes: lazy typing, employers named like people, ISO dates
# ---------------------------------------------------------------------------
add(r"""
mw [[p:el ouali]] gebeld ivm ww uwv, loopt af [[d:2024-05-31]]. klantnr gem. [[z:5530-118-27]]. aanvraag pw samen doen op [[d:13/05/'24]], ze neemt jaaropgave mee. tel [[t:0612083347]]
=====
Notitie [[d:2024-06-03]] – [[p:Emre Yıldırım]] (24) werkt via {{o:Smit Transport}} als bijrijder. Geen familie van onze {{r:werkconsulent}} [[p:Smit]], wel handig om te weten voor de dossiervorming (geen belangenverstrengeling). Loon wordt wekelijks betaald, inkomsten lastig te verrekenen. Afgesproken: kl. levert elke vrijdag een foto van zijn loonstrook aan via [[e:werk.escamp@denhaag.nl]].
=====
Aanmelding wijkteam → Werk en Inkomen
Naam	[[p:Luwam Ghebreyesus]]
Geboren	[[d:19-09-1997]]
BSN	[[b:245 911 509]]
Adres	[[a:Hoefkade 312]]	[[pc:2526 BM]]	{{w:Schilderswijk}}
Tel	[[t:06 82 04 17 63]]
Vraag	bijstand na einde studiefinanciering (mbo-4 Zorg afgerond [[d:28 juni]]), wil werken als verzorgende IG
Verwijzer	[[p:Filmon Haile]], SWT {{w:Transvaal}}
=====
[[p:Johan Latuheru]] (59) is per [[d:1 augustus]] ontslagen bij {{o:Kok Horeca Groothandel}}. De eigenaar, meneer [[p:Kok]], heeft hem een vaststellingsovereenkomst laten tekenen zonder bedenktijd. Nu dreigt een WW-weigering (verwijtbaar werkloos?). Snel naar het {{o:Juridisch Loket}}. Dochter [[p:Ingrid Latuheru]] helpt, mail: [[e:ingrid.latuheru@kpnmail.nl]].
=====
UWV werkcoach [[p:Marcel de Bruijn]] → SWT: "[[p:Johan Latuheru]] heeft WW gekregen, de VSO was op initiatief van de werkgever en met een opzegtermijn. Kenmerk [[z:WW-2024-6120448]]. Hij moet nu wel starten met solliciteren: 4 activiteiten per 4 weken. Werkt hij mee met de workshop op [[d:12 september]]?"
=====
Gesprek met dhr. [[p:Wang]] ([[p:Wang Jun]], 61) en zijn dochter [[p:Xiu Ying]]. Dhr. werkt al 30 jaar in de keuken van restaurant {{o:De Gouden Draak}}, {{w:Centrum}}. Restaurant sluit per [[d:1 januari 2025]]. Nooit een loonstrook gehad, alles contant. Geen WW-rechten aantoonbaar. Mogelijk via polisadministratie toch loon bekend? Dochter vraagt een UWV-verzekeringsbericht op. Adres: [[a:Wagenstraat 102-B]], [[pc:2512 AX]].
=====
Rapportage sociale recherche (samenvatting voor SWT, met toestemming cliënt)
Zaak [[z:SR-2024-00381]]
Betrokkene: [[p:Omar Kassab]], [[d:5-5-1990]], BSN [[b:835 692 437]]
Adres: [[a:Zuidlarenstraat 112]], [[pc:2545 VJ]]
Aanleiding: bankmutaties van [[p:A. Kassab]] (broer) naar betrokkene, € 300 per maand
Conclusie: gift van familie voor levensonderhoud, wordt als inkomsten aangemerkt. Verrekening met terugwerkende kracht vanaf [[d:1 maart 2024]]. Geen boete (eerste keer, zelf toegelicht).
=====
hoi [[p:Wendy]], [[p:Danny]] zijn moeder belde, hij is zaterdag ... nee sorry, niks aan de hand, hij was alleen zijn pasje van {{o:Haeghe}} kwijt. Nieuw pasje aangevraagd bij [[p:Joost]]. gr [[p:Ilona]]
=====
Kort verslag intake {{o:Toekomstwerkt}} – [[p:Ashley Martis]]
geb. [[d:02/11/2000]] | [[a:Lorentzplein 9]] | [[t:06-13 77 20 58]]
Opleiding: havo-diploma, 1 jaar hbo Social Work (gestopt)
Belemmering: zorg voor zieke moeder, paniekaanvallen
Doel: 16 uur werk in administratie/klantenservice
Afspraak: start [[d:maandag 25 november]] in de groep 'Werkfit Kantoor', begeleider [[p:Kelly]]
=====
Van: [[p:Farid Noorzai]] <[[e:farid.noorzai@outlook.com]]>
Aan: wijkteam {{w:Escamp}}
Onderwerp: uitkering gestopt???

Goedenavond,
Mijn uitkering is gestopt en ik weet niet waarom. Ik werk 8 uur bij {{o:Visser Verhuizingen}} maar dat heb ik gewoon doorgegeven. Mijn klantnummer is [[z:6001-273-58]]. Ik woon op [[a:Vermeerstraat 14-hs]]. Kunt u mij helpen? Mijn vrouw is zwanger en we hebben geen geld voor de huur.
[[p:Farid]]
=====
Antwoord SWT ([[d:11-12-2024]]): Beste meneer [[p:Noorzai]], ik heb met uw {{r:klantmanager}} gebeld. De uitkering is niet gestopt maar aangehouden, omdat de loonstrook van {{o:Visser Verhuizingen}} over november ontbreekt. Als u die vandaag uploadt, wordt de uitkering binnen 3 werkdagen betaald. Lukt het niet? Kom morgen naar het spreekuur. Groet, [[p:Birgit Mol]]
=====
In de bijlage de getekende overeenkomst proefplaatsing voor [[p:Emre Yıldırım]] bij {{o:Smit Transport}}, looptijd [[d:10 juni]] t/m [[d:9 augustus 2024]], 32 uur, begeleider op de werkvloer dhr. [[p:R. de Groot]]. Geen loon, wel behoud van uitkering en een premie van € 100 per maand na afloop.
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        target.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup: %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"[\s.\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    if d.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h143-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout143.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check offsets and markup once more on the written file
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for sp in r["pii"] + r["keep"]:
                assert r["text"][sp["start"] : sp["end"]] == sp["text"], (r["id"], sp)
            for tok in ("[[", "]]", "{{", "}}"):
                assert tok not in r["text"], (r["id"], tok)
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print(
        "texts",
        len(rows),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
