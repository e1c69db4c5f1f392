#!/usr/bin/env python3
"""Held-out corpus 134: domestic violence and child abuse (huiselijk geweld en
kindermishandeling, de Meldcode): Veilig Thuis reports and feedback, Meldcode steps
written in a file, safety plans with the supporting network, notes from the
Zorg- en Veiligheidshuis, tijdelijk huisverbod records, shelter intake notes with a
secret address, risk-assessment summaries and checklists, messages of the wijkagent.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout134.jsonl next to itself.
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

# numbers that are deliberately typed wrongly (still personal data)
WRONG_CHECKSUM = {"NL12RABO0123456789", "23567401", "NL44INGB0007731265"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Meldcode steps written in the file (stap 1 t/m 5, afwegingskader)
# ---------------------------------------------------------------------------
add(r"""
MELDCODE HUISELIJK GEWELD EN KINDERMISHANDELING – vastlegging
Cliënt: [[p:Samira Bouchtaoui]] (geb. [[d:11-07-1991]])
Kinderen: [[p:Ilyas]] (6 jr, geb. [[d:02-02-2018]]), [[p:Lina]] (3 jr, geb. [[d:19-10-2020]])
Dossiernr: [[z:SWT-SP-2024-0612]]

Stap 1 – Signalen in kaart brengen
[[d:04-03-2024]]: mevrouw komt op het spreekuur met blauwe plek op linker onderarm, zegt "tegen de deur gelopen". [[p:Ilyas]] vertelt spontaan dat "papa boos was en met de stoel gooide".
[[d:07-03-2024]]: school ({{r:intern begeleider}} mw. [[p:Verhoef]]) belt: [[p:Ilyas]] is onrustig, slaapt slecht.
Stap 2 – Collegiale consultatie
Besproken met {{r:aandachtsfunctionaris}} [[p:Rutger Lammers]] op [[d:8 maart]]. Advies gevraagd bij {{o:Veilig Thuis Haaglanden}}, adviesnummer [[z:VT-ADV-24-01187]].
Stap 3 – Gesprek met cliënt
Gepland [[d:12-03]], zonder partner, met tolk Marokkaans-Arabisch.
=====
Stap 4 Meldcode – afwegingskader (ingevuld door [[p:Jolanda Speksnijder]], {{r:maatschappelijk werker}} {{o:SWT Transvaal}})

Afweging 1: Heb ik op basis van de stappen 1 t/m 3 een vermoeden van huiselijk geweld of kindermishandeling?  JA
Afweging 2: Is er sprake van acute onveiligheid en/of structurele onveiligheid?  NEE acuut / JA structureel (3e incident in 6 mnd)
=> Melden bij {{o:Veilig Thuis}} is noodzakelijk.
Afweging 3-5: n.v.t. want melden.

Gezin: moeder [[p:Kübra Aslan]], vader/partner [[p:Murat Aslan]], zoon [[p:Emir]] (9), dochter [[p:Elif]] (4)
Adres gezin: [[a:Jacob Catsstraat 148]], [[pc:2521 GT]] Den Haag
Melding gedaan op [[d:vrijdag 22 maart 2024]] om 11:40, meldingsnummer [[z:VT-M-2024-0092211]].
=====
stap 2 collegiale consultatie met [[p:Anouk]] (AF) gedaan. zij vindt signalen voldoende om VT om advies te vragen. VT gebeld 0800-2000, gesproken met [[p:Hanneke Jongejan]], ze adviseert eerst gesprek met mw [[p:de kok]] en dan opnieuw contact. vastgelegd ivm meldcode, zie ook notitie [[d:16/4]].
=====
Meldcode stap 3 – gesprek met ouder(s)
Datum: [[d:ma 15 april 2024]]
Aanwezig: mw. [[p:Tessa van Rijswijk]] (moeder), [[p:Mo]] (haar vriend, kwam later binnen), ondergetekende
Besproken: zorgen over [[p:Jayden]] (7) die volgens school regelmatig zonder ontbijt en met vieze kleding komt, en over de ruzies die buren horen.
Reactie moeder: erkent ruzies, ontkent dat [[p:Jayden]] iets overkomt. Vriend [[p:Mohamed El Ouardi]] werd boos toen school genoemd werd ("bemoeials").
Afspraak: mw. gaat akkoord met aanmelding {{o:CJG}}. Geen akkoord over gesprek met [[p:Jayden]] alleen.
Volgende stap: weging (stap 4) in casusoverleg [[d:18-04]].

[[p:Bart Heijboer]]
{{r:jeugdconsulent}}
=====
Stap 5a. Besluit: melden bij {{o:Veilig Thuis}}.
Reden: kind ([[p:Noah]], 2 jr) getuige van ernstig fysiek geweld tussen ouders; moeder wil geen hulp accepteren; vader heeft eerdere veroordeling (2019) voor mishandeling ex-partner.
Ouders geïnformeerd over de melding op [[d:23-04-2024]] telefonisch (moeder: [[t:06-44 91 02 37]]). Vader niet bereikbaar.
Gemeld door: [[p:S. Karimi]], {{r:wijkverpleegkundige}}
=====
Meldcode toegepast? Ja. Signalen: zichtbaar letsel bij kind, tegenstrijdige verklaringen, angstige reactie bij ophalen door vader.
Stap 1: [[d:9 jan]] / Stap 2: [[d:10 jan]] (AF + VT advies) / Stap 3: [[d:11 jan]] / Stap 4: [[d:11 jan]] / Stap 5: melding [[d:11 jan]] 16:05
Zaak VT: [[z:2024-VTH-00417]]
Kind: [[p:Amara Osei]], geb. [[d:30-08-2019]], groep 2 van de Regenboogschool
=====
Aantekening aandachtsfunctionaris

Vraag van collega [[p:Femke]]: moet ik bij elke zorg over een kind de Meldcode doorlopen? Antwoord: de Meldcode gaat over een vermoeden van huiselijk geweld of kindermishandeling. Bij algemene opvoedzorgen volstaat het gewone werkproces. Twijfel je, doe dan in elk geval stap 2 (collegiale consultatie) en leg dat vast. Het afwegingskader van onze beroepsgroep vind je op intranet onder Kwaliteit > Meldcode (versie 2019).
=====
Meldcode – stap 1 (signalen), doorlopend
- [[d:02-05]] mw [[p:Wiśniewska]] belt huilend, zegt dat [[p:Paweł]] haar telefoon heeft afgepakt
- [[d:06-05]] buurvrouw (mevr. [[p:Gerritsen]], [[a:Heesterbuurt 31]]) meldt geschreeuw 's nachts
- [[d:13-05]] mw annuleert afspraak via sms vanaf onbekend nummer [[t:+48 512 884 019]]
- [[d:14-05]] dochter [[p:Zuzanna]] (11) vertelt mentor dat ze niet naar huis wil
Conclusie: zorgen nemen toe. Stap 2 ingepland met AF.
=====
Kindcheck uitgevoerd (Meldcode, volwassenenzorg)
Cliënt [[p:Dennis Schouten]] (34) is opgenomen na een suïcidepoging. Heeft hij zorg voor kinderen? Ja: [[p:Sem]] (5) en [[p:Fenna]] (8), wonen bij moeder [[p:Lotte Brouwer]] op de [[a:Stuwstraat 12-C]]. Vader heeft omgang elk tweede weekend.
Afweging: geen directe onveiligheid voor de kinderen nu vader opgenomen is; wel advies gevraagd aan {{o:Veilig Thuis}} over omgang na ontslag. Besproken met {{r:psychiater}} dr. [[p:Van Lienden]].
=====
Meldcode stap 4 weging (interne MDO [[d:17 juni]])
| Vraag | Antwoord |
|---|---|
| Vermoeden HG/KM? | ja, psychisch geweld + dwingende controle |
| Acute onveiligheid? | nee |
| Structurele onveiligheid? | twijfel |
| Kan ik passende hulp bieden of organiseren? | ja, samen met {{o:SMW}} |
| Aanvaarden betrokkenen die hulp? | ja (mw [[p:Naima Tahiri]]), dhr onbekend |
| Leidt hulp binnen 3 mnd tot duurzame veiligheid? | monitoren, evaluatie [[d:16-09-2024]] |
Besluit: hulp organiseren + monitoren, geen melding op dit moment.
=====
stap 3 gesprek gevoerd met vader [[p:Gökhan]] alleen (moeder [[p:Derya]] wilde niet dat hij het wist maar we hebben gezegd dat we het zelf gaan bespreken). vader zegt dat hij [[p:Kerem]] wel eens een tik geeft "zoals mijn vader bij mij deed". staat open voor opvoedondersteuning. contactgegevens vader: [[t:0619283746]]
=====
Meldcode verloskundige praktijk – signaal zwangerschap
Zwangere: [[p:Fatima Zahra Amrani]], 24 jr, AD [[d:14-11-2024]]
Bij intake verteld dat partner haar "soms duwt" en haar niet alleen naar afspraken laat gaan. Partner was bij 2e controle aanwezig en beantwoordde alle vragen.
Stap 2: overlegd met {{r:aandachtsfunctionaris}} van de {{o:VSV Haaglanden}} en met {{o:Veilig Thuis}} (advies, geen melding). Afspraak: volgende controle alleen, via "echo" zonder partner.
Contact mw. alleen via haar zus [[p:Hind]]: [[t:06 33 87 12 90]]
=====
Meldcode – terugkoppeling aan collega's (niet in dossier cliënt)
Het afwegingskader is in 2019 aangescherpt: bij acute of structurele onveiligheid altijd melden, ook als je zelf hulp biedt. Onze organisatie had in 2023 41 adviesvragen en 12 meldingen. Het percentage meldingen na advies was 29%. Vragen? Loop binnen bij kamer 3.14 of bel het algemeen nummer. Voor spoed: [[p:Rutger]], [[t:06-31 50 28 74]].
=====
FW: Meldcode stap 2
Van: [[e:d.kuipers@jeugdformaat.nl]]
Aan: [[e:aandachtsfunctionaris@swt-escamp.nl]]
Hoi,
Ik heb jullie casus ([[p:Kayleigh]], 14, en haar moeder [[p:Sharon van der Meer]], [[a:Erasmusweg 1021]]) besproken met mijn team. Wij herkennen het beeld: moeder heeft een nieuwe partner ([[p:Rico]]) sinds de zomer, en sindsdien is [[p:Kayleigh]] twee keer weggelopen. Wij adviseren om bij {{o:Veilig Thuis}} advies te vragen en de {{r:wijkagent}} te informeren over de vermissingen.
Groet, [[p:Debby Kuipers]]
{{r:ambulant hulpverlener}} {{o:Jeugdformaat}}
=====
Stap 5b – hulp organiseren en effecten volgen
Afspraken [[d:03-10-2024]] met mw [[p:Ntombi Dlamini]]:
1. mw gaat naar lotgenotengroep bij {{o:Kompassie}} (do-avond)
2. dochter [[p:Thandi]] (12) krijgt gesprekken met {{r:schoolmaatschappelijk werker}}
3. ex-partner [[p:Sipho]] heeft geen sleutel meer – slot vervangen door {{o:Haag Wonen}}
4. evaluatie over 6 weken ([[d:14-11]]), bij nieuw incident direct melding
=====
Vastlegging Meldcode (huisartsenpraktijk De Linde, {{w:Bezuidenhout}})
Pat: [[p:J.A. Hofstede]], [[d:06-06-1958]], [[b:783820719]]
Letsel: hematoom rechter jukbeen, schaafwond knie. Pat vertelt dat echtgenoot (dementerend, [[p:K. Hofstede]]) haar sloeg toen zij hem wilde helpen met douchen.
Beoordeling: ontspoorde mantelzorg / ouderenmishandeling. Overleg met {{r:casemanager dementie}} en advies {{o:Veilig Thuis}} op [[d:20/08]].
=====
Meldcode: stap 1 t/m 3 doorlopen, stap 4 conclusie "geen vermoeden meer".
Uit gesprek blijkt dat de blauwe plekken van [[p:Daan]] (4) ontstaan zijn op de trampoline bij opa en oma in {{w:Wateringse Veld}}; de huisarts bevestigt dit. Dossier gesloten op [[d:28 mei]]. Wel aandacht voor ouders die aangaven dat ze het "eng vonden dat er meteen aan mishandeling gedacht werd". Terugkoppeling aan ouders door [[p:Yara]].
""")
# ---------------------------------------------------------------------------
# 2. Veilig Thuis: meldingen, adviesvragen and terugkoppeling
# ---------------------------------------------------------------------------
add(r"""
{{o:Veilig Thuis Haaglanden}} – Terugkoppeling aan melder
Ons kenmerk: [[z:VTH-2024-031877]]
Betreft: melding d.d. [[d:12 februari 2024]] inzake [[p:Yusuf]] en [[p:Zeynep Kılıç]]

Geachte heer [[p:Van den Broek]],

Op [[d:12 februari 2024]] heeft u namens het sociaal wijkzorgteam {{w:Moerwijk}} een melding gedaan. Wij hebben de melding onderzocht en besloten tot overdracht aan het lokale veld. De {{r:casusregisseur}} van het {{o:CJG}} Moerwijk, mevrouw [[p:E. Doğan]], is vanaf [[d:1 maart 2024]] uw aanspreekpunt, bereikbaar op [[t:06-1538 2264]].

Met vriendelijke groet,
[[p:Marit Oosterhout]]
{{r:medewerker triage}}
Postbus 16100, 2500 BC Den Haag | 0800-2000
=====
Adviesgesprek VT (telefonisch) [[d:di 9/4]] 14.10u
Adviseur VT: [[p:Kees]] (achternaam niet verstaan)
Casus: mw [[p:Roshni Jankipersad]], 38, woont met partner en 3 kinderen (15, 12, 7) in {{w:Leyenburg}}. Partner controleert haar telefoon en geld, zij mag niet zonder hem de deur uit. Geen fysiek geweld bekend.
Advies VT: dit is dwingende controle, serieus nemen. Gesprek met mw alleen, veiligheidsplan maken, kinderen in beeld brengen via school. Opnieuw advies vragen als partner erachter komt.
Adviesnummer: [[z:ADV-24-11902]]
=====
Melding {{o:Veilig Thuis}} – samenvatting melder
Melder: [[p:Iris Vermeulen]], {{r:leerkracht}} groep 5, OBS De Springplank, tel. school 070-3661234 (algemeen), eigen nr [[t:06 21 09 77 43]]
Betrokken kind: [[p:Milan de Graaf]], geb. [[d:3 juni 2015]]
Ouders: [[p:Chantal de Graaf]] (moeder), [[p:Ferry Kruithof]] (stiefvader)
Adres: [[a:Zonnebloemstraat 90]], [[pc:2565 TK]] Den Haag
Signalen: striemen op rug gezien bij gym op [[d:maandag 27 mei]]; [[p:Milan]] zegt "dat mag ik niet vertellen".
Melding gedaan: [[d:27-05-2024]], 15:20
=====
Hoi [[p:Lisanne]],

Korte terugkoppeling van VT over gezin [[p:Pinas]] ([[z:VTH-24-007731]]): ze starten een onderzoek (geen veiligheidsbeoordeling maar direct onderzoek vanwege eerdere meldingen in 2021 en 2022). Onderzoeker is [[p:Ruud Kamphorst]], hij neemt deze week contact met je op. Moeder [[p:Shirley]] weet van de melding, vader [[p:Romano]] nog niet.

Groet,
[[p:Wendy]]
=====
VT terugkoppeling ontvangen per post [[d:15-03]]. Zaak gesloten, "geen vervolg nodig, hulp loopt via wijkteam". Opgeborgen in dossier [[z:SWT-LK-2023-0448]].
=====
Van: {{o:Veilig Thuis Haaglanden}} <[[e:noreply@veiligthuishaaglanden.nl]]>
Onderwerp: Ontvangstbevestiging melding [[z:VTH-M-2024-114420]]

Wij hebben uw melding van [[d:5 juli 2024]] ontvangen. Binnen 5 werkdagen ontvangt u bericht over de vervolgstappen. Bij acuut gevaar belt u altijd 112.

Dit is een automatisch bericht; u kunt hierop niet reageren.
=====
adviesvraag VT, [[d:30-09-2024]], door [[p:joost]] (swt laak)
gaat om oudere heer [[p:Hendrik Wolters]] 81 jr, woont bij zoon [[p:Peter]] in op de [[a:Rijswijkseweg 440-B]]. zoon beheert pinpas, vader krijgt soms geen eten. buurvrouw meldt dat ze vader heeft horen schreeuwen.
advies: financieel misbruik + verwaarlozing, niet afwachten, eerst huisarts en {{r:casemanager dementie}} betrekken, mogelijk bewindvoering aanvragen. bij toename direct melden.
=====
VEILIG THUIS HAAGLANDEN
VEILIGHEIDSBEOORDELING – UITKOMST (samenvatting voor ketenpartners)
Zaaknummer: [[z:VTH-VB-2024-00881]]
Gezin: [[p:Abdi]] – moeder [[p:Ifrah Abdi]], kinderen [[p:Mohamed]] (10), [[p:Hamza]] (8), [[p:Sagal]] (5), [[p:Deeqa]] (1)
Uitkomst: veiligheid op korte termijn voldoende geborgd met afspraken; structurele onveiligheid aanwezig.
Vervolg: overdracht aan {{o:CJG}} + veiligheidsplan; monitoring door VT tot [[d:01-12-2024]] en opnieuw op [[d:01-03-2025]].
Veiligheidsafspraken: vader ([[p:Abdullahi Abdi]]) verblijft tijdelijk bij zijn broer in Zoetermeer ([[a:Amerikaweg 67]]); geen contact met moeder buiten de kinderoverdracht om.
=====
Reactie op terugkoppeling VT

Wij zijn het niet eens met het besluit om de zaak van [[p:Amal]] en haar kinderen te sluiten. De {{r:schoolmaatschappelijk werker}} ziet sinds [[d:10 oktober]] opnieuw signalen, en mevrouw vertelde ons gisteren dat haar ex-partner ([[p:Nabil Haddouchi]], wonend [[a:Vaillantlaan 311]]) weer voor de deur staat. Wij vragen u de zaak te heropenen. Contact: [[p:Rianne Boersma]], [[t:(070) 752 18 44]] (direct), [[e:r.boersma@swtdenhaag.nl]]
=====
Melding VT ouderenmishandeling
Melder: {{r:wijkverpleegkundige}} [[p:Ellen Maas]], {{o:Florence}} thuiszorg, [[t:06-5102 8837]]
Cliënt: mevr. [[p:G.M. Smit-Poot]], [[d:17-01-1939]], [[a:Aaltje Noordewierlaan 23]]
Vermoeden: kleinzoon ([[p:Jordy Poot]], ± 25 jr) trekt geld op met haar pas, er zijn lege flessen en haar medicijnen zijn "kwijt". Mw. is bang en wil niet dat kleinzoon het hoort.
Er is geen sprake van acuut gevaar volgens melder.
=====
Memo telefoontje {{o:Veilig Thuis}} (triagist [[p:Yvette]]) — zij vroegen of wij de familie [[p:Öztürk]] uit de [[a:Soesterbergstraat 19]] kennen. Ja, sinds maart, via schuldhulp. Niets gezien wat op geweld wijst, wel veel stress en een zoon ([[p:Baran]], 16) die vaak buiten zwerft. Toestemming ouders om info te delen is er niet; wettelijk mogen we bij VT wel informatie verstrekken (meldrecht). Alleen feitelijke info gegeven.
=====
Adviesvraag aan VT - kort
Situatie zonder namen besproken: moeder met LVB, partner met verslaving, baby van 4 maanden. Vraag was of we moeten melden. Advies: ja, melden gezien jonge leeftijd en combinatie risicofactoren, eerst ouders informeren tenzij dat de veiligheid in gevaar brengt.
=====
VT melding - aanvullende info (nagezonden [[d:19 nov]])
Het telefoonnummer van de moeder is veranderd: nieuw [[t:+31 6 8044 1937]] (oude [[t:06-80441973]] werkt niet meer, mogelijk door vader afgepakt). Ze verblijft tijdelijk bij haar moeder, mw. [[p:Carmen Mercelina]], [[a:Thomsonlaan 56A]], [[pc:2565 HX]]. Graag niet naar het oude adres schrijven i.v.m. veiligheid.
=====
Terugkoppeling VT na onderzoek
Conclusie onderzoek: kindermishandeling vastgesteld (fysiek geweld, getuige huiselijk geweld) bij [[p:Levi]] (6) en [[p:Noor]] (9) [[p:Hartman]]. Overdracht aan {{o:Jeugdbescherming west}} in vrijwillig kader; verzoek tot onderzoek aan de {{o:Raad voor de Kinderbescherming}} is gedaan op [[d:03-06-2024]], RvdK-nummer [[z:RK-24-229301]].
Contactpersoon VT: [[p:M. Kortekaas]], [[e:m.kortekaas@veiligthuishaaglanden.nl]]
=====
VT belde terug ivm melding van gisteren. mevr [[p:Hasani]] weigert contact, VT gaat huisbezoek doen met politie. wij hoeven niks te doen behalve [[p:Zana]] (8) op school in de gaten houden. nummer onderzoeker [[t:0031 6 20 11 84 95]].
=====
Anonieme melding bij VT is mogelijk voor burgers, niet voor professionals: een professional meldt altijd met naam, maar VT geeft de naam van de melder niet door aan de familie tenzij de melder toestemming geeft. Dit staat ook in de folder die bij de receptie ligt (art.nr. VT-F-12, druk 2023).
=====
VT triageformulier (deels, zoals ontvangen van ketenpartner)
Naam betrokkene: [[p:BAKKER, Johanna Wilhelmina]]
Geb.datum: [[d:1985-04-22]]
BSN: [[b:6373.98.701]]
Adres: [[a:Berberisstraat 7]] [[pc:2563TS]] 's-Gravenhage
Telefoon: [[t:070 - 323 48 19]]
Type geweld: partnergeweld (fysiek), 2x politie-inzet (BVH [[z:PL1500-2024107733]] en [[z:PL1500-2024119210]])
Kinderen in huishouden: 0
Urgentie triage: middel
=====
Beste collega's van het wijkteam,

Vanuit {{o:Veilig Thuis}} nodigen wij u uit voor een overdrachtsgesprek over [[p:Kimberly]] en [[p:Jason Tjon-A-Fat]] op [[d:donderdag 6 juni]] om 10.00 uur, bij VT aan de Zonweg (zaal 2). Aanwezig: ouders, {{r:jeugdconsulent}} [[p:Sanne Vogelaar]], VT-medewerker [[p:Haroun Belhaj]]. Graag uw bevestiging.
=====
Notitie: VT heeft melding "afgeschaald" naar advies omdat wij als wijkteam al betrokken zijn. Moeder ([[p:Marwa]]) voelt zich opgelucht. Vader ([[p:Tarek Jaber]]) is boos op de school. Contact school: {{r:intern begeleider}} dhr. [[p:Pronk]].
""")
# ---------------------------------------------------------------------------
# 3. Veiligheidsplannen (network names and phone numbers)
# ---------------------------------------------------------------------------
add(r"""
VEILIGHEIDSPLAN
Naam: [[p:Esra Yavuz]]                Geboortedatum: [[d:08-12-1993]]
Kinderen: [[p:Defne]] (7), [[p:Aras]] (4)
Opgesteld op: [[d:14 mei 2024]], samen met {{r:maatschappelijk werker}} [[p:Marloes]] ({{o:SWT Laak}})

1. Waarschuwingssignalen bij mijn (ex)partner: drinkt in het weekend, wordt stil, gaat mijn telefoon checken.
2. Als het onveilig wordt ga ik naar: mijn zus [[p:Gül]], [[a:Hoefkade 601]] (3e etage), [[t:06-41 22 80 93]]
3. Wie haalt de kinderen op als ik het niet kan: buurvrouw [[p:Anja Koster]] (naast ons, nr. 14), [[t:06 1975 3302]]
4. Codewoord met mijn zus: "heb je nog bloem?" = bel de politie
5. Belangrijke papieren (paspoorten, bankpas, medicijnen) liggen bij: [[p:Gül]]
6. Noodnummers: 112 / politie 0900-8844 / {{o:Veilig Thuis}} 0800-2000
=====
Veiligheidsplan [[p:Kevin]] (15) – versie 2, [[d:22-10-2024]]
Wat maakt dat ik me onveilig voel? Als mama en [[p:Stefan]] ruzie maken en hij gaat gooien.
Waar ga ik heen? Naar mijn kamer en deur op slot. Als het erger wordt: naar opa [[p:Wim]] ([[a:Goudsbloemlaan 118]], 10 min lopen).
Wie bel ik? Opa [[p:Wim Dekker]]: [[t:070-3684412]] / tante [[p:Maaike]]: [[t:06-2848 7711]] / 112
Wie weet van dit plan? mama, opa, mentor meneer [[p:Saddiki]], jeugdconsulent [[p:Joris]]
Ik bewaar dit plan in mijn telefoon onder "school".
=====
Veiligheidsafspraken (ondertekend [[d:2/7/2024]])
Betrokkenen: [[p:Zainab Hussaini]] (moeder), [[p:Ahmad Shah Hussaini]] (vader), kinderen [[p:Mariam]] (12), [[p:Omid]] (9), [[p:Sahar]] (6)
- Vader slaat de kinderen niet, ook niet "ter correctie".
- Als vader boos wordt verlaat hij het huis en gaat naar zijn neef [[p:Farid]] ([[a:Loosduinsekade 229]], [[t:06 87 30 19 44]]).
- Moeder belt bij onveiligheid 112 en daarna [[p:Farid]].
- [[p:Mariam]] mag op school praten met haar mentor over thuis.
- Het {{o:CJG}} komt elke 2 weken op huisbezoek; bij gemiste afspraken informeert het CJG {{o:Veilig Thuis}}.
Handtekeningen: [[p:Z.H.]] / [[p:A.S.H.]] / [[p:L. Brandsma]] ({{r:jeugdconsulent}})
=====
NETWERKKAART / VEILIGHEIDSNETWERK mw [[p:Sandra Hoek]]
naam            | relatie        | telefoon          | weet van situatie?
[[p:Bianca Hoek]]     | zus            | [[t:06-51844020]]       | ja
[[p:Ruben]]           | zoon (22)      | [[t:06 18 30 55 71]]    | ja
[[p:Aad de Vos]]      | buurman        | [[t:070 394 11 82]]     | deels
[[p:Marjolein]]       | collega Jumbo  | [[t:+31 6 4455 1208]]   | nee
{{r:wijkagent}} [[p:Roelofs]] | politie {{w:Escamp}} | [[t:06-10 92 44 38]] (dienst) | ja
Afspraak: bij signaal "ik ben mijn sleutels kwijt" via app komt [[p:Bianca]] direct.
=====
veiligheidsplan kort (mw wil niks op papier mee naar huis, dus alleen in dossier):
- vluchttas staat bij buurvrouw [[p:Oksana]] (nr 22 hs)
- als hij dreigt: met kinderen naar moeder in Rijswijk, [[a:Prinses Beatrixlaan 12]]
- codewoord in de app met mij: "de wasmachine is kapot"
- telefoon mw: [[t:06.39.84.21.07]] (alleen bellen tussen 9 en 12 uur, dan is hij naar werk)
=====
Veiligheidsplan opgesteld met de familie na het huisverbod ([[z:Wth-DH-2024-0219]])
Voor moeder [[p:Priscilla Kwakye]]:
• Wie helpt: kerkvriendin [[p:Abena Owusu]], [[t:06 4712 0396]]; broer [[p:Kofi Kwakye]] ([[a:Dr. Lelykade 42-3]], Scheveningen)
• Slot vervangen: ja, op [[d:11-09]]
• Nummer vader geblokkeerd: ja, behalve voor omgangsafspraken via [[p:Kofi]]
Voor de kinderen [[p:Ama]] (13) en [[p:Kwame]] (10):
• Zij weten dat ze 112 mogen bellen
• Opvang na school bij tante [[p:Efua]] als moeder werkt
Evaluatie: [[d:9 oktober 2024]] 13.30
=====
Signaleringsplan / veiligheidsplan voor de vader (pleger)
Naam: [[p:Jeffrey Sno]], [[d:21-03-1987]]
Mijn signalen dat ik boos word: hoofd wordt heet, ik ga schelden, ik loop heen en weer.
Wat doe ik dan: naar buiten, rondje Zuiderpark, [[p:Ronald]] (mijn sponsor) bellen [[t:06-1199 2813]].
Wat doe ik NIET: alcohol, naar het huis van [[p:Melissa]] gaan, haar appen.
Begeleiding: {{o:Reclassering Nederland}}, {{r:reclasseringswerker}} [[p:Y. El Khattabi]], {{o:De Waag}} (agressieregulatie, groepstraining dinsdag).
=====
Veiligheidsplan – format van het SWT (leeg, ter info bij de casusles)
1. Wat gaat er goed?
2. Wat zijn de zorgen (gevaar, risico's, kwetsbaarheid)?
3. Wat moet er minimaal gebeuren (veiligheidsvoorwaarden)?
4. Wie uit het netwerk doet wat (naam, relatie, telefoon)?
5. Wat doen we als het toch misgaat?
6. Wanneer evalueren we?
Tip: schrijf het in de woorden van de kinderen. Een plan dat niemand begrijpt werkt niet.
=====
Update veiligheidsplan fam. [[p:Baldew]]
Netwerk uitgebreid: oom [[p:Ravi Baldew]] ([[t:+31 (0)6 2087 5530]]) en buurvrouw mw. [[p:Kock]] ([[t:0703451906]]) doen mee. Oma [[p:Sita]] wil niet meer meedoen ("ik ben te oud voor die ruzies"). Nieuwe afspraak: als [[p:Vikash]] (vader) gedronken heeft gaat hij slapen bij [[p:Ravi]] in de [[a:Jan van der Heijdenstraat 88]].
=====
Veiligheidsplan (Engelstalig opgesteld, mw spreekt geen NL)
My safe people: my friend [[p:Helen Tesfamariam]] [[t:06 26 10 48 33]], my neighbour [[p:Sara]] (flat 3B)
If he comes to the door: I do not open. I call 112 and say "huiselijk geweld, [[a:Loevesteinlaan 223]]".
My papers are at: [[p:Helen]]'s house.
My social worker: [[p:Annelies]] (sociaal wijkzorgteam {{w:Bouwlust}}), [[t:06-39 20 71 56]]
=====
Veiligheidsplan – evaluatie [[d:3 dec]]
Afspraken zijn grotendeels nagekomen. Eén incident ([[d:zaterdag 23 november]]) waarbij vader aan de deur stond; moeder heeft niet opengedaan en [[p:Jamal]] (buurman, [[t:06 55 30 81 20]]) gebeld, die vader wegstuurde. Politie niet nodig geweest. Nieuw: [[p:Jamal]] wil vaste contactpersoon blijven.
=====
safety plan jongere [[p:Mia]] 16 jr
plek om naar toe te gaan: vriendin [[p:Jada]], [[a:Sportlaan 15]]
ouder van [[p:Jada]] weet ervan: ja, mevrouw [[p:Blom]] [[t:06-43077210]]
als mn moeder me wil meenemen naar het buitenland bel ik: {{r:mentor}} of [[p:Ricardo]] van het jongerenwerk ([[t:06 20 98 13 65]]) of {{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}}
=====
VEILIGHEIDSPLAN MANTELZORG (ouderen)
Cliënt: dhr. [[p:F. van Wijk]] (88), [[a:Burgemeester Hovylaan 5]]
Mantelzorger: dochter [[p:Annet van Wijk]], [[t:06-1482 5590]], voelt zich overbelast en heeft vader "hard vastgepakt".
Afspraken:
- dagbesteding 3x per week ({{o:WZH}} {{w:Mariahoeve}})
- respijtzorg 1 weekend per maand
- [[p:Annet]] belt {{r:casemanager dementie}} [[p:Joke Lagerweij]] ([[t:06-30 45 22 18]]) als ze het niet meer trekt
- schoonzoon [[p:Harm]] neemt de woensdagen over
""")
# ---------------------------------------------------------------------------
# 4. Zorg- en Veiligheidshuis (casusoverleg, MDA++, Top-X)
# ---------------------------------------------------------------------------
add(r"""
{{o:Zorg- en Veiligheidshuis Haaglanden}} – Verslag casusoverleg huiselijk geweld
Datum: [[d:woensdag 10 april 2024]], 09.30-11.00, locatie Lozentoren (zaal 4.02)
Voorzitter: [[p:Marieke Stolk]] ({{r:procesregisseur}} ZVH)
Casus: [[z:ZVH-HG-24-0377]] – [[p:Van Leeuwen]] / [[p:El Bakkali]]
Aanwezig: {{o:Politie}} ({{r:wijkagent}} [[p:T. de Ruiter]]), {{o:OM}} ({{r:officier van justitie}} mr. [[p:P. Jansen]]), {{o:Reclassering Nederland}} ([[p:Hilde]]), {{o:Veilig Thuis}} ([[p:Sander]]), SWT {{w:Segbroek}} ([[p:Nadine]]), {{o:CJG}}
Stand van zaken: verdachte [[p:Karim El Bakkali]] (29) is op [[d:2 april]] aangehouden na mishandeling van [[p:Joyce van Leeuwen]] (27). Tijdelijk huisverbod opgelegd, inmiddels verlengd tot [[d:30 april]]. Kind [[p:Yasmine]] (2) verblijft met moeder bij oma, [[a:Fahrenheitstraat 512]].
Acties: OM onderzoekt schorsing met contactverbod; VT blijft regie; SWT regelt huurtoeslag en kinderopvang voor moeder.
=====
ZVH casusoverleg – actielijst (vertrouwelijk)
# | Actie | Wie | Wanneer
1 | Risicotaxatie actualiseren | {{o:Veilig Thuis}} ([[p:Wilma]]) | [[d:19-06]]
2 | Contact met ex [[p:Robbie Hagen]] over vrijwillige agressietraining | {{o:Reclassering Nederland}} | z.s.m.
3 | School [[p:Demi]] (11) informeren | {{r:schoolmaatschappelijk werker}} | [[d:21-06]]
4 | Adres van moeder afschermen in BRP | Gemeente (Burgerzaken) | in behandeling
5 | Terugkoppeling aan ZVH | [[p:M. Stolk]] | volgend overleg [[d:3 juli]]
=====
Aanmelding ZVH (via het aanmeldformulier)
Aanmelder: [[p:Priya Ramlal]], {{r:casusregisseur}} SWT {{w:Schilderswijk}}, [[t:06 41 73 90 28]], [[e:p.ramlal@swtdenhaag.nl]]
Reden aanmelding: complexe casus met meerdere domeinen: partnergeweld, GGZ-problematiek vader, schulden, overlast in de buurt. Hulpverlening loopt vast.
Betrokkenen: [[p:Rachid Benali]] (vader, 45, BSN [[b:1484 41 944]]), [[p:Houda Benali-Zaoui]] (moeder, 41), kinderen [[p:Anas]] (17), [[p:Sara]] (14), [[p:Yassir]] (9)
Adres: [[a:Hoefkade 788]], [[pc:2526 BV]]
Toestemming betrokkenen: moeder ja, vader nee (grondslag: gegronde reden, art. 5.1 privacyconvenant ZVH)
=====
Notulen ZVH-overleg, kort (ik was er namens ons team)
- top-X dader [[p:D.R.]] (initialen in verslag ZVH) is weer in beeld, nu met nieuwe partner in {{w:Morgenstond}}
- nieuwe partner heeft een kind van 4, daarom melding VT
- reclassering: hij houdt zich NIET aan meldplicht (3x gemist)
- wij: hebben nieuwe partner niet in beeld, geen actie voor SWT
volgende keer [[d:11/12]]
=====
Beste [[p:Ingrid]],

Zoals besproken in het ZVH-overleg stuur ik je de gegevens van de zus van mevrouw [[p:Lakhdar]], die als steunfiguur wil dienen: [[p:Souad Lakhdar]], [[a:De Heemstraat 144]], [[t:+31626480017]]. Zij spreekt goed Nederlands en kan tolken bij gesprekken. Wil jij haar uitnodigen voor het netwerkberaad op [[d:28 oktober]]?

Hartelijke groet,
[[p:Esmée de Boer]]
{{r:procesregisseur}} | {{o:Zorg- en Veiligheidshuis Haaglanden}}
=====
Regiebesluit ZVH [[d:15-05-2024]]: regie ligt bij {{o:Veilig Thuis}} tot de strafzaak voorbij is; daarna overdracht aan SWT {{w:Escamp}}. Zittingsdatum politierechter: [[d:8 augustus 2024]]. Parketnummer [[z:09/184221-24]].
=====
Casusoverleg ZVH – vastlegging deelnemers en informatiedeling
Informatie gedeeld over: [[p:Rosa Lindeboom]] ([[d:13-09-1979]]), [[p:Edwin Lindeboom]] ([[d:29-11-1976]]), [[p:Tim]] ([[d:18-05-2010]])
Grondslag: convenant ZVH Haaglanden 2022
Deelnemers tekenden geheimhoudingsverklaring: ja
Opmerking: {{r:huisarts}} (dr. [[p:S. Mahabir]]) niet aanwezig, wel schriftelijke input.
=====
Signaleringsoverleg {{w:Transvaal}} (wijkagent, SWT, CJG, Haag Wonen, jongerenwerk) – algemene punten
- aantal meldingen HG in de wijk: 14 dit kwartaal (vorig kwartaal 9)
- extra aandacht voor ouderenmishandeling in flats aan de Paul Krugerlaan
- voorlichtingsavond in wijkcentrum, [[d:20 maart]] 19.30, zaal 1
- geen individuele casussen besproken
=====
ZVH – nazorg ex-gedetineerde, huiselijk geweld
[[p:Erik Bosman]] komt op [[d:24 juni]] vrij uit PI Haaglanden. Hij wil terug naar de woning aan de [[a:Lamberthof 17]], maar daar woont zijn ex [[p:Patricia]] met hun zoon [[p:Lucas]] (7). Afspraak: geen terugkeer naar dat adres; tijdelijk verblijf bij zijn moeder, mevr. [[p:Bosman]], [[a:Dunklerstraat 40]]. ID-bewijs ligt klaar bij {{o:Burgerzaken}}, uitkeringsaanvraag via [[p:Said]] (trajectbegeleider {{o:Gemeente Den Haag}}).
=====
mail aan ZVH: "Graag meld ik fam. [[p:Mwangi]] af voor het overleg van donderdag: de situatie is gestabiliseerd. Mevrouw [[p:Wanjiru Mwangi]] woont inmiddels met de kinderen in Delft, het contactverbod loopt tot [[d:1 januari 2025]]. Het dossier [[z:ZVH-24-1102]] mag wat ons betreft gesloten. Gr. [[p:Thijs]]"
=====
ZVH Haaglanden — casusinformatie voor het MDA++ overleg
Gezin: [[p:Vos]]
Moeder: [[p:Lieke Vos]], [[d:04-04-1990]]
Vader (niet samenwonend): [[p:Ricky Groen]], [[d:17-02-1988]], verblijfplaats onbekend, laatst bekend [[a:Melis Stokelaan 2340]]
Kinderen: [[p:Jesse]] ([[d:09-09-2012]]), [[p:Bo]] ([[d:27-01-2016]]), [[p:Tygo]] ([[d:30-06-2021]])
Voorgeschiedenis: 11 politieregistraties sinds 2016; 2 eerdere Wth's (2019, 2022); gezinsvoogdij [[p:Jesse]] 2020-2022.
Kernvraag: hoe doorbreken we het patroon van terugval na afsluiten hulp?
=====
Verslag systeemgesprek ZVH, ouders [[p:Petrovic]]
Aanwezig: mw [[p:Jelena Petrović]], dhr [[p:Dragan Petrović]] (met advocaat mr. [[p:A. Claessens]]), {{r:procesregisseur}} [[p:Lotte]], {{r:tolk}} Servisch
Dhr erkent "een paar keer geduwd", ontkent slaan. Mw wil dat hij hulp krijgt maar wil niet scheiden. Afspraak: dhr start vrijwillig bij {{o:Fivoor}} (ambulante forensische zorg), mw bij {{o:Kompassie}} (slachtoffergroep). Volgende overleg [[d:17 sept.]]
=====
ZVH checklist aanmelding (ingevuld)
[x] Meerdere domeinen betrokken (zorg + straf)
[x] Huiselijk geweld / kindermishandeling
[ ] Radicalisering
[x] Eerder vastgelopen in reguliere aanpak
[x] Toestemming cliënt of grondslag vastgelegd
Naam cliënt: [[p:Noura Essabbar]]
BSN: [[b:4485 90 165]]
Registratie ZVH: [[z:ZVH-2024-HG-0819]]
""")
# ---------------------------------------------------------------------------
# 5. Tijdelijk huisverbod (Wth) records
# ---------------------------------------------------------------------------
add(r"""
BESCHIKKING TIJDELIJK HUISVERBOD (samenvatting voor hulpverlening)
Registratienummer: [[z:WTH-2024-0457]]
Uithuisgeplaatste: [[p:Mustafa Erdoğan]], geb. [[d:15-08-1982]]
Woning waarop het verbod betrekking heeft: [[a:Regentesselaan 209]], [[pc:2562 EC]] Den Haag
Achterblijvers: [[p:Songül Erdoğan]] (partner), [[p:Yiğit]] (11), [[p:Ecrin]] (8)
Ingangsdatum: [[d:zaterdag 16 maart 2024]], 02:15 uur
Einddatum: [[d:26 maart 2024]], 02:15 uur (10 dagen)
Opgelegd door de burgemeester, namens deze de {{r:hulpofficier van justitie}}, na afname RiHG.
Verblijfadres uithuisgeplaatste tijdens het verbod: [[a:Westduinweg 120]] (hotel), tel. [[t:06 - 27 30 44 81]]
=====
Huisverbod – hulpverleningsplan dag 1 t/m 10
Dag 1 ([[d:ma 2 sept]]): VT neemt contact op met achterblijver [[p:Liesbeth]] en met uithuisgeplaatste [[p:Martijn Koning]]
Dag 2: huisbezoek bij [[p:Liesbeth]] en kinderen door VT + SWT (ikzelf)
Dag 3: gesprek met [[p:Martijn]] bij {{o:Reclassering Nederland}}
Dag 5: systeemgesprek (als beiden willen)
Dag 8: advies aan burgemeester over verlenging
Dag 10 ([[d:12 september]]): einde verbod of verlenging tot max 28 dagen
=====
Advies verlenging huisverbod
Aan: de burgemeester van Den Haag, t.a.v. afdeling OOV
Betreft: verlenging tijdelijk huisverbod [[z:Wth-DH-2024-0312]], [[p:J.P. (Johan) Verbeek]]
Wij adviseren het huisverbod te verlengen tot [[d:14 juni 2024]]. Redenen: dhr. heeft tijdens het verbod 37 berichten gestuurd aan mw. [[p:Ingrid Verbeek]] ([[t:06 - 12 88 40 17]]), waaronder dreigende; de hulpverlening is net gestart; mw. is nog niet in staat om zelfstandig haar veiligheid te waarborgen.
[[p:A. Smulders]], {{r:coördinator huisverboden}} {{o:Veilig Thuis Haaglanden}}
=====
Huisverbod opgelegd vannacht, wijkagent belde om 07:50. Het gaat om [[p:Sinan]] en [[p:Melek]] uit de [[a:Kempstraat 14-A]]. Hij zit in een hostel in het centrum. Kinderen ([[p:Alara]] 5 mnd, [[p:Kaan]] 3) bij moeder. VT is op de hoogte. Ik ga vanmiddag met [[p:Hanan]] (VT) op huisbezoek.
=====
Formulier overtreding huisverbod
Datum/tijd: [[d:18-07-2024]] 21:40
Betrokkene: [[p:R.L. Sewdien]] ([[d:07-01-1984]])
Locatie: voor de woning [[a:Zuidlarenstraat 66]]
Omschrijving: betrokkene stond voor de deur en riep naar partner. Door buurman ([[p:H. Brink]]) politie gebeld. Aangehouden ter zake art. 11 Wth (overtreding huisverbod). Melding aan OM en VT.
Mutatienummer: [[z:PL1500-2024188124]]
=====
Overzicht huisverboden {{w:Escamp}} 2023 (geanonimiseerd)
Totaal opgelegd: 38; verlengd: 21 (55%); overtreden: 6.
In 31 gevallen waren kinderen aanwezig. Gemiddelde leeftijd uithuisgeplaatste: 36 jaar.
Opvallend: in 9 van de 38 zaken ging het om geweld van een jongvolwassen kind tegen een ouder (kind-oudermishandeling).
=====
Notitie huisverbod dag 6 – gesprek met uithuisgeplaatste
[[p:Patrick van Dam]] (41) verblijft bij een vriend in Voorburg ([[a:Kerkstraat 33]]). Hij is rustig, erkent dat hij "te ver is gegaan" op [[d:vrijdagavond 8 november]]. Hij mist zijn dochter [[p:Sophie]] (6). Wil graag omgang onder begeleiding. Verwezen naar {{o:De Waag}}, intake op [[d:20 november]]. Zijn nummer: [[t:06-2143 0087]]. Alcoholgebruik: zegt 10 blikjes per avond, wil daarmee stoppen; aanmelding {{o:Brijder}} loopt.
=====
Registratie Wth (politie), ingevuld door de {{r:hulpofficier van justitie}}
RiHG ingevuld: ja, score 14 (drempel voor huisverbod overschreden)
Checklist: fysiek geweld (ja), dreiging met wapen (nee), eerder huisverbod (nee), kinderen aanwezig (ja, 2), verslaving (ja, alcohol), pleger werkloos (ja)
Uithuisgeplaatste: [[p:Adrian Nowicki]], sleutels ingeleverd: 2
Achterblijver: [[p:Katarzyna Nowicka]], [[t:+48 601 338 927]] / [[t:06-84 31 62 05]]
=====
Hoi [[p:Bram]], even voor je info: het huisverbod van dhr. [[p:Aydemir]] is NIET verlengd (burgemeester volgde advies VT niet). Hij mag vanaf morgen [[d:25/10]] 14:00 terug naar huis. Mw [[p:Aydemir]] wil dit niet, zij gaat met de kinderen naar haar broer in Rotterdam. Kun jij morgen bij de overdracht zijn? Groetjes [[p:Chantal]]
=====
Huisverbod kind-oudermishandeling
Uithuisgeplaatste: zoon [[p:Damian Kowalczyk]] (19), [[d:03-11-2004]]
Achterblijvers: moeder [[p:Beata Kowalczyk]] en zus [[p:Natalia]] (14)
Adres: [[a:Apeldoornselaan 91-II]]
Zoon verblijft tijdens het verbod in de nachtopvang van het {{o:Leger des Heils}}. Moeder vraagt vooral hulp voor hem (blowen, agressie, geen school). {{r:jongerenwerker}} [[p:Kenny]] heeft nog contact met hem.
=====
Verslag gesprek met achterblijver na afloop huisverbod ([[d:4 maart]])
Mw [[p:Deborah Nunes]] zegt dat het beter gaat. Partner [[p:Luciano]] is terug thuis sinds [[d:26 februari]], doet mee aan agressieregulatie. Kinderen [[p:Luana]] (10) en [[p:Joel]] (7) hebben een gesprek gehad bij het {{o:CJG}}. Nog geen nieuwe incidenten. Mw wil de hulp afbouwen. Afspraak: nog 2 gesprekken, dan afsluiten.
=====
Opnieuw huisverbod! [[p:Tom]] (v/d [[a:Laan van Meerdervoort 1320]]) – 3e keer in 2 jaar. Dossier VT [[z:VTH-22-01399]] is heropend. Wie van ons neemt contact op met de ex ([[p:Iris]])? Haar nieuwe nr: [[t:06 1 9 9 3 7 2 4 5]]
""")
# ---------------------------------------------------------------------------
# 6. Opvang: intake notes in the shelter (secret address)
# ---------------------------------------------------------------------------
add(r"""
INTAKE VROUWENOPVANG – {{o:Kompassie}}
Let op: opvangadres is GEHEIM, nooit noteren in correspondentie naar derden.
Datum intake: [[d:17-04-2024]]
Cliënte: [[p:Hamida Rasuli]], geb. [[d:01-01-1989]] (geboortedatum volgens IND, werkelijke datum onbekend)
BSN: [[b:3321 21 537]]
V-nummer: [[z:V-2887 410 392]]
Kinderen mee: [[p:Yalda]] (9), [[p:Navid]] (6)
Vorig adres: [[a:Steenhouwersgaarde 24]], [[pc:2492 VL]] Den Haag (partner [[p:Abdul Rasuli]] woont daar nog)
Aanmelding via: {{o:Veilig Thuis}}, na huisbezoek met politie
Risico: hoog, partner heeft gedreigd haar "terug te sturen naar Afghanistan" en kinderen mee te nemen.
Afspraken: geen telefoon aan, nieuwe simkaart gekregen ([[t:06 87 20 15 39]]), adres afgeschermd in BRP aangevraagd.
=====
Intake crisisopvang – korte notitie
Mw [[p:Naomi Sedney]] (31) aangekomen om 23.10 met politie en zoontje [[p:Jaylen]] (1,5). Letsel: kneuzing kaak, bezoek SEH gisteren. Ex ([[p:Quincy]]) weet niet waar ze is. Telefoon uitgezet, locatievoorziening uit. Moeder van mw ([[p:Ingrid Sedney]], [[t:06 - 11 43 59 82]]) mag weten dat ze veilig is, niet waar.
=====
Intake opvang (via {{o:Blijf Groep}}, overplaatsing vanuit Amsterdam)
Cliënt: [[p:Agnieszka Zając]]
Reden overplaatsing: dader woont in Amsterdam-Noord en heeft haar daar gevonden.
Werkvoorziening/inkomen: werkte als schoonmaakster, loon op [[i:NL30INGB9098198773]] (alleen op haar naam, gelukkig).
Contactpersoon in netwerk: vriendin [[p:Monika]], [[t:+48 698 112 474]]
Advocaat: mr. [[p:R. de Haan]] (echtscheiding + omgang)
=====
Overdracht opvang → ambulante hulp
Mw [[p:Khadija Azzaoui]] en dochters [[p:Rania]] (14), [[p:Salma]] (10) verlaten op [[d:1 oktober]] de opvang en verhuizen naar een woning van {{o:Staedion}} in {{w:Ypenburg}}: [[a:Laan van Hoornwijck 154]]. Dit adres is NIET bekend bij ex-partner; niet delen met school in Zoetermeer (oude school), wel met nieuwe school. Nazorg door {{o:Kompassie}} ambulant, 3 maanden.
=====
Opvang – intake man
[[p:Jeroen Haverkamp]] (44) meldt zich via {{o:Veilig Thuis}}. Hij wordt door zijn vrouw geslagen en vernederd, schaamt zich hiervoor. Woont nu tijdelijk in zijn auto. Mannenopvang geregeld via {{o:Perspektief}}. Hij wil dat zijn zoon [[p:Stijn]] (12) niet bij moeder blijft maar durft geen stappen te zetten. Mobiel: [[t:06-15 09 33 84]].
=====
Opvanglocatie (geheim) – regels voor bewoners, bijlage bij intake
- Geef het adres aan niemand, ook niet aan familie of vriendinnen.
- Laat je niet naar de voordeur brengen door een taxi; stap uit op de hoek.
- Geen foto's op social media met herkenbare omgeving.
- Post gaat via Postbus 16100, 2500 BC Den Haag.
- Bezoek alleen in de bezoekruimte in het kantoor, niet op de groep.
=====
intake [[d:8/11]] mw [[p:teklehaimanot]] (Tigrinya tolk via telefoon) – mw is met baby [[p:Selam]] (4 mnd) gevlucht van [[a:Parallelweg 66-F]], waar ze met man en zijn broer woonde. man heeft haar paspoort en verblijfsdocument. opvang via VT. volgende stappen: melding bij politie (aangifte?), nieuw document via IND, kinderbijslag SVB wijzigen.
=====
Aanvraag beschermd adres (opvang)
Naam: [[p:Mireille Jacobs]]
Oud adres: [[a:Betje Wolffplein 3]], [[pc:2321 AS]] Leiden
Verzoek: geheimhouding persoonsgegevens BRP (art. 2.59 Wet BRP)
Reden: ex-partner [[p:Sven Lodder]] heeft haar eerder via de gemeente gevonden (verhuisbericht). Contactverbod tot [[d:31-12-2025]], zaaknummer rechtbank [[z:C/09/661208 / KG ZA 24-118]].
=====
Intake notitie (kindbegeleider opvang)
[[p:Isa]] (7) en [[p:Liam]] (4) [[p:de Jong]] zijn gisteren met moeder gekomen. [[p:Isa]] praat veel, vertelt dat "papa mama tegen de kast duwde". [[p:Liam]] zegt niets, plast weer in bed. Beide kinderen missen hun kat ("Pluis"), die bij oma [[p:Ria]] is ([[a:Stokroosstraat 9]]). School: kinderen gaan tijdelijk niet naar de oude school (daar komt vader), zoeken naar plek op schakelklas.
=====
Uitstroom opvang [[d:30 juni 2024]]
Mevrouw [[p:Leila Farouk]] gaat naar een urgentiewoning in {{w:Zuiderpark}}. Huurcontract ingang [[d:1 juli]]. Inrichting: bijzondere bijstand aangevraagd (€ 2.850), aanvraagnummer [[z:BB-24-99081]]. Rekening mw: [[i:NL91 RABO 6570 4883 87]].
Ex-partner heeft contactverbod + enkelband (tot 3 maanden na vrijlating).
=====
Intakeformulier opvang (deels)
Naam: ....................................  (wordt niet ingevuld, cliënte gebruikt roepnaam)
Roepnaam: [[p:Mimi]]
Leeftijd: 23
Aantal kinderen: 0, zwanger 20 weken
Verwijzer: {{r:verloskundige}} [[p:Anke Mol]] ([[t:06-24 09 71 35]])
Loverboy/mensenhandel: vermoeden, doorverwijzing {{o:Fier}}
=====
Notitie nachtdienst opvang: om 03:20 belde een man naar het algemene nummer van de opvang en vroeg naar "[[p:Soraya]]". Niets bevestigd. Mogelijk ex-partner van cliënt op kamer 12. Volgens protocol de politie ingelicht (melding [[z:PL1500-2024230871]]) en cliënt 's ochtends geïnformeerd. Verhuizing naar andere locatie wordt overwogen.
=====
Opvang voor ouderen bestaat nauwelijks. Wij plaatsten een vrouw van 79 die door haar zoon werd mishandeld in een logeerbed van een verpleeghuis (respijtzorg), 6 weken. Dat werkte omdat de {{r:specialist ouderengeneeskunde}} meedacht. Tip: vraag via de {{r:Wmo-adviseur}} een spoedindicatie aan.
""")
# ---------------------------------------------------------------------------
# 7. Risk assessments (checklists, RiHG, LIRIK, Barometer, sterktes/zorgen)
# ---------------------------------------------------------------------------
add(r"""
RISICOTAXATIE – samenvatting (LIRIK)
Kind: [[p:Nova Meijer]], [[d:12-12-2020]]
Ouders: [[p:Kelly Meijer]] (22), [[p:Dylan Westerveld]] (24)
Ingevuld door: [[p:Hanna Prins]], {{r:jeugdbeschermer}} {{o:Jeugdbescherming west}}, op [[d:6 mei 2024]]
Kindfactoren: huilbaby geweest, ontwikkelingsachterstand taal
Ouderfactoren: moeder LVB (IQ ± 68), vader cannabisgebruik dagelijks, beide eigen jeugdhulpverleden
Gezinsfactoren: schulden (± € 14.000), wisselende woonplekken (4 adressen in 2 jaar), partnergeweld (2x politie)
Beschermende factoren: oma moederszijde ([[p:Petra Meijer]], [[a:Mient 411]]) is betrokken
Risico-inschatting: HOOG
=====
Checklist risicofactoren partnergeweld (ingevuld [[d:28/2]])
[x] eerder fysiek geweld
[x] toename ernst/frequentie afgelopen 6 mnd
[x] wurging / poging tot verstikking   <-- !!
[ ] wapenbezit
[x] scheiding in gang / net gescheiden
[x] jaloezie, controle, stalking
[ ] dreigen met zelfdoding
[x] slachtoffer zwanger
Conclusie: hoog risico, direct melden VT. Slachtoffer: mw [[p:Aïcha Touré]], [[t:06 52 77 10 83]]. Pleger: [[p:Ibrahim Koné]].
=====
Barometer (risicotaxatie) uitkomst fam. [[p:Sarmo]]: score 31 → hoog risico. Mate van onveiligheid kinderen: 4 op schaal 0-10 volgens ouders, 2 volgens school. Kinderen: [[p:Ashwin]] (13), [[p:Shanti]] (11). Herbeoordeling in week 32.
=====
Samenvatting risicotaxatie ouderenmishandeling
Dhr. [[p:Cornelis Vink]] (84), [[a:Valkenboskade 405]], woont samen met zoon [[p:Richard]] (52).
Risicofactoren: zoon werkloos en financieel afhankelijk; alcoholgebruik zoon; dhr. sociaal geïsoleerd; dhr. afhankelijk van zoon voor boodschappen en medicatie.
Beschermend: dochter [[p:Marian Vink]] komt wekelijks (woont in Wateringen, [[t:0174-29 43 18]]); huisarts alert.
Vermoeden: financiële uitbuiting (pinbetalingen € 300-500/week), psychische mishandeling (schelden).
Ernst: matig tot hoog.
=====
RiHG (Risicotaxatie-instrument Huiselijk Geweld) – toelichting bij items
Item 3 "Pleger heeft eerder geweld gebruikt tegen (ex)partner": ja, zie registratie [[d:14-05-2021]] en [[d:02-01-2023]]
Item 7 "Pleger dreigt het slachtoffer te doden": ja, volgens verklaring slachtoffer [[p:Melanie Kroes]] ("ik maak je af als je weggaat")
Item 11 "Er zijn kinderen in het gezin": ja, [[p:Fay]] (5) en [[p:Ivy]] (3)
Item 14 "Pleger heeft toegang tot wapens": onbekend
Totaalscore: 17 van 20 → huisverbod opgelegd
Pleger: [[p:Raymond Kroes]], [[a:Slicherstraat 12]]
=====
Sterktes en zorgen (signs of safety) – gezin [[p:Bouzidi]]
Wat gaat goed: moeder [[p:Latifa]] brengt [[p:Adam]] (6) elke dag op tijd naar school; vader [[p:Hicham]] is gestopt met drinken sinds [[d:1 januari]]; oma [[p:Fatna]] past op.
Zorgen: vader verliest soms controle bij stress, heeft [[p:Adam]] in november hard bij de arm gepakt (blauwe plekken).
Schaal 0-10 (10 = veilig genoeg om dossier te sluiten): moeder 7, vader 8, school 5, {{r:jeugdconsulent}} 5.
=====
Risicoscreening bij intake (SWT, vast format)
Is er sprake van geweld in huis?  ☐ nee  ☒ ja  ☐ weet niet
Zijn er kinderen in huis?        ☐ nee  ☒ ja → aantal 1, leeftijd 16
Voelt de cliënt zich veilig?     ☐ ja   ☒ soms  ☐ nee
Eerder contact met VT?           ☒ ja  (jaar: 2022)
Cliënt: [[p:Gerda Plomp]]  dossier [[z:SWT-VR-24-1180]]
Actie: Meldcode stap 2 starten.
=====
Screeningslijst eergerelateerd geweld (concept, ingevuld door {{r:aandachtsfunctionaris}})
- Familie oefent druk uit op relatie/kleding/vrienden van jongere: ja ([[p:Dilan]], 17)
- Jongere is bang voor vakantie naar land van herkomst: ja (zomer, reis gepland [[d:15 juli]])
- Broer ([[p:Serhat]], 21) houdt toezicht op haar: ja
- Eerder vermissing: nee
Advies gevraagd aan het {{o:Landelijk Expertise Centrum Eergerelateerd Geweld}} via de politie. Contact met {{r:wijkagent}} [[p:Remco Bos]], [[t:06-46 11 23 09]].
=====
Risicotaxatie afgenomen, maar zonder uitslag van de school en huisarts. Daardoor is het beeld onvolledig. Lees dit als voorlopige inschatting. De taxatie moet binnen 6 weken herhaald worden, en bij elk nieuw incident. Het instrument voorspelt geen individueel gedrag; het helpt ons het gesprek over veiligheid te structureren.
=====
ARIJ (Actuarieel Risicotaxatie Instrument Jeugdbescherming) samenvatting
Gezin: [[p:Hoogland]] | kind [[p:Ruben]] ([[d:22-07-2013]]), [[p:Eva]] ([[d:05-03-2017]])
Ouder 1: [[p:Mark Hoogland]], veroordeling geweld: ja (2018)
Ouder 2: [[p:Sabine Hoogland-Verhoeven]], eigen ervaring mishandeling in jeugd: ja
Aantal eerdere meldingen VT: 3 (2019, 2021, 2023)
Uitkomst: hoog risico op herhaling binnen 2 jaar
=====
Risico-inschatting stalking ex-partner
Slachtoffer: [[p:Lisa Mulder]], [[e:lisamulder94@hotmail.com]], [[t:06-34 12 98 45]]
Ex-partner: [[p:Kevin Schipper]]
Gedragingen afgelopen maand: 60+ berichten per dag via WhatsApp en Instagram, wacht op haar bij werk (Albert Heijn aan de Fahrenheitstraat), GPS-tracker gevonden onder haar auto op [[d:12 augustus]].
Score op checklist SAM: hoog op "escalatie" en "obsessie".
Aangifte gedaan, pv-nummer [[z:2024238871]].
=====
checklist veiligheid kinderen (bij huisbezoek, SWT)
- kinderen gezien: ja, [[p:Roan]] (8 mnd) en [[p:Luuk]] (3)
- slaapplek kinderen: ok
- eten in huis: weinig
- letsel gezien: nee
- sfeer: gespannen, vader [[p:Jordi]] kwam halverwege thuis en was kortaf
- afspraak volgende keer: [[d:di 26 nov]] 10u
""")
# ---------------------------------------------------------------------------
# 8. Wijkagent messages (mail, app, mutaties, doorgestuurd)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Erik Donkers]] <[[e:erik.donkers@politie.nl]]>
Aan: SWT {{w:Moerwijk}}
Onderwerp: zorgmelding [[p:Yılmaz]] – [[a:Moerweg 512]]

Goedemiddag,

Vannacht ([[d:zondag 14 april]] rond 01:30) zijn collega's ter plaatse geweest op bovenstaand adres na melding van buren (geschreeuw, vrouw die om hulp riep). Ter plaatse trof men mevrouw [[p:Hatice Yılmaz]] (36) met een bloedneus en haar man [[p:Orhan]] (39), onder invloed. Drie kinderen in de woning, sliepen niet. Geen aangifte door mevrouw. Zorgmelding naar VT is gedaan (registratie [[z:PL1500-2024071193]]).
Ik zou graag samen met jullie een huisbezoek doen. Ik ben bereikbaar op [[t:06 - 50 72 31 98]] (niet voor noodgevallen, dan 112).

Met vriendelijke groet,
[[p:Erik Donkers]]
{{r:wijkagent}} {{w:Moerwijk}}/{{w:Zuiderpark}}
=====
[WhatsApp, groep "wijknetwerk Spoorwijk"]
[08:14] [[p:Bas]] (wijkagent): morgen 10u huisbezoek bij de mevrouw van de [[a:Slachthuisstraat 43]]? ivm die melding van vrijdag
[08:20] [[p:Mirjam]] SWT: ja ik kan, ik neem [[p:Nicole]] van CJG mee
[08:21] [[p:Bas]] (wijkagent): top 👍 geen namen hier aub, de rest via mail
=====
Bericht wijkagent (doorgestuurd door teamleider)
"Ter info: gisteravond huiselijke twist [[a:Gaslaan 7-B]], partners [[p:N.]] en [[p:T.]] (initialen ivm privacy). Geen letsel, wel minderjarige aanwezig (meisje ± 12). Collega's hebben kindcheck gedaan. Hier is de afgelopen maanden al vaker iets geweest. Graag jullie kijk. Gr, [[p:Frank]]"
=====
Hoi [[p:Samira]], de man van [[p:Svetlana]] ([[p:Andrei Ivanov]]) is vandaag aangehouden voor overtreding van het contactverbod. Zit op het bureau Jan Hendrikstraat tot morgen. Zij weet het al. Hij heeft een nieuwe telefoon, het nummer is [[t:06-48 93 00 21]], misschien handig voor VT. Groet [[p:Marco]], wijkagent {{w:Centrum}}
=====
Mutatie (uittreksel ten behoeve van zorgpartners)
Datum: [[d:2024-08-03]] 23:51
Plaats: [[a:Withuysstraat 112]], Den Haag
Soort: huiselijk geweld – ex-partner
Betrokkenen: [[p:BOUALI, Nadia]] (aangever), [[p:AMRANI, Youssef]] (verdachte)
Samenvatting: verdachte forceerde voordeur, bedreigde aangever met mes. Aangehouden. Kinderen [[p:Ilias]] en [[p:Nour]] lagen te slapen.
Registratienummer: [[z:PL1500-2024161540]]
Verbalisant: brigadier [[p:J. van Dongen]]
=====
Beste [[p:Karin]], zoals telefonisch besproken: ik heb geen bezwaar tegen vermelding van de politie-inzet in jullie casusles, zolang er geen adres of namen in staan. Het ging om 4 inzetten in 2023 en 2 in 2024. Groet, wijkagent {{w:Bouwlust}}/{{w:Vrederust}}
=====
wijkagent belde (15:42): mw [[p:van der Laan]] van de [[a:Lijsterbesstraat 220]] heeft hem aangesproken op straat. Ze zegt dat haar dochter [[p:Danielle]] (28) met haar vriend bij haar woont en dat de vriend haar (de moeder) bedreigt. Wijkagent gaat vandaag langs. Hij vraagt of wij mw kennen -> ja, Wmo-cliënt sinds 2022. Afgesproken: ik ga mee.
=====
Van: [[e:wijkagent.laak@politie.nl]]
Onderwerp: RE: RE: fam. [[p:Chen]]

Hoi [[p:Roos]],
De familie is mij bekend, maar ik heb geen meldingen van huiselijk geweld. Wel een melding van overlast (harde muziek) op [[d:9 september]]. De zoon [[p:Chen Hao]] is bekend bij Halt (vernieling). Ik houd oren en ogen open.
Groet, [[p:Wouter Leenders]]

> Op [[d:do 12 sep 2024]] om 11:02 schreef [[p:Roos Tanamal]] <[[e:roos.tanamal@swtdenhaag.nl]]>:
> Ken jij de familie [[p:Chen]] van de [[a:Hobbemaplein 88]]? Er zijn zorgen op school over [[p:Mei]] (10).
=====
SMS van wijkagent: "mw [[p:Kartosen]] is vanmorgen naar de opvang gebracht. Sleutels v woning bij mij. Bel me ff als je kan [[t:0652119037]] - [[p:Dirk]]"
=====
Terugkoppeling aan wijkagent (mail)
Dank voor je melding van dinsdag. We hebben contact gehad met mevrouw. Ze wil geen aangifte doen, maar staat open voor gesprekken bij het {{o:Algemeen Maatschappelijk Werk}}. De kinderen zijn in beeld bij het {{o:CJG}}. We houden je op de hoogte als er iets verandert. Gr. [[p:Loes]]
=====
Wijkagent [[p:Ahmed Lamrani]] stuurt via Veilig Mailen (ZIVVER):
"Bijgaand het proces-verbaal van bevindingen d.d. [[d:22-01-2024]] inzake [[p:Rosalie Tromp]] ([[d:13-03-1996]]) en [[p:Glenn Tromp]] ([[d:01-08-1994]]), [[a:Kamperfoeliestraat 188]], [[pc:2563 LS]]. Let op: PV is uitsluitend bedoeld voor het ZVH-overleg van [[d:24 januari]]. PV-nummer [[z:PL1500-2024009981]]."
=====
Hoi collega's,
Fijn dat we elkaar zien bij de wijkschouw. Even algemeen over huiselijk geweld in {{w:Duindorp}}: meldingen pieken rond de feestdagen en na voetbalwedstrijden. Alcohol speelt bijna altijd een rol. Ik ben per [[d:1 maart]] ook aanspreekpunt voor {{w:Scheveningen-Haven}}. Algemeen nummer politie: 0900-8844.
Groet, [[p:Ronald Smeets]], {{r:wijkagent}}
=====
[app] wijkagent [[p:Sjoerd]]: ben net bij [[p:Lamiae]] geweest, gaat goed, ex is niet meer geweest. Ze vroeg of jij haar nog belt over die brief van de advocaat. Haar nummer is gewijzigd: [[t:06 – 21 40 88 06]]
""")
# ---------------------------------------------------------------------------
# 9. Case lessons and process texts for the pilot theme huiselijk geweld
#    (mostly without personal data; some with leftovers)
# ---------------------------------------------------------------------------
add(r"""
Casusles thema huiselijk geweld (geanonimiseerd)
Een moeder van drie kinderen (2, 6 en 9) in {{w:Laak}} werd al jaren gecontroleerd door haar partner: geen eigen bankpas, geen telefoon zonder zijn toezicht. Pas toen de {{r:schoolmaatschappelijk werker}} en de {{r:wijkverpleegkundige}} hun zorgen naast elkaar legden, werd het patroon zichtbaar. Les: dwingende controle zie je niet in één gesprek; leg signalen van verschillende organisaties bij elkaar, binnen de regels van de Meldcode.
=====
Wat we leerden van de huisverboden in 2023
1. Dag 1 tot 3 zijn cruciaal: de achterblijver is dan het meest open voor hulp.
2. Vergeet de uithuisgeplaatste niet. Wie niemand heeft, keert vaker terug of overtreedt het verbod.
3. Kinderen hebben een eigen gesprek nodig, los van de ouders.
4. Leg per huisverbod vast wie de regie heeft; bij twijfel is dat {{o:Veilig Thuis}}.
=====
Vraag aan de pilotgroep: hoe gaan jullie om met cliënten die geen veiligheidsplan op papier willen, omdat de partner het kan vinden? Wij werken nu met een plan dat alleen in ons dossier staat, plus een codewoord in de app. Werkt dat bij jullie ook, of hebben jullie iets beters?
[[p:Sevda]] (SWT {{w:Laak}})
=====
Reactie: Bij ons in {{w:Mariahoeve}} maken we het plan samen en fotografeert de cliënt het niet; we spreken 3 dingen af die ze uit het hoofd kent. Minder is meer. Voor ouderen werkt een kaartje in de portemonnee met alleen het nummer van {{o:Veilig Thuis}} (0800-2000) goed, want dat valt niet op. – [[p:gerard]]
=====
Themabijeenkomst huiselijk geweld – programma
13.30 inloop
14.00 opening door de {{r:wethouder}}
14.15 "Kinderen als getuige", [[p:Ellen Brouwer]] ({{o:Augeo Foundation}})
15.00 workshops: (a) Meldcode in de praktijk (b) werken met het netwerk (c) ouderenmishandeling
16.30 borrel
Locatie: wijkcentrum, zaal De Kade. Aanmelden via het algemene mailadres van de pilot.
=====
Casusles: kind-oudermishandeling wordt vaak niet herkend. Een moeder van 62 vertelde pas na maanden dat haar zoon van 30 haar bedreigde. Zij schaamde zich en wilde hem niet "aangeven". Wat hielp: een {{r:ervaringsdeskundige}} van {{o:Stichting MOOI}} die zelf moeder was van een zoon met verslaving. Les: vraag bij ouderen die met een volwassen kind samenwonen altijd door.
=====
Reflectie na een MDO: we waren met negen professionals, maar niemand had de kinderen zelf gesproken. Vanaf nu vragen we in elk overleg: wie heeft het kind gezien, en wat zei het kind?
=====
Stappen na een huisverbod voor het wijkteam (werkinstructie, versie 1.3)
- VT belt het wijkteam binnen 24 uur als het gezin bekend is.
- De {{r:casusregisseur}} sluit aan bij het eerste huisbezoek.
- Praktische zaken (inkomen, huur, kinderopvang) liggen bij het wijkteam.
- Na dag 10 of 28 volgt een overdrachtsgesprek.
- Registreer in het systeem onder code HG-07.
=====
Casusles ouderen: een echtpaar van in de 80 in {{w:Loosduinen}}, de man dementerend en soms agressief, de vrouw die niemand iets vertelde uit loyaliteit. De {{r:casemanager dementie}} zag de plekken op haar armen. We hebben geen melding gedaan maar hulp georganiseerd: dagbesteding voor hem, gesprekken voor haar. Na 3 maanden geen incidenten meer. Ontspoorde zorg is ook huiselijk geweld, maar vraagt een andere aanpak dan partnergeweld.
=====
Vraag uit de pilot: mag ik als {{r:Wmo-adviseur}} zonder toestemming informatie delen met {{o:Veilig Thuis}}? Antwoord: ja, op grond van het meldrecht (art. 5.2.6 Wmo 2015) mag je bij een vermoeden van huiselijk geweld gegevens aan VT verstrekken, ook zonder toestemming, als dat nodig is om het geweld te beëindigen of een redelijk vermoeden te onderzoeken.
=====
Cijfers {{o:Veilig Thuis Haaglanden}} (openbaar jaarverslag): ongeveer 6.500 meldingen en 7.000 adviezen per jaar; 52% van de meldingen komt van de politie. Het aandeel meldingen over ouderen is laag (circa 5%), terwijl de schatting is dat 1 op de 20 ouderen slachtoffer is.
=====
Casusles: een jonge vrouw van 19 werd door haar familie onder druk gezet om te trouwen. Haar mentor merkte dat zij na de zomer niet terug zou komen. Door tijdig contact met de {{r:wijkagent}} en het {{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}} is de reis voorkomen. Les: bij eergerelateerd geweld nooit zelf met de familie in gesprek gaan zonder advies van experts.
=====
Terugblik expertmeeting april, thema huiselijk geweld. Sprekers: [[p:Annemijn Roest]] van {{o:Veilig Thuis}}, [[p:Hüseyin Acar]] van de {{o:Politie Eenheid Den Haag}} en het {{o:Zorg- en Veiligheidshuis Haaglanden}}. Belangrijkste conclusie: de wijkteams moeten sneller en vaker advies vragen. Adviesvragen "kosten" niets en worden niet geregistreerd als melding. Volgende bijeenkomst in juni.
=====
Casusles (met toestemming cliënte, namen veranderd): "[[p:Mila]]" (roepnaam in de les) vond na 11 jaar de moed om weg te gaan. Haar advies aan hulpverleners: "Vraag het gewoon. Vraag het twee keer. Ik zei de eerste vijf keer dat alles goed ging." Het team in {{w:Leidschenveen}} heeft dit opgenomen in het intakegesprek.
""")
# ---------------------------------------------------------------------------
# 10. Messages from clients, partners, ex-partners and relatives
# ---------------------------------------------------------------------------
add(r"""
hoi [[p:Marloes]] met [[p:esra]]. hij stond gisteren weer voor de deur om 11 uur smavonds. ik heb niet open gedaan en mn zus gebeld zoals in het plan. kinderen sliepen gelukkig. moet ik aangifte doen? ik durf niet. mn nieuwe nummer is [[t:0687201542]] de oude niet meer gebruiken aub
=====
Geachte mevrouw,

Ik ben de vader van [[p:Sven]] en [[p:Julia]] en ik wil bezwaar maken tegen wat er over mij in het verslag van {{o:Veilig Thuis}} staat. Ik heb mijn ex nooit geslagen. Zij liegt om de kinderen bij mij weg te houden. Ik wil mijn kinderen gewoon zien, dat is mijn recht. Ik heb een advocaat ingeschakeld (mr. [[p:Verstegen]]).

[[p:Remco de Lange]]
[[a:Pijnacker Hordijklaan 72]]
[[t:06 29 51 87 04]]
=====
Beste mevrouw [[p:Sahin]], ik ben de buurvrouw van [[p:Nurcan]] op nummer 32. Ik hoor elke avond schreeuwen en de kinderen huilen. Ik wil niet dat ze weet dat ik dit stuur. Kunt u iets doen? Groet, een bezorgde buurvrouw
=====
Whatsapp doorgestuurd door cliënte (met toestemming, als bewijs voor advocaat):
[[d:03-02-24]] 23:14 - [[p:Dennis]]: je gaat hier spijt van krijgen
[[d:03-02-24]] 23:15 - [[p:Dennis]]: ik weet waar je moeder woont [[a:Heliotrooplaan 51]] toch
[[d:03-02-24]] 23:40 - [[p:Dennis]]: neem op
[[d:04-02-24]] 00:02 - [[p:Dennis]]: sorry schat ik hou van je
=====
Van: [[e:oma.truus1955@ziggo.nl]]
Aan: jeugdconsulent
Onderwerp: kleinkinderen

Hallo,
Ik ben [[p:Truus Veldman]], de oma van [[p:Jayden]] en [[p:Lynn]]. Ik heb gehoord dat er een melding is. Ik wil graag helpen. De kinderen kunnen altijd bij mij terecht, ik woon op de [[a:Marconistraat 14]] in Rijswijk en ben bijna altijd thuis. Mijn nummer is [[t:070 - 399 25 10]]. Mijn zoon weet niet dat ik u mail.
Groetjes [[p:Truus]]
=====
ik ben [[p:Hassan]] de broer van [[p:Saida]]. ik wil zeggen dat mijn zus veilig is bij ons. Ze hoeft niet naar die opvang. Wij zorgen voor haar. U hoeft ons niet meer te bellen.
=====
Bericht via contactformulier website SWT:
Naam: [[p:A. Mahabier]]
E-mail: [[e:amahabier.77@gmail.com]]
Telefoon: [[t:+31 6 48 22 71 06]]
Bericht: Mijn dochter ([[p:Roshni]], 19) woont bij haar vriend in {{w:Vrederust}} en ik zie haar bijna niet meer. Ze heeft een blauw oog gehad en zei dat ze gevallen was. Wat kan ik doen als moeder? Hij heeft haar telefoon en ze mag niet alleen naar buiten.
=====
Email van cliënte aan haar {{r:maatschappelijk werker}}:
"Hoi [[p:Jolanda]], bedankt voor gisteren. Ik heb erover nagedacht en ik wil toch naar de opvang. Kan het deze week? [[p:Murat]] werkt donderdag van 7 tot 17, dan kan ik met de kinderen weg. Bel me niet, stuur alleen een sms met 'afspraak tandarts ok' als het lukt. [[p:Kübra]]"
=====
Brief van uithuisgeplaatste aan de burgemeester (kopie aan VT)

Den Haag, [[d:19 maart 2024]]

Hierbij maak ik bezwaar tegen het huisverbod dat mij op [[d:16 maart]] is opgelegd. Ik woon al 14 jaar op de [[a:Regentesselaan 209]] en ik heb nergens anders om te slapen. Mijn vrouw heeft mij uitgedaagd. Ik heb twee kinderen van 11 en 8 die mij nodig hebben.

Hoogachtend,
[[p:M. Erdoğan]]
=====
Sms van moeder aan gezinsvoogd: "goede morgen [[p:Hanna]] [[p:dylan]] is weer bij mij gisteren geweest en heeft [[p:NOVA]] niet aangeraakt. oma [[p:Petra]] was erbij. ik wil graag dat dat zo blijft kan dat. [[p:Kelly]]"
=====
Voicemail (uitgeschreven door secretariaat)
"Ja hallo dit is [[p:Bogdana]] eh [[p:Bogdana Petrova]] de vrouw van [[p:Georgi]]. U mag niet meer met mijn man praten. Hij zegt dat ik de kinderen kwijt raak als ik met u praat. Is dat waar? Belt u mij terug op dit nummer, [[t:+359 88 741 2093]], niet op het huisnummer."
=====
reactie ex-partner op uitnodiging netwerkberaad: "ik kom niet als zij daar is. jullie hebben toch al besloten dat ik de dader ben. stuur maar naar mijn advocaat [[e:info@verstegenadvocaten.nl]]. [[p:R. de Lange]]"
=====
Bericht van [[p:Aisha]] (16) via chat van de {{o:Kindertelefoon}}-doorverwijzing aan schoolmaatschappelijk werk:
"mijn vader slaat mijn moeder en ik moet altijd op mijn broertjes letten. ik wil niet dat de politie komt want dan gaat mijn vader naar de gevangenis. maar ik kan zo niet meer. ik zit op het Zuid-West college klas 4b."
=====
Hoi [[p:Rianne]]. Ik ben [[p:Amal]]. Hij is weer hier geweest vandaag. De kinderen waren op school gelukkig. Hij heeft de ruit van de keuken kapot gemaakt. Politie is geweest, nummer van de melding is [[z:2024-118204]]. Ik ga bij mijn tante slapen [[a:Weimarstraat 301]]. Mijn telefoon is bijna leeg.
=====
Van: [[p:Fleur van Oosten]] <[[e:fleur.v.oosten@outlook.com]]>
Onderwerp: mijn moeder

Ik maak me grote zorgen om mijn moeder ([[p:Hennie van Oosten]], 79). Mijn broer [[p:Marcel]] woont bij haar sinds zijn scheiding en ik zie dat ze bang voor hem is. Hij beheert haar geld en ik krijg geen inzage. Ik woon zelf in Groningen, dus ik kan er niet vaak zijn. Haar adres: [[a:Marlotlaan 8]], [[pc:2593 AC]]. Mijn eigen nummer: [[t:050-5271844]].
=====
whatsapp van cliënt aan SWT-medewerker, [[d:vr 7 juni]] 22:48
"sorry dat ik zo laat stuur. [[p:kevin]] heeft weer gedronken en heeft [[p:Mila]] uit haar bed gehaald en geschreeuwd. ik zit nu met haar in de badkamer op slot. ik bel de politie niet want dan wordt hij nog bozer"
(reactie medewerker volgende ochtend 07:30: "Bel altijd 112 als je je niet veilig voelt. Ik bel je om 9 uur.")
""")
# ---------------------------------------------------------------------------
# 11. Other professional notes around huiselijk geweld
# ---------------------------------------------------------------------------
add(r"""
JGZ – signaal consultatiebureau {{w:Bezuidenhout}}
Kind: [[p:Olivia Smits]], geb. [[d:14-03-2024]], 6 wkn consult op [[d:25-04-2024]]
Moeder: [[p:Kim Smits]], 20 jr. Vader: [[p:Thomas Gerritsen]]
Observatie {{r:JGZ-verpleegkundige}}: moeder gespannen, vader beantwoordt alle vragen, moeder kijkt naar vader voordat ze iets zegt. Op vraag "voel je je veilig thuis" (standaard vraag, vader even weg) begint moeder te huilen.
Actie: Meldcode stap 2 met {{r:jeugdarts}} dr. [[p:Amrani]]; vervolgafspraak over 1 week i.p.v. 4.
=====
Kraamzorg – overdracht aan {{r:verloskundige}}
Kraamvrouw mw [[p:Shirin Moradi]], [[a:Nieuwe Havenstraat 8-II]], baby [[p:Darius]] geb. [[d:01/09/2024]].
Kraamverzorgende ([[p:Gonnie]]) zag op dag 3 dat partner de kraamvrouw uitschold en haar telefoon afpakte. Kraamvrouw vroeg om het niet door te geven. Besproken met aandachtsfunctionaris {{o:Kraamzorg Het Groene Kruis}}. Advies: verloskundige en huisarts informeren, VT om advies.
=====
Schoolsignaal (mail {{r:intern begeleider}} aan SWT)
Beste [[p:Mehmet]],
[[p:Rayan]] uit groep 7 (ouders [[p:Nadia El Hamdaoui]] en [[p:Khalid Bourhim]]) vertelde vandaag aan zijn juf dat hij "niet meer naar huis durft want papa heeft mama met een riem geslagen". Wij hebben met moeder gebeld ([[t:06 40 55 29 87]]); ze kwam direct. Ze wil met de kinderen naar haar zus ([[p:Hafsa]], in Delft). Wij hebben VT gebeld en een melding gedaan. Kun jij vandaag nog contact met moeder opnemen?
[[p:Anne-Marie Kooijman]], IB De Vlierboom, direct [[t:070 388 21 07]]
=====
Gezinsvoogd – voortgangsrapportage (uittreksel)
Ondertoezichtstelling [[p:Tyrone]] ([[d:30-04-2011]]) en [[p:Kiara]] ([[d:12-10-2014]]) [[p:Martina]], uitgesproken [[d:21-06-2023]] voor 1 jaar, zaaknummer [[z:C/09/645001 JE RK 23-1170]].
Ontwikkelingsdoelen: (1) de kinderen groeien op zonder huiselijk geweld, (2) moeder kan grenzen stellen, (3) vader volgt behandeling bij {{o:Fivoor}}.
Stand: doel 1 grotendeels behaald, geen politie-inzet sinds [[d:10 september 2023]]. Vader is niet gestart.
Advies: verlenging OTS met 1 jaar.
{{r:jeugdbeschermer}}: [[p:Maarten Kuijpers]], {{o:William Schrikker Stichting}}
=====
Centrum Seksueel Geweld – overdracht (alleen met toestemming cliënte)
Cliënte [[p:Eline]] (17) is op [[d:zaterdag 12 oktober]] gezien in het {{o:Centrum Seksueel Geweld Haaglanden}} (forensisch onderzoek). Dader is haar ex-vriend ([[p:Tijn]], 18). Ze wil nazorg via het wijkteam in plaats van via de GGZ. Moeder ([[p:Mariska]], [[t:06-22 10 99 41]]) is op de hoogte.
=====
Slachtofferhulp – verzoek om gegevens
Graag ontvangen wij de contactgegevens van het slachtoffer [[p:Roos van Eijk]] (zaak [[z:SHN-2024-77312]]). Zij heeft bij de politie aangegeven hulp te willen bij de schadevergoeding (€ 1.250 medische kosten, € 300 gebroken bril). Wij kunnen haar bereiken via [[e:roosvaneijk@live.nl]] volgens het PV; klopt dit nog?
Met vriendelijke groet, {{o:Slachtofferhulp Nederland}}, regio Den Haag
=====
Omgangsregeling – afspraken na huisverbod (voorlopig, tot de rechter beslist)
- Omgang vader [[p:Stefan Wouters]] met [[p:Luca]] (5): zaterdag 10-13 uur, onder begeleiding van {{o:Omgangshuis Haaglanden}}
- Overdracht via oma vaderszijde ([[p:Els Wouters]], [[a:Oude Haagweg 201]], [[t:06 11 75 40 93]])
- Geen telefonisch contact tussen ouders; alleen via de app OuderApp over praktische zaken
- Evaluatie bij zitting op [[d:28 november 2024]]
=====
Financiële uitbuiting – overzicht (opgesteld met cliënte en {{r:schuldhulpverlener}})
Gezamenlijke rekening [[i:NL36ABNA2211219963]]: ex-partner heeft na vertrek € 4.200 opgenomen.
Leningen op naam cliënte afgesloten door ex (zonder medeweten): 2x (Ferratum € 1.000, Wonga € 600).
Nieuwe eigen rekening cliënte: [[i:NL71 SNSB 1784 5919 79]] (alleen post naar opvangadres → loopt via postbus van de opvang).
Cliënte: [[p:Lindsey Koorndijk]], BSN [[b:456342060]]
=====
Tolkgesprek (Arabisch) – verslag
Mevrouw [[p:Rasha Al-Hamwi]] vertelt dat haar man [[p:Bassel]] haar verbiedt Nederlandse les te volgen. Ze is bang dat hij de kinderen ([[p:Yamen]] 8, [[p:Lujain]] 5) meeneemt naar Turkije. Paspoorten liggen bij hem. Zij wil geen scheiding maar wil wel "dat hij verandert". Tolk: [[p:M. Haddad]] (tolknummer [[z:TVCN-30217]]).
=====
Huisarts aan SWT (via beveiligde mail)
Betreft pat. [[p:L. Goedhart]], [[d:11-02-1972]]
Pat. heeft mij toestemming gegeven u te informeren. Zij heeft sinds jaren klachten die passen bij langdurig partnergeweld (slapeloosheid, hoofdpijn, angst). Zij is bereid tot gesprekken met het SWT. Gelieve contact op te nemen via haar werk (zij heeft geen eigen telefoon): [[t:070 - 311 76 00]] toestel 214, vragen naar [[p:Linda]].
Met collegiale groet,
[[p:R.J. Bijl]], {{r:huisarts}}
=====
Verslag netwerkberaad [[d:5 november]] (fam. [[p:Sewbaransingh]])
Aanwezig: moeder [[p:Anita]], oma [[p:Kamla]], tante [[p:Reshma]] ([[t:06 29 14 77 03]]), buurman [[p:Harry de Winter]], pastor ds. [[p:Wijngaarden]], {{r:jeugdconsulent}} [[p:Noortje]], {{r:casusregisseur}} [[p:Ahmed]]
Vader ([[p:Sunil]]) was uitgenodigd maar niet gekomen.
Netwerk neemt toe: tante vangt de kinderen op bij ruzie, buurman belt bij geschreeuw 112, oma komt elke woensdag.
=====
Reclassering – toezichtsrapport (deel)
Cliënt: [[p:Hakan Güler]], [[d:09-09-1990]], parketnummer [[z:09-187440-23]]
Bijzondere voorwaarden: contactverbod met [[p:Nesrin Güler]] en locatieverbod [[a:Zuiderparklaan 123]] (straal 500 m), deelname Tr!ps agressieregulatie.
Naleving: 1 overtreding ([[d:02-03-2024]], bericht gestuurd via moeder).
Advies: geen tenuitvoerlegging, wel waarschuwing.
{{r:reclasseringswerker}}: [[p:Sanne Verhagen]], [[t:088-8041 337]] (direct)
=====
Verzoek afscherming adres (BRP)
Aan: Gemeente Den Haag, Burgerzaken
Hierbij verzoek ik namens cliënte [[p:Chantal Reijnders]], BSN [[b:235 991 880]], haar gegevens in de BRP af te schermen (geheimhouding art. 2.59). Cliënte is na ernstig partnergeweld verhuisd. Bijlage: verklaring {{o:Veilig Thuis}} d.d. [[d:08-07-2024]].
[[p:Y. Bakker]], {{r:maatschappelijk werker}}
=====
MDO huiselijk geweld – notulen (kort)
Casus 1: [[p:Adjoa]] – gaat beter, afschalen.
Casus 2: fam. [[p:Ramkisoen]] – nieuw incident [[d:20/3]], VT opnieuw betrokken.
Casus 3: [[p:M.]] (16) – eergerelateerd, LEC EGG adviseert, niet bespreken buiten dit overleg.
Casus 4: mw [[p:Nijhuis]] – verhuisd naar Zoetermeer, overdracht aan wijkteam daar.
Volgend MDO [[d:17 april]].
=====
GZ-psycholoog ({{o:Parnassia}}) – terugkoppeling
Ik heb [[p:Shanice]] (14) 6 keer gezien. Zij heeft traumaklachten na jaren getuige te zijn geweest van geweld tussen moeder en stiefvader. EMDR is gestart. Het is belangrijk dat zij niet meer met stiefvader ([[p:Marvin Doelwijt]]) in één huis woont. Moeder: [[p:Gina Doelwijt-Esajas]], [[t:06-19 44 02 83]].
=====
Telefoonnotitie – advocaat van moeder (mr. [[p:Y. Özdemir]], [[t:070-2055190]])
Zij vraagt een verklaring van het SWT voor de kort geding-procedure (uithuisplaatsing vader). Ik heb aangegeven dat we dat alleen met toestemming van cliënte doen en dat we feitelijk beschrijven wat we hebben gezien (geen oordeel). Zitting [[d:18 december]].
=====
Overdrachtsformulier {{o:Veilig Thuis}} → SWT
Naam ouder 1: [[p:KARAMAN, Selin]] | geb. [[d:02-05-1995]] | BSN [[b:129116324]]
Naam ouder 2: [[p:KARAMAN, Burak]] | geb. [[d:27-10-1991]] | BSN [[b:392 988 197]]
Kind: [[p:KARAMAN, Mina]] | geb. [[d:16-01-2021]]
Adres: [[a:Cartesiusstraat 57]] | [[pc:2562 SH]] | 's-Gravenhage
Telefoon ouder 1: [[t:06-2331 0845]] | ouder 2: [[t:06-4017 2298]]
Type geweld: partnergeweld, kind getuige
Veiligheidsplan: bijgevoegd
=====
Korte notitie na huisbezoek [[d:12 juni]]: geen zorgen meer gezien. Kinderen speelden, moeder ontspannen. Vriend was niet aanwezig. Volgende evaluatie over 3 maanden.
""")
# ---------------------------------------------------------------------------
# 12. Short notes, agenda lines, tables, look-alikes
# ---------------------------------------------------------------------------
add(r"""
tel. notitie: mw [[p:de wit]] terug gebeld, gaat goed, hij heeft zich aan contactverbod gehouden. afspraak [[d:di 14/5]] 9.30u.
=====
tel notitie: mw [[p:de wit]] gebeld, niet opgenomen. 2e poging morgen.
=====
Agenda MDO HG [[d:do 21 maart]]: 1) [[p:Visser]] 2) [[p:El Ghazaoui]] 3) [[p:Koning]] / [[p:Hoek]] 4) rondvraag
=====
NB: [[p:Dewi]] (dochter van mw [[p:Soedirman]]) heeft aangegeven dat ze niet meer bij oma in de [[a:Sumatrastraat 210]] wil logeren "omdat opa dan boos wordt". Doorgeven aan [[p:Wilma]] VT.
=====
Rooster huisverbod-piket week 14: ma [[p:Linda]], di [[p:Orlando]], wo [[p:Linda]], do [[p:Fenna]], vr [[p:Orlando]]. Piketnummer: 06-nummer van de dienst (zie intranet). Bij geen gehoor: teamleider.
=====
"Het is weer mis" – bericht van [[p:Jolien]] om 02:14. Politie ter plaatse geweest ([[z:PL1500-2024299012]]). [[p:Jolien]] en [[p:Sammy]] (4) slapen bij de buren op nr. 19.
=====
Verslag kort: Huisbezoek fam. [[p:Groen]] samen met wijkagent. Dhr [[p:Groen]] was rustig. Mw [[p:Winter]] (partner, niet getrouwd) zegt dat het "de laatste tijd beter gaat". Dochter [[p:Bo Winter]] (15) niet thuis. Volgende keer [[p:Bo]] apart spreken.
=====
Kosten opvang: eigen bijdrage € 218,45 per maand, te betalen vanaf maand 2. Zorgtoeslag wordt doorbetaald. Kamer 2.07, gedeelde keuken. Ontbijt 08:00-09:30.
=====
Aan: [[e:teamleider.swt.escamp@denhaag.nl]]
cc: [[e:j.visser@veiligthuishaaglanden.nl]]
Betreft: overdracht casus [[z:SWT-ESC-24-0710]] ([[p:Koning]])
Zie bijlage. Let op: het nieuwe adres van moeder ([[a:Hengelolaan 1020]]) NIET delen met vader of zijn familie.
=====
Signalen (uit dossier, chronologisch)
[[d:12-01]] buren bellen politie (geluidsoverlast)
[[d:28-01]] [[p:Bilal]] (6) met schaafwond op school
[[d:03-02]] moeder meldt zich ziek op werk met "griep", collega ziet blauw oog
[[d:15-02]] VT-melding door school
[[d:16-02]] huisbezoek VT + SWT
[[d:16-02]] vader ([[p:Ayoub Ziani]]) vertrekt naar zijn moeder, [[a:Jan Blankenstraat 117]]
=====
Rondvraag: [[p:Orlando]] vraagt wie er ervaring heeft met het Eritrese netwerk in {{w:Moerwijk}} en {{w:Morgenstond}}. Er is een sleutelfiguur via {{o:Vluchtelingenwerk}}. Neem contact op via het algemene nummer.
=====
Bellijst veiligheidsnetwerk (overgenomen uit plan, versie [[d:4/6]])
1. Tante [[p:Lies]] – [[t:0031 70 3894721]]
2. [[p:Mo]] (neef) – [[t:+31 6 12 90 55 76]]
3. Juf [[p:Anouk]] – via school 070-3271100 (alg.)
4. huisarts – praktijknummer
5. 112
=====
tel. gesprek met meneer [[p:De Vos]] (vader van [[p:Stella de Vos]], 34, slachtoffer). Hij wil dat zijn dochter bij hem komt wonen, [[a:Zeezwaluwstraat 4]] in Scheveningen. [[p:Stella]] wil dat zelf ook. Zijn nr [[t:06 30 11 02 48]]
=====
Let op: het nummer op het aanmeldformulier klopt niet ([[t:06-12345678]]); mw gaf aan dat het haar oude nummer is. Correct nummer via VT opvragen.
=====
Incident (registratie SWT): [[d:za 6 april]], 22.30 uur, ex-partner van mw [[p:Bakker]] bij de woning [[a:Troelstrakade 61]]. Zie ook melding politie. Afstand tot school kinderen ± 400 m (Loosduinseweg). Geen letsel.
=====
bespreking [[p:momo]] (bijnaam van [[p:Mohamed Bouhali]], 15) – hij valt zijn moeder aan als hij zijn zin niet krijgt. moeder [[p:Zahra]] durft hem niet meer aan te spreken. broer [[p:Younes]] (22) woont in Utrecht, wil helpen. [[t:06 1234 7789]].
=====
Telefoonlijst HG-ketenpartners (algemene nummers, geen persoonsgegevens)
{{o:Veilig Thuis}}: 0800-2000 (24/7)
Politie (geen spoed): 0900-8844
Gemeente Den Haag: 14 070
{{o:Slachtofferhulp Nederland}}: 0900-0101
{{o:Zorg- en Veiligheidshuis Haaglanden}}: algemeen nummer, zie website
=====
Correctie: de geboortedatum van [[p:Amira]] is [[d:6 mei 2016]] en niet [[d:6 maart 2016]] zoals in de melding staat.
=====
Doorgestuurd bericht

----- Oorspronkelijk bericht -----
Van: [[p:Hilde Vroom]]
Verzonden: [[d:maandag 9 september 2024]] 16:12
Aan: [[p:Saskia]]; [[p:Ruud]]
Onderwerp: ZVH [[p:De Haan]]

Hoi beiden, [[p:Marco de Haan]] is vrijgekomen. Hij heeft zijn ex ([[p:Nicole]]) al geappt. [[p:Nicole]] wil nu toch een contactverbod. Kunnen jullie haar helpen met de aanvraag? Haar nummer: [[t:06 – 5521 3098]].
=====
Terugbelverzoek: dhr. [[p:Van Rooij]] (zoon van mw [[p:Van Rooij]], 86) belde ivm melding ouderenmishandeling. Hij is boos, wil weten wie gemeld heeft. Niet gezegd. Terugbellen op [[t:(06) 28 41 90 66]] voor uitleg werkwijze.
=====
IBAN ex-partner (nodig voor alimentatie via LBIO): [[i:NL12RABO0123456789]] – volgens cliënte klopt hij niet, ze checkt het bij haar advocaat.
=====
Art. 2 lid 1 Wth: een huisverbod kan worden opgelegd bij ernstig en onmiddellijk gevaar. Duur: 10 dagen, verlenging tot 4 weken mogelijk. In 2024 in Den Haag ± 600 huisverboden (bron: jaarverslag).
=====
Onderwerp: nieuw telefoonnummer cliënte
[[p:Fenna]], het nieuwe nummer van mw [[p:Yeboah]] is [[t:+31 6 39 77 52 14]]. Het oude ([[t:06 19 80 22 43]]) is in handen van haar ex. Niets meer naar dat nummer sturen!
=====
Overdracht weekend: Veilig Thuis heeft vrijdag laat nog een melding doorgezet over een gezin uit {{w:Rustenburg-Oostbroek}}. Maandag bespreken. Details staan in het systeem onder de dossiercode, niet in deze mail.
=====
gesprek met [[p:Natasha]] (zus van cliënt): "[[p:Dre]] (ex van mijn zus) belt mij nu ook steeds. Wat moet ik doen?" Geadviseerd: niet opnemen, alles screenshotten, aangifte.
=====
De heer [[p:J. Hoek]] (buurman) wil getuige zijn in de strafzaak. Contactgegevens aan politie doorgegeven met zijn toestemming: [[t:070-3941208]].
=====
verslag: dhr. [[p:Visser]] belde om 10:15, hij is de vader van [[p:Marieke Visser]] (opvang). Hij weet niet waar ze is en maakt zich zorgen. Volgens protocol niets bevestigd of ontkend.
=====
Samenvatting MDO [[d:30-10]]: gezin [[p:Lambrecht]] blijft in beeld. Ouders doen mee aan de training "Ouderschap blijft" van het {{o:CJG}}. Volgende evaluatie over acht weken. Geen nieuwe incidenten sinds het vorige overleg.
""")
# ---------------------------------------------------------------------------
# 13. Longer reports and mixed documents
# ---------------------------------------------------------------------------
add(r"""
RAPPORTAGE SOCIAAL WIJKZORGTEAM – t.b.v. Veilig Thuis (onderzoek)
Dossier SWT: [[z:SWT-MW-2023-1877]]          Zaak VT: [[z:VTH-2024-040120]]
Opgesteld door: [[p:Khadija Ouali]], {{r:casusregisseur}}, [[d:11 april 2024]]

1. Betrokkenen
Moeder: [[p:Hodan Yusuf Ali]] (32), geb. [[d:19-06-1991]], BSN [[b:355 863 509]]
Kinderen: [[p:Abdirahman]] (12), [[p:Ikraan]] (9), [[p:Hibaaq]] (7), [[p:Said]] (2)
Vader/partner: [[p:Mahad Jama]] (38), woont officieel in Birmingham, verblijft regelmatig bij het gezin
Adres: [[a:Escamplaan 612]], [[pc:2547 EV]] Den Haag (3-kamerwoning, {{o:Vestia}})

2. Betrokkenheid SWT
Sinds september 2023 bij het gezin i.v.m. huurachterstand (€ 3.480) en schulden. In januari vertelde moeder voor het eerst dat vader haar slaat als hij "op bezoek" is. De kinderen zijn dan bang; [[p:Abdirahman]] beschermt zijn moeder.

3. Wat we gezien hebben
- [[d:22-01-2024]]: moeder met gezwollen lip op afspraak
- [[d:06-02-2024]]: [[p:Ikraan]] vertelt op school dat "aabo" (vader) met een schoen slaat
- [[d:19-03-2024]]: politie-inzet na melding buren ([[z:PL1500-2024052271]])

4. Netwerk
Moeder heeft een zus, [[p:Fadumo Yusuf]] ([[t:06-81 22 07 39]]), in Zoetermeer. De imam van de moskee aan de Hoefkade heeft bemiddeld, wat volgens moeder "niet heeft geholpen". Sleutelfiguur uit de Somalische gemeenschap ([[p:Asha]], via {{o:Stichting Somali Bravo}}) ondersteunt moeder bij gesprekken.

5. Onze zorg
Het geweld lijkt structureel en neemt toe bij elk bezoek van vader. Moeder kan de kinderen niet zelf beschermen zolang vader een sleutel heeft. Wij verzoeken VT om een onderzoek en een gesprek met alle kinderen.
=====
Verslag huisbezoek [[d:woensdag 8 mei]] (samen met {{r:wijkagent}} [[p:Germaine]])
Mevrouw [[p:Ly Thi Hoa]] ([[p:Hoa]]) opende na drie keer aanbellen. Zij heeft een kneuzing onder het oog, zegt dat ze gevallen is in de badkamer. Haar man [[p:Nguyen Van Long]] was niet thuis (werkt in het restaurant tot 23:00). Dochter [[p:Linh]] (14) vertaalde, wat niet wenselijk is; volgende keer tolk Vietnamees regelen (tolknummer aanvragen via TVCN).
Mevrouw wil geen aangifte. Ze heeft wel een nichtje, [[p:Thu Trang]], dat in Rijswijk woont ([[t:+31 6 4103 8822]]) en bij wie ze terecht kan.
Afspraak: gesprek met mevrouw alleen op het SWT-kantoor aan de Leyweg, [[d:15 mei]] 10.00u, met tolk. [[p:Linh]] krijgt een gesprek met de {{r:schoolmaatschappelijk werker}}.
=====
Casusbespreking intervisie (mag gedeeld worden binnen het team, namen afgekort)
Het gaat om mw. [[p:A.]] (44) en haar zoon [[p:D.]] (20), die sinds zijn 16e steeds agressiever wordt. Hij eist geld, heeft de tv kapot gegooid en heeft zijn moeder een keer bij de keel gepakt. Moeder wil hem niet op straat zetten: "hij is mijn kind." Vader is niet in beeld. De {{r:jongerenwerker}} kent [[p:D.]] van vroeger.
Intervisievraag: hoe kunnen we moeder steunen om grenzen te stellen zonder dat het contact verbroken wordt?
Opbrengst: werk met "geweldloos verzet" (Nieuwe Autoriteit), schakel een steungroep uit het netwerk in, en bespreek met moeder wat ze doet als het weer escaleert (veiligheidsplan!).
=====
AANVRAAG CONTACTVERBOD (ondersteuning bij kort geding), kopie voor dossier
Eiseres: [[p:Nathalie Pieterse]], wonende op een geheim adres, domicilie gekozen ten kantore van mr. [[p:K. van Beek]], [[a:Javastraat 40]], [[pc:2585 AP]] Den Haag
Gedaagde: [[p:Dennis Haak]], wonende [[a:Tesselsestraat 77]], Den Haag
Gevorderd: verbod om binnen 200 meter van eiseres, haar woning, werk en de school van de minderjarige [[p:Joep]] ([[d:22-09-2016]]) te komen, op straffe van een dwangsom van € 500 per overtreding.
Datum dagvaarding: [[d:14 oktober 2024]]; zitting: [[d:29 oktober 2024]] 11:30, zaal 4.
=====
Evaluatie veiligheidsplan – tabel
Afspraak	Gehouden?	Toelichting
Vader drinkt niet thuis	deels	2x gedronken ([[d:3 aug]], [[d:17 aug]])
Kinderen naar oma bij ruzie	ja	oma [[p:Dieuwke]] haalde ze op [[d:17 aug]]
Moeder belt 112 bij geweld	n.v.t.	geen fysiek geweld
Vader naar AA-groep	nee	"geen tijd"
Wijkagent loopt wekelijks langs	ja	[[p:Ronnie]] komt op vrijdag
Eindoordeel: voldoende, maar vader moet de AA-afspraak nakomen.
=====
Meldcode-registratie (systeemexport, kolommen: datum | stap | medewerker | cliënt | opmerking)
[[d:2024-02-05]] | 1 | [[p:M. Lambrechts]] | [[p:Chiara Romano]] | signaal school
[[d:2024-02-06]] | 2 | [[p:M. Lambrechts]] | [[p:Chiara Romano]] | consult AF [[p:P. Ruijter]]
[[d:2024-02-06]] | 2 | [[p:M. Lambrechts]] | [[p:Chiara Romano]] | advies VT [[z:ADV-24-02291]]
[[d:2024-02-09]] | 3 | [[p:M. Lambrechts]] | [[p:Chiara Romano]] | gesprek moeder
[[d:2024-02-12]] | 5 | [[p:M. Lambrechts]] | [[p:Chiara Romano]] | hulp georganiseerd
=====
Intake SWT (anamnese huiselijk geweld, uitgebreid)
Cliënt: [[p:Magdalena Stoyanova]] (35, Bulgaarse), woonachtig sinds 2018 in {{w:Laakkwartier}}, [[a:Hertzogstraat 88]].
Zij woont met partner [[p:Ivaylo Dimitrov]] (40) en hun zoon [[p:Nikolai]] (7). Partner werkt in de tuinbouw, zij werkt niet, heeft geen eigen inkomen en geen BSN-brieven op eigen naam. Alle post gaat naar hem.
Geweld: verbaal dagelijks, fysiek "een paar keer per jaar", laatste keer [[d:31 december]] (oud en nieuw, drank). Hij dreigt haar "terug te sturen zonder kind".
Netwerk: moeder in Sliven (Bulgarije), tel. [[t:+359 44 662 183]]; vriendin [[p:Gergana]] in {{w:Transvaal}}, [[t:06 84 52 19 07]]; de Bulgaarse kerk.
Hulpvraag cliënt: "ik wil Nederlands leren en eigen geld."
Afspraken: taalles via {{o:Bibliotheek Den Haag}}, eigen rekening openen (lukt nog niet zonder eigen adres op haar naam), Meldcode stap 2.
=====
Bericht teamapp: wie heeft [[p:Moos]] gezien? (bijnaam van [[p:Mustafa]], 11, zoon van mw [[p:Kaddouri]] uit de [[a:Zaanstraat 9]]). Hij was niet op school, moeder neemt niet op. Wijkagent is al ingelicht.
=====
Aanvullende info voor VT (verkeerd BSN in eerdere mail)
In mijn mail van [[d:2 mei]] stond BSN [[b:23567401]] voor moeder, dat is een typefout (8 cijfers). Het juiste nummer is [[b:347 008 781]]. Excuses.
=====
Terugbetaling: ex-partner heeft toegezegd € 150 per maand terug te storten op [[i:NL44INGB0007731265]] (rekening cliënte). Bank meldt dat het nummer niet klopt; cliënte zoekt het juiste nummer op.
=====
Notitie uit het wijknetwerk {{w:Regentessekwartier}}: twee winkeliers aan de Fahrenheitstraat hebben een vrouw zien wegrennen voor een man. Ze kenden haar niet. Politie is gebeld, niemand aangetroffen. Geen verdere gegevens. Alert blijven.
=====
[[d:di 17-9]]: intake opvang via VT afgebroken. Mw [[p:Nasra Hirsi]] wil terug naar huis ([[a:Zuidlarenstraat 108]]) "omdat mijn man gezegd heeft dat hij het nooit meer doet". VT informeert. Wij houden contact via haar buurvrouw [[p:Truus de Koning]] ([[t:06-1748 2290]]).
=====
Overzicht steunfiguren – ouderenmishandeling mw [[p:Soerjadi]] ([[a:Bazarstraat 46]])
- Pak [[p:Hendro]] (broer, 78) – [[t:070-3601949]]
- [[p:Yuni]] (nicht) – [[t:06-5133 0726]]
- Indische Soos (wijkcentrum), woensdagmiddag
- {{r:ouderenconsulent}} [[p:Kees de Bruin]] – [[t:06 15 22 90 47]]
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


def digits(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
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
            if digits(sp["text"]) in WRONG_CHECKSUM:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h134-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout134.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
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
