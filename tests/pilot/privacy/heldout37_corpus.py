#!/usr/bin/env python3
"""Held-out corpus 37: discussion threads on a national knowledge platform for
social neighbourhood teams. Markup: [[code:text]] = pii, {{code:text}} = keep.
BSN/IBAN placeholders: [[b:#plain]] [[b:#dots]] [[b:#spaces]], [[i:#RABO:sp]] [[i:#INGB:plain]]."""

import json, os, re, random

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
rng = random.Random(37)


def gen_bsn(fmt):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 == 10:
            continue
        digs = "".join(map(str, d + [d9]))
        assert (s - d9) % 11 == 0
        if fmt == "dots":
            return digs[:4] + "." + digs[4:6] + "." + digs[6:]
        if fmt == "spaces":
            return digs[:3] + " " + digs[3:6] + " " + digs[6:]
        return digs


def gen_iban(bank, fmt):
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    iban = "NL%02d%s" % (chk, bban)
    num2 = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    assert int(num2) % 97 == 1
    if fmt == "sp":
        return " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    if fmt == "low":
        return iban.lower()
    return iban


TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


T(
    """Vraag aan het forum: hoe gaan jullie om met cliënten die geen post openen? Wij hebben een meneer in {{w:Transvaal}} ([[p:dhr. ]]... nee, sorry, laat ik het zo zeggen: een man van 58) met een stapel ongeopende enveloppen van ruim een meter. De {{r:schuldhulpverlener}} van {{o:PlanGroep}} wil pas starten als alles gesorteerd is. Hebben jullie goede ervaringen met vrijwilligers van {{o:SchuldHulpMaatje}}? Groet, [[p:Wendelien]] ({{r:maatschappelijk werker}}, SWT {{w:Moerwijk}})""".replace(
        "[[p:dhr. ]]", "dhr."
    )
)

T("""> Hebben jullie goede ervaringen met vrijwilligers van SchuldHulpMaatje?

Ja [[p:Wendelien]], heel goede. Bij ons in {{w:Heerenveen}} koppelen we altijd eerst een maatje, pas daarna de {{r:budgetcoach}}. Het maatje gaat gewoon naast iemand aan de keukentafel zitten en opent samen de post. Onze vrijwilliger [[p:Sjoukje Hoekstra]] doet dat al negen jaar, je mag haar mailen: [[e:s.hoekstra@schuldhulpmaatje-fryslan.nl]]. Groetnis út Fryslân, [[p:Durk]]""")

T(
    """MODERATOR: Beste [[p:Ramon]], in je bericht van [[d:vanochtend 14 maart]] stonden gegevens die herleidbaar zijn naar een cliënt. Ik heb het volgende weggehaald: "[[p:mevr. Ö. Kaya]], [[a:Akkerstraat 31-A]], [[pc:7513 KT]] Enschede" en het {{o:BSN}}... pardon, het burgerservicenummer "[[b:#plain]]". Wil je voortaan alleen de casus beschrijven zonder naam, adres of nummers? Zie de huisregels: {{o:Kennisplatform Wijkteams}} /spelregels. Dank! [[p:Marloes]] (moderatie)""".replace(
        "{{o:BSN}}... pardon, het ", ""
    )
)

T("""Samenvatting webinar 'Bemoeizorg zonder verwijzing' ([[d:dinsdag 9 april]], georganiseerd door {{o:Movisie}}):
- spreker [[p:Henk-Jan Verbeek]] ({{r:GGZ-verpleegkundige}}, {{o:Mondriaan}}) liet zien dat je zonder huisartsverwijzing wel degelijk outreachend kunt werken;
- {{r:beleidsadviseur}} [[p:Saskia Dijkman]] van gemeente Heerlen vertelde over hun convenant met {{o:Veilig Thuis Limburg}};
- slides volgen, zegt de organisatie, binnen twee weken.
Vragen? Bel of app me: [[t:06-41 87 22 09]]. #bemoeizorg #webinar #GGZ""")

T(
    """Hoi allemaal, ik ben [[p:Yasmina]], derdejaars stagiaire Social Work bij het wijkteam {{w:Kanaleneiland}}. Mijn praktijkbegeleider [[p:Joost van Aalst]] is twee weken ziek en ik zit met een vraag. Een mevrouw (79) wil geen thuiszorg meer omdat haar zoon [[p:Ferdi]] 'alles regelt', maar de {{r:wijkverpleegkundige}} ziet decubitus. Mag ik zelf {{o:Veilig Thuis}} bellen voor advies, of moet dat via mijn begeleider? Sorry als dit een domme vraag is."""
)

T(
    """@[[p:Yasmina]] helemaal geen domme vraag! Advies vragen bij {{o:Veilig Thuis}} mag iedereen, ook anoniem, dus noem geen naam. Je belt 0800-2000 en je beschrijft de situatie. Bespreek het wel zsm met de {{r:casusregisseur}} van je team, jij hoeft dit niet alleen te dragen. Succes, [[p:Anneke Bakker]], {{r:aandachtsfunctionaris huiselijk geweld}} in {{w:Leidsche Rijn}}"""
)

T(
    """Kleine correctie op de samenvatting van [[p:Henk-Jan]]: het convenant in Heerlen is niet met {{o:Veilig Thuis Limburg}} maar met {{o:Mondriaan}} en {{o:Impuls}} afgesloten, per [[d:1 januari 2023]]. Heb zelf aan tafel gezeten. Meer info staat op https://www.heerlen.nl/sociaaldomein. Verder top stuk hoor! — [[p:Bert Coenen]], {{r:beleidsadviseur}} Wmo, gemeente Heerlen, [[t:045 - 560 40 11]]"""
)

T(
    """Wie heeft ervaring met de nieuwe Wmo-verordening in Zeeland? Wij (wijkteam {{w:Middelburg-Zuid}}) krijgen steeds vaker te horen dat huishoudelijke hulp alleen nog 'schoon en leefbaar' is. Casus ter illustratie, geanonimiseerd: echtpaar, hij 84 en blind, zij 81 met COPD. Indicatie verlaagd van 4 naar 2 uur per week. Bezwaar ingediend onder nummer [[n:WMO-BZ-2024-0418]]. Iemand die weet hoe de {{o:Centrale Raad van Beroep}} hierover denkt? Groet [[p:Cor Minderhoud]]"""
)

T(
    """MOD: [[p:Cor]], het bezwaarnummer "[[n:WMO-BZ-2024-0418]]" is via de gemeente te herleiden tot het echtpaar. Ik heb het laten staan in de quote hierboven zodat je kunt zien waar het om gaat, maar wil je het zelf uit je bericht halen? Zaaknummers, registratienummers en kenmerken van brieven tellen ook als persoonsgegevens. Fijne dag, [[p:Ilse]] | moderator regio Zuidwest"""
)

T(
    """Reactie op [[p:Cor]]: bij ons in {{w:Terneuzen}} is dezelfde discussie. Wij schakelen standaard {{o:MEE Zeeland}} in voor onafhankelijke cliëntondersteuning, die zijn gratis. Contactpersoon daar was [[p:Lieke de Koster]], maar die is sinds [[d:01-09-2024]] met pensioen. Nu is het [[p:Mohamed El Ouali]], bereikbaar op [[t:0115 - 64 39 20]] of [[e:m.elouali@meezeeland.nl]]. #Wmo #cliëntondersteuning"""
)

T(
    """Even een vraag aan de Limburgers hier: kennen jullie een goede Poolse tolk in de regio Venlo? We begeleiden een gezin (moeder [[p:Agnieszka]], vader [[p:Tomasz Wiśniewski]], drie kinderen) dat bij {{o:Flexwonen Venlo}} woont en de huur niet meer betaalt sinds het uitzendbureau stopte. {{o:Tolkcentrum}} heeft pas over drie weken plek. Tips welkom, privé ook via [[e:wijkteam.blerick.noord@venlo.nl]]. Dank! [[p:Femke]]"""
)

T("""> moeder Agnieszka, vader Tomasz Wiśniewski

[[p:Femke]], let op, je noemt hier de volledige naam van de vader. Ik weet dat het een groot platform is maar juist daarom. Zou ik even aanpassen voordat de moderator het doet. Over de tolk: wij werken met [[p:Karolina Nowak]] uit Roermond, ZZP, erg goed, [[t:+48 512 330 871]] (ze heeft een Pools nummer). Groeten, [[p:Twan Hendrix]]""")

T("""Webinarverslag 'Eenzaamheid onder 75-plussers', [[d:do 16/5]]
Kort: {{o:Coalitie Erbij}} presenteerde cijfers; 1 op de 2 ouderen voelt zich soms eenzaam. Mooi voorbeeld uit {{w:Overvecht}} van {{r:welzijnscoach}} [[p:Gerda Lubbers]]: zij laat de huisarts een 'welzijn op recept'-briefje schrijven. Ook [[p:Ahmet Doğan]] van {{o:Vitis Welzijn}} (Zaandam) vertelde over hun koffieochtenden in het wijkcentrum. Terugkijken kan via de link in de mail, wachtwoord vraag je aan mij. [[p:Mirjam]]""")

T(
    """Ik ben het niet eens met de vorige spreker. Welzijn op recept klinkt mooi, maar in {{w:Delfzijl}} hebben we amper nog huisartsen die tijd hebben om het briefje te schrijven. De {{r:praktijkondersteuner GGZ}} doet het dan, en die zit vol tot [[d:half oktober]]... oké, dat is geen datum, laat maar. Punt is: het valt of staat met de {{r:POH}}. [[p:Hilbrand Wiersma]], {{r:sociaal werker}}, {{o:Stichting Welzijn Eemsdelta}}""".replace(
        "[[d:half oktober]]", "half oktober"
    )
)

T(
    """Beste collega's, vanuit de gemeente Tilburg zoek ik voorbeelden van samenwerking tussen wijkteams en woningcorporaties bij huisuitzettingen. Wij hebben sinds [[d:maart 2023]] een vroegsignaleringsconvenant met {{o:TIWOS}} en {{o:WonenBreburg}}. Ervaringen in andere gemeenten? Reageer hier of mail [[e:r.vanderheijden@tilburg.nl]]. Met vriendelijke groet, [[p:Rianne van der Heijden]], {{r:beleidsmedewerker}} Bestaanszekerheid""".replace(
        "[[d:maart 2023]]", "maart 2023"
    )
)

T(
    """Hoi [[p:Rianne]], in Almere doen we dit met {{o:de Alliantie}} en {{o:Ymere}}. Bij twee maanden achterstand gaat er een signaal naar het {{o:Sociaal Wijkteam}} en binnen vijf werkdagen staat er iemand op de stoep. Vorige week nog: mevr. [[p:Boateng]] van de [[a:Baljuwstraat 88]] ([[pc:1312GX]]), huurschuld van € 2.340, nu in een regeling. Resultaat telt. [[p:Kofi]]"""
)

T(
    """MODERATOR-bericht: [[p:Kofi]], jouw reactie bevat de naam en het adres van een cliënt ("mevr. [[p:Boateng]] van de [[a:Baljuwstraat 88]] ([[pc:1312GX]])"). Die regel heb ik verwijderd. Het bedrag en de termijn mogen blijven, dat is nuttige context. Vriendelijk verzoek aan iedereen: lees het kopje 'Geen cliëntgegevens' in de spelregels nog even door. Dank, [[p:Jeroen Pronk]]"""
)

T(
    """Reageer ik toch nog even op het verhaal van [[p:Kofi]]: binnen vijf werkdagen op de stoep staan is in {{w:Rotterdam-Zuid}} echt niet haalbaar. Onze {{r:wijkcoaches}} hebben elk 45+ dossiers. Ik vind dat we hier niet moeten doen alsof dat overal kan. Wel interessant hoe jullie het signaal structureren. Delen jullie het format? Mijn mail: [[e:n.tahiri@wijkteamsrotterdam.nl]]. - [[p:Nadia Tahiri]]"""
)

T("""#Vraag #schuldhulp
Kan iemand mij uitleggen wanneer je een beschermingsbewind aanvraagt en wanneer budgetbeheer? In [[p:Jorrit]] zijn ogen (mijn collega, {{r:jongerenwerker}}) is bewind 'altijd beter', maar cliënt (23, eigen woning niet) wil het zelf kunnen blijven doen. {{o:Nibud}} zegt iets anders dan de {{o:Rechtbank}}. Ik zit in {{w:Hengelo-Noord}}. Iemand die dit simpel kan uitleggen? [[p:Esmee]]""")

T(
    """[[p:Esmee]], simpele uitleg: budgetbeheer is vrijwillig, regel je via de gemeente of {{o:Stadsbank Oost Nederland}}; bewind is via de kantonrechter en de cliënt is daarna handelingsonbekwaam wat betreft geld. Voor iemand van 23 die zelf wil: begin met budgetbeheer. Bel gerust: [[t:074-2459867]]. Groet, [[p:Wilco ter Braak]], {{r:schuldhulpverlener}}, Hengelo"""
)

T(
    """Heeft er iemand ervaring met Eritrese jongeren die net een status hebben en in een eigen woning komen? Wij zien in {{w:Bos en Lommer}} veel eenzaamheid en schulden binnen een jaar. Een jongen, [[p:Yonas]], kreeg een naheffing van de {{o:Belastingdienst}} van [[d:12 juni jl.]] voor toeslag die hij nooit had moeten krijgen. Hoe pakken jullie dit aan met {{o:VluchtelingenWerk}}? #statushouders [[p:Tessa]]"""
)

T(
    """> Een jongen, Yonas, kreeg een naheffing

Dit soort dingen zien we in Sneek ook. Wat werkt: een vaste {{r:maatje}} uit de eigen gemeenschap. Wij hebben [[p:Semere Tesfay]] (vrijwilliger, zelf Eritrees) die met jongens meegaat naar de Belastingdienst. Hij heeft al bij twintig jongeren een regeling getroffen. Overigens [[p:Tessa]]: ik zou de voornaam weglaten, de gemeenschap is klein. [[p:Jildou]]""".replace(
        "{{r:maatje}}", "maatje"
    )
)

T(
    """Terugkoppeling expertmeeting 'Huiselijk geweld bij ouderen' in Den Haag, [[d:18 april 2024]]. Aanwezig waren o.a. {{r:casusregisseur}} [[p:Gül Arslan]] ({{w:Schilderswijk}}), {{r:ouderenconsulent}} [[p:Peter-Paul de Wit]] ({{w:Mariahoeve}}) en iemand van {{o:Veilig Thuis Haaglanden}}. Kernboodschap: financieel misbruik door kinderen wordt structureel onderschat. Volgende sessie [[d:dinsdag 21 mei]], {{o:Wijkcentrum De Mussen}}. Aanmelden bij mij: [[e:k.vreeswijk@denhaag.nl]]. [[p:Kees Vreeswijk]]"""
)

T(
    """Vraag namens een collega die geen account heeft: cliënt krijgt sinds [[d:1-2-24]] geen uitkering meer omdat hij 'niet verschenen' is op een afspraak bij het {{o:UWV}}. Hij zegt dat de brief naar zijn oude adres ging ([[a:Noorderhavenstraat 12bis]], Zierikzee). Het nieuwe adres stond wel in de {{o:BRP}}. Hoe krijgen we dit het snelst teruggedraaid? Klantnummer UWV: [[n:UWV-7720931]]. [[p:Marijke Sinke]]"""
)

T(
    """MOD: [[p:Marijke]], dank voor je vraag, maar hij bevatte het oude adres en het klantnummer van je cliënt. Verwijderd: "[[a:Noorderhavenstraat 12bis]], Zierikzee" en "[[n:UWV-7720931]]". De rest van de vraag staat er nog. Tip: schrijf 'oud adres elders in de gemeente' en 'klantnummer bekend bij ons'. Dan kunnen anderen je nog steeds helpen. [[p:Ilse]]"""
)

T(
    """Hulpvraag: ik moet een aanvraag bijzondere bijstand doen voor een cliënt met een kapotte koelkast. De gemeente vraagt het rekeningnummer van de leverancier én van cliënt. Mag ik het IBAN van cliënt ([[i:#INGB:sp]]) gewoon in het formulier zetten of moet de cliënt dat zelf? Ik weet dat dit hier eigenlijk niet hoort, sorry. [[p:Bram]] uit {{w:Zwolle-Holtenbroek}}"""
)

T(
    """MODERATOR: [[p:Bram]], je hebt het zelf al door: het rekeningnummer "[[i:#INGB:sp]]" hoort hier niet. Ik heb het eruit gehaald. Op je vraag: ja, jij mag het invullen als de cliënt toestemming heeft gegeven (toestemmingsverklaring), maar laat cliënt bij voorkeur zelf tekenen. Groet, [[p:Marloes]]"""
)

T("""Samenvatting webinar #Jeugd 'Eén gezin, één plan' ([[d:woensdag 3 juli 2024]])
1. {{o:NJi}} liet zien dat in 60% van de gezinnen drie of meer hulpverleners actief zijn.
2. Voorbeeld uit Utrecht: gezinsplan van één A4. {{r:Jeugdprofessional}} [[p:Marieke Bosman]] presenteerde.
3. Discussie: wie is 'de' regiehouder? {{r:gezinscoach}} of {{r:jeugdconsulent}}?
Mijn conclusie: regie = wie het vertrouwen van het gezin heeft. Reacties welkom! [[p:Daan Visser]], {{o:CJG Rijswijk}}""")

T("""> regie = wie het vertrouwen van het gezin heeft

Mooi gezegd, [[p:Daan]], maar in de praktijk is het wie de beschikking afgeeft. Ik heb een gezin (ouders uit Kaapverdië, vier kids) waar de moeder, [[p:Maria do Rosário]], alleen [[p:Dulce]] van de {{o:Jeugdbescherming}} vertrouwt. Die mag geen regie nemen omdat de maatregel is afgelopen. Patstelling. [[p:Jessica Lopes Tavares]], {{w:Rotterdam-Delfshaven}}""")

T(
    """Ik sluit me aan bij [[p:Jessica]]. De regels maken de regie, niet de relatie. Wij (Kerkrade) hebben daarom een 'vertrouwenspersoon-regie' afgesproken met {{o:Xonar}}: de hulpverlener met de beste band blijft, de rest schuift aan. Werkt sinds [[d:september '22]] goed. Bel me gerust op [[t:06 2345 8870]]. Gluck auf, [[p:Ralf Schmeits]]""".replace(
        "[[d:september '22]]", "september '22"
    )
)

T(
    """Vraag: hoe registreren jullie meldingen van buren? Bij ons komen ze binnen via de {{o:Servicepunt XL}} balie in {{w:Escamp}} en dan weet niemand meer wie het signaal heeft gedaan. Vandaag weer: een buurman belde over mevrouw op [[a:Loevesteinlaan 301]], hij gaf zijn eigen nummer [[t:070-3667214]]. Ik wil dat terugbellen borgen. Ideeën? [[p:Hatice Yıldız]], {{r:casusregisseur}}"""
)

T(
    """MOD: [[p:Hatice]], helaas moest ik "[[a:Loevesteinlaan 301]]" en "[[t:070-3667214]]" verwijderen: het adres herleidt naar de cliënt en het telefoonnummer is van de melder, die is ook beschermd. Je vraag over borgen van terugbellen is heel goed en blijft staan. [[p:Jeroen]] (moderator)"""
)

T(
    """Reactie op [[p:Hatice]]: wij gebruiken in Maastricht een simpele Excel met een kolom 'melder belt terug op'. Ja, dat moet eigenlijk in het registratiesysteem, maar {{o:Suite4Sociaal Domein}} heeft dat veld niet. Onze {{r:functioneel beheerder}} [[p:Lou Jacobs]] heeft een ticket ingediend ([[n:INC-00048812]]). Tot die tijd: Excel, beveiligd. Groetjes uit {{w:Malberg}}, [[p:Noëlle]]"""
)

T(
    """Dag allemaal, ik ben {{r:beleidsadviseur}} sociaal domein bij gemeente Súdwest-Fryslân. We evalueren onze wijkteams en ik zoek drie collega-gemeenten die een halfuur willen bellen over hun monitoring. Graag {{r:teamleiders}} of {{r:beleidsmedewerkers}}. U kunt mij bereiken op [[t:(0515) 48 90 00]] of [[e:t.dejong@sudwestfryslan.nl]]. Vriendelijke groet, [[p:Tjitske de Jong]]"""
)

T(
    """Hallo [[p:Tjitske]], Enschede doet mee! Ik ben [[p:Bas Oude Luttikhuis]], {{r:teamleider}} {{o:Wijkracht}} {{w:Velve-Lindenhof}}. Maandag en donderdag ben ik op kantoor, andere dagen mobiel: [[t:06-52 19 73 40]]. Wij monitoren met 'zelfredzaamheidsmatrix' bij start en na zes maanden. Tot horens!"""
)

T(
    """Trainee-vraag (sorry voor de lengte). Ik loop stage bij het wijkteam in {{w:Vlissingen-Oost Souburg}} en moet een casusbeschrijving maken voor school. Mag ik de echte naam van mijn cliënt gebruiken als ik het document alleen aan mijn docent, [[p:mevrouw Verhulst]], geef? Cliënt heeft er geen bezwaar tegen, zegt ze. Mijn begeleider [[p:Ruud]] zegt nee, mijn klasgenoot [[p:Priya Ramsaran]] zegt ja. Wie heeft gelijk? [[p:Lotte]]""".replace(
        "[[p:mevrouw Verhulst]]", "mevrouw [[p:Verhulst]]"
    )
)

T("""> Mijn begeleider Ruud zegt nee

[[p:Ruud]] heeft gelijk, [[p:Lotte]]. 'Geen bezwaar' mondeling is geen toestemming. En ook al zou ze tekenen: een schoolopdracht heeft geen noodzaak voor een echte naam. Gebruik een fictieve naam en verander leeftijd en wijk een beetje. Zo leer je ook meteen anonimiseren. 😊 [[p:Hanneke Wolters]], {{r:praktijkopleider}}, {{o:HZ University of Applied Sciences}}""")

T(
    """Wie heeft een goed voorbeeld van een toestemmingsverklaring in eenvoudige taal (B1)? Onze huidige is 4 kantjes juridisch. Cliënten in {{w:Tuinwijk}} (Haarlem) tekenen zonder te lezen. Stuur gerust naar [[e:swt.tuinwijk@haarlem.nl]] t.a.v. [[p:Iris]]. Dank alvast!! #AVG #toestemming #laaggeletterdheid"""
)

T(
    """[[p:Iris]], {{o:Stichting Lezen en Schrijven}} heeft een voorbeeld, en wij hebben er een met pictogrammen gemaakt samen met {{o:MEE}}. Ik heb hem net gemaild. Let wel op dat je de versie van [[d:15-03-2023]] gebruikt, niet de oude, daar stond nog de Wbp in. Hartelijke groet, [[p:Sevda Kılıç]], {{r:MEE-consulent}}, {{w:Schalkwijk}}"""
)

T(
    """Oproep: ik zoek collega's die werken met cliënten met niet-aangeboren hersenletsel (NAH). Onze cliënt (ex-vrachtwagenchauffeur, 51) kreeg in [[d:november 2021]] een herseninfarct en loopt nu vast met zijn administratie. De {{r:neuropsycholoog}} van {{o:Adelante}} adviseert een {{r:NAH-consulent}} maar die heeft een wachtlijst. Alternatieven? [[p:Guus Kleinjans]], wijkteam Sittard-Geleen""".replace(
        "[[d:november 2021]]", "november 2021"
    )
)

T(
    """MOD herinnering aan iedereen 🙏: de afgelopen week zag ik drie keer een BSN in een bericht (o.a. "[[b:#dots]]" en "[[b:#spaces]]"). Die zijn direct verwijderd. Een BSN hoort NOOIT op dit platform, ook niet 'half' of 'met sterretjes'. Twijfel je? Stuur je bericht eerst naar moderatie@kennisplatform-wijkteams.nl. [[p:Marloes van Rijn]]"""
)

T(
    """Even sparren. Een moeder ([[p:Aisha]]) en haar dochter ([[p:Samira]], 19, LVB) wonen samen op [[a:Marktweg 224-C]]. Samira wil zelfstandig wonen, moeder wil dat niet. De {{r:MEE-consulent}} en ik ({{r:Wmo-adviseur}}) zijn het oneens: zij wil beschermd wonen, ik denk aan ambulante begeleiding. Wie heeft ervaring? [[p:Petra]] (Den Haag, {{w:Laak}})"""
)

T(
    """MOD: [[p:Petra]], ik heb het adres "[[a:Marktweg 224-C]]" en de voornamen "[[p:Aisha]]" en "[[p:Samira]]" vervangen door [moeder] en [dochter]. De inhoudelijke vraag staat nog. Gebruik liever 'moeder' en 'dochter (19, LVB)'. Groet, [[p:Jeroen Pronk]], moderator"""
)

T(
    """@Petra, als {{r:MEE-consulent}} (niet jouw collega hoor, ik zit in Deventer) herken ik dit. Ik zou beginnen met een proefperiode 'logeren' in een {{o:Kamers met Aandacht}}-woning. Dan kan dochter ervaren en moeder loslaten. Bij ons werkte dat bij een gezin in {{w:Rivierenwijk}}. Mijn nummer: [[t:0570 - 61 22 85]], vraag naar [[p:Mehmet]]. #LVB #zelfstandigwonen"""
)

T(
    """Ik zie dat er veel vragen zijn over de kosten van bewindvoering. Hier een overzicht van de tarieven 2024 (bron: Staatscourant). Let op: sommige bewindvoerders vragen extra voor 'intensief' zonder dat te melden. Wij kregen een klacht over bureau X, cliënt betaalde maandelijks naar [[i:#RABO:plain]] terwijl dat niet het rekeningnummer van de bewindvoerder bleek. Melding gedaan bij de {{o:Kantonrechter}}. [[p:Dirk-Jan Brouwer]], {{r:schuldhulpverlener}} Gouda"""
)

T(
    """MOD: [[p:Dirk-Jan]], het rekeningnummer "[[i:#RABO:plain]]" moest eruit, ook al is het mogelijk van een bedrijf: het is te koppelen aan de zaak en daarmee aan de cliënt. Je melding is belangrijk, dus de rest blijft staan. Overleg met [[p:Ilse]] als je het bureau wil noemen. Groet van het moderatieteam."""
)

T(
    """Oeps, verkeerde knop. Dit was bedoeld als interne mail: "[[p:Dhr. Kuipers]] ([[b:#plain]]), [[a:Burgemeester Bothenius Lohmanstraat 76]], [[pc:2274 HJ]], tel [[t:06-19283746]], graag aanmelden bij {{o:Parnassia}}". Kan de moderator dit verwijderen? Excuses! [[p:Sanne]]""".replace(
        "[[p:Dhr. Kuipers]]", "Dhr. [[p:Kuipers]]"
    )
)

T(
    """MOD: [[p:Sanne]], direct verwijderd, dank voor het melden. Voor het logboek: weggehaald zijn de naam "[[p:Kuipers]]", het BSN "[[b:#plain]]", het adres "[[a:Burgemeester Bothenius Lohmanstraat 76]]", postcode "[[pc:2274 HJ]]" en het nummer "[[t:06-19283746]]". Omdat het een datalek kan zijn: meld het bij de {{r:privacyfunctionaris}} van je organisatie. [[p:Marloes]]"""
)

T(
    """Casus ter bespreking (toestemming cliënt aanwezig, geanonimiseerd): vrouw, 67, Hindostaans, weduwe sinds twee jaar, woont in {{w:Transvaal}}. Zoon woont in Paramaribo, dochter in Almere. Ze eet slecht en heeft de {{r:huisarts}} sinds [[d:Pinksteren]] niet gezien. Vraag: hoe krijgen we haar in beeld bij {{o:Stichting Sarnami Hai}} of een andere zelforganisatie? [[p:Ravi Jagesar]], {{r:welzijnscoach}}""".replace(
        "[[d:Pinksteren]]", "Pinksteren"
    )
)

T(
    """Hoi [[p:Ravi]], ik ken een vrijwilliger van de Hindoestaanse ouderenvereniging {{o:Shanti Bhawan}}: [[p:Soenita Ramdin-Baldew]], [[t:06-40 44 17 92]]. Ze komt graag op huisbezoek en spreekt Sarnami. Noem gewoon mijn naam, [[p:Vidya]]. (Ik werk bij {{o:Xtra Welzijn}} in Den Haag.)"""
)

T("""> Ze komt graag op huisbezoek en spreekt Sarnami.

Wat fijn dit soort netwerken! Vraag die ik me wel stel: mogen we zomaar privénummers van vrijwilligers hier delen? Ik zou dat altijd eerst vragen. Niet als kritiek bedoeld, [[p:Vidya]]. Groetjes, [[p:Hennie Wubbels]], {{r:ouderenadviseur}}, {{o:Stichting Welzijn Ouderen Assen}}""")

T(
    """Vraag over huurschuld en {{o:woningcorporatie Woonzorg Nederland}}: cliënt ([[p:meneer Hosseini]], Afghaans, 72) heeft een ontruimingsvonnis, datum ontruiming [[d:woensdag 12-06]]. Dossiernummer deurwaarder [[n:DW/24/118734]]. Wie kent de contactpersoon bij de deurwaarder in {{w:Utrecht-Overvecht}}? Haast! [[p:Sofie]]""".replace(
        "[[p:meneer Hosseini]]", "meneer [[p:Hosseini]]"
    ).replace(
        "{{o:woningcorporatie Woonzorg Nederland}}",
        "woningcorporatie {{o:Woonzorg Nederland}}",
    )
)

T(
    """MOD: [[p:Sofie]], ik begrijp de haast, maar ik heb verwijderd: "meneer [[p:Hosseini]]", "[[d:woensdag 12-06]]" en "[[n:DW/24/118734]]". Vraag het contact bij de deurwaarder liever in een privébericht aan collega's in Utrecht. Succes, ik hoop dat het lukt! [[p:Ilse]]"""
)

T(
    """Ik reageer even namens {{o:Buurtteam Utrecht}}: [[p:Sofie]], stuur mij een DM. Ik ben [[p:Wouter Kamphuis]], {{r:buurtteammedewerker}} Overvecht. Algemene tip voor anderen: bij een ontruimingsdatum altijd direct de corporatie bellen, niet de deurwaarder. Die kan het vonnis opschorten als er een betalingsregeling ligt. Mail: [[e:w.kamphuis@buurtteamsutrecht.nl]]"""
)

T(
    """Reflectie na de kick-off van [[d:22 november]]: vier thema's gekozen (jeugd, ouderen, huiselijk geweld, bemoeizorg). Ik mis 'schulden' als apart thema; dat zit eigenlijk onder alles. Wie denkt er mee? Ik stel voor om bij de startbijeenkomst in februari een zijsessie te doen. Groet, [[p:Lucas van Dongen]], {{r:casusregisseur}} SWT {{w:Bouwlust/Vrederust}}"""
)

T(
    """Eens met [[p:Lucas]]. Schulden zijn in {{w:Moerwijk}} bij 8 van de 10 casussen de kern. Ik heb een casus waar alleen al de boete van {{o:CJIB}} (kenmerk [[n:CJIB 4123 8890 1120 7743]]) is opgelopen van € 90 naar € 540. Dat maakt mensen wanhopig. — [[p:Özlem]]"""
)

T(
    """MOD: [[p:Özlem]], een CJIB-kenmerk is een uniek nummer dat direct naar een persoon leidt. Verwijderd: "[[n:CJIB 4123 8890 1120 7743]]". Het voorbeeld over het oplopen van de boete is waardevol en mag blijven. Bedankt voor je bijdrage aan de discussie! [[p:Jeroen]]"""
)

T(
    """Dag collega's, kort berichtje uit Leeuwarden. Wij hebben sinds kort een spreekuur 'Geldzorgen' in {{o:Wijkcentrum De Schakel}} in {{w:Heechterp-Schieringen}}, elke dinsdagochtend. Vrijwilligers [[p:Anne Jan Postma]] en [[p:Fenna Dijkstra]] draaien het. Wie zoiets wil starten: de opzet deel ik graag. [[p:Klaas Bergsma]], {{r:opbouwwerker}}, {{o:Amaryllis}}, [[t:058-2 33 44 00]]"""
)

T(
    """Vraag uit {{w:Kerkrade-West}}: hoe zit het met wachttijd voor beschermd wonen bij {{o:Mondriaan}}? Onze cliënt staat sinds [[d:3 januari 2024]] op de lijst. Intussen slaapt hij bij zijn zus, [[p:Yvonne Pluijmakers]], op [[a:Heggenstraat 4]] in Landgraaf. Dat gaat niet lang goed. Wie heeft tips voor overbrugging? [[p:Roel]]"""
)

T(
    """MOD: [[p:Roel]], naam en adres van de zus ("[[p:Yvonne Pluijmakers]]", "[[a:Heggenstraat 4]]") verwijderd: ook familieleden zijn herkenbaar en maken de cliënt herkenbaar. De datum van aanmelding heb ik ook weggehaald ("[[d:3 januari 2024]]"), 'sinds begin dit jaar' is genoeg. Groet, [[p:Marloes]]"""
)

T(
    """Hoi allen, vraag over betalingen: de {{o:Voedselbank}} vraagt ons om voor een cliënt een verklaring te sturen met het rekeningnummer erop, zodat ze kunnen checken dat het om de juiste persoon gaat ([[i:#ABNA:sp]], t.n.v. [[p:J.K. Mensah]]). Is dat normaal? Ik vind het vreemd. [[p:Ama]], {{r:sociaal werker}}, Amsterdam {{w:Zuidoost}}"""
)

T(
    """MOD: [[p:Ama]], terechte twijfel, en ik heb "[[i:#ABNA:sp]]" en "t.n.v. [[p:J.K. Mensah]]" uit je bericht gehaald. Antwoord op je vraag: de Voedselbank hoort geen IBAN te vragen; een verwijzing van jullie met inkomsten/uitgaven volstaat. [[p:Ilse]], moderatie"""
)

T(
    """Samenvatting van het webinar 'Werken met de ZRM' ([[d:ma 7 okt]]) voor wie het miste: {{r:trainer}} [[p:Gijs Hofman]] van {{o:GGD Amsterdam}} legde de elf domeinen uit. Leuk detail: in Zeeuws-Vlaanderen scoren ze 'sociaal netwerk' structureel hoger dan in de Randstad. Volgende sessie: [[d:maandag 4 november]], 14:00-15:30. Link: https://zrm.nl/webinar. #ZRM #zelfredzaamheid Groet [[p:Anouk]]"""
)

T(
    """Ik moet [[p:Anouk]] aanvullen: het verschil Zeeuws-Vlaanderen vs Randstad kwam volgens [[p:Gijs]] vooral doordat de vragen anders werden gesteld, niet omdat mensen daar meer netwerk hebben. Dus let op met conclusies. [[p:Pieter de Schepper]], {{r:wijkcoördinator}}, {{o:Porthos}} Hulst"""
)

T(
    """Nieuwe collega hier, hoi! Ik ben [[p:Zhang Wei]], sinds [[d:1 oktober]] {{r:Wmo-consulent}} in Amstelveen. Daarvoor werkte ik bij {{o:Cordaan}}. Ik zoek mensen die ervaring hebben met Chinese ouderen en mantelzorg. Veel families hier zeggen 'wij zorgen zelf', maar de dochter ([[p:Lin]]) van één cliënt is compleet overbelast. Tips? [[e:zhangwei@amstelveen.nl]]"""
)

T(
    """Welkom [[p:Wei]]! Bij {{o:Stichting Chinese Ouderen Amsterdam}} hebben ze een mantelzorgcafé. Vraag naar [[p:mevrouw Chan]], zij spreekt Kantonees en Mandarijn. Tel: [[t:020-6 23 45 11]]. Succes in je nieuwe baan! [[p:Marjolein Groot]], {{r:mantelzorgconsulent}}, {{o:Markant}}""".replace(
        "[[p:mevrouw Chan]]", "mevrouw [[p:Chan]]"
    )
)

T(
    """MOD (weekoverzicht verwijderde gegevens, ter lering): BSN "[[b:#plain]]" (draad over DigiD), IBAN "[[i:#INGB:plain]]" (draad over toeslagen), postcode "[[pc:9713GM]]" met huisnummer (draad Groningen), dossiernummer "[[n:Z-2024-0093817]]". Allemaal goedbedoeld, allemaal herleidbaar. Denk eraan! [[p:Marloes van Rijn]]"""
)

T(
    """Vraag over DigiD machtigen: mijn cliënt, een Syrische vrouw van 45 ([[p:Rasha Al-Hamwi]], [[b:#spaces]]), kan niet inloggen omdat haar telefoon geen sms ontvangt. Kan ik als {{r:sociaal werker}} machtiging aanvragen? Gemeente Nijmegen, wijk {{w:Dukenburg}}. [[p:Thijs]]"""
)

T(
    """MOD: [[p:Thijs]], de naam "[[p:Rasha Al-Hamwi]]" en het BSN "[[b:#spaces]]" zijn verwijderd. Antwoord staat op digid.nl/machtigen; een professional kan niet zomaar gemachtigd worden, wel een familielid. [[p:Jeroen]]"""
)

T(
    """Voor iedereen die worstelt met de toeslagenaffaire-hersteloperatie: {{o:UHT}} (Uitvoeringsorganisatie Herstel Toeslagen) heeft per wijkteam een contactpersoon. Bij ons in Zaanstad is dat [[p:Fatoumata Diallo]], [[t:088-1 23 45 60]]. Ouders hoeven niet zelf te bellen als ze dat moeilijk vinden. #toeslagenaffaire #herstel [[p:Rik Schouten]], {{r:gezinscoach}}"""
)

T(
    """Ik zie dat mijn vorige bericht is aangepast, dat begrijp ik. Toch wil ik reageren op [[p:Marloes]]: soms heb je het rekeningnummer nodig om te laten zien wáár het probleem zit. Maar goed, ik zal het voortaan anders formuleren. [[p:Bram]] ({{w:Holtenbroek}}, Zwolle)"""
)

T(
    """[[p:Bram]], snap ik, maar stel je voor dat de cliënt dit leest. Of zijn ex. Voor een IBAN als [[i:#RABO:sp]] kan iemand met één bankoverschrijving de naam achterhalen. Ik heb het bij een cursus zelf gezien. Niet doen dus, ook niet als voorbeeld. 🙂 [[p:Karin Smit]], {{r:privacy officer}}, {{o:Sociaal Team Ede}}"""
)

T(
    """Hulp gevraagd! Zoek een Somalische {{r:sleutelpersoon}} in de regio Eindhoven. Cliënt (30, drie kinderen) spreekt weinig Nederlands en reageert niet op brieven. Ik heb haar laatst gesproken bij haar thuis ([[a:Boschdijk 611A]], [[pc:5621 JH]]) en ze wil wel hulp. [[p:Hodan]] van {{o:Stichting Somaliland}} is niet meer actief. [[p:Marco]], {{o:WIJ Eindhoven}}, {{w:Woensel-Zuid}}"""
)

T(
    """MOD: [[p:Marco]], adres "[[a:Boschdijk 611A]]" en postcode "[[pc:5621 JH]]" zijn verwijderd. Verder prima vraag. [[p:Ilse]]"""
)

T(
    """Ervaring gezocht met de 'doorbraakaanpak'. Wij (wijkteam {{w:Katendrecht}}) hebben een casus waar de cliënt al vier jaar in de schulden zit; registratie bij de gemeente onder [[n:SHV-2020-33471]]. Het {{r:doorbraakteam}} kan met één handtekening een boete kwijtschelden. Wie heeft dit al gedaan? Delen graag op [[e:doorbraak@wijkteams.rotterdam.nl]]. [[p:Sharon Martina]]"""
)

T("""> registratie bij de gemeente onder SHV-2020-33471

[[p:Sharon]], pas op, dat nummer kan de cliënt herleiden, maar het zal zo wel weggehaald worden. Over de doorbraakaanpak: bij ons in Den Bosch werkte het prima, vooral met de {{o:Belastingdienst}}. Bel me: [[t:073-6155155]], vraag naar [[p:Jacqueline van Oers]]. 👍""")

T(
    """Kort verslag van onze intervisie ({{w:Wijchen}}), voor wie meeleest: thema was 'Als de cliënt je uitscheldt'. [[p:Femke]] vertelde over een cliënt die haar naam en telefoonnummer op Facebook had gezet. Ze heeft aangifte gedaan op [[d:2-10-2024]]. Belangrijke les: gebruik nooit je privénummer. Werk via het teamnummer, bij ons [[t:024-6425000]]. [[p:Yvette Lamers]]"""
)

T(
    """Dilemma. Cliënt (Pools, 39) heeft een zoon die in Polen op school zit en een dochter hier. Ik heb zijn gegevens nodig voor {{o:SVB}}, hij stuurde ze me via WhatsApp: geboortedatum [[d:14.08.1985]], BSN [[b:#dots]]. Mag ik dat in ons dossier zetten en de app verwijderen? [[p:Paulina Zielińska]], {{r:casemanager}}, {{w:Westland}}"""
)

T(
    """MOD: [[p:Paulina]], verwijderd: geboortedatum "[[d:14.08.1985]]" en BSN "[[b:#dots]]". Je vraag blijft: ja, zet het in het dossier en verwijder de chat. Zie ook de handreiking van de {{o:Autoriteit Persoonsgegevens}} over WhatsApp. [[p:Jeroen Pronk]]"""
)

T(
    """Hoi, trainee hier (2e jaars HBO-V). Ik loop mee met de {{r:wijkverpleegkundige}} in {{w:Emmen-Angelslo}}. Vandaag zag ik dat een cliënt een briefje op de deur had met 'sleutel ligt onder de mat, [[p:Jannie]]'. Moet ik dat melden, en aan wie? Mijn begeleider is [[p:Harm Jan Mulder]], maar hij zit de hele week op cursus. Tel. werk: [[t:0591-658900]]. [[p:Bo]]"""
)

T(
    """Antwoord aan [[p:Bo]]: goed gezien! Meld het aan de {{r:wijkverpleegkundige}} van dienst en bespreek samen met de cliënt een sleutelkluisje. {{o:Zorggroep Tangenborgh}} heeft die op voorraad, aanvraag via [[e:sleutelkluis@tangenborgh.nl]]. Groet, [[p:Grietje Huizing]], {{r:teamleider wijkzorg}}"""
)

T(
    """Beleidsvraag vanuit gemeente Westvoorne: hoe organiseren jullie de {{r:privacyfunctionaris}}-rol binnen het wijkteam? Wij hebben 1 FG voor de hele gemeente en die zit niet in het team. Teams vragen zich af bij wie ze terecht kunnen. Graag reacties of een mailtje naar [[e:beleid.sociaal@voorneaanzee.nl]]. [[p:Mark Lodder]], {{r:beleidsadviseur}} informatieveiligheid"""
)

T(
    """[[p:Mark]], in Heerlen hebben we een 'privacy-maatje' per team: een teamlid met een korte cursus van {{o:CAOP}} die eerste vragen beantwoordt. Moeilijke vragen gaan naar de FG, [[p:Loes Vroemen]]. Werkt goed. [[p:Bert Coenen]]"""
)

T(
    """Ik wil graag een succes delen! Een cliënt in {{w:Oud-Charlois}} ([[p:meneer Rigters]], 70, Surinaams-Javaans) zat twee jaar binnen. Via buurman [[p:Harry]] en de {{o:Stichting Gezond Leven}} gaat hij nu elke vrijdag naar de moestuin op de [[a:Boergoensevliet 31]], [[pc:3082 TC]]. Hij lacht weer! [[p:Natasja]]""".replace(
        "[[p:meneer Rigters]]", "meneer [[p:Rigters]]"
    )
)

T(
    """MOD: Mooi verhaal [[p:Natasja]], maar ik heb "meneer [[p:Rigters]]", "buurman [[p:Harry]]" en "[[a:Boergoensevliet 31]], [[pc:3082 TC]]" verwijderd. Het adres van de moestuin herleidt naar de cliënt in combinatie met de rest. Het succes blijft staan! 💚 [[p:Marloes]]"""
)

T(
    """Vraag over PGB: een mantelzorger (dochter van cliënt, [[p:Hanna Tekle]]) krijgt het PGB niet uitbetaald. {{o:SVB}} zegt dat het rekeningnummer [[i:#SNSB:plain]] niet klopt. Bij ons klopt het wel. Wie kent iemand bij de SVB? [[p:Daniël]], {{r:Wmo-consulent}} Apeldoorn, {{w:Zevenhuizen}}"""
)

T(
    """MOD: [[p:Daniël]], verwijderd: "[[p:Hanna Tekle]]" en "[[i:#SNSB:plain]]". Zie het SVB-contactformulier voor professionals: svb.nl/pgb/zakelijk. [[p:Ilse]]"""
)

T(
    """In aanvulling op het topic over PGB: let op, de SVB gebruikt nu ook een 'zorgovereenkomstnummer'. Deel dat nooit, het staat bij ons als [[n:ZO-2024-115623]] in een voorbeeld dat ik hier per ongeluk liet staan… Moderator? [[p:Sanne]]"""
)

T(
    """Thema-avond 'Jeugd en criminaliteit' in Tilburg-Noord ([[d:donderdag 28 november]], 19:30, {{o:Wijkcentrum Het Spoor}}). Sprekers: [[p:Ilias Ouahabi]] ({{r:jongerenwerker}} {{o:Contour de Twern}}) en {{r:wijkagent}} [[p:Mieke Broeders]]. Aanmelden: [[e:ilias.ouahabi@contourdetwern.nl]] of [[t:013-5 44 32 10]]. Graag delen! #jeugd #preventie"""
)

T(
    """Vraag uit de Achterhoek: werken jullie met een 'signaalkaart' voor ouderenmishandeling? Wij hebben een oude versie. Cliënt (83) in Doetinchem liet zich pas na drie gesprekken uit over haar kleinzoon [[p:Sven]], die steeds geld pint. Haar rekening: [[i:#RABO:low]]. Verder geen details, sorry. [[p:Geert-Jan Wolbrink]], {{r:ouderenconsulent}}, {{o:Sociaal Team Doetinchem}}"""
)

T(
    """MOD: [[p:Geert-Jan]], "geen details" maar wel rekeningnummer "[[i:#RABO:low]]" en voornaam kleinzoon "[[p:Sven]]"... Beide verwijderd. Signaalkaart: zie {{o:Movisie}}. [[p:Jeroen]]"""
)

T(
    """Checklist voor aanmelding bij {{o:Stadsbank}} die ik via de intranetpagina kreeg, ter inspiratie (ingevuld voorbeeld, fictief? nee, helaas niet...): naam [[p:R. Bhagwandin]], BSN [[b:#plain]], IBAN [[i:#INGB:sp]], adres [[a:Hoefkade 412-III]], [[pc:2526 BX]]. MOD, wil je dit weghalen? [[p:Anand]]"""
)

T(
    """MOD: [[p:Anand]], verwijderd: "[[p:R. Bhagwandin]]", "[[b:#plain]]", "[[i:#INGB:sp]]", "[[a:Hoefkade 412-III]]", "[[pc:2526 BX]]". Ook gemeld bij de FG van je organisatie. [[p:Marloes van Rijn]]"""
)

T(
    """Wat een rare week. In {{w:Noord-Groningen}} hebben we drie aanmeldingen gehad via de {{o:Huisartsenpraktijk}} van cliënten die zeggen dat hun gegevens op internet staan. Eén had een screenshot met [[pc:9981 AB]] en [[b:#spaces]] erop. Politie ingeschakeld. Iemand die hier iets van weet? [[p:Wubbo]], {{r:wijkwerker}} {{o:WIJ Het Hogeland}}"""
)

T(
    """MOD: [[p:Wubbo]], postcode "[[pc:9981 AB]]" en BSN "[[b:#spaces]]" verwijderd. Identiteitsfraude: {{o:CMI}} (Centraal Meldpunt Identiteitsfraude), 088-9001000. [[p:Ilse]]"""
)

T(
    """Summary webinar 'Financiële uitbuiting' (Engelstalig, [[d:Friday 8 March]]): [[p:Dr. Emily Clarke]] from {{o:Age UK}}. Ze noemde een casus met 40 overboekingen naar [[i:#BUNQ:plain]]; haar punt: banken moeten sneller signaleren. Ik weet niet of dat NL-nummer fictief was. [[p:Lisanne]], Leiden, {{w:Stevenshof}}"""
)

T(
    """MOD: [[p:Lisanne]], voor de zekerheid "[[i:#BUNQ:plain]]" verwijderd; een echt ogend nummer behandelen we als echt. Groet, [[p:Jeroen]]"""
)

T(
    """Wie kent [[p:Tineke]] van {{o:Humanitas Thuisadministratie}} in Arnhem? Ze heeft voor een cliënt van ons ({{w:Presikhaaf}}) een betalingsregeling gemaakt, maar zit op [[a:Kastanjelaan 9-1]], [[pc:6828 GE]] en dat is haar privé-adres denk ik? Ik wil haar bedanken. [[p:Ilona]]"""
)

T(
    """Herinnering aan allen over rekeningnummers in bijlagen: een PDF-betaaloverzicht met [[i:#ABNA:plain]] en [[i:#TRIO:sp]] erop werd [[d:gisteren, 5/11]] gedeeld. Daarom zetten we bijlagen voortaan standaard op 'moderatie vooraf'. [[p:Marloes]] | moderatieteam""".replace(
        "[[d:gisteren, 5/11]]", "gisteren, [[d:5/11]],"
    )
)

T(
    """Lange post, excuses. Tijdlijn van een casus die misging, zodat we ervan leren (cliënt heeft toestemming gegeven, details veranderd). Aanmelding via de {{r:huisarts}} op [[d:maandag 6 mei 2024]]; eerste huisbezoek pas op [[d:28-05-2024]] door personeelstekort. Op [[d:3 juni]] belde de corporatie over een ontruimingsaanzegging, zaak [[n:VONN-24-0771]]. Op [[d:vrijdag 7 juni]] hadden we een regeling, maar de deurwaarder had al kosten gemaakt. Les: bij aanmelding met huurschuld binnen 48 uur een huisbezoek. Wie herkent dit? Mail me gerust: [[e:wijkteam.oost@gemeente-goes.nl]]. #schulden #vroegsignalering"""
)
T(
    """MOD: verwijderd uit de vorige post: zaaknummer "[[n:VONN-24-0771]]" en de combinatie van exacte data ("[[d:28-05-2024]]", "[[d:vrijdag 7 juni]]"), die samen met de gemeente Goes de cliënt herkenbaar maken. Schrijf liever 'na drie weken' en 'een week later'. De les zelf is heel waardevol, dank daarvoor! Vragen over deze werkwijze kunnen naar [[e:moderatie@kennisplatform-wijkteams.nl]]."""
)
T(
    """Agenda pilot 'Samen werken in het sociale domein': startbijeenkomst [[d:dinsdag 4 februari]], expertmeeting [[d:17 april]], slotbijeenkomst [[d:19-06]]. Deelnemers ontvangen een registratienummer (bijv. [[n:PSD-020]]) voor de accreditatie; dat nummer is persoonlijk, deel het niet in het forum. Vragen over accreditatie: [[e:accreditatie@caop.nl]]. Locatie meestal het stadhuis, soms een wijkcentrum in {{w:Laak}} of {{w:Escamp}}. #pilot #samenwerken"""
)
T(
    """MOD: in de draad 'Aanmelden bij de Sociale Verzekeringsbank' stond een volledig formulier met BSN [[b:#dots]], relatienummer [[n:SVB-REL-88310274]] en geboortedatum [[d:07/02/1951]]. Alles verwijderd. Nogmaals: ook geboortedata zijn persoonsgegevens. Meldingen van mogelijke datalekken: [[e:fg@kennisplatform-wijkteams.nl]] of bel [[t:030 - 789 12 00]] op werkdagen."""
)

TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}")


def build(raw, idx):
    out, pii, keep, pos = [], [], [], 0
    used = set()
    for m in TOK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur = sum(len(x) for x in out)
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code in ("b", "i") and val.startswith("#"):
                key = (code, val)
                if raw.startswith("MOD") and key in bsn_cache and key not in used:
                    newval = bsn_cache[key]
                elif code == "b":
                    newval = gen_bsn(val[1:])
                else:
                    bank, fmt = val[1:].split(":")
                    newval = gen_iban(bank, fmt)
                bsn_cache[key] = newval
                used.add(key)
                val = newval
            pii.append({"start": cur, "end": cur + len(val), "label": PII[code], "text": val})
        else:
            code, val = m.group(3), m.group(4)
            keep.append({"start": cur, "end": cur + len(val), "label": KEEP[code], "text": val})
        out.append(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text, text
    return text, pii, keep


bsn_cache = {}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    # pair moderator quotes with the originals: same placeholder string within
    # adjacent texts gets the same generated value
    memo = {}
    for k, raw in enumerate(TEXTS):
        # replace placeholders once per (placeholder occurrence order) and reuse
        # the previous text's values when a moderator quotes them
        text, pii, keep = build(raw, k)
        rows.append((text, pii, keep))
    final = []
    prev_vals = {}
    for k, (text, pii, keep) in enumerate(rows):
        final.append({"id": "ho37-%04d" % k, "text": text, "pii": pii, "keep": keep})
    # verify
    from collections import Counter

    pc, kc, words = Counter(), Counter(), 0
    for r in final:
        t = r["text"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        assert r["pii"], r["id"]
        for s in r["pii"]:
            pc[s["label"]] += 1
            if s["label"] == "bsn":
                d = [int(c) for c in s["text"] if c.isdigit()]
                assert (
                    len(d) == 9
                    and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0
                )
            if s["label"] == "iban":
                ib = s["text"].replace(" ", "").upper()
                assert int("".join(str(int(c, 36)) for c in ib[4:] + ib[:4])) % 97 == 1
        for s in r["keep"]:
            kc[s["label"]] += 1
        words += len(t.split())
    with open(os.path.join(here, "heldout37.jsonl"), "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("texts", len(final), "avg words %.1f" % (words / len(final)))
    print("pii", dict(pc), "total", sum(pc.values()))
    print("keep", dict(kc))


if __name__ == "__main__":
    main()
