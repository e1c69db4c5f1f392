#!/usr/bin/env python3
"""Held-out corpus 103: two weeks (3-14 March 2025) of working notes, e-mails and
short team-chat messages of one Hague social neighbourhood care team
(SWT Escamp: Moerwijk / Morgenstond / Bouwlust), written quickly by eight colleagues
with their own habits:

  ruben  - Ruben Hoek, maatschappelijk werker: writes everything in lower case
  Sterre - Sterre Groen, wijkverpleegkundige: abbreviates heavily
  Fatima - Fatima el Khattabi, casusregisseur: pastes from the case system (Regie)
  Johan  - Johan de Hoop, ouderenconsulent: long careful e-mails
  Jade   - Jade Sewtahal, jongerenwerker: short chat messages
  Bo     - Bo Verbeek, MEE-consulent: bullet lists
  Kerem  - Kerem Aslan, schuldhulpverlener: arrows, amounts, fragments
  Dan    - Dan Kartosen, Wmo-adviseur: terse and formal

Many people carry names that are also ordinary words (Roos, Hoop, Mei, Bo, Dan,
Jade, Noor, Storm, Winter, Koning, Groen, De Wit, Hoek, Florence, Anders, Will,
Mark, Rob, Post, Kok, Baas, Bakker, Klein, Gift ...); the same words also occur in
their ordinary meaning and then stay unmarked.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk/place, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout103.jsonl next to itself.
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
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

# Numbers deliberately typed wrongly in the texts (still personal data).
KNOWN_BAD = {
    "31298426",
    "387838404",
    "NL31RAB08193545653",
    "NL22 SNSB 4186 1442 57",
}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. ruben (Ruben Hoek, maatschappelijk werker): everything in lower case
# ---------------------------------------------------------------------------
add(r"""
[[p:Ruben Hoek]]  08:47
goeiemorgen. ik ga vanochtend eerst naar [[p:rob de wit]] op de [[a:moerweg 214b]], hij belde gisteravond om half 11 dat zijn stroom eraf is. als iemand [[p:sterre]] ziet: ze hoeft niet meer te gaan, ik doe het wel
=====
notitie hb [[d:ma 3 maart]]
[[p:rob]] zat in het donker met kaarsen aan. brief van {{o:eneco}} lag open op tafel: afsluiting wegens achterstand van € 1.312,48. hij zegt dat hij het nooit zwart op wit gekregen heeft, maar de brief is gedateerd [[d:12 februari]]. samen de storingslijn gebeld, ze sluiten weer aan als de {{r:bewindvoerder}} garant staat. [[p:esther hart]] gebeld, voicemail. morgen weer.
afspraak: [[d:wo 5/3]] 10u samen naar {{o:servicepunt xl}} {{w:moerwijk}}
=====
[[p:dan]], heb jij het wmo nummer van mw [[p:koning]] nog? ik zie in regie alleen het oude [[z:w24-11873]] en dat is afgesloten. anders bel ik zelf wel even
=====
[[p:roos koning]] ([[a:hengelolaan 1170]]) belde vanochtend 3x. elke keer dezelfde vraag: wanneer komt de huishoudelijke hulp. ik denk echt dat het geheugen achteruit gaat, ze wist ook niet meer dat haar dochter gisteren geweest was. @[[p:sterre]] kun jij bij je volgende ronde even kijken? dochter heet [[p:anneke]], nr [[t:06 2317 4085]]
=====
inloopspreekuur {{o:servicepunt xl}} {{w:moerwijk}}: 6 mensen geweest. 2x huurachterstand, 1x vraag over toeslagen, 1x eenzaamheid, 2x alleen koffie. drukker dan vorige week. de koffieautomaat is weer stuk, ik heb een briefje opgehangen.
=====
hoi [[p:jade]], [[p:ilyas]] ([[p:boukhari]]) zat gistermiddag bij het hek van het {{w:zuiderpark}} met een paar oudere jongens, niet op school dus. ik hoop dat jij hem deze week nog spreekt. moeder [[p:samira]] weet van niks zegt ze, maar ik twijfel
=====
[[p:will]] weer gezien bij de {{o:voedselbank}} aan de [[a:erasmusweg 1004]]. hij slaapt nu bij zijn zus op de [[a:dedemsvaartweg 62]] maar dat mag eigenlijk niet van {{o:haag wonen}} en dan is ze haar huurtoeslag kwijt. hij wil een briefadres. ik wil eerst weten of hij nog ingeschreven staat op het oude adres in {{w:vrederust}}. geb.datum zegt hij [[d:2-11-1979]] of [[d:2-11-1978]], hij wist het zelf niet zeker haha
=====
aan: [[e:m.post@haagwonen.nl]]
onderwerp: dhr [[p:de wit]] moerweg

hoi [[p:mark]],

korte vraag over [[p:r. de wit]], [[a:moerweg 214-b]] (huurcontract [[z:100.442.77]]). er ligt bij hem een hele berg post die hij niet openmaakt, daar zat ook een brief van jullie tussen over een gesprek op [[d:18 maart]]. gaat dat over de achterstand of over de klachten van de buren? hij is erg onrustig en ik wil weten wat ik kan verwachten.
hij heeft nu een nieuw nummer: [[t:06 41 90 27 35]]. het oude werkt niet meer.

groet,
[[p:ruben]]
{{r:maatschappelijk werker}} {{o:stichting mooi}} / sociaal wijkzorgteam {{w:escamp}}
=====
wie gaat er vrijdag mee naar mw [[p:bakker]]? het plafond lekt sinds de storm van zondag en ze durft de ladder niet op (gelukkig maar, ze is 88). ik kan pas na 2en
=====
note voor mezelf: [[p:pawel]] bellen ivm {{o:uwv}}. nummer staat verkeerd in regie, het is niet [[t:06-41 77 20 93]] maar [[t:06-47 17 20 93]]. en hij heet [[p:kaminski]], zonder streepje op de n, dat vindt hij prima zegt hij
=====
mensen, de sleutel van de fietsenberging hangt weer niet aan het haakje. wie heeft hem? ik sta hier met twee tassen dossiers in de regen.
=====
verslag gesprek [[p:tekle berhane]] [[d:do 6-3]]
met tolk tigrinya via de telefoon. [[p:tekle]] is 24, woont sinds een half jaar op [[a:wissekerkeplein 28]], 2e verdieping. hij heeft brieven van het {{o:cjib}}: boete zwartrijden tram, nu € 412 met de verhogingen. kenmerk [[z:2024 0031 7766 1093]]. hij dacht dat het reclame was. we vragen een betalingsregeling aan. verder wil hij graag werken, hij was in eritrea monteur. eerst taal of meteen naar het {{o:werkgeversservicepunt}}? bespreken met [[p:bo]]
=====
[[p:florence]] belde (mw [[p:mensah]] dus, niet {{o:florence}} van de thuiszorg). haar oudste [[p:blessing]] is geschorst, 3 dagen. ze wil dat iemand meegaat naar school op [[d:maandag 10 maart]] om 8.30. kan iemand? ik zit dan bij de rechtbank met [[p:de wit]]
=====
ok dan ga ik wel
=====
vandaag hb bij de familie [[p:hristova]] / [[p:angelov]], [[a:apeldoornselaan 118-1]]. 11 mensen in een bovenwoning, 3 kinderen. [[p:milena]] is 24 weken zwanger en heeft geen zorgverzekering, ze werkt via een uitzendbureau in de kassen maar is nu ziek thuis zonder loon. [[p:todor]] spreekt wat engels. ik heb gezegd dat ze morgen naar het {{o:servicepunt xl}} moeten voor inschrijving. @[[p:sterre]] verloskundige? zij heeft er geen
=====
[[p:ruben]]: heeft iemand een oplader voor een oude nokia? dhr [[p:koeiman]] z'n telefoon is leeg en ik moet hem vanmiddag kunnen bereiken
[[p:jade]]: in de la bij de printer ligt een bak met snoertjes
[[p:ruben]]: top dank je
=====
even voor de duidelijkheid, want het ging gisteren in het overleg door elkaar: er zijn twee dossiers [[p:de wit]]. [[p:rob de wit]] (moerweg, schulden, alcohol) is van mij. mw [[p:t. de wit]] uit {{w:bouwlust}} is van [[p:johan]], dat is een weduwe van 81, geen familie. niet door elkaar halen in regie aub
=====
rapportage [[d:11/3]] dhr [[p:koeiman]]
dhr [[p:ricardo koeiman]] (61) had vandaag een goede dag. we zijn samen naar de bank geweest om een nieuwe pas aan te vragen, de oude was ingeslikt. rekening [[i:nl25 rabo 4243 9179 97]]. hij kreeg een nieuwe pincode per post over 5 werkdagen. hij vertelde voor het eerst over zijn zoon [[p:jurick]] in curaçao, die hij al 11 jaar niet gesproken heeft. dat wil hij wel graag, zei hij. adres dhr blijft [[a:troelstrakade 93]], [[pc:2531aa]].
=====
ik hoop dat niemand het erg vindt maar ik ga vandaag om 4 uur weg, tandarts
=====
snel tussendoor: [[p:rob]] heeft een nieuw nummer gegeven, [[t:06 41 90 27 53]]. nee sorry: [[t:06 41 90 27 35]]. de 35 aan het eind. ik had het al goed in mijn mail aan [[p:mark post]] gelukkig
=====
[[p:sterre]] je hebt gelijk, mw [[p:koning]] moet echt naar de {{r:casemanager dementie}}. ik heb vandaag met haar en de dochter gezeten. de dochter ([[p:anneke koning]], woont in {{w:zoetermeer}}) kan niet vaker dan 1x per week komen. ze is eigenlijk best boos op de broer die in {{w:hoek van holland}} woont en nooit komt. die heet [[p:gerard]]. verder gaat het wel: de klant is koning zegt de thuiszorg, maar mw wil helemaal geen thuiszorg 🙂
=====
aan [[p:kerem]]: kun je [[p:tekle]] meenemen in je spreekuur van donderdag? zaak is klein (cjib ong. 400 euro) maar hij heeft geen idee hoe het hier werkt. zijn nummer: [[t:nul zes, 87 00 31 52]]
=====
vandaag niemand op het spreekuur in {{w:morgenstond}}. 0. het regende wel heel hard. volgende week folders bij de {{o:albert heijn}} leggen?
=====
hoi [[p:dan]], ja klopt, [[p:will]] zegt dat hij een rolstoel nodig heeft maar ik heb hem gisteren gewoon zien fietsen bij de markt op de leyweg. niet gek maken hoor, hij heeft wel echt knieklachten, maar ik zou eerst een {{r:ergotherapeut}} laten kijken
""")
# ---------------------------------------------------------------------------
# 2. Sterre (Sterre Groen, wijkverpleegkundige): heavy abbreviations
# ---------------------------------------------------------------------------
add(r"""
HB mw [[p:K.]] ([[p:Koning]]) [[d:di 4/3]]: mw alleen thuis, wist dag/dt niet. Medicatie baxter ma+di nt ingen. Koelkast: 3x melk, over dt. Hoofdhuid schilferig, roos? -> shampoo adv. Dochter gebeld, nt bereikb. Vlg HB do. Adv: {{r:casemgr dementie}} inschakelen + {{r:HA}} inlichten (dr [[p:Kok]]). /[[p:SG]]
=====
ivm storm zo. lekt dak bij dhr [[p:Pattiasina]], [[a:Hardenbergplein 6]]. Bed nat, dhr sliep in stoel. Gemeld bij {{o:Haag Wonen}} (alg. nr, wachttijd 40 min!!), meldingsnr [[z:HW-2503-8817]]. Dhr 77 jr, COPD, mag nt in de kou. Dochter woont in {{w:Hoek van Holland}}? nt bekend in dossier. -> [[p:Johan]] wil jij ff bellen? Jij kent hem beter.
=====
Msg aan mw [[p:Mensah]] (whatsapp, Eng.):
Hi [[p:Florence]], this is [[p:Sterre]], the nurse from the wijkteam. I will come on Thursday [[d:6 March]] at 11. Please keep the letters from the hospital for me. If you can't be home, call me on [[t:06 - 1924 3377]]. Take care!
=====
Rapp. [[d:wo 5-3]] dhr [[p:Groen]] (gn fam!!) [[a:Raaltestraat 3]]: wond li onderbeen, genezing traag, DM2. Zorg door {{o:Florence}} 2x/dg. Dhr wil gn opname. Echtg. overl. 2021. Contactpers. zoon [[p:Ronald]] [[t:0031 6 38 44 02 71]].
=====
@[[p:Dan]] indicatie HH mw [[p:Koning]] al aangevr.? Zo nt: wil ik mee op HB. Grt [[p:Sterre]]
=====
Overdr. weekend [[d:vr 7/3]]
- mw [[p:Bakker]] (88) [[a:Ommenstraat 17]]: plafond droog, {{o:Haag Wonen}} geweest. Wel benauwd, sat 93%. Haalt brood nog zelf bij de bakker om de hoek -> goed teken.
- dhr [[p:Groen]]: wond verzorgd, zie rapp.
- fam [[p:De Vos]]: [[p:Storm]] (6) koorts 39,2, moeder [[p:Kim]] nt naar {{r:HA}}. Nr moeder [[t:06-2O814459]] (let op O = 0, zo staat ie in Regie)
- dhr [[p:Pattiasina]]: slaapt weer in bed.
=====
Tel. {{r:HA}}-praktijk (alg. nr 070 - 397 12 00, optie 3) ivm mw [[p:K-H]]: assistente zegt dr [[p:Kok]] belt terug tss 13-14u op mijn werk-06. Nog nt gebeld 14.20u. Morgen opn.
=====
Wvk-overleg [[d:10/3]], 4 nwe aanm.:
1) dhr [[p:A.H. Jama]] via [[p:Bo]], LVB + DM1 slecht ingesteld
2) mw [[p:Hristova]], zw. 24 wk, gn zorgverz., gn verloskundige
3) mw [[p:Zheng]] ([[p:Mei]]), val in keuken restaurant, pols gebroken
4) dhr [[p:Sint Jago]] knieklachten, via [[p:Dan]]
Verdeling: 1+4 [[p:SG]], 2+3 [[p:Iris]] (stagiaire)
=====
[[p:Sterre Groen]]  12:03
Wie heeft mijn bloeddrukmeter? Ligt nt in kast kamer 2.14. Hoop dat ie nt in de auto van [[p:Johan]] ligt want die is naar {{w:Hoek van Holland}} 😅
=====
Rapp. HB [[d:do 6/3]] fam [[p:Mensah]] [[a:Zuiderparklaan 87-III]]
Mw [[p:F. Mensah]] (36), 3 kn: [[p:Blessing]] (12), [[p:Gift]] (8), [[p:Precious]] (4).
Mw moe, hb 7,1, ijzertabl. gestopt wegens maagklachten. Ziekenhuisbrieven ({{o:HMC}}) nt geopend: afspr. interne [[d:27-02]] gemist?? -> zelf gebeld, verzet naar [[d:24-3]].
Kerk heeft vorige mnd een gift gedaan (€ 150) voor boodschappen. Geen schulden bekend. Mw spreekt Eng + Twi.
Actie: [[p:Kerem]] ff checken toeslagen? [[p:Ruben]] school [[p:Blessing]].
=====
Afspr. gemaakt: mw [[p:Hristova]], verloskundigenprakt. {{o:De Bakermat}} (alg. 070-...), intake [[d:wo 12/3]] 9.15u. Tolk Bulg. aangevr. Mw tel: [[t:+359 88 712 4490]] (Bulg. nr!!) of via partner [[p:T. Angelov]] [[t:06-1177 4203]].
=====
Dhr [[p:Groen]] vandaag: wond ziet er beter uit, roze, minder vocht. Groen licht van de {{r:wondverpleegkundige}} om naar 1x/dg te gaan.
=====
Mw [[p:Koning]] zei vandaag 'ik ben toch geen kind' toen ik de baxter controleerde. Terecht eigenlijk. Met dochter [[p:A.]] afgesproken dat zij de medicatiedoos vult op zondag. Werkt tot nu toe: 2/2 dagen alles ingenomen. Adv. in de roos dus 🙂
=====
Dhr [[p:Jama]] HB [[d:11-3-25]] + [[p:Bo]]: glucose 18,4 nuchter. Insuline pen verkeerd gebruikt (naald hergebr.). Uitleg gegeven, tekening gemaakt want leest slecht. Oom [[p:Hassan]] aanwezig, helpt. Vlg: {{r:diabetesverpleegkundige}} HA, [[d:ma 17/3]].
=====
Mw [[p:Zheng]] [[a:Leyweg 566 A]] (boven rest.): pols li in gips tot ca. eind april. Kan nt werken in de keuken, man wel. Mw wil gn hulp, 'familie doet het'. Dochter [[p:Lin]] (15) tolkt. Eind mei controle poli. NB: zoon zit op bo, groep 7, mw vraagt of hij overblijven kan krijgen. -> [[p:Jade]]?
=====
Herinnering aan mezelf: [[d:di 11-3]] niet vergeten formulier PGB dhr [[p:Koeiman]]. Ligt in postvak.
=====
[[p:Storm]] (6) hersteld, moeder blij. Nu [[p:Sky]] (3) verkouden 🙄. Fam [[p:de Vos]] [[a:Dalfsenstraat 12]] blijft zorgenkind: moeder alleen, geen netwerk, ex-partner [[p:Danny]] in detentie tot najaar.
=====
Sorry, correctie op vorige bericht: de fam [[p:de Vos]] woont op [[a:Dalfsenstraat 21]], niet 12. Stond fout in m'n agenda.
=====
Bericht van [[p:Sterre]]: kan iemand mijn HB om 15u bij dhr [[p:Groen]] overnemen? Moet met spoed naar mw [[p:Bakker]] (gevallen, alarmering ging af). Sleutelkastje code staat in Regie bij [[z:2025-ESC-00391]].
=====
Mw [[p:Bakker]]: val in badkamer, geen fractuur volgens {{r:huisartsenpost}}. Wel blauwe heup. Mw wil nt naar tijdelijk verblijf. Nicht [[p:Wil Bakker]] ([[t:070 3 29 45 10]], is eigenlijk nr van mw zelf, nicht heeft [[t:06 33 90 12 48]]) komt vanavond slapen. Zij wil ook dat mw een douchestoel krijgt -> [[p:Dan]] Wmo.
=====
Nieuwe wvk-stagiaire [[p:Iris]] start ma. Ze loopt week 1 mee met mij, week 2 met [[p:Johan]]. Graag iedereen even voorstellen 🙂
""")
# ---------------------------------------------------------------------------
# 3. Fatima (Fatima el Khattabi, casusregisseur): pastes from the case system
# ---------------------------------------------------------------------------
add(r"""
--- Regie SWT | Cliëntkaart ---
Cliëntnr.: [[z:2025-ESC-00418]]
Naam: [[p:Koning-Hoogstraten, R.]] ([[p:Roos]])
Geb.datum: [[d:14-08-1950]]
BSN: [[b:1712.39.003]]
Adres: [[a:Hengelolaan 1170]]
Postcode: [[pc:2545 HC]]   Plaats: 's-Gravenhage
Telefoon: [[t:070-3664120]] / [[t:06-23174085]] (dochter)
Wijk: {{w:Morgenstond}}
Casusregisseur: [[p:F. el Khattabi]]
Status: actief sinds [[d:03-03-2025]]
=====
AANMELDING SWT {{w:ESCAMP}}
Datum aanmelding: [[d:04-03-2025]]
Aanmelder: dr. [[p:M. Kok]], {{r:huisarts}} ({{o:Gezondheidscentrum Moerwijk}})
Tel. aanmelder: [[t:070-3 97 12 04]] (direct)
Cliënt: [[p:Jama, A.H.]] ([[p:Abdullahi]])
Geb.: [[d:17/09/2001]]
BSN: [[b:458 909 750]]
Adres: [[a:Zuidlarenstraat 23-B]], [[pc:2545VC]] Den Haag
Tel: [[t:06 13 08 77 42]]
Hulpvraag: geen inkomen sinds [[d:01-01]], vermoeden LVB, diabetes type 1 slecht ingesteld
Toestemming: ja, getekend [[d:04-03-2025]]
=====
Hoi allemaal, hieronder het logboek van [[p:Jama]] tot nu toe, voor wie donderdag bij het MDO zit.

[Logboek cliënt [[z:2025-ESC-00431]]]
[[d:05-03-2025]] 09:12  [[p:F. el Khattabi]]   Telefoon    Contact met cliënt, afspraak gepland.
[[d:05-03-2025]] 14:40  [[p:S. Groen]]         Huisbezoek  Zie rapportage wvk.
[[d:06-03-2025]] 11:05  [[p:K. Aslan]]         Notitie     Schulden geïnventariseerd, totaal ca. € 14.300.
[[d:07-03-2025]] 10:00  [[p:B. Verbeek]]       Huisbezoek  Kennismaking MEE, zie verslag.

Groet, [[p:Fatima]]
=====
Zoekresultaat Regie - zoekterm "[[p:de wit]]"
Cliëntnr        | Naam                  | Geb.datum  | Wijk        | Status
[[z:2024-ESC-01960]] | [[p:Wit, R. de]]   | [[d:22-06-1966]] | {{w:Moerwijk}}    | actief
[[z:2023-ESC-00871]] | [[p:Wit-Brouwer, T. de]] | [[d:03-01-1944]] | {{w:Bouwlust}}    | actief
[[z:2019-ESC-02214]] | [[p:Wit, J.C. de]] | [[d:30-11-1989]] | {{w:Morgenstond}} | afgesloten
3 resultaten
=====
Kan iemand bevestigen dat [[p:Will]] = [[p:Wilfred Sint Jago]]? In Regie staan er twee: [[z:2023-ESC-01177]] (geb. [[d:02-11-1979]]) en [[z:2025-ESC-00402]] (geb. [[d:02-11-1978]]). Ik wil ze samenvoegen maar alleen als het zeker dezelfde is.
=====
Status-update {{o:Veilig Thuis}} (gekopieerd uit het portaal):
Melding: [[z:VT-25-10932]]
Betrokkenen: [[p:Yıldız, D.]] (moeder), [[p:Yıldız, U.]] (kind, 7 jr), [[p:Öztürk, S.]] (ex-partner)
Stand van zaken: veiligheidsplan opgesteld [[d:06-03-2025]]. Contactverbod ex-partner via advocaat aangevraagd.
Contactpersoon VT: [[p:I. Baas]], [[t:06 31 88 29 04]]
Vervolg: overdracht aan SWT na [[d:21-03-2025]]
=====
Plan van aanpak [[z:2025-ESC-00377]] - gezin [[p:Mensah]]
Leefgebied       | Doel                                   | Actie                          | Wie     | Wanneer
Gezondheid       | ijzergehalte moeder op peil            | afspraak interne {{o:HMC}}           | [[p:Sterre]]  | [[d:24-03]]
School           | [[p:Blessing]] terug in de klas              | gesprek mentor + moeder        | [[p:Ruben]]   | [[d:10-03]]
Financiën        | toeslagen op orde                      | check Mijn Toeslagen           | [[p:Kerem]]   | week 11
Sociaal netwerk  | moeder heeft 1 vaste steunfiguur       | kerk / buurvrouw betrekken     | [[p:Jade]]    | april
=====
Collega's, de aanmelding van mw [[p:Yıldız]] heb ik aangemaakt maar de BSN die {{o:Veilig Thuis}} doorgaf klopt niet (elfproef faalt): [[b:387838404]]. Bij de BRP nagevraagd, het moet zijn [[b:387838405]]. Ik heb het aangepast in Regie. Let op dat je de oude niet meer gebruikt in brieven!
=====
Cliëntnr.: [[z:2025-ESC-00445]]
Naam: [[p:Yıldız, Deniz]]
Adres: GEHEIM (adres afgeschermd i.v.m. veiligheid, zie VT)
Telefoon: [[t:06-45 21 09 88]] (nieuw per [[d:7/3]], NIET aan derden geven)
Kinderen: [[p:Umut]] ([[d:12-05-2017]])
Huisarts: {{o:Huisartsenpraktijk Bouwlust}} (dr. [[p:Van Leeuwen]])
Status: actief, prioriteit 1
=====
Overzicht nieuwe aanmeldingen week 10 ({{w:Escamp}})
- 4 via huisarts
- 2 via {{o:Haag Wonen}}
- 1 via {{o:Veilig Thuis}}
- 3 via {{o:Servicepunt XL}} / inloop
- 1 zelfmelder
Gemiddelde doorlooptijd aanmelding -> eerste gesprek: 6,3 werkdagen (doel: 5).
=====
--- Regie | Contactgegevens netwerk ---
Cliënt: [[p:Winter, C.]] ([[p:Kees]]) [[z:2024-ESC-01502]]
Partner: [[p:Winter-Verhoef, E.]] ([[p:Bep]])
Zoon: [[p:Winter, M.]] ([[p:Mark]]) - [[t:06-3399 1872]] - [[e:markwinter71@hotmail.com]]
Dochter: [[p:Winter, L.]] ([[p:Lia]]) - woont in Canada, alleen via mail
Vaste lijn echtpaar: [[t:070 - 366 02 19]]
Adres: [[a:Beresteinlaan 221]], [[pc:2542 JC]]
=====
Even een vraag aan [[p:Kerem]]: in Regie staat bij [[p:De Wit]] als IBAN [[i:NL49INGB1776047022]], maar de bewindvoerder mailde [[i:NL06RBRB6334939751]]. Welke is de leefgeldrekening? Ik wil niet dat de bijzondere bijstand op de verkeerde rekening komt.
=====
Vergadering casuïstiek [[d:do 13 maart]], agenda (uit Regie)
1. [[z:2025-ESC-00431]] [[p:Jama]] - inkomen + woonsituatie (MEE)
2. [[z:2024-ESC-01960]] [[p:De Wit]] - ontruimingsdreiging
3. [[z:2025-ESC-00418]] [[p:Koning-Hoogstraten]] - dementie, HH
4. Rondvraag
=====
Voor de volledigheid, uit de intake van vorige dinsdag hoeven we niks over te nemen: die is dubbel aangemaakt. Ik heb hem verwijderd.
=====
Cliënt: [[p:Noori, H.]] ([[p:Hamid]]), [[d:01-01-1973]] (ambtshalve geb.datum)
Adres: [[a:Steenwijklaan 48]] [[pc:2541 RK]]
Tel: [[t:0687 14 92 03]]
Tolk/contactpersoon: dochter [[p:Noor]] ([[p:N. Noori]]), [[t:06 18 34 55 71]], [[e:noor.noori@student.hhs.nl]]
BSN: [[b:511 47 19 19]]
Bijzonderheden: statushouder sinds 2022, PTSS?, weigert GGZ
=====
[[p:Fatima el Khattabi]]  16:22
Regie ligt morgen tussen 7 en 9 uur plat voor onderhoud (versie 4.2). Rapportages dus even in Word en later overzetten.
=====
Mutatie Regie [[d:10-03-2025]] 15:31 door [[p:F. el Khattabi]]:
Veld 'Telefoon' gewijzigd van [[t:06-41287356]] naar [[t:06 41 90 27 35]] (cliënt [[p:R. de Wit]], [[z:2024-ESC-01960]])
Veld 'Bewindvoerder' gewijzigd van '-' naar '[[p:E. Hart]], {{o:Bewind Haaglanden}}'
=====
Hoi [[p:Bo]], zie onderstaande uit Regie, dit is de oom van [[p:Abdullahi]]:
Naam netwerk: [[p:Hassan Jama, Mohamed]]
Relatie: oom (mantelzorger)
Tel: [[t:+31 6 2205 7718]]
Adres: [[a:Zuidlarenstraat 23 B]] (zelfde adres)
=====
Nog een correctie: bij [[p:Pattiasina]] stond postcode [[pc:2541 DB]], moet [[pc:2543 DB]] zijn. Het huisnummer ([[a:Hardenbergplein 6]]) klopt wel.
=====
--- Regie | Verslag MDO ---
Datum: [[d:do 13-03-2025]]
Aanwezig: [[p:F. el Khattabi]] (vz), [[p:S. Groen]], [[p:J. de Hoop]], [[p:R. Hoek]], [[p:B. Verbeek]], [[p:K. Aslan]], [[p:D. Kartosen]], [[p:J. Sewtahal]]
Afwezig: -
Casus [[z:2024-ESC-01960]]: zitting kantonrechter [[d:25 maart]]. Advocaat: mr. [[p:Slagter]]. [[p:Ruben]] gaat mee.
Casus [[z:2025-ESC-00418]]: HH toegekend, start [[d:17-03]]. Casemanager dementie: [[p:Hanneke Bos]] ({{o:Florence}}).
Volgend MDO: [[d:27-03-2025]]
""")
# ---------------------------------------------------------------------------
# 4. Johan (Johan de Hoop, ouderenconsulent): long, careful e-mails
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Johan de Hoop]] <[[e:j.dehoop@stichtingmooi.nl]]>
Aan: [[p:Hanneke Bos]] <[[e:h.bos@florence.nl]]>
Onderwerp: Aanmelding casemanagement dementie - mevrouw [[p:Koning]]

Beste [[p:Hanneke]],

Via mijn collega's van het sociaal wijkzorgteam {{w:Escamp}} bereikte mij de vraag of jij mevrouw [[p:R. Koning-Hoogstraten]] (74) wilt leren kennen. Mevrouw woont alleen op de [[a:Hengelolaan 1170]] in {{w:Morgenstond}}, op de vierde verdieping met lift. De {{r:wijkverpleegkundige}} ziet sinds een aantal weken dat zij de dagen door elkaar haalt, medicatie vergeet en de koelkast niet meer bijhoudt. De {{r:huisarts}}, dokter [[p:Kok]], is op de hoogte en heeft een verwijzing naar de geheugenpoli in voorbereiding.

Mevrouw zelf vindt dat het 'best gaat', en dat wil ik graag respecteren: ze is een trotse vrouw die veertig jaar een kapsalon heeft gehad. Haar dochter [[p:Anneke]] komt eens per week en is bereikbaar op [[t:06 23 17 40 85]]. Mevrouw heeft ingestemd met contact, de toestemmingsverklaring is getekend op [[d:4 maart]] jl.

Zou je mij kunnen laten weten of een eerste bezoek nog in de week van [[d:17 maart]] mogelijk is? Ik ga dan graag mee, omdat mevrouw mij inmiddels een beetje kent.

Met vriendelijke groet,

[[p:Johan de Hoop]]
{{r:Ouderenconsulent}} | {{o:Stichting MOOI}}
Sociaal wijkzorgteam {{w:Escamp}}
T [[t:070 - 205 41 87]] (direct) | M [[t:06 1877 3020]]
Algemeen: 070 - 205 40 00 | Werkdagen ma t/m do
=====
Van: [[p:Johan de Hoop]]
Aan: [[e:markwinter71@hotmail.com]]
Onderwerp: Uw ouders

Beste meneer [[p:Winter]],

Dank u wel voor uw telefoontje van gisteren. Ik begrijp goed dat u zich zorgen maakt nu u zelf zo ver weg woont en uw vader het steeds zwaarder heeft met de zorg voor uw moeder. Ik ben vanmorgen bij hen geweest, aan de [[a:Beresteinlaan 221]].

Mijn indruk: uw vader doet werkelijk alles zelf, van het wassen van uw moeder tot het boodschappen doen, en hij slaapt slecht omdat zij 's nachts onrustig is. Hij zei letterlijk: 'deze winter kom ik nog wel door, maar daarna weet ik het niet.' Dat vond ik een belangrijk signaal.

Ik stel het volgende voor:
1. Een gesprek met de {{r:Wmo-adviseur}} (mijn collega [[p:Dan Kartosen]]) over dagbesteding voor uw moeder, twee dagen per week.
2. Respijtzorg via {{o:Humanitas}}, zodat uw vader een middag vrij heeft.
3. Een gesprek met u erbij, eventueel via beeldbellen, op [[d:dinsdag 18 maart]] om 10.00 uur.

Wilt u mij laten weten of dat uitkomt? U kunt mij ook direct bellen op [[t:06-18773020]].

Met vriendelijke groet,
[[p:Johan de Hoop]]
=====
Van: [[p:Johan de Hoop]]
Aan: Team SWT {{w:Escamp}}
Onderwerp: Verslag huisbezoek dhr. [[p:Pattiasina]] ([[d:5 maart]])

Beste collega's,

Naar aanleiding van het bericht van [[p:Sterre]] ben ik woensdag bij meneer [[p:Pattiasina]] langsgegaan, [[a:Hardenbergplein 6]]. De lekkage is inmiddels door {{o:Haag Wonen}} verholpen, het bed is vervangen door een exemplaar uit het depot van de kerk.

Wat mij vooral opviel, is dat meneer erg alleen is. Sinds het overlijden van zijn vrouw [[p:Jacoba]] in 2023 komt hij eigenlijk alleen nog buiten voor de Molukse kerkdienst op zondag. Zijn dochter [[p:Femmy]] woont in {{w:Hoek van Holland}} en komt eens per maand; ik heb haar telefonisch gesproken ([[t:06 - 41 33 07 19]]) en zij is blij met onze betrokkenheid.

Meneer staat open voor een maatje. Ik heb hem aangemeld bij het maatjesproject van {{o:Humanitas}}; daar is een vrijwilliger beschikbaar die ook Maleis spreekt.

Ik hoop dat we hem zo een beetje uit zijn isolement kunnen halen. Mochten jullie vragen hebben, dan hoor ik het graag.

Hartelijke groet,
[[p:Johan]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Anders Holmberg]] <[[e:anders.holmberg@humanitas.nl]]>
Onderwerp: Kennismaking met meneer [[p:Pattiasina]]

Beste [[p:Anders]],

Wat fijn dat je maatje wilt worden van meneer [[p:Pattiasina]]. Anders dan bij de vorige koppeling, waar we meteen met z'n drieën zijn gaan wandelen, stel ik voor dat we deze keer eerst rustig thuis kennismaken: meneer is snel moe door zijn COPD en vindt nieuwe mensen spannend.

Praktisch:
- Adres: [[a:Hardenbergplein 6]], [[pc:2543 DB]] Den Haag (bel 2x lang, hij hoort slecht)
- Vaste lijn: [[t:070-3211876]]
- Voorstel: [[d:woensdag 12 maart]], 14.00 uur. Ik ben er dan ook.

Hij houdt van krontjong en van verhalen over zijn tijd bij de marine, dus als je daar iets over vraagt, zit je goed. Hij heet voluit [[p:Johannes Pattiasina]], maar iedereen noemt hem Oom [[p:Hans]].

Groet,
[[p:Johan]]
=====
> Van: [[p:Mark Winter]] <[[e:markwinter71@hotmail.com]]>
> Verzonden: [[d:woensdag 5 maart 2025]] 22:14
> Onderwerp: RE: Uw ouders
>
> Meneer [[p:de Hoop]], dank voor uw uitgebreide mail. [[d:Dinsdag 18 maart]] om 10 uur is goed, ik bel dan in via Teams. Mijn vader wil het eigenlijk niet, hij vindt dat hij het zelf moet doen. Mijn zus [[p:Lia]] zit in Canada en kan niets doen. Groet, [[p:Mark]]

Beste [[p:Mark]],

Dank voor uw snelle reactie. Ik noteer het gesprek op [[d:18 maart]] om 10.00 uur; u ontvangt van mij een link. Dat uw vader het eigenlijk niet wil, herken ik: veel mantelzorgers van zijn generatie voelen het als falen om hulp te vragen. Ik zal het gesprek daarom zo voeren dat het over ontlasting gaat en niet over overnemen.

Met vriendelijke groet,
[[p:Johan de Hoop]]
=====
Van: [[p:Johan de Hoop]]
Aan: dr. [[p:P. Bloem]], {{r:specialist ouderengeneeskunde}}
CC: [[p:Sterre Groen]]
Onderwerp: Mw. [[p:T. de Wit-Brouwer]], [[d:03-01-1944]]

Geachte dokter [[p:Bloem]],

Graag vraag ik uw advies over mevrouw [[p:Truus de Wit]] (81), [[a:Lozerlaan 1380]] in {{w:Bouwlust}}. Mevrouw is weduwe en woont zelfstandig; haar zoon heeft haar aangemeld bij ons team omdat zij sinds januari drie keer gevallen is. Zij gebruikt twaalf verschillende medicijnen, waaronder twee slaapmiddelen, voorgeschreven door twee verschillende artsen.

Ik ben geen arts, maar ik vraag mij af of een medicatiereview zinvol zou zijn voordat we aan een traplift of een verhuizing denken. De {{r:huisarts}} heeft mij naar u verwezen. Mevrouw heeft toestemming gegeven voor dit contact.

Haar zoon, de heer [[p:Frank de Wit]], is bereikbaar op [[t:+31 (0)6 5012 8834]].

Met vriendelijke groet,
[[p:J. de Hoop]], {{r:ouderenconsulent}}
=====
Beste collega's,

Een korte terugkoppeling van de ouderenmiddag in wijkcentrum {{o:De Boog}} gisteren. Er waren 34 bewoners, meer dan ooit. Het thema was 'veilig thuis wonen': de brandweer gaf uitleg over rookmelders en er was een stand van de {{o:Fietsersbond}}. Wat mij opviel: minstens vijf mensen vroegen naar hulp bij digitale post van de {{o:Belastingdienst}}. Zou het een idee zijn om een maandelijks DigiD-spreekuur te organiseren in {{w:Morgenstond}}? De bibliotheek heeft een ruimte (zaal 1.03) die we op vrijdagochtend kunnen gebruiken.

Graag jullie reactie voor het overleg van volgende week.

Met hartelijke groet,
[[p:Johan]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Dan Kartosen]]
Onderwerp: dagbesteding mw. [[p:Winter]] - aanvulling

Beste [[p:Dan]],

Dan nog even een aanvulling op ons gesprek van vanochtend over mevrouw [[p:E. Winter-Verhoef]]. Ik heb navraag gedaan bij {{o:Zorgcentrum Bouwlust}}: zij hebben op dinsdag en donderdag plaats in de groep voor mensen met geheugenproblemen, en vervoer kan via de Wmo-taxi. Meneer [[p:Winter]] heeft aangegeven dat zijn vrouw het liefst in de ochtend gaat, omdat zij 's middags moe en verward raakt.

Het BSN van mevrouw heb je nodig voor de aanvraag: [[b:381 746 227]]. Dat van meneer ([[b:751820544]]) staat al in Regie bij het dossier.

Hartelijke groet,
[[p:Johan]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Femmy Pattiasina]]
Onderwerp: Uw vader

Beste mevrouw [[p:Pattiasina]],

Zoals beloofd even een bericht na de kennismaking tussen uw vader en de vrijwilliger van {{o:Humanitas}}, meneer [[p:Holmberg]]. Het klikte meteen: na tien minuten kwamen de foto's van de marine op tafel en ik ben na drie kwartier weggegaan, terwijl zij nog zaten te praten. Ze hebben afgesproken dat [[p:Anders]] voortaan op woensdagmiddag komt.

Uw vader vroeg of u de volgende keer een pan nasi mee wilt nemen 'voor de Zweed'. Ik geef het maar door.

Vriendelijke groet,
[[p:Johan de Hoop]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Sterre Groen]]; [[p:Ruben Hoek]]
Onderwerp: Mevrouw [[p:Koning]] en haar zoon

Lieve [[p:Sterre]] en [[p:Ruben]],

Ik heb vanmiddag de zoon van mevrouw [[p:Koning]] aan de lijn gehad, [[p:Gerard Koning]]. Hij woont inderdaad in {{w:Hoek van Holland}} en was eerlijk gezegd nogal verbaasd dat niemand hem eerder had gebeld. Zijn zus had hem niets verteld. Er speelt een oude familieruzie die ik hier niet uitgebreid ga beschrijven, maar het komt erop neer dat hij wel wil helpen, maar niet samen met zijn zus.

Mijn voorstel is dat hij de financiën gaat doen (hij is boekhouder) en dat [[p:Anneke]] de zorgkant blijft doen. Dat heb ik nog niet met mevrouw besproken. Zijn nummer: [[t:06 20 77 41 93]], en hij mailt liever: [[e:g.koning@kpnmail.nl]].

Ik hoop dat jullie dit een goed plan vinden; anders hoor ik het graag voor donderdag.

[[p:Johan]]
=====
Van: [[p:Johan de Hoop]]
Aan: secretariaat {{o:Ouderenbond ANBO}} afdeling Den Haag
Onderwerp: Vrijwilligers belastingservice

Geachte heer, mevrouw,

Ons team ziet dit voorjaar veel ouderen die moeite hebben met het invullen van de aangifte inkomstenbelasting. Wij zouden graag weten of uw belastingservice dit jaar ook in {{w:Escamp}} actief is, en zo ja: op welke dagen en via welk nummer ouderen een afspraak kunnen maken. Kunt u ons ook een aantal folders toesturen? Ons postadres is Postbus 12600, 2500 DJ Den Haag, t.a.v. sociaal wijkzorgteam {{w:Escamp}}.

Met vriendelijke groet,
namens het sociaal wijkzorgteam {{w:Escamp}},
[[p:J. de Hoop]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Fatima el Khattabi]]
Onderwerp: Overdracht tijdens mijn verlof

Beste [[p:Fatima]],

Zoals je weet ben ik van [[d:24 maart]] tot en met [[d:4 april]] met verlof. Hierbij mijn lopende casussen, met wat ik graag overgedragen zie:

1. Mw. [[p:Koning-Hoogstraten]] ([[z:2025-ESC-00418]]): eerste bezoek casemanager dementie. [[p:Hanneke Bos]] belt jou.
2. Echtpaar [[p:Winter]] ([[z:2024-ESC-01502]]): start dagbesteding, aanvraag ligt bij [[p:Dan]]. Zoon [[p:Mark]] wil wekelijks een update per mail.
3. Dhr. [[p:Pattiasina]]: loopt goed met het maatje, geen actie nodig.
4. Mw. [[p:T. de Wit-Brouwer]]: wachten op advies van dr. [[p:Bloem]]. Let op: niet verwarren met [[p:Rob de Wit]] van [[p:Ruben]].

Ik ben in noodgevallen bereikbaar, maar liever niet.

Hartelijke groet,
[[p:Johan]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Wil Bakker]]
Onderwerp: Douchestoel voor uw tante

Beste mevrouw [[p:Bakker]],

Dank u voor uw mail. U vroeg of de gemeente een douchestoel kan vergoeden voor uw tante, mevrouw [[p:G. Bakker]] aan de [[a:Ommenstraat 17]]. Een douchestoel valt meestal onder de hulpmiddelen die u zelf kunt kopen of lenen via de thuiszorgwinkel; de Wmo vergoedt hem in de regel niet. Ik heb wel aan mijn collega van de Wmo gevraagd om mee te kijken naar een beugel bij het toilet.

U schreef ook dat u het gevoel heeft dat niemand luistert. Dat spijt me oprecht. Als u wilt, kom ik volgende week langs als u er bent, bijvoorbeeld op [[d:donderdag 13 maart]] rond 16.00 uur.

Met vriendelijke groet,
[[p:Johan de Hoop]]
""")
# ---------------------------------------------------------------------------
# 5. Jade (Jade Sewtahal, jongerenwerker): short chat messages
# ---------------------------------------------------------------------------
add(r"""
top! ik spreek [[p:Ilyas]] vanmiddag bij de kooi 🙂
=====
[[p:Jade Sewtahal]]  15:48
gesproken met [[p:Ilyas]]. hij zegt dat school 'kut' is en dat zijn mentor hem haat. eerlijk verhaal wel. hij wil wel naar de bokstraining op di/do. ik neem hem mee [[d:di 11/3]] 👊
=====
[[d:04-03-25]] 16:02 - [[p:Jade]]: iemand al gehoord van die nieuwe jongen in de flat bij het winkelcentrum? [[p:Sabri]] of [[p:Sabir]], 17 ofzo
[[d:04-03-25]] 16:05 - [[p:Ruben Hoek]]: nee
[[d:04-03-25]] 16:05 - [[p:Kerem]]: [[p:Sabir]] [[p:Haidari]]? die broer van [[p:Mahdi]]?
[[d:04-03-25]] 16:07 - [[p:Jade]]: ja die!! thnx
=====
haha nee [[p:Dan]], niet jij 😂 ik bedoel [[p:Dan]] van het buurthuis ([[p:Dan Verheul]]), die heeft de sleutels van de gymzaal
=====
wie heeft er zin in koffie? ik loop nu naar de automaat
=====
[[p:Noor]] (dochter van dhr [[p:Noori]]) vroeg of ze bij ons stage mag lopen. ze doet social work aan de {{o:Haagse Hogeschool}}, 2e jaar. ik heb gezegd dat ik het navraag. leuk idee toch? ze kent de wijk beter dan wij 😄
=====
iemand nog sportkleding over voor [[p:Umut]] (7)? maat 122-128. moeder kan het nu echt niet betalen. mag ook van je eigen kids
=====
[[p:Ilyas]] niet komen opdagen bij boksen 😕 gebeld, geen gehoor. zijn nr is toch [[t:06-1540 9923]]? of hebben jullie een ander
=====
[[p:Kerem]]: [[p:Jade]] zijn nieuwe nummer is [[t:06 15 40 99 32]], dat had moeder doorgegeven
[[p:Jade]]: ahh dat verklaart een hoop haha
=====
buurthuis {{o:De Kooi}} is dicht vanaf [[d:17 maart]] ivm verbouwing, tot half mei. jongerenavond verhuist naar de gymzaal van {{o:OBS De Zonnewijzer}}. graag doorgeven aan jullie jongeren 🙏
=====
update [[p:Blessing]] ([[p:Mensah]]): terug op school sinds [[d:wo 12-3]]. [[p:Ruben]] en moeder zijn bij de mentor geweest, er is een plan. ze komt vrijdag ook naar meidenclub ✨
=====
even een vraagje: mag ik [[p:Storm]] ([[p:de Vos]]) gewoon meenemen naar de knutselmiddag of moet moeder dan een formulier tekenen? ze is pas 6
=====
sorry laatste bericht ging over [[p:Sky]], niet [[p:Storm]] 🙈 [[p:Storm]] is de oudste
=====
[[d:10-03-25]] 09:14 - [[p:Jade]]: wie staat er vandaag op het inloopspreekuur?
[[d:10-03-25]] 09:20 - [[p:Bo Verbeek]]: ik tot 12
[[d:10-03-25]] 09:21 - [[p:Jade]]: okeee dan kom ik na 12
=====
help: printer op de 2e zegt 'papierstoring lade 3' en er zit echt geen papier vast 😤
=====
[[p:Mei]] ([[p:Zheng]]) vroeg of haar zoon [[p:Kai]] op woensdag mee mag doen met huiswerkklas. ik heb ja gezegd! plek genoeg sinds mei vorig jaar 
=====
[[p:Sabir]] [[p:Haidari]] is bij me geweest. 17, woont met moeder en 4 broers op [[a:Zuidlarenstraat 88]]. vader in afghanistan. hij moet eigenlijk naar het {{o:ROC Mondriaan}} maar is nooit ingeschreven. @[[p:Bo]] of @[[p:Kerem]] weten jullie wie daarover gaat? leerplicht?
=====
[[p:Bo Verbeek]]: {{o:RMC}}, niet leerplicht, hij is 17. bel [[p:Priscilla]] van {{o:RMC}}, [[t:06 8 4 4 0 1 2 7 6]]
[[p:Jade]]: top, dank je!!
=====
jongens het regent hier echt pijpenstelen, tweede storm deze maand geloof ik. fietsen staan onder water bij de achteringang
=====
[[p:Ilyas]] stuurde vanavond om 23:40 een appje dat hij 'er klaar mee is'. ik heb teruggebeld, hij was bij een vriend op de [[a:Meppelweg 1012]], niet thuis op de Lozerlaan. hij is oké zegt hij. ik heb moeder [[p:Samira]] gebeld op [[t:06 28 47 13 09]] en zij weet het nu. morgen even bespreken pls
=====
vandaag 14 jongeren op de jongerenavond, record 🥳
=====
[[p:Jade]]: @[[p:Johan]] jij zoekt toch een vrijwilliger die Maleis spreekt? mijn tante [[p:Ivonne Latuheru]] zoekt vrijwilligerswerk 😊
[[p:Johan de Hoop]]: Dank je [[p:Jade]], heel lief, maar ik heb inmiddels iemand gevonden via {{o:Humanitas}}. Bewaar haar nummer zeker!
""")
# ---------------------------------------------------------------------------
# 6. Bo (Bo Verbeek, MEE-consulent): bullet lists
# ---------------------------------------------------------------------------
add(r"""
Kennismaking dhr. [[p:Jama]] - [[d:vr 7 maart]]
- woont bij oom ([[p:Mohamed Hassan Jama]]) op [[a:Zuidlarenstraat 23-B]], slaapt in de woonkamer
- geen inkomen sinds januari, was ingeschreven bij {{o:UWV}} maar afgemeld (wist niet waarom)
- leest en schrijft weinig, rekenen lukt beter
- diabetes: zie rapportage [[p:Sterre]]
- wil graag 'gewoon werken, in een magazijn of zo'
Actie:
- [ ] aanvraag bijstand samen met {{o:Werk en Inkomen}} ([[p:Bo]])
- [ ] IQ-gegevens opvragen bij oude school in Somalië? waarschijnlijk niet beschikbaar
- [ ] kennismaking {{o:Pameijer}} voor dagbesteding/werk
=====
Acties week 11 ([[p:Bo]]):
- [x] [[p:Jama]]: bijstandsaanvraag ingediend, aanvraagnr [[z:WI-2025-044812]]
- [ ] [[p:Jama]]: bankrekening openen (heeft geen rekening!) -> [[d:di 11/3]] 14u {{o:ING}} Leyweg
- [ ] [[p:Berhane]]: taalschool bellen
- [ ] mw. [[p:Hristova]]: zorgverzekering via {{o:CZ}}, wachten op BSN-brief
- [x] oom [[p:Hassan]]: mantelzorgwaardering aangevraagd
=====
Bankafspraak dhr. [[p:Jama]] gelukt:
- rekening: [[i:NL51 INGB 3625 2570 23]]
- pas komt per post over 5 werkdagen naar [[a:Zuidlarenstraat 23-B]]
- pincode apart, oom bewaart hem (op verzoek van dhr. zelf)
- IBAN doorgegeven aan {{o:Werk en Inkomen}}, ref. [[z:WI-2025-044812]]
=====
Voor het MDO over [[p:Jama]]:
- leeftijd: 23
- woonsituatie: onhoudbaar (oom heeft zelf 4 kinderen, 3-kamerwoning)
- voorstel: urgentie aanvragen? kans klein. Alternatief: begeleid wonen via {{o:Pameijer}}, wachtlijst ca. 9 maanden
- vraag aan team: wie heeft ervaring met de nieuwe route via het {{o:Wmo-loket}}?
=====
Kort: [[p:Tekle]] ([[p:Berhane]]) is ingeschreven bij {{o:ROC Mondriaan}} voor NT2 niveau 2, start [[d:31 maart]]. Lessen ma/wo/do 9-12. Hij moet nog een pasfoto inleveren.
=====
[[p:Bo Verbeek]]  11:32
Wie kan mij helpen met dit: mevrouw wil haar zorgtoeslag stopzetten omdat ze bang is dat ze moet terugbetalen. Kan dat gewoon via Mijn Toeslagen of moet ze bellen? (geen namen hier, gaat om algemene vraag)
=====
Telefonisch contact met oom [[p:Hassan]] ([[t:+31 6 2205 7718]]):
- [[p:Abdullahi]] was gisteren niet thuis om 22u, oom ongerust
- kwam om 1u thuis, was 'bij vrienden'
- oom bang dat hij in verkeerde groep raakt
- afgesproken: ik spreek [[p:Abdullahi]] morgen alleen, zonder oom
=====
Gesprek [[p:Abdullahi]] alleen [[d:12/3]]:
- hij vertelt over een 'vriend' die hem geld leent (€ 200) en die hij nu 'iets moet terugdoen'
- wil niet zeggen wat
- gespannen, kijkt steeds naar telefoon
- ik maak me zorgen over mogelijke uitbuiting (LVB)
Vervolg:
- [ ] overleg met [[p:Fatima]] en [[p:Ruben]]
- [ ] wijkagent [[p:Visser]] informeren? eerst team
- [ ] [[p:Jade]] vragen of zij de naam [[p:Youssef B.]] kent
=====
Checklist aanvraag begeleid wonen (voor mezelf, niet cliëntspecifiek):
- diagnose of onderbouwing LVB (IQ-onderzoek, schoolrapport, verklaring {{r:gedragsdeskundige}})
- kopie ID
- overzicht inkomen
- motivatie hulpvraag
- toestemming cliënt voor gegevensuitwisseling
Doorlooptijd beoordeling: 8 weken. Bezwaar binnen 6 weken.
=====
Update mw. [[p:Hristova]] ([[p:Milena]]):
- BSN-brief binnen: [[b:640 879 962]]
- zorgverzekering afgesloten bij {{o:CZ}}, ingangsdatum [[d:1 maart]] (met terugwerkende kracht gelukt!)
- verloskundige: intake geweest op [[d:12/3]]
- partner [[p:Todor]] werkt weer, via {{o:Otto Workforce}}
- woonsituatie: nog steeds 11 mensen op [[a:Apeldoornselaan 118-1]]
=====
Voor [[p:Kerem]]:
- [[p:Todor Angelov]] vraagt of hij loon kan terugvorderen over de weken dat hij ziek was
- uitzendbureau zegt 'eerste 2 dagen geen loon, daarna 90%'
- hij heeft 0 ontvangen over [[d:17-02]] t/m [[d:28-02]]
- loonstroken in zijn telefoon, ik heb ze doorgestuurd naar je mail ([[e:k.aslan@denhaag.nl]])
=====
Terugkoppeling scholing 'LVB herkennen' ([[d:donderdag 6 maart]]):
- 12 deelnemers, 4 van ons team
- tip: vraag niet 'begrijpt u het?' maar 'kunt u het in uw eigen woorden zeggen?'
- tip: brieven samen lezen, één brief per keer
- de presentatie staat op de teamschijf, map Scholing/2025
=====
Reminder: [[d:vrijdag 14 maart]] ben ik niet op kantoor (studiedag). Dringende zaken MEE: bel het algemene nummer van {{o:MEE}}, 088 775 20 00.
=====
Dhr. [[p:Koeiman]] vraagt of er iemand is die Papiaments spreekt, voor het gesprek met de {{r:psychiater}} op [[d:19 maart]]. 
- [[p:Ruben]] spreekt het niet
- [[p:Jade]]: een beetje?
- anders tolk via {{o:Tolkcentrum}}
=====
Verslag [[d:13-03]] dhr. [[p:Jama]] + oom + [[p:Ruben]] + [[p:Bo]]:
- [[p:Abdullahi]] vertelt nu dat de 'vriend' hem gevraagd heeft pakketjes te bezorgen
- adres genoemd: ergens in {{w:Moerwijk}}, 'bij de Troelstrakade'
- {{r:wijkagent}} is ingelicht met toestemming van dhr.
- veiligheid eerst: nieuw telefoonnummer aangevraagd, nieuw nr volgt
- dhr. voelt zich opgelucht dat hij het verteld heeft
=====
Nieuw nummer [[p:Abdullahi]]: [[t:06 - 5 9 2 8 1 1 4 0]]. Niet in Regie zetten voor maandag, eerst afstemmen met [[p:Fatima]].
""")
# ---------------------------------------------------------------------------
# 7. Kerem (Kerem Aslan, schuldhulpverlener): arrows, amounts, fragments
# ---------------------------------------------------------------------------
add(r"""
[[p:RdW]] → schulden:
{{o:Eneco}} € 1.312,48 / {{o:Haag Wonen}} € 2.870 (huur 3 mnd) / {{o:CJIB}} 2x € 263 / zorgverz. € 1.104 → totaal ± € 5.800
→ bewind aangevraagd, loopt via [[p:Hart]] ({{o:Bewind Haaglanden}})
→ zaaknr rechtbank [[z:C/09/668123 / BR RK 25-412]]
→ zitting [[d:25-3]]
=====
Mw [[p:Boukhari]] → spreekuur [[d:wo 5/3]]
- armband goud + jade ketting beleend bij de {{o:Stadsbank}} (€ 340), termijn loopt af [[d:1 april]]
- huur betaald, energie 2 mnd achter
- rek.nr [[i:NL87 ABNA 1115 7427 55]]
- zoon [[p:Ilyas]] → zie [[p:Jade]]
→ budgetplan maken, vlg afspraak [[d:19/3]]
=====
Rekening voor leefgeld dhr [[p:de Wit]]: [[i:NL49 INGB 1776 0470 22]]. Nee sorry, dat is die van de bewindvoerder (beheerrekening). Leefgeld gaat naar [[i:NL06 RBRB 6334 9397 51]]. @[[p:Fatima]] dus de tweede is goed.
=====
vraag van [[p:Bo]] over de zorgtoeslag → kan gewoon online stopzetten via Mijn Toeslagen, of bellen {{o:BelastingTelefoon}} 0800-0543. Terugbetalen hoeft alleen als het inkomen hoger is dan ingeschat. Meestal dus niet nodig om te stoppen.
=====
[[p:Kerem Aslan]]  10:06
Spreekuur do 9-12 vol. 4 mensen op wachtlijst, volgende week extra spreekuur di 13-16 in {{w:Bouwlust}}.
=====
[[p:Tekle Berhane]] → {{o:CJIB}} € 412 → regeling aangevraagd 6x € 69, eerste termijn [[d:1-4]]. Kenmerk [[z:2024003177661093]]. Brief komt naar [[a:Wissekerkeplein 28]]. Hij betaalt vanaf [[i:NL48INGB2463582749]]
hmm wacht, dat is de rekening van [[p:Will Sint Jago]], verkeerde dossier open. [[p:Tekle]] heeft [[i:NL38 ABNA 9851 3010 58]].
=====
Inventarisatie schulden [[p:Jama]] ([[z:2025-ESC-00431]]):
| schuldeiser        | bedrag      | status            |
| {{o:Zilveren Kruis}}     | € 2.310,00  | deurwaarder       |
| {{o:DUO}}                | € 8.900,00  | geen aflossing    |
| {{o:T-Mobile}}           | € 412,87    | incasso           |
| oom (onderhands)   | € 2.700,00  | -                 |
Totaal € 14.322,87. → aanmelden schuldhulp na stabilisatie inkomen.
=====
[[p:Todor Angelov]] → loonvordering: 8 werkdagen x € 98,- x 90% = € 705,60 bruto. → brief naar uitzendbureau opgesteld. Als ze niet reageren → {{o:Juridisch Loket}} / {{o:FNV}}.
Zijn IBAN voor de vordering: [[i:NL70 BUNQ 1509 4523 74]] (staat op naam van [[p:Milena]], is gezamenlijk)
=====
herinnering: schuldhulp-overleg met {{o:Kredietbank}} is verplaatst van do naar vrijdag 10.30, zaal 4.12. Graag casussen doorsturen vóór woensdag 12u.
=====
Dhr [[p:Kamiński]] ([[p:Paweł]]) → UWV ziektewet afgewezen (te kort in dienst). → bezwaar binnen 6 wkn, deadline [[d:14-04-2025]]. BSN [[b:674 127 055]]. Rekening [[i:NL22 SNSB 4186 1442 57]] (typfout? checken, krijg foutmelding bij IBAN-check). Adres [[a:Heeswijkplein 9]] [[pc:2532 GR]]
=====
Update: IBAN [[p:Kamiński]] was een typfout van mij, goed is [[i:NL22SNSB4186144275]] 👍
=====
Mw [[p:Mensah]]: toeslagen gecheckt → huurtoeslag ok, kindgebonden budget ok, zorgtoeslag ontbreekt! → aangevraagd met terugwerkende kracht vanaf [[d:1 januari]]. Rek. [[i:NL31RABO8193545653]]. Bedrag ca. € 131 p/m.
=====
Mw [[p:Mensah]] las haar rekeningnummer telefonisch voor als [[i:NL31RAB08193545653]] → dat is een nul ipv O, op het pasje staat gewoon RABO. Klopt dus met wat ik had.
=====
[[p:Kerem]]: [[p:Dan]], zit jij morgen in {{w:Morgenstond}}? dan geef ik je de formulieren van [[p:Winter]] mee
[[p:Dan Kartosen]]: Ja, vanaf 9 uur.
[[p:Kerem]]: 👍 dan leg ik ze in je postvak
=====
Overzicht schuldhulp SWT {{w:Escamp}} Q1 (tot nu toe): 23 nieuwe aanmeldingen, 9 doorverwezen naar {{o:Kredietbank}}, 6 in stabilisatie, 3 afgesloten, 5 wachtlijst. Gemiddelde schuld € 11.240. Hoogste € 67.000 (ondernemer).
=====
Dhr [[p:Koeiman]] → brief van deurwaarder {{o:Flanderijn}}, dossiernr [[z:F-25/03/88713-KO]], € 1.870,44. Geen idee waar het vandaan komt, oude telefoonrekening 2021? → opgevraagd. Telnr dhr [[t:06 - 22 01 98 47]] (let op: klopt niet met Regie, daar staat [[t:06-22019874]]).
=====
[[p:Will]] → schulden onbekend, hij weet het zelf niet → BKR-toets met toestemming → 3 registraties. Geb.datum volgens BKR: [[d:2 november 1979]]. Dus [[p:Fatima]]: 79 klopt.
=====
[[p:Zheng]] / restaurant → zzp/vof? Man [[p:Jian Zheng]] eigenaar, mw meewerkend. Inkomen valt weg door pols. → {{o:Ondernemersloket}} (Bbz). Tel. gesprek gepland [[d:maandag 17 maart]] 15u, bellen naar [[t:070 - 380 88 15]] (restaurant, vragen naar [[p:Mei]]).
=====
Sorry mensen, ik ben vandaag ziek. Spreekuur vervalt, ik heb iedereen gebeld. Morgen ben ik er hopelijk weer.
""")
# ---------------------------------------------------------------------------
# 8. Dan (Dan Kartosen, Wmo-adviseur): terse and formal
# ---------------------------------------------------------------------------
add(r"""
[[p:Sterre]], HH mw. [[p:Koning]] aangevraagd op [[d:5-3]]. Zaaknr [[z:W25-03317]]. Gesprek [[d:ma 10-3]] 11.00 u. Je bent welkom. [[p:D.K.]]
=====
Geachte mevrouw [[p:Koning-Hoogstraten]],

Op [[d:10 maart 2025]] heb ik met u en uw dochter gesproken over uw aanvraag voor huishoudelijke ondersteuning. In deze brief leest u de uitkomst.

Wij kennen u huishoudelijke ondersteuning toe voor 2,5 uur per week, met ingang van [[d:17 maart 2025]]. De ondersteuning wordt geleverd door {{o:Florence}}.

Kenmerk: [[z:W25-03317]]
Heeft u vragen? Belt u dan met 14 070 en vraag naar mij.

Met vriendelijke groet,
[[p:D. Kartosen]]
{{r:Wmo-adviseur}}, gemeente Den Haag
=====
Akkoord. Dan plannen we het zo.
=====
[[p:Johan]], aanvraag dagbesteding mw. [[p:Winter]] ontvangen. Zaaknr [[z:W25-03402]]. Ik neem contact op met zoon. [[p:Dan]]
=====
Huisbezoek dhr. [[p:Sint Jago]] [[d:11-03-2025]]
Adres: [[a:Dedemsvaartweg 62]] (inwonend bij zus, mw. [[p:R. Sint Jago]])
Vraag: rolstoel.
Bevindingen: loopt met pijn, maar zelfstandig binnenshuis. Buitenshuis max. 200 m.
Conclusie: eerst advies {{r:ergotherapeut}}. Rolstoel nu niet geïndiceerd.
Vervolg: aanmelding {{o:Ergotherapie Haaglanden}}. [[p:D.K.]]
=====
@[[p:Ruben]] ja, [[p:Will]] zei dat ook. Dank voor de info.
=====
Aan: [[e:swt.escamp@denhaag.nl]]
Onderwerp: Wmo - afwezigheid

Collega's,
Van [[d:18 maart]] t/m [[d:20 maart]] ben ik afwezig. Spoed Wmo via het {{o:Wmo-loket}}, algemeen 14 070. Lopende aanvragen worden behandeld door [[p:Mark van Dam]] ([[e:mark.vandam@denhaag.nl]]).
[[p:Dan Kartosen]]
=====
Voor [[p:Sterre]]: douchestoel mw. [[p:Bakker]] niet via Wmo (algemeen gebruikelijk). Toiletbeugel wel. Aanvraag [[z:W25-03561]]. Nicht mag bellen: [[t:06-52 118 209]] (mijn werknummer, di-do).
=====
Geachte heer [[p:Winter]],

Uw aanvraag voor dagbesteding voor mevrouw [[p:E. Winter-Verhoef]], geboren [[d:2 juli 1945]], BSN [[b:381746227]], is in behandeling (kenmerk [[z:W25-03402]]). Ik kom graag bij u thuis voor een gesprek op [[d:donderdag 20 maart]] om 14.00 uur. Past dit niet, belt u dan 14 070.

Met vriendelijke groet,
[[p:D. Kartosen]], {{r:Wmo-adviseur}}
=====
Rapportage gesprek [[d:10-03]], mw. [[p:Koning-Hoogstraten]], [[z:W25-03317]]
Aanwezig: mw., dochter ([[p:A. Koning]]), [[p:S. Groen]] ({{r:wvk}}), ondergetekende.
Mw. doet zelf nog licht huishoudelijk werk. Zwaar werk (stofzuigen, bed verschonen, badkamer) lukt niet.
Besluit: HH 2,5 u/wk. Evaluatie over 6 maanden.
[[p:D. Kartosen]]
=====
Wie heeft de Wmo-folders in het Turks? Kast is leeg.
=====
[[p:Dan Kartosen]]  09:02
Reminder: zaaknummers altijd volledig in Regie (W25-xxxxx). Niet alleen de laatste 4 cijfers.
=====
Dhr. [[p:Groen]], [[a:Raaltestraat 3]]: aanvraag scootmobiel ontvangen via zoon [[p:R. Groen]]. Niet verwarren met onze [[p:Sterre]]. Zaaknr [[z:W25-03588]].
=====
Beste [[p:Sterre]],
Dan ga ik dinsdag naar dhr. [[p:Groen]]. Kun jij aangeven of hij veilig buiten kan met de wond? Zo nee, dan stel ik uit.
[[p:Dan]]
=====
Wmo-aanvraag mw. [[p:Yıldız]] (huishoudelijke hulp tijdens herstel) → niet in Regie zetten met adres. Zaaknr [[z:W25-03610]], adresgegevens alleen via [[p:Fatima]].
=====
Aanvraag afgewezen: dhr. [[p:Noori]] - woningaanpassing (traplift). Reden: woning ongeschikt, verhuisadvies. Dochter [[p:Noor]] is geïnformeerd ([[t:06-18345571]]). Bezwaar mogelijk tot [[d:22 april]]. Kenmerk [[z:W25-02977]].
=====
Kort: jullie vroegen naar de doorlooptijden. Wmo-aanvragen {{w:Escamp}} week 10: gemiddeld 4,1 weken tot beschikking. Wettelijk max. 8 weken. Geen overschrijdingen.
""")
# ---------------------------------------------------------------------------
# 9. Team threads, forwarded messages, partners' replies (mixed writers)
# ---------------------------------------------------------------------------
add(r"""
[[p:Ruben Hoek]]: wie gaat er donderdag naar [[p:winter]]?
[[p:Johan de Hoop]]: Ik, en dan komt [[p:Dan]] ook mee voor de Wmo.
[[p:Ruben Hoek]]: top. dan hoef ik niet
=====
Doorgestuurd bericht (sms) van [[t:+31641902735]]:
"[[p:ruben]] met [[p:rob]]. kan je bellen. er staat iemand van {{o:haag wonen}} aan de deur met een brief. ik doe niet open"
---
[[p:Ruben]] 09:52: iemand in de buurt van de [[a:Moerweg 214]]? ik zit vast in de tram
=====
Van: [[p:Mark Post]] <[[e:m.post@haagwonen.nl]]>
Aan: [[p:Ruben Hoek]]
Onderwerp: RE: dhr [[p:de wit]] moerweg

Hoi [[p:Ruben]],

Het gesprek op [[d:18 maart]] gaat over beide: de achterstand (inmiddels € 2.870) én drie klachten van de bovenburen over geluid 's nachts. We willen ontruiming voorkomen, maar dan moet er wel iets veranderen. Als de bewindvoerder vóór [[d:25 maart]] een betalingsregeling voorstelt, zetten we de procedure on hold.

Je mag me direct bellen: [[t:06 52 80 14 63]]. Het algemene nummer (070 - 311 32 00) kun je beter niet gebruiken, daar kom ik nooit aan.

Groet,
[[p:Mark Post]]
{{r:Woonconsultant}} {{o:Haag Wonen}}, regio Zuidwest
Postbus 1190, 2501 BD Den Haag

> hoi [[p:mark]], korte vraag over [[p:r. de wit]], [[a:moerweg 214-b]] (huurcontract [[z:100.442.77]]). er ligt bij hem een hele berg post ...
=====
Van: [[p:Noor Noori]] <[[e:noor.noori@student.hhs.nl]]>
Aan: [[e:jade.sewtahal@stichtingmooi.nl]]
Onderwerp: stage

Hoi [[p:Jade]],

Zoals besproken stuur ik je mijn CV en motivatie. Ik zoek een stage van [[d:1 september]] tot eind januari, 4 dagen per week. Mijn begeleider op school is mevrouw [[p:Y. Tahiri-Visser]].

Over mijn vader: hij vindt het goed dat ik bij het wijkteam ga werken, zolang ik niet aan zijn dossier kom 😅

Groetjes,
[[p:Noor]]
[[t:+31 6 1834 5571]]
=====
[[p:Iris Baas]] ({{o:Veilig Thuis Haaglanden}}) aan [[p:Fatima]], doorgestuurd naar team:
"Beste [[p:Fatima]], het veiligheidsplan voor mw. [[p:Y.]] en haar zoon is rond. De ex-partner ([[p:Serkan Öztürk]], [[d:14-02-1990]]) heeft een contactverbod tot [[d:6 september 2025]]. Bij overtreding direct 112 bellen. Graag geen huisbezoeken zonder vooraf te bellen met mw. Groet, [[p:Iris]]"
=====
wie heeft de sleutel van kamer 0.12? daar ligt de reanimatiepop en ik heb om 2 uur BHV-herhaling
=====
[[p:Sterre]]: dhr [[p:Groen]] wil perse naar de markt op de Leyweg met zijn scootmobiel
[[p:Dan]]: Scootmobiel is nog niet toegekend.
[[p:Sterre]]: hij heeft er een geleend van de buurman 🙄
[[p:Dan]]: Dan weet ik van niks.
=====
vandaag bij mw [[p:Koning]] een bos bloemen gebracht namens het team, ze was jarig ([[d:14 augustus]] staat in Regie maar ze zegt zelf dat ze vandaag jarig is, dus…). ze was er heel blij mee. — [[p:ruben]]
=====
[[p:Kerem]]: iemand die weet hoe laat de {{o:Voedselbank}} op de Erasmusweg open is?
[[p:Jade]]: di + vr 13-15u. vraag naar [[p:Tineke]] ([[p:Sterk]]), die regelt de intake
[[p:Kerem]]: top. die mevrouw staat sterk in haar schoenen trouwens, ken haar van vorig jaar
=====
Hoi allemaal, herinnering: wintertijd is voorbij 🙂 de klok van de vergaderruimte loopt nog een uur achter. Wie is er langer dan 1,80 m?
=====
mw [[p:De Vos]] ([[p:Kim]]) belde: [[p:Storm]] is weer naar school, groep 3 van {{o:De Zonnewijzer}}. Juf is mw [[p:Klein]]. Klein probleempje: zij wil een gesprek over gedrag. [[p:Kim]] wil dat iemand van ons meegaat, [[d:woensdag 19 maart]], half 9. [[p:Jade]]?
=====
[[p:Florence]] (niet de thuiszorg!) heeft een nieuwe telefoon: [[t:+31 6 4402 1186]]. Het oude nummer [[t:06-44021168]] mag weg uit Regie.
=====
Collega's, in de brief van {{o:Florence}} (de thuiszorg) over de HH van mw. [[p:Koning]] staat een fout: startdatum [[d:17-04-2025]]. Moet [[d:17-03-2025]] zijn. Ik heb ze gebeld. [[p:Dan]]
=====
[[p:Bo]]: weet iemand of dhr [[p:Jama]] al een afspraak heeft bij de {{r:diabetesverpleegkundige}}?
[[p:Sterre]]: ja, [[d:ma 17/3]]
[[p:Bo]]: dank!
=====
Van: [[p:Esther Hart]] <[[e:e.hart@bewindhaaglanden.nl]]>
Aan: [[p:Ruben Hoek]], [[p:Kerem Aslan]]
Onderwerp: Dhr. [[p:R. de Wit]], [[d:22-06-1966]] - bewind

Beste [[p:Ruben]] en [[p:Kerem]],

Met mijn hart in mijn keel lees ik dat de stroom bij dhr. [[p:De Wit]] afgesloten was. Het bewind is nog niet uitgesproken, dus formeel kan ik nog niets, maar ik heb {{o:Eneco}} gebeld en een garantstelling gegeven. Stroom is sinds vanmiddag weer aan.

Zitting: [[d:25 maart 2025]], 10.40 uur, kantongerecht Den Haag, [[a:Prins Clauslaan 60]]. Graag iemand mee als steun.

Hartelijke groet,
[[p:Esther Hart]]
{{r:Bewindvoerder}}, {{o:Bewind Haaglanden}}
[[t:06-1501 7746]]
=====
iemand nog een winterjas maat XL over? voor een cliënt, niet voor mij haha. mag naar kamer 1.08
=====
[[p:Sterre Groen]]: kan iemand de sleutel van de dienstauto terugleggen? kenteken eindigt op 47, staat op P2 plek 14
=====
[[p:ruben]]: [[p:bo]] kun jij mee naar [[p:abdullahi]] morgen? ik wil niet alleen het gesprek over die 'vriend' voeren
[[p:Bo Verbeek]]: Ja, 10u?
[[p:ruben]]: 10u ok. ik haal je op bij de hoek van de zuidlarenstraat
=====
Notitie tel. gesprek met dhr. [[p:Noori]] ([[d:12/3]], via dochter [[p:Noor]] als tolk):
dhr. woont op [[a:nr. 48 van de Steenwijklaan]], 3 hoog, geen lift, knieën slecht. Bezwaar tegen afwijzing traplift: ja, wil hij. Dochter schrijft het bezwaar, [[p:Dan]] geeft uitleg. Ook vraag: kan hij een woning met lift krijgen in dezelfde wijk? Hij wil niet weg uit {{w:Morgenstond}}: 'hier is mijn moskee, hier is mijn bakker'.
=====
[[p:Jade]]: [[p:Umut]] was koning te rijk met de sportschoenen van [[p:Johan]]'s kleinzoon 😍
[[p:Johan de Hoop]]: Wat leuk om te horen!
=====
Van: [[p:Dirk Zomer]] ({{o:Parnassia}}, {{r:FACT-team}} Zuidwest)
Aan: [[p:Bo Verbeek]]
Onderwerp: dhr. [[p:Koeiman]]

Hoi [[p:Bo]], afspraak met de psychiater staat op [[d:19 maart]] 13.30, locatie [[a:Lijnbaan 4]]. Papiaments kan ikzelf ook een beetje (ben opgegroeid op Bonaire) dus tolk is niet nodig. Vanaf de zomer is er een nieuwe {{r:psychiater}}, dan bespreken we het opnieuw.
Groet, [[p:Dirk]] [[t:06-2750 6611]]
=====
[[p:Kim de Vos]] appte (doorgestuurd): "Hoi is het goed als ik morgen niet kom [[p:Sky]] is ziek en ik heb niemand. Sorry". Ik heb de afspraak verzet naar [[d:vr 14/3]]. — [[p:Sterre]]
=====
Teamuitje: we gaan op [[d:vrijdag 4 april]] naar het strand in {{w:Kijkduin}}, om 15u verzamelen bij de tram. Vergeet je jas niet, het kan er stormen 🙂
=====
[[p:Will Sint Jago]] is vanmorgen op het spreekuur geweest met zijn zus [[p:Rosa]]. Hij wil een briefadres bij haar, maar zij wil dat niet (toeslag). Alternatief: briefadres via {{o:Kessler Stichting}}. [[p:Will]] wil dat niet want 'dan ben ik een dakloze'. Nog een gesprek nodig. Nr [[p:Will]]: [[t:+599 9 512 3344]] (Curaçaos nr, werkt hier via wifi) of zus [[t:06 - 3 8 1 1 0 7 2 9]].
=====
Hallo team, vanaf volgende week is er elke woensdag een {{r:jurist}} van het {{o:Juridisch Loket}} op het {{o:Servicepunt XL}}, 13-16u. Aanmelden via het algemene nummer 0900-8020. Niet meer via mij. Groet
=====
[[p:Jade]]: wie heeft er een idee voor een cadeautje voor [[p:Bo]]? ze is morgen 10 jaar in dienst!! 🎉
[[p:Kerem]]: bloemen?
[[p:Jade]]: saai 😂
[[p:Sterre]]: een plant dan, die leeft langer
=====
Notitie [[p:Fatima]] na telefoontje [[p:Anneke Koning]]:
dochter is het niet eens met plan [[p:Johan]] (broer doet geldzaken). Zij wil alles zelf blijven doen. Gesprek met beide kinderen samen voorgesteld, [[d:27/3]]. Dochter denkt erover na. Haar nieuwe mail: [[e:a.koning1971@ziggo.nl]] (oude [[e:annekekoning@ziggo.nl]] werkt niet meer).
=====
[[p:Sterre]]: [[p:Johan]] heb je mijn bloeddrukmeter nog?
[[p:Johan de Hoop]]: Ja, excuus! Ligt in mijn la. Ik neem hem morgen mee.
[[p:Sterre]]: hoop het, ik heb om 9u een HB 😅
=====
dhr [[p:Pattiasina]] vroeg aan mij wie 'die lange Zweed' is. ik zei [[p:Anders]] van {{o:Humanitas}}. '[[p:Anders]]? Wat een naam', zei hij. 😄 — [[p:Sterre]]
=====
Hoi team, vraagje: moeten we bij casuslessen voor de pilot de wijknaam weghalen? Volgens mij niet, alleen namen en adressen. {{w:Moerwijk}} en {{w:Morgenstond}} mogen er gewoon in, toch?
=====
Gemeld bij {{o:Haag Wonen}} namens mw. [[p:Bakker]]: lekkage na de storm, tweede keer. Meldingsnummer [[z:HW 2503 9120]]. Bij telefoontje gevraagd naar [[p:Mark]] maar die werkt in een ander gebied. — [[p:Johan]]
=====
[[p:Ruben Hoek]]  17:31
[[p:rob de wit]] vandaag naar de intake bij {{o:Brijder}}. zelf gegaan, met de fiets! ik ben trots op hem, zeg ik eerlijk
=====
MDO-voorbereiding [[d:13-3]]: wie heeft een casus voor de pilot 'ouderen'? Ik denk aan het echtpaar [[p:Winter]]: mantelzorger die alles zelf doet tot hij omvalt. [[p:Johan]], wil jij hem anoniem uitschrijven? (dus zonder [[a:Beresteinlaan 221]] en zonder namen 😉) — [[p:Fatima]]
=====
Casusles (concept, geanonimiseerd) - thema ouderen
Een echtpaar van in de tachtig in {{w:Bouwlust}}. Meneer zorgde jarenlang alleen voor zijn vrouw met dementie en wilde geen hulp. Wat hielp: de {{r:ouderenconsulent}} sprak niet over 'overnemen' maar over 'ontlasten', en betrok de zoon op afstand via beeldbellen. Binnen zes weken ging mevrouw twee ochtenden per week naar dagbesteding. Les: vraag bij mantelzorgers van deze generatie niet 'wat heeft u nodig?' maar 'wat zou u doen als u een week ziek werd?'
""")
# ---------------------------------------------------------------------------
# 10. More of the same two weeks (all writers), incl. look-alikes
# ---------------------------------------------------------------------------
add(r"""
Tel. nr mw [[p:Zheng]] (genoteerd zoals dochter het zei): [[t:nul zes - vijf een zes nul - twee twee zeven acht]]. Dus [[t:06-51602278]]. /[[p:SG]]
=====
Export Regie [[d:2025-03-12]]T09:14:07
client_id;naam;geboortedatum;bsn;wijk
[[z:2025-ESC-00377]];[[p:Mensah, F.]];[[d:1988-10-03]];[[b:393987449]];{{w:Moerwijk}}
[[z:2025-ESC-00377-K1]];[[p:Mensah, B.]];[[d:2012-07-21]];;{{w:Moerwijk}}
[[z:2025-ESC-00377-K2]];[[p:Mensah, G.]];[[d:2016-12-02]];;{{w:Moerwijk}}
=====
zus van [[p:will]] ([[p:rosa]]) woont op de [[a:dedemsvaartweg, nummer tweeënzestig]]. ik ben er vanmiddag langs geweest maar er was niemand. briefje in de bus gedaan met mijn nummer ([[t:06-1330 2291]]).
=====
Van: [[p:Johan de Hoop]]
Aan: [[p:Frank de Wit]]
Onderwerp: Uw moeder - uitkomst medicatiereview

Beste meneer [[p:De Wit]],

Goed nieuws: dokter [[p:Bloem]] heeft de medicatie van uw moeder doorgenomen met de apotheek en de {{r:huisarts}}. Eén van de twee slaapmiddelen wordt in drie weken afgebouwd, en de bloeddrukmedicatie is verlaagd. Hij verwacht dat uw moeder daardoor minder duizelig wordt en minder snel valt.

Ik heb goede hoop dat een traplift of verhuizing voorlopig niet nodig is. Uw moeder was vooral blij met de bloemen die u vorige week bracht, vertelde ze; die staan nog steeds op de vensterbank.

Ik kom op [[d:woensdag 2 april]] bij haar langs om te horen hoe het gaat.

Met vriendelijke groet,
[[p:Johan de Hoop]]
=====
Handige nummers (overgenomen van het whiteboard, kamer 1.10):
- {{o:Veilig Thuis}}: 0800-2000
- {{o:Wmo-loket}} / gemeente: 14 070
- {{o:De Luisterlijn}}: 088 0767 000
- {{o:Voedselbank}} Escamp (algemeen): 070 - 388 55 10
- Storingsnummer gas/stroom: 0800-9009
Vragen? Bel de teamtelefoon, toestel 4410.
=====
Week 11 bezetting spreekuur {{o:Servicepunt XL}}:
ma - [[p:Ruben]] / [[p:Sterre]]
di - [[p:Kerem]] (schuldhulp) / [[p:Bo]]
wo - [[p:Jade]] / [[p:Johan]]
do - [[p:Fatima]]
vr - [[p:Dan]] (tot 12u)
=====
ik hoop dat de verwarming morgen weer doet, het is hier 14 graden. gemeld bij facilitair, melding 4471.
=====
Let op: de nieuwe versie van het toestemmingsformulier (v3.1, 2025) staat in de map Formulieren/SWT. De oude versie (v2.8) niet meer gebruiken, daar ontbreekt de passage over het delen van casuslessen.
=====
hi [[p:milena]], this is [[p:ruben]] from the wijkteam. i will call you tomorrow morning about the insurance. if you don't pick up i will try [[p:todor]]. ok?
=====
[[p:de Wit]] had vandaag een wit overhemd aan, strak in de plooi. 'voor de rechter straks' zei hij. eerste keer dat ik hem zo zag. — [[p:ruben]]
=====
[[p:Zheng]] → restaurant dicht sinds [[d:ma 10/3]]: de kok (broer van de man) is ook ziek. Inkomen 0. → Bbz-aanvraag, noodfonds? [[p:Mei]] wil liever lenen van familie. Huurt pand [[a:Leyweg 566]] + bovenwoning [[a:Leyweg 566 A]]. Verhuurder dhr [[p:Chen]] [[t:06 4 8 7 7 0 1 2 3]].
=====
dhr [[p:RK]] (= [[p:Koeiman]]) HB [[d:12 mrt]]: slaapt slecht, veel piekeren over zoon. Med. nt veranderd. Afspr. psych. [[d:19/3]] ok. Alcohol? zegt 'alleen een biertje'. Tel klopt nu: [[t:06 22 01 98 47]]. /[[p:SG]]
=====
--- Regie | Toestemmingsverklaring ---
Cliënt: [[p:Berhane, T.]] ([[p:Tekle]])  [[z:2025-ESC-00459]]
Ondertekend: [[d:06-03-2025]]
Gegevens delen met: {{o:Werk en Inkomen}}, {{o:CJIB}}, {{o:ROC Mondriaan}}
Geldig tot: [[d:06-03-2026]]
Vastgelegd door: [[p:R. Hoek]]
=====
[[p:Mei]] zegt dat haar jongste vanaf [[d:1 mei]] naar de opvang kan. Wachtlijst was tot mei dus dat klopt. Graag doorgeven aan [[p:Kerem]] ivm toeslag kinderopvang. — [[p:Jade]]
=====
Ok.
=====
Partnerlijst [[p:Bo]] (bijgewerkt [[d:7-3-'25]]):
{{o:Pameijer}} aanmeldingen: algemeen 010 - 266 29 00
{{o:Pameijer}} [[p:Loes]] (trajectbegeleider): [[t:06 - 10 87 22 46]]
{{o:Werk en Inkomen}} Escamp: via 14 070
{{o:RMC}} [[p:Priscilla Wijngaarde]]: [[t:06 84 40 12 76]]
{{o:MEE}} teamleider [[p:Erik Vink]]: [[t:0031 (0)6 17 34 81 06]]
=====
Bericht aan team: ik heb [[p:Sabir]] en zijn moeder gesproken met een tolk Dari. Moeder heet [[p:Zarghuna Haidari]]. Ze wonen op [[a:Zuidlarenstraat 88-II]], niet 88 zoals ik eerst schreef. Vader is nog in Afghanistan, gezinshereniging loopt via {{o:Vluchtelingenwerk}}, IND-dossier [[z:V-1298.443.07]]. [[p:Sabir]] gaat [[d:maandag 17 maart]] met [[p:Priscilla]] naar het ROC. — [[p:Jade]]
=====
Kort verslag telefoontje [[d:do 13 maart]]: dhr [[p:Groen]] is gevallen met de geleende scootmobiel op de hoek van de Raaltestraat. Schaafwonden, geen breuken. Zoon [[p:Ronald]] boos op de buurman. Ik heb gezegd dat het groene licht voor een eigen scootmobiel van [[p:Dan]] moet komen, niet van mij. /[[p:SG]]
=====
Aan: [[e:swt.escamp@denhaag.nl]]
Van: [[e:wilbakker@live.nl]]
Onderwerp: tante [[p:Grietje]]

Geachte mensen van het wijkteam, Ik wil u bedanken voor de hulp aan mijn tante [[p:G. Bakker]], [[a:Ommenstraat 17]]. Meneer [[p:de Hoop]] was heel vriendelijk. De beugel bij het toilet is geplaatst. Ik wil wel zeggen dat zij nog steeds bang is om te vallen. Kan er iemand af en toe bellen? Haar nummer is [[t:070-3294510]]. Met vriendelijke groet, [[p:Wil Bakker]]
=====
[[p:Kerem]]: wie is er eigenlijk die '[[p:Hoek]]' in de cc van die mail van de rechtbank?
[[p:ruben]]: dat ben ik 🙃
[[p:Kerem]]: haha sorry, ik zocht een mevrouw [[p:Hoek]] in Regie
=====
Casusles (concept) - thema bemoeizorg
Man van begin zestig in {{w:Moerwijk}}, alcohol, schulden, dreigende ontruiming. Hij deed de deur niet open voor de corporatie en opende geen post. Wat werkte: één vaste {{r:maatschappelijk werker}} die elke week op hetzelfde uur langskwam, ook als er niets te bespreken viel. Na zeven weken ging hij zelf naar de intake bij de verslavingszorg. Les: voorspelbaarheid is belangrijker dan snelheid.
""")
# ---------------------------------------------------------------------------
# 11. Extra: word-names next to the same words, odd numbers and corrections
# ---------------------------------------------------------------------------
add(r"""
echtpaar [[p:winter]] ziet erg op tegen de volgende winter, zei dhr vandaag. [[p:kees]] wil de kachel niet hoger dan 18 want 'het gas is zo duur'. @[[p:kerem]] energietoeslag 2025 nog aan te vragen? ze wonen op de [[a:beresteinlaan 221]], [[pc:2542jc]].
=====
[[p:Roos]] ([[p:Koning]]) vroeg vandaag naar jou [[p:Johan]], ze noemt je 'die aardige meneer met de hoed'. Verder: shampoo tegen roos werkt, hoofdhuid rustiger. Sleutelkluisje gemonteerd naast de voordeur van [[a:Hengelolaan 11 70]] (staat zo op het naambordje, met spatie). /[[p:Sterre]]
=====
Van: [[p:Johan de Hoop]]
Aan: [[e:markwinter71@hotmail.com]]
Onderwerp: Correctie telefoonnummer

Beste meneer [[p:Winter]],

Excuses: in mijn vorige mail stond mijn mobiele nummer verkeerd. Het is niet [[t:06 1877 3002]], maar [[t:06 1877 3020]]. Mocht u mij vandaag hebben proberen te bellen, dan begrijpt u nu waarom u niemand kreeg.

Met vriendelijke groet,
[[p:Johan de Hoop]]
=====
[[p:Kerem]] → dossier SHV [[z:25-3318]], nee [[z:25-3381]] (cijfers omgedraaid) = dhr [[p:De Wit]]. [[z:25-3318]] is iemand uit {{w:Loosduinen}}, niet van ons. Ik heb het in Regie rechtgezet.
=====
dhr [[p:groen]] z'n groene kliko is gestolen, hij wil dat wij dat regelen 🙄 ik heb gezegd: bel de gemeente (14 070). {{o:florence}} (de thuiszorg dus) komt nu 1x per dag, wond gaat goed. — [[p:ruben]]
=====
Van: [[p:Anders Holmberg]] <[[e:anders.holmberg@humanitas.nl]]>
Aan: [[p:Johan de Hoop]]
Onderwerp: oom [[p:Hans]]

Hej [[p:Johan]],

Korte update van woensdag. Oom [[p:Hans]] (dhr [[p:Pattiasina]]) was in goede stemming, we hebben naar de haven in {{w:Scheveningen}} gekeken, met de taxi. Hij wil volgende keer naar het Indisch monument. Anders gaan we gewoon weer thuis koffie drinken, hij vindt alles goed zegt hij.

Een ding: zijn dochter heeft een nieuw nummer, [[t:06-41 33 07 91]]. Of was het 19 aan het eind? Ik check het en laat het weten.

Hälsningar,
[[p:Anders]]
=====
Dear [[p:Sterre]],
I hope you are fine. Thank you for the gift card for the shop, the children were very happy. [[p:Gift]] has a letter from school for a meeting on [[d:Tuesday 18 March]], can you come with me? My friend [[p:Hope]] will take care of [[p:Precious]].
God bless,
[[p:Florence]]
=====
Nieuwe aanmelding (uit Regie geplakt, postcode-veld rommelig):
Naam: [[p:Storm, D.]] ([[p:Dewi]])
Adres: [[a:Moerweg 12 a]]
Postcode: [[pc:2532-KN]] (moet zijn [[pc:2532 KN]])
Tel: [[t:06 • 21 • 44 • 87 • 90]]
Aanmelder: {{o:Haag Wonen}}, woonconsultant [[p:M. Post]]
Reden: geluidsoverlast en verwaarlozing woning
=====
Dhr [[p:Sint Jago]] nieuw nr: [[t:06 - achttien 55 40 02]] (zo zei hij het) = [[t:06-18554002]]. [[p:Will]] wil dat we hem voortaan alleen nog 's middags bellen. /[[p:SG]]
=====
[[d:12-03-25]] 08:31 - [[p:Bo Verbeek]]: Dan ben ik er om 9u
[[d:12-03-25]] 08:31 - [[p:Bo Verbeek]]: *Dan ben jij er om 9u bedoel ik [[p:Dan]] 😄
[[d:12-03-25]] 08:40 - [[p:Dan Kartosen]]: Klopt. Tot straks.
=====
mw [[p:koning]] heeft vandaag een half uur op de galerij gestaan omdat ze dacht dat de thuiszorg kwam. het was zondag. [[p:anneke]] heeft nu een whiteboard opgehangen met de dagen erop. goed idee van haar. volgende stap: {{r:casemanager dementie}} [[d:17/3]].
=====
Aan team: mw. [[p:Dewi Storm]] ([[a:Moerweg 12a]]) is nieuw bij ons. Na de storm van vorige week is haar raam gesneuveld en ze laat niemand binnen om het te maken. Ik ga er met [[p:Mark Post]] langs op [[d:vrijdag 14-3]]. — [[p:Ruben]]
=====
[[p:Ruben Hoek]]  11:15
wie weet het huisnummer van de zus van [[p:will]]? ik heb [[a:dedemsvaartweg 62]] maar op de bel staat een B. dus [[a:dedemsvaartweg 62b]] denk ik
=====
Telefoonnotitie [[d:vr 14 mrt]] 16:40
Beller: [[p:Rob]] ([[p:de Wit]]), vanaf onbekend nummer [[t:+31 70 3 88 19 42]] (telefooncel? nee, van de buurvrouw zegt hij)
Vraag: of [[p:Ruben]] meegaat naar de zitting op [[d:25/3]]. Ja, staat in agenda.
Notitie door: [[p:F. el K.]]
""")
# ---------------------------------------------------------------------------
# 12. Numbers typed in odd ways (BSN, case numbers) with corrections
# ---------------------------------------------------------------------------
add(r"""
BSN [[p:RdW]] stond in de bewindsaanvraag als [[b:31298426]] (laatste cijfer vergeten!!), moet zijn [[b:312984261]]. Griffie gebeld, wordt aangepast. Rolnummer bleef [[z:C/09/668123]]. → [[p:Kerem]]
=====
Spreekuur [[d:wo 12/3]] ([[p:Kerem]]):
- mw [[p:Boukhari]], BSN [[b:6449.85.641]], budgetplan besproken, Stadsbank-lening [[z:SB 2025/00771]] verlengd tot [[d:1 juni]]
- dhr [[p:Berhane]], BSN [[b:251-096-269]], 1e termijn CJIB ok
- mw [[p:Bakker]] ([[p:G.]]), BSN [[b:408 39 39 32]], vraag over kwijtschelding gemeentelijke belastingen → formulier meegegeven, aanslagnr [[z:0518.2291.0043]]
=====
Wmo-meldingen deze week (intern, [[p:D.K.]]):
[[z:#10442]] dhr [[p:Groen]] scootmobiel
[[z:#10447]] mw [[p:Bakker]] toiletbeugel
[[z:#10451]] mw [[p:Winter-Verhoef]] dagbesteding (let op: in brief staat [[z:W 25 03402]], is hetzelfde)
ref. oud dossier mw [[p:Koning]]: [[z:MO-24.0917]]
=====
Kan iemand de BSN van dhr [[p:Pattiasina]] checken? Ik heb [[b:480 69 75 65]] maar {{o:SVB}} zegt dat die niet bij hem hoort. Of heb ik hem van een andere cliënt overgeschreven… — [[p:Johan]]
=====
[[p:Fatima]]: [[p:Johan]] die klopt wel, [[b:480697565]] staat ook zo in de BRP. {{o:SVB}} had een typefout in hún systeem, ik heb ze gebeld.
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        target.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup: %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"[^0-9]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["text"] in KNOWN_BAD:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h103-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout103.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for sp in r["pii"] + r["keep"]:
                assert r["text"][sp["start"] : sp["end"]] == sp["text"], (r["id"], sp)
            for tok in ("[[", "]]", "{{", "}}"):
                assert tok not in r["text"], (r["id"], tok)
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print(
        "texts",
        len(rows),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
