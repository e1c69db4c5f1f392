#!/usr/bin/env python3
"""Held-out test corpus 74 for the Dutch personal-data finder (sociale wijkzorgteams, Den Haag).

One fictional neighbourhood team (SWT Laak: Laakkwartier / Spoorwijk) over three weeks
(3-21 March 2025), in four registers of roughly equal size:
  A  chats, WhatsApp/Teams messages, sms, overdracht and quick notes
  B  e-mails, letters and forms
  C  dictations transcribed by speech-to-text (raw and half-corrected)
  D  case lessons and discussion threads on the knowledge platform
All people, numbers and addresses are invented. BSNs pass the 11-check, IBANs pass mod-97.

Markup in the source texts (stripped programmatically, so offsets are right by construction):
  [[x:...]]  personal data, x in p(erson) b(sn) t(phone) e(mail) i(ban) pc(postcode)
             a(ddress) d(ate) n (dossier)
  {{x:...}}  context to keep, x in w(ijk) o(rg) r(ole)
Run: python3 heldout74_corpus.py   -> writes heldout74.jsonl next to this script.
Python 3 standard library only; deterministic.
"""

import json
import os
import re
import sys

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
# ---------------------------------------------------------------------------
# Register A: chats (Teams / WhatsApp), sms, overdracht, post-its, agenda notes
# ---------------------------------------------------------------------------
A = [
    """[08:47] [[p:Sanne]]: goeiemorgen! wie kan vanmiddag mee naar [[p:Errol]]? {{r:wijkagent}} wil niet alleen 🙈
[08:49] [[p:Tamara]]: ik kan na 13u. [[p:Ruud]] van {{o:Bemoeizorg}} sluit misschien aan
[08:50] [[p:Sanne]]: top. adres is [[a:Fruitweg 23 bis]], eerst aanbellen bij de buurvrouw op 23a, die heeft een sleutel
[08:52] [[p:Kerem]]: is de melding al in Suite gezet? [[n:BZ-25-0392]]
[08:53] [[p:Tamara]]: ja sinds gister. zus [[p:Jackie]] weet ervan""",
    """overdracht [[d:di 4/3]]
mw [[p:de wit]] ([[p:Mien]]) vanochtend verward aan de deur, wist niet welke dag het was. dochter [[p:Ria]] gebeld ([[t:06-18339245]]), zij komt do. medicatie van zondag zat nog in de baxterrol.
→ [[p:Ingrid]] vraagt {{r:huisarts}} om extra controle
→ [[p:Petra]] ({{r:casemanager dementie}}) al op de hoogte?? graag morgen checken""",
    """Goedemiddag mevrouw [[p:Bakker]], met [[p:Nadia]] van {{o:MEE}}. Ik kom morgen ([[d:woensdag 5 maart]]) om 10 uur bij u langs voor de brief van {{o:Staedion}}. Wilt u alle post die u heeft alvast op tafel leggen? Ook de enveloppen die nog dicht zijn 😊 Tot morgen! Groetjes [[p:Nadia]]""",
    """Agenda wk 11
[[d:ma 10-3]] 9.30 MDO {{o:SWT Laak}} (casus [[p:Boukhari]], [[p:Jagesar]])
di 14.00 huisbezoek [[p:Rahimi]] met [[p:Bas]], tolk Dari via {{o:Tolkcontact}}?? checken
[[d:wo 12/3]] inloop {{o:Servicepunt XL}} {{w:Spoorwijk}}
do 11.00 [[p:Hoogendoorn]] ({{r:bewindvoerder}}) bellen ivm [[p:Roos]]
vr vrij!!""",
    """bel dhr [[p:nowak]] terug – nieuw nr [[t:06 870 11 245]] (pools nummer werkt niet meer). zegt dat hij [[d:vrijdag 7/3]] zijn kamer uit moet. eigenaar dreigt met zijn spullen op straat. vraag: kan hij tijdelijk in de nachtopvang? [[p:Tamara]] weet hoe dat werkt. geboortedatum staat fout in Suite: moet [[d:23-08-1980]] zijn, niet 1981.""",
    """[[p:Kerem]] heb je ff? Eneco gaat bij [[p:Boukhari]] afsluiten per [[d:17 maart]]. Ik heb een betalingsregeling aangevraagd, klantnr Eneco [[n:204188731]]. Kun jij via de gemeente een noodfondsaanvraag doen? Anders zitten ze met 2 kids in het donker. [[p:Rachid]] wist van niks zegt ie 🙄""",
    """wondzorg mw [[p:yildiz]] – been ziet er beter uit, roodheid minder. suikers wisselend (8-14). dochter [[p:zeynep]] regelt apotheek. volgende controle [[d:do 13-03]].
@[[p:sanne]]: ze vroeg weer naar vrouwenzwemmen in het Zuiderparkbad, weet jij iets?""",
    """Notitie telefoongesprek [[d:05-03-2025]] 11:20
Beller: [[p:Gerrit Roos]], buurman van dhr. [[p:Koster]] ([[a:Van Musschenbroekstraat 118]]). Klaagt over stank in het trappenhuis en ongedierte. Dhr. [[p:Koster]] doet al weken niet open. Buurman heeft zelf ook {{o:Haag Wonen}} gebeld, niks gehoord.
Afspraak: ik ga met [[p:Erik Lam]] ({{r:woonconsulent}}) samen langs. Buurman wil anoniem blijven!
-- [[p:Sanne]]""",
    """sms 10:02 naar [[t:+31 6 45770193]]: "Goedemorgen meneer [[p:Mensah]], uw afspraak bij {{o:Schuldhulpverlening}} is verzet naar [[d:dinsdag 18 maart]] 13.30 uur. Wilt u de brieven van de deurwaarder meenemen? Groet, [[p:Joost Bakker]]\"""",
    """NB: [[p:Ilias]] ([[p:Boukhari]]) is 17 → niet voor ons, {{o:CJG}} pakt op. [[p:Anouk]] ({{r:jeugdverpleegkundige}}) is contactpersoon daar. Eerste gesprek met moeder [[d:wo 12 maart]] 15u thuis ([[a:Cort van der Lindenstraat 112]]), [[p:Joost]] sluit kort aan voor de schulden.""",
    """[[p:Lotte]]: hoi [[p:Priya]], mag ik donderdag mee met je keukentafelgesprek bij fam [[p:Jagesar]]? voor mijn stageopdracht 🙏
[[p:Priya]]: Prima! Wel eerst even aan [[p:Shanti]] vragen of ze het goed vindt. We zitten om 10u op [[a:Van Zeggelenplein 9-hs]], 2e bel.
[[p:Lotte]]: super dank je!!""",
    """Vandaag [[p:Hodan]] gezien op het {{o:Servicepunt XL}}. Brief van {{o:Toeslagen}} over herstel, ze begrijpt er niks van. Kenmerk op brief: [[n:HT-2024-0098813]]. Ze maakt afspraak met {{o:Sociaal Raadslieden}}. Vroeg of iemand haar mail kan checken ([[e:hodan.warsame88@outlook.com]]), wachtwoord kwijt → niet doen, wel uitgelegd hoe resetten werkt.""",
    """wie heeft de code van het sleutelkastje bij dhr [[p:rahimi]]? [[p:farid]] (zoon) zegt dat [[p:Bas]] hem heeft. [[p:farid]] zelf onbereikbaar op [[t:06 24 81 57 90]] sinds vrijdag.
[[p:Bas]]: code zit in de kluis op kantoor, envelop met [[n:SWT-LK-25-0122]] erop. niet in de app zetten 🙂""",
    """[[p:Hanneke]]: korte samenvatting MDO [[d:10/3]]
1. [[p:Boukhari]] – [[p:Joost]] houdt regie schulden, [[p:Kerem]] vraagt noodfonds aan
2. [[p:Jagesar]] – traplift via Wmo loopt, respijt zoeken voor [[p:Shanti]]
3. [[p:Martina]] – bemoeizorg, geen crisis. over 2 weken evalueren
4. [[p:Kaya]] – staat op stil, zie {{o:Veilig Thuis}}
Volgende MDO [[d:24 maart]] 9.30, zelfde ruimte""",
    """[[p:roos]] heeft pinpas weer kwijt. {{r:bewindvoerder}} ([[p:Hoogendoorn]]) laat blokkeren, nieuwe pas duurt 5 werkdagen. boodschappen deze week via {{o:Voedselbank}}? vraag ik aan [[p:Nadia]]. leefgeld komt normaal op ma op [[i:NL30 INGB 6270 1522 30]] maar zonder pas kan ze er niet bij.""",
    """Intake SWT – [[d:6-3-25]]
Naam: [[p:Stoyan Petrov]], 31 jr, Bulgaars
Adres: [[a:Vlietstraat 58]] (woont daar met ±9 anderen, kamer 2e verd.)
Tel: [[t:0031 6 1177 4030]]
BSN: geen, RNI-inschrijving aangevraagd
Vraag: werk kwijt via uitzendbureau, loon februari niet betaald, zorgverzekering onduidelijk.
Actie: verwijzen {{o:FairWork}}, [[p:Kerem]] checkt BRP.""",
    """[[p:Tamara]]: [[p:Errol]] deed open!! ☕ we hebben koffie gedronken op de stoep. naar binnen mag nog niet maar volgende week weer. zus heeft zijn pillen. hij noemt mij nu 'de mevrouw van de koffie' haha
[[p:Sanne]]: 🙌🙌 goed bezig
[[p:Kerem]]: mooi! zet je het wel in het dossier?""",
    """NIET in gedeelde map!! [[p:Aylin]] en de kids zitten sinds gister in de opvang ({{o:Wende}}). Nieuw nr alleen voor SWT: [[t:06 39 14 07 62]]. [[p:Murat]] weet het adres niet en mag het ook niet weten. contact VT: [[p:Marjolein Schouten]], [[n:VT-2025-04417]].""",
    """bel mw [[p:Lopes Tavares]] ivm indicatie HH, loopt af [[d:31-03-2025]]. kleinzoon [[p:Nelson]] tolkt (Kaapverdisch creools), alleen na 16u bereikbaar. adres [[a:Hoefkade 312A]], 3x kort bellen. postcode voor het formulier: [[pc:2526 BM]].""",
    """[[p:Priya]]: welk mailadres heb jij van [[p:Anjali]]? ik heb [[e:anjali.jagesar@gmail.com]] maar mails komen terug
[[p:Bas]]: ik heb [[e:a.jagesar@hotmail.nl]] in m'n telefoon, volgens mij is dat de goeie
[[p:Priya]]: thx 👍""",
    """[[p:Jayden]] vandaag niet komen opdagen bij het {{o:Jongerenloket}}. moeder ([[p:Gloria]]) zegt dat hij bij een vriend in {{w:Moerwijk}} slaapt. geen vast adres meer sinds januari. briefadres aanvragen?""",
    """voor [[p:Yodit]]: tolk Tigrinya ([[p:Mehari]]) kan [[d:do 13/3]] om 14u. dan meteen inrichtingskrediet doornemen, formulieren liggen bij [[p:Kerem]]. adres voor de tolk: [[a:Laakweg 131-2]], [[pc:2521 AT]]. deur beneden klemt, hard duwen.""",
    """wondverpleging mw. [[p:Yıldız]] overgedragen aan collega [[p:Wendy]] vanaf [[d:ma 17/3]] ivm mijn vakantie. [[p:Wendy]] is bereikbaar op [[t:06-21 77 09 36]]. Insuline zelf spuiten gaat goed, alleen controle. -[[p:Ingrid]]""",
    """Hoi [[p:Ria]], ik heb net je moeder gesproken. Het gaat vandaag wat beter, ze had ontbeten en de thuiszorg was al geweest. Kom je zaterdag? Dan kunnen we de dagbesteding bij {{o:HWW zorg}} bespreken. Groet, [[p:Petra de Bruin]] ({{r:casemanager dementie}})""",
    """dhr [[p:popescu]] — [[t:+40 745 118 320]] — spreekt alleen roemeens + beetje engels. {{o:FairWork}} ingeschakeld ([[n:FW-25-0217]]). geboortedatum volgens paspoort [[d:17.06.1991]], nog geen BSN. nummer werkgever op loonstrook: [[n:UZB-778102]].""",
    """[[p:Sanne]]: let op, dhr. [[p:Koster]] van de Van Musschenbroekstraat is géén familie van mij 😅 kreeg al 2x die vraag
[[p:Bas]]: haha ik dacht het al
[[p:Ingrid]]: ik ook eerlijk gezegd 🙈""",
    """huisbezoek [[p:Mensah]] [[d:11 maart]] – vrouw [[p:Abena]] ook aanwezig. 3 kinderen (4, 7 en 12). Schuld ca. € 14.800, o.a. CJIB, zorgverzekeraar, Klarna. Hij werkt nachten bij PostNL. Kerk helpt met boodschappen. Volgende stap: aanmelding {{o:Schuldhulpverlening}}, nr [[n:SHV-2025-1203]].""",
    """[[p:Roos]] belt 4x per dag. afspraak gemaakt: alleen bellen tussen 10 en 12 👍""",
    """@[[p:Joost]] kun jij ff meekijken? [[p:Boukhari]]'s loon wordt gestort op [[i:NL02 INGB 3899 1120 88]] maar op de aanvraag staat een ander nummer 🤔 typfout of tweede rekening?""",
    """Let op: nieuw adres mw [[p:Warsame]]: [[a:Laakkade 240 B]], [[pc:2521 XZ]]. Oude adres ([[a:Hoefkade 77-I]]) vervalt per [[d:1 april]]. Graag ook in Suite aanpassen.""",
    """gesprek met buurvrouw [[p:Ans Vermeulen]] (nr 120): dhr [[p:Koster]] gaat elke ochtend om 6u naar de Jumbo, dan is hij wel aanspreekbaar. Tip!! misschien daar 'toevallig' tegenkomen? of bij de bakker op de hoek, daar haalt hij ook brood""",
    """{{r:huisarts}} [[p:van der Heijden]] teruggebeld: wil dhr [[p:Martina]] niet zonder afspraak zien, maar {{r:POH-GGZ}} [[p:Esther]] mag wel mee op huisbezoek 👍 afspraak staat voor [[d:di 25/3]] 10u. [[p:Tamara]] gaat eerst alleen aanbellen.""",
    """ik ben er [[d:vr 14/3]] niet, [[p:Nadia]] neemt mijn caseload waar. urgent: [[p:Roos Bakker]] (huur!!) en [[p:Hodan]] (toeslagen). groetjes [[p:Sanne]]""",
    """Aantekening dossier [[n:SWT-LK-25-0141]]: dhr. [[p:Ravi Jagesar]] (66), CVA op [[d:12-11-2024]], sindsdien rolstoel. Echtgenote is mantelzorger en overbelast (EDIZ-score 19). Zoon [[p:Sunil]] woont in Rotterdam, komt in het weekend.""",
    """heb net [[p:mo]] gesproken ({{r:jongerenwerker}}) over [[p:karam]], zoon van mw [[p:al-hassan]]. hij hangt veel rond op het Hobbemaplein en slaapt overdag. [[p:mo]] wil hem meenemen naar het boksproject.""",
    """Afwezig: [[p:Tamara Rosario]] ({{r:GGZ-consulent}}, {{o:Parnassia}}) is van [[d:maandag 17 maart]] tot en met [[d:vrijdag 21 maart]] met verlof. Spoed bemoeizorg: [[p:Ruud Kramer]], [[t:06-50 31 88 27]].""",
    """hoi [[p:Kerem]], kun je in BRP checken of [[p:Yodit Tesfay]] ([[b:608 329 034]]) al ingeschreven staat op [[a:Laakweg 131-2]]? inrichtingskrediet wacht daarop.""",
    """terugbelverzoek 14:10 – mw. [[p:Zhang]] ([[p:Mei]]), [[t:070-3882145]]. wil weten of de maaltijdservice al geregeld is. spreekt weinig NL, kleindochter [[p:Lily]] belt na schooltijd terug. (zij belt in mei weer voor de herindicatie)""",
    """reminder voor mezelf: toestemmingsverklaring [[p:Popescu]] nog laten tekenen!! + kopie ID. ligt in postvak van [[p:Kerem]]. en ook: zijn adres in Roemenië staat op de kopie van zijn ID, dat hoeft niet in ons dossier.""",
    """[[p:Ingrid]]: [[p:Mien]] liep vannacht om 3u buiten op straat in haar nachtjapon, {{o:politie}} heeft haar thuisgebracht 😢
[[p:Petra]]: Oh nee. Ik bel [[p:Ria]]. Crisisopname of eerst logeren?
[[p:Ingrid]]: eerst logeeropvang, {{r:huisarts}} belt {{o:Florence}} voor een plek""",
    """[[p:Dariusz]] nuchter vandaag!! 👏 wil praten over opname. {{o:Brijder}} bellen voor intake → geb.datum voor de aanmelding: [[d:23-8-1980]]; zorgverzekering loopt nog tot [[d:31 maart]]. adres nachtopvang niet nodig.""",
    """Kopie bericht aan [[p:Jayden]] ([[t:06-1529 8844]]): Yo [[p:Jayden]], met [[p:Mo]]. Morgen 15u bij het {{o:Jongerenloket}}? ik wacht buiten. laat ff weten 👊""",
    """post voor [[p:E. Martina]] komt nog steeds op ons adres binnen. briefadres loopt af op [[d:28-3]]. [[p:Tamara]] neemt het mee, ze ziet hem dinsdag. (woonadres [[a:Fruitweg 23 bis]] krijgt geen post, brievenbus is dichtgeplakt)""",
    """Vandaag [[d:do 20 maart]] laatste huisbezoek bij mw [[p:de Wit]] op [[a:Van Musschenbroekstraat 41-II]]. Maandag verhuist ze naar het verpleeghuis in {{w:Bouwlust}}. Sleutel afgegeven aan [[p:Ria van Leeuwen]], afscheid was emotioneel. Ik hoop dat ze daar snel went. Dossier kan dicht na overdracht aan [[p:Petra]].""",
]
# ---------------------------------------------------------------------------
# Register B: e-mails, letters, forms
# ---------------------------------------------------------------------------
B = [
    """Van: [[e:s.koster@xtra.nl]]
Aan: [[e:e.lam@haagwonen.nl]]
Onderwerp: dhr. [[p:H. Koster]], [[a:Van Musschenbroekstraat 118]] – zorgen over woonsituatie
Datum: [[d:6 maart 2025]]

Beste [[p:Erik]],

Zoals telefonisch besproken maken wij ons zorgen over jullie huurder dhr. [[p:Koster]] (71). Buren melden stankoverlast en ongedierte en meneer doet niet open. Wij willen graag samen met jou een huisbezoek afleggen, liefst deze week nog. Kun jij [[d:dinsdag 11 maart]] of [[d:woensdag 12 maart]]?

Met vriendelijke groet,
[[p:Sanne Koster]]
{{r:Maatschappelijk werker}} {{o:SWT Laak}} | {{o:Xtra}}
[[t:06-41278803]]""",
    """Gemeente Den Haag – {{o:Schuldhulpverlening}}

Dhr. [[p:R. Boukhari]]
[[a:Cort van der Lindenstraat 112]]
[[pc:2524 ZB]] Den Haag

Den Haag, [[d:7 maart 2025]]
Ons kenmerk: [[n:SHV-2025-1187]]
Onderwerp: ontvangstbevestiging aanvraag schuldhulpverlening

Geachte heer [[p:Boukhari]],

Wij hebben uw aanvraag ontvangen op [[d:3 maart 2025]]. Om uw aanvraag te beoordelen hebben wij de volgende stukken nodig:
- bankafschriften van de laatste 3 maanden van rekening [[i:NL02INGB3899112088]];
- alle brieven van schuldeisers;
- uw loonstroken van januari en februari.
U kunt de stukken inleveren bij het {{o:Servicepunt XL}} of mailen naar uw {{r:schuldhulpverlener}}, [[e:joost.bakker@denhaag.nl]].

Met vriendelijke groet,
[[p:J. Bakker]]
{{r:schuldhulpverlener}}""",
    """AANMELDFORMULIER WMO-ONDERSTEUNING
Naam aanvrager: [[p:Shanti Jagesar-Ramlal]]
Geboortedatum: [[d:19-06-1963]]
BSN: [[b:622926779]]
Adres: [[a:Van Zeggelenplein 9-hs]]
Postcode/plaats: [[pc:2525 KW]] Den Haag
Telefoon: [[t:070 - 388 41 02]] / [[t:06 - 11 09 27 58]]
E-mail: [[e:shanti.jagesar@ziggo.nl]]
Aanvraag betreft (ook): echtgenoot [[p:Ravi Jagesar]], geb. [[d:02-01-1959]], BSN [[b:691320779]]
Gevraagde voorziening: traplift / woningaanpassing, respijtzorg
Aangemeld door: [[p:P. Ramcharan]], {{r:Wmo-adviseur}} {{o:SWT Laak}}
Zaaknummer: [[n:Wmo-2025-118347]]""",
    """Onderwerp: RE: terugkoppeling [[n:VT-2025-04417]]
Van: [[p:Marjolein Schouten]] <[[e:m.schouten@veiligthuishaaglanden.nl]]>
Aan: [[p:Sanne Koster]]

Hoi [[p:Sanne]],

Dank voor je snelle reactie. Mevrouw [[p:Kaya]] en de kinderen zijn veilig ondergebracht. Wij hebben op [[d:10-03-2025]] een gesprek gehad met meneer [[p:Çelik]]; hij ontkent alles. De {{o:Raad voor de Kinderbescherming}} is geïnformeerd in verband met [[p:Elif]] en [[p:Emir]]. Wil jij de financiële kant oppakken (eigen rekening voor mevrouw, uitkering op eigen naam)? Dat is voor haar nu het grootste zorgpunt.

Groet, [[p:Marjolein]]
{{r:Casemanager}} {{o:Veilig Thuis Haaglanden}}""",
    """TOESTEMMINGSVERKLARING GEGEVENSUITWISSELING
Ondergetekende,
Naam: [[p:Dariusz Nowak]]
Geboren: [[d:23 augustus 1980]]
BSN: [[b:548908023]]
Adres: [[a:Rijswijkseweg 287-1]], [[pc:2516HG]] 's-Gravenhage
geeft toestemming dat het {{o:sociaal wijkzorgteam Laak}} informatie uitwisselt met:
[x] {{r:huisarts}}   [x] {{o:Parnassia}}   [x] {{o:Leger des Heils}}   [ ] werkgever   [x] {{o:UWV}}
Geldig tot: [[d:03-03-2026]]
Handtekening: ..........   Datum: [[d:3-3-2025]]
{{r:Casusregisseur}}: [[p:K. Doğan]]
Toelichting: betrokkene is geïnformeerd over het doel (ondersteuning bij wonen, werk en inkomen) en over het recht de toestemming in te trekken. Uitleg in het Pools via de telefoontolk op [[d:3 maart 2025]], 14.20 uur. Kopie meegegeven.""",
    """Hoi [[p:Rob]],

Voor mw. [[p:Jagesar]] zou ik graag een spoedadvies van de ergotherapeut hebben over de traplift. Ze wonen op de eerste verdieping (geen lift) en meneer komt sinds het CVA de trap niet meer op. Nu slaapt hij beneden in de woonkamer. Zaak staat onder [[n:Wmo-2025-118347]]. Kun jij de ergo inplannen vóór [[d:21 maart]]?

Alvast dank!
[[p:Priya Ramcharan]]
{{r:Wmo-adviseur}} | {{o:SWT Laak}}
[[t:070 353 69 14]]""",
    """Aan: {{o:Bewindvoering Hofstad}}, t.a.v. mr. [[p:P. Hoogendoorn]]
Betreft: mevrouw [[p:R.J. Bakker]], geboren [[d:04-10-1977]], uw dossier [[n:BH-0471]]

Geachte heer [[p:Hoogendoorn]],

Namens het {{o:SWT Laak}} vraag ik uw aandacht voor de huurachterstand van mevrouw [[p:Bakker]] bij {{o:Staedion}} (contractnr. [[n:30-118-4471]]). Volgens de woningcorporatie zijn de huren van december en januari niet voldaan. Mevrouw is ervan overtuigd dat u de huur betaalt. Kunt u nagaan wat er is misgegaan? Er is inmiddels een aanzegging ontruiming ontvangen.

Met vriendelijke groet,
[[p:N. El Idrissi]], {{r:MEE-consulent}}
[[e:n.elidrissi@mee-zhn.nl]]""",
    """Van: {{o:Huisartsenpraktijk Laakkwartier}} <[[e:assistente@hapraktijklaak.nl]]>
Onderwerp: uw verzoek inzake patiënt [[p:E.R. Martina]], geb. [[d:11-09-1966]]

Geachte mevrouw [[p:Rosario]],

Dokter [[p:Van der Heijden]] heeft uw verzoek besproken. Zij is bereid om samen met de {{r:POH-GGZ}} een huisbezoek te doen, mits meneer [[p:Martina]] daar vooraf van op de hoogte is. Een verwijzing naar de specialistische GGZ kan pas na een consult. Wilt u contact opnemen via de terugbellijn van de praktijk (tussen 13.00 en 14.00 uur)?

Met vriendelijke groet,
[[p:Kim]], {{r:doktersassistente}}""",
    """VERWIJSFORMULIER BEMOEIZORG – {{o:Parnassia}}
Aanmelder: [[p:T. Rosario]], {{r:GGZ-consulent}} {{o:SWT Laak}}
Datum aanmelding: [[d:07-03-2025]]
Cliënt: [[p:Errol Martina]]
Geboortedatum: [[d:11-09-1966]]
Adres: [[a:Fruitweg 23 bis]], [[pc:2525 KH]] Den Haag
Telefoon: onbekend / zus: [[t:06 4418 2290]] ([[p:Jacqueline Martina]])
Reden: toenemende vervuiling, wantrouwen, mogelijk psychotisch. Weigert huisarts. Geen crisis, wel zorgen.
Eerdere meldingen: {{o:Meldpunt Zorg en Overlast}} [[n:M-25-1192]]
Toestemming: nog niet; de melding bij het Meldpunt is de grondslag.
Gewenst eerste contact: liefst vóór [[d:14-03-2025]]. Contactpersoon SWT: [[p:Sanne Koster]], [[t:06-41278803]].""",
    """AANVRAAG BIJZONDERE BIJSTAND – inrichtingskosten
Aanvrager: [[p:Yodit Tesfay]]
BSN: [[b:6083.29.034]]
Adres: [[a:Laakweg 131-2]], [[pc:2521 AT]] Den Haag
Datum sleuteloverdracht: [[d:24 februari 2025]]
Gezinssamenstelling: 1 kind (2 jaar), zwanger (uitgerekend juni)
Gewenst bedrag: € 3.250 (bed, kast, koelkast, wasmachine, babyspullen)
Uitbetalen op rekening: [[i:NL31 TRIO 4771 7559 82]] t.n.v. [[p:Y. Tesfay]]
Ingevuld met hulp van: [[p:Kerem Doğan]] ({{r:casusregisseur}}), met tolk""",
    """Beste [[p:Sophie]],

Ik zie dat mevrouw [[p:Hodan Abdi Warsame]] ook bij jullie bekend is. Zij heeft een brief van {{o:Toeslagen}} gekregen over de hersteloperatie ([[n:HT-2024-0098813]]) en is erg ongerust. Mag ik vragen wie bij {{o:VluchtelingenWerk}} haar begeleider is? Dan kunnen we afstemmen wie wat doet, zodat zij niet drie keer hetzelfde verhaal hoeft te vertellen.

Mevrouw heeft toestemming gegeven voor dit contact.

Hartelijke groet,
[[p:Sanne Koster]]
{{o:SWT Laak}}""",
    """{{o:Staedion}} – afdeling Incasso

Mevrouw [[p:R. Bakker]]
[[a:Spoorwijkstraat 145]]
[[pc:2525 ZS]] DEN HAAG

Den Haag, [[d:28 februari 2025]]
Huurcontract: [[n:30-118-4471]]

Geachte mevrouw [[p:Bakker]],

Uit onze administratie blijkt dat u een huurachterstand heeft van € 1.642,18. Ondanks eerdere herinneringen is dit bedrag niet betaald. Wij geven u de gelegenheid om binnen 14 dagen contact op te nemen met uw {{r:woonconsulent}}, mevrouw [[p:S. Meijer]], op [[t:088 - 781 23 47]].

Met vriendelijke groet,
[[p:W. Schipper]], {{r:incassomedewerker}}""",
    """Beste [[p:Ria]],

Fijn dat we elkaar zaterdag spraken. Zoals afgesproken stuur ik je de informatie over de dagbesteding in {{w:Laakkwartier}}. Je moeder kan er op maandag en donderdag terecht, met vervoer. De aanvraag loopt via de Wmo; [[p:Priya]] van ons team heeft de indicatie al in gang gezet.

Ik hoop dat de eerste weken daar een beetje wennen zijn. Ik vond het moedig hoe je moeder vertelde over haar vergeetachtigheid. Zullen we [[d:vrijdag 14 maart]] om 11.00 uur samen bij haar langsgaan?

Hartelijke groet,
[[p:Petra de Bruin]]
{{r:Casemanager dementie}} – {{o:HWW zorg}}
[[t:06 38 27 70 14]]""",
    """MELDING ZORG EN OVERLAST
Melder: [[p:S. Koster]] ({{o:SWT Laak}}), namens buurtbewoners
Datum melding: [[d:12-03-2025]]
Betrokkene: dhr. [[p:Hendrik Koster]], geb. [[d:07-05-1953]]
Adres: [[a:Van Musschenbroekstraat 118]], [[pc:2522 KR]]
Aard: ernstige vervuiling woning, ongedierte, zelfverwaarlozing. Meneer laat niemand binnen. Geen bekende familie; een nicht in Leiden (naam onbekend).
Gewenst: huisbezoek {{o:GGD Haaglanden}} samen met SWT.
Eerder contact: [[n:M-25-1192]]? → nee, dat betreft een andere cliënt.""",
    """Geachte heer/mevrouw,

Via deze mail meld ik twee mannen aan die wonen in het pand [[a:Vlietstraat 58]] in {{w:Laakkwartier}}: de heer [[p:Ionuț Popescu]] (Roemeens, 33 jaar) en de heer [[p:Stoyan Petrov]] (Bulgaars, 31 jaar). Beiden werkten via hetzelfde uitzendbureau en hebben loon te goed. Zij wonen met ongeveer tien personen in één woning en betalen € 450 per bed. Contact met de heer [[p:Popescu]] kan via [[t:+40 745 118 320]] (WhatsApp).

Met vriendelijke groet,
[[p:Kerem Doğan]]
{{r:Casusregisseur}}, Gemeente Den Haag
[[e:kerem.dogan@denhaag.nl]]""",
    """Aan: {{o:CJG}} Laak
Betreft: doorverwijzing jeugdige [[p:Ilias Boukhari]], geb. [[d:30-07-2007]]

Beste [[p:Anouk]],

In het gezin [[p:Boukhari]] ([[a:Cort van der Lindenstraat 112]]) zijn wij betrokken vanwege schulden. [[p:Ilias]] verzuimt veel van school en lijkt 's nachts buiten te zijn. Vader maakt zich zorgen maar weet niet hoe hij hem moet aanspreken. Wil jij contact opnemen met moeder ([[t:06 31 42 77 05]])? Zij is het beste bereikbaar.

Groet, [[p:Joost]]""",
    """VERSLAG HUISBEZOEK
Cliënt: [[p:K. Mensah]] | dossier [[n:SHV-2025-1203]]
Datum: [[d:11-03-2025]] | aanwezig: dhr. en mw. [[p:Mensah]], [[p:J. Bakker]]
Situatie: gezin met drie kinderen. Meneer werkt nachtdiensten, mevrouw [[p:Abena Mensah]] zorgt voor de kinderen. Schulden ca. € 14.800 bij 9 schuldeisers. Vaste lasten worden betaald van [[i:NL89INGB3592795483]]; een tweede rekening ([[i:NL74BUNQ4156486175]]) wordt gebruikt voor zakelijke uitgaven van een kleine handel.
Afspraken: meneer levert vóór [[d:25 maart]] alle brieven aan.""",
    """Beste collega's,

Hierbij de agenda voor het MDO van [[d:maandag 24 maart]], 9.30 uur, in de grote zaal van het wijkcentrum.
1. Opening en mededelingen ([[p:Hanneke]])
2. Casus [[p:Koster]] – vervuiling, inbreng [[p:Sanne]] en [[p:Erik Lam]] ({{o:Haag Wonen}})
3. Casus [[p:Jayden P.]] – dakloos, inbreng [[p:Mo]] ({{r:jongerenwerker}})
4. Evaluatie bemoeizorg [[p:Martina]] ([[p:Tamara]], [[p:Ruud]])
5. Rondvraag

Graag vooraf de toestemmingsverklaringen checken!
[[p:Hanneke van Dam]], {{r:teamleider}} {{o:SWT Laak}}""",
    """Geachte heer [[p:Rahimi]],

Wat fijn dat u kennis wilt maken met een maatje van {{o:Humanitas}}. Uw maatje heet [[p:Gerda Blom]]. Zij komt op [[d:woensdag 19 maart]] om 14.00 uur samen met de heer [[p:Visser]] bij u thuis, op [[a:Goeverneurlaan 519-3]]. [[p:Gerda]] houdt van wandelen en schaken, net als u.

Als u de afspraak wilt verzetten, kunt u bellen naar [[t:070-3066410]].

Met vriendelijke groet,
[[p:Bas Visser]]
{{r:Ouderenconsulent}} {{o:Zebra Welzijn}}""",
    """MACHTIGING
Ik, [[p:Rachid Boukhari]], geboren [[d:12 april 1972]], wonende [[a:Cort van der Lindenstraat 112]], [[pc:2524ZB]] Den Haag, BSN [[b:517784725]],
machtig hierbij de heer [[p:Joost Bakker]], {{r:schuldhulpverlener}} bij {{o:Schuldhulpverlening}} Den Haag, om namens mij contact op te nemen met mijn schuldeisers en informatie op te vragen over mijn schulden.
Deze machtiging geldt tot en met [[d:31-12-2025]].
Den Haag, [[d:03-03-2025]]
Handtekening: ____________""",
    """Automatisch antwoord: Ik ben afwezig van [[d:17 maart]] t/m [[d:21 maart]]. Uw mail wordt niet doorgestuurd. Voor spoed (bemoeizorg) kunt u contact opnemen met [[p:Ruud Kramer]], [[t:06-50318827]] of [[e:r.kramer@parnassia.nl]]. Voor cliënten van het {{o:SWT Laak}}: bel het algemene nummer van het {{o:Servicepunt XL}}.
Met vriendelijke groet, [[p:Tamara Rosario]]""",
    """Beste [[p:Anjali]],

Bedankt voor het doorsturen van de medische gegevens van je vader. Ik heb alles ontvangen. De traplift is aangevraagd; je hoort binnen vier weken van de gemeente. Je moeder vertelde dat ze 's nachts slecht slaapt omdat ze steeds opstaat voor je vader. Ik wil graag met jullie kijken naar respijtzorg, bijvoorbeeld een logeerweekend. Kun jij een keer bij een gesprek zijn, bijvoorbeeld op [[d:27 maart]]?

Groet,
[[p:Priya Ramcharan]]
[[e:priya.ramcharan@denhaag.nl]]""",
    """Aan: Eneco Klantenservice
Betreft: klantnummer [[n:204188731]], dhr. [[p:R. Boukhari]], [[a:Cort van der Lindenstraat 112]], [[pc:2524 ZB]] Den Haag

Geachte heer/mevrouw,

Namens bovengenoemde klant verzoek ik u de aangekondigde afsluiting per [[d:17-03-2025]] op te schorten. Meneer is aangemeld bij {{o:Schuldhulpverlening}} (ons kenmerk [[n:SHV-2025-1187]]) en er wordt een noodfondsaanvraag gedaan. In het huishouden wonen twee minderjarige kinderen.

Met vriendelijke groet,
[[p:J. Bakker]], {{r:schuldhulpverlener}} – [[t:070 353 25 60]]""",
    """Hoi [[p:Sanne]],

Zoals beloofd even een update over [[p:Karam]] (19), de zoon van mevrouw [[p:Al-Hassan]]. Ik heb hem twee keer gezien bij het boksen in de sporthal aan de Neherkade. Hij praat weinig, maar zei wel dat hij niet kan slapen en 'de oorlog steeds ziet'. Volgens mij moet hier een {{r:psycholoog}} naar kijken. Zijn moeder wil liever geen {{o:GGZ}}, ze is bang voor wat de buren denken. Kun jij met haar in gesprek?

Groetjes,
[[p:Mo Ait Bari]]
{{r:Jongerenwerker}} {{o:Xtra}} | [[t:06 - 42 09 15 38]]""",
    """Aanvraag urgentieverklaring – toelichting {{r:maatschappelijk werker}}

Mevrouw [[p:Aylin Kaya]] (geb. [[d:08-01-1990]], BSN [[b:820897140]]) verblijft sinds [[d:6 maart 2025]] met haar twee kinderen in de vrouwenopvang. Terugkeer naar de woning op [[a:Laakweg 66-III]] is vanwege huiselijk geweld niet veilig. {{o:Veilig Thuis}} is betrokken ([[n:VT-2025-04417]]). Mevrouw heeft een eigen inkomen nodig en passende woonruimte buiten {{w:Laak}}, bij voorkeur in {{w:Ypenburg}} of {{w:Leidschenveen}}.

[[p:S. Koster]], {{o:SWT Laak}}""",
    """Onderwerp: maaltijdservice mw. [[p:Zhang]]

Hallo [[p:Bas]],

Mevrouw [[p:Mei Zhang]] (73, [[a:Herman Costerstraat 88-1]]) heeft nog steeds geen warme maaltijden. Zij eet alleen brood. Haar kleindochter [[p:Lily Chen]] ([[e:lily.chen2008@gmail.com]]) kan helpen met de aanmelding, maar die zit op school tot 15.30. Weet jij of er een aanbieder is die Chinees kookt? Anders {{o:Tafeltje Dekje}}.

Groet,
[[p:Ingrid Hoop]]
{{r:Wijkverpleegkundige}}""",
    """Den Haag, [[d:14 maart 2025]]
Kenmerk: [[n:ZK25.00813]]

Geachte mevrouw [[p:Lopes Tavares]],

Uw indicatie voor hulp bij het huishouden loopt af op [[d:31 maart 2025]]. Wij nodigen u uit voor een gesprek over verlenging op [[d:donderdag 27 maart]] om 10.00 uur bij u thuis ([[a:Hoefkade 312A]]). Uw kleinzoon mag erbij zijn om te helpen met de taal.

Met vriendelijke groet,
[[p:Priya Ramcharan]]
{{r:Wmo-adviseur}}""",
    """Beste dokter [[p:Van der Heijden]],

Bij mevrouw [[p:F. Yıldız]] (geb. [[d:15-02-1962]]) zie ik de afgelopen twee weken wisselende glucosewaarden, met twee keer een waarde boven 20 's avonds. Mevrouw vertelt dat ze tijdens de ramadan niet altijd eet op vaste tijden. Wilt u het insulineschema beoordelen? De wond aan het linker onderbeen geneest goed.

Met collegiale groet,
[[p:I. Hoop]], {{r:wijkverpleegkundige}} {{o:Florence}}
[[t:06 29 51 40 77]]""",
    """BUDGETPLAN (concept) – [[p:Mensah]], [[a:Neherkade 2314]]
Inkomsten: loon dhr. € 2.140 netto; kinderbijslag via {{o:SVB}}; zorgtoeslag € 131
Rekening inkomsten: [[i:NL89 INGB 3592 7954 83]]
Vaste lasten: huur € 812 ({{o:Haag Wonen}}), energie € 190, verzekeringen € 286
Reserveringen: € 50 / maand op spaarrekening [[i:NL25INGB4612104063]]
Leefgeld: € 175 per week
Opgesteld door: [[p:Joost Bakker]], [[d:19-03-2025]]""",
    """Beste allemaal,

Een korte herinnering na het incident van vorige week: zet géén namen van cliënten in de onderwerpregel van een mail en gebruik in de groepsapp alleen voornamen als het echt niet anders kan. Vandaag kreeg ik een mail met als onderwerp 'dhr. [[p:Koster]] vervuiling' die ook naar {{o:Haag Wonen}} was gestuurd. Dat is niet de bedoeling.

Vragen? Loop even binnen.
[[p:Hanneke]]""",
    """Aan: Gerechtsdeurwaarderskantoor Hofstad
Uw dossiernummer: [[n:DW-2024-77391]]
Betreft: dhr. [[p:R. Boukhari]]

Geachte heer/mevrouw,

De heer [[p:Boukhari]] is sinds [[d:3 maart 2025]] aangemeld voor schuldhulpverlening. Wij verzoeken u de beslaglegging op zijn loon te herberekenen; de beslagvrije voet is niet juist vastgesteld, omdat de inkomsten van zijn echtgenote mevrouw [[p:S. Boukhari-Amrani]] zijn meegeteld terwijl zij geen inkomen meer heeft sinds [[d:1-1-2025]].

Hoogachtend,
[[p:J. Bakker]]""",
    """OVERDRACHTSFORMULIER naar ander wijkzorgteam
Van: {{o:SWT Laak}} → Naar: {{o:SWT Escamp}}
Cliënt: [[p:Jayden Pinas]], geb. [[d:09-05-2004]]
BSN: [[b:197329445]]
Laatste woonadres: [[a:Moerweg 211]], [[pc:2533 BK]] (bij moeder, [[p:Gloria Pinas]])
Verblijft nu wisselend bij vrienden in {{w:Moerwijk}}.
Telefoon: [[t:06-15298844]]
Betrokken: [[p:Mo Ait Bari]] ({{r:jongerenwerker}}), {{o:Jongerenloket}}
Reden overdracht: jongere verblijft feitelijk in {{w:Escamp}}.""",
    """Beste [[p:Jacqueline]],

Dank voor je telefoontje gisteren. Ik begrijp goed dat je je zorgen maakt over je broer. Het goede nieuws: [[p:Errol]] heeft ons deze week twee keer binnengelaten. We hebben afgesproken dat ik elke dinsdag langskom. De {{r:huisarts}} is bereid om mee te gaan zodra hij dat goed vindt.

Zou jij zijn medicijnen voorlopig willen blijven bewaren? Je kunt mij altijd bellen op [[t:06 14 60 93 72]].

Hartelijke groet,
[[p:Tamara]]""",
    """{{o:UWV}} – t.a.v. afdeling WW
Betreft: de heer [[p:D. Nowak]], BSN [[b:548 908 023]], [[a:Rijswijkseweg 287-1]], [[pc:2516 HG]] Den Haag

Geachte heer/mevrouw,

De heer [[p:Nowak]] heeft op [[d:20-02-2025]] een WW-uitkering aangevraagd. Hij heeft tot op heden geen beslissing ontvangen. Omdat hij zonder inkomen zit en dreigt zijn kamer kwijt te raken, vragen wij u de aanvraag met spoed te behandelen. Zijn bankrekening: [[i:NL44SNSB8738944803]].

Met vriendelijke groet,
[[p:Kerem Doğan]], {{r:casusregisseur}}""",
    """Hoi [[p:Kerem]],

Over [[p:Stoyan]]: de RNI-inschrijving is gelukt, hij heeft nu een BSN ([[b:305230220]]). Volgende stap is een zorgverzekering. Zijn vrouw [[p:Desislava]] komt in april ook naar Den Haag; ze is zwanger. Ik heb hem gewezen op het {{o:CJG}} en op de verloskundigenpraktijk aan de Rijswijkseweg. Zijn mailadres is [[e:stoyan.petrov91@abv.bg]]. Ik heb ook zijn nieuwe adres per [[d:1 april]] genoteerd ([[a:Wateringseweg 118]]), dat moet nog in de BRP. De zorgverzekering kan ingaan vanaf de dag van inschrijving, dus [[d:17 maart]].

Groet,
[[p:Lotte]] ({{r:stagiaire}})""",
    """BESCHIKKING INRICHTINGSKREDIET
Den Haag, [[d:19 maart 2025]] – kenmerk [[n:BB-2025-30944]]

Geachte mevrouw [[p:Tesfay]],

Wij hebben uw aanvraag van [[d:10 maart 2025]] beoordeeld. U krijgt een bedrag van € 2.975,00 als lening. Wij maken dit over op [[i:NL31TRIO4771755982]]. U betaalt vanaf [[d:1 mei 2025]] € 45 per maand terug.

Heeft u vragen? Bel 14 070 of vraag het aan de heer [[p:Doğan]] van het wijkzorgteam.

Met vriendelijke groet,
namens het college, [[p:A.M. Verbeek]], {{r:consulent inkomen}}""",
    """---------- Doorgestuurd bericht ---------
Van: [[p:Nadia El Idrissi]]
Datum: [[d:do 13 mrt 2025]] 16:41
Onderwerp: Fwd: [[p:roos]]

[[p:Sanne]], fyi. Heb met [[p:Roos]] haar post doorgenomen. Er lag een brief van de deurwaarder van [[d:3 februari]] die nog niet open was. Ook een aanmaning van CZ. Ik heb alles gescand en naar [[p:Hoogendoorn]] gestuurd. [[p:Roos]] was blij dat het 'weg' was, maar ze snapt niet dat het nog niet opgelost is.""",
    """Aanmelding Thuisadministratie {{o:Humanitas}}
Naam deelnemer: [[p:Roos Bakker]]
Adres: [[a:Spoorwijkstraat 145]], [[pc:2525ZS]]
Telefoon: [[t:06-23 90 41 17]]
Hulpvraag: post ordenen, brieven begrijpen. Heeft {{r:bewindvoerder}} (mr. [[p:Hoogendoorn]]), dus geen betalingen doen.
Bijzonderheden: licht verstandelijke beperking, {{o:MEE}} betrokken. Houdt van katten (3!). Graag vrijwilliger die geduldig is.
Aanmelder: [[p:Nadia El Idrissi]], [[d:17-3-2025]]
Beste dagen: dinsdag of donderdag na 10 uur. Bereikbaarheid aanmelder: [[t:06 - 55 20 17 83]] of [[e:n.elidrissi@mee-zhn.nl]].""",
    """Onderwerp: gesprek mevrouw [[p:Rasha Al-Hassan]]

Beste [[p:Mo]],

Dank voor je mail. Ik heb vandaag met mevrouw [[p:Al-Hassan]] gesproken op [[a:Jan van Riebeekstraat 41]]. Haar man [[p:Omar]] was er ook. Ze zijn ongerust over [[p:Karam]], maar vinden een psycholoog eng ('dan is hij gek'). We hebben afgesproken dat ik samen met een Arabisch sprekende {{r:ervaringsdeskundige}} van {{o:Stichting MOOI}} terugkom op [[d:26/03]].

Groet, [[p:Sanne]]""",
    """Beste meneer [[p:Mensah]],

Hierbij bevestig ik onze afspraak op [[d:dinsdag 25 maart 2025]] om 13.30 uur. We bespreken dan uw budgetplan en de aanmelding bij de Kredietbank. Neemt u alstublieft mee:
- uw ID-kaart en die van uw vrouw
- de brieven van CJIB en VGZ
- de laatste drie loonstroken
U kunt mij bereiken via [[e:joost.bakker@denhaag.nl]] of [[t:06 51 88 30 42]].

Met vriendelijke groet,
[[p:Joost Bakker]]""",
    """Van: [[p:Ruud Kramer]] <[[e:r.kramer@parnassia.nl]]>
Aan: [[p:Tamara Rosario]]; [[p:Sanne Koster]]
Onderwerp: terugkoppeling huisbezoek [[d:18-03]]

Hoi beiden,

Goed bezoek gehad bij [[p:Errol]]. Hij liet me binnen (!), de woonkamer is vol maar begaanbaar. Geen acuut gevaar. Hij hoort stemmen 'van de buren' en slaapt slecht. Ik stel voor dat de {{r:psychiater}} van ons team meegaat op [[d:1 april]]. Zus [[p:Jackie]] is akkoord.

Groet, [[p:Ruud]]
{{r:SPV}} {{o:Parnassia}} Bemoeizorg""",
    """INCIDENTMELDING
Datum/tijd: [[d:12-03-2025]], 15:10
Locatie: {{o:Servicepunt XL}} {{w:Laak}}, balie
Betrokkene: [[p:Murat Çelik]] (ex-partner van cliënte)
Omschrijving: meneer kwam verhaal halen, wilde weten waar mevrouw [[p:Kaya]] verblijft. Werd luid en sloeg op de balie. Collega [[p:Bas Visser]] heeft hem rustig naar buiten begeleid. Geen informatie gegeven. {{o:Politie}} gebeld (registratienummer [[n:PL1500-2025071234]]).
Melder: [[p:Kerem Doğan]]
Afspraken: balie krijgt instructie (nooit informatie over cliënten geven); [[p:Sanne]] informeert {{o:Veilig Thuis}} onder [[n:VT-2025-04417]]. Nazorg voor de baliemedewerker: gesprek met de {{r:teamleider}} op [[d:13-03-2025]].""",
    """Beste mevrouw [[p:Meijer]],

Mevrouw [[p:Warsame]] verhuist per [[d:1 april]] van [[a:Hoefkade 77-I]] naar [[a:Laakkade 240 B]], [[pc:2521 XZ]]. Zij heeft gevraagd of de borg van haar oude woning (huurcontract [[n:30-402-1187]]) kan worden verrekend. Het rekeningnummer voor terugbetaling is [[i:NL03ABNA1928534039]].

Kunt u ook bevestigen dat de eindinspectie op [[d:31 maart]] is? Mevrouw is dan met haar vier kinderen verhuisd.

Met vriendelijke groet,
[[p:Sanne Koster]], {{r:maatschappelijk werker}}""",
]
# ---------------------------------------------------------------------------
# Register C: dictations transcribed by speech-to-text (raw and half-corrected)
# ---------------------------------------------------------------------------
C = [
    """verslag huisbezoek meneer [[p:boukhari]] punt datum vandaag [[d:vijf maart]] punt aanwezig meneer en mevrouw [[p:boukhari]] en ondergetekende [[p:joost bakker]] punt nieuwe regel meneer vertelt dat de deurwaarder vorige week aan de deur is geweest komma hij heeft de brief niet opengemaakt punt mevrouw zegt dat ze sinds januari geen inkomen meer heeft omdat het contract bij de schoonmaak niet is verlengd punt nieuwe regel afspraak ik neem contact op met eneco over de afsluiting en ik vraag [[p:kerem]] om het noodfonds punt einde verslag""",
    """Dictaat [[d:6 maart]], casus mevrouw [[p:De Wit]]. Mevrouw is bekend met beginnende Alzheimer, diagnose gesteld door de {{r:geriater}} in november. Ik heb vandaag samen met de {{r:wijkverpleegkundige}} [[p:Ingrid Hoop]] een huisbezoek afgelegd op de [[a:Van Musschenbroekstraat 41]] twee hoog. Mevrouw herkende ons niet direct. In de koelkast lagen bedorven producten. Dochter [[p:Ria]], telefoonnummer [[t:06 18 33 92 45]], komt twee keer per week maar woont in Zoetermeer en werkt fulltime. Advies: opschalen thuiszorg en aanmelden dagbesteding. Eh, en de {{r:casemanager dementie}} [[p:Petra]] moet aansluiten.""",
    """ik spreek even in over meneer [[p:martini]] nee [[p:martina]] punt vandaag [[d:dinsdag elf maart]] zijn we voor de derde keer bij hem langs geweest samen met [[p:tamara]] van {{o:parnassia}} punt meneer deed open in zijn ochtendjas komma er kwam een sterke lucht uit de woning punt hij vertelde dat de buren via de radiator naar hem luisteren punt hij wil absoluut geen {{r:huisarts}} punt wel accepteerde hij een tas van de {{o:voedselbank}} punt nieuwe alinea zus [[p:jackie]] heeft gebeld ze heeft zijn medicijnen uit 2019 nog in huis punt vervolg over een week zelfde tijd""",
    """Telefonisch contact gehad met meneer [[p:Nowak]]. Hij belt vanaf een ander nummer namelijk [[t:nul zes acht zeven nul één één twee vier vijf]]. Hij is sinds gisteren uit zijn kamer gezet aan de Rijswijkseweg en slaapt nu in de nachtopvang van het {{o:Leger des Heils}}. Hij vraagt of wij zijn spullen kunnen ophalen, de huisbaas heeft alles in de kelder gezet. Ik heb gezegd dat we dat niet doen maar dat ik {{r:wijkagent}} [[p:Dennis Hoek]] vraag om mee te gaan. Meneer klonk helder, zei dat hij twee dagen niet gedronken had.""",
    """Verslag keukentafelgesprek familie [[p:Jagesar]], [[d:donderdag 6 maart 2025]]. Aanwezig: mevrouw [[p:Shanti Jagesar]], meneer [[p:Ravi Jagesar]], dochter [[p:Anjali]] en ondergetekende [[p:Priya Ramcharan]], {{r:Wmo-adviseur}}. {{r:Stagiaire}} [[p:Lotte]] was aanwezig als toehoorder, met toestemming van mevrouw. Meneer heeft sinds het CVA in november een halfzijdige verlamming rechts. Hij zit in een rolstoel en kan de trap naar de slaapkamer niet meer op. Mevrouw doet alles alleen: wassen, aankleden, medicatie, huishouden. Ze huilt tijdens het gesprek en zegt ik kan niet meer. De dochter werkt in Amsterdam en komt in het weekend. Conclusie: traplift aanvragen, {{r:ergotherapeut}} inschakelen, respijtzorg en ondersteuning via de {{r:mantelzorgconsulent}} van {{o:Zebra}}. Vervolgafspraak over drie weken.""",
    """aanvulling dossier mevrouw [[p:kaja]] vertrouwelijk punt op [[d:donderdag zes maart]] heeft mevrouw mij gebeld vanaf het schoolplein van haar dochter komma ze durfde niet meer naar huis punt haar partner [[p:murat]] had de avond ervoor haar telefoon kapot gegooid en haar bij de keel gegrepen punt ik heb direct {{o:veilig thuis}} gebeld komma de dienstdoende medewerker heeft een plek geregeld in de opvang punt de kinderen [[p:elif]] en [[p:emir]] zijn met haar mee punt aangifte doet ze later komma ze is er nog niet aan toe punt""",
    """Kun je dit even uitwerken als mail naar de dochter van meneer [[p:Jagesar]]. Haar adres is [[e:anjali punt jagesar at hotmail punt nl]]. Tekst: Beste [[p:Anjali]], zoals besproken is de aanvraag voor de traplift verstuurd. De {{r:ergotherapeut}} komt op [[d:maandag zeventien maart]] tussen negen en twaalf. Wil je zorgen dat iemand thuis is om open te doen. Groet [[p:Priya]]. Einde dictaat.""",
    """Rapportage [[p:Yodit Tesfay]], geboren [[d:1 januari 1996]], BSN [[b:608329034]]. Vandaag met tolk [[p:Mehari]] de formulieren voor het inrichtingskrediet ingevuld. Mevrouw woont sinds eind februari op [[a:Laakweg 131-2]], de woning is kaal, ze slaapt met haar zoontje op een matras. Ze is zeven maanden zwanger. Ik heb haar aangemeld bij de {{r:verloskundige}} en bij het {{o:CJG}} voor na de bevalling. {{o:Vluchtelingenwerk}} is niet meer betrokken omdat de begeleiding na 18 maanden is gestopt. Mevrouw is veerkrachtig maar erg alleen. Volgende afspraak [[d:vrijdag 21 maart]].""",
    """uitwerking gesprek [[p:Mensah]] nieuwe regel meneer heeft twee bankrekeningen namelijk [[i:NL89 INGB 3592 7954 83]] voor het loon en een bunq rekening [[i:NL74 BUNQ 4156 4861 75]] voor zijn handeltje in telefoonhoesjes punt ik heb uitgelegd dat ook die inkomsten meetellen voor de schuldhulp punt hij schrok daarvan punt mevrouw [[p:Abena]] zei dat het maar een paar tientjes per maand is punt nieuwe regel vervolg budgetplan bespreken op [[d:25 maart]]""",
    """Dictaat mevrouw [[p:Sjang]], sorry, [[p:Zhang]], [[p:Z H A N G]]. Mevrouw is 73 en woont alleen op de [[a:Herman Costerstraat 88-1]]. Haar man is vorig jaar overleden. Ze kookt niet meer en eet vooral brood en soep uit blik. Kleindochter [[p:Lily]] komt na school en helpt met de post. Mevrouw spreekt Kantonees en een beetje Nederlands. Ik heb gevraagd of ze naar de Chinese ouderensoos in {{w:Transvaal}} wil, daar reageerde ze positief op. Afspraak: [[p:Bas]] van {{o:Zebra}} neemt contact op met de soos.""",
    """verslag huisbezoek meneer [[p:rahimi]] [[a:goeverneurlaan 519-3]] datum [[d:elf maart]] aanwezig meneer [[p:rahimi]] tolk dari via de telefoon en [[p:bas visser]] {{r:ouderenconsulent}} punt meneer is 67 jaar woont alleen sinds zijn vrouw is overleden in 2021 punt zoon [[p:farid]] woont in {{w:Ypenburg}} en komt eens per twee weken punt meneer zegt ik praat met niemand punt hij gaat wel vrijdag naar de moskee punt aanmelding maatjesproject {{o:humanitas}} besproken hij wil dat graag""",
    """Notitie [[p:Roos Bakker]]. [[p:Roos]] belde vanochtend in paniek. Er zat een brief in de bus met ontruiming erop. Ze dacht dat ze vandaag uit huis moest. Ik heb haar gerustgesteld en gezegd dat ik vanmiddag langskom. Eh. Met [[p:Nadia]] afgesproken dat zij [[p:Hoogendoorn]] belt. Haar zoon [[p:Kevin]] was ook thuis, die was nogal boos op de bewindvoering. Hij zei, ik citeer, die man steelt ons geld. Aandachtspunt: [[p:Kevin]] is 22 en staat niet op het huurcontract, maar woont er wel.""",
    """Gesprek mevrouw [[p:Hodan Abdi Warsame]] in het bijzijn van een Somalische tolk. Mevrouw verhuist op [[d:1 april]] naar [[a:Laakkade 240 B]], postcode [[pc:2521 XZ]]. De nieuwe woning is groter, ze heeft vier kinderen tussen de drie en veertien jaar. Ze is gedupeerd in de toeslagenaffaire en wacht op de uitkomst van de integrale beoordeling. Ze is bang dat haar schulden meeverhuizen. Ik heb uitgelegd dat de verhuizing niets verandert aan haar dossier bij {{o:UHT}}. Volgende afspraak samen met de {{r:sociaal raadsvrouw}}.""",
    """oke dit is voor het dossier van meneer [[p:popescu ionut]] punt hij is 33 jaar komt uit roemenië uit de buurt van iasi punt werkte sinds september via een uitzendbureau in het westland in een kas punt hij woont met ongeveer tien man in [[a:vlietstraat 58]] punt hij betaalt vierhonderdvijftig euro per maand voor een bed punt zijn loon van februari is niet betaald punt hij heeft een telefoonnummer uit roemenië [[t:plus 40 745 118 320]] punt met {{o:fairwork}} afgesproken dat zij een gesprek voeren met hem en meneer [[p:petrov]] samen punt hij heeft toestemming gegeven""",
    """Verslag telefonisch contact met de kleinzoon van mevrouw [[p:Lopez Tavarez]] — correctie: [[p:Lopes Tavares]]. De kleinzoon, [[p:Nelson]], vertelt dat zijn oma steeds meer pijn heeft aan haar knieën en niet meer kan stofzuigen. De huishoudelijke hulp komt twee uur per week. Hij vraagt om uitbreiding. Ik heb uitgelegd dat de indicatie op [[d:31 maart]] afloopt en dat er een herindicatiegesprek komt. [[p:Nelson]] is bereikbaar op [[t:06 - 19 73 44 08]].""",
    """wondverzorging mevrouw [[p:jildiz]] punt de wond is bijna dicht punt glucose vanochtend 9 komma 4 punt mevrouw had de avond ervoor gevast en pas na zonsondergang gegeten punt ik heb met dochter [[p:zeynep]] besproken om tijdens de ramadan de {{r:huisarts}} te vragen om aanpassing van het schema punt brief gaat vandaag naar dokter [[p:van der heijden]] punt volgende controle [[d:donderdag dertien maart]]""",
    """Huisbezoek meneer [[p:Koster]], [[d:11 maart 2025]], samen met [[p:Erik lam]] van {{o:Haag Wonen}}. Meneer deed na tien minuten open. De woning staat vol met kranten, plastic tassen en flessen. In de keuken kakkerlakken. Meneer zegt dat hij alles nog nodig heeft. Hij was vroeger conciërge op een school en is sinds zijn pensioen alleen. Geen kinderen. Hij wilde wel praten over zijn tijd bij de marine. Afspraak: {{o:GGD}} inschakelen voor een hygiënebeoordeling, volgende week komen we terug. Meneer vroeg of de vrouw van de koffie ook mag komen, hij bedoelde [[p:Tamara]], die hij kent van de buurman.""",
    """ik dicteer even over [[p:jaden pinas]] nee [[p:jayden]] met een y punt jongen van twintig punt moeder [[p:gloria]] heeft hem eind januari het huis uit gezet na ruzie over blowen punt hij slaapt bij vrienden in {{w:moerwijk}} en soms in de trein punt hij is uitgeschreven uit de brp dus geen uitkering punt [[p:mo]] van het jongerenwerk heeft contact met hem via snapchat punt actie briefadres aanvragen en overdracht naar {{o:swt escamp}} punt""",
    """Verslag huisbezoek familie [[p:Al-Hassan]], [[a:Jan van Riebeekstraat 41]], [[d:18 maart]]. Aanwezig: mevrouw [[p:Rasha Al-Hassan]], meneer [[p:Omar Al-Hassan]], {{r:ervaringsdeskundige}} [[p:Lina]] van {{o:Stichting MOOI}} en ondergetekende. Het gezin komt uit Aleppo en woont sinds 2017 in Den Haag. [[p:Karam]] was niet thuis. Moeder vertelt dat hij 's nachts schreeuwt in zijn slaap. [[p:Lina]] vertelde over haar eigen broer en hoe therapie hem heeft geholpen. Dat maakte indruk. Vader wil eerst met de imam praten. We spreken af dat [[p:Mo]] [[p:Karam]] vraagt om mee te gaan naar een informatieavond.""",
    """Dictaat verslag bijeenkomst pilotgroep, [[d:woensdag 12 maart]]. Aanwezig vanuit ons team [[p:Sanne]] en [[p:Tamara]], verder collega's uit {{w:Mariahoeve}}, {{w:Transvaal}} en {{w:Escamp}}. Thema bemoeizorg. [[p:Femke Dekker]] uit {{w:Mariahoeve}} vertelde over hun samenwerking met de {{r:wijkagent}}. De vraag was hoe je een zorgmijder bereikt zonder dat het voelt als controle. Ons voorbeeld van de koffie op de stoep werd goed ontvangen. Afspraak: [[p:Tamara]] schrijft het uit als casusles voor het platform, geanonimiseerd natuurlijk. Volgende bijeenkomst in april, expertmeeting.""",
    """Notitie [[p:Petra de Bruin]]. Mevrouw [[p:de Wit]] is vandaag [[d:14 maart]] opgenomen voor logeeropvang in het verpleeghuis in {{w:Bouwlust}}. Dochter [[p:Ria]] heeft haar gebracht. Mevrouw was onrustig en vroeg steeds naar [[p:Kees]], haar overleden man. Het team daar is op de hoogte van haar gewoontes, ze drinkt om vier uur een sherry. Indicatie WLZ wordt aangevraagd via het {{o:CIZ}}, BSN [[b:981514236]], geboren [[d:14 februari 1941]].""",
    """zo even inspreken voor overdracht naar [[p:wendy]] punt meneer [[p:jagesar]] [[p:ravi]] decubitus plek op de stuit graad een punt wisselligging uitleggen aan mevrouw punt mevrouw is erg moe punt zij vraagt of er iemand 's ochtends kan helpen met wassen punt zorgindicatie aanpassen ik heb al met [[p:priya]] gebeld punt adres [[a:van zeggelenplein 9 huis]] bel werkt niet even kloppen op het raam""",
    """Memo: telefoontje van de heer [[p:P. Hoogendoorn]], {{r:bewindvoerder}} van mevrouw [[p:Bakker]]. Hij zegt dat de huur wél is betaald, maar op een oud rekeningnummer van {{o:Staedion}}. Het geld staat dus ergens. Hij zoekt het uit met de incasso-afdeling en vraagt ons om mevrouw gerust te stellen. Hij is bereikbaar op [[t:070 - 711 52 90]], niet op maandag. Ik heb [[p:Roos]] direct gebeld, ze zei alleen: dus ik hoef niet weg? Nee [[p:Roos]], je hoeft niet weg.""",
    """incident [[p:murat celik]] punt [[d:woensdag twaalf maart]] rond kwart over drie kwam meneer binnen bij de balie van het servicepunt punt hij vroeg naar zijn vrouw en kinderen en werd steeds bozer punt collega [[p:bas]] heeft hem naar buiten begeleid punt {{o:politie}} is gebeld punt er is niets gezegd over de verblijfplaats punt ik ga ervan uit dat dit ook bij {{o:veilig thuis}} gemeld wordt door [[p:sanne]] punt graag in het dossier [[n:VT 2025 04417]] zetten""",
    """Tweede bezoek bij meneer [[p:Martina]], samen met [[p:Ruud Kramer]] van de bemoeizorg. Datum [[d:achttien maart]]. Meneer liet ons binnen. De woonkamer staat vol maar je kunt er lopen. Hij hoort stemmen, zegt hij, van de buren van [[a:Fruitweg 25]] die hem willen vergiftigen. Hij eet alleen uit blik. [[p:Ruud]] heeft gevraagd of hij een keer met de {{r:psychiater}} wil praten, meneer zei misschien. Dat is winst. Zus [[p:Jacqueline]] heeft telefoonnummer [[t:06 44 18 22 90]] en wil op de hoogte blijven.""",
    """telefoongesprek met mevrouw [[p:gloria pinas]] de moeder van [[p:jayden]] punt ze belt vanaf haar werk [[t:070 4 40 18 63]] punt ze zegt dat [[p:jayden]] terug mag komen als hij stopt met blowen en een baan zoekt punt ze heeft zelf ook schulden en kan hem niet onderhouden punt haar adres is nog steeds [[a:moerweg 211]] punt ik heb verteld dat het dossier overgaat naar escamp punt zij vond dat prima""",
    """Oké, dictaat intake nieuwe cliënt. Mevrouw [[p:Grace Owusu]], 44 jaar, uit Ghana, via de kerk van meneer [[p:Mensah]] bij ons gekomen. Zij woont met haar dochter [[p:Efua]] van zestien op een kamer bij een hospita aan de [[a:Delftselaan 39]]. Ze heeft geen verblijfsvergunning meer sinds haar man vertrok. Mevrouw werkt zwart als schoonmaakster. Haar telefoonnummer is [[t:06 87 45 12 09]]. Ik heb haar doorverwezen naar het {{o:Juridisch Loket}} en naar {{o:Stichting LOS}}. [[p:Efua]] gaat naar school, via het {{o:CJG}} kijken of daar ondersteuning nodig is.""",
    """aanvulling [[d:13 maart]] meneer [[p:mensah]] heeft gebeld punt de noodfondsaanvraag van [[p:boukhari]] nee wacht dat is een andere casus punt sorry opnieuw punt meneer [[p:mensah]] heeft gebeld dat zijn vrouw een baan heeft gevonden bij de thuiszorg voor twintig uur punt dat verandert het budgetplan punt [[p:joost]] op de hoogte brengen punt haar salaris komt op haar eigen rekening [[i:NL36INGB4659819426]] punt afspraak blijft [[d:vijfentwintig maart]]""",
    """Kort verslag gesprek met [[p:Kevin Bakker]], zoon van [[p:Roos]]. [[p:Kevin]] is 22 en woont bij zijn moeder op [[a:Spoorwijkstraat 145]]. Hij heeft geen werk en geen inkomen, hij is ooit uitgeschreven bij de {{o:Sociale Dienst}} omdat hij afspraken miste. Hij zorgt wel voor zijn moeder: boodschappen, de katten, de afwas. Hij wil graag een opleiding tot heftruckchauffeur. Ik heb hem doorverwezen naar het {{o:Werkgeversservicepunt}}. Hij gaf zijn nummer [[t:06 - 33 21 47 56]] en mailadres [[e:kevinbakker03@gmail.com]].""",
    """dictaat [[p:stoyan petrov]] punt de woning aan de vlietstraat is vandaag gecontroleerd door de gemeente punt er woonden elf personen punt de eigenaar krijgt een boete punt voor meneer [[p:petrov]] betekent dit dat hij binnen een maand weg moet punt hij heeft inmiddels een bsn [[b:305 230 220]] punt zijn vrouw komt in april punt opties besproken pensionkamer via het uitzendbureau of terug naar bulgarije punt hij twijfelt""",
    """Notitie bij casus [[p:Yodit]]. De {{r:verloskundige}} belde: mevrouw heeft een verhoogde bloeddruk. Rust is belangrijk. Maar de woning op [[a:Laakweg 131-2]] heeft nog geen bed en ze sjouwt boodschappen met haar zoon op de arm. Ik vraag [[p:Kerem]] of het inrichtingskrediet versneld kan. Daarnaast gevraagd aan de kerkgemeenschap of er iemand kan helpen. Kraamzorg is aangevraagd bij {{o:Kraamzorg Haaglanden}}, uitgerekende datum [[d:2 juni]].""",
    """verslag [[p:karam]] [[p:al hassan]] punt eindelijk gesproken samen met [[p:mo]] in de sporthal punt hij is 19 zit niet op school en werkt niet punt hij vertelde over aleppo over de bombardementen en dat hij zijn vriend heeft zien sterven punt hij wil geen medicijnen maar wel praten met iemand die arabisch spreekt punt ik meld hem aan bij {{o:i-psy}} punt toestemming gekregen punt geboortedatum [[d:22 mei 2005]]""",
    """Dictaat voor verslag schoonmaakactie meneer [[p:Koster]]. Vandaag, [[d:19 maart]], is met toestemming van meneer de woning op [[a:Van Musschenbroekstraat 118]] gedeeltelijk opgeruimd. Aanwezig: [[p:Sanne Koster]], [[p:Erik Lam]], twee medewerkers van de {{o:GGD}} en een ploeg van de {{o:Kessler Stichting}}. Meneer mocht zelf bepalen wat weg mocht. Veertig zakken afval, de kranten mocht hij houden. Hij was moe maar tevreden. Hij zei: het is weer mijn huis. Buurman [[p:Roos]] bracht koffie. Afspraak: wekelijks bezoek van een vrijwilliger.""",
    """[[p:zeynep]] de dochter van mevrouw [[p:yildiz]] belde punt haar moeder heeft gisteravond een hypo gehad en is gevallen in de badkamer punt geen letsel punt [[p:zeynep]] wil dat er een alarmknop komt punt ik regel dat via de wmo [[p:priya]] vragen punt [[p:zeynep]] is bereikbaar op [[t:06 12 93 40 87]] punt mevrouw woont op [[a:laakweg 14]] eerste etage""",
    """Graag uitwerken als brief. Aan mevrouw [[p:R. van Leeuwen-de Wit]], [[a:Dorpsstraat 17]], [[pc:2712 AE]] Zoetermeer. Beste mevrouw [[p:Van Leeuwen]], komma, hierbij ontvangt u het verslag van ons gesprek op [[d:vijftien maart]] over de opname van uw moeder. Het {{o:CIZ}} heeft de aanvraag ontvangen onder nummer [[n:CIZ-25-0098412]]. Zodra er een besluit is, hoort u dat van ons. Met vriendelijke groet, [[p:Petra de Bruin]]. Einde.""",
    """Kort, over de maaltijden van mevrouw [[p:Mei]]. Eh, mevrouw [[p:Zhang]] bedoel ik, ze heet [[p:Zhang Mei]]. De maaltijdservice start op [[d:maandag 24 maart]]. Ze krijgt vijf dagen per week een warme maaltijd. Kleindochter [[p:Lily]] heeft de aanmelding gedaan met haar eigen e-mailadres. Mevrouw wil in mei graag mee op de busreis van de ouderensoos, dat vind ik een goed teken.""",
    """Verslag kennismaking maatje bij meneer [[p:Rahimi]]. [[d:Woensdag 19 maart]], aanwezig [[p:Gerda Blom]] van {{o:Humanitas}}, meneer [[p:Rahimi]] en ikzelf. [[p:Gerda]] had een schaakbord meegenomen. Meneer won twee keer en lachte voor het eerst sinds ik hem ken. Ze spreken af elke woensdag te gaan wandelen in het Zuiderpark. Zoon [[p:Farid]] heeft gebeld om te bedanken. Einde verslag, [[p:Bas]].""",
    """[[p:boukhari]] update punt het noodfonds heeft op [[d:veertien maart]] de energieschuld overgenomen punt de afsluiting gaat niet door punt meneer was opgelucht punt mevrouw [[p:samira]] wil zelf ook aan het werk punt ik verwijs haar naar het {{o:werkgeversservicepunt}} punt [[p:ilias]] is in beeld bij het {{o:cjg}} punt afspraak met [[p:joost]] en de deurwaarder op [[d:26 maart]]""",
    """Telefonische intake, [[d:20 maart 2025]]. Meneer [[p:Piotr Zieliński]], 52, woont op [[a:Rijswijkseweg 412-B]], [[pc:2516 HW]]. Hij belt op advies van zijn {{r:huisarts}}. Hij heeft een rughernia en kan niet meer werken in de bouw. Zijn werkgever heeft hem ontslagen. Hij heeft geen WW aangevraagd omdat hij dacht dat dat niet kon als buitenlander. Hij spreekt redelijk Nederlands. BSN [[b:156704602]]. Afspraak voor een gesprek op [[d:dinsdag 25 maart]] op het {{o:Servicepunt XL}}.""",
    """notitie [[p:nadia]] voor het dossier punt [[p:roos]] heeft vandaag haar post met de vrijwilliger van {{o:humanitas}} gedaan punt het ging goed punt de vrijwilliger heet [[p:henny]] en komt elke donderdag punt [[p:roos]] vroeg of [[p:henny]] ook haar katten mag aaien punt ja dus punt verder niks bijzonders punt [[p:henny]] haar nummer voor de planning is [[t:06 11 84 72 30]]""",
    """ik spreek even in over de evaluatie respijtzorg bij [[p:jagesar]] punt mevrouw [[p:shanti]] heeft het eerste logeerweekend voor haar man gehad in het zorghotel punt ze heeft twee nachten doorgeslapen punt ze zegt ik voelde me schuldig maar ook blij punt meneer [[p:ravi]] vond het eten niet lekker maar wil wel weer punt volgende keer het weekend van [[d:12 april]] punt de rekening gaat via de wmo dossier [[n:Wmo-2025-118347]]""",
    """Dictaat overdracht [[p:Sanne]] aan [[p:Nadia]] tijdens vakantie. Let op mevrouw [[p:Warsame]], verhuist [[d:1 april]]. Verhuisdozen komen via de {{o:Kringloop}}. Mevrouw [[p:Kaya]]: alleen contact via [[p:Marjolein]] van {{o:Veilig Thuis}}, nooit zelf het adres noemen aan de telefoon. Meneer [[p:Koster]]: elke dinsdag even aanbellen. En [[p:Rasha]], de moeder van [[p:Karam]], kan bellen over de aanmelding, haar nummer is [[t:06 48 80 23 61]].""",
]
# ---------------------------------------------------------------------------
# Register D: case lessons and discussion threads on the knowledge platform
# ---------------------------------------------------------------------------
D = [
    """CASUSLES – Koffie op de stoep (thema: bemoeizorg)
Geplaatst door [[p:Tamara Rosario]] · {{r:GGZ-consulent}} · {{o:SWT Laak}} · [[d:14-03-2025]]

Situatie: een man van 58, alleenwonend in {{w:Laakkwartier}}, laat al maanden niemand binnen. Buren melden stank, de {{r:huisarts}} heeft hem in jaren niet gezien. Eerdere pogingen via brieven en de {{r:wijkagent}} liepen op niets uit.
Aanpak: elke dinsdag op hetzelfde tijdstip aanbellen, met twee bekers koffie. Niet binnen willen komen, niets vragen. Na drie weken deed hij open en dronken we koffie op de stoep. Zijn zus ([[p:Jackie]]) hielp door hem te vertellen dat ik 'te vertrouwen' was.
Les: voorspelbaarheid werkt beter dan urgentie. En: noteer wat je belooft, en kom het na.""",
    """Reactie van [[p:Femke Dekker]] ({{o:SWT Mariahoeve}}) · [[d:14 maart 2025]] 16:02
Herkenbaar! Wij hadden vorig jaar een vergelijkbare meneer aan de [[a:Ramen 14]]. Daar werkte het juist om de {{r:wijkagent}} mee te nemen, omdat meneer vroeger bij de marechaussee had gezeten en uniform vertrouwde. Dus misschien: kijk wie de persoon zelf vertrouwt, niet wie wij handig vinden. Meneer [[p:van Veen]] woont nu trouwens in een beschermde woonvorm en het gaat goed.""",
    """Reactie van [[p:Hüseyin Aksoy]] · {{r:casusregisseur}} {{o:SWT Transvaal}}
@[[p:Tamara]] mooie les. Vraag: hoe ga je om met de toestemmingsverklaring als iemand niks wil tekenen? Bij ons loopt het dan vast, want we mogen zonder handtekening niet met de {{r:huisarts}} overleggen. Zijn er teams die daar een werkwijze voor hebben? Wij zitten nu met een meneer aan de [[a:Kempstraat 102]] die sinds [[d:3 februari]] de deur niet meer opendoet.""",
    """Reactie van [[p:Tamara Rosario]]
@[[p:Hüseyin]] Bij bemoeizorg werken wij met de route via het {{o:Meldpunt Zorg en Overlast}}: de melding geeft een grondslag om beperkt informatie te delen. Voor alles daarbuiten vragen we mondelinge toestemming en leggen dat vast (datum, wie erbij was). Bij onze meneer hebben we dat op [[d:11 maart]] gedaan, met zijn zus erbij. Ik kan je het format sturen: [[e:t.rosario@parnassia.nl]].""",
    """CASUSLES – Van beslag naar noodfonds (thema: schulden)
Auteur: [[p:Joost Bakker]], {{r:schuldhulpverlener}}

Een gezin met twee kinderen kreeg een aankondiging van afsluiting van gas en licht, terwijl er al loonbeslag lag. Vader had de brieven niet geopend ('dan bestaat het niet'). Omdat de beslagvrije voet verkeerd was berekend (inkomen van moeder werd meegeteld, terwijl zij sinds [[d:1 januari 2025]] niets meer verdiende), hield het gezin te weinig over.
Wat werkte: een machtiging laten tekenen bij het eerste huisbezoek, zodat ik zelf kon bellen met de energieleverancier en de deurwaarder. Het noodfonds nam de energieschuld over binnen 9 dagen.
Tip: zet het kenmerk van de deurwaarder (bij ons [[n:DW-2024-77391]]) meteen in je dossier, dan hoef je niet te zoeken.""",
    """Vraag van [[p:Mo Ait Bari]] ({{r:jongerenwerker}}, {{o:Xtra}})
Onderwerp: briefadres voor jongeren van 18-23

Wie heeft ervaring met het aanvragen van een briefadres voor een jongere die bij vrienden 'bankhangt'? Mijn jongere (20, iedereen in {{w:Moerwijk}} kent hem als [[p:Jayjay]]) is uitgeschreven en krijgt dus geen uitkering en geen zorgverzekering. Moeder wil hem niet inschrijven. Moet dat via het {{o:Jongerenloket}} of via de {{o:Kessler Stichting}}? 👍 4 · 💬 3""",
    """Reactie van [[p:Marieke Zwart]] · {{o:SWT Escamp}} · [[d:17-03-2025]]
@[[p:Mo]] via het {{o:Jongerenloket}} gaat het sneller, zij kunnen een briefadres bij de {{o:Kessler Stichting}} regelen. Wel moet hij zelf langskomen met ID. Stuur hem maar naar mij als hij in {{w:Escamp}} verblijft, dan neem ik het over: [[t:06-24 55 73 81]]. PS: ik zie in de overdracht al een [[p:Jayden Pinas]] staan, is dat dezelfde?""",
    """CASUSLES – Als de mantelzorger omvalt (thema: ouderen)
[[p:Priya Ramcharan]] · {{r:Wmo-adviseur}} · [[d:20 maart 2025]]

Een vrouw van 61 zorgt sinds een beroerte alleen voor haar man (66). Ze woont op de eerste verdieping zonder lift. Bij het keukentafelgesprek huilde ze; de dochter wist niet hoe zwaar het was.
Wat we deden: traplift aangevraagd, {{r:ergotherapeut}} ingeschakeld, en binnen twee weken een logeerweekend in een zorghotel. Het logeren was het belangrijkst: [[p:Shanti]] (de mantelzorger) sliep voor het eerst in maanden door.
Les: vraag bij elke Wmo-aanvraag ook naar de mantelzorger, en gebruik een belastingmeter (wij gebruiken de EDIZ).""",
    """CASUSLES – Een adres dat niemand mag weten (thema: huiselijk geweld)
Door [[p:Sanne Koster]], {{r:maatschappelijk werker}} {{o:SWT Laak}}
[[d:17 mrt 2025]] · 👍 21

Een moeder van twee vluchtte na geweld naar de opvang. Een week later stond haar ex-partner aan de balie van het {{o:Servicepunt XL}} om te vragen waar zij was. Collega's gaven geen informatie, maar hij wist wel dat zij 'bij ons' bekend was, omdat ze in de wachtruimte was gezien.
Lessen:
1. Spreek met de hele balie af wat je zegt bij vragen naar een cliënt (niets, ook niet 'die ken ik niet').
2. Leg geen opvangadres vast in het gedeelde dossier; houd contact via {{o:Veilig Thuis}} ([[n:VT-2025-04417]]).
3. Vergeet de kinderen niet: [[p:Elif]] en haar broertje missen hun school.""",
    """Reactie van [[p:Kerem Doğan]] · [[d:18-3-2025]]
Goede les, [[p:Sanne]]. Aanvulling: bij het incident op [[d:12 maart]] heeft de {{o:politie}} meneer alleen een waarschuwing gegeven. Ik zou in de les nog opnemen dat je altijd een incidentmelding maakt, ook als er 'niks' gebeurd is. Dat helpt later bij een contactverbod. Het incident staat bij de politie onder [[n:PL1500-2025071234]]; dat nummer heb je nodig als de advocaat van mevrouw erom vraagt.""",
    """CASUSLES – Post is eng (thema: LVB en financiën)
[[p:Nadia El Idrissi]], {{r:MEE-consulent}}
Geplaatst op [[d:13-03-2025]]

[[p:Roos]] (47, naam gewijzigd) heeft een licht verstandelijke beperking en een {{r:bewindvoerder}}. Toch kreeg ze een aanzegging tot ontruiming. Oorzaak: de huur werd overgemaakt naar een oud rekeningnummer van de corporatie. Niemand merkte het, omdat [[p:Roos]] alle post ongeopend in een la legde.
Aanpak: samen post openen (ze koos zelf de schaar), foto's maken van elke brief en doorsturen naar de bewindvoerder. Een vrijwilliger van {{o:Humanitas}} komt nu wekelijks.
Les: een bewindvoerder lost het geld op, niet de angst voor brieven.""",
    """CASUSLES – Tien bedden in één huis (thema: arbeidsmigranten)
[[p:K. Doğan]], {{r:casusregisseur}} · [[d:19 maart 2025]]

In een eengezinswoning aan de [[a:Vlietstraat 58]] woonden elf mannen uit Roemenië en Bulgarije, elk € 450 per bed. Twee van hen kwamen bij ons na loonfraude van een uitzendbureau. Een van hen had geen BSN en dus geen zorgverzekering.
Wat werkte: direct {{o:FairWork}} erbij, RNI-inschrijving via het loket voor internationals, en een melding bij de afdeling Handhaving. Wat niet werkte: verwachten dat zij zelf naar de gemeente gaan – ze waren bang hun bed te verliezen.
Contact voor collega's met vergelijkbare casussen: [[e:kerem.dogan@denhaag.nl]].""",
    """Reactie van [[p:Ilona Kowalska]] ({{r:Poolse consulent}}, {{o:SWT Escamp}})
Heel herkenbaar. In {{w:Escamp}} zien we dit vooral rond de Loosduinseweg. Een tip: veel mannen zijn beter bereikbaar via Facebookgroepen in hun eigen taal dan via brieven. Ik help graag als er Poolse cliënten zijn. Een van mijn cliënten, meneer [[p:Wiśniewski]], had precies hetzelfde verhaal; hij woonde op [[a:Loosduinseweg 617-A]] met negen anderen.""",
    """CASUSLES – Een leeg huis is geen thuis (thema: statushouders)
Gepost door [[p:Kerem]] op [[d:21/03/2025]]

Een jonge vrouw uit Eritrea kreeg een woning toegewezen, maar had geen geld voor inrichting. Ze sliep zwanger op een matras met haar zoontje. De aanvraag inrichtingskrediet duurde ruim drie weken, omdat de BRP-inschrijving achterliep.
Les 1: vraag bij sleuteloverdracht meteen de inschrijving aan, niet pas bij de aanvraag.
Les 2: zorg voor een tolk die de vrouw vertrouwt. Onze tolk, [[p:Mehari]], kende de familie van mevrouw niet – dat was voor haar juist belangrijk.
Les 3: kerken en moskeeën in de wijk helpen vaak sneller dan wij.""",
    """CASUSLES – Sherry om vier uur (thema: dementie)
[[p:Petra de Bruin]] · {{r:casemanager dementie}} · {{o:HWW zorg}}

Een vrouw van 84 in {{w:Laakkwartier}} werd 's nachts op straat gevonden door de {{o:politie}}. Haar dochter woonde in Zoetermeer en wilde haar moeder thuis laten wonen zolang het kon.
Wat we leerden: vraag naar de gewoontes van iemand vóór een opname. Dat mevrouw om vier uur een sherry dronk en haar overleden man [[p:Kees]] 'dag' zei bij het raam, bleek in het verpleeghuis het verschil te maken tussen onrust en rust.
Vanaf [[d:24 maart]] woont ze daar vast. Dochter [[p:Ria]] heeft dit verhaal gelezen en gaf toestemming.""",
    """CASUSLES – Veertig zakken en een krantenarchief (thema: vervuiling)
[[p:Sanne Koster]] · [[d:20-03-2025]]

Meneer (71) woonde tien jaar alleen in een steeds vollere woning aan de [[a:Van Musschenbroekstraat 118]]. Buren belden de corporatie, de corporatie belde ons. Een gedwongen ontruiming lag op tafel.
Wat werkte:
- de buurman ([[p:Gerrit]]) bleek de enige die meneer vertrouwde;
- meneer mocht zelf kiezen wat bleef (de kranten) en wat weg ging;
- {{o:Haag Wonen}}, {{o:GGD}} en {{o:Kessler Stichting}} kwamen samen, op één dag.
Op de vensterbank stond nog een verdroogde roos van zijn moeder, die mocht blijven staan.
Les: eigen regie is ook hier het uitgangspunt, zelfs als het huis stinkt.""",
    """Reactie van [[p:Youssef Amrani]] · {{o:SWT Schilderswijk}}
@[[p:Sanne]] Mag ik vragen hoe jullie de kosten van de schoonmaak hebben geregeld? Bij ons moest meneer [[p:Benali]] ([[a:Hoefkade 198]]) de rekening zelf betalen en dat heeft alles teruggedraaid: hij voelde zich gestraft. Hij zit nu bij de {{o:Schuldhulpverlening}}. De rekening was € 2.300 en kwam op [[d:2 januari]] binnen. Daarna heeft hij zes weken niet opengedaan.""",
    """Reactie van [[p:Sanne Koster]]
@[[p:Youssef]] Bij ons betaalde de corporatie de eerste schoonmaak, omdat het een onderhoudsrisico was. Dat hebben we vooraf met [[p:Erik]] ({{r:woonconsulent}}) afgesproken. Bel me gerust, [[t:06 41 27 88 03]]. Het was wel een uitzondering; bij een tweede keer betaalt meneer mee via een regeling.""",
    """CASUSLES – Een maatje dat kan schaken (thema: eenzaamheid)
[[p:Bas Visser]], {{r:ouderenconsulent}} {{o:Zebra Welzijn}}
Geplaatst [[d:20-3-'25]]

Een Afghaanse man van 67 woonde sinds de dood van zijn vrouw alleen. Hij sprak weinig Nederlands en zei: 'Ik praat met niemand.' Zijn zoon woont in {{w:Ypenburg}} en heeft het druk.
We zochten een maatje via {{o:Humanitas}}. Niet op taal gematcht, maar op hobby: schaken. Na de eerste ontmoeting op [[d:19 maart]] belde zijn zoon om te bedanken.
Les: match op wat iemand graag doet, niet (alleen) op wat iemand mist.""",
    """CASUSLES – Herstel dat stress geeft (thema: toeslagen)
Geschreven door [[p:Sanne Koster]] en [[p:Nadia El Idrissi]]
[[d:vrijdag 14 maart]]

Een moeder van vier, gedupeerde van de toeslagenaffaire, kreeg brieven over herstel die ze niet begreep. Elke brief gaf paniek, omdat ze dacht dat ze weer moest terugbetalen. Kenmerk van haar dossier: [[n:HT-2024-0098813]] (sorry, dit had ik eruit moeten halen – [[p:Sanne]]).
Wat werkte: één vast contactpersoon, de {{o:Sociaal Raadslieden}} erbij, en een Somalische tolk bij elk gesprek.
Les: bij herstel gaat het om vertrouwen in de overheid. Beloof niks wat je niet kunt waarmaken.""",
    """AANKONDIGING – Expertmeeting pilot 'Samen werken in het sociale domein'
Door [[p:Wouter de Jong]] ({{r:facilitator}}, gemeente Den Haag)

Op [[d:donderdag 17 april]] is de expertmeeting van de pilot. We bespreken de vier thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg. Wil je een casusles inbrengen? Plaats hem vóór [[d:4 april]] op het platform en tag hem met het thema. Vragen kun je mailen naar [[e:w.dejong@denhaag.nl]] of stellen aan [[p:Anneke Vos]] van {{o:CAOP}}.""",
    """Vraag: mag een BSN in een casusles?
[[p:Lotte de Graaf]] · {{r:stagiaire}} {{o:SWT Laak}}

Ik schrijf voor mijn opleiding een casusles over een cliënt die geen BSN had (arbeidsmigrant) en nu wel. Mag ik het nummer noemen om te laten zien hoe het eruit ziet? Het is [[b:305230220]]. Of is dat niet handig? Mijn docent zegt dat het mag als ik erbij zet 'alleen voor intern gebruik', maar dat voelt raar. Inleveren moet op [[d:4 april]].""",
    """Reactie van [[p:Linda Groen]] · {{r:privacyfunctionaris}} gemeente Den Haag
@[[p:Lotte]] Nee, een BSN hoort nooit in een casusles, ook niet als voorbeeld. Ik heb je bericht laten aanpassen. Algemene regel: geen namen, geen adressen, geen geboortedata, geen nummers. Wel: leeftijd, wijk, welke organisaties betrokken waren, wat werkte. Twijfel je, mail dan [[e:privacy@denhaag.nl]]. Let ook op combinaties: 'een Syrische jongen van 19 uit {{w:Laakkwartier}} die op [[d:18 maart]] met zijn moeder bij ons was' is voor buren al herkenbaar.""",
    """CASUSLES – Vasten en insuline (thema: ouderen / gezondheid)
[[p:Ingrid Hoop]], {{r:wijkverpleegkundige}} {{o:Florence}}
Geplaatst op [[d:15/03/2025]]

Een vrouw van 63 met diabetes type 2 wilde tijdens de ramadan vasten. Zij zei dat niet tegen de {{r:huisarts}}, wel tegen haar dochter. Na een hypo en een val in de badkamer belde de dochter ([[p:Zeynep]]) ons.
Wat werkte: samen met de dochter en de {{r:huisarts}} het schema aanpassen in plaats van het vasten af te raden. Een alarmknop via de Wmo.
Les: vraag actief naar geloof en gewoontes, ook bij zorg die 'medisch' lijkt.""",
    """CASUSLES – Iemand die het zelf heeft meegemaakt (thema: jeugd 18+)
[[p:Mo Ait Bari]] en [[p:Sanne Koster]] · [[d:21 maart 2025]]

Een Syrische jongen van 19 sliep slecht, ging niet naar school en hing op straat. Zijn ouders waren bang voor het woord 'psycholoog'. Pas toen een {{r:ervaringsdeskundige}} van {{o:Stichting MOOI}} ([[p:Lina]]) vertelde over haar eigen broer, veranderde het gesprek.
Les: ouders overtuig je niet met folders maar met verhalen. En: jongerenwerk in de sporthal bereikt jongens die nooit naar een loket gaan. [[p:Karam]] heeft inmiddels een intake bij {{o:i-psy}}.""",
    """Reactie van [[p:Anneke Vos]] · {{o:CAOP}}
Mooie lessen deze week! Ik zie een patroon: bij bemoeizorg, vervuiling én GGZ-angst werkt een vertrouwd persoon (zus, buurman, ervaringsdeskundige) beter dan een professional. @[[p:Wouter]] zullen we dit meenemen als rode draad voor [[d:17 april]]? Wie wil pitchen? Ik denk aan [[p:Tamara]] en [[p:Lina]]. Aanmelden voor de expertmeeting kan tot [[d:10 april]]; de locatie volgt.""",
    """CASUSLES – Twee rekeningen, één schuld (thema: schulden)
[[p:Joost Bakker]]

Een vader met een vaste baan had daarnaast een kleine handel in telefoonhoesjes. Die inkomsten gingen via een tweede rekening ([[i:NL74BUNQ4156486175]] – sorry, moet eruit) en telden niet mee in zijn budget. Toen dat boven tafel kwam schrok hij, hij dacht dat het 'niet telde'.
Les: vraag bij het eerste gesprek niet alleen naar 'je rekening' maar naar álle rekeningen, ook zakelijke en die van Tikkie, bunq, Revolut.""",
    """Vraag van [[p:Mo Ait Bari]]
Heeft iemand ervaring met mensen zonder verblijfsvergunning die wél kinderen op school hebben? Ik heb een moeder uit Ghana, mevrouw [[p:Owusu]], met een dochter van 16. De dochter heeft recht op onderwijs, maar moeder durft nergens heen. Waar verwijzen jullie naar? {{o:Juridisch Loket}}, {{o:Stichting LOS}}, {{o:Dokters van de Wereld}}?""",
    """Reactie van [[p:Hüseyin Aksoy]]
@[[p:Mo]] {{o:Stichting LOS}} kan helpen met de verblijfsvraag, {{o:Dokters van de Wereld}} voor de zorg. Voor de dochter: de schoolmaatschappelijk werker kan veel. In {{w:Transvaal}} werkt [[p:Ama Boateng]] van de kerk aan de Paul Krugerlaan als sleutelfiguur voor Ghanese gezinnen: [[t:06-40 18 92 77]]. Noem maar dat je via mij komt.""",
    """Discussie: werken met tolken
[[p:Bas Visser]] · [[d:12-03-2025]]

Wie gebruikt nog weleens familie als tolk? Bij een Afghaanse meneer deed zijn zoon het, maar dan hoor je alleen wat de zoon belangrijk vindt. Via {{o:Tolkcontact}} kost het geld, maar dan heb je wel een professionele tolk. Ervaringen?

↳ [[p:Priya Ramcharan]]: bij mevrouw [[p:Lopes Tavares]] tolkt de kleinzoon. Hij is 17. Soms vertaalt hij dingen over haar lichaam niet, uit schaamte. Ik ga voortaan een professionele tolk vragen voor de herindicatie.
↳ [[p:Kerem Doğan]]: voor Tigrinya werkt [[p:Mehari]] heel fijn, via het bureau.""",
    """Vraag: eigen bankrekening na huiselijk geweld
[[p:Sanne Koster]]

Cliënte moet snel een eigen rekening openen, maar alle post ging via het oude adres en haar ID ligt nog thuis. De bank wil een adres. Hoe lossen jullie dat op? Ze heeft nu tijdelijk een rekening via de opvang: [[i:NL58 ABNA 1070 6057 82]] – die mag ik toch zo niet noemen, weet ik, wordt weggehaald.""",
    """Reactie van [[p:Marjolein Schouten]] ({{o:Veilig Thuis}})
@[[p:Sanne]] De opvang kan een verklaring afgeven waarmee de bank een rekening op het adres van de opvang opent. Veel banken hebben een apart team hiervoor. Stuur me de gegevens via de beveiligde mail, dan help ik. En let op: het nummer dat je hierboven noemde moet echt weg.""",
    """CASUSLES – Geld dat verdwijnt bij de corporatie (thema: LVB)
[[p:N. El Idrissi]] · [[d:17 maart 2025]]

Aanvulling op mijn eerdere les: de huur was betaald, maar op een oud nummer van {{o:Staedion}}. Zoek bij een 'onverklaarbare' huurachterstand altijd eerst de betalingen na bij de {{r:bewindvoerder}}. Huurcontract [[n:30-118-4471]] staat nu weer op nul. Dank aan mr. [[p:Hoogendoorn]] en de incasso-afdeling, die de ontruiming meteen introk.
Extra les: praat ook met de volwassen zoon in huis. [[p:Kevin]] (22) bleek de brieven wel te lezen, maar durfde niks te zeggen.""",
    """POLL kick-off – welke vier thema's kiest jullie team?
Geplaatst door [[p:Wouter de Jong]] · [[d:22 november 2024]]

Jeugd ████████ 31
Ouderen ███████ 27
Huiselijk geweld ██████ 24
Bemoeizorg ██████ 23
Arbeidsmigranten ██ 8

Reactie [[p:Hanneke van Dam]] ({{r:teamleider}} {{o:SWT Laak}}): wij hadden graag arbeidsmigranten gezien, in {{w:Laak}} en {{w:Spoorwijk}} is dat echt een thema. Misschien als subthema onder bemoeizorg?""",
    """CASUSLES – Wachten op het {{o:CIZ}} (thema: ouderen)
[[p:Petra de Bruin]]

De Wlz-aanvraag voor een vrouw met dementie duurde zes weken. In die tijd stond de dochter er alleen voor. Les: vraag de Wlz-indicatie aan zodra je twijfelt, niet pas na een crisis. En noteer het nummer van het {{o:CIZ}} (bij ons [[n:CIZ-25-0098412]]) zodat collega's kunnen nabellen als je er niet bent. Mevrouw kon uiteindelijk op [[d:maandag 24 maart]] verhuizen.""",
    """CASUSLES – [[p:Mei]] wil op busreis (thema: ouderen en eenzaamheid)
[[p:Bas Visser]] · [[d:21-03-2025]]

Een Chinese weduwe van 73 at al maanden alleen brood. Ze spreekt Kantonees, haar kleindochter van 16 regelde alles. Een maaltijdservice was snel geregeld, maar het echte verschil maakte de Chinese ouderensoos in {{w:Transvaal}}. Daar vond ze vrouwen die haar taal spraken. [[p:Mei]] vroeg zelf of ze in mei mee mocht op de busreis.
Les: kijk bij eenzaamheid eerst naar bestaande gemeenschappen in de wijk, niet naar nieuwe activiteiten.""",
    """Reactie van [[p:Youssef Amrani]] · {{o:SWT Schilderswijk}}
In de {{w:Schilderswijk}} werkt dit ook zo met de Marokkaanse ouderen: de moskee en de theehuizen zijn belangrijker dan welk project ook. Mevrouw [[p:El Ouali]] ([[a:Jacob Catsstraat 61]]) kwam pas naar de Nederlandse les toen haar buurvrouw [[p:Fatiha]] meeging. @[[p:Bas]] heb je het adres van die soos?""",
    """CASUSLES – De kinderen als tolk (thema: ouderen)
[[p:Priya Ramcharan]] · {{r:Wmo-adviseur}}

Een Kaapverdiaanse vrouw van 55 met artrose had twee uur huishoudelijke hulp. Haar kleinzoon tolkte altijd. Bij de herindicatie op [[d:27 maart]] hebben we voor het eerst een professionele tolk gevraagd. Toen bleek dat mevrouw ook hulp nodig had bij het douchen – iets wat ze haar kleinzoon nooit had laten vertalen.
Les: een familielid als tolk is handig, maar filtert. Bij gevoelige onderwerpen: altijd een professional.""",
    """MODERATIE – reactie aangepast
Door de moderator ([[p:Linda Groen]]) · [[d:19-3-2025]]

Een reactie in deze discussie bevatte het adres en het telefoonnummer van een cliënt. Die zijn verwijderd. We herinneren iedereen eraan: in reacties geen persoonsgegevens. Ook niet 'alleen de voornaam' of 'de straat van de opvang'. In de oorspronkelijke tekst stond nog 'meneer [[p:Nowak]] ([[t:06-87011245]])' – dat is nu weggehaald. Dank voor jullie begrip.""",
    """CASUSLES – Nuchter op dinsdag (thema: bemoeizorg / verslaving)
[[p:Tamara Rosario]] · [[d:21 maart 2025]]

Een Poolse man van 44 verloor werk en kamer tegelijk. Hij dronk. Hij kwam in de nachtopvang van het {{o:Leger des Heils}}. Op een dinsdag was hij nuchter en zei hij dat hij wilde stoppen. Binnen twee dagen hadden we een intake bij {{o:Brijder}}.
Les: zorg dat je een 'ja' meteen kunt verzilveren. Spreek vooraf met de verslavingszorg af wie je belt als het moment er is. Bij ons was dat [[p:Joanna Nowicka]], Pools sprekend, [[t:06-38 02 55 19]] (werkt niet op vrijdag).""",
    """Vraag: volwassen kinderen in huis zonder huurcontract
[[p:Nadia El Idrissi]]

In een casus woont een zoon van 22 bij zijn moeder, niet op het huurcontract. Hij doet veel voor haar, maar heeft geen inkomen en staat ingeschreven op [[a:Spoorwijkstraat 145]]. De corporatie zegt dat hij daardoor medebewoner is en mee-aansprakelijk. Klopt dat? Wie weet hoe dat zit bij {{o:Staedion}}?

↳ [[p:Saskia Meijer]] ({{r:woonconsulent}}, {{o:Staedion}}): inschrijving alleen maakt iemand geen huurder. Bel me even, dan kijken we samen. [[t:088-781 23 47]]""",
    """CASUSLES – 'De mevrouw van de koffie' deel 2
[[p:Tamara Rosario]]

Update: op [[d:1 april]] gaat de {{r:psychiater}} van {{o:Parnassia}} Bemoeizorg mee op huisbezoek. [[p:Errol]] (ja, hij wil dat we zijn naam gebruiken, hij vindt het een mooi verhaal; toestemming op [[d:18 maart]] schriftelijk vastgelegd) zegt nu zelf: 'Misschien ben ik wel ziek.' Dat kostte vijf weken koffie.
Les: tempo van de cliënt volgen kost tijd, maar voorkomt een gedwongen opname.""",
    """CASUSLES – Een gezin in één kamer (thema: arbeidsmigranten, jeugd)
[[p:Hüseyin Aksoy]] · {{o:SWT Transvaal}}

Een Bulgaars gezin (ouders en drie kinderen) woonde in één kamer aan de [[a:Paul Krugerlaan 77-1]]. Kinderen gingen niet naar school omdat niemand ze had ingeschreven. Moeder [[p:Mariya Dimitrova]] dacht dat dat pas moest als ze een 'echt huis' hadden.
Wat werkte: de leerplichtambtenaar niet als handhaver maar als helper meenemen, en een Bulgaars sprekende {{r:sleutelfiguur}}. Binnen twee weken zaten alle drie op school.
Les: leg uit wát de regels zijn, mensen willen ze vaak wel volgen.""",
    """Vraag: Tigrinya tolk gezocht
[[p:Femke Dekker]] ({{o:SWT Mariahoeve}}) · [[d:20-03-2025]]

Wie kent een goede Tigrinya tolk die ook bij huisbezoeken kan komen? Bij een jonge vader in {{w:Mariahoeve}} (meneer [[p:Ghebremedhin]]) lukt het niet via de telefoon. Hij spreekt geen Engels en zijn vrouw is nog in Ethiopië. Bel of app me: [[t:06 - 31 90 27 44]].

↳ [[p:Kerem Doğan]]: wij werken met [[p:Mehari Tesfamariam]] via het tolkenbureau. Vraag naar hem bij naam, [[e:planning@tolkcontact.nl]].""",
    """SLOTBIJEENKOMST – voorbereiding
[[p:Hanneke van Dam]] · {{r:teamleider}} · [[d:21 maart 2025]]

Drie weken na de start hebben we vanuit {{o:SWT Laak}} al negen casuslessen geplaatst. Dank aan iedereen die schreef, vooral [[p:Tamara]] (drie lessen!). Voor de slotbijeenkomst in juni wil ik per thema één les uitlichten. Stem in de reacties! En check nog één keer je lessen op namen: ik zag gisteren nog '[[p:Roos]]' en een huisnummer staan.""",
]
# ---------------------------------------------------------------------------
# Second batch per register (written after a first count of the set)
# ---------------------------------------------------------------------------
A2 = [
    """[09:12] [[p:Sanne]]: update verhuizing mw [[p:Warsame]]: sleuteloverdracht [[a:Laakkade 240 B]] is [[d:ma 31/3]] om 9u
[09:13] [[p:Sanne]]: eindinspectie oude woning ([[a:Hoefkade 77-I]]) zelfde dag 14u
[09:15] [[p:Nadia]]: ik kan helpen met dozen op [[d:za 29-3]]? of is dat niet de bedoeling 😅
[09:16] [[p:Hanneke]]: niet in je vrije tijd aub. vrijwilligers via {{o:Zebra Welzijn}}
[09:18] [[p:Bas]]: ik vraag de klussendienst. telnr van mw voor de planning?
[09:18] [[p:Sanne]]: [[t:06-44 02 91 36]], liefst appen, ze leest beter dan ze belt
[09:20] [[p:Bas]]: 👍 en nieuwe postcode is [[pc:2521XZ]] toch?
[09:20] [[p:Sanne]]: klopt. oude was [[pc:2526 AK]]""",
    """[[p:Kerem]]: [[p:Aylin]] heeft eindelijk een eigen rekening!! [[i:NL84RABO8771158553]]. uitkering per [[d:1 april]] daarop. aan niemand doorgeven
[[p:Sanne]]: yes 🙏 en toeslagen?
[[p:Kerem]]: kindgebonden budget omgezet naar haar naam, zaaknr {{o:Toeslagen}} [[n:T-2025-338190]]. BSN mevr ter controle [[b:820 897 140]], klopt met de aanvraag
[[p:Sanne]]: top, ik zet het in het dossier (niet in de app 😬)
[[p:Hanneke]]: haal je het bericht hier dan ook weg? BSN hoort niet in de groepsapp
[[p:Kerem]]: oeps, doe ik""",
    """Planning [[p:Wendy]] (waarneming [[p:Ingrid]]) wk 12
[[d:ma 17-03]] 8.30 insuline mw [[p:Yıldız]], [[a:Laakweg 14]] 1e et.
ma 10.00 wondzorg dhr [[p:Jagesar]] ([[a:Van Zeggelenplein 9-hs]], bel kapot → op raam kloppen)
[[d:di 18-03]] 9.00 overleg {{o:Florence}} team Laak
di 13.30 nieuwe aanmelding via {{r:huisarts}}: mw. [[p:Blom-Hartman]], [[a:Slicherstraat 19]], [[pc:2525 RP]], steunkousen + medicatie
[[d:wo 19/3]] 8.30 mw [[p:Yıldız]] + bloedsuiker doorbellen naar praktijk
[[d:do 20/3]] 11.00 met [[p:Petra]] naar mw [[p:de Wit]], laatste keer thuis
[[d:vr 21-3]] vrij""",
    """dhr [[p:zielinski]] heeft papieren meegenomen: ontslagbrief, loonstroken, huurcontract. BSN [[b:1567.04.602]]. WW-aanvraag samen online gedaan, referentie {{o:UWV}} [[n:WW-2025-889104]]. IBAN voor de uitkering: [[i:NL02RABO8288370174]]. volgende afspraak [[d:1 april]] 10u op het {{o:Servicepunt XL}}. hij vroeg of zijn vrouw [[p:Agnieszka]] ook mee mag, prima. rug gaat slecht, kon amper zitten.""",
]

B2 = [
    """AANVRAAG NOODFONDS
Aanvrager (hulpverlener): [[p:K. Doğan]], {{o:SWT Laak}}, [[e:kerem.dogan@denhaag.nl]], [[t:070 353 72 19]]
Cliënt: [[p:Rachid Boukhari]], geb. [[d:12-04-1972]]
Partner: [[p:Samira Boukhari-Amrani]], geb. [[d:27-11-1978]]
Adres: [[a:Cort van der Lindenstraat 112]], [[pc:2524 ZB]] Den Haag
BSN cliënt: [[b:517784725]]   BSN partner: [[b:372963444]]
Inwonende kinderen: 2 (17 en 9 jaar)
Gevraagd: overname energieschuld € 1.318,40 (Eneco, klantnr. [[n:204188731]])
Betaling rechtstreeks aan de schuldeiser, niet aan cliënt.
Reden urgentie: afsluiting aangekondigd per [[d:17 maart 2025]].
Betrokken: [[p:J. Bakker]] ({{r:schuldhulpverlener}}), dossier [[n:SHV-2025-1187]]""",
    """Den Haag, [[d:21 maart 2025]]
Ons kenmerk: [[n:SWT-LK-25-0187]]

De heer [[p:P. Zieliński]]
[[a:Rijswijkseweg 412-B]]
[[pc:2516 HW]] Den Haag

Geachte heer [[p:Zieliński]],

Op [[d:20 maart]] heeft u met ons gebeld over uw werk en inkomen. Hierbij bevestigen wij de afspraak op [[d:dinsdag 25 maart 2025]] om 10.00 uur op het {{o:Servicepunt XL}} in het wijkcentrum. Neemt u uw ID-kaart, uw ontslagbrief en uw laatste loonstroken mee. Als u een tolk Pools wilt, laat het ons weten; dat is gratis.

Met vriendelijke groet,
[[p:Kerem Doğan]], {{r:casusregisseur}}
[[t:06 - 52 19 83 40]]""",
    """Onderwerp: overdracht cliënten tijdens mijn verlof ([[d:17-03]] t/m [[d:28-03]])

Hoi [[p:Wendy]],

Hierbij mijn cliënten in {{w:Laakkwartier}} voor de komende twee weken:
- mw. [[p:F. Yıldız]], cliëntnr. [[n:100.48.217]], [[a:Laakweg 14]] (1e etage) – insuline 2x daags, let op ramadan
- dhr. [[p:R. Jagesar]], cliëntnr. [[n:100.51.932]], [[a:Van Zeggelenplein 9-hs]] – decubitus stuit, graad 1
- mw. [[p:M. Zhang]], cliëntnr. [[n:100.49.006]], [[a:Herman Costerstraat 88-1]] – medicatiecontrole
- mw. [[p:W. de Wit]], cliëntnr. [[n:100.37.554]] – tot de opname op [[d:24-3]]
De sleutelkluiscodes staan in Nedap, niet in de mail. Alleen in noodgevallen: [[t:06 29 51 40 77]].

Groet, [[p:Ingrid]]""",
    """INSCHRIJFFORMULIER MAATJESPROJECT – {{o:Humanitas}} Den Haag
Naam: [[p:Ahmad Rahimi]]
Geboortedatum: [[d:03-09-1957]]
Adres: [[a:Goeverneurlaan 519-3]]
Postcode: [[pc:2524 AP]]
Telefoon: [[t:070 - 390 17 22]] (neemt vaak niet op)
Contactpersoon familie: [[p:Farid Rahimi]] (zoon), [[t:06 24 81 57 90]], [[e:farid.rahimi@live.nl]]
Talen: Dari, Farsi, een beetje Nederlands
Interesses: schaken, wandelen, thee drinken, nieuws uit Afghanistan
Wens: iemand om mee te praten, liefst een man of oudere vrouw
Aangemeld door: [[p:B. Visser]], {{r:ouderenconsulent}} {{o:Zebra Welzijn}}, [[d:12-3-2025]]""",
    """Van: mr. [[p:P. Hoogendoorn]] <[[e:p.hoogendoorn@bewindvoeringhofstad.nl]]>
Aan: [[e:n.elidrissi@mee-zhn.nl]]
Datum: [[d:18-03-2025]]
Onderwerp: RE: mw. [[p:Bakker]] – huurachterstand

Geachte mevrouw [[p:El Idrissi]],

Excuses voor de vertraging. De huur over december en januari is wel betaald vanaf de beheerrekening van mevrouw ([[i:NL45SNSB9617611525]]), maar naar een oud rekeningnummer van {{o:Staedion}}. Ik heb {{o:Staedion}} verzocht het bedrag over te boeken. Het leefgeld wordt vanaf [[d:24 maart]] weer elke maandag overgemaakt naar de leefgeldrekening van mevrouw, [[i:NL30INGB6270152230]]. De nieuwe pinpas is op [[d:14 maart]] verstuurd naar [[a:Spoorwijkstraat 145]].

Met vriendelijke groet,
[[p:P. Hoogendoorn]], {{r:bewindvoerder}}""",
    """AANMELDING {{o:Sociaal Raadslieden}}
Datum: [[d:13-03-2025]]
Naam: [[p:H. Abdi Warsame]]
Geboortedatum: [[d:01-01-1987]]
Adres: [[a:Hoefkade 77-I]], [[pc:2526 AK]] (per [[d:01-04-2025]]: [[a:Laakkade 240 B]], [[pc:2521 XZ]])
Telefoon: [[t:06-44029136]]
E-mail: [[e:hodan.warsame88@outlook.com]]
Vraag: uitleg brieven hersteloperatie toeslagen, kenmerk [[n:HT-2024-0098813]]; controle of kindgebonden budget goed is berekend
Tolk nodig: ja, Somalisch
Verwijzer: [[p:S. Koster]], {{r:maatschappelijk werker}} {{o:SWT Laak}}""",
]

C2 = [
    """Verslag MDO {{o:SWT Laak}}, [[d:maandag tien maart]]. Aanwezig het voltallige team, [[p:Ingrid]] later. Eerste casus familie [[p:Boukhari]], dossier [[n:SHV-2025-1187]]. Afsluiting energie per [[d:17 maart]], noodfonds wordt vandaag aangevraagd. Tweede casus [[p:Jagesar]], Wmo-dossier [[n:Wmo-2025-118347]], traplift aangevraagd op [[d:7 maart]], ergotherapeut komt [[d:17 maart]]. Derde casus meneer [[p:Martina]], bemoeizorg, melding [[n:BZ-25-0392]], geen crisis. Vierde casus mevrouw [[p:Kaya]], alles via {{o:Veilig Thuis}}, niets in het gedeelde dossier. Rondvraag: [[p:Bas]] vraagt of iemand de sleutelcode van meneer [[p:Rahimi]] heeft. Volgende MDO [[d:vierentwintig maart]].""",
    """intake mevrouw [[p:nathalie vos]] punt geboren [[d:28 juli 1973]] punt bsn [[b:429627191]] punt adres [[a:hildebrandstraat 33]] postcode [[pc:2525 CL]] punt telefoon [[t:06 30 71 48 95]] punt mail [[e:nathalievos73@kpnmail.nl]] punt nieuwe regel mevrouw is 51 jaar komma alleenstaand komma sinds oktober in de ziektewet met een burn-out punt ze werkte twintig jaar als doktersassistente punt ze heeft een betalingsachterstand bij de zorgverzekeraar en de belastingdienst punt ze schaamt zich punt haar rekeningnummer voor de aanvraag schuldhulp is [[i:NL90INGB1881454729]] punt afspraak met [[p:joost]] op [[d:drie april]] punt""",
    """Vervolg meneer [[p:Koster]], [[d:woensdag negentien maart]], na de schoonmaakactie. De {{o:GGD}} heeft een rapport gemaakt, kenmerk [[n:GGD-HYG-25-0311]]. De woning op [[a:Van Musschenbroekstraat 118]], postcode [[pc:2522 KR]], is nu voldoende schoon. Meneer wil geen thuiszorg maar wel dat buurman [[p:Gerrit]] af en toe langskomt. Hij heeft zelf gevraagd om een vrijwilliger voor de administratie. Ik heb {{o:Humanitas}} gemaild. Zijn geboortedatum is [[d:7 mei 1953]], dat moest in het formulier. Over zes weken evaluatie met [[p:Erik Lam]] van {{o:Haag Wonen}}.""",
    """ik spreek even in na het gesprek bij de {{o:sociaal raadslieden}} met mevrouw [[p:warsame]] punt datum [[d:achttien maart]] punt de {{r:sociaal raadsvrouw}} heet [[p:ellen]] punt zij heeft uitgelegd dat de brief van {{o:UHT}} met kenmerk [[n:HT-2024-0098813]] goed nieuws is komma mevrouw krijgt een aanvullende compensatie punt mevrouw moest huilen punt de uitbetaling komt op haar rekening [[i:NL25ABNA7588731381]] punt ik heb gezegd dat ze dat geld niet aan schuldeisers hoeft te geven punt volgende afspraak na de verhuizing op [[d:drie april]]""",
]

D2 = [
    """CASUSLES – Samen oud, samen vergeten (thema: ouderen)
[[p:Femke Dekker]] · {{o:SWT Mariahoeve}} · [[d:18-03-2025]]

Een echtpaar van 86 en 88 woonde aan de [[a:Ramen 231]] in {{w:Mariahoeve}}. Beiden met beginnende dementie; zij zorgden voor elkaar, en dat ging goed tot hij op [[d:2 februari]] viel. Toen bleek dat zij al maanden de medicijnen niet meer goed uitdeelde.
Wat werkte: de {{r:casemanager dementie}} en de {{r:ouderenconsulent}} samen op huisbezoek, en de buren van nummer 229 als 'ogen'. De dochter in Breda werd elke vrijdag gebeld.
Les: bij echtparen lijkt het lang goed te gaan omdat ze elkaars gaten vullen. Vraag naar wat er gebeurt als één van beiden uitvalt. Mevrouw [[p:Van der Laan]] zei het zelf: 'Hij was mijn geheugen.'""",
    """Vraag: format overdracht tussen wijkteams
[[p:Marieke Zwart]] ({{o:SWT Escamp}}) · [[d:19 maart 2025]]

Gebruiken jullie een vast format voor overdrachten? Wij kregen deze week uit {{w:Laak}} een overdracht die heel goed was. Ter illustratie (ingevuld, excuus, ik had het moeten leegmaken):
Cliënt: [[p:J. Pinas]] – geb. [[d:09-05-2004]] – BSN [[b:197329445]]
Laatste adres: [[a:Moerweg 211]], [[pc:2533 BK]]
Betrokken: {{r:jongerenwerker}} [[p:Mo]], {{o:Jongerenloket}}
Wat ik mis in ons eigen format: een vak 'wie vertrouwt de cliënt?'. Dat stond er bij jullie wel in.""",
    """CASUSLES – De taal van het geld (thema: schulden, arbeidsmigranten)
[[p:Marieke Zwart]] · {{o:SWT Escamp}}

Een Poolse vrouw van 39 met twee kinderen kwam bij ons met een stapel aanmaningen in het Nederlands. Ze woonde aan de [[a:Loosduinseweg 803-C]] en werkte in de schoonmaak. De schulden bleken grotendeels te ontstaan doordat een automatische incasso van haar zorgverzekering steeds mislukte: ze had twee rekeningen en het loon kwam op de verkeerde.
Wat werkte: een Pools sprekende collega ([[p:Ilona]]) en één overzicht op papier, in het Pools. Meneer de deurwaarder bleek bereid een regeling te treffen toen hij hoorde dat de vrouw zelf had gebeld.
Les: vraag bij arbeidsmigranten altijd naar rekeningen in het land van herkomst. Mevrouw [[p:Kowalczyk]] had er nog één in Gdańsk.""",
    """CASUSLES – Vallen is een signaal (thema: ouderen)
[[p:Hüseyin Aksoy]] · {{o:SWT Transvaal}} · [[d:20-03-2025]]

Een Hindostaanse weduwe van 79 viel op [[d:4 januari]] in haar keuken aan de [[a:Wolmaransstraat 48]]. De ambulance bracht haar naar het ziekenhuis; twee dagen later stond ze weer thuis, zonder dat iemand het wijkteam had ingelicht. Op [[d:27 januari]] viel ze opnieuw, nu op de trap. Pas toen belde de buurvrouw ons.
Wat we leerden: een val is vaak het eerste zichtbare signaal van eenzaamheid, slechte voeding of verkeerde medicatie. Bij haar waren het alle drie.
Aanpak: medicatiereview via de apotheek, een alarmknop, en de hindoetempel aan de Wolmaransstraat als plek voor contact. Haar zoon in Rotterdam belt nu elke zondag.
Les: vraag het ziekenhuis of de {{r:huisarts}} om ons te melden bij een val bij een alleenwonende oudere.""",
    """Discussie: hoe lang bewaren jullie gespreksverslagen?
[[p:Youssef Amrani]] · {{o:SWT Schilderswijk}} · [[d:17-3-2025]]

Wij hebben in Suite nog verslagen uit 2016 staan. Mag dat? Voorbeeld: een dossier ([[n:SWT-SW-16-0042]]) van een meneer die al jaren is overleden.

↳ [[p:Linda Groen]] ({{r:privacyfunctionaris}}): in principe bewaren we Wmo-dossiers 15 jaar na beëindiging, maar gespreksaantekeningen die niet nodig zijn voor een besluit moeten eerder weg. Stuur me het nummer via de mail, niet hier.
↳ [[p:Youssef Amrani]]: sorry! Te snel getypt.
↳ [[p:Hanneke van Dam]]: bij ons ruimen we elk jaar in januari op. Dit jaar zijn we daar op [[d:13 januari]] mee begonnen, nog niet klaar 😅""",
]

A2 += [
    """Telefoonlijst ketenpartners {{o:SWT Laak}} – intern, niet doorsturen! bijgewerkt [[d:10-03-2025]]
- {{r:wijkagent}} {{w:Laakkwartier}}/{{w:Spoorwijk}}: [[p:Dennis Hoek]], [[t:06-10 44 82 93]]
- {{o:Haag Wonen}}, {{r:woonconsulent}}: [[p:Erik Lam]], [[t:088 - 460 84 12]], [[e:e.lam@haagwonen.nl]]
- {{o:Staedion}}: [[p:Saskia Meijer]], [[t:088-781 23 47]] (di t/m do)
- {{o:Parnassia}} Bemoeizorg: [[p:Ruud Kramer]], [[t:06-50 31 88 27]], [[e:r.kramer@parnassia.nl]]
- {{o:Veilig Thuis}}: [[p:Marjolein Schouten]], [[e:m.schouten@veiligthuishaaglanden.nl]]
- {{o:CJG}} Laak: [[p:Anouk Verhoef]], [[t:06 28 17 39 60]]
- {{o:Humanitas}} maatjes: [[e:g.blom@humanitas.nl]]
- tolk Tigrinya: via bureau, vraag naar [[p:Mehari]]
wijzigingen graag doorgeven aan [[p:Hanneke]]""",
    """agenda [[p:Joost]] wk 12-13
[[d:ma 17/3]] 9.00 Eneco bellen ([[n:204188731]]) – check of afsluiting echt gestopt is
[[d:di 18/3]] 13.30 [[p:Mensah]] → verzet naar [[d:25/3]]!!
[[d:wo 19/3]] budgetplan [[n:SHV-2025-1203]] afmaken + naar teamleider
[[d:do 20/3]] 11.00 intake nieuwe aanmelding [[n:SHV-2025-1241]], huisbezoek [[a:Hildebrandstraat 33]]
[[d:di 25/3]] 13.30 [[p:Mensah]] + vrouw, kantoor
[[d:wo 26/3]] 10.00 deurwaarder + [[p:Boukhari]], dossier [[n:DW-2024-77391]]
[[d:do 3/4]] 14.00 mw [[p:Vos]], eerste gesprek schulden (via {{o:Servicepunt XL}})
nb: [[d:vr 28/3]] studiedag, geen afspraken!""",
]

B2 += [
    """Den Haag, [[d:20 maart 2025]]
Zaaknummer: [[n:Wmo-2025-118347]]
Burgerservicenummer: [[b:691 320 779]]

De heer [[p:R. Jagesar]]
[[a:Van Zeggelenplein 9-hs]]
[[pc:2525 KW]] Den Haag

Onderwerp: besluit op uw aanvraag maatwerkvoorziening Wmo

Geachte heer [[p:Jagesar]],

Op [[d:6 maart 2025]] heeft u samen met uw echtgenote een gesprek gehad met onze {{r:Wmo-adviseur}}. Op [[d:7 maart 2025]] hebben wij uw aanvraag ontvangen. Wij kennen u een traplift in bruikleen toe. De leverancier neemt binnen tien werkdagen contact met u op. Daarnaast kennen wij kortdurend verblijf toe van maximaal drie etmalen per week, van [[d:15 maart 2025]] tot en met [[d:14 maart 2026]]. U betaalt hiervoor een eigen bijdrage aan het {{o:CAK}}.
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[[p:P. Ramcharan]], {{r:Wmo-adviseur}}""",
    """VERKLARING BRIEFADRES
Ondergetekende, [[p:T. Rosario]], {{r:GGZ-consulent}} bij {{o:Parnassia}}, verklaart dat de heer [[p:E.R. Martina]], geboren [[d:11 september 1966]] te Willemstad, BSN [[b:760287235]], tijdelijk geen post kan ontvangen op zijn woonadres [[a:Fruitweg 23 bis]], [[pc:2525 KH]] Den Haag.
Hij ontvangt zijn post op het postadres van het {{o:SWT Laak}}.
Periode: [[d:28-12-2024]] tot en met [[d:28-03-2025]].
Registratie: [[n:BZ-25-0392]]
Den Haag, [[d:27-12-2024]]
Handtekening betrokkene: (mondeling akkoord, zus aanwezig)""",
    """GEGEVENS CLIËNT – voorbereiding herindicatie huishoudelijke hulp (gesprek [[d:27 maart]])
Naam: [[p:Maria da Luz Lopes Tavares]]
Geboren: [[d:08-08-1969]]
BSN: [[b:234806692]]
Adres: [[a:Hoefkade 312A]], [[pc:2526 BM]] Den Haag
Telefoon: [[t:070-3804417]]
Contactpersoon: [[p:Nelson]] (kleinzoon, 17), [[t:06 - 19 73 44 08]]
Huidige indicatie: 2 uur HH per week, kenmerk [[n:ZK25.00813]], einddatum [[d:31-03-2025]]
Aanbieder: {{o:Florence}} Huishoudelijke Hulp
Aandachtspunten: artrose beide knieën, douchen lukt niet meer zelfstandig (!). Tolk Kaapverdisch Creools via {{o:Tolkcontact}}, niet de kleinzoon laten tolken.
Opgesteld: [[p:P. Ramcharan]], [[d:19-03-2025]]""",
]

C2 += [
    """telefoongesprek met het {{o:uwv}} over meneer [[p:nowak]] punt klantnummer [[n:44120087]] punt bsn [[b:548908023]] punt de ww is toegekend per [[d:vierentwintig februari]] punt de eerste betaling komt op [[d:achtentwintig maart]] op rekening [[i:NL44 SNSB 8738 9448 03]] punt de medewerker heette mevrouw [[p:de jong]] punt zij zei dat meneer wel een adres moet opgeven anders stopt de uitkering punt actie briefadres regelen via [[p:tamara]] punt meneer is bereikbaar op [[t:06 870 11 245]] punt""",
    """Notitie over meneer [[p:Petrov]]. Zijn vrouw [[p:Desislava]] komt op [[d:12 april]] met de bus uit Sofia. Meneer heeft via een kennis een kamer gevonden in een pension aan de [[a:Wateringseweg 118]], postcode [[pc:2571 RG]], per [[d:1 april]]. Huur € 650 per maand, all-in. Hij heeft het contract laten zien, dat lijkt in orde. Ik heb gezegd dat ze zich binnen vijf dagen moeten inschrijven bij de gemeente, ook mevrouw. De {{r:verloskundige}} in {{w:Transvaal}} weet ervan. Zijn nieuwe telefoonnummer is [[t:06 - 40 55 18 72]], het oude nummer vervalt.""",
    """Dictaat vervolg mevrouw [[p:Owusu]]. Op [[d:18 maart]] is mevrouw met mij naar {{o:Stichting LOS}} geweest. Er loopt mogelijk een procedure op grond van haar dochter, die hier is geboren op [[d:14 oktober 2008]]. Mevrouw woont nog bij de hospita aan de [[a:Delftselaan 39]], [[pc:2512 RA]]. De hospita vraagt nu meer huur. Dochter [[p:Efua]] heeft een {{r:mentor}} op school die meedenkt. Afspraken: {{o:Dokters van de Wereld}} voor een huisarts, vervolgafspraak bij {{o:LOS}} op [[d:2 april]]. Mevrouw vraagt of wij haar nummer [[t:06 87 45 12 09]] niet aan de kerk doorgeven.""",
]

D2 += [
    """CASUSLES – Een moeder die niet meer kon (thema: jeugd / LVB)
[[p:Nadia El Idrissi]] · {{r:MEE-consulent}} · [[d:21-03-2025]]

Een moeder met een licht verstandelijke beperking woonde met haar volwassen zoon in {{w:Spoorwijk}}. Haar ex-partner had jarenlang de administratie gedaan; na de scheiding in 2022 ging het mis. Er kwamen aanmaningen, een {{r:bewindvoerder}}, en toch een aanzegging tot ontruiming op [[d:21 februari]].
Wat werkte:
- één vast moment per week (donderdag 10 uur), altijd dezelfde persoon;
- de zoon als bondgenoot zien, niet als probleem;
- een vrijwilliger van {{o:Humanitas}} die ook van katten houdt.
Wat niet werkte: brieven sturen met uitleg. Ze legde ze ongeopend bij de rest.
Les: bij LVB is het contact de interventie. De inhoud (geld, huur, post) volgt pas als iemand zich veilig voelt. Vraag toestemming om dit verhaal te delen, ook al is het geanonimiseerd: [[p:Roos]] vond het 'heel fijn dat anderen er iets van leren'.""",
    """Reactie van [[p:Jolanda Ramdin]] · {{r:maatschappelijk werker}} · {{o:SWT Escamp}} · [[d:21 maart 2025]]
Dank [[p:Nadia]], heel herkenbaar. Wij hebben in {{w:Moerwijk}} een vergelijkbare situatie met een vader en twee volwassen dochters. Toen de {{r:bewindvoerder}} wisselde, ging de huur een maand niet. Het huurcontract bij {{o:Haag Wonen}} ([[n:HW-2019-448102]]) stond nog op naam van de overleden moeder, niemand had dat aangepast.
Vraag aan iedereen: hoe zorgen jullie dat wisselingen van bewindvoerder niet tot gaten leiden? Wij maken nu een 'overdrachtsmoment' met cliënt, oude en nieuwe bewindvoerder en ons erbij. Het eerste was op [[d:10 maart]] en dat ging goed.""",
]


# ---------------------------------------------------------------------------
# markup -> text + spans
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|n):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(src):
        out.append(src[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            lab, txt, bucket = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, bucket = KEEP[m.group(3)], m.group(4), keep
        out.append(txt)
        bucket.append({"start": pos, "end": pos + len(txt), "label": lab, "text": txt})
        pos += len(txt)
        last = m.end()
    out.append(src[last:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    num = "".join(str(int(c, 36)) for c in d[4:] + d[:4])
    return int(num) % 97 == 1


def build():
    rows = []
    for i, src in enumerate(A + A2 + B + B2 + C + C2 + D + D2):
        text, pii, keep = parse(src)
        rows.append({"id": "ho74-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def verify(rows):
    errors = []
    for r in rows:
        t = r["text"]
        if "[[" in t or "]]" in t or "{{" in t or "}}" in t:
            errors.append((r["id"], "markup left"))
        if not r["pii"]:
            errors.append((r["id"], "no pii"))
        spans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        for s in spans:
            if t[s["start"] : s["end"]] != s["text"]:
                errors.append((r["id"], "offset", s))
            if s["text"] != s["text"].strip() or not s["text"]:
                errors.append((r["id"], "whitespace at edge", s))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append((r["id"], "overlap", a, b))
        for s in r["pii"]:
            if s["label"] == "bsn" and not bsn_ok(s["text"]):
                errors.append((r["id"], "bad bsn", s["text"]))
            if s["label"] == "iban" and not iban_ok(s["text"]):
                errors.append((r["id"], "bad iban", s["text"]))
    return errors


def main():
    rows = build()
    errors = verify(rows)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout74.jsonl")
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
    print("wrote %s: %d texts, %.0f words/text" % (path, len(rows), words / len(rows)))
    print("pii  :", dict(sorted(pc.items(), key=lambda x: -x[1])), "total", sum(pc.values()))
    print("keep :", dict(sorted(kc.items(), key=lambda x: -x[1])), "total", sum(kc.values()))


if __name__ == "__main__":
    main()
