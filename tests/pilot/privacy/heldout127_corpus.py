#!/usr/bin/env python3
"""Held-out corpus 127: texts by non-native Dutch writers and mixed-language staff.

Dutch mixed with English, Turkish, Moroccan Arabic (transliterated, with digits for
letters), Polish, Papiamento, some French and Ukrainian; spelling errors and unusual
word order; foreign phone and date formats (+48, +90, +212, 0031, dd/mm/yyyy, US
mm/dd, English/Turkish/Polish/Papiamento month names); names surname first and in
capitals; client messages sent through an app; notes by interpreters.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout127.jsonl next to itself.
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
WRONG_ON_PURPOSE = {"72439592", "NL57RABO2397924538"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t.replace("<TAB>", "\t"))


# ---------------------------------------------------------------------------
# 1. Messages from clients and relatives through the wijkteam app / WhatsApp
# ---------------------------------------------------------------------------
add(r"""
[[d:04/03/2024]], 08:47 - [[p:Hanane]]: Goedemorgen mevrouw [[p:Sanne]], ik heb de brief van {{o:Belastingdienst}} gekregen maar ik snap niet. Ze zeggen ik moet terug betalen 2.340 euro van toeslag. Wallah ik heb niks fout gedaan. Kan u helpen?? Mijn telefoon is nieuw: [[t:+31 6 4418 2093]]
[[d:04/03/2024]], 09:02 - [[p:Sanne]] (SWT {{w:Laak}}): Goedemorgen [[p:Hanane]], stuur maar een foto van de brief. Ik bel je om 11 uur.
[[d:04/03/2024]], 09:05 - [[p:Hanane]]: Baraka llahu fik 🙏
=====
Bericht via WijkApp
Van: [[p:KARIMI Zahra]]
Datum: [[d:March 7, 2024]]
Onderwerp: afspraak

hallo ik kan niet komen op donderdag want mijn zoon [[p:Ali Reza]] is ziek koorts. Andere dag is mogelijk? Ik woon nu bij mijn zus op [[a:Erasmusweg 1104]], niet meer oude adres. Thank you
=====
Merhaba [[p:Derya]] hanım, ben [[p:Emine]]. Dün mektup geldi van de {{o:gemeente Den Haag}}, ik begrijp niet goed. Oğlum [[p:Burak]] zegt het is over de {{o:Wmo}} en de traplift. Yarın gelebilir misiniz? Adres zelfde: [[a:Soestdijksekade 388]]. Teşekkürler, Allah razı olsun
=====
[[d:12.05.2024]] 19:33 | afzender: [[p:Piotr W.]]
dzień dobry pani [[p:Agata]], sorry laat bericht. Werkgever heeft mijn kamer opgezegt, ik moet weg op [[d:20 maja]] ([[d:20 mei]]). Geen geld, niks. Nummer van Polen werkt niet hier, bel mij op whatsapp [[t:+48 512 330 871]]. Dziękuję bardzo
=====
Bon dia shon [[p:Milouska]]! Mi ta [[p:Shurnella]], e yu muhé di shon [[p:Rosalinda Martis]]. Mi mama ta den hospital ({{o:HMC Bronovo}}) desde [[d:diabierna 14 juni]]. Ze kan niet meer terug naar huis op [[a:Paets van Troostwijkstraat 145]], trap is te hoog voor haar. Kan u bellen aub? Mi number: [[t:+599 9 526 1847]] (ik ben nu op Korsou) of mijn broer [[p:Jurick]] [[t:06-29381045]]. Danki hopi!!
=====
salam alaykoum mevrouw, ana [[p:Fatiha]] mama dyal [[p:Ilyas]]. 3afak kan u school bellen? [[p:Ilyas]] mag niet meer komen sinds [[d:lundi 15 avril]], directeur zegt hij heeft gevochten. Ik ben heel bang hij gaat op straat. Mijn man werkt nacht, hij kan niet. Shokran bzaf
=====
Ok tamam, tot morgen 10:00 👍
=====
Hi, this is [[p:Tesfay]]. I got a letter from {{o:IND}}, my V-number is [[z:2391048557]]. They say appointment [[d:23/04]] at 09:30 in Rijswijk but I have work that day at the warehouse. Can you call them for me? My dutch is not good yet. [[t:+31 6 2039 8814]]
=====
[[p:KOÇ Ayten]] — via app — [[d:2 Nisan 2024]]
Goedemiddag, mijn vader [[p:Hasan]] heeft vandaag weer gevallen in badkamer. Hij wil niet naar dokter, "ben yaşlı değilim" zegt hij. Thuiszorg komt niet meer sinds 2 weken. Ik woon in Duitsland, tel [[t:+49 1577 4820913]]. Adres vader: [[a:Hoefkade 701]], [[pc:2526 BS]]. Wat kan ik doen?
=====
mevrouw goedemorgen ik ben [[p:Khadija]] van de [[a:Heemstraat 233]] 2e verdiep. Jullie kollega kwam gisteren maar ik was bij huisarts. Kan ze weer komen maandag of dinsdag? na 12 uur want ik breng kinderen school. Dank u wel en sorry voor mijn nederlands
=====
Wiadomość: Dzien dobry. Ik ben [[p:Katarzyna Lewandowska]], geboren [[d:3.11.1986]], BSN [[b:103512305]]. Ik heb gekregen brief van {{o:UWV}} over WW maar mijn DigiD werkt niet. Kan pani [[p:Agata]] mij helpen met inloggen? Moje nowe mail: [[e:kasia.lewandowska86@wp.pl]]
=====
[[d:18/06/2024]] 22:14 - [[p:Rasha]]: Sorry for late message. [[p:Mahmoud]] is again not home since 3 days, phone off. Last time he was with friends in {{w:Transvaal}}. I am scared. Please tell [[p:Mounir]] tomorrow. 
[[d:18/06/2024]] 22:15 - [[p:Rasha]]: نحن بحاجة للمساعدة 
[[d:19/06/2024]] 08:31 - [[p:Mounir]] (SWT): Goedemorgen [[p:Rasha]], ik heb je bericht gelezen. Ik bel je om 9 uur. Als je denkt dat hij in gevaar is bel 112.
=====
Goede dag, ik ben de buurman van mevrouw [[p:Wong]] op nr 17. Ze is weer niet goed, ze loopt s'nachts met alleen pyjama op straat. Ze herkent mij niet meer. Haar zoon woont in Londen, nummer [[t:+44 7700 912 448]], naam [[p:Kevin Wong]]. Groeten [[p:Gert Wolf]]
=====
[[p:Olena]]: Добрий день! Good morning, I am [[p:Olena Shevchuk]] from Ukraine, we live in opvanglocatie {{o:Hotel Malieveld}} (room 312). My mother [[p:Halyna]] has very bad sugar and no medicine since [[d:14 February]]. The huisarts says we need BSN first. Her BSN is not ready. Ukrainian number [[t:+380 67 441 2096]] or Dutch [[t:0685 217 740]]
=====
Berichtje van [[p:Gilbert]] (via app)
Dushi [[p:Ivette]]... ik bedoel mevrouw [[p:Cornelia]] 😅 , mi ta kontentu! De {{o:Kredietbank}} heeft eindelijk ja gezegd. Ik stuur u de brief, kenmerk [[z:KB/2024/05521]]. Mi ta bai fiesta awe 🎉 ayo
=====
goeie middag ik heb ID kaart verloren in tram 1 dinsdag, nu kan ik niet ophalen uitkering bij bank. geboortedatum [[d:11-09-1961]], naam [[p:EL MAKHLOUFI Driss]], BSN [[b:7243 95 921]]. Graag hulp. Ik woon [[a:Zuidlarenstraat 12 B]] {{w:Bouwlust}}
=====
12:04 PM Mrs. [[p:Owusu]]: hello madam i am outside the office but door is close. you said 12 o'clock?
12:09 PM Mrs. [[p:Owusu]]: ok i see the lady now she open. thank you
=====
Hallo [[p:Deepa]], mijn moeder [[p:Gülsen Kara]] is jarig op [[d:9 Haziran]] en ze wil graag dat jij komt naar feestje 😊 maar ook serieus: haar huur is opgezegt door {{o:Haag Wonen}} per [[d:1 Temmuz]]. Kan jij met {{r:sociaal raadsman}} bellen? Groetjes [[p:Elif]]
=====
Dzien dobry. Mam pytanie. Moja córka [[p:Zuzia]] (ur. [[d:2017-08-30]]) gaat naar school in {{w:Moerwijk}} maar juf zegt zij heeft logopedie nodig. Waar ik moet aanmelden? Ik spreek niet goed NL, mój mąż [[p:Łukasz]] ook niet. Dziękuję, [[p:Dorota Król]]
""")
add(r"""
[[d:2024-09-02]] 07:58 [[p:Yonatan]]: Selam. Mijn vrouw [[p:Mebrat]] is vannacht bevallen in {{o:HMC Westeinde}} 🙏 jongen, 3,2 kilo. Naam is [[p:Abel]]. Wij hebben nog geen bed voor baby en geen kinderwagen. Kan {{o:Stichting Babyspullen}} helpen? Ons adres is [[a:Lorentzplein 33]], [[pc:2522 HK]]
=====
Sorry mevrouw ik heb verkeerd nummer gegeven gisteren. Goede nummer is [[t:06 1830 0472]] niet [[t:06 1830 0427]]. Groet [[p:Abdiweli]]
=====
mw good morning, mi ta [[p:Roderick]] from [[a:Jan Blankenstraat 84]]. Toilet is kapot since weekend and {{o:Staedion}} no come. I call 3 times the algemeen nummer, nobody answer. I have small kids. pls help
=====
app-bericht doorgestuurd door {{r:tolk}}:
"[[p:Nasrin]] zegt: kan de afspraak met de {{r:Wmo-consulent}} op [[d:Friday 12th July]] verplaatst worden? Op vrijdag is haar man thuis en hij mag niet weten dat zij hulp vraagt."
=====
[[p:Burak]] ([[p:Emine]] haar zoon): ok mevrouw ik heb formulier ingevuld, foto gestuurd. Zijn er nog andere papier nodig? Mama haar IBAN is [[i:TR12 0006 2066 7928 3990 6074 78]] maar dat is Turkse bank, de Nederlandse is [[i:NL05 ASNB 6830 1802 18]]
=====
hoi [[p:Rohit]] 👋 this is [[p:Lina]], we met at the {{o:Taalhuis}} on monday. You said I can send my CV for the vrijwilligerswerk at {{o:Humanitas}}. here it is: [[e:lina.qassem.93@gmail.com]] (is my mail, cv in attachment). Thanks a lot, yani very kind
=====
[[d:30/01/2024]] 16:20 - [[p:Marek Z.]]: Pan [[p:Bram]]? Ja jestem w szpitalu. Ik ben in ziekenhuis {{o:Haga}} kamer 4.12, been gebroken op werk. Baas zegt niet verzekerd. Help proszę. [[t:+48 698 114 052]]
=====
Bericht ontvangen via contactformulier website
Naam: [[p:Soenita Kalloe-Ganpat]]
Telefoon: [[t:(+31) 070 - 388 41 29]]
Bericht: Mijn schoonvader [[p:Ravindra Ganpat]] (geb. [[d:07-12-1944]]) woont alleen in {{w:Leyenburg}}. Hij wil geen hulp maar hij vergeet alles en eet niet. Wij wonen in Almere. Graag contact, ik ben na 17.00 bereikbaar.
=====
🙏🙏 thank you so much [[p:Femke]] for today. The lady from the {{o:Voedselbank}} was very nice. Next pakket is on [[d:wednesday 4 December]]?
=====
Goedemiddag. Ik ben [[p:Hülya]], dochter van [[p:Osman Güneş]]. Babam kan vandaag niet komen naar afspraak, hij is in Turkije voor begrafenis van zijn broer. Hij komt terug op [[d:22 Ekim]]. Je kunt mij bereiken op [[t:+90 532 718 40 26]] (ik ben ook in Turkije). Saygılarımla
=====
[[p:Farid]]: salaam mevrouw [[p:Winter]]. papier van {{o:COA}} zegt ik moet weg uit azc maar woning nog niet. mijn nummer COA is [[z:COA-2211-76031]]. kan u bellen naar [[p:Wim]] van {{o:Vluchtelingenwerk}}? tashakor
=====
halo halo met [[p:Sjaak]] de buurman van [[a:Kempstraat 12]]. Die meneer [[p:Abdi]] (de Somalische meneer) heeft weer lekkage van zijn plafond naar mij. Hij doet niet open. Zijn dochter [[p:Sahra]] spreekt wel goed Nederlands, nummer [[t:06-44.91.02.87]]
=====
Hoi! Ik heb vandaag eindelijk mijn inburgeringsexamen gehaald!!! 🎉🎉 Dank jullie wel voor alles, zonder jullie was het niet gelukt. Groetjes uit {{w:Ypenburg}}
=====
[[d:10/11]] 23:40 [[p:Fatma]]: Ben çok yoruldum. Hij komt weer dronken thuis, kinderen zijn bang. Ik wil niet bellen politie. Morgen kan ik praten? alleen als hij werkt 8-16
[[d:11/11]] 08:05 [[p:Derya]] (SWT): Günaydın [[p:Fatma]]. Ja, ik kom om 10 uur naar de school van de kinderen, daar kunnen we rustig praten. Als het gevaarlijk is: bel 112. {{o:Veilig Thuis}} is ook 24 uur bereikbaar op 0800-2000 (gratis).
=====
Dear madam, I am the son of Mrs [[p:Chen Mei]] ([[p:CHEN]] is family name). She lives at [[a:Wagenstraat 61-C]] in {{w:Centrum}}. I saw on her table a letter about "ontruiming" from [[d:Nov. 28]]. Please what does this mean? I live in Shenzhen, WeChat/phone [[t:+86 138 2277 0914]]. Regards, [[p:Lin Hao]]
=====
goedemorgen, kunt u mij bellen? Het gaat over mijn broer. Hij is op [[d:donderdag 6 maart]] uit de gevangenis gekomen en heeft geen huis. Ik ben [[p:Yasmina]] [[t:0031 6 5528 1190]]
=====
Mevrouw ik heb nieuwe rekening want oude bank heeft mijn rekening gesloten. Nieuwe rekening: [[i:NL75 KNAB 6988 3863 50]] op naam van [[p:A. OUAZIZ]]. Graag doorgeven aan bewindvoerder. Bedankt [[p:Khadija]]
=====
Sent from my iPhone
----
Hello, my name is [[p:Deniz Aksoy]], I work for the Turkish consulate as volunteer. Mr [[p:Kemal Aksoy]] is my uncle, he is 79 and lives alone at [[a:Vaillantlaan 412]]. Since his wife died on [[d:January 3rd]] he does not eat well. Can someone from your team visit him? He speaks only Turkish. My number [[t:+31 (0)6 2741 8830]].
=====
[[p:Ewa]]: ok dobrze 👍
[[p:Ewa]]: jutro 9:30?
[[p:Agata]] (SWT): Tak, jutro 9:30 bij {{o:Servicepunt XL}} {{w:Escamp}}. Neem alle brieven mee, ook van {{o:CAK}}.
""")
# ---------------------------------------------------------------------------
# 2. Notes by interpreters (tolkverslagen, remarks after a session)
# ---------------------------------------------------------------------------
add(r"""
TOLKVERSLAG
Tolk: [[p:Hamid Rahimi]] (Dari / Farsi), Wbtv-nr [[z:204871]]
Datum gesprek: [[d:14-02-2024]], 10:00-11:15, telefonisch via {{o:Global Talk}}
Cliënt: [[p:SADAT]], [[p:Gul Bibi]]
Aanwezig: {{r:maatschappelijk werker}} [[p:L. Hoek]]

Opmerking tolk: cliënt zegt meerdere keer "zendegi sakht ast" (het leven is zwaar). Zij wil niet dat haar man weet van dit gesprek. Zij noemt schoonmoeder alleen "madar-e shohar", geen naam. Ik heb alles letterlijk vertaald, ook de stiltes gemeld.
=====
Notitie van tolk Turks na huisbezoek [[d:5 maart]]
Ik heb gemerkt dat meneer [[p:Şahin]] veel dingen anders vertelt als zijn vrouw niet in kamer is. Bijvoorbeeld over geld: met vrouw erbij "alles is goed", alleen met ons "borç çok" (veel schulden). Ik denk het is belangrijk voor {{r:hulpverlener}} om dit te weten. Ik geef geen mening, alleen observatie.
[[p:Serap Yurt]], tolk Turks
=====
tolk Arabisch [[p:Nabil]] (via telefoon, Tolkcentrum): gesprek met mw [[p:Al-Hamwi]] ging moeilijk, mevrouw spreekt Syrisch dialect, ik ben Irakees, sommige woorden anders. Advies: volgende keer Syrische tolk aanvragen. Mevrouw vroeg na het gesprek mijn privénummer, ik heb niet gegeven.
=====
Verslag tolkgesprek
Taal: Tigrinya
Tolk: [[p:Mehari Tesfamariam]]
Cliënt: [[p:Selam Berhe]], geb. [[d:01.01.1998]] (volgens papieren; mevrouw zegt echte datum weet ze niet)
Onderwerp: gezinshereniging, zoon [[p:Robel]] nog in Ethiopië (Addis)
Belangrijk: mevrouw heeft "amlak" gezegd = God, niet een persoon. Achternaam [[p:Berhe]] is naam van haar vader, niet familienaam zoals in Nederland.
Vervolg: afspraak bij {{o:Vluchtelingenwerk}} op [[d:dinsdag 9 april]].
=====
Ik ben tolk Pools bij gesprek op [[d:22/10/2024]] met pan [[p:Tomasz Grabowski]] en {{r:schuldhulpverlener}}. Na het gesprek buiten vroeg meneer mij om te helpen met zijn brieven voor geld. Dat mag ik niet doen als tolk. Ik heb gezegd hij moet vragen aan {{r:casusregisseur}} [[p:Joost]]. Ik meld dit voor de duidelijkheid. [[p:M. Kaczmarek]]
=====
Tolknotitie (Tarifit/Berbers) – [[d:woensdag 17 januari]]
Mevrouw [[p:Ait Ouaziz]] begrijpt geen Arabisch, alleen Tarifit. Vorige 3 gesprekken was Arabische tolk, dus zij heeft veel niet begrepen!! Dit moet in dossier [[z:SWT-SP-2023-0917]]. Ook: haar dochter [[p:Loubna]] vertaalde vaak maar dochter is 12 jaar, dat is niet goed.
=====
interpreter note (English/Pidgin) 
client Mr. [[p:Osei]] — wait, correction: client is [[p:Kwabena Osei]], not his brother [[p:Kofi Osei]] who also came. Brother did most talking. Client only said "I dey manage" several times = I am managing / coping (but not really). Recommend seeing client alone next time.
=====
Tolk Somalisch [[p:Faduma Hassan Nur]] aan {{r:wijkverpleegkundige}} [[p:Els Kuiper]]:
Mevrouw [[p:Sahra Mohamud]] wil graag vrouwelijke dokter. Ze schaamt zich voor man. Ook: bij haar ramadan is het moeilijk voor medicijnen overdag, dokter moet tijden veranderen. Ik kan volgende keer weer komen, maandag of woensdag ochtend.
=====
Tolkenregistratie
datum | taal | tolk | duur | kosten | dossier
[[d:03-04-2024]] | Arabisch | [[p:A. Zerrouki]] | 45 min | € 63,75 | [[z:2024-01187]]
[[d:08-04-2024]] | Turks | [[p:S. Yurt]] | 30 min | € 42,50 | [[z:2024-00932]]
[[d:11-04-2024]] | Dari | [[p:H. Rahimi]] | 60 min | € 85,00 | [[z:2024-01204]]
[[d:15-04-2024]] | Pools | [[p:M. Kaczmarek]] | 45 min | € 63,75 | [[z:2024-00876]]
totaal april: € 255,00 (budget team {{w:Escamp}}: € 4.000 per kwartaal)
=====
Aantekening tolk Oekraïens/Russisch
Mevrouw [[p:Kovalenko]] ([[p:Iryna]]) vertelt zij is geboren [[d:17.03.1958]] in Charkiv. Zij noemt haar kleinzoon "[[p:Sasha]]", dat is roepnaam van [[p:Oleksandr]]. Kleinzoon woont bij haar op [[a:Stationsweg 88-3]]. Zij wil geen psycholoog, zegt "ik ben niet gek". Misschien beter woord gebruiken "gesprek met iemand".
=====
[[p:Ioana Stan]], tolk Roemeens — observatie na gesprek [[d:Monday 3 June]]: de man die zich voorstelde als "neef" ([[p:Vasile]]) heeft de hele tijd voor mevrouw geantwoord en haar paspoort in zijn zak. Mevrouw keek steeds naar hem. Ik twijfel of hij echt familie is. Ik wil dit melden aan {{r:casusregisseur}}; misschien signaal mensenhandel? {{o:CoMensha}} kan adviseren.
=====
tolk via telefoon, geen naam gezegd, alleen tolknummer [[z:88213]]. Verbinding slecht. Cliënt [[p:Nouri]] begreep de vraag over inkomen niet. Gesprek afgebroken om 14:20, nieuwe afspraak met tolk ter plaatse.
=====
Note from interpreter [[p:Gao Yan]] (Mandarin/Cantonese):
Mr [[p:HUANG Wei]] and Mrs [[p:LIN Xiaoling]] are married, but in China wife keeps own surname. Please do not write "mevrouw [[p:Huang]]" in letters, she finds it strange. Their daughter [[p:Huang Meiling]] (Engelse naam [[p:Mandy]]) is 16 and speaks Dutch well but should not translate about the debts.
=====
Verslagje tolk Turks [[p:Cem]]
[[d:Pazartesi 8 Ocak]] / [[d:maandag 8 januari]]
Aanwezig: mw [[p:Aydoğan]], zoon, {{r:Wmo-adviseur}}, ik
- mevrouw zegt "dizlerim ağrıyor" = mijn knieën doen pijn, niet "benen" (eerst verkeerd vertaald, gecorrigeerd)
- zoon wil dat moeder naar verpleeghuis, mevrouw wil "evimde ölmek istiyorum" = ik wil in mijn huis sterven
- {{r:Wmo-adviseur}} legt uit over huishoudelijke hulp 3 uur/week
=====
Tolk Arabisch (Marokkaans): [[p:Samira Lamrini]]
Gesprek: intake bij {{o:Servicepunt XL}} {{w:Schilderswijk}}, [[d:28/02]]
Cliënt noemde zichzelf "Hajja [[p:Fatna]]", op papier heet zij [[p:Fatna Boukhari]]. Cliënt zei "l-7amdu lillah, kolchi mezyan" (alles goed) maar later huilde zij over haar zoon in gevangenis. Ik heb gezegd tegen {{r:maatschappelijk werker}} dat "kolchi mezyan" beleefdheid is, niet echt antwoord.
=====
Opmerking: de tolk heeft vandaag niet gebeld, afspraak 10:00 gemist. Mevrouw wachtte 40 minuten. Klacht ingediend bij tolkbureau (referentie bureau: opdracht [[z:TB-558102]]). Nieuwe tolk Dari geboekt voor [[d:24 mei]] om 13:00.
=====
Tolk Koerdisch (Sorani) [[p:Rebwar]] schreef: 
mevrouw [[p:Kurdistan Ahmad]] is haar voornaam echt "[[p:Kurdistan]]", dit is geen land in dit geval, is naam. Please let op bij formulieren. Haar man [[p:Shwan]] werkt in restaurant {{w:Scheveningen}}. Telefoon man: [[t:06 38 720 514]]
=====
Tolk Pools (tel.): pani [[p:Wieczorek]] zegt dat de kinderen bij oma in Polen zijn sinds de zomer, adres oma: [[a:ul. Kwiatowa 7/12]], [[pc:62-200]] Gniezno. Zij wil ze terughalen als zij woning heeft. Moeilijke emoties, ik heb aangeraden te pauzeren.
=====
Notitie [[d:2/5]] tolk Farsi: ik heb in gesprek gehoord dat meneer [[p:Amiri]] het woord "khodkoshi" gebruikte (zelfdoding) — de {{r:maatschappelijk werker}} heeft dit niet gevraagd door. Ik heb het na gesprek direct gemeld aan haar. Dit is belangrijk, graag vandaag nog contact met {{r:huisarts}} of {{o:crisisdienst}}.
""")
# ---------------------------------------------------------------------------
# 3. Case notes by non-native / mixed-language staff
# ---------------------------------------------------------------------------
add(r"""
Huisbezoek [[d:12/03/2024]] bij fam. [[p:Zając]], [[a:Rijswijkseweg 203B]]. Meneer [[p:Marek]] he is working in distributiecentrum via uitzendbureau, 6 dagen per week, but salary is not paid since february. Mevrouw [[p:Małgorzata]] zwanger 7 maanden, geen verzekering!! Urgent: zorgverzekering regelen + {{o:Fairwork}} inschakelen. Follow up next week, I will call {{r:huisarts}}.
=====
Client [[p:ÖZDEMIR, Fatma]] came today with her daughter. Situation not so good: huurachterstand 4 maanden (€ 2.960), stroom afsluiting dreigt per [[d:15/05/2024]]. Ik heb {{o:Eneco}} gebeld, uitstel tot einde maand. Doorverwezen naar {{o:Schuldhulpverlening}}. BSN for the aanvraag: [[b:173914743]].
=====
Gesprek met mw. [[p:Doğan]] [[p:Hülya]], zij wil scheiden van man maar is bang voor verblijfsvergunning, want vergunning is afhankelijk van man. Ik heb uitgelegd over voortgezet verblijf. Zij geeft toestemming om {{o:Juridisch Loket}} te contacten. Next step: afspraak advocaat mr. [[p:Hendriks]] op [[d:Tuesday 23 April]].
=====
notes – intake [[p:Bhagwandin]], [[p:Dewi]] (32)
- 2 kids (4 and 9), single mother, lives with mother in {{w:Transvaal}}, too small house
- income: bijstand + part-time job {{o:Action}}
- debts approx. 6k, most at {{o:CZ}} and phone company
- mental: feels "op", crying a lot, no GP contact since 2022
- plan: 1) aanmelding {{o:Kredietbank}} 2) POH 3) urgentie check
by [[p:Rohit]] ({{r:trainee maatschappelijk werk}})
=====
Today I visit meneer [[p:de Vos]], he is 84, lives alone on 3e etage. He don't want help from anybody ("ik heb niemand nodig"). But fridge empty and he has wond on the leg. I ask {{r:wijkverpleegkundige}} [[p:Marja]] to go tomorrow. His daughter lives in Canada, number I did not get. Address for [[p:Marja]]: [[a:Laan van Meerdervoort 1450]].
=====
Mevrouw [[p:AKKOUH]] heeft gezegd haar man heeft haar geslagen op zaterdag... nee, correctie: op vrijdagavond [[d:8 november]]. Blauwe plek op arm gezien. Ik heb met {{o:Veilig Thuis}} overlegd (consult, geen melding). Mevrouw wil nog niet weg. Veiligheidsplan gemaakt: tas met papieren bij zus [[p:Souad]] in {{w:Zeeheldenkwartier}}.
=====
Kort: meneer [[p:KILIC Serkan]] belde boos. Uitkering gestopt omdat hij in Turkije was langer dan 4 weken. Hij zegt hij heeft gemeld. Ik ga bellen met {{r:klantmanager}} {{o:SZW}}. Kenmerk brief: [[z:SZW-24-0381176]].
=====
Case update (english because my dutch writing is slow, sorry team)
Mrs [[p:Parwana Amiri]] (DOB [[d:05/17/1979]] — US format on her old Afghan papers, so [[d:17 May]]) got her BSN finally: [[b:789054565]]. Now we can do: zorgtoeslag, huisarts inschrijving, bankrekening. Her son [[p:Farhad]] (14) needs school, {{r:leerplichtambtenaar}} informed. Address still temporary: [[a:Binckhorstlaan 135]] (noodopvang).
=====
Overdracht voor [[p:Anneke]]:
Cliënt [[p:Eldridge Francisca]], 27 jr, kwam uit Curaçao op [[d:2 di yanüari]] ([[d:2 januari]]) voor werk maar werk bestond niet. Slaapt bij neef in {{w:Moerwijk}}. Geen inschrijving BRP, dus geen BSN hier. Spreekt Papiamentu, Engels, beetje NL. Nummer: [[t:+599 9 690 3318]] (werkt via wifi). Plan: {{o:Kessler Stichting}} voor nachtopvang, daarna terugkeer-advies.
=====
Verslag kort - mevr [[p:Kaya]] wil NIET dat haar zoon wordt gebeld. Schoonmoeder belt steeds naar ons. Schoonmoeder heet [[p:Zehra Polat]], telefoonnr [[t:06-1177 2048]] — niet informatie geven aan haar, geen toestemming!!
=====
dhr [[p:Maduro]] today again came without appointment to the Servicepunt. He was drunk bit. Said "mi no tin nada mas" (I have nothing anymore). Security called me. I talked 20 min, he calmed down. Plan: contact {{o:Brijder}} and his sister [[p:Ruthmila Winklaar]] who is his mantelzorger.
=====
Notitie [[p:Mounir]] ({{r:casusregisseur}}) [[d:20-06-2024]]
Gesprek met [[p:Rasha Khalil]] en [[p:Mahmoud Al-Sayed]]. Zoon [[p:Yaman]] (17) drugs probleem, is gezien met oudere jongens bij het Hobbemaplein. Vader zegt "fi mushkila kbira" = groot probleem, hij wil hem terug naar Syrië sturen, dat kan niet natuurlijk. Afspraak: {{r:jongerenwerker}} [[p:Bilal]] van {{o:Stichting Jong Schilderswijk}} neemt contact. {{o:CJG}} bijna klaar want hij wordt 18 in september.
=====
The family [[p:Todorov]] (Bulgarian) — 5 persons in 1 room at [[a:Hoefkade 344]] 1e verdieping. Landlord mr. [[p:Koster]] takes € 650 per room cash. Children not at school. Kids names: [[p:Dimitar]] (9), [[p:Mariya]] (7), [[p:Nikola]] (3). Melding to {{o:Team Handhaving}} and {{r:leerplichtambtenaar}}. Careful: landlord is aggressive.
=====
Intake notitie — geschreven door [[p:Yasmina]]
Naam: [[p:Souad Zarrouk]], 41 jaar, 3 kinderen
Probleem: man is overleden [[d:16/09/2023]], sindsdien problemen met nabestaandenpensioen (Anw), {{o:SVB}} vraagt papieren uit Marokko (acte de décès). Zij heeft alleen Arabische versie. Vertaling nodig door beëdigd vertaler.
Toelichting: mevrouw zegt "Allah yrhamo" als zij over man spreekt (God hebbe zijn ziel), dit is geen naam.
=====
Meneer [[p:Boer]] ja echt, zijn naam is [[p:Boer]] — [[p:Johannes Boer]] — 68, oud-zeeman, heeft veel in Engeland en Indonesië gewoond, praat half Engels half Nederlands half Maleis 😅. Woont in {{w:Duindorp}} met kat. Eenzaam. Plan: maatje via {{o:Humanitas}}.
=====
Gesprek met cliënt [[p:Sri Wahyuni]] (Indonesische, getrouwd met Nederlandse man [[p:Rob Prins]]). Man is sinds [[d:1 Agustus]] in verpleeghuis, dementie. Mevrouw heeft geen toegang tot bankrekening, alles op naam van man. Rekening man: [[i:NL30RBRB1660506215]]. Advies: {{o:Juridisch Loket}} voor bewind/mentorschap.
=====
[[d:Wed 14 Feb]] - visited Mrs. [[p:Nowak]] again with [[p:Agata]] (translating). Her ex [[p:Krystian]] is back in NL and comes to the house at night. She showed me messages from him, very threatening ("zabiję cię" = I will kill you). Consult {{o:Veilig Thuis}} done same day, they make melding. Address for VT: [[a:Weimarstraat 301]], [[pc:2562 HE]]. Her phone: [[t:+48 789 022 361]] (Polish sim, Dutch sim is blocked).
""")
# ---------------------------------------------------------------------------
# 4. Forms, registrations and lists (surname first, capitals, foreign formats)
# ---------------------------------------------------------------------------
add(r"""
AANMELDFORMULIER SWT
Naam (ACHTERNAAM, voornaam): [[p:BOUALLOUCH]], [[p:Nadia]]
Geb.datum: [[d:1988/09/23]]
Nationaliteit: NL / MA
BSN: [[b:198844025]]
Adres: [[a:Vaillantlaan 9 A]]
Postcode: [[pc:2526AM]]
Tel: [[t:0031 6 1934 7720]]
E-mail: [[e:nadia.b88@hotmail.com]]
Taal: Darija, Frans, beetje NL
Tolk nodig: ja (Tarifit!)
Aangemeld door: {{r:huisarts}}
=====
Surname: [[p:HAILE]]
Given name: [[p:Filmon]]
Date of birth: 00-00-1995
Place of birth: Asmara
Address NL: [[a:Moerweg 412]], [[pc:2532 CT]] Den Haag
Phone: [[t:+31 6 8830 1247]]
Remarks: DOB unknown, IND registered [[d:01-01-1995]] by default.
=====
Formulier bijzondere bijstand – ingevuld met hulp van [[p:Olena]] (vrijwilliger)
1. Naam aanvrager: [[p:SHEVCHENKO]] [[p:Mykola]]
2. Geboortedatum: [[d:21.08.1972]]
3. BSN: [[b:809 299 756]]
4. Partner: [[p:SHEVCHENKO-BONDAR]] [[p:Tetiana]], geb. [[d:02.02.1975]], BSN [[b:754147939]]
5. Adres: [[a:Prinses Beatrixlaan 842]], kamer 14 (gemeentelijke opvang)
6. IBAN: [[i:NL57 RABO 2397 9245 83]]
7. Aanvraag voor: winterkleding, bed, 2x matras — totaal € 645,00
8. Handtekening: ✔
=====
Deelnemerslijst Turkse vrouwengroep {{o:Wijkcentrum De Mussen}}, [[d:dinsdag 7 mei]]
<TAB>naam<TAB>tel
1<TAB>[[p:ARSLAN Emine]]<TAB>[[t:06 2201 3398]]
2<TAB>[[p:Gülsen]]<TAB>—
3<TAB>[[p:TEKIN, Zeynep]]<TAB>[[t:+90 542 119 03 77]]
4<TAB>[[p:Ayşe]] teyze (buurvrouw)<TAB>geen telefoon
5<TAB>[[p:POLAT Zehra]]<TAB>[[t:0612004419]]
opmerking: volgende keer onderwerp "diabetes en ramadan", met {{r:diëtist}}
=====
Registratie spreekuur {{o:Servicepunt XL}} {{w:Spoorwijk}}
[[d:09/04]] 13:05 [[p:MUNTEANU V.]] — vraag huurcontract, doorverwezen {{o:Juridisch Loket}}
[[d:09/04]] 13:20 [[p:el Ziani]] [[p:Abdelkader]] — formulier {{o:CAK}} eigen bijdrage, geholpen
[[d:09/04]] 13:45 onbekend (wilde geen naam geven) — vraag over inburgering
[[d:09/04]] 14:10 [[p:PAWLAK Ewa]] ([[t:+48 601 554 091]]) — zorgverzekering, afspraak [[d:16/04]]
=====
Client data (copied from old file, please check!)
Name: [[p:TRINIDAD Roderick J.]]
born: [[d:Aug 4th 1990]], Willemstad
ID nr (Kòrsou): [[z:1990080412]]
BSN NL: [[b:252230619]]
address: [[a:Jan Blankenstraat 84]]
tel: [[t:06 – 13 02 88 54]]
email: [[e:rod.trinidad90@yahoo.com]]
=====
Familieleden (genogram, door {{r:gezinscoach}} ingevuld)
- Vader: [[p:OUALED ALI Mohamed]], overleden [[d:12 Ramadan 1441]] / [[d:5 mei 2020]]
- Moeder: [[p:Samira]] (58), woont in Nador
- Kinderen: [[p:Hamza]] (24), [[p:Najat]] (21), [[p:Adam]] (15), [[p:Rayan]] (11)
- [[p:Hamza]] woont niet thuis, contact met moeder slecht
- Oom [[p:Driss]] in Brussel, belangrijk voor familie, tel [[t:+32 485 21 90 66]]
=====
Checklist aanvraag BSN/BRP inschrijving
☐ paspoort [[p:KOLEV Georgi]] — verlopen 11/2023?? → nee, geldig tot [[d:11/12/2026]]
☑ huurcontract [[a:Fahrenheitstraat 530]] (kamer)
☐ geboorteakte kinderen (apostille uit Bulgarije)
☐ afspraak stadsdeelkantoor {{w:Escamp}} — nog maken (algemeen nummer 14 070)
=====
FORMULIER TOESTEMMING GEGEVENSUITWISSELING
Ik, [[p:NOORI Farid]], geboren [[d:1-1-1990]], geef toestemming aan het sociaal wijkzorgteam {{w:Mariahoeve}} om informatie te delen met: {{o:Vluchtelingenwerk}}, {{o:COA}}, {{r:huisarts}} dr. [[p:Smit]].
Handtekening: [[p:F.N.]]     Datum: [[d:18-07-2024]]
Tolk aanwezig: ja, [[p:Hamid Rahimi]] (Dari)
=====
Vragenlijst (door cliënt zelf ingevuld, spelling niet gecorrigeerd)
Wat is uw vraag? : ik wil hulp met papiere en belasting en mijn man is ziek
Wie woont bij u? : mijn man [[p:Abdellah]], kinderen 3
Heeft u schulde? : ja bij CZ, Vodafone, en huur een beetje
Wanneer kan wij bellen? : na 2 uur behalve vrijdag
Telefoon : [[t:o6 - 19 47 33 08]]
=====
Personalia
Naam: [[p:Nguyen Thi Lan]] (achternaam [[p:Nguyen]], [[p:Thi]] = middelnaam)
Geboren: [[d:15/10/1968]] in Hanoi
Adres: [[a:Zuidwal 71-B]] {{w:Centrum}}
Bank: [[i:NL07BUNQ0461942942]]
Huisarts: {{o:Gezondheidscentrum Schilderswijk}}
=====
Aanvraag maatje — formulier {{o:Humanitas}}
naam deelnemer: [[p:GHEBREMARIAM Tesfay]]
leeftijd: 26
taal: Tigrinya, English, een beetje Nederlands
interesses: voetbal, fietsen, koken (zigni!)
beschikbaar: zaterdag
contact: [[t:0687204419]] / [[e:tesfay.gm@outlook.com]]
=====
Huishoudboekje (samen met mevrouw [[p:Kross]] ingevuld)
Inkomsten: bijstand € 1.247,56 | kinderbijslag € 292 per kwartaal | zorgtoeslag € 123
Uitgaven: huur € 712 | energie € 180 | CZ € 142 | telefoon € 35 | Vodafone lening € 50
Tekort: ca. € 95 per maand
Rekening: [[i:NL74 RBRB 1781 4805 25]]
Opmerking: geld naar familie in Paramaribo (€ 100 per maand) niet opgeschreven door mevrouw eerst.
=====
Bewonerslijst woning [[a:Trekvlietplein 14]] (controle {{o:Team Handhaving}} en SWT)
[[p:ZAJĄC Marek]] — werkt — [[t:+48 698 114 052]]
[[p:SZYMAŃSKI Paweł]] — werkt
[[p:DĄBROWSKA Monika]] — zwanger, geen verzekering
[[p:Vasile M.]] — Roemeens, geen BSN
2 onbekend (niet thuis)
=====
Datum: [[d:Dec 02 2024]]
To: {{r:Wmo consulent}}
Re: mr [[p:Recep Tekin]] — [[z:WMO-2024-77310]]
Scootmobiel aanvraag. He has COPD, walking 50 meter max. Lives [[a:Melis Stokelaan 2071]], ground floor, storage available. Please plan home visit with interpreter Turkish.
""")
# ---------------------------------------------------------------------------
# 5. E-mails and letters (quoted replies, signatures, mixed languages)
# ---------------------------------------------------------------------------
add(r"""
Van: [[e:m.yildirim@xtra-denhaag.nl]]
Aan: [[e:w.dekker@denhaag.nl]]
Onderwerp: RE: RE: fam. [[p:Arslan]]

Hoi allemaal,
Korte update: mw [[p:Arslan]] heeft haar afspraak bij {{o:Parnassia}} gehad op [[d:2 oktober]]. Ze is blij, zegt "çok iyi bir doktor". Volgende afspraak [[d:16-10]]. Ik ga mee als sleutelpersoon.
Groetjes,
[[p:Melek Yıldırım]]
{{r:Sleutelpersoon}} / {{r:welzijnscoach}} {{o:Xtra}}
M: [[t:06-41 09 22 73]] | Algemeen: 070 - 205 25 00

> Op [[d:1 okt. 2024]] om 16:02 schreef [[p:Wim Dekker]]:
> Weet iemand of mw [[p:Arslan]] nog naar Parnassia gaat?
=====
Dear colleagues,
Sorry for writing in English, my Dutch is still B1. I am the new {{r:POH-GGZ}} at practice dr. [[p:Molenaar]] in {{w:Leidschenveen}}. We have a patient, Mrs. [[p:Amal Darwish]], who told me her neighbours in the flat call her names and once pushed her. She is very afraid to go outside. Can your team visit? Her consent is in the attachment (signed [[d:20th of May 2024]]). Her phone: [[t:+31 6 3320 9981]].
Kind regards,
[[p:Claire O'Donnell]]
=====
Beste meneer/mevrouw,
Ik schrijf u deze mail voor mijn moeder. Haar naam is [[p:ANGELOVA Mariya]], zij woont op [[a:Kamperfoeliestraat 27]], [[pc:2563 SL]]. Zij is 71 en heeft een beroerte gehad op [[d:30 ноември]] ([[d:30 november]]). Ik woon in Sofia en kan niet elke week komen. Wat kan de gemeente doen? Ik kan betalen voor extra hulp.
Мерси / dank u,
[[p:Petya Ivanova]]
[[t:+359 888 410 276]]
=====
Subject: client moved
Hi [[p:Joost]], fyi mr [[p:Gebru]] moved from the hostel to a room at [[a:Loosduinsekade 19 3hoog]]. New number [[t:06 15 88 23 07]]. His dossier nr at {{o:Vluchtelingenwerk}} is [[z:VWN-DH-40917]]. Can you update your system? thx!, [[p:Wim]]
=====
Geachte mevrouw [[p:Koning]],

Via deze weg ik wil klacht doen over behandeling van mijn vader [[p:Abdelkader el Ziani]] bij de loket. Hij heeft 2 uur gewacht en daarna medewerker zegt hij moet terug komen met tolk. Mijn vader is 80 jaar!! Wij hebben recht op respect. Graag antwoord op [[e:karim.elziani@gmail.com]].

Met vriendelijke groeten,
[[p:K. el Ziani]]
=====
-----Original Message-----
From: [[p:Sharinne Rojer]] <[[e:sharinne_rojer@live.nl]]>
Sent: Thursday, [[d:March 14, 2024]] 9:12 AM
To: {{o:Wijkteam Moerwijk}}
Subject: help mi yu

Bon dia, mi yu homber [[p:Jeandrick]] (19) ta den problema. Sorry, mijn zoon [[p:Jeandrick Doran]] is opgepakt gisteren. Hij zat in verkeerde groep. Ik wil dat iemand met hem praat als hij vrij komt. Danki
=====
Goede middag,
In bijlage de verklaring voor de bewindvoerder. Client [[p:WOJCIK Piotr]], BSN [[b:647474682]], IBAN PL voor loon uit Polen: [[i:PL38 8413 6860 1287 5913 1959 6178]]. Gelieve het NL rekeningnummer te gebruiken voor de uitkering: [[i:NL89 BUNQ 5481 4838 86]].
Pozdrawiam / gr,
[[p:Agata Mazur]] | {{r:consulent arbeidsmigranten}} | {{o:gemeente Den Haag}}
=====
Hoi [[p:Lotte]],
Kan jij ff checken of mevrouw [[p:Chen]] van de Wagenstraat al is doorverwezen? Haar zoon mailde vanuit China (in het Engels) en ik weet niet wie dat heeft opgepakt. Thanks!
[[p:Rob]]
=====
Geachte heer, mevrouw,

Hierbij ik bevestig dat meneer [[p:Mohamed Boukhari]] (geboren [[d:12-03-1952]] te Al Hoceima) van [[d:1/7/2023]] tot [[d:15/1/2024]] in Marokko verbleef wegens ziekte van zijn broer. Hij had geen intentie om zijn woonadres [[a:Wouwermanstraat 88]] te verlaten. 

Hoogachtend,
[[p:Youssef Bennani]], neef
Tel Marokko: [[t:00212 661 23 45 89]]
=====
To: {{o:SWT Bouwlust}}
From: [[e:d.todorov1979@abv.bg]]
Hello. I am [[p:Dimitar Todorov]], father of the family in the room on [[a:Hoefkade 344]]. Landlord says we must leave at end of month, he wants 2 months more cash. Google translate: "wij hebben geen contract". We have 3 children. I work at a car wash in Rijswijk, mobile [[t:+359 87 622 9140]] (Bulgarian) — only after 19:00. Blagodarya!
""")
# ---------------------------------------------------------------------------
# 6. Team chat and quick internal messages (English / Dutch / other mixed)
# ---------------------------------------------------------------------------
add(r"""
[09:12] [[p:Rohit]]: guys who has tolk Tigrinya number? need for mw [[p:Berhe]] at 11
[09:13] [[p:Anneke]]: via portal boeken, algemeen nummer tolkbureau staat op intranet
[09:13] [[p:Rohit]]: ok thx 🙏
=====
@[[p:Derya]] kan jij morgen mee naar fam [[p:Koç]]? Ze willen alleen Turks praten. 10u, [[a:Hoefkade 701]]. Merci!
=====
[[p:Milouska]]: Ayo mi ta bai. Tot maandag allemaal 👋 ps mw [[p:Winklaar]] heeft gebeld, ze komt mañan [[d:3 oktober]] niet, nieuwe afspraak graag
=====
Reminder from [[p:James]]: MDO {{w:Transvaal}} is moved to [[d:Thursday 21st]], room 2.14 (not 1.08). Cases: [[p:Todorov]], [[p:Zarrouk]], [[p:Bhagwandin]]. Please bring updates.
=====
Wie kent de Poolse kerk in de Kamperstraat? Mw [[p:Lewandowska]] wil daar hulp vragen maar weet niet hoe. (Parafia, ze hebben ook sociaal spreekuur)
=====
[[p:Mounir]] → [[p:Yasmina]]: wakha, ik neem [[p:Fatna Boukhari]] over vanaf [[d:1 juli]]. Stuur je me de notities? Bslama
=====
Ff checken: is [[z:2024-01187]] niet dezelfde casus als [[z:2024-01204]]? Ik zie twee keer dhr [[p:Amiri]] in het systeem, één met geb.datum [[d:01-01-1980]] en één met [[d:1/1/1980]].
=====
[14:50] [[p:Agata]]: pan [[p:Zając]] został wyrzucony — he is kicked out of the house, now sleeping in car. Anybody has bed tonight? 
[14:52] [[p:Bram]]: {{o:Kessler Stichting}} nachtopvang, bel de algemene lijn, na 17u zijn ze vol
[14:53] [[p:Agata]]: ok dziękuję, I call now
=====
Team, eid mubarak / iyi bayramlar to all who celebrate 🌙 Ik ben vrij woensdag en donderdag, voor spoed bel [[p:Mounir]] of [[p:Derya]].
=====
note to self: call back mw [[p:Maria Fernandes]] ([[t:+351 912 448 106]], Portugees nummer) over kinderbijslag. Niet vergeten!!
=====
[[p:Olena]] (vrijwilliger): hallo team, I translate tomorrow for fam [[p:Kovalenko]], 10:00 at home, [[a:Stationsweg 88-3]]. Please someone with car? grandmother cannot walk far.
=====
Wie neemt intake over van [[p:Ayşe]]? Nieuwe aanmelding: mw [[p:Güneş]] (dochter [[p:Hülya]] belde uit Turkije). Zaaknummer [[z:SWT-ESC-2024-1129]].
=====
Update [[p:Bram]]: dhr [[p:Johannes Boer]] heeft een maatje!! [[p:Hans]] van {{o:Humanitas}}, oud-marinier, ze praten samen Engels en Maleis haha. Eerste afspraak [[d:vrijdag 13 sept]].
=====
Can someone explain what is "beschermingsbewind" vs "mentorschap"? Client [[p:Sri]] asks and I don't want to say something wrong. Thx - [[p:Rohit]]
=====
RE: tolk — [[p:Samira]] (Marokkaans-Arabisch) is ook beschikbaar via privé [[t:06 24 70 19 85]] maar eigenlijk moet het via bureau, anders geen verzekering. Dus niet zomaar bellen!
""")
# ---------------------------------------------------------------------------
# 7. Texts without personal data (and look-alikes: amounts, times, years, rooms)
# ---------------------------------------------------------------------------
add(r"""
Reminder team: vanaf volgende week tolk Tigrinya alleen via telefoon. Boek minimaal 48 uur vooraf via de tolkenportal. Kosten € 42,50 per half uur, no-show wordt ook betaald!
=====
Kolay gelsin herkes! Iftar in {{o:Wijkcentrum De Mussen}} op vrijdag, 19:45 uur, iedereen welkom. Neem iets mee als je wil 🍲
=====
Sorry I can't join the MDO, my train is late (storing bij Leiden). Start without me pls, I join around 10:30.
=====
Lesson learned (thema ouderen): bij Eritrese en Somalische cliënten is de "achternaam" vaak de voornaam van de vader. Vraag dus niet "hoe heet uw man van achternaam" maar leg het systeem uit. In {{o:BRP}} staat vaak iets anders dan wat mensen zelf zeggen. Dit gaf in 2023 veel verwarring bij brieven van {{o:SVB}} en {{o:UWV}}.
=====
Tip van {{r:tolk}} Turks: het woord "amca" (oom) en "teyze" (tante) gebruiken Turkse cliënten ook voor buren en onbekende ouderen. Dus als cliënt zegt "teyze komt elke dag" is dat niet altijd familie!
=====
Info voor nieuwe collega's (EN/NL)
- Gemeente algemeen: 14 070
- {{o:Veilig Thuis}} Haaglanden: 0800-2000 (24/7, free)
- Crisis {{o:GGZ}}: via {{r:huisarts}} of huisartsenpost
- Post voor team: Postbus 12600, 2500 DJ Den Haag
- Room bookings: 2.14 and 3.02, max 2 uur
=====
Papiamentu voor beginners (voor collega's in {{w:Moerwijk}} en {{w:Zuidwest}} 😄):
bon dia = goedemorgen · danki = dank je · kon ta bai? = hoe gaat het? · mi no sa = ik weet het niet · dushi = lieverd (ook voor eten!) · ayo = doei
Let op: "shon" is een beleefde aanspreekvorm (meneer/mevrouw), geen naam.
=====
Cijfers Q2: 143 nieuwe aanmeldingen, waarvan 38% met tolk. Meest gevraagde talen: Arabisch (41), Turks (29), Pools (22), Tigrinya (17), Oekraïens (15). Gemiddelde wachttijd tolk 3,5 dag.
=====
Arabic transliteration uitleg voor het team: cijfers in woorden zijn letters! 3 = ع (ain), 7 = ح (ha), 9 = ق (qaf), 2 = hamza. Dus "3afak" = alsjeblieft, "7amdullah" = godzijdank, "sa7a" = gezondheid. Dit zijn GEEN nummers 😉
=====
Hoi allemaal, de koffieochtend voor Poolse moeders is verplaatst naar kamer 1.08 (niet 0.12). Start 9:30, einde 11:00. Prosimy o punktualność 🙂
=====
Training "werken met tolken" door {{o:Tolkcentrum Haaglanden}}: 3 dagdelen, 09:00–12:30, locatie {{o:Stadhuis}} aan het Spui, zaal 6.14. Aanmelden via de teamleider, max 20 deelnemers, prijs € 0 voor gemeente.
=====
Vraag aan {{r:Wmo-adviseurs}}: klopt het dat eigen bijdrage in 2024 € 21,80 per 4 weken is? Cliënten uit Turkije denken dat het per week is (zo stond het in een Turkse Facebookgroep).
=====
FYI {{o:Fairwork}} heeft nieuw spreekuur voor arbeidsmigranten in {{w:Laak}}: dinsdag 16:00–19:00, Pools/Roemeens/Bulgaars tolk aanwezig. Geen afspraak nodig.
=====
WhatsApp groep "SWT Escamp tolken" is opgeheven i.v.m. AVG. Gebruik voortaan alleen het beveiligde systeem. Geen namen of BSN in WhatsApp aub!
=====
Inshallah komt het goed met de nieuwe planning 😅 maar: deadline jaarverslag is eind januari, niet februari. Habibi's, op tijd inleveren.
=====
Evaluatie pilot "sleutelpersonen": 12 sleutelpersonen (Turks, Marokkaans, Pools, Eritrees, Syrisch), 87 bereikte cliënten, tevredenheid 8,1. Aanbeveling: uitbreiden naar {{w:Mariahoeve}} en {{w:Bezuidenhout}} in 2025.
=====
Art. 4:8 Awb: horen van belanghebbende. Voor anderstalige cliënten altijd tolk aanbieden, ook bij bezwaar. Zie werkinstructie WI-07 versie 3.2.
=====
Ramadan 2025 begint begin maart: houd rekening met afspraken na zonsondergang niet plannen, en bij medicatie overleg met {{r:huisarts}}.
""")
# ---------------------------------------------------------------------------
# 8. Longer texts (intake reports, threads, MDO notes)
# ---------------------------------------------------------------------------
add(r"""
INTAKEVERSLAG (met tolk Arabisch, [[p:A. Zerrouki]])
Datum: [[d:03-04-2024]]        Dossier: [[z:2024-01187]]
Cliënt: [[p:AL-SAYED]], [[p:Mahmoud]] — geb. [[d:1971-02-09]] — BSN [[b:386032646]]
Partner: [[p:KHALIL]], [[p:Rasha]] — geb. [[d:14/07/1978]]
Adres: [[a:Parallelweg 122-A]], [[pc:2525 LS]] Den Haag ({{w:Schilderswijk}})
Telefoon: [[t:+31 6 2277 5108]] (meneer), [[t:06-4039 1182]] (mevrouw)

Situatie: gezin sinds 2019 in NL via gezinshereniging. 4 kinderen: [[p:Yaman]] (17), [[p:Nour]] (14), [[p:Jana]] (9), [[p:Omar]] (5). Meneer was ingenieur in Homs, nu geen werk, diploma niet erkend ({{o:IDW}} aanvraag loopt). Mevrouw volgt inburgering bij {{o:ROC Mondriaan}}.
Meneer zegt: "kullu shi sa3b" (alles is moeilijk). Hij slaapt slecht, denkt veel aan broer die nog in Syrië is.
Zorgen: schulden ca. € 4.300 (CZ, Vodafone, {{o:CJIB}} boetes), zoon [[p:Yaman]] spijbelt, mevrouw heeft rugklachten.
Afspraken:
1. {{r:maatschappelijk werker}} [[p:Mounir]] maakt aanmelding {{o:Kredietbank}} — vóór [[d:15 april]]
2. {{r:jongerenwerker}} [[p:Bilal]] contact met [[p:Yaman]]
3. Meneer naar {{r:huisarts}} dr. [[p:Veldman]] voor slaap, mevrouw gaat mee
4. Volgende gesprek [[d:22/04/2024]] 10:00, weer met tolk
Handtekening cliënt: ✔ (toestemmingsverklaring getekend)
=====
Thread WijkApp — cliënt [[p:Piotr Wójcik]] / {{r:consulent}} [[p:Agata Mazur]]

[[d:03.06.2024]] 08:15 [[p:Piotr]]: Dzień dobry pani [[p:Agata]]. Baas zegt morgen geen werk meer. Ook mijn kamer is van baas. Wat ik moet doen??
[[d:03.06.2024]] 08:40 [[p:Agata]]: Dzień dobry panie [[p:Piotrze]]. Rustig. Heeft u een contract? Stuur foto.
[[d:03.06.2024]] 08:52 [[p:Piotr]]: [foto] to jest umowa. Agency "{{o:FlexPower}}" (naam veranderd)
[[d:03.06.2024]] 09:30 [[p:Agata]]: Ik zie: huur kamer hoort bij contract. Wettelijk moet baas u tijd geven. Ik bel {{o:Fairwork}}. Uw adres nu is [[a:Kerketuinenweg 41]]?
[[d:03.06.2024]] 09:31 [[p:Piotr]]: tak, kamer 6. ja ja
[[d:03.06.2024]] 11:05 [[p:Agata]]: {{o:Fairwork}} kan u helpen. Afspraak [[d:środa 5 czerwca]] (woensdag [[d:5 juni]]) 14:00. Neem paspoort, contract, loonstroken mee.
[[d:03.06.2024]] 11:06 [[p:Piotr]]: dziękuję bardzo!! moja żona [[p:Ania]] też przyjdzie ok?
[[d:03.06.2024]] 11:10 [[p:Agata]]: Oczywiście. Tot woensdag.
[[d:05.06.2024]] 16:40 [[p:Piotr]]: Dank u. Fairwork zegt ik mag 1 maand blijven in kamer. Nu zoek ik nieuw werk. Mijn nummer NL is nu [[t:06 2951 7730]], Pools nummer [[t:+48 512 330 871]] stop.
=====
MDO verslag — {{w:Escamp}} — [[d:Thursday 21 November 2024]]
Present: [[p:James Whitfield]] (chair, {{r:casusregisseur}}), [[p:Derya Yıldırım]] ({{r:maatschappelijk werker}}), [[p:Els Kuiper]] ({{r:wijkverpleegkundige}}), [[p:Agata Mazur]] ({{r:consulent arbeidsmigranten}}), [[p:Marja de Vos]] ({{o:Parnassia}})

1. Fam. [[p:Todorov]] ([[z:SWT-ESC-2024-0877]]) — landlord [[p:Koster]] still collects cash rent. {{o:Team Handhaving}} visit was on [[d:14/11]], 3 rooms closed. Family now in temporary place at [[a:Leyweg 1014]]. Kids at school since [[d:18 Nov]] 👍 Action: [[p:Agata]] helps with BSN registration at stadsdeelkantoor.
2. Mw [[p:Aydoğan]] ([[z:SWT-ESC-2024-0412]]) — wants to die at home, family disagrees. [[p:Els]]: palliative care possible. Interpreter [[p:Cem]] again next visit. Action: [[p:Derya]] calls son [[p:Murat]] ([[t:+90 535 201 88 14]]) to explain.
3. Dhr [[p:Gebru]] — no news, [[p:Marja]] tries again.
Next MDO: [[d:5 December]], 9:30, room 3.02.
=====
Beste team,

Ik wil iets delen als casusles (geanonimiseerd voor het platform, hier nog met naam voor jullie). Het gaat om mevrouw [[p:Ait Ouaziz]] ([[p:Khadija]]), 54, uit de Rif. Drie jaar lang hadden wij gesprekken met een Arabische tolk. Iedereen dacht: mevrouw is "moeilijk", "zorgmijdend", "begrijpt niet". Pas toen tolk [[p:Samira Lamrini]] vertelde dat mevrouw alleen Tarifit spreekt, werd duidelijk dat zij 3 jaar NIKS heeft begrepen van onze plannen. Haar dochter [[p:Loubna]] (toen 12!) vertaalde tussendoor, ook over de schulden en over de ziekte van vader.
Wat wij leerden:
- Vraag altijd welke taal/dialect, niet alleen "Arabisch?"
- Nooit kinderen laten tolken.
- Schrijf in dossier welke tolk werkte, en of het goed ging.
Sinds [[d:januari 17]] werken we met Tarifit-tolk via telefoon. Mevrouw heeft nu zelf gezegd: "voor het eerst begrijp ik jullie". Schulden-regeling bij {{o:Kredietbank}} is gestart op [[d:1 maart]].
Groet, [[p:Yasmina]]
=====
Aan het sociaal wijkzorgteam,

Mijn naam is [[p:Gilbert Maduro]], ik ben geboren op Kòrsou op [[d:24 di sèptèmber 1959]] en woon sinds 1987 in Nederland, nu op de [[a:Van der Vennestraat 58]] in {{w:Transvaal}}. Ik schrijf deze brief met hulp van mijn buurvrouw omdat mijn Nederlands schrijven niet zo goed is.
Ik heb problemen sinds mijn vrouw [[p:Ivonne]] is overleden in 2021. Ik drink te veel, dat weet ik. Mijn zuster [[p:Ruthmila]] zegt ik moet hulp zoeken. Ik heb ook schulden bij de {{o:Belastingdienst}}, ongeveer 3.000 gulden — sorry, euro 😊 — en ik krijg brieven die ik niet open.
Ik wil graag iemand die Papiamentu spreekt, dan kan ik beter vertellen. Mi ta kansá (ik ben moe). Mijn telefoon is [[t:06-5082 1947]], bel aub na 11 uur want ochtend slaap ik.
Mijn BSN voor de zekerheid: [[b:639351815]].
Danki na boso,
[[p:G. Maduro]]
=====
Notitie huisbezoek ([[d:vendredi 8 mars]] / [[d:vrijdag 8 maart]]) — geschreven door [[p:Yasmina]] en [[p:Lotte]]
Aanwezig: mw [[p:Lamia Benjelloun]] (Frans-Marokkaans, praat liever Frans), haar broer [[p:Hicham]], wij 2.
Mevrouw woont met 3 kinderen op [[a:Dr. Lelykade 110]] in {{w:Scheveningen}}. Ex-man [[p:Samir Tahar]] woont in België, betaalt geen alimentatie sinds september. "Il ne paie rien, rien du tout."
Mevrouw werkt 24 uur in schoonmaak ({{o:Asito}}), net te veel inkomen voor sommige regelingen. Kinderopvang toeslag probleem: {{o:Belastingdienst}} vraagt € 5.870 terug over 2022.
Acties:
• {{o:LBIO}} inschakelen voor alimentatie-inning buitenland
• bezwaar Toeslagen, deadline [[d:19/03/2024]]!!
• {{r:budgetcoach}} [[p:Ingrid Molenaar]] wordt gevraagd
Contact broer (mevrouw wil dat): [[t:+32 478 55 20 31]], [[e:hicham.benjelloun@skynet.be]]
=====
[[d:19/03/2023]] 11:02 - [[p:Sahra]]: Subax wanaagsan mevrouw. My father [[p:Abdi]] fell in the kitchen yesterday night, ambulance took him to {{o:Haga}}. They say hip broken. He lives alone [[a:Kempstraat 14]] (not 12, 12 is neighbour). When he come home he can not do stairs. What we do?
[[d:19/03/2023]] 11:30 - [[p:Els]] ({{r:wijkverpleegkundige}}): Goedemorgen [[p:Sahra]], vervelend! Ik neem contact op met de {{r:transferverpleegkundige}} van het {{o:Haga}}. Misschien eerst revalidatie in een verpleeghuis. Mag ik ook de {{r:Wmo-adviseur}} inschakelen voor aanpassingen?
[[d:19/03/2023]] 11:34 - [[p:Sahra]]: yes please. mahadsanid. He is very stubborn, he says he go home direct 😔 my brother [[p:Abdirizak]] is in Minneapolis, number [[t:+1 612 555 0187]], he wants to be informed also
[[d:19/03/2023]] 11:40 - [[p:Els]]: Prima. Ik bel jou morgen om 10 uur.
=====
Letter (translated from Polish by [[p:Agata]])
"Szanowni Państwo / Geachte dames en heren,
ik, [[p:Małgorzata Kaczmarek]], PESEL [[z:79052803147]], woonachtig [[a:Soestdijksekade 207]], [[pc:2574 AE]] Den Haag, verklaar dat mijn zoon [[p:Jakub]] (geb. [[d:14 lutego 2006]] / [[d:14 februari 2006]]) bij mij woont sinds [[d:1 września]] ([[d:1 september]]). Hij heeft geen inkomen en geen eigen adres. Ik vraag daarom om hulp voor hem bij inschrijving en studie.
Z poważaniem, [[p:M. Kaczmarek]]"
""")
# ---------------------------------------------------------------------------
# 9. Short notes and messages, more communities and formats
# ---------------------------------------------------------------------------
add(r"""
Fa waka? Mi na [[p:Iwan]], de zoon van mevrouw [[p:Wongsodikromo]]. Mama heeft weer suiker te hoog, dokter zegt ze moet naar {{o:Bronovo}}. Kan iemand van jullie mee? Ik werk tot 17:00. Grantangi! [[t:06-31 77 40 92]]
=====
msg from [[p:Abdiweli Ali]] (via tolk): hij wil weten of zijn vrouw [[p:Hawa]] en kinderen mogen komen. IND nummer vrouw: [[z:V-3398 1120 44]]. Zij zitten in Kampala nu.
=====
mevr [[p:VLIET]], [[p:G.]] belt: de thuiszorg komt om 7:00 en dat is te vroeg, zij wil 9:00. Nr [[t:070-3664218]]
=====
Hi [[p:Femke]]! Just to say: [[p:Ama]] got the job at the hotel 🎉 starts [[d:1st of October]]. She says thank you for the CV help. Her new email for the contract stuff: [[e:ama.owusu.work@gmail.com]]
=====
dhr [[p:Kidane]] komt niet op afspraak, 3e keer. Volgens buren is hij naar Duitsland (Frankfurt) naar familie. Afspraak geannuleerd. Brief sturen naar [[a:Erasmusweg 870]].
=====
Mesaj: [[p:Ayten]] abla'ya söyle, kan zij mij bellen? Ik ben [[p:Gülay]], van de groep. Mijn man [[p:Recep]] is naar ziekenhuis. [[t:0 6 4 8 1 2 0 5 5 7 3]]
=====
Noted by [[p:Rohit]] [[d:11.07.24]]: mw [[p:Kartosen]] called, wants to cancel huishoudelijke hulp because "the lady steals". Told her to call {{o:Wmo-loket}}. Follow up: ask {{o:Cardia}} what happened.
=====
Sms van dhr [[p:Amiri]]: "salam. ik ben beter. dank u voor dokter. ik ga naar taalles weer maandag. [[p:Farid]]"
=====
Goedemorgen, ik ben [[p:Ana Lúcia Tavares]] van Kaapverdië. Mijn Nederlands is niet goed, Portugees is beter. Minha filha [[p:Jéssica]] heeft problemen in school, pesten. Kan iemand helpen? Mijn adres [[a:Boekhorststraat 31]] 3 hoog.
=====
Van: [[p:HUANG Wei]]
Ik heb brief van belasting, aanslag € 1.840. Ik begrijp niet. Mijn dochter [[p:Mandy]] zegt ik moet u vragen. 谢谢
=====
mw [[p:Owusu]] heeft BSN [[b:908361816]] en IBAN [[i:NL04INGB0007989062]] doorgegeven voor de aanvraag. Alles in het systeem gezet. [[p:F. Kramer]]
=====
📞 gemist: [[t:+212 6 61 09 47 25]] (2x) — waarschijnlijk familie van dhr [[p:Boukhari]] uit Marokko. Terugbellen met tolk?
=====
[[p:Jurick Martis]] zegt dat zijn moeder [[p:Rosalinda]] op [[d:19-06]] naar huis mag uit {{o:HMC Bronovo}}. Thuiszorg moet dan geregeld zijn. Traplift aanvraag loopt, [[z:WMO-2024-80114]].
=====
Gesprek met [[p:Marsha]] (zus van cliënt) — ze zegt [[p:Anil Sewdien]] heeft weer gokschulden, mogelijk € 15.000+. Hij ontkent. Adres cliënt [[a:Gaslaan 16]], [[pc:2584 AK]].
=====
Klant belde, Engels: "I am from Syria, I need appointment for my mother". Naam moeder: Umm [[p:Khaled]]... echte naam [[p:Fatima Al-Hariri]]. Zoon [[p:Khaled]] tel [[t:+31 6 55 10 29 38]].
=====
Note: [[p:HAKIMI N.]] moved to Utrecht, dossier overdragen aan wijkteam Utrecht-Overvecht. Oude adres: [[a:Albardastraat 60]]. Nieuwe adres onbekend.
=====
[[p:Dorota]] (SWT vrijwilliger): na spotkaniu z panią [[p:Kaczmarek]] — ze heeft geen eten tot vrijdag. Voedselbank pakket aangevraagd voor [[d:czwartek 12]].
=====
Salam, ana [[p:Driss]] khouya dyal [[p:Fatna]]. Had l-mra mrida bzaf. Kan jullie helpen met rolstoel? Tel [[t:06 48 02 91 73]]. Shukran
=====
Korte melding: dhr [[p:Kolev]] heeft zijn hand gebroken op werk bij groothandel in de Binckhorst, werkgever wil geen ongeval melden. Contact {{o:Inspectie SZW}}? Afspraak met hem [[d:2 december]] om 15:00.
=====
call with mr [[p:Nkosi]] (South Africa, English only) — wife [[p:Thandi]] is depressed after miscarriage on [[d:Aug 21]]. GP not yet. Gave info on {{o:Indigo}}. 
""")
# ---------------------------------------------------------------------------
# 10. More interpreter notes, partner e-mails and app threads
# ---------------------------------------------------------------------------
add(r"""
Tolkverslag nr. 2 — Tigrinya — tolk [[p:Mehari]]
Mevrouw [[p:Selam]] vertelde vandaag dat haar broer [[p:Yohannes Berhe]] in Libië vastzit. Familie vraagt geld (losgeld) via Hawala. Mevrouw stuurt elke maand € 200. Ik heb dit vertaald maar ik ben ook bezorgd; dit is misschien uitbuiting. Telefoonnummer waarmee zij gebeld wordt: [[t:+218 91 442 0183]]. Gesprek eindigde om 11:40.
=====
Note interpreter (Ukrainian) [[d:28/08/2024]]: pan [[p:Mykola]] zei dat hij "не хоче жити" — "wil niet meer leven". {{r:Maatschappelijk werker}} [[p:Lotte]] heeft direct gevraagd en hij zei geen plan. Afspraak {{r:huisarts}} morgen 08:30. Ik heb mijn zorg genoteerd, [[p:Oksana Melnyk]].
=====
Subject: Re: afspraak dhr. [[p:Tekin]]
Dear [[p:Rohit]], I'm [[p:Cem]] the Turkish interpreter. I cannot come [[d:Tuesday 3/12]] because of other assignment. Please book colleague through the agency, or move to [[d:Wed 4/12]] I'm free then. Best, [[p:Cem Yurt]] (reg. nr [[z:203377]])
=====
Tolk: het gesprek met fam. [[p:Popal]] was in Pashto maar de vader sprak ook Dari, ik heb beide gedaan. De moeder [[p:Shakila]] heeft bijna niks gezegd. Dochter [[p:Mariam]] (16) wil graag met iemand alleen praten, zei zij fluisterend in het Nederlands tegen mij bij de deur. Dit doorgeven aan {{r:jeugdconsulent}} {{o:CJG}}!
=====
Van: [[e:j.whitfield@denhaag.nl]]
Aan: [[e:r.bakker@tolkcentrum-haaglanden.nl]]
Onderwerp: klacht tolk opdracht [[z:TB-558102]]

Dear Sir/Madam, on [[d:24th of May]] the Dari interpreter did not show up. Client waited 40 minutes. This is the second time this month. Please explain. Regards, [[p:James Whitfield]], {{r:casusregisseur}} SWT {{w:Escamp}}
=====
[[d:07/10/2024]] 20:01 - [[p:Hawa]]: Mahadsanid macalin. Today doctor said baby is healthy 😊
[[d:07/10/2024]] 20:03 - [[p:Hawa]]: when I can come for kinderbijslag form?
[[d:08/10/2024]] 09:10 - [[p:Femke]] (SWT): Wat fijn [[p:Hawa]]! Kom donderdag om 13:00 naar het {{o:Servicepunt XL}}, neem geboorteakte en je BSN mee.
=====
Dossiernotitie [[z:SWT-SP-2023-0917]] — [[d:12 feb]] — tolk Tarifit via telefoon ([[p:Mimoun]]). Mw [[p:Ait Ouaziz]] vertelt over gas-rekening: € 380 achterstand bij {{o:Vattenfall}}. Klantnummer Vattenfall: [[z:900.118.734]]. Betalingsregeling van € 40/maand afgesproken.
=====
mail van tolkbureau: "Voor opdracht [[d:14-02-2024]] cliënt [[p:Sadat]] is tolk [[p:Hamid Rahimi]] bevestigd. Bij annulering binnen 24 uur worden kosten in rekening gebracht." (geen actie nodig)
=====
Tolk Pools schreef in chat na gesprek: "proszę pamiętać, pani [[p:Wieczorek]] ma urodziny [[d:12 listopada]] — zij wordt 40, ze is emotioneel want kinderen niet hier. Misschien klein gebaar?"
=====
From: [[p:Mandy Huang]]
To: [[e:l.schipper@denhaag.nl]]
Hi mevrouw [[p:Schipper]], I translate for my parents. My father [[p:HUANG Wei]] (BSN [[b:952594201]]) wants payment plan for the belasting. He can pay € 150 per month. Our address is [[a:Weteringkade 12-B]], [[pc:2515 AK]]. Thank you!! (sorry for English, my Dutch writing is ok but my dad wants English so he can read it)
=====
Observatie tolk (Arabisch, Syrisch): mevrouw [[p:Al-Hamwi]] [[p:Nour]] sprak over "al-dahiye" — dat is een wijk in Damascus, geen persoon. En "Abu [[p:Hassan]]" is haar buurman hier in {{w:Bouwlust}}, niet haar man. Mogelijk verwarring in vorig verslag!
=====
Tolk Koerdisch [[p:Rebwar]] [[d:20.11.2024]]: [[p:Kurdistan Ahmad]] heeft nu werk bij schoonmaakbedrijf, 20 uur. Ze wil de bijstand stoppen. Uitleg gegeven over inkomstenverrekening. Nieuwe telefoon mevrouw [[t:06 87 30 19 52]].
""")
# ---------------------------------------------------------------------------
# 11. Mixed notes with look-alikes and unusual formats
# ---------------------------------------------------------------------------
add(r"""
Afspraak gemaakt: [[d:9-Sep-2024]] 14:00, kamer 0.12, met [[p:DARWISH Amal]] en {{r:POH-GGZ}}. Tolk Arabisch (Syrisch) geboekt, 60 min, € 85. Reserveringsnr zaal R-2024-331 (intern, geen cliëntgegeven).
=====
Mevrouw [[p:Lan]] zegt haar geboortedag is "15 tháng 10" = [[d:15 oktober]], in paspoort staat [[d:10/15/1968]] (Amerikaans formaat door visum?). Graag BRP controleren, verschil kan problemen geven bij {{o:SVB}}.
=====
Tel. notitie: dhr [[p:Trinidad]] belde vanuit Curaçao via [[t:00599 9 690 1155]], hij komt pas [[d:the 3rd]] terug, afspraak verzetten. Hij zei "no preokupá" 😄
=====
Ik heb mw [[p:Kovalenko]] geholpen met aanvraag leefgeld. Bedrag per persoon € 260,55 per maand + € 4,10 per dag voor woonkosten?? navragen. Opvanglocatie {{o:Hotel Malieveld}}, kamer 312.
=====
[[p:Sewdien, A.]] — schuldenlijst (opgesteld [[d:27-05]]):
| schuldeiser | bedrag | kenmerk |
| Holland Casino kredietlijn | € 6.200 | — |
| {{o:DUO}} | € 3.410 | [[z:DUO-8812-0731]] |
| vriend [[p:Rakesh]] | € 2.000 | mondeling |
| {{o:Belastingdienst}} | € 1.105 | aanslag 2023 |
| totaal | € 12.715 | |
=====
hoi, kunt u zeggen tegen [[p:Hans]] dat [[p:Johannes]] niet kan donderdag, hij is ziek. groet buurvrouw ([[p:Joke]])
=====
Intake by [[p:Deepa Raghunathan]] — client [[p:GANPAT, Ravindra]] (80) — [[d:Sept. 9]]
Lives alone at [[a:Leyweg 310]] since wife passed. Son [[p:Vikash]] in Almere. Forgets stove, lost 6 kg. Asked {{r:casemanager dementie}} for screening. Hindi/Sarnami spoken at home; client says "sab thik hai" (everything fine) but clearly not.
=====
Doorgestuurd uit buurt-app {{w:Vrederust}}: "oude meneer op 3 hoog ([[a:Loevesteinlaan 522]]) doet al 4 dagen niet open, rolluik dicht, post hangt uit bus". Wijkagent geïnformeerd 16:20, deur geopend 17:05: meneer [[p:Dekker]] lag op de grond, bij bewustzijn, naar {{o:HMC Westeinde}}.
=====
Plan van aanpak (EN/NL) — [[p:Lamia Benjelloun]]
Goal 1: alimentatie binnen 6 maanden ({{o:LBIO}})
Goal 2: toeslagen bezwaar — submitted [[d:18/03/2024]], reference [[z:TSL-2024-5530192]]
Goal 3: kinderen sport via Jeugdfonds, 2 x € 225
Evaluatie: [[d:1 July]]
=====
Nieuwe cliënt: [[p:WANG Jian]] / 王建, 58, kok in restaurant {{w:Centrum}}, werkt 60 uur/week zwart?? Hartklachten. Geen huisarts. Vrouw [[p:Li Fang]] spreekt beter NL. Tel vrouw: [[t:0644 71 29 08]]
=====
Bellen met {{o:CAK}} namens mw [[p:de Haan]]: zij betaalt dubbel eigen bijdrage sinds april. Klantnummer CAK [[z:0073 2210 5581]]. Medewerker CAK zei terugbetaling binnen 6 weken.
=====
Sorry for my Dutch, ik ben nieuw. Vandaag ik heb gesprek gedaan met meneer [[p:Osei]] alleen (zonder broer). Hij heeft verteld veel: hij werkt niet meer sinds [[d:1 mei]], broer neemt zijn geld. Hij wil eigen rekening. Ik weet niet zeker of dit financiële uitbuiting is, graag overleg met team. — [[p:Claire]]
=====
Agenda week 46 ({{w:Laak}}):
ma [[d:11/11]] 09:00 intake [[p:Bhagwandin]] (tolk niet nodig)
di [[d:12/11]] 13:30 huisbezoek [[p:Zarrouk]], [[a:Goudsbloemlaan 77]]
wo [[d:13/11]] vrij
do [[d:14/11]] MDO + lunch
vr [[d:15/11]] 10:00 {{o:Fairwork}} met [[p:Kolev]]
=====
[[p:Bilal]]: salam broer, ik heb [[p:Yaman]] gezien bij het Zuiderpark. Hij zegt hij wil stage bij garage. Ken jij iemand? Zijn moeder heeft gezegd ok. 👍🏽
=====
Vraag aan collega's: mw [[p:Lewandowska]] heeft een Poolse bankrekening ([[i:PL55 7425 3415 5607 0230 2498 6288]]) waar haar Poolse pensioen op komt. Moet dat worden opgegeven bij de bijstand? Ik denk ja, maar wie weet het zeker?
=====
Hoi [[p:Ingrid]], mw [[p:Benjelloun]] heeft de papieren gebracht. IBAN: [[i:NL21BUNQ4656257125]]. Loonstrook {{o:Asito}} van september erbij. Succes!
""")
# ---------------------------------------------------------------------------
# 12. More messages, typos in numbers, and texts without personal data
# ---------------------------------------------------------------------------
add(r"""
mevrouw sorry mijn BSN is [[b:72439592]] ik weet niet of klopt, staat op oude pas. Ik zoek de nieuwe pas. [[p:Driss]]
=====
Bewindvoerder mailde: rekening van dhr [[p:Pinas]]... nee sorry, van dhr [[p:Maduro]] is [[i:NL57RABO2397924538]]. Klopt dat? Ik zie in ons systeem [[i:NL57 RABO 2397 9245 83]]. Eén cijfer anders, navragen!
=====
Goeie morgen. Ik heb gisteren gesprek met wijkteam gehad, dank u. Vandaag heeft mijn man gezegd dat hij met ons mee wil naar gesprek. Is goed? — [[p:Zahra]] ([[p:KARIMI]])
=====
Voor iedereen: de vertaalde folders (Arabisch, Turks, Pools, Tigrinya, Oekraïens) over schuldhulp liggen in kast 3, tweede plank. Nieuwe oplage 500 stuks, besteld bij drukkerij, factuurnummer 2024-118. Prijs € 312,40.
=====
Q: "Mag ik WhatsApp gebruiken met cliënten?" A: Alleen voor afspraken (tijd, plaats). Geen inhoud, geen BSN, geen foto's van brieven. Gebruik de WijkApp, die is versleuteld.
=====
Dag mevrouw, ik ben [[p:Yolanda]] van de Surinaamse kerk in de Van Zeggelenlaan. Een van onze leden, broeder [[p:Kross]] ([[p:Eddy]]), woont alleen en is sinds de zomer niet meer in de kerk geweest. Ik ben langs geweest op [[a:Hengelolaan 1162]], hij zag er slecht uit en de woning rook. Hij wilde niet dat ik de dokter bel. Kunnen jullie gaan kijken? Ik ben bereikbaar op [[t:06-1102 8837]]. Gado zegent u.
=====
hallo. Mijn naam [[p:Katarzyna]], ik heb bericht gestuurd vorige week. Nog geen antwoord 😞 DigiD brief is nu gekomen, code verloopt [[d:20 juni]]. Prosze szybko
=====
Team {{w:Moerwijk}}: parkeervergunning bezoekers kost € 1,20 per uur, bonnetjes declareren via formulier F-12. Niet met privé-pas betalen.
=====
[[d:25/12/2024]] 10:14 - [[p:Roderick]]: Bon Pasku mevrouw! Merry Christmas 🎄 dank u voor alles dit jaar. Toilet is gerepareerd eindelijk haha
=====
Let op bij formulieren van Afghaanse cliënten: veel mensen hebben als geboortedag de eerste dag van het jaar omdat het jaar alleen bekend is (Perzische kalender, 1358 = 1979/80). Niet verbeteren zonder IND-papieren.
=====
Bericht van [[p:Elif]] (dochter mw [[p:Kara]]): "Haag Wonen heeft gebeld, huurcontract mag blijven als de achterstand weg is. Betaling van 1.050 TL... sorry, € 1.050 gaat morgen via mijn rekening [[i:NL38ABNA8084557608]]."
=====
Voor de dienst van zaterdag: als cliënt [[p:Hawa]] belt (Somalisch, spreekt Engels), haar man is [[p:Abdiweli]], kinderen [[p:Ilhan]] en [[p:Sagal]], baby sinds [[d:7 oktober]]. Geen spoed verwacht.
=====
De nieuwe vertaal-app op de werktelefoon ondersteunt nu ook Tigrinya en Papiamentu (beta). Niet gebruiken voor officiële gesprekken — altijd beëdigde tolk via het bureau. Vragen? Helpdesk ICT: toestel 4410.
=====
Van [[p:Nasrin]] (via tolk, doorgestuurd): "Mijn man weet nu van de hulp. Hij was boos maar heeft niet geslagen. Ik wil doorgaan. Nieuwe telefoon alleen van mij: [[t:+31 6 17 29 80 44]], bel niet het oude nummer."
=====
Overdracht [[p:Claire]] → [[p:Rohit]]: mr [[p:Osei]] opened own bank account at {{o:ASN Bank}}: [[i:NL77 ASNB 3997 7608 80]]. Brother [[p:Kofi]] is informed, was not happy. Next: bewindvoering check with {{o:Juridisch Loket}}.
=====
[[p:ZIANI]] A., 80 j., {{w:Spoorwijk}}: klacht over loket afgehandeld, excuses aangeboden door teamleider. Zoon [[p:Karim]] tevreden. Dossier gesloten [[d:30-04-2024]].
=====
Werkbezoek wethouder aan {{w:Transvaal}}: donderdagmiddag 14:00–16:00, bezoek aan {{o:Wijkcentrum Transvaal}} en de Turkse moskee. Graag 2 collega's met een cliëntverhaal (met toestemming, geanonimiseerd!).
=====
Gesprek op straat met [[p:Teodora]] (Bulgaars, ~30), slaapt in tent bij het Zuiderpark. Geen papieren bij zich, zegt geboren [[d:05.05.1994]] in Sliven. Spreekt Bulgaars en Turks. Naar {{o:Kessler Stichting}} verwezen, zij heeft nummer [[t:+359 89 771 4302]].
=====
[[p:Agata]]: FYI nowy numer pana [[p:Zająca]]: [[t:06 19 88 40 21]] (stary +48 nie działa). Hij slaapt nu bij [[p:Paweł]] op de [[a:Trekvlietplein 14]].
""")
# ---------------------------------------------------------------------------
# 13. Lazy typing (lower case names), more interpreters and app messages
# ---------------------------------------------------------------------------
add(r"""
mw [[p:yilmaz]] gebeld ivm tolk, zij wil tolk [[p:ahmet]] niet meer (is kennis van haar man). graag andere tolk turks, vrouw liefst
=====
dhr [[p:kowalczyk]] nr [[t:+48 503 910 227]] terugbellen ivm loonstrook, spreekt alleen pools -> [[p:agata]] vragen
=====
[[d:02/09]] tolk tigrinya ([[p:yonas]]) te laat 20 min, gesprek met [[p:mebrat]] korter gedaan. vervolg [[d:9/9]] zelfde tijd
=====
appje van [[p:fatima]] (dochter van dhr [[p:el amrani]]): "papa wil niet douchen, zegt water is koud sinds 2 weken. cv ketel kapot?" -> {{o:Haag Wonen}} storingsdienst gebeld, monteur komt do [[d:14/3]]
=====
Interpreter's note, [[d:Nov 5, 2024]] — session with Mr [[p:Noori]] & {{r:Wmo consultant}} [[p:Ria Smit]]. Client used word "pareshan" many times = worried/confused. He thinks the Wmo lady is from the IND and is afraid to answer. I explained her role in Dari before we continued. Recommend explaining roles at start of every meeting. — [[p:Farzana Habibi]], Dari/Farsi
=====
tolk arabisch [[p:youssef]] heeft na gesprek gezegd dat mw [[p:qassem]] mogelijk zwanger is, zij durfde het niet te zeggen met de mannelijke {{r:consulent}} erbij. volgende keer vrouwelijke collega + vrouwelijke tolk!
=====
[[d:15/07/2024]] 21:47 - [[p:Ivette C.]]: Bon nochi [[p:Milouska]], mi sa ku ta laat. Mijn buurvrouw shon [[p:Edith]] van [[a:Paets van Troostwijkstraat 151]] is gevallen, ambulance is weg, ze heeft niemand. Haar sleutel is bij mij. Wat moet ik doen met haar kat 😅 en wie bel ik?
[[d:16/07/2024]] 08:20 - [[p:Milouska]] (SWT): Bon dia [[p:Ivette]], danki dat je helpt! Ik bel vandaag het ziekenhuis. Kat mag even bij jou? 🐈
=====
Notitie tolk Bulgaars/Turks [[p:Nevin Hasanova]]: fam. [[p:Todorov]] spreekt thuis Turks (Bulgaarse Turken), niet Bulgaars! Vader [[p:Dimitar]] heet in de moskee "[[p:Mehmet]]". Beide namen gebruiken in gesprek. Kinderen spreken ook Nederlands nu.
=====
Hi [[p:Deepa]], quick one: mrs [[p:kartosen]] asks if her grandson [[p:Reza]] can join the gesprek on thursday as translator (Javanese). I said better a real tolk, he is only 15. ok?
=====
bericht voor [[p:SANNE]]: [[p:HANANE]] belde. brief belastingdienst is nu bezwaar gedaan, kenmerk [[z:TSL-2024-6617203]]. zij wacht op antwoord. groet [[p:mounir]]
""")
# ---------------------------------------------------------------------------
# 14. Long texts (~1,200-1,500 characters)
# ---------------------------------------------------------------------------
add(r"""
VERSLAG TOLKGESPREK — Turks — [[d:Perşembe 17 Ekim 2024]] / [[d:donderdag 17 oktober 2024]]
Tolk: [[p:Serap Yurt]] (reg. [[z:201954]]) | {{r:Maatschappelijk werker}}: [[p:Derya Yıldırım]] | Plaats: woning cliënt, [[a:Jacob Catsstraat 140]], {{w:Schilderswijk}}
Cliënt: [[p:ŞAHİN Mehmet]] (67), echtgenote [[p:ŞAHİN-ÇELİK Nurten]] (63)

Samenvatting (door tolk, in mijn eigen woorden, sorry voor fouten):
Meneer vertelt dat hij "borç" (schulden) heeft bij een kennis uit de moskee, ongeveer € 8.000, voor de begrafenis van zijn broer in Konya in 2022. Hij betaalt elke maand € 300 contant. Mevrouw wist dit niet, zij werd heel boos en ging naar keuken. Daarna wilde meneer niet meer praten.
Mevrouw zei tegen mij in keuken (alleen tegen mij): "o beni dinlemiyor, ben artık yoruldum" — hij luistert niet naar mij, ik ben moe. Ik heb gezegd dat ik alles wat zij zegt moet vertalen voor {{r:hulpverlener}}, ook dit. Zij vond het goed.
Medisch: meneer heeft suiker en hart, medicatie via apotheek {{o:Schilderswijk Apotheek}}. Mevrouw heeft knieën.
Familie: zoon [[p:Emre]] woont in Ankara ([[t:+90 533 640 12 78]]), dochter [[p:Sibel]] in Rotterdam, [[t:06-2388 1045]]. Dochter is contactpersoon.
Afspraken (vertaald en door beiden "tamam" gezegd):
1. {{r:budgetcoach}} komt met tolk op [[d:31 Ekim]] ([[d:31 oktober]])
2. Lening bij kennis opschrijven, geen contant meer zonder bonnetje
3. [[p:Derya]] belt dochter [[p:Sibel]] met toestemming van meneer
Opmerking tolk: ik ken deze familie niet privé. Volgende keer graag ook een vrouwelijke tolk, dat was nu zo, dus ok.
=====
Van: [[p:Gao Yan]] <[[e:gao.yan.tolk@gmail.com]]>
Aan: [[p:Lotte Schipper]] <[[e:l.schipper@denhaag.nl]]>
Onderwerp: RE: gesprek fam. [[p:Huang]]/[[p:Lin]] — my notes

Dear [[p:Lotte]],
As promised my notes. I write in English, my Dutch is better speaking than writing.
- Mr [[p:Huang]] thinks "aanslag" means attack (aanval). He was very scared since the letter of [[d:12 September]]. I explained it is a tax assessment.
- Mrs [[p:Lin]] works in a nail salon, 30 hours, paid partly cash. She is afraid to tell this because of the toeslagen.
- Daughter [[p:Meiling]] was translating the letters for 2 years. She is tired and her school results are bad (mentor called on [[d:Oct. 1]]).
- They want a payment plan; they can pay about € 150 a month, not more.
- They asked if the gemeente tells the {{o:IND}}. I said I am only interpreter, you will explain.
Next meeting: [[d:Tuesday 22 October]], 10:00, with me again. Please book through the agency with my registration number [[z:207730]], otherwise I cannot claim.
Best regards,
[[p:Gao Yan]], Mandarin/Cantonese

> On [[d:Mon, 7 Oct 2024]] [[p:Lotte Schipper]] wrote:
> Dear Ms [[p:Gao]], thank you for today. Could you send me your notes about what mr [[p:Huang]] and mrs [[p:Lin]] said after I left the room? Their address for your invoice: [[a:Weteringkade 12-B]].
=====
[[d:21/02/2024]] 18:02 - [[p:Abdelkader]]: salam 3likom [[p:Yasmina]]. ana f sbitar daba, {{o:HMC Westeinde}}. Ze zeggen hart.
[[d:21/02/2024]] 18:03 - [[p:Abdelkader]]: mijn vrouw [[p:Zoubida]] is alleen thuis, zij kan niet lopen goed
[[d:21/02/2024]] 18:20 - [[p:Yasmina]] (SWT): wa 3likom salam [[p:Abdelkader]], lah ychafik. Ik bel nu [[p:Karim]] jullie zoon. Is het nummer nog [[t:06 5512 0839]]?
[[d:21/02/2024]] 18:24 - [[p:Abdelkader]]: ja. en buurvrouw [[p:Jolanda]] heeft sleutel, nummer 22
[[d:21/02/2024]] 18:47 - [[p:Yasmina]] (SWT): [[p:Karim]] gaat vanavond slapen bij mama. Morgen om 10 uur komt {{r:wijkverpleegkundige}} [[p:Els]] bij haar op [[a:Wouwermanstraat 20]]. Wij regelen thuiszorg voor zolang u in ziekenhuis ligt.
[[d:21/02/2024]] 18:49 - [[p:Abdelkader]]: baraka lahu fik benti 🤲 allah yjazik bikhir
[[d:23/02/2024]] 11:15 - [[p:Abdelkader]]: ik mag maandag naar huis inshallah. dokter zegt geen zout, geen trap. wij wonen 2 hoog 😔
[[d:23/02/2024]] 11:40 - [[p:Yasmina]] (SWT): Ik vraag de {{r:Wmo-adviseur}} om een urgentie voor een benedenwoning en een traplift als tussenoplossing. Uw dossier is [[z:SWT-SP-2024-0233]], dat nummer kunt u noemen als iemand belt. Beterschap!
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
            if sp["text"] in WRONG_ON_PURPOSE:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h127-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout127.jsonl")
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
