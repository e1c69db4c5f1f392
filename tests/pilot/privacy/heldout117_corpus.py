#!/usr/bin/env python3
"""Held-out corpus 117: live discussion-thread messages on the platform, posted under
case lessons, themes and sessions (short replies, questions, @mentions, quoted earlier
messages, links, emoji, "edit:" corrections, accidental pastes of client details and the
warnings that follow, moderators' notes; lazy typing, lower case, abbreviations such as
wzt, mw, dhr, cl, ivm, zsm; Dutch mixed with a little English).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout117.jsonl next to itself.
About one text in ten has no personal data at all (look-alikes only).
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

# Numbers deliberately typed wrongly (fail the 11-check / mod-97): still personal data.
TYPO_NUMBERS = {"32236286", "NL64RABO7423385941", "990 035 565", "561 266 696"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Replies under case lessons
# ---------------------------------------------------------------------------
add(r"""
mooie les! heel herkenbaar vanuit {{w:Moerwijk}}, wij hadden precies zo'n meneer die alleen opendeed voor de postbode 😅
=====
@[[p:Sanne]] hoe kregen jullie de {{r:huisarts}} zover dat ie meeging op huisbezoek? bij ons lukt dat echt nooit
=====
> wat werkte was dat de buurvrouw de eerste stap zette

idd. informele zorg wordt zo ondergewaardeerd in dit soort casussen. bij ons in {{w:Bouwlust}} precies hetzelfde
gr [[p:Koen]] ({{r:welzijnscoach}})
=====
edit: er stond per ongeluk een naam in mijn vorige bericht, heb ik weggehaald. sorry allemaal 🙈
=====
[[p:Mirella]] schreef:
> bij ons ging dat via de {{r:POH-GGZ}}

bij ons ook, maar die zit vol tot na de zomer. iemand een alternatief? {{o:Parnassia}} heeft toch ook zo'n inloop?
=====
Reactie op casusles ‘Mevrouw met de veertien katten’ · thema bemoeizorg

wij hebben in zo'n geval de {{o:Dierenambulance}} en {{o:GGD Haaglanden}} tegelijk ingeschakeld, scheelde een hoop gedoe. vraag maar aan [[p:Hanan Ziani]] uit ons team, die heeft dat toen gecoördineerd
=====
kan iemand meedenken? cl is mw [[p:van der Veen]], [[a:Soestdijksekade 512]], zit sinds [[d:3 jan]] zonder inkomen omdat de {{o:SVB}} haar AOW heeft stopgezet (verhuizing naar het buitenland zou zijn doorgegeven, klopt niet). wie heeft een direct lijntje met de SVB?
edit: shit, adres laten staan. kan iemand van de moderatie dat weghalen? 🙏
=====
@[[p:Fleur Dekker]] kun je de link naar dat stroomschema nog een keer delen? ik kan m niet vinden onder Bestanden
=====
https://samenwerken.denhaag.nl/bibliotheek/stroomschema-bemoeizorg-v3.pdf
staat hier, versie 3 van maart. blz 4 is het belangrijkste stuk 👍
=====
dank [[p:Jolanda]]!! ❤️
=====
Ik mis in deze les eigenlijk hoe de {{r:casusregisseur}} de regie hield toen {{o:Veilig Thuis}} instapte. Was dat [[p:Bert]] of [[p:Ilona]] bij jullie? Zou graag even bellen, m'n nummer staat in mijn profiel.
=====
+1 voor het punt van [[p:ikram]] over tolken. wij bellen steeds vaker de telefonische tolkdienst tijdens het huisbezoek, werkt prima en kost minder tijd dan je denkt
=====
wanneer was die casusbespreking ook alweer? [[d:do 11 april]] of de week erna? wil [[p:Gülsüm]] van {{o:Xtra}} erbij vragen
=====
> meneer werd op [[d:12 maart]] uit huis gezet

klopt dat wel? ik dacht dat het vonnis was opgeschort nadat de {{r:bewindvoerder}} de achterstand had betaald. of haal ik twee casussen door elkaar
=====
Sterke les, dank voor het delen. Twee vragen:
1. hoe lang heeft het geduurd voordat er een {{r:bewindvoerder}} was? bij ons in {{w:Laak}} is de wachttijd bij de rechtbank nu zo'n 10 weken
2. heeft de {{o:Kredietbank}} de intake thuis gedaan of moest cl naar kantoor?
gr [[p:Ahmet Kaplan]], {{r:schuldhulpverlener}}
=====
@[[p:Ahmet Kaplan]] 1) ca 8 wk 2) thuis, dat was de doorbraak eigenlijk. [[p:Marloes]] van de kredietbank deed dat op verzoek, niet standaard dus
=====
ah top, dan ga ik [[p:Marloes]] ook eens mailen. heb je haar mailadres? of is het gewoon de algemene
=====
[[e:m.schipper@kredietbankdenhaag.nl]] maar zeg even dat je via mij komt 😉
=====
wzt {{w:Mariahoeve}} hier: wij werken sinds kort met een vaste {{r:casemanager dementie}} in het overleg en dat scheelt echt. zonder namen te noemen: de mevrouw uit deze les had bij ons veel eerder in beeld kunnen zijn
gr [[p:Loes]]
=====
haha [[p:Dewi]] je typt sneller dan ik denk 😂 maar ja, eens
=====
@[[p:Patricia Doelwijt]] ivm privacy: zou de auteur de leeftijd van de zoon kunnen weghalen? in combi met de wijk en de straat is het best herleidbaar. (de leeftijd zelf mag wel, maar samen met "woont boven de snackbar op de Hoefkade" ...)
=====
klopt, aangepast. thx [[p:Wendy]] 👍
=====
@[[p:Patricia]] wat een verhaal zeg. en dan zeggen ze dat het systeem werkt 🙄
=====
> De zoon wilde geen contact met de hulpverlening
Dit zien wij ook vaak bij Turkse families, de schaamte is groot. Wat bij ons hielp: een {{r:sleutelfiguur}} uit de moskee. In {{w:Transvaal}} is dat sinds vorig jaar [[p:Hüsnü]] (via {{o:Stichting MOOI}}), echt een aanrader om contact mee te leggen.
=====
hoi, ik ben [[p:Rafaela Monteiro]], nieuw in wzt {{w:Zuiderpark}}. las deze les vanochtend in de trein en heb dezelfde cl-situatie (ex-gedetineerde, geen briefadres). mag ik de auteur een dm sturen?
=====
@[[p:Rafaela Monteiro]] welkom! ja tuurlijk, stuur maar. of bel me op [[t:06 39 41 07 82]], ben er ma t/m do
=====
ik zou dat 06 even weghalen [[p:Tim]], deze draad is voor alle 24 teams zichtbaar 😬 stuur het in een dm
=====
ai ja, goeie. thx [[p:Noor]]. edit: nummer verwijderd
=====
Vraagje nav deze les: mogen wij als {{r:Wmo-adviseur}} eigenlijk meekijken in het dossier van {{o:Veilig Thuis}}? Bij ons zegt de {{r:privacyfunctionaris}} van niet, maar in {{w:Escamp}} doen ze het wel? [[p:Anke]]
=====
@[[p:Sevda]] nee, niet rechtstreeks. alleen wat VT met toestemming deelt of wat nodig is voor jouw taak. zie de werkinstructie: https://intranet.denhaag.nl/swt/privacy/werkinstructie-vt-delen (art. 5.2). in {{w:Escamp}} doen ze het volgens mij ook niet, dat is een misverstand
=====
mooi geschreven [[p:Patricia]]. vooral het stukje over wachten tot de client zelf de vraag stelt. dat vergeten we vaak in de haast
=====
wie was ook alweer de {{r:wijkagent}} in dit verhaal? ik ken in {{w:Spoorwijk}} alleen [[p:Van Rijn]] en die is met pensioen volgens mij
=====
@[[p:karim]] nee dat is [[p:Jeroen Storm]] nu, sinds jan. prima vent, reageert snel op mail
=====
les gelezen, gedeeld in ons teamoverleg van vanochtend. de {{r:jongerenwerker}} van {{o:Jongerenwerk Den Haag}} wil graag aansluiten bij de volgende sessie 💪 – [[p:Bilal]]
=====
Correctie op mijn bericht van gisteren: het was niet de {{o:GGD}} maar het {{o:Centrum voor Dienstverlening}} dat de briefadres-aanvraag deed. [[p:Mustapha]], jij had gelijk
=====
@[[p:Ronny Tahapary]] jij had toch ook zo'n casus met een Molukse oudere die de thuiszorg weigerde? misschien kun je die als les schrijven, past perfect bij thema ouderen
=====
haha [[p:Daan]] ik wist dat je dat ging vragen 😅 staat op m'n lijstje. eerst toestemming van de familie, die heb ik nog niet
=====
Goede les, maar klein punt: in alinea 3 staat "mw [[p:B.]]" en verderop "[[p:Bouchra]]". Dat tweede moet er nog uit denk ik? Anders is het alsnog herleidbaar in de wijk.
=====
oh wow, overheen gekeken. ik pas het aan, [[p:Lotte]] thx
=====
@[[p:Gert Smit]] waarom duurde het zo lang voor er een indicatie was? 11 weken voor een {{o:CIZ}}-besluit is toch absurd
=====
@[[p:Yara]] ligt niet aan het {{o:CIZ}} zelf hoor, de aanvraag was incompleet. het medisch verslag van de {{r:specialist ouderengeneeskunde}} ontbrak. les voor ons: checklist vooraf!
=====
Ter info: ik heb deze casus ook besproken in het MDO van [[d:dinsdag 7 mei]] met dr. [[p:Brouwer]] erbij, die was het met de aanpak eens
=====
dr [[p:Brouwer]] = {{r:huisarts}} in {{w:Rustenburg}} toch? die is echt goed in samenwerken
=====
ja klopt. praktijk aan de Beeklaan
=====
Ik schrik een beetje van deze les, want volgens mij ken ik deze mevrouw (we hebben haar in 2022 gehad voor ze verhuisde). Kan de auteur mij even bellen? [[t:070 752 18 43]] (direct), vraag naar [[p:Nicole Verbeek]]
=====
even een check: mogen we in lessen eigenlijk wel de naam van de school noemen? hier staat "{{o:De Vuurvogel}}" en in de wijk is dat natuurlijk maar 1 school...
=====
@moderatie ^ zou goed zijn als jullie daar een richtlijn voor maken
=====
👏👏 voor [[p:Sherida]] en team. dit is waarom we dit werk doen
=====
ik vond de les wat aan de korte kant. hoe ging het na [[d:1 juni]]? is meneer nog steeds clean? {{o:Brijder}} zou toch nog een vervolgtraject doen
=====
> is meneer nog steeds clean?
ken de casus niet maar wil er wel even op wijzen dat we geen info over individuele cliënten in de reacties moeten vragen. kan beter via de auteur 1-op-1
[[p:Thijs Kramer]], {{r:teamleider}}
=====
fair point [[p:Thijs]]. sorry
=====
In de les staat dat de {{r:ouderenconsulent}} 3x op huisbezoek ging voordat mw opendeed. Bij ons in {{w:Loosduinen}} zou dat door de caseload nooit lukken. Hoeveel casussen hebben jullie per fte? Wij zitten op 28 😩
[[p:Cynthia Fraenk]]
=====
@[[p:Cynthia]] 22 per fte in {{w:Haagse Hout}}. nog steeds te veel maar het scheelt
=====
herkenbaar!! wij zien dat ook in {{w:Groente- en Fruitmarkt}}. de zoon regelt alles maar woont in Breda. [[p:Radostina]] hier heeft daar een mooie aanpak voor met videobellen, misschien kan ze 't toelichten?
=====
@[[p:Sanne]] @[[p:Wendy]] @[[p:Koen]] jullie wilden allemaal de checklist: https://samenwerken.denhaag.nl/les/2207#bijlagen (onderaan, pdf 2 pagina's)
""")

# ---------------------------------------------------------------------------
# 2. Theme threads (ouderen, jeugd, huiselijk geweld, bemoeizorg, schulden ...)
# ---------------------------------------------------------------------------
add(r"""
Thema ouderen · nieuwe draad · door [[p:Ellen Kok]]
weet iemand of de {{o:Haagse Ouderenbond}} nog huisbezoeken doet? krijg wisselende verhalen
=====
@[[p:Ellen]] ja, via de {{r:ouderenadviseur}} van {{o:Voor Welzijn}}. wij melden aan via het formulier, duurt ongeveer 2 weken
=====
@[[p:Merel Hoek]] in {{w:Segbroek}} loopt dat via {{o:Welzijn Scheveningen}} volgens mij, niet via ons
=====
nee [[p:Merel]], sinds 2024 is dat {{o:Zebra Welzijn}} geworden voor {{w:Segbroek}} 😉
=====
Thema jeugd → 18-/18+

Vraag aan de groep: hoe regelen jullie de overdracht als een jongere 18 wordt en de jeugdhulp stopt? Wij hebben nu een meid (17, wordt 18 op [[d:2 augustus]]) waarbij {{o:Jeugdbescherming west}} er uit gaat en er nog helemaal niks geregeld is voor daarna. Wie heeft een goed format voor een toekomstplan?
=====
> wordt 18 op [[d:2 augustus]]
[[p:Esra]], ik zou de geboortedatum even weglaten, in combi met "meid uit {{w:Transvaal}} bij {{o:JBw}}" is ze snel te vinden. verder: we hebben een format, stuur ik je via dm
=====
oké thnx [[p:Romy]], past ik aan. (kan iemand me vertellen hoe je een bericht bewerkt in de app? zie de knop niet)
=====
@[[p:Esra]] drie puntjes rechtsboven bij je bericht → bewerken. op de telefoon lang drukken
=====
Thema huiselijk geweld

Even een signaal: het {{o:Steunpunt Huiselijk Geweld}} heeft een nieuw telefoonnummer voor professionals. Het algemene nummer blijft 0800-2000 ({{o:Veilig Thuis}}), dat is voor iedereen, 24/7. Folders liggen in het {{o:Servicepunt XL}} {{w:Escamp}}, kamer 1.08.
=====
@[[p:Samira Bennani]] heb je het nieuwe nummer ook? dan zet ik het in onze sociale kaart
=====
@[[p:Jelle]] is een algemeen nummer, ik zet het in de bijlage bij de sociale kaart (pagina 12). geen 06 van een collega dus geen zorgen 😉
=====
hoe gaan jullie om met mannen die zelf slachtoffer zijn? wij hebben nu dhr. (ja, man) die door zijn vrouw wordt geslagen en hij schaamt zich dood. er is bijna niks voor mannen in de opvang
[[p:Luuk]]
=====
{{o:Blijf Groep}} heeft sinds kort 4 plekken voor mannen in de regio. en {{o:Fier}} doet ambulante hulp. ik kan je in contact brengen met [[p:Hendrik-Jan]] daar, mail [[e:hj.post@fier.nl]]
=====
dankjewel [[p:Brahim]], ga ik doen
=====
Thema bemoeizorg
Kort verslag van ons overleg met {{o:GGD Haaglanden}} team Vangnet & Advies. Afspraken:
- melden via het webformulier, niet meer per mail
- bij acute situaties: bellen met het algemene nummer van de GGD, niet met de 06 van de {{r:sociaal psychiatrisch verpleegkundige}}
- terugkoppeling binnen 5 werkdagen
vragen? @[[p:Fatih Şahin]] of ik
gr [[p:Dorien]]
=====
Hoi allen, vraag vanuit thema bemoeizorg: hoe vaak gaan jullie langs bij iemand die niet opendoet voor je het als "niet bereikbaar" afsluit? wij hanteren 3x + brief, maar ik twijfel of dat genoeg is
gr [[p:Stefan]]
=====
@[[p:Stefan]] wij nooit afsluiten zolang er signalen zijn. wel registreren hoe vaak. in {{w:Vrederust}} hebben we iemand pas na 11 (!) pogingen gesproken en toen bleek ze al maanden geen stroom te hebben
=====
> pas na 11 (!) pogingen
respect [[p:Wouter]] 💪 dat is bemoeizorg in een notendop
=====
kan iemand me uitleggen wat het verschil is tussen {{o:Veilig Thuis}} en het {{o:Zorg- en Veiligheidshuis}}? ben nieuw ({{r:MEE-consulent}}, sinds 2 wk in {{w:Laak}}) [[p:Joëlle]]
=====
VT = advies & melding bij huiselijk geweld/kindermishandeling. ZVH = ketenoverleg bij complexe casussen waar zorg + straf samenkomen (bv. veelplegers, radicalisering). wij melden bij VT, het ZVH schuift aan als het justitieel wordt. welkom btw [[p:Joëlle]]!
=====
Thema schulden & armoede

Heads up: de {{o:Voedselbank Haaglanden}} heeft vanaf juli een nieuwe uitgiftelocatie in {{w:Moerwijk}} (Zuidlarenstraat, bij het wijkcentrum). Verwijsbrief blijft nodig. Normbedrag leefgeld 2024: € 295 p.p. per maand na vaste lasten, + € 95 per extra gezinslid.
— [[p:Jeanine]], {{o:Voedselbank Haaglanden}}
=====
@[[p:mei ling]] weet jij of de Chinese gemeenschap daar ook gebruik van maakt? wij zien het bijna nooit in onze cijfers
=====
weinig. schaamte + taal. in {{w:Centrum}} hebben we via de {{o:Chinese Vereniging Den Haag}} een keer een info-avond gedaan, 30 mensen kwamen. [[p:Jun Wu]] van de vereniging was super behulpzaam, kan je altijd benaderen
=====
Thema ouderen. Vraag: heeft iemand ervaring met de {{o:Mantelzorgmakelaar}}? De zoon van een cl van ons zit helemaal vast in de regelzaken en wij komen er niet aan toe.
– [[p:Bram]], {{w:Zuiderpark}}
=====
ja! [[p:Marjolein de Boer]] is de makelaar voor Den Haag Zuidwest, heel fijn. wordt vaak vergoed via de aanvullende verzekering. @[[p:Ingrid]] heeft haar gegevens
=====
[[p:Marjolein]]: [[t:06-41 20 88 73]] / [[e:marjolein@mantelzorgmakelaarhaaglanden.nl]] (ze vindt het prima dat ik het deel, heb het gevraagd 👍)
=====
Heeft iemand een goede Arabische vertaling van de toestemmingsverklaring? En Tigrinya? De versie van 2019 op het intranet is verouderd (nog met Wbp ipv AVG)
[[p:Hamza]]
=====
Arabisch heb ik. Tigrinya niet, maar [[p:Mehari]] van {{o:Vluchtelingenwerk}} heeft m vorig jaar voor ons vertaald, vraag hem even
=====
@[[p:Mehari Tekle]] 🙏 ^^
=====
@[[p:Hamza]] ik check het morgen, ben vandaag op de {{o:AZC}} in Rijswijk
=====
Thema eenzaamheid
wat een mooi initiatief in {{w:Duindorp}}: koffie bij de visafslag elke donderdag 10-12u. iedereen welkom, geen aanmelding. wie doorverwijst kan gewoon meelopen de eerste keer ☕ meer info bij [[p:Trudy]] van het buurthuis
=====
@[[p:Trudy]] is er in {{w:Ypenburg}} ook iets vergelijkbaars? We hebben een paar alleenstaande mannen 65+ die niks willen met "activiteiten" maar wel naar de bouwmarkt gaan 😄
=====
haha herkenbaar. {{o:Repair Café Ypenburg}} in de bieb, 1e zaterdag vd maand. mannen die dingen maken = mannen die praten. vraag naar [[p:Ton]], die zit er altijd
=====
Thema huiselijk geweld

Wij horen steeds vaker van cliënten dat hun ex hun locatie volgt via de telefoon (gedeelde google account, find my iphone). Is daar bij iemand expertise over? Ik wil het meenemen in de expertmeeting van [[d:18 april]].
=====
@[[p:Linda]] ja, {{o:Fier}} heeft een digitale-veiligheidscheck. en de {{r:wijkagent}} kan meekijken als er aangifte is. ik stuur je de handreiking
=====
zet het op de agenda! ik neem [[p:Gijs]] van de politie mee, die heeft de training "digitaal stalken" gegeven
=====
thema jeugd: weet iemand of het {{o:CJG}} in {{w:Leidschenveen}} nog op de Brasserskade zit? navigatie stuurt me naar een leeg pand ([[p:Nora]])
=====
@[[p:Nora]] verhuisd naar het gezondheidscentrum, ingang aan de achterkant. tel is gewoon het algemene nummer van het CJG
=====
Thema bemoeizorg · reactie
Ik deel hier graag iets uit de praktijk, zonder herleidbare gegevens: een man (50+) in {{w:Bezuidenhout}} die al 3 jaar zijn huis niet uit kwam. Wat hielp: 6 weken lang elke dinsdag hetzelfde tijdstip aanbellen, niks vragen, alleen een briefje. Na week 7 deed hij open. Geduld is de interventie.
=====
Dit 👆 [[p:Wouter]]. Kopieer ik voor ons team. Dank!
=====
Thema ouderen: wie doet er mee aan de pilot valpreventie met {{o:Fysiotherapie Haaglanden}}? [[p:Joke Mulder]] ({{r:wijkverpleegkundige}}, {{w:Mariahoeve}}) zoekt nog 2 teams
=====
wij! {{w:Kijkduin}}/{{w:Bohemen}}. mail mij even [[p:Joke]], [[e:d.soerjadi@wzt-loosduinen.nl]]
=====
@[[p:Dewi Soerjadi]] top, je staat erop. eerste bijeenkomst [[d:woensdag 5 juni]] 14.00 in de {{o:Bibliotheek Loosduinen}}
=====
Thema jeugd

kleine oproep: de {{r:leerplichtambtenaar}} van {{w:Escamp}} wil graag een keer aanschuiven bij ons overleg over thuiszitters. Wie wil er meedoen? Reageer hieronder met 🙋
— [[p:Ilham]]
=====
🙋
=====
🙋‍♀️ namens {{w:Morgenstond}}. en [[p:Tessa]] ook maar die heeft geen account nog
""")

# ---------------------------------------------------------------------------
# 3. Live chat during sessions (kick-off, start, workshops, expert meeting, closing)
# ---------------------------------------------------------------------------
add(r"""
Sessie: kick-off [[d:22 november]] · live chat
10:02 [[p:Wendy Winter]]: goedemorgen allemaal! 👋 zit in zaal 3, wifi doet het niet dus via 4G
10:02 [[p:Tim de Vos]]: goeiemorgen uit {{w:Scheveningen}}
10:03 [[p:Hanan]]: is er koffie?? 😅
10:03 {{r:facilitator}}: koffie staat achterin, we beginnen om 10.15
=====
10:24 [[p:Jesse]]: kan iemand de link naar de stemming nog een keer posten? ik zat in de gang
=====
@[[p:Jesse]] https://www.menti.com code 4418 2297 → 4 thema's kiezen, max 2 stemmen pp
=====
10:31 [[p:Fatih]]: jeugd + bemoeizorg voor mij
10:31 [[p:Lotte van Dam]]: ouderen!!! en huiselijk geweld
10:32 [[p:ruud]]: waarom staat schulden er niet tussen? dat zit in elke casus
10:32 [[p:Lotte van Dam]]: @[[p:ruud]] goeie vraag, stel m even aan de zaal
=====
10:48 [[p:Naima]]: ik hoor niks meer in de stream? iemand anders ook?
=====
@[[p:Naima]] idem. edit: nu wel weer, was de wifi
=====
[[p:Cor]]: @[[p:Jolanda Verhoef]] je staat op mute 😂
[[p:Jolanda Verhoef]]: sorry! nu beter?
[[p:Cor]]: ja 👍
=====
Sessie: startbijeenkomst pilot · [[d:6 februari]]
vraag aan de facilitatoren: komen de slides ook online? en worden de pilotgroepen per thema nog gemaild?
=====
@[[p:Gijs]] ja, slides komen vanmiddag onder ‘Sessies’. indeling staat al op het prikbord: https://samenwerken.denhaag.nl/pilot/groepen
=====
wie zit er allemaal in de groep ouderen? ik ken nog niemand behalve [[p:Joke]]
=====
ik! [[p:Radostina Ivanova]], {{r:Wmo-adviseur}} {{w:Laak}} 🙂
=====
[[p:Indra Pattipeilohy]], {{r:maatschappelijk werker}}, {{w:Bouwlust/Vrederust}}. ook ouderen
=====
en ik, [[p:Gert Smit]], {{r:casemanager dementie}} {{w:Mariahoeve}}. hebben we al een eerste afspraak?
=====
voorstel: [[d:di 20 feb]] 13.30 in het {{o:Stadhuis}}, kamer B.07.21? dan kunnen we meteen de casuslessen van {{w:Loosduinen}} doorlopen
=====
👍 kan ik — [[p:Indra]]
=====
kan ik niet, dan heb ik MDO. [[d:do 22/2]] wel
=====
Workshop ‘Het eerste gesprek’ – chat
14:05 [[p:Abdullahi Jama]]: vraag: hoe leg je de toestemmingsverklaring uit aan iemand die niet kan lezen?
14:06 [[p:Merel Hoek]]: wij lezen hem voor + plaatjesversie van {{o:Pharos}}
14:06 [[p:Abdullahi Jama]]: plaatjesversie? link?
14:07 [[p:Merel Hoek]]: https://www.pharos.nl/toestemming-eenvoudig (p. 2-3)
14:07 [[p:Abdullahi Jama]]: top 🙏
=====
In de breakout-room noemde iemand een casus met naam en straat. Vriendelijk verzoek: ook in de breakouts geen herleidbare gegevens, want de chat wordt bewaard. Dank! — de facilitatoren
=====
Brainstorm thema huiselijk geweld · post-its (digitaal overgenomen)
- sneller schakelen met {{o:Veilig Thuis}} bij twijfel
- vaste contactpersoon per wijk bij de politie
- "wat als de pleger ook cliënt is?" → twee casusregisseurs?
- voorbeeld {{w:Laak}}: [[p:Samira]] + [[p:Brahim]] doen samen huisbezoek, werkt
- betere nazorg na tijdelijk huisverbod (na 10 dagen valt alles stil)
=====
@[[p:Samira]] @[[p:Brahim]] wie nam die post-its mee? ik wil ze graag uitwerken voor het verslag
=====
ik heb ze, foto's staan in de map. [[p:Saba]] heeft ze ook al overgetypt (zie boven)
=====
Expertmeeting [[d:18 april]] · live chat
15:12 [[p:Khaled Darwish]]: kan de spreker het nog een keer herhalen over de meldcode? ging te snel
15:13 {{r:moderator}}: we stellen de vraag straks in de Q&A 👍
15:13 [[p:Paweł Lewandowski]]: +1, en over arbeidsmigranten graag, die vallen overal tussen
15:14 [[p:Khaled Darwish]]: @[[p:Paweł Lewandowski]] zeker in {{w:Laak}} en {{w:Spoorwijk}}
=====
Mooie presentatie van prof. [[p:Van den Broek]]. Is haar onderzoek naar wijkteams ergens te lezen?
=====
@[[p:Bianca]] staat in de bibliotheek van het platform, ‘Rapport wijkteams 2023’, hfst 4 gaat over Den Haag
=====
@[[p:Anouk]] zijn de slides van de {{o:CAOP}}-presentatie al ergens? ik wil dia 17 (die met de cijfers per wijk) gebruiken in ons teamoverleg
=====
die zijn nog niet vrijgegeven, [[p:Vincent]] van {{o:Crossover}} checkt even of ze gedeeld mogen worden
=====
Slotbijeenkomst [[d:27 juni]] · chat
dank aan iedereen!! 4 maanden voorbij gevlogen. speciaal dank aan [[p:Anouk]] en [[p:Dirk-Jan]] van de organisatie 🎉🎉
=====
🎉 dank jullie. de evaluatie-enquête komt vandaag nog per mail. [[p:Dirk-Jan]]
=====
16:41 [[p:Fenna]]: kunnen we de whatsappgroep houden? of gaan we alles hier doen
=====
@iedereen graag via het platform, niet in WhatsApp. daar kunnen we geen cliëntgegevens afschermen. (de moderatie)
=====
[[p:Saskia]] hier, ik ben te laat, wat heb ik gemist?
=====
@[[p:Saskia]] stemming is net geweest, jeugd/ouderen/HG/bemoeizorg zijn gekozen
=====
vraag vanuit de zaal (namens [[p:Emre Aksoy]] die geen account heeft): wordt de pilot verlengd na juni?
=====
dank [[p:Ilona]] voor het doorgeven. besluit volgt na de zomer, wethouder beslist. ik koppel het terug op het platform
=====
Workshop motiverende gespreksvoering – chat
ik vond de rollenspellen echt sterk. kan [[p:Rachida]] die van de schuldeiser nog een keer doen op de volgende sessie 😂
=====
haha [[p:Rachida]] was zo overtuigend dat ik bijna ging betalen
=====
Sessie 3 · brainstorm ‘informele zorg’
tip: in {{w:Valkenboskwartier}} heeft {{o:Stichting Buurtgenoten}} vrijwilligers die boodschappen doen. contact via [[p:Wilma Timmer]], zij coördineert. algemeen nr staat op de site
=====
wie deelt z'n scherm? ik zie alleen [[p:Martijn]]'s achtergrond met een strand 🏖️
=====
sorry verkeerde scherm 🙈 nu? @[[p:Karin]]
=====
kick-off evaluatie: 4,2 van de 5 sterren, 212 deelnemers, 76% wil doorgaan. top werk iedereen! volgende stap: startbijeenkomst begin februari, uitnodiging volgt
=====
@[[p:Dirk-Jan]] waar was de startbijeenkomst ook alweer? {{o:Wijkcentrum De Mussen}}?
=====
nee in het Atrium van het {{o:Stadhuis}} aan het Spui. ingang aan de zijkant. parkeren in de garage onder de bieb
=====
vraag voor de Q&A: hoe zorgen we dat huisartsen ook aansluiten? ze zitten niet in de pilot en dat voel je in elke casus ([[p:Marloes Visser]], {{w:Morgenstond}})
=====
✋ mee eens. dr. [[p:Kartoredjo]] uit {{w:Morgenstond}} wil wel meedoen, ik heb het haar gevraagd
=====
Expertmeeting · vraag in de chat
"Hoe ga je om met een cliënt die geen toestemming geeft maar waar je wel zorgen over hebt?" — gesteld door [[p:Faadumo]] ({{w:Schilderswijk}})
antwoord spreker: bij acute zorg mag je delen zonder toestemming (conflict van plichten), documenteer waarom
=====
ik heb het verslag van de brainstorm getypt, zie bijlage. opmerkingen graag vóór [[d:vrijdag 15 maart]]. [[p:Saba Gebreyesus]]
=====
laatste oproep: wie heeft de kabel voor de beamer meegenomen uit zaal 2.14? 😅 was van het {{o:Servicepunt XL}}. [[p:Femke]]
=====
👀 ik denk dat [[p:Stijn]] hem in zijn tas heeft
=====
@[[p:Femke]] klopt, breng hem maandag terug. sorry!!
""")

# ---------------------------------------------------------------------------
# 4. Accidental pastes of client details, the warnings that follow, moderators' notes
# ---------------------------------------------------------------------------
add(r"""
help nodig ivm aanvraag bijz bijstand, cl gegevens:
[[p:Bouchra el Hamdaoui]]
[[a:Jan Blankenstraat 47]]
[[pc:2525 CR]] Den Haag
bsn [[b:322362866]]
weet iemand waarom het {{o:Centrum voor Werk en Inkomen}} het blijft afwijzen?
=====
⚠️ @[[p:Nadia]] haal dat bsn en adres er NU uit aub, dit is een open draad
=====
[Moderatie] Het bericht van [[p:Nadia Chaouch]] hierboven is verborgen omdat het persoonsgegevens van een cliënt bevatte. [[p:Nadia]] is op de hoogte. Herinnering voor iedereen: persoonsgegevens horen in het dossier, niet op het platform.
=====
sorry sorry sorry. copy paste uit het verkeerde venster 😰 ik dacht dat ik in ons eigen teamkanaal zat – [[p:Nadia]]
=====
gebeurt de beste, maar meld het wel even bij je {{r:privacyfunctionaris}} (datalek-procedure, binnen 72 uur). @[[p:Nadia]]
=====
ok gedaan. melding staat bij [[p:Frank Bos]]
=====
Vraag over bewindvoering: klopt het dat de {{r:bewindvoerder}} het leefgeld altijd op een aparte rekening zet? bij mijn cl (dhr. [[p:Asante]]) komt het op [[i:NL64 RABO 7423 3859 41]] en de vaste lasten ook, en elke maand gaat het mis
=====
niet altijd maar wel gebruikelijk. en @[[p:Lisa]] rekeningnummer + achternaam hier noemen is niet handig 😬
=====
oeps, dank [[p:Mark]]. edit: naam eruit, maar kan het rekeningnummer niet meer bewerken. @moderatie?
=====
[mod] aangepast ✔️ [[p:Lisa]] bedankt voor het melden
=====
iemand die {{o:Haag Wonen}} kent in {{w:Transvaal}}? mw [[p:koç]] woont [[a:Paets van Troostwijkstraat 118]] en er is al 3 maanden schimmel, corporatie reageert niet. haar dochter belt me elke dag ([[t:06-28734019]])
=====
Even ter info van de moderatie: in de draad ‘Schimmel en corporaties’ staan sinds gisteren een naam, adres en telefoonnummer. Kunnen jullie kijken? ([[p:Jasper]])
=====
dank voor de melding, we hebben het bericht aangepast en de schrijver gebeld. 🙏 — [[p:Anouk]] (moderator)
=====
zaaknr is [[z:SWT-LK-2024-0193]] als iemand van {{o:SZW}} meekijkt, dan hoef ik het niet nog een keer uit te leggen
=====
@[[p:Emre]] dossiernummers ook liever niet hier hoor, die zijn te herleiden voor iedereen met toegang tot het systeem
=====
fair [[p:Wessel]]. haal ik weg. iemand van {{o:SZW}} mag me wel dm'en
=====
Zojuist ontvangen van de {{r:huisarts}} (geanonimiseerd door mij): "patiënt, 54 jr, woonachtig {{w:Spoorwijk}}, bekend met alcoholproblematiek, verzoek om bemoeizorg". Wie pakt dit op in het wijkoverleg? Geen namen hier, details in het dossier.
=====
klein dingetje: de bijlage bij je bericht heet "aanmelding_[[p:Yilmaz]]_[[p:Hatice]]_[[d:12-03-1968]].pdf" 🙈 de bestandsnaam zelf is al een lek
=====
omg. verwijderd. thx [[p:Ayoub]]. lesson learned: bestandsnamen checken
=====
[Moderatie] Let op: we zien steeds vaker screenshots uit het cliëntvolgsysteem in de draden. Daarop staan soms namen en BSN's in de zijbalk. Maak a.u.b. een uitsnede of beschrijf het in je eigen woorden. Vragen? Mail [[e:moderatie@samenwerkenindewijk.nl]].
=====
kan iemand zien of dit goed gaat? Wmo-aanvraag [[z:W24-55102]] staat al 9 weken op "in behandeling". cl [[p:G. Pieternella]], geb. [[d:07-11-1951]] — zit zonder huishoudelijke hulp sinds haar val op [[d:14 februari]]
=====
ik zou de geboortedatum en initialen weghalen [[p:Sherida]]. de rest snap ik, vervelend. ik mail je de directe lijn van de {{r:Wmo-consulent}}
=====
edit: gegevens weggehaald, laat de vraag staan. dank [[p:Priscilla]]
=====
@[[p:Priscilla Martis]] jij hebt het nummer van die Wmo-consulent? de algemene lijn 14 070 zegt dat het dossier niet te vinden is
=====
[[p:Ruthmila]]: [[t:070 353 71 24]] (haar eigen lijn, ma-wo). zeg maar dat je van mij komt
=====
LET OP: in het verslag van de brainstorm van gisteren (bijlage 2) staat de volledige naam van een cliënt uit {{w:Laak}} in de titel van post-it 14. Ik heb de bijlage tijdelijk offline gehaald. — {{r:moderator}}
=====
snelle vraag: wie heeft nog plek voor een warme overdracht? cl [[p:Oksana Melnyk]] (Oekraïens, via gemeentelijke opvang), verhuist naar [[a:Steenhouwersgaarde 21]] in {{w:Leidschenveen}}. contact via [[e:oksana.melnyk91@gmail.com]]
=====
> verhuist naar [[a:Steenhouwersgaarde 21]]
@[[p:Maaike]] dit is echt te veel info voor een openbare draad. ook de mail. kun je het in een dm doen?
=====
ja sorry [[p:Sven]], was gehaast. edit: aangepast. wie heeft ruimte in {{w:Leidschenveen}}? details via dm
=====
PSA 📢 als je een cl-nummer, BSN of IBAN per ongeluk plakt: bewerk direct je bericht én meld het bij de moderatie. De bewerkgeschiedenis blijft anders zichtbaar voor beheerders.
=====
@[[p:Bart]] dit stond in je bericht: "meneer [[p:Pawlak]] van de [[a:Vlierboomstraat 344]] ([[pc:2564 JR]]) belt steeds de politie". Kun je dat aanpassen?
=====
wow, dacht dat ik dat had verwijderd. done ✅ thx [[p:Marleen]]
=====
Vraag over BSN's: de {{o:GGD}} vraagt bij elke aanmelding het BSN, terwijl wij dat niet zomaar mogen delen. Wie weet hoe dat zit? (Niet het nummer hier plakken uiteraard 😉) [[p:Vera]]
=====
@[[p:Vera]] Ze mogen het alleen vragen als ze het nodig hebben voor hun wettelijke taak. Bij bemoeizorg-aanmeldingen is naam + geb.datum + adres meestal genoeg. Zie de handreiking AVG sociaal domein, § 3.4.
=====
Heb per ongeluk mijn persoonlijke 06 hier gedeeld ([[t:06 1947 3382]]). Geen ramp, is van mij, maar moderatie mag het weghalen als dat beleid is. [[p:Koen]]
=====
haha [[p:Koen]] is jouw eigen nummer, mag je zelf weten. maar wel verstandig 😄
=====
wie kan me helpen met een bezwaar tegen de kinderopvangtoeslag? mw heeft brief met kenmerk [[z:1943.22.618.T.01]] en moet € 4.800 terugbetalen. ze heet [[p:Senna Doelwijt]] en woont in {{w:Morgenstond}}
=====
[[p:Patricia]] 🚨 naam + kenmerk = herleidbaar. graag even aanpassen. voor je vraag: {{o:Het Juridisch Loket}} en {{o:Sociaal Raadsliedenwerk}} doen dit
=====
[Moderatie] Nieuwe regel in het platform: berichten met een 06-nummer, IBAN of BSN worden vanaf volgende week automatisch tegengehouden en eerst aan de schrijver teruggelegd. Algemene nummers (zoals 14 070 of 0800-2000) en postbussen (bv. Postbus 12600, 2500 DJ Den Haag) blijven gewoon mogelijk.
=====
Kan iemand me helpen? Ik krijg van {{o:Toeslagen}} de melding dat het IBAN niet klopt, maar volgens mw is het [[i:NL50INGB3265769803]]. Of ligt het aan de tenaamstelling ("[[p:A. Yıldırım-Aydemir]]")?
edit: oké ik had dit niet moeten plakken. sorry. vraag blijft staan
=====
(moderatie) bericht hierboven ingekort, de vraag is bewaard: "krijg een foutmelding van Toeslagen over de tenaamstelling van een rekening met een dubbele achternaam". Wie weet dit?
=====
Dubbele achternamen gaan vaak mis bij Toeslagen. Laat cl de tenaamstelling bij de bank aanpassen naar de naam zoals in de BRP. Duurt 1-2 weken.
— [[p:Ingrid]], {{o:Sociaal Raadsliedenwerk}}
=====
dit is cl [[p:Mustafa Öztürk]], toch? ik herken het verhaal uit {{w:Schilderswijk}}. [[t:+31 6 22 81 49 06]] is zijn broer, die regelt alles
=====
⛔ niet doen hier. ook niet "herkennen". neem contact op met de schrijver via dm. — [[p:Anouk]], moderator
""")

# ---------------------------------------------------------------------------
# 5. Longer thread excerpts, digests, mixed Dutch/English, corrections
# ---------------------------------------------------------------------------
add(r"""
Nieuwe reacties in ‘Thema ouderen’ (4)
• [[p:Gert Smit]]: "wie heeft ervaring met domotica bij dementie? sensoren op de deur etc"
• [[p:Joke Mulder]]: "@[[p:Gert]] {{o:Florence}} heeft een proeftuin in {{w:Mariahoeve}}, vraag naar [[p:Anneke]]"
• [[p:Radostina Ivanova]]: "ook {{o:Saffier}} doet iets vergelijkbaars"
• [[p:Gert Smit]]: "top, dank allebei 🙏"
Je ontvangt deze melding omdat je dit thema volgt. Meldingen uitzetten: Instellingen → Meldingen.
=====
> [[p:Joke Mulder]] schreef op [[d:3 maart]] om 09:14:
> @[[p:Gert]] {{o:Florence}} heeft een proeftuin in {{w:Mariahoeve}}

@[[p:Joke]] is die proeftuin alleen voor cliënten van {{o:Florence}} of ook voor mensen met een pgb? we hebben een meneer (86) die z'n zorg via pgb regelt en zijn dochter [[p:Anita]] is doodop
=====
Korte update over de casus die ik vorige week deelde (zonder namen): het is goed afgelopen. De {{r:bewindvoerder}} is benoemd, de ontruiming is van de baan en mw heeft weer contact met haar zus. Iedereen die meedacht: dank!! Vooral [[p:Bianca]], [[p:Khaled]] en [[p:mustapha]], jullie tips over de {{o:Stichting Urgente Noden}} waren goud waard 🙌
=====
Hi all, sorry for writing in English, my Dutch is not good enough yet for this. I'm [[p:Katarzyna Wójcik]], I started last month as {{r:outreach worker}} for {{o:Barka}} in {{w:Laak}}. Many of the Polish and Bulgarian workers we meet live in overcrowded rooms and have no idea the wijkzorgteam exists. Could someone from the Laak team contact me? [[e:k.wojcik@barka.nl]] / [[t:+31 6 5318 2207]]. Dank je wel! 🙂
=====
welkom [[p:Katarzyna]]! ik ben [[p:Priya]], {{r:casusregisseur}} in {{w:Laak}}. I'll send you a message. we hebben een keer per maand een inloop in de Heeswijkplein bibliotheek, misschien kunnen jullie daar aansluiten
=====
@[[p:Priya Ramlal]] @[[p:Katarzyna Wójcik]] leuk! voeg mij ook toe, ik doe de arbeidsmigranten bij {{o:SZW}} 👋 [[p:Georgi]]
=====
edit: de datum in mijn vorige bericht klopte niet. de sessie is op [[d:dinsdag 14 mei]], niet woensdag. excuses voor de verwarring 🙏
=====
edit2: en het is om 13.30 niet 14.00. ok ik stop met typen vandaag 🫠
=====
Vervolg van onze discussie in de sessie van vanmiddag, want we kwamen niet uit:

[[p:Tim]]: wat mij betreft is informele zorg een middel, geen doel. als de buurvrouw afhaakt moet er gewoon professionele zorg staan
[[p:Hanan]]: eens, maar je ziet dat het vaak wel de enige ingang is bij zorgmijders
[[p:Gijs]]: en wie ondersteunt die buurvrouw dan? die is ook geen hulpverlener
[[p:Tim]]: precies. daarom: mantelzorgondersteuning via {{o:Haagse Mantelzorg}} standaard aanbieden

Ik stel voor dat we dit meenemen naar de expertmeeting. Wie werkt het uit? 🙋
=====
Bericht doorgestuurd uit ‘Thema huiselijk geweld’:
---
Van: [[p:Samira Bennani]]
Hoi team, ik zoek iemand die mee wil naar een gesprek op [[d:donderdag 23 mei]] met een moeder die weg wil bij haar partner maar geen eigen inkomen heeft. Liefst iemand met kennis van de Participatiewet. {{o:Veilig Thuis}} is al betrokken.
---
Ik stuur het door omdat onze {{r:klantmanager}} [[p:Hasan Yüksel]] dat precies doet. @[[p:Hasan Yüksel]] zie je dit?
=====
ja gezien. kan op de 23e alleen 's middags. [[p:Samira]] bel me even: [[t:06 4408 1276]]
=====
@[[p:Hasan]] mag je nummer blijven staan of zal ik het weghalen? (je hoeft niks te doen, vraag het alleen ivm beleid)
=====
@[[p:Brenda]] laat maar staan, is mijn werk-06 en staat toch al op de sociale kaart 👍
=====
Reactie op les ‘Van 7 hulpverleners naar 1 plan’ (thema jeugd)

Heel herkenbaar en goed uitgewerkt. Wat ik mis is het perspectief van de jongere zelf. In onze casus in {{w:Regentessekwartier}} vroeg de jongen ("ik wil gewoon één iemand die ik kan appen") letterlijk om een vast aanspreekpunt. Dat werd uiteindelijk de {{r:jongerenwerker}} en niet de {{r:casusregisseur}}. Misschien iets voor de lessenreeks: wie kiest eigenlijk de regiehouder? De cliënt of wij?

gr, [[p:Yvette Boer]] – {{r:maatschappelijk werker}} {{o:Xtra}}
=====
> wie kiest eigenlijk de regiehouder?
Mooie vraag [[p:Yvette]]. In {{w:Ypenburg}} vragen we het de cliënt sinds vorig jaar letterlijk bij de intake. 8 van de 10 kiezen degene die ze het eerst zagen 😄
=====
Iemand enig idee waarom mijn bericht van gisteren weg is? Ging over de aanpak van hoarding, zat geen naam in volgens mij. [[p:Martijn]]
=====
@[[p:Martijn Zomer]] er stond een foto bij van de woonkamer met een brief op tafel waar het adres op leesbaar was. we hebben je gemaild. de tekst mag je zo terugzetten 🙂 — moderatie
=====
aaah ik snap het. goed gezien, dank [[p:Anouk]]
=====
Vraag: hoe leggen jullie de termijnen vast voor terugkoppeling naar de {{r:huisarts}}? Wij spreken af: binnen 2 weken na aanmelding een belletje, na 3 maanden een korte brief. Bij de praktijk van dr. [[p:Veld]] in {{w:Houtwijk}} werkt dat goed, bij andere praktijken vergeten we het vaak.
=====
Ter aanvulling op de vraag van [[p:Linda]] hierboven over digitale veiligheid. Uit de training van gisteren:
1. check gedeelde accounts (Google, Apple ID, Netflix 😅)
2. nieuwe simkaart, nummer niet doorgeven aan gezamenlijke kennissen
3. locatie-delen uit in WhatsApp/Snapchat
4. bij twijfel: {{o:Fier}} of de {{r:wijkagent}}
5. documenteer alles (screenshots met datum)
dit mag je vrij delen, is geen cliëntinfo
=====
Zeg, klopt het dat het {{o:Servicepunt XL}} {{w:Transvaal}} dicht is op vrijdag? Ik heb een cliënt die alleen dan kan. Anders verwijs ik naar {{w:Laak}}. [[p:Wietske]]
=====
Ja, sinds de zomer op vrijdag dicht ivm bezetting. {{w:Laak}} is open 9-13u. Of bel 14 070 voor een afspraak op een andere locatie.
=====
Check-in vanuit de pilotgroep bemoeizorg, week 6:
- casusbespreking gehad met {{o:GGD}}, {{o:Parnassia}} en {{o:Brijder}}, 3 casussen
- afspraak: bij weigering hulp binnen 48u terugkoppeling aan de melder
- actiepunt [[p:Fatih]]: overzicht OGGZ-contacten per wijk
- actiepunt [[p:Dorien]]: contact met {{o:Haag Wonen}} over signalen bij huurachterstand
- volgende keer: [[d:wo 3 april]], 10.00, {{o:Wijkcentrum Bouwlust}}
Vragen? reply hieronder 👇
=====
Heeft iemand de contactgegevens van de nieuwe {{r:wijkagent}} in {{w:Moerwijk}}? De oude ([[p:Jan Kramer]]) is naar de recherche. Algemeen nummer van de politie (0900-8844) helpt me niet echt 😩
=====
[[p:Leonie Haan]], [[e:leonie.haan@politie.nl]]. direct nummer heb ik niet, maar ze reageert snel op mail
=====
[[p:Lieke]] hier, ff een vraag tussendoor: wat is de afkorting "OZO" in de lessen? zie het steeds staan
=====
Onderling Zorgoverleg? Of was het Ouderen Zorg Overleg... @[[p:Gert]] weet jij het?
=====
@[[p:Lieke]] OZO = Ouderen Zorg Overleg, maandelijks in {{w:Mariahoeve}}, met {{r:huisarts}}, {{r:wijkverpleegkundige}} en wij. in andere wijken heet het anders
=====
Laatste reminder: de casuslessen voor de slotbijeenkomst moeten uiterlijk [[d:vr 7 juni]] binnen zijn. Denk aan: 1) toestemming cliënt vastgelegd, 2) geen namen/adressen/data, 3) max 1 A4. Wie hulp wil bij het anonimiseren kan terecht bij [[p:Anouk]] of mij. — [[p:Dirk-Jan]]
=====
> geen namen/adressen/data
@[[p:Dirk-Jan]] bedoel je ook geen jaartallen? "sinds 2019" lijkt me prima toch?
=====
@[[p:Rik]] jaartallen en leeftijden mogen, die zijn niet te herleiden. alleen precieze data (dag + maand) niet
=====
Iemand nog een vraag voor de expert van {{o:Parnassia}} morgen? Ik verzamel ze hier. Tot nu toe:
- hoe bereik je iemand met een psychose die geen huisarts heeft?
- wat doen jullie met een IBS-melding die niet doorgaat?
- (van [[p:Faadumo]]) hoe werken jullie met tolken bij crisis?
=====
> (van [[p:Faadumo]]) hoe werken jullie met tolken bij crisis?
deze wil ik ook graag horen! we hebben in {{w:Schilderswijk}} vaak Somalische cliënten en de crisisdienst heeft nooit een tolk paraat
=====
Lang bericht, sorry, maar ik wil het kwijt.

Vandaag een casus gehad die alles samenvat wat we in deze pilot bespreken. Ik noem geen namen. Een vrouw van in de 70, alleen, weduwe sinds 2021, schulden door een zoon die haar pinpas gebruikte, geen huisarts meer (praktijk gestopt), en een buurvrouw die al maanden eten brengt. Zes organisaties kenden stukjes van het verhaal: de corporatie (huurachterstand), de energieleverancier (afsluitingsdreiging), de {{o:Voedselbank}}, de kerk, de {{r:wijkagent}} (melding overlast zoon) en wijzelf (aanmelding via de buurvrouw). Niemand had het hele plaatje.

Wat ik meeneem naar ons thema:
1. één loket voor signalen bij ouderen, niet zes;
2. de buurvrouw was de enige die vertrouwen had, die moet je ondersteunen, niet passeren;
3. financieel misbruik door familie is een vorm van ouderenmishandeling en hoort dus ook bij {{o:Veilig Thuis}}.

Wie wil dit met mij uitwerken voor de expertmeeting? [[p:Indra]], jij had vorig jaar iets vergelijkbaars toch?
=====
@[[p:Marieke van Dam]] ja, ik doe mee. ik bel je morgen. en wat een dag heb je gehad zeg ❤️
=====
Kan iemand bevestigen dat de Wmo-eigen bijdrage in 2024 nog steeds € 21,80 per 4 weken is? Ik krijg vragen van cliënten die een brief van het {{o:CAK}} kregen met een ander bedrag.
=====
klopt, € 21,80 per maand sinds 2024 (per maand, niet meer per 4 weken). brief CAK van [[d:15-01-2024]] legt het uit
=====
Hier is de link naar de teams-vergadering voor de pilotgroep jeugd:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGY3ZjE2%40thread.v2/0
vergadering-ID: 372 441 905 118 · wachtwoord: Jg7x9q
tot zo!
=====
werkt de link niet bij jou [[p:Bilal]]? probeer in de browser ipv de app
=====
@[[p:Bilal]] @[[p:Nienke]] @[[p:Shirley]] we wachten op jullie 😅
=====
@[[p:Sophie]] ben in een ander overleg uitgelopen, 5 min
=====
Terugkoppeling van het overleg met {{o:Staedion}} over huisuitzettingen:
- bij 2 maanden achterstand bellen ze ons (met toestemming huurder)
- contactpersoon: [[p:Wim de Jong]], {{r:woonconsulent}}, [[t:06 5540 8712]]
- pilot loopt in {{w:Transvaal}} en {{w:Schilderswijk}}
- na de zomer evaluatie
[[p:Wim]] vindt het goed dat zijn nummer hier staat.
=====
oké [[p:Marco]], en wat gebeurt er als de huurder geen toestemming geeft? dan horen we het pas bij het vonnis 🙁
=====
@[[p:Rinske]] dan sturen ze wel een brief met onze gegevens. beter dan niks
=====
Wie kent de weg bij de {{o:IND}} voor gezinshereniging? Cliënt (Eritrees, statushouder) wacht al 14 maanden op zijn vrouw en kinderen, zaak [[z:IND-V-2023-884210]]. {{o:Vluchtelingenwerk}} zegt dat het "in behandeling" is.
edit: zaaknummer was niet nodig, sorry. maar ik krijg het er niet meer uit
=====
[Moderatie] zaaknummer verwijderd uit het bericht van [[p:Tesfay]] ✔️
=====
@[[p:Tesfay Haile]] bij zulke termijnen kun je een ingebrekestelling sturen. {{o:Het Juridisch Loket}} heeft een voorbeeldbrief. of vraag [[p:Abdi]] bij {{o:Vluchtelingenwerk}}, die doet dit dagelijks
""")

# ---------------------------------------------------------------------------
# 6. Pasted tables and lists, quick one-liners, look-alikes without personal data
# ---------------------------------------------------------------------------
add(r"""
kan iemand checken of deze lijst klopt voor het wijkoverleg van morgen?
| naam | geb.datum | adres | tel |
|---|---|---|---|
| [[p:R. Bhoelai]] | [[d:02-09-1958]] | [[a:Reinkenstraat 140]] | [[t:0634 91 20 57]] |
| [[p:J. Kolev]] | [[d:17-12-1990]] | [[a:Goudenregenstraat 207]] | - |
| fam. [[p:Haddou]] | ? | [[a:Escamplaan 660]] | [[t:070-3979244]] |
edit: WACHT dit is de verkeerde, dit is onze interne lijst. moderatie pls verwijderen 😱
=====
[mod] bovenstaande tabel verwijderd en gemeld bij de privacyfunctionaris van het team. Geen verdere actie nodig van anderen. Dank voor jullie alertheid 🙏
=====
Overzicht dat ik uit het systeem kopieerde (met toestemming cl, voor de {{r:schuldhulpverlener}}):
naam	[[p:Ilse Brouwer]]
bsn	[[b:189 557 023]]
iban	[[i:NL68 ABNA 8264 3974 93]]
adres	[[a:Zichtenburglaan 82]], [[pc:2544EB]]
tel	[[t:0612603455]]
@[[p:Ahmet Kaplan]] kun je hier iets mee?
=====
@[[p:Shirley]] dit hoort in het beveiligde dossier en NIET in een draad, ook niet met toestemming. ik heb de moderatie gevraagd het weg te halen
=====
Mijn excuses, ik zat in de verkeerde tab. Dit was bedoeld voor het beveiligde berichtensysteem. Ik meld het als datalek. [[p:Shirley Frans]]
=====
bsn van cl is [[b:32236286]] of [[b:3223.62.866]], weet niet meer welke 😅 wie kan het checken in suwinet? (ja ik weet het, verkeerde plek, maar het is spoed)
=====
@[[p:Mo]] nee. echt niet. bel je {{r:klantmanager}} of kijk zelf. ik meld het bij de mods
=====
👍
=====
thx [[p:Sanne]]!
=====
@[[p:Thomas]] zsm graag een reactie ivm de deadline van vrijdag 🙏
=====
wie heeft de notulen van het vorige overleg? kan ze niet vinden in de map. [[p:Wendy]]
=====
@[[p:Wendy]] staan in de map ‘Pilot 2024 > Verslagen > 03’. bestandsnaam begint met 2024-03
=====
slides staan online onder Sessies → Expertmeeting. let op: dia 23-31 zijn alleen voor deelnemers, niet verder delen – [[p:Anouk]] (moderator)
=====
zaal is verplaatst van 2.14 naar 3.02 (derde verdieping, lift links). beamer werkt daar wél 😉
=====
Begroting pilot: € 12.500 per thema, 4 thema's, 50% voor activiteiten in de wijken. Vragen over declaraties → {{r:projectleider}}. Postadres voor bonnetjes: {{o:Gemeente Den Haag}}, Postbus 12600, 2500 DJ Den Haag, o.v.v. ‘pilot SWT’
=====
In 2023 hadden we 1.184 aanmeldingen in de 24 teams, waarvan 37% via de {{r:huisarts}}. Cijfers 2024 volgen in Q3.
=====
iemand zin om de casuslessen van week 12 en 13 te reviewen? het zijn er 9, elk max 1 A4 – [[p:Rutger]]
=====
ik pak 3 t/m 6 – [[p:Mila]]
=====
dan doe ik 7-9 👌 [[p:Yusuf]]
=====
Tip: in de app kun je met @ iemand taggen, met # een thema (#ouderen #jeugd #hg #bemoeizorg). Zo komt je bericht op de goede plek terecht.
=====
#bemoeizorg wie gaat er volgende week mee naar het symposium in Utrecht? trein van 8.12 vanaf CS, spoor 11
=====
heb je dat algemene nummer van {{o:Parnassia}} voor verwijzers? 088 358 40 00 staat op de site maar weet niet of dat de goede is
=====
@[[p:Renske]] ja dat is het algemene, voor acute zaken de crisisdienst via de {{r:huisarts}}
=====
Ter info: mw [[p:Zomer]] (cl van [[p:Hilde]]) heeft vandaag gebeld dat ze tevreden is met de hulp. ❤️ [[p:Hilde]] wil je dat we dit bewaren als quote voor de les? dan zonder naam uiteraard
=====
@[[p:Hilde Vogel]] ps haar nieuwe nr is [[t:06-71 83 04 29]] zei ze, wilde ik je doorgeven. sorry dat het via hier gaat, je telefoon stond uit
=====
[[p:Hilde Vogel]]: dank, maar graag via sms/mail volgende keer. edit: nr weggehaald door mod
=====
Kan iemand me vertellen hoe ik in het platform een les als concept opsla? Ik wil hem eerst laten lezen door mijn teamleider. Dank! [[p:Elif]]
=====
@[[p:Elif]] rechtsonder ‘Opslaan als concept’. alleen jij en de mensen die je toevoegt kunnen hem dan zien
=====
Overleg {{w:Laak}} x {{w:Spoorwijk}}: [[d:maandag 13 mei]] om 10u in het {{o:Wijkcentrum Spoorwijk}}. Aanwezig: [[p:Priya]], [[p:Khaled]], [[p:Paweł]], [[p:Georgi]] en iemand van {{o:Fairwork}}. Agenda volgt. 🚲
=====
wie weet of de {{o:Schuldhulpmaatje}} in {{w:Escamp}} nog nieuwe aanmeldingen aanneemt? de wachtlijst was vorige maand 6 weken. gr [[p:daan]]
=====
@[[p:daan]] vanaf [[d:1 juli]] weer open voor nieuwe aanmeldingen, zei [[p:Ria]] van Schuldhulpmaatje
=====
bedankt allemaal voor de fijne samenwerking! na 9 jaar in het wzt ga ik met pensioen. houd contact via linkedin: [[p:Hans Schouten]] 🌷
=====
wat jammer [[p:Hans]]! je was altijd de rots in de branding in {{w:Loosduinen}}. geniet ervan 🎉
=====
@[[p:Hans Schouten]] dank voor alles ❤️ je telefoonnummer [[t:06 20 93 55 18]] blijft toch hetzelfde? 😉
=====
ja hoor [[p:Yasmina]], bel maar als je me mist haha
=====
mag ik in een casusles zeggen dat iemand "Marokkaans-Nederlandse vrouw van 40" is? of is dat al te specifiek in combinatie met de wijk?
=====
@[[p:Zoë]] hangt af van de wijk. in de {{w:Schilderswijk}} zegt dat weinig, in {{w:Benoordenhout}} misschien wel. twijfel = weglaten
=====
iemand bekend met het {{o:Noodfonds Den Haag}}? cliënte ([[p:Nasrin Sultani]], [[a:Loosduinse Hoofdstraat 1022]]) heeft acuut geld nodig voor een nieuwe koelkast.
=====
niet hier plakken [[p:Hilde]] (naam + adres) 🙏 maar ja: {{o:Noodfonds Den Haag}} via {{o:Stichting Urgente Noden}}, aanvraag via een professional, beslissing binnen 1 week
=====
hier de nieuwe werkinstructie toestemmingsverklaring, versie 2.3 (vervangt 2.1 van vorig jaar). wijzigingen: artikel 4 en 7, en de bijlage met vertalingen
=====
Kan iemand voor mij het formulier ‘signaal huurachterstand’ invullen? Het gaat om [[p:Cor Hendriks]] op [[a:Boekhorststraat 8]], hij heeft 3 maanden achterstand bij {{o:Haag Wonen}}, contractnr [[z:HW-2024-338117]]. bsn [[b:990 035 565]], tel [[t:06-31905524]]. ik zit ziek thuis en kom niet in het systeem.
=====
@[[p:Esther]] beterschap! maar dit kan echt niet op het platform, ook niet als je ziek bent 😬 ik bel je even, dan vul ik het voor je in. — [[p:Marco]]
=====
[Moderatie] Bericht van [[p:Esther]] verborgen (naam, adres, BSN, telefoon en contractnummer van een cliënt). We nemen contact met haar op. Denk aan de checklist bovenaan elke draad: 🔒 geen persoonsgegevens.
""")

# ---------------------------------------------------------------------------
# 7. More slips with structured data: quoted back, corrected, half-hidden
# ---------------------------------------------------------------------------
add(r"""
> cl woont [[a:Apeldoornselaan 730]], [[pc:2573 LT]]
[[p:Kevin]] even zonder oordeel hoor maar dit is precies wat er niet in mag. ook niet in een quote van mij nu 🙈 mods?
=====
edit: postcode moet zijn [[pc:2573 LT]] en niet [[pc:2537 LT]]. (ja ik weet het, had er helemaal niet moeten staan)
=====
iemand met ervaring met {{o:UWV}} en een WIA-keuring die 3x is uitgesteld? cl heeft dossiernr [[z:UWV-WIA-7718823]] en zit inmiddels 2 jaar ziek thuis. afspraak nu op [[d:ma 24 juni]]
=====
Goedemorgen, ik heb een bericht doorgekregen van een collega van {{o:Humanitas}} (ze heeft geen account):
"Wij begeleiden mw [[p:Ingeborg Koning]] (geb [[d:30-4-1947]]) aan de [[a:Laan van Meerdervoort 1207A]]. Ze heeft geen {{r:huisarts}} meer sinds haar praktijk stopte. Wie weet een praktijk met plek?"
Ik heb haar naam even laten staan omdat het om een huisarts gaat, of moet dat ook weg?
=====
> Ik heb haar naam even laten staan
ja moet weg, net als adres en geb.datum. vraag kan prima zonder 🙂 en: {{o:Huisartsenpraktijk De Kraayenburg}} neemt nog mensen aan in {{w:Kraayenstein}}
=====
kan iemand me de rekening van de {{o:Stichting Urgente Noden}} geven voor een gift? of is dat [[i:NL05 SNSB 8717 9005 79]]? staat zo in mijn notities bij cl maar weet niet of dat van de stichting of van cl is 🤔
=====
@[[p:Oscar]] dat is niet de rekening van SUN, die betalen zelf uit. als het bij cl in je notities staat is het waarschijnlijk van cl 😬 haal maar weg
=====
mw [[p:bakker]] (de mw van de [[a:De Carpentierstraat 101]]) belde vanochtend dat [[p:ingrid]] van de thuiszorg niet is gekomen. wie zit er in dat team? {{o:Florence}} of {{o:HWW zorg}}?
=====
> mw [[p:bakker]] (de mw van de [[a:De Carpentierstraat 101]])
@[[p:Joyce]] ik denk dat je in de verkeerde groep zit, dit is het algemene thema-kanaal 😉 stuur het naar je eigen teamkanaal
=====
lol ja klopt, dank. verwijderd
=====
Wie heeft het nummer van de {{r:jeugdconsulent}} in {{w:Ypenburg}}? het is voor de zoon van cl ([[p:Rayan]], 16), gaat niet meer naar school sinds [[d:9 januari]]
=====
@[[p:Bas]] [[p:Leyla Şahin]], [[t:06-15 82 77 30]], maar liefst via haar mail [[e:l.sahin@cjgdenhaag.nl]]. en laat de naam van de jongen weg hè
=====
iemand die snel een schuldhulpintake kan regelen? cl heeft een beslaglegging op loon, kenmerk [[z:DW-24-1183391]], deurwaarderskantoor {{o:Flanderijn}}. huur [[d:1 juli]] kan ze niet betalen
=====
Hieronder het bericht dat ik per ongeluk in de draad zette en dat de moderatie heeft weggehaald, zodat jullie zien wat er mis ging (geanonimiseerd): "cl [naam], [adres], bsn [xxx], tel [06-...]". Ik had het bedoeld voor ons eigen dossier. Les: altijd checken in welk venster je typt.
=====
Voor het verslag: bij de casusbespreking van [[d:12/3]] waren aanwezig [[p:R. Ramdin]] ({{o:Parnassia}}), [[p:T. de Vos]] ({{o:GGD}}), [[p:M. Hoek]] (wzt) en [[p:S. Bennani]] (wzt). cl was dhr. [[p:P.]] uit {{w:Spoorwijk}}
=====
@[[p:Tim de Vos]] nog even over die cl van dinsdag, zijn bsn staat verkeerd in jullie systeem: moet [[b:561 266 669]] zijn, niet [[b:561 266 696]]
edit: dit had ik in een dm moeten sturen, sorry. mods mogen het weghalen
=====
[Moderatie] twee berichten aangepast (BSN's). @[[p:Marit]] kun je dit soort correcties voortaan in het beveiligde systeem doorgeven? dank!
=====
Kan iemand zeggen of dit rekeningnummer bij de {{o:Voedselbank}} hoort: [[i:NL21TRIO9908503876]]? Er kwam een verzoek binnen van "de voedselbank" om een gift voor een cliënt over te maken, ik vertrouw het niet. Afzender: [[e:voedselbank.haaglanden.hulp@gmail.com]]
=====
⚠️ phishing! de echte {{o:Voedselbank Haaglanden}} vraagt nooit per mail om geld voor cliënten. niet betalen en melden bij [[e:cert@denhaag.nl]]
=====
heb net gemerkt dat in mijn les van vorige week de geboortedatum nog stond ([[d:23 augustus 2001]]). is eruit gehaald, kan iemand van de moderatie checken of de oude versie ook weg is?
=====
herinnering aan mezelf (en anderen die het vroegen): overleg met dhr. [[p:Van Dam]] van {{o:Vestia}} verschoven naar [[d:do 4 juli]] 14u
=====
@[[p:Roos]] je schreef: "de zaak loopt onder [[z:RvdK/2024/22871]] en de zitting is op [[d:17-09]]". Mag dat hier? Ik twijfel. Raad = {{o:Raad voor de Kinderbescherming}} toch
=====
Vraagje: het telefoonnummer van de {{r:POH-GGZ}} in {{w:Waldeck}} ([[p:Linda van Beek]]) is veranderd, nieuw is [[t:070 - 325 19 84]] (direct). Ik zet het erbij want er zijn veel verwijzingen vanuit ons team. Algemeen nummer praktijk blijft 070 325 19 00.
=====
cl [[p:Abebe]] (achternaam weet ik niet zeker, iets met [[p:Gebre]]) staat op de wachtlijst bij {{o:Kessler Stichting}}. briefadres is [[a:Wolweverstraat 9]], [[pc:2513AR]]. iemand die contact heeft daar?
edit: zie nu pas dat dit in de open draad staat. argh. mods?
=====
@[[p:Gijs]] heb je de overeenkomst met {{o:Zorg en Zekerheid}} nog gestuurd? kenmerk [[z:ZZ-2024-00912]]. deadline is [[d:31 mei]]
=====
dus even samengevat uit de draad hierboven:
- {{o:UWV}}: [[p:Ahmed]] belt terug ma
- {{o:SZW}}: [[p:Georgi]] zoekt uit of de bijstand met terugwerkende kracht kan (vanaf [[d:1 maart]])
- ik: check bij {{o:Kredietbank}} ([[p:Marloes Schipper]])
iemand vergeten?
=====
iemand die de machtiging-routine bij {{o:DigiD}} kent? mw heeft mij gemachtigd maar ik krijg een foutmelding. haar bsn eindigt op ...669, geb [[d:2-2-1955]]. bellen met de DigiD-helpdesk (088 123 6 555) gaf niks
=====
@[[p:Fleur]] eindcijfers + geboortedatum is ook al herleidbaar hoor. de DigiD-machtiging gaat trouwens via {{o:Machtigen.nl}}, niet via DigiD zelf
=====
nieuw mailadres voor aanmeldingen bij ons team: [[e:aanmelden.wzt.escamp@denhaag.nl]]. oude adres werkt nog t/m [[d:30 september]]. mijn eigen adres is [[e:r.tahapary@denhaag.nl]] voor vragen
=====
Ter info aan iedereen met cliënten bij {{o:Haag Wonen}}: nieuwe IBAN voor huurbetalingen sinds de fusie. Staat op de huurbrief. Niet het oude nummer meer gebruiken. (Ik plak het hier niet, is van de corporatie maar toch.)
=====
cl heeft twee rekeningen: [[i:NL70ASNB1640779540]] (leefgeld) en [[i:NL31 BUNQ 4504 0165 12]] (spaar?). de {{r:bewindvoerder}} weet alleen van de eerste. hoe pak ik dit aan zonder dat cl zich verraden voelt?
=====
^ en haal de nummers even weg [[p:Robin]] 🙏 inhoudelijk: eerlijk benoemen in een gesprek met z'n drieën, dat werkt meestal het best
=====
uitnodiging voor de intervisie: [[d:woensdag 19 juni]], 15.00-17.00, {{o:Wijkcentrum Transvaal}}, zaal De Lindenboom. aanmelden bij [[p:Ahmet]] ([[e:a.kaplan@wijkteamsdenhaag.nl]])
""")

# ---------------------------------------------------------------------------
# 8. Handles, initials, lower-case names and more numbers in replies
# ---------------------------------------------------------------------------
add(r"""
@[[p:fleur.dekker]] @[[p:m.hoek]] kunnen jullie vóór vrijdag de lessen van {{w:Loosduinen}} nog even nalezen? thx!!
=====
@[[p:jvdberg]] die casus van mw [[p:v.d. Berg]] (geen familie van jou hoop ik 😅) staat onder [[z:SWT-SEG-2024-0771]]. mag ik je bellen?
=====
cl [[p:kaya]] heeft vandaag eindelijk haar BSN-brief gehad: [[b:7632.51.914]]. nu kan de zorgverzekering geregeld worden 🎉
edit: ARGH. bsn weg aub. ik dacht dat ik in het dossier zat
=====
> [[b:7632.51.914]]
@[[p:Sevda]] even quoten om te laten zien dat het er nog staat, sorry, mods halen het weg. haal je het ook uit je quote, wie dit beantwoordt 🙏
=====
[[p:h.el amrani]] heeft z'n aanvraag bij het {{o:Jongerenloket}} ingediend, aanvraagnr [[z:JL-240611-37]]. hij is er trots op 😊 (cl-naam mag ik noemen, hij heeft toestemming gegeven voor deze les)
=====
Toestemming voor delen in een les betekent niet dat het in een open draad mag @[[p:Ilias]]. lees de werkinstructie er even op na. naam + aanvraagnummer = eruit
=====
wie kan mw [[p:de koning]] (ja met kleine letters, zo schrijft ze het zelf 😄) helpen met een aanvraag voor een scootmobiel? ze woont 2 hoog zonder lift in {{w:Bezuidenhout}} en de {{r:Wmo-consulent}} zegt dat ze eerst moet verhuizen
=====
@[[p:Noor]] @[[p:Jasper]] @[[p:lisa b]] — overleg over de les "De buurman als sleutel" verzet naar [[d:15/10]], zelfde tijd
=====
kort: [[p:J.A. Visser-Groen]] (cl, {{w:Rustenburg}}) is [[d:zondag 6 oktober]] overleden. Dank aan iedereen die de afgelopen maanden meedacht. We sluiten de les af.
=====
Bericht aangepast door moderator: cliëntnaam vervangen door "mw X". Origineel bericht van [[p:Wendy Winter]], [[d:08-10-2024]] 11:42.
=====
bsn’s van gezinsleden (kinderen) ook niet hier hè @[[p:Kim]]? zag net [[b:454685324]] en [[b:504480972]] langskomen in je bijlage "gezinssamenstelling.xlsx"
=====
yes, verwijderd. dank [[p:Naomi]]. ik had alleen de eerste tab gecheckt 🙈
=====
@[[p:Mohamed]] @[[p:Mo Bouhali]] wie van jullie twee is de [[p:Mo]] die de les over de moskee schreef? 😂
=====
haha ik ([[p:Mo Bouhali]]). [[p:Mohamed]] doet jeugd
=====
Dossiers die ik overdraag aan [[p:Hatice]] ivm mijn verlof (wzt-intern, per ongeluk hier):
- [[z:2024-11873]]
- [[z:2024-12004]]
- [[z:2023-09911]] (loopt af)
cl-namen staan in het overdrachtsdocument.
=====
@[[p:Ayşe]] dossiernummers hier zijn niet de bedoeling, zet je ze in je teamkanaal? (en fijn verlof! 🌴)
=====
aanvulling op mijn vraag over de {{o:CAK}}: het gaat om mw met klantnummer [[z:CAK 8823 1190]], ze moet € 412,60 bijbetalen over 2023. klopt dat?
=====
iemand die goed is met het {{o:Sociaal Raadsliedenwerk}}? mw [[p:Koster-Winter]] heeft een brief van het CJIB met betalingskenmerk [[z:8700 2231 4418 0066]] over een boete van haar overleden man
=====
@[[p:Rosa]] het raadsliedenwerk in {{w:Centrum}} is geweldig, vraag naar [[p:Peter de Haan]]. en betalingskenmerk weghalen hè 😉
=====
fyi mijn nieuwe directe nummer: [[t:070 752 4419]]. algemene nummer van ons team blijft gewoon via 14 070. [[p:Wilco]] ({{r:Wmo-adviseur}} {{w:Scheveningen}})
=====
> de eerste ontmoeting was op [[d:29 februari]], schrikkeldag 😄
lol. dat onthoud je wel. maar de datum zou ik uit de les halen, in combinatie met de wijk te herkenbaar
=====
@[[p:Sanne de Wit]] @[[p:Sanne Bakker]] oké twee Sannes in de groep, ik ga jullie voortaan [[p:Sanne W.]] en [[p:Sanne B.]] noemen 😂
=====
[[p:Sanne W.]] hier, prima 😄
""")

add(r"""
Draad ‘Casusles: de man in de garagebox’ (thema bemoeizorg) · 9 reacties, gekopieerd voor het verslag van de expertmeeting

[[p:Dorien]] (auteur): Dank voor alle reacties! Ik vat ze hieronder samen, zodat we ze in april kunnen bespreken.

[[p:Fatih Şahin]]: wat mij opviel is dat de {{o:GGD}} pas na 5 weken reageerde. ligt dat aan de melding of aan de capaciteit?
> [[p:Dorien]]: capaciteit volgens mij, de melding was compleet

[[p:Wouter]]: bij ons in {{w:Vrederust}} hebben we een vergelijkbare man gehad. wat hielp was de {{r:wijkagent}} die hem al jaren kende. zonder die band was het niks geworden

[[p:Katarzyna Wójcik]]: in our work with Polish men we see the same. garage, car, no address. {{o:Barka}} can help with return if he wants, but most don't

[[p:Samira Bennani]]: ik mis een beetje het stuk over de schulden. er was toch ook een deurwaarder?
> [[p:Dorien]]: klopt, dat heb ik bewust kort gehouden omdat het anders herleidbaar werd (het kenmerk stond eerst in de les, [[z:DW-23-0098812]], en dat heb ik er op advies van [[p:Anouk]] uitgehaald)

[[p:Hanan Ziani]]: mooie les. voor de volgende keer: misschien {{o:Kessler Stichting}} eerder betrekken, die hebben nachtopvang én een briefadres-regeling

[[p:Ruud]]: +1 voor {{o:Kessler}}. en de {{o:Straatpastoraat}} kent iedereen die buiten slaapt

[[p:Dorien]] (auteur): samengevat: 1) band met een vaste persoon is de sleutel, 2) briefadres eerst, 3) schulden later. Ik neem dit mee naar [[d:donderdag 18 april]]. Wie wil meepresenteren? 🙋
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


def chars(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


TYPOS = {chars(x) for x in TYPO_NUMBERS}


def bsn_ok(s):
    d = chars(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = chars(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    typos_seen = set()
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] in ("bsn", "iban"):
                ok = bsn_ok(sp["text"]) if sp["label"] == "bsn" else iban_ok(sp["text"])
                if chars(sp["text"]) in TYPOS:
                    assert not ok, ("typo number is valid", sp["text"])
                    typos_seen.add(chars(sp["text"]))
                else:
                    assert ok, ("bad %s" % sp["label"], sp["text"])
        rows.append({"id": "h117-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    assert typos_seen == TYPOS, ("unused typo numbers", TYPOS - typos_seen)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout117.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("without personal data", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
