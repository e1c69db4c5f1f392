T += [
    # 31 Ghanaian bewind follow-up
    """[[d:21-3]] [[p:Ingrid]]: dhr [[p:Asante]] eindelijk gesproken. Bankpas kopie gemaild naar bewind ([[e:info@bewindvoeringhaaglanden.nl]]), nieuw rek.nr [[i:#space]] nu bevestigd. Hij vertelde dat zijn broer [[p:Kwabena]] in Accra ziek is en hij geld stuurt - dat verklaart de tekorten deels. Besproken dat dat via bewind niet kan zonder afspraak. Volgende stap: gesprek met [[p:Van der Meer]] samen, [[d:dinsdag 1 april]] 14u.""",
    # 32 Cape Verdean
    """Huisbezoek dhr [[p:Tavares]] ([[p:Manuel Tavares]], 71), [[d:vr 21 maart]], [[p:Marieke]]
Na 4 keer aanbellen eindelijk open. Woning netjes, wel koud: verwarming staat uit 'want te duur'. Energierekening laat achterstand zien van ruim 600. Dhr. praat Portugees/Kriool, beetje NL. Dochter [[p:Nélia]] woont in Lissabon, belt elke zondag. Hij wil geen hulp 'van de gemeente'. Wel akkoord dat [[p:Aylin]] een keer komt kijken naar de energietoeslag. Adres voor de zekerheid: [[a:Wouwermanstraat 12-1]], [[c:2525 RX]].""",
    # 33 case overview Sanne list
    """Lopende casussen [[p:S. Roos]] - [[d:24-03-2025]]
- [[p:Warsame]] (HG) → {{o:Veilig Thuis}} melding [[n:VT-2025-0219]], veiligheidsplan ok, kids bij {{o:CJG}}
- [[p:Pinas]] (bemoeizorg) → {{o:Parnassia}} consult 2, verwijzing HA aangevraagd
- [[p:Ionescu]] → loopt via [[p:Daan]], ik alleen op de achtergrond
- [[p:Jolanda Visser]] (nieuw) → burn-out, 2 pubers, huur achter; intake [[d:26/3]]
- [[p:Karim]] ([[p:Benali]]) → afgesloten [[d:14 maart]], doorverwezen naar {{o:Indigo}}""",
    # 34 email to Haagwonen
    """Geachte heer/mevrouw,

Hierbij bevestig ik namens mw. [[p:N. El Idrissi]], huurder van [[a:Hoefkade 1017]] ([[c:2526 BL]]), het voorstel voor een betalingsregeling van € 75 per maand bovenop de lopende huur. Haar huurcontractnummer is [[n:HW-004417-22]]. Mw. heeft een machtiging afgegeven via haar rekening [[i:#plain]]. Zij is bereikbaar op [[t:06-28 11 45 73]] en per mail [[e:naima.elidrissi@hotmail.com]].

Met vriendelijke groet,
[[p:Youssef Bouazza]]
{{r:Wmo-adviseur}} / SWT {{w:Transvaal}}""",
    # 35 chat
    """[[p:Kwame]] 08:30: ben ziek vandaag 🤒. afspraken: 10u [[p:tesfay]] post sorteren (kan iemand?), 13u mw [[p:rahimi]] tolk geregeld, 15u teamoverleg
[[p:Ingrid]] 08:36: ik neem tesfay
[[p:Youssef]] 08:40: ik de rahimi's, tolknr?
[[p:Kwame]] 08:41: tolkencentrum ref [[n:TVCN 3319-774]]
[[p:Youssef]] 08:41: beterschap man""",
    # 36 intake Jolanda Visser
    """Intake [[d:26 maart 2025]] - [[p:Sanne]] / [[p:Aylin]]
Mw. [[p:Jolanda Visser]] (45), [[a:Stuyvesantstraat 33]], [[c:2572 TW]], tel. [[t:0641 27 96 55]].
Alleenstaand, zoons [[p:Dylan]] (15) en [[p:Jayden]] (13). Werkte als teamleider bij supermarkt, sinds november ziek (burn-out). Loon loopt nog via werkgever, maar wordt volgend jaar minder. Huurachterstand 2 mnd bij particuliere verhuurder dhr. [[p:Oudshoorn]]. Ex-partner [[p:Rick de Bruijn]] betaalt kinderalimentatie onregelmatig.
Vraag: rust, overzicht financiën, iemand die met de jongens praat.
Vervolg: Aylin financieel overzicht, jongens → {{o:CJG}}/jongerenwerk {{o:Xtra}}, Sanne 3 gesprekken.""",
    # 37 phone note Bulgarian
    """[[d:25/03]] tel. met zoon [[p:Stefan Dimitrov]] ([[t:+359 88 412 3377]]). Moeder [[p:Vasilka Dimitrova]] is inderdaad in Bulgarije sinds half februari, ziekenhuis. Ze komt 'misschien in mei' terug. Huur wordt doorbetaald. Hij vroeg of wij post kunnen doorsturen; nee, uitgelegd dat hij doorzendservice moet regelen. Mail zoon: [[e:stefan.dimitrov@abv.bg]]. Dossier op slapend. - [[p:kwame]]""",
    # 38 wijkagent note
    """Terugkoppeling wijkagent [[p:Koster]] [[d:27-3]]: bij dhr. [[p:Ionescu]] geen nieuwe meldingen sinds het huisbezoek. Buurtbemiddeling met mw. [[p:Amrani]] staat op [[d:3 april]]. Dhr. heeft zich gemeld bij het {{o:Werkgeversservicepunt}}, [[p:Daan]] bevestigt. Zaaknummer politie [[n:2025071234-1]] mag dicht wat [[p:Erik]] betreft.""",
    # 39 chat with lowercase names as words
    """[[p:Marieke]]: vanmiddag ouderenkoffie in {{o:wijkcentrum Transvaal}}, mw [[p:de wit]] en dhr [[p:roos]] komen, [[p:bakker]] misschien met haar buurman
[[p:Daan]]: de wit? familie van mij? 😄
[[p:Marieke]]: haha nee, [[p:Truus de Wit]] van de [[a:Kempstraat 2]]""",
    # 40 Voedselbank request 2
    """Verzoek toelating {{o:Voedselbank}} - urgent
Naam: dhr. [[p:T. Gebremedhin]]
Geboortedatum: [[d:5 januari 1996]]
Adres: [[a:Paul Krugerplein 9-C]], [[c:2572CA]] Den Haag
BSN: [[b:#plain]]
Netto inkomen: € 1.050 (deeltijd) + huurtoeslag
Vaste lasten: huur 640, zorgverzekering 152 (achterstand), DUO-aflossing 84, telefoon 35
Leefgeld: onder de norm van de Voedselbank.
Reden urgentie: geen voedsel tot salaris op de 25e.
Aangevraagd door [[p:Ingrid Hoogendoorn]] (SWT {{w:Transvaal}}), bereikbaar via [[t:070 3534412]].""",
]
