#!/usr/bin/env python3
"""Held-out corpus 109: chat register.

WhatsApp threads between clients / family members and their social-care
professional (exports with date stamps, copied snippets, group chats, voice
messages transcribed and pasted in, forwarded letters, quoted replies) and
Teams/Slack-style chats among colleagues of different teams and organisations.
Lower-case typing, nicknames, emoji, mixed Dutch with English, Turkish, Arabic,
Papiamento and Polish phrases.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout109.jsonl next to itself.
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

# Numbers that are deliberately typed wrongly (still personal data).
BAD_BSN = {"2461.87.739", "84405605"}
BAD_IBAN = {"NL61 INGB 0424 5758 374", "NL33ABNA49432651175"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. WhatsApp exports, client <-> professional (Android/iOS export format)
# ---------------------------------------------------------------------------
add(r"""
[[d:04-03-24]] 08:47 - [[p:Hanan]] wijkteam {{w:Laak}}: Goedemorgen mevrouw [[p:Bouzambou]], u spreekt met [[p:Hanan]] van het sociaal wijkzorgteam. Ik had u gisteren gebeld maar kreeg geen gehoor. Schikt het als ik donderdag om 10 uur langskom?
[[d:04-03-24]] 09:31 - Mw [[p:Bouzambou]]: Salam goedemorgen
[[d:04-03-24]] 09:31 - Mw [[p:Bouzambou]]: donderdag is goed maar mijn dochter moet ook erbij voor vertalen
[[d:04-03-24]] 09:33 - [[p:Hanan]] wijkteam {{w:Laak}}: Prima! Hoe heet uw dochter? Dan zet ik het in de agenda
[[d:04-03-24]] 09:40 - Mw [[p:Bouzambou]]: [[p:Ikram]]. ze is 19
[[d:04-03-24]] 09:41 - Mw [[p:Bouzambou]]: <Media weggelaten>
[[d:04-03-24]] 09:41 - Mw [[p:Bouzambou]]: dit is de brief van de woning
[[d:04-03-24]] 09:58 - [[p:Hanan]] wijkteam {{w:Laak}}: Dank u, ik zie het. Dat is een aanmaning van {{o:Haag Wonen}}, we bespreken het donderdag. Tot dan 👋
[[d:04-03-24]] 10:02 - Mw [[p:Bouzambou]]: shukran 🙏🏼
=====
[[d:17-09-2024]] 19:12 - [[p:Gerrit]] 🚲: hoi [[p:Mariska]] ben je nog aan het werk
[[d:17-09-2024]] 19:12 - [[p:Gerrit]] 🚲: laat maar zitten morgen is ook goed
[[d:17-09-2024]] 19:40 - [[p:Mariska]] (buurtcoach): Hoi [[p:Gerrit]], ik zit al thuis maar zeg het maar, is er iets met je moeder?
[[d:17-09-2024]] 19:44 - [[p:Gerrit]] 🚲: ze is weer gevallen in de douche. niks gebroken denk ik. de {{r:huisarts}} komt morgen
[[d:17-09-2024]] 19:44 - [[p:Gerrit]] 🚲: die beugel waar we het over hadden , hoe zit dat nu
[[d:17-09-2024]] 19:51 - [[p:Mariska]] (buurtcoach): Vervelend zeg. De aanvraag voor de douchebeugel en douchestoel ligt bij het {{o:Wmo-loket}}, nummer [[z:WMO-24-088316]]. Ik bel ze morgen om te vragen of het sneller kan nu ze weer gevallen is.
[[d:17-09-2024]] 19:52 - [[p:Gerrit]] 🚲: top dank je
[[d:17-09-2024]] 19:52 - [[p:Gerrit]] 🚲: 👍
=====
[[[d:22-01-2025]] 14:03:11] [[p:Dorota]] 🌸: dzień dobry pani [[p:Ellen]]
[[[d:22-01-2025]] 14:03:40] [[p:Dorota]] 🌸: i have the letter from gemeente again, they say i must pay back 1.860 euro?? i dont understand
[[[d:22-01-2025]] 14:05:02] [[p:Ellen]] {{r:schuldhulpmaatje}}: Hi [[p:Dorota]]! Can you send me a photo of the letter? Both pages please
[[[d:22-01-2025]] 14:09:57] [[p:Dorota]] 🌸: ‎afbeelding weggelaten
[[[d:22-01-2025]] 14:09:58] [[p:Dorota]] 🌸: ‎afbeelding weggelaten
[[[d:22-01-2025]] 14:21:30] [[p:Ellen]] {{r:schuldhulpmaatje}}: OK I see. It is a terugvordering bijstand, kenmerk [[z:TV-2025-004471]]. You can make a betalingsregeling, you don't have to pay it all at once. We do it together on [[d:maandag 27 januari]] at the {{o:Servicepunt XL}} in {{w:Escamp}}, ok?
[[[d:22-01-2025]] 14:22:05] [[p:Dorota]] 🌸: tak tak ok 🙏 dziękuję bardzo
=====
[[d:08-05-24]] 11:15 - +31 6 28 19 44 07: Goedemiddag is dit het nummer van [[p:Joost]] van het wijkteam?
[[d:08-05-24]] 11:20 - [[p:Joost]] {{r:MW}}: Ja dat klopt, met wie spreek ik?
[[d:08-05-24]] 11:21 - +31 6 28 19 44 07: Met [[p:Annelies Verhoef]], ik ben de buurvrouw van meneer [[p:Tjon]] op nr 14
[[d:08-05-24]] 11:22 - +31 6 28 19 44 07: Ik maak me zorgen, zijn brievenbus puilt uit en ik hoor hem al 3 dagen niet
[[d:08-05-24]] 11:26 - [[p:Joost]] {{r:MW}}: Dank dat u het laat weten mevrouw [[p:Verhoef]]. Ik ga er vanmiddag langs met een collega. Mag ik u bellen als hij niet opendoet?
[[d:08-05-24]] 11:27 - +31 6 28 19 44 07: Ja natuurlijk. Ik ben de hele dag thuis
=====
[[d:30-10-2023]] 21:47 - [[p:Ufuk]]: hocam kusura bakmayın laat
[[d:30-10-2023]] 21:47 - [[p:Ufuk]]: morgen kan ik niet komen naar afspraak, mijn vader moet naar ziekenhuis voor zijn hart
[[d:30-10-2023]] 21:48 - [[p:Ufuk]]: kan het volgende week?
[[d:31-10-2023]] 07:58 - [[p:Selin]] – {{o:Stichting MOOI}}: Geen probleem [[p:Ufuk]], geçmiş olsun aan je vader 🙏 Ik heb hem verzet naar [[d:dinsdag 7 november]] 13.30 uur, zelfde plek ({{o:wijkcentrum}} aan de Oudemansstraat). Neem je de loonstroken van september mee?
[[d:31-10-2023]] 08:12 - [[p:Ufuk]]: tamam sağol abla 👍
=====
[[d:11-07-24]] 16:02 - [[p:Rachida]] (mw buurtteam): Hoi [[p:Soraya]], heb je de formulieren voor de kwijtschelding al kunnen invullen?
[[d:11-07-24]] 16:30 - [[p:Soraya]] ✨: nee nog niet sorry 🙈 de kids hebben vakantie en het is chaos hier
[[d:11-07-24]] 16:31 - [[p:Soraya]] ✨: kan jij het niet invullen? ik stuur je alles
[[d:11-07-24]] 16:33 - [[p:Rachida]] (mw buurtteam): Samen invullen kan zeker. Stuur maar geen BSN of bankgegevens via de app, die vullen we samen in op papier 😉
[[d:11-07-24]] 16:35 - [[p:Soraya]] ✨: oke maar mijn rekeningnummer is [[i:NL54BUNQ5463107478]] dat is toch niet erg
[[d:11-07-24]] 16:35 - [[p:Soraya]] ✨: en bsn [[b:378910474]]
[[d:11-07-24]] 16:41 - [[p:Rachida]] (mw buurtteam): Haha oké, het staat er nu al 😅 Ik noteer het in het dossier en verwijder het hier. Vrijdag 10u bij jou?
[[d:11-07-24]] 16:42 - [[p:Soraya]] ✨: ja👍🏽
=====
[[d:02-12-2024]] 10:05 - [[p:Ria]] {{r:ouderenadviseur}}: Goedemorgen meneer [[p:Gravenberch]], hoe gaat het met u? U zou vandaag de bril ophalen bij de opticien.
[[d:02-12-2024]] 12:48 - Dhr [[p:Gravenberch]]: Goeie middag. Ik heb hem. Nu kan ik uw berichten ook lezen ha ha
[[d:02-12-2024]] 12:49 - Dhr [[p:Gravenberch]]: Die rekening van 95 euro, betaald uit de pot van de kerk zegt de diaken
[[d:02-12-2024]] 12:55 - [[p:Ria]] {{r:ouderenadviseur}}: Wat fijn 😊 Dan streep ik dat af. Ik zie u [[d:donderdag 12 december]] bij de kerstlunch in {{w:Morgenstond}}!
=====
[[d:15-02-25]] 23:14 - [[p:Yasmina]] 🖤: ik kan niet meer
[[d:15-02-25]] 23:14 - [[p:Yasmina]] 🖤: hij staat weer voor de deur
[[d:15-02-25]] 23:15 - [[p:Yasmina]] 🖤: Gemiste spraakoproep
[[d:16-02-25]] 07:32 - [[p:Lotte]] SWT: [[p:Yasmina]], ik zie je berichten nu pas, dit nummer staat 's nachts uit. Ben je veilig? Bij direct gevaar altijd 112 bellen. Veilig Thuis is 24/7 bereikbaar op 0800-2000.
[[d:16-02-25]] 07:40 - [[p:Yasmina]] 🖤: ja ben bij mijn zus in {{w:Leidschenveen}}
[[d:16-02-25]] 07:41 - [[p:Yasmina]] 🖤: de politie is gekomen. hij is weg
[[d:16-02-25]] 07:45 - [[p:Lotte]] SWT: Goed dat je bij [[p:Naoual]] bent. Ik bel je om 9 uur, dan bespreken we de volgende stappen en bel ik met de {{r:wijkagent}}.
=====
[[d:03-06-24]] 13:20 - [[p:Kees]] buurtteam: Dag mevrouw [[p:Koning]], de schoonmaakhulp van {{o:Saffier}} komt vanaf volgende week op woensdag tussen 9 en 12. Haar naam is [[p:Blessing]].
[[d:03-06-24]] 13:58 - [[p:Koning]] [[p:Wil]]: Dank je wel [[p:Kees]]. Moet ik haar koffie geven
[[d:03-06-24]] 14:01 - [[p:Kees]] buurtteam: 😄 Mag, hoeft niet!
=====
[[d:19-08-2024]] 09:02 - [[p:Mustafa]] ([[p:Moos]]): goedemorgen [[p:Rik]]
[[d:19-08-2024]] 09:02 - [[p:Mustafa]] ([[p:Moos]]): ik heb de baan!!!! 🎉🎉🎉
[[d:19-08-2024]] 09:03 - [[p:Mustafa]] ([[p:Moos]]): bij de {{o:HTM}} in de werkplaats, begin [[d:1 september]]
[[d:19-08-2024]] 09:10 - [[p:Rik]] {{r:jobcoach}}: WAUW [[p:Moos]]!! Gefeliciteerd man 💪 Heel goed gedaan. Vergeet niet de wijziging door te geven aan {{o:SZW}}, anders krijg je straks een terugvordering. Ik help je ermee als je wil
[[d:19-08-2024]] 09:11 - [[p:Mustafa]] ([[p:Moos]]): inshallah komt goed 🙏 ja help me aub
=====
[[d:26-11-23]] 18:30 - [[p:Wendelien]] {{r:casusregisseur}}: Beste [[p:Eduard]], herinnering: morgen om 11.00 uur gesprek met de {{r:bewindvoerder}} bij jou thuis, [[a:Van Kinsbergenstraat 77-A]].
[[d:26-11-23]] 18:47 - [[p:Eduard]] [[p:Sno]]: ok
[[d:27-11-23]] 10:55 - [[p:Eduard]] [[p:Sno]]: bel aan bij de achterdeur, voordeur zit vast
[[d:27-11-23]] 10:56 - [[p:Wendelien]] {{r:casusregisseur}}: 👍 sta er bijna
=====
[[d:09-04-24]] 15:11 - [[p:Nadira]] {{o:CJG}}: Hoi mevrouw [[p:Rahimi]], de afspraak met de {{r:jeugdverpleegkundige}} voor [[p:Arman]] is op [[d:16/4]] om 9.15. Locatie: {{o:CJG}} Leyweg, kamer 0.14
[[d:09-04-24]] 15:30 - [[p:Rahimi]] [[p:Parwin]]: سلام
[[d:09-04-24]] 15:30 - [[p:Rahimi]] [[p:Parwin]]: ok thank you very much
[[d:09-04-24]] 15:31 - [[p:Rahimi]] [[p:Parwin]]: my husband [[p:Jawid]] come also
=====
[[d:21-03-2025]] 08:15 - [[p:Jordy]] {{r:jongerenwerker}}: yo [[p:Dani]] 😎 vergeet je niet vandaag sollicitatie om 14u bij de {{o:Jumbo}} Thorbeckelaan?
[[d:21-03-2025]] 08:41 - [[p:Dani]] [[p:Emanuelson]]: ja man ik weet
[[d:21-03-2025]] 08:41 - [[p:Dani]] [[p:Emanuelson]]: wat moet ik aan
[[d:21-03-2025]] 08:45 - [[p:Jordy]] {{r:jongerenwerker}}: gewoon netjes, geen trainingspak 😂 en neem je ID mee
[[d:21-03-2025]] 15:20 - [[p:Dani]] [[p:Emanuelson]]: ze bellen me terug 🤞🏾
=====
[[d:05-09-24]] 20:04 - [[p:Margreet]] (dochter mw [[p:Hoek]]): Goedenavond [[p:Ineke]], mijn moeder zegt dat de {{r:wijkverpleegkundige}} vandaag niet geweest is. Klopt dat?
[[d:05-09-24]] 20:30 - [[p:Ineke]] {{o:Buurtzorg}} {{w:Segbroek}}: Hoi [[p:Margreet]], jawel hoor, [[p:Jannie]] is om 8.10 geweest en heeft de steunkousen aangedaan. Uw moeder is het waarschijnlijk vergeten. Zal ik voortaan een briefje in de map leggen?
[[d:05-09-24]] 20:33 - [[p:Margreet]] (dochter mw [[p:Hoek]]): Ja graag, dat helpt. Dank en sorry voor de paniek
=====
[[d:13-01-24]] 12:00 - [[p:Sharon]] 💕: Bon dia [[p:Marylin]]! Kon ta bai?
[[d:13-01-24]] 12:02 - [[p:Marylin]] buurtteam: Bon dia dushi 😄 mi ta bon, danki. En met jou?
[[d:13-01-24]] 12:05 - [[p:Sharon]] 💕: mi ta bon. maar de huisbaas heeft water afgesloten op [[a:Oranjelaan 41]] sinds gisteren. Mi no sa kiko hasi
[[d:13-01-24]] 12:09 - [[p:Marylin]] buurtteam: Ay no! Dat mag hij niet doen. Ik bel nu de {{o:Huurteam}}. Heb je een huurcontract op papier?
[[d:13-01-24]] 12:10 - [[p:Sharon]] 💕: ja. van Mr. [[p:Kalpoe]] zelf gemaakt
""")

# ---------------------------------------------------------------------------
# 2. Copied WhatsApp snippets (time only, quoted replies, one-liners)
# ---------------------------------------------------------------------------
add(r"""
[09:14] [[p:fatma]]: hocam bugün gelemem, kızım hasta 😷 morgen?
[09:20] Ik: geen probleem, morgen 10u. beterschap voor [[p:Elif]]!
=====
mw [[p:ozdemir]] app: "de man van de gas komt vrijdag 8 tot 12, kan jij erbij zijn" → ja gezegd
=====
[[p:Anouk]]: is dit nog steeds je nummer [[t:06 11 93 05 78]]?
[[p:Bram]]: ja 👍 nieuwe telefoon zelfde nummer
=====
[21:03] [[p:Rosa]] ([[p:Kiki]]'s moeder): wanneer hoor ik iets over de rugzak-indicatie??
[21:05] [[p:Rosa]] ([[p:Kiki]]'s moeder): ik wacht al 6 weken 😤
[08:31] [[p:Thijs]]: Goedemorgen [[p:Rosa]], ik snap je frustratie. Ik heb vanochtend gebeld, de indicatie is afgegeven en de brief gaat vandaag de deur uit. Zaaknummer voor als je belt: [[z:JZ-2024-31177]].
[08:33] [[p:Rosa]] ([[p:Kiki]]'s moeder): oh eindelijk. dankjewel
=====
> [[p:Samira]]: mag ik mijn broer meenemen naar het gesprek?
natuurlijk, hoe heet hij? dan zet ik hem op de lijst bij de receptie
> [[p:Samira]]: [[p:Bilal]] [[p:el Khayari]]
👍
=====
[15:47] [[p:Jadwiga K.]]: Pani [[p:Marta]], przepraszam, ik kan niet komen vandaag, de bus 24 rijdt niet 🙄
[15:50] [[p:Marta]] tolk/maatje: Geen probleem pani [[p:Jadwiga]], nie ma problemu. Ik bel de {{r:maatschappelijk werker}} en vraag een nieuwe afspraak
=====
tante [[p:gerda]] appte: "het is weer mis met [[p:Ronnie]], hij drinkt weer, de buren bellen mij" – ik bel haar morgen terug
=====
↪️ Antwoord op [[p:Hamza]]: "ik heb geen geld voor de tram"
Ik heb een ooievaarspas-aanvraag voor je klaargezet, dan reis je met korting. Tot die tijd heb ik 2 strippen/een ov-chipkaart op kantoor voor je liggen 🚋
=====
[[p:Eline]] 12:02
Hoi! De fysio heeft gebeld, mevrouw [[p:Baldew]] mag weer zelf traplopen 🙌
[[p:Eline]] 12:02
ze vraagt of de traplift-aanvraag dan ingetrokken moet worden?
Jij 12:15
Nee nog niet, eerst overleg met de {{r:ergotherapeut}}
=====
[[p:Nicky]] 🦋: hoe laat kom je morgen
Ik: half 3. is [[p:Shaquille]] er ook?
[[p:Nicky]] 🦋: nee die heeft voetbal
[[p:Nicky]] 🦋: kan ook [[d:do 14-11]] als dat beter is
Ik: morgen is prima 👍
=====
[10:02] [[p:Wiktor]]: czesc, i am at the door of the office but it is closed
[10:03] [[p:Wiktor]]: the office on the Lozerlaan right?
[10:05] [[p:Hidde]] (SWT): Hi [[p:Wiktor]], we moved! It is now the {{o:Servicepunt XL}} in the library at the Leyweg, 2nd floor, room 2.06. 10 min walk. See you there 🙂
=====
[[p:Mike d.]]:  Yo [[p:Stanley]] ff checken, mn zus wil ook hulp met haar schulden, kan die ook bij jullie komen? ze woont in {{w:Rustenburg}}
[[p:Stanley]] {{r:schuldhulpverlener}}: zeker, laat haar het algemene nummer bellen, 14 070, en vragen naar het team {{w:Rustenburg}}-{{w:Oostbroek}}
=====
[18:44] [[p:Ahmad]]: الحمد لله the lawyer said we can stay!!! 🇳🇱❤️
[18:44] [[p:Ahmad]]: thank you for everything [[p:Ingrid]]
[18:52] [[p:Ingrid]] {{o:Vluchtelingenwerk}}: Wat een geweldig nieuws [[p:Ahmad]]! 🎉 Mabrouk! Groet ook [[p:Lina]] en de kinderen
=====
Jij: Hallo [[p:Deborah]], ik ben [[p:Femke]], de nieuwe {{r:maatschappelijk werker}}. [[p:Gijs]] is met verlof. Ik neem jouw dossier over.
[[p:Deborah]] [[p:Pinas]]: ok welkom
[[p:Deborah]] [[p:Pinas]]: hopelijk hoef ik niet alles weer opnieuw te vertellen 😩
Jij: Nee hoor, ik heb alles gelezen. We gaan gewoon verder waar jullie waren 🙂
=====
[[p:Bert]] 🎣: mn vrouw ligt in {{o:Bronovo}}, kom vandaag niet
=====
[[p:Zehra]] teyze: ❤️ heb de pakketten van de voedselbank, [[p:Berkay]] heeft ze gehaald
=====
[07:55] [[p:Giovanni]] (vader [[p:Luca]]): Buongiorno, [[p:Luca]] is ziek, niet naar dagbesteding vandaag. Kunt u het doorgeven?
[08:01] [[p:Sabine]] {{o:Middin}}: Doe ik, beterschap!
=====
[22:10] ~ [[p:Latoya]]: hallo is dit [[p:Jeroen]]? ik heb je nummer van mijn buurvrouw [[p:Conny]]
[22:11] ~ [[p:Latoya]]: ik heb hulp nodig met de huurtoeslag, ik moet 2.400 terugbetalen
[08:40] [[p:Jeroen]] wijkteam: Goedemorgen [[p:Latoya]], ja dit is [[p:Jeroen]] van het wijkzorgteam {{w:Transvaal}}. Kom gerust langs op het inloopspreekuur, dinsdag en donderdag 9-12 in het wijkcentrum. Neem de brief van de {{o:Belastingdienst}} mee.
=====
[[p:Hatice]]: 🙏🙏🙏
=====
Jij: Dag meneer [[p:Schoonderwoerd]], is uw adres nog [[a:Zichtenburglaan 212]] of bent u al verhuisd?
Dhr. [[p:Schoonderwoerd]]: Verhuisd naar de aanleunwoning, [[a:Zuidlarenstraat 63-14]], [[pc:2545 VK]]
Jij: Dank u, ik pas het aan 👍
""")

# ---------------------------------------------------------------------------
# 3. Family group chats with a professional in them
# ---------------------------------------------------------------------------
add(r"""
Groep "Zorg voor oma [[p:Truus]] 👵🏼"
[[d:10-10-24]] 17:02 - [[p:Marjolein]] heeft [[p:Frank]] {{r:casemanager}} toegevoegd
[[d:10-10-24]] 17:03 - [[p:Marjolein]]: Welkom [[p:Frank]]! Dit is de groep met de kinderen van mam. [[p:Henk]], [[p:Petra]] en ik.
[[d:10-10-24]] 17:10 - [[p:Frank]] {{r:casemanager}}: Dank voor het toevoegen. Ik zal de groep vooral gebruiken voor praktische dingen. Medische info liever via de telefoon 😊
[[d:10-10-24]] 17:12 - [[p:Henk]] [[p:van der Kooij]]: prima. vraag: kan mam naar de dagopvang in het {{o:Florence}}-huis aan de Laan van Nieuw Oost-Indië? daar gaat haar vriendin [[p:Bep]] ook heen
[[d:10-10-24]] 17:20 - [[p:Frank]] {{r:casemanager}}: Goed idee, ik vraag het na. Er is wel een wachtlijst van ongeveer 6 weken.
[[d:10-10-24]] 17:21 - [[p:Petra]]: 👍
[[d:10-10-24]] 17:21 - [[p:Petra]]: ik kan dinsdag en donderdag rijden
=====
👨‍👩‍👧‍👦 Familie [[p:Yıldırım]]
[[p:Burak]]: abi annem yine düştü mü??
[[p:Emre]] abi: evet, maar niks ernstigs. de {{r:huisarts}} is geweest
[[p:Burak]]: we moeten echt met die mevrouw van de gemeente praten
[[p:Emre]] abi: ik heb haar toegevoegd, [[p:Nienke]] van het {{r:wijkteam}}
[[p:Nienke]] (wijkzorgteam {{w:Bouwlust}}): Goedemiddag allemaal, ik ben [[p:Nienke]]. Ik spreek geen Turks, sorry 😅 Ik stel voor dat we [[d:donderdag 6 maart]] om 16.00 bij jullie moeder thuis afspreken, [[a:Dreibergenstraat 118]]. Dan kijken we samen naar thuiszorg en een valalarm.
[[p:Burak]]: tamam, ben er
[[p:Ayten]] yenge: ik ook, ik neem de pillen doos mee
=====
[[d:01-04-2024]] 09:00 - Berichten en oproepen zijn end-to-end versleuteld.
[[d:01-04-2024]] 09:00 - [[p:Dewi]] heeft groep "Papa [[p:Sumantri]] zorg" aangemaakt
[[d:01-04-2024]] 09:00 - [[p:Dewi]] heeft jou toegevoegd
[[d:01-04-2024]] 09:01 - [[p:Dewi]]: Hoi [[p:Wim]], zoals besproken. Hier zitten ik, mijn broer [[p:Adi]] en mijn tante [[p:Lies]] in
[[d:01-04-2024]] 09:15 - [[p:Wim]] {{r:Wmo-consulent}}: Dank [[p:Dewi]]. Ik heb de indicatie voor de huishoudelijke ondersteuning aangevraagd: 3 uur per week. Beschikking volgt binnen 2 weken.
[[d:01-04-2024]] 09:20 - [[p:Adi]] [[p:Sumantri]]: mantap 👍 terima kasih
[[d:01-04-2024]] 09:22 - [[p:Lies]] 🌺: Fijn! Ik blijf de boodschappen doen op zaterdag
=====
Groep: Mantelzorg Ome [[p:Ramon]]
[[p:Gina]]: bon tardi, el a bai hospital atrobe 😢 {{o:HMC Westeinde}}
[[p:Rudsel]]: ai nò. wat is er nu weer
[[p:Gina]]: benauwd. ze houden hem een paar dagen
[[p:Gina]]: @[[p:Jacqueline]] van het wijkteam, moet iemand de huishoudelijke hulp afbellen?
[[p:Jacqueline]] SWT: Dank voor het laten weten [[p:Gina]]. Ik bel {{o:HWW zorg}} af voor deze week en vraag of ze de planning aanhouden. Sterkte allemaal 🙏
=====
[[p:Kasia]]: [[p:Tomek]] nie odbiera telefonu
[[p:Kasia]]: sorry, [[p:Tomek]] neemt zijn telefoon niet op. weet jij waar hij is [[p:Renate]]?
[[p:Renate]] (mw {{o:Kessler}}): Hij was gisteren nog in de nachtopvang aan de Jacob Catsstraat. Ik ga zo langs en laat je iets weten.
[[p:Kasia]]: dziękuję, dankje 😥
=====
[[d:12-08-24]] 20:14 - [[p:Ilse]] heeft de groepsnaam gewijzigd van "Mama" naar "Mama ❤️ + wijkteam"
[[d:12-08-24]] 20:14 - [[p:Ilse]] heeft [[t:+31 6 52 30 81 47]] toegevoegd
[[d:12-08-24]] 20:16 - [[t:+31 6 52 30 81 47]]: Goedenavond, dit is [[p:Karim]] van het wijkzorgteam {{w:Bezuidenhout}}. Dank voor de uitnodiging.
[[d:12-08-24]] 20:17 - [[p:Ilse]]: Welkom! Sla je dit nummer even op als [[p:Karim]] wijkteam jongens 😄 @[[p:Robbert]] @[[p:Marco]]
[[d:12-08-24]] 20:30 - [[p:Robbert]]: gedaan
=====
Baba 🙂: sabah el kheir
Baba 🙂: <Media weggelaten>
[[p:Nora]]: papa dit is een brief van het {{o:CAK}}, niet van de bank. Het is de eigen bijdrage, 21,80 per maand. @[[p:Fenna]] klopt dat?
[[p:Fenna]] SWT: Klopt [[p:Nora]], dat is de eigen bijdrage voor de huishoudelijke hulp. Dat is het vaste abonnementstarief, dat moet hij betalen.
Baba 🙂: 👍🏽
=====
Groep "Verhuizing Opa [[p:Jan]]"
[[p:Mirjam]] 🌻: de verhuiswagen komt [[d:za 16/11]] om 8:00
[[p:Mirjam]] 🌻: nieuwe adres opa: [[a:Isabellaland 1012]] [[pc:2591 CP]]
[[p:Thomas]]: 👌 ik neem de aanhanger mee
[[p:Erwin]] ({{r:ouderenconsulent}}): Mooi dat het gelukt is! Vergeet niet de adreswijziging bij de gemeente door te geven, dat kan tot 5 dagen na de verhuizing.
[[p:Mirjam]] 🌻: dankje [[p:Erwin]] 🙏 hebben we gedaan
=====
[[p:Fadumo]]: walaal [[p:Hibaaq]] waa xanuunsan 🤒
[[p:Abdi]]: sorry in Nederlands voor [[p:Marloes]]: [[p:Hibaaq]] is ziek, ze kan morgen niet naar de taalles
[[p:Marloes]] ({{r:taalcoach}}): Dank [[p:Abdi]]! Beterschap voor haar. Volgende week weer 😊
=====
Mam: ik heb de afspraak gemist 😢
[[p:Robin]]: mam... welke afspraak
Mam: met die jongen van de schulden
[[p:Robin]]: @[[p:Yusuf]] kunnen we een nieuwe maken?
[[p:Yusuf]] {{o:Kredietbank}}: Geen zorgen. Nieuwe afspraak: [[d:woensdag 22 mei]] 10.30 uur, {{o:Kredietbank}} Den Haag, Wijnhaven. Kenmerk [[z:HK/24/118840]].
""")

# ---------------------------------------------------------------------------
# 4. Voice messages, transcribed and pasted into the chat or the dossier
# ---------------------------------------------------------------------------
add(r"""
[[p:Halima]]: 🎤 0:52
(transcriptie) ja hallo [[p:Sophie]] met [[p:Halima]] ehm ik wilde zeggen dat de brief van de huur is gekomen ze willen dat ik vóór [[d:1 februari]] betaal anders gaan ze naar de rechter ik heb die regeling toch aangevraagd met jou of niet ehm bel me alsjeblieft terug ik ben thuis tot drie uur daarna moet ik de kinderen halen oké doei
[[p:Sophie]] (mw): Hoi [[p:Halima]], heb je bericht gehoord. De regeling loopt, ik bel {{o:Staedion}} nu. Ik app je vóór 3 uur 👍
=====
🎙️ spraakbericht van mevr. [[p:Tahiri]] (1:34), uitgeschreven door [[p:Joanne]]:
"goedemiddag meneer [[p:Pieter]] eh met mevrouw [[p:Tahiri]] van de [[a:Hoefkade 388]] ehm mijn zoon [[p:Adam]] heeft weer problemen op school de juf zegt dat hij moet naar een andere school speciaal onderwijs ik wil dat niet hij is een slimme jongen kunt u mee naar het gesprek op [[d:vrijdag de twaalfde]] dank u wel"
=====
Voice note [[p:Walter]] (uitgetypt):
ja [[p:Marieke]] eh [[p:Walter]] hier van de [[a:Marlotlaan 6]] eh de lift is alweer kapot al vier dagen nou ik kom dus niet naar beneden met die rollator he eh de boodschappen kan de buurman [[p:Cor]] doen maar ik moet dinsdag eh nee [[d:woensdag de 9e]] naar het ziekenhuis voor mijn knie hoe moet dat nou
=====
[[d:14-11-24]] 08:02 - [[p:Patricia]] Wijkteam: Spraakbericht (0:38)
[[d:14-11-24]] 08:02 - [[p:Patricia]] Wijkteam: [transcriptie] Goedemorgen [[p:Vanessa]], met [[p:Patricia]]. Ik wilde even zeggen dat de afspraak met de {{r:bewindvoerder}} is verplaatst naar volgende week dinsdag, zelfde tijd. Ze heeft je nieuwe nummer nog niet, mag ik dat doorgeven? Laat maar even weten. Fijne dag!
[[d:14-11-24]] 08:15 - [[p:Vanessa]] [[p:Rozendaal]]: ja is goed geef maar door
=====
🎤 [[p:Ewa]] (2:07) – tekst via Google Transcribe, Pools → Nederlands:
"Goedendag mevrouw, met [[p:Ewa]] [[p:Nowakowska]]. Ik heb de papieren van de werkgever gekregen maar er staat een ander bedrag dan ik heb gekregen. Ik heb 38 uur gewerkt maar ze betalen 30. Mijn collega [[p:Piotr]] heeft hetzelfde probleem. Kan ik daarover met u praten? Mijn adres is [[a:Wolmaransstraat 54 2e]] [[pc:2571 XT]]. Bedankt."
=====
spraakbericht dhr. [[p:Chotkan]] 0:21 → "mevrouw ik ben mijn pasje kwijt van de bank wat moet ik doen"
=====
🔊 Audio (3:12) van [[p:Koffi]] — samenvatting door mij:
- heeft brief van {{o:IND}} gekregen, afspraak [[d:3 april]] om 9u in Rijswijk
- vrouw [[p:Ama]] is zwanger, uitgerekend begin juni
- vraagt of iemand mee kan (hij spreekt Frans, weinig NL)
- nieuw nummer: [[t:06-3812 4470]]
=====
[[p:Arjen]] ({{o:GGD}}): 🎤 0:45
[[p:Arjen]] ({{o:GGD}}): uitgetypt voor wie niet kan luisteren: "hoi allemaal, ik ben net bij meneer [[p:Brouwer]] geweest op de Trompstraat, hij doet niet open maar praat wel door de brievenbus, zegt dat hij oké is, er staat veel afval in het portiek, ik stel voor dat we maandag met {{o:Haag Wonen}} en de {{r:wijkagent}} samen gaan, [[p:Hans]] kan jij dat regelen"
[[p:Hans]] {{o:Haag Wonen}}: 👍 regel ik
=====
Transcriptie van voicemail, ingesproken op de werktelefoon van [[p:Tessa]] om 17:58:
"ja goedenavond mevrouw eh u spreekt met [[p:Elisabeth Tichelaar]] ik ben de buurvrouw van mevrouw [[p:Groenewegen]] op nummer tweeëntwintig eh en ze heeft vandaag drie keer bij mij aangebeld omdat ze haar sleutels niet kan vinden terwijl ze ze in haar hand had ehm ik denk dat het niet meer gaat alleen mijn nummer is [[t:nul zes vijf één twee acht drie nul zes zeven]] eh dat is dus [[t:06-51283067]] dag"
=====
[[p:Ruud]]: 🎤 Spraakbericht
[[p:Ruud]]: transcript: "ja [[p:Yara]] even snel, die meneer van de [[a:Hooftskade 94]] die we vorige week hadden, die is vanochtend opgenomen, de {{r:crisisdienst}} is geweest, dus je hoeft niet meer langs, ik zet het in het systeem"
[[p:Yara]]: oké dank, heftig 😔
=====
🎧 (spraakmemo [[p:Natasha]], getypt door [[p:Mo]]): bon dia, mi ta [[p:Natasha]] … ik ben de mama van [[p:Jaydon]] … ik heb de uitnodiging van de school gekregen maar ik werk die dag tot vier … kan het later? danki
=====
Spraakbericht 1:03 – [[p:Zainab]]
ehm assalamu alaikum zuster [[p:Laila]] ehm het gaat niet goed met mijn man hij slaapt niet hij praat in zichzelf de hele nacht ik ben bang voor de kinderen ik weet niet wat ik moet doen kunt u komen of iemand sturen we wonen nog steeds op de [[a:Vaillantlaan 302 derde]] alstublieft
=====
[[p:Laila]] (SWT) aan team, [[d:vr 7 maart]] 09:12:
fyi spraakbericht van mw. [[p:Zainab]] [[p:Mansour]] (zie boven) → acute zorg om echtgenoot, psychotisch beeld? {{o:crisisdienst}} gebeld, gaan 11u samen langs. [[p:Gert-Jan]] neemt mijn 11u over? 🙏
=====
🎤 0:17 [[p:Dennis]]: "ja dit is [[p:Dennis]], ik ben bij de poort van de voedselbank, ze zeggen dat mijn pas verlopen is"
🎤 0:09 [[p:Dennis]]: "kom je nog?"
Jij: sta in de file bij de Utrechtsebaan, 10 min. Zeg maar dat [[p:Aafke]] van het wijkteam eraan komt
""")

# ---------------------------------------------------------------------------
# 5. Forwarded messages (letters, SMS, mails, appointment confirmations)
# ---------------------------------------------------------------------------
add(r"""
[[p:Gülsen]]: ↪ Doorgestuurd
"Beste [[p:G. Aksoy]], uw afspraak bij de {{o:Gemeente Den Haag}} is bevestigd. Datum: [[d:18-06-2024]]. Tijd: 10:40. Locatie: Stadhuis aan het Spui, balie 12. Neem een geldig identiteitsbewijs mee. Uw referentie: [[z:GDH-AFS-8841203]]"
[[p:Gülsen]]: wat is dit voor afspraak 🤔
[[p:Marloes]] SWT: Dat is voor je nieuwe paspoort, die had je toch aangevraagd? 🙂
=====
Doorgestuurd bericht:
> Van: [[e:noreply@toeslagen.nl]]
> Aan: [[e:samira.benali88@hotmail.com]]
> Onderwerp: Er staat een nieuw bericht voor u klaar in Mijn toeslagen
> Beste mevrouw [[p:Benali]], log in met DigiD om uw bericht te lezen.
[[p:Samira]]: kan jij kijken wat het is? ik durf niet 😰
=====
↪️ Doorgestuurd
Geachte heer [[p:Mahabier]],
Op [[d:28 februari 2025]] heeft u een betalingsherinnering ontvangen voor de factuur van januari. Het openstaande bedrag van € 312,45 is nog niet voldaan. Wij verzoeken u dit bedrag binnen 14 dagen over te maken op [[i:NL45RBRB3666521429]] o.v.v. klantnummer [[z:7730042118]].
Met vriendelijke groet,
{{o:Incassobureau De Vries & Partners}}
[[p:Ravi]] [[p:Mahabier]]: wat moet ik hiermee
[[p:Ravi]] [[p:Mahabier]]: ik heb nooit iets gekocht bij die winkel
=====
Doorgestuurd (meerdere keren)
⚠️ LET OP!!! Er gaan mensen langs de deuren in {{w:Mariahoeve}} en {{w:Bezuidenhout}} die zeggen dat ze van de gemeente zijn en je meterkast willen checken. NIET binnenlaten!! Gemeente komt nooit onaangekondigd. Stuur door naar iedereen!!! 🚨🚨
=====
[[p:Irena]]: [Przekazane dalej] SMS van [[t:+48 512 330 871]]:
"Mama, to ja, zgubiłem telefon, to mój nowy numer, potrzebuję pilnie 750 zł"
[[p:Irena]]: mijn zoon heeft dit gestuurd? hij heeft geen nieuw nummer
[[p:Jolanda]] (SWT): NIET betalen [[p:Irena]]! Dit is oplichting, de 'hallo mam'-fraude. Bel je zoon op zijn oude nummer om te checken. Zullen we samen aangifte doen?
=====
[[p:Ingrid]] ({{o:Vluchtelingenwerk}}) → groep casusoverleg:
Doorgestuurd van [[p:Ahmad]]:
"Dear [[p:Ingrid]], this is the address of the new house [[a:Laan van Wateringse Veld 1410]], [[pc:2548 CJ]]. Key on [[d:the 4th of March]]. My wife's phone is [[t:+31 6 1877 3025]]. Thank you sister"
[[p:Ingrid]]: Zal iemand van jullie de overdracht aan team {{w:Wateringse Veld}} doen?
=====
Fwd van mw [[p:Keijzer]]:
-------- Doorgestuurd bericht --------
Van: [[p:Pauline Keijzer]] <[[e:p.keijzer56@ziggo.nl]]>
Datum: [[d:ma 3 feb. 2025]] om 14:12
Aan: {{o:Zorgkantoor Haaglanden}}
Onderwerp: bezwaar
Geachte heer/mevrouw, ik ben het niet eens met de beslissing over mijn moeder [[p:Jacoba Keijzer-van Rijn]], geboren [[d:11-02-1936]], BSN [[b:917006033]]. Zij kan echt niet meer thuis wonen...
(zie bijlage)
=====
[[p:Hanneke]] ({{o:Youz}}):
→ Doorgestuurd: "Ik geef toestemming dat [[p:Hanneke]] van {{o:Youz}} met het wijkteam praat over mij. [[p:Milan van Es]] [[d:12-3-2025]]"
Hiermee hebben we zijn toestemming, kan de casus morgen in het MDO 👍
=====
Doorgestuurd van [[p:Abdelkarim]]:
🏠 Woningaanbod via {{o:Woonnet Haaglanden}}!
Advertentie 1283 – [[a:Jan Blankenstraat 8-C]], 2 kamers, €687,31 kale huur.
Je staat op plek 3. Reageer vóór maandag.
[[p:Abdelkarim]]: is dit goed voor mij?? 3 kinderen 😅
=====
⤷ doorgestuurd door [[p:Fenna]]
"Hallo, mijn naam is [[p:Kübra]], ik woon in {{w:Moerwijk}}. Ik zoek iemand die mijn moeder kan helpen met brieven in het Turks. Mijn nummer is [[t:0634718820]]"
[[p:Fenna]]: Kwam binnen via Facebook van het buurthuis. Weet iemand een Turkstalige vrijwilliger? {{o:Stichting MOOI}} misschien?
=====
[[p:Sevda]]: ↪️ Forwarded
Randevu hatırlatması: [[p:Sevda Koç]], [[d:25.10.2024]] saat 11:00, Dr. [[p:Emine Sarı]], {{o:Haga Ziekenhuis}}, polikliniek 3.
[[p:Sevda]]: dit is van de dokter, in het Turks gestuurd door de app, kan iemand mee?
=====
Doorgestuurd
"Beste ouder/verzorger, op [[d:vrijdag 20 december]] is de school om 12:00 uit i.v.m. de kerstviering. Groet, team {{o:OBS De Regenboog}}"
[[p:Bianca]]: ik moet dan werken, kan [[p:Ravi]] opvang krijgen?
=====
screenshot tekst (doorgestuurd door [[p:Dilan]]):
"[[p:Dilan Aydemir]] | Klantnr. [[z:204-8871-33]] | Termijnbedrag €45,00 | IBAN [[i:NL61 INGB 0424 5758 374]] | Status: achterstand 3 termijnen"
[[p:Dilan]]: is dat veel??
""")

# ---------------------------------------------------------------------------
# 6. Teams chats among colleagues of different teams and organisations
# ---------------------------------------------------------------------------
add(r"""
[09:02] [[p:Sanne de Wit]] ({{o:Gemeente Den Haag}})
goedemorgen! wie heeft er deze week ruimte voor een nieuwe aanmelding in {{w:Transvaal}}? mw. [[p:Öztürk]], 67, alleenstaand, huurachterstand + vermoedelijk beginnende dementie

[09:05] [[p:Rachid Amrani]] ({{o:Xtra}})
ik zit vol tot vrijdag 😬

[09:11] [[p:Lieke Bakker]] ({{o:Florence}})
ik kan donderdag mee op huisbezoek voor het zorgdeel. adres?

[09:12] [[p:Sanne de Wit]] ({{o:Gemeente Den Haag}})
stuur ik je via Suite, niet hier 👍
=====
[[p:Koen Winter]] 13:40
@[[p:Fleur]] weet jij of de {{r:bewindvoerder}} van dhr [[p:Pereira]] al gereageerd heeft?
[[p:Fleur Hoekstra]] 13:52
nee nog niks. ik heb maandag gemaild en vandaag gebeld, voicemail
[[p:Koen Winter]] 13:53
👍 dan escaleren we via de {{o:rechtbank}}? of is dat te zwaar
[[p:Fleur Hoekstra]] 13:55
laten we eerst [[p:Lamyae]] van {{o:Schuldhulpverlening}} vragen, die kent dat kantoor
=====
Antwoord op [[p:Esra Kaplan]]: "heeft iemand ervaring met vroegsignalering bij Dunea-achterstanden?"
[[p:Daan Visser]] 10:03
ja! bij {{o:Dunea}} kun je via het vroegsignaleringsportaal een signaal krijgen vanaf 2 maanden achterstand. in {{w:Escamp}} doen we dat standaard. ik stuur je de werkinstructie
[[p:Esra Kaplan]] 10:05
super dank je 🙌
=====
Vergadering: Casusoverleg {{w:Segbroek}} / {{w:Loosduinen}}
Chat:
[[p:Marijke Groen]] 14:01: ik hoor jullie niet
[[p:Marijke Groen]] 14:02: ah nu wel
[[p:Youssef Bakkali]] 14:15: link naar het formulier: https://intranet.denhaag.nl/swt/aanmelden (alleen intern)
[[p:Saskia]] ({{o:Parnassia}}) 14:20: voor casus 3 (dhr. [[p:R.]] uit {{w:Kraayenstein}}): hij staat bij ons op de wachtlijst sinds [[d:12 januari]], ik kan kijken of het sneller kan
[[p:Marijke Groen]] 14:22: top [[p:Saskia]]
Opname gestopt
=====
[[p:Thijs van den Heuvel]] (SWT {{w:Laak}}) 16:47
kort vraagje aan de collega's van {{w:Centrum}}: hebben jullie een cliënt [[p:Ahmed Hajji]], geb. [[d:3-7-1988]]? hij zegt dat hij bij jullie in begeleiding is maar we kunnen niks vinden
[[p:Nathalie Blom]] (SWT {{w:Centrum}}) 16:59
ken ik niet. @[[p:Jasper]] jij?
[[p:Jasper Koster]] (SWT {{w:Centrum}}) 17:06
ja die was bij mij in 2022, dossier gesloten. nummer [[z:SWT-CEN-2022-0419]]. stuur me even een bericht privé
=====
[[p:Mieke]] 08:55
Morgen!! ☕ wie neemt vandaag de piketdienst over van [[p:Arie]]? hij is ziek 🤒
[[p:Bas]] 08:58
ik
[[p:Mieke]] 08:58
❤️ held
=====
[[p:Hatice Sahin]] ({{o:Stichting MOOI}})
📌 Vastgepind bericht
Nieuw spreekuur vanaf [[d:3 maart]]: elke maandag 13-15u in de bibliotheek {{w:Schilderswijk}}, voor vragen over brieven, toeslagen en formulieren. Tolken Turks, Arabisch en Tigrinya aanwezig.
👍 7   ❤️ 3
=====
[10:21] [[p:Bart Jansen]] ({{o:GGD Haaglanden}})
Update meldpunt zorg & overlast: melding over bewoner [[a:Pletterijstraat 41-B]] is opgepakt. {{r:Verpleegkundige OGGZ}} [[p:Nicole]] gaat [[d:woensdag 18/9]] langs samen met jullie {{r:wijkverpleegkundige}}?
[10:34] [[p:Roos Verbeek]] ({{o:Buurtzorg}})
dat ben ik 🙋‍♀️ woensdag 10u kan ik
[10:35] [[p:Bart Jansen]] ({{o:GGD Haaglanden}})
👍 ik zet het in de agenda bij [[p:Nicole]]
=====
[[p:Lisa]] {{o:Gemeente}} (Wmo) 11:12
Heeft iemand de nieuwe tarieven eigen bijdrage 2025? De {{o:CAK}} site ligt eruit 🙄
[[p:Peter]] {{r:beleidsmedewerker}} 11:20
€ 21,80 per 4 weken, ongewijzigd t.o.v. vorig jaar. Zie ook art. 3.8 van de verordening.
[[p:Lisa]] {{o:Gemeente}} (Wmo) 11:21
dank!
=====
[[p:Dewi Hartono]] 15:03
Collega's, voorzichtig met WhatsApp-screenshots in het dossier plakken, ik zag gisteren een screenshot met volledige BSN en IBAN van een cliënt in een mail naar {{o:UWV}}. Gebruik Zivver!
[[p:Dewi Hartono]] 15:03
(was niet van ons team hoor 😇)
[[p:Erik]] 15:10
🙈
=====
[[p:Shirley Martina]] 09:31
@[[p:Yvonne Mulder]] de cliënt die je gisteren noemde, mevrouw [[p:Bisschop]] van de [[a:Weimarstraat 112a]] — die ken ik van de {{o:Voedselbank}}, ze staat bij ons ingeschreven onder klantnummer [[z:VBH-30118]]. Haar dochter [[p:Chantal]] haalt het pakket meestal op.
[[p:Yvonne Mulder]] 09:40
oh fijn om te weten! mag ik je even bellen? [[t:06 29 40 17 85]] is mijn werk-mobiel
[[p:Shirley Martina]] 09:41
bel maar 📞
=====
[[p:Gert]] (team {{w:Ypenburg}}) 12:00
Lunch? 🥪
[[p:Priscilla]] (team {{w:Ypenburg}}) 12:01
ja over 10 min in de kantine
=====
[[p:Tim de Vos]] ({{o:Politie}}, {{r:wijkagent}} {{w:Duindorp}}) 20:15
Ter info: vanavond melding huiselijk geweld [[a:Kranenburgweg 78]]. Moeder en 2 kids zijn bij oma in Rijswijk. Ik heb {{o:Veilig Thuis}} ingelicht. Naam moeder [[p:Kimberley]], achternaam [[p:Snijders]].
[[p:Mariëlle Kok]] (SWT {{w:Scheveningen}}) 20:40
Dank [[p:Tim]]. Ik neem morgenvroeg contact op met mw. [[p:Snijders]].
=====
[[p:Jeroen Smit]] ({{o:Gemeente Den Haag}}, SZW) 14:40
@team {{w:Mariahoeve}} vraag van de {{r:klantmanager}}: kan iemand mee naar het gesprek met mw. [[p:Ngoc Anh Tran]] op [[d:26-09]]? Ze spreekt weinig Nederlands en is erg angstig.
[[p:Linh]] ({{o:Humanitas}}) 14:55
Ik spreek Vietnamees 😊 wat is de tijd?
[[p:Jeroen Smit]] ({{o:Gemeente Den Haag}}, SZW) 14:56
10u, Stadhuis. dank je [[p:Linh]]!!
=====
[[p:Wouter Kuipers]] 17:22
heeft iemand het telnr van [[p:Marit]] van {{o:Jeugdbescherming West}}? 
[[p:Naima Chaara]] 17:30
[[t:06-21 40 93 67]], maar ze werkt ma t/m wo
[[p:Wouter Kuipers]] 17:31
merci 🙏
=====
[[p:Annemarie]] ({{o:Respect Zorggroep}}) 10:05
Dhr. [[p:Doornbos]] is vannacht overleden 🕯️ ([[a:Theresiastraat 412]]). Familie is op de hoogte. Willen jullie de Wmo-voorzieningen stopzetten? Trippelstoel en alarm.
[[p:Fatima]] ({{r:Wmo-adviseur}}) 10:12
Gecondoleerd. Ik regel het vandaag. Weet jij wie contactpersoon is van de familie?
[[p:Annemarie]] ({{o:Respect Zorggroep}}) 10:14
zijn zoon [[p:Harm Doornbos]], [[e:harm.doornbos@outlook.com]]
""")

# ---------------------------------------------------------------------------
# 7. Slack-style channels (handles, threads, reactions, emoji codes)
# ---------------------------------------------------------------------------
add(r"""
#swt-escamp-intake
[[p:jmeijer]]  9:14 AM
nieuwe aanmelding via huisarts: mw [[p:k. ramlal]], [[a:Erasmusweg 1104]], vraag om hulp bij administratie na overlijden partner. wie pakt op?
[[p:sabrina.o]]  9:20 AM
ik :raised_hand:
[[p:jmeijer]]  9:21 AM
:pray: thx [[p:Sab]]
=====
#algemeen
[[p:Ruben]] (facilitator pilot)  11:02
@here herinnering: expertmeeting thema bemoeizorg is [[d:donderdag 17 april]] 13:00–16:30, zaal 4.12 in het Atrium. Graag vóór vrijdag aanmelden via het formulier. :calendar:
:+1: 14  :eyes: 2
=====
[[p:nadia.elyoussfi]]  2:41 PM
weet iemand hoe lang de wachttijd nu is bij {{o:Indigo}} voor een intake?
    3 antwoorden
    [[p:pieter-bas]]  2:45 PM
    bij ons laatst 9 weken
    [[p:nadia.elyoussfi]]  2:46 PM
    auw
    [[p:m.tahiri]]  3:01 PM
    via de {{r:POH-GGZ}} soms sneller, vraag naar dr. [[p:Ooms]] in {{w:Moerwijk}}, die is er goed in
=====
[[p:lotte_vd_berg]] 16:20
:warning: cliënt [[p:Jamal]] ([[p:J.K.]], {{w:Spoorwijk}}) heeft vandaag gedreigd aan de balie. Niemand gewond, politie is geweest. Ga niet alleen op huisbezoek tot het MDO van [[d:14/10]].
[[p:kevin.b]] 16:25
noted :+1:
[[p:a.bouzid]] 16:31
dank voor de melding [[p:Lotte]] :heart:
=====
[[p:ilse]] 10:03
iemand nog een tolk Tigrinya nodig? [[p:Semhar]] van de {{o:tolkentelefoon}} heeft [[d:vrijdag 6/12]] nog ruimte
[[p:dirk-jan]] 10:15
ja! voor mw [[p:Tekle]] (huisbezoek [[a:Fahrenheitstraat 522]]), 11u. kun je haar vastleggen?
[[p:ilse]] 10:16
:white_check_mark:
=====
#swt-mariahoeve-ouderen
[[p:Corrie]] ({{r:ouderenconsulent}}) 08:40
Goedemorgen! Vandaag in het wijkcentrum de valpreventie-cursus, 10:00-11:30. Nog 3 plekken vrij. :older_woman::older_man:
[[p:Hassan]] 08:55
ik stuur dhr [[p:Wijnands]] en mw [[p:Eggink]] door, ok?
[[p:Corrie]] ({{r:ouderenconsulent}}) 08:56
top!
=====
[[p:brenda.k]] 13:14
heeft iemand dit eerder gezien? client krijgt brief dat zijn DigiD is ingetrokken, nummer van de brief [[z:DGD-2025-118447]]. hij heeft niks aangevraagd
[[p:olaf]] 13:20
klinkt als fraude, laat hem de {{o:Logius}}-helpdesk bellen. niet het nummer op de brief!
[[p:brenda.k]] 13:21
:face_with_monocle: goed punt
=====
[[p:mo.benali]] (SWT {{w:Stationsbuurt}})  11:48
kan iemand van de {{o:Kessler Stichting}} bevestigen dat [[p:Ricardo Tavares]] weer in de dagopvang is? zijn moeder belt elke dag, [[t:+351 912 448 310]], ze woont in Portugal
[[p:femke.kessler]]  12:02
ja hij was er vanochtend. ik zeg tegen hem dat hij zijn moeder moet bellen :slightly_smiling_face:
=====
[[p:sanne]] 09:00
:coffee:
[[p:sanne]] 09:00
wie is er al?
[[p:youri]] 09:02
ik, op de 3e
=====
[[p:Gijs]] 15:30
@[[p:Anna]] @[[p:Mehmet]] kunnen jullie vrijdag de overdracht doen van de 4 casussen van [[p:Ellen]]? ze gaat met zwangerschapsverlof vanaf [[d:1 juni]] :baby_bottle:
[[p:Mehmet]] 15:41
yes
[[p:Anna]] 15:50
kan pas na 14u
=====
[[p:m.vandam]]  10:10
:loudspeaker: de {{o:Belastingdienst}} belt cliënten niet via WhatsApp. Er gaat weer een nepbericht rond met "Toeslagen: u heeft recht op € 1.250 terugbetaling, klik hier". Graag doorgeven aan jullie cliënten.
:+1: 22
=====
[[p:jessica.r]] 17:48
morgen kan ik niet bij het overleg, [[p:zoë]] is ziek :face_with_thermometer: kan iemand notuleren?
[[p:henk.groen]] 17:52
doe ik
=====
thread in #casus-vragen
[[p:shirin]]: hoe gaan jullie om met een cliënt die geen toestemmingsverklaring wil tekenen maar wél hulp wil?
[[p:bart.m]]: wij maken dan alleen afspraken met de cliënt zelf, zonder andere partijen. wel noteren dat hij weigert
[[p:fleur]]: + bespreken waarom. vaak is het wantrouwen tegen de gemeente (toeslagenaffaire!)
[[p:shirin]]: 🙏 nuttig
=====
[[p:p.lont]]  14:14
wie heeft de sleutel van de fietsenstalling
[[p:p.lont]]  14:14
nvm gevonden
""")

# ---------------------------------------------------------------------------
# 8. Chats without personal data (look-alikes: times, amounts, rooms, years,
#    general phone lines, PO boxes, street names without a number)
# ---------------------------------------------------------------------------
add(r"""
[09:01] wie heeft de sleutel van kamer 2.14?
[09:03] ligt bij de receptie 🔑
=====
Herinnering team {{w:Laak}}: teamoverleg verplaatst van 13:30 naar 14:00, zaal 3.07. Neem je laptop mee 💻
=====
📢 Vanaf week 37 is het inloopspreekuur van het {{o:Servicepunt XL}} {{w:Moerwijk}} op dinsdag én donderdag van 9:00 tot 12:00. Voor vragen: bel het algemene nummer 14 070.
=====
hoeveel was de bijzondere bijstand voor een wasmachine ook alweer? max € 450 of € 500?
→ € 475 sinds 2024, incl. bezorging
=====
Post voor de {{o:Kredietbank}} altijd naar het antwoordnummer: Postbus 16100, 2500 BC Den Haag. Niet naar het bezoekadres aan de Wijnhaven!
=====
[14:20] tram 11 rijdt niet tussen Hollands Spoor en Scheveningen Haven ivm werkzaamheden 🚧 houd rekening met 20 min extra naar huisbezoeken in {{w:Duindorp}}
=====
wie weet het percentage kwijtschelding gemeentelijke belastingen bij bijstandsnorm? 100% toch?
ja 100%, tot 110% van de norm soms gedeeltelijk
👍
=====
Team {{w:Bezuidenhout}}
[11:15] de printer op de 4e is weer stuk 🙄 ticket aangemaakt bij ICT
[11:16] ah dat verklaart het
[11:40] werkt weer
=====
⚠️ Let op: het nummer van {{o:Veilig Thuis}} is 0800-2000 (gratis, 24/7). Hang het in jullie spreekkamers!
=====
ff checken: de eigen bijdrage Wmo is € 21,80 per 4 weken, ook voor mensen boven de AOW-leeftijd toch?
klopt, behalve bij een {{o:CAK}}-vrijstelling
=====
📊 Cijfers Q3 (alle 24 teams): 1.184 nieuwe aanmeldingen, 61% via huisarts of zelfmelding, gem. doorlooptijd 4,2 maanden. Presentatie volgt in het overleg van oktober.
=====
Is er iemand die Papiamento spreekt in team {{w:Rustenburg}}-{{w:Oostbroek}}? We hebben een tolk nodig voor een huisbezoek volgende week 🙏
=====
[16:58] de deur van de personeelsingang klemt weer, code is nog steeds hetzelfde (zie intranet)
[16:59] 😂 klassiek
=====
Workshop 'Schulden en schaamte' – door {{o:Schuldhulpverlening Den Haag}} en {{o:Stichting MOOI}}. Locatie: wijkcentrum aan de Zuiderparklaan, zaal B. Tijd 9:30–12:00. Max 25 deelnemers. Aanmelden via het intranet. 🎓
=====
iemand een idee hoe lang een beschikking huishoudelijke ondersteuning nu duurt? bij ons 8 weken 😩
bij ons 6
in {{w:Escamp}} 10 zelfs
=====
[08:30] goedemorgen allemaal 🌞
[08:31] morgen! ☕☕
[08:32] 🥐
=====
Pilot "Samen werken in het sociale domein": de themagroep Jeugd komt in februari bij elkaar, de expertmeeting is in april en de afsluiting in juni. Stem vóór het eind van de maand op de vier thema's! 🗳️
=====
📎 Handig: het {{o:Juridisch Loket}} is bereikbaar via 0900-8020 (lokaal tarief). Het {{o:Sociaal Raadslieden}}-spreekuur is op woensdag in de Centrale Bibliotheek, Spui.
=====
Even ter info: artikel 2.3.5 lid 4 van de Wmo gaat over het verslag van het onderzoek, dat moet je binnen 6 weken na de melding afronden.
=====
[10:02] kan iemand vandaag om 15u de groep in de Hobbemastraat overnemen? 
[10:05] welke groep?
[10:05] de taalcafé-groep, 8 deelnemers, niveau A1
[10:12] ik kan 👍
=====
Grapje van de dag: "heb je die cliënt al teruggebeld?" – "ja, 4 keer, 3 voicemails en 1 spraakoproep in de wacht gezet" 😅
=====
Vergadering geëindigd: 1 u 12 min
Opname en transcriptie zijn beschikbaar in Stream
""")

# ---------------------------------------------------------------------------
# 9. Longer client threads, mixed languages, deleted / edited messages
# ---------------------------------------------------------------------------
add(r"""
[[d:27-05-24]] 10:10 - [[p:Houria]]: salam [[p:Ilham]] kifach? 
[[d:27-05-24]] 10:11 - [[p:Houria]]: Dit bericht is verwijderd
[[d:27-05-24]] 10:12 - [[p:Houria]]: sorry verkeerde foto 😅
[[d:27-05-24]] 10:12 - [[p:Houria]]: <Media weggelaten>
[[d:27-05-24]] 10:30 - [[p:Ilham]] {{r:maatschappelijk werker}}: Wa alaikum salam [[p:Houria]], labas hamdulillah. Ik zie de brief van de {{o:SVB}}. Ze vragen om een kopie van het huurcontract en je bankafschriften van 3 maanden. Kun je die donderdag meenemen?
[[d:27-05-24]] 10:41 - [[p:Houria]]: wakha, inshallah
[[d:27-05-24]] 10:42 - [[p:Houria]]: moet ik ook de papieren van [[p:Yassine]] meenemen? hij woont nog bij mij
[[d:27-05-24]] 10:44 - [[p:Ilham]] {{r:maatschappelijk werker}}: Ja graag, zijn loonstrook ook, want hij telt mee als medebewoner.
=====
[[d:03-03-2025]] 19:30 - [[p:Jennifer]] (mama [[p:Ryan]]): hoi [[p:Bas]], [[p:Ryan]] heeft vandaag weer een schorsing gekregen. 3 dagen. ik weet het echt niet meer 😭
[[d:03-03-2025]] 19:31 - [[p:Jennifer]] (mama [[p:Ryan]]): hij zegt dat hij niks gedaan heeft
[[d:03-03-2025]] 19:55 - [[p:Bas]] {{r:jeugdconsulent}}: Hoi [[p:Jennifer]], wat vervelend. Weet je waar het over ging? Ik kan morgen met de {{r:mentor}} bellen, mevr. [[p:Dekker]] toch?
[[d:03-03-2025]] 20:02 - [[p:Jennifer]] (mama [[p:Ryan]]): ja. [[p:Dekker]]. het ging over een vechtpartij op het schoolplein maar hij werd zelf ook geslagen
[[d:03-03-2025]] 20:03 - [[p:Jennifer]] (mama [[p:Ryan]]): <dit bericht is bewerkt>
[[d:03-03-2025]] 20:05 - [[p:Bas]] {{r:jeugdconsulent}}: Oké. Ik bel morgen om 8:30 en laat je daarna weten wat ze zeggen. Probeer vanavond rustig met hem te praten 🙏
=====
[[p:Agnieszka]]: czy mogę przyjść jutro? mogę przyjść z [[p:Jakub]]?
[[p:Agnieszka]]: sorry in dutch: can i come tomorrow with my son
Jij: Ja, natuurlijk! Tak 😊 10:00, Servicepunt {{w:Laak}}. Do zobaczenia!
[[p:Agnieszka]]: 👍👍
=====
[[p:Meryem]] 🌙: [[p:Leonie]] abla, the school wants a meeting with me and [[p:Hüseyin]] about [[p:Elif]]
[[p:Meryem]] 🌙: my husband works nights
[[p:Leonie]] CJG: Hoi [[p:Meryem]]! Geen probleem, ik vraag of het in de middag kan. Welke school is het?
[[p:Meryem]] 🌙: {{o:Al Ihsan}} basisschool, juf [[p:Sanae]]
[[p:Leonie]] CJG: Ik bel juf [[p:Sanae]] 👍
=====
[[p:Roel]] (wijkteam): Dag mevrouw [[p:Verschoor]], ik wil u even laten weten dat de traplift goedgekeurd is 🎉 De monteur belt u voor een afspraak.
[[p:Verschoor]] [[p:Annie]]: Wat fijn meneer [[p:Roel]], ik ben er stil van. Komen ze ook de oude leuning weghalen?
[[p:Roel]] (wijkteam): Dat vraag ik na!
[[p:Verschoor]] [[p:Annie]]: Bedankt. Groetjes ook van [[p:Dirk]] (mijn man)
=====
[[d:20-12-23]] 16:12 - [[p:Kofi]] [[p:Asante]]: good afternoon madam [[p:Esther]]
[[d:20-12-23]] 16:12 - [[p:Kofi]] [[p:Asante]]: i receive letter from {{o:DUO}}, they say i must pay 142 euro every month. i dont have this money
[[d:20-12-23]] 16:40 - [[p:Esther]] {{o:Stichting MOOI}}: Hi [[p:Kofi]], you can ask {{o:DUO}} for a lower amount ("draagkrachtmeting"). We can do it together online. Do you have DigiD?
[[d:20-12-23]] 16:44 - [[p:Kofi]] [[p:Asante]]: yes but i forget password 🙈
[[d:20-12-23]] 16:45 - [[p:Esther]] {{o:Stichting MOOI}}: 😄 no problem, we reset it together. [[d:Wednesday 3 January]] 14:00 at the wijkcentrum in {{w:Transvaal}}?
[[d:20-12-23]] 16:46 - [[p:Kofi]] [[p:Asante]]: ok God bless you 🙏
=====
[[p:Aysel]]: hocam merhaba, ik ben verhuisd 🏠
[[p:Aysel]]: nieuw adres [[a:De la Reyweg 623]] [[pc:2571 EZ]]
[[p:Aysel]]: de oude woning aan de [[a:Kempstraat 33-III]] heb ik gisteren sleutels ingeleverd
[[p:Cor]] SWT: Gefeliciteerd [[p:Aysel]]! 🎉 Vergeet niet de adreswijziging bij de gemeente en je zorgverzekeraar. Ik pas het aan in ons systeem.
=====
[[p:Rashid]]: brother i need help
[[p:Rashid]]: the landlord say i must go out before friday
[[p:Rashid]]: 📍 Locatie: [[a:Zeeheldenkade 19-B]]
[[p:Nick]] (SWT {{w:Centrum}}): Hi [[p:Rashid]], he can't just put you out, he needs a court decision. Don't leave. I'll call you in 15 min.
=====
[[d:07-06-2024]] 08:12 - Mevr. [[p:Sitompul]]: Selamat pagi. Ik ben vannacht gevallen naast het bed, alarm werkte niet
[[d:07-06-2024]] 08:20 - [[p:Ivo]] {{r:wijkverpleegkundige}}: Goedemorgen mevrouw, wat naar! Heeft u pijn? Ik kom om 9 uur langs. Ik bel ook de alarmcentrale over de halszender.
[[d:07-06-2024]] 08:21 - Mevr. [[p:Sitompul]]: Een beetje pijn in de heup. [[p:Robert]] komt ook (mijn zoon)
=====
[[p:Shanice]] 💅🏾: hoe laat is het gesprek bij de bank ook alweer
[[p:Shanice]] 💅🏾: en moet ik [[p:Djaimy]] meenemen
Jij: 11:15 bij de {{o:ING}} op de Grote Marktstraat. [[p:Djaimy]] mag mee als je wil 🙂
[[p:Shanice]] 💅🏾: oké 👍
=====
[[p:Beata]] ({{o:Barka}}): [[p:Rafał]] wil niet naar de opvang, hij slaapt weer buiten bij het station. Wil jij een keer langs, hij kent jou nog
[[p:Stefan]] (outreach): yes, ik ga vanavond met [[p:Wojtek]] van de nachtploeg. ik neem koffie en een slaapzak mee
=====
[[d:29-08-24]] 11:03 - +31 6 41 93 22 80: Goedemiddag, ik ben [[p:Karin Verbeek]], {{r:mentor}} van mevrouw [[p:Hoogstraten]]. Ik wil graag een afspraak maken over haar woonsituatie.
[[d:29-08-24]] 11:45 - [[p:Floor]] SWT {{w:Loosduinen}}: Goedemiddag mevrouw [[p:Verbeek]], fijn dat u contact opneemt. Kan het [[d:dinsdag 3/9]] om 14.00 bij mevrouw thuis?
[[d:29-08-24]] 11:50 - +31 6 41 93 22 80: Prima. Tot dan
=====
[[p:Omar]] 🇸🇾: مرحبا [[p:Marloes]]
[[p:Omar]] 🇸🇾: sorry, hello. the Wmo wheelchair is broken again. the wheel
[[p:Marloes]]: Hoi [[p:Omar]], vervelend! Bel de leverancier ({{o:Welzorg}}), hun nummer staat op de sticker achterop de stoel. Lukt dat? Anders bel ik.
[[p:Omar]] 🇸🇾: please you call, my Dutch not good on phone
[[p:Marloes]]: Doe ik 👍
=====
[[p:Chandni]]: [[p:Lars]] is mijn bankpas al binnen?
[[p:Lars]] {{r:bewindvoerder}}: Hoi [[p:Chandni]], ja, hij is vandaag gestuurd naar [[a:Parallelweg 140-A]]. Je leefgeld staat er vrijdag op: € 60 per week zoals afgesproken.
[[p:Chandni]]: 🥲 is weinig
[[p:Lars]] {{r:bewindvoerder}}: Ik weet het. Over 3 maanden kijken we opnieuw, als de achterstand bij {{o:Eneco}} weg is.
=====
Jij: Hallo meneer [[p:Koç]], ik ben [[p:Maaike]] van het sociaal wijkzorgteam. Ik heb uw nummer van dokter [[p:van Tongeren]]. Mag ik u bellen?
[[p:Ömer]] [[p:Koç]]: Wie?
Jij: Het wijkzorgteam {{w:Schilderswijk}}. Uw {{r:huisarts}} vroeg ons om u te helpen met de post.
[[p:Ömer]] [[p:Koç]]: ah ja. bel maar morgen. vandaag cami
=====
[[p:Imani]] 🌸: [[p:Mireille]] ik heb eindelijk de verklaring van de school
[[p:Imani]] 🌸: 📄 verklaring_[[p:imani_mwangi]].pdf (1 pagina)
[[p:Mireille]] (SWT): Top [[p:Imani]]! Die stuur ik door naar de studiefinanciering. 👏
=====
[[d:16-10-24]] 09:45 - [[p:Gülay]] hanım: Günaydın [[p:Esra]] hanım
[[d:16-10-24]] 09:46 - [[p:Gülay]] hanım: ik heb de energietoeslag niet gekregen, de buurvrouw wel
[[d:16-10-24]] 09:58 - [[p:Esra]] {{o:Haagse Wijk- en Woonzorg}}: Günaydın! De energietoeslag 2024 kun je nog aanvragen tot eind december. Ik help je. Heb je je BSN en rekeningnummer bij de hand? (niet hier sturen 😊)
[[d:16-10-24]] 10:01 - [[p:Gülay]] hanım: BSN [[b:2461.87.739]]
[[d:16-10-24]] 10:01 - [[p:Gülay]] hanım: oeps 🙈
=====
[[p:Ton]]: Hallo [[p:Esmée]]. Is mijn aanvraag bij de {{o:Voedselbank}} al rond?
[[p:Esmée]] (Wijkteam): Hoi [[p:Ton]], ja! Je kunt vanaf volgende week vrijdag je pakket ophalen bij het uitgiftepunt in de kerk aan de Escamplaan, tussen 14.00 en 15.30. Je klantnummer is [[z:VB-H-20841]].
[[p:Ton]]: Geweldig. Bedankt meid.
=====
[[p:Claudia]] 🇨🇼: Bon nochi [[p:Hilde]]. Mi ta preokupá pa mi yu [[p:Jurensley]]. Hij komt niet thuis sinds zaterdag
[[p:Claudia]] 🇨🇼: hij is 16
[[p:Hilde]] ({{o:CJG}}): Hoi [[p:Claudia]], dat is heel zorgelijk. Heb je de politie gebeld om hem als vermist op te geven? Dat kan via 0900-8844. Ik bel je morgen om 8 uur.
[[p:Claudia]] 🇨🇼: ja al gedaan. danki
""")

# ---------------------------------------------------------------------------
# 10. More colleague chats: pasted lists and tables, hand-overs, lazy typing
# ---------------------------------------------------------------------------
add(r"""
[[p:Marleen]] (SWT {{w:Morgenstond}}) 08:47
planning huisbezoeken vandaag, wie kan er één overnemen? ik sta met een lekke band 🚲💥
09:30 | mw [[p:de graaf]] | [[a:Melis Stokelaan 2211]] | herindicatie HH
11:00 | dhr [[p:Oduya]] | [[a:Anthony Fokkerweg 41-2]] | schulden, intake
13:30 | fam. [[p:Ramdin]] | [[a:Dedemsvaartweg 500]] | met {{r:jeugdconsulent}}
15:00 | mw [[p:Lachhab]] | telefonisch | evaluatie
[[p:Tom]] ({{o:Xtra}}) 08:55
ik neem 11:00 👍
[[p:Marleen]] (SWT {{w:Morgenstond}}) 08:56
❤️
=====
[[p:Ayoub]] 14:02
[[p:lisa]] heb je nog het iban van de vrijwilligersvergoeding voor [[p:Gerda]]? de administratie vraagt erom
[[p:Lisa Mol]] 14:09
[[i:NL26ABNA9652426636]] t.n.v. [[p:G. Hendriks-Kok]]
[[p:Ayoub]] 14:10
thanks 🙏
=====
[[p:Wilma Schouten]] – {{r:casusregisseur}} {{w:Leyenburg}}
[11:30] Overdracht ivm verhuizing cliënt naar Zoetermeer:
Naam: [[p:Roy Lachman]]
Geb.: [[d:14-09-1979]]
BSN: [[b:553371022]]
Nieuw adres: [[a:Dorpsstraat 18]], [[pc:2712 AC]] Zoetermeer
Tel: [[t:06-48 55 71 02]]
Dossier: [[z:SWT-LEY-2023-0877]]
Wie is de contactpersoon bij het wijkteam in Zoetermeer?
[11:42] [[p:Rob]] ({{o:gemeente}})
Niet via Teams graag! 🙏 gebruik het beveiligde overdrachtsformulier. Contact Zoetermeer: het algemene nummer van het sociaal team, 14 079.
=====
[[p:freek]] 10:21
morgen iemand mee naar de rechtbank? zitting [[p:ouled]] (ontruiming), 9:30 Prins Clauslaan
[[p:Yasmine]] 10:25
ja ik. ben zijn {{r:mw'er}} geweest vorig jaar
=====
[[p:Danielle]] {{o:Ipse de Bruggen}} 13:00
Hoi collega's, [[p:Sem]] (onze cliënt, LVB) gaat per [[d:1 november]] zelfstandig wonen in {{w:Zuiderpark}}. Begeleiding blijft 6 u/week. Wie is daar de {{r:MEE-consulent}}?
[[p:Berend]] {{o:MEE}} 13:12
dat ben ik 👋 stuur me zijn gegevens via de beveiligde mail
=====
[[p:Priya Ramautar]] 09:15
Vraag uit de praktijk: mw. (82, {{w:Waldeck}}) wil haar pinpas aan de buurjongen geven om boodschappen te doen. Hoe gaan jullie daarmee om? 
[[p:Hans de Boer]] 09:30
wij adviseren een tweede pas met limiet via de bank, of een boodschappenlijstje + contant. nooit de pincode delen
[[p:Priya Ramautar]] 09:31
top, dank
=====
[[p:Fenna]] 16:05
@[[p:Jort]] mw [[p:bouchta]] heeft gebeld, ze krijgt het {{o:jongerenwerk}} niet te pakken over haar zoon [[p:anouar]], kan jij [[p:Abdel]] van {{o:Xtra}} even pingen?
[[p:Jort]] 16:07
gedaan
=====
[[p:Marco]] (SWT) 11:00
Wie kent [[p:Yolanda]] van {{o:Bureau Schuldhulp}}? Ze heeft me gemaild vanaf [[e:y.martis@schuldhulpdh.nl]] over mw. [[p:Anthonia]] maar ik krijg geen antwoord
[[p:Ellen]] 11:05
die werkt alleen ma/di. probeer [[t:070 - 752 80 41]], dat is haar directe lijn
=====
[[p:Hüsnü]] (SWT {{w:Transvaal}}) 15:12
kleine check: de {{o:Voedselbank}} gebruikt nu de norm van € 290 per volwassene + € 105 per kind leefgeld? of is dat veranderd in 2025?
[[p:Tanja]] 15:20
veranderd naar € 300 / € 110 per maand. sinds januari
=====
[[p:Ronald]] 09:03
[[p:Jolien]] ik zie dat je [[p:Tariq]] vandaag hebt ingepland maar die zit in de PI tot [[d:15 maart]]
[[p:Jolien]] 09:04
oeps 🙈 dank je, ik annuleer
=====
[[p:Noor]] ({{o:Haag Wonen}}) 14:33
Hoi team {{w:Moerwijk}}, we hebben een woning vrij voor urgentie: [[a:Zwartsluisstraat 75]], 3 kamers, begane grond. Past dat bij de gezinscasus die jullie noemden? (mw. [[p:Samatar]], 4 kids)
[[p:Kim]] (SWT {{w:Moerwijk}}) 14:40
JA 😍 ik bel haar nu
=====
[[p:Rianne]] 12:00
iemand een goede Turkssprekende {{r:POH}}? [[p:Aylin]]? die zat toch in {{w:Laak}}
[[p:Kerem]] 12:04
[[p:Aylin Demirtaş]] werkt nu in {{w:Wateringse Veld}}, gezondheidscentrum. Bel via de praktijk
=====
[[p:Astrid]] 10:14
Wie neemt de notulen van de kick-off? 🙋
[[p:Astrid]] 10:14
Themakeuze: ouderen, huiselijk geweld, bemoeizorg, jeugd (in volgorde van stemmen)
[[p:Rutger]] ({{o:CAOP}}) 10:20
Goed bezig allemaal! Ik stuur de presentatie na.
=====
[[p:Zoë Lambrecht]] (Wmo) 08:40
Wmo-melding binnengekomen voor [[p:W. Oosterhout]] [[a:Laan van Eik en Duinen 88]], meldingsnummer [[z:2024-118873]]. Iemand van {{w:Loosduinen}} die hem kent?
[[p:Jan-Willem]] 08:52
ja ik, loopt al bij mij. koppel maar aan mijn naam
=====
[[p:esther]] 17:02
ik ben [[d:vr 22/3]] vrij, mijn cliënten kunnen bij [[p:Naomi]] terecht. @[[p:Naomi]] ok?
[[p:Naomi]] 17:05
👌🏽
=====
[[p:Vincent]] ({{o:Leger des Heils}}) 19:40
Dhr. [[p:Bergkamp]] ([[d:15-02-1961]]) is vandaag aangemeld voor de nachtopvang. Hij noemt jullie {{r:wijkverpleegkundige}} [[p:Astrid]] als vaste contactpersoon. Klopt dat?
[[p:Astrid Roelofs]] 20:05
Klopt! Fijn dat hij binnen is. Ik kom morgen langs
=====
[[p:Karin]] ({{o:Gemeente Den Haag}})
kun je dit verwerken in het systeem:
klant: [[p:Mohamed Ouchan]] / bsn [[b:499999885]] / iban [[i:NL68INGB0485157391]]
bijzondere bijstand bril € 189,-
[[p:Simone]]:
verwerkt ✅ (en ik heb je bericht gemeld bij de privacy officer, nummers horen niet in Teams 😉)
=====
[[p:abdel]] 11:15
ik ben bij mw [[p:eddahbi]], ze doet niet open. heeft iemand haar nr?
[[p:Sarita]] 11:18
[[t:0624 81 90 33]] (staat in suite)
[[p:abdel]] 11:19
👍 dank
""")

# ---------------------------------------------------------------------------
# 11. More client and family chats: contact cards, locations, requests
# ---------------------------------------------------------------------------
add(r"""
[[p:Petya]]: здравейте, hello [[p:Annemieke]]
[[p:Petya]]: 📇 Contact: [[p:Georgi Dimitrov]] [[t:+359 88 741 2290]]
[[p:Petya]]: this is my brother, he come to Holland next week, he can also get help with work?
[[p:Annemieke]] SWT: Hi [[p:Petya]]! When he lives in The Hague and is registered at the gemeente, yes. First he needs a BSN. I'll explain when you come on [[d:Thursday 10 October]] 🙂
[[p:Petya]]: благодаря! thank you
=====
Mevrouw [[p:Dijkstra]] 👓: Goedemorgen. Kunt u mij ook helpen met een formulier van de notaris? Het gaat over het huis van mijn overleden broer [[p:Klaas]] in Friesland.
[[p:Hester]] ({{r:ouderenconsulent}}): Goedemorgen mevrouw [[p:Dijkstra]]. Daarvoor kunt u beter naar het {{o:Juridisch Loket}} of de notaris zelf. Ik kan wel met u meebellen als u dat fijn vindt.
Mevrouw [[p:Dijkstra]] 👓: Heel graag.
=====
[[p:Jamila]]: tikkie van [[p:Ahmed]] voor de taxi naar het ziekenhuis, 18,50. moet ik dat zelf betalen of is dat vergoed?
[[p:Jamila]]: Betaalverzoek: € 18,50 voor "taxi mama" – [[i:NL96ASNB2296303423]] – [[p:A. el Haddouti]]
[[p:Jelle]] (SWT): Vervoer naar het ziekenhuis wordt soms vergoed door de zorgverzekering. Welke heeft je moeder? Dan zoek ik het op.
[[p:Jamila]]: {{o:VGZ}}
=====
[[p:Fikre]]: selam [[p:Jorien]] 🙏
[[p:Fikre]]: my daughter [[p:Saba]] have fever 39.5 what to do, doctor is closed
[[p:Jorien]] {{o:Vluchtelingenwerk}}: Hi [[p:Fikre]], call the huisartsenpost: 070 346 96 69. They are open at night. If she is very sick, call 112.
[[p:Fikre]]: yekenyeley 🙏
=====
[[p:Najib]] 🇦🇫: salam [[p:Michiel]] jan
[[p:Najib]] 🇦🇫: tashakor for help yesterday. the letter from gemeente i send to you now
[[p:Najib]] 🇦🇫: ‎document weggelaten
[[p:Michiel]] (Wmo): Graag gedaan [[p:Najib]]! Ik zie het, het is de beschikking voor de rolstoel voor [[p:Nazanin]], goedgekeurd ✅ Nummer [[z:WMO-2025-00314]]. Leverancier neemt contact op.
=====
[[p:Xiu Ying]]: 您好 [[p:Marieke]] 小姐
[[p:Xiu Ying]]: my son [[p:Jun]] will translate:
[[p:Jun]] [[p:Chen]]: Hi, this is [[p:Jun]]. My mother wants to ask if the appointment on [[d:18 november]] can be at 15:00 instead of 10:00, because she works in the restaurant in the morning
[[p:Marieke]] SWT: Dag [[p:Jun]], geen probleem, 15:00 is goed! 谢谢 🙂
=====
[[p:Stanisław]] 🇵🇱: pani [[p:Kasia]]
[[p:Stanisław]] 🇵🇱: 📍 Live locatie gedeeld
[[p:Stanisław]] 🇵🇱: ik sta bij het verkeerde gebouw denk ik
[[p:Kasia]] tolk: Pan [[p:Stanisław]], proszę iść do budynku obok, nr 2, wejście od tyłu. Naast de bibliotheek. 😊
=====
[[p:Lucía]]: Hola [[p:Femke]] 🙂 la trabajadora social de mi hija es [[p:Marisol Díaz]], ella dice que te puede llamar
[[p:Lucía]]: [[t:+34 622 81 90 44]]
[[p:Femke]] (SWT): Gracias [[p:Lucía]]! Ik bel haar morgen, met Engels komen we er wel uit 😊
=====
Moeder van [[p:Dylan]]: hoe laat moet hij morgen bij de {{r:psycholoog}} zijn
[[p:Wim]] {{o:CJG}}: 16:00 bij {{o:Youz}}, Lijnbaan. Zal ik er ook bij zijn?
Moeder van [[p:Dylan]]: ja aub
=====
[[p:Hamid]]: assalamu alaikum
[[p:Hamid]]: ik ben dhr [[p:Hamid Bouzerda]] van de [[a:Soendastraat 22 hs]], mijn vrouw [[p:Karima]] zegt dat u kan helpen met de kinderbijslag van [[p:Rayan]] die is gestopt
[[p:Hamid]]: hij is 18 geworden op [[d:4 januari]]
[[p:Rob]] (SWT {{w:Laak}}): Wa alaikum salam meneer [[p:Bouzerda]]. Klopt, de kinderbijslag stopt bij 18 jaar. [[p:Rayan]] kan zelf studiefinanciering of zorgtoeslag aanvragen. Zullen we een afspraak maken met hem erbij?
=====
Zuster [[p:Ineke]]: hoe gaat het vandaag met u?
[[p:Piet]] [[p:Bakker]]: Beter. Ik heb gegeten
Zuster [[p:Ineke]]: 👏 Goed zo meneer [[p:Bakker]]!
=====
[[p:Suus]]: heb je die folder van de {{o:Mantelzorgcentrale}} nog?
[[p:Suus]]: mijn zus [[p:Manon]] zorgt voor mijn vader [[p:Gerard]] en ze loopt op haar tenen
[[p:Naomi]] (buurtteam): Ja! Ik breng hem morgen langs. Ze kan ook bellen met de mantelzorgconsulent, dat is gratis.
=====
[[p:Edwin]] ✝️: gooedemiddag juf [[p:Carla]]
[[p:Edwin]] ✝️: De meneer van de woning zegt dat ik moet verhuizen voor renovatie naar een wisselwoning [[a:Apeldoornselaan 147]] maar ik wil niet weg bij mijn moeder
[[p:Carla]] (wijkteam): Hoi [[p:Edwin]], ik begrijp het. Bij renovatie mag je vaak terugkomen. Ik vraag het na bij {{o:Vestia}}. Je moeder woont toch op [[a:Apeldoornselaan 210]]? Dan is het vlakbij 😊
=====
[[p:Mirela]]: Buna ziua
[[p:Mirela]]: ik heb brief van {{o:CJIB}}, boete 390 euro voor fiets zonder licht??? 😳
[[p:Marieke]] (SWT): Buna ziua [[p:Mirela]] 🙂 Een boete voor fiets zonder licht is geen 390. Stuur een foto? Misschien is het verhoogd omdat hij niet op tijd is betaald. Dan kun je een betalingsregeling aanvragen.
=====
Fam. [[p:Nooitgedacht]]: Goedenavond, wij willen u bedanken voor alle hulp. Sinds de schuldsanering rond is slapen we weer. Groeten [[p:Marja]] en [[p:Peter]] 🌷
=====
Berichten met [[p:Ma Xiaoling]] 
[[p:Ma Xiaoling]]: 你好
[[p:Ma Xiaoling]]: thank you for the form
Jij: Graag gedaan mevrouw [[p:Ma]]! Nog vragen? 😊
=====
[[p:Anand]] (broer mw [[p:Jagroep]]): goedemorgen, ik wil even zeggen dat [[p:Kavita]] weer thuis is uit het {{o:Parnassia}}. ze is wel nog erg moe
[[p:Ellen]] SWT: Goedemorgen [[p:Anand]], fijn om te horen. Is er een afspraak met de {{r:ambulant begeleider}}?
[[p:Anand]] (broer mw [[p:Jagroep]]): ja [[d:maandag 13 mei]]
=====
[[p:Dayana]] 🦋: Bon tardi, ta mi [[p:Dayana]] ku ta skirbi
[[p:Dayana]] 🦋: ik heb nu een baan bij de thuiszorg, begin volgende week 🥳
[[p:Mirjam]] (SWT {{w:Rustenburg}}): Pabien [[p:Dayana]]!! 🎉 Geef het wel door aan je {{r:klantmanager}}, dan wordt je uitkering aangepast
=====
[[p:Andrzej]]: hej [[p:Thomas]], moja żona [[p:Magda]] jest w szpitalu, ik kan morgen niet komen
[[p:Thomas]] ({{o:Fairwork}}): Geen probleem [[p:Andrzej]], sterkte! 🙏 We verzetten het. Daj znać when you can.
""")

# ---------------------------------------------------------------------------
# 12. Longer threads: quoted replies, edits, meeting chats, case discussions
# ---------------------------------------------------------------------------
add(r"""
Teams – chat "casus [[p:Verweij]] ({{w:Mariahoeve}})"
[[p:Iris Lammers]] ({{r:casemanager dementie}}) [[d:di 8-10]] 09:12
Goedemorgen allen. Korte update na huisbezoek gisteren bij mw. [[p:Verweij]] ([[a:Ruychrocklaan 290]]): ze herkende mij niet meer, de koelkast was leeg en er lagen ongeopende brieven van {{o:Zilveren Kruis}} en het {{o:CAK}}. Dochter [[p:Monique]] woont in Groningen en komt eens per maand.
[[p:Bilal Azzouzi]] ({{r:maatschappelijk werker}}) 09:20
Dank [[p:Iris]]. Ik kan de post oppakken. Is er al een machtiging? Anders eerst met [[p:Monique]] bellen.
[[p:Iris Lammers]] ({{r:casemanager dementie}}) 09:22
> Is er al een machtiging?
Nee. [[p:Monique]] wil wel mentor/bewindvoerder worden, maar twijfelt vanwege de afstand. Haar nummer: [[t:06 14 28 73 90]].
[[p:Gonny]] ({{o:Florence}} wijkverpleging) 09:35
Wij komen 2x per dag voor medicatie. Avonddienst zag vorige week dat het gas aan stond 😟 Ik vind dat we het over veiligheid moeten hebben, misschien een indicatie Wlz?
[[p:Bilal Azzouzi]] ({{r:maatschappelijk werker}}) 09:41
Eens. Voorstel: MDO op [[d:dinsdag 15 oktober]] 14:00, met [[p:Monique]] via Teams erbij. [[p:Gonny]], kun jij de {{r:huisarts}} (dr. [[p:Kalloe]]) uitnodigen?
[[p:Gonny]] ({{o:Florence}} wijkverpleging) 09:42
👍 doe ik
(bewerkt)
=====
Vergaderchat "Kick-off pilot Samen werken in het sociale domein"
[[p:Rutger]] ({{o:CAOP}}) 13:02: welkom allemaal! mentimeter-code staat in beeld 👆
[[p:Femke Brouwer]] 13:05: geen geluid bij ons in zaal B
[[p:Femke Brouwer]] 13:07: opgelost 👍
[[p:Karim Idrissi]] (SWT {{w:Laak}}) 13:20: vraag: worden de casuslessen ook gedeeld met de {{o:CJG}}'s? en hoe zit het met toestemming van cliënten?
[[p:Sandra]] ({{o:Gemeente Den Haag}}) 13:24: goede vraag [[p:Karim]], alles wordt geanonimiseerd en er moet een toestemmingsverklaring zijn, we komen er in de middag op terug
[[p:Yusuf Demir]] (SWT {{w:Schilderswijk}}) 13:31: bemoeizorg 🙋‍♂️ stem ik op
[[p:Marianne]] (SWT {{w:Haagse Hout}}) 13:31: + ouderen!
[[p:Rutger]] ({{o:CAOP}}) 14:45: dank voor jullie stemmen! top-4: ouderen, bemoeizorg, huiselijk geweld, jeugd
=====
[[p:Sophie van Dam]] 10:02
Kan iemand meekijken? Cliënt heeft deze whatsapp van zijn ex gekregen en wil weten of dit bedreiging is. Ik plak hem hier geanonimiseerd:
"als je niet betaalt kom ik langs bij je moeder, ik weet waar ze woont"
[[p:Sophie van Dam]] 10:03
oeps, toch een naam erin laten staan in het screenshot, heb ik verwijderd. Gaat om dhr. [[p:R.D.]] in {{w:Vrederust}}
[[p:Pim]] ({{o:Politie}}) 10:15
Dat kan zeker als bedreiging gelden. Laat hem aangifte doen, en bewaar de berichten. Ik kan donderdag mee als dat helpt.
=====
[[p:Anouk Peeters]] ({{o:Stichting MOOI}}, {{r:welzijnscoach}}) 12:15
Hoi allen, voor de themagroep ouderen verzamel ik voorbeelden van eenzaamheid die we goed hebben opgepakt. Wie heeft er een mooi voorbeeld? Ik heb er zelf één: dhr. (78) uit {{w:Regentessekwartier}} die via de buurtmoestuin weer onder de mensen kwam. Let op: GEEN namen of adressen in de reacties hier svp 😊
[[p:Bayu]] 12:30
haha goed dat je het zegt. wij hadden een mevrouw die via het koor van de kerk contacten kreeg. ze zingt nu elke dinsdag 🎶
[[p:Anouk Peeters]] ({{o:Stichting MOOI}}, {{r:welzijnscoach}}) 12:31
❤️
=====
[[p:Naima]] (SWT {{w:Spoorwijk}})  [[d:13-02-2025]] 16:44
Collega's, dringend: mw [[p:Lumbangaol]] (tel [[t:+31 6 3309 1582]]) heeft net gebeld, ze wordt morgen om 9u ontruimd uit [[a:Rijswijkseweg 218-C]]. {{o:Staedion}} zegt dat het vonnis al in december was. Iemand die met mij mee kan naar het {{o:Juridisch Loket}} of een advocaat kent die vannacht nog iets kan?
[[p:Thijs]] 16:50
ik bel nu mr. [[p:Hoekstra]] van het sociaal advocatenkantoor, die heeft vaker een kort geding gedaan
[[p:Naima]] (SWT {{w:Spoorwijk}}) 16:51
🙏🙏🙏
[[p:Thijs]] 17:30
mr. [[p:Hoekstra]] gaat de deurwaarder bellen. Hij heeft het dossiernummer van de zaak nodig, staat op het vonnis: [[z:C/09/661482]] / [[z:KG ZA 24-1003]]
[[p:Naima]] (SWT {{w:Spoorwijk}}) 17:33
heb ik, stuur ik hem via mail
=====
[[p:kelly]] 09:00
goedemorgen lieverds 🌷 wie heeft er nog een kwartiertje voor mijn vraag over [[p:sharon]] (die van de kapotte wasmachine)? 
[[p:kelly]] 09:01
laat maar ik vraag het in het overleg
=====
[[p:Gerard]] ({{o:Dunea}}, vroegsignalering) 11:11
Signaal ontvangen: klant [[p:S. Çiftçi]], [[a:Linnaeusstraat 67-1]], [[pc:2522 GS]], achterstand 3 maanden (€ 121,35). Klantnummer [[z:DN-3304181]]. Kunnen jullie contact opnemen?
[[p:Hatice]] (SWT {{w:Transvaal}}) 11:30
Oppakt door mij, ik ga morgen langs 🚶‍♀️
=====
[[p:Ellen Vos]] 14:15
↪ [[p:Bram Zwart]]: "wie weet hoe je een cliënt zonder vast adres inschrijft in de BRP?"
Via een briefadres! Bijv. bij {{o:Leger des Heils}} of {{o:Kessler Stichting}}. De cliënt moet zelf langs bij de gemeente.
[[p:Bram Zwart]] 14:20
🙌 dank je [[p:Ellen]]
=====
[[p:Jeroen]] (SWT {{w:Bouwlust}}/{{w:Vrederust}}) 08:30
🚨 Let op: mw [[p:Pereira]] ([[a:Hengelolaan 1078]]) heeft een hond die bijt. Niet alleen naar binnen, even bellen als je voor de deur staat, dan doet ze hem in de keuken.
👍 4   😬 2
=====
[[p:Tamara]] 15:00
Het hele verhaal van vandaag met [[p:Sjaak]] (dhr [[p:S. Kooiman]]) voor wie meeleest: hij wilde niet opendoen, maar na 20 minuten praten door de brievenbus deed hij toch open. Huis is redelijk opgeruimd, maar er waren 12 katten 🐈🐈🐈. Hij eet vooral brood. Zijn nicht [[p:Linda]] komt 1x per week. Hij wil GEEN thuiszorg, wel iemand die helpt met de post. Afgesproken dat [[p:Wouter]] van {{o:Humanitas}} ({{r:vrijwilliger thuisadministratie}}) [[d:vrijdag 24 januari]] 10u komt kennismaken. Verder heeft {{o:Dierenbescherming}} al een melding over de katten, niet van ons. Ik bel [[p:Linda]] nog op [[t:06-30 74 19 26]] om haar te laten weten dat er iets gaat gebeuren.
[[p:Mark]] 15:10
knap gedaan [[p:Tamara]] 👏 12 katten 😳
=====
[[p:Olga]] ({{o:Barka}}) 10:45
hello team, this is in English because my Dutch is not yet good: we have a Polish man, [[p:Zbigniew]], 58, sleeping in the park near the {{w:Stationsbuurt}}. He has a BSN but no address. He wants to go back to Poland but needs help with the ticket. Can we meet on [[d:Monday 2 December]]?
[[p:Marc]] (SWT {{w:Centrum}}) 10:52
Sure [[p:Olga]], Monday 11:00 at our office? 👍
=====
[[p:Dieuwertje]] 16:35
Ik heb vanmiddag een cliënt gesproken die zei dat hij via via een "schuldenregelaar" had gevonden op internet, die € 450 vooruit wilde 😡 Waarschuw jullie cliënten: schuldhulp via de gemeente is gratis.
[[p:Dieuwertje]] 16:36
(naam van het bedrijf: "{{o:Snel Schuldenvrij BV}}", al gemeld bij de {{o:ACM}})
=====
[[p:Bouchra]] (SWT) aan [[p:Sandra]] (SZW)
[[d:6-6]] 13:02 ff vraagje over [[p:A.B.]] (cliëntnr [[z:1082274]]): is de bijstand al toegekend? hij heeft nu 3 weken geen inkomen
[[d:6-6]] 13:40 [[p:Sandra]]: nee, er mist nog een bankafschrift van [[i:NL88SNSB3850626974]], van de maand april. die van [[i:NL13INGB9972284218]] (zijn spaarrekening?) hebben we wel
[[d:6-6]] 13:41 [[p:Bouchra]]: ik haal het bij hem op, morgen bij jou 👍
""")

# ---------------------------------------------------------------------------
# 13. Chats where numbers and addresses are sent around (forms, signatures,
#     wrong chats, foreign numbers, obfuscated mail addresses)
# ---------------------------------------------------------------------------
add(r"""
[[p:Nurcan]]: hocam formulier için bilgiler:
[[p:Nurcan]]: [[p:Nurcan Eryılmaz]]
[[p:Nurcan]]: [[d:02.09.1983]]
[[p:Nurcan]]: bsn [[b:437 780 132]]
[[p:Nurcan]]: [[a:Hoefkade 602]] [[pc:2526 BG]]
[[p:Nurcan]]: [[e:nurcan.eryilmaz83@gmail.com]]
[[p:Nurcan]]: rekening [[i:NL77 INGB 6788 1167 37]]
[[p:Inge]] (SWT): Dank je [[p:Nurcan]], ik heb alles overgenomen 👍 Ik verwijder de berichten hier weer, doe jij dat ook?
=====
[[p:Joris Hak]] 10:44
Voor wie contact zoekt met de nieuwe {{r:GGZ-verpleegkundige}} van {{o:Parnassia}} in {{w:Escamp}}, hier haar handtekening uit de mail:

Met vriendelijke groet,
[[p:Chantal Doelwijt]]
{{r:Sociaal psychiatrisch verpleegkundige}} | FACT-team Zuidwest
{{o:Parnassia Groep}}
T 088 357 00 00 (algemeen)
M [[t:06 – 11 72 43 98]]
E [[e:c.doelwijt@parnassiagroep.nl]]
Werkdagen: ma, di, do
=====
[[p:Mehmet]] [[p:Aslan]]: abi bu numara annemin Türkiye numarası [[t:+90 532 418 77 09]], ze is daar tot eind augustus
[[p:Mehmet]] [[p:Aslan]]: als de {{o:SVB}} belt over haar AOW
[[p:Dirk]] (SWT {{w:Bouwlust}}): Top, noteer ik. Is haar adres in Nederland nog [[a:Steenwijklaan 301]]?
[[p:Mehmet]] [[p:Aslan]]: evet ja
=====
[[p:Fouzia]]: mijn nieuwe mail is [[e:fouzia punt benhaddou at hotmail punt com]] 😅 (zo schrijven anders komt spam zegt mijn zoon)
=====
[[p:Wendy]] ({{o:Veilig Thuis}}) 09:12
Casus overgedragen aan jullie team: meldingsnummer [[z:VT-H-2025-00871]], gezin [[p:Tahir]], [[a:Van der Vennestraat 86]], [[pc:2525BV]]. Contactpersoon bij ons: [[p:Wendy van Leeuwen]], [[t:070 – 346 18 52]] (direct). Algemeen nummer blijft 0800-2000.
[[p:Koen]] 09:30
ontvangen, [[p:Ilona]] en ik pakken hem op
=====
sorry verkeerde chat!! 🙈🙈
↪ "[[p:Dennis]] hier is het iban voor de huur van de garagebox [[i:nl09rabo9635964955]] tnv [[p:D. Kramer]]"
[[p:Dennis]] (collega): 😂 geen probleem, ik doe net of ik niks gezien heb
=====
[[p:Rozemarijn]]: [[p:Tjitske]] kun jij dit nakijken, de {{o:Belastingdienst}} wil de gegevens van de partner:
Partner: [[p:Mohammed Rachidi]]
geb [[d:21-4-86]]
BSN [[b:84405605]]
[[p:Tjitske]]: BSN klopt niet, 8 cijfers 🤔 vraag hem even om zijn paspoort
=====
[[p:Krystyna]]: dzien dobry, mój numer konta w Polsce [[i:PL46 1274 2592 3574 1032 8235 1413]] dla pieniędzy od pracodawcy
[[p:Krystyna]]: sorry: my bank account in Poland for the money from the boss
[[p:Hanna]] ({{o:Fairwork}}): Thank you [[p:Krystyna]]! I give it to the lawyer 👍
=====
[[p:Gijs]] → [[p:Mariam]]
Kun je deze cliënt nabellen? Heeft een afspraak gemist.
[[p:Sadia Warsame]]
[[t:0619 03 58 44]]
[[a:Vlierboomstraat 412]], [[pc:2564 JR]]
clientnr. [[z:300-44-812]]
[[p:Mariam]]: 👍 doe ik na de lunch
=====
[[p:Jurriën]]: @[[p:Anil]] dit is het nummer van de nicht van dhr [[p:Rosaria]] op Curaçao: [[t:+599 9 512 3344]]. Zij wil gebeld worden over de begrafenis, ze heeft een voorkeur voor na 18u NL-tijd
[[p:Anil]]: ok dank, ik bel vanavond
=====
[[p:Wilhelmina]]: hallo mevrouw mijn kleinzoon heeft dit email gemaakt voor mij [[e:oma.willy1944@kpnmail.nl]] nu kunt u mij mailen
[[p:Petra]] ({{r:ouderenadviseur}}): Wat leuk mevrouw [[p:Wilhelmina]]! Ik stuur u vandaag een testmailtje 😊
=====
Teams – [[p:Laura Hermans]] 11:07
Klein puzzeltje: cliënt geeft twee BSN's op formulieren. [[b:1820.59.327]] en [[b:926 726 523]]. Welke is van hem en welke van zijn vrouw? Iemand toegang tot Suite die kan kijken?
[[p:Olivier]] 11:15
de eerste is van hem, de tweede van mw. Maar stuur dit aub niet via Teams 🙏
=====
[[p:Aziz]]: hallo ik ben [[p:Aziz]] van de [[a:Schalk Burgerstraat 197]] bel me aub [[t:0031 6 2845 7190]] of [[t:+212 6 61 23 45 78]] als ik in Marokko ben
=====
[[p:Sharita]] (SWT {{w:Oostbroek}})
📋 gegevens voor aanvraag individuele inkomenstoeslag:
Naam	[[p:Ramdhani, S.]]
Adres	[[a:Oudemansstraat 402]]
Postcode	[[pc:2522 ct]]
IBAN	[[i:NL84RABO4997420986]]
Zaaknummer	[[z:IIT-2025-0419]]
Inkomen	€ 1.412,– netto (Participatiewet)
[[p:Bert]] (SZW): ontvangen ✅
=====
[[p:Gerda]] 🌻: Hoi [[p:Yvonne]], de {{r:bewindvoerder}} van mijn broer is veranderd. Nieuwe is mr. [[p:S. van Wijk]], [[e:svanwijk@bewindhaaglanden.nl]], kantoor [[a:Laan van Meerdervoort 522]], [[pc:2563 BH]]
[[p:Yvonne]] (SWT): Dank je [[p:Gerda]], ik pas het aan!
=====
[[p:Hakan]] 13:22
kan iemand deze IBAN checken, ik krijg een foutmelding bij het invoeren: [[i:NL33ABNA49432651175]]
[[p:Lotte]] 13:25
er zit een cijfer te veel in, 11 cijfers na ABNA. vraag hem opnieuw
=====
[[p:Sevgi]]: bu da [[p:Ali]]'nin numarası [[t:06 24 38 91 05]], o da gelecek toplantıya
[[p:Sevgi]]: sorry: dit is het nummer van [[p:Ali]], hij komt ook naar het gesprek
[[p:Merel]] (SWT): Tamam 😄 dank je [[p:Sevgi]]
=====
[[p:Fenna]] 08:15
wie kent deze zaak? brief van deurwaarder bij mw [[p:Sedney]], kenmerk [[z:DW/2025/44017-B]], bedrag € 2.318,77, gaat om oude huurschuld van [[a:Stuyvesantstraat 131]] (2019)
[[p:Ruben]] 08:22
ik! dat is van vóór de verhuizing. de {{r:schuldhulpverlener}} heeft hem al in de regeling, ik stuur de deurwaarder een brief
=====
[[p:Nadia]] 🌷: [[p:Johan]] sorry ik heb nieuwe nummer: [[t:06.41.38.22.07]]
[[p:Johan]] (wijkteam): Dank je [[p:Nadia]], opgeslagen! 👍
=====
[[p:Hilal]] (SWT {{w:Laak}}) 11:03
Aan collega's {{o:CJG}}: gezin [[p:Kılıç]] is verhuisd van [[a:Slachthuisstraat 5-A]] naar {{w:Ypenburg}}, [[a:Laan van Hoornwijck 262]], [[pc:2497 VN]]. Zorgen jullie dat de {{r:jeugdverpleegkundige}} daar het dossier krijgt? Kinderen: [[p:Defne]] ([[d:8-11-2021]]) en [[p:Kerem]] ([[d:30-1-2024]]).
[[p:Sander]] ({{o:CJG}}) 11:20
Doe ik, dank [[p:Hilal]]
=====
[[p:Mireille]]: dit is mijn moeder haar ziekenfonds nummer [[z:CZ 1192 8834 6]] en haar bsn [[b:200449898]] voor de Wlz-aanvraag
[[p:Carla]] ({{o:Zorgkantoor}}): Dank u wel, ik heb het. Ik verwijder het bericht na verwerking.
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
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", d):
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
        rows.append({"id": "h109-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout109.jsonl")
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
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("without pii", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
