#!/usr/bin/env python3
"""Held-out test corpus 40: e-mail traffic between wijkteam professionals and partners.

Writes heldout40.jsonl next to this script. Deterministic (stdlib only).
Markup: [[label:text]] = personal data (pii), {{label:text}} = context that must stay (keep).
"""

import json
import os
import random
import re

HAND = []


def T(s):
    HAND.append(s.strip("\n"))


# ---------------------------------------------------------------- hand-written texts

T("""
Van: [[person:Esther Mulder]] <[[email:e.mulder@hapraktijkhoefkade.nl]]>
Verzonden: [[date:dinsdag 5 maart 2024]] 11:17
Aan: Aanmeldingen {{org:SWT}} {{wijk:Schilderswijk}} <[[email:aanmelden.swt-schilderswijk@denhaag.nl]]>
Onderwerp: Aanmelding dhr. [[person:Amrani]] - multiproblematiek

Goedemiddag,

Namens {{role:huisarts}} [[person:R. Pinas]] meld ik onderstaande patiënt bij jullie aan. Patiënt heeft op [[date:4 maart]] mondeling toestemming gegeven.

Naam: [[person:Mohamed Amrani]]
Geb.datum: [[date:17-09-1961]]
BSN: [[bsn:158899568]]
Adres: [[address:Wouwermanstraat 41-hs]], [[postcode:2526 VD]] Den Haag
Tel: [[phone:06-41873302]]

Reden: meneer woont alleen, laat zijn post ongeopend, heeft een huurachterstand bij {{org:Haag Wonen}} (brief met kenmerk [[dossier:HW/INC/2024/00871]]). Mogelijk beginnende cognitieve problemen, diabetes slecht ingesteld. Graag een huisbezoek door de {{role:wijkverpleegkundige}} of {{role:maatschappelijk werker}}.

Met vriendelijke groet,
[[person:Esther Mulder]]
{{role:doktersassistente}}
{{org:Huisartsenpraktijk Hoefkade}}
T [[phone:070 - 389 12 40]] (ma t/m vr 8.00-17.00)
""")

T("""
Van: [[person:Joost van Leeuwen]] <[[email:j.vanleeuwen@staedion.nl]]>
Aan: [[person:Samira Ouali]]
CC: [[person:Koster]], [[person:Bram]]
Onderwerp: RE: mw. [[person:Fernandes]], Hobbemastraat

Hoi [[person:Samira]],

Dank voor je snelle reactie. Ik heb het incassotraject voor mevrouw [[person:Fernandes]] on hold gezet tot [[date:1 mei]]. Voorwaarde is wel dat er vóór die datum een betalingsregeling ligt, de achterstand staat nu op € 2.314,60 (vier maanden). Contractnummer [[dossier:0041-228917]].

Groet,
[[person:Joost]]

[[person:Joost van Leeuwen]] | {{role:woonconsultant}} {{org:Staedion}} regio {{wijk:Centrum}}
M [[phone:06 - 5311 2947]] | werkdagen ma-di-do

> Van: [[person:Samira Ouali]] <[[email:s.ouali@swtschilderswijk.nl]]>
> Verzonden: [[date:woensdag 13 maart 2024]] 16:02
> Aan: [[person:Joost van Leeuwen]]
> Onderwerp: mw. [[person:Fernandes]], Hobbemastraat
>
> Hoi [[person:Joost]],
> Mevrouw [[person:Fernandes]] ([[address:Hobbemastraat 112-III]]) is sinds vorige week bij ons in beeld. Ze wil meewerken, dochter [[person:Djanira]] helpt met de post. Kunnen jullie de procedure even pauzeren? Aanmelding bij {{org:Schuldhulpverlening Den Haag}} loopt.
> [[person:Samira Ouali]], {{role:maatschappelijk werker}} {{org:SWT}} {{wijk:Schilderswijk}}, [[phone:070-3537781]]
""")

T("""
Onderwerp: Automatisch antwoord: Aanmelding mw. [[person:Demir]]

Dank voor je bericht. Ik ben t/m [[date:vrijdag 29 maart]] afwezig en lees mijn mail niet. Vanaf [[date:maandag 8 april]] ben ik er weer.

Voor spoed rondom cliënten van {{org:SWT}} {{wijk:Moerwijk}} kun je bellen met mijn collega [[person:Hatice]] ([[phone:06-18294405]]). Lopende aanvragen bij het {{org:Wmo-loket}} worden door haar opgepakt.

Met vriendelijke groet,
[[person:Wendy Zomer]]
{{role:Wmo-adviseur}}
""")

T("""
From: [[person:Priya Subramanian]] <[[email:priya.subra88@gmail.com]]>
Sent: [[date:Monday, 11 March 2024]] 21:48
To: info {{org:Servicepunt XL}} {{wijk:Segbroek}}
Subject: Help with rent and debts

Dear Sir/Madam,

My name is [[person:Priya Subramanian]] and I live at [[address:Thomsonlaan 88A]], [[postcode:2565 JB]] The Hague. My husband [[person:Arjun]] lost his job in January and since then we cannot pay the full rent. Our GP, Dr. [[person:Hoekstra]], told me to contact the social neighbourhood team.

I also received a letter from the {{org:Belastingdienst}} asking us to pay back €3,400 of huurtoeslag (reference [[dossier:T-2023-884102]]). I do not understand the letter, it is all in Dutch.

You can reach me on [[phone:+31 6 2870 4419]] or by e-mail. I am available on Mondays and Wednesdays after 3 pm, when our daughter is at school.

Thank you in advance,
[[person:Priya]]
""")

T("""
Uitnodiging: MDO fam. [[person:Kaya]]
Wanneer: [[date:donderdag 21 maart 2024]] 13:30-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
Waar: Microsoft Teams-vergadering
Organisator: [[person:Lotte Bakker]]

Beste allen,

Hierbij de uitnodiging voor het MDO rond mevrouw [[person:Emine Kaya]] en haar kinderen. Aanwezig: [[person:Ilse de Wit]] ({{org:Veilig Thuis}}), [[person:Mehmet Öztürk]] ({{org:Parnassia}}), {{role:jeugdverpleegkundige}} [[person:Sanne]] ({{org:CJG}}) en ik namens het {{org:SWT}}.

Agenda
1. Stand van zaken melding [[dossier:VT-2024-03318]]
2. Woonsituatie [[address:Dedemsvaartweg 310]]
3. Veiligheidsplan en wie doet wat

Deelnemen aan de vergadering
Vergadering-ID: 372 991 450 128
Wachtwoordcode: Xq7tbH

Groet, [[person:Lotte]]
""")

T("""
---------- Doorgestuurd bericht ---------
Van: [[person:Ruud Vos]] <[[email:ruud.vos@politie.nl]]>
Datum: vr [[date:8 mrt. 2024]] om 07:55
Onderwerp: zorgmelding [[address:Zuiderparklaan 201]]
Aan: {{org:SWT}} {{wijk:Moerwijk}} <[[email:swt.moerwijk@denhaag.nl]]>

Goedemorgen,

Vannacht zijn collega's ter plaatse geweest bij de heer [[person:W. van der Hoek]] (geb. [[date:02-11-1958]]) i.v.m. geluidsoverlast en een verwarde indruk. Meneer had geen eten in huis en de verwarming stond uit. Geen strafbare feiten. Registratie onder [[dossier:PL1500-2024071134]].

Ik zou het fijn vinden als jullie even gaan kijken, buren (fam. [[person:Groen]]) maken zich zorgen.

Met vriendelijke groet,
[[person:Ruud Vos]]
{{role:wijkagent}} {{wijk:Moerwijk}}/{{wijk:Zuiderpark}}
{{org:Politie Eenheid Den Haag}}
""")

T("""
Hoi [[person:Ruud]],

Dank, [[person:Nadia]] en ik zijn er vanmiddag langs geweest. Meneer [[person:van der Hoek]] liet ons binnen, was helder maar erg verzwakt. Hij heeft toegestemd in een bezoek van de {{role:huisarts}}, die komt morgen. Zoon [[person:Erik]] woont in Zoetermeer, we hebben hem gebeld ([[phone:06-22981170]]).

Ik hou je op de hoogte.

Groet,
[[person:Peter]]

--
[[person:Peter de Jong]]
{{role:casusregisseur}} {{org:SWT}} {{wijk:Moerwijk}}
Tel. [[phone:070 - 752 88 03]] | Mob. [[phone:06 1542 3780]]
Aanwezig: ma, di, do (ochtend)
""")

T("""
Van: [[person:Agnieszka Nowak]] <[[email:a.nowak@planbureau-geldzaken.nl]]>
Aan: [[person:Youssef El Idrissi]]
Onderwerp: dossier [[dossier:SHV-2024-01882]] / mw. [[person:Zielińska]]

Beste [[person:Youssef]],

Ik heb de aanvraag schuldregeling van mevrouw [[person:K. Zielińska]] ontvangen. Er ontbreken nog:
- bankafschriften van de afgelopen 3 maanden (rekening [[iban:NL10 RABO 2723 8263 20]])
- de beschikking van het {{org:UWV}} over de WW
- een kopie van de brief van {{org:CJIB}}

Zonder deze stukken kan ik het dossier niet door naar de {{org:Kredietbank}}. Kun je haar helpen die vóór [[date:26 maart]] aan te leveren?

Hartelijke groet,
[[person:Agnieszka Nowak]]
{{role:schuldhulpverlener}}
[[phone:070-353 66 12]]
""")

T("""
Hoi allen,

Even een korte update over [[person:Bilal]] ([[person:B. Tahiri]], [[date:03-06-1999]]). Hij is gisteren via de {{role:SEH-arts}} van het {{org:HMC Westeinde}} opgenomen na een psychose. Moeder belde mij in paniek. Ik heb met de {{role:medisch maatschappelijk werker}}, mevr. [[person:Roos Verhagen]], afgesproken dat zij ons belt vóór ontslag, zodat we de overdracht naar {{org:PsyQ}} niet missen.

Kamer/afdeling weet ik niet, patiëntnummer is [[dossier:7730514]].

[[person:Marloes]]
""")

T("""
Onderwerp: RE: RE: bewindvoering mw. [[person:Boateng]]

Hallo [[person:Kees]],

Klopt, vanaf [[date:1 april]] loopt het leefgeld via de beheerrekening. Mevrouw [[person:Boateng]] krijgt elke dinsdag € 85,- op haar eigen rekening [[iban:NL23INGB7002570159]]. De vaste lasten (huur {{org:Staedion}}, zorgverzekering, energie) betalen wij vanaf de beheerrekening [[iban:NL46 ASNB 4457 7043 98]].

Haar dochter [[person:Akosua]] mag geen bankpas meer gebruiken, dat hebben we met mevrouw besproken.

Met vriendelijke groet,

[[person:Judith Smit]]
{{role:beschermingsbewindvoerder}}
{{org:Bewindvoering Haaglanden}}
Dossier: [[dossier:BWH-1893]]
T: [[phone:088-2300415]]

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender.
""")

T("""
Goedemorgen mevrouw [[person:Çelik]],

Naar aanleiding van ons telefoongesprek van gisteren stuur ik u de gegevens voor de aanvraag huishoudelijke hulp voor uw moeder.

Naam: [[person:Hatice Çelik-Arslan]]
Geboren: [[date:14 februari 1944]]
Adres: [[address:Weimarstraat 45-II]], [[postcode:2562GR]] 's-Gravenhage
Burgerservicenummer: [[bsn:6005.22.581]]
{{role:Huisarts}}: dr. [[person:Bhoendie]], {{wijk:Valkenboskwartier}}

Het gesprek met de {{role:Wmo-consulent}} is op [[date:dinsdag 19 maart]] om 10.00 uur bij uw moeder thuis. U kunt erbij zijn, dat vindt moeder fijn.

Met vriendelijke groet,
[[person:Anouk Brouwer]]
{{role:ouderenconsulent}} {{org:SWT}} {{wijk:Segbroek}}
""")

T("""
Van: [[person:Mariam Rahimi]]
Verzonden: [[date:28-02-2024]] 14:05
Aan: [[person:'t Hart]], [[person:Marijke]]
Onderwerp: afspraak

hoi [[person:marijke]], ik kan niet komen morgen mijn zoon [[person:farid]] is ziek en de school belt steeds. kan het volgende week? mijn nieuwe nummer is [[phone:0620119845]]. het oude nummer werkt niet meer.
groet [[person:mariam]]
""")

T("""
Hi [[person:Tom]],

Thanks for getting back to me so quickly. As discussed, I work as a {{role:case manager}} at {{org:IOM}} The Hague and we are supporting Mr. [[person:Yonas Tesfamariam]] with his voluntary return application. He told me he is registered with your team in {{wijk:Laak}}.

Could you share (with his written consent, attached) whether there are any outstanding debts or care arrangements we should take into account? His file number with us is [[dossier:NL-AVRR-24-0417]]. His date of birth is [[date:12/07/1987]].

I am in the office Tuesday to Thursday, direct line [[phone:+31 70 318 1502]].

Best regards,
[[person:Claire Dubois]]
""")

T("""
[[person:Mirjam]], kun jij dit oppakken? Ik zit de hele week in het {{org:Zorg- en Veiligheidshuis}}.

-----Original Message-----
From: [[person:Lopes Semedo]], [[person:Nilton]] <[[email:nilton.semedo@hotmail.com]]>
Sent: [[date:zondag 10 maart 2024]] 23:14
To: {{org:Wijkteam}}
Subject: mijn moeder

goedeavond ik ben de zoon van [[person:Maria Lopes]] uit de [[address:Fahrenheitstraat 508]]. mijn moeder is sinds de val op [[date:2 maart]] niet meer goed, ze vergeet alles en ze eet niet. ik woon in Rotterdam en kan niet elke dag komen. wie kan helpen? mijn nummer [[phone:06 48 22 90 13]]
[[person:nilton]]
""")

T("""
Van: {{org:Meldpunt Zorg en Overlast}} {{org:GGD Haaglanden}}
Verzonden: [[date:vrijdag 15 maart 2024]] 10:32
Aan: [[person:Dekker]], [[person:Fleur]]
Onderwerp: Melding [[dossier:MZO-24-00563]] - woningvervuiling

Beste [[person:Fleur]],

Wij ontvingen via {{org:Haag Wonen}} een melding over ernstige woningvervuiling bij mevrouw [[person:J.C. Roos]], [[address:Kamperfoeliestraat 19]], [[postcode:2563 TL]]. Er is sprake van ongedierte en stankoverlast voor de buren. Mevrouw is 71 jaar en vermoedelijk zorgmijdend; er is geen {{role:huisarts}} bekend.

Onze {{role:sociaal psychiatrisch verpleegkundige}} [[person:Hamid Sultani]] gaat op [[date:20/3]] samen met de {{role:sociaal beheerder}} op huisbezoek. Is mevrouw bij jullie bekend? Zo ja, wil je dan meegaan?

Met vriendelijke groet,
namens het Meldpunt,
[[person:Cor Winter]]
{{role:medewerker meldpunt}}
""")

T("""
Geachte heer [[person:Mangal]],

Hierbij de terugkoppeling van {{org:Veilig Thuis Haaglanden}} naar aanleiding van uw melding van [[date:22 januari 2024]] over het gezin [[person:Sewnarain]].

Wij hebben het onderzoek afgerond. Besloten is tot overdracht aan het lokale veld: het {{org:Sociaal Wijkzorgteam}} {{wijk:Transvaal}} wordt regiehouder, {{role:casusregisseur}} [[person:Devika Jagesar]]. De veiligheidsvoorwaarden zijn met beide ouders besproken en ondertekend op [[date:7-3-2024]].

Ons dossiernummer: [[dossier:VT-2024-1187]]. Vermeld dit nummer bij vragen.

Met vriendelijke groet,

[[person:L. Hoever]]
{{role:medewerker onderzoek}}
{{org:Veilig Thuis Haaglanden}}
""")

T("""
Beste [[person:Noor]],

Ik maak me zorgen over [[person:Storm]] uit groep 6. Hij komt sinds de voorjaarsvakantie bijna elke dag zonder ontbijt en te laat, en vorige week had hij een blauwe plek bij zijn oog. Moeder ([[person:Sharon Landveld]]) is moeilijk bereikbaar; het nummer dat wij hebben ([[phone:06-39418826]]) wordt niet opgenomen.

De {{role:leerplichtambtenaar}} heeft al een verzuimmelding ontvangen ([[dossier:LPL-2024-2291]]). Ik weet dat het gezin bij jullie bekend is via het {{org:CJG}}. Kunnen we deze week even bellen? Ik ben er op maandag, dinsdag en donderdag.

Hartelijke groet,
[[person:Ingrid Visser]]
{{role:intern begeleider}} {{org:Basisschool De Regenboog}}
[[phone:070-3801246]]
""")

T("""
Van: [[person:Arslan]], [[person:Burak]] ([[email:burak.arslan@uwv.nl]])
Aan: [[person:Anita Ramcharan]]
Onderwerp: RE: client dhr. [[person:Dimitrov]] - WIA-keuring

Hoi [[person:Anita]],

Ik heb het dossier van de heer [[person:Stoyan Dimitrov]] bekeken. De keuring door de {{role:verzekeringsarts}} staat gepland op [[date:2 april 2024]] om 09:45 bij {{org:UWV}} Den Haag, locatie Prinses Margrietplantsoen. Meneer mag zijn eigen dossier en medicatielijst meenemen. Een tolk Bulgaars is aangevraagd.

Zijn klantnummer is [[dossier:UWV-WIA-3318207]], BSN ter controle [[bsn:153 074 292]].

Groeten,
[[person:Burak]]
{{role:arbeidsdeskundige}} | {{org:UWV}} {{org:WERKbedrijf}}
""")

T("""
Geachte mevrouw [[person:Kalloe]],

U heeft ons op [[date:4 maart 2024]] gevraagd naar de AOW van uw cliënt, de heer [[person:R.K. Mahabier]], geboren [[date:30-08-1956]], sociaal-verzekeringsnummer [[bsn:846324696]].

De heer [[person:Mahabier]] heeft van 1979 tot 1986 in Suriname gewoond en is in die periode niet verzekerd geweest. Zijn AOW is daarom met 14% gekort. Hij kan aanvullende inkomensondersteuning (AIO) aanvragen. Het aanvraagformulier is bijgevoegd.

Wilt u bij vragen ons kenmerk [[dossier:SVB/AOW/2024/118634]] vermelden?

Met vriendelijke groet,

{{org:Sociale Verzekeringsbank}}
kantoor Leiden
[[person:M. Schouten]], {{role:klantadviseur}}
""")

T("""
FYI - brief van het {{org:CAK}} die mw. gisteren bij me op tafel legde. Ik heb hem overgetypt omdat de scan niet lukte.

"Geachte mevrouw [[person:Wiśniewska]],
Op grond van de Wmo betaalt u een eigen bijdrage voor de huishoudelijke hulp die u krijgt van {{org:Florence}}. Over de periode [[date:1 januari 2024]] t/m [[date:31 januari 2024]] bedraagt de eigen bijdrage € 21,60. U betaalt dit bedrag vóór [[date:28-03-2024]] onder vermelding van betalingskenmerk [[dossier:7000 1183 2205 9941]]."

Het gaat om het abonnementstarief, dus klopt. Mevr. raakte in paniek omdat ze dacht dat de hulp gestopt zou worden. [[person:Ewa]] (dochter) geeft een machtiging af zodat het voortaan automatisch van moeders rekening [[iban:NL79BUNQ8420000417]] gaat.

Gr. [[person:Annelies]]
""")

T("""
Van: {{org:Transferbureau}} {{org:HagaZiekenhuis}} <[[email:transferbureau@hagaziekenhuis.nl]]>
Verzonden: [[date:di 19-3-2024]] 15:40
Aan: [[person:Wijngaarde]], [[person:Gisella]]
Onderwerp: Ontslag patiënt [[person:Isenia]] - thuissituatie

Geachte mevrouw [[person:Wijngaarde]],

Patiënt [[person:Quincy Isenia]] (geb. [[date:11-05-1970]], patiëntnr. [[dossier:H-4418230]]) wordt naar verwachting op [[date:donderdag 21 maart]] ontslagen na een amputatie onder de knie. Hij woont zelfstandig op [[address:Leyweg 204B]], 3 hoog zonder lift.

Wij hebben een {{role:wijkverpleegkundige}} van {{org:Zorggroep Florence}} geregeld. De woning is echter niet geschikt. Kunt u vanuit het {{org:SWT}} {{wijk:Leyenburg}} met meneer kijken naar tijdelijke opvang of een urgentieaanvraag bij de corporatie?

Met vriendelijke groet,
[[person:Yara Haddad]]
{{role:transferverpleegkundige}}
[[phone:088 - 979 41 75]]
""")

T("""
wie kan morgen mee naar mw [[person:visser]] op de Melis Stokelaan? ze wil alleen de deur open doen als er een vrouw bij is. ik heb om 10.30 afgesproken, duurt ong. een uur. [[person:Roos]] jij? anders [[person:Mei]].
[[person:Hanneke]]
""")

T("""
Van: [[person:Hanneke Kok]]
Aan: [[person:Roos de Hoop]]; [[person:Mei Lin Chen]]
Onderwerp: RE: huisbezoek morgen

sorry, vergeten: het is [[address:Melis Stokelaan 1180]] en mw heet [[person:A. Visser]]. Bellen bij nr. 1180 werkt niet, even [[phone:06 10 98 77 24]] bellen vanaf de stoep. In de hoop dat ze nu wel opendoet, vorige keer niet.
""")

T("""
From: [[person:Sunday Okafor]] <[[email:s.okafor@opcw.org]]>
Sent: [[date:Wednesday, March 6, 2024]] 8:12 AM
To: [[person:Bakker]], [[person:Lotte]]
Subject: Re: your neighbour

Dear Ms [[person:Bakker]],

Thank you for calling me back. As I said on the phone, I am worried about my neighbour, Mrs [[person:Grace Mensah]], at [[address:Laan van Meerdervoort 512]] (the flat below mine). Since around the [[date:20th of February]] she hardly leaves her apartment and I hear her crying at night. Her son [[person:Kwame]] used to visit every Sunday but I haven't seen him for weeks.

I don't want to interfere, but I will be abroad from [[date:March 18]] until [[date:April 2]]. You can reach me on [[phone:+31 6 4112 0087]].

Kind regards,
[[person:Sunday]]
""")

T("""
Beste collega's,

Graag jullie aandacht: mevrouw [[person:Hodan Warsame]] ([[date:01-01-1985]]) heeft zich gisteren bij het {{org:Servicepunt XL}} {{wijk:Transvaal}} gemeld. Ze is met haar drie kinderen uit huis gegaan na geweld door haar partner en slaapt nu bij een nicht in de [[address:Paul Krugerlaan 63 bis]].

Zij heeft GEEN toestemming gegeven om haar adres met de partner of diens familie te delen. Noteer het niet in de gedeelde agenda!

Contact alleen via haar nieuwe nummer [[phone:06-53 71 04 86]]. Melding {{org:Veilig Thuis}} is gedaan door de {{role:wijkagent}}, nummer volgt.

[[person:Said]]
{{role:maatschappelijk werker}}
""")

T("""
Van: [[person:Petra de Groot]] [mailto:[[email:p.degroot@vestia.nl]]]
Verzonden: maandag [[date:18 maart 2024]] 12:01
Aan: [[email:swt.bouwlust@denhaag.nl]]
Onderwerp: Overlast [[address:Steenwijkstraat 38]] / [[dossier:OVL-24-0192]]

Beste wijkteam,

Wij krijgen veel klachten van omwonenden over de bewoner van [[address:Steenwijkstraat 38]], dhr. [[person:T. Zwart]]. Hij schreeuwt 's nachts en heeft een buurman bedreigd. Wij vermoeden psychische problematiek. Kunnen jullie contact met hem zoeken voordat wij juridische stappen zetten?

Met vriendelijke groet,

[[person:Petra de Groot]]
{{role:consulent woonmaatschappelijk werk}}
{{org:Vestia}} Den Haag Zuid-West
T: [[phone:088-123 77 40]]
Werkdagen: maandag, woensdag en vrijdag

*** DISCLAIMER *** De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Gebruik door anderen is niet toegestaan. {{org:Vestia}} staat niet in voor de juiste en volledige overbrenging van de inhoud.
""")

T("""
Hoi [[person:Petra]],

Dhr. [[person:Zwart]] is bij ons bekend, casus loopt sinds 2022. Ik kan vanwege privacy niet meer zeggen dan dat er hulp is. Ik neem contact op met zijn {{role:SPV}} en laat jou weten of een gezamenlijk gesprek zin heeft.

Mvg,
[[person:Gerard Baas]]
{{role:casusregisseur}} {{org:SWT}} {{wijk:Bouwlust}}/{{wijk:Vrederust}}
[[phone:070-3536210]] / [[phone:06-21330897]]
""")

T("""
Onderwerp: Afwezigheidsbericht

Ik ben met ouderschapsverlof en werk tot en met [[date:30-06-2024]] op maandag en dinsdag. Mails worden dan na 2 werkdagen beantwoord.

Voor cliënten in {{wijk:Mariahoeve}}: neem contact op met [[person:Jolanda Prins]], {{role:casemanager dementie}}, [[email:j.prins@swtmariahoeve.nl]] of [[phone:06-57419002]].

Met vriendelijke groet, [[person:Anne-Fleur Akkerman]]
""")

T("""
Geachte heer/mevrouw,

Hierbij meld ik mijn cliënt aan voor schuldhulpverlening.

Cliëntgegevens
Naam: [[person:Ionescu]], [[person:Florin]]
Geboortedatum: [[date:23.04.1990]]
BSN: [[bsn:215144697]]
Adres: [[address:Kempstraat 98-A]]
Postcode: [[postcode:2572GN]]
Telefoon: [[phone:+40 742 118 903]] (Roemeens nummer) / [[phone:06-84419320]]
IBAN: [[iban:NL31 ASNB 2209 3983 16]]
Gezinssituatie: gehuwd met [[person:Ioana Ionescu-Stan]], 2 kinderen (4 en 7 jaar)
Schulden: ca. € 14.000 (zorgverzekeraar, {{org:Belastingdienst}}, huur, telefoon)
Werk: uitzendkracht in de kassen, onregelmatig inkomen

Toestemming van cliënt is ondertekend op [[date:12 maart 2024]].

Met vriendelijke groet,
[[person:Farah Abdi]]
{{role:budgetcoach}}, {{org:SWT}} {{wijk:Laak}}
""")

T("""
> Op [[date:5 mrt 2024]] om 14:22 heeft [[person:Martina]], [[person:Shurandy]] <[[email:shurandy.martina@live.nl]]> het volgende geschreven:
>
> meneer ik heb de papieren van de gemeente niet gekregen. u zei dat het met de post komt maar er kwam niks. mijn adres is nog [[address:Jan Blankenstraat 7]] of heeft u het oude adres?

Beste [[person:Shurandy]],

Ik heb het nagekeken: de brief is naar je oude adres gestuurd ([[address:Rijswijkseweg 211-3]]). Ik heb je verhuizing doorgegeven en laat de brief opnieuw versturen. Je dossier bij {{org:Werk en Inkomen}} is [[dossier:SZW-883201]].

Heb je al een afspraak bij het {{org:Juridisch Loket}}? Zo niet, dan regel ik die met je.

Groet,
[[person:Hicham]]
""")

T("""
Van: [[person:Sabajo]], [[person:Rachel]]
Verzonden: woensdag [[date:20 maart 2024]] 09:03
Aan: Intake {{org:MEE Zuid-Holland Noord}}
CC: [[person:Jeroen Mol]]
Onderwerp: Aanmelding cliëntondersteuning [[person:Kevin Pattiasina]]

Goedemorgen,

Ik wil graag [[person:Kevin Pattiasina]] ([[date:9-12-2001]]) aanmelden voor cliëntondersteuning. [[person:Kevin]] heeft een licht verstandelijke beperking, woont sinds kort zelfstandig in een studio aan de [[address:Hoefkade 270-D]] en raakt het overzicht over zijn post en geld kwijt. Zijn vader, dhr. [[person:J. Pattiasina]], is betrokken maar woont in Capelle.

[[person:Kevin]] heeft een Wajong-uitkering via het {{org:UWV}}. Er loopt nog geen bewind.

[[person:Kevin]] zelf is te bereiken op [[phone:06-30127749]], het beste na 16.00 uur (hij werkt bij de {{org:Haagse Werkplaats}}).

Met vriendelijke groet,

[[person:Rachel Sabajo]]
{{role:MEE-consulent}} in het {{org:SWT}} {{wijk:Schilderswijk}}
Werkdagen: ma, wo, do
""")

T("""
Hallo [[person:Jeroen]], ja prima dat jij het gesprek met vader doet. Let op: [[person:Kevin]] wil niet dat vader alles hoort over zijn schulden. Bespreek dat eerst met hem. Groet, [[person:R.]]
""")

T("""
Dear [[person:Olena]],

Thank you for your e-mail. I am sorry to hear that the heating in your room at the Ukrainian shelter ({{org:Gemeentelijke opvang}} [[address:Stationsweg 4]]) is still broken. I have forwarded your message to the location manager, Mr. [[person:Dijkstra]].

About your question on the living allowance ("leefgeld"): the payment for April will be made on [[date:5 April]] to your account [[iban:NL61TRIO1807269572]]. If it is not there by [[date:8 April]], please call me on [[phone:06-26 53 18 40]] (Monday to Thursday).

For your son [[person:Dmytro]]: the school ({{org:ISK Den Haag}}) has a place from [[date:15 April 2024]]. The intake is with Ms [[person:Kraaijeveld]], the {{role:school social worker}}.

Kind regards,
[[person:Bart Hermans]]
{{role:Consulent opvang Oekraïners}}, {{org:Gemeente Den Haag}}
""")

T("""
Van: [[person:Ayşe Demir]] <[[email:a.demir@swtescamp.nl]]>
Aan: {{role:POH-GGZ}} praktijk [[person:Ramdin]] <[[email:pohggz@huisartsramdin.nl]]>
Onderwerp: mw. [[person:Shabnam Noori]]

Beste [[person:Hans]],

Zoals telefonisch besproken: mevrouw [[person:Shabnam Noori]] ([[date:17-6-1979]]), patiënt van jullie praktijk, heeft bij ons verteld dat ze sinds het overlijden van haar man in november niet meer slaapt en 'soms niet meer wil leven'. Zij geeft toestemming om dit met jullie te delen (formulier in de bijlage).

Zij spreekt Dari, Nederlands beperkt; haar dochter [[person:Zahra]] tolkt, maar dat willen we liever niet bij dit onderwerp. Kun jij een afspraak met een professionele tolk plannen?

Mijn werkdagen zijn di-wo-vr.

Groet,
[[person:Ayşe]]
{{role:maatschappelijk werker}} | {{org:SWT}} {{wijk:Escamp}}
[[phone:06-4290 1175]]
""")

T("""
Re: Verzoek informatie [[dossier:BW-2023-0447]]

Beste mevrouw [[person:Latumahina]],

Als {{role:bewindvoerder}} van de heer [[person:Rahimi]] heb ik geen bezwaar tegen het delen van het budgetplan met het {{org:SWT}}. Ik stuur het u op [[date:maandag 25 maart]] na mijn gesprek met meneer.

Let wel: de huurtoeslag wordt vanaf deze maand gestort op de beheerrekening [[iban:NL88RABO2919168754]] en niet meer op zijn privérekening. Als meneer daarover bij u klaagt, weet u waar het vandaan komt.

Met vriendelijke groet,
mr. drs. [[person:F.A. Haddou]]
{{org:Bewindvoering Zuidwest}}
[[phone:070-2210094]]
""")

T("""
Van: [[person:Kees Brouwer]]
Verzonden: do [[date:14-3-2024]] 17:26
Aan: [[person:Mohamud]], [[person:Ifrah]]; [[person:Van Dam]], [[person:Sjoerd]]
Onderwerp: casus [[person:Lewandowski]] - wie pakt wat

Hoi [[person:Ifrah]] en [[person:Sjoerd]],

Na het overleg van vanochtend even op papier:
- [[person:Ifrah]]: belt {{org:Haag Wonen}} over de ontruimingsdatum ([[date:11 april]]!) en vraagt uitstel aan
- [[person:Sjoerd]]: gaat met dhr. [[person:Lewandowski]] naar het {{org:Startpunt Geldzaken}}, afspraak staat op [[date:vrijdag 22/3]] 9.30
- ik: contact met de {{role:huisarts}} over zijn alcoholgebruik en een verwijzing naar {{org:Brijder}}

Adres ter herinnering: [[address:Goudenregenstraat 156]], [[postcode:2565 GS]]. Zijn vriendin [[person:Kasia]] is er vaak, zij is wel behulpzaam.

[[person:Kees]]
""")

T("""
Beste [[person:Kees]],

Even een update vanuit het {{org:Startpunt Geldzaken}}: de afspraak met dhr. [[person:Paweł Lewandowski]] is doorgegaan. Hij is aangemeld, dossiernummer [[dossier:2024-004512]]. Hij krijgt een {{role:vrijwilliger}} van {{org:Humanitas Thuisadministratie}}, [[person:Henk Hemelaar]], die komt op dinsdagmiddag.

Groeten, [[person:Sjoerd]]
""")

T("""
Van: [[person:Mieke Storm]] <[[email:m.storm@bonifatiusschool.nl]]>
Aan: {{org:Sociaal Wijkzorgteam}} {{wijk:Duindorp}}
Onderwerp: zorgen om gezin [[person:Schaap]]

Goedemiddag,

Ik ben de {{role:schoolmaatschappelijk werker}} van {{org:Bonifatiusschool}}. Ik heb zorgen over het gezin [[person:Schaap]] op de [[address:Pluvierstraat 210]]. Vader is sinds december werkloos, moeder heeft MS en ligt veel op bed. De oudste, [[person:Jayden]] (11), zorgt voor zijn zusje [[person:Lieke]] en komt daardoor vaak te laat.

Het {{org:CJG}} is betrokken voor de kinderen, maar voor de ouders is er niets. Ouders hebben op [[date:18 maart]] toestemming gegeven om jullie te benaderen. Vader heet [[person:Dennis]], [[phone:06-17663420]].

Met vriendelijke groet,
[[person:Mieke Storm]]
Aanwezig op ma en do
""")

T("""
Onderwerp: RE: RE: RE: Aanvraag urgentie mw. [[person:Tesfay]]

[[person:Merhawit]] heeft het formulier ondertekend. Ik stuur het vandaag aangetekend.

Groet [[person:Frank]]

-----Oorspronkelijk bericht-----
Van: [[person:Dorien Blom]] <[[email:d.blom@denhaag.nl]]>
Verzonden: dinsdag [[date:26 maart 2024]] 11:44
Aan: [[person:Frank Akkerman]]
Onderwerp: RE: RE: Aanvraag urgentie mw. [[person:Tesfay]]

Hoi [[person:Frank]], de aanvraag is bijna compleet. Ik mis nog de handtekening van mevrouw op pagina 3 en het verslag van de {{role:GGD-arts}}. Zaaknummer bij ons is [[dossier:URG-24-1031]].

Groet, [[person:Dorien]]
{{role:Beleidsmedewerker urgentie}}, {{org:Dienst Stedelijke Ontwikkeling}}

-----Oorspronkelijk bericht-----
Van: [[person:Frank Akkerman]]
Verzonden: vrijdag [[date:22 maart 2024]] 16:10
Onderwerp: Aanvraag urgentie mw. [[person:Tesfay]]

Beste [[person:Dorien]], in de bijlage de urgentieaanvraag voor mevrouw [[person:Merhawit Tesfay]], [[address:Vaillantlaan 37-1]]. De woning is door schimmel onbewoonbaar, haar zoon [[person:Filmon]] heeft astma.
""")

T("""
Hi all,

Quick note from the {{org:The Hague International Centre}}: we had a visit from Mr. [[person:Will Parker]], a British national who has lived in {{wijk:Statenkwartier}} since 2019. Since his wife passed away he seems to struggle a lot (he forgot his own postcode). He will let you know what he wants; we gave him your leaflet.

He gave permission to pass on his details: [[address:Frederik Hendriklaan 98]], [[postcode:2582 BX]], mobile [[phone:+44 7700 900 412]] (UK number, he never switched). Born [[date:3 May 1941]].

We will not keep a file on him, so please don't reply with any personal details.

Thanks,
[[person:Marta Giménez]]
{{role:Information Officer}}
""")

T("""
notitie na tel. met {{org:Haag Wonen}} ({{role:wijkconsulent}} [[person:anouk]]):
- mw [[person:el amrani]] [[address:Parallelweg 60 B]], achterstand 3 mnd
- regeling mogelijk als 1e termijn vóór [[date:1/5]]
- huurdersnummer [[dossier:HW 220-7731]]
doorgestuurd aan [[person:Wim]] ivm budgetcoaching
""")

T("""
Van: [[person:Wim Koning]]
Aan: [[person:Zeynep Aydın]]
Onderwerp: mw [[person:El Amrani]]

Hoi [[person:Zeynep]], dank voor de notitie. Ik ga [[date:wo 17 april]] bij mw. [[person:El Amrani]] langs samen met haar zus [[person:Khadija]]. Kun jij {{org:Haag Wonen}} laten weten dat de eerste termijn (€ 250) op [[date:29-4]] wordt overgemaakt van [[iban:NL84RABO9408811721]]? Dan zijn we ruim op tijd.
[[person:Wim]]
""")

T("""
Van: [[email:noreply@denhaag.nl]]
Verzonden: [[date:zaterdag 23 maart 2024]] 22:41
Aan: {{org:SWT}} {{wijk:Spoorwijk}}
Onderwerp: Nieuw aanmeldformulier {{org:Sociaal Wijkzorgteam}} (formulier-ID 118274)

Er is een nieuw formulier ingevuld.

Naam aanmelder: [[person:Ravi Jagesar]]
Relatie tot cliënt: neef
Naam cliënt: [[person:Sunita Jagesar-Mangal]]
Geboortedatum cliënt: [[date:1951-10-06]]
BSN (optioneel): [[bsn:843392290]]
Straat + huisnummer: [[address:Hoefijzerstraat 14 rood]]
Postcode: [[postcode:2526 PM]]
Woonplaats: Den Haag
Telefoon: [[phone:0703890027]]
E-mail: [[email:ravi.jagesar1978@outlook.com]]
Vraag: Mijn tante is sinds het overlijden van oom heel eenzaam, eet slecht en durft niet naar buiten. Zij wil graag iemand om mee te praten, liefst in het Sarnami.
Toestemming cliënt: Ja
""")

T("""
Beste heer [[person:Jagesar]],

Dank voor het aanmelden van uw tante. Ik ben [[person:Rajesh Bhoendie]], {{role:welzijnscoach}} bij het {{org:SWT}} {{wijk:Spoorwijk}} en ik spreek Sarnami. Ik kom graag kennismaken op [[date:donderdag 4 april]] om 14.00 uur bij mevrouw thuis.

Wilt u uw tante vooraf laten weten dat ik kom? Zij kent mij misschien van de koffieochtend van {{org:Stichting Mandir Spoorwijk}}.

Met hartelijke groet,
[[person:Rajesh Bhoendie]]
[[phone:06-11948360]]
""")

T("""
From: [[person:Tomasz Kowalczyk]] <[[email:tomek.kowalczyk@wp.pl]]>
Date: [[date:Tue, 2 Apr 2024]] at 19:06
Subject: eviction
To: [[email:swt.laak@denhaag.nl]]

Hello,

I am Polish worker, I live at [[address:Calandplein 9-C]] in house of the agency (uitzendbureau). Today my boss say I must leave the house on Friday because I am sick and not working. I have a contract of rent, number [[dossier:FLEX-HUIS-20931]]. Is this allowed? I have nowhere to go. My doctor is Dr. [[person:Benali]] in {{wijk:Laakkwartier}}.

Please call me [[phone:+48 601 337 512]] or [[phone:0687339021]].

[[person:Tomasz]]
""")

T("""
Hoi [[person:Marieke]],

Kun jij de Engelse mail van [[person:Tomasz]] oppakken? Ik denk aan {{org:FairWork}} en {{org:Juridisch Loket}}. Zonder rechterlijke uitspraak mag de huisbaas hem er niet zomaar uitzetten, ook niet als het huurcontract aan de arbeidsovereenkomst gekoppeld is.

Ik zit tot [[date:12 april]] in Lissabon 🙂

[[person:Jurgen]]
""")

T("""
Uitnodiging Casusoverleg Bemoeizorg {{wijk:Escamp}}
Datum: [[date:dinsdag 9 april 2024]], 9.30-11.30 uur
Locatie: {{org:Wijkcentrum De Kraaienvelden}}, zaal 2

Beste ketenpartners,

Op de agenda staan de volgende casussen (alleen initialen en geboortedatum, dossiers volgen via beveiligde mail):

1. [[person:J.v.d.B.]], [[date:12-01-1966]], inbreng {{org:GGD}} (woningvervuiling, zorgmijding)
2. [[person:M.E.]], [[date:30-07-1983]], inbreng {{org:Politie}} (overlast, mogelijk psychose)
3. [[person:R.T.]], [[date:08-02-1949]], inbreng {{org:Staedion}} (huurachterstand, vermoeden dementie)

Aanwezig zijn o.a. de {{role:GGD-arts}}, de {{role:wijkagent}}, een {{role:SPV}} van {{org:Parnassia}} en de {{role:casemanager dementie}}.

Afmelden graag bij [[person:Tineke Dam]] ([[email:t.dam@swtescamp.nl]]).
""")

T("""
Geachte collega,

Ik schrijf u als {{role:medisch maatschappelijk werker}} van het {{org:Juliana Kinderziekenhuis}}. Onze patiënt [[person:Mahad]] (8 jaar) wordt binnenkort ontslagen na een lange opname. Moeder, mevrouw [[person:Sahra Farah]], woont met vier kinderen in een portiekflat op de [[address:Escamplaan 402]] ([[postcode:2547 EX]]) en is erg overbelast.

[[person:Mahad]] heeft thuis sondevoeding nodig. Wij hebben {{org:Kinderthuiszorg}} ingeschakeld, maar moeder heeft ook hulp nodig bij de post (schulden, inkomen). Moeder heeft ingestemd met deze doorverwijzing op [[date:26-03-2024]].

Zij is bereikbaar via [[phone:06 - 28 71 03 55]]; ze spreekt Somali en redelijk Nederlands.

Met vriendelijke groet,

drs. [[person:E.M. Koster]]
{{role:medisch maatschappelijk werker}}
Afdeling Kindergeneeskunde
T [[phone:088 979 27 41]]
""")

T("""
Beste dokter [[person:Baldewsingh]],

Mevrouw [[person:Rumyana Georgieva]] ([[date:5 juli 1975]]), uw patiënte, is sinds februari bij ons {{org:SWT}} in begeleiding. Zij vertelt dat zij medicatie voor haar hart krijgt maar deze al enkele weken niet ophaalt, omdat zij de eigen bijdrage bij de apotheek niet kan betalen.

Zij heeft ons gevraagd u te informeren en geeft toestemming voor overleg. Zou u haar willen terugzien? Wij regelen ondertussen de bijzondere bijstand ({{org:Dienst SZW}}, aanvraag [[dossier:BB-24-077195]]).

U kunt mij bereiken op [[phone:070 353 44 82]] of [[email:d.wolf@swtlaak.nl]], bij voorkeur op dinsdag of vrijdag.

Met collegiale groet,
[[person:Daan Wolf]]
{{role:wijkverpleegkundige}}, {{org:SWT}} {{wijk:Laak}}
""")

T("""
Onderwerp: Out of office / Afwezig

I am out of the office until [[date:Monday 15 April]] with limited access to e-mail. For urgent matters regarding clients of the {{org:Expat Desk}}, please contact my colleague [[person:Hope Asante]] ([[email:h.asante@thehagueinternationalcentre.nl]]).

Ik ben afwezig tot en met [[date:vrijdag 12 april]]. Voor dringende zaken kunt u contact opnemen met [[person:Hope Asante]].

[[person:Lars Visser]]
""")

T("""
Van: [[person:Gomes]], [[person:Edna]] <[[email:edna.gomes@leger.nl]]>
Verzonden: maandag [[date:1 april 2024]] 08:17
Aan: [[person:Hassan]], [[person:Ayaan]]
Onderwerp: dhr. [[person:Monteiro]] slaapt weer in het {{org:Passantenverblijf}}

Hoi [[person:Ayaan]],

Ter info: dhr. [[person:Adilson Monteiro]] (bij jullie bekend, [[date:19-2-1972]]) heeft het afgelopen weekend bij ons in het {{org:Passantenverblijf}} geslapen. Hij zegt dat hij uit zijn kamer aan de [[address:Vaillantlaan 455 3e]] is gezet door de hoofdbewoner. Geen papieren, geen geld. Hij heeft wel zijn telefoon nog: [[phone:06-3491 2208]].

Hij wil een postadres bij ons aanvragen. Kun jij checken of zijn uitkering nog loopt (klantnr [[dossier:WI-00283315]])?

Groetjes,
[[person:Edna]]
{{role:trajectbegeleider}} {{org:Leger des Heils}} Den Haag
""")

T("""
Beste [[person:Edna]],

Uitkering loopt nog, maar wordt gestort op [[iban:NL12INGB3613331090]] en dat is volgens hem een rekening van de hoofdbewoner. Daar moeten we snel iets mee. Ik bel het {{org:Team Aanvragen}} van {{org:Werk en Inkomen}} en meld het als mogelijk financieel misbruik. Ik kom morgen (dinsdag) om 13u naar het {{org:Passantenverblijf}}.

[[person:Ayaan]]
""")

T("""
Hoi [[person:Fatma]],

Bijgaand de gegevens voor de spoedaanvraag voedselbank, zoals gevraagd:

dhr. en mw. [[person:Al-Hassan]]
[[address:Stuwstraat 22]]
[[postcode:2516TE]] Den Haag
BSN dhr.: [[bsn:593 229 186]]
BSN mw.: [[bsn:781645451]]
4 kinderen (2, 6, 9, 13)
Inkomen: uitkering Participatiewet gezinsnorm, na vaste lasten blijft € 41 per week over
Rekening: [[iban:NL48ABNA3171457473]]

Verwijzer ben ik. Intake bij de {{org:Voedselbank Haaglanden}} kan volgens mij [[date:woensdag 10 april]].

Thanks!
[[person:Omar]]
""")

T("""
Goedemiddag [[person:Omar]],

Dank. Ik heb mevrouw [[person:Rania Al-Hassan]] ingepland voor [[date:10/04]] om 11:15, uitgiftepunt {{org:Wijkcentrum Transvaal}}. Neem alstublieft een kopie van de beschikking mee. Het klantnummer voedselbank wordt [[dossier:VBH-2024-6610]].

Met vriendelijke groet,
[[person:Fatma Şahin]]
{{role:intaker}} {{org:Voedselbank Haaglanden}}
(werkzaam op woensdag en donderdag)
""")

T("""
Graag terugbellen: mevr. [[person:De Wit]] van de {{org:Bonifatiusschool}} ([[phone:070 - 363 18 90]]) over [[person:Jayden Schaap]]. Ze was vanochtend bij het loket. [[person:Mo]]
""")

T("""
Van: [[person:Ilse de Wit]]
Aan: [[person:Lotte Bakker]]
Onderwerp: RE: MDO fam. [[person:Kaya]] - actiepunten

Hoi [[person:Lotte]],

Fijn overleg gisteren. Mijn actiepunten:
> 1. [[person:Ilse]] vraagt bij de {{org:politie}} de BVH-registraties op van [[address:Dedemsvaartweg 310]]
Gedaan, drie incidenten sinds [[date:12 november]], laatste op [[date:2 maart]].
> 2. [[person:Ilse]] stemt af met het {{org:CJG}} over de kinderen
Loopt, [[person:Sanne]] heeft voor volgende week een gesprek op school met de {{role:intern begeleider}}.
> 3. Veiligheidsplan delen met mw. [[person:Kaya]]
Nog niet gelukt, ze neemt niet op. Ik probeer het [[date:vrijdag de 22e]] nog een keer met een huisbezoek.

Groet,
[[person:Ilse]]
""")

T("""
Van: [[person:Kidane]], [[person:Senait]]
Verzonden: [[date:07-04-2024]] 20:55
Aan: [[person:Hoop]], [[person:Roos de]]
Onderwerp: vraag

Goedeavond [[person:Roos]],

ik heb een brief van {{org:DUO}} gekregen, ik moet € 1.900 terugbetalen voor de inburgering want ik heb examen niet gehaald op tijd. Ik begrijp het niet want ik had ontheffing gevraagd. Mijn BSN is [[bsn:820833861]] en het nummer op de brief [[dossier:INB-2021-0088413]].

Kunnen wij dit bespreken donderdag? Mijn zoon [[person:Yonas]] kan ook komen om te vertalen.

Dank u, [[person:Senait]]
""")

T("""
Hoi [[person:Senait]],

Donderdag is goed, om 10 uur bij het {{org:Servicepunt XL}} aan de Prins Hendrikstraat. Neem de brief van {{org:DUO}} en de brief over je ontheffing mee. Het is fijn als [[person:Yonas]] erbij is, maar ik vraag ook een tolk Tigrinya, dan hoeft hij niet alles te vertalen.

Groet,
[[person:Roos de Hoop]]
{{role:maatschappelijk werker}}
{{org:SWT}} {{wijk:Zeeheldenkwartier}}/{{wijk:Centrum}}
""")

T("""
Beste allen,

Zoals op de kick-off van [[date:22 november]] afgesproken, zit ik in de pilotgroep voor het thema bemoeizorg. Ter voorbereiding van de startbijeenkomst in februari vraag ik jullie om één geanonimiseerde casus.

Graag ZONDER namen, adressen of geboortedata. Vorige keer stuurde iemand een casus met 'mw. [[person:Y.]] uit de [[address:Wolmaransstraat 3]]', dat is niet de bedoeling!

Inleveren bij mij vóór [[date:15 januari]], het liefst via de beveiligde omgeving.

Dank!
[[person:Marjolein Verbeek]]
{{role:casusregisseur}}, {{org:SWT}} {{wijk:Rustenburg}}-{{wijk:Oostbroek}}
""")

T("""
Van: [[person:Chen]], [[person:Wei]] <[[email:wei.chen@hmc.nl]]>
Aan: [[email:swt.stationsbuurt@denhaag.nl]]
Onderwerp: Patiënte met taalbarrière - verzoek om ondersteuning

Geacht team,

Ik ben {{role:verpleegkundig specialist}} geriatrie bij {{org:HMC Bronovo}}. Mevrouw [[person:Li Xiaoling]] (86), woonachtig [[address:Wagenstraat 104-2]], [[postcode:2512 AZ]], is vandaag op de poli geweest met haar kleinzoon [[person:Jun]]. Zij spreekt alleen Kantonees. Zij lijkt ondervoed en er zijn geheugenproblemen.

De kleinzoon woont in Amsterdam en studeert. Hij vraagt of er iemand in de wijk kan meekijken, bijvoorbeeld via een {{role:ouderenconsulent}} die Kantonees spreekt, of via {{org:Stichting Chinese Ouderen Den Haag}}.

Mevrouw is bekend onder patiëntnummer [[dossier:B2241908]].

Met vriendelijke groet,
[[person:Wei Chen]]
""")

T("""
hoi! laatste update fam. [[person:Osei]]:
[[person:kwame osei]] gaat per [[date:1 mei]] in de schuldsanering, {{role:bewindvoerder}} wordt mr. [[person:Van Rijn]]. [[person:akosua]] had nog vragen over de kinderbijslag ({{org:SVB}}), heb haar doorverwezen naar het spreekuur.
""")

T("""
Van: [[person:Frits Koster]] <[[email:f.koster@staedion.nl]]>
Aan: {{org:Buurtbemiddeling Den Haag}}
CC: [[email:swt.morgenstond@denhaag.nl]]
Onderwerp: Aanmelding buurtbemiddeling [[address:Erasmusweg 780]] / [[address:Erasmusweg 782]]

Goedemiddag,

Graag meld ik twee huurders aan voor buurtbemiddeling. Mevrouw [[person:Bakker]] (nr. 780) klaagt al maanden over harde muziek en sigarettenrook van de buurman, de heer [[person:Emre Yilmaz]] (nr. 782). Meneer zegt op zijn beurt dat mevrouw [[person:Bakker]] op de muur bonkt en hem uitscheldt. Beide partijen willen een gesprek.

Mevrouw is 79 en wordt ook begeleid door het {{org:SWT}} {{wijk:Morgenstond}}, vandaar de cc.

Telefoonnummers: mw. [[person:Bakker]] [[phone:070-3665102]] (vast, 's ochtends), dhr. [[person:Yilmaz]] [[phone:06-45 88 13 06]].

Met vriendelijke groet,
[[person:Frits Koster]]
{{role:sociaal beheerder}} {{org:Staedion}}
""")

T("""
Hoi [[person:Esra]],

Kun jij even kijken naar de bijlage? Toestemmingsverklaring is getekend maar ik twijfel of de datum klopt.

Bijlagen:
Toestemmingsverklaring_[[person:Yilmaz]]_E.pdf (212 kB)
Verslag_huisbezoek_[[date:14032024]].docx (38 kB)

Met vriendelijke groet,

[[person:Jorien Mol]]
{{role:ouderenadviseur}} | {{org:SWT}} {{wijk:Morgenstond}}
M: [[phone:06 48 71 20 94]]
Werkdagen: di t/m vr
Disclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht onbedoeld, verwijder het dan.
""")

T("""
From: [[person:Emily Carter]] <[[email:emily.carter@shaw.ca]]>
Sent: [[date:Friday, April 5, 2024]] 3:17 AM
To: {{role:casemanager dementie}} {{wijk:Mariahoeve}}
Subject: My father, [[person:Hendrik]] ([[person:Henk]]) [[person:Zonneveld]]

Dear [[person:Jolanda]],

I am writing from Vancouver. My father, [[person:Henk Zonneveld]], lives alone at [[address:Ruys de Beerenbrouckstraat 15]], [[postcode:2593 GH]] and was diagnosed with Alzheimer's last year by his GP, Dr. [[person:De Graaf]]. His neighbour, Mrs [[person:Winter]], called me on [[date:April 3rd]] because he was found wandering near the station in his pyjamas.

I can fly over from [[date:May 20]] for three weeks. Could we meet then? I hold a power of attorney (levenstestament) since [[date:12-09-2022]].

My phone: [[phone:+1 604 555 0182]] (9 hours behind you).

Many thanks,
[[person:Emily]]
""")

T("""
Dear [[person:Emily]],

Thank you for your message. I know your father well, I visit him every other week together with the {{role:wijkverpleegkundige}} of {{org:Florence}}. I have now requested an extra evening visit and a GPS tracker via the {{org:Wmo-loket}} (request number [[dossier:WMO-24-118820]]).

I would be glad to meet you. Would [[date:Wednesday 22 May]] at 10:00 at your father's home work? Mrs [[person:Winter]] has a spare key.

Kind regards / met vriendelijke groet,
[[person:Jolanda Prins]]
{{role:casemanager dementie}}, {{org:SWT}} {{wijk:Mariahoeve}}
[[phone:06-57419002]] (Mon, Tue, Thu)
""")

T("""
Van: {{org:Veilig Thuis Haaglanden}} - {{org:Team Huisverboden}}
Verzonden: [[date:zo 14 apr 2024]] 02:12
Aan: {{org:SWT}} {{wijk:Bezuidenhout}}
Onderwerp: Tijdelijk huisverbod [[dossier:THV-2024-0219]] - verzoek hulpverlening

Geachte collega's,

Vannacht is door de {{role:hulpofficier van justitie}} een tijdelijk huisverbod van 10 dagen opgelegd aan de heer [[person:Arjen Huisman]] ([[date:21-06-1980]]), wonende [[address:Theresiastraat 241]], [[postcode:2593 AJ]] Den Haag. Achterblijvers: mevrouw [[person:Linda Huisman-Vermeulen]] en de kinderen [[person:Sem]] (9) en [[person:Tess]] (6).

Meneer verblijft tijdens het huisverbod bij zijn broer, [[address:Juliana van Stolberglaan 66]], en is bereikbaar op [[phone:06-33041287]].

Wij vragen u binnen 24 uur contact op te nemen met mevrouw ([[phone:06-81 92 45 10]]). Het huisverbod loopt af op [[date:24 april 2024]].

Met vriendelijke groet,
{{org:Team Huisverboden}}
""")

T("""
Beste mevrouw [[person:Huisman]], beste [[person:Linda]],

Zoals vanochtend aan de telefoon besproken kom ik morgen, [[date:dinsdag 16 april]], om 9.30 uur bij u langs, samen met mijn collega [[person:Tarik]] die met uw man gaat praten. Als het u beter uitkomt, kunnen we ook afspreken in het {{org:Wijkcentrum Bezuidenhout}}.

Met vriendelijke groet,
[[person:Evelien Groen]]
{{role:maatschappelijk werker}}
""")

T("""
Geachte heer [[person:Tavares]],

Uw aanvraag voor een scootmobiel is beoordeeld door onze {{role:Wmo-consulent}}, mevrouw [[person:Van der Linden]]. U krijgt een scootmobiel in bruikleen via {{org:Medipoint}}. Het indicatienummer is [[dossier:2024/WMO/031158]]. De levering wordt binnen zes weken gepland; {{org:Medipoint}} neemt hierover contact met u op via [[phone:0703608821]].

Let op: de scootmobiel moet gestald worden in de afgesloten berging bij uw woning aan de [[address:Leyweg 912]].

Met vriendelijke groet,
{{org:Gemeente Den Haag}}, {{org:Wmo-loket}}
""")

T("""
Kort:
[[person:Bayram]] belde, mw. [[person:Dumitru]] ([[address:Hoefkade 512-hs]]) is gevallen en ligt in het {{org:HMC}}. Wie heeft sleutel? Kat moet eten. Dochter [[person:Andreea]] staat op de kaart, [[phone:+40 723 448 190]].
""")

T("""
Geaccepteerd: Intervisie casuïstiek huiselijk geweld
Wanneer: [[date:donderdag 18 april 2024]] 14:00-16:00
[[person:Samira Ouali]] heeft deze uitnodiging geaccepteerd.
""")

T("""
Geweigerd: MDO mw. [[person:Georgieva]]
[[person:Daan Wolf]] heeft uw uitnodiging geweigerd.

Sorry, ik ben die dag ([[date:25/4]]) op cursus. [[person:Esther]] ({{role:POH}}) kan wel, zal ik haar vragen? Haar nummer is [[phone:070-3891244]].
""")

T("""
Van: [[person:Noa van Beek]] <[[email:n.vanbeek@rocmondriaan.nl]]>
Verzonden: maandag [[date:15 april 2024]] 16:48
Aan: {{org:SWT}} {{wijk:Laak}}
Onderwerp: student met woonproblemen

Beste collega's,

Ik ben {{role:studentbegeleider}} bij {{org:ROC Mondriaan}}. Een van mijn studenten, [[person:Jurich Rosaria]] (19, studentnummer [[dossier:589114]]), slaapt sinds twee weken op de bank bij vrienden. Hij is bij zijn moeder weggegaan na ruzie. Hij is nog ingeschreven op haar adres, [[address:Laakkade 301]].

Hij heeft geen inkomen behalve zijn studiefinanciering en een bijbaantje. Hij wil graag hulp bij het zoeken naar een kamer en bij zijn schulden bij {{org:DUO}} en de zorgverzekeraar.

Mag ik hem naar jullie inloopspreekuur sturen? Of kan iemand op school langskomen, op woensdag is hij er de hele dag.

Vriendelijke groet,
[[person:Noa van Beek]]
[[phone:06 19 57 33 08]]
""")

T("""
Beste [[person:Noa]],

Stuur hem gerust naar het inloopspreekuur op dinsdag of donderdag (9-11 uur) in het {{org:Servicepunt XL}} {{wijk:Laak}}. Vraag naar [[person:Jeffrey]] of mij. Ik check alvast of hij bekend is bij het {{org:Jongerenloket}}. Als het spoed is, bel me gewoon: [[phone:06-1023 4476]].

Groet,
[[person:Gijs Hoekstra]]
{{role:jongerenwerker}}, {{org:SWT}} {{wijk:Laak}}
""")

T("""
Van: [[person:Haile]], [[person:Tesfay]]
Verzonden: [[date:17-04-2024]] 07:30
Aan: [[person:Hoekstra]], [[person:Gijs]]
Onderwerp: RE: bijstand aanvragen

Goedemorgen [[person:Gijs]],

Dank voor de hulp gisteren. Ik heb de aanvraag ingediend via DigiD, het aanvraagnummer is [[dossier:WI-2024-33871]]. Mijn adres voor de post is nu [[address:Calandstraat 14]], [[postcode:2521 AG]] (bij mijn oom [[person:Gebremedhin]]). Rekening: [[iban:NL51 ABNA 3616 6723 84]].

Groet,
[[person:Tesfay Haile]]
[[email:tesfay.haile99@gmail.com]]
""")

T("""
Hallo [[person:Linda]],

Ik kon je telefonisch niet bereiken. Ik wil je laten weten dat de {{role:gezinsvoogd}} van {{org:Jeugdbescherming west}}, mevr. [[person:S. Hassan]], morgen bij jullie langs wil komen voor [[person:Sem]] en [[person:Tess]]. Dat is los van het huisverbod, er loopt al langer een ondertoezichtstelling (zaaknummer rechtbank [[dossier:C/09/651220 / JE RK 23-1904]]).

Zal ik erbij zijn? Laat het me even weten via [[phone:06-2210 7745]].

Groet, [[person:Evelien]]
""")

T("""
Van: {{org:Sociaal Raadslieden}} {{org:Sociaal Raadslieden Den Haag}}
Aan: [[person:Ozturk]], [[person:Mehmet]]
Onderwerp: herstel toeslagen mw. [[person:Azzouzi]]

Beste [[person:Mehmet]],

Mevrouw [[person:Nadia Azzouzi]] is door de {{org:Dienst Toeslagen}} erkend als gedupeerde van de toeslagenaffaire (brief van [[date:9 februari 2024]], dossiernummer [[dossier:UHT-0128-4471]]). Zij krijgt de compensatie van € 30.000 en kwijtschelding van publieke schulden.

Let op: private schuldeisers (o.a. {{org:Vattenfall}} en {{org:Zilveren Kruis}}) lopen nog. Zij heeft via het {{org:SWT}} recht op een {{role:brede ondersteuner}} van de gemeente, kun jij dat aanvragen?

Haar gegevens:
geb. [[date:22-11-1982]]
BSN [[bsn:935.440.240]]
[[address:Jacob Catsstraat 3 bis]], [[postcode:2515 HA]]

Met vriendelijke groet,
[[person:Marianne Bos]]
{{role:sociaal raadslid}}
[[phone:070 - 364 79 02]] (ma-wo-vr)
""")

T("""
Dear Ms [[person:Bos]],

Thank you for the information. Mrs [[person:Azzouzi]] asked me to write to you in English because her husband, Mr [[person:Karim Azzouzi]], only reads English (he is from the UK). They both agree that we share the letter of the {{org:Dienst Toeslagen}} with the {{role:brede ondersteuner}}.

Could you also tell us whether the compensation will be paid to the joint account [[iban:NL13ABNA8740717177]]?

Best regards,
[[person:Mehmet Öztürk]]
{{role:social worker}}, {{org:SWT}} {{wijk:Stationsbuurt}}
""")

T("""
Van: [[person:El Ouali]], [[person:Hanane]] <[[email:h.elouali@parnassia.nl]]>
Verzonden: dinsdag [[date:23 april 2024]] 23:58
Aan: [[email:swt.scheveningen@denhaag.nl]]
Onderwerp: Crisisdienst - overdracht

Collega's,

Kort i.v.m. drukte: vanavond crisisbeoordeling gedaan bij dhr. [[person:A. Darwish]] ([[date:04-04-1994]]), [[address:Keizerstraat 310]], {{wijk:Scheveningen}}. Geen opname, wel ernstige depressieve klachten en schulden. Hij geeft toestemming om jullie in te schakelen. Hij heeft geen {{role:huisarts}}!

Hij is bereikbaar op [[phone:06 3300 1947]]. Zijn zus [[person:Lina]] wil ook betrokken worden, [[phone:06 3300 2212]].

[[person:Hanane]]
{{role:SPV}} {{org:Acute Psychiatrie Parnassia}}
""")

T("""
Hoi [[person:Hanane]],

Dank. Ik ga morgen naar dhr. [[person:Darwish]]. Ik meld hem ook aan bij een {{role:huisarts}} in de wijk, dokter [[person:Pieternella]] neemt nog mensen aan.

[[person:Yvonne]]
""")

T("""
Van: [[person:Dirk-Jan Vermeulen]] <[[email:dj.vermeulen@haagwonen.nl]]>
Aan: [[person:Gerard Baas]]
Onderwerp: Vonnis ontruiming - dhr. [[person:Popescu]]

Hoi [[person:Gerard]],

Helaas: de {{role:kantonrechter}} heeft op [[date:16 april]] de ontruiming toegewezen voor dhr. [[person:Mihai Popescu]], [[address:Melis Stokelaan 1710]], huurdernummer [[dossier:330 418 72]]. De {{role:deurwaarder}} heeft de ontruiming gepland op [[date:14-05-2024]].

Er is nog één kans: als vóór [[date:10 mei]] de volledige achterstand (€ 4.870,12) plus kosten betaald wordt, of er een garantstelling van de gemeente ligt, schorten we op. Een "tweede kans"-traject via {{org:Stichting Tweede Kans}} is ook bespreekbaar.

Groet,
[[person:Dirk-Jan]]
{{role:incassomedewerker}} {{org:Haag Wonen}}
T [[phone:070 - 310 39 14]]
""")

T("""
Van: [[person:Monique Sahetapy]]
Aan: [[person:Dirk-Jan Vermeulen]]
CC: [[person:Gerard Baas]]; [[person:Lucas Hendriks]]
Onderwerp: RE: Vonnis ontruiming - dhr. [[person:Popescu]]

Beste [[person:Dirk-Jan]],

Namens de gemeente kan ik bevestigen dat er een aanvraag garantstelling loopt voor dhr. [[person:Popescu]] (zaak [[dossier:GS-2024-0611]]). Besluit volgt uiterlijk [[date:8 mei]]. Willen jullie de ontruiming tot die tijd aanhouden?

Met vriendelijke groet,
[[person:Monique Sahetapy]]
{{role:Beleidsadviseur preventie huisuitzettingen}}
{{org:Gemeente Den Haag}}, {{org:Dienst SZW}}
[[phone:06-52 44 19 03]]
""")

T("""
verzonden vanaf mijn iPhone

> Op [[date:24 apr. 2024]] om 18:02 heeft [[person:Patricia Esajas]] het volgende geschreven:
> Goedenavond mevrouw, mijn moeder mevr. [[person:Esajas]] heeft vandaag de sleutel gekregen van de nieuwe woning op de [[address:Zuidlarenstraat 57]]. Wanneer komt de mevrouw van de {{org:wijkverpleging}}? Groetjes [[person:Patricia]]

Beste [[person:Patricia]], de {{role:wijkverpleegkundige}} ([[person:Saskia]]) komt [[date:vrijdag 26 april]] tussen 10 en 12. Gr [[person:Ingeborg]]
""")

T("""
Beste [[person:Ingeborg]],

In de bijlage het ingevulde overdrachtsformulier van mevrouw [[person:Esajas]], [[person:Elfriede]], geboren [[date:03-03-1938]], van thuiszorg {{org:Vitaal Thuis}} naar {{org:Florence}}. Zorgindicatie: 4 uur per week persoonlijke verzorging, medicatie via baxterrol van {{org:Apotheek Escamp}}. Clientnummer bij ons: [[dossier:VTH-20917]].

Nieuw adres: [[address:Zuidlarenstraat 57]], [[postcode:2545 VN]]. {{role:Huisarts}} blijft dr. [[person:F. Kalloe]].

Met vriendelijke groet,
[[person:Margreet Haasnoot]]
{{role:wijkverpleegkundige}} {{org:Vitaal Thuis}}
""")

T("""
From: [[person:Rania Khalil]] <[[email:rkhalil@vluchtelingenwerk.nl]]>
Subject: Family reunification - Mr. [[person:Omar Khalil]]

Dear colleague,

I work as a {{role:legal advisor}} at {{org:VluchtelingenWerk}}. My client Mr. [[person:Omar Khalil]] (V-number [[dossier:V-2981044617]]) has been granted family reunification by the {{org:IND}}. His wife [[person:Yara]] and their children [[person:Ahmad]], [[person:Lama]] and [[person:Tala]] are expected to arrive at Schiphol on [[date:7 May 2024]].

He currently rents one room at [[address:Hoefkade 1014]], which is far too small for five people. Can the neighbourhood team in {{wijk:Transvaal}} help with urgent housing and the registration of the family at the municipality?

His mobile: [[phone:+31 (0)6 4817 3390]].

Kind regards,
[[person:Rania Khalil]]
""")

T("""
Hoi [[person:Rania]],

Ik ben er deze week niet, maar [[person:Priscilla]] neemt het over. Ze belt dhr. [[person:Khalil]] morgen.

Hartelijke groet,
[[person:Bas]]

[[person:Bas van Dijk]] | {{role:Wmo-adviseur}} | {{org:SWT}} {{wijk:Transvaal}} | ma-di-wo
""")

T("""
Van: [[person:Hennie de Zwart]]
Verzonden: [[date:maandag 29 april 2024]] 10:12
Aan: {{org:SWT}} {{wijk:Waldeck}}
Onderwerp: mevrouw [[person:Roos]] uit de Oude Haagweg

Beste mensen,

Ik ben {{role:vrijwilliger}} bij {{org:De Zonnebloem}} en bezoek sinds 2021 elke veertien dagen mevrouw [[person:Gerda Roos]] op de [[address:Oude Haagweg 421]]. De laatste keren was zij erg verward, ze dacht dat het zondag was en ze had haar jas aan in huis. Haar koelkast was leeg en er lag een stapel ongeopende post, o.a. van het {{org:CAK}} en van {{org:Eneco}}.

Zij heeft geen kinderen. Er komt alleen een nichtje, [[person:Bianca]], maar die woont in Groningen.

Ik wil niet achter haar rug om iets doen, maar ik maak me zorgen. Wat kan ik doen?

Met vriendelijke groet,
[[person:Hennie de Zwart]]
[[phone:06-24 81 77 90]]
""")

T("""
Beste [[person:Hennie]],

Wat goed dat u dit meldt. U doet niets achter haar rug om; dit is precies waar wij voor zijn. Ik ga samen met de {{role:casemanager dementie}} contact leggen met mevrouw [[person:Roos]] en stel voor dat u bij het eerste bezoek aanwezig bent, dan ziet ze een bekend gezicht. Zou [[date:dinsdag 7 mei]] om 11.00 uur kunnen?

Met vriendelijke groet,

[[person:Kim Verhoef]]
{{role:welzijnscoach}} {{org:SWT}} {{wijk:Waldeck}}/{{wijk:Kijkduin}}
T [[phone:070 353 81 16]]
Ik werk op maandag, dinsdag en donderdag.
""")

T("""
Hoi [[person:Kim]],

Ik heb even in het systeem gekeken: mw. [[person:G. Roos]], [[date:14-8-1936]], BSN [[bsn:466671908]], staat bij ons geregistreerd met een indicatie huishoudelijke hulp (via {{org:Florence}}) en een CAK-nummer [[dossier:3004118275]]. Er is een achterstand eigen bijdrage van 5 maanden, vandaar de brieven.

Ik zet een signaal naar het {{org:CAK}} dat de hulp niet gestopt mag worden.

[[person:Jan-Willem]]
{{role:Wmo-consulent}}
""")

T("""
Goedemiddag [[person:Rutger]],

Zoals afgesproken de lijst voor de vakantieoverdracht (ik ben weg van [[date:6 mei]] t/m [[date:24 mei]]):

- [[person:Ahmadzai]] ([[address:Dierenselaan 8]]): bewind aangevraagd, uitspraak verwacht rond [[date:15/5]], bellen met {{role:bewindvoerder}} [[person:Ferhat]] van {{org:Solidis}}
- mw. [[person:Tahiri]]: wekelijks even bellen ([[phone:06-13 02 68 47]]), valt anders terug in drinken
- dhr. [[person:Blom]]: niets doen tenzij {{org:Haag Wonen}} belt
- fam. [[person:Pinas-Fernandes]]: MDO [[date:16 mei]], graag aanschuiven, agenda staat klaar
- [[person:Nowak]] ([[person:Agnieszka]], de zus, niet de {{role:schuldhulpverlener}}!): belt misschien over de huurtoeslag

Dank je wel!
[[person:Suzanne]]
""")

T("""
From: [[person:Rachel Goldstein]] <[[email:rgoldstein@britishschool.nl]]>
To: [[email:swt.wateringseveld@denhaag.nl]]
Date: [[date:30/04/2024]]
Subject: Concern about a family

Dear team,

I am the {{role:school counsellor}} at the {{org:British School in the Netherlands}}. I am writing with the permission of Mrs [[person:Ana Silva]], mother of [[person:Lucas]] (Year 5). Since her husband left in March, she has been living with [[person:Lucas]] at [[address:Bertinkhof 23]] in {{wijk:Wateringse Veld}} without income; the school fees are paid by the father's employer but she has no access to money for food.

She does not speak Dutch and is afraid to go to the municipality. Could someone from your team meet her? She is available on weekdays before 2:30 pm. Her phone is [[phone:06-1208 4439]].

With best wishes,
[[person:Rachel Goldstein]]
""")

T("""
Van: [[person:Sophie Reddy]]
Aan: {{org:Tolkcentrum Den Haag}}
Onderwerp: Tolkaanvraag Dari - huisbezoek

Goedemorgen,

Ik wil graag een tolk Dari aanvragen (ter plaatse, geen telefoon) voor een huisbezoek bij mevrouw [[person:Noori]].

Datum: [[date:do 2 mei 2024]]
Tijd: 13.00-14.30
Adres: [[address:Parkietstraat 17]], [[postcode:2564 ZB]] Den Haag
Gespreksonderwerp: rouw, psychische klachten
Voorkeur: vrouwelijke tolk
Kostenplaats: {{org:SWT}} {{wijk:Escamp}}, projectcode 7712

Contactpersoon: [[person:Sophie Reddy]], [[phone:06-81 11 39 27]]

Met vriendelijke groet,
[[person:Sophie]]
""")

T("""
Bevestiging tolkopdracht [[dossier:TC-2024-058831]]

Beste [[person:Sophie Reddy]],

Uw aanvraag is ingepland. Tolk: mevr. [[person:M. Popal]] (Dari/Farsi). Zij meldt zich op [[date:2 mei]] om 12.55 uur op het opgegeven adres. Annuleren kan kosteloos tot 24 uur van tevoren.

{{org:Tolkcentrum Den Haag}}
""")

T("""
[[person:Daan]], [[person:Ayşe]] - wie van jullie heeft het nieuwe nummer van dhr [[person:lewandowski]]? [[phone:0616882042]] werkt niet meer. {{org:Brijder}} heeft hem nodig voor de intake ivm alcohol.
""")

T("""
Van: [[person:Kofi Agyeman]] <[[email:k.agyeman@reclassering.nl]]>
Aan: [[person:Peter de Jong]]
Onderwerp: dhr. [[person:R. Landveld]] - toezicht en woonplek

Beste [[person:Peter]],

Ik ben {{role:reclasseringswerker}} bij {{org:Reclassering Nederland}} en houd toezicht op de heer [[person:R. Landveld]] ([[date:15-01-1991]]), parketnummer [[dossier:09/227781-23]]. Meneer komt op [[date:13 mei 2024]] vrij uit de {{org:PI Haaglanden}}.

Een van de bijzondere voorwaarden is een vaste woon- of verblijfplaats. Zijn moeder, mevrouw [[person:Sharon Landveld]], woont in {{wijk:Moerwijk}} aan de [[address:Moerweg 118]], maar daar wonen ook jonge kinderen. Ik begrijp dat jullie het gezin kennen. Kunnen we overleggen?

Met vriendelijke groet,
[[person:Kofi Agyeman]]
[[phone:06-46 93 50 12]]
""")

T("""
Geachte mevrouw [[person:Dekker]],

Hierbij bevestigen wij de aanmelding van uw cliënt bij het {{org:CAK}} voor de wanbetalersregeling zorgverzekering.

Naam: dhr. [[person:D. Kovalenko]]
Geboortedatum: [[date:28 oktober 1988]]
BSN: [[bsn:644055716]]
Zorgverzekeraar: {{org:CZ}}, polisnummer [[dossier:CZ 8844 0917]]
Bestuursrechtelijke premie per maand: € 187,45

Zodra de schuld bij de zorgverzekeraar in een schuldregeling is opgenomen, kan de regeling beëindigd worden. De premie wordt nu ingehouden op de uitkering; het restant wordt gestort op [[iban:NL66SNSB1910102794]].

Met vriendelijke groet,
{{org:CAK}}, afdeling Wanbetalers
Kenmerk: [[dossier:WB/2024/0455102]]
""")

T("""
Hoi [[person:Fleur]],

Ik heb vandaag met dhr. [[person:Kovalenko]] de brief van het {{org:CAK}} doorgenomen. Hij dacht dat hij € 187 boete per maand kreeg. Uitgelegd dat het de premie is. Hij is gerustgesteld.

Volgende stap: aanmelding {{org:Schuldhulpverlening Den Haag}} op [[date:maandag 13 mei]]. Vrouw [[person:Oksana]] gaat mee.

[[person:Wouter]]
""")

T("""
Van: [[person:Jansen]], [[person:Marloes]] <[[email:m.jansen@ggdhaaglanden.nl]]>
Verzonden: dinsdag [[date:7 mei 2024]] 13:50
Aan: [[person:Verbeek]], [[person:Marjolein]]
Onderwerp: RE: hygiënecontrole [[address:Wolmaransstraat 3]]

Hoi [[person:Marjolein]],

We zijn er gisteren geweest. De woning van dhr. [[person:Yassine Benali]] ([[date:11/11/1959]]) is ernstig vervuild, score 6 op de Vuilschaal. Geen acuut gevaar voor de buren maar wel brandgevaar (stapels kranten bij de kachel).

Meneer staat open voor een opruimactie als hij zelf mag bepalen wat weg gaat. Hij wil wel dat [[person:Marco]] van het {{org:SWT}} erbij is, die kent hij.

Voorstel: opruimdag [[date:donderdag 23 mei]] met {{org:Haagse Wijk- en Woonzorg}}. Dossier bij ons: [[dossier:GGD-WV-24-0188]].

Groetjes,
[[person:Marloes Jansen]]
{{role:GGD-verpleegkundige}} {{org:OGGZ}}
[[phone:06 15 23 88 04]]
""")

T("""
Beste [[person:Marloes]], top! [[person:Marco]] heeft de [[date:23e]] vrijgehouden. [[person:Marjolein]]
""")

T("""
Van: [[person:Esther Mulder]]
Verzonden: [[date:8 mei 2024]] 08:31
Aan: [[person:Ayşe Demir]]
Onderwerp: dhr. [[person:Amrani]] - labuitslagen / afspraak

Hoi [[person:Ayşe]],

Goed nieuws: dhr. [[person:Amrani]] is gisteren toch op het spreekuur gekomen, samen met zijn buurman [[person:Said Benali]]. {{role:Huisarts}} [[person:Pinas]] wil hem graag over 2 weken terugzien. Kun jij hem daaraan herinneren? Afspraak: [[date:woensdag 22 mei]] om 10.40.

Groetjes,
[[person:Esther]]
""")

T("""
Van: [[person:Lin]], [[person:Jasmine]] <[[email:jasmine.lin@europol.europa.eu]]>
Verzonden: [[date:Thursday, 9 May 2024]] 17:03
Aan: [[email:swt.bezuidenhout@denhaag.nl]]
Onderwerp: Help for my neighbour / hulp voor buurvrouw

Hello,

Sorry, my Dutch is not good enough. My elderly neighbour, Mrs [[person:Koster]], lives alone in the apartment next to mine ([[address:Laan van Nieuw Oost-Indië 131-C]]). Yesterday she knocked on my door at 11 pm because she could not find her bedroom. She has a daughter, [[person:Ineke]], but I only have her first name.

Is there someone who can check on her? I am home most evenings, and I can open the building door for you. My number: [[phone:+31 6 38 27 11 05]].

Thank you,
[[person:Jasmine]]
""")

T("""
Hi [[person:Jasmine]],

Thank you for letting us know. We will try to contact Mrs [[person:Koster]] this week. For privacy reasons we cannot tell you afterwards what we discussed with her, I hope you understand.

Kind regards,
[[person:Thijs Maduro]]
{{role:ouderenconsulent}}, {{org:SWT}} {{wijk:Bezuidenhout}}
""")

T("""
Van: [[person:Van Dam]], [[person:Sjoerd]]
Aan: [[person:Kees Brouwer]]
Onderwerp: FW: Beschikking schuldsanering [[person:Lewandowski]]

Ter info, zie hieronder. [[person:Paweł]] is toegelaten tot de WSNP per [[date:15 mei 2024]].

Van: {{org:Rechtbank Den Haag}}, team insolventie
Verzonden: woensdag [[date:15 mei 2024]] 09:12
Onderwerp: Uitspraak [[dossier:C/09/24/118 R]]

De rechtbank verklaart de schuldsaneringsregeling van toepassing ten aanzien van [[person:P. Lewandowski]], geboren op [[date:2 juni 1979]] te Gdańsk, wonende te Den Haag aan de [[address:Goudenregenstraat 156]]. Tot {{role:bewindvoerder}} wordt benoemd mr. [[person:L.M. van Rijn]].

De boedelrekening ten name van de saniet is [[iban:NL09KNAB9179077248]]; alle inkomsten worden op deze rekening gestort.
""")

T("""
Van: [[person:Marco Hoek]]
Verzonden: vr [[date:24-05-2024]] 16:55
Aan: [[person:Marloes Jansen]]; [[person:Marjolein Verbeek]]
Onderwerp: opruimdag Wolmaransstraat - verslag

Hoi allebei,

Het is gelukt! 14 kuub afval, keuken weer bruikbaar. Dhr. [[person:Benali]] was emotioneel maar trots. Zijn broer [[person:Driss]] kwam 's middags helpen.

Afspraak: elke 2 weken komt iemand van {{org:Haagse Wijk- en Woonzorg}} op donderdag. Ik blijf zelf wekelijks langsgaan. Rookmelder is geplaatst door de {{org:brandweer}}.

Fijn weekend,
[[person:Marco]]

[[person:Marco Hoek]] | {{role:maatschappelijk werker}} | {{org:SWT}} {{wijk:Transvaal}}
[[phone:06-44 12 09 83]] | ma di wo do
""")

T("""
Beste mevrouw [[person:Mensah]],

Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van de uitvaart van uw zoon ontvangen. Wij vinden het heel erg voor u.

Om uw aanvraag te beoordelen hebben wij nog nodig:
- de factuur van {{org:Uitvaartverzorging Haaglanden}}
- uw bankafschriften van [[iban:NL31RBRB3027045301]] over de maanden februari en maart

U kunt de stukken mailen naar uw {{role:klantmanager}}, de heer [[person:Jelle Baas]], [[email:jelle.baas@denhaag.nl]], onder vermelding van zaaknummer [[dossier:BB-24-081347]].

Met vriendelijke groet,
{{org:Gemeente Den Haag}}, {{org:Dienst SZW}}
""")

T("""
Hoi, kort verslag telefoongesprek [[date:28/5]]: mw. [[person:grace mensah]] belde huilend, ze snapt de brief van bijzondere bijstand niet. Ik ga [[date:vrijdag 31 mei]] met haar de papieren zoeken. Haar bankapp werkt niet, ik neem de afschriften uit de bank mee. [[person:Lotte]]
""")

T("""
Van: [[person:Hakan Aydın]] <[[email:h.aydin@haagwonen.nl]]>
Aan: [[person:Zeynep Aydın]]
Onderwerp: RE: mw. [[person:El Amrani]] (geen familie ;-))

Hoi [[person:Zeynep]], ha, nee geen familie hoor, het is een veelvoorkomende naam.

Betaling van € 250 is op [[date:29 april]] binnengekomen. De regeling staat. Volgende termijnen steeds aan het begin van de maand, eerste keer dus [[date:1 juni]]. Lukt het een keer niet, bel mij dan tijdig, dan voorkomen we een nieuwe aanmaning.

Groet,
[[person:Hakan]]
{{role:wijkconsulent}} {{org:Haag Wonen}} {{wijk:Schilderswijk}}
""")

T("""
Van: [[person:Oksana Kovalenko]]
Aan: [[person:Wouter Schipper]]
Onderwerp: Address change

Hello [[person:Wouter]],

We moved! Our new address is [[address:Hobbemaplein 87-3]], [[postcode:2526 JH]]. The municipality (BRP) is informed. Please change it also for the debt help (schuldhulp), our number there is [[dossier:SHV-2024-02213]].

My husband's new phone: [[phone:06-3982 4470]].

Thank you for everything,
[[person:Oksana]]
""")


# ---------------------------------------------------------------- generator
# A small template generator for extra variety (kept under a third of the set).

R = random.Random(40040)

FIRST = [
    "Fatima",
    "Khadija",
    "Youssef",
    "Hanane",
    "Soufiane",
    "Emine",
    "Mehmet",
    "Elif",
    "Burak",
    "Hatice",
    "Sunita",
    "Ravi",
    "Devika",
    "Anita",
    "Rajesh",
    "Gisella",
    "Quincy",
    "Shurandy",
    "Djanira",
    "Nilton",
    "Agnieszka",
    "Tomasz",
    "Katarzyna",
    "Desislava",
    "Stoyan",
    "Ioana",
    "Mihai",
    "Rania",
    "Ahmad",
    "Yara",
    "Senait",
    "Filmon",
    "Yonas",
    "Hodan",
    "Mahad",
    "Ifrah",
    "Mariam",
    "Farid",
    "Zahra",
    "Mei",
    "Jun",
    "Kwame",
    "Akosua",
    "Efua",
    "Yaw",
    "Roos",
    "Sanne",
    "Bram",
    "Kees",
    "Ans",
    "Wim",
    "Lieke",
    "Henk",
    "Olena",
    "Dmytro",
    "Grace",
    "Joy",
    "Precious",
    "Noor",
    "Storm",
    "Hope",
]
LAST = [
    "El Idrissi",
    "Bouzid",
    "Amrani",
    "Tahiri",
    "Azzouzi",
    "Yilmaz",
    "Kaya",
    "Öztürk",
    "Şahin",
    "Demir",
    "Ramcharan",
    "Baldewsingh",
    "Jagesar",
    "Mangal",
    "Ramdin",
    "Pinas",
    "Sabajo",
    "Landveld",
    "Wijngaarde",
    "Martina",
    "Isenia",
    "Maduro",
    "Rosaria",
    "Monteiro",
    "Tavares",
    "Semedo",
    "Fortes",
    "Kowalczyk",
    "Nowak",
    "Zielińska",
    "Petrova",
    "Dimitrov",
    "Popescu",
    "Dumitru",
    "Haddad",
    "Al-Masri",
    "Darwish",
    "Tesfay",
    "Gebremedhin",
    "Kidane",
    "Farah",
    "Warsame",
    "Abdi",
    "Rahimi",
    "Sultani",
    "Popal",
    "Chen",
    "Wang",
    "Zhang",
    "Mensah",
    "Boateng",
    "Owusu",
    "Osei",
    "de Wit",
    "Bakker",
    "Visser",
    "Koster",
    "de Groot",
    "Smit",
    "Mol",
    "Vos",
    "Zomer",
    "de Hoop",
    "van der Berg",
    "Kok",
    "Schouten",
    "Kovalenko",
]
PRO_FIRST = [
    "Marieke",
    "Jeroen",
    "Nadia",
    "Samira",
    "Pieter",
    "Inge",
    "Sander",
    "Esra",
    "Mohamed",
    "Carla",
    "Joyce",
    "Thomas",
    "Fenna",
    "Rik",
    "Hatice",
    "Bilal",
    "Manon",
    "Sharon",
    "Ruben",
    "Els",
]
PRO_LAST = [
    "Verhoeven",
    "Hendriks",
    "Bos",
    "Dekker",
    "van Vliet",
    "de Bruijn",
    "Bennani",
    "Kalloe",
    "Janssen",
    "Hoogendoorn",
    "Ouchan",
    "van Os",
    "Groenewegen",
    "Meijer",
    "Prins",
]
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Loosduinseweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Delftselaan",
    "Moerweg",
    "Zuiderparklaan",
    "Erasmusweg",
    "Melis Stokelaan",
    "Dedemsvaartweg",
    "Weimarstraat",
    "Fahrenheitstraat",
    "Jan Blankenstraat",
    "Wolmaransstraat",
    "Rijswijkseweg",
    "Laakweg",
    "Kempstraat",
    "Hobbemastraat",
    "De la Reyweg",
    "Schalk Burgerstraat",
    "Vlierboomstraat",
    "Escamplaan",
    "Lijsterbesstraat",
    "Beresteinlaan",
    "Oude Haagweg",
    "Troelstrakade",
    "Mercuriusweg",
    "Prins Hendrikstraat",
]
SUFFIX = ["", "", "", "", "-hs", "A", "B", "-II", "-3", " bis", "-C", " 2e", "a", "-1"]
WIJK = [
    "Schilderswijk",
    "Transvaal",
    "Laak",
    "Spoorwijk",
    "Moerwijk",
    "Morgenstond",
    "Bouwlust",
    "Vrederust",
    "Mariahoeve",
    "Bezuidenhout",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Leyenburg",
    "Escamp",
    "Ypenburg",
    "Loosduinen",
    "Waldeck",
    "Valkenboskwartier",
    "Groente- en Fruitmarkt",
    "Rivierenbuurt",
]
ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "casusregisseur",
    "Wmo-adviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "budgetcoach",
    "schuldhulpverlener",
    "casemanager dementie",
    "sociaal beheerder",
    "wijkconsulent",
    "klantmanager",
    "jeugdverpleegkundige",
    "POH-GGZ",
]
DOMAINS = [
    "denhaag.nl",
    "haagwonen.nl",
    "staedion.nl",
    "vestia.nl",
    "ggdhaaglanden.nl",
    "parnassia.nl",
    "florence.nl",
    "xtra.nl",
    "mee-zhn.nl",
    "leger.nl",
]
MONTHS = [
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
MON_SHORT = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
REFERRERS = [
    ("wijkconsulent", "Haag Wonen"),
    ("woonconsultant", "Staedion"),
    ("sociaal beheerder", "Vestia"),
    ("GGD-verpleegkundige", "GGD Haaglanden"),
    ("SPV", "Parnassia"),
    ("welzijnscoach", "Xtra"),
    ("wijkverpleegkundige", "Florence"),
    ("trajectbegeleider", "Leger des Heils"),
    ("praktijkondersteuner", "Huisartsenpraktijk Transvaal"),
    ("intern begeleider", "Basisschool De Springplank"),
]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def pick(xs):
    return R.choice(xs)


def gen_bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            f = R.random()
            if f < 0.2:
                return s[:4] + "." + s[4:6] + "." + s[6:]
            if f < 0.35:
                return s[:3] + " " + s[3:6] + " " + s[6:]
            return s


def gen_iban():
    bank = pick(BANKS)
    acc = "".join(str(R.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acc + "NL00")
    iban = "NL%02d%s%s" % (98 - int(num) % 97, bank, acc)
    if R.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_postcode():
    letters = "ABCEGHJKLMNPRTVWXZ"
    pc = "%d%s%s" % (R.randint(2491, 2599), pick(letters), pick(letters))
    return pc[:4] + (" " if R.random() < 0.65 else "") + pc[4:]


def gen_address():
    return "%s %d%s" % (pick(STREETS), R.randint(1, 480), pick(SUFFIX))


def gen_phone():
    f = R.random()
    if f < 0.35:
        n = "6" + str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(7))
        return pick(
            [
                "0%s-%s" % (n[:1], n[1:]),
                "0%s %s %s %s %s" % (n[:1], n[1:3], n[3:5], n[5:7], n[7:]),
                "0%s" % n,
                "+31 %s %s %s" % (n[:1], n[1:5], n[5:]),
            ]
        )
    if f < 0.7:
        n = str(R.randint(3, 4)) + "".join(str(R.randint(0, 9)) for _ in range(6))
        return pick(
            ["070-%s" % n, "070 %s %s %s" % (n[:3], n[3:5], n[5:]), "(070) %s %s" % (n[:3], n[3:])]
        )
    n = str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(7))
    return pick(["06 %s %s" % (n[:4], n[4:]), "+31 (0)6 %s%s" % (n[:4], n[4:]), "06-%s" % n])


def gen_date(year=2024, weekday=False):
    d, m = R.randint(1, 28), R.randint(1, 12)
    f = R.randint(0, 6)
    if f == 0:
        s = "%d %s %d" % (d, MONTHS[m - 1], year)
    elif f == 1:
        s = "%02d-%02d-%d" % (d, m, year)
    elif f == 2:
        s = "%d-%d-'%02d" % (d, m, year % 100)
    elif f == 3:
        s = "%d %s" % (d, MONTHS[m - 1])
    elif f == 4:
        s = "%d/%d" % (d, m)
    elif f == 5:
        s = "%d %s %d" % (d, MON_SHORT[m - 1], year)
    else:
        s = "%02d.%02d.%d" % (d, m, year)
    if weekday:
        s = pick(DAYS[:5]) + " " + "%d %s" % (d, MONTHS[m - 1])
    return s


def gen_birth():
    y = R.randint(1938, 2004)
    d, m = R.randint(1, 28), R.randint(1, 12)
    return pick(
        [
            "%02d-%02d-%d" % (d, m, y),
            "%d %s %d" % (d, MONTHS[m - 1], y),
            "%d-%d-%d" % (d, m, y),
            "%02d/%02d/%d" % (d, m, y),
        ]
    )


def gen_dossier():
    f = R.randint(0, 7)
    n = R.randint(100, 99999)
    return [
        "2024-%05d" % n,
        "SHV-%d" % R.randint(10000, 99999),
        "VT-2024-%04d" % R.randint(100, 9999),
        "#%d" % R.randint(10000, 99999),
        "HW/%d/%04d" % (R.randint(2022, 2024), R.randint(1, 9999)),
        "SZW-%06d" % R.randint(100000, 999999),
        "WMO-24-%06d" % R.randint(1000, 999999),
        "CAK %d" % R.randint(3000000000, 3999999999),
    ][f]


def person_full():
    return "%s %s" % (pick(FIRST), pick(LAST))


def pro():
    return pick(PRO_FIRST), pick(PRO_LAST)


def email_of(first, last):
    loc = pick(["%s.%s" % (first[0], last), "%s.%s" % (first, last), "%s%s" % (first[0], last)])
    loc = loc.lower().replace(" ", "").replace("ö", "o").replace("ş", "s").replace("ı", "i")
    return "%s@%s" % (loc, pick(DOMAINS))


def t_ooo():
    f, l = pro()
    cf, cl = pro()
    w = pick(WIJK)
    m = R.randint(1, 11)
    d1, d2 = R.randint(1, 20), R.randint(1, 28)
    start = pick(["%d %s" % (d1, MONTHS[m - 1]), "%02d-%02d-2024" % (d1, m), "%d/%d" % (d1, m)])
    end = pick(
        [
            "%d %s" % (d2, MONTHS[m]),
            "%02d-%02d-2024" % (d2, m + 1),
            "%d %s 2024" % (d2, MON_SHORT[m]),
        ]
    )
    return pick(
        [
            "Automatisch antwoord\n\nBedankt voor uw bericht. Ik ben van [[date:%s]] tot en met [[date:%s]] afwezig. "
            "Uw mail wordt niet doorgestuurd. Voor vragen over cliënten van het {{org:SWT}} {{wijk:%s}} kunt u terecht bij "
            "[[person:%s %s]] via [[phone:%s]] of [[email:%s]].\n\nMet vriendelijke groet,\n[[person:%s %s]]\n{{role:%s}}"
            % (start, end, w, cf, cl, gen_phone(), email_of(cf, cl), f, l, pick(ROLES)),
            "Afwezig: ik ben er weer op [[date:%s]]. Bij spoed: [[person:%s]], [[phone:%s]].\n[[person:%s]] ({{role:%s}}, {{wijk:%s}})"
            % (gen_date(weekday=True), cf, gen_phone(), f, pick(ROLES), w),
            "I am currently out of office and will be back on [[date:%d %s]]. For urgent matters please contact "
            "[[person:%s %s]] ([[email:%s]]).\n\nIk ben afwezig tot [[date:%s]].\n\n[[person:%s %s]] | {{role:%s}} | {{org:SWT}} {{wijk:%s}}"
            % (
                R.randint(1, 28),
                pick(EN_MONTHS),
                cf,
                cl,
                email_of(cf, cl),
                gen_date(),
                f,
                l,
                pick(ROLES),
                w,
            ),
        ]
    )


def t_aanmelding():
    fn, ln = pick(FIRST), pick(LAST)
    f, l = pro()
    w = pick(WIJK)
    lines = [
        "Naam: [[person:%s %s]]" % (fn, ln),
        "Geboortedatum: [[date:%s]]" % gen_birth(),
        "BSN: [[bsn:%s]]" % gen_bsn(),
        "Adres: [[address:%s]]" % gen_address(),
        "Postcode/plaats: [[postcode:%s]] Den Haag" % gen_postcode(),
        "Tel.: [[phone:%s]]" % gen_phone(),
    ]
    if R.random() < 0.6:
        lines.append("IBAN: [[iban:%s]]" % gen_iban())
    if R.random() < 0.5:
        lines.append("Kenmerk verwijzer: [[dossier:%s]]" % gen_dossier())
    reason = pick(
        [
            "huurachterstand en ongeopende post",
            "eenzaamheid na overlijden partner",
            "schulden, dreigende afsluiting energie",
            "overbelaste mantelzorger, vraag om respijtzorg",
            "vermoeden van financieel misbruik door familie",
            "dakloos geraakt na scheiding",
            "geheugenproblemen, woont alleen",
        ]
    )
    return (
        "Onderwerp: aanmelding %s - %s\n\nBeste collega's van het {{org:SWT}} {{wijk:%s}},\n\n"
        "Hierbij meld ik onderstaande cliënt aan. Toestemming is besproken en getekend op [[date:%s]].\n\n%s\n\n"
        "Reden: %s.\n\nGroet,\n[[person:%s %s]]\n{{role:%s}}, {{org:%s}}\n[[phone:%s]]"
        % (
            (
                "[[person:%s]]" % ln,
                pick(["graag huisbezoek", "spoed", "ter info", "multiproblematiek"]),
                w,
                gen_date(),
                "\n".join(lines),
                reason,
                f,
                l,
            )
            + pick(REFERRERS)
            + (gen_phone(),)
        )
    )


def t_regeling():
    fn, ln = pick(FIRST), pick(LAST)
    f, l = pro()
    corp = pick(["Haag Wonen", "Staedion", "Vestia"])
    return (
        "Geachte heer/mevrouw [[person:%s]],\n\nHierbij bevestigen wij de betalingsregeling voor de huurachterstand "
        "van de woning aan de [[address:%s]], [[postcode:%s]]. U betaalt %d termijnen van € %d,-, de eerste op "
        "[[date:%s]]. Wij schrijven het bedrag maandelijks af van rekening [[iban:%s]]. Uw huurdernummer is "
        "[[dossier:%s]].\n\nMet vriendelijke groet,\n[[person:%s %s]]\n{{role:incassomedewerker}} {{org:%s}}\n"
        "cc: {{role:%s}} {{org:SWT}} {{wijk:%s}}"
        % (
            ln,
            gen_address(),
            gen_postcode(),
            R.randint(3, 12),
            R.randint(50, 300),
            gen_date(),
            gen_iban(),
            "%d%05d" % (R.randint(10, 99), R.randint(0, 99999)),
            f,
            l,
            corp,
            pick(ROLES),
            pick(WIJK),
        )
    )


def t_invite():
    f1, l1 = pro()
    f2, l2 = pro()
    ln = pick(LAST)
    return (
        "%s: %s mw./dhr. [[person:%s]]\nWanneer: [[date:%s]] %s\nWaar: %s\nOrganisator: [[person:%s %s]]\n"
        "Verplicht: [[person:%s %s]]; [[person:%s]] ({{org:%s}})\n\nOnderwerp: voortgang plan van aanpak, "
        "dossier [[dossier:%s]]. Cliënt is zelf aanwezig vanaf half."
        % (
            pick(["Uitnodiging", "Bijgewerkt", "Verplaatst"]),
            pick(["MDO", "Evaluatie", "Rondetafelgesprek"]),
            ln,
            gen_date(weekday=True),
            pick(["10:00-11:00", "13:30-15:00", "09:00-10:30"]),
            pick(
                [
                    "{{org:Wijkcentrum De Kraaienvelden}}",
                    "{{org:Servicepunt XL}} {{wijk:Laak}}",
                    "Microsoft Teams-vergadering",
                    "{{org:Wijkcentrum Transvaal}}",
                ]
            ),
            f1,
            l1,
            f2,
            l2,
            pick(FIRST),
            pick(["Veilig Thuis", "GGD", "Parnassia", "Haag Wonen", "CJG"]),
            gen_dossier(),
        )
    )


def t_english():
    fn, ln = pick(FIRST), pick(LAST)
    f, l = pro()
    d, m = R.randint(1, 28), R.randint(0, 11)
    return pick(
        [
            "Dear Mr/Ms [[person:%s]],\n\nThis is to confirm your appointment with our {{role:budget coach}} on "
            "[[date:%d %s]] at 10:00 at the {{org:Servicepunt XL}}. Please bring your bank statements ([[iban:%s]]) "
            "and any letters from the {{org:Belastingdienst}}. Our reference: [[dossier:%s]].\n\nIf you cannot come, "
            "please call [[phone:%s]].\n\nKind regards,\n[[person:%s %s]]"
            % (ln, d, EN_MONTHS[m], gen_iban(), gen_dossier(), gen_phone(), f, l),
            "Hi [[person:%s]],\n\nI spoke to [[person:%s]] today; the family moved to [[address:%s]], [[postcode:%s]] on "
            "[[date:%s %d]]. Her new number is [[phone:%s]]. Could you update the file ([[dossier:%s]])?\n\nThanks, [[person:%s]]"
            % (
                f,
                fn,
                gen_address(),
                gen_postcode(),
                EN_MONTHS[m],
                d,
                gen_phone(),
                gen_dossier(),
                pick(PRO_FIRST),
            ),
        ]
    )


def t_bewind():
    fn, ln = pick(FIRST), pick(LAST)
    f, l = pro()
    return (
        "Beste [[person:%s]],\n\nVanaf [[date:%s]] ontvangt %s het leefgeld (€ %d per week) op "
        "[[iban:%s]]. Vaste lasten gaan via de beheerrekening. BSN ter controle: [[bsn:%s]]. Vragen? Bel "
        "[[phone:%s]].\n\nMvg,\n[[person:%s %s]], {{role:bewindvoerder}}\nDossier [[dossier:%s]]"
        % (
            pick(PRO_FIRST),
            gen_date(),
            pick(["[[person:%s]]" % fn, "mw. [[person:%s]]" % ln, "dhr. [[person:%s]]" % ln]),
            R.randint(40, 120),
            gen_iban(),
            gen_bsn(),
            gen_phone(),
            f,
            l,
            pick(
                [
                    "BW-%04d" % R.randint(100, 9999),
                    "%d/%03d-B" % (R.randint(2019, 2024), R.randint(1, 999)),
                    "#%d" % R.randint(10000, 99999),
                ]
            ),
        )
    )


def t_note():
    ln = pick(LAST).lower()
    return pick(
        [
            "notitie: mw [[person:%s]] gebeld ([[phone:%s]]), afspraak [[date:%s]] bij haar thuis, [[address:%s]]. "
            "dochter aanwezig. {{org:Wmo-loket}} nog niet ingeschakeld."
            % (ln, gen_phone(), gen_date(weekday=True), gen_address()),
            "tel. dhr [[person:%s]]: brief {{org:UWV}} kwijt, kenmerk [[dossier:%s]], nieuwe afspraak [[date:%s]]. "
            "[[person:%s]] pakt op." % (ln, gen_dossier(), gen_date(), pick(PRO_FIRST).lower()),
            "fyi [[person:%s]] is verhuisd naar [[address:%s]] ([[postcode:%s]]), nog geen BRP-inschrijving. "
            "BSN [[bsn:%s]]. post gaat nog naar oud adres."
            % (ln, gen_address(), gen_postcode(), gen_bsn()),
        ]
    )


GEN = []
templates = [t_ooo, t_aanmelding, t_regeling, t_invite, t_english, t_bewind, t_note]
for i in range(46):
    GEN.append(templates[i % len(templates)]())


# ---------------------------------------------------------------- build, verify, write

PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}
MARK = re.compile(r"(\[\[|\{\{)(\w+):(.*?)(\]\]|\}\})", re.S)


def parse(marked):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        opn, label, span, cls = m.groups()
        assert (opn == "[[") == (cls == "]]"), m.group(0)
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        start = length
        out.append(span)
        length += len(span)
        rec = {"start": start, "end": length, "label": label, "text": span}
        if opn == "[[":
            assert label in PII_LABELS, label
            pii.append(rec)
        else:
            assert label in KEEP_LABELS, label
            keep.append(rec)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for tok in ("[[", "]]", "{{", "}}"):
        assert tok not in text, (tok, text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return len(s) == 18 and int(num) % 97 == 1


def main():
    items = [("h", t) for t in HAND] + [("g", t) for t in GEN]
    random.Random(4040).shuffle(items)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout40.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (_, marked) in enumerate(items):
            text, pii, keep = parse(marked)
            spans = sorted(pii + keep, key=lambda r: r["start"])
            for r in spans:
                assert text[r["start"] : r["end"]] == r["text"]
                assert r["text"] == r["text"].strip() and r["text"], r
            for a, b in zip(spans, spans[1:]):
                assert a["end"] <= b["start"], (a, b)
            for r in pii:
                if r["label"] == "bsn":
                    assert bsn_ok(r["text"]), r
                if r["label"] == "iban":
                    assert iban_ok(r["text"]), r
            assert pii, text[:80]
            rec = {"id": "ho40-%04d" % i, "text": text, "pii": pii, "keep": keep}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(
        "wrote", path, len(items), "texts (%d hand-written, %d generated)" % (len(HAND), len(GEN))
    )


if __name__ == "__main__":
    main()
