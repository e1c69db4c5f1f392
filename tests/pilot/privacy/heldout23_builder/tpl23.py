# 74 templates: structured lessons, free prose, sloppy notes, thread replies, minutes, attachments
T = []
a = T.append
# ---------- structured case lessons ----------
a("""Casusles – thema bemoeizorg
Situatie: mevrouw <sn:a> (<age>) woont sinds <year> alleen aan de <addr> in <wijk>. Buren melden stankoverlast en post die zich ophoopt.
Aanpak: de <role:x> en de {{role:wijkverpleegkundige}} zijn vier keer onaangekondigd langsgegaan. Pas bij het vijfde bezoek deed ze open, omdat haar zus <fn:b> erbij was.
Resultaat: huisarts ingeschakeld, {{org:GGZ}} aangemeld via {{org:Parnassia}}.
Les: zoek het familielid dat de deur openkrijgt.""")
a("""Titel: Schulden en schaamte
Wijk: <wijk>
Casus: <fn:a> <sn:a>, alleenstaande vader van twee kinderen (<kid> en <kid>), kwam via het {{org:Servicepunt XL}} binnen met een stapel ongeopende brieven. Totale schuld ongeveer <amount>.
Wat werkte: samen met de {{role:schuldhulpverlener}} alle post op tafel. Aanmelding bij {{org:Schuldhulpverlening Den Haag}} op <date>, dossiernummer <dos>.
Wat niet werkte: telefonisch contact, <fn:a> nam nooit op (<mob>).
Tip voor andere teams: plan het eerste gesprek thuis.""")
a("""CASUS (geanonimiseerd)
Cliënt: mw. ***, <age> jaar, <wijk>
Aanleiding: melding van {{org:Veilig Thuis}} (ref. <dos>) na incident op <date>.
Betrokken: {{role:casusregisseur}} <fn:p>, {{role:maatschappelijk werker}} van <lorg>, wijkagent.
Verloop: ex-partner (dhr. <sn:b>) heeft contactverbod. Cliënt wil niet verhuizen vanwege school van de kinderen.
Geleerd: veiligheidsplan samen met cliënt opstellen, niet voor haar. Tijdens evaluatie zei mevrouw <sn:a> letterlijk: "eindelijk luisterde iemand".""")
a("""Les uit de praktijk — ouderen / eenzaamheid
Meneer (87) woont op <addr>, <pc> <city>. Weduwnaar sinds <year>, dochter woont in het buitenland.
We hebben hem gekoppeld aan een maatje van {{org:Humanitas}}. Eerste ontmoeting was op <ds>. Sindsdien gaan ze elke <wd> samen naar de markt.
Wat hielp: de {{role:ouderenconsulent}} kende de buurvrouw (<full:b>) die al jaren een oogje in het zeil houdt.
NB naam cliënt weggelaten op verzoek van <fn:p>.""")
a("""Casusbeschrijving
Naam: <full:a>
Geboren: <dob>
BSN: <bsn>
Adres: <addr>, <pc> <city>
Probleem: huurachterstand bij <lorg>, dreigende ontruiming, beginnende dementie.
Inzet: {{role:casemanager dementie}}, {{role:Wmo-adviseur}}, beschermingsbewind aangevraagd.
Let op: deze beschrijving is nog niet geanonimiseerd, niet delen buiten het team!""")
a("""Situatie
Cliënte is een jonge vrouw, <fn:a> (27). Ze is licht verstandelijk beperkt en woonde met haar moeder in <wijk>. Moeder overleed in <month>; sindsdien is <fn:a> op zichzelf aangewezen.
Aanpak
De {{role:MEE-consulent}} heeft een weekschema gemaakt met plaatjes. Een buurvrouw, <fn:b>, kookt op <wd>. De {{role:Wmo-adviseur}} regelde begeleiding via {{org:Ipse de Bruggen}}.
Resultaat
Na <n> maanden geen nieuwe schulden. Eerste gesprek bij de bank was op <date>.
Les
LVB-signalen vroeg herkennen; het ziet er vaak uit als 'onwil'.""")
a("""Thema: huiselijk geweld | Team <wijk>
Wat speelde er? Zoon (<kid>) belde de politie toen vader <fn:b> zijn moeder bedreigde. Moeder, <full:a>, wilde eerst geen hulp.
Wat deden we? Gezamenlijk huisbezoek met het {{org:CJG}} op <ds>. Aanmelding Veilig Thuis, nummer <dos>.
Wat leerden we? Werk één plan uit, één regisseur. De jeugdconsulent en wij hadden eerst elk een eigen plan.
Contact bij vragen: <fn:p> via <wmail:p>.""")
a("""Korte casusles
Cliënt (man, <age>, Syrische achtergrond) woont met vrouw en vier kinderen in een te kleine flat aan de <street>. Statushouder sinds <year>.
Ingang was de taalcoach van {{org:Vluchtelingenwerk}}. Via de {{role:klantmanager}} bleek dat de toeslagen waren stopgezet. Na herstel (<amount> nabetaling) kwam er ruimte voor de rest.
Dank aan <full:p> ({{role:consulent inkomen}}) die dit tot op de bodem uitzocht.""")
a("""Casusles <dos>
Probleem: mevrouw <ini:a> (<age>) weigerde elke vorm van thuiszorg. Dochter <fn:b> belde het team in paniek.
Aanpak: kleine stapjes. Eerst alleen koffie met de {{role:welzijnscoach}}. Na zes weken mocht de {{role:wijkverpleegkundige}} wondzorg doen.
Les: de vraag achter de vraag was angst om 'afgevoerd' te worden naar een verpleeghuis.""")
a("""Lesson learned (SWT <wijk>)
- cliënt: dhr. <sn:a>, <age> jr
- woonadres: <addr>
- probleem: verslaving + schulden + vereenzaming
- partners: {{org:Parnassia}}, {{org:Leger des Heils}}, <lorg>
- wat werkte: vaste contactpersoon (<fn:p>), korte lijnen met de huisarts
- wat niet: doorverwijzen zonder warme overdracht
- startdatum traject: <date>""")
a("""Opbrengst: een casus waarin de mantelzorger de sleutel was.
Mevrouw <fn:a> <sn:a> zorgt al jaren voor haar man <fn:b>, die na een herseninfarct half verlamd is. Zij raakte zelf overbelast en kwam terecht bij de huisarts.
De {{role:praktijkondersteuner GGZ}} verwees naar ons. We regelden respijtzorg en dagbesteding (drie dagen). {{org:Mantelzorg Den Haag}} bood een lotgenotengroep.
Evaluatie <ds>: <fn:a> slaapt weer.""")
a("""Situatieschets
Gezin <sn:a> (moeder, drie kinderen) woont in <wijk>, adres <addr>, <pc>. Vader zit vast.
Hulpvragen: inkomen, opvoeding, huisvesting.
Afspraken: 1) {{role:budgetcoach}} start op <ds>, 2) {{org:CJG}} neemt opvoedvragen, 3) wij houden regie.
Bereikbaarheid moeder: <mob> (alleen na 15.00 uur).""")
# ---------- free prose lessons ----------
a(
    """Wat ik wil delen: bij meneer <sn:a> in <wijk> duurde het bijna een jaar voordat er iets veranderde. Hij vertrouwde niemand van 'de gemeente'. Toen collega <fn:p> van <lorg> erbij kwam, ging het ineens sneller; zij sprak zijn taal en kende zijn broer <fn:b>. Les: kijk wie in het team het beste aansluit, niet wie de casus formeel heeft."""
)
a(
    """In <wijk> liepen we vast op de wachtlijst bij de {{org:GGZ}}. Mevrouw <fn:a> <sn:a> (<age>) had een verwijzing nodig, maar wilde niet naar de huisarts. Uiteindelijk is de huisarts op <date> zelf meegegaan op huisbezoek. Dat is niet standaard, maar het werkte. Dossier bij ons: <dos>."""
)
a(
    """We merkten dat jongvolwassenen tussen wal en schip vallen als ze 18 worden. Zoon <fn:a> (nu 19) had jeugdhulp via {{org:Youz}}, maar dat stopte op zijn verjaardag. Zijn moeder, mevrouw <sn:b>, belde ons. Met de {{role:trajectbegeleider}} hebben we een overgangsplan gemaakt. Sindsdien draaien we in <wijk> een maandelijks 18-min/18-plus overleg."""
)
a(
    """Ik schrijf dit op omdat het vaker voorkomt: een oudere man met een hond die niet naar het ziekenhuis wil omdat niemand voor de hond zorgt. Bij <full:a> (<addr>) hebben we via de dierenambulance en een buurman, <fn:b>, opvang geregeld. Drie dagen later liet hij zich opnemen in {{org:HMC Westeinde}}. Vraag aan jullie: hoe regelen jullie dit?"""
)
a(
    """Terugblik op een lastige casus. Moeder <fn:a> en dochter <fn:b> <sn:a> woonden samen op <addr> in <wijk>. De dochter had een psychose, de moeder dementie. Niemand voelde zich verantwoordelijk: {{org:GGZ}} keek naar de dochter, de {{role:casemanager dementie}} naar de moeder. Pas toen de {{role:casusregisseur}} een gezamenlijk overleg organiseerde (<date>) kwam er één plan."""
)
a(
    """Een les over taal. Mevrouw <sn:a> spreekt alleen Tigrinya. Tolk via de telefoon werkte slecht. Haar buurvrouw <full:b> tolkte informeel, maar dat gaf problemen met privacy. Nu werken we met een vaste tolk en een ervaringsdeskundige uit dezelfde gemeenschap. Mevrouw is bereikbaar via haar zoon: <tel>."""
)
a(
    """Van de <role:x> in <wijk>: de combinatie bewindvoering + schuldhulp loopt vaak mis doordat niemand de regie pakt. Bij dhr. <full:a> (rek.nr. <iban>) zijn twee keer dubbele betalingen gedaan. Inmiddels loopt alles via één {{role:bewindvoerder}}. Tip: spreek bij de start af wie welke post opent."""
)
a(
    """Na het huisbezoek bij de familie <sn:a> kwam ik tot de conclusie dat we te snel waren met indiceren. Vader wilde eigenlijk alleen hulp bij het invullen van formulieren. We hebben de Wmo-aanvraag ingetrokken en hem gekoppeld aan de formulierenbrigade van <lorg>. Eenvoud loont. — <fn:p>, {{role:Wmo-adviseur}}"""
)
a(
    """Casus uit <city> (gedeeld door collega's van <lorg>): een jonge moeder, <fn:a>, sliep met haar baby in de auto na een uithuiszetting. Via de {{role:woonconsulent}} kreeg ze binnen <n> dagen een noodwoning op de <addr>. Les: urgentie aanvragen kan sneller dan je denkt als je de juiste persoon belt."""
)
a(
    """Wat mij opviel in deze casus: de {{role:wijkagent}} kende meneer <sn:a> al jaren als 'lastige buurman', maar niemand wist dat hij sinds de dood van zijn vrouw <fn:b> niet meer at. Signalen komen van verschillende kanten. Sinds <date> hebben we een vast signaaloverleg met politie, {{org:Haag Wonen}} en het team."""
)
a(
    """Korte les: laat cliënten zelf bellen als het kan. <fn:a> belde zelf met de {{org:Belastingdienst}} (met mij ernaast) en regelde in tien minuten een betalingsregeling die ons twee weken mailen had gekost. Zijn BSN (<bsn>) had hij uit zijn hoofd; ik niet. ;-)"""
)
# ---------- sloppy quick notes ----------
a(
    """notitie hb <ds>: mw <lsn:a> niet thuis, buurvrouw zegt dat ze bij dochter in <city> is. terugbellen op <mob>. ook check of <lorg> al gebeld heeft ivm huurachterstand (<amount>)"""
)
a(
    """tel. gesprek met <lfn:a> (zoon van dhr <lsn:b>) - vader valt vaak, wil geen alarmering. volgende week <wd> samen met wijkverpl. langs. adres <addr> <pc>, bel aanbellen werkt niet, achterom"""
)
a(
    """korte update: <fn:a> zit sinds <ds> in de crisisopvang van het {{org:Leger des Heils}}. dossier <dos>. moeder <sn:b> weet ervan. <fn:p> heeft contact met de {{role:klantmanager}} over de uitkering"""
)
a(
    """memo: <ini:a> geb <dob>, bsn <bsn>, woont <addr> <pc> <city>. via huisarts. hulpvraag onduidelijk, eerst kennismaken. tel <tel>"""
)
a(
    """!! niet vergeten: intake <sn:a> verplaatst naar <ds>, tolk Arabisch geregeld via <lorg>. <fn:p> neemt over van <fn:q> (ziek)"""
)
a(
    """hb <ds> mw <lsn:a> + dochter. sfeer goed. mw wil naar dagbesteding in <wijk>, 2x p.w. aanvraag wmo doet <fn:p>. mailadres dochter: <mail:b>"""
)
a(
    """aant. <ds>: dhr <sn:a> belde boos, uitkering niet ontvangen. nagevraagd bij {{org:UWV}}: rekeningnr gewijzigd naar <iban> maar niet doorgekomen. opgelost. dhr bedankt team"""
)
a(
    """nw melding via {{org:Servicepunt XL}}: <full:a>, <addr>, tel <mob>. eenzaam, <age> jr, vraagt om bezoekvrijwilliger. doorgezet naar {{org:Stichting MOOI}}"""
)
# ---------- discussion replies ----------
a("""Re: Bemoeizorg bij verwaarlozing
Herkenbaar <fn:p>! Bij ons in <wijk> hadden we een vergelijkbare situatie met een meneer die al <n> jaar niemand binnenliet. Wat hielp was een vaste {{role:ervaringsdeskundige}}. Bel me gerust even: <tel>.
Groet, <fn:q> ({{role:maatschappelijk werker}}, <lorg>)""")
a(
    """@<fn:p> dank voor het delen. Vraagje: hoe kregen jullie de huisarts zover? Wij lopen bij mevrouw <sn:a> precies daarop vast. Haar dossier bij ons is <dos>, ik kan het anoniem toelichten als je wilt."""
)
a(
    """Goede les. Kleine opmerking: in de tekst staat nog de naam van de dochter (<fn:a>) en het adres aan de <addr>. Kan de moderator dat aanpassen? Verder eens met de conclusie."""
)
a("""Reactie van <full:p>, {{role:ouderenadviseur}} <wijk>:
Wij gebruiken sinds <month> de 'keukentafelkaart' van {{org:Zebra Welzijn}}. Werkt goed bij ouderen die niet van formulieren houden. Ik stuur hem naar iedereen die mailt naar <wmail:p>.""")
a(
    """Hoi allemaal, aanvulling op de casus van <fn:p>: meneer <sn:a> is inmiddels verhuisd naar <city>. Het {{org:Sociaal Wijkteam Dordrecht}} heeft het overgenomen, contactpersoon daar is <full:q>. Warme overdracht was op <date>."""
)
a(
    """Mooi voorbeeld! Wij deden iets vergelijkbaars in <wijk> met een gezin uit Ghana. De oma, <fn:a>, bleek de spil. Pas toen we haar betrokken bij het gesprek (ze woont op <addr>) ging moeder akkoord met hulp van het {{org:CJG}}. Groet vanuit <city>, <fn:p>"""
)
a("""Vraag aan de groep: wie heeft ervaring met cliënten zonder vaste verblijfplaats die wel ingeschreven staan op een postadres? Wij hebben een man (<age>) die post ontvangt op <addr> bij {{org:Leger des Heils}}. BSN bekend, maar <lorg> wil geen uitkering starten zonder woonadres.
— <fn:p>""")
a("""Re: Re: jongeren en schulden
Eens met <fn:p>. Het gaat vaak mis bij de zorgverzekering. Bij <fn:a> (<age>) stond er al <amount> open bij {{org:CZ}}. Via {{org:Stichting Urgente Noden}} en een betalingsregeling opgelost. Contact daar: <wmail:q>""")
a(
    """Hé <fn:p>, ik zag je vraag pas net. Bel <fn:q> van <lorg>, die weet alles van statushouders en gezinshereniging: <land>. Zeg maar dat ik je stuur. Succes!"""
)
a(
    """Dank allemaal voor de reacties. Update: mevrouw <sn:a> heeft sinds <ds> een vaste begeleider en de ontruiming is van de baan. De betalingsregeling loopt via rekening <iban>. Ik sluit deze draad."""
)
a(
    """Interessante discussie. Vanuit <lorg> in <city> zien we hetzelfde: mensen durven niet te zeggen dat ze niet kunnen lezen. Onze {{role:opbouwwerker}} <fn:p> heeft een aanpak met voorleesvrijwilligers. Mail <wmail:p> voor het draaiboek."""
)
a(
    """@<fn:p> @<fn:q> kunnen jullie de casus van dhr. <sn:a> (<dos>) nog even anonimiseren voordat we hem in het themadossier zetten? Er staan zijn geboortedatum (<dob>) en telefoonnummer in."""
)
# ---------- minutes of pilot sessions ----------
a("""Verslag kick-off pilot 'Samen werken in het sociale domein'
Datum: <date>, wijkcentrum in <wijk:w>
Aanwezig: ruim 180 teamleden van de 24 sociale wijkzorgteams, <fn:p> (gemeente), <full:q> ({{org:CAOP}}), <full:x> ({{org:Crossover}}).
Stemming thema's: jeugd, ouderen, huiselijk geweld, bemoeizorg. Alle vier gekozen.
Pilotgroep: 20 leden, lijst volgt via <wmail:p>.
Actie: <fn:q> plant startbijeenkomst begin februari.""")
a("""Notulen startbijeenkomst pilotgroep
<ds>, 13.30–16.30 uur
Voorzitter: <fn:p> | Notulist: <fn:q>
1. Welkom. <fn:x> (teamleider <wijk:w>) opent.
2. Werkwijze: vier themagroepen van vijf personen, looptijd vier maanden.
3. Platform: lessen alleen geanonimiseerd delen. Vraag van <fn:y>: wat als een cliënt zelf wil dat zijn naam erin staat? Antwoord: toestemmingsverklaring blijft leidend.
4. Rondvraag: geen.
Volgende keer: <ds>.""")
a("""Workshop 'Vraaggericht werken' – verslag
Begeleiding: <full:p> ({{role:procesbegeleider}})
Deelnemers uit <wijk:w>, <wijk:v> en <city>.
Oefening met een echte casus (ingebracht door <fn:q>, {{role:wijkverpleegkundige}}). Discussie over de GGZ-verwijzing: cliënt wil niet naar de huisarts. Idee: {{role:POH-GGZ}} laten meegaan op huisbezoek.
Actiepunten: <fn:q> werkt de casus anoniem uit vóór <ds>; <fn:p> stuurt de slides.""")
a("""Brainstorm thema ouderen – uitkomsten
Datum: <dwd>
Post-its (letterlijk overgenomen):
- 'buurtkamer elke dag open' (<fn:p>)
- 'mantelzorgers eerder in beeld' (<fn:q>)
- 'samen met {{org:Florence}} en {{org:Humanitas}} één loket' 
- 'ouderenconsulent op de markt in <wijk:w>'
Stemronde: idee 1 wint. <fn:x> maakt een voorstel. Contact: <tel>.""")
a("""Expertmeeting huiselijk geweld
Locatie: {{org:Veilig Thuis Haaglanden}}, <date>
Sprekers: <full:p> (gedragswetenschapper), <full:q> ({{role:wijkagent}})
Kernpunten: signaleren bij ouderenmishandeling blijft lastig; meldcode wordt te weinig gebruikt door vrijwilligers.
Casus ter illustratie: 'mevrouw Z.' – op verzoek van de spreker geen details.
Vragen achteraf naar <wmail:p> of <land>.""")
a("""Slotbijeenkomst pilot – kort verslag
<date>, stadhuis
Alle vier de themagroepen presenteerden. Hoogtepunt: de bemoeizorg-groep (<fn:p>, <fn:q>, <fn:x>, <fn:y> en <fn:z>) met de 'deur-open-methode'.
Wethouder bedankt de pilotgroep. {{org:CAOP}} schrijft het eindrapport.
Evaluatieformulier vóór <ds> terug naar <fn:p>.""")
a("""Verslag themagroep jeugd, bijeenkomst 3
Aanwezig: <fn:p> ({{org:CJG}}), <fn:q> ({{role:jeugdconsulent}}), <fn:x> (SWT <wijk:w>); afwezig: <fn:y>
Besproken: overgang 18-/18+. Voorbeeldcasus: jongen (17) uit <wijk:v>, dossier <dos>. Moeder <fn:a> vraagt of haar zoon na zijn 18e nog bij het {{org:CJG}} terecht kan.
Afspraak: <fn:x> bespreekt met {{org:Youz}} op <ds>.""")
a("""Actielijst pilot (bijgewerkt <ds>)
| wie | wat | wanneer |
| <fn:p> | themapagina ouderen vullen | <ds> |
| <fn:q> | afspraak met {{org:Staedion}} over huisuitzettingen | <ds> |
| <ini:x> | casus bemoeizorg anonimiseren (let op: naam moeder <fn:a> eruit!) | z.s.m. |
| <fn:y> | uitnodiging expertmeeting | april |""")
a("""Verslag intervisie (pilot, thema bemoeizorg)
Casusinbrenger: <fn:p>, {{role:sociaal psychiatrisch verpleegkundige}}.
De casus: man van <age> in <wijk:w>, verzamelt spullen, huis onbewoonbaar. {{org:GGD Haaglanden}} is betrokken. Zijn broer, <full:a>, belt wekelijks het team.
Vraag van de inbrenger: wanneer is dwang gerechtvaardigd?
Reflectie <fn:q>: eerst relatie, dan regels.""")
# ---------- attachments pasted as text ----------
a("""[bijlage: verwijsbrief huisarts]
Huisartsenpraktijk <wijk>
Betreft: <full:a>, geb. <dob>
Adres: <addr>, <pc> <city>
BSN: <bsn>
Geachte collega,
Graag verwijs ik bovengenoemde patiënt naar het sociaal wijkzorgteam. Patiënte heeft forse schulden en slaapproblemen; er is sprake van sociale isolatie. Zij gaf op <date> toestemming voor deze verwijzing.
Met collegiale groet,
<ini:p>, {{role:huisarts}}
tel. <land>""")
a("""--- Intakesamenvatting ---
Datum intake: <date>
Cliënt: <sn:a>, <fn:a>
Geboortedatum: <dob>
Telefoon: <mob>
E-mail: <mail:a>
Woonsituatie: huurwoning, <addr>
Netwerk: zus <fn:b> (<tel>), verder weinig contacten
Financiën: uitkering via {{org:Sociale Dienst Den Haag}}, rekening <iban>
Hulpvragen: inkomen, eenzaamheid, huishouden
Intaker: <fn:p> ({{role:casusregisseur}})""")
a("""Aanmeldformulier schuldhulpverlening (kopie)
Naam aanvrager: <full:a>
BSN: <bsn>
IBAN: <iban>
Adres: <addr>
Postcode/plaats: <pc> <city>
Telefoon: <tel>
Partner: <fn:b> <sn:a>
Aantal schuldeisers: <n>
Aangemeld door: <fn:p>, {{role:schuldhulpverlener}} <lorg>
Dossiernr.: <dos>""")
a("""Toestemmingsverklaring (ingevuld)
Ondergetekende, <full:a>, geboren op <dob>, wonend te <city>, geeft toestemming aan het sociaal wijkzorgteam <wijk> om gegevens te delen met: huisarts, {{org:Parnassia}}, <lorg>.
Geldig tot: <date>
Handtekening: ✔
Namens het team: <fn:p>""")
a("""Overdrachtsformulier
Van: SWT <wijk:w> – <full:p>
Naar: <lorg> – <full:q>
Cliënt: dhr. <ini:a>, dossier <dos>
Reden: verhuizing naar <city>, nieuw adres <addr>, <pc>
Lopende zaken: Wmo-indicatie huishoudelijke hulp loopt tot <date>.
Contact cliënt: <tel>""")
a("""Wmo-melding
Melder: buurvrouw <fn:b> <sn:b>
Over: mevrouw <sn:a>, <addr>
Melding: mevrouw is de afgelopen weken <n> keer gevallen, komt niet meer buiten.
Datum melding: <date>
Behandelaar: <fn:p> ({{role:Wmo-adviseur}}), <wmail:p>
Registratienummer: <dos>""")
a("""Ondersteuningsplan (samenvatting)
Cliënt: <fn:a> <sn:a> | BSN <bsn> | <wijk>
Doel 1: stabiel inkomen (bewindvoering aangevraagd <ds>)
Doel 2: dagbesteding 3x per week bij <lorg>
Doel 3: contact met zoon <fn:b> herstellen
Evaluatie: <date>
Regisseur: <fn:p>, tel. <land>""")
# ---------- mixed / longer ----------
a("""Thema bemoeizorg – casus 'de man met de duiven'
Meneer <sn:a> (<age>) hield ruim veertig duiven op zijn balkon aan de <street>. Buren klaagden, {{org:Haag Wonen}} dreigde met ontruiming. Het team werd ingeschakeld op <date>.
De {{role:wijkverpleegkundige}} zag dat hij zijn medicijnen niet nam. De {{role:opbouwwerker}} zocht een duivenvereniging. Nu staan de duiven in een volkstuin en komt meneer <sn:a> drie keer per week buiten.
Les: begin bij wat iemand belangrijk vindt.
Geschreven door <fn:p>, {{role:welzijnscoach}}.""")
a("""Inbreng voor het themadossier ouderen
In <wijk> wonen veel oudere migranten. <full:a> (<age>, Turks) en haar man kwamen in de jaren '70 naar Nederland. Ze spreken weinig Nederlands en weten niet waar ze recht op hebben. Via de moskee en een sleutelfiguur, <fn:b>, organiseerden we voorlichting. Daarna kwamen <n> aanmeldingen binnen bij het {{org:Wmo-loket}}.""")
a(
    """Vraag + casus: wie kent een goede aanpak bij hoarding? Mw <sn:a>, <addr>, <pc>, zit al jaren vast. Eerder traject bij {{org:PsyQ}} afgebroken. Dochter <fn:b> (<mail:b>) wil meedenken. Graag reacties, ik breng het in bij de expertmeeting van <ds>."""
)
a("""Casus in het kort:
• wie: jonge vrouw (<age>), Eritrese achtergrond, twee kinderen
• waar: <wijk>
• wat: geen inkomen na scheiding, kinderen niet op school ingeschreven
• wie betrokken: <fn:p> ({{role:maatschappelijk werker}}), <fn:q> (CJG), tolk
• wat leerden we: de oudste dochter, <fn:a>, deed alles voor moeder. Dat is te veel voor een kind van <kid>.
• volgende stap: gesprek op <dwd>""")
a("""Samenvatting teamoverleg <ds> (intern, niet delen)
- <sn:a>: verhuizing gelukt, afsluiten per <date>
- <sn:b>: nog steeds geen contact, <fn:p> probeert via zoon (<mob>)
- familie <sn:c>: melding {{org:Veilig Thuis}}, dossier <dos>
- nieuw: <full:d>, <addr>, aangemeld door huisarts""")
a(
    """Eerste les van ons team uit <city>: luister naar de buren. Bij <fn:a> <sn:a> was de buurvrouw (mevrouw <sn:b>) al maanden ongerust, maar niemand nam haar serieus. Nu hebben we een vast telefoonnummer voor buurtsignalen: <land>. In <wijk> is dat al <n> keer gebruikt."""
)
a(
    """Les over digitale uitsluiting: mevrouw <sn:a> kon haar DigiD niet gebruiken en liep daardoor haar huurtoeslag mis. De {{role:buurtsportcoach}} (!) bleek ook digicoach en hielp haar op <ds>. Nu volgt ze een cursus in de bieb in <wijk>. Simpel, maar het scheelde <amount> per maand."""
)
a("""Uit de praktijk van <fn:p> ({{role:MEE-consulent}}):
Meneer <fn:a> is 34, heeft een IQ van rond de 65 en werkt bij de kringloop. Zijn geld gaat op aan online gokken. Met hem samen een weekgeldrekening geopend (<iban>), spaarrekening op slot. Na vier maanden geen nieuwe schulden. Moeder <sn:b> helpt mee.""")
a(
    """Dringend: is er iemand van het team in <wijk> die dhr. <sn:a> kent? Hij is vanochtend gevonden in het portiek van <addr>. Ambulance geweest. Zijn dochter <fn:b> is niet bereikbaar op het nummer dat wij hebben (<tel>). Graag even bellen naar <fn:p>."""
)
a(
    """Reflectie na een jaar platform: we hebben <n> lessen gedeeld. Veel geleerd van collega's in <city>. Zelf trots op de casus van het gezin <sn:a>, waar we samen met <lorg> en de {{role:gezinscoach}} één plan maakten. Dank aan <fn:p>, <fn:q> en <fn:x>!"""
)
a("""Afspraak bevestiging (doorgestuurd)
Beste <fn:a>,
Hierbij bevestig ik onze afspraak op <dwd> om 10.00 uur in het {{org:Servicepunt XL}} in <wijk>. Neem je paspoort, bankafschriften en de brief van de deurwaarder mee.
Tot dan,
<fn:p>
{{role:consulent inkomen}} | <land> | <wmail:p>""")
a(
    """Casus anoniem? Bijna: 'mevrouw X (<age>) uit de <street> met de rode voordeur' is voor de hele buurt herkenbaar. Ik heb het aangepast. Oorspronkelijke tekst noemde ook haar zoon <fn:a> en haar telefoonnummer <mob>. Graag opletten, collega's!"""
)
a(
    """Lessen uit <city>: bij {{org:WIJeindhoven}} werken ze met een 'wijkwerker' die niet doorverwijst maar blijft. <fn:p> <sn:p> liet zien hoe dat gaat bij een cliënt, <fn:a>, met zes hulpverleners. Na de inzet nog maar twee. Presentatie te downloaden; vragen aan <wmail:p>."""
)
a(
    """Kort: jongen van <kid> uit <wijk> (bekend bij ons onder <dos>) spijbelt al maanden. Leerplicht en {{org:CJG}} betrokken. Oma <fn:a> <sn:a> woont op <addr> en is het vaste punt. Geboren <dob>, zit in groep 7."""
)
# ---------- extra: schedules, money, agenda ----------
a("""Planning huisbezoeken week <n> (<wijk>)
<dwd> 09.30 – <addr>, <pc> (nieuwe aanmelding, tolk Pools)
<dwd> 14.00 – <addr> (evaluatie, mantelzorger aanwezig)
<ds> 11.00 – <addr>, <pc> (samen met <role:x>)
Wie rijdt: <fn:p>. Bij afmelding bellen naar <land>.""")
a("""Overzicht bewindvoering (bijlage bij casusles, graag anonimiseren vóór publicatie)
Leefgeldrekening: <iban>
Vaste-lastenrekening: <iban>
Bewindvoerder sinds <date>, kantoor in <city>, kenmerk <dos>.
Leefgeld: <amount> per week, uitbetaling elke <wd>.""")
a(
    """Kleine tip uit de praktijk: de {{org:Voedselbank Haaglanden}} vraagt tegenwoordig een bankafschrift. Bij onze cliënt liep dat vast omdat zijn rekening (<iban>) op naam van zijn ex stond. Aanvraag opnieuw ingediend op <date>, toegekend op <ds>."""
)
a("""Agenda pilot 'Samen werken in het sociale domein'
- kick-off: <date:k> (alle teamleden)
- startbijeenkomst pilotgroep: <ds>
- workshop vraaggericht werken: <ds>
- brainstorm ouderen: <dwd>
- expertmeeting: <ds>
- slotbijeenkomst: <date>
Aanmelden bij <fn:p> (<wmail:p>).""")
a(
    """Correctie: in mijn vorige bericht noemde ik het verkeerde kenmerk. Het moet zijn <dos> (niet <dos>). De aanmelding dateert van <date>, het huisbezoek was op <ds>. Excuus voor de verwarring. – <fn:p>"""
)
