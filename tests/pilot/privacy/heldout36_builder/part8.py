T += [
    """Budgetoverzicht t.b.v. SHV-aanmelding, opgesteld [[d:08-04-2025]]
Huishouden: [[p:Kowalczyk]] / [[p:Kowalczyk-Nowak]], [[a:Vaillantlaan 301]], [[c:2526 HT]]
BSN aanvrager [[b:#dots]] | BSN partner [[b:#space]]
Betaalrekening: [[i:#space]] (gezamenlijk)
Spaarrekening: geen
Inkomsten: loon dhr. € 1.610, kinderbijslag (n.v.t.), zorgtoeslag € 246
Uitgaven: huur € 812, energie € 190, verzekeringen € 310, telefoon/internet € 85, vervoer € 60
Vrij te besteden: ca € 400 p/m. Afloscapaciteit beperkt.
Bijlagen: loonstroken feb/mrt, huurcontract (ingangsdatum [[d:1-9-2021]]), beschikking toeslagen kenmerk [[n:TSL-7740-2291-08]].""",
    """Machtiging automatische incasso huur - ingevuld samen met cliënt op [[d:donderdag 10 april]]
Huurder: [[p:N. El Idrissi]], [[a:Hoefkade 1017]], [[c:2526BL]] Den Haag
Rekening: [[i:#plain]]
Contractnummer: [[n:HW-004417-22]]
Bedrag: huur € 684,20 + regeling € 75,00, afschrijving rond de 1e van de maand.
Kopie naar {{o:Haagwonen}} per mail ([[e:incasso@haagwonen.nl]]) en kopie in eigen dossier. Cliënt weet dat zij de machtiging binnen 8 weken kan terugdraaien via haar bank. Volgende check na de afschrijving van [[d:1 mei]].""",
    """Voedselbank - intakeformulier (kopie dossier)
Aanvrager: mw. [[p:Hodan Warsame]]   Geb.dat.: [[d:23/09/1986]]   BSN: [[b:#plain]]
Adres: [[a:Hoefkade 388-hs]], [[c:2526 BN]] Den Haag   Tel: [[t:06-52481906]]
Gezinsleden: 3 kinderen (12, 9 en 6 jaar)
Bank: [[i:#space]]
Inkomen: bijstand alleenstaande ouder + kindgebonden budget
Bijzonderheden: ex-partner heeft in februari 2025 de gezamenlijke rekening leeggehaald. Mw. heeft inmiddels een eigen rekening. Uitgiftepunt bij voorkeur {{w:Schilderswijk}} i.v.m. school.
Verwijzer: {{r:maatschappelijk werker}} SWT {{w:Transvaal}}, [[t:070-7528000]].""",
    """Aanvraag bijzondere bijstand (witgoed) - verstuurd [[d:14.04.2025]]
Cliënt: dhr. [[p:T. Gebremedhin]], BSN [[b:#dots]], [[a:Paul Krugerplein 9-C]], [[c:2572 CA]]
Uitbetaling op rekening [[i:#plain]]
Reden: koelkast kapot sinds half maart, dhr. kan geen vers eten bewaren (voedselbankpakket). Offerte van kringloopwinkel bijgevoegd, € 189.
Aanvraagnummer Mijn Den Haag: [[n:BB-2025-0448127]]. Reactie verwacht binnen 8 weken; bij afwijzing samen bezwaar maken. Contact SWT: [[e:swt.transvaal@denhaag.nl]], telefonisch via [[t:(070) 752 80 00]].""",
    """Gegevenscheck bij overdracht naar SWT {{w:Bouwlust/Vrederust}} ([[d:2025-05-07]])
Cliënt: [[p:Mahmoud Al-Khatib]]
Oud adres: [[a:Rijswijkseweg 3 bis]], [[c:2516 EK]]
Nieuw adres: [[a:Melis Stokelaan 1802]], [[c:2541 GH]] (per [[d:1-5]])
BSN: [[b:#space]]
Rekening voor huurtoeslag: [[i:#space]]
Telefoon: [[t:06-2500 7713]], dochter [[p:Lina]]: [[t:06-1187 4420]]
Lopend: Wmo-aanvraag douchestoel [[n:WMO-2025-119302]], medicatierol via apotheek (nieuw bezorgadres doorgegeven).
Afgesloten: urgentie, verhuizing.""",
    """Aanvraag kwijtschelding gemeentelijke belastingen, samen ingevuld [[d:16 april]]
Belastingplichtige: mw. [[p:S. Popescu]], [[a:Kempstraat 17-2]], [[c:2572 GG]]
BSN [[b:#plain]], aanslagnummer [[n:2025.0318.77421]]
Bankrekening (voor eventuele teruggave): [[i:#lower]]
Huishouden: 1 volwassene + 2 kinderen. Geen vermogen, geen auto. Bijgevoegd: bankafschriften 3 mnd, ANW-beschikking, huurspecificatie.
Ingediend via formulierenbrigade {{o:Servicepunt XL}} {{w:Transvaal}}. Mw. krijgt bericht op [[e:sorina.popescu91@yahoo.com]].""",
    """Betalingsregeling {{o:CZ}} zorgverzekering - telefonisch afgesproken [[d:22-04-2025]]
Verzekerde: mw. [[p:J.M. Visser]], relatienummer [[n:CZ 40.221.913]], BSN [[b:#space]]
Achterstand € 1.284,60. Afgesproken: 12 termijnen van € 107,05, eerste termijn [[d:28 april]], te betalen vanaf [[i:#space]].
Aandachtspunt: bij 2 gemiste termijnen wanbetalersregeling via {{o:CAK}}. Mw. zet een herinnering op haar telefoon. Bevestiging komt per post naar [[a:Stuyvesantstraat 33]], [[c:2572 TW]].""",
    """Inschrijving Basisregistratie Personen - zoontje mw. [[p:Szymańska]], afspraak {{o:Publiekszaken}} [[d:di 13 mei]] 10.40 uur, Stadhuis Spui
Meenemen: paspoorten ouders, geboorteakte (Pools, met apostille), huurcontract of verklaring inwoning.
Tijdelijk adres (inwoning bij kennis): [[a:Pretoriusstraat 61-B]], [[c:2572 SV]].
BSN moeder: [[b:#dots]]
Rekening voor kinderbijslag {{o:SVB}}: [[i:#plain]]
Afspraaknummer: [[n:BRP-250513-0381]]. Contact [[t:06-87125503]].""",
]
