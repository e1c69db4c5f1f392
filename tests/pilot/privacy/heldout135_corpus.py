#!/usr/bin/env python3
"""Held-out corpus 135: office e-mail mechanics around client work.

Forwarded chains with Dutch and English headers (Van:/Aan:/CC:/Verzonden:/Onderwerp:,
From:/Sent:/To:/Subject:), quoted replies with > marks, long signatures of staff
(name, function, team, organisation, direct line, mobile, working days, office
address), disclaimers, out-of-office auto-replies, Outlook/Teams meeting invitations
copied as text, calendar entries, Teams chats pasted into a note, and file names /
paths that carry a client's name, BSN, initials or date of birth.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout135.jsonl next to itself.

Conventions used here:
- staff names in headers, signatures and chats are persons; "Achternaam, Voornaam"
  display names are two person spans (the comma stays outside);
- every e-mail address is personal data, also team mailboxes;
- an organisation's general number (14 070, "algemeen nummer") and a PO box
  postcode are left unmarked, as are Teams dial-in numbers and conference ids;
  a visiting address with a house number is marked as address (+ postcode);
- sent/meeting dates with a day are dates; times, weeks, years, room numbers,
  meeting ids, version numbers, amounts and article numbers are not.
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

# Numbers that are typed wrongly on purpose (still personal data).
MISTYPED = {"123456781", "NL43ABNA7598886596"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Forwarded chains with Dutch Outlook headers
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Sanne]],

Zie hieronder, kun jij dit oppakken? Ik ben er morgen niet.

Gr. [[p:Ruud]]

Van: [[p:Oudshoorn]], [[p:Petra]] <[[e:p.oudshoorn@haagwonen.nl]]>
Verzonden: dinsdag [[d:9 april 2024]] 11:47
Aan: [[p:Verhoef]], [[p:Ruud]] <[[e:ruud.verhoef@denhaag.nl]]>
Onderwerp: Zorgen over huurder [[a:Rederijkerstraat 24]]

Beste [[p:Ruud]],

Bij de huurder op de [[a:Rederijkerstraat 24]] (mevrouw [[p:Tahiri]]) staat de post inmiddels tot in het portiek. Buren melden dat ze haar al twee weken niet gezien hebben. Wij hebben een huurachterstand van € 2.310,- openstaan. Kan het wijkteam een keer langsgaan voordat wij verdere stappen zetten?

Met vriendelijke groet,
[[p:Petra Oudshoorn]]
{{r:Woonconsultant}} {{w:Transvaal}} / {{w:Rustenburg}}
{{o:Haag Wonen}}
=====
Van: [[p:Marleen Hogenboom]]
Verzonden: woensdag [[d:14 februari 2024]] 16:03
Aan: SWT {{w:Bouwlust}} - {{w:Vrederust}}
CC: [[p:Cor de Leeuw]]
Onderwerp: FW: aanmelding dhr. [[p:Oduya]]

Ter info. Dhr. staat nu bij jullie op de lijst, ik draag over per [[d:1 maart]]. Dossier zit in Suite onder [[z:Z-2024-004177]].

-----Oorspronkelijk bericht-----
Van: [[p:Oduya]], [[p:Samuel]] <[[e:samueloduya77@gmail.com]]>
Verzonden: maandag [[d:12 februari 2024]] 22:18
Aan: [[p:Hogenboom]], [[p:Marleen]] <[[e:m.hogenboom@denhaag.nl]]>
Onderwerp: hulp

goede avond mevrouw ik heb uw kaart gekregen van de {{o:voedselbank}}. ik woon nu [[a:Erasmusweg 1012]] en mijn inkomen stopt. kunt u mij bellen [[t:0684129930]] . dank u
[[p:samuel]]
=====
Doorgestuurd bericht:

Van: {{o:Veilig Thuis Haaglanden}} <[[e:triage@vthaaglanden.nl]]>
Datum: [[d:3 oktober 2023]] 09:12
Aan: Sociaal Wijkzorgteam {{w:Moerwijk}} <[[e:swt-moerwijk@denhaag.nl]]>
Onderwerp: Overdracht melding [[z:VTH-23-118402]] - gezin [[p:Amrani]]/[[p:Kuipers]]

Geachte collega's,

Hierbij dragen wij de melding over betreffende mevrouw [[p:Loubna Amrani]] (geb. [[d:21-07-1990]]) en haar partner [[p:Dirk Kuipers]], wonende [[a:Zuiderparklaan 85]], [[pc:2574 HA]] Den Haag. Er zijn twee kinderen ([[p:Rayan]], 6 jr en [[p:Lina]], 3 jr). De {{r:aandachtsfunctionaris}} van de school heeft de melding gedaan.

Contactpersoon bij ons: [[p:Ingrid Maasdam]], {{r:medewerker overdracht}}, bereikbaar via het algemene nummer 0800-2000 of [[e:i.maasdam@vthaaglanden.nl]].
=====
Van: [[p:Yusuf Aydın]]
Verzonden: vrijdag [[d:22 maart 2024]] 08:55
Aan: [[p:Nicole Brink]]; [[p:Hanneke Zwart]]
Onderwerp: RE: RE: intake mw [[p:D.]] [[p:Haile]]

Prima, dan doe ik het eerste gesprek met tolk. Tolk aangevraagd bij {{o:Global Talk}} voor 2 uur, kosten € 118,50 gaan via het teambudget.

Van: [[p:Nicole Brink]]
Verzonden: donderdag [[d:21 maart 2024]] 17:30
Aan: [[p:Yusuf Aydın]]; [[p:Hanneke Zwart]]
Onderwerp: RE: intake mw [[p:D.]] [[p:Haile]]

Ze spreekt alleen Tigrinya. [[p:Hanneke]] heeft haar via {{o:Vluchtelingenwerk}} binnengekregen.
=====
Beste collega's van {{w:Segbroek}},

Ik stuur jullie de mail van de {{r:huisarts}} door, met toestemming van cliënt (getekende verklaring zit in het dossier).

---------- Forwarded message ---------
Van: {{o:Huisartsenpraktijk Fahrenheit}} <[[e:assistentie@hapfahrenheit.nl]]>
Date: ma [[d:6 mei 2024]] om 13:20
Subject: dhr [[p:J.W. Groen]] [[d:04-12-1948]]
To: <[[e:swt.segbroek@denhaag.nl]]>

Geachte heer/mevrouw,

Bovengenoemde patiënt, wonend [[a:Fahrenheitstraat 517]], laat zich steeds vaker verwaarlozen. Dochter ([[p:Miranda]], [[t:06-52 88 10 43]]) woont in Zwolle en belt ons regelmatig. Dokter [[p:Ter Horst]] vraagt of het wijkteam kan meekijken.

Met vriendelijke groet,
[[p:Ilona]], {{r:doktersassistente}}
=====
Van: [[p:Bart Schouten]] <[[e:b.schouten@stichtingzebra.nl]]>
Verzonden: dinsdag [[d:2 juli 2024]] 10:41
Aan: [[p:El Khattabi]], [[p:Hafsa]]
CC: [[p:Mulder]], [[p:Roel]]; [[p:Kok]], [[p:Tamara]]
Onderwerp: FW: plaatsing [[p:T.B.]] per [[d:15/7]]

[[p:Hafsa]], even voor jouw agenda: de plaatsing gaat door. Sleuteloverdracht op de {{o:Zebra}} locatie aan de [[a:Laan van Meerdervoort 210]], om 14.00u. Cliënt neemt zelf zijn {{r:bewindvoerder}} mee.
=====
Van: Secretariaat SWT {{w:Centrum}}
Verzonden: maandag [[d:8 januari 2024]] 09:00
Aan: Alle medewerkers SWT {{w:Centrum}}
Onderwerp: Nieuwe werkinstructie doorsturen van mail met cliëntgegevens

Beste allen,

Vanaf deze week geldt: mail met cliëntgegevens stuur je alleen nog via beveiligde mail (Zivver). Zet in de onderwerpregel nooit een naam, geboortedatum of BSN, alleen het zaaknummer. De werkinstructie (versie 1.4, 6 pagina's) staat op het intranet onder Werkprocessen > Privacy.

Vragen? Bel het secretariaat op het algemene nummer 14 070 en vraag naar team {{w:Centrum}}.

Groet,
Secretariaat
=====
Van: [[p:Rachida]] [[p:Benali]]
Aan: [[p:de Bruijn]], [[p:Lotte]]
Onderwerp: Doorst: brief CAK mevr. [[p:Sewnarain]]
Verzonden: [[d:16-10-2023]] 14:02

Hoi [[p:Lotte]],
In de bijlage de brief van het {{o:CAK}} die mw. [[p:Sewnarain]] meebracht. CAK-nummer [[z:CAK 4481 2209 17]]. Kun jij kijken of de eigen bijdrage klopt? Ze krijgt € 187,40 per 4 weken gefactureerd en dat is volgens mij te veel bij haar inkomen.
Groet, [[p:Rachida]]
=====
Van: [[p:Pieter-Jan Smit]]
Verzonden: donderdag [[d:30 november 2023]] 15:11
Aan: [[p:Sandra Hoek]]
Onderwerp: FW: [[p:Wieczorek]] - schulden overzicht

[[p:Sandra]],
Zoals besproken. Let op: het IBAN in zijn mail klopt niet helemaal (hij heeft volgens mij twee cijfers omgedraaid), even nachecken bij hem.
[[p:PJ]]

>>> Van: [[p:Paweł Wieczorek]] <[[e:pawel.wieczorek84@wp.pl]]>
>>> Verzonden: [[d:29-11-2023]] 21:40
>>> Onderwerp: schulden overzicht
>>>
>>> Goedenavond,
>>> mijn rekening is [[i:NL43ABNA7598886596]], hier komt loon op van uitzendbureau.
>>> Schulden: Zilveren Kruis 640 euro, Vodafone 212 euro, huur achterstand 1 maand.
>>> Adres [[a:Hoefkade 310 A]], [[pc:2526AM]]
>>> [[p:Pawel]]
=====
Van: [[p:Inge van Rijswijk]]
Verzonden: dinsdag [[d:5 maart 2024]] 12:15
Aan: [[p:Koning]], [[p:Ed]]
Onderwerp: RE: Wmo-aanvraag [[z:WMO-2024-0388]]

Hoi [[p:Ed]], de aanvraag is binnen. De {{r:Wmo-consulent}} ([[p:Femke Winter]]) plant het gesprek in week 12. Ik heb je als contactpersoon opgegeven.

Van: [[p:Koning]], [[p:Ed]]
Verzonden: maandag [[d:4 maart 2024]] 10:02
Aan: [[p:Inge van Rijswijk]]
Onderwerp: Wmo-aanvraag

[[p:Inge]], is de aanvraag scootmobiel voor mevrouw [[p:Hoogland]] ([[a:Isabellaland 1406]]) al doorgezet?
=====
Van: SWT {{w:Laak}} | [[p:Jasper]]
Aan: [[p:Derya Çelik]]
Verzonden: woensdag [[d:17 januari 2024]] 09:47
Onderwerp: Doorgestuurd: Uw afspraak bij het {{o:Jongerenloket}}

[[p:Derya]], hierbij de bevestiging van de afspraak van [[p:Mert]]. Hij moet zijn ID en bankpas meenemen.

>>> {{o:Jongerenloket Den Haag}}
>>> Uw afspraak: dinsdag [[d:23 januari 2024]], 10:30 uur
>>> Locatie: [[a:Spui 70]] (balie D), hoofdingang
>>> Naam: [[p:M. Çelik]]
>>> Klantnummer: [[z:JL-55907123]]
>>> Wijzigen of afzeggen kan via het algemene nummer 14 070.
=====
Van: [[p:Groenendijk]], [[p:Mariska]] ({{o:SZW}})
Verzonden: vrijdag [[d:12 april 2024]] 14:58
Aan: [[p:Tjin-A-Lim]], [[p:Kevin]]; [[p:Zoutendijk]], [[p:Els]]
CC: teamleider SWT {{w:Escamp}}
Onderwerp: escalatie bijstand dhr. [[p:Rampersad]] - spoed

[[p:Kevin]], [[p:Els]],

Ik heb de aanvraag van dhr. [[p:Rampersad]] (BSN [[b:937131581]]) met voorrang laten behandelen. Uitbetaling voorschot € 650 volgt binnen 3 werkdagen op [[i:NL82SNSB3118371657]]. Graag aan hem doorgeven. Zijn telefoon staat uit, [[t:06 2745 8813]] ging direct naar voicemail.

[[p:Mariska]]
{{r:Klantmanager}} Werk & Inkomen
=====
Van: [[p:Dunya]]
Verzonden: [[d:za 18-5-2024]] 23:02
Aan: [[p:Kim]]
Onderwerp: Fwd: foto's woning

vanuit mijn telefoon verstuurd, sorry voor de tijd.
dit zijn de foto's van mw [[p:Hendriks]] haar keuken (schimmel). bestandsnamen: IMG_4412.jpg t/m IMG_4419.jpg. Verhuurder is particulier, dhr. [[p:R. Ganga]], tel [[t:06 1947 3384]].
=====
Van: [[p:Chantal Boekhout]] <[[e:c.boekhout@mee-zhz.nl]]>
Verzonden: maandag [[d:24 juni 2024]] 13:04
Aan: [[e:swt.ypenburg@denhaag.nl]]
Onderwerp: Aanmelding [[p:L.]] ([[d:11-02-2001]]), LVB, {{w:Ypenburg}}

Goedemiddag,

Ik meld bij jullie aan: [[p:Lars Vermeulen]], 23 jaar, IQ rond 65, woont sinds kort zelfstandig op [[a:Laan van Hoornwijck 142]]. Hij heeft een betaalachterstand bij {{o:Eneco}} en {{o:Ziggo}} en gaat in zee met verkeerde vrienden. Moeder ([[p:Jolanda]]) is bereikbaar op [[t:06-33197402]].

Ik ben zijn {{r:MEE-consulent}} tot en met augustus.

Met vriendelijke groet,
[[p:Chantal Boekhout]]
=====
Onderwerp: FW: FW: FW: casus 3 generaties
Van: [[p:Nienke Dijkstra]]
Aan: [[p:Ahmed Bouali]]
Verzonden: [[d:19-09-2023]]

[[p:Ahmed]], onderaan staat het begin. Lang verhaal, lees vooral de laatste van [[p:Marjan]].

Van: [[p:Marjan Post]]
Verzonden: [[d:18-09-2023]]
Het gaat om de familie [[p:Doğan]]: oma ([[p:Emine]], 81), dochter ([[p:Serpil]]) en kleinzoon ([[p:Baran]], 17). Huisadres [[a:Koningstraat 177]]. Ik stel voor de {{r:ouderenconsulent}} en het {{o:CJG}} samen aan tafel te zetten.

Van: [[p:Nienke Dijkstra]]
Verzonden: [[d:15-09-2023]]
Wie kent deze familie?
=====
Van: [[p:Sophie Vink]]
Verzonden: woensdag [[d:11 december 2024]] 08:31
Aan: [[p:Hamid]] [[p:Sharifi]]
Onderwerp: Uw aanvraag kwijtschelding

Beste meneer [[p:Sharifi]],

Ik heb uw aanvraag kwijtschelding gemeentelijke belastingen doorgestuurd naar {{o:Belastingen Den Haag}}. Uw aanslagnummer is [[z:1000-4471-2290]]. U krijgt binnen 8 weken bericht. Het formulier dat u nog moet tekenen stuur ik per post naar [[a:Loosduinsekade 411]].

Vriendelijke groet,
[[p:Sophie Vink]]
{{r:Maatschappelijk werker}}, {{o:Vóór Welzijn}}
=====
Van: Teamleider SWT {{w:Scheveningen}}
Aan: medewerkers SWT {{w:Scheveningen}}; {{r:wijkverpleegkundigen}} {{o:WZH}}
Verzonden: maandag [[d:2 september]] 10:00
Onderwerp: Casuïstiekoverleg verplaatst

Het casuïstiekoverleg van deze week schuift naar donderdag, 13.00-14.30 uur, in de grote zaal (2e verdieping, kamer 2.07). Breng max. 2 casussen in, geanonimiseerd. Agenda volgt.
=====
Van: [[p:Wendy van der Meer]]
Verzonden: donderdag [[d:25 januari 2024]] 17:46
Aan: [[p:Karin Bos]]
CC: [[p:Mohamed el Haddaoui]]
Onderwerp: RE: mw. [[p:Nwosu]] - energie afgesloten?

[[p:Karin]],

Net gebeld met {{o:Vattenfall}}. Afsluiting staat gepland op [[d:1 februari]]. Ze hebben een betalingsregeling van € 45 per maand geaccepteerd als de eerste termijn voor [[d:31 januari]] binnen is. Klantnummer bij Vattenfall: [[z:2093347781]]. Mevr. [[p:Nwosu]] moet zelf nog bellen om te bevestigen, zij heeft het nummer.

[[p:Mohamed]], kun jij de eerste termijn uit de noodpot regelen?

[[p:Wendy]]
=====
Van: [[p:Esra Kılıç]] <[[e:esra.kilic@xtra.nl]]>
Aan: [[p:Vos]], [[p:Jeroen]] <[[e:j.de.vos@denhaag.nl]]>
Verzonden: [[d:7-6-2024]] 14:12
Onderwerp: toestemmingsformulier [[p:S.A.]]

Hoi [[p:Jeroen]], het formulier is getekend. Scan staat in de bijlage (toestemming_SA_0706.pdf). Origineel ligt bij mij op kantoor in {{w:Spoorwijk}}.
Groetjes [[p:Esra]]
=====
Van: [[p:Hiemstra]], [[p:Gert]]
Verzonden: dinsdag [[d:20 augustus 2024]] 09:24
Aan: [[p:Abdi]], [[p:Faduma]]
Onderwerp: FW: klachtbrief

[[p:Faduma]],
Deze klacht kwam binnen bij de gemeente via het klachtenformulier, registratienummer [[z:KL-2024-00916]]. Het gaat over de manier waarop jij en [[p:Willem]] het huisbezoek bij dhr. [[p:Brouwer]] hebben gedaan. Kunnen we morgen even bellen voordat ik reageer? Ik zit op de [[t:06 11 84 92 50]].
[[p:Gert]]
=====
Van: [[p:Fleur Meijer]]
Verzonden: maandag [[d:4 november 2024]] 11:05
Aan: [[p:Gül Yıldırım]]
Onderwerp: Doorst: Re: terugkoppeling huisbezoek

Ter info, zie de terugkoppeling van [[p:Thijs]] (stagiair) hieronder. Ik heb de naam van de buurman eruit gehaald voordat ik het doorstuurde.

Op [[d:vr 1 nov. 2024]] om 16:40 schreef [[p:Thijs van Leeuwen]] <[[e:t.vanleeuwen@student.hhs.nl]]>:
Huisbezoek gedaan bij [[p:Gerrit]] (ik weet zijn achternaam niet meer, dossier [[z:2024-18823]]). Hij woont op drie hoog, de lift is al maanden kapot. Hij vroeg of wij boodschappen kunnen regelen.
=====
Van: [[p:Anouk Bleeker]]
Verzonden: woensdag [[d:28 februari 2024]] 15:37
Aan: [[p:Ramdin]], [[p:Shanti]]; [[p:Visser]], [[p:Noor]]; [[p:Bakker]], [[p:Tim]]
Onderwerp: Bereikbaarheid team tijdens verbouwing

Beste allen,

Tijdens de verbouwing van het wijkcentrum (week 10 t/m 14) werken we vanuit de bibliotheek {{w:Leyenburg}}, kamer 1.03. Post blijft binnenkomen op Postbus 12651, 2500 DP Den Haag. Cliënten kunnen ons bellen via het algemene nummer 14 070.

Groet,
[[p:Anouk]]
=====
Van: [[p:Lisa Kramer]]
Verzonden: vrijdag [[d:15 november 2024]] 10:19
Aan: [[p:Bouchra Ait Taleb]]
Onderwerp: Fw: aanvraag bijzondere bijstand [[p:K.]] [[d:050387]]

[[p:Bouchra]], is deze van jou? In de onderwerpregel staan initiaal en geboortedatum van de cliënt ([[p:K.]], [[d:05-03-87]]). Dat hoort niet volgens de nieuwe werkinstructie, maar goed. Aanvraagnummer [[z:BB/24/11732]].
=====
Van: [[p:Tomas Novák]]
Verzonden: [[d:ma 10-6-2024]] 08:12
Aan: Wijkteam {{w:Morgenstond}}
Onderwerp: my neighbor

Hello, I am writing for my neighbor Mrs. [[p:Eleni Papadaki]], she is old and falls a lot. She lives at [[a:Melis Stokelaan 2174]]. Her son lives in Greece. Please help her. My number [[t:+420 602 118 447]].
[[p:Tomas]]
""")

# ---------------------------------------------------------------------------
# 2. English Outlook headers (From:/Sent:/To:/Cc:/Subject:), Dutch bodies
# ---------------------------------------------------------------------------
add(r"""
From: [[p:Jansen-Ozturk]], [[p:Melek]] <[[e:m.jansen-ozturk@parnassia.nl]]>
Sent: Tuesday, [[d:March 12, 2024]] 3:41 PM
To: [[p:Smits]], [[p:Joost]] <[[e:joost.smits@denhaag.nl]]>
Cc: [[p:Baldew]], [[p:Reshma]] <[[e:r.baldew@parnassia.nl]]>
Subject: RE: afstemming dhr. [[p:K]] / ontslag kliniek

Hoi [[p:Joost]],

Dhr. gaat op [[d:vrijdag 15 maart]] met ontslag. De {{r:ambulant begeleider}} van {{o:Parnassia}} ([[p:Reshma]]) komt de eerste week dagelijks. Vanuit jullie graag de huur en de uitkering regelen, want die is tijdens de opname stopgezet.

[[p:Melek]]
=====
From: [[p:Adriaan Roos]]
Sent: Monday, [[d:January 8, 2024]] 09:02
To: SWT {{w:Loosduinen}}
Subject: FW: Melding overlast [[a:Erasmusweg 402]]

Forwarding this from the {{o:Staedion}} mailbox. Kan iemand kijken?

________________________________
From: [[p:Hermien Blok]] <[[e:hermien.blok55@hotmail.com]]>
Sent: Saturday, [[d:January 6, 2024]] 23:50
To: [[e:info@staedion.nl]]
Subject: Overlast

De man onder mij op nummer 400 (meneer [[p:Yıldız]]?) schreeuwt elke nacht en gooit met dingen. Ik ben bang. Ik woon zelf op [[a:Erasmusweg 402]].
[[p:Hermien Blok]]
=====
From: [[p:Nadia Chaouch]]
Sent: Wed [[d:4/24/2024]] 11:14 AM
To: [[p:Frank Terpstra]]
Subject: Client [[p:G.A.]] dob [[d:03/09/1972]]

[[p:Frank]], dit is de cliënt over wie ik belde. Geboortedatum in Amerikaanse notatie uit het systeem van de opvang, dus [[d:9 maart 1972]] ([[d:09-03-1972]]). Zit nu in de nachtopvang van het {{o:Leger des Heils}}.
=====
From: [[e:no-reply@teams.microsoft.com]]
Sent: Thursday, [[d:May 30, 2024]] 8:00 AM
To: [[p:Bosman]], [[p:Ilse]]
Subject: You have been added to a team

[[p:Hans Pronk]] added you to the team "SWT {{w:Haagse Hout}} - casuïstiek".
Open Microsoft Teams
=====
From: [[p:Laura Hendrikx]] <[[e:laura.hendrikx@haga.nl]]>
Sent: Friday, [[d:18 October 2024]] 16:27
To: [[e:swt.leyenburg@denhaag.nl]]
Cc: [[e:transferbureau@hagaziekenhuis.nl]]
Subject: Transfer mw. [[p:A. Kalloe]], geb. [[d:17-08-1939]], opname nr [[z:HAGA-7720318]]

Geachte collega's,

Mevrouw [[p:Kalloe]] wordt maandag ontslagen uit het {{o:HagaZiekenhuis}} ({{w:Leyenburg}}) na een heupoperatie. Zij woont alleen op de [[a:Leyweg 889]] (3e verdieping, geen lift). Thuiszorg via {{o:Florence}} is aangevraagd. Haar kleindochter [[p:Devika]] ([[t:06 4410 2267]]) regelt de boodschappen.

Met vriendelijke groet,
[[p:Laura Hendrikx]]
{{r:Transferverpleegkundige}}
=====
From: [[p:Koen Stam]]
To: [[p:Ayla Demirci]]
Sent: [[d:2024-02-13]] 10:44
Subject: RE: vraag over BSN kind

[[p:Ayla]], het BSN van het kind ([[b:182691007]]) moet je niet in de mail zetten. Ik heb het in Suite gezet bij [[z:Z-2024-001893]]. Verwijder je eigen mail ook even.
[[p:Koen]]

-----Original Message-----
From: [[p:Ayla Demirci]]
Sent: [[d:2024-02-13]] 10:31
Subject: vraag over BSN kind
BSN dochter mw [[p:Jama]] is [[b:182691007]], kan jij de toeslagen checken?
=====
From: [[p:Wijnands]], [[p:Sjoerd]]
Sent: Mon [[d:02-12-2024]] 14:55
To: [[p:Oomen]], [[p:Rianne]]; [[p:Abdullahi]], [[p:Hassan]]
Subject: Zaak [[z:SZW-2024-58810]]: hersteltermijn

Beste [[p:Rianne]] en [[p:Hassan]],

Voor de aanvraag van mw. [[p:Farah]] ontbreken nog de bankafschriften van de laatste 3 maanden van rekening [[i:NL40BUNQ3314403694]]. Hersteltermijn loopt tot [[d:16 december]]. Daarna wordt de aanvraag buiten behandeling gesteld (art. 4:5 Awb).

[[p:Sjoerd Wijnands]]
{{r:Consulent}} Inkomen
{{o:Gemeente Den Haag}} | Dienst SZW
=====
From: [[p:Charlotte de Graaf]] on behalf of SWT {{w:Bezuidenhout}}
Sent: Tuesday, [[d:July 9, 2024]] 12:00
To: [[p:Mohammadi]], [[p:Zahra]]
Subject: Uitnodiging gesprek

Beste mevrouw [[p:Mohammadi]],

U bent uitgenodigd voor een gesprek op donderdag [[d:18 juli]] om 10.00 uur in wijkcentrum {{o:De Mussen}}, [[a:Van der Vennestraat 112]]. Neemt u alstublieft uw ID-bewijs en de brieven van {{o:DUO}} mee.

Met vriendelijke groet,
[[p:Charlotte de Graaf]]
=====
From: Servicedesk ICT <[[e:servicedesk@denhaag.nl]]>
Sent: Wednesday, 09:15
To: Iedereen SWT
Subject: Storing Suite

Vanochtend is Suite niet bereikbaar tussen 08:00 en 10:00 vanwege onderhoud (wijziging CHG0047712). Registreer in die tijd niets op papier met cliëntgegevens. Excuses voor het ongemak.
=====
From: [[p:Esther Mbeki]]
Sent: [[d:21/05/2024]] 19:03
To: [[p:Ouassini]], [[p:Driss]]
Subject: mijn broer

Beste [[p:Driss]], mijn broer [[p:Thabo]] woont sinds kort in jullie wijk ([[a:Cartesiusstraat 71-A]], [[pc:2562 RK]]). Hij praat niet graag met instanties. Ik woon in Amsterdam, mijn nummer is [[t:+31 6 2088 4517]]. Wilt u mij bellen voordat u naar hem toegaat?
[[p:Esther]]
""")

# ---------------------------------------------------------------------------
# 3. Quoted replies with > marks, inline answers, nested quotes
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Marco]], antwoorden tussen je tekst.

> Heeft mw. [[p:Bennani]] de huurtoeslag al aangevraagd?
Ja, op [[d:3 mei]], samen met [[p:Hatice]] van de {{o:Sociaal Raadslieden}}.

> En hoe zit het met de {{r:bewindvoerder}}?
Aanvraag ligt bij de rechtbank, zaaknummer [[z:C/09/661203]]. Zitting nog niet gepland.

> Kun je me haar nieuwe nummer sturen?
[[t:06 48 20 11 39]], maar ze neemt vaak niet op. Beter sms'en.

Groet, [[p:Fatima]]
=====
Op di [[d:14 mei 2024]] om 10:02 schreef [[p:Wouter Dekker]] <[[e:w.dekker@denhaag.nl]]>:
> Team, wie heeft capaciteit voor een nieuwe aanmelding uit {{w:Zuiderpark}}?
> Het gaat om een man van 58 met alcoholproblematiek en schulden.

Ik kan hem hebben vanaf volgende week. Stuur me het dossiernummer maar.
[[p:Kees]]
=====
[[p:Joyce]] schreef:
>> ik heb meneer [[p:Overmars]] vandaag weer niet kunnen bereiken
> Heb je de {{r:wijkagent}} al gevraagd om even langs te lopen?
nee nog niet, doe ik morgen. adres was toch [[a:Westduinweg 98]]?
=====
> Van: [[p:Soufiane Akhiat]]
> Verzonden: [[d:3 juni 2024]]
> Beste mevrouw, ik heb de formulieren ingevuld maar mijn moeder [[p:Rahma Akhiat]] kan niet tekenen want ze is in Marokko tot [[d:20 juli]]. Kan het ook later?

Beste meneer [[p:Akhiat]],

Dat is geen probleem. De aanvraag blijft staan. Als uw moeder terug is, kunt u samen langskomen op het {{o:Servicepunt XL}} in {{w:Transvaal}}, elke dinsdag tussen 9.00 en 12.00 uur.

Met vriendelijke groet,
[[p:Marieke Bolhuis]]
=====
Op [[d:25-03-2024]] 16:51 schreef [[e:ria.vandenberg@ziggo.nl]]:
> mijn buurvrouw mevrouw [[p:Koç]] heeft sinds gisteren geen stroom meer en ze
> is hartpatiënt. Ik heb haar bij mij laten slapen. Wie moet ik bellen?
> [[p:Ria van den Berg]], [[a:Steenhouwersgaarde 21]]

Beste mevrouw [[p:Van den Berg]],

Dank voor uw melding. Ik heb {{o:Stedin}} gebeld en mevrouw [[p:Koç]] wordt vandaag weer aangesloten. Morgen komt mijn collega [[p:Ibrahim]] bij haar langs.

[[p:Danielle Brugman]], SWT {{w:Wateringse Veld}}
=====
Re: [[p:T. Mahabir]] - huisbezoek

> > > Kan iemand mee op huisbezoek, [[d:donderdag 6 juni]] 14u?
> > Ik niet, dan zit ik bij het MDO.
> Ik wel, als [[p:Sabine]] het gesprek leidt.
Ja, ik leid. Verzamelen bij het wijkcentrum om 13.45.
[[p:S.]]
=====
Hallo [[p:Anja]],

Dank voor je reactie. Zie hieronder in rood (of na de >> als rood niet overkomt):

>> Wat is de hoogte van de schuld bij de {{o:Belastingdienst}}?
€ 4.870 aan terugvordering huurtoeslag over 2022.
>> Staat er een dwangbevel?
Ja, brief van [[d:12 augustus 2024]], kenmerk [[z:8839.27.114.H.04]].
>> Is er al contact met de {{o:Haagse Kredietbank}}?
Intake gepland op [[d:2 september]], 11.00 uur, met dhr. [[p:Kurt]] [[p:Appelman]].

[[p:Michelle]]
=====
On Thu, [[d:Nov 7, 2024]] at 9:14 AM [[p:Liesbeth Hoekstra]] <[[e:liesbeth@stichtingmooi.nl]]> wrote:
> Voor de bewonerscommissie zoeken we iemand uit het wijkteam die iets
> wil vertellen over eenzaamheid onder ouderen in {{w:Bouwlust}}.

Leuk! Ik wil dat wel doen. Welke avond is het? Ik werk niet op vrijdag.
[[p:Gijs]]
=====
-----Oorspronkelijk bericht-----
> Van: [[p:Kaya]], [[p:Emre]]
> Onderwerp: cliënt 5 ([[p:Bilal]])
> Ik heb [[p:Bilal]] aangemeld bij {{o:Jongerenwerk Den Haag}}. Hij is 19 en woont
> nog bij zijn ouders op [[a:De Heemstraat 245]].

Top, dank [[p:Emre]]. Ik zet het in het plan van aanpak. [[p:Bilal]] kent [[p:Jermaine]] al van het buurthuis, dat scheelt.
=====
Goedemiddag,

Zie mijn reactie onder uw mail.

Op [[d:vrijdag 26 april 2024]] schreef [[p:K. Wolters]]:
> Ik ben de {{r:bewindvoerder}} van dhr. [[p:Van der Sluis]]. Wij ontvingen een
> beschikking zonder dat wij het aanvraagformulier hebben gezien. Graag uitleg.

Meneer [[p:Van der Sluis]] heeft de aanvraag zelf gedaan op [[d:11 april]] met hulp van zijn dochter. Hij gaf toen aan geen {{r:bewindvoerder}} te hebben. Ik stuur u een kopie van het formulier via beveiligde mail.

Met vriendelijke groet,
[[p:Robin Claassen]]
{{r:Wmo-consulent}}
=====
> wat is het nummer van de buurman die heeft gebeld?
[[t:070-3889214]], dhr. [[p:Schipper]]. Hij wil anoniem blijven richting mw.
=====
Op wo [[d:10 jan. 2024]] om 12:30 schreef [[p:Naima]] <[[e:naima.b@outlook.com]]>:
> ok ik kom morgen. moet ik iets meenemen?

Ja graag: uw paspoort, de brief van de {{o:IND}} en de laatste loonstrook van uw man.
Tot morgen, [[p:Suzanne]]
=====
Hoi allemaal,

> > Kunnen we casus 2 (jongen, 16, spijbelt) inbrengen bij het
> > {{o:CJG}}-overleg?
> Ja, maar wel geanonimiseerd: geen naam, school of adres.
Helemaal eens. Ik schrijf hem op als "jongen 16, VO, {{w:Laak}}". De rest bespreken we mondeling.

[[p:Marloes]]
=====
>>>> Hoi, is er nieuws over mevrouw [[p:Çakır]]?
>>> Nog niet, de {{r:woonconsultant}} belt terug.
>> Teruggebeld: woningruil met [[a:Moerweg 210]] is goedgekeurd.
> Super!! Verhuisdatum?
[[d:1 november]]. Ik plan een verhuisbus via {{o:Humanitas}}.
=====
Beste [[p:Ingrid]],

> Kunt u het BSN van uw zoon doorgeven?

Het BSN van [[p:Jayden]] is [[b:129915361]]. Hij is geboren op [[d:8 januari 2006]]. Ik heb ook zijn pas gekopieerd, maar ik weet niet of ik dat mag mailen.

Groeten [[p:Yvette Martis]]
""")

# ---------------------------------------------------------------------------
# 4. Short mails with long staff signatures
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Ellen]], het verslag van het huisbezoek bij dhr. [[p:Achterberg]] staat in het dossier. Bel me gerust.

Met vriendelijke groet,

[[p:Hanna Veldhuizen-Ramos]]
{{r:Casusregisseur}} | Sociaal Wijkzorgteam {{w:Mariahoeve}}
{{o:Gemeente Den Haag}}, Dienst Sociale Zaken en Werkgelegenheid

T [[t:070 752 41 86]] (direct)
M [[t:06 15 72 09 44]]
E [[e:hanna.veldhuizen@denhaag.nl]]
Werkdagen: ma - di - do (vrijdag om de week)

Bezoekadres: Wijkcentrum {{w:Mariahoeve}}, [[a:Ruychrocklaan 427]], [[pc:2597 EL]] Den Haag
Postadres: Postbus 12652, 2500 DP Den Haag
=====
Dank je, ik kijk ernaar.
--
[[p:Okke Hylkema]]
{{r:wijkverpleegkundige}} team {{w:Duinoord}}/{{w:Zeeheldenkwartier}}
{{o:Saffier}} | thuiszorg
[[t:06-42 19 87 30]] | bereikbaar ma t/m do 8.30-17.00
Ik werk niet op vrijdag.
=====
Beste mevrouw [[p:Rachidi]],

Hierbij stuur ik u de brief waar we het over hadden. Neem gerust contact op als u vragen heeft.

Met vriendelijke groet,

drs. [[p:A.M.]] ([[p:Annemarie]]) [[p:Scholten]]
{{r:Sociaal raadsvrouw}}
{{o:Sociaal Raadslieden Den Haag}} – locatie {{w:Escamp}}
Direct: [[t:(070) 205 43 17]]
Algemeen: 070 205 43 00 (ma-vr 9-12 uur)
[[e:a.scholten@sociaalraadslieden-dh.nl]]
Afwezig op woensdag
=====
Gr [[p:Dirk]]

[[p:Dirk van Zanten]] | {{r:Schuldhulpverlener}}
{{o:Haagse Kredietbank}}
Postbus 16110 | 2500 BC Den Haag
t [[t:070 353 68 41]] | m [[t:06 30 88 14 72]]
Werkdagen: maandag t/m donderdag
Let op: de {{o:HKB}} is telefonisch bereikbaar via 14 070 (keuze 3).
=====
Ha [[p:Jolien]], hierbij de bijlage die ontbrak. Fijn weekend!

[[p:Kaoutar Bouzerda]]
{{r:Welzijnscoach}} {{w:Schilderswijk}}
{{o:Stichting Mooi}}

📞 [[t:06 - 85 21 34 09]]
✉️ [[e:k.bouzerda@mooiwelzijn.nl]]
🏠 {{o:Buurthuis De Mussen}}, [[a:Van der Vennestraat 92]], {{w:Schilderswijk}}
Mijn werkdagen zijn maandag, dinsdag en donderdag.

Hulp nodig buiten kantoortijd? Bel in noodsituaties 112 of de huisartsenpost.
=====
Helder, ik pak het op.

Met hartelijke groet,
[[p:Rutger]]

---
[[p:Rutger Boersma]]
{{r:Procesregisseur}} Bemoeizorg
{{o:GGD Haaglanden}} – Team Vangnet & Advies
[[a:Westeinde 128]] (ingang achterzijde)
tel. [[t:06 2391 0468]] (ook Signal)
werktijden ma-vr, 8.00-16.30

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en informeer de afzender.
=====
Beste collega,

Bijgaand het verzoek om een MDO voor dhr. [[p:Karimi]], [[z:2024-31177]].

Met vriendelijke groet,

[[p:Lieke Janssens]]
{{r:Teamleider}} Sociaal Wijkzorgteams {{w:Laak}} & {{w:Spoorwijk}}
{{o:Gemeente Den Haag}} | Dienst OCW / SZW
Direct [[t:+31 (0)70 752 90 11]]
Mobiel [[t:+31 (0)6 4318 2705]]
Teams: [[e:lieke.janssens@denhaag.nl]]
Aanwezig: maandag, woensdag (ochtend), donderdag, vrijdag
=====
Mvg,
[[p:Y.]] ([[p:Yasmina]]) [[p:Benhaddou]]
{{r:Aandachtsfunctionaris huiselijk geweld}} | SWT {{w:Segbroek}}
[[t:070-7523660]]
Ik ben op dinsdag en vrijdag niet aanwezig. Bij spoed: {{o:Veilig Thuis}} 0800-2000.
=====
Groeten,

[[p:Gerard Pieterse]]
{{r:Woonconsultant}} {{w:Moerwijk}} / {{w:Morgenstond}}
{{o:Vestia Den Haag Zuid-West}}
Direct [[t:088 - 459 31 27]]
Klantenservice (algemeen) 088 - 459 00 00
Bezoekadres: [[a:Zuidhollandlaan 7]], [[pc:2596 AL]] Den Haag
Werkdagen ma t/m do
=====
Ik hoor het graag.

Warme groet,
[[p:Sevda]]

[[p:Sevda Aksoy]] | {{r:Ervaringsdeskundige}}
{{o:Kessler Stichting}} – inloop {{w:Centrum}}
[[t:06-19283746]]
=====
Prima zo.

[[p:Jeroen Kalsbeek]]
{{r:Beleidsadviseur}} Sociaal Domein
{{o:Gemeente Den Haag}}
[[a:Spui 70]] | Postbus 12600 | 2500 DJ Den Haag
[[t:06 48 37 21 90]]
www.denhaag.nl
=====
Beste [[p:Hamza]],

Zoals beloofd de gegevens van de {{r:jongerenwerker}} waar ik het over had: [[p:Shirley]], [[t:06 40 71 33 82]]. Zij is er op woensdagmiddag in het jongerencentrum aan de [[a:Hobbemastraat 133]].

Groetjes,
[[p:Nora]]

[[p:Nora Tuinman]]
{{r:Maatschappelijk werker}} | SWT {{w:Schilderswijk}}
{{o:Xtra}} welzijn & maatschappelijke dienstverlening
Werkdagen ma-di-wo-do
[[t:06 1238 5566]]
=====
Met vriendelijke groet / Kind regards,

Ing. [[p:Marcel Hoogstraten]]
{{r:Coördinator}} Wijkbeheer
{{o:Gemeente Den Haag}}, Stadsdeel {{w:Escamp}}
[[a:Leyweg 813]] | [[pc:2545 GW]] Den Haag
T 14 070
E [[e:marcel.hoogstraten@denhaag.nl]]
=====
Prettig weekend!

—
[[p:Aïcha El Ouardi]]
{{r:MEE-consulent}} | {{o:MEE Zuid-Holland Noord}}
werkgebied {{w:Ypenburg}}, {{w:Leidschenveen}}
mobiel [[t:0613509871]]
kantoor maandag en donderdag
postadres Postbus 30018, 2500 GA Den Haag
=====
Top, dank!

[[p:Ward]]
----------------------------------------------------
[[p:Ward Zuidema]] | {{r:Jurist}} {{o:Juridisch Loket}} Den Haag
Tel. 0900-8020 (algemeen, lokaal tarief)
Direct: [[t:070 2052 118]]
Wij zijn op kantoor op di en do. Op andere dagen kunt u mij per mail bereiken: [[e:w.zuidema@juridischloket.nl]]
----------------------------------------------------
""")

# ---------------------------------------------------------------------------
# 5. Disclaimers (some alone, some under a short message)
# ---------------------------------------------------------------------------
add(r"""
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is, wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht (inclusief bijlagen) te verwijderen. De {{o:Gemeente Den Haag}} aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail. Aan dit bericht kunnen geen rechten worden ontleend.
=====
DISCLAIMER: De informatie in dit bericht is vertrouwelijk en kan persoonsgegevens bevatten in de zin van de AVG. Het is niet toegestaan deze informatie te delen met derden zonder toestemming van de betrokkene. {{o:Parnassia Groep}} B.V., KvK 27158372.
=====
ok, ik bel haar morgen.

Verstuurd vanaf mijn iPhone

De informatie verzonden in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. {{o:Stichting Xtra}} staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail.
=====
Hoi, zie bijlage (rapportage dhr. [[p:V.]], [[z:SWT-LK-2024-0077]]).

[[p:Thomas]]

*** Let op: deze mail is verzonden via Zivver. De ontvanger moet zich verifiëren met een sms-code. Open de bijlage niet op een gedeelde computer. ***
Het milieu gaat ons aan het hart. Print deze e-mail alleen als dat echt nodig is.
=====
-- 
Deze e-mail en eventuele bijlagen zijn vertrouwelijk. Heeft u deze e-mail per vergissing ontvangen? Stuur hem dan terug naar de afzender en verwijder hem. {{o:HWW zorg}} | Postbus 30400, 2500 GK Den Haag | KvK 27339082 | www.hwwzorg.nl
=====
*** EXTERNE AFZENDER *** Wees voorzichtig met links en bijlagen. Deze e-mail komt van buiten de organisatie.

Van: [[p:Mehmet Öztürk]] <[[e:mehmet.ozturk1969@hotmail.nl]]>
Onderwerp: vraag over mijn vader

Goedemorgen, mijn vader [[p:Ali Öztürk]] woont op [[a:Zuiderparklaan 401]] en vergeet steeds zijn pillen. Wie kan helpen? Groeten [[p:Mehmet]]
=====
This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited. {{o:HMC}} (Haaglanden Medisch Centrum), KvK 27175468.
=====
Let op: wij vragen nooit per e-mail naar uw DigiD, pincode of inlogcodes. Twijfelt u of een bericht echt van ons is? Bel dan 14 070. De {{o:Gemeente Den Haag}} gebruikt uw gegevens volgens de privacyverklaring op denhaag.nl/privacy.
""")

# ---------------------------------------------------------------------------
# 6. Out-of-office auto-replies
# ---------------------------------------------------------------------------
add(r"""
Automatisch antwoord: casus [[p:Benjamin]]

Dank voor uw bericht. Ik ben afwezig tot en met vrijdag [[d:16 augustus]] en lees mijn mail niet. Voor lopende casussen kunt u contact opnemen met mijn collega [[p:Noor de Haan]] ([[e:noor.dehaan@denhaag.nl]], [[t:06 21 89 47 03]]). Voor nieuwe aanmeldingen: bel 14 070 en vraag naar het sociaal wijkzorgteam {{w:Laak}}.

Met vriendelijke groet,
[[p:Sara Lindeboom]]
=====
Onderwerp: Afwezig: RE: overdracht [[z:Z-2024-008812]]

Ik ben met zwangerschapsverlof van [[d:1 april]] tot [[d:22 juli 2024]]. Mijn casussen zijn overgedragen aan [[p:Mustafa Ergün]] ({{r:casusregisseur}}). Hij is bereikbaar via [[e:m.ergun@denhaag.nl]].

[[p:Kirsten Welling]]
=====
Automatisch antwoord

Hallo, ik ben vandaag (woensdag) niet aan het werk. Ik werk op maandag, dinsdag en donderdag. Uw mail wordt niet doorgestuurd. Bij spoed: 14 070.
=====
Out of Office: Re: [[p:Jabbari]] dossier

I am out of the office until Monday [[d:September 2]]. For urgent matters please contact [[p:Ruth Moens]] at [[e:r.moens@mee-zhz.nl]] or [[t:+31 6 1102 4578]].

Ik ben afwezig tot maandag [[d:2 september]]. Voor spoed: [[p:Ruth Moens]], zie hierboven.
=====
Automatisch antwoord: Uitnodiging: MDO fam. [[p:Pranoto]] @ do [[d:19 sep. 2024]] 10:00 - 11:30 (CEST)

Ik ben op cursus op [[d:18]] en [[d:19 september]]. Vanaf vrijdag ben ik weer bereikbaar. Voor de familie [[p:Pranoto]]: [[p:Dewi]] weet van de casus.

[[p:Henk Lubbers]]
{{r:Wijkverpleegkundige}} {{o:WZH}} {{w:Kijkduin}}
=====
Dank voor je mail. Ik ben ziek en weet nog niet wanneer ik terug ben. Je mail wordt gelezen door het secretariaat van SWT {{w:Escamp}} ([[e:secretariaat.swt.escamp@denhaag.nl]]). Zij zorgen ervoor dat iemand anders het oppakt.
[[p:Linda]]
=====
AUTOMATISCH BERICHT

Ik ben met vakantie van [[d:8 juli]] t/m [[d:26 juli]]. Dringende zaken: mijn vervanger is [[p:J. Pronk]] ([[t:070 752 18 63]]). Zaken rond schulden: {{o:Haagse Kredietbank}} 14 070.
=====
Automatisch antwoord: Wmo hulpmiddel mw [[p:A.R.]] [[d:13-04-1944]]

Beste afzender,

Ik ben vandaag afwezig. Uw mail over het Wmo hulpmiddel wordt in behandeling genomen door het Wmo-team. U kunt het team bereiken via het algemene nummer 14 070. Vermeld altijd het zaaknummer, niet het BSN van de cliënt.

[[p:Petra Smulders]]
{{r:Wmo-consulent}}
=====
Afwezig

Ik ben tot en met [[d:3 januari]] afwezig. Prettige feestdagen! Voor crisis bij cliënten van het team {{w:Bezuidenhout}}: bel de {{o:Crisisdienst}} via de {{r:huisarts}} of de huisartsenpost.
=====
Re: verzoek informatie mw. [[p:Ouchan]]

Dit is een automatisch antwoord. Uw bericht is ontvangen door de {{o:Sociale Verzekeringsbank}}. U krijgt binnen 5 werkdagen antwoord. Uw referentie is [[z:SVB-REF-240611-8893]].
=====
Ik ben afwezig tot [[d:ma 14-10]]. Ik heb geen toegang tot mijn mail. Mail voor de buurtcasussen {{w:Transvaal}} naar [[p:Zeynep]] ([[e:z.kocak@xtra.nl]]), voor {{w:Rustenburg}}/{{w:Oostbroek}} naar [[p:Daan]] ([[e:d.vanloon@xtra.nl]]).
=====
Automatisch antwoord: Re: Re: huisbezoek

Bedankt voor uw e-mail. Ik werk parttime (ma/di/do). Uw e-mail wordt op mijn eerstvolgende werkdag beantwoord.

Met vriendelijke groet,
[[p:Evelien Kruijt]] | {{r:Ouderenconsulent}} {{o:Vóór Welzijn}}
=====
Hi! I'm on parental leave until [[d:1 March 2025]]. Voor vragen over cliënten in {{w:Duindorp}} mail je [[e:swt.scheveningen@denhaag.nl]]. Voor vragen over het project "Samen sterk in de wijk" bel je [[p:Paulien Bos]] ([[t:06-87 40 21 59]]).
=====
Automatisch antwoord: Aanmelding dhr. [[p:P.K. Bijl]], BSN [[b:435803116]]

U ontvangt deze automatische bevestiging omdat u een bericht stuurde naar het centrale aanmeldpunt. Wij verzoeken u dringend geen BSN's in de onderwerpregel te zetten. Uw aanmelding krijgt binnen 2 werkdagen een zaaknummer.
=====
Automatisch antwoord: Overleg

Ik ben er weer op [[d:dinsdag 23 april]].

[[p:Mo]]
=====
Beste afzender, door de drukte rond de verhuizing van ons kantoor (naar [[a:Spui 68]], 5e etage) kan het beantwoorden van mail langer duren. Onze excuses. Team {{o:Wmo}} {{w:Centrum}}.
""")

# ---------------------------------------------------------------------------
# 7. Outlook / Teams meeting invitations copied as text
# ---------------------------------------------------------------------------
add(r"""
Onderwerp: MDO mw. [[p:Boukhari]] ([[z:Z-2024-011409]])
Locatie: Microsoft Teams-vergadering
Begin: do [[d:6-6-2024]] 14:00
Einde: do [[d:6-6-2024]] 15:30
Organisator: [[p:Rietveld]], [[p:Marjolein]]
Deelnemers: [[p:Boukhari]], [[p:Samira]] (cliënt); [[p:Van Wijk]], [[p:Peter]] ({{o:Parnassia}}); [[p:Dogan]], [[p:Serkan]] ({{o:HKB}}); [[p:Amani]] ({{r:tolk}} Arabisch)

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of kamerapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 372 914 806 553
Wachtwoordcode: Kq7eYH
Download Teams | Deelnemen op internet
Of bel in (alleen audio)
+31 20 708 5174,,918273645#   Netherlands, Amsterdam
Telefonische conferentie-id: 918 273 645#
Lokaal nummer zoeken | PIN opnieuw instellen
________________________________________________________________________________
=====
-----Oorspronkelijke afspraak-----
Van: [[p:Baldewsingh]], [[p:Vikash]]
Verzonden: maandag [[d:13 mei 2024]] 09:12
Aan: [[p:Reijnders]], [[p:Iris]]; [[p:Kluivert]], [[p:Patrick]]; [[p:Ahmadzai]], [[p:Farid]]
Onderwerp: Keukentafelgesprek fam. [[p:Ahmadzai]]
Tijd: woensdag [[d:22 mei 2024]] 10:00-11:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Locatie: bij cliënt thuis, [[a:Van Musschenbroekstraat 88]], {{w:Laakkwartier}}

Graag 10 min eerder bij de deur. Er is een tolk Dari aanwezig. Meneer [[p:Farid Ahmadzai]] heeft zelf ook de uitnodiging op zijn eigen mail ([[e:farid.ahmadzai@gmail.com]]) gekregen.
=====
Uitnodiging: Teamoverleg SWT {{w:Transvaal}} (wekelijks)

Wanneer: Elke donderdag van 9:00 tot 10:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Wijkcentrum, ruimte 0.14 / Teams
Vergadering-id: 381 227 509 114
Wachtwoordcode: 4nT9vB

Agenda: 1. opening 2. nieuwe aanmeldingen 3. casuïstiek (max 2) 4. rondvraag
=====
Geaccepteerd: Intake [[p:L. Osei]] - dinsdag [[d:9 juli 2024]] 13:30

[[p:Jessica Teunissen]] heeft deze vergadering geaccepteerd.
=====
Afgewezen: Evaluatie traject [[p:Wisniewska]]
Wanneer: vrijdag [[d:27 september 2024]] 11:00-12:00
Organisator: [[p:Zegers]], [[p:Anke]] <[[e:a.zegers@denhaag.nl]]>

Sorry [[p:Anke]], ik heb dan een zitting bij de kantonrechter voor een andere cliënt. Kan het in week 40?
[[p:Lucas]]
=====
Microsoft Teams meeting

Onderwerp: Casuïstiek bemoeizorg (regionaal)
Organisator: {{o:GGD Haaglanden}}
Datum: elke eerste dinsdag van de maand, 15:00 - 16:30

Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 227 390 515 88
Passcode: Yb2Qx9
Or call in (audio only)
+31 20 794 0832,,521746383#   Netherlands, Amsterdam
Phone Conference ID: 521 746 383#
Find a local number | Reset PIN

Let op: bespreek cliënten alleen met initialen en zonder geboortedatum.
=====
Nieuwe tijd voorgesteld: Huisbezoek dhr. [[p:Hamidi]]
[[p:Nathalie Goossens]] heeft een nieuwe tijd voorgesteld voor deze vergadering.

Voorgestelde tijd: dinsdag [[d:3 december 2024]] 10:30-11:30
Oorspronkelijke tijd: dinsdag [[d:3 december 2024]] 09:00-10:00
Locatie: [[a:Zonnebloemstraat 19]]
=====
Bijgewerkt: Overleg schuldhulp - nu in zaal 3.12 i.p.v. Teams
Wanneer: maandag [[d:16 september 2024]] 13:00-14:00
Waar: Stadhuis, zaal 3.12
Deelnemers: [[p:Van Vliet]], [[p:Sanne]]; [[p:Bakker]], [[p:Ruben]]; [[p:Nasiri]], [[p:Leila]]
=====
Onderwerp: Afstemming [[p:A.]] & [[p:M.]] [[p:Kowalczyk]] (broer en zus, beide 18+)
Tijd: vrijdag [[d:11 oktober 2024]] 13:00-13:45
Locatie: Teams

Hoi allen, kort overleg om af te stemmen wie wat doet. [[p:Agata]] heeft zorg via {{o:Ipse de Bruggen}}, [[p:Marek]] staat op de wachtlijst bij {{o:Brijder}}. Ik nodig hun moeder niet uit.

[[p:Eva]]

Microsoft Teams-vergadering
Vergadering-id: 331 840 276 012
Wachtwoordcode: 8Uhz3P
Of bel in (alleen audio): +31 20 708 5174,,730155298#
Telefonische conferentie-id: 730 155 298#
=====
Uitnodiging: Kick-off pilot "Samen werken in het sociale domein"
Wanneer: woensdag [[d:22 november]] 13:30-17:00
Waar: Atrium, Stadhuis Den Haag
Organisator: Programmateam Sociaal Domein

Alle medewerkers van de 24 sociale wijkzorgteams zijn welkom. Aanmelden vóór [[d:15 november]] via het formulier op intranet. Tijdens de middag kiezen we de pilotgroep (20 deelnemers) en stemmen we over de vier thema's.
=====
Geannuleerd: MDO fam. [[p:Sedney]]
Wanneer: donderdag [[d:5 december 2024]] 09:30-10:30

[[p:Ricardo]] meldt zich af: cliënt ligt in het ziekenhuis. We plannen opnieuw als mw. [[p:Sedney]] thuis is.
=====
Vergaderverzoek
Van: [[p:Jorien Hooft]]
Aan: [[p:Yilmaz]], [[p:Cem]]; [[p:Kaya]], [[p:Deniz]]; SWT {{w:Vrederust}}
Onderwerp: Overdracht casus 'tante [[p:Riek]]' ([[z:2023-27115]])
Begin: [[d:dinsdag 7 januari 2025]] 11:00
Duur: 45 minuten
Locatie: Zoom (link volgt) / belnummer 085 888 40 01 (algemeen)

In het dossier heet ze mw. [[p:H.M. Riekers]], het team noemt haar tante [[p:Riek]]. Ze woont in de seniorenflat aan de [[a:Dedemsvaartweg 1190]].
=====
Uitnodiging: [[p:Okafor]], [[p:Chidi]] - terugkoppeling aanvraag
Wanneer: [[d:di 14 jan. 2025]] 16:00-16:30 (CET)
Wie: [[p:Chidi Okafor]] ([[e:chidi.okafor@yahoo.com]]); [[p:Marit Teeuwen]] ([[e:marit.teeuwen@denhaag.nl]])
Hoe: telefonisch, [[p:Marit]] belt naar [[t:06-41920385]]
=====
Onderwerp: Intervisie {{r:casusregisseurs}} Q3
Locatie: Kamer 4.21 (bij de koffieautomaat)
Begin: maandag 14:00
Einde: maandag 16:00
Herhaling: om de 6 weken

Geen cliëntgegevens op de flip-over, ook niet met initialen.
""")

# ---------------------------------------------------------------------------
# 8. Calendar entries (day views, shared agendas, exported items)
# ---------------------------------------------------------------------------
add(r"""
Agenda [[p:Sandra Hoek]] - dinsdag [[d:16 april 2024]]

08:30 - 09:00  Mail / administratie
09:15 - 10:15  Huisbezoek mw. [[p:Bayram]], [[a:Beijersstraat 58]] (met tolk)
10:30 - 11:00  Bellen [[p:Henk]] ({{o:Kredietbank}}) over dhr. [[p:Lutchman]]
11:00 - 12:00  Teamoverleg
13:00 - 14:00  Intake [[p:Ayan Nur]], kantoor, kamer 1.06
14:30 - 15:00  Rapportage schrijven [[z:2024-09931]]
15:30 - 16:30  Netwerkoverleg {{w:Moerwijk}} ({{o:Wijkcentrum De Henkenshage}})
=====
Agenda week 37 – gedeelde teamagenda SWT {{w:Waldeck}}

ma [[d:9/9]]   [[p:Judith]] vrij | [[p:Ahmet]] huisbezoeken middag
di [[d:10/9]]  MDO [[p:Verbeek]] 10.00 (zaal 2) – [[p:Judith]], [[p:Bram]], {{r:wijkverpleegkundige}}
wo [[d:11/9]]  Kantoor dicht ivm studiedag
do [[d:12/9]]  Spreekuur 9-12 (bemensing: [[p:Bram]])
vr [[d:13/9]]  —
=====
BEGIN:VEVENT
DTSTART:[[d:20240612]]T090000
DTEND:[[d:20240612]]T100000
SUMMARY:Huisbezoek dhr. [[p:E. Manuputty]]
LOCATION:[[a:Soestdijksekade 302]]\, Den Haag
DESCRIPTION:Contact zoon [[p:Johan]] [[t:0641887720]]. Sleutel bij buren (nr 304).
ORGANIZER;CN=[[p:Floor Brinkman]]:mailto:[[e:f.brinkman@denhaag.nl]]
UID:040000008200E00074C5B7101A82E0080000000070D3A2
END:VEVENT
=====
Do [[d:7 maart]]
- 9u overleg met [[p:Quirine]] ({{o:CJG}})
- 11u tel. mw. [[p:Aboutaleb]] terugbellen!! [[t:06 29 47 11 08]]
- 13u30 huisbezoek Dhr. en Mw. [[p:Verduijn]] ivm mantelzorg
- 16u bijzondere bijstand formulier [[p:Jamal]] nakijken
=====
Agenda-item (kopie uit Outlook)
Onderwerp: Verjaardag collega [[p:Melanie]] 🎂
Begin: vrijdag [[d:8 maart 2024]]
Hele dag
Notitie: taart halen bij de {{o:Hema}}, lijst rondsturen. Zij wordt 40.
=====
Planning huisbezoeken {{w:Bouwlust}} / {{w:Vrederust}}, week 48

| Dag | Tijd | Cliënt | Adres | Wie |
|---|---|---|---|---|
| ma | 10:00 | [[p:K.]] | [[a:Hengelolaan 214]] | [[p:Roos]] |
| di | 14:00 | [[p:Bektaş]] | [[a:Melis Stokelaan 1764]] | [[p:Roos]] + [[p:Tarik]] |
| wo | 09:30 | [[p:Van Beek]] | [[a:Almeloweg 61]] | [[p:Tarik]] |
| do | 11:00 | mw. [[p:Osman]] | [[a:Zevensprong 12]] | [[p:Iris]] |
=====
Agenda – vrijdag
09:00 Teamoverleg
10:30 Werkoverleg met {{o:Staedion}} over woonfraude-aanpak (geen casussen)
12:00 Lunch
13:00 Cursus Meldcode huiselijk geweld, module 3
16:00 Weekafsluiting
=====
[[d:Maandag 3 juni]] – Vrije dag aangevraagd ([[p:Koen]])
[[d:Dinsdag 4 juni]] – 10:00 Zitting rechtbank bewindvoering dhr. [[p:Lindeman]], zaaknummer [[z:C/09/658112]] / [[z:BW RK 24-1402]], [[a:Prins Clauslaan 60]]
=====
📅 Herinnering: Huisbezoek mw. [[p:Ghebreyesus]]
Wanneer: Vandaag, 14:00 - 15:00
Waar: [[a:Rijswijkseweg 512-B]], [[pc:2516 HK]]
Notities: bel aan bij de onderste bel, naam staat niet op de deur.
=====
Agenda [[p:Marieke]] (gedeeld met [[p:Jasper]])
[[d:12-11]] 09.00 – 10.00  Bellen {{o:UWV}} ivm WW dhr. [[p:Pinas]]
[[d:12-11]] 10.30 – 11.30  Huisbezoek [[p:Singh]] (adres in dossier)
[[d:13-11]] hele dag      Training motiverende gespreksvoering
[[d:14-11]] 14.00 – 15.00  Evaluatie met {{o:Florence}} (mw. [[p:Wassenaar]])
=====
Google Agenda - gebeurtenisdetails
Titel: MDO [[p:Rahimi]] / [[p:Sadat]]
Datum: [[d:zaterdag 14 september 2024]] (let op: zaterdag!)
Tijd: 10:00 – 11:30
Gasten: [[e:m.rahimi.fam@gmail.com]], [[e:l.doorn@denhaag.nl]], [[e:sjaak.vermeer@brijder.nl]]
Beschrijving: op verzoek van de familie op zaterdag, omdat [[p:Mina]] doordeweeks werkt.
""")

# ---------------------------------------------------------------------------
# 9. Teams chats copied into a note
# ---------------------------------------------------------------------------
add(r"""
Notitie uit Teams-chat ([[d:23-05-2024]]), ter info in dossier [[z:Z-2024-010233]]:

[[p:Verbruggen]], [[p:Loes]] 10:14
heb jij mw [[p:rashidi]] nog gesproken?
[[p:El Idrissi]], [[p:Samira]] 10:16
ja gister, ze wil geen gesprek met de {{r:bewindvoerder}} erbij
[[p:Verbruggen]], [[p:Loes]] 10:16
ok dan doen we het in 2 delen
[[p:El Idrissi]], [[p:Samira]] 10:17
👍
=====
[09:02] [[p:Jesse Kortekaas]]
Goeiemorgen! wie is er vandaag op kantoor?
[09:03] [[p:Meryem Tekin]]
ik, tot 14u
[09:05] [[p:Jesse Kortekaas]]
kun jij het pakketje van {{o:Voedselbank}} voor fam. [[p:Diallo]] aannemen? ze halen het om 11u op
[09:05] [[p:Meryem Tekin]]
komt goed
=====
Gekopieerd uit Teams (chat met [[p:Bram]])

[[p:Bram]] 14:41: die jongen van [[a:Hoefkade 77]], weet jij hoe hij heet?
Ik 14:43: [[p:Jaïr]] volgens mij. Achternaam [[p:Sint Jago]]. Geb. [[d:30-10-2004]]
[[p:Bram]] 14:43: thanks, ik zoek hem op
[[p:Bram]] 14:50: gevonden, [[z:2023-33091]]
=====
[[p:Dekker]], [[p:Fenna]] (Extern) heeft de chat gestart.
[[p:Dekker]], [[p:Fenna]] (Extern): Hoi! Ik ben de nieuwe {{r:wijkverpleegkundige}} van {{o:Cardia}} in {{w:Benoordenhout}}. Mag ik jullie bellen over meneer [[p:Toet]]?
[[p:Houtman]], [[p:Gijs]]: Welkom! Ja, bel me op [[t:06 5512 3019]]
[[p:Dekker]], [[p:Fenna]] (Extern): 👍
=====
Chat SWT {{w:Leidschenveen}} – teamkanaal – Algemeen

[[p:Sylvia]] 08:51
Het printertje op de 2e doet het weer 🎉
[[p:Omar]] 08:53
eindelijk
[[p:Sylvia]] 09:30
reminder: evaluaties Q2 inleveren vóór vrijdag
=====
Teams, 1-op-1 chat [[p:Ricky Tjon]] / [[p:Hilde van Noort]], [[d:woensdag 3 juli 2024]]

[[p:Ricky Tjon]] 15:10
Weet jij of mevrouw [[p:Bouali]] al een afspraak heeft bij de {{r:huisarts}}? Ze heeft nog steeds die wond aan haar been
[[p:Hilde van Noort]] 15:12
Nee, ze wil niet. Ik ga morgen met haar mee, 10u, praktijk Loosduinseweg
[[p:Ricky Tjon]] 15:12
Top. Haar dochter [[p:Imane]] mag mee, die spreekt goed Nederlands
=====
[Teams] [[p:Anil]]: kan iemand even het BSN van [[p:Gül]] checken, ik heb [[b:123456781]] maar systeem zegt ongeldig
[Teams] [[p:Merel]]: je hebt een cijfer fout, het is [[b:303172587]]
[Teams] [[p:Anil]]: 🙈 dank
=====
Kopie chat kanaal "Spoed" ({{w:Moerwijk}})

[[p:Thijs Verkerk]] 16:48
Melding van buren: bij [[a:Anna Blamanplein 38]] staat de deur open en is niemand thuis. Het is de woning van dhr. [[p:De Vries]], 84. Wie zit er nog?
[[p:Kübra Şahin]] 16:50
ik. ik bel de {{r:wijkagent}} ([[p:Mark]]) en rij erheen
[[p:Thijs Verkerk]] 16:51
ik bel zijn zoon, [[t:06-18220945]]
[[p:Kübra Şahin]] 17:25
dhr was bij de buren aan de overkant. alles ok, deur had hij vergeten
=====
Chat (vergaderchat MDO [[d:17 okt]])
[[p:Wendy Rozendaal]] ({{o:Parnassia}}): ik moet om 11.30 weg, sorry
[[p:Eric Zomer]]: prima. Actie voor jou nog: verwijzing psychiater voor [[p:R.]]
[[p:Wendy Rozendaal]] ({{o:Parnassia}}): staat genoteerd
[[p:Samantha]] (gast): ik ben de zus van [[p:Romano]], mag ik ook wat zeggen?
[[p:Eric Zomer]]: natuurlijk, we stoppen de chat, ga je gang
=====
Teams-bericht van [[p:Karin]] (geen naam cliënt hier zetten aub, alleen zaaknr): "Wie kan [[z:2024-14401]] overnemen, ik ben 3 weken ziek"
=====
[[p:Lotte]] 11:02 AM
hoi heb jij het mailadres van de dochter van Mw. [[p:Kerkhoven]]?
[[p:Jurre]] 11:07 AM
[[e:inge.kerkhoven@planet.nl]]
[[p:Lotte]] 11:07 AM
top
=====
[[p:Nguyen]], [[p:Linh]]   13:20
Heb je de brief al verstuurd naar [[p:Van der Hoeven]]?
[[p:Prins]], [[p:Matthijs]]   13:22
Ja, vandaag. Aangetekend via PostNL, kosten € 10,95 (declareren op kostenplaats 4410).
[[p:Nguyen]], [[p:Linh]]   13:22
👌
=====
Vergaderchat "Casusoverleg jeugd-volwassenen {{w:Escamp}}"

[[p:Caroline Bergsma]] ({{o:CJG}}): Voor de notulen: we hebben het gehad over casus A (moeder 34, 3 kinderen) en casus B (vader 51, zoon 16). Geen namen genoemd.
[[p:Henri Mol]]: Actie: {{r:jeugdconsulent}} bespreekt casus A met {{o:Veilig Thuis}}.
[[p:Caroline Bergsma]] ({{o:CJG}}): Volgende keer [[d:21 november]], 14:00.
=====
[[p:Sevgi]] heeft een bestand gedeeld: Verslag_huisbezoek_[[p:Demir]]_[[d:12062024]].docx
[[p:Sevgi]]: zie verslag, kan jij aanvullen?
[[p:Bas]]: doe ik vanmiddag
=====
Chat gekopieerd, [[d:2-9-24]]:
[[p:mo]]: is dhr [[p:van t hof]] al terug uit het ziekenhuis
[[p:mo]]: zijn nummer is [[t:0703458812]] toch?
[[p:wim]]: ja vanaf vrijdag thuis. ja dat is zijn vaste lijn
=====
[[p:Heleen Stoffels]] heeft [[p:Marwa Yousef]] aan de chat toegevoegd.
[[p:Heleen Stoffels]]: [[p:Marwa]], dit is het gesprek over de familie die je gaat overnemen. Zie boven.
[[p:Marwa Yousef]]: Dank! Ik lees even terug.
=====
Teamschat (vertaald door Teams uit het Engels)
[[p:Daniel Okoro]]: Ik heb de tolk geregeld voor mevrouw [[p:Mengistu]] (Amhaars), [[d:vrijdag 10 januari]], 13.00 uur
[[p:Tessa Wolff]]: Top, dank. Komt {{o:Vluchtelingenwerk}} ook?
[[p:Daniel Okoro]]: ja, [[p:Abebe]] komt mee
=====
15:31 [[p:Bakker]], [[p:Mirjam]]
Wie heeft de sleutel van kast 3 (dossiers oud)?
15:33 [[p:Winter]], [[p:Job]]
ik, ligt in mijn la, bureau 12
""")

# ---------------------------------------------------------------------------
# 10. File names and file paths with client data in them
# ---------------------------------------------------------------------------
add(r"""
Bijlagen:
- Toestemmingsverklaring_[[p:ElAmrani]]_[[p:F]]_[[d:1979-04-02]].pdf (212 kB)
- Plan_van_aanpak_v3.docx (48 kB)
- Loonstrook_mrt.jpg (1,2 MB)
=====
Hoi, ik kan het bestand niet openen: H:\SWT\{{w:Escamp}}\Cliënten\2024\[[p:Bakker]], [[p:J]]\Rapportage [[d:12-03-2024]].docx. Staat het misschien nog lokaal bij jou?
=====
Het document staat op de teamsite: \\gemeente.local\szw\swt\{{w:Laak}}\Dossiers\[[z:Z-2024-006611]] [[p:Kaya]]\huisbezoek_[[d:0504]].docx
=====
Screenshot [[d:2024-05-14]] 104412.png
Scan_[[b:980644276]]_ID-bewijs.pdf
WhatsApp Image [[d:2024-05-13]] at 21.02.11.jpeg
=====
Beste [[p:Rob]], in de map "Overdracht" staan drie bestanden:
1. [[p:AKH]]_[[d:140381]]_intake.docx
2. [[p:AKH]]_[[d:140381]]_budgetplan.xlsx
3. [[p:AKH]]_brief_woningcorporatie.pdf
[[p:AKH]] = initialen van de cliënt, [[d:140381]] = geboortedatum. Ik weet dat dat niet meer mag, ik pas de namen aan als ik terug ben.
=====
Let op: hernoem bestanden volgens de nieuwe conventie: [zaaknummer]_[documentsoort]_[datum].pdf, bijv. Z-JJJJ-nnnnnn_rapportage_JJJJMMDD.pdf. Dus géén namen, initialen of geboortedata meer in bestandsnamen.
=====
Gevonden in Downloads (graag verwijderen):
C:\Users\[[p:mvdberg]]\Downloads\kopie paspoort [[p:Hassan Jibril]].pdf
C:\Users\[[p:mvdberg]]\Downloads\bankafschrift [[i:NL62RABO8389605763]] jan-mrt.pdf
=====
Bestand: Overzicht_schulden_[[p:Nieuwenhuis]]_[[p:H]]_v2 (DEFINITIEF).xlsx
Tabblad 1: schuldeisers (14)
Tabblad 2: inkomsten/uitgaven
Totaal schulden: € 23.488,17
=====
Mail van [[p:Jolanda]]: "Ik kan [[p:Rietveld]]_[[p:M]]_Wmo-aanvraag.pdf niet vinden in Suite, kan iemand het opnieuw uploaden onder [[z:WMO-2024-1129]]?"
=====
Gewijzigd door [[p:Sanne de Groot]] op [[d:04-06-2024]] 15:22
Documentnaam: MDO-verslag fam [[p:Yilmaz]] [[d:3 juni]].docx
Locatie: Teams > SWT {{w:Transvaal}} > Bestanden > MDO > 2024
=====
/Dossiers/2023/afgesloten/[[z:2023-21190]]_[[p:Osei-Bonsu]]/
  ├── [[z:2023-21190]]_toestemming.pdf
  ├── [[z:2023-21190]]_plan.docx
  └── [[z:2023-21190]]_eindverslag_[[d:20231130]].docx
=====
Hoi, de bijlage heet "brief gemeente mw [[p:Öztürk]] BSN [[b:173131888]].pdf". Zou jij hem kunnen hernoemen naar alleen het zaaknummer? Dan kan hij naar de {{r:bewindvoerder}}.
=====
Dit bestand is gedeeld met [[e:kees.baars@florence.nl]]: Zorgplan_[[p:Soeradj]]_[[p:R]]_[[d:24-11-1950]].pdf (alleen lezen, verloopt op [[d:30-06-2024]])
=====
Sjabloon_Brief_Hersteltermijn_v1.4.dotx
Sjabloon_Rapportage_Huisbezoek_2024.docx
Handleiding_Suite_Zaakregistratie_p12-18.pdf
Werkinstructie_Meldcode_2023-v2.pdf
=====
Kun je dit bestand controleren op persoonsgegevens voordat we het naar de pilotgroep sturen?
Bestand: Casusles_Schuldenaanpak_{{w:Morgenstond}}_concept.docx
Ik heb de naam van de cliënt ([[p:Sadiq]]) er in alinea 3 nog in zien staan.
=====
OneDrive-link: https://gemeentedenhaag-my.sharepoint.com/personal/[[p:l_vos]]_denhaag_nl/Documents/Cliënten/[[p:Winter]]_[[p:M]]/intake.docx
=====
E-mailbijlage geblokkeerd: "[[p:J. Mwangi]] - huurcontract [[a:Parallelweg 14-B]].pdf.exe" is mogelijk onveilig. Neem contact op met de Servicedesk.
=====
Scanbestanden van de multifunctional:
SCAN_[[d:20240611]]_0914.pdf
SCAN_[[d:20240611]]_0922.pdf
Let op: de naam is automatisch, dus er staan geen cliëntgegevens in. Hernoem ze zelf naar het zaaknummer.
=====
Teams: "Bestand [[p:Gorter]]_[[p:Anna]]_beschikking_WMO.pdf is verplaatst naar de Prullenbak door [[p:Wijnand Post]]"
""")

# ---------------------------------------------------------------------------
# 11. Subject lines with initials and birth dates, inbox listings
# ---------------------------------------------------------------------------
add(r"""
Onderwerp: Aanmelding [[p:R.K.]] [[d:02-02-1967]] - spoed huisuitzetting
=====
Onderwerp: RE: [[p:HvD]] (geb. [[d:7/11/58]]) – wel/geen indicatie?
=====
Inbox – gesorteerd op datum

[[p:Boukhari]], [[p:Samira]]   | RE: mijn afspraak                    | di 11:42
{{o:Haga}} Transferbureau   | Ontslag mw [[p:J.K.]] [[d:31-12-1941]]     | di 09:15
[[p:Van Wijk]], [[p:Peter]]     | FW: verslag MDO                        | ma 16:03
Servicedesk ICT        | Uw melding INC0098812 is opgelost      | ma 10:20
[[p:Oduya]], [[p:Samuel]]       | (geen onderwerp)                       | [[d:za 8-6]]
=====
Onderwerp: Wmo – mw. [[p:P.]] ([[d:12.04.1936]]) – trapliftaanvraag afgewezen, bezwaar?
=====
Subject: FW: [[p:S. Abdulle]] *[[d:15-05-1985]]* / huurschuld {{o:Staedion}} € 3.140
=====
Onderwerp: [[z:Z-2024-013372]] – rapportage (zonder naam, zoals afgesproken 👍)
=====
Onderwerp: Re: Re: Fw: dhr [[p:b]] [[d:3-1-60]] wil geen hulp meer
=====
Onderwerp: overdracht [[p:A.E.M. Lammers-Brink]] ([[d:19 oktober 1949]]), [[a:Schoutendreef 37]]
=====
Onderwerp: Aanvraag schuldhulp [[p:Y.T.]] / [[p:M.T.-B.]] (echtpaar), geb. 1977? — nee [[d:30-01-1977]] en [[d:02-06-1979]]
=====
Onderwerp: Verzoek inzage dossier (AVG art. 15) – [[p:Lucassen]], [[p:Bernard]], [[z:2022-09347]]
=====
Onderwerp: Casusles voor pilot: "vrouw 45, {{w:Schilderswijk}}, schulden en isolement" – graag feedback
=====
Onderwerp: Uitnodiging expertmeeting april – thema bemoeizorg
=====
Onderwerp: vraagje ivm [[p:Tahir]] (jongen van [[p:Naveed]]) – school {{o:Hofstad Lyceum}}
=====
Onderwerp: Re: [[p:JvdL]] [[d:0603]] – spoed
Kort: [[p:JvdL]] = [[p:Jan van der Laan]], [[d:0603]] is zijn geboortedag ([[d:6 maart]]), jaar weet ik niet meer. Niet verwarren met [[p:JvdL]] uit {{w:Rustenburg}} (dat is [[p:Jeannette]]).
=====
Postvak IN (4 ongelezen)
! [[p:Mahabier]], [[p:Rajesh]]  – 06 nummer gewijzigd → nu [[t:06-29103384]]
  {{o:CAK}} – Uw beschikking eigen bijdrage
  [[p:Smit]], [[p:Anouk]] ({{o:PEP}}) – Aanmelding vrijwilliger maatje voor mw [[p:Koster]]
  Teams – Je hebt 3 gemiste berichten
=====
Onderwerp: WG: [[p:Demirkol]] [[p:Ay.]], *[[d:21.08.1962]], Aufenthaltsgenehmigung
(Doorgestuurd vanuit een Duitse gemeente; cliënt is onlangs naar {{w:Laak}} verhuisd.)
=====
Onderwerp: Rappel: gegevens [[p:M.B.]], geboren [[d:1 april 2003]], BSN eindigend op …782
=====
Onderwerp: 2e herinnering: aanlevering cijfers Q3 (aantal aanmeldingen per wijk, geen persoonsgegevens)
""")

# ---------------------------------------------------------------------------
# 12. Other mail mechanics: bounces, receipts, recalls, secure-mail notices,
#     printed mails, long mixed chains
# ---------------------------------------------------------------------------
add(r"""
Onbestelbaar: uitnodiging gesprek

Uw bericht heeft enkele of alle geadresseerden niet bereikt.

Onderwerp: uitnodiging gesprek
Verzonden op: [[d:11-3-2024]] 14:20

Het volgende adres bestaat niet: [[e:j.vandermolen1962@hotmai.com]]
Controleer het adres op typefouten.
=====
Gelezen: RE: brief {{o:DUO}}

Uw bericht
  Aan: [[p:Kofi Asante]]
  Onderwerp: brief {{o:DUO}}
  Verzonden: dinsdag [[d:30 januari 2024]] 10:12:44 (UTC+01:00)
is gelezen op dinsdag [[d:30 januari 2024]] 18:02:10 (UTC+01:00).
=====
[[p:Monique Verstappen]] wil het bericht "Rapportage [[p:D.S.]]" intrekken.
=====
U heeft een beveiligd bericht ontvangen van [[p:Arjen Lok]] ({{o:Gemeente Den Haag}}).

Onderwerp: Beschikking bijzondere bijstand
Dit bericht is vertrouwelijk. Klik op de knop hieronder om het bericht te openen. Vervolgens ontvangt u een sms-code op het nummer dat eindigt op **34.

Verzonden via Zivver
=====
Zivver: uw bericht aan [[e:mohamed.azaaj@gmail.com]] is geopend op [[d:12 juni 2024]] om 19:47.
=====
Nieuwsbrief Sociaal Domein Den Haag – editie juni

In deze editie:
• Terugblik expertmeeting april: 60 deelnemers uit 18 teams
• Nieuw: spreekuur {{o:Geldloket}} in {{w:Ypenburg}}, elke woensdag 13.00–15.00
• Wmo-cijfers 2023: 14% meer aanvragen huishoudelijke ondersteuning
• Save the date: slotbijeenkomst pilot, eind juni

Afmelden voor deze nieuwsbrief? Klik hier.
=====
Van: [[p:Wilma Kroes]]
Verzonden: dinsdag [[d:4 juni 2024]] 07:58
Aan: [[p:Bart]]; [[p:Zineb]]
Onderwerp: sms van dhr [[p:Aarts]] (doorgestuurd)

Deze sms kreeg ik gisteravond op mijn werktelefoon:

"[[d:3 jun.]] 22:41 – van [[t:+31 6 17 44 90 28]]: mevrouw ik heb geen eten meer en de deurwaarder komt morgen. ik ga het niet meer doen. [[p:Aarts]]"

Ik heb om 07:30 de {{o:crisisdienst}} gebeld. [[p:Bart]], kun jij vandaag langs op [[a:Hondsrugweg 11]]?
=====
WhatsApp-gesprek met [[p:Linda Sopacua]] (doorgestuurd naar mail, [[d:18-04-2024]])

[[[d:18-04-24]] 08:12] [[p:Linda Sopacua]]: Goedemorgen, mijn moeder heeft weer een brief van het {{o:CJIB}}
[[[d:18-04-24]] 08:13] [[p:Linda Sopacua]]: <foto weggelaten>
[[[d:18-04-24]] 08:40] Wijkteam: Dank u, ik neem het mee vandaag. Wat is haar geboortedatum ook weer?
[[[d:18-04-24]] 08:42] [[p:Linda Sopacua]]: [[d:4 augustus 1951]]
=====
Afgedrukt door: [[p:Rianne Kuijpers]]
Pagina 1 van 2

Van: [[p:Pinas]], [[p:Gracia]] <[[e:gracia.pinas@live.nl]]>
Verzonden: vr [[d:14-6-2024]] 21:14
Aan: [[e:wijkteam.escamp@denhaag.nl]]
Onderwerp: papa

Mijn vader [[p:Errol Pinas]] is gevallen en ligt in het {{o:HMC}} {{w:Westeinde}}. Ik weet niet wie er nu zijn post doet. Zijn adres is [[a:Melis Stokelaan 1288]], [[pc:2541 GX]].
=====
Van: [[p:Stijn Aalbers]]
Aan: [[p:Meijer]], [[p:Fleur]]
Onderwerp: RE: Agenda MDO
Verzonden: woensdag [[d:20 maart 2024]] 13:02

[[p:Fleur]], agenda is prima. Één ding: in punt 3 staat "dhr. [[p:Vermaat]] ([[d:12-11-1959]])". Kun je de naam en geboortedatum weghalen voordat we de agenda naar de externe partners sturen? Zaaknummer is genoeg.

> 1. Opening
> 2. Mededelingen
> 3. Casus dhr. [[p:Vermaat]] ([[d:12-11-1959]]), [[z:Z-2023-31180]]
> 4. Afspraken en rondvraag
=====
Van: [[p:Hussein Jama]]
Verzonden: [[d:zondag 25 februari 2024]] 20:47
Aan: [[e:info@swt-zuidwest.nl]]
Onderwerp: Re: Re: Re: Re: afspraak

sorry ik kan niet maandag. dinsdag ok? mijn vrouw [[p:Hawa]] is ziek.

On [[d:Fri, 23 Feb 2024]], 11:09 SWT Zuidwest <[[e:info@swt-zuidwest.nl]]> wrote:
> Beste heer [[p:Jama]],
> U heeft een afspraak op maandag [[d:26 februari]] om 10:00 uur.
> Adres: Wijkcentrum {{o:De Henkenshage}}, [[a:Henk Hennekenstraat 12]].
>
> On [[d:Thu, 22 Feb 2024]], 18:30 [[p:Hussein Jama]] wrote:
>> ok ik kom
=====
Team,

Even een heads-up: er gaat een phishingmail rond met als onderwerp "Uw Teams-wachtwoord verloopt". Klik niet op de link. Meld het via de knop "Phishing melden" in Outlook. ICT heeft het geblokkeerd (ticket 2024-0314).

Groet, het MT
=====
Van: [[p:Jaap Brouwer]] <[[e:jaap.brouwer.1955@kpnmail.nl]]>
Verzonden: donderdag [[d:10 oktober 2024]] 14:33
Aan: Klachten {{o:Gemeente Den Haag}}
Onderwerp: klacht over uw medewerkers

Geachte heer, mevrouw,

Op [[d:20 augustus]] kwamen twee dames van het wijkteam bij mij thuis ([[a:Thomsonlaan 60]], {{w:Duinoord}}) zonder afspraak. Eén heette [[p:Faduma]], de naam van de ander weet ik niet. Ik voelde mij overvallen. Ik wil een excuus.

Hoogachtend,
[[p:J.A. Brouwer]]
Tel. [[t:070 - 345 19 82]]
=====
Besluitenlijst teamoverleg (kopie in mail)

1. Vanaf week 20 worden nieuwe aanmeldingen op dinsdag verdeeld.
2. Casusbesprekingen alleen met zaaknummer in de agenda.
3. Mailbox van het team wordt dagelijks door de dienstdoende gelezen (rooster op intranet).
4. Volgend overleg: donderdag, 09:30, kamer 2.14.
=====
Van: [[p:Rosa Lindqvist]] <[[e:rosa@lindqvist-bewind.nl]]>
Aan: [[p:Bos]], [[p:Paulien]]
Onderwerp: Budgetplan cliënt [[p:De Graaf-Moerman]]
Verzonden: [[d:2 mei 2024]]

Beste [[p:Paulien]],

Leefgeld wordt vanaf deze maand wekelijks (€ 70) overgemaakt naar [[i:NL02RABO9832795444]] (rekening van mw. [[p:De Graaf-Moerman]]). Vaste lasten lopen via de beheerrekening. Zij moet nog tekenen voor de {{o:Eneco}}-regeling; graag bespreken bij het huisbezoek van [[d:8 mei]].

Met vriendelijke groet,
[[p:Rosa Lindqvist]]
{{o:Bewindvoering Haaglanden}} | lid BPBI
Postbus 95104, 2509 CC Den Haag
Tel. [[t:06 24 50 18 37]] (ma, wo, vr)
=====
Van: [[p:Tim Bakker]]
Verzonden: vrijdag [[d:16 februari 2024]] 16:59
Aan: SWT {{w:Zeeheldenkwartier}}
Onderwerp: weekend-overdracht

Voor wie dit weekend dienst heeft:
- dhr. [[p:Prins]] ([[a:Piet Heinstraat 92]]) krijgt zaterdag om 12u zijn medicatie via {{o:Florence}}; als zij melden dat hij niet opendoet → bel zijn broer [[p:Harry]] [[t:06-13770289]].
- mw. [[p:Kuypers]]: geen bijzonderheden.
- fam. [[p:Haddou]]: de {{r:jeugdbeschermer}} ([[p:Leonie]], {{o:Jeugdbescherming West}}) is bereikbaar via het algemene nummer 088 - 201 00 00.

[[p:Tim]]
=====
Terugroepen mislukt: "Aanmelding mw. [[p:L. Nkosi]], BSN [[b:225808705]]" kon niet worden teruggeroepen bij [[e:info@stichting-hulpverlening-zh.nl]].
=====
Van: [[p:Eline Frijters]]
Aan: Alle {{r:casusregisseurs}}
Onderwerp: Oproep casuslessen voor de pilot

Hoi allen,

Voor de expertmeeting in april zoeken we 4 geanonimiseerde casuslessen over de thema's jeugd, ouderen, huiselijk geweld en bemoeizorg. Lever ze aan via het platform, niet per mail. Geen namen, adressen, geboortedata, BSN's of zaaknummers; leeftijd, wijk en rol mogen er wel in.

[[p:Eline Frijters]]
{{r:Programmacoördinator}} pilot Samen werken in het sociale domein
=====
Van: [[p:Oscar]] [[p:van Eck]] <[[e:oscar.vaneck@haagwonen.nl]]>
Verzonden: maandag [[d:22 januari 2024]] 12:41
Aan: [[p:Schuurman]], [[p:Vera]]
Onderwerp: RE: woning dhr. [[p:Ahmadi]]

[[p:Vera]],

Meneer [[p:Ahmadi]] kan per [[d:1 maart]] terecht op [[a:Wouwermanstraat 41-III]], [[pc:2572 EG]]. Huur € 612,30 kale huur. Het contract wordt getekend bij ons op kantoor, [[a:Laan van Wateringse Veld 1012]] ({{o:Haag Wonen}} hoofdkantoor). Hij moet zijn inkomensverklaring meebrengen.

> Van: [[p:Schuurman]], [[p:Vera]]
> Hebben jullie al een woning voor dhr. [[p:Ahmadi]] (statushouder, alleenstaand, 27 jr)?

[[p:Oscar]]
=====
Van: [[p:Sunita Ramlal]]
Verzonden: [[d:7-10-2024]] 09:03
Aan: [[p:Hofman]], [[p:Wouter]]
Onderwerp: Doorst: Re: mantelzorgcompliment

[[p:Wouter]], de aanvraag mantelzorgwaardering van mw. [[p:Ramlal]] (mijn schoonmoeder, ja, toevallig dezelfde achternaam haha, geen familie van mij!) staat op naam van haar dochter [[p:Anita Ramlal-Jagroep]]. Kenmerk [[z:MZW-2024-4471]].
=====
Van: Postmaster
Onderwerp: Vertraagd: Overdracht [[z:SWT-ESC-2024-0419]]

Uw bericht is nog niet afgeleverd. Er wordt opnieuw geprobeerd tot [[d:17-09-2024]] 14:00.
Ontvanger: [[e:m.tahiri@parnassia.nl]]
=====
Van: [[p:Amira Saleh]]
Verzonden: vrijdag [[d:8 november 2024]] 11:30
Aan: [[p:Ruud Verhoef]]
Onderwerp: Aanvulling dossier

Hallo [[p:Ruud]],

Ik heb vanochtend met mw. [[p:Tahiri]] gesproken (zie je mail van april). Ze woont nog op de [[a:Rederijkerstraat 24]], [[pc:2512 PK]], en is inmiddels aangemeld bij {{o:Lionarons GGZ}}. Haar nieuwe nummer: [[t:06 83 20 57 16]]. BSN (voor de aanmelding HKB): [[b:511289108]]. Rekeningnummer voor de noodbetaling: [[i:NL11INGB6794316225]].

[[p:Amira Saleh]]
{{r:Schuldhulpmaatje}} (vrijwilliger), {{o:SchuldHulpMaatje Den Haag}}
=====
Hoi [[p:Pien]],

Vraagje: mag ik het algemene nummer van het wijkteam (14 070) en het postadres (Postbus 12600, 2500 DJ Den Haag) gewoon op de flyer zetten? Of moet er een direct nummer op?

Groet
[[p:Bert]]
=====
Van: [[p:Kees de Wit]]
Aan: [[p:de Wit]], [[p:Anneke]]
Onderwerp: familie [[p:de Wit]]

Haha [[p:Anneke]], jij krijgt steeds mijn mail omdat Outlook onze namen aanvult. Deze was voor de cliënt met dezelfde achternaam: dhr. [[p:W. de Wit]], [[a:Valkenboslaan 212]]. Niet familie!
[[p:Kees]]
=====
Van: [[p:Groen]], [[p:Tessa]]
Verzonden: woensdag [[d:5 juni 2024]] 10:11
Aan: [[p:Visser]], [[p:Bram]]
Onderwerp: RE: handtekening

[[p:Bram]], kopieer je mijn nieuwe handtekening even? Dan staan we allemaal hetzelfde:

[[p:Tessa Groen]]
{{r:Casusregisseur}} Sociaal Wijkzorgteam {{w:Haagse Hout}}
{{o:Gemeente Den Haag}}
M [[t:06 42 01 39 58]]
Werkdagen: ma, di, wo (ochtend)
E [[e:tessa.groen@denhaag.nl]]

Dus: naam, functie, team, mobiel, werkdagen, mail. Geen bezoekadres meer, want we zitten overal.
=====
Hallo [[p:Sem]],

Ik heb de Excel met aanmeldingen per wijk opgeschoond. Er stonden nog kolommen met naam en BSN in; die zijn eruit. Over blijven: wijk, leeftijdscategorie, soort vraag, datum van aanmelding (alleen maand). Het bestand heet Aanmeldingen_2024_Q1_anoniem.xlsx.

Groet, [[p:Liza]]
=====
Van: [[p:Pauline Oosterhof]] <[[e:p.oosterhof@wzh.nl]]>
Verzonden: dinsdag [[d:19 november 2024]] 08:20
Aan: [[p:Ait Ahmed]], [[p:Younes]]
CC: [[p:Koster]], [[p:Maaike]]; [[p:Boudewijn]] [[p:Smeets]]
Onderwerp: FW: FW: mw [[p:Baars]] [[d:11-11-1933]] – valincident

[[p:Younes]],

Ter info. De {{r:wijkverpleegkundige}} vond mw. vanochtend op de grond, ze lag er waarschijnlijk al uren. Ze is nu in het {{o:HMC Bronovo}}. Haar sleutelkastje-code is aangepast (nieuwe code in het zorgdossier, niet in de mail). Haar neef [[p:Dennis Baars]] ([[t:+31 6 4877 1203]]) is de contactpersoon; haar dochter woont in Canada.

Kunnen jullie kijken naar een alarmering en een maaltijdservice? Adres: [[a:Van Alkemadelaan 350-12]], {{w:Benoordenhout}}.

Met vriendelijke groet,
[[p:Pauline Oosterhof]]
{{r:Teamleider}} wijkverpleging {{o:WZH}} {{w:Haagse Hout}}
Direct [[t:06 20 41 85 55]]
Ik werk ma, di, do en vr.
=====
Van: [[p:Vermeulen]], [[p:Dorien]] <[[e:d.vermeulen@denhaag.nl]]>
Verzonden: donderdag [[d:12 december 2024]] 17:22
Aan: [[p:Bakkali]], [[p:Nordin]]; [[p:Hoek]], [[p:Marjan]]
CC: [[p:Jacobs]], [[p:Wim]] ({{r:teamleider}})
Onderwerp: FW: RE: RE: situatie fam. [[p:Mohamud]] – graag vóór vrijdag reactie

[[p:Nordin]], [[p:Marjan]],

Onderstaande lange draad even samengevat voor wie instapt:
1. Mw. [[p:Sahra Mohamud]] (33) woont met 4 kinderen op [[a:Paets van Troostwijkstraat 181]], [[pc:2522 DL]]; de woning is te klein en er is schimmel.
2. {{o:Haag Wonen}} ([[p:Petra Oudshoorn]]) wil meewerken aan urgentie als er een medische verklaring komt.
3. De {{r:huisarts}} (praktijk {{w:Rivierenbuurt}}) heeft die verklaring op [[d:9 december]] gestuurd.
4. Er is een huurachterstand van € 1.480; de {{o:HKB}} ([[p:Serkan Dogan]], [[t:070 353 61 27]]) heeft een regeling voorgesteld.

Wat nog moet: iemand moet met mw. naar de urgentiecommissie. Zij spreekt Somali en een beetje Nederlands; haar broer [[p:Abdiqani]] ([[t:06 50 23 71 84]]) wil tolken maar dat willen we liever niet.

[[p:Dorien]]

-----Oorspronkelijk bericht-----
Van: [[p:Oudshoorn]], [[p:Petra]] <[[e:p.oudshoorn@haagwonen.nl]]>
Verzonden: maandag [[d:9 december 2024]] 10:03
Aan: [[p:Vermeulen]], [[p:Dorien]]
Onderwerp: RE: RE: situatie fam. [[p:Mohamud]]

> Hoi [[p:Dorien]], de verklaring is binnen, dank. Wij zetten de aanvraag door met kenmerk [[z:HW-URG-24-0772]]. Het BSN van mw. staat al in ons systeem, dat hoef je niet te sturen.
> Groet, [[p:Petra]]

-----Oorspronkelijk bericht-----
Van: [[p:Vermeulen]], [[p:Dorien]]
Verzonden: vrijdag [[d:6 december 2024]] 15:40
> [[p:Petra]], hoe staat het met de urgentie voor mw. [[p:Mohamud]]? De kinderen ([[p:Idil]], [[p:Hodan]], [[p:Yusuf]] en [[p:Ayan]]) slapen met z'n vijven in één kamer.
=====
Van: [[p:Ruben Tjoa]]
Verzonden: maandag [[d:6 januari 2025]] 08:45
Aan: SWT {{w:Scheveningen}}; SWT {{w:Duindorp}}
Onderwerp: Nieuwjaarsupdate + bereikbaarheid januari

Beste collega's,

Allereerst de beste wensen! Een paar praktische punten voor januari:

- Ons wijkcentrum aan de Keizerstraat is tot eind januari dicht wegens verbouwing. We werken vanuit {{o:Buurthuis Duinstraat}}, kamer 1.12 en 1.14.
- Telefonisch bereikbaar via het algemene nummer 14 070; de directe nummers werken gewoon door.
- Het spreekuur op dinsdag verschuift naar woensdag 9.00–11.30.
- Nieuwe collega: [[p:Lisanne Westerveld]], {{r:Wmo-consulent}}, werkdagen ma/di/do, [[e:lisanne.westerveld@denhaag.nl]], [[t:06 41 07 29 86]]. Ze neemt de casussen van [[p:Hans]] over, die per [[d:1 februari]] met pensioen gaat.
- Vergeet niet: de evaluaties van 2024 uiterlijk [[d:31 januari]] in Suite, met alleen zaaknummers in de bestandsnaam (dus niet meer "Evaluatie_[[p:DeJong]]_[[p:P]].docx" zoals ik vorige maand nog tegenkwam).

Met vriendelijke groet,

[[p:Ruben Tjoa]]
{{r:Teamleider}} SWT {{w:Scheveningen}} / {{w:Duindorp}}
{{o:Gemeente Den Haag}}
M [[t:06 28 91 44 30]]
Werkdagen: maandag t/m donderdag
Postadres: Postbus 12600, 2500 DJ Den Haag
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
        if "[[" in span or "{{" in span:
            raise ValueError("nested markup in %r" % span)
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
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
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
            if sp["label"] == "bsn" and sp["text"] not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in MISTYPED:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h135-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout135.jsonl")
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
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
