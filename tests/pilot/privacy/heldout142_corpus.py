#!/usr/bin/env python3
"""Held-out corpus 142: clients with a mild intellectual disability (LVB) and low
literacy writing themselves (WhatsApp, SMS, contact forms, dictated messages with
speech-to-text errors), and the people around them writing about them (family,
begeleiders, bewindvoerders), with the short replies of begeleiders and the wijkteam.
Phonetic spelling, no punctuation or capitals, emoji, numbers written oddly, names and
addresses typed wrongly.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout142.jsonl next to itself.
About a tenth of the texts hold no personal data at all.
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

# BSNs and IBANs that are deliberately typed wrongly (digit missing, swapped, too
# many): still personal data, but they do not pass the 11-check / mod-97.
TYPED_WRONG = set()

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


def wrong(*spans):
    TYPED_WRONG.update(spans)


# ---------------------------------------------------------------------------
# 1. Clients' own WhatsApp and SMS messages (phonetic spelling, emoji)
# ---------------------------------------------------------------------------
add(r"""
hoi [[p:sanne]] ik wil graag een afsprak maken want ik heb een brief gehad van de {{o:gemeende}} en ik snap hem niet mischien kan jij kijke 🙏 groetjes [[p:dewi]]
=====
goede morge mevrouw ik ben [[p:kevin de wit]] van de [[a:hoefkaade 112]] mijn moder is in het zieken huis en ik ben alleen thuis wie kan helpe met boodschappe
=====
ik kan nie komen dinsdag me buik doet pijn sorry 😭😭
=====
mijn nieuw nummer is [[t:0 6 4 8 2 2 9 1 7 3]] van [[p:jamal]]
=====
he [[p:anouk]] de man van {{o:eneco}} zegt ik moet 340 euro betale anders doen ze de stroom uit wat moet ik doen ik heb maar 45 euro op mijn rekening 😰
=====
hallo dit is [[p:priscilla]] [[p:doelwijt]] ik woon [[a:jan blanken straat 18]] [[pc:2525 bx]] ik wil hulp met mijn post want er ligt een hele stapel 📬📬📬
=====
meneer [[p:bram]] wanneer komt u weer ik heb de papiere van {{o:uwv}} gevonden onder de bank haha 😅
=====
mijn bsn is [[b:9 7 2 7 4 5 5 4 3]] voor het formulier van de toeslage
=====
ik ben bij de {{o:voetselbank}} geweest maar ze zeggen ik heb een brief nodig van jullie kan [[p:fatma]] die maken 🙏🙏
=====
goedemiddag mevrouw [[p:van der zand]] hier [[p:Ricardo]] ik heb gisteren niet geslapen de bure maken herrie de hele nach op [[a:wouwerman straat 71]] boven mij ik word gek 🤬🤬🤬
=====
hoi ik ben de vriendin van [[p:dion]] hij heeft geen beltegoed meer hij vraagt of je hem wil belle op mijn nummer [[t:06 19 8 44 2 07]]
=====
mijn adres is verkeert op de brief er staat [[a:Vaillantlaan 28]] maar het is [[a:vaillantlaan 82]] 🙄
=====
ik heb een afspraak bij de tandarts op [[d:14 mart]] om 9 uur kan iemand mee ik durf nie alleen
=====
wat is het nummer van het wijkteam
=====
[[p:mohamed]] hier van [[a:stuwstraat 9]] de verhuurder wil mijn huis in komen zonder te vrage mag dat ????
=====
hoi juf [[p:lisa]] ik heb werk gevonde bij de {{o:lidl}} vakken vullen 20 uur in de week 🥳🥳 mijn eerste dag is [[d:maandag 3 juni]]
=====
mevrouw ik heb de brief van {{o:cjib}} op de foto gezet maar hij is wazig het kenmerk is [[z:4 0 3 8 1 1 2 0 9 7 6 6 5 0 0 2]] is dat genoeg
=====
ik ben [[p:sabrina]] ik ben 19 jaar ik woon bij me oma in {{w:moerwyk}} maar ze wil me niet meer hebbe waar kan ik slape vannacht 😢
=====
Ik heb mijn pas verlore van de bank kan u belle met de {{o:ing}} voor mij mijn rekening is [[i:nl85 ingb 1287 2215 67]]
=====
ik wil graag met mijn {{r:begeleider}} [[p:Stefan]] prate alleen hij neemt niet op 😡📞📞📞
=====
goedemorgen hier is [[p:Wendy]] [[p:Koning]] van [[a:Tarwekamp 3 0 5]] mijn sleutel is afgebroke in de deur wie moet ik belle {{o:haag woonen}} of jullie
=====
ik ben niet blij met de huishoudelijke hulp ze heet [[p:gerda]] ze doet alleen koffie drinke en op haar telefon zitte 😤
=====
Hee [[p:Mo]] ik sta voor de deur van het wijk centrum maar de deur is dicht?
=====
sorry verkeerd nummer
=====
Mijn mail is [[e:shanice2001@hotmail,com]] want ik heb geen brieven gekregen
=====
dit is mijn nieuwe adres [[a:Zuidlarenstraat 4 b]] [[pc:2545 vl]] den haag vanaf [[d:1 juli]] kunt u dat doorgeve aan {{o:uwv}} en de {{o:zilvere kruis}}
=====
ik heb 3 brieve van {{o:duo}} en 1 van de {{o:belasting}} en ik weet niet welke eerst 😵‍💫
=====
[[p:Esra]] ik heb de pincode van mijn pas opgeschreve op een papiertje in mijn portemonee is dat goed
=====
ik woon nu bij mijn vriend [[p:tim]] [[p:de boer]] op de [[a:leiweg 660]] maar niet zegge tegen de {{o:gemeente}} want dan krijg ik geen uitkering meer 🤫
=====
goedenavond ik ben [[p:Dragan]] de vader van [[p:Milica]] zij heeft dinsdag afspraak bij jullie maar zij is ziek 🤒 koorts
=====
hee ik ben [[p:tiffany]] van de groep op dinsdag van {{o:middin}} mijn {{r:begeleider}} zegt ik moet jullie appen voor de kwijtschelding
=====
ik heb geen eten meer en mijn geld komt pas op [[d:de 25e]] 😞
=====
hallo wijkteam ik ben [[p:Ewa]] [[p:Kaczmarek]] ik spreek niet goed nederlands mijn dochter [[p:Zuzanna]] schrijft dit. mama heeft huurschuld 2 maand. adres [[a:Kempstraat 88]] [[pc:2572GS]] tel [[t:0031 6 41 77 20 38]]
=====
IK BEN BOOS OP DE {{r:BEWINDVOERDER}} [[p:MARCO]] HIJ GEEFT MIJ GEEN LEEFGELD AL 2 WEKEN IK HEB HONGER 😡😡😡😡
=====
hoi [[p:jolanda]] van de wijkteam het is [[p:Gerrit]] [[p:Hoek]] de kachel is kapot en het is koud in huis kan je iemand sture 🥶
=====
ik mag van de dokter nie meer fietsen want ik heb epilepsie hoe kom ik nu bij mijn werk in {{w:ypenburg}}
=====
mijn broer [[p:Redouan]] zit vast in de politie bureau en ik weet niet wat ik moet doen wie kan mij helpe
=====
goedemorgen mevrouw [[p:Bloem]] ik heb de formulier ingevult maar ik weet niet wat is IBAN ik heb dit [[i:NL89 RABO 2298 6590 57]] is dat het?
=====
ik heb een nieuwe telefoon en alle nummers zijn weg wie ben jij 😂
=====
Dag [[p:Fenna]] het is weer mis met de {{o:ziggo}} ze sturen rekening van 89,95 maar ik heb geen tv 📺❌
=====
mevrouw mijn kind [[p:Ilyas]] heeft een brief van school hij mag nie meer komen tot [[d:15 april]] help mij aub
=====
groetjes [[p:jessica]] en [[p:romano]] wij zijn verhuist naar [[a:Oudemansstraat 244]] de oude adres [[a:Soestdijksekade 61]] is van ons niet meer
=====
ik heb gewonne met de loterij 500 euro moet ik dat zeggen aan de {{r:bewindvoerder}} 🤑
=====
hoi [[p:shanti]] het is [[p:Farhan]] ik heb de pasfoto gemaakt bij de {{o:hema}} die was 15 euro ik heb bonnetje
=====
Halo ik ben [[p:zeynep]] [[p:arslan]] mijn dossiernummer is [[z:SWT 2024 0 4 4 1 9]] ik wacht al 3 weken op bericht 😔
=====
kan ik jou bellen nu ja of nee
=====
ik heb me hand gebroke 🤕 daarom spraak bericht van me neef [[p:sem]]
=====
mijn moeder is jarig op [[d:12 mei]] ik wil een taart kopen maar ik heb geen geld kan de {{o:kledingbank}} ook taart geven 🎂
=====
ik zit in de tram 11 naar {{w:scheveningen}} maar ik moet naar de [[a:Zeezwaluwstraat 3]] en ik ben verdwaalt 😩
=====
[[p:Youssef]] hier mijn oude telefoon nummer [[t:06-2781903]] is weg nieuwe is [[t:06 27 81 90 35]]
=====
Dankjewel [[p:Ilona]] voor alles je bent de liefste {{r:begeleider}} van de hele wereld ❤️❤️❤️
=====
hoi ik wil niet meer naar de dagbesteding want [[p:Bert]] pest mij elke dag 😢 hij zegt ik ben dom
=====
is het morgen spreekuur in het {{o:servicepunt}} of niet
=====
hallo [[p:Naomi]] ik ben [[p:Gaby]] van [[a:kraaienest 142]] ik heb mijn huur betaalt maar {{o:vestia}} zegt van niet ik heb bewijs kijk 📸
""")
# ---------------------------------------------------------------------------
# 2. Messages dictated with speech-to-text (punctuation spoken, words misheard)
# ---------------------------------------------------------------------------
add(r"""
Hallo mevrouw [[p:de Vos]] punt ik heb vandaag een brief gekregen van de {{r:deurwaarder}} komma hij zegt dat ik 1200 euro moet betalen voor het eind van de maand punt ik heb dat niet punt kunt u mij bellen op [[t:nul zes vier één twee acht acht zeven zes drie]] punt dank u wel [[p:Yusuf Kaya]]
=====
Hoi het is [[p:Sam Ira]] ik ben bij de {{o:Aldi}} en mijn pinpas doet het niet meer wat moet ik doen vraagteken
=====
Beste wijkteam ik woon op de [[a:Hoef kade 203]] en ik heb schimmel in de badkamer en mijn kind van 2 is steeds ziek punt {{o:Staat ion}} doet niks punt groeten [[p:Naima el Ouardi]]
=====
Mijn e-mail is [[e:kevin punt van dam 92 at gmail punt com]] daar kunt u de brief naar sturen
=====
Hallo [[p:Fleur]] punt ik wil vragen of jij morgen mee kan naar de dokter komma want ik ben bang voor de prik vraagteken groetjes [[p:Tamara]]
=====
Hoi met [[p:Rachid]] ik zit nu bij de {{r:huisarts}} op de Hoefkade en ze vragen mijn bsn nummer punt wat is dat ook alweer
=====
Hallo [[p:Naomi]] ik ben gevallen met de fiets en mijn telefoon is kapot dit is de telefoon van mijn buurman meneer [[p:Visser]] zijn nummer is [[t:06 2 7 3 9 9 0 1 4 4]]
=====
Goedemorgen met [[p:Jan Willem]] ik wil graag weten of de {{r:bewind voerder}} mijn huur heeft betaald want de huisbaas belt steeds en ik word er zenuwachtig van
=====
Hoi [[p:Merel]] ik heb de afspraak van [[d:donderdag 18 juli]] in mijn agenda gezet maar ik weet niet meer hoe laat uitroepteken was het om 2 uur of om 3 uur
=====
Hallo ik ben [[p:Jil Maas]] nee [[p:Yilmaz]] [[p:Y I L M A Z]] [[p:Serkan]] ik heb een vraag over de bijzondere bijstand voor een wasmachine
=====
Mijn nummer is [[t:nul 6 23 45 78 91]] en mijn adres is [[a:Van der Venne straat 40]] drie hoog bel maar twee keer want de bel is kapot
=====
Hallo [[p:Anneke]] het gaat niet goed met mij ik heb weer stemmen in mijn hoofd punt mijn medicijnen zijn op en de apotheek is dicht punt kan iemand van {{o:Parnas sia}} komen
=====
Hoi dit is [[p:Donovan]] ik heb een sollicitatie bij de {{o:Jumbo}} op [[d:woensdag 10 april]] kunt u mij helpen met mijn cv want ik kan niet goed schrijven
=====
Goedemiddag ik ben de moeder van [[p:Rowena]] ik ben zelf ook niet zo goed in lezen punt zij heeft een brief van {{o:D U O}} dat ze 3000 euro moet terug betalen hoe kan dat
=====
Mijn geboortedatum is [[d:3 december 2001]] en mijn BSN is [[b:80 73 15 850]] dat heeft u nodig voor de {{o:Wmo}} zei [[p:Sharon]]
=====
Hey [[p:Bas]] ik ben het [[p:Lucas]] van de woongroep ik heb per ongeluk mijn sleutels in de kamer laten liggen en de deur is dicht wie heeft er een reserve sleutel
=====
Hallo mevrouw [[p:Koerts]] punt ik kom niet naar de afspraak komma want mijn dochter [[p:Amina]] is ziek en ik heb geen oppas punt kunnen we een nieuwe afspraak maken op [[d:vrijdag de 12e]] vraagteken
=====
hallo ik ben [[p:Dirk]] ik woon in de {{w:Schilders wijk}} en ik heb een brief van de gemeente ze zeggen dat ik te veel geld heb gekregen van de bijstand en dat ik 800 euro terug moet betalen maar ik heb niks gedaan
=====
Goedemorgen [[p:Latifa]] het is [[p:Hamid]] [[p:Ouali]] ik wil zeggen dat ik nu een nieuwe baan heb via het {{o:Werk plein}} en ik begin [[d:1 september]] dus misschien moet de uitkering stoppen
=====
Hallo met [[p:Priya Ram dien]] ik wil een afspraak maken voor mijn zoon [[p:Arjun]] hij is 17 en hij gaat niet meer naar school punt de {{r:leerplicht}} heeft gebeld
=====
hoi het is [[p:Melvin]] stuur je de brief naar mijn e-mail [[e:melvin punt martis apenstaartje hot mail punt nl]] want papier raak ik kwijt
=====
Goedenavond ik ben [[p:Gülsen]] ik woon op [[a:Paul Kruger laan 1 17]] mijn buurman slaat zijn vrouw ik hoor het elke nacht wat moet ik doen ik ben bang
=====
Hallo [[p:Wim]] ik ben bij het {{o:Juridisch Loket}} en de meneer vraagt het nummer van mijn zaak het staat op de brief [[z:H A 24 11 80 93]] klopt dat
=====
Mijn begeleider [[p:Ruud]] is met vakantie en de nieuwe [[p:Inge]] ken ik niet punt ik wil niet met haar praten punt wanneer komt [[p:Ruud]] terug vraagteken
=====
Hallo ik ben [[p:Ahmad]] ik ben uit Afghanistan ik heb status en een huis op de [[a:Erasmus weg 1010]] maar er is geen vloer en geen gordijnen hoe kan ik dat betalen
""")
# ---------------------------------------------------------------------------
# 3. Chats between clients and begeleiders / the wijkteam (exports, copies)
# ---------------------------------------------------------------------------
add(r"""
[[d:14-03-24]] 09:12 - [[p:Kevin]]: goedemorge ben je er
[[d:14-03-24]] 09:40 - [[p:Anouk]] {{r:begeleider}}: Goedemorgen [[p:Kevin]]! Ja hoor, wat is er?
[[d:14-03-24]] 09:41 - [[p:Kevin]]: de {{o:eneco}} man was er weer 😡
[[d:14-03-24]] 09:41 - [[p:Kevin]]: hij heeft een brief in de bus gedaan
[[d:14-03-24]] 09:43 - [[p:Anouk]] {{r:begeleider}}: Stuur je een foto van de brief? Dan bel ik ze vandaag.
[[d:14-03-24]] 09:50 - [[p:Kevin]]: <Media weggelaten>
[[d:14-03-24]] 09:52 - [[p:Anouk]] {{r:begeleider}}: Dank je. Klantnummer [[z:2004 1187 33]], ik bel om 11 uur. Niet zelf betalen hè 👍
=====
09:02 [[p:Shirley]]: hoi [[p:Danielle]] kan je vandaag kome
09:15 [[p:Danielle]] (wijkteam): Hoi [[p:Shirley]], vandaag lukt niet. Morgen om 10 uur?
09:16 [[p:Shirley]]: ok
09:16 [[p:Shirley]]: wel koffie mee neme haha ☕
09:20 [[p:Danielle]] (wijkteam): 😂 deal
=====
[[[d:02-05-2024]] 16:44:10] [[p:Roy]]: ik heb de brief van de rechtbank
[[[d:02-05-2024]] 16:44:31] [[p:Roy]]: ik moet komen op [[d:28 mei]]
[[[d:02-05-2024]] 17:03:02] [[p:Marleen]] {{o:MEE}}: Oké [[p:Roy]], goed dat je het stuurt. Ik ga met je mee. Weet je al hoe laat?
[[[d:02-05-2024]] 17:05:45] [[p:Roy]]: 9 uur 30
[[[d:02-05-2024]] 17:06:12] [[p:Marleen]] {{o:MEE}}: Dan haal ik je om 8.45 op bij je huis.
=====
[[p:Esther]] wijkteam {{w:Laak}}: Hoi [[p:Priscilla]], ben je thuis? Ik sta voor de deur.
[[p:Priscilla]]: ja wacht
[[p:Priscilla]]: de bel is kapot
[[p:Priscilla]]: ik kom nu
=====
13:20 [[t:+31 6 55 81 22 09]]: hallo ik ben [[p:Marvin]] ik heb nieuwe telefoon
13:21 [[t:+31 6 55 81 22 09]]: sla mijn nummer op aub
13:40 [[p:Joost]] ({{r:jobcoach}}): Hoi [[p:Marvin]], opgeslagen! Tot donderdag bij {{o:Reakt}}.
=====
[[p:Lotte]] {{r:ambulant begeleider}}: Goedemorgen [[p:Bilal]], vergeet je niet dat je vandaag om 14.00 uur naar de {{r:tandarts}} moet?
[[p:Bilal]]: shit vergete 😅
[[p:Bilal]]: waar is dat ook alweer
[[p:Lotte]] {{r:ambulant begeleider}}: Op de [[a:Fahrenheitstraat 410]], naast de bakker. Lukt het met de fiets?
[[p:Bilal]]: ja
[[p:Bilal]]: 👍👍
=====
08:12 [[p:Chantal]]: goedemorge [[p:Rik]] ik heb geen brood en geen melk en de bewindvoerder heeft nog nie betaalt
08:30 [[p:Rik]] begeleider: Goedemorgen [[p:Chantal]]. Ik heb net gebeld met [[p:Ferdinand]] van {{o:Budgetbeheer Haaglanden}}, het leefgeld staat vanmiddag op je rekening.
08:31 [[p:Chantal]]: echt waar
08:31 [[p:Rik]] begeleider: Echt waar 🙂 Tot 15 uur kun je naar de {{o:Voedselbank}} aan de Zuiderparklaan als het nodig is.
08:33 [[p:Chantal]]: ok dank je wel je bent lief
=====
[[p:Milan]]: yo [[p:Mees]] kan jij mijn loonstrook naar {{o:uwv}} sturen ik weet niet hoe dat moet met die digid
[[p:Mees]] {{r:woonbegeleider}}: Hoi [[p:Milan]]. Ik kan het niet voor je doen, maar we doen het samen. Maandagmiddag op kantoor?
[[p:Milan]]: maandag heb ik voetbal
[[p:Milan]]: dinsdag?
[[p:Mees]] {{r:woonbegeleider}}: Dinsdag [[d:9 juli]] om 16.00 uur is goed. Neem je telefoon mee en je pas.
=====
[[d:za 6 jan]] 22:47 [[p:Kimberly]]: ben je wakker
[[d:za 6 jan]] 22:47 [[p:Kimberly]]: hij is weer hier
[[d:za 6 jan]] 22:48 [[p:Kimberly]]: ik heb mij opgesloten in de wc
[[d:zo 7 jan]] 08:05 [[p:Hanna]] (wijkteam): [[p:Kimberly]], ik zie je berichten nu pas. Ben je veilig? Als het weer gebeurt bel je 112. Ik bel je om 9 uur.
[[d:zo 7 jan]] 08:20 [[p:Kimberly]]: ja hij is weg
=====
[[p:Bianca]]: Hoi [[p:Tom]] ik heb de formulieren van de kwijtschelding gekregen maar ik snap er niks van
[[p:Tom]] wijkteam {{w:Escamp}}: Hoi [[p:Bianca]], geen probleem. Neem ze mee op [[d:dinsdag 23 april]]. Ook je bankafschriften van de laatste 3 maanden en je huurcontract.
[[p:Bianca]]: wat is bank afschrift
[[p:Tom]] wijkteam {{w:Escamp}}: Dat is een overzicht van je rekening. Die kun je printen bij de bibliotheek, of ik help je.
[[p:Bianca]]: ok ik weet niet de wachtwoord van de app 😬
=====
12:01 [[p:Sjaak]]: mevrouw [[p:Brouwer]] de wasmachine is kapot en er staat water in de keuken 🌊🌊
12:05 [[p:Sjaak]]: help
12:14 [[p:Nathalie Brouwer]]: Hoi [[p:Sjaak]], zet de kraan achter de wasmachine dicht! Ik bel de huisbaas.
12:15 [[p:Sjaak]]: welke kraan
12:16 [[p:Nathalie Brouwer]]: Het blauwe kraantje aan de muur achter de machine. Draaien tot hij niet meer draait.
12:22 [[p:Sjaak]]: gelukt 🙌
=====
[[p:Adil]]: salam [[p:Khalid]] kan jij mee naar de {{r:huisarts}} mijn vader [[p:Abdelkader]] spreekt geen nederlands
[[p:Khalid]] wijkteam: Wa alaikum salam [[p:Adil]]. Wanneer is de afspraak?
[[p:Adil]]: [[d:vrijdag 15 maart]] kwart voor 11
[[p:Khalid]] wijkteam: Ik kan. Ik kom naar [[a:Spoorwijkstraat 31]] om half 11.
=====
[[p:Romy]]: hoi [[p:Jasper]] de {{o:kledingbank}} zegt ik heb een verwijsbrief nodig
[[p:Jasper]] {{r:buurtcoach}}: Klopt! Die maak ik voor je. Schrijf je even je geboortedatum?
[[p:Romy]]: [[d:9 10 1997]]
[[p:Jasper]] {{r:buurtcoach}}: Dankje. Ik mail hem naar [[e:romy.vd.berg97@gmail.com]], klopt dat nog?
[[p:Romy]]: nee die is gehackt nieuwe is [[e:romyberg1997@outlook.com]]
=====
[[p:Patrick]]: [[p:ingrid]] ik ben mijn ov kaart kwijt hoe kom ik nu bij {{o:ipse}}
[[p:Ingrid]] {{r:persoonlijk begeleider}}: Hoi [[p:Patrick]]! Is hij niet in je jas? Vorige keer zat hij in je binnenzak 😉
[[p:Patrick]]: ja gevonde 😂😂
=====
[[p:Dennis]]: [[p:elif]] ik ben boos
[[p:Elif]] {{r:maatschappelijk werker}}: Hoi [[p:Dennis]], wat is er gebeurd?
[[p:Dennis]]: [[p:Ronald]] van de groep heeft mijn geld gepakt 50 euro
[[p:Elif]] {{r:maatschappelijk werker}}: Dat is heel vervelend. Heb je het al aan [[p:Monique]] op de groep gezegd?
[[p:Dennis]]: nee ze gelooft mij niet
[[p:Elif]] {{r:maatschappelijk werker}}: Ik bel haar nu. Blijf rustig, we lossen het op.
""")
# ---------------------------------------------------------------------------
# 4. Family, friends, mentors and begeleiders writing about a client
# ---------------------------------------------------------------------------
add(r"""
hallo ik ben de zus van [[p:romano]] [[p:esajas]] hij heeft een lichte verstandelijke beperking en hij laat iedereen binne in zijn huis op de [[a:moerweg 211]] er slape nu 3 jongens die ik niet ken en ze gebruike drugs ik maak me grote zorge 😟 mijn nummer [[t:06 41 0 9 3 3 8 2 7]] groet [[p:Shakira]]
=====
Beste mensen van het wijkteam,

Ik ben {{r:mentor}} van mevrouw [[p:J. van Rijn]] ([[p:Joke]]), geboren [[d:04-08-1971]], wonend [[a:Loosduinseweg 770]], [[pc:2571 BV]] Den Haag. Mevrouw heeft een LVB (IQ rond 62) en is sinds kort weduwe. Ze begrijpt haar post niet en heeft een achterstand bij {{o:Dunea}} en {{o:Vattenfall}}.

Kunt u contact met mij opnemen over een aanvraag beschermingsbewind?

Met vriendelijke groet,
[[p:H. Terpstra]]
{{r:mentor}} (via {{o:Stichting Mentorschap Den Haag}})
[[t:06-30 18 22 41]]
=====
hoi ik ben de moeder van [[p:Jordy]] hij is 22 en heeft ook een beperking hij is weer al zijn geld kwijt aan de gokke op zijn telefoon 🎰 de bank zegt ze kunne niks doen ik ben moe ik kan het niet meer 😪 [[p:Marga]]
=====
Goedemiddag,

Ik schrijf namens onze cliënt [[p:Soufiane Belhaj]] ({{o:Ipse de Bruggen}}, cliëntnr. [[z:IDB-1004417]]). [[p:Soufiane]] woont sinds [[d:1 februari]] zelfstandig op [[a:Hobbemastraat 146-C]] met 6 uur ambulante begeleiding per week. Hij heeft vorige week een brief gekregen van de {{o:Belastingdienst/Toeslagen}} over een terugvordering van € 2.314,-. Wij zijn geen schuldhulpverleners en vragen jullie hulp.

[[p:Soufiane]] is bereikbaar op [[t:06 53 22 08 19]], ik ben zelf bereikbaar op [[t:06 42 71 09 86]] (ma t/m do).

Groet,
[[p:Iris Vermeulen]]
{{r:persoonlijk begeleider}} {{o:Ipse de Bruggen}}, team {{w:Transvaal}}
=====
mijn vriendin [[p:kelly]] woont op [[a:lozerlaan 3 8 4]] ze heeft een kindje van 4 maande en ze kan niet goed voor hem zorge ze vergeet de fles en ze is altijd moe wie moet ik dit zegge ik wil niet dat ze boos op me word
=====
Hallo [[p:Sara]],

[[p:Bayu]] belde mij gisteravond helemaal in paniek. Hij had een sms gekregen dat zijn pakket niet bezorgd kon worden en heeft op de link gedrukt en zijn bankgegevens ingevuld. Er is € 480 van zijn rekening afgeschreven. Ik heb met hem de {{o:SNS}} gebeld en de pas laten blokkeren. Rekening was [[i:NL77SNSB6588088422]].

Kunnen jullie helpen met aangifte? Hij snapt het zelf niet.

Gr, [[p:Dewi Sasmita]] (tante van [[p:Bayu]])
=====
{{r:bewindvoerder}} hier. Dhr. [[p:Kooistra]] heeft zijn leefgeld (€ 60 p/w) al op maandag op. Hij koopt energiedrank en sigaretten voor 'vrienden' uit de straat. Ik denk aan financiële uitbuiting. Adres [[a:Jan Steenstraat 77]]. Mijn direct nr. [[t:070-3 66 91 04]]. Mvg [[p:Els Mulder]], {{o:Mulder Bewind & Budget}}
=====
ik ben de buurvrouw van meneer [[p:groen]] hij woont alleen met de hond en hij loopt in zijn onderbroek buite als het vriest ik denk hij is niet goed in zijn hoofd hij woont op nummer 31 naast mij
=====
Beste [[p:Kees]],

Zoals besproken hierbij de gegevens van [[p:Demi]]:

Naam: [[p:Demi Hoogstraten]]
Geb.datum: [[d:27-11-2003]]
BSN: [[b:117142074]]
Adres: [[a:Conradkade 12 A]], [[pc:2517 BW]]
Telnr: [[t:06-1190 4527]]
Huidige hulp: {{o:Philadelphia}} (woonbegeleiding, 4 uur p/w)

Zij geeft toestemming om met jullie te overleggen, formulier is getekend.

Groet,
[[p:Ayla Doğan]]
{{r:MEE-consulent}}
=====
hallo het is [[p:fenna]] de zus van [[p:jeroen]] kan iemand van jullie gaan kijken bij hem hij doet de deur niet meer open sinds 2 weken en zijn telefoon staat uit ik woon in groningen dus ik kan niet 😢 hij woont in de {{w:rivierenbuurt}} [[a:maasstraat 18]] 2 hoog
=====
Beste wijkteam {{w:Moerwijk}}, onze zoon [[p:Stephan]] (28, lvb) wil graag vrijwilligerswerk doen. Hij is handig met fietsen. Weten jullie iets in de buurt? Hij kan niet met geld omgaan dus liever geen betaald werk want dan raakt hij zijn wajong kwijt. Groetjes [[p:Ria]] en [[p:Henk Zwart]]
=====
hoi ik ben [[p:Sandra]] van de groepswoning aan de [[a:Beresteinlaan 56]], [[p:Rocco]] (cliënt) heeft een brief van de gemeente gekregen met een afspraak voor een keukentafelgesprek op [[d:ma 15/4]] om 10 uur, maar op maandag werkt hij in de kas. Kan het ook op een woensdag? Gr [[p:Sandra]] ({{r:woonbegeleider}} {{o:'s Heeren Loo}})
=====
mijn man [[p:Ömer]] heeft lvb en hij heeft een contract getekend voor een telefoon abonnement van 65 euro per maand bij een man op straat wij kunnen dat niet betalen 😭 wij hebben al schulden bij {{o:Menzis}} het contract nummer is [[z:1-38 8 2 7 1 9 0 3]] help ons aub [[p:Hacer]]
=====
Goedemorgen,

Graag meld ik mevrouw [[p:Rahma Abdi Hassan]] aan bij jullie team. Zij is 34, spreekt Somalisch en een beetje Nederlands, en heeft vermoedelijk een LVB (niet getest). Ze woont met 4 kinderen op [[a:Stellendamstraat 9-II]]. Er is een grote huurachterstand bij {{o:Staedion}} (ca. € 3.600). Contactpersoon is haar nicht [[p:Ifrah]] ([[t:06-4488 2710]]), die tolkt.

Ik ben {{r:POH-GGZ}} in de praktijk van dokter [[p:Sewnath]].

Vriendelijke groet,
[[p:Linda Hoogeveen]]
=====
Hey jij van wijkteam ik ben [[p:ricky]] zn vriend hij zit sinds vrijdag in het {{o:Haga}} ziekenhuis met zijn been en zijn katten zijn alleen thuis op de [[a:twentestraat 97]] ik heb geen sleutel wie kan daar heen 🐈🐈
=====
Ha [[p:Yvette]], even een update over [[p:Jurre]]: hij is gisteren gestart bij de dagbesteding van {{o:Middin}} in {{w:Ypenburg}}. Ging goed! Wel gedoe met vervoer, de taxi kwam niet. Ritnummer was [[z:AV-55182]]. Kun jij dat bij {{o:Wmo-vervoer}} neerleggen? Groetjes [[p:Carla]] (moeder)
=====
Beste mevrouw [[p:Aydemir]],

U bent de {{r:casusregisseur}} van mijn broer [[p:Tarik Aydemir]]. Ik wil u laten weten dat hij op [[d:zaterdag 2 maart]] is opgepakt door de politie in het winkelcentrum. Hij had niks gestolen maar hij snapte niet wat de agent vroeg. Hij heeft een LVB en niemand heeft dat gezien. Kunt u met de {{r:wijkagent}} praten? Zijn advocaat is mr. [[p:D. Schouten]].

Met groet,
[[p:Selin Aydemir]]
[[e:selin.aydemir@ziggo.nl]]
=====
ik ben de oma van [[p:Ryan]] en [[p:Jaylinn]] mijn dochter [[p:Sharona]] is niet goed met de kinderen ze laat ze alleen thuis en gaat naar de stad ik woon zelf in {{w:Duindorp}} en ik ben 74 ik kan niet alles doen ik ben bang dat de {{o:jeugdzorg}} ze meeneemt 😔
=====
Goedendag. Mijn broer [[p:Wiebe Koning]] woont op [[a:Loevesteinlaan 283]]. Hij belt mij elke dag 20 keer omdat hij niet snapt dat zijn uitkering gestopt is. Ik heb het {{o:UWV}} gebeld, zaaknummer [[z:UWV-WW-7 7 1 0 3 9]]. Kan iemand samen met hem naar het {{o:Werkplein}}? Met vriendelijke groet, [[p:Gea Koning-Postma]]
=====
Hoi [[p:Noor]], ik ben [[p:Vincent]] de {{r:jobcoach}} van [[p:Kerem]] bij {{o:Abrona}}. Hij is zijn baan bij de {{o:Action}} kwijt door te laat komen. Hij wil dat jij het weet, hij schaamt zich. Zullen we samen een gesprek plannen? Ik kan [[d:di 11 juni]] of [[d:do 13 juni]]. Gr [[p:Vincent]] [[t:06 29 14 50 73]]
""")
# ---------------------------------------------------------------------------
# 5. Short replies of begeleiders and the wijkteam
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Dewi]], ik kom morgen om 10 uur langs. Dan kijken we samen naar de brief. Groetjes [[p:Sanne]] (wijkteam)
=====
Top [[p:Tiffany]]!! 🎉 Vergeet niet je loonstrook aan je {{r:bewindvoerder}} te sturen. Gr [[p:Lisa]]
=====
Hoi [[p:Kevin]], ik heb je moeder gesproken. Ze ligt in het {{o:HMC}} en ze mag over een paar dagen naar huis. Vandaag komt [[p:Gijs]] van {{o:Vóór Welzijn}} boodschappen met je doen. Is 15 uur goed?
=====
Dag mevrouw [[p:Doelwijt]], ik heb uw bericht gelezen. Ik kom [[d:donderdag 7 maart]] om 13.30 uur bij u thuis. Leg alle brieven maar in een tas. Met vriendelijke groet, [[p:Rutger Smit]], sociaal wijkzorgteam {{w:Schilderswijk}}
=====
Hoi! Ons nummer is 14 070, vraag naar het sociaal wijkzorgteam {{w:Laak}}. Je mag ook langskomen bij het {{o:Servicepunt XL}}, op dinsdag en donderdag van 9 tot 12. Groet, [[p:Naima]]
=====
Nee [[p:Mohamed]], dat mag niet. De verhuurder moet het eerst vragen. Ik bel hem morgen. Zeg niks tegen hem als hij komt, bel mij dan: [[t:06-34 72 19 05]].
=====
Beste [[p:Zeynep]], excuses voor het wachten. Uw aanvraag is binnen en ligt bij mijn collega [[p:Ruben]]. Hij belt u deze week. Vriendelijke groet, team {{w:Bouwlust}}/{{w:Vrederust}}
=====
Hoi [[p:Sabrina]], bel nu even het {{o:Straatconsulaat}} of ga naar de {{o:Kessler Stichting}} aan de Kempstraat, daar kun je vannacht slapen. Morgen om 9 uur bel ik je. Hou je telefoon aan 🙏
=====
Goed zo [[p:Ahmad]]! Voor de vloer en de gordijnen kun je bijzondere bijstand aanvragen. Ik help je met het formulier. Neem je verblijfsvergunning en je bankpas mee. Gr [[p:Femke]] (maatschappelijk werk)
=====
Hoi [[p:Gerrit]], ik heb {{o:Haag Wonen}} gebeld. De monteur komt vandaag tussen 12 en 17 uur. Doe een dikke trui aan 🧣 Gr [[p:Jolanda]]
=====
Lieve [[p:Ilona]], dank je wel! Jij maakt ook mijn dag goed 😊
=====
[[p:Bert]] mag niet pesten. Ik bel morgen met [[p:Wilma]], de {{r:groepsleider}} van de dagbesteding. Kom je wel gewoon woensdag? Dan ben ik er ook. Groetjes [[p:Thijs]]
=====
Ja morgen is er gewoon spreekuur van 9.00 tot 11.30 in wijkcentrum {{o:De Henri Dunant}}. Tot morgen!
=====
Hoi [[p:Gaby]], stuur de foto maar. Ik bel met {{o:Vestia}} en vraag naar je betalingen. Heb je het huurcontract nog? Dan staat je huurnummer erop.
=====
Dag [[p:Yusuf]], ik heb uw bericht ontvangen. Betaal nog niks aan de {{r:deurwaarder}}. Ik bel u vanmiddag. [[p:Marieke de Vos]]
=====
Hoi [[p:Jan Willem]], ja, de huur van deze maand is betaald op [[d:3 mei]]. Dat heeft [[p:Frits]] van het bewindskantoor mij net laten weten. Je hoeft je geen zorgen te maken 👍
=====
Beste [[p:Stephan]] en ouders, bij {{o:Fietsenwerkplaats De Spaak}} in {{w:Moerwijk}} zoeken ze vrijwilligers. Zal ik een kennismaking regelen? Groet, [[p:Annemarie]] (buurtcoach)
=====
Hoi [[p:Sandra]], woensdag [[d:17 april]] om 10.00 uur kan ook, ik heb de {{r:Wmo-consulent}} gevraagd het te verzetten. Fijne dag!
=====
Hallo [[p:Ewa]] en [[p:Zuzanna]]. Dank voor jullie bericht. Ik kom [[d:maandag 8 april]] om 11 uur naar de [[a:Kempstraat 88]]. Ik neem een tolk Pools mee. Groet, [[p:Mirela]]
=====
Hey [[p:Ricky]], ik heb {{o:Dierenambulance Den Haag}} gebeld, die gaan vandaag kijken. Wie heeft er een sleutel, heeft [[p:Ricky]] een huismeester? Groet, [[p:Daan]]
=====
Hoi, we zijn vandaag gesloten (Hemelvaartsdag). Bij nood bel 112 of de huisartsenpost. Morgen zijn we er weer!
=====
[[p:Roy]], je bent super goed bezig. Tot dinsdag! 💪 [[p:Marleen]]
=====
Dag meneer [[p:Hoek]], dat de kachel stuk is heb ik doorgegeven. Als u het te koud heeft mag u vandaag naar het wijkcentrum, daar is het warm en er is soep. Groet [[p:Jolanda Pietersen]] {{r:maatschappelijk werker}}
=====
Goedemorgen [[p:Gülsen]], goed dat u dit meldt. U kunt anoniem bellen met {{o:Veilig Thuis}}: 0800-2000. Dat is gratis. Wilt u dat ik meebel? Vriendelijke groet, [[p:Hatice]] (wijkteam {{w:Transvaal}})
=====
Hoi [[p:Donovan]], ja leuk! Kom morgen om 14 uur naar het {{o:Buurthuis De Mussen}}, kamer 1.04. Dan maken we samen je cv. Neem je diploma's mee als je die hebt.
=====
Ok [[p:Dion]] ik bel je zo op het nummer van je vriendin.
""")
# ---------------------------------------------------------------------------
# 6. Contact forms and sign-up forms filled in by clients themselves
# ---------------------------------------------------------------------------
add(r"""
Contactformulier sociaal wijkzorgteam
Naam: [[p:dennis v dijk]]
Adres: [[a:melis stokelaan 1 4 0 2]]
Postcode: [[pc:2541gj]]
Telefoon: [[t:06 nul 8 77 4 1 2 9 3]]
E-mail: [[e:dennisvd@live.nl]]
Uw vraag: ik wil hulp met geld en brieven ik heb ook een wajong
Hoe wilt u contact: bellen
=====
Naam: [[p:SHIRLEY]]
Achternaam: [[p:MAAS]]
Geboortedatum: [[d:31-2-1989]]
Adres: [[a:LAAN VAN MEERDERVOORT 5 3 3]]
Telefoon: [[t:0 6 1 5 4 4 3 3 2 1]]
Vraag: HULP MET HUISHOUDEN IK KAN HET NIET MEER
=====
Aanmelding wijkteam
Naam cliënt: [[p:Mustafa]] [[p:Çakır]] ([[p:mustafa cakir]])
BSN: [[b:635 614 455]]
Adres: [[a:Hengelolaan 11 02]] [[pc:2545 KC]]
Tel: [[t:06 18 49 22 07]]
Wie vult in: ik zelf met hulp van me dochter
Vraag: ik heb schulde bij de {{o:belastingdienst}} en mijn rekening is geblokeert
=====
naam [[p:fatima zahra el idrissi]]
tel [[t:0619283746]]
adres [[a:van ostade straat 3]]
ik wil graag iemand die met mij mee gaat naar de {{o:ind}} want ik ben bang dat ik het niet begrijp
=====
Contactformulier
Naam: ja
Telefoon: -
E-mail: -
Vraag: hallo ik wil weten of ik huurtoeslag kan krijgen ik woon alleen en ik verdien 1100 euro
=====
Aanmeldformulier dagbesteding {{o:Stichting Prisma}}
| Naam | [[p:Joey Brinkman]] |
| Geboren | [[d:17 aug 2000]] |
| Adres | [[a:Leyweg 9 87]] |
| Postcode | [[pc:2545 HJ]] |
| Telefoon | [[t:06-52 11 48 39]] |
| Contactpersoon | [[p:Annet Brinkman]] (moeder) [[t:06-21 99 03 17]] |
| Huidige hulp | {{r:ambulant begeleider}} via {{o:ASVZ}} |
| Wat wil je doen? | iets met dieren of met auto's |
=====
Naam: [[p:Xiu]] ([[p:Sophie]]) [[p:Lin]]
Adres: [[a:Wagenstraat 1 1 9]]
Telefoon: [[t:+31 6-85 07 34 12]]
Mijn vraag: Mijn moeder [[p:Lin Mei]] heeft geen geld meer van het restaurant en ze is ziek. Zij kan niet goed lezen. Ik ben 16. Wat moet ik doen?
=====
Formulier kwijtschelding (ingevuld door cliënt)
Naam: [[p:ronaldo perreira]]
Rekeningnummer: [[i:NL48ABNA059644697]]
BSN: [[b:94221736]]
Inkomen: 1050 per maand
Huur: 687
Toelichting: ik heb het invult met mijn {{r:maatje}} van {{o:Schuldhulpmaatje}} [[p:Herman]]
=====
Vraag via de website
Naam: [[p:Kübra]]
Wijk: {{w:Laakkwartier}}
Vraag: is er een taalles voor vrouwe in de buurt ik wil beter nederlands spreke om mijn kinderen te helpe met school 📚
=====
INSCHRIJVING KOOKCURSUS BUURTHUIS
naam: [[p:Tjeerd]]
leeftijd: 41
telefoon: [[t:06-3 5 4 7 8 1 2 9 0]]
allergie: noten 🥜
wie brengt u: mijn {{r:begeleider}} [[p:Marloes]]
""")
wrong("NL48ABNA059644697", "94221736")
# ---------------------------------------------------------------------------
# 7. Messages without personal data (many look-alikes)
# ---------------------------------------------------------------------------
add(r"""
ik heb de brief van de {{o:gemeente}} gekregen er staat op stuur naar Postbus 12600 2500 DJ Den Haag moet ik een postzegel plakke
=====
de bus 25 rijd niet ik sta al 40 minuten bij de halte op de Leyweg ik ben te laat 😫
=====
hoi ik heb bij de {{o:action}} een stofzuiger gekocht artikel 3 0 1 2 4 4 5 voor 29,99 maar hij doet het niet mag ik hem terug brengen zonder bon
=====
Beste allemaal, het spreekuur in {{w:Spoorwijk}} verhuist. Vanaf volgende week zitten we in kamer 2.14 op de 2e verdieping van het wijkcentrum aan de Hoefkade. Bel bij vragen 14 070.
=====
ik moet 12,50 per maand betalen voor de regeling en ik heb nog 7 termijnen dat is 87,50 klopt dat
=====
wanneer is de kerstmarkt in het buurthuis ik wil graag koekjes bakken 🍪🎄
=====
Geachte heer/mevrouw, uw aanvraag is ontvangen. U krijgt binnen 8 weken een beslissing. Vragen? Bel ons algemeen nummer 070 353 20 00 (ma-vr 8.30-17.00). Postbus 16100, 2500 BC Den Haag.
=====
ik ben sinds 2019 in nederland en ik heb nog geen werk ik ben 31 jaar ik kan goed schoonmaken en koken
=====
mijn bijstand is 1.245 en de huur is 712 en de zorgverzekering 148 en dan blijft er bijna niks over 😞 hoe doen andere mense dat
=====
Hoi, wil je volgende keer je bankpas, ID en de brief van de {{o:SVB}} meenemen? Dan kunnen we het in één keer regelen. Tot donderdag 10.00 uur.
=====
ik zit bij {{o:Veilig Thuis}} in de wacht al 20 minute nummer 0800 2000 niemand neemt op
=====
de lift is weer kapot al 3 weken en ik woon op 9 hoog met mijn rolstoel 😤😤 wie moet ik belle
=====
ik heb 30% korting gekregen bij de ooievaarspas voor zwemmen is dat waar voor iedereen
=====
Herinnering: de cursus 'Omgaan met geld' begint in week 37, elke dinsdag 19.00-21.00 uur, 6 lessen, kosten € 0. Aanmelden bij de balie.
""")
# ---------------------------------------------------------------------------
# 8. Longer messages and threads (quoted replies, signatures, lists)
# ---------------------------------------------------------------------------
add(r"""
Van: [[e:priscilla.doelwijt@hotmail.com]]
Aan: [[e:swt.schilderswijk@denhaag.nl]]
Onderwerp: Re: afspraak

ok ik ben thuis donderdag maar mijn zoon [[p:Jayden]] ook want hij is geschorst van school

> Op [[d:ma 4 mrt 2024]] om 16:02 schreef [[p:Rutger Smit]]:
> Dag mevrouw [[p:Doelwijt]], ik kom donderdag om 13.30 uur bij u thuis op de [[a:Jan Blankenstraat 18]].
> Met vriendelijke groet,
> [[p:Rutger Smit]]
> {{r:Maatschappelijk werker}} | sociaal wijkzorgteam {{w:Schilderswijk}}
> T 14 070 | M [[t:06 15 38 77 02]]
=====
hallo [[p:jolanda]] ik ben het weer [[p:gerrit]] de man van {{o:haag wonen}} is geweest de kachel doet het weer 🔥🔥 maar nu is er een brief dat ik 95 euro moet betale voor het voorrijde is dat goed want ik heb het niet kapot gemaakt hij was oud van 1998 staat erop ik heb de brief hier kenmerk [[z:HW-ON-2 4 0 8 8 1]] en mijn huurnummer [[z:1 0 0 3 7 8 2 2]] wil jij het lezen ik ben er de hele dag behalve om 3 uur dan ga ik naar de buurvrouw [[p:toos]] voor koffie ☕ groetjes [[p:gerrit hoek]] [[a:twentestraat 1 4]]
=====
Hoi [[p:Nina]],

Even een verslagje van gisteren voor het dossier van [[p:Marvin]] ([[z:SWT-LK-2024-0213]]):

- [[p:Marvin]] heeft een nieuwe telefoon, nummer: [[t:06 55 81 22 09]]
- Hij is per [[d:1 juni]] weer gestart bij {{o:Reakt}}, 3 dagdelen
- Schulden: {{o:CZ}} (ca. € 900), {{o:Odido}} (€ 312), vriend [[p:Dave]] (€ 200, "geleend")
- Hij wil nog steeds geen bewind. Moeder ([[p:Yolanda Martis]]) wil dat wel.
- Volgende afspraak: [[d:dinsdag 18 juni]], 14.00 uur, bij hem thuis ([[a:Vlierboomstraat 302]])

Groetjes,
[[p:Joost]] ({{r:jobcoach}}, {{o:Perspektief}})
=====
[[p:Tamara]]: [[p:fleur]] ben jij er morgen
[[p:Fleur]] {{r:begeleider}}: Ja hoor [[p:Tamara]]. Ik haal je om 8.30 uur op bij je huis. De afspraak is om 9.00 uur bij dokter [[p:Mahabier]].
[[p:Tamara]]: ik ben bang 😰
[[p:Fleur]] {{r:begeleider}}: Dat snap ik. Ik blijf de hele tijd bij je. Daarna gaan we een ijsje halen 🍦
[[p:Tamara]]: ok
[[p:Tamara]]: 2 bolletjes
[[p:Fleur]] {{r:begeleider}}: Haha deal. Slaap lekker!
=====
Beste [[p:Latifa]],

Dank voor het doorsturen van het bericht van [[p:Hamid Ouali]]. Ik heb zijn gegevens gecontroleerd:

Naam        [[p:H. Ouali]]
BSN         [[b:334390333]]
Klantnr.    [[z:4 40 1 82]]
Startdatum  [[d:01-09-2024]]
Werkgever   {{o:Schoonmaakbedrijf Haagstad}}

De uitkering wordt per startdatum beëindigd; de inkomsten over de eerste maand worden verrekend. Meneer kan mij bellen via het algemene nummer 14 070.

Met vriendelijke groet,
[[p:Peter van Houten]]
{{r:klantmanager}} Werk & Inkomen, {{o:gemeente Den Haag}}
=====
hoi dit is een spraak bericht voor [[p:Ilse]] van [[p:yvonne]] [[p:meijer]] eh ik ben bij de {{o:kruidvat}} en ik heb per ongeluk een ding mee genomen zonder te betale en nu houd de beveiliging mij vast ze zeggen ik moet 181 euro betale boete wat moet ik doen ik woon op de [[a:fruitweg 7]] en ik heb een begeleider van {{o:ipse}} ze heet [[p:karin]] mijn nummer weet ik niet uit me hoofd 😭😭
=====
Hoi [[p:Ilse]],

Zoals afgesproken hierbij het overzicht van de afspraken met [[p:Kevin de Wit]] voor de komende 2 weken. Zijn moeder ligt nog in het {{o:HMC Bronovo}}.

ma [[d:8/7]]   10.00  boodschappen met [[p:Gijs]] ({{o:Vóór Welzijn}})
di [[d:9/7]]   14.00  bezoek moeder (zus [[p:Joyce]] haalt hem op)
wo [[d:10/7]]  --     dagbesteding
do [[d:11/7]]  11.00  {{r:huisarts}} dokter [[p:Koolhoven]], [[a:Hoefkade 410]]
vr [[d:12/7]]  --     vrij

Als er iets is, bel [[p:Joyce]]: [[t:06-7 3 1 9 4 4 0 2]] (let op, nummer klopt misschien niet, zo had [[p:Kevin]] het opgeschreven).

Gr [[p:Anouk]]
=====
[[p:Redouan]] zit vast sinds vrijdagnacht. Ik heb gebeld met het {{o:politiebureau Jan Hendrikstraat}}. Hij krijgt een pro-Deo advocaat. Zijn broer [[p:Anouar]] wil dat we zijn {{r:begeleider}} van {{o:MEE}} inlichten, want [[p:Redouan]] heeft een LVB en kan het verhoor niet goed volgen. MEE: [[p:Marloes van Os]], [[t:06-46 22 90 17]]. Zaaknummer politie (van de broer gekregen): [[z:PL1500-2024 1 3 7 9 9 2]].
=====
Hallo wijkteam

ik ben [[p:Ria]] de moeder van [[p:Stephan]]. Dank jullie wel voor de fietsenwerkplaats hij is er elke dinsdag en donderdag en hij is zo blij 😊 hij heeft een jas gekregen met zijn naam erop. Alleen nu vraagt de fietsenwerkplaats zijn bsn voor de verzekering is dat normaal? Ik wil het niet zomaar geven. Het is [[b:910 29 1093]] maar ik stuur het pas als jullie zeggen dat het goed is.

Groetjes [[p:Ria Zwart]]
[[a:Zuiderparklaan 2 5]]
=====
Datum: [[d:22 mei 2024]]
Verslag huisbezoek (kort, voor team)
Cliënt: [[p:Z. Arslan]] ([[p:Zeynep]]), {{w:Laak}}
Aanwezig: cliënt, haar zus [[p:Derya]], [[p:Ruben]] ({{r:schuldhulpverlener}})
- post uitgezocht: 3 aanmaningen {{o:Vattenfall}}, 1 brief {{o:CJIB}} (kenmerk [[z:6 2 0 5 1 8 8 4 0 0 1 3 2 9 7 1]]), 2 x reclame
- cliënt leest niet, zus leest voor; zus wil niet meer alles doen
- afspraak: aanmelding {{o:Haagse Kredietbank}}, eerst budgetbeheer
- volgende keer: [[d:5 juni]] 10.00
=====
[[p:soufiane]]: hallo [[p:iris]] ik heb de brief van de belasting nog een keer gelezen met mijn neef
[[p:soufiane]]: hij zegt ik heb toeslag gehad die niet van mij was
[[p:Iris]] ({{r:begeleider}}): Hoi [[p:Soufiane]], dank je. Ik heb het wijkteam gemaild. [[p:Femke]] van het wijkteam gaat ons helpen.
[[p:soufiane]]: wie is [[p:femke]]
[[p:Iris]] ({{r:begeleider}}): Een {{r:maatschappelijk werker}}. Ze is aardig 😊 We zien haar [[d:woensdag 26 juni]] om 11 uur bij het {{o:Servicepunt XL}} in {{w:Transvaal}}.
=====
Hoi [[p:Thijs]], met [[p:Wilma]] van de dagbesteding. [[p:Bert]] en [[p:Jamie]] hebben een gesprek gehad. [[p:Jamie]] (de cliënt die jou appte, toch?) zit nu aan een andere tafel. [[p:Bert]] heeft sorry gezegd. Ik houd het in de gaten. Gr [[p:Wilma]] ({{o:Gemiva}}, locatie {{w:Wateringse Veld}})
""")
# ---------------------------------------------------------------------------
# 9. More clients' messages: surnames that are words, odd numbers, mixed layouts
# ---------------------------------------------------------------------------
add(r"""
mevrouw [[p:winter]] ik heb de brief van de {{o:svb}} maar ik kan nie lezen wat er staat er staat mijn naam [[p:Cornelis Mol]] en een nummer [[z:2 0 2 4 - 5 5 3 0 1]] en iets met kinderbijslag stop 😟
=====
hoi ik ben [[p:sharon]] [[p:de haan]] ik woon in {{w:transvaal}} op de [[a:pretorius straat 1 0 1 a]] mijn telefoon is [[t:nul zes, 44 12 98 70]] kan iemand van jullie mij helpe met een brief van de {{o:vestia}} over de huur verhoging
=====
ik ben nu 18 geworde op [[d:2 januari]] 🎉🎂 en nu zegt de {{o:jeugdzorg}} ik moet naar de volwassenen dus ik kom bij jullie zegt [[p:Femke]] van het {{o:CJG}}
=====
hey hoe gaat ie het is [[p:Mike]] van de [[a:Bilderdijkstraat 66]] 2e verdieping ik wil vrijwilliger worde bij de {{o:dierenasiel}} maar ik weet nie hoe dat moet 🐶
=====
meneer [[p:Kok]] van de {{o:voedselbank}} zegt ik mag maar 1 keer per week komen klopt dat 🤔
=====
sorry dat ik weer app [[p:Brouwer]] maar ik weet nie meer of ik [[d:morgen 3 juli]] of [[d:4 juli]] moet komen
=====
Mijn naam is [[p:Thu Trang Nguyen]] maar op de brief staat [[p:Nguyen Thi Thu Trang]] en bij de {{o:IND}} staat [[p:Trang Nguyen]] is dat een probleem voor de uitkering?
=====
ik woon op de [[a:koningin emmakade 1 2 0]] maar de postbode brengt de post steeds naar [[a:koningin emmakade 102]] en dan krijg ik boete omdat ik niet betaal 😤 de buurvrouw heeft mijn brieven ik heb ze niet gezien
=====
groetjes van [[p:Ahmet]] en [[p:Leyla]] [[p:Güneş]] wij zijn naar [[a:Dierenselaan 8]] [[pc:2573 EP]] verhuisd vanaf [[d:15-6]] onze oude adres was [[a:Soestdijksekade 4 0 9]] [[pc:2574AD]]
=====
hallo mevrouw [[p:Smit]] dit is [[p:zahra]] ik heb een nieuwe {{r:tolk}} nodig want meneer [[p:Nasser]] verstaat mij niet goed hij praat ander arabisch 🙈
=====
ik heb de foto van mijn id kaart gestuurd en mijn bsn staat achter op [[b:582 210 987]] is dat genoeg voor het formulier
=====
dit is [[p:Jerrel]] [[p:Kross]] ik ben weer thuis uit de kliniek ik woon nu bij me moeder op [[a:Wolmaransstraat 33]] tot ik een kamer heb. mijn {{r:begeleider}} van {{o:Brijder}} is [[p:Patty]] zij weet alles
=====
mijn dochter [[p:Nour]] heeft een brief van de {{r:leerplichtambtenaar}} maar zij is ziek al 3 weken met corona 😷 ik heb briefje van de dokter hoe stuur ik die
=====
[[p:Bogdan]] mijn baas zegt ik moet [[d:1 8]] weg uit de kamer ik werk 3 jaar hier ik wil hulp van iemand 🙏
=====
Hallo meneer [[p:Bakker]] ik heb mijn rekening nummer veranderd want mijn oude pas is weg nieuwe [[i:NL06 BUNQ 2742 1854 95]] wil u het zeggen aan de {{o:uwv}} en aan de {{r:bewindvoerder}}
=====
ik ben [[p:kees]] [[p:de groot]] van 67 jaar mijn vrouw [[p:ans]] is dood en nu weet ik niet hoe je de was doet en hoe de bank werkt zij deed alles 😢 ik woon in {{w:mariahoeve}} op de [[a:ruychrocklaan 15 0]]
=====
hoi hoi [[p:Anouk]] 👋 ik ben op tijd bij mijn werk vandaag!!! 3e keer deze week 💪💪
=====
ik heb een brief dat ik naar de keuring moet bij de {{o:uwv}} op [[d:dinsdag de 19de]] om 8:15 maar de eerste tram gaat om 7 uur en ik weet de weg niet naar {{w:Leidschenveen}}
=====
Het is [[p:Dwight]]. Ik heb de sleutel van de nieuwe kamer gehaald. [[a:Herderinnestraat 11 C]]. Huur 545. Ik ben zo blij 🏠🥹 dank jullie wel [[p:Merel]] en [[p:Jasmijn]]
=====
ik wil klacht over de {{r:wijkverpleging}} de man [[p:Hans]] is steeds te laat en hij praat hard tegen mij 😠 mijn naam is [[p:Truus de Vos]] [[a:Thomsonlaan 48]]
=====
goeie middag met [[p:Ramon]] uit {{w:Duindorp}} kan u mij het nummer geven van {{o:sociaal raadslieden}} ik heb een vraag over mijn pensioen van me vader
=====
Mijn zoon is 25 en hij heeft geen werk en hij zit de hele dag op de bank met de playstation 🎮 ik wil dat hij iets gaat doen maar hij luistert niet naar mij 😩 waar kan hij heen in {{w:Escamp}}
=====
hallo [[p:Rutger]] ik heb een vriendin die [[p:samira]] heet ze is ook in de war van brieven kan zij ook bij jou komen? ze woont bij mij om de hoek [[a:parallelweg 2 1 4]]
=====
Goedemiddag, met [[p:Lieke]] van {{o:Stichting MOOI}}. Mevr. [[p:Kaczmarek]] is vandaag bij ons geweest met haar dochter. Ze heeft een Pools IBAN [[i:PL61 1090 1014 0000 0712 1981 2874]] waar haar loon op kwam; haar Nederlandse rekening is [[i:NL59RABO9271500523]]. Ik heb het formulier voor de huurtoeslag met haar ingevuld.
=====
ik ben [[p:jermaine]] mijn moeder zegt ik moet bellen maar ik app liever. ik heb een boete van de {{o:htm}} van 50 euro omdat ik zonder kaartje reed. het nummer is [[z:HTM 0 0 1 2 3 8 8 7 4]] 🙄
""")
# ---------------------------------------------------------------------------
# 10. Mixed: auto-transcribed voice messages, shared contacts, group apps
# ---------------------------------------------------------------------------
add(r"""
Spraakbericht (automatisch uitgeschreven): hallo met [[p:jessie]] eh [[p:jesse]] [[p:van leeuwen]] ik bel voor mijn afspraak van op [[d:drie oktober]] maar ik ben dan in het ziekenhuis met mijn been kunt u terug bellen op [[t:06 miljoen 48 33 21 7]] dank u
=====
Contact gedeeld: Mama 📞 [[t:06-41 92 37 58]]
dit is mijn moeder zij wil met jou prate over mijn geld
=====
hoi allemaal 👋 (groepsapp kookgroep) morgen koken we bij [[p:Britt]] thuis, [[a:Mijtensstraat 12 hs]]. Neem 5 euro mee. [[p:Noah]] en [[p:Sem]] jullie nemen de pannen mee. Tot morgen om 17.00 uur! [[p:Lotte]] ({{r:begeleider}})
=====
mijn postcode is [[pc:2 5 2 6 h l]] en mijn adres [[a:Schalk Burgerstraat 2 7 1]] toch? 🤔 ik weet het nie meer zeker
=====
ik heb het formulier getekent. mijn geboortedatum is [[d:1 4 1999]] en niet [[d:4 1 1999]] zoals er staat bij de {{o:gemeente}}, dat hebben ze fout gedaan
=====
Hoi [[p:Jeffrey]]! Sorry dat ik je naam fout schreef gisteren ([[p:Jefferey]]) 🙈. Je afspraak bij {{o:Schuldhulpverlening}} is op [[d:13-4]] om 13:45 uur. Ik ga mee. Gr [[p:Pien]]
=====
hallo [[p:dirk schaap]] ik ben het [[p:Wendy]] ik heb geen stroom meer sinds vannacht het is helemaal donker in huis en mijn meterkast doet raar ⚡😱
=====
Goedemorgen mevrouw [[p:Verhoeven]],
ik heb de brief gelezen maar ik kan niet komen op die dag want dan heb ik werk bij {{o:Dunea}} in de kantine.
Groet [[p:Marco Pinas]]
Verzonden vanaf mijn Samsung Galaxy
=====
cl. [[p:R.B.]] ({{w:Moerwijk}}) vandaag niet verschenen bij {{o:HKB}}, 2e keer. Broer gebeld, die zegt dat [[p:R.]] de brief niet heeft kunnen lezen. Nieuwe afspraak [[d:wo 22/5]]. Ik app hem de dag ervoor. - [[p:Sven]]
=====
mijn bsn is [[b:178832354]] nee wacht [[b:178832534]] ik had het verkeert 🙈
=====
Groetjes [[p:Lisa de Bruin]] [[a:Kijkduinsestraat 5 0 6]] [[t:0 6 - 2 8 3 3 1 9 0 4]] {{w:Kijkduin}}
=====
mijn vaste nummer thuis is [[t:0 7 0 - 3 6 4 1 2 2 8]] mijn mobiel is stuk
=====
hallo ik ben [[p:Sjonnie]] eigenlijk heet ik [[p:Johannes Verbeek]] maar iedereen zegt [[p:Sjonnie]]. mijn buurman [[p:Ton]] zegt jullie helpen met schulden. ik heb 14.000 euro schuld bij 9 mense 😓
=====
Dag [[p:Wendy]], [[p:Dirk]] hier. Bel direct de storingsdienst: 0800-9009. Dat is gratis en ze komen ook 's nachts. Zet niks aan in de meterkast! Ik bel je over een uur.
=====
he [[p:mo]] is het goed dat ik de brief van {{o:cjib}} gewoon in de prullebak doe want ik heb het al betaald denk ik 🤷‍♂️ [[p:mohammed el hadji]]
=====
Beste [[p:Pieter-Jan]], dank voor je mail. Ik kan niet zien wat [[p:Chiara]] (zo heet ze toch?) precies heeft ondertekend. Wil je de overeenkomst naar [[e:p.jansen@swt-segbroek.nl]] sturen? Dan kijk ik het na. Gr [[p:Pauline Jansen]]
=====
ik ben [[p:amal]] mijn zus [[p:hibaaq]] heeft een kind gekregen op [[d:11-11]] 👶 ze wil een kraampakket maar ze heeft geen geld. zij woont op [[a:de la reyweg 7 0 0]] 💕
=====
hoi! ik heb nu instagram en tiktok, zoek me op haha. en mijn nieuwe mail is [[e:tiffanyy.x@gmial.com]] 😎
=====
Hallo, ik ben [[p:Femke]] van het wijkteam. [[p:Ronny]] vraagt of hij zijn leefgeld op een andere dag kan krijgen. Nu is het maandag, hij wil vrijdag. Zijn klantnummer bij jullie is [[z:BB-0 77 41]]. Kan dat? Groet, [[p:Femke Terlouw]]
=====
ik wil mijn dossier zien. welke gegevens hebben jullie over mij. mijn naam [[p:Achraf Bennani]] geb [[d:30/06/1986]] 🧐
=====
[[p:Kimberly]] belde vanmorgen: ze is veilig bij haar moeder in {{w:Leidschenveen}}. De sleutel van [[a:Zonnebloemstraat 80]] ligt bij de buren. Melding {{o:Veilig Thuis}} loopt ([[z:VT-24-08815]]). Ik heb [[p:Hanna]] ingelicht. [[p:Rik]]
""")
wrong("178832354")
# ---------------------------------------------------------------------------
# 11. Long messages (rambling dictation, long chat, mail thread)
# ---------------------------------------------------------------------------
add(r"""
hallo [[p:Merel]] het is [[p:Dwight]] ik praat dit in want typen gaat niet zo goed punt ik wil je vertellen wat er allemaal gebeurt want het is heel veel punt eerst de kamer op de [[a:Herderinnestraat 11 C]] is leuk maar de buurjongen [[p:Rayan]] komt steeds aan mijn deur en vraagt geld voor sigaretten en ik geef het want anders wordt hij boos komma ik heb hem al 60 euro gegeven deze week punt dan de {{o:uwv}} heeft een brief gestuurd dat ik moet komen op [[d:dinsdag 14 mei]] om half 9 in {{w:Centrum}} maar ik weet niet waar dat is punt en mijn moeder [[p:Marcia]] zegt ik moet het niet doen want dan stoppen ze mijn wajong maar mijn {{r:jobcoach}} [[p:Joost]] zegt ik moet wel gaan punt wie heeft er gelijk vraagteken ook heb ik een nieuwe bankpas gekregen van de {{o:Rabo}} en de oude heb ik kapot geknipt zoals jij zei komma het nummer staat op de brief [[i:NL89 RABO 8371 7094 56]] dat moet naar [[p:Frits]] van het bewind denk ik punt en de huur is 545 maar de huurtoeslag is nog niet geregeld want ze vragen een DigiD en die heb ik niet punt ik ben wel blij hoor maar het is veel punt kan je [[d:woensdag de 15e]] komen of donderdag vraagteken mijn nummer weet je het is nog steeds [[t:06 37 22 90 14]] groetjes [[p:Dwight]] [[p:Sabajo]]
=====
[[d:11-09-24]] 07:58 - [[p:Naomi]] (wijkteam): Goedemorgen [[p:Gaby]], vandaag om 11 uur komen [[p:Wouter]] van {{o:Vestia}} en ik bij je langs over de huur. Ben je thuis?
[[d:11-09-24]] 08:40 - [[p:Gaby]]: goedemorge ja ik ben thuis
[[d:11-09-24]] 08:41 - [[p:Gaby]]: maar mijn vriend is er ook is dat goed
[[d:11-09-24]] 08:45 - [[p:Naomi]] (wijkteam): Dat is goed, als jij het goed vindt dat hij erbij is. Leg je de bankafschriften klaar?
[[d:11-09-24]] 08:46 - [[p:Gaby]]: welke
[[d:11-09-24]] 08:50 - [[p:Naomi]] (wijkteam): Van juni, juli en augustus. Daar staan de betalingen van de huur op.
[[d:11-09-24]] 08:51 - [[p:Gaby]]: ik heb alleen de app
[[d:11-09-24]] 08:52 - [[p:Gaby]]: <Media weggelaten>
[[d:11-09-24]] 08:52 - [[p:Gaby]]: <Media weggelaten>
[[d:11-09-24]] 08:55 - [[p:Naomi]] (wijkteam): Top, dit is goed. Ik zie dat je op [[d:1 juli]] en [[d:1 augustus]] € 612,40 hebt betaald naar {{o:Vestia}}. Dan klopt hun overzicht niet. Dat bespreken we om 11 uur.
[[d:11-09-24]] 08:56 - [[p:Gaby]]: ja zie je ik zei het 😤
[[d:11-09-24]] 08:56 - [[p:Gaby]]: ze geloofde me niet
[[d:11-09-24]] 09:02 - [[p:Naomi]] (wijkteam): Jij had gelijk 👍 Wil je het huurcontract ook pakken? Daar staat je huurnummer op.
[[d:11-09-24]] 09:30 - [[p:Gaby]]: gevonde [[z:8 0 0 2 1 4 7 7]] staat erop
[[d:11-09-24]] 09:31 - [[p:Gaby]]: en [[p:Gabriëla]] [[p:Rosalia]] [[p:Cicilia]] dat ben ik haha mijn hele naam
[[d:11-09-24]] 09:33 - [[p:Naomi]] (wijkteam): Haha mooie naam! Tot straks op de [[a:Kraaienest 142]].
=====
Van: [[p:Iris Vermeulen]] <[[e:i.vermeulen@ipsedebruggen.nl]]>
Aan: [[p:Femke Lodewijks]] <[[e:femke.lodewijks@denhaag.nl]]>
Onderwerp: RE: [[p:Soufiane]] - terugvordering toeslagen

Hoi [[p:Femke]],

Dank voor het gesprek van woensdag. Zoals afgesproken de stand van zaken:

1. Terugvordering {{o:Toeslagen}}: € 2.314,-. Bezwaar is verstuurd op [[d:28 juni]], kenmerk van {{o:Toeslagen}} [[z:T-2024-9 18 22 07]]. De toeslag is destijds aangevraagd door een 'vriend' ([[p:Yassin]]) die ook zijn DigiD gebruikte.
2. Aangifte bij de politie gedaan op [[d:2 juli]] (zie bijlage, ik heb het zaaknummer zwart gemaakt).
3. Betalingsregeling: nog niet, eerst bezwaar afwachten.
4. [[p:Soufiane]] wil graag een vast contactpersoon bij jullie. Hij vroeg: "mag [[p:femke]] blijven".

Hij is trots dat hij de brief zelf heeft voorgelezen in het gesprek!

Groet,
[[p:Iris]]

> Van: [[p:Femke Lodewijks]]
> Verzonden: woensdag [[d:26 juni 2024]] 15:12
> Hoi [[p:Iris]], fijn gesprek vandaag met jou en [[p:Soufiane]]. Kun je me het kenmerk van de brief sturen en laten weten of er aangifte is gedaan? Dan zet ik het bezwaar in gang.
> Met vriendelijke groet,
> [[p:Femke Lodewijks]], {{r:maatschappelijk werker}}
> Sociaal wijkzorgteam {{w:Transvaal}} | algemeen nummer 14 070 | mobiel [[t:06 14 28 83 60]]
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


UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}


def to_chars(s):
    """Characters of a typed or spoken number ('nul zes 1 2', 'nl85 ingb ...')."""
    res = []
    for tok in re.findall(r"[0-9A-Za-zÀ-ÿ]+", s):
        low = tok.lower()
        if tok.isdigit():
            res.append(tok)
        elif low in UNITS:
            res.append(str(UNITS[low]))
        else:
            res.append(tok.upper())
    return "".join(res)


def bsn_ok(s):
    d = to_chars(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = to_chars(s)
    if d.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
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
            if sp["label"] == "bsn" and sp["text"] not in TYPED_WRONG:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in TYPED_WRONG:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h142-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    ids = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate text"
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout142.jsonl")
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
        "avg words %.1f" % (words / len(rows)),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
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
