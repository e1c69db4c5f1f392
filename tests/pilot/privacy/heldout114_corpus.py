#!/usr/bin/env python3
"""Held-out corpus 114: messages that clients, relatives, neighbours and volunteers
send to the sociale wijkzorgteams (SMS, e-mail, contact form, WhatsApp, notes passed
on by the receptionist), many by people with limited Dutch or writing partly in their
own language (Darija/Arabic in Latin letters, Turkish, Polish, Tigrinya, Somali,
Papiamento, English, ...), with misspellings, no capitals, numbers typed oddly, and
the professionals' short replies.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout114.jsonl next to itself.
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

# Numbers that are deliberately typed wrongly (still personal data, but they do
# not pass the 11-check / mod-97 check).
TYPED_WRONG = {"82145036O", "56912048", "NL92ASNB214240073"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. SMS from clients and relatives, and short replies
# ---------------------------------------------------------------------------
add(r"""
goedemorgen mevr [[p:sanne]] ik ben [[p:fatima]] van [[a:de heemstraat 212]] ik kan niet komen vandag mijn zoon is ziek. kan het [[d:donderdag 14 maart]]?? sorry
=====
Hallo dit is [[p:Meryem]] [[p:Öztürk]]. de brief van {{o:Haag Wonen}} ik begrijp niet. mijn nummer is nieuw [[t:06 4 8 1 3 2 2 9 0]] . teşekkürler
=====
dzien dobry pani [[p:Ilse]], tu [[p:Katarzyna]]. jutro nie moge przyjsc (morgen kan ik niet) werk tot 18 uur. nieuwe afspraak? dziekuje
=====
Dag [[p:Katarzyna]], geen probleem. Kan [[d:vrijdag 22/3]] om 18.30 bij u thuis? Ik neem een tolk Pools mee via de telefoon. Groet, [[p:Ilse]] ({{o:SWT}} {{w:Spoorwijk}})
=====
mevrouw ik heb geen geld meer voor eten voor de kinderen tot de uitkering komt. kan ik voedselbank? [[p:abdi]]
=====
Dag [[p:Abdi]], kom morgen tussen 10.00 en 12.00 naar het {{o:Servicepunt XL}} in {{w:Moerwijk}}, dan maken we de aanmelding voor de {{o:Voedselbank}}. Neem bankafschriften van 3 maanden mee. Gr [[p:Jolanda]]
=====
ok dank u mevrouw ik kom morgen 10 uur inshallah
=====
salam mevrouw [[p:Naima]], ik ben de buurvrouw van [[p:Hajar]]. zij heeft geen telefoon meer (kapot). zij vraag of u kan bellen naar mij [[t:0641.72.90.38]] wanneer afspraak. choukran
=====
asc walaal, waxaan ahay [[p:Hamdi Yusuf]]. hooyo [[p:Faduma]] waa jiran tahay (ze is ziek). kan iemand van jullie bellen naar [[t:0687 33 21 05]]? mahadsanid
=====
selam ane [[p:Luwam]] iye. kemey aleki? ik heb brief van {{o:DUO}} ik snap niet wat moet. kan ik komen spreekuur? yekenyeley
=====
Hoi [[p:Luwam]], ja kom dinsdag naar het spreekuur in wijkcentrum De Kronkel, 13.00-15.00. Neem de brief mee. Groetjes [[p:Merel]]
=====
merhaba hocam, annem [[p:Zehra Aksoy]] hastanede {{o:HMC Bronovo}}. ziekenhuis. afspraak morgen huisbezoek kan niet, iptal lütfen. nieuwe datum na [[d:1 nisan]] ok? [[p:Emre]]
=====
bon dia mener [[p:Ruud]], mi ta [[p:Shanaira]] e yiu muhé di [[p:Juliana Rosalia]]. mi mama no por kana bon mas, ze valt steeds in de douche. kiko mi por hasi? ik ben bereikbaar op [[t:+31 6 5512 0873]] danki
=====
Dag [[p:Shanaira]], dank voor je bericht. Ik vraag bij het {{o:Wmo-loket}} een douchestoel en beugels aan voor je moeder. Ik bel jou deze week nog. Gr [[p:Ruud]], {{r:Wmo-adviseur}}
=====
hi madam this is [[p:Grace Owusu]]. pls call me back my landlord say i have to leave the room before [[d:30th april]]. i live [[a:Calandplein 9-C]]. thank you
=====
ik ben [[p:mohamed]] van [[a:jan van riebeekstraat 44]] de deurwaarder was vandaag. ik heb foto van brief gemaakt. waar moet ik sturen
=====
Dag meneer, u kunt de foto sturen naar dit nummer via WhatsApp. Gr [[p:Sander]]
=====
Mevr ik ben weer in ziekenhuis. Ik kan niet komen woensdag. [[p:Gerda]] ([[p:de wit]])
=====
beste mevrouw ik wil het afspraak van 14:30 verzet. ik moet naar de IND. mijn V nummer is [[z:3012445118]] als u nodig heeft. [[p:Mulugeta]]
=====
Hoi [[p:Mulugeta]], prima. Nieuwe afspraak [[d:ma 8-4]] 14.30 op kantoor, kamer 1.12 op de eerste verdieping. Gr [[p:Robin]]
=====
tante [[p:Bep]] is weer thuis uit het ziekenhuis sinds gisteren. de thuiszorg komt 2x per dag. bedankt voor alles. [[p:Ria Koning]]
=====
mevroew ik heb betaal 50 euro aan de {{o:vestia}} maar zij zeggen nog 1.245 euro achter. is dat klopt? [[p:samira]] [[a:hoefkade 608 b]]
=====
Hallo [[p:Samira]], ik kijk het na met {{o:Vestia}}. Stuur mij a.u.b. een foto van het betalingsbewijs. Ik bel u donderdag na 14 uur. Groet [[p:Floor]]
=====
Goedenavond, mijn vader [[p:Ahmad Noori]] heeft vanavond weer ruzie met de buren gehad. politie is geweest. ik ben [[p:Farid]] zijn zoon [[t:0626609147]]. graag terugbellen morgen
=====
u hebt mij gebeld ik was op werk. wie is dit??
=====
Goedemiddag, u bent gebeld door [[p:Dewi]] van het sociaal wijkzorgteam {{w:Bouwlust}} over uw aanmelding. U kunt mij bereiken op dit nummer tot 17.00. Gr
=====
mevrouw mijn bsn nummer is [[b:3915 39 024]] voor het formulier. en van mijn vrouw [[b:888491852]]. [[p:Yonas]]
=====
Hoi [[p:Yonas]], dank je. Stuur zulke nummers liever niet via sms, ik neem ze volgende keer van je ID-kaart over. Gr [[p:Merel]]
=====
Goedemorgen ik heb een vraag over de energietoeslag 2024. krijg ik die ook als ik AOW heb? alvast bedankt
=====
Goedemorgen, als uw inkomen onder de 130% van het sociaal minimum ligt kunt u de toeslag aanvragen via de gemeente, telefoon 14 070. Met vriendelijke groet, sociaal wijkzorgteam {{w:Loosduinen}}
=====
mijn moeder mevr. [[p:Wongsodikromo]] geb [[d:4-7-1941]] heeft post gehad van de {{o:SVB}} over korting op de AOW. Ze woont op de [[a:Walnootstraat 27]] . Kan iemand langs gaan? ik woon in Zoetermeer. [[p:Ratna]]
=====
Dag [[p:Ratna]], ik ga [[d:dinsdag 16 april]] rond 11 uur bij uw moeder langs samen met de {{r:ouderenadviseur}}. Zou u er telefonisch bij kunnen zijn? Gr [[p:Hanna de Ridder]]
=====
Hallo met [[p:Bogusław]] ja. U moet bellen naar mijn vrouw [[p:Ewa]] omdat ik geen nederlands. nummer [[t:+48 601 224 917]] polski nummer. ok?
=====
hoi mvr, ik kan pas na 4 uur, ik werk bij de {{o:PostNL}} sorteercentrum. groetjes [[p:Dimitar]]
=====
Goede middag. ik heb uw kaartje in de brievenbus gevonden. ik ben [[p:Kees]] [[p:Hoek]] 2e etage nr 14. ik ben bijna altijd thuis maar de bel is kapot. bel maar [[t:070-3884216]] (vast)
=====
Nee sorry verkeerd nummer
=====
mevrouw [[p:Saida]] dit is [[p:Youssra]] de dochter van [[p:Khadija El Mourabit]]. mama is vandaag opgenomen in {{o:Parnassia}} in de nacht. wat moet ik doen met haar post en de huur?
=====
Dag [[p:Youssra]], wat heftig. Ik bel je vanmiddag om 15.00 om te bespreken wat er geregeld moet worden. De huur van deze maand is al betaald door de {{r:bewindvoerder}}. Sterkte, [[p:Saida]]
=====
bedankt juf [[p:marieke]] voor de fiets voor [[p:rayan]] hij is heel blij!!! groet van [[p:amina]]
=====
goedendag ik ben de mantelzorger van mijn buurman [[p:J.P. Schipper]] [[a:Stuwstraat 41]]. hij wil niet meer eten. kunt u komen. [[p:Anneke Brouwer]] [[t:06-183 77 402]]
=====
Mevrouw [[p:Brouwer]], dank u. De {{r:wijkverpleegkundige}} gaat vandaag nog bij meneer [[p:Schipper]] langs. Ik houd u op de hoogte. [[p:Tim]]
=====
waar is de kantoor van jullie? ik sta bij de Leyweg bij de tram
=====
Wij zitten in het stadsdeelkantoor {{w:Escamp}} aan de Leyweg, bij de balie op de begane grond vragen naar het wijkteam. Tot zo!
""")
# ---------------------------------------------------------------------------
# 2. WhatsApp (single messages, short threads, exported chats)
# ---------------------------------------------------------------------------
add(r"""
[[[d:12-03-2024]] 09:41:07] [[p:Fatima Bouali]]: salam mevrouw [[p:Naima]] 🙏 de brief van de gemeente is gekomen
[[[d:12-03-2024]] 09:41:30] [[p:Fatima Bouali]]: <afbeelding weggelaten>
[[[d:12-03-2024]] 09:52:12] [[p:Naima]] wijkteam: Goedemorgen [[p:Fatima]], dat is de toekenning van de bijzondere bijstand 👍 Het geld komt binnen 2 weken op uw rekening.
[[[d:12-03-2024]] 09:53:40] [[p:Fatima Bouali]]: hamdoulilah!!! choukran bzaf
=====
[[d:05/11/2024]], 21:17 - [[t:+31 6 41 23 88 70]]: goedenavond sorry laat. ik ben [[p:Rasha]] van de [[a:Zuiderparklaan 140]]. mijn man [[p:Ziad]] is weg met de kinderpaspoorten. ik ben bang
[[d:05/11/2024]], 21:18 - [[t:+31 6 41 23 88 70]]: wat moet ik doen
[[d:05/11/2024]], 21:40 - [[p:Lotte]] SWT: Dag [[p:Rasha]], ik lees dit nu. Als je in gevaar bent bel 112. Je kunt ook nu bellen met {{o:Veilig Thuis}} 0800-2000, ook 's nachts. Ik bel je morgen om 9 uur.
=====
mevrouw ik stuur u de nummer van de bewindvoerder: dhr. [[p:Lachmon]] [[t:06 - 38 27 11 95]] van {{o:Bewindvoering Haaglanden}}. hij neemt nooit op
=====
Hoi [[p:Kevin]]!! Met tante [[p:Joke]] hier. Je moet [[d:woensdag 3 juli]] om 10 uur bij de {{r:jobcoach}} zijn hè, niet vergeten!! x
=====
Goedemiddag mw [[p:Lewandowska]], dit is [[p:Iris]] van het wijkteam. Ik heb uw aanvraag voor kwijtschelding ingevuld. Wilt u [[d:vrijdag 19 april]] langskomen om te tekenen? Met uw ID-kaart graag.
=====
🙏🙏 dank u wel [[p:Iris]] ja ik kom. dziękuję bardzo
=====
سلام عليكم
ik ben [[p:Mahmoud]] [[p:Al-Masri]]. telefoon van mij is kapot, dit is telefoon van mijn zus. mijn nummer nieuw is [[t:٠٦٢٤٨١٣٣٠٧]]
=====
[[p:Mahmoud]] [[t:0624813307]]?
=====
[[[d:03-06-24]] 18:02:51] [[p:Ubah]] 🌸: Salaan, ma jiraa qof af-soomaali ku hadla? sorry. iemand die Somalisch spreekt?
[[[d:03-06-24]] 18:10:05] SWT {{w:Transvaal}}: Hallo [[p:Ubah]], onze collega [[p:Sahra]] spreekt Somalisch. Zij belt je morgen. Wat is het beste tijdstip?
[[[d:03-06-24]] 18:11:22] [[p:Ubah]] 🌸: na 12 uur walaal. mahadsanid
=====
ik ben nu in de wachtkamer bij de huisarts. dokter zegt moet brief van jullie. kunt u mailen naar [[e:praktijk.vdvelde@zorgmail.nl]]??
=====
Good morning Mr [[p:Appiah]], your appointment with the {{r:debt counsellor}} is on [[d:Thursday 12 September]] at 10.00, {{o:Servicepunt XL}} {{w:Transvaal}}, room 0.14. Bring all letters and your bank statements. Regards, [[p:Daan]]
=====
ok sir thank you very much God bless
=====
[[d:17/09/2024]], 07:58 - [[p:Merhawit]]: selam [[p:Daan]]
[[d:17/09/2024]], 07:58 - [[p:Merhawit]]: vandaag school van [[p:Filmon]] heb gebeld hij is niet gekomen. ik weet niet waar is hij
[[d:17/09/2024]], 08:03 - [[p:Daan]] (wijkteam): Hoi [[p:Merhawit]], heb je [[p:Filmon]] gebeld? Zijn nummer is [[t:06 17 45 90 22]] toch?
[[d:17/09/2024]], 08:04 - [[p:Merhawit]]: ja neemt niet op
[[d:17/09/2024]], 08:20 - [[p:Merhawit]]: hij is bij zijn vriend [[p:Mussie]] gevonden. slaap. 😮‍💨
[[d:17/09/2024]], 08:22 - [[p:Daan]] (wijkteam): Gelukkig. Ik bel vanmiddag de mentor, meneer [[p:De Vos]].
=====
Mensen van het wijkteam de koffieochtend is morgen niet in de Boog maar in de kerk ernaast (verbouwing). zelfde tijd 10:00. groet, vrijwilligers
=====
hallo mevrouw, mijn buurman boven mij meneer [[p:winter]] heeft water lekkage al 3 weken en hij doet de deur niet open. het komt in mijn keuken. [[p:hatice]] [[a:laakkade 203 a]] [[pc:2521xm]]
=====
Beste [[p:Hatice]], ik heb {{o:Staedion}} gevraagd een monteur te sturen en ik probeer meneer [[p:Winter]] te bereiken. Groet, [[p:Jelle]]
=====
Bon tardi [[p:Jelle]], mi ta [[p:Rudsel]] 👋 mi tin un karta di {{o:CJIB}} pa € 439 mi no sa ta pa kiko. 
Het betalingskenmerk is [[z:6254 1198 3420 0716]]
kan jij kijken? danki
=====
Hoi [[p:Rudsel]], dat is een boete van [[d:2 januari]] (te hard rijden?). Je kunt een betalingsregeling vragen op cjib.nl. Ik help je donderdag op het spreekuur. Gr [[p:Jelle]]
=====
[[p:Jelle]] it's true i was driving with car of my cousin 😅 ok donderdag
=====
groepsapp vrijwilligers taalcafé:
[[p:Marian]]: wie kan er dinsdag de sleutel ophalen bij de balie?
[[p:Hüseyin]]: ik kan pas om 11u
[[p:Marian]]: ok dan doe ik het. [[p:Tineke]] ben jij er ook?
[[p:Tineke]]: ja met koekjes 🍪
=====
Goedemiddag meneer [[p:Ramautar]], herinnering: morgen ([[d:dinsdag 9 juli]]) om 9.30 uur afspraak {{o:Kredietbank}}, [[p:Marc]] van het {{o:SWT}} haalt u op. Tot morgen!
=====
👍
=====
salam aleikoum 3afak wach mumkin tsawbi lia lwra9 dyal {{o:UWV}}? ana ma fhemt walo. [[p:Zineb]] mn [[a:Paul Krugerlaan 255]]
=====
Salam [[p:Zineb]], ja natuurlijk, kom donderdag om 14.00 met de papieren van het {{o:UWV}}. Dan vullen we het samen in. [[p:Houda]]
=====
[[p:Houda]] wlah nti zwina! tbarkallah. ok donderdag
=====
[[[d:21-01-2025]] 22:14] ~ Mama [[p:Lucia]]: Bon nochi [[p:Jorien]]. Mi yu [[p:Jurmaine]] a bolbe kas. Hij is terug thuis sinds vandaag. Hij wil geen hulp maar mi ta preokupá.
[[[d:21-01-2025]] 22:15] ~ Mama [[p:Lucia]]: Zijn nieuwe telefoon [[t:o6 45 93 11 28]]
[[[d:22-01-2025]] 08:47] [[p:Jorien]] SWT: Bon dia mevrouw [[p:Lucia]], dank voor uw bericht. Ik stuur [[p:Jurmaine]] een berichtje en vraag of hij een keer wil afspreken met onze {{r:jongerenwerker}}.
""")
# ---------------------------------------------------------------------------
# 3. E-mails from clients, relatives, neighbours, with replies and headers
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Ahmed B.]] <[[e:ahmedbouali77@hotmail.com]]>
Verzonden: [[d:dinsdag 12 maart 2024]] 23:14
Aan: Wijkteam {{w:Laak}}
Onderwerp: brief huur

geachte mevrouw meneer

mijn naam is [[p:Ahmed Bouali]] ik woon op [[a:Van Musschenbroekstraat 7]] sinds 2011. ik heb brief van {{o:Haag Wonen}} dat ik moet betalen 2.310,55 euro servicekosten. dat is veel te veel ik heb dat niet. mijn klantnummer is [[z:HW 0078231]].
kunt u mij helpen want ik slaap niet meer van.

met vriendelijke groeten
[[p:Ahmed]]
[[t:06-1827 4409]]
=====
Onderwerp: RE: brief huur

Beste meneer [[p:Bouali]],

Dank voor uw mail. Ik heb contact gehad met {{o:Haag Wonen}}: het bedrag is de eindafrekening over 2023 en u mag het in 12 termijnen betalen. Ik kom graag langs om het samen te bekijken, [[d:donderdag 21 maart]] om 10.00?

Met vriendelijke groet,

[[p:Esra Kılıç]]
{{r:Maatschappelijk werker}} | Sociaal wijkzorgteam {{w:Laak}}
M [[t:06 - 4172 0938]] | T 14 070
Postbus 12600, 2500 DJ Den Haag

> Van: [[p:Ahmed B.]] <[[e:ahmedbouali77@hotmail.com]]>
> mijn naam is [[p:Ahmed Bouali]] ik woon op [[a:Van Musschenbroekstraat 7]] sinds 2011.
=====
Geachte heer/mevrouw,

Ik schrijf u omdat ik mij grote zorgen maak over mijn buurvrouw, mevrouw [[p:Huisman]] ([[a:Dierenselaan 62]], {{w:Bouwlust}}). Ze is 86 en ik zie haar de laatste tijd in haar ochtendjas op straat lopen, soms om 5 uur 's nachts. Vorige week stond het gas aan en rook het hele portiek ernaar. Haar zoon woont in Canada en ik heb geen nummer van hem, alleen zijn voornaam, [[p:Rob]].

Ik weet niet of ik dit mag doen zonder dat zij het weet, maar ik wil niet dat er iets gebeurt. U kunt mij bellen op [[t:070 - 329 18 04]] of mailen.

Vriendelijke groet,
[[p:W.F.]] ([[p:Wil]]) [[p:van der Meer]]
=====
Hallo,
wij zijn de familie [[p:Chen]] ([[a:Teniersstraat 14-A]]). Wij hebben restaurant in de {{w:Schilderswijk}}, mijn vrouw [[p:Lin Mei]] is erg depressief sinds corona. Zij wil geen dokter. Mijn dochter [[p:Xiaoyu]] schrijft deze mail voor mij want mijn nederlands is niet goed. Kunnen wij een gesprek met iemand die Chinees spreekt? Mijn telefoon [[t:0031 6 2345 1180]]
Dank u
[[p:Chen Wei]]
=====
Beste [[p:Xiaoyu]] en meneer [[p:Chen]],

Dank voor jullie mail. We kunnen een gesprek plannen met een tolk Mandarijn via de telefoon. Past [[d:maandag 13 mei]] om 15.00 bij jullie thuis? De {{r:praktijkondersteuner GGZ}} van de huisarts kan later aansluiten.

Groet,
[[p:Annelies Bakker]]
sociaal wijkzorgteam {{w:Centrum}}
=====
From: [[e:k.lewis1988@gmail.com]]
Subject: help with my mother
Date: [[d:Sun, 6 Oct 2024]] 11:02:45 +0200

Hi,
I live in London and my mother [[p:Dorothy Lewis]] lives alone at [[a:Koningin Emmakade 118]], [[pc:2518 RN]]. Her neighbour told me she hasn't been out for two weeks. She is 79 and a bit stubborn, she won't pick up the phone. Is there anyone who can check on her? Her GP is dr. [[p:Verbeek]] I believe.
My number is [[t:+44 7700 912 384]].
Kind regards,
[[p:Karen Lewis]]
=====
Dear Ms [[p:Lewis]],

Thank you for your e-mail. A colleague, the {{r:wijkverpleegkundige}}, will visit your mother today. I will call you tonight after 19.00 (NL time).

Best wishes,
[[p:Sven]]
Social neighbourhood team {{w:Zeeheldenkwartier}}
=====
Aan het wijkteam,

Hierbij stuur ik de gegevens voor de aanvraag schuldhulp van mijn zus [[p:Nazia Rahmani]]:
- geboortedatum: [[d:14-08-1989]]
- BSN: [[b:511761983]]
- adres: [[a:Withuysstraat 33]], [[pc:2531 KX]] Den Haag
- rekeningnummer: [[i:NL72 INGB 8915 7553 73]]
- schuldeisers: {{o:Belastingdienst}} (toeslagen), {{o:Zilveren Kruis}}, Wehkamp, Klarna
Mijn zus spreekt Dari en een beetje Engels. Ik ben haar broer en ik tolk voor haar.

Groet, [[p:Jawed Rahmani]]
=====
Dag meneer [[p:Rahmani]], dank u, de gegevens zijn ontvangen en doorgezet naar {{o:Schuldhulpverlening Den Haag}}. Voor de intake moet uw zus zelf aanwezig zijn; u mag mee als tolk. Vriendelijke groet, [[p:Priscilla]] (SWT {{w:Leyenburg}})
=====
Onderwerp: klacht!!!

Ik wil een klacht indienen over uw collega [[p:Mark]]. Hij zou mij terugbellen op vrijdag en niks gehoord. Nu is mijn stroom afgesloten. IK HEB KINDEREN. Bel mij NU [[t:0647710382]]
[[p:S. Doekhie]]
[[a:Meppelweg 882]]
=====
Beste mevrouw [[p:Doekhie]],

Het spijt me dat u niet bent teruggebeld. Ik heb net met {{o:Eneco}} gebeld: de afsluiting wordt vandaag voor 17.00 uur ongedaan gemaakt, omdat er minderjarige kinderen in huis zijn. Ik kom morgen om 9.00 bij u langs op de [[a:Meppelweg 882]] om een betalingsregeling te maken.

Met vriendelijke groet,
[[p:Ingrid Mulder]]
{{r:teamcoördinator}} SWT {{w:Moerwijk}}
=====
Van: [[e:info@huisartsenpraktijk-kraayenstein.nl]]
Onderwerp: aanmelding wijkteam

Geachte collega,

Hierbij melden wij met toestemming van patiënt aan: dhr. [[p:O. Karimi]], geb. [[d:02-02-1977]], [[a:Kraayensteinlaan 214]], [[pc:2553 BT]]. Patiënt heeft forse schulden, slaapt slecht en heeft suïcidale gedachten gehad (geen plan). Hij is bekend bij {{o:i-psy}}, maar staat op de wachtlijst.
Graag contact met patiënt op [[t:06-33719084]] (liefst na 16 uur, hij werkt in de bezorging).

Met collegiale groet,
[[p:J. Hoekstra]], {{r:POH-GGZ}}
{{o:Huisartsenpraktijk Kraayenstein}}
Tel. praktijk (algemeen): 070 - 325 44 00
=====
Beste mensen van het wijkteam,

Ik ben vrijwilliger bij {{o:Humanitas}} Thuisadministratie en help sinds september een meneer in {{w:Rustenburg}}, [[p:Mohan]] (achternaam [[p:Sitaldin]]). Hij heeft mij gevraagd of ik contact met u mag opnemen. Er liggen stapels ongeopende post, waaronder aanmaningen van het {{o:CJIB}} en een brief van de {{o:Belastingdienst}} met het kenmerk [[z:R 4471 902 B 01]]. Ik denk dat dit te groot is voor ons als vrijwilligers.
Zijn dochter [[p:Anjali]] weet ervan. Kunnen we samen een afspraak maken? Ik kan op maandag en woensdag.

Met hartelijke groet,
[[p:Hennie van Rijn]]
vrijwilliger {{o:Humanitas}} Thuisadministratie
[[t:06 2913 4470]]
=====
Goedemiddag [[p:Hennie]],
Fijn dat je dit meldt. Ik stel voor: [[d:woensdag 2 oktober]], 14.00 uur, bij meneer [[p:Sitaldin]] thuis. Ik neem de {{r:schuldhulpverlener}} mee. Wil je aan meneer vragen of hij de toestemmingsverklaring wil tekenen?
Groet, [[p:Tamara]]
=====
Geachte heer, mevrouw,

Mijn naam is [[p:Wojciech Dąbrowski]], ik werk als chauffeur en woon in {{w:Laakkwartier}}. Mijn Nederlands is niet zo goed, sorry voor fouten. Mijn vrouw [[p:Agnieszka]] is [[d:12 marca]] bevallen van ons tweede kind en nu wij hebben geen plek, wij wonen met 4 in 1 kamer op [[a:Hertzogstraat 19-1]]. Huisbaas zegt baby is niet toegestaan. Wij zijn ingeschreven bij {{o:Woonnet Haaglanden}} sinds 2021, inschrijfnummer [[z:WH-2021-448190]].
Kan iemand helpen?

Z poważaniem / met vriendelijke groet,
[[p:Wojciech]]
[[e:wojtek.dabrowski@wp.pl]]
=====
Onderwerp: vraag over dagbesteding

Hallo, ik zoek informatie over dagbesteding voor mijn vader (72, beginnende dementie). Hij woont in {{w:Mariahoeve}}. Welke mogelijkheden zijn er in de wijk en moet dat via de huisarts? Bij voorbaat dank.
=====
Goedemiddag,
In {{w:Mariahoeve}} is er dagbesteding in het wijkcentrum en bij de {{o:Florence}} locatie. Aanmelden kan via het {{o:Wmo-loket}} (14 070) of via de {{r:casemanager dementie}} van ons team. U hoeft niet eerst naar de huisarts. Wilt u dat wij contact opnemen, stuur dan uw telefoonnummer.
Vriendelijke groet, Sociaal wijkzorgteam {{w:Mariahoeve}}
=====
Van: [[p:Gül]] [[p:Yavuz]] <[[e:gul.yavuz.1969@outlook.com]]>
Aan: [[e:c.dewinter@swtdenhaag.nl]]
CC: [[e:emreyavuz@gmail.com]]
Datum: [[d:4 nov. 2024]] om 08:12
Onderwerp: Fw: Beschikking Wmo

mevrouw [[p:de Winter]] goedemorgen,
hier de beschikking zoals u vroeg, mijn zoon [[p:Emre]] heeft het gescand. kenmerk [[z:WMO/24/07712]].
ik ben het niet eens met 3 uur huishoudelijke hulp, ik kan niet stofzuigen met mijn rug, hernia.
saygılarımla
[[p:Gül]]

---------- Doorgestuurd bericht ---------
Van: Gemeente Den Haag
Datum: [[d:do 31 okt. 2024]] 16:40
Onderwerp: Beschikking Wmo
Geachte mevrouw [[p:Yavuz]], ...
=====
Beste mevrouw [[p:Yavuz]],
Ik heb de beschikking ontvangen. U kunt binnen 6 weken bezwaar maken; ik help u daarbij. Ik kom [[d:maandag 11 november]] om 13.30 uur. Heeft u een brief van de {{r:fysiotherapeut}} of huisarts over uw hernia? Die is belangrijk.
Hartelijke groet, [[p:Carlijn de Winter]]
=====
Subject: Re: Re: Re: afspraak

ja is goed

Op [[d:wo 15 mei 2024]] om 16:02 schreef [[p:Rob Smit]] <[[e:r.smit@wijkteamdenhaag.nl]]>:
> Dag [[p:Brahim]], dan zie ik je vrijdag om 11.00 bij de {{o:Bibliotheek Escamp}}. Neem je de brieven van {{o:DUO}} mee?
>
> Op [[d:wo 15 mei 2024]] om 14:55 schreef [[p:brahim ait taleb]] <[[e:brahim.at2001@gmail.com]]>:
>> ik kan niet donderdag ik heb examen
=====
Beste wijkteam,

Ik ben [[p:Sylvana]], de oudste dochter van [[p:Mathilda Pattipeilohy]]. Ik wil jullie heel erg bedanken voor de hulp aan mijn moeder het afgelopen jaar. Zonder [[p:Marloes]] en [[p:Youssef]] had ze nooit in het nieuwe appartement in {{w:Wateringse Veld}} gewoond. Ze bloeit helemaal op, ze gaat nu zelfs twee keer per week naar de Molukse ouderensoos.

Dank jullie wel, ook namens mijn broers.
Hartelijke groet, [[p:Sylvana Tanasale-Pattipeilohy]]
=====
Hallo

Ik heb een vraag. Ik woon sinds 1 jaar in NL, ik kom uit Bulgarije. Ik werk in een magazijn in Bleiswijk via uitzendbureau. Ik wil een huisarts maar alle huisarts in {{w:Transvaal}} zeggen vol. Wat moet ik doen?

Благодаря
[[p:Desislava Todorova]]
[[e:dessi.todorova@abv.bg]]
=====
Geachte heer [[p:Kuiper]],

In antwoord op uw vraag van [[d:8 januari]]: wij mogen zonder toestemming van uw broer geen informatie met u delen over zijn situatie. Als uw broer dat wil, kan hij een toestemmingsverklaring tekenen bij onze {{r:casusregisseur}}. Wij hebben hem uw vraag doorgegeven.

Met vriendelijke groet,
Sociaal wijkzorgteam {{w:Scheveningen}}
=====
Onderwerp: URGENT - uitzetting [[d:maandag 3 februari]]!!

Beste [[p:Floor]],
Ik ben [[p:Roberto]] van de kerk in de Vaillantlaan ({{o:Iglesia Cristo Vive}}). Een van onze leden, [[p:María José Delgado]], wordt maandag uit haar kamer gezet. Ze heeft geen papieren, dus geen BSN. Ze heeft een dochtertje van 6. Adres van de kamer: [[a:Hoefkade 1012]], 2e verdieping. Haar nummer: [[t:+34 612 77 40 95]] (Spaans nummer, ze heeft WhatsApp).
Wij kunnen voor een paar nachten opvang bieden in de kerk maar niet langer.
Bendiciones,
[[p:Roberto Fuentes]]
[[t:06 5572 1036]]
=====
Beste [[p:Roberto]], dank voor je bericht. Ik bel mevrouw [[p:Delgado]] vandaag via WhatsApp met een tolk. Voor mensen zonder verblijfsvergunning kan het {{o:Straatadvocaten}}-spreekuur en {{o:Stichting Vluchtelingen in de Knel}} helpen. Ik laat je vanmiddag weten wat we kunnen doen. [[p:Floor]]
=====
Van: [[e:m.hassan.nur@yahoo.com]]
Onderwerp: (geen onderwerp)

ik stuur u foto van ID kaart van mijn vader [[p:Hassan Nur]]. bsn [[b:4586 97 370]]. geboren [[d:01-01-1958]] (papier zegt [[d:1 januari]] maar echt weet niemand). voor het formulier van de thuiszorg.
sorry voor slechte nederlands.
[[p:Maryan]]
=====
Hoi,

Stuur mij even wie er morgen de sleutel heeft voor de buurtkamer? Ik heb de vrijwilligers om 9 uur uitgenodigd, en de lunch is besteld bij de cateraar (23 broodjes, factuur volgt). De beamer staat nog in kast 4.

Groet
=====
Goedemiddag mevrouw [[p:Tjon A Fong]],

U vroeg wanneer de huishoudelijke hulp begint. {{o:Zorg aan Zee}} start op [[d:1 december]]. De hulp komt elke donderdag tussen 9.00 en 12.00. Heeft u vragen, dan kunt u mij bellen op [[t:06-4810 2275]] (ma-do).

Vriendelijke groet,
[[p:Nadia El Yousfi]]
{{r:Wmo-consulent}}
=====
Geachte mevrouw, meneer,

Hierbij mijn gegevens zoals gevraagd voor de aanmelding bij de {{o:Voedselbank}}:

Naam:           [[p:Tesfaye Kidane Berhe]]
Geboortedatum:  [[d:1990-03-17]]
Adres:          [[a:Rijswijkseweg 431 C]]
Postcode:       [[pc:2516 HH]]
Gezinsgrootte:  5 personen (2 volw., 3 kind.)
Inkomen:        bijstand € 1.548,20
Huur:           € 745,00
IBAN:           [[i:NL19RABO4632409604]]

Dank u, [[p:Tesfaye]]
=====
hallo [[p:Mohan]] hier
die mevrouw van {{o:humanitas}} heeft mijn mail adres gemaakt [[e:mohan.sitaldin1951@gmail.com]] nu kan ik ook mailen
bedankt [[p:tamara]]
""")
# ---------------------------------------------------------------------------
# 4. Contact form submissions (website), often with odd field contents
# ---------------------------------------------------------------------------
add(r"""
Nieuw bericht via contactformulier wijkteamsdenhaag.nl
Naam: [[p:khadija el hadioui]]
E-mailadres: [[e:khadija.elhadioui@live.nl]]
Telefoonnummer: [[t:06 12 85 40 67]]
Postcode: [[pc:2526hx]]
Wijk: {{w:Schilderswijk}}
Onderwerp: Schulden
Bericht: ik heb schulden bij de belasting en zorgverzekering en ik durf de post niet open te maken. ik ben alleenstaande moeder van 3. wie kan mij helpen. graag bellen na 12 uur want ochtend breng ik kinderen school
=====
Nieuw bericht via contactformulier
Naam: anoniem
E-mailadres: 
Telefoonnummer: 
Postcode: 
Wijk: {{w:Transvaal}}
Onderwerp: Overig
Bericht: In de portiek aan de Kempstraat slapen al twee weken 2 mannen, ze zijn erg ziek en hoesten. Kan iemand gaan kijken? Ik wil niet dat mijn naam erbij staat.
=====
Formulier: Aanmelding sociaal wijkzorgteam
Voor wie meldt u aan?: voor iemand anders
Naam aanmelder: [[p:Joost Dekker]]
Relatie tot cliënt: buurman
Naam cliënt: [[p:Halima]] (achternaam weet ik niet)
Adres cliënt: [[a:Valkenboslaan 190-A]]
Telefoon cliënt: onbekend
Telefoon aanmelder: [[t:+31 (0)6 2074 8813]]
Weet cliënt van deze aanmelding?: nee
Toelichting: Mevrouw lijkt erg verward, ze klopt 's avonds bij buren aan en zegt dat iemand in haar huis is. Haar kinderen komen nooit. Ik schat haar 70+.
=====
Nieuw bericht via contactformulier
Naam: [[p:Shirley]]
E-mailadres: [[e:sdrn_09@hotmail.com]]
Telefoonnummer: 0
Postcode: 0000AA
Wijk: weet niet
Onderwerp: Wonen
Bericht: hoe kan ik urgentie krijgen? ik slaap bij vrienden sinds mijn moeder me eruit heeft gezet. ben 19.
=====
Contactformulier – Vraag
Naam: [[p:M. Wójcik]]
E-mail: [[e:marta.wojcik83@gmail.com]]
Telefoon: [[t:0031684412093]]
Postcode: [[pc:2545 NB]]
Vraag: Dzień dobry, I write English because my Dutch is not good. My husband [[p:Piotr]] had an accident at work (fell from ladder) on [[d:02.09.2024]] and the agency stop paying him. We have no money for rent of [[a:Lorentzplein 48]]. Who can help us? Thank you, [[p:Marta]]
=====
Nieuw bericht via contactformulier
Naam: [[p:Bart de Haan]]
E-mailadres: [[e:bart@dehaanloodgieters.nl]]
Telefoonnummer: 070 - 360 11 22 (kantoor), [[t:06 - 5130 8816]] (mij)
Postcode: [[pc:2517 KJ]]
Wijk: {{w:Duinoord}}
Onderwerp: Overig
Bericht: Ik ben loodgieter en was vandaag bij een mevrouw in de [[a:Reinkenstraat 71]] voor een lekkage. De woning is zeer vervuild (afval tot aan het plafond, veel vliegen) en mevrouw maakte een verwarde indruk. Misschien goed als iemand gaat kijken.
=====
Formulier: Terugbelverzoek
Naam: [[p:Nguyễn Thị Hoa]]
Telefoon: [[t:06-24 88 91 30]]
Beste tijd: na 15.00
Taal: Vietnamees / beetje Nederlands
Onderwerp: brief {{o:IND}} naturalisatie, kosten € 1.345 te veel
=====
Nieuw bericht via contactformulier
Naam: [[p:Abdullahi Osman]]
E-mailadres: [[e:abdullahi.osman@gmail.com]]
Telefoonnummer: [[t:06 87 32 03 61 9]]
Postcode: [[pc:2573 WB]]
Wijk: {{w:Rustenburg}}
Onderwerp: Werk en inkomen
Bericht: salaan. ik wil werk maar {{o:UWV}} zegt ik moet eerst taal. ik heb al b1 diploma. ik was in Somalie vrachtwagen chauffeur 10 jaar. ik wil rijbewijs C. is er subsidie?
=====
Formulier: Aanmelding sociaal wijkzorgteam
Voor wie meldt u aan?: voor mezelf
Naam: [[p:ROSE-MARIE JOSEPHIA]]
Geboortedatum: [[d:19 08 1966]]
BSN (niet verplicht): [[b:359 411 290]]
Adres: [[a:LAAN VAN MEERDERVOORT 1133]]
Postcode + plaats: [[pc:2555 AB]] {{w:DEN HAAG}}
Telefoon: [[t:(070)3661047]]
E-mail: -
Toelichting: MIJN BEWINDVOERDER IS GESTOPT EN IK KRIJG GEEN LEEFGELD MEER SINDS [[d:15 OKTOBER]]. IK HEB NIKS MEER.
=====
Nieuw bericht via contactformulier
Naam: Vrijwilligerscentrale
E-mailadres: 
Telefoonnummer: 
Postcode: 
Wijk: {{w:Segbroek}}
Onderwerp: Samenwerking
Bericht: Wij hebben 6 nieuwe maatjes beschikbaar voor mensen die eenzaam zijn (vooral ouderen, ook Engels- of Turkstalig). Graag komen wij in het teamoverleg van januari vertellen wat we doen. Bel gerust ons algemene nummer of kom langs op het kantoor aan de Fahrenheitstraat.
=====
Contactformulier
Naam: [[p:yusuf]]
E-mail: [[e:yusuf.k@hotmail.nl]]
Tel: [[t:O6I2345O91]]
Bericht: ik zoek meneer [[p:bakker]] van het wijkteam hij heeft mij geholpen vorig jaar. is hij er nog?
=====
Formulier: Terugbelverzoek
Naam: [[p:Wilhelmina]] ([[p:Mien]]) [[p:de Boer]]
Telefoon: [[t:070 - 3 9 4 5 5 2 1]]
Beste tijd: ochtend
Onderwerp: Mijn man [[p:Arie]] is [[d:20 juli]] overleden. Ik weet niet hoe het moet met de bank en de AOW.
=====
Nieuw bericht via contactformulier
Naam: [[p:Aster Tekle]]
E-mailadres: [[e:astertekle@gmail.com]]
Telefoonnummer: [[t:+31 6 38 29 11 04]]
Postcode: [[pc:2532 TC]]
Wijk: {{w:Moerwijk}}
Onderwerp: Gezin en opvoeding
Bericht: ሰላም. mijn zoon 15 jaar wil niet naar school. hij is altijd buiten met jongens die ouder zijn. zijn vader is niet hier. ik spreek tigrinya, beetje nederlands. kan iemand met tolk komen? yekenyeley
""")
# ---------------------------------------------------------------------------
# 5. Notes passed on by the receptionist / front desk (balie, telefooncentrale)
# ---------------------------------------------------------------------------
add(r"""
TERUGBELVERZOEK
Voor: [[p:Marloes]] ({{r:maatschappelijk werker}})
Van: dhr. [[p:Ouchan]] ([[p:Rachid]])
Tel: [[t:06-28 31 77 40]]
Datum/tijd: [[d:di 5/11]] 11:20
Betreft: brief {{o:CJIB}}, kenmerk [[z:2024 0871 1923 4410]], wil weten of de regeling nog loopt. Spreekt goed NL.
Aangenomen door: [[p:Petra]] (balie)
=====
Notitie balie: mw. [[p:Koç]] aan de balie geweest met haar dochter ([[p:Elif]], 14, tolkte). Wil [[p:Tamara]] spreken ivm huurachterstand. Komt morgen terug om 10u. Geen tel.nr. bekend, ze heeft geen beltegoed.
=====
tbv [[p:Sven]] - mw [[p:van der Kroef]] belde (3e keer vandaag!). Haar zoon [[p:Ronald]] staat weer voor de deur en wil geld. Ze is bang. Tel [[t:070 345 81 17]]. Heb gezegd dat je vóór 4 uur terugbelt.
=====
Aan: team {{w:Escamp}}
Tijdens de lunch belde een man die zijn naam niet wilde zeggen. Hij zei dat er in de [[a:Leyweg 412-C]] een vrouw met 3 kleine kinderen zonder verwarming zit. Nummer was afgeschermd.
=====
[[p:Esra]], meneer [[p:Kalloe]] heeft zijn nieuwe adres doorgegeven: [[a:Erasmusweg 1210]], [[pc:2542 PL]]. Oude adres ([[a:Dorpsstraat 8]], Wateringen) mag uit het systeem. Groet [[p:Angela]] (receptie)
=====
BALIE [[d:14-2]] 
dhr [[p:Boukhari]] [[p:Mustapha]] langsgeweest, heeft brief van deurwaarder {{o:Flanderijn}} (dossiernr [[z:VK/2024/33871]]) - beslag op uitkering per [[d:1 maart]]. Kopie in postvak [[p:Houda]].
=====
Voor [[p:Houda]]: de {{r:tolk}} Arabisch voor afspraak met fam. [[p:Hamdan]] is geannuleerd door tolkencentrum. Nieuwe tolk geboekt voor dezelfde tijd, boekingsnummer [[z:TVCN-8830412]]. [[p:Petra]]
=====
terugbelverzoek
mw [[p:Ivanova]] (spreekt Bulgaars/Russisch, een beetje Engels) voor [[p:Daan]]
nr: [[t:+359 88 412 7730]] of haar buurvrouw [[p:Svetla]] [[t:06 41 09 55 82]]
ivm: kamer opgezegd, moet eruit [[d:31-5]]
=====
Notitie telefooncentrale: een medewerker van {{o:Haag Wonen}} (mevr. [[p:Gerritsen]], afd. Bijzonder Beheer, direct [[t:070 - 7 57 31 86]]) vraagt wie de {{r:casusregisseur}} is van de bewoner van [[a:Escamplaan 221]]. Niks gezegd, eerst toestemming checken. Zij belt maandag terug.
=====
Kreeg net een tel. van de school ({{o:Het Palet}}) voor [[p:Jorien]]: de kinderen [[p:Martina]] komen al een week niet. Mentor mw. [[p:Trinidad]] wil overleg. Zij is bereikbaar op school tot 15.30, algemeen nummer school.
=====
Post voor het team: brief van {{o:Rechtbank Den Haag}} aan mw. [[p:Sillié]] per ongeluk bij ons bezorgd. Ligt in de la bij de balie.
=====
[[p:Robin]] - meneer [[p:Ghebreyesus]] was hier met zijn buurman [[p:Teklit]] (tolkt). Hij begrijpt de beslissing op bezwaar niet, zaaknummer [[z:Z-24-118273]]. Ik heb een kopie gemaakt. Wil jij hem bellen op nummer van de buurman: [[t:0644120958]]?
=====
telefoon voor [[p:Hanna]]: dochter van mw [[p:Hoogvliet]] ([[p:Ellen]]) belt, moeder is gevallen, ligt in het {{o:Haga}}. Wil met jou overleggen over thuiszorg na ontslag. Bellen voor 17.00: [[t:06 30 44 21 78]]
=====
Voor alle collega's: morgen is de balie gesloten van 12.00 tot 13.30 ivm teamuitje. Telefoon wordt doorgeschakeld naar het algemene nummer 14 070. Groetjes [[p:Angela]]
=====
Balie, [[d:vrijdag 8 november]]:
- 09.10 mw [[p:Yilmaz]] (niet die van de Kempstraat, de andere: [[p:Sevgi Yılmaz]], [[a:Paets van Troostwijkstraat 81]]) komt formulier inleveren voor [[p:Carlijn]] – in postvak
- 10.45 dhr [[p:Brunings]] wil [[p:Marc]] spreken, komt maandag terug
- 13.20 onbekende vrouw vroeg naar de voedselbank, verwezen naar {{o:Servicepunt XL}}
- 15.00 pakket voor [[p:Youssef]] afgeleverd (boeken taalcafé)
=====
Note from reception (English speaking client): Mr [[p:Osei]] came to the desk, his mobile [[t:+233 24 551 8890]] (Ghana number, no Dutch sim yet). He is staying with his cousin at [[a:Rederijkerstraat 12]]. Needs help with registration at the gemeente. Please call [[p:Priscilla]].
""")
# ---------------------------------------------------------------------------
# 6. Volunteers, neighbours and relatives; longer messages in mixed languages
# ---------------------------------------------------------------------------
add(r"""
Hallo [[p:Marc]], even een update van het maatjesproject: ik ben gisteren weer bij meneer [[p:Sabajo]] geweest ([[a:Soestdijksekade 502]]). Hij had zijn insuline niet gehaald en zijn koelkast was leeg. We zijn samen naar de {{o:Lidl}} geweest. Hij vertelde dat zijn neef [[p:Errol]] zijn pinpas heeft "geleend" en dat er nu € 600 van zijn rekening af is. Ik vertrouw het niet. Kun jij er iets mee? Groetjes, [[p:Ineke]] (vrijwilliger {{o:Stichting MOOI}})
=====
Dag [[p:Ineke]], dank je wel, goed dat je dit meldt. Ik ga morgen met meneer praten over een {{r:bewindvoerder}} en ik laat de bank de pas blokkeren. Wil jij volgende week weer gaan? [[p:Marc]]
=====
Beste wijkteam,
ik ben [[p:Gonca]], ik woon naast de familie [[p:Aslan]] op de [[a:Zonnebloemstraat 104]]. Sinds een paar weken hoor ik elke nacht geschreeuw en de kinderen huilen. Gisteren zag ik de moeder met een blauw oog. Ik wil niet dat ze in de problemen komt. Ik heb het ook tegen de wijkagent gezegd. Mag ik anoniem blijven?
=====
Beste [[p:Gonca]], dank je wel dat je dit met ons deelt, dat vraagt moed. Ja, je kunt anoniem blijven. Wij nemen contact op met {{o:Veilig Thuis}} om te overleggen. Als je ooit direct gevaar ziet, bel 112. Met vriendelijke groet, [[p:Lotte]], {{r:maatschappelijk werker}}
=====
merhaba [[p:Esra]] hanım, ben [[p:Songül]], [[p:Ayten]] teyzenin kızı. annem ([[p:Ayten Korkmaz]]) hastanede değil artık, eve geldi. ama yalnız kalamaz. evde bakım lazım. wijkverpleging ne zaman başlar? telefonum [[t:05 32 418 77 09]] değil, hollanda numaram [[t:06 19 38 22 74]]. teşekkürler
=====
[[p:Songül]] hanım merhaba, de {{r:wijkverpleegkundige}} van {{o:Saffier}} komt morgen tussen 9 en 11 voor de intake bij uw moeder. Kolay gelsin. [[p:Esra]]
=====
ik ben de oppas van mevrouw [[p:de Vos]] in de [[a:Jacob van der Doesstraat 45]], ze heeft geen eten in huis en de thuiszorg komt niet meer sinds zondag. wat moet ik doen. [[p:Bianca]]
=====
Dear team, I'm writing on behalf of my colleague [[p:Ashwin Rao]] who just moved to The Hague from Bangalore. His wife [[p:Deepa]] is pregnant and they don't have a huisarts or insurance yet. Their address is [[a:Regentesselaan 88-B]]. Could you advise? Thanks, [[p:Tom Hendriks]] (HR)
=====
Goedemorgen, ik ben [[p:Mirela]], vrijwilliger bij de {{o:Voedselbank}} uitgiftepunt {{w:Moerwijk}}. Een van onze klanten, [[p:Constantin]] (Roemeens, ±50), vertelde dat hij in zijn auto slaapt bij het Zuiderpark. Hij heeft een ontstoken voet. Hij komt elke donderdag om 14.00 bij ons. Kunnen jullie dan langskomen? Zijn nummer: [[t:+40 741 338 012]]
=====
Hoi [[p:Mirela]], ik kom donderdag om 14.00 samen met de {{r:straatverpleegkundige}} van de {{o:GGD}}. Dank je! [[p:Jelle]]
=====
Mevrouw ik schrijf voor mijn oom [[p:Kidane]] hij is 61 en hij woont alleen in [[a:Westeinde 47]] 3 hoog. Hij drinkt te veel sinds zijn vrouw is gestorven in Eritrea. Hij wil niet naar de dokter. Wij zijn bezorgd. Hij spreekt alleen tigrinya en arabisch. Ik ben [[p:Semhar]], [[t:06-18 99 04 27]]
=====
Goedemiddag [[p:Semhar]], dank voor je bericht. Ik zou graag samen met jou bij je oom langsgaan, dan kan jij tolken als hij dat goed vindt. Past [[d:woensdag 27 november]] om 16.00? Groet, [[p:Joris]], SWT {{w:Centrum}}
=====
Hoi hoi, ik ben [[p:Nienke]] van het taalcafé in de bieb. Eén van de deelnemers, [[p:Ali Reza]], vroeg of ik kon helpen met een brief van de {{o:Belastingdienst}}: hij moet € 3.812 aan zorgtoeslag terugbetalen (jaar 2022). Ik weet daar niks van. Zijn telefoon: [[t:06 2200 8741]]. Hij heeft toestemming gegeven om dit door te sturen.
=====
hallo, is er in de wijk iemand die kan helpen met het invullen van formulieren in het Arabisch of Turks? liefst op zaterdag, want doordeweeks werk ik in de kassen. dank u
=====
Hallo, elke dinsdagochtend is er een formulierenspreekuur met Arabisch- en Turkssprekende vrijwilligers in wijkcentrum Het Lange Voorhout. Op zaterdag helaas niet. Groet, het wijkteam
=====
Me llamo [[p:Yesenia]], soy la hermana de [[p:María José]]. Gracias por ayudar. Ze mag nu twee weken in het {{o:Leger des Heils}} opvang blijven. Wij blijven in contact via deze nummer. ❤️
=====
Buenos días [[p:Yesenia]], mooi nieuws. Ik spreek [[p:María José]] maandag bij de opvang. Saludos, [[p:Floor]]
=====
opa [[p:henk]] zegt dat hij niet wil dat er iemand komt. hij heeft me gevraagd u te laten weten. sorry. [[p:Daphne]] (kleindochter)
=====
Beste [[p:Daphne]], dank je. We respecteren dat, maar ik zou graag één keer kennismaken met je opa, zonder verplichtingen. Wil je dat aan hem vragen? Groet, [[p:Hanna]]
=====
hallo mijn vriendin is zwanger 17 jaar en haar ouders weten niet. waar kan ze heen zonder dat iemand het weet?? ze woont in {{w:Ypenburg}}
=====
Hoi, dank je dat je het vraagt. Je vriendin kan gratis en anoniem terecht bij de {{o:Fiom}} (ook chat) of bij de {{r:jeugdverpleegkundige}} van het {{o:CJG}}. Wil ze met iemand praten, dan kan ze ook dit nummer appen. Groet, wijkteam {{w:Ypenburg}}
=====
Morgen [[p:Fleur]], ik ben [[p:Jan]] van het klussenteam. De kapotte kraan bij mw [[p:Lammers]] is gerepareerd, de lamp in de gang ook. Haar trapleuning zit los (vierde trede), dat moet {{o:Haag Wonen}} doen. Materiaal kostte € 12,45, bon zit in het kastje.
=====
habibi salam, ik ben nu bij de ingang, waar moet ik heen?
=====
Hoi meneer, loop naar binnen en vraag aan de balie naar kamer 2.07, ik kom u halen. [[p:Karim]]
""")
# ---------------------------------------------------------------------------
# 7. Numbers typed oddly: bank accounts, BSNs, dates, dossier numbers
# ---------------------------------------------------------------------------
add(r"""
mevrouw hier is mijn rekening nummer voor de bijzondere bijstand [[i:nl80abna4427710493]] op naam van [[p:h. ziani]]
=====
Dag meneer [[p:Ziani]], dank u. Klopt het dat de rekening op naam van uw vrouw staat? Voor de bijstand moet het een rekening op uw eigen naam zijn. Gr [[p:Houda]]
=====
ja is van mijn vrouw [[p:Latifa]]. mijn rekening is geblokkeerd door beslag. wat nu
=====
iban van mij: [[i:NL 32 SNSB 0380 0316 14]]
naam: [[p:Filomena Monteiro]]
bedankt [[p:Lotte]]!
=====
Beste mevrouw, ik heb de €150 voor de schoolspullen nog niet gehad. mijn rekening is [[i:NL92ASNB214240073]] . [[p:Rahma]]
=====
Dag [[p:Rahma]], het rekeningnummer dat u stuurde mist een cijfer, daarom is de betaling teruggekomen. Wilt u een foto van uw bankpas sturen (nummer zichtbaar, de rest mag u afplakken)? Gr [[p:Iris]]
=====
sorry sorry het is [[i:NL92ASNB2142400773]]
=====
Graag deze gegevens gebruiken voor het Wmo-formulier:
naam [[p:Grabowska]], [[p:Dorota]]
bsn [[b:452.837.510]]
geb. [[d:23/11/1958]]
klantnr zorgverzekeraar [[z:187263540]]
tel [[t:06.41.93.27.70]]
[[p:Dorota]]
=====
BSN zoon [[p:Nour]]: [[b:82145036O]] (met een O, sorry met 0 aan het einde) geboren [[d:3 juli 2019]]
=====
mijn nummer is veranderd het is nu: [[t:nul zes, drie acht, vijf vijf, twee twee, negen nul]]. [[p:Khalid]]
=====
Dag [[p:Khalid]], ik noteer [[t:06 38 55 22 90]]. Klopt dat? [[p:Sander]]
=====
hallo mevrouw afspraak is [[d:12/03]] of [[d:03/12]]?? op brief staat [[d:12-03]] ik snap niet. [[p:Olena]]
=====
Hoi [[p:Olena]], in Nederland schrijven we eerst de dag: het is [[d:12 maart]] ([[d:twaalf maart]]). Tot dan! [[p:Merel]]
=====
ik ben geboren [[d:1-1-1985]] maar in mijn paspoort staat [[d:01.01.85]] en bij gemeente [[d:1985-01-01]], is dat probleem? [[p:Abdirahman]]
=====
Nee hoor, dat is allemaal dezelfde datum. [[p:Sahra]]
=====
afspraak bij de huisarts is [[d:ma 18 nov]] om 8.45, kan iemand mee? mijn nederlands is niet goed genoeg voor dokter. [[p:Mussa Hirsi]]
=====
mijn zaaknummer van de gemeente is [[z:2024 - 0 4 8 8 1 2]] en mijn klantnummer bij de kredietbank [[z:KB0091834]]. wat moet ik nog meer sturen
=====
Hier de gegevens van mijn broer voor de aanvraag:
Naam: [[p:Jermaine Wawoe]]
Geb: [[d:7 dec '92]]
BSN: [[b:145 1333 70]]
Adres: [[a:Hendrik Zwaardecroonstraat 116]] [[pc:2593 XR]]
Rek.nr: [[i:NL 93 BUNQ 7698 4404 45]]
Hij zit nu vast ({{o:PI Haaglanden}}), komt vrij op [[d:2 april]].
=====
Goedemorgen, mijn moeder [[p:Siti Soewandi]] heeft een nieuwe pas van de bank. het nieuwe rekeningnummer eindigt op 8922 (rabo). het volledige nummer stuur ik per post. groet [[p:Rini]]
=====
Mevrouw, factuur van de tandarts is € 1.274,35, behandelcode V21 en ik heb al 300 betaal. Ik heb nog 974,35 te betalen. Kan bijzondere bijstand? [[p:Gulnara]]
=====
Dag [[p:Gulnara]], de tandarts kan via de bijzondere bijstand als de verzekering het niet vergoedt. Neem de factuur en de afwijzing van de verzekering mee naar uw afspraak op [[d:dinsdag 10 december]]. Groet, [[p:Carlijn]]
=====
hallo [[p:Carlijn]] mijn dossier nummer is [[z:#77120]] en van mijn man [[p:Rustam]] [[z:#77121]]. verzekering zegt nee omdat geen aanvullend pakket
=====
tel van mijn neef die tolkt: [[t:+31-6-51-20-48-77]] naam [[p:Ahmad Shah Sultani]]
=====
mevrouw [[p:saskia]] ik ben [[p:karin groen]] van [[a:hooftskade 61]] [[pc:2526 kk]]. de buurvrouw mevrouw [[p:visser]] van [[a:hooftskade 63]] is al 3 dagen niet gezien. de post ligt buiten. ik heb een slechte gevoel
=====
Mevrouw [[p:Groen]], dank u. Ik heb de politie gevraagd langs te gaan. Ik bel u straks. [[p:Saskia]]
=====
[[p:saskia]] ze leeft!! ze was bij haar dochter in Zoetermeer. sorry voor de paniek. [[p:karin]]
=====
BSN moeder [[b:56912048]] en vader [[b:809700554]]
=====
Dag, het BSN van uw moeder heeft 8 cijfers, er mist er één. Wilt u het nog eens nakijken op haar ID-kaart? Gr [[p:Dewi]]
=====
oh sorry [[b:569120482]]
""")
# ---------------------------------------------------------------------------
# 8. Longer messages, threads and professionals' replies
# ---------------------------------------------------------------------------
add(r"""
Geachte mevrouw [[p:Verhoef]],

Mijn naam is [[p:Ilham Azarkan]], ik ben 34 jaar en ik woon met mijn drie kinderen ([[p:Adam]] 11, [[p:Ines]] 8 en [[p:Yassin]] 3) op de [[a:Vlierboomstraat 520]] in {{w:Bomen- en Bloemenbuurt}}. U heeft mij vorige maand geholpen met de aanvraag van de kinderopvangtoeslag, nogmaals bedankt daarvoor.

Ik schrijf u omdat er nu iets anders is. Mijn ex-man [[p:Nordin]] (vader van de kinderen) heeft de rechtbank gevraagd om een nieuwe omgangsregeling. De zitting is op [[d:17 januari 2025]] en ik heb een brief gekregen van zijn advocaat, mr. [[p:P. de Jong]]. Ik heb geen geld voor een advocaat. Het {{o:Juridisch Loket}} zei dat ik een toevoeging kan aanvragen, maar het formulier is heel ingewikkeld. Ook wil ik niet dat de kinderen alleen bij hem zijn, omdat hij in het verleden agressief was (er is een melding geweest bij {{o:Veilig Thuis}} in 2022, nummer [[z:VT-2022-10443]]).

Kunt u mij helpen met het formulier en weet u of iemand van het team mee kan naar de zitting? Ik ben bereikbaar op [[t:06 4401 2298]], het beste tussen 9.00 en 14.00 (dan zijn de kinderen op school).

Met vriendelijke groet,
[[p:Ilham Azarkan]]
=====
Beste mevrouw [[p:Azarkan]],

Dank voor uw duidelijke mail. Ik help u graag met de aanvraag toevoeging. Ik heb [[d:woensdag 11 december]] om 9.30 tijd, bij u thuis of op kantoor, wat u wilt. Wilt u de brief van de advocaat en de beschikking van de vorige omgangsregeling klaarleggen?
Ik vraag ook aan onze {{r:gezinscoach}} van het {{o:CJG}} of zij mee kan naar de zitting.

Met vriendelijke groet,
[[p:Marieke Verhoef]]
{{r:maatschappelijk werker}} | sociaal wijkzorgteam {{w:Bomen- en Bloemenbuurt}}
=====
Hallo wijkteam, ik weet niet of ik bij jullie goed ben maar ik probeer het. Ik ben [[p:Zoran]], 58 jaar, ik kom uit Bosnië, woon al 30 jaar hier in Den Haag. Tot vorig jaar heb ik gewerkt als lasser in de {{w:Binckhorst}} maar mijn rug is kapot, twee hernia's. Ik zit nu in de WIA keuring, {{o:UWV}} heeft gezegd dat ik 35% ben afgekeurd, dus geen uitkering, maar ik kan echt niet meer werken. Mijn vrouw [[p:Mirsada]] werkt 16 uur in de schoonmaak. Wij hebben nu achterstand huur bij {{o:Staedion}} van 2 maanden, en de energie rekening is 260 euro per maand geworden. Mijn zoon studeert in Delft en ik wil niet dat hij moet stoppen.
Ik heb een brief van {{o:Staedion}} met huurcontract nummer [[z:30041877]] dat als ik niet betaal voor [[d:1 februari]] gaan ze naar de deurwaarder.
Ik ben een trots man en ik heb nooit hulp gevraagd. Maar nu weet ik het niet meer.
Mijn adres is [[a:Hengelolaan 1088]], [[pc:2545 JK]]. telefoon [[t:0651 83 20 97]]
Hvala, dank u,
[[p:Zoran Hadžić]]
=====
Beste meneer [[p:Hadžić]], dank u voor uw bericht, u bent bij ons aan het goede adres. Ik bel u morgen ([[d:14 januari]]) tussen 10 en 11 uur. Dan maken we een afspraak om samen naar de huur, de energie en het bezwaar tegen de {{o:UWV}}-beslissing te kijken. Dat bezwaar moet binnen 6 weken, dus we moeten snel zijn. Met vriendelijke groet, [[p:Thijs Vink]], {{r:schuldhulpverlener}}
=====
van: [[p:Priscilla]]
aan: [[p:Robin]], [[p:Floor]]
onderwerp: overdracht mw [[p:Tekle]]

hoi beiden, ik ben vanaf morgen 3 weken weg. mw [[p:Aster Tekle]] ({{w:Moerwijk}}, zoon [[p:Natnael]] 15 spijbelt) heeft [[d:do 5/12]] om 15u een gesprek op school met de {{r:leerplichtambtenaar}}. Tolk Tigrinya is geboekt (nr [[z:TVCN-8830977]]). Kan een van jullie mee? Haar nummer staat in het dossier.
groetjes P
=====
Hoi [[p:Priscilla]], ik ga mee. Fijne vakantie! [[p:Floor]]
=====
mevrouw goedeavond. vandaag was politie bij mijn huis voor mijn zoon [[p:Sami]]. ze zeggen hij heeft gestolen in de Albert Heijn. hij is 16. ik weet niet wat doen, ik ben alleen met hem en mijn dochter. mijn man is in Syrie nog. ik heb heel slecht geslapen. ik wil met iemand praten. [[p:Rima Darwish]]
=====
Beste mevrouw [[p:Darwish]], wat schrikt u daarvan. Ik bel u morgenochtend. Het {{o:Bureau Halt}} neemt vaak contact op bij jongeren van 16; wij kunnen u daarbij helpen. Sterkte vanavond. [[p:Houda]]
=====
Hallo,
Ik ben [[p:Greetje]] van de {{o:Protestantse Gemeente}} in {{w:Loosduinen}}. Wij bezoeken al jaren mevrouw [[p:Zeeman]], 91, in de [[a:Willem III straat 38]]. Ze wordt steeds vergeetachtiger en laat vreemden binnen. Vorige week heeft een 'monteur' € 400 van haar meegenomen. Haar enige familie is een neef in Groningen ([[p:Harm Zeeman]], [[t:050-5771392]]). Wij willen graag met jullie overleggen.
Vriendelijke groet,
[[p:Greetje Post]]
[[t:06-22 31 98 40]]
=====
Goedemiddag, vraagje: Kan ik bij jullie terecht als ik mantelzorger ben en overbelast? Ik zorg voor mijn man met Parkinson en ik kan het niet meer aan. We wonen in {{w:Leidschenveen}}. Ik wil liever eerst informatie voordat ik mijn gegevens geef.
=====
Goedemiddag, zeker. Wij kunnen samen kijken naar respijtzorg (even vrijaf), dagbesteding voor uw man en ondersteuning voor uzelf, bijvoorbeeld via {{o:Mantelzorg Den Haag}}. Een eerste gesprek is vrijblijvend en gratis. U kunt ook langskomen op het inloopspreekuur op woensdag 9.00-11.00. Met vriendelijke groet, het sociaal wijkzorgteam {{w:Leidschenveen}}-{{w:Ypenburg}}
=====
Onderwerp: gesprek [[d:19-6]]

Beste [[p:Tim]],
Zoals afgesproken stuur ik je het overzicht van de schulden van mijn vader [[p:Cornelis]] ([[p:Kees]]) [[p:Blom]]:
| schuldeiser | bedrag | kenmerk |
| {{o:CZ}} | € 1.189,00 | [[z:CZ-771-004239]] |
| {{o:Eneco}} | € 845,12 | [[z:204918877]] |
| {{o:Belastingdienst}} | € 2.310,00 | [[z:1749.45.622.H.01]] |
| Wehkamp | € 312,77 | [[z:WK 8830 1924]] |
Totaal: € 4.656,89
Hij woont nog steeds op de [[a:Fahrenheitstraat 602]]. Ik zal er [[d:19 juni]] bij zijn.
Groet, [[p:Marjolein Blom]]
=====
Hoi [[p:Marjolein]], dank, heel duidelijk. Tot [[d:19 juni]]. [[p:Tim]]
=====
Bon dia, mi ta [[p:Eldrick Francisca]]. Mi a haña un karta ku mi mester bai na {{o:UWV}} [[d:djarason 9 di ougùstùs]]. Mi no ta kompronde hulandes bon. Por bo yuda mi? Mi number: [[t:+599 9 561 2240]] (Kòrsou) òf [[t:06 1173 0468]]
=====
Bon dia [[p:Eldrick]], ja, ik ga met je mee naar het {{o:UWV}}. Ik haal je om 9.15 op. Ayo, [[p:Jorien]]
=====
Dank voor uw bericht. Wij zijn tijdens de kerstvakantie beperkt bereikbaar. Bij spoed belt u 14 070, bij crisis de huisartsenpost of 112. Voor vragen over geweld in huis: {{o:Veilig Thuis}}, 0800-2000.
=====
hey [[p:Joris]], ik heb de vrijwilligers voor de kerstlunch: [[p:Annie]], [[p:Mustafa]], [[p:Trees de Ruiter]] en [[p:Wen]]. we zijn met 42 gasten dit jaar. tafels klaarzetten om 10.30? groet [[p:Lia]]
=====
Dzień dobry! Ik ben [[p:Paweł]] van {{o:Barka}}. Wij hebben gisteren dhr. [[p:Zając]] ([[p:Henryk]], 63) gesproken bij de daklozenopvang. Hij wil terug naar Polen naar zijn zus in Łódź. Zijn paspoort is verlopen. Kan iemand van het wijkteam helpen met een noodpaspoort via de ambassade? Groet, [[p:Paweł Mazur]], [[t:06 83 07 15 42]]
=====
Goedemiddag, graag wil ik een klacht indienen over de manier waarop ik te woord ben gestaan op het spreekuur van vorige week dinsdag. Ik voelde me niet serieus genomen. Graag een reactie.
=====
Goedemiddag, wat vervelend dat u zich niet serieus genomen voelde. Wij willen dit graag met u bespreken. Wilt u uw naam en telefoonnummer sturen, dan belt de teamleider u terug? Met vriendelijke groet, sociaal wijkzorgteam
=====
mevrouw [[p:Lotte]] is [[p:rasha]] hier. ik ben bij mijn zus in Rijswijk met de kinderen. [[p:ziad]] weet niet waar ik ben. mijn adres nu [[a:Herenstraat 88]] Rijswijk maar zeg niet aan niemand
=====
[[p:Rasha]], dat adres blijft bij ons en wordt nergens doorgegeven. Ik kom morgen om 11.00 naar je toe, samen met een medewerker van {{o:Veilig Thuis}}. [[p:Lotte]]
=====
hallo met [[p:ayoub]]. de man van het energie zegt ik moet 68 euro per maand betaal maar ik heb al 4 maanden 120 betaal. is dat goed of fout?
=====
Dag [[p:Ayoub]], dat kan betekenen dat u geld terugkrijgt bij de jaarafrekening. Stuur een foto van de brief, dan kijk ik mee. [[p:Sander]]
=====
ik wil zeggen dank u voor alles. ik heb nu werk bij de {{o:HTM}} als schoonmaker. vanaf [[d:1 september]]. mijn moeder zegt ook dank. [[p:Biniam]] 🙏
=====
Mevrouw de huisbaas van mijn vriend zegt hij moet 1.500 euro borg betalen voor 1 kamer van 12 m2 op zolder. is dat normaal in den haag? mijn vriend wil niet naam zeggen
=====
Beste, dat is erg veel. Via het {{o:Huurteam}} of {{o:Huurloket Den Haag}} kan uw vriend gratis en zonder naam advies krijgen over de huur en de borg. Groet, wijkteam
""")
# ---------------------------------------------------------------------------
# 9. More senders: long messages, lazy typing, surnames that are ordinary words
# ---------------------------------------------------------------------------
add(r"""
Beste mevrouw [[p:Koning]] van het wijkteam,

Ik ben [[p:Lieke Winter]], de dochter van [[p:Theo Winter]] ([[a:Goudsbloemlaan 71-III]], [[pc:2565 CR]]). Ik woon zelf in Utrecht en kom er maar één keer in de twee weken. Ik maak mij grote zorgen. Sinds mijn moeder in maart is overleden eet mijn vader bijna niet meer, hij drinkt elke avond een fles wijn en hij zegt dingen als "ik hoef niet meer zo nodig". De {{r:huisarts}}, dokter [[p:Hoek]], heeft hem antidepressiva voorgeschreven, maar ik weet niet of hij ze neemt; toen ik vorige week de doosjes telde, zaten ze nog vol.

Daarnaast: hij opent zijn post niet meer. Ik vond aanmaningen van {{o:Vattenfall}} en een brief van de {{o:Belastingdienst}} over een naheffing van € 1.900. Zijn bankrekening ([[i:NL25RABO7430678688]]) staat op min. Hij heeft mij gemachtigd om mee te kijken, maar ik heb geen tijd en ik wil ook niet dat het tussen ons komt.

Wat ik zou willen: dat er iemand regelmatig bij hem langsgaat, dat iemand met hem naar zijn geldzaken kijkt, en dat er gekeken wordt of hij ergens in de wijk mensen kan ontmoeten. Hij was vroeger vrijwilliger bij de volkstuinen in {{w:Segbroek}}, dat vond hij prachtig.

Ik ben bereikbaar op [[t:06 – 21 48 77 03]] of via [[e:lieke.winter@xs4all.nl]]. Mijn vader zelf: [[t:070 363 09 14]] (hij neemt alleen op als hij het nummer kent).

Bij voorbaat veel dank,
[[p:Lieke Winter]]
=====
Beste [[p:Lieke]], dank voor uw uitgebreide bericht. Ik bel uw vader eerst zelf op, met de mededeling dat u ons gevraagd heeft langs te komen, zodat hij mijn nummer kent. Ik plan een huisbezoek samen met de {{r:POH-GGZ}} in de week van [[d:7 oktober]]. U hoort van mij. Met vriendelijke groet, [[p:Gerda Koning]], {{r:casusregisseur}}
=====
mw. [[p:v.d. berg]] belde, ze wil weten of de taxi voor de dagbesteding morgen komt. ik heb gezegd dat jij terugbelt [[p:M.]]
=====
ik ben [[p:de jong]] van nr 17, die meneer van boven ([[p:smit]]) heeft weer zijn tv de hele nacht hard aan. ik kan niet slapen. dit is de 5e keer. wat doen jullie eraan
=====
Goedemorgen meneer [[p:De Jong]], overlast tussen buren valt niet onder ons team, maar {{o:Buurtbemiddeling}} kan helpen, gratis. Zal ik u aanmelden? Groet, [[p:Wendy]]
=====
Goedenavond [[p:Wendy]], ik ben [[p:Tan Siu Ling]] (mevrouw [[p:Tan]]), ik woon in de [[a:Bilderdijkstraat 41]]. De {{r:Wmo-consulent}} zei dat ik een traplift krijg maar het duurt al 5 maanden. Mijn knie is heel slecht, ik kom niet meer naar beneden. Mijn zoon [[p:Kevin Tan]] kan bellen overdag [[t:06 58 30 14 92]]. Dank u.
=====
Sabah al kheir mevrouw [[p:Houda]], ik ben [[p:Abu Khaled]], buurman van [[p:Um Khaled]]... nee sorry, ik ben zelf [[p:Khaled]]s vader, [[p:Yousef Hamwi]]. De brief van de gemeente over inburgering, mijn DigiD werkt niet. Mijn vrouw [[p:Samar]] heeft de code maar die is verlopen. Help alstublieft. [[t:06 47 12 98 30]]
=====
Beste meneer [[p:Hamwi]], u kunt een nieuwe DigiD-code aanvragen bij de gemeente. Kom morgen naar het DigiD-spreekuur in de bibliotheek {{w:Transvaal}}, 10.00-12.00, met uw ID-kaart. Groet, [[p:Houda]]
=====
hoi [[p:floor]] ben [[p:shurwin]]. die kamer in de [[a:hoefkade 1012]] is nu leeg die mevrouw is weg. de huisbaas zoekt nieuwe mensen maar het is gevaarlijk daar. kabels overal. weet jij wie je moet bellen?
=====
Hoi [[p:Shurwin]], dank je. Ik meld het bij het {{o:team Handhaving}} van de gemeente. [[p:Floor]]
=====
Van: [[p:Anouk Visser]] <[[e:anouk.visser@ouderenzorgmariahoeve.nl]]>
Onderwerp: mevr. [[p:Kromosoeto]], [[a:Ametisthorst 412]]

Hoi [[p:Ruud]],
Vanmorgen bij mw. [[p:Kromosoeto]] geweest voor de wondzorg. Ze vertelde dat haar kleinzoon bij haar is ingetrokken en dat hij 'geld leent' van haar pinpas. Ze was emotioneel. Ik heb haar gevraagd of ik jou mocht inlichten, dat mocht. Haar dochter [[p:Sandra]] ([[t:0613047720]]) weet het nog niet.
Groet,
[[p:Anouk]]
{{r:wijkverpleegkundige}} {{o:Ouderenzorg Mariahoeve}}
=====
Dag [[p:Anouk]], dank, ik ga er [[d:vrijdag 25 oktober]] langs en neem de {{r:ouderenconsulent}} mee. Financieel misbruik bespreek ik ook met {{o:Veilig Thuis}}. [[p:Ruud]]
=====
hello my name is [[p:Kiran]] i am wife of [[p:Rajesh Kumar]] we live [[a:Statenplein 3B]] [[pc:2582EW]]. my husband is in hospital {{o:HMC Westeinde}} since [[d:sunday 3/3]]. i have no bank card and no money. i dont speak dutch. can someone help pls [[t:+91 98450 31277]] whatsapp
=====
Hello [[p:Kiran]], I'm [[p:Joris]] from the social neighbourhood team. I will call you on WhatsApp today at 14.00 with an interpreter in Hindi. Take care, [[p:Joris]]
=====
Assalamu alaikum. Ik ben [[p:Zarifa]], moeder van [[p:Mursal]] ([[d:12-5-2010]]). Hij zit in {{o:Stichting Jeugdformaat}} begeleiding maar die mevrouw [[p:Noorzai]] is weg en niemand belt. Ik woon nu [[a:Oudemolenstraat 22]], oud adres [[a:Moerweg 55-A]]. Tashakor.
=====
AAN HET WIJKTEAM. IK BEN [[p:ROBERT BRITO]] EN IK KRIJG GEEN UITKERING MEER SINDS [[d:1 JUNI]] OMDAT IK GEEN ADRES HEB. IK SLAAP BIJ MIJN NEEF [[p:ADILSON]] OP DE [[a:PAUL KRUGERLAAN 212 A]]. MAG DAT MIJN ADRES ZIJN? TEL [[t:06-87.33.12.40]]
=====
Dag meneer [[p:Brito]], u kunt een briefadres aanvragen bij de gemeente, met toestemming van uw neef. Ik help u daarmee. Kom [[d:donderdag 13 juni]] om 10.00 naar het {{o:Servicepunt XL}} {{w:Transvaal}}. Groet, [[p:Sander]]
=====
[[[d:08-08-2024]] 13:02:11] [[p:Marcel]] (buurman): Hoi, mevrouw [[p:Sitompul]] op nummer 33 heeft me gevraagd jullie te appen. Haar wasmachine is stuk en er is lekkage naar beneden. Ze heeft geen geld voor een nieuwe. Ze zegt dat ze een {{r:maatschappelijk werker}} had, [[p:Wouter]] of zo?
[[[d:08-08-2024]] 13:40:55] wijkteam: Dank je [[p:Marcel]]. [[p:Wouter]] is op vakantie; ik ([[p:Saskia]]) neem het over en bel mevrouw vandaag.
=====
Mevrouw, ik stuur u het nummer van de bewindvoerder van mijn broer [[p:Ramon]]: {{o:Bewindvoering De Horizon}}, mevrouw [[p:Lacle]], direct [[t:085 – 130 44 86]]. Hun algemene nummer is 085-1300400 maar daar neemt niemand op. Dossiernummer bij hen [[z:BH-15530]].
=====
Dag [[p:Gerrit]], wil je de tolk annuleren voor [[d:dinsdag 4/2]]? Mw. [[p:Habtemariam]] heeft afgezegd, kind ziek. Nieuwe datum volgt. [[p:Saskia]]
=====
hi mevrouw ik ben [[p:agata]] ik werk schoonmaak in hotel. de baas betaalt mij 9 euro uur zonder contract. is dat normaal? ik woon in de [[a:weimarstraat 300 a]]
=====
Hoi [[p:Agata]], nee, dat is onder het minimumloon. {{o:Fairwork}} kan je helpen, gratis en vertrouwelijk. Zal ik een afspraak maken? [[p:Iris]]
=====
Voor [[p:Marc]]: dhr. [[p:Mohabier]] ([[p:R.]]) belde – de verhuizing naar [[a:Loosduinse Hoofdstraat 718]] gaat door op [[d:15-3-'25]]. Hij wil hulp met inpakken, heeft rugklachten. Zijn nummer is hetzelfde gebleven. – receptie
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
            if sp["text"] in TYPED_WRONG:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h114-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout114.jsonl")
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
        "max chars",
        max(len(r["text"]) for r in rows),
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
