T += [
    """Casusles pilot 'Samen werken in het sociale domein' - thema huiselijk geweld
Titel: Veiligheid eerst, dan de rest
Team: SWT {{w:Transvaal}} | auteurs: [[p:Sanne Roos]] ({{r:maatschappelijk werker}}), [[p:Daan de Wit]] ({{r:casusregisseur}})
Situatie: een moeder van drie jonge kinderen, eind dertig, meldde zich via het {{o:CJG}} met 'problemen met de buren'. Pas in het derde gesprek (met telefonische tolk) vertelde zij over jarenlang geweld door haar ex-partner, die nog een sleutel had. 
Wat we deden: eerst een veiligheidsplan samen met {{o:Veilig Thuis}}, pas daarna geld, huur en school. De {{r:wijkagent}} reed een paar weken extra langs. Het contactverbod kwam er na vier maanden.
Wat werkte: één vaste contactpersoon, een tolk die zij kende, en de {{r:jeugdconsulent}} die de kinderen apart sprak.
Les voor andere teams: vraag door op 'burenruzie'. En schrijf in je eigen dossier de melddatum ([[d:17-02-2025]]) en het VT-nummer ([[n:VT-2025-0219]]) op, niet in de les.
Contact voor vragen: [[e:s.roos@swt-transvaal.nl]]""",
    """Casusles pilot - thema bemoeizorg
Titel: Binnenkomen via de voordeur die openstaat
Team: SWT {{w:Transvaal}} | auteur: [[p:Sanne]] met input van {{r:SPV}} [[p:Robin Mahabier]] ({{o:Parnassia}})
Situatie: een man van begin vijftig, alleenwonend in een portiekflat, belde tientallen keren per maand naar het wijkteam en de politie. Hij voelde zich afgeluisterd door de buren. Hij was eerder uit de GGZ-zorg geschreven omdat hij niet kwam opdagen, en wilde geen medicatie.
Wat we deden: een gezamenlijk huisbezoek met de GGZ, zónder verwijzing vooraf, als 'kennismaking'. We praatten over zijn zorgen en over muziek, niet over diagnoses. Zijn zus werd met zijn toestemming betrokken. Na drie bezoeken vroeg hij zelf om de huisarts.
Wat lastig was: de GGZ kan zonder verwijzing maar beperkt meekijken; de huisarts wilde de man eerst zelf zien.
Les: plan het eerste GGZ-contact als gewoon bezoek; vraag de huisarts vroeg mee te denken.
NB redactie: de naam '[[p:Ronald]]' en het huisnummer ([[a:Hoefkade 412]]) stonden nog in de eerste versie van [[d:24 april]], zijn eruit gehaald. Toestemming: [[n:2025-00913]].""",
    """[[p:Daan]] → team, [[d:vr 25-4-2025]]: beide casuslessen staan online 🎉 Dank [[p:Sanne]], [[p:Robin]] en iedereen die meelas. De privacycheck van het platform vond nog '[[p:Ifrah]]' in versie 1, goed dat dat systeem erop zit. Volgende maand: thema ouderen, [[p:Marieke]] en [[p:Priya]] willen mw. [[p:B.]] (val + revalidatie) uitwerken, als zij toestemming geeft.""",
    """Notitie toestemming - mw. [[p:Gerda Bakker]], [[d:5 mei 2025]], [[p:Marieke Koster]]
Mw. vindt het 'leuk' dat andere teams van haar verhaal leren. Wel gevraagd dat haar dochter [[p:Roos]] meeleest. Roos (per telefoon, [[t:06-29314478]]) akkoord. Formulier getekend door mw. zelf; getuige buurman [[p:H. de Hoop]]. Gearchiveerd onder [[n:SWT-TV-2025-0098/TS]].""",
    """ochtendoverleg [[d:6/5]] — [[p:kwame]] notuleert
[[p:huang]]: tolk geregeld, 14u. [[p:youssef]] gaat mee
[[p:pinas]]: zus [[p:marlène]] belde, hij gaat wekelijks naar {{o:Parnassia}} nu. top
[[p:visser]]: SHV-traject gestart, verhuurder akkoord. [[p:jayden]] op andere school in {{w:Laak}}
nieuw: aanmelding mw. [[p:Olga Szymańska]], [[a:Kritzingerstraat 8-A]], via {{o:Huisartsenpraktijk Transvaal}}. wie pakt? → [[p:aylin]]""",
    """Intake [[d:7-5-2025]] mw. [[p:Olga Szymańska]], [[p:Aylin]]
Mw. (38) werkt via uitzendbureau in de kassen in het Westland, woont met partner [[p:Tomasz Wójcik]] en zoontje ([[p:Kuba]], 3) op [[a:Kritzingerstraat 8-A]], [[c:2572 SJ]]. Uitzendbureau regelde huisvesting, maar na ontslag van Tomasz moeten ze eruit per [[d:1 juni]]. Geen BSN voor zoontje geregistreerd? Navragen bij {{o:Publiekszaken}}. Tel mw: [[t:+48 512 883 204]] en NL-nummer [[t:06-87 12 55 03]]. Vraag: woning, inschrijving, kinderopvang. Toestemmingsverklaring getekend (Poolse versie).""",
]
