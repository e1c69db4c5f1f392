#!/usr/bin/env python3
"""Held-out corpus 81: messages from clients, relatives, neighbours and informal
carers to a sociale wijkzorgteam / the platform (WhatsApp, SMS, web form, e-mail).
Writes heldout81.jsonl next to this script. Deterministic, stdlib only.

Markup inside the texts:  [[lab:text]] = personal data,  {{lab:text}} = keep context.
Short labels: p person, b bsn, t phone, e email, i iban, pc postcode, a address,
d date, z dossier | w wijk, o org, r role.
"""

import json, os, re

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

TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


T("""
hoi [[p:marieke]] met [[p:sandra]] de dochter van [[p:ans koster]] .. mn moeder is vannacht weer gevallen in de badkamer, ze ligt nu in het {{o:HMC}} (westeinde). ze mag er morgen al uit zeggen ze maar ze kan echt niet meer alleen de trap op. kan de {{r:wijkverpleegkundige}} morgen ff langs ipv donderdag? adres is nog steeds [[a:soestdijksekade 412]] 3 hoog. ik ben er vanaf 4 uur. bel me maar op [[t:0634127765]] als er iets is. groetjes
""")

T("""
Kan nie komen morgen ben ziek. [[p:Yusuf]]
""")

T("""
Naam: [[p:Agnieszka Wiśniewska]]
E-mail: [[e:aga.wisniewska88@wp.pl]]
Telefoon: [[t:+48 601 442 178]] / [[t:06-41 22 90 13]]
Adres: [[a:Hobbemastraat 171-A]]
Postcode: [[pc:2526 JK]]
Onderwerp: hulp met brieven
Bericht: Goedemorgen, ik ben [[p:Agnieszka]], ik woon 6 jaar in Den Haag ({{w:Schilderswijk}}). Ik krijg veel brieven van {{o:Belastingdienst}} en {{o:CAK}} en ik begrijp niet alles. Mijn man [[p:Tomasz]] werkt in kas in Westland, hij is niet thuis tot 19 uur. Mijn dochter [[p:Zuzia]] (9) helpt met lezen maar is te moeilijk voor haar. Kan iemand mij helpen? Ik heb ook schuld bij {{o:Eneco}}, klantnummer [[z:2004417789]]. Dziękuję, dank u wel
Verzonden op: [[d:14-02-2024]] 21:47
""")

T("""
Geachte heer/mevrouw,

Mijn naam is [[p:W.F. Bakker]] en ik woon sinds 1993 op de [[a:Jan van Riebeekstraat 88]] in {{w:Transvaal}}. Ik schrijf u omdat ik mij zorgen maak over mijn buurvrouw, mevrouw [[p:Roos]]. Zij is 84 jaar en woont alleen sinds haar man [[p:Gerrit]] in 2021 is overleden. De laatste weken zie ik haar 's avonds in haar nachtjapon op de galerij staan en vorige week dinsdag stond zij om half drie 's nachts bij mij aan te bellen omdat zij "naar de bus moest". Haar zoon woont in Groningen en ik heb zijn nummer niet. De {{r:huisarts}} is dokter [[p:Lagerwey]] aan de Paul Krugerlaan, dat weet ik wel. Ik wil niet dat er iets gebeurt. Kunt u eens bij haar gaan kijken? U kunt mij bellen op [[t:070-3887412]], ik ben meestal thuis.

Met vriendelijke groet,
[[p:Wim Bakker]]
""")

T("""
merhaba [[p:esra]] hanim, ben [[p:Fadime]], vrouw van [[p:Hüseyin Kaya]]. sorry nederlands niet goed. [[p:hüseyin]] heeft brief van {{o:UWV}} gekrijgt, zij zeggen uitkering stop vanaf [[d:1 april]]. wij snap niet waarom. hij is ziek van rug al 2 jaar, kan niet werken. kunnen jij kijken? ik stuur foto van brief. kenmerk staat [[z:UWV-2024-0331872]]. mijn nummer [[t:06 87 12 44 03]]. teşekkür ederim 🙏🙏
""")

T("""
Met [[p:Ria]]. Sleutel ligt bij buurvrouw [[p:Jannie]] op de [[a:Zuidlarenstraat 14]]. Ik ben tot 5 uur weg.
""")

T("""
Hi [[p:Jeroen]],

Sorry voor de late reply, super druk op werk. Quick update over mijn broer [[p:Dennis]]: hij is sinds [[d:maandag 4 maart]] weer thuis op de [[a:Mient 233]] (finally). De crisisdienst van {{o:Parnassia}} heeft hem ontslagen met een soort plan maar honestly er is geen follow up. Hij heeft zijn medicatie niet opgehaald bij de apotheek, I checked. Zijn {{r:bewindvoerder}} is mr. [[p:Hagenaars]], tel [[t:070 205 11 88]], maybe you can call her? Ik zit zelf vanaf [[d:18/3]] twee weken in Londen for work. You can reach me via WhatsApp or [[e:kevin.vdlinden@outlook.com]].

Cheers,
[[p:Kevin]]
""")

T("""
GOEDE MIDDAG MET [[p:HENK DE WIT]] . IK HEB DE BRIEF VAN {{o:HAAG WONEN}} GEHAD OVER DE HUUR ACHTERSTAND . IK BEN NIET THUIS OP [[d:DONDERDAG 7 MAART]] WANT DAN MOET IK NAAR HET ZIEKENHUIS VOOR MIJN OGEN . KAN HET OOK DE WEEK ERNA . MIJN NUMMER IS [[t:0620339817]] . HARTELIJK DANK
""")

T("""
Naam: [[p:Mohammed Al-Hamwi]]
Geboortedatum: [[d:01-01-1979]]
Adres: [[a:Stuwstraat 9]] [[pc:2516ta]]
Tel: [[t:0687 331 290]]
Vraag: Salam, ik ben vader van 4 kinderen, wij komen uit Syrië, 5 jaar in Nederland. Mijn vrouw [[p:Rasha]] is zwanger en heel moe, wij wonen met zes personen in 3 kamers op 4e verdieping zonder lift. {{o:Staedion}} zegt geen andere huis. Mijn zoon [[p:Omar]] heeft astma van de schimmel. Ik heb gehoord van {{o:Servicepunt XL}} dat jullie kan helpen met urgentie. Alstublieft help ons. Ik spreek goed Engels, Nederlands ben ik nog op B1.
""")

T("""
ok top 👍 tot dinsdag. gr [[p:Naima]]
""")

T("""
---------- Doorgestuurd bericht ---------
Van: [[p:Ilse van Dongen]] <[[e:ilse.vandongen@ziggo.nl]]>
Datum: di [[d:9 jan. 2024]] om 10:12
Onderwerp: Fwd: mijn vader
Aan: <[[e:wijkteam.escamp@denhaag.nl]]>

Hierbij nogmaals mijn mail van vorige maand, ik heb nog niets gehoord!!

> Op [[d:11 dec. 2023]] om 20:41 schreef [[p:Ilse van Dongen]]:
> Beste mensen, mijn vader [[p:Cor van Dongen]] (geb. [[d:23-05-1941]]) woont nog zelfstandig op de [[a:Anthony Fokkerweg 41]] in {{w:Bouwlust}}. Sinds mijn moeder in het verpleeghuis zit ({{o:Florence}}, locatie {{w:Mariahoeve}}) redt hij het niet meer. Hij eet slecht, de post stapelt zich op en ik woon zelf in Zwolle met drie kinderen. De {{r:huisarts}} zei dat ik bij jullie moest zijn voor een {{o:Wmo}}-aanvraag en een {{r:casemanager dementie}}. Mijn nummer is [[t:06-18224930]].
> Groet, [[p:Ilse]]
""")

T("""
selam [[p:Saskia]]. ik ben [[p:Tesfay]]. ik heb afspraak met jou [[d:woensdag 13/3]] maar ik moet naar examen inburgering. kan andere dag? mijn vrouw [[p:Senait]] is ook ziek, baby huilt veel. de brief van {{o:DUO}} ik heb niet begrijp, lening 11.000 euro?? ik stuur foto. yekenyeley
""")

T("""
Bon dia [[p:Mireille]],

Ik ben [[p:Shurandy]], zoon van mevr. [[p:Rosaria]]. Mi mama is weer opgenomen, ze heeft suiker te hoog en haar been is niet goed. Zij wil niet dat de {{r:wijkverpleegkundige}} komt want "zij kan zelf", bo sa kon e ta. Pero no por mas. Ik woon in Rotterdam en kan niet elke dag komen. Kan jij met haar praten? Ze vertrouwt jou. Haar adres weet je, [[a:Hengelolaan 1004]]. Mijn nummer is [[t:+31 6 2281 0497]] en op Korsou (ik ben daar van [[d:20 april]] tot [[d:5 mei]]) [[t:+599 9 561 2034]].

Danki,
[[p:Shurandy Martina]]
""")

T("""
Dzień dobry, tu [[p:Paweł]]. Ja mam pytanie o huurtoeslag, belasting zegt ik moet terug betalen 2300. mijn bsn [[b:303398231]]. wanneer kan ik komen op spreekuur?
""")

T("""
Hallo, jullie nummer kreeg ik van de {{r:wijkagent}} 👮‍♂️. Mijn buurman [[p:Rachid]] van 3 hoog heeft al 2 weken de deur niet open gedaan, er komt stank uit de brievenbus 🤢 en zijn hond blaft de hele dag. ik heb {{o:Haag Wonen}} gebeld maar die doen niks. woon zelf op [[a:Kempstraat 61A]]. groetjes [[p:Wendy]] ([[t:0612908843]])
""")

T("""
Beste [[p:Youssef]],

Hier mijn gegevens voor de aanvraag bijzondere bijstand:
BSN: [[b:2816.86.324]]
Rekeningnummer: [[i:NL18 INGB 2979 5459 80]] t.n.v. [[p:S. Benali]]
Geboortedatum: [[d:17 oktober 1986]]
De bonnetjes van de koelkast stuur ik morgen, die liggen nog bij mijn moeder.

Groetjes [[p:Soumaya]]
""")

T("""
ja hallo met [[p:debby]] ik heb al 3 keer gebelt maar er neemt niemand op dus dan maar via de app. die mevrouw van de {{o:schuldhulp}} [[p:Carla]] of [[p:Karin]] ik weet het niet meer zei dat ik het formulier moest opsturen maar ik heb geen printer en mijn telefoon is kapot geweest dus ik was alles kwijt. de deurwaarder van {{o:Flanderijn}} is gisteren weer geweest en die zegt dat ze op [[d:21 maart]] de spullen komen halen als ik niet betaal. ik heb 3 kinderen en [[p:Jayden]] is pas 2 geworden. ik weet het echt niet meer. mijn ex betaalt ook geen alimentatie. kan iemand me alstublieft terug bellen op [[t:06 3390 1187]] ik ben de hele dag thuis behalve tussen 2 en 3 want dan haal ik de kinderen
""")

T("""
Contactformulier sociaal wijkzorgteam {{w:Mariahoeve}}
Naam: Hr. [[p:P.J. Visser]]
E-mailadres: [[e:pjvisser1949@kpnmail.nl]]
Telefoonnummer: [[t:070 347 81 26]]
Over wie gaat uw vraag? mijn echtgenote [[p:Tineke Visser-Groen]]
Uw vraag: Mijn vrouw heeft sinds anderhalf jaar de diagnose Alzheimer. Ik zorg voor haar maar merk dat het mij te veel wordt, ik slaap slecht. De {{r:casemanager dementie}} van {{o:Florence}} heeft ons op het spoor gezet van dagopvang maar wij komen niet verder dan een wachtlijst van 14 weken. Graag een gesprek. Wij wonen op de [[a:Ambachtsgaarde 118]], [[pc:2542 EA]].
Ingediend: [[d:03-04-2024]] 09:15
""")

T("""
[[[d:12-03-2024]] 08:14] [[p:Saida]]: goedemorgen [[p:Lotte]] ben je er vandaag?
[[[d:12-03-2024]] 08:15] [[p:Saida]]: mijn zus [[p:Houda]] komt mee als tolk
[[[d:12-03-2024]] 09:02] [[p:Lotte]] SWT {{w:Laak}}: Goedemorgen [[p:Saida]], ja ik ben er vanaf 10 uur. [[p:Houda]] is welkom!
[[[d:12-03-2024]] 09:03] [[p:Saida]]: 👍👍 dank je. wij komen half 11 naar het {{o:Servicepunt XL}} in de {{w:Spoorwijk}}
""")

T("""
mevr [[p:oukili]] hier. morgen 10u goed. [[p:samira]] komt mee
""")

T("""
Dear Ms. [[p:Hendriks]],

I'm writing on behalf of my mother, Mrs. [[p:Ama Owusu]] (DOB [[d:12/07/1955]]), who lives at [[a:Wolmaranstraat 44]], [[pc:2572 LK]] Den Haag. I live in Manchester and can only visit twice a year. Her neighbour [[p:Akua]] told me she hasn't been eating well and her electricity was cut off last week because of unpaid bills. She doesn't speak much Dutch and is too proud to ask for help. Could someone from your team visit her? She's usually home in the mornings. Her phone is [[t:06-52231904]] but she often doesn't pick up; you can reach me at [[t:+44 7700 918 233]] or [[e:kwame.owusu.mcr@gmail.com]].

Many thanks,
[[p:Kwame Owusu]]
""")

T("""
(overgetypt van een briefje dat in de bus lag bij het {{o:Servicepunt XL}} {{w:Moerwijk}})

aan het wijkteam. ik ben [[p:Gerda]] van de [[a:erasmusweg 1012]]. mijn zoon [[p:Ricardo]] woont weer bij mij en hij gebruikt. ik ben bang voor hem als hij geen geld heeft. hij pakt mijn pinpas. niemand mag weten dat ik dit schrijf. bel niet naar mijn huis maar naar mijn zus [[p:Tonny]] [[t:0624 81 19 07]]. alstublieft
""")

T("""
Re: Uw melding [[z:#48120]] is ontvangen

Goedemiddag,
Ik kreeg dit bericht met nummer [[z:#48120]] maar ik weet niet meer waar het over ging haha. Ik denk over de aanvraag voor de scootmobiel van mijn schoonvader, meneer [[p:Doelwijt]]. Hij woont op de [[a:Vrederustlaan 56-C]]. Het {{o:Wmo-loket}} heeft hem op [[d:26 februari]] gebeld maar hij hoort slecht dus hij heeft opgehangen 😅. Bel liever mij: [[t:06-43 11 87 20]].
Gr, [[p:Marcia Pinas]]
""")

T("""
Slm [[p:Meryem]] abla 😊 ben [[p:Elif]]. annem ([[p:Gülsüm Demir]]) zegt de {{r:fysio}} komt niet meer sinds {{o:Zilveren Kruis}} heeft gezegd maximum bereikt. kunnen we dat samen bekijken? polisnummer [[z:ZK 4471 2290 13]]. ook haar huishoudelijke hulp van de {{o:Wmo}} is gestopt na [[d:31-01]]. canım çok sıkıldı... ik zit op werk tot 17u, app maar
""")

T("""
[[p:Rinus]] is vannacht overleden. wil het even laten weten. [[p:Joke]]
""")

T("""
Goedendag [[p:Linda]],

Ik ben [[p:Abena Mensah]], de nicht en ook mantelzorger van Mr. [[p:Yaw Boateng]]. Ik heb de formulieren van het {{o:CIZ}} ingevuld maar zij vragen ook de medicatie overzicht van de apotheek. The pharmacist say I need a machtiging. Please how do I do this? His BSN is [[b:620 393 531]]. Meneer [[p:Boateng]] is now 79 years and very weak, he sleep most of the day. We both live in {{w:Rustenburg}}, he is on [[a:Melis Stokezijde 188]].

God bless,
[[p:Abena]]
[[t:0685 12 39 47]]
""")

T("""
Ik wil anoniem blijven. Op [[a:Vlierboomstraat 407]] woont een gezin met kleine kinderen, de vader schreeuwt elke avond en vannacht hoorde ik glas breken en een kind huilen. de moeder heet volgens mij [[p:Daniela]], ze komt uit Roemenië en spreekt weinig Nederlands. ik heb {{o:Veilig Thuis}} gebeld maar ik weet niet of ze iets doen. ik durf niet zelf aan te bellen
""")

T("""
hoi [[p:Tim]], de afspraken voor [[p:Noah]] bij de {{r:logopedist}} zijn op [[d:di 5-3]], [[d:di 12-3]] en [[d:do 21-3]]. en bij het {{o:CJG}} op [[d:2 april]] om 9u. die laatste van de logo kan ik niet want dan moet ik werken bij de {{o:Action}}. kun jij mee naar die van april? of [[p:Ferry]] misschien? gr [[p:chantal]]
""")

T("""
Naam: [[p:Hala Haddad]]
Email: [[e:hala.haddad2015@hotmail.com]]
Bericht: السلام عليكم. Goedemiddag, mijn naam is [[p:Hala]]. Mijn man is overleden in november 2022 en ik ben alleen met 3 kinderen. Mijn oudste [[p:Karim]] (17) gaat niet meer naar school en hangt buiten met jongens in de {{w:Schilderswijk}}. Ik ben bang. {{o:Leerplicht}} heeft brief gestuurd, nummer [[z:LP-2024-00918]]. Mijn Nederlands is niet zo goed, Arabisch tolk is beter. Telefoon [[t:0628447190]]. Shukran.
""")

T("""
🎤 Spraakbericht (0:47), overgetypt door [[p:Fenna]]: "ja hoi met [[p:Lies Zwart]], ik moet de afspraak van [[d:vrijdag de 15e]] afzeggen want mijn man ligt in het {{o:Haga}}. bel me maar terug op het vaste nummer, [[t:070-3662019]]. doei"
""")
T("""
Onderwerp: terugbetaling eigen bijdrage

Beste meneer [[p:El Amrani]],

Zoals besproken op [[d:woensdag 6 maart]] stuur ik u het rekeningnummer van mijn moeder, zodat het {{o:CAK}} het teveel betaalde bedrag terug kan storten: [[i:NL56RABO7626006836]] ten name van [[p:F. Ouahabi]]. Haar CAK-nummer is [[z:CAK 7720 3318]]. Mijn moeder woont op [[a:Delftselaan 39-II]], [[pc:2512 RB]]. Als er vragen zijn bel dan mij en niet haar, zij spreekt alleen Tarifit.

Met vriendelijke groet,
[[p:Nadia Ouahabi]]
[[t:06-29 88 41 07]]
""")

T("""
Hello [[p:Bart]] it is [[p:Krzysztof]] from [[a:Hoefkade 210]]. Ik heb nu werk bij uitzendbureau {{o:Otto}} in Zoetermeer, start [[d:25.03]]. So I dont need the {{o:voedselbank}} more?? Mijn vriendin [[p:Dorota]] has still no work. Also the landlord want 850 euro for one room, is that normal? thx
""")

T("""
Goedemiddag [[p:Annelies]],

Namens mijn vader, de heer [[p:R. Jagernath]], wil ik graag een afspraak maken. Pa is op [[d:2 februari]] 80 geworden en gaat hard achteruit sinds de beroerte. Mijn broer [[p:Vishal]] en ik wisselen elkaar af maar wij werken allebei fulltime. Wij zoeken hulp bij het huishouden, iemand die hem 's ochtends helpt met wassen, en misschien een Hindostaanse soos in {{w:Transvaal}} waar hij een paar ochtenden heen kan. Zijn adres: [[a:Van Ravesteynstraat 23]], [[pc:2573 TH]]. Zijn {{r:huisarts}} is dr. [[p:Ramdhani]]. U kunt mij bereiken op [[t:06 1187 5532]] of via dit mailadres ([[e:priya.jagernath@gmail.com]]).

Vriendelijke groet,
[[p:Priya Jagernath]]
""")

T("""
Is goed [[p:Fleur]]. Ik neem de brief van het {{o:CJIB}} mee, kenmerk [[z:1200 0433 9718 2255]]. Tot morgen. [[p:Marco]]
""")

T("""
Naam: [[p:Yonas Tekle Ghebremedhin]]
Geboren: [[d:1-1-1996]]
Telefon: [[t:0645178822]]
E-mail: [[e:yonastekle96@gmail.com]]
Vraag: Ik ben statushouder sinds 2019. Ik woon nu bij vriend in [[a:Rijswijkseweg 321 A]] maar is te klein, hij zeg ik moet weg voor [[d:1 mei]]. Ik heb geen eigen huis. {{o:Gemeente Den Haag}} zegt ik moet inschrijven bij {{o:Woonnet Haaglanden}}. Ik heb gedaan, inschrijfnummer [[z:WNH-1183920]]. Maar wachten 8 jaar?? Ik werk bij {{o:PostNL}} nachtdienst. Waar kan ik slapen? Mijn broer [[p:Awet]] is in Duitsland, daar kan ik niet.
""")

T("""
Goedemorgen lieve [[p:Petra]] 🌞🌷 even een berichtje van [[p:Bep]] van de koffieochtend. [[p:Mien]] van de overkant ([[a:Laan van Meerdervoort 1290]]) ligt sinds [[d:zaterdag 9 maart]] in het {{o:HagaZiekenhuis}} met een gebroken heup 😢 haar poes wordt door mij gevoerd maar wie regelt er verder iets? ze heeft niemand, alleen een neef in Spanje. ik heb haar sleutel. liefs [[p:Bep]] xxx 💐
""")

T("""
hallo wijkteam ik ben [[p:Kim]] moeder van [[p:Milan]] (bsn [[b:697603222]]) en [[p:Sem]] (bsn [[b:754979143]]). de school zegt dat ik naar het {{o:CJG}} moet maar daar zeggen ze dat ik bij jullie moet zijn omdat ik ook schulden heb. ik word gek van het doorsturen!! kan iemand gewoon naar me luisteren. ik woon op de [[a:Dr. Lelykade 14]] in {{w:Scheveningen}}. [[t:06-27 71 40 05]]
""")

T("""
ik ben het [[p:jamal]] ik zit bij mijn oom in utrecht tot zondag kan ik de afspraak verzetten naar [[d:woensdag 20 maart]]
""")

T("""
Hoi [[p:Marloes]],

Dankjewel voor het gesprek gisteren, ik voelde me echt gehoord. Ik heb [[p:Stefan]] (mijn ex) verteld dat de kinderen voorlopig bij mij blijven. Hij was boos maar bleef rustig. Ik heb ook de {{o:Advocatenwinkel}} gebeld, zij helpen me met de omgangsregeling.
[[p:Esther]]

On [[d:Thu, 14 Mar 2024]] at 16:02, [[p:Marloes de Groot]] <[[e:m.degroot@swtdenhaag.nl]]> wrote:
> Beste [[p:Esther]], zoals afgesproken hierbij het nummer van {{o:Veilig Thuis}}: 0800-2000. Volgende afspraak: [[d:donderdag 28 maart]] 10.00 uur, bij jou thuis.
> Hartelijke groet, [[p:Marloes de Groot]] | {{r:maatschappelijk werker}} | SWT {{w:Segbroek}} | [[t:06 5310 8842]]
""")

T("""
Boa tarde [[p:Sofie]], aqui [[p:Maria Fortes]]. sorry mijn nederlands. ik heb brief van de {{o:Belastingdienst}} toeslagen, ik moet 4.000 terug betalen kinderopvangtoeslag. ik werk bij schoonmaak {{o:Hago}}. mijn zoon [[p:Edson]] helpt mij maar hij is 15. mijn bsn [[b:263 271 559]], brief datum [[d:27-02-2024]], kenmerk [[z:B/2024/117-4839]]. obrigada 🙏
""")

T("""
Onderwerp: Mijn broer [[p:Erik]], hoe nu verder???

Beste wijkteam,

Ik weet eigenlijk niet zo goed of ik bij jullie moet zijn maar ik heb al zoveel instanties gebeld dat ik het niet meer weet. Mijn broer [[p:Erik Smit]] (52) woont in een flatje aan de [[a:Moerweg 330]] in {{w:Moerwijk}}. Sinds zijn scheiding in 2019 gaat het bergafwaarts. Hij drinkt, hij betaalt zijn rekeningen niet en hij is achterdochtig naar iedereen, ook naar mij. Vorige maand heeft hij de {{r:huismeester}} bedreigd met een schroevendraaier. {{o:Haag Wonen}} dreigt nu met ontruiming. Hij heeft ooit een {{r:psychiater}} gehad bij {{o:Parnassia}} maar is daar al jaren uit beeld. Ik heb met de {{r:huisarts}} gesproken, dokter [[p:Mulder]], maar die zegt dat [[p:Erik]] zelf moet komen en dat gaat dus niet gebeuren. Ik heb gelezen over bemoeizorg. Is dat iets? Ik woon zelf in Delft en heb een gezin, ik kan niet elke dag bij hem langs. Mijn zus [[p:Anja]] wil er niks meer mee te maken hebben.
Hij is op [[d:12 april]] jarig en dan wil ik hem eigenlijk niet alleen laten.

Bel me alsjeblieft: [[t:06-48 12 77 30]].

Groet,
[[p:Martijn Smit]]
""")

T("""
[[p:Ayaan]] heeft koorts, wij komen niet. sorry 🙏
""")

T("""
Asc [[p:Hodan]], waa [[p:Faadumo]]. sorry ik schrijf in nederlands zo goed ik kan. de school van [[p:Abdirahman]] belt weer, hij is geschorst 3 dagen. ik ben op werk, schoonmaak in het {{o:Haga}}. kan jij met de {{r:mentor}} bellen? mevrouw [[p:de Bruijn]], [[t:070 - 388 21 40]]. mahadsanid
""")

T("""
Naam: [[p:Ivelina Petrova]]
Adres: [[a:Wouwermanstraat 54-1]]
Postcode / plaats: [[pc:2526PA]] Den Haag
Telefoonnummer: [[t:+359 888 214 660]]
Telefoonnummer 2: [[t:0616 99 03 28]]
E-mail: [[e:ivelina.p@abv.bg]]
Toelichting: Hello, I write in english is easier. I work in flowers (Naaldwijk) with agency, they say I am ZZP but I think is not correct. Salary comes on my account [[i:NL45TRIO8580376534]] but sometimes not full. I have no health insurance because I dont know how. My friend [[p:Stoyan]] say you can help. Thank you!
Datum: [[d:19/03/2024]]
""")

T("""
salaam [[p:Ikram]] ik ben het [[p:Loubna]], schoondochter van [[p:Zohra El Idrissi]]. hamdullah het gaat iets beter met haar sinds de thuiszorg van {{o:Florence}} 2x per dag komt. maar ze mist de moskee en haar vriendinnen. is er iets voor marokkaanse vrouwen in {{w:Regentesse}}? iets met koffie/thee en praten. ze heeft wel een pas van de {{o:Regiotaxi}}. haar nummer [[t:070 360 44 12]], maar bel eerst mij ok
""")

T("""
DIT IS DE DERDE KEER DAT IK MAIL!!! de man op [[a:Teniersstraat 12-hs]] (naam [[p:Kamil]] of zo) gooit zijn afval gewoon van het balkon en er lopen ratten 🐀🐀 in de tuin. mijn kinderen kunnen niet meer buiten spelen. {{o:HMS}} zegt dat het niet hun probleem is, de gemeente stuurt me naar jullie. ik wil gewoon dat er iets gebeurt.
[[p:Jolanda Vos]], [[a:Teniersstraat 10]]
""")

T("""
Beste [[p:Jasper]],
heeft de {{r:budgetcoach}} de huur van maart al betaald? {{o:Vestia}} belt me steeds. mijn huurcontract nummer is [[z:0931-77412-01]]. het moet van mijn rekening [[i:NL80ABNA6052569909]] af, daar staat de uitkering op.
gr [[p:Ronald Kok]]
""")

T("""
Goedendag, ik schrijf namens mijn opa [[p:Mehmet Yıldız]] (hij spreekt geen Nederlands). Opa woont alleen in {{w:Transvaal}} op de [[a:Ruysdaelstraat 7 bis]] sinds oma op [[d:3 januari]] is overleden. Hij is heel eenzaam en zit de hele dag voor de Turkse tv. Is er een vrijwilliger die Turks spreekt en af en toe langs kan komen? Of een {{r:ouderenconsulent}}? Mijn telefoon: [[t:06 41 72 98 33]], ik ben [[p:Emre]]. Alvast bedankt!
""")

T("""
Hoi [[p:Ingrid]], even een update als maatje van meneer [[p:Sabajo]] (via {{o:Humanitas}}). We zijn dinsdag samen naar de {{o:Voedselbank}} geweest, dat ging goed. Maar hij vertelde dat hij nog steeds geen post opent, er ligt een hele stapel. Ik zag een brief van een incassobureau met dossiernummer [[z:IB-20391847]] en een aanmaning van {{o:Ziggo}}. Ik heb niks aangeraakt want dat vind ik niet mijn taak, maar misschien kan de {{r:schuldhulpverlener}} ernaar kijken? Hij gaf toestemming om het aan jou door te geven. Groetjes, [[p:Hans]] 🙂
""")

T("""
Hello,

My name is [[p:Laura Bianchi]], I'm Italian and I live with my partner [[p:Joost]] in {{w:Valkenboskwartier}}. We're worried about [[p:Joost]]'s mother, Mrs. [[p:Hannie Meijer]], who lives alone in {{w:Duindorp}}. She keeps calling us at night, confused, asking where her husband is (he died in 2016). [[p:Joost]] works nights at the port so it's mostly me picking up. Can someone from the team assess her? Her address is [[a:Tesselsestraat 45]], [[pc:2583 HS]]. Her GP is Dr. [[p:Vermeulen]].

Best,
[[p:Laura]]
[[t:+39 347 210 5561]] / [[e:laura.bianchi.nl@gmail.com]]
""")

T("""
dit is [[p:truus van der meer]], ik wil graag weten of de {{r:wijkzuster}} morgen komt. ik heb geen verband meer
""")

T("""
yo [[p:mo]] ik ben vrij sinds [[d:vrijdag 1 maart]]. zit nu bij mn moeder op de [[a:Hoefkade 880]] maar kan daar niet blijven. {{o:reclassering}} zegt ik moet bij jullie komen voor uitkering en woning. mijn {{r:reclasseringswerker}} is [[p:Dirk]]. bel [[t:0619 44 72 01]] maar niet voor 12 uur ok 😂
""")

T("""
Ik stuur je de tekst van de brief want de foto lukt niet:

"{{o:Centraal Justitieel Incassobureau}}
Betreft: aanmaning
Aan: de heer [[p:D.R. Soekhai]], [[a:Stationsweg 82A]], [[pc:2515 BP]] 's-Gravenhage
Datum: [[d:4 maart 2024]]
Betalingskenmerk: [[z:3000 1478 2209 5561]]
CJIB-nummer: [[z:881204773]]
Bedrag: € 412,00"

Dit is van een boete van mijn zoon [[p:Dinesh]] maar hij zit in het buitenland. Wat moet ik doen? Mag ik het in delen betalen?
[[p:Sunita]]
""")

T("""
Naam: (liever niet)
Telefoon: [[t:06-22 18 93 07]]
Over wie: de kinderen van de familie [[p:Ahmadi]] uit de [[a:Beeklaan 401]]
Bericht: Ik zie de kinderen ([[p:Sahar]] en [[p:Farid]] denk ik, ongeveer 8 en 10) vaak 's avonds laat nog buiten zonder jas. De moeder lijkt depressief, de vader zie ik nooit. Ik wil geen problemen maken, maar misschien kan iemand van het {{o:CJG}} of van jullie eens langsgaan. Ik woon er zelf schuin tegenover.
""")

T("""
Bon tardi [[p:Gregory]], ami ta [[p:Jurensly]]. mi no por bin [[d:dinsdag 26 maart]], mi tin trabou bij de {{o:Lidl}}. kan donderdag? danki ✌️
""")

T("""
Beste [[p:Sanne]] en [[p:Koen]],

Naar aanleiding van het overleg bij mijn moeder thuis zet ik de afspraken even op een rij, dan weten we allemaal waar we staan:
1. Mama ([[p:Marianne Hoogendoorn]], [[d:14-9-1939]]) krijgt nu 3x per week hulp van {{o:Saffier}}.
2. De {{r:ergotherapeut}}, [[p:Lieke]], komt op [[d:vrijdag 22 maart]] kijken naar de douche.
3. Mijn broer [[p:Gijs]] regelt de financiën; hij heeft een volmacht. Zijn e-mail is [[e:gijs.hoogendoorn@xs4all.nl]].
4. Ik ben zelf het eerste aanspreekpunt: [[t:06-15 90 27 44]].
5. Het {{o:Wmo}}-dossier heeft nummer [[z:WMO/2024/01187]].
Wat we nog missen is een antwoord op de vraag of mama in aanmerking komt voor een indicatie voor de {{o:Wlz}}. Graag hoor ik van jullie.

Hartelijke groet,
[[p:Femke Hoogendoorn]]
""")

T("""
mevrouw [[p:Hoop]] van nummer 3 ligt op de grond, ambulance is er. ik ga mee. [[p:Ahmet]]
""")

T("""
您好 (sorry verkeerd toetsenbord 😅) Hallo [[p:Mirjam]], ik ben [[p:Li Na]], de dochter van meneer [[p:Chen]]. Mijn vader heeft het restaurant op de [[a:Wagenstraat 103]] in januari gesloten en nu heeft hij geen inkomen. Hij is 63. Hij schaamt zich om hulp te vragen bij {{o:SZW}}. Kan ik met hem meekomen naar het spreekuur in {{w:Centrum}}? Zijn geboortedatum is [[d:8-8-1960]] als u dat nodig hebt.
Dank u wel, [[p:Li Na Chen]]
""")

T("""
Buna ziua. [[p:Ionuț Popescu]] aici. Wij zijn [[d:27 februari]] uit huis gezet van de [[a:Loosduinsekade 45-II]]. nu slapen in auto met vrouw [[p:Andreea]] en baby. {{o:Leger des Heils}} zegt vol. please help, niet politie. telefon [[t:+40 723 118 406]]
""")

T("""
Met oma van [[p:Dewi]] en [[p:Raj]]. De {{r:jeugdbeschermer}} van {{o:Jeugdbescherming west}} heeft gebeld. Ik moet [[d:2-4]] om 14u komen. Kunt u mee? [[p:Kamla Ramsaran]]
""")
T("""
Aanvraag mantelzorgwaardering 2024
Naam mantelzorger: [[p:Gülay Aksoy]]
Adres: [[a:Zuiderparklaan 212]]
Postcode: [[pc:2574 HN]]
IBAN: [[i:NL95 KNAB 5536 3671 88]]
E-mail: [[e:gulay.aksoy@live.nl]]
Naam zorgvrager: [[p:Necla Aksoy]] (moeder)
BSN zorgvrager: [[b:182345282]]
Soort zorg: boodschappen, medicijnen, ziekenhuisbezoek, administratie, tolken bij de {{r:huisarts}}
Hoeveel uur per week: ongeveer 20
Opmerking: Mijn moeder woont bij ons in huis sinds ze uit het revalidatiecentrum kwam. Ik werk zelf 24 uur bij de {{o:Gemeente Den Haag}}, het is zwaar maar het lukt.
""")

T("""
goedenavond sorry dat ik zo laat stuur. ik ben [[p:Sharon]] en ik woon naast meneer [[p:Groen]] op de Withuysstraat. hij is sinds de dood van zijn vrouw echt ingestort, hij loopt al weken in de zelfde kleren en ik ruik dat hij zichzelf niet meer wast. vandaag stond de {{o:politie}} bij hem want hij had de brandweer gebelt voor niks. ik breng soms een bordje eten maar ik heb zelf 2 kleine en werk bij de {{o:Albert Heijn}}. hij heeft een dochter [[p:Miranda]] maar die woont in Spijkenisse en komt nooit. zijn adres is [[a:Withuysstraat 8]] boven. mijn nummer [[t:06 5521 0983]]. wil niet dat hij weet dat ik het gemeld heb
""")

T("""
Geachte mevrouw [[p:Jansen]],

Ik ben [[p:Zahra Rahimi]]. Ik heb een gesprek gehad met u op [[d:14/02]]. Uw collega meneer [[p:Koster]] heeft gezegd dat ik een brief moet krijgen van de {{r:psycholoog}} voor urgentie. Ik heb de brief van {{o:i-psy}} nu. Mijn dossiernummer bij de gemeente is [[z:2024-UV-03318]]. Ik woon met mijn man [[p:Jawad]] en 4 kinderen in een benedenwoning in {{w:Laakkwartier}} met veel schimmel, [[a:Van Arembergelaan 71]]. Mijn dochter [[p:Mahsa]] heeft astma en is vaak ziek. Ik hoop dat u kan helpen.

Met vriendelijke groet,
[[p:Zahra Rahimi]]
Tel. [[t:0644 09 81 72]]
""")

T("""
Afspraak [[d:ma 8/4]] 11:00 bevestigd? Gr. [[p:A. Lopes]]
""")

T("""
[Doorgestuurd]
"Hoi [[p:Yvonne]], kun je aan je collega's van het wijkteam vragen of er iemand naar [[p:Jopie]] kan? Ze zit weer zonder stroom, {{o:Eneco}} heeft afgesloten en ze heeft alleen een kaarsje aan. Ze woont [[a:Kleine Boomgaard 17]], achter de {{o:Jumbo}}. Ik ben er vanavond om 7 uur met soep. Kus [[p:Marja]]"

Hoi, dit kreeg ik van een vriendin uit de kerk. Ik weet niet of jullie dit zo oppakken? [[p:Yvonne]] ({{r:vrijwilliger}} {{o:Stek}})
""")

T("""
Hallo ik ben [[p:Ellen]] de moeder van [[p:Bas]] ([[p:Sebastiaan de Hoop]]), hij is 24 en heeft een licht verstandelijke beperking. hij woont sinds een jaar op zichzelf in een studio aan de [[a:Vaillantlaan 598]] via {{o:MEE}}, de {{r:MEE-consulent}} [[p:Ahmed]] deed het goed maar is weg en nu heeft hij niemand meer. [[p:Bas]] heeft een vriendin gekregen via internet, [[p:Chantal]] of zo, en sindsdien is zijn geld steeds op. Hij heeft een lening afgesloten bij {{o:Klarna}} en nog iets, ik kom er niet achter. Ik heb zijn bankapp gezien, er gaan elke week bedragen naar [[i:NL64BUNQ4905762661]], dat is niet zijn rekening. Ik ben bang dat hij wordt misbruikt. Ik heb hem gezegd dat hij naar jullie moet maar hij zegt dat alles goed gaat. Kan iemand met hem praten zonder dat hij denkt dat ik hem verraad? Mijn nummer [[t:06-14 55 02 81]], [[p:Bas]] zijn nummer [[t:06-39 02 11 67]].
[[p:Ellen de Hoop]]
""")

T("""
[[p:Fatma Çelik]]: ja hier is het [[b:734794186]]
[[p:Fatma Çelik]]: en van mijn man [[b:389382516]]
[[p:Fatma Çelik]]: zijn naam [[p:Orhan Çelik]] geboren [[d:5.6.1970]]
[[p:Fatma Çelik]]: is goed zo??
""")

T("""
Geacht team,

Als voorzitter van de bewonerscommissie van het complex aan de Hanenburglaan in {{w:Bouwlust}} schrijf ik u over meneer [[p:Storm]], die op de tweede verdieping woont. Sinds [[d:16 januari]] hebben wij drie keer de brandweer gehad vanwege rookontwikkeling in zijn woning. Hij zet een pan op het vuur en vergeet het. Zijn dochter, mevrouw [[p:Lenie Winter-Storm]], is op de hoogte maar woont in Australië. {{o:Haag Wonen}} verwijst naar de {{o:GGD}}, de GGD naar de {{r:huisarts}}, de huisarts naar u. Ik hoop dat u deze cirkel kunt doorbreken voordat er echt brand uitbreekt. Ik ben bereikbaar op [[t:070-3681122]] of [[e:bewonerscommissie.hanenburg@gmail.com]].

Hoogachtend,
drs. [[p:A.C. Verbeek]]
""")

T("""
Sta voor de deur bij [[p:Jet]] op de [[a:Amalia van Solmsstraat 12]] maar ze doet niet open en neemt ook niet op. Wat moet ik doen? [[p:Rob]] (buurman)
""")

T("""
Naam: [[p:Ali Al-Saadi]]
adres: [[a:cartesiusstraat 144]] [[pc:2562sk]]
Bericht: Ik heb een brief gehad dat mijn bijstand wordt gestopt omdat ik niet op afspraak ben geweest bij het {{o:Werkplein}}. Maar ik lag in het {{o:Haaglanden MC}} van [[d:5 februari]] tot [[d:9 februari]], operatie aan galblaas. Ik heb bewijs van ziekenhuis. Klantnummer [[z:SZW-554012]]. Nu heb ik geen geld voor huur van maart. Tel [[t:0687 20 44 19]].
""")

T("""
Odi [[p:Romano]],

Mi na [[p:Gracia]], de dochter van [[p:Errol Vyent]]. Mijn pa heeft een afspraak met de {{r:Wmo-consulent}} op [[d:dinsdag 2 april]] om 13.30 voor een traplift. Hij is vergeten wie er komt. Kan je me de naam sturen? Hij laat niemand binnen die hij niet kent, zeker niet na die nepmonteur van vorig jaar. Adres nog steeds [[a:Heliotroopstraat 2-A]].

Grantangi,
[[p:Gracia]]
""")

T("""
[[p:Hatice]] hier, brief gekregen van {{o:Toeslagen}}, ik kom morgen langs
""")

T("""
Dear [[p:Marieke]],

I am [[p:Dorota Zielińska]], mother of [[p:Kacper]] (6). We live in {{w:Laak}}. My husband [[p:Marek]] went back to Poland in January and he doesnt send money. I have only the kindgebonden budget and my part time job. Can he pay alimentacja from Poland? His polish bank account: [[i:PL20 9700 9303 4748 8045 3721 2437]]. His address in Poland is [[a:ul. Słowackiego 12]], Lublin. The {{r:juf}} of [[p:Kacper]] says he is very sad lately.
My phone [[t:06 1294 7730]].
[[p:Dorota]]
""")

T("""
Mijn opa vraagt of [[p:Abdelkader]] nog komt voor de formulieren. [[p:Abdelkader]] is toch die van {{o:Xtra}}? opa wacht al sinds 9 uur 😂
""")

T("""
Naam: [[p:Sandra Hoek]]
Adres: [[a:Laan van Hoornwijck 77]]
Postcode: [[pc:2497 AP]]
Wijk: {{w:Ypenburg}}
E-mail: [[e:sandrahoek@ziggo.nl]]
Uw vraag: Ik zoek hulp voor mijn zoon [[p:Levi]] (19) die sinds de middelbare school thuis zit en gamet. Hij komt zijn kamer bijna niet uit. Hij heeft geen inkomen en geen zorgverzekering meer sinds hij 18 werd (wij wisten niet dat dat moest) en {{o:CZ}} heeft hem bij het {{o:CAK}} aangemeld als wanbetaler, kenmerk [[z:55-2210-8841]]. Mijn man en ik zijn gescheiden en hij wil er niet aan meebetalen. Kunnen jullie helpen?
""")

T("""
Hi its [[p:Grace]] from [[a:Schenkkade 50]], the heater still broken, its cold for baby. please tell [[p:Tim]] to call me
""")

T("""
Beste [[p:Nienke]],

Ik mail je namens mijn zus [[p:Joyce]], zij durft zelf niet te mailen omdat haar vriend [[p:Remco]] haar telefoon controleert. Ze heeft mij gevraagd dit door te geven. Zij wil weg maar weet niet waar naartoe met de kinderen ([[p:Luna]] 5 en [[p:Finn]] 8). Op [[d:zaterdag 16 maart]] is het weer uit de hand gelopen, ze had een blauw oog. Ze heeft aangifte gedaan, het nummer is [[z:PL1500-2024087331]]. Ze kan bij mij terecht maar ik woon klein in {{w:Leidschenveen}}. Kan er een plek komen in de opvang? Neem alsjeblieft contact op via mij, niet via haar.

[[p:Kirsten]] [[t:06 3017 4489]]
""")

T("""
beste mevrou [[p:van der Zwan]] ik schrijf u voor mijn man [[p:klaas]] hij wil niet naar de dokter maar zijn benen zijn helemaal dik en paars. hij zegt dat het van het staan komt. hij is 71 en heeft 40 jaar op zee gezeten. ik krijg hem niet mee. kan er iemand langs komen hij luistert wel naar een vreemde. wij wonen [[a:Westduinweg 190]] in {{w:Duindorp}}. groeten [[p:Marretje Taal]] tel [[t:3548812]]
""")

T("""
selam [[p:Hanna]] ik heb de papieren van {{o:IND}} gevonden. v-nummer [[z:2901337465]]. mijn vrouw [[p:Mebrat]] haar v-nummer [[z:2901337466]]. wij komen [[d:donderdag 11 april]]. [[p:Mehari]]
""")

T("""
heey ik ben [[p:Noor]] (16) mijn moeder zei dat ik jullie moest appen. de mevrouw naast ons, mevr [[p:Kowalczyk]], huilt heel vaak op de galerij en zegt dat ze geen eten heeft. ze spreekt pools en een beetje engels. ik heb vandaag brood gebracht. wij wonen op [[a:Jan Luykenlaan 302]] en zij woont naast ons. kunnen jullie iets doen? x
""")

T("""
Goedemorgen,

Ik ben [[p:Gerard Lopes]]. Mijn {{r:bewindvoerder}} heeft deze week mijn leefgeld niet overgemaakt, ik heb nog 3 euro. Mijn rekening: [[i:NL76RBRB3441184536]]. Kunt u hen bellen? Ik heb geen beltegoed meer. Mijn klantnummer bij de bewindvoerder is [[z:BB-10472]].

Verzonden vanaf mijn iPhone
""")

T("""
Naam melder: [[p:Annemarie Kloosterman]]
Relatie: buurvrouw / vriendin
Naam cliënt: [[p:Selam Tesfamariam]]
Geboortedatum cliënt: [[d:03-09-1999]]
Adres cliënt: [[a:Lorentzplein 11]], [[pc:2584 AA]]
Toelichting: [[p:Selam]] is 6 maanden zwanger, alleen, en heeft een brief gekregen dat zij haar woning moet verlaten omdat het een tijdelijk contract was. Zij heeft geen contact met de vader. Ik help haar met brieven. Zij geeft toestemming dat ik dit meld. Mijn nummer: [[t:06-43 55 18 20]], e-mail [[e:a.kloosterman@hotmail.nl]].
""")

T("""
kun je [[p:jan-willem]] zeggen dat de {{o:Ooievaarspas}} binnen is. dank je wel [[p:ria de graaf]]
""")

T("""
Beste [[p:Michelle]],

Hierbij de lijst met schuldeisers van mijn vader zoals gevraagd:
- {{o:Eneco}}: klantnummer [[z:1300987712]], € 1.240
- {{o:Menzis}}: relatienummer [[z:83910472]], € 890
- {{o:Belastingdienst}}: aanslagnummer [[z:8821.45.330.H.46]], € 2.115
- Deurwaarder {{o:GGN}}: dossier [[z:GGN/1184/22761]], € 640
Zijn BSN is [[b:567483381]]. Vader ([[p:Sewnath Kalpoe]]) geeft toestemming, de getekende verklaring heb ik gescand als bijlage.

Groeten, [[p:Anil Kalpoe]]
""")

T("""
Good afternoon,

I am Pastor [[p:Emmanuel Asante]] of {{o:Christ Apostolic Church}} in {{w:Laak}}. One of our members, sister [[p:Gifty Ofori]], is in a difficult situation. Her husband passed away on [[d:the 2nd of March]] and she is alone with four children. The rent contract was in his name and {{o:Staedion}} says she has to apply again. She is also afraid about her residence permit. She does not read Dutch. Could someone from your team meet her, maybe at our church on a Tuesday? You can call me on [[t:0687 44 21 09]] or email [[e:pastor.asante@cacdenhaag.org]].

God bless you,
Pastor [[p:E. Asante]]
""")

T("""
Dank u wel mevrouw [[p:Bakker]] 🌹🌹🌹 ook namens [[p:Hamid]]
""")

T("""
IYI GUNLER. Ik ben [[p:OSMAN]], vader van [[p:SERKAN]]. Mijn zoon heeft werk verloren bij {{o:PostNL}} en nu zit hij thuis en slaapt de hele dag, doet niks. Hij wil niet naar {{o:UWV}}. Hij is 27. Kan jullie met hem praten? Hij luistert niet naar mij. Wij wonen [[a:Paul Krugerlaan 127]]. [[t:06 12 27 90 45]]
""")

T("""
Ik kreeg deze sms, is dit echt??

"Beste [[p:S. Martina]], uw vordering [[z:IV-77120-K]] staat open. Betaal vandaag € 96,50 via de link anders volgt beslag op uw loon."

Ik ben bang dat het nep is. Ik heb wel een schuld bij {{o:Ziggo}} gehad maar die heeft de {{r:schuldhulpverlener}} geregeld toch? [[p:Sharlene]]
""")

T("""
Hallo dushi's 😘 ik ben [[p:Jenny]] van de [[a:Soendastraat 18]]. tante [[p:Cecilia]] van boven (84 jaar 😳) heeft al 3 dagen haar gordijnen dicht en reageert niet op de bel. Ik heb haar kleinzoon [[p:Jermaine]] geappt maar die zit vast 🙄. Kunnen jullie of de {{r:wijkagent}} gaan kijken?? ik heb geen sleutel
""")

T("""
Onderwerp: Vervuiling woning vader – verzoek om bemoeizorg

Beste heer, mevrouw,

Mijn vader, [[p:Jacobus]] ([[p:Koos]]) [[p:Bloem]], 74 jaar, woont op [[a:Goudsbloemlaan 130]], [[pc:2565 CZ]] in {{w:Segbroek}}. Sinds het overlijden van mijn moeder in 2020 verzamelt hij spullen. Inmiddels is de woning zo vol dat alleen nog een looppad naar de bank en het bed over is. De keuken is onbruikbaar. Ik heb de {{o:GGD}} al gebeld (meldnummer [[z:GGD-MZ-24-0193]]), zij zouden "binnenkort" langsgaan, dat was zes weken geleden. Mijn vader weigert hulp van mij en mijn broer [[p:Ruud]]. Hij is niet dement, maar wel erg eigenwijs en eenzaam. Het enige contact dat hij heeft is met de buurvrouw, mevrouw [[p:Kaya]], die hem soms soep brengt. Ik zou graag willen dat iemand van het wijkteam met hem in gesprek gaat zonder dat het voelt als een inval. Ik ben bereikbaar op [[t:06-20 88 14 75]] en [[e:marjolein.bloem@gmail.com]]. Mijn vader heeft geen e-mail.

Met vriendelijke groet,
[[p:Marjolein Bloem]]
""")
T("""
Hoi [[p:Dewi]], hierbij de ziekenhuisafspraken van mam voor de komende weken, dan kan de {{o:Regiotaxi}} geregeld worden:
[[d:ma 15 april]] 09:40 {{o:Haga}} longarts
[[d:wo 17-04]] 14:00 bloedprikken bij {{o:Saltro}}
[[d:24/4]] 11:15 oogarts in het {{o:Oogziekenhuis Rotterdam}}
[[d:do 2 mei]] fysio (tijd volgt)
Het pasnummer van de Regiotaxi is [[z:RT-0044871]]. Ik kan zelf alleen mee op [[d:24/4]], de rest moet ze alleen of met iemand van de {{o:Vrijwilligerscentrale}}.
Liefs [[p:Wendy]] (dochter van mw. [[p:Schouten]])
""")

T("""
Hey [[p:Büşra]], sorry dat ik je weer stoor. Het gaat echt niet goed met mama. Ze ligt de hele dag in bed, eet niks en zegt dingen als "Allah beni alsın" (laat God me maar halen). Ik weet niet meer wat ik moet doen. De {{r:huisarts}} (dr. [[p:Öztürk]]) heeft antidepressiva voorgeschreven maar ze neemt ze niet. Mijn vader doet alsof er niks aan de hand is. Ik ben 22, ik studeer, ik werk bij de {{o:HEMA}} en ik doe ook nog het hele huishouden. Mijn broertje [[p:Can]] is 12 en merkt alles. Kan er iemand van {{o:Parnassia}} of zo komen? Of moet ik {{o:113}} bellen? Ik ben echt bang 😞. Ons adres is [[a:Hooftskade 95]], [[pc:2526 KP]].
[[p:Zeynep]]
""")

T("""
Goedemorgen. [[p:Van Leeuwen]] hier. De afspraak van [[d:22 april]] gaat niet door, mijn vrouw is opgenomen.
""")

T("""
Hello my name is [[p:Piotr Nowak]], I live next to an old man, mister [[p:Adrianus]] I think, on the first floor of [[a:Zuidwal 74]]. Every morning he is standing outside in pyjama and he ask me where is his wife. Yesterday he was on the street without shoes and it was raining. I dont know what to do. I work early in warehouse of {{o:Bol}} so I am not always home. Maybe he has family but I never see. Sorry my english, my colleague [[p:Bartek]] help me write. My number [[t:+48 512 390 771]] (whatsapp).
""")

T("""
naam: [[p:kees van rijn]]
tel: [[t:06 18822097]]
waarom neemt u contact op: huur schult en stroom word af gesloten [[d:vrijdag 12 april]] wil help
adres: [[a:loosduinse hoofdstraat 280]] [[pc:2552 ae]]
""")

T("""
Hallo [[p:Hester]],

Zoals gevraagd de gegevens van mijn vader voor de DigiD-machtiging:
Naam: [[p:Theodorus Johannes Kuipers]]
Geboren: [[d:30 juni 1944]] te Den Haag
BSN: [[b:379 555 876]]
Adres: [[a:Nieuwe Parklaan 61]], [[pc:2597 LB]]
Mijn eigen gegevens: [[p:Carolien Kuipers]], [[e:c.kuipers@planet.nl]], [[t:06-5144 2007]].

Het lukt hem niet meer om zelf in te loggen bij de {{o:SVB}} en de {{o:Belastingdienst}}, hij raakt steeds in paniek van die codes. Dank je wel voor je hulp!
[[p:Carolien]]
""")

T("""
Bon nochi. mi ta [[p:Giovanni Isenia]], mi a yega hulanda [[d:4 feb]]. ik woon bij mijn tante in {{w:Moerwijk}} maar ik ben niet ingeschreven. de gemeente zegt ik heb een adres nodig. mi tin bsn ya: [[b:617242859]]. kon mi hasi? I want to work, any work. [[t:06 44 83 10 52]]
""")

T("""
Beste [[p:Judith]], in de bijlage de loonstrook van [[p:Reza]]. Het IBAN voor de terugbetaling is [[i:NL38INGB4437302554]]. mvg [[p:Shirin Mohammadi]]
""")

T("""
Dit staat er in de brief van {{o:Staedion}}, wat moet ik doen:

"Aan: mevrouw [[p:N. Abdi]]
[[a:Bazarstraat 48]]
[[pc:2518 AK]] DEN HAAG
Ons kenmerk: [[z:ST/HB/2024/03521]]
Datum: [[d:8 maart 2024]]
Onderwerp: ontbinding huurovereenkomst
Geachte mevrouw [[p:Abdi]], Ondanks herhaalde verzoeken heeft u de huurachterstand van € 2.875,10 niet voldaan..."

Ik ben de buurvrouw, [[p:Ayan]], ik help haar want ze kan niet lezen. Zij heet [[p:Nimco]] en heeft 5 kinderen. Bel mij [[t:06 82 10 77 35]]
""")

T("""
KAN [[p:TRUUS]] MEE MET DE BUS NAAR DE SOOS OP [[d:DINSDAG 9 APRIL]]? ZE HEEFT GEEN GELD VOOR EEN KAARTJE. [[p:DIRK DE GROOT]]
""")

T("""
hallo meneer [[p:Wouter]] ik ben [[p:Lana]] dochter van [[p:Amal Khalil]]. mama vraagt of u de brief van de {{o:SVB}} kan uitleggen. het gaat over kinderbijslag van mijn broer [[p:Yazan]], hij is [[d:12 maart]] 18 geworden. ik vertaal voor haar. zij zegt dank u wel 🌸
""")

T("""
Beste mensen van het sociaal wijkzorgteam {{w:Laak}},

Mijn naam is [[p:Hennie Brouwer]], ik ben 68 en woon al twintig jaar op de [[a:Linnaeusstraat 40]]. Onder mij woont sinds een jaar of drie een jongeman, [[p:Sjoerd]]. In het begin was het een aardige jongen, hij hielp me met boodschappen toen ik mijn heup had gebroken. Maar sinds de zomer is hij veranderd. Hij praat 's nachts hardop tegen iemand die er niet is, hij heeft aluminiumfolie voor zijn ramen geplakt en gisteren zei hij tegen mij dat de buren van de overkant hem vergiftigen. Ik ben niet bang voor hem, maar wel voor wat er kan gebeuren. Zijn moeder komt soms, een mevrouw [[p:Dekker]] uit Voorburg, maar ik heb geen telefoonnummer van haar. Ik heb de {{r:wijkagent}}, [[p:Patrick]], al gesproken en die zei dat ik u moest mailen. Wilt u alstublieft iets doen voordat het escaleert? Ik ben het beste te bereiken op mijn vaste nummer [[t:070 - 394 05 61]].

Met vriendelijke groeten,
[[p:H. Brouwer]]
""")

T("""
met [[p:Anouk]] moeder van [[p:Jesse]], hij is weer weggelopen sinds gisteravond, politie is ingelicht. {{o:Jeugdbescherming}} weet het. [[t:0658120934]]
""")

T("""
-------- Original Message --------
From: [[p:Hassan Jama]] <[[e:hjama1988@yahoo.com]]>
Sent: [[d:Monday, March 25, 2024]] 7:52 PM
To: [[p:Aisha Warsame]] <[[e:aisha.warsame@gmail.com]]>
Subject: help

[[p:Aisha]] can you send this to the wijkteam lady, my phone is cut off. I got a letter that my uitkering stops on [[d:1 april]] because I was in Somalia for 5 weeks. My mother was dying. I have the death certificate. Klantnummer [[z:SZW-613307]]. Please.
[[p:Hassan]]

----
Hoi [[p:Fenna]], zie hierboven, van mijn neef. Kun je hem helpen? [[p:Aisha]]
""")

T("""
heb je mijn bericht gekregen over [[p:Priscilla]]? ze zit weer in de {{o:Brijder}}. [[p:Marvin]]
""")

T("""
Naam: [[p:Liesbeth Sterk]]
Telefoon: [[t:0031 6 2970 1188]]
E-mail: [[e:liesbeth_sterk@hotmail.com]]
Onderwerp: partner met NAH
Bericht: Mijn partner [[p:Hugo]] heeft in 2022 een herseninfarct gehad. Hij lijkt van buiten weer de oude, maar hij vergeet afspraken, wordt snel boos en kan geen geld meer beheren. Hij is zijn baan kwijt. Ik werk fulltime en zorg daarnaast voor hem en onze dochter [[p:Isa]]. Ik loop op mijn tandvlees. Ik heb gehoord van een {{r:cliëntondersteuner}} van {{o:MEE}}. Kan ik via jullie worden aangemeld? We wonen in {{w:Wateringse Veld}}, [[a:Dijkgraafstraat 31]], [[pc:2548 TM]].
""")

T("""
Goedemorgen ... met [[p:Corrie Lagendijk]] ... de mevrouw van de {{o:Wmo}} zou bellen over mijn rolstoel ... maar ik heb niks gehoord ... is het nou [[d:18 april]] of [[d:25 april]] ... ik weet het niet meer ... mijn zoon [[p:Peter]] zegt bellen maar ik hoor zo slecht ... groetjes ...
""")

T("""
Goedemiddag [[p:Marieke]], de rekening voor de vergoeding van de fiets is [[i:NL68 RABO 7860 5201 25]] op naam van [[p:Rahwa Habte]]. Dank jullie. Mijn dochter [[p:Eden]] kan nu naar school fietsen 🚲❤️
""")

T("""
ONACCEPTABEL

Mijn moeder [[p:Johanna Vermeer]] ([[d:27-11-1936]]) wacht nu ZEVEN WEKEN op een beslissing over de huishoudelijke hulp, aanvraagnummer [[z:2024-HH-00712]]. Ze is 87!!! Ik heb drie keer gebeld met het {{o:Wmo-loket}} en steeds een ander verhaal gekregen. Mevrouw [[p:Bos]] van jullie team heeft beloofd dat het voor [[d:1 maart]] rond zou zijn. Ik wil vandaag een reactie.
[[p:R. Vermeer]], [[t:06-10 22 38 47]]
""")

T("""
Bom dia, ik ben [[p:Leila Tavares]], kleindochter van [[p:Manuel Tavares]]. Vovô is gevallen in de douche en heeft nu een blauwe heup. Kan er een beugel komen, of een douchestoel? Hij wil niet naar een verpleeghuis. Zijn adres: [[a:Zonnebloemstraat 207]]. Obrigada!
""")

T("""
hoi [[p:sander]]
ben het [[p:kevin]]
mn geld is op
mag ik 20 euro
van jou
[[p:roy]] zegt je moet
""")

T("""
Name: [[p:Elena Dimitrova]]
Phone: [[t:06 34 09 22 81]]
Address: [[a:Vaillantlaan 44 B]], [[pc:2526 HB]]
Message: Hello. My mother [[p:Radka]] is very sick (cancer) and we have no insurance. We are here 2 years, my father works in the greenhouse. Hospital {{o:HMC}} send bill 6.800 euro, number [[z:HMC-INV-2024-118830]]. We cannot pay. My brother [[p:Georgi]] speaks good Dutch, he can come with us. Please help. Thank you.
""")

T("""
Lieve [[p:Saskia]], [[p:Mo]] en [[p:Ilona]],

Vandaag is het precies een jaar geleden dat jullie voor het eerst bij mij aan de deur stonden ([[d:3 april 2023]], ik weet het nog goed). Ik was toen aan het einde van mijn latijn. Nu heb ik een schuldhulptraject bij de {{o:Kredietbank}}, mijn huis is schoon en ik ga 2 ochtenden per week naar {{o:De Mussen}}. Mijn dochter [[p:Romy]] komt weer op bezoek. Dank jullie wel voor alles. Ik heb een taart gebakken, kom je hem halen? 🎂

[[p:Tanja]]
""")

T("""
Mijn vader dhr. [[p:Boukhari]] is vandaag ontslagen uit het {{o:Bronovo}}. Kan de {{r:wijkverpleegkundige}} vanavond komen voor de spuit? [[p:Yassine]] [[t:0616 22 78 04]]
""")

T("""
Goedendag, ik woon in {{w:Morgenstond}}. Mijn buurvrouw [[p:Stella]] (Ghanees, rond de 50) is sinds vorige week haar baan kwijt bij de schoonmaak en heeft me gevraagd om hulp bij het aanvragen van een uitkering. Ik weet niet hoe dat moet. Zij woont op [[a:Melis Blecklaan 5]], [[pc:2541 XK]], ik woon naast haar. Mijn naam is [[p:Ruben Hagen]] en mijn nummer [[t:06 3301 2254]]. Zij heeft geen mail, ik wel: [[e:rubenhagen@protonmail.com]].
""")

T("""
Hallo [[p:Saskia]] ik ben [[p:Tesfay]] weer. afspraak [[d:12.4.24]] is goed. ik neem papier van werk mee. [[p:Senait]] komt ook met baby.
""")

T("""
Hi there,

Apologies for writing in English, my Dutch is still basic. My wife [[p:Priya]] gave birth to our son [[p:Arjun]] on [[d:February 3rd]]. Since then she has been struggling a lot: crying, not sleeping even when the baby sleeps, and last night she said she doesn't want to be here anymore. Our {{r:kraamverzorgster}} has left and the {{o:consultatiebureau}} told us to contact our GP, who referred us to you?? We are a bit lost in the system. We live at [[a:Frederik Hendriklaan 233]] in the {{w:Statenkwartier}}. I'm working from home this week. Please call me at [[t:+31 6 4812 7700]].

Thanks,
[[p:Rahul Mehta]]
""")

T("""
[[p:Wil]] hier van de 3e, [[a:Moerweg 512]]. De lift is weer kapot en [[p:Nel]] kan niet naar beneden met haar rollator. Al 4 dagen. {{o:Vestia}} reageert niet. [[t:06-22330915]]
""")

T("""
[[p:Reshma]]: hoi [[p:Joyce]] hier de gegevens
[[p:Reshma]]: [[p:Aryan]] [[d:11-06-2014]]
[[p:Kiran]] [[d:02-12-2016]]
[[p:Shanti]] [[d:27-03-2020]]
en ik [[d:19-8-1990]]
[[p:Reshma]]: adres is nu [[a:Lijnbaan 168]] 2 hoog
""")

T("""
Geachte heer [[p:Pinas]],

Hierbij deel ik u mede dat ik op [[d:15 mei]] a.s. in het {{o:Haga}} geopereerd word aan mijn knie. Ik verzoek u de huishoudelijke hulp tijdelijk uit te breiden. Mijn echtgenote is zelf slecht ter been en kan het huishouden niet overnemen.

Hoogachtend,
[[p:J.C.M. van Houten]]
[[a:Van Alkemadelaan 412]]
[[pc:2597 AN]] 's-Gravenhage
""")
T("""
Formulier: Vraag over privacy
Naam: [[p:Mustafa Bayrak]]
Geboortedatum: [[d:02-02-1968]]
E-mail: [[e:m.bayrak68@gmail.com]]
Vraag: Ik heb gehoord dat het wijkteam verhalen over cliënten deelt op een website. Ik wil weten of mijn verhaal ertussen staat en ik wil dat het verwijderd wordt. Ik ben in 2022 geholpen door het team in {{w:Transvaal}} met mijn schulden en mijn dossiernummer was [[z:SWT-TV-2022-0417]]. Ik heb nooit toestemming gegeven voor een website. Mijn BSN is [[b:363584481]] als u dat nodig heeft om te zoeken. Ik verwacht binnen een maand antwoord zoals de wet zegt.
""")

T("""
Toestemmingsverklaring (overgetypt, origineel getekend meegegeven aan [[p:Mirjam]])

Ondergetekende: [[p:Hendrika]] ([[p:Riek]]) [[p:Zoetemelk]]
Geboortedatum: [[d:9 november 1951]]
Adres: [[a:Escamplaan 1121]], [[pc:2547 EP]] Den Haag
geeft toestemming aan het sociaal wijkzorgteam {{w:Escamp}} om informatie te delen met: de {{r:huisarts}} (dr. [[p:Tjon A Fat]]), {{o:Florence}} en de {{r:casemanager dementie}}.
Gemachtigde: [[p:Bert Zoetemelk]] (zoon), [[t:06-26 61 04 93]]
Datum: [[d:21-3-2024]]    Handtekening: (getekend)
""")

T("""
goeiemorgen [[p:ilona]] met [[p:priscilla]] weer. ik heb de brief gekregen van de {{o:sociale dienst}} dat ik teveel heb gekregen omdat [[p:dave]] bij mij stond ingeschreven maar dat is niet zo hij sliep hier alleen soms als hij ruzie had met zijn moeder. nu moet ik 3800 euro terug betalen. ik heb 2 kinderen en werk 12 uur bij de {{o:Kruidvat}}. ik heb al een bewindvoerder aangevraagt maar dat duurt 8 weken. de brief is van [[d:2 april]] en ik moet binnen 6 weken bezwaar maken zegt mijn zus. kan jij me daarmee helpen of moet ik naar het {{o:Juridisch Loket}}? mijn klantnummer staat erop [[z:SZW-298114]]. ik ben er vanaf 13:00 weer. xx
""")

T("""
Geachte mevrouw [[p:van Dijk]],

Hierbij stuur ik u de gevraagde documenten voor de aanvraag van de {{o:Ooievaarspas}} en de kindregeling:
- kopie paspoort van mij ([[p:Bashar Alhussein]]) en mijn vrouw ([[p:Nour Alkhatib]])
- inkomensgegevens van maart
- bankafschrift van rekening [[i:NL93 SNSB 4526 0470 99]]
Onze kinderen zijn [[p:Tala]] (10), [[p:Jad]] (7) en [[p:Sami]] (3). Wij wonen sinds [[d:1 oktober 2023]] op de [[a:Boekhorststraat 116]], [[pc:2512 CR]].

Met vriendelijke groet,
[[p:Bashar Alhussein]]
[[t:0649 91 02 38]]
""")

T("""
nieuwe adres [[a:Schalk Burgerstraat 9]] [[pc:2572TA]]. [[p:Rocky]]
""")

T("""
Hallo, ik ben [[p:Serpil]] en ik woon tegenover oma [[p:Riet]] in {{w:Bouwlust}}. Ze is een lieve vrouw maar de laatste tijd vergeet ze heel veel. Gisteren heeft ze een man binnengelaten die zei dat hij van {{o:Eneco}} was en hij heeft 200 euro meegenomen uit haar portemonnee. Ik heb met haar aangifte gedaan, nummer [[z:2024045512]]. Ze heeft geen kinderen, alleen een nicht in Limburg. Wie kan haar helpen met dit soort dingen? Ze woont op [[a:Melis Stokelaan 1403]]. Ik ben bereikbaar op [[t:06-36 60 18 24]]. Groetjes [[p:Serpil]]
""")

T("""
Beste [[p:Jorien]],

Mijn moeder [[p:Mei Zhang]] heeft in mei een afspraak bij de {{r:geriater}}, maar de datum weten we nog niet. Kan de {{r:tolk}} Mandarijn dan mee? [[p:Mei]] spreekt alleen Mandarijn en een beetje Kantonees, en mijn vader is vorig jaar overleden. Ik werk zelf in Amsterdam en kan niet elke keer vrij nemen.

Groet,
[[p:Jun Zhang]] ([[e:jun.zhang.nl@gmail.com]])
""")

T("""
Kan meneer [[p:de Jong]] morgen bellen na 3 uur? Op [[t:0703601122]]. Groet [[p:Bea]]
""")

T("""
Naam: [[p:Angela Rozendaal]]
Adres: [[a:Burgemeester Patijnlaan 1062]], [[pc:2585 CH]]
Telefoon: [[t:06 - 48 27 10 66]]
Bericht: Mijn zoon [[p:Thijs]] wordt op [[d:30 april]] 18 en dan stopt de jeugdhulp van {{o:Ipse de Bruggen}}. Hij heeft autisme en een IQ van rond de 70. Zijn {{r:jeugdconsulent}}, [[p:Rianne]], zegt dat de {{o:Wmo}} het moet overnemen maar niemand weet hoe. Hij heeft ook een bewindvoerder nodig en misschien een Wajong. Ik ben alleenstaand en werk als {{r:verpleegkundige}} in nachtdiensten. Ik wil niet dat hij tussen wal en schip valt.
""")

T("""
BON DIA MENEER [[p:RICHARD]]. MI TA [[p:SHIRLEY ROSALIA]]. MI NIETA [[p:JURIËNNE]] IS SINDS [[d:ZONDAG 7 APRIL]] NIET THUIS GEKOMEN. ZE IS 15. POLITIE SEG MI MOET WACHTEN. MI TA HOPI PREOKUPÁ. [[t:06 21 90 38 44]]
""")

T("""
beste [[p:mark]]
hier is mijn bsn [[b:5549 49 489]] en de rekening waar de huurtoeslag op moet [[i:nl31asnb3538742964]] want de oude rekening is dicht door de schulden.
groeten [[p:patrick de bruin]]
""")

T("""
Hoi, ik ben [[p:Jannie Vrolijk]], ik woon al me hele leven in {{w:Scheveningen}}-dorp. Ik maak me zorgen om [[p:Aad]], de zoon van wijlen [[p:Maartje Pronk]]. Sinds zijn moeder dood is ([[d:11 januari]]) zit hij alleen in dat huis op de [[a:Keizerstraat 230]] en drinkt hij. Hij heeft zijn baantje bij de visafslag verloren. De huur staat op naam van zijn moeder en {{o:Staedion}} zegt dat hij eruit moet. Hij is 46 maar eigenlijk nog een kind, hij heeft nooit alleen gewoond. Ik wil niet dat hij op straat komt. Kunnen jullie eens bij hem aanbellen? Zeg maar niet dat ik het ben. Mijn nummer is [[t:070 - 354 22 19]].
""")

T("""
Asc. [[p:Hodan]] ik kan [[d:woensdag 17 april]] niet, dokter. [[p:Faadumo]]
""")

T("""
Beste [[p:Laura]],

Dank voor je telefoontje. Hierbij het telefoonnummer van mijn broer [[p:Frank]]: [[t:06 4437 1208]]. Hij is de enige die pa kan overtuigen om de traplift te accepteren. Ik ben morgen de hele dag op school, na 15.30 bereikbaar.

Groet,
[[p:Annemieke Sluiter]]
{{r:Leerkracht}} groep 6 | {{o:Basisschool De Regenboog}} | [[e:a.sluiter@deregenboog-denhaag.nl]]
Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan.
""")

T("""
Yes thank you [[p:Ruth]] 🙏🏾
""")

T("""
Naam: [[p:Abdullah Mohammed Ahmed Al-Zubaidi]]
Geboortedatum: [[d:01-07-1961]]
Adres: [[a:Hoefkade 1187]], [[pc:2526 AA]]
Bericht: ik ben 63 jaar en heb hart probleem. ik kan niet trap lopen. ik woon 3e verdieping. huisarts dr. [[p:Smits]] zegt ik moet andere woning maar {{o:Haag Wonen}} zegt nee. kan iemand helpen met brief. mijn zoon [[p:Mahmoud]] woont in Duitsland. dank u
""")

T("""
Hoi [[p:Nina]] even snel via spraak dus sorry voor de fouten. Mama heeft vandaag weer de hele dag niet gegeten zegt de thuiszorg van {{o:Buurtzorg}}. Ze heeft het over opa [[p:Cor]] alsof hij nog leeft. Ik ben zelf op kantoor in Amsterdam tot een uur of zes. Kan de {{r:casemanager}} vandaag nog bellen naar het nummer van mijn man [[p:Arjen]]: [[t:06 29 30 41 18]]. Dank je wel!! 🙏
""")

T("""
Fw:
"Hello [[p:Efua]], this is uncle [[p:Kofi]], your mother is asking if the Dutch people will still bring the food. Call me on [[t:+233 24 481 2290]]"

Dit kreeg ik van mijn oom uit Ghana. Mijn moeder ([[p:Comfort Asamoah]]) belt hem blijkbaar als ze honger heeft?! Ze woont op [[a:Zuidlarenstraat 92]] in {{w:Moerwijk}}. Is de maaltijdservice van {{o:Tafeltje Dekje}} gestopt? Ik hoor graag van jullie.
[[p:Efua]]
""")

T("""
Uit de app van het ziekenhuis (MijnHMC), overgetypt:
Patiënt: [[p:Ramón Koeiman]]
Patiëntnummer: [[z:HMC 8831274]]
Geb.datum: [[d:17-04-1958]]
Afspraak: [[d:dinsdag 23 april 2024]], 10:20 uur, polikliniek Neurologie

Hij wil niet gaan, hij zegt dat de dokters hem toch niet geloven. Kunnen jullie hem overhalen? Ik ben [[p:Jurgen]], zijn zoon. [[t:06 51 20 87 43]]
""")

T("""
Hoi [[p:Sophie]], de gift van het {{o:Fonds 1818}} voor de wasmachine mag op [[i:NL06TRIO4867213550]], dat is de rekening van mijn moeder [[p:Rashida Amrani]] want ik heb geen eigen rekening meer sinds de beslaglegging. Zij weet ervan. Dank je wel voor het regelen 🙏
[[p:Samir]]
""")

T("""
ik kan op [[d:ma 22/4]], [[d:di 23/4]] niet, [[d:do 25-4]] alleen smiddags, en [[d:2 mei]] is goed. [[d:vrijdag 26 april]] ben ik bij mijn moeder in Leiden. [[p:Ricky]]
""")

T("""
Onderwerp: RE: RE: Zaak [[z:2024-03317]] - [[p:Mendes]]

Hallo [[p:Kees]],

Dank je. Ik heb de formulieren ingevuld maar de {{o:SVB}} vraagt een bewijs van uitschrijving uit Portugal. Dat heb ik niet. Mijn moeder [[p:Rosa Mendes]] woonde daar tot [[d:15 augustus 2021]] en toen is ze bij ons komen wonen. Het gemeentehuis in Porto antwoordt niet op mijn mails. Wat nu?

[[p:Paulo Mendes]]
""")

T("""
merhaba. ben [[p:Aysel]], bulgaristan. ik woon [[a:Wolmaransstraat 233]] met kinderen 4. geen warm water 2 weken. {{o:Haag Wonen}} niet komen. help pls. [[t:+359 87 661 2093]]
""")

T("""
Beste [[p:Ingrid]] en [[p:Youssef]],

Op [[d:woensdag 10 april]] is onze moeder, [[p:Gré van Dam]], rustig ingeslapen in {{o:Hospice Rozenheuvel}}. Ik wil jullie bedanken voor alles wat jullie het afgelopen jaar hebben gedaan. Zonder de {{r:wijkverpleegkundige}} en jullie {{r:ouderenconsulent}} had ze nooit zo lang thuis kunnen blijven in {{w:Rustenburg}}. De crematie is op [[d:dinsdag 16 april]] om 14.00 uur in {{o:Ockenburgh}}. Jullie zijn van harte welkom.
De sleutels van de woning aan de [[a:Oudemansstraat 310]] lever ik volgende week in bij {{o:Staedion}}. Kunnen jullie de rollator en het hoog-laagbed laten ophalen? Het hulpmiddelennummer is [[z:HM-449102]].

Met een dankbaar hart,
[[p:Monique van Dam]]
""")

T("""
meneer [[p:Ramkisoen]] van 2 hoog op de [[a:Jan Hendrikstraat 14]] heeft weer geen eten in huis, ik heb boodschappen gedaan, bonnetje heb ik. [[p:Gonny]]
""")

T("""
Dear Mr. [[p:Bouzidi]],

I'm a friend of [[p:Nadia Hussein]], whom you met on [[d:April 4]]. She asked me to forward the documents you requested: her rental contract, her last three payslips, and her bank details ([[i:NL48 KNAB 4500 3011 40]]). She's very grateful for your help. She mentioned her BSN is on the contract, but in case it's not readable: [[b:520972922]]. Please reply to me at [[e:sophie.martens@icloud.com]] as she doesn't check her email.

Kind regards,
[[p:Sophie Martens]]
""")

T("""
mw [[p:lambrechts]] hier graag terugbellen [[t:0611948023]]!!!!
""")

T("""
wollah [[p:Sophie]] ik heb die brief echt niet gehad, die {{o:DUO}} stuurt alles naar mijn ouwe adres op de [[a:Hobbemastraat 12]]. ik woon nu bij mijn chick in {{w:Ypenburg}}. kan jij ff bellen met ze of moet ik dat zelf doen? mijn DUO nummer is [[z:DUO-4471-2291]] of zoiets. [[p:Mounir]]
""")

T("""
Naam: [[p:Habiba Noori]]
Telefoonnummer: [[t:0634 10 77 85]] (dochter [[p:Parwana]])
Adres: [[a:Laakweg 18-2]], [[pc:2521 AV]]
Vraag: Mijn moeder is weduwe en woont sinds 2017 in Nederland. Zij heeft een AOW-gat omdat ze niet altijd hier heeft gewoond. De {{o:SVB}} zegt dat ze aanvullende bijstand moet aanvragen bij de gemeente. Zij heeft op [[d:16-04-2024]] een afspraak maar ze spreekt alleen Dari. Kan er een {{r:tolk}} bij zijn? Ik kan zelf niet mee want ik heb tentamens.
""")
T("""
Dzień dobry / Goedendag,

My name is [[p:Magdalena Wójcik]], I live in {{w:Escamp}}, [[a:Leyweg 904]]. I write because I am afraid. My husband [[p:Grzegorz]] is drinking every weekend and when he drinks he is very aggressive. Last Saturday ([[d:13 april]]) he broke the door and my daughter [[p:Ola]] (11) called the police. Police said I must call {{o:Veilig Thuis}}, I did, they gave me number [[z:VT-2024-1883]] and said someone will call, but nobody called. I work in cleaning at a hotel in Scheveningen, my boss knows nothing. I have my own bank account now: [[i:NL14INGB2021324859]], my friend [[p:Kasia]] helped me open it. I want to know my rights: can I stay in the house? The contract is on both names. Please write to this email, not to the letter box: [[e:magda.w.1985@gmail.com]]. Thank you.
[[p:Magdalena]]
""")

T("""
dank je [[p:Lotte]], [[p:Houda]] zegt ook dank je. tot [[d:donderdag 18 april]] 😊 [[p:Saida]]
""")

T("""
Goedemorgen [[p:Saskia]]. ik ben [[p:Senait]], vrouw van [[p:Tesfay]]. jij vraag bsn van baby voor kinderbijslag. haar naam is [[p:Lidya]], geboren [[d:29 januari 2024]] in {{o:HMC}} Westeinde. bsn [[b:940692934]]. mijn bsn is [[b:484057923]]. wij hebben nog geen brief van {{o:SVB}}. dank je wel, yekenyeley 🙏
""")

T("""
Beste wijkteam,

Ik ben [[p:Martine Hoekstra]] en ik woon op de [[a:Copernicusstraat 51]]. Mijn buurman, meneer [[p:Kuiper]] (wij noemen hem ome [[p:Jan]]), is 91 en woont nog helemaal alleen met zijn hondje Bobbie. Tot vorige maand liet hij hem zelf uit, maar sinds hij is gevallen lukt dat niet meer en doe ik het. Nu merk ik dat hij ook zichzelf verwaarloost. Zijn koelkast is leeg en de verwarming staat uit omdat hij "het niet kan betalen". Hij heeft volgens mij gewoon AOW en een klein pensioen. Ik denk dat hij geholpen moet worden met zijn geldzaken, misschien door iemand van {{o:Humanitas}} Thuisadministratie. Hij heeft geen familie meer in Nederland, alleen een neef in Canada, [[p:Mike Kuiper]]. Kunt u langskomen? Ik ben overdag bereikbaar op [[t:06-5009 3374]].

Vriendelijke groet, [[p:Martine]]
""")

T("""
👍🏽👍🏽 ok [[p:Kevin]] hier
""")

T("""
Naam: [[p:Sharmila Bhagwandin]]
E-mailadres: [[e:sharmila.bhagwandin@live.nl]]
Telefoon: [[t:06 1480 2263]]
Wijk: {{w:Transvaal}}
Bericht: Mijn man heeft gokschulden, ik ontdekte het toen er een brief kwam van deurwaarder {{o:Van der Boor}} met kenmerk [[z:VDB-2024-99103]]. Het is bijna 14.000 euro. Hij heeft ook geleend van familie. Hij schaamt zich en wil geen hulp. Ik wil in ieder geval mezelf en de kinderen beschermen. Kan ik alleen komen, zonder hem? Wij wonen op de [[a:Paul Krugerlaan 211-B]], [[pc:2571 JB]].
""")

T("""
hallo met [[p:anita]] van de [[a:kraayensteinlaan 81]] ik heb de kinderen van [[p:jordy]] nu al 3 maanden bij mij en ik krijg er niks voor de kinderbijslag gaat nog naar hun moeder [[p:samantha]] die is weg naar rotterdam ik heb al gevraagt bij de {{o:svb}} maar die zeggen dat ik papieren moet hebben van de rechter ik ben 61 en heb zelf ook een uitkering ik kan het gewoon niet betalen schoenen kleren alles kan iemand mij helpen [[t:06 22 40 19 83]]
""")

T("""
Beste [[p:Thomas]],

Het nieuwe adres van mijn moeder, na de verhuizing naar de aanleunwoning, is:
[[pc:2544 HC]] Den Haag, [[a:Vlierboomstraat 1014]]
Haar nieuwe telefoonnummer is [[t:070 - 221 45 09]] (vaste lijn, ze kan niet met een mobiel).
Kunt u dit doorgeven aan de {{o:Regiotaxi}} en aan de {{r:thuiszorgmedewerkers}}? Haar cliëntnummer bij {{o:Saffier}} is [[z:SAF-201774]].

Hartelijk dank,
[[p:Marleen Dijkstra]]
""")

T("""
[[p:Ahmet]] bey merhaba. ben [[p:Rıza]]. doktor brief geldi, ziekenhuis [[d:30 nisan salı]] saat 10. kim götürecek beni? taxi pas yok. ik kan niet alleen met de tram. çok teşekkürler, dank u
""")

T("""
Hoi! Ik ben [[p:Daan]], huisgenoot van [[p:Joris Meijer]]. [[p:Joris]] heeft me gevraagd jullie te mailen want hij durft zelf niet te bellen (social anxiety, he's diagnosed). Hij is gestopt met zijn studie aan de {{o:Haagse Hogeschool}} en heeft nu een studieschuld van 28k, plus een achterstand bij {{o:VGZ}} (polisnr [[z:1044 8830 21]]) and he's not eating properly. We wonen op de [[a:Weimarstraat 12-hs]] in {{w:Valkenboskwartier}}. He is okay with me being in the loop. My number [[t:06 38 10 22 94]], [[p:Joris]]' number [[t:06 11 07 83 55]]. Thanks a lot!
""")

T("""
[[d:02/04/2024]], 19:02 - [[p:Yvette Sabajo]]: goedenavond [[p:Romano]]
[[d:02/04/2024]], 19:02 - [[p:Yvette Sabajo]]: de {{r:huisarts}} heeft de verwijzing voor pa gestuurd naar {{o:Parnassia}}
[[d:02/04/2024]], 19:03 - [[p:Yvette Sabajo]]: <Media weggelaten>
[[d:03/04/2024]], 08:45 - [[p:Romano]] SWT: Goedemorgen [[p:Yvette]], top! Ik bel vandaag met de {{r:POH-GGZ}}.
[[d:03/04/2024]], 08:46 - [[p:Yvette Sabajo]]: 🙏🏾🙏🏾
""")

T("""
Contactformulier platform
Onderwerp: herkenbare casus
Bericht: In de nieuwsbrief stond een casus over "een alleenstaande vader met drie kinderen in {{w:Duindorp}} die op een schip werkt". Iedereen hier weet dat dat over [[p:Dennis Taal]] gaat. Dit is echt niet anoniem genoeg, hij is er kapot van en de kinderen worden op school nagewezen. Haal het alstublieft weg. Ik ben zijn zus, [[p:Sandra Taal]], [[e:sandra.taal@kpnplanet.nl]], [[t:06 4100 2873]].
""")

T("""
mevr [[p:de wit]] hier de gas word [[d:12-4]] afgesloten wat moet ik doen heb 2 kleine kindere [[t:06 87 44 10 29]]
""")

T("""
Bon tardi [[p:Gregory]],

Ik schrijf je nog een keer over mijn zoon [[p:Jurensly]]. Hij is nu 19 en heeft de afspraak bij het {{o:Jongerenloket}} gemist. Hij zegt dat hij werk heeft bij een bezorgdienst maar ik zie geen geld. Ayera (gisteren) kwam er een brief van het {{o:CJIB}} voor hem, kenmerk [[z:4002 8815 0036 1192]], voor een boete met zijn scooter. Mi ta kansá, ik werk twee banen, bij {{o:Hago}} en in de thuiszorg. Mijn andere kinderen [[p:Jeremy]] en [[p:Shaniqua]] gaan nog naar school. Kan hij een {{r:jongerencoach}} krijgen? Ik wil niet dat hij in slechte dingen terechtkomt zoals zijn vader. Mijn nummer ken je, maar voor de zekerheid: [[t:06-17 45 92 30]].

Danki, [[p:Glenda Martis]]
""")

T("""
Name: [[p:Kwabena Owusu-Ansah]]
Email: [[e:kobby.owusuansah@gmail.com]]
Phone: [[t:06 4521 7788]]
Address: [[a:Goudenregenstraat 78]], [[pc:2565 EP]]
Message: My wife [[p:Abena]] is 7 months pregnant. She has no insurance because she is not yet registered, her papers are still with {{o:IND}} (V-number [[z:3100 2278 91]]). The {{r:verloskundige}} says we must pay ourselves, 3.000 euro. We have no money. Is there help? I can pay small amounts every month from my account [[i:NL90 BUNQ 5690 9130 76]].
Date: [[d:17/04/2024]]
""")

T("""
[[p:Tonny]] hier, zus van [[p:Gerda]]. Ze is veilig bij mij. Niks zeggen tegen [[p:Ricardo]] aub.
""")

T("""
ONDERWERP: PARKEERVERGUNNING EN GEHANDICAPTENKAART

Goedendag,

Op [[d:maandag 8 april]] jl. heb ik de aanvraag voor de gehandicaptenparkeerkaart gedaan bij het {{o:Wmo-loket}}, aanvraagnummer [[z:GPK-24-1037]]. Ik heb nog niets gehoord. Ik ben [[p:A.J. Hoogstraten]], 77 jaar, en ik woon op de [[a:Theresiastraat 301]]. Mijn vrouw zit in een rolstoel en wij kunnen nergens parkeren. De keuringsarts van {{o:Argonaut}} is geweest op [[d:2/4]]. Wilt u eens navragen hoe het ervoor staat?

m.vr.gr.
[[p:A.J. Hoogstraten]]
""")

T("""
slm [[p:mostafa]] 3afak kan je [[p:driss]] bellen hij wil praten over de school van [[p:anas]]. nummer [[t:0626 63 98 12]]. baraka llahu fik
""")

T("""
Good morning ma'am [[p:Anja]], this is [[p:Marites]], the caregiver of sir [[p:Willem]] (Mr. [[p:Van Beek]]). Sir [[p:Willem]] fell again last night at 3am, I was not there because my shift ended at 10pm. The daughter, ma'am [[p:Ellen van Beek]], is in Spain until [[d:April 28]]. I think he needs night care, he cannot press the alarm button. His address [[a:Koninginnegracht 22]]. Thank you po. [[t:06 5570 3381]]
""")

T("""
Salaan, ik ben [[p:Ubah]] van [[a:Hanenburglaan 92]]. De oude meneer naast mij, [[p:Henk]], heeft 2 dagen geen licht aan. Ik heb gebeld maar hij doet niet open. Moet ik ook de politie bellen? Help snel [[t:0687 11 54 32]]
""")

T("""
Hoi [[p:Esmée]], voor de aanvraag van de kwijtschelding:
Vader: [[p:Hamza Ait Brahim]], BSN [[b:444 836 743]]
Moeder: [[p:Khadija Ait Brahim-Ouali]], BSN [[b:554808043]]
Kinderen: [[p:Ilyas]] (14), [[p:Malak]] (9)
IBAN: [[i:NL91 ABNA 8868 8573 32]]
Aanslagnummer gemeentebelasting: [[z:3052 8817 4401]]
Ik ben [[p:Ilyas]] niet hoor 😂 ik ben hun oudste dochter [[p:Sara]], ik woon niet meer thuis.
""")

T("""
Goede avond ik ben [[p:Marcel Wolf]] uit de [[a:Jacob Catsstraat 89]]. ik ben vorige week Uit de kliniek gekomen ({{o:Antes}} afkick) en nu moet ik weer naar huis maar daar is alles Kapot en leeg. ik heb niks te eten en de koelkast is stuk. Mijn {{r:begeleider}} [[p:Ronald]] van {{o:Antes}} zei ik moet jullie appen. ik wil het deze keer goed doen. echt.
""")

T("""
adres van tante [[p:fatiha]] is [[a:de la reystraat 34]] [[pc:2572vm]]. ze is thuis vanaf 11u. bel aan bij de onderste bel
""")

T("""
Hello, good day. I am write with Google Translate. Ik ben [[p:Dimitar Georgiev]], ik werk in Nederland sinds 2021 via uitzendbureau. Mijn werkgever heeft mij ontslagen na ongeluk met mijn hand op [[d:3 maart]]. Nu heb ik geen huis want het huis is van uitzendbureau. Ik slaap bij vriend [[p:Nikolay]] op [[a:Vaillantlaan 336]]. Mijn registratienummer bij {{o:Stichting Barka}} is [[z:BK-0917]]. Kan ik uitkering krijgen? Mijn telefon [[t:+359 89 423 1155]]. Thank you very much.
""")

T("""
Aan de teamleider van het SWT {{w:Centrum}},

Hierbij dien ik een klacht in over de behandeling van mijn moeder, mevrouw [[p:T. Hakkert]], door uw medewerker [[p:Bas Veldman]]. Op [[d:donderdag 4 april 2024]] heeft hij zonder afspraak bij mijn moeder aangebeld en haar, terwijl ik er niet bij was, een formulier laten tekenen. Mijn moeder heeft beginnende dementie, wat bij uw team bekend is (dossiernummer [[z:SWT-C-2023-118]]). Ik verzoek u dit formulier ongeldig te verklaren en mij voortaan als eerste contactpersoon te behandelen.

Hoogachtend,
mr. [[p:F.J. Hakkert]]
[[a:Zeestraat 71]], [[pc:2518 AA]] Den Haag
[[t:06-31 09 24 68]] | [[e:fj.hakkert@hakkertadvocatuur.nl]]
""")

T("""
Ben er over 5 min, sta vast op de Utrechtsebaan. [[p:Mo]]
""")

T("""
ik moet dit even kwijt. [[p:Marloes]] jij bent de enige die luistert. gisteren weer ruzie met mijn moeder en ze zei dat ik net zo ben als mijn vader. IK BEN NIET ZOALS HEM. ik ben gewoon moe. de {{r:psychiater}} bij {{o:Parnassia}} heeft mijn medicijnen veranderd en nu slaap ik 14 uur per dag. mijn {{r:ambulant begeleider}} komt pas [[d:dinsdag 23 april]] weer. ik weet dat ik de crisisdienst moet bellen als het niet gaat maar het gaat wel, ik wil alleen praten. sorry voor dit lange bericht. [[p:Kim]]
""")

T("""
Olá [[p:Sofie]], [[p:Maria]] aqui. Sorry: de afspraak van [[d:15 april]] kan niet, ik heb werk tot 16u bij het kantoor in Rijswijk. kan [[d:17 april]]? ou [[d:18 de abril]]? obrigada [[p:Maria Fortes]]
""")

T("""
Name: [[p:Berhane Kidane]]
Date of birth: 1990 (exact day unknown)
Phone: [[t:0617 42 09 81]]
Message: I came to NL 2015. Now I have problem with my teeth, very pain, but the {{r:tandarts}} is too expensive. My insurance is {{o:Menzis}} basic. Can the gemeente help? my wife [[p:Almaz]] also has problem. We live in {{w:Moerwijk}}.
""")

T("""
Goedemiddag,

Graag wil ik uw aandacht vragen voor de situatie van onze bovenbuurvrouw, mevrouw [[p:Şahin]]. Sinds haar man vorig jaar is vertrokken woont zij daar met twee jonge kinderen. Wij horen 's nachts veel gehuil, van haar en van de kinderen. Ze heeft ons verteld dat de kinderbijslag op de rekening van haar ex komt en dat ze geen geld heeft voor eten. Zij spreekt redelijk Nederlands maar durft niet naar instanties. Zij weet dat wij u mailen en vindt dat goed.

Met vriendelijke groet,
[[p:Bert]] en [[p:Lies Koster]]
[[a:Valkenboslaan 211]]
[[pc:2563 CV]] 's-Gravenhage
T [[t:070-3633009]] | M [[t:06-21 21 66 09]]
""")

T("""
Mijn aanvraagnummer is [[z:WMO-2024-18823]], de {{r:consulent}} heette [[p:Vera]]. [[p:Gijs Hoogendoorn]]
""")

T("""
salam [[p:Frank]] jan, ik ben [[p:Zahir]]. ik heb diploma gehaald 🎓🎉 MBO niveau 2! dank jij voor alles. [[d:vrijdag 19 april]] is feest bij mijn huis [[a:Oudemansstraat 142]], jij kom? mijn moeder kookt Afghaans eten
""")

T("""
Beste [[p:Ikram]],

Na ons gesprek van [[d:vrijdag 12 april]] heb ik nog eens nagedacht over de mogelijkheden voor mijn vader. Zoals je weet is hij 81, spreekt hij alleen Berbers en wat Arabisch, en weigert hij alles wat met "dokters voor het hoofd" te maken heeft. De {{r:huisarts}}, dokter [[p:Verhoeven]], wil een geheugentest laten doen bij de {{r:geriater}}, maar mijn vader wil niet. Ik denk dat het helpt als de test wordt gedaan door iemand die zijn taal spreekt. Is er bij {{o:Parnassia}} of bij {{o:i-psy}} iemand die Tarifit spreekt? Ook zou ik graag willen weten of een {{r:casemanager dementie}} ook kan komen zonder officiële diagnose.
Mijn broer [[p:Mohamed]] en ik hebben afgesproken dat ik het aanspreekpunt ben. Mijn nummer: [[t:06 - 19 83 02 77]].

Hartelijke groet,
[[p:Hanane El Ouali]]
""")

T("""
Naam: [[p:Joop]]
Email: [[e:joop1952@hetnet.nl]]
Bericht: bel mij maar ik heb geen computer meer, alleen bij de bieb. telefoon [[t:070 3 45 12 98]]
""")

T("""
Good evening. Ik ben [[p:Ewa]] van [[a:Poeldijkstraat 41]]. Mijn buurman [[p:Janusz]] is Pools, hij drinkt veel en vandaag hij is gevallen op de trap, bloed op hoofd. Ambulance is geweest maar hij wil niet mee. Hij heeft geen werk, geen geld, geen verzekering. Hij spreekt alleen Pools. Ik kan vertalen als jullie komen. [[t:06 1299 0347]]
""")

T("""
Lieve meisjes van het wijkteam, dank voor de kaart voor mijn 90e verjaardag op [[d:18 april]]! Het was een mooie dag, [[p:Rinus]] zou trots zijn geweest. Groetjes van [[p:Joke Verbrugge]]
""")
T("""
Beste mensen,

Ik ben de echtgenote van [[p:Frits Hofman]], die u misschien kent van het spreekuur in het wijkcentrum. Ik schrijf u omdat ik echt niet meer weet hoe ik alles moet regelen. [[p:Frits]] heeft sinds 2019 Parkinson en het gaat de laatste maanden snel achteruit. Hij valt bijna elke week, 's nachts ben ik twee of drie keer wakker om hem naar het toilet te helpen, en overdag zit ik aan de telefoon met allerlei instanties. Ik zet even op een rij wat er de komende weken allemaal gebeurt:
- [[d:maandag 22 april]]: neuroloog in het {{o:Haga}}, 9.15 uur
- [[d:woensdag 24 april]]: de {{r:ergotherapeut}} komt kijken naar het toilet
- [[d:2 mei]]: keuring voor de {{o:Wlz}} door het {{o:CIZ}}
- [[d:7 mei]]: gesprek met de {{r:Wmo-consulent}} over een tweede rolstoel
Ik ben zelf 74 en heb net een nieuwe heup. Onze kinderen wonen in Eindhoven en Leeuwarden en werken allebei. Ik heb gehoord dat er zoiets bestaat als respijtzorg, zodat ik af en toe een paar dagen kan bijkomen. Kunt u mij daarover vertellen? En kan er iemand met mij meedenken over alle afspraken, want ik raak het overzicht kwijt. Wij wonen op de [[a:Valkenboskade 463]], [[pc:2563 HW]]. U kunt mij het beste 's ochtends bellen op [[t:070-3659021]].

Met vriendelijke groet,
[[p:Wilma Hofman-de Ruiter]]
""")

T("""
hoi [[p:ilona]] ik ben het weer [[p:priscilla]]
sorry dat ik zoveel stuur
maar ik ben vandaag naar {{o:Haag Wonen}} geweest op het kantoor en die mevrouw zei dat ik een andere woning kan krijgen als ik een brief heb van jullie of van de dokter dat het huis slecht is voor de kinderen. de schimmel zit nu ook in de kamer van [[p:jaylinn]] en ze hoest elke nacht. ik heb fotos gemaakt. mijn huurnummer is [[z:HW 0044-71829]] en ik woon op de [[a:heesterstraat 48]] 1e etage. de mevrouw heette [[p:Naomi]] of [[p:Noami]] ik weet niet meer. ze zei ook dat ik moet opschieten want er is een lijst. ik kan morgen niet want [[p:dave]] heeft de auto en ik moet [[p:jaylinn]] naar de {{r:kinderarts}} brengen met de bus. overmorgen kan wel, [[d:donderdag 25 april]]. of vrijdag maar dan na 12. kan jij die brief maken? of moet ik naar de {{r:huisarts}}? die heeft nooit tijd. ik heb nog 14 euro tot maandag trouwens, is er nog iets van de voedselbank? sorry sorry. xx
""")

T("""
---------- Forwarded message ---------
From: [[p:Karin Verloop]] <[[e:karinverloop@gmail.com]]>
Date: [[d:wo 17 apr 2024]] om 22:10
Subject: Re: mama
To: [[p:Michiel Verloop]] <[[e:m.verloop@outlook.com]]>

[[p:Michiel]], ik kan echt niet meer elke dag. Ik heb het wijkteam al gebeld, ze zouden terugbellen maar dat hebben ze nog niet gedaan. Stuur jij ze anders ook even een mail, jij bent beter in die dingen. Haar {{r:huisarts}} is nog steeds dokter [[p:Kramer]] in de Reinkenstraat.

On [[d:Wed, Apr 17, 2024]] at 20:31 [[p:Michiel Verloop]] wrote:
> Ik ben vanmiddag bij mama geweest. Ze had de gaspit aan laten staan en wist niet meer dat ik zondag was geweest. Dit gaat zo niet langer. Kunnen we niet iets regelen met dagbesteding?

----
Beste wijkteam, zie hierboven. Onze moeder is [[p:Trudy Verloop]], 83, [[a:Reinkenstraat 19]], [[pc:2517 CR]]. Wij zijn haar kinderen. Graag contact met mij: [[t:06 4017 3321]].
[[p:Michiel Verloop]]
""")

T("""
Geachte heer [[p:Visser]],

Mijn naam is [[p:Yaser Alabdullah]], ik ben 41 jaar en kom uit Aleppo. Ik ben sinds [[d:14 maart 2022]] in Nederland en ik heb mijn verblijfsvergunning. Ik woon nu in een kamer op de [[a:Hoefkade 331-B]], [[pc:2526 BL]], want ik wacht op mijn vrouw [[p:Lama]] en mijn drie kinderen voor gezinshereniging. De {{o:IND}} heeft op [[d:3 april]] positief besloten (zaaknummer [[z:IND-2304-55817]], mijn V-nummer is [[z:2840 1177 36]]). Mijn familie komt waarschijnlijk in juni. Maar in een kamer van 14 meter kunnen wij niet met vijf personen wonen. Het {{o:COA}} zegt dat de gemeente moet zorgen voor een woning. De gemeente zegt dat ik moet wachten. Mijn {{r:klantmanager}} bij {{o:SZW}}, mevrouw [[p:Boukhari]], heeft mij naar u verwezen. Ik wil graag weten wat ik kan doen. Ik werk drie dagen per week als {{r:vrijwilliger}} bij {{o:VluchtelingenWerk}} en ik leer elke dag Nederlands.

Met vriendelijke groet,
[[p:Yaser Alabdullah]]
[[t:0684 12 70 93]]
""")

T("""
Geacht wijkteam,

Hierbij doe ik, zoals besproken met uw collega [[p:Hanneke]], een overzicht van de overlast rondom de woning van mijn onderbuurman, de heer [[p:R. Bos]], [[a:Regentesselaan 14A]]. Ik doe dit niet om hem zwart te maken, maar omdat ik denk dat hij hulp nodig heeft.
- [[d:28 februari]]: sterke rioollucht in het trappenhuis, {{o:Staedion}} gebeld.
- [[d:6 maart]]: meneer zat buiten op de stoep in zijn ondergoed, het was 4 graden. Ik heb hem een deken gegeven.
- [[d:13-03]]: muizen in mijn keuken, volgens de ongediertebestrijder komen ze van beneden.
- [[d:21-3]]: zijn broer [[p:Harry]] kwam langs en ik hoorde geschreeuw. De politie is geweest.
- [[d:2 april]]: de post puilt uit de brievenbus, ik zag aanmaningen van {{o:Eneco}} en {{o:CZ}}.
Ik woon zelf op de eerste verdieping, ik ben 58 en heb een zittend beroep, dus ik ben veel thuis. U kunt mij bereiken op [[t:06 2455 8109]] of per e-mail ([[e:g.vandermeulen@hetnet.nl]]).

Vriendelijke groet,
[[p:Gonnie van der Meulen]]
{{w:Regentessekwartier}}
""")

T("""
Dear team,

I hope this is the right address. My name is [[p:Sarah Lindqvist-de Graaf]] and I live in Stockholm. My mother, [[p:Ineke de Graaf]] (born [[d:2 December 1947]]), lives alone at [[a:Laan van Nieuw Oost-Indië 180]], [[pc:2593 BW]] Den Haag. Since my father passed away in [[d:November 12, 2023]] things have gone downhill. She has stopped going to her bridge club, she barely answers the phone and last week her neighbour, Mr. [[p:Hamid Azizi]], found her on the kitchen floor. She was not hurt but she could not get up by herself. She refuses an alarm button because "that's for old people". I fly over on [[d:May 3rd]] and stay for two weeks. Would it be possible to have a meeting with someone from your team during that time, at her home? I would also like to know whether she can get help with cleaning through the {{o:Wmo}}. You can reach me on [[t:+46 70 812 44 90]] or [[e:sarah.lindqvist@telia.se]]. Mr. [[p:Azizi]] is happy to be contacted as well: [[t:06-4488 1302]].

Thank you so much,
[[p:Sarah]]
""")

T("""
ik ben het zat met die bewindvoerder!!!!! al 2 weken krijg ik mijn leefgeld niet en ze nemen nooit op. ik bel elke dag naar {{o:Bewindvoering Plus}} maar dan krijg ik een bandje. mijn dossier nummer bij hun is [[z:BWP-22871]]. ik heb 50 euro per week afgesproken op mijn rekening [[i:NL11 RABO 3236 7036 17]] maar er komt niks. en ze hebben de huur van april ook niet betaald zegt {{o:Vestia}} want ik kreeg een brief. en de energie is ook nog niet betaald. waar betaal ik dan 120 euro per maand voor aan die mensen??? mijn moeder zegt ik moet een klacht doen bij de rechtbank. [[p:jasper]] jij zei dat je ging bellen met hun, heb je dat gedaan? ik heb honger man. ik sta op [[a:zuiderparklaan 60]] als je langs wil komen. [[p:ronald]]
""")

T("""
Ik heb de beschikking gekregen maar ik snap hem niet. Dit staat erin (overgetypt):

"Gemeente Den Haag, Dienst {{o:OCW}}
Beschikking maatwerkvoorziening Wmo 2015
Datum: [[d:10 april 2024]]
Ons kenmerk: [[z:WMO-B-2024-044178]]
Aan: de heer [[p:M. Karaca]]
[[a:Westeinde 155]]
[[pc:2512 GX]] 's-Gravenhage
BSN: [[b:411443495]]
Besluit: Wij kennen u een maatwerkvoorziening huishoudelijke ondersteuning toe van 2 uur per week, ingangsdatum [[d:1 mei 2024]], voor de duur van 24 maanden. Eigen bijdrage conform CAK-regeling."

Betekent dit dat ik maar 2 uur krijg? Ik vroeg 4 uur omdat mijn vrouw ook ziek is. Wat is een eigen bijdrage, moet ik dat betalen? Mijn dochter [[p:Derya]] helpt me met deze mail.
[[p:Mustafa Karaca]]
""")

T("""
Bon dia [[p:Richard]],

Mi ta [[p:Shirley Rosalia]] atrobe. Gracias a Dios [[p:Juriënne]] is weer thuis sinds [[d:woensdag 10 april]], ze was bij een vriendin in Rotterdam. Maar ik moet je eerlijk zeggen, ik kan het niet meer alleen. Ik ben 67 en ik zorg voor [[p:Juriënne]] en haar broertje [[p:Jeanluc]] sinds mijn dochter [[p:Maritza]] terug is gegaan naar Kòrsou. Ik krijg geen kinderbijslag voor ze en geen pleegzorgvergoeding, alleen mijn AOW en een klein pensioen van het {{o:APC}}. De school van [[p:Jeanluc]] zegt dat hij dyslexie heeft en hulp nodig heeft. De {{r:jeugdconsulent}} van het {{o:CJG}} zou bellen maar heeft niet gebeld. Mi ta kansá, [[p:Richard]]. Mijn adres weet je: [[a:Kampensestraat 39]]. Mi numbernan: [[t:070-3 88 19 04]] thuis, [[t:06 21 90 38 44]] mobiel.
Danki pa tur kos,
[[p:Shirley]]
""")

T("""
Merhaba [[p:Meryem]] abla, hoop dat het goed met je gaat. Ik heb eindelijk alle afspraken van baba op een rij gezet, want het wordt echt te veel met zijn suiker en zijn nieren:
- internist {{o:HMC}} Bronovo: [[d:di 30 april]], 11.00
- {{r:diëtist}}: [[d:8 mei]], 14.30 (hier moet een {{r:tolk}} bij!! baba begrijpt niks van het eten-verhaal)
- nierfunctie prikken bij {{o:Saltro}}: vóór [[d:6 mei]]
- oogarts: [[d:13-05-2024]]
Zijn BSN had je gevraagd voor de tolkaanvraag: [[b:522 220 903]]. Zijn geboortedatum is [[d:01-01-1952]] (staat zo in zijn paspoort, eigenlijk weet niemand het precies 😅). Baba woont nog steeds alleen op de [[a:Van der Vennestraat 3 bis]] sinds anne in Turkije is. Ik werk fulltime in Rotterdam en mijn broer [[p:Kerem]] woont in Duitsland. Kan jullie team helpen met vervoer naar die afspraken? Hij heeft geen {{o:Regiotaxi}}-pas. Bedankt alvast, [[p:Elif]] ([[t:06 33 09 71 48]])
""")


# ---------------------------------------------------------------- build
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            lab, txt, dest, table = m.group(1), m.group(2), pii, PII
        else:
            lab, txt, dest, table = m.group(3), m.group(4), keep, KEEP
        assert lab in table, (lab, src[:60])
        dest.append({"start": n, "end": n + len(txt), "label": table[lab], "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text.replace("[[[", "[") or True
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"[\s.-]", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src)
        for sp in pii + keep:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"] == sp["text"].strip() and sp["text"], (i, sp)
        allsp = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(allsp, allsp[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), (i, sp)
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), (i, sp)
        assert pii, i
        assert "[[" not in text.replace("[[[", "") and "{{" not in text and "}}" not in text, (
            i,
            text,
        )
        rows.append({"id": "ho81-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout81.jsonl"), "w", encoding="utf-8") as f:
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
    print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc))


if __name__ == "__main__":
    main()


def lint():
    """List unlabelled repeats of labelled person tokens (for the writer)."""
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src)
        cov = [False] * len(text)
        for sp in pii + keep:
            for k in range(sp["start"], sp["end"]):
                cov[k] = True
        toks = {
            t for sp in pii if sp["label"] == "person" for t in re.findall(r"\w{3,}", sp["text"])
        }
        for t in toks:
            for m in re.finditer(r"\b%s\b" % re.escape(t), text, re.I):
                if not cov[m.start()]:
                    print(i, repr(t), repr(text[max(0, m.start() - 30) : m.end() + 20]))
