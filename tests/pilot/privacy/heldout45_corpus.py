#!/usr/bin/env python3
"""Held-out corpus 45 for the Dutch personal-data finder (sociale wijkzorgteams).

Register: what professionals copy into their notes from clients and relatives:
transcribed phone calls and voicemails, SMS / WhatsApp messages (no capitals,
spelling mistakes, emoji, Dutch of people whose first language is Arabic,
Turkish, Polish, Tigrinya, Papiamento, English ...), letters typed over from a
photo, each with the professional's own short reaction note; plus notes by
professionals whose own Dutch is a second language and mixed Dutch/English
notes by expat professionals.

Markup (stripped programmatically, offsets right by construction):
  [[p:..]] person  [[b:..]] bsn  [[t:..]] phone  [[e:..]] email  [[i:..]] iban
  [[pc:..]] postcode  [[a:..]] address  [[d:..]] date  [[k:..]] dossier
  {{w:..}} wijk  {{o:..}} org  {{r:..}} role
Placeholders <BSN> <BSN.> <BSN_> and <IBAN> <IBANc> <IBANl> are filled with
valid numbers (11-check, mod-97) from a seeded generator.

Run: python3 heldout45_corpus.py   -> writes heldout45.jsonl next to this file.
Stdlib only, deterministic.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
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

HAND = []


def H(s):
    HAND.append(s.strip("\n"))


# ---------------------------------------------------------------------------
# Hand-written texts
# ---------------------------------------------------------------------------

H("""
WhatsApp van mw [[p:Bouchra]] ([[t:06-41873302]]), za 09:47:
"salam alaikum mevrouw [[p:Ilse]] ik heb weer brief gekregen van {{o:Belastingdienst}} ze zegt ik moet 2300 euro terug betalen voor huurtoeslag 😭😭 ik heb niet dit geld. mijn man zegt gooi weg maar ik ben bang. kan ik maandag komen bij jullie in {{o:Servicepunt XL}}?"
Reactie [[p:Ilse]]: afspraak ma [[d:11 maart]] 10u, brief meenemen. Mw vraagt of haar zus [[p:Naima]] mee mag om te vertalen, prima, geen {{r:tolk}} nodig. Kenmerk op de foto: [[k:1794.22.881.T.76]]. Daarna evt doorzetten naar {{r:schuldhulpverlener}}.
""")

H("""
Voicemail do 16:12 (nr [[t:0687 22 41 09]]), letterlijk uitgetypt:
"Ja hallo, met [[p:Hülya]]... [[p:Hülya Kaya]], de dochter. Ik bel voor mijn moeder, zij is gevallen gisteren, ze ligt nu in {{o:HMC Westeinde}}. Wie gaat haar helpen als zij thuis komt? Ze woont alleen, op de [[a:Hobbemastraat 118-2]]. Belt u mij terug alstublieft. Dank u."
Notitie: vr ochtend teruggebeld, geen gehoor, ingesproken. Moeder = mw [[p:Şükriye Kaya]], geb. [[d:04-07-1941]]. Contact gezocht met {{r:wijkverpleegkundige}} van {{o:HWW}} en met de {{r:Wmo-adviseur}} ivm huishoudelijke hulp. Ontslag uit {{o:HMC}} verwacht begin volgende week.
""")

H("""
sms 07:02 van [[t:+48 604 118 372]] (nummer van [[p:Kasia]], moeder van client):
"goedemorgen, ik ben mama van [[p:Tomasz]]. hij is nu in polen bij mij, komt terug [[d:25 april]]. hij heeft geen telefoon meer, kapot. zijn brieven van {{o:UWV}} kunt u sturen op mail [[e:tomasz.wisniewski1990@wp.pl]]? dziękuję. sorry mijn nederlands"
Notitie: client [[p:T. Wiśniewski]] dus tot eind april onbereikbaar. Afspraak bij {{o:UWV}} ([[d:18/4]]) laten verzetten. Let op: volgens moeder is het mailadres van [[p:Tomasz]] zelf, niet zeker. Eerst bij hem checken voordat we daar iets heen sturen.
""")

H("""
[[d:03-02-2024]] 21:18 - [[p:Semhar]]: selam juf
[[d:03-02-2024]] 21:18 - [[p:Semhar]]: ik krijg brief van {{o:DUO}} ik weet niet wat is
[[d:03-02-2024]] 21:19 - [[p:Semhar]]: <Media weggelaten>
[[d:03-02-2024]] 21:25 - [[p:Semhar]]: en [[p:yonas]] is ziek al 3 dag, hoest veel. huisarts zegt geen plek
[[d:03-02-2024]] 21:26 - [[p:Semhar]]: sorry laat 🙏🙏
Notitie [[p:Marloes]] ({{r:maatschappelijk werker}}): DUO-brief gaat over de inburgeringslening. Morgen navragen bij {{o:VluchtelingenWerk}}. [[p:Yonas]] (zoontje, 4 jr): moeder uitgelegd dat ze 's avonds de {{o:huisartsenpost}} kan bellen als hij koorts krijgt.
""")

H("""
WhatsApp [[p:Jurdaily]] (client), di 13:40
"bon dia juf!! ik ben bij {{o:Sociale Dienst}} nu maar ze zegt ik moet eerst papier van {{o:Staedion}} hebben dat ik daar woon 🙄 ayo. mijn adres is nog [[a:Jacob Catsstraat 41]] bij mijn tante [[p:Ginaida]] maar ik slaap daar niet meer. wat moet ik doen dushi"
Reactie: gebeld, uitleg briefadres gegeven. [[p:Jurdaily]] (geb. [[d:12-11-1998]]) heeft een briefadres nodig, evt via {{o:Kessler Stichting}} of {{o:Leger des Heils}}; voorlopig blijft de post bij tante. Actie: vrijdag samen brief voor {{o:Sociale Dienst}} opstellen.
""")

H("""
Text from [[p:Daniel]] ([[t:+44 7911 204883]]), zondagavond:
"hi [[p:Sanne]], sorry to bother you on a sunday. the landlord came again today and said we need to be out by [[d:March 31st]]?? is that even legal. he wont give me anything on paper. my wife [[p:Grace]] is pregnant and freaking out. pls call me tmrw"
Notitie: mw [[p:Grace Okafor]] is 28 wk zwanger, gezin staat niet ingeschreven op [[a:Weimarstraat 310A]] (kamerverhuur zonder contract?). Doorverwezen naar {{o:Het Juridisch Loket}} en {{o:Sociaal Raadslieden}}. Ook {{o:CJG}} inlichten ivm de geboorte. Maandag terugbellen.
""")

H("""
Brief {{o:CAK}} overgetypt (foto via WhatsApp van dochter):
"Den Haag, [[d:14 februari 2024]]
De heer [[p:H.J. Koster]]
[[a:Soestdijksekade 22]]
[[pc:2574 AE]] 's-Gravenhage
Betreft: eigen bijdrage Wmo - herinnering
Klantnummer: [[k:3100458722]]
Geachte heer [[p:Koster]], wij hebben uw betaling van € 21,40 nog niet ontvangen..."
Notitie: dochter [[p:Ria]] stuurde de foto, meneer heeft geen automatische incasso. Zijn rekening: [[i:<IBAN>]]. Samen met [[p:Ria]] machtiging aangevraagd. {{r:ouderenconsulent}} op de hoogte gebracht.
""")

H("""
Huisbezoek mw [[p:Esther de Hoop]], [[d:dinsdag 5 maart]]. Ik ben samen geweest met [[p:Youssef]] van {{o:Middin}}. Mevrouw woont in een flat op [[a:Meppelweg 804]], zij is erg eenzaam sinds haar man is overleden vorig jaar. Zij heeft gezegt dat zij geen zin meer heeft in het leven, ik heb dat serieus genomen en gevraagd of zij met de {{r:POH-GGZ}} wil praten, maar zij wil niet. Haar zoon [[p:Ruud]] belt elke week, maar hij woont in Groningen. Afgesproken: ik kom volgende week weer, en ik vraag de {{r:welzijnscoach}} voor de koffieochtend in {{w:Morgenstond}}. Ik hoop dat zij gaat.
""")

H("""
Call with mr [[p:Petrov]] today, interpreter via {{o:Tolkcontact}} (Bulgarian). Summary in English bc I'm faster that way:
- works via uitzendbureau in Westland, lives with 6 other guys at [[a:Kamperfoeliestraat 12-hs]]?? (he wasn't sure about the number), pays 450/month cash
- no zorgverzekering since [[d:1 jan]], got a letter from {{o:Zorginstituut Nederland}}
- BSN [[b:<BSN_>]], he has a DigiD but forgot the password
Next steps: aanvraag zorgverzekering + {{o:Juridisch Loket}} re: housing. Ask [[p:Dounia]] about {{o:The Hague International Centre}}.
""")

H("""
sms [[p:Rachid]] 08:03: "goedemorgen ik ben ziek vandaag kan nie komen afspraak. sorry. nieuwe afspraak?"
-> nieuwe afspraak [[d:wo 20/3]] 11.00 bij {{o:Servicepunt XL}} {{w:Transvaal}}, sms terug gestuurd. 3e keer afgezegd deze maand, bespreken in MDO.
""")

H("""
Voicemail [[d:10-04]] (anoniem nummer), uitgetypt door [[p:Kim]]:
"Ja goeiemiddag, u spreekt met [[p:Bakker]], mevrouw [[p:Bakker]] van driehoog. Het gaat over meneer [[p:Van Dam]] van nummer 37, die heb ik al vier dagen niet gezien en z'n post puilt eruit. Het ruikt ook niet fris in het portiek. Ik weet niet of ik de politie moet bellen of jullie. Mijn nummer is [[t:070 - 366 21 08]]. Dag."
Actie: direct {{r:wijkagent}} [[p:Hans]] gebeld, samen naar [[a:Twickelstraat 37]]. Mnr [[p:Van Dam]] lag op de grond, wel aanspreekbaar, ambulance -> {{o:Haga}}. Buurvrouw teruggebeld en bedankt.
""")

H("""
Overgetypt van foto (brief deurwaarder, via dochter [[p:Priya]]):
"Gerechtsdeurwaarderskantoor {{o:Flanderijn}}
Dossiernummer: [[k:3481207/LB]]
Aan mevrouw [[p:D. Sewdien-Ramkisoen]], [[a:Dierenselaan 229]], [[pc:2573 HG]] Den Haag
Datum: [[d:29-02-2024]]
Betreft: vordering {{o:Eneco}}. Totaal te voldoen: € 1.284,17 vóór [[d:14 maart 2024]] op rekening [[i:<IBAN>]] o.v.v. het dossiernummer."
Notitie: [[p:Priya]] (dochter, [[t:06-24 19 88 03]]) vraagt wat te doen. Mw is 71 en wist niets van de schuld. Advies: niet betalen voordat wij het hebben nagekeken, eerst specificatie bij {{o:Eneco}} opvragen. Aanmelden {{o:Schuldhulpverlening}}? Eerst met {{r:casusregisseur}} overleggen.
""")

H("""
wa van [[p:Mehmet]] ([[t:+31 6 2418 9930]]):
"goedmiddag. mijn vader [[p:Ahmet Yıldız]] heeft afspraak met jullie morgen maar hij spreekt slecht nederlands. ik kan niet komen ik werk. mag mijn broer [[p:Umut]] komen? hij is 17. adres is zelfde, [[a:Paul Krugerlaan 188 b]]. teşekkürler 🙏"
Notitie: een broer van 17 als tolk bij een gesprek over schulden is niet ok. {{o:Tolkcontact}} geregeld (Turks). Aan [[p:Mehmet]] uitgelegd waarom, hij snapt het. Hij wil kopieën van de brieven op [[e:m.yildiz_88@hotmail.com]] - eerst toestemmingsverklaring van vader checken.
""")

H("""
Gesprek met mevrouw [[p:Nowak]] en haar partner [[p:Darek]] op kantoor {{w:Laak}}, [[d:22.03.2024]]. Zij hebben beide werk via uitzendbureau maar contract stopt in april. Huur heeft achterstand van 3 maanden bij {{o:Haag Wonen}}, huurdersnummer [[k:40-11770-3]]. Ik heb uitgelegd over {{o:Schuldhulpverlening}} maar zij zijn bang dat dit komt bij BKR. Ik heb gezegd dat is niet altijd zo. Hun dochter [[p:Zuzia]] (8) gaat naar school aan de Fruitweg, de juf heeft ook zorgen. Ik neem contact op met {{o:CJG}}. Volgende afspraak: [[d:5 april]] 9u.
""")

H("""
VM van doktersassistente [[p:Linda]] namens {{r:huisarts}} dr. [[p:Pinas]] ({{o:Gezondheidscentrum Transvaal}}), [[t:070-3889410]]:
"...belt over meneer [[p:Lieveld]], geboren [[d:3-9-1955]]. Hij komt niet meer naar de controles voor zijn suiker en neemt de telefoon niet op. Dokter vraagt of iemand van het wijkteam even langs kan. Adres [[a:Kempstraat 120-I]]. Graag terugbellen op het praktijknummer, niet op de spoedlijn."
Notitie: langs geweest met {{r:wijkverpleegkundige}} [[p:Roos]]. Mnr [[p:Lieveld]] deed na lang aanbellen open, erg verward, koelkast leeg. Melding bemoeizorg bij {{o:GGD Haaglanden}} (meldnr [[k:BZ-24-00871]]).
""")

H("""
sms [[p:Filmon]] 23:51
"hallo mevrou [[p:Janneke]] ik ben [[p:filmon]] vader van [[p:Mahlet]] en [[p:Abel]]. school zegt kinderen moet meer eten mee maar ik heb geen geld voor dit week. alle geld naar huur. ik schaam. je kan helpen voedselbank? dankjewel god zegen"
Reactie volgende ochtend: aanmelding {{o:Voedselbank Haaglanden}} gedaan, intake [[d:do 28 maart]]. Toeslagen gecheckt: hij krijgt GEEN kindgebonden budget, waarschijnlijk nooit aangevraagd. Samen oppakken met {{r:sociaal raadsman}} van {{o:Sociaal Raadslieden}}. Gezin woont [[a:Hoefkade 611]], [[pc:2526 BV]].
""")

H("""
WhatsApp-berichten van mw [[p:Akosua Mensah]] (in telefoon als "[[p:Akosua]] SWT"), [[d:zondag 7 april]]:
08:12 "Good morning Sister [[p:Fleur]] 🙏🏾 God bless you"
08:13 "I did not sleep. The neighbours are talking through the wall again about me"
08:40 "my son [[p:Kwame]] say i must not text you on sunday but i need help"
11:02 "??"
Reactie [[p:Fleur]] (ma): besproken met {{r:POH-GGZ}} van de huisarts. Signalen passen bij de psychose van 2021. [[p:Kwame]] gebeld ([[t:06 87 41 55 20]]), hij gaat vanavond bij haar langs. Contact gelegd met FACT-team {{w:Escamp}} van {{o:Parnassia}}.
""")

H("""
Foto brief {{o:Belastingdienst/Toeslagen}}, overgetypt door [[p:Naomi]]:
"[[p:S. el Amrani]]
[[a:Rijswijkseweg 402-C]]
[[pc:2516HV]] 's-GRAVENHAGE
Datum [[d:8 januari 2024]]
Burgerservicenummer [[b:<BSN.>]]
Ons kenmerk [[k:TSL/HT/2023/41129]]
Herziening huurtoeslag 2022. U moet € 1.944 terugbetalen."
Notitie: mw [[p:Soukaina]] snapt niet waarom. Inkomen ging in 2022 omhoog toen zoon [[p:Bilal]] ging werken en bij haar woonde (medebewoner), dus klopt waarschijnlijk. Betalingsregeling aanvragen. Kopie in dossier [[k:SWT-LK-0412]].
""")

H("""
Home visit mw [[p:Li Mei Chen]] ([[d:Tue 9 Apr]]), her daughter [[p:Wen]] translated. Mw [[p:Chen]] is 84, lives alone at [[a:Zuidlarenstraat 77]] since her husband passed. Issues:
- mobility, she doesn't go outside anymore, 4e verdieping zonder lift!!
- very isolated, only contact is the family of the restaurant downstairs
- daughter lives in Rotterdam, comes every zaterdag
Plan: Wmo-melding + urgentie verhuizing via {{o:Woonnet Haaglanden}}. Ask [[p:Mei]] (our {{r:ouderenconsulent}}, confusing I know 😅) to visit with a Chinese speaking volunteer from {{o:Stichting Mooi}}.
""")

H("""
VM [[p:Shurandy]] ([[t:06-19 03 44 72]]) vr 17:55, zo goed mogelijk uitgetypt:
"Ja juf, met [[p:Shurandy]]. Luister, ik heb gewoon alles gedaan wat jullie zeggen, ik ben naar die {{o:UWV}} geweest, ik heb die formulier ingevuld, en nu zeggen ze weer ik moet andere papier. Zo ga ik gewoon gek worden man. Mijn uitkering is al stop sinds [[d:1 maart]]. Bel me maandag, echt. Ayo."
Reactie [[p:Linda]]: ma teruggebeld, [[p:Shurandy]] was rustiger. {{o:UWV}} wil loonstroken van de laatste werkgever (uitzendbureau). Samen opvragen via zijn mail [[e:shurandy.martina@gmail.com]]. Voorschot aangevraagd bij {{o:Sociale Dienst}}.
""")

H("""
Verslag telefonisch contact [[d:12-3]]: ik heb gebeld met de heer [[p:Haddou]] want hij was niet gekomen op de afspraak. Hij zegt dat hij heeft rugpijn en kan niet lopen. Hij woont op 3e etage in de {{w:Schilderswijk}}. Ik heb gevraagd of ik mag komen bij hem thuis, hij heeft ja gezegd. Ik ga donderdag met collega [[p:Saskia]]. Ook zijn vrouw [[p:Fatiha]] was aan de telefoon, zij zegt dat de kinderen niet naar school gaan want ze moeten helpen thuis. Dit moet ik bespreken met {{r:leerplichtambtenaar}}. Tel mnr: [[t:0638 90 12 47]].
""")

H("""
spraakbericht [[p:Amal]] (0:48), samengevat: zij is uit huis gegaan met de kinderen en zit nu bij haar zus [[p:Nour]] in {{w:Moerwijk}}. Man weet niet waar ze is. Ze wil niet dat ik bel, alleen appen.
Direct overlegd met {{o:Veilig Thuis}} (melding [[k:VT-2024-011853]]) en met {{r:casusregisseur}} [[p:Bart]]. Adres van de zus NIET in het dossier zetten. Afspraak: ik app haar morgen om 10u om te checken hoe het gaat.
""")

H("""
Briefje van mnr [[p:Abdirahman Warsame]] (afgegeven bij de balie van {{o:Servicepunt XL}} {{w:Moerwijk}}, overgetypt):
"geachte meneer/mevrouw. mijn naam is [[p:abdirahman warsame]] ik woon in [[a:oude haagweg 51-3]]. ik heb grote probleem met schimmel in slaapkamer en mijn dochter [[p:hodan]] heeft astma. ik heb drie keer gebeld met {{o:Staedion}} niemand komt. mijn telefoon [[t:0629117340]]. dank u wel"
Notitie: foto's van de schimmel gezien, ernstig. {{r:woonconsulent}} gebeld, inspectie op [[d:2 mei]]. Brief van huisarts over astma van [[p:Hodan]] (9 jr) opvragen.
""")

H("""
Quick note for the team - [[d:18/03]]
Spoke to [[p:Agnieszka]] (Polish, [[t:+48 512 330 918]] - she's back in Poland for 2 wks). She confirmed her ex, [[p:Paweł Zieliński]], has the kids this week at his place in {{w:Ypenburg}}. She's worried bc he drinks. I told her we can't do much from here, but I'll inform {{o:Jeugdbescherming West}} since there's a running OTS (dossier [[k:JBW-22-7781]]).
Her email for the letters: [[e:aga.zielinska@o2.pl]]
- [[p:Chris]]
""")

H("""
Beschikking rechtbank, foto van cliënt, deels overgetypt:
"RECHTBANK DEN HAAG - Team Kanton
Zaaknummer / rekestnummer: [[k:10428771 / EA VERZ 24-3319]]
... stelt de goederen die (zullen) toebehoren aan [[p:Johannes Cornelis de Wit]], geboren op [[d:17 oktober 1959]] te 's-Gravenhage, wonende te [[a:Zichtenburglaan 260]], [[pc:2544 EB]] 's-Gravenhage, onder bewind, met benoeming van {{o:Bewindvoering Haaglanden B.V.}} tot bewindvoerder."
Notitie: eindelijk! Bewind per [[d:1-4-2024]]. Contactpersoon bij de {{r:bewindvoerder}}: [[p:Mirjam]], [[e:mirjam@bewindvoeringhaaglanden.nl]]. Mnr [[p:De Wit]] zelf opgelucht, wil nu werken aan dagbesteding.
""")

H("""
WhatsApp van onbekend nummer [[t:+90 532 418 22 91]]:
"Merhaba, ik ben [[p:Emine]], de zus van [[p:Ayten Demir]]. Ik woon in Izmir. [[p:Ayten]] neemt al een week haar telefoon niet op, ik ben zo ongerust. Jullie naam stond op een papier bij haar. Kunt u kijken?? Haar adres [[a:Jan Blankenstraat 14]] 2e etage"
Notitie: niets bevestigd aan de zus (geen toestemming). Wel zelf bij mw [[p:Demir]] langs geweest [[d:ma 15/4]]: thuis, somber, telefoon kapot. Ze vond het goed dat ik haar zus terugapp dat alles oké is. Gedaan.
""")

H("""
Family [[p:Al-Hamwi]] - update w/e [[d:26 April]]
Dad ([[p:Khaled]]) finally got his diploma evaluated via {{o:IDW}}, so next step = werkfit traject via {{o:UWV}}. Mom [[p:Rasha]] still very low, sleeps a lot; huisarts referred her to {{o:i-psy}} but waiting list is ~4 mnd. Kids ok, [[p:Lana]] (14) translates everything which is too much for her imo.
To do:
- regel tolk voor next gesprek
- check with [[p:Ingrid]] re: mantelzorgondersteuning for [[p:Rasha]]? (not sure if that's a thing here)
Contact: [[t:06 14 73 92 05]] ([[p:Khaled]]), [[e:khaled.alhamwi87@gmail.com]]
""")

H("""
sms van [[p:Dewi]] 14:02
"hoi ik ben bij de {{o:AH}} en mijn pas werkt nie. ik heb geen geld meer tot vrijdag 😢"
sms 14:05: "ik heb honger"
Reactie: gebeld met {{r:bewindvoerder}} [[p:Mark]] ({{o:Budget Beheer Haaglanden}}), leefgeld komt pas vrijdag. Voedselpakket lukt niet zo snel. Ze kan vandaag eten bij {{o:Stek}} in de {{w:Stationsbuurt}}. Per sms uitgelegd, korte zinnen (LVB).
""")

H("""
VM [[d:woensdag 17 april]], 09:20, van [[p:Djenifer Lopes]] [[t:06 – 43 90 17 28]]:
"Bom dia, eh, hallo, met [[p:Djenifer]]. Ik bel voor de afspraak met de mevrouw van {{o:MEE}}, die is toch vandaag? Ik weet niet meer hoe laat. Mijn zoon [[p:Nelson]] heeft koorts dus ik weet niet of ik kan komen. Bel me terug, obrigada."
Notitie: {{r:MEE-consulent}} [[p:Patricia]] ingelicht, afspraak omgezet naar huisbezoek vrijdag op [[a:Melis Stokelaan 1455]].
""")

H("""
Overgetypt: brief {{o:Gemeente Den Haag}}, {{o:Dienst SZW}}
"Ons kenmerk: [[k:SZW/WI/2024/118.904]]
Behandeld door: [[p:M. Verbeek]]
Datum: [[d:02-04-2024]]
Geachte heer [[p:Boateng]],
Wij hebben besloten uw uitkering op grond van de Participatiewet vanaf [[d:1 mei 2024]] te beëindigen, omdat u niet bent verschenen op de afspraken van [[d:12 maart]] en [[d:26 maart]]..."
Notitie: mnr [[p:Kofi Boateng]] heeft die uitnodigingen nooit gehad, post ging naar zijn oude adres ([[a:Beeklaan 71]]). Bezwaar maken binnen 6 weken! Doorgestuurd naar zijn {{r:klantmanager}}.
""")

H("""
WA [[p:Ionuț]] ([[t:+40 742 118 903]]) stuurt screenshot door van de huisbaas, overgetypt:
huisbaas: "Jij moet voor [[d:30 april]] weg uit kamer. Ik heb nieuwe huurder. Sleutel in brievenbus. [[p:Frank]]"
[[p:Ionuț]]: "is this allowed? i pay always cash 400 euro. i work in greenhouse Poeldijk. my friend [[p:Florin]] also same house"
Notitie: kamer op [[a:De la Reyweg 88-2]]; geen huurcontract, geen inschrijving. Signaal naar {{o:Team Woonoverlast}}? Eerst {{o:Juridisch Loket}}. [[p:Ionuț]] wil geen problemen met de huisbaas.
""")

H("""
[[p:Bayram]] (mnr [[p:Öztürk]]) heeft vandaag gebelt om 9u, hij is boos want de Wmo heeft zijn aanvraag scootmobiel afgewezen. Ik heb gezegt dat wij samen bezwaar kan maken. Hij komt [[d:vrijdag 19 april]] met zijn schoondochter [[p:Sevgi]]. Brief meenemen. Beschikkingsnr [[k:WMO-2024-07741]].
""")

H("""
VM left on team phone, [[d:Thu 2/5]] ~15:30. Woman, didn't leave a name, sounded older, Dutch. Transcript (best effort):
"...ja ik bel over het meisje van de overkant, die [[p:Precious]], dat kind zit elke avond alleen op de galerij tot heel laat, moeder is er nooit. Het is [[a:Kamperfoeliestraat 203]], bovenste verdieping. Ik wil niet dat ze weten dat ik het ben hoor."
Next steps: check with {{o:CJG}} / {{r:jeugdconsulent}} whether the family is known. Call-back nr was [[t:0703 45 78 12]]. Discussed w/ [[p:Esra]], she'll take it.
""")

H("""
Brief {{o:Zilveren Kruis}} (klant kwam ermee naar het spreekuur, overgetypt):
"Relatienummer [[k:182 004 559]]
Mw. [[p:A. Tavares]]
[[a:Zuiderparklaan 302]]
[[pc:2574 HV]] DEN HAAG
U heeft een betalingsachterstand van 6 maandpremies (€ 812,34). Als u niet vóór [[d:15-05-2024]] betaalt, melden wij u aan bij het {{o:CAK}}."
Notitie: mw [[p:Tavares]] (Kaapverdiaans, spreekt Portugees/Crioulo) is de premie 'vergeten' na de verhuizing. Betalingsregeling is mogelijk. Betalingen vanaf [[i:<IBANc>]].
""")

H("""
Voicemail [[p:Gerrit]] (3 min 40!), samenvatting + stukje letterlijk:
[[p:Gerrit]] belt weer over de buren, de familie [[p:Hoek]]. Letterlijk: "die [[p:Hoek]] zit gewoon mijn wifi af te tappen en dat weet u ook, en die vrouw van hem, [[p:Tineke]], die lacht me uit op de trap."
Notitie: bekend patroon, geen acuut gevaar. Afspraak [[d:23/4]] samen met {{r:SPV}} van {{o:Parnassia}}. [[p:Gerrit]]'s adres staat nog fout in het systeem, moet [[a:Westduinweg 146]] zijn ({{w:Duindorp}}).
""")

H("""
From: [[p:Jessica]] 🇺🇸 ([[t:+1 (917) 555-0143]])
"Hey [[p:Tom]]! Thanks so much for yesterday. Quick q - the lady from the {{o:Wmo-loket}} said I need a 'keukentafelgesprek'?? What do I bring? Also my husband [[p:Ryan]] wants to join by zoom, is that ok? Our address for the letter is [[a:Laan van Meerdervoort 1020]], [[pc:2564AZ]] btw (not the old one!) 🙏"
Reactie: in het Engels uitgelegd wat een keukentafelgesprek is. Zoom kan, {{r:Wmo-adviseur}} [[p:Mariëlle]] akkoord. Gesprek [[d:maandag 29 april]] 13.30. Nieuw adres nog doorzetten in Suite.
""")

H("""
Rapport huisbezoek - [[d:15 mei]]
Aanwezig: mw [[p:Zahra Ahmadi]], haar dochter [[p:Parwin]], ikzelf en {{r:tolk}} Dari (via telefoon).
Mevrouw komt uit Afghanistan, 2 jaar in Nederland. Zij heeft veel pijn in haar knieën en zij kan niet trap lopen. Woning [[a:Hengelolaan 712]] is op 2e verdieping, geen lift. Zij wil graag een andere woning. Ik heb uitgelegd dat urgentie is moeilijk. Ook: zij kent niemand, alleen [[p:Parwin]]. Ik ga zoeken naar vrouwengroep in {{w:Bouwlust}}. Ook gebeld met {{r:huisarts}} dr. [[p:Verhoeven]] voor medische verklaring.
""")

H("""
Brief {{o:HaagWonen}} [[d:19 april 2024]] (overgetypt door [[p:Sandra]]):
"Huurdernummer: [[k:0301-4471-09]]
Mevrouw [[p:R. Zwart]], [[a:Moerweg 181]], [[pc:2532 VV]] 's-Gravenhage
Ondanks onze herinneringen heeft u uw huurachterstand van € 2.840,- niet voldaan. Wij hebben uw dossier overgedragen aan onze advocaat..."
Notitie: mw [[p:Roos Zwart]] (52) woont met zoon [[p:Kevin]] (19). [[p:Roos]] zegt dat ze wel betaald heeft, afschriften laten zien: betaald vanaf [[i:<IBAN>]], dat blijkt de rekening van de zoon te zijn! Uitzoeken. Vroegsignalering had dit moeten oppakken.
""")

H("""
VM mw [[p:Martina]] [[t:+599 9 561 2207]] (belt uit Curaçao):
"Bon tardi, ik ben de mama van [[p:Sherwin]], [[p:Sherwin Martina]]. Hij belt mij vannacht, hij zegt hij is op straat, ze hebben hem uitgezet. Por fabor, iemand moet hem helpen, hij heeft medicijnen nodig. Mi ta rogá bo. Mijn nummer is dit nummer. Danki."
Notitie [[d:25-04]]: [[p:Sherwin]] (34) is bekend bij {{o:Brijder}}. Gezocht en gevonden in de nachtopvang van de {{o:Kessler Stichting}}. Moeder teruggebeld (met toestemming van [[p:Sherwin]]).
""")

H("""
sms van [[p:chantal]] 22:14: "hee ik heb die formulier van de gemeente ingevult maar ik weet niet mijn bsn ofzo en die van [[p:jayden]] . en waar moet ik het heen sture"
sms 22:16: "laat maar ik heb gevonden [[b:<BSN>]] en van mij [[b:<BSN>]] klopt dat"
Reactie volgende ochtend (NIET per sms bsn terugsturen!): gebeld, uitgelegd dat ze het formulier beter mee kan nemen naar het {{o:Servicepunt XL}}. [[p:Chantal]] had de bsn's van zichzelf en de zoon omgedraaid ingevuld. Samen verbeterd op [[d:vr 3 mei]].
""")

H("""
Ik was bij dhr [[p:Visser]] op [[a:Isabellaland 1204]] ({{w:Mariahoeve}}) met {{r:casemanager dementie}} [[p:Annemiek]]. Dhr is 88 en zijn vrouw [[p:Corry]] is 85, zij is mantelzorger maar zij is heel moe. Hij loopt 's nachts weg, vorige week politie heeft hem gevonden bij het station. Wij hebben gesproken over dagbesteding 2 dagen per week en respijtzorg. [[p:Corry]] huilde. Hun zoon [[p:Peter Visser]] woont in Delft, tel [[t:015-2614438]], hij komt volgende week bij het gesprek.
""")

H("""
Met [[p:Faadumo]] en haar buurvrouw [[p:Hawa]] (who translated Somali <> Dutch, not ideal). Main points:
1) electricity cut off on [[d:4 mei]] bc of the {{o:Eneco}} debt -> she has 3 kids, fridge empty
2) no idea about her toeslagen, all letters go to ex-husband's address ([[a:Loosduinsekade 56-B]])
3) she's scared to go to the {{o:Sociale Dienst}}
Called {{o:Eneco}} (klantnr [[k:208 44 17 90]]), they'll reconnect if we set up a betalingsregeling. Done. Also put her on the list for {{o:Schuldhulpverlening}} intake.
BSN [[b:<BSN.>]] / tel [[t:06-50 71 84 29]]
""")

H("""
"Mevrouw ik kan niet morgen, mijn moeder is overleden in Marokko, ik ga vanavond vliegen. Ik ben terug [[d:20 mei]] inshallah. [[p:Hanane]]"
-> condoleance gestuurd. Afspraak van [[d:8/5]] geannuleerd, nieuwe na terugkomst. Let op: huur van [[d:1 juni]], wie betaalt als zij weg is? Navragen bij broer [[p:Mourad]].
""")

H("""
Foto brief {{o:CJIB}} overgetypt:
"Centraal Justitieel Incassobureau
Aan: [[p:J.P.M. Mulder]]
[[a:Fahrenheitstraat 611]]
[[pc:2561 DH]] Den Haag
Betalingskenmerk: [[k:3290 4418 0017 2283]]
CJIB-nummer: [[k:197340881]]
Datum: [[d:27-03-2024]]
U heeft de boete niet op tijd betaald. Het bedrag is verhoogd naar € 276,00."
Notitie: mnr [[p:Mulder]] ({{w:Valkenboskwartier}}) heeft in totaal 7 boetes open (OV zonder kaartje). {{o:CJIB}} bellen voor betalingsregeling. Tel. mnr: [[t:06 33 58 21 90]].
""")

H("""
WhatsApp 19:02 van [[p:Ahmad]] (vader [[p:Al-Masri]]):
"Goede avond, mevrouw [[p:Hoop]]?? sorry ik weet niet uw naam goed. Het is [[p:Ahmad]] van [[a:Kerketuinenweg 30]]. Mijn dochter [[p:Rahaf]] heeft vandaag brief gekregen van school, zij mag niet meer komen. Waarom?? Zij is 16. Ik begrijp niet. Kunt u bellen. Mijn nummer [[t:0687 11 95 40]]."
Reactie (mw [[p:Hoogendoorn]] = ik 😉): de brief gaat over een schorsing van 2 dagen, niet over verwijdering. School ({{o:Johan de Witt College}}) gebeld. Gesprek [[d:di 14 mei]] met vader en de {{r:mentor}}.
""")

H("""
Case note [[d:14-05-2024]] - [[p:Tesfay]] (19, statushouder)
Came in without appointment, very stressed: letter from {{o:DUO}} about the inburgering deadline ([[d:1 oktober 2025]]). He's done A2 but failed KNM twice. Also: his brother [[p:Kidane]] ([[t:+291 7 184332]]) is stuck in Ethiopia, he sends money every month -> nothing left for food.
Actions:
- referred to {{o:Taalhuis}} for extra KNM lessons
- talked to [[p:Hans]] ({{r:klantmanager}}) re: bijzondere bijstand
- his email: [[e:tesfay.gebre2005@gmail.com]]
""")

H("""
Mw [[p:Elif Aydın]] liet een brief zien die ze zelf aan {{o:Staedion}} wil sturen, ik heb het overgetypt en daarna samen verbeterd. Origineel:
"Geachte {{o:Staedion}}, ik ben [[p:Elif Aydın]], ik woon [[a:Ambachtsgaarde 85]] [[pc:2542 DH]]. ik heb 3 keer gebeld voor lekkage in badkamer, nummer van melding [[k:M-2024-30917]], niks gedaan. mijn kind [[p:Yusuf]] heeft hoest van schimmel. ik wil dat jullie komen deze week. met vriendelijke groet [[p:Elif]]"
Notitie: verbeterde versie gemaild naar [[e:elif.aydin.1983@outlook.com]], zij verstuurt hem zelf. Wil het zelf doen 👍
""")

H("""
VM {{r:medisch maatschappelijk werker}} [[p:Ilona Brouwer]], {{o:HMC Antoniushove}}, [[t:(070) 357 41 83]]:
"Goedemiddag, met [[p:Ilona Brouwer]], ik bel over mevrouw [[p:Kowalczyk]], die ligt bij ons sinds [[d:zaterdag 11 mei]] na een val, ontslag waarschijnlijk [[d:vrijdag 17 mei]]. Ze heeft aangegeven dat u haar vaste contact bent. De thuissituatie lijkt ons niet veilig. Kunt u terugbellen?"
Notitie: teruggebeld. Mw [[p:Kowalczyk]] (79), geen familie in NL, dochter [[p:Beata]] woont in Kraków. Herstelzorg bij {{o:Florence}} aangevraagd i.p.v. direct naar huis.
""")

H("""
sms van [[p:Petya Ivanova]] ([[t:0624 81 19 07]]) 06:40: "good morning. today i not come to taal class, my boss say extra work in kas. tomorrow ok? sorry sorry"
Notitie: 3e keer. Haar werk is belangrijk (enige inkomen), taalles op zaterdag? Navragen bij {{o:Bibliotheek Den Haag}}.
""")

H("""
Home visit [[d:May 21]] @ family [[p:Bhagwandin]] ([[a:Dedemsvaartweg 412]], {{w:Leyenburg}})
Present: mr [[p:Radjesh Bhagwandin]] (59), his wife [[p:Kalpana]], their daughter [[p:Shanti]] (26, LVB). [[p:Shanti]] is the main concern: no daytime activities since school ended, sits at home gaming, parents exhausted. Mom asks about 'wonen met begeleiding'. Parents worried about money bc [[p:Shanti]]'s Wajong was lowered.
-> aanmelding {{o:MEE}} for indicatie + explore {{o:Ipse de Bruggen}}. Mom's nr [[t:06-1098 3327]]. Next: [[d:4 juni]].
""")

H("""
Bericht van mnr [[p:Wim Kok]] (ja echt 🙂) via WhatsApp, [[d:ma 27/5]]:
"GOEDEMORGEN [[p:ANOUK]] HIER [[p:WIM]]. DE THUISZORG IS WEER NIET GEKOMEN. ZIT NOG IN PYAMA. MOET IK ZELF BELLEN OF JIJ. GR [[p:WIM]]"
Reactie: {{o:Buurtzorg}} gebeld, planningsfout. [[p:Wim]] (81) krijgt om 11u alsnog zorg. Klacht ingediend, meldingnr [[k:BZ/KL/24-88140]].
""")

H("""
[[d:28 mei 2024]] - telefoon gesprek met mw [[p:Lamrani]]. Zij heeft mij gebeld vanaf telefoon van buurvrouw ([[t:06-28 44 10 67]]) want haar man heeft haar telefoon afgepakt. Ze zegt dat hij gisteren heeft geslagen, de kinderen ([[p:Adam]] en [[p:Ines]]) waren thuis. Zij wil nog niet naar opvang. Ik heb gezegt dat zij kan altijd bellen naar {{o:Veilig Thuis}} of 112. Ik heb overleg gehad met mijn {{r:teamleider}} [[p:Wendy]] en wij maken melding bij {{o:Veilig Thuis}}. Afspraak met mw donderdag op het {{o:Servicepunt XL}}, zij komt zogenaamd voor een formulier.
""")

H("""
UWV-brief van [[d:3 juni 2024]], overgetypt voor het dossier:
"Aan de heer [[p:A. Benali]]
[[a:Vaillantlaan 227]]
[[pc:2526 AC]] DEN HAAG
Uw burgerservicenummer: [[b:<BSN_>]]
Onderwerp: Uw WW-uitkering stopt
Wij hebben u gevraagd om de informatie over uw sollicitaties vóór [[d:20 mei 2024]] op te sturen. Dat heeft u niet gedaan..."
Notitie: [[p:Abdel]] heeft wel gesolliciteerd maar het nooit op werk.nl ingevoerd (kan niet goed met computer). Digi-café van de {{o:Bibliotheek}} helpt hem. Bezwaar samen met {{r:sociaal raadsman}}.
""")

H("""
VM {{o:Apotheek Leyweg}}, assistente [[p:Samira]]:
"Goedemorgen, met [[p:Samira]] van de apotheek. Mevrouw [[p:Van den Berg]], geboren [[d:12-12-1948]], heeft haar medicijnrol al twee weken niet opgehaald. Normaal komt de buurman, meneer [[p:Groen]], die brengt het, maar die hebben we ook niet gezien. Zou iemand kunnen kijken? Ons nummer is [[t:070-3660081]]."
Notitie: mw [[p:Van den Berg]] is bekend bij de {{r:ouderenconsulent}} [[p:Jolanda]]. [[p:Jolanda]] is vanmiddag langs geweest: buurman [[p:Groen]] ligt zelf in het ziekenhuis. Medicijnen laten bezorgen, {{r:wijkverpleegkundige}} gaat toezicht houden.
""")

H("""
Notes call w/ [[p:Priya Raman]] ([[t:+31 6 4822 1907]]) - [[d:5th June]]
- husband [[p:Arjun]] lost his job, their residence permit depends on his kennismigrant status -> 3 months to find a new job
- she's home with the baby ([[p:Anaya]], 5 mo), no family here, cried a lot on the phone
- asked about consultatiebureau, didn't know it exists!
Plan: connect w/ {{o:CJG}}, and {{o:The Hague International Centre}} for the permit questions. Email: [[e:priya.raman@protonmail.com]]
""")

H("""
sms [[p:khadija]] 🙂 "mevrouw ik ben vergeten briefje van dokter, ik breng morgen. mijn zoon [[p:ilias]] komt brengen op kantoor"
-> ok. [[p:Ilias]] bracht het om 10.15, verklaring van {{r:huisarts}} voor de urgentie-aanvraag zit nu in het dossier.
""")

H("""
[[p:Mandy]] 💕 (cliënt), [[d:12-06]]:
"hoi [[p:jolanda]]!! ik heb de sleutel 🔑🔑 van de nieuwe woning!!! [[a:Schalkburgerstraat 402]] 😍😍 3 kamers eindelijk voor mij en [[p:Jaylinn]] en [[p:Quincy]]"
"maar ik heb nog geen geld voor vloer 😬 kan da via jullie?"
Reactie: gefeliciteerd! Inrichtingskrediet via de {{o:GKB}} of bijzondere bijstand, bespreken op [[d:di 18 juni]]. Adreswijziging doorgeven aan gemeente, {{o:Toeslagen}} en {{o:CJG}}.
""")

H("""
Vandaag ik heb bezoek gedaan bij familie [[p:Tesfamariam]] met {{r:ervaringsdeskundige}} [[p:Senait]]. Meneer [[p:Mehari]] werkt bij distributiecentrum in nachtdienst, mevrouw [[p:Luwam]] is thuis met 4 kinderen. Het huis is te klein en er is veel schimmel. Kinderen hebben geen bed allemaal, 2 slapen op matras. Mevrouw vertelt dat zij veel huilt en denkt aan familie in Eritrea. Ik heb uitgelegd wat is {{o:GGZ}}, zij wil praten met iemand maar alleen een vrouw. Adres: [[a:Rijswijkseweg 88-3]]. Volgende keer kijken naar bedden via {{o:Stichting Leergeld}}?
""")

H("""
Briefje in onze brievenbus (geen afzender), overgetypt:
"Beste wijkteam. Graag aandacht voor de oude heer [[p:Bos]] op de [[a:Stevinstraat 78 bis]]. Hij is heel mager geworden en loopt in zijn ondergoed over straat. Zijn dochter komt nooit. Een bezorgde buurtbewoner."
Notitie: adres klopt, mnr [[p:Gijsbert Bos]] (91) is onbekend bij ons en bij {{o:Florence}}. Huisbezoek [[d:vr 14-6]] samen met {{r:wijkverpleegkundige}}.
""")

H("""
VM van oma [[p:Sabajo]] ([[t:070 - 394 11 62]]), [[d:19-6]]:
"Odi, met mevrouw [[p:Sabajo]], de oma van [[p:Dorinda]]. Die meisje is niet meer thuis gekomen sinds zondag, ze is 17, ze zit met die jongen, [[p:Romano]] of zo. Mi no sabi san fu du. Bel me alstublieft."
Notitie: [[p:Dorinda Sabajo]] (17) is bekend bij het {{o:CJG}}. Direct overgedragen aan {{r:jeugdconsulent}} [[p:Mirella]]; zorgen over loverboy-signalen, ook {{o:Politie}} (jeugd) ingelicht. Oma teruggebeld.
""")

H("""
Mail van de dochter, [[d:vr 21 juni 2024]] 23:48, van [[e:sandra.vdmeer@ziggo.nl]]:
"Beste [[p:Jeroen]], Ik schrijf u omdat ik me ernstig zorgen maak over mijn vader, [[p:Henk van der Meer]]. Sinds mijn moeder is overleden drinkt hij weer. Ik woon in Almere en kan niet elke dag komen. Zijn buurman [[p:Ali]] belt mij af en toe. Kunt u eens langsgaan? Pa woont nog steeds op [[a:Withuysstraat 31]]. Met vriendelijke groet, [[p:Sandra van der Meer]] [[t:06-41 26 37 90]]"
Notitie: [[p:Henk]] kent ons niet, eerst via de {{r:huisarts}}. [[p:Sandra]] gebeld: zij gaat met haar vader praten over hulp. Info over {{o:Brijder}} gestuurd.
""")

H("""
sms [[p:Zarghuna]]: "salam. ik niet goed nederlands. morgen afspraak ik kom met [[p:Farid]]? hij mijn man. ok?"
-> ja ok, beantwoord met 👍 en een spraakbericht. {{r:Tolk}} Dari geboekt via {{o:Tolkcontact}} voor [[d:26/6]] (boekingsnr [[k:TC-662019]]).
""")

H("""
Ik heb met meneer [[p:Smit]] gesproken over zijn schulden. He has a lot of schulden, meer dan 30.000 euro. Hij wil niet naar de {{o:GKB}}, because he had a bad experience in 2019. I will try again next week, maybe with [[p:Robert]] from {{o:Humanitas Thuisadministratie}}. Mnr [[p:Smit]] zijn telefoon is [[t:0611228473]], email [[e:smitje1966@hotmail.com]]. Hij woont [[a:Troelstrakade 14A]], {{w:Moerwijk}}.
""")

H("""
VM [[p:Marieke]] ({{r:intern begeleider}} van {{o:De Springplank}}), [[d:24-06-'24]]:
"Hoi, met [[p:Marieke]] van {{o:De Springplank}}. Ik bel over de kinderen [[p:El Idrissi]], [[p:Bilal]] en [[p:Yasmina]]. Ze komen al een paar weken zonder ontbijt en [[p:Yasmina]] valt in slaap in de klas. Moeder reageert niet op onze berichten. Wij maken ons zorgen. Mijn direct nummer is [[t:06 - 55 01 27 38]]."
Notitie: moeder mw [[p:Rachida El Idrissi]] is al cliënt (dossier [[k:2024-00318]]). Nachtdiensten sinds april. Afspraak met moeder en school.
""")

H("""
WA [[p:Krzysztof]]: "hi, dit is mijn rekening voor de gemeente [[i:<IBANl>]] op naam [[p:K. Dąbrowski]]. ok?? 👍"
Notitie: IBAN overgenomen in de aanvraag bijzondere bijstand (aanvraagnr [[k:BB-2024-55102]]). Nog nodig: huurcontract en loonstrook van [[d:31 mei]].
""")

H("""
Aanmaning {{o:Dunea}}, foto van cliënt, overgetypt:
"Klantnummer: [[k:6004 1182 77]]
Verbruiksadres: [[a:Van Ostadestraat 266 A]], [[pc:2526 GR]] 's-Gravenhage
Geachte heer [[p:Mohamed]], Op [[d:2 april]] stuurden wij u een herinnering. Het openstaande bedrag van € 188,60 is nog steeds niet betaald."
Notitie: mnr [[p:Mohamed Rahimi]]. Let op: hij heet [[p:Rahimi]], {{o:Dunea}} gebruikt zijn voornaam als achternaam. Betalingsregeling via {{o:Schuldhulpverlening}} loopt al (dossier [[k:BSHV/2024/0931]]), {{o:Dunea}} daar nog aan toevoegen.
""")

H("""
Hoi team, short update on [[p:Yolanda Mercelina]] ([[p:Yoli]]):
- she finally signed the toestemmingsverklaring on [[d:June 27]]
- her son [[p:Jeremy]] (15) is no longer living with her, he's at his father's (Mr. [[p:Isenia]]) in {{w:Scheveningen}}
- she told me: "mi no tin mas forsa", she's really tired
I asked her to come to the women's group at {{o:Xtra}} on Thursday. Her number changed -> [[t:06 13 59 72 44]].
- [[p:Rosa]]
""")

H("""
Telefoonnotitie, zoon van mw [[p:Hassan]] belt ([[t:0643 01 88 26]]), [[d:1-7]]:
"mevrouw, mijn moeder is [[p:Fadma Hassan]], zij is nu heel vergeetachtig. Ze zet gas aan en gaat weg. Gisteren de buren hebben brandweer gebeld. Ik woon in Utrecht, mijn broer [[p:Said]] woont in België. Wat kunnen jullie doen?"
Notitie: mw (76) wonend op [[a:Gaslaan 5-I]]. {{r:casemanager dementie}} ingeschakeld, diagnose nog niet gesteld. Eerst via {{r:huisarts}}. Kookplaat laten afsluiten via {{o:Haag Wonen}}?
""")

H("""
Chat export, eerste contact via WhatsApp met [[p:Joyce]] ([[t:+31 6 11 57 40 93]]), Engelstalig (Ghana):
[[d:4-7-2024]] 10:14 - [[p:Joyce]]: hello good morning, my friend [[p:Abena]] gave me your number
[[d:4-7-2024]] 10:15 - [[p:Joyce]]: I have no papers, is it safe to talk to you? they will not send me back?
[[d:4-7-2024]] 10:31 - Wijkteam: ...
Notitie: uitgelegd dat wij niets doorgeven aan de {{o:IND}}. Zij heeft een zoon van 2, geen zorgverzekering. Doorverwezen naar {{o:Dokters van de Wereld}} en {{o:Stichting Rechtshulp Haaglanden}}. Geen dossier aangemaakt op haar verzoek.
""")

H("""
Tijdlijn uit mijn schrift (mw [[p:Yilmaz]]):
[[d:2/2]] eerste contact via {{r:huisarts}}
[[d:9/2]] HB, mw huilt veel, man [[p:Cengiz]] niet thuis
[[d:16-2]] gesprek op kantoor, mw vertelt over geweld, kinderen ([[p:Deniz]], 7 en [[p:Elif]], 4) hebben het gezien
[[d:19 feb]] melding {{o:Veilig Thuis}}, meldnr [[k:VT/24/00712]]
[[d:1 maart]] mw met kinderen naar opvang {{o:Stichting Wende}}
[[d:3-4-'24]] eerste gesprek {{r:gezinsvoogd}}
Les: vroeger doorvragen bij het eerste HB.
""")

H("""
WA van mw [[p:Kaya]] (moeder van [[p:Baran]]), [[d:za 6 juli]] 01:12:
"hocam sorry laat. [[p:baran]] is nu politie bureau. ze zegt hij heeft gestolen. hij is 18 dus ze bellen niet mij. ik weet niks. wat doe ik. 😭😭😭"
Reactie ma: moeder gebeld. [[p:Baran Kaya]] is zaterdagmiddag vrijgelaten, zaak gaat naar {{o:OM}}. {{r:Jongerenwerker}} [[p:Orhan]] van {{o:Xtra}} kent hem, die neemt contact op. Advocaat via {{o:Juridisch Loket}}.
""")

H("""
Brief {{o:SVB}} overgetypt (AOW, mw kan zelf niet goed lezen):
"Mevrouw [[p:G.M. de Jong-Bakker]]
[[a:Laakkade 42-bis]]
[[pc:2521 XB]] DEN HAAG
BSN [[b:<BSN.>]]
Datum [[d:18 juni 2024]]
Vanaf [[d:1 augustus 2024]] ontvangt u uw AOW op rekening [[i:<IBAN>]]. Klopt dit niet? Geef het dan aan ons door."
Notitie: mw [[p:De Jong]] (66) herkent de rekening niet! Mogelijk door kleinzoon [[p:Dylan]] gewijzigd. Direct {{o:SVB}} gebeld, betaling geblokkeerd. Signaal financieel misbruik -> {{r:casusregisseur}}.
""")

H("""
Voicemail huisbaas (particulier), [[d:9 juli]], nr [[t:06 21 97 55 02]]:
"Ja, [[p:Bruinsma]] hier, eigenaar van [[a:Copernicusstraat 37-1]]. Uw cliënt, die [[p:Nasser]], die betaalt al drie maanden niet en hij zegt steeds dat de gemeente gaat betalen. Ik heb daar niks op papier van. Als ik deze week niks hoor ga ik naar de rechter. Bel me terug."
Notitie: mnr [[p:Nasser Haidari]] heeft wel bijzondere bijstand aangevraagd, nog niet toegekend. {{r:klantmanager}} gevraagd om spoed. Huisbaas teruggebeld: geen inhoudelijke info gegeven (geen toestemming cliënt), alleen gezegd dat ik met cliënt contact opneem.
""")

H("""
Spoke to [[p:Kuba]] ([[p:Jakub Nowicki]]) today, he came to the spreekuur in {{w:Spoorwijk}}. His employer, {{o:Flexpoint Staffing}}, fired him after an accident at work (hand injury) and now he also loses his room bc housing goes via the employer. Contact at the agency: [[p:Marcin]], [[e:marcin.k@flexpointstaffing.nl]]. [[p:Kuba]]'s BSN: [[b:<BSN>]], tel [[t:+48 791 220 418]] (Polish sim). Referred to {{o:FNV}} + {{o:Barka}} for short-term shelter. Follow-up [[d:July 15]].
""")

H("""
Afspraakbevestiging die mw [[p:Sadia]] mij doorstuurde (sms van {{o:HMC}}):
"Beste mw. [[p:S. Chaudhry]], uw afspraak bij de polikliniek cardiologie is op [[d:dinsdag 16-07-2024]] om 09:40. Patiëntnummer [[k:3308172]]. Neem uw legitimatiebewijs mee."
Notitie: [[p:Sadia]] vraagt of iemand mee kan. Vrijwilliger [[p:Annie]] van {{o:Humanitas}} gaat mee. Vervoer via Wmo-taxi geregeld.
""")

H("""
wa [[p:Naima]] 🌸 16:20
"ik zit nu bij {{o:Kredietbank}} ze vragen rekeningnummer van de verhuurder maar ik heb alleen dit op de brief: [[i:<IBAN>]] is dat goed?"
16:42 "oké gelukt dankjewel juf [[p:Floor]] ❤️"
Notitie: huurachterstand wordt nu vanuit het budgetbeheer betaald. Dossier schuldhulp [[k:GKB-24-118730]]. [[p:Naima]] doet het heel goed, zelf naar de afspraak gegaan!
""")

H("""
Telefonisch contact met [[p:Gül]] (buurvrouw van mnr [[p:Özdemir]]), zij belde op mijn mobiel.
Zij zegt: "Hij is niet goed. Hij praat niet meer, hij eet niet, zijn vrouw is dood in maart. Ik breng soms eten maar hij doet de deur niet open." 
Mnr [[p:Mustafa Özdemir]], 74 jaar, [[a:Wouwermanstraat 90]]. Wij waren samen bij hem op [[d:12 juli]], hij was heel mager. Ik heb de {{r:huisarts}} gebeld en een {{r:wijkverpleegkundige}} geregeld. Zijn dochter [[p:Hatice]] woont in Duitsland, telefoon [[t:+49 176 2204 5519]], ik heb haar ge-appt.
""")

H("""
WA van [[p:Samira]] na het gesprek, haar gegevens voor de aanvraag (precies zo gestuurd):
"naam: [[p:samira ouali]]
geb: [[d:17.09.1990]]
adres: [[a:hoefkade 302 b]] [[pc:2526bk]]
bsn [[b:<BSN>]]
rek: [[i:<IBANc>]]
tel [[t:0616470028]]
mail [[e:samira.ouali90@live.nl]]
kinderen [[p:Lina]] en [[p:Adam]]"
Notitie: alles overgenomen in het aanvraagformulier, bericht daarna uit WhatsApp verwijderd (AVG).
""")

H("""
Telefoon gesprek met [[p:Ginette Sint Jago]] (Curaçao, 63). She called because her huishoudelijke hulp stopped after the nieuwe indicatie. Ze woont [[a:Thomsonlaan 8-A]], alleen. She says "mi no ke" - she doesn't want a new person, she wants [[p:Marga]] back (the previous hulp). I explained that the {{o:Wmo-loket}} decides, not me. Action: bel met {{r:Wmo-adviseur}}, vraag om herbeoordeling. Her phone: [[t:070 362 18 40]].
""")

H("""
sms [[p:Jermaine]]: "nieuwe adres is [[a:Erasmusweg 1067]] [[pc:2532 CP]] vanaf [[d:15 juli]]. gr"
-> doorgegeven aan {{r:bewindvoerder}} en {{o:UWV}}.
""")

H("""
VM (Engels en Nederlands door elkaar) van [[p:Mihaela Popescu]], [[t:06 45 19 02 83]]:
"Hello, it's [[p:Mihaela]], the mother of [[p:Ana]]. Eh, de school wil een papier voor de toeslag, I don't understand which paper. You can send it to my daughter's email, [[e:ana.popescu2008@yahoo.com]]. Mulțumesc, dank je."
Notitie: [[p:Ana]] is 16, we sturen niets naar haar mail. Moeder heeft zelf geen mail. Brief per post naar [[a:Lorentzplein 19]], en op [[d:do 18/7]] samen bellen met school.
""")

H("""
Client [[p:Emre Doğan]] (22, LVB) was vandaag bij mij, hij heeft weer nieuw telefoonabonnement afgesloten, nu al 3. Hij snapt niet dat het kost geld elke maand. Schuld bij {{o:Vodafone}} is nu 1.400 euro (klantnr [[k:1.22840199]]). Zijn moeder [[p:Nermin]] belt mij elke dag. Ik wil bewindvoering aanvragen, [[p:Emre]] is akkoord. Ook {{o:MEE}} vragen voor begeleiding. Geb.datum voor de aanvraag: [[d:03-01-2002]].
""")

H("""
Mail van [[e:hamid.stanekzai@gmail.com]], [[d:zo 14 juli 2024]]:
"geachte mevrouw [[p:de Vries]], ik ben [[p:Hamid Stanekzai]], u was bij ons thuis met de mevrouw van {{o:Vluchtelingenwerk}}. mijn vrouw [[p:Nasrin]] is zwanger en wij hebben nog geen verloskundige. ook de {{o:IND}} heeft brief gestuurd voor gezinshereniging van mijn moeder, V-nummer [[k:V-8812041537]]. alstublieft helpen. [[p:Hamid]]"
Notitie: verloskundigenpraktijk {{o:De Bakerij}} gebeld, intake geregeld. IND-brief doorgestuurd naar {{o:VluchtelingenWerk}}.
""")


H("""
Foto van brief die mnr [[p:Appiah]] meebracht, overgetypt (stukje):
"Aanslagnummer: [[k:2024.0071.8823]]
Subjectnummer: [[k:301187554]]
De heer [[p:Y.K. Appiah]]
[[a:Hoytemastraat 12-II]]
[[pc:2582 AL]] 'S-GRAVENHAGE
Uw verzoek om kwijtschelding van [[d:6 februari 2024]] is afgewezen. U heeft vermogen op rekening [[i:<IBAN>]] dat hoger is dan de norm..."
Notitie: die rekening is de spaarpot voor de begrafenis van zijn moeder in Ghana (geld van de familie, niet van hem). Bezwaar maken met verklaring van broer [[p:Kwabena]]. BSN mnr voor het bezwaar: [[b:<BSN>]]. Termijn 6 weken!
""")

H("""
Note for [[p:Lotte]] (taking over while I'm on leave from [[d:Aug 5]]):
- mr [[p:Owusu-Ansah]]'s bijzondere bijstand was approved!! Money goes to the landlord directly, landlord's account [[i:<IBANc>]] (checked with him by phone, [[t:06 48 20 17 63]])
- mw [[p:Sirin Çelik]]: still waiting for the {{o:Wmo-loket}}, ref [[k:WMO-24-03318]]. She calls every day, just be patient with her, she's lovely
- the Polish guys at [[a:Calandplein 4-B]] -> all referred to {{o:Barka}}, nothing to do
- don't forget the MDO on [[d:Thursday 8 August]]
Cheers, [[p:Emma]]
""")

# ---------------------------------------------------------------------------
# Small generator (at most a third of the texts): reception phone notes,
# short app messages with a reaction, relayed form data, mails with signature
# ---------------------------------------------------------------------------
import datetime

NAMES = {
    "nl": (
        [
            "Jan",
            "Kees",
            "Marja",
            "Ria",
            "Henk",
            "Sandra",
            "Kevin",
            "Priscilla",
            "Dennis",
            "Bianca",
            "Roos",
            "Sterre",
            "Bram",
            "Joke",
        ],
        [
            "Bakker",
            "Visser",
            "de Wit",
            "Koster",
            "Mulder",
            "de Boer",
            "Smit",
            "Vos",
            "Hoekstra",
            "Zwart",
            "van Leeuwen",
            "Kok",
            "Groen",
            "Schipper",
        ],
    ),
    "ma": (
        ["Fatima", "Mohamed", "Youssef", "Karima", "Hamza", "Soufiane", "Houda", "Ilham", "Nadia"],
        ["El Khattabi", "Bouzid", "Amrani", "Ouali", "Boukhari", "Azzouzi", "El Fassi", "Tahiri"],
    ),
    "tr": (
        ["Ayşe", "Mustafa", "Hatice", "Kemal", "Derya", "Burak", "Zeynep", "Umut"],
        ["Yılmaz", "Çelik", "Şahin", "Arslan", "Doğan", "Koç", "Aksoy"],
    ),
    "sr": (
        ["Radjesh", "Sunita", "Anjali", "Ravi", "Winston", "Glenn", "Ingrid", "Faith"],
        ["Ramdin", "Soekhai", "Jagesar", "Mahabier", "Pinas", "Fraenk", "Kromodimedjo", "Lachman"],
    ),
    "an": (
        ["Shurandy", "Rignald", "Marvelyne", "Elvis", "Jurmaly", "Giovanni"],
        ["Martina", "Isenia", "Rosaria", "Doran", "Felicia", "Cijntje"],
    ),
    "pl": (
        ["Marek", "Anna", "Katarzyna", "Piotr", "Magda", "Łukasz"],
        ["Kowalski", "Lewandowska", "Wójcik", "Kamiński", "Zając", "Mazur"],
    ),
    "bg": (
        ["Dimitar", "Yordanka", "Ivan", "Andrei", "Elena"],
        ["Petrova", "Georgiev", "Dimitrova", "Ionescu", "Munteanu"],
    ),
    "er": (
        ["Yonas", "Saba", "Merhawi", "Ruta", "Helen", "Biniam"],
        ["Tesfay", "Gebremedhin", "Habte", "Abraha", "Weldu"],
    ),
    "so": (["Hodan", "Abdi", "Ayaan", "Mahad", "Sahra"], ["Abdullahi", "Farah", "Hirsi", "Jama"]),
    "sy": (["Rami", "Hala", "Omar", "Tarek", "Rana"], ["Haddad", "Al-Khatib", "Mansour", "Kassab"]),
    "af": (["Mariam", "Wahid", "Nasrin", "Sohail"], ["Ahmadzai", "Karimi", "Popal", "Sultani"]),
    "gh": (
        ["Kwame", "Kofi", "Abena", "Yaw", "Efua", "Blessing"],
        ["Owusu", "Asante", "Appiah", "Agyeman"],
    ),
    "cn": (["Wei", "Li Na", "Jun", "Mei Ling"], ["Wang", "Zhang", "Lin", "Huang"]),
    "cv": (["Edson", "Carla", "Nilton", "Ivanilda"], ["Monteiro", "Fortes", "Semedo", "Gomes"]),
}
PROFS = [
    "Ilse",
    "Marloes",
    "Sanne",
    "Kim",
    "Bart",
    "Esra",
    "Nadia",
    "Jeroen",
    "Floor",
    "Anouk",
    "Hester",
    "Dounia",
    "Lotte",
    "Jasper",
    "Sevda",
    "Gert-Jan",
    "Wendy",
    "Bas",
    "Merel",
    "Rachid",
    "Iris",
    "Dewi",
]
ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-adviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "casusregisseur",
    "schuldhulpverlener",
    "jeugdconsulent",
    "klantmanager",
]
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Mariahoeve",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Spoorwijk",
    "Duindorp",
    "Regentessekwartier",
    "Zuiderpark",
    "Rustenburg-Oostbroek",
    "Stationsbuurt",
    "Loosduinen",
    "Bezuidenhout",
    "Groente- en Fruitmarkt",
]
STREETS = [
    "Hoefkade",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Leyweg",
    "Loosduinseweg",
    "Beeklaan",
    "Kempstraat",
    "Jan Hendrikstraat",
    "Zuiderparklaan",
    "Moerweg",
    "Oude Haagweg",
    "Escamplaan",
    "Hengelolaan",
    "Meppelweg",
    "Goudsbloemlaan",
    "Troelstrakade",
    "Dierenselaan",
    "Fruitweg",
    "Calandplein",
    "Herman Costerstraat",
    "Delftselaan",
    "Van Musschenbroekstraat",
    "Wolmaransstraat",
    "Zichtenburglaan",
    "Juliana van Stolberglaan",
    "Prinses Margrietplantsoen",
    "Westduinweg",
    "Keizerstraat",
    "Parallelweg",
]
SUFFIX = ["", "", "", "A", "B", "-hs", "-I", "-II", "-1", "-3", " bis", "hs", "-B", " C", "-huis"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DG = ["ma", "di", "wo", "do", "vr", "za", "zo"]
ORGS_HELP = [
    "Voedselbank Haaglanden",
    "Schuldhulpverlening",
    "Sociaal Raadslieden",
    "Stichting Mooi",
    "Xtra",
    "MEE",
    "Haag Wonen",
    "Staedion",
    "CJG",
    "Parnassia",
    "Humanitas",
    "Wmo-loket",
    "UWV",
    "SVB",
]


def g_date(r, year=True, weekday=None):
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=r.randrange(0, 330))
    style = r.randrange(10)
    if style == 0:
        return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)
    if style == 1:
        return "%d %s" % (d.day, MAANDEN[d.month - 1])
    if style == 2:
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == 3:
        return "%d-%d" % (d.day, d.month)
    if style == 4:
        return "%d/%d" % (d.day, d.month)
    if style == 5:
        return "%s %d %s" % (DAGEN[d.weekday()], d.day, MAANDEN[d.month - 1])
    if style == 6:
        return "%s %d-%d" % (DG[d.weekday()], d.day, d.month)
    if style == 7:
        return "%d-%d-'%02d" % (d.day, d.month, d.year % 100)
    if style == 8:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    return "%d %s" % (d.day, MND[d.month - 1])


def g_birth(r):
    d = datetime.date(1938, 1, 1) + datetime.timedelta(days=r.randrange(0, 365 * 66))
    s = r.randrange(4)
    if s == 0:
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if s == 1:
        return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)
    if s == 2:
        return "%d-%d-%d" % (d.day, d.month, d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def g_phone(r):
    if r.random() < 0.75:
        n = "6" + r.choice("1234568") + "".join(r.choice("0123456789") for _ in range(7))
        s = r.randrange(8)
        if s == 0:
            return "0" + n
        if s == 1:
            return "0%s-%s" % (n[0], n[1:])
        if s == 2:
            return "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:9])
        if s == 3:
            return "06-%s %s" % (n[1:5], n[5:])
        if s == 4:
            return "+31 6 %s %s" % (n[1:5], n[5:])
        if s == 5:
            return "+31(0)6-%s" % n[1:]
        if s == 6:
            return "0031 6 %s %s" % (n[1:5], n[5:])
        return "06.%s.%s.%s.%s" % (n[1:3], n[3:5], n[5:7], n[7:9])
    n = "".join(r.choice("0123456789") for _ in range(7))
    n = r.choice("3456") + n[1:]
    s = r.randrange(3)
    if s == 0:
        return "070-%s" % n
    if s == 1:
        return "070 %s %s %s" % (n[:3], n[3:5], n[5:])
    return "(070) %s %s" % (n[:3], n[3:])


def g_postcode(r):
    letters = "ABCEGHJKLMNPRTVWXZ"
    pc = "25%02d" % r.randrange(12, 97)
    l2 = r.choice(letters) + r.choice(letters)
    return pc + (" " if r.random() < 0.7 else "") + (l2 if r.random() < 0.85 else l2.lower())


def g_address(r):
    return "%s %d%s" % (r.choice(STREETS), r.randrange(1, 420), r.choice(SUFFIX))


def g_dossier(r):
    s = r.randrange(9)
    if s == 0:
        return "SWT-%d-%05d" % (r.choice([2023, 2024]), r.randrange(100000))
    if s == 1:
        return "Z/24/%06d" % r.randrange(1000000)
    if s == 2:
        return "VT-2024-%05d" % r.randrange(100000)
    if s == 3:
        return "#%d" % r.randrange(10000, 99999)
    if s == 4:
        return "%d.%03d.%03d" % (r.randrange(10, 99), r.randrange(1000), r.randrange(1000))
    if s == 5:
        return "WMO-24-%04d" % r.randrange(10000)
    if s == 6:
        return "24-%05d" % r.randrange(100000)
    if s == 7:
        return "BSHV/2024/%04d" % r.randrange(10000)
    return "MW%07d" % r.randrange(10**7)


def ascii_name(s):
    tr = str.maketrans(
        {
            "ş": "s",
            "ç": "c",
            "ğ": "g",
            "ı": "i",
            "ö": "o",
            "ü": "u",
            "ó": "o",
            "ł": "l",
            "ą": "a",
            "ę": "e",
            "ż": "z",
            "ź": "z",
            "ć": "c",
            "ń": "n",
            "Ç": "C",
            "Ş": "S",
            "Ł": "L",
        }
    )
    return s.translate(tr).lower().replace(" ", "").replace("-", "")


def g_email(r, first, last):
    f, l = ascii_name(first), ascii_name(last)
    dom = r.choice(
        [
            "gmail.com",
            "hotmail.com",
            "live.nl",
            "outlook.com",
            "ziggo.nl",
            "kpnmail.nl",
            "icloud.com",
            "hotmail.nl",
            "yahoo.com",
        ]
    )
    s = r.randrange(5)
    if s == 0:
        return "%s.%s@%s" % (f, l, dom)
    if s == 1:
        return "%s%s%d@%s" % (
            f,
            l,
            r.randrange(60, 100) if r.random() < 0.5 else r.randrange(1, 30),
            dom,
        )
    if s == 2:
        return "%s_%s@%s" % (f[0], l, dom)
    if s == 3:
        return "%s.%s%d@%s" % (l, f, r.randrange(1965, 2006), dom)
    return "%s-%s@%s" % (f, l[:4], dom)


FEMALE = {
    "Marja",
    "Ria",
    "Sandra",
    "Priscilla",
    "Bianca",
    "Roos",
    "Sterre",
    "Joke",
    "Fatima",
    "Karima",
    "Houda",
    "Ilham",
    "Nadia",
    "Ayşe",
    "Hatice",
    "Derya",
    "Zeynep",
    "Sunita",
    "Anjali",
    "Ingrid",
    "Faith",
    "Marvelyne",
    "Jurmaly",
    "Anna",
    "Katarzyna",
    "Magda",
    "Yordanka",
    "Elena",
    "Saba",
    "Ruta",
    "Helen",
    "Hodan",
    "Ayaan",
    "Sahra",
    "Hala",
    "Rana",
    "Mariam",
    "Nasrin",
    "Abena",
    "Efua",
    "Blessing",
    "Li Na",
    "Mei Ling",
    "Carla",
    "Ivanilda",
}


def person(r, origin=None, gender=None):
    o = origin or r.choice(list(NAMES))
    fs, ls = NAMES[o]
    if gender == "f":
        fs = [x for x in fs if x in FEMALE] or fs
    elif gender == "m":
        fs = [x for x in fs if x not in FEMALE] or fs
    return r.choice(fs), r.choice(ls), o


def gen_phone_note(r):
    prof = r.choice(PROFS)
    role = r.choice(ROLES)
    wijk = r.choice(WIJKEN)
    cf, cl, o = person(r)
    rel = r.choice(["zoon", "dochter", "buurvrouw", "zus", "broer", "nicht", "neef", None, None])
    g = "f" if rel in ("dochter", "buurvrouw", "zus", "nicht") else "m"
    tc = "mw" if cf in FEMALE else "dhr"
    if rel in ("zoon", "dochter", "zus", "broer", "nicht", "neef"):
        rf, _, _ = person(r, o, g)
        van = "[[p:%s]] (%s van %s [[p:%s]])" % (rf, rel, tc, cl)
    elif rel == "buurvrouw":
        rf, rl, _ = person(r, None, "f")
        van = "mw [[p:%s]], buurvrouw van [[p:%s %s]]" % (rl, cf, cl)
    else:
        van = "[[p:%s %s]] zelf" % (cf, cl)
    msgs = [
        "belt over de brief van de {{o:%s}}, snapt niet wat ze moeten doen. Afspraak van [[d:%s]] graag verzetten."
        % (r.choice(["Belastingdienst", "SVB", "UWV", "CAK"]), g_date(r)),
        "vraagt of [[p:%s]] terug kan bellen ivm huurachterstand bij {{o:%s}}, dossiernr [[k:%s]]."
        % (prof, r.choice(["Haag Wonen", "Staedion", "Vidomes"]), g_dossier(r)),
        "klinkt erg in de war, zegt dat er sinds [[d:%s]] niemand meer is geweest. Woont op [[a:%s]], graag vandaag nog iemand langs."
        % (g_date(r), g_address(r)),
        "wil doorgeven dat het nieuwe adres [[a:%s]], [[pc:%s]] is, per [[d:%s]]."
        % (g_address(r), g_postcode(r), g_date(r)),
        "belt namens [[p:%s]] (geb. [[d:%s]]), die is opgenomen en kan de afspraak niet nakomen."
        % (cf, g_birth(r)),
        "heeft geen stroom meer sinds gisteren, kinderen thuis. Dringend!",
        "vraagt naar de aanvraag bij het {{o:Wmo-loket}} ([[k:%s]]), nog niks gehoord."
        % g_dossier(r),
    ]
    msg = r.choice(msgs)
    tel = g_phone(r)
    time = "%02d:%02d" % (r.randrange(8, 17), r.choice([2, 10, 15, 24, 31, 45, 52]))
    head = r.choice(["TELEFOONNOTITIE", "Telefoonnotitie receptie", "Terugbelverzoek", "TN balie"])
    notes = [
        "Reactie [[p:%s]]: teruggebeld om %s, afspraak gemaakt."
        % (prof, "%02d:%02d" % (r.randrange(9, 17), r.choice([0, 15, 30, 45]))),
        "Reactie: 2x gebeld, geen gehoor, sms gestuurd. [[p:%s]]" % prof,
        "-> overgedragen aan {{r:%s}} [[p:%s]]." % (role, r.choice(PROFS)),
        "Notitie [[p:%s]]: bekend, loopt al via {{o:%s}}. Niets extra nodig."
        % (prof, r.choice(ORGS_HELP)),
    ]
    return (
        "%s {{o:Servicepunt XL}} {{w:%s}}\nVoor: [[p:%s]] ({{r:%s}})\nVan: %s\nTel: [[t:%s]]\nDatum: [[d:%s]], %s\nBericht: %s\n%s"
        % (head, wijk, prof, role, van, tel, g_date(r), time, msg, r.choice(notes))
    )


L2_MSGS = {
    "ma": [
        "salam mevrouw, ik ben {F}. ik heb morgen geen oppas voor {K}, mag ik komen met hem? 🙏",
        "goede morgen. brief van {O} is gekomen maar ik kan niet lezen goed. mijn broer {F2} leest altijd voor maar hij is in marokko tot {D}.",
    ],
    "tr": [
        "merhaba hocam, {F} hier. mijn zoon {K} is ziek, ik kan niet komen op {D}. sorry 🙏",
        "mevrouw ik heb gebeld {O} maar niemand neemt op. wat moet ik doen. {F}",
    ],
    "pl": [
        "dzien dobry, sorry for my dutch. ik werk tot 18 uur, afspraak {D} kan later? {F}",
        "hallo, {O} stuur brief, ik moet betalen 300 euro?? ik begrijp niet. groet {F}",
    ],
    "er": [
        "selam sister, ik ben {F}. {K} school zegt moet papier. ik kom {D} ok?",
        "hallo juf. ik heb geen geld voor eten tot {D}. kan jij help. {F}",
    ],
    "an": [
        "bon dia! ik ben {F}, ik kan nie komen vandaag mijn dochter {K} is ziek 🤒 nieuwe afspraak? danki",
        "ayo juf die brief van {O} is weer gekomen 🙄 ik breng {D} mee ok",
    ],
    "gh": [
        "good morning, it is {F}. the letter from {O} came, i send photo. God bless 🙏🏾",
        "hello, please my son {K} is sick, i cannot come on {D}. sorry",
    ],
    "so": [
        "asc mevrouw, {F} hier. ik ben bij {O} maar ze zegt afspraak is {D}? ik weet niet",
        "hallo ik ben {F}. mijn telefoon nieuw nummer. {K} en ik komen morgen",
    ],
    "nl": [
        "hoi met {F}, ik kan {D} nie want ik moet naar de tandarts met {K} 😬 kan ok later?",
        "heey ik heb die brief van {O} gekregen maar snap er echt niks van 🙈 gr {F}",
    ],
}


def gen_app(r):
    o = r.choice(list(L2_MSGS))
    cf, cl, _ = person(r, o)
    kf, _, _ = person(r, o)
    f2, _, _ = person(r, o, "m")
    prof = r.choice(PROFS)
    lower = r.random() < 0.45
    cfx = cf.lower() if lower else cf
    tmpl = r.choice(L2_MSGS[o])
    msg = (
        tmpl.replace("{F2}", "[[p:%s]]" % f2)
        .replace("{F}", "[[p:%s]]" % cfx)
        .replace("{K}", "[[p:%s]]" % (kf.lower() if lower else kf))
        .replace(
            "{O}",
            "{{o:%s}}"
            % r.choice(["UWV", "Belastingdienst", "gemeente", "CAK", "DUO", "Toeslagen"]).replace(
                "{{o:gemeente}}", "gemeente"
            ),
        )
        .replace("{D}", "[[d:%s]]" % g_date(r))
    )
    msg = msg.replace("{{o:gemeente}}", "gemeente")
    kanaal = r.choice(["WhatsApp", "wa", "sms", "WA-bericht", "Signal"])
    tel = g_phone(r)
    head = r.choice(
        [
            "%s van [[p:%s %s]] ([[t:%s]]), %02d:%02d:"
            % (kanaal, cf, cl, tel, r.randrange(7, 23), r.randrange(60)),
            "%s [[p:%s]] [[t:%s]]:" % (kanaal, cf, tel),
            "[[d:%s]] %02d:%02d - [[p:%s]]:" % (g_date(r), r.randrange(7, 23), r.randrange(60), cf),
        ]
    )
    notes = [
        "Reactie [[p:%s]]: nieuwe afspraak [[d:%s]] op het {{o:Servicepunt XL}} in {{w:%s}}."
        % (prof, g_date(r), r.choice(WIJKEN)),
        "Notitie: gebeld, brief laten voorlezen. Gaat over een terugvordering van {{o:%s}}, {{r:%s}} pakt het op."
        % (r.choice(["UWV", "SVB", "CAK", "Toeslagen", "DUO"]), r.choice(ROLES)),
        "-> ok, doorgegeven aan [[p:%s]]. Cliënt woont nu op [[a:%s]]."
        % (r.choice(PROFS), g_address(r)),
        "Reactie: 👍 teruggestuurd. Dossier [[k:%s]] bijgewerkt." % g_dossier(r),
    ]
    return '%s\n"%s"\n%s' % (head, msg, r.choice(notes))


def gen_form(r):
    cf, cl, o = person(r)
    prof = r.choice(PROFS)
    rel = r.choice(["dochter", "zoon", "cliënt zelf", "mantelzorger"])
    relf = cf
    while relf == cf:
        relf, _, _ = person(r, o, {"dochter": "f", "zoon": "m"}.get(rel))
    aanvraag = r.choice(
        [
            "bijzondere bijstand",
            "kwijtschelding",
            "Wmo-melding",
            "aanmelding schuldhulp",
            "Ooievaarspas",
            "individuele inkomenstoeslag",
        ]
    )
    lab = r.choice(
        [
            ("naam", "geb", "adres", "pc", "bsn", "iban", "tel", "mail"),
            (
                "Naam:",
                "Geboortedatum:",
                "Adres:",
                "Postcode:",
                "BSN:",
                "Rekeningnr:",
                "Telefoon:",
                "E-mail:",
            ),
            (
                "naam",
                "geboren",
                "woont",
                "postcode",
                "burgerservicenummer",
                "rekening",
                "nummer",
                "email",
            ),
        ]
    )
    nm = "%s %s" % (cf, cl)
    if r.random() < 0.4:
        nm = nm.lower()
    rows = [
        "%s [[p:%s]]" % (lab[0], nm),
        "%s [[d:%s]]" % (lab[1], g_birth(r)),
        "%s [[a:%s]]" % (lab[2], g_address(r)),
        "%s [[pc:%s]]" % (lab[3], g_postcode(r)),
        "%s [[b:%s]]" % (lab[4], r.choice(["<BSN>", "<BSN.>", "<BSN_>"])),
        "%s [[i:%s]]" % (lab[5], r.choice(["<IBAN>", "<IBANc>"])),
        "%s [[t:%s]]" % (lab[6], g_phone(r)),
        "%s [[e:%s]]" % (lab[7], g_email(r, cf, cl)),
    ]
    keep_rows = [rows[0]] + [x for x in rows[1:] if r.random() < 0.8]
    if rel == "cliënt zelf":
        head = "Gegevens voor %s, door cliënt zelf gestuurd (WhatsApp):" % aanvraag
    else:
        head = "Gegevens voor %s, doorgestuurd door %s [[p:%s]]:" % (aanvraag, rel, relf)
    note = r.choice(
        [
            "Notitie [[p:%s]]: overgenomen, bericht verwijderd. Aanvraag ingediend op [[d:%s]]."
            % (prof, g_date(r)),
            "Notitie: rekeningnummer klopt niet met bankpas, navragen. [[p:%s]]" % prof,
            "NB bsn niet meer via app laten sturen! Uitgelegd aan [[p:%s]]."
            % (relf if rel != "cliënt zelf" else cf),
        ]
    )
    return head + "\n" + "\n".join(keep_rows) + "\n" + note


def gen_mail(r):
    cf, cl, o = person(r)
    sf, sl, so = person(r, r.choice(["nl", "nl", "ma", "tr", "sr"]))
    prof = r.choice(PROFS)
    role = r.choice(
        [
            "wijkverpleegkundige",
            "praktijkondersteuner",
            "woonconsulent",
            "bewindvoerder",
            "intern begeleider",
            "jongerenwerker",
            "medisch maatschappelijk werker",
        ]
    )
    org = r.choice(
        [
            "Haag Wonen",
            "Staedion",
            "Florence",
            "HWW Zorg",
            "Gezondheidscentrum Laak",
            "Xtra",
            "Parnassia",
            "Stichting Mooi",
            "Haga Ziekenhuis",
            "Budgetbeheer Haaglanden",
        ]
    )
    dom = ascii_name(org.split()[0] if len(org.split()) > 2 else org) + ".nl"
    email = "%s.%s@%s" % (ascii_name(sf)[0], ascii_name(sl), dom)
    topic = r.choice(
        [
            "Mw [[p:%s]] heeft sinds [[d:%s]] geen contact meer opgenomen en de deur blijft dicht. Kunnen jullie meedenken?"
            % (cl, g_date(r)),
            "Dhr [[p:%s %s]] (geb. [[d:%s]]) is akkoord met overleg. Zullen we [[d:%s]] om 10.00 bij hem thuis afspreken, [[a:%s]]?"
            % (cf, cl, g_birth(r), g_date(r), g_address(r)),
            "Wij hebben een melding ontvangen over overlast bij [[a:%s]] (huurder [[p:%s %s]]). Is deze persoon bij jullie bekend?"
            % (g_address(r), cf[0] + ".", cl),
            "Hierbij de gegevens van [[p:%s]] voor de warme overdracht: dossier [[k:%s]], tel. [[t:%s]]."
            % (cf, g_dossier(r), g_phone(r)),
        ]
    )
    sig = r.choice(
        [
            "Met vriendelijke groet,\n[[p:%s %s]]\n{{r:%s}} | {{o:%s}}\nT [[t:%s]] | [[e:%s]]"
            % (sf, sl, role, org, g_phone(r), email),
            "Groet, [[p:%s]]\n{{r:%s}}, {{o:%s}}\n[[t:%s]]" % (sf, role, org, g_phone(r)),
            "mvg [[p:%s %s]] ({{o:%s}})\n[[e:%s]]" % (sf[0] + ".", sl, org, email),
        ]
    )
    note = r.choice(
        [
            "Reactie [[p:%s]]: gemaild dat we cliënt eerst om toestemming vragen." % prof,
            "Notitie: in MDO van [[d:%s]] besproken, [[p:%s]] neemt contact op."
            % (g_date(r), prof),
            "Notitie: mail opgeslagen in dossier, terugbellen gedaan.",
        ]
    )
    return 'Mail van %s, [[d:%s]]:\n"Beste [[p:%s]],\n%s\n%s"\n%s' % (
        "[[p:%s %s]]" % (sf, sl),
        g_date(r),
        prof,
        topic,
        sig,
        note,
    )


EXTRA = [
    "Huurachterstand is ongeveer € 1.200, al 4 maanden.",
    "Cliënt is 67 en woont al 30 jaar in de wijk, kent veel mensen maar vraagt nooit hulp.",
    "In 2019 al eens bekend geweest bij {{o:MEE}}, toen zelf gestopt.",
    "Volgende week dinsdag evalueren in het MDO met de {{r:casusregisseur}}.",
    "Sinds maart geen huishoudelijke hulp meer, huis wordt rommelig.",
    "Spreekt redelijk Nederlands maar leest slecht, dus brieven altijd samen doornemen.",
    "Let op: wil niet dat de {{r:huisarts}} iets hoort over de schulden.",
    "Eerste contact was via de {{r:wijkagent}}, die maakte zich zorgen om de kinderen.",
    "Loopt ook nog bij {{o:Schuldhulpverlening}}, wachttijd daar is 8 weken.",
    "Hoop dat het deze keer lukt, vorige twee afspraken afgezegd.",
    "Woont sinds een half jaar in {{w:%s}}, daarvoor in de opvang.",
    "Past binnen thema bemoeizorg van de pilot, evt als casus inbrengen.",
    "Ooievaarspas is verlopen, meteen opnieuw aanvragen.",
    "De {{r:welzijnscoach}} kan wekelijks langs, eerst 6 weken proberen.",
]


def generated(r, n):
    fns = [gen_phone_note, gen_app, gen_form, gen_mail]
    out = []
    for i in range(n):
        t = fns[i % len(fns)](r)
        for x in r.sample(EXTRA, r.choice([0, 1, 1, 2, 2])):
            t += ("\n" if t.endswith("]]") else " ") + (x % r.choice(WIJKEN) if "%s" in x else x)
        out.append(t)
    return out


# ---------------------------------------------------------------------------
# Numbers, markup parsing, verification
# ---------------------------------------------------------------------------


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def make_bsn(r):
    while True:
        d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(r):
    bank = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "%010d" % r.randrange(10**8, 10**10)
    t = bank + acc + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return "NL%02d%s%s" % (chk, bank, acc)


def fill(text, r):
    def rep(m):
        k = m.group(1)
        if k.startswith("BSN"):
            b = make_bsn(r)
            if k == "BSN.":
                return "%s.%s.%s" % (b[:4], b[4:6], b[6:])
            if k == "BSN_":
                return "%s %s %s" % (b[:3], b[3:6], b[6:])
            return b
        ib = make_iban(r)
        if k == "IBAN":
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if k == "IBANl":
            return ib.lower()
        return ib

    return re.sub(r"<(BSN[._]?|IBAN[cl]?)>", rep, text)


MARK = re.compile(r"\[\[(\w+):([^\]\n]+?)\]\]|\{\{(\w+):([^}\n]+?)\}\}")


def parse(marked):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt, bucket = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, bucket = KEEP[m.group(3)], m.group(4), keep
        bucket.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def verify(rec):
    t = rec["text"]
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, rec["id"]
    assert "<BSN" not in t and "<IBAN" not in t, rec["id"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), (rec["id"], s)
        if s["label"] == "iban":
            assert iban_ok(s["text"]), (rec["id"], s)
    assert rec["pii"], rec["id"]


def main():
    r = random.Random(45)
    n_gen = 36
    texts = [(t, "hand") for t in HAND] + [(t, "gen") for t in generated(r, n_gen)]
    assert n_gen * 3 <= len(texts)
    order = list(range(len(texts)))
    random.Random(4545).shuffle(order)
    recs = []
    for i, j in enumerate(order):
        text, pii, keep = parse(fill(texts[j][0], r))
        rec = {"id": "ho45-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    path = os.path.join(HERE, "heldout45.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for rec in recs for s in rec["pii"])
    kc = Counter(s["label"] for rec in recs for s in rec["keep"])
    words = [len(rec["text"].split()) for rec in recs]
    print("texts", len(recs), "hand", len(HAND), "generated", n_gen)
    print("words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)))
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("wrote", path)


if __name__ == "__main__":
    main()
