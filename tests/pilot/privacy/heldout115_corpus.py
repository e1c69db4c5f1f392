#!/usr/bin/env python3
"""Held-out corpus 115: the knowledge platform of the pilot "Samen werken in het
sociale domein" as people really post on it: theme pages, discussion threads with
replies and @mentions, session announcements and minutes, structured case lessons,
questions to other teams, evaluations of the kick-off and workshops. Teams from
The Hague and a few other municipalities; client details slipped in by accident
next to many organisations, neighbourhoods and roles that must stay readable.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout115.jsonl next to itself.
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

# BSNs / IBANs that are deliberately typed wrongly (still personal data)
KNOWN_BAD = {"697438269", "58375298", "NL23RABO3553429195", "NL67 ABNA 0910 9506 13"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Theme pages (themapagina's), written by facilitators and theme owners
# ---------------------------------------------------------------------------
add(r"""
# Thema: Bemoeizorg

**Waar gaat dit thema over?**
Bemoeizorg is zorg voor mensen die zelf niet om hulp vragen, maar die het wel hard nodig hebben: vervuilde woningen, psychiatrische klachten zonder behandeling, mensen die de deur niet opendoen. In de pilot kijken we hoe {{o:SWT}}'s en {{o:GGD Haaglanden}} (team Vangnet) elkaar eerder vinden.

**Waarom dit thema?**
Bij de kick-off kreeg bemoeizorg 31 van de 118 stemmen. Veel teams lopen vast op de verwijzing: de {{o:GGZ}} wil een verwijsbrief van de {{r:huisarts}}, en die vraagt de cliënt niet aan.

**Trekkers**
- {{r:wijkverpleegkundige}} [[p:Marloes van Rijn]] ({{o:SWT}} {{w:Transvaal}})
- {{r:sociaal psychiatrisch verpleegkundige}} [[p:Otmane Bouali]] ({{o:Parnassia}})

**Bijdragen tot nu toe:** 14 casuslessen, 3 discussies, 1 expertmeeting (april).
=====
Themapagina JEUGD → 18-/18+

Het thema jeugd gaat in deze pilot vooral over de overgang naar volwassenheid. Op de dag dat een jongere 18 wordt stopt de jeugdhulp vanuit de Jeugdwet en begint de wereld van de Wmo, de Participatiewet en de Zorgverzekeringswet. Dat gaat vaak mis: indicaties lopen af, de zorgverzekering moet ineens zelf betaald worden, er komen boetes van het {{o:CAK}} of het {{o:CJIB}}.

Samenwerkingspartners: {{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:William Schrikker Stichting}}, {{o:Youz}}, het {{o:Jongerenloket}}, {{r:jongerenwerkers}} van {{o:Xtra}} en {{o:Stichting MOOI}}.

Wat we zoeken: voorbeelden van een goede warme overdracht tussen {{r:jeugdconsulent}} en {{r:casusregisseur}}, en ideeën voor het 'perspectiefplan 18+'.

Vragen over dit thema? Stel ze in de discussie onderaan deze pagina.
Laatst bewerkt: [[d:6 februari 2025]] door [[p:Sevda Aydın]].
=====
THEMA OUDEREN – samenvatting voor nieuwe leden

Wie: {{r:ouderenconsulenten}}, {{r:casemanagers dementie}}, {{r:wijkverpleegkundigen}}, {{r:Wmo-adviseurs}} en {{r:mantelzorgconsulenten}}.
Wijken die meedoen: {{w:Mariahoeve}}, {{w:Bezuidenhout}}, {{w:Loosduinen}}, {{w:Segbroek}}, {{w:Scheveningen}}.
Thema's binnen het thema: eenzaamheid, valpreventie, (vroeg)signalering van dementie, overbelaste mantelzorgers, financieel misbruik door familie.

Tip: de ouderenbank van {{o:Florence}} heeft een algemeen nummer, 070 413 20 00, daar kun je ook buiten kantooruren naartoe bellen voor een spoedopname.
=====
## Huiselijk geweld – themapagina

Dit thema wordt getrokken door [[p:Hanneke Groen]] ({{r:aandachtsfunctionaris huiselijk geweld}}, {{o:SWT}} {{w:Escamp}}) en [[p:Youssef Amrani]] ({{o:Veilig Thuis Haaglanden}}).

Belangrijke bronnen
* Meldcode huiselijk geweld en kindermishandeling (de 5 stappen)
* Afwegingskader per beroepsgroep
* Veilig Thuis: 0800-2000 (gratis, 24/7) – dit is het algemene adviesnummer, geen persoonlijk nummer
* Politie: 0900-8844

Let op: deel in dit thema **nooit** namen van slachtoffers of plegers, ook niet 'alleen de voornaam'. Gebruik 'de cliënt', 'mevrouw (58)' of 'de moeder'.
=====
Thema eenzaamheid (subthema van ouderen)

In {{w:Mariahoeve}} en {{w:Bouwlust}} zien we veel alleenstaande 75-plussers. Uit de Gezondheidsmonitor blijkt dat 48% van de Haagse ouderen zich matig of sterk eenzaam voelt. {{o:Voor Welzijn}} draait huiskamerprojecten, {{o:Humanitas}} heeft maatjes, en de {{o:Zonnebloem}} organiseert uitjes.

Lesvraag voor de pilot: hoe bereik je de ouderen die nergens komen? De teams proberen het met een 'ommetje-kaart' en met een {{r:huisbezoeker}} die iedereen van 80 jaar een keer bezoekt.

Pagina-eigenaar: [[p:Tjitske Kloosterman]] ({{o:Voor Welzijn}}), [[e:t.kloosterman@voorwelzijn.nl]]
=====
Themapagina: schulden en armoede (geen officieel pilotthema, wel veel gevraagd)

Bij 7 van de 10 casussen die bij de {{o:SWT}}'s binnenkomen spelen geldzorgen mee. Daarom heeft de facilitator een aparte pagina aangemaakt.

Wie kun je bellen?
| Organisatie | Voor | Bereikbaar |
|---|---|---|
| {{o:Schuldhulpverlening Den Haag}} | intake schuldhulp | 14 070 |
| {{o:Haagse Kredietbank}} | saneringskrediet, budgetbeheer | algemeen nummer op de site |
| {{o:Geldloket}} | snelle vragen over post en geld | inloop op het {{o:Servicepunt XL}} |
| {{o:Sociaal Raadslieden}} | toeslagen, bezwaar | via {{o:Xtra}} |

Correspondentieadres gemeente: Postbus 12600, 2500 DJ Den Haag.
=====
Thema LVB (licht verstandelijke beperking)

Vooral de teams in de {{w:Schilderswijk}} en {{w:Transvaal}} hebben veel cliënten met een LVB, vaak niet gediagnosticeerd. Tips uit de werkgroep:
1. Gebruik de SCIL (screener voor intelligentie en licht verstandelijke beperking), duurt 15 minuten.
2. Schakel de {{r:MEE-consulent}} vroeg in, niet pas als alles vastloopt.
3. Brieven van de gemeente: vraag om de B1-versie.
4. Let op misbruik door 'vrienden' die geld lenen.

Contactpersoon werkgroep: [[p:Ilse Doornbos]], {{o:MEE Zuid-Holland Noord}}, [[e:i.doornbos@mee-zhn.nl]].
=====
Over dit platform

Dit is het kennisplatform van de pilot 'Samen werken in het sociale domein'. Hier delen de 24 sociale wijkzorgteams van Den Haag kennis en ervaring rond vier thema's: jeugd, ouderen, huiselijk geweld en bemoeizorg. De pilot loopt vier maanden, van de startbijeenkomst begin februari tot de slotbijeenkomst in juni. Het platform wordt beheerd door de gemeente samen met {{o:Crossover}} en het {{o:CAOP}}.

Regels
- Deel alleen geanonimiseerde casuslessen, met toestemming van de cliënt (toestemmingsverklaring).
- Wees concreet: wat werkte, wat niet, en waarom.
- Reageer op elkaar. Een vraag zonder antwoord is een gemiste kans.
=====
Thema: arbeidsmigranten (aanvraag nieuw thema door {{o:SWT}} {{w:Laak}})

Waarom: in {{w:Laakkwartier}}, {{w:Spoorwijk}} en {{w:Groente- en Fruitmarkt}} wonen veel mensen uit Polen, Bulgarije en Roemenië, vaak met 8 of meer in één huis. Ze vallen tussen wal en schip: niet ingeschreven in de BRP, geen {{r:huisarts}}, werk via uitzendbureaus in het Westland.

Partners: {{o:Fairwork}}, {{o:Barka}}, {{o:Stichting Straatpastoraat}}, {{o:Kessler Stichting}}, {{o:Leger des Heils}}, het {{o:IOM}}.

Status: in stemming tot [[d:31 maart]]. Aangevraagd door [[p:Bilal Sultani]].
=====
Thema bemoeizorg – veelgestelde vragen

V: Mag ik zonder toestemming informatie delen met {{o:GGD Haaglanden}}?
A: Alleen als er sprake is van ernstig gevaar en de afweging is vastgelegd. Overleg met je {{r:teamleider}} of de {{r:privacy officer}} van de gemeente.

V: Wie neemt de regie als meerdere partijen betrokken zijn?
A: Spreek één {{r:casusregisseur}} af. In {{w:Moerwijk}} is dat altijd iemand van het {{o:SWT}}, in {{w:Centrum}} soms de {{r:bemoeizorger}} van {{o:Parnassia}}.

V: Waar vind ik het formulier 'zorgmelding'?
A: In de bibliotheek van dit platform, map 03-Formulieren, versie 2.1.
""")


# ---------------------------------------------------------------------------
# 2. Discussion threads with replies and @mentions
# ---------------------------------------------------------------------------
add(r"""
Discussie: Hoe krijg je een zorgmijder naar de huisarts?

[[p:Naima El Idrissi]] · {{r:maatschappelijk werker}} · {{o:SWT}} {{w:Schilderswijk}} · [[d:12-02-2025]] 09:14
Ik loop al weken vast bij een meneer van in de 60 die niks wil. Geen {{r:huisarts}}, geen {{o:GGZ}}, post ongeopend. Hij laat mij wel binnen als ik koffie meeneem. Tips?

  ↳ [[p:Rob Koning]] · {{o:SWT}} {{w:Scheveningen}} · [[d:12-02-2025]] 10:02
  @[[p:Naima]] koffie is al een begin! Wij hebben goede ervaring met de {{r:POH-GGZ}} die gewoon meeloopt op huisbezoek, dan hoeft hij niet naar de praktijk.

  ↳ [[p:Naima El Idrissi]] · [[d:12-02-2025]] 10:40
  @[[p:Rob Koning]] goed idee, ga ik vragen. Zijn praktijk zit aan de Hoefkade, die doen wel vaker huisbezoek.
=====
RE: RE: overdracht 18+

> @[[p:Sevda]] weet jij hoe dat zat met de zorgverzekering bij jullie jongen?

Ja, in ons geval ([[p:Dylan]], 18 geworden op [[d:3 januari]]) heeft niemand de zorgverzekering geregeld. Na drie maanden kwam er een brief van {{o:Zilveren Kruis}}. Les: zet het in het perspectiefplan, 3 maanden vóór de 18e verjaardag.
– [[p:Sevda Aydın]], {{r:jeugdconsulent}} {{o:CJG}} {{w:Escamp}}
=====
[[p:Jeroen Hoekstra]] schreef:
Wie heeft er ervaring met het doorbreken van een patstelling tussen {{o:Staedion}} en een huurder met verzamelwoede? De woning op de [[a:Jan Blankenstraat 82]] ([[pc:2525 XJ]]) wordt over zes weken ontruimd.

Reacties (3)
[[p:Femke]] ({{w:Transvaal}}): @[[p:Jeroen Hoekstra]] haal direct de {{r:woonconsultant}} en team Vangnet samen aan tafel. Een ontruiming kost {{o:Staedion}} ook geld, daar zit ruimte.
[[p:Mo Haddouchi]] ({{o:Parnassia}}): Eens met [[p:Femke]]. En kijk of er sprake is van een hoarding disorder, dan is er behandeling mogelijk.
[[p:Jeroen Hoekstra]]: Dank allebei, ik heb [[p:mo]] een DM gestuurd.
=====
@[[p:anouk.devries]] kun jij de presentatie van gisteren hier neerzetten? Ik was er niet bij (ziek). Groet [[p:Bilal]]
=====
> Geplaatst door [[p:Ingrid Mulder]] ({{o:SWT}} {{w:Loosduinen}})
> Wij werken sinds januari met een vast spreekuur van de {{r:wijkagent}} in het wijkcentrum. Wie nog meer?

Wij ook, in {{w:Bouwlust}} op dinsdagmiddag. Het helpt echt om signalen van huiselijk geweld eerder te horen. Onze {{r:wijkagent}} [[p:Winter]] is er bijna altijd bij.
[[p:Cor van der Meer]]
=====
Thread: vragen over de toestemmingsverklaring

[[p:Samira Bensaïd]]: Moet er een nieuwe toestemmingsverklaring komen als we een casus delen als casusles op dit platform? Of dekt de oude dat?
[[p:Pieter de Vos]] ({{r:privacy officer}} gemeente): Goede vraag @[[p:Samira Bensaïd]]. De oude verklaring gaat over delen binnen het team. Voor een casusles op het platform vragen we een aparte toestemming, ook al is de les geanonimiseerd. Het formulier staat in de bibliotheek.
[[p:Samira Bensaïd]]: Duidelijk, dank!
[[p:Lotte]]: En als de cliënt overleden is?
[[p:Pieter de Vos]]: Dan geen casusles, tenzij echt niets herleidbaar is. Bel me even, [[t:06 41 28 77 03]].
=====
Kan iemand mij helpen? Ik zoek een Poolstalige vrijwilliger die mee wil naar de {{o:IND}}. Het gaat om meneer [[p:Kowalczyk]] uit {{w:Laakkwartier}}, afspraak op [[d:maandag 24 maart]] om 10.30. @[[p:Agnieszka]] ken jij iemand?
=====
[[p:Agnieszka Nowak]] · {{o:Barka}} · 2 uur geleden
@[[p:Tessa]] ja, [[p:Marek]] kan mee, hij is {{r:ervaringsdeskundige}} bij ons. Bel hem via het algemene nummer van Barka, dan verbinden ze je door.
=====
Discussie onder casusles "De verdwenen post"

[[p:Esra]]: Mooie les! Herkenbaar. Hoe lang duurde het voordat de {{r:bewindvoerder}} er was?
[[p:Wouter Visser]]: Ongeveer 10 weken via de rechtbank. In de tussentijd deed de {{r:budgetcoach}} van {{o:Xtra}} het.
[[p:Esra]]: En mevrouw [[p:Pinas]] zelf, vond ze het goed?
[[p:Wouter Visser]]: @[[p:Esra]] let op, je noemt nu haar naam, die had ik er juist uit gehaald 😅 kan de moderator dit aanpassen?
Moderator: Aangepast.
=====
Wie gaat er donderdag naar de workshop 'motiverende gespreksvoering' in {{w:Ypenburg}}? Zullen we samen rijden vanaf de Leyweg? Ik heb nog 3 plekken. [[p:Dewi]]
=====
[[p:Kees Hoek]] reageerde op jouw bericht:
"@[[p:Sanne]] volgens mij is het niet de Wmo maar de Zvw die de wijkverpleging betaalt, dus de indicatie gaat via de {{r:wijkverpleegkundige}} zelf. Check bij [[p:Angela]] van {{o:Florence}}."
=====
Onderwerp: kinderen in de opvang na huiselijk geweld

[[p:Fatima Zahra Ouchan]] ({{o:SWT}} {{w:Moerwijk}}), [[d:3 maart]]:
Een moeder en drie kinderen zijn sinds vrijdag in de {{o:Blijf Groep}}. De kinderen gaan naar school in {{w:Moerwijk}}, maar de opvang zit in een andere stad. School wil weten wat ze moeten doen. Wie heeft hier een protocol voor?

[[p:Jasper Smit]] ({{o:Veilig Thuis Haaglanden}}):
@[[p:Fatima Zahra Ouchan]] er is geen vast protocol. Advies: één contactpersoon op school, de {{r:intern begeleider}}. Geef het adres van de opvang nooit door.

[[p:Fatima Zahra Ouchan]]:
Dank je. Ik heb nu contact met de IB'er, meester [[p:Dekker]].
=====
@[[p:Lisa B.]] @[[p:h.yilmaz]] @[[p:Tjitske]] – de agenda voor het themaoverleg ouderen staat online. Graag vóór vrijdag je punten toevoegen!
=====
Thread: eenzaamheid bij mannen

"Mannen komen niet op de koffieochtend." Dat hoor ik in elk team. Wij in {{w:Duindorp}} hebben een klusgroep opgezet in de loods van {{o:Stichting Duindorp}}. Nu komen er 11 mannen, de oudste is 88. Wie wil er komen kijken? Mail me: [[e:b.kuiper@voorwelzijn.nl]]
– [[p:Bert Kuiper]], {{r:opbouwwerker}} {{o:Voor Welzijn}}

Reactie van [[p:Marian]]: Wat leuk [[p:Bert]]! Hoe hebben jullie de mannen bereikt?
Reactie van [[p:Bert Kuiper]]: Via de visafslag en de kerk, en eerlijk gezegd via [[p:Gerrit]] zelf, die kent iedereen.
=====
[[p:Hamza Belhaj]]:
Is er iemand die ervaring heeft met een aanvraag bij het {{o:Nibud}}-potje voor witgoed? Cliënt in {{w:Zuiderpark}} heeft al 4 maanden geen koelkast.

[[p:Yvonne Stam]]:
@[[p:Hamza Belhaj]] Nibud heeft geen potje, je bedoelt denk ik bijzondere bijstand of het {{o:Fonds 1818}}. Wij deden laatst een aanvraag via {{o:Stichting Urgente Noden}}, in 2 weken rond.

[[p:Hamza Belhaj]]:
Ah ja, SUN! Dank. Aanvraagnummer kwam binnen: [[z:SUN-2025-04417]], dus hij loopt.
=====
Nieuwe discussie: Wie kent een goede {{r:tolk}} Tigrinya?

[[p:Lieke Brouwer]]: De {{o:Tolkencentrum}} heeft er weinig. Onze cliënte [[p:Mebrat]] begrijpt de telefoontolk niet goed.
[[p:Ahmed Yusuf]]: @[[p:Lieke Brouwer]] {{o:Vluchtelingenwerk}} heeft sleutelfiguren, vraag naar [[p:Senait]] op locatie {{w:Centrum}}.
[[p:Lieke Brouwer]]: Top.
=====
Reactie op "Kick-off: hoe nu verder?"

Ik vond het mooi dat we met 24 teams in één zaal zaten. Maar wie zit nu in de pilotgroep? Ik zie alleen de namen van [[p:Petra]], [[p:Ruud]] en [[p:Nurdan]] uit ons cluster. @facilitator komt er een lijst?
=====
Antwoord van de facilitator:
Hoi allemaal, de lijst van de 20 deelnemers staat op de pagina 'Pilotgroep'. Per cluster zijn 2 à 3 mensen gekozen. Van jullie cluster: [[p:Petra Zomer]], [[p:Ruud de Jong]] en [[p:Nurdan Koç]]. Groet, [[p:Lisanne Verhoeven]] ({{o:Crossover}})
=====
[[p:Wendy]] ({{w:Laak}}) – Wij hebben een casus waarbij vader (40) na een detentie terugkomt in het gezin. {{o:Reclassering Nederland}} is betrokken, maar het {{o:CJG}} weet van niks. Hoe regelen jullie de afstemming? Reclasseringsnummer zit in ons dossier, [[z:RN-23-006612]], ik kan het intern doorsturen.

  @[[p:Wendy]] haal dat nummer hier even weg 🙏 – [[p:Thijs]]
  Klopt, sorry! – [[p:Wendy]]
=====
[[p:sjoerd]] 14:02
iemand die weet of het {{o:Servicepunt XL}} {{w:Escamp}} ook op woensdagmiddag open is?

[[p:yasmina]] 14:05
@[[p:sjoerd]] nee alleen ochtend, 9-12. middag via 14 070

[[p:sjoerd]] 14:06
thx
=====
Discussie: valpreventie thuis

[[p:Monique de Wit]]: Onze {{r:ergotherapeut}} komt nu standaard mee bij 80+ met een val in het afgelopen jaar. Resultaat: in 6 maanden 9 woningaanpassingen.
[[p:Ricardo Martis]]: @[[p:Monique de Wit]] via Wmo of via de zorgverzekeraar?
[[p:Monique de Wit]]: Beide. De {{r:ergotherapeut}} via de basisverzekering, de aanpassingen via de Wmo.
[[p:Ricardo Martis]]: En wachttijd?
[[p:Monique de Wit]]: Gemiddeld 6 weken. Bij mw. [[p:Ramdin]] was het in 10 dagen rond omdat het om een traplift ging na een heupfractuur.
=====
@[[p:Mirjam.B]] je vroeg om ons stappenplan bij een melding vanuit de buurt. Hier is het:
1. melding komt binnen (buren, {{o:HTM}}, winkel)
2. binnen 2 werkdagen huisbezoek met z'n tweeën
3. geen contact? briefje + tweede poging
4. derde keer: overleg met {{o:GGD}} Vangnet
Succes! [[p:Kevin Bos]]
=====
[[p:Hülya Şahin]] 09:41
Goedemorgen collega's van {{w:Segbroek}}, is er iemand die de contactpersoon kent bij {{o:Haag Wonen}} voor urgentie bij mantelzorg?

[[p:Nienke]] 09:55
@[[p:Hülya Şahin]] dat loopt niet via Haag Wonen maar via de gemeente (urgentiecommissie). Bij Haag Wonen kun je wel [[p:Joost]] bellen, die denkt mee. Zijn directe nummer is [[t:070 - 3 88 41 27]].
=====
Discussie | Thema huiselijk geweld | 7 reacties

[[p:Anna Kovács]]: Hoe gaan jullie om met ouderenmishandeling door een kleinzoon? Geen fysiek geweld, wel geld van de rekening.
[[p:Michiel Schipper]]: Financiële uitbuiting is ook huiselijk geweld. Meld bij {{o:Veilig Thuis}}.
[[p:Anna Kovács]]: Mevrouw wil dat niet, ze wil haar kleinzoon niet 'verraden'.
[[p:Leila Achahbar]]: Herkenbaar. Wij hebben in zo'n geval de bank ({{o:Rabobank}}) gevraagd een limiet in te stellen, met toestemming van mevrouw.
[[p:Michiel Schipper]]: Mooi voorbeeld. @[[p:Leila Achahbar]] wil je dat als casusles schrijven?
[[p:Leila Achahbar]]: Doe ik! Wel zonder het rekeningnummer dit keer 😉
[[p:Anna Kovács]]: Dank voor het meedenken.
=====
Wie heeft de sheets van dr. [[p:Van Leeuwen]] over hechting? Die waren super. Graag in de map 'Expertmeeting april'.
=====
[[p:Priscilla Wijngaarde]]:
Vraag aan de ouderenconsulenten: wat doen jullie als een oudere niet meer zelfstandig kan wonen maar geen indicatie voor de Wlz krijgt?

[[p:Ton Hendriks]]:
@[[p:Priscilla Wijngaarde]] dan zit je in het 'gat'. Wij zetten dagbesteding in via de Wmo en extra thuiszorg via de Zvw. En we vragen het {{o:CIZ}} opnieuw te kijken na 3 maanden.

[[p:Priscilla Wijngaarde]]:
Het gaat om meneer [[p:Sewdien]] van 84, dus dat gaan we doen.
=====
@Redactie de link naar het verslag van de kick-off werkt niet (404). Kunnen jullie kijken? Groet, [[p:Merel]]
=====
Onderwerp: RE: wie neemt de regie?

Dag [[p:Erik]],
Ik lees je bericht van gisteren. In {{w:Rustenburg-Oostbroek}} spreken we af: wie de eerste melding krijgt, is {{r:casusregisseur}} tot het eerste MDO. Daarna kiezen we samen. Werkt goed.
Hartelijke groet,
[[p:Gonny Prins]]
{{r:casusregisseur}} | {{o:SWT}} {{w:Rustenburg-Oostbroek}}
m: [[t:06 - 50 23 81 94]]
=====
Reacties op "Jongeren die thuis weggaan"

1. [[p:Ilias]]: Wij hebben voor dit soort jongeren een 'logeerplek' bij {{o:Stichting De Mussen}}. Vraag naar de {{r:jongerenwerker}}.
2. [[p:Jolanda Baas]]: Let op, een jongere onder de 18 mag niet zomaar daar slapen zonder toestemming van de ouders. Check even met de {{o:Raad voor de Kinderbescherming}}.
3. [[p:Ilias]]: @[[p:Jolanda Baas]] klopt, alleen 18+. Voor jongere kinderen werken we met {{o:Jeugdbescherming west}}.
=====
Pfff. Vandaag voor de derde keer bij mevr. [[p:Tahiri]] voor de deur gestaan. Niemand. Buurvrouw zegt dat ze in Marokko is. Heeft iemand een idee hoe je dit checkt zonder de familie te alarmeren?

→ [[p:Marco]]: via het {{o:Servicepunt XL}} kun je zien of er een adreswijziging is in de BRP, verder niet.
→ [[p:Salma]]: of de {{r:huisarts}} bellen, die weten vaak meer.
=====
[[p:Tim Groenewegen]] @ [[p:Chantal Lachmon]]: dank voor je input bij de brainstorm! Ik heb je punt over 'één plan, één regisseur' meegenomen in het verslag.
=====
Thread: tips voor gesprek met cliënt die alleen Arabisch spreekt

– gebruik de telefoontolk (gratis voor gemeente via {{o:Concord}})
– neem geen familieleden als tolk, zeker niet bij huiselijk geweld
– vraag de {{r:sleutelpersoon}} van {{o:Stichting Al Amal}}

@[[p:Khalid]] jij spreekt toch ook Arabisch? Kun je meedenken bij de familie in {{w:Bezuidenhout}}?

[[p:Khalid Benali]]: Ja, geef maar een seintje. Wel Marokkaans-Arabisch, geen Syrisch, dat scheelt soms.
=====
[[p:Liam]] schreef om 16:20:
Collega's, kan iemand mij het telefoonnummer van de {{r:wijkverpleegkundige}} van {{w:Kijkduin}} sturen? Via PB graag, niet hier.

[[p:Sophie]] om 16:31:
Gestuurd!
=====
[[p:Dirk-Jan Willems]] plaatste een bericht in **Bemoeizorg**:
Korte update: de aanpak 'samen voor de deur' loopt nu in {{w:Moerwijk}}, {{w:Morgenstond}} en {{w:Bouwlust}}. We hebben 23 meldingen gehad, 17 keer kwamen we binnen. Bij de 6 andere loopt het via {{o:GGD Haaglanden}}.
Details volgen in de casusles.
=====
@[[p:Zeynep K.]] ik hoorde dat jullie in {{w:Transvaal}} een maandelijks overleg met de moskee hebben. Hoe is dat ontstaan? Wij willen in {{w:Laak}} iets vergelijkbaars met de {{o:Mevlana moskee}}. Groetjes [[p:Nadia]]

  [[p:Zeynep Kaya]]: @[[p:Nadia]] via de {{r:imam}} en een {{r:vrijwilliger}}, [[p:Hakan]], die al jaren actief is. Ik stuur je zijn nummer via mail.
=====
Discussie gesloten door moderator.
Reden: in dit draadje stonden persoonsgegevens van een cliënt (naam en adres). Deze zijn verwijderd. Wil je verder praten? Start een nieuwe discussie en gebruik geen namen.
=====
Vraag van [[p:Bas Verbeek]] (gemeente Zoetermeer, {{o:Sociaal Team}} {{w:Meerzicht}}):
Mogen wij als buurgemeente ook meelezen en reageren? Wij hebben in {{w:Meerzicht}} dezelfde problemen met bemoeizorg.

Antwoord van [[p:Ellen Boer]] ({{r:projectleider}} pilot):
Welkom @[[p:Bas Verbeek]]! Meelezen mag, reageren ook. Casuslessen delen kan vanaf de tweede fase.
=====
[[p:Orlando]]: weet iemand of de {{o:Voedselbank Haaglanden}} nog nieuwe klanten aanneemt in {{w:Ypenburg}}?
[[p:Tamara]]: @[[p:Orlando]] ja, via verwijsbrief van een hulpverlener. Uitgiftepunt zit aan de Laan van Ypenburg, niet meer in de kerk.
[[p:Orlando]]: 👍
=====
Bericht van [[p:Saskia Roos]] in Jeugd:
Gisteren een mooi gesprek gehad met de {{r:leerplichtambtenaar}} en een {{r:jongerenwerker}} over voortijdig schoolverlaters (18-23). In {{w:Escamp}} zijn het er ruim 140 per jaar. Wie wil meedenken over een aanpak? Ik start een werkgroep, eerste keer [[d:donderdag 17 april]] 15.00 uur, {{o:Wijkcentrum Oase}}, zaal 1.04.
=====
[[p:R. Jagroep]] @ allen: heeft iemand een format voor een 'netwerkkaart'? Met de familie [[p:Mangal]] in {{w:Transvaal}} willen we in kaart brengen wie er om hen heen staan.
=====
> [[p:Marleen]]: Is het {{o:CAK}} nog te bereiken voor een betalingsregeling?
Ja, gewoon via hun algemene klantnummer. Duurt wel lang in de wacht. Tip: bel om 8.00 uur. [[p:Eva]]
=====
RE: ervaringen met de nieuwe wachtlijst {{o:i-psy}}

[[p:Abdelkader]] 11:20 | Wachttijd is nu 14 weken. Voor cliënt [[p:Rahma]] (zie casusles) duurde het zelfs 5 maanden.
[[p:Nina de Haan]] 11:34 | @[[p:Abdelkader]] bij {{o:Parnassia}} is het vergelijkbaar. Voor overbrugging gebruiken wij de {{r:POH-GGZ}}.
[[p:Abdelkader]] 11:41 | Dat doen wij ook, maar die heeft maar 5 gesprekken.
""")


# ---------------------------------------------------------------------------
# 3. Session announcements (kick-off, start, workshops, expert meeting, closing)
# ---------------------------------------------------------------------------
add(r"""
📣 UITNODIGING KICK-OFF PILOT 'SAMEN WERKEN IN HET SOCIALE DOMEIN'

Wanneer: [[d:vrijdag 22 november]], 13.00 – 17.00 uur (inloop vanaf 12.30)
Waar: Atrium, stadhuis Den Haag, zaal 'Haagse Hout'
Voor wie: alle medewerkers van de 24 sociale wijkzorgteams

Programma
13.00 welkom door de {{r:wethouder}} Zorg, Jeugd en Volksgezondheid
13.20 'Wat is teamoverstijgend werken?' – {{o:CAOP}}
14.00 carrousel langs de vier kandidaat-thema's
15.30 stemming: welke thema's en wie in de pilotgroep
16.30 borrel

Aanmelden vóór [[d:15 november]] via dit platform. Vragen? Mail [[e:pilotsociaaldomein@denhaag.nl]].
=====
Startbijeenkomst pilotgroep
[[d:dinsdag 4 februari]] | 9.30-12.30 | {{o:Wijkcentrum De Mussen}}, {{w:Schilderswijk}}

Voor de 20 deelnemers van de pilotgroep. We maken per thema een werkplan en kiezen een 'trekker'. Neem je eigen casus mee (geanonimiseerd!).

Begeleiding: [[p:Lisanne Verhoeven]] ({{o:Crossover}}) en [[p:Gert-Jan Bakker]] ({{o:CAOP}}).
Parkeren: betaald parkeren in de wijk, kom liever met tram 9 of 11.
=====
Workshop: motiverende gespreksvoering bij zorgmijders
Door: [[p:Hester Lammers]], {{r:trainer}} en {{r:GZ-psycholoog}}
Datum: [[d:13-03-2025]], 13.30 – 16.30
Locatie: {{o:Servicepunt XL}} {{w:Ypenburg}}, ruimte 'De Tuin'
Max. 16 deelnemers, nog 5 plekken vrij.
Kosten: geen, wordt betaald uit het pilotbudget (€ 2.400 voor alle workshops samen).
=====
EXPERTMEETING APRIL – 'Verwijzen zonder verwijsbrief?'

Op [[d:donderdag 10 april]] gaan we in gesprek met experts uit de {{o:GGZ}}, de huisartsenzorg en de gemeente over het knelpunt dat de teams het vaakst noemen: een zorgmijdende cliënt krijgt geen {{o:GGZ}} omdat er geen verwijzing is.

Sprekers:
• dr. [[p:Wim Jacobs]] – {{r:huisarts}} in {{w:Moerwijk}} en kaderarts GGZ
• [[p:Sabrina Ramdas]] – {{r:manager}} {{o:Parnassia}} Centrum Haaglanden
• [[p:Frank Oudshoorn]] – {{r:beleidsadviseur}} {{o:Zorgverzekeraar DSW}}

Tijd: 14.00-17.00, daarna netwerkborrel. Zaal 3.12 op de derde verdieping.
=====
Reminder: morgen brainstorm thema ouderen, 10.00 uur, online (Teams). Link volgt in je agenda. Graag vooraf de drie casuslessen van {{w:Mariahoeve}} lezen. – [[p:Tjitske]]
=====
Save the date: SLOTBIJEENKOMST PILOT – [[d:woensdag 18 juni]] – 15.00 uur
We presenteren de opbrengsten per thema, de {{r:wethouder}} is aanwezig en we kijken samen naar de vervolgstap: uitbreiding naar alle teams. Locatie volgt.
=====
Intervisie huiselijk geweld – nieuwe reeks

Vier bijeenkomsten, steeds op de tweede maandag van de maand, 14.00 – 16.00.
Begeleider: [[p:Sandra Groenendijk]], {{r:aandachtsfunctionaris}} {{o:Veilig Thuis Haaglanden}}.
Aanmelden bij [[p:Sandra]]: [[e:s.groenendijk@vthaaglanden.nl]] of bel [[t:06-18 24 57 70]] (niet via het algemene nummer 0800-2000, dat is voor meldingen).
=====
AGENDA themaoverleg bemoeizorg – [[d:wo 26 feb]]
1. Opening en mededelingen
2. Stand van zaken 'samen voor de deur' ({{w:Moerwijk}}) – [[p:Dirk-Jan]]
3. Casus uit {{w:Centrum}} – [[p:Orhan]]
4. Voorbereiding expertmeeting april
5. Rondvraag
Stukken: zie map 'Bemoeizorg/vergaderstukken', bestand agenda_bemoeizorg_v2.docx
=====
Let op: de workshop 'Schulden en LVB' van [[d:27 maart]] is VERPLAATST naar [[d:3 april]], zelfde tijd (9.30 uur), zelfde plek ({{o:MEE}}, 2e etage).
=====
Webinar voor andere gemeenten: 'Leren van de Haagse pilot'
Gemeente {{w:Leiden}}, {{w:Delft}}, {{w:Zoetermeer}} en {{w:Rijswijk}} zijn uitgenodigd. 45 minuten, incl. vragen.
Datum en tijd volgen. Aanmelden kan al via de {{r:regiocoördinator}}.
=====
Uitnodiging werkbezoek
Het {{o:Sociaal Team}} van {{w:Utrecht-Overvecht}} nodigt de pilotgroep uit voor een werkbezoek op [[d:vr 16 mei]]. Ze laten zien hoe ze werken met 'één gezin, één plan, één regisseur'. Vertrek per trein 8.42 uur vanaf Den Haag Centraal, spoor 3. Contactpersoon in Utrecht: [[p:Mariëlle Smeets]], [[t:06 2377 1904]].
=====
Extra inloopuur voor vragen over het platform: elke vrijdag 12.00-12.30. Helpdesk: [[p:Jorrit]] en [[p:Ayla]] van ICT.
""")

# ---------------------------------------------------------------------------
# 4. Minutes (verslagen) of sessions
# ---------------------------------------------------------------------------
add(r"""
VERSLAG KICK-OFF [[d:22-11-2024]]

Aanwezig: ca. 190 medewerkers uit alle 24 teams, de {{r:wethouder}}, {{o:Crossover}}, {{o:CAOP}}.
Afwezig m.k.: {{o:SWT}} {{w:Kijkduin}} (cluster-overleg).

1. Opening
De {{r:wethouder}} benadrukt dat de teams 'de ogen en oren van de stad' zijn.

2. Uitslag stemming thema's
| thema | stemmen |
|---|---|
| bemoeizorg | 31 |
| huiselijk geweld | 29 |
| ouderen | 27 |
| jeugd (18-/18+) | 24 |
| arbeidsmigranten | 7 |
Gekozen: de eerste vier.

3. Pilotgroep
20 deelnemers gekozen, lijst volgt op het platform.

4. Actiepunten
- [[p:Lisanne]] zet de lijst online (vóór [[d:29 november]])
- [[p:Gert-Jan]] plant de startbijeenkomst begin februari
- Elk team benoemt een contactpersoon
=====
Verslag startbijeenkomst pilotgroep
Datum: [[d:4 februari 2025]]
Notulist: [[p:Yara Hoogland]]

Aanwezig: [[p:Petra Zomer]], [[p:Ruud de Jong]], [[p:Nurdan Koç]], [[p:Marloes van Rijn]], [[p:Otmane Bouali]], [[p:Hanneke Groen]], [[p:Sevda Aydın]], [[p:Rob Koning]], [[p:Gonny Prins]], [[p:Cor van der Meer]] en 8 anderen. Afwezig: [[p:J. Tromp]] (ziek), [[p:Amal]] (cursus).

Kern:
- Iedereen herkent dat je casus-gericht werkt en daardoor patronen mist.
- Per thema een werkplan met max. 3 doelen.
- Afspraak: elke deelnemer schrijft vóór de expertmeeting ten minste één casusles.

Opmerking [[p:Otmane]]: "Laten we eerlijk zijn over wat níet werkt." Instemming.

Volgende keer: [[d:11 maart]], 9.30, zelfde plek.
=====
Kort verslag brainstorm ouderen (online, 45 min)
Deelnemers: 11
Opbrengst:
* 'Ommetje-kaart' uitproberen in {{w:Bezuidenhout}} en {{w:Mariahoeve}}
* Huisbezoek 80+ combineren met de {{o:GGD}}-vragenlijst
* Samenwerking met {{o:Albert Heijn}} en de apotheek als 'signaalpunt'
* Vraag aan {{o:Florence}}: kunnen de {{r:wijkverpleegkundigen}} signalen van eenzaamheid structureel doorgeven?
Geen besluiten, wel veel energie. Volgende brainstorm: [[d:vrijdag 21 maart]]. Verslag: [[p:Ton]].
=====
Notulen themaoverleg huiselijk geweld, [[d:maandag 10 maart]]

Aanwezig: [[p:Hanneke]] (vz), [[p:Youssef]], [[p:Michiel]], [[p:Leila]], [[p:Anna]], [[p:Fatima Zahra]], [[p:Jasper]].

1. Casus {{w:Moerwijk}} (moeder + 3 kinderen in de opvang). [[p:Fatima Zahra]] vertelt. Moeder heeft inmiddels een woning via {{o:Haag Wonen}}, [[a:Dierenselaan 14-B]]. ⚠ Let op: dit adres hoort niet in het verslag, wordt verwijderd in de definitieve versie.
2. Ouderenmishandeling: [[p:Leila]] schrijft casusles.
3. Meldcode: nieuwe versie van het afwegingskader, [[p:Jasper]] geeft een korte toelichting bij de volgende keer.

Actielijst:
| wie | wat | wanneer |
|---|---|---|
| [[p:Leila]] | casusles financiële uitbuiting | [[d:24-03]] |
| [[p:Hanneke]] | agenda expertmeeting | [[d:1 april]] |
| [[p:Youssef]] | cijfers meldingen per wijk | volgende keer |
=====
Verslag expertmeeting [[d:10 april 2025]] – 'Verwijzen zonder verwijsbrief?'

Ongeveer 60 aanwezigen. Na de inleidingen van [[p:Wim Jacobs]], [[p:Sabrina Ramdas]] en [[p:Frank Oudshoorn]] zijn we in drie groepen uiteengegaan.

Groep 1 (huisartsen): de {{r:huisarts}} kan een verwijzing maken na een huisbezoek door de {{r:POH-GGZ}}; de cliënt hoeft niet naar de praktijk te komen.
Groep 2 (GGZ): {{o:Parnassia}} wil een pilot met 'consultatie zonder verwijzing' voor {{o:SWT}}-cliënten in {{w:Moerwijk}} en {{w:Laak}}.
Groep 3 (verzekeraar): {{o:DSW}} is bereid te kijken naar financiering van outreachende zorg uit de Zvw.

Besluit: werkgroep onder leiding van [[p:Marloes van Rijn]], eerste bijeenkomst in mei.
Presentaties staan in de map. De quote van de dag kwam van [[p:Sabrina]]: "De cliënt is niet zorgmijdend, het systeem is cliëntmijdend."
=====
Verslag werkbezoek Utrecht

Op [[d:16 mei]] bezochten 9 leden van de pilotgroep het {{o:Buurtteam}} {{w:Overvecht}}. We werden ontvangen door [[p:Mariëlle Smeets]] en [[p:Hassan el Boujdaini]]. Wat opviel:
- ze werken met één plan per gezin, ook als er jeugd én volwassenen zijn
- de {{r:buurtteammedewerker}} is generalist, geen specialist
- ze hebben een eigen budget voor 'doorbraakkosten' (max. € 1.500 per huishouden)
Vraag voor ons: kunnen we in Den Haag ook zo'n doorbraakbudget krijgen? [[p:Ellen]] neemt het mee naar de gemeente.
=====
Verslag slotbijeenkomst [[d:18-06-2025]]

De pilot is afgesloten met ongeveer 120 aanwezigen. Per thema is een poster gepresenteerd.
- Bemoeizorg: werkwijze 'samen voor de deur', 23 meldingen, 17x binnengekomen
- Huiselijk geweld: 5 casuslessen, intervisiereeks met {{o:Veilig Thuis}}
- Ouderen: ommetje-kaart, 340 kaarten uitgedeeld
- Jeugd: perspectiefplan 18+, getest bij 12 jongeren
De {{r:wethouder}} zegde toe dat het platform blijft en dat alle teams er vanaf september op kunnen.
Dank aan iedereen, in het bijzonder aan [[p:Lisanne]], [[p:Gert-Jan]] en [[p:Ellen]].
=====
Notulen MDO-oefening tijdens workshop 'Samen één plan' (oefencasus, fictief)
Casus: een vrouw van 58, alleenstaand, {{w:Spoorwijk}}, schulden en depressie.
Rollen: {{r:casusregisseur}}, {{r:schuldhulpverlener}}, {{r:SPV}}, {{r:woonconsultant}}.
Uitkomst: één plan met 3 doelen, 1 regisseur, evaluatie na 6 weken.
(Deze casus is verzonnen door de trainer, er zijn geen echte gegevens gebruikt.)
=====
verslag cluster-overleg Escamp/Loosduinen (kort)
- [[p:ingrid]] en [[p:cor]] delen ervaringen met spreekuur {{r:wijkagent}}
- vraag over meldingen via {{o:Haag Wonen}}: nieuwe contactpersoon is [[p:Dennis Kok]], [[e:d.kok@haagwonen.nl]]
- volgende overleg [[d:di 8/4]]
""")


# ---------------------------------------------------------------------------
# 5. Case lessons in a structured form (casuslessen)
# ---------------------------------------------------------------------------
add(r"""
CASUSLES – De verdwenen post
Thema: ouderen / schulden
Team: {{o:SWT}} {{w:Bezuidenhout}}
Betrokken: {{r:casusregisseur}}, {{r:budgetcoach}} ({{o:Xtra}}), {{r:bewindvoerder}}, {{r:huisarts}}

Situatie
Mevrouw (79) opende al een jaar haar post niet meer. Haar zoon woont in het buitenland. Er was een achterstand bij {{o:Vattenfall}} en bij de zorgverzekeraar.

Aanpak
We hebben samen met haar alle post gesorteerd in drie stapels. De {{r:budgetcoach}} nam het over tot de {{r:bewindvoerder}} er was (10 weken).

Wat werkte
Niet meteen alles willen oplossen, maar één stapel per bezoek.

Les voor andere teams
Vraag vroeg naar de relatie met de kinderen; de zoon bleek juist graag mee te willen denken (per videobellen).

Toestemming: ja, verklaring getekend op [[d:7 januari 2025]].
=====
Casusles | Bemoeizorg | {{w:Moerwijk}}

**Situatie:** Meneer [[p:Bouwman]] (66) woont sinds 30 jaar in een portiekflat aan de [[a:Erasmusweg 1021]]. Buren klagen over stank en ongedierte. Hij doet de deur niet open voor de {{r:woonconsultant}}.
**Aanpak:** 'Samen voor de deur' met de {{r:wijkverpleegkundige}} en iemand van {{o:GGD Haaglanden}} Vangnet. Bij de derde keer mochten we binnen.
**Wat werkte:** Elke keer hetzelfde tijdstip (dinsdag 11 uur), een briefje met foto's van wie we zijn.
**Wat niet werkte:** Brieven van de corporatie met dreigende taal.
**Les:** Regelmaat en gezichten. Niet opgeven na twee keer.

_Opmerking redactie: naam en adres graag nog verwijderen vóór publicatie._
=====
Casusles 'Achttien en alles stopt'

Wijk: {{w:Transvaal}} | Thema: jeugd 18-/18+ | Auteur: [[p:Sevda Aydın]]

Wat speelde er?
Een jongen (nu 18) had een PGB voor begeleiding vanuit de Jeugdwet. Op zijn verjaardag stopte alles. Geen zorgverzekering, geen DigiD, geen inkomen, geen begeleiding. Hij woonde bij zijn tante, adres [[a:Poeldijksestraat 6]], en had ruzie met haar.

Wat hebben we gedaan?
- zorgverzekering geregeld (collectieve verzekering gemeente)
- aanvraag Participatiewet met de {{r:jongerenconsulent}} van het {{o:Jongerenloket}}
- begeleiding via Wmo, aanvraagnummer [[z:WMO-2025-018830]]

Wat leren we?
Begin een half jaar vóór de 18e met een perspectiefplan. Zet het {{o:CJG}} en het {{o:SWT}} samen aan tafel.
=====
CASUSLES 14 — "Het geld van oma"
Thema: huiselijk geweld (financiële uitbuiting)
Schrijver: [[p:Leila Achahbar]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Regentesse-Valkenbos}}

Situatie. Een vrouw van 82 merkte dat haar spaargeld snel verdween. Haar kleinzoon (24) had haar bankpas en pincode. Er ging in drie maanden ruim € 6.000 af.
Aanpak. Gesprek met mevrouw alleen, daarna met toestemming met de bank. De bank zette een daglimiet van € 100 en een tweede pas voor de {{r:thuiszorgmedewerker}} kwam er niet.
Wat werkte. Het niet-veroordelende gesprek: "u beschermt hem, maar wie beschermt u?"
Les. Financiële uitbuiting is huiselijk geweld en valt onder de meldcode.
(Rekening van mevrouw voor de bank: [[i:NL67 ABNA 0910 9506 13]] – graag verwijderen redactie)
=====
Thema: ouderen | Team {{w:Mariahoeve}} | Status: gepubliceerd

Een man van 90, weduwnaar, at niet meer. Hij had een hekel aan 'maaltijden van de gemeente'. De {{r:ouderenconsulent}} ontdekte dat hij vroeger kok op de grote vaart was. Nu kookt hij één keer per week voor de huiskamergroep van {{o:Voor Welzijn}} in het wijkcentrum aan de Ruychrocklaan, en eet hij zelf ook weer.

Les: vraag naar vroeger, niet alleen naar nu.

(Gedeeld door [[p:Wilma Hoek]]. Meneer wilde graag dat zijn naam, [[p:Kees]], erbij stond, maar dat doen we niet.)
=====
CASUSLES (concept, niet publiceren)
Titel: Samen naar de schuldhulp
Team: {{o:SWT}} {{w:Laak}}
Cliënt: [[p:Tomasz Zieliński]], BSN [[b:431815847]], [[a:Hooftskade 188]], [[pc:2526 KP]]
Dossier: [[z:SHV-2025-00387]]

Situatie: Poolse man, 45, werkt in de kassen, schulden ca. € 11.000, geen vaste woning.
Aanpak: meegegaan naar de intake bij {{o:Schuldhulpverlening Den Haag}}, met een tolk Pools.
Les: zonder vast adres geen schuldhulp; eerst briefadres regelen.

→ LET OP: dit is een concept met persoonsgegevens. Anonimiseren vóór delen!
=====
Casusles: de buurman als sleutel

Wijk: {{w:Scheveningen}} ({{w:Duindorp}})
Thema: bemoeizorg

Situatie: Een vrouw van rond de 50 liet niemand binnen. Er was zorg over vervuiling en alcohol. Alleen de buurman, meneer [[p:De Vos]], mocht boodschappen brengen.
Aanpak: we hebben de buurman gevraagd of hij mee wilde bij het eerste bezoek. Dat wilde hij. Mevrouw deed open.
Wat leren we: het netwerk kan de deur openen, ook als de professional dat niet kan. Wel: de buurman is geen hulpverlener, bescherm hem ook.
=====
📘 Casusles #22 | Thema Jeugd | {{o:SWT}} {{w:Spoorwijk}} & {{o:CJG}}

Situatie
Moeder ([[p:Hanan]], 34) en drie kinderen. Vader zit vast. De oudste ([[p:Imran]], 15) spijbelt. Moeder heeft een LVB en schulden.
Interventie
Eén gezinsplan met de {{r:jeugdconsulent}} ({{o:CJG}}) en de {{r:MEE-consulent}}. De {{r:leerplichtambtenaar}} sloot aan.
Resultaat
Na 4 maanden: [[p:Imran]] gaat weer naar school (90% aanwezig), moeder in budgetbeheer bij de {{o:Haagse Kredietbank}}.
Les
Eén plan voor het hele gezin, ook als de problemen bij verschillende wetten horen.
=====
CASUSLES
Titel: "Ik ben geen zorgmijder, ik ben zorg-moe"
Thema: bemoeizorg
Wijk: {{w:Schilderswijk}}

Mevrouw (61) had 14 hulpverleners gehad in 6 jaar. Ze was er klaar mee. Wij zijn begonnen met één vraag: "Wie van al die mensen heeft u echt geholpen?" Antwoord: de {{r:wijkverpleegkundige}} van vroeger. Die werkt nog bij {{o:Florence}}: [[p:Gerda Lely]]. Via haar kwam het contact weer op gang.

Les: kijk terug voordat je vooruit kijkt. Tel de hulpverleners.
=====
Casusles – Voorbeeld van een warme overdracht 18+ (ingevuld format)

| Veld | Invulling |
|---|---|
| Thema | jeugd 18-/18+ |
| Wijk | {{w:Escamp}} |
| Cliënt | jonge vrouw, 17,5 jaar, woont in een gezinshuis |
| Partijen | {{o:Jeugdbescherming west}}, {{o:CJG}}, {{o:SWT}}, {{o:Limor}} |
| Wat speelde | ondertoezichtstelling eindigt bij 18, geen woonplek |
| Aanpak | 3 gesprekken met alle partijen + jongere, plan 18+, kamer via {{o:Limor}} |
| Wat werkte | de jongere zat zelf aan tafel en koos haar {{r:begeleider}} |
| Les | begin op 17, niet op 17 en 11 maanden |
| Toestemming | ja ([[d:12-12-2024]]) |
=====
Casusles — "Meneer wilde alleen over zijn duiven praten"

{{w:Loosduinen}}, thema ouderen/bemoeizorg.
Meneer [[p:Sjaak]] (77) was na het overlijden van zijn vrouw verwaarloosd geraakt. Hij praatte alleen over zijn postduiven. De {{r:welzijnscoach}} van {{o:Voor Welzijn}} ging met hem mee naar de duivenclub. Daar bleek een andere lid, [[p:Henk Groen]], ook alleen te zijn. Ze eten nu samen op zondag.
Les: hobby's zijn ingangen. En: namen van mensen uit het netwerk horen hier eigenlijk niet.
=====
CASUSLES – Schulden en verslaving
Auteurs: [[p:Hamza Belhaj]] en [[p:Yvonne Stam]] ({{o:SWT}} {{w:Zuiderpark}})

Situatie
Een man van 38 met een gokverslaving en € 27.000 schuld. Hij wilde zelf stoppen.
Aanpak
- doorverwezen naar {{o:Brijder}} (ambulante behandeling)
- aanmelding schuldhulp pas ná 3 maanden stabiliteit
- zelfuitsluiting bij Cruks (het register voor kansspelen)
Wat werkte
De volgorde: eerst verslaving, dan schulden.
Wat niet
De eerste aanmelding bij schuldhulp, te vroeg, leidde tot uitval.
Les
Schuldhulp faalt als de oorzaak nog doorloopt.
=====
Casusles: taal als drempel (thema ouderen)

In {{w:Bouwlust}} woont een Turkse oudere vrouw, 73, die sinds de dood van haar man niemand meer spreekt. Haar kinderen wonen in {{w:Zoetermeer}} en Duitsland. De {{r:ouderenconsulent}} spreekt geen Turks. We hebben [[p:Nazlı]], een {{r:vrijwilliger}} van {{o:Stichting Mooi}}, gekoppeld. Inmiddels gaat mevrouw elke week naar de Turkse vrouwengroep.

Les: match op taal en cultuur, niet alleen op wijk.
=====
Casusles (ingestuurd via formulier)

Naam indiener: [[p:R. Jagroep]]
Team: {{o:SWT}} {{w:Transvaal}}
Thema: ouderen
Titel: Netwerkkaart bij de familie [[p:Mangal]]
Situatie: Oudere Hindoestaanse man, 81, met dementie, woont in bij zijn zoon. Schoondochter draagt de zorg alleen.
Aanpak: netwerkkaart gemaakt met de hele familie. Bleek dat er 6 kleinkinderen in de stad wonen.
Les: een netwerkkaart maakt zichtbaar wie er 'vergeten' is.
Toestemming: ja
=====
CASUSLES: Een huis vol mensen
Team: {{o:SWT}} {{w:Groente- en Fruitmarkt}}
Thema: arbeidsmigranten (pilotthema in aanvraag)

Situatie: In één bovenwoning ([[a:Hoefkade 409-2]]) woonden 11 Bulgaarse mannen. Eén van hen, [[p:Georgi Ivanov]], werd ziek en kon niet meer werken. Het uitzendbureau zette hem op straat.
Aanpak: {{o:Fairwork}} ingeschakeld; noodopvang via het {{o:Leger des Heils}}; {{r:huisarts}} via {{o:Kessler Stichting}}.
Les: overbewoning is vaak een signaal van uitbuiting. Meld bij de {{r:wijkagent}} en de afdeling handhaving.
=====
Casusles – 'Zij durfde niet te bellen'

Wijk: {{w:Morgenstond}}
Thema: huiselijk geweld

Een vrouw durfde niet te bellen met {{o:Veilig Thuis}} omdat haar man haar telefoon controleerde. De {{r:huisarts}} zag blauwe plekken en maakte een afspraak 'voor een bloedonderzoek' op [[d:woensdag 5 februari]], waar de {{r:maatschappelijk werker}} bij aanschoof.
Les: creatieve, veilige contactmomenten, met de {{r:huisarts}} als bondgenoot.
=====
CASUSLES | bemoeizorg | {{o:SWT}} {{w:Centrum}}
Cliënt: man (52), dakloos geweest, nu een kamer bij {{o:Kessler Stichting}}.
Vraag: hij wil geen {{o:GGZ}}, wel een baan.
Aanpak: {{r:trajectbegeleider}} via het {{o:UWV}}, werkervaringsplek bij de Kringloop.
Uitkomst: na 5 maanden 16 uur per week aan het werk; GGZ-contact ontstond vanzelf via de {{r:jobcoach}}.
Les: begin bij de vraag van de cliënt, ook als die 'verkeerd' lijkt.
Auteur: [[p:Nora Bakkali]], {{o:SWT}} {{w:Centrum}}
=====
Casusles 'Noodopvang met huisdier'
{{w:Rustenburg-Oostbroek}} | huiselijk geweld

De vrouw (toen nog woonachtig op de [[a:Soestdijksekade 440]], [[pc:2574 AK]]) wilde niet naar de opvang zonder haar hond. {{o:Blijf Groep}} nam geen honden. Via {{o:Dierenambulance Den Haag}} kwam een pleeggezin voor de hond. Een week later was zij wél in de opvang.
Les: een huisdier kan de reden zijn om bij een pleger te blijven.
=====
Casusles (ouderen) — ingevuld door [[p:Monique de Wit]]

1. Korte beschrijving: mevrouw [[p:Ramdin]] (85), gevallen, heupfractuur. Woont op 3 hoog, [[a:Paets van Troostwijkstraat 155]].
2. Betrokken: {{r:ergotherapeut}}, {{r:Wmo-adviseur}}, {{r:wijkverpleegkundige}}, dochter.
3. Wat werkte: traplift binnen 10 dagen.
4. Les: bij een val meteen de {{r:ergotherapeut}} meevragen.
5. Toestemming: ja, [[d:21/01/2025]]

[Opmerking moderator: naam en adres zijn zichtbaar. @[[p:Monique de Wit]], wil je die weghalen?]
=====
Casusles: 'De rekening van de energie'
{{w:Laakkwartier}}

Het gezin [[p:Doorson]], met vier kinderen, kreeg een eindafrekening van € 2.870. Ze wilden niet naar de schuldhulp, 'wij zijn geen mensen met schulden'. De {{r:vrijwilliger}} van {{o:SchuldHulpMaatje}} kwam thuis en maakte een betalingsregeling van € 85 per maand.
Les: informele hulp verlaagt de drempel, ook bij trots.
=====
Casusles #31
Thema: bemoeizorg/wonen
Wijk: {{w:Laak}}

Situatie
Een man van 70 met verzamelwoede moest uit zijn huis. Ontruimingsdatum was al gepland: [[d:12 maart 2025]].
Aanpak
Overleg met {{o:Staedion}}, {{o:GGD}} Vangnet en een opruimbedrijf. De corporatie schoof de ontruiming 8 weken op als meneer meewerkte. Hij ruimde 2 kamers in 5 weken.
Les
Een ontruiming uitstellen is goedkoper dan een ontruiming uitvoeren.
=====
CASUSLES
Titel: de tolk die geen familie is
Thema: huiselijk geweld / taal

Een Afghaanse vrouw, 29, sprak alleen Dari. Haar man vertaalde altijd. Pas toen de {{r:wijkverpleegkundige}} (die het wantrouwde) een telefoontolk inschakelde tijdens een 'babyconsult' vertelde mevrouw over het geweld.
Les: neem nooit de partner als tolk.
Schrijver: [[p:Marcella Siahaya]], {{r:wijkverpleegkundige}}
=====
Casusles — meneer en de bank
{{w:Segbroek}}, ouderen

Meneer [[p:Jan-Willem Koopman]], 88, [[t:070-3652219]], kreeg telefoontjes van 'de bank' en gaf zijn pincode. Hij verloor € 4.300. Aangifte bij {{o:Politie Haaglanden}} (pv-nummer [[z:PL1500-2025041187]]).
Aanpak: telefoon ingesteld op alleen bekende nummers; dochter als gemachtigde bij de bank.
Les: ouderen voelen schaamte na fraude, vraag er actief naar.

[redactie: deze les wordt niet gepubliceerd in deze vorm]
=====
CASUSLES 'Wachten op het CIZ'
Wijk: {{w:Mariahoeve}}
Thema: ouderen / dementie

De {{r:casemanager dementie}} ([[p:Anja Lemmens]]) vroeg een Wlz-indicatie aan voor een echtpaar (beiden 86), aanvraag [[z:CIZ-25-0041876]]. Het {{o:CIZ}} deed er 11 weken over. In die tijd viel meneer twee keer.
Wat we deden: tijdelijk logeeropvang via {{o:Saffier}}, huishoudelijke hulp extra via de Wmo.
Les: vraag de Wlz-indicatie eerder aan dan je denkt dat nodig is.
=====
Casusles van het {{o:Sociaal Team}} {{w:Delft-Buitenhof}} (gastbijdrage)

Bij ons in {{w:Buitenhof}} werken we met een 'huiskamer' voor wijkbewoners. Een alleenstaande vader ([[p:Yusuf]], 41) kwam er eerst voor de koffie, later voor hulp bij zijn schulden en voor zijn zoon met ADHD.
Les: een laagdrempelige plek maakt van passanten cliënten, en van cliënten vrijwilligers.
– [[p:Karin Zwart]], {{r:teamleider}} {{o:Sociaal Team Delft}}
=====
Casusles – format 'STARR'

S: Jonge moeder (22), {{w:Wateringse Veld}}, net bevallen, postnatale depressie.
T: zorgen voor veiligheid baby en herstel moeder.
A: {{r:jeugdverpleegkundige}} {{o:CJG}} + {{r:POH-GGZ}} + {{o:Home-Start}} vrijwilliger.
R: moeder na 3 maanden stabiel, baby groeit goed.
R (reflectie): we waren te laat; de {{r:verloskundige}} had al bij de 36 weken zorgen, maar gaf niets door.
Ingebracht door [[p:Imane Lamrabet]], [[d:27-02-2025]].
=====
CASUSLES – 'Zijn rekening, haar schulden'

Thema huiselijk geweld, {{w:Bouwlust}}.
Na de scheiding bleek mevrouw [[p:Marlies]] hoofdelijk aansprakelijk voor € 19.000 schuld van haar ex. Alle toeslagen stonden op haar naam, het geld ging naar zijn rekening ([[i:NL21RBRB7414139850]]).
Aanpak: {{r:sociaal advocaat}}, melding bij {{o:Belastingdienst}}/Toeslagen, schuldhulp.
Les: economisch geweld is huiselijk geweld. Vraag bij elke scheiding naar de financiën.
=====
Casusles

Titel: '100 dagen na de opvang'
Thema: huiselijk geweld
Wijk: {{w:Zuidwest}}

Na de vrouwenopvang kreeg een moeder een woning via urgentie, op de [[a:Zuidlarenstraat 91]]. Maar: geen meubels, geen netwerk, kinderen op een nieuwe school. In de eerste 100 dagen viel ze bijna terug naar haar ex.
Aanpak: 100-dagenplan met de {{r:casusregisseur}}: week 1 inrichting ({{o:Kringloop}}, {{o:Stichting Urgente Noden}}), week 2-4 school en {{r:huisarts}}, daarna maatje via {{o:Humanitas}}.
Les: de periode ná de opvang is net zo kwetsbaar als de periode ervoor.
=====
Casusles: eerste contact via de moskee
Wijk: {{w:Transvaal}}
Een Marokkaanse weduwe van 68 met suikerziekte wilde geen thuiszorg. De {{r:imam}} van de moskee aan de Delftselaan sprak met haar zoon [[p:Abdelilah]]. Twee weken later belde de zoon zelf naar het {{o:SWT}}.
Les: sleutelfiguren in de gemeenschap zijn bruggenbouwers, geen doorgeefluik. Vraag altijd toestemming.
=====
CASUSLES (Leiden – gastteam)
Wijk: {{w:Stevenshof}}
Thema: jeugd/LVB

Een jongen van 19 met LVB werd geronseld als geldezel; zijn rekening werd gebruikt door criminelen. Bankrekening geblokkeerd, schulden, aangifte tegen hem.
Aanpak: {{r:jongerenwerker}} + {{o:MEE}} + {{o:Slachtofferhulp}}; uitleg aan de bank.
Les: bij LVB is een 'dader' vaak ook slachtoffer.
Contact voor vragen: [[p:Femke Hoogstraten]], [[e:f.hoogstraten@leiden.nl]]
=====
Casusles – dubbele pet
{{w:Scheveningen}}

Onze {{r:wijkverpleegkundige}} was tegelijk mantelzorger van haar eigen buurvrouw. Dat gaf verwarring: wanneer was ze professional, wanneer buurvrouw?
Les: bespreek rolvermenging in het team, leg afspraken vast.
– [[p:Anouk de Vries]]
=====
Casusles — Schulden + LVB (ingevuld met hulp van de facilitator)

Wie: man, 33, LVB, {{w:Schilderswijk}}
Probleem: 9 schuldeisers, waaronder {{o:CJIB}} (boetes OV)
Wat we deden: {{o:MEE}} + {{o:Haagse Kredietbank}}, beschermingsbewind, een wekelijkse 'postmiddag' in het buurthuis
Wat we leerden: een vaste plek en tijd voor de post werkt beter dan uitleg
Wat we de volgende keer anders doen: eerder de {{r:bewindvoerder}} erbij
Klantnummer {{o:CJIB}} (per ongeluk meegestuurd, graag verwijderen): [[z:CJIB 4 7721 0934 1]]
=====
Casusles – Hoe een kapot slot een huiselijk-geweldzaak werd

Thema: huiselijk geweld | Wijk: {{w:Laak}}
Een {{r:huismeester}} van {{o:Haag Wonen}} moest een kapot slot vervangen bij mevrouw [[p:Aksoy]]. Het slot was ingetrapt. Hij meldde het bij het {{o:SWT}}. Uit het gesprek bleek dat de ex-partner haar bedreigde.
Les: train huismeesters en monteurs in signaleren. Ze komen achter voordeuren waar wij niet komen.
=====
Casusles: 'de jonge mantelzorger'

Wijk: {{w:Moerwijk}} | Thema: jeugd/ouderen
Een meisje van 14 ([[p:Lina]]) zorgde voor haar moeder met MS. Niemand wist het. Op school viel ze in slaap.
Aanpak: {{r:mantelzorgconsulent}} voor jonge mantelzorgers ({{o:Xtra}}), respijtzorg, en de {{r:intern begeleider}} van school.
Les: vraag bij ieder gezin met een zieke ouder 'wie zorgt er voor wie?'.
=====
CASUSLES – 'Geen BSN, geen hulp?'
Wijk: {{w:Laakkwartier}}

Een Roemeense vrouw met twee kinderen stond niet ingeschreven. Daardoor geen BSN, geen zorgverzekering, geen toeslagen. Na inschrijving via een briefadres kreeg ze haar BSN ([[b:457088229]]) en kon alles in gang worden gezet.
Les: regel eerst de inschrijving in de BRP. Zonder BSN loopt alles vast.
[de redactie heeft het BSN laten staan? — graag weghalen, [[p:Thijs]]]
=====
Casusles 'Samen met de huisarts'
Team {{o:SWT}} {{w:Ypenburg}}

De huisartsenpraktijk in {{w:Ypenburg}} heeft nu elke 2 weken een kort overleg (30 min) met het {{o:SWT}}. In 3 maanden 19 cliënten besproken, bij 12 was een gezamenlijk plan mogelijk.
Les: vast ritme, korte lijnen, en de {{r:POH-GGZ}} als verbinding.
Contact: [[p:Kim Dekker]], [[t:06 30 58 11 47]]
""")


# ---------------------------------------------------------------------------
# 6. Questions to other teams (vraag aan andere teams)
# ---------------------------------------------------------------------------
add(r"""
VRAAG AAN ANDERE TEAMS
Van: {{o:SWT}} {{w:Escamp}}
Onderwerp: dagbesteding voor jonge mensen met NAH

Wie heeft een goede plek voor dagbesteding voor iemand van 42 met niet-aangeboren hersenletsel? De bestaande plekken zitten vol met ouderen. We hebben {{o:Middin}} en {{o:Ipse de Bruggen}} al geprobeerd.
Reacties graag hieronder of bij [[p:Maaike Vink]], [[t:06 3104 8826]].
=====
Vraag: Heeft iemand contact bij de {{o:SVB}} over AOW-gaten door jaren in het buitenland? Het gaat om een Surinaamse meneer ([[p:Ferdinand Tjon-A-Fong]], geb. [[d:14-08-1957]]) die 15 jaar in Paramaribo woonde. [[p:Iris]] ({{w:Regentesse-Valkenbos}})
=====
Vraag aan de teams in {{w:Laak}} en {{w:Centrum}}: hoe gaan jullie om met meldingen van overlast door dakloze mensen in de portieken? Wij krijgen er veel in {{w:Stationsbuurt}}. Werken jullie met het {{o:Straatteam}} van het {{o:Leger des Heils}}?
[[p:Sjoerd Mulder]], {{o:SWT}} {{w:Centrum}}
=====
Wie kan ons helpen met een cliënte die in de schuldsanering (Wsnp) zit en nu een erfenis krijgt? Moet die naar de {{r:bewindvoerder}}? Het gaat om ongeveer € 8.000. Graag reactie van iemand met verstand van Wsnp-zaken. Dossier bij ons: [[z:SWT-SB-2025-0142]]. [[p:Eline]]
=====
@allen: weet iemand hoe het zit met de eigen bijdrage Wmo als iemand alleen een rolstoel krijgt? Het {{o:CAK}} rekent € 21,80 per maand. Klopt dat nog? – [[p:Hans de Graaf]]
=====
Vraag van het {{o:SWT}} {{w:Bezuidenhout}} aan {{w:Mariahoeve}}:
Jullie hebben een {{r:casemanager dementie}} in het team. Hoe is dat geregeld (financiering, uren)? Wij willen dat ook. Ons aanspreekpunt voor dit onderwerp is [[p:Karin Postma]] ([[e:karin.postma@denhaag.nl]]).
=====
Heeft iemand ervaring met de nieuwe regeling 'Bijzondere bijstand voor leges verblijfsvergunning'? Cliënt [[p:Abdullahi Hassan]] moet € 420 betalen bij de {{o:IND}} en heeft dat niet. Zaaknummer IND [[z:V-2025-7716903]]. Graag snel reactie, de termijn verloopt op [[d:31 maart]].
=====
Vraag aan de jeugdteams: vanaf welke leeftijd mag een jongere zelf een toestemmingsverklaring tekenen? 12? 16? Ik krijg verschillende antwoorden van de {{o:GGD}} en van het {{o:CJG}}. Groet, [[p:Mila]]
=====
Wie heeft er een overzicht van alle inloopspreekuren in {{w:Escamp}}? Wil ik graag delen met de {{r:huisartsen}}. Bedankt! 🙂 [[p:Joke]]
=====
Vraag aan {{o:SWT}} {{w:Scheveningen}}:
Hoe hebben jullie die klusgroep voor mannen gefinancierd? Wij willen in {{w:Segbroek}} iets vergelijkbaars. Mail graag naar [[e:j.vandenberg@xtra.nl]] of bel mij op mijn werknummer [[t:(070) 205 48 61]].
[[p:Jurgen van den Berg]], {{r:opbouwwerker}} {{o:Xtra}}
=====
Dringend: wie heeft een logeerplek voor een man van 58 die vandaag uit het {{o:HMC}} wordt ontslagen en niet naar huis kan (woning is onbewoonbaar verklaard)? {{o:Kessler Stichting}} zit vol. Bel me: [[t:+31 6 41 55 08 27]] ([[p:Nora]], {{o:SWT}} {{w:Centrum}}).
=====
Vraag: kent iemand een {{r:ervaringsdeskundige}} huiselijk geweld die mee wil naar een workshop voor de teams in {{w:Leidschenveen}}? Vergoeding: € 150 per dagdeel. Reacties naar [[p:Rajesh Ramcharan]], [[e:r.ramcharan@denhaag.nl]].
=====
Vraag van gemeente {{w:Rijswijk}} ({{o:Sociaal Team}} {{w:Te Werve}}):
Wij werken net als Den Haag met een toestemmingsverklaring. Willen jullie die van jullie delen (zonder namen natuurlijk)? Alvast dank, [[p:Priya Autar]].
=====
Vraag aan iedereen die met {{o:Fairwork}} werkt: wat is het algemene nummer voor cliënten? Het nummer op hun site is 020 760 08 09, klopt dat?
=====
Wie weet of het {{o:Juridisch Loket}} nog spreekuur houdt in het {{o:Servicepunt XL}} {{w:Laak}}? Of alleen telefonisch via 0900-8020?
=====
VRAAG – vervoer naar dagbesteding
Mevrouw [[p:Hoekstra]] (89) uit {{w:Kijkduin}} kan niet meer met de {{o:Regiotaxi}}. Wie weet een alternatief? Vrijwilligersvervoer van de {{o:ANBO}}?
=====
Is er een team dat werkt met een 'sleutelkastje' voor cliënten die de deur niet meer open kunnen doen? Hoe regelen jullie het beheer van de code? Vraag namens [[p:Ruud de Jong]] en mij ([[p:Nurdan]]).
=====
Vraag uit Rotterdam ({{o:wijkteam}} {{w:Feijenoord}}): hoe regelt Den Haag de samenwerking met {{o:Veilig Thuis}} bij een 'tijdelijk huisverbod'? Bij ons belt de {{r:casemanager huisverbod}} het {{o:wijkteam}} binnen 24 uur. [[p:Meryem Doğan]], [[e:m.dogan@wijkteamrotterdam.nl]]
=====
Vraag aan {{w:Mariahoeve}}: mogen wij meelopen met jullie huisbezoeken 80+? Team {{w:Haagse Hout}} wil het ook gaan doen. Wanneer schikt het? Wij kunnen op [[d:dinsdag 6 mei]] of [[d:donderdag 8 mei]].
=====
Weet iemand hoe ik een aanvraag voor een {{r:mentor}} indien bij de kantonrechter? Het gaat om mevrouw [[p:Soekhlal]], 74, die niet meer zelf over haar zorg kan beslissen. Haar zoon wil het niet doen.
=====
Vraag aan de bemoeizorgers: hoe lang houden jullie een casus open als je geen contact krijgt? Wij sluiten na 3 maanden, maar ik twijfel. Ervaringen?
  → [[p:Leo Vermaat]]: wij sluiten nooit echt, we zetten een casus na 6 maanden op 'slapend' en kijken elk kwartaal.
=====
Hoi teams in {{w:Schilderswijk}}, {{w:Transvaal}} en {{w:Centrum}},
Wij zoeken een vrouwelijke {{r:huisarts}} die Berbers (Tarifit) spreekt, voor een cliënt die anders niet naar de dokter gaat. Iemand een idee? Groet, [[p:Laura Smits]]
=====
Vraag (intern): kan iemand checken of BSN [[b:283260385]] al bekend is bij een ander team? Ik wil niet dubbel werken. Sorry als dit hier niet hoort.
  → Reactie moderator: dit hoort inderdaad niet hier. Gebruik het casusoverleg of bel het {{o:Servicepunt XL}}. BSN's nooit op het platform!
=====
Wie heeft er goede ervaringen met {{o:Thuisadministratie}} van {{o:Humanitas}}? Wachtlijst? Wij hebben 4 mensen in {{w:Moerwijk}} die hulp zoeken bij de post. [[p:Dries]]
""")

# ---------------------------------------------------------------------------
# 7. Evaluations of the kick-off and workshops (forms, free text, scores)
# ---------------------------------------------------------------------------
add(r"""
Evaluatie kick-off – resultaten (n = 104)

Hoe waardeer je de kick-off? gemiddeld 7,4
Was de stemming over de thema's duidelijk? 82% ja
Weet je wat er van jou verwacht wordt? 61% ja, 27% een beetje, 12% nee

Vaakst genoemd (open vraag 'wat kan beter?'):
- te lang stilzitten bij het begin (23x)
- zaal te klein bij de carrousel (15x)
- meer tijd voor kennismaken met andere teams (14x)
=====
Evaluatieformulier workshop 'Motiverende gespreksvoering' – ingevuld door [[p:Dewi Sastrowardoyo]]
Cijfer: 9
Wat was nuttig? De oefening met de acteur. Heel echt.
Wat kan beter? Meer tijd voor casuïstiek uit de wijk.
Zou je de workshop aanraden? Ja, aan alle {{r:maatschappelijk werkers}}.
=====
Open antwoorden evaluatie kick-off (anoniem)
"Mooi om te zien hoeveel collega's er zijn. Ik kende maar de helft."
"De wethouder was snel weg. Jammer."
"Kunnen we volgende keer niet in de ochtend? 's Middags moet ik kinderen ophalen."
"Ik mis het thema schulden, dat speelt in elke casus."
"Graag meer uitleg over het platform, ik heb nog geen inlog."
=====
Feedback workshop 'Schulden en LVB' ([[d:3 april]])

Deelnemers: 14 (uit 9 teams)
Score inhoud: 8,1 | score trainer: 8,6 | score locatie: 6,2 (te warm, 2e etage)

Top 3 inzichten:
1. Mensen met een LVB begrijpen 'betalingsregeling' vaak als 'het is geregeld'.
2. Visuele budgetplanners werken beter dan tabellen.
3. Bij twijfel: de SCIL afnemen.
=====
Evaluatie startbijeenkomst — [[p:Cor van der Meer]] ({{o:SWT}} {{w:Bouwlust}})

Ik vond het een goede bijeenkomst maar het werkplan voelde nog abstract. Mijn tip: begin de volgende keer met een echte casus, en laat het werkplan daaruit volgen. Verder fijn dat [[p:Lisanne]] zo strak de tijd bewaakte.
=====
Enquête workshop 'Samen één plan' — antwoorden per vraag

V1 Relevantie voor mijn werk (1-5): 4,3
V2 Wat neem je mee?
 - 'één regisseur afspreken, hardop'
 - 'de cliënt zelf aan tafel'
 - 'evaluatie na 6 weken in de agenda zetten'
V3 Wat mis je?
 - 'de jeugdkant, er was niemand van het {{o:CJG}}'
 - 'iemand van {{o:UWV}} of {{o:SZW}}'
=====
Evaluatie expertmeeting april (korte peiling, 38 reacties)
👍 31 | 😐 6 | 👎 1
Reactie 👎: "Te veel presentaties, te weinig gesprek."
Reactie 😐: "Mooi dat {{o:DSW}} er was. Maar concreet? We zullen zien."
Reactie 👍: "Eindelijk zat de huisarts aan tafel. Dank [[p:Marloes]]!"
=====
Mijn evaluatie van de pilot (persoonlijk)

Vier maanden geleden zat ik op de kick-off en dacht: weer een project. Nu, na de slotbijeenkomst, ben ik positief. Ik heb 6 casuslessen gelezen uit andere wijken die ik direct kon gebruiken. Ik heb collega's leren kennen van {{o:Parnassia}}, {{o:Veilig Thuis}} en de {{o:GGD}}. Wat ik mis: tijd. De pilot kwam bovenop mijn caseload van 38.
[[p:Femke van Dam]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Transvaal}}
=====
Evaluatie workshop 'Praten over geld' – per deelnemer

| naam | team | cijfer | opmerking |
|---|---|---|---|
| [[p:S. Bakker]] | {{w:Escamp}} | 8 | praktisch |
| [[p:A. Yıldırım]] | {{w:Laak}} | 7 | te kort |
| [[p:M. de Boer]] | {{w:Centrum}} | 9 | – |
| [[p:J. Ng]] | {{w:Segbroek}} | 8 | meer rollenspel |
| [[p:K. Osei]] | {{w:Moerwijk}} | 6 | locatie slecht bereikbaar |
=====
Terugkoppeling facilitator na de kick-off:
Dank voor jullie 104 ingevulde evaluaties! We nemen dit mee:
- de startbijeenkomst is in de ochtend
- we maken een 'wie-is-wie' pagina op het platform
- schulden wordt een subthema binnen alle vier thema's
[[p:Lisanne Verhoeven]] en [[p:Gert-Jan Bakker]]
=====
Evaluatie intervisie huiselijk geweld, bijeenkomst 2
Cijfer gemiddeld: 8,4
Uitspraak van een deelnemer: "Voor het eerst durfde ik te vertellen dat een casus me 's nachts wakker houdt."
Verbeterpunt: begin op tijd (we begonnen 14.20).
Volgende bijeenkomst: [[d:maandag 12 mei]].
=====
Evaluatie (formulier) – kick-off
Naam (optioneel): [[p:Noor Vermeulen]]
Team: {{w:Haagse Hout}}
Rol: {{r:Wmo-adviseur}}
1. Wat vond je het sterkst? De carrousel langs de thema's.
2. Wat het zwakst? Dat de stemming via de app niet werkte op mijn telefoon.
3. Wil je in de pilotgroep? Nee, geen tijd.
4. Mag de facilitator contact met je opnemen? Ja, [[t:06-29 11 43 08]].
=====
Reactie op de evaluatie: ik snap dat de stemming via de app niet bij iedereen werkte. Volgende keer ook papieren stembriefjes. Mijn excuses namens het organiserend team. – [[p:Ellen Boer]]
=====
Workshop 'Omgaan met agressie' – evaluatie
Gemiddeld cijfer 7,9 (17 deelnemers). De trainer, [[p:Marco Kuijpers]] van {{o:Politie Haaglanden}}, kreeg veel complimenten. Wens: een vervolg over agressie aan de telefoon.
=====
Evaluatieverslag pilot – samenvatting voor het college

De 20 deelnemers schreven samen 47 casuslessen; er waren 312 reacties op het platform en 1.840 unieke bezoekers. 74% van de deelnemers zegt dat de pilot hun werk heeft veranderd. De teams vragen om: structurele tijd (2 uur per week), een budget voor doorbraakkosten en uitbreiding naar de {{o:CJG}}'s.
Opgesteld door: {{o:Crossover}} en {{o:CAOP}}, in opdracht van de gemeente Den Haag (Dienst OCW).
=====
evaluatie brainstorm ouderen (chat)
[[p:tjitske]]: wat vonden jullie ervan?
[[p:ton]]: fijn, kort en krachtig
[[p:priscilla]]: 45 min is te kort voor 11 mensen
[[p:hülya]]: eens met [[p:priscilla]], maar goed dat het online was
[[p:tjitske]]: volgende keer 60 min dan 👍
=====
Evaluatie werkbezoek Utrecht
- Reistijd viel mee (1 uur)
- Erg inspirerend: het doorbraakbudget
- Minder relevant: hun ICT-systeem, dat is anders dan het onze
- Cijfer: 8,7 (9 deelnemers)
Ingevuld door [[p:Gonny Prins]] namens de groep.
=====
Ingevuld evaluatieformulier (scan, overgetypt)
Workshop: Meldcode in de praktijk
Datum: [[d:20-02-2025]]
Naam: [[p:Ahmet Yavuz]]   Team: {{o:SWT}} {{w:Moerwijk}}
Wat ga je anders doen? Sneller advies vragen bij {{o:Veilig Thuis}} in plaats van zelf te lang twijfelen.
Handtekening: [[p:A. Yavuz]]
=====
Evaluatie kick-off door een externe partner ({{o:HTM}})
Als vervoerder kwamen wij op uitnodiging om te vertellen over signalen die onze {{r:trambestuurders}} opvangen (verwarde reizigers, ouderen die verdwalen). Het was nuttig om de teams te ontmoeten. Voor vervolgcontact: via ons algemene nummer of via [[p:Gerard Boom]], {{r:coördinator}} sociale veiligheid.
=====
Evaluatie van de pilot door deelnemers (Mentimeter, woordwolk, top 10):
samenwerken (28) · tijd (21) · leren (19) · casuslessen (17) · netwerk (15) · inspiratie (12) · privacy (9) · te kort (8) · bemoeizorg (7) · vertrouwen (7)
""")


# ---------------------------------------------------------------------------
# 8. Short posts, notifications, profiles, chat, other municipalities
# ---------------------------------------------------------------------------
add(r"""
🔔 [[p:Roel Winter]] heeft je genoemd in 'Casusles #31': "@[[p:Dilara]] dit lijkt op jouw casus uit {{w:Laak}}, toch?"
=====
Profiel
[[p:Charissa Girigorie]]
{{r:wijkverpleegkundige}} bij {{o:Florence}}, {{o:SWT}} {{w:Rustenburg-Oostbroek}}
Expertise: ouderen, wondzorg, dementie, Papiamentstalige cliënten
Bereikbaar: ma-di-do, [[t:06 14 92 37 05]]
=====
Profiel — [[p:Wei Chen]]
{{r:Wmo-adviseur}} gemeente Den Haag, gedetacheerd bij {{o:SWT}} {{w:Centrum}} en {{w:Zeeheldenkwartier}}
Talen: Nederlands, Engels, Mandarijn, Kantonees
"Vraag me gerust iets over hulpmiddelen en woningaanpassingen."
=====
[[p:mariska]] vond dit bericht leuk · [[p:Tarik]] en 4 anderen reageerden
=====
Welkom nieuwe leden deze week: [[p:Aster Tekle]] ({{o:Vluchtelingenwerk}}), [[p:Guus de Boer]] ({{o:SWT}} {{w:Loosduinen}}), [[p:Fenna Visser]] ({{o:Xtra}}), [[p:Bilal Sultani]] ({{o:SWT}} {{w:Laak}}) en [[p:Marcella Siahaya]] ({{o:Florence}}). Fijn dat jullie er zijn!
=====
[[p:Ramon Winklaar]] · 2 min
Heeft iemand nog plek in de auto naar de expertmeeting? Ik sta bij tramhalte {{w:Leyenburg}} vanaf 13.15.
=====
De bibliotheek is aangevuld met:
- Handreiking meldcode (versie 2024, 34 pagina's)
- Sociale kaart {{w:Escamp}} (excel, tabblad 'GGZ')
- Factsheet Wmo 2015, art. 2.3.2 en 2.3.5
- Presentatie {{o:CAOP}} kick-off (pdf, 12 MB)
=====
Bericht van de redactie: we hebben de afgelopen week 9 berichten aangepast omdat er namen, adressen of telefoonnummers van cliënten in stonden. Dank aan iedereen die dat meldde. Tip: schrijf 'de cliënt', 'meneer (70)' of 'de moeder', en laat huisnummers, geboortedata en dossiernummers weg.
=====
[[p:Sanne Bakker]] deelde een link:
"Nieuw rapport over eenzaamheid onder 75-plussers in Haaglanden, van de {{o:GGD}}. Cijfers per wijk staan op p. 14-19. {{w:Mariahoeve}} scoort het hoogst (52%)."
=====
Chat pilotgroep jeugd

[[p:Sevda]] 08:51: goedemorgen! wie zit er vandaag bij het overleg met {{o:Jeugdbescherming west}}?
[[p:Imane]] 08:53: ik, samen met [[p:Kofi]]
[[p:Kofi Mensah-Bonsu]] 08:54: klopt, ik neem de casus van het meisje uit {{w:Wateringse Veld}} mee
[[p:Sevda]] 08:55: top, vergeet niet dat haar voogd mr. [[p:Heemskerk]] er ook bij is
[[p:Imane]] 08:55: 👍
=====
Hoi allen, ik ben vanaf [[d:maandag 3 maart]] met zwangerschapsverlof. Mijn taken als trekker van het thema ouderen neemt [[p:Ton Hendriks]] over. Ik kijk uit naar de slotbijeenkomst, dan hoop ik er met de baby bij te zijn! Liefs, [[p:Tjitske Kloosterman]]
=====
Wist je dat? In {{w:Transvaal}} wonen mensen van meer dan 80 nationaliteiten. Het {{o:SWT}} daar werkt met 7 sleutelpersonen uit verschillende gemeenschappen.
=====
Oproep: wie wil een blog schrijven over 'een dag uit het leven van een {{r:casusregisseur}}'? Max. 600 woorden. Stuur naar [[p:Yara]] van de redactie.
=====
[[p:Mohamed Abdi]] ({{o:SWT}} {{w:Moerwijk}}):
Vandaag met de {{r:wijkagent}} op huisbezoek bij een Somalisch gezin. Vader wilde eerst geen contact, maar toen hij hoorde dat ik ook uit Mogadishu kom, zette hij thee. Soms is gedeelde taal de halve casus.
=====
Post in 'Huiselijk geweld':
Ik wil jullie iets laten zien wat me raakte. Een cliënt stuurde me na afsluiting dit bericht (toestemming gevraagd, naam weggelaten): "Dank dat je bleef komen, ook toen ik niet opendeed." Daarom doen we dit werk. [[p:Wendelien]]
=====
[[p:Kim]] ({{w:Ypenburg}}) deelt: onze casusles over de huisartsensamenwerking is 230 keer bekeken! 🎉
=====
Vraag/antwoord in de helpdesk van het platform
V: "Ik heb per ongeluk een adres van een cliënt gepost, hoe haal ik dat weg?"
A: Ga naar je bericht → ⋯ → Bewerken. Binnen 24 uur kan dat zelf, daarna via de redactie. Het adres (in jouw geval [[a:Wolmaransstraat 71]], [[pc:2572 BT]]) is inmiddels door ons verwijderd uit de zichtbare versie.
=====
Nieuwe werkgroep 'Arbeidsmigranten' – wie doet mee?
Tot nu toe: [[p:Agnieszka Nowak]] ({{o:Barka}}), [[p:Bilal Sultani]] ({{o:SWT}} {{w:Laak}}), [[p:Desislava Petrova]] ({{o:Fairwork}}), [[p:Paul Koning]] ({{o:Politie Haaglanden}}, {{r:wijkagent}} {{w:Spoorwijk}}).
Eerste bijeenkomst: [[d:woensdag 9 april]], 10.00, Kamer 4.07.
=====
Post van het {{o:Sociaal Team}} {{w:Westland}} ({{w:Naaldwijk}}):
Bij ons wonen de arbeidsmigranten op parken en in loodsen, niet in de stad. Toch herkennen we alles wat {{w:Laak}} schrijft. Wij hebben een Poolstalige {{r:consulent}}, [[p:Joanna Wójcik]], die wil graag met jullie werkgroep meedenken.
=====
Korte update van {{o:SWT}} {{w:Kijkduin}}: de {{r:ouderenadviseur}} is weer terug na ziekte. Welkom terug, [[p:Wil]]!
=====
[[p:Dennis]] ({{o:SWT}} {{w:Leidschenveen-Ypenburg}}):
Is het alleen bij ons zo dat de wachttijd bij {{o:Schuldhulpverlening Den Haag}} nu 7 weken is? Eerder was het 3.
  [[p:Gülsüm]]: bij ons ook 6-7 weken.
  [[p:Rianne]]: {{w:Loosduinen}}: 5 weken.
=====
[[p:Rachid]] deelde een foto van de slotbijeenkomst (posters per thema). Op de foto: [[p:Lisanne Verhoeven]], [[p:Gert-Jan Bakker]], [[p:Marloes van Rijn]], [[p:Hanneke Groen]], [[p:Sevda Aydın]], [[p:Ton Hendriks]].
=====
📌 Vastgepind: Wie-is-wie in de pilotgroep

Bemoeizorg: [[p:Marloes van Rijn]] (trekker), [[p:Otmane Bouali]], [[p:Dirk-Jan Willems]], [[p:Orhan Kılıç]], [[p:Naima El Idrissi]]
Huiselijk geweld: [[p:Hanneke Groen]] (trekker), [[p:Youssef Amrani]], [[p:Leila Achahbar]], [[p:Michiel Schipper]], [[p:Fatima Zahra Ouchan]]
Ouderen: [[p:Tjitske Kloosterman]] (trekker, tot maart), [[p:Ton Hendriks]], [[p:Monique de Wit]], [[p:Priscilla Wijngaarde]], [[p:Hülya Şahin]]
Jeugd: [[p:Sevda Aydın]] (trekker), [[p:Saskia Roos]], [[p:Kofi Mensah-Bonsu]], [[p:Imane Lamrabet]], [[p:Ilias Ouahabi]]
=====
Tip van de week: De {{o:Sociale Kaart Den Haag}} is vernieuwd. Zoek op 'dagbesteding' + je wijk en je krijgt alle aanbieders met algemeen telefoonnummer. Let op: de persoonlijke nummers van contactpersonen staan er niet meer in (AVG). Vragen: [[p:Redmar Hofstede]].
=====
[[p:Hüseyin]] 15:12
kan iemand mij het nieuwe mailadres van [[p:Annelies]] van {{o:MEE}} geven?
[[p:Zoë]] 15:14
[[e:annelies.kramer@meezhn.nl]]
[[p:Hüseyin]] 15:14
dankjewel!
=====
[[p:Fernando Fortes]] ({{o:SWT}} {{w:Schilderswijk}}):
Voor wie het niet weet: de Kaapverdiaanse gemeenschap in Den Haag is groot (zo'n 3.000 mensen). Veel ouderen spreken alleen Kriolu. Wij hebben een vrijwilliger gevonden via de kerk aan de Hoefkade.
=====
Oeps, in mijn vorige bericht stond het telefoonnummer van mijn cliënt ([[t:0621844709]]). De redactie heeft het weggehaald. Excuses! Leerpunt voor mezelf: eerst lezen, dan plaatsen. [[p:Sabine]]
=====
Nieuwsbericht: Pilot 'Samen werken in het sociale domein' krijgt vervolg

De gemeente heeft besloten dat het kennisplatform blijft bestaan en vanaf september open gaat voor alle medewerkers van de 24 teams, de {{o:CJG}}'s en de partners. Het budget voor 2025-2026 is € 145.000. De nieuwe kick-off is op [[d:donderdag 2 oktober]]. De vier thema's blijven, 'schulden' en 'arbeidsmigranten' komen erbij.
=====
Van: {{o:Sociaal Team}} gemeente Leidschendam-Voorburg ({{w:Prinsenhof}})
Wij lezen al een paar weken mee, heel leerzaam! Een vraag: kunnen wij jullie format voor casuslessen gebruiken? Dan kunnen we straks lessen uitwisselen. Contact: [[p:Anouk Tuhumury]], [[t:06-48 02 66 91]].
=====
[[p:Lotte]] 10:02 — @[[p:Pieter de Vos]] je had gelijk, de oude toestemmingsverklaring dekte het niet. Ik heb mevrouw opnieuw laten tekenen. Haar nieuwe verklaring staat in het dossier ([[z:SWT-HH-2025-0219]]).
=====
Jubileum! Dit is de 500ste post op het platform. Dank aan alle 24 teams en alle partners. 🎂
=====
Reactie op casusles 'De tolk die geen familie is':
Herkenbaar uit {{w:Bezuidenhout}}. Wij hadden een Syrische vrouw, [[p:Rasha Kassem]], van wie de zwager altijd vertaalde. Pas met een vrouwelijke tolk kwam het verhaal. Ik heb de les doorgestuurd aan onze {{r:jeugdverpleegkundigen}}. [[p:Anne-Fleur]]
=====
Onderwerp: tijdelijk ander nummer

Beste collega's,
Mijn werktelefoon is kapot. Tot de reparatie klaar is ben ik bereikbaar op [[t:06 8712 3340]]. Mijn mail blijft [[e:fatimazahra.ouchan@denhaag.nl]].
Groet, [[p:Fatima Zahra]]
=====
[[p:Jacqueline Verbruggen]] reageerde:
"Leuk idee die ommetje-kaart. In {{w:Vogelwijk}} hebben we weinig ouderen die eenzaam zijn, dachten we. Maar de {{r:huisbezoeker}} vond er 14 in één maand. De kaart gaat ook bij ons in de bus."
=====
[[p:Wendelien]] om 22:47: sorry voor de late post. Wie heeft morgen tijd om samen met mij naar meneer [[p:Afewerki]] in {{w:Laakkwartier}} te gaan? [[p:Teklit]] (zijn broer) belde net dat het niet goed gaat. Ik wil niet alleen.
  [[p:Martijn]] om 22:58: ik kan om 9 uur. Stuur me het adres via de app, niet hier.
=====
Weekoverzicht platform
- 23 nieuwe posts
- 4 nieuwe casuslessen (2x bemoeizorg, 1x jeugd, 1x ouderen)
- meest gelezen: 'Het geld van oma' (187x)
- openstaande vragen zonder antwoord: 3
=====
Artikel van de maand
'Vraaggericht werken in een aanbodgerichte wereld' — door dr. [[p:Evelien Moorlag]], {{r:onderzoeker}} bij het {{o:Verwey-Jonker Instituut}}. Lees het hier (pdf, 9 pagina's). Correctie: eerder stond hier per abuis 'prof.', dat klopt niet.
""")


# ---------------------------------------------------------------------------
# 9. Longer posts: full threads, long lessons, long minutes
# ---------------------------------------------------------------------------
add(r"""
Discussie: 'Wie betaalt de verhuizing na huiselijk geweld?' (12 reacties, ingekort)

[[p:Leila Achahbar]] ({{o:SWT}} {{w:Regentesse-Valkenbos}}) – [[d:18 maart]]
Een moeder met twee kinderen krijgt een urgentiewoning in {{w:Escamp}}. Ze heeft niets: geen bed, geen koelkast, geen geld voor een verhuisbus. Bijzondere bijstand duurt 8 weken. Wie heeft een snelle route?

[[p:Gonny Prins]] – [[d:18 maart]]
@[[p:Leila Achahbar]] wij doen het via {{o:Stichting Urgente Noden}}, die betalen binnen 5 werkdagen, max. € 1.000. Aanvraag door een professional.

[[p:Orhan Kılıç]] – [[d:19 maart]]
Vergeet de {{o:Kringloop}} niet: met een verwijsbrief van het {{o:SWT}} krijg je 50% korting. En {{o:Stichting Present}} doet met vrijwilligers de verhuizing.

[[p:Leila Achahbar]] – [[d:19 maart]]
Dank! {{o:Present}} gebeld, ze kunnen [[d:zaterdag de 29e]]. Mevrouw [[p:Benhaddou]] is er heel blij mee.

[[p:Michiel Schipper]] – [[d:19 maart]]
Mooi. Kleine opmerking: haal je de naam van mevrouw nog even weg @[[p:Leila Achahbar]]? Juist bij huiselijk geweld is dat gevoelig, ook als het een nieuwe wijk is.

[[p:Leila Achahbar]] – [[d:19 maart]]
Je hebt gelijk, dom van me. Gedaan. (De moderator heeft het ook gezien.)

[[p:Ellen Boer]] (facilitator) – [[d:20 maart]]
Dank voor deze discussie. Ik maak er een korte 'route' van voor de themapagina: 1. SUN voor het eerste geld, 2. Kringloop met verwijsbrief, 3. Present voor de verhuizing, 4. daarna bijzondere bijstand voor de rest.
=====
CASUSLES (lang) – 'Vijf organisaties, één voordeur'
Thema: bemoeizorg | Wijk: {{w:Morgenstond}} | Team: {{o:SWT}} {{w:Escamp-Zuid}}
Schrijvers: [[p:Dirk-Jan Willems]] ({{r:casusregisseur}}) en [[p:Nina de Haan]] ({{r:SPV}}, {{o:Parnassia}})

1. Situatie
Een vrouw van 47 met een psychotische stoornis in het verleden, alleenstaand, één volwassen zoon die niet meer komt. Meldingen kwamen van vijf kanten: de corporatie ({{o:Vestia}}) over huurachterstand, {{o:HTM}} over verward gedrag in de tram, de {{r:huisarts}} over een gemiste afspraak, de buren over geschreeuw, en {{o:Eneco}} over een afsluiting. Niemand wist van elkaar.

2. Wat we deden
- Week 1: alle vijf meldingen bij elkaar gelegd in één overleg (met toestemming van de {{r:teamleider}}, op basis van zorg over ernstig nadeel).
- Week 2: huisbezoek met de {{r:SPV}}. Mevrouw deed open omdat ze de {{r:SPV}} van vroeger kende.
- Week 3-6: afsluiting voorkomen, huurachterstand in een regeling (€ 75 p/m), medicatie via de {{r:huisarts}}, contact met de zoon hersteld (één telefoontje).
- Week 8: evaluatie; mevrouw wil dat de {{r:SPV}} blijft, verder niemand.

3. Wat werkte
Eén regisseur, één plan, één voordeur. De {{r:SPV}} was de sleutel, de rest van ons bleef op de achtergrond.

4. Wat niet werkte
In het begin stuurden drie organisaties nog brieven. Dat gaf paniek. We hebben afgesproken dat alle post in deze periode via de {{r:casusregisseur}} loopt.

5. Les voor andere teams
Maak een 'signalenkaart' van de wijk: wie kan iets zien? In {{w:Morgenstond}} bleken {{o:HTM}} en de energieleverancier de eerste signalen te hebben.

6. Toestemming
Ja, mevrouw heeft de verklaring voor delen op het platform getekend.
=====
Verslag themabijeenkomst jeugd 18-/18+ (uitgebreid)

Datum: [[d:donderdag 13 maart 2025]], 13.00-16.00
Plaats: {{o:CJG}} {{w:Centrum}}, vergaderzaal 2.03
Aanwezig: [[p:Sevda Aydın]] (vz), [[p:Saskia Roos]], [[p:Kofi Mensah-Bonsu]], [[p:Imane Lamrabet]], [[p:Ilias Ouahabi]], gasten van {{o:Jeugdbescherming west}} ([[p:Ruben Dijkstra]]), {{o:Jongerenloket}} ([[p:Esmée Nunes]]) en {{o:Youz}} ([[p:Karim Ait Taleb]]).

1. Stand van zaken perspectiefplan 18+
Het format (2 pagina's) is getest bij 12 jongeren. Gemiddeld duurde het invullen 50 minuten. Jongeren vonden de vraag 'wie bel je als het misgaat?' het moeilijkst.

2. Knelpunten
a. Zorgverzekering: in 5 van de 12 gevallen niet geregeld op de 18e verjaardag.
b. Wonen: geen kamers voor 18-21 in {{w:Escamp}} en {{w:Laak}}; wachttijd bij {{o:Limor}} ca. 9 maanden.
c. Inkomen: de jongerennorm in de Participatiewet is laag (ca. € 300 p/m zonder ouderbijdrage).

3. Casus ter bespreking (ingebracht door [[p:Kofi]])
Een meisje (17) uit {{w:Wateringse Veld}} met een OTS; ze wordt over 4 maanden 18. [[p:Ruben]] geeft aan dat de OTS niet verlengd kan worden. Afspraak: warme overdracht naar {{o:SWT}} in maand 3.

4. Besluiten
- Het perspectiefplan wordt vanaf mei standaard bij 17,5 jaar.
- [[p:Esmée]] regelt een vaste contactpersoon bij het {{o:Jongerenloket}} per stadsdeel.

5. Actiepunten
| wie | wat | wanneer |
|---|---|---|
| [[p:Sevda]] | format definitief maken | [[d:28-03-2025]] |
| [[p:Ilias]] | overzicht kamers 18-21 | [[d:11 april]] |
| [[p:Saskia]] | casusles schrijven | voor de slotbijeenkomst |

Volgende bijeenkomst: [[d:donderdag 24 april]].
=====
Lange reactie op de vraag 'hoe bereik je zorgmijders?'

Ik werk nu 11 jaar als {{r:bemoeizorger}}, eerst bij de {{o:GGD}} en nu bij {{o:Parnassia}}, en ik wil een paar dingen delen die ik heb geleerd.

Eén: de eerste keer gaat het niet om hulp, maar om erkenning. Ik zeg vaak: "Ik kom kijken hoe het met u gaat, u hoeft niks." Twee: kom op tijd en kom terug. Als ik zeg dat ik dinsdag kom, kom ik dinsdag, ook als ik weet dat de deur dicht blijft. Drie: zoek het netwerk. Er is bijna altijd iemand die wel binnenkomt: een buurvrouw, een broer, een winkelier, soms de postbode. Vier: wees eerlijk over je zorgen. Mensen voelen het als je iets verbergt. Vijf: en dit is de moeilijkste, accepteer dat het soms niet lukt en dat je dan een stap hoger moet (een zorgmachtiging, met de {{r:psychiater}} en de {{r:officier van justitie}}).

Ik heb een meneer in {{w:Zuiderpark}} 14 maanden bezocht voordat hij binnenliet. Nu komt hij zelf naar het {{o:Servicepunt XL}}.

Groet aan alle collega's die dit werk doen,
[[p:Leo Vermaat]], {{r:bemoeizorger}} {{o:Parnassia}} {{w:Den Haag Zuidwest}}
=====
Verslag werkgroep bemoeizorg, derde bijeenkomst

Datum: [[d:15-05-2025]]
Aanwezig: [[p:Marloes van Rijn]] (vz), [[p:Otmane Bouali]], [[p:Nina de Haan]], [[p:Leo Vermaat]], dr. [[p:Wim Jacobs]], [[p:Sabrina Ramdas]], [[p:Frank Oudshoorn]] ({{o:DSW}}), [[p:Sharon Zeegers]] (gemeente, {{r:beleidsmedewerker}} OCW)

1. Pilot 'consultatie zonder verwijzing'
{{o:Parnassia}} start in juni met 6 uur per week consultatie voor {{o:SWT}}'s in {{w:Moerwijk}} en {{w:Laak}}. De {{r:psychiater}} komt mee op huisbezoek als het {{o:SWT}} dat vraagt. Er is geen verwijsbrief nodig; de {{r:huisarts}} krijgt achteraf een bericht.

2. Financiering
{{o:DSW}} financiert de eerste 6 maanden als experiment (bedrag nog niet openbaar). De gemeente betaalt de coördinatie (0,2 fte).

3. Registratie
Discussie over wat wel en niet geregistreerd wordt. Besluit: alleen een anonieme telling per wijk; geen namen in het gezamenlijke overzicht. Cliëntgegevens blijven in de eigen systemen van {{o:Parnassia}} en het {{o:SWT}}.

4. Eerste casus (bij wijze van voorbeeld)
Het {{o:SWT}} {{w:Moerwijk}} brengt een casus in van een man (59) die al 2 jaar geen contact heeft met de {{r:huisarts}}. Huisbezoek gepland met de {{r:psychiater}} op [[d:3 juni]]. Nb: [[p:Otmane]] noemde in het overleg het adres, [[a:Twentelaan 112]]; dat is niet in dit verslag opgenomen behalve hier, en wordt door de notulist geschrapt.

5. Volgende keer: [[d:26 juni]], na de slotbijeenkomst.
=====
Post: wat ik leerde in 4 maanden pilot (lang, sorry!)

Toen ik bij de kick-off op [[d:22 november]] werd gekozen voor de pilotgroep, wist ik niet wat me te wachten stond. Ik ben {{r:ouderenconsulent}} bij {{o:Voor Welzijn}} in {{w:Mariahoeve}} en mijn werk was altijd: één oudere, één vraag, één oplossing. In de pilot leerde ik dat veel van 'mijn' vragen in andere wijken ook spelen, maar dat ze daar soms al opgelost zijn.

Drie voorbeelden:
1. Uit {{w:Duindorp}} leerde ik dat mannen wél komen als het om klussen gaat. Bij ons is nu een fietsenwerkplaats.
2. Uit {{w:Transvaal}} leerde ik de netwerkkaart. Bij een Hindoestaanse familie bleek er een kleindochter te zijn die {{r:verpleegkundige}} is, niemand had haar gevraagd.
3. Uit {{w:Loosduinen}} leerde ik dat je de postduivenclub niet moet onderschatten. 😄

Wat ik jammer vond: de tijd. Ik had 4 uur per week voor de pilot en dat was te weinig. En soms was het platform te druk: 20 meldingen per dag.

Wat ik hoop: dat de casuslessen blijven en dat nieuwe collega's ze lezen.

Hartelijke groet, [[p:Hülya Şahin]]
=====
Concept casusles – NIET PUBLICEREN (opgeslagen in map 'concepten')

Titel: De familie die niemand kende
Team: {{o:SWT}} {{w:Bouwlust}} / {{w:Vrederust}}
Cliënten: [[p:Ahmad Sultani]] (vader), [[p:Zarmina]] (moeder), kinderen [[p:Farid]] (16), [[p:Mariam]] (12), [[p:Omid]] (7)
Adres: [[a:Melis Blokstraat 301-C]], [[pc:2543ED]] Den Haag
BSN vader: [[b:593493461]]
Rekening: [[i:NL51INGB7919983142]]
Dossier SWT: [[z:SWT-ESC-2025-0091]]
Tel moeder: [[t:06 48 73 10 25]]

Situatie: Afghaans gezin, sinds 2022 in Den Haag. Vader heeft PTSS, werkt niet. Moeder spreekt geen Nederlands. [[p:Farid]] is de tolk van de familie en spijbelt.
Aanpak: tolk Dari, {{r:jeugdconsulent}} voor [[p:Farid]], {{o:i-psy}} voor vader, taalles voor moeder bij {{o:ROC Mondriaan}}.
Les (concept): een kind mag nooit de tolk van zijn ouders zijn.

⚠️ Dit concept bevat persoonsgegevens en is alleen zichtbaar voor [[p:Gülsüm Arslan]] en de redactie.
=====
Thread: 'Mogen we de huisarts bellen zonder toestemming?'

[[p:Anouk de Vries]] ({{o:SWT}} {{w:Scheveningen}}):
Bij een meneer van 83 die verward is, willen we de {{r:huisarts}} informeren. Hij geeft geen toestemming, zegt 'laat me met rust'. Mogen we toch bellen?

[[p:Pieter de Vos]] ({{r:privacy officer}}):
Kort: ja, als er sprake is van ernstig nadeel voor meneer en je andere wegen hebt geprobeerd. Leg de afweging vast. Deel alleen wat nodig is.

[[p:Anouk de Vries]]:
En als de {{r:huisarts}} zegt 'ik mag niks terugzeggen'?

[[p:Wim Jacobs]] ({{r:huisarts}}):
Dan heeft de {{r:huisarts}} gelijk: wij hebben een medisch beroepsgeheim. Maar we kunnen wel luisteren en zelf in actie komen (een huisbezoek). Bel gerust via de spoedlijn voor zorgverleners, niet via de gewone lijn.

[[p:Anouk de Vries]]:
Dank beiden. We hebben gebeld, de {{r:huisarts}} gaat morgen langs.
=====
Verslag kennismaking met de gemeente Utrecht (online)

Van Utrecht: [[p:Mariëlle Smeets]] ({{o:Buurtteam}} {{w:Overvecht}}), [[p:Hassan el Boujdaini]] ({{o:Buurtteam}} {{w:Kanaleneiland}}), [[p:Joris Ament]] ({{r:beleidsadviseur}}).
Van Den Haag: [[p:Ellen Boer]], [[p:Lisanne Verhoeven]], [[p:Marloes van Rijn]].

Utrecht werkt sinds 2015 met buurtteams: één team voor jeugd en gezin, één voor volwassenen (sociaal), per buurt. Ze hebben 'doorbraakbudget' (€ 1.500 per huishouden) en een 'regiotafel' voor complexe casussen. Den Haag vertelde over de pilot en het platform.

Afspraken:
- uitwisseling van 3 casuslessen per thema (geanonimiseerd)
- wederzijds werkbezoek; eerste op [[d:16 mei]] in {{w:Overvecht}}
- contact via [[p:Joris]]: [[e:j.ament@utrecht.nl]]
""")


# ---------------------------------------------------------------------------
# 10. Slips with numbers, look-alikes, other municipalities, mixed forms
# ---------------------------------------------------------------------------
add(r"""
RE: aanvraag bijzondere bijstand
> [[p:Bilal Sultani]] schreef: kan iemand checken of het formulier goed is ingevuld?

Ziet er goed uit! Wel even opletten: je hebt in de bijlage het BSN laten staan ([[b:1694.00.207]]) en het rekeningnummer van meneer ([[i:NL53 ASNB 0465 1437 26]]). Haal die weg voordat je het hier deelt. Verder: bij 'reden' de brief van {{o:Eneco}} toevoegen.
[[p:Gülsüm Arslan]]
=====
Vraag over een uitkering: cliënte (BSN [[b:697438269]], klopt volgens de {{o:SVB}} niet, ik denk dat ik het verkeerd heb overgetypt) krijgt geen kinderbijslag. Hoe krijg ik het juiste nummer zonder haar opnieuw lastig te vallen? [[p:Joyce Sno]] ({{w:Laak}})
  → Via het {{o:Servicepunt XL}}, met haar toestemming. En zet BSN's nooit hier neer 🙂 – [[p:Redmar]]
=====
Tabel bereikbaarheid partners thema huiselijk geweld (update [[d:2 april]])

| organisatie | algemeen | contactpersoon | direct |
|---|---|---|---|
| {{o:Veilig Thuis Haaglanden}} | 0800-2000 | [[p:Sandra Groenendijk]] | [[t:06-18 24 57 70]] |
| {{o:Blijf Groep}} | 088 234 24 00 | [[p:Moniek Hagen]] | [[t:06 22 70 81 46]] |
| {{o:Politie Haaglanden}} | 0900-8844 | {{r:wijkagent}} [[p:P. Koning]] | via meldkamer |
| {{o:Slachtofferhulp}} | 0900-0101 | – | – |
=====
Overzicht kosten workshops (voor de verantwoording)
| workshop | datum | deelnemers | kosten |
|---|---|---|---|
| motiverende gespreksvoering | maart | 16 | € 650,- |
| schulden en LVB | april | 14 | € 480,- |
| meldcode in de praktijk | februari | 22 | € 0 (door {{o:Veilig Thuis}}) |
| omgaan met agressie | mei | 17 | € 750,- |
Totaal: € 1.880 van het budget van € 2.400. Factuurnummer {{o:CAOP}} 2025-0117, kostenplaats 6120.4410.
=====
Vraag uit {{w:Zoetermeer}} ({{w:Oosterheem}}): wij hebben een Pools gezin dat naar Den Haag verhuist. Mogen we de casus warm overdragen aan het {{o:SWT}} {{w:Laak}}? Ze gaan wonen op de [[a:Rijswijkseweg 244 A]], [[pc:2516HW]]. Contact bij ons: [[p:Bas Verbeek]], [[t:079 - 346 81 22]] (direct). Moeder: [[p:Katarzyna Lewandowska]], [[t:+48 512 334 871]].
=====
Checklist 'casusles klaar voor publicatie?'
☐ Geen namen (ook geen voornamen, initialen of bijnamen)
☐ Geen straat + huisnummer, geen postcode
☐ Geen geboortedatum, wel leeftijd (bijv. '82')
☐ Geen BSN, dossiernummer of rekeningnummer
☐ Wijk mag, organisatie mag, rol mag
☐ Toestemmingsverklaring vastgelegd
Bij twijfel: vraag de redactie.
=====
Notitie bij casusles #40 (alleen zichtbaar voor auteur):
cl. [[p:sadia mohamud]], geb [[d:3-3-'91]], [[a:Zuiderparklaan 57]] 2e et., [[pc:2574 HB]], tel [[t:0644180275]], schuld CJIB [[z:#77120]]. → NIET in de les zetten!
=====
[[p:Yvonne Stam]] · 18 min
Vandaag geleerd: de {{o:Haagse Kredietbank}} heeft een nieuwe werkwijze, aanmelden kan alleen nog via het {{o:Servicepunt XL}} of via de {{r:schuldhulpverlener}} van het {{o:SWT}}. Balie aan de Leyweg is dicht per 1 mei.
=====
Huisregels voor reacties
1. Reageer op de inhoud, niet op de persoon.
2. Gebruik @naam alleen voor collega's, nooit voor cliënten.
3. Geen foto's van woningen of brieven.
4. Telefoonnummers van organisaties (algemeen) mogen, privé- en werknummers van personen niet.
=====
Kan iemand mij vertellen hoe het zit met kamerbewoning en de kostendelersnorm? Het gaat om 3 broers ([[p:Stoyan]], [[p:Nikolay]] en [[p:Ivaylo Georgiev]]) op één adres in {{w:Spoorwijk}}, alle drie met een eigen huurcontract bij dezelfde particuliere verhuurder. De {{r:klantmanager}} van {{o:SZW}} zegt dat de kostendelersnorm geldt. Klopt dat?
=====
@[[p:Orhan Kılıç]] ik heb je casus doorgelezen, goed geschreven! Eén ding: onder 'situatie' staat 'meneer [[p:B.]] uit de Van Ostadestraat'. Straatnaam + initiaal is misschien al te herleidbaar in zo'n kleine straat. Kun je 'uit de {{w:Schilderswijk}}' schrijven? – [[p:Ellen]]
=====
Kun je me helpen? Cliënt heeft betaald aan verkeerde rekening: moest naar {{o:CJIB}}, ging naar [[i:NL23RABO3553429195]] (typfout?). Bank zegt dat het nummer niet bestaat. Wie weet wat er nu met het geld gebeurt? [[p:Kevin Bos]]
=====
Voor het overzicht: de 24 teams per stadsdeel
{{w:Centrum}}: 4 | {{w:Escamp}}: 5 | {{w:Laak}}: 2 | {{w:Haagse Hout}}: 2 | {{w:Loosduinen}}: 2 | {{w:Scheveningen}}: 3 | {{w:Segbroek}}: 3 | {{w:Leidschenveen-Ypenburg}}: 3
Elk team heeft 8 tot 10 professionals. Samen ca. 220 mensen.
=====
Reactie van een {{r:ervaringsdeskundige}} op de themapagina bemoeizorg:
Ik was zelf 'zorgmijder'. Niemand kwam ooit terug na de eerste keer, behalve één {{r:wijkverpleegkundige}}, zuster [[p:Annie]]. Haar achternaam weet ik niet eens meer. Zij redde mijn leven. Denk daaraan als je weer voor een dichte deur staat.
– [[p:Ronald]] ({{o:Cliëntenraad Den Haag}})
=====
Agenda-item voor het MDO van [[d:ma 7/4]]:
casus fam. [[p:El Khattabi]] (dossier [[z:SWT-LK-2025/0384]]) – bespreken of {{o:Veilig Thuis}} moet worden ingeschakeld. Inbreng: [[p:Nadia]].
(dit had niet op het platform moeten staan, graag verplaatsen naar het teamsysteem)
=====
Bericht van [[p:Kwabena Owusu]] ({{o:SWT}} {{w:Moerwijk}}):
Even een vraag over werk: een cliënt van 58 wil graag vrijwilligerswerk, maar is bang dat zijn uitkering wordt gekort. Klopt het dat vrijwilligersvergoeding tot € 210 per maand (max. € 2.100 per jaar) niet telt?
=====
Vraag aan {{w:Scheveningen}}: is het spreekuur van de {{r:ouderenadviseur}} in het wijkcentrum aan de Duinstraat nog op woensdag? Ik wil mevrouw [[p:Van der Kooij]] uit {{w:Duinoord}} doorverwijzen.
=====
Aangepast door moderator: dit bericht bevatte een telefoonnummer en e-mailadres van een cliënt. Originele tekst (alleen zichtbaar voor de redactie):
"Mevrouw [[p:Wilhelmina Sneek]] wil graag gebeld worden over haar aanvraag, op [[t:070 394 22 17]] of per mail [[e:w.sneek1949@ziggo.nl]]. Zaaknummer Wmo: [[z:2025-04417]]."
=====
Voor wie het zoekt: de postadressen van de belangrijkste partners.
Gemeente Den Haag, Postbus 12600, 2500 DJ Den Haag
{{o:Veilig Thuis Haaglanden}}, Postbus 52107, 2505 CC Den Haag
{{o:GGD Haaglanden}}, Postbus 12652, 2500 DP Den Haag
(Bezoekadressen staan op de sociale kaart.)
=====
Cliënt [[p:Osman Yıldırım]] vroeg of ik deze vraag op het platform wilde zetten, met zijn naam erbij omdat hij 'er trots op is': hoe wordt je {{r:vrijwilliger}} bij de {{o:Voedselbank}} als je zelf klant bent geweest? Ik heb hem gezegd dat ik zijn naam toch weglaat, maar de redactie moet dat nog aanpassen. 🙈
=====
[[p:tessa]] 11:03 — wie heeft het nummer van de {{r:wijkverpleegkundige}} in {{w:Moerwijk-Oost}}?
[[p:jan.s]] 11:04 — [[p:Evelien]]? [[t:06 - 1 9 2 8 4 7 6 0]]
[[p:tessa]] 11:05 — top, en ik bel haar gewoon op haar werknummer hè, geen privé
[[p:jan.s]] 11:05 — ja dit is haar werkmobiel
=====
Vraag aan de {{r:Wmo-adviseurs}}: hoe hoog is de eigen bijdrage bij een scootmobiel? En telt het vermogen mee? Cliënt heeft € 31.000 spaargeld, AOW en een klein pensioen. Het is een casus uit {{w:Benoordenhout}} (meneer [[p:Vink]], voor wie hem kent).
=====
Zoekopdracht in de bibliotheek: 'toestemmingsverklaring'
Resultaten (4):
1. Toestemmingsverklaring SWT (model 2023, v3.1) – pdf
2. Toestemmingsverklaring casusles platform (v1.0) – docx
3. Uitleg in eenvoudige taal (B1) – pdf
4. Vertalingen: Arabisch, Turks, Pools, Tigrinya, Engels – zip
=====
Casusles uit {{w:Leiden}} ({{w:Merenwijk}}), gastbijdrage van [[p:Ingeborg Swart]]:
Een oudere vrouw met beginnende dementie kreeg steeds bezoek van 'een neef' die geld leende. De {{r:wijkcoach}} van {{o:Incluzio Leiden}} merkte het op toen mevrouw haar huur niet meer betaalde. Bewind aangevraagd, rekening [[i:NL82 SNSB 5756 0027 38]] onder beheer. De 'neef' bleek geen familie.
Les: vraag door naar 'familie' die plots vaak langskomt.
=====
Vraag over een BSN-check: klopt het dat 9 cijfers altijd een BSN is? Ik zie op een brief van de {{o:Belastingdienst}} ook een nummer van 9 cijfers, maar dat is het 'aanslagnummer'. Hoe zie je het verschil?
  [[p:Redmar]]: Nee, niet altijd. Het aanslagnummer begint met het BSN en heeft er nog letters en cijfers achter, bijv. '… H.46.01'. Twijfel? Vraag het de cliënt.
=====
@[[p:Ramon Winklaar]] ik heb de gegevens van de meneer die we samen bezochten in het teamsysteem gezet, niet hier. Wel nog even: zijn nieuwe nummer is [[t:+31 6 27 40 15 88]], dat had ik nog niet doorgegeven. [[p:Shirley Maduro]]
=====
Melding van de {{o:SVB}} aan ons team: het aangeleverde BSN [[b:58375298]] heeft maar 8 cijfers, het formulier komt terug. Wie van jullie heeft het ingestuurd? Het gaat om de aanvraag van [[d:14 februari]]. – [[p:Redmar Hofstede]], {{r:administratief medewerker}}
=====
Vacature-oproep: het {{o:SWT}} {{w:Transvaal}} zoekt een {{r:MEE-consulent}} (24-32 uur). Reageren via [[p:Karin Postma]] of via de vacaturesite van {{o:MEE Zuid-Holland Noord}}. Sluitingsdatum: [[d:30 april]].
=====
Opmerking bij casusles 'Zijn rekening, haar schulden': de bedragen kloppen niet helemaal. Volgens de beschikking is het € 19.412,37, niet € 19.000. Zaaknummer rechtbank [[z:C/09/668112 / FT RK 25/381]]. Maar dat hoeft niet in de les. – [[p:Hanna Lodder]], {{r:bewindvoerder}}
""")


# ---------------------------------------------------------------------------
# 11. Accidental pastes: forwarded mails, forms, lists posted in a thread
# ---------------------------------------------------------------------------
add(r"""
Hierbij de mail van de corporatie die ik bedoelde in de discussie over ontruimingen (per ongeluk helemaal geplakt, sorry):

---------- Doorgestuurd bericht ----------
Van: [[p:Joost van Eck]] <[[e:joost.vaneck@haagwonen.nl]]>
Datum: [[d:di 11 mrt 2025]] 16:42
Onderwerp: Huurachterstand [[a:Vermeerstraat 38-III]]

Beste [[p:Hülya]],
Zoals besproken stellen wij de ontruiming van dhr. [[p:Ouali]] uit tot [[d:1 mei]], mits er vóór [[d:28 maart]] een betalingsregeling is getekend. Huurnummer [[z:HW-0038712-03]].
Met vriendelijke groet,
[[p:Joost van Eck]], {{r:woonconsultant}} {{o:Haag Wonen}}
=====
Aanmeldformulier workshop (geüpload in de verkeerde map):
Naam deelnemer: [[p:Rosita Kartodikromo]]
Functie: {{r:Wmo-adviseur}}
Team: {{o:SWT}} {{w:Morgenstond}}
Mobiel: [[t:06 11 94 28 63]]
Dieetwensen: vegetarisch
Opmerking: ik neem een casus mee van een cliënt uit de [[a:Hengelolaan 1106]], is dat goed?
=====
Vraag aan de teams: wie herkent dit patroon? Drie cliënten in {{w:Bouwlust}} kregen dezelfde 'incasso'-brief van een onbekend bureau, met het verzoek te betalen op [[i:NL18BUNQ4737697021]]. Het bureau bestaat niet volgens de {{o:Kamer van Koophandel}}. Wij hebben {{o:Politie Haaglanden}} en de {{o:Fraudehelpdesk}} ingelicht. Als jullie het ook zien: niet betalen!
[[p:Anita Ramkisoensing]], {{r:schuldhulpverlener}}
=====
Contactlijst vrijwilligers taalmaatjes (versie [[d:3 maart]]) – let op: alleen intern gebruiken!
| naam | taal | wijk | telefoon |
|---|---|---|---|
| [[p:Nazlı Öztürk]] | Turks | {{w:Transvaal}} | [[t:06 24 81 70 33]] |
| [[p:Aster Tekle]] | Tigrinya | {{w:Centrum}} | [[t:06 53 09 12 48]] |
| [[p:Halina Mazur]] | Pools | {{w:Laak}} | [[t:+48 601 288 415]] |
| [[p:Farhan Abdi]] | Somalisch | {{w:Moerwijk}} | [[t:06 19 77 40 52]] |
| [[p:Li Mei Wong]] | Kantonees | {{w:Bezuidenhout}} | via mail: [[e:limei.wong@gmail.com]] |
=====
Aanvulling op mijn casusles (alleen voor de redactie, niet publiceren):
Het gaat om [[p:Hendrik Jan Smit]], [[a:Monstersestraat 12 a]], [[pc:2551 RV]] {{w:Loosduinen}}, geboren [[d:9 juli 1938]]. Zijn dochter [[p:Ellen]] (zelfde achternaam) is te bereiken op [[t:06-3318 9024]]. BSN (voor de Wlz-aanvraag): [[b:846 644 563]].
=====
Reactie in de thread 'huisvesting na detentie':
Bij ons kwam een meneer vrij op [[d:14-1]]. Hij had geen adres, dus geen uitkering. De {{o:Reclassering}} schreef hem in op het briefadres van het {{o:Leger des Heils}}. Daarna ging het snel. Let op: zijn dossier bij {{o:DJI}} ([[z:DJI-2024-558102]]) hoeft niet in de les 😉. [[p:Khadija]]
=====
FYI: de gegevens voor de expertmeeting (sprekersvergoeding) moeten uiterlijk vrijdag binnen zijn bij [[p:Sharon Zeegers]]. Stuur je IBAN en adres in een besloten bericht, NIET hier. (Ik zag er net eentje langskomen: [[i:NL71INGB9494848107]] – die heb ik verwijderd.)
=====
Vraag aan {{o:SWT}} {{w:Segbroek}}: kennen jullie een mevrouw [[p:Mulder]] uit de [[a:Reinkenstraat 19]]? Ze zegt dat zij bij jullie in begeleiding is, maar nu is ze bij ons in {{w:Duinoord}} komen wonen. Dossier bij jullie zou [[z:SWT-SEG-23-1177]] zijn. Graag even bellen i.p.v. hier reageren: [[t:070 205 31 88]] (mijn directe lijn, [[p:Thijs Oudendijk]]).
=====
Stemformulier thema's kick-off (papier, overgetypt door de facilitator):
Naam: [[p:E. Pronk]] | Team: {{w:Bezuidenhout}} | Keuze 1: ouderen | Keuze 2: bemoeizorg | Opmerking: 'arbeidsmigranten volgend jaar?'
Naam: [[p:Jayden Koster]] | Team: {{w:Escamp}} | Keuze 1: jeugd | Keuze 2: huiselijk geweld
Naam: [[p:F. Ait Hamou]] | Team: {{w:Laak}} | Keuze 1: bemoeizorg | Keuze 2: jeugd
=====
Bericht uit gemeente Delft ({{o:Sociaal Team}} {{w:Tanthof}}):
Wij zochten contact over een cliënt die naar Den Haag is verhuisd ([[p:Soufiane Amezian]], nieuw adres [[a:Conradkade 62]], [[pc:2517 BW]]). Is er een {{o:SWT}} dat dit oppakt? Mijn gegevens: [[p:Maartje Kroon]], [[e:m.kroon@delft.nl]], [[t:015 260 27 44]].
  ↳ Reactie moderator: doorgezet naar {{o:SWT}} {{w:Duinoord}}/{{w:Zeeheldenkwartier}} via het teamsysteem; gegevens hier verwijderd.
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
    d = re.sub(r"[\s.\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    bad_seen = set()
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and not bsn_ok(sp["text"]):
                assert sp["text"] in KNOWN_BAD, ("bad bsn", sp["text"])
                bad_seen.add(sp["text"])
            if sp["label"] == "iban" and not iban_ok(sp["text"]):
                assert sp["text"] in KNOWN_BAD, ("bad iban", sp["text"])
                bad_seen.add(sp["text"])
        rows.append({"id": "h115-%04d" % i, "text": text, "pii": pii, "keep": keep})
    assert bad_seen == KNOWN_BAD, ("unused KNOWN_BAD", KNOWN_BAD - bad_seen)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout115.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for sp in r["pii"] + r["keep"]:
                assert r["text"][sp["start"] : sp["end"]] == sp["text"]
            for tok in ("[[", "]]", "{{", "}}"):
                assert tok not in r["text"]
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    nopii = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "without pii", nopii, "avg words %.1f" % (words / len(rows)))
    print(
        "max chars",
        max(len(r["text"]) for r in rows),
        "min chars",
        min(len(r["text"]) for r in rows),
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
