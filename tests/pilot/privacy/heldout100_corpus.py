#!/usr/bin/env python3
"""Held-out corpus 100: speech-to-text register (dictated case notes, transcribed
phone calls with clients and partners, voicemails, forms filled in over the phone).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout100.jsonl next to itself.
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

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Dictated case notes (speech-to-text of dictation, little punctuation)
# ---------------------------------------------------------------------------
add(r"""
ehm notitie huisbezoek [[d:dinsdag 12 maart]] bij mevrouw [[p:Kaya]] [[a:Kempstraat 118-1]] in {{w:Transvaal}} samen met {{r:wijkverpleegkundige}} [[p:Ilse]] ehm mevrouw is zesenzeventig en woont alleen sinds het overlijden van haar man in 2021 ze eet slecht de koelkast was eh leeg op een pak yoghurt na zoon [[p:Mehmet]] komt één keer per week langs maar werkt in Rotterdam actie ik bel de {{r:huisarts}} voor een valrisico inschatting en ik vraag {{o:Voor Welzijn}} om een maaltijdservice punt einde notitie
=====
casusnotitie [[z:SWT-2024-0381]] dictaat [[p:Dennis]] nieuwe alinea op [[d:vier april]] telefonisch contact gehad met de {{r:bewindvoerder}} van meneer [[p:de Wit]] komma mevrouw [[p:Roos Hermans]] van {{o:Budgetbeheer Haaglanden}} punt zij geeft aan dat er nog een achterstand is bij {{o:Eneco}} van ongeveer elfhonderd euro punt meneer heeft zelf geen inzicht in zijn post nieuwe alinea afspraak volgende week donderdag om tien uur bij hem thuis op de [[a:Dedemsvaartweg 233]] punt
=====
verslag eerste gesprek eh cliënt is [[p:Senait Tesfay]] dat is [[p:s e n a i t]] en achternaam [[p:t e s f a y]] geboren [[d:2 februari 1994]] ze is met twee kinderen van vier en zeven uit Eritrea gekomen via gezinshereniging woont nu op de [[a:Moerweg 71B]] [[pc:2531 AK]] ehm grootste zorg is de taal en de post die ze niet begrijpt ze is bang voor brieven van de {{o:Belastingdienst}} over toeslagen {{o:Vluchtelingenwerk}} begeleidt nog tot de zomer de {{r:maatschappelijk werker}} daar heet [[p:Yonas]] nummer van hem [[t:06 41 87 20 93]]
=====
dictaat [[d:vrijdag 7 juni]] ja dus nogmaals de situatie bij de familie [[p:Ramsaran]] in {{w:Laak}} vader [[p:Radjesh]] is sinds drie maanden werkloos moeder [[p:Sunita]] werkt in de thuiszorg bij {{o:Florence}} en draagt alles de oudste [[p:Anjali]] zeventien jaar zorgt voor de kleintjes school heeft gebeld met de {{o:CJG}} eh {{r:jeugdconsulent}} gaat mee naar het volgende gesprek [[p:Radjesh]]'s uitkering loopt via het {{o:UWV}} maar er is een gat van zes weken zonder inkomen
=====
korte notitie mw [[p:el amrani]] niet thuis aangetroffen kaartje in de bus gedaan op [[a:Van Ostadestraat 204B]] buurvrouw zei dat ze al een week niemand gezien had eh ik bel morgen nog een keer en anders schakel ik de {{r:wijkagent}} in
=====
dictaat nieuw dossier [[z:2024 streepje 0 7 7 1 2]] eh sorry dossiernummer [[z:2024-07712]] cliënt meneer [[p:Tomasz Wiśniewski]] Poolse man van eenenvijftig werkt via een uitzendbureau in de kassen in het Westland heeft een kamer gehuurd bij een particulier op de [[a:Paul Krugerlaan 92-II]] daar wonen met hem nog zes mensen hij kreeg een rugblessure en is zonder loon naar huis gestuurd punt {{o:Fairwork}} is al ingeschakeld komma {{o:Barka}} doet eventueel terugkeer maar dat wil hij niet
=====
notitie voor het teamoverleg [[d:woensdag 15 mei]] casus [[p:Kwame Mensah]] en zijn vrouw [[p:Akosua]] uit {{w:Moerwijk}} we zijn hier nu vier maanden mee bezig het schuldhulptraject bij {{o:Schuldhulpverlening Den Haag}} stokt omdat het inkomen niet stabiel is mijn vraag aan het team wie heeft er ervaring met eh de {{o:Haagse Kredietbank}} en een saneringskrediet
=====
ehm ja huisbezoek gedaan bij meneer [[p:bakker]] samen met [[p:Esther]] van {{o:Xtra}} uh het huis is ernstig vervuild er zijn katten ik heb er zeker acht geteld meneer wil geen hulp hij zegt ik ben mijn hele leven visser geweest ik red me wel eh {{o:GGD Haaglanden}} team vangnet gaan we inschakelen voor bemoeizorg adres ter info [[a:Tesselsestraat 15-hs]] {{w:Duindorp}}
=====
dictaat voor het dossier van [[p:Hodan Warsame]] punt ze belde vanmorgen in paniek omdat de {{r:deurwaarder}} was geweest punt het gaat om een vordering van {{o:CJIB}} van eh driehonderdtwintig euro punt ik heb met haar afgesproken dat ze alle brieven meeneemt naar het {{o:Servicepunt XL}} in {{w:Moerwijk}} op [[d:maandag de 3e]] om half twee punt [[p:Hodan]] heeft drie kinderen de jongste [[p:Ayaan]] is net twee
=====
notitie [[p:Mirjam]] {{r:casusregisseur}} eh overleg gehad met {{o:Parnassia}} over mevrouw [[p:Jagessar]] zij is sinds [[d:1 oktober]] uit de kliniek en woont weer thuis op de [[a:Loevesteinlaan 410]] haar broer [[p:Anand]] is contactpersoon telefoonnummer [[t:06 23 41 90 87]] afgesproken dat de {{r:ambulant begeleider}} van {{o:Parnassia}} twee keer per week komt en wij het sociale stuk doen
=====
ja ehm dus korte update familie [[p:Popescu]] moeder [[p:Andreea]] heeft eindelijk een BSN gekregen het is [[b:219930673]] dus nu kunnen we de zorgverzekering regelen en de inschrijving bij de {{r:huisarts}} [[p:Andreea]] spreekt een beetje Engels de kinderen gaan naar de basisschool in {{w:Laakkwartier}}
=====
dictaat eh [[d:28-08]] nee [[d:29 augustus]] bedoel ik telefonisch gesproken met dochter van meneer [[p:Hoogendoorn]] mevrouw [[p:Petra Hoogendoorn]] zij maakt zich zorgen over geheugen van haar vader hij verdwaalde vorige week op weg naar de {{o:Albert Heijn}} op het [[a:Loosduinseplein 6]] wat niet eens ver is {{r:casemanager dementie}} gevraagd voor een eerste gesprek
=====
kort dictaat dhr [[p:Nazari]] [[p:Mohammad]] afspraak {{o:IND}} is verschoven naar [[d:22 november]] hij wil graag dat iemand meegaat ik heb [[p:Karim]] gevraagd die spreekt Dari
=====
notitie huisbezoek bij mevrouw [[p:Zielińska]] [[p:Marta]] in {{w:Bouwlust}} ehm samen met de {{r:woonconsultant}} van {{o:Haag Wonen}} mevrouw heeft een huurachterstand van vier maanden de woning is netjes maar er staat bijna niks in ze slaapt op een matras ehm ze vertelde dat haar ex-partner [[p:Krzysztof]] nog een sleutel heeft en soms 's nachts binnenkomt dit bespreken met {{o:Veilig Thuis}} advies gevraagd
=====
ehm dictaat overdracht aan [[p:Wouter]] want ik ben drie weken weg casus [[p:Errol Pinas]] [[z:SWT/MW/2023/118]] meneer is vierenzestig heeft COPD en een dochter [[p:Gracia]] die in Almere woont zij regelt de financiën maar heeft geen machtiging afspraak staat op [[d:donderdag 4 juli]] bij meneer thuis [[a:Melis Stokelaan 1288]] eerste etage bel wel even aan bij de buren als hij niet opendoet
=====
notitie casus ouderen eh mevrouw [[p:van Dijk]] eenentachtig jaar weduwe woont in {{w:Mariahoeve}} ze is eenzaam komt haar huis alleen uit voor de kerk op zondag ehm {{r:ouderenconsulent}} heeft haar aangemeld voor de koffieochtend in het wijkcentrum op dinsdag haar nichtje [[p:Roos]] komt soms maar die heeft het druk met haar werk en zegt eh ik hoop dat iemand anders het over kan nemen
=====
dictaat voor [[z:#50277]] ehm mevrouw [[p:Boateng]] belde dat de stroom is afgesloten op [[d:vrijdag de 8e]] kinderen zitten in het donker ik heb direct contact gezocht met de {{o:Voedselbank}} en met de energieleverancier voor een noodaansluiting het adres is [[a:Zuiderparklaan 311-A]] [[pc:2574 HE]]
=====
ehm korte aantekening de {{r:POH-GGZ}} [[p:Shanti]] van praktijk [[p:Rijnders]] wil dat we contact opnemen met [[p:Said Ouali]] eh hij is drieëntwintig woont nog bij zijn ouders en zit al maanden op zijn kamer ouders maken zich zorgen vader werkt bij de {{o:HTM}} als buschauffeur
=====
nieuwe notitie [[d:12 9 2024]] eh twaalf september dus gesprek met [[p:Yolanda Isenia]] op kantoor ze kwam samen met haar vriendin [[p:Giselle]] voor steun ze heeft schulden van ongeveer achtduizend euro bij verschillende partijen en een studieschuld bij {{o:DUO}} ze werkt twintig uur bij de {{o:Jumbo}} ik stel voor dat we samen naar het {{o:Geldloket}} gaan
=====
dictaat ja eh mevrouw [[p:Demir]] [[p:Hatice]] [[p:hatice]] met een c aan het eind ehm ze is zwanger van de derde en woont met vijf mensen in een tweekamerwoning in de {{w:Schilderswijk}} urgentie is afgewezen door de gemeente we gaan bezwaar maken met hulp van het {{r:sociaal raadslid}}
=====
notitie voor mezelf bel morgen [[p:joyce]] van {{o:Staedion}} over de overlast bij [[a:Hobbemastraat 51]] buren klagen over geluid en stank bewoner is meneer [[p:statia]] [[p:Dwayne Statia]] hij is bekend bij {{o:Brijder}}
=====
ehm case notes voor het overleg van donderdag mevrouw [[p:Li Na]] ehm achternaam is [[p:Li]] voornaam [[p:Na]] dus [[p:Na Li]] op papier komt uit China woont sinds twaalf jaar in {{w:Bezuidenhout}} ze runt een nagelsalon maar heeft het bedrijf op naam van haar man gezet en die is vertrokken ze heeft nu schulden van het bedrijf
=====
dictaat afsluiting casus [[z:SWT-ESC-00412]] eh [[p:Florin Dumitru]] is teruggekeerd naar Roemenië op [[d:17 januari]] de kamer aan de [[a:Delftselaan 12-III]] is leeg opgeleverd het contact met {{o:Fairwork}} loopt nog voor het achterstallig loon
=====
notitie huisbezoek mevrouw [[p:Visser]] en haar zoon [[p:Bas]] ehm zoon heeft een licht verstandelijke beperking en is vijfentwintig de {{r:MEE-consulent}} [[p:Nadia]] zat erbij mevrouw wordt ouder en kan de zorg niet meer aan ze wil dat [[p:Bas]] begeleid gaat wonen wachtlijst bij {{o:Ipse de Bruggen}} is lang
=====
dictaat [[d:maandag 2 december]] eh telefoon gehad van de {{r:wijkagent}} [[p:Van der Linden]] over een melding bij [[p:Farida Ahmadi]] haar man zou haar geslagen hebben kinderen waren thuis ehm {{o:Veilig Thuis}} heeft de melding en neemt contact op wij blijven betrokken voor de praktische kant adres is [[a:Hengelolaan 640]] [[pc:2545 AD]]
=====
ehm aantekening bij [[z:VT-2024-3319]] de casus is overgedragen door {{o:Veilig Thuis}} aan ons team contactpersoon daar is [[p:Annemiek de Hoop]] zij is bereikbaar op [[t:070 346 92 00]] ehm toestel 2 het gaat om het gezin [[p:Azzouz]] in {{w:Spoorwijk}}
=====
dictaat eh mevrouw [[p:Rosaria]] ehm [[p:Rosaria]] met één s geboren [[d:vijf juni negentienhonderdzevenenzestig]] komt uit Curaçao woont in {{w:Rustenburg}} ze krijgt geen AOW opbouw over de jaren op Curaçao en heeft daardoor een laag inkomen {{o:SVB}} heeft aanvulling afgewezen we helpen met bezwaar
=====
korte notitie gesprek met [[p:Abdirahman Farah]] gaat niet goed met hem slaapt slecht ehm heeft nachtmerries verwijzing naar {{o:i-psy}} is rond maar de wachttijd is minstens vier maanden overbrugging via {{r:POH-GGZ}} bij {{r:huisarts}} dokter [[p:Bouman]]
=====
dictaat kopje financiën nieuwe regel inkomen Participatiewet nieuwe regel vaste lasten huur zevenhonderdtachtig euro nieuwe regel schulden [[p:Ivan Petrov]] heeft een lening bij een familielid in Bulgarije en een achterstand bij {{o:Zilveren Kruis}} ehm van drie maanden premie nieuwe regel {{r:budgetcoach}} aangevraagd
=====
ja ehm dus ik ben net terug van een gesprek met mevrouw [[p:Kromodikoro]] en haar schoonzoon [[p:Marlon]] de schoonzoon wil dat mevrouw naar een verpleeghuis gaat maar zij wil absoluut thuis blijven ze is eenennegentig en nog best helder ehm de {{r:Wmo-adviseur}} komt voor een indicatie huishoudelijke hulp ik heb gezegd dat we haar wens leidend nemen
=====
dictaat notitie over de familie [[p:Zhang]] de zoon [[p:Wei]] is vijftien en spijbelt de {{r:leerplichtambtenaar}} heeft ons gebeld de ouders werken allebei in het restaurant tot 's avonds laat en spreken weinig Nederlands ehm we gaan met een tolk op huisbezoek
=====
dictaat kort [[d:9 oktober]] mw [[p:yildiz]] opgebeld geen gehoor voicemail ingesproken morgen nieuwe poging
=====
notitie [[p:Priya]] eh ik heb vandaag het intakegesprek gedaan met [[p:Nelson Lopes Tavares]] hij is Kaapverdiaans woont in {{w:Schilderswijk}} op de [[a:Wouwermanstraat 3 bis]] is zevenenveertig en heeft suikerziekte hij kan niet meer werken in de haven en krijgt een ziektewet uitkering die gaat aflopen de {{r:klantmanager}} van {{o:SZW}} is mevrouw [[p:Koster]]
=====
dictaat [[d:zaterdag 20-4]] eh buiten kantoortijd gebeld door [[p:Helen Habte]] haar huisbaas wil dat ze binnen een week vertrekt ze heeft geen schriftelijk huurcontract ehm ik heb haar gerustgesteld en gezegd dat ze maandag naar het {{o:Juridisch Loket}} moet
=====
ehm notitie gesprek met [[p:Omar Haddad]] en zijn vrouw [[p:Rania Al-Khatib]] ehm [[p:Al streepje Khatib]] dus ze hebben sinds [[d:3 maart 2023]] een verblijfsvergunning zijn gehuisvest in {{w:Ypenburg}} op de [[a:Laan van Hoornwijck 88]] ze willen graag werken [[p:Rania]] was lerares in Aleppo het {{o:Werkgeversservicepunt}} gaat kijken naar een traject
=====
dictaat familie [[p:De Groot]] drie generaties in één huis oma [[p:Truus]] dochter [[p:Sandra]] kleinzoon [[p:Kevin]] die net uit de jeugdzorg komt ehm {{r:jeugdconsulent}} van het {{o:CJG}} draagt over omdat hij achttien wordt op [[d:30 juni]]
=====
korte notitie telefoontje van de apotheek [[p:Mahabier]] meneer haalt zijn medicijnen al drie weken niet op de {{r:wijkverpleegkundige}} [[p:Yvonne]] gaat morgen langs op [[a:Escamplaan 177]]
=====
dictaat ehm situatie [[p:Gebremedhin]] eh [[p:Yonas Gebremedhin]] nee wacht dat is de broer de cliënt is [[p:Tesfalem Gebremedhin]] hij heeft een aanvraag bijzondere bijstand gedaan aanvraagnummer [[z:BB-2024-11903]] voor een bed en een koelkast
=====
notitie [[d:eenendertig januari]] ehm afgesloten na twee jaar casus [[p:Ayşe Yıldız]] het gaat nu goed met haar ze heeft werk in de kinderopvang en de schulden zijn in een regeling ik zou dit willen delen als casusles wat werkte was de inzet van de {{r:ervaringsdeskundige}} van {{o:Stichting MOOI}}
=====
dictaat voor [[z:ZD-883-2024]] meneer [[p:Jurgen Cijntje]] ehm [[p:Cijntje]] [[p:c i j n t j e]] heeft een nieuw telefoonnummer [[t:06-87 65 43 21]] het oude nummer werkt niet meer hij zit in de maatschappelijke opvang van het {{o:Leger des Heils}}
=====
ehm notitie huisbezoek in {{w:Scheveningen}} bij meneer [[p:Jan Zwart]] hij is blind geworden door suiker en wil zijn woning niet uit de {{r:ouderenadviseur}} [[p:Marieke]] komt volgende week mee voor aanpassingen
=====
dictaat [[d:16 december]] punt met [[p:Adilson Semedo]] naar de {{o:Kredietbank}} geweest punt afspraak gemaakt voor schuldhulp intake punt zijn broer [[p:Carlos]] helpt hem met de post punt
=====
notitie ja dus mevrouw [[p:Georgieva]] [[p:Desislava]] woont met partner [[p:Stoyan Dimitrov]] en baby op één kamer in {{w:Centrum}} [[a:Stationsweg 29-2]] de {{r:jeugdverpleegkundige}} van het {{o:CJG}} maakt zich zorgen over de hygiëne ehm de baby is geboren op [[d:2 mei 2024]]
""")
# ---------------------------------------------------------------------------
# 2. Transcribed phone calls with clients
# ---------------------------------------------------------------------------
add(r"""
Medewerker: goedemorgen u spreekt met [[p:Joyce]] van het sociaal wijkzorgteam {{w:Laak}}
Beller: ja hallo met eh [[p:Khadija]] [[p:Bouzian]]
Medewerker: goedemorgen mevrouw [[p:Bouzian]] waarmee kan ik u helpen
Beller: ik heb een brief gekregen van de woningbouw dat ik eruit moet
Medewerker: oké dat is schrikken van welke corporatie is dat
Beller: {{o:Vestia}} eh nee {{o:Staedion}} sorry
Medewerker: en op welk adres woont u
Beller: [[a:Fruitweg 45-II]]
Medewerker: ik noteer het even ik kom morgen bij u langs is tien uur goed
Beller: ja goed dank u
=====
[00:00:03] spreker 1: sociaal wijkzorgteam {{w:Moerwijk}} met [[p:Dennis]]
[00:00:06] spreker 2: ja goeiemiddag met [[p:Henk]] [[p:Bakker]] ik eh ik bel over mijn moeder
[00:00:11] spreker 1: ja meneer [[p:Bakker]] vertelt u maar
[00:00:14] spreker 2: ze is vorige week gevallen en nu ligt ze in het {{o:HMC Westeinde}} en ze willen haar donderdag naar huis sturen maar dat gaat gewoon niet ze woont drie hoog zonder lift
[00:00:25] spreker 1: hoe heet uw moeder
[00:00:27] spreker 2: [[p:Gerda Bakker]] geboren [[d:elf elf zevenendertig]]
[00:00:31] spreker 1: ik ga even contact opnemen met de {{r:transferverpleegkundige}} van het ziekenhuis
=====
SWT: ja met [[p:Karim]] van het wijkteam ik bel u terug u had gebeld
client: ja ja klopt ehm ik ben [[p:Youssef]] eh [[p:Azzouz]] van de [[a:Linnaeusstraat 9]] u kent mijn vrouw
SWT: ja ik ken [[p:Naima]] hoe gaat het met haar
client: niet goed ze ligt de hele dag in bed ze eet niet en ze huilt eh ik weet niet meer wat ik moet doen
SWT: heeft u de {{r:huisarts}} gebeld
client: de {{r:huisarts}} zegt ze moet zelf bellen maar ze wil niet
SWT: ik begrijp het zal ik vanmiddag om drie uur even langskomen
=====
goedemiddag met [[p:Ilse]] {{r:wijkverpleegkundige}} ik bel voor meneer [[p:Mahabier]]
ja met hem
meneer ik heb gehoord dat u uw medicijnen niet ophaalt klopt dat
ja nee dat eh ik kan niet lopen mevrouw mijn knie
oké dan ga ik regelen dat de apotheek ze bezorgt welk adres was het ook alweer [[a:Escamplaan 177]]
ja honderdzevenenzeventig ja
en uw geboortedatum voor de apotheek
[[d:veertien drie negenenveertig]]
dank u meneer
=====
Spreker A: hallo u spreekt met [[p:Priya]] sociaal wijkzorgteam
Spreker B: hi ehm ik ben [[p:Agnieszka]] [[p:Nowak]] ja [[p:n o w a k]] ik heb uw nummer gekregen van eh de {{o:Voedselbank}}
Spreker A: welkom mevrouw [[p:Nowak]] wat kan ik voor u doen
Spreker B: ik heb geen geld meer voor eten voor de kinderen mijn man is terug naar Polen en ik ik weet niet hoe alles werkt hier
Spreker A: waar woont u
Spreker B: in {{w:Transvaal}} eh [[a:Pretoriusstraat 66]] op de eerste
Spreker A: en hoe kan ik u het beste terugbellen
Spreker B: [[t:06 18 45 22 70]]
=====
medewerker: u spreekt met [[p:Wouter]] sociaal team
beller: ja dag met mevrouw [[p:de wit]] ik wil een klacht indienen over de thuiszorg
medewerker: ja vertelt u maar mevrouw [[p:De Wit]]
beller: ze komen steeds op andere tijden en elke keer een ander meisje ik weet niet meer wie er binnenkomt
medewerker: welke organisatie is dat
beller: {{o:Vitis}}
medewerker: en u woont nog steeds op de [[a:Thorbeckelaan 318]]
beller: ja
medewerker: ik neem contact op met de {{r:wijkverpleegkundige}} van {{o:Vitis}} en ik bel u vrijdag terug
=====
[00:01:12] SWT: dus uw zoon heet [[p:Shurandy]]
[00:01:14] Cliënt: ja [[p:Shurandy Martina]] [[p:s h u r a n d y]]
[00:01:19] SWT: en hij is negentien
[00:01:20] Cliënt: twintig eh twintig geworden in februari
[00:01:23] SWT: en hij woont bij u op de [[a:Jacob Catsstraat 23a]]
[00:01:26] Cliënt: ja nog wel maar hij zit de hele dag te gamen hij heeft geen school geen werk niks
[00:01:31] SWT: we hebben in {{w:Schilderswijk}} een {{r:jongerenwerker}} die heel goed is met zulke jongens ik zal [[p:Jermaine]] vragen om contact te zoeken
=====
ja hallo met [[p:Gracia]] ik bel namens mijn vader [[p:Errol Pinas]] ehm hij heeft een brief gekregen met een kenmerk eh [[z:Wmo 2024 zes acht acht vier twee]] en ik snap niet wat ze willen
ja mevrouw [[p:Pinas]] met [[p:Wouter]] ik heb de casus van uw vader overgenomen van [[p:Mirjam]] wat staat er in de brief
dat er een keukentafelgesprek komt maar op [[d:donderdag 4 juli]] en dan werk ik
dan bel ik de {{r:Wmo-consulent}} en vraag een andere datum
=====
Medewerker: sociaal wijkzorgteam {{w:Mariahoeve}} goedemorgen
Beller: ja goedemorgen met [[p:Van Dijk]] ehm [[p:Riet van Dijk]]
Medewerker: dag mevrouw [[p:van Dijk]] met [[p:Bas]] wat kan ik voor u doen
Beller: ja ik had met die mevrouw van de koffieochtend afgesproken maar ik weet niet meer welke dag het was
Medewerker: dat is op dinsdag om half elf in het wijkcentrum bij u om de hoek
Beller: oh ja dinsdag en eh komt er iemand mij halen want ik durf niet alleen over straat
Medewerker: ik vraag of een vrijwilliger van {{o:Vóór Welzijn}} u kan ophalen
=====
Spreker 1: hallo met [[p:Nadia]] van {{o:MEE}}
Spreker 2: ja hoi [[p:Nadia]] met [[p:bas]]
Spreker 1: hé [[p:Bas]] hoe is het
Spreker 2: goed ik heb een brief van de woning eh ik mag kijken bij eh [[a:Kerketuinenweg 12]] een kamer
Spreker 1: wat goed zeg wanneer is de bezichtiging
Spreker 2: de [[d:21 e mei]] eh [[d:eenentwintig mei]]
Spreker 1: ik ga mee dat beloof ik je zal ik het ook even aan je moeder zeggen
Spreker 2: ja is goed
=====
[00:00:00] medewerker: ja goedendag met [[p:Mirjam]] ik bel in verband met de aanmelding van de {{r:huisarts}}
[00:00:05] cliënt: wie
[00:00:06] medewerker: [[p:Mirjam]] van het sociaal wijkzorgteam uw {{r:huisarts}} dokter [[p:Oudshoorn]] heeft u bij ons aangemeld
[00:00:12] cliënt: ik heb niks nodig
[00:00:14] medewerker: dat begrijp ik meneer [[p:Dimitrov]] ik wil alleen even kennismaken mag ik een keer langskomen
[00:00:19] cliënt: ik ben niet thuis overdag
[00:00:21] medewerker: 's avonds kan ook of op zaterdag
[00:00:24] cliënt: eh misschien zaterdag
=====
SWT: met [[p:Esther]] goedemiddag
Beller: ja u spreekt met [[p:Ingrid Wijngaarde]] ik ben de buurvrouw van meneer [[p:Koster]] op nummer elf
SWT: ja mevrouw [[p:Wijngaarde]]
Beller: ik heb hem al vier dagen niet gezien en zijn brievenbus puilt uit en er komt een lucht uit de brievenbus
SWT: welk adres is dat precies
Beller: [[a:Tesselsestraat 11]] in {{w:Duindorp}}
SWT: ik bel direct de {{o:politie}} voor een controle dank u dat u belt
=====
medewerker: ja dus u heeft een nieuwe telefoon
cliënt: ja de oude is gestolen
medewerker: wat is het nieuwe nummer mevrouw [[p:Habte]]
cliënt: nul zes eh [[t:nul zes drie één vier vier acht zeven zes twee]]
medewerker: ik herhaal [[t:06 31 44 87 62]]
cliënt: ja klopt
medewerker: en e-mail heeft u ook
cliënt: [[e:helen punt habte at gmail punt com]]
medewerker: [[e:helen.habte@gmail.com]] top
=====
Spreker 1: goedemiddag met [[p:Karim]]
Spreker 2: salaam [[p:Karim]] met [[p:Mohammad]] [[p:Nazari]]
Spreker 1: hé meneer [[p:Nazari]] alles goed
Spreker 2: ja ja ik heb de brief van {{o:IND}} ze zeggen [[d:22 november]] tien uur in Rijswijk
Spreker 1: klopt ik ga mee ik haal u om negen uur op bij [[a:Hengelolaan 412]]
Spreker 2: dank u dank u wel
=====
[00:03:40] SWT: en wie is uw {{r:huisarts}}
[00:03:42] cliënt: eh dokter [[p:Kok]] in de [[a:Weimarstraat 220]]
[00:03:46] SWT: dokter [[p:Kok]] oké en u gaat daar graag heen
[00:03:49] cliënt: ja hij is goed maar hij heeft nooit tijd
[00:03:52] SWT: ik ga met uw toestemming contact met hem opnemen over uw slaapproblemen mag dat
[00:03:56] cliënt: ja dat mag
=====
hallo met [[p:sanne]] van het wijkteam {{w:Escamp}} spreek ik met meneer [[p:el idrissi]]
ja
meneer ik bel over de aanvraag voor de bijzondere bijstand die is binnen maar er mist nog een bankafschrift
welke
van de rekening waar uw uitkering op komt die eindigt op eh 4478
ah die van de {{o:ING}}
ja precies kunt u die mailen naar [[e:wijkteam.escamp@denhaag.nl]]
ik heb geen computer
dan kom ik het ophalen
=====
Medewerker: sociaal wijkzorgteam met [[p:Yvonne]]
Beller: goedemorgen met eh [[p:Warsame]] [[p:Hodan]]
Medewerker: mevrouw [[p:Warsame]] hoe gaat het
Beller: niet goed de {{r:deurwaarder}} komt weer hij zegt [[d:vrijdag de vijftiende]] komt hij spullen halen
Medewerker: heeft u de brief bij de hand wat is het dossiernummer bovenaan
Beller: eh [[z:D W 2 4 0 5 5 8 1 3]]
Medewerker: [[z:DW24055813]] oké ik bel ze nu meteen
=====
SWT: met [[p:Joyce]]
Beller: met [[p:Marta]]
SWT: [[p:Marta]] hoe is het
Beller: hij was er weer vannacht [[p:Krzysztof]] hij heeft de deur opengemaakt met de sleutel
SWT: ben je veilig nu
Beller: ja hij is weg
SWT: ik ga met jouw toestemming {{o:Veilig Thuis}} bellen en {{o:Haag Wonen}} vragen de sloten te vervangen ben je thuis vanmiddag
Beller: ja
=====
[00:00:02] medewerker: goedemiddag wijkteam {{w:Segbroek}} met [[p:Marieke]]
[00:00:05] beller: ja ik bel voor mijn opa want hij hoort slecht
[00:00:08] medewerker: hoe heet u en hoe heet uw opa
[00:00:10] beller: ik ben [[p:Lars]] en mijn opa is eh [[p:Wim Groen]]
[00:00:14] medewerker: en wat is er aan de hand [[p:Lars]]
[00:00:16] beller: hij heeft een brief dat zijn scootmobiel wordt opgehaald en hij snapt niet waarom
[00:00:21] medewerker: dat is vervelend ik zoek het voor jullie uit bij het {{o:Wmo-loket}}
=====
ja met [[p:Esther]] ik bel voor het gesprek van vorige week
oh ja mevrouw
u zou nog uw bankrekeningnummer doorgeven voor de terugbetaling
ja het is [[i:NL 84 INGB 8 1 5 9 2 6 8 0 6 5]]
ik lees het even terug [[i:NL84 INGB 8159 2680 65]]
ja
en het staat op naam van
[[p:Anjali Ramsaran]] want het is mijn rekening van school
ah dan moet het eigenlijk op uw eigen naam mevrouw [[p:Ramsaran]] uw moeder heet [[p:Sunita]] toch
=====
Spreker 1: ja goedemorgen met [[p:Ravi Baldewsingh]]
Spreker 2: goedemorgen meneer met [[p:Wouter]]
Spreker 1: ik zou een brief krijgen over de huurtoeslag maar hij is nooit gekomen
Spreker 2: welk adres heeft u doorgegeven
Spreker 1: [[a:Meppelweg 1011]] maar dat is oud ik woon sinds [[d:eerste maart]] op de [[a:Leyweg 204-B]]
Spreker 2: dan moet u de verhuizing nog doorgeven aan {{o:Toeslagen}}
=====
cliënt: hallo
SWT: goedemiddag u spreekt met [[p:Priya]] ik bel voor mevrouw [[p:Boateng]]
cliënt: dat ben ik [[p:Akosua]]
SWT: ik heb goed nieuws de stroom wordt morgen weer aangesloten
cliënt: oh thank god dank u wel
SWT: en ik heb een aanvraag gedaan bij {{o:Stichting Urgente Noden}} voor de achterstand
=====
[00:00:01] SWT: hallo met [[p:Dennis]]
[00:00:02] cliënt: ja hallo met [[p:Hatice]]
[00:00:04] SWT: hoi mevrouw [[p:Demir]]
[00:00:05] cliënt: ik heb de baby gekregen
[00:00:07] SWT: gefeliciteerd wanneer
[00:00:08] cliënt: [[d:dinsdag 8 oktober]] een meisje [[p:Elif]]
[00:00:12] SWT: wat mooi ik kom snel een keer langs en dan kijken we naar het bezwaar voor de woning
=====
Medewerker: wijkteam goedemiddag
Beller: hallo eh ik ben [[p:Jurgen]] ik zit in de opvang van het {{o:Leger des Heils}}
Medewerker: hoi [[p:Jurgen]] met [[p:Sanne]]
Beller: ik moet een postadres hebben voor de gemeente
Medewerker: dat klopt dan vragen we een briefadres aan wat is je geboortedatum
Beller: [[d:negen negen achtentachtig]]
Medewerker: en je hebt een ID-kaart
Beller: die is kwijt
=====
Spreker 1: met [[p:Yvonne]]
Spreker 2: ja hallo hier met de dochter van mevrouw [[p:Kromodikoro]] [[p:Wati]]
Spreker 1: dag mevrouw
Spreker 2: mijn man [[p:Marlon]] heeft gebeld naar het verpleeghuis zonder dat met mij te overleggen ik wil dat u weet dat mijn moeder thuis wil blijven
Spreker 1: dank u dat u dat zegt dat hebben wij ook van haar gehoord we gaan daar rekening mee houden
=====
SWT: met [[p:Mirjam]] {{r:casusregisseur}}
Beller: ja met [[p:Anand]] de broer van [[p:Sunita]] nee van [[p:Shanti]] sorry [[p:Shanti Jagessar]]
SWT: ja meneer [[p:Jagessar]]
Beller: het gaat niet goed ze is gestopt met haar medicatie
SWT: sinds wanneer
Beller: sinds [[d:zondag 3 november]] denk ik
SWT: ik bel direct de {{r:ambulant begeleider}} van {{o:Parnassia}}
=====
hallo ja met [[p:Adilson]]
dag [[p:Adilson]] met [[p:Wouter]] je afspraak bij de {{o:Kredietbank}} is verzet naar [[d:dinsdag 14 januari]]
hoe laat
kwart over tien aan de [[a:Wijnhaven 17]]
is goed dank je
=====
[00:00:00] medewerker: goedemorgen met [[p:Joyce]] sociaal wijkzorgteam {{w:Zeeheldenkwartier}}
[00:00:04] beller: ja morgen ik eh ik bel eigenlijk voor een vriendin
[00:00:08] medewerker: ja
[00:00:09] beller: ze durft zelf niet te bellen ze heeft veel schulden en haar man weet het niet
[00:00:14] medewerker: hoe heet uw vriendin
[00:00:16] beller: [[p:Fatma]] ik wil liever niet de achternaam zeggen
[00:00:19] medewerker: dat is goed wil [[p:Fatma]] langskomen op ons spreekuur in het {{o:Servicepunt XL}}
=====
Spreker 1: ja met [[p:Ivan]]
Spreker 2: hi [[p:Ivan]] it's [[p:Karim]] from the eh wijkteam
Spreker 1: ah yes
Spreker 2: your appointment with {{o:Zilveren Kruis}} is arranged for [[d:Monday the 18th]] eh [[d:maandag achttien november]]
Spreker 1: okay where
Spreker 2: I come to your house at [[a:Vaillantlaan 86-3]] and we call together
=====
SWT: goedemiddag met [[p:Esther]]
Cliënt: hallo met [[p:Senait]]
SWT: hoi [[p:Senait]]
Cliënt: ik heb brief van de {{o:Belastingdienst}} ik moet terugbetalen vierduizend
SWT: ah ja dat is van de kinderopvangtoeslag wat staat er bovenaan bij kenmerk
Cliënt: [[z:1943 44 102 Z 4 5]] eh dat is alles
SWT: neem de brief donderdag mee naar het spreekuur ik help je
=====
[00:00:01] medewerker: met [[p:Bas]]
[00:00:02] cliënt: ja met [[p:Kees]] [[p:de Wit]] van de [[a:Dedemsvaartweg 233]] ja u weet wel
[00:00:07] medewerker: ja meneer [[p:de Wit]]
[00:00:08] cliënt: mijn {{r:bewindvoerder}} die [[p:Hermans]] die geeft me te weinig leefgeld
[00:00:12] medewerker: hoeveel krijgt u nu per week
[00:00:14] cliënt: vijftig euro daar kan toch niemand van leven
[00:00:17] medewerker: ik bespreek het met mevrouw [[p:Hermans]] en dan kom ik er bij u op terug
=====
medewerker: u spreekt met [[p:Marieke]]
beller: goedemorgen ik ben [[p:Zahra Rahimi]] ehm
medewerker: goedemorgen mevrouw [[p:Rahimi]]
beller: mijn zoon [[p:Ali]] moet naar de {{r:tandarts}} maar ik heb geen verzekering voor hem
medewerker: hoe oud is [[p:Ali]]
beller: negen
medewerker: kinderen tot achttien zijn gratis verzekerd bij u mee we kijken samen
=====
SWT: met [[p:Sanne]]
Beller: ja met de dochter van mevrouw [[p:Popescu]] ik ben [[p:Ionela]] [[p:Stan]]
SWT: dag mevrouw [[p:Stan]]
Beller: mijn moeder heeft nu BSN maar de {{r:huisarts}} wil een bewijs
SWT: dan kan ze een uittreksel BRP vragen bij de gemeente
Beller: kan het ook via e-mail
SWT: u kunt het naar mij mailen op [[e:s.vermeulen@wijkteamsdenhaag.nl]] dan stuur ik het door
=====
[00:00:02] SWT: goedemiddag met [[p:Yvonne]] {{r:wijkverpleegkundige}}
[00:00:05] cliënt: ja met [[p:Jan]] [[p:Zwart]]
[00:00:07] SWT: dag meneer [[p:Zwart]]
[00:00:08] cliënt: die mevrouw die zou komen voor de aanpassingen is niet gekomen
[00:00:12] SWT: [[p:Marieke]] u bedoelt dat spijt me ze was ziek ik plan het opnieuw voor [[d:woensdag 11 december]]
[00:00:18] cliënt: goed goed
=====
hallo ik ben [[p:Farida]] eh ik bel van de vrouwenopvang
hoi [[p:Farida]] met [[p:Nadia]]
ik heb nu een nieuw nummer [[t:06-2 4 5 8 1 3 9 7]] het oude mag niet meer gebruikt worden
ik noteer hem dat is [[t:06 24 58 13 97]]
ja en mijn adres mag ook niet aan niemand
natuurlijk dat blijft bij ons
=====
Spreker 1: met [[p:Dennis]] wijkteam
Spreker 2: ja hoi met [[p:Rachid]] ik eh ik heb een vraag over schuldhulp
Spreker 1: vertel
Spreker 2: ik heb een lening lopen bij eh een vriend van mijn vader en die wil het terug
Spreker 1: hoeveel is het
Spreker 2: dertienhonderd euro
Spreker 1: en verder heb je nog andere schulden
Spreker 2: alleen {{o:DUO}}
Spreker 1: kom anders dinsdag naar het inloopspreekuur in {{w:Rustenburg}}
""")
# ---------------------------------------------------------------------------
# 3. Transcribed calls with partners (GP, Veilig Thuis, housing, debt help, police ...)
# ---------------------------------------------------------------------------
add(r"""
[00:00:00] SWT: goedemiddag met [[p:Mirjam]] van het sociaal wijkzorgteam {{w:Moerwijk}} ik zou graag de {{r:huisarts}} spreken over een gezamenlijke patiënt
[00:00:07] assistente: waar gaat het over
[00:00:08] SWT: over mevrouw [[p:Tahiri]] [[p:Naima]] geboren [[d:17-05-1981]]
[00:00:13] assistente: dokter [[p:Veenstra]] belt u na het spreekuur terug op welk nummer
[00:00:16] SWT: [[t:06 50 12 77 34]]
[00:00:19] assistente: en is er toestemming van mevrouw
[00:00:21] SWT: ja ze heeft de toestemmingsverklaring getekend op [[d:2 oktober]]
=====
[00:00:02] {{o:Veilig Thuis}}: {{o:Veilig Thuis Haaglanden}} met [[p:Robin]]
[00:00:05] SWT: hoi met [[p:Joyce]] sociaal wijkzorgteam ik bel over een melding van vorige week het gezin [[p:Ahmadi]]
[00:00:10] {{o:Veilig Thuis}}: heb je een registratienummer
[00:00:12] SWT: ja [[z:VT 2024 4 4 0 9 1]]
[00:00:16] {{o:Veilig Thuis}}: [[z:VT-2024-44091]] ja ik zie hem de {{r:aandachtsfunctionaris}} van de school heeft ook gemeld
[00:00:21] SWT: mevrouw [[p:Ahmadi]] is nu met de kinderen in de opvang ik wil afstemmen wie wat doet
=====
ehm ja met [[p:Robin]] van {{o:Veilig Thuis}} ik bel voor [[p:Annemiek]] [[p:de Hoop]] is zij er
nee die is in gesprek kan ik iets doorgeven
ja het gaat over de familie [[p:Azzouz]] in {{w:Spoorwijk}} wij sluiten het onderzoek af en dragen over aan het wijkteam kan ze me terugbellen op [[t:070 346 9 2 1 5]]
ik geef het door
=====
SWT: hallo met [[p:Bas]] ik bel namens het wijkteam {{w:Bouwlust}} voor een huurder van jullie
{{o:Haag Wonen}}: ja met [[p:Joyce]] van {{o:Haag Wonen}} om welk adres gaat het
SWT: [[a:Dedemsvaartweg 1156]]
{{o:Haag Wonen}}: en de naam van de huurder
SWT: mevrouw [[p:Zielińska]] [[p:z i e l i n s k a]] met een streepje op de n
{{o:Haag Wonen}}: ik zie een huurachterstand van drieduizend tweehonderd euro en er ligt een ontruimingsvonnis
SWT: kunnen we een betalingsregeling afspreken we hebben een {{r:bewindvoerder}} aangevraagd
=====
[00:00:00] {{r:bewindvoerder}}: met [[p:Roos Hermans]] {{o:Budgetbeheer Haaglanden}}
[00:00:03] SWT: hoi [[p:Roos]] met [[p:Bas]] van het wijkteam over meneer [[p:de Wit]]
[00:00:07] {{r:bewindvoerder}}: ah [[p:Kees]] ja
[00:00:08] SWT: hij klaagt over het leefgeld vijftig euro per week
[00:00:11] {{r:bewindvoerder}}: ja ik weet het maar er is een beslag van het {{o:CJIB}} en de huur moet eerst
[00:00:15] SWT: kan je het extra leefgeld overmaken op zijn leefgeldrekening dat was toch [[i:NL62 RBRB 8074 2117 93]]
[00:00:21] {{r:bewindvoerder}}: ja dat klopt ik kijk wat er kan
=====
ja goedemiddag met [[p:Van der Linden]] {{r:wijkagent}} {{w:Morgenstond}} ik bel even over de Hengelolaan eh de [[a:Hengelolaan 640]] daar hebben we vannacht weer een melding gehad
ja met [[p:Joyce]] gaat het over [[p:Farida]]
ja mevrouw [[p:Ahmadi]] haar man is aangehouden hij heet [[p:Ahmad Ahmadi]] geboren [[d:12-12-1979]] hij heeft een tijdelijk huisverbod van tien dagen
dank je ik bel haar zo
=====
[00:00:01] SWT: ja met [[p:Priya]] ik bel voor de schuldhulp intake van mevrouw [[p:Isenia]]
[00:00:05] {{o:Schuldhulpverlening Den Haag}}: ja met [[p:Gert-Jan]] eh wat is het dossiernummer
[00:00:08] SWT: [[z:SHV 2024 0 3 3 1 7]]
[00:00:12] {{o:Schuldhulpverlening Den Haag}}: ja ik heb hem we missen nog een overzicht van {{o:DUO}} en de loonstroken van de {{o:Jumbo}}
[00:00:17] SWT: ik zorg dat ze dat mailt kun je je mailadres geven
[00:00:19] {{o:Schuldhulpverlening Den Haag}}: [[e:gj.kuipers@denhaag.nl]] gj is [[p:g j]]
=====
ehm ja met [[p:Shanti]] {{r:POH-GGZ}} ik bel je terug over [[p:Said]]
hoi [[p:Shanti]] met [[p:Dennis]] ja ik ben bij hem geweest hij heeft mij binnengelaten
oh wat goed
we hebben een uur gepraat hij vindt het goed als jij een keer meekomt zijn ouders wonen op de [[a:Erasmusweg 1310]] dat weet je
ja klopt
zullen we [[d:donderdag 21 november]] om vier uur samen gaan
=====
[00:00:00] SWT: goedemorgen met [[p:Karim]] sociaal wijkzorgteam ik bel met {{o:Vluchtelingenwerk}}
[00:00:04] {{o:Vluchtelingenwerk}}: ja met [[p:Yonas]] {{r:maatschappelijk begeleider}}
[00:00:07] SWT: hoi [[p:Yonas]] over mevrouw [[p:Tesfay]] de begeleiding loopt af in juni toch
[00:00:11] {{o:Vluchtelingenwerk}}: ja eind juni het dossier bij ons is [[z:VWN-DH-22-5180]]
[00:00:16] SWT: kunnen we een warme overdracht plannen bij haar thuis aan de [[a:Moerweg 71B]]
[00:00:20] {{o:Vluchtelingenwerk}}: prima [[d:10 juni]] in de middag
=====
goedemiddag ik bel van het {{o:HMC}} {{r:transferverpleegkundige}} [[p:Annelies]] het gaat over mevrouw [[p:Bakker]] [[p:Gerda]] ze mag donderdag naar huis maar we horen dat ze drie hoog woont
klopt met [[p:Dennis]] we hebben met haar zoon gesproken we regelen tijdelijk een plek in {{o:Respijthuis}} of eerstelijnsverblijf
het adres van mevrouw klopt [[a:Lijsterbesstraat 96]] [[pc:2563 EX]]
ja
=====
[00:00:03] SWT: ja hoi [[p:Jermaine]] met [[p:Joyce]]
[00:00:05] jongerenwerk: hé [[p:Joyce]] zeg het eens
[00:00:07] SWT: ik heb een jongen voor je [[p:Shurandy]] twintig woont bij zijn moeder in de [[a:Jacob Catsstraat 23 a]]
[00:00:12] jongerenwerk: [[p:Shurandy]] [[p:Martina]] die ken ik van het voetbal bij {{o:Jongerencentrum The Mall}}
[00:00:16] SWT: top zou je hem willen benaderen zijn nummer is [[t:06 3 8 2 1 4 4 0 9]]
=====
SWT: met [[p:Esther]] ik bel voor de {{r:leerplichtambtenaar}}
Gemeente: met [[p:Hans]] [[p:Koster]]
SWT: hoi [[p:Hans]] ik bel over [[p:Wei Zhang]] leerlingnummer [[z:LPL-43318]]
Gemeente: ja hij heeft deze maand al zestien uur ongeoorloofd verzuim
SWT: we gaan maandag met een tolk naar het gezin op de [[a:Prinsegracht 77-hs]]
Gemeente: fijn laat me weten hoe het ging
=====
[00:00:01] SWT: goedemiddag met [[p:Wouter]] sociaal wijkzorgteam ik bel voor een klant van het {{o:UWV}}
[00:00:06] {{o:UWV}}: u spreekt met [[p:Dilara]] van {{o:UWV}} heeft u een BSN
[00:00:09] SWT: ja [[b:7 3 7 0 8 9 4 0 4]] het gaat over meneer [[p:Ramsaran]]
[00:00:14] {{o:UWV}}: een ogenblik ik zie een WW aanvraag van [[d:20 mei]] die nog in behandeling is
[00:00:19] SWT: er zit een gat van zes weken zonder inkomen kan er een voorschot komen
=====
ja met dokter [[p:Veenstra]] u had gebeld over mevrouw [[p:Tahiri]]
ja dokter met [[p:Mirjam]] dank u voor het terugbellen
ik ken haar al lang ze heeft een depressie gehad in 2019 ik vind het zorgelijk dat ze niet meer komt
ze ligt de hele dag in bed haar man [[p:Youssef]] is ten einde raad
ik kan een verwijzing maken naar de {{o:GGZ}} maar ze moet wel willen
=====
[00:00:00] SWT: met [[p:Sanne]] ik bel met de {{o:SVB}} over een AOW aanvulling
[00:00:04] {{o:SVB}}: ja u spreekt met [[p:Mark]] heeft u een burgerservicenummer voor mij
[00:00:07] SWT: [[b:144 793 519]] mevrouw [[p:Rosaria]] [[p:Yolanda]] nee [[p:Maria]] [[p:Rosaria]] sorry
[00:00:13] {{o:SVB}}: geboortedatum
[00:00:14] SWT: [[d:5 juni 1967]]
[00:00:16] {{o:SVB}}: ik zie het bezwaar staat geregistreerd onder [[z:SVB-BZ-2024-77012]]
=====
SWT: goedemorgen met [[p:Nadia]] {{r:MEE-consulent}} ik bel met {{o:Ipse de Bruggen}}
{{o:Ipse}}: goedemorgen met [[p:Lieke]] afdeling wonen
SWT: ik wil vragen naar de wachtlijstpositie van [[p:Bas Visser]] geboren [[d:30-01-1999]]
{{o:Ipse}}: ehm [[p:Visser]] [[p:Bas]] hij staat op plek zeven voor de locatie in {{w:Leidschenveen}}
SWT: en de kamer op de [[a:Kerketuinenweg 12]]
{{o:Ipse}}: dat is een andere aanbieder
=====
ja goedemiddag u spreekt met [[p:Patrick]] van {{o:Stedin}} ik bel terug over de aansluiting op de [[a:Zuiderparklaan 311-A]]
ja met [[p:Priya]] wijkteam
die is gisteren weer aangesloten op verzoek van {{o:Vattenfall}} de klant heet [[p:A. Boateng]] toch
ja klopt
dan is dat afgerond
=====
[00:00:01] SWT: ja hallo met [[p:Mirjam]] ik bel voor de {{r:ambulant begeleider}} van [[p:Shanti Jagessar]]
[00:00:05] {{o:Parnassia}}: met [[p:Kofi]]
[00:00:06] SWT: hoi [[p:Kofi]] haar broer belde ze is gestopt met de medicatie sinds [[d:3-11]]
[00:00:10] {{o:Parnassia}}: dat is niet goed ik ga morgen langs ik heb haar patiëntnummer [[z:P-0088127]] nog even nodig voor de {{r:psychiater}} eh dat heb ik al
[00:00:16] SWT: bel je me na het bezoek
=====
SWT: ja met [[p:Wouter]] ik bel voor de {{o:Wmo}} aanvraag van meneer [[p:Pinas]]
Gemeente: met [[p:Ellen]] {{r:Wmo-consulent}} welk zaaknummer
SWT: [[z:Wmo-2024-68842]]
Gemeente: het keukentafelgesprek staat op vier juli
SWT: dochter kan dan niet kan het [[d:dinsdag 9 juli]] worden
Gemeente: dat kan om twee uur
=====
[00:00:00] SWT: goedemiddag met [[p:Karim]] ik bel met het {{o:Juridisch Loket}} voor een cliënte
[00:00:04] JL: ja zegt u het maar
[00:00:05] SWT: mevrouw [[p:Habte]] woont sinds januari 2023 in een kamer zonder huurcontract op de [[a:Hoefkade 512-2]] en de huisbaas wil haar eruit
[00:00:12] JL: heeft ze betalingsbewijzen
[00:00:14] SWT: ja ze betaalt per bank naar de rekening van de huisbaas [[i:NL46RABO4607943778]]
[00:00:19] JL: dan is er een huurovereenkomst laat haar langskomen
=====
ehm hoi met [[p:Yvonne]] ik bel even met de apotheek {{o:Apotheek Escamp}} over meneer [[p:Mahabier]]
ja met [[p:Lotte]] apotheek
kunnen jullie de medicatie voortaan bezorgen hij kan slecht lopen
welk adres
[[a:Escamplaan 177]] [[pc:2547 DA]]
en geboortedatum
[[d:14 maart 1949]]
dat is geregeld vanaf [[d:maandag 25 november]]
=====
[00:00:02] SWT: met [[p:Joyce]] wijkteam ik bel voor de opvang
[00:00:04] opvang: met [[p:Femke]] van de {{o:Blijf Groep}}
[00:00:06] SWT: mevrouw [[p:Ahmadi]] heeft een nieuw nummer gekregen mag ik dat bevestigen
[00:00:09] opvang: ja [[t:06 24 58 13 97]] en haar kinderen [[p:Sami]] en [[p:Laila]] gaan vanaf [[d:2 december]] naar een school in de buurt
[00:00:15] SWT: fijn dank je
=====
hoi met [[p:Gert-Jan]] van {{o:Schuldhulpverlening}} ik mis de loonstroken van [[p:Isenia]] en ik heb je mail niet gehad [[p:Priya]]
oh sorry ik heb het gestuurd naar [[e:g.j.kuipers@denhaag.nl]] met punten ertussen
dat is verkeerd het is zonder punt [[e:gj.kuipers@denhaag.nl]]
ah ik stuur het opnieuw
=====
[00:00:00] SWT: goedemiddag met [[p:Sanne]] ik bel met de {{o:Voedselbank}} over een aanmelding
[00:00:04] {{o:Voedselbank}}: ja met [[p:Thea]] van uitgiftepunt {{w:Laak}}
[00:00:07] SWT: [[p:Agnieszka Nowak]] drie kinderen ze woont op [[a:Pretoriusstraat 66]] de verwijsbrief heb ik gemaild
[00:00:13] {{o:Voedselbank}}: ja binnen ze kan vrijdag komen ophalen klantnummer wordt [[z:VB-2231]]
=====
SWT: met [[p:Marieke]] ik bel met de {{o:Woningstichting}} over een woningaanpassing
Woning: met [[p:Ahmet]] technische dienst
SWT: meneer [[p:Jan Zwart]] in {{w:Scheveningen}} [[a:Keizerstraat 104]] hij is slechtziend en heeft een traplift nodig
Woning: is er een indicatie van de {{o:Wmo}}
SWT: die wordt aangevraagd het zaaknummer is [[z:2024-WMO-19388]]
=====
[00:00:01] SWT: hoi [[p:Kofi]] met [[p:Mirjam]] hoe was het bij [[p:Shanti]]
[00:00:04] {{o:Parnassia}}: ze was redelijk ze wil weer starten met de medicatie als haar broer [[p:Anand]] haar helpt
[00:00:09] SWT: goed ik spreek [[p:Anand]] morgen
[00:00:11] {{o:Parnassia}}: en de {{r:psychiater}} dokter [[p:Sarmo]] ziet haar op [[d:dinsdag de 19e]]
=====
ja hallo met [[p:Ellen]] van {{o:Zebra Welzijn}} ik bel voor [[p:Dennis]]
die is er niet kan ik helpen met [[p:Wouter]]
ik heb een vrijwilliger gevonden voor meneer [[p:Petrov]] voor het maatjesproject hij heet [[p:Frank]] en woont ook in {{w:Laak}}
top geef je zijn nummer door
[[t:06 – 11 42 83 60]]
=====
[00:00:00] SWT: met [[p:Esther]] ik bel met {{o:CAK}} over de eigen bijdrage
[00:00:03] {{o:CAK}}: met [[p:Rob]] wat is het BSN van de klant
[00:00:05] SWT: [[b:988.120.938]]
[00:00:08] {{o:CAK}}: en naam en geboortedatum
[00:00:10] SWT: [[p:Henk van Leeuwen]] [[d:19 augustus 1940]]
[00:00:13] {{o:CAK}}: ik zie een achterstand van drie maanden het klantnummer is [[z:CAK 7 7 8 0 3 1 2]]
""")
# ---------------------------------------------------------------------------
# 4. Voicemails (incoming and outgoing), automatic transcripts
# ---------------------------------------------------------------------------
add(r"""
voicemail ontvangen 09:14 ja goedemorgen u spreekt met [[p:Sandra]] van de {{o:Haagse Kredietbank}} ik bel voor [[p:Dennis]] over meneer [[p:Mensah]] eh het saneringskrediet is goedgekeurd maar we hebben nog een handtekening nodig wil je me terugbellen op [[t:070 353 71 40]] dank je wel doei
=====
voicemail: hallo eh met [[p:Hatice]] [[p:Demir]] ik bel voor eh [[p:Dennis]] mijn telefoon is bijna leeg eh bel mij terug alstublieft [[t:nul zes vijfenveertig zevenentachtig nul twee dertig]] dank u
=====
Voicemail van [[t:+31 6 2290 1174]] om 16:52. "Ja hoi [[p:Joyce]], met [[p:Femke]] van de {{o:Blijf Groep}}. Eh, [[p:Farida]] heeft vanmiddag een gesprek gehad met de {{r:advocaat}}. Ze wil je graag spreken over de omgangsregeling voor [[p:Sami]] en [[p:Laila]]. Wil je haar bellen? Ze is tot zes uur bereikbaar. Doei."
=====
ja goedemiddag dit is een bericht voor het sociale wijkteam eh ik ben mevrouw eh nee ik ben [[p:Els Schouten]] [[p:schouten]] met sch ik woon op de [[a:Laakkade 303]] en ik heb een buurman [[p:Piet]] die al heel lang in de war is hij loopt 's nachts op straat in zijn ondergoed ik maak me zorgen mijn nummer is [[t:06 14 27 85 63]] dag
=====
voicemail 11:03 dag [[p:Wouter]] met [[p:Ellen]] {{r:Wmo-consulent}} eh het keukentafelgesprek bij [[p:Pinas]] is bevestigd voor [[d:dinsdag 9 juli]] om twee uur wil je het aan de dochter doorgeven groet
=====
ehm hallo dit is [[p:Ionela]] ik bel voor mijn moeder [[p:Andreea]] [[p:Popescu]] het uittreksel heb ik gestuurd naar uw e-mail [[e:s.vermeulen@wijkteamsdenhaag.nl]] kunt u kijken of het is aangekomen mijn nummer [[t:06 39 52 06 18]] mulțumesc eh dank u
=====
Bericht ingesproken door: onbekend nummer. Transcript: "goedemiddag ik bel van de {{o:Raad voor de Kinderbescherming}} mijn naam is [[p:Marloes Bakker]] eh ik probeer [[p:Priya]] te bereiken over het onderzoek in het gezin [[p:Boateng]] ons zaaknummer is [[z:RvdK 2 0 2 4 1 1 8 3 2]] u kunt me bereiken op [[t:088 – 511 17 34]] dank u"
=====
voicemail: ja hé [[p:Esther]] met [[p:Kevin]] van het {{o:Leger des Heils}} de {{r:ambulant begeleider}} eh even over [[p:Jurgen]] [[p:Cijntje]] hij heeft zijn briefadres nou bij ons aan de [[a:Prinsegracht 54]] de gemeente heeft het goedgekeurd dus dat is geregeld en hij heeft een nieuwe ID-kaart aangevraagd fijne dag
=====
transcriptie voicemail 14:27 eh hallo met dokter [[p:Kok]] eh nee met de assistente van dokter [[p:Kok]] [[p:Naomi]] we hebben de brief gekregen over meneer [[p:Dimitrov]] de dokter wil graag eerst zelf met hem praten voordat u verder gaat u kunt bellen naar de praktijk op [[t:070 – 3 66 21 09]] tussen één en twee
=====
ja goedemorgen met [[p:Anand]] [[p:Jagessar]] voor [[p:Mirjam]] mijn zus heeft haar pillen weer genomen vanochtend ik ben er zelf bij geweest ik wilde het even laten weten dank je doei
=====
voicemail ontvangen van [[t:0031 70 445 98 12]] goeiedag met [[p:Lotte]] van {{o:Apotheek Escamp}} we hebben de medicatie bezorgd bij meneer [[p:Mahabier]] maar er deed niemand open we hebben het bij de buren op [[a:Escamplaan 179]] afgegeven wilt u dat even aan meneer doorgeven
=====
hoi [[p:Sanne]] met [[p:Thea]] van de {{o:Voedselbank}} eh mevrouw [[p:Nowak]] is vrijdag niet komen opdagen we houden het pakket tot dinsdag daarna gaat het naar iemand anders groetjes
=====
Voicemail 08:47. "Ja goedemorgen, u spreekt met meneer [[p:Baldewsingh]], [[p:Ravi]], ik heb gisteren de verhuizing doorgegeven aan de {{o:Belastingdienst}}, eh, mijn nieuwe adres is [[a:Leyweg 204-B]], [[pc:2545 GK]] dus dat is geregeld, en ik wilde vragen of u nog iets nodig heeft van mij. Mijn nummer is [[t:06-12 87 40 55]]. Dank u wel."
=====
ja hallo ik ben [[p:Zeynep]] [[p:Aydın]] [[p:a y d i n]] zonder puntje op de i ik ben doorverwezen door de {{o:CJG}} ik heb vragen over eh mijn moeder die bij mij woont en steeds meer vergeet kunt u mij bellen [[t:06 – 48 19 30 77]] of mailen [[e:zeynep.aydin1987@hotmail.com]] eh dank u
=====
voicemail 17:36 ja met [[p:Hans]] [[p:Koster]] {{r:leerplichtambtenaar}} voor [[p:Esther]] hoe ging het bezoek bij de familie [[p:Zhang]] bel me morgen even ik ben er tot drie
=====
uitgaand voicemailbericht ingesproken door [[p:Karim]]: goedemiddag meneer [[p:Haddad]] met [[p:Karim]] van het wijkteam ik bel over de afspraak bij het {{o:Werkgeversservicepunt}} die is op [[d:woensdag 27 maart]] om tien uur eh voor u en uw vrouw [[p:Rania]] ik haal u op bij [[a:Laan van Hoornwijck 88]] groet
=====
transcript: "hallo [[p:Yvonne]] met [[p:Gracia]] eh [[p:Pinas]] mijn vader heeft een val gehad hij is in het {{o:Haga Ziekenhuis}} op de SEH niks gebroken denk ik maar ze houden hem vannacht ik laat het weten"
=====
voicemail eh goedemiddag met [[p:Patrick]] van {{o:Stedin}} voor [[p:Priya]] nog een vraag over de klant op de [[a:Zuiderparklaan 311 A]] ons kenmerk is [[z:STD-8813-0047]] bel terug op [[t:088 896 39 00]] bedankt
=====
hallo met [[p:Kwame]] ik bel voor [[p:Dennis]] de bank wil dat ik een formulier invul maar ik begrijp het niet kan je helpen ik ben thuis de hele dag bye
=====
ingesproken bericht 10:05: ja dag met mevrouw [[p:Koster]] van de {{o:SZW}} {{r:klantmanager}} voor [[p:Priya]] over meneer [[p:Lopes Tavares]] de ziektewet loopt af op [[d:31 juli]] en we moeten de aanvraag bijstand vóór [[d:15 juli]] binnen hebben ik stuur je de formulieren per mail dag
=====
voicemail ja goeiemorgen met [[p:Yasmin]] [[p:Al Masri]] ik heb een afspraak morgen met [[p:Karim]] maar mijn dochter is ziek ehm kan het volgende week ik ben op [[t:06 20 31 77 58]] dankjewel
=====
bericht: hoi [[p:Mirjam]] met [[p:Lieke]] {{o:Ipse}} er is een plek vrijgekomen voor [[p:Bas Visser]] in {{w:Leidschenveen}} per [[d:1 september]] wil je [[p:Nadia]] van {{o:MEE}} ook inlichten groetjes
=====
voicemail [[t:070 – 22 06 381]] ja met [[p:Gerda]] [[p:Bakker]] ik ben thuis uit het ziekenhuis mijn zoon [[p:Henk]] heeft me gebracht ik wilde even zeggen dank u wel voor alles
=====
Automatische transcriptie: "Ja hallo, eh, met [[p:Giselle]], ik bel voor [[p:Yolanda]], ze, ze durft niet zelf te bellen. Ze heeft een brief van {{o:DUO}} met een betalingsregeling en ze wil weten of ze moet tekenen. Bel mij maar terug op dit nummer. Doei."
=====
voicemail 13:12 goedemiddag u spreekt met [[p:Rob]] van het {{o:CAK}} voor mevrouw [[p:Esther]] van het wijkteam het gaat over cliënt [[p:Van Leeuwen]] klantnummer [[z:7780312]] er kan een betalingsregeling worden getroffen van twintig euro per maand bel mij terug op [[t:038 750 44 19]]
=====
ja hallo met [[p:Stoyan]] voor het wijkteam [[p:Desislava]] en ik hebben een nieuwe kamer gevonden aan de [[a:De la Reyweg 422]] [[pc:2571 ES]] ik wil het adres veranderen bij de gemeente wanneer kan ik komen thank you
=====
voicemail van [[p:Hans]] van de {{o:Zonnebloem}} voor [[p:Marieke]]: we hebben een vrijwilliger die meneer [[p:Zwart]] op donderdag kan voorlezen, hij heet [[p:Hoop]] [[p:Jan de Hoop]] en is zelf ook gepensioneerd, bel me even, groet
=====
hoi met [[p:Rachid]] [[p:El Khattabi]] voor [[p:Dennis]] ik kan dinsdag niet naar het spreekuur komen ik moet werken kan het op donderdag mijn nummer is nog steeds [[t:06-30 55 19 82]] oké doei
=====
voicemail goedemiddag met [[p:Annemiek de Hoop]] {{o:Veilig Thuis}} ik bel voor [[p:Joyce]] over [[z:VT-2024-3319]] de familie [[p:Azzouz]] de overdracht is per [[d:vrijdag 13 september]] ik stuur de rapportage via Zorgmail bel me bij vragen [[t:070 346 92 00]]
=====
ja eh met [[p:Senait]] [[p:Tesfay]] ik heb de brief gekregen van de huur ik weet niet ik moet bellen [[p:Esther]] alsjeblieft bel me
""")
# ---------------------------------------------------------------------------
# 5. Forms filled in over the phone (questions asked and answered)
# ---------------------------------------------------------------------------
add(r"""
SWT: dan vul ik nu even het aanmeldformulier met u in wat is uw achternaam
cliënt: [[p:Kaya]] [[p:k a y a]]
SWT: en voornaam
cliënt: [[p:Mehmet]]
SWT: geboortedatum
cliënt: [[d:drie juli negentien tweeënzeventig]]
SWT: [[d:3-7-1972]] en uw BSN heeft u die bij de hand
cliënt: eh ja wacht [[b:1 8 1 1 7 4 0 3 0]]
SWT: [[b:181174030]] dank u en het adres
cliënt: [[a:Kempstraat 118-1]] [[pc:2572 GC]]
SWT: en een telefoonnummer waarop u bereikbaar bent
cliënt: [[t:06 53 20 18 44]]
=====
[00:04:02] medewerker: oké dan de gegevens voor de aanvraag bijzondere bijstand naam
[00:04:05] cliënt: [[p:Tesfalem Gebremedhin]]
[00:04:07] medewerker: kunt u dat spellen
[00:04:08] cliënt: [[p:t e s f a l e m]] en dan [[p:g e b r e m e d h i n]]
[00:04:15] medewerker: geboren op
[00:04:16] cliënt: [[d:1 januari 1990]]
[00:04:18] medewerker: burgerservicenummer
[00:04:20] cliënt: [[b:534 32 23 59]]
[00:04:24] medewerker: en het rekeningnummer waar het geld op moet
[00:04:26] cliënt: [[i:NL 83 INGB 2975 3836 07]]
[00:04:32] medewerker: aanvraagnummer wordt [[z:BB-2024-11903]]
=====
SWT: ik heb nog een paar gegevens nodig voor de schuldhulp aanmelding mevrouw [[p:Isenia]] uw volledige naam
cliënt: [[p:Yolanda Maria Isenia]]
SWT: geboortedatum
cliënt: [[d:twaalf augustus achtentachtig]]
SWT: BSN
cliënt: [[b:twee een twee nul negen zes twee negen een]]
SWT: ik herhaal [[b:212096291]]
cliënt: klopt
SWT: e-mail
cliënt: [[e:yoli.isenia@outlook.com]] [[p:yoli]] met een i
SWT: en uw adres is nog [[a:Westduinweg 186]] [[pc:2583 AE]]
cliënt: ja
=====
[00:00:40] SWT: goed ik vul het formulier voor de energietoeslag in samen met u naam
[00:00:43] cliënt: [[p:Omar Haddad]]
[00:00:45] SWT: geboortedatum
[00:00:46] cliënt: eh [[d:vijftien vijf vijfentachtig]]
[00:00:49] SWT: [[d:15 mei 1985]] ja
[00:00:51] cliënt: ja
[00:00:52] SWT: BSN
[00:00:53] cliënt: [[b:232037620]]
[00:00:57] SWT: rekeningnummer
[00:00:58] cliënt: eh [[i:NL22 ABNA 5047 9015 04]]
[00:01:03] SWT: ik herhaal [[i:NL22ABNA5047901504]]
[00:01:06] SWT: en het adres [[a:Laan van Hoornwijck 88]] [[pc:2497 DS]] {{w:Ypenburg}}
=====
intake telefonisch formulier eerste contact
naam cliënt [[p:Hodan Warsame]]
geboortedatum [[d:07-11-1989]]
BSN [[b:980 939 847]]
adres [[a:Zuiderparklaan 74-1]]
postcode [[pc:2574 HK]] Den Haag
telefoon [[t:06 47 81 22 05]]
{{r:huisarts}} dokter [[p:Aarts]] {{w:Moerwijk}}
verwijzer {{o:Servicepunt XL}}
hulpvraag schulden {{r:deurwaarder}} kinderen [[p:Ayaan]] [[p:Ilhan]] en [[p:Sagal]]
=====
Medewerker: voor de aanmelding bij de {{o:Voedselbank}} heb ik nodig naam en geboortedatum van alle gezinsleden
Cliënt: ik [[p:Agnieszka Nowak]] [[d:negentien februari tweeënnegentig]] en [[p:Zuzanna]] [[d:4-4-2015]] [[p:Kacper]] [[d:12 oktober 2017]] en [[p:Lena]] [[d:30 december 2020]]
Medewerker: en het inkomen
Cliënt: bijstand eh vanaf vorige maand
Medewerker: en uw rekeningnummer voor de eigen bijdrage
Cliënt: [[i:NL21TRIO3560947551]]
=====
[00:02:11] SWT: oké dan ga ik even de gegevens controleren u bent [[p:Senait Tesfay]]
[00:02:14] cliënt: ja
[00:02:15] SWT: geboren [[d:2 februari 1994]]
[00:02:17] cliënt: ja
[00:02:18] SWT: BSN eindigt op drie vier negen
[00:02:21] cliënt: eh nee [[b:958 58 57 63]]
[00:02:25] SWT: oh dan heb ik hem fout genoteerd goed dat we het checken adres [[a:Moerweg 71B]]
[00:02:30] cliënt: ja B
[00:02:31] SWT: postcode [[pc:2531 AK]]
[00:02:33] cliënt: ja
=====
SWT: ik vul even het formulier voor de {{o:Wmo}} melding in namens uw vader wat is zijn naam
dochter: [[p:Errol]] [[p:Pinas]] [[p:p i n a s]]
SWT: geboortedatum
dochter: [[d:achttien september negenenvijftig]]
SWT: en zijn BSN
dochter: [[b:939.557.010]]
SWT: adres is [[a:Melis Stokelaan 1288]]
dochter: ja eerste etage en postcode [[pc:2541 GX]]
SWT: en u bent contactpersoon [[p:Gracia Pinas]] met telefoonnummer
dochter: [[t:06-41 09 88 27]]
SWT: en e-mail
dochter: [[e:gracia_p@live.nl]] met een laag streepje
=====
[00:00:10] SWT: goedemiddag ik bel om de aanvraag voor de bewindvoering door te nemen u bent meneer [[p:Statia]]
[00:00:14] cliënt: ja [[p:Dwayne]]
[00:00:15] SWT: geboortedatum
[00:00:16] cliënt: [[d:9-3-84]]
[00:00:18] SWT: BSN
[00:00:19] cliënt: [[b:738193069]] dat weet ik uit mijn hoofd
[00:00:23] SWT: knap en uw rekening
[00:00:25] cliënt: [[i:NL27 RABO 9799 4865 52]]
[00:00:31] SWT: ik heb ook het nummer van de {{r:bewindvoerder}} nodig dat komt later
=====
telefonische intake ingevuld door [[p:Joyce]] [[d:08-10-2024]]
naam [[p:Farida Ahmadi]] (geboren [[d:23-6-1991]])
BSN [[b:162978078]]
verblijfadres geheim (opvang)
correspondentieadres postbus van de {{o:Blijf Groep}}
telefoon [[t:06 24 58 13 97]]
kinderen [[p:Sami]] (9) en [[p:Laila]] (6)
dossier {{o:Veilig Thuis}} [[z:VT-2024-44091]]
=====
SWT: ik vul het formulier voor de huurtoeslag in eh naam
cliënt: [[p:Nelson Lopes Tavares]] [[p:lopes]] met een s [[p:tavares]] met één r
SWT: geboortedatum
cliënt: [[d:11-10-1977]]
SWT: BSN
cliënt: [[b:2 0 7 0 3 3 2 1 3]]
SWT: adres
cliënt: [[a:Wouwermanstraat 3 bis]] [[pc:2525 VM]]
SWT: rekeningnummer
cliënt: [[i:NL 98 ASNB 8321 3109 47]]
SWT: en e-mail
cliënt: [[e:nelsontavares77@gmail.com]]
=====
[00:05:01] medewerker: oké dan de machtiging voor de {{o:Belastingdienst}} naam van uw moeder
[00:05:04] dochter: [[p:Kromodikoro]] [[p:Sarinah]]
[00:05:07] medewerker: [[p:k r o m o]]
[00:05:08] dochter: [[p:k r o m o d i k o r o]]
[00:05:12] medewerker: geboren
[00:05:13] dochter: [[d:1 april 1933]]
[00:05:15] medewerker: BSN
[00:05:16] dochter: [[b:399 462 363]]
[00:05:20] medewerker: en u bent [[p:Wati]]
[00:05:21] dochter: ja [[p:Wati Kromodikoro]] telefoon [[t:06 26 30 71 14]]
=====
[00:01:30] SWT: voor het aanvraagformulier noodfonds heb ik uw IBAN nodig
[00:01:33] cliënt: eh [[i:N L negentien K N A B acht vier negen twee vijf vier drie zes zes nul]]
[00:01:43] SWT: ik lees terug [[i:NL19 KNAB 8492 5436 60]]
[00:01:47] cliënt: ja
[00:01:48] SWT: op naam van
[00:01:49] cliënt: [[p:K. Mensah]]
[00:01:51] SWT: en het dossiernummer van de {{o:Kredietbank}} weet u dat
[00:01:54] cliënt: eh [[z:HKB 24 0 0 8 7 1]]
=====
medewerker: ik doe even een korte intake voor de wachtlijst eh uw naam
beller: [[p:Rania Al-Khatib]]
medewerker: [[p:Al]] met een hoofdletter
beller: ja [[p:A L streepje K H A T I B]]
medewerker: geboortedatum
beller: [[d:3 november 1988]]
medewerker: e-mailadres
beller: [[e:rania.alkhatib88@gmail.com]]
medewerker: telefoon
beller: [[t:+31 6 1735 0926]]
medewerker: en uw adres
beller: [[a:Laan van Hoornwijck 88]] [[pc:2497 DS]]
=====
[00:00:20] SWT: ik bel om de gegevens voor de {{o:Stichting Urgente Noden}} aanvraag compleet te maken bent u [[p:Akosua Boateng]]
[00:00:25] cliënt: yes that's me
[00:00:27] SWT: date of birth eh geboortedatum
[00:00:29] cliënt: [[d:fourteen of March eighty-six]]
[00:00:32] SWT: [[d:14-03-1986]]
[00:00:34] cliënt: yes
[00:00:35] SWT: BSN
[00:00:36] cliënt: [[b:1 9 4 6 4 1 3 3 8]]
[00:00:42] SWT: en de energieleverancier heeft een klantnummer
[00:00:44] cliënt: [[z:7003 118 462]]
=====
formulier ingevuld per telefoon op [[d:woensdag 6 november]] door [[p:Wouter]]
aanvrager [[p:Ravi Baldewsingh]]
geboren [[d:26 januari 1963]]
BSN [[b:843601346]]
nieuw adres [[a:Leyweg 204-B]] [[pc:2545 GK]]
IBAN [[i:NL 05 ABNA 2723 4600 61]]
zaaknummer gemeente [[z:SZW-2024-558190]]
=====
SWT: ik moet voor de toestemmingsverklaring nog uw gegevens noteren
cliënt: ja
SWT: voorletters en achternaam
cliënt: [[p:J. Cijntje]] [[p:J]] van [[p:Jurgen]]
SWT: geboortedatum was [[d:9 september 1988]]
cliënt: ja
SWT: BSN
cliënt: [[b:109 582 202]]
SWT: en briefadres [[a:Prinsegracht 54]] [[pc:2512 GA]]
cliënt: ja bij het {{o:Leger des Heils}}
=====
[00:03:12] medewerker: dan heb ik nog nodig het BSN van uw man
[00:03:15] cliënt: van [[p:Youssef]]
[00:03:16] medewerker: ja
[00:03:17] cliënt: [[b:3 3 2 9 9 8 4 1 1]]
[00:03:22] medewerker: en van u mevrouw [[p:Tahiri]]
[00:03:24] cliënt: [[b:927 114 185]]
[00:03:28] medewerker: en het adres is [[a:Linnaeusstraat 9]]
[00:03:30] cliënt: negen hoog nee negen ja [[pc:2522 GN]]
=====
intakeformulier telefonisch mw [[p:zielinska]] [[p:marta]] gb datum [[d:14-8-1979]] bsn [[b:922892258]] adres [[a:Dedemsvaartweg 1156]] [[pc:2545 CX]] tel [[t:0 6 1 5 5 0 4 7 8 9]] ex partner [[p:krzysztof kowalczyk]] contactverbod aangevraagd
=====
[00:00:05] SWT: ik bel om uw aanmelding bij {{o:MEE}} af te ronden meneer [[p:Visser]] ik heb de gegevens van [[p:Bas]] nodig
[00:00:10] vader: [[p:Bas Visser]] geboren [[d:30 januari 1999]]
[00:00:13] SWT: BSN
[00:00:14] vader: [[b:961 751 745]]
[00:00:18] SWT: en het rekeningnummer voor het pgb
[00:00:20] vader: [[i:NL38 INGB 6296 3917 50]] op naam van [[p:A. Visser]] dat ben ik
=====
SWT: ik noteer de gegevens voor de aanvraag kwijtschelding gemeentelijke belastingen naam
cliënt: [[p:Ivan Petrov]]
SWT: geboortedatum
cliënt: [[d:twee twee zevenenzeventig]] ehm [[d:2 februari 1977]]
SWT: BSN
cliënt: [[b:353003815]]
SWT: aanslagnummer
cliënt: [[z:6004 2331 8850]]
SWT: en rekening
cliënt: [[i:NL70INGB9323726448]]
=====
[00:01:00] medewerker: voor het formulier energiefonds heb ik uw postcode nodig
[00:01:03] cliënt: [[pc:twee vijf zeven vier h e]]
[00:01:06] medewerker: [[pc:2574HE]] en huisnummer
[00:01:08] cliënt: [[a:Zuiderparklaan driehonderdelf a]]
[00:01:10] medewerker: dat is [[a:Zuiderparklaan 311-A]]
[00:01:12] cliënt: ja
[00:01:13] medewerker: BSN
[00:01:14] cliënt: [[b:812707588]]
=====
formulier telefonisch contact
datum [[d:dinsdag 2 april 2024]]
beller [[p:Sunita Ramsaran]] moeder
over zoon [[p:Dev]] geb [[d:16-2-2011]] en dochter [[p:Anjali]] geb [[d:3-9-2006]]
adres [[a:Fruitweg 212]] [[pc:2525 KH]]
tel [[t:06 22 91 84 30]]
mail [[e:sunita.ramsaran@ziggo.nl]]
vervolg {{r:jeugdconsulent}} {{o:CJG}} {{w:Laak}}
=====
SWT: goed mevrouw [[p:Rahimi]] ik vul de aanvraag in voor de meedoenpas wat is uw geboortedatum
cliënt: [[d:eenentwintig maart drieëntachtig]]
SWT: en van [[p:Ali]]
cliënt: [[d:vijf vijf vijftien]]
SWT: [[d:5 mei 2015]] BSN van u
cliënt: [[b:701355141]]
SWT: en van [[p:Ali]]
cliënt: [[b:259 923 618]]
SWT: en adres [[a:Hengelolaan 1432]]
cliënt: ja
=====
[00:02:45] medewerker: oké voor de aanvraag van een briefadres heb ik uw gegevens nodig
[00:02:48] cliënt: [[p:Abdirahman Farah]]
[00:02:50] medewerker: geboren
[00:02:51] cliënt: [[d:1-1-1986]] maar dat is niet mijn echte verjaardag
[00:02:55] medewerker: dat komt vaker voor BSN
[00:02:57] cliënt: [[b:159354213]]
[00:03:00] medewerker: e-mail
[00:03:01] cliënt: [[e:abdirahmanfarah@yahoo.com]]
[00:03:06] medewerker: en het oude adres
[00:03:07] cliënt: [[a:Stationsweg 118]] maar daar mag ik niet meer komen
=====
SWT: voor de aanvraag bewindvoering vul ik mee in wat is uw rekeningnummer
cliënt: [[i:NL 42 S N S B 1 3 6 4 4 8 2 9 7 9]]
SWT: en de naam van de bank
cliënt: {{o:SNS}}
SWT: en er is nog een tweede rekening
cliënt: ja spaarrekening maar die staat leeg [[i:NL91ASNB8555641636]]
SWT: en u bent [[p:Ingrid Wijngaarde]] geboren [[d:22-07-1958]]
cliënt: ja
=====
[00:00:30] SWT: ik doe even de check voor het dossier [[z:SWT-2024-0381]] naam [[p:Kees de Wit]]
[00:00:35] cliënt: klopt
[00:00:36] SWT: geboren [[d:4 december 1951]]
[00:00:38] cliënt: ja
[00:00:39] SWT: BSN [[b:623 623 444]]
[00:00:43] cliënt: weet ik niet uit m'n hoofd maar zal wel
[00:00:46] SWT: adres [[a:Dedemsvaartweg 233]] [[pc:2542 NA]]
[00:00:49] cliënt: ja
=====
[00:00:12] medewerker: voor de inschrijving bij het {{o:Werkgeversservicepunt}} uw e-mail
[00:00:15] cliënt: [[e:o punt haddad at hotmail punt com]]
[00:00:19] medewerker: [[e:o.haddad@hotmail.com]]
[00:00:21] cliënt: ja
[00:00:22] medewerker: en dat van uw vrouw
[00:00:23] cliënt: [[e:rania.alkhatib88@gmail.com]]
[00:00:27] medewerker: en telefoon
[00:00:28] cliënt: [[t:06 - 17 35 09 26]] dat is van haar en van mij [[t:06 - 17 35 09 62]]
=====
telefonisch aangemeld door {{r:huisarts}} dokter [[p:Bouman]] op [[d:18-03]]
patiënt [[p:Abdirahman Farah]]
geboortedatum [[d:01-01-1986]]
BSN [[b:159 354 213]]
adres {{o:maatschappelijke opvang}} {{w:Centrum}}
telefoon [[t:06 11 20 47 38]]
klachten slaapproblemen nachtmerries wachtlijst {{o:i-psy}}
=====
SWT: ik vul met u het formulier in voor de {{o:Stichting Leergeld}} naam kind
cliënt: [[p:Elif]] nee [[p:Zeynep]] de oudste [[p:Zeynep Demir]]
SWT: geboortedatum
cliënt: [[d:7-7-2016]]
SWT: school
cliënt: de {{o:Fatih school}} in de {{w:Schilderswijk}}
SWT: en rekeningnummer ouder
cliënt: [[i:NL16 INGB 4555 4124 78]]
SWT: op naam van
cliënt: [[p:H. Demir]]
=====
[00:00:01] SWT: ik noteer uw gegevens voor de aanvraag individuele inkomenstoeslag naam
[00:00:04] cliënt: [[p:Anneke Visser]]
[00:00:06] SWT: geboren
[00:00:07] cliënt: [[d:tweeëntwintig november negenenveertig]]
[00:00:10] SWT: BSN
[00:00:11] cliënt: [[b:346645049]]
[00:00:15] SWT: IBAN
[00:00:16] cliënt: [[i:NL 80 ING B 3335 2677 26]]
[00:00:22] SWT: adres [[a:Buitentuinen 41]] [[pc:2498 AS]]
=====
medewerker: voor de kwijtschelding heb ik ook uw BSN nodig meneer [[p:Dimitrov]]
cliënt: [[b:382061512]]
medewerker: en uw voornaam
cliënt: [[p:Stoyan]] [[p:s t o y a n]]
medewerker: geboortedatum
cliënt: [[d:28.02.1990]]
medewerker: en het aanslagnummer
cliënt: [[z:6004 7719 3021]]
medewerker: dank u
""")
# ---------------------------------------------------------------------------
# 6. Longer dictations and call summaries (timelines, several contacts)
# ---------------------------------------------------------------------------
add(r"""
dictaat tijdlijn casus [[z:SWT-MW-2024-0093]] eh voor het MDO van donderdag ik noem de belangrijkste momenten op [[d:12 januari]] eerste melding via de {{r:huisarts}} [[d:19 januari]] eerste huisbezoek op de [[a:Zuiderparklaan 74-1]] niet opengedaan [[d:23 januari]] tweede poging wel binnen geweest [[d:2 februari]] aanmelding {{o:Schuldhulpverlening Den Haag}} dossier [[z:SHV-2024-01177]] [[d:14 februari]] {{r:deurwaarder}} aan de deur eh [[d:1 maart]] gesprek met {{o:Staedion}} over betalingsregeling van honderdvijftig euro per maand en sinds half maart is het rustig ze betaalt de huur op tijd de kinderen gaan weer naar school wat nog loopt is de aanvraag kwijtschelding bij de gemeente dat duurt meestal acht tot twaalf weken punt
=====
[00:00:00] SWT: goedemiddag met [[p:Esther]] van het sociaal wijkzorgteam {{w:Escamp}} ik bel met de afdeling incasso
[00:00:05] {{o:Haag Wonen}}: ja u spreekt met afdeling incasso waar gaat het om
[00:00:08] SWT: een huurder op de [[a:Loevesteinlaan 410]] [[pc:2533 NR]] eh contractnummer [[z:HW-0410-22871]]
[00:00:15] {{o:Haag Wonen}}: ik zie het ja er staat een achterstand van twee maanden en de zaak gaat op [[d:maandag 16 september]] naar de {{r:deurwaarder}}
[00:00:22] SWT: de cliënte is net uit een opname gekomen en heeft nu een {{r:bewindvoerder}} die begint per [[d:1 oktober]]
[00:00:28] {{o:Haag Wonen}}: als de {{r:bewindvoerder}} vóór [[d:13 september]] een voorstel stuurt houden we het aan kan dat naar [[e:incasso@haagwonen.nl]]
[00:00:35] SWT: ja ik geef het door dank u wel
=====
ehm dictaat voor het dossier van de familie [[p:Ouali]] punt op [[d:vijf maart]] belde de school dat de jongste zoon drie dagen niet was geweest punt op [[d:zeven maart]] huisbezoek op de [[a:Erasmusweg 1310]] [[pc:2532 CL]] punt vader werkt in ploegendienst bij de {{o:HTM}} moeder spreekt weinig Nederlands punt de oudste zoon zit al een jaar thuis punt afgesproken dat de {{r:jongerenwerker}} van {{o:Stichting Mooi}} langskomt op [[d:donderdag 14 maart]] en dat ik op [[d:18-03]] terugbel naar de school op [[t:070 – 3 29 85 11]] de {{r:intern begeleider}} punt
=====
samenvatting telefonisch overleg [[d:dinsdag 26 november]] met {{o:Parnassia}} {{o:Brijder}} en {{o:Leger des Heils}} over cliënt met dossiernummer [[z:BZ-24-0561]] eh bemoeizorg afspraken één {{o:Brijder}} probeert contact via het inloophuis twee {{o:Leger des Heils}} houdt het briefadres aan de [[a:Prinsegracht 54]] drie {{o:Parnassia}} zet een beoordeling door de {{r:psychiater}} in als hij na [[d:10 december]] nog steeds niet in beeld is volgende overleg [[d:7 januari 2025]] om tien uur telefonisch inbellen via [[t:070 752 13 00]] pincode vier vier negen één
=====
voicemail ontvangen 15:40 hallo met de {{o:Gemeente Den Haag}} afdeling {{o:Wmo}} ik bel over uw melding met zaaknummer [[z:WMO-24-058833]] voor uw cliënt op de [[a:Melis Stokelaan 1288]] eh het onderzoek is gepland op [[d:vrijdag 12 juli]] om half tien als dat niet schikt kunt u mailen naar [[e:wmo-onderzoek@denhaag.nl]] onder vermelding van het zaaknummer dank u
=====
dictaat [[d:maandag 7 oktober]] verslag van het gesprek op het {{o:Servicepunt XL}} in {{w:Laak}} met een man van achtenvijftig die geen naam wilde geven eh hij woont volgens eigen zeggen sinds drie jaar in een schuurtje achter de [[a:Fruitweg 118]] hij heeft geen inkomen en geen zorgverzekering ik heb hem het nummer van de {{o:Straatdokter}} gegeven en gezegd dat hij elke woensdag kan binnenlopen hij gaf zelf een telefoonnummer op waarop hij soms bereikbaar is [[t:06 83 37 51 20]] dat is van een vriend
=====
[00:00:01] SWT: goedemorgen met [[p:Karim]] wijkteam {{w:Transvaal}} ik bel met de {{o:IND}} over een brief
[00:00:06] {{o:IND}}: u spreekt met de {{o:IND}} heeft u een V-nummer
[00:00:09] SWT: ja het V-nummer is [[z:V 2 9 1 4 4 8 0 3 2]] eh [[z:2914480332]] sorry [[z:2914480323]] ik lees het verkeerd
[00:00:17] {{o:IND}}: en de geboortedatum
[00:00:19] SWT: [[d:1 januari 1980]]
[00:00:21] {{o:IND}}: ik zie dat de afspraak van [[d:22 november]] is verplaatst naar [[d:29 november]] in Rijswijk ehm de brief is gestuurd naar [[a:Hengelolaan 412]] [[pc:2545 CM]]
[00:00:30] SWT: dank u dan kom ik hem ophalen
=====
notitie overdracht ehm ik ben weg van [[d:24 december]] tot en met [[d:6 januari]] lopende zaken kort één huurachterstand [[a:Pretoriusstraat 66]] regeling loopt tot maart twee aanvraag bijzondere bijstand [[z:BB-2024-13340]] wacht op besluit binnen acht weken drie {{r:wijkverpleegkundige}} gaat twee keer per week naar [[a:Escamplaan 177]] vier bij spoed buiten kantoortijd bel de dienstdoende {{r:casusregisseur}} op [[t:06 10 93 44 86]] vijf post voor cliënten ligt in het postvak op kantoor {{w:Moerwijk}}
=====
ja dus dit is het verslag van het gesprek bij [[a:Stationsweg 29-2]] [[pc:2515 BK]] op [[d:zaterdag 9 november]] ehm aanwezig de {{r:jeugdverpleegkundige}} van het {{o:CJG}} en ikzelf de kamer is ongeveer twaalf vierkante meter er staan een bed een box en een kookplaatje de baby is zes maanden en groeit goed volgens het groeiboekje ouders zijn lief voor het kind maar er is geen geld voor luiers en flesvoeding ik heb een noodpakket geregeld bij de {{o:Voedselbank}} en een aanvraag gedaan bij {{o:Stichting Urgente Noden}} referentie [[z:SUN-DH-2024-3318]] volgende afspraak [[d:23 november]]
=====
[00:00:00] medewerker: goedemiddag {{o:Juridisch Loket}} Den Haag
[00:00:03] SWT: ja goedemiddag met [[p:Karim]] ik bel terug over de zaak van mijn cliënte uw kenmerk [[z:JL-DH-24-10882]]
[00:00:09] medewerker: ja ik zie het de huisbaas heeft inmiddels een brief gestuurd met opzegging per [[d:31 december]]
[00:00:14] SWT: mag dat zonder rechter
[00:00:16] medewerker: nee hij moet naar de kantonrechter de cliënte hoeft niet weg advies is om een brief te sturen naar het adres van de verhuurder [[a:Kerkhoflaan 9A]] [[pc:2585 JB]] wij kunnen een conceptbrief mailen naar [[e:k.amrani@wijkteamsdenhaag.nl]]
[00:00:28] SWT: graag
=====
dictaat ehm gegevens partners voor het dossier van mevrouw [[p:Tahiri]] {{r:huisarts}} praktijk aan de [[a:Hoefkade 602]] telefoon [[t:070 – 388 14 62]] {{r:POH-GGZ}} zelfde nummer {{o:GGZ}} aanmelding via {{o:Parnassia}} aanmeldnummer [[z:PAR-2024-091144]] {{r:maatschappelijk werker}} van {{o:Xtra}} mail [[e:m.dewit@xtra.nl]] dat is een mevrouw [[p:de Wit]] niet te verwarren met onze meneer [[p:de Wit]] van de Dedemsvaartweg
=====
voicemail ontvangen 12:20 ja goedemiddag u spreekt met de {{o:Vattenfall}} afdeling bijzonder beheer ik bel over klantnummer [[z:500 273 618]] de afsluiting die gepland stond op [[d:woensdag 20 maart]] is uitgesteld tot [[d:3 april]] omdat er een schuldhulptraject is gemeld als er vragen zijn belt u naar [[t:020 – 799 71 88]] optie drie dank u wel
=====
dictaat eh eerste gesprek in het {{o:wijkcentrum De Kronkel}} in {{w:Moerwijk}} met een moeder van drie kinderen ehm ze woont op de [[a:Zuiderparklaan 233 B]] [[pc:2574 HE]] ze heeft geen partner meer sinds twee jaar en werkt twaalf uur in de schoonmaak zij vraagt hulp bij de administratie en bij een aanvraag voor de {{o:Stichting Leergeld}} voor een fiets voor haar zoon van elf dossier aangemaakt [[z:SWT-MW-2024-0417]] eh haar naam zet ik er later bij want ze had haar ID niet bij zich volgende afspraak [[d:donderdag 30 mei]] om kwart over negen
=====
[00:00:00] SWT: goedemiddag met [[p:Priya]] ik bel met het {{o:CJIB}} voor een cliënte
[00:00:05] {{o:CJIB}}: u spreekt met het {{o:CJIB}} heeft u het betalingskenmerk
[00:00:08] SWT: [[z:4 0 1 8 2 2 7 9 3 3 0 5 1 6 6 4]] eh het staat op de brief als [[z:4018 2279 3305 1664]]
[00:00:16] {{o:CJIB}}: en geboortedatum van betrokkene
[00:00:18] SWT: [[d:7 november 1989]]
[00:00:20] {{o:CJIB}}: ik zie een vordering van driehonderdtwintig euro u kunt een betalingsregeling aanvragen via de website of ik stuur een formulier naar [[a:Zuiderparklaan 74-1]] [[pc:2574 HK]]
[00:00:29] SWT: graag per post
=====
korte dictaat [[d:vrijdag 31 mei]] punt er is een klacht binnengekomen van een buurtbewoner over stankoverlast op de [[a:Tesselsestraat 15-hs]] in {{w:Duindorp}} punt melding via de gemeente met nummer [[z:MOR-2024-117760]] punt dit is de bekende casus van bemoeizorg punt {{o:GGD}} team vangnet heeft een bezoek gepland op [[d:dinsdag 4 juni]] punt ik ga mee punt
=====
ja hallo ik spreek een bericht in voor het wijkteam ehm ik ben de nieuwe bewoner van [[a:Van Ostadestraat 204B]] en er komt hier nog steeds post voor de vorige bewoonster van de {{o:Belastingdienst}} en van het {{o:UWV}} ik weet niet waar ik het heen moet sturen u kunt mij bellen op [[t:06 – 52 44 10 39]] of mailen naar [[e:info.vanostade204@gmail.com]] dank u
=====
dictaat voor het MDO ehm casus ouderen in {{w:Mariahoeve}} meneer woont alleen op de [[a:Het Kleine Loo 344]] [[pc:2592 CM]] sinds het overlijden van zijn vrouw op [[d:8 augustus]] vorig jaar gaat het bergafwaarts hij is zesentachtig drinkt meer dan vroeger en zijn zoon in Groningen belt alleen op zondag ehm de {{r:casemanager dementie}} ziet geen dementie maar wel rouw en eenzaamheid voorstel aanmelding bij {{o:Humanitas}} rouwgroep en bij de {{o:Zonnebloem}} voor bezoek dossiernummer [[z:MH-2024-0788]]
=====
[00:00:03] SWT: met [[p:Wouter]] ik bel met {{o:Toeslagen}} over een verhuizing
[00:00:06] {{o:Toeslagen}}: u spreekt met de {{o:BelastingTelefoon}} het BSN van de aanvrager alstublieft
[00:00:10] SWT: [[b:843 601 346]]
[00:00:13] {{o:Toeslagen}}: ik zie dat het adres per [[d:1 maart]] is gewijzigd naar [[a:Leyweg 204 B]] maar de toeslag is berekend op het oude adres [[a:Meppelweg 1011]] [[pc:2544 XJ]]
[00:00:22] SWT: moet er iets gebeuren
[00:00:24] {{o:Toeslagen}}: nee dat wordt automatisch aangepast er komt een nieuwe beschikking naar het adres op de Leyweg eh [[a:Leyweg 204-B]]
=====
dictaat kopje netwerk nieuwe regel broer woont in Rotterdam op de [[a:Beijerlandselaan 27c]] telefoon [[t:010 – 4 85 12 33]] nieuwe regel zus woont in {{w:Ypenburg}} wil niet betrokken worden nieuwe regel buurvrouw van nummer negen helpt met boodschappen nieuwe regel kerk de pastor van de {{o:Evangelie Gemeente}} komt eens per maand nieuwe regel kopje afspraken nieuwe regel [[d:dinsdag 15 oktober]] {{r:ouderenadviseur}} nieuwe regel [[d:22 oktober]] {{r:huisarts}}
=====
[00:00:00] SWT: hallo met [[p:Esther]] ik bel voor een plek in de {{o:Maatschappelijke Opvang}}
[00:00:04] {{o:Kessler Stichting}}: met de centrale toegang van de {{o:Kessler Stichting}} is de persoon bij ons bekend
[00:00:08] SWT: ja onder cliëntnummer [[z:KS-118402]] geboren [[d:19-07-1975]]
[00:00:13] {{o:Kessler Stichting}}: ik zie dat hij tot [[d:15 augustus]] op de [[a:Zilverstraat 12]] heeft gezeten daarna is hij vertrokken
[00:00:19] SWT: hij slaapt nu buiten bij het station kan hij vanavond terecht
[00:00:22] {{o:Kessler Stichting}}: laat hem om half acht melden bij de nachtopvang
=====
notitie [[d:dinsdag 17 september]] eh bericht van het {{o:Zorgkantoor}} dat de Wlz indicatie is afgegeven met kenmerk [[z:CIZ-24-447019]] de moeder kan nu naar een verpleeghuis wachtlijst bij {{o:Florence}} locatie in {{w:Mariahoeve}} de zoon heeft gemaild vanaf [[e:h.bakker1962@kpnmail.nl]] dat hij het eens is ik heb geantwoord en de folder gestuurd
=====
[00:00:00] SWT: ja goedemorgen met [[p:Dennis]] ik bel met het {{o:UWV}} over een WW-uitkering
[00:00:04] {{o:UWV}}: goedemorgen het BSN alstublieft
[00:00:06] SWT: [[b:737 089 404]]
[00:00:09] {{o:UWV}}: de uitkering is toegekend per [[d:20 mei]] de eerste betaling is [[d:woensdag 10 juli]] op rekening [[i:NL77 RABO 7232 0887 79]]
[00:00:17] SWT: dat is niet zijn rekening dat is van zijn vrouw
[00:00:20] {{o:UWV}}: dan moet hij het wijzigen via mijn {{o:UWV}} of een formulier sturen naar Postbus eh ik stuur het naar zijn huisadres
[00:00:27] SWT: dank u
=====
ehm dictaat ja ik heb zojuist gesproken met iemand van de {{o:ASN Bank}} over een rekening die bevroren is ze konden me niks vertellen zonder machtiging maar bevestigden dat er beslag ligt op rekening [[i:NL 85 SNSB 4161 5777 94]] door de {{o:Belastingdienst}} ehm het gaat om de rekening van de cliënt die in de opvang zit ik vraag een machtiging aan op [[d:maandag 28 oktober]]
=====
[00:00:00] SWT: goedemiddag met [[p:Marieke]] ik bel met de zorgverzekeraar {{o:DSW}} voor een cliënt
[00:00:04] {{o:DSW}}: ja met klantenservice het relatienummer alstublieft
[00:00:07] SWT: [[z:R-4471 9930]] en de geboortedatum is [[d:1 april 1933]]
[00:00:12] {{o:DSW}}: er staan drie maanden premie open vanaf [[d:1 juni]] als er vóór [[d:30 september]] betaald wordt volgt geen aanmelding bij het {{o:CAK}}
[00:00:19] SWT: fijn kunt u een overzicht mailen naar [[e:m.jansen@wijkteamsdenhaag.nl]]
=====
dictaat [[d:twaalf juni]] ehm besproken in het team het huis op de [[a:Hobbemastraat 51]] {{w:Schilderswijk}} is ernstig vervuild buren hebben geklaagd bij de corporatie meldnummer [[z:ST-OVL-24-00918]] {{r:woonconsulent}} wil gaan handhaven ik heb gevraagd om nog vier weken de tijd vanwege het traject bij {{o:Brijder}} dat op [[d:3 juni]] gestart is
=====
ja goedemiddag met de receptie van {{o:Gemeente Den Haag}} ik heb hier een meneer aan de balie in het stadhuis die zegt dat hij een afspraak heeft met iemand van uw team hij heeft een brief bij zich met kenmerk [[z:SWT 24 streepje 9 1 2 0 4]] en zijn telefoon is leeg kunt u terugbellen naar [[t:070 353 30 00]] vragen naar balie vier
=====
dictaat ehm casus voor de casusles [[d:9 februari]] mevrouw van tweeënzeventig uit {{w:Bezuidenhout}} belde zelf omdat ze haar post niet meer kon lezen door staar ze woonde al veertig jaar op de [[a:Juliana van Stolberglaan 161]] de {{r:ouderenadviseur}} heeft een vrijwilliger geregeld van {{o:Humanitas}} thuisadministratie de lessen die we trekken vraag altijd of er iemand kan meekijken met de post en vraag na een half jaar of het nog loopt
=====
[00:00:00] SWT: goedemiddag met [[p:Nadia]] ik bel met de {{o:Sociale Verzekeringsbank}} over een pgb
[00:00:05] {{o:SVB}}: met afdeling pgb het budgethoudernummer alstublieft
[00:00:08] SWT: [[z:PGB 7 0 0 4 1 2 3 8]]
[00:00:12] {{o:SVB}}: ik zie dat de zorgovereenkomst per [[d:1 september]] ingaat en dat de zorgverlener betaald wordt op [[i:NL46 RBRB 0593 5394 89]]
[00:00:20] SWT: klopt dat is de begeleider
=====
korte voicemail uitgaand ingesproken op [[d:vrijdag 22 maart]] goedemiddag u spreekt met het sociaal wijkzorgteam {{w:Spoorwijk}} we hebben een brief gestuurd naar [[a:Linnaeusstraat 9]] over de afspraak op [[d:28 maart]] mocht u die niet gekregen hebben bel ons dan op [[t:070 – 353 56 48]] dank u wel
=====
dictaat eh mail ontvangen van [[e:yasminalmasri@gmail.com]] ze vraagt om de afspraak te verzetten naar [[d:dinsdag 5 maart]] en ze heeft een nieuw adres [[a:Van der Vennestraat 44]] [[pc:2525 CN]] in {{w:Schilderswijk}} dat moet ik doorgeven aan {{o:Vluchtelingenwerk}} en aan de {{r:klantmanager}}
=====
[00:00:00] SWT: met [[p:Joyce]] ik bel voor een spoedplaatsing in de {{o:vrouwenopvang}}
[00:00:03] {{o:Blijf Groep}}: met de aanmeldlijn van de {{o:Blijf Groep}} is er een registratie bij {{o:Veilig Thuis}}
[00:00:07] SWT: ja [[z:VT-2024-45127]] de vrouw is nu bij een vriendin op de [[a:Schalkburgerstraat 412]] [[pc:2572 PG]]
[00:00:14] {{o:Blijf Groep}}: dan kunnen we haar vandaag om vijf uur ophalen telefoonnummer van de vrouw
[00:00:18] SWT: [[t:06 31 09 27 48]] liever eerst een sms sturen
""")
# ---------------------------------------------------------------------------
# 7. Long mixed recordings (words that look like names, spelled codes)
# ---------------------------------------------------------------------------
add(r"""
dictaat ehm verslag huisbezoek [[d:woensdag 8 mei]] bij mevrouw [[p:Mei Chen]] en haar man [[p:Guoliang]] in {{w:Bezuidenhout}} adres [[a:Theresiastraat 215-III]] ze hebben een restaurant gehad tot mei vorig jaar toen is het failliet gegaan ehm meneer werkt nu als kok in een ander restaurant zwart denk ik want er is geen loonstrook mevrouw zegt dat ze alleen nog naar de bakker en de markt gaat en verder niemand ziet ze huilde veel tijdens het gesprek dochter [[p:Xiaoling]] studeert in Delft en vertaalde voor ons afspraken ik meld mevrouw aan bij de {{r:POH-GGZ}} en vraag {{o:Humanitas}} thuisadministratie voor de post volgende afspraak [[d:22 mei]] om vier uur als de dochter er ook is
=====
[00:00:00] SWT: goedemorgen met [[p:Bas]] sociaal wijkzorgteam {{w:Scheveningen}}
[00:00:04] beller: ja goedemorgen u spreekt met de koster van de {{o:Oude Kerk}} ik ben [[p:Gerrit Roos]]
[00:00:09] SWT: dag meneer [[p:Roos]]
[00:00:10] beller: er komt al weken een man slapen in het portaal van de kerk hij heet geloof ik [[p:Marek]] hij is Pools en hij drinkt veel
[00:00:17] SWT: weet u zijn achternaam
[00:00:19] beller: nee hij zegt alleen [[p:Marek]] of [[p:Marecki]] zoiets
[00:00:22] SWT: ik vraag het {{o:straatteam}} van het {{o:Leger des Heils}} langs te gaan mag ik uw nummer voor als ze vragen hebben
[00:00:27] beller: [[t:06 49 60 18 23]] en het adres van de kerk weet u
[00:00:31] SWT: ja dat vind ik wel dank u wel voor het bellen
=====
ehm ja dit is een notitie voor [[p:Sanne]] want jij neemt het over vanaf [[d:maandag 2 september]] het gaat om de familie [[p:Owusu]] vader [[p:Kofi]] nee [[p:Kwabena Owusu]] moeder [[p:Ama]] en drie kinderen ze wonen in {{w:Morgenstond}} op de [[a:Hengelolaan 1090]] [[pc:2545 JS]] groen licht gekregen van de {{o:Haagse Kredietbank}} voor schuldsanering maar de voorwaarde is dat ze drie jaar rondkomen van leefgeld [[p:Ama]] heeft daar moeite mee want ze stuurt geld naar haar moeder in Kumasi dat moet besproken worden heel voorzichtig want dat ligt gevoelig ehm het dossiernummer bij de {{o:Kredietbank}} is [[z:HKB-2024-00871]] en de {{r:schuldhulpverlener}} heet [[p:Sandra]] [[t:070 353 71 40]]
=====
gespreksverslag automatisch getranscribeerd overleg met de {{r:wijkagent}} [[d:donderdag 6 juni]]
[00:00:00] {{r:wijkagent}}: goed ik heb drie adressen voor jullie uit {{w:Laak}} waar we vaker komen eerste is [[a:Laakkade 303]] daar woont een oudere vrouw die steeds belt dat er ingebroken wordt maar er is niks aan de hand
[00:00:14] SWT: dat is mevrouw [[p:Schouten]] die kennen we die heeft zelf gebeld over haar buurman
[00:00:18] {{r:wijkagent}}: tweede is [[a:Neherkade 1876]] daar is huiselijk geweld geweest in april maar de vrouw wil geen aangifte doen
[00:00:26] SWT: is dat gemeld bij {{o:Veilig Thuis}}
[00:00:28] {{r:wijkagent}}: ja onder [[z:VT-2024-2230]] en derde is de [[a:Fruitweg 118]] daar slaapt iemand in een schuurtje
[00:00:35] SWT: die hebben wij gesproken op het {{o:Servicepunt XL}} hij wilde geen naam geven
=====
ehm dictaat [[d:vijftien oktober]] casus familie [[p:Jansen]] in {{w:Duindorp}} even voor de duidelijkheid meneer [[p:Jansen]] is geen visser meer hij is vorig jaar afgekeurd na een ongeluk op de boot mevrouw [[p:Jansen]] [[p:Willemien]] werkt bij de bakker op de hoek van de [[a:Tesselsestraat 2]] er zijn twee volwassen zoons [[p:Dirk]] en [[p:Bram]] die nog thuis wonen [[p:Dirk]] gebruikt en heeft schulden [[p:Bram]] betaalt kostgeld de spanning in huis is groot de {{o:politie}} is twee keer geweest wegens ruzie afgesproken dat [[p:Dirk]] zich aanmeldt bij {{o:Brijder}} en dat ik met de ouders een gesprek heb over grenzen stellen op [[d:22-10]]
=====
voicemail ingesproken 18:02 eh ja hallo met [[p:Naima]] [[p:Tahiri]] ik wil alleen zeggen dat ik naar de {{r:huisarts}} ben geweest vandaag eindelijk ehm dokter [[p:Veenstra]] heeft me doorverwezen naar de {{o:GGZ}} ik heb een intake op [[d:vrijdag 20 december]] bij {{o:Parnassia}} aan de [[a:Monsterseweg 93]] ik ben een beetje bang maar mijn man gaat mee ik wilde het laten weten dank u voor alles [[p:Mirjam]] dag
=====
dictaat ehm kopje persoonsgegevens naam [[p:Fatoumata Diallo]] voornaam [[p:fatoumata]] met o u geboren [[d:4 april 1995]] in Guinee BSN [[b:2 5 9 9 2 3 6 1 8]] eh nee dat is van [[p:Ali]] ik pak het goede eh BSN [[b:194 641 338]] nee ook niet sorry ik vul het later in adres [[a:Paul Krugerlaan 210-A]] [[pc:2571 JD]] telefoon [[t:06 80 22 19 64]] kopje hulpvraag ze wil Nederlands leren en werk vinden ze heeft een dochtertje van drie op de wachtlijst voor de kinderopvang
=====
[00:00:00] SWT: goedemiddag met [[p:Yvonne]] wijkverpleging
[00:00:03] mantelzorger: ja dag met [[p:Mieke de Jong]] ik ben de mantelzorger van meneer [[p:Groen]] van de [[a:Weimarstraat 220]] dat is mijn oom
[00:00:10] SWT: ja mevrouw [[p:de Jong]] zeg het maar
[00:00:12] mantelzorger: hij wil per se zelf koken maar laatst stond het gas de hele nacht aan
[00:00:17] SWT: dat is gevaarlijk ik bespreek het met de {{r:casemanager dementie}} [[p:Hanneke]] zij kan een kookplaatbeveiliging regelen via de {{o:Wmo}}
[00:00:24] mantelzorger: en kan er iemand 's avonds even kijken
[00:00:27] SWT: ik kijk of de thuiszorg van {{o:Florence}} een avondronde kan doen u hoort van mij vóór [[d:vrijdag 18 oktober]]
=====
dictaat hoi [[p:Wouter]] ik spreek dit in voor jou omdat ik morgen vrij ben ehm er kwam een mail binnen van [[e:ravi.baldewsingh@gmail.com]] hij vraagt of de aanvraag voor de huurtoeslag goed is gegaan zijn nieuwe rekeningnummer is [[i:NL98 RABO 5239 3447 48]] dat moet je nog doorgeven aan {{o:Toeslagen}} en zijn oude rekening [[i:NL40ABNA9495069686]] moet eruit en hij wil graag dat je belt op [[t:06-12 87 40 55]] na vier uur
=====
[00:00:00] SWT: goedemiddag met [[p:Sanne]] ik bel met de {{o:Belastingdienst}} voor een machtiging
[00:00:04] {{o:Belastingdienst}}: met de {{o:BelastingTelefoon}} wat is het burgerservicenummer
[00:00:07] SWT: het is [[b:vier twee drie één vier vier acht drie twee]] nee sorry [[b:346 645 049]] ik keek in de verkeerde regel
[00:00:16] {{o:Belastingdienst}}: ik spreek dan met u namens mevrouw [[p:A. Visser]] geboren [[d:22 november 1949]]
[00:00:21] SWT: ja klopt
[00:00:22] {{o:Belastingdienst}}: de machtigingscode wordt verstuurd naar [[a:Buitentuinen 41]] [[pc:2498 AS]] Den Haag
""")
# ---------------------------------------------------------------------------
# 8. Long recordings (MDO by phone, dictated letters, long voicemails)
# ---------------------------------------------------------------------------
add(r"""
transcriptie MDO via telefoon [[d:dinsdag 10 december]] aanwezig {{r:casusregisseur}} [[p:Mirjam]] {{r:wijkverpleegkundige}} [[p:Yvonne]] {{r:maatschappelijk werker}} [[p:Dennis]] en [[p:Kofi]] van {{o:Parnassia}}
[00:00:05] [[p:Mirjam]]: goed we beginnen met [[p:Shanti]] hoe staat het ervoor
[00:00:09] [[p:Kofi]]: ze neemt haar medicatie weer sinds half november het gaat redelijk maar ze slaapt nog slecht
[00:00:15] [[p:Yvonne]]: ik kom twee keer per week voor de insuline op de [[a:Loevesteinlaan 410]] en ze doet goed open
[00:00:21] [[p:Dennis]]: de huurachterstand is bijna weg nog één termijn van tachtig euro in januari
[00:00:27] [[p:Mirjam]]: mooi dan stel ik voor dat we afschalen naar eens per maand overleg volgende keer [[d:14 januari]] en ik bel haar broer [[p:Anand]] nog om het te vertellen
[00:00:35] [[p:Kofi]]: akkoord
[00:00:36] [[p:Mirjam]]: dan de volgende casus dat is meneer [[p:Groen]] van de [[a:Weimarstraat 220]] [[p:Yvonne]] jij eerst
=====
dictaat brief aan de {{o:Woningcorporatie Staedion}} ter attentie van mevrouw [[p:J. Bakker]] afdeling huurincasso onderwerp huurder [[a:Hobbemastraat 51]] [[pc:2526 JB]] contractnummer [[z:STA-51-100238]] komma geachte mevrouw [[p:Bakker]] komma nieuwe alinea hierbij laat ik u weten dat de heer [[p:D. Statia]] sinds [[d:3 juni]] in behandeling is bij {{o:Brijder}} en sinds [[d:1 juli]] onder beschermingsbewind staat bij {{o:Budgetbeheer Haaglanden}} punt de {{r:bewindvoerder}} zal de lopende huur vanaf [[d:1 augustus]] rechtstreeks betalen punt wij verzoeken u de ontruiming op te schorten punt nieuwe alinea met vriendelijke groet [[p:Joyce van den Berg]] {{r:maatschappelijk werker}} sociaal wijkzorgteam {{w:Schilderswijk}} [[t:06 – 47 12 80 36]] [[e:j.vandenberg@wijkteamsdenhaag.nl]]
=====
voicemail lang ingesproken 19:45 ja hallo ik weet niet of dit het goede nummer is maar ik heb het gekregen van de {{o:Voedselbank}} ik ben [[p:Leticia]] [[p:Fernandes Silva]] ehm ik kom uit Kaapverdië en woon al vijftien jaar hier in {{w:Moerwijk}} op de [[a:Moerweg 190]] mijn man is overleden in oktober en sindsdien lukt het niet meer met de rekeningen ik heb nu een brief van de deurwaarder voor de zorgverzekering en ik weet niet hoe ik dat moet doen mijn zoon [[p:Edson]] helpt soms maar hij woont in Rotterdam ik ben de hele dag thuis u kunt mij bellen op [[t:zes vier acht vijf twee nul negen één drie]] nee met nul ervoor [[t:06 48 52 09 13]] of u kunt mailen naar mijn zoon [[e:edson.fsilva@gmail.com]] dank u wel en een fijne avond
=====
dictaat ehm casusles voor de pilot thema ouderen ik schrijf het zo dat het gedeeld kan worden maar in het dossier zet ik de gegevens eh in het dossier [[z:SWT-MH-2023-1140]] het ging om een echtpaar in {{w:Mariahoeve}} meneer [[p:Henk van Leeuwen]] vierentachtig en mevrouw [[p:Cor van Leeuwen]] tweeëntachtig wonend op de [[a:Diamanthorst 77]] [[pc:2592 GD]] mevrouw werd steeds verwarder en meneer zorgde alles zelf tot hij op [[d:17 maart 2023]] zelf in het ziekenhuis belandde toen bleek dat niemand iets wist de {{r:casemanager dementie}} had geen contact omdat meneer het afhield les één vraag bij mantelzorgers van deze leeftijd altijd naar een noodplan les twee de {{r:huisarts}} wist het wel maar deelde het niet omdat er geen toestemming was
=====
[00:00:00] SWT: goedemiddag met [[p:Esther]] van het sociaal wijkzorgteam {{w:Escamp}}
[00:00:04] beller: ja goedemiddag u spreekt met [[p:Marco Pellegrini]] ik ben advocaat en ik sta een cliënt van u bij mevrouw [[p:Habte]]
[00:00:11] SWT: ja ik ken mevrouw [[p:Habte]] heeft u een machtiging
[00:00:14] beller: die stuur ik u toe het gaat om de huurzaak tegen de heer [[p:R. Koster]] de verhuurder van [[a:Hoefkade 512-2]] zitting is op [[d:donderdag 16 januari]] bij de kantonrechter
[00:00:24] SWT: wat heeft u van ons nodig
[00:00:26] beller: een verklaring dat zij daar sinds begin 2023 woont en de bankafschriften van haar rekening [[i:NL85TRIO0480576472]] kunt u die mailen naar [[e:pellegrini@pellegrini-advocatuur.nl]]
[00:00:36] SWT: als mevrouw toestemming geeft doe ik dat vóór [[d:10 januari]]
=====
ehm dictaat [[d:zondag 24 november]] ik ben gebeld door de dienstdoende van de {{o:crisisdienst}} buiten kantoortijd mevrouw [[p:Aydın]] haar moeder [[p:Emine Aydın]] is vannacht de straat op gegaan en werd door de politie gevonden bij het Zuiderpark verward en onderkoeld ze is nu in het {{o:Haga Ziekenhuis}} ehm de dochter [[p:Zeynep]] is op van de zenuwen ze woont met haar moeder en twee kinderen op de [[a:Leyweg 986 C]] [[pc:2545 HB]] ik ga morgen een spoedoverleg aanvragen met de {{r:casemanager dementie}} en het {{o:Wmo}} team voor een tijdelijke opname het nummer van de dochter is [[t:06 – 48 19 30 77]]
""")
add(r"""
dictaat ehm route-informatie voor de vrijwilliger die [[p:Ivan]] op [[d:maandag 18 november]] ophaalt hij woont op de [[a:Vaillantlaan 86-3]] dat is derde etage de bel doet het niet dus bellen naar [[t:06 – 2 7 9 4 4 1 0 8]] eh dan met tram 11 of bus 23 naar de {{o:Zilveren Kruis}} balie in het centrum het gesprek is om 14.30 uur in kamer 204 op de tweede verdieping hij moet meenemen zijn ID-kaart de brief met kenmerk [[z:ZK-2024-887104]] en zijn bankpas de achterstand is € 1.245,50 volgens de laatste brief ehm en hij spreekt Bulgaars en een beetje Engels dus de vrijwilliger moet rustig praten ik heb [[p:Frank]] zijn nummer ook gegeven
=====
[00:00:00] SWT: goedemiddag met [[p:Priya]] sociaal wijkzorgteam {{w:Laak}}
[00:00:04] beller: hallo ik ben [[p:Bogdan]] [[p:Ionescu]] [[p:i o n e s c u]] ik werk in de kassen en mijn baas heeft mijn paspoort
[00:00:11] SWT: dat is niet goed meneer [[p:Ionescu]] waar woont u
[00:00:14] beller: in een huis met veel mannen [[a:Laakweg 31-1]] eh wij zijn met negen
[00:00:19] SWT: en waar werkt u
[00:00:21] beller: bij een bedrijf in het Westland via uitzendbureau ik ben sinds week 12 daar
[00:00:26] SWT: ik ga u verbinden met {{o:Fairwork}} die helpen met dit soort dingen kan ik u bereiken op dit nummer
[00:00:31] beller: nee dit is van mijn vriend mijn nummer is [[t:+40 7 2 1 5 5 8 3 0 9]] Roemeens nummer
[00:00:38] SWT: ik noteer het en ik bel u morgen om twaalf uur in de pauze
=====
voicemail ontvangen 08:12 goedemorgen u spreekt met [[p:Hüseyin Çelik]] [[p:c e l i k]] met zo'n haakje onder de c ik ben de zoon van mevrouw [[p:Çelik]] op de [[a:Delftselaan 57-hs]] mijn moeder heeft een afspraak gehad met uw collega over huishoudelijke hulp maar ze heeft nooit meer iets gehoord dat was al in augustus ehm het zaaknummer op de brief is [[z:W-2024-0 3 3 7 8 1]] wilt u mij terugbellen op [[t:06 – 15 93 72 20]] of mailen naar [[e:h.celik@celikbouw.nl]] dank u wel
=====
dictaat eh aantekeningen telefonisch overleg met [[p:Marloes Bakker]] van de {{o:Raad voor de Kinderbescherming}} over de familie [[p:Boateng]] zaaknummer [[z:RvdK-2024-118832]] de Raad doet onderzoek naar aanleiding van een melding van de school de kinderen [[p:Nana]] acht jaar en [[p:Kojo]] vijf jaar zijn vaak te laat en hebben geen eten mee ehm ik heb aangegeven dat de stroom was afgesloten in maart en dat het sindsdien beter gaat dat de moeder meewerkt en dat de schulden bij de {{o:Haagse Kredietbank}} liggen het gesprek met de moeder is op [[d:dinsdag 3 december]] om half tien bij hen thuis op de [[a:Zuiderparklaan 311-A]] ik ga mee als vertrouwenspersoon
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
TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
COMPOUND = re.compile(r"(%s)(?:en|ën)(%s)" % ("|".join(UNITS), "|".join(TENS)))


def spoken_to_chars(s):
    """Turn a spoken number sequence ('NL negentien K N A B acht ...') into its
    characters ('NL19KNAB8...'), for verification of spoken BSNs and IBANs."""
    res = []
    for tok in re.findall(r"[0-9A-Za-zÀ-ÿ]+", s):
        low = tok.lower()
        if tok.isdigit():
            res.append(tok)
        elif low in UNITS:
            res.append(str(UNITS[low]))
        elif low in TEENS:
            res.append(str(TEENS[low]))
        elif low in TENS:
            res.append(str(TENS[low]))
        elif COMPOUND.fullmatch(low):
            m = COMPOUND.fullmatch(low)
            res.append(str(TENS[m.group(2)] + UNITS[m.group(1)]))
        else:
            res.append(tok.upper())
    return "".join(res)


def bsn_ok(s):
    d = spoken_to_chars(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = spoken_to_chars(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
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
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        assert pii, ("text without personal data", text[:60])
        rows.append({"id": "ho100-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout100.jsonl")
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
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
