#!/usr/bin/env python3
"""Held-out corpus 27: wijkteam knowledge-platform case lessons and discussion threads
from many Dutch municipalities. Texts are hand-written with inline markup:
  [[p:..]] person, [[b:..]] bsn, [[t:..]] phone, [[e:..]] email, [[i:..]] iban,
  [[pc:..]] postcode, [[a:..]] address, [[d:..]] date, [[dos:..]] dossier
  {{w:..}} wijk, {{o:..}} org, {{r:..}} role  (keep spans)
The markup is stripped programmatically so offsets are correct by construction."""

import json, os, re, sys

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

T = []
T.append(r"""Casusles: huurschuld en onrust op de galerij ({{w:Bloemhof}})

Aanleiding
Via de {{r:wijkagent}} kwam in het voorjaar een melding binnen over een man van 58 die 's nachts op de galerij stond te schreeuwen. {{o:Woonstad Rotterdam}} had de ontruiming al aangevraagd.

Aanpak
Samen met [[p:Kees]] van het FACT-team van {{o:Bavo Europoort}} ben ik onaangekondigd langsgegaan. Meneer [[p:Verhoef]] deed pas de derde keer open, op [[d:woensdag 14 juni]]. Hij woonde toen nog op de [[a:Putselaan 219b]].

Wat werkte
Niet over de schuld beginnen maar over zijn duiven.

Wat niet
Brieven. Die gingen ongeopend bij het oud papier.""")

T.append(r"""Re: Wie heeft ervaring met bewindvoering bij jongvolwassenen?

> @[[p:Sanne]] schreef: "Wij lopen vast bij een 19-jarige die alles wil zelf doen maar al 3x een incasso kreeg."

Herkenbaar. Bij ons in {{w:Overvecht}} hadden we vorig jaar precies zo'n jongen, [[p:Dani]]. Wat hielp: geen bewindvoerder opdringen maar eerst een budgetcoach van {{o:Stichting Me'kaar}} erbij, met een eigen leefgeldrekening. Zijn vaste lasten gingen via [[i:NL56INGB4104191620]], leefgeld op een tweede rekening.
Na een half jaar vroeg hij zelf om beschermingsbewind.

Groet, [[p:Ilona]] – {{r:schuldhulpverlener}} {{o:Buurtteam Utrecht}}""")

T.append(
    r"""Korte vraag aan de {{r:Wmo-consulenten}} hier: hoe lang duurt bij jullie een traplift-aanvraag? Wij wachten voor mw. [[p:Roos]] (86, [[a:Kanaalweg 3 bis]], {{w:Lunetten}}) al sinds [[d:2 februari]] en ze slaapt nu beneden op de bank. Dochter belt me elke week ([[t:06-41877203]]) en ik snap haar frustratie. Tips welkom."""
)

T.append(r"""Les uit de praktijk – Eenzaamheid onder Chinese ouderen in {{w:De Pijp}}

Aanleiding
Een {{r:huisarts}} uit de buurt merkte dat steeds meer oudere Chinese patiënten met vage klachten kwamen. Eén van hen, meneer [[p:Chen Wei]], kwam vier keer in twee maanden.

Aanpak
We zijn gaan samenwerken met een vrijwilliger die Kantonees spreekt, [[p:Mei Lin Ho]]. Zij belde de ouderen op zondagmiddag. [[p:Mei]] was voor hen meteen vertrouwd, wij niet.
Sinds [[d:12-9-2023]] is er een wekelijkse theemiddag in het buurthuis van {{o:Dynamo}}.

Wat werkte
Taal en eten. In mei hadden we al 14 vaste bezoekers.

Tips
Vraag niet naar 'eenzaamheid'; dat woord werkt niet.""")

T.append(r"""Hoi allemaal, vanuit {{o:Sociaal Wijkteam Haarlem}} ({{w:Schalkwijk}}) een vraag over bemoeizorg.

We hebben een mevrouw, ik noem haar even mevrouw X, die al twee jaar niemand binnenlaat. Buren klagen over stank. {{o:Elan Wonen}} wil handhaven. Zelf zegt ze (sms aan de buurvrouw, die het aan ons liet zien): "ik heb niemand nodig, laat [[p:Joke]] en die van het wijkteam me met rust".
Dossiernummer bij de gemeente is [[dos:HRL-2024-00871]] voor wie het hier intern kan inzien.
Hoe pakken jullie dit aan zonder dat het meteen een BOPZ/Wvggz-traject wordt?""")

T.append(r"""@[[p:Marloes]] @[[p:Jeroen]] zie bijgaande vraag uit {{w:Kanaleneiland}} 👆

> Vraag van [[p:Fatma Yıldız]]: "Kan ik als {{r:mantelzorger}} een vergoeding krijgen voor het rijden naar het ziekenhuis?"

Antwoord van ons: ja, via de mantelzorgwaardering van {{o:U-centraal}}, maar dat is een jaarlijks bedrag, geen kilometervergoeding. Voor haar vader (meneer [[p:Yıldız]] sr., geb. [[d:03-11-1947]]) loopt er nu een aanvraag Wmo-vervoer. [[p:Marloes]], kun jij dat oppakken?""")

T.append(r"""Casus: jonge moeder, schulden en een ex die blijft langskomen
Wijk: {{w:Hillesluis}}, Rotterdam-Zuid

Aanleiding
Mevrouw [[p:Bouchra El Idrissi]] (27) meldde zich bij {{o:Vraagwijzer}} met een afsluitingsbrief van het energiebedrijf. In het gesprek kwam eruit dat haar ex, [[p:Nordin]], nog een sleutel heeft.

Aanpak
– Eerst veiligheid: overleg met {{o:Veilig Thuis Rotterdam Rijnmond}}, melding gedaan op [[d:21 november 2023]].
– Slot vervangen via {{o:Havensteder}}.
– Schulden: aanmelding bij {{o:Kredietbank Rotterdam}}, kenmerk [[dos:KBR-23-114902]].

Wat werkte
Dat de {{r:maatschappelijk werker}} en de {{r:schuldhulpverlener}} samen het eerste gesprek deden.

Wat niet
Haar bellen op [[t:06 1938 4402]] terwijl hij erbij kon zijn. Spreek een codewoord af!""")

T.append(r"""Re: Re: Codewoord afspreken

> [[p:Hanneke]] schreef:
> Haar bellen terwijl hij erbij kon zijn. Spreek een codewoord af!

Goede tip, wij doen dat in {{w:Delfshaven}} ook. Wij laten cliënten het codewoord zelf kiezen. Eén vrouw koos 'Hoop' omdat dat het enige was wat ze nog had. Mooi en verdrietig tegelijk.""")

T.append(r"""Thema ouderen – verslag intervisie {{o:Wijkteam Deventer}} {{w:Keizerslanden}}

Besproken casus: echtpaar [[p:Kamphuis]], beiden rond de 80, hij beginnend dement. Zij ([[p:Gerda]]) doet alles alleen en is uitgeput. Op [[d:zaterdag 9 maart]] viel hij 's nachts van de trap; de ambulance bracht hem naar {{o:Deventer Ziekenhuis}}.

Wat ons opviel: niemand had de kinderen in beeld. Zoon [[p:Erik Kamphuis]] woont in Zwolle en wist van niks.
Afspraak: de {{r:casemanager dementie}} van {{o:Carinova}} neemt de regie, de {{r:ouderenadviseur}} van {{o:Raster}} organiseert een respijtplek.""")

T.append(r"""Hallo {{w:Zevenhuizen}}-collega's,
weet iemand of {{o:Stimenz}} nog die cursus 'Omgaan met geld' geeft? Ik heb een cliënt (dhr. [[p:Kuipers]], cliëntnr. [[dos:APD-55310]]) die daar echt wat aan zou hebben. Graag via de mail: [[e:l.vandijk@apeldoorn.nl]]
Dank! [[p:Linda van Dijk]], {{r:klantmanager}} {{o:Werk & Inkomen}}""")

T.append(r"""Casusles {{w:Hoge Vucht}} (Breda)

Aanleiding
Meneer [[p:Tomasz Nowak]] (41) kwam via de {{o:Voedselbank}} bij ons. Werkt via een uitzendbureau in de kassen, woont met 5 landgenoten op [[a:Haagweg 112-A]], [[pc:4814 GE]] Breda. Geen zorgverzekering.

Aanpak
We hebben met een tolk (Pools) uitgelegd hoe de zorgverzekering werkt. Zijn BSN ([[b:477001609]]) bleek op een ander adres geregistreerd. Dat was ook de reden dat toeslagen niet aankwamen.

Wat werkte
Samenwerken met {{o:Juvans}} en het IDO-loket.

Tips
Vraag altijd naar de BRP-inschrijving bij arbeidsmigranten, dat scheelt weken.""")

T.append(
    r"""Ik sluit me aan bij [[p:Wouter]]. Wij hadden in {{w:Tuinzigt}} een vergelijkbare situatie met een Roemeense familie (fam. [[p:Popescu]]). Het loket van de gemeente verwees ze drie keer door. Uiteindelijk is [[p:Wouter]] zelf met meneer naar het Stadskantoor gegaan, op [[d:1 oktober]], en toen was het in 20 minuten geregeld. Soms moet je gewoon even meelopen."""
)

T.append(r"""Vraag: iemand ervaring met {{o:Mondriaan}} en wachtlijsten voor ambulante GGZ?

Ik heb in {{w:Malberg}} een jonge man, [[p:Jordy]], 23, die sinds zijn opname in de zomer weer thuis is bij moeder. Hij belt mij gemiddeld 5 keer per dag ([[t:+31 6 2841 0973]]), soms om 3 uur 's nachts. Moeder ([[p:Ingrid Lemmens]]) kan het niet meer aan. De {{r:POH-GGZ}} zegt dat het niet in haar mandaat valt.
Hoe overbruggen jullie die wachttijd?""")

T.append(r"""Re: wachtlijst GGZ

@[[p:Ilse]]: bij ons in {{w:Wittevrouwenveld}} zetten we een {{r:ervaringsdeskundige}} van {{o:Trajekt}} in. Niet als behandeling maar als maatje. Voor [[p:Jordy]] zou dat wel eens kunnen werken. Mail me even op [[e:ilse.habets@trajekt.nl]] als je contactgegevens wilt.
– [[p:Ilse Habets]]""")

T.append(r"""Aanleiding
Een Eritrese statushouder, [[p:Tesfay]], kreeg in {{w:Kerschoten}} een woning toegewezen zonder meubels. Hij sliep drie weken op de grond.

Aanpak
{{o:VluchtelingenWerk}} regelde de inrichting, wij de aanvraag bijzondere bijstand. Hij zat in het dossier als [[dos:SOZ/2023/04412]]. Brief kwam op [[d:18-12-2023]], geld op [[d:4-1-24]].

Wat niet
Zes weken voor een bed is te lang. Volgende keer een noodvoorraad bij de kringloop vragen.""")

T.append(r"""Goedemiddag, ik ben [[p:Petra]], {{r:wijkverpleegkundige}} bij {{o:Buurtzorg}} in {{w:Heerlerheide}}. Ik wil hier een situatie delen die goed is afgelopen.

Meneer [[p:Jacobs]] (79) weigerde alle hulp na het overlijden van zijn vrouw. Ik kwam alleen voor zijn insuline. Op een dinsdag zag ik dat zijn koelkast leeg was. De {{r:buurtcoach}} van {{o:Alcander}} heeft toen een buurman ([[p:Harrie]]) gevraagd om samen boodschappen te doen. Het gekke is: hij accepteerde het van [[p:Harrie]] wel, van ons niet.
Les: informele hulp is soms de enige ingang.""")

T.append(r"""Oproep: wie wil meedenken over een {{r:casusregisseur}}-overleg dat vastloopt?
Het gaat om een gezin in {{w:Poelenburg}} met 7 betrokken instanties. Niemand neemt regie. Moeder: [[p:Ayşe Kaya]], [[a:Zilverschoonstraat 48]], [[pc:1503GM]] Zaandam. Iedereen denkt dat de ander het doet.
Als je mee wilt doen aan het MDO op [[d:donderdag 23 mei]] om 10.00 uur, meld je bij mij: [[t:075-6512908]].""")

T.append(r"""> Citaat @[[p:Bram]]: "Iedereen denkt dat de ander het doet."

Klassieker. Wij hebben in Zaanstad afgesproken dat degene die het eerst binnen was de regie houdt tot het MDO er iets anders over zegt. Bij de familie [[p:Kaya]] was dat de {{r:jeugdconsulent}}. Lijkt me dus niet zo moeilijk?
[[p:Nadia]] ({{o:Wijkteam Zaanstad}} {{w:Peldersveld}})""")

T.append(r"""Wat werkte bij ons – huisbezoek met de tolk via de telefoon

Situatie: Syrisch gezin in {{w:Schilderswijk}}, vader [[p:Mahmoud Al-Hassan]] spreekt Arabisch, moeder [[p:Rasha]] een beetje Nederlands. Eerste gesprek op [[d:di 7 nov.]] was chaotisch, de 12-jarige zoon moest tolken.

Nu: tolk via de {{o:Tolkenlijn}}, op de speaker. Kinderen gaan tijdens het gesprek naar het {{o:Servicepunt XL}} in het wijkcentrum. De {{r:Wmo-adviseur}} had het idee.
Tip: boek de tolk een week vooruit.""")

T.append(
    r"""Hoi [[p:Annemiek]], ik zag je vraag over het inzetten van een huishoudelijke hulp bij verwaarlozing. Bij dhr. [[p:de Wit]] in {{w:Bouwlust}} hebben we dat gedaan, maar alleen na een grote schoonmaak via {{o:Haag Wonen}}. Anders is het dweilen met de kraan open. Zijn zaak is onder [[dos:SWT-ESC-0419]] besproken in het casuïstiekoverleg, als je het verslag wilt lezen."""
)

T.append(r"""Casusles: 'de verdwenen bankpas'

Aanleiding
Een oudere vrouw uit {{w:Bilgaard}}, [[p:Tjitske Hoekstra]], merkte dat er elke week €200 van haar rekening verdween. Haar kleinzoon ([[p:Sietse]]) 'hielp' met pinnen.

Aanpak
– Met haar naar de bank, nieuwe pas, nieuwe pincode.
– Rekening [[i:NL38RABO5323095143]] tijdelijk alleen met tweede handtekening.
– Melding financiële uitbuiting, in overleg met {{o:Veilig Thuis Friesland}}.

Wat niet werkte
Het gesprek met de kleinzoon. Hij ontkende alles en is boos vertrokken.

Tip
Betrek de {{r:ouderenadviseur}} van {{o:Amaryllis}}, die kent de familie-dynamiek vaak al.""")

T.append(
    r"""quick note na overleg vandaag: mw [[p:yilmaz]] (kanaleneiland) heeft eindelijk afspraak bij {{o:Altrecht}}, [[d:28/3]] om 14u. [[p:sevgi]] gaat mee. @[[p:tom]] jij regelt vervoer?"""
)

T.append(r"""Casus voor het thema Huiselijk geweld (pilot)

Aanleiding
Op [[d:zondag 17 december 2023]] werd de politie gebeld door buren in {{w:Kruiskamp}}. Mevrouw [[p:Daniëlle Verbeek]] had een gebroken pols. Haar partner, [[p:Ricardo]], is eerder veroordeeld.

Aanpak
Tijdelijk huisverbod (10 dagen). Binnen die 10 dagen hebben de {{r:maatschappelijk werker}} van {{o:Divers}} en de {{r:aandachtsfunctionaris}} huiselijk geweld van het wijkteam een veiligheidsplan gemaakt. Zij verbleef bij haar zus op de [[a:Graafseweg 301]].

Wat werkte
Snelle afstemming met {{o:Veilig Thuis Brabant Noordoost}}, zaaknummer [[dos:VT-BNO-23-7781]].

Wat niet
Na dag 10 was er niets meer. [[p:Ricardo]] stond op dag 11 weer voor de deur.""")

T.append(
    r"""@[[p:Daan]] en anderen: vanuit {{w:Boschveld}} merken we hetzelfde. Na het huisverbod valt er een gat. Wij proberen nu standaard een tweede afspraak te plannen op dag 8, dus nog binnen de termijn. Het is geen garantie, maar het helpt."""
)

T.append(r"""Even een compliment voor de samenwerking met {{o:Tactus}} in {{w:Velve-Lindenhof}}. De {{r:verslavingsarts}}, [[p:dr. Oldenkamp]], kwam gewoon mee op huisbezoek bij meneer [[p:Brink]] (alcohol, 60+, [[a:Lasondersingel 77]]). Daarna wilde hij wél in behandeling. Ik heb zelden zo'n snelle omslag gezien.
[[p:Rianne]], {{o:Wijkteam Enschede}}""")

T.append(r"""Re: privacy – mag ik de {{r:huisarts}} bellen zonder toestemming?

Kort antwoord: nee, tenzij er acuut gevaar is. Wij laten altijd de toestemmingsverklaring tekenen bij het eerste gesprek. Bij mevrouw [[p:Bakker]] in {{w:Osdorp}} vergaten we dat, en toen de {{r:huisarts}} belde mochten we niks zeggen. Pijnlijk, want ze lag op dat moment in het {{o:OLVG}} (sinds [[d:6 april]]).
Zorg dat die handtekening er staat.""")
T.append(r"""Les: toeslagenherstel en wantrouwen ({{w:Tarwewijk}})

Aanleiding
Mevrouw [[p:Sharmila Ramcharan]] is gedupeerde van de toeslagenaffaire. Ze wilde niets meer met 'de overheid' te maken hebben, en wij horen daar in haar ogen ook bij.

Aanpak
Eerste drie gesprekken bij haar moeder thuis, [[a:Mijnsherenlaan 150-B]], niet op kantoor. Ik heb haar BSN ([[b:9214.68.209]]) pas na een maand gevraagd, toen we samen naar de herstelregeling keken.

Wat werkte
Tijd. En eerlijk zeggen wat we niet kunnen.

Wat niet
De eerste brief van {{o:UHT}} die ze zag, lag al bij ons op tafel. Had ze eerst zelf moeten krijgen.""")

T.append(
    r"""[[p:Gijs]] vroeg in het teamoverleg of iemand een goed voorbeeld had van een 'doorbraakbudget'. In {{w:Ondiep}} hebben we in het najaar voor meneer [[p:Ouarrak]] in één keer de huurachterstand betaald (€1.340) zodat hij niet uit huis werd gezet. Goedgekeurd door de {{r:gebiedsmanager}} binnen twee dagen. Betaling aan {{o:Mitros}} onder vermelding van huurcontract [[dos:MIT-0098812]]. Het heeft een ontruiming voorkomen die veel meer had gekost."""
)

T.append(r"""Vraag van een nieuwe collega ({{w:Almere Haven}})

Hoi, ik ben [[p:Femke]] en sinds deze maand {{r:welzijnscoach}} bij {{o:De Schoor}}. Ik heb een cliënt die zijn post niet meer opent, mevrouw [[p:Vos]], 67. Haar zoon stuurde me dit bericht:
"Mijn moeder zegt dat ze alles onder controle heeft maar er liggen 40 brieven in de gang. Kunt u langsgaan? Mvg [[p:Ronald Vos]]"
Hoe pakken jullie zo'n eerste bezoek aan?""")

T.append(r"""Re: Vraag van een nieuwe collega

> [[p:Femke]]: "er liggen 40 brieven in de gang"

Hoi Femke, welkom! Mijn tip: neem een grote tas en een paar mappen mee en sorteer samen op de vloer. Rood = deurwaarder, oranje = aanmaning, groen = rest. Bij een man in {{w:Stedenwijk}} ([[p:Hendriks]], bekend bij ons als [[dos:ALM-WT-2219]]) vonden we zo binnen een uur een beslag op zijn AOW.
Groet, [[p:Wim]]""")
T[-1] = T[-1].replace("Hoi Femke, welkom", "Hoi [[p:Femke]], welkom")

T.append(r"""Aanleiding: een 15-jarige uit {{w:Dukenburg}} zat maandenlang thuis; school meldde het pas laat bij de {{r:leerplichtambtenaar}}. Moeder ([[p:Naima]]) werkt nachtdiensten.
Aanpak: gezamenlijk huisbezoek {{o:Sterker sociaal werk}} + {{r:jeugdconsulent}} op [[d:maandag 8 januari]]. Dochter [[p:Yasmina]] bleek gepest te worden en durfde niet naar buiten.
Wat werkte: een klein doel. Eerst één uur per dag naar het {{o:Bindkracht10}}-buurthuis.
Wat niet: dreigen met een proces-verbaal.
Contact voor vragen: [[e:j.hermsen@sterker.nl]]""")

T.append(
    r"""Wie kent een goede Somalische sleutelfiguur in {{w:Lindenholt}} of {{w:Hatert}}? We hebben een jonge moeder, [[p:Hodan Ali Warsame]], met drie kleine kinderen, die dringend hulp nodig heeft bij de inburgering. Ze reageert alleen op WhatsApp ([[t:06-27390416]])."""
)

T.append(r"""Thema bemoeizorg – les uit {{w:Heechterp-Schieringen}}

Aanleiding
Meneer [[p:Bouma]] (52) woonde jarenlang met honden en katten in een huurwoning van {{o:Elkien}} op de [[a:Schieringersweg 41]]. Buurtbewoners belden ons en de {{o:Dierenambulance}}.

Aanpak
De {{r:bemoeizorger}} van {{o:GGZ Friesland}} is met een hondenbrokje (letterlijk) binnengekomen. [[p:Bouma]] vertrouwde alleen mensen die van dieren hielden.

Wat werkte
Dieren serieus nemen als familie. Twee honden mochten blijven.

Wat niet
De eerste ontruimingsdatum ([[d:15 augustus 2022]]) had veel te veel stress gegeven; gelukkig uitgesteld.

Tips
Begin bij wat iemand lief is.""")

T.append(r"""@[[p:Karin]] dank voor je verhaal over meneer [[p:Bouma]]! Wij hebben iets vergelijkbaars in {{w:Camminghaburen}}. Mag ik je bellen? Ik ben bereikbaar op [[t:058 233 84 10]] (ma t/m do).
[[p:Jelle]]""")

T.append(r"""Verslag expertmeeting april – rondetafel 'Jeugd en armoede'

Aanwezig: [[p:Tamara]] ({{o:CJG Rijnmond}}), [[p:Youssef]] ({{o:Wijkteam Rotterdam}} {{w:Feijenoord}}), [[p:Marieke de Hoop]] (gemeente), [[p:Koen]] ({{o:Kinderombudsman}}, als gast).

Casus ingebracht door [[p:Youssef]]: een gezin uit {{w:Afrikaanderwijk}} waarvan de kinderen geen winterjas hebben. Het {{o:Jeugdfonds Sport & Cultuur}} kon niks, want niet sportgerelateerd.
Conclusie: er moet één potje komen zonder regels. [[p:Marieke]] zoekt uit wat er kan.""")

T.append(
    r"""Aanvulling op het verslag: het gezin uit de casus van Youssef heeft inmiddels jassen via {{o:Stichting Kinderhulp}}. Aanvraag op [[d:19-10]], jassen binnen op [[d:26-10]]. Sneller dan verwacht!"""
)
T[-1] = T[-1].replace("casus van Youssef", "casus van [[p:Youssef]]")

T.append(r"""Casusles – 'Ik wil geen bewindvoerder, ik wil mijn leven terug'

Aanleiding
Meneer [[p:Kwame Mensah]] (45), Ghanese achtergrond, woont in {{w:Holendrecht}}. Na een scheiding €38.000 schuld. Hij zei letterlijk tegen mij: "I don't want anybody touching my money again."

Aanpak
We hebben geen bewind aangevraagd maar een budgetbeheerrekening bij {{o:Madi}} opgezet. Hij behield zelf inzicht via de app. Salaris komt binnen op [[i:NL57 ABNA 2827 8533 38]].

Wat werkte
Regie bij hem laten.
Wat niet
De schuldeisers wachten niet. De deurwaarder stond er op [[d:22 mei]] alsnog.""")

T.append(r"""Iemand ervaring met een {{r:bewindvoerder}} die niet reageert? Voor mw. [[p:Koster]] uit {{w:Geuzenveld}} wachten we al 9 weken op leefgeld. Zij belt mij huilend elke vrijdag. Het kantoor heet ik even niet, maar het dossiernummer bij de rechtbank is [[dos:C/13/741029 / BM RK 23-1188]].
Mag ik dit bij de kantonrechter melden?""")

T.append(r"""Re: bewindvoerder reageert niet

Ja, dat mag, en het moet eigenlijk. Stuur een brief naar de rechtbank met het rekestnummer. Bij ons in {{w:Slotermeer}} heeft dat gewerkt voor dhr. [[p:Jansen]]: binnen 3 weken een andere bewindvoerder.
@[[p:Esther]] heeft een voorbeeldbrief, toch?""")

T.append(r"""Ja! Ik zet de voorbeeldbrief in de bibliotheek van het platform. Let op: haal daar zelf wel de naam van de oorspronkelijke cliënt uit, ik had er per ongeluk nog 'mw. [[p:Brouwer]], [[a:Burgemeester de Vlugtlaan 119-II]]' in staan 🙈
– [[p:Esther]]""")

T.append(r"""Les: mantelzorger raakt overbelast ({{w:De Maten}}, Apeldoorn)

Aanleiding
[[p:Anouk]] (34) zorgt voor haar moeder met MS en haar broer met autisme. Ze belde de {{o:Mantelzorgcentrale}} op [[d:vrijdag 2 juni]] met "ik kan niet meer".

Aanpak
– Zelfde dag terugbellen ([[t:055-5784412]]).
– Logeeropvang voor de broer via {{o:Riwis}}.
– Huishoudelijke hulp Wmo voor moeder, beschikking [[dos:WMO-APD-2023-18843]].

Wat werkte
Snel reageren. Ze zei later: "als jullie niet hadden teruggebeld was ik gewoon weggelopen".""")

T.append(
    r"""Hoi allemaal, kort bericht vanuit {{w:Meerwijk}}: het inloopspreekuur van de {{r:sociaal raadslieden}} is verhuisd naar het wijkcentrum. Voor een cliënt van mij (mevr. [[p:Aziz]], [[t:023-5427719]]) was dat een probleem, ze kan niet ver lopen. [[p:Hans]] van {{o:DOCK Haarlem}} komt nu bij haar thuis. Chapeau Hans!"""
)
T[-1] = T[-1].replace("Chapeau Hans!", "Chapeau [[p:Hans]]!")

T.append(r"""Aanleiding
In {{w:Spangen}} kwam een melding van de {{o:GGD Rotterdam-Rijnmond}}: een woning met ernstige vervuiling (rattenoverlast). Bewoner: dhr. [[p:F. Lucassen]], geboren [[d:1 maart 1961]].

Aanpak
Bemoeizorg-overleg, daarna samen met de {{r:woonconsultant}} van {{o:Havensteder}} en een {{r:wijkverpleegkundige}} langs. Opruimploeg geregeld.

Wat werkte
Vooraf met hem afspreken wat er mocht blijven (zijn platencollectie).

Wat niet
De ploeg kwam een dag te vroeg. Hij was er niet op voorbereid en werd agressief.""")

T.append(
    r"""@[[p:Ruud]] vraag over je casus in {{w:Spangen}}: hoe kreeg je de GGD zover om mee te gaan? Bij ons in {{w:Charlois}} blijft het bij een brief. Ik heb een vergelijkbare meneer op de [[a:Wolphaertsbocht 202b]], [[pc:3083 KK]], en het wordt elke week erger."""
)

T.append(r"""Beste collega's,

graag vraag ik aandacht voor de training 'Gespreksvoering bij zorgmijding' op [[d:14 februari]] in {{w:Zuilen}}. Trainer is [[p:Maaike Oosterbeek]] van {{o:Lister}}. Aanmelden via [[e:m.oosterbeek@lister.nl]] of via mij.

Met vriendelijke groet,
[[p:Sjoerd Kleinjan]]
{{r:teamleider}} {{o:Buurtteam Utrecht}} Noordwest
[[t:030-2867511]]""")

T.append(r"""Thema ouderen: valpreventie werkt niet als je alleen folders uitdeelt

Aanleiding
In {{w:Zuidbroek}} vielen in één winter drie ouderen uit dezelfde flat. Eén van hen, mevrouw [[p:Willemsen]], lag 14 uur op de vloer voordat haar buurvrouw haar vond.

Aanpak
Samen met de {{r:fysiotherapeut}} en de {{r:ouderenadviseur}} van {{o:Stimenz}} een beweeggroep in de recreatieruimte. Elke week dinsdag.

Wat werkte
Koffie na afloop. Mensen kwamen voor het praten.

Wat niet
Personenalarmering opdringen. Mevrouw [[p:Willemsen]] draagt het nog steeds niet.""")

T.append(r"""> [[p:Ellen]] schreef: "Personenalarmering opdringen. Mevrouw Willemsen draagt het nog steeds niet."

Bij ons in {{w:Colmschate}} helpt het als je het niet 'alarm' noemt maar 'sieraad'. Klinkt gek maar mevrouw [[p:Smit]] draagt hem nu als hanger.""")
T[-1] = T[-1].replace("Mevrouw Willemsen draagt", "Mevrouw [[p:Willemsen]] draagt")

T.append(r"""Snel een vraag tussendoor: welk BSN-formaat accepteert het nieuwe aanmeldformulier van de {{o:Kredietbank Nederland}}? Ik kreeg een foutmelding bij [[b:893 109 022]] (met spaties) en zonder spaties ging het wel. Is dat bij jullie ook?
[[p:Priya]], {{w:Laak}}""")

T.append(r"""Casusles: gezin uit Afghanistan, krappe woning ({{w:Moerwijk}})

Aanleiding
Gezin [[p:Ahmadi]], 7 personen in een 3-kamerflat op de [[a:Erasmusweg 880]], [[pc:2532 CX]] Den Haag. Vader [[p:Nasir]] werkt, moeder [[p:Zarghuna]] is zwanger van de vijfde.

Aanpak
Urgentieaanvraag bij de gemeente (medisch + sociaal), begeleid door de {{r:maatschappelijk werker}} van {{o:Xtra}}. Ingediend [[d:30-06-2023]].

Wat werkte
Een brief van de {{r:verloskundige}}.
Wat niet
Het duurde alsnog 11 maanden.""")

T.append(
    r"""Toevoeging van [[p:Laura]] ({{o:Staedion}}): bij grote gezinnen kun je soms eerder een woningruil regelen dan een urgentie. Voor de familie [[p:Ahmadi]] hebben we gekeken naar een ruil met een oudere bewoner in {{w:Morgenstond}} die kleiner wilde wonen. Het ging net niet door, maar probeer het."""
)
T.append(r"""Hallo, ik zoek een collega in Heerlen die weet hoe het zit met de kostendelersnorm als een volwassen zoon weer thuis komt wonen. Situatie: mw. [[p:Göbel]], {{w:Meezenbroek}}, haar zoon [[p:Kevin]] (24) is net uit detentie. Ze gaat er €300 per maand op achteruit.
Ik ben bereikbaar op [[e:s.vanoppen@heerlen.nl]] of [[t:045 560 41 22]].
[[p:Sandra van Oppen]]""")

T.append(r"""Re: kostendelersnorm

Hoi [[p:Sandra]], ja, dat is een bekend probleem. Wij vragen dan maatwerk aan bij de {{r:consulent}} Participatiewet... nee sorry, bij {{o:Werk en Inkomen}} ({{o:WSP Parkstad}}). Voor een vergelijkbaar gezin in {{w:Hoensbroek}} is het toegekend voor 6 maanden. Aanvraag liep onder [[dos:PW-2023-00412-HRL]].""")

T.append(r"""Les uit {{w:Wesselerbrink}}: samenwerking met de moskee

Aanleiding
Veel Turkse ouderen in de wijk kennen het {{o:Wijkteam Enschede}} niet. Ze gaan wel naar de moskee.

Aanpak
Ik ([[p:Serkan]]) heb met de voorzitter, de heer [[p:Öztürk]], afgesproken dat we elke eerste vrijdag na het gebed een spreekuur houden. Eerste keer: [[d:vrijdag 6 oktober]].

Wat werkte
Er kwamen 11 mensen. Vooral vragen over de AOW-gat en pensioen uit Turkije.

Wat niet
Vrouwen kwamen niet. Nu apart spreekuur met [[p:Hatice]], vrijwilliger van de vrouwenvereniging.""")

T.append(
    r"""Korte vraag: heeft iemand het telefoonnummer van de {{r:wijkagent}} in {{w:Twekkelerveld}}? Het gaat om een buurtruzie waarbij mijn cliënt ([[p:Jan-Willem Ter Horst]], [[a:Hengelosestraat 412]]) bedreigd wordt door de bovenburen."""
)

T.append(r"""Aanleiding
Mevrouw [[p:Grace Boateng]] kwam via de kerkgemeenschap bij ons in {{w:Bijlmer-Centrum}}. Geen verblijfsvergunning meer sinds haar scheiding. Drie kinderen, waarvan twee hier geboren.

Aanpak
Doorverwezen naar {{o:ASKV Steunpunt Vluchtelingen}} en de {{o:Wereldhuis}}. Wij deden alleen praktische ondersteuning (voedsel, school).

Wat werkte
Eerlijk zijn over wat wij als wijkteam wel en niet kunnen.

Tip
Noteer in ons systeem geen BSN als die er niet is — we hadden per ongeluk het BSN van haar ex ([[b:197921760]]) in haar dossier gezet. Foutje, gecorrigeerd.""")

T.append(r"""Thread: Hoe ga je om met cliënten die je privé appen?

[[p:Lotte]] ({{w:Rosmolenwijk}}): Ik krijg 's avonds laat berichten van een cliënt op mijn werktelefoon. Vanavond: "[[p:Lotte]] ik kan niet slapen, mag ik morgen om 8 langskomen??" Ik voel me schuldig als ik niet antwoord.

[[p:Mohamed]] ({{w:Kogerveld}}): Zet je telefoon uit na 17u. Zet in je voicemail het nummer van de crisisdienst. Klaar.

[[p:Lotte]]: Makkelijk gezegd, [[p:Mohamed]] 😉""")

T.append(r"""Casus ingebracht bij het MDO {{w:Transvaal}}, [[d:12 oktober 2023]]

Betrokkenen: mevrouw [[p:Sunita Jagessar]] (cliënt), dochter [[p:Kavita]], de {{r:casusregisseur}} ([[p:Robin]]), {{o:Parnassia}}, {{o:MEE}}.

Vraag: mevrouw heeft een LVB en wordt financieel misbruikt door een 'vriend' die bij haar intrekt. Ze woont op de [[a:Paul Krugerlaan 59-1]].
Besluit: de {{r:MEE-consulent}} gaat wekelijks langs. [[p:Kavita]] krijgt inzage in de bankrekening ([[i:NL23SNSB7538982334]]) met toestemming van moeder.""")

T.append(
    r"""Aanvulling [[p:Robin]]: de 'vriend' is inmiddels vertrokken. Mevrouw [[p:Jagessar]] heeft zelf het slot laten vervangen. Mooi om te zien hoe ze groeit."""
)

T.append(
    r"""Oproep vanuit {{o:Wijkteam Almere}} {{w:Tussen de Vaarten}}: wij zoeken vrijwilligers die Tigrinya spreken. Wie heeft contacten? Reageer hier of mail [[e:wijkteam.tdv.mhaile@almere.nl]] (t.a.v. [[p:Meron Haile]])."""
)

T.append(r"""Les: LVB en de eerste brief van de {{o:Belastingdienst}}

Aanleiding
Een jonge vrouw uit {{w:Kanaleneiland}} (laten we haar [[p:Sara]] noemen – haar echte naam is [[p:Samira Benali]], sorry, ik laat het staan voor het team) kreeg een naheffing van €2.400 kinderopvangtoeslag.

Aanpak
Samen met de {{r:MEE-consulent}} de brief in gewone taal uitgelegd. Daarna bezwaar gemaakt. Kenmerk [[dos:BD-KOT-88410023]].

Wat werkte
Plaatjes en een tijdlijn op een A3.

Tips
Kijk bij LVB altijd of er iemand meeleest met de post. Sara had niemand.""")
T[-1] = T[-1].replace("Sara had niemand.", "[[p:Sara]] had niemand.")

T.append(
    r"""Even delen: {{o:Humanitas Thuisadministratie}} in {{w:Zaandam-Oost}} heeft weer plek! Ik had mw. [[p:Oosterhuis]] aangemeld op [[d:2-2-2024]] en binnen een week was er een vrijwilliger. Contactpersoon [[p:Ria]] ([[t:06-53381902]])."""
)

T.append(r"""Reactie op de vraag van [[p:Bas]] over schuldsanering bij zelfstandigen

Bij ons in {{w:Rivierenwijk}} hadden we een ZZP'er, meneer [[p:Haverkamp]], schilder, die 3 jaar geen belastingaangifte had gedaan. {{o:Schuldhulpverlening Deventer}} wilde pas starten als de administratie op orde was. Een vrijwilliger van de {{o:Ondernemersklankbord}} heeft dat in 6 weken gedaan. Aanmelding Wsnp volgde op [[d:9 september 2022]].
Dus: het kán, maar je hebt een tussenpersoon nodig.""")

T.append(r"""Aanleiding
In {{w:Nazareth}} (Maastricht) kwam een melding van een buurvrouw: "de oude man hiernaast heeft al een week zijn gordijnen dicht". Bewoner: dhr. [[p:Jean Pieters]], [[a:Voltastraat 18a]], [[pc:6224 EN]].

Aanpak
Met de {{r:wijkagent}} aangebeld. Niemand. Uiteindelijk met de sleutel van de woningcorporatie ({{o:Maasvallei}}) naar binnen. Hij lag uitgedroogd in bed.

Wat werkte
De buurvrouw die belde. Zonder haar was hij er niet meer geweest.

Tips
Maak in elke flat een 'gordijnafspraak' tussen buren.""")

T.append(
    r"""Prachtige les, [[p:Yvonne]]. De 'gordijnafspraak' gaan we overnemen in {{w:Caberg}}. Mogen we je casus gebruiken in de training voor de {{r:buurtconciërges}}? Dan haal ik de naam en het adres van meneer er wel uit natuurlijk."""
)

T.append(r"""Vraag over de pilot: de stuurgroep wil dat we per thema een 'casus van de maand' aanleveren. Voor thema jeugd stel ik de casus van het gezin [[p:Van den Berg]] uit {{w:Mariahoeve}} voor (dossier [[dos:2023-04711]]). Bezwaar? Graag voor [[d:vrijdag 1 december]] reageren.
[[p:Ellis]]""")

T.append(r"""> Voor thema jeugd stel ik de casus van het gezin Van den Berg uit Mariahoeve voor

Geen bezwaar, maar @[[p:Ellis]] zet de familienaam er voor de stuurgroep even niet in. En de toestemmingsverklaring moet er zijn — heeft moeder die getekend?""")
T[-1] = T[-1].replace(
    "casus van het gezin Van den Berg uit Mariahoeve",
    "casus van het gezin [[p:Van den Berg]] uit {{w:Mariahoeve}}",
)

T.append(r"""Les: jongvolwassene na jeugdzorg (18-/18+)

Aanleiding
[[p:Dylan]] werd op zijn 18e verjaardag ([[d:11-04-2023]]) uit de gezinshuisplek van {{o:Pluryn}} gezet. Geen woning, geen inkomen.

Aanpak
Via het {{o:Jongerenloket}} een uitkering aangevraagd, tijdelijk wonen bij een oom in {{w:Neerbosch-Oost}}. Mentor van de oude instelling bleef vrijwillig betrokken.

Wat werkte
Die mentor ([[p:Jolanda]]). Zonder haar had [[p:Dylan]] op straat gestaan.

Wat niet
Het 'warm overdragen' bestond alleen op papier.""")

T.append(
    r"""Hoi! Kent iemand een budgetmaatje-project in {{w:Noordoost}} Breda? Ik heb een stel ([[p:Martijn]] en [[p:Chantal]], beiden 30) met een flinke roodstand. Ze willen het zelf leren. Loon komt op rekening [[i:NL04TRIO8248542212]] (Triodos, dus geen app van de grote banken, wat het overzicht lastig maakt). Graag tips!"""
)

T.append(r"""Casusles: dakloos na een ruzie met de huisbaas ({{w:Brabantpark}})

Aanleiding
Meneer [[p:Petrov]] (Bulgaars, 39) huurde een kamer op de [[a:Ettensebaan 27 k3]]. Na een ruzie zette de eigenaar zijn spullen op straat.

Aanpak
Eerst nachtopvang via {{o:Leger des Heils}}. Daarna de {{o:Huurcommissie}} ingeschakeld en een advocaat via het {{o:Juridisch Loket}}.

Wat werkte
Hij kreeg zijn borg (€750) terug.
Wat niet
Zijn paspoort was zoek. Het consulaat in Den Haag vroeg een afspraak met 5 weken wachttijd.""")

T.append(r"""Wie heeft er ervaring met het nieuwe Wmo-beleid huishoudelijke hulp in Leeuwarden? Ik krijg veel vragen. Bijvoorbeeld van mevrouw [[p:Dijkstra]] uit {{w:Oranjewijk}}: "Ik heb 40 jaar belasting betaald en nu moet ik zelf een schoonmaakster zoeken?" Ze heeft gelijk dat het anders is, maar ik kan het niet veranderen.
[[p:Froukje]], {{o:Gebiedsteam Leeuwarden}}""")
T.append(r"""Aanleiding
Dhr. [[p:Abdi Farah]] (Somalisch, 61) kreeg een brief van de {{o:SVB}} dat zijn AOW gekort werd. Hij snapte niet waarom.

Aanpak
Samen met de {{r:sociaal raadsman}} gekeken: hij heeft 14 jaar niet in NL gewoond. We hebben de aanvullende inkomensvoorziening (AIO) aangevraagd. Zijn gegevens: BSN [[b:525734338]], rekening [[i:NL37KNAB3900369918]]. (Ja ik weet het, dit hoort hier niet, moderator mag het weghalen.)

Wat werkte
Een tolk die ook de culturele schaamte rond 'bijstand' begreep.
Wijk: {{w:Zeswegen-Nieuw Husken}}, Heerlen.""")

T.append(
    r"""@[[p:m.kusters]] kun je het BSN in het bericht van vanochtend weghalen? Dank je. En de rekening graag ook."""
)

T.append(r"""Casus voor de workshop 'Bemoeizorg' ([[d:19 april]])

Mevrouw [[p:van der Meer]], 71, {{w:Vrijheidswijk}}, hoarding. Sinds 2019 bekend bij {{o:VNN}} vanwege alcohol. Huisarts: dr. [[p:Wiersma]].
Vraag voor de workshop: wanneer stop je met bemoeizorg als iemand het echt niet wil?

Contact inbrenger: [[p:Tjeerd Postma]], [[e:tjeerd.postma@gebiedsteamleeuwarden.nl]]""")

T.append(r"""Wat niet werkte in onze aanpak in {{w:Schalkwijk}}:
1. Te veel hulpverleners tegelijk. Mevrouw [[p:Nkrumah]] had er op een gegeven moment elf.
2. Afspraken op maandagochtend; dan sliep ze nog.
3. Haar dochter [[p:Abena]] als tolk gebruiken. Dat was niet eerlijk naar het kind.
Wat wél werkte: één vast gezicht, [[p:Sophie]] van {{o:Kennemerhart}}.""")

T.append(
    r"""Hé allemaal, ik post dit namens [[p:Gerrit]] die nog geen account heeft. Hij is {{r:schuldhulpmaatje}} bij {{o:SchuldHulpMaatje Apeldoorn}} en vraagt of wijkteams cliënten willen doorverwijzen. Zijn mail: [[e:gerrit.bosman@schuldhulpmaatje.nl]]. Tel: [[t:06 - 15 49 82 37]]."""
)

T.append(r"""Les: "de deur bleef dicht" — drie maanden aanbellen in {{w:Carnisse}}

Aanleiding
Melding van {{o:Woonstad Rotterdam}}: huurder [[p:Slavko Marić]] ([[a:Carnissestraat 40-A]], [[pc:3083 HG]]) betaalt al 5 maanden niet. Niemand doet open.

Aanpak
Elke week een kaartje in de brievenbus, met de hand geschreven, met mijn naam ([[p:Joyce]]) en nummer. Na 12 weken belde hij.

Wat werkte
Volhouden. Hij zei: "ik dacht dat je het zou opgeven zoals iedereen".

Wat niet
De standaardbrief van de corporatie, met rood logo. Triggerde paniek.""")

T.append(r"""Re: "de deur bleef dicht"

Wat mooi [[p:Joyce]]. Dit is precies de les die ik elke nieuwe collega wil leren. Mag ik vragen wat er uiteindelijk met de huurschuld is gebeurd?

> antwoord [[p:Joyce]]: regeling met {{o:Woonstad Rotterdam}}, €50 per maand, loopt sinds [[d:1-11]].""")

T.append(r"""Verslag kick-off pilot 'Samen werken in het sociale domein', [[d:22 november]]

Gekozen thema's: jeugd, ouderen, huiselijk geweld, bemoeizorg. Per thema een trekker:
– jeugd: [[p:Noor Bakker]] ({{o:CJG}} {{w:Escamp}})
– ouderen: [[p:Henk Visser]] ({{w:Mariahoeve}})
– huiselijk geweld: [[p:Latifa]] ({{w:Laak}})
– bemoeizorg: [[p:Stefan de Groot]] ({{w:Segbroek}})
Volgende bijeenkomst: startbijeenkomst begin februari. Vragen: [[e:pilot.samenwerken@denhaag.nl]]""")

T.append(
    r"""Kleine correctie op het verslag: ouderen wordt getrokken door [[p:Henk]] én [[p:Wilma Storm]] (ouderenconsulent). Henk had het niet alleen willen doen 😊. Haar nummer staat in de deelnemerslijst maar voor de zekerheid: [[t:070-3539211]]."""
)
T[-1] = T[-1].replace("Henk had het", "[[p:Henk]] had het")

T.append(
    r"""Iemand ervaring met het verhuizen van een cliënt met een Wlz-indicatie van Utrecht naar Nijmegen? Mw. [[p:Hermans]] ([[b:135315311]]) wil dichter bij haar dochter wonen. Nieuw adres wordt [[a:Tarweweg 66]], [[pc:6534 AM]] Nijmegen. Wie regelt dan de overdracht van de zorg?"""
)

T.append(r"""Re: verhuizen met Wlz

Het {{o:zorgkantoor}} regelt dat, niet het wijkteam. Bel {{o:Menzis}} (zorgkantoor regio Arnhem/Nijmegen). Tip: vraag de dochter om zelf te bellen, dat gaat sneller. Succes!
[[p:Bart]] (Sociaal Wijkteam {{w:Hazenkamp}})""")

T.append(r"""Casus: oudere Antilliaanse man in {{w:Almere Buiten}}

Aanleiding
Meneer [[p:Rignald Martina]] (74) woont alleen sinds zijn vrouw terug is naar Curaçao. Zijn buurvrouw [[p:Roos]] zag dat hij afviel.

Aanpak
Maaltijdservice via de {{o:Zonnebloem}}? Nee: hij wilde geen 'Hollandse prakkie'. Uiteindelijk kookt een Antilliaanse vrijwilliger (mevrouw [[p:Isenia]]) twee keer per week voor hem. Gestart op [[d:maandag 13 november]].

Wat werkte
Eten dat naar thuis smaakt.""")

T.append(
    r"""Hoi [[p:Emre]], naar aanleiding van je vraag over de {{o:Vraagwijzer}} {{w:Ommoord}}: ze zitten nu in het wijkcentrum aan de Hesseplaats. Ik heb er vorige week mijn cliënt mw. [[p:Goedhart]] naartoe gebracht voor de kwijtschelding. Dossiernummer bij {{o:BCRG}}: [[dos:BCRG-2024/061155]]."""
)

T.append(r"""Les: geldzorgen bij ondernemers in de horeca ({{w:Oud-Zuid}})

Aanleiding
Een snackbarhouder, [[p:Ömer Demir]], kwam bij ons na een beslag door de {{o:Belastingdienst}}. Hij had zijn zaak aan de [[a:Groene Hilledijk 287]].

Aanpak
{{o:Ondernemersklankbord}} + {{o:Kredietbank Rotterdam}} + een {{r:coach}} van het wijkteam. Kenmerk {{o:Kredietbank}}: [[dos:KBR-24-000219]].

Wat werkte
Zijn accountant direct betrekken. Die belde ons uit zichzelf op [[t:010-4841122]].

Wat niet
Het Tozo-loket was gesloten.""")

T.append(
    r"""Namens [[p:Hanna]] (met verlof) beantwoord ik de vraag over de bemoeizorg-casus in {{w:Hoograven}}: de cliënt (dhr. [[p:Meijer]]) is op [[d:15-02-2024]] toch opgenomen, met een crisismaatregel. Het team is er nog steeds van onder de indruk. Nabespreking volgt."""
)

T.append(
    r"""Vraag aan de {{r:Wmo-consulenten}}: hoe gaan jullie om met eigen bijdrage bij mensen die net boven het minimum zitten? Meneer [[p:Kerkhof]] uit {{w:Keizerslanden}} stopt liever met de huishoudelijke hulp dan €21 per maand te betalen. Voor de aanvraag had ik al zijn rekeningnummer ([[i:NL43INGB9435050730]]) en loonstroken. Hoe dan ook: tips?"""
)

T.append(r"""Aanleiding
Polen, Bulgaren en Roemenen in {{w:Zandweerd}} wonen met velen in één huis. Bij één pand, [[a:Hanzeweg 9-11]], kregen we een melding van de brandweer.

Aanpak
Samen met {{o:handhaving}} en de {{r:arbeidsmigrantencoördinator}} langs. We spraken [[p:Marek]], [[p:Piotr]] en [[p:Ionuț]]. Ze wilden vooral weten of hun contract nog geldig was.

Wat werkte
Een folder in drie talen met het nummer van {{o:FairWork}}.

Wat niet
Handhaving in uniform meenemen. De helft vluchtte naar boven.""")

T.append(
    r"""@[[p:Inge]] ik zag dat jij de casus van mw. [[p:Ramos]] (Kaapverdisch, {{w:Spangen}}) hebt ingebracht bij het thema ouderen. Ik ken haar nog van {{o:Humanitas}}! Mag ik je bellen? [[t:06-44512088]]. Ik herken haar aan het verhaal over de kookclub, dus misschien is het verhaal niet anoniem genoeg..."""
)

T.append(r"""Les over samenwerking: huisarts en wijkteam in {{w:Pottenberg}}

Wat werkte: vast wekelijks overleg met de praktijk van dokter [[p:Ramaekers]], op woensdag, 30 minuten. De {{r:POH-GGZ}} schuift aan.
Wat niet: mailen. Niemand las het.
Voorbeeld: mevrouw [[p:Claessens]] (81) was voor de huisarts 'gewoon eenzaam' maar bleek 3 maanden geen huur te hebben betaald. Pas in het overleg kwam dat samen.
Tips: zet het overleg in de agenda van beide kanten. Bij ons loopt het sinds [[d:5 april 2023]].""")

T.append(
    r"""Vanuit de {{r:wijkagent}} in {{w:Limmel}}: bedankt wijkteam! Meneer [[p:Frissen]] is na jullie interventie niet meer bij ons in beeld gekomen. Vorig jaar was dat nog 40 meldingen. Groet, [[p:Roel Bastiaens]], politie Maastricht."""
)

T.append(
    r"""Vraag over IBAN-wijziging: een cliënt in {{w:Stroinkslanden}}, mw. [[p:Ter Huurne]], kreeg een phishing-sms en heeft haar gegevens gegeven. De bank heeft haar rekening geblokkeerd. Nieuw nummer [[i:NL19SNSB5051840326]]. Moet ik dat aan alle instanties doorgeven of kan zij dat zelf? Ze heeft beginnende dementie."""
)

T.append(r"""Re: IBAN-wijziging

Wij doen dat in {{w:Roombeek}} samen met de cliënt via MijnOverheid en de {{o:SVB}}. Duurt een uur. Mail voor een checklist: [[e:a.nijhuis@wijkteamenschede.nl]].
[[p:Anke Nijhuis]]""")

T.append(
    r"""Hoi team {{w:Westeinde}}, ik wil een compliment geven aan [[p:Hylke]] voor hoe hij de casus van de familie [[p:Wiersma]] heeft opgepakt. Ik was bij het gesprek op [[d:dinsdag 21-11]] en iedereen voelde zich gehoord. Meer van dit!"""
)
T.append(r"""Les: hoe een verkeerd gekopieerd aanmeldformulier bijna een datalek werd

Aanleiding
Bij het doorsturen van een aanmelding naar {{o:Kwintes}} ({{w:Muziekwijk}}, Almere) heeft een collega het hele intakeformulier in de mail geplakt, inclusief:
"Naam: [[p:R. Ilić]] – geb. [[d:17-07-1988]] – BSN [[b:934650032]] – adres [[a:Gitaarstraat 31]], [[pc:1312 ND]] Almere – tel [[t:06-20914477]]"
en dat ging naar de verkeerde 'Kwintes', namelijk een particulier adres.

Aanpak
Binnen 72 uur gemeld bij de {{r:privacy officer}} en de {{o:Autoriteit Persoonsgegevens}}. Cliënt zelf ingelicht, met excuses.

Wat werkte
Open zijn. Meneer was boos maar waardeerde de eerlijkheid.

Wat niet
Autocomplete in Outlook. Zet het uit.

Tips
Stuur persoonsgegevens alleen via het beveiligde portaal, nooit via gewone mail. En controleer de ontvanger twee keer.""")

T.append(r"""Re: verkeerd gekopieerd aanmeldformulier

Goed dat je dit deelt. Alleen... je hebt het formulier hier nu zelf ook weer neergezet, met BSN en al. Kan een moderator dit aanpassen? Ik heb het gemeld via [[e:privacy@platform-wijkteams.nl]]. Het meldnummer is [[dos:PRV-2024-0317]].""")

T.append(r"""Casusles {{w:Groenewoud}}, Nijmegen – schuldregeling met een zorgmijdende vrouw

Aanleiding
Mevrouw [[p:Reinders]] (49) had 23 schuldeisers en liet de deurwaarder niet binnen. Haar huis aan de [[a:Groenestraat 204B]], [[pc:6531 HK]] Nijmegen, dreigde geveild te worden (koopwoning, hypotheek).

Aanpak
– Kennismaking via haar zus, die bij de {{o:Voedselbank}} werkt.
– Samen met de {{r:schuldhulpverlener}} van {{o:Schuldhulp Nijmegen}} alle post in één middag gesorteerd.
– Moratorium aangevraagd op [[d:8 mei 2023]], toegekend op [[d:16 mei 2023]].
– Leefgeld op een aparte rekening ([[i:NL61RABO3117134212]]), vaste lasten via budgetbeheer.

Wat werkte
Dat de zus er in het begin bij was en daarna een stap terug deed.

Wat niet
De hypotheekverstrekker reageerde alleen op aangetekende brieven; dat kostte weken.

Tips
Bij koopwoningen: schakel vroeg een financieel adviseur in, het wijkteam weet daar te weinig van.""")

T.append(
    r"""Ter info voor collega's in {{w:Boerhaavewijk}}: de nieuwe {{r:schuldhulpverlener}} is [[p:Karim Aït Lahcen]]. Hij werkt op maandag, dinsdag en donderdag. Direct nummer [[t:023 511 50 96]], mail [[e:k.aitlahcen@haarlem.nl]]. Aanmelden kan via het formulier; vermeld altijd het BSN van de cliënt en de postcode (dus bijvoorbeeld niet alleen 'Haarlem') zodat het bij het goede team komt."""
)

T.append(r"""Vraag: hoe lang bewaren jullie kopieën van ID-bewijzen?

Ik kwam vandaag in onze gedeelde map nog een scan tegen van een paspoort uit 2019 (cliënt uit {{w:Wolfskuil}}, BSN [[b:821750380]]). Volgens mij mag dat helemaal niet zo lang. Ons beleid zegt 'zo kort mogelijk'. Wat doen jullie concreet? Direct na de controle verwijderen? Of na afsluiten dossier?
Groet, [[p:Mirjam]] ({{o:Sterker sociaal werk}})""")

T.append(r"""Re: hoe lang bewaren jullie kopieën van ID-bewijzen?

Bij ons ({{o:Buurtteam Utrecht}}): nooit een kopie opslaan. We noteren alleen 'ID gezien op [datum]' in het dossier. Bij controle door de {{o:Autoriteit Persoonsgegevens}} in 2022 kregen we daarvoor een pluim. Ik stuur je ons protocol: wat is je mailadres? Het mijne is [[e:b.zwart@buurtteamsutrecht.nl]].
[[p:Bernadette Zwart]], {{r:privacy-coördinator}}""")

T.append(r"""Les: van crisis naar rust in drie maanden ({{w:Geuzenveld}})

Aanleiding
Op [[d:zaterdagavond 4 november]] belde de crisisdienst ons team: een moeder met drie kinderen was door de politie uit huis gehaald na een psychose. De kinderen gingen tijdelijk naar oma op de [[a:Slotermeerlaan 97-3]], [[pc:1064 HC]] Amsterdam.

Aanpak
Maandag meteen een gezamenlijk overleg met {{o:Arkin}}, {{o:Jeugdbescherming Amsterdam}} (zaak [[dos:JBA-23-11209]]) en de school. Oma kreeg een {{r:gezinscoach}} van {{o:Samen DOEN}}.

Wat werkte
Oma serieus nemen als spil. Ze was 68 maar wist precies wat de kinderen nodig hadden.

Wat niet
Jeugdbescherming en GGZ wisselden drie weken lang geen informatie uit 'vanwege de privacy'. Maak afspraken over gegevensdeling vóór er een crisis is.""")

T.append(
    r"""Weet iemand of de {{o:Stadsbank Oost Nederland}} nog een eigen intakeformulier gebruikt voor inwoners van Deventer? Ik heb een cliënt uit {{w:Borgele}} met een loonbeslag. Zijn loon wordt gestort op [[i:NL53 ASNB 4037 5730 22]], en de werkgever houdt te veel in. Volgens mij klopt de beslagvrije voet niet."""
)

T.append(r"""Casus thema jeugd – vastgelopen schoolgang ({{w:Overvecht}})

Aanleiding
Een 14-jarige jongen zat al 6 maanden thuis. Moeder ([[p:Ebru]]) had op [[d:12 juni]] een mail gestuurd naar de mentor: "Hij komt zijn bed niet meer uit, ik weet het niet meer. Help ons alstublieft. Ebru, [[t:06 18 33 70 42]]". Die mail werd pas na de zomervakantie gelezen.

Aanpak
Het {{o:Buurtteam Utrecht}} heeft met de {{r:leerplichtambtenaar}} en de {{r:jeugdarts}} een plan gemaakt: eerst 2 uur per dag op school, in een apart lokaal.

Wat werkte
Een vaste contactpersoon op school.

Wat niet
De zomervakantie. Niemand was bereikbaar.""")
T[-1] = T[-1].replace(
    "ik weet het niet meer. Help ons alstublieft. Ebru,",
    "ik weet het niet meer. Help ons alstublieft. [[p:Ebru]],",
)

T.append(r"""Hoi allemaal, mijn eerste post hier. Ik ben {{r:ervaringsdeskundige}} bij {{o:Impuls}} in {{w:Schandelen}} (Heerlen) en wil graag meedenken over het thema bemoeizorg. Ik heb zelf jaren op straat geleefd. Mijn ervaring: mensen willen geen 'zorg', ze willen iemand die terugkomt.
Bereikbaar via [[e:peter.lousberg@impuls-heerlen.nl]] of op donderdag in het buurthuis.
[[p:Peter]]""")

T.append(r"""Aanleiding
De gemeente Den Bosch stuurde in het voorjaar een herinnering voor de Wmo-herindicatie naar alle cliënten in {{w:De Hambaken}}. Mevrouw [[p:Van Gerven]] (90) dacht dat ze haar zorg kwijt was en belde in paniek naar {{o:Farent}}.

Aanpak
Huisbezoek door de {{r:ouderenadviseur}}. Formulier samen ingevuld. Haar beschikkingsnummer was [[dos:WMO-0796-2021-33810]], geldig tot [[d:31-12-2025]].

Wat werkte
Het persoonlijke bezoek.

Tips
Vraag de gemeente om bij ouderen met een brief ook te bellen. Standaardbrieven veroorzaken onnodige paniek.""")

T.append(
    r"""Even een check bij het {{o:Wijkteam Zaanstad}}: ik heb een aanmelding gekregen voor een gezin op de [[a:Peperstraat 14-rood]], [[pc:1502 AJ]] Zaandam, maar ik denk dat dat in {{w:Rosmolenwijk}} valt en niet bij ons in {{w:Poelenburg}}. Kan iemand kijken? Het aanmeldnummer is [[dos:WTZ-000842]]."""
)

T.append(r"""Les: 'Wat werkte' bij eenzame mannen in {{w:Holtenbroek}}? Nee, sorry, dat is Zwolle. Ik bedoel {{w:Deppenbroek}} in Enschede.

Aanleiding
Mannen van 55+ komen niet naar de koffieochtend. Ze zitten thuis, vaak na een scheiding of werkverlies.

Aanpak
Een klusgroep in de oude garage achter het wijkcentrum. Gestart door vrijwilliger [[p:Bennie Oude Kotte]] en de {{r:opbouwwerker}} van {{o:Alifa}}.

Wat werkte
Iets doen in plaats van praten. Na 8 weken vertelde een man (hij noemde zich '[[p:Lange Gerrit]]') voor het eerst over zijn schulden.

Wat niet
De naam 'Mannenpraat'. Niemand kwam. 'Klusclub' werkte wel.""")

T.append(
    r"""Vraag over Suite/Mens Centraal: hoe koppel ik een dossier van een cliënt die verhuist van {{w:Ondiep}} naar {{w:Leidsche Rijn}}? Het oude dossiernummer is [[dos:U-BT-2022-071193]] en het systeem maakt een nieuw aan. Cliënt: dhr. [[p:Ahmed Ouali]], BSN [[b:873832528]]. Of moet dat via de functioneel beheerder?"""
)

T.append(
    r"""@[[p:Thijs]] zie hierboven, kun jij [[p:Naoufal]] helpen met de koppeling? En @[[p:Naoufal]]: BSN's liever niet in het forum zetten, stuur het Thijs via het portaal 😉"""
)
T[-1] = T[-1].replace("stuur het Thijs via", "stuur het [[p:Thijs]] via")

T.append(r"""Casusles: mantelzorg in een Hindoestaans gezin ({{w:Transvaal}}, Den Haag)

Aanleiding
Schoondochter [[p:Anjali]] zorgde 24/7 voor haar schoonvader, [[p:Ramdin Sital]] (82), na zijn beroerte. De familie vond het vanzelfsprekend; zij was op.

Aanpak
De {{r:mantelzorgconsulent}} van {{o:Stichting Mooi}} ging met de hele familie in gesprek, ook met de zoons. Afspraak: dagbesteding 2 dagen per week bij een Hindoestaanse dagbesteding in {{w:Laak}}. Start [[d:ma. 6-3-2023]].

Wat werkte
Een Hindoestaanse {{r:ouderenconsulent}} die de taal én de gewoontes kende.

Wat niet
Respijtzorg in een verpleeghuis. "Daar laten wij onze vader niet achter," zei de oudste zoon.""")

T.append(
    r"""Opvolging casus Anjali: na een half jaar dagbesteding heeft ze zelf een baan gevonden, 16 uur per week. De schoonvader gaat nu 3 dagen. Zijn nieuwe indicatie loopt onder nummer [[dos:2023-DH-88172]]. Mooie afloop!"""
)
T[-1] = T[-1].replace("casus Anjali:", "casus [[p:Anjali]]:")

T.append(
    r"""Wie weet hoe het zit met zorgverzekering voor een Oekraïense vluchteling die bij een gastgezin woont? Gastgezin in {{w:Princenhage}}: [[a:Haagsemarkt 7]], [[pc:4813 BA]] Breda. De vrouw heet [[p:Olena Kovalenko]] en heeft een BSN ([[b:807184044]]). Huisarts wil haar niet inschrijven."""
)

T.append(r"""Re: zorgverzekering Oekraïners

Die vallen onder de {{o:Regeling Medische Zorg Ontheemden}} (RMO), niet onder een gewone zorgverzekering. De huisarts kan declareren bij {{o:Infomedics}}. Ik heb het voor een moeder in {{w:Haagse Beemden}} op [[d:zo 12 maart]] uitgezocht, ik stuur je de link. Succes! [[p:Wendy]]""")

T.append(r"""Aanleiding
Tijdens de hittegolf belde een thuiszorgmedewerker: meneer [[p:Gerritsen]] in {{w:Osseveld}} (Apeldoorn) zat op de bovenste verdieping zonder ventilator, 34 graden binnen.

Aanpak
Zelfde middag ventilator gebracht (van {{o:De Kringloop}}), buren gevraagd om 2x per dag aan te bellen, {{r:wijkverpleegkundige}} extra laten langsgaan.

Wat werkte
Buren. Eén van hen, [[p:Marja]], heeft nu een sleutel.

Wat niet
Het hitteplan van de gemeente was niet bij ons bekend. Tip: vraag in mei al naar het hitteplan.

Adres voor de thuiszorg (had ik nodig voor de melding): [[a:Osseveldse Weg 123]], [[pc:7323 NJ]].""")

T.append(
    r"""Vraag voor @[[p:s.dekker]] en @[[p:j.hofman]]: ik heb voor de sessie in juni een casus nodig over huiselijk geweld bij ouderen. Iets van vorig jaar met mw. [[p:H.]] uit {{w:Kerschoten}}? Die waarin de kleinzoon haar pinpas had? Zaak bij {{o:Veilig Thuis Noord- en Oost-Gelderland}}: [[dos:VTNOG-2023-4471]]."""
)
T.append(r"""Les: een maand lang alle post samen openen ({{w:Kolenkitbuurt}}, Amsterdam)

Aanleiding
Een alleenstaande vader van twee kwam bij het {{o:Buurtteam Amsterdam}} met een tas vol ongeopende enveloppen. Bij het sorteren vonden we onder andere een betalingsregeling met {{o:CJIB}} (kenmerk [[dos:CJIB 4400 1992 0731 8840]]), een aanmaning van de zorgverzekeraar en een brief over zijn toeslagen. In de tas zat ook een kopie van zijn oude bankpas met nummer [[i:NL88INGB2534774015]] en zijn BSN ([[b:379294515]]) op een briefje, 'voor het geval hij het vergeet'.

Aanpak
Een maand lang elke dinsdag om 10 uur samen de post openen aan de keukentafel. Daarna om de week, daarna zelf met een checklist.

Wat werkte
Vaste dag, vaste tijd. En het briefje met BSN en pincode hebben we samen verscheurd.

Wat niet
De eerste weken wilde hij alles meteen oplossen; dat werd te veel.

Tips
Begin met de brieven met de kortste termijn, niet met de grootste bedragen.""")

T.append(r"""Casusles uit {{w:Velve-Lindenhof}}: de rol van de {{r:huismeester}}

Aanleiding
De huismeester van {{o:Domijn}} merkte dat de bewoner van [[a:Lindenhofstraat 8-12]], [[pc:7533 WK]] Enschede, al weken de vuilniszakken op het balkon zette. Hij meldde het bij het {{o:Wijkteam Enschede}}.

Aanpak
De {{r:wijkcoach}} is samen met de huismeester gegaan, niet met een formele brief. Meneer bleek na een herseninfarct niet meer de trap af te durven. Aanvraag hulpmiddelen ingediend op [[d:24 januari 2024]], beschikking [[dos:ENS-WMO-24-00517]].

Wat werkte
De huismeester kende hem al 15 jaar, hij vertrouwde hem.

Wat niet
Het duurde 7 weken voor de trapleuning er zat. In die tijd is hij één keer gevallen.

Tips
Huismeesters, postbodes en kappers zien meer dan wij. Investeer in die relaties.""")

T.append(
    r"""Hoi allemaal, ik ben [[p:Joanna Wiśniewska]], Poolse {{r:sleutelfiguur}} in {{w:Zuid}} (Apeldoorn). Ik help landgenoten met formulieren. Vaak krijgen ze brieven waarin staat dat hun BSN niet klopt, bijvoorbeeld [[b:589441607]] bij de ene instantie en een ander nummer bij de werkgever. Wie kan ik daarvoor bellen bij de gemeente? Mijn nummer: [[t:+48 601 224 913]] (Pools) of [[t:06-83120457]] (NL)."""
)

T.append(r"""Thema bemoeizorg, verslag brainstorm [[d:do 7 maart]]

Casus 1 ({{w:Crooswijk}}): man van 60, verzamelt afval, geen contact met familie. Sinds [[d:3 januari]] geen water meer (afgesloten door {{o:Evides}}). De {{r:bemoeizorger}} van {{o:Antes}} kent hem.
Casus 2 ({{w:Charlois}}): vrouw van 35 met een verslaving, twee kinderen in een pleeggezin. Zij wil haar kinderen terug.
Conclusie: bij allebei ontbreekt iemand die er 'gewoon is'. Voorstel: een pool van vrijwillige maatjes.
Notulist: [[p:Gwen Adriaanse]], [[e:g.adriaanse@wijkteamrotterdam.nl]]""")

T.append(r"""Re: verslag brainstorm

> Casus 1: man van 60, verzamelt afval, geen contact met familie.

Ik denk dat ik hem ken: zit hij op de [[a:Boezemstraat 130]]? Dan heeft zijn zus [[p:Ria de Graaf]] ook al eens bij ons aangeklopt, in oktober 2022. Hm, het adres had ik misschien niet moeten noemen. Sorry.""")

T.append(r"""Les: betalen zonder bankrekening ({{w:Bijlmer-Oost}})

Aanleiding
Meneer [[p:Kofi Asante]] had geen bankrekening meer nadat zijn rekening was opgezegd wegens een fraudeonderzoek (hij was 'geldezel' geweest zonder het te begrijpen). Hij kon geen huur, geen zorgverzekering en geen telefoon betalen.

Aanpak
Via het {{o:Juridisch Loket}} het recht op een basisbetaalrekening aangevraagd. Die kwam er na 5 weken: [[i:NL55ABNA7307244892]]. In de tussentijd betaalden we de huur via een voorschot van {{o:Madi}}.

Wat werkte
De {{r:sociaal advocaat}} die de bank een brief stuurde.

Wat niet
De bank zelf bellen. Drie keer kregen we te horen dat het 'niet kon'.""")

T.append(r"""Snelle vraag aan wie met {{o:GGZ inGeest}} samenwerkt: klopt het dat de wachttijd voor een intake nu 14 weken is? Ik heb een jonge vrouw ({{w:Parkwijk}}) met ernstige angstklachten, verwezen op [[d:9-1-'24]]. Referentie bij GGZ inGeest: [[dos:GGZIG-240109-5512]]. Ze kan niet 14 weken wachten.
– [[p:Marit]]""")
T[-1] = T[-1].replace("Referentie bij GGZ inGeest:", "Referentie bij {{o:GGZ inGeest}}:")

T.append(r"""Aanleiding
Een buurtbewoner uit {{w:Wittevrouwenveld}} stuurde een mail naar het wijkteam: "Mijn buurvrouw op nummer 14 roept al twee dagen om hulp maar doet niet open. Groeten [[p:Jos Vliegen]], [[a:Wilhelminasingel 12]], [[pc:6221 BK]]".

Aanpak
Meteen doorgezet naar de politie. Mevrouw bleek gevallen. Daarna hebben wij de nazorg gedaan: alarmering, {{r:wijkverpleegkundige}}, en een maatje van {{o:Trajekt}}.

Wat werkte
Dat meneer [[p:Vliegen]] de moeite nam om te mailen.

Tips
Maak het makkelijk om zorgen te melden: één mailadres, één nummer op de deur van het wijkcentrum.""")

T.append(r"""Beste allen, na 11 jaar neem ik afscheid van het {{o:Gebiedsteam Leeuwarden}}. Ik heb zoveel geleerd van jullie en van de bewoners van {{w:Heechterp-Schieringen}} en {{w:Bilgaard}}. Mijn casussen draag ik over aan [[p:Wytske]]. Voor wie contact wil houden: [[e:anneke.dejong61@gmail.com]] of [[t:06 - 1122 9083]].
Hartelijke groet, [[p:Anneke de Jong]]""")

T.append(r"""Les: huurachterstand bij een student met psychische problemen ({{w:Bottendaal}}, Nijmegen)

Aanleiding
Studentenhuisvester {{o:SSH&}} meldde een huurachterstand van €2.100 bij een student van 22, [[p:Lieke]]. Zij reageerde niet op brieven. Haar ouders wisten van niks.

Aanpak
Via de studentendecaan van de {{o:Radboud Universiteit}} contact gelegd. Ze bleek depressief en was gestopt met studeren. Betalingsregeling: €75 per maand vanaf [[d:1 maart 2024]], te betalen aan [[i:NL23RBRB1925552342]] onder vermelding van huurnummer [[dos:SSH-H-330981]]. Haar BSN ([[b:491648583]]) hadden we nodig voor de aanvraag zorgtoeslag die ze nooit had gedaan.

Wat werkte
De decaan. Studenten vertrouwen hun universiteit meer dan een wijkteam.

Wat niet
E-mail. Ze las niks.""")
T.append(r"""Vraag over bijzondere bijstand voor een wasmachine ({{w:Kruiskamp}}, Den Bosch)

Ik heb de aanvraag gisteren ingediend voor een moeder met vier kinderen. Het formulier vraagt BSN van alle gezinsleden, dus ik had ze netjes overgetypt; bij één kind ([[b:343671025]]) kreeg ik een foutmelding 'onbekend in BRP'. Het kind is in januari geboren. Duurt het zo lang voor een geboorte in het systeem staat? Uitbetaling moet naar [[i:NL67RABO0946424163]], maar dat kan pas als de aanvraag compleet is. De oude wasmachine is al 3 weken kapot, met een baby in huis.
Groet, {{r:Wmo-consulent}} {{o:Farent}}""")

T.append(r"""Re: bijzondere bijstand wasmachine

Een geboorte staat meestal binnen een paar dagen in de BRP, maar het BSN wordt soms pas na de aangifte verstrekt. Check even of het nummer klopt: het kan zijn dat je het BSN van de moeder ([[b:513902442]]?) hebt overgenomen. Intussen: {{o:Stichting Leergeld}} of de {{o:Voedselbank}} heeft soms snelle hulp. En bel de {{r:klantmanager}} op [[t:073-6155155]], die kan een voorschot geven.""")

T.append(r"""Les: energiearmoede in {{w:Schalkwijk}}

Aanleiding
Tijdens de winter van de hoge energieprijzen kregen we veel meldingen van huishoudens die de verwarming uit hadden gezet. Een voorbeeld: mevrouw [[p:Achterberg]], 77, zat met een jas aan binnen, termijnbedrag €340 per maand.

Aanpak
De energiecoaches van {{o:Duurzaam Haarlem}} kwamen langs voor tochtstrips en een nieuw termijnbedrag. Wij vroegen de energietoeslag aan, uitbetaald op [[i:NL21KNAB4607354221]] op [[d:15 december 2022]].

Wat werkte
Een coach die zelf ook in de wijk woont.

Wat niet
Online formulieren voor ouderen zonder computer. Wij hebben er 60 op papier ingevuld.""")

T.append(
    r"""@[[p:Rachid]] dank voor de aanmelding van het gezin uit {{w:Hoograven}}. Ik heb het dossier aangemaakt onder [[dos:BTU-HOO-2024-0211]]. De moeder gaf me haar BSN niet, alleen dat van haar man ([[b:177822284]]); moet dat zo of vraag ik het volgende keer alsnog? Ik spreek haar [[d:woensdag 17 april]] om 9.30 uur."""
)


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def strip(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            lab, txt, dst = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dst = KEEP[m.group(3)], m.group(4), keep
        dst.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return len(s) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows, seen = [], set()
    for i, src in enumerate(T):
        text, pii, keep = strip(src)
        assert text not in seen, i
        seen.add(text)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip(), (i, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, i
        rows.append({"id": "ho27-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout27.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter

        pc = Counter(s["label"] for r in rows for s in r["pii"])
        kc = Counter(s["label"] for r in rows for s in r["keep"])
        words = sum(len(r["text"].split()) for r in rows)
        print(len(rows), "texts", words // len(rows), "words avg")
        print(
            "pii",
            dict(pc),
            sum(pc.values()),
            "person share %.2f" % (pc["person"] / sum(pc.values())),
        )
        print("keep", dict(kc))


if __name__ == "__main__":
    main()
