#!/usr/bin/env python3
"""Held-out corpus 113: three weeks (3-21 March 2025) of one Hague social care team,
sociaal wijkzorgteam Segbroek, in every register it writes: contact-journal entries,
handover notes, quick e-mails to partners (with quoted replies), team-app messages,
intake forms, to-do lists, letters and minutes. Written by ten colleagues with their
own habits: MN (casusregisseur, formal, dd-mm-jjjj), yk (maatschappelijk werker, all
lower case, hb/tc/ivm), IZ (wijkverpleegkundige, SOEP), Dewi (Wmo-consulent, letters),
Bram (ouderenconsulent, emoji), SA (schuldhulp, tables), PJ (MEE, bullets), NB
(teamcoordinator, minutes and to-do lists), tk (stagiaire, typos), JV (Parnassia).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout113.jsonl next to itself.
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
KNOWN_BAD = {"465637645", "NL76INGB9712420048", "NL76 INGB 9712 4200 48"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Contact-journal entries (contactjournaal), each colleague in their own way
# ---------------------------------------------------------------------------
add(r"""
Contactjournaal [[z:SWT-SB-25-0087]] – mw. [[p:G. Bakker-Post]]
[[d:03-03-2025]] 10:15 | telefonisch | [[p:MN]]
Dochter [[p:Anja]] belde ([[t:06-24815790]]). Moeder heeft de afgelopen week twee keer een pan op het vuur laten staan; de rookmelder ging af en buurvrouw [[p:Trudy]] heeft het gas uitgedraaid. [[p:Anja]] werkt fulltime en woont in Zoetermeer, ze kan alleen in het weekend. Afgesproken: ik vraag de {{r:casemanager dementie}} om een huisbezoek en bespreek kookplaatbeveiliging met de {{r:Wmo-consulent}}.
— [[p:MN]]
=====
[[d:04-03-2025]] 14:00 | huisbezoek | [[p:MN]] + [[p:IZ]]
Bij mw. [[p:Bakker]] thuis, [[a:Fahrenheitstraat 412]]. Mw. herkende mij niet van het vorige bezoek, wel vriendelijk en gastvrij. Koelkast: verlopen melk, drie pakken yoghurt, geen warme maaltijd gezien. Mw. zegt dat ze "altijd zelf kookt". Pillendoos van week 9 nog half vol. [[p:Ingrid]] regelt een baxterrol via de apotheek en komt voorlopig 2x per week. Toestemmingsverklaring getekend, ook voor contact met de {{r:huisarts}}.
Vervolg: MDO aanvragen, zie takenlijst.
— [[p:MN]]
=====
[[d:4/3]] tc mw [[p:abdi]] ivm brief {{o:toeslagen}}. terugvordering kinderopvangtoeslag € 3.412 over 2023. mw in paniek, wil alles in 1x betalen, heeft dat geld niet. uitgelegd dat we eerst bezwaar + betalingsregeling bekijken. ze komt do met alle post naar het {{o:servicepunt xl}}. oudste dochter [[p:sagal]] (15) vertaalt vaak, liever niet, tolk regelen (somalisch). [[p:yk]]
=====
hb dhr [[p:ouahabi]] [[a:valkenboslaan 221-III]]. deur pas na 10 min open. gordijnen dicht, stapel post achter de deur (geteld: 37 enveloppen, ong. de helft {{o:cjib}}/incasso). dhr zegt "het heeft toch geen zin". geen acute suïcidaliteit, wel somber, slaapt slecht. broer [[p:mustapha]] brengt af en toe eten. afspr: ik neem post mee (met toestemming), [[p:sevda]] kijkt naar aanmelding shv. fact {{o:parnassia}} op de hoogte brengen via [[p:jeroen]].
[[d:5/3]] [[p:yk]]
=====
Ma [[d:10 mrt]] – cl. [[p:H. Yıldız]], [[a:Kamperfoeliestraat 9]]
S: "Het gaat goed zuster, alleen die voeten." Eet 's avonds vooral brood, geen warme maaltijd sinds zijn vrouw overleed (2021).
O: BG nuchter 11,8. Wondje re voet dig. 2, rood, geen pus. Insulinepen in koelkast, dosering klopt.
E: DM matig gereguleerd, wond vraagt aandacht.
P: wondzorg 3x/wk, contact {{r:POH}} [[p:Samira]] over voetcontrole bij {{r:podotherapeut}}, maaltijdvoorziening bespreken met [[p:Bram]].
[[p:IZ]]
=====
Geen contact gekregen. Twee keer gebeld (09:10 en 11:40), voicemail ingesproken. Morgen na 10.00 uur opnieuw proberen, anders briefje in de bus.
=====
[[d:06-03-2025]] | e-mail | [[p:MN]]
Bericht van {{o:Haag Wonen}}, woonconsulent [[p:L. Hoek]]: er is een tweede klacht van buren over stankoverlast bij [[p:J.W. Groen]], [[a:Reinkenstraat 88-1]]. Zij wil een gezamenlijk huisbezoek vóór [[d:20 maart]], anders gaat het dossier naar de juridische afdeling. Ik heb geantwoord dat [[p:Youssef]] en ik kunnen op [[d:dinsdag 11 maart]] om 13.30 uur.
— [[p:MN]]
=====
tc met [[p:agnieszka]] ([[p:kowalczyk]]) via tolk telefoon, tolknr 40 (pools). ze wonen met 4 personen op 1 kamer van 14 m2 aan de [[a:copernicusstraat 56]], verhuurder wil dat ze eind v/d maand weg zijn, geen huurcontract, betalen cash € 750. man [[p:marek]] werkt via uitzendbureau in het westland. kinderen [[p:zuzia]] en [[p:kuba]] niet ingeschreven bij huisarts. bsn heeft alleen mw: [[b:772464339]]. actie: inschrijving brp checken, {{o:fairwork}} bellen. -[[p:yk]]
=====
[[d:11-03]] | hb | [[p:IZ]]
Mw. [[p:Tan-Lie]] ([[a:Sweelinckplein 23]]) gevallen in de badkamer, zelf opgestaan, blauwe plek heup li. Geen pijn bij lopen. Alarmering heeft ze wel maar droeg de knop niet ("die ligt in de la, anders raak ik hem kwijt"). Kleindochter [[p:Kirana]] was er toevallig. Uitleg gegeven. Ergo-advies badkamer aangevraagd. [[p:IZ]]
=====
Journaal [[p:Rudy Martina]] – [[z:SWT-SB-24-1130]]
[[d:07-03]] mail van {{o:Reclassering Nederland}}, {{r:reclasseringswerker}} [[p:N. Verbeek]]: dhr. heeft zijn afspraak van gisteren gemist. Meldplicht blijft. Dhr. telefonisch bereikt op [[t:06 - 18 27 93 40]], hij zegt dat hij "de brief nooit gehad heeft" – post gaat nog naar het oude adres bij zijn moeder in {{w:Transvaal}}. Ik heb hem gevraagd zelf de reclassering te bellen. Verhuisbericht doet hij morgen samen met [[p:PJ]] bij het loket.
[[p:MN]]
=====
[[d:12/3]] tc [[p:shirley]] ([[p:kromodikromo]]). huilde aan de tel. moeder (ma [[p:kromo]] noemt ze haar) is weer gevallen, [[p:shirley]] zorgt 7 dagen p/w, eigen uitkering {{o:uwv}} stopt per [[d:1 april]]. ze slaapt 4 uur per nacht. voorgesteld: respijtzorg + gesprek met het {{o:Steunpunt Mantelzorg}}. ze wil eerst dat moeder goed zit. afspr volgende wk wo. [[p:yk]]
=====
Contact [[d:donderdag 13 maart]], spreekuur {{o:Servicepunt XL}} {{w:Segbroek}}
Mw. [[p:F. Abdi]] met tolk Somalisch (dhr. [[p:Warsame]]). Alle brieven doorgenomen: terugvordering {{o:Belastingdienst/Toeslagen}} (kenmerk [[z:7112.44.908.T.41]]), aanmaning zorgverzekeraar, brief school over ouderbijdrage (€ 45, geen probleem). Bezwaar opgesteld tegen de terugvordering, samen ondertekend. Rekeningnummer voor betalingsregeling: [[i:NL22ABNA4910644661]].
Mw. vertelt dat haar zoon [[p:Abdirahman]] (12) 's nachts niet slaapt sinds de verhuizing; doorverwezen naar {{o:CJG}}.
[[p:yk]] / [[p:tk]]
=====
notitie [[p:tk]] [[d:13/3]]: mee geweest bij spreekuur. mevrouw [[p:abdi]] was erg blij met tolk. ik heb de kopieën gemaakt en in het dossier gescand. vraag voor begeleider: mag ik zelf de bezwaarbrief versturen of moet [[p:yk]] tekenen?
=====
[[d:14-03-2025]] [[p:JV]] ({{o:Parnassia}} FACT) – pt. [[p:A. Ouahabi]]
Depot gemist. Pt telefonisch niet bereikbaar ([[t:06 41 09 73 38]] gaat direct naar voicemail). Huisbezoek samen met SWT gepland [[d:ma 17-3]] 10.00. Broer [[p:Mustapha Ouahabi]] gebeld, hij heeft pt gisteren gezien: "stil, maar eet wel". Geen signalen voor acuut gevaar.
=====
Ma [[d:17 mrt]] hb [[p:Ouahabi]] met [[p:Jeroen]]. dhr deed open 👍 depot gezet. post is nu bij [[p:Sevda]], overzicht volgt. dhr zegt voor het eerst dat hij "wel hulp wil met de schulden". toestemming voor aanmelding {{o:schuldhulpverlening}} getekend. bsn erbij gezet op formulier: [[b:293445308]]. [[p:yk]]
=====
[[d:di 11/3]] hb [[a:reinkenstraat 88-1]] met [[p:linda hoek]] {{o:haag wonen}} + [[p:MN]]. dhr [[p:groen]] liet ons binnen na lang praten door de deur. keuken onbruikbaar, afwas van weken, vliegjes, veel lege flessen. badkamer ok-ish. dhr erkent "dat het uit de hand gelopen is". drinkt dagelijks, sinds ontslag (2023). zus [[p:marloes]] weet er niets van, wil hij zo houden. afspraak: opruimploeg via {{o:leger des heils}} (vroegsignalering), {{o:brijder}} intake vraagt hij zelf aan met hulp. [[p:linda]] zet ontruimingstraject 6 wk on hold. [[p:yk]]
=====
[[d:12-03-2025]] – [[p:MN]]
Kort overleg met {{r:huisarts}} dr. [[p:Ruijters]] ({{o:Huisartsenpraktijk Valkenbos}}) over mw. [[p:Bakker]]: MMSE in januari 21/30. Hij verwijst naar de {{o:geheugenpoli}} van het {{o:HMC}}. Hij vraagt of de dochter vertegenwoordiger kan worden; uitgelegd dat dat via mentorschap of schriftelijke machtiging kan. Ik bespreek dit met [[p:Anja]].
=====
Contactjournaal – familie [[p:Kowalczyk]]
[[d:14.03]] Bezoek [[a:Copernicusstraat 56]], 2e verdieping achter. Kamer ca. 3 bij 4,5 meter, stapelbed, één tweepersoonsmatras. Verhuurder (dhr. [[p:Baldew]]) was aanwezig en wilde het gesprek bijwonen; gevraagd om ons alleen te laten, ging niet graag. Hij zegt dat er "gewoon een contract" is, kon het niet laten zien. Signaal doorgezet naar {{o:Team Goed Verhuurderschap}} van de gemeente.
[[p:Marek]] laat weten dat ze zo nodig tijdelijk bij een neef in {{w:Moerwijk}} terecht kunnen.
[[p:PJ]]
=====
tc dhr [[p:Visser]] ([[p:Kees]]) zelf gebeld!! Hij wil "toch wel eens" naar de soos op dinsdag. Vervoer geregeld met [[p:Henk]] (vrijwilliger), ophalen 13.30 [[a:Pauwenlaan 19]]. [[p:Bram]]
=====
[[d:17/03]] tc dochter [[p:Jenny Chen]] (woont in Amsterdam, [[t:+31 6 2295 4418]]) over moeder mw. [[p:Chen]], 72, [[a:Pisuissestraat 104]]. Moeder spreekt alleen Kantonees, is sinds overlijden vader niet meer buiten geweest. [[p:Jenny]] vraagt naar Chinese ouderenactiviteiten. Ik zoek uit of {{o:Stichting Chinese Ouderen Den Haag}} nog een inloop heeft. [[p:Bram]]
=====
[[d:18-3]] | hb | [[p:IZ]]
Dhr. [[p:Ramcharan]] (Parkinson) steeds stijver, valt bijna dagelijks. Mw. [[p:Sita Ramcharan]] tilt hem zelf, rugklachten. Mw. wil "geen vreemden" over de vloer, zoon [[p:Vikash]] helpt in het weekend. Besproken: tillift/ douchestoel via {{o:Wmo}} en thuiszorg 's ochtends. Mw. stemt in met aanvraag op proef. Doorgezet naar [[p:Dewi]].
=====
Journaal [[z:SWT-SB-25-0142]] – [[p:Liliana Petrova]]
[[d:18-03-2025]] | spreekuur | [[p:PJ]]
Mw. kwam binnen met een brief van de verhuurder: zij moet haar kamer aan de [[a:Weimarstraat 301-3]] vóór [[d:31 maart]] verlaten. Geen schriftelijk contract, wel bankafschriften van maandelijkse huur (€ 680) naar een rekening op naam van [[p:R. Mahabier]]. Mw. werkt als schoonmaakster, 24 uur via uitzendbureau. Telefoon: [[t:+359 88 712 4490]] (Bulgaars nummer, WhatsApp).
Afspraak: {{o:Het Juridisch Loket}}, ik bel morgen. Mw. spreekt redelijk Engels.
=====
[[d:19/3]] tc [[p:tesfalem]] ivm brief {{o:duo}}: hij moet € 180 terugbetalen inburgering. snapt niet waarom. {{o:vluchtelingenwerk}} ([[p:femke]]) heeft hem begeleid tot vorig jaar. ik vraag het na. hij is wel erg verdrietig, zus nog in ethiopië. [[p:tk]] (met [[p:yk]])
=====
[[d:19-03-2025]] 16:45 — [[p:MN]]
Telefoon van de {{r:wijkagent}}, [[p:Erik Dekker]]: melding geluidsoverlast en geschreeuw uit de woning van mw. [[p:I. de Vos]] vannacht, door buren. Politie ter plaatse geweest, partner [[p:Rick van der Meer]] heeft een tijdelijk huisverbod gekregen (10 dagen). Kinderen [[p:Noah]] (8) en [[p:Lieke]] (5) waren thuis. {{o:Veilig Thuis}} is ingeschakeld door de politie. Morgen om 9.00 casusoverleg met VT.
=====
[[d:20-3]] hb mw [[p:de vos]] samen met [[p:annemiek]] van {{o:veilig thuis}}. mw moe, praat veel, wil "niet dat de kinderen weggehaald worden". uitgelegd wat huisverbod betekent en wat wij doen. ze heeft een zus, [[p:mirjam]], die kan helpen met de kinderen. zus gebeld: [[t:06-53 88 21 04]]. adres niet noteren in app-groep!! [[p:yk]]
=====
[[d:21/3]] – [[p:Rania Al-Haddad]] op spreekuur, zonder afspraak. Zoon [[p:Omar]] (17) is geschorst van school (2 dagen). Mw. is bang dat hij "verkeerde vrienden" heeft. [[p:Omar]] wil zelf niet praten. Doorverwezen naar {{o:CJG}}, warme overdracht naar {{r:jeugdconsulent}} [[p:Merel]]. Mw. heeft geen tijd meer voor haar eigen Nederlandse les. [[p:Bram]]
=====
Hb [[p:Ahmad Rahimi]], [[a:Copernicusplein 12]]. Dhr. heeft nachtmerries, schrikt van harde geluiden (vuurwerk in de straat). Slaapt op de bank. Wil geen psycholoog ("ik ben niet gek"). Wel bereid om met {{r:POH-GGZ}} te praten als iemand meegaat. [[d:woensdag 19 maart]]. -[[p:PJ]]
""")
add(r"""
Contactjournaal [[p:S. Kromodikromo]] — [[d:19-03-2025]] — [[p:MN]]
Gesprek met {{r:consulent}} {{o:UWV}}, dhr. [[p:Pronk]] (direct nr [[t:088 - 898 31 27]]): de WW van mw. eindigt per [[d:1 april]]; een verlenging is niet mogelijk. Doorverwezen naar de gemeente voor bijstand. Aanvraag kan pas na 4 weken zoektijd, tenzij er sprake is van een noodsituatie. Ik vraag na bij {{o:Werk & Inkomen}} of mantelzorg voor moeder een reden voor ontheffing is.
=====
tc mw [[p:ramcharan]] [[d:20/3]]. aanvraag {{o:wmo}} loopt ([[z:WMO-2025-18834]]). zoon [[p:vikash]] wil bij keukentafelgesprek zijn, kan alleen na 17u. doorgegeven aan [[p:dewi]]. [[p:yk]]
=====
[[d:20-03]] [[p:IZ]]: dhr. [[p:Yıldız]] – wond re voet beter, rand droog. Eet nu warme maaltijd via {{o:Tafeltje Dekje}} (start ma). Tevreden. Evaluatie over 2 wk.
""")

# ---------------------------------------------------------------------------
# 2. Handover notes (overdracht), before leave, between shifts, to a new colleague
# ---------------------------------------------------------------------------
add(r"""
OVERDRACHT i.v.m. vakantie [[p:MN]] ([[d:24-03]] t/m [[d:04-04]])
Vervanging: [[p:Nadia]] (regie), [[p:Youssef]] (uitvoering)

1. mw. [[p:G. Bakker-Post]], [[a:Fahrenheitstraat 412]] – [[z:SWT-SB-25-0087]]
   MDO staat op [[d:26-03]] 10.00 uur, uitnodiging is verstuurd. Dochter [[p:Anja]] komt. Kookplaatbeveiliging aangevraagd. Geheugenpoli: wachttijd ca. 6 weken.
2. dhr. [[p:J.W. Groen]], [[a:Reinkenstraat 88-1]]
   Opruimactie {{o:Leger des Heils}} gepland op [[d:28 maart]]. Intake {{o:Brijder}} nog niet bevestigd, dhr. nabellen. Ontruiming on hold tot [[d:22 april]] (afspraak met [[p:Linda Hoek]]).
3. dhr. [[p:R. Martina]] – [[z:SWT-SB-24-1130]]
   Post gaat nu naar nieuw adres. Reclassering wil evaluatie in april; contactpersoon [[p:N. Verbeek]], [[t:06-29 14 77 05]].
4. mw. [[p:S. Kromodikromo]]
   Bijstandsaanvraag in voorbereiding. Ontheffing zoektermijn gevraagd.

Bij twijfel: bel mij NIET, mail kan, ik lees 1x per week.
[[p:MN]]
=====
overdracht [[p:yk]] → [[p:tk]] (ik ben do+vr op cursus)
- [[p:abdi]]: tolk staat voor [[d:di 25/3]] om 10:00, bevestigd. bezwaar is verstuurd ([[d:14/3]]), bevestiging afwachten
- [[p:kowalczyk]]: fairwork belt jou terug, zeg dat de kinderen ook bij een {{r:huisarts}} moeten, praktijk aan de Thomsonlaan neemt nog aan
- [[p:ouahabi]] NIET alleen heen. altijd met [[p:jeroen]] of mij
- [[p:tesfalem]]: DUO-brief, je hebt het al uitgezocht toch? terugkoppelen aan hem, hij belt graag op whatsapp [[t:0687221390]]
succes!! [[p:yk]]
=====
Overdracht avonddienst wijkverpleging → SWT ([[d:ma 17-03]])
| cliënt | bijzonderheden | actie SWT |
| [[p:Tan-Lie]], [[a:Sweelinckplein 23]] | draagt alarmknop weer 👍 | geen |
| [[p:Bakker-Post]] | medicatie vanavond geweigerd, onrustig, belde 2x naar dochter | [[p:MN]] informeren |
| [[p:Ramcharan H.]] | gevallen 19.40u, geen letsel, mw. uitgeput | spoed Wmo? |
| [[p:Yıldız]] | - | - |
groet, [[p:Marjolein]] (avond wvp {{o:Florence}})
=====
Warme overdracht naar {{o:CJG}} {{w:Segbroek}} – ter attentie van [[p:Merel Dijkstra]], {{r:jeugdverpleegkundige}}

Betreft: [[p:Omar Al-Haddad]], geb. [[d:02-11-2007]], zoon van mw. [[p:Rania Al-Haddad]], [[a:Appelstraat 203]], [[pc:2564 AL]] Den Haag.
Moeder heeft toestemming gegeven voor deze overdracht (getekend [[d:21-03-2025]]).
Situatie: [[p:Omar]] is twee dagen geschorst (vechtpartij op het schoolplein). Moeder maakt zich zorgen over zijn vrienden en over geld dat hij "zomaar" heeft. Vader woont in Duitsland, weinig contact. Er is een jongere zus, [[p:Layla]] (11).
Vraag: contact met [[p:Omar]] en school; moeder wil graag mee naar het eerste gesprek.
Telefoon moeder: [[t:06 38 90 16 52]] (Arabisch, ook goed in het Engels).
Met vriendelijke groet, [[p:Bram Hoekstra]], {{r:welzijnscoach}} SWT Segbroek
=====
Overdracht casus [[p:L. Petrova]] van [[p:PJ]] naar [[p:Sevda]] (financieel deel)
• Huurbetalingen aan verhuurder lopen via haar Bulgaarse rekening [[i:BG03UNCR49893321402320]], afschriften in dossier.
• Ze heeft sinds [[d:1 februari]] een Nederlandse rekening bij {{o:bunq}}: [[i:NL33BUNQ9580926830]].
• Zorgverzekering: achterstand van 3 maanden (€ 417,-), wanbetalersregeling dreigt.
• Juridisch Loket: afspraak [[d:25 maart]] 11.15, ik ga mee.
• Zij verkiest WhatsApp boven bellen.
Groet, [[p:PJ]]
=====
Aan [[p:Tess]]: je eerste zelfstandige huisbezoek is bij dhr. [[p:Visser]] op [[d:dinsdag 18 maart]]. Hij is doof aan het linkeroor, ga rechts van hem zitten. Hij vertelt graag over de marine. Er is niks acuuts, het gaat om kennismaking en kijken of hij mee wil naar de soos. Koffie aannemen, anders is hij beledigd ;) — [[p:Bram]]
=====
Overdracht weekend (alleen voor de bereikbaarheidsdienst)
Er zijn geen crisissituaties. Eén aandachtspunt: bij een melding over de woning op de [[a:Reinkenstraat 88-1]] eerst contact met de {{o:GGD}} (vangnet), niet zelf gaan. Sleutelkastje kantoor: code is veranderd, zie mail van [[p:Nadia]].
=====
Overdracht van [[p:Jeroen Vos]] ({{o:Parnassia}}) aan collega [[p:Sandra Pinas]] – ziekte
Pt's die SWT-gedeeld zijn:
- [[p:A. Ouahabi]], depot 1x per 2 wk, eerstvolgende [[d:31-03]]. Samen met [[p:yk]] gaan.
- [[p:A. Rahimi]], nog niet in zorg, kennismaking via POH-GGZ op [[d:26/3]].
Contact SWT via [[p:Marieke Noordam]] of [[p:Nadia Benali]].
[[p:JV]]
=====
korte overdracht [[p:tk]]: ik heb meneer [[p:tesfalem]] zijn post gedaan, DUO terugbetaling is terecht helaas (hij is te laat voor examen), betalingsregeling € 15 pm aangevraagd online. ik heb zijn digid niet gebruikt!! hij heeft zelf ingelogd. check wel ff of het goed is gegaan pls
""")

# ---------------------------------------------------------------------------
# 3. Quick e-mails to and from partners (with quoted replies, signatures)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marieke Noordam]]
Aan: [[e:l.hoek@haagwonen.nl]]
Onderwerp: huisbezoek Reinkenstraat

Hoi [[p:Linda]],

[[d:Dinsdag 11 maart]] 13.30 uur past voor ons. [[p:Youssef el Khattabi]] (maatschappelijk werk) gaat ook mee. Zullen we elkaar voor de deur treffen?

Groet,
[[p:Marieke]]
=====
Hoi [[p:Sevda]],

Zoals besproken: de post van dhr. [[p:Ouahabi]] ligt in het grijze bakje op jouw bureau (2 mappen). Hij heeft toestemming gegeven. Zijn rekeningnummer staat op de bankpas die ik heb gefotografeerd: [[i:NL09 RABO 7831 3663 82]]. Wil je kijken of er nog een toeslag binnenkomt?

Gr [[p:Youssef]]
=====
Van: [[e:s.arslan@denhaag.nl]]
Verzonden: woensdag [[d:19 maart 2025]] 08:41
Onderwerp: RE: post [[p:Ouahabi]]

Hoi [[p:Youssef]],

Overzicht staat in het dossier. Kort: 14 schuldeisers, totaal € 14.812,37. Grootste: {{o:CZ}} (premie + boete), {{o:Eneco}}, {{o:CJIB}}. Geen toeslagen, terwijl hij recht heeft op zorgtoeslag: die vraag ik aan.
Let op: er loopt een beslag op zijn uitkering van € 212 p/m door {{o:Intrum}}, dat zit onder de beslagvrije voet volgens mij. Ik zoek het uit.

[[p:Sevda]]

> Hoi [[p:Sevda]], de post van dhr. [[p:Ouahabi]] ligt in het grijze bakje
=====
Beste dr. [[p:Ruijters]],

Naar aanleiding van ons telefoongesprek vandaag: mevrouw [[p:Bakker-Post]] (geb. [[d:14-07-1943]]) heeft toestemming gegeven voor informatie-uitwisseling. Bijgaand de toestemmingsverklaring. Het MDO is gepland op [[d:woensdag 26 maart]] om 10.00 uur; u bent van harte welkom, ook telefonisch.

Met vriendelijke groet,

[[p:Marieke Noordam]]
{{r:casusregisseur}} | sociaal wijkzorgteam {{w:Segbroek}}
{{o:Gemeente Den Haag}} | T [[t:06 43 18 77 20]] (ma, di, do)
=====
Aan: [[e:fact.segbroek@parnassia.nl]]
Onderwerp: dhr [[p:Ouahabi]] – huisbezoek

hoi [[p:jeroen]], [[d:ma 17/3]] 10u bij de brug beneden? ik neem koffie mee. [[p:yk]]
=====
Goedemiddag mevrouw [[p:Hoek]],

Hierbij bevestig ik dat de heer [[p:Groen]] sinds [[d:11 maart]] begeleiding krijgt van ons team. De opruimactie is gepland op [[d:vrijdag 28 maart]]. Ik verzoek u vriendelijk het ontruimingstraject tot ten minste [[d:22 april]] aan te houden, zoals telefonisch afgesproken.

Vriendelijke groet,
[[p:Marieke Noordam]]
=====
Van: [[p:Linda Hoek]] <[[e:l.hoek@haagwonen.nl]]>
Onderwerp: RE: bevestiging begeleiding dhr. [[p:Groen]]

Dag [[p:Marieke]],

Akkoord, ik zet het dossier [[z:HW-00287713]] op "begeleiding loopt". Graag na de opruimactie een foto van de keuken (met toestemming van huurder natuurlijk), dan kan ik mijn leidinggevende overtuigen.

Groet,
[[p:Linda Hoek]] | {{r:woonconsulent}} {{w:Segbroek}}/{{w:Scheveningen}}
{{o:Haag Wonen}} | algemeen nummer 070 311 43 00 | Postbus 16007, 2500 BA Den Haag
=====
Hallo {{o:Fairwork}},

Ik ben maatschappelijk werker in Den Haag Segbroek. Ik heb een Pools gezin (ouders + 2 kleine kinderen) dat op één kamer woont, geregeld door een uitzendbureau. De man werkt in de tuinbouw. Ze moeten eind maart weg. Kunnen jullie contact opnemen met de vader, [[p:Marek Kowalczyk]], op [[t:+48 512 330 871]]? Hij spreekt een beetje Engels en Duits.

Alvast dank,
[[p:Youssef el Khattabi]]
{{o:Wijkz}} / SWT {{w:Segbroek}}
[[t:06 28 90 14 63]]
=====
Onderwerp: Aanvraag tolk Somalisch [[d:di 25 maart]]

Beste Tolkcentrum,

Graag een tolk Somalisch (op locatie) voor [[d:dinsdag 25 maart]], 10.00-11.30 uur, Servicepunt XL Segbroek, spreekkamer 2. Kostenplaats: SWT Segbroek, budgetnummer 4410.228.

Met vriendelijke groet,
[[p:Youssef el Khattabi]]
=====
Van: [[p:Femke]] ({{o:VluchtelingenWerk}})
Onderwerp: RE: vraag over dhr. [[p:Gebremedhin]]

Hoi [[p:Tess]],

Ja, ik heb [[p:Tesfalem]] begeleid tot [[d:1 oktober]] vorig jaar. De DUO-lening klopt: hij heeft het examen niet binnen de termijn gehaald doordat hij 3 maanden in het ziekenhuis lag. Daar kan hij een ontheffing voor aanvragen! Formulier zit in de bijlage, plus de brief van het {{o:HagaZiekenhuis}} die ik nog had. Zijn V-nummer is [[z:V-2207815364]], heb je nodig voor het formulier.

Hartelijke groet,
[[p:Femke Jansen]]
{{r:maatschappelijk begeleider}}
=====
Hoi [[p:Femke]]!!! Super bedankt, ik ga er mee aan de slag. Ik laat het je weten. Groetjes [[p:tess]]
=====
Beste collega's van {{o:Veilig Thuis Haaglanden}},

Ter bevestiging van het overleg van vanochtend over mw. [[p:Ilse de Vos]] (geb. [[d:09-05-1989]]) en haar kinderen. Uw zaaknummer: [[z:VT-2025-031177]]. Onze contactpersoon voor deze casus is [[p:Youssef el Khattabi]], bereikbaar op [[t:06 28 90 14 63]]. Het huisverbod van dhr. [[p:R. van der Meer]] loopt tot en met [[d:29 maart]]; de politie overweegt verlenging.

Met vriendelijke groet,
[[p:Marieke Noordam]], {{r:casusregisseur}}
=====
Van: [[e:annemiek.schouten@veiligthuishaaglanden.nl]]
Aan: [[p:Marieke Noordam]]
Onderwerp: RE: bevestiging overleg

Dank [[p:Marieke]]. Eén correctie: het zaaknummer eindigt op 178, dus [[z:VT-2025-031178]]. Ik mail jullie het plan van aanpak na het huisbezoek van morgen. Vriendelijke groet, [[p:Annemiek]]
=====
Hi [[p:Jenny]],

Nice to speak to you this morning. As promised: there is a Chinese senior group on Thursday mornings (10-12h) in the community centre in Segbroek. I can visit your mother with a volunteer who speaks Cantonese, Mrs. [[p:Lau]]. Would [[d:Tuesday 25 March]] at 14:00 be possible? Please let me know.

Kind regards,
[[p:Bram Hoekstra]]
Social worker for elderly, {{o:Zebra Welzijn}}
=====
Beste [[p:Dewi]],

Vraag: kun jij de aanvraag van fam. [[p:Ramcharan]] ([[z:WMO-2025-18834]]) met spoed oppakken? Meneer is gisteren weer gevallen en mevrouw tilt hem alleen. Ze is zelf 66 en heeft een hernia gehad. Keukentafelgesprek graag na 17.00 uur i.v.m. zoon.

[[p:Ingrid Zwaan]]
{{r:Wijkverpleegkundige}} {{o:Florence}} | [[t:06 51 73 08 42]]
=====
Hoi [[p:Ingrid]], gaat lukken: [[d:maandag 24 maart]] 17.15 uur. Ik neem de ergotherapeut mee. Wil jij het alvast tegen mw. zeggen? [[p:Dewi]]
=====
Onderwerp: Aanmelding schuldhulpverlening – dhr. [[p:A. Ouahabi]]

Geachte collega,

Hierbij meld ik de heer [[p:Abdelkader Ouahabi]] aan voor schuldhulpverlening.

Geboortedatum: [[d:21-08-1966]]
BSN: [[b:293.445.308]]
Adres: [[a:Valkenboslaan 221-III]], [[pc:2563 CH]] Den Haag
Telefoon: [[t:06 41 09 73 38]] (vaak uit, liever via broer [[t:06 17 38 52 06]])
Inkomen: WIA-uitkering
Totale schuld (schatting): € 14.812,37 bij 14 schuldeisers

Met vriendelijke groet,
[[p:S. Arslan]], {{r:schuldhulpverlener}}, SWT Segbroek
=====
Van: receptie [[p:Mandy]] ({{o:Huisartsenpraktijk Valkenbos}})
Onderwerp: inschrijving kinderen [[p:Kowalczyk]]

Hallo, we kunnen de kinderen inschrijven, maar we hebben wel de BSN's nodig van beide kinderen en een adres. Een briefadres is ook goed. Bellen kan op ons algemene nummer (070 - 363 10 20) tussen 13 en 14 uur, niet op de spoedlijn graag. Groet [[p:Mandy]]
=====
Hey [[p:Mandy]], top! Ik stuur het na zodra de gemeente ze heeft ingeschreven. BSN van moeder heb ik al, de kinderen nog niet. [[p:yk]]
=====
Beste meneer [[p:Verbeek]],

Dhr. [[p:Rudy Martina]] heeft zijn adreswijziging doorgegeven. Nieuw postadres: [[a:De Carpentierstraat 61]], [[pc:2595 HC]] Den Haag (bij zijn vriendin). Zijn nieuwe mobiele nummer is [[t:06-31 05 44 87]]; het oude nummer werkt niet meer.

Met vriendelijke groet,
[[p:Pieter-Jan de Wit]] | {{r:MEE-consulent}} | {{o:MEE Zuid-Holland Noord}}
=====
Van: [[e:pj.dewit@mee-zhn.nl]]
Aan: [[e:n.benali@denhaag.nl]]
Onderwerp: vrijdag

[[p:Nadia]], ik ben vrijdag ziek thuis (griep). Mijn afspraak van 14.00 uur met [[p:Yusuf]] wil ik verzetten, kan iemand hem even bellen? [[t:06 - 49 02 83 71]]. Het is alleen een vervolggesprek over de CJIB-boetes, niks spoed. Dank je! [[p:PJ]]
=====
Hoi [[p:PJ]], beterschap! Ik heb [[p:Tess]] gevraagd [[p:Yusuf]] te bellen. Nieuwe afspraak: [[d:ma 24/3]] 14.00. [[p:Nadia]]
=====
Beste heer/mevrouw,

Namens mijn cliënt, de heer [[p:Y. Demir]] (CJIB-kenmerken [[z:1000 2847 3316 5092]] en [[z:1000 2851 0067 4418]]), verzoek ik om een betalingsregeling. De heer [[p:Demir]] heeft een licht verstandelijke beperking en een Wajong-uitkering; hij was niet in staat de boetes tijdig te begrijpen. Hij kan € 25 per maand betalen vanaf [[d:1 april 2025]].

Met vriendelijke groet,
[[p:P.J. de Wit]], MEE-consulent
=====
Onderwerp: Verzoek dossierinzage

Beste collega,

Ik ben tweedejaars stagiaire bij het SWT. Mag ik als stagiaire ook inzage krijgen in het digitale dossier (Mens Centraal)? Mijn begeleider is [[p:Youssef]]. Mvg, [[p:Tess Koning]]
=====
Dag [[p:Tess]], ja, met een stage-account met beperkte rechten. Ik regel het bij functioneel beheer. Je krijgt een mail met een activatielink. Je wachtwoord deel je met niemand, ook niet met [[p:Youssef]] ;) Groet [[p:Nadia]]
""")

# ---------------------------------------------------------------------------
# 4. Team-app messages (WhatsApp group "SWT Segbroek", Teams chat, single pings)
# ---------------------------------------------------------------------------
add(r"""
[[[d:03-03-25]] 08:02] [[p:Bram Hoekstra]]: Goedemorgen allemaal ☀️ wie heeft de sleutel van spreekkamer 3?
[[[d:03-03-25]] 08:05] [[p:Nadia Benali]]: ligt in het kastje, code 4471
[[[d:03-03-25]] 08:05] [[p:Bram Hoekstra]]: 👍
=====
[[[d:04-03-25]] 12:31] [[p:Youssef]]: wie kan morgen mee naar een hb in de {{w:bomenbuurt}}? 2e persoon nodig ivm agressie in het verleden
[[[d:04-03-25]] 12:40] [[p:Pieter-Jan]]: ik kan na 11u
[[[d:04-03-25]] 12:41] [[p:Youssef]]: top 11.30 bij kantoor
=====
[[p:Ingrid Zwaan]] 09:14
Mw. [[p:Bakker]] van de Fahrenheitstraat heeft haar medicijnen vanochtend wel ingenomen 👍 @[[p:Marieke]]
=====
@[[p:Sevda]] kan jij even kijken naar een brief van de {{o:SVB}} voor mw [[p:tan]]? ze snapt niet waarom haar AOW lager is. brief ligt bij de receptie. gr [[p:ingrid]]
=====
[[p:Sevda Arslan]] 10:02
Ja doe ik. Waarschijnlijk de inhouding voor de zorgtoeslag, zien we vaker na een jaarwisseling.
=====
[[[d:05-03-25]] 16:58] [[p:Tess]]: ik heb per ongeluk de map van [[p:kowalczyk]] meegenomen naar huis 😬😬 breng hem morgen om 8u terug
[[[d:05-03-25]] 17:01] [[p:Nadia Benali]]: [[p:Tess]], dat mag echt niet. Morgen even bij mij langs.
[[[d:05-03-25]] 17:02] [[p:Tess]]: sorry!! ja natuurlijk
=====
Teamchat SWT Segbroek – donderdag
[[p:Marieke Noordam]] 13:20
Reminder: intervisie om 15.30 in de grote zaal, neem een casus mee (geanonimiseerd, geen namen op de flipover!)
[[p:Jeroen Vos]] 13:22
Ik kom later, 16u
[[p:Youssef el Khattabi]] 13:25
👍
=====
@[[p:Dewi]] mw [[p:ramcharan]] vraagt of je haar mobiel kunt bellen ipv vaste nummer, [[t:06 14 62 98 30]], ze is overdag in de tuin. [[p:yk]]
=====
Ik sta voor de deur bij [[a:Copernicusstraat 56]] en er doet niemand open. Bel niet aan de voorkant zegt de buurman. Iemand een idee? - [[p:PJ]]
=====
[[p:PJ]] achterom via het steegje, 2e deur. zo deden wij het ook
=====
[[[d:06-03-25]] 07:48] [[p:Ingrid Zwaan]]: ben vanochtend later, auto start niet 🙄
[[[d:06-03-25]] 07:50] [[p:Marieke Noordam]]: sterkte! ik neem de 9u over
=====
wie heeft er nog plek voor een nieuwe aanmelding? vrouw 55, schulden en eenzaamheid, {{w:duinoord}}. via {{r:huisarts}}. [[p:nadia]]
=====
[[[d:07-03-25]] 11:12] [[p:Bram Hoekstra]]: Nieuws!! Dhr. [[p:Visser]] heeft zelf gebeld om mee te gaan naar de soos 🎉🎉
[[[d:07-03-25]] 11:13] [[p:Tess]]: yesss
[[[d:07-03-25]] 11:15] [[p:Marieke Noordam]]: Mooi [[p:Bram]]!
=====
[[p:Sevda Arslan]]: Graag niet meer foto's van bankpassen in de app zetten, ook niet als het "snel" moet. Mail het beveiligd. Dank jullie wel!
=====
Hoi allen, de printer op de 2e verdieping is weer kapot. Storing gemeld bij de servicedesk (ticket 448120). Gebruik zolang de printer bij de receptie. 🖨️
=====
[[p:Jeroen Vos]] 15:41
Kan iemand van SWT maandag mee naar dhr [[p:Ouahabi]] ([[a:Valkenboslaan 221]])? Ik wil niet alleen, laatste keer was hij onrustig
[[p:Youssef el Khattabi]] 15:44
ja ik. 10u
=====
[[[d:10-03-25]] 09:03] [[p:Nadia Benali]]: Vandaag teamoverleg om 13.00, agenda in de mail. Lunch wordt verzorgd 🥪
[[[d:10-03-25]] 09:10] [[p:Pieter-Jan]]: vega graag
[[[d:10-03-25]] 09:11] [[p:Ingrid Zwaan]]: ik ben er pas om 13.30
=====
@[[p:youssef]] mevrouw [[p:abdi]] heeft net gebeld ze zegt dat de tolk niet komt?? ik heb gezegd dat je terugbelt op [[t:06-87 41 02 29]] [[p:tk]]
=====
@[[p:tess]] die tolk komt op de [[d:25e]] niet vandaag 😅 ik bel haar wel. [[p:yk]]
=====
[[p:Marieke Noordam]] 16:12
Mensen, let op: niet meer met naam en adres van mw. [[p:De Vos]] in deze groep. VT-casus. Bespreken alleen in het beveiligde dossier.
=====
[[[d:11-03-25]] 14:57] [[p:Youssef]]: hb [[p:groen]] gedaan met [[p:linda]]. zwaar. verslag volgt
[[[d:11-03-25]] 14:58] [[p:Youssef]]: [[p:marieke]] ik ga eerst douchen haha
=====
Wie heeft er ervaring met het {{o:Wmo}}-vervoer ({{o:Haagse Taxi}})? Dhr. kwam vorige week 45 minuten te laat bij de dagbesteding. - [[p:Bram]]
=====
[[p:Dewi Sastrowidjojo]] 11:30
Ja, klachten melden via de klantenservice, dan kan het na 3 meldingen naar de regiecentrale. Ik stuur je het formulier.
=====
[[[d:12-03-25]] 08:15] [[p:Tess]]: goedemorgen! ik ben vandaag de hele dag op school, morgen weer op kantoor
=====
[[p:pj]]: [[p:yusuf]] ([[p:demir]]) staat beneden bij de receptie zonder afspraak, hij is boos over een boete. wie kan? ik zit in gesprek
[[p:bram]]: ik kom
=====
Kan iemand mij het nummer geven van de {{r:POH-GGZ}} van de praktijk aan de Sportlaan? Ik heb alleen het algemene nummer. - [[p:PJ]]
=====
[[p:Ingrid Zwaan]] 17:33
direct nr [[p:Samira Lahlou]] (POH-GGZ): [[t:070 - 363 10 27]], di en do
=====
Hoi team, ik heb vandaag mijn tussentijdse evaluatie 😰 duimen jullie? [[p:tk]]
=====
[[[d:13-03-25]] 10:20] [[p:Nadia Benali]]: Zijn er mensen die volgende week vrijdag willen helpen bij de informatiemarkt in het wijkcentrum? 10-14u. Koffie en taart 🍰
[[[d:13-03-25]] 10:22] [[p:Bram Hoekstra]]: ik!
[[[d:13-03-25]] 10:25] [[p:Ingrid Zwaan]]: ik kan van 12-14
=====
[[p:Youssef el Khattabi]] 14:02
[[p:Sevda]], dhr [[p:ouahabi]] zegt dat hij een brief van de deurwaarder heeft gekregen over beslag op zijn inboedel. [[d:24 maart]]!! kun jij vandaag nog bellen met {{o:GGN}} gerechtsdeurwaarders? dossiernr op de brief: [[z:DW-25-117403]]
[[p:Sevda Arslan]] 14:10
Ik bel nu
[[p:Sevda Arslan]] 14:31
Opgeschort tot [[d:15 april]] 👍 want aanmelding schuldhulp loopt
=====
Is er iemand die Turks spreekt? Dhr. [[p:Yıldız]] van de {{o:Tafeltje Dekje}} wil iets uitleggen over zijn dieet maar ik snap het niet helemaal. [[p:IZ]]
=====
[[p:Sevda Arslan]]: ik spreek Turks, stuur hem maar naar mij door, ik bel hem om 16u
=====
[[[d:14-03-25]] 09:45] [[p:Marieke Noordam]]: Wie heeft de toestemmingsverklaring van mw. [[p:Bakker]] gescand? Ik kan hem niet vinden in het dossier.
[[[d:14-03-25]] 09:47] [[p:Tess]]: ik! staat onder documenten > [[d:04-03-2025]] > toestemming
[[[d:14-03-25]] 09:48] [[p:Marieke Noordam]]: Dank je!
=====
vrijdagmiddagborrel 🍻 16.30 in de kantine. [[p:Jeroen]] trakteert want hij is jarig! 🎂
=====
[[[d:17-03-25]] 08:30] [[p:Youssef]]: op weg naar [[p:ouahabi]] met [[p:jeroen]]
[[[d:17-03-25]] 11:02] [[p:Youssef]]: depot gezet, hij wil hulp met schulden!!! 🙌
[[[d:17-03-25]] 11:03] [[p:Sevda Arslan]]: 👏👏
[[[d:17-03-25]] 11:05] [[p:Marieke Noordam]]: Wat goed [[p:Youssef]], dank je voor je geduld.
=====
hoi @[[p:Bram]], dhr [[p:visser]] belde naar kantoor, hij wil morgen toch niet naar de soos want het regent. hij vroeg of jij even langs kon komen. [[p:tk]]
=====
[[p:Bram Hoekstra]] 12:12
Ik ga er straks langs. Regen is zijn smoes, hij is bang dat hij niemand kent. Ik vraag [[p:Henk]] om er te zijn.
=====
[[p:Nadia Benali]] 16:05
Vergeet niet: vóór vrijdag uren schrijven in het systeem, anders krijgt de administratie problemen met de gemeentelijke rapportage.
=====
Heeft iemand een lader voor een Samsung? Mijn telefoon is bijna leeg en ik heb om 3 uur een huisbezoek. - [[p:PJ]]
=====
[[[d:18-03-25]] 13:40] [[p:Pieter-Jan]]: Jurist Juridisch Loket kan [[d:25/3]] om 11.15. Ik ga mee met [[p:Liliana]].
[[[d:18-03-25]] 13:41] [[p:Pieter-Jan]]: Haar telefoon doet het niet altijd, reserve: WhatsApp [[t:+359 88 712 4490]]
=====
[[p:Ingrid Zwaan]] 10:44
Kort: mw. [[p:Ramcharan]] was vanochtend in tranen. Ik heb de {{o:Wmo}} met spoed gevraagd. @[[p:Dewi]] dank!
=====
[[p:Tess Koning]]: meneer [[p:tesfalem]] z'n ontheffingsaanvraag is verstuurd! via de post want digitaal lukte niet. kopie in dossier
=====
[[p:Youssef el Khattabi]]: netjes [[p:tess]] 👌
=====
[[[d:19-03-25]] 17:02] [[p:Marieke Noordam]]: Ik ben gebeld door de wijkagent over een VT-casus. Morgen 9.00 overleg. [[p:Youssef]], kun jij erbij zijn?
[[[d:19-03-25]] 17:10] [[p:Youssef]]: ja
=====
Vergeten: morgen 10u bezoek van de wethouder aan het servicepunt. Nette kleren 😉 - [[p:Nadia]]
=====
Wethouder was er, ging goed. Ze wil graag een keer meelopen met een huisbezoek. Wie? 😂
=====
[[p:Jeroen Vos]] 09:12
Ik ben vanaf vandaag 2 weken ziek thuis. Collega [[p:Sandra Pinas]] neemt mijn SWT-pt's over, [[t:06 - 22 81 93 04]]. Overdracht zit in het dossier.
=====
[[[d:21-03-25]] 15:15] [[p:Bram Hoekstra]]: Fijn weekend allemaal! 🌷
[[[d:21-03-25]] 15:16] [[p:Tess]]: jij ook!
[[[d:21-03-25]] 15:20] [[p:Ingrid Zwaan]]: 🌷🌷
""")

# ---------------------------------------------------------------------------
# 5. Intake and registration forms (aanmeldformulier, intake, keukentafel)
# ---------------------------------------------------------------------------
add(r"""
AANMELDFORMULIER SOCIAAL WIJKZORGTEAM SEGBROEK
Datum aanmelding:	[[d:05-03-2025]]
Aangemeld door:	{{r:huisarts}} [[p:A. Ruijters]], {{o:Huisartsenpraktijk Valkenbos}}
Naam cliënt:	[[p:Ahmad Rahimi]]
Geboortedatum:	[[d:12-01-1985]]
BSN:	[[b:535067793]]
Adres:	[[a:Copernicusplein 12]]
Postcode/plaats:	[[pc:2561 WH]] Den Haag
Telefoon:	[[t:06 27 44 18 93]]
Gezinssituatie:	alleenstaand, vrouw en kinderen in Pakistan (gezinshereniging loopt)
Reden aanmelding:	slaapproblemen, nachtmerries, sociaal isolement, wil geen GGZ
Toestemming cliënt:	ja (mondeling, schriftelijk volgt)
=====
INTAKE – [[z:SWT-SB-25-0142]]
Naam: [[p:Liliana Petrova]]            Geb.: [[d:3 september 1995]]
Nationaliteit: Bulgaarse               BSN: [[b:598724734]]
Verblijfsadres: [[a:Weimarstraat 301-3]], [[pc:2562 HB]]
Contact: [[t:+359 88 712 4490]] / [[e:lili.petrova95@abv.bg]]
Taal: Bulgaars, Engels (redelijk), Nederlands (beetje)
Werk: schoonmaak via uitzendbureau, 24 u/wk, ± € 1.150 netto
Hulpvraag: "I need a place to live, not on the street."
Domeinen (zelfredzaamheidsmatrix):
| domein | score |
| huisvesting | 1 |
| financiën | 2 |
| werk | 3 |
| sociaal netwerk | 2 |
| lichamelijke gezondheid | 4 |
Intaker: [[p:PJ]]
=====
Keukentafelgesprek Wmo – verslag
Kenmerk: [[z:WMO-2025-18834]]
Datum gesprek: [[d:24 maart 2025]] (gepland)
Aanvrager: dhr. [[p:H. Ramcharan]], geb. [[d:30-06-1954]]
Adres: [[a:Zoutmanstraat 47-A]], [[pc:2518 GM]] Den Haag
Aanwezig: aanvrager, echtgenote mw. [[p:S. Ramcharan]], zoon [[p:V. Ramcharan]], {{r:wijkverpleegkundige}} [[p:I. Zwaan]], {{r:Wmo-consulent}} [[p:D. Sastrowidjojo]], {{r:ergotherapeut}}
Hulpvraag: veilig verplaatsen in huis, ontlasting mantelzorger
Beoogde voorzieningen: tillift (bruikleen), douche-toiletstoel, hulp bij het huishouden 3 uur/week
Ingangsdatum: nader te bepalen
=====
Intakeformulier schuldhulpverlening (invullen door consulent)

1. Persoonsgegevens
   Naam: [[p:Abdelkader Ouahabi]]
   Geboortedatum: [[d:21 augustus 1966]]
   Burgerservicenummer: [[b:2934 45 308]]
   Rekeningnummer: [[i:NL09RABO7831366382]]
   Partner: n.v.t.
2. Inkomen
   WIA-uitkering € 1.384,20 netto p/m
   Zorgtoeslag: aangevraagd [[d:19-03-2025]]
3. Vaste lasten
   Huur € 712,35 (huurtoeslag: nee, gaat boven de grens)
   Energie € 148
4. Schulden: zie bijlage (14 crediteuren)
Consulent: [[p:S. Arslan]]
=====
SCHULDENOVERZICHT dhr. [[p:A. Ouahabi]] – stand [[d:19-03-2025]]
| nr | schuldeiser | dossiernr schuldeiser | bedrag | status |
|----|-------------|----------------------|--------|--------|
| 1 | {{o:CZ}} zorgverzekering | [[z:CZ-4418307]] | € 3.206,11 | {{o:CAK}}-regeling |
| 2 | {{o:Eneco}} | [[z:EN 2004 8831 77]] | € 1.882,40 | incasso |
| 3 | {{o:CJIB}} | [[z:1000 2299 8813 0457]] | € 1.150,00 | verhoogd |
| 4 | {{o:Haag Wonen}} | [[z:HW-00311928]] | € 2.136,70 | regeling afgebroken |
| 5 | {{o:Intrum}} (namens {{o:Wehkamp}}) | [[z:INT/8827/31077]] | € 948,35 | beslag |
| … | … | … | … | … |
| totaal | | | € 14.812,37 | |
Opgesteld door: [[p:SA]]
=====
Aanmeldformulier (papier, ingevuld door cliënt zelf bij de balie)
Naam: [[p:yusuf demir]]
Adres: [[a:beeklaan 302]] bij mijn moeder
Telfoon: [[t:0649028371]]
Wat is uw vraag: ik heb boetes van de trein en ik snap de brieven niet en mijn moeder is boos
Handtekening: [[p:Y. Demir]]
=====
Intake formulier (kort) – opgesteld door [[p:Tess Koning]] ({{r:stagiaire}})
Cliënt: mw. [[p:Shirley Kromodikromo]]
Geb: [[d:17/11/1975]]
adres: [[a:Goudsbloemlaan 77]]
tel: [[t:06-40 33 18 29]]
mail: [[e:shirleykromo@hotmail.com]]
situatie: zorgt voor haar moeder (83), die in {{w:Moerwijk}} woont, ± 6 dagen/wk. Eigen WW stopt binnenkort. Heeft een burn-out gehad in 2022.
vraag: respijtzorg en inkomen
bijz: mevrouw wil niet dat broer gebeld wordt (ruzie).
=====
Registratieformulier statushouder (Vluchtelingenwerk → SWT)
Naam: [[p:GEBREMEDHIN]], [[p:Tesfalem]]
V-nummer: [[z:2207815364]]
BSN: [[b:148230842]]
Geboortedatum: [[d:01-01-2001]] (ambtshalve vastgesteld)
Woonadres: [[a:Goudenregenstraat 14-B]], [[pc:2565 EB]] Den Haag
Huisgenoten: geen
Inburgering: A2, examen niet gehaald
Mentor taalcafé: [[p:Hans Koning]]
=====
INTAKE MEE – [[p:Yusuf Demir]]
• Geboren: [[d:8 februari 1994]]
• Woont bij moeder, mw. [[p:Hatice Demir]], [[a:Beeklaan 302]], [[pc:2562 AN]]
• IQ-onderzoek 2011: TIQ 68 (rapport {{o:De Binnenbocht}}), Wajong
• Werkt 16 uur bij {{o:Maatwerkbedrijf Haeghe Groep}}, sorteerafdeling
• Boetes: zwartrijden {{o:HTM}}/NS, 2 verkeersboetes (fiets zonder licht, door rood), totaal € 1.240
• Bankrekening: [[i:NL16SNSB6734964495]], moeder heeft meekijkrechten
• Netwerk: moeder, oom [[p:Mehmet]], voetbalvereniging (zaterdag)
Vervolg: betalingsregeling CJIB, budgetcursus via {{o:Humanitas}}.
=====
Aanmelding via het digitale formulier van de gemeente:
Voornaam: [[p:Kees]]
Achternaam: [[p:Visser]]
Geboortedatum: [[d:03-04-1940]]
Telefoon: [[t:070-3254188]]
Vraag: mijn vader zit alleen thuis sinds mijn moeder is overleden, hij eet slecht en zegt weinig. ik woon in Groningen en kan niet vaak komen. kan er iemand langs?
Ingevuld door: [[p:Marja Visser]] (dochter)
E-mail: [[e:marja.visser@ziggo.nl]]
=====
VERKORT AANMELDFORMULIER – telefonisch aangenomen door de receptie ([[p:Esra]])
Datum: [[d:20/03]] om 14.10 uur
Beller: mevrouw [[p:Latifa Bouzamour]] (buurvrouw)
Betreft: mevrouw [[p:Wilhelmina]] ([[p:Mien]]) [[p:de Groot]], [[a:Laan van Meerdervoort 1042]], ± 90 jaar
Melding: mevrouw heeft al 3 dagen de gordijnen dicht en doet niet open, de buurvrouw heeft geen sleutel.
Terugbelnummer melder: [[t:06 12 87 43 90]]
Doorgezet naar: dienstdoende SWT ([[p:Marieke]]) → melding ook doorgegeven aan politie (0900-8844)
=====
Intake mantelzorger (kort)
Mantelzorger: [[p:Vikash Ramcharan]]
Relatie: zoon
Zorgt voor: vader ([[p:Harry Ramcharan]], 70, Parkinson), ondersteunt moeder
Uren per week: ± 12
Werk: fulltime ICT bij een bank in {{w:Rijswijk}}
Belasting (EDIZ): 18 – hoog
Wens: "dat mijn moeder niet omvalt"
=====
Formulier toestemming informatie-uitwisseling
Ondergetekende: [[p:Ilse de Vos]]
Geboortedatum: [[d:9 mei 1989]]
geeft toestemming aan het sociaal wijkzorgteam Segbroek om informatie uit te wisselen met:
☒ {{o:Veilig Thuis Haaglanden}}
☒ {{o:CJG}} {{w:Segbroek}}
☒ school van de kinderen ({{o:Basisschool De Vlierboom}})
☐ {{r:huisarts}}
☐ werkgever
Deze toestemming is geldig tot [[d:21-09-2025]].
Plaats en datum: Den Haag, [[d:20-03-2025]]
""")

# ---------------------------------------------------------------------------
# 6. To-do lists (personal, team board, sticky notes)
# ---------------------------------------------------------------------------
add(r"""
TODO [[p:MN]] week 10
[x] MDO aanvragen mw. [[p:Bakker-Post]]
[x] huisarts bellen ivm toestemming
[ ] [[p:Anja]] bellen over machtiging/mentorschap
[ ] verslag hb [[p:Groen]] uitwerken ([[p:yk]] levert aan)
[ ] [[p:Martina]]: adreswijziging checken
[ ] verlofaanvraag indienen!!
=====
to do [[p:yk]]
- [[p:abdi]] bezwaar printen + laten tekenen
- [[p:kowalczyk]] brp check + fairwork
- [[p:ouahabi]] post naar [[p:sevda]]
- [[p:jeroen]] bellen [[d:ma 17/3]]
- [[p:tess]] evaluatieformulier invullen (deadline vr)
- declaratie km's feb
=====
takenbord teamoverleg [[d:11-03-2025]]
| wie | wat | wanneer |
| [[p:NB]] | vacature {{r:wijkverpleegkundige}} doorzetten | wk 11 |
| [[p:MN]] | casus [[p:Groen]] inbrengen bij regieoverleg | [[d:18/3]] |
| [[p:PJ]] | folders MEE in wachtruimte | z.s.m. |
| [[p:SA]] | training beslagvrije voet organiseren | april |
| [[p:IZ]] | valpreventie-les {{w:Duinoord}} | [[d:27/3]] |
| [[p:BH]] | informatiemarkt wijkcentrum | [[d:vr 21/3]] |
=====
TODO ([[p:Bram]])
☐ Chinese ouderen: inloop navragen (donderdag?)
☐ dhr. [[p:Visser]] – vervoer soos regelen
☐ vrijwilligersavond [[d:3 april]]: uitnodigingen
☐ jaarverslag 2024 Zebra afronden
☐ afspraak mw. [[p:Chen]] met dochter
=====
to do [[p:tk]] 🙂
1. ontheffing DUO [[p:Tesfalem]] -> versturen!!
2. map [[p:kowalczyk]] TERUG (sorry)
3. reflectieverslag week 11 af
4. mevr [[p:abdi]] bellen over tolk (op de [[d:25e]]!)
5. vragen aan [[p:nadia]]: account dossier
=====
[[p:PJ]] – openstaand
• [[p:Demir]] CJIB-regeling: wacht op antwoord (verstuurd [[d:13-03]])
• [[p:Petrova]]: Juridisch Loket [[d:25/3]], vervoer? fiets
• [[p:Kowalczyk]]: melding Goed Verhuurderschap → terugkoppeling?
• [[p:Rahimi]]: POH-GGZ [[d:26/3]] 09.30, ophalen 09.00
• scholing "LVB herkennen" aanmelden
=====
Geeltje op het scherm van [[p:Sevda]]:
BEL {{o:INTRUM}} terug!! ref [[z:INT/8827/31077]] – vragen naar [[p:Kim]] [[t:088-0125 771]]
=====
Lijstje voor het MDO van mw. [[p:Bakker]] ([[d:26/3]]):
- medicatie (baxter sinds [[d:7/3]]) → gaat het?
- kookplaatbeveiliging → geplaatst?
- dagbesteding: 2x per week {{o:De Schakel}}?
- mentorschap: dochter wil wel
- rijbewijs/auto? staat nog voor de deur
=====
Actiepunten uit regieoverleg {{o:gemeente}} – wk 12
1. Alle SWT's leveren vóór het einde van de maand het aantal lopende casussen aan (geen namen).
2. Nieuwe werkinstructie bemoeizorg staat op intranet (versie 2.3).
3. Pilot "warme overdracht CJG" wordt verlengd tot eind 2025.
4. Evaluatie wachttijden Wmo-consulenten in mei.
=====
Dagplanning [[p:IZ]] do [[d:20 maart]]
08.00 dhr. [[p:Yıldız]] – wond
09.00 mw. [[p:Tan-Lie]] – controle heup
10.30 mw. [[p:Bakker-Post]] – medicatie
12.00 lunch
13.00 overleg thuiszorg
14.30 fam. [[p:Ramcharan]] – voorbereiding keukentafelgesprek
16.00 rapportage
""")

# ---------------------------------------------------------------------------
# 7. Letters (formal, to clients and institutions)
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Den Haag}}
Dienst Sociale Zaken en Werkgelegenheid
Postbus 12600, 2500 DJ Den Haag

Mevrouw [[p:F. Abdi]]
[[a:Elandstraat 140-2]]
[[pc:2513 GS]] Den Haag

Datum: [[d:14 maart 2025]]
Ons kenmerk: [[z:SWT-SB-25-0119]]
Onderwerp: uw afspraak met een tolk

Beste mevrouw [[p:Abdi]],

Op dinsdag [[d:25 maart 2025]] om 10.00 uur heeft u een afspraak bij het {{o:Servicepunt XL}} {{w:Segbroek}}. Er is dan een tolk Somalisch aanwezig. Wilt u alle brieven van de {{o:Belastingdienst}} meenemen, en uw bankafschriften van de laatste drie maanden?

Kunt u niet komen? Bel dan naar 14 070 en vraag naar het sociaal wijkzorgteam Segbroek.

Met vriendelijke groet,

[[p:Y. el Khattabi]]
{{r:maatschappelijk werker}}
=====
Aan de Belastingdienst/Toeslagen
Postbus 51
7400 AB Apeldoorn

Den Haag, [[d:14 maart 2025]]

Betreft: bezwaar tegen terugvordering kinderopvangtoeslag 2023
Naam: [[p:Fardowsa Abdi]]
BSN: [[b:905968256]]
Kenmerk van uw brief: [[z:7112.44.908.T.41]]

Geachte heer, mevrouw,

Ik maak bezwaar tegen uw besluit van [[d:19 februari 2025]] waarin u € 3.412 kinderopvangtoeslag over 2023 terugvordert. In 2023 werkte ik 20 uur per week en mijn kinderen gingen naar de BSO. Ik heb de facturen bijgevoegd.

Ook vraag ik u de invordering op te schorten tot op mijn bezwaar is beslist.

Met vriendelijke groet,
[[p:F. Abdi]]
(opgesteld met hulp van het sociaal wijkzorgteam Segbroek)
=====
{{o:Gemeente Den Haag}} – Wmo
Postbus 12652, 2500 DP Den Haag

Aan: de heer [[p:H. Ramcharan]]
[[a:Zoutmanstraat 47-A]]
[[pc:2518 GM]] DEN HAAG

Kenmerk: [[z:WMO-2025-18834]]
Datum: [[d:20 maart 2025]]
Onderwerp: uitnodiging gesprek over uw aanvraag

Geachte heer [[p:Ramcharan]],

U heeft op [[d:10 maart 2025]] een melding gedaan bij de Wmo. Wij nodigen u uit voor een gesprek bij u thuis op maandag [[d:24 maart 2025]] om 17.15 uur. Uw consulent is mevrouw [[p:D. Sastrowidjojo]]. Zij neemt een {{r:ergotherapeut}} mee.

U mag iemand uitnodigen om bij het gesprek te zijn, bijvoorbeeld een familielid of een cliëntondersteuner. Cliëntondersteuning is gratis.

Heeft u vragen? Bel 14 070 of mail naar [[e:d.sastrowidjojo@denhaag.nl]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[p:D. Sastrowidjojo]]
{{r:Wmo-consulent}}
=====
Gerechtsdeurwaarders {{o:GGN}}
t.a.v. de behandelend medewerker
dossiernummer [[z:DW-25-117403]]

Den Haag, [[d:13 maart 2025]]

Betreft: verzoek opschorting executie – de heer [[p:A. Ouahabi]], [[a:Valkenboslaan 221-III]]

Geachte heer, mevrouw,

Hierbij bevestig ik ons telefoongesprek van vandaag. De heer [[p:Ouahabi]] is op [[d:17 maart]] aangemeld voor schuldhulpverlening bij de gemeente Den Haag. Ik verzoek u de aangekondigde beslaglegging op de inboedel (gepland op [[d:24 maart 2025]]) op te schorten tot [[d:15 april 2025]], zodat een schuldregeling kan worden voorbereid.

Met vriendelijke groet,

[[p:Sevda Arslan]]
{{r:schuldhulpverlener}} | [[t:06 - 38 21 70 94]] | [[e:s.arslan@denhaag.nl]]
=====
Den Haag, [[d:17 maart 2025]]

Aan wie het aangaat,

Hierbij verklaar ik dat mevrouw [[p:Liliana Petrova]], geboren [[d:3 september 1995]], sinds [[d:1 juni 2024]] woont op het adres [[a:Weimarstraat 301-3]] te Den Haag, en daar maandelijks huur betaalt aan de heer [[p:R. Mahabier]]. Dit blijkt uit de bankafschriften die ik heb ingezien. Mevrouw staat op dit adres niet ingeschreven in de BRP, omdat de verhuurder daar geen toestemming voor gaf.

[[p:Pieter-Jan de Wit]]
{{r:MEE-consulent}}, sociaal wijkzorgteam Segbroek
=====
Beste meneer [[p:Visser]],

Wat leuk dat u dinsdag mee wilt naar de soos in het wijkcentrum! [[p:Henk]] haalt u om half twee op met de auto. Het duurt tot vier uur. Er is koffie, thee en een spelletje klaverjassen. Het kost niks.

Als u toch niet kunt, belt u mij dan even op [[t:06 19 44 62 05]]?

Hartelijke groet,
[[p:Bram Hoekstra]]
{{r:ouderenconsulent}}, {{o:Zebra Welzijn}}
=====
AANGETEKEND

Aan: de heer [[p:R. Mahabier]]
[[a:Weimarstraat 301]]
[[pc:2562 HB]] Den Haag

Den Haag, [[d:21 maart 2025]]
Onderwerp: huurwoning [[a:Weimarstraat 301-3]] – mevrouw [[p:L. Petrova]]

Geachte heer [[p:Mahabier]],

Namens mijn cliënte, mevrouw [[p:Petrova]], laat ik u weten dat zij de kamer niet op [[d:31 maart]] zal verlaten. Op grond van de bankafschriften is sprake van een huurovereenkomst voor onbepaalde tijd (artikel 7:271 BW). Ontruiming kan alleen met toestemming van de rechter.

Met vriendelijke groet,
namens mr. [[p:K. Oosterhuis]], {{o:Het Juridisch Loket}}
=====
Geachte mevrouw [[p:Tan-Lie]],

Na uw val in de badkamer op [[d:11 maart]] heeft de {{r:ergotherapeut}} uw woning bekeken. Zij adviseert twee beugels naast het toilet en een douchestoel. U kunt deze aanvragen bij de Wmo. Wij hebben dit al voor u in gang gezet; u krijgt binnen vier weken bericht.

Draagt u de alarmknop alstublieft altijd, ook 's nachts.

Met hartelijke groet,
[[p:Ingrid Zwaan]], {{r:wijkverpleegkundige}}
""")

# ---------------------------------------------------------------------------
# 8. Minutes (teamoverleg, MDO, intervisie)
# ---------------------------------------------------------------------------
add(r"""
NOTULEN TEAMOVERLEG SWT SEGBROEK
Maandag [[d:10 maart 2025]], 13.00-15.00 uur, grote zaal
Aanwezig: [[p:Nadia]] (vz), [[p:Marieke]], [[p:Youssef]], [[p:Ingrid]] (vanaf 13.30), [[p:Dewi]], [[p:Bram]], [[p:Sevda]], [[p:Pieter-Jan]], [[p:Tess]] (notulen), [[p:Jeroen]] ({{o:Parnassia}})
Afwezig: -

1. Opening en mededelingen
- Vacature {{r:wijkverpleegkundige}} (0,6 fte) staat open tot eind maart.
- Wethouder bezoekt het servicepunt op [[d:20 maart]].
2. Nieuwe aanmeldingen (4)
- dhr. [[p:Rahimi]] (via huisarts) → [[p:PJ]] + POH-GGZ
- mw. [[p:Petrova]] (zelfmelder) → [[p:PJ]], financieel [[p:SA]]
- fam. [[p:Kowalczyk]] (via school) → [[p:yk]]
- vrouw 55 uit {{w:Duinoord}} → nog niet verdeeld
3. Casuïstiek
- mw. [[p:Bakker-Post]]: MDO [[d:26/3]]. Vraag [[p:IZ]]: wie voert regie op medicatie? → wijkverpleging.
- dhr. [[p:Ouahabi]]: nooit alleen op huisbezoek.
4. Rondvraag
- [[p:Bram]]: hulp gevraagd bij informatiemarkt.
Volgende overleg: maandag [[d:17 maart]].
=====
Verslag MDO mw. [[p:G. Bakker-Post]] ([[z:SWT-SB-25-0087]])
Datum: [[d:26-03-2025]] – concept, opgesteld vooraf door [[p:MN]]
Aanwezig: dochter [[p:A. Bakker]], {{r:huisarts}} [[p:A. Ruijters]] (telefonisch), {{r:casemanager dementie}} [[p:Joke Bos]], {{r:wijkverpleegkundige}} [[p:I. Zwaan]], {{r:casusregisseur}} [[p:M. Noordam]]

Stand van zaken:
Mw. is 81 jaar, woont sinds 1978 op de [[a:Fahrenheitstraat 412]]. Geheugenproblemen nemen toe, MMSE 21/30. Sinds [[d:7 maart]] baxterrol, medicatie wordt 2x/wk gecontroleerd. Incident met de kookplaat (2x).

Afspraken:
| actie | wie | wanneer |
| kookplaatbeveiliging plaatsen | Wmo | vóór [[d:11 april]] |
| aanvraag mentorschap | dochter + [[p:MN]] | mei |
| dagbesteding proef 2 dagen | [[p:Joke]] | start april |
| verwijzing geheugenpoli | huisarts | gedaan |
=====
Intervisie [[d:13-03]] – methode: incidentmethode
Inbrenger: [[p:YK]]
Casus: man, 58, depressief, vermijdt contact, grote schulden, woont alleen in {{w:Valkenboskwartier}}. Vraag van de inbrenger: "Hoe blijf ik in contact zonder dat hij zich overvallen voelt?"
Opbrengst:
- vaste dag en tijd, korte bezoeken
- iets meenemen (koffie, post)
- samen met FACT, niet los van elkaar
- accepteer dat niet elke keer iets oplevert
Tijdbewaker: [[p:Tess]]
=====
Casusoverleg Veilig Thuis – SWT
[[d:20 maart 2025]], 09.00 uur (Teams)
Aanwezig: [[p:A. Schouten]] (VT), [[p:M. Noordam]], [[p:Y. el Khattabi]], {{r:wijkagent}} [[p:E. Dekker]]
Gezin: mw. [[p:I. de Vos]] (35), twee kinderen (8 en 5). Partner [[p:R. van der Meer]], huisverbod t/m [[d:29-03]].
- VT doet huisbezoek [[d:21-03]].
- SWT: praktische steun moeder, aanvraag bijzondere bijstand voor nieuw slot.
- Politie: verlenging huisverbod wordt [[d:27-03]] beoordeeld.
- School ({{o:De Vlierboom}}) informeren, met toestemming moeder.
Zaaknummer VT: [[z:VT-2025-031178]]
=====
Notulen teamoverleg [[d:17-03-2025]] (kort, notulist: [[p:Pieter-Jan]])
Aanwezig: iedereen behalve [[p:Ingrid]] (cursus)
1. Mededelingen: nieuwe werkinstructie bemoeizorg (versie 2.3) → iedereen lezen vóór [[d:1 april]].
2. Casussen:
   • dhr. [[p:Ouahabi]]: doorbraak, aanmelding schuldhulp. Beslag [[d:24/3]] wordt opgeschort.
   • fam. [[p:Kowalczyk]]: Fairwork heeft contact, nieuwe woonruimte via werkgever? Kinderen worden ingeschreven bij huisarts.
   • dhr. [[p:Visser]]: gaat mee naar de soos.
   • mw. [[p:Kromodikromo]]: uitkering stopt [[d:1 april]], spoed W&I.
3. Vakantieplanning: [[p:MN]] 2 weken weg vanaf [[d:24/3]].
=====
Verslag regieoverleg stadsdeel Segbroek – [[d:18 maart 2025]]
Aanwezig namens SWT: [[p:Nadia Benali]], [[p:Marieke Noordam]]
Verder: {{o:Haag Wonen}}, {{o:Staedion}}, {{o:Vestia}}, {{o:GGD}}, {{o:politie}}, {{r:stadsdeeldirecteur}}
Besproken:
- Aantal woningontruimingen in {{w:Segbroek}} in 2024: 11 (2023: 17).
- Casus Reinkenstraat (woningvervuiling): SWT heeft contact, ontruiming aangehouden.
- Knelpunt: wachttijd {{o:Brijder}} intake ± 8 weken.
- Afspraak: corporaties melden huurachterstand vanaf 2 maanden bij SWT (was 3).
""")

# ---------------------------------------------------------------------------
# 9. Phone memos, calendar entries, callback slips
# ---------------------------------------------------------------------------
add(r"""
TERUGBELVERZOEK
voor: [[p:Youssef]]
van: [[p:Marek Kowalczyk]]
tel: [[t:+48 512 330 871]]
wanneer: na 17.00
over: "the room" – zegt dat hij vandaag sleutel moet inleveren??
aangenomen door: [[p:Esra]] (receptie), [[d:19/3]] 11:20
=====
Telefoonnotitie [[d:12 maart]], 15.05 uur – [[p:IZ]]
Apotheek {{o:Valkenbos}} ([[p:Ronald]]): baxter mw. [[p:Bakker-Post]] klaar, wordt donderdag bezorgd. Ze vragen wie de sleutel heeft → dochter [[p:Anja]] of sleutelkluis (code bij wijkverpleging).
=====
Agenda [[p:Youssef]] – week 12
ma [[d:17/3]] 10:00 hb [[p:ouahabi]] + [[p:jeroen]]
ma [[d:17/3]] 13:00 teamoverleg
di [[d:18/3]] 09:30 spreekuur servicepunt
wo [[d:19/3]] 14:00 [[p:shirley k.]] (kantoor)
do [[d:20/3]] 09:00 overleg VT (teams)
do [[d:20/3]] 13:30 hb [[p:de vos]]
vr [[d:21/3]] studiedag
=====
Belnotitie – [[d:18-3]] 16:20
Mw. [[p:Hatice Demir]] (moeder van [[p:Yusuf]]) belde boos: "Mijn zoon krijgt weer een boete, niemand helpt." Uitgelegd dat de regeling is aangevraagd. Zij wil graag zelf ook gebeld worden: [[t:070 - 360 77 14]] (vast, na 12 uur). Zij spreekt goed Nederlands.
– [[p:Bram]] voor [[p:PJ]]
=====
voicemail kantoornummer, uitgeschreven door [[p:Tess]]: "Goedemiddag, u spreekt met [[p:Van Rijn]] van de {{o:HTM}} klantenservice, het gaat om een bezwaar van meneer [[p:Demir]], klantnummer [[z:47 118 302]]. Kunt u ons terugbellen op het algemene nummer van de klantenservice, 070 - 384 86 66, optie 3. Dank u wel."
=====
Memo [[d:21/3]]: mw. [[p:Mien de Groot]] ([[a:Laan van Meerdervoort 1042]]) is gisteren door de politie gevonden, ze was gevallen en lag 2 dagen op de vloer. Nu opgenomen in het {{o:HMC}} Westeinde. Dochter in Canada ([[p:Joan]], [[t:+1 604 555 0182]]) is op de hoogte. Nieuwe casus voor ons team, [[p:Bram]] pakt op.
=====
Agenda vergaderruimte 1.04 (gedeeld)
ma 09:00-10:00 — bezet
di 13:00-15:00 — intervisie
wo 10:00-11:00 — overleg bemoeizorg
do 09:30-12:00 — vrij
vr 14:00-16:00 — teamuitje voorbereiding
=====
telefoonnotitie [[d:20/3]] – [[p:tk]]
dhr [[p:Tesfalem]] belde: zijn fiets is gestolen en hij moet morgen naar de taalschool in {{w:Laak}}. vroeg of wij een OV-kaart kunnen geven. gezegd dat ik het na vraag. nummer: [[t:06-87 22 13 90]]
""")

# ---------------------------------------------------------------------------
# 10. Texts without personal data (procedures, agendas, anonymous case lessons,
#     social map entries with organisations' general numbers)
# ---------------------------------------------------------------------------
add(r"""
Agenda teamoverleg maandag 14.00 uur
1. Opening
2. Mededelingen (vacature, wethouderbezoek)
3. Nieuwe aanmeldingen
4. Casuïstiek (max. 3 casussen, 10 minuten per casus)
5. Thema: bemoeizorg – nieuwe werkinstructie
6. Rondvraag
=====
Sociale kaart Segbroek – bijgewerkt maart 2025
| organisatie | waarvoor | algemeen nummer |
| {{o:Veilig Thuis Haaglanden}} | huiselijk geweld, kindermishandeling | 0800-2000 |
| {{o:GGD Haaglanden}} – Vangnet | bemoeizorg, woningvervuiling | 088 - 355 01 00 |
| {{o:Schuldhulpverlening Den Haag}} | schulden | 14 070 |
| {{o:Het Juridisch Loket}} | juridische vragen | 0900 - 8020 |
| {{o:Voedselbank Haaglanden}} | voedselpakketten | 070 - 388 27 58 |
| {{o:Stichting MEE}} | LVB, autisme | 088 - 775 20 00 |
=====
Werkinstructie bemoeizorg (versie 2.3), paragraaf 4.2
Bij een eerste melding van woningvervuiling gaat de {{r:maatschappelijk werker}} nooit alleen op huisbezoek. Neem altijd iemand van de {{o:GGD}} of de woningcorporatie mee. Maak geen foto's zonder schriftelijke toestemming van de bewoner. Leg binnen 24 uur vast wat je gezien hebt, in feitelijke termen (geen oordelen).
=====
Casusles voor het platform (geanonimiseerd, goedgekeurd in teamoverleg)
Thema: ouderen
Een vrouw van begin tachtig in {{w:Segbroek}}, alleenwonend, raakte steeds verder in de war. De dochter woonde buiten de stad en merkte het pas toen de rookmelder twee keer afging. Wat werkte: één gezamenlijk huisbezoek van {{r:casusregisseur}} en {{r:wijkverpleegkundige}} in plaats van twee losse, en een MDO binnen drie weken met de {{r:huisarts}} erbij. Les: vraag bij elke oudere die alleen woont naar wie er een sleutel heeft.
=====
Casusles (geanonimiseerd) – thema bemoeizorg
Een man van midden vijftig met ernstige schulden en een depressie deed maandenlang niet open. Het team stuurde niet meer brieven, maar kwam elke maandag om tien uur, samen met de {{r:GGZ-consulent}}, met koffie en de post. In week zes liet hij hen binnen, in week acht vroeg hij zelf om schuldhulp. Les: voorspelbaarheid en geduld, en één vast gezicht uit het SWT.
=====
Reminder: de teamfoto voor de nieuwe folder wordt donderdag om 12.30 gemaakt, voor het wijkcentrum. Wie niet op de foto wil, geeft dat door aan het secretariaat.
=====
Informatiemarkt "Wegwijs in Segbroek"
Vrijdag 10.00 – 14.00 uur, wijkcentrum
Met: {{o:Zebra Welzijn}}, {{o:Voedselbank}}, {{o:Humanitas}} Thuisadministratie, {{o:MEE}}, {{o:Florence}} wijkverpleging en het sociaal wijkzorgteam.
Gratis koffie, thee en taart. Tolken Arabisch, Turks en Pools aanwezig.
=====
Stand wachtlijst week 11: 6 aanmeldingen, gemiddelde wachttijd 9 werkdagen (doel: 5). 2 aanmeldingen zijn ouder dan 3 weken. 40% van de nieuwe aanmeldingen komt via de {{r:huisarts}}, 25% via de woningcorporaties.
=====
hoi allemaal, de koffieautomaat op de 1e is weer stuk, er staat een ketel in de keuken. groetjes
=====
Budget teamactiviteiten 2025
| post | begroot | besteed t/m maart |
| intervisie (extern) | € 2.400 | € 600 |
| scholing | € 6.000 | € 1.250 |
| teamuitje | € 900 | € 0 |
| lunches overleg | € 1.200 | € 318,45 |
=====
Tip van de week: Bij de {{o:Voedselbank}} is de inkomensgrens sinds januari verhoogd. Een alleenstaande mag nu € 330 per maand leefgeld overhouden (was € 300). Check de rekentool op de website voordat je iemand aanmeldt.
=====
Uit de werkinstructie Wmo: een melding wordt binnen 6 weken afgehandeld (art. 2.3.2 lid 1 Wmo 2015). Een aanvraag na het gesprek binnen 2 weken. Spoed? Overleg met de {{r:Wmo-consulent}} van dienst.
=====
Evaluatievragen stage (invullen vóór vrijdag)
- Welke gespreksvaardigheden heb je deze periode geoefend?
- Wat ging er goed bij een huisbezoek, wat zou je anders doen?
- Hoe ga je om met privacy in de groepsapp?
- Welke leerdoelen stel je bij voor het volgende blok?
=====
Let op: vanaf volgende maand geen papieren dossiers meer op de bureaus. Alles wat je nog hebt, scannen en in de grijze container (vertrouwelijk) doen. Container wordt elke dinsdag geleegd.
=====
Hallo team, de parkeervergunning voor de dienstauto ligt bij de receptie, kenteken staat op het sleutelhanger-labeltje. Tank hem vol als hij onder de kwart is aub.
=====
Vrijwilligers gezocht voor de soos op dinsdagmiddag in het wijkcentrum (13.30-16.00 uur). Taken: koffie schenken, praatje maken, helpen bij het vervoer. Interesse? Meld je bij de {{r:ouderenconsulent}} van {{o:Zebra Welzijn}}.
=====
Casusles (geanonimiseerd) – thema huiselijk geweld
Bij een huisverbod van tien dagen heeft de achterblijvende ouder vaak meer aan praktische hulp (nieuw slot, boodschappen, opvang van de kinderen na school) dan aan gesprekken. Het team in {{w:Segbroek}} regelde binnen een dag bijzondere bijstand voor een nieuw slot. Daarna pas kwam er ruimte voor het verhaal.
=====
Storing: het dossiersysteem is vandaag tussen 12.00 en 14.00 uur niet bereikbaar wegens onderhoud. Noteer je contacten zolang op papier en voer ze daarna in.
""")

# ---------------------------------------------------------------------------
# 11. Week three: more journal entries, mails from clients, corrections, chains
# ---------------------------------------------------------------------------
add(r"""
Van: [[e:shirleykromo@hotmail.com]]
Aan: [[e:y.elkhattabi@wijkz.nl]]
Onderwerp: (geen onderwerp)

hoi [[p:youssef]] sorry dat ik gisteren niet kwam mijn moeder was weer gevallen en ik moest met haar naar de eerste hulp. ze heeft niks gebroken gelukkig. kan ik volgende week komen? ik kan alleen in de ochtend als de thuiszorg er is. groetjes [[p:shirley]]

Verzonden vanaf mijn iPhone
=====
Hoi [[p:Shirley]], wat naar van je moeder. Geen probleem, [[d:woensdag 26 maart]] om 10.00 uur op kantoor? Neem je de brief van het UWV mee? Groet, [[p:Youssef]]
=====
Beste [[p:Nadia]],

Correctie op mijn mail van vanochtend: het BSN van mw. [[p:Bakker-Post]] is niet [[b:465637645]] maar [[b:465637644]]. Ik had een typfout gemaakt. Wil je het in de aanvraag kookplaatbeveiliging aanpassen?

Dank, [[p:Dewi]]
=====
Hallo,
Mijn naam is [[p:Marianne Winter]], de dokter zei dat ik jullie moest mailen. Ik heb schulden (ik weet niet eens hoeveel) en ik zit de hele dag alleen thuis sinds ik ben afgekeurd. Ik woon op de [[a:Obrechtstraat 188-II]]. Mijn telefoon is [[t:06-2459 8871]] maar ik neem niet op als ik het nummer niet ken, dus sms eerst even.
Groet [[p:Marianne]]
=====
sms naar mw [[p:winter]] ([[d:18/3]]): Goedemiddag mevrouw [[p:Winter]], u spreekt met [[p:Sevda Arslan]] van het wijkteam. Ik bel u morgen om 11 uur van nummer [[t:06 38 21 70 94]]. Groet, [[p:Sevda]]
=====
[[d:19-3-25]] tc mw [[p:M. Winter]] (55) – [[p:SA]]
Schulden ± € 9.000 (schatting mw.), WIA, woont alleen, geen contact met familie. Veel schaamte. Ze wil graag thuis gesprek, niet op kantoor. Afgesproken [[d:ma 24-3]] 13.00 met [[p:Bram]] erbij ivm eenzaamheid. Rekening voor toeslagen: [[i:NL76 INGB 9712 4200 48]] (klopt niet? check bankpas bij hb).
=====
Hoi [[p:Sevda]], het rekeningnummer van mw. [[p:Winter]] is volgens de bankpas [[i:NL76 INGB 9712 4200 84]], laatste twee cijfers waren omgedraaid. [[p:Bram]]
=====
Van: [[p:Frank de Graaf]] – {{o:Bewindvoering Hofstad}}
Aan: SWT Segbroek
Onderwerp: cliënt [[p:H. Tan-Lie]] / leefgeld

Geachte heer/mevrouw,

Als {{r:bewindvoerder}} van mevrouw [[p:Tan-Lie]] ([[z:BH-2019-0447]]) meld ik dat haar leefgeld vanaf deze week op dinsdag wordt overgemaakt in plaats van vrijdag, op haar rekening [[i:NL41INGB1467971383]]. Wilt u de wijkverpleging hiervan op de hoogte stellen, in verband met de boodschappen?

Met vriendelijke groet,
[[p:F. de Graaf]]
=====
Journaal [[d:20-03-2025]] – [[p:MN]]
Dienstdoende: melding van de receptie (buurvrouw mw. [[p:Bouzamour]]) over mw. [[p:de Groot]], ± 90 jr, [[a:Laan van Meerdervoort 1042]]. Geen reactie op aanbellen. Politie gebeld via het algemene nummer, zij zijn om 15.40 uur binnen gegaan met de huismeester. Mw. lag op de vloer, aanspreekbaar, naar {{o:HMC}}. Morgen aan [[p:Bram]] overdragen.
=====
[[p:Ingrid Zwaan]] 08:51
Vandaag niet bereikbaar tussen 10 en 12, scholing wondzorg in kamer 2.17. Spoed via collega [[p:Marjolein]] [[t:06 - 31 74 55 02]].
=====
hb mw [[p:chen]] met mw [[p:lau]] (vrijwilliger, tolk kantonees) [[d:25/3]]. mw [[p:chen]] heel blij met bezoek, liet foto's zien van haar man. ze wil graag naar de chinese ochtend. mw [[p:lau]] haalt haar de eerste keer op. dochter [[p:jenny]] geïnformeerd via mail. [[p:bram]]
=====
Van: [[e:jenny.chen.ams@gmail.com]]
Onderwerp: RE: visit my mother

Dear [[p:Bram]], thank you so much. My mother called me and she was really happy, first time in months. Her landline is [[t:070 - 346 91 05]] if you need it. Best, [[p:Jenny]]
=====
Aan: [[e:j.bos@florence.nl]]
cc: [[e:i.zwaan@florence.nl]]
Onderwerp: MDO mw. [[p:Bakker-Post]] [[d:26/3]]

Dag [[p:Joke]],

Agenda en verslag van het vorige huisbezoek in de bijlage (beveiligd). Graag je advies over dagbesteding: zie je mw. eerder bij {{o:De Schakel}} ({{w:Valkenboskwartier}}) of bij de ontmoetingsgroep van {{o:Zebra Welzijn}}?

Groet,
[[p:Marieke]]
=====
[[d:21/3]] tc fairwork: ze hebben een andere kamer voor fam [[p:kowalczyk]] via het uitzendbureau, [[a:Loosduinseweg 611]], per [[d:1 april]]. zelfde probleem (kamer) maar wel met contract en inschrijving brp. kinderen kunnen dan naar school in {{w:loosduinen}}. overdracht naar swt {{w:loosduinen}} bespreken met [[p:nadia]]. [[p:yk]]
=====
Beste collega's van het SWT Loosduinen,

Per [[d:1 april]] verhuist een Pools gezin (ouders en twee kinderen van 6 en 3) naar jullie gebied: fam. [[p:Kowalczyk]], [[a:Loosduinseweg 611]]. Moeder: [[p:Agnieszka]], BSN [[b:772464339]], tel. [[t:06 87 12 40 33]]. Vader: [[p:Marek]], [[t:+48 512 330 871]]. Vragen: inschrijving school, huisarts, en of de woonruimte passend is. Toestemming voor overdracht is getekend.

Ik draag graag warm over; wie is bij jullie het aanspreekpunt?

Groet,
[[p:Youssef el Khattabi]]
=====
[[p:Rudy]] belde: hij heeft werk gevonden via {{o:Werkplaats Hoornwijck}}, 32 uur, start [[d:7 april]]. Heel trots. Wil nog wel hulp bij zijn belastingaangifte. [[p:PJ]] [[d:21-3]]
=====
@[[p:Nadia]] zijn er nog afspraken over wie de casus [[p:Winter]] krijgt? ik heb haar nu al 2x gesproken, pak ik wel op met [[p:Bram]]. [[p:sevda]]
=====
[[p:Nadia Benali]]: prima [[p:Sevda]], dank je. Zet je haar in het systeem?
=====
Korte notitie [[p:tk]] – hb dhr [[p:Visser]] ([[d:18 maart]])
ging goed!! hij heeft me zijn hele marinecarrière verteld (Indië, Nieuw-Guinea). hij woont netjes maar koelkast bijna leeg, eet vooral beschuit. wil misschien wel met Tafeltje Dekje. soos: twijfelt ("te veel oude mensen" haha, hij is 84). volgende keer met [[p:bram]] samen.
=====
Contactjournaal mw. [[p:Kromodikromo]] – [[d:26-03-2025]] (gepland, nog niet gebeurd)
Voorbereiding: aanvraag levensonderhoud (bijstand), formulier mantelzorgwaardering, info respijtzorg {{o:Florence}} en {{o:Stichting Mantelzorg Den Haag}}.
=====
tc [[p:Vikash Ramcharan]] [[d:21/3]]: hij kan maandag 17.15 bij het keukentafelgesprek zijn. vraagt of er ook iets is voor zijn moeder zelf (fysio rug). doorgegeven aan [[p:IZ]]. [[p:yk]]
=====
Dag [[p:Femke]], nog even een update: de ontheffing voor [[p:Tesfalem]] is op [[d:18 maart]] verstuurd, DUO heeft de ontvangst bevestigd (brief met kenmerk [[z:DUO-INB-8830471]]). Dank voor je hulp! Groet, [[p:Tess]] (stagiaire SWT Segbroek)
=====
Journaal [[p:Y. Demir]] [[d:24/3]] ([[p:PJ]])
• CJIB akkoord met regeling € 25 p/m vanaf [[d:1 april]]
• HTM bezwaar: 1 boete vervalt (hij had wel een abonnement)
• [[p:Yusuf]] was rustig, moeder mw. [[p:Demir]] ook aanwezig, was opgelucht
• Volgende stap: budgetcursus Humanitas aanmelden
=====
Van: [[p:Sandra Pinas]] ({{o:Parnassia}})
Aan: [[p:Youssef el Khattabi]]
Onderwerp: depot dhr. [[p:Ouahabi]] [[d:31/3]]

Hoi [[p:Youssef]], ik neem het depot van [[d:31 maart]] over van [[p:Jeroen]]. Tijd 10.00 zoals altijd? Ik ken meneer nog niet, kun jij me vooraf 5 minuten bijpraten? Mijn nummer: [[t:06 - 22 81 93 04]]. Groet, [[p:Sandra]]
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
    d = re.sub(r"[\s.]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["text"] in KNOWN_BAD:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h113-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout113.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    tot = sum(pc.values())
    print(path)
    print("texts", len(rows), "without pii", sum(1 for r in rows if not r["pii"]))
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
