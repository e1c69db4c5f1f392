#!/usr/bin/env python3
"""Held-out test corpus 72: one month (maart 2025) of writing by a sociaal wijkteam in
Dordrecht (Krispijn / Crabbehof / Wielwijk and neighbouring teams on the kennisplatform).

Texts are written with inline markup and stripped programmatically:
  [[code:text]]  personal data (pii)      {{code:text}}  context to keep
pii codes:  p=person bsn=bsn tel=phone mail=email iban=iban pc=postcode adr=address d=date dos=dossier
keep codes: w=wijk o=org r=role
Running this script writes heldout72.jsonl next to itself (deterministic, stdlib only).
"""

import json
import os
import re

TEXTS = []


def T(s):
    TEXTS.append(s)


# ---------------------------------------------------------------- case notes / journaal
T("""Journaal {{o:SWT Krispijn}} – [[dos:SWT-2025-0412]]
[[d:03-03-2025]] HB bij mw. [[p:Yıldırım]], [[adr:Jacob Marisstraat 204B]]. Aanwezig: cl., zoon [[p:Emre]] (24) en ik ([[p:Sanne]], {{r:MW}}). Stapel post op de keukentafel, o.a. brief {{o:Evides}} en aanmaning {{o:Zilveren Kruis}}. Cl. zegt dat ze 's nachts slecht slaapt sinds haar man in 2021 overleed. Suikers wisselend, {{r:wijkverpleegkundige}} komt 2x per week. Afspraak: [[p:Emre]] brengt alle post mee naar het spreekuur in {{o:wijkcentrum Bibliotheek AanZet}}. Toestemmingsverklaring getekend.
Vervolg: do [[d:13/3]] 10.00 uur.""")

T(
    """[[d:4 mrt]] – tel. contact met dochter [[p:Astrid Spijkerman-de Graaf]] ([[tel:06 18 40 29 57]]). Zij maakt zich zorgen om haar vader: deur niet open, buren ([[p:Ria Vos]], nr. 86) ruiken een vieze lucht uit de brievenbus. Dhr. [[p:Spijkerman]] is 71 en weigert hulp 'ik ben niet gek'. Afgesproken dat ik morgen met [[p:Ingrid]] ({{r:wv}} {{o:Careyn}}) langsga op de [[adr:Karel Doormanweg 88]]. Eventueel {{o:GGD}} bemoeizorg inschakelen als we niet binnenkomen. -[[p:YA]]"""
)

T(
    """[[d:5-3]] HB spijkerman samen met ingrid. na 20 min aanbellen toch open gedaan. woning ernstig vervuild, gang vol kranten, koelkast leeg. cor herkent ingrid nog van toen zijn vrouw ziek was, dat hielp. wil wel 'een keer' naar de huisarts (dr [[p:Hoop]], {{o:gezondheidscentrum Crabbehof}}). geheugen?? hij wist niet welke dag het was. hoop dat hij volgende week weer open doet. actie: ik bel huisarts, ingrid plant wekelijks HB in.""".replace(
        "spijkerman", "[[p:spijkerman]]", 1
    )
    .replace("ingrid.", "[[p:ingrid]].", 1)
    .replace("cor herkent ingrid", "[[p:cor]] herkent [[p:ingrid]]", 1)
    .replace("actie: ik bel huisarts, ingrid", "actie: ik bel {{r:huisarts}}, [[p:ingrid]]", 1)
)

T("""Verslag huisbezoek
Cliënt: [[p:Anita Ramsaran]] (44)
Adres: [[adr:Weissenbruchstraat 61]], [[pc:3317 TC]] {{w:Krispijn}}
Datum: dinsdag [[d:4 maart 2025]]
Aanwezig: cliënt, [[p:Youssef Amrani]] ({{r:casusregisseur}}), [[p:Bart Visser]] ({{r:budgetcoach}} {{o:SDD}})

Mw. heeft drie kinderen: [[p:Devika]] (14), [[p:Sunil]] (11) en [[p:Kiran]] (6). Sinds de scheiding van [[p:Ravi Baldew]] betaalt hij geen alimentatie meer. Huurachterstand bij {{o:Trivire}} loopt op, ontruimingsdreiging genoemd in brief van [[d:24-02-2025]]. Mw. werkt 20 uur bij {{o:Albert Heijn}} op de Krispijnseweg. Ze schaamt zich en wil niet dat de school het weet. [[p:Bart]] maakt een eerste overzicht; aanmelding {{o:schuldhulpverlening}} volgt. {{o:Jeugdteam}} is al betrokken bij [[p:Sunil]] (gedrag op school).""")

T(
    """Korte notitie [[d:05-03]]: mw [[p:ouali]] belde huilend, partner gisteravond weer agressief geweest, kinderen ([[p:Nour]] en [[p:Adam]]) hebben het gezien. Ze is nu bij haar zus [[p:Hanane]] in Zwijndrecht. Veiligheidsplan doorgenomen. Melding {{o:Veilig Thuis}} is al lopend ([[dos:VT-ZHZ-2025-0871]]), ik heb de {{r:casemanager}} daar ([[p:mw. Roodenburg]]) teruggebeld. Cl. wil geen aangifte. Nieuw nummer cl.: [[tel:06 39 27 10 84]] – oude nummer niet meer gebruiken!""".replace(
        "[[p:mw. Roodenburg]]", "mw. [[p:Roodenburg]]"
    )
)

T("""Rapportage – [[p:Tesfamariam]], [[p:Y.]] ([[d:06-03-2025]])
[[p:Yonas]] kwam op het inloopspreekuur met een envelop van {{o:DUO}}: terugbetaling inburgeringslening, €10.400. Hij dacht dat de lening was kwijtgescholden omdat hij zijn examen heeft gehaald, maar de termijn is verlopen. Samen met vrijwilliger [[p:Hanna]] van {{o:VluchtelingenWerk}} de brief vertaald (Tigrinya). Hij woont sinds 2022 op [[adr:Admiraal Banckertweg 231]] (4e etage) in {{w:Crabbehof}}. Mail naar DUO gestuurd met verzoek om uitstel. Volgende stap: check of er een {{o:SDD}}-uitkering loopt of alleen loon van het uitzendbureau.""")

T(
    """7 maart, vrijdag – mw. [[p:Petrova]] ([[adr:Vrieseweg 112-hs]]) met dochter [[p:Viktoria]] (16) als tolk. Eigenlijk niet wenselijk om een kind te laten tolken, volgende keer de tolktelefoon. Mw. werkt als schoonmaakster via een bureau, krijgt loon contant. Geen zorgverzekering sinds januari! Ze dacht dat het bureau dat regelde. Inschrijving {{o:BRP}} klopt wel. Actie [[p:Dewi]]: uitzoeken of er met terugwerkende kracht verzekerd kan worden, bellen met {{o:CAK}} (wanbetalersregeling?).""".replace(
        "7 maart, vrijdag", "[[d:7 maart]], vrijdag"
    )
)

T("""Notitie bemoeizorg dhr. [[p:Warsame]]
Signaal binnen via wijkagent [[p:Ruud Bakker]] ([[d:10-3]]): dhr. loopt 's nachts te roepen op straat in {{w:Wielwijk}}, buurtbewoners bang. Broer [[p:Hassan Warsame]] ([[tel:+31 6 4410 2291]]) vertelt dat dhr. in 2019 opgenomen is geweest bij {{o:Yulius}} en sinds een jaar geen medicatie meer neemt. Dhr. doet niet open, brievenbus dichtgeplakt. Met {{r:OGGZ-verpleegkundige}} [[p:Joost]] afgesproken om donderdag samen langs te gaan bij [[adr:Da Costastraat 9]]. Eerst contact zonder eisen, alleen een kop koffie en brood meebrengen.""")

T(
    """Gesprek met mevrouw [[p:Mol]] ([[d:10 maart 2025]]). Mw. is 82, sinds de dood van haar man [[p:Arie]] heel eenzaam. Zoon [[p:Peter]] komt één keer per week boodschappen doen, woont in Papendrecht en werkt fulltime. Mw. vertelt dat ze soms dagen niemand spreekt. De {{r:ouderenadviseur}} [[p:Marloes de Wit]] stelt de Zilverlijn voor en het koffie-uurtje in {{o:wijkcentrum De Hoven}}. Mw.: 'Ik ben geen type voor bingo.' Wel interesse in de bibliotheek, vroeger las ze veel. Roos in de tuin staat er nog, haar man heeft die geplant. Volgende afspraak in april."""
)

T(
    """[[d:11/03]] telefonisch: moeder van [[p:Ricardo]], mw. [[p:Shirley Martina]], [[tel:06-19223847]]. [[p:Ricardo]] heeft weer een brief van {{o:CJIB}}, kenmerk [[dos:2025 0003 4471 8820]], boete voor zwartrijden is inmiddels €389. Hij begrijpt de brieven niet (LVB, IQ rond de 70 volgens rapport {{o:MEE}}). Mw. vraagt of wij bewind kunnen regelen. Uitgelegd dat dat via de kantonrechter gaat. [[p:Gert-Jan]] ({{r:MEE-consulent}}) pakt dit op, ik stuur hem het dossier."""
)

T(
    """Voortgang [[p:fam. Al-Hassan]] – [[d:12-3-'25]]
Mw. [[p:Rania]] had vandaag een goed gesprek op {{o:Serviceplein}}, toeslagen zijn opnieuw aangevraagd. Dhr. [[p:Khaled]] heeft nog steeds rugklachten, fysio wordt niet vergoed. Oudste dochter [[p:Lina]] (17) wil naar het {{o:Da Vinci College}}, heeft hulp nodig bij aanmelding. Verwijzen naar {{r:jongerenwerker}} [[p:Ayşe]]. Aandachtspunt: schimmel in de badkamer, foto's gemaakt, melding bij {{o:Woonbron}} gedaan ([[dos:meldnr. 7731904]]).""".replace(
        "[[p:fam. Al-Hassan]]", "fam. [[p:Al-Hassan]]"
    ).replace("[[dos:meldnr. 7731904]]", "meldnr. [[dos:7731904]]")
)

T(
    """HB dhr. [[p:J.W. Bakker]], [[adr:Reeweg 3 A]] ([[w:Reeland]]).
Dhr. is sinds zijn burn-out (najaar 2023) thuis, UWV-traject loopt. Scheiding met [[p:Monique]] nog niet afgerond, zij woont met de kinderen in het huis, hij huurt deze kamer. Hij heeft 14 schuldeisers en houdt alles bij in een schrift. Dhr. is wantrouwig richting instanties ('die {{o:SDD}} heeft me al een keer laten vallen'). Goed contact gemaakt via zijn hobby, hij bakt zelf brood, is vroeger bakker geweest. Afspraak [[d:18 maart]] samen schuldenoverzicht maken.""".replace(
        "[[w:Reeland]]", "{{w:Reeland}}"
    )
)

T("""Journaalregel [[d:12-03-2025]] 14:10 – [[p:N. Verhoef]]
Cl. belde ivm omgangsregeling kinderen. {{o:Jeugdbescherming West}} heeft begeleide omgang verplaatst naar woensdag. [[p:Nicole]] was boos, dacht dat het expres was. Uitgelegd, rustiger aan het eind. Partner [[p:Dennis]] was op de achtergrond te horen. Cl. vroeg of ik mee kan naar de zitting op [[d:27 maart]] bij de rechtbank. Overleggen met [[p:Petra]] (teamleider) of dat binnen onze rol past.""")

T(
    """13-03 spreekuur bieb: mw. yildirim + emre. post doorgenomen, 11 enveloppen waarvan 4 ongeopend. aanmaningen ziggo, eneco, zilveren kruis (2x). emre snapt het allemaal wel maar heeft zelf ook schulden zegt hij. bsn moeder genoteerd voor aanvraag: [[bsn:1925.89.544]]. volgende keer bankafschriften mee.""".replace(
        "13-03", "[[d:13-03]]", 1
    )
    .replace("mw. yildirim + emre", "mw. [[p:yildirim]] + [[p:emre]]")
    .replace(
        "aanmaningen ziggo, eneco, zilveren kruis",
        "aanmaningen {{o:ziggo}}, {{o:eneco}}, {{o:zilveren kruis}}",
    )
    .replace("emre snapt", "[[p:emre]] snapt")
)

T("""Notitie [[p:Ingrid Roos]] ({{r:wijkverpleegkundige}}), [[d:14 maart 2025]]:
Bij dhr. [[p:Spijkerman]] geweest. Hij had gordelroos op de rug, onbehandeld, heeft veel pijn gehad. Huisarts heeft medicatie voorgeschreven. Cognitie: hij vergeet afspraken, herhaalt vragen. Ik vraag een geheugentest aan via de {{r:huisarts}}. Dochter [[p:Astrid]] is op de hoogte. Woning: eerste kranten zijn weg, dhr. liet dat toe omdat 'de zuster' het vroeg.""")

T(
    """[[d:14-3]] – Dhr. [[p:Rahimi]] kwam met zijn vrouw [[p:Fereshta]] naar het spreekuur. Hij slaapt slecht, nachtmerries, schrikt van harde geluiden (vuurwerk oud en nieuw was 'een ramp'). Kinderen: [[p:Mariam]], [[p:Omid]], [[p:Zahra]] en [[p:Sina]]. De {{r:POH-GGZ}} [[p:Nadia El Khattabi]] kent hem, maar de verwijzing naar {{o:i-psy}} staat al 9 maanden op de wachtlijst. Dhr. woont op [[adr:Jacob Marisstraat 88]], drie deuren van mw. Y. Ik heb gevraagd of hij contact wil met een {{r:ervaringsdeskundige}} uit zijn eigen community. Hij twijfelt.""".replace(
        "mw. Y.", "mw. [[p:Y.]]"
    )
)

T(
    """HB mw. [[p:Chen]] ([[adr:Voorstraat 311]], boven het restaurant). Zoon [[p:Wei]] was erbij en vertaalde. Mw. is 67, heeft het restaurant na het overlijden van haar man gesloten in 2024 maar de huur van de bedrijfsruimte loopt door. Belastingdienst stuurt aanslagen op naam van de eenmanszaak. Mw. heeft geen AOW-gat geweten; ze kwam in 1991 naar NL. Ik zoek uit of aanvullende inkomensvoorziening ouderen (AIO) via {{o:SVB}} kan. [[p:Wei]]: [[tel:+31 6 2290 4418]], [[mail:wei.chen.dordt@gmail.com]]."""
)

T(
    """17 maart 2025 – dossier [[dos:2025/0537]], dhr. [[p:I. Popescu]]
Dhr. heeft sinds vrijdag geen slaapplek meer, zijn werkgever (uitzendbureau) heeft hem uit de huisvesting gezet na ontslag. Hij slaapt nu in zijn auto bij de Weeskinderendijk. Heeft een Roemeens paspoort, ingeschreven in de {{o:RNI}}, niet in de BRP. Contact gelegd met {{o:Leger des Heils}} (nachtopvang) en met het Roemeense netwerk via [[p:pater Iosif]] van de orthodoxe kerk. Postadres: [[adr:Johan de Wittstraat 14]] (via {{o:Leger des Heils}}). Telefoon dhr.: [[tel:0040 742 118 305]].""".replace(
        "17 maart 2025", "[[d:17 maart 2025]]"
    ).replace("[[p:pater Iosif]]", "pater [[p:Iosif]]")
)

T(
    """Aantekening mw. [[p:Mensah]] – [[d:ma 17/3]]
Mw. heeft €2.140 huurachterstand bij {{o:Trivire}}. Ze stuurt elke maand geld naar familie in Kumasi. Ze is kerklid bij de Ghanese pinkstergemeente; de voorganger, [[p:pastor Owusu]], wil helpen met een betalingsregeling. Mw. werkt in de thuiszorg bij {{o:Rivas}} maar heeft een nulurencontract. Afgesproken: ze vraagt haar dienstrooster op, dan kijken we naar een vaste-lastenplan. Haar tel: [[tel:0687 44 19 02]].""".replace(
        "[[p:pastor Owusu]]", "pastor [[p:Owusu]]"
    )
)

T(
    """[[d:18-03-25]] HB JW Bakker samen met [[p:Bart]]. Schrift doorgenomen, 14 posten, totaal ongeveer €31.000, grootste post is de restschuld hypotheek bij ABN. Dhr. is zijn hypotheekdossier kwijt. Gaf toestemming om bij de bank op te vragen. Hij had brood voor ons gebakken. Stemming beter dan vorige keer. Volgende: [[d:1 april]] (geen grap, zei hij).""".replace(
        "JW Bakker", "[[p:JW Bakker]]"
    ).replace("bij ABN", "bij {{o:ABN}}")
)

T("""Overdracht ivm vakantie [[p:Sanne]] (week 13):
- [[p:Yıldırım]]: wacht op bankafschriften, [[p:Emre]] belt zelf.
- [[p:Spijkerman]]: [[p:Ingrid]] gaat door met HB, geheugentest staat op [[d:26/3]].
- [[p:Ouali]]: niet zelf bellen, alleen als mw. belt! Nieuw nr in dossier.
- [[p:Petrova]]: [[p:Dewi]] heeft de {{o:CAK}} gebeld, wachten.
- [[p:Mol]]: niks urgent.
Bij vragen: [[p:Youssef]], [[tel:06-28455170]].""")

T(
    """[[d:19 maart]]. Mw. [[p:Jagessar]] (70), [[adr:Karel Doormanweg 14]]. Aangemeld door haar nicht [[p:Sharmila]] omdat mw. sinds haar val niet meer naar de mandir kan en steeds stiller wordt. Ze heeft een rollator maar de lift in de flat is al weken kapot. Melding bij verhuurder gedaan. {{r:Wmo-consulent}} kijkt naar een scootmobiel. Mw. kookt nog zelf, dat wil ze graag blijven doen. Nicht belt elke dag."""
)

T("""HB [[d:20-03-2025]] fam. [[p:de Kok]], [[adr:Dubbeldamseweg Noord 71]] ({{w:Dubbeldam}})
Dhr. [[p:Wim de Kok]] (76) heeft Alzheimer, diagnose in 2023 in het {{o:Albert Schweitzer ziekenhuis}}. Mw. [[p:Nel de Kok]] zorgt 24/7, is uitgeput, huilde tijdens het gesprek. Dhr. loopt 's nachts weg, vorige week door de politie teruggebracht. {{r:Casemanager dementie}} van {{o:Careyn}} is betrokken. Bespreken: respijtzorg, dagbesteding bij {{o:Waardeburgh}}, Wlz-indicatie via {{o:CIZ}}. Mw. wil hem 'niet wegdoen'.""")

T(
    """Signaal [[d:21/3]] van de school ({{o:Insula College}}), {{r:zorgcoördinator}} [[p:mevr. Van Dam]]: [[p:Samira Haddou]] (19) is al 3 weken niet op school, moeder [[p:Latifa]] zegt dat ze ziek is. School vermoedt dat er iets thuis speelt. [[p:Samira]] is 18+ dus niet meer bij {{o:CJG}}. Ik probeer via {{r:jongerenwerker}} [[p:Ayşe]] contact te leggen, zij kent [[p:Samira]] van het meidenwerk.""".replace(
        "[[p:mevr. Van Dam]]", "mevr. [[p:Van Dam]]"
    )
)

T(
    """24-3 kort: dhr warsame deed open!! joost en ik zijn binnen geweest, 10 minuten. hij was rustig, wel achterdochtig (‘wie heeft jullie gestuurd’). we hebben brood en thee gebracht, hij vroeg of we terugkomen. geen medicatie in huis gezien. volgende keer broer hassan erbij? eerst dhr zelf vragen.""".replace(
        "24-3", "[[d:24-3]]", 1
    )
    .replace("dhr warsame", "dhr [[p:warsame]]")
    .replace("joost en ik", "[[p:joost]] en ik")
    .replace("broer hassan", "broer [[p:hassan]]")
)

T(
    """Rapportage {{r:MEE-consulent}} [[p:G.J. Koster]] – cliënt [[p:R. Martina]], geb. [[d:09-08-1995]]
[[d:25 maart 2025]]: met [[p:Ricardo]] en zijn moeder het verzoekschrift beschermingsbewind ingevuld. Voorgestelde bewindvoerder: {{o:Drechtsteden Bewindvoering}}. [[p:Ricardo]] wil zelf leefgeld op zijn eigen rekening [[iban:NL13 SNSB 5789 8493 17]] houden. Schulden volgens eerste inventarisatie €4.870 (CJIB, Odido, zorgverzekeraar). [[p:Ricardo]] gaf aan dat hij zich 'dom' voelt bij al die brieven. We hebben besproken dat iedereen deze brieven moeilijk vindt.""".replace(
        "(CJIB, Odido, zorgverzekeraar)", "({{o:CJIB}}, {{o:Odido}}, zorgverzekeraar)"
    )
)

T(
    """[[d:26-03]] Geheugentest dhr. [[p:Spijkerman]] bij huisarts: MMSE 21/30. Verwijzing geheugenpoli {{o:ASz}}. Dochter gaat mee op [[d:9 april]]. Cor zelf: 'ze willen me in een tehuis stoppen'. Ingrid heeft hem gerustgesteld.""".replace(
        "Cor zelf", "[[p:Cor]] zelf"
    ).replace("Ingrid heeft", "[[p:Ingrid]] heeft")
)

T(
    """Mw. [[p:Fortes]] – notitie [[p:Youssef]] [[d:26 maart]]
Mw. [[p:Djamila Fortes]] (61), geboren op Kaapverdië, woont sinds de jaren '90 in Dordrecht, eerst in Rotterdam-Zuid. Adres: [[adr:Mijlweg 204A]], [[pc:3316 BE]]. Kleinzoon [[p:Kevin]] (15) woont bij haar omdat zijn moeder in Portugal werkt. Mw. krijgt geen kinderbijslag of kindgebonden budget voor hem omdat hij niet op haar adres staat. Dat regelen we eerst. Mw. spreekt Portugees-Creools, haar buurvrouw [[p:dona Lurdes]] helpt met vertalen.""".replace(
        "[[p:dona Lurdes]]", "dona [[p:Lurdes]]"
    )
)

T(
    """[[d:27/3/2025]] rechtbank met [[p:Nicole]]. Zitting 20 minuten. Rechter verlengt ondertoezichtstelling met 1 jaar, kinderen blijven in pleeggezin. Nicole kon haar verhaal doen, had een briefje voorbereid. Na afloop in de auto huilen. Dennis was niet mee. Afspraak: dinsdag bellen hoe het gaat.""".replace(
        "kon haar verhaal", "kon haar verhaal"
    )
    .replace("Nicole kon", "[[p:Nicole]] kon")
    .replace("Dennis was", "[[p:Dennis]] was")
)

T(
    """Dagnotitie [[d:vrijdag 28 maart]] – [[p:Roos van Leeuwen]]
Roos (23) kwam onaangekondigd binnen, had een brief van {{o:Lowell}} over een oude telefoonschuld (€1.208, dossiernummer [[dos:LW-4471022]]). Ze kwam 18+ uit de jeugdzorg, woont nu op een kamer op de [[adr:Singel 230-B]]. Heeft geen idee hoeveel schulden ze heeft. We hebben samen ingelogd bij {{o:BKR}} (niks) en haar DigiD werkt niet meer. Roos wil graag een opleiding doen bij het {{o:Da Vinci College}} maar 'eerst geld'.""".replace(
        "Roos (23)", "[[p:Roos]] (23)"
    )
    .replace("geen idee hoeveel", "geen idee hoeveel")
    .replace(". Roos wil", ". [[p:Roos]] wil")
)

T(
    """31-03 laatste HB maand mw. jagessar: scootmobiel aanvraag loopt, lift gerepareerd (!!), nicht sharmila blij. mw. vroeg of er een hindoestaanse ouderengroep is in de buurt, ik ken die van [[p:pandit Ramkisoen]] in {{w:Wielwijk}}. nummer opgezocht: [[tel:078 614 37 70]].""".replace(
        "31-03", "[[d:31-03]]", 1
    )
    .replace("mw. jagessar", "mw. [[p:jagessar]]")
    .replace("nicht sharmila", "nicht [[p:sharmila]]")
    .replace("[[p:pandit Ramkisoen]]", "pandit [[p:Ramkisoen]]")
)
# ---------------------------------------------------------------- e-mails
T("""Van: [[p:Sanne Kortekaas]] <[[mail:s.kortekaas@swtdordrecht.nl]]>
Verzonden: maandag [[d:3 maart 2025]] 16:41
Aan: [[p:Dewi Ramcharan]] <[[mail:d.ramcharan@dordrecht.nl]]>
Onderwerp: mw. [[p:Yıldırım]] - Wmo huishoudelijke hulp

Hoi [[p:Dewi]],

Vandaag HB gedaan bij mw. [[p:Fatma Yıldırım]], geb. [[d:14-06-1966]], [[adr:Jacob Marisstraat 204B]]. Ze redt het huishouden niet meer sinds haar voetoperatie. Zoon helpt, maar hij werkt in ploegendienst. Kun jij een keukentafelgesprek plannen? Ze heeft liever geen afspraak op vrijdag (moskee).

Toestemming om haar gegevens te delen heb ik, zit in het dossier.

Groet,
[[p:Sanne]]

[[p:Sanne Kortekaas]] | {{r:maatschappelijk werker}}
{{o:Sociaal Wijkteam Krispijn}}
M [[tel:06-41 87 22 93]]
werkdagen ma-di-do""")

T(
    """Re: mw. [[p:Yıldırım]] - Wmo huishoudelijke hulp

Hoi Sanne,

Ingepland op dinsdag [[d:11 maart]] om 13.30 uur. Ik neem het formulier voor de eigen bijdrage {{o:CAK}} mee. Klopt het telefoonnummer [[tel:06-24817730]] nog?

Met vriendelijke groet,

[[p:Dewi Ramcharan]]
{{r:Wmo-consulent}} | {{o:Gemeente Dordrecht}}, team Wmo
T [[tel:078 770 42 18]]
E [[mail:d.ramcharan@dordrecht.nl]]

> Op [[d:3 mrt. 2025]], om 16:41 heeft [[p:Sanne Kortekaas]] het volgende geschreven:
> Vandaag HB gedaan bij mw. [[p:Fatma Yıldırım]], [[adr:Jacob Marisstraat 204B]]. Ze redt het
> huishouden niet meer sinds haar voetoperatie.""".replace("Hoi Sanne,", "Hoi [[p:Sanne]],")
)

T(
    """Onderwerp: Spoed - dhr. Spijkerman, Karel Doormanweg
Aan: {{o:GGD}} meldpunt bemoeizorg <[[mail:meldpuntbemoeizorg@ggdzhz.nl]]>
CC: [[mail:i.roos@careyn.nl]]

Geachte collega,

Graag melden wij dhr. [[p:C. Spijkerman]] (geb. [[d:2 november 1953]]), [[adr:Karel Doormanweg 88]], [[pc:3315 BK]] Dordrecht, aan bij het meldpunt.
Dhr. leeft in een ernstig vervuilde woning, vermoedelijk cognitieve achteruitgang, mijdt zorg. Buren en dochter maken zich zorgen. Wijkverpleging heeft inmiddels contact (wekelijks). Wij vragen om een gezamenlijk huisbezoek met de {{r:sociaal psychiatrisch verpleegkundige}}.

BSN: [[bsn:925362037]]
Huisarts: dr. [[p:F. Hoop]], {{o:Gezondheidscentrum Crabbehof}}

Met vriendelijke groet,
[[p:Youssef Amrani]]
{{r:Casusregisseur}} {{o:SWT Crabbehof-Wielwijk}}
[[tel:06-28455170]] / [[mail:y.amrani@swtdordrecht.nl]]""".replace(
        "Onderwerp: Spoed - dhr. Spijkerman, Karel Doormanweg",
        "Onderwerp: Spoed - dhr. [[p:Spijkerman]], Karel Doormanweg",
    )
)

T("""From: [[mail:tomek.wisniewski@wp.pl]]
Sent: [[d:06.03.2025]]
To: [[mail:g.koster@meezhz.nl]]
Subject: papers

hello mister [[p:Gert-Jan]]
i send the letter from the company, they say i must leave the room before [[d:15 march]]. i have no other place. my girlfriend [[p:Agnieszka]] is pregnant 5 month. please can you call me [[tel:+48 601 223 874]] or dutch number [[tel:06-87113092]]. i work until 16:00.
thank you
[[p:Tomasz]]""")

T("""Hoi [[p:Tomasz]],

Thank you for the letter. I called the housing company of your employer: they must give you 4 weeks, not 1 week, because you pay rent from your salary. I will come with you to the {{o:Juridisch Loket}} on Wednesday [[d:12 March]], 10:00 (office near the station). Please bring your contract and pay slips.

Also: [[p:Agnieszka]] can register with a {{r:verloskundige}} in Dordrecht, I will send you a list.

Groeten / Regards,
[[p:Gert-Jan Koster]]
{{r:MEE-consulent}} | {{o:MEE Zuid-Holland Zuid}}
[[tel:06 1294 7730]]

-----Oorspronkelijk bericht-----
Van: [[mail:tomek.wisniewski@wp.pl]]
Verzonden: donderdag [[d:6 maart 2025]] 18:02
i send the letter from the company, they say i must leave the room""")

T("""Beste [[p:Petra]],

Kort even over de casus [[p:Ouali]]. VT heeft laten weten dat ze een {{r:casemanager}} hebben toegewezen ([[p:Linda Roodenburg]], [[mail:l.roodenburg@veiligthuiszhz.nl]]). Mw. verblijft tijdelijk bij haar zus in Zwijndrecht. Partner, [[p:Bilal Elhaddaoui]], geb. [[d:30-01-1990]], heeft een tijdelijk huisverbod gekregen van de burgemeester (10 dagen, ingegaan op [[d:8 maart]]).

Wil jij dit op de agenda zetten voor het MDO van [[d:20/3]]? Ik vind dat we met {{o:Veilig Thuis}}, {{o:CJG}} en de {{r:wijkagent}} moeten zitten.

gr,
[[p:Sanne]]
--
Verstuurd vanaf mijn iPhone""")

T(
    """Onderwerp: RE: RE: aanvraag bijzondere bijstand wasmachine [[dos:BB-2025-011873]]

Goedemiddag mevrouw [[p:Kortekaas]],

De aanvraag van mevrouw [[p:A. Ramsaran]] is in behandeling. Wij missen nog de bankafschriften van de afgelopen 3 maanden van rekening [[iban:NL84ABNA9637992186]] en een offerte van de wasmachine. Zonder deze stukken kunnen wij de aanvraag niet verder behandelen. Uiterste datum aanleveren: [[d:21 maart 2025]].

Met vriendelijke groet,

[[p:H. van der Linden]]
{{r:Klantmanager}} Inkomen
{{o:Sociale Dienst Drechtsteden}}

> Van: [[p:Sanne Kortekaas]]
> Verzonden: [[d:04-03-2025]] 11:15
> Hierbij de aanvraag van mw. [[p:Ramsaran]], haar wasmachine is kapot en met 3 kinderen is
> wassen bij de wasserette niet te betalen.""".replace(
        "Postbus 618, 3300 AP Dordrecht", "Postbus 618, 3300 AP Dordrecht"
    )
)

T(
    """Hallo allemaal,

Vanaf maandag [[d:10 maart]] werkt [[p:Lotte Vermeulen]] bij ons als stagiaire {{r:social work}} ({{o:Hogeschool Rotterdam}}, 3e jaar). Ze loopt de eerste weken mee met [[p:Sanne]] en [[p:Youssef]]. Lotte is bereikbaar via [[mail:l.vermeulen@swtdordrecht.nl]]. Willen jullie haar hartelijk welkom heten? Koffie en gebak op dinsdag in de teamruimte.

Hartelijke groet,
[[p:Petra Schaap]]
{{r:Teamleider}} {{o:Sociaal Wijkteam Krispijn}}
[[tel:078-7704400]] (tst. 212)""".replace("Lotte is bereikbaar", "[[p:Lotte]] is bereikbaar")
)

T("""Beste {{r:huisarts}}, beste dokter [[p:Mei]],

Ik schrijf u namens het sociaal wijkteam over uw patiënt dhr. [[p:A. Rahimi]], geb. [[d:1-1-1980]] (let op: dit is een administratieve geboortedatum). Dhr. heeft ernstige slaapproblemen en herbelevingen. De verwijzing naar {{o:i-psy}} staat op de wachtlijst sinds [[d:juni 12, 2024]]. Graag overleggen of overbruggingszorg bij de {{r:POH-GGZ}} mogelijk is, of een verwijzing naar {{o:ARQ Centrum'45}}.

Dhr. heeft mij toestemming gegeven om contact met u op te nemen.

Met vriendelijke groet,
[[p:Sanne Kortekaas]], {{r:maatschappelijk werker}}
[[tel:06-41872293]]""")

T(
    """Aan: [[mail:secretariaat@huisartsenpraktijkmei.nl]]
Onderwerp: terugbelverzoek dhr R. (geb [[d:01-01-1980]])

Goedemorgen [[p:Marja]],
Zou dokter [[p:Mei]] mij deze week kunnen terugbellen over dhr. [[p:Rahimi]]? Ik ben ma, di en do bereikbaar op [[tel:06 41 87 22 93]]. Alvast dank!
[[p:Sanne]]""".replace("dhr R. (geb", "dhr [[p:R.]] (geb")
)

T(
    """Onderwerp: Verslag overleg school - [[p:S. Haddou]]

Hoi [[p:Ayşe]],

Dank voor je hulp. Samenvatting van het gesprek met {{r:zorgcoördinator}} [[p:Eline van Dam]] ({{o:Insula College}}) op [[d:di 25-3]]:
- [[p:Samira]] heeft 31 lesuren gemist sinds de krokusvakantie.
- Ze heeft aangegeven dat ze voor haar zieke moeder zorgt en voor haar broertje [[p:Yassin]] (9).
- School wil leerplicht er (nog) niet bij halen als wij betrokken zijn.
Kun jij vragen of Samira met ons wil praten? Op het jongerencentrum is misschien makkelijker dan bij ons op kantoor.

Groet, [[p:Youssef]]

[[p:Y. Amrani]] · {{r:casusregisseur}} · [[tel:06 2845 5170]]""".replace(
        "Kun jij vragen of Samira", "Kun jij vragen of [[p:Samira]]"
    )
)

T("""Hey [[p:Youssef]]! Ja ik ken haar goed, ze kwam altijd bij het meidenuur op woensdag in {{o:De Buitenwacht}}. Ik app haar vanavond, ze reageert eerder op Insta dan op mail haha. Laat ik je weten.
Liefs [[p:Ayşe]]

[[p:Ayşe Demirtaş]]
{{r:Jongerenwerker}} {{o:Stichting Wijkwelzijn Dordrecht}}
[[tel:+31 (0)6 5102 8834]] | [[mail:a.demirtas@wijkwelzijndordrecht.nl]]""")

T(
    """Onderwerp: Aanmelding schuldhulp – J.W. Bakker ([[dos:SWT-2025-0388]])

Beste collega's van {{o:schuldhulpverlening SDD}},

Hierbij meld ik dhr. [[p:Jan-Willem Bakker]] aan.
Geboortedatum: [[d:17-9-1969]]
BSN: [[bsn:508 518 271]]
Adres: [[adr:Reeweg 3 A]], [[pc:3312 EC]] Dordrecht
Tel: [[tel:06-51 19 66 07]]
E-mail: [[mail:jwbakker69@ziggo.nl]]
Rekeningnummers: [[iban:NL36 RABO 6292 3433 32]] (lopend) en [[iban:NL80 KNAB 5909 3183 93]] (spaar, leeg)

Schuldenoverzicht volgt na ons gesprek van [[d:18/03]]. Dhr. is gemotiveerd maar wantrouwig, graag een vaste contactpersoon.

Met vriendelijke groet,
[[p:Bart Visser]]
{{r:budgetcoach}} / {{r:schuldhulpverlener}}
{{o:Sociale Dienst Drechtsteden}}
[[mail:b.visser@sddrechtsteden.nl]]""".replace(
        "Onderwerp: Aanmelding schuldhulp – J.W. Bakker",
        "Onderwerp: Aanmelding schuldhulp – [[p:J.W. Bakker]]",
    )
)

T("""Beste mevrouw [[p:Spijkerman-de Graaf]],

Zoals telefonisch besproken stuur ik u de gegevens van de geheugenpoli van het {{o:Albert Schweitzer ziekenhuis}}. De afspraak voor uw vader staat op woensdag [[d:9 april]] om 10.15 uur, locatie Dordwijk. Neemt u zijn medicijnlijst en zijn ID-kaart mee? Als u wilt, kan ik mee.

Hartelijke groet,
[[p:Ingrid Roos]]
{{r:Wijkverpleegkundige}} {{o:Careyn}} team {{w:Crabbehof}}
[[tel:06 53 19 04 66]]
[[mail:i.roos@careyn.nl]]
Ik werk op maandag, woensdag en donderdag.""")

T(
    """Subject: Fwd: schimmel badkamer Patersweg 18a

Ter info, zie reactie {{o:Woonbron}} hieronder. Ze komen pas over 6 weken, terwijl de jongste ([[p:Yara]], 3 jaar) astma heeft. Kan iemand van jullie iets met een brief van de huisarts? /[[p:Youssef]]

---------- Forwarded message ---------
Van: {{o:Woonbron}} Klantenservice <[[mail:klantenservice@woonbron.nl]]>
Date: wo [[d:19 mrt 2025]] om 08:55
Subject: Uw reparatieverzoek [[dos:7731904]]
Geachte heer/mevrouw [[p:Al-Hassan]],
Uw reparatieverzoek voor [[adr:Patersweg 18a]], [[pc:3317LA]] Dordrecht is ingepland op [[d:maandag 28 april 2025]] tussen 08:00 en 12:00 uur.""".replace(
        "Subject: Fwd: schimmel badkamer Patersweg 18a",
        "Subject: Fwd: schimmel badkamer [[adr:Patersweg 18a]]",
    )
)

T(
    """Hoi Bart,

Mw. [[p:Mensah]] heeft haar rooster gestuurd (zie bijlage). Ze werkt gemiddeld 22 uur, maar in maart maar 14. Kunnen we uitgaan van het minimum? Haar vaste lasten staan in de Excel. Huur bij {{o:Trivire}} is €712, en ze betaalt €150 per maand aan familie in Ghana, daar wil ze niet op bezuinigen ('mijn moeder heeft medicijnen nodig').

Haar rekening: [[iban:NL72SNSB2255946971]], klantnummer {{o:Trivire}}: [[dos:100.448.217]].

[[p:Sanne]]""".replace("Hoi Bart,", "Hoi [[p:Bart]],")
)

T("""Goedemiddag,

Naar aanleiding van ons telefoongesprek van vanochtend bevestig ik dat de betalingsregeling voor mevrouw [[p:A. Mensah]], [[adr:Prinses Margrietstraat 30]], is afgesproken: €100 per maand extra op de huur, ingaande [[d:1 april 2025]], gedurende 22 maanden. De ontruimingsprocedure is hiermee opgeschort.

Met vriendelijke groet,
[[p:M. Koning]]
{{r:Woonconsulent}} incasso, {{o:Trivire}}
[[tel:088 - 874 00 00]]""")

T(
    """Van: [[p:Gert-Jan Koster]]
Aan: [[p:Sanne Kortekaas]]; [[p:Youssef Amrani]]
Datum: [[d:25-03-2025]]

Hoi beiden,
Verzoekschrift bewind voor Ricardo is vandaag de deur uit. Zitting kantonrechter verwacht over 6 à 8 weken. Intussen wil Ricardo dat zijn moeder meekijkt met de post. Ik heb de {{o:CJIB}}-boetes op een rij gezet, kenmerken [[dos:2025 0003 4471 8820]] en [[dos:2024 0011 9023 6615]]. Shirley belt jullie als er iets is.
GJ""".replace("bewind voor Ricardo", "bewind voor [[p:Ricardo]]")
    .replace("Intussen wil Ricardo", "Intussen wil [[p:Ricardo]]")
    .replace("Shirley belt", "[[p:Shirley]] belt")
    .replace("\nGJ", "\n[[p:GJ]]")
)

T(
    """Beste [[p:Marloes]],

Dank voor het warme gesprek vorige week. Moeder was er nog dagen vol van. Ze wil graag een keer met iemand mee naar de leesclub in de bibliotheek, maar durft niet alleen. Is er een vrijwilliger die haar zou kunnen ophalen? Ze woont op [[adr:Anna Polakweg 17]], tweede verdieping, bellen bij 'P. Mol'.

Groet,
[[p:Peter Mol]]
[[tel:06 - 22 71 90 35]]

Verstuurd vanaf Outlook voor Android""".replace("bellen bij 'P. Mol'", "bellen bij '[[p:P. Mol]]'")
)

T(
    """Hallo [[p:Peter]],

Leuk om te horen! Ik heb gevraagd aan [[p:Henny]], een van onze vrijwilligers, zij woont zelf ook in {{w:Sterrenburg}} en gaat elke donderdag naar de leesclub. Ze belt uw moeder deze week. Mag ik Henny het nummer van uw moeder geven ([[tel:078-6171482]])?

Groetjes,
[[p:Marloes de Wit]]
{{r:Ouderenadviseur}} | {{o:Stichting Wijkwelzijn Dordrecht}}
[[tel:06-38 29 01 77]]
Aanwezig: di, wo en vr-ochtend""".replace("Mag ik Henny het", "Mag ik [[p:Henny]] het")
)

T("""Onderwerp: afwezigheidsmelding

Ik ben tot en met [[d:maandag 31 maart]] afwezig. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met mijn collega [[p:Youssef Amrani]] ([[tel:06-28455170]]) of met het algemene nummer van het wijkteam.

I am out of office until [[d:31 March]].

[[p:Sanne Kortekaas]]""")

T("""Beste [[p:Youssef]],

Ik heb vandaag met mevrouw [[p:Chen]] en haar zoon het AIO-formulier van de {{o:SVB}} ingevuld. Haar gegevens:
[[p:Chen Xiuying]], geb. [[d:22 augustus 1957]], BSN [[bsn:570 839 506]], rekening [[iban:NL62 ABNA 6158 9786 51]].
Ze heeft 34 jaar AOW-opbouw gemist door de late komst naar Nederland. Het restaurantpand ([[adr:Voorstraat 309]]) is nog altijd op haar naam gehuurd; de opzegging hebben we per [[d:30 juni]] verstuurd. Zoon [[p:Wei]] heeft de KvK-uitschrijving geregeld (KvK-nummer [[dos:24381167]]).

Groet,
[[p:Dewi]]""")

T(
    """Hoi,

ff snel: mw. Petrova is nu via de {{o:CAK}} weer verzekerd bij {{o:VGZ}}, met terugwerkende kracht tot [[d:1 januari]]. De premie wordt ingehouden op haar loon, dus het bureau moet een loonstrook geven. Polisnummer [[dos:VGZ 118 704 552]]. Ik heb dat aan haar dochter uitgelegd via de telefoon ([[tel:0685291174]]), volgende keer echt met tolk.

[[p:Dewi]]""".replace("ff snel: mw. Petrova", "ff snel: mw. [[p:Petrova]]")
)

T("""Geachte heer [[p:Visser]],

Namens mijn cliënt, de heer [[p:Kofi Boateng]], wonende te Dordrecht, verzoek ik u de incasso van vordering [[dos:GGN-88120431]] op te schorten. Dhr. is aangemeld voor schuldhulpverlening en er wordt een schuldenoverzicht opgesteld. Hij ontvangt een uitkering ingevolge de Participatiewet. Het beslag op zijn rekening ([[iban:NL48KNAB3936374083]]) houdt geen rekening met de beslagvrije voet.

Hoogachtend,
mr. [[p:E.J. Hoekstra]]
{{r:sociaal raadsman}}, {{o:Stichting Sociaal Raadslieden Drechtsteden}}""")
# ---------------------------------------------------------------- intake forms
T(
    """INTAKEFORMULIER SOCIAAL WIJKTEAM
Registratienummer: [[dos:SWT-2025-0451]]          Datum intake: [[d:04-03-2025]]
Intaker: [[p:Y. Amrani]] ({{r:casusregisseur}})

PERSONALIA
Naam: [[p:Tesfamariam]]          Voornaam: [[p:Yonas]]
Geboortedatum: [[d:01-07-1998]]     Geslacht: m
BSN: [[bsn:708786315]]
Adres: [[adr:Admiraal Banckertweg 231]]
Postcode/plaats: [[pc:3315 CP]] Dordrecht        Wijk: {{w:Crabbehof}}
Telefoon: [[tel:06-17 45 80 23]]
Taal: Tigrinya, beetje Nederlands (A2)
Huisarts: {{o:Huisartsenpraktijk Crabbehof}}, dr. [[p:Hoop]]

HULPVRAAG (in eigen woorden): 'Ik wil de brieven begrijpen en geen schuld bij DUO.'
Leefgebieden: financiën [x]  wonen [ ]  werk [x]  gezondheid [ ]  sociaal netwerk [x]
Netwerk: vrijwilliger [[p:Hanna de Groot]] ({{o:VluchtelingenWerk}}), neef in Tilburg.
Toestemmingsverklaring: getekend [[d:4/3/2025]]""".replace(
        "geen schuld bij DUO", "geen schuld bij {{o:DUO}}"
    )
)

T("""Aanmeldformulier – ingevuld door verwijzer
Verwijzer: [[p:Nadia El Khattabi]], {{r:POH-GGZ}} {{o:Huisartsenpraktijk Mei}}, [[tel:078-6152290]]
Cliënt: dhr. [[p:Ahmad Rahimi]]
Geb.datum: [[d:01-01-1980]]
Adres: [[adr:Jacob Marisstraat 88]], [[pc:3317VM]] Dordrecht
Tel.: [[tel:0616 03 77 21]]
Gezinssamenstelling: echtgenote [[p:Fereshta Rahimi-Nazari]], 4 kinderen (5-14 jr)
Reden aanmelding: slaapproblemen, PTSS-klachten, spanningen thuis, financiële zorgen. Wachtlijst GGZ.
Is cliënt op de hoogte van aanmelding? ja
Urgentie: gemiddeld""")

T("""Intake – korte versie (inloop)
datum: [[d:7-3-25]]
naam: [[p:Dimitrina Petrova]]
geb: [[d:19.04.1975]]
adres: [[adr:Vrieseweg 112-hs]] [[pc:3311 NX]]
tel: [[tel:06 85 29 11 74]] (dochter [[p:Viktoria]])
bsn: [[bsn:781 475 703]]
vraag: zorgverzekering, loonstroken, Nederlandse les
nationaliteit: Bulgaars, in NL sinds 2019
afspraak: vervolg met {{r:Wmo-consulent}} [[p:Dewi]] + tolk Bulgaars""")

T(
    """Intakeverslag
Datum: [[d:10 maart 2025]]    Locatie: huisbezoek    Medewerker: [[p:Marloes de Wit]]
Cliënt: mevrouw [[p:G. Mol-van Wijk]], [[d:5 mei 1942]]
Adres: [[adr:Anna Polakweg 17]], [[pc:3318 KA]] Dordrecht ({{w:Sterrenburg}})
Telefoon: [[tel:078-6171482]]
Contactpersoon: zoon [[p:Peter Mol]], [[tel:06-22719035]], [[mail:petermol@kpnplanet.nl]]

Situatie: weduwe sinds 2023, woont zelfstandig, loopt met stok. Valt af volgens zoon. Sociale contacten: buurvrouw [[p:mevrouw Kok]] (weinig), kerk niet meer.
Vraag: eenzaamheid, hulp bij vervoer.
Afspraken: aanmelden leesclub, ANBO-vervoer informeren, ouderenmaaltijd dinsdag in {{o:wijkcentrum De Hoven}}.""".replace(
        "[[p:mevrouw Kok]]", "mevrouw [[p:Kok]]"
    )
)

T("""| Veld | Gegevens |
|---|---|
| Dossiernr | [[dos:2025-03-0117]] |
| Naam | [[p:Akosua Mensah]] |
| Geboren | [[d:12 okt 1985]], Kumasi (Ghana) |
| Adres | [[adr:Prinses Margrietstraat 30]], [[pc:3314 LE]] |
| Telefoon | [[tel:06-87441902]] |
| E-mail | [[mail:akosuamensah85@yahoo.com]] |
| Werk | thuiszorg {{o:Rivas}}, nulurencontract |
| Probleem | huurachterstand €2.140, dreigende ontruiming |
| Netwerk | kerk, voorganger [[p:Owusu]], zus [[p:Abena]] in Amsterdam-Zuidoost |""")

T("""AANMELDING SOCIAAL WIJKTEAM – via {{o:Serviceplein}}
Aanmelddatum: [[d:12-03-2025]]
Aangemeld door: [[p:S. Mohan]], {{r:medewerker Serviceplein}}
Naam: [[p:Shanti Jagessar]]          Geb.: [[d:03-12-1954]]
Adres: [[adr:Karel Doormanweg 14]], [[pc:3315 BH]] Dordrecht
Telefoon: [[tel:078 - 614 90 22]]   mobiel nicht: [[tel:06 40 09 18 83]] ([[p:Sharmila Jagessar]])
Hulpvraag: vervoer, lift kapot, eenzaamheid, valrisico
Inkomen: AOW + klein pensioen, huurtoeslag
Eerdere hulp: nee
Verdeling: {{o:SWT Crabbehof-Wielwijk}}, casushouder [[p:Youssef]]""")

T(
    """Intake jongvolwassene (18-27)
Naam: [[p:Roos van Leeuwen]]
Roepnaam: Roos
Geboortedatum: [[d:28-2-2002]]
BSN: [[bsn:226119488]]
Woonsituatie: kamer, [[adr:Singel 230-B]], [[pc:3311KT]]. Hospita: [[p:mw. Smit]] (beneden).
Telefoon: [[tel:0628810456]]
Mail: [[mail:roosje.vl@gmail.com]]
Uit jeugdzorg per: [[d:28 februari 2020]] (18e verjaardag)
Begeleiding eerder: {{o:Jeugdbescherming West}}, {{r:gezinsvoogd}} [[p:Mark]]
Inkomen: geen vast, soms horeca
Doelen: 1. overzicht schulden 2. DigiD herstellen 3. opleiding {{o:Da Vinci College}}""".replace(
        "Roepnaam: Roos", "Roepnaam: [[p:Roos]]"
    ).replace("[[p:mw. Smit]]", "mw. [[p:Smit]]")
)

T(
    """Intake gezin [[p:Al-Hassan]] – [[d:maandag 10 maart 2025]]
Ouders: [[p:Khaled Al-Hassan]] ([[d:1978-05-02]]) en [[p:Rania Al-Hassan]] ([[d:1983-11-19]])
Kinderen: [[p:Lina]] (17), [[p:Omar]] (12), [[p:Yara]] (3)
Adres: [[adr:Patersweg 18a]], [[pc:3317 LA]] {{w:Nieuw-Krispijn}}
Telefoon moeder: [[tel:+31 6 3321 0947]]
BSN moeder: [[bsn:143209127]]
Rekening: [[iban:NL52 INGB 6245 9981 55]]
Statushouders sinds 2016 (Syrië, Homs). Vader werkte als elektricien, hier geen werk gevonden.
Betrokken: {{o:CJG}} (jongste), {{o:Woonbron}} (schimmel), huisarts [[p:dr. Mei]].""".replace(
        "[[p:dr. Mei]]", "dr. [[p:Mei]]"
    )
)

T("""Intakeformulier schuldhulpverlening – deel A (in te vullen door cliënt)
Naam en voorletters: [[p:Boateng, K.]]
Geboortedatum: [[d:04/11/1966]]
Burgerservicenummer: [[bsn:2861.75.721]]
Straat + huisnr: [[adr:Dubbelsteynlaan 8]]
Postcode: [[pc:3314 RV]]    Woonplaats: Dordrecht
Telefoon: [[tel:06-11 92 73 40]]
Bankrekening (IBAN): [[iban:NL48 KNAB 3936 3740 83]]
Partner: n.v.t. (gescheiden)
Kinderen thuiswonend: 0
Handtekening: ...................... datum: [[d:17-03-2025]]""")

T("""Snelle intake Teams-notitie [[p:Lotte]] (stagiaire), [[d:18 mrt]]:
mevr [[p:nicole verhoef]], 34, [[adr:weissenbruchstraat 122]], 2 kinderen uithuisgeplaatst ([[p:Jayden]] 8, [[p:Mila]] 5), partner [[p:dennis schouten]] woont er half. LVB? heeft indicatie {{o:MEE}} uit 2019. telnr [[tel:06 29 33 71 08]]. wil 'haar kinderen terug'. afspr met [[p:Sanne]] volgende week.""")

T("""Aanmeldformulier (ontvangen per post, overgetypt)
Naam: [[p:Ionuț Popescu]]   Geboortedatum: [[d:11 IX 1993]]
Nationaliteit: Roemeens
Adres: geen vast adres, postadres [[adr:Johan de Wittstraat 14]], [[pc:3311 KG]] ({{o:Leger des Heils}})
Telefoon: [[tel:+40 742 118 305]]
BSN: [[bsn:591216012]] (RNI-inschrijving)
Werkgever (tot [[d:14-03-2025]]): uitzendbureau, vestiging Moerdijk
Hulpvraag: onderdak, werk, eigen geld van laatste loonstrook""")

T(
    """INTAKE – WMO MELDING
Meldingsnummer: [[dos:WMO-2025-004417]]
Datum melding: [[d:20-3-2025]]
Cliënt: [[p:W.H. de Kok]] (geb. [[d:23-10-1948]])
Echtgenote / mantelzorger: [[p:P.C. de Kok-Verbeek]] (roepnaam [[p:Nel]])
Adres: [[adr:Dubbeldamseweg Noord 71]], [[pc:3319 AC]] Dordrecht
Tel.: [[tel:078 - 616 12 48]]
Hulpvraag: ondersteuning mantelzorger, dagbesteding, respijt
Betrokken: {{r:casemanager dementie}} [[p:Esther Groen]] ({{o:Careyn}}), {{r:huisarts}} [[p:dr. Van Wijk]]""".replace(
        "[[p:dr. Van Wijk]]", "dr. [[p:Van Wijk]]"
    )
)

T("""Intake (via tolk, Somali) – aanvulling [[d:27-3]]
Dhr. [[p:Abdi Warsame]], geb. [[d:15-05-1972]], [[adr:Da Costastraat 9]], [[pc:3314 XB]].
Broer [[p:Hassan]]: [[tel:06 44 10 22 91]], woont in Rotterdam, [[adr:Groene Hilledijk 210]].
Dhr. stemt in met 'hulp bij de post' maar niet met de {{o:GGZ}}. BSN niet bekend, ID-kaart verlopen.
Inkomen: bijstand {{o:SDD}}, klantnummer [[dos:700981236]].
Tolknummer: [[dos:TVCN-2025-33810]].""")

T(
    """Formulier 'Eerste gesprek' – [[p:Djamila Fortes]]
- Geboren: [[d:3 de fevereiro de 1964]] (zo geschreven door cliënt; = 3 februari 1964)
- Adres: [[adr:Mijlweg 204A]], [[pc:3316BE]] Dordrecht
- Tel: [[tel:+31 6 1882 6403]]
- Kleinzoon: [[p:Kevin Fortes Tavares]], 15 jaar, ingeschreven in Portugal
- Dochter (moeder Kevin): [[p:Edna Tavares]], Lissabon, [[tel:+351 912 440 118]]
- Vraag: kinderbijslag/kgb, inschrijving Kevin, schoolkosten
- Taal: Kriolu, Portugees""".replace("= 3 februari 1964", "= [[d:3 februari 1964]]")
    .replace("inschrijving Kevin", "inschrijving [[p:Kevin]]")
    .replace("(moeder Kevin)", "(moeder [[p:Kevin]])")
)
# ---------------------------------------------------------------- MDO minutes
T("""Verslag MDO {{o:SWT Krispijn}} – donderdag [[d:6 maart 2025]]
Aanwezig: [[p:Petra Schaap]] (vz), [[p:Sanne Kortekaas]], [[p:Youssef Amrani]], [[p:Ingrid Roos]], [[p:Dewi Ramcharan]], [[p:Bart Visser]], [[p:Marloes de Wit]]
Afwezig m.k.: [[p:Gert-Jan Koster]]
Notulist: [[p:Lotte Vermeulen]]

1. Casus [[p:Spijkerman]] ({{w:Crabbehof}}) – inbreng [[p:Youssef]]. Vervuiling, zorgmijding, mogelijk dementie. Besluit: melding {{o:GGD}} bemoeizorg, [[p:Ingrid]] blijft vast gezicht. Dochter wordt betrokken.
2. Casus [[p:Ramsaran]] – inbreng [[p:Bart]]. Huurachterstand 4 mnd, ex betaalt niet. Besluit: vroegsignalering {{o:Trivire}} checken, alimentatie via {{o:LBIO}}. [[p:Sanne]] belt {{o:Jeugdteam}} over [[p:Sunil]].
3. Rondvraag: [[p:Dewi]] meldt dat de Wmo-wachttijd voor keukentafelgesprekken 5 weken is.
Volgende MDO: [[d:20 maart]].""")

T(
    """MDO-verslag [[d:20-03-2025]]
Casus: fam. [[p:Ouali]] / [[p:Elhaddaoui]]
Aanwezig: [[p:S. Kortekaas]] ({{o:SWT}}), [[p:L. Roodenburg]] ({{o:Veilig Thuis}}), [[p:R. Bakker]] ({{r:wijkagent}}), [[p:F. Benali]] ({{o:CJG}}), [[p:P. Schaap]] (vz)

Stand van zaken: huisverbod is op [[d:18/03]] afgelopen, niet verlengd. Mw. is met de kinderen terug in de woning, [[adr:Mesdagstraat 45-II]]. Dhr. verblijft bij zijn moeder in {{w:Wielwijk}}. Mw. wil relatie niet verbreken, wel 'dat hij hulp krijgt'. {{o:Veilig Thuis}}: dhr. is aangemeld bij {{o:Fivoor}} (daderhulp), eerste afspraak [[d:2 april]].
Kinderen: [[p:Adam]] (7) praat op school over 'papa die schreeuwt'. {{r:CJG-verpleegkundige}} [[p:Fatima Benali]] neemt contact op met school.
Afspraken:
- Veiligheidsplan actualiseren (Sanne, vóór [[d:27-3]])
- Wijkagent rijdt extra langs
- Evaluatie MDO [[d:17 april 2025]]""".replace("(Sanne, vóór", "([[p:Sanne]], vóór")
)

T(
    """Notulen wekelijks casuïstiekoverleg – dinsdag [[d:11-3]]
Inbreng: [[p:Gert-Jan]]
Cliënt: [[p:R.M.]] (29), LVB, {{w:Crabbehof}}
Vraag aan het team: hoe zorgen we dat Ricardo de regie houdt als er bewind komt? Hij is bang dat 'ze zijn geld afpakken'.
Reacties: [[p:Bart]] – laat hem zelf budgetplan meemaken, leefgeld op eigen pas. [[p:Ingrid]] – betrek moeder niet te veel, hij is 29. [[p:Youssef]] – ervaringsdeskundige [[p:Kees Winter]] heeft zelf bewind gehad, misschien gesprek?
Afspraak: GJ vraagt Kees.""".replace(
        "hoe zorgen we dat Ricardo", "hoe zorgen we dat [[p:Ricardo]]"
    ).replace("Afspraak: GJ vraagt Kees", "Afspraak: [[p:GJ]] vraagt [[p:Kees]]")
)

T(
    """Multidisciplinair overleg dementie & mantelzorg – [[d:24 maart 2025]], locatie {{o:Waardeburgh}}
Cliënt: dhr. [[p:W. de Kok]] (76), [[adr:Dubbeldamseweg Noord 71]]
Deelnemers: [[p:Esther Groen]] ({{r:casemanager dementie}}, {{o:Careyn}}), [[p:Marloes de Wit]] ({{r:ouderenadviseur}}), [[p:Dewi Ramcharan]] ({{r:Wmo-consulent}}), mevrouw [[p:de Kok]] (mantelzorger), dochter [[p:Carla]] (telefonisch)
Besproken:
- Nachtelijk dwalen, 2x politie. GPS-tracker besproken, mw. twijfelt ('hij is geen hond').
- Dagbesteding 2 dagen p/w bij {{o:Waardeburgh}}, start [[d:7 april]].
- Wlz-aanvraag bij {{o:CIZ}}: Esther dient in, verwachte doorlooptijd 6 weken.
- Mantelzorgwaardering en lotgenotengroep voor mw.
Actiepunten: zie tabel in dossier [[dos:WMO-2025-004417]].""".replace(
        "Esther dient in", "[[p:Esther]] dient in"
    )
)

T("""MDO bemoeizorg {{o:GGD Zuid-Holland Zuid}} – [[d:13 maart]]
Casus 1: dhr. [[p:C.S.]], {{w:Crabbehof}} (aanmelder {{o:SWT}}). Bemoeizorgteam gaat op [[d:maandag 17 maart]] mee met de {{r:wijkverpleegkundige}}. {{r:SPV}} [[p:Rob van Dongen]].
Casus 2: dhr. [[p:A.W.]], {{w:Wielwijk}}. Eerste contact gelegd door [[p:Joost Verbeek]] ({{r:OGGZ}}) en SWT. IBS niet aan de orde, geen acuut gevaar. Doel: vertrouwen opbouwen, broer betrekken. Verslaglegging in [[dos:OGGZ-25-0192]].
Casus 3: mw. [[p:H.]], {{w:Oud-Krispijn}}, dieren in huis (14 katten). Dierenambulance + woningcorporatie. Aanmelder buurvrouw [[p:Truus]] ([[tel:078-6312208]]).""")

T("""Kort verslag teamoverleg [[d:maandag 17-03-25]]
- Nieuwe aanmeldingen: 6 (waarvan 3 schulden, 2 eenzaamheid ouderen, 1 huiselijk geweld)
- Verdeling: [[p:Samira Haddou]] → [[p:Youssef]] (samen met [[p:Ayşe]]); [[p:Kofi Boateng]] → [[p:Bart]]; mw. [[p:Jagessar]] → [[p:Marloes]]; [[p:Popescu]] → [[p:Gert-Jan]]; fam. [[p:Al-Hassan]] blijft bij [[p:Youssef]]
- [[p:Petra]]: teamdag verplaatst naar [[d:vrijdag 4 april]], locatie volgt
- Stagiaire [[p:Lotte]] mag vanaf april eigen casussen onder supervisie
- Let op: nieuwe privacy-instructie, geen namen meer in de Teams-chat (!)""")

T(
    """Verslag MDO Schulden & Wonen, [[d:27.03.2025]]
Aanwezig: {{o:Trivire}} ([[p:M. Koning]]), {{o:Woonbron}} ([[p:Tim Hendriks]]), {{o:SDD}} ([[p:B. Visser]]), {{o:SWT}} ([[p:S. Kortekaas]], [[p:Y. Amrani]])
Vroegsignaleringslijst maart: 11 huishoudens met 2+ mnd achterstand in {{w:Krispijn}}/{{w:Crabbehof}}.
Besproken casussen:
a) mw. [[p:A.M.]], [[adr:Prinses Margrietstraat 30]] – regeling per [[d:01-04]] getroffen, vinger aan de pols.
b) mw. [[p:A.R.]], [[adr:Weissenbruchstraat 61]] – achterstand €3.096, aanvraag SHV loopt, Trivire schort op tot [[d:1 mei]].
c) dhr. [[p:T.W.]] (kamer via werkgever, valt niet onder corporatie) – doorverwezen naar {{o:Juridisch Loket}}.
d) huishouden [[adr:Jacob Marisstraat 186]] – onbekend bij SWT, {{o:Woonbron}} gaat samen met [[p:Sanne]] op huisbezoek.""".replace(
        "b) mw. [[p:A.R.]], [[adr:Weissenbruchstraat 61]] – achterstand €3.096, aanvraag SHV loopt, Trivire",
        "b) mw. [[p:A.R.]], [[adr:Weissenbruchstraat 61]] – achterstand €3.096, aanvraag SHV loopt, {{o:Trivire}}",
    )
)

T(
    """MDO jongvolwassenen 18-/18+ – [[d:26 maart]]
Aanwezig: [[p:Ayşe Demirtaş]], [[p:Youssef Amrani]], [[p:Eline van Dam]] ({{o:Insula College}}), [[p:Mark de Haan]] ({{o:Jeugdbescherming West}}), {{r:leerplichtambtenaar}} [[p:Koen]] (deel 1)
1. [[p:Roos v. L.]] (23): geen actieve hulp meer vanuit jeugd, wel vraag om schuldenoverzicht. Mark kent haar nog als gezinsvoogd, biedt warme overdracht aan.
2. [[p:S.H.]] (19): zorgt voor moeder ([[p:Latifa]], MS) en broertje. Jonge mantelzorger! Koppelen aan {{o:Mantelzorg Drechtsteden}}. School zoekt naar aangepast rooster.
3. [[p:Lina A.]] (17): aanmelding Da Vinci gelukt, taalondersteuning nodig.
Volgende keer: [[d:23-4]].""".replace("Mark kent haar", "[[p:Mark]] kent haar").replace(
        "aanmelding Da Vinci", "aanmelding {{o:Da Vinci}}"
    )
)

T("""Notulen MDO 'Fam. [[p:Rahimi]]' [[d:31-03-2025]] – 14.00-15.00
Aanwezigen: dhr. en mw. [[p:Rahimi]], [[p:Sanne Kortekaas]] ({{r:MW}}), [[p:Nadia El Khattabi]] ({{r:POH-GGZ}}), {{r:tolk Dari}} (telefonisch), [[p:Bahram Nazari]] ({{r:ervaringsdeskundige}}, {{o:Stichting Nieuwkomers Drechtsteden}})
Dhr. vertelt dat hij in Kabul als leraar werkte. Hier voelt hij zich 'niemand'. [[p:Bahram]] herkent dat. Besproken: vrijwilligerswerk bij de {{o:Taalhuis}}-avonden als eerste stap. POH start met 6 gesprekken overbrugging. Mw. [[p:Fereshta]] wil zelf graag fietsles, geregeld via wijkcentrum.
Volgend overleg: over 6 weken (mei).""")

T("""MDO overzicht (tabel) – [[d:maandag 24 maart]]

Cliënt            | Wijk            | Casushouder | Status       | Volgende stap
[[p:Yıldırım, F.]]    | {{w:Krispijn}}        | [[p:Sanne]]       | lopend       | HH via Wmo, start [[d:1/4]]
[[p:Spijkerman, C.]]  | {{w:Crabbehof}}       | [[p:Youssef]]     | bemoeizorg   | geheugenpoli [[d:9-4]]
[[p:Petrova, D.]]     | {{w:Oud-Krispijn}}    | [[p:Dewi]]        | lopend       | taalcursus
[[p:Tesfamariam, Y.]] | {{w:Crabbehof}}       | [[p:Youssef]]     | afronden     | DUO uitstel ontvangen
[[p:Mensah, A.]]      | {{w:Crabbehof}}       | [[p:Bart]]        | stabiel      | evaluatie juni
[[p:Fortes, D.]]      | {{w:Zuidhoven}}       | [[p:Youssef]]     | nieuw        | kgb aanvraag""")

T("""Verslag casusoverleg Huiselijk Geweld, {{o:Veilig Thuis Zuid-Holland Zuid}}, [[d:donderdag 13 maart 2025]]
Casusnr VT: [[dos:VT-ZHZ-2025-0871]]
Betrokkenen gezin: moeder [[p:Saida Ouali]] ([[d:14-08-1991]]), vader [[p:Bilal Elhaddaoui]], kinderen [[p:Adam]] ([[d:02-02-2018]]) en [[p:Nour]] ([[d:21-10-2020]]).
Risicotaxatie: matig-hoog. Eerdere meldingen: 2022 (geen vervolg), 2024 (verwezen naar wijkteam, niet opgepakt, lessen!).
Afspraak: {{r:casemanager}} VT blijft eindverantwoordelijk tot veiligheid is gestabiliseerd; SWT neemt praktische ondersteuning (inkomen, huisvesting) op zich.""")

T(
    """Teamoverleg – korte punten ([[d:25/3/2025]])
* [[p:Bart]] is [[d:donderdag 3 april]] op cursus, geen SHV-intakes
* [[p:Ingrid]]: 'dhr S. laat me nu elke week binnen, we zijn er bijna'
* Buurtbewoner [[p:dhr. Kortenhoeven]] ([[adr:Karel Doormanweg 92]]) heeft aangeboden om voor dhr. S. boodschappen te doen, [[p:Youssef]] checkt dit met dhr. zelf
* Kerstpakketten-actie: budget over, besteden aan Suikerfeest-ontbijt in wijkcentrum, {{o:Stichting Wijkwelzijn Dordrecht}} regelt""".replace(
        "'dhr S. laat", "'dhr [[p:S.]] laat"
    )
    .replace("voor dhr. S. boodschappen", "voor dhr. [[p:S.]] boodschappen")
    .replace("[[p:dhr. Kortenhoeven]]", "dhr. [[p:Kortenhoeven]]")
)
# ---------------------------------------------------------------- referral letters
T("""{{o:Sociaal Wijkteam Krispijn}}
t.a.v. {{o:Yulius}} volwassenen, aanmeldteam
Dordrecht, [[d:12 maart 2025]]

Betreft: verwijzing dhr. [[p:A. Warsame]], geb. [[d:15-05-1972]]
Uw kenmerk: –   Ons kenmerk: [[dos:SWT/BZ/2025-031]]

Geachte collega,

Met toestemming van dhr. en in overleg met zijn {{r:huisarts}} (dr. [[p:Hoop]]) verwijzen wij dhr. [[p:Abdi Warsame]], wonende [[adr:Da Costastraat 9]], [[pc:3314 XB]] Dordrecht, naar uw afdeling. Dhr. is in 2019 bij u opgenomen geweest (diagnose psychotische stoornis). Sinds ca. een jaar gebruikt hij geen medicatie. Er is sprake van nachtelijke onrust, achterdocht en sociale isolatie. Het netwerk bestaat uit zijn broer [[p:Hassan Warsame]] ([[tel:06-44102291]]).

Wij vragen een outreachende aanpak ({{o:FACT-team}}), omdat dhr. niet naar een polikliniek zal komen.

Met collegiale groet,
[[p:J. Verbeek]], {{r:OGGZ-verpleegkundige}}
[[p:S. Kortekaas]], {{r:maatschappelijk werker}}""")

T("""Aan: {{o:Fivoor}}, programma Huiselijk Geweld (daderhulp)
Van: {{o:Veilig Thuis Zuid-Holland Zuid}}, [[p:Linda Roodenburg]]
Datum: [[d:19 maart 2025]]

Aanmelding: dhr. [[p:Bilal Elhaddaoui]] ([[d:30-01-1990]])
Verblijfadres: [[adr:Anjelierstraat 41]], [[pc:3314 SB]] Dordrecht (bij moeder, mw. [[p:Z. Elhaddaoui]])
Mobiel: [[tel:06 55 80 14 73]]
Dhr. is bereid tot hulp in het kader van het tijdelijk huisverbod (opgelegd [[d:08-03-2025]]). Agressieproblematiek bij spanning, cannabisgebruik. Partner en 2 jonge kinderen. Graag contact binnen 5 werkdagen.""")

T("""Geachte heer, mevrouw,

Hierbij verwijs ik mevrouw [[p:Nel de Kok-Verbeek]], [[adr:Dubbeldamseweg Noord 71]], naar het steunpunt {{o:Mantelzorg Drechtsteden}}. Mevrouw zorgt voor haar man met Alzheimer en is overbelast (EDIZ-score 7). Zij heeft behoefte aan lotgenotencontact en af en toe een vrijwilliger die bij haar man blijft. Mevrouw is telefonisch het best bereikbaar tussen 13.00 en 15.00 uur op [[tel:078-6161248]].

Met vriendelijke groet,
[[p:M. de Wit]], {{r:ouderenadviseur}}
[[d:25-03-2025]]""")

T("""VERWIJSBRIEF {{o:VOEDSELBANK DRECHTSTEDEN}}
Verwijzer: {{o:Sociaal Wijkteam Krispijn}}, [[p:B. Visser]]
Datum: [[d:5 maart 2025]]    Geldig t/m: [[d:5 september 2025]]
Huishouden: [[p:Ramsaran]]   Aantal volwassenen: 1   Kinderen: 3 (14, 11, 6)
Adres: [[adr:Weissenbruchstraat 61]], [[pc:3317 TC]]
Besteedbaar na vaste lasten: €198 p/mnd (norm 1+3: €265)
Uitgiftepunt: {{o:wijkcentrum Krispijn}}, donderdagmiddag
Bijzonderheden: geen varkensvlees nodig? – nee, geen voorkeur""")

T(
    """{{o:Sociaal Wijkteam Dordrecht}} – locatie {{w:Krispijn}}
Aan de heer [[p:dr. R. Mei]], {{r:huisarts}}

Dordrecht, [[d:31 maart 2025]]
Betreft: uw patiënt mw. [[p:S. Ouali]], geb. [[d:14 augustus 1991]]

Geachte collega [[p:Mei]],

Zoals telefonisch besproken informeer ik u, met toestemming van mw., dat er in het gezin sprake is van huiselijk geweld en dat {{o:Veilig Thuis}} betrokken is. Mw. heeft lichamelijke klachten (hoofdpijn, slapeloosheid) die volgens haar samenhangen met de spanningen. Mw. wil graag een afspraak met u zonder dat haar partner daarbij is. Zij heeft een nieuw telefoonnummer: [[tel:06-39271084]]. Wilt u het oude nummer uit het dossier verwijderen?

Met vriendelijke groet,
[[p:Sanne Kortekaas]]""".replace("[[p:dr. R. Mei]]", "dr. [[p:R. Mei]]")
)

T("""Verwijzing naar {{o:Juridisch Loket}} – [[d:11-03-2025]]
Naam cliënt: [[p:Tomasz Wiśniewski]]
Geboren: [[d:23/06/1987]]
Verblijfadres: [[adr:Nassauweg 35 bis]], [[pc:3318 EB]] Dordrecht (kamer via uitzendbureau)
Telefoon: [[tel:06-87113092]]
Vraag: huurbescherming bij kamerverhuur via werkgever, opzegtermijn. Werkgever wil kamer per [[d:15-03]] terug na ontslag op staande voet ([[d:28 februari]]). Ook loonvordering (laatste 2 weken niet betaald).
Taal: Pools, Engels redelijk
Doorverwezen door: [[p:G.J. Koster]], {{o:MEE}}""")

T(
    """Geachte mevrouw [[p:Van Dam]],

Met toestemming van [[p:Samira]] stuur ik u deze korte brief. Samira is jonge mantelzorger voor haar moeder en haar broertje. Wij ondersteunen het gezin vanuit het sociaal wijkteam. Wij vragen school om een aangepast rooster tot de zomervakantie, met name de eerste twee uren op maandag en donderdag (dan gaat moeder naar de fysiotherapeut). Vanuit ons is [[p:Youssef Amrani]] het aanspreekpunt: [[mail:y.amrani@swtdordrecht.nl]].

Met vriendelijke groet,
[[p:Y. Amrani]], {{r:casusregisseur}}
Dordrecht, [[d:28-3-2025]]""".replace(". Samira is jonge", ". [[p:Samira]] is jonge")
)

T("""{{o:SWT Krispijn}} → {{o:Schuldhulpmaatje Dordrecht}}
Aanmelding maatje voor: [[p:Roos van Leeuwen]] (23), [[adr:Singel 230-B]], [[pc:3311 KT]]
Tel: [[tel:06-28 81 04 56]]   mail: [[mail:roosje.vl@gmail.com]]
Datum aanmelding: [[d:28 mrt 2025]]
Situatie: jongvolwassene, ex-jeugdzorg, 4-6 schuldeisers (schatting), geen overzicht, DigiD geblokkeerd. Gemotiveerd, praktisch ingesteld, houdt van duidelijkheid. Voorkeur: vrouwelijk maatje, niet te oud ('geen moeder').
Contactpersoon SWT: [[p:Bart Visser]]""")

T(
    """Overdrachtsbrief
Van: {{o:Careyn}}, [[p:I. Roos]] ({{r:wijkverpleegkundige}})
Aan: {{o:Careyn}} team {{w:Dubbeldam}}, [[p:A. Yilmaz]] ({{r:wijkverpleegkundige}})
Datum: [[d:vrijdag 21 maart 2025]]

Cliënt dhr. [[p:C. Spijkerman]] verhuist mogelijk tijdelijk naar zijn dochter, [[adr:Burgemeester de Raadtsingel 9]], Zwijndrecht, na de geheugenpoli. Medicatie: metformine, valaciclovir (kuur tot [[d:24-3]]). Zorgafspraken: 1x p/w HB, controle medicatie-inname, signalering vervuiling.
Let op: dhr. reageert slecht op nieuwe gezichten, graag eerst samen een bezoek.""".replace(
        "Zwijndrecht, na", "Zwijndrecht, na"
    )
)

T("""Aanmelding {{o:dagbesteding Waardeburgh}} – Ontmoetingscentrum
Naam: [[p:de Kok, Willem Hendrik]]
Roepnaam: [[p:Wim]]
Geboortedatum: [[d:23 oktober 1948]]
BSN: [[bsn:550673143]]
Adres: [[adr:Dubbeldamseweg Noord 71]], [[pc:3319 AC]] Dordrecht
Contactpersoon 1: [[p:Nel de Kok]] (echtgenote), [[tel:078-6161248]]
Contactpersoon 2: [[p:Carla Hoogvliet-de Kok]] (dochter), [[tel:06-14 88 20 67]], [[mail:carla.hoogvliet@outlook.com]]
Gewenste dagen: dinsdag en vrijdag
Bijzonderheden: was vroeger koster in de Grote Kerk, houdt van orgelmuziek en klaverjassen.""")
# ---------------------------------------------------------------- debt overviews
T("""SCHULDENOVERZICHT – [[p:J.W. Bakker]] (concept [[d:18-03-2025]])

| Schuldeiser | Kenmerk | Bedrag | Opmerking |
|---|---|---|---|
| {{o:ABN AMRO}} (restschuld hypotheek) | [[dos:48.07.112.903]] | € 18.420,00 | dossier kwijt |
| {{o:Belastingdienst}} (IB 2022) | [[dos:5085.18.271.H.26.0]] | € 2.311,00 | aanslag ontvangen |
| {{o:Toeslagen}} (zorgtoeslag 2023) | [[dos:TS-883210457]] | € 1.104,00 | |
| {{o:CJIB}} | [[dos:2024 0112 8873 4410]] | € 455,00 | verkeersboete |
| {{o:Vattenfall}} | [[dos:2001884731]] | € 892,14 | eindafrekening oude woning |
| {{o:Ziggo}} | [[dos:ZG-12284409]] | € 310,50 | via {{o:Intrum}} |
| Ex-partner [[p:M. Bakker-Lont]] | – | € 3.000,00 | onderling, alimentatie |
| broer [[p:Frank Bakker]] | – | € 1.500,00 | lening 2022 |
| ... 6 kleinere posten | | ca. € 3.100 | |
| **Totaal** | | **ca. € 31.093** | |

Inkomen: WW t/m [[d:30 juni]], daarna waarschijnlijk bijstand. Rekening dhr.: [[iban:NL36RABO6292343332]].""")

T(
    """Overzicht schulden mw. Ramsaran
Schuldeiser                 Dossiernr               Hoofdsom    Incassokst   Totaal
{{o:Trivire}} (huur)              [[dos:100.398.552]]             2.848,00       248,00     3.096,00
{{o:Eneco}}                       [[dos:EN-7001223918]]             611,20        95,00       706,20
{{o:Zilveren Kruis}}              [[dos:ZK 2209 4418 1]]            734,00       124,00       858,00
{{o:Odido}}                       [[dos:1.2271.884.09]]             219,99        40,00       259,99
{{o:Wehkamp}} (via {{o:Riverty}})      [[dos:RV-55100873]]               389,00        58,35       447,35
{{o:Gemeente Dordrecht}} (belast.)  [[dos:2025.1108.334]]               301,00         0,00       301,00
                                                                  Totaal:   5.668,54
Opgesteld door [[p:B. Visser]], [[d:07-03-2025]]. Let op: kinderopvangtoeslag 2019 mogelijk herstel (hersteloperatie), nagaan!""".replace(
        "Overzicht schulden mw. Ramsaran", "Overzicht schulden mw. [[p:Ramsaran]]"
    )
)

T("""Schulden [[p:Ricardo Martina]] (inventarisatie [[d:25/3]])
- {{o:CJIB}} boete OV, kenmerk [[dos:2025 0003 4471 8820]]: €389
- {{o:CJIB}} boete fiets zonder licht, kenmerk [[dos:2024 0011 9023 6615]]: €127
- {{o:Odido}} abonnement, klantnr [[dos:6.1190.337.20]]: €1.644 (via deurwaarder {{o:Flanderijn}}, [[dos:FL/25/118430]])
- {{o:VGZ}} premie, relatienr [[dos:170334812]]: €1.910
- {{o:Bol.com}} achteraf betalen: €800 (schatting, brief kwijt)
Totaal circa €4.870. Inkomen: Wajong? – nee, bijstand met loonkostensubsidie, werkt 24 u bij {{o:Drechtwerk}}.
Rekening: [[iban:NL13SNSB5789849317]]""")

T("""Klant: [[p:Boateng]], [[p:Kofi]]   |   Dossier SHV: [[dos:SHV-DR-2025-00841]]   |   Datum: [[d:20-03-2025]]

Schuldeiser;Vordering;Kenmerk;Beslag?
{{o:GGN}} (namens {{o:Eneco}});1.922,40;[[dos:GGN-88120431]];ja, bankbeslag
{{o:Belastingdienst}};3.440,00;[[dos:2861.75.721.T.40]];nee
{{o:DUO}};6.785,12;[[dos:DUO 9912744]];nee
{{o:CAK}} (bestuursrechtelijke premie);2.203,00;[[dos:CAK-4418830]];broninhouding
Pinkstergemeente (onderling);500,00;-;nee
Totaal;14.850,52;;

Beslagvrije voet wordt niet gerespecteerd door {{o:GGN}}. Brief van sociaal raadsman mr. [[p:Hoekstra]] verzonden [[d:21-3]].""")

T("""Budgetplan maart – mw. [[p:A. Mensah]], [[adr:Prinses Margrietstraat 30]]
INKOMSTEN
  Loon {{o:Rivas}} (gemiddeld)           € 1.310
  Huurtoeslag                    €   288
  Zorgtoeslag                    €   123
  Totaal                         € 1.721
UITGAVEN
  Huur                           €   712
  Regeling huurachterstand       €   100  (vanaf [[d:01-04-2025]])
  Energie {{o:Eneco}}                  €   145
  Zorgverzekering                €   149
  Telefoon                       €    25
  Naar familie Ghana             €   150
  Leefgeld (€ 80 p/w)            €   347
  Totaal                         € 1.628
Buffer: € 93. Rekening: [[iban:NL72 SNSB 2255 9469 71]]. Opgesteld met [[p:Bart Visser]] op [[d:dinsdag 18 maart]].""")

T("""Schuldeisersoverzicht (export uit Allegro) – cliënt [[dos:C-0031877]] [[p:Tesfamariam Y]]
nr  schuldeiser              kenmerk                   saldo      status
1   {{o:DUO}} inburgering          [[dos:IB-0088412-KW]]         10.400,00  uitstel tot [[d:1-9-2025]]
2   {{o:Belastingdienst}}/{{o:Toeslagen}}  [[dos:7088.86.315.T.30]]        1.212,00  bezwaar ingediend
3   {{o:Lebara}}                   [[dos:LB 00291833]]             84,50     betaald [[d:14-03]]
peildatum: [[d:24 maart 2025]]""")

T(
    """Schuldenlijst Popescu (handmatig, nog niet compleet)
* uitzendbureau: voorschot huisvesting €640 (ze houden het in op laatste loon? checken), contractnummer [[dos:TH-2024-55019]]
* boete {{o:CJIB}} parkeren, [[dos:2025 0087 1102 3309]], €110
* {{o:Zilveren Kruis}} (collectief werkgever), polis [[dos:ZK-440918273]], 2 mnd premie
Loonvordering (andersom): werkgever is dhr. nog €1.180 verschuldigd voor gewerkte uren [[d:17 t/m 28 februari]].""".replace(
        "Schuldenlijst Popescu", "Schuldenlijst [[p:Popescu]]"
    )
)

T(
    """Stand van zaken schulden [[p:Roos]] – [[d:31/3]]
Schuldeiser        Wat                          Bedrag     Kenmerk
{{o:Lowell}}             oude telefoonschuld          1.208,00   [[dos:LW-4471022]]
{{o:DUO}}                studiefinanciering mbo       2.950,00   [[dos:DUO 2270 1188]]
{{o:Zilveren Kruis}}     premie 2023 (via {{o:CAK}}?)       unkn.      –
{{o:Klarna}}             Zalando bestelling                 96,00      [[dos:KL-8830-2241]]
Totaal bekend: 4.254,00
Noot: Roos betaalt nu €20 p/mnd aan Lowell op eigen initiatief via [[iban:nl51bunq2091502089]].""".replace(
        "Noot: Roos betaalt", "Noot: [[p:Roos]] betaalt"
    )
    .replace("aan Lowell op", "aan {{o:Lowell}} op")
    .replace("Klarna}}             Zalando", "Klarna}}             {{o:Zalando}}")
)

T(
    """SCHULDENOVERZICHT fam. [[p:Al-Hassan]]
Opgesteld door: [[p:Y. Amrani]] i.s.m. [[p:R. Al-Hassan]]       [[d:14-3-2025]]
Toeslagen:
  - terugvordering kinderopvangtoeslag 2022: €4.120  ([[dos:1432.09.127.K.22]])
Vaste lasten achterstand:
  - {{o:Evides}} water: €188  klantnr [[dos:40022871]]
  - {{o:Stedin}}/energie: geen achterstand
Overig:
  - tandarts [[p:dr. Özkan]] ([[p:Omar]], beugel): €1.450, betalingsregeling €50/mnd
  - aankopen op afbetaling {{o:Mediamarkt}} (wasdroger): €620
Totaal: €6.378. Gezinsinkomen: bijstand gezinsnorm + kgb. IBAN: [[iban:NL52INGB6245998155]].""".replace(
        "[[p:dr. Özkan]]", "dr. [[p:Özkan]]"
    )
)

T(
    """Excel 'schulden_[[p:yildirim]]_v3.xlsx' (geplakt)
Naam	Schuldeiser	Soort	Bedrag	Kenmerk	Contact
[[p:F. Yıldırım]]	{{o:Zilveren Kruis}}	zorgpremie	1.318,00	[[dos:210477193]]	tel. ingesprek
[[p:F. Yıldırım]]	{{o:Eneco}}	energie	423,60	[[dos:EN-7011094433]]	regeling aangevraagd
[[p:F. Yıldırım]]	{{o:Ziggo}}	internet/tv	178,45	[[dos:19822043]]	
[[p:E. Yıldırım]] (zoon)	{{o:Klarna}}	webshop	742,10	[[dos:KL-6101-9920]]	eigen schuld zoon, apart houden!
Rekening moeder: [[iban:NL79 INGB 9539 0480 50]]""".replace(
        "schulden_yildirim_v3.xlsx", "schulden_yildirim_v3.xlsx"
    )
)

T(
    """Overzicht vordering huurachterstand – {{o:Woonbron}}
Huurder: [[p:dhr. D. Hoogendoorn]]
Adres gehuurde: [[adr:Spuiweg 12-hs]], [[pc:3311 GS]] Dordrecht
Contractnummer: [[dos:0412-118-0093]]
Periode        Huur      Betaald   Achterstand
dec 2024       € 598     € 0       € 598
jan 2025       € 612     € 300     € 312
feb 2025       € 612     € 0       € 612
mrt 2025       € 612     € 0       € 612
Totaal achterstand per [[d:25-03-2025]]: € 2.134
Dhr. is in behandeling bij {{o:De Hoop}} (ambulant). Bewindvoerder: n.v.t.""".replace(
        "[[p:dhr. D. Hoogendoorn]]", "dhr. [[p:D. Hoogendoorn]]"
    )
)

T(
    """Aanvulling SHV-dossier [[dos:SHV-DR-2025-00652]] ([[p:mw. Verhoef]])
[[d:3/3]] {{o:Flanderijn}} – [[dos:FL/24/998127]] – €2.288 (CJIB-vorderingen gebundeld)
[[d:10/3]] {{o:Belastingdienst}} – kinderbijslag? nee, SVB: terugvordering kinderbijslag na uithuisplaatsing, [[dos:SVB-KB-7718224]], €1.020
[[d:17/3]] {{o:Energiedirect}} – [[dos:ED 5522 8190]] – €1.437
Totaal nieuw bekend: €4.745. Totaal dossier: €18.990.
Mw. [[p:Verhoef]] heeft een bewindvoerder nodig, maar [[p:Dennis]] is tegen ('dan hebben we niks meer te zeggen').""".replace(
        "[[p:mw. Verhoef]]", "mw. [[p:Verhoef]]"
    )
)
# ---------------------------------------------------------------- chats (WhatsApp, Teams, SMS)
T(
    """[[d:05-03-2025]] 08:12 - [[p:Sanne]] SWT: Goedemorgen mevrouw, ik kom vandaag om 11 uur zoals afgesproken. Groet Sanne
[[d:05-03-2025]] 08:40 - [[p:Saida]]: ok
[[d:05-03-2025]] 10:51 - [[p:Saida]]: kan niet vandaag hij is thuis
[[d:05-03-2025]] 10:52 - [[p:Sanne]] SWT: Begrepen. Bent u veilig? Antwoord alleen met ja of nee.
[[d:05-03-2025]] 10:58 - [[p:Saida]]: ja
[[d:05-03-2025]] 10:58 - [[p:Saida]]: ik bel morgen""".replace("Groet Sanne", "Groet [[p:Sanne]]")
)

T(
    """Teams – groepschat SWT Krispijn
[[p:Youssef Amrani]] 09:03
Iemand een idee waar ik vandaag nog een tolk Tigrinya vandaan haal? [[p:Yonas]] staat om 10 uur aan de balie
[[p:Dewi Ramcharan]] 09:05
tolktelefoon {{o:GlobalTalk}}, code staat in de map. of vraag [[p:Hanna]] van VWN, die spreekt het een beetje
[[p:Youssef Amrani]] 09:06
top thx 👍""".replace("van VWN", "van {{o:VWN}}").replace(
        "groepschat SWT Krispijn", "groepschat {{o:SWT Krispijn}}"
    )
)

T(
    """[[p:Ingrid]] (wv) → [[p:Youssef]]: ben net bij meneer S. geweest, hij had zijn trui binnenstebuiten en wist niet meer dat ik gisteren ook was. dochter gebeld. ik vind het niet meer verantwoord dat hij alleen woont eerlijk gezegd
[[p:Youssef]]: dank je. Ik zet hem op de agenda voor donderdag. Kun jij erbij zijn?
[[p:Ingrid]]: ja tot 11u, daarna wondzorg in {{w:Sterrenburg}}""".replace(
        "meneer S. geweest", "meneer [[p:S.]] geweest"
    )
)

T(
    """WhatsApp [[p:Emre Yıldırım]]
[[d:10/03/2025]], 19:32 - [[p:Emre]]: Goedenavond mevrouw Sanne. Mijn moeder heeft weer brief van zilveren kruis gekregen deurwaarder. Moet ze betalen?
[[d:10/03/2025]], 19:34 - [[p:Emre]]: <Media weggelaten>
[[d:11/03/2025]], 08:47 - [[p:Sanne Kortekaas]]: Goedemorgen [[p:Emre]], dank voor de foto. Niet betalen nog, ik bel vandaag met Zilveren Kruis. Donderdag nemen we alles door.
[[d:11/03/2025]], 08:49 - [[p:Emre]]: Oke dank u 🙏""".replace(
        "mevrouw Sanne", "mevrouw [[p:Sanne]]"
    )
    .replace("brief van zilveren kruis", "brief van {{o:zilveren kruis}}")
    .replace("bel vandaag met Zilveren Kruis", "bel vandaag met {{o:Zilveren Kruis}}")
)

T(
    """SMS naar [[tel:06-17458023]] ([[d:12 mrt]]): Beste [[p:Yonas]], DUO heeft uitstel gegeven tot [[d:1 september]]. Je hoeft nu niets te betalen. Vrijdag kom ik de brief brengen. Groet, [[p:Youssef]] (wijkteam)""".replace(
        "Beste [[p:Yonas]], DUO", "Beste [[p:Yonas]], {{o:DUO}}"
    )
)

T(
    """[12-3 14:02] [[p:bart visser]]: jw bakker belde, hij heeft zijn hypotheekdossier gevonden op zolder 😅 
[12-3 14:03] [[p:sanne k]]: haha mooi. neemt ie het mee op de 18e?
[12-3 14:03] [[p:bart visser]]: ja
[12-3 14:10] [[p:sanne k]]: top""".replace("[12-3 14:02]", "[[[d:12-3]] 14:02]")
    .replace("[12-3 14:03] [[p:sanne k]]", "[[[d:12-3]] 14:03] [[p:sanne k]]")
    .replace("[12-3 14:03] [[p:bart visser]]: ja", "[[[d:12-3]] 14:03] [[p:bart visser]]: ja")
    .replace("[12-3 14:10]", "[[[d:12-3]] 14:10]")
    .replace("jw bakker belde", "[[p:jw bakker]] belde")
)

T("""Teams-bericht van [[p:Petra Schaap]]:
Lieve allemaal, herinnering: in de Teams-chat GEEN volledige namen, adressen of BSN's van cliënten. Gebruik initialen of het registratienummer. Vorige week stond er een volledig bsn in het kanaal, dat is een datalek en moet ik melden bij de FG. Dank jullie wel!""")

T(
    """[[d:14-03-2025]] 16:20 - [[p:Ayşe]]: hey [[p:Samira]] alles goed? lang niet gezien bij het meidenuur 😘
[[d:14-03-2025]] 21:47 - [[p:Samira]]: heyy ja gaat wel druk thuis
[[d:14-03-2025]] 21:48 - [[p:Samira]]: mama is weer ziek en yassin moet naar school enzo
[[d:14-03-2025]] 21:55 - [[p:Ayşe]]: snap ik. wil je een keer koffie drinken? ik ken iemand die jonge mantelzorgers helpt, youssef, echt chill
[[d:15-03-2025]] 10:03 - [[p:Samira]]: mss. dinsdag?""".replace(
        "en yassin moet", "en [[p:yassin]] moet"
    ).replace("helpt, youssef, echt", "helpt, [[p:youssef]], echt")
)

T(
    """Chat met dochter [[p:Viktoria]] (tolk) – [[d:17 maart]]
V: mama zegt bedankt voor verzekering. ze wil vragen of ze naar de tandarts kan want kies kapot
Dewi: Ja, tandarts valt niet in de basisverzekering voor volwassenen. Ik zoek een oplossing. Welke tandarts hebben jullie?
V: geen. we hebben nooit
Dewi: Ok. Ik stuur een lijst. Viktoria, heb jij vandaag geen school?
V: ja maar 3e uur uitval""".replace("V: mama", "[[p:V]]: mama")
    .replace("Dewi: Ja,", "[[p:Dewi]]: Ja,")
    .replace("V: geen", "[[p:V]]: geen")
    .replace(
        "Dewi: Ok. Ik stuur een lijst. Viktoria,",
        "[[p:Dewi]]: Ok. Ik stuur een lijst. [[p:Viktoria]],",
    )
    .replace("V: ja maar", "[[p:V]]: ja maar")
)

T(
    """Berichten via app 'Mijn Wijkteam':
Van: [[p:R. van Leeuwen]]
hoi bart, ik heb weer een brief van dat lowell 😩 ze zeggen dat ik voor 21 maart moet betalen anders rechter. kan jij bellen? ik durf nie. mijn nummer is nog steeds [[tel:0628810456]]
Roos""".replace("hoi bart", "hoi [[p:bart]]")
    .replace("van dat lowell", "van dat {{o:lowell}}")
    .replace("voor 21 maart moet", "voor [[d:21 maart]] moet")
    .replace("\nRoos", "\n[[p:Roos]]")
)

T(
    """[[p:Marloes]] 11:42
Heeft iemand het nummer van de nicht van mw. Jagessar? Ik sta voor de deur en er wordt niet opengedaan
[[p:Youssef]] 11:44
[[tel:06 40 09 18 83]] ([[p:Sharmila]])
[[p:Marloes]] 11:58
Gelukt, mw. zat in de badkamer en hoorde de bel niet. Alles oké 🙂""".replace(
        "van mw. Jagessar?", "van mw. [[p:Jagessar]]?"
    )
)

T(
    """[[d:18/3]] 07:55 [[p:Tomasz]]: Good morning mister Gert Jan today i go to the loket?
[[d:18/3]] 08:10 [[p:GJ Koster]]: No Tomasz, that was last week Wednesday. Today nothing. Did they pay your salary?
[[d:18/3]] 08:14 [[p:Tomasz]]: yes!! 1180 euro on ING. thank you. Agnieszka say thank you also
[[d:18/3]] 08:15 [[p:GJ Koster]]: Great news 👍""".replace(
        "mister Gert Jan today", "mister [[p:Gert Jan]] today"
    )
    .replace("No Tomasz,", "No [[p:Tomasz]],")
    .replace("on ING. thank you. Agnieszka say", "on {{o:ING}}. thank you. [[p:Agnieszka]] say")
)

T(
    """Teams: [[p:Lotte Vermeulen]] → [[p:Sanne Kortekaas]]
Lotte: hoi! Mevrouw in de wachtkamer vraagt naar jou, ze zegt dat ze mw de Wit heet maar ze staat niet in jouw agenda? 
Sanne: oh dat is mw. Roos-de Wit, die moeder van die jongen met de scooter, zij komt altijd zonder afspraak haha. Zeg maar 5 min
Lotte: 👍""".replace("Lotte: hoi!", "[[p:Lotte]]: hoi!")
    .replace("mw de Wit heet", "mw [[p:de Wit]] heet")
    .replace("Sanne: oh dat is mw. Roos-de Wit", "[[p:Sanne]]: oh dat is mw. [[p:Roos-de Wit]]")
    .replace("Lotte: 👍", "[[p:Lotte]]: 👍")
)

T("""SMS ontvangen [[d:20-03]] 22:14 van [[tel:+31655801473]]:
"wie heeft mn vriendin opgestookt om die melding te doen. ik weet waar jullie kantoor is"
→ doorgestuurd naar [[p:Petra]] en {{r:wijkagent}} [[p:Ruud Bakker]]. Nummer hoort bij dhr. [[p:B.E.]] (partner mw. [[p:O.]]). Incidentmelding gedaan.""")

T(
    """[[d:21-03-2025]] 09:30 – [[p:Mehmet Kaya]]: Goedemorgen. Mijn vrouw Hatice wil niet naar dagopvang. Zij zegt ik ben niet oud. Wat moet ik doen abi?
[[d:21-03-2025]] 09:52 – [[p:Youssef]]: Goedemorgen meneer Kaya. Begrijpelijk. Zullen we eerst samen gaan kijken, zonder dat ze hoeft te blijven? Er is een Turkse ochtend op dinsdag in {{o:wijkcentrum Wielwijk}}.
[[d:21-03-2025]] 10:01 – [[p:Mehmet Kaya]]: Tamam. Dinsdag goed.""".replace(
        "vrouw Hatice wil", "vrouw [[p:Hatice]] wil"
    ).replace("meneer Kaya.", "meneer [[p:Kaya]].")
)

T(
    """WA groep 'Buurtpreventie Crabbehof-Noord' (doorgestuurd door [[p:Ruud]]):
[[p:Ria Vos]]: Die meneer van 88 loopt weer op pantoffels buiten, het is 3 graden!!
[[p:Henk K.]]: Ik heb hem binnen gebracht. Zijn dochter gebeld, nummer hing bij hem op de koelkast
[[p:Ria Vos]]: Goed van je Henk ❤️
Ruud: Dank buren. Ik geef het door aan het wijkteam.""".replace(
        "Goed van je Henk", "Goed van je [[p:Henk]]"
    ).replace("Ruud: Dank buren", "[[p:Ruud]]: Dank buren")
)

T(
    """[[p:Kees Winter]] (ervaringsdeskundige): hoi [[p:Gert-Jan]], ik heb [[p:Ricardo]] gesproken bij de snackbar op de Patersweg. Leuke gast. Ik heb hem verteld hoe het bij mij ging met bewind, dat je eerst denkt dat je alles kwijt bent maar dat het rust geeft. Hij wil me nog een keer zien. Zijn nummer [[tel:06-31 80 27 64]] heb ik. Ok als ik hem app?""".replace(
        "[[p:Kees Winter]] (ervaringsdeskundige)", "[[p:Kees Winter]] ({{r:ervaringsdeskundige}})"
    )
)

T(
    """Teams [[d:26-3]]
[[p:Bart Visser]]: kan iemand morgen de SHV-intake van dhr. B. overnemen? Ik ben ziek 🤒
[[p:Dewi Ramcharan]]: ik niet, keukentafelgesprekken tot 3
[[p:Sanne Kortekaas]]: ik wel, als je me het dossiernummer stuurt
[[p:Bart Visser]]: [[dos:SHV-DR-2025-00841]], hij komt om 9u, [[adr:Dubbelsteynlaan 8]] als hij niet komt opdagen 😉
[[p:Sanne Kortekaas]]: 👌 beterschap""".replace(
        "van dhr. B. overnemen", "van dhr. [[p:B.]] overnemen"
    )
)

T(
    """[[p:Nicole]]: sanne ik heb de brief van de rechter niet begrepen. mag ik jayden en mila nu wel of niet zien
[[p:Sanne]]: Hoi Nicole, de omgang blijft zoals het was: elke 2 weken op woensdag, begeleid. Volgende keer is [[d:2 april]]. Ik bel je morgen om het rustig uit te leggen.
[[p:Nicole]]: ok. dennis zegt dat ze liegen""".replace("sanne ik heb", "[[p:sanne]] ik heb")
    .replace("mag ik jayden en mila", "mag ik [[p:jayden]] en [[p:mila]]")
    .replace("Hoi Nicole,", "Hoi [[p:Nicole]],")
    .replace("ok. dennis zegt", "ok. [[p:dennis]] zegt")
)

T(
    """Chat van [[p:Wei Chen]] [[d:27/3]]: Hello madam [[p:Dewi]], SVB sent letter today, my mother gets AIO from 1 april! 💐 She want to cook for the team. Which day ok? Also: her new bank pas is for account [[iban:NL62ABNA6158978651]], she ask if SVB has the right one.""".replace(
        "SVB sent letter today", "{{o:SVB}} sent letter today"
    )
    .replace("AIO from 1 april!", "AIO from [[d:1 april]]!")
    .replace("if SVB has", "if {{o:SVB}} has")
)
# ---------------------------------------------------------------- dictations (speech-to-text, lightly corrected)
T(
    """dictaat [[p:sanne kortekaas]] verslag huisbezoek mevrouw [[p:yildirim]] [[d:dertien maart]] punt aanwezig waren mevrouw en haar zoon [[p:emre]] komma wij hebben de post doorgenomen punt er zijn vier aanmaningen waarvan twee van de zorgverzekeraar punt nieuwe alinea mevrouw geeft aan dat ze zich schaamt punt ze wil niet dat de familie in Turkije het weet punt afspraak volgende week donderdag punt einde dictaat"""
)

T("""Dictaat – [[p:Youssef Amrani]], [[d:17-03-2025]]
Verslag van het huisbezoek bij meneer [[p:Spijkerman]] op de [[adr:Karel Doorman weg 88]] samen met het bemoeizorgteam van de {{o:GGD}}, mevrouw [[p:van Dongen]] nee sorry meneer [[p:Rob van Dongen]]. Meneer liet ons binnen. Hij vertelde uitgebreid over zijn werk bij de scheepswerf vroeger. Over de woning wil hij niet praten. Afgesproken dat zijn dochter [[p:Astrid]] een schoonmaakbedrijf regelt en dat hij dat betaalt van zijn spaargeld. Einde.""")

T("""(ingesproken via telefoon, automatisch uitgeschreven)
ja hallo met [[p:Ingrid Roos]] van {{o:Careyn}} even een update over meneer [[p:Spijker man]] uit {{w:Crabbehof}} hij heeft vannacht weer buiten gelopen de buurman heeft hem binnengebracht eh ik heb de dochter gesproken die komt vanmiddag ik denk dat we het crisisbed moeten aanvragen bel me even terug op [[tel:06 53 19 04 66]] dank je wel doei""")

T(
    """Dictaat MW [[d:20-03-25]] cliënt [[p:Petrova]] dossiernummer [[dos:SWT 2025 0463]]. Mevrouw kwam met een tolk via de tolktelefoon. Ze vertelt dat ze in Bulgarije een zoon heeft van 24 die bij de oma woont, [[p:Georgi]]. Ze stuurt geld. Het bureau betaalt nog steeds contant, loonstroken krijgt ze niet. Ik heb met haar toestemming een melding gedaan bij de {{o:Arbeidsinspectie}}. Mevrouw was bang dat ze haar werk kwijtraakt. Dat risico is er. Volgende afspraak dinsdag [[d:1 april]]."""
)

T(
    """spraakmemo [[p:Bart]] – naar dossier [[p:Boateng]]: meneer kwam om kwart over negen, had alle brieven in een plastic tas. GGN beslag op zijn rekening, hij houdt zestig euro over voor de hele maand. sociaal raadsman ingeschakeld. meneer zei ik heb altijd gewerkt, in de haven, nu dit. hij schaamt zich tegenover zijn kerk. geboortedatum nog even checken, ik heb [[d:vier november zesenzestig]] genoteerd maar in het systeem staat iets anders""".replace(
        "GGN beslag", "{{o:GGN}} beslag"
    )
)

T(
    """Dictaat [[p:Marloes de Wit]] [[d:19 maart]]
Telefonisch contact met mevrouw [[p:Mol]]. Vrijwilliger [[p:Henny Bakker]] heeft haar opgehaald voor de leesclub. Mevrouw was enthousiast. Ze hebben een boek van een Indische schrijfster gelezen. Mevrouw vertelde dat ze vroeger lerares was op de Johan de Witt school. Ze wil volgende week weer. De zoon, meneer [[p:Mol]], heb ik een mail gestuurd. Punt. Verder geen bijzonderheden.""".replace(
        "op de Johan de Witt school", "op de {{o:Johan de Witt school}}"
    )
)

T(
    """dictaat dinsdag [[d:25 maart]] ([[p:GJK]]) – meneer [[p:ricardo martina]] – verzoekschrift bewind ingediend bij de rechtbank rotterdam komma locatie dordrecht punt cliënt wil dat [[p:kees winter]] meegaat naar de zitting punt moeder [[p:shirley]] heeft haar telefoonnummer gewijzigd naar [[tel:nul zes een negen twee twee drie acht vier zeven]] punt nee wacht dat is het oude nummer schrappen"""
)

T(
    """Verslag ingesproken door [[p:Dewi]] na keukentafelgesprek
Datum [[d:11 maart 2025]], [[p:fam. Yıldırım]], [[adr:Jacob Marisstraat 204 B]]. Aanwezig mevrouw, zoon, [[p:Sanne]] van het wijkteam. Mevrouw krijgt huishoudelijke ondersteuning, drie uur per week, zorg in natura via {{o:Tzorg}}. Eigen bijdrage {{o:CAK}} uitgelegd, negentien euro per maand. Zoon vroeg of zijn zus [[p:Elif]] uit Rotterdam als pgb-zorgverlener betaald kan worden, dat kan in principe maar dan wel met een zorgovereenkomst. Mevrouw wil liever iemand van buiten.""".replace(
        "[[p:fam. Yıldırım]]", "fam. [[p:Yıldırım]]"
    )
)

T(
    """dictaat [[p:y amrani]] [[d:achtentwintig maart tweeduizend vijfentwintig]]. Gesprek met [[p:samira]] in het jongerencentrum samen met [[p:ayse]]. Samira vertelt dat ze sinds een jaar voor haar moeder zorgt. Moeder heeft MS. Vader is teruggegaan naar Marokko. Broertje [[p:yassin]] is negen. Samira wil haar diploma halen, ze wil {{r:verpleegkundige}} worden, grappig genoeg. Afspraken: aanmelden bij {{o:Mantelzorg Drechtsteden}}, Wmo-aanvraag voor moeder, gesprek met school.""".replace(
        ". Samira vertelt", ". [[p:Samira]] vertelt"
    ).replace(". Samira wil", ". [[p:Samira]] wil")
)

T(
    """Dictaat [[p:I. Roos]], wijkverpleegkundige, [[d:zondag 30 maart]] (weekenddienst). Melding van de thuisalarmcentrale: mevrouw [[p:Jagessar]], [[adr:Karel Doormanweg 14]], alarmknop ingedrukt. Ter plaatse om 07.40. Mevrouw lag naast haar bed, geen letsel zichtbaar, wel pijn aan de heup. Ambulance gebeld, naar {{o:ASz}}. Nicht [[p:Sharmila]] ingelicht, zij komt naar het ziekenhuis. Overdracht naar [[p:Marloes]] en [[p:Youssef]] voor maandag.""".replace(
        "[[p:I. Roos]], wijkverpleegkundige,", "[[p:I. Roos]], {{r:wijkverpleegkundige}},"
    )
)

T(
    """dictaat (automatisch) – bakker jan willem – afspraak [[d:achttien drie]] – meneer heeft het hypotheekdossier meegenomen – restschuld is geen achttien maar eenentwintigduizend – hij was daar stil van – we hebben het schuldenoverzicht aangepast – meneer wil de w s n p niet in – uitleg gegeven over minnelijk traject – dhr heeft het dossier ook aan zijn broer [[p:frank]] laten zien – volgende keer [[d:één april]]""".replace(
        "dictaat (automatisch) – bakker jan willem",
        "dictaat (automatisch) – [[p:bakker jan willem]]",
    )
)

T("""Dictaatverslag [[p:S. Kortekaas]] d.d. [[d:21-03-2025]] betreffende mevrouw [[p:Ouali]].
Mevrouw belde vanuit een telefooncel (eigen telefoon ingenomen door partner, zegt ze). Ze is met de kinderen naar de opvang van {{o:Stichting Kompaan}} gegaan. Adres van de opvang noteer ik bewust niet. Contact alleen via de opvang, {{r:begeleider}} [[p:Marieke]], [[tel:078 - 630 19 44]] (direct nummer). {{o:Veilig Thuis}} is geïnformeerd. Kinderen gaan voorlopig niet naar school. Einde dictaat.""")
# ---------------------------------------------------------------- kennisplatform: case lessons (nog niet geanonimiseerd)
T("""CASUSLES (concept – nog anonimiseren!) | thema: bemoeizorg | team: {{o:SWT Crabbehof-Wielwijk}}
Titel: 'Eerst koffie, dan pas zorg'

Dhr. [[p:Cor Spijkerman]] (71) woonde alleen op [[adr:Karel Doormanweg 88]] in {{w:Crabbehof}}. Zijn dochter [[p:Astrid]] belde ons op [[d:4 maart]] omdat hij de deur niet meer opendeed. Wat werkte: de {{r:wijkverpleegkundige}} [[p:Ingrid Roos]] kende hem nog van de zorg voor zijn overleden vrouw [[p:Joke]]. Een bekend gezicht opende de deur, niet de formele melding. We zijn niet begonnen over de vervuiling, maar over zijn werk op de scheepswerf.
Wat niet werkte: de brief van de {{o:GGD}} met een afspraak op kantoor. Die lag ongeopend bij de kranten.
Les: in bemoeizorg is de relatie het instrument. Plan de eerste drie bezoeken zonder agenda. Zet de buren ([[p:Ria Vos]], dhr. [[p:Kortenhoeven]]) in als ogen en oren, met toestemming van de cliënt.
Toestemming cliënt voor delen: aangevraagd via dochter op [[d:26-03-2025]], wettelijk vertegenwoordiger? → nagaan.""")

T("""Casusles #14 – huiselijk geweld – ingediend door [[p:Sanne Kortekaas]] ({{o:SWT Krispijn}})
Situatie: mw. [[p:Saida Ouali]] (33), twee kinderen, partner [[p:Bilal]]. Eerdere melding in 2024 bij het wijkteam is 'blijven liggen' omdat mw. zelf aangaf dat het goed ging. In maart 2025 escaleerde het: huisverbod op [[d:8 maart]], vrouwenopvang op [[d:21 maart]].
Wat we leerden:
1. Een nieuw telefoonnummer is levensreddend. Zet het oude nummer overal uit (huisarts, school, {{o:SDD}}).
2. Spreek codewoorden af voor appjes ('ja/nee').
3. De {{r:casemanager}} van {{o:Veilig Thuis}} en het wijkteam moeten duidelijk afspreken wie wat doet; wij deden praktisch, VT deed veiligheid.
4. Kijk naar de kinderen: [[p:Adam]] vertelde het op school eerder dan moeder het aan ons vertelde.
Mw. heeft toestemming gegeven voor deze les, onder voorwaarde van anonimisering. Contact: [[mail:s.kortekaas@swtdordrecht.nl]]""")

T(
    """CASUSLES – thema ouderen / mantelzorg – {{o:SWT Dubbeldam}}
Ingediend: [[d:27-03-2025]] door [[p:Esther Groen]] ({{r:casemanager dementie}}, {{o:Careyn}})

Mw. [[p:Nel de Kok]] (74) zorgt voor haar man [[p:Wim]] (76, Alzheimer) in hun huis aan de [[adr:Dubbeldamseweg Noord 71]]. Zij wilde hem 'niet wegdoen'. De doorbraak kwam niet van ons maar van de koster van de Grote Kerk, [[p:Arjen Mulder]], die Wim elke zondag mee liet helpen met de liederenborden. Zo zag mw. dat Wim het fijn had bij anderen. Twee weken later zei ze ja tegen dagbesteding bij {{o:Waardeburgh}}.
Les: zoek naar de plekken waar iemand nog 'iemand' is. Voor veel ouderen in {{w:Dubbeldam}} is dat de kerk, de volkstuin of de biljartclub.
Voor de lezer: de {{o:Wlz}}-aanvraag liep parallel; plan die op tijd, doorlooptijd is lang.""".replace(
        "De doorbraak kwam niet van ons maar van de koster",
        "De doorbraak kwam niet van ons maar van de koster",
    )
    .replace("die Wim elke", "die [[p:Wim]] elke")
    .replace("zag mw. dat Wim het", "zag mw. dat [[p:Wim]] het")
)

T(
    """Casusles (concept) – schulden & jongvolwassenen
Auteur: [[p:Bart Visser]], {{o:SDD}} / {{o:SWT Krispijn}}
Cliënt: [[p:Roos van Leeuwen]], [[d:28-02-2002]], BSN [[bsn:226 119 488]]

Roos kwam op haar 18e zonder overzicht uit de jeugdzorg. Haar {{r:gezinsvoogd}} had 'alles geregeld', maar er was niemand die haar leerde brieven te openen. Op haar 23e had ze een schuld bij {{o:Lowell}} ([[dos:LW-4471022]]), {{o:DUO}} en {{o:Klarna}}.
Wat hielp: een {{o:Schuldhulpmaatje}} van haar eigen leeftijd (bijna), een vast moment per week ('post-dinsdag'), en een app in plaats van mail.
Les voor andere teams: begin bij 17,5 jaar. Het overgangsgesprek 18-/18+ moet een geldgesprek zijn. Nodig de {{r:budgetcoach}} uit bij het laatste gesprek van {{o:Jeugdbescherming}}.
NB redactie: BSN en naam nog verwijderen vóór publicatie!""".replace(
        "Roos kwam op haar 18e", "[[p:Roos]] kwam op haar 18e"
    )
)

T("""Casusles: 'Een kamer via je baas' – arbeidsmigranten
Team: {{o:SWT Krispijn}} i.s.m. {{o:MEE}}; auteur [[p:Gert-Jan Koster]]
Dhr. [[p:Tomasz W.]] (37) werkte via een uitzendbureau in een distributiecentrum. Hij woonde met zijn zwangere vriendin [[p:Agnieszka Nowak]] op een kamer aan de [[adr:Nassauweg 35 bis]], geregeld door de werkgever. Na een conflict werd hij op [[d:28-02-2025]] op staande voet ontslagen en moest hij binnen twee weken de kamer uit.
Wat we leerden:
- Huur via de werkgever valt vaak wél onder huurbescherming. Het {{o:Juridisch Loket}} weet dat, wij niet altijd.
- Loon en huisvesting in één hand maakt mensen kwetsbaar. Signaleer dit bij de {{o:Arbeidsinspectie}}.
- Taal: Engels werkte, maar een Poolse {{r:sleutelpersoon}} ([[p:Magda]] uit de parochie) gaf vertrouwen.
Uitkomst: loon nabetaald, nieuwe kamer via een neef in Zwijndrecht per [[d:1 april]].""")

T("""CASUSLES – {{w:Sterrenburg}} – eenzaamheid
Ingediend door: [[p:M. de Wit]] ({{r:ouderenadviseur}}), [[d:28 maart 2025]]
Mevrouw [[p:Gerda Mol]], 82 jaar, [[adr:Anna Polakweg 17]], [[pc:3318 KA]]. Weduwe. Haar zoon [[p:Peter]] meldde haar aan.
Standaardaanbod (koffieochtend, bingo) paste niet: 'ik ben geen type voor bingo'. Wat wel paste: de leesclub in de bibliotheek, met een vrijwilliger ([[p:Henny]]) die haar ophaalt. Na drie weken ging ze zelf met de buurtbus.
Les: vraag naar wie iemand vroeger was (lerares), niet alleen naar wat iemand nu mist. Eenzaamheid is geen vraag om 'activiteiten' maar om betekenis.
Reacties? Mail [[mail:m.dewit@wijkwelzijndordrecht.nl]]""")

T(
    """Casusles concept | thema: statushouders & schulden | team {{o:SWT Crabbehof-Wielwijk}}
Cliënt [[p:Yonas Tesfamariam]] ([[d:01-07-1998]]), [[adr:Admiraal Banckertweg 231]], [[pc:3315 CP]].
Yonas kreeg een brief van {{o:DUO}} over €10.400 inburgeringslening. Hij had zijn examen gehaald en dacht dat de lening vervallen was, maar kwijtschelding moet je binnen de termijn aanvragen. Dat wist niemand in zijn omgeving, ook zijn {{r:taalcoach}} niet.
Wat we deden: uitstel gevraagd via [[mail:inburgering@duo.nl]] met verwijzing naar zijn diploma (examen gehaald op [[d:14 november 2023]]), verzoek tot kwijtschelding ingediend.
Les: check bij élke statushouder de DUO-status, ook als iemand zegt dat alles goed is. Het kost vijf minuten in Mijn DUO.""".replace(
        "Yonas kreeg een brief", "[[p:Yonas]] kreeg een brief"
    )
)

T(
    """CASUSLES (NIET PUBLICEREN – eerst anonimiseren)
Thema: LVB & bewind
Cliënt: [[p:Ricardo Martina]], geb. [[d:9 aug. 1995]], wonend [[adr:Groen van Prinstererstraat 6]], [[pc:3314 PJ]], tel. [[tel:06-31802764]]
Moeder: [[p:Shirley Martina]]
Team: {{o:MEE}} / {{o:SWT Crabbehof-Wielwijk}}

De inzet van {{r:ervaringsdeskundige}} [[p:Kees Winter]] maakte het verschil. Ricardo wilde geen bewind 'want dan pakken ze mijn geld af'. Kees vertelde zijn eigen verhaal bij de snackbar. Een week later tekende Ricardo het verzoekschrift.
Les: laat iemand met dezelfde ervaring het gesprek voeren, niet de professional. Regel vooraf hoe de ervaringsdeskundige betaald wordt (bij ons: vrijwilligersvergoeding via {{o:Stichting Wijkwelzijn Dordrecht}}).""".replace(
        "Ricardo wilde geen bewind", "[[p:Ricardo]] wilde geen bewind"
    )
    .replace("Kees vertelde zijn", "[[p:Kees]] vertelde zijn")
    .replace("later tekende Ricardo", "later tekende [[p:Ricardo]]")
)

T("""Casusles – {{w:Binnenstad}} – verslaving en huurachterstand
Door: [[p:Mirjam Hoekstra]], {{r:maatschappelijk werker}} {{o:SWT Binnenstad}}
Dhr. [[p:Dirk Hoogendoorn]] (48) woont op [[adr:Spuiweg 12-hs]]. Alcoholverslaving, behandeling bij {{o:De Hoop}}. Toen hij terugviel liep de huurachterstand in vier maanden op tot €2.134 ([[dos:0412-118-0093]]). De corporatie wilde ontruimen.
Wat werkte: een driegesprek met {{o:Woonbron}}, {{o:De Hoop}} en dhr. zelf, waarin de behandelaar uitlegde dat terugval bij herstel hoort. De corporatie stemde in met een 'laatste kans'-overeenkomst.
Les: nodig de behandelaar uit aan tafel bij de woningcorporatie. Hoop doet leven, maar een behandelplan overtuigt.
Contact auteur: [[tel:06-47 12 90 38]]""")

T(
    """Casusles 'De sleutelfiguur uit de mandir'
Team: {{o:SWT Crabbehof-Wielwijk}} – thema ouderen
Mw. [[p:Shanti Jagessar]] (70), [[adr:Karel Doormanweg 14]], werd steeds stiller na een val. Zij kon niet meer naar de tempel omdat de lift kapot was. Haar nicht [[p:Sharmila Jagessar]] ([[tel:06 40 09 18 83]]) meldde haar aan.
We zochten het niet in een nieuwe dagbesteding maar in haar eigen gemeenschap: [[p:pandit Ramkisoen]] organiseert een ouderengroep en regelde vervoer met jongeren uit de mandir.
Les: Hindostaanse ouderen in {{w:Crabbehof}} en {{w:Wielwijk}} vinden eerder steun in de eigen religieuze gemeenschap dan in het wijkcentrum. Leg als team contact met sleutelfiguren vóórdat je ze nodig hebt.
Naschrift [[d:31 maart]]: mw. is gevallen en opgenomen in het {{o:ASz}}; de groep bezoekt haar.""".replace(
        "[[p:pandit Ramkisoen]]", "pandit [[p:Ramkisoen]]"
    )
)

T(
    """CASUSLES – Jeugd / jonge mantelzorgers
Auteur: [[p:Ayşe Demirtaş]] & [[p:Youssef Amrani]]
[[p:Samira Haddou]] (19) uit {{w:Nieuw-Krispijn}} verdween van school. School dacht aan spijbelen, moeder [[p:Latifa]] zei 'ziek'. Pas via het meidenwerk (en Instagram!) bleek dat Samira voor haar moeder met MS en haar broertje zorgt.
Les 1: de {{r:jongerenwerker}} is vaak de enige die een jongere van 18+ nog vertrouwt. Gebruik die relatie.
Les 2: jonge mantelzorgers zien zichzelf niet als mantelzorger. Vraag: 'wie doet thuis de boodschappen?'
Les 3: {{o:Leerplicht}} werkt mee als het wijkteam betrokken is.
Adres gezin (alleen voor intern): [[adr:Bosboom Toussaintstraat 27]], [[pc:3317 SP]].""".replace(
        "bleek dat Samira voor", "bleek dat [[p:Samira]] voor"
    )
)

T(
    """Casusles | {{o:SWT Stadspolders}} | thema: financiën ouderen
Mevr. [[p:Johanna (Joke) van der Wal]] (88), [[adr:Laan der Verenigde Naties 90-14]], [[pc:3318 JA]], werd slachtoffer van babbeltrucs: twee 'bankmedewerkers' namen haar pinpas mee. Schade €4.300 van rekening [[iban:NL57ABNA5792672500]].
Haar buurman [[p:Hans Koster]] merkte dat ze geen boodschappen meer deed en belde de {{r:wijkagent}}. Aangifte gedaan op [[d:6 maart]].
Les: ouderen schamen zich en vertellen het niet. Vraag bij elk huisbezoek ook naar geld en vreemde telefoontjes. {{o:Fraudehelpdesk}} en de bank werken snel als je meteen belt.
(Naam, adres en rekening graag zwart maken, [[p:Hans]] wil ook niet genoemd worden.)""".replace(
        "[[p:Johanna (Joke) van der Wal]]", "[[p:Johanna]] ([[p:Joke]]) [[p:van der Wal]]"
    )
)

T("""Les uit de praktijk – {{w:Reeland}}
Door [[p:Bart Visser]], [[d:31-03-2025]]
Dhr. [[p:J.W.B.]], oud-bakker, ex-ondernemer, hield zijn 14 schulden bij in een schrift. Wantrouwig naar instanties na een eerder afgebroken SHV-traject in 2021 ([[dos:SHV-DR-2021-01177]]). Ik heb het eerste uur niet over geld gepraat maar over brood. Hij bakte voor ons. Vanaf dat moment mocht ik in het schrift kijken.
Les: mensen met een ondernemersverleden willen zelf de regie. Laat hen de lijst maken, jij controleert. Het schrift werd onze schuldenlijst.
Contact: [[p:Bart]], [[tel:06-20 14 73 55]], [[mail:b.visser@sddrechtsteden.nl]]""")

T(
    """Casusles (concept [[d:24-3]]) – {{w:Wielwijk}} – oudere migranten en dementie
Auteur: [[p:Youssef Amrani]]
Dhr. [[p:Mehmet Kaya]] (63) zorgt voor zijn vrouw [[p:Hatice]] (61) met beginnende dementie. Zij woonden op [[adr:Kasteel Dussenstraat 19]], [[pc:3314 HT]]. Hatice wilde niet naar 'de opvang'; in het Turks klinkt dagbesteding als een tehuis.
Wat werkte: een Turkse koffieochtend in {{o:wijkcentrum Wielwijk}} zonder naam 'dagbesteding', met een Turkssprekende vrijwilliger, [[p:Gülay Aydın]].
Les: het woord kan de deur dichtdoen. Vertaal niet letterlijk, vertaal de bedoeling.
Toestemming: mondeling van dhr. [[p:Kaya]], schriftelijk volgt.""".replace(
        "Hatice wilde niet", "[[p:Hatice]] wilde niet"
    )
)

T("""Casusles – gezinnen met kinderopvangtoeslagaffaire
Team {{o:SWT Krispijn}}, [[p:S.K.]] / [[p:B.V.]]
Mw. [[p:Anita Ramsaran]], [[adr:Weissenbruchstraat 61]], bleek in 2019 onterecht kinderopvangtoeslag te hebben moeten terugbetalen. Ze wist niet dat ze zich kon melden bij de {{o:UHT}}. Ze had sinds die tijd schulden en schaamde zich. Na aanmelding (registratienummer [[dos:UHT-2025-220938]]) wacht ze nu op de integrale beoordeling.
Les: vraag bij elke ouder met schulden: 'heeft u ooit kinderopvangtoeslag gehad?'. Veel ouders weten niet dat ze gedupeerd zijn.""")

T(
    """CASUSLES [[d:20 maart 2025]] – {{w:Oud-Krispijn}}
Mw. [[p:Dimitrina Petrova]] (49), Bulgaars, schoonmaakster, [[adr:Vrieseweg 112-hs]]. Geen zorgverzekering door 'fout' van uitzendbureau; loon contant. Haar dochter van 16, [[p:Viktoria]], tolkte overal.
Les 1: laat kinderen niet tolken. Het legt een last bij het kind en je hoort een gefilterd verhaal (Viktoria liet 'moeilijke' stukken weg, bleek later).
Les 2: contante loonbetaling = signaal van uitbuiting. Melden bij {{o:Arbeidsinspectie}}, met toestemming.
Les 3: via het {{o:CAK}} kun je snel weer verzekerd zijn.
BSN cliënt voor dossierkoppeling: [[bsn:781475703]] (verwijderen!)""".replace(
        "(Viktoria liet", "([[p:Viktoria]] liet"
    )
)
# ---------------------------------------------------------------- kennisplatform: discussion threads
T(
    """Discussie: 'Wie heeft ervaring met huur via de werkgever?'
[[p:Gert-Jan Koster]] ({{o:MEE}}) · [[d:7 maart 2025]] 09:14
Ik heb een Poolse cliënt die binnen een week zijn kamer uit moet na ontslag. Iemand ervaring met het {{o:Juridisch Loket}} hierin?

↳ [[p:Marieke Bos]] ({{o:SWT Stadspolders}}) · [[d:7 maart 2025]] 10:02
Ja! Vorig jaar bij dhr. [[p:Nowicki]] in {{w:Stadspolders}}. Huurbescherming geldt als de huur los van het loon is afgesproken. Vraag naar mr. [[p:Lievense]] bij het Loket, die weet er alles van.

↳ [[p:Gert-Jan Koster]] · [[d:7 maart 2025]] 10:15
Top, dank Marieke!""".replace("Top, dank Marieke!", "Top, dank [[p:Marieke]]!")
)

T("""Thread: Babbeltruc bij ouderen – wat doen jullie preventief?
[[p:Lianne Ooms]] · {{r:ouderenconsulent}} {{o:SWT Dubbeldam}} · [[d:11-03-2025]]
Bij ons in {{w:Dubbeldam}} al drie gevallen dit jaar. De laatste was mw. [[p:Van Wijngaarden]] aan de [[adr:Vlijweg 48]], zij is €2.000 kwijt.
  > Reactie [[p:Hans Prins]] ({{r:wijkagent}} {{o:politie Dordrecht}}): Goed dat je het deelt. Mogen we de naam eruit halen? Dit forum is breed toegankelijk.
  > Reactie [[p:Lianne Ooms]]: oeps, sorry! Moderator, kun jij het aanpassen?
  > Reactie moderator [[p:Wendy]]: aangepast in de notificatie, maar in het origineel staat het nog. Graag zelf even bewerken.""")

T("""Forum › Thema bemoeizorg › 'Deur blijft dicht, wat nu?'
Geplaatst door [[p:Joost Verbeek]] ({{r:OGGZ-verpleegkundige}}) op [[d:10 maart]]:
Wij hebben een meneer in {{w:Wielwijk}} die al maanden niet opendoet. Brievenbus dicht. Broer is bezorgd. Tips?

Reactie [[p:Farida Azzouz]] ({{o:SWT Oud-Krispijn}}):
Wat bij ons werkte bij mw. [[p:S.]] op de Vrieseweg: elke dinsdag op hetzelfde tijdstip een briefje met een tekening van de buurvrouw erop. Na 5 weken ging de deur open. Geduld!

Reactie [[p:Joost Verbeek]] op [[d:24 maart]]:
Update: deur ging open! We hebben brood meegebracht, 10 minuten binnen geweest.""")

T(
    """Discussie – Privacy in de Teams-chat
[[p:Petra Schaap]] (teamleider {{o:SWT Krispijn}}) – [[d:maandag 17 maart]]:
Hoe regelen andere teams dat er geen namen in de chat komen? Wij hadden vorige week een volledig BSN in een kanaal staan.
— [[p:Rachid Benali]] ({{o:SWT Wielwijk}}): wij gebruiken alleen registratienummers zoals [[dos:SWT-W-25-0091]]. Werkt prima, na een maand went het.
— [[p:Ellen de Bruijn]] ({{r:privacy officer}} {{o:gemeente Dordrecht}}): goed initiatief. Let op dat initialen + straat ook herleidbaar zijn ('mw. B. van de Reeweg'). Mail me gerust: [[mail:e.debruijn@dordrecht.nl]].
— [[p:Petra Schaap]]: dank [[p:Ellen]], ik nodig je uit voor ons teamoverleg.""".replace(
        "'mw. B. van de Reeweg'", "'mw. [[p:B.]] van de Reeweg'"
    ).replace("(teamleider {{o:SWT Krispijn}})", "({{r:teamleider}} {{o:SWT Krispijn}})")
)

T("""Vraag van [[p:Noor Visser]] ({{r:POH-GGZ}}, {{o:huisartsenpraktijk Sterrenburg}}) · [[d:12-03-2025]]
Hoe lang zijn bij jullie de wachtlijsten voor trauma-behandeling voor statushouders? Mijn patiënt dhr. [[p:Habtom]] (Eritrea) wacht al 8 maanden.

Antwoord [[p:Sanne Kortekaas]] · [[d:12-03-2025]]
Herkenbaar, bij ons 9 maanden ({{o:i-psy}}). Wij proberen overbrugging via een {{r:ervaringsdeskundige}} uit de eigen gemeenschap. Bij een Afghaanse meneer ([[p:R.]]) werkt dat goed met [[p:Bahram Nazari]] van {{o:Stichting Nieuwkomers Drechtsteden}}. Zijn mail: [[mail:bahram@nieuwkomersdrechtsteden.nl]]""")

T(
    """Topic: Cape Verdiaanse gemeenschap in Dordrecht – contactpersonen?
[[p:Youssef Amrani]] schreef ([[d:26/03/2025]]):
Ik begeleid een Kaapverdiaanse oma met haar kleinzoon. Kent iemand een sleutelfiguur in Dordrecht? In Rotterdam-Zuid ken ik er een paar, maar hier niet.

[[p:Carmen Lopes]] ({{r:welzijnscoach}}, {{o:SWT Zuidhoven}}) antwoordde:
Ja! [[p:Tio Zé]] ([[p:José Monteiro]]) van de voetbalvereniging, hij kent iedereen. En de katholieke kerk in {{w:Zuidhoven}} heeft een Kriolu-viering op de eerste zondag. Zijn nummer: [[tel:06 48 11 30 92]], zeg maar dat je via Carmen komt.""".replace(
        "dat je via Carmen komt", "dat je via [[p:Carmen]] komt"
    )
)

T(
    """Reactie op casusles 'Eerst koffie, dan pas zorg'
[[p:Ilse van Rijn]] ({{o:GGD Zuid-Holland Zuid}}) · [[d:27 maart]]
Mooie les. Eén aanvulling: de melding bij ons kwam pas na 2 weken, terwijl de buurvrouw al in januari had gebeld met het algemene nummer. Dat signaal is niet doorgezet. Ik ga na waar dat is blijven hangen. (Ik zie trouwens dat de naam van meneer en zijn straat + huisnummer er nog in staan, [[adr:Karel Doormanweg 88]]: graag aanpassen voor publicatie.)
↳ [[p:Youssef Amrani]] · [[d:27 maart]]: dank Ilse, wordt aangepast. Les over de vroegsignalering voeg ik toe.""".replace(
        "dank Ilse, wordt", "dank [[p:Ilse]], wordt"
    )
)

T(
    """Draad: 'Hoe krijg je een zorgmijdende cliënt naar de huisarts?'
#1 [[p:Ingrid Roos]] · wijkverpleging · [[d:ma 10 mrt]]
Cliënt heeft al 10 jaar geen huisarts gezien. Huisarts wil hem wel zien maar komt niet op huisbezoek zonder aanleiding.
#2 [[p:dr. Hoop]] ({{r:huisarts}} {{o:Gezondheidscentrum Crabbehof}}) · [[d:ma 10 mrt]]
Als er een medische aanleiding is (gordelroos bijvoorbeeld 😉) kom ik. Bel mijn assistente [[p:Yvonne]], dan plannen we het aan het eind van de ochtend.
#3 [[p:Ingrid Roos]]: 🙏 dank dokter!""".replace(
        "· wijkverpleging ·", "· {{o:wijkverpleging}} ·"
    ).replace("[[p:dr. Hoop]]", "dr. [[p:Hoop]]")
)

T(
    """Forum › Schulden › 'Beslagvrije voet niet gerespecteerd door deurwaarder'
[[p:E.J. Hoekstra]] ({{r:sociaal raadsman}}) · [[d:21-03-2025]] 11:48
Bij een cliënt van {{o:SWT Wielwijk}} ([[p:K.B.]], 58) legt {{o:GGN}} beslag zonder rekening te houden met de beslagvrije voet. Hij houdt €60 over. Ik heb een brief gestuurd. Wie heeft ervaring met een klacht bij de KBvG?
  ↪ [[p:Bart Visser]] · 13:02: ja, vorig jaar bij [[p:mw. Doğan]] ([[dos:GGN-77031982]]). Binnen een week opgelost na klacht + kopie aan de rechter. Ik stuur je de brief.
  ↪ [[p:E.J. Hoekstra]] · 13:10: graag! mail: [[mail:e.hoekstra@sociaalraadslieden-drechtsteden.nl]]""".replace(
        "[[p:mw. Doğan]]", "mw. [[p:Doğan]]"
    )
)

T("""Vraag · {{o:SWT Binnenstad}} · [[p:Mirjam Hoekstra]] · [[d:5 maart]]
Hebben jullie een goede Roemeense tolk/sleutelpersoon? Dhr. [[p:Popescu]] slaapt in zijn auto, de nachtopvang zit vol.
Antwoorden:
· [[p:Gert-Jan Koster]]: pater [[p:Iosif]] van de Roemeens-orthodoxe parochie, [[tel:06-19 70 44 81]]. Hij helpt vaak met slaapplekken.
· [[p:Andreea Ionescu]] ({{r:cultuurmediator}}, {{o:Leger des Heils}}): ik ben er op woensdag, stuur hem maar langs op [[adr:Johan de Wittstraat 14]].
· [[p:Mirjam Hoekstra]]: super, dank allebei 💛""")

T("""Discussie n.a.v. MDO-tip: 'Werkt de GPS-tracker bij dementie?'
[[p:Esther Groen]] ({{o:Careyn}}) · [[d:25 mrt 2025]]
Mijn cliënt (76) loopt 's nachts weg. Zijn vrouw vindt een tracker 'als een hond'. Ervaringen?
  [[p:Lianne Ooms]]: bij dhr. [[p:Van Es]] in {{w:Dubbeldam}} hebben we het een 'horloge' genoemd en zijn kleinzoon [[p:Thijs]] heeft het uitgelegd. Dat hielp.
  [[p:Marloes de Wit]]: let op: vraag altijd toestemming, ook bij dementie, en leg het vast.
  [[p:Esther Groen]]: dank! Ik bespreek het met mw. [[p:de Kok]] (oeps, naam, sorry – moderator?)""")

T("""Vraag [[p:Dewi Ramcharan]] · [[d:19-03-2025]] · thema Wmo
Weet iemand of een kleinkind (15, niet ingeschreven) mee kan tellen voor de huurtoeslag? Het gaat om mw. [[p:Fortes]], [[adr:Mijlweg 204A]].
↳ [[p:Farida Azzouz]]: eerst inschrijven in de BRP, dan telt hij mee als medebewoner. Maar let op de inkomensgrens. Bij ons had mw. [[p:Semedo]] daardoor juist minder toeslag.
↳ [[p:Dewi Ramcharan]]: ah, goed punt, dank je.""")

T(
    """Topic: Wie kent een goede fietsles voor vrouwen?
[[p:Sanne Kortekaas]] · [[d:31 maart]]
Voor mw. [[p:F.R.]] (Afghaans, Krispijn). Ze wil graag fietsen maar durft niet naar een gemengde les.
Reacties:
- [[p:Hatice Çelik]] ({{o:SWT Wielwijk}}): {{o:Fietsschool Drechtsteden}} heeft een vrouwengroep op donderdagochtend, juf [[p:Meryem]] is geweldig.
- [[p:Roos Hendriks]] ({{o:VluchtelingenWerk}}): wij hebben ook vrijwilligers die 1-op-1 lesgeven, aanmelden via [[mail:r.hendriks@vluchtelingenwerk.nl]]""".replace(
        "(Afghaans, Krispijn)", "(Afghaans, {{w:Krispijn}})"
    )
)

T("""Thread: 18-/18+ – ervaringen met de overgang?
[[p:Mark de Haan]] ({{r:gezinsvoogd}}, {{o:Jeugdbescherming West}}) · [[d:26-03-2025]]
Vandaag in het MDO zat een jonge vrouw die ik 5 jaar geleden begeleidde. Ze heeft nu €4.000 schuld. Dat raakt me. Wat doen jullie bij de overdracht?
  [[p:Bart Visser]]: geldgesprek bij 17,5! zie mijn casusles over [[p:Roos]] (moet nog geanonimiseerd worden, excuus).
  [[p:Ayşe Demirtaş]]: en houd het jongerenwerk erbij. Wij zien ze nog als de jeugdzorg weg is.""")

T("""Forum › Huiselijk geweld › 'Oude telefoonnummers in systemen'
[[p:Linda Roodenburg]] ({{o:Veilig Thuis ZHZ}}) · [[d:14 maart 2025]]
Belangrijk signaal uit een casus: na een huisverbod had de pleger nog toegang tot het oude telefoonnummer van het slachtoffer, dat nog in systemen van school en huisarts stond ([[tel:06-20 84 77 19]]). Controleer dit altijd bij de veiligheidsplanning!
  ↪ [[p:Fatima Benali]] ({{o:CJG}}): dank, ik zet het in onze checklist.""")

T(
    """Vraag · [[d:4 maart]] · [[p:Lotte Vermeulen]] (stagiaire {{o:SWT Krispijn}})
Ik schrijf mijn afstudeeronderzoek over eenzaamheid bij oudere migranten. Wie wil geïnterviewd worden? Ik ben bereikbaar via [[mail:lotte.vermeulen@student.hr.nl]] of [[tel:06-12 09 88 41]].
↳ [[p:Marloes de Wit]]: leuk! Ik denk aan mw. [[p:Jagessar]] en dhr. [[p:Kaya]], ik vraag het ze.
↳ [[p:Lotte Vermeulen]]: dank je! (en sorry voor mijn privénummer hier 🙈)""".replace(
        "(stagiaire {{o:SWT Krispijn}})", "({{r:stagiaire}} {{o:SWT Krispijn}})"
    )
)
# ---------------------------------------------------------------- kennisplatform: session minutes (pilot)
T("""Verslag werksessie thema BEMOEIZORG – pilot 'Samen werken in het sociale domein'
Datum: woensdag [[d:5 maart 2025]], 13.30–16.00, {{o:wijkcentrum Crabbehof}}
Facilitator: [[p:Hanneke Verhoeven]] ({{o:CAOP}})
Deelnemers: [[p:Youssef Amrani]], [[p:Joost Verbeek]], [[p:Farida Azzouz]], [[p:Ingrid Roos]], [[p:Rachid Benali]]

Opening: terugblik op de startbijeenkomst van [[d:6 februari]]. Iedereen brengt één casus in.
Ronde 1 – knelpunten: huisarts nodig voor GGZ-verwijzing terwijl cliënt zorg mijdt (4x genoemd); bemoeizorgteam heeft wachttijd; buren melden bij de verkeerde instantie.
Ronde 2 – ideeën: (1) 'warme deur' naar de huisarts via de {{r:wijkverpleegkundige}}; (2) één meldnummer voor buren; (3) vaste koffiemomenten in plaats van afspraken.
Afspraak: [[p:Joost]] en [[p:Farida]] werken idee 3 uit voor de expertmeeting op [[d:16 april]].""")

T(
    """Notulen sessie thema HUISELIJK GEWELD – [[d:12-03-2025]]
Aanwezig: [[p:Linda Roodenburg]] ({{o:VT}}), [[p:Sanne Kortekaas]], [[p:Fatima Benali]] ({{o:CJG}}), [[p:Hans Prins]] ({{r:wijkagent}}), [[p:Chantal Groeneveld]] ({{o:Stichting Kompaan}})
Afwezig: [[p:Mark de Haan]]
Kernpunten:
- Casus Krispijn ([[p:Sanne]]): melding uit 2024 is blijven liggen. Verbeterpunt: elke VT-terugmelding wordt binnen 2 weken in het MDO besproken.
- [[p:Chantal]]: opvangplekken vol, gemiddeld 3 weken wachten. Crisisplek alleen via VT.
- [[p:Hans]]: daderhulp werkt beter als de politie het 'aanbiedt' bij het huisverbod.
Actie: [[p:Linda]] maakt een stroomschema; concept vóór [[d:26/3]] rondsturen via [[mail:l.roodenburg@veiligthuiszhz.nl]].""".replace(
        "Casus Krispijn", "Casus {{w:Krispijn}}"
    )
)

T(
    """Sessieverslag thema OUDEREN – pilot Dordrecht
[[d:19 maart 2025]], {{o:Bibliotheek AanZet}} Energiehuis
Facilitatoren: [[p:Hanneke Verhoeven]] (CAOP) en [[p:Tom Dijkstra]] ({{o:gemeente Dordrecht}}, {{r:beleidsadviseur}})
Deelnemers (8): o.a. [[p:Marloes de Wit]], [[p:Lianne Ooms]], [[p:Esther Groen]], [[p:Carmen Lopes]]
Opbrengst brainstorm:
• Eenzaamheid is geen activiteitenprobleem maar betekenisprobleem ([[p:Marloes]], casus {{w:Sterrenburg}})
• Sleutelfiguren in migrantengemeenschappen (mandir, moskee, kerk, voetbalclub) in een gedeelde lijst
• Babbeltrucs: voorlichting via de wijkagenten, flyers bij de {{o:Albert Heijn}} en de apotheek
Stemming (dotmocracy): sleutelfigurenlijst 11 stippen, betekenisvolle activiteiten 7, babbeltruc 5.
Volgende sessie: [[d:wo 9 april]].""".replace("(CAOP)", "({{o:CAOP}})")
)

T("""Verslag thema JEUGD / 18-18+ – [[d:20-3-2025]]
Gespreksleider: [[p:Ayşe Demirtaş]]
Aanwezig: [[p:Mark de Haan]], [[p:Eline van Dam]], [[p:Bart Visser]], [[p:Koen Smits]] ({{r:leerplichtambtenaar}}), [[p:Youssef Amrani]]
[[p:Bart]] presenteert de casus van een jonge vrouw (23) met schulden na jeugdzorg. Discussie: wie is verantwoordelijk tussen 17,5 en 18,5? Iedereen wijst naar elkaar.
Voorstel: 'overgangstafel' per wijk, eens per kwartaal, met jeugdbescherming, wijkteam, jongerenwerk en {{o:SDD}}.
[[p:Koen]]: leerplicht heeft lijsten van 18-jarigen die uitvallen, kan signaleren (AVG checken!).
Actie: [[p:Ayşe]] en [[p:Mark]] schrijven een voorstel van 1 A4 vóór [[d:4 april]].""")

T(
    """Kort verslag brainstorm 'kennisdelen tussen teams' – [[d:26 maart]]
Aanwezig: 14 deelnemers uit 9 teams ({{w:Krispijn}}, {{w:Crabbehof}}, {{w:Wielwijk}}, {{w:Stadspolders}}, {{w:Dubbeldam}}, {{w:Binnenstad}}, {{w:Sterrenburg}}, {{w:Zuidhoven}}, {{w:Oud-Krispijn}})
Punt 1 – anonimiseren: [[p:Ellen de Bruijn]] (privacy) laat zien dat 6 van de 16 ingediende casuslessen nog namen of adressen bevatten, o.a. een BSN en een rekeningnummer. Iedereen schrikt.
Punt 2 – [[p:Rachid Benali]] stelt voor dat het platform namen automatisch markeert. Reactie [[p:Tom Dijkstra]]: 'daar wordt aan gewerkt'.
Punt 3 – volgende bijeenkomst: expertmeeting [[d:16 april 2025]], locatie {{o:Stadskantoor}}, Spuiboulevard.
Notulen: [[p:Lotte Vermeulen]]""".replace(
        "[[p:Ellen de Bruijn]] (privacy)", "[[p:Ellen de Bruijn]] ({{r:privacy officer}})"
    )
)

T(
    """Terugkoppeling workshop 'Werken met ervaringsdeskundigen' – [[d:18-03-2025]]
Spreker: [[p:Kees Winter]] ({{r:ervaringsdeskundige}}), met inbreng van [[p:Bahram Nazari]]
Kees vertelde over zijn eigen jaren onder bewind (2015-2019) en hoe hij nu jongeren met LVB helpt. Bahram over Afghaanse vaders die hier 'niemand' zijn.
Vragen uit de zaal: vergoeding? → vrijwilligersvergoeding max. €2.100 p/j. Privacy? → ervaringsdeskundigen tekenen een geheimhoudingsverklaring.
Contact Kees: [[mail:keeswinter@ervaringswerk-dordt.nl]], [[tel:06-27 55 18 03]]""".replace(
        "\nKees vertelde", "\n[[p:Kees]] vertelde"
    )
    .replace("helpt. Bahram over", "helpt. [[p:Bahram]] over")
    .replace("Contact Kees:", "Contact [[p:Kees]]:")
)

T("""Agenda expertmeeting (concept) – donderdag [[d:16-04-2025]]
09.30 Inloop
10.00 Opening door wethouder [[p:M. van der Kooij]]
10.15 Pitch bemoeizorg ([[p:Joost Verbeek]] & [[p:Farida Azzouz]])
10.45 Pitch huiselijk geweld ([[p:Linda Roodenburg]])
11.15 Pauze
11.30 Pitch ouderen ([[p:Marloes de Wit]]) en jeugd ([[p:Ayşe Demirtaş]])
12.30 Lunch ({{o:Stichting Wijkwelzijn Dordrecht}} cateert, mw. [[p:Chen]] kookt!)
Aanmelden bij [[p:Tom Dijkstra]], [[mail:t.dijkstra@dordrecht.nl]], vóór [[d:4 april]].""")

T(
    """Verslag intervisie pilotgroep – [[d:maandag 24 maart 2025]]
Methode: incidentmethode. Inbrenger: [[p:Farida Azzouz]].
Casus: mw. [[p:Hoekman]] (62), [[adr:Vrieseweg 40]], {{w:Oud-Krispijn}}, 14 katten, woning onbewoonbaar. Dochter [[p:Kim]] wil niets meer met haar te maken hebben. De corporatie dreigt met ontruiming per [[d:1 mei]].
Vraag van Farida: 'Wanneer stop ik met geduld en kies ik voor dwang?'
Opbrengst: niet geduld óf dwang, maar een tijdpad afspreken mét mw.; dierenambulance eerst voor de zieke dieren; Kim apart uitnodigen zonder druk.""".replace(
        "Vraag van Farida", "Vraag van [[p:Farida]]"
    ).replace("; Kim apart", "; [[p:Kim]] apart")
)
# ---------------------------------------------------------------- misc: letters, planning, phone notes, consent forms
T("""Huisbezoekplanning week 11 – {{o:SWT Krispijn}}
ma [[d:10/3]]  09.30  [[adr:Weissenbruchstraat 61]] ([[p:AR]])          [[p:Sanne]]
ma [[d:10/3]]  11.00  [[adr:Anna Polakweg 17]], 2e etage               [[p:Marloes]]
di [[d:11/3]]  13.30  [[adr:Jacob Marisstraat 204B]] keukentafel        [[p:Dewi]] + [[p:Sanne]]
wo [[d:12/3]]  10.00  [[adr:Karel Doormanweg 88]]                       [[p:Ingrid]] + [[p:Youssef]]
wo [[d:12/3]]  14.00  [[adr:Patersweg 18a]]                             [[p:Youssef]]
do [[d:13/3]]  09.00  [[adr:Da Costastraat 9]] (bemoeizorg, met 2!)      [[p:Joost]] + [[p:Sanne]]
vr [[d:14/3]]  --     teamdag, geen HB""")

T(
    """Planning HB [[d:24 t/m 28 maart]] (Gert-Jan)
- [[adr:Groen van Prinstererstraat 6]] – R.M., bewind formulier
- [[adr:Nassauweg 35 bis]] – verhuizing T.W.; nieuw adres per 1/4: [[adr:Burgemeester Bosstraat 112]], [[pc:3331 AW]] Zwijndrecht
- Leger des Heils ([[adr:Johan de Wittstraat 14]]) – I.P., woensdag 10u
- [[adr:Bosboom Toussaintstraat 27]] – met Youssef, gezin H.""".replace(
        "(Gert-Jan)", "([[p:Gert-Jan]])"
    )
    .replace("– R.M., bewind", "– [[p:R.M.]], bewind")
    .replace("verhuizing T.W.;", "verhuizing [[p:T.W.]];")
    .replace("per 1/4:", "per [[d:1/4]]:")
    .replace("- Leger des Heils (", "- {{o:Leger des Heils}} (")
    .replace("– I.P., woensdag", "– [[p:I.P.]], woensdag")
    .replace("– met Youssef, gezin H.", "– met [[p:Youssef]], gezin [[p:H.]]")
)

T(
    """[[p:Mevrouw F. Yıldırım]]
[[adr:Jacob Marisstraat 204 B]]
[[pc:3317 VK]]  DORDRECHT

Dordrecht, [[d:14 maart 2025]]
Ons kenmerk: [[dos:SWT-2025-0412]]
Onderwerp: bevestiging afspraken

Beste mevrouw Yıldırım,

Hierbij bevestig ik wat we op donderdag [[d:13 maart]] hebben afgesproken:
1. Uw zoon [[p:Emre]] brengt de bankafschriften van januari en februari mee.
2. Ik bel met {{o:Zilveren Kruis}} over een betalingsregeling.
3. De huishoudelijke hulp start op [[d:1 april]].
Heeft u vragen, bel mij dan op [[tel:06 - 41 87 22 93]].

Met vriendelijke groet,
[[p:Sanne Kortekaas]]
{{r:maatschappelijk werker}}""".replace(
        "[[p:Mevrouw F. Yıldırım]]", "Mevrouw [[p:F. Yıldırım]]"
    ).replace("Beste mevrouw Yıldırım,", "Beste mevrouw [[p:Yıldırım]],")
)

T(
    """TOESTEMMINGSVERKLARING GEGEVENSUITWISSELING
Ondergetekende,
Naam: [[p:Mehmet Kaya]]            Geboortedatum: [[d:08-02-1962]]
BSN: [[bsn:898 496 457]]
Adres: [[adr:Kasteel Dussenstraat 19]], [[pc:3314 HT]] Dordrecht
geeft toestemming aan het {{o:Sociaal Wijkteam Wielwijk}} om gegevens uit te wisselen met:
[x] huisarts ([[p:dr. Özdemir]])   [x] {{o:Careyn}}   [ ] {{o:SDD}}   [x] {{o:Stichting Wijkwelzijn Dordrecht}}
Ook namens: echtgenote [[p:Hatice Kaya-Arslan]], geb. [[d:17-06-1963]], BSN [[bsn:282864817]] (wettelijk vertegenwoordiger: nee)
Plaats/datum: Dordrecht, [[d:21-3-2025]]      Handtekening: ...............""".replace(
        "[[p:dr. Özdemir]]", "dr. [[p:Özdemir]]"
    ).replace("[x] huisarts (", "[x] {{r:huisarts}} (")
)

T(
    """Telefoonnotitie
Datum/tijd: [[d:di 18-03-2025]] 15:20
Beller: [[p:mw. L. Haddou]] (moeder van [[p:Samira]]), [[tel:06 30 98 12 55]]
Aangenomen door: [[p:Lotte]]
Mw. belt omdat er een brief van school is gekomen over leerplicht. Ze is boos en ongerust, 'mijn dochter is geen spijbelaar'. Mw. spreekt redelijk Nederlands. Ze wil graag dat [[p:Youssef]] terugbelt, liefst vóór 17.00 uur. Adres ter controle: [[adr:Bosboom Toussaintstraat 27]].""".replace(
        "[[p:mw. L. Haddou]]", "mw. [[p:L. Haddou]]"
    )
)

T(
    """Telefoonnotitie [[d:19.03.25]] 10:05 – beller: {{r:klantmanager}} [[p:Van der Linden]] ({{o:SDD}})
Betreft cliënt [[p:Ramsaran]], BSN [[bsn:707141850]]. Bijzondere bijstand wasmachine toegekend (€425), wordt overgemaakt op [[iban:NL84 ABNA 0963 7992 186]]? – nee, nummer was fout genoteerd, juiste nummer: [[iban:NL84ABNA9637992186]]. Ik heb het gecontroleerd met de afschriften.""".replace(
        "wordt overgemaakt op [[iban:NL84 ABNA 0963 7992 186]]? – nee, nummer was fout genoteerd",
        "wordt overgemaakt op rekening van mw.? – eerst nummer gecontroleerd",
    )
)

T("""Bankafschrift (uitsnede, gemaakt met cliënt) – [[p:D. Fortes]]
Rekening [[iban:NL40ABNA9680208930]]
[[d:03-03-2025]]  AOW {{o:SVB}}                         + 1.012,64
[[d:05-03-2025]]  Huur {{o:Trivire}}                     -   688,10
[[d:07-03-2025]]  Overboeking [[iban:PT32 0035 0683 0000 0127 8169 2]] [[p:E. Tavares]]  -   150,00
[[d:10-03-2025]]  {{o:Lidl}} Dordrecht                          -    43,27
Opmerking: maandelijks geld naar dochter in Portugal voor de studie van haar andere kind.""")

T("""Aan de bewoner(s) van
[[adr:Da Costastraat 9]]
[[pc:3314 XB]] Dordrecht

Dordrecht, [[d:3 maart 2025]]

Beste meneer [[p:Warsame]],

Wij zijn [[p:Joost]] en [[p:Sanne]] van het wijkteam. Uw broer [[p:Hassan]] maakt zich zorgen om u. Wij willen graag kennismaken, zonder verplichtingen. Wij komen op donderdag [[d:13 maart]] om 10 uur langs. Als u liever niet wilt, mag u ons bellen of een briefje op de deur hangen.

Vriendelijke groet,
[[p:Joost Verbeek]] en [[p:Sanne Kortekaas]]
[[tel:06 - 52 33 81 09]] / [[tel:06 - 41 87 22 93]]""")

T("""Rapportage t.b.v. kantonrechter – verzoek onderbewindstelling
Betrokkene: [[p:Ricardo Emanuel Martina]]
Geboren: [[d:9 augustus 1995]] te Willemstad (Curaçao)
BSN: [[bsn:359.308.971]]
Woonadres: [[adr:Groen van Prinstererstraat 6]], [[pc:3314 PJ]] Dordrecht
Rekeningnummer: [[iban:NL13SNSB5789849317]]
Grond: lichte verstandelijke beperking (rapport {{o:MEE}} [[d:12-04-2019]]), problematische schulden.
Belanghebbenden: moeder [[p:S.M. Martina-Isenia]], [[adr:Anjelierstraat 7]], [[pc:3314 SB]] Dordrecht.
Opgesteld door [[p:G.J. Koster]], {{r:MEE-consulent}}, [[d:25-03-2025]]""")

T(
    """Notitie wijkagent [[p:R. Bakker]] – [[d:10-03-2025]]
Melding 02.14u: man roept op straat, [[adr:Da Costastraat]] t.h.v. nr. 9. Betrokkene: [[p:A.W.]] (bekend, verward). Geen strafbare feiten. Buurvrouw [[p:mw. Tahiri]] (nr. 11, [[tel:06-1833 2790]]) bang. Doorgezet naar {{o:SWT Wielwijk}} en {{o:GGD}} meldpunt. BVH-nummer: [[dos:PL1600-2025118834]].""".replace(
        "[[adr:Da Costastraat]] t.h.v. nr. 9", "[[adr:Da Costastraat t.h.v. nr. 9]]"
    ).replace("[[p:mw. Tahiri]]", "mw. [[p:Tahiri]]")
)

T(
    """Brief aan cliënt (concept)
[[p:Dhr. T. Wiśniewski]]
[[adr:Burgemeester Bosstraat 112]]
[[pc:3331AW]] Zwijndrecht

Dear Mr [[p:Wiśniewski]],
With this letter we confirm that our support from {{o:MEE}} ends on [[d:30 April 2025]], because you now live in Zwijndrecht. Your new contact is the {{o:Sociaal Team Zwijndrecht}}, [[p:Mrs. Pauline de Bruin]], [[tel:078-6191150]]. We wish you, [[p:Agnieszka]] and the baby all the best!
Kind regards,
[[p:Gert-Jan Koster]]""".replace("[[p:Dhr. T. Wiśniewski]]", "Dhr. [[p:T. Wiśniewski]]").replace(
        "[[p:Mrs. Pauline de Bruin]]", "Mrs. [[p:Pauline de Bruin]]"
    )
)

T("""Notitie [[d:28-03-2025]] – mw. [[p:Ouali]] (via opvang)
Opvang belt: mw. wil haar inschrijving wijzigen naar een geheim adres. Huidig BRP-adres: [[adr:Mesdagstraat 45-II]], [[pc:3317 GJ]]. Ik heb uitgelegd dat dit via de gemeente kan (geheimhouding). BSN mw. voor het formulier: [[bsn:952730054]]. Rekeningnummer ivm toeslagen: [[iban:NL08 INGB 7288 7924 03]] – partner had hier ook toegang toe! Nieuwe rekening aanvragen.""")

T(
    """Doorgestuurd bericht van de bewindvoerder
Van: {{o:Drechtsteden Bewindvoering}} – [[p:mr. A.P. Bos]]
Datum: [[d:31-03-2025]]
Mw. [[p:N. Verhoef]] ([[d:06-01-1991]]), BSN [[bsn:137 161 864]], heeft zich aangemeld voor bewind. Wij hebben toegang nodig tot haar rekening [[iban:NL24SNSB7659614232]] en de lijst met schuldeisers (SHV-dossier [[dos:SHV-DR-2025-00652]]). Graag een kopie van het schuldenoverzicht. Partner dhr. [[p:D. Schouten]] is niet bevoegd om namens mw. contact op te nemen.""".replace(
        "[[p:mr. A.P. Bos]]", "mr. [[p:A.P. Bos]]"
    )
)

T(
    """Nabellijst na vroegsignalering {{o:Trivire}} (niet bekend bij SWT) – maart
1. [[adr:Jacob Marisstraat 186]], [[pc:3317 VL]] – [[p:fam. Nguyen]], [[tel:078-6143390]] – 3 mnd – geen gehoor
2. [[adr:Weissenbruchstraat 9]], [[pc:3317 TA]] – [[p:dhr. Brouwer]] – 2 mnd – afspraak [[d:2-4]]
3. [[adr:Krispijnseweg 140-B]], [[pc:3317 BJ]] – [[p:mw. Kılıç]], [[tel:06-41 22 09 87]] – 2 mnd – wil geen hulp, 'lukt zelf'
4. [[adr:Mesdagstraat 12]], [[pc:3317 GD]] – [[p:mw. Osei]] – 4 mnd – brief achtergelaten""".replace(
        "[[p:fam. Nguyen]]", "fam. [[p:Nguyen]]"
    )
    .replace("[[p:dhr. Brouwer]]", "dhr. [[p:Brouwer]]")
    .replace("[[p:mw. Kılıç]]", "mw. [[p:Kılıç]]")
    .replace("[[p:mw. Osei]]", "mw. [[p:Osei]]")
)

T("""Evaluatieformulier traject (afsluiting)
Cliënt: [[p:Y. Tesfamariam]]    Registratienr.: [[dos:SWT-2025-0451]]
Startdatum: [[d:4-3-2025]]      Einddatum: [[d:31-3-2025]]
Doelen behaald: uitstel DUO (ja), kwijtscheldingsverzoek (ingediend), bezwaar toeslagen (ingediend)
Cliënt over het traject: 'Nu begrijp ik de brieven beter. [[p:Hanna]] helpt verder.'
Nazorg: vrijwilliger {{o:VluchtelingenWerk}}, [[p:Hanna de Groot]], [[tel:06 23 44 10 75]]
Casushouder: [[p:Youssef Amrani]]""")

T(
    """Aanvraag noodfonds (Stichting Urgente Noden Drechtsteden)
Aanvrager: {{o:SWT Binnenstad}}, [[p:M. Hoekstra]]
Voor: dhr. [[p:D. Hoogendoorn]], [[adr:Spuiweg 12-hs]], [[pc:3311 GS]], BSN [[bsn:742488998]]
Gevraagd: €612 (huur maart) om ontruiming te voorkomen, rechtstreeks naar {{o:Woonbron}} o.v.v. contractnr. [[dos:0412-118-0093]]
Motivatie: dhr. is in behandeling bij {{o:De Hoop}}, terugval in december, nu weer abstinent sinds [[d:2 februari 2025]]. Laatste kans-overeenkomst met corporatie per [[d:25-03]].""".replace(
        "Aanvraag noodfonds (Stichting Urgente Noden Drechtsteden)",
        "Aanvraag noodfonds ({{o:Stichting Urgente Noden Drechtsteden}})",
    )
)

T("""Signaleringslijst ouderen 75+ zonder thuiszorg, {{w:Sterrenburg}} (uit huisbezoekproject)
- mw. [[p:A. Hoogstraten]], [[adr:Anna Polakweg 3]], 91 jr – woont alleen, dochter in Canada
- dhr. en mw. [[p:Lam]], [[adr:Laan der Verenigde Naties 88-2]], 84/80 – taalbarrière (Kantonees), zoon [[p:Kevin Lam]] [[tel:06 11 48 73 20]]
- dhr. [[p:Groen]], [[adr:Admiraal de Ruyterweg 5]], 79 – valt vaak, wil geen alarm
- mw. [[p:Mei-Ling Tjoa]], [[adr:Anna Polakweg 21]], 77 – net weduwe ([[d:2 maart]])""")
# ---------------------------------------------------------------- timelines, logs, contact lists
T("""Tijdlijn casus [[dos:SWT-2025-0388]] (t.b.v. evaluatie)
[[d:12-11-2024]]  eerste melding via {{o:Serviceplein}} (geen vervolg, cliënt niet bereikbaar)
[[d:3 januari 2025]]  aanmaning {{o:Vattenfall}}, eindafrekening oude woning [[adr:Reeweg-Oost 211]]
[[d:27-01-2025]]  ontslag-WW aangevraagd bij {{o:UWV}}
[[d:14-02-2025]]  tweede melding, nu via huisarts
[[d:4-3-2025]]  eerste contact SWT, HB [[adr:Reeweg 3 A]]
[[d:18-3-2025]]  schuldenoverzicht, 14 posten
[[d:20-03-2025]]  aanmelding SHV verzonden
[[d:1-4-2025]]  vervolgafspraak (gepland)
Les: de melding van november is blijven liggen; 4 maanden verloren.""")

T("""Contactlijst netwerk casus fam. [[p:Al-Hassan]] (intern, niet delen)
Moeder: [[tel:+31 6 3321 0947]] / [[mail:rania.alhassan83@gmail.com]]
Vader: [[tel:06-84 02 17 66]]
Dochter (17): [[tel:06 19 30 55 82]]
{{o:CJG}}, {{r:jeugdverpleegkundige}}: [[tel:078-7708500]]
School jongste zoon: {{o:Basisschool De Wielewaal}}, {{r:intern begeleider}}: [[mail:ib@dewielewaal-dordrecht.nl]]
{{o:Woonbron}} reparatieverzoek: [[dos:7731904]]
Tolk Arabisch (vaste): [[tel:06 50 77 32 18]]""")

T("""Postregistratie cliënt [[dos:2025/0537]] (postadres {{o:Leger des Heils}})
[[d:18-3]]  brief uitzendbureau – eindafrekening
[[d:19-3]]  {{o:CJIB}} – beschikking [[dos:2025 0087 1102 3309]]
[[d:21-3]]  {{o:Zilveren Kruis}} – opzegging collectieve polis per [[d:31-03-2025]]
[[d:24-3]]  {{o:gemeente Dordrecht}} – uitnodiging inschrijving BRP op [[d:2 april 2025]] 11.20 uur
[[d:27-3]]  {{o:Belastingdienst}} – voorlopige aanslag (terugbetaling)
Alle post opgehaald door cliënt op [[d:28-3]] (getekend).""")

T(
    """Agenda [[p:Sanne Kortekaas]] – week 12
ma [[d:17 maart]]: 9.00 teamoverleg · 11.00 HB Krispijn · 14.00 {{o:Veilig Thuis}} (tel.)
di [[d:18 maart]]: 10.00 spreekuur bieb · 13.30 MDO schulden · 16.00 supervisie [[p:Lotte]]
wo [[d:19 maart]]: vrij
do [[d:20 maart]]: 9.30 MDO HG · 13.00 HB [[adr:Mesdagstraat 45-II]] (NIET alleen!) · 15.00 HB [[adr:Bosboom Toussaintstraat 27]]
vr [[d:21 maart]]: – """.replace("11.00 HB Krispijn", "11.00 HB {{w:Krispijn}}")
)

T(
    """Adreswijzigingen maart (doorgeven aan administratie)
[[dos:SWT-2025-0402]]  oud: [[adr:Nassauweg 35 bis]], [[pc:3318 EB]] → nieuw: [[adr:Burgemeester Bosstraat 112]], [[pc:3331 AW]] Zwijndrecht (per [[d:01-04-2025]])
[[dos:SWT-2025-0463]]  geen wijziging, wel nieuw tel.: [[tel:06 85 29 11 74]] (dochter)
[[dos:SWT-2024-1189]]  oud: [[adr:Mesdagstraat 45-II]] → geheim adres (opvang), post via {{o:Stichting Kompaan}}
[[dos:SWT-2025-0417]]  cliënt verhuisd naar [[adr:Dordtse Kil 4, flat 3 hoog]], [[pc:3317 AD]]? – checken, straatnaam klopt niet""".replace(
        "[[adr:Dordtse Kil 4, flat 3 hoog]]", "[[adr:Dordtse Kil 4]], flat 3 hoog"
    )
)

T("""Weekoverzicht signalen {{o:Servicepunt}} {{w:Wielwijk}} ([[d:24-28 maart]])
[[d:ma 24/3]] – dhr. [[p:S.]] (Ghanees, 58), [[adr:Dubbelsteynlaan 14]], [[tel:06-43 18 90 27]], vraagt naar voedselbank; verwezen naar [[p:Bart]].
[[d:di 25/3]] – buurtbewoner meldt vervuild balkon [[adr:Kasteel Dussenstraat 31]], bewoner onbekend.
[[d:wo 26/3]] – mw. [[p:Tekle]] (Eritrees), [[tel:06 87 71 20 43]], vraagt hulp bij aanvraag kinderopvangtoeslag.
[[d:vr 28/3]] – anonieme melding over jongeren die drugs dealen bij het winkelcentrum → doorgezet naar {{r:wijkagent}}.""")

T("""Dossiercontrole [[d:27 maart 2025]] – steekproef 5 dossiers (door [[p:P. Schaap]])
[[dos:SWT-2025-0412]] – toestemmingsverklaring ok, laatste rapportage [[d:13-03]]
[[dos:SWT-2025-0388]] – ok
[[dos:SWT-2025-0451]] – BSN staat in vrije tekst (moet in veld) – [[bsn:708 786 315]]
[[dos:SWT-2024-1189]] – adres opvang genoteerd in journaal!! verwijderen
[[dos:2025/0537]] – ander nummerformaat, oud systeem; omzetten naar SWT-2025-xxxx""")

T(
    """Rooster bereikbaarheid SWT Krispijn (april)
[[p:Sanne Kortekaas]] – ma/di/do – [[tel:06-41872293]] – [[mail:s.kortekaas@swtdordrecht.nl]]
[[p:Youssef Amrani]] – ma t/m do – [[tel:06-28455170]] – [[mail:y.amrani@swtdordrecht.nl]]
[[p:Dewi Ramcharan]] – di/wo/vr – [[tel:078 770 42 18]] – [[mail:d.ramcharan@dordrecht.nl]]
[[p:Bart Visser]] – ma/wo/do – [[tel:06-20 14 73 55]] – [[mail:b.visser@sddrechtsteden.nl]]
Vakantie: [[p:Sanne]] [[d:24/3]] t/m [[d:31/3]]; [[p:Dewi]] [[d:18 april]] (Goede Vrijdag) vrij""".replace(
        "Rooster bereikbaarheid SWT Krispijn", "Rooster bereikbaarheid {{o:SWT Krispijn}}"
    )
)

# ---------------------------------------------------------------- build
PII = {
    "p": "person",
    "bsn": "bsn",
    "tel": "phone",
    "mail": "email",
    "iban": "iban",
    "pc": "postcode",
    "adr": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def strip(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            code, txt, bucket, table = m.group(1), m.group(2), pii, PII
        else:
            code, txt, bucket, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, src[:60]))
        if txt != txt.strip() or not txt:
            raise ValueError("span with outer spaces: %r" % txt)
        bucket.append({"start": n, "end": n + len(txt), "label": table[code], "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("leftover markup in %r" % text[:80])
    return text, pii, keep


# context terms that are marked as keep wherever they occur outside other spans
AUTO_KEEP = {
    "org": [
        "DUO",
        "SVB",
        "UWV",
        "Belastingdienst",
        "Toeslagen",
        "GGZ",
        "SHV",
        "VT",
        "CJIB",
        "CAK",
        "Leger des Heils",
        "Woonbron",
        "Trivire",
        "Careyn",
        "MEE",
        "SDD",
        "Veilig Thuis",
        "Juridisch Loket",
        "Arbeidsinspectie",
        "Voedselbank",
        "Serviceplein",
        "KBvG",
        "FG",
    ],
    "role": [
        "huisarts",
        "Huisarts",
        "wijkagent",
        "Wijkagent",
        "wijkverpleegkundige",
        "tolk",
        "Tolk",
        "vrijwilliger",
        "Vrijwilliger",
        "vrijwilligers",
        "bewindvoerder",
        "Bewindvoerder",
        "casemanager",
        "rechter",
        "Rechter",
        "kantonrechter",
        "moderator",
        "Moderator",
        "gezinsvoogd",
        "behandelaar",
        "fysiotherapeut",
        "tandarts",
        "assistente",
        "wethouder",
        "facilitator",
        "Facilitator",
        "Facilitatoren",
        "stagiaire",
        "Stagiaire",
        "deurwaarder",
        "voorganger",
        "sociaal raadsman",
        "leerplicht",
    ],
    "wijk": [
        "Krispijn",
        "Crabbehof",
        "Wielwijk",
        "Sterrenburg",
        "Dubbeldam",
        "Stadspolders",
        "Reeland",
        "Zuidhoven",
        "Oud-Krispijn",
        "Nieuw-Krispijn",
        "Binnenstad",
    ],
}


def auto_keep(text, spans):
    cov = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            cov[k] = True
    out = []
    for label, terms in AUTO_KEEP.items():
        for term in sorted(terms, key=len, reverse=True):
            for m in re.finditer(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", text):
                if not any(cov[m.start() : m.end()]):
                    out.append({"start": m.start(), "end": m.end(), "label": label, "text": term})
                    for k in range(m.start(), m.end()):
                        cov[k] = True
    return out


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if s.startswith("NL") and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = strip(src.strip("\n"))
        keep = sorted(keep + auto_keep(text, pii + keep), key=lambda x: x["start"])
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", i, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (i, sp)
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        assert pii, ("text without pii", i)
        recs.append({"id": "ho72-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout72.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


if __name__ == "__main__":
    recs = main()
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    print("texts", len(recs), "avg words %.1f" % (words / len(recs)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))
