#!/usr/bin/env python3
"""Held-out test corpus 42: everyday writing of sociale wijkteam professionals, Den Haag.

Texts are written with inline markup and stripped programmatically:
  [[code:span]]  personal data (pii)   codes: p person, b bsn, t phone, e email, i iban,
                                              pc postcode, a address, d date, n dossier
  {{code:span}}  context to keep       codes: w wijk, o org, r role
Run: python3 heldout42_corpus.py  -> writes heldout42.jsonl next to this file.
"""

import json
import os
import random
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
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

HAND = []


def h(s):
    HAND.append(s.strip("\n"))


# ---------------------------------------------------------------- hand-written texts
h("""[[d:12-02-2024]] 10:15 – huisbezoek – [[p:MdB]]
Vandaag samen met de {{r:wijkverpleegkundige}} op huisbezoek geweest bij mevrouw [[p:Benali]] op de [[a:Kempstraat 118-II]]. Mevrouw was zichtbaar gespannen toen wij binnenkwamen; haar zoon [[p:Ilias]] (17) zat op de bank en liep na een paar minuten weg. Mevrouw vertelt dat er sinds de zomer post ongeopend blijft liggen. In de gang lagen meerdere brieven van het {{o:CJIB}} en van {{o:Eneco}}. Zij wil wel hulp, maar is bang dat 'de gemeente' haar kinderen afpakt. Ik heb uitgelegd wat het {{o:sociaal wijkzorgteam}} doet en ook wat wij níet doen. De toestemmingsverklaring is getekend. Afspraak: ik kom [[d:maandag 19 februari]] terug om samen de post te sorteren.""")

h(
    """[[d:ma 4/3]] wijkverpl. [[p:KH]]: HB dhr [[p:v.d. Berg]], [[a:Loosduinse Hoofdstraat 211]]. cl. 81 jr, valt regelm., 2x deze mnd. Koelkast leeg, medicatie niet ingenomen (baxter di t/m vr nog vol). Dochter [[p:Anita]] tel [[t:06-41977203]] gebeld, niet opgen., vm ingesproken. Ivm valrisico alarmering aanvragen via {{o:Wmo-loket}}. Tzt {{r:casemanager dementie}} inschakelen?? Overleg {{r:huisarts}} dr. [[p:Koster]] zsm."""
)

h("""Update [[d:woensdag 6 maart]] – [[p:Yusuf]]
Merhaba allemaal, korte update over dhr. [[p:Aydın]] ([[n:SWT-SW-2024-0187]]). Vanmorgen met hem koffie gedronken bij {{o:De Mussen}}. Hij zit er doorheen, slaapt slecht sinds zijn vrouw [[p:Emine]] in het {{o:HMC}} ligt. Zijn neef [[p:Murat Çelik]] helpt met vertalen maar is niet altijd beschikbaar. Follow-up: aanvraag bijzondere bijstand voor de reiskosten naar het ziekenhuis, en ik check bij de {{r:POH-GGZ}} of er ruimte is. Geçmiş olsun gezegd namens het team. Neef is bereikbaar op [[t:+31 6 2438 8815]].""")

h("""PLAN VAN AANPAK – cliënt: [[p:Fatoumata Diallo]] – dossier [[n:2024-03318]]
Opgesteld door: [[p:S. el Khatib]], {{r:casusregisseur}} {{o:SWT}} {{w:Moerwijk}}, [[d:8 maart 2024]]

1. Wonen
Situatie: huurachterstand bij {{o:Staedion}} van ca. € 2.900, dreigende ontruiming. Cliënt woont met drie kinderen (4, 9 en 12 jaar) op de [[a:Zuiderparklaan 302]], [[pc:2532 KV]].
Doel: ontruiming voorkomen.
Acties: betalingsregeling met {{o:Staedion}} (wie: [[p:Samira]]; wanneer: vóór [[d:22-03-2024]]); aanmelding {{o:schuldhulpverlening}}.

2. Opvoeding
Oudste zoon [[p:Mamadou]] verzuimt. Afstemming met {{o:CJG}} en de {{r:jeugdconsulent}} ([[p:Rianne]]).

Evaluatie: over 6 weken.""")

h("""Aan: {{o:Bewindvoering Haaglanden}}, t.a.v. mr. [[p:E.J. Verbeek]]
Van: [[p:Rajesh Ramsaran]], {{r:Wmo-adviseur}}, {{o:sociaal wijkzorgteam}} {{w:Bouwlust}}
Datum: [[d:14 maart 2024]]
Betreft: dhr. [[p:Petar Ivanov]], geb. [[d:02-09-1971]], BSN [[b:2870.72.290]]

Geachte heer [[p:Verbeek]],

Graag informeer ik u over de stand van zaken. Dhr. [[p:Ivanov]] geeft aan dat zijn leefgeld de laatste twee weken niet op zijn rekening ([[i:NL61 ABNA 0187 7180 33]]) is bijgeschreven. Hierdoor kon hij zijn eigen bijdrage aan het {{o:CAK}} niet voldoen. Wilt u dit nagaan? Daarnaast loopt een aanvraag huishoudelijke hulp onder nummer [[n:WMO-24-018773]]. Dhr. verblijft tijdelijk bij zijn broer [[p:Stoyan]] op de [[a:Dedemsvaartweg 85]], [[pc:2545 BA]]; post kan voorlopig naar dat adres.

Met vriendelijke groet,
[[p:Rajesh Ramsaran]]
T [[t:070 353 6127]] | [[e:rajesh.ramsaran@denhaag.nl]]""")

h("""[[d:13/3]] tel. [[p:fb]]
mw [[p:de wit]] gebeld ivm no-show gister. zegt dat ze ziek was, buik. klinkt vlak. vraagt of ik donderdag langs kan ipv spreekuur in wijkcentrum. oké. adres check: [[a:tesselsestraat 41]] (dus niet meer het oude adres, stond nog in systeem!!). dochter [[p:sandra]] woont op de kop van de straat, komt dagelijks. zorgen over drank? even vragen bij {{r:wijkverpl}}.""")

h("""Casus intervisie – ingebracht door [[p:Noura Amrani]] ({{r:casusregisseur}}, {{w:Centrum}})
Het gaat om [[p:Ruud]] (54), alleenstaand, woont sinds 2017 in een kamer boven een snackbar aan de [[a:Lange Beestenmarkt 66-A]]. [[p:Ruud]] is zorgmijdend en heeft een lange geschiedenis met {{o:Brijder}} en de {{o:Kessler Stichting}}. Buren melden stankoverlast. Bij mijn laatste bezoek, op [[d:dinsdag 27 februari]], deed hij de deur op een kier open en zei: "Jullie komen alleen als er iets mis is." Zijn zus [[p:Hanneke Storm]] uit Zoetermeer wil niet meer betrokken worden.
Mijn vraag aan de groep: hoe houd ik contact zonder dat het bemoeizorg wordt die hem verder wegjaagt? En wanneer schakel ik de {{o:GGD}} in?""")

h("""[[d:05-03-2024]] 09:12 | tel | [[p:TvL]]
Dhr. [[p:Kowalczyk]] belt, incasso via {{o:Intrum}} dreigt met beslag. FYI: hij heeft nog geen zorgtoeslag bij {{o:Belastingdienst/Toeslagen}} aangevraagd. Asap stukken verzamelen.
[[d:05-03-2024]] 14:40 | mail | [[p:TvL]]
Checklist gemaild naar [[e:mariusz.kowalczyk82@gmail.com]].
[[d:07-03-2024]] 11:00 | HB | [[p:TvL]]
Op de [[a:Dirk Hoogenraadstraat 170]] met dhr. en zijn partner [[p:Agnieszka]] de post doorgenomen. Totaal ca. € 11.400 schuld, 9 schuldeisers. Aanmelding {{o:schuldhulpverlening}} gedaan, referentie [[n:SHV-24-06612]].""")

h("""Aan: {{r:huisarts}} dr. [[p:Sitaldin]]
Geachte collega,
Op verzoek van uw praktijk ({{r:POH}} [[p:Linda]]) een korte terugkoppeling over mevrouw [[p:H. Kaya]], geb. [[d:17-05-1966]], wonend [[a:Paul Krugerlaan 19-III]] te Den Haag.
Mevrouw heeft sinds januari drie gesprekken gehad met mij als {{r:maatschappelijk werker}}. De somberheid die u beschreef herken ik; daarnaast speelt er veel stress rond haar schoonzoon, die volgens mevrouw bij haar dochter [[p:Zeynep]] 'de baas speelt'. Ik heb met mevrouw besproken dat ik bij signalen van huiselijk geweld overleg met {{o:Veilig Thuis}}. Zij gaf toestemming om u te informeren.
Advies: een verwijzing naar de basis-ggz van {{o:Parnassia}} lijkt mij passend; mevrouw wil dat alleen als er een Turkssprekende behandelaar is.
Met collegiale groet,
[[p:Marloes de Bruijn]]
{{o:SWT}} {{w:Transvaal}}, [[t:06 1837 2290]]""")

h("""ZORGMELDING
Datum melding: [[d:zo 10-3-24]]
Melder: buurvrouw, mw. [[p:T. Mol]], [[t:06-28419930]]
Betreft: dhr. [[p:Wim Hoop]] (ca. 75), [[a:Badhuisstraat 133]], [[pc:2584HG]]
Omschrijving: melder heeft dhr. [[p:Hoop]] al 4 dagen niet gezien. Rolluiken dicht, post puilt uit de bus. Vorige winter is hij ook een keer gevallen en lag hij een nacht op de vloer. Melder heeft geen sleutel. Geen familie bekend behalve een neef in Rotterdam.
Actie: {{r:wijkagent}} [[p:Bouwman]] gevraagd mee te gaan, in de hoop dat dhr. dan wel open doet. Terugkoppeling naar melder niet inhoudelijk ivm privacy.""")

h("""Salaam aleikum team, even snel: [[p:Khadija El Idrissi]] heeft gisteravond gebeld (laat, rond 22u) omdat haar man [[p:Hamza]] weer boos was. Ze klonk rustig maar wel bang. Kinderen sliepen. Ik heb samen met haar het veiligheidsplan doorgenomen. Vandaag overleg ik met [[p:Samira]] en bespreken we een melding bij {{o:Veilig Thuis}}. VT-nummer van vorig jaar: [[n:VT-2023-04419]]. Haar nieuwe nummer is [[t:0684420719]], het oude (eindigend op 55) werkt niet meer. Inshallah komt het goed, maar ik wil dit niet alleen dragen.
– [[p:Yusuf]]""")

h("""Plan (samen met [[p:Dennis]] gemaakt, in makkelijke taal)
Wat wil [[p:Dennis]]? 'Zelf mijn geld regelen en werken bij de dierenwinkel.'
Wat gaan we doen?
- [[p:Dennis]] en [[p:Jolanda]] ({{r:MEE-consulent}}) kijken elke dinsdag samen naar de post.
- Zijn moeder, mevrouw [[p:Zwart]], helpt met boodschappen op zaterdag.
- We vragen bij {{o:UWV}} of [[p:Dennis]] een jobcoach kan krijgen.
- [[p:Kevin]] van {{o:Ipse de Bruggen}} komt kennismaken op [[d:donderdag 21 maart]].
Handtekening: [[p:D. Zwart]]     Datum: [[d:7-3-2024]]""")

h("""Casusbeschrijving intervisie {{w:Mariahoeve}} – [[p:Ingrid Roos]], {{r:ouderenconsulent}}
Mevrouw [[p:Bloem]] (88) woont zelfstandig in een seniorenflat aan [[a:Het Kleine Loo 410]]. Sinds de dood van haar man in 2022 gaat het geheugen snel achteruit. Zoon [[p:Frank Bloem]] woont in Canada en belt op zondag; hij wil dat zijn moeder thuis blijft, 'koste wat kost'. De {{r:casemanager dementie}} ([[p:Petra]]) ziet dat het niet meer veilig is: het gas stond twee keer aan. Mevrouw zelf zegt: 'Ik ga hier alleen weg in een kist.'
Dilemma: van wie is de regie? Wat weegt zwaarder, de wens van mevrouw of de risico's?""")

h("""Hi [[p:Esther]],
Quick one re dhr. [[p:Mensah]] ([[n:BW-11823]]): hij heeft vandaag € 50 leefgeld te weinig ontvangen volgens hem. Can you check? Zijn rekening is [[i:NL24RABO3974671914]]. Hij is van [[d:ma 18/3]] t/m [[d:vr 22/3]] in Ghana voor de begrafenis van zijn vader, dus liefst voor vrijdag.
Thanks!
[[p:Thijs]]""")

h("""[[d:11-03]] [[p:KH]] HB. mw [[p:Jagroep]] wondzorg li onderbeen, verband vervangen. Wond schoon. Gluc 14,2. Zoon [[p:ravi]] aanw., geeft aan insuline 'soms vergeten'. Afspr: dagelijks controle via {{o:Buurtzorg}} aanvragen.
[[d:12-03]] [[p:KH]] tel. met {{o:Buurtzorg}} team {{w:Loosduinen}}, start [[d:do 14/3]].
[[d:14-03]] [[p:KH]] overdracht gedaan. Sleutelkluis code bij [[p:ravi]]. Adres: [[a:Ockenburghstraat 7 bis]], [[pc:2553 CA]].""")

h("""[[d:18 maart]], [[p:DK]], huisbezoek (met tolk via {{o:Global Talk}})
Op de [[a:Pretoriusstraat 54-1]] wonen volgens de BRP twee personen, in werkelijkheid minstens zeven. Ik sprak met [[p:Ionuț Popescu]] en zijn vrouw [[p:Mihaela]]. [[p:Ionuț]] werkt via een uitzendbureau in de kassen in het Westland, [[p:Mihaela]] is zwanger (28 weken) en heeft geen zorgverzekering. Huisbaas [[p:Ahmet]] komt elke vrijdag de huur contant ophalen. Vervolg: afspraak met de {{r:verloskundige}} en aanmelden bij {{o:Stichting Zebra}} voor taalles. [[p:Mihaela]] is bereikbaar via whatsapp [[t:+40 722 318 904]].""")

h("""Plan van aanpak (update [[d:20-03-2024]])
Cliënt: [[p:Abdi Farah]], [[a:Moerweg 211]], [[pc:2533 XS]]
Dossiernr.: [[n:2023-11905]] | BSN: [[b:710 282 254]]
Leefgebieden
a) Financiën – {{r:bewindvoerder}} aangevraagd, zitting kantonrechter gepland op [[d:9 april]]. Tot die tijd beheert zus [[p:Hodan]] de pinpas (met toestemming van [[p:Abdi]]).
b) Gezondheid – [[p:Abdi]] is bekend bij {{o:Parnassia}} (psychose 2021). Contact met {{r:SPV}} [[p:Gerard Kuiper]], [[t:088-3571600]].
c) Dagbesteding – interesse in fietsenwerkplaats {{o:Haeghe Groep}}, intake nog plannen.""")

h("""telefoonnotitie [[d:vrijdag 15 maart]] 16:50
beller: [[p:Blessing Okafor]] (zus van cliënt [[p:Precious]])
[[p:Blessing]] maakt zich zorgen, [[p:Precious]] neemt al een week de telefoon niet op. Laatste contact was na de zitting bij de rechter over de kinderen. Adres volgens [[p:Blessing]]: [[a:Teniersstraat 9-hs]]. Ik heb gezegd dat ik maandag ga kijken. Terugbelnummer [[t:06 5512 0394]].
[[p:AvD]]""")

h("""Verslag MDO {{w:Ypenburg}} [[d:19-3-2024]]
Aanwezig: [[p:Thijs van Leeuwen]] ({{r:schuldhulpverlener}}), [[p:Ingrid]] ({{r:ouderenconsulent}}), [[p:Sjoerd de Groot]] ({{r:wijkagent}}), [[p:Latifa]] ({{r:welzijnscoach}}).
Besproken: fam. [[p:Ramdin]]. [[p:Sunita Ramdin]] (43) is mantelzorger voor haar moeder én voor haar zoon met autisme. Ze is op. Respijtzorg via {{o:Xtra}} besproken; [[p:Latifa]] neemt contact op. Schuldenpositie stabiel sinds de regeling met {{o:Kredietbank Haaglanden}}, dossier [[n:KBH-2022-7781]].
Volgende MDO: [[d:16 april]], 13.30 uur.""")

h("""Journaal [[d:21.03.2024]] — [[p:R.R.]] — telefonisch contact
Mw. [[p:Tavares]] (dochter van mw. [[p:Maria da Luz Monteiro]]) belt terug. Haar moeder heeft de indicatie voor de scootmobiel ontvangen maar kan er niet mee uit de berging, er zit een drempel. Ik heb gevraagd of de woningcorporatie ({{o:HaagWonen}}) al gebeld is. Nee. Ik neem zelf contact op met de {{r:woonconsulent}}. Mw. [[p:Tavares]] wil graag per mail op de hoogte blijven: [[e:djamila.tavares@hotmail.com]].""")

h("""intervisie, casus [[p:Mei]]
[[p:Mei]] (31) kwam in mei vorig jaar bij ons via de {{r:huisarts}}. Ze is met haar dochtertje [[p:Lin]] (3) uit huis gegaan na jaren controle door haar partner [[p:Wei Zhang]]. Woont nu tijdelijk bij een vriendin in {{w:Mariahoeve}}. Vanuit haar cultuur is scheiden een grote schande; haar ouders in Rotterdam hebben het contact verbroken. Wat ik lastig vind: ze vraagt mij steeds om advies ('wat zou jij doen?') en ik merk dat ik ga sturen. Partner heeft haar inmiddels ook gevonden via de school van [[p:Lin]].
Vraag: hoe blijf ik naast haar staan zonder het van haar over te nemen? (ingebracht door [[p:Dewi]])""")

h("""[[d:25/03]] HB [[p:JV]]
Bij [[p:Kofi]] en [[p:Abena Asante]], [[a:Van Ostadestraat 284B]]. [[p:Abena]] kan niet lezen, [[p:Kofi]] beperkt. Brief van {{o:DUO}} gezien, terugvordering studiefinanciering oudste dochter [[p:Hope]]. [[p:Hope]] zelf woont in Almere. We hopen dat het om een vergissing gaat. Ik bel {{o:DUO}} met machtiging. Klantnummer {{o:DUO}}: [[n:8832 1107]].""")

h("""Geachte heer/mevrouw,

Hierbij meld ik namens het {{o:sociaal wijkzorgteam}} {{w:Scheveningen}} mevrouw [[p:A.M. Koning-Schipper]], geboren [[d:30 juni 1949]], BSN [[b:123937048]], aan voor beschermingsbewind. Mevrouw heeft sinds het overlijden van haar echtgenoot geen overzicht meer over haar financiën. Er zijn achterstanden bij de energieleverancier en de zorgverzekeraar. Haar rekeningnummer is [[i:NL37 ASNB 8137 3253 55]]. Mevrouw woont op de [[a:Keizerstraat 202]], [[pc:2584 BN]] Den Haag, telefoon [[t:(070) 355 81 46]].
De aanvraag is met mevrouw en haar zoon [[p:Peter Koning]] besproken; beiden stemmen in.

Hoogachtend,
[[p:F. Bakker]], {{r:maatschappelijk werker}}""")

h(
    """[[p:Sjaak]] op straat tegengekomen bij de Haagse Markt. Zag er slecht uit, mager. Zegt dat hij weer bij [[p:Henk de Wit]] op de bank slaapt, [[a:Hoefkade 301]]. Heeft geen contact meer met {{o:Leger des Heils}}. Telefoon kwijt. Afgesproken: dinsdag 10u spreekuur in het wijkcentrum. (notitie [[d:26-3]], [[p:NA]])"""
)

h("""Contactjournaal
[[d:02-04-2024]] 13:05 Huisbezoek ([[p:SeK]])
Mw. [[p:Azzouzi]] thuis, samen met haar dochter [[p:Naima]]. Het gaat om de zorgen van de school over de jongste, [[p:Soufiane]] (9): hij komt zonder ontbijt en is vaak moe. Mevrouw herkent dit, zegt dat hij tot laat gamet. Geen aanwijzingen voor verwaarlozing gezien, huis opgeruimd. Afspraken: [[p:Naima]] regelt een wekker voor [[p:Soufiane]]; ik stem af met de {{r:schoolmaatschappelijk werker}} ([[p:Joyce]]).
[[d:02-04-2024]] 15:20 Telefonisch ([[p:SeK]])
[[p:Joyce]] gebeld, terugkoppeling gegeven.""")

h("""re: aanvraag hulpmiddel
Dag [[p:Ingrid]], zoals besproken: de aanvraag traplift voor dhr. en mw. [[p:de Jong]] is binnen onder [[n:WMO/2024/04512]]. De {{r:ergotherapeut}} komt op [[d:10 april]] a.s. kijken. Kun jij mevrouw voorbereiden? Zij is bang voor 'vreemden in huis'. Adres nog even voor de zekerheid: [[a:Kastelenring 15-D]], [[pc:2591 AZ]]. Groet, [[p:Rajesh]]""")

h("""Notitie huisbezoek [[d:dinsdag 2 april]] ([[p:MdB]])
Mevrouw [[p:Tesfay]] ontving mij in de keuken; haar man [[p:Yonas Ghebremedhin]] was naar de kerk. Zij spreekt wat Nederlands en Engels, we spraken een mix. She told me she has not slept well since the news about her brother in Libya. Ze wil geen hulp van een psycholoog ("I am not crazy"), maar wel iemand om mee te praten. Ik denk aan een {{r:sleutelpersoon}} van {{o:VluchtelingenWerk}}. Haar dochtertje [[p:Senait]] (6) zit op school in {{w:Transvaal}}, gaat goed.""")

h("""Aan: {{r:huisarts}} [[p:L. Brouwer]], {{o:Gezondheidscentrum Scheveningen}}
Betreft: dhr. [[p:Errol Wijngaarde]], geb. [[d:4-10-1959]]

Beste [[p:Lotte]],

Dhr. [[p:Wijngaarde]] heeft mij toestemming gegeven om contact met je op te nemen. Hij vertelt dat hij sinds enkele maanden 's nachts benauwd is en 'het hart voelt'. Hij wil niet naar de praktijk omdat hij een openstaande rekening heeft bij de apotheek. Ik heb gezegd dat dat niet uitmaakt. Wil je hem zelf bellen? Zijn nummer: [[t:06-30887712]].

Groet, [[p:Fenna]] ({{o:SWT}} {{w:Scheveningen}})""")

h(
    """[[d:3 apr]] [[p:KH]] tel. mw. [[p:visser]] (nicht van dhr [[p:v.d. Berg]]). zegt dat [[p:Anita]] in het buitenland zit t/m eind april. Zij kan eenmaal p/w komen. Tel. [[t:0031 6 4482 0165]]. Afgespr. dat zij sleutelhouder wordt voor alarmering. Aanvraag alarmering loopt, nr [[n:AL-77102]]."""
)

h("""Beste [[p:Noura]],
Dank voor je vraag over [[p:Jurgen Martina]]. Kort: hij staat bij ons ingeschreven sinds 2019, laatste contact was [[d:12 januari]]. Hij heeft een voorwaardelijke straf en reclasseringstoezicht tot eind dit jaar. Zijn moeder, [[p:Shurmaine Isenia]], is zijn contactpersoon. Ik kan verder niks inhoudelijks delen zonder zijn toestemming. Dossiernr. bij ons: [[n:RN-2019-33871]].
Met vriendelijke groet,
[[p:Giovanni Pieternella]], {{r:reclasseringswerker}}, {{o:Reclassering Nederland}}
[[e:g.pieternella@reclassering.nl]] | [[t:06-22871430]]""")

h("""Zorgen-melding (intern)
Wie: [[p:Zahra Ahmadi]] (38) en kinderen [[p:Farid]] (14), [[p:Gul]] (11) en [[p:Maryam]] (5)
Waar: [[a:Schalk Burgerstraat 125]], [[pc:2572 XB]]
Wat: bij schoolbezoek vertelde [[p:Farid]] aan de {{r:mentor}} dat hij 's nachts op zijn kleine zusjes past omdat mama 'weg' is. Moeder werkt sinds kort 's nachts in de schoonmaak. Geen andere volwassenen in huis.
Inschatting: geen acuut gevaar, wel overbelasting en risico. Bespreken in teamoverleg donderdag. Melder: [[p:Latifa]], {{r:welzijnscoach}}.""")

h(
    """[[d:4/4]] 9u30 tel [[p:YD]] – dhr [[p:Yıldız]] belt zelf!! eerste keer. Zegt dat de verwarming al 3 weken kapot is, {{o:Vestia}} reageert niet. Hocam, ik ben 72 jaar, ik heb het koud. Ik bel vandaag de corporatie en mail de {{r:opbouwwerker}} ([[p:Bas]]) want meer huizen in dat blok hebben dit. Adres dhr.: [[a:Wouwermanstraat 12 hs]]."""
)

h("""Casus voor intervisie ([[d:donderdag 11 april]])
Inbrenger: [[p:Jolanda Vos]], {{r:MEE-consulent}} {{w:Schilderswijk}}

[[p:Priscilla]] (24) heeft een licht verstandelijke beperking en woont sinds een half jaar zelfstandig. Ze heeft een nieuwe vriend, [[p:Rudsel]], die volgens haar moeder 'alleen komt voor haar geld'. Sinds hij er is, zijn er drie telefoonabonnementen op haar naam afgesloten. [[p:Priscilla]] zelf is verliefd en wil niks horen. Ik heb haar bankapp gezien: er gaan bedragen naar een rekening [[i:NL89INGB5608350432]] die niet van haar is.
Vragen: 1) Is dit financiële uitbuiting en moet ik melden? 2) Hoe houd ik de relatie met [[p:Priscilla]] goed als ik dit aankaart?""")

h("""[[d:08-04-24]] | Tel. | [[p:fb]]
buurman van mw [[p:bakker]] ([[a:duinstraat 23]]) belt: er komt rook uit de keuken, brandweer is al geweest. mw is in orde maar verward, wist niet meer dat ze pannen op vuur had. naar de bakker geweest toen. zoon [[p:johan]] komt vanavond. morgen HB met {{r:casemanager dementie}}. melding ook naar {{o:HWW zorg}}.""")

h("""Rapportage aan {{r:bewindvoerder}}
Datum: [[d:9 april 2024]]
Cliënt: [[p:Kwame Mensah]], [[a:Jacob Catsstraat 77-2]], [[pc:2521 HL]]
Beschermingsbewind: [[p:Esther van Dam]], {{o:Van Dam Bewindvoering}}, dossier [[n:VDB-0441]]

Geachte mevrouw [[p:Van Dam]],
Dhr. [[p:Mensah]] is terug uit Ghana. Hij heeft een brief ontvangen van {{o:DUO}} en van de {{o:SVB}} over zijn AOW-gat; hij begrijpt niet wat er van hem verwacht wordt. Ik heb met hem afgesproken dat hij deze brieven voortaan direct naar u stuurt. Kunt u ook kijken of zijn huurtoeslag nog doorloopt? Volgens hem is die in maart gestopt.
Vriendelijke groet, [[p:Thijs van Leeuwen]], {{r:schuldhulpverlener}}""")

h(
    """HB [[d:vrijdag 12/4]], samen met [[p:Petra Zomer]] ({{r:casemanager dementie}}). Mw. [[p:Bakker]] (84), [[a:Duinstraat 23]]. Na het incident met het vuur is het fornuis afgesloten; magnetron is er nu. Zoon [[p:Johan Bakker]] is mantelzorger maar werkt fulltime. Er is een wachtlijst voor {{o:Saffier}}, ingeschreven onder [[n:SAF-24-2290]]. Tot dan: 3x daags thuiszorg en dagbesteding op di en do. Mw. vindt de dagbesteding 'niks voor mij', maar ging vorige week toch. – [[p:F.B.]]"""
)

h(
    """Even een update voor [[p:Marloes]]: ik heb vandaag gesproken met de {{r:wijkagent}} van {{w:Transvaal}} over het adres [[a:Kempstraat 118-II]]. Er zijn in de afgelopen maand twee meldingen geweest van geluidsoverlast. Hij weet niets van huiselijk geweld. Zoon [[p:Ilias]] is wel bekend bij de politie vanwege een winkeldiefstal in januari. Ik zou dit bespreken met mevrouw [[p:Benali]] voor je volgende bezoek. Groet, [[p:Noura]]"""
)

h("""[[d:15-04-2024]] 11.20 uur — e-mail ontvangen van [[e:info.sewtahal@ziggo.nl]]
Dhr. [[p:Kishan Sewtahal]] schrijft dat hij de afspraak van morgen wil verzetten; hij moet naar het {{o:Haga Ziekenhuis}} voor zijn knie. Nieuwe afspraak voorgesteld: [[d:23 april]] om 14.00 bij hem thuis, [[a:Erasmusweg 1033]]. Bevestigd per mail. ([[p:RR]])""")

h("""Casus: [[p:Mariusz]] en [[p:Agnieszka]] ({{w:Ypenburg}})
Beknopt voor het teamoverleg. Het stel woont sinds 2020 in NL. [[p:Mariusz]] had een vaste baan bij een distributiecentrum maar raakte die in november kwijt na een rugblessure. Sindsdien stapelen de schulden zich op. [[p:Agnieszka]] spreekt nauwelijks Nederlands en durft niet naar het {{o:Servicepunt XL}}. Hun zoontje [[p:Kacper]] (7) fungeert als tolk, wat ik onwenselijk vind. Ik zoek een Poolssprekende vrijwilliger — tips welkom! Tel. [[p:Mariusz]]: [[t:+48 601 442 875]] (NL-nummer is afgesloten). [[p:Thijs]]""")

h(
    """[[d:16/4]] [[p:KH]] HB mw [[p:Jagroep]]. Wond bijna dicht. Mw. opgewekt, dochter [[p:Shanti]] op bezoek uit Utrecht. Insuline nu via {{o:Buurtzorg}} goed geregeld. Afsluiten wijkverpl. traject per [[d:1/5]], evalueren met {{r:huisarts}}."""
)

h("""Intervisie — methode: incidentmethode
Inbrenger: [[p:Dewi Kartosen]] ({{r:maatschappelijk werker}}, {{w:Moerwijk}})
Incident: tijdens een huisbezoek bij [[p:Gerda]] (61) stond haar ex-man [[p:Theo]] onverwacht in de kamer. Hij werd agressief toen ik vroeg of hij wilde gaan. [[p:Gerda]] zei niets. Ik ben weggegaan en heb buiten 112 niet gebeld, maar wel mijn leidinggevende. Achteraf twijfel ik: had ik moeten blijven? Had ik de politie moeten bellen?
Context: [[p:Gerda]] woont op de [[a:Leyweg 612]]. Er loopt geen melding bij {{o:Veilig Thuis}}.""")

h("""Goedemiddag mevrouw [[p:Halilović]],

Zoals telefonisch besproken stuur ik u hierbij de gegevens van het {{o:Juridisch Loket}} Den Haag. U kunt daar terecht met de vraag over de erfenis van uw vader. Neem uw paspoort en de brieven van de notaris mee. Als u wilt, ga ik mee; laat het me weten via [[t:06-45092218]] of [[e:s.elkhatib@swtdenhaag.nl]].

Met vriendelijke groet,
[[p:Samira el Khatib]]""")

h("""plan v aanpak — kort (voor [[p:Sandra]], dochter mw [[p:de Wit]], die meekijkt)
1. drank: mw geeft zelf aan '2-3 glazen per dag'. afspraak met {{r:POH-GGZ}} op [[d:25-4]].
2. eenzaamheid: aanmelden koffieochtend {{o:Welzijn Scheveningen}} (woensdag).
3. huis: vochtplekken badkamer, melden bij {{o:Vidomes}}.
wie houdt overzicht: [[p:Fenna]]. evaluatie: eind mei.""")

h("""[[d:17-04-2024]] Telefonisch – [[p:AvD]]
Bij [[p:Precious Okafor]] geweest op [[a:Teniersstraat 9-hs]]. Niet thuis. Buurvrouw (niet mw. [[p:Yilmaz]], de andere buurvrouw) zegt dat [[p:Precious]] sinds een week bij haar zus logeert. [[p:Blessing]] gebeld: klopt, [[p:Precious]] is bij haar, ze is erg verdrietig maar veilig. Afspraak gemaakt voor volgende week bij [[p:Blessing]] thuis, [[a:Wolweverstraat 40]].""")

h("""Memo aan {{r:casusregisseur}} [[p:Samira]]
Van: [[p:Latifa Bouzerda]]
Betreft: [[p:Zahra Ahmadi]], [[n:SWT-TV-2024-112]]
Update na huisbezoek [[d:18 april]]: mevrouw werkt nu alleen nog in het weekend 's nachts, haar zus [[p:Parwin]] komt dan oppassen. [[p:Farid]] is opgelucht. Mevrouw heeft financiële zorgen door het minder werken; ik heb de aanvraag bijzondere bijstand voorbereid. Haar rekening voor de aanvraag: [[i:NL03RABO3871060190]]. BSN staat in het dossier.""")

h("""Journaalregel [[d:zaterdag 20 april]] (weekenddienst, [[p:DK]])
Melding via {{o:Veilig Thuis}} Haaglanden: politie is vannacht ter plaatse geweest bij [[a:Hoefkade 544-1]] na een ruzie. Betrokkenen: [[p:Hatice Kaya]] (58) en schoonzoon [[p:Emre Arslan]]. Dochter [[p:Zeynep]] met baby naar het huis van haar moeder. VT-casenr. [[n:VT-2024-1187]]. Maandag afstemmen met [[p:Marloes]] en {{r:huisarts}}.""")

h("""[[d:22-04-2024]] – HB – [[p:IR]]
Bij dhr. en mw. [[p:de Jong]], [[a:Kastelenring 15-D]]. Ergotherapeut is geweest; traplift kan niet (trap te smal), advies: verhuizen naar gelijkvloers. Mw. [[p:de Jong]] huilde. 58 jaar in dit huis gewoond. Dhr. [[p:Henk de Jong]] pragmatischer: 'dan moet het maar'. Urgentie aanvragen, inschrijving {{o:Woonnet Haaglanden}} loopt op naam van dhr., inschrijfnr [[n:WH-1180447]].""")

h("""Dear Mr. [[p:Haddad]],
Thank you for your call today. As discussed, our {{r:Wmo-adviseur}} [[p:Rajesh Ramsaran]] will visit you and your wife [[p:Rasha]] on [[d:Tuesday 30 April]] at 10.00 at your home ([[a:Hengelolaan 844]]). He will bring an interpreter (Arabic). Please have your residence permit and the letter from {{o:IND}} ready.
Ma'a salama,
[[p:Noura Amrani]], {{r:casusregisseur}}""")

h(
    """tel [[d:23/4]] ([[p:fb]]) — [[p:sandra]] (dochter mw [[p:de wit]]) belt dat haar moeder gevallen is, ligt in {{o:Bronovo}}. pols gebroken. na ontslag thuiszorg nodig. heb {{r:transferverpleegkundige}} gebeld, [[p:Iris]], tel [[t:070-3124187]]. aanvraag loopt."""
)

h("""Korte casus voor de lunchbespreking:
[[p:Nelson Fortes]] (46), Kaapverdiaans, woont met zijn moeder in {{w:Bouwlust}} ([[a:Steenwijklaan 320]]). Hij is haar mantelzorger sinds haar beroerte. Hij verloor zijn baan in de haven en schaamt zich om bijstand aan te vragen. Moeder spreekt alleen Kriolu. [[p:Nelson]] zei: "Ik ben de man, ik moet het regelen." Hij heeft een neef, [[p:Evandro Lopes Semedo]], die vaak bijspringt maar zelf net vader is geworden.
Waar ik over wil sparren: hoe bespreek ik bijstand zonder dat hij zijn gezicht verliest?""")

h("""[[d:24-04-2024]] 10:00 | Overleg | [[p:MdB]]
Overleg met {{r:huisarts}} dr. [[p:Sitaldin]] over mw. [[p:Kaya]] na het incident van zaterdag. Huisarts verwijst naar {{o:Parnassia}} (Turkssprekende behandelaar beschikbaar via {{o:i-psy}}). Mw. [[p:Kaya]] akkoord. Veiligheid dochter [[p:Zeynep]]: zij verblijft nu bij mw. [[p:Kaya]]; {{o:Veilig Thuis}} voert de regie. Mijn rol: ondersteunen moeder.""")

h(
    """Hoi [[p:Kees]], wil je bij je volgende ronde even langs bij dhr [[p:Hoop]]? Sinds de opname ([[d:12 maart]] t/m [[d:2 april]]) is hij terug op [[a:Badhuisstraat 133]]. Hij laat je binnen als je zegt dat je van [[p:Fenna]] komt. Zijn nieuwe mobiel: [[t:06-17730452]]. thx!"""
)

h("""Verslag huisbezoek
Datum: [[d:25 april 2024]]
Aanwezig: mw. [[p:Tesfay]] en ik ([[p:Marloes]]); dhr. [[p:Ghebremedhin]] was aan het werk.
Mevrouw heeft eerste gesprek gehad met de {{r:sleutelpersoon}} [[p:Semhar]] van {{o:VluchtelingenWerk}}. Ze was positief: 'She understands.' Slaap iets beter. Financieel: de kinderbijslag is na de verhuizing niet goed doorgekomen, {{o:SVB}} gebeld, referentie [[n:SVB-KB-3390128]].""")

h(
    """[[p:KH]] [[d:26-4]]: dhr [[p:v.d. Berg]] opname {{o:HMC}} Westeinde na val, heupfractuur. Nicht [[p:visser]] geïnformeerd. Na revalidatie waarschijnlijk niet meer thuis. Overleg met [[p:Ingrid Roos]] i.v.m. WLZ-indicatie via {{o:CIZ}}."""
)

h(
    """[[d:29-04]] HB [[p:JV]] bij [[p:Priscilla]], [[a:Vaillantlaan 88A]]. [[p:Rudsel]] was er ook. Hij was vriendelijk, bood koffie aan. [[p:Priscilla]] heeft zelf 2 abonnementen opgezegd met mijn hulp (via de winkel). Derde staat op naam van [[p:Rudsel]] zegt hij. Ik heb niets gezegd over de overboekingen. Volgende keer alleen met [[p:Priscilla]] afspreken, bij {{o:MEE}} op kantoor."""
)

h("""Beste [[p:Joyce]],
Dank voor je mail. Ik heb [[p:Soufiane]] gisteren kort gesproken toen ik bij de familie was. Hij zegt dat hij nu om 21u z'n telefoon inlevert bij zijn zus. Mevrouw [[p:Azzouzi]] is er blij mee. Als er op school toch weer signalen zijn, hoor ik het graag. Mijn nieuwe nummer: [[t:06 2039 8841]].
Groet, [[p:Samira]]""")

h("""Casus intervisie (methode: roddelmethode)
Ingebracht door [[p:Rajesh]].
Dhr. [[p:Abdulrahman Al-Hamwi]] (67) kwam in 2016 uit Aleppo. Hij woont met zijn vrouw [[p:Rasha Haddad]] in {{w:Bouwlust}}. Ik kom voor een Wmo-aanvraag (hulp bij het huishouden), maar bij elk bezoek vertelt hij over zijn zoon [[p:Omar]] die nog in Turkije zit. Het gesprek over de Wmo komt nauwelijks aan bod. Ik voel me machteloos en merk dat ik het bezoek uitstel.
Vraag: hoe begrens ik mijn rol zonder hem af te wijzen?""")

h("""Telefoonnotitie, [[d:30 april]]
Mw. [[p:Warsame]] belt: ze heeft een brief van {{o:Haag Wonen}} gekregen, huurverhoging per [[d:1 juli]]. Ze snapt niet waarom, ze heeft het al moeilijk. Huur gaat van € 612 naar € 648. Ik heb uitgelegd dat dit jaarlijks is en dat de huurtoeslag meestijgt. Ze vraagt of [[p:Faadumo]] (haar dochter, 19) de toeslag kan regelen. Ja, met machtiging via DigiD. — [[p:NA]]""")

h("""[[d:2024-05-02]] 08:45 / telefonisch / [[p:TvL]]
Bewindvoerder [[p:E. van Dam]] belt terug over dhr. [[p:Mensah]]. Huurtoeslag is inderdaad gestopt: inkomensgegevens niet doorgegeven. Zij regelt herstel met terugwerkende kracht. Leefgeld gaat voortaan naar [[i:NL15 RABO 4316 7231 76]] (nieuwe rekening, oude gesloten). Dossier bij haar: [[n:VDB-0441]]. Cliënt geïnformeerd via sms op [[t:0644019837]].""")

h("""Dag [[p:Yusuf]],
Kun je morgen (vrijdag) mee naar dhr. [[p:Yıldız]]? De monteur van {{o:Vestia}} komt tussen 8 en 12. Dhr. vroeg specifiek naar 'die Turkse jongen', haha. Ik ben er vanaf 9u.
Groet, [[p:Bas Kok]], {{r:opbouwwerker}} {{o:Stichting Mooi}}
PS: het hele blok aan de Wouwermanstraat (even nummers) heeft hetzelfde probleem, ik start een bewonersavond.""")

h("""Verslag intake
Naam: [[p:Hodan Warsame]]  |  geb.datum: [[d:11-11-1987]]  |  BSN: [[b:505285599]]
Adres: [[a:Schenkkade 64]], [[pc:2595 AS]]  |  tel: [[t:06-11290345]]
Aanmelder: {{r:huisarts}} (via {{o:Servicepunt XL}} {{w:Mariahoeve}})
Hulpvraag: 'Ik wil weer werken, maar ik weet niet hoe het moet met de kinderen.' Mw. is alleenstaand met 4 kinderen (2–13 jaar), ontvangt bijstand. Oudste, [[p:Abdirahman]], heeft ADHD-diagnose. Er is een oude schuld bij {{o:Belastingdienst/Toeslagen}} (kinderopvangtoeslag), mw. valt mogelijk onder de hersteloperatie.
Vervolg: traject bij {{r:klantmanager}} werk & inkomen, kinderopvang uitzoeken, check {{o:UHT}} (herstel toeslagen).""")

h("""Beste collega's,
Voor wie [[p:Roos]] zoekt: zij is tot en met [[d:17 mei]] met verlof. Haar cliënten in {{w:Mariahoeve}} lopen via mij. Bij spoed dementie-gerelateerd: [[p:Petra Zomer]], [[t:06-51882046]]. Ik heb deze zomer zelf ook drie weken vakantie, dat plan ik nog.
Groet, [[p:Marjolein Dekker]], {{r:ouderenconsulent}}""")

h("""intervisie [[d:16 mei]] – casus van [[p:Kees Hoogland]] ({{r:wijkverpleegkundige}})
Dhr. [[p:Leo Prins]] (79) weigert alle zorg. Hij woont met zijn hond in een benedenwoning aan de [[a:Sportlaan 144]], het huis is vervuild, hij heeft een open wond aan zijn voet. De {{r:huisarts}} heeft hem al anderhalf jaar niet gezien. Hij is wilsbekwaam volgens de {{o:GGD}}. Zijn enige contact is de buurvrouw die hem soep brengt. Hij zegt: 'Als jullie me in een tehuis stoppen, neem ik de hond mee of ik ga niet.'
Vraag: hoever mag bemoeizorg gaan bij iemand die wilsbekwaam is?""")

h(
    """[[d:6-5]] [[p:fb]]: mw [[p:de wit]] thuis na opname, pols in gips. thuiszorg {{o:Florence}} komt 2x p/d. ze zegt dat ze sinds opname niet gedronken heeft. {{r:POH-GGZ}} afspraak was gemist (lag in ziekenhuis), nieuwe afspr [[d:21 mei]]. dochter [[p:Sandra]] blij met de hulp. mw vroeg naar [[p:Kees]] ('die aardige verpleger'), groeten doorgegeven."""
)

h("""Rapportage t.b.v. {{r:bewindvoerder}}
Cliënt: mw. [[p:Rosa Pinas]], [[a:Moerweg 404-B]], [[pc:2533 VE]]
Bewindvoerder: [[p:R. Sabajo]] ({{o:Bewind & Budget}}), ref. [[n:BB/2024/118]]
Datum: [[d:6 mei 2024]]

Mevrouw [[p:Pinas]] heeft in april twee keer bij de {{o:Voedselbank Haaglanden}} aangeklopt. Zij geeft aan dat het leefgeld (€ 60 p/w) niet toereikend is omdat haar kleinzoon [[p:Damian]] (16) sinds maart bij haar woont. Is het mogelijk het leefgeld te verhogen of kinderbijslag/kindgebonden budget over te laten maken? [[p:Damian]]'s moeder, [[p:Marcia Pinas]], zit in detentie.
Met vriendelijke groet,
[[p:Dewi Kartosen]], {{r:maatschappelijk werker}}""")

h("""[[d:07/05/2024]] 15:30 telefonisch [[p:RR]]
Dhr. [[p:Al-Hamwi]] belt opgetogen: zoon [[p:Omar]] heeft een afspraak bij de Nederlandse ambassade in Ankara voor gezinshereniging. Vraagt of wij kunnen helpen met de kosten van de vlucht. Uitgelegd dat dat buiten de Wmo valt; doorverwezen naar {{o:VluchtelingenWerk}} en {{o:Stichting Noodfonds Den Haag}}. Dhr. vroeg ook naar de huishoudelijke hulp: indicatie is per [[d:1 mei]] ingegaan, aanbieder {{o:Tzorg}}.""")

h("""Dag [[p:Gerard]],
Namens [[p:Abdi Farah]] (toestemming getekend, zit in het dossier): hij heeft zijn depotinjectie van vorige week gemist omdat hij de afspraakbrief niet begreep. Hij wil graag dat zijn zus [[p:Hodan Farah]] ([[t:06-34410982]]) voortaan ook een kopie krijgt van afspraken. Kan dat bij jullie? Zijn cliëntnummer bij {{o:Parnassia}} is [[n:PAR-558120]].
Met groet, [[p:Samira el Khatib]]
{{r:casusregisseur}} {{w:Moerwijk}}""")

h(
    """HB [[d:8 mei]]. [[p:Jurgen]] (29) thuis aangetroffen op [[a:Loosduinseweg 734]], [[pc:2571 BZ]]. Slaapkamer vol spullen van 'vrienden', ik vertrouw dat niet. Hij zegt dat hij clean is sinds Pasen. {{o:Reclassering}} ([[p:Giovanni]]) is op de hoogte van mijn bezoek. Moeder [[p:Shurmaine]] belde na afloop ongerust: 'Ze gebruiken mijn zoon.' Afgesproken: volgende week samen naar {{o:Servicepunt XL}} voor een uitkering. ([[p:Noura]])"""
)

h("""Cliëntoverleg (CO) – [[d:maandag 13 mei]]
Casus [[p:Fatoumata Diallo]]: betalingsregeling {{o:Staedion}} loopt, 2 termijnen betaald. [[p:Mamadou]] gaat weer naar school, sinds de {{r:mentor}} (dhr. [[p:Van Dijk]]) hem dagelijks belt. Verder: moeder wil graag een cursus Nederlands; via {{o:Bibliotheek Den Haag}} taalhuis.
Casus [[p:Benali]]: post is op orde, [[p:Ilias]] heeft een stageplek bij een garage. Afschalen naar 1x per maand.
Notulist: [[p:Latifa]]""")

h("""Aan: {{o:Huisartsenpraktijk Ypenburg}}, t.a.v. dr. [[p:M. Hoek]]
Van: [[p:Thijs van Leeuwen]], {{o:sociaal wijkzorgteam}} {{w:Ypenburg}}
Betreft: [[p:Agnieszka Kowalczyk]], geb. [[d:23.08.1990]], BSN [[b:6654.25.983]]

Geachte dokter [[p:Hoek]],
Mevrouw heeft mij gevraagd u te informeren over haar situatie. Door de financiële problemen van het gezin ervaart zij veel stress; zij slaapt slecht en heeft hoofdpijn. Zij durft hierover niet te bellen vanwege de taal. Mevrouw zou graag een afspraak met een Poolssprekende collega of met een tolk. Haar telefoonnummer is [[t:+31 6 1502 7734]].
Met vriendelijke groet, [[p:Thijs van Leeuwen]]""")

h("""Aanvraag bijzondere bijstand – toelichting sociaal wijkzorgteam
Aanvrager: [[p:Zahra Ahmadi]]
BSN: [[b:747174295]]
IBAN: [[i:NL03 RABO 3871 0601 90]]
Adres: [[a:Schalk Burgerstraat 125]], [[pc:2572XB]] 's-Gravenhage
Toelichting: mevrouw is alleenstaande moeder van drie kinderen. Door het verminderen van haar werkuren ter bescherming van de kinderen is haar inkomen met ca. € 400 per maand gedaald. Er is een achterstand op de energierekening ontstaan. Ondersteund door: [[p:L. Bouzerda]], {{r:welzijnscoach}}, [[e:l.bouzerda@xtra.nl]], [[t:06-40339127]].""")

h(
    """[[d:14-5]] [[p:YD]] – koffie met [[p:Murat]] (neef dhr [[p:Aydın]]). Slecht nieuws: mevrouw [[p:Emine Aydın]] is overleden op [[d:zaterdag 11 mei]]. Begrafenis in Turkije. Dhr. gaat mee, 3 weken weg. Allah rahmet eylesin. Ik stuur namens het team een kaart naar [[a:Hoefkade 88-III]]. Na terugkomst rouwbegeleiding aanbieden (via {{o:Humanitas}}?)."""
)

h("""Casusbeschrijving voor de {{o:GGD}}-bemoeizorgoverleg
Betrokkene: dhr. [[p:Ruud Verschoor]], geb. [[d:2 februari 1970]]
Verblijfadres: [[a:Lange Beestenmarkt 66-A]], [[pc:2512 EH]]
BSN: [[b:247 411 668]]
Sinds maart twee keer een zorgmelding door buren (stank, geschreeuw 's nachts). {{r:casusregisseur}} [[p:N. Amrani]] heeft beperkt contact aan de deur. Geen {{r:huisarts}} bekend; laatste inschrijving bij een praktijk in {{w:Scheveningen}}, uitgeschreven in 2020. Zus [[p:Hanneke Storm]] ([[t:079-3418820]]) wil geen contact. Verzoek: beoordeling door de {{r:bemoeizorgverpleegkundige}}.""")

h("""Mail aan [[e:k.sewtahal1961@gmail.com]], [[d:vr 17 mei]]:
'Beste meneer [[p:Sewtahal]], fijn dat de knieoperatie goed is gegaan. Zoals afgesproken vraag ik tijdelijk hulp bij het huishouden voor u aan. Ik heb uw handtekening nog nodig op het formulier. Ik kom dinsdag langs. Groet, [[p:Rajesh Ramsaran]]'
Noot: vrouw van dhr. ([[p:Savitri]]) heeft zelf beginnende dementie, signaleren bij [[p:Marjolein]].""")

h(
    """HB [[d:20 mei]] met tolk Tigrinya. [[p:Senait]] was ziek thuis, zat erbij. Mw. [[p:Tesfay]] vertelt dat haar broer [[p:Dawit]] levend is, zit in een kamp in Ethiopië. Grote opluchting. Ze lacht weer. Slaapt beter. Gesprekken met [[p:Semhar]] gaan door. Mijn contact kan terug naar 1x per 3 weken. Financiën: {{o:SVB}} heeft kinderbijslag nabetaald. Afsluiting traject besproken voor na de zomer. – [[p:M. de Bruijn]]"""
)

h(
    """[[d:ma 27-5]]: [[p:Priscilla]] op kantoor {{o:MEE}}, zonder [[p:Rudsel]]. Ze vertelde dat hij haar pinpas 'leent'. Ze wil dat niet meer, maar durft niet nee te zeggen. Samen een nieuwe pas aangevraagd bij de bank, rekening [[i:NL89 INGB 5608 3504 32]] is niet van haar (dat is van hem!). Haar eigen rekening: [[i:NL42RBRB6107854149]]. Besproken met leidinggevende: melding {{o:Veilig Thuis}} overwegen i.v.m. financiële uitbuiting. [[p:Jolanda]]"""
)

h("""Ter info voor het team — telefoon nieuwe collega's:
[[p:Anouk van Dijk]] ({{r:Wmo-adviseur}}, {{w:Bouwlust}}): [[t:06-13407729]]
[[p:Mehmet Yılmaz]] ({{r:jongerenwerker}}, {{o:Stichting Zebra}}): [[t:06 2284 1930]]
[[p:Liesbeth Winter]] ({{r:budgetcoach}}, {{o:Humanitas}}): [[e:liesbeth.winter@humanitas.nl]]
Welkom! Zij draaien vanaf juni mee in het MDO.""")

h("""Journaal
[[d:28-05-2024]] 09:30 — telefonisch — [[p:SeK]]: [[p:Hodan Farah]] belt namens haar broer. Hij is opgenomen in de kliniek van {{o:Parnassia}} ([[p:Abdi]] liet zich vrijwillig opnemen!). Zij beheert nu ook zijn huissleutel.
[[d:28-05-2024]] 11:10 — e-mail — [[p:SeK]]: {{r:bewindvoerder}} [[p:Yvonne de Groot]] ([[e:y.degroot@haagsbewind.nl]]) geïnformeerd; zij zorgt dat de huur doorbetaald wordt. Kantonrechter heeft bewind per [[d:9-4-2024]] uitgesproken, zaaknr. [[n:C/09/661203 BW]].""")

h("""Wie ben ik en wat doe ik? (kennismakingsbrief, {{w:Schilderswijk}})

Beste mevrouw [[p:Van der Linden]],

Ik ben [[p:Jolanda Vos]], {{r:MEE-consulent}} in het {{o:sociaal wijkzorgteam}} {{w:Schilderswijk}}. Uw {{r:huisarts}} vertelde dat u graag wat hulp wilt met uw zoon [[p:Jeffrey]]. Ik kom graag kennismaken op [[d:woensdag 5 juni]] om 10.00 uur bij u thuis ([[a:Delftselaan 71-2]]). Past dat niet? Bel of app mij: [[t:06-58822017]].

Hartelijke groet,
[[p:Jolanda]]""")

h("""Casus intervisie – [[p:Marjolein Dekker]]
Twee zussen, [[p:Tineke]] (82) en [[p:Joke de Haas]] (79), wonen samen in {{w:Mariahoeve}}. [[p:Tineke]] is dement en wordt 's nachts onrustig; [[p:Joke]] slaapt nauwelijks meer. [[p:Joke]] weigert opname van haar zus: 'Wij hebben elkaar beloofd samen oud te worden.' Er is geen andere familie. Huisarts dr. [[p:Brouwer]] maakt zich zorgen om [[p:Joke]]'s hart.
Waar ik mee worstel: de mantelzorger is eigenlijk de cliënt geworden. Wie is mijn cliënt?""")

h(
    """[[d:3 juni]] tel [[p:AvD]]. Mw. [[p:Okafor]] ([[p:Precious]]) terug op eigen adres. Ze heeft omgang met de kinderen 1x per 2 weken onder begeleiding van {{o:Jeugdbescherming West}}. Ze vraagt om hulp bij het vinden van werk. Ik verwijs naar {{o:Werkgeversservicepunt}}? Nee, eerst {{r:klantmanager}}. Klantnr. gemeente [[n:1.2024.55031]]."""
)

h("""Dag [[p:Fenna]],

Ik ben bij mw. [[p:De Wit]] geweest ([[d:do 6/6]]). Ze zat buiten op het bankje voor het huis, zonnetje. Gips is eraf, fysio via {{o:Fysio Scheveningen}} gestart. Geen alcohol gezien, fles stond wel in de kast (dicht). Ik sluit de wijkverpleging bij haar af, {{o:Florence}} blijft voor ADL.

Groet, [[p:Kees]]
PS: ik heb bij haar nummer [[t:070 354 19 28]] genoteerd, mobiel werkt niet meer.""")

h("""Eindverslag traject
Cliënt: [[p:Kwame Mensah]] ([[n:SWT-SW-2023-0731]])
Periode: [[d:14 november 2023]] – [[d:10 juni 2024]]
Betrokken: [[p:Thijs van Leeuwen]] ({{r:schuldhulpverlener}}), [[p:Esther van Dam]] ({{r:bewindvoerder}}), {{o:DUO}}, {{o:SVB}}.
Resultaat: toeslagen hersteld, {{o:DUO}}-vordering bleek vergissing (betrof andere [[p:Hope Mensah]]), AOW-gat in beeld. Dhr. is tevreden en 'kan weer slapen'. Bewind blijft. Afsluiting met dhr. besproken op [[d:7 juni]].""")

h(
    """[[d:11/06]] [[p:DK]] — HB bij [[p:Gerda Smit]], [[a:Leyweg 612]], [[pc:2545 GK]]. Samen met [[p:Sjoerd]] ({{r:wijkagent}}). [[p:Theo]] komt volgens [[p:Gerda]] niet meer; hij heeft een contactverbod sinds [[d:29 mei]]. Ze is opgelucht en tegelijk verdrietig. Huisdeur heeft nu een extra slot. Ze wil praten met iemand van {{o:Fier}}? Liever dichtbij: {{o:Stek}} in Den Haag. Ik regel het."""
)

h("""Notulen intervisie [[d:20-06-2024]]
Aanwezig: [[p:Noura]], [[p:Dewi]], [[p:Rajesh]], [[p:Kees]], [[p:Yusuf]] (gespreksleider)
Casus [[p:Rajesh]]: dhr. [[p:Al-Hamwi]] – afspraak: [[p:Rajesh]] plant bezoeken met een vaste structuur (eerst 15 min voor het verhaal van dhr., dan de Wmo).
Casus [[p:Kees]]: dhr. [[p:Prins]] – afgesproken om met de {{r:dierenarts}} samen te werken als 'ingang' (de hond is ook ziek). {{r:bemoeizorgverpleegkundige}} van de {{o:GGD}} gaat mee.
Volgende keer: [[d:18 juli]]. Inbreng: [[p:Marjolein]] en [[p:Fenna]].""")


h("""[[d:di 9 juli]] – [[p:Yusuf]] – teamapp
Guys, even iets anders: dhr. [[p:Yıldız]]'s kleinzoon [[p:Can]] (19) komt bij hem wonen na ruzie thuis. Can you check of dat gevolgen heeft voor de huurtoeslag van dhr.? Ik denk van wel, want [[p:Can]] heeft een bijbaan bij de Albert Heijn op de Haagse Markt. Kostendelersnorm speelt niet (AOW), maar toeslag wel. [[p:Can]] zelf is trouwens een topjongen, helpt opa met alles. Verwarming is eindelijk gemaakt btw, na 4 maanden. [[p:Bas]] heeft de bewonersavond op de [[d:14e]] gepland, ik ga mee. Görüşürüz!""")

h("""Intervisie – casus [[p:Florence Asamoah]] (ingebracht door [[p:Anouk van Dijk]], {{r:Wmo-adviseur}} {{w:Bouwlust}})
[[p:Florence]] (44) komt uit Ghana en woont met haar twee zonen op de [[a:Ambachtsgaarde 260]] in {{w:Bouwlust}}. Ze werkte tot vorig jaar als schoonmaker bij {{o:Florence}} (de thuiszorgorganisatie, toevallig dezelfde naam), tot ze uitviel met reuma. Ze vraagt een Wmo-voorziening aan voor huishoudelijke hulp, maar haar oudste zoon [[p:Kofi]] (20) woont thuis en wordt geacht 'gebruikelijke zorg' te leveren. [[p:Kofi]] studeert en werkt 's avonds. [[p:Florence]] zegt: 'In onze cultuur doet een zoon dit niet, en ik wil dat hij zijn studie afmaakt.'
Mijn vraag: hoe weeg ik de regels over gebruikelijke zorg tegen wat ik hier zie? En hoe voorkom ik dat ik mijn eigen beeld over 'hoe het hoort' meeneem?""")

h("""Aan {{r:huisarts}} [[p:K. Mahabier-Ramcharan]], huisartsenpraktijk aan de Johan de Wittlaan
Betreft: mw. [[p:Sevda Koç]], geb. [[d:1-2-1981]], [[a:Stevinstraat 61-I]], [[pc:2587 EL]]

Beste collega,
Mw. [[p:Koç]] heeft mij gevraagd u te schrijven, omdat zij het bij de vorige afspraak niet durfde te vertellen. Zij wordt sinds enkele maanden door haar ex-partner lastiggevallen via berichten en hij staat regelmatig bij de school van hun dochter [[p:Defne]]. Zij heeft aangifte gedaan op [[d:18 juni]] jl. (pv-nummer [[n:PL1500-2024187734]]). Zij slaapt slecht en heeft paniekaanvallen. Wij hebben met {{o:Veilig Thuis}} overlegd; er volgt geen onderzoek, wel advies.
Mevrouw stelt een gesprek met u over slaap en angst op prijs. Zij is bereikbaar op [[t:06-21908874]] (liever niet inspreken).
Met vriendelijke groet,
[[p:Fenna Bakker]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Scheveningen}}""")

h(
    """[[d:1 juli]] [[p:KH]] — HB dhr [[p:Prins]], [[a:Sportlaan 144]]. Met {{r:dierenarts}} [[p:Marleen Winter]] mee. De hond krijgt medicijnen, dhr. liet ons binnen 'voor de hond'. Daarna liet hij zelf de voet zien: wond ontstoken. Hij ging akkoord met verzorging 3x p/w, maar alleen door mij of [[p:Anouk]] (niet 'een vreemde'). Huisarts gebeld, komt [[d:do 4/7]] langs. Schoonmaakbedrijf via {{o:Wmo-loket}} aangevraagd, nr [[n:WMO/2024/07731]]. Winter is zijn grootste angst: 'dan vries ik hier dood'. Kachel checken in september."""
)

h("""Journaal [[d:15-07-2024]], [[p:IR]], telefonisch
Mw. [[p:Joke de Haas]] belt huilend. Haar zus [[p:Tineke]] is vannacht om 3 uur in nachtjapon op straat aangetroffen door een buurman ([[p:Jan Hoekstra]], [[a:Dr. Schaepmanstraat 18]]), hij heeft haar thuisgebracht. [[p:Joke]] kan niet meer. Zij gaat nu akkoord met crisisopvang in {{o:Saffier De Residentie Groep}}, via de {{r:casemanager dementie}}. [[p:Petra]] regelt het vandaag. Spoedindicatie {{o:CIZ}} aangevraagd, aanvraagnr. [[n:CIZ-24-0771902]]. Mw. [[p:De Haas]] wil dat ik morgen om 10.00 kom, telefoon thuis: [[t:070-3477128]]. Ik bel haar ook vanavond nog even.""")


# ---------------------------------------------------------------- small generator (under a third of the set)
import datetime

FEM = [
    "Fatima",
    "Yasmina",
    "Hatice",
    "Elif",
    "Sunita",
    "Chandra",
    "Marcia",
    "Sharon",
    "Djamila",
    "Kasia",
    "Dorota",
    "Velichka",
    "Andreea",
    "Ghazal",
    "Nour",
    "Luwam",
    "Ifrah",
    "Sahra",
    "Shabnam",
    "Xiu Ying",
    "Adwoa",
    "Ria",
    "Willeke",
    "Annie",
    "Jopie",
    "Dunya",
    "Ilse",
    "Marga",
    "Chantal",
    "Rowena",
    "Sevda",
    "Fadma",
]
MAS = [
    "Mohamed",
    "Bilal",
    "Osman",
    "Burak",
    "Radjesh",
    "Vikash",
    "Clyde",
    "Romano",
    "Ailton",
    "Edson",
    "Tomasz",
    "Krasimir",
    "Georgi",
    "Florin",
    "Ahmad",
    "Kidane",
    "Mebrahtu",
    "Liban",
    "Mirwais",
    "Jun",
    "Kwabena",
    "Yaw",
    "Henk",
    "Gerrit",
    "Cor",
    "Rachid",
    "Winston",
    "Ton",
    "Jeroen",
    "Arjen",
    "Dragan",
]
LAST = [
    "El Amrani",
    "Bouhali",
    "Oukili",
    "Demirci",
    "Öztürk",
    "Şahin",
    "Mahabier",
    "Ramlal",
    "Bihari",
    "Sitaram",
    "Kromodimedjo",
    "Doelwijt",
    "Brunings",
    "Rosario",
    "Semedo",
    "Gomes Varela",
    "Nowak",
    "Zieliński",
    "Georgiev",
    "Petrova",
    "Constantin",
    "Dumitru",
    "Al-Khatib",
    "Hamdan",
    "Tesfamariam",
    "Weldemichael",
    "Abdullahi",
    "Rahimi",
    "Sultani",
    "Wu",
    "Huang",
    "Owusu",
    "Boateng",
    "Ansah",
    "Jansen",
    "Koster",
    "Visser",
    "Mol",
    "Groen",
    "Vos",
    "Smit",
    "van Rijn",
    "de Graaf",
    "van der Meer",
    "Bakker",
    "Verhoeven",
    "Hoogeveen",
    "Dekker",
    "Kerkhof",
    "Baas",
]
PROFS = [
    ("Marloes de Bruijn", "MdB", "maatschappelijk werker", "Transvaal"),
    ("Kees Hoogland", "KH", "wijkverpleegkundige", "Loosduinen"),
    ("Yusuf Demir", "YD", "welzijnscoach", "Schilderswijk"),
    ("Samira el Khatib", "SeK", "casusregisseur", "Moerwijk"),
    ("Ingrid Roos", "IR", "ouderenconsulent", "Mariahoeve"),
    ("Rajesh Ramsaran", "RR", "Wmo-adviseur", "Bouwlust"),
    ("Thijs van Leeuwen", "TvL", "schuldhulpverlener", "Ypenburg"),
    ("Fenna Bakker", "FB", "maatschappelijk werker", "Scheveningen"),
    ("Noura Amrani", "NA", "casusregisseur", "Centrum"),
    ("Anouk van Dijk", "AvD", "Wmo-adviseur", "Bouwlust"),
]
STREETS = {
    "Transvaal": [
        ("Paul Krugerlaan", "2571"),
        ("Kempstraat", "2572"),
        ("Pretoriusstraat", "2571"),
        ("Transvaalkade", "2572"),
    ],
    "Loosduinen": [
        ("Loosduinse Hoofdstraat", "2552"),
        ("Margaretha van Hennebergweg", "2552"),
        ("Ockenburghstraat", "2553"),
    ],
    "Schilderswijk": [
        ("Hoefkade", "2526"),
        ("Vaillantlaan", "2525"),
        ("Van Ostadestraat", "2525"),
        ("Jan Steenstraat", "2525"),
    ],
    "Moerwijk": [
        ("Moerweg", "2533"),
        ("Zuiderparklaan", "2532"),
        ("Twentstraat", "2533"),
        ("Leyweg", "2545"),
    ],
    "Mariahoeve": [
        ("Kastelenring", "2591"),
        ("Schenkkade", "2595"),
        ("Dr. Schaepmanstraat", "2593"),
    ],
    "Bouwlust": [("Dedemsvaartweg", "2545"), ("Steenwijklaan", "2541"), ("Hengelolaan", "2544")],
    "Ypenburg": [
        ("Laan van Hoornwijck", "2497"),
        ("Dirk Hoogenraadstraat", "2497"),
        ("Brasserskade", "2497"),
    ],
    "Scheveningen": [
        ("Keizerstraat", "2584"),
        ("Badhuisstraat", "2584"),
        ("Tesselsestraat", "2583"),
        ("Stevinstraat", "2587"),
    ],
    "Centrum": [
        ("Prinsegracht", "2512"),
        ("Wagenstraat", "2512"),
        ("Spui", "2511"),
        ("Stationsweg", "2515"),
    ],
}
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAY2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
RELS_F = ["dochter", "buurvrouw", "zus", "nicht", "kleindochter", "schoonzus", "vriendin"]
RELS_M = ["zoon", "buurman", "broer", "neef", "kleinzoon", "zwager", "vriend"]


def bsn_valid(x):
    d = [int(c) for c in x if c.isdigit()]
    if len(d) != 9 or len(re.sub(r"[ .]", "", x)) != 9:
        return False
    return (sum(v * w for v, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_valid(x):
    x = x.replace(" ", "").upper()
    r = x[4:] + x[:4]
    return len(x) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self, fem=None):
        fem = self.r.random() < 0.5 if fem is None else fem
        return self.pick(FEM if fem else MAS), self.pick(LAST), fem

    def fmt_date(self, dt, style):
        d, m, y, wd = dt.day, dt.month, dt.year, dt.weekday()
        forms = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON3[m - 1]}",
            f"{DAY2[wd]} {d}/{m}",
            f"{DAYS[wd]} {d} {MONTHS[m - 1]}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-'{y % 100:02d}",
            f"{d} {MONTHS[m - 1]}",
            f"{d}-{m}",
        ]
        return forms[style]

    def base_date(self):
        return datetime.date(
            self.pick([2023, 2024, 2024]), self.r.randint(1, 11), self.r.randint(1, 28)
        )

    def birth(self):
        r = self.r
        dt = datetime.date(r.randint(1938, 2002), r.randint(1, 12), r.randint(1, 28))
        return self.pick(
            [
                f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
                f"{dt.day}-{dt.month}-{dt.year}",
                f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}",
                f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
            ]
        )

    def phone(self, mobile=None):
        r = self.r
        mobile = r.random() < 0.7 if mobile is None else mobile
        if mobile:
            n = str(r.randint(1, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
            return self.pick(
                [
                    f"06-{n}",
                    f"06 {n[:4]} {n[4:]}",
                    f"06{n}",
                    f"+31 6 {n}",
                    f"+316 {n[:4]} {n[4:]}",
                    f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"06 - {n}",
                ]
            )
        n = str(r.randint(3, 4)) + "".join(str(r.randint(0, 9)) for _ in range(6))
        return self.pick(
            [
                f"070-{n}",
                f"070 {n[:3]} {n[3:]}",
                f"(070) {n[:3]} {n[3:5]} {n[5:]}",
                f"+31 70 {n[:3]} {n[3:]}",
                f"070-{n[:3]} {n[3:5]} {n[5:]}",
            ]
        )

    def postcode(self, pre):
        letters = "ABCEGHJKLMNPRTVWXZ"
        pc = pre + " " + self.pick(letters) + self.pick(letters)
        return pc if self.r.random() < 0.7 else pc.replace(" ", "")

    def address(self, wijk):
        street, pre = self.pick(STREETS[wijk])
        num = str(self.r.randint(1, 420))
        suf = self.pick(
            ["", "", "", "-hs", "-II", "B", "A", " bis", "-1", "-3", " hs", "-B", "-III"]
        )
        return street + " " + num + suf, pre

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(v * w for v, w in zip(d, range(9, 1, -1)))
            c = [k for k in range(10) if (s - k) % 11 == 0]
            if c:
                x = "".join(map(str, d)) + str(c[0])
                break
        return self.pick([x, f"{x[:4]}.{x[4:6]}.{x[6:]}", f"{x[:3]} {x[3:6]} {x[6:]}", x])

    def iban(self):
        r = self.r
        bank = self.pick(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
        x = "NL%02d%s%s" % (98 - int(num) % 97, bank, acct)
        if r.random() < 0.5:
            x = " ".join(x[i : i + 4] for i in range(0, len(x), 4))
        return x

    def dossier(self):
        r = self.r
        return self.pick(
            [
                f"2024-{r.randint(100, 99999):05d}",
                f"SWT-{self.pick(['TV', 'MW', 'LD', 'SW', 'YP', 'BL', 'MH', 'SV', 'CE'])}-{r.randint(1, 999):03d}",
                f"#{r.randint(10000, 99999)}",
                f"ZK{r.randint(100000, 999999)}",
                f"Z/24/{r.randint(1000, 99999)}",
                f"CL-{r.randint(1000, 9999)}-{self.pick('ABCDEFGH')}",
                f"{r.randint(1000000, 9999999)}",
            ]
        )

    def email(self, first, last):
        tr = str.maketrans({"ö": "o", "ş": "s", "ń": "n", "ü": "u", "-": "", " ": ""})
        f, l = first.lower().translate(tr), last.lower().translate(tr)
        user = self.pick(
            [
                f"{f}.{l}",
                f"{f[0]}{l}{self.r.randint(1, 99)}",
                f"{f}{self.r.randint(60, 99)}",
                f"{l}.{f[0]}",
                f"{f}_{l}",
            ]
        )
        return (
            user
            + "@"
            + self.pick(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "live.nl",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "casema.nl",
                ]
            )
        )


ISSUES = [
    "huurachterstand bij {{o:%s}} van ruim € %d" % (o, a)
    for o, a in (("Staedion", 1400), ("HaagWonen", 2250), ("Vestia", 890))
] + [
    "brief van het {{o:CAK}} over de eigen bijdrage niet begrepen",
    "geen geld meer voor boodschappen deze week",
    "voelt zich erg eenzaam sinds het overlijden van de partner",
    "conflict met de bovenburen over geluid, al maanden",
    "stress door schulden, slaapt slecht en eet weinig",
    "valt vaak, loopt slecht met de rollator",
    "zoon blowt veel en is 's nachts weg",
    "energie wordt afgesloten als er niet voor vrijdag betaald wordt",
    "wil graag vrijwilligerswerk doen maar weet niet waar te beginnen",
    "vraagt om hulp bij DigiD en de toeslagen",
    "schimmel in de slaapkamer, kinderen hoesten al weken",
    "uitkering is stopgezet na een gemiste afspraak bij {{o:UWV}}",
]
ACTIONS = [
    "Aanmelding bij de {{o:Voedselbank Haaglanden}} gedaan.",
    "Doorverwezen naar het {{o:Wmo-loket}}.",
    "Afgesproken dat ik de {{r:huisarts}} informeer (toestemming gekregen).",
    "Bespreken in het MDO van donderdag.",
    "Koffieochtend bij {{o:Stichting Mooi}} voorgesteld, twijfelt nog.",
    "Betalingsregeling aangevraagd, € 50 per maand.",
    "{{r:budgetcoach}} van {{o:Humanitas}} gevraagd om mee te kijken.",
    "Volgende week terugbellen, eerst stukken opvragen.",
    "Samen met de {{r:wijkverpleegkundige}} een huisbezoek plannen.",
]


def gen_text(g, k):
    prof, ini, role, wijk = g.pick(PROFS)
    pf = prof.split()[0]
    cf, cl, cfem = g.person()
    title = g.pick(["mw.", "mevr.", "mevrouw", "mw"] if cfem else ["dhr.", "meneer", "dhr"])
    rf, rl, rfem = g.person()
    relw = g.pick(RELS_F if rfem else RELS_M)
    addr, pre = g.address(wijk)
    art = "aan" if addr.startswith(("Het ", "Laan ", "Spui")) else "op de"
    base = g.base_date()
    later = lambda n: base + datetime.timedelta(days=n)
    kind = k % 6
    if kind == 0:  # contact journal, several lines
        lines, day = [], 0
        style = g.pick([0, 6, 7, 10])
        for j in range(g.r.randint(3, 4)):
            dt = later(day)
            day += g.r.randint(1, 9)
            t = f"{g.r.randint(8, 17):02d}:{g.pick(['00', '05', '15', '30', '45', '50'])}"
            typ = g.pick(["tel", "HB", "mail", "Telefonisch", "Huisbezoek", "Overleg", "Spreekuur"])
            body = g.pick(
                [
                    f"{title.capitalize()} [[p:{cl}]] gesproken: {g.pick(ISSUES)}. {g.pick(ACTIONS)}",
                    f"{relw.capitalize()} [[p:{rf}]] belt namens {title} [[p:{cl}]]; maakt zich zorgen, {g.pick(ISSUES)}. Terugbellen op [[t:{g.phone()}]].",
                    f"No show. Briefje in de bus gedaan {art} [[a:{addr}]], nieuwe afspraak voorgesteld voor [[d:{g.fmt_date(later(day + 3), 5)}]].",
                    f"Overleg met {{{{r:{g.pick(['wijkverpleegkundige', 'huisarts', 'Wmo-adviseur', 'bewindvoerder', 'POH-GGZ'])}}}}} [[p:{g.pick(FEM + MAS)} {g.pick(LAST)}]] over [[p:{cf}]]. {g.pick(ACTIONS)}",
                    f"Mail gestuurd naar [[e:{g.email(cf, cl)}]] met het aanvraagformulier en de machtiging.",
                ]
            )
            lines.append(f"[[d:{g.fmt_date(dt, style)}]] {t} | {typ} | [[p:{ini}]]\n{body}")
        return "\n".join(lines)
    if kind == 1:  # phone note
        return (
            f"Telefoonnotitie [[d:{g.fmt_date(base, g.pick([5, 2, 0]))}]], {g.r.randint(9, 16)}.{g.pick(['00', '15', '40'])} uur\n"
            f"Beller: [[p:{rf} {rl}]] ({relw} van {title} [[p:{cf} {cl}]], {g.r.randint(24, 91)} jaar)\n"
            f"Tel. beller: [[t:{g.phone()}]]; tel. cliënt: [[t:{g.phone()}]]\n"
            f"Onderwerp: {g.pick(ISSUES)}. [[p:{cf}]] wil zelf niet bellen, schaamt zich. Woont {art} [[a:{addr}]] in {{{{w:{wijk}}}}}. "
            f"{g.pick(ACTIONS)} Afgesproken dat ik [[d:{g.fmt_date(later(g.r.randint(2, 6)), g.pick([4, 5, 1]))}]] langskom.\n"
            f"Genoteerd door: [[p:{prof}]], {{{{r:{role}}}}}"
        )
    if kind == 2:  # zorgmelding form
        return (
            f"Zorgmelding {{{{w:{wijk}}}}} – [[d:{g.fmt_date(base, g.pick([0, 2, 8]))}]]\n"
            f"Betreft: [[p:{cf} {cl}]], geb. [[d:{g.birth()}]]\n"
            f"Adres: [[a:{addr}]], [[pc:{g.postcode(pre)}]] Den Haag\n"
            f"Melder: {relw} ([[p:{rl}]], [[t:{g.phone()}]])\n"
            f"Zorg: {g.pick(ISSUES)}. Melder maakt zich al weken zorgen en heeft de {{{{r:wijkagent}}}} ook ingelicht. "
            f"Eerder contact met {{{{o:{g.pick(['GGD', 'Parnassia', 'Leger des Heils', 'Wmo-loket'])}}}}} in 2022.\n"
            f"Registratienr. [[n:{g.dossier()}]]. Behandelaar: [[p:{ini}]], eerste huisbezoek gepland op [[d:{g.fmt_date(later(3), g.pick([5, 4, 0]))}]]."
        )
    if kind == 3:  # plan van aanpak fragment
        return (
            f"Plan van aanpak [[p:{cf} {cl}]] ([[n:{g.dossier()}]]) – leefgebied financiën\n"
            f"Adres: [[a:{addr}]], [[pc:{g.postcode(pre)}]]. BSN: [[b:{g.bsn()}]].\n"
            f"Situatie: {g.pick(ISSUES)}. Inkomen: bijstand, rekening [[i:{g.iban()}]]. Geen {{{{r:bewindvoerder}}}}.\n"
            f"Doel: binnen 3 maanden overzicht in de post en geen nieuwe schulden.\n"
            f"Acties: [[p:{cf}]] verzamelt alle brieven in één map; [[p:{pf}]] ({{{{r:{role}}}}}) meldt aan bij {{{{o:schuldhulpverlening}}}} vóór [[d:{g.fmt_date(later(14), g.pick([3, 9, 1]))}]].\n"
            f"Evaluatie: [[d:{g.fmt_date(later(90), g.pick([0, 2]))}]], samen met {relw} [[p:{rf}]]."
        )
    if kind == 4:  # note to bewindvoerder
        bf, bl, _ = g.person()
        return (
            f"Aan: {{{{r:bewindvoerder}}}} [[p:{bf[0]}. {bl}]]\n"
            f"Datum: [[d:{g.fmt_date(base, g.pick([0, 2, 6]))}]]\n"
            f"Betreft: {title} [[p:{cf} {cl}]], BSN [[b:{g.bsn()}]], [[a:{addr}]] ({{{{w:{wijk}}}}})\n"
            f"{title.capitalize()} [[p:{cl}]] meldt: {g.pick(ISSUES)}. Volgens cliënt is het leefgeld deze maand niet op [[i:{g.iban()}]] gestort. "
            f"Graag uw reactie vóór [[d:{g.fmt_date(later(7), g.pick([5, 3]))}]].\n"
            f"Groet, [[p:{prof}]], {{{{r:{role}}}}} ([[e:{pf.lower()}.{prof.split()[-1].lower()}@swt-denhaag.nl]], [[t:{g.phone(True)}]])"
        )
    # quick lower-case note
    return (
        f"[[d:{g.fmt_date(base, g.pick([1, 3, 9, 10]))}]] [[p:{ini.lower()}]] hb {title.rstrip('.')} [[p:{cl.lower()}]], [[a:{addr.lower()}]]. "
        f"{g.pick(ISSUES)}. {relw} [[p:{rf.lower()}]] was er ook, die regelt de boodschappen. "
        f"nw tel cl [[t:{g.phone()}]], oude nr werkt niet meer. {g.pick(ACTIONS).lower()} "
        f"vervolg [[d:{g.fmt_date(later(7), g.pick([1, 4]))}]]."
    )


# ---------------------------------------------------------------- build
TAG = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def strip(marked):
    out, pii, keep, pos = [], [], [], 0
    last = 0
    for m in TAG.finditer(marked):
        out.append(marked[last : m.start()])
        pos += len(marked[last : m.start()])
        if m.group(1):
            code, span, target, lab = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, lab = m.group(3), m.group(4), keep, KEEP
        assert code in lab, (code, marked[:60])
        target.append({"start": pos, "end": pos + len(span), "label": lab[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text[
        :80
    ]
    return text, pii, keep


def build():
    g = Gen(4242)
    marked = list(HAND) + [gen_text(g, k) for k in range(N_GEN)]
    rows = []
    for i, m in enumerate(marked):
        text, pii, keep = strip(m)
        rows.append({"id": "ho42-%04d" % i, "text": text, "pii": pii, "keep": keep})
    # verification
    for row in rows:
        spans = sorted(row["pii"] + row["keep"], key=lambda s: s["start"])
        for s in spans:
            assert row["text"][s["start"] : s["end"]] == s["text"], (row["id"], s)
            assert s["text"] == s["text"].strip(), (row["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (row["id"], a, b)
        assert row["pii"], row["id"]
        for s in row["pii"]:
            if s["label"] == "bsn":
                assert bsn_valid(s["text"]), s
            if s["label"] == "iban":
                assert iban_valid(s["text"]), s
    return rows


N_GEN = 35

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout42.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(
        "texts",
        len(rows),
        "hand",
        len(HAND),
        "generated",
        N_GEN,
        "avg words",
        round(words / len(rows), 1),
    )
    print(
        "pii",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share",
        round(pc["person"] / sum(pc.values()), 3),
    )
    print("keep", dict(kc))
