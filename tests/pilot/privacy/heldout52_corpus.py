#!/usr/bin/env python3
"""Held-out corpus 52: correspondence (e-mails, letters, phone notes) in Dutch social
neighbourhood care. Writes heldout52.jsonl next to this script. Deterministic, stdlib only.

Markup: [[x:text]] = pii span, {{x:text}} = keep span.
pii codes: p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, k dossier
keep codes: o org, w wijk, r role
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
    "k": "dossier",
}
KEEP = {"o": "org", "w": "wijk", "r": "role"}

T = []

# ---------------------------------------------------------------- texts
T.append(r"""
Van: [[p:Samira El Idrissi]] <[[e:s.elidrissi@haagwonen.nl]]>
Verzonden: [[d:dinsdag 5 maart 2024]] 11:42
Aan: [[p:Bram Hoek]] <[[e:b.hoek@swtdenhaag.nl]]>
Onderwerp: RE: huurachterstand mw. [[p:Ouarrak]] - [[a:Vaillantlaan 212-III]]

Beste [[p:Bram]],

Dank voor je mail. Ik heb met mijn {{r:teamleider}} overlegd: als mevrouw vóór [[d:1 april]] een betalingsregeling tekent en de lopende huur van maart betaalt, zetten wij de ontruimingsprocedure on hold. De achterstand staat nu op € 2.814,20 (vier maanden). Het dossier ligt al bij {{o:GGN}}, dus graag snel schakelen. Ons kenmerk is [[k:HW/INC/2024/0418]].

Kun jij haar bellen? Wij krijgen haar op [[t:06-28 41 90 73]] niet te pakken.

Met vriendelijke groet,

[[p:Samira El Idrissi]]
{{r:Woonconsulent}} {{w:Schilderswijk}} | {{o:Haag Wonen}}
Postbus 16088 | 2500 BB Den Haag
""")

T.append(r"""
{{o:CAK}}
Postbus 84006
2508 AA Den Haag

Mevrouw [[p:H.A. Warsame]]
[[a:Wolmaransstraat 47]]
[[pc:2572 SG]]  DEN HAAG

Datum: [[d:12 februari 2024]]
Ons kenmerk: [[k:ZVW-BRP-7731905]]
Betreft: bestuursrechtelijke premie Zvw

Geachte mevrouw [[p:Warsame]],

U heeft zes maanden of langer uw zorgpremie niet betaald aan uw zorgverzekeraar {{o:DSW}}. Daarom heeft uw zorgverzekeraar u aangemeld bij het {{o:CAK}}. Vanaf [[d:1 maart 2024]] betaalt u een bestuursrechtelijke premie. Deze premie houden wij in op uw uitkering van {{o:Dienst SZW}}.

Uw burgerservicenummer: [[b:4087.56.020]]

Met vriendelijke groet,
namens het {{o:CAK}},
drs. [[p:M.J. Verhoeven]]
{{r:manager Regelingen}}
""")

T.append(
    r"""
Telefoonnotitie [[d:14-03-2024]], 10.15 uur
Gebeld met {{o:SVB}} (AIO-aanvulling) ivm brief van [[d:29 februari]]. Wachttijd 25 min. Gesproken met mw. [[p:Kalpoe]], zij noemde haar voornaam niet.
Clt dhr. [[p:Mahabier]], geb. [[d:03-11-1957]], klantnr SVB [[k:0512 8837 41]].
- aanvraag AIO is binnen, maar bankafschriften van [[i:NL57 RABO 2884 0727 72]] over 3 maanden ontbreken
- termijn verlengd tot [[d:28 maart]]
- zij stuurt bevestiging naar het postadres ([[a:Zuiderparklaan 184]])
Actie: ik (Jolanda) haal afschriften op bij dhr, dinsdag langs. Terugbellen niet nodig.
""".replace("(Jolanda)", "([[p:Jolanda]])")
)

T.append(
    r"""
-----Oorspronkelijk bericht-----
Van: [[p:Ionuț Popescu]] [mailto:[[e:ionut.popescu88@yahoo.com]]]
Verzonden: [[d:vrijdag 19 januari 2024]] 22:07
Aan: [[p:Lotte Brouwer]]
Onderwerp: brief van Eneco

hallo mevrouw [[p:Brouwer]]
ik heb weer brief van {{o:Eneco}} ze willen 640 euro eindafrekening. ik snap niet want ik woon pas sinds oktober op [[a:Kempstraat 61-2]]. mijn klantnummer staat hier [[k:207 443 918]]. kan u helpen? mijn vrouw [[p:Andreea]] is in Roemenie tot februari, zij doet normaal de papieren.
mijn nummer is [[t:+40 741 283 906]] maar ook NL [[t:0644718230]]
dank u
Ionut
""".replace("\nIonut\n", "\n[[p:Ionut]]\n")
)

T.append(r"""
Aan: {{o:Belastingdienst/Toeslagen}}
Postbus 8024
7300 HS Apeldoorn

Den Haag, [[d:22 april 2024]]

Betreft: bezwaar beschikking huurtoeslag 2023
Uw kenmerk: [[k:T23.41.87.112]]
Naam aanvrager: [[p:Ruth Sabajo]]
BSN: [[b:262 570 087]]

Geachte heer, mevrouw,

Namens mevrouw [[p:Sabajo]] maak ik bezwaar tegen de beschikking van [[d:14 maart 2024]], waarin de huurtoeslag over 2023 op nihil is gezet. U gaat uit van een inkomen van haar zoon [[p:Dwayne]], maar [[p:Dwayne]] staat sinds [[d:1-6-2023]] ingeschreven op [[a:Sportlaan 8-B]] in Zoetermeer. Een uittreksel BRP sluit ik bij.

Bijlagen:
1. machtiging d.d. [[d:18-04-2024]]
2. uittreksel BRP [[p:D.R. Sabajo]]
3. huurcontract {{o:Staedion}}

Met vriendelijke groet,
[[p:Ingrid Wijngaarde]]
{{r:sociaal raadsvrouw}}, {{o:Sociaal Raadslieden}} {{w:Escamp}}
""")

T.append(r"""
Onderwerp: Automatisch antwoord: dossier [[k:SHV-24-00871]]

Dank voor uw bericht. Ik ben afwezig tot en met [[d:ma 15 april]]. Uw mail wordt niet doorgestuurd. Voor dringende zaken rondom schuldhulp kunt u contact opnemen met mijn collega [[p:Kees Koster]] via [[t:06 - 51 30 77 42]] of [[e:k.koster@denhaag.nl]].

Met vriendelijke groet,
[[p:Hüseyin Öztürk]]
{{r:Schuldhulpverlener}} | {{o:Gemeente Den Haag}}, {{o:Schuldhulpverlening}}
""")

T.append(r"""
{{o:Deurwaarderskantoor Van der Linden & Partners}}
Laan van Meerdervoort 70
2517 AN Den Haag

Aan de heer [[p:Y. Gebremedhin]]
[[a:Hobbemastraat 118a]]
[[pc:2526JP]] 's-Gravenhage

Dossiernummer: [[k:VDL-2024-11378]]
Opdrachtgever: {{o:Vattenfall}} Klantenservice N.V.
Datum: [[d:07-03-2024]]

SOMMATIE

Geachte heer [[p:Gebremedhin]],

Ondanks eerdere aanmaningen heeft u de vordering van onze opdrachtgever niet voldaan. Het openstaande bedrag inclusief incassokosten en rente bedraagt € 1.126,48. Wij sommeren u dit bedrag binnen 5 dagen na dagtekening te voldoen. Indien betaling uitblijft, zullen wij zonder nadere aankondiging overgaan tot dagvaarding bij de {{o:kantonrechter}}.

Hoogachtend,
mr. [[p:E. de Bruin]]
{{r:gerechtsdeurwaarder}}
""")

T.append(r"""
Hoi [[p:Mei]],

Even snel: ik sprak vanmorgen [[p:Xiu Ying Lin]] (mevrouw van de nagelstudio op de Weimarstraat, weet je wel). Haar zorgtoeslag is per [[d:1 januari]] stopgezet omdat {{o:Toeslagen}} denkt dat ze een toeslagpartner heeft. Ze woont alleen sinds de scheiding in mei. Kun jij volgende week dinsdag mee naar het spreekuur van {{o:Servicepunt XL}} {{w:Segbroek}}? Je spreekt Mandarijn, dat scheelt een tolk.

Haar nummer: [[t:06 1932 5580]]. Ze is het best bereikbaar na 14.00.

Groet,
[[p:Anouk]]
""")

T.append(
    r"""
Van: [[p:Kwame Mensah]] <[[e:kwame.mensah@gmail.com]]>
Sent: Monday, [[d:February 26, 2024]] 8:51 AM
To: [[e:info.swt.laak@denhaag.nl]]
Subject: my mother Akosua

Dear sir/madam,

I am writing about my mother, Mrs. [[p:Akosua Mensah-Boateng]], [[a:Slicherstraat 23]], [[pc:2525 XP]]. She received a letter from the court (Rechtbank Den Haag) for a hearing on [[d:13 March]] about the rent. She does not read Dutch well and I live in Londen. Her social worker was [[p:Mr. Dekker]] but he does not answer anymore. Can someone from the team please call her on [[t:070-388 12 64]]? My number is [[t:+44 7700 912 384]].

Kind regards,
[[p:Kwame]]
""".replace("Mrs. [[p:", "Mrs. [[p:")
    .replace("(Rechtbank Den Haag)", "({{o:Rechtbank Den Haag}})")
    .replace("[[p:Mr. Dekker]]", "Mr. [[p:Dekker]]")
    .replace("my mother Akosua", "my mother [[p:Akosua]]")
)

T.append(r"""
{{o:Rechtbank Den Haag}}
{{o:Team Kanton}}
Postbus 20302
2500 EH Den Haag

zaak-/rolnummer: [[k:10871244 \ CV EXPL 24-3318]]
datum: [[d:8 april 2024]]

OPROEPING mondelinge behandeling

In de zaak van: {{o:Stichting Staedion}}, eiseres
tegen: [[p:Zeynep Arslan]], wonende te Den Haag, [[a:Apeldoornselaan 311]], gedaagde

De {{o:kantonrechter}} heeft bepaald dat een mondelinge behandeling zal plaatsvinden op [[d:donderdag 2 mei 2024]] om 10.30 uur, Prins Clauslaan 60, zaal K4. Partijen dienen in persoon te verschijnen. Gedaagde kan zich laten bijstaan door een gemachtigde.

de {{r:griffier}},
[[p:A.H. Jonker]]
""")

T.append(r"""
Notitie telefoongesprek {{o:Zilveren Kruis}}, [[d:vrijdag 9/2]]
Namens mw. [[p:Nowak]] ([[p:Agnieszka]], relatienr. [[k:183 557 204]]) gebeld i.v.m. afwijzing vergoeding kraamzorg. Medewerker heette [[p:Jeroen]], afd. declaraties. Zegt dat polis pas is ingegaan op [[d:15-12-2023]] en bevalling was [[d:02-01-2024]], dus geen wachttijd, afwijzing lijkt fout. Hij zet het door naar 2e lijn, terugkoppeling binnen 10 werkdagen per post naar [[a:Jan Blankenstraat 14-hs]].
Mw. zelf nog laten bellen met {{o:Florence}} over de factuur van de kraamzorg.
— [[p:R.A.]]
""")

T.append(
    r"""
Van: [[p:Stoyan Dimitrov]] <[[e:stoyan.d@abv.bg]]>
Aan: [[p:Nadia Azzouzi]] <[[e:n.azzouzi@voorwelzijn.nl]]>
Datum: [[d:wo 3 jan. 2024]] om 16:20
Onderwerp: Fwd: Herinnering DUO

Goedemiddag [[p:Nadia]], hier de brief van {{o:DUO}} zoals je vroeg. Ik heb ook de foto van mijn ID erbij gedaan.

---------- Forwarded message ---------
From: {{o:DUO}} <no-reply@duo.nl>
Date: [[d:Fri, 29 Dec 2023]] 07:00
Subject: Herinnering betaling

Beste heer [[p:Dimitrov]], uw betaling van [[d:1 december 2023]] hebben wij niet ontvangen. Uw relatienummer is [[k:D-4410297]].
""".replace("<no-reply@duo.nl>", "<[[e:no-reply@duo.nl]]>")
)

T.append(r"""
Beste [[p:Wim]],

Zoals besproken hierbij de gegevens voor de aanmelding bij {{o:Humanitas Thuisadministratie}}:

Naam: [[p:Parwin Hakimi]]
Geboortedatum: [[d:17 juli 1979]]
Adres: [[a:Zuidlarenstraat 92]], [[pc:2545 VR]] Den Haag ({{w:Bouwlust}})
Telefoon: [[t:06-47 09 31 85]]
Taal: Dari, redelijk Nederlands

Mevrouw heeft drie kinderen, de oudste ([[p:Sahar]], 16) helpt nu met de post maar dat willen we juist niet meer. Schulden ca. € 6.000, vooral {{o:CJIB}} en {{o:Budget Energie}}. Een vrijwilliger die Dari of Farsi spreekt zou fijn zijn.

Met vriendelijke groet,
[[p:Marieke de Wit]]
{{r:casusregisseur}} {{o:SWT}} {{w:Escamp}}
""")

T.append(r"""
{{o:Staedion}}

Aan mevrouw [[p:S. Tesfay]]
[[a:Dedemsvaartweg 1040]]
[[pc:2545 AP]]  Den Haag

Datum  [[d:20 november 2023]]
Ons kenmerk  [[k:STA-HUUR-5520731]]
Uw kenmerk  -
Betreft  overlastmelding

Beste mevrouw [[p:Tesfay]],

Wij hebben meerdere meldingen ontvangen van geluidsoverlast vanuit uw woning, vooral 's nachts. Wij willen graag met u in gesprek. U bent van harte welkom op [[d:maandag 4 december]] om 14.00 uur op ons kantoor aan de Escamplaan. Neemt u gerust iemand mee, bijvoorbeeld uw {{r:maatschappelijk werker}}.

Met vriendelijke groet,
[[p:Dennis Vos]]
{{r:Wijkconsulent}}
""")

T.append(r"""
Tel. notitie 12/03 — {{o:Eneco}} klantenservice
spr. met [[p:Sharon]]. klant [[p:J. Latumahina]], klantnr [[k:1000 8834 7712]], leveringsadres [[a:Paul Krugerlaan 3 bis]]. maandbedrag van 98 naar 211 gegaan. navraag: meterstanden van [[d:01-01-24]] zijn geschat (storing slimme meter). Nieuwe stand doorgegeven, termijn gaat terug naar ca. 120. Afspraak dat incasso van [[d:28 maart]] wordt tegengehouden. Bevestiging volgt per mail naar [[e:jlatumahina@live.nl]].
""")

T.append(r"""
Geachte heer/mevrouw,

Hierbij machtig ik, [[p:Fadi Khoury]], geboren op [[d:2 augustus 1986]] te Aleppo, wonende aan de [[a:Loevesteinlaan 412]] te Den Haag, mevrouw [[p:Rasha Suleiman]], {{r:maatschappelijk werker}} bij {{o:Xtra}}, om namens mij contact op te nemen met {{o:UWV}}, {{o:Belastingdienst}}, {{o:Gemeente Den Haag}} en mijn zorgverzekeraar {{o:Menzis}} en inlichtingen in te winnen over mijn dossier.

BSN: [[b:670312277]]

Deze machtiging is geldig tot [[d:31-12-2024]].

Plaats en datum: Den Haag, [[d:6/2/2024]]
Handtekening: ........................
""")

T.append(
    r"""
Van: [[p:Jurwin Rosalia]]
Verzonden: [[d:donderdag 11 april 2024]] 09:03
Aan: 'Schuldhulp Intake'
CC: [[p:Yolanda Isenia]]
Onderwerp: aanmelding dhr [[p:F. Martina]] (spoed, beslag)

Goedemorgen,

Graag meld ik dhr. [[p:Giovanni Felida Martina]] aan voor schuldhulpverlening. Er ligt sinds [[d:2 april]] beslag op zijn loon bij uitzendbureau Randstad door {{o:Flanderijn}}; hij houdt nu minder over dan de beslagvrije voet. Dhr. woont met zijn moeder op [[a:Heeswijkplein 9]], telefoon [[t:0681559023]]. Zijn moeder, mevrouw [[p:Isenia]], is in cc, zij helpt met de administratie.

Groet,
[[p:Jurwin Rosalia]]
{{r:jongerenwerker}} / {{o:Xtra}} {{w:Moerwijk}}
""".replace("Aan: 'Schuldhulp Intake'", "Aan: '{{o:Schuldhulp}} Intake'").replace(
        "uitzendbureau Randstad", "uitzendbureau {{o:Randstad}}"
    )
)

T.append(r"""
{{o:Sociale Verzekeringsbank}}
Kantoor Leiden
Postbus 1100
1180 BH Amstelveen

De heer [[p:M.T. Lewandowski]]
[[a:Stuwstraat 33-1]]
[[pc:2516 TC]] Den Haag

Datum: [[d:4 maart 2024]]
Klantnummer: [[k:7003 1928 4461]]
Onderwerp: uw AOW-pensioen

Geachte heer [[p:Lewandowski]],

U woonde in de periode van 1990 tot 2003 niet in Nederland. Daarom heeft u een gedeeltelijk AOW-pensioen. Misschien heeft u recht op een aanvulling (AIO). Het aanvraagformulier sluiten wij bij. Stuur het binnen 4 weken terug.

Wij betalen uw AOW op rekeningnummer [[i:NL33ABNA6817222240]].

Met vriendelijke groet,
[[p:T. van Beek]]
{{r:teamleider}} Klantcontact
""")

T.append(
    r"""
hoi [[p:Roos]]
kort vd [[r:wijkverpleging]]: mw [[p:de hoop]] (de dame van [[a:Kootwijkstraat 7]]) heeft vandaag weer een brief van de deurwaarder onder de mat gehad, {{o:GGN}}, dossier [[k:4471.0982.22]]. ze raakt er erg van in paniek. heeft ze al een bewindvoerder of loopt dat nog? ik ben er morgen weer om 9u. gr [[p:Priya]]
""".replace("[[r:wijkverpleging]]", "{{r:wijkverpleging}}")
)

T.append(r"""
Geachte mevrouw [[p:Doğan]],

Naar aanleiding van ons telefoongesprek van [[d:dinsdag 23 januari]] bevestig ik hierbij de afspraken:

- u betaalt de achterstand van € 487,60 in acht termijnen van € 60,95;
- de eerste termijn betaalt u uiterlijk [[d:1 februari 2024]];
- u maakt over naar ons rekeningnummer onder vermelding van [[k:DUN-88213-07]].

Zolang u zich aan deze afspraken houdt, zal {{o:Dunea}} de waterlevering niet afsluiten. U kunt mij bereiken op mijn directe nummer [[t:088 - 347 6612]].

Met vriendelijke groet,

[[p:Evelien Mol]]
{{r:medewerker Debiteurenbeheer}}
""")

T.append(
    r"""
Van: [[p:Lucas Smit]] <[[e:lucas.smit@parnassia.nl]]>
Aan: [[p:Khadija El Hamdaoui]]; [[p:Tomasz Wiśniewski]]
Onderwerp: MDO dhr. [[p:K.]] / uitnodiging
Datum: [[d:18-03-2024]]

Beste [[p:Khadija]] en [[p:Tomasz]],

Voor het MDO rond dhr. [[p:Kowalczyk]] ([[p:Paweł]]) stel ik [[d:wo 27 maart]] 13.00 voor, locatie {{o:wijkcentrum}} Bouwlust. Aanwezig: {{r:psychiater}} dr. [[p:Haddad]], {{r:SPV}} (ik), {{r:bewindvoerder}} en de {{r:wijkagent}}. Ik heb begrepen dat {{o:Haag Wonen}} een ontruimingsvonnis heeft; graag stukken vooraf mailen, ook het vonnis van [[d:14 februari]].

[[p:Lucas]]

Disclaimer: Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde(n). {{o:Parnassia Groep}} aanvaardt geen aansprakelijkheid.
""".replace("{{o:wijkcentrum}} Bouwlust", "wijkcentrum {{w:Bouwlust}}")
)

T.append(
    r"""
{{o:Zorg en Zekerheid}}
Postbus 400
2300 AK Leiden

Mevrouw [[p:E. Dumitrescu]]
p/a [[a:Melis Stokelaan 1855]]
[[pc:2541 GV]] Den Haag

Datum: [[d:30 jan. 2024]]
Relatienummer: [[k:41 22 903 17]]
Onderwerp: opzegging verzekering wegens wanbetaling

Beste mevrouw [[p:Dumitrescu]],

Omdat u ook na onze laatste herinnering van [[d:5 januari]] de achterstallige premie niet heeft betaald, schorsen wij de dekking van uw aanvullende verzekering per [[d:1 februari 2024]]. Uw basisverzekering loopt door. U heeft een achterstand van 4 maandpremies. Wij bieden u een betalingsregeling aan. Ook kunt u zich laten helpen door een {{r:schuldhulpverlener}}.

Met vriendelijke groet,
[[p:A. Koning]]
{{r:afdeling Incasso}}
""".replace("{{r:afdeling Incasso}}", "afdeling Incasso")
)

T.append(r"""
Gespreksnotitie — telefoon {{o:Belastingdienst}} ([[d:26/3]], 11.40)
Namens dhr [[p:Rami Al-Hassan]] gebeld (machtiging ligt bij hen). Gesproken met [[p:Marloes]]. Voorlopige aanslag 2024 klopt niet: loon van {{o:PostNL}} is dubbel meegenomen. Zij zet een wijziging in gang; nieuwe beschikking binnen 8 weken. Aanslagnummer opgevraagd: [[k:8772.21.212.H.46]]. Zij vroeg ook naar zijn vrouw [[p:Hiba]], maar die heeft een eigen machtiging nodig.
Volgende stap: formulier machtiging aanvullen en mw. laten tekenen. Datum afspraak dhr.: [[d:2-4]], 10u, {{o:Servicepunt XL}} {{w:Laak}}.
""")

T.append(r"""
Beste collega's,

Ter info: vanaf [[d:1 mei]] neemt [[p:Ama Darko]] het werk over van [[p:Anneke Blom]], die met pensioen gaat. [[p:Ama]] is {{r:ouderenconsulent}} en werkt op maandag, dinsdag en donderdag in {{w:Mariahoeve}}. Haar mobiele nummer wordt [[t:06-23 88 01 49]], mail [[e:a.darko@welzijnscheveningen.nl]].

Lopende casussen van [[p:Anneke]] worden per [[d:24 april]] overgedragen in het teamoverleg. Denk ook aan de mevrouw van de Ruijsdaelstraat (mw. [[p:Zomer]]), zij heeft nog een openstaande aanvraag bij het {{o:Wmo-loket}}.

Groet, [[p:Femke]]
{{r:teamleider}} {{o:SWT}} {{w:Mariahoeve}}
""")

T.append(r"""
Datum: [[d:15 mrt 2024]]
Onderwerp: bevestiging ontvangst klacht [[k:#2024-031588]]

Beste heer [[p:Ahmadi]],

Wij hebben uw klacht over de afsluiting van gas en stroom op [[a:Oudemansstraat 221]] op [[d:13-03-2024]] ontvangen. Wij nemen deze binnen 10 werkdagen in behandeling. Omdat u aangeeft dat er een kind van 2 jaar in huis woont en u een medisch apparaat gebruikt, hebben wij de levering voorlopig hersteld.

U heeft gemeld dat uw {{r:maatschappelijk werker}}, mevrouw [[p:Van Dijk]], contact met ons opneemt.

Met vriendelijke groet,
{{o:Vattenfall}} Klantenservice
""")

T.append(r"""
{{o:CJIB}}
Postbus 1794
8901 CB Leeuwarden

Betreft: verzoek betalingsregeling
Naam: [[p:Filmon Tekle]]
Geboortedatum: [[d:01-01-1994]]
CJIB-nummer: [[k:3000 1471 8823 1177]]

Den Haag, [[d:5 maart 2024]]

Geachte heer, mevrouw,

Dhr. [[p:Tekle]] heeft drie boetes openstaan met een totaal van € 780. Hij leeft van een bijstandsuitkering (alleenstaande norm) en heeft vaste lasten van huur, energie en zorgverzekering. Wij verzoeken u een betalingsregeling van € 25 per maand toe te staan.

Correspondentieadres: [[a:Wouwermanstraat 12]], [[pc:2526 BB]] Den Haag.

Met vriendelijke groet,
[[p:Mussie Ghebreyesus]]
{{r:trajectbegeleider}} {{o:Vluchtelingenwerk}}
""")

T.append(r"""
[[p:Naima]], kun je even kijken? dit kwam via het contactformulier binnen:

> Naam: [[p:Hodan Farah]]
> E-mail: [[e:hodanfarah1990@hotmail.com]]
> Telefoon: [[t:06 – 14 27 83 69]]
> Bericht: Ik heb een brief gekregen van de {{o:SVB}} dat ik kinderbijslag moet terugbetalen van de tweede kwartaal. Mijn dochter [[p:Ayaan]] woont bij mij, niet bij haar vader. Hij heeft iets doorgegeven denk ik. Ik wil hulp bij bezwaar. Mijn adres is [[a:Teniersstraat 5-II]].

Volgens mij is dit eerder bij [[p:Said]] geweest, maar hij is er tot eind mei niet.
""")

T.append(r"""
Telefoonnotitie
Datum: [[d:28 februari 2024]]
Met: {{o:Intrum}} (inkomend, dhr. [[p:Vink]])
Over: cliënt [[p:Emine Doğan]], dossiernr. [[k:IN-2019-773105]]

[[p:Vink]] belt omdat mw. een regeling niet nakomt. Uitgelegd dat mw. sinds [[d:12 januari]] in een schuldhulptraject zit bij de gemeente en dat er een moratorium is aangevraagd. Hij wil de toelatingsbrief zien. Afgesproken dat ik die stuur naar zijn mailadres [[e:r.vink@intrum.nl]]. Verder geen contact met cliënt zelf, alles via mij.
""")

T.append(r"""
Beste mevrouw [[p:Baldew]],

Hartelijk dank voor uw telefoontje van vanochtend. Zoals beloofd stuur ik u hierbij het formulier voor de aanvraag van bijzondere bijstand voor de wasmachine.

Wilt u de volgende stukken meenemen naar onze afspraak op [[d:vrijdag 16 februari]], 11.00 uur bij {{o:Servicepunt XL}} in {{w:Transvaal}}:
- bankafschriften van de laatste 3 maanden (rekening [[i:NL24 TRIO 3137 5816 85]])
- uw huurspecificatie van {{o:Haag Wonen}}
- de offerte van de winkel
- uw identiteitsbewijs

Kunt u niet? Bel of app mij dan op [[t:06-38 20 11 74]].

Met vriendelijke groet,
[[p:Shanti Jagesar]]
{{r:Wmo-adviseur}}
""")

T.append(r"""
U heeft een beveiligd bericht ontvangen van [[p:Abena Owusu]] ([[e:a.owusu@veiligthuishaaglanden.nl]]).

Onderwerp: terugkoppeling melding [[k:VT-HGL-2024-04417]]

Klik op de knop hieronder om het bericht te openen. U ontvangt een sms-code op het nummer dat bij ons bekend is (06-******32).

[ Bericht openen ]

Dit bericht is verzonden via Zivver namens {{o:Veilig Thuis Haaglanden}}.
""")

T.append(r"""
Van: [[p:Bart Mulder]]
Verzonden: [[d:maandag 8 januari 2024]] 14:55
Aan: [[p:Hamid Boukhari]]
Onderwerp: RE: RE: mw. [[p:Chaara]] - afsluiting Eneco

Hoi [[p:Hamid]],

Top dat het gelukt is. Voor het dossier: {{o:Eneco}} heeft de afsluiting ingetrokken na de melding via het vroegsignaleringsloket, klantnummer [[k:1007 2216 0938]]. Ze hebben een regeling van € 45 p/m afgesproken. Ik zet het in Regas.

Mw. vroeg nog of jij mee wilt naar het gesprek bij {{o:Vestia}} op [[d:22/1]].

[[p:Bart]]

> Op [[d:vr 5 jan. 2024]] om 16:31 schreef [[p:Hamid Boukhari]] <[[e:h.boukhari@denhaag.nl]]>:
> [[p:Bart]], ik heb vandaag met {{o:Eneco}} gebeld. Afsluiting staat gepland voor [[d:10 januari]]! Mw. [[p:Hanan Chaara]], [[a:Jan Blankenstraat 140]], [[pc:2525 EL]]. Kun jij melding doen?
""")

T.append(r"""
{{o:Rechtbank Den Haag}}
{{o:Team Toezicht}}

Uitspraak: [[d:29 november 2023]]
Zaaknummer: [[k:C/09/651208 / BR RK 23-4417]]

BESCHIKKING onderbewindstelling

De {{o:kantonrechter}}:
- stelt onder bewind alle goederen die (zullen) toebehoren aan: [[p:Ahmad Shah Karimi]], geboren op [[d:14 april 1968]] te Kabul, wonende te ([[pc:2531 RX]]) Den Haag, [[a:Erasmusweg 1062]],
- benoemt tot {{r:bewindvoerder}}: {{o:Bewindvoering Haaglanden B.V.}}, gevestigd te Rijswijk, met als contactpersoon mr. [[p:W. Sultani]].

Deze beschikking is gegeven door mr. [[p:P.F. Klein]], {{o:kantonrechter}}, en in het openbaar uitgesproken in aanwezigheid van de {{r:griffier}}.
""")

T.append(
    r"""
beste mevrouw,

ik schrijf u omdat ik niet weet wat ik moet doen. ik heb een brief van de deurwaarder en ook van de CAK. mijn man is vorig jaar overleden ([[d:16 september]]) en alles stond op zijn naam. nu moet ik alles betalen. ik heb alleen AOW. mijn buurvrouw [[p:Gerda]] helpt me met deze brief.

mijn naam is [[p:Maria Fortes]]
adres [[a:Soestdijksekade 381]]
tel [[t:070 3661942]]

met vriendelijke groet
[[p:M. Fortes]]
""".replace("van de CAK", "van de {{o:CAK}}")
)

T.append(r"""
Aan: {{o:Dienst Toeslagen}}, t.a.v. afdeling Bezwaar
Datum: [[d:3 mei 2024]]
Uw kenmerk: [[k:TS-2024-0089141]]
Ons kenmerk: [[k:SRL/24/118]]
Betreft: aanvulling bezwaar kinderopvangtoeslag — mevrouw [[p:Ayşe Yıldız]]

Geachte heer/mevrouw,

In aanvulling op ons bezwaarschrift van [[d:12 april 2024]] zenden wij u de jaaropgaven van het kinderdagverblijf over 2022 en 2023. Hieruit blijkt dat de opvang van [[p:Elif]] (geb. [[d:30-08-2019]]) en [[p:Emir]] (geb. [[d:07-05-2021]]) is betaald van de rekening van mevrouw, [[i:NL65KNAB2598409127]].

Met vriendelijke groet,

[[p:J.W. Dekker]]
{{r:sociaal raadsman}}
""")

T.append(r"""
Van: [[p:Desislava Georgieva]] <[[e:desi.georgieva91@gmail.com]]>
Verzonden: [[d:zondag 14 april 2024]] 23:12
Aan: [[p:Bakker, Henk]]
Onderwerp: afspraak morgen

Goedenavond [[p:Henk]],

Sorry ik kan morgen niet komen naar het gesprek. Mijn zoon [[p:Viktor]] is ziek. Kunnen wij volgende week? Ik heb de papieren van de {{o:Menzis}} en van {{o:Odido}} al in een map gedaan.

Groetjes
[[p:Desi]]

Verstuurd vanaf mijn iPhone
""")

T.append(r"""
TELEFOONNOTITIE
[[d:Do 21-3]] 15:10 — uitgaand, {{o:CZ}} (zorgverzekeraar)
Clt: [[p:Wei Zhang]], polisnr [[k:CZ 3011 8842]], BSN [[b:347 761 094]]
Vraag: waarom premie automatisch twee keer afgeschreven in maart.
Antw. (mw. [[p:Groen]], klantenservice): storing bij incasso, wordt teruggestort op [[i:NL82BUNQ3191999026]] binnen 5 werkdagen.
Ook gevraagd naar gespreide betaling eigen risico → kan, € 32,08 p/m.
Clt geïnformeerd via tolk (Mandarijn) op [[t:06 8724 1109]].
""")

T.append(r"""
{{o:Gemeente Den Haag}}
{{o:Dienst Sociale Zaken en Werkgelegenheid}}
Postbus 16180
2500 BD Den Haag

Aan de heer [[p:N. Monteiro]]
[[a:Van Musschenbroekstraat 4]]
[[pc:2522AB]] DEN HAAG

Datum: [[d:9 januari 2024]]
Ons kenmerk: [[k:SZW/BB/2024/00321]]
Behandeld door: [[p:C. Pattipeilohy]]
Telefoon: [[t:070 353 72 19]]
Onderwerp: beslissing bijzondere bijstand

Geachte heer [[p:Monteiro]],

U heeft op [[d:14 december 2023]] bijzondere bijstand aangevraagd voor de kosten van een bril. Wij kennen u een bedrag toe van € 150,00. Wij maken dit bedrag binnen 10 dagen over op uw rekening [[i:NL17 SNSB 7706 0081 00]].
""")

T.append(r"""
Notitie tel. contact {{o:Haag Wonen}} — [[d:11 maart]]
Gebeld met huismeester [[p:Koster]] over clt [[p:Kofi Asante]], [[a:Hoefkade 603-C]]. Buren klagen over stank uit de woning, [[p:Koster]] vermoedt vervuiling/verzameldrang. Wil samen op huisbezoek. Voorgesteld: [[d:woensdag 20 maart]] 10u met {{r:wijkverpleegkundige}} [[p:Lieke]]. Clt is bekend bij {{o:Parnassia}} (ambulant team {{w:Centrum}}), maar geen contact sinds december.
""")

T.append(
    r"""
From: [[p:Agnieszka Nowak]] <[[e:aga.nowak@wp.pl]]>
Date: [[d:2024-01-30]]
To: [[p:Tomasz]]

Dzień dobry Panie [[p:Tomaszu]], dziękuję za pomoc z pismem z gminy. Mam jeszcze jedno pismo od Vattenfall, wyślę zdjęcie jutro. Mój nowy numer: [[t:+48 512 804 377]].
Pozdrawiam, [[p:Agnieszka]]

[vertaling [[p:T.W.]]: mw. bedankt voor hulp met brief van de gemeente, heeft nog een brief van {{o:Vattenfall}}, stuurt morgen foto. Nieuw nummer hierboven.]
""".replace("pismo od Vattenfall", "pismo od {{o:Vattenfall}}")
)

T.append(
    r"""
Geachte heer [[p:Sewnath]],

Uw huisarts, [[p:dokter Ramlakhan]], heeft ons gevraagd contact met u op te nemen. Wij zijn het {{o:sociaal wijkzorgteam}} van {{w:Laak}}. Wij helpen mensen met vragen over geld, wonen, zorg en werk.

Wij willen u graag ontmoeten. Wij komen bij u langs op [[d:dinsdag 7 mei]] om 13.30 uur, op uw adres [[a:Laakkade 118]]. Past dat niet? Bel dan [[p:Sunita]], [[t:06-40 55 28 13]].

Met vriendelijke groet,
[[p:Sunita Ramsaran]], {{r:maatschappelijk werker}}
[[p:Glenn Doelwijt]], {{r:Wmo-adviseur}}
""".replace("[[p:dokter Ramlakhan]]", "dokter [[p:Ramlakhan]]")
)

T.append(
    r"""
Van: [[p:Ruta Kidane]]
Aan: [[p:Selam Habte]]
Onderwerp: doorgestuurd: uitnodiging intake WSNP
Datum: [[d:23-02-2024]] 10:14

[[p:Selam]], hierbij de uitnodiging voor [[p:Yonas]]. Kun je hem vertellen dat hij zijn paspoort en de brief van de rechtbank moet meenemen? Hij leest zijn mail niet.

-------- Doorgestuurd bericht --------
Onderwerp: uitnodiging intake
Datum: [[d:22 feb 2024]]

Beste heer [[p:Gebremedhin]], u bent uitgenodigd voor het voorbereidingsgesprek voor uw verzoek tot toelating tot de {{o:WSNP}}, op [[d:06-03-2024]] om 09.30 uur. Uw dossiernummer is [[k:SHV-2023-18822]].
""".replace("de brief van de rechtbank", "de brief van de rechtbank")
)

T.append(
    r"""
{{o:Menzis}}
Antwoordnummer 1000
7500 VB Enschede

Den Haag, [[d:17 januari 2024]]

Betreft: aanmelding {{o:Regeling wanbetalers}} / verzoek tot terugname bij CAK
Verzekerde: [[p:Marlon Pinas]], geb. [[d:19-06-1971]]
Polisnummer: [[k:204.118.763]]
Adres: [[a:Zuiderparklaan 27-C]], [[pc:2574 HA]] Den Haag

Geachte heer/mevrouw,

Dhr. [[p:Pinas]] heeft per [[d:1 januari 2024]] een schuldregeling getroffen via de {{o:Gemeentelijke Kredietbank}}. Wij verzoeken u hem af te melden bij het {{o:CAK}} conform de Zorgverzekeringswet. Bewijs van toelating is bijgevoegd.

Met vriendelijke groet,
[[p:Iwan Kross]], {{r:budgetcoach}}
""".replace("{{o:Regeling wanbetalers}}", "Regeling wanbetalers")
)

T.append(
    r"""
hoi [[p:Serkan]], gebeld met {{o:KPN}} voor [[p:meneer korkmaz]] — contract staat op naam van zijn overleden broer [[p:Murat]], overlijdensakte moet naar ze toe. Ref. [[k:KPN-1-88021734]]. Zij sturen overnameformulier naar [[a:Weimarstraat 301]]. [[p:Fatma]] (dochter) helpt invullen. Meer niet. gr
""".replace("[[p:meneer korkmaz]]", "meneer [[p:korkmaz]]")
)

T.append(r"""
Van: [[p:Zahra Ahmadi]]
Verzonden: [[d:woensdag 6 maart 2024]] 08:03
Aan: [[e:wmoloket@denhaag.nl]]
Onderwerp: Wmo-aanvraag traplift dhr. [[p:Noori]]

Geachte collega's van het {{o:Wmo-loket}},

Hierbij meld ik dhr. [[p:Farid Noori]] ([[d:12-12-1949]]) aan voor een onderzoek naar een traplift of verhuizing. Dhr. woont op de derde verdieping zonder lift, [[a:Cartesiusstraat 88-III]], en valt de laatste maanden vaker. Zijn dochter [[p:Mina Rahimi]] is mantelzorger, bereikbaar op [[t:06-19 77 40 52]].

Met collegiale groet,
[[p:Zahra Ahmadi]]
{{r:wijkverpleegkundige}} {{o:HWW zorg}}, {{w:Segbroek}}
[[t:06 515 20 837]]
""")

T.append(r"""
{{o:Vestia}}

Mevrouw [[p:R. Jankie]]
[[a:Kraayensteinlaan 240]]
[[pc:2553 VM]] Den Haag

Den Haag, [[d:26 februari 2024]]
Ons kenmerk: [[k:VES/OHP/240226-17]]

Betreft: aankondiging ontruiming

Geachte mevrouw [[p:Jankie]],

Bij vonnis van de {{o:kantonrechter}} van [[d:9 januari 2024]] is de huurovereenkomst ontbonden. Wij hebben de {{r:deurwaarder}} opdracht gegeven de woning te ontruimen op [[d:donderdag 28 maart 2024]] om 09.00 uur. U kunt de ontruiming voorkomen door vóór [[d:21 maart]] de volledige achterstand te betalen.

Wij raden u dringend aan contact op te nemen met het {{o:sociaal wijkzorgteam}} of {{o:Schuldhulpverlening}}.

Met vriendelijke groet,
[[p:Hristo Kolev]]
{{r:medewerker Huurincasso}}
""")

T.append(r"""
Van: [[p:Anouk Hendriks]] | {{o:Bewind op Maat}}
Aan: [[p:Naima Azzouzi]]
Onderwerp: leefgeld dhr. [[p:Tahiri]]
Datum: [[d:vr 22-03-2024]] 12:19

Hallo [[p:Naima]],

Dhr. [[p:Said Tahiri]] belt mij dagelijks voor extra geld. Hij krijgt € 65 per week leefgeld op zijn leefgeldrekening [[i:NL23ABNA2878271834]], elke maandag. Afgelopen week heeft hij het in één dag uitgegeven. Kan het team met hem bespreken of er iets speelt (gokken? schuld aan iemand?). Ik ga niet eerder uitbetalen.

Groet,
[[p:Anouk Hendriks]]
{{r:bewindvoerder}}
[[t:070-744 20 18]] (ma t/m do)
""")

T.append(r"""
Telefoonnotitie {{o:UWV}}, [[d:08-04-2024]]
Cliënt: [[p:Florin Constantin]], BSN [[b:619658228]]
Gesprek met dhr. [[p:Storm]], {{o:UWV}} WW-team. WW-uitkering loopt tot [[d:30 juni]]. Inhouding van € 212 in maart was een terugvordering i.v.m. vakantiegeld 2023 (werkgever had het al uitbetaald). Dhr. [[p:Constantin]] had dat niet doorgegeven. Terugbetaling wordt in 4 termijnen verrekend. Dhr. krijgt brief op [[a:Steenwijklaan 21]].
""")

T.append(
    r"""
Huisartsenpraktijk {{o:De Linde}}
[[p:H. Bos]], {{r:huisarts}}

Aan: {{o:SWT}} {{w:Moerwijk}}, t.a.v. [[p:mevr. Arslan]]
Datum: [[d:4-3-2024]]

Geachte collega,

Met toestemming van patiënt verwijs ik naar u: de heer [[p:Mehmet Kaya]], geb. [[d:15-09-1962]], [[a:Moerweg 560]], tel. [[t:070 - 329 04 11]]. Dhr. heeft COPD, diabetes en sinds het overlijden van zijn vrouw in november toenemende somberheid. Hij zegt dat er post niet meer geopend wordt. Zoon [[p:Serdar]] woont in Rotterdam en komt eens per maand.

Vriendelijke groet,
[[p:H. Bos]]
""".replace("[[p:mevr. Arslan]]", "mevr. [[p:Arslan]]")
)

T.append(r"""
Beste [[p:Marieke]],

Dank voor de aanmelding van [[p:Peter Vos]] (54). Helaas hebben wij in de nachtopvang op dit moment geen plek. Dhr. kan zich elke dag om 17.00 melden bij de centrale toegang; als er plek vrijkomt krijgt hij voorrang vanwege zijn longproblemen. Zijn laatst bekende adres ([[a:Wagenstraat 66]]) is volgens de BRP sinds [[d:15 februari]] uitgeschreven, dus hij moet een briefadres regelen. Dat kan bij ons.

Met vriendelijke groet,

[[p:Ria Zomer]]
{{r:trajectbegeleider}} {{o:Kessler Stichting}}
T: [[t:06 41 80 29 57]]
""")

T.append(r"""
Datum: [[d:11 januari 2024]]
Ons kenmerk: [[k:WMO-EB-24.004.118]]

Geachte heer [[p:Dimitrov]],

U ontvangt ondersteuning op grond van de Wmo (huishoudelijke hulp via {{o:Saffier}}). Daarvoor betaalt u een eigen bijdrage van € 21,80 per maand. Het {{o:CAK}} stuurt u daarvoor maandelijks een factuur. Uw eerste factuur ontvangt u in februari. U kunt ook een automatische incasso afgeven.

Heeft u vragen? Op onze website vindt u meer informatie.

Met vriendelijke groet,
{{o:CAK}}
""")

T.append(
    r"""
{{o:Ziggo}}
[[p:Dhr. Abdirahman Farah]]
[[a:Vlierboomstraat 438]]
[[pc:2564 JN]] DEN HAAG

Klantnummer: [[k:24 081 773]]
Factuurdatum: [[d:01-02-2024]]

Herinnering: openstaand bedrag € 146,97

Geachte heer [[p:Farah]], wij hebben uw betaling voor de factuur van januari nog niet ontvangen. Betaal binnen 14 dagen, anders schakelen wij een incassobureau in en kunnen wij uw diensten blokkeren.
""".replace("[[p:Dhr. Abdirahman Farah]]", "Dhr. [[p:Abdirahman Farah]]")
)

T.append(r"""
Verwijsformulier {{o:Voedselbank Haaglanden}}

Verwijzer: [[p:Lotte Brouwer]], {{r:maatschappelijk werker}}, {{o:Xtra}}
Tel. verwijzer: [[t:06-34 91 08 27]]
Datum: [[d:05-04-2024]]

Aanvrager: [[p:Sahra Jama]]
Adres: [[a:Gouverneurlaan 17-b]], [[pc:2524 AC]] Den Haag
Gezinssamenstelling: 1 volwassene, 4 kinderen (2, 5, 9, 13 jaar)
Leefgeld per week na vaste lasten: € 118
Ophaalpunt: {{w:Transvaal}}, dinsdag
Reden: beslag {{o:CJIB}} + terugvordering {{o:Toeslagen}}
Einddatum verwijzing: [[d:5 oktober 2024]]
""")

T.append(
    r"""
Gemeente Den Haag — Vroeg Eropaf

Beste bewoner van [[a:Kootwijkstraat 112]],

Wij zijn [[p:Linda]] en [[p:Youssef]] van de gemeente. Wij kregen een bericht dat u een betaalachterstand heeft. Dit kan gebeuren. Wij helpen u graag, gratis.

Wij waren vandaag aan de deur maar u was er niet. Wij komen terug op [[d:donderdag 18 april]] tussen 13.00 en 15.00 uur.

U kunt ons ook bellen of appen: [[t:06 - 82 10 47 35]].

Groeten,
[[p:Linda de Jong]] en [[p:Youssef Benali]]
""".replace("Gemeente Den Haag — Vroeg Eropaf", "{{o:Gemeente Den Haag}} — {{o:Vroeg Eropaf}}")
)

T.append(
    r"""
Van: [[p:Jeroen Dekker]] <[[e:jdekker@juridischloket.nl]]>
Aan: [[p:Rachida Amrani]] <[[e:r.amrani@xtra.nl]]>
Datum: [[d:13-02-2024]]
Onderwerp: vraag huurverhoging [[p:mw. Jagesar]]

Beste [[p:Rachida]],

Ik heb de stukken bekeken. De huurverhoging van [[d:1 juli 2023]] is ruim boven het maximum voor een sociale huurwoning. Mevrouw kan alsnog naar de {{o:Huurcommissie}}, maar de termijn is kort. Ik adviseer een afspraak op ons spreekuur, bij voorkeur [[d:di 20 februari]]. Zij moet het huurcontract en de brief van de verhuurder meenemen.

Met vriendelijke groet,
[[p:Jeroen Dekker]]
{{r:jurist}}, {{o:Het Juridisch Loket}} Den Haag
""".replace("[[p:mw. Jagesar]]", "mw. [[p:Jagesar]]")
)

T.append(r"""
Telefoonnotitie [[d:dinsdag 13 februari]]
Gebeld door {{r:deurwaarder}} [[p:Van Arkel]] (kantoor Rijswijk) over [[p:Roxanne Doran]]. Hij komt [[d:woensdag 21-2]] beslag leggen op de inboedel, tenzij er voor die tijd € 300 wordt betaald. Gevraagd om uitstel vanwege aanvraag schuldhulp; hij geeft 2 weken. Dossier [[k:AR 2024/11827]]. Mw. [[p:Doran]] telefonisch ingelicht op [[t:0631882274]], ze was erg overstuur. Zus [[p:Sharlene]] komt vanavond.
""")

T.append(r"""
Beste heer [[p:Mensah]],

Hartelijk dank voor uw e-mail over uw moeder. Ik ben [[p:Joke van den Berg]], de nieuwe {{r:maatschappelijk werker}} van het team in {{w:Laak}}. Mijn collega is per januari vertrokken.

Ik heb uw moeder vandaag gesproken. De zitting bij de {{o:kantonrechter}} is op [[d:13 maart]]. Ik ga met haar mee en ik heb contact gezocht met {{o:Staedion}} voor een betalingsregeling. Ik houd u op de hoogte via dit mailadres.

With kind regards / met vriendelijke groet,
[[p:Joke van den Berg]]
[[t:06-50 03 61 88]]
""")

T.append(r"""
{{o:Belastingdienst}}
Toeslagen

[[p:F.Z. Hassan]]
[[a:Dedemsvaartweg 266]]
[[pc:2545 AA]] 's-Gravenhage

Datum: [[d:20 december 2023]]
Burgerservicenummer: [[b:688 241 529]]
Toeslagnummer: [[k:2024.09.118.773]]

Voorschot zorgtoeslag 2024

Geachte mevrouw [[p:Hassan]],

U krijgt in 2024 een voorschot zorgtoeslag van € 123 per maand. Wij storten het bedrag rond de 20e van de maand op rekening [[i:NL95 ASNB 5660 9364 27]]. Klopt uw inkomen niet? Geef het dan direct door.
""")

T.append(r"""
Beste allemaal,

Uitnodiging casusoverleg "bemoeizorg" — [[d:ma 22 april 2024]], 09.30-11.00, wijkcentrum De Leyweg (zaal 2).

Besproken wordt o.a. de casus van dhr. [[p:H.]] ([[a:Leyweg 204-B]]), bij wie {{o:Vidomes}} een ontruiming overweegt. Aanwezig: [[p:Ingrid]] ({{r:casusregisseur}}), [[p:Stefan Bakker]] ({{r:wijkagent}} {{w:Bouwlust}}/{{w:Vrederust}}), [[p:Elena]] ({{o:Parnassia}} {{o:Bemoeizorg}}), [[p:Bassel Haddad]] ({{r:GGD-arts}}).

Afmelden graag bij mij, [[e:m.dewit@swtdenhaag.nl]].

[[p:Marieke]]
""")

T.append(r"""
Gespreksverslag telefoon — [[d:19-01-2024]]
{{o:Greenchoice}}, afd. Klantbeheer, mw. [[p:Hendriks]]
Klant: [[p:Gheorghe Munteanu]], [[a:Den Helderstraat 91-A]], klantnr [[k:GC-5508812]]
Jaarafrekening 2023: na te betalen € 1.486,33. Voorstel regeling 12 x € 123,86 → geaccepteerd. Dhr. wil ook dat maandbedrag omhoog gaat naar € 165 om nieuwe achterstand te voorkomen. Verbruik erg hoog, mogelijk oude elektrische kachel. Energiecoach aanvragen via {{o:Duurzaam Den Haag}}.
""")

T.append(r"""
{{o:Gemeente Den Haag}}

Mevrouw [[p:A. Stan]]
[[a:Loosduinsekade 712]]
[[pc:2571 CR]] Den Haag

Datum: [[d:29 maart 2024]]
Zaaknummer: [[k:2024-WMO-118394]]
Onderwerp: besluit Wmo huishoudelijke ondersteuning

Geachte mevrouw [[p:Stan]],

Op [[d:7 maart 2024]] heeft u met onze {{r:Wmo-consulent}}, mevrouw [[p:Kok]], gesproken over uw situatie. U heeft last van reuma en kunt uw huis niet meer zelf schoonhouden. Wij kennen u huishoudelijke ondersteuning toe vanaf [[d:1 april 2024]] tot en met [[d:31 maart 2026]]. De hulp wordt geleverd door {{o:Florence}}.
""")

T.append(r"""
Van: [[p:Mei Ling Chen]]
Aan: [[p:Anouk Hendriks]]
Verzonden: [[d:dinsdag 2 april 2024]] 17:48
Onderwerp: RE: terugbetaling zorgtoeslag mw. [[p:Lin]]

Hoi [[p:Anouk]],

Goed nieuws: {{o:Toeslagen}} heeft de beslissing herzien. Mw. [[p:Lin]] heeft toch recht op zorgtoeslag over januari t/m maart, ze krijgt het in mei nabetaald. We hebben goede hoop dat ook de terugvordering over 2023 vervalt, daarover volgt in de zomer een besluit. Haar kenmerk was [[k:ZT-2023-55120487]].

Ik sluit het af na de nabetaling, of wil jij dat ik het dossier nog openhoud?

Groet, [[p:Mei]]
{{r:maatschappelijk werker}} | {{o:Voor Welzijn}}
""")

T.append(r"""
Aan de {{o:Rechtbank Den Haag}}
t.a.v. de {{o:kantonrechter}}, afdeling Bewind
Postbus 20302, 2500 EH Den Haag

Den Haag, [[d:18 januari 2024]]

Betreft: verzoek tot onderbewindstelling
Rechthebbende: [[p:Shurman Martina]], geb. [[d:22-02-1990]] te Willemstad
BSN: [[b:696.90.30.39]]
Adres: [[a:Rijswijkseweg 45-II]], [[pc:2516 EN]] Den Haag

Edelachtbare,

Hierbij verzoek ik, als {{r:maatschappelijk werker}} en met instemming van dhr. [[p:Martina]], om onderbewindstelling wegens problematische schulden (ca. € 23.000) en een licht verstandelijke beperking. Voorgestelde {{r:bewindvoerder}}: {{o:BWA Bewindvoering}}, contactpersoon [[p:Y. Maduro]].

Bijlagen: verklaring {{o:MEE}}, schuldenoverzicht, ID-bewijs.

Hoogachtend,
[[p:Giovanni Felida]]
""")

T.append(
    r"""
Gesprek met mw [[p:visser]] ({{o:Staedion}}, {{r:huurincasso}}) — [[d:3/4]]
ze belde over [[p:Katarzyna Zielińska]], [[a:Parallelweg 202]]. 3 mnd achterstand. mw Z. werkt in de kassen in het Westland, wisselend inkomen. Staedion wil geen nieuwe regeling want de vorige (2022) is niet nagekomen. afgesproken: wij doen aanvraag schuldhulp vóór [[d:15 april]], dan houden ze de dagvaarding aan. Mw. [[p:Visser]]: [[t:088 - 780 51 26]].
""".replace("Staedion wil", "{{o:Staedion}} wil")
)

T.append(r"""
Geachte mevrouw [[p:Kowalczyk]],

Hierbij ontvangt u het verslag van ons gesprek op [[d:vrijdag 12 januari]] bij u thuis. Aanwezig waren u, uw dochter [[p:Ola]] en ondergetekende.

U vertelde dat uw man [[p:Paweł]] sinds december in de kliniek van {{o:Brijder}} verblijft. Sindsdien komen er veel brieven binnen over schulden. Wij hebben samen afgesproken:
- ik vraag een overzicht op bij {{o:BKR}};
- u bewaart alle post in de groene map;
- volgende afspraak: [[d:26 januari]], 10.00 uur, weer bij u thuis ([[a:Jacob Catsstraat 14]]).

Met vriendelijke groet,
[[p:Tomasz Wiśniewski]]
{{r:MEE-consulent}}
""")

T.append(r"""
Van: [[e:noreply@cak.nl]]
Aan: [[e:farhiya.abdi@outlook.com]]
Datum: [[d:9-1-2024]]
Onderwerp: Uw nieuwe bericht in Mijn CAK

Beste mevrouw [[p:Abdi]],

Er staat een nieuw bericht voor u klaar in Mijn {{o:CAK}}. Log in met DigiD om het te lezen.

Dit is een automatisch bericht. U kunt niet op deze e-mail reageren.

---
Doorgestuurd door [[p:Farhiya]] naar haar {{r:maatschappelijk werker}} met de tekst: "kunt u kijken wat dit is ik kan niet inloggen, mijn DigiD is geblokkeerd"
""")

T.append(r"""
Beste [[p:Lieke]],

Na ons gesprek van gisteren heb ik namens dhr. [[p:Asante]] contact gehad met {{o:Haag Wonen}}. Zij zijn bereid een schoonmaakbedrijf in te zetten, maar dhr. moet zelf akkoord geven. Ik heb met [[p:Koster]] afgesproken dat we het [[d:20 maart]] samen aan dhr. voorleggen. Zijn neef [[p:Yaw Agyeman]] ([[t:06-28 56 12 03]]) wil helpen opruimen in het weekend.

Groeten,
[[p:Els Verhoeven]]
{{r:maatschappelijk werker}} {{o:SWT}} {{w:Centrum}}
""")

T.append(r"""
{{o:Gerechtsdeurwaarderskantoor GGN}}
Postbus 90125
5000 LC Tilburg

[[p:K. Mahadew]]
[[a:Thorbeckelaan 502]]
[[pc:2564 BZ]] DEN HAAG

Datum: [[d:14-11-2023]]
Ons dossier: [[k:30.2211.7731]]
Uw klantnummer bij opdrachtgever: [[k:100-384-992]]

EXPLOIT VAN BETEKENING

Heden, [[d:veertien november tweeduizenddrieëntwintig]], heb ik, [[p:Joris Haas]], {{r:gerechtsdeurwaarder}}, aan u betekend het vonnis van de {{o:kantonrechter}} te Den Haag van [[d:24 oktober 2023]], gewezen tussen {{o:Eneco}} en u.
""")

T.append(
    r"""
hoi [[p:Hamid]],
ik zag in de agenda dat jij morgen bij mw [[p:yildiz]] bent. wil je haar vragen of ze de brief van de SVB over de kinderbijslag nog heeft? Toeslagen vraagt erom. het kenmerk staat rechtsboven, iets met KB-... ik heb [[k:KB-880124-02]] in mijn aantekeningen maar weet niet zeker. dank! [[p:Jolanda]]
""".replace("brief van de SVB", "brief van de {{o:SVB}}").replace(
        " Toeslagen vraagt", " {{o:Toeslagen}} vraagt"
    )
)

T.append(r"""
Geachte heer, mevrouw,

Op verzoek van onze cliënt, mevrouw [[p:Desislava Georgieva]], wonende [[a:Weimarstraat 174]], [[pc:2562 HG]] Den Haag, verzoeken wij u de incasso van de premie vanaf [[d:1 mei 2024]] te laten plaatsvinden van haar nieuwe rekening [[i:NL43 RBRB 6862 2648 41]] en niet langer van de rekening van haar ex-partner.

Polisnummer {{o:VGZ}}: [[k:128 554 091]]
Geboortedatum: [[d:11.09.1991]]

Met vriendelijke groet,
namens {{o:Xtra}} {{o:Thuisadministratie}},
[[p:Henk Bakker]], {{r:vrijwilliger}}
""")

T.append(r"""
Telefoonnotitie {{o:SVB}}, [[d:dinsdag 6 februari]] 09.20
Namens: [[p:Hodan Farah]]
Gesproken met: medewerker, naam niet verstaan (iets als [[p:Merel]])
Kinderbijslag 2e kwartaal 2023 is teruggevorderd omdat vader [[p:Abdullahi]] op [[d:3 april 2023]] heeft doorgegeven dat [[p:Ayaan]] bij hem woont. Mw. moet binnen 6 weken na de beslissing van [[d:12-01-2024]] bezwaar maken, dus uiterlijk [[d:23 februari]]. BRP-uittreksel van beide adressen meesturen. Kenmerk SVB: [[k:KB/2024/0017743]].
""")

T.append(
    r"""
Van: [[p:Emine Doğan]] <[[e:emine.dogan63@hotmail.nl]]>
Aan: [[p:Hüseyin Öztürk]]
Onderwerp: brief Intrum
Datum: [[d:zaterdag 24 februari 2024]]

Meneer [[p:Öztürk]],

Ik heb weer een brief van {{o:Intrum}}. ze zeggen dat ik 250 euro moet betalen voor [[d:1 maart]] anders gaan ze naar de rechter. ik dacht dat het gestopt was? mijn dochter [[p:Büşra]] heeft foto gemaakt, zit in de bijlage.

gr Emine

Bijlage: IMG_20240224_1412.jpg
""".replace("gr Emine", "gr [[p:Emine]]")
)

T.append(r"""
Beste mevrouw [[p:Doğan]],

Dank voor het doorsturen. U hoeft niets te betalen. U zit in een schuldhulptraject en alle schuldeisers, ook {{o:Intrum}}, hebben daar bericht over gekregen. Ik heb vanmorgen met hen gebeld (dhr. [[p:Vink]]) en hij stuurt een bevestiging dat de procedure stilligt.

Bewaar de brief wel in uw map.

Met vriendelijke groet,
[[p:Hüseyin Öztürk]]
{{r:schuldhulpverlener}}
{{o:Gemeente Den Haag}} | {{o:Schuldhulpverlening}}
[[t:06 - 51 30 11 96]] (niet op woensdag)
""")

T.append(
    r"""
{{o:HagaZiekenhuis}} — {{r:Medisch maatschappelijk werk}}

Aan: {{o:sociaal wijkzorgteam}} {{w:Morgenstond}}
Datum: [[d:18-12-2023]]

Overdracht bij ontslag
Patiënt: mevrouw [[p:Ans de Hoop]], geb. [[d:06-04-1944]]
Adres: [[a:Zonnebloemstraat 33]], [[pc:2565 RM]] Den Haag
Ontslagdatum: [[d:20 december 2023]]

Mevrouw is opgenomen na een val thuis. Zij woont alleen, neef [[p:Kees]] is contactpersoon ([[t:06 23 45 91 80]]). Thuiszorg via {{o:Saffier}} is geregeld. Er speelt een achterstand bij {{o:Essent}}; mevrouw vertelde dat er een afsluiting dreigt. Graag contact opnemen.

[[p:Gerda Kok]], {{r:medisch maatschappelijk werker}}
""".replace("{{r:Medisch maatschappelijk werk}}", "Medisch maatschappelijk werk")
)

T.append(r"""
{{o:Essent}}

Mevrouw [[p:A. de Hoop]]
[[a:Zonnebloemstraat 33]]
[[pc:2565RM]] Den Haag

Datum: [[d:4 december 2023]]
Klantnummer: [[k:2 018 447 356]]

Laatste waarschuwing: afsluiting

Beste mevrouw [[p:De Hoop]],

U heeft een betalingsachterstand van € 612,45. Wij hebben uw gegevens doorgegeven aan uw gemeente, zodat u hulp kunt krijgen. Als u niet binnen 14 dagen betaalt of een regeling treft, kunnen wij de levering van gas en stroom stopzetten. In de wintermaanden sluiten wij niet af als u meewerkt aan schuldhulp.
""")

T.append(r"""
Van: [[p:Femke Jonker]]
Aan: [[p:Bram Hoek]]; [[p:Marieke de Wit]]; [[p:Sunita Ramsaran]]; [[p:Youssef Benali]]
CC: [[p:Jolanda Sterk]]
Onderwerp: verdeling nieuwe aanmeldingen week 15

Hoi allen,

Nieuwe aanmeldingen via {{o:Servicepunt XL}}:
1. mw. [[p:Zielińska]] (huurachterstand {{o:Staedion}}) → [[p:Bram]]
2. dhr. [[p:Kaya]] (verwijzing huisarts, eenzaamheid) → [[p:Sunita]]
3. fam. [[p:Osman]], [[a:Hengelolaan 1020]] (energieschuld {{o:Vattenfall}}) → [[p:Youssef]]
4. mw. [[p:Roos Lam]] (mantelzorger, overbelast) → [[p:Marieke]]

[[p:Jolanda]] neemt de vragen van {{o:Vroeg Eropaf}} over zolang [[p:Said]] weg is.

Fijne dag,
[[p:Femke]]
""")

T.append(r"""
Telefoonnotitie — [[d:10 april 2024]], 14.05 uur
Inkomend: [[p:Mahad Osman]] ([[t:06 1148 3920]])
Dhr. belt in paniek: {{o:Vattenfall}} staat morgen voor de deur om de meter af te sluiten. Vrouw [[p:Sahra]] is zwanger (8 mnd), drie kinderen thuis. Direct gebeld met {{o:Vattenfall}}, afdeling Bijzondere Klanten, gesproken met [[p:Lisa]]. Afsluiting opgeschort voor 30 dagen na melding schuldhulp. Klantnummer [[k:VF 3300 8874 01]]. Dhr. teruggebeld, hij was opgelucht. Morgen huisbezoek met [[p:Youssef]].
""")

T.append(
    r"""
{{o:Dienst Toeslagen}}
Postbus 8024, 7300 HS Apeldoorn

[[p:Mw. J.S. Kalpoe-Ramdas]]
[[a:Hoefkade 912]]
[[pc:2526 BX]]  DEN HAAG

Datum  [[d:13 maart 2024]]
Burgerservicenummer  [[b:293 438 961]]
Onderwerp  beslissing op bezwaar huurtoeslag 2022

Geachte mevrouw [[p:Kalpoe-Ramdas]],

U heeft op [[d:2 januari 2024]] bezwaar gemaakt tegen de definitieve berekening van uw huurtoeslag over 2022. Wij hebben uw bezwaar gegrond verklaard. U hoeft de huurtoeslag van € 1.842 niet terug te betalen. Als u al iets heeft terugbetaald, storten wij dat terug op [[i:NL07RABO4659608135]].
""".replace("[[p:Mw. J.S. Kalpoe-Ramdas]]", "Mw. [[p:J.S. Kalpoe-Ramdas]]")
)

T.append(
    r"""
Beste [[p:Abena]],

Dank voor je terugkoppeling via Zivver. Ik begrijp dat {{o:Veilig Thuis}} de melding over het gezin [[p:Gebremedhin]] afsluit en overdraagt aan ons team, met het {{o:CJG}} voor de kinderen. Ik neem contact op met mevrouw [[p:Semhar]] en plan een gesprek zonder haar man. Kun je mij de naam en het nummer van de {{r:jeugdconsulent}} sturen?

Veilig Thuis-nummer in ons systeem: [[k:VT-HGL-2024-04417]].

Groet,
[[p:Ruta Kidane]]
{{r:casusregisseur}} {{o:SWT}} {{w:Schilderswijk}}-Noord
""".replace("Veilig Thuis-nummer", "{{o:Veilig Thuis}}-nummer")
)

T.append(r"""
{{o:Incassobureau Kruidenier}}
Postbus 2077
9704 CB Groningen

De heer [[p:B. Haddad]]
[[a:Lozerlaan 1320]]
[[pc:2545 TK]] Den Haag

Ons kenmerk: [[k:KR-7721-004-18]]
Datum: [[d:26-01-2024]]

Opdrachtgever: {{o:Odido}}

Geachte heer [[p:Haddad]],

Wij ontvingen een vordering van onze opdrachtgever. U bent € 312,77 verschuldigd, vermeerderd met € 46,91 incassokosten. Geboortedatum bij ons bekend: [[d:19-10-1983]]. Neem contact op met onze klantenservice indien u een regeling wilt treffen.
""")

T.append(
    r"""
Van: [[p:Bassel Haddad]] <[[e:bassel.haddad83@gmail.com]]>
Aan: [[p:Rasha Suleiman]] <[[e:r.suleiman@xtra.nl]]>
Onderwerp: FW: brief Kruidenier

Mevrouw [[p:Rasha]], dit is die brief over telefoon. Maar ik heb Odido al opgezegd in [[d:november 2022]]?? Ik heb bewijs van opzegging, stuur ik later.

Bassel

-------- Original message --------
From: {{o:Incassobureau Kruidenier}} <[[e:klantenservice@kruidenier.nl]]>
Date: [[d:26/01/2024]] 09:12 (GMT+01:00)
Subject: Vordering [[k:KR-7721-004-18]]
""".replace("\nBassel\n", "\n[[p:Bassel]]\n")
    .replace("Odido al", "{{o:Odido}} al")
    .replace("[[d:november 2022]]", "november 2022")
)

T.append(r"""
Datum: [[d:do 4 april]]
Notitie telefoon {{o:VGZ}}
mw. [[p:Georgieva]] (klant) — relatienr. [[k:128 554 091]]
spr. met [[p:Sven]]. Premie-incasso staat per [[d:1/5]] op nieuwe rekening. Achterstand van € 412 (ex-partner betaalde niet) staat nog op haar naam omdat zij verzekeringnemer is. Regeling 10 mnd mogelijk → aangevraagd. Brief volgt. Herinnering: mw. vragen of ex ([[p:Nikolay Petrov]]) nog op haar polis staat.
""")

T.append(r"""
Geachte heer [[p:Ghebreyesus]],

Hierbij bevestig ik de ontvangst van uw verzoek om een betalingsregeling namens dhr. [[p:F. Tekle]], CJIB-nummer [[k:3000 1471 8823 1177]]. De regeling is toegekend: € 25 per maand, eerste termijn uiterlijk [[d:1 mei 2024]]. Wij sturen dhr. [[p:Tekle]] een nieuw betaaloverzicht op [[a:Wouwermanstraat 12]].

Met vriendelijke groet,
{{o:Centraal Justitieel Incassobureau}}
[[p:M. Postma]]
""")

T.append(
    r"""
Aan: [[p:Yaw]]
Van: [[p:Els]]
Datum: [[d:16-03]]

Hoi [[p:Yaw]], bedankt voor je hulp zaterdag bij je oom [[p:Kofi]]. De huismeester zei dat het er veel beter uitziet. Wil je dit formulier van {{o:Haag Wonen}} ook met hem tekenen (toestemming schoonmaak)? Je kunt het daarna afgeven bij het {{o:wijkcentrum}} of mailen naar [[e:e.verhoeven@swtdenhaag.nl]].
Groet, [[p:Els]]
""".replace("{{o:wijkcentrum}}", "wijkcentrum")
)

T.append(r"""
Betreft: vraag om uitstel van betaling
Uw kenmerk: [[k:EN-1017-339201]]

Geachte heer/mevrouw van {{o:Eneco}},

Ik ben [[p:Xiu Ying Lin]] en ik woon in [[a:Weimarstraat 58a]]. Ik kan de eindafrekening niet in één keer betalen. Mijn inkomen is laag omdat de nagelsalon minder klanten heeft. Ik vraag een betalingsregeling van zes maanden. Mijn IBAN is [[i:NL08INGB8435133747]] voor de automatische incasso.

Met vriendelijke groet,
[[p:X.Y. Lin]]
tel [[t:06-19325580]]

(opgesteld met hulp van [[p:Mei Ling Chen]], {{o:Voor Welzijn}})
""")

T.append(r"""
{{o:Zilveren Kruis}}
Postbus 444
2700 AK Zoetermeer

Mevrouw [[p:A. Nowak]]
[[a:Jan Blankenstraat 14-hs]]
[[pc:2526 BX]] Den Haag

Datum: [[d:21 februari 2024]]
Uw relatienummer: [[k:183 557 204]]
Uw dossier: [[k:ZK-DCL-0092814]]

Onderwerp: herbeoordeling declaratie kraamzorg

Beste mevrouw [[p:Nowak]],

Uw declaratie van {{o:Florence}} voor de kraamzorg na de geboorte van [[p:Zofia]] op [[d:2 januari 2024]] hebben wij opnieuw beoordeeld. Wij vergoeden de kosten alsnog volledig. U ontvangt het bedrag binnen 10 werkdagen op [[i:NL27 INGB 2568 0120 66]].
""")

T.append(r"""
Van: [[p:Ingrid Wijngaarde]] <[[e:i.wijngaarde@sociaalraadslieden.nl]]>
Verzonden: [[d:vrijdag 26 april 2024]] 15:02
Aan: [[p:Ruth Sabajo]] <[[e:ruthsabajo@ziggo.nl]]>
Onderwerp: uw bezwaar huurtoeslag

Beste mevrouw [[p:Sabajo]],

Even een tussenstand: het bezwaar is op [[d:22 april]] verstuurd. {{o:Toeslagen}} heeft 6 weken om te beslissen, maar vaak duurt het langer. Zodra u post krijgt, belt u mij dan? Mijn nummer is [[t:070-364 11 83]], op maandag en donderdag.

Groet,
[[p:Ingrid Wijngaarde]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en meld dit aan de afzender.
""")

T.append(
    r"""
notitie huisbezoek/tel. [[d:ma 25/3]]
dhr [[p:lewandowski]] ([[a:Stuwstraat 33-1]]) brief SVB gekregen over AIO. formulier samen ingevuld. Benodigd: afschriften [[i:NL33 ABNA 6817 2222 40]] t/m februari (nummer overgenomen van bankpas). Kopie paspoort. Dochter [[p:Ewa]] (in Gdańsk, [[t:+48 601 223 418]]) stuurt verklaring dat ze geen geld stuurt. Opsturen vóór [[d:1 april]]. Klantnr SVB [[k:7003 1928 4461]].
""".replace("brief SVB", "brief {{o:SVB}}")
)

T.append(r"""
{{o:Leger des Heils}} — {{o:Housing First Den Haag}}

Aan: [[p:Jolanda Sterk]], {{o:SWT}} {{w:Stationsbuurt}}
Datum: [[d:2 mei 2024]]

Beste [[p:Jolanda]],

Goed nieuws: dhr. [[p:Glenn Bhoendie]] kan per [[d:15 mei]] de woning aan de [[a:Stationsweg 91-III]] betrekken via Housing First. Sleuteloverdracht om 11.00 met {{o:Vidomes}}. Zijn uitkering moet per die datum naar het nieuwe adres; kun jij met hem naar {{o:Dienst SZW}}? Zijn {{r:ambulant begeleider}} wordt [[p:Wendy Mulder]], [[t:06-44 17 90 36]].

Hartelijke groet,
[[p:Marco de Vries]]
""")

T.append(
    r"""
Geachte mevrouw [[p:Ivanova]],

Ik schrijf u namens het {{o:sociaal wijkzorgteam}} {{w:Scheveningen}}. Uw buurvrouw, mevrouw [[p:Prins]], maakt zich zorgen om u. Zij vertelde dat u sinds het overlijden van uw broer [[p:Stefan]] weinig buiten komt.

Ik kom graag eens kennismaken. Ik sta op [[d:woensdag 8 mei]] om 10 uur bij u voor de deur ([[a:Keizerstraat 190]]). Als dat niet uitkomt, kunt u bellen met [[t:06 21 73 40 68]].

Met vriendelijke groet,
[[p:Sandra Groen]]
{{r:welzijnscoach}}
""".replace("[[p:mevrouw Ivanova]]", "mevrouw [[p:Ivanova]]")
)

T.append(r"""
Bijlagen bij aanvraag schuldhulpverlening — dhr. [[p:Wahid Sultani]] ([[b:182 328 399]])

1. kopie verblijfsdocument (geldig tot 09-2028)
2. loonstroken {{o:PostNL}} jan-mrt 2024
3. bankafschriften [[i:NL04ABNA0095881884]] (3 mnd)
4. huurspecificatie {{o:Haag Wonen}} (huurnr. [[k:HW-0047-3312]])
5. brieven schuldeisers: {{o:CJIB}}, {{o:Essent}}, {{o:DUO}}, {{o:Vesting Finance}}
6. beschikking zorgtoeslag 2024
7. toestemmingsverklaring d.d. [[d:19 maart 2024]]

Ingeleverd door: [[p:Farid Noori]] (neef)
Ontvangen door: [[p:H. Öztürk]], [[d:20-03-2024]]
""")

T.append(r"""
Van: [[p:João Tavares]] <[[e:joaotavares.cv@gmail.com]]>
Verzonden: [[d:ma 11-3-2024]] 07:58
Aan: [[p:Glenn Doelwijt]]
Onderwerp: Re: keuring Wmo

Bom dia meneer [[p:Glenn]],

Mijn moeder ([[p:Antónia Lopes Semedo]]) heeft de afspraak met de arts van de gemeente op [[d:19 maart]]. Ik kan niet mee, ik werk in de haven tot 18u. Mijn zus [[p:Djamila]] gaat mee, haar nummer is [[t:+31 (0)6 4102 8837]]. Mijn moeder spreekt alleen Kriolu en een beetje Portugees, kan er een tolk komen?

Obrigado,
[[p:João]]
""")

T.append(r"""
Telefoonnotitie {{o:Belastingdienst}} — [[d:12.03.2024]]
Mw. [[p:Akosua Mensah-Boateng]], BSN [[b:1209.05.413]]
Via de BelastingTelefoon, wachttijd 40 min. Medewerker: dhr. [[p:De Wit]].
Vraag: waarom aanslag IB 2022 terwijl mw. alleen AOW en klein pensioen heeft. Antw.: pensioenfonds heeft te weinig loonheffing ingehouden (heffingskorting twee keer toegepast). Aanslag € 684 klopt helaas. Betalingsregeling aangevraagd, 12 mnd. Zoon [[p:Kwame]] (Londen) per mail op de hoogte gebracht.
""")

T.append(r"""
{{o:Rechtbank Den Haag}}
Sector Kanton

VONNIS

in de zaak van
{{o:Stichting Haag Wonen}}, eisende partij, gemachtigde: {{o:GGN}},
tegen
[[p:Ahmed el Khattabi]], wonende te Den Haag, [[a:Hoefkade 274]], gedaagde partij, procederend in persoon.

Zaaknummer: [[k:10744021 \ CV EXPL 23-18734]]
Vonnis van [[d:12 december 2023]]

De {{o:kantonrechter}} ontbindt de huurovereenkomst tussen partijen betreffende de woning aan de [[a:Hoefkade 274]] te Den Haag en veroordeelt [[p:El Khattabi]] de woning binnen veertien dagen na betekening te ontruimen.
""")

T.append(r"""
Hoi [[p:Stefan]],

Zoals besproken: dhr. [[p:El Khattabi]] ([[a:Hoefkade 274]]) heeft een ontruimingsvonnis. Dhr. is bekend met psychoses, laatste opname in 2021. Zijn broer [[p:Mohamed]] zegt dat hij weer niet slaapt en 's nachts op straat loopt. Ik wil graag dat jij als {{r:wijkagent}} weet dat er een ontruiming aankomt (datum nog niet bekend, {{o:GGN}} kenmerk [[k:GGN-77318-HW]]). Ik probeer via {{o:Parnassia}} bemoeizorg in te zetten.

Groet,
[[p:Marieke]]
""")

T.append(
    r"""
Van: [[p:Yolanda Isenia]] <[[e:yolanda.isenia@live.nl]]>
Aan: [[p:Jurwin Rosalia]]
Datum: [[d:12-04-2024]]
Onderwerp: Re: aanmelding

Dank je [[p:Jurwin]]. [[p:Giovanni]] heeft gisteren de brief van Flanderijn gekregen, het beslag is € 410 per maand. Hij houdt bijna niks over. Zijn loonstroken stuur ik door. Zijn BSN is [[b:602821964]] als je dat nodig hebt voor de aanvraag. Mijn adres staat ook op zijn naam: [[a:Heeswijkplein 9]], [[pc:2531 HM]].

Groetjes [[p:Yolanda]]
""".replace("de brief van Flanderijn", "de brief van {{o:Flanderijn}}")
)

T.append(r"""
{{o:Flanderijn}}
Postbus 23
3000 AA Rotterdam

Aan de werkgever van:
[[p:G.F. Martina]], geboren [[d:04-06-2002]]

Ons kenmerk: [[k:FL-2024-883017]]
Datum: [[d:28 maart 2024]]

Mededeling derdenbeslag

Hierbij delen wij u mee dat op [[d:2 april 2024]] beslag wordt gelegd onder u als werkgever op het loon van uw werknemer [[p:Giovanni Felida Martina]], BSN [[b:602.821.964]], ten behoeve van onze opdrachtgever {{o:Belastingdienst}}. U dient de beslagvrije voet in acht te nemen.
""")

T.append(r"""
Beste [[p:Hiba]],

Ik heb vandaag met uw man [[p:Rami]] de machtiging voor de {{o:Belastingdienst}} ingevuld. Nu moet u zelf ook tekenen, omdat u toeslagpartners bent. Ik heb het formulier in de brievenbus gedaan bij [[a:Loevesteinlaan 409]].

Wilt u het getekend meenemen naar de afspraak van [[d:dinsdag 2 april]]? Uw BSN hoeft u niet op te schrijven, dat vul ik in: [[b:802470282]].

Groetjes,
[[p:Wim Smit]]
{{o:Servicepunt XL}} {{w:Laak}}
""")

T.append(
    r"""
TEL. [[d:22-1]] — {{o:Vestia}} wijkkantoor
Gesproken met [[p:Kolev]]. Mw [[p:Chaara]] mag op [[d:22/1]] 14u komen voor gesprek over achterstand. Vestia wil alleen regeling als ook de lopende huur automatisch wordt afgeschreven, rek.nr. [[i:NL74 TRIO 2921 4607 11]]. Zeg [[p:Hamid]] dat hij de machtiging meeneemt.
""".replace("Vestia wil", "{{o:Vestia}} wil")
)

T.append(
    r"""
Van: [[p:Marco de Vries]] <[[e:marco.devries@legerdesheils.nl]]>
Aan: [[p:Jolanda Sterk]]
CC: [[p:Wendy Mulder]]
Verzonden: [[d:vrijdag 17 mei 2024]] 16:44
Onderwerp: dhr [[p:Bhoendie]] – eerste week

Hoi [[p:Jolanda]],

De verhuizing is goed gegaan. [[p:Glenn]] is erg blij met zijn woning. Wel: de {{o:SVB}}-brief over zijn moeders nalatenschap is nog naar het oude briefadres gegaan ({{o:Kessler Stichting}}, Prinsegracht). [[p:Wendy]] haalt hem op. Zijn nieuwe postcode is [[pc:2512 GA]], graag aanpassen in jullie systeem.

[[p:Marco]]

--
{{o:Leger des Heils}} Haaglanden, Kwartellaan 26, 2522 AT Den Haag
""".replace("(Kessler, [[a:", "({{o:Kessler Stichting}}, [[a:")
)

T.append(r"""
Geachte mevrouw [[p:Roos Lam]],

Bedankt voor het gesprek op [[d:15 april]] over de zorg voor uw vader, de heer [[p:L. Lam]]. U gaf aan dat u het zwaar vindt om naast uw werk elke dag bij hem langs te gaan in [[a:Pisuissestraat 41]].

Wij hebben afgesproken:
- {{r:casemanager dementie}} [[p:Wendy Bakker]] komt kennismaken;
- wij vragen respijtzorg aan (dagbesteding 2 dagen bij {{o:Florence}}, locatie {{w:Mariahoeve}});
- u krijgt de folder van {{o:Mantelzorg Den Haag}}.

Met vriendelijke groet,
[[p:Marieke de Wit]]
""")

T.append(
    r"""
[[d:Op wo 20 mrt 2024]] om 11:02 schreef [[p:Lieke van Dam]] <[[e:l.vandam@hwwzorg.nl]]>:
> Huisbezoek dhr. [[p:A.]] gedaan met [[p:Koster]] en [[p:Els]]. Dhr. stemt in met schoonmaak. Datum schoonmaak: [[d:2 april]]. Wie regelt opslag spullen?

Antwoord [[p:Els]]:
Ik vraag bij {{o:Haag Wonen}} of zij een container betalen. Verder moet {{o:Parnassia}} (dhr. [[p:Lucas Smit]]) weten dat dhr. meewerkt, dat helpt voor de indicatie.
""".replace("[[d:Op wo 20 mrt 2024]]", "Op [[d:wo 20 mrt 2024]]")
)

T.append(r"""
Ons kenmerk: [[k:2023-04711]]
Uw brief van: [[d:11 maart 2024]]
Datum: [[d:15 maart 2024]]

Geachte heer [[p:Karimi]],

Wij hebben uw verzoek om kwijtschelding van de gemeentelijke belastingen 2024 (afvalstoffenheffing en rioolheffing) ontvangen. Uw {{r:bewindvoerder}} heeft de stukken aangeleverd. Wij verlenen u volledige kwijtschelding.

Het aanslagbiljet voor [[a:Erasmusweg 1062]] wordt op nul gezet.

Met vriendelijke groet,
{{o:Belastingen Gemeente Den Haag}}
""")

T.append(
    r"""
notities tel. ronde schuldeisers — mw [[p:Jama]] — [[d:8/4]]
- CJIB: boete [[k:3000 2290 4471 8801]], regeling 10 p/m ok (mw. [[p:Dekker]])
- Toeslagen: terugvordering KOT, mag wachten tot beslissing op bezwaar
- Budget Energie: klantnr [[k:BE-2204771]], niet bereikbaar, morgen opnieuw
- Vestia: geen achterstand meer
Mw. [[p:Sahra]] gebeld en verteld, ze was blij. Volgende afspraak [[d:woensdag 17 april]].
""".replace("- CJIB:", "- {{o:CJIB}}:")
    .replace("- Toeslagen:", "- {{o:Toeslagen}}:")
    .replace("- Budget Energie:", "- {{o:Budget Energie}}:")
    .replace("- Vestia:", "- {{o:Vestia}}:")
)

T.append(
    r"""
Van: [[p:Wendy Bakker]] <[[e:w.bakker@florence.nl]]>
Aan: [[p:Marieke de Wit]]
Datum: [[d:23-04-2024]] 08:37
Onderwerp: kennismaking dhr. Lam

Beste [[p:Marieke]],

Ik ben gisteren bij meneer [[p:Lam]] geweest. Zijn dochter [[p:Roos]] was er ook. Meneer heeft een diagnose Alzheimer sinds vorig jaar (geheugenpoli {{o:HMC}}). Hij herkent mij vast niet bij het volgende bezoek, maar hij was vriendelijk. Ik plan een vervolg over 3 weken. Roos is bereikbaar op [[t:06-51 92 88 04]].

Hartelijke groet,
[[p:Wendy Bakker]]
{{r:casemanager dementie}} | {{o:Florence}}
""".replace("kennismaking dhr. Lam", "kennismaking dhr. [[p:Lam]]").replace(
        " Roos is bereikbaar", " [[p:Roos]] is bereikbaar"
    )
)

T.append(r"""
{{o:DUO}}
Postbus 50061
9702 AB Groningen

[[p:Stoyan Dimitrov]]
[[a:Vaillantlaan 71-B]]
[[pc:2526 HH]] Den Haag

Datum [[d:15 januari 2024]]
Relatienummer [[k:D-4410297]]

Uw aflossing

Beste heer [[p:Dimitrov]],

U heeft ons gevraagd om een lager maandbedrag vanwege uw inkomen. Wij hebben uw draagkracht berekend. U hoeft van [[d:1 februari 2024]] tot en met [[d:31 januari 2025]] niets af te lossen.
""")

T.append(r"""
Hallo [[p:Tomasz]],

Kun jij volgende week tolken bij [[p:Łukasz Wójcik]]? Hij heeft een brief van de rechtbank (dagvaarding van {{o:Rijswijk Wonen}}) en de zitting is al op [[d:25 april]]. Hij woont nu bij een vriend op [[a:Klimopstraat 150]], [[pc:2563 VH]]. Nummer: [[t:0031 6 2741 9085]].

Dank je!
[[p:Bart]]
""")

T.append(r"""
Telefoonnotitie [[d:vrijdag 1 maart 2024]]
Gebeld met {{o:Menzis}} over dhr. [[p:Pinas]]. Hij staat nog steeds bij het {{o:CAK}} als wanbetaler, terwijl de afmelding op [[d:17 januari]] is gestuurd. Medewerker ([[p:Thijs]]) ziet ons verzoek, maar de bevestiging van de {{o:Gemeentelijke Kredietbank}} mist een handtekening. Nieuwe versie gevraagd aan [[p:Iwan]]. Terugbetaling te veel ingehouden premie komt daarna op [[i:NL64INGB1776361614]].
""")

T.append(r"""
Van: [[p:Agnieszka Nowak]]
Verzonden: [[d:donderdag 22 februari 2024]] 19:40
Aan: [[p:Roos van Leeuwen]]
Onderwerp: dank u!!!

Hallo [[p:Roos]], de brief van {{o:Zilveren Kruis}} is gekomen, ze betalen de kraamzorg!! Heel erg bedankt voor het bellen. [[p:Zofia]] is al 7 weken en doet het goed. Groeten van mij en [[p:Marek]].
""")

T.append(r"""
Aan: {{o:SVB}}, afdeling AOW
Betreft: wijziging adres en rekeningnummer
Klantnummer: [[k:6021 4478 1190]]

Den Haag, [[d:2 februari 2024]]

Geachte heer/mevrouw,

Namens mijn cliënt, de heer [[p:Jun Huang]], geboren [[d:28-02-1956]], BSN [[b:222135359]], geef ik de volgende wijzigingen door:
- nieuw adres per [[d:1 februari 2024]]: [[a:Beeklaan 402-A]], [[pc:2562 AV]] Den Haag (seniorenwoning {{o:Haag Wonen}});
- nieuw rekeningnummer: [[i:NL70 SNSB 5367 8847 11]].

Dhr. [[p:Huang]] spreekt weinig Nederlands; u kunt contact opnemen met mij of met zijn dochter [[p:Li Na Wu]], [[t:06 - 30 84 17 25]].

Met vriendelijke groet,
[[p:Wim Smit]], {{r:ouderenadviseur}}
""")

T.append(r"""
Beste [[p:Nadia]],

hierbij de scan van mijn ID en de brief van {{o:DUO}} van [[d:15 januari]]. Ik hoef nu een jaar niets te betalen, dankzij jou! Mijn vriendin [[p:Mariya]] wil ook hulp, zij heeft schulden bij {{o:Budget Energie}}. Mag ik haar nummer geven? [[t:+359 88 714 2260]], maar ze heeft ook een Nederlands nummer [[t:06 87 32 14 09]].

Dank,
[[p:Stoyan]]
""")

T.append(r"""
Gespreksaantekening — telefoon {{o:Vidomes}}, [[d:maandag 29 april]]
Met: [[p:Olga Brouwer]], {{r:woonconsulent}}
Over: woning [[a:Stationsweg 91-III]], nieuwe huurder dhr. [[p:G. Bhoendie]]
Huurcontract getekend, ingangsdatum [[d:15-05-2024]]. Huur € 612,40; huurtoeslag nog aanvragen. Eerste maand betaalt het {{o:Leger des Heils}} voor. [[p:Olga]] wil graag één contactpersoon: dat wordt [[p:Wendy Mulder]]. Huurdersnummer [[k:VID-213-0874]].
""")

T.append(r"""
Van: [[p:Sharlene Doran]] <[[e:sharlene.doran@icloud.com]]>
Aan: [[p:Giovanni Felida]]
Verzonden: [[d:woensdag 14 februari 2024]] 21:17
Onderwerp: mijn zus [[p:Roxanne]]

Beste meneer [[p:Felida]],

De deurwaarder (meneer [[p:Van Arkel]]) komt [[d:21 februari]]. Mijn zus is heel bang dat ze haar tv en bank meenemen, ze heeft twee kleine kinderen. Ik kan 150 euro voorschieten maar niet 300. Wat moeten we doen? Ze woont [[a:Delftselaan 47-I]], [[pc:2512 RC]], haar BSN staat op de brief: [[b:385 555 404]].

Met vriendelijke groeten,
[[p:Sharlene]]
""")

T.append(r"""
Telefoonnotitie — [[d:15 februari]]
Gebeld met deurwaarderskantoor (dhr. [[p:van arkel]]) ivm [[p:R. Doran]]. Aangeboden: € 150 nu via zus, rest na toelating schuldhulp. Hij gaat akkoord, beslag [[d:21/2]] gaat niet door. Betalen op zijn derdengeldrekening onder vermelding van [[k:AR 2024/11827]]. Bevestiging per mail naar mij en naar [[e:sharlene.doran@icloud.com]].
""")

T.append(r"""
{{o:VGZ}}
Postbus 5040
6802 EA Arnhem

Mevrouw [[p:D. Georgieva]]
[[a:Weimarstraat 174]]
[[pc:2562HG]] DEN HAAG

Datum: [[d:9 april 2024]]
Klantnummer: [[k:128554091]]

Uw betalingsregeling

Beste mevrouw [[p:Georgieva]],

Wij hebben uw verzoek voor een betalingsregeling goedgekeurd. U betaalt de achterstand van € 412,00 in 10 maandelijkse termijnen, naast uw gewone premie. De termijnen schrijven wij af van [[i:NL43RBRB6862264841]], vanaf [[d:1 mei 2024]].
""")

T.append(
    r"""
hoi [[p:Sunita]],
meneer [[p:kaya]] heeft gisteren de deur niet opengedaan. buurvrouw ([[p:mw. van der Meer]], nr. 558) zegt dat hij wel thuis is, ze hoort de tv. zoon [[p:Serdar]] gebeld op [[t:06-14 52 87 30]], hij gaat vanavond bellen met zijn vader. ik probeer [[d:vrijdag 15/3]] opnieuw. gr [[p:Glenn]]
""".replace("[[p:mw. van der Meer]]", "mw. [[p:van der Meer]]")
)

T.append(r"""
{{o:Sociale Verzekeringsbank}}

[[p:Hodan Farah]]
[[a:Teniersstraat 5-II]]
[[pc:2526 NM]] Den Haag

Datum: [[d:28 maart 2024]]
Ons kenmerk: [[k:KB/2024/0017743]]

Beslissing op bezwaar — kinderbijslag

Beste mevrouw [[p:Farah]],

Uw bezwaar is gegrond. Uit de stukken blijkt dat uw dochter [[p:Ayaan]] (geboren [[d:9 augustus 2015]]) in het tweede kwartaal van 2023 bij u woonde. U heeft recht op kinderbijslag over dat kwartaal. De terugvordering vervalt.

Met vriendelijke groet,
[[p:S. Brouwer]]
{{r:jurist}} Bezwaar en Beroep
""")

T.append(
    r"""
Van: [[p:Naima Azzouzi]]
Aan: [[p:Said Tahiri]] <[[e:saidtahiri71@hotmail.com]]>
Datum: [[d:maandag 25 maart 2024]]
Onderwerp: afspraak

Beste [[p:Said]],

Je bewindvoerder ([[p:Anouk]]) heeft me gemaild dat het lastig gaat met het leefgeld. Ik wil graag met je praten, niet om je te controleren maar om te kijken wat er speelt. Kom je [[d:donderdag 28 maart]] om 14.00 naar het {{o:wijkcentrum}} in {{w:Moerwijk}}? Of ik kom naar [[a:Moerweg 212]], zeg maar.

Groet,
[[p:Naima]]
[[t:06-41 09 73 26]]
""".replace("{{o:wijkcentrum}}", "wijkcentrum")
)

T.append(r"""
Aan: {{o:Toeslagen}}
Onderwerp: verzoek om persoonlijk zaakbehandelaar (hersteloperatie)

Geachte heer/mevrouw,

Mevrouw [[p:Ayşe Yıldız]] ([[b:264173053]]) is gedupeerde van de kinderopvangtoeslagaffaire en heeft in 2021 een compensatie van € 30.000 ontvangen. Inmiddels zijn er nieuwe schulden ontstaan. Wij verzoeken u een persoonlijk zaakbehandelaar toe te wijzen. Haar contactgegevens: [[a:Paul Krugerlaan 117]], [[pc:2571 GE]] Den Haag, telefoon [[t:06-33 02 81 76]].

Met vriendelijke groet,
[[p:J.W. Dekker]]
{{o:Sociaal Raadslieden}} {{w:Transvaal}}
Ons kenmerk: [[k:SRL/24/118]]
""")

T.append(r"""
Subject: RE: [Ticket#[[k:2024041910000083]]] vraag over afsluiting water

Beste mevrouw [[p:Azzouzi]],

Bedankt voor uw vraag. Bij de klant op [[a:Escamplaan 1045]] is geen afsluiting gepland. Er is wel een herinnering gestuurd op [[d:3 april]]. Als de klant binnen 14 dagen betaalt of een regeling treft, gebeurt er verder niets.

Met vriendelijke groet,
[[p:Bas Kraai]]
{{o:Dunea}} Klantenservice
""")

T.append(
    r"""
notitie mdo [[d:27-3]] ({{o:Parnassia}}, [[p:Lucas]] vz.)
aanw.: [[p:Khadija]], [[p:Tomasz]], [[p:dr. Haddad]], [[p:Anouk Hendriks]] (BW), wijkagent [[p:Stefan Bakker]]
dhr [[p:kowalczyk]] nog opgenomen bij {{o:Brijder}}, ontslag verwacht rond [[d:12 april]]. Haag Wonen gaat niet ontruimen mits begeleiding thuis + BW. [[p:Ola]] (dochter, 17) blijft bij moeder. afspraak: [[p:Tomasz]] checkt post en CAK-status. volgend MDO [[d:8 mei]].
""".replace("[[p:dr. Haddad]]", "dr. [[p:Haddad]]")
    .replace(" Haag Wonen gaat", " {{o:Haag Wonen}} gaat")
    .replace("CAK-status", "{{o:CAK}}-status")
    .replace("wijkagent [[p:", "{{r:wijkagent}} [[p:")
)

T.append(r"""
Van: [[e:m.bouchtaoui@cak.nl]]
Aan: [[p:Tomasz Wiśniewski]]
Datum: [[d:3 april 2024]]
Onderwerp: Re: status bestuursrechtelijke premie

Beste heer [[p:Wiśniewski]],

Ik heb het dossier van de heer [[p:Kowalczyk]] bekeken (burgerservicenummer [[b:244568704]]). Hij staat sinds [[d:1 november 2023]] geregistreerd. Zodra de schuld bij {{o:Zilveren Kruis}} is afgelost of er een schuldregeling is, wordt hij afgemeld.

Met vriendelijke groet,
[[p:Malika Bouchtaoui]]
{{o:CAK}}, Regeling Wanbetalers
""")

T.append(r"""
Beste [[p:Ivan]],

Ik heb gisteren je moeder [[p:Mariya Ivanova]] bezocht op de Keizerstraat. Zij vertelde over de schulden van je oom [[p:Stefan]] die na zijn overlijden bij haar terecht zijn gekomen. Belangrijk: zij kan de nalatenschap nog beneficiair aanvaarden of verwerpen, via de rechtbank. Daar is een termijn voor. Kun jij de overlijdensakte (datum overlijden: [[d:2 februari 2024]]) opsturen naar [[e:s.groen@welzijnscheveningen.nl]]?

Vriendelijke groet,
[[p:Sandra Groen]]
{{r:welzijnscoach}} {{o:Welzijn Scheveningen}}
""")

T.append(r"""
Telefoonnotitie [[d:18 april]], 16:30
{{o:Essent}} belt (mw. [[p:Meijer]]) over mw. [[p:De Hoop]], [[a:Zonnebloemstraat 33]]. Regeling van € 40 p/m is twee keer gemist. Uitgelegd dat mw. in december opgenomen was en dat neef [[p:Kees de Hoop]] nu machtiging heeft. [[p:Meijer]] geeft nog één kans. Neef gebeld op [[t:06 23 45 91 80]], hij regelt automatische incasso van [[i:NL47ABNA9488185664]].
""")

T.append(r"""
{{o:Odido}}

[[p:Mahad Osman]]
[[a:Hengelolaan 1020]]
[[pc:2545 HS]] Den Haag

Datum: [[d:02/03/2024]]
Klantnummer: [[k:1.2284.117]]

Beste [[p:Mahad]],

Je abonnement met toestel (Galaxy A54) loopt tot [[d:14 augustus 2025]]. Je hebt een achterstand van € 189,50. Betaal je niet binnen 14 dagen, dan blokkeren we je nummer [[t:06 1148 3920]] voor uitgaand bellen.
""")

T.append(r"""
Geachte heer [[p:Noori]],

Op [[d:27 maart 2024]] is onze {{r:ergotherapeut}}, mevrouw [[p:Sterk]], bij u thuis geweest. Uw woning aan de [[a:Cartesiusstraat 88-III]] is niet geschikt te maken voor een traplift. Wij adviseren u te verhuizen naar een gelijkvloerse woning. U krijgt hiervoor een urgentieverklaring.

Uw dochter, mevrouw [[p:Rahimi]], heeft aangegeven u te helpen bij het zoeken. Ook de {{r:wijkverpleegkundige}} van {{o:HWW zorg}} is op de hoogte.

Zaaknummer: [[k:2024-WMO-120771]]

Met vriendelijke groet,
[[p:K. Bouzian]]
{{r:Wmo-consulent}}, {{o:Gemeente Den Haag}}
""")

T.append(r"""
Van: [[p:Mina Rahimi]] <[[e:mina.rahimi@outlook.com]]>
Aan: [[p:Zahra Ahmadi]]
Verzonden: [[d:donderdag 4 april 2024]] 12:30
Onderwerp: woning papa

Salaam [[p:Zahra]] jan,

We hebben de brief van de gemeente gekregen over de urgentie. Er is een woning in {{w:Bezuidenhout}} aangeboden, [[a:Juliana van Stolberglaan 233]], begane grond. Papa wil wel, maar hij wil niet weg bij zijn moskee in {{w:Segbroek}}. Kun jij met hem praten? Hij luistert naar jou.

Khoda hafez,
[[p:Mina]]
""")

T.append(r"""
Telefoonnotitie — [[d:woensdag 7 februari 2024]]
Uitgaand: {{o:Rechtbank Den Haag}}, {{r:griffie}} kanton
Namens: mw. [[p:Zeynep Arslan]]
Gevraagd of de zitting van [[d:2 mei]] kan worden uitgesteld omdat mw. dan in het ziekenhuis ligt (operatie). Griffiemedewerker ([[p:De Graaf]]) zegt: schriftelijk verzoek met bewijs van het ziekenhuis sturen, onder vermelding van rolnummer [[k:CV EXPL 24-3318]]. Brief vandaag opgesteld, mw. tekent morgen.
""")

T.append(
    r"""
{{o:Gemeente Den Haag}}, {{o:Dienst SZW}}
Team Inkomen

[[p:dhr. S. Tahiri]]
[[a:Moerweg 212]]
[[pc:2533 CG]] Den Haag

Datum: [[d:5 april 2024]]
Cliëntnummer: [[k:SZW-883201]]
Behandelaar: [[p:Priya Soekhai]], {{r:klantmanager}}

Onderwerp: wijziging uitbetaling bijstand

Geachte heer [[p:Tahiri]],

Op verzoek van uw {{r:bewindvoerder}} betalen wij uw bijstandsuitkering vanaf [[d:1 mei 2024]] uit op de beheerrekening [[i:NL57RABO6743997555]]. De huur betalen wij rechtstreeks aan {{o:Staedion}}.
""".replace("[[p:dhr. S. Tahiri]]", "dhr. [[p:S. Tahiri]]")
)

T.append(r"""
Hoi [[p:Marco]],

[[p:Glenn]]'s huurtoeslag is aangevraagd op [[d:20 mei]], met terugwerkende kracht. Ik heb zijn DigiD samen met hem opnieuw aangevraagd, de activeringsbrief komt naar [[a:Stationsweg 91-III]], [[pc:2515 BM]]. Vergeet niet dat hij die brief binnen 20 dagen moet gebruiken. [[p:Wendy]] weet ervan.

Gr. [[p:Jolanda]]
""")

T.append(r"""
{{o:Intrum}} Nederland B.V.
Postbus 84042
2508 AA Den Haag

[[p:E. Doğan]]
[[a:Zuiderparklaan 331]]
[[pc:2574 HM]] DEN HAAG

Datum: [[d:6 maart 2024]]
Dossiernummer: [[k:IN-2019-773105]]

Bevestiging opschorting

Geachte mevrouw [[p:Doğan]],

Naar aanleiding van het contact met uw {{r:schuldhulpverlener}}, de heer [[p:H. Öztürk]], bevestigen wij dat wij alle incassomaatregelen opschorten zolang het minnelijk traject loopt. Wij hebben onze vordering van € 2.416,30 aangemeld bij {{o:Schuldhulpverlening}} {{o:Gemeente Den Haag}}.

Met vriendelijke groet,
[[p:R. Vink]], {{r:medewerker Schuldhulpcontacten}}
""")

T.append(r"""
Van: [[p:Lotte Brouwer]]
Aan: [[p:Ionuț Popescu]] <[[e:ionut.popescu88@yahoo.com]]>
Verzonden: [[d:maandag 22 januari 2024]] 10:11
Onderwerp: RE: brief van Eneco

Beste [[p:Ionuț]],

Ik heb {{o:Eneco}} gebeld. De eindafrekening hoort bij de vorige bewoner van [[a:Kempstraat 61-2]]; {{o:Eneco}} had uw klantnummer verkeerd gekoppeld aan de oude meterstanden. U krijgt een nieuwe afrekening. U hoeft de € 640 dus niet te betalen.

Groeten aan [[p:Andreea]] als ze terug is!

[[p:Lotte Brouwer]]
{{r:maatschappelijk werker}} {{o:Xtra}} | [[t:06-34 91 08 27]]
""")

T.append(r"""
AANTEKENING TELEFOONGESPREK
datum: [[d:30-01-2024]]
organisatie: {{o:Zorg en Zekerheid}}, afd. Incasso
contactpersoon: [[p:A. Koning]]
cliënt: mw. [[p:Elena Dumitrescu]], verblijft tijdelijk bij haar zus [[p:Andreea Stan]], [[a:Melis Stokelaan 1855]]
- aanvullende verzekering geschorst per [[d:1-2]]
- basis loopt door, achterstand 4 mnd
- regeling: 6 x € 98,40, start maart
- mw. heeft eigen nummer: [[t:+40 722 108 449]] (Roemeens), NL-nummer niet actief
""")

T.append(r"""
Geachte mevrouw [[p:Lopes Semedo]],

Uw zoon [[p:João]] heeft ons laten weten dat u een tolk nodig heeft tijdens het gesprek met de arts op [[d:19 maart]]. Wij hebben een tolk Kaapverdiaans Creools geregeld. Het gesprek is bij u thuis, [[a:Slicherstraat 108]], om 10.30 uur. Uw dochter [[p:Djamila]] mag erbij zijn.

Met vriendelijke groet,
[[p:Glenn Doelwijt]]
{{r:Wmo-adviseur}} {{o:SWT}} {{w:Laak}}
""")

T.append(
    r"""
Hi [[p:Priya]],

Short update on mevrouw [[p:de Hoop]] (sorry, typing in English, my keyboard is on EN): Essent agreed to one more chance, nephew [[p:Kees]] will set up automatic payment. She's got home care from {{o:Saffier}} three times a week now. I'll visit again [[d:Thursday 25 April]].

Cheers,
[[p:Akua]]
""".replace("Essent agreed", "{{o:Essent}} agreed")
)

T.append(r"""
{{o:Rechtbank Den Haag}}
Team Insolventie

Aan: [[p:W. Sultani]]
[[a:Zuidlarenstraat 310]]
[[pc:2545 XC]] Den Haag

Datum: [[d:18 april 2024]]
Insolventienummer: [[k:C/09/24/118 R]]

Uitnodiging verhoor

Geachte heer [[p:Sultani]],

Uw verzoek tot toepassing van de schuldsaneringsregeling natuurlijke personen wordt behandeld op [[d:dinsdag 14 mei 2024]] om 11.15 uur. U dient in persoon te verschijnen. U mag zich laten vergezellen door uw {{r:schuldhulpverlener}}.
""")

T.append(r"""
Telefoonnotitie [[d:9 mei 2024]]
Gesprek met [[p:Latifa]] van {{o:Voedselbank Haaglanden}} over mw. [[p:Jama]]: de verwijzing loopt tot oktober, maar mw. is drie weken niet komen ophalen. [[p:Latifa]] had gebeld op [[t:06 - 75 40 19 82]] maar dat nummer is niet meer in gebruik. Nieuw nummer van mw. opgezocht in dossier: [[t:0684017736]], doorgegeven.
""")

T.append(r"""
Van: [[p:Priya Soekhai]] <[[e:priya.soekhai@denhaag.nl]]>
Aan: [[p:Anouk Hendriks]] <[[e:anouk@bewindopmaat.nl]]>
Datum: [[d:8 april 2024]]
Onderwerp: dhr. [[p:Tahiri]], cliëntnr. [[k:SZW-883201]]

Beste [[p:Anouk]],

De wijziging van de uitbetaling is verwerkt per [[d:1 mei]]. Let op: de inhouding voor de terugvordering van 2022 (€ 58 p/m) loopt door. Als je die wilt laten verlagen, moet je een verzoek doen met een budgetplan.

Groet,
[[p:Priya Soekhai]]
{{r:klantmanager}} Werk en Inkomen
""")

T.append(r"""
Beste mevrouw [[p:Kalpoe]],

Hartelijk dank voor uw kaartje, dat vond ik heel lief. Ik ben blij dat het bezwaar over de huurtoeslag goed is afgelopen. Het geld komt terug op uw rekening, dat kan een paar weken duren.

Als er nog iets is, kunt u mij bellen. Ik ben er weer vanaf [[d:6 mei]]. Daarvoor kunt u terecht bij mijn collega [[p:Ravi]], [[t:(070) 353 44 18]].

Hartelijke groet,
[[p:Shanti]]
""")

T.append(r"""
{{o:CAK}} — Eigen bijdrage Wmo

[[p:L. Lam]]
p/a mevrouw [[p:R. Lam]]
[[a:Van der Vennestraat 20]]
[[pc:2525 CM]] Den Haag

Datum: [[d:20 mei 2024]]
CAK-nummer: [[k:5103.882.477]]

Beste heer [[p:Lam]],

Vanaf [[d:6 mei 2024]] krijgt u dagbesteding via de Wmo. U betaalt hiervoor een eigen bijdrage van maximaal € 21,80 per maand. Uw dochter heeft gevraagd de facturen naar haar adres te sturen. Dat hebben wij aangepast.
""")

T.append(
    r"""
Onderwerp: FW: afspraak [[d:19/3]]

-------- Doorgestuurd bericht --------
Van: Wmo-artsen Den Haag <[[e:keuring@denhaag.nl]]>
Datum: [[d:ma 11 mrt. '24]]
Aan: [[p:Glenn Doelwijt]]

Bevestiging: medisch advies voor [[p:A. Lopes Semedo]], geboren [[d:3-3-'52]], op [[d:19-03-2024]] om 10.30 uur op huisadres. Tolk: Kaapverdiaans Creools, geregeld via tolkencentrum. Kenmerk [[k:MA-24-0391]].

[[p:Glenn]]: [[p:Djamila]], kun je dit aan je moeder laten weten? Groet.
""".replace("Van: Wmo-artsen Den Haag", "Van: Wmo-artsen {{o:Gemeente Den Haag}}")
)

T.append(r"""
Terugbelverzoek 11.20 — mw. [[p:Tesfay]] belde over brief {{o:Staedion}}, graag terugbellen op [[t:06-27 31 55 09]] (na school).
""")

T.append(r"""
Ontvangen per post: brief {{o:CAK}} d.d. [[d:12-02-2024]] van mw. [[p:Warsame]]. Gescand en in dossier [[k:2024-0381]] gezet. [[p:Mahad]] is op de hoogte.
""")

T.append(r"""
Onderwerp: dhr [[p:Osman]] — afsluiting {{o:Vattenfall}} voorkomen

Top gedaan, [[p:Youssef]]! Dank ook aan [[p:Lisa]] van {{o:Vattenfall}}.
[[p:Femke]]
""")

T.append(
    r"""
Van: [[p:Rachida Amrani]] <[[e:r.amrani@xtra.nl]]>
Verzonden: [[d:woensdag 21 februari 2024]] 13:26
Aan: [[p:Jeroen Dekker]] <[[e:jdekker@juridischloket.nl]]>
CC: [[p:Shanti Jagesar]]
Onderwerp: RE: vraag huurverhoging mw. [[p:Jagesar]]

Beste [[p:Jeroen]],

Dank je voor het spreekuur van gisteren. Mevrouw [[p:Jagesar]] (geen familie van mijn collega [[p:Shanti]], die in de cc staat omdat zij de Wmo-aanvraag doet) was erg opgelucht. Voor de volledigheid de gegevens voor het verzoekschrift aan de {{o:Huurcommissie}}:

Huurder: [[p:Savitri Jagesar]], geb. [[d:30 juni 1966]]
Adres: [[a:Jan van der Heijdenstraat 56]], [[pc:2525 VL]] Den Haag
Verhuurder: [[p:dhr. P. Hoek]] (particulier), [[a:Mient 441]], [[pc:2564 KM]] Den Haag
Huur per [[d:1 juli 2023]]: € 887,00 (was € 795,00)

Het huurcontract ([[d:01-09-2015]]) stuur ik als bijlage mee. De verhuurder heeft in 2023 ook servicekosten verhoogd zonder specificatie; kun je dat meenemen? Mevrouw heeft geen e-mail, dus alle post graag naar haar adres of via mij.

Verder nog: {{o:Toeslagen}} heeft haar huurtoeslag verlaagd omdat de huur boven de aftoppingsgrens uitkomt. Als de {{o:Huurcommissie}} de huur verlaagt, moet ze dat direct doorgeven, toch?

Met vriendelijke groet,

[[p:Rachida Amrani]]
{{r:maatschappelijk werker}} | {{o:Xtra}} {{w:Laak}}
M [[t:06 - 20 48 71 33]]
Werkdagen: ma, di, do

Dit e-mailbericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde(n). Gebruik, openbaarmaking, vermenigvuldiging of verspreiding door anderen is niet toegestaan. {{o:Xtra}} staat niet in voor de juiste en volledige overbrenging van de inhoud.
""".replace("[[p:dhr. P. Hoek]]", "dhr. [[p:P. Hoek]]")
)

T.append(
    r"""
Gespreksverslag telefoon en vervolg — mw. [[p:Ayşe Yıldız]]

[[d:Maandag 13 mei]], 09.40: gebeld met {{o:Toeslagen}}, {{r:persoonlijk zaakbehandelaar}} [[p:Nicole van Dijk]]. Zij heeft het dossier van mw. ([[k:UHT-2021-114872]]) overgenomen. Ze bevestigt dat mw. in aanmerking komt voor kwijtschelding van private schulden uit de periode vóór de peildatum in 2021. Nieuwe schulden (na dat moment) vallen daar niet onder.

Schulden ná die datum volgens ons overzicht: {{o:Eneco}} (€ 1.210), {{o:Ziggo}} (€ 340), {{o:Zilveren Kruis}} (€ 560). Samen met mw. afgesproken dat zij bij ons in het traject blijft; [[p:Nicole]] stuurt de schuldenlijst vóór de periode naar het {{o:Nationaal Schuldhulproute}}-loket. 

10.15: mw. [[p:Yıldız]] gebeld op [[t:06-33 02 81 76]] en uitgelegd. Haar zoon [[p:Emir]] (bijna 3) was ziek, dus kort gesprek. Zij vroeg of haar nieuwe partner, [[p:Kerem Aydın]], bij haar mag komen wonen zonder dat dit gevolgen heeft. Uitgelegd: dan wordt hij toeslagpartner en telt zijn inkomen mee, ook voor haar bijstand. Volgende afspraak [[d:wo 22-05]], 10u, {{o:Servicepunt XL}} {{w:Transvaal}}. Mw. neemt haar post van de afgelopen maand mee.

— [[p:J.W. Dekker]], {{r:sociaal raadsman}}
""".replace("{{o:Nationaal Schuldhulproute}}-loket", "gemeentelijke loket")
)


# ---------------------------------------------------------------- build
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1) is not None:
            code, txt, dest, table = m.group(1), m.group(2), pii, PII
        else:
            code, txt, dest, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, txt))
        dest.append({"start": n, "end": n + len(txt), "label": table[code], "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unparsed markup in: " + text[:80])
    return text, pii, keep


# Context terms that must stay readable: occurrences not marked by hand are added here
# (whole words, case-sensitive, never overlapping a marked span).
AUTO_KEEP = {
    "org": [
        "Belastingdienst",
        "Toeslagen",
        "Eneco",
        "Intrum",
        "DUO",
        "CAK",
        "SVB",
        "CJIB",
        "UWV",
        "Vestia",
        "Staedion",
        "Haag Wonen",
        "Vidomes",
        "Essent",
        "Vattenfall",
        "Dunea",
        "Odido",
        "KPN",
        "Ziggo",
        "Menzis",
        "VGZ",
        "Zilveren Kruis",
        "Parnassia",
        "Xtra",
        "Florence",
        "Saffier",
        "Brijder",
        "GGN",
        "Flanderijn",
        "Kruidenier",
        "Servicepunt XL",
        "Wmo-loket",
        "Veilig Thuis",
        "Leger des Heils",
        "Kessler Stichting",
        "Voor Welzijn",
    ],
    "wijk": [
        "Schilderswijk",
        "Transvaal",
        "Mariahoeve",
        "Moerwijk",
        "Bouwlust",
        "Vrederust",
        "Laak",
        "Escamp",
        "Segbroek",
        "Scheveningen",
        "Stationsbuurt",
        "Morgenstond",
        "Bezuidenhout",
    ],
    "role": [
        "maatschappelijk werker",
        "wijkverpleegkundige",
        "casusregisseur",
        "bewindvoerder",
        "schuldhulpverlener",
        "huismeester",
        "deurwaarder",
        "huisarts",
        "wijkagent",
        "klantmanager",
        "woonconsulent",
        "welzijnscoach",
        "ouderenadviseur",
        "Wmo-adviseur",
        "Wmo-consulent",
        "jurist",
        "griffier",
        "tolk",
    ],
}


def add_auto_keep(text, pii, keep):
    taken = [(s["start"], s["end"]) for s in pii + keep]
    terms = sorted(
        ((t, lab) for lab, ts in AUTO_KEEP.items() for t in ts), key=lambda x: -len(x[0])
    )
    for term, lab in terms:
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": term})
            taken.append((m.start(), m.end()))


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src.strip("\n"))
        add_auto_keep(text, pii, keep)
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip() and s["text"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, i
        rows.append(
            {
                "id": "ho52-%04d" % i,
                "text": text,
                "pii": sorted(pii, key=lambda s: s["start"]),
                "keep": sorted(keep, key=lambda s: s["start"]),
            }
        )
    with open(os.path.join(here, "heldout52.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        "texts",
        len(rows),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))
