#!/usr/bin/env python3
"""Held-out corpus 107: messages that clients, their relatives and neighbours send to
Hague neighbourhood teams (WhatsApp, SMS, contact forms on the municipality's website,
e-mails, voicemail transcripts) and the professionals' short replies. Poor spelling,
no capitals, run-on sentences, Dutch mixed with Arabic, Turkish, Polish, Papiamentu,
English and Tigrinya words, phone numbers and dates typed in odd ways, names of
children, landlords, bailiffs and debt collectors, vague places next to real addresses.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout107.jsonl next to itself.
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

# Numbers deliberately typed wrong by the writer of a message (still personal data).
MISTYPED = {"NL60 ABNA 0567 8418 280", "NL47 RABO 0752 0251 681", "936 301 535"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. WhatsApp messages from clients to "their" professional
# ---------------------------------------------------------------------------
add(r"""
hoi [[p:sanne]] met mij gaat niet goed. de {{r:deurwaarder}} van {{o:flanderijn}} stond vanochtend weer voor de deur hij zegt [[d:vrijdag de 14e]] komen ze de spullen ophalen ik heb echt geen geld. kan jij die man bellen?? hij heet [[p:verhoef]] ofzo op zijn kaartje staat [[t:06-22 81 47 90]] mijn dossiernummer daar is [[z:FL/2024/338716]] groetjes [[p:samira]]
=====
salaam aleikum juf [[p:hanan]] ik ben de moeder van [[p:ilyas]] en [[p:rayan]] van de {{o:fatih school}}, inshallah kom ik morgen naar het spreekuur want de brief van de huur snap ik niet. ik neem de brief mee. shukran 🙏
=====
bon dia [[p:orlando]] mi ta [[p:Ruthmila]] di ayera, e {{r:huisbaas}} meneer [[p:Kuipers]] a bin atrobe hij zegt ik moet eruit voor [[d:1 maart]] anders gooit hij mijn spullen op straat. mi no sa kiko pa hasi. ik woon nog steeds [[a:van der vennestraat 71]] 2e etage. danki hopi
=====
Merhaba [[p:Melike]] abla, ik heb de brief van {{o:Belastingdienst}} gekregen ze willen €2.340 terug van toeslagen. oğlum [[p:Emre]] heeft het vertaald maar ik begrijp het nog steeds niet. kunnen we samen kijken? ik ben thuis na 3 uur. teşekkürler
=====
dzień dobry pani [[p:Fenna]], ik ben [[p:Katarzyna]] ([[p:Wójcik]]). mijn werkgever betaalt al 6 weken niet en de {{r:huisbaas}} wil de huur van €650. we wonen met 4 in 1 kamer [[a:Schalk Burgerstraat 140 a]]. proszę bel mij [[t:+48 601 338 214]] is mijn nummer, nederlandse simkaart is leeg
=====
selam [[p:Filmon]] hawey, kemey aleka. ik heb afspraak bij {{o:IND}} op [[d:21/11]] maar ik weet niet waar. mijn vrouw [[p:Luwam]] is ziek, baby huilt de hele nacht. yekenyeley
=====
hallo mevrouw [[p:de bruin]] ik ben het [[p:Gerard]] van [[a:Hoefkade 488]] ik heb de papieren van de {{o:kredietbank}} getekend en in de bus gedaan bij jullie in het wijkcentrum, hoop dat ze goed zijn aangekomen groet [[p:g. hoek]]
=====
Hi [[p:Jasper]], sorry for my dutch not so good. The landlord mr [[p:Ahmadzai]] says i have to pay €300 extra for the "service" or leave. Is this allowed?? my room is [[a:Parallelweg 212-3]] [[pc:2525 NV]]. Thank you
=====
[[p:tamara]] ik kan morgen niet komen naar de afspraak [[p:djaylen]] is ziek koorts 39,5 en ik heb niemand voor [[p:shaniqua]] en de baby. kan het volgende week? dinsdag of woensdag. sorry
=====
goedemorgen, met [[p:Noura]] ([[p:Aarab]]). De {{o:GGN}} belde mij weer 3 keer vandaag voor de zorgverzekering, ze zeggen dat ik €1.187,62 moet betalen. kenmerk [[z:7731094-CZ]]. Ik heb al een regeling via jullie toch? Moet ik ze terugbellen?
=====
Hoi [[p:Daan]] ik heb de bankafschriften gefotografeerd maar ik kan ze niet sturen wat is jou mail ook alweer. de rekening is [[i:NL60 ABNA 0567 8418 280]] eh nee wacht [[i:NL60ABNA5678418280]] die van de uitkering
=====
Assalamu alaikum khti [[p:Hayat]] 3afak kun je me helpen met formulier voor kwijtschelding, ik snap het niet. lflous is op en de maand is pas half. mijn bsn is [[b:978636570]] als je het nodig hebt. baraka llahu fik
=====
hee [[p:chantal]] die mevrouw van {{o:haag wonen}} komt morgen 10 uur kijken naar de schimmel in de slaapkamer van de kinderen. kan jij erbij zijn? [[p:dylan]] heeft weer astma aanval gehad vannacht. we zitten nog steeds [[a:Spoorwijkstraat 19]] (bij de {{o:aldi}} om de hoek) 🙏🙏
=====
ok
=====
Mevrouw [[p:Koning]] ik wil u laten weten dat ik gisteren ben verhuisd naar mijn zus in {{w:Ypenburg}}, het nieuwe adres is [[a:Bulgersteyn 3107]] [[pc:2497 PB]]. De post van de {{o:SVB}} moet daarheen. Vriendelijke groet, [[p:Anneke Schipper]]
=====
kemey alekhi [[p:Merel]]. ana [[p:Mehret]]. de school van [[p:Robel]] heeft gebeld hij is 3 dagen niet geweest. hij zegt hij wil niet naar school want kinderen pesten hem. kan je mij helpen met praten met de juf? ik spreek niet goed nederlands. ሰላም
=====
goeiemiddag [[p:roel]] hier [[p:Sjaak]], ff een vraagje, de {{r:bewindvoerder}} (mevr. [[p:Timmer]] van {{o:Budgetgrip}}) heeft mijn leefgeld verlaagd naar €45 per week omdat de energie omhoog is gegaan. dat kan toch niet mag dat zomaar? mijn klantnummer bij haar is [[z:BG-10442]]
=====
Hallo [[p:Annet]], [[p:Ewa]] hier. Syn [[p:Jakub]] (14) is vannacht niet thuisgekomen, vriend zegt hij was bij [[p:Dawid]] in {{w:Moerwijk}}. Nu weer thuis maar hij wil niet praten. moet ik politie bellen? nie wiem co robić. sorry
=====
Juf ik ben [[p:Mustafa]] van de derde verdieping [[a:Dierenselaan 113-c]], mijn telefoon is kapot, dit is nummer van mijn dochter [[p:Gül]] [[t:0687 44 21 09]]. bel deze nummer voor afspraak. iyi günler
=====
[[p:hayat]] die incasso van {{o:Intrum}} stuurt weer brief. zeggen nu €412 plus kosten €156?? voor een oude telefoon abonnement van 2019. dossier [[z:INT-46-0193847]]. ik heb toch al betaald aan {{o:kpn}} in 2020. wallah ik word gek van die brieven
=====
Goedemiddag, dit is [[p:Glenn]] ([[p:Sabajo]]) ik heb de afspraak met de {{r:schuldhulpverlener}} gemist sorry, was de dag kwijt. kan het opnieuw? ik ben bereikbaar op [[t:06 1 2 8 8 4 0 7 3]] na 17.00 want ik werk tot half vijf bij de {{o:PostNL}}
=====
hoi hoi, ik heb nieuwe nummer! [[t:0623.91.47.02]] oude is weg. [[p:Shirley]]
=====
Mevrouw goedemorgen. Ik ben [[p:Habibullah]] [[p:Sultani]], u was bij mij thuis met de tolk. Mijn vrouw [[p:Farzana]] heeft afspraak bij {{r:gynaecoloog}} in {{o:HMC Bronovo}} op [[d:dinsdag 5 nov]] om 9.15 maar ik moet werken. Kan iemand mee? tashakor
=====
[[p:Yaw]] hier. ik zit in problemen met de huur. de corporatie {{o:Staedion}} zegt 3 maanden achter (€2.136,90) en ze sturen zaak naar de {{r:deurwaarder}}. klantnummer [[z:0419-558871]]. ik wil regeling. help pls
=====
bon tardi sr [[p:orlando]]. danki pa ayera. mi yu [[p:Jeandro]] ta bai skol awor 😊 e juf [[p:van Dam]] a bisa ku e ta bai bon. dushi
=====
hai ik ben [[p:petya]]. ik woon in {{w:Transvaal}} met [[p:Georgi]] en kinderen. de {{r:huisbaas}} zegt wij moeten weg voor de [[d:30ste]] want familie van hem komt. wij hebben geen contract alleen whatsapp met hem. hij heet [[p:Tahir]] nummer [[t:+31 6 44 09 18 27]]. blagodarya
=====
Goedemorgen [[p:Linda]], kun je me even terugbellen? Het gaat over mijn moeder, mw [[p:Korkmaz]], ze is gisteravond gevallen in de badkamer en ligt nu in het {{o:Haga}}. Ik ben haar dochter [[p:Esra]]. Ik ben vandaag bereikbaar op dit nummer, groet
=====
dag mevrouw ik heb het geld van de {{o:voedselbank}} niet nodig meer ik heb werk gevonden bij de schoonmaak 24 uur per week!!! dank voor alles 🌸 [[p:Faadumo]]
=====
hoi [[p:bart]] ben je er? de {{r:wijkagent}} [[p:Smit]] was hier over de buurman [[p:Ruud]] boven ons, hij heeft weer met de deur geslagen om 3 uur snachts en geschreeuwd tegen zijn vrouw. [[p:Yolanda]] heet ze. ik maak me zorgen om haar. je weet welk huis, boven ons op nummer 22
=====
Hallo [[p:Kiki]]. Mijn zoon [[p:Bilal]] krijgt van {{o:Stichting Leergeld}} een laptop maar ze willen een brief van school. De {{r:mentor}} heet meneer [[p:Groen]], mail van hem is [[e:m.groen@hofstadlyceum.nl]]. Kun je hem mailen? Ik schrijf niet goed
=====
dag [[p:Soufyan]] ik ben het, [[p:achraf]] uit de {{o:jongerenopvang}}. mijn uitkering komt op [[d:23-9]] maar ik heb nu niks voor eten. kan ik vandaag langskomen bij {{o:servicepunt xl}} op de {{w:Escamp}}? nummer is nog [[t:06 - 19 55 40 38]]
=====
ik ben nog steeds wachten op die man van de {{o:Wmo}} voor de traplift. mijn knie is heel slecht en ik woon 3 hoog. het zaaknummer op de brief is [[z:WMO-2024-031588]]. [[p:Hülya]] [[p:Doğan]]
=====
Hoi [[p:Jeroen]], de {{r:huisarts}} dr. [[p:Ramkisoen]] zegt dat ik eerst bij jullie moet zijn voor de verwijzing naar {{o:Brijder}}. Ik wil echt stoppen deze keer. Sorry voor gisteren. [[p:Marvin]]
=====
salam [[p:hayat]], mijn broer [[p:Khalid]] komt uit Marokko en moet bij mij wonen op [[a:Van Ostadestraat 302 hs]] maar {{o:Haag Wonen}} zegt dat mag niet. hij is ziek. wat moet ik doen
=====
Dag mevr [[p:Vos]], ik heb vandaag de brief gekregen van het {{o:CJIB}} voor een boete van mijn ex [[p:Peter]] op mijn naam. Ik heb die auto niet meer sinds [[d:3 april 2022]]!! Beschikkingsnummer [[z:6012 3389 4471 0028]]. Wat moet ik hiermee
""")
# ---------------------------------------------------------------------------
# 2. WhatsApp threads (exported chats, copied conversations with the professional)
# ---------------------------------------------------------------------------
add(r"""
[[[d:12-03-24]] 08:41:07] [[p:Ilham]]: goedemorgen [[p:Hayat]] ben je vandaag op kantoor
[[[d:12-03-24]] 08:52:30] [[p:Hayat]] SWT: Goedemorgen! Ja tot 16.00. Wat is er?
[[[d:12-03-24]] 08:53:12] [[p:Ilham]]: de brief van {{o:Vesting Finance}} weer, nu willen ze beslag op loon
[[[d:12-03-24]] 08:53:40] [[p:Ilham]]: <afbeelding weggelaten>
[[[d:12-03-24]] 09:02:18] [[p:Hayat]] SWT: Ik zie het. Kom om 11 uur langs in {{o:wijkcentrum De Boog}}, neem je loonstrook mee.
[[[d:12-03-24]] 09:02:55] [[p:Ilham]]: ok shukran
=====
[[d:5-11-2024]] 19:22 - Mama [[p:Aicha]] 💕: [[p:Tamara]] sorry dat ik laat stuur
[[d:5-11-2024]] 19:22 - Mama [[p:Aicha]] 💕: mijn dochter [[p:Youssra]] is weer weggelopen uit de opvang
[[d:5-11-2024]] 19:23 - Mama [[p:Aicha]] 💕: ze is nu bij haar vriend [[p:Soufiane]] in {{w:Laak}}
[[d:5-11-2024]] 19:40 - [[p:Tamara]] (wijkteam): Dank voor het laten weten. Is ze veilig? Ik bel morgen de {{r:jeugdbeschermer}} van {{o:Jeugdbescherming west}}.
[[d:5-11-2024]] 19:41 - Mama [[p:Aicha]] 💕: ja ze zegt ze is ok. inshallah
=====
[[p:Bart]]: hoi [[p:Sjaak]], heb je de brief van de {{o:kantonrechter}} nog?
[[p:Sjaak]]: ja ligt hier
[[p:Bart]]: kun je er een foto van maken? vooral het rolnummer bovenaan
[[p:Sjaak]]: [[z:C/09/661204 / KG ZA 24-318]] staat er
[[p:Bart]]: top. zitting is [[d:donderdag 28 november]]?
[[p:Sjaak]]: ja om 13.45. ga je mee
[[p:Bart]]: ja ik haal je om 13.00 op
=====
Chat met Dhr. [[p:Öztürk]] (via zakelijke whatsapp SWT {{w:Laak}})
[[p:Serkan]]: merhaba, ev sahibi zegt ik moet weg
SWT: Goedemiddag meneer [[p:Öztürk]]. Wie is uw huisbaas? Een corporatie of een particulier?
[[p:Serkan]]: particulier. meneer [[p:Van Rijn]]. hij woont in Rijswijk
SWT: Heeft u een huurcontract?
[[p:Serkan]]: ja sinds [[d:01-05-2019]]
SWT: Dan mag hij u niet zomaar op straat zetten. Ik plan een afspraak met het {{o:Juridisch Loket}}.
[[p:Serkan]]: çok teşekkürler hocam
=====
[14:02] [[p:Magdalena]]: dobry dzień
[14:02] [[p:Magdalena]]: komornik was hier!!! ({{r:deurwaarder}})
[14:03] [[p:Magdalena]]: hij heeft papier op de deur geplakt
[14:10] Wijkteam ([[p:Fenna]]): Hoi [[p:Magdalena]]! Wat staat er op het papier? Naam kantoor en een nummer?
[14:15] [[p:Magdalena]]: {{o:Kluwer & Ravensbergen gerechtsdeurwaarders}} dossier [[z:KR24-08812]]
[14:16] [[p:Magdalena]]: ze zeggen [[d:woensdag 20/11]] ontruiming
[14:18] Wijkteam ([[p:Fenna]]): Ok. Ik bel ze nu. Niet schrikken, we gaan dit samen oplossen.
=====
--- [[d:maandag 9 december 2024]] ---
[[p:Filmon]]: Selam [[p:Merel]]
[[p:Filmon]]: De baby is geboren!! Meisje. [[p:Selam]]
[[p:Filmon]]: geboren [[d:7 dec]] om 04.12 in {{o:HMC Westeinde}}
[[p:Merel]] | SWT: Wat een mooi nieuws!! Gefeliciteerd aan jou en [[p:Luwam]] 💐
[[p:Merel]] | SWT: Vergeet niet haar aan te geven bij de gemeente binnen 3 dagen (maak afspraak via 14 070)
[[p:Filmon]]: yekenyeley!! ok
=====
[[p:Orlando]] wijkteam:
Bon dia mevrouw [[p:Rosalia]], is de huurtoeslag binnen?

[[p:Marisol]]:
nog niet 😢 mi a yama {{o:toeslagen}} ma nan no ta kontestá
ik heb 45 min gewacht aan telefoon

[[p:Orlando]] wijkteam:
Ok. Stuur mij de brief met het aanvraagnummer, dan kijk ik mee.

[[p:Marisol]]:
[[z:AT-2024-7781-0931]]
=====
[[d:22/10/2024]], 21:47 - [[p:Kemal]]: abla sorry laat
[[d:22/10/2024]], 21:47 - [[p:Kemal]]: mijn vader is weer boos op mijn moeder hij gooit dingen
[[d:22/10/2024]], 21:48 - [[p:Kemal]]: ik ben met [[p:Ayşegül]] en [[p:Mert]] naar tante [[p:Sevgi]] op [[a:Beijerstraat 45]]
[[d:22/10/2024]], 22:05 - [[p:Melike]] SWT: [[p:Kemal]] goed dat jullie daar zijn. Bij direct gevaar bel 112. Ik bel morgen vroeg je moeder en {{o:Veilig Thuis}}.
[[d:22/10/2024]], 22:06 - [[p:Kemal]]: ok
=====
[[p:Roel]] (SWT): Goedemorgen [[p:Henny]], de thuisadministratie-vrijwilliger komt [[d:do 16 jan]] om 10u. Ze heet [[p:Ans]].
[[p:Henny Groen]]: fijn hoor. Weet ze waar ik woon?
[[p:Roel]] (SWT): Ja, [[a:Thomsonlaan 61]]. Ze belt eerst even aan beneden.
[[p:Henny Groen]]: de bel doet het niet, ze moet kloppen of bellen op [[t:070-3658214]]
[[p:Roel]] (SWT): Genoteerd 👍
=====
[[p:Abena]]: Good morning ma, the energie company cut my gas today
[[p:Abena]]: kids are cold
[[p:Jasper]] SWT: Good morning [[p:Abena]]. I will call {{o:Eneco}} now. Do you have the customer number? (klantnummer)
[[p:Abena]]: [[z:200 418 773]]
[[p:Jasper]] SWT: Thanks. And your date of birth for them?
[[p:Abena]]: [[d:14th of feb 1988]]
[[p:Jasper]] SWT: 👍 I'll call you back before 12
=====
[[p:Soenita]]: dag [[p:Linda]], [[p:Roy]] heeft vannacht weer gedronken en is gevallen op de trap
[[p:Soenita]]: hij wil geen dokter
[[p:Linda]] wijkteam: Hoe gaat het nu met hem? Is hij aanspreekbaar?
[[p:Soenita]]: ja hij slaapt nu. bloed op zijn hoofd maar klein
[[p:Linda]] wijkteam: Ik kom om 14u langs met de {{r:wijkverpleegkundige}} [[p:Femke]]. Adres nog steeds [[a:Troelstrakade 302]]?
[[p:Soenita]]: ja
=====
Groepsapp "zorg papa [[p:Visser]]" (toegevoegd: [[p:Chantal]] SWT)
[[p:Wendy]]: Welkom [[p:Chantal]]! Dit zijn wij: ik ([[p:Wendy]]), [[p:Marco]] en [[p:Ingrid]], de kinderen van [[p:Jan Visser]]
[[p:Marco]]: 👋
[[p:Ingrid]]: hoi. papa woont nog alleen op de [[a:Valkenboslaan 198]], wij wonen in Zoetermeer en Breda
[[p:Chantal]] SWT: Hallo allemaal, fijn dat ik mag meelezen. Ik ga morgen bij jullie vader langs om kennis te maken.
[[p:Wendy]]: super. zijn {{r:huisarts}} is dr [[p:Blom]] aan de Fahrenheitstraat
=====
[09:14, [[d:3/6/2024]]] [[p:Aleksandra]]: dzień dobry [[p:Annet]] jestem chora vandaag
[09:14, [[d:3/6/2024]]] [[p:Aleksandra]]: ik kan niet komen naar taalcafé
[09:31, [[d:3/6/2024]]] [[p:Annet]] wijkteam: Beterschap! Geen probleem, volgende week weer 💪
=====
[[p:Tamara]] (SWT {{w:Moerwijk}}): Hoi, herinnering: morgen 9.30 afspraak bij {{o:Geldloket}} met [[p:Sharon]] op het {{o:Servicepunt XL}}. Neem mee: ID, bankafschriften 3 maanden, alle brieven van {{o:Intrum}} en {{o:GGN}}.
[[p:Natasha]]: ok ik kom. mag [[p:Quincy]] mee hij is mijn vriend
[[p:Tamara]] (SWT {{w:Moerwijk}}): Tuurlijk, als jij dat fijn vindt.
=====
[[p:Zainab]]: السلام عليكم
[[p:Zainab]]: ik heb geen stroom meer
[[p:Zainab]]: de meter is leeg (budgetmeter)
[[p:Hayat]] SWT: wa alaikum salaam [[p:Zainab]]. Hoeveel kinderen zijn er thuis?
[[p:Zainab]]: 3. [[p:Ali]] [[p:Fatima]] en [[p:Hussein]]. kleinste 2 jaar
[[p:Hayat]] SWT: Ik regel een noodbudget via {{o:Stichting Urgente Noden}}. Wat is je adres precies? Ik heb alleen "achter de moskee"
[[p:Zainab]]: [[a:Teniersstraat 12]] [[pc:2526 LL]] bel 2x
""")
# ---------------------------------------------------------------------------
# 3. SMS (incoming and outgoing, some forwarded)
# ---------------------------------------------------------------------------
add(r"""
Van: [[t:+31612877403]]
ik ben [[p:gilbert mercelina]] nee [[p:Mercelina]] [[p:Gilbert]], u zei ik moest sms sturen voor afspraak. ik kan alleen maandag. mi telefon no tin saldo pa yama
=====
SMS aan [[t:0641 - 93 07 25]]: Beste mw. [[p:Chotkan]], uw afspraak met het sociaal wijkzorgteam is verplaatst naar [[d:wo 4 dec]] 14.00 uur, {{o:Wijkcentrum Bouwlust}}. Gr. [[p:Orlando Pengel]]
=====
Doorgestuurd bericht:
"{{o:Lavg}}: Laatste herinnering. Uw openstaande vordering [[z:LV-88310447]] bedraagt EUR 638,15. Betaal voor [[d:15-12-2024]] via de link of bel 088-2031700. Bij geen betaling volgen gerechtelijke stappen."
[[p:jeroen]] is dit echt of nep?? ik ken die lavg niet
=====
hoi met [[p:Lina]] van 3 hoog. de lift is weer kapot al 2 weken. mijn moeder kan niet naar beneden. kunt u {{o:Vidomes}} bellen?? ik bel steeds, niemand neemt op.
=====
Sms van onbekend [[t:0031 6 38 22 71 90]]: goede middag ik ben de buurvrouw van mw [[p:Pattipeilohy]] op de [[a:Zuidwal 62]], ze heeft al dagen de gordijnen dicht en reageert niet op de bel. Ik heb dit nummer van het briefje in de hal. [[p:Bep]]
=====
Beste [[p:Filmon]], ik heb de brief van de {{o:IND}} bekeken. Je afspraak is in Rijswijk, Produktieweg. Ik ga mee. Ik haal je om 8.15 op bij [[a:Vlierboomstraat 301]]. Groet [[p:Merel]] (SWT)
=====
Goedemiddag, dit is een automatisch bericht van het Sociaal Wijkzorgteam. Uw afspraak van morgen om 10.30 uur staat genoteerd. Kunt u niet komen? Bel dan het algemene nummer 14 070 of stuur een bericht terug. Antwoorden met STOP om geen herinneringen meer te ontvangen.
=====
ja kom ik
=====
Van: [[t:06-45 10 99 38]]
[[p:Daan]] ik ben thuis, de {{r:deurwaarder}} is net weg. hij heeft beslag gelegd op de tv en de bank. hij zei [[d:18 dec]] komen ze ophalen als ik niet €1500 betaal. naam deurwaarder [[p:J.P. de Haan]]. [[p:mulder]]
=====
SMS verzonden [[d:11-11]] 09:02 naar [[t:+31 6 11 58 20 44]]
Hoi [[p:Robel]], je afspraak met de {{r:jongerenwerker}} [[p:Soufyan]] is vanmiddag 15.30 bij het jongerenhonk achter de {{o:Lidl}}. Tot dan!
=====
Mevr. [[p:Ofori]] u heeft morgen 9.00 een intake bij de {{o:voedselbank}} uitgiftepunt {{w:Spoorwijk}}. Neem uw ID en de brief mee. Gr [[p:Jasper]]
=====
Dit is [[p:Imran]] [[p:Qureshi]], sorry ik heb de sms van de afspraak pas nu gezien. kan ik donderdag komen? mijn vrouw moet bevallen deze week inshallah
=====
van [[t:+90 532 417 88 05]]: merhaba ben [[p:Derya]], [[p:Nermin Polat]] kızı, annem is in Turkije in ziekenhuis, ze kan niet komen naar de afspraak op [[d:26 augustus]]. Lütfen verzetten. teşekkürler
=====
SMS [[p:Orlando]] → [[p:Edsel]]: Hoi [[p:Edsel]], heb je de formulieren van de {{o:Kredietbank}} ingevuld? Deadline is [[d:vrijdag 31 jan]]. Bel me als je hulp nodig hebt: [[t:06-39 28 17 05]] (werknummer)
=====
Sms: Mw [[p:Dekker]] heeft haar bankpas verloren en kan geen huur betalen, dit is haar buurman [[p:Henk]]. ze woont op [[a:Soestdijksekade 711]] [[pc:2574 AV]], [[t:070 3 80 27 61]] is haar vaste telefoon, ze hoort slecht dus laat hem lang overgaan
=====
Bedankt voor uw bericht aan {{o:Haag Wonen}}. Uw melding is geregistreerd onder nummer [[z:HW-M-2024-331907]]. Wij nemen binnen 5 werkdagen contact met u op. Voor spoed: bel 070 - 3 539 539 (algemeen nummer).
""")
# ---------------------------------------------------------------------------
# 4. Contact forms on the municipality's website
# ---------------------------------------------------------------------------
add(r"""
Contactformulier denhaag.nl – Sociaal wijkzorgteam
Naam: [[p:fatiha boukhriss]]
E-mailadres: [[e:fatiha.b1979@hotmail.com]]
Telefoonnummer: [[t:0614 827 703]]
Wijk: {{w:Schilderswijk}}
Onderwerp: schulden
Uw bericht: ik heb schulden bij heel veel, {{o:CZ}} {{o:Eneco}} {{o:Belastingdienst}}, ook de {{r:deurwaarder}} van {{o:GGN}}. mijn man is weg sinds [[d:augustus 12]] en hij betaalt niks meer voor de kinderen [[p:Adam]] [[p:Sara]] en [[p:Lina]]. ik wil graag hulp maar niet thuis want mijn schoonmoeder woont bij ons
=====
Formulier: Ik maak me zorgen om iemand
Uw naam: [[p:T. van Leeuwen]]
Uw relatie tot de persoon: buurman
Naam van de persoon: weet ik niet precies, oudere man, heet volgens mij [[p:Willem]]
Adres van de persoon: [[a:Elandstraat 204]] 2e verdieping
Wat is er aan de hand?: hij loopt al weken in dezelfde kleren, er komt een vieze lucht uit het trappenhuis en hij praat in zichzelf. Ik heb hem bij de {{o:Albert Heijn}} op de hoek ook een keer zien vallen.
Mag het wijkteam contact met u opnemen?: ja, [[t:06 - 2 3 4 5 0 9 8 1]]
=====
naam: [[p:Mihai Constantin]]
email: [[e:mihai.constantin.ro@yahoo.com]]
telefoon: [[t:+40 745 120 338]] / [[t:06 49 12 05 87]]
adres: [[a:Delftselaan 20-B]]   [[pc:2512RD]]
vraag: I work in warehouse in Westland via agency {{o:Flexpower}}. They take €115 every week for the house but now they fire me and say i must leave house in 2 days. My colleague [[p:Elena]] has same problem. help please
=====
Onderwerp: Aanmelding hulp thuis (Wmo)
Naam aanvrager | [[p:Coby Meijer-de Boer]]
Geboortedatum  | [[d:03-08-1941]]
BSN            | [[b:168114185]]
Adres          | [[a:Sportlaan 431]], [[pc:2566 LB]] Den Haag
Telefoon       | [[t:070-3254417]]
Contactpersoon | [[p:Lisa de Boer]] (kleindochter), [[e:lisadeboer_92@gmail.com]]
Toelichting    | Oma is gevallen en kan niet meer zelf douchen, de {{r:huisarts}} vindt dat ze hulp nodig heeft.
=====
Contactformulier
Naam: -
E-mail: -
Telefoon: -
Bericht: Waar kan ik in {{w:Escamp}} terecht met vragen over schulden? Ik wil niet mijn naam geven. Is er een inloopspreekuur zonder afspraak? Alvast bedankt.
=====
Webformulier "Vraag aan het wijkteam"
Voornaam: [[p:Semhar]]
Achternaam: [[p:Kidane]]
Geboortedatum: [[d:1-1-1997]]
Tel: [[t:+31 6 41 90 27 83]]
Bericht: selam. ik heb brief van {{o:DUO}} inburgering. ik moet €10.000 terugbetalen??? ik heb examen gedaan maar niet gehaald A2. mijn {{r:taalcoach}} [[p:Marleen]] zegt ik moet naar wijkteam. yekenyeley
=====
NAAM: [[p:W.H. Brouwer]]
ADRES: [[a:Westduinweg 68]]
POSTCODE: [[pc:2583 AL]]
TEL: [[t:06.21.44.70.13]]
VRAAG: MIJN BUURJONGEN [[p:KEVIN]] (WOONT OP [[a:WESTDUINWEG 70]]) ZIT VOLGENS MIJ IN DE PROBLEMEN, ER KOMEN 'S NACHTS STEEDS AUTO'S EN HIJ HEEFT SCHULDEN BIJ VERKEERDE MENSEN. ZIJN MOEDER [[p:CARLA]] IS ZIEK. IK WIL ANONIEM BLIJVEN NAAR HEN TOE.
=====
Ingevuld formulier: Aanvraag bijzondere bijstand (via wijkteam)
- naam: [[p:Liban Osman]]
- geb.datum: [[d:15.07.1993]]
- bsn: [[b:767 097 579]]
- iban: [[i:NL35 RBRB 8090 6958 77]]
- adres: [[a:Paul Krugerlaan 77-2]], [[pc:2571 HS]]
- gezinssituatie: alleenstaand, 1 kind ([[p:Hibaaq]], 4 jaar)
- aanvraag voor: wasmachine en bed (art. 35 Participatiewet, folder blz. 14)
- ingevuld door: [[p:Jasper de Bruin]], {{r:maatschappelijk werker}} SWT {{w:Transvaal}}
=====
Contactformulier - Onderwerp: Klacht over wijkteam
Naam: [[p:Anton Mulder]]
Mail: [[e:a.mulder.1958@kpnmail.nl]]
Bericht: Al 3 keer gebeld en niemand belt terug. Mijn vrouw heeft dementie en ik kan het niet meer alleen. Ik heb [[d:8 oktober]] en [[d:15 oktober]] gebeld en ook gemaild. Dit is onacceptabel. Ons adres is [[a:Diamanthorst 12]] in {{w:Mariahoeve}}.
=====
Formulier melding zorgen
Melder: anoniem
Betreft: gezin op [[a:nummer 14 in de Kootstraat]]
Omschrijving: er wordt veel geschreeuwd en de kinderen zijn vaak alleen thuis tot laat, kleinste is een jaar of 3. Ik weet de namen niet. Moeder werkt volgens mij in de nacht bij de {{o:Hema}}.
=====
Contactformulier wijkzorgteam
Naam: [[p:Nikolay Angelov]]
E-mail: [[e:nangelov85@abv.bg]]
Telefoon: [[t:0 6 3 7 7 1 2 0 9 4]]
Bericht: здравейте hello. my wife [[p:Radostina]] and me live at [[a:Hoefkade 1023]] with our son [[p:Viktor]] ([[d:2-9-2019]]). We have no zorgverzekering, only BSN from RNI registration [[b:210058997]]. Where can the boy see doctor?
=====
Via formulier "Hulp bij geldzaken"
Naam:        [[p:Ricardo Amatsaleh]]
Telefoon:    [[t:06 8 0 4 4 7 1 2 2]]
Schulden:    ca. €14.500 (schatting)
Schuldeisers: {{o:Belastingdienst}}, {{o:Zilveren Kruis}}, {{o:Klarna}}, {{o:Riverty}}, {{o:CJIB}}, huisbaas (mevrouw [[p:Bhagwandin]])
Inkomen:     {{o:UWV}} WW tot [[d:1 juni]]
Opmerking:   graag bellen na 19.00, overdag slaap ik (nachtdienst)
""")
# ---------------------------------------------------------------------------
# 5. E-mails from clients, relatives and neighbours (headers, quotes, signatures)
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marleen Brouwer]] <[[e:marleenbrouwer@ziggo.nl]]>
Verzonden: [[d:zondag 17 maart 2024]] 23:12
Aan: wijkteam {{w:Segbroek}}
Onderwerp: mijn broer

Beste mensen,

Ik schrijf u over mijn broer [[p:Peter Brouwer]] (geb. [[d:22-04-1966]]), hij woont op de [[a:Fahrenheitstraat 540]] en ik maak me grote zorgen. Hij opent zijn post niet meer, er liggen stapels brieven van {{o:Flanderijn}} en {{o:Intrum}} en vorige week is het water afgesloten door {{o:Dunea}}. Hij drinkt te veel sinds zijn scheiding van [[p:Ilona]]. Ik woon zelf in Groningen en kan niet vaak komen.

Kunt u bij hem langsgaan? Hij zal niet zelf bellen. Mijn nummer: [[t:06-53 71 28 40]].

Met vriendelijke groet,
[[p:Marleen Brouwer]]
=====
Onderwerp: RE: afspraak

ja is goed ik kom dinsdag

> Op [[d:ma 2 sep. 2024]] om 10:14 schreef [[p:Jolanda Smit]] <[[e:j.smit@swtdenhaag.nl]]>:
> Beste meneer [[p:Aksoy]], zoals besproken staat uw afspraak op dinsdag om 13.00 uur. Ik zie u in het {{o:Servicepunt XL}} {{w:Laak}}.
> Met vriendelijke groet, [[p:Jolanda Smit]], {{r:schuldhulpverlener}}
=====
Van: [[e:xx.naoual.xx@live.nl]]
Onderwerp: (geen onderwerp)

hallo ik ben [[p:naoual]] ik mail omdat ik niet durf te bellen. mijn vriend [[p:bilal]] slaat mij soms. niet altijd. ik wil niet dat de kinderen weg moeten. ik heb jullie mail van de flyer in de moskee. ik woon in {{w:Spoorwijk}}. kunnen we praten ergens anders niet bij mij thuis. mijn nummer is 06 maar hij kijkt soms in mijn telefoon dus alleen mailen aub
=====
From: [[p:Thiago Alves]] <[[e:thiago.alves.nl@gmail.com]]>
Sent: [[d:Thursday, 6 June 2024]] 08:03
To: [[e:swt.centrum@denhaag.nl]]
Subject: help with housing

Dear sir/madam,
My name is [[p:Thiago]], I am from Brasil and live in Den Haag since 2021. I rent a room from a private landlord, mr [[p:Hans de Vries]] at [[a:Stationsweg 95A]]. He did not give back my deposit of €900 and now he says he will call the police if I come again. I have a contract and bank transfers (my account [[i:NL23INGB6270705256]]). Can somebody help me? I do not speak dutch yet.
Best regards
[[p:Thiago Alves]]
[[t:+55 11 98341 2207]] (whatsapp)
=====
Van: [[p:Gül]] <[[e:gulkoc2001@gmail.com]]>
Aan: [[p:Melike Aydemir]]
Onderwerp: papieren voor papa

Hoi [[p:Melike]],
Hierbij de papieren van mijn vader [[p:Mustafa Koç]] zoals je vroeg:
- loonstrook (hij werkt bij {{o:Schoonmaakbedrijf Hofstad}})
- brief van {{o:Vidomes}} over de huurverhoging
- polis {{o:Menzis}}, polisnummer [[z:MZ 44 718 233]]
- uitspraak van de rechter over de schuld bij {{o:Klarna}}
Zijn bsn is [[b:251329446]] en zijn rekening [[i:NL48RBRB2961911338]].
Groetjes [[p:Gül]]
ps: papa wil graag dat jij de afspraak doet niet [[p:Jeroen]], hij vindt het prettig met Turks
=====
Onderwerp: Melding overlast + zorgen

Geachte heer/mevrouw,

Ik woon sinds 30 jaar op de [[a:Laan van Meerdervoort 1204]] en mijn onderbuurman, de heer [[p:R. Wolf]], is de laatste maanden erg achteruit gegaan. Hij heeft meerdere keren de brandweer laten uitrukken omdat de pan op het vuur stond. Zijn dochter heet [[p:Sandra]] en woont in Australië, ik heb geen contact met haar.

Ik hoop dat u iets kunt doen voordat het te laat is.

Hoogachtend,
mr. drs. [[p:H.J. Koning]]
[[t:070 - 363 77 81]]
=====
Van: [[e:budgetcoach.jan@gmail.com]]
Aan: [[p:Daan Koning]]
Onderwerp: mw [[p:Latumahina]] – stand van zaken

Hoi [[p:Daan]],

Kort: ik ben gisteren bij [[p:Johanna]] geweest (vrijwilliger {{o:Humanitas}} thuisadministratie). Post is gesorteerd. Openstaand:
 1. {{o:Eneco}} eindafrekening €422,18 – regeling aangevraagd, klantnr [[z:200.981.554]]
 2. {{o:Gemeentebelastingen Haaglanden}} – kwijtschelding ingediend [[d:11/09]]
 3. {{o:CZ}} – achterstand 4 mnd, nog geen {{r:deurwaarder}}
Volgende bezoek [[d:woensdag 25 sept]] 10u. Haar zoon [[p:Wim]] helpt met digid.

Groet,
[[p:Jan Veldhuis]] | vrijwilliger {{o:Humanitas}} | [[t:06 – 20 58 44 17]]
=====
Onderwerp: Re: Re: Re: huur

sorry maar ik snap het nog steeds niet. jullie zeggen ik moet naar de {{o:huurcommissie}} maar de huisbaas zegt als ik dat doe moet ik eruit. hij is ook de broer van de man van mijn nicht dus het is moeilijk. ik wil geen ruzie in de familie.

[[p:Hussam]]

-----Oorspronkelijk bericht-----
Van: [[p:Tamara Post]]
Verzonden: [[d:vrijdag 4 oktober 2024]] 15:51
Aan: [[e:hussam.kassab@outlook.com]]
Onderwerp: Re: Re: huur
Beste [[p:Hussam]], de huur van €1.150 voor een kamer van 14 m2 is veel te hoog. Via de {{o:Huurcommissie}} kun je dat laten toetsen. Bel me gerust.
=====
Van: [[p:Ria de Vos]] <[[e:riadevos@planet.nl]]>
Aan: wijkteam
Onderwerp: dank

Beste [[p:Chantal]] en [[p:Femke]],

Namens de hele familie willen wij jullie bedanken voor alle hulp voor onze moeder, [[p:Tineke de Vos]]. Ze is op [[d:2 januari]] rustig ingeslapen in het {{o:hospice}}. Zonder jullie hadden wij het niet gered.

Hartelijke groet,
[[p:Ria]], [[p:Kees]] en [[p:Wouter de Vos]]
=====
Onderwerp: vraag over bewind

Goedenavond,

Mijn naam is [[p:Oğuz Yıldırım]], ik ben de neef van [[p:Rojda Yıldırım]] uit de [[a:Boekhorststraat 133]]. Zij heeft een {{r:bewindvoerder}} (dhr [[p:Kramer]] van {{o:Kramer Bewindvoering}}) maar hij reageert al 2 maanden niet en haar huur wordt niet betaald, {{o:Staedion}} heeft een brief gestuurd over ontruiming op [[d:14-1-2025]]!!! Kunt u helpen of moet ik naar de kantonrechter?

Haar dossiernummer bij de rechtbank is [[z:10337891 \ CV EXPL 22-4419]].

mvg [[p:Oğuz]]
[[t:06 - 48 22 90 15]]
=====
Van: Gemeente Den Haag (niet beantwoorden)
Onderwerp: Bevestiging van uw melding

Geachte heer/mevrouw,

Wij hebben uw bericht via het contactformulier goed ontvangen. Een medewerker van het sociaal wijkzorgteam neemt binnen 3 werkdagen contact met u op. Bij spoed belt u 14 070 (maandag t/m vrijdag 8.00–17.00 uur).

Post kunt u sturen naar: Gemeente Den Haag, Dienst SZW, Postbus 12652, 2500 DP Den Haag.

Met vriendelijke groet,
Gemeente Den Haag
=====
Onderwerp: afspraak mijn vader dhr [[p:Chen]]

hallo, ik ben [[p:Chen Mei]] (dochter). mijn vader [[p:Chen Guoqiang]] praat alleen Chinees (Wenzhou dialect) dus ik moet mee. ik werk in restaurant, alleen maandag vrij. Adres is [[a:Wagenstraat 88-1]] boven de toko. 谢谢 thank you
[[t:0616603271]]
=====
Van: [[p:Imke Schipper]] <[[e:imke@schipperadvies.nl]]>
Onderwerp: ouders [[p:Schipper]] - dringend

Beste [[p:Bart]],

Zoals vanmiddag telefonisch besproken: mijn vader ([[p:Bert Schipper]], [[d:13-5-1937]]) is sinds [[d:zaterdag 12/10]] opgenomen in {{o:Haga Leyweg}}, mijn moeder ([[p:Lies]], 86) is nu alleen thuis op [[a:Melis Stokelaan 2301]] en heeft beginnende Alzheimer. De {{r:casemanager dementie}} is [[p:Hanneke]] van {{o:Florence}}. Ik heb haar nummer niet, alleen het algemene nummer van {{o:Florence}} (070 413 30 00).

Ik ben morgen tot 12 uur op kantoor: [[t:070 – 311 40 92]] (direct).

Groet,
[[p:Imke]]
""")
# ---------------------------------------------------------------------------
# 6. Voicemail transcripts (automatic transcription in the team's mailbox)
# ---------------------------------------------------------------------------
add(r"""
Voicemail van [[t:0612947730]] (0:38) – transcriptie: "ja hallo met [[p:Wilma]] eh [[p:Wilma Kroon]] ik ben de buurvrouw van [[p:Ahmed]] op nummer 7 hij is weer heel erg aan het schreeuwen en hij heeft de ramen ingeslagen eh ik weet niet wie ik moet bellen de politie zegt bel het wijkteam dus ja bel me terug alstublieft"
=====
Nieuwe voicemail · [[d:di 8 okt]] · 16:02 · onbekend nummer
"goedemiddag u spreekt met [[p:De Graaf]] van {{o:Incassobureau Bos en Partners}} ik bel in verband met uw cliënt mevrouw [[p:Amatsaleh]] dossier [[z:B P 2 4 0 0 9 1 7 3]] wij willen graag een betalingsregeling bespreken u kunt ons bereiken op ons algemene nummer 085 303 11 20 fijne dag"
=====
voicemail transcriptie (kan fouten bevatten): hallo hallo dit is [[p:Mariam]] [[p:Noori]] ik bel voor [[p:Jolanda]] ehm mijn man [[p:Zabihullah]] is in het ziekenhuis eh hartaanval ehm ik weet niet wat te doen met de brief van de gemeente want zij willen de uitkering stoppen per [[d:eerste december]] khoda hafez
=====
Voicemail ([[t:+31 70 388 14 52]], 1 min 12 s):
"Ja goedemorgen, met [[p:Coby]] [[p:Meijer]], u weet wel van die rollator. Eh, ik heb nou de brief gekregen van de {{o:Wmo}} met een nummer, [[z:W 2024 0 7 1 4 3]], maar er staat dat ik een eigen bijdrage moet betalen van... nou ja dat kan ik niet. Mijn kleindochter [[p:Lisa]] komt zaterdag. Wilt u terugbellen? Ik ben altijd thuis hoor. Dag."
=====
transcriptie voicemail 22:47 ... eh ja ik ben [[p:Marvin]] ik zit bij de {{o:Brijder}} eh nee ik zit buiten bij de {{o:Brijder}} ze laten me niet binnen want ik heb gebruikt eh [[p:Jeroen]] je zei ik kon altijd bellen ik slaap vannacht bij een maat in {{w:Transvaal}} op de [[a:Kempstraat 31]] eh ja doei
=====
voicemail: bon dia, mi ta [[p:Chayenne]] [[p:Isidora]], yu di [[p:Ruthmila]]. mama ta malu, zij is in het ziekenhuis {{o:HMC}} sinds gisteren. kan iemand naar haar huis gaan om de kat eten te geven? de sleutel is bij de buurvrouw [[p:Jeanette]] op nummer 73. mijn nummer is [[t:nul zes, twee acht, negen negen, nul één, vier vier]]. danki
=====
Voicemail gemist van [[t:06-10 44 28 93]]:
[geen spraak gedetecteerd]
=====
Voicemail van {{o:Politie Eenheid Den Haag}}, algemeen nummer 0900-8844 (0:51)
"Ja goedemiddag, met [[p:Van Wijk]], {{r:wijkagent}} {{w:Bouwlust}}. Ik bel over het gezin [[p:Benali]] op de [[a:Hengelolaan 212]]. We zijn daar vannacht geweest na een melding van de buren. Ik wil het graag met de {{r:casusregisseur}} bespreken. Mijn mobiel is [[t:06 - 1 3 0 9 8 8 4 2]]. Dank u."
=====
transcriptie: selam ana [[p:Yohannes]] [[p:Berhane]] eh de brief van {{o:Vluchtelingenwerk}} zegt mijn vrouw [[p:Hirut]] en kinderen komen [[d:23 januari]] naar Schiphol met gezinshereniging ik heb geen bed geen niks het huis is [[a:Moerweg 540-B]] maar het is leeg eh kan het wijkteam helpen yekenyeley
=====
voicemail 09:01 goeiemorgen met [[p:Aad]] van de {{o:Haagse Tafel}} we hebben voor mevrouw [[p:Kılıç]] een kast en een bed ophaal is [[d:zaterdag de 9e]] tussen 10 en 12 op de [[a:Heeswijkplein 83]] bel even of dat goed is [[t:06 5 1 0 4 2 9 1 7]] groetjes
=====
voicemail [[d:14/1]] 13:37 [[p:hanna]]? ehm met [[p:Pawel]] [[p:Kaminski]] ja ik heb brief van gemeente dat ik moet naar intake bijstand op [[d:dinsdag 21 januari]] maar ik werk dan eh mogę przyjść w środę? woensdag kan ik wel, dziękuję
=====
"hoi [[p:Kiki]] met [[p:Soufyan]] jongerenwerk eh even over [[p:Robel]] hij is gisteren opgepakt bij het station voor zwartrijden niks ergs maar zijn moeder [[p:Mehret]] is in paniek kun je haar bellen zij belt jou steeds op je oude nummer doei"
=====
Voicemail – [[t:0031 (0)70 345 88 12]] – 0:22: "met meneer [[p:Kartoidjojo]] [[p:Roy]] eh ik bel terug ik had een gemiste oproep, eh, ik weet niet van wie, dag"
=====
voicemail ingesproken om 07:58 door [[t:+44 7700 914 382]]
"hello this is [[p:Kwesi Appiah]] I'm calling from London about my sister [[p:Efua]] who lives at eh [[a:Zuiderparklaan 186]] in The Hague, she's not answering her phone for a week now, her daughter [[p:Abena]] is eleven, can someone please check on them, my number is [[t:plus forty-four seven seven double oh nine one four three eight two]], thank you"
""")
# ---------------------------------------------------------------------------
# 7. Short replies from the professionals
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Samira]], ik heb [[p:Verhoef]] van {{o:Flanderijn}} gesproken. Ophalen gaat vrijdag NIET door, we krijgen 2 weken voor een regeling. Kom je morgen om 10u langs? Gr [[p:Sanne]]
=====
Ontvangen, dank je! Ik kijk er morgenochtend naar en bel je dan.
=====
Dag mw. [[p:Aarab]], u hoeft {{o:GGN}} niet terug te bellen. De regeling loopt via ons, ik stuur ze vandaag een mail. Groet, [[p:Tamara]]
=====
Beste [[p:Ruthmila]], ik heb met het {{o:Juridisch Loket}} gesproken: uw {{r:huisbaas}} mag u niet zomaar uit huis zetten. Ik kom [[d:donderdag 27/2]] om 11u bij u langs op de [[a:Van der Vennestraat 71]]. Danki! [[p:Orlando]]
=====
ok top 👍
=====
Goedemiddag meneer [[p:Sultani]], [[p:Hayat]] van ons team gaat met uw vrouw mee naar het ziekenhuis op dinsdag. Zij spreekt ook Dari. Groet, [[p:Merel]]
=====
Hoi [[p:Marvin]], goed dat je belde. Ik heb met [[p:Ilse de Wit]] van {{o:Brijder}} afgesproken dat je morgen om 9u bij de inloop terecht kunt ([[a:Jacob Catsstraat 5]]). Lukt dat? [[p:Jeroen]]
=====
Hallo mw [[p:Korkmaz]], beterschap voor uw moeder. Ik bel de {{r:transferverpleegkundige}} van het {{o:Haga}} en laat u vandaag nog weten wat er nodig is voor thuis. [[p:Linda Vos]], {{r:wijkverpleegkundige}}
=====
Dag [[p:Gül]], alles ontvangen. Ik vraag de {{r:schuldhulpverlener}} ([[p:Jeroen Wijnands]]) om de afspraak door te schuiven naar mij, dan doen we het in het Turks. Görüşürüz 😊 [[p:Melike]]
=====
Beste dhr. [[p:Mulder]], de {{r:bewindvoerder}} heeft al contact met het kantoor van [[p:De Haan]]. Niet zelf betalen aan de deurwaarder, alles via mevr. [[p:Timmer]]. Gr. [[p:Daan]]
=====
Hi [[p:Thiago]], thank you for your e-mail. I can meet you [[d:Tuesday 11 June]] at 14:00 at the {{o:Servicepunt XL}} Centrum, Kalvermarkt. Please bring your contract and the bank transfers. Kind regards, [[p:Fleur]] (wijkteam {{w:Centrum}})
=====
Helaas geen gehoor. Ik probeer het morgen nog een keer. Bel gerust terug op het algemene nummer van het wijkteam (14 070) als u eerder wilt.
=====
[[p:Kemal]], ik heb je moeder gesproken. {{o:Veilig Thuis}} komt vanmiddag langs. Jullie kunnen vannacht nog bij je tante blijven. App me als er iets is, ook 's avonds. [[p:Melike]]
=====
Dag [[p:Bep]], dank voor uw bericht over mw [[p:Pattipeilohy]]. Wij zijn vanmiddag met de {{r:wijkagent}} langs geweest, ze is opgenomen in het ziekenhuis maar maakt het naar omstandigheden goed. Groet, SWT {{w:Centrum}}
=====
Beste mevrouw [[p:Dekker]], uw buurman heeft ons gebeld. Ik kom morgen tussen 10 en 11 bij u langs om een nieuwe bankpas aan te vragen. Doe maar open als ik aanbel, ik heet [[p:Annet]] en heb een pasje van de gemeente.
=====
reminder: morgen 9u {{o:kredietbank}}, [[p:Edsel]] 🙂
=====
Goedemorgen [[p:Wilma]], dank voor uw melding. De {{r:GGZ-verpleegkundige}} van {{o:GGD Haaglanden}} gaat vandaag bij [[p:Ahmed]] langs. Mocht het escaleren: bel 112. [[p:Bart Schipper]]
=====
Hey [[p:Achraf]], je kunt vandaag om 14u terecht bij {{o:Servicepunt XL}} {{w:Escamp}} ([[p:Soufyan]] is er ook). Voedselpakket kan via de noodvoorziening. Groet
=====
Beste meneer [[p:Angelov]], your son can see a doctor at the {{o:Haagse Huisartsenpraktijk voor onverzekerden}}. I will send you the address on WhatsApp. Met vriendelijke groet / best regards, [[p:Jasper]]
=====
Ik ben op vakantie tot en met maandag. Voor dringende vragen kunt u terecht bij mijn collega's via 14 070. Bij acute nood belt u 112.
=====
mw [[p:Kidane]], ik heb uw brief van {{o:DUO}} gezien. U kunt ontheffing aanvragen. Ik help u. Kom [[d:vrijdag 8-3]] 13u naar het {{o:wijkcentrum}}. Neem uw {{r:taalcoach}} mee als u wilt. Groet [[p:Fenna]]
=====
Beste [[p:Oğuz]], dank voor uw mail. Ik heb uw tante vanochtend gebeld en samen met haar de {{r:bewindvoerder}} bereikt. De huur wordt deze week overgemaakt en {{o:Staedion}} schort de ontruiming op. Met vriendelijke groet, [[p:Chantal Blom]] – SWT {{w:Centrum}} – [[t:06 - 55 20 81 37]]
=====
Dag [[p:Pawel]], woensdag [[d:22 januari]] 10.30 is goed, ik heb het doorgegeven aan de {{r:klantmanager}}. Do widzenia! 😄 [[p:Hanna]]
=====
Ja dat klopt, die brief kun je weggooien, het is een oude aanmaning van voor de regeling.
""")
# ---------------------------------------------------------------------------
# 8. Relatives, neighbours and friends writing about someone else
# ---------------------------------------------------------------------------
add(r"""
hallo ik ben de dochter van mevrouw [[p:bhagwandin]] [[p:anita]] van de [[a:Rijswijkseweg 402]], mama heeft een brief van {{o:Woonzorg Nederland}} over een nieuwe woning maar ze wil niet verhuizen, ze woont er al 38 jaar. kunt u met haar praten ze luistert niet naar mij. ik ben [[p:Sharmila]] [[t:06-2873-1964]]
=====
Goedendag, mijn buurman meneer [[p:de Haan]] (85) van nummer 3 heeft sinds een week geen boodschappen gedaan. Zijn zoon [[p:Erik]] woont in Spanje. Ik heb het nummer van de zoon: [[t:+34 612 48 90 33]]. Groetjes [[p:Marja Winter]], [[a:Kijkduinsestraat 1]]
=====
ik bel namens mijn tante [[p:Faadumo Jama]] zij spreekt geen nederlands. ze heeft een brief gekregen van {{o:Haag Wonen}} dat ze een huurschuld heeft van €3.412. dat kan niet kloppen want de huurtoeslag gaat er direct naar toe. haar adres [[a:Hoefkade 667-D]] en haar contractnummer [[z:2077-0412-3]]. ik ben [[p:Abdullahi]], neef. mahadsanid
=====
Hoi, ik ben [[p:Reem]], vriendin van [[p:Lina Darwish]]. [[p:Lina]] durft niet zelf te appen. Haar man heeft haar paspoort en geld afgepakt en ze mag niet naar buiten zonder hem. Ze woont bij de {{o:Lidl}} in de Weimarstraat, boven de kapper. Wat kunnen we doen? Ze heeft 2 kleine kinderen [[p:Omar]] en [[p:Jana]].
=====
Mijn moeder [[p:Wang Hua]] woont alleen op de [[a:Gedempte Burgwal 27]], ik woon in Amsterdam. Ze is sinds de dood van papa heel eenzaam en eet slecht. Is er iets in {{w:Chinatown}} of in de wijk waar ze naar toe kan, met Chinese ouderen? groet [[p:Lei Hu]] [[e:hulei.ams@gmail.com]]
=====
Buurvrouw hier van [[p:Piotr]] en [[p:Agata Mazur]]. Er is een deurwaarder geweest van {{o:Gerechtsdeurwaarderskantoor Alfa}} en ze hebben een briefje op de deur gedaan in het Nederlands. Ze verstaan het niet. Hun deur is [[a:Vaillantlaan 390]], bij de groenteboer. Ik kan een beetje Pools, dus ik kan mee als dat helpt. Groet [[p:Ewa Dąbrowska]]
=====
Dag mevrouw, ik ben [[p:Quincy Felida]], broer van [[p:Natasha]]. Ze heeft mij gevraagd om te mailen dat ze het formulier voor de {{o:Kredietbank}} heeft getekend. Ik breng het morgen naar het kantoor bij het {{o:Zuiderpark}}. Haar bsn is [[b:9111 66 324]]
=====
hoi! ik ben [[p:jaimy]] de vriendin van [[p:dylan]]'s moeder ([[p:Wendy Kramer]]). ze heeft een nieuw nummer en vroeg of ik dat aan jullie wilde sturen: [[t:06 33 1 44 870]]. haar oude telefoon is afgepakt door de ex
=====
Geachte heer/mevrouw,
Als buren van de familie [[p:Ait Taleb]] ([[a:Erasmusweg 640]]) willen wij melden dat er sinds enkele weken veel mannen in en uit gaan, ook 's nachts, en dat de kinderen ([[p:Nassim]], 9 en [[p:Yasmina]], 7) er slecht uitzien. Wij weten niet of dit bij u of bij de politie hoort.
Met vriendelijke groet, fam. [[p:Van Dam]], nr 642
=====
Salam khoya [[p:Soufyan]], [[p:Mohamed]] hier, vader van [[p:Achraf]]. ik wil dank zeggen voor de hulp voor mijn zoon. hij heeft nu kamer via {{o:Kessler Stichting}}. Allah y7fdek. als je iets nodig hebt, ik heb de slagerij in de {{w:Schilderswijk}} op de Hoefkade, kom langs
=====
Ik ben [[p:Dirk-Jan Baas]], de {{r:mentor}} (vrijwilliger) van mevrouw [[p:Girigorie]]. Ik heb begrepen dat er een nieuwe {{r:bewindvoerder}} komt. Mijn gegevens: [[t:06 – 51 77 30 84]], [[e:djbaas@hetnet.nl]]. Mag ik bij het gesprek op [[d:12 maart]] aanwezig zijn?
=====
bon dia, ik ben [[p:Jeanette Coffie]], buurvrouw van [[p:Ruthmila]] op nr 73. ik heb de sleutel en geef de kat eten geen probleem. danki pa laga sa. ayo
=====
Beste wijkteam, ik schrijf namens mijn oom [[p:Yaneth]]... sorry mijn tante [[p:Yaneth Rodríguez]]. Ze woont sinds [[d:1 de julio]] in jullie wijk op de [[a:Beeklaan 377-III]] en heeft geen huisarts. Ze heeft diabetes en haar insuline is bijna op. Ze spreekt Spaans. Mijn nummer [[t:0647715208]]. gracias
""")
# ---------------------------------------------------------------------------
# 9. More client messages: odd numbers and dates, several languages, creditors
# ---------------------------------------------------------------------------
add(r"""
hoi [[p:fenna]] de nieuwe afspraak is toch [[d:12/12]] om 10?? of was het [[d:13/12]]? sorry ik ben alles kwijt. [[p:agata]]
=====
goedenavond mw [[p:Post]] ik heb mijn loonstrook gestuurd naar jou mail [[e:t.post@swtdenhaag.nl]] is die aangekomen. ook de brief van {{o:CJIB}} met nummer [[z:8 0 1 2 4 4 7 1 9 3 2 0 1 1 0 3]] daarin. [[p:hussam]]
=====
ik heb de {{o:Klarna}} betaald €89,99 maar nu komt {{o:Riverty}} met een andere rekening 2x €45 voor bestelling [[z:ORD-7719204]] van {{o:Zalando}}. ik heb dat niet besteld!!! mijn ex [[p:Bilal]] had mijn wachtwoord. [[p:Naoual]]
=====
[[p:Orlando]] mi tin un problema grandi, e {{r:deurwaarder}} ta bin [[d:djaweps 16]] (donderdag) pa e auto. {{o:GGN}}. mi no por traha sin auto, mi ta chauffeur! wat kan ik doen. [[p:Edsel]]
=====
Dobry wieczór pani [[p:Annet]]. Mój syn [[p:Jakub]] jest znowu w domu 🙏 hij zegt sorry. de school wil gesprek op [[d:pon. 18.11]] 8:30. kan jij mee? [[p:Ewa]]
=====
juf [[p:hayat]] ik heb de iban van de huisbaas nodig voor de regeling? die staat op de brief: [[i:NL62 INGB 9962 1578 94]] op naam van [[p:B. Aksoy]] vastgoed. klopt dit?
=====
Merhaba [[p:Melike]] hanım, ben [[p:Sevgi]] [[p:Kılıç]]. de {{o:Haagse Tafel}} komt zaterdag de kast brengen. mijn adres is [[a:Heeswijkplein 83]] 4e kat (4e verdieping). lift werkt niet 😩 Allah razı olsun
=====
hallo, mijn nummer is veranderd: [[t:06 42 09 71 58]] want de oude was van mijn ex. groet [[p:Shakira]]
=====
ik ben [[p:Hibaaq]] moeder nee ik ben [[p:Khadra]] moeder van [[p:Hibaaq]]. de kinderopvang {{o:Kinderopvang Bink}} wil dat ik betaal €312 per maand eigen bijdrage omdat toeslag gestopt. ik heb [[d:2 februari]] brief gekregen. walaal help
=====
[[p:Jasper]] thanks 4 today. the landlord [[p:Ahmadzai]] txt me again: "pay 300 or out by sunday". I did not answer like you said. screenshot in attachment. [[p:Tariq]] (room 3)
=====
Goedemiddag. Vandaag een brief van {{o:Dijkhuis Incasso}} ontvangen met dossier [[z:DI/2024/44.881]]. Ze zeggen dat ik €1.940,13 moet betalen voor een lening van {{o:Ferratum}} uit 2017. Ik heb nooit een lening gehad bij {{o:Ferratum}}. Mijn geboortedatum op de brief klopt ook niet ([[d:12-01-1975]] ipv [[d:21-01-1975]]). [[p:Ruud Dekker]]
=====
yo [[p:soufyan]] kan ik morge later komen rond 4? moet eerst naar de {{o:dwi}} ofzo voor me uitkering
=====
mevrouw ik heb geen internet. de {{o:Gemeente}} zegt ik moet digid aanvragen maar de code komt per post en mijn post komt op oude adres bij mijn ex in {{w:Ypenburg}} ([[a:Laan van Hoornwijck 214]]). wat moet ik doen [[p:Esra]]
=====
Dag [[p:Jolanda]] ik ben [[p:Kemal Aksoy]]. Ik heb een nieuwe baan bij {{o:Bakkerij Koning}} (de bakker op de Weimarstraat haha). Start [[d:maandag 3 feb]]. Wat moet ik doen met de uitkering en de regeling bij de {{o:Kredietbank}}?
=====
Mevrouw [[p:Koning]] de {{r:huisarts}} wil niet meer komen bij mijn moeder thuis. zij zegt moet naar de praktijk komen maar mama kan niet lopen. wat nu. [[p:anneke]]
=====
Hoi [[p:Tamara]], ik heb het formulier ingevuld maar weet niet welk nummer bij "kenmerk" moet. Op de brief staat: ons kenmerk [[z:SZW/IB/2024/117530]], uw kenmerk -, datum [[d:14 november 2024]]. Welke is het? [[p:Natasha]]
=====
selam [[p:merel]]. [[p:Luwam]] en baby [[p:Selam]] zijn thuis. alles dehan. zorgverzekering voor baby? moet ik bellen? ik heb kaart van {{o:Menzis}} polisnummer [[z:208 441 936]]. yekenyeley
=====
hai [[p:Linda]], [[p:Roy]] is vanochtend naar de huisarts geweest met [[p:Femke]]. hechting in zijn hoofd. hij wil nu toch praten met iemand van de {{o:Parnassia}}. [[p:Soenita]]
=====
hoi juf [[p:kiki]] ik heb de laptop!!! [[p:bilal]] is zo blij. merci 🙏🙏
=====
Goedemorgen, ik ben [[p:Petya]]. De {{r:huisbaas}} [[p:Tahir]] heeft vannacht de stroom uitgezet in het hele huis. [[p:Georgi]] heeft de politie gebeld, ze hebben een melding gemaakt nummer [[z:2024 512 338 7]]. We zijn nog in huis met de kinderen [[p:Mila]] en [[p:Boris]].
=====
[[p:daan]] kan jij de {{r:bewindvoerder}} vragen om me €20 extra te geven deze week? mijn dochter [[p:Zofia]] is jarig op [[d:woensdag 15 mei]] en ik wil taart kopen. [[p:Ewa]]
=====
meneer [[p:Jasper]], mijn vader [[p:Liban]] is opgenomen in het ziekenhuis. ik ben [[p:Ifrah]] ik ben 14. hij zegt ik moet u appen. wij zijn alleen thuis met mijn broertje. mama is in Somalië.
=====
sorry verkeerd nummer
=====
[[p:Hanan]] ik ben bij de ingang van het {{o:wijkcentrum}} maar deur is dicht?
""")
# ---------------------------------------------------------------------------
# 10. Longer messages (long e-mails, long WhatsApp messages, long transcripts)
# ---------------------------------------------------------------------------
add(r"""
hallo mevrouw [[p:Post]] ik wil u alles vertellen want ik kan het niet meer aan. het begon in 2022 toen mijn man [[p:Ahmad]] ([[p:Alhamwi]]) zijn werk verloor bij de bouw. wij hebben toen een lening genomen bij zijn neef 5000 euro en die wil het nu terug. daarna kwam de {{o:Belastingdienst}} met de toeslagen, dat we te veel hebben gekregen, €6.800, en nu houden ze het af van de kinderbijslag. de huur bij {{o:Staedion}} is 3 maanden niet betaald en gisteren kwam een brief van {{o:GGN}} namens {{o:Staedion}} met dossier [[z:GGN-2024-5531882]], ze willen naar de rechter. ook {{o:Eneco}} wil €780. mijn zoon [[p:Mahmoud]] is 17 en werkt bij de {{o:McDonalds}} en geeft alles aan ons maar dat is niet goed voor hem hij moet naar school. mijn dochter [[p:Nour]] heeft astma en de medicijnen zijn duur. ik heb 2 keer gebeld naar het nummer van de gemeente en ze zeggen ga naar het wijkteam. ik woon [[a:Vlielandsestraat 91]] in {{w:Duindorp}} sinds 2019, [[pc:2583 WP]]. ik ben thuis elke dag behalve dinsdag ochtend dan ga ik naar de taalles in de bibliotheek. mijn nummer is [[t:06 1 9 4 4 0 3 8 2 7]] en van mijn man [[t:06 44 21 70 95]]. ik schaam me heel erg, in Syrië hadden wij een eigen huis en een winkel. alstublieft help ons. [[p:Rasha]]
=====
Van: [[p:Joke Timmer]] <[[e:joke.timmer53@gmail.com]]>
Verzonden: [[d:dinsdag 19 november 2024]] 07:48
Aan: [[e:swt.loosduinen@denhaag.nl]]
CC: [[e:erik.timmer@outlook.com]]
Onderwerp: Zorgen om mijn moeder mw. [[p:A.M. Timmer-Hoek]], [[a:Loosduinse Hoofdstraat 608]]

Goedemorgen,

Mijn broer [[p:Erik]] en ik maken ons al een tijd zorgen om onze moeder, [[p:Alida Timmer-Hoek]], geboren [[d:9 augustus 1936]]. Zij woont nog zelfstandig in {{w:Loosduinen}}. Sinds de zomer:
- vergeet zij haar medicijnen (de {{r:apotheker}} heeft een baxterrol, maar die ligt onaangeroerd);
- heeft zij twee keer de deur opengedaan voor "mannen van de energie" die haar een contract hebben laten tekenen, nu loopt er een incasso van {{o:Energiedirect Plus}} (klantnummer [[z:EDP-4410982]]);
- is haar bankpas twee keer geblokkeerd, haar rekening is [[i:NL67ASNB5172507787]];
- belt zij 's nachts de buurvrouw, mevrouw [[p:Vink]], omdat zij denkt dat er iemand in huis is.

De {{r:huisarts}} (dr. [[p:Van der Meer]], {{o:Gezondheidscentrum Kijkduin}}) is op de hoogte maar zegt dat zij zelf moet willen. Moeder zegt dat het prima gaat.

Wij wonen allebei ver weg (ik in Zwolle, [[p:Erik]] in Maastricht). Kan iemand van het team bij haar langsgaan, liefst samen met mij? Ik kan vrijdag [[d:29 november]] of maandag [[d:2 december]].

Met vriendelijke groet,
[[p:Joke Timmer]]
[[t:06 - 41 62 09 88]]
=====
[[d:Za 7 dec]] 23:14 [[p:Wendy Kramer]]: [[p:chantal]] sorry dat ik zo laat app maar ik moet het kwijt. [[p:Dylan]] zn vader [[p:Rick]] stond vanavond weer voor de deur dronken en hij schreeuwde dat hij de kinderen komt halen. ik heb niet opengedaan. de buren hebben de politie gebeld. hij is weg nu. ik heb een contactverbod aangevraagd maar de advocaat mr. [[p:El Idrissi]] zegt dat het nog weken duurt. ik ben zo moe. [[p:Dylan]] was wakker en huilde en [[p:Milou]] ook. ik woon nu tijdelijk op de [[a:Rederijkerstraat 14 a]] bij mijn moeder maar die wil ook dat ik weg ga want ze is bang voor [[p:Rick]]. {{o:Haag Wonen}} zegt dat urgentie niet kan omdat ik "geen dakloos" ben. mijn nieuwe nummer heb je? [[t:06 33 14 48 70]]. [[p:Dylan]] zijn school is de {{o:Piet Heinschool}}, de juf heet [[p:Esther Hoek]], zij weet het ook. kunnen we maandag bellen. ik ben vanaf 9 wakker. en kun jij vragen of {{o:Veilig Thuis}} nog iets doet met de melding van [[d:19-11]]? dank je voor alles echt
=====
Voicemail transcriptie ([[t:06-18 92 35 60]], 2:41)
"ja hallo goedemiddag ik bel voor het wijkteam dit is [[p:Marisol]] [[p:Rosalia]] eh nee wacht ik moet eerst even ja ok dus ik heb een probleem met de huurtoeslag ze hebben het stopgezet omdat ze zeggen dat mijn zoon [[p:Jurensley]] bij mij woont maar hij woont niet bij mij hij woont in Rotterdam bij zijn vriendin al sinds maart vorig jaar nee sinds ja ik weet niet precies maar hij staat nog op mijn adres ingeschreven [[a:Troelstrakade 88]] en nu moet ik alles terugbetalen eh het is achttienhonderd euro en ik heb dat niet en de {{o:Belastingdienst}} heeft mij al een brief gestuurd met een nummer eh [[z:8102.44.717.T.01]] wacht dat is niet goed even kijken [[z:8102.44.771.T.01]] ja dat is het en [[p:Orlando]] van jullie heeft mij de vorige keer geholpen met de aanvraag dus misschien kan hij weer eh mi ta pidi bo pordon pa e mensahe largu ja dus bel me terug op dit nummer of na mi yu muhé [[p:Chayenne]] danki ayo"
=====
Beste [[p:Ilham]],

Zoals beloofd een overzicht van wat we vandaag hebben besproken en wat er nog moet gebeuren.

Schuldeisers (bekend):
| schuldeiser            | via                      | kenmerk          | bedrag    |
| {{o:Vesting Finance}}  | {{o:Vesting Finance}}    | [[z:VF-3390127]] | € 2.118,40 |
| {{o:Zilveren Kruis}}   | {{o:CJIB}} (wanbetalers) | [[z:7302 8814 0671 2290]] | € 1.486,00 |
| {{o:Vodafone}}         | {{o:Intrum}}             | [[z:INT-81-2204716]] | € 377,15 |
| huur ({{o:Vestia}})     | {{o:Staedion}}          | contract [[z:103.22.4471]] | € 1.960,00 |

Acties:
1. Jij: alle brieven in de map (ook de dichte enveloppen!) en je loonstroken van sept/okt/nov.
2. Ik: aanmelding {{o:Schuldhulpverlening Den Haag}}, verzoek aan {{o:Vesting Finance}} om het loonbeslag te herberekenen (beslagvrije voet).
3. Samen: [[d:donderdag 12 december]] 10.00 uur, {{o:wijkcentrum De Boog}}.

Heb je vragen, app me gerust.

Hartelijke groet,
[[p:Hayat Benali]]
{{r:maatschappelijk werker}} | Sociaal Wijkzorgteam {{w:Transvaal}}
[[t:06 – 13 84 27 50]] | [[e:h.benali@swtdenhaag.nl]]
(ik werk ma, di en do)
""")
# ---------------------------------------------------------------------------
# 11. Messages without personal data, and look-alikes (amounts, times, rooms ...)
# ---------------------------------------------------------------------------
add(r"""
hoe laat is het spreekuur in het {{o:wijkcentrum}}? dinsdag of donderdag? en moet ik een afspraak maken
=====
Kunnen jullie ook helpen met de aanvraag voor de {{o:Ooievaarspas}}? Ik heb een uitkering van €1.301,73 per maand en huur van €712,40.
=====
inshallah morgen kom ik, om 10.30 toch? 🙏
=====
Goedemiddag, bij het inloopspreekuur van {{o:Servicepunt XL}} {{w:Moerwijk}} (kamer 1.08, 1e verdieping) kunt u elke woensdag tussen 9.00 en 12.00 uur terecht zonder afspraak. Neem uw ID-bewijs en recente post mee. Voor vragen: 14 070.
=====
dank u wel mevrouw voor alles!!! ❤️❤️ god zegene u
=====
hoi, de lift in ons gebouw is weer kapot (al 3 weken, melding 2x gedaan). Er wonen hier veel ouderen op 6 hoog. wie moet ik bellen? {{o:Vidomes}} neemt niet op.
=====
Beste bewoners, op dinsdagmiddag van 14.00 tot 16.00 uur is er een koffie-inloop voor ouderen in buurthuis {{o:De Mussen}} in de {{w:Schilderswijk}}. Kosten €1,50 incl. koek. Aanmelden niet nodig. Hartelijke groet, het sociaal wijkzorgteam
=====
ik heb de brief gelezen. artikel 7:271 BW zegt 1 maand opzegtermijn toch? hij geeft mij maar 2 weken. is dat goed of fout?
=====
mi no ta kompronde e karta. kiko mi mester hasi? (ik begrijp de brief niet, wat moet ik doen?)
=====
is de {{o:voedselbank}} in {{w:Laak}} ook open in de kerstvakantie? week 52 en week 1
=====
Beste collega's, herinnering: het casusoverleg van het team {{w:Escamp}} is verplaatst naar 14.00 uur in zaal 3.12. Graag de actielijst vooraf lezen (versie 4, 2024).
=====
kan ik bij jullie ook hulp krijgen voor mijn belastingaangifte 2023? ik heb een brief van {{o:Belastingdienst}} met een boete van €385.
""")
# ---------------------------------------------------------------------------
# 12. Landlords, bailiffs and debt collectors; forwarded letters; quick notes
# ---------------------------------------------------------------------------
add(r"""
[[p:sanne]] kijk wat die huisbaas stuurt: "Mevrouw [[p:El Hamdaoui]], u heeft nog €1.350 openstaan. Als u voor [[d:1-4]] niet betaalt verander ik de sloten. Betaal op [[i:NL83KNAB8439775187]] t.n.v. [[p:R.A. Bakker]]. Groet, [[p:Bakker]]" mag dat???
=====
Doorgestuurd van [[p:Paweł]]:
"Geachte heer [[p:Kamiński]], namens onze opdrachtgever {{o:T-Mobile Netherlands}} vorderen wij € 512,77. Dossiernummer: [[z:2210-88731-PK]]. U kunt betalen op [[i:NL51TRIO8326709398]] o.v.v. het dossiernummer. {{o:Incassobureau Noordzee}}, Postbus 84321, 2508 AH Den Haag"
proszę pomóc, ik heb nooit T-Mobile gehad
=====
huisbaas meneer [[p:Sabajo]] zegt huur is nu €975 ipv €850 vanaf [[d:1 jan]]. hij woont zelf beneden op [[a:Calandplein 5]] wij erboven. mag dat zo veel omhoog? [[p:Djenice]]
=====
Beste [[p:Roel]],
De {{r:deurwaarder}} (mr. [[p:S. de Vries]], {{o:Van Veen Gerechtsdeurwaarders}}, [[t:06-51 43 22 09]] – zijn eigen nummer zei hij) was vandaag bij mijn vader [[p:Sjaak]] voor een beslag op zijn AOW. Kunt u hem bellen? Hij is bereid om te praten over €50 per maand.
[[p:Nicole]]
=====
hallo ik ben [[p:Marek]] van de kamer boven de kapsalon op de [[a:Hoefkade 214]] ik wil melden dat de eigenaar [[p:Yusuf]] ons 8 personen laat wonen in 2 kamers en €400 per persoon vraagt cash. ik wil niet dat hij weet dat ik het zeg. mój numer [[t:+48 798 102 334]]
=====
forwarded brief (foto overgetypt door [[p:Tamara]]):
{{o:GGN Mastering Credit}} | ons kenmerk: [[z:12.883.617]] | uw kenmerk: —
Geachte mevrouw [[p:N. Chakir]],
Op [[d:23 oktober 2024]] is aan u betekend het vonnis van de kantonrechter d.d. [[d:17 september 2024]]. Wij verzoeken u binnen 2 dagen € 2.744,08 te voldoen. Bij gebreke hiervan zullen wij overgaan tot beslag op uw roerende zaken aan de [[a:Soestdijksekade 43]] te [[pc:2574 AB]] 's-Gravenhage.
=====
mevrouw [[p:hoek]] van de {{o:kredietbank}} heeft gebeld over [[p:natasha felida]], de regeling is rond! dossier [[z:HKB-24-00419]]. ik heb het al in het dossier gezet. (notitie voor [[p:Tamara]], van [[p:Sharon]])
=====
de mensen van {{o:Intrum}} bellen mij steeds op mijn werk bij de {{o:Hema}}. mijn baas [[p:Peter de Jong]] is boos. kunnen jullie zeggen dat ze moeten stoppen? [[p:Ruthmila]]
=====
[[p:Hanna]] hier (SWT {{w:Bouwlust}}), voor jou [[p:Jasper]]: de {{r:huisbaas}} van mevrouw [[p:Osman]] heet [[p:Kasper Verheul]], [[e:k.verheul@verheulvastgoed.nl]], hij wil wel praten over de schimmel. Adres van haar is [[a:Paul Krugerlaan 77-2]]
=====
hoi [[p:bart]], de {{o:CJIB}} heeft een brief gestuurd: gijzeling!? voor [[p:Dirk]] ([[p:de jong]]) omdat boetes niet betaald. Hij heeft 2 weken. CJIB-nummer [[z:3014 2289 0077 1821]]. ik ben zijn moeder [[p:Ans]]
=====
van de eigenaar: "jullie moeten weg voor het einde van de maand, anders kom ik met mijn broers" -- hij heet [[p:Gökhan]] en belt van [[t:0687104453]]. wij wonen [[a:Jan Blankenstraat 12 II]], ik ben [[p:Georgi Kolev]]
""")
# ---------------------------------------------------------------------------
# 13. Mixed bag: quick notes, initials, lower case, more languages
# ---------------------------------------------------------------------------
add(r"""
selam [[p:abraham]] ana [[p:semhar]] 🙏 ezi wereqet ab {{o:gemeente}} ... de brief zegt afspraak [[d:1ste okt]] 9u in het stadhuis maar ik werk dan in de schoonmaak bij {{o:Hago}}. kan jij bellen? yekenyeley hawey
=====
Hoi juf [[p:Kiki]], dit is [[p:Ifrah]] weer. papa is nog in het ziekenhuis. tante [[p:Khadra]] is nu bij ons. ze heeft nummer [[t:06/18 55 20 41]]. school weet het
=====
Dhr. [[p:Pattipeilohy]] hier, zoon van [[p:Johanna Pattipeilohy]]. Dank voor de hulp aan mijn moeder. Zij komt [[d:Vr. 22/3]] thuis uit het {{o:Bronovo}}. Kan de thuiszorg dan starten? Het adres is nog steeds [[a:Zuidwal 62]]. Terima kasih. [[p:W. Pattipeilohy]]
=====
ik ben [[p:zhou ling]], mijn man [[p:hu lei]] zegt ik moet schrijven. wij hebben restaurant in [[a:Wagenstraat 102]] en de {{o:belastingdienst}} wil €23.000. hij heeft alles op mijn naam gezet. 怎么办. bel [[t:(06) 28 44 10 73]]
=====
Meneer [[p:Jeroen]] , mijn neef [[p:Zabihullah]] [[p:Noori]] komt uit het ziekenhuis [[d:2/12]], hij woont alleen op [[a:Vrederustlaan 140]] [[pc:2543SW]], kan iemand boodschappen doen de eerste week? [[p:Farid]]
=====
hoi ik ben [[p:T.]] van 2 hoog (tegenover mevrouw [[p:winter]]), mevrouw heeft vanochtend om 6 uur bij mij aangebeld in haar nachtjapon, ze wist niet waar ze was. ik heb haar dochter gebeld maar die neemt niet op. de {{r:huisarts}} is [[p:Kok]] in de Weimarstraat.
=====
Hallo mw [[p:Vink]], ik wil u laten weten dat ik mevrouw [[p:Timmer]] vrijdag met haar dochter [[p:Joke]] ga bezoeken. Dank voor uw oplettendheid! Groet, [[p:Annet]] (SWT {{w:Loosduinen}}, [[t:06 - 20 31 77 64]])
=====
bericht voor [[p:hayat]] uit de {{o:moskee}}: zuster [[p:fatiha]] heeft hulp nodig met de papieren, ze komt na het vrijdaggebed, rond 14u. imam [[p:Yassine]] laat het weten
=====
[[p:Orlando]], bo ta bon? mi ta [[p:Gilbert]]. ik heb werk gevonden in de haven via {{o:Randstad}} 😃 begin [[d:14 april]]. wat moet ik doen met de {{o:DWI}}? mi ta kontentu
=====
Dear [[p:Fleur]], I am [[p:Priyanka Nair]], I live at [[a:Stationsweg 12-3]] with my husband [[p:Arjun]]. He is kennismigrant but lost his job [[d:15/08/2024]] and now IND says we have 3 months. We have a baby [[p:Anika]] born [[d:4 July 2024]]. Can you help us with what to do? Phone: [[t:+31 (0)6 2047 1189]]
=====
[[p:M. Zając]] hier, ik wil mijn afspraak afzeggen voor morgen [[d:5 maart]], mijn dochter [[p:Zofia]] is ziek. dziękuję
=====
hoi! ik ben [[p:noor]], stagiaire van de {{o:Haagse Hogeschool}}, ik help mw. [[p:Alhamwi]] met de brieven. mag ik de lijst met schuldeisers? mail: [[e:noor.stage2024@student.hhs.nl]]
=====
Mevrouw [[p:Blom]], ik heb de huur nu betaald voor november €684,12 en december €684,12. Het bewijs stuur ik hierbij. Mijn klantnummer bij {{o:Staedion}} is [[z:0418 2271 09]]. Met vriendelijke groet [[p:Y. Mensah-Ofori]]
=====
Reactie van wijkteam op melding [[z:M-2024-88107]]: Beste mevrouw [[p:Kroon]], bedankt voor uw melding over uw buurman. Wij hebben contact gezocht en er wordt hulp ingezet. Om privacyredenen kunnen wij u geen details geven. Met vriendelijke groet, [[p:Bart Schipper]]
=====
voor [[p:Merel]]: de tolk Tigrinya is geregeld voor [[d:woensdag 18-12]] 10u, naam [[p:Tekle]] [[p:Ghebremariam]], {{o:Global Talk}} opdrachtnr [[z:GT-561203]]. Huisbezoek bij [[p:Yohannes]] [[a:Moerweg 540-B]]
=====
hey ik ben [[p:luwam]] haftey van [[p:semhar]]. zij is in ziekenhuis vandaag ({{o:Haga}}?) ik weet niet. kan jij bellen naar haar? [[t:0 6 41 90 27 83]]
=====
hallo ik ben mevrouw [[p:Schipper]] van de {{o:Zonnebloem}}. We hebben een rolstoeluitje op [[d:za 14 sept]] en ik heb gehoord dat mevrouw [[p:Meijer-de Boer]] misschien mee wil. Haar kleindochter [[p:Lisa]] gaf uw nummer. Bel gerust: [[t:06 -32 11 08 49]]
=====
sorry [[p:jolanda]], ik heb de afspraak vergeten. kan het op [[d:ma 16-9]]? of [[d:di 17-9]]. [[p:kemal]]
=====
Goedemorgen [[p:Chantal]], hierbij het nummer van [[p:Rick]] ([[p:Dylan]]'s vader) voor het gesprek met {{o:Veilig Thuis}}: [[t:06 - 29 70 41 55]]. En de geboortedata: [[p:Dylan]] [[d:03-02-2017]], [[p:Milou]] [[d:28-06-2020]]. [[p:Wendy]]
""")
# ---------------------------------------------------------------------------
# 15. Numbers people send when asked (BSN, IBAN, postcodes), one long mixed message
# ---------------------------------------------------------------------------
add(r"""
hier is alles wat je vroeg [[p:jasper]]:
bsn mij [[b:818128872]]
bsn [[p:tariq]] jr [[b:531 825 413]]
rekening [[i:NL47 RABO 0752 0251 681]] eh nee [[i:NL47RABO7520251681]]
postcode [[pc:2525ck]] huisnr 41 (kamer 3)
=====
Dzień dobry, moja mama [[p:Zofia Mazur]] krijgt nog pensioen uit Polen op haar Poolse rekening [[i:PL19 7420 9096 9305 2106 4613 4281]]. Moet dat ook op het formulier voor de huurtoeslag? Haar BSN is [[b:947.438.178]]. Dziękuję, [[p:Piotr]]
=====
[[p:Melike]] hanım merhaba, babam [[p:Mustafa]] Türkiye'de ev kirası alıyor, huur van een huis in Turkije, €150 per maand op [[i:TR39 1141 1444 8476 8000 8211 15]]. moet dit bij de kredietbank gemeld worden? [[p:Gül]]
=====
Beste [[p:Chantal]], de {{r:bewindvoerder}} vroeg om het BSN van mijn vader. Het is [[b:451376390]]. Zijn postcode is [[pc:2562 EX]], [[a:Valkenboslaan 198]]. Groet [[p:Wendy Visser]]
=====
bsn [[b:6486 87041]] ([[p:Ahmad]]) en [[b:358-706-579]] ([[p:Rasha]]). geboortedatums [[d:04.03.1979]] en [[d:17.11.1983]]. de kinderen [[p:Mahmoud]] [[d:2-2-2007]] en [[p:Nour]] [[d:30-6-2014]].
=====
Sorry dat ik zo veel stuur maar ik wil het goed uitleggen. Mijn naam is [[p:Efua Ofori]], ik kom uit Ghana en woon sinds 2016 in Den Haag, eerst in {{w:Transvaal}} en sinds [[d:1 september 2023]] in {{w:Moerwijk}} op de [[a:Zuiderparklaan 186]], [[pc:2574 JW]]. Ik heb één dochter, [[p:Abena]], zij is 11 en zit op de {{o:Oranjeschool}}. Ik werk als schoonmaakster bij {{o:CSU}} 20 uur per week maar sinds de zomer ben ik ziek, rugklachten, en ik krijg minder loon. Ik kan de huur (€742) niet meer betalen en {{o:Haag Wonen}} heeft een brief gestuurd, klantnummer [[z:HW-88-10437]]. Ook heb ik een schuld bij {{o:Zilveren Kruis}} en nu komt {{o:GGN}}. Mijn broer [[p:Kwesi]] in Londen stuurt soms geld maar dat is niet genoeg. Vorige week heb ik een week mijn telefoon niet opgenomen omdat ik me zo schaamde, daarom belde hij jullie, sorry daarvoor. Ik wil graag hulp maar ik wil niet dat school het weet. Mijn rekening is [[i:NL13ABNA6241833150]], mijn BSN [[b:177416579]]. Mijn nummer is [[t:+31 6 18 40 22 95]] en u mag ook bellen naar mijn vriendin [[p:Abigail Owusu-Ansah]] als ik niet opneem [[t:06-404-88-172]]. Ik ben vrij op woensdag en vrijdag. Dank u wel en God bless.
=====
postcode 2500 GA? nee dat is van de gemeente postbus. mijn eigen postcode is [[pc:2572 bh]] ([[a:Hobbemastraat 210]]). [[p:Khadra]]
=====
Hoi [[p:Orlando]], voor de aanvraag: bsn [[b:775774145]], rek [[i:NL86 INGB 3941 1018 76]], adres [[a:Kootstraat 61]] [[pc:2522RA]]. Dank!! [[p:Marisol]]
=====
Bedankt voor uw aanmelding voor de cursus "Omgaan met geld" in het {{o:wijkcentrum}}. De cursus is op 4 donderdagen van 19.00 tot 21.00 uur, lokaal 0.14. Kosten: gratis met {{o:Ooievaarspas}}. Vragen? Bel 14 070.
""")
add(r"""
bsn van mijn moeder is [[b:936 301 535]] denk ik, haar pas is kwijt. ze heet [[p:Hirut Bekele]], geboren [[d:1-1-1961]] (zo staat het op de verblijfsvergunning)
=====
app van [[p:Budi]] ([[p:Santoso]]): pak [[p:Roel]], saya.. sorry, meneer ik ben weer ontslagen bij de {{o:Indische toko}}. de baas [[p:Tjong]] betaalt de laatste 2 weken niet. ik heb wel de whatsapp berichten als bewijs. rekening waar het loon op moest: [[i:NL62BUNQ2484012779]]
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
    d = re.sub(r"\D", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
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
            if sp["label"] == "bsn" and sp["text"] not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in MISTYPED:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h107-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout107.jsonl")
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
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
