#!/usr/bin/env python3
"""Held-out corpus 34: regional Dutch social-wijkteam knowledge platform texts (outside The Hague).
Deterministically writes heldout34.jsonl next to this script. Texts handwritten with markup:
[[label:text]] = pii, {{label:text}} = keep. BSN/IBAN placeholders (#B, #B., "#B ", #I, "#I ")
are filled with valid, seeded numbers."""

import json, os, random, re

RAW = """Kent iemand een goede plek voor dagbesteding in {{wijk:Feijenoord}} voor iemand met NAH? Cliënt (dhr [[person:Bouzerda]], [[date:14-02-1961]]) zit de hele dag binnen op de [[address:Putselaan 112b]]. {{org:Antes}} heeft hem uitgeschreven. Tips welkom, ik zit bij {{org:Wijkteam Feijenoord}}. Groet, [[person:Chantal]]
---
Reactie op [[person:Chantal]]: wij hebben goede ervaringen met {{org:Pameijer}} in {{wijk:Hillesluis}}, vraag naar [[person:Ruud Hoogendijk]], die is daar {{role:trajectbegeleider}}. Bellen kan op [[phone:010-4127730]], mailen [[email:r.hoogendijk@pameijer-voorbeeld.nl]]. Zeg maar dat je van mij komt. ff dubbelchecken of hij er op vrijdag zit, volgens mij niet.
---
Lesje uit {{wijk:Charlois}}: mevr. [[person:Kromosoeto]] had al drie jaar een huurachterstand bij {{org:Woonbron}} en niemand wist dat ze analfabeet was. Pas toen haar kleindochter [[person:Shanice]] op [[date:5 maart]] mee kwam naar het spreekuur viel het kwartje. Les: vraag altijd even of iemand de brieven zelf leest. Dossier [[dossier:WTC-2024-0412]].
---
Notulen casusoverleg {{org:buurtteam Overvecht}}, [[date:di 9 april 2024]]
Aanwezig: [[person:Sanne]] ({{role:buurtteamcoach}}), [[person:Jeroen V.]] ({{role:schuldhulpverlener}}), [[person:Mehmet Aydın]] ({{role:wijkagent}}), [[person:Lotte]] (notulist)
1. Fam. [[person:Çelik]], [[address:Zambesidreef 41]]: vader is weer thuis na de detentie. Moeder [[person:Emine]] wil geen contact met {{org:Veilig Thuis}}. Afspraak: [[person:Sanne]] belt haar [[date:vrijdag 12 april]].
2. Dhr. [[person:Pieters]] (BSN [[bsn:#B]]): aanvraag beschermingsbewind loopt, zitting rechtbank [[date:23-5]].
---
Weet iemand of {{org:Kredietbank Rotterdam}} nog steeds de wachtlijst heeft van 8 weken? Ik zit met een jonge moeder in {{wijk:Tarwewijk}} die er echt niet meer uit komt. Rekening [[iban:#I]] staat al drie maanden rood. Dank! [[person:Noor]], {{role:sociaal werker}} {{org:Dock}}
---
Aan het team: ik ben [[date:15 t/m 26 juli]] met verlof. Lopende zaken: [[person:Aziz El Amrani]] ([[dossier:#88142]]) → [[person:Bas]], mw. [[person:De Wit]] van de [[address:Slaghekstraat 203A]] → [[person:Inge]]. Mw [[person:de Wit]] heeft haar telefoon kwijt, nieuw nummer [[phone:06-43 22 81 90]].
---
Houdoe allemaal! Vraagje vanuit {{wijk:Woensel-Noord}}: hoe gaan jullie om met cliënten die weigeren een {{org:Wmo}}-keukentafelgesprek te doen zolang hun zoon erbij is? Bij ons gaat het om mevrouw [[person:van Gils]] (geb. [[date:3-11-1944]]). Zoon [[person:Harrie]] beheert haar geld en wij vermoeden financieel misbruik. {{org:WIJeindhoven}} heeft het gemeld bij {{org:Veilig Thuis Zuidoost-Brabant}}, meldnummer [[dossier:VT-ZOB-2024-3318]].
---
Ik herken dit van {{wijk:Doornakkers}}. Wij hebben toen een {{role:ouderenadviseur}} laten aanschuiven die mevrouw alleen sprak, zonder zoon. Werkte. Als je wil kan ik je in contact brengen met [[person:Marieke Swinkels]], zij heeft dat gedaan. [[email:m.swinkels@wijeindhoven.nl]]
Houdoe, [[person:Kees]]
---
Casus les — {{wijk:Groenewoud}}, Tilburg
Mijnheer [[person:Rooijakkers]] (71) woont alleen op [[address:Ringbaan-Oost 288]], [[postcode:5013 CA]] Tilburg. Eenzaam, drinkt teveel, hond is zijn alles. Hij weigerde alles tot [[person:Fenna]] van {{org:ContourdeTwern}} aanbood samen de hond uit te laten. Nu komt hij op woensdag naar het buurthuis. Les: begin bij wat iemand wél belangrijk vindt. Registratie [[dossier:CdT-24-00781]].
---
kent iemand een {{role:bewindvoerder}} in tilburg-noord die nog plek heeft? [[person:Bakker]] zit vol. vraag namens [[person:yusuf]] (cliënt [[person:karimi]], geb [[date:12-8-88]]). tnx
---
Moi allemaal, hier [[person:Grietje]] van {{org:WIJ Vinkhuizen}}. Ik zoek contact met iemand van {{org:Lentis}} die verstand heeft van verslaving bij ouderen. Het gaat om een man van 68 aan de [[address:Siersteenlaan 310]], [[postcode:9743ES]]. Hij zegt zelf "t gaait wel", maar de buren melden valpartijen. Wie wait wat?
---
@[[person:Grietje]]: bel [[person:Wiebe Dijkstra]], {{role:verpleegkundig specialist}} bij {{org:Lentis}} ouderenpsychiatrie. [[phone:050 - 522 31 90]]. Hij komt ook gewoon thuis. Mooi zo. [[person:Jantina]]
---
Verslag intervisie {{org:Sociaal Wijkteam Presikhaaf}} ([[date:28/03]])
Casus ingebracht door [[person:Daan]]: jonge vrouw, [[person:Roos]], 24, twee kinderen, woont bij haar moeder op de [[address:Kluizeweg 455]]. Ex dreigt via Snapchat. {{org:Veilig Thuis Gelderland-Midden}} is ingeschakeld. [[person:Roos]] heeft een nieuw mailadres gemaakt ([[email:roosje.arnhem97@gmail.com]]) omdat haar ex in haar oude account zat. Leerpunt: check bij huiselijk geweld ook digitale veiligheid.
---
Vraag: hoe lang duurt een aanvraag {{org:Bijzondere bijstand}} bij jullie in Zwolle? Cliënt in {{wijk:Holtenbroek}} (mw. [[person:Nijhuis]], zaaknr [[dossier:Z-2024/10877]]) wacht al sinds [[date:2 februari]] op een wasmachine. Groetjes [[person:Wendy]] - {{role:Wmo-consulent}}
---
Bij ons 6 tot 8 weken, maar als je belt met {{org:Sociaal Domein Zwolle}} en zegt dat het urgent is (kleine kinderen, geen wasmachine) lukt het soms in 2. Vraag naar [[person:Henk-Jan]]. [[phone:038-4982211]]
---
Amersfoort, {{wijk:Kruiskamp}} – leerervaring
We hadden een gezin uit Eritrea (vader [[person:Tesfay Gebremedhin]], moeder [[person:Letay]]) dat steeds brieven van het {{org:CAK}} negeerde. Bleek: ze dachten dat het reclame was. {{org:Indebuurt033}} heeft een {{role:taalmaatje}} gekoppeld. Schulden nu in beeld via {{org:Stadsring51}}. Adres voor de volledigheid weggelaten, maar BSN vader stond in het eerste verslag ([[bsn:#B.]]), sorry, dat moet eruit.
---
Hoi, nog even over de casus [[person:Van der Linden]]: de {{role:huisarts}} (dokter [[person:Hamstra]]? nee — dr. [[person:Haverkamp]]) wil een verwijzing naar {{org:GGZ Centraal}} alleen doen als meneer zelf komt. Hij komt niet. Iemand ervaring met bemoeizorg-team {{org:Kwintes}}? 
---
Dordrecht, {{wijk:Krispijn}}. Wie kent [[person:Sharon]] van {{org:Juvans}}? Ze heeft ons vorige week een top-tip gegeven over de {{org:Voedselbank Dordrecht}} en ik wil haar bedanken. Zij hielp mw. [[person:Bulut]] ([[address:Bosboom Toussaintstraat 19-rd]], [[postcode:3317 BS]]) aan een intake op [[date:donderdag 18 januari]].
---
Korte vraag: mag een {{role:ervaringsdeskundige}} mee naar een huisbezoek zonder toestemmingsverklaring? Het gaat om een cliënt in {{wijk:Overdie}}, Alkmaar. Mw. [[person:S. Brouwer]] vindt dat goed, maar ze heeft nog niks getekend. Advies? [[person:Jolanda]] ({{org:Socius}})
---
Antwoord: nee, eerst tekenen. Wij in {{wijk:Daalmeer}} gebruiken een korte versie die je ter plekke kan laten tekenen. Ik mail hem je: wat is je adres? — [[person:Priscilla]]
[[person:Jolanda]]: [[email:jolanda.kaan@socius-md.nl]] graag!
---
Venlo, {{wijk:Venlo-Oost}}: alaaf was 't nie, maar toch een mooie les. Mijnheer [[person:Hendrikx]] (geb. [[date:07-07-1957]]), [[address:Hogeweg 71]], had 14 openstaande boetes bij het {{org:CJIB}}. {{role:Schuldhulpverlener}} [[person:Thijs]] van {{org:PuntWelzijn}} heeft een betalingsregeling getroffen van € 25 per maand. Kenmerk CJIB [[dossier:8002 4471 1902 3315]]. Les: CJIB is flexibeler dan je denkt.
---
Emmen, {{wijk:Emmerhout}}. Vraag aan collega's: wie heeft ervaring met woningontruiming bij {{org:Lefier}}? Gezin [[person:Zwiers]] ([[address:Houtweg 12-A]], [[postcode:7823 PA]]) moet er op [[date:1 juni]] uit. Vijf kinderen, jongste is 2. [[person:Geert]] van {{org:Sociaal Team Emmen}}, [[phone:0591-685442]]
---
Notitie huisbezoek [[date:11-3-'24]] – mw [[person:jansen]], {{wijk:Angelslo}}. Niet thuis. Buurvrouw [[person:Hennie]] zegt dat ze bij dochter [[person:Anita]] in Klazienaveen logeert. Volgende poging maandag.
---
Kunnen jullie ff meekijken? Aanvraag Kwijtschelding gemeentelijke belastingen voor dhr. [[person:Ramdin Mahabier]] is afgewezen omdat het rekeningnummer niet klopte. Juiste IBAN: [[iban:#I ]]. BSN [[bsn:#B]]. Ik zet het hier neer zodat [[person:Femke]] het morgen kan doorzetten, ben er zelf niet. (ja ik weet het, dit hoort in het dossier en niet hier 🙈)
---
Lesson learned {{wijk:Kanaleneiland}}: samen met de {{role:wijkverpleegkundige}} van {{org:Buurtzorg}} een vaste huisbezoekdag afgesproken. Mevrouw [[person:Boukhari]] (86, [[address:Marshalllaan 190]]) ging daardoor niet meer drie keer per week naar de {{org:SEH}}. Scheelt iedereen tijd. Met dank aan [[person:Hanneke]] en [[person:Youssef]].
---
Iemand een nummer van de {{org:Sociaal Raadslieden Utrecht}}? Heb een cliënt met een toeslagenschuld van bijna 9.000 euro. Mw. [[person:Pinas]], {{wijk:Zuilen}}, [[phone:06 1839 4402]] (als zij belt: ze is slechthorend, dus even geduld). Kenmerk Belastingdienst/Toeslagen [[dossier:TS-2023-7712049]]
---
@[[person:Iris]]: {{org:Sociaal Raadslieden}} zitten nu bij {{org:Dock}}, algemeen nummer 030-2363200 staat op hun site. Succes ermee!
---
Verslag werkbezoek {{org:buurtteam Lombok}} aan {{org:wijkteam Delfshaven}} ([[date:woensdag 17 april]])
Wat ons opviel: in Rotterdam heeft iedere {{role:buurtcoach}} een vaste {{role:woonconsulent}} van {{org:Havensteder}}. Dat willen wij ook met {{org:Mitros}}. Contactpersoon Havensteder: [[person:Karin Verbeek]], [[email:k.verbeek@havensteder-test.nl]]. Volgende stap: [[person:Anouk]] plant een overleg in mei.
---
Vraag uit {{wijk:Bloemhof}}: we hebben een klant (Poolse man, [[person:Krzysztof Wiśniewski]], ingeschreven [[date:4-9-2023]]) die via een uitzendbureau werkt en in een overvolle woning zit aan de [[address:Hilledijk 88-II]], [[postcode:3074 AC]]. Hij spreekt geen Nederlands of Engels. Kent iemand een Poolssprekende {{role:maatschappelijk werker}} in Rotterdam-Zuid? Alvast bedankt, [[person:Rachid]]
---
Ja! [[person:Agnieszka Nowak]] van {{org:Barka}}, die zit op woensdag in {{wijk:Afrikaanderwijk}}. [[phone:+31 6 2471 0985]]. Zeg maar dat [[person:Marco]] je stuurt.
---
Tilburg, notities teamoverleg {{org:wijkteam Stokhasselt}}
- Ouderen: mw. [[person:Van Esch]] en mw. [[person:Van den Berg]] willen samen naar de dagbesteding van {{org:De Wever}}. Indicatie aanvragen (case [[dossier:TB-WMO-55812]]).
- Huiselijk geweld: melding [[person:Tahiri]] afgesloten, zie [[dossier:VT-MWB-2024-0213]].
- Houdoe [[person:Frans]], die na 31 jaar met pensioen gaat! Taart op vrijdag.
---
Vraag: hoe krijg ik iemand zonder vast adres ingeschreven op een briefadres in Groningen? Man (39), slaapt in zijn auto bij {{wijk:Beijum}}. Naam [[person:Ronald Kuipers]], BSN [[bsn:#B ]]. {{org:Leger des Heils}} wil alleen helpen als hij eerst ingeschreven is bij de gemeente. Kip-ei verhaal. [[person:Marjan]], {{org:WIJ Beijum}}
---
[[person:Marjan]], briefadres gaat via de {{org:Stadsbank}}? Nee, via {{org:Publiekszaken}}: hij moet een formulier invullen plus verklaring hoofdbewoner. Als dat niet lukt, kan het via het {{org:Leger des Heils}}. Groetnis, [[person:Alie]]
---
Les uit {{wijk:Malburgen}}: vertrouw niet blind op de {{role:bewindvoerder}}. Bewindvoerder [[person:G. Hermsen]] van {{org:Bewindvoering Oost}} had de huur van mevrouw [[person:Meijerink]] een half jaar niet overgemaakt. Vanaf rekening [[iban:#I]] ging het geld wel weg, maar nooit naar {{org:Vivare}}. Melding gedaan bij de kantonrechter op [[date:20-11-2023]], rekestnr. [[dossier:11203477 BM VERZ 23-1841]].
---
Hoi {{org:Sociaal Wijkteam Klarendal}}! Kan iemand de {{role:jongerenwerker}} [[person:Sem]] doorgeven dat [[person:Dion]] (16) weer thuis is? Moeder belde net, [[phone:026 - 351 22 87]]. Zij is op [[date:14 mei]] te bereiken na 15u.
---
Intake [[date:08.05.2024]] - {{wijk:Geitenkamp}} - [[person:Hatice]]
Cliënt: mevr. [[person:N. Öztürk]], [[address:Kemperbergerweg 19 huis]], [[postcode:6816RM]]
Vraag: hulp bij post en regelzaken na overlijden echtgenoot [[person:Hüseyin]] (overleden [[date:2 april]]).
Actie: aanmelden {{org:Humanitas}} thuisadministratie.
---
quick one: weet iemand of {{org:Dimence}} in {{wijk:Diezerpoort}} nog een inloop heeft op dinsdag? zit met dhr [[person:ter horst]] die echt alleen komt als ie zelf binnen kan lopen. [[person:niels]]
---
Ja, dinsdagochtend tussen 10 en 12, bij het wijkcentrum. [[person:Ilse]] zit er meestal. Ze kent dhr. [[person:Ter Horst]] al van eerder trouwens.
---
Amersfoort – {{wijk:Liendert}} – casusles "De verzwegen schuld"
Mevrouw [[person:Kartosen]] ([[date:29 december 1972]]) kwam voor hulp bij het aanvragen van huurtoeslag. Pas in het vijfde gesprek vertelde ze over de lening van 12.000 euro bij een neef, [[person:Rodney]]. Haar telefoon: [[phone:06-19283746]]. Les: bouw eerst vertrouwen, de echte vraag komt later. {{role:Schuldhulpmaatje}} via {{org:SchuldHulpMaatje Amersfoort}}.
---
Vraagje van {{org:Sociaal Wijkteam Crabbehof}}: wie heeft een goede folder over de {{org:WSNP}} in simpele taal? Voor meneer [[person:Doğan]] (zaak [[dossier:DR-SHV-24-0088]]). Hij is laaggeletterd en zijn dochter [[person:Elif]] vertaalt alles.
---
Wielwijk – overdracht
[[person:Stefan]], dit zijn de lopende zaken van [[person:Manon]]: 
• [[person:Hoop]] (ja, zo heet ze echt), [[address:Mauritsweg 14]] → afspraak [[date:ma 3 juni]] met {{org:Yulius}}
• Dhr. [[person:Visser]], [[address:Bachplein 7 bis]] → wacht op {{org:Wmo}}-besluit (traplift)
• Fam. [[person:Gomes Tavares]] → zie verslag, tel. [[phone:078-6512390]]
---
Alkmaar, {{wijk:Oudorp}}. Is er iemand die weet hoe het zit met de eigen bijdrage {{org:CAK}} als iemand twee keer bij het {{org:Wmo-loket}} bekend is? Mevrouw [[person:Schermerhorn]] krijgt twee rekeningen. Kenmerk CAK [[dossier:6012 4471 90]]. Graag reactie! [[person:Peter]]
---
Venlo, {{wijk:Blerick}}: we beginnen een maandelijks inloopspreekuur in het buurthuis. Iedereen van het {{org:Sociaal Wijkteam Venlo}} die wil meedraaien, meld je bij [[person:Ellen Peeters]] ([[email:e.peeters@venlo-wijkteam.nl]]). Eerste keer is op [[date:donderdag 6 juni]]. Het spreekuur is óók voor mensen uit Tegelen.
---
Kennisdeling {{wijk:Emmermeer}}: bij jonge mantelzorgers (kinderen die voor een ouder zorgen) hebben we nu een vaste route met het {{org:CJG}}. Voorbeeld: [[person:Luuk]] (14) zorgt voor zijn moeder met MS op de [[address:Spoorstraat 101]]. Moeder, [[person:Petra Lubbers]], BSN [[bsn:#B]], krijgt nu huishoudelijke hulp via de {{org:Wmo}}. [[person:Luuk]] gaat naar de {{org:JMZ-groep}} van {{org:Sedna}}.
---
Groningen, {{wijk:Selwerd}}. Vraag: {{org:Nijestee}} wil een cliënt huisuitzetten vanwege overlast, maar wij zien vooral een man met autisme die niemand begrijpt. Wie heeft ervaring met een {{role:gedragsdeskundige}} inzetten richting corporatie? Cliënt [[person:Jelle Oosterhof]], [[address:Aweg 22a]], [[postcode:9718 CV]]. Mvg, [[person:Sjoukje]]
---
[[person:Sjoukje]], doe het. Wij hadden met {{org:Accare}}-achtige expertise via {{org:Autisme Team Noord-Nederland}} een rapport dat de rechter overtuigde. Zaak van toen: [[dossier:AT-NN-2022-417]], dhr [[person:Bos]] uit {{wijk:Lewenborg}}. Wel even anonimiseren als je het doorstuurt ;) [[person:Harm]]
---
Rotterdams praatje tussendoor: heb vandaag met Ome [[person:Kees]] van de {{wijk:Crooswijk}}se volkstuin gesproken (ja die heet echt zo, [[person:Kees Mulder]]) en hij wil wel twee cliënten een tuintje geven. Wie heb er iemand voor? Ik hoor het wel, bel me: [[phone:06 52 90 11 38]]. Groetjes, [[person:Dewi]] van {{org:Wijkteam Kralingen-Crooswijk}}
---
Ik heb er een! Meneer [[person:Mohan]]... eh, dhr. [[person:Jagesar]] van de [[address:Boezemweg 51-B]], sinds zijn pensioen in maart alleen nog binnen. Ik app je. [[person:Rutger]]
---
Verslag themabijeenkomst "Bemoeizorg" Utrecht, [[date:21 mei 2024]]
Sprekers: drs. [[person:Anne-Fleur Kok]] ({{role:psychiater}}, {{org:Altrecht}}) en [[person:Bram]] ({{role:ervaringsdeskundige}}).
Kernboodschap: "Kom terug, ook als je de deur niet in mag." Casus ter illustratie uit {{wijk:Hoograven}} (geanonimiseerd, al noemde [[person:Bram]] per ongeluk de straat: [[address:Briljantlaan 80]]).
Volgende bijeenkomst: [[date:19 september]].
---
Kent iemand een {{role:tolk}} Tigrinya die ook op korte termijn kan? Voor gezin [[person:Habte]] in {{wijk:Ondiep}}, gesprek met {{org:UWV}} op [[date:28-06]]. Tolkcentrum kan pas half juli. [[person:Evelien]]
---
Eindhoven, {{wijk:Strijp}}. Financiële situatie dhr. [[person:Ivanov]] (Bulgaars, 43): inkomen via uitzendbureau, loon op [[iban:#I]], huur bij {{org:Woonbedrijf}} (contractnr. [[dossier:400187223]]). Hij heeft een Bulgaars telefoonnummer [[phone:+359 88 712 3456]] en een NL nummer [[phone:06-81234590]]. {{role:Budgetcoach}} [[person:Lieke]] pakt het op.
---
Vraag: heeft iemand een format voor een Plan van Aanpak dat door zowel {{org:Buurtteam}} als {{org:GGD}} geaccepteerd wordt? Wij werken nu met twee formulieren voor dezelfde cliënt. Ik ben [[person:Astrid]], {{wijk:Tongelre}}. Houdoe en bedankt.
---
Les uit {{wijk:Lakerlopen}}: mw. [[person:Sanders-Verhoeven]] (89) had een alarmknop maar die stond nog op het nummer van haar overleden man [[person:Sjef]]. {{org:Vitalis}} heeft het aangepast naar dochter [[person:Miranda]], [[phone:040 - 211 45 36]]. Kleine moeite, groot verschil. Check het bij al je ouderen!
---
kent iemand nog een adres voor tweedehands meubels in Tilburg? mevr [[person:el hamdaoui]] krijgt [[date:24/6]] de sleutel van [[address:Jan Heijnsstraat 66]] en heeft nix. [[email:wijkteam.korvel@tilburg-test.nl]] of gewoon hier reageren
---
@Korvel: {{org:Kringloop Tilburg}} en de {{org:Meubelbank}} van {{org:Leger des Heils}}. Bij de meubelbank moet je een verwijsbrief sturen naar [[email:meubelbank.tilburg@legerdesheils-test.nl]]. Succes! [[person:Marloes]]
---
Notulen {{org:Zorg- en Veiligheidshuis Groningen}} – casus [[dossier:ZVH-GR-2024-0193]]
Datum: [[date:3 juli]]
Betrokkenen: [[person:D. Wubbena]] ({{role:reclasseringswerker}}, {{org:Reclassering Nederland}}), [[person:Fokje Hazenberg]] ({{org:WIJ Oosterparkwijk}}), {{role:wijkagent}} [[person:Van Dam]].
Cliënt: [[person:Martijn S.]], geb. [[date:13-01-1990]]... correctie: geboortedatum is [[date:13-10-1990]].
Afspraak: [[person:Fokje]] blijft {{role:casusregisseur}}.
---
Hoi, ik mis een stuk van het verslag van [[date:ma 15-4]]. Wie heeft de aantekeningen over de familie [[person:Kaya]]? [[person:Tamara]] zei dat [[person:Rik]] ze had. Zwolle, {{wijk:Aa-landen}}.
---
Arnhem {{wijk:Het Broek}} – les
Een Syrische familie, vader [[person:Mahmoud Al-Khatib]] ([[phone:06 4410 2277]]), kreeg elke maand een naheffing van de {{org:Belastingdienst}} voor de kinderopvangtoeslag. Dochter [[person:Rasha]] van 16 deed de administratie. Wij hebben {{org:Vluchtelingenwerk Oost Nederland}} erbij gehaald. BSN vader: [[bsn:#B.]] (voor de aanvraag, NIET delen buiten team — oeps, verkeerd kanaal).
---
Vraag: wie heeft ervaring met {{org:Begeleid Wonen}} bij {{org:Iriszorg}}? Cliënte [[person:Jamila]] ([[date:20-3-2001]]) moet uit de maatschappelijke opvang en wil naar {{wijk:Presikhaaf}}. Graag tips. [[person:Bart]], {{role:trajectbegeleider}}
---
Zwolle {{wijk:Stadshagen}}: wij hebben een buurtkamer opgezet met vrijwilligers. Dank aan [[person:Gerda Smit]] en [[person:Wim]] die elke dinsdag koffie schenken. Mevrouw [[person:de Graaf]] van nummer 12... ehm, [[address:Werkerlaan 12]], komt nu elke week. Eenzaamheid pak je niet aan met een indicatie.
---
Snelle vraag voor Amersfoort: wie is de nieuwe contactpersoon bij {{org:Portaal}} voor {{wijk:Soesterkwartier}}? [[person:Erik Willems]] is weg. Ik moet iets regelen voor mw. [[person:Adjei]] ([[address:Soesterweg 310-4]], [[postcode:3812 BK]]).
---
@vraag Soesterkwartier: dat is nu [[person:Lisanne Hofstede]], [[email:l.hofstede@portaal-voorbeeld.nl]], [[phone:033 - 750 22 40]].
---
Dordrecht – {{wijk:Sterrenburg}} – intervisie
Casus: dhr. [[person:Bakker]] (55) en zijn broer [[person:Johan Bakker]] wonen samen, allebei LVB. Een "vriend" heeft hun bankpas. Rekening broers: [[iban:#I ]]. {{org:MEE}} en de {{role:wijkagent}} hebben samen de pas teruggehaald. Aangifte [[dossier:PL1700-2024102233]]. Les: financieel misbruik bij LVB vraagt snel handelen.
---
Alkmaar, {{wijk:Vroonermeer}}. Graag jullie ervaring: {{org:Woonwaard}} wil een Laatste kans-contract aanbieden aan mw. [[person:Kramer]]. Zijn er teams die zo'n traject hebben begeleid? Haar dossier bij ons: [[dossier:ALK/SWT/2024/117]]. Dank, [[person:Sabine]]
---
Venlo – {{wijk:Tegelen}} – mijn lesje van de week: bel niet alleen de {{role:POH-GGZ}}, maar loop binnen. Dhr. [[person:Janssen]], ik bedoel dhr. [[person:Jeurissen]], was al zes weken niet verschenen en de POH wist niet eens dat hij verhuisd was naar [[address:Kaldenkerkerweg 20-2]], [[postcode:5913 AE]]. Nieuw nr [[phone:077-3512908]].
---
Emmen, {{wijk:Bargeres}}. Melding {{org:Vroegsignalering}}: huurachterstand Fam. [[person:Hadzic]] bij {{org:Domesta}}. Meldingsnr [[dossier:VS-EMN-0442-24]]. Contact eerder via [[email:s.hadzic1979@hotmail.com]] maar mail komt terug. Wie gaat langs? [[person:Janneke]] kan [[date:dinsdag 21 mei]].
---
Groningen – {{wijk:De Hoogte}}: "As't nait kin zoas 't mout, mout 't mor zoas 't kin." Zo zei mevrouw [[person:Tuinman]] het, toen we voor de derde keer de thuiszorg moesten annuleren. Ze woont op [[address:Bedumerweg 54 a]] en wil alleen [[person:Klaske]] over de vloer. Les: continuïteit van gezichten is bij ouderen alles.
---
vraag aan {{org:WIJ Korrewegwijk}}: hebben jullie nog contact met [[person:Bouke Mulder]]? Hij belde ons vanaf [[phone:0031 6 39 48 57 02]] maar wij kennen hem niet. Zegt dat hij bij jullie een {{role:coach}} heeft. Registratie bij ons: [[dossier:#60017]].
---
Rotterdam {{wijk:Oude Westen}}: gezin [[person:Fernandes]] (Kaapverdisch), moeder [[person:Maria da Luz Fernandes]], geb. [[date:1-6-1986]], woont met vier kinderen op [[address:Gaffelstraat 44-b2]], [[postcode:3014 RK]]. Beschimmeld huis. {{org:Woonstad Rotterdam}} reageert niet. {{org:Stichting !WOON}} ingeschakeld. Zaaknr bij ons [[dossier:R-WT-2024-008812]].
---
Kent iemand de regels rond een Persoonsgebonden budget voor iemand met een {{role:bewindvoerder}}? Mijnheer [[person:Lindeboom]] uit {{wijk:Carnisse}} krijgt zijn pgb op [[iban:#I]] en bewindvoerder [[person:Marcel de Jong]] weet van niks. [[person:Yvonne]]
---
Verslag: [[date:12 maart]], overleg {{org:Sociaal Team Emmen}} en {{org:GGZ Drenthe}}
- Mw. [[person:Kuipers]] ([[dossier:SD-EM-77410]]) gaat naar beschermd wonen.
- Dhr. [[person:Mensink]]: {{role:casemanager dementie}} [[person:Trijntje]] neemt over.
- Afspraak: iedere 6 weken gezamenlijk overleg, eerstvolgende [[date:23-04-2024]].
---
Leerervaring uit Utrecht, {{wijk:Overvecht}}: wij vroegen een Afghaanse vader ([[person:Ahmad Rahimi]]) steeds om "een formulier te tekenen". Hij weigerde. Bleek dat een eerdere handtekening in Iran tot een schuld had geleid. Nu leggen we eerst uit. Zijn vrouw [[person:Zahra]] spreekt beter Nederlands en belt zelf: [[phone:06-23 45 67 18]].
---
Iemand ervaring met {{org:Schuldhulpverlening Eindhoven}} en een ZZP'er? Dhr. [[person:Verhagen]], {{wijk:'t Hofke}}, KvK-nummer weet ik niet, maar hij heeft schulden op [[iban:#I ]] en [[iban:#I]] (zakelijk). BSN: [[bsn:#B]]. {{org:Bbz}} aanvraag loopt. Houdoe, [[person:Roel]]
---
Vraag van [[person:Merel]] ({{org:Sociaal Wijkteam Arnhem-Noord}}): wie kan mij helpen met een {{org:Wlz}}-indicatie via het {{org:CIZ}}? Mevrouw [[person:Brinkhuis]], [[date:2 oktober 1938]], kan echt niet meer alleen wonen. Dochter [[person:Ria]] is {{role:mantelzorger}} en op.
---
@[[person:Merel]], [[person:Hans]] hier. Onze {{role:wijkverpleegkundige}} [[person:Yasmina]] heeft dit vaker gedaan. Mail haar op [[email:yasmina.b@wijkteam-arnhem.nl]].
---
Tilburg {{wijk:Jeruzalem}}. Gelukt! Na vier maanden heeft dhr. [[person:Schoenmakers]] (al 20 jaar bekend bij {{org:GGZ Breburg}}) eindelijk zelf een afspraak gemaakt bij de {{role:huisarts}}. {{role:Wijkverpleegkundige}} [[person:Anke]] en ik bleven iedere donderdag op de stoep staan. Adres ter info voor de collega's die overnemen: [[address:Hoefstraat 129]], bel eerst [[phone:013 - 543 21 09]].
---
Graag snel reactie: bewindvoerder vraagt om bevestiging van BSN [[bsn:#B ]] en IBAN [[iban:#I]] van mw. [[person:Mei Ling Chen]] ({{wijk:Lombardijen}}). Klopt dit met wat jullie hebben? [[person:Kevin]], {{org:Wijkteam IJsselmonde}}
---
[[person:Kevin]], dit hoort niet op het platform! Stuur via beveiligde mail. Groet, [[person:Ayşe]] ({{role:privacy-coördinator}})
---
Kent iemand [[person:De Koster]] van {{org:Stichting Aandacht+}}? Ze zou een {{role:maatje}} hebben voor meneer [[person:Lont]] in {{wijk:Zuilen}}, maar ik krijg haar niet te pakken. Mail naar [[email:dekoster@aandachtplus-test.nl]] komt terug.
---
Rectificatie bij het verslag van gisteren: de geboortedatum van [[person:Dilan]] is niet [[date:4 april 2009]] maar [[date:4 mei 2009]], en het adres is [[address:Obrechtstraat 82-III]], [[postcode:2517VW]] moet zijn [[postcode:3572 EC]] Utrecht. Sorry. [[person:Nathalie]]
---
Eindhoven, {{wijk:Woensel-Zuid}}: huisbezoek [[date:wo 10/4]] samen met {{role:Wmo-consulent}} [[person:Joost]]. Mw. [[person:Claassen]] (83), [[address:Kastanjelaan 5]], [[postcode:5616 LP]]. Valt vaak, wil geen rollator "want dan ben ik oud". Ondersteuning via {{org:Zuidzorg}} gestart. BSN [[bsn:#B.]], dossier [[dossier:WIJ-EHV-2024-11920]].
---
houdoe, ff een vraagje: iemand die weet of {{org:Stichting Leergeld}} ook laptops geeft aan mbo'ers boven de 18? Voor [[person:Dani]] uit {{wijk:Stokhasselt}}. Zijn moeder ([[person:Joyce]]) betaalt verder nergens meer van. Dankjewel!
---
Groningen, {{wijk:Paddepoel}}. Nieuwe aanmelding via {{org:Stadsbank Groningen}}: dhr. [[person:Rijpkema]], [[date:15-09-1975]], [[address:Pleiadenlaan 101]], [[postcode:9742 GJ]], tel [[phone:050-5716843]], IBAN [[iban:#I ]], BSN [[bsn:#B]]. Schuldenbedrag ca. 38.000. Wie pakt het op? [[person:Anneke]] zit vol.
---
Reactie: ik pak [[person:Rijpkema]] op. Ken hem nog uit {{wijk:Selwerd}}, toen was zijn vrouw [[person:Gea]] er nog. [[person:Tjitske]]
---
Arnhem: nieuwe collega voorstellen! Welkom [[person:Soufiane Amrani]], {{role:jongerenwerker}} bij {{org:Rijnstad}} in {{wijk:Malburgen}}. Hij is bereikbaar via [[email:s.amrani@rijnstad-test.nl]] en [[phone:06-31 72 84 09]].
---
Vraag uit Zwolle: {{org:Vrouwenopvang}} in {{wijk:Diezerpoort}} heeft plek, maar cliënte [[person:Kadiatou]] ([[dossier:VT-IJL-2024-6610]]) wil haar kat niet achterlaten. Iemand een oplossing? {{org:Dierenopvang}} is vol.
---
Amersfoort {{wijk:Schothorst}}: bij [[person:Hannah]] en [[person:Robin van Dijk]] (pleeggezin) zit een jongen van 17 die zijn 18e verjaardag op [[date:9 november]] vreest. Hoe regelen jullie de overgang van jeugdhulp naar {{org:Wmo}}? {{role:Jeugdconsulent}} [[person:Sevda]] wil graag tips.
---
Mededeling Dordrecht: kantoor {{org:Sociaal Wijkteam Dordrecht-West}} is op [[date:27 mei]] gesloten (studiedag). Spoed? Bel [[person:Laura]] ([[phone:06 2004 8871]]).
---
Les: mw. [[person:Ferrari]] (nee, geen grap) uit {{wijk:Overdie}} bleek haar AOW op een oude rekening [[iban:#I]] te krijgen waar haar ex-man [[person:Dirk]] nog bij kon. Nieuwe rekening geopend, {{org:SVB}} ingelicht op [[date:31-1-2024]]. Kenmerk SVB [[dossier:SVB-1147-882-03]]. Check altijd op wiens naam de rekening staat.
---
Venlo. Wie weet hoe ik een Bijstandsuitkering voor een Roemeense EU-burger regel? Dhr. [[person:Popescu]], [[address:Straelseweg 141]], [[postcode:5911 EE]], sinds anderhalf jaar in NL, werkloos na bedrijfsongeval. BSN [[bsn:#B ]]. Tel. [[phone:+40 721 334 556]]. [[person:Maud]], {{org:Sociaal Wijkteam Venlo}}
---
Emmen – eenzaamheid bij jongeren. Onze {{role:jongerenwerker}} [[person:Rick]] organiseert elke vrijdag gamen in {{wijk:Angelslo}}. Via die avonden kwam [[person:Jesse]] (19) in beeld, die sinds de zomer niet meer buiten was. Moeder: [[email:h.bruins@home.nl]]. Nu gekoppeld aan {{org:GGZ Drenthe}}.
---
Kort: heeft iemand het nummer van {{org:Veilig Thuis Utrecht}} voor professionals? En: ik heb per ongeluk het dossier van [[person:Ouaali]] ([[dossier:BT-UT-93217]]) in het verkeerde team gezet, kan [[person:Thomas]] dat terugzetten?
---
Intake Rotterdam {{wijk:Delfshaven}} [[date:2024-05-14]]: cliënt [[person:Adebayo Mensah]] (Ghanees, 51), [[address:Schiedamseweg 192A]], [[postcode:3025 AJ]]. Vraag: betaalbare tandarts, schulden. {{org:Kredietbank Rotterdam}} aanmelding. IBAN [[iban:#I ]], BSN [[bsn:#B.]]. Contact: [[phone:010 - 476 19 33]], [[email:amensah51@yahoo.com]].
---
Kent iemand een {{role:psycholoog}} die Somali spreekt? Voor [[person:Hodan]] (geb. [[date:2-2-1995]]), doorverwezen door {{role:huisarts}} [[person:Brink]], {{wijk:Hillesluis}}. {{org:i-psy}} heeft een wachtlijst van vijf maanden.
---
Terugkoppeling thema-avond ouderen Tilburg: de {{org:Contourdetwern}}-ouderenadviseurs willen graag samenwerken met de {{role:wijkverpleegkundigen}} van {{org:Thebe}}. Contact: [[person:Wilma van Hout]], [[email:w.vanhout@thebe-test.nl]]. Voorbeeldcasus die genoemd werd: mevrouw [[person:Roos]] in {{wijk:Groenewoud}} (ja, de dame met de rozen 🌹).
---
Alkmaar: bewaar dit even — hoe kwam ik aan de toestemming van dhr. [[person:Smit]]? Getekend op [[date:zaterdag 2 maart]] bij hem thuis ([[address:Van Everdingenstraat 33-zw]]), met [[person:Femke]] als getuige. Staat in [[dossier:SWT-ALK-2024-0231]].
---
Hoi allemaal, [[person:Gülsen]] hier van {{org:buurtteam Kanaleneiland}}. Iemand ervaring met een Participatiewet-ontheffing voor een moeder met drie kinderen onder de 5? Mw. [[person:Benali]], geboren [[date:11 december 1993]]. Zij zit nu op [[iban:#I]] zonder buffer, de kinderbijslag komt pas over 3 weken.
---
Casusles Rotterdam-Zuid, {{wijk:Hillesluis}} – "Eén rekening, drie mensen"
Bij de aanmelding door {{org:Vroegsignalering Rotterdam}} leek het om één huurachterstand te gaan. Mevrouw [[person:Naima Ouled Ali]] ([[date:17-8-1979]]), BSN [[bsn:#B]], woont met haar twee volwassen zoons op de [[address:Beijerlandselaan 64-C]], [[postcode:3074 EK]]. Al het inkomen, ook het loon van zoon [[person:Bilal]], kwam binnen op één rekening, [[iban:#I ]]. Toen zoon [[person:Anouar]] een telefoonabonnement afsloot en niet betaalde, ging de huur van die rekening niet meer af. Wat werkte: de {{role:schuldhulpverlener}} van {{org:Kredietbank Rotterdam}} heeft met alle drie aan tafel gezeten, en ieder kreeg een eigen rekening. Leerpunt voor andere teams: vraag bij gezinnen met volwassen kinderen altijd wie er van welke rekening leeft. Dossier [[dossier:RTM-SWT-2024-15523]].
---
Utrecht, {{wijk:Ondiep}}, overdracht aan {{org:buurtteam Zuilen}} na verhuizing
Hoi [[person:Marloes]], zoals besproken draag ik dhr. [[person:Wouter de Bruijn]] aan jullie over. Hij woont sinds [[date:1 april]] op [[address:Amsterdamsestraatweg 560 bis]], [[postcode:3553 EM]]. BSN [[bsn:#B.]]. Uitkering loopt via {{org:Werk en Inkomen Utrecht}}, betaald op [[iban:#I]]. Zijn {{role:bewindvoerder}} is mr. [[person:Tanja Rosendaal]] ([[phone:030-2715560]]). Hij drinkt minder sinds hij bij de {{org:Tussenvoorziening}} woonde, maar is bang voor terugval nu hij alleen is. Hij wil graag dat [[person:Leon]], zijn vaste {{role:ambulant begeleider}}, blijft komen. Succes!
---
Groningen, {{wijk:Vinkhuizen}}, vraag van [[person:Roelie]]: kent iemand een manier om een automatische incasso van een sportschool stop te zetten als de cliënt geen DigiD heeft? Dhr. [[person:Hoekstra]] (geb. [[date:22 juni 1966]], BSN [[bsn:#B ]]) betaalt al twee jaar € 34,99 per maand vanaf [[iban:#I ]] voor een abonnement dat hij nooit gebruikt. De bank ({{org:Rabobank}}) zegt dat hij zelf moet bellen, maar hij hoort slecht. Alvast tank joe!"""

rng = random.Random(34)


def bsn(style):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 == 10:
            continue
        n = "".join(map(str, d)) + str(d9)
        if style == ".":
            return n[:4] + "." + n[4:6] + "." + n[6:]
        if style == " ":
            return n[:3] + " " + n[3:6] + " " + n[6:]
        return n


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban(style):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    s = "NL%02d%s" % (chk, bban)
    if style == " ":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def valid_bsn(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def valid_iban(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


PAT = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in PAT.finditer(src):
        out.append(src[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            label, txt, lst = m.group(1), m.group(2), pii
            if label == "bsn" and txt.startswith("#B"):
                txt = bsn(txt[2:])
            if label == "iban" and txt.startswith("#I"):
                txt = iban(txt[2:])
        else:
            label, txt, lst = m.group(3), m.group(4), keep
        lst.append({"start": cur, "end": cur + len(txt), "label": label, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, chunk in enumerate(RAW.strip().split("\n---\n")):
        text, pii, keep = parse(chunk.strip())
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"] and s["text"].strip() == s["text"], (
                i,
                s,
            )
        for s in pii:
            assert s["label"] in {
                "person",
                "bsn",
                "phone",
                "email",
                "iban",
                "postcode",
                "address",
                "date",
                "dossier",
            }, s
            if s["label"] == "bsn":
                assert valid_bsn(s["text"]), s
            if s["label"] == "iban":
                assert valid_iban(s["text"]), s
        for s in keep:
            assert s["label"] in {"wijk", "org", "role"}, s
        assert pii, i
        assert "[[" not in text and "{{" not in text, i
        recs.append({"id": "ho34-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout34.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs) / len(recs)
    print(len(recs), "texts; avg words %.1f" % words)
    print("pii", dict(pc), "total", sum(pc.values()))
    print("keep", dict(kc))


if __name__ == "__main__":
    main()
