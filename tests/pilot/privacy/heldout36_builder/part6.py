T += [
    """[[p:Priya]] (vanaf vakantie 🌴): mag ik heel even iets vragen, is dhr [[p:Koster]] ([[p:Cor]]) nog opgenomen geweest? zijn zoon appte me
[[p:Daan]]: nee, alles rustig. [[p:Peter]] is gisteren geweest. geniet!""",
    """Huisbezoek [[d:ma 28 april]] - [[p:Marieke]] bij mw. [[p:Gerda Bakker]], terug thuis na revalidatie sinds [[d:25-4]]
Loopt met rollator, trap naar slaapkamer lukt niet: bed beneden gezet. Traplift aangevraagd ([[n:WMO-2025-125560]]). Buurman [[p:Henk]] komt 's avonds even kijken. Dochter [[p:Roos Bakker-Lems]] wil een sleutelkluisje, code bij thuiszorg. Mw. zelf: 'ik ben blij dat ik mijn eigen kopje weer heb'.""",
    """Beste [[p:Van der Meer]],
Kort ter info: dhr. [[p:Asante]] werkt sinds [[d:14 april]]. Zijn eerste loonstrook komt op [[d:25-04-2025]] binnen op [[i:#space]]. Wilt u het leefgeld per mei opnieuw berekenen? Zijn vriendin mw. [[p:A. Owusu]] woont met ingang van [[d:1 mei]] bij hem; zij heeft een eigen inkomen.
Hartelijke groet, [[p:Ingrid]] (SWT {{w:Transvaal}}, [[t:070-353 44 12]])""",
    """Caseload [[p:Kwame Mensah]] - eind april
• [[p:Tesfay G.]] - schuldhulp loopt, afbouwen
• [[p:Rahimi]] - [[p:Omid]] geslaagd voor rijbewijs theorie 😄, moeder taalles, bezwaar toeslagen nog open
• [[p:El Amrani]] - dagbesteding ok, bewind aangevraagd ([[p:Dekker]] bewind), zitting [[d:12 juni]]
• [[p:Dimitrova]] - slapend, zoon meldt als ze terug is
• NIEUW: dhr. [[p:Jin Wei Huang]] ([[a:Jacob Catsstraat 14]]), verwezen via {{o:Servicepunt XL}}, vraag rond inburgering en werk""",
    """Intake dhr [[p:Jin Wei Huang]], [[d:29-04-2025]], [[p:Kwame]]
45 jr, sinds 2023 in NL via gezinshereniging, vrouw [[p:Li Na]] werkt in restaurant van haar oom [[p:Zhou]]. Dhr. heeft in China als monteur gewerkt, hier geen werk. Depressieve klachten? Spreekt weinig NL, Engels redelijk. Tel [[t:06 4401 3920]], mail [[e:huangjw1980@qq.com]]. BSN [[b:#dots]]. Afspraak: taaltraject + werkfit via {{o:Werkgeversservicepunt}}, huisarts over stemming. Volgende afspraak [[d:6 mei]] met tolk Mandarijn.""",
    """[[p:Sanne]] 16:40: pff [[p:Jolanda]]'s jongste ([[p:Jayden]]) is van school gestuurd vandaag. mama in paniek. ik ga morgen met haar naar school, gesprek met mentor dhr. [[p:Yildiz]] 9u
[[p:Aylin]] 16:42: sterkte. SHV heeft haar wel met voorrang opgepakt trouwens
[[p:Sanne]] 16:42: fijn, dat scheelt""",
    """Tel. notitie [[d:30 april 2025]] - [[p:Youssef]]
Gebeld met {{o:Haagwonen}} (mw. [[p:Sterk]], afd. incasso, [[t:070 - 215 30 00]]) over huurder [[p:El Idrissi]], Hoefkade. Regeling loopt, 2 termijnen betaald. Kwijtschelding gemeentelijke belastingen is toegekend door {{o:BsGW}}? Nee, in Den Haag is dat de gemeente zelf: toegekend, beschikking [[n:KWS-25-089143]]. Mw. [[p:Naima]] blij, zoon [[p:Bilal]] (17) zoekt bijbaan.""",
    """Notitie [[d:1 mei]]: dhr [[p:Al-Khatib]] verhuisd naar [[a:Melis Stokelaan 1802]]. [[p:Lina]] en schoonzoon [[p:Tarek]] hebben alles gedaan. Overdracht naar SWT {{w:Bouwlust/Vrederust}}, contactpersoon daar [[p:Gülşen Arslan]] ([[e:g.arslan@swt-escamp.nl]]). Dossier [[n:SWT-TV-2025-0161]] bij ons sluiten na warme overdracht op [[d:8 mei]]. - [[p:Youssef]]""",
    """Aanvraag Voedselbank (herhaling) mw. [[p:Sorina Popescu]], [[d:2 mei 2025]]
Toelating liep tot [[d:2-5-2025]]. Mw. heeft nog steeds geen alimentatie; procedure tegen ex ([[p:Mihai Popescu]]) loopt via {{o:Juridisch Loket}}. Nieuw adres: [[a:Kempstraat 17-2]] blijft. Nieuwe rekening op eigen naam: [[i:#lower]]. Kinderen [[p:Ana]] en [[p:Luca]]. Verwijzer [[p:A. Doğan]].""",
    """[[p:Ingrid]]: kan iemand [[p:Tesfay]] morgen bellen op [[t:06 3021 5578]]? nieuw nummer. ik zit bij de rechtbank met andere cliënt""",
    """Gesprek [[d:2 mei]] [[p:Daan]] ({{r:casusregisseur}}) met mw. [[p:Fatma Amrani]], [[a:Jan Blankenstraat 66-1]]: overlast voorbij, ze blijft wonen. Ze vraagt of wij ook iets kunnen voor haar dochter [[p:Meryem]] (23), die thuis zit na haar studie. Verwezen naar {{o:Jongerenloket}}.""",
]
