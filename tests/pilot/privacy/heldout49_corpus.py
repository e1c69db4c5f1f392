#!/usr/bin/env python3
"""Held-out test corpus 49: formal documents from sociale wijkzorgteams (Den Haag).

Register: MDO / casuistiekoverleg minutes, action lists, Veilig Thuis meldingen,
letters (bewindvoerder, rechtbank, kantonrechter, deurwaarder, woningcorporatie,
energy company), schuldhulp intakes with creditor lists, huisbezoek reports,
escalation notes, verwijzingsformulieren, family trees, tables.

Markup inside the texts (stripped programmatically, offsets by construction):
  [[x:...]]  pii   x in p=person b=bsn t=phone e=email i=iban pc=postcode a=address d=date n=dossier
  {{x:...}}  keep  x in w=wijk o=org r=role
Writes heldout49.jsonl next to this script. Stdlib only, deterministic.
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
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

T = []

# ---------------------------------------------------------------- MDO / casuistiekoverleg
T += [
    """Verslag MDO {{o:SWT}} {{w:Transvaal}} – [[d:dinsdag 9 april 2024]]
Aanwezig: [[p:Petra]] ({{o:WMO}}), [[p:R. Kartosen]] ({{o:Parnassia}}), {{r:wijkagent}} [[p:Bos]], [[p:Hatice Demir]] ({{r:maatschappelijk werker}}, {{o:Xtra}}), [[p:Jeroen]] ({{r:casusregisseur}}, notulen)
Afwezig m.k.: {{r:huisarts}} [[p:S. Ramsaran]], [[p:Lotte van Dijk]] ({{o:CJG}})
Casus: mw. [[p:Samira El Khattabi]] (geb. [[d:12-06-1986]]), [[a:Hobbemastraat 141-III]], dossier [[n:SWT-TV-2024-0193]].
Huurachterstand bij {{o:Haag Wonen}} loopt op (ca. € 3.400), ontruimingsvonnis dreigt. Mw. is sinds [[d:14 maart]] niet meer bij de {{r:POH-GGZ}} geweest. {{r:Wijkagent}} meldt 2x overlast, ex-partner [[p:R. de Graaf]] zou weer langskomen ondanks contactverbod.
Afspraken: [[p:Petra]] vraagt spoedindicatie begeleiding aan; [[p:Kartosen]] en [[p:Hatice]] proberen huisbezoek vóór [[d:19/4]]. Volgend MDO [[d:7 mei]], 13.30 uur.""",
    """CASUÏSTIEKOVERLEG {{w:Moerwijk}}  |  [[d:14-11-2023]]  |  notulist: [[p:Anouk]]

Aanwezig	[[p:Anouk Verhoef]]	{{r:casusregisseur}}
	[[p:Tarik Benali]]	{{r:schuldhulpverlener}} ({{o:Schuldhulp Den Haag}})
	[[p:Ingrid Koster]]	{{r:wijkverpleegkundige}} ({{o:Florence}})
	[[p:Yonas]]	{{r:ervaringsdeskundige}}
Afwezig	Mw. [[p:Ouali]]	{{o:MEE}} (ziek)

1. Dhr. [[p:Tesfaye Habte]] (cl.nr. [[n:88213]]) – geen post geopend sinds de zomer, incassobureaus bellen dagelijks. [[p:Tarik]] plant intake op [[d:wo 22 nov]].
2. Mw. [[p:Koster]] meldt dat de buurvrouw (mevr. [[p:Roos]], [[a:Zuiderparklaan 58]]) boodschappen doet maar dat dit niet vol te houden is.
Besluit: aanmelding {{o:Wmo-loket}} voor huishoudelijke hulp.""",
    """Notulen MDO bemoeizorg [[d:3 oktober 2024]], wijkcentrum De Kaap ({{w:Laak}})
Aanwezig: [[p:Mirjam]] ({{o:GGD Haaglanden}}, bemoeizorg), [[p:Faisal Noori]] ({{o:Leger des Heils}}), [[p:Rutger Bakker]] ({{o:Staedion}}, {{r:huismeester}}), [[p:Nicole]] (SWT)
Afwezig m.k.: [[p:Edson Tavares]] ({{o:Politie Haaglanden}})

Client: dhr. [[p:Karel Smit]] (71), [[a:Van Musschenbroekstraat 17]], [[pc:2522 AL]]. Vervuiling woning ernstig, geen GP-contact bekend, weigert de deur open te doen. [[p:Bakker]] heeft foto's van het trapportaal (stankoverlast). Dochter [[p:Wendy Smit]] ([[t:06-47281930]]) wil meedenken maar woont in Almere.
Afspraak: [[p:Mirjam]] en [[p:Faisal]] gaan [[d:maandag 7 oktober]] samen langs. Niet eerder dan dat {{o:Staedion}} een aangetekende brief heeft gestuurd.""",
    """MDO-verslag | SWT {{w:Schilderswijk}} | [[d:22-01-2025]]
Aanwezig: [[p:Khadija]] (voorzitter), [[p:M. Jagessar]] ({{o:Jeugdbescherming West}}), [[p:Ilse de Haan]] ({{o:CJG}}, {{r:jeugdverpleegkundige}}), [[p:Gregorio Martina]] ({{r:jongerenwerker}}, {{o:Stichting Mooi}})
Afwezig m.k.: [[p:Hoop]] ({{o:Raad voor de Kinderbescherming}})

Gezin [[p:Aydın]], [[a:Hoefkade 302-2]]. Moeder [[p:Emine Aydın]] (41), kinderen [[p:Burak]] (15), [[p:Elif]] (11), [[p:Zeynep]] (6). Vader [[p:Mehmet]] verblijft sinds [[d:2 januari]] bij zijn broer in Rijswijk.
[[p:Burak]] is sinds de kerstvakantie niet meer op school geweest; {{r:leerplichtambtenaar}} heeft proces-verbaal aangekondigd. [[p:Elif]]'s juf ziet blauwe plekken (nog niet gemeld).
Besluit: [[p:Jagessar]] en [[p:Khadija]] overleggen vandaag met {{o:Veilig Thuis}} (consult, geen melding).""",
    """Casuïstiekoverleg ouderen {{w:Mariahoeve}} – [[d:vr. 16 febr.]]
Aanw.: [[p:Joke]] ({{r:ouderenconsulent}}), [[p:Paul van Leeuwen]] ({{r:casemanager dementie}}), [[p:Sunita Mahabier]] ({{o:HWW zorg}}), [[p:Gerda]] ({{r:welzijnscoach}}, {{o:Vóór Welzijn}})

mw. [[p:de wit]] (89), [[a:Kempstraat 12 bis]], alleenstaand, beginnende dementie. Zoon [[p:Frank de Wit]] woont in Spanje, bereikbaar via [[t:+34 612 448 901]]. Er zijn signalen van financieel misbruik: een "kennis" ([[p:Marco]]) pint al maanden met haar pas, bedragen tot € 500 per week.
Afspraak: [[p:Paul]] vraagt {{o:Stichting Mentorschap}} en {{r:bewindvoerder}} aan via de kantonrechter; [[p:Joke]] belt bank over blokkade. Geen overleg met [[p:Marco]].""",
    """MDO {{w:Bouwlust}}/{{w:Vrederust}} [[d:05.03.2024]]
aanwezig: [[p:Dewi]] (SWT), [[p:Agnieszka Nowak]] ({{r:tolk}} Pools), [[p:Ronald Kok]] ({{o:Vestia}}), [[p:Rami Haddad]] ({{r:trajectbegeleider}} {{o:UWV}})
afwezig: [[p:Anja]] ({{o:Wmo-loket}}) – wel schriftelijke input

Casus [[p:Kowalczyk]]: [[p:Paweł]] (44) en [[p:Magdalena]] (39) [[p:Kowalczyk]], [[a:Melis Stokelaan 1488]], [[pc:2541 GL]]. [[p:Paweł]] is na bedrijfsongeval sinds december arbeidsongeschikt, geen Ziektewet aangevraagd omdat uitzendbureau failliet ging. Twee kinderen op de {{o:Internationale Schakelklas}}.
Actiepunten:
- [[p:Rami]]: check recht op WIA/ZW, vóór [[d:15 maart]]
- [[p:Dewi]]: voedselbankaanvraag ({{o:Voedselbank Haaglanden}})
- [[p:Kok]]: betalingsregeling huur, brief naar [[e:m.kowalczyk84@wp.pl]]""",
    """Verslag casusoverleg (MDO) – Zaak [[n:ZSM-2024-11702]] – [[d:28 augustus 2024]]
Aanwezig: Mr. drs. [[p:H. Visser]] ({{o:Openbaar Ministerie}}), [[p:Femke]] ({{o:Reclassering Nederland}}), [[p:Shurandy Isenia]] ({{o:Straatconsulenten}}), [[p:Nora]] (SWT {{w:Stationsbuurt}})
Betrokkene: [[p:Jurmaine Rosaria]], geb. [[d:09-09-2001]], verblijft wisselend bij zijn oma op de [[a:Van der Vennestraat 73]] en bij vrienden in {{w:Spoorwijk}}.
Sinds de zomer drie aanhoudingen (winkeldiefstal, vernieling). Hij heeft een LVB-indicatie, maar geen begeleiding. Oma [[p:Ethelbert Rosaria]] (nee: [[p:Ethelberta]], zie correctie [[p:Nora]]) is 80 en kan hem niet meer aan.
Afspraak: [[p:Femke]] onderzoekt toezicht met bijzondere voorwaarde begeleid wonen; [[p:Shurandy]] zoekt hem op in de buurt.""",
]
T += [
    """Kort verslag MDO [[d:11/6/24]] ({{w:Escamp}})
Aanwezig: [[p:Hodan Warsame]] ({{r:maatschappelijk werker}}), [[p:Lieke]] ({{o:Youz}}), [[p:Kwame Mensah]] ({{r:ambulant begeleider}}, {{o:Kessler Stichting}}), [[p:JdG]] ({{r:teamleider}})
Afwezig m.k.: {{r:huisarts}} [[p:Baldew]]

Mw. [[p:Fadumo Abdi]] (34) met 4 kinderen in tijdelijke opvang ([[a:Zuiderparklaan 260]], kamer 14). Urgentieaanvraag afgewezen op [[d:30 mei]], bezwaar loopt via {{o:Sociaal Raadslieden}}.
Oudste zoon [[p:Abdirahman]] (17) is aangemeld bij {{o:Youz}} i.v.m. psychose-achtige klachten. [[p:Lieke]]: wachtlijst ca. 8 weken, crisisdienst ingeschakeld bij escalatie.
Actie: [[p:Kwame]] regelt schoolvervoer jongste twee; [[p:JdG]] escaleert urgentie bij de gemeente (zie escalatienotitie).""",
    """OVERLEG SCHULDEN & WONEN — {{w:Laakkwartier}} — [[d:donderdag 6 juni 2024]]

| Naam | Organisatie | Functie |
|---|---|---|
| [[p:Stefan Mulder]] | {{o:Haag Wonen}} | {{r:woonconsulent}} |
| [[p:Fatma Çelik]] | {{o:Schuldhulpverlening Den Haag}} | {{r:schuldhulpverlener}} |
| [[p:Bram]] | SWT | {{r:casusregisseur}} |
| [[p:Nadia Chaouch]] | {{o:Eneco}} | {{r:klantadviseur}} (telefonisch) |

Besproken: fam. [[p:Ramautar]], [[a:Jacob Catsstraat 45-II]]. Energieafsluiting aangekondigd voor [[d:1 juli]]; klantnummer [[n:2004471883]]. [[p:Chaouch]] zet afsluiting 6 weken on hold als er vóór [[d:20-06]] een aanmelding schuldhulp ligt. [[p:Fatma]] neemt de aanmelding mee.""",
    """MDO-verslag [[d:19 september 2023]] – SWT {{w:Duindorp}}/{{w:Scheveningen}}
Aanwezig: [[p:Marjolein]], [[p:Hans Hoek]] ({{o:Politie}}, {{r:wijkagent}}), [[p:Lina Kassab]] ({{o:Vluchtelingenwerk}}), [[p:Th. Vos]] ({{o:Parnassia}}, {{r:psychiater}})
Afwezig: [[p:Marjolein]] moest eerder weg na agendapunt 1.

1. Dhr. [[p:Omar Al-Masri]] (52), statushouder, [[a:Keizerstraat 198a]]. Ernstige PTSS-klachten, slaapt in zijn auto bij de haven. [[p:Vos]] wil opname niet forceren (geen gevaar volgens BOPZ-criteria / Wvggz).
2. Vrouw en dochters ([[p:Hiba]], [[p:Nour]]) wonen nog in Beiroet; gezinshereniging loopt via {{o:IND}}, V-nummer [[n:3016924877]].
Afspraak: [[p:Lina]] neemt contact op met {{o:IND}}; [[p:Hoek]] houdt oogje in het zeil bij de haven. Niet om de hoek van zijn oude adres parkeren, daar woont de ex-buurman met wie ruzie was.""",
    """Verslag MDO – [[d:2024-02-13]]
Locatie: wijkcentrum {{w:Bezuidenhout}}
Aanwezig: [[p:Charlotte]] (vz), [[p:Xiaoling Chen]] ({{o:Kessler Stichting}}), [[p:Mohamed Tahiri]] ({{r:wijkverpleegkundige}}), [[p:E. Sewnath]] ({{o:CAK}}-contact via {{o:Wmo-loket}})
Afw. m.k.: [[p:Martin]] ({{o:Stek}})

mw [[p:mei lin]] (67) — eenzaam, spreekt weinig Nederlands, woont sinds het overlijden van haar man eind 2022 alleen...

Correctie notulist: overlijden was [[d:23 november 2022]]. Adres [[a:Theresiastraat 80-C]], [[pc:2593AN]].
Dochter [[p:Li Na]] woont in Rotterdam, belt wekelijks ([[t:06 2038 4417]]). [[p:Xiaoling]] kan als Mandarijn sprekende vrijwilliger een maatje-traject starten, in mei.
Besluit: start maatjestraject; [[p:Mohamed]] blijft medicatie controleren.""",
    """MDO {{w:Segbroek}} | [[d:vrijdag 12 januari]]
Aanw: [[p:Jolanda]] ({{r:Wmo-consulent}}), [[p:Andreea Popescu]] ({{r:cultuursensitief werker}}), [[p:Dirk-Jan Schouten]] ({{o:Zilveren Kruis}}, {{r:zorgconsulent}})
Afw m.k.: [[p:Mariyana]] ({{o:Stichting Barka}})

Casus [[p:Stoica]] – [[p:Florin Stoica]] (28) en [[p:Ioana Stoica]] (26), [[a:Weimarstraat 233-1e]]. Beiden werken via uitzendbureau in de kassen, wonen met 9 landgenoten in een woning van 3 kamers. [[p:Ioana]] is zwanger (30 wk), niet verzekerd, geen verloskundige.
[[p:Schouten]]: inschrijving zorgverzekering kan met terugwerkende kracht als BSN er is. BSN [[p:Ioana]]: [[b:957053319]].
Actie [[p:Andreea]]: mee naar verloskundigenpraktijk, afspraak [[d:17 jan.]] 10.15 u.""",
    """Casuïstiekoverleg huiselijk geweld | {{w:Transvaal}} | [[d:4-9-2023]]
aanwezig: [[p:Saida]] (SWT), [[p:Tom Kramer]] ({{o:Veilig Thuis Haaglanden}}), [[p:Jennifer Pinas]] ({{o:Perspektief}}), [[p:Zwart]] ({{r:wijkagent}})
afwezig met kennisgeving: nvt

Situatie mw. [[p:Sabajo]] (verblijft nu in de opvang, adres geheim). Ex-partner [[p:Rudi Wijngaarde]] (geb. [[d:3 mei 1979]]) woont nog op de [[a:Paul Krugerlaan 77]].
Tijdelijk huisverbod afgelopen op [[d:31 augustus]], niet verlengd. Dochter [[p:Naomi]] (8) wil naar papa, mw. twijfelt.
Afspraken: [[p:Kramer]] doet risicotaxatie opnieuw; [[p:Pinas]] ondersteunt mw. bij aanvraag beschermingsbevel.""",
    """MDO [[d:21 maart 2025]] – Wijkteam {{w:Ypenburg}}
Aanwezig: [[p:Ruben]], [[p:Ama Owusu]] ({{o:GGD}}), [[p:Floor de Boer]] ({{o:CJG}}), [[p:Farid Rahimi]] ({{r:tolk}} Dari, telefonisch)
Gezin [[p:Sultani]]: vader [[p:Wahid]] (45), moeder [[p:Shabnam]] (36), kinderen [[p:Mariam]] (14), [[p:Ahmad]] (10), [[p:Zahra]] (3). Adres [[a:Laan van Hoornwijck 9]], [[pc:2289 DG]] Rijswijk (nieuwbouw statushouders, net op grens).
[[p:Zahra]] is niet gevaccineerd en heeft nog geen consultatiebureau bezocht. [[p:Floor]] plant huisbezoek met tolk op [[d:di 25/3]].
[[p:Mariam]] zorgt veel voor haar broertje; mogelijk jonge mantelzorger. Verwijzing naar {{o:Mantelzorg Den Haag}} besproken.""",
    """Verslag Multidisciplinair Overleg
Datum: [[d:17 oktober 2024]]    Tijd: 10.00–11.30    Plaats: Teams
Aanwezig: [[p:W. Ghebremedhin]] ({{r:jeugdconsulent}}), [[p:Petra]] ({{o:WMO}}), [[p:Sander]] ({{o:Brijder}}), [[p:Rosa]] ({{r:gezinscoach}})
Afwezig m.k.: [[p:Kartosen]]

Client: [[p:Filmon Kidane]] (19), dossiernr. [[n:2024/JGZ/4417]]. Woont bij zijn tante [[p:Senait Tekle]] in de [[a:Beeklaan 512]]. Cannabisgebruik dagelijks, schulden bij {{o:DUO}} en telefoonprovider.
Overgang 18-/18+ is misgegaan: jeugdhulp gestopt op zijn 18e verjaardag ([[d:2 augustus]]), geen vervolg.
Afspraak: [[p:Sander]] plant kennismaking; [[p:Rosa]] regelt overdracht naar volwassenenzorg.""",
]
T += [
    """MDO {{w:Morgenstond}} – [[d:8 januari 2024]]
Aanwezig: [[p:Ellen]], [[p:Kofi Boateng]] ({{o:Humanitas}}, {{r:thuisadministratie}}), [[p:Meryem]] ({{o:Sociaal Raadslieden}}), [[p:P. de Vries]] ({{o:Vattenfall}})
Afwezig m.k.: {{r:bewindvoerder}} mr. [[p:Jonker]]

Dhr. en mw. [[p:Asante]] ([[p:Akosua]] en [[p:Yaw]]), [[a:Leyweg 811]], [[pc:2545 GH]]. Beschermingsbewind sinds vorig jaar, toch nieuwe achterstand energie (€ 1.870) omdat voorschot niet is verhoogd.
[[p:De Vries]] bevestigt dat klantnummer [[n:1100 8892 341]] een betalingsregeling kan krijgen.
Actie [[p:Ellen]]: bewindvoerder per mail informeren ([[e:info@jonkerbewind.nl]]); [[p:Kofi]]: post sorteren met mw., elke dinsdag.""",
    """Notulen casuïstiekoverleg LVB – {{w:Schilderswijk}} – [[d:dinsdag 26 november]]
aanwezig: [[p:Jamila]] ({{o:MEE}}), [[p:Rob]] ({{o:Ipse de Bruggen}}), [[p:Yvonne Dekker]] ({{o:Dienst SZW}}), [[p:Cor]] (SWT, verslag)

Mw. [[p:Naima Azzouzi]] (23), LVB (IQ 62), zwanger van tweede kind. Eerste kind ([[p:Rayan]], 2) is uit huis geplaatst (uithuisplaatsing [[d:11-05-2023]], zie beschikking). Partner [[p:Soufiane]] is onbekend bij ons, zou bij zijn moeder wonen op de [[a:Vaillantlaan 431-D]].
Uitkering is gestopt omdat mw. niet op afspraak {{o:SZW}} kwam (brief niet begrepen). [[p:Dekker]] kijkt of herstel met terugwerkende kracht kan, klantnr. [[n:SZW-2291774]].
Vervolg: [[p:Jamila]] + [[p:Rob]] huisbezoek; verloskundige ([[p:Yvette]], [[t:070-3889120]]) informeren met toestemming mw.""",
]

# ---------------------------------------------------------------- action lists
T += [
    """ACTIELIJST MDO [[d:9-4-2024]] (casus [[p:El Khattabi]])
Actie: [[p:JdG]] belt bewindvoerder vóór [[d:12/4]]
Actie: [[p:PvD]] regelt tolk Marokkaans-Arabisch voor gesprek [[d:16 april]]
Actie: [[p:Petra]] spoedindicatie begeleiding → status: aangevraagd [[d:10-4]]
Actie: {{r:wijkagent}} [[p:Bos]] koppelt terug over naleving contactverbod [[p:De Graaf]]
Open uit vorig overleg: brief {{o:Haag Wonen}} (huisuitzetting) nog niet ontvangen door mw.""",
    """Actielijst casusoverleg {{w:Moerwijk}}

| # | Actie | Wie | Deadline | Status |
|---|---|---|---|---|
| 1 | Intake schuldhulp dhr. [[p:Habte]] | [[p:Tarik]] | [[d:22-11-2023]] | gepland |
| 2 | Huishoudelijke hulp aanvragen | [[p:Anouk]] | [[d:1 dec]] | open |
| 3 | Buurvrouw [[p:Roos]] bedanken + mantelzorgwaardering | [[p:Ingrid]] | eind november | open |
| 4 | Contact {{o:MEE}} over LVB-onderzoek | [[p:Anouk]] | z.s.m. | open |
| 5 | Post uitzoeken met [[p:Yonas]] (ervaringsdeskundige) | [[p:Yonas]] | wekelijks | loopt |""",
    """Actiepunten n.a.v. overleg [[d:3 oktober]]
- [[p:MvdB]]: brief opstellen aan {{o:Staedion}} over uitstel ontruiming dhr. [[p:Smit]], ná huisbezoek
- [[p:Mirjam]]: melding {{o:GGD}} bemoeizorg registreren onder [[n:BZ-24-0566]]
- [[p:Faisal]]: bed vrijhouden nachtopvang ({{o:Leger des Heils}}, Kiwi) tot [[d:vr 11/10]]
- [[p:Wendy Smit]] (dochter) bellen op [[t:06-47281930]] — toestemming gegeven op [[d:02-10-2024]]
Volgende keer: evaluatie [[d:17 okt.]]""",
    """Acties (uit MDO {{w:Schilderswijk}} [[d:22-01-2025]]):
1. [[p:Khadija]] + [[p:Jagessar]]: consult {{o:Veilig Thuis}} → vandaag
2. [[p:Ilse]]: school [[p:Elif]] ({{o:Bavinckschool}}) vragen signalen op papier te zetten, vóór [[d:vrijdag 24 januari]]
3. [[p:Gregorio]]: contact met [[p:Burak]] via voetbal ({{o:Stichting Mooi}}), deze week
4. Check of vader [[p:Mehmet Aydın]] bereikbaar is: [[t:06 - 81 22 73 04]]
5. Leerplicht: [[p:Jagessar]] vraagt uitstel PV tot na [[d:1 feb.]]""",
    """Actielijst team {{w:Laak}} – week 14

Wie	Wat	Wanneer
[[p:Yasmine]]	huisbezoek fam. [[p:Osei]], [[a:Rijswijkseweg 388]]	[[d:di 2 april]]
[[p:Bart]]	aanvraag bijzondere bijstand bed + matras (cl. [[n:20240388]])	voor [[d:5/4]]
[[p:Dilek]]	overleg {{r:huisarts}} [[p:Van Dam]] over mw. [[p:Abena Osei]]	deze week
[[p:Yasmine]]	terugbellen [[p:Kwabena]] ([[t:0687341209]])	z.s.m.
allen	cursus meldcode	[[d:18 april]]""",
    """Actiepunten overleg bewind/{{o:SHV}} [[d:10.07.2024]]:
• [[p:Koen]] (bewindvoerder, {{o:Bewind op Maat}}) vraagt overzicht vaste lasten op bij mw. [[p:Petrova]]
• [[p:Fatma]] stuurt schuldenlijst door naar [[e:k.meijer@bewindopmaat.nl]]
• [[p:Desislava Petrova]] levert bankafschriften aan van rekening [[i:NL43 RABO 5082 7978 26]] (laatste 3 mnd)
• Inkomen: toeslagen worden gestort op andere rekening ([[i:NL58INGB8228954303]]) – die moet naar beheerrekening
• Deadline alles: [[d:31-07]]""",
    """to do's n.a.v. MDO [[d:12-1]]:
- [[p:andreea]] mee naar verloskundige [[d:17 jan]]
- [[p:jolanda]] → {{o:SVB}} kinderbijslag checken
- [[p:dirk-jan]] inschrijving {{o:Zilveren Kruis}} met terugwerkende kracht, polisnr. volgt
- huisvesting: {{r:handhaving}} melden? NIET zonder overleg met [[p:Florin]] en [[p:Ioana]] (risico dat ze op straat komen)
- volgende MDO [[d:26/1]]""",
    """Actielijst [[d:14 mei 2024]] – casus [[n:2024-SWT-0771]]
Actie: [[p:Henk]] vraagt huurtoeslag aan voor mw. [[p:Lopes]]
Actie: [[p:Ilda Lopes]] zelf naar {{o:Servicepunt XL}} voor DigiD (begeleid door [[p:Zé]], haar neef)
Actie: [[p:Henk]] maakt afspraak met {{o:Juridisch Loket}} over bezwaar CAK-bijdrage, vóór [[d:24 mei]]
Actie: evaluatie met [[p:Edson Monteiro]] ({{r:mentor}}) [[d:4 juni]]""",
]

# ---------------------------------------------------------------- Veilig Thuis meldingen
T += [
    """MELDING {{o:VEILIG THUIS HAAGLANDEN}}
Melder: [[p:Saida Amrani]], {{r:maatschappelijk werker}} SWT {{w:Transvaal}}, [[t:06-28817345]], [[e:s.amrani@swtdenhaag.nl]]
Datum melding: [[d:18-09-2023]]
Betrokkenen:
- Moeder: [[p:Jennifer Sabajo]], geb. [[d:14-02-1990]], BSN [[b:122539552]]
- Kind: [[p:Naomi Sabajo]], geb. [[d:02-07-2015]]
- (Ex-)partner/pleger: [[p:Rudi Wijngaarde]], geb. [[d:03-05-1979]], [[a:Paul Krugerlaan 77]], [[pc:2571 JD]] Den Haag
Aard van het geweld: partnergeweld, psychisch en fysiek; kind getuige.
Aanleiding: mw. vertelde op [[d:15 september]] dat dhr. haar bij de keel heeft gegrepen in het bijzijn van [[p:Naomi]]. Zichtbaar letsel (blauwe plekken hals) gezien door melder.
Is betrokkene op de hoogte van de melding? Ja, mw. is geïnformeerd en staat achter de melding.""",
    """{{o:Veilig Thuis}} – adviesvraag (geen melding)
Datum: [[d:woensdag 22 januari 2025]]
Adviesvrager: [[p:M. Jagessar]], {{o:Jeugdbescherming West}}, tel. [[t:088 - 202 44 17]]
Betreft gezin [[p:Aydın]], {{w:Schilderswijk}}. Oudste zoon verzuimt, dochter [[p:Elif]] (11) heeft blauwe plekken op de bovenarm, zegt "gevallen met gym". Moeder [[p:Emine]] is overbelast, vader tijdelijk uit huis.
Advies VT ([[p:Lisa]], {{r:adviseur}}): stappen meldcode doorlopen, gesprek met moeder aangaan, bij twijfel over veiligheid alsnog melden. Registratie adviesvraag: [[n:VT-ADV-2025-00231]].
Terugkoppeling aan SWT door [[p:Jagessar]] op [[d:23/1]].""",
    """Melding {{o:Veilig Thuis}} – ouderenmishandeling (financieel)
Meldingsnummer: [[n:2024-118734]]
Melder: [[p:Paul van Leeuwen]], {{r:casemanager dementie}}, {{o:Florence}} ([[t:06 53 02 11 78]])
Betrokkene: mw. [[p:Hendrika de Wit]], geboren [[d:7 augustus 1934]], [[a:Kempstraat 12 bis]], [[pc:2572GC]]. BSN: [[b:5868.19.575]]
Vermoedelijke pleger: "[[p:Marco]]", achternaam onbekend, ca. 40 jaar, komt op wisselende dagen.
Signalen: sinds ongeveer de zomer worden er contante opnames gedaan van € 200–500 per keer. Mw. kan niet uitleggen waar het geld blijft. Zoon [[p:Frank]] (Spanje) heeft dit zelf gesignaleerd via internetbankieren.
Melding gedaan met medeweten van de zoon; mw. zelf is wilsonbekwaam op dit punt (volgens {{r:specialist ouderengeneeskunde}} dr. [[p:Ng]]).""",
]
T += [
    """VEILIG THUIS – MELDINGSFORMULIER PROFESSIONALS
Datum: [[d:3 juni 2024]]     Kenmerk melder: [[n:SWT-ESC-0612]]
Naam melder: [[p:Hodan Warsame]]                Functie: {{r:maatschappelijk werker}}
Telefoon: [[t:070 - 752 3390]]               E-mail: [[e:hodan.warsame@denhaag.nl]]

Gegevens slachtoffer(s):
[[p:Fadumo Abdi]]    geb. [[d:01-01-1990]]    BSN [[b:649626965]]
[[p:Abdirahman Jama]]    geb. [[d:12-03-2007]]
[[p:Hamda Jama]]    geb. [[d:20-10-2014]]

Gegevens vermoedelijke pleger: [[p:Khadar Jama]], verblijfplaats onbekend, laatst gezien in {{w:Moerwijk}}.
Toelichting: mw. is in maart vorig jaar gevlucht na jarenlang geweld. Pleger heeft via familie haar nieuwe verblijfplaats achterhaald en stond op [[d:1 juni]] voor de opvang.""",
    """Melding VT (telefonisch doorgegeven, hier vastgelegd)
[[d:vr 9-2-24]], 16.40 u – door [[p:Dewi]] (SWT {{w:Bouwlust}})
Buurvrouw van fam. [[p:Kowalczyk]] (mw. [[p:Groen]], [[a:Melis Stokelaan 1486]]) belde het wijkcentrum: al 3 avonden geschreeuw en gebonk, kinderen huilen. Vanavond hoorde ze glas breken.
Politie ingeschakeld via 112 door buurvrouw. Wijkagent ([[p:Arjen]]) ter plaatse om 17.15, zie mutatie [[n:PL1500-2024041877]].
VT-medewerker aan de telefoon: [[p:Sevda]]. Zij zet melding door naar spoedteam. Ons SWT-dossier: [[n:SWT-BL-2023-552]].
Let op: [[p:Paweł]] heeft al weken pijnstillers + alcohol, arbeidsongeschikt.""",
    """Overdracht aan {{o:Veilig Thuis}}
Van: [[p:Cor Hoekstra]], SWT {{w:Schilderswijk}}
Aan: [[p:S. Brouwer]], {{r:casemanager}} VT
Datum: [[d:27-11-2024]]
Betreft: mw. [[p:N. Azzouzi]] (geb. [[d:30-04-2001]]), ongeboren kind (uitgerekende datum [[d:2 februari 2025]])
Adres: p/a [[a:Vaillantlaan 431-D]], [[pc:2526 HZ]] (moeder van partner)
Zorg: mw. heeft LVB; eerder kind uit huis geplaatst. Partner [[p:Soufiane Benali]] (geb. [[d:8-8-1998]]) is bekend bij politie (geweld). Mw. zegt dat hij "niet meer slaat sinds de zomer".
Vraag: onderzoek veiligheid ongeboren kind, afstemming met {{o:Raad voor de Kinderbescherming}}.
Bereikbaarheid mw.: [[t:06-14 77 20 85]] (alleen WhatsApp, belt niet op).""",
    """VT melding – aanvullende info [[d:12 april]]
Bij melding [[n:VT-2024-04417]] (fam. [[p:El Khattabi]]):
Ex-partner [[p:Rachid de Graaf]] (mr. [[p:R. de Graaf]] in eerdere stukken, zelfde persoon) heeft op [[d:10 april]] opnieuw voor de deur gestaan, ondanks contactverbod.
Kinderen: [[p:Yasmina]] (12) en [[p:Adam]] (9) waren thuis. [[p:Yasmina]] heeft zelf de politie gebeld. [[p:Adam]] zijn school ({{o:De Kameleon}}) meldt dat hij sindsdien bedplast en stil is.
Wijkagent [[p:Bos]] heeft PV opgemaakt; contactverbod-overtreding doorgestuurd aan {{o:OM}}.
Met vriendelijke groet,
[[p:Jeroen Hagenaar]]
{{r:casusregisseur}} SWT {{w:Transvaal}}
[[t:06-11 40 89 27]]""",
    """{{o:Veilig Thuis}} – spoedmelding ouder op straat
Datum/tijd: [[d:zondag 14 juli 2024]], 22.10 u (dienstdoend: [[p:Naomi Rosaria]])
Dhr. [[p:Tjeerd Bakker]] (82) werd door voorbijgangers aangetroffen op het [[a:Stationsplein 6]] met verwarde praat, in pyjama. Hij zei te wonen op de [[a:Van Hogenhoucklaan 64]], [[pc:2596 TD]]. Daar woont zijn schoonzoon [[p:Gerrit Veenstra]], die de zorg "niet meer trekt".
Politie heeft dhr. naar de SEH van {{o:HMC Bronovo}} gebracht.
Aanwijzingen voor verwaarlozing: ondervoeding, ontbrekende medicatie. Huisarts: [[p:Hoogendoorn]], {{w:Benoordenhout}}.
Overdracht aan SWT {{w:Bezuidenhout}} op maandag.""",
    """MELDING (meldcode stap 5)
Melder: [[p:Floor de Boer]] – {{r:jeugdverpleegkundige}} {{o:CJG Ypenburg}}
Datum: [[d:28-03-2025]]
Kind: [[p:Zahra Sultani]], [[d:11 nov. 2021]]; overige gezinsleden: [[p:Wahid Sultani]] (vader), [[p:Shabnam Sultani]] (moeder), [[p:Mariam]], [[p:Ahmad]]
Adres: [[a:Laan van Hoornwijck 9]], [[pc:2289DG]] Rijswijk
Zorgen: medische verwaarlozing ([[p:Zahra]] heeft onbehandelde oorontsteking, nooit gevaccineerd), mogelijke parentificatie oudste dochter. Ouders staan open voor hulp maar missen overzicht door trauma en taalbarrière.
Tolk bij gesprek: [[p:F. Rahimi]] (Dari). Ouders zijn geïnformeerd over de melding op [[d:27/3]].""",
]

# ---------------------------------------------------------------- letters
T += [
    """Aan: {{o:Bewind op Maat}} B.V.
t.a.v. [[p:K. Meijer]], {{r:bewindvoerder}}
Postbus 30412, 2500 GK Den Haag

Den Haag, [[d:15 juli 2024]]
Betreft: mw. [[p:D. Petrova]], geb. [[d:19-03-1982]] – uw kenmerk [[n:BOM/2023/1187]]

Geachte heer [[p:Meijer]],

Namens het sociaal wijkzorgteam {{w:Laakkwartier}} vraag ik uw aandacht voor het volgende. Mevrouw [[p:Petrova]] heeft sinds [[d:1 juni]] geen leefgeld meer ontvangen op haar leefgeldrekening [[i:NL09 INGB 1874 3862 45]]. Zij heeft twee kinderen ([[p:Stoyan]], 8 en [[p:Viktoria]], 4) en is nu afhankelijk van de voedselbank.
Wilt u zo spoedig mogelijk contact opnemen met mevrouw of met mij?

Met vriendelijke groet,
[[p:Fatma Çelik]]
{{r:schuldhulpverlener}} / SWT {{w:Laakkwartier}}
[[t:06-38 12 55 90]] | [[e:f.celik@shv-denhaag.nl]]""",
    """{{o:Rechtbank Den Haag}}
Team Kanton – Bewind, Mentorschap en Curatele
Postbus 20302
2500 EH Den Haag

Den Haag, [[d:2 oktober 2023]]
Onderwerp: verzoek tot instelling beschermingsbewind en mentorschap
Betrokkene: [[p:Hendrika Johanna de Wit]], geboren [[d:07-08-1934]] te 's-Gravenhage, wonende [[a:Kempstraat 12 bis]], [[pc:2572 GC]] Den Haag, BSN [[b:586 819 575]]

Edelachtbare,

Hierbij verzoek ik als {{r:casemanager dementie}} namens de zoon, dhr. [[p:F.J. de Wit]] (wonende in Spanje), om beschermingsbewind en mentorschap ten behoeve van zijn moeder. Bijgevoegd: medische verklaring van {{r:specialist ouderengeneeskunde}} [[p:M. Ng]] en een overzicht van bankopnames van rekening [[i:NL71ABNA8673021288]].
Als bewindvoerder wordt voorgedragen: {{o:Stichting Mentorschap Haaglanden}}.

Hoogachtend,
[[p:P.A.M. van Leeuwen]]""",
    """Aan de kantonrechter
{{o:Rechtbank Den Haag}}, sector kanton
Zaaknummer: [[n:C/09/661203]]  /  rekestnummer: [[n:FA RK 24-4471]]

[[d:4 maart 2024]]

Betreft: dhr. [[p:Y. Asante]] en mw. [[p:A. Asante-Mensah]], [[a:Leyweg 811]], [[pc:2545GH]] Den Haag

Edelachtbare heer/vrouwe,

Ik schrijf u als {{r:maatschappelijk werker}} van het wijkteam. In bovengenoemde zaak is op [[d:12 januari 2023]] beschermingsbewind uitgesproken met mr. [[p:T. Jonker]] als bewindvoerder. Sindsdien zijn de vaste lasten meermaals niet betaald; er is een nieuwe energieschuld ontstaan en het gezin heeft een afsluitingsbrief ontvangen.
Wij verzoeken u te onderzoeken of een wisseling van bewindvoerder wenselijk is. Cliënten zijn akkoord met deze brief (handtekeningen bijgevoegd).

Hoogachtend,
[[p:Ellen Schipper]], SWT {{w:Morgenstond}}""",
    """{{o:Flanderijn}} Gerechtsdeurwaarders
t.a.v. mevrouw [[p:R. Lahlou]]
Uw dossiernummer: [[n:2309871-FL]]

Den Haag, [[d:20 november 2023]]

Betreft: beslag op inkomen van dhr. [[p:T. Habte]], [[a:Dierenselaan 34]]

Geachte mevrouw [[p:Lahlou]],

U heeft op [[d:6 november]] beslag gelegd op de uitkering van mijn cliënt. Daarbij is de beslagvrije voet naar onze berekening onjuist vastgesteld (u gaat uit van een alleenstaande zonder woonlasten, terwijl hij € 712 huur betaalt).
Wij verzoeken u de beslagvrije voet te herberekenen en het teveel ingehouden bedrag terug te storten op [[i:NL52BUNQ1943087124]].
Dhr. [[p:Habte]] heeft zich op [[d:22-11-2023]] aangemeld voor schuldhulpverlening.

Met vriendelijke groet,
[[p:T. Benali]], {{r:schuldhulpverlener}}""",
]
T += [
    """Aan {{o:Haag Wonen}}, afdeling Incasso
t.a.v. dhr. [[p:S. Mulder]]
Den Haag, [[d:maandag 15 april 2024]]
Uw kenmerk: huurcontract [[n:0345-118-07]]
Onderwerp: verzoek opschorting ontruiming mw. [[p:El Khattabi]], [[a:Hobbemastraat 141-III]], [[pc:2526 JJ]]

Geachte heer [[p:Mulder]],

Met toestemming van mevrouw [[p:Samira El Khattabi]] informeer ik u over haar situatie. Mevrouw heeft een huurachterstand van € 3.412,50. Zij is sinds [[d:8 april]] aangemeld bij {{o:Schuldhulpverlening Den Haag}} (dossier [[n:SHV-24-0871]]) en er is een aanvraag bijzondere bijstand ingediend.
Gezien de veiligheidssituatie van mevrouw en haar kinderen ({{o:Veilig Thuis}} is betrokken) vragen wij u de ontruiming op te schorten en een betalingsregeling van € 75 per maand te accepteren, bovenop de lopende huur.

Met vriendelijke groet,
[[p:J. de Graaff]]
{{r:teamleider}} SWT {{w:Transvaal}}
[[e:j.degraaff@swtdenhaag.nl]]""",
    """{{o:Eneco}} Klantenservice
Postbus 1014
3000 BA Rotterdam

Betreft: afsluitingsbericht klantnummer [[n:2004471883]], leveringsadres [[a:Jacob Catsstraat 45-II]], [[pc:2521 LT]] Den Haag
Datum: [[d:10 juni 2024]]

Geachte heer/mevrouw,

Op [[d:3 juni]] ontving de familie [[p:Ramautar]] uw aankondiging van afsluiting per [[d:1 juli 2024]]. In het gezin woont een kind met astma ([[p:Anjali]], 6) en een oudere vrouw met thuiszorg (mw. [[p:Shanti Ramautar-Sewnath]], 78). Afsluiting is volgens de Regeling afsluitbeleid in deze situatie niet toegestaan.
Graag bevestigen wij de telefonische afspraak met uw medewerker [[p:N. Chaouch]] dat de afsluiting wordt opgeschort. Aanmelding schuldhulp volgt uiterlijk [[d:20-06-2024]].
EAN-code: [[n:871687120053418265]]

Met vriendelijke groet,
[[p:Bram Kuipers]], {{r:casusregisseur}}
[[t:070 353 4491]]""",
    """Van: [[p:Ellen Schipper]] <[[e:ellen.schipper@swtdenhaag.nl]]>
Aan: [[e:info@jonkerbewind.nl]]
Datum: [[d:ma 8 jan. 2024]] 14:02
Onderwerp: fam. [[p:Asante]] – energie en post

Beste [[p:Tim]],

Na het MDO van vanochtend: [[p:Akosua]] en [[p:Yaw]] hebben opnieuw een achterstand bij {{o:Vattenfall}} (€ 1.870). Het voorschot staat nog op € 95 terwijl het verbruik flink hoger is. Kun jij het voorschot laten aanpassen en een regeling treffen? Klantnummer staat in de bijlage.
Verder: post komt nog op hun eigen adres binnen in plaats van op jouw postbus. Wil jij de doorzending opnieuw aanvragen?

Groet,
[[p:Ellen]]
SWT {{w:Morgenstond}} | [[t:06 2299 8140]]""",
    """Aan: {{o:Staedion}}, t.a.v. de {{r:wijkconsulent}}, mw. [[p:R. Bakker]]
Datum: [[d:8-10-2024]]
Betreft: huurder dhr. [[p:K.W. Smit]], [[a:Van Musschenbroekstraat 17]], [[pc:2522AL]] – contractnummer [[n:ST-00417752]]

Geachte mevrouw [[p:Bakker]],

Op [[d:7 oktober]] hebben wij samen met de {{o:GGD}} (bemoeizorg) een huisbezoek afgelegd. Dhr. [[p:Smit]] heeft ons binnengelaten. De woning is ernstig vervuild, maar dhr. is bereid om hulp bij het opruimen te accepteren.
Wij vragen u de gerechtelijke procedure aan te houden tot [[d:1 december 2024]]. In de tussentijd zorgen wij met {{o:Leger des Heils}} voor een schoonmaakactie en wordt begeleiding ingezet.

Vriendelijke groet,
[[p:Mirjam Hoogstraten]], {{r:bemoeizorger}} {{o:GGD Haaglanden}}
[[p:Faisal Noori]], {{o:Leger des Heils}}""",
    """{{o:CJIB}}
Postbus 1794
8901 CB Leeuwarden

Den Haag, [[d:19 februari 2025]]

Betreft: verzoek betalingsregeling, betalingskenmerk [[n:1234 5678 9012 3456]] en [[n:6543 2109 8765 4321]]
Naam: [[p:Filmon Kidane]], geb. [[d:02-08-2005]], BSN [[b:775200608]]
Adres: p/a [[a:Beeklaan 512]], [[pc:2562 BN]] Den Haag

Geachte heer/mevrouw,

Dhr. [[p:Kidane]] heeft twee verkeersboetes openstaan (OV-boete en fietsverlichting) die inmiddels zijn verhoogd. Hij heeft geen inkomen behalve een bijverdienste van ca. € 300 per maand. Wij verzoeken u een regeling van € 20 per maand toe te staan.
Machtiging voor de incasso: [[i:NL60 TRIO 7187 2740 01]] t.n.v. [[p:F. Kidane]].

Met vriendelijke groet,
[[p:Rosa Çakır]], {{r:gezinscoach}}""",
]
T += [
    """{{o:GGN Mastering Credit}}
t.a.v. afdeling Incasso
Den Haag, [[d:27 mei 2024]]

Uw referentie: [[n:GGN-88420917]]
Onze referentie: [[n:SHV-24-1130]]
Betreft: Dhr. [[p:R. Wijngaarde]]

Geachte heer/mevrouw,

Uw cliënt ({{o:Ziggo}}) vordert een bedrag van € 641,88 van dhr. [[p:Wijngaarde]], [[a:Paul Krugerlaan 77]], [[pc:2571 JD]]. Dhr. heeft bij ons een schuldhulptraject aangevraagd. Wij verzoeken u de incassomaatregelen gedurende de stabilisatiefase (ca. 3 maanden) op te schorten.
Correspondentie graag uitsluitend via ondergetekende.

Met vriendelijke groet,
[[p:Gijs van der Meer]]
{{r:schuldhulpverlener}}, {{o:Schuldhulpverlening Den Haag}}
T [[t:070 - 353 7211]]""",
    """Aan de {{r:kantonrechter}} in de {{o:Rechtbank Den Haag}}
Verzoekschrift toelating schuldsaneringsregeling (Wsnp)
Verzoeker: [[p:Paweł Kowalczyk]], geboren op [[d:17 oktober 1979]] te Gdańsk (Polen)
Wonende: [[a:Melis Stokelaan 1488]], [[pc:2541 GL]] 's-Gravenhage
BSN: [[b:995.687.341]]
Gehuwd met: [[p:Magdalena Kowalczyk-Wiśniewska]]
Bijlagen: Wsnp-verklaring gemeente ([[d:11-09-2024]]), schuldenoverzicht, verklaring ex art. 285 Fw
Minnelijk traject mislukt op [[d:2 september 2024]]: schuldeisers {{o:Belastingdienst}} en {{o:Santander Consumer Finance}} weigerden het akkoord.
Verzoeker is met ingang van [[d:1-12-2023]] volledig arbeidsongeschikt.
Gemachtigde: [[p:Rami Haddad]] / [[p:Dewi Latumahina]], [[e:dewi.latumahina@swtdenhaag.nl]]""",
    """{{o:Vestia}} Den Haag Zuid-West
t.a.v. [[p:Ronald Kok]]
Den Haag, [[d:6 maart 2024]]
Betreft: betalingsregeling huur [[p:P. Kowalczyk]], [[a:Melis Stokelaan 1488]], huurdernummer [[n:77120456]]

Beste [[p:Ronald]],

Zoals gisteren besproken in het MDO stuur ik je hierbij het voorstel van [[p:Paweł]] en [[p:Magdalena]]: vanaf [[d:1 april]] € 50 per maand extra op de achterstand (€ 2.180). De huur (€ 698,40) wordt vanaf nu automatisch afgeschreven van [[i:NL78ASNB6247354404]].
Mail graag naar [[e:m.kowalczyk84@wp.pl]] en cc naar mij.

Groet,
[[p:Dewi]]""",
    """{{o:Budget Energie}}
Afdeling Klantbeheer

Den Haag, [[d:11-11-2024]]

Onderwerp: klacht afsluiting gas en stroom, contractnummer [[n:BE-3318827]]

Geachte heer/mevrouw,

Op [[d:vrijdag 8 november]] is bij mevrouw [[p:Warda Lahlou]], [[a:Gaslaan 23-hs]], [[pc:2541 AR]], zonder voorafgaande aankondiging de energie afgesloten. Mevrouw is 84 jaar, gebruikt een zuurstofapparaat en woont alleen. Haar dochter [[p:Latifa]] ([[t:+31 6 4820 1173]]) was niet op de hoogte.
Wij verzoeken u de levering per direct te herstellen en te bevestigen aan ondergetekende.

[[p:Jolanda Dekker]]
{{r:Wmo-consulent}} gemeente Den Haag – {{w:Regentessekwartier}}
[[t:06 10 22 38 77]]""",
    """Aan: {{o:Rechtbank Den Haag}}, team Jeugd, t.a.v. {{r:kinderrechter}} mr. [[p:De Haan]]
Zaaknummer: [[n:C/09/672118 JE RK 24-1906]]
[[d:24 oktober 2024]]

Betreft: verlenging ondertoezichtstelling [[p:Burak Aydın]] (geb. [[d:05-05-2009]]) en [[p:Elif Aydın]] (geb. [[d:18-12-2012]])

Edelachtbare,

Als {{r:gezinsvoogd}} van {{o:Jeugdbescherming West}} onderschrijf ik het verzoek tot verlenging van de OTS met twaalf maanden. Sinds het begin van de OTS gaat [[p:Burak]] weer naar school (drie dagen), moeder [[p:Emine Aydın]] krijgt opvoedondersteuning. Vader ([[p:M. Aydın]], [[a:Hoefkade 118]]) heeft omgang onder begeleiding.
De zorgen om de veiligheid van [[p:Elif]] zijn afgenomen, maar nog niet weg.

Hoogachtend,
[[p:Mahesh Jagessar]]""",
    """Den Haag, [[d:19-04-2024]]

Aan: Mr. [[p:W.F. Bos]]
{{o:Bos & Koning Bewindvoering}}
[[a:Laan van Meerdervoort 1102]]
[[pc:2564 AZ]] Den Haag

Betreft: cliënt [[p:Gregorio Statia]] (uw dossier [[n:2022-0381]])

Beste [[p:Willem]],

[[p:Gregorio]] is vorige week weer in het ziekenhuis opgenomen ({{o:HMC}} Westeinde), waarschijnlijk voor twee weken. De huur van zijn kamer ([[a:Vaillantlaan 82-I]]) moet doorbetaald worden en zijn zus [[p:Quincy Statia]] vraagt of zij zijn kleding mag ophalen.
Kun je leefgeld deze weken overmaken naar zijn zus? Zij heeft rekening [[i:NL12 ABNA 3740 0144 06]].

Groet, [[p:Dilek]] (SWT {{w:Laak}})""",
]

# ---------------------------------------------------------------- schuldhulp intakes
T += [
    """INTAKEVERSLAG SCHULDHULPVERLENING
Dossiernummer: [[n:SHV-23-2291]]          Datum intake: [[d:22-11-2023]]
Cliënt: [[p:Tesfaye Habte]], geb. [[d:01-01-1968]], BSN [[b:362583390]]
Adres: [[a:Dierenselaan 34]], [[pc:2573 XA]] Den Haag     Tel.: [[t:06-21 99 48 03]]
Inkomen: Participatiewet alleenstaande, € 1.275,- netto; rekening [[i:NL43RBRB0929201835]]
Schuldhulpverlener: [[p:T. Benali]]

Schuldeisers:
| Schuldeiser | Kenmerk | Bedrag |
|---|---|---|
| {{o:Belastingdienst/Toeslagen}} | [[n:8812.33.019.T.70]] | € 2.940,00 |
| {{o:Flanderijn}} (namens {{o:Haag Wonen}}) | [[n:2309871-FL]] | € 1.812,45 |
| {{o:Odido}} | klantnr [[n:1.33587402]] | € 388,10 |
| {{o:Zilveren Kruis}} (via {{o:CAK}} bestuursrechtelijke premie) | [[n:CAK-7730188]] | € 1.120,00 |
| {{o:CJIB}} | [[n:3021 4456 7712 9008]] | € 296,00 |
Totaal ca. € 6.557. Geen BKR-registratie. Advies: stabilisatie, daarna minnelijk traject.""",
    """Samenvatting intake schuldhulp – [[d:18 juni 2024]]
Cliënt(en): fam. [[p:Ramautar]]: [[p:Rajesh Ramautar]] (geb. [[d:6-11-1975]]) en [[p:Sunita Ramautar-Jagroep]] (geb. [[d:14-1-1979]])
Adres: [[a:Jacob Catsstraat 45-II]], [[pc:2521LT]]
BSN's: [[b:191773992]] / [[b:313500381]]
Gezin: 3 kinderen ([[p:Vishal]] 16, [[p:Priya]] 12, [[p:Anjali]] 6) + moeder van dhr. inwonend.
Schulden (voorlopig):
{{o:Eneco}}	[[n:2004471883]]	€ 2.160,30
{{o:Dunea}}	[[n:510.228.447]]	€ 311,90
{{o:Belastingdienst}} (aanslag IB 2021)	[[n:1123.45.678.H.16]]	€ 4.388,00
{{o:Wehkamp}}	klantnr. [[n:88104472]]	€ 922,15
{{o:Intrum}} ({{o:Klarna}})	[[n:IJ-6655102]]	€ 245,00
Oorzaak: inkomensval na ontslag dhr. ([[d:31 december 2022]]), sindsdien op spaargeld geleefd.
Vervolg: budgetcoach via {{o:Humanitas}}; volgende afspraak [[d:2 juli]] met [[p:Fatma]].""",
    """Intake {{o:SHV}} (kort)
[[d:do 11-7-24]] – mw. [[p:Petrova]] + {{r:bewindvoerder}} [[p:Koen Meijer]]
cl. [[p:Desislava Petrova]], [[a:Hoefkade 1034]], tel [[t:0640093317]]
kinderen [[p:Stoyan]] (8), [[p:Viktoria]] (4); ex-partner [[p:Ivan Dimitrov]] betaalt geen alimentatie (uitspraak [[d:3-2-2022]], € 180 p/m)
schuldeisers: {{o:LBIO}} (inning alimentatie aangevraagd, dossier [[n:2024-88730]]), {{o:Vattenfall}} € 640, {{o:Ziggo}} € 210, {{o:DUO}} studieschuld (geen aflossing i.v.m. draagkracht)
IBAN leefgeld: [[i:NL88 INGB 6164 7602 98]]
afspraak: [[p:Koen]] vraagt LBIO; ik ([[p:Fatma]]) check kindgebonden budget""",
]
T += [
    """SCHULDHULP – INTAKEFORMULIER
Naam aanvrager		: [[p:Warda Lahlou]]
Geboortedatum		: [[d:02-03-1940]]
BSN			: [[b:4844 76 762]]
Adres			: [[a:Gaslaan 23-hs]], [[pc:2541AR]]
Contactpersoon	: [[p:Latifa Lahlou]] (dochter), [[t:+31 6 4820 1173]], [[e:latifa.lahlou@gmail.com]]
Inkomen			: AOW + klein pensioen ({{o:SVB}}, {{o:PFZW}})
Schulden			: {{o:Budget Energie}} € 1.390 ([[n:BE-3318827]]); {{o:HTM}} € 62; {{o:Menzis}} eigen risico € 385 (relatienr. [[n:188 402 337]])
Bijzonderheden	: mw. is analfabeet, dochter regelt post. Mw. wil geen bewind ("mijn dochter doet het goed"). Geen sprake van problematische schulden maar wel van een acuut probleem (afsluiting [[d:8 nov]]).
Verwijzing		: {{r:thuisadministratiemaatje}} via {{o:Humanitas}}""",
    """Verslag intakegesprek schuldhulpverlening
Datum: [[d:30 januari 2025]]
Aanwezig: dhr. [[p:Jurmaine Rosaria]], zijn oma mw. [[p:E. Rosaria]], [[p:Gijs]] ({{o:SHV}}), [[p:Shurandy]] ({{o:Straatconsulenten}})
Dhr. weet niet precies welke schulden hij heeft. Via BKR en Mijn Overheid is het volgende gevonden:
- {{o:DUO}}: € 4.112 (MBO, opleiding niet afgemaakt)
- {{o:CJIB}}: 4 boetes, totaal € 1.045 (kenmerken [[n:5512 0030 8891 2277]] e.a.)
- {{o:Lowell}} namens {{o:Vodafone}}: € 870, dossier [[n:LW-20938811]]
- Vriend "[[p:Dino]]": € 300 (informeel)
- {{o:Zilveren Kruis}}: premieachterstand, polis [[n:Z-4478190233]]
Bankrekening: [[i:NL17ABNA6995108500]] (staat rood, € -212).
Afspraak: [[p:Gijs]] vraagt zorgverzekering in bestuursrechtelijke premie; [[p:Jurmaine]] brengt loonstroken mee op [[d:6 februari]].""",
    """SCHULDENOVERZICHT – [[p:A. en Y. Asante]] – peildatum [[d:01-03-2024]]

Schuldeiser			Ref.nr.			Hoofdsom	Stand
{{o:Vattenfall}}		[[n:1100 8892 341]]		1.870,00	regeling aangevraagd
{{o:Staedion}}		[[n:HUUR-556021]]		1.104,20	beslag
{{o:Van Arkel Gerechtsdeurwaarders}}	[[n:VA-24-00771]]	(namens {{o:Staedion}})
{{o:Belastingdienst}}		[[n:2331.09.804]]		3.055,00	kwijtschelding afgewezen
{{o:Gemeente Den Haag}} ({{o:Belastingen}})	aanslagnr. [[n:2023.416.7720]]	284,00	open
Bewindvoerder: mr. [[p:T. Jonker]] ({{o:Jonker Bewind}})
Beheerrekening: [[i:NL33 INGB 0222 7708 87]]
Opgesteld door [[p:Kofi Boateng]], {{o:Humanitas}} {{r:thuisadministratie}}""",
    """Intake {{o:SHV}} [[d:12 maart 2024]] – [[p:Bulut]], [[p:Tuğba]]
Geb. [[d:21/08/1992]], [[a:Stuwstraat 14A]], [[pc:2516 TK]] Den Haag (kamerbewoning, {{w:Laakhaven}})
Tel. [[t:06 1932 5508]]; mail [[e:tugba.bulut92@hotmail.com]]
Werk: schoonmaak bij {{o:CSU}} 24 u p/w; ZZP'er daarnaast als nagelstyliste (KvK niet uitgeschreven!)
Schulden:
  {{o:Belastingdienst}} – naheffing btw 2022: € 1.960
  {{o:Afterpay}}/{{o:Riverty}} – 6 vorderingen, samen € 740
  {{o:Ziggo}} – € 180
  familielening (broer [[p:Serkan]]) – € 2.500
Doorverwezen naar {{o:Geldfit}} voor budgetcursus. Evaluatie [[d:9-4]].""",
    """Intakeverslag schuldhulpverlening (aanmelding via SWT {{w:Escamp}})
Cliënte: mevrouw [[p:Fadumo Abdi]]
Geb.: [[d:1 januari 1990]] | BSN: [[b:649626965]] | Verblijf: [[a:Zuiderparklaan 260]] (opvang), post via {{o:Kessler Stichting}}
Inkomen: bijstand + kinderbijslag + kindgebonden budget, rekening [[i:NL67 SNSB 1129 1954 49]]
Schulden: grotendeels ontstaan door ex-partner op naam van mw. (telefoonabonnementen, {{o:Wehkamp}}, {{o:Otto}}). Mw. wil aangifte doen van identiteitsfraude.
Schuldeisers (voorlopig):
- {{o:KPN}} [[n:8826 1140 3]] – € 1.213
- {{o:Wehkamp}} [[n:4412093]] – € 688
- {{o:Otto}} [[n:OT-92-338015]] – € 412
- {{o:Belastingdienst}} terugvordering huurtoeslag – € 3.870
Behandelaar: [[p:Anouk Mulder]], [[t:070 353 6290]]""",
]

# ---------------------------------------------------------------- huisbezoek reports
T += [
    """Verslag huisbezoek
Datum: [[d:maandag 7 oktober 2024]], 10.00 uur
Adres: [[a:Van Musschenbroekstraat 17]], {{w:Bezuidenhout}}
Aanwezig: dhr. [[p:Smit]], [[p:Mirjam]] ({{o:GGD}}), [[p:Faisal]] ({{o:LdH}})

Na drie keer aanbellen deed dhr. [[p:Karel Smit]] open. De gang staat vol kranten en vuilniszakken; in de keuken staan etensresten van weken. Twee katten, kattenbak niet verschoond. Dhr. is vermagerd, draagt dezelfde kleding als bij eerdere pogingen.
Hij vertelt dat zijn vrouw [[p:Truus]] in 2019 is overleden en dat hij "sindsdien geen zin meer heeft". Contact met dochter [[p:Wendy]] is slecht; hij wil niet dat zij komt.
Wel akkoord met: hulp bij opruimen, maaltijdservice, bezoek huisarts (dr. [[p:Hoogendoorn]]).
Vervolgafspraak: [[d:14-10]], zelfde tijd.""",
    """Huisbezoek fam. [[p:Osei]] – [[d:2 april 2024]]
Adres: [[a:Rijswijkseweg 388]], 3e etage, [[pc:2516 HL]]
Door: [[p:Yasmine Ouali]] (SWT {{w:Laak}}) en [[p:Kwabena Osei]] (zoon, tolk Twi)

Mw. [[p:Abena Osei]] (72) woont met haar kleinzoon [[p:Kojo]] (19) in een driekamerwoning. Zij heeft diabetes, slecht ingesteld; wijkverpleging komt 2x daags insuline geven ({{o:Buurtzorg}}). Ze komt de trappen niet meer af en is sinds de winter niet buiten geweest.
Kleinzoon werkt nachten bij {{o:PostNL}} en slaapt overdag.
Afspraken: {{r:Wmo-consulent}} komt voor traplift / verhuisindicatie; [[p:Kwabena]] ([[t:0687341209]]) is contactpersoon. Mw. wil graag naar de kerk op zondag: vrijwillige chauffeur via {{o:Stichting Boodschappenplusbus}}.""",
    """huisbezoek [[d:di 19-3]] mw [[p:kaya]] ([[a:Delftselaan 61-2]])
samen met [[p:ingrid]] (wijkverpleging)
mw open, vriendelijk, maar verward over datum en dag. Dacht dat het zondag was. Koelkast leeg op 2 yoghurtjes na. Medicatie baxter van vorige week nog vol.
Zoon [[p:Ömer]] (woont in Utrecht, [[t:06-55 10 29 83]]) gebeld vanuit de woning, hij komt zaterdag.
Buurman [[p:Visser]] (nr. 59) houdt oogje in het zeil, heeft een sleutel.
Acties: casemanager dementie inschakelen (via huisarts [[p:El Idrissi]]); maaltijden via {{o:Tafeltje Dekje}}.""",
    """Rapportage huisbezoek
Cliënt: [[p:Ilda Lopes]] ([[d:13-06-1958]])
Adres: [[a:Vaillantlaan 190]], [[pc:2526 AJ]]
Datum: [[d:27 mei 2024]] – [[p:Henk Groenewegen]], {{r:maatschappelijk werker}}

Mw. is Kaapverdiaans, spreekt Portugees en Kriolu, weinig Nederlands. Haar neef [[p:José Tavares]] ([[p:Zé]]) was aanwezig en vertaalde. Mw. heeft reuma en pijn, huishouden blijft liggen. Huurtoeslag is gestopt omdat de jaarlijkse wijziging niet is doorgegeven (brief in het Nederlands).
Afgesproken: [[p:Zé]] helpt met DigiD; ik vraag huurtoeslag opnieuw aan. Tevens aanmelding {{o:Wmo-loket}} voor huishoudelijke ondersteuning.
Contact neef: [[t:06-5039-2771]] / [[e:ze.tavares@outlook.pt]]""",
    """HUISBEZOEK – GEZINSSITUATIE
[[d:dinsdag 25 maart 2025]]
Locatie: [[a:Laan van Hoornwijck 9]], Rijswijk
Aanwezig: [[p:Wahid]], [[p:Shabnam]], de kinderen, [[p:Floor]] ({{o:CJG}}), tolk [[p:Farid Rahimi]]

Het huis is netjes maar kaal: matrassen op de vloer, geen tafel. Het gezin woont hier sinds [[d:1 december]]. [[p:Mariam]] (14) deed de deur open en vertaalt normaal alles voor haar ouders; vandaag mocht ze "gewoon kind zijn".
Moeder vertelt over de vlucht via Iran en Turkije. Vader heeft nachtmerries en hoofdpijn.
[[p:Zahra]] heeft koorts, oor loopt. Direct huisarts gebeld: afspraak vanmiddag 15.00 bij dokter [[p:Vermeulen]].
Vervolg: inrichting via {{o:Stichting Present}}; POH-GGZ voor vader.""",
    """Verslag huisbezoek [[d:15-1-2024]]
Mw. [[p:Hatice Yıldız]], [[a:Soestdijksekade 470]], [[pc:2574 AL]]
Door [[p:Nadia]] en [[p:Bert]] (SWT {{w:Rustenburg-Oostbroek}})

Mw. (59) woont alleen sinds haar man [[p:İsmail]] naar Turkije is vertrokken. Er liggen aanmaningen op tafel, de verwarming staat uit ("te duur"). Mw. vertelt dat zij huilt en slecht slaapt. Zij wil geen "psycholoog" maar wel iemand om mee te praten, liefst een Turks sprekende vrouw.
Dochter [[p:Gül]] (35, [[a:Loevesteinlaan 112]]) komt af en toe. Haar mobiel: [[t:06 47 02 83 91]].
Acties: [[p:Nadia]] koppelt mw. aan vrouwengroep {{o:Vrouwen Kracht Centrum}}; [[p:Bert]] vraagt energietoeslag aan. Terugkom: [[d:29 januari]].""",
]
T += [
    """Huisbezoekverslag – [[p:Nguyen]], [[p:Thi Lan]]
Datum: [[d:4 september 2023]]
Adres: [[a:Loosduinsekade 355-B]], [[pc:2571 CD]] ({{w:Regentessekwartier}})

Aanleiding: melding van {{o:Haag Wonen}} (lekkage naar beneden, bewoonster doet niet open). Vandaag samen met {{r:huismeester}} [[p:Peter de Jong]] binnen geweest.
Mw. [[p:Nguyen]] (63) blijkt een kamer onder te verhuren aan twee jonge mannen; zij zegt dat het "neven" zijn. Eén van hen, [[p:Minh]], sprak Nederlands en vertelde dat mw. de huur niet meer kan betalen sinds haar nagelsalon in {{w:Centrum}} dicht is.
Zorg: mogelijke uitbuiting / onderverhuur. Met [[p:De Jong]] afgesproken dat hij nog niets meldt tot wij een tweede gesprek hebben gehad ([[d:11/9]]).
Tel. mw.: [[t:070-3631508]] (vaste lijn, neemt zelden op).""",
    """huisbezoek [[d:za 16 maart]] (buiten werktijd, op verzoek van mw.)
[[p:Mihai]] en [[p:Ioana]] [[p:Stoica]], tijdelijke kamer [[a:Parallelweg 12-1]]
aanwezig: [[p:Andreea]], [[p:Jolanda]]
Baby geboren op [[d:9-3-2024]], gezond, jongen: [[p:Luca]]. [[p:Ioana]] is moe, borstvoeding lukt niet goed. Kraamzorg niet geregeld want "geen verzekering" — inmiddels wél: {{o:Zilveren Kruis}} vanaf [[d:1-1-2024]] (terugwerkend).
Huisvesting: de huisbaas (dhr. [[p:Hoekstra]]) wil dat ze binnen 2 weken weg zijn, baby huilt teveel.
Actie: [[p:Jolanda]] belt maandag met {{o:Kraamzorg Haaglanden}}; [[p:Andreea]] zoekt met hen naar andere woonruimte.""",
    """Verslag huisbezoek (tweede)
Datum: [[d:14-10-2024]]
Cliënt: dhr. [[p:K. Smit]]
Opvallend: woonkamer deels opgeruimd ({{o:Leger des Heils}} is [[d:vrijdag 11 oktober]] geweest). Dhr. heeft zich geschoren en is naar de kapper geweest; zegt dat hij "het voor [[p:Truus]] doet".
Dochter [[p:Wendy]] heeft gebeld en komt in de herfstvakantie. Dhr. wil haar nu wél zien.
Huisarts [[p:Hoogendoorn]] heeft dhr. gezien op [[d:10/10]]: ondervoed, bloedonderzoek loopt.
Vervolg: wekelijks bezoek van vrijwilliger ([[p:Mies]], {{o:Vóór Welzijn}}), maaltijdservice start [[d:21 oktober]].
[[p:Mirjam H.]]""",
    """Rapportage huisbezoek – [[d:ma 6 mei 2024]]
Cliënt: [[p:Gheorghe Dumitru]] (58), Roemeens, dakloos geweest, sinds [[d:1 april]] in een kamer bij {{o:Kamers met Kansen}}, [[a:Kamperfoeliestraat 46]].
Bezoek door [[p:Roos]] ({{r:trajectbegeleider}}).
Dhr. heeft werk bij een schoonmaakbedrijf maar geen contract. Hij staat niet in de BRP, alleen in de RNI (BSN [[b:1317.18.848]]), daardoor geen toeslagen. Hij drinkt minder dan toen hij op straat leefde, zegt hij.
Zijn zus [[p:Elena]] in Boekarest belt hem dagelijks: [[t:+40 721 334 908]].
Vervolg: inschrijving BRP op het adres van de kamer; [[p:Roos]] neemt contact op met {{o:Straatconsulenten}}.""",
    """Huisbezoek [[d:28/02/2024]] – familie [[p:Girigoria]], [[a:Hooftskade 155]], [[pc:2526 KH]]
Aanwezig: mw. [[p:Shirley Girigoria]] (47), zoon [[p:Jerson]] (21), {{r:wijkverpleegkundige}} [[p:Tahiri]], ik ([[p:Bart]])
Mw. heeft sinds een herseninfarct ([[d:14 december]]) een halfzijdige verlamming. [[p:Jerson]] is haar enige mantelzorger, heeft zijn opleiding (ROC {{o:Mondriaan}}) stopgezet. Hij zegt dat het "wel gaat" maar ziet er uitgeput uit.
De woning (2e verdieping, geen lift) is niet geschikt. Andere dochter [[p:Cheryl]] woont op Curaçao.
Afspraken: verhuisurgentie aanvragen; respijtzorg voor [[p:Jerson]] via {{o:Mantelzorg Den Haag}}; [[p:Tahiri]] kijkt naar thuisrevalidatie.""",
]

# ---------------------------------------------------------------- escalation notes
T += [
    """ESCALATIENOTITIE
Aan: [[p:Marieke Zwart]], {{r:teamleider}} SWT {{w:Escamp}}
Van: [[p:Hodan Warsame]]
Datum: [[d:12 juni 2024]]
Betreft: urgentie mw. [[p:F. Abdi]] en kinderen ([[n:SWT-ESC-0612]])

[[p:Marieke]], ik loop vast. Mw. zit met 4 kinderen al 5 maanden in de crisisopvang, de urgentieaanvraag is op [[d:30-05-2024]] afgewezen omdat zij "zelfredzaam" zou zijn. Intussen heeft de pleger haar gevonden (zie melding VT van [[d:3 juni]]). De opvang wil haar na [[d:1 juli]] niet langer houden.
Verzoek: kun jij dit agenderen bij het {{o:Zorg- en Veiligheidshuis Haaglanden}} en/of rechtstreeks bij de afdeling Urgentie (contact dhr. [[p:Van der Linden]])?
Ik heb alles gedocumenteerd in het dossier.""",
    """Escalatie naar teamleider – [[d:vr 19-1-2024]]
@[[p:Jeroen]]: casus [[p:Habte]] ([[a:Dierenselaan 34]]). Deurwaarder {{o:Flanderijn}} dreigt met ontruiming op [[d:1 februari]], terwijl het minnelijk traject op [[d:15 januari]] is gestart. Moratorium is nog niet aangevraagd door {{o:SHV}} ([[p:Tarik]] ziek).
Vraag: mag ik zelf rechtstreeks contact zoeken met {{o:Schuldhulpverlening Den Haag}} (leidinggevende [[p:E. Ahmadzai]]) om het moratorium alsnog te laten aanvragen? Anders is [[p:Tesfaye]] over 2 weken dakloos.
– [[p:Anouk]]""",
    """Notitie voor [[p:Jacqueline de Graaff]] (teamleider SWT {{w:Transvaal}})
Van: [[p:Saida Amrani]]  |  [[d:5 september 2023]]
Onderwerp: onveilige situatie collega's bij huisbezoeken [[a:Paul Krugerlaan 77]]

Bij het laatste huisbezoek op [[d:1 september]] heeft dhr. [[p:R. Wijngaarde]] mij en mijn collega [[p:Lotte]] bedreigd ("ik weet waar jullie wonen"). Hij heeft mijn naam op Facebook gezocht.
Ik vraag je:
1. huisbezoeken bij dhr. voortaan alleen nog met twee collega's én na overleg met {{r:wijkagent}} [[p:Zwart]];
2. aangifte namens de organisatie te doen (werkgeversaangifte);
3. mijn privégegevens te laten afschermen in de GBA-inzage van de organisatie.
Graag bespreken in ons bila van [[d:donderdag 7-9]].""",
    """ESCALATIE – Zorgen over bereikbaarheid {{r:bewindvoerder}}
Voor: [[p:Bas van Rijn]], {{r:teamleider}} {{w:Morgenstond}}
Van: [[p:Ellen]]
[[d:20-02-2024]]

[[p:Bas]], de familie [[p:Asante]] ([[a:Leyweg 811]]) heeft sinds [[d:12 januari]] niets meer van mr. [[p:Jonker]] gehoord. Mails ([[e:info@jonkerbewind.nl]]) en telefoon ([[t:070 - 345 81 06]]) worden niet beantwoord. Intussen komen er aanmaningen binnen en heeft [[p:Akosua]] haar medicijnen niet kunnen ophalen (eigen bijdrage niet betaald).
Ik heb een brief aan de kantonrechter voorbereid (zie concept). Wil jij hem meelezen en tekenen, of moet dit via de jurist?""",
    """Escalatienotitie ({{o:GGZ}} wachtlijst)
Aan: Mw. drs. [[p:L. Sewdayal-Kok]], {{r:manager}} {{o:Parnassia}} Haaglanden
Cc: [[p:R. Kartosen]]
Datum: [[d:16 april 2024]]

Betreft: mw. [[p:S. El Khattabi]], geb. [[d:12-06-1986]], verwezen door huisarts [[p:S. Ramsaran]] op [[d:4 januari 2024]] (verwijzing [[n:ZD-1198273]])
Mw. staat nu 15 weken op de wachtlijst voor traumabehandeling. In die periode is haar situatie sterk verslechterd (bedreiging door ex-partner, dreigende ontruiming, kinderen met gedragsproblemen). Overbruggingszorg via de POH is gestopt.
Wij vragen u de aanmelding te herbeoordelen op urgentie.
Namens het MDO: [[p:J. de Graaff]], {{r:teamleider}}""",
]
T += [
    """Escalatie – [[d:vrijdagmiddag 22 november]]
[[p:Cor]] → [[p:Yvonne de Wit]] ({{r:teamleider}})
Mw. [[p:Azzouzi]] heeft nog steeds geen uitkering. {{o:SZW}} zegt dat herstel pas kan na een nieuwe aanvraag (weer 8 weken). Ze is 30 weken zwanger en eet bij haar schoonmoeder. Ik heb {{r:klantmanager}} [[p:Dekker]] drie keer gemaild, geen reactie.
Kun jij via het ambtelijk overleg met {{o:SZW}} een voorschot regelen? Klantnummer: [[n:SZW-2291774]]. Haar rekening: [[i:NL93TRIO8190470105]].
Dank! [[p:Cor]]""",
    """Interne notitie – escalatie
Van [[p:Gijs van der Meer]] aan [[p:Hanneke Post]] ({{r:teamleider}} {{o:SHV}})
[[d:03-02-2025]]
[[p:Hanneke]], de CJIB-regeling voor [[p:J. Rosaria]] ([[n:SHV-25-0142]]) is afgewezen omdat hij "geen vast adres" heeft. Hij staat ingeschreven op het adres van zijn oma ([[a:Van der Vennestraat 73]], [[pc:2525 CC]]). Ik wil een klacht indienen bij het {{o:CJIB}} en tegelijk de reclassering ([[p:Femke Haddou]]) vragen mee te schrijven. Akkoord? Per post of digitaal, wat heeft je voorkeur?""",
]

# ---------------------------------------------------------------- verwijzing / aanmelding forms
T += [
    """VERWIJZINGSFORMULIER SOCIAAL WIJKZORGTEAM
Naam: [[p:Rachida Boukhari]]
Geboortedatum: [[d:23-07-1971]]
BSN: [[b:218314632]]
Adres: [[a:Wouwermanstraat 28-hs]], [[pc:2526 TE]] Den Haag
Telefoon: [[t:06-19 44 07 26]]
Huisarts: [[p:B. Nijenhuis]], {{o:Gezondheidscentrum Schilderswijk}}
Contactpersoon: [[p:Nordin Boukhari]]
Relatie: zoon
Verwijzer: [[p:K. Yildirim]], {{r:POH-GGZ}}
Reden verwijzing: depressieve klachten, sociale isolatie sinds scheiding; schulden bij energiebedrijf. Mw. wil "niet naar een psychiater" maar staat open voor een maatschappelijk werker.
Toestemming cliënt: ja, getekend [[d:11-3-2024]]""",
    """Aanmeldformulier {{o:MEE Zuid-Holland Noord}}

| Veld | Gegevens |
|---|---|
| Naam | [[p:Naima Azzouzi]] |
| Geboortedatum | [[d:30-04-2001]] |
| BSN | [[b:414432605]] |
| Adres | p/a [[a:Vaillantlaan 431-D]], [[pc:2526 HZ]] |
| Telefoon | [[t:06-14772085]] |
| Huisarts | dr. [[p:Amrani]], {{o:Huisartsenpraktijk De Lijnbaan}} |
| Contactpersoon | [[p:Fatiha Benali]] |
| Relatie | schoonmoeder |
| Vraag | ondersteuning LVB bij zwangerschap, post/financiën, contact instanties |
| Aangemeld door | [[p:Jamila]] ({{o:MEE}}) i.o.m. SWT {{w:Schilderswijk}} |""",
    """Verwijsbrief huisarts → SWT
Patiënt: dhr. [[p:Stanislav Georgiev]]
Geb.: [[d:04.11.1963]]
BSN: [[b:478 409 138]]
Adres: [[a:Westduinweg 112]], [[pc:2583AB]] ({{w:Duindorp}})
Tel: [[t:+359 88 712 4409]] (Bulgaars nummer) / [[t:06 81 02 33 15]]
Contactpersoon: [[p:Mariyana Georgieva]], echtgenote
Huisarts: [[p:E.M. Koning]], [[t:070-3554210]]
Reden: alcoholmisbruik, onvoldoende inkomen (seizoenswerk visserij gestopt), dreigende huisuitzetting. Pt. is gemotiveerd voor hulp bij financiën, nog niet voor verslavingszorg.
Datum: [[d:19 augustus 2024]]""",
    """AANMELDING BEGELEIDING ({{o:Wmo}})
Naam cliënt		[[p:Jerson Girigoria]]
Geboortedatum		[[d:07-10-2003]]
BSN			[[b:656495832]]
Adres			[[a:Hooftskade 155]], [[pc:2526 KH]]
Telefoon		[[t:06-33 81 09 47]]
E-mail			[[e:jersong03@gmail.com]]
Huisarts		dr. [[p:Y. Pranger]]
Contactpersoon	[[p:Shirley Girigoria]]
Relatie		moeder (cliënt is haar mantelzorger)
Toelichting: overbelaste jonge mantelzorger, opleiding gestopt, somberheid. Vraag: respijtzorg + individuele begeleiding om opleiding weer op te pakken.""",
]
T += [
    """Verwijzing naar {{o:Schuldhulpverlening Den Haag}}
Verwijzer: SWT {{w:Segbroek}}, [[p:Jolanda Dekker]] ({{r:Wmo-consulent}})
Datum verwijzing: [[d:22 januari 2024]]

Naam: [[p:Florin Stoica]]
Geboortedatum: [[d:15/05/1995]]
BSN: [[b:395659346]]
Adres: [[a:Weimarstraat 233-1e]], [[pc:2562 GV]]
Telefoon: [[t:+40 744 190 276]]
E-mail: [[e:florin.stoica95@yahoo.ro]]
Contactpersoon: [[p:Andreea Popescu]] ({{r:cultuursensitief werker}}), [[t:06-2780 3319]]
Relatie: professional
Schulden (indicatie): zorgverzekering, uitzendbureau (voorschot), boete {{o:CJIB}}
Bijzonderheden: spreekt Roemeens en wat Engels, geen Nederlands. Tolk nodig.""",
    """Verwijzingsformulier jeugd → volwassenen (18+)
Naam jongere: [[p:Filmon Kidane]]
Geb.datum: [[d:2 aug 2005]]
BSN: [[b:452162002]]
Woonadres: [[a:Beeklaan 512]] (bij tante)
Telefoon: [[t:0644150920]]
Contactpersoon: [[p:Senait Tekle]], tante, [[t:06-4419 0012]]
Huisarts: [[p:Mehret Ghebreyesus]], {{o:Huisartsenpraktijk Valkenbos}}
Eerdere hulp: {{o:Jeugdformaat}} (2021-2023), dossier [[n:JF-21-08841]]
Hulpvraag: zicht krijgen op schulden, dagbesteding/werk, minderen cannabisgebruik
Overgedragen door: [[p:Rosa]] ({{r:gezinscoach}}) op [[d:21-10-2024]]""",
    """Aanmelding {{o:Voedselbank Haaglanden}} – verwijzer SWT {{w:Bouwlust}}
Naam aanvrager: [[p:Magdalena Kowalczyk]]
Geb.: [[d:22-02-1985]]
Adres: [[a:Melis Stokelaan 1488]], [[pc:2541GL]]
Tel.: [[t:06 29 03 71 55]]
Gezinssamenstelling: echtgenoot [[p:Paweł]] (44), kinderen [[p:Kacper]] (10) en [[p:Zuzanna]] (7)
Inkomen: geen (ZW-aanvraag loopt), spaargeld op.
Besteedbaar per maand: € 0 – vaste lasten worden deels door familie in Polen betaald.
IBAN (voor evt. noodfonds): [[i:PL61 1090 1014 0000 0712 1981 2874]]
Verwijzer: [[p:Dewi Latumahina]], [[d:6-3-2024]]""",
]
T += [
    """AANMELDFORMULIER {{o:STICHTING MENTORSCHAP}}
Naam betrokkene: [[p:de Wit]], [[p:Hendrika Johanna]] (roepnaam [[p:Riek]])
Geboortedatum: [[d:7-8-1934]]
BSN: [[b:5868 19 575]]
Adres: [[a:Kempstraat 12 bis]], [[pc:2572 GC]] Den Haag
Telefoon: [[t:070 - 380 11 62]]
Huisarts: [[p:J. van Os]], {{w:Mariahoeve}}
Contactpersoon: [[p:F.J. (Frank) de Wit]]
Relatie: zoon
E-mail contactpersoon: [[e:frankdewit@telefonica.es]]
Aanmelder: [[p:Paul van Leeuwen]], {{r:casemanager dementie}}
Bijzonderheden: financieel misbruik door derde ([[p:Marco]]), VT-melding [[n:2024-118734]].""",
    """Doorverwijzing {{o:Reclassering}} → SWT {{w:Stationsbuurt}}
Cliënt: [[p:Rosaria, J.R.]] (roepnaam [[p:Jurmaine]])
Geb.: [[d:9 september 2001]] te Willemstad
Adres: [[a:Van der Vennestraat 73]], [[pc:2525CC]]
BSN: [[b:445362625]]
Telefoon: [[t:+5999 561 2280]] (oud nummer Curaçao, werkt niet) / [[t:06 1188 2604]]
Reclasseringswerker: [[p:Femke Haddou]], [[e:f.haddou@reclassering.nl]]
Parketnummer: [[n:09/184772-24]]
Reden: toezicht loopt, maar er is geen zicht op wonen, inkomen en dagbesteding. LVB (TIQ 67). Oma ([[p:Ethelberta Rosaria]]) is zijn enige netwerk.""",
    """Intake-/verwijsformulier POH-GGZ

Naam		[[p:Omar Al-Masri]]
Geb.datum	[[d:1971-06-30]]
BSN		[[b:308250138]]
Adres		[[a:Keizerstraat 198a]], [[pc:2584 BN]] Scheveningen
Tel		[[t:0031 6 4477 2109]]
Huisarts	Mw. [[p:Kraaijeveld]] (let op: [[p:Th. Vos]] is de psychiater, {{o:Parnassia}})
Contactpersoon	[[p:Lina Kassab]] ({{o:Vluchtelingenwerk}})
Relatie		professional
Klachten: herbelevingen, slapeloosheid, woede-uitbarstingen. Vrouw en twee dochters in Libanon.""",
    """Verwijzing {{o:Sociaal Raadslieden}}
Datum: [[d:zo 3 nov]] (ingevuld thuis, ingediend ma)
Cliënt: [[p:Hatice Yıldız]]
Geboortedatum: [[d:11-01-1965]]
BSN: [[b:282 648 963]]
Adres: [[a:Soestdijksekade 470]], [[pc:2574AL]]
Telefoon: [[t:070-3662914]]
Echtgenoot: [[p:İsmail Yıldız]] (verblijft in Turkije, Kayseri)
Vraag: hoe zit het met AOW-opbouw en partnertoeslag nu echtgenoot in Turkije woont? Mw. ontving brief {{o:SVB}} (kenmerk [[n:SVB-AOW-7731940]]) en begrijpt die niet.
Verwezen door: [[p:Nadia El Ouazzani]]""",
]

# ---------------------------------------------------------------- family trees / netwerkkaart
T += [
    """Gezinssamenstelling (genogram in tekst) – casus [[n:SWT-TV-2024-0193]]
moeder: [[p:Samira]] (38), [[a:Hobbemastraat 141-III]]
kinderen: [[p:Yasmina]] (12), [[p:Adam]] (9)
ex-partner: mr. [[p:R. de Graaf]] (vader van beide kinderen), contactverbod tot [[d:1 oktober 2024]]
oma (mz): [[p:Fatima El Khattabi]] (64), woont in {{w:Moerwijk}}, helpt met halen/brengen
oom (mz): [[p:Younes]], woont in Brussel, weinig contact
opa (vz): overleden
steunfiguren: buurvrouw [[p:Ans]] (2 hoog), juf [[p:Meijer]] van [[p:Adam]]
Relatie moeder–oma goed; moeder–ex-partner vijandig; [[p:Yasmina]] mist haar vader.""",
    """NETWERKKAART dhr. [[p:Tesfaye Habte]] (55)

Familie:
- broer [[p:Kidane Habte]], Asmara (Eritrea), contact via WhatsApp
- dochter [[p:Saba]] (24), Zweden, sinds 2019 geen contact
- ex-vrouw [[p:Letebrhan]], onbekende verblijfplaats
Vrienden/buren:
- [[p:Abraham]] (kerk, {{o:Eritrees-orthodoxe gemeente}}), komt soms langs
- buurman [[p:De Bruin]], [[a:Dierenselaan 36]], helpt met brieven
Professionals:
- [[p:Tarik Benali]] ({{r:schuldhulpverlener}})
- {{r:huisarts}}: dr. [[p:Tjon A Fong]]
- [[p:Yonas]] ({{r:ervaringsdeskundige}})
Conclusie: klein netwerk, vooral via de kerk. Dhr. schaamt zich voor zijn schulden tegenover landgenoten.""",
    """Gezin [[p:Aydın]] – overzicht
| Rol | Naam | Leeftijd | Bijzonderheden |
|---|---|---|---|
| moeder | [[p:Emine Aydın-Korkmaz]] | 41 | schoonmaakster, rugklachten |
| vader | [[p:Mehmet Aydın]] | 46 | uit huis sinds [[d:2-1-2025]], bij broer [[p:Hasan]] |
| zoon | [[p:Burak]] | 15 | schoolverzuim, {{o:Stichting Mooi}} |
| dochter | [[p:Elif]] | 11 | signalen op school |
| dochter | [[p:Zeynep]] | 6 | geen bijzonderheden |
| oma (vz) | [[p:Fadime]] | 72 | woont in Konya, komt 's zomers |
Adres gezin: [[a:Hoefkade 302-2]], [[pc:2526 BJ]]""",
    """familie [[p:Ramautar]] – wie is wie:
vader: [[p:Rajesh]] (48), werkloos sinds 2023
moeder: [[p:Sunita]] (45), werkt 20 u bij {{o:Albert Heijn}}
kinderen: [[p:Vishal]] (16), [[p:Priya]] (12), [[p:Anjali]] (6, astma)
oma (vz): [[p:Shanti]] (78), inwonend, thuiszorg via {{o:Florence}}
tante: [[p:Kavita Jagroep]], woont in Paramaribo; stuurt soms geld
neef [[p:Dinesh]] ([[t:06-43 87 21 90]]): regelt de papieren voor oma""",
    """Genogram ([[p:Sultani]]):
[[p:Wahid]] (vader, 45) ── [[p:Shabnam]] (moeder, 36)
        ├─ [[p:Mariam]] (14)
        ├─ [[p:Ahmad]] (10)
        └─ [[p:Zahra]] (3)
Broer van [[p:Wahid]]: [[p:Jawid Sultani]], woont in Hamburg (Duitsland), [[t:+49 1523 8847120]]
Ouders van [[p:Shabnam]]: nog in Herat; contact onregelmatig
Het gezin kwam via de {{o:COA}}-locatie in Zoutkamp naar Rijswijk, toegewezen woning per [[d:1-12-2024]].
Netwerk in de buurt: familie [[p:Hakimi]] (zelfde portiek), helpen met boodschappen.""",
    """Netwerk mw. [[p:Ilda Lopes]]
- neef: [[p:José]] ([[p:Zé]]) [[p:Tavares]], 31, [[a:Schalk Burgerstraat 140]]; helpt met DigiD en post
- dochter: [[p:Djenifer Lopes]], 36, Rotterdam-Zuid, werkt in de zorg, belt 1x per week
- zoon: [[p:Edson Lopes]], 33, Lissabon
- kerk: {{o:Kaapverdiaanse parochie}} (padre [[p:Manuel]])
- buurvrouw: [[p:Ilse Mulder]], [[a:Vaillantlaan 188]]
Geen partner (overleden, Praia, 2011).""",
]

# ---------------------------------------------------------------- mixed: more registers, new cases
T += [
    """Gezinssamenstelling [[p:Haddad]] (statushouders, {{w:Transvaal}})
vader: [[p:Bassam Haddad]] (50), ex-leraar wiskunde in Homs
moeder: [[p:Rania Darwish]] (44)
kinderen: [[p:Rami]] (22, zelfstandig, werkt bij {{o:UWV}} als trajectbegeleider!), [[p:Lama]] (17), [[p:Yousef]] (13)
Let op: [[p:Rami Haddad]] uit het MDO {{w:Bouwlust}} is de oudste zoon. Hij is dus professional én familie. Niet in zijn eigen casus laten meedenken (rolverwarring).
Adres ouders: [[a:Kepplerstraat 96]], [[pc:2562 VT]]""",
    """Kort verslag telefonisch overleg [[d:wo 10 april]]
Met: {{r:bewindvoerder}} [[p:Koen Meijer]] ([[t:070-2197740]])
Over: mw. [[p:Petrova]] en mw. [[p:El Khattabi]] (beide onder zijn bewind)
- [[p:Petrova]]: leefgeld stond vast door fout in batch, nu hersteld; € 420 nabetaald.
- [[p:El Khattabi]]: huurachterstand is bekend; hij had de brieven van {{o:Haag Wonen}} niet gekregen omdat die naar het oude postadres gingen ([[a:Hobbemastraat 141-III]]). Hij vraagt zelf uitstel aan.
Afgesproken: [[p:Koen]] stuurt beide budgetplannen naar [[e:jeroen.hagenaar@swtdenhaag.nl]] vóór [[d:vrijdag 12 april]].""",
    """Aan: {{o:Stichting Urgentieverlening}} / gemeente Den Haag, afd. Wonen
Den Haag, [[d:14-06-2024]]
Betreft: bezwaar afwijzing urgentie, besluit [[n:URG-2024-04418]] d.d. [[d:30-05-2024]]
Namens: mw. [[p:F.A. Abdi]], p/a {{o:Kessler Stichting}}, Zuiderparklaan

Geachte heer/mevrouw,

Namens cliënte maak ik bezwaar tegen bovengenoemd besluit. U stelt dat mevrouw zelfredzaam is en zelf woonruimte kan vinden. Zij heeft echter vier kinderen, geen netwerk in Nederland en wordt actief gezocht door haar ex-partner (zie bijgevoegde verklaring van {{o:Veilig Thuis}}).
Wij verzoeken u het besluit te herzien.

Hoogachtend,
[[p:Hodan Warsame]], {{r:maatschappelijk werker}}
Gemachtigde, machtiging bijgevoegd""",
    """Notitie wijkagent – gedeeld in MDO met toestemming
Datum: [[d:18 juli 2024]]
Opgemaakt door: [[p:A. van der Kooij]] ({{r:wijkagent}} {{w:Laak}})
Bij de woning [[a:Rijswijkseweg 388]] is tweemaal gemeld dat een jongeman ([[p:Kojo Osei]], 19) 's nachts met een scooter af en aan rijdt. Geen strafbare feiten geconstateerd.
Oma [[p:Abena]] gaf aan dat hij "voor werk" gaat. Werkgever {{o:PostNL}} bevestigt nachtdiensten.
Conclusie: geen zorgen vanuit politie; wel signaal dat [[p:Kojo]] weinig slaapt en zijn oma 's nachts alleen is.""",
    """Actielijst overleg [[d:7 mei]] (fam. [[p:Stoica]])
Actie: [[p:Jolanda]] – kraamzorg is geweest, afsluiten. ✓
Actie: [[p:Andreea]] – woning! Contact met {{o:Stichting Barka}} en woningcorporatie {{o:Haagwonen}}; nieuwe kamer [[a:Hoefkade 742]] vanaf [[d:15 mei]]?
Actie: [[p:Florin]] – loonstroken uitzendbureau verzamelen (april/mei)
Actie: [[p:Dirk-Jan]] – terugbetaling kraamkosten (€ 1.700) aanvragen bij {{o:Zilveren Kruis}}, polis [[n:ZK 221 773 009]]
Volgend overleg: [[d:4-6]]""",
    """Betreft: klacht over {{o:Dunea}} – dhr. [[p:Dumitru]]
Den Haag, [[d:16 mei 2024]]

Geachte heer/mevrouw,

Op naam van dhr. [[p:G. Dumitru]], wonende [[a:Kamperfoeliestraat 46]], [[pc:2563 TL]], is een factuur opgesteld van € 612 voor de periode dat hij nog niet in de woning woonde (hij woont er sinds [[d:1 april 2024]]). Het klantnummer is [[n:510.991.208]]. De vorige bewoner was dhr. [[p:P. Hoekstra]].
Wij verzoeken u de factuur te corrigeren.

Met vriendelijke groet,
[[p:Roos van Dam]]
{{r:trajectbegeleider}}, {{o:Kamers met Kansen}}""",
    """MDO {{w:Leidschenveen}}/{{w:Ypenburg}} – [[d:13-05-2025]]
Aanwezig: [[p:Ruben]], [[p:Ama Owusu]], [[p:Floor de Boer]], [[p:Ahmet Kaya]] ({{o:Vluchtelingenwerk}})
Afwezig m.k.: tolk [[p:Rahimi]]
1. Gezin [[p:Sultani]]: alle kinderen ingeschreven bij huisarts; [[p:Zahra]] gevaccineerd op [[d:6 mei]]. [[p:Wahid]] gestart bij POH-GGZ. Melding VT in onderzoek.
2. Nieuwe casus: mw. [[p:Ewa Grabowska]] (51), [[a:Brasserskade 212]], uitgeputte mantelzorger voor haar man [[p:Jan Grabowski]] (ALS). Dochter [[p:Kasia]] studeert in Leiden.
Acties: [[p:Ahmet]] sluit na de zomer af bij [[p:Sultani]]; [[p:Ruben]] doet intake [[p:Grabowska]] op [[d:ma 19 mei]].""",
    """Van: [[e:r.kartosen@parnassia.nl]]
Aan: [[e:petra.wmo@denhaag.nl]]; [[e:j.degraaff@swtdenhaag.nl]]
Onderwerp: RE: mw. [[p:E.K.]] – stand van zaken
Datum: [[d:23-04-2024]]

Dag [[p:Petra]], [[p:Jacqueline]],

Mw. is gisteren gezien door dr. [[p:Verhagen]], intake traumabehandeling start [[d:6 mei]]. Tot die tijd wekelijks contact met mij. Ze vertelde dat [[p:Yasmina]] slecht slaapt; ik heb haar gewezen op {{o:CJG}}.
Kunnen jullie de begeleidingsindicatie doorzetten? Dan kan {{o:Kessler Stichting}} starten.

Met hartelijke groet,
[[p:Ravi Kartosen]]
{{r:GZ-psycholoog}}, {{o:Parnassia}} {{w:Centrum}}""",
]
T += [
    """Huisbezoekverslag [[d:vrijdag 31 mei 2024]]
Cliënt: mw. [[p:Mei Zhang]] (44) en dochter [[p:Xinyi]] (16), [[a:Prinsegracht 63-B]], [[pc:2512 EX]]
Door: [[p:Wei Chen]] ({{o:Stichting Chinese Ouderen}}) en [[p:Marloes Winter]] (SWT {{w:Centrum}})

Mw. werkt zwart in een restaurant, 60 uur per week. Zij is in de hoop dat haar verblijfsaanvraag wordt toegekend en durft daarom nergens aan te kloppen. [[p:Xinyi]] gaat naar het {{o:Haags Montessori Lyceum}} en regelt alle post.
Er is veel schimmel in de slaapkamer; de verhuurder ([[p:L. Hoop]], particulier) reageert niet.
Afspraak: [[p:Wei]] zoekt een immigratieadvocaat via {{o:Juridisch Loket}}; [[p:Marloes]] vraagt {{r:inspecteur}} bouw- en woningtoezicht mee te kijken. In de winter was er al een klacht ingediend, zonder resultaat.""",
    """Bila [[p:Bas]] / [[p:Ellen]] – [[d:26-02]]
- fam. [[p:Asante]]: brief aan kantonrechter is verstuurd per post en aangetekend ([[n:3SDEVC4412887]]); mr. [[p:Jonker]] heeft intussen wél gereageerd. Excuses, ziek geweest.
- mw. [[p:Wilhelmina de Bakker]] ([[a:Dedemsvaartweg 1090]]): nieuwe casus, zie aanmelding. Let op: haar broer is de bakker op de hoek van de Leyweg, hij brengt dagelijks brood. Geen zorg over voeding.
- verlof: [[p:Ellen]] afwezig tijdens de meivakantie.
- Koningsdag: wijkcentrum dicht.""",
    """Brief aan woningcorporatie
{{o:Staedion}}, Team Bijzondere Huurders
Den Haag, [[d:9 september 2024]]
Betreft: woonurgentie/woningruil [[p:Girigoria]], [[a:Hooftskade 155]] – huurder sinds 2009, huurdernr. [[n:ST-00188034]]

Geachte mevrouw, heer,

Mevrouw [[p:Shirley Girigoria]] is sinds een herseninfarct rolstoelafhankelijk en kan haar woning op de tweede verdieping niet meer zelfstandig verlaten. Haar zoon [[p:Jerson]] draagt haar dagelijks de trap af en op.
Wij vragen u mevrouw met voorrang een gelijkvloerse woning aan te bieden, bij voorkeur in {{w:Schilderswijk}} of {{w:Transvaal}}, zodat haar netwerk intact blijft.
Bijgevoegd: verklaring van de revalidatiearts ({{o:Sophia Revalidatie}}).

Met vriendelijke groet,
[[p:Bart Mahabier]], {{r:casusregisseur}} SWT {{w:Schilderswijk}}
[[t:06-4701 8823]] – [[e:b.mahabier@swtdenhaag.nl]]""",
    """MDO-verslag (kort) – [[d:29 oktober 2024]] – {{w:Bezuidenhout}}
Aanwezig: [[p:Mirjam]], [[p:Faisal]], [[p:Charlotte]], huisarts [[p:Hoogendoorn]] (eerste 20 min)
Afwezig m.k.: [[p:Rutger Bakker]] ({{o:Staedion}})
Dhr. [[p:Smit]]: stabiel, eet weer, woning bijna op orde. Gerechtelijke procedure door corporatie aangehouden tot [[d:1-12]]. Wandelt weer, iedere ochtend een rondje in het Haagse Bos met de vrijwilliger.
Nieuw: dhr. [[p:Kees Roos]] (77), [[a:Juliana van Stolberglaan 210]], vereenzaamd na verhuizing zoon. Melding via {{o:Servicepunt XL}}.
Besluit: [[p:Charlotte]] start met [[p:Roos]]; [[p:Smit]] gaat over naar {{r:welzijnscoach}}.""",
    """AANMELDING SCHULDHULP (digitaal formulier, export)
naam: [[p:Ahmed Noor Hassan]]
geb: [[d:17-09-1987]]
bsn: [[b:449158391]]
straat + nr: [[a:Loosduinseweg 877]]
postcode: [[pc:2571 BT]]
telefoon: [[t:06-53312877]]
email: [[e:ahmednoor.hassan87@gmail.com]]
iban: [[i:NL75RABO3437405068]]
werkgever: {{o:Schiphol Group}} (bagage, 0-urencontract)
schulden ca: 9000
toelichting aanvrager: "ik heb een lening voor mijn moeder in Somalië gedaan en kan het niet meer betalen. Ook huur 2 maanden niet. Graag hulp."
""",
    """Familieoverzicht [[p:Grabowska]]/[[p:Grabowski]]
- [[p:Ewa Grabowska]] (51), mantelzorger, parttime kassière
- [[p:Jan Grabowski]] (56), ALS sinds 2022, rolstoel, thuiszorg 3x p/d ({{o:Buurtzorg}})
- [[p:Katarzyna]] ([[p:Kasia]]) (21), studeert in Leiden, komt in weekenden
- [[p:Tomasz]] (25), zoon uit eerste huwelijk van [[p:Jan]], Warschau
- zus van [[p:Ewa]]: [[p:Agata Nowicka]], woont in {{w:Wateringse Veld}}, [[t:06 3329 1047]]
Belangrijk: [[p:Jan]] wil niet naar een hospice; [[p:Ewa]] is op. Respijt via {{o:Hospice Rozenheuvel}}? Bespreken met casemanager.""",
    """Overdracht bij afwezigheid (zwangerschapsverlof [[p:Saida]], vanaf [[d:1 december 2023]])
Casus			Client				Nieuwe regie
[[n:SWT-TV-2023-0411]]	[[p:Sabajo]], [[p:J.]]			[[p:Jeroen]]
[[n:SWT-TV-2023-0388]]	[[p:Ouarrak]], [[p:Hanane]]		[[p:Lotte]]
[[n:SWT-TV-2023-0512]]	[[p:Öztürk]], [[p:Hüseyin]]		[[p:Lotte]]
[[n:SWT-TV-2023-0530]]	[[p:Kaya]], [[p:Sevgi]] (dementie)	[[p:Ingrid]] (wijkverpl.)
Bijzonderheden: [[p:Hanane Ouarrak]] heeft zitting bij de kantonrechter op [[d:12-12-2023]] (huurzaak). Iemand moet mee. Mobiel [[p:Hanane]]: [[t:06-50 12 88 74]].""",
]
T += [
    """{{o:Van Arkel Gerechtsdeurwaarders}}
t.a.v. dhr. [[p:M. Schouten]]
Postbus 16180, 2500 BD Den Haag
Datum: [[d:15-3-'24]]
Uw kenmerk: [[n:VA-24-00771]]

Betreft: aangekondigde ontruiming [[a:Leyweg 811]] op [[d:28 maart 2024]]

Geachte heer [[p:Schouten]],

Namens de huurders, de heer en mevrouw [[p:Asante]], verzoek ik u de ontruiming op te schorten. Er is sinds [[d:11 maart]] een nieuwe bewindvoerder benoemd ({{o:Stichting Kwadraad Bewind}}, mw. [[p:I. Rosaria]]), die de achterstand van € 1.104,20 binnen 14 dagen voldoet vanaf beheerrekening [[i:NL39 RABO 1224 4134 75]].
In het gezin wonen twee minderjarige kinderen.

Hoogachtend,
[[p:Ellen Schipper]]
SWT {{w:Morgenstond}}, [[t:06 2299 8140]]""",
    """{{o:Vattenfall}} – Afdeling Betalingsproblemen
Den Haag, [[d:5 december 2023]]
Klantnummer: [[n:1100 8892 341]]
Leveringsadres: [[a:Leyweg 811]], [[pc:2545 GH]]
Contractant: [[p:Y.K. Asante]]

Geachte heer, mevrouw,

Hierbij bevestigen wij dat er op [[d:4 december]] een aanvraag schuldhulpverlening is ingediend ({{o:Schuldhulpverlening Den Haag}}, dossier [[n:SHV-23-2455]]). Op grond van de Regeling afsluitbeleid vragen wij u de aangekondigde afsluiting van [[d:maandag 11 december]] niet uit te voeren.
Een betalingsvoorstel volgt na de stabilisatiefase.

Met vriendelijke groet,
[[p:Kofi Boateng]] (vrijwilliger {{o:Humanitas}}), namens SWT {{w:Morgenstond}}""",
    """Aan: mr. [[p:I. Rosaria]], {{o:Stichting Kwadraad Bewind}}
Van: [[p:Ellen]]
[[d:2 t/m 6 september]] ben ik op vakantie; mijn collega [[p:Gert-Jan Hoek]] ([[t:06 12 48 83 30]]) neemt waar.
Dringend: de kinderopvangtoeslag van fam. [[p:Asante]] wordt nog steeds gestort op [[i:NL77INGB3920242382]] (oude rekening [[p:Akosua]]). Kun jij dit bij {{o:Toeslagen}} wijzigen naar de beheerrekening? Het BSN van [[p:Akosua]] heb je (staat in het dossier). Dank je!""",
    """VERWIJZING {{o:Buurtzorg}} → SWT {{w:Wateringse Veld}}
Naam: [[p:Jan Grabowski]]
Geboortedatum: [[d:03-03-1968]]
BSN: [[b:723083198]]
Adres: [[a:Brasserskade 212]], [[pc:2497 NX]]
Telefoon: [[t:015 - 212 40 87]]
Huisarts: [[p:R.S. Bhagwandin]]
Contactpersoon: [[p:Ewa Grabowska]], [[t:06-3302-9178]]
Relatie: echtgenote
Reden: mantelzorg dreigt te ontsporen; partner is uitgeput. Cliënt wil thuis blijven. Wij verzoeken het SWT om mee te kijken naar respijtzorg, aanpassing woning (tillift) en financiële gevolgen (PGB-aanvraag stokt).
Verwijzer: [[p:Marieke Brouwer]], {{r:wijkverpleegkundige}}, [[d:28-04-2025]]""",
    """Snelle notitie na MDO ([[d:di 18/6]]):
[[p:hanane]] [[p:ouarrak]] — zie hieronder, huurzaak gewonnen!
Correctie op eerdere aantekening: [[p:Ouarrak]] heeft de zitting van december gehad, uitspraak kwam [[d:3 januari]]; de vordering van {{o:Vestia}} is afgewezen omdat de achterstand was ingelopen.
Volgende stap: afschalen naar {{r:welzijnscoach}} en {{o:Humanitas}} thuisadministratie. Dossier [[n:SWT-TV-2023-0388]] sluiten per [[d:1/7]].""",
    """{{o:Veilig Thuis}} – melding (verkort, uit registratiesysteem)
Meldingsnr.: [[n:VT-2025-00917]]   Datum: [[d:17-02-2025]]
Melder: [[p:Floor de Boer]]
Betrokkene: [[p:Kasia Grabowska]] ([[d:5 juni 2003]]), studente, woont op kamers [[a:Hooigracht 48-III]], Leiden
Vermoedelijke pleger: haar vriend [[p:Dennis Koster]], [[a:Rapenburg 103]], Leiden
Aard: dwingende controle, telefoon afpakken, mw. mag niet naar huis (naar haar ouders in Den Haag).
Gemeld via ouders ([[p:Ewa Grabowska]]). VT Haaglanden draagt over aan {{o:Veilig Thuis Hollands Midden}}.""",
    """Casuïstiekoverleg (intervisie) – [[d:4 december 2024]] – anoniem ingebracht, maar:
NB van notulist: in de inbreng stond toch de naam "[[p:Sevgi Kaya]]" en het adres [[a:Delftselaan 61-2]]. Deze zijn uit het verslag gehaald; hieronder alleen nog initialen.
Casus [[p:S.K.]] (81), dementie, leeft op koffie en koekjes. Buurman [[p:V.]] heeft een sleutel. Zoon [[p:Ö.K.]] wil geen verpleeghuis. Vraag aan de groep: hoe ver gaat de zelfbeschikking?
Uitkomst: bespreek met zoon een proefperiode dagbesteding ({{o:Dagcentrum De Schakel}}), 2 dagen per week.""",
]
T += [
    """Actie: [[p:LvD]] belt {{o:CAK}} over eigen bijdrage mw. [[p:Pattiasina]] (klantnr. [[n:7004 1882 3]]) – uiterlijk [[d:do. 4/7]]
Actie: [[p:MK]] huisbezoek met dochter [[p:Nona Pattiasina]], [[a:Molenstraat 3 bis]]
Actie: [[p:Sander]] informeert {{o:Brijder}} dat dhr. niet meer in zorg wil""",
    """Gespreksverslag [[d:22 augustus 2024]]
Cliënt: dhr. [[p:Dilshad Rashid]] (Koerdisch-Iraaks, 39), [[a:Zuiderparklaan 14-1]], [[pc:2574 HA]]
Aanwezig: [[p:Renske]] ({{r:maatschappelijk werker}}), tolk Sorani via {{o:GlobalTalk}} (telefonisch)
Dhr. kreeg op [[d:16-08-2024]] een brief van de {{o:IND}} dat zijn verblijfsvergunning niet wordt verlengd, omdat zijn inkomen te laag is. Zijn vrouw [[p:Shilan]] en zoon [[p:Aram]] (4) hebben een afgeleide vergunning.
Hij werkt 32 uur bij {{o:PostNL}} sorteercentrum. Het inkomen komt net onder de norm door een fout in de jaaropgave.
Vervolg: [[p:Renske]] belt advocaat mr. [[p:Kuijpers]] ([[t:070-3604471]]); dhr. stuurt loonstroken naar [[e:r.vermaas@swtdenhaag.nl]].""",
    """Verwijzingsformulier {{o:Kessler Stichting}} – Woonbegeleiding
Naam: [[p:Mohammad Asif]]
Geboortedatum: [[d:09 maart 1979]]
BSN: [[b:637398427]]
Adres: geen vast adres; post via [[a:Vaillantlaan 247]] (briefadres {{o:Straatpastoraat}})
Telefoon: [[t:06-84 00 12 76]]
Huisarts: {{o:Daklozenpraktijk Haaglanden}}, dr. [[p:M. Gerritsen]]
Contactpersoon: [[p:Imran Asif]]
Relatie: broer (woont in Lahore, [[t:+92 300 4412 887]])
Toelichting: dhr. verblijft sinds de winter in de nachtopvang. Geen verslaving, wel ernstige schulden na faillissement eigen bedrijf (telecomwinkel). Stabiel, gemotiveerd.""",
    """Kort verslag - telefoontje van dochter
[[d:9/1]] 11.20 u, [[p:Gül Yıldız]] belde: moeder ([[p:Hatice]]) is gisteren gevallen, ligt in {{o:HMC Antoniushove}}. Heupfractuur, wordt vandaag geopereerd.
Dochter vraagt of wij contact kunnen opnemen met {{o:Eneco}} omdat de termijnbedragen niet meer kunnen worden betaald (rekening moeder: [[i:NL58 RABO 6129 5341 59]]).
Afgesproken: [[p:Bert]] belt na opname met {{r:transferverpleegkundige}}; [[p:Nadia]] gaat met [[p:Gül]] langs bij {{o:Eneco}}-balie? Nee: {{o:Eneco}} heeft geen balie meer, dus telefonisch.""",
    """MDO {{w:Loosduinen}} | [[d:8-11-2023]]
Aanw. [[p:Anke Kok]] ({{r:ouderenadviseur}}, {{o:Stichting Voor Welzijn}}), [[p:Hakan Şahin]] ({{r:Wmo-consulent}}), [[p:Marjan]] ({{o:Saffier}}), [[p:Jeannette Visser]] ({{r:mantelzorgconsulent}})
Afw. m.k. [[p:Gerard]]

Echtpaar [[p:Van der Zwan]], [[a:Kijkduinsestraat 1205]], [[pc:2554 AV]]: mw. [[p:Corrie van der Zwan]] (86) zorgt voor haar man [[p:Arie]] (90, Parkinson, valt vaak). Nacht-zorg ontbreekt. Zoon [[p:Hans]] (63) is zelf ziek.
Afspraak: [[p:Marjan]] onderzoekt logeeropname in {{o:Saffier}} {{w:Loosduinen}} (De Schildershoek); [[p:Jeannette]] belt mw. op [[d:vr 10 nov]].""",
    """Brief van cliënt (opgesteld met hulp van SWT)

[[p:Bilal Chaudhry]]
[[a:Ambachtsgaarde 91]]
[[pc:2542 BP]] Den Haag

Aan: {{o:Belastingdienst/Toeslagen}}
Postbus 8000, 6400 AM Heerlen
Den Haag, [[d:2 april 2025]]

Betreft: bezwaar terugvordering zorgtoeslag 2023, BSN [[b:131718848]], beschikkingsnr. [[n:4471.22.901.Z.30]]

Geachte heer/mevrouw,

Ik ben het niet eens met de terugvordering van € 1.318. In 2023 had ik van maart tot oktober geen inkomen (zie bijlage {{o:UWV}}). Ik verzoek u de toeslag opnieuw te berekenen.

Met vriendelijke groet,
[[p:B. Chaudhry]]
Telefoon: [[t:06 44 29 10 38]]""",
    """Notitie voor teamleider (kort)
[[p:Marieke]] – mevrouw [[p:Abdi]] heeft vandaag ([[d:28 juni]]) de sleutel gekregen van een woning van {{o:Staedion}}, [[a:Erasmusweg 1401]], [[pc:2532 CT]]! Het bezwaar is gegrond verklaard.
Inrichting: [[p:Kwame]] regelt via {{o:Stichting Present}} en het noodfonds. Gemeente moet nog inrichtingskrediet toekennen (aanvraagnr. [[n:BB-24-33817]]).
Wel zorg: het nieuwe adres mag niet bij de ex-partner bekend worden. Adres afgeschermd in BRP aangevraagd.
[[p:Hodan]]""",
]
T += [
    """Aanwezig: [[p:Petra]] ({{o:WMO}}), [[p:R. Kartosen]] ({{o:Parnassia}}), {{r:wijkagent}} [[p:Bos]]; Afwezig m.k.: [[p:Hatice]] ({{o:Xtra}}).
Enige punt: evaluatie contactverbod [[p:De Graaf]] – verlengd tot [[d:1 april 2025]] (beschikking [[d:26-09-2024]], zaaknr. [[n:C/09/669031 KG ZA 24-822]]).""",
    """Telefoonnotitie [[d:ma 03-06]] 09:15
Beller: [[p:Djenifer Lopes]] ([[t:06-4188-2093]]), dochter van mw. [[p:Ilda Lopes]]
Mama krijgt sinds [[d:1 mei]] opnieuw huurtoeslag, dank. Nieuwe zorg: mama's rollator is gestolen in de Vaillantlaan. Vraagt of de {{o:Wmo}} een nieuwe kan geven.
Doorgezet naar [[p:Henk]].""",
    """Actielijst – huisbezoekronde {{w:Zeeheldenkwartier}}, week 37
| Tijd | Adres | Client | Wie |
|---|---|---|---|
| 09.30 | [[a:Piet Heinstraat 88-I]] | mw. [[p:Hoop]] | [[p:Lieke]] + [[p:Sjoerd]] |
| 11.00 | [[a:Zoutmanstraat 41A]] | dhr. [[p:Bijl]] | [[p:Sjoerd]] |
| 13.30 | [[a:Tasmanstraat 2-B]] | fam. [[p:Ferreira]] | [[p:Lieke]] |
| 15.00 | [[a:Prins Hendrikstraat 140]] | [[p:Renée Kool]] (nieuw) | beiden |
Contact bij nood: [[p:Sjoerd]] [[t:06 - 4412 7830]]""",
    """Intake schuldhulp (vervolg) – [[d:dinsdag 14 januari 2025]]
[[p:Ahmed Noor Hassan]], [[n:SHV-25-0031]]
Schuldeisers bevestigd:
{{o:Santander}} (persoonlijke lening)	[[n:SC-002918447]]	€ 5.120
{{o:Staedion}} (huur nov + dec)		[[n:ST-00503391]]	€ 1.394
{{o:Odido}}					[[n:1.40993715]]	€ 266
{{o:Belastingdienst}} (zorgtoeslag)	[[n:9911.02.337.Z.40]]	€ 940
Broer [[p:Abdikarim]] heeft € 1.500 geleend (informeel, geen druk).
Inkomen wisselt sterk (0-urencontract). Advies: vast contract of aanvullende bijstand; afspraak bij {{o:Werkgeversservicepunt}} op [[d:21-01]].""",
    """{{r:Kantonrechter}} Den Haag – machtiging tot beëindiging bewind? nee, tot wijziging leefgeld:
Verzoeker: mr. [[p:I. Rosaria]], bewindvoerder van [[p:Yaw Kwaku Asante]] (geb. [[d:11-11-1962]]) en [[p:Akosua Asante-Mensah]] (geb. [[d:20-02-1966]])
Zaaknr.: [[n:C/09/661203]]
Datum verzoek: [[d:30 april 2024]]
Reden: leefgeld van € 90 p/w is ontoereikend sinds mw. een dieet moet volgen (diabetes). Voorgesteld: € 120 p/w. Overgemaakt naar leefgeldrekening [[i:NL63 KNAB 7211 4373 87]].""",
    """Verslag huisbezoek [[d:11 november 2024]] – [[p:Kees Roos]]
Door [[p:Charlotte]]. Dhr. woont op de 4e verdieping ([[a:Juliana van Stolberglaan 210]]). Hij zat met de gordijnen dicht. Sinds zijn zoon [[p:Martijn]] naar Groningen is verhuisd, praat hij met niemand. Hij kijkt uit naar de rozen op het balkon in het voorjaar. Vroeger werkte hij bij de {{o:HTM}} als tramconducteur.
Interesse in een koffieochtend in {{o:Wijkcentrum Bezuidenhout}} en in een maatje via {{o:Humanitas}}.
Zoon gebeld: [[t:050-3128844]]; hij wist niet dat het zo slecht ging.""",
    """Escalatie aan [[p:Y. de Wit]] ({{r:teamleider}})
Onderwerp: ontslag uit ziekenhuis zonder nazorg – mw. [[p:Yıldız]]
[[p:Yvonne]], mw. is [[d:vrijdag 19 januari]] 's avonds ontslagen uit {{o:HMC}} (heupoperatie) en thuis gebracht. Niemand geïnformeerd. Ze lag maandag nog in bed toen [[p:Bert]] langskwam, geen eten, geen thuiszorg. Dochter [[p:Gül]] dacht dat het ziekenhuis thuiszorg had geregeld.
Ik wil een melding (calamiteit) doen bij het ziekenhuis en bespreken in het regionale overleg transmurale zorg. Akkoord?
[[p:Nadia]]""",
    """Gezin [[p:Ferreira]] – genogram
vader: [[p:Gilberto Ferreira]] (40), Angolees-Portugees, vrachtwagenchauffeur, vaak weg
moeder: [[p:Maria do Carmo Ferreira]] (37)
kinderen: [[p:Kiara]] (15), [[p:Nelson]] (13), [[p:Tiago]] (3)
grootmoeder (mz): dona [[p:Lurdes]], inwonend sinds [[d:10 juni]], spreekt alleen Portugees
adres: [[a:Tasmanstraat 2-B]], [[pc:2586 VC]]
[[p:Kiara]] heeft een eetstoornis (behandeling {{o:Youz}}), [[p:Nelson]] wordt gepest. Vader weet van niets, aldus moeder.""",
]
T += [
    """Aan: {{o:Haag Wonen}}, t.a.v. {{r:woonconsulent}} [[p:Stefan Mulder]]
Cc: [[e:koen.meijer@bewindopmaat.nl]]
Den Haag, [[d:2 mei 2024]]
Betreft: betalingsregeling mw. [[p:El Khattabi]], huurcontract [[n:0345-118-07]]

Beste [[p:Stefan]],

Bij deze bevestig ik de afspraak van gisteren: de bewindvoerder betaalt vanaf [[d:1 juni 2024]] naast de huur € 75 per maand af, vanaf rekening [[i:NL08SNSB7185717237]]. De ontruiming is daarmee van de baan.
Dank voor je meedenken.

Met vriendelijke groet,
[[p:Jeroen Hagenaar]]""",
    """veilig thuis advies gevraagd [[d:14-8]] over fam [[p:ferreira]]: [[p:kiara]] vertelde mentor (mw. [[p:Aksoy]], {{o:Johan de Witt Scholengroep}}) dat vader haar slaat als hij terug is van een rit. VT-adviseur: melden. Gedaan door school op [[d:15-8]], meldingsnr [[n:VT-2024-09983]]. Moeder ([[t:06 21 73 00 48]]) is ingelicht door [[p:Lieke]].""",
    """Verslag casuïstiekoverleg [[d:6 maart 2025]], SWT {{w:Spoorwijk}}
Aanwezig:
	[[p:Shanti Baldewsingh]]	{{r:casusregisseur}}
	[[p:Laszlo Horváth]]	{{r:ambulant begeleider}} ({{o:Anton Constandse}})
	[[p:Merel]]		{{r:jurist}} ({{o:Sociaal Raadslieden}})
Afwezig m.k.:
	[[p:Bos]]		{{r:wijkagent}}
Casus dhr. [[p:Zoltán Kiss]] (42), Hongaars, [[a:Hildebrandstraat 31-hs]], [[pc:2522 GT]]. Dhr. is door zijn werkgever (uitzendbureau) op straat gezet toen hij ziek werd; woning was van de werkgever. Slaapt nu bij een landgenoot ([[p:Gábor]]).
Afspraak: [[p:Merel]] onderzoekt loonvordering; [[p:Laszlo]] helpt met inschrijving bij {{o:Straatconsulenten}} en BRP; volgende bespreking [[d:20-3-2025]].""",
    """Verwijsformulier (handgeschreven, overgetypt)
Naam: [[p:Hüseyin Öztürk]]    Geb.: [[d:19-05-1958]]
BSN: [[b:144771718]]
Adres: [[a:Paul Krugerlaan 212]], [[pc:2571 HK]]
Tel.: [[t:070-3883651]] / mob. [[t:06-2811 4420]]
Huisarts: [[p:H. Soerjadi]]
Contactpersoon: [[p:Serpil Öztürk]], relatie: echtgenote
Reden: na CVA afasie, veel onrust thuis, echtgenote overbelast. Zoon [[p:Murat]] woont boven hen ([[a:Paul Krugerlaan 212-I]]).
Verwijzer: {{r:wijkverpleegkundige}} [[p:I. Koster]], [[d:7 nov 2023]]""",
    """MDO [[d:20 maart 2025]] – {{w:Spoorwijk}} – vervolg dhr. [[p:Kiss]]
Dhr. heeft een kamer via {{o:Kamers met Kansen}} per [[d:1 april]], [[a:Kamperfoeliestraat 50]]. Loonvordering: uitzendbureau (eigenaar dhr. [[p:R. de Jong]]) betaalt € 2.300 na brief van [[p:Merel]]. IBAN dhr. [[p:Kiss]]: [[i:NL34INGB0006717434]] (nieuw geopend).
[[p:Laszlo]]: dhr. wil terug naar Hongarije zodra hij zijn loon heeft; zus [[p:Erzsébet]] in Debrecen ([[t:+36 30 412 8872]]) wacht op hem.
Afspraak: afsluiten na uitbetaling.""",
]
T += [
    """Informatie voor cliënt (meegegeven na gesprek [[d:12-02-2024]])
Bij onveiligheid thuis: bel 112 of {{o:Veilig Thuis}} (0800-2000, gratis, dag en nacht).
Uw contactpersoon bij het wijkteam: [[p:Saida]], [[t:06-28817345]], [[e:s.amrani@swtdenhaag.nl]]
Volgende afspraak: [[d:woensdag 21 februari]] om 10.00 uur in het wijkcentrum, Van der Vennestraat (ingang naast de bibliotheek).
Neem mee: uw ID, bankafschriften van januari en de brief van de deurwaarder.""",
    """Adreswijzigingen lopende casussen (bijgewerkt [[d:01-07-2024]])
Client			Oud adres				Nieuw adres
[[p:F. Abdi]]		[[a:Zuiderparklaan 260]] (opvang)	[[a:Erasmusweg 1401]], [[pc:2532 CT]] – AFGESCHERMD
[[p:G. Dumitru]]		straat					[[a:Kamperfoeliestraat 46]], [[pc:2563 TL]]
[[p:N. Azzouzi]]		[[a:Vaillantlaan 431-D]]		[[a:Jan Blankenstraat 8-A]], [[pc:2526 VJ]]
[[p:M. Stoica]]		[[a:Parallelweg 12-1]]		[[a:Hoefkade 742]], [[pc:2526 BW]]
Let op: nieuwe adres [[p:Abdi]] niet in mails/verslagen buiten het team zetten.""",
    """{{o:Essent}} – verzoek om coulance
Den Haag, [[d:20 augustus 2024]]
Klant: [[p:Stanislav Georgiev]], [[a:Westduinweg 112]], [[pc:2583 AB]]
Klantnummer [[n:30 2210 4478]], EAN elektriciteit [[n:871685900000417736]]

Geachte heer/mevrouw,

Dhr. [[p:Georgiev]] heeft een eindafrekening ontvangen van € 2.744. Het verbruik is onwaarschijnlijk hoog; wij vermoeden een defecte meter of verkeerd opgenomen standen. Dhr. heeft foto's van de meter van [[d:01-06-2024]] en [[d:15-08-2024]].
Wij verzoeken om een controle en tot die tijd geen incassomaatregelen.

Met vriendelijke groet,
[[p:Marco Visser]], {{r:maatschappelijk werker}} SWT {{w:Scheveningen}}
[[e:marco.visser@swtdenhaag.nl]] / [[t:06 3391 0027]]""",
    """Escalatie – [[d:13.03.2025]]
Aan: [[p:Harm Jonkman]], {{r:teamleider}} SWT {{w:Spoorwijk}}
Dhr. [[p:Kiss]] is vannacht door de eigenaar van de woning waar hij logeerde ([[a:Hildebrandstraat 31-hs]]) op straat gezet. Nachtopvang {{o:Leger des Heils}} heeft plaats tot [[d:zondag 16 maart]]. Kun jij regelen dat de aanvraag bij {{o:Kamers met Kansen}} voorrang krijgt? Ik bereik de coördinator ([[p:Petra Bouwman]], [[t:070 - 205 88 14]]) niet.
[[p:Shanti]]""",
    """Aantekening archief – dossier [[n:SWT-TV-2023-0512]] gesloten [[d:31-10-2024]]
Dhr. [[p:Öztürk]] is verhuisd naar verpleeghuis {{o:Florence}} {{w:Mariahoeve}}. Mw. [[p:Serpil Öztürk]] blijft wonen op de [[a:Paul Krugerlaan 212]]; zij krijgt ondersteuning van {{o:Mantelzorg Den Haag}}. Contact met zoon [[p:Murat]] ([[e:murat.ozturk@ziggo.nl]]) was goed.
Geen verdere acties. Gearchiveerd door [[p:Lotte Verbeek]].""",
    """Verslag huisbezoek [[d:zaterdag 5 oktober 2024]] (avondbezoek)
fam. [[p:Ferreira]], [[a:Tasmanstraat 2-B]]
Vader [[p:Gilberto]] was thuis. Hij ontkent geweld, zegt dat [[p:Kiara]] "liegt voor aandacht". Moeder zweeg. Oma zat in de keuken. [[p:Tiago]] sliep.
Spanning voelbaar. Na het gesprek buiten met moeder: zij wil met de kinderen naar haar zus in Rotterdam ([[p:Ana]], [[t:010-4129987]]). Veiligheidsplan besproken.
Door: [[p:Lieke]] en [[p:Sjoerd]] (samen, conform afspraak)""",
]

# ---------------------------------------------------------------- build + verify
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            code, val, dest, table = m.group(1), m.group(2), pii, PII
        else:
            code, val, dest, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, val))
        dest.append({"start": n, "end": n + len(val), "label": table[code], "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src.strip("\n"))
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip(), (i, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (i, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (i, s)
        assert pii, i
        rows.append({"id": "ho49-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout49.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    tot = sum(pc.values())
    print(
        "texts",
        len(rows),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
