#!/usr/bin/env python3
"""Held-out corpus 63: dictated notes (speech-to-text), phone logs, handovers,
to-do lists and post-it reminders of social neighbourhood care professionals.

Texts are written with inline markup:
  [[p:...]] person  [[b:...]] bsn  [[t:...]] phone  [[e:...]] email  [[i:...]] iban
  [[pc:...]] postcode  [[a:...]] address  [[d:...]] date  [[ds:...]] dossier
  {{w:...}} wijk  {{o:...}} org  {{r:...}} role
BSN and IBAN values are generated (11-check / mod-97) from placeholders
#BSN #BSNDOT #BSNSP #IBAN #IBANSP #IBANLOW.
Running this script deterministically writes heldout63.jsonl next to itself.
"""

import json, os, random, re, sys

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

RAW = r"""
§§
huisbezoek mevrouw [[p:boutaleb]] samen met [[p:Ilse]] van {{o:MEE}} punt mevrouw woont op de [[a:Hoefkade honderdtwaalf a]] tweede etage geen lift punt ze gaf aan dat de {{o:Haag Wonen}} brief over de huurachterstand nog steeds in de la ligt komma ze durft hem niet open te maken punt dochter [[p:Samira]] was erbij en vertaalde waar nodig punt afspraak gemaakt voor [[d:dertien juni]] om half tien komma dan gaan we samen de post doorlopen punt nieuwe regel schulden geschat op ongeveer vierduizend euro
§§
Gesprek gevoerd met dhr [[p:Jagessar]] (spreek uit [[p:dja-ges-sar]], [[p:J van Jan a g e s s a r]]) op zijn adres [[a:Jan Blankenstraat 47-hs]]. Meneer is 71 en sinds het overlijden van zijn vrouw in maart erg op zichzelf. Eet slecht, de koelkast was leeg. Zoon [[p:Rakesh]] woont in Zoetermeer en komt eens per twee weken. Volgende stap: aanmelden bij de {{r:ouderenconsulent}} en maaltijdservice bespreken. Ik bel hem [[d:maandag 3 feb]] terug op [[t:070 388 21 04]].
§§
notitie telefoongesprek 10.15 uur  mevrouw [[p:Kowalczyk]] belde zelf met [[p:K van Karel o w a l c z y k]]  ze heeft een nieuwe brief van het {{o:CAK}} gekregen en begrijpt niet waarom ze meer moet betalen  heeft geen digid  ik heb gezegd dat ik [[d:donderdag de zesde]] langs kom  adres [[a:Vaillantlaan drie honderd vier]] bel [[t:nul zes vier zeven een acht twee twee nul negen]]
§§
Overdracht [[p:Marloes]] -> [[p:Bart]] (ivm verlof t/m eind mei)

- [[p:Hüseyin Demir]], [[a:Zuiderparklaan 204B]], [[pc:2574 HB]]: wacht op beschikking Wmo voor traplift, aangevraagd [[d:12 maart]]. Als die er is even bellen met dochter [[p:Emine]] [[t:06-41 20 88 13]].
- mw [[p:de wit]] ({{w:Moerwijk}}): gaat goed, alleen nog 1x nabellen.
- Fam. [[p:Tahiri]]: ZIE DOSSIER [[ds:SWT-24-0931]]. Spannend, {{o:Veilig Thuis}} is betrokken, contactpersoon daar is [[p:Yvonne]].
§§
TODO vrijdag
[ ] [[p:Roos]] terugbellen ivm voedselbank
[ ] {{o:Kessler Stichting}} mailen over dhr [[p:Vreden]]
[ ] formulier bijzondere bijstand [[p:Sedney]] nog tekenen!!
[ ] agenda: [[d:di 11/6]] MDO {{w:Transvaal}}
§§
mw [[p:visser]] bellen [[t:06 28 44 19 07]] na 14u, niet eerder (slaapt)
§§
voicemail van [[p:Gloria Pinas]] ingesproken om kwart over negen ze zegt hallo met [[p:gloria]] eh ik bel voor mijn moeder mevrouw [[p:Pinas]] uit de [[a:Wouwermanstraat dertig]] eh ze is gevallen en ligt in het {{o:HMC}} kunt u mij terugbellen mijn nummer is [[t:nul zes een twee drie acht acht vijf vijf zes]] dank u wel dag
§§
Huisbezoek [[d:2 april]] met de {{r:wijkverpleegkundige}} ([[p:Femke]]). Dhr. [[p:Baas]] woont met zijn hond op [[a:Gaslaan 9]]. Zijn vorige baas bij de gemeentereiniging heeft hem na 30 jaar ontslagen en sindsdien is het bergafwaarts. Geen schulden zover bekend, wel vervuiling en een rattenprobleem. [[p:Femke]] regelt wondzorg voor zijn been, ik pak de woning op met {{o:Staedion}}. Volgende keer ook zus [[p:Truus]] betrekken ([[p:Truus]] woont in {{w:Duindorp}}).
§§
Telefonisch contact met dhr. [[p:Stoyan Petrov]] via tolk (Bulgaars, tolknummer niet nodig). Hij werkt via een uitzendbureau in de kassen en woont met 6 anderen op [[a:Hoefkade 318 3e]]. Geen BRP-inschrijving op dat adres. Hij wil zich inschrijven maar de verhuurder weigert. Doorverwezen naar het {{o:Juridisch Loket}}. Nummer: [[t:+359 88 412 3370]] (Bulgaars) en nieuw NL-nummer [[t:06 84 21 77 30]].
§§
ingesproken door [[p:Nadia]] (maatsch. werk) - mw [[p:yilmaz]] eh nee [[p:jil maas]] staat er maar het is [[p:Yılmaz]] met de i zonder puntje - geboren [[d:vier november negentien negenenvijftig]] - woont [[a:Paul Krugerlaan honderdeen a]] - heeft pijn in de rug en komt de trap niet meer af - graag {{o:Wmo-loket}} inschakelen voor huishoudelijke hulp
§§
Bel-log [[d:14-5]]
09:40 gebeld door [[p:Mehmet]] (zoon van mw [[p:Öztürk]]) – moeder heeft weer brief van deurwaarder. Terug te bellen op [[t:0614283906]].
11:05 teruggebeld, geen gehoor.
13:30 contact. Deurwaarder is van {{o:Flanderijn}}, kenmerk [[ds:FL 2240-88731]]. Afgesproken dat hij de brief scant en naar [[e:m.ozturk1989@hotmail.com]] ... nee naar mijn werkmail stuurt.
§§
post-it: [[p:Hoop]] (buurvrouw van mw [[p:Koster]]) heeft sleutel!!! [[t:070-3634512]]
§§
Gesprek op kantoor {{o:Servicepunt XL}} {{w:Laak}}. Aanwezig: mw. [[p:Semhar Tesfay]], haar broer [[p:Yonas]] en ik. Mw. is 24, statushouder sinds 2021, woont met haar dochtertje (2) op [[a:Leeghwaterplein 12-II]], [[pc:2521 DB]]. Ze heeft een brief van {{o:DUO}} over een terugvordering van 1.800 euro. Ze begrijpt de brieven niet; broer helpt soms maar werkt zelf. Aanmelden bij {{o:Humanitas}} thuisadministratie. BSN voor de aanmelding: [[b:#BSN]].
§§
dictaat na huisbezoek familie [[p:Monteiro]] komma [[a:Rijswijkseweg tweehonderdzes]] punt moeder [[p:Djenifer]] alleen met drie kinderen komma vader zit in portugal punt de oudste [[p:Adilson]] van vijftien gaat niet naar school punt {{o:CJG}} is al betrokken via [[p:Chantal]] punt mevrouw huilde veel punt ze vertelde dat ze sinds [[d:de tweede van de vierde]] geen inkomen meer heeft omdat de uitkering is stopgezet punt actie {{r:klantmanager}} bellen morgen
§§
Terugbelverzoek via receptie: dhr [[p:Zhang]] ([[p:Wei]]) wil afspraak verzetten. Was [[d:woensdag 19 juni]], kan niet ivm ziekenhuis. Tel. [[t:06 - 1 9 4 0 3 3 8 2]] (let op nummer klopt mogelijk niet, receptie twijfelde).
§§
[[p:Sanne]] – kun jij morgen bij mw [[p:Bakker]] langs? Zij belde in paniek, de thuiszorg komt niet meer (ze zegt dat {{o:Florence}} heeft gebeld). Adres: [[a:Kamperfoeliestraat 61]]. Ik ben zelf naar de bakker en dan naar huis, ziek. Groet [[p:Ruud]]
§§
Notitie [[d:ma 27/5]]: gesproken met {{r:huisarts}} dr. [[p:Hagenaars]] over dhr [[p:Smit]]. Huisarts maakt zich zorgen over geheugen. Verwijzing {{r:casemanager dementie}} volgt. Dhr. [[p:Smit]] heeft geen kinderen, enige contact is neef [[p:Kees]] ([[t:06-33290017]]).
§§
huis bezoek bij [[p:Hodan]] [[p:Abdi Warsame]] samen met tolk somali eh mevrouw woont op [[a:Stuwstraat zesentachtig]] in {{w:Transvaal}} punt ze heeft vier kinderen waarvan twee met autisme punt geen vervoer naar school geregeld punt ik heb gevraagd naar haar man hij is volgens haar in Engeland punt ze wil hulp met aanvragen leerlingenvervoer punt morgen bel ik met [[p:Kim]] van {{o:Leerlingenvervoer}} gemeente
§§
Overdracht weekend ([[p:Wouter]])
* mw. [[p:Winter]] – ligt sinds vrijdag in {{o:Bronovo}}, kat moet gevoerd, buurman [[p:Dekker]] doet dit, sleutel bij hem ([[a:Dr. Lelykade 22]]).
* [[p:Ramdin]] – crisisdienst geweest, zie rapportage.
* Deze winter opnieuw kijken naar energietoeslag voor allebei.
§§
mw. [[p:Anjali Sewnath]] belt vaak 's nachts naar de {{o:Haagse Wijk- en Woonzorg}} alarmcentrale. Gesproken met haar {{r:bewindvoerder}} mr. [[p:K. Hoogendijk]] ([[e:k.hoogendijk@bewindvoering-haaglanden.nl]]). Hij zal het alarmabonnement aanpassen. Rekening voor de alarmering loopt via [[i:#IBANSP]].
§§
telefoon [[d:dertig april]] mevrouw [[p:rosaria giselle]] belde namens haar tante nee wacht andersom [[p:giselle rosaria]] belt namens tante [[p:Milouska Doran]] die op [[a:Weimarstraat honderd vijf]] woont punt tante heeft geen stroom meer afgesloten door {{o:Eneco}} punt nummer [[p:giselle]] [[t:nul zes vijf vijf tweeënveertig nul negen een drie]] hm dat is niet compleet terugbellen via receptie
§§
!! maandag eerst [[p:Kwame]] bellen (vader van [[p:Precious]]) – [[t:0684412290]] – over de brief van school
§§
Verslag huisbezoek [[d:vrijdag 7 juni 2024]]
Cliënt: [[p:Agnieszka Wdowiak]], geb. [[d:03-09-1981]]
Adres: [[a:Delftselaan 58]], [[pc:2512 RG]] Den Haag
Aanwezig: cliënt, {{r:maatschappelijk werker}} ([[p:Esra]]), {{r:MEE-consulent}} ([[p:Jeroen]])
Mw. heeft een licht verstandelijke beperking en twee kinderen die bij de vader in Polen wonen. Ze werkt 12 uur in de schoonmaak. Ze is bang haar huis kwijt te raken. We spreken af dat [[p:Jeroen]] de aanvraag voor beschermingsbewind doet. Volgende afspraak [[d:21/6]].
§§
ff voor mezelf: dossier [[ds:2024-11873]] ([[p:Kasanmoentalib]]) afsluiten vóór de 1e, evaluatieformulier nog niet getekend
§§
Hallo [[p:Petra]], even kort over dhr. [[p:de Jong]] uit {{w:Bouwlust}}: hij wil geen hulp meer van ons, zegt dat hij het zelf wel redt. Ik heb het gerespecteerd maar heb wel de {{r:wijkagent}} gevraagd een oogje in het zeil te houden. De wijkagent heet [[p:Marco]], bereikbaar via 0900-8844. Laatste contact was [[d:22 mei]]. Gr [[p:Youssef]]
§§
gesproken met meneer [[p:Azzouzi]] hij zegt dat zijn vrouw [[p:Khadija]] met de kinderen weg is naar haar zus in Rotterdam komma hij weet niet waar precies punt hij klinkt boos punt ik heb uitgelegd dat wij er voor de hele familie zijn punt overleggen met {{o:Veilig Thuis}} morgen punt zijn nummer [[t:nul zes twaalf vierendertig zesenvijftig achtenzeventig]]
§§
dictaat huisbezoek donderdag ochtend eh bij meneer [[p:Gheorghe Munteanu]] en zijn vrouw [[p:Florina]] op de [[a:Hobbemastraat achtentachtig derde]] punt ze wonen daar met z'n zessen in twee kamers komma ook een neef [[p:Vasile]] die nachtdienst draait bij een distributiecentrum punt meneer heeft sinds januari geen werk meer na een bedrijfsongeval en krijgt geen uitkering omdat hij volgens het {{o:UWV}} niet lang genoeg in nederland werkt punt mevrouw is zwanger van de derde punt ik heb uitgelegd wat de {{o:Voedselbank}} doet en we hebben samen het aanmeldformulier ingevuld punt bsn meneer [[b:#BSNSP]] punt actiepunten nieuwe regel een navragen bij [[p:Linda]] van {{o:Schuldhulpverlening}} of er al een dossier is nieuwe regel twee afspraak {{r:verloskundige}} voor mevrouw punt volgende bezoek [[d:dinsdag vijfentwintig juni]]
§§
Tel. 11:20 – inkomend
Beller: [[p:Faadumo Ahmed]], zus van cliënt [[p:Sahra Yusuf]] (dossiernr. [[ds:55102]])
Onderwerp: [[p:Sahra]] is sinds zondag niet bereikbaar, zus maakt zich zorgen. [[p:Sahra]] heeft afgelopen maand twee keer gezegd dat ze "er klaar mee is".
Actie: direct gebeld met {{r:huisarts}}, die stuurt de {{o:GGZ}} crisisdienst langs. Zelf langs gegaan op [[a:Beeklaan 301-A]]. Niemand thuis. Buurvrouw (mevr. [[p:Zon]]) zegt dat ze haar gisteravond nog heeft gezien.
Terugbelnummer zus: [[t:+31 6 4127 0593]]
§§
- bewindvoerder [[p:Hoogduin]] bellen (mw [[p:Kaya]])
- [[e:info.hoogduin@bewindbureau-west.nl]] → jaaroverzicht vragen
- mw [[p:Kaya]] heeft IBAN [[i:#IBANSP]], klopt niet met wat op de beschikking staat?? navragen
- vrijdag intervisie, niks voorbereid 🙈
§§
Overdracht casus [[p:Al-Khatib]] (van [[p:Esra]] naar [[p:Dewi]])

Dhr. [[p:Omar Al-Khatib]] (44) en mw. [[p:Lina Haddad]] (39), 3 kinderen: [[p:Yara]] (12), [[p:Sami]] (9) en [[p:Jad]] (4). Wonen sinds 2020 op [[a:Escamplaan 174]], [[pc:2547GA]]. Dhr. heeft PTSS, in behandeling bij {{o:i-psy}} maar komt vaak niet. Mw. doet alles, wil graag een taalcursus. Schulden ca. €6.500 bij o.a. {{o:Belastingdienst}} (toeslagen). Aangemeld bij {{o:PEP Den Haag}} voor vrijwillige thuisadministratie, contact [[p:Henk]] (vrijwilliger, [[t:06 2040 1180]]).
Openstaand: aanvraag kwijtschelding gemeentelijke belastingen, ingediend [[d:08-04-2024]], ref [[ds:KWS-2024-118734]]. Graag bewaken.
Mail mw.: [[e:lina.haddad82@gmail.com]]
Succes! [[p:Esra]]
§§
gebeld met [[p:Gift Mensah]] over de huurachterstand hij zegt dat hij het geld aan de huisbaas heeft gegeven in contanten komma hij heeft geen bonnetje punt de huisbaas heet volgens hem mister [[p:Boateng]] en woont ook in {{w:Laak}} punt ik heb gevraagd of hij de huurovereenkomst kan laten zien punt hij stuurt een foto via whatsapp naar mijn werktelefoon punt nummer van [[p:gift]] is [[t:nul zes drieënvijftig tweeëntwintig negentien achtendertig]]
§§
[[d:3/6]] mw [[p:Vos]] niet thuis. briefje in bus. volgende poging [[d:do 6/6]].
§§
Notitie gesprek wijkcentrum {{w:Mariahoeve}}, [[d:woensdag 12 juni]]
Aanwezig: mevr. [[p:Ans Vos]], haar dochter [[p:Ingrid]], {{r:ouderenconsulent}} [[p:Karin]], ik.
Mw. [[p:Vos]] (86) woont nog zelfstandig op [[a:Diamanthorst 240]], [[pc:2592 GH]]. Ze vergeet afspraken en haar pillen, de dochter vindt dat ze naar een verpleeghuis moet, mw. zelf wil absoluut niet. Afgesproken: {{r:casemanager dementie}} inschakelen, medicijnrol via apotheek, alarmknop. Dochter [[p:Ingrid]] is contactpersoon: [[t:06-52 71 40 09]], [[e:ingrid.vos@ziggo.nl]].
§§
Spraakmemo [[p:Chantal]] (CJG) doorgestuurd, uitgetypt:
"Ja hoi met [[p:Chantal]] van het {{o:CJG}}, ik bel over [[p:Adilson]], de zoon van mevrouw [[p:Monteiro]]. Hij is vandaag weer niet op school geweest, de {{r:leerplichtambtenaar}} gaat een proces-verbaal opmaken als het zo doorgaat. Ik wil graag met jullie een gezamenlijk huisbezoek plannen, kan jij [[d:dinsdag de achttiende]]? Mijn nummer is [[t:nul zes, vier één, zes zes, nul twee, drie acht]]. Doei."
§§
huisbezoek ingepland [[d:ma 17 juni]] 10u [[a:Loosduinseweg 45-II]] ([[p:Nowak]], bel beneden werkt niet, bellen op [[t:06 11 93 84 20]] als je voor de deur staat)
§§
Meneer [[p:Gul Ahmad Noori]] kwam onaangekondigd langs bij het {{o:Servicepunt XL}} in {{w:Moerwijk}}. Hij had een envelop van de {{o:Sociale Dienst}} bij zich met een heronderzoek. Hij spreekt Dari en een beetje Nederlands, zijn neefje [[p:Farid]] vertaalde via de telefoon. Het gaat om zijn bijstandsuitkering, klantnummer [[ds:SoZa 7712 0348]]. Hij moet vóór [[d:1 juli]] bankafschriften van drie maanden aanleveren van rekening [[i:#IBAN]]. Ik heb een afspraak met hem gemaakt om die samen uit te printen, [[d:vrijdag 28-6]] om 14u op het servicepunt.
§§
[[p:Wouter]]!! mw [[p:El Ouali]] heeft gebeld, ze wil jou spreken niet mij 😉 nr staat in dossier, anders [[t:070 - 360 45 81]]
§§
verslag telefoongesprek met {{o:Haag Wonen}} woonconsulent meneer [[p:Kruithof]] over de woning van mevrouw [[p:Lenie Hart]] [[a:Westduinweg honderdzeventien]] punt er is een klacht van de onderburen over stank komma hij wil een gezamenlijk huisbezoek punt ik heb gezegd dat mevrouw niet goed reageert op onverwacht bezoek en dat we eerst zelf gaan punt hij gaat akkoord punt datum [[d:de negende juli]] om elf uur punt zijn mail is [[e:j.kruithof@haagwonen.nl]] zijn direct nummer [[t:070 3 12 45 66]] punt einde notitie
§§
Reminder: [[d:24-6]] verjaardag mw. [[p:Koning]] (90!) → kaartje namens team
§§
intake telefonisch [[d:19-06-2024]]
naam: [[p:Precious Ofori]]
geboortedatum: [[d:2 februari 1998]]
adres: [[a:Lorentzplein 22]] [[pc:2522 GN]]
tel: [[t:0687390214]]
vraag: wil hulp bij zoeken naar werk en kinderopvang voor zoontje [[p:Emmanuel]] (1). Partner [[p:Kofi]] zit in detentie tot eind dit jaar. Heeft geen netwerk in Den Haag, familie zit in Amsterdam Zuidoost. Doorzetten naar [[p:Mo]] ({{r:jobcoach}}).
§§
verslag huisbezoek eh vandaag samen met [[p:Bart]] geweest bij mevrouw [[p:Ivelina Georgieva]] op de [[a:Parallelweg negentig b]] postcode [[pc:twee vijf twee vijf KL]] punt mevrouw is eenenvijftig en woont daar sinds een jaar of drie komma de woning is van een particuliere verhuurder punt er is schimmel in de slaapkamer en het kind van haar dochter heeft astma punt mevrouw werkt als schoonmaakster via een bureau maar krijgt soms maanden niet uitbetaald punt ze liet loonstroken zien van [[d:januari de vijftiende]] en daarna niks meer punt we hebben de {{o:Huurteam Den Haag}} gebeld en een afspraak voor een woningkeuring gemaakt punt verder gaat [[p:Bart]] met haar naar het {{o:Juridisch Loket}} over het loon punt e-mailadres mevrouw is [[e:ivelina punt georgieva apenstaartje abv punt bg]] punt volgende afspraak [[d:vijf juli]]
§§
Telefoonnotitie
Datum: [[d:vr 14 juni]]
Van: dhr. [[p:H. Angelov]]... nee, [[p:Hristo Angelov]]
Over: zijn moeder, woont bij hem in op [[a:Kepplerstraat 171]]
Hij heeft het gevoel dat moeder ("ze praat niet meer") depressief is sinds zijn vader overleed. Ze is 68, spreekt alleen Bulgaars en Russisch. Geen huisarts! Ik heb uitgelegd hoe inschrijven bij een huisarts werkt en gezegd dat we samen met de {{r:POH-GGZ}} kunnen kijken. Hij belt terug als moeder akkoord is.
Tel [[t:06 387 402 15]]
§§
overleg met [[p:Youssef]] gehad over [[p:Rachid]] van de [[a:Wolmaransstraat 14]] – hij lijkt weer te gebruiken, {{o:Brijder}} is niet meer in beeld. [[p:Y.]] belt met {{r:verslavingsarts}}.
§§
STT notitie, niet nagelezen:
gesproken met mevrouw [[p:van der hoeven]] de dochter van meneer [[p:van der hoeven]] senior die in {{w:Scheveningen}} woont [[a:Keizerstraat tweehonderd vierendertig]] punt ze zegt dat haar vader steeds vaker de deur open laat staan en dat er laatst een vreemde man binnen was die geld heeft meegenomen punt ik heb gevraagd of er aangifte is gedaan komma nee punt zij gaat dat regelen met de {{r:wijkagent}} punt vader heeft ook een {{r:mentor}} nodig volgens haar punt ze heeft zelf weinig tijd want ze woont in Groningen punt haar nummer is [[t:nul vijf nul zes twee drie vier vijf zes zeven]] en mail [[e:m.vanderhoeven@home.nl]]
§§
Overdracht avond → ochtend
[[p:Hodan]] belde 21:30 ivm zoon [[p:Abdiwali]] die niet thuis kwam. Om 22:10 wel thuis. Geen verdere actie. Morgen even bellen ([[t:0685 30 21 47]]).
[[p:Lucien]] (van de [[a:Kempstraat 2 bis]]) heeft zijn medicatie niet opgehaald, apotheek belde.
§§
to do deze week
1. {{o:CIZ}} aanvraag [[p:Tjin-A-Djie]] (Wlz) – BSN [[b:#BSNDOT]], geboren [[d:17-11-1940]]
2. fotokopie ID mw. [[p:Tjin]] ... ligt op mijn bureau
3. [[p:Maduro]] vragen waarom huur niet betaald
4. uren schrijven!!!
5. cadeautje [[p:Femke]] (afscheid)
§§
Verslag MDO {{w:Schilderswijk}}, [[d:20 juni]]
Casus: fam. [[p:Bouzerda]], [[a:Van Ostadestraat 252]]
Aanwezig: [[p:Nordin]] ({{r:jeugdconsulent}}), [[p:Ilham]] ({{r:maatschappelijk werker}}), [[p:Sjoerd]] ({{o:Veilig Thuis}}), {{r:wijkagent}}.
Kern: vader [[p:Said Bouzerda]] is [[d:5 mei]] aangehouden na een ruzie, er geldt een tijdelijk huisverbod tot [[d:15 mei]] dat inmiddels is verlopen. Moeder [[p:Khadija]] wil niet dat hij terugkomt maar heeft geen geld. De drie kinderen ([[p:Imane]], [[p:Ayoub]] en [[p:Lina]]) zijn aangemeld bij Jeugdbescherming. VT-melding [[ds:VT-2024-0871]].
Afspraken: [[p:Ilham]] begeleidt moeder naar {{o:Sociale Dienst}} voor uitkering op eigen naam; [[p:Sjoerd]] houdt contact met vader.
§§
[[p:Ilham]]: graag vóór [[d:1 juli]] terugkoppeling!
§§
Eh ja dit is een dictaat van [[p:Karin]] {{r:ouderenconsulent}} over mevrouw [[p:Gerda Visser]] dat is met [[p:V van Victor]] gewoon [[p:Visser]] zoals de visser eh ze is drieëntachtig en woont in {{w:Bezuidenhout}} op de [[a:Stuyvesantplein dertien]] ze is gestopt met de dagbesteding bij {{o:Stichting MOOI}} omdat ze de taxi niet vertrouwt punt ze is eenzaam zegt ze zelf punt haar enige zoon [[p:Arie]] woont in Australië en belt elke zondag punt ik heb voorgesteld dat een vrijwilliger van de {{o:Humanitas}} maatjesproject langskomt punt daar stond ze voor open punt volgende afspraak over twee weken op [[d:de zesentwintigste]]
§§
tel. log [[p:Ruud]]:
ma – mw [[p:Autar]] 3x gebeld, niet opgenomen
di – mw [[p:Autar]] zelf teruggebeld vanaf onbekend nr [[t:+31 70 209 84 33]], wil dat we haar dochter [[p:Shanti]] niet meer bellen
wo – [[p:Shanti]] belt toch, maakt zich zorgen over schulden moeder, ik mag niks zeggen (geen toestemming). Uitgelegd.
§§
Afspraak [[p:Tesfay]] verzet naar [[d:donderdag 4 juli]] ivm Eid... nee suikerfeest was al. Reden: ziek kind.
§§
Notitie [[d:27 mei]] – huisbezoek bij [[p:Kemal]] en [[p:Fatma Çelik]], [[a:Hoefkade 610]], [[pc:2526 BX]]. Beiden 60+. [[p:Kemal]] heeft COPD en diabetes, [[p:Fatma]] zorgt voor hem en is zelf op. Overbelaste mantelzorger. Doorverwezen naar {{o:Mantelzorg Den Haag}} (respijtzorg) en aanvraag huishoudelijke ondersteuning bij het {{o:Wmo-loket}}, aanvraagnummer [[ds:WMO-24-33817]]. Zoon [[p:Murat]] ([[t:06-14 55 90 31]]) helpt met papierwerk. Geen schulden bekend.
§§
dictaat intake nieuwe aanmelding via huisarts punt naam [[p:Mei Lin]] [[p:M E I]] en dan [[p:Lin]] [[p:L I N]] punt eh mevrouw is geboren op [[d:twaalf augustus negentienhonderd zevenenveertig]] en woont sinds 1985 in {{w:Bezuidenhout}} [[a:Theresiastraat tweehonderdtwaalf]] postcode [[pc:2593 AN]] punt ze spreekt Kantonees en een beetje Nederlands punt haar man is in mei vorig jaar overleden punt de {{r:huisarts}} dokter [[p:Lie]] maakt zich zorgen omdat ze twee keer gevallen is punt kleindochter [[p:Xu Hong]] komt wekelijks en is bereikbaar op [[t:zes vijf drie nul acht een een twee]] plus nul ervoor natuurlijk punt bsn [[b:#BSN]] punt vraag aanpassingen in de woning en huishoudelijke hulp via {{o:Wmo-loket}} punt ik heb ook de mantelzorgwaardering aangevraagd voor de kleindochter
§§
Gebeld met [[p:April]] (dochter van dhr. [[p:Martina]]) - vader wil pas na april verhuizen naar de aanleunwoning bij {{o:WZH}} in {{w:Waldeck}}. [[p:April]] regelt de verhuizing zelf. Nr: [[t:06 4590 2218]]
§§
Handover voor [[p:Sanne]] (ik ben [[d:1 t/m 12 juli]] weg)

[[p:Tomasz Kowalczyk]] – [[a:Herman Costerstraat 64-1]]
 • schuldsanering loopt, {{r:schuldhulpverlener}} is [[p:Annemiek]] ({{o:Schuldhulpverlening Den Haag}}), dossier [[ds:SHV/2023/1187]]
 • leefgeld wordt elke dinsdag gestort op [[i:#IBANSP]]
 • hij gaat soms naar het casino, niet naar vragen, hij vertelt het zelf
[[p:Marta Wiśniewska]] – zelfde adres, ex van [[p:Tomasz]] (!), los dossier
 • zij wil een eigen woning, urgentie afgewezen, bezwaar loopt tot [[d:15-07-2024]]
Bellen mag altijd: [[t:06 8819 2044]] (werktelefoon)
§§
spraaknotitie in de auto dus sorry voor de fouten eh meneer [[p:Errol Vreden]] [[a:Vlierboomstraat vijfhonderdzeventien]] heeft weer geen eten in huis komma de {{o:Voedselbank}} pakket haalt hij niet op omdat het ophaalpunt te ver is punt [[p:Errol]] is zevenenvijftig en heeft een beenprothese punt ik ga vragen of een vrijwilliger van het {{o:Rode Kruis}} het pakket kan brengen punt zijn zus [[p:Carmen]] belde ook vorige week over hem op [[t:nul zes een vier acht acht zeven zeven nul drie]] dat nummer moet nog in het dossier punt ik heb het dossiernummer niet bij me ik zet het er later bij
§§
Aan: [[p:Linda]], [[p:Chantal]]
Van: [[p:Esra]]
[[d:Maandag 1 juli]] om 13.00 casusoverleg [[p:Monteiro]] bij {{o:CJG}} Zuidwest. Graag alle info over schulden meenemen. [[p:Djenifers]] nieuwe nummer: [[t:0616 204 338]]
§§
Belnotitie: [[p:Luwam]] (ex-partner [[p:Filmon Berhane]]) vraagt of wij weten waar [[p:Filmon]] is. Nee gezegd / geen info gegeven. [[p:Luwam]] heeft een contactverbod aangevraagd, nummer zaak [[ds:C/09/661204]] (rechtbank Den Haag). Tel. [[p:Luwam]] [[t:06 30 06 71 29]].
§§
TE DOEN:
- [[p:Boateng]] huurcontract → foto ontvangen? ja
- [[p:Gift]] doorverwijzen {{o:Huurteam}}
- mw. [[p:Adjei]] ([[p:Comfort]]) – nieuwe ID-kaart, afspraak gemeente [[d:8 juli]] 09:40 (bij Stadhuis Spui)
- bijz. bijstand bril [[p:Rahimi]]
§§
notitie van de huisbezoek bij mevrouw [[p:Zahra Rahimi]] in {{w:Leyenburg}} [[a:Leyweg achthonderdvijfentachtig]] eh mevrouw heeft een zoon [[p:Jawid]] van negentien die bij haar inwoont en de dochter [[p:Maryam]] van veertien punt mevrouw is weduwe man is in Afghanistan omgekomen punt ze heeft last van nachtmerries en slaapt weinig punt ik heb met haar gesproken over de {{r:praktijkondersteuner}} GGZ bij de huisarts punt ze wil er over nadenken punt [[p:Jawid]] doet een mbo opleiding en werkt in het weekend bij de {{o:Albert Heijn}} punt er is een brief van {{o:DUO}} over zijn studiefinanciering met kenmerk [[ds:DUO 1034 5588 21]] die we samen hebben bekeken punt alles goed eigenlijk punt afspraak [[d:zeventien juli]]
§§
[[p:Mo]]: [[p:Precious]] komt [[d:wo 10/7]] om 11u voor cv maken, ze neemt haar diploma's mee.
§§
Dictaat telefoongesprek met [[p:Hans]] van {{o:Staedion}} eh over [[a:Beresteinlaan 33]] daar woont de familie [[p:Popescu]] eh [[p:Ionut]] en [[p:Mihaela]] [[p:Ionuț]] [[p:Mihaela]] met tien kinderen nee dat klopt niet met vijf kinderen punt er is een ontruimingsvonnis punt de ontruiming staat gepland op [[d:woensdag zeventien juli]] punt [[p:Hans]] zegt dat als er voor de twaalfde een betalingsregeling is die ontruiming kan worden opgeschort punt achterstand is ruim zesduizend euro punt ik ga morgen met de familie naar de {{o:Schuldhulpverlening}} punt zijn nummer [[t:088 1 23 45 67]] en mail [[e:h.vandermeer@staedion.nl]]
§§
kort: [[p:Semhar]] heeft de brief van DUO gebracht. Kopie in dossier [[ds:2024-0815]].
§§
Overdracht ivm ziekte [[p:Marloes]] (ingesproken door teamleider [[p:Jolanda]]):
[[p:Marloes]] is voorlopig uit de roulatie. Haar caseload wordt verdeeld. [[p:Bart]] neemt [[p:de Wit]], [[p:Demir]] en [[p:Baldewsingh]]. [[p:Sanne]] neemt [[p:Tahiri]] en [[p:Öztürk]]. Ik neem zelf [[p:Ramdin]], dat is het zwaarste dossier. Vragen via mij: [[t:06-20 31 19 55]] of [[e:jolanda.smits@swtdenhaag.nl]].
§§
dictaat aanvraag bijzondere bijstand voor mevrouw [[p:Dimitrova]] eh gegevens even inspreken zodat ik het morgen kan invullen punt geboortedatum [[d:negen maart negentienhonderd tweeëntachtig]] punt bsn [[b:#BSNSP]] punt adres [[a:Hooftskade honderdvierentwintig]] postcode [[pc:2526 KL]] punt rekeningnummer [[i:#IBANSP]] dat heeft ze voorgelezen van haar pasje dus even controleren punt ze vraagt een vergoeding voor een wasmachine omdat de oude kapot is sinds [[d:de twintigste mei]] punt kosten ongeveer vierhonderd euro punt offerte ligt in de map punt telefoon [[t:nul zes zeven zeven nul drie vier vier een twee]]
§§
Bel-log [[d:di 2 juli]]
08:55 {{o:Parnassia}} (crisisdienst) – dhr. [[p:Kassab]] vannacht opgenomen via IBS, vandaag rechterlijke toets. Contact dr. [[p:Vermeulen]], psychiater.
09:30 teruggebeld naar broer dhr. [[p:Kassab]], [[t:+31 6 2871 4400]], geen gehoor, voicemail ingesproken.
10:15 {{o:Vestia}} gebeld: huur loopt door, woning [[a:Moerweg 312]] blijft beschikbaar.
12:00 broer teruggebeld, weet ervan.
§§
pijl omhoog: [[d:19/7]] zitting kantonrechter ([[p:Popescu]]) – 9.30 uur, zaaknr [[ds:11023456 CV EXPL 24-7788]]
§§
Overdrachtsnotitie [[d:12-07-2024]], van [[p:Karin]] aan vervanger {{r:ouderenconsulent}}

1) mw. [[p:G. Visser]], [[a:Stuyvesantplein 13]], [[pc:2593 BV]] – maatje via {{o:Humanitas}} start [[d:29 juli]]. Graag na 2 weken evalueren.
2) dhr. [[p:Smit]], [[a:Laan van Meerdervoort 1081]], [[pc:2564 AR]] – casemanager dementie gestart, niks doen.
3) mw. [[p:Koning]], [[a:Van Alkemadelaan 350-G]] – valt vaak, {{r:ergotherapeut}} komt [[d:vrijdag de negentiende]].
4) echtpaar [[p:Lie]] – zoon belt soms boos, rustig blijven.
Telefoon vervanger team {{w:Haagse Hout}}: [[t:070 752 11 00]].
§§
voicemail van mevrouw [[p:Demir]] om kwart voor vijf ik verstond het niet helemaal ze zei iets over een brief met een blauwe envelop en dat ze die niet heeft open gemaakt komma ze vraagt of [[p:Bart]] of ik morgen kunnen komen want haar dochter [[p:Emine]] is op vakantie in turkije tot [[d:de achtentwintigste]] punt ik bel haar terug morgen om negen op de vaste lijn [[t:nul zeven nul drie zes zes twee twee acht vier]]
§§
TODO
- dhr. [[p:Noori]] bankafschriften gescand? → naar {{o:Sociale Dienst}} via [[e:werkeninkomen-scan@denhaag.nl]]
- [[p:Jawid Rahimi]] DUO bellen, kenmerk [[ds:DUO 1034 5588 21]]
- [[d:ma 15/7]] voor 12u: rapportage [[p:Tesfay]] afronden
- reiskosten declareren juni
§§
Kort telefonisch contact met mr. [[p:Said Azzouzi]]. Hij heeft via zijn advocaat gehoord dat [[p:Khadija]] een echtscheiding heeft aangevraagd. Hij is rustiger dan vorige week. Hij vraagt of hij de kinderen mag zien; ik heb hem verwezen naar zijn advocaat en naar het {{o:Juridisch Loket}} ([[t:0900-8020]]). Nieuw adres meneer: [[a:Zuiderparklaan 88-3]], [[pc:2574 HE]] (kamer bij een vriend).
§§
huisbezoek gedaan bij de familie [[p:Jagessar]] nee sorry het was de familie [[p:Sewnath]] eh op de [[a:Heesterstraat zevenenzestig]] punt mevrouw [[p:Sewnath]] was alleen thuis ze vertelde dat haar schoonmoeder die bij hen inwoont dement aan het worden is punt de zorg valt zwaar punt haar man [[p:Ravi]] werkt bij de HTM in ploegendienst punt mevrouw werkt zelf ook vier dagen punt we hebben gesproken over dagbesteding voor schoonmoeder bij {{o:Stichting Anand}} en over respijtzorg punt ik mail haar de folder op [[e:anjali.sewnath at outlook punt com]] punt volgende afspraak [[d:op de tweeëntwintigste]] samen met [[p:Ravi]]
§§
reminder ✔ [[p:Hristo]] bellen, moeder ingeschreven bij huisarts? (Praktijk {{o:De Kraaipan}})
§§
Telefonisch gesproken met mevr. [[p:Fennema]] van de {{o:Kredietbank}} over de aanvraag van [[p:Kowalczyk]]. Zij mist nog een kopie van de bankpas. Rekening [[i:#IBAN]] ... dat is de oude rekening, er is inmiddels een nieuwe rekening bij de Knab. Gaat hij zelf doorgeven. Haar nummer: [[t:070-353 21 70]], toestel 4.
§§
dictaat kort tussendoor ik sta bij [[a:Hoefkade honderdtwaalf a]] mevrouw [[p:Boutaleb]] doet niet open de buren zeggen dat ze sinds [[d:zaterdag de vijftiende]] niemand hebben gezien ik bel nu de {{r:wijkagent}} en haar dochter [[p:Samira]] [[t:nul zes vier vier acht een nul nul zeven twee]]
§§
Noteren in dossier [[ds:2024-11873]] ([[p:L. Kasanmoentalib]]):
[[d:10 juli 2024]] – afsluitend gesprek. Dhr. heeft werk gevonden via {{o:Werkgeversservicepunt}}, schulden zijn onder beheer bij {{o:Budgetbeheer Den Haag}}. Hij bedankte het team, vooral [[p:Mo]] en [[p:Dewi]]. Dossier gesloten.
§§
oké dictaat huisbezoek [[d:dinsdag negen juli]] bij meneer [[p:Edsel Coffie]] op de [[a:Wesselsstraat vijfenveertig]] in {{w:Transvaal}} punt aanwezig waren meneer zijn vriendin en ik punt meneer is negenendertig en komt oorspronkelijk van Curaçao punt hij is vorig jaar uit detentie gekomen en heeft sindsdien geen vaste woonplek gehad komma hij slaapt nu bij zijn vriendin maar dat mag eigenlijk niet van de verhuurder punt hij wil graag werk in de bouw maar heeft geen VCA punt ik heb uitgelegd dat we via {{o:Werkgeversservicepunt}} een traject kunnen aanvragen punt hij heeft schulden bij het {{o:CJIB}} van ongeveer drieduizend euro punt het CJIB kenmerk is [[ds:1234 5678 9012 3456]] dat heeft hij laten zien op zijn telefoon punt verder vertelde hij dat hij slecht slaapt en veel piekert punt ik heb voorgesteld om een keer met de {{r:ervaringsdeskundige}} van ons team te praten punt dat wilde hij wel punt nummer meneer [[t:nul zes vier twee vier twee vier twee acht acht]] punt volgende afspraak [[d:donderdag achttien juli]] om tien uur bij het {{o:Servicepunt XL}}
§§
Telefoonnotitie [[d:15 juli]], 14:05
Gebeld door: mw. [[p:Maria da Luz Fortes]] (moeder van [[p:Nelson]])
[[p:Nelson]] (22, LVB) is door zijn werkgever (sociale werkplaats) op non-actief gezet. Moeder weet niet waarom. Ze wil dat wij bellen met de werkgever. Uitgelegd dat we dat alleen mogen als [[p:Nelson]] zelf toestemming geeft. [[p:Nelson]] komt [[d:woensdag de zeventiende]] zelf langs op kantoor (Leyweg), moeder komt mee.
Nr moeder: [[t:06 – 2 4 6 8 1 0 1 2]]
Nr [[p:Nelson]]: [[t:0631 880 019]]
§§
Hoi [[p:Dewi]], kun je het volgende in het dossier van dhr [[p:Vreden]] zetten? Ik heb geen toegang thuis.
- [[d:16/7]] Rode Kruis brengt voortaan elke dinsdag het pakket
- zus [[p:Carmen Vreden]] [[t:06 14 88 77 03]]
- BSN dhr: [[b:#BSN]] (had ik nog niet)
Dank je! [[p:Wouter]]
§§
dictaat gesprek met mevrouw [[p:Blessing Owusu]] en haar schoonzus [[p:Patience]] eh in het wijkcentrum {{w:Spoorwijk}} punt mevrouw is in verwachting en heeft geen zorgverzekering omdat ze nog geen verblijfsvergunning heeft punt ze is wel geregistreerd bij het {{o:Wereldhuis}} punt ze heeft pijn in haar buik en durft niet naar een dokter punt ik heb [[p:Femke]] de {{r:wijkverpleegkundige}} gebeld die komt direct punt verder heeft de schoonzus een adres opgegeven waar ze post kan ontvangen [[a:Rijswijkseplein zes b]] postcode [[pc:2526 RD]] hm twijfel of dat klopt punt nummer [[p:Patience]] [[t:nul zes nul zes acht acht drie twee een nul een vier]] eh ze zei twee keer nul zes dus één keer weghalen
§§
reminders volgende week
ma: teamoverleg 9u
di: [[p:Al-Khatib]] kwijtschelding status?? (ref [[ds:KWS-2024-118734]])
wo [[d:24/7]]: vrij
do: MDO [[p:Monteiro]]
vr: verjaardag [[p:Henk]] vrijwilliger PEP (bloemen?)
§§
Tel contact met [[p:Sjoerd]] ({{o:Veilig Thuis}}) over [[p:Bouzerda]]. Vader heeft zich niet aan de afspraken gehouden en is [[d:zondag 14 juli]] bij de woning geweest. Moeder heeft 112 gebeld. Nieuw huisverbod van tien dagen, tot [[d:24 juli]]. VT zet casus op "Radar", ref [[ds:VT-2024-0871]]. [[p:Sjoerd]]: [[t:070 346 99 81]], [[e:s.brouwer@veiligthuishaaglanden.nl]].
§§
spraakmemo ingesproken na bezoek {{w:Duindorp}} [[a:Tesselsestraat honderdeenendertig]] eh mevrouw [[p:Bep de Groot]] zevenenzeventig jaar woont alleen sinds haar man naar het verpleeghuis is gegaan punt haar man [[p:Toon]] zit in {{o:Verpleeghuis Rustenburg}} en ze gaat elke dag op bezoek met de bus punt ze vindt het zwaar en heeft geld zorgen omdat de eigen bijdrage voor de Wlz zo hoog is punt ik heb samen met haar de brieven van het {{o:CAK}} bekeken punt eigen bijdrage is ruim negenhonderd euro per maand punt ik ga uitzoeken of er een vermindering mogelijk is punt bankrekening staat op beider naam [[i:#IBANSP]] punt mevrouw haar telefoonnummer [[t:nul zeven nul drie vijf vijf nul één zes zes]] punt volgende week vrijdag kom ik terug
§§
!!! [[p:Toon de Groot]] overleden (bericht dochter [[d:22-7]]). Kaart sturen naar mw. [[p:de Groot]], [[a:Tesselsestraat 131]], [[pc:2583 HJ]].
§§
Overdracht [[p:Nadia]] → [[p:Youssef]] (dossier [[ds:SWT-24-1107]])
Cliënt: mw. [[p:Hanane el Ouali]], 34, [[a:Van der Vennestraat 44]]
Mw. heeft 2 kinderen ([[p:Rayan]] 6, [[p:Noor]] 3). Sinds scheiding in februari alleen. Ex-man [[p:Mustapha]] betaalt geen alimentatie. LBIO is ingeschakeld. Mw. werkt 20 uur in de kinderopvang. Kinderopvangtoeslag is per [[d:1 januari]] stopgezet, bezwaar ingediend. Ze vraagt zelf om een mannelijke hulpverlener omdat ze "slecht gewend is aan vrouwen die haar vertellen wat ze moet doen" (haar woorden).
Telefoon: [[t:06-48 22 10 03]]
§§
memo aan mezelf: bsn [[p:Noori]] = [[b:#BSNDOT]] (niet weer vergeten te noteren!!)
§§
dictaat na huisbezoek in {{w:Morgenstond}} eh bij mevrouw [[p:Roos]] [[p:Zomer]] ja zo heet ze echt [[p:Roos Zomer]] op de [[a:Melis Stokelaan tweeduizend tweehonderdzes]] punt mevrouw heeft gordelroos gehad deze zomer en is daar nog niet van hersteld punt ze is vierenzestig en werkte tot vorig jaar als kok in een verzorgingshuis punt nu zit ze in de ziektewet en het {{o:UWV}} heeft een keuring gepland punt ze is bang dat ze haar inkomen kwijtraakt punt ze heeft een hypotheek punt haar zoon [[p:Dennis]] wil helpen maar heeft zelf schulden punt ik heb voorgesteld een {{r:schuldhulpmaatje}} in te zetten voor overzicht punt mail mevrouw [[e:roos punt zomer zestig apenstaartje gmail punt com]] punt postcode [[pc:2541 EP]] punt nummer [[t:zes vier vier drie nul twee één acht]] met nul zes ervoor
§§
Tel. [[d:17-07]] 16:40 – [[p:Storm]] (buurman mw. [[p:Kok]], [[a:Pisuissestraat 19]]) belt: mw. roept om hulp, deur op slot. 112 gebeld door mij, ambulance ter plaatse 16:55. Mw. [[p:Kok]] naar {{o:HMC Westeinde}}. Sleutel bij dhr. [[p:Storm]] (nr. 21). Tel [[p:Storm]]: [[t:06-50 60 70 11]].
Na de storm van vorige week was er nog een daklek bij mw., {{o:Haag Wonen}} reparatieverzoek [[ds:HW-RV-0093381]].
§§
voicemail uitgetypt door spraak naar tekst goedemiddag u spreekt met [[p:Rasha Alhassan]] eh de moeder van [[p:Yara]] en [[p:Sami]] nee dat is een andere familie sorry ik ben [[p:Rasha]] ik woon op [[a:Troelstrakade vierenzeventig]] ik had een afspraak met meneer [[p:Jeroen]] van [[d:maandag tweeëntwintig juli]] maar ik moet naar de IND dus ik kan niet kunt u mij bellen op [[t:nul zes drie acht nul nul één vier vier negen]] dank u
§§
Post-it op scherm van [[p:Bart]]:
"[[p:Rasha]] afspraak verzetten → IND [[d:22/7]]"
§§
Telefoonlog week 30
ma [[d:22-7]] – {{o:Kredietbank}} ([[p:Fennema]]): aanvraag [[p:Kowalczyk]] compleet, nieuwe rekening [[i:#IBAN]] doorgegeven.
di [[d:23-7]] – dhr. [[p:Kowalczyk]] zelf: blij, bedankt.
wo – niks
do [[d:25-7]] – mw. [[p:Wiśniewska]]: bezwaar urgentie afgewezen. Huilde. Wil verhuizen naar Polen? Afspraak [[d:vr 26 juli]] 10:00, [[a:Herman Costerstraat 64-1]].
§§
dictaat eh wacht even oké ik ben bij mijnheer [[p:Hakimi]] nee [[p:Hakimi]] is de achternaam [[p:Nasrin Hakimi]] is mevrouw zij is degene die we zien eh ze woont op [[a:Jonckbloetplein zeven hs]] in {{w:Regentessekwartier}} punt ze heeft een dochter van acht [[p:Parwana]] met epilepsie punt er is onduidelijkheid over de PGB aanvraag bij de {{o:SVB}} punt het budgetnummer is [[ds:PGB-7704512]] punt er is een achterstand in uitbetaling aan de zorgverlener een tante [[p:Shirin]] punt ik neem contact op met de SVB punt mevrouw bsn [[b:#BSN]] dochter weet ik nog niet
§§
to-do (lijstje in telefoon)
• [[p:Hakimi]] SVB bellen (budgetnr in dossier)
• [[p:Shirin]] tante → contract zorgverlener checken
• parkeervergunning auto werk verlopen [[d:31-07]]!!
• [[p:Fortes]]/[[p:Nelson]] → werkgever bellen? toestemming getekend [[d:17/7]]
§§
Mail aan {{r:casusregisseur}} [[p:Jolanda]], cc [[p:Youssef]]:
Beste [[p:Jolanda]], de casus [[p:El Ouali]] loopt vast. Mw. heeft opnieuw een brief van de deurwaarder ({{o:GGN}}, dossiernummer [[ds:GGN-7789120/3]]) voor een openstaande zorgverzekeringspremie. Bedrag € 1.488,10. Ze wil een regeling maar GGN eist eerst een aanbetaling. Kunnen we dit bespreken in het MDO van [[d:donderdag 1 augustus]]? Groet, [[p:Nadia]]
§§
ingesproken tijdens het fietsen dus excuses eh familie [[p:Hoop]] [[a:Ketelstraat honderdveertig]] meneer [[p:Wil Hoop]] belde mij dat de brief over de energietoeslag niet is aangekomen punt ik hoop dat we dit voor de deadline kunnen fixen punt de aanvraag moet voor [[d:dertig september]] binnen zijn punt mail [[e:wilhoop1955@kpnplanet.nl]] punt bellen via zijn dochter want meneer is slechthorend [[t:nul zes één twee één twee één twee één twee]]
§§
dhr. [[p:Yonas Habte]] is [[d:26/7]] verhuisd naar [[a:Lijsterbesstraat 12-B]], [[pc:2563 PH]]. Nieuwe huisarts nog niet geregeld.
§§
Overdracht [[p:Esra]] aan [[p:Nadia]] (vakantie [[d:29/7]]–[[d:16/8]])
Casussen die aandacht vragen:
- [[p:Wdowiak]] (bewind aangevraagd, zitting rechtbank [[d:6 augustus]] 11:15). Mw. weet ervan, [[p:Jeroen]] gaat mee. Rechtbank kenmerk [[ds:C/09/668123 / BW RK 24-551]].
- [[p:Semhar]]: DUO regeling loopt, termijn €50 per maand van [[i:#IBANSP]].
- [[p:Mihaela Popescu]]: ontruiming is afgewend!! Regeling met {{o:Staedion}} getroffen. Alleen volgen.
Alles staat in het dossier. Liefs [[p:Esra]]
§§
dictaat telefonisch consult met {{r:bewindvoerder}} [[p:Kees Hoogendijk]] over mevrouw [[p:Sewnath]] [[p:Anjali]] punt hij vertelt dat de alarmering nu via de {{o:Haagse Wijk- en Woonzorg}} loopt en dat er een nieuw contract is punt hij vroeg ook naar de schoonmoeder die bij de familie inwoont of die al bewind heeft punt nee punt ik heb gezegd dat we dat eerst met de familie bespreken punt verder vraagt hij of ik de geboortedatum van mevrouw kan bevestigen voor zijn administratie [[d:elf elf negentienhonderd zeventig]] punt klopt punt zijn nieuwe emailadres is [[e:kees at hoogendijkbewind punt nl]] punt hij is op vakantie vanaf [[d:negen augustus]] tot eind augustus punt vervanger is zijn collega [[p:Ineke]] op hetzelfde nummer [[t:nul zeven nul drie vijf nul twee twee twee twee]]
§§
Telefoontje van [[p:Sunday Adebayo]] (zei zelf "[[p:Sunday]] zoals zondag") – hij woont in een kamer boven de kapper op [[a:Prinsestraat 77-A]], [[pc:2513 CB]]. Hij werkt zwart in een restaurant, heeft geen ziektekostenverzekering, en heeft al drie weken een ontstoken kies. Verwezen naar {{o:Stichting Tandzorg Ongedocumenteerden}} en het {{o:Wereldhuis}}. Ik heb gevraagd of hij een afspraak wil op het {{o:Servicepunt XL}} {{w:Centrum}}. Ja, [[d:dinsdag 30 juli]] 15:00. Nummer: [[t:+44 7700 900 123]] (Engels nummer, whatsapp).
§§
Overdracht {{w:Bouwlust}}/{{w:Vrederust}} team, [[d:2 augustus]]
Van: [[p:Linda]] ({{r:schuldhulpverlener}}), aan: [[p:Hans]] (nieuw in team, welkom!)
1. [[p:Florina Munteanu]], [[a:Hobbemastraat 88-3]] – schuldenoverzicht klaar, aanvraag {{o:Kredietbank}}, BSN [[b:#BSN]]. Rekening waar leefgeld heen moet: [[i:#IBANSP]].
2. [[p:Gheorghe]] (haar man) – loopt via UWV, letselschadeadvocaat mr. [[p:Brouwer]].
3. [[p:Edsel Coffie]] – CJIB regeling, maandbedrag €75, loopt vanaf [[d:1 september]].
4. [[p:Rahimi]] – geen schulden, alleen budgetcoaching.
Contact {{o:Kredietbank}}: mevr. [[p:Fennema]], [[t:070-353 21 70]], [[e:a.fennema@kredietbankdenhaag.nl]]
§§
spraakmemo kort meneer [[p:de Haan]] uit de [[a:Oude Haagweg twee eh tweehonderdveertig]] weet niet meer hoe zijn thermostaat werkt en het is tweeëntwintig graden binnen in augustus ik bel zijn dochter [[p:Ellen]] die zou het regelen eh de haan van de buren kraait overigens elke ochtend om vijf uur daar klaagt hij ook over punt niks mee doen
§§
[[d:di 6/8]] bewind [[p:Wdowiak]] → [[p:Jeroen]] mee, 10:45 verzamelen bij ingang Prins Clauslaan
§§
Dictaat MDO {{w:Laak}} [[d:8 augustus]] eh casus [[p:Gift Mensah]] punt aanwezig [[p:Mo]] [[p:Hans]] [[p:Linda]] en de {{r:woonconsulent}} van {{o:Haag Wonen}} meneer [[p:Kruithof]] punt het huurcontract blijkt vals te zijn punt de zogenaamde huisbaas [[p:Boateng]] is niet de eigenaar punt de echte eigenaar is een bv punt {{o:Haag Wonen}} heeft niks met het pand te maken punt actie [[p:Linda]] meldt dit bij het {{o:Meldpunt Malafide Verhuurders}} punt meneer [[p:Mensah]] moet misschien op korte termijn weg punt we zoeken naar een noodopvang via {{o:Kessler Stichting}} punt meneer is erg boos en zegt dat hij vierduizend euro kwijt is
§§
Notitie: telefoon [[p:Kruithof]] ([[t:070 3 12 45 66]]) – pand [[a:Lorentzplein 22]] is in handen van {{o:Residentie Vastgoed BV}}, niet van [[p:Boateng]]. Kvk-uittreksel volgt.
§§
lijstje:
- mw. [[p:Kok]] terug uit ziekenhuis? → [[p:Storm]] bellen
- [[p:Adebayo]] afspraak gemist, opnieuw whatsappen
- {{o:Voedselbank}} herindicatie [[p:Vreden]] voor [[d:15/8]]
- koffie kopen voor teamkamer
§§
ingesproken voicemail hallo met [[p:Ingrid]] [[p:Vos]] de dochter van mevrouw [[p:Vos]] uit {{w:Mariahoeve}} eh mijn moeder is gisteren [[d:de twaalfde]] opgenomen in het Bronovo na een val en ze moet daarna waarschijnlijk revalideren punt ik wilde dat even laten weten aan mevrouw [[p:Karin]] zodat de casemanager ook op de hoogte is eh mijn nummer heeft u nog [[t:nul zes vijf twee zeven één vier nul nul negen]] dank u wel
§§
Voor [[p:Karin]]: dochter [[p:Vos]] belde, moeder in {{o:Bronovo}} na val ([[d:12-08]]). Revalidatie volgt, waarschijnlijk bij {{o:Florence}} {{w:Mariahoeve}}. Casemanager dementie [[p:Petra Dekker]] is ingelicht via [[e:p.dekker@florence.nl]].
§§
Telefonisch contact [[d:maandag 12 augustus]] met mw. [[p:Ayaan Farah]], zus van [[p:Abdirahman Mohamed Farah]]. [[p:Abdirahman]] (29) zit sinds drie weken in {{o:Parnassia}} (PAAZ). Zus wil weten wat er met zijn woning gebeurt ([[a:Soestdijksekade 402]]) en of de huur doorbetaald wordt. Ik heb uitgelegd dat ik met hem zelf moet overleggen. Afspraak in de kliniek, [[d:vrijdag 16-8]], met zijn {{r:ambulant begeleider}}.
Tel. zus: [[t:06 19 27 38 46]]
§§
dictaat eerste gesprek nieuwe cliënt aangemeld door de {{r:huisarts}} van {{o:Gezondheidscentrum Waldeck}} punt het gaat om mevrouw [[p:Milena Dimitrova]] eh nee wacht dat is de andere mevrouw [[p:Dimitrova]] deze heet [[p:Desislava Ivanova]] [[p:I van Ida v a n o v a]] punt ze is tweeënveertig jaar en woont samen met haar partner [[p:Plamen]] in een kamer op de [[a:Loosduinseweg vierhonderdtweeënveertig c]] postcode [[pc:2571 BT]] punt ze werkt bij een uitzendbureau als orderpicker maar is sinds [[d:drie juni]] ziek thuis met rugklachten punt het uitzendbureau betaalt geen ziekengeld uit zegt ze punt ik heb uitgelegd dat ze zich bij het {{o:UWV}} ziek moet melden als het contract is beëindigd punt dat wist ze niet punt verder heeft ze geen huisarts in nederland alleen de huisarts waar ze nu via de spoedpost terecht kwam punt bsn [[b:#BSNSP]] punt telefoon [[t:nul zes twee nul acht zeven zes vijf vier drie]] punt ze spreekt redelijk engels punt afspraak met het {{o:Juridisch Loket}} gemaakt voor [[d:woensdag eenentwintig augustus]] om negen uur punt volgend contact telefonisch na die afspraak
§§
Telefoonnotitie [[d:14 aug.]] – [[p:Ilham]] (mw) ↔ mw. [[p:Khadija Bouzerda]]
Mw. belt vanaf nieuw nummer [[t:06 4 7 1 2 9 0 3 6]] want haar oude telefoon is afgepakt door vader. Huisverbod loopt af op [[d:24 juli]] nee dat was al, nu is er een contactverbod via de strafrechter. Mw. zit met de kinderen tijdelijk bij haar zus in Rotterdam, [[a:Beijerlandselaan 120B]], [[pc:3074 EM]] Rotterdam. Niet doorgeven aan vader!!! Zie VT-dossier [[ds:VT-2024-0871]]. Ze wil terug naar haar huis in {{w:Schilderswijk}} als hij er niet meer komt.
§§
Hoi [[p:Hans]], welkom nog! Voor jouw eerste huisbezoek morgen: mw. [[p:Florina Munteanu]], [[a:Hobbemastraat 88-3]]. Bel aan bij "[[p:Popa]]" want haar naam staat niet op de bel. Ze verwacht je om 10u. Groetjes [[p:Linda]]
§§
dictaat telefoongesprek met meneer [[p:Wim Baas]] eh meneer heeft last van de buren op nummer veertien die hard muziek draaien tot diep in de nacht punt hij woont zelf op [[a:Gaslaan negen]] in {{w:Laak}} punt hij heeft al drie keer de politie gebeld punt ik heb uitgelegd dat buurtbemiddeling via {{o:Stichting Buurtbemiddeling Den Haag}} kan helpen punt hij wil dat niet punt hij wil dat de buren eruit gezet worden punt verder vertelde hij dat zijn zus [[p:Truus Baas]] uit {{w:Duindorp}} eens per week komt schoonmaken punt de wond aan zijn been gaat volgens hem beter punt [[p:Femke]] van de wijkverpleging bevestigt dat punt geen verdere acties behalve terugbellen over twee weken [[d:donderdag negenentwintig augustus]]
§§
TO DO [[p:Nadia]] (week 34)
[ ] [[p:El Ouali]] – GGN regeling, aanbetaling €150 van rekening [[i:#IBANLOW]] overgemaakt? check met mw
[ ] [[p:Rayan]] (zoon [[p:El Ouali]]) aanmelden sportfonds
[ ] [[p:Tahiri]] – verlenging huurcontract
[ ] supervisie [[d:22-8]] 15:00
§§
belletje [[p:Chantal]] CJG: [[p:Adilson]] start [[d:2 september]] op een nieuwe school (praktijkonderwijs), leerplicht zaak gesloten, kenmerk was [[ds:LP-2024-03381]]
§§
spraaknotitie huisbezoek bij [[p:Agnieszka]] eh mevrouw [[p:Wdowiak]] ik spreek het uit als [[p:vdo vjak]] op de [[a:Delftselaan achtenvijftig]] eh de rechtbank heeft het beschermingsbewind uitgesproken punt de bewindvoerder is {{o:Budgetbeheer Haaglanden}} punt mevrouw is opgelucht maar ook bang dat ze nu niks meer zelf mag punt ik heb uitgelegd dat ze elke week leefgeld krijgt op haar eigen rekening en dat de vaste lasten door de bewindvoerder worden betaald vanaf de beheerrekening punt leefgeld komt op [[i:#IBANSP]] punt [[p:Jeroen]] van MEE blijft betrokken voor de dagelijkse dingen punt volgende afspraak met zijn drieën [[d:dinsdag drie september]] om half elf
§§
[[d:19-08-2024]] 17:10 – na werktijd gebeld door dhr. [[p:Petrov]] ([[t:06 84 21 77 30]]). Hij is uit zijn kamer gezet door de verhuurder, slaapt vannacht bij een vriend op [[a:Vaillantlaan 155]]. Morgen eerste actie: [[p:Stoyan Petrov]] aanmelden bij Centrale Toegang {{o:Maatschappelijke Opvang}}.
§§
Overdracht vakantie [[p:Wouter]] – [[d:26 aug]] t/m [[d:13 sept]]

dhr. [[p:Vreden]]: Rode Kruis pakket loopt. Niks doen.
dhr. [[p:Adebayo]]: onbereikbaar sinds eind juli. Evt. afsluiten na nog 1 poging.
mw. [[p:Hakimi]]: SVB heeft achterstand uitbetaald (€2.310). Tante [[p:Shirin]] moet zorgovereenkomst opnieuw tekenen, afspraak [[d:vr 6 september]] bij mw. thuis ([[a:Jonckbloetplein 7-hs]], [[pc:2523 AR]]).
Noodnummer mij (alleen als het echt moet): [[t:06-29 19 03 88]]
§§
reminder voor [[p:Youssef]] (van [[p:Jolanda]]): [[p:El Ouali]] MDO verplaatst naar [[d:do 5 sep]].
§§
dictaat bemoeizorg eh melding via de {{o:Meldpunt Zorg en Overlast}} over meneer [[p:Krzysztof Nowak]] die volgens buren op de [[a:Loosduinseweg vijfenveertig twee]] in een vervuilde woning woont punt ik ben er vandaag met [[p:Marco]] de wijkagent langs geweest punt meneer deed na lang aanbellen open punt de woning staat vol met flessen en vuilniszakken punt meneer is vijfenvijftig zegt hij en werkte vroeger in de haven van Gdańsk punt hij wil geen hulp maar hij wil wel dat de verwarming gerepareerd wordt punt dat is een ingang punt ik heb met {{o:Vestia}} gebeld over de cv punt de huur wordt betaald via een automatische incasso van rekening [[i:#IBAN]] dus daar zit geen probleem punt volgende stap samen met de {{r:sociaal psychiatrisch verpleegkundige}} van {{o:Parnassia}} [[p:Erik]] op [[d:de derde van de negende]] langs punt buurvrouw mevrouw [[p:Koster]] heeft zijn telefoonnummer [[t:nul zes één één negen drie acht vier twee nul]] gegeven
§§
Tel. contact [[d:27-8]] met [[p:Marco]] (wijkagent {{w:Valkenbos}}): nog twee meldingen over [[p:Nowak]] binnen. Samen optrekken. [[p:Marco]]: [[t:06 5100 3344]].
§§
Overdracht [[p:Sanne]] → [[p:Bart]] (ik ga naar team {{w:Escamp}})

[[p:Tahiri]]: verlenging huurcontract getekend [[d:20 aug]], loopt nu tot [[d:1-9-2025]].
[[p:Öztürk]]: [[p:Mehmet]] regelt de post, moeder gaat in oktober drie maanden naar Turkije. Tijdens die periode huur via machtiging [[i:#IBANSP]].
[[p:Hüseyin Demir]]: traplift geplaatst!! Afsluiten na evaluatiegesprek.
Mijn nieuwe mail: [[e:sanne.vandijk@swtdenhaag.nl]] – bel gerust.
§§
spraak naar tekst mevrouw [[p:sjoukje]] nee sorry [[p:Sjoukje de Vries]] met een v eh ze is de {{r:mantelzorger}} van haar broer [[p:Gijs]] die een niet aangeboren hersenletsel heeft na een auto ongeluk in 2019 punt ze woont in Leiden en komt drie keer per week naar Den Haag naar [[a:Fahrenheitstraat driehonderdvijf]] punt ze kan het niet meer aan punt ik heb gevraagd of [[p:Gijs]] een indicatie heeft voor begeleiding punt nee punt we gaan samen een aanvraag doen bij het {{o:Wmo-loket}} en ik schakel {{o:MEE}} in voor cliëntondersteuning punt telefoon mevrouw [[t:nul zes zeven één vier vier drie drie nul nul]] punt broer [[p:Gijs de Vries]] geboren [[d:zeven januari negentienhonderd tachtig]] punt bsn heeft ze niet bij zich
§§
Bel-log [[p:Bart]] [[d:do 29 aug]]
09:05 mw. [[p:Öztürk]] – wil weten wie nu haar contactpersoon is (was [[p:Sanne]]). Uitgelegd.
10:20 [[p:Mehmet Öztürk]] – zelfde vraag, + vraagt of we een verklaring kunnen schrijven voor de {{o:Belastingdienst}}. Nee, dat loopt via moeder zelf.
13:45 {{o:HWW zorg}} (wijkverpleging) – mw. [[p:de Wit]] ([[a:Zuiderparklaan 512]]) weigert wondzorg. Vraag of wij langs gaan. Morgen.
§§
mw [[p:de wit]] morgen 9u!!! (wondzorg weigert) – sleutel kluisje code staat in dossier
§§
dictaat huisbezoek mevrouw [[p:de Wit]] [[p:Henny]] [[p:de wit]] eh [[a:Zuiderparklaan vijfhonderdtwaalf]] punt mevrouw zat in de stoel en wilde niet dat de wijkverpleegkundige haar been verzorgt punt ze zegt dat de zuster te ruw is punt na een tijdje praten bleek dat ze het vooral vervelend vindt dat er steeds iemand anders komt punt ik heb met de teamleider van {{o:HWW zorg}} [[p:Joyce]] afgesproken dat er een vast team van twee zusters komt punt daarna vond mevrouw het goed punt haar zoon [[p:Frank de Wit]] komt zondags eten punt hij mag gebeld worden [[t:nul zes twee twee vier vier zes zes acht acht]]
§§
noot [[p:Henny]] = mw [[p:de Wit]] (roepnaam [[p:Henny]], officieel [[p:Hendrika]])
§§
Telefonische intake [[d:2 september 2024]]
Beller: [[p:Tsegay Kidane]], 19 jaar
Woont sinds kort zelfstandig op [[a:Goudenregenstraat 156]], [[pc:2565 EW]], na Nidos voogdij.
Vraag: hij heeft een brief van de gemeente over zijn bijstand en begrijpt niet waarom hij minder krijgt. Hij gaat naar het ROC (Entree). Ik vermoed kostendelersnorm omdat een neef ([[p:Habtom]]) bij hem ingeschreven staat.
Afspraak: [[d:ma 9 sept]] 13u op kantoor, [[p:Habtom]] mag mee.
Tel: [[t:06-85 06 85 06]]
Mail: [[e:tsegaykidane2005@gmail.com]]
§§
[[p:Joyce]] (HWW) belt terug: vast team voor [[p:de Wit]] start [[d:9 sept]]. Zusters [[p:Anouk]] en [[p:Ria]].
§§
ingesproken na MDO jeugd en gezin {{w:Transvaal}} casus familie [[p:Kaya]] eh [[p:Emine Kaya]] moeder van vier waarvan de oudste [[p:Berkay]] in de problemen zit punt hij is opgepakt voor een winkeldiefstal in het {{o:Haagse Markt}} gebied punt {{o:Jeugdbescherming West}} is niet betrokken wel {{o:Halt}} punt moeder wil hulp bij de opvoeding maar vader [[p:Hasan]] vindt dat niet nodig punt vader werkt bij de {{o:HTM}} als chauffeur punt afspraak huisbezoek met beide ouders [[d:vrijdag dertien september]] punt ik ga met [[p:Nordin]] de jeugdconsulent
§§
dictaat gesprek op het {{o:Servicepunt XL}} {{w:Escamp}} met mevrouw [[p:Shurandy Isenia]] eh sorry meneer het is een meneer [[p:Shurandy]] is een mannennaam punt meneer [[p:Isenia]] is achtentwintig en heeft een dochtertje van drie waar hij sinds [[d:de eerste oktober]] de volledige zorg voor heeft omdat de moeder is opgenomen punt hij woont op de [[a:Dedemsvaartweg tweehonderdnegenenzestig]] postcode [[pc:2545 AN]] punt hij werkt fulltime als beveiliger met wisselende diensten en heeft geen opvang voor het kind punt ik heb uitgelegd hoe kinderopvangtoeslag werkt en dat hij via het {{o:CJG}} ook ondersteuning kan krijgen punt moeder van het kind heet [[p:Roxanne Martina]] en zit in {{o:Parnassia}} punt meneer heeft nog geen DigiD punt we maken er samen een aan [[d:dinsdag 8 oktober]] punt bsn meneer [[b:#BSN]] punt nummer meneer [[t:nul zes vier vier vier zeven zeven acht acht één]]
§§
TELEFOON {{o:Belastingdienst}} – [[d:2024-10-02]] – namens [[p:Isenia]] (machtiging aanwezig)
Wachttijd 35 min. Medewerker mw. [[p:Rutten]] zegt: aanvraag KOT kan met terugwerkende kracht tot [[d:1-10-2024]]. Referentie gesprek [[ds:BD-20241002-88413]]. Aanvraag via Mijn Toeslagen, daarna toeslag op [[i:#IBANSP]].
§§
lijstje [[d:vr 4/10]]
- [[p:Isenia]] DigiD brief binnen? (activeringscode komt per post [[a:Dedemsvaartweg 269]])
- [[p:Berkay Kaya]] Halt-afspraak [[d:7 okt.]] 16u – vader gaat mee?
- [[p:Tsegay]] kostendelersnorm: [[p:Habtom]] uitschrijven, formulier BRP
- ziekmelding [[p:Jolanda]] doorgeven aan P&O
§§
Spraakmemo [[p:Marco]] (wijkagent) doorgestuurd:
"Ja [[p:Mo]] met [[p:Marco]], even over die [[p:Nowak]] op de [[a:Loosduinseweg 45-2]]. Ik heb vannacht weer een melding gehad, geluidsoverlast en een ruit eruit. Hij is niet aangehouden. Kun jij morgen met [[p:Erik]] van Parnassia? Bel me op [[t:06.51.00.33.44]]. Oké, later."
§§
verslag huisbezoek [[d:donderdag tien oktober]] eh familie [[p:Kaya]] [[a:Stuwstraat achtenveertig]] samen met [[p:Nordin]] punt beide ouders aanwezig punt vader [[p:Hasan]] was in het begin afwijzend maar toen [[p:Nordin]] in het Turks begon te praten ging het beter punt vader vertelde dat hij zelf als jongen ook in de problemen zat en dat zijn vader hem sloeg punt dat wil hij zijn zoon niet aandoen maar hij weet niet hoe het anders moet punt moeder [[p:Emine]] huilde punt [[p:Berkay]] was er niet punt we hebben afgesproken dat de ouders starten met een oudercursus bij het {{o:CJG}} punt {{o:Halt}} traject loopt punt volgend gesprek met [[p:Berkay]] erbij op [[d:de vierentwintigste]] om vier uur na school
§§
[[d:14-10]] – mw. [[p:Hakimi]] ([[t:(070) 388 51 27]]) belt: [[p:Parwana]] is opgenomen in het {{o:Juliana Kinderziekenhuis}} met een zware aanval. Mw. vraagt of iemand op de kleine zus ([[p:Setareh]], 5) kan passen. Buurvrouw [[p:Gulalai]] doet het vandaag. Morgen bellen.
§§
Overdracht bij vertrek [[p:Mo]] (naar ander team), [[d:15 okt]]
[[p:Precious Ofori]] – cv klaar, gesolliciteerd bij {{o:Albert Heijn}} en {{o:Kruidvat}}. Kinderopvang [[p:Emmanuel]] geregeld bij {{o:Kinderopvang Triodus}}? nee, bij {{o:Partou}}, start [[d:4 november]].
[[p:Adebayo]] – gesloten.
[[p:Edsel Coffie]] – VCA cursus gestart, examen [[d:22-11-2024]]. Contact via [[t:+31642424288]].
[[p:Gift Mensah]] – opvang {{o:Kessler Stichting}}, [[a:Schenkkade 245]]. Aangifte tegen [[p:Boateng]] gedaan, pv-nummer [[ds:PL1500-2024187733]].
Succes allemaal, [[p:Mo]] ([[e:mohamed.aitelhadj@swtdenhaag.nl]])
§§
dictaat kort mevrouw [[p:Comfort Adjei]] heeft haar nieuwe id kaart punt nummer van de kaart hoef ik niet te noteren punt wel de nieuwe geboorteplaats klopt nu punt ze is geboren op [[d:zes juni negentienhonderd vijfennegentig]] in Kumasi punt het adres [[a:Hoefkade driehonderdnegentig]] is ook goed punt klaar
§§
Tel. ([[d:di 15-10]]) met [[p:Anouk]] van {{o:HWW zorg}}: mw. [[p:de Wit]] accepteert de zorg. Wond geneest. [[p:Frank]] (zoon) is blij. Evaluatie [[d:12 november]]. [[p:Anouk]] direct: [[t:088 - 204 30 00]] toestel 212.
§§
voicemail uitgeschreven hallo ja met [[p:Yonas]] [[p:Habte]] eh ik ben verhuisd naar eh [[a:Lijsterbesstraat twaalf b]] maar ik heb nog geen post van de gemeente en ik weet niet wie mijn huisarts is kunt u mij helpen mijn nummer is [[t:nul zes vijf vijf nul nul één twee drie vier]] dank je wel
§§
dictaat aanvraag kwijtschelding eh gegevens voor het formulier van de {{o:Belastingen Haaglanden}} punt aanvrager meneer [[p:Hristo Angelov]] geboren [[d:achttien februari negentienhonderd zevenentachtig]] bsn [[b:#BSN]] punt partner geen punt inwonend moeder mevrouw [[p:Angelova]] [[p:Vesela]] geboren [[d:een april negentienhonderd zesenvijftig]] bsn [[b:#BSNSP]] punt adres [[a:Kepplerstraat honderdeenenzeventig]] postcode [[pc:2562 VH]] punt inkomen meneer netto ongeveer negentienhonderd euro per maand uit loondienst punt huur zevenhonderdtwintig punt rekeningnummer meneer [[i:#IBANSP]] punt aanslagnummer [[ds:4512.7788.3301]] punt ik moet nog de bankafschriften van de laatste drie maanden hebben die stuurt hij op naar mijn mail
§§
Telefoonnotitie [[d:wo 16 okt]]
Beller: {{o:Stichting Anand}}, mw. [[p:Ramsaran]] (coördinator dagbesteding)
Over: schoonmoeder van mw. [[p:Sewnath]], mw. [[p:Dewkoemarie Sewnath]], geb. [[d:03-03-1941]]. Kan per [[d:4 november]] starten op maandag en donderdag. Vervoer via {{o:Haaglanden Beweegt}} (Wmo-vervoer), pasnummer nog aanvragen. Indicatienummer Wmo: [[ds:WMO-24-40917]].
Terugbellen naar: [[t:070 – 380 22 19]]
§§
[[p:Hans]] – mw. [[p:Munteanu]] bevallen!! dochtertje, [[d:zo 20/10]]. Kraamzorg via {{o:Kraamzorg Haaglanden}}. Even een kaartje?
§§
handover notitie nachtdienst crisis eh naar het team {{w:Moerwijk}} punt vannacht om half drie gebeld door de politie over mevrouw [[p:Faadumo Ahmed]] die met haar zus [[p:Sahra Yusuf]] naar het politiebureau aan de Jan Hendrikstraat was gekomen punt zus [[p:Sahra]] was in de war en dakloos geraakt punt ze is uiteindelijk opgevangen bij het {{o:Leger des Heils}} [[a:Prinsegracht vijfenzeventig]] punt ze heeft een afspraak met de {{o:GGZ}} crisisdienst op [[d:maandag eenentwintig oktober]] om elf uur punt mevrouw [[p:Ahmed]] is bereikbaar op [[t:plus drie één zes vier één twee zeven nul vijf negen drie]] punt graag vandaag iemand laten bellen
§§
!! [[p:Sahra Yusuf]] – LdH [[a:Prinsegracht 75]] – GGZ [[d:ma 21/10]] 11u – wie gaat mee? ([[p:Dewi]]?)
§§
Overdracht [[p:Dewi]] aan [[p:Nadia]]:
dhr. [[p:Al-Khatib]] is [[d:17 oktober]] gestart met EMDR bij {{o:i-psy}}. Gaat goed.
mw. [[p:Haddad]] volgt sinds september taalles bij {{o:Stichting Taal aan Zet}}. Wil graag vrijwilligerswerk, bv. bij het {{o:Buurthuis De Mussen}}.
Kwijtschelding toegekend (brief [[d:11-10-2024]]), ref [[ds:KWS-2024-118734]].
Nieuwe mail mw.: [[e:lina.h.1985@outlook.com]] (oude werkt niet meer).
Kinderen: [[p:Yara]] naar de brugklas, [[p:Sami]] en [[p:Jad]] naar {{o:De Fakkel}}.
§§
dictaat huisbezoek mevrouw [[p:Chen]] [[p:Li]] van het restaurant op de [[a:Wagenstraat honderdzeven]] punt eh ze woont boven het restaurant met haar man meneer [[p:Chen]] die sinds een herseninfarct in juli halfzijdig verlamd is punt zij doet de zorg en werkt daarnaast in de keuken punt hun zoon [[p:Kevin Chen]] studeert in Delft en helpt in het weekend punt er is geen lift en meneer komt niet meer naar beneden punt ik heb een urgentieaanvraag besproken en een aanvraag voor {{r:ergotherapeut}} via de huisarts punt mevrouw heeft een zorgverzekering maar meneer is niet aanvullend verzekerd punt postcode [[pc:2512 AT]] punt nummer zoon [[t:nul zes zes nul nul nul drie drie zeven zes]] want mevrouw spreekt weinig nederlands punt mail zoon [[e:kevin.chen at student.tudelft.nl]]
§§
To do:
- urgentieaanvraag [[p:Chen]] → formulier + medische verklaring (dr. [[p:Oei]], huisarts)
- [[p:Kevin]] vragen om kopie polis
- [[p:Sahra]]: toestemmingsformulier tekenen (ma)
- terugbellen {{o:Stichting Anand}} (bevestigen [[d:4/11]])
§§
dictaat eh rapportage huisbezoek in {{w:Bezuidenhout}} op [[d:maandag vier november]] bij meneer [[p:Jaap Wolf]] op de [[a:Juliana van Stolberglaan honderdachtenveertig]] punt meneer is tweeënnegentig jaar en woont nog zelfstandig op de derde verdieping punt de lift is al drie weken kapot en meneer is sindsdien niet buiten geweest punt de boodschappen worden gedaan door een buurjongen punt meneer is helder van geest maar lichamelijk zwak punt hij heeft geen kinderen meer punt zijn enige nicht [[p:Marianne Wolf]] woont in Zeeland punt ik heb de verhuurder {{o:Haag Wonen}} gebeld over de lift punt volgens hen wordt er aan gewerkt punt ik heb ook voorgesteld dat de {{r:ouderenconsulent}} langskomt voor een gesprek over een aanleunwoning punt meneer wil daar niet van horen punt hij zegt hier ga ik dood punt dat respecteren we punt wel gezorgd voor personenalarmering punt telefoonnummer meneer vaste lijn [[t:nul zeven nul drie vier zeven één twee nul nul]] punt volgend bezoek [[d:maandag achttien november]]
§§
Telefoonlog [[p:Karin]] ({{r:ouderenconsulent}}) – week 45
[[d:ma 4/11]]: nicht [[p:Marianne Wolf]] gebeld, [[t:0113-56 22 90]]. Zij komt [[d:23 november]] naar Den Haag.
[[d:di 5/11]]: {{o:Haag Wonen}} – lift [[a:Juliana van Stolberglaan 148]] gerepareerd. 
[[d:wo 6/11]]: mw. [[p:Vos]] terug thuis na revalidatie, thuiszorg 3x per dag via {{o:Florence}}. Dochter [[p:Ingrid]] tevreden.
do: studiedag.
vr: niks bijzonders.
§§
spraakmemo aan [[p:Bart]] eh [[p:Bart]] ik ben er morgen niet kun jij de afspraak bij [[p:Kowalczyk]] overnemen om half twee het adres is [[a:Herman Costerstraat vierenzestig een hoog]] het gaat om de eindevaluatie van de schuldhulp punt de stukken liggen in de la van mijn bureau punt en vergeet niet dat hij graag koffie aangeboden krijgt dus neem tijd punt bedankt
§§
Overdracht week 46 – [[p:Nadia]] naar [[p:Youssef]]

[[p:Hanane el Ouali]] – GGN-regeling loopt (€50/mnd, eerste termijn [[d:1 nov]] betaald van [[i:#IBAN]]). Ex [[p:Mustapha]] heeft eindelijk iets betaald via LBIO.
[[p:Noor]] (dochter) heeft een logopedist nodig, verwijzing via CJG. Contact CJG: [[p:Chantal]].
Mw. wil graag een computercursus. Tip: {{o:Bibliotheek Den Haag}} (Digisterker).
Adres blijft [[a:Van der Vennestraat 44]], [[pc:2525 CJ]].
§§
kort: [[d:8-11]] gebeld met {{o:SVB}} over [[ds:PGB-7704512]], alles in orde, nabetaling gedaan aan [[p:Shirin Hakimi]].
§§
dictaat melding Veilig Thuis overleg eh vandaag overlegd met [[p:Sjoerd Brouwer]] van {{o:Veilig Thuis}} over een nieuwe zorg in de familie [[p:Popescu]] punt de oudste dochter [[p:Andreea]] van twaalf heeft op school verteld dat haar vader haar moeder slaat punt de {{r:intern begeleider}} van school heeft dat bij ons gemeld punt we wegen of we een melding doen punt afwegingskader doorlopen punt besloten om samen met de moeder te praten en daarna te melden punt VT zaaknummer volgt punt moeder [[p:Mihaela Popescu]] [[a:Beresteinlaan drieëndertig]] nummer [[t:nul zes drie drie twee twee één één nul nul]] punt gesprek [[d:woensdag dertien november]] op school
§§
[[d:13-11]] gesprek mw. [[p:Popescu]] op school (met {{r:intern begeleider}} mevr. [[p:Van den Berg]]). Mw. bevestigt geweld. Melding VT gedaan, zaaknummer [[ds:VT-2024-1302]]. Mw. wil met de kinderen naar de {{o:Blijf Groep}}, plek beschikbaar vanaf [[d:15 november]]. Geheim adres!! Niet in dossier noteren.
§§
Post-it bij de koffieautomaat: "Wie heeft de sleutel van de dienstauto? – [[p:Jolanda]]" (geen casus)
§§
TODO
1. [[p:Popescu]]: kinderen uitschrijven school? NEE, eerst overleg VT
2. [[p:Andreea]] – schoolwerk regelen via {{r:leerplichtambtenaar}}
3. huur [[a:Beresteinlaan 33]] – wie betaalt? [[p:Ionuț]] heeft rekening [[i:#IBANSP]] leeggehaald volgens mw.
4. declaratie km oktober
§§
belnotitie: dhr. [[p:Isenia]] – DigiD werkt. KOT aangevraagd. Dochter [[p:Jaelynn]] naar gastouder vanaf [[d:18/11]]. Hij klinkt opgelucht.
§§
dictaat telefoontje van mevrouw [[p:Monteiro]] eh ze belt omdat er een brief is gekomen van de {{o:Sociale Verzekeringsbank}} over de kinderbijslag die wordt stopgezet voor [[p:Adilson]] omdat hij niet meer naar school zou gaan punt maar hij gaat wel naar school sinds [[d:twee september]] punt ik heb gezegd dat ze een bewijs van inschrijving moet vragen bij de school punt de school is {{o:Praktijkschool De Poort}} punt ze moet het naar de SVB sturen met het kenmerk uit de brief [[ds:KB-2024-5560918]] punt ik help haar daarmee op [[d:vrijdag vijftien november]] om tien uur bij het servicepunt punt ze vroeg ook of ik wist dat haar man terug is uit portugal punt dat wist ik niet punt even bespreken in het team
§§
dictaat eh gegevens voor de aanmelding {{o:Schuldhulpverlening}} punt klant mevrouw [[p:Errolinda Pinas]] nee [[p:Erolinda]] met één r punt geboren [[d:negenentwintig december negentienhonderd achtenzestig]] punt bsn [[b:#BSNDOT]] punt adres [[a:Wouwermanstraat dertig]] [[pc:2526 SH]] punt telefoon thuis [[t:nul zeven nul drie negen negen vier vier drie twee]] mobiel [[t:nul zes vier drie twee één nul nul negen negen]] punt rekeningnummer [[i:#IBANSP]] punt schuldeisers volgens mevrouw {{o:Eneco}} ongeveer twaalfhonderd {{o:Menzis}} ongeveer achthonderd en een lening bij een kennis punt inkomen AOW en klein pensioen punt ze woont alleen sinds haar moeder overleed die we vorig jaar ook kenden punt aanmelding gaat vandaag de deur uit
§§
Telefoonnotitie [[d:19 nov]]
Van: {{o:Kredietbank}} – [[p:A. Fennema]]
Betreft: [[p:Erolinda Pinas]], aanmelding ontvangen, intake op [[d:3 december]] om 9:30, loket Wijnhaven. Meenemen: ID, bankafschriften, alle brieven. Dossier [[ds:KB-HGL-2024-07791]].
§§
handover [[p:Youssef]] → weekenddienst
mw. [[p:El Ouali]]: ex-partner dreigt via whatsapp, screenshots bewaard. Als ze belt: niet zelf gaan, politie ([[t:0900 8844]]) of VT. Mw. nr [[t:06-48 22 10 03]].
dhr. [[p:Nowak]]: opgenomen (IBS) [[d:vr 22 nov]] in {{o:Parnassia}} Kijkduin. Woning [[a:Loosduinseweg 45-II]] afgesloten, sleutel bij {{o:Vestia}}.
§§
ingesproken tijdens de lunch eh even over [[p:Sahra]] [[p:Yusuf]] het gaat beter ze heeft een kamer gekregen via de {{o:Centrale Toegang}} in een beschermd wonen voorziening van {{o:Kessler Stichting}} aan de [[a:Hoefkade vierhonderdvijf]] punt ze krijgt begeleiding van [[p:Anton]] punt haar zus [[p:Faadumo]] is erg dankbaar punt de uitkering wordt overgezet naar het nieuwe adres punt nieuwe postcode [[pc:2526 CB]] punt het bsn heb ik gecontroleerd [[b:#BSN]] klopt met het dossier
§§
lijstje [[d:25/11]]
✔ [[p:Sahra]] adreswijziging
✘ [[p:Erolinda]] – Eneco afschrift opvragen
✘ dhr. [[p:Wolf]] – alarmering test
✘ Sinterklaasviering wijkcentrum [[d:4 dec]] – vrijwilligers?
§§
Dictaat overleg met [[p:Linda]] de {{r:schuldhulpverlener}} over meneer [[p:Edsel Coffie]] punt het CJIB heeft de regeling opgezegd omdat er twee termijnen niet betaald zijn punt [[p:Edsel]] zegt dat hij heeft betaald via [[i:#IBANLOW]] punt [[p:Linda]] vraagt de afschriften op punt als het klopt dan is het een fout van het CJIB punt anders kijken we naar een nieuwe regeling punt zijn VCA examen heeft hij gehaald op [[d:tweeëntwintig november]] punt goed nieuws punt hij begint [[d:twee december]] bij een bouwbedrijf in Rijswijk
§§
Tel. [[d:27-11-2024]] 10:40 met mevr. [[p:Sjoukje de Vries]]: WMO-indicatie voor broer [[p:Gijs]] is toegekend, begeleiding 4 uur p/w door {{o:Middin}}. Beschikking nr. [[ds:2024/WMO/118304]]. Zij is erg opgelucht. Volgend contact januari 2025... nee, [[d:8 januari 2025]].
§§
[[p:Jolanda]]: vergeet niet de casus [[p:Popescu]] in te brengen bij de intervisie van [[d:5/12]]!
§§
dictaat huisbezoek meneer [[p:Mahinder Jagessar]] [[a:Jan Blankenstraat zevenenveertig huis]] eh het gaat goed met meneer punt de maaltijdservice van {{o:Apetito}} komt elke dag punt zoon [[p:Rakesh]] komt nu elke week in plaats van om de week punt meneer heeft zich aangemeld bij het ouderen koor in het wijkcentrum {{w:Transvaal}} punt hij vertelde met trots over zijn kleindochter [[p:Priya]] die is afgestudeerd als verpleegkundige punt ik denk dat we kunnen afsluiten na nog één contact punt laatste bezoek [[d:dinsdag zeventien december]] punt zijn bsn voor het afsluitformulier [[b:#BSNSP]]
§§
dictaat zonder leestekens want de app doet raar huisbezoek bij mevrouw [[p:akosua boateng]] niet familie van die andere [[p:boateng]] van de huur zij woont op de [[a:hoefkade zeshonderdtien b]] met haar twee zonen [[p:kwabena]] en [[p:kofi junior]] ze heeft diabetes type twee en haar suikers zijn slecht de {{r:praktijkondersteuner}} van de huisarts heeft ons gevraagd mee te kijken naar de leefstijl ze eet veel brood en frisdrank omdat dat goedkoop is ik heb met haar gekeken naar de {{o:voedselbank}} en naar de gratis kookles in het wijkcentrum {{w:schilderswijk}} ze wil daar heen met de buurvrouw volgende afspraak [[d:woensdag vier december]] haar nummer [[t:nul zes zeven acht negen nul één twee drie vier]]
§§
Terugbelverzoek – receptie {{o:Servicepunt XL}} {{w:Laak}} – [[d:28/11]] 15:50
Naam: "mevrouw [[p:Zeynep]]"? achternaam niet verstaan, klonk als [[p:Arslan]] of [[p:Aslan]]
Tel: [[t:06 – 11 22 33 0 4]] (receptie niet zeker van laatste cijfer)
Vraag: iets met "de brief van de woning" en "mijn man is weg"
→ [[p:Bart]] belt terug
§§
[[p:Bart]]: [[p:Zeynep]] [[p:Arslan]] teruggebeld, [[a:Fruitweg 9-C]]. Man is vertrokken naar Turkije, huurcontract staat op zijn naam. Afspraak [[d:maandag 2/12]] bij haar thuis met woonconsulent [[p:Kruithof]].
§§
dictaat huisbezoek [[d:maandag twee december]] mevrouw [[p:Zeynep]] [[p:Arslan]] samen met meneer [[p:Kruithof]] van {{o:haag wonen}} punt mevrouw is vijfenveertig en heeft drie kinderen thuis punt haar man heeft het huurcontract op zijn naam en is zonder iets te zeggen vertrokken punt {{o:haag wonen}} wil het contract op naam van mevrouw zetten als de man tekent of als hij onvindbaar is punt mevrouw heeft zijn nummer in Turkije [[t:plus negen nul vijf drie twee vier vier vier vijf vijf zes zes]] punt [[p:Kruithof]] gaat het proberen punt verder is er een huurachterstand van twee maanden omdat de man de huur betaalde van zijn rekening punt mevrouw heeft een eigen rekening [[i:#IBANSP]] en we hebben de huur daar vandaan laten afschrijven punt ze werkt als schoonmaakster in een school punt kinderen [[p:Elif]] [[p:Yusuf]] en [[p:Ahmet]] gaan naar school in {{w:Laak}}
§§
Overdracht eind van het jaar (ingesproken door [[p:Jolanda]], teamleider)
Beste collega's, voor de feestdagen: het team is bereikbaar tussen [[d:23 december]] en [[d:3 januari]] via de piket-telefoon [[t:06 - 50 50 40 40]]. Het rooster staat op de gedeelde schijf. Zorgen over cliënten die de feestdagen alleen doorbrengen: dhr. [[p:Wolf]], mw. [[p:Vos]], dhr. [[p:Smit]], mw. [[p:Lenie Hart]]. Graag voor [[d:20/12]] nog een belrondje. Dank voor jullie inzet dit jaar!
§§
to do belrondje feestdagen
[[p:Wolf]] – [[t:070 347 12 00]] – ok, nicht komt kerst
[[p:Vos]] – via dochter [[p:Ingrid]] – ok
[[p:Smit]] – geen gehoor 2x, casemanager [[p:Petra]] gemaild
[[p:Hart]] – [[a:Westduinweg 117]] – langsgaan, geen telefoon!!
§§
dictaat bezoek bij mevrouw [[p:Hart]] [[p:Lenie]] eh [[a:Westduinweg honderdzeventien]] in {{w:Duindorp}} punt de stankoverlast waar de buren over klaagden is aangepakt punt er is een vrijwilliger van {{o:Humanitas}} die elke week helpt met opruimen punt mevrouw was vrolijk en had de kerstboom al staan punt ze gaat met kerst naar haar broer [[p:Arie]] in Scheveningen punt ik heb haar telefoonnummer gevraagd maar ze heeft geen telefoon punt haar broer heeft wel een nummer [[t:nul zeven nul drie vijf vier zeven zeven zeven één]] punt dat mag ik gebruiken zegt ze
§§
[[d:16-12]] ([[p:Petra Dekker]], casemanager dementie, via mail [[e:p.dekker@florence.nl]]): dhr. [[p:Smit]] is [[d:14/12]] verhuisd naar {{o:Woonzorgcentrum Uitzicht}}, [[a:Hengelolaan 1202]], [[pc:2545 EZ]]. Neef [[p:Kees]] heeft het geregeld. Onze betrokkenheid kan stoppen.
§§
Telefonisch gesproken [[d:vrijdag 20 december]] met dhr. [[p:Tsegay Kidane]]. Kostendelersnorm opgelost, [[p:Habtom]] staat nu ingeschreven op [[a:Goudenregenstraat 158]] (buren). Nabetaling ontvangen. [[p:Tsegay]] wil in januari met zijn {{r:trajectbegeleider}} praten over een opleiding tot elektricien. Contact: [[e:tsegaykidane2005@gmail.com]].
§§
dictaat eerste huisbezoek na aanmelding door de {{r:wijkagent}} eh het gaat om meneer [[p:Quincy Maduro]] achtendertig jaar die samen met zijn moeder mevrouw [[p:Maduro]] [[p:Giselle]] nee [[p:Gisela]] woont op de [[a:Zuidlarenstraat tweehonderdvierenveertig]] postcode [[pc:2545 VS]] in {{w:Bouwlust}} punt er zijn veel meldingen van ruzie en geschreeuw punt meneer gebruikt volgens moeder cocaïne en wordt agressief als hij geen geld heeft punt moeder is eenenzeventig en durft hem niet de deur uit te zetten punt meneer zelf was bij het gesprek en was rustig punt hij zegt dat hij wil stoppen maar dat hij daar hulp bij nodig heeft punt ik heb gebeld met {{o:Brijder}} voor een intake punt die is op [[d:donderdag negen januari]] punt moeder heeft behoefte aan steun voor zichzelf punt ik stel voor dat de {{r:maatschappelijk werker}} [[p:Ilham]] met haar in gesprek gaat punt nummer moeder [[t:nul zeven nul drie zes zes nul acht acht één]] meneer heeft geen telefoon
§§
Bel-log [[d:6 jan 2025]]
09:10 – [[p:Quincy Maduro]] belt vanaf telefoon moeder. Wil de intake bij {{o:Brijder}} verzetten. Nee gezegd, gemotiveerd om te gaan.
09:40 – {{o:Brijder}} intake-afdeling, [[p:Sevda]]: bevestiging intake [[d:9/1]] 13:30, cliëntnummer [[ds:BRD-0012287]].
11:00 – mw. [[p:Gisela Maduro]] belt: zoon is rustig, heeft beloofd te gaan.
§§
post-it: [[p:Quincy]] [[d:9/1]] Brijder 13:30!! evt. brengen, ophalen bij [[a:Zuidlarenstraat 244]]
§§
Overdracht [[p:Ilham]] / [[p:Youssef]] na teamoverleg [[d:8 januari 2025]]
– mw. [[p:Gisela Maduro]]: [[p:Ilham]] start gesprekken (steun voor moeder, evt. naar {{o:Al-Anon}} of {{o:Brijder}} naastengroep).
– [[p:Khadija Bouzerda]] terug in eigen woning [[a:Van Ostadestraat 252]] sinds [[d:2 januari]]. Vader [[p:Said]] heeft contactverbod tot [[d:1-7-2025]]. Kinderen [[p:Imane]], [[p:Ayoub]] en [[p:Lina]] weer naar school in {{w:Schilderswijk}}.
– [[p:Erolinda Pinas]]: toegelaten tot schuldregeling, {{r:budgetcoach}} [[p:Frits]] van {{o:PEP}}.
§§
ingesproken door [[p:Femke]] {{r:wijkverpleegkundige}} eh dit is voor het dossier van mevrouw [[p:akosua boateng]] punt haar hba1c is gedaald van vierenzeventig naar achtenvijftig punt zeer goed punt ze gaat elke donderdag naar de kookles in het wijkcentrum en heeft daar een vriendin gevonden mevrouw [[p:Abena]] punt de frisdrank is vervangen door water met citroen punt ik blijf eens per maand langskomen punt controle bij de {{r:diëtist}} op [[d:zeventien februari]] punt dat was het
§§
[[d:14-1-25]] gesprek met [[p:Nasrin Hakimi]] ([[a:Jonckbloetplein 7-hs]]). [[p:Parwana]] heeft sinds november geen aanvallen meer gehad dankzij nieuwe medicatie. Mw. wil gaan werken, zoekt vrijwilligerswerk als tolk Dari/Farsi. Doorverwezen naar {{o:Vrijwilligerspunt Den Haag}}. E-mail mw.: [[e:nasrin.hakimi.denhaag@gmail.com]].
§§
dictaat telefonisch contact met meneer [[p:Gheorghe Munteanu]] eh hij heeft werk gevonden bij een bouwbedrijf in Delft punt het {{o:UWV}} heeft de letselschadeclaim doorgestuurd naar zijn advocaat mr [[p:Brouwer]] punt mevrouw [[p:Florina]] en de baby [[p:Ana Maria]] maken het goed punt ze verhuizen per [[d:één februari]] naar een eengezinswoning van {{o:Staedion}} in {{w:Morgenstond}} punt nieuw adres [[a:Hengelolaan vierhonderdtwaalf]] postcode [[pc:2545 JD]] punt oude adres moet worden opgezegd bij de particuliere verhuurder punt ik help met de adreswijziging bij de gemeente punt bsn meneer heb ik al in het dossier bsn mevrouw [[b:#BSN]] punt ze zijn erg dankbaar
§§
TODO [[p:Hans]] januari
- [[p:Munteanu]] verhuizing [[d:1/2]]: adreswijziging, kinderbijslag SVB, zorgtoeslag
- {{o:Kredietbank}} [[p:Florina Munteanu]] – dossier [[ds:KB-HGL-2024-06120]] bijwerken met nieuw adres
- nieuwjaarsborrel team [[d:vr 17 jan]]
§§
voicemail uitgetypt goedemorgen met [[p:Marianne]] [[p:Wolf]] ik ben de nicht van meneer [[p:Wolf]] van de [[a:Juliana van Stolberglaan honderdachtenveertig]] eh ik bel om te laten weten dat mijn oom [[d:zaterdag achttien januari]] is overleden in zijn slaap hij is gevonden door de buurjongen ik wilde u bedanken voor alles wat u voor hem gedaan heeft de uitvaart is op [[d:vrijdag vierentwintig januari]] u bent welkom mijn nummer is [[t:nul één één drie vijf zes twee twee negen nul]] dag
§§
dictaat verslag eerste gesprek eh aangemeld via het {{o:Wmo-loket}} omdat er bij de keukentafel gesprekken zorgen waren over de thuissituatie punt het gaat om mevrouw [[p:Rita Mohan]] van eenenzestig die zorgt voor haar man meneer [[p:Shanti Mohan]] nee [[p:Shantiprakash]] die ernstig hartfalen heeft punt ze wonen op de [[a:Soestdijksekade zeshonderdzesentwintig]] postcode [[pc:2574 AS]] op driehoog zonder lift punt meneer komt al maanden niet meer buiten punt mevrouw werkt nog twintig uur als kassamedewerker punt er is een inwonende kleinzoon van zeventien punt mevrouw vertelde dat ze 's nachts nauwelijks slaapt omdat ze bang is dat hij stopt met ademen punt ik heb met haar gesproken over een verhuizing naar een gelijkvloerse woning met urgentie en over logeeropvang voor meneer zodat zij even rust heeft punt daarnaast vraag ik een mantelzorgcompliment aan punt bsn meneer [[b:#BSN]] punt geboren [[d:vijftien mei negentienhonderd zestig]] punt telefoonnummer mevrouw [[t:nul zes een drie vier vier vijf vijf zes zes]] punt volgende afspraak thuis op [[d:woensdag vijf februari]] om twee uur
§§
Telefoonnotitie [[d:22 januari 2025]], 13:15
Met: {{o:Woonnet Haaglanden}} / afdeling urgentie, mw. [[p:Sahin]]
Betreft: urgentieaanvraag fam. [[p:Chen]] ([[a:Wagenstraat 107]], [[pc:2512 AT]]). Aanvraag is compleet en wordt in de commissie van [[d:10 februari]] besproken. Registratienummer woningzoekende [[ds:WNH-2019-0448812]] (inschrijving sinds 2019). Medische advisering via {{o:Argonaut}}, nog niet binnen. Terugbelnummer mw. [[p:Sahin]]: [[t:088 - 1 23 45 00]]. Zoon [[p:Kevin]] op de hoogte gebracht per mail ([[e:kevin.chen@student.tudelft.nl]]).
§§
Handover [[p:Bart]] → [[p:Sanne]] (zij komt terug in ons team, welkom terug!)

1. [[p:Kowalczyk]] – afgesloten na eindevaluatie [[d:12/11]]. Niks meer doen.
2. [[p:Zeynep Arslan]], [[a:Fruitweg 9-C]], [[pc:2525 KE]] – huurcontract staat sinds [[d:15 januari]] op haar naam! Man onvindbaar. Huurachterstand in regeling (€120 p/m). Volgend gesprek [[d:4-2]] 9u.
3. [[p:Isenia]] – dochter [[p:Jaelynn]] naar gastouder, gaat goed. Moeder ([[p:Roxanne]]) ontslagen uit {{o:Parnassia}}, woont nu begeleid bij {{o:Limor}}. Omgangsregeling loopt via advocaat.
4. dhr. [[p:Demir]] – gesloten.
Alles in het dossier. Bellen mag: [[t:06 33 12 90 07]]
§§
dictaat telefoontje van de {{r:intern begeleider}} van {{o:basisschool De Springplank}} mevrouw [[p:van den Berg]] over de kinderen [[p:Popescu]] eh zij zitten nu op een tijdelijke school via de opvang maar de school heeft gehoord dat vader [[p:Ionuț Popescu]] bij de oude school heeft gestaan op [[d:maandag twintig januari]] punt hij vroeg waar de kinderen zijn punt de school heeft niks gezegd punt ik heb dat direct doorgegeven aan [[p:Sjoerd]] van {{o:Veilig Thuis}} met het zaaknummer [[ds:VT-2024-1302]] punt ook gemeld bij de {{r:wijkagent}} punt [[p:Mihaela]] en de kinderen zijn veilig punt haar nieuwe nummer niet noteren
§§
lijstje week 5
• [[p:Rita Mohan]] – mantelzorgcompliment aanvragen (bsn meneer in dossier, IBAN mw. [[i:#IBANSP]])
• [[p:Erolinda]] – {{r:budgetcoach}} [[p:Frits]] bellen [[t:06 2040 8818]]
• [[p:Popescu]] – VT terugkoppeling
• vrijdag [[d:31/1]] scholing meldcode
§§
Tel. log [[p:Sanne]] [[d:ma 3 feb]]
08:50 – mw. [[p:Arslan]] verzet afspraak van [[d:4-2]] naar [[d:do 6-2]] (kind ziek).
10:30 – {{o:Eneco}} namens mw. [[p:Pinas]]: energieschuld onder beheer van {{o:Kredietbank}}, afsluiting van de baan. Klantnummer [[ds:ENC 40-7719203]].
14:15 – [[p:Frank de Wit]]: moeder (mw. [[p:de Wit]], [[a:Zuiderparklaan 512]]) gaat per [[d:1 maart]] naar een verpleeghuis, {{o:HWW zorg}} {{o:Waterthuin}}. Vraag: wat met de woning? → verwezen naar {{o:Haag Wonen}}.
§§
dictaat huisbezoek [[d:donderdag zes februari]] mevrouw [[p:Arslan]] [[a:Fruitweg negen c]] punt mevrouw had de kinderen thuis [[p:Elif]] was ziek punt we hebben de begroting doorgenomen punt inkomen uit werk ongeveer veertienhonderd netto plus kinderbijslag en kindgebonden budget punt de huurtoeslag moet worden aangepast nu zij alleen op het contract staat punt dat doen we samen via mijn toeslagen op [[d:dinsdag elf februari]] punt mevrouw wil ook de achternaam van de kinderen niet veranderen dat was een vraag van haar zus punt niks mee doen punt ze heeft een nieuw nummer [[t:nul zes vier zeven zeven zeven één één acht acht]] punt mail [[e:zeynep.arslan.1979 apenstaartje hotmail punt com]]
§§
[[p:Hans]] → [[p:Linda]]: fam. [[p:Munteanu]] verhuisd naar [[a:Hengelolaan 412]]. Nieuwe IBAN voor leefgeld: [[i:#IBAN]] (oude rekening bij de Bunq wordt opgeheven). BSN [[p:Gheorghe]] ter controle: [[b:#BSNDOT]].
§§
dictaat kort na telefoon met meneer [[p:Sunday Adebayo]] eh hij belde na maanden weer punt hij woont nu bij een vriend op [[a:Weimarstraat tweehonderdachttien b]] punt hij heeft een brief van de IND gekregen over een gesprek op [[d:veertien maart]] punt hij vraagt of iemand mee kan punt ik heb hem verwezen naar {{o:VluchtelingenWerk}} en gezegd dat het dossier bij ons was gesloten maar dat hij altijd weer mag bellen punt nieuw nummer [[t:nul zes één negen zeven zeven zes vier nul nul]]
§§
Overdracht [[p:Karin]], afscheid na 11 jaar {{r:ouderenconsulent}} in {{w:Mariahoeve}} ([[d:28 februari]] laatste werkdag):
Lopend: mw. [[p:Vos]] (thuis, dochter [[p:Ingrid]] is spil, [[t:06-52 71 40 09]]), mw. [[p:Lie]] (weduwe sinds [[d:9 januari]], rouwbegeleiding via {{o:Humanitas}}), mw. [[p:Mei Lin]] (woningaanpassing klaar, alleen volgen).
Afgesloten: dhr. [[p:Wolf]] (overleden), dhr. [[p:Smit]] (verhuisd naar woonzorgcentrum).
Opvolger: [[p:Fatoş]] ([[e:f.yildiz@swtdenhaag.nl]]). Het ga jullie goed!
§§
dictaat eh intake voor de {{r:casusregisseur}} eh nieuwe casus multiproblematiek punt meneer [[p:Abdelkader]] [[p:Ait Taleb]] dat is [[p:A I T spatie T A L E B]] punt hij is zesenvijftig en woont samen met zijn vrouw mevrouw [[p:Fadma]] en volwassen zoon [[p:Anouar]] op de [[a:Vaillantlaan vierhonderdvierenveertig]] postcode [[pc:2526 HE]] punt meneer is sinds een arbeidsongeval in 2017 volledig afgekeurd punt er zijn schulden bij de zorgverzekeraar en de {{o:Belastingdienst}} punt samen ongeveer negenduizend euro punt zoon [[p:Anouar]] heeft psychotische klachten en weigert hulp punt mevrouw is de spil maar raakt uitgeput punt de {{r:huisarts}} dokter [[p:Ouali]] heeft ons ingeschakeld punt plan eerst de zoon punt via de {{o:GGZ}} bemoeizorg team {{o:Parnassia}} een contact proberen punt daarnaast schuldhulp aanmelden punt bsn meneer [[b:#BSNSP]] punt rekening [[i:#IBANSP]] punt telefoon mevrouw via de dochter die in Leiden woont [[p:Hafsa]] [[t:nul zes acht één twee twee drie drie vier vier]] punt eerste gezamenlijke bespreking [[d:de tweede van de vierde]]
§§
Telefoonnotitie [[d:vr 14 maart 2025]]
Gebeld door dhr. [[p:Adebayo]] na zijn IND-gesprek. Hij heeft een verblijfsvergunning gekregen!! Hij moet nu een eigen woning zoeken via het {{o:COA}}? Nee, hij is geen asielzoeker maar via gezinshereniging... onduidelijk. [[p:Fatoş]] zoekt het uit met {{o:VluchtelingenWerk}} ([[p:Marieke]], [[t:070-3609 022]]). Adres blijft voorlopig [[a:Weimarstraat 218-B]], [[pc:2562 HG]].
§§
spraakmemo voor het team eh ik wil even delen dat mevrouw [[p:Khadija]] [[p:Bouzerda]] gisteren [[d:dertien maart]] bij de rechtbank was voor de echtscheiding punt het is uitgesproken punt ze krijgt het ouderlijk gezag en vader [[p:Said]] krijgt begeleide omgang via het {{o:Omgangshuis}} punt mevrouw wil nu een opleiding gaan doen tot {{r:doktersassistente}} punt ze heeft een eigen rekening geopend [[i:#IBANLOW]] en de uitkering staat op haar naam punt ik denk dat we in april kunnen afschalen punt bedankt [[p:Ilham]] en [[p:Sjoerd]] voor de samenwerking
§§
Overdracht piket weekend [[d:21-23 maart]]
- [[p:Quincy Maduro]] (in behandeling {{o:Brijder}}, dagbehandeling). Moeder [[p:Gisela]] belt soms als hij niet thuiskomt: gerust stellen, hij slaapt dan bij vriend [[p:Jurgen]] ([[a:Zuidlarenstraat 12]]).
- [[p:Anouar Ait Taleb]]: bemoeizorg bezoek [[d:za 22/3]] door {{o:Parnassia}}, [[p:Erik]] rijdt. Adres [[a:Vaillantlaan 444]].
- Piket: [[t:06 - 50 50 40 40]]
§§
dictaat huisbezoek bemoeizorg [[d:zaterdag tweeëntwintig maart]] samen met [[p:Erik]] {{r:spv}} van {{o:Parnassia}} bij familie [[p:Ait Taleb]] punt [[p:Anouar]] kwam uiteindelijk uit zijn kamer punt hij vertelde dat hij stemmen hoort die zeggen dat de buren hem afluisteren punt hij heeft al weken niet geslapen punt [[p:Erik]] heeft met hem gesproken over medicatie punt [[p:Anouar]] wil alleen iets om te slapen punt dat is een begin punt afspraak dat [[p:Erik]] over een week terugkomt [[d:zaterdag negenentwintig maart]] punt vader [[p:Abdelkader]] was emotioneel en bedankte ons punt moeder was er niet zij was bij haar zus in {{w:Transvaal}}
§§
Telefoon [[d:25/3]] met {{o:Schuldhulpverlening Den Haag}} ([[p:Annemiek]], [[e:annemiek.koster@denhaag.nl]]): aanmelding [[p:Ait Taleb]] ontvangen, dossier [[ds:SHV/2025/0217]]. Intake [[d:8 april]] 10:00, Wijnhaven (3e verdieping). Meenemen: alle brieven, loonstroken/uitkeringsspecificatie, polis. Mw. [[p:Koster]] doet de intake zelf.
§§
dictaat laatste gesprek met mevrouw [[p:Semhar Tesfay]] eh dossier afsluiten punt mevrouw heeft haar inburgering gehaald punt ze werkt nu twaalf uur per week in de kinderopvang bij {{o:Kinderopvang Kiddoozz}} punt de DUO schuld is afbetaald punt haar dochtertje [[p:Hermela]] gaat in september naar de basisschool punt ze woont nog steeds op [[a:Leeghwaterplein twaalf twee]] maar wil graag naar een grotere woning punt ze staat ingeschreven bij {{o:Woonnet Haaglanden}} met nummer [[ds:WNH-2021-0713340]] punt broer [[p:Yonas]] heeft inmiddels ook werk punt mevrouw gaf ons een zelfgebakken brood punt afsluitdatum [[d:eenendertig maart tweeduizend vijfentwintig]]
§§
TODO (april)
☐ [[p:Ait Taleb]] intake SHV [[d:8/4]] – wie gaat mee? [[p:Sanne]]
☐ [[p:Bouzerda]] afschalen? bespreken MDO [[d:15/4]]
☐ [[p:Tesfay]] afsluitformulier + toestemmingsverklaring archiveren
☐ expertmeeting pilot [[d:17 april]] (CAOP) – casus aanleveren?
☐ BSN [[p:Fadma Ait Taleb]] opvragen: [[b:#BSN]]?? (checken met paspoort)
§§
dictaat nieuwe aanmelding via de {{o:GGD}} {{r:sociaal verpleegkundige}} eh ik spreek het in terwijl ik nog in de auto zit punt het gaat om een jonge moeder mevrouw [[p:Milouska]] achternaam [[p:Statia]] met [[p:S van Simon t a t i a]] punt ze is twintig en heeft een baby van vier maanden [[p:Djaylano]] punt ze woont in bij haar oma op de [[a:Jacob Catsstraat drie bis]] postcode [[pc:twee vijf drie twee A B]] in {{w:Spoorwijk}} punt oma wil dat ze vertrekt omdat er steeds ruzie is met de vader van het kind punt mevrouw heeft geen inkomen geen startkwalificatie en staat niet ingeschreven als woningzoekende punt de {{r:jeugdverpleegkundige}} van het consultatiebureau maakt zich zorgen over de hechting punt ik plan een gesprek met mevrouw samen met het {{o:CJG}} op [[d:de elfde van de vierde]] punt telefoon mevrouw [[t:nul zes één twee drie twee één twee drie twee]] punt email [[e:milouska punt statia zeven apenstaartje icloud punt com]] punt oma heet mevrouw [[p:Doran]] en is bereikbaar op [[t:nul zeventig drie negen zes nul nul vier vier]]
§§
Telefoonnotitie [[d:11-4-2025]]
Contact met mw. [[p:Statia]] en [[p:Chantal]] (CJG). Mw. heeft zich ingeschreven bij {{o:Woonnet Haaglanden}} en een jongerenuitkering aangevraagd, aanvraagnummer [[ds:2025-WI-044871]]. Vader van [[p:Djaylano]] ([[p:Rigino]]) heeft het kind erkend. Ruzie met oma is bijgelegd, mw. mag blijven tot de zomer. Volgend contact [[d:dinsdag 22 april]].
§§
dictaat eh mevrouw [[p:Wiśniewska]] [[p:Marta]] belde met de vraag of wij een brief kunnen schrijven voor de woningcorporatie in Polen nee wacht het is een gemeente in Polen waar ze terug naartoe wil punt ze verhuist definitief op [[d:dertig mei]] punt ik heb gezegd dat we een verklaring kunnen geven dat ze bij ons bekend was maar geen inhoudelijke informatie punt ze moet zich uitschrijven bij de gemeente Den Haag en haar zorgverzekering opzeggen punt ze heeft nog een kleine schuld bij de {{o:Kredietbank}} en wil die afbetalen voordat ze gaat punt laatste termijn wordt overgemaakt van [[i:#IBANSP]] punt afspraak om alles door te lopen [[d:vrijdag negen mei]] op kantoor aan de leyweg punt haar nieuwe adres in Polen noteren we niet
§§
Overdracht [[p:Fatoş]] → [[p:Sanne]] (ik ben [[d:28/4]] t/m [[d:9/5]] met verlof)
mw. [[p:Vos]], [[a:Diamanthorst 240]]: achteruitgang, casemanager [[p:Petra Dekker]] vraagt Wlz-indicatie aan. Dochter [[p:Ingrid]] ([[e:ingrid.vos@ziggo.nl]]) weet ervan.
mw. [[p:Mei Lin]]: kleindochter [[p:Xu Hong]] wordt officieel mantelzorger, mantelzorgwaardering uitbetaald op [[i:#IBAN]].
mw. [[p:Lie]]: doet mee met de rouwgroep van {{o:Humanitas}} op donderdag. Niks doen.
§§
voicemail uitgetypt hallo dit is [[p:Ingrid]] de dochter van mevrouw [[p:Vos]] eh de casemanager heeft gezegd dat de Wlz indicatie is aangevraagd bij het {{o:CIZ}} en dat we een aanvraagnummer krijgen het is eh [[ds:CIZ twee nul twee vijf streepje nul nul vier vier drie één]] ik weet niet of u dat nodig heeft maar nu heeft u het ik ben de hele week bereikbaar op mijn mobiel [[t:nul zes vijftig eenenzeventig veertig nul negen]] dag
§§
dictaat huisbezoek familie [[p:Ait Taleb]] [[d:donderdag vierentwintig april]] eh de schuldhulp intake is gedaan punt {{r:schuldhulpverlener}} [[p:Annemiek Koster]] stelt een budgetbeheer voor punt meneer [[p:Abdelkader]] gaat akkoord punt [[p:Anouar]] heeft sinds twee weken medicatie en slaapt beter punt hij heeft zelfs gevraagd naar dagbesteding punt [[p:Erik]] kijkt naar {{o:Pameijer}} of {{o:Fonds 1818}} nee dat is een fonds dat is niet goed punt [[p:Erik]] kijkt naar dagbesteding via de {{o:GGZ}} punt mevrouw [[p:Fadma]] lachte voor het eerst punt vervolg over drie weken op [[d:donderdag vijftien mei]] punt nieuw telefoonnummer meneer [[t:nul zes twee acht acht vier vier één één nul]]
§§
Bel-log [[d:di 6 mei 2025]] ([[p:Sanne]])
09:00 – {{o:CIZ}}: Wlz-indicatie mw. [[p:Vos]] toegekend (ZZP VV5), ref [[ds:CIZ 2025-0044310]].
09:25 – dochter [[p:Ingrid Vos]] gebeld, [[t:06-52 71 40 09]], zij kiest voor {{o:Florence}} {{w:Mariahoeve}}. Wachtlijst ca. 6 weken.
11:40 – mw. [[p:Wiśniewska]] verzet afspraak [[d:9/5]] naar [[d:12/5]].
15:10 – [[p:Statia]]: nieuwe kamer via {{o:Stichting Jongerenhuisvesting}}, [[a:Stationsweg 88-3]], [[pc:2515 BP]]. Verhuist [[d:1 juni]].
"""

RNG = random.Random(63)
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def make_bsn():
    while True:
        d = [RNG.randint(1, 3)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 <= 9:
            return "".join(map(str, d + [d9]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_mod(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def make_iban():
    bank = RNG.choice(BANKS)
    acc = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    chk = 98 - iban_mod("NL00" + bank + acc)
    return "NL%02d%s%s" % (chk, bank, acc)


def fill(ph):
    if ph.startswith("#BSN"):
        b = make_bsn()
        return {
            "#BSN": b,
            "#BSNDOT": b[:4] + "." + b[4:6] + "." + b[6:],
            "#BSNSP": b[:3] + " " + b[3:6] + " " + b[6:],
        }[ph]
    i = make_iban()
    return {
        "#IBAN": i,
        "#IBANSP": " ".join(i[k : k + 4] for k in range(0, len(i), 4)),
        "#IBANLOW": i.lower(),
    }[ph]


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        if m.group(1):
            lab, val = PII[m.group(1)], m.group(2)
            if val.startswith("#"):
                val = fill(val)
            pii.append({"start": n, "end": n + len(val), "label": lab, "text": val})
        else:
            lab, val = KEEP[m.group(3)], m.group(4)
            keep.append({"start": n, "end": n + len(val), "label": lab, "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


# Context terms that must stay readable; occurrences not marked by hand are
# added as keep spans (orgs and wijken case-sensitive, roles case-insensitive).
AUTO_KEEP = {
    "org": [
        "Veilig Thuis",
        "GGZ",
        "Parnassia",
        "MEE",
        "Wmo-loket",
        "Servicepunt XL",
        "CJG",
        "Haag Wonen",
        "Staedion",
        "Vestia",
        "Kessler Stichting",
        "Leger des Heils",
        "Schuldhulpverlening",
        "Voedselbank",
        "UWV",
        "DUO",
        "CAK",
        "CIZ",
        "SVB",
        "IND",
        "CJIB",
        "HTM",
        "Brijder",
        "Bronovo",
        "Florence",
        "HWW zorg",
        "Humanitas",
        "Kredietbank",
        "Eneco",
        "Belastingdienst",
        "Sociale Dienst",
        "Juridisch Loket",
        "Rode Kruis",
        "Jeugdbescherming",
        "Halt",
        "LBIO",
        "Nidos",
        "GGN",
        "Knab",
        "Bunq",
        "Albert Heijn",
        "Centrale Toegang",
        "PEP",
        "Wereldhuis",
        "i-psy",
        "Middin",
        "Menzis",
        "COA",
        "VluchtelingenWerk",
        "Woonnet Haaglanden",
        "Stichting Anand",
        "HMC",
        "Limor",
        "GGD",
        "Pameijer",
        "Apetito",
        "Partou",
        "Kruidvat",
        "CAOP",
        "ROC",
    ],
    "wijk": [
        "Schilderswijk",
        "Transvaal",
        "Moerwijk",
        "Laak",
        "Spoorwijk",
        "Escamp",
        "Bouwlust",
        "Vrederust",
        "Morgenstond",
        "Mariahoeve",
        "Bezuidenhout",
        "Duindorp",
        "Scheveningen",
        "Regentessekwartier",
        "Valkenbos",
        "Waldeck",
        "Leyenburg",
        "Haagse Hout",
        "Kijkduin",
    ],
    "role": [
        "maatschappelijk werker",
        "casemanager dementie",
        "wijkverpleegkundige",
        "huisarts",
        "wijkagent",
        "ouderenconsulent",
        "casemanager",
        "bewindvoerder",
        "schuldhulpverlener",
        "jeugdconsulent",
        "woonconsulent",
        "casusregisseur",
        "leerplichtambtenaar",
        "intern begeleider",
        "ergotherapeut",
        "praktijkondersteuner",
        "verloskundige",
        "psychiater",
        "jobcoach",
        "ervaringsdeskundige",
        "teamleider",
        "budgetcoach",
        "diëtist",
        "klantmanager",
        "trajectbegeleider",
        "ambulant begeleider",
        "verslavingsarts",
        "jeugdverpleegkundige",
        "sociaal verpleegkundige",
        "spv",
    ],
}


def auto_keep(text, pii, keep):
    taken = [(s["start"], s["end"]) for s in pii + keep]
    for lab, terms in AUTO_KEEP.items():
        flags = re.I if lab == "role" else 0
        for term in sorted(terms, key=len, reverse=True):
            pat = r"(?<![\w-])" + re.escape(term) + r"(?![\w-])"
            for m in re.finditer(pat, text, flags):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": m.group()})
                taken.append((m.start(), m.end()))
    keep.sort(key=lambda s: s["start"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    chunks = [c.strip() for c in re.split(r"\n§§\n", RAW) if c.strip()]
    rows = []
    for k, c in enumerate(chunks):
        text, pii, keep = parse(c)
        auto_keep(text, pii, keep)
        rows.append({"id": "ho63-%04d" % k, "text": text, "pii": pii, "keep": keep})
    # verification
    for r in rows:
        t = r["text"]
        assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, r["id"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        assert r["pii"], r["id"]
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_mod(s["text"]) == 1, s
    with open(os.path.join(here, "heldout63.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter

        pc = Counter(s["label"] for r in rows for s in r["pii"])
        kc = Counter(s["label"] for r in rows for s in r["keep"])
        tot = sum(pc.values())
        words = [len(r["text"].split()) for r in rows]
        print(
            "texts",
            len(rows),
            "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
        )
        print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
        print("keep", dict(kc))


if __name__ == "__main__":
    main()
