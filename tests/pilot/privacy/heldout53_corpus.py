#!/usr/bin/env python3
"""Held-out test corpus 53: knowledge-exchange platform of the pilot
'Samen werken in het sociale domein' (theme pages, session announcements,
minutes, registrations, questions, case lessons, discussion threads,
moderator notes, participant bios).

Markup: [[code:text]] = personal data (pii), {{code:text}} = context to keep.
pii codes : p person, b bsn, t phone, e email, i iban, pc postcode,
            a address, d date, k dossier
keep codes: w wijk, o org, r role
Run: python3 heldout53_corpus.py  -> writes heldout53.jsonl next to this file.
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
    "k": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


# ---------------------------------------------------------------- theme pages
T("""
Thema: Bemoeizorg – zorgmijders in beeld

Waar gaat het over? Inwoners die zorg nodig hebben maar er niet om vragen, of die de deur gewoon dichthouden. Veel teams lopen vast op de verwijzing: de {{o:GGZ}} wil een verwijsbrief van de {{r:huisarts}} en de cliënt gaat niet naar de {{r:huisarts}}. In deze themagroep verzamelen we werkwijzen die wél lukken (OGGZ-route via de {{o:GGD Haaglanden}}, outreachend werken samen met een {{r:ervaringsdeskundige}}).
Trekkers: [[p:Marloes van Dijk]] ({{r:SPV}}, {{o:Parnassia}}, SWT {{w:Moerwijk}}) en [[p:Youssef Amrani]] ({{r:maatschappelijk werker}}, SWT {{w:Transvaal}}).
Eerstvolgende bijeenkomst: brainstorm op [[d:dinsdag 13 februari]], 13.30–16.00 uur, {{o:buurthuis De Mussen}}.
Vragen? Mail [[e:m.vandijk@parnassia.nl]] of bel [[p:Youssef]]: [[t:06-41 87 22 09]].
""")

T("""
Thema Ouderen & eenzaamheid

In {{w:Mariahoeve}} en {{w:Bezuidenhout}} wonen veel alleenstaande 75-plussers. De teams daar hebben een {{r:casemanager dementie}} en een {{r:ouderenconsulent}}; andere teams hebben die rollen niet. Vraag van de themagroep: hoe vind je ouderen die niemand in beeld heeft, vóór de crisis komt?
Kernteam: [[p:Gerda Hoekstra]] ({{r:ouderenconsulent}}, {{o:Florence}}), [[p:Shanti Ramsaran]] ({{r:welzijnscoach}}, {{o:Xtra}}) en [[p:Bram de Wit]] ({{r:Wmo-adviseur}}, {{o:gemeente Den Haag}}).
Leestip van [[p:Gerda]]: de handreiking 'Eenzaamheid in de wijk' en de methode Welzijn op Recept.
Het materiaal van de workshop van [[d:7 maart]] staat onder Documenten. Nieuwe casuslessen graag met de tag #ouderen, dan vinden we ze terug.
""")

T("""
Thema: Huiselijk geweld en kindermishandeling

Waarom dit thema? Bij de kick-off kwam het het vaakst terug: signalen die blijven liggen tussen het SWT, het {{o:CJG}} en {{o:Veilig Thuis Haaglanden}}. We werken met de Meldcode (vijf stappen) en kijken hoe teams de afwegingsvragen in stap 4 invullen.
Trekker: [[p:Hatice Doğan]], {{r:aandachtsfunctionaris huiselijk geweld}} bij SWT {{w:Laak}}. Vervanger tijdens haar verlof (april-mei): [[p:Pieter Bosman]], [[t:070 353 71 40]].
LET OP: deel hier geen meldingen of namen van gezinnen. Een melding doe je bij {{o:Veilig Thuis}}, niet via dit platform!
Volgende sessie: workshop 'Het gesprek na de melding' met een {{r:gedragswetenschapper}} van {{o:Jeugdbescherming west}}, [[d:do 21 maart]].
""")

T("""
Thema Schulden & bestaanszekerheid

Bijna de helft van de casussen uit de inventarisatie (n=212) had problematische schulden, gemiddeld € 14.800 per huishouden. Wat werkt volgens de teams: vroegsignalering via {{o:Haag Wonen}} en {{o:Staedion}}, snel een {{r:budgetcoach}} erbij, en de {{o:Kredietbank}} pas inschakelen als er rust is.
Trekkers: [[p:Kofi Boateng]] ({{o:Schuldhulpverlening Den Haag}}) en [[p:Annelies Verhoeven]] ({{r:sociaal raadsvrouw}}, {{o:Stichting MOOI}}).
Handig: het overzicht 'Wie doet wat bij schulden in Den Haag' (versie 3.2) en de rekentool van het {{o:Nibud}}.
Contact: [[e:kofi.boateng@denhaag.nl]] / [[e:a.verhoeven@mooiwelzijn.nl]]
""")

T("""
Thema Jeugd: de overgang 18-/18+

De SWT's zijn er voor volwassenen, het {{o:CJG}} voor gezinnen met kinderen. Jongeren van 17 tot 23 vallen er vaak tussenin. Hoe zorg je dat een jongere niet 'uit de zorg valt' op zijn 18e verjaardag?
Trekkers: [[p:Soufiane Benali]] ({{r:jongerenwerker}}, {{o:Xtra}}) en [[p:Femke Mulder]] ({{r:jeugdconsulent}}, {{o:CJG}} {{w:Escamp}}).
Planning: brainstorm [[d:6 februari]] (verslag staat online), werkbezoek aan het {{o:Jongerenpunt}} in {{w:Zuidwest}} op [[d:27-2]].
Vragen over dit thema kun je ook kwijt in het draadje 'Van 17 naar 18', @[[p:Soufiane]] leest mee.
""")

T("""
Thema Wonen & dakloosheid voorkomen

Doel: huisuitzettingen voorkomen en mensen na de {{o:maatschappelijke opvang}} goed laten landen in de wijk. Housing First (zoals de {{o:Kessler Stichting}} dat doet) en de Vroeg Eropaf-aanpak zijn de voorbeelden waar we van willen leren.
Trekkers: [[p:Evandro Monteiro]] ({{r:woonconsulent}}, {{o:Staedion}}) en [[p:Ria Koster]] ({{r:casusregisseur}}, SWT {{w:Spoorwijk}}).
[[p:Ria]] werkt ma/di/do en is dan bereikbaar op [[t:06-2835 1170]]. [[p:Evandro]] liever per mail: [[e:e.monteiro@staedion.nl]].
""")

T("""
Overige thema's (parkeerplaats)

Bij de kick-off kwamen ook thema's op die te weinig stemmen kregen: laaggeletterdheid, mantelzorg, digitale zelfredzaamheid, statushouders. Ze krijgen geen eigen werkgroep, maar je kunt hier casuslessen en tips kwijt.
Beheer: [[p:Lotte Scholten]] ({{r:moderator}}, {{o:CAOP}}).
Tip van [[p:Mehmet Kaya]] (SWT {{w:Schilderswijk}}): het {{o:Taalhuis}} in de {{o:Bibliotheek Den Haag}} heeft elke woensdagochtend inloop, ook voor brieven van {{o:UWV}} en {{o:DUO}}. Gratis, geen afspraak nodig.
""")

T("""
Thema-aanvraag: Nieuwkomers en statushouders
Ingediend door [[p:Abrehet Tesfay]] en [[p:Łukasz Wiśniewski]] op [[d:12-12-2023]].

Waarom: in {{w:Laak}} en {{w:Moerwijk}} krijgen we veel vragen van statushouders (Eritrese en Syrische gezinnen) en van arbeidsmigranten uit Polen en Bulgarije. Inschrijving in de {{o:BRP}}, toeslagen en huurcontracten via uitzendbureaus zijn voor hen een doolhof.
Voorstel: één sessie met {{o:VluchtelingenWerk}} en het {{o:Expat Centre}}, en een vaste contactpersoon per team.
Status: besproken in de stuurgroep van [[d:9 januari]], besluit volgt.
""")

# ------------------------------------------------------ session announcements
T("""
UITNODIGING KICK-OFF pilot 'Samen werken in het sociale domein'

Wanneer: [[d:woensdag 22 november 2023]], 9.00–12.30 uur (inloop vanaf 8.30)
Waar: Atrium, Stadhuis (Spui)
Voor wie: álle medewerkers van de 24 sociale wijkzorgteams, plus de {{r:teamleiders}}

Programma: welkom door wethouder [[p:Karin Smit]]; uitleg door {{o:Crossover}} en het {{o:CAOP}}; stemmen op de thema's (jeugd, ouderen, huiselijk geweld, bemoeizorg + eigen voorstellen); samenstellen van de pilotgroep (20 deelnemers).
Aanmelden vóór [[d:15/11]] via [[e:pilot.sociaaldomein@denhaag.nl]]. Vragen: [[p:Lotte Scholten]], [[t:06 51 90 33 27]].
""")

T("""
Startbijeenkomst pilotgroep
[[d:Donderdag 8 februari]] | 13.00 – 17.00 uur | {{o:Wijkcentrum Escamp}}, zaal 2 (1e verdieping, lift aanwezig)

We beginnen met een lunch. Daarna presenteren de vier themagroepen hun plan (max. 10 minuten per groep), doet {{o:Crossover}} de oefening 'casus in 3D' en maken we de planning tot de expertmeeting in april.
Neem mee: één casus waarop je team vastliep (geanonimiseerd!!).
Afmelden bij [[p:Dewi Jagroep]], [[e:d.jagroep@denhaag.nl]].
""")

T("""
Workshop: Motiverende gespreksvoering bij zorgmijders
Door [[p:Hans Vermeulen]], trainer en oud-{{r:bemoeizorger}} bij {{o:Brijder}}.
Datum: [[d:di 5-3-2024]], 9.30-12.00 uur, {{o:buurthuis De Kraal}} (Kempstraat, {{w:Transvaal}}).
Max. 16 deelnemers, vol = vol. Gratis voor de pilotgroep, anderen betalen € 45,-.
Voorbereiding: lees hoofdstuk 2 en 3 uit het handboek Motiverende gespreksvoering (ligt bij je {{r:teamleider}}).
Inschrijven via het formulier hieronder; je krijgt dan een inschrijfnummer.
""")

T("""
Brainstorm Wonen – 'van opvang naar eigen voordeur'
[[d:Maandag 19 februari]], 14.00 uur, {{o:Wijkcentrum Bouwlust}}.
[[p:Ria]] en [[p:Evandro]] zetten vooraf drie casussen op de wall. Ook {{o:Haag Wonen}}, {{o:Vestia}} en het {{o:Leger des Heils}} schuiven aan.
Koffie, thee en soep van het buurtrestaurant.
Kun je niet? Stuur je input vóór vrijdag naar [[p:ria]] ([[e:r.koster@swt-denhaag.nl]]).
""")

T("""
Expertmeeting 'De grenzen van vraaggericht werken'
[[d:18 april 2024]], 13.00-17.00 uur, Atrium Stadhuis

Sprekers: dr. [[p:Anneke Zwart]] ({{r:lector}} wijkgericht werken, {{o:Haagse Hogeschool}}), [[p:Rishi Mahabier]] ({{r:huisarts}} in {{w:Transvaal}}) en een {{r:ervaringsdeskundige}} van {{o:Stichting Anton Constandse}}.
Daarna rondetafels per thema; de themagroepen presenteren hun tussenopbrengst.
Accreditatie aangevraagd bij {{o:Registerplein}} (3 punten).
Aanmelden: [[e:expertmeeting2024@caop.nl]]
""")

T("""
Slotbijeenkomst pilot – save the date!
Op [[d:donderdag 20 juni]] sluiten we de pilot af in {{o:Theater De Vaillant}}.
Programma: opbrengsten per thema, de korte film die [[p:Jurgen Martis]] maakte over bemoeizorg in {{w:Moerwijk}}, en het advies aan de gemeente over het vervolg. Borrel vanaf 16.30.
Graag aanmelden vóór [[d:7 juni]]. Dieetwensen doorgeven aan [[p:Dewi]].
""")

T("""
Online intervisie Schulden (Teams) – elke 2e dinsdag van de maand, 16.00–17.00.
Eerstvolgende keer: [[d:12/3]]. De link komt per mail.
Casusinbreng deze keer: [[p:Ama Owusu]] (SWT {{w:Mariahoeve}}). Wil jij de keer daarna inbrengen? Laat het [[p:Kofi]] weten.
""")

T("""
WIJZIGING!! De workshop Meldcode van [[d:21 maart]] is verplaatst naar [[d:woensdag 27 maart]], zelfde tijd, andere plek: {{o:Wijkcentrum Mariahoeve}} i.p.v. {{o:buurthuis De Kraal}}. Wie zich al had ingeschreven hoeft niks te doen.
– [[p:Pieter]] namens [[p:Hatice]]
""")

T("""
Werkbezoek {{o:Housing First Den Haag}}
Op [[d:vr 15 maart]] kunnen max. 8 pilotdeelnemers meelopen met een {{r:woonbegeleider}}. Verzamelen 9.00 uur bij de ingang van het {{o:Leger des Heils}} aan de Prinsegracht. Contactpersoon ter plekke: [[p:Kerwin Pinas]], [[t:+31 6 2204 7781]].
Graag schoenen die tegen een stootje kunnen en géén dossiers mee.
""")
# ------------------------------------------------------------------- minutes
T("""
Verslag kick-off [[d:22-11-2023]]

Aanwezig: ca. 190 medewerkers van de 24 teams, wethouder [[p:Smit]], [[p:Lotte Scholten]] en [[p:Jeroen Brouwer]] ({{o:CAOP}}), [[p:Dewi Jagroep]] (gemeente, verslag).
Stemming thema's (top 4): 1. bemoeizorg (61 stemmen), 2. huiselijk geweld (54), 3. schulden (49), 4. jeugd 18-/18+ (40). Ouderen (38) en wonen (35) vielen net buiten de boot; na overleg zijn ze als 'meeloopthema' toegevoegd.
Pilotgroep: 20 deelnemers, uit elk stadsdeel minstens één. De namenlijst staat op de pagina Deelnemers.
Opvallend: veel teams uit {{w:Escamp}} en {{w:Laak}} noemden de wachtlijsten bij de {{o:GGZ}} als grootste knelpunt.
Volgende stap: startbijeenkomst begin februari.
""")

T("""
Notulen startbijeenkomst – do [[d:8 feb]]
Notulist: [[p:Dewi]]
Aanwezig: [[p:Marloes van Dijk]], [[p:Youssef Amrani]], [[p:Gerda Hoekstra]], [[p:Shanti Ramsaran]], [[p:Kofi Boateng]], [[p:Annelies Verhoeven]], [[p:Soufiane Benali]], [[p:Femke Mulder]], [[p:Hatice Doğan]], [[p:Ria Koster]], [[p:Evandro Monteiro]], [[p:Mehmet Kaya]], [[p:Nadia El Idrissi]] en [[p:Tomasz Kowalczyk]]
Afwezig m.k.: [[p:Bram de Wit]], [[p:Hodan Farah]]

1. Opening door [[p:Lotte]]. Korte terugblik op de kick-off.
2. Plannen themagroepen. Bemoeizorg wil een 'route zonder verwijsbrief' uitwerken met de {{o:GGD}}. Schulden focust op vroegsignalering. Jeugd: warme overdracht {{o:CJG}} → SWT vanaf 17,5 jaar.
3. Afspraak: iedere groep levert vóór [[d:1 maart]] minstens 3 casuslessen aan.
Actiepunten: [[p:Youssef]] vraagt een contactpersoon OGGZ op; [[p:Femke]] plant overleg met {{o:Jeugdformaat}}.
""")

T("""
verslag brainstorm bemoeizorg [[d:13/2]] (snel uitgewerkt, aanvullingen welkom)

aanwezig: [[p:marloes]], [[p:youssef]], [[p:jurgen]], [[p:sterre]] (stagiaire), [[p:Abdi Warsame]] van de {{o:GGD}} en [[p:Anjali]] van SWT {{w:Bouwlust}}
- grootste frustratie: 'we mogen niks zonder toestemming'. [[p:Abdi]] legt uit dat de {{r:OGGZ-coördinator}} bij ernstige zorgen ook zonder toestemming op huisbezoek kan
- idee: vaste 'deur-duo's' ({{r:wijkagent}} + {{r:SPV}})
- idee: koffie-uurtje in het buurthuis als laagdrempelige ingang
- actie [[p:jurgen]]: film maken, toestemming regelen met de mensen die meedoen
volgende keer: [[d:wo 13 maart]]
""")

T("""
Verslag workshop Motiverende gespreksvoering ([[d:5 maart 2024]])
Trainer: [[p:Hans Vermeulen]] | 15 deelnemers | verslag: [[p:Sanne Kuipers]] (SWT {{w:Segbroek}})

[[p:Hans]] begon met een rollenspel: één deelnemer speelde een man die al maanden geen post opent. Wat bleek: hoe harder wij 'trekken', hoe harder hij terugduwt. Tips die bleven hangen:
• reflecteren vóór je adviseert;
• vraag toestemming om informatie te geven ('Mag ik iets vertellen over hoe dat bij de {{o:Kredietbank}} gaat?');
• let op verandertaal.
[[p:Nadia]] en [[p:Łukasz]] willen een vervolg op locatie, bij een echt huisbezoek. [[p:Hans]] staat ervoor open; de vervolgafspraak wordt gepland via [[e:h.vermeulen@mgv-training.nl]].
""")

T("""
Notulen themagroep Schulden, [[d:maandag 26 februari]], via Teams
Aanwezig: [[p:Kofi]] (vz), [[p:Annelies]], [[p:Ama]], [[p:Tomasz]], [[p:Chen Wei]]; gast: [[p:Marjolein Post]] ({{o:Haag Wonen}}, {{r:medewerker vroegsignalering}})

- [[p:Marjolein]]: {{o:Haag Wonen}} stuurt bij 2 maanden huurachterstand een signaal naar het SWT, maar dat komt vaak bij de verkeerde persoon binnen. Afspraak: signalen voortaan naar één functionele mailbox per team.
- [[p:Chen]] brengt een casus in (les volgt op het platform).
- [[p:Post]] komt in mei terug met cijfers.
Acties: [[p:Kofi]] → mailadressen verzamelen vóór [[d:8/3]]. [[p:Ama]] → checklist 'eerste gesprek schulden' rondsturen.
""")

T("""
Verslag expertmeeting [[d:18-04-2024]] (samenvatting, volledig verslag in de bijlage)

Ruim 80 deelnemers. [[p:Anneke Zwart]] liet zien dat 'vraaggericht' in de praktijk vaak betekent: wachten tot de vraag groot genoeg is. [[p:Rishi Mahabier]] pleitte voor een vaste {{r:POH-GGZ}} per SWT. De {{r:ervaringsdeskundige}} (die niet bij naam genoemd wil worden) vertelde hoe het voelde om jaren 'een dossier' te zijn.
Rondetafel bemoeizorg (gespreksleider [[p:Marloes]]): drie teams werken al met een vaste lijn naar de {{o:GGD}}.
Rondetafel jeugd ([[p:Soufiane]]): zorgen over jongeren die bij hun 18e van de radar verdwijnen; {{o:Jeugdformaat}} stelt voor de overdracht te starten bij 17 jaar.
Foto's: [[p:Jeroen]] (alleen met toestemming gedeeld).
""")

T("""
Actielijst themagroep Huiselijk geweld – bijgewerkt [[d:29/02/2024]]

| nr | actie | wie | deadline |
| 1 | stroomschema 'signaal in het SWT' | [[p:Hatice Doğan]] | [[d:15-3]] |
| 2 | contact {{o:Veilig Thuis}} over terugkoppeling | [[p:Pieter Bosman]] | [[d:8-3]] |
| 3 | casusles ouderenmishandeling schrijven | [[p:Gerda Hoekstra]] | loopt |
| 4 | workshop 'Het gesprek na de melding' | [[p:Hatice]] + [[p:Yonas Gebremedhin]] | [[d:21-3]] → verplaatst |
| 5 | lijst {{r:aandachtsfunctionarissen}} per team | [[p:Pieter]] | gereed |
""")

T("""
Kort verslag werkbezoek Housing First, [[d:vrijdag 15 maart]]
Door [[p:Bo van 't Hof]] (SWT {{w:Scheveningen}})

We liepen met [[p:Kerwin]] mee langs drie bewoners. Wat me opviel: de {{r:woonbegeleider}} stelt geen voorwaarden vooraf (niet eerst afkicken, niet eerst schulden regelen). Eén bewoner woont er nu 2,5 jaar. Hij liet trots zijn balkon zien.
Les voor onze teams: we eisen vaak 'woonvaardigheid' voordat iemand een woning krijgt. Misschien is het andersom.
Dank aan [[p:Kerwin Pinas]] en aan [[p:Hafsa]] van de {{o:Kessler Stichting}} voor de rondleiding.
""")

T("""
Notulen stuurgroep pilot, [[d:9 januari 2024]]
Aanwezig: [[p:Jeroen Brouwer]] ({{o:CAOP}}), [[p:Lotte Scholten]], [[p:Dewi Jagroep]], [[p:W. Hendriks]] ({{r:programmamanager}} {{o:SZW}}), [[p:E. Öztürk]] ({{r:teamleider}} SWT {{w:Laak}})

1. Themaverzoek 'Nieuwkomers' (ingediend door [[p:Abrehet]] en [[p:Łukasz]]): sympathiek, maar geen extra werkgroep. Wordt subthema onder Wonen en Schulden.
2. Privacy: [[p:Hendriks]] vraagt om extra controle op de casuslessen. Besluit: elke les gaat eerst langs de {{r:moderator}} voordat ze zichtbaar is.
3. Budget: ruimte voor één extra workshop.
Volgende stuurgroep: [[d:12 maart]], 10 uur.
""")

T("""
Verslag brainstorm Jeugd – [[d:di. 6 februari 2024]]

Aanwezig (11): o.a. [[p:Soufiane]], [[p:Femke]], [[p:Yaritza Isenia]], [[p:Serkan Aydın]], [[p:Merel Dekker]] ({{r:leerplichtambtenaar}}), [[p:Kwame Mensah]]
Brainstormvraag: 'Wat heeft een jongere van 17 nodig om op zijn 18e niet tussen wal en schip te vallen?'
Post-its geclusterd: (1) geld & toeslagen (zorgverzekering! DigiD!), (2) een vast gezicht, (3) wonen, (4) school/werk.
Quote van [[p:Kwame]]: "Ze krijgen op hun verjaardag een brief van de {{o:Belastingdienst}} en niemand legt uit wat dat is."
Vervolg: werkbezoek {{o:Jongerenpunt}} [[d:27 februari]].
""")

T("""
Slotbijeenkomst [[d:20-06-2024]] – terugblik

Met ca. 140 aanwezigen in {{o:Theater De Vaillant}}. Wethouder [[p:Karin Smit]] nam het adviesrapport in ontvangst uit handen van [[p:Ria Koster]] en [[p:Youssef Amrani]].
Hoogtepunten: de film van [[p:Jurgen]] (applaus!), het stroomschema huiselijk geweld van [[p:Hatice]], en de 'deur-duo's' die in {{w:Moerwijk}} en {{w:Bouwlust}} al draaien.
Dank aan iedereen, in het bijzonder [[p:Dewi]] voor de organisatie en [[p:Lotte]] voor het modereren van ruim 300 berichten.
Het platform blijft tot eind 2024 open.
""")
# ------------------------------------------ registrations and questions
T("""
Aanmelding workshop Motiverende gespreksvoering
Inschrijfnummer: [[k:WS-0305-011]]
Naam: [[p:Nadia El Idrissi]]
Team/organisatie: SWT {{w:Schilderswijk}} / {{o:Xtra}}
Functie: {{r:maatschappelijk werker}}
Telefoon: [[t:0634127790]]
E-mail: [[e:n.elidrissi@xtra.nl]]
Dieetwensen: halal
Opmerking: ik kom iets later ivm schooltijden, uiterlijk 9.45
""")

T("""
Hoi, ik wil mij en mijn collega aanmelden voor de brainstorm Wonen op [[d:19/2]].
Ik: [[p:Tomasz Kowalczyk]], {{r:klantmanager}} bij {{o:SZW}}.
Collega: [[p:Hodan Farah]], {{r:maatschappelijk werker}} bij {{o:Vóór Welzijn}}.
We zitten allebei in SWT {{w:Morgenstond}}. [[p:Hodan]] is alleen telefonisch bereikbaar: [[t:06 33 58 12 04]].
Groetjes, [[p:Tomasz]]
""")

T("""
Vraag over de startbijeenkomst: is er bij {{o:Wijkcentrum Escamp}} parkeerplek? Ik kom uit {{w:Scheveningen}} en moet daarna nog op huisbezoek in {{w:Duindorp}}.
– [[p:Bo van 't Hof]]

Reactie [[p:Dewi Jagroep]]: blauwe zone, max. 2 uur met schijf. Tram 9 stopt bijna voor de deur en er is een fietsenstalling aan de achterkant. Tot donderdag!
""")

T("""
Goedemiddag,
Ik heb me aangemeld voor de expertmeeting (bevestiging [[k:EXP-2024-0087]]) maar zie mijn naam niet op de deelnemerslijst staan. Kunnen jullie dat checken? Mijn BIG-nummer voor de accreditatie is [[k:19057731230]].
Met vriendelijke groet,
[[p:Jasmijn Brouwer]]
{{r:wijkverpleegkundige}} {{o:Cardia}} | SWT {{w:Loosduinen}}
[[t:06 - 18 44 90 27]]
""")

T("""
@[[p:Lotte Scholten]] mag ik ook naar de workshop Meldcode als ik niet in de pilotgroep zit? Ons team ({{w:Ypenburg}}/{{w:Leidschenveen}}) heeft er veel vragen over.

> Ja hoor [[p:Gijs]], zolang er plek is. Zet je naam op de wachtlijst, dan hoor je uiterlijk [[d:maandag 25/3]] of je erbij kunt. – [[p:Lotte]]
""")

T("""
Afmelding: [[p:Chen Wei]] kan [[d:8 feb]] helaas niet i.v.m. ziekte. Kan [[p:Li Na Zhang]] in zijn plaats komen? Zelfde team (SWT {{w:Centrum}}), zij is {{r:Wmo-consulent}}. Haar mail: [[e:lina.zhang@denhaag.nl]]
""")

T("""
Aanmeldingen brainstorm Jeugd ([[d:6-2]]) – stand vrijdagmiddag
1. [[p:Soufiane Benali]] – {{o:Xtra}} – [[t:06-22109834]]
2. [[p:Femke Mulder]] – {{o:CJG}} – [[t:070-3536612]]
3. [[p:Yaritza Isenia]] – {{o:Jeugdformaat}}
4. [[p:Serkan Aydın]] – {{r:buurtsportcoach}}, {{o:Sportbedrijf Den Haag}}
5. [[p:Merel Dekker]] – {{r:leerplichtambtenaar}} – [[e:merel.dekker@denhaag.nl]]
6. [[p:Kwame Mensah]] – {{o:Jongerenpunt}} {{w:Zuidwest}}
Nog 4 plekken vrij.
""")

T("""
Declaratie reiskosten expertmeeting
Naam: [[p:A.F.]] ([[p:Ama]]) [[p:Owusu]]
Reis: Zoetermeer – Den Haag CS v.v., € 9,84
IBAN: [[i:NL44 INGB 5942 0211 54]] t.n.v. [[p:A.F. Owusu]]
Datum reis: [[d:18-04-2024]]
Handtekening: ok (digitaal)
""")

T("""
Graag het certificaat van de workshop per post, ik werk niet met de mail van het SWT op mijn telefoon.
Adres: [[a:Melis Stokelaan 1120]], [[pc:2541 GD]] Den Haag (t.a.v. [[p:R. Sewnarain]])
Dank! [[p:Reshma]]
""")

T("""
Vraag aan de organisatie: wordt de slotbijeenkomst opgenomen? Ik sta die dag met [[p:Ilse de Hoop]] op een {{o:Eigen Kracht}}-conferentie in {{w:Rustenburg}} en kan pas om 16.00 aansluiten.
groet [[p:Marieke Vos]], {{r:gezinscoach}} {{o:Stichting Jeugdformaat}}

Antwoord: nee, geen opname, wel een verslag en de film van [[p:Jurgen]] komt op het platform. Borrel is vanaf 16.30 dus je bent op tijd voor het leuke deel ;) – [[p:Dewi]]
""")

T("""
aanmelding expertmeeting
naam: [[p:henk de groot]]
org: {{o:Leger des Heils}}, {{r:ambulant begeleider}}
tel [[t:06.4471.2390]]
mail [[e:henk.degroot@legerdesheils.nl]]
rondetafel voorkeur: 1. bemoeizorg 2. wonen
""")

T("""
Beste [[p:Dewi]], kun je mijn inschrijving voor de workshop wijzigen naar mijn collega? Ik heb op [[d:5 maart]] een zitting bij de kantonrechter met een cliënt.
Oud: [[p:Agnieszka Zielińska]] ([[k:WS-0305-004]])
Nieuw: [[p:Petra Kramer]], {{r:schuldhulpverlener}}, [[e:p.kramer@denhaag.nl]], [[t:070 752 33 19]]
Alvast bedankt, [[p:Agnieszka]]
""")

T("""
Re: aanmelden werkbezoek Housing First
Ik sta op de lijst maar mijn {{r:teamleider}} ([[p:Van Leeuwen]]) wil eerst weten wat het kost. Is het gratis? Dan bevestig ik vandaag nog. Mijn nummer staat er verkeerd in, moet [[t:+31 (0)6 5512 0398]] zijn.
[[p:Robin Groen]], SWT {{w:Waldeck}}
""")

T("""
Vraag: kunnen we de casus die we bij de brainstorm inbrengen ook gewoon mondeling vertellen, zonder iets op papier? Bij ons team ({{w:Regentessekwartier}}) zijn mensen huiverig na het datalek bij een andere gemeente.

Reactie [[p:Lotte Scholten]]: zeker. Mondeling mag, en als je iets op papier zet: geen namen, geen adressen, geen geboortedata, en ook niet 'de enige Eritrese vrouw van 90 in de straat'. Zie de checklist anonimiseren onder Documenten.
""")

T("""
Aanmelding brainstorm Ouderen [[d:7-3-2024]]
– [[p:Gerda Hoekstra]] (trekker, komt eerder i.v.m. opbouwen)
– [[p:Wim Bakker]], {{r:mantelzorgconsulent}} {{o:Mantelzorg Den Haag}}, [[e:w.bakker@mantelzorgdenhaag.nl]]
– [[p:Anjali Chitanie]], {{r:welzijnscoach}}, {{w:Bouwlust}}
– [[p:Fatiha Azzouz]] + tolk (Tarifit), graag 2 stoelen extra
– [[p:Jan-Willem Blom]] ({{r:wijkagent}} {{w:Mariahoeve}}), onder voorbehoud
""")

T("""
Wie kan mij vertellen hoe laat het programma van [[d:20 juni]] eindigt? Ik moet mijn kind om 17.30 ophalen bij de BSO in {{w:Benoordenhout}}. En is {{o:Theater De Vaillant}} met de rolstoel bereikbaar?
– [[p:Semhar Kidane]]

@[[p:Semhar]]: plenaire deel eindigt om 16.15, daarna borrel. Rolstoeltoegang via de zij-ingang, de lift is er. Bel op de dag zelf gerust [[p:Dewi]]: [[t:06-14 27 83 50]].
""")
# ---------------------------------------------------------- case lessons
T("""
CASUSLES – thema Bemoeizorg
Team: SWT {{w:Moerwijk}} | Auteur: [[p:Marloes van Dijk]] | Toestemming cliënt: ja, getekend [[d:09-01-2024]]

Situatie: man, begin 60, woont alleen in een portiekflat. Buren klagen over stank, de {{r:huismeester}} komt niet binnen. Geen {{r:huisarts}} meer sinds die met pensioen ging.
Aanpak: drie keer aangebeld met de {{r:wijkagent}}, briefje met een foto van ons tweeën erop. De vierde keer deed hij open 'omdat we zo vaak kwamen'.
Wat werkte: niet meteen over de woning beginnen, eerst over zijn duiven.
Les voor andere teams: plan herhaalbezoeken in, ook als het niks lijkt op te leveren.
""")

T("""
Casusles schulden — ingebracht door [[p:Chen Wei]] (SWT {{w:Centrum}})

Situatie: Mw. [[p:Lin]] (44), alleenstaande moeder van twee, werkt in een restaurant aan de Wagenstraat. Achterstand huur € 3.100, energie € 1.450. Post bleef dicht liggen.
Aanpak: samen met haar zoon (16) de post geopend, alles gefotografeerd. Aanmelding bij {{o:Schuldhulpverlening Den Haag}} op [[d:23 januari]], dossiernummer [[k:SHV-2024-00713]]. Budgetbeheer via rekening [[i:NL78RABO4800244926]].
Wat niet werkte: de brieven in het Nederlands uitleggen via de zoon; hij schaamde zich.
Les: regel meteen een tolk (via de tolkentelefoon), ook als het kind 'prima Nederlands' spreekt.
""")

T("""
Les: huiselijk geweld bij ouderen
Thema: huiselijk geweld / ouderen | Team: {{w:Mariahoeve}} | door [[p:Gerda Hoekstra]], [[d:14 feb. 2024]]

Een vrouw van 81 met beginnende dementie werd door haar kleinzoon onder druk gezet om geld te pinnen. De {{r:thuiszorgmedewerker}} zag blauwe plekken en belde ons. We hebben samen met de {{r:casemanager dementie}} de afwegingsvragen van de Meldcode doorlopen en een melding gedaan bij {{o:Veilig Thuis}} (melding [[k:VT-2024-01187]]).
Wat ik anderen wil meegeven: financieel misbruik is ook huiselijk geweld. Vraag de bank om een tweede handtekening; dat kan sneller dan een bewindvoering.
""")

T("""
Casusles Jeugd 18-/18+ – [[p:Soufiane Benali]]

Jongen, 17 jaar en 10 maanden, woont bij zijn oom in {{w:Transvaal}}. Zijn jeugdhulp stopte op zijn 18e verjaardag ([[d:3 april]]), hij had nog geen zorgverzekering, geen DigiD en geen inkomen.
Hoe we het oplosten: 2 maanden ervoor een 'overdrachtsgesprek' met de {{r:jeugdconsulent}} van het {{o:CJG}}, mij als {{r:jongerenwerker}} en een {{r:klantmanager}} van {{o:SZW}}. Op zijn verjaardag zat de aanvraag al klaar.
Let op: in de eerste versie van deze les stond zijn naam nog in de titel. Sorry, is aangepast.
Les: begin bij 17,5 jaar. Niet later.
""")

T("""
CASUSLES (wonen)
Team SWT {{w:Spoorwijk}}, [[p:Ria Koster]]
Situatie: gezin (moeder + 3 kinderen) dreigde uit huis gezet te worden, [[a:Rijswijkseweg 211-B]], vonnis lag er al. Eerste contact pas 4 dagen voor de ontruiming ([[d:ma 29 januari]]).
Aanpak: met de {{r:woonconsulent}} van {{o:Staedion}} een betalingsregeling plus budgetbeheer afgesproken; de ontruiming werd opgeschort.
Les 1: laat de corporatie bij 1 maand achterstand al bellen, niet bij 3.
Les 2: een vonnis betekent niet dat het te laat is.
Toestemming: mondeling, vastgelegd in het dossier.
""")

T("""
Casusles Bemoeizorg 'De man met de hond'
[[p:Youssef Amrani]], SWT {{w:Transvaal}}, [[d:februari 12, 2024]]

Dhr. is 52, verslaafd aan alcohol, weigert elke hulp. Enige contact: de hond. We hebben via de {{o:Dierenambulance}} een gratis controle bij de dierenarts geregeld, en in de wachtkamer ontstond het eerste echte gesprek.
Drie maanden later zit hij bij {{o:Brijder}} in de ambulante behandeling.
Les: zoek de ingang die voor de cliënt telt, niet die voor ons telt.
(geen namen, toestemming via zijn {{r:SPV}} [[p:M. Ouali]] gevraagd en gekregen)
""")

T("""
Les van SWT {{w:Laak}} – schulden & statushouders

Mevrouw [[p:Tesfay]] (Eritrea, sinds 2019 in NL) kreeg een terugvordering van de toeslagen van € 6.400. Ze had het kindgebonden budget aangevraagd voor een kind dat nog in Ethiopië woonde.
We hebben via {{o:Sociaal Raadslieden}} bezwaar gemaakt; de terugvordering is gehalveerd.
Contact bij {{o:Sociaal Raadslieden}} was [[p:Pim Hoek]], [[t:070-3535860]], heel behulpzaam.
Les: wacht niet tot de aanmaning, reageer binnen de bezwaartermijn (6 weken).
– [[p:Abrehet]]
""")

T("""
CASUSLES
Thema: ouderen / eenzaamheid
Team: SWT {{w:Bezuidenhout}}
Ingebracht door: [[p:Shanti Ramsaran]] ({{r:welzijnscoach}})
Datum: [[d:2024-02-20]]

Situatie: Meneer [[p:Bakker]] (86) ging sinds het overlijden van zijn vrouw niet meer de deur uit. Zijn dochter belde vanuit Groningen.
Aanpak: koppeling aan een maatje via {{o:Humanitas}} en wekelijkse koffie in buurthuis {{o:De Schakel}}. Na 6 weken ging hij zelf naar de bakker om de hoek.
Wat werkte: de dochter mocht mee in het eerste gesprek (via beeldbellen).
Les: vraag naar het ritme van vroeger, niet naar 'behoeften'.
""")

T("""
Casusles bemoeizorg (ingebracht door [[p:Anjali]], SWT {{w:Bouwlust}})

Cliënt (vrouw, 39) met psychoses, niet in zorg, woont met haar moeder aan de [[a:Dedemsvaartweg 377]]. Moeder is mantelzorger en uitgeput.
We wilden een {{r:SPV}} inzetten maar er was geen verwijzing; de {{r:huisarts}} kende haar niet. Via de {{o:GGD}} (OGGZ) is er toch een huisbezoek gekomen, op [[d:6 maart]].
Wat niet werkte: brieven. Ze leest ze niet.
Wat wel werkte: moeder betrekken en haar eigen ondersteuning geven ({{o:Mantelzorg Den Haag}}).
""")

T("""
Casusles jeugd – 'Schoolverzuim als signaal'
Door [[p:Merel Dekker]], {{r:leerplichtambtenaar}}

Leerling (15) van het vmbo in {{w:Moerwijk}} verzuimde al weken. Op huisbezoek bleek moeder ernstig ziek en zorgde de dochter voor twee kleine broertjes. Het {{o:CJG}} kende het gezin niet, het SWT wel (vanwege de schulden van vader).
Wat we leerden: leerplicht, {{o:CJG}} en SWT hadden elk een stukje. Nu is er één plan, met één contactpersoon: [[p:Yaritza Isenia]] van {{o:Jeugdformaat}}.
Casusnummer leerplicht (voor collega's die willen meelezen, intern): [[k:LPL/24/0391]]
""")

T("""
Lesje geleerd :)
Thema: schulden. Team: {{w:Escamp}}

Dhr. [[p:Kalloe]] had al 14 schuldeisers. Zijn {{r:bewindvoerder}} (mr. [[p:P. Scholten]]) hebben we pas na 3 maanden bereikt. Achteraf bleek het telefoonnummer op de beschikking van de rechtbank oud.
TIP: check het bewindsregister van de rechtspraak, daar staat de actuele {{r:bewindvoerder}}.
Verder: cliënt krijgt leefgeld op [[i:NL03SNSB7769876159]], maar zijn vaste lasten gingen nog van zijn oude rekening bij de ING. Dat liep dus elke maand mis.
– [[p:Kees Mulder]], {{r:schuldhulpverlener}}
""")

T("""
CASUSLES — huiselijk geweld
Auteur: [[p:Hatice Doğan]] | Team: {{w:Laak}} | toestemming: n.v.t. (geanonimiseerd, besproken in intervisie [[d:16-02]])

Situatie: vrouw (34), twee kinderen, partner controleert haar telefoon en geld. Zij kwam bij ons voor 'hulp bij formulieren'. Pas bij het derde gesprek vertelde ze over de dreiging.
Aanpak: veiligheidsplan gemaakt, contact met {{o:Veilig Thuis}} (advies, geen melding op haar verzoek), later opvang via {{o:Fier}}.
Les: ken de signalen achter een 'praktische' hulpvraag. En: spreek haar nooit aan als haar partner in de buurt is.
""")

T("""
Casus 'mevrouw [[p:K.]]' — thema ouderen/wonen
[[p:Evandro Monteiro]] ({{o:Staedion}}) en [[p:Gerda]] ({{o:Florence}})

Mevrouw [[p:K.]], 79, woont op de 4e etage zonder lift ([[a:Jacob Catsstraat 58-III]], [[pc:2521 BN]]). Ze kan de trap niet meer op en zit al een half jaar binnen. Urgentieaanvraag afgewezen want 'geen medische indicatie'.
Wat hielp: de {{r:ergotherapeut}} schreef een rapport, de {{r:Wmo-adviseur}} koppelde dat aan een verhuisindicatie. Binnen 10 weken een benedenwoning in {{w:Rustenburg}}.
Les: urgentie loopt via de juiste papieren, niet via zielige verhalen.
""")

T("""
Les bemoeizorg — versie 2 (na moderatie)

Jongeman, 27, gameverslaving, heeft al een jaar zijn kamer in het ouderlijk huis niet verlaten. Ouders (vader [[p:Ahmad]], moeder [[p:Nazanin]]) vroegen hulp via de {{r:huisarts}}.
We hebben de vader geleerd om niet te dreigen maar aan te sluiten (via de CRAFT-methode, training bij {{o:Brijder}}). Na 8 weken kwam de zoon zelf naar de keukentafel.
Les: investeer in de mensen rond de cliënt als de cliënt zelf (nog) niet wil.
Ingebracht door [[p:Hamid Rahimi]], {{r:maatschappelijk werker}}, SWT {{w:Leyenburg}}.
""")

T("""
CASUSLES SCHULDEN
ingebracht: [[p:Kofi Boateng]], [[d:1 maart 2024]]

Wat speelde er: mevrouw [[p:Abena Asante]] (BSN [[b:937878571]]) had een WSNP-traject maar kreeg een nieuwe schuld bij het {{o:CJIB}} door een verkeersboete van haar ex. Haar {{r:bewindvoerder}} zag het te laat.
Wat hebben we gedaan: met het {{o:CJIB}} een betalingsregeling, en de boete laten terugzetten op naam van de ex (kenteken stond nog op haar naam).
Les: check bij de start van een traject ook het kentekenregister.

[{{r:moderator}}: BSN en naam verwijderd in de publieke versie – [[p:Lotte]]]
""")


T("""
Casusles wonen: 'Van de bank naar een eigen voordeur'
Door [[p:Kerwin Pinas]] ({{o:Leger des Heils}}) en [[p:Ria Koster]]

[[p:R.]] sliep 7 maanden op de bank bij vrienden in {{w:Duindorp}}. Geen postadres, dus ook geen uitkering. Via een briefadres bij het {{o:Leger}} kon de aanvraag bij {{o:SZW}} alsnog door (klantnummer [[k:SZW-4471920]]). Daarna Housing First, eigen woning aan de [[a:Westduinweg 96 A]] per [[d:1 april]].
Wat werkte: één vaste {{r:begeleider}} die hem 'meenam' naar elke afspraak.
Les: een briefadres is geen gunst maar een recht. Vraag er meteen naar.
""")

T("""
Les uit de praktijk — bemoeizorg in een flat in {{w:Morgenstond}}

Vrouw, 70+, verzamelt spullen (hoarding). Brandweer had al twee keer een waarschuwing gegeven. Eerste contact via de {{r:buurtconciërge}}.
We zijn niet begonnen met opruimen maar met vertrouwen: elke dinsdag koffie. Na 5 weken mocht de {{r:SPV}} mee.
Resultaat: 1 kamer leeg, rookmelder geplaatst, geen ontruiming.
Wat ik zou willen weten van andere teams: hoe gaan jullie om met de druk van de corporatie? @[[p:Marloes]] @[[p:Evandro]]
[[p:Fleur Brouwer]], {{r:sociaal werker}} {{o:Vóór Welzijn}}
""")

T("""
CASUSLES
Thema: schulden + psychische problemen
Team: SWT {{w:Segbroek}}, ingebracht [[d:04-03-'24]] door [[p:Sanne Kuipers]]

Situatie: dhr. [[p:van der Meer]] (48), depressief, huurachterstand 5 mnd bij {{o:Haag Wonen}} (huurcontract [[k:HW-118-20331]]). Hij gaf zelf aan: 'Ik kan pas aan geld denken als mijn hoofd rustiger is.'
Aanpak: eerst rust (betalingspauze via de corporatie + doorverwijzing {{r:POH-GGZ}}), daarna pas schuldhulp.
Les: de volgorde maakt uit. Schuldhulp bij iemand die niet slaapt werkt niet.
""")

T("""
casusles HG – korte versie

vader slaat zoon (14), zoon vertelt het aan de {{r:jongerenwerker}}. {{r:jongerenwerker}} ([[p:serkan]]) belt ons in plaats van {{o:Veilig Thuis}}. wij weten niet of het gezin al bij het {{o:CJG}} bekend is. chaos.
wat hebben we geleerd: in {{w:Laak}} is nu afgesproken dat de jongerenwerkers bij zorgen over een kind éérst de {{r:aandachtsfunctionaris}} bellen (nu [[p:Hatice]], [[t:06 47 02 19 63]]).
moraal: een afspraak op papier is niks waard als niemand weet wie er belt.
""")

T("""
Casusles Ouderen: 'Mijn vader wil geen hulp'
Ingebracht door [[p:Wim Bakker]] ({{r:mantelzorgconsulent}})

Dochter ([[p:Marianne]]) zorgt al 4 jaar voor haar vader met Parkinson, naast een baan van 32 uur. Vader weigert de thuiszorg: 'Ik wil geen vreemden in huis.'
We hebben een 'proefweek' voorgesteld met steeds dezelfde {{r:verzorgende}} ([[p:Ingrid]] van {{o:Florence}}). Hij accepteerde het omdat ze uit hetzelfde dorp in Zeeland kwam.
Les: zoek de klik, niet het product. En: bied de mantelzorger respijtzorg aan voordat ze omvalt.
""")

T("""
Casusles 'Geldzorgen in een Pools gezin'
Team: {{w:Moerwijk}} | door [[p:Agnieszka Zielińska]] (MW, spreekt Pools)

Een gezin uit Polen, vader werkt via een uitzendbureau, woonruimte ook via dat bureau. Na een bedrijfsongeval verloor hij werk én huis tegelijk.
We hebben hem ingeschreven in de {{o:BRP}} op een briefadres, een WW-aanvraag gedaan bij het {{o:UWV}} en contact gelegd met de {{o:Inspectie SZW}} over de huisvesting.
Let op: loonstroken stonden op naam van [[p:Piotr Nowak]] en niet op zijn eigen naam ([[p:Nowakowski]]). Dat moest eerst uitgezocht.
Les: bij arbeidsmigranten altijd vragen naar het contract én de huisvesting.
""")

T("""
CASUSLES – bemoeizorg – SWT {{w:Vrederust}}
Datum: [[d:26/02/2024]]
Auteur: [[p:J. Martis]] ({{r:ervaringsdeskundige}})

Ik was zelf 10 jaar dakloos. Nu loop ik mee met het team. Wat ik zie: hulpverleners praten veel te snel. Een man die ik op het {{w:Zuiderpark}} ontmoette, vertrouwde pas iemand toen ik zei dat ik ook op de bankjes sliep.
Les: neem een {{r:ervaringsdeskundige}} mee bij het eerste contact. Betaal ons netjes (niet alleen met een bon van de {{o:Jumbo}}).
""")

T("""
Les: aanvragen Wmo bij iemand zonder DigiD
door [[p:Li Na Zhang]], {{r:Wmo-consulent}}

Mevrouw sprak alleen Mandarijn, geen DigiD, geen e-mail. Haar kleindochter [[p:Mei]] (19) deed alles via haar eigen telefoon. Dat ging mis toen [[p:Mei]] in mei voor haar studie naar Groningen verhuisde.
Oplossing: machtiging DigiD voor een {{r:vrijwilliger}} van {{o:SeniorWeb}} en een papieren aanvraag via het {{o:Servicepunt XL}} in {{w:Bouwlust}}.
Les: regel machtigingen vroeg, niet pas als degene die alles deed wegvalt.
""")

T("""
Casusles [thema: overige – laaggeletterdheid]
[[p:Mehmet Kaya]], {{w:Schilderswijk}}

Meneer [[p:Doğan]] (61) ondertekende al jaren contracten die hij niet kon lezen, onder andere een energiecontract voor € 290 per maand. Hij schaamde zich en zei steeds 'bril vergeten'.
We hebben hem naar het {{o:Taalhuis}} begeleid en het contract laten ontbinden (de verkoper had hem aan de deur overvallen, [[d:zaterdag 11 november]]).
Les: 'bril vergeten' is een bekend signaal. Vraag door, zonder te beschamen.
""")

T("""
CASUSLES
Titel: De broer in Suriname
Thema: ouderen / mantelzorg
Team: SWT {{w:Transvaal}} – [[p:Devika Bhoendie]], {{r:ouderenadviseur}}

Meneer (84) woont alleen, zijn enige broer woont in Paramaribo en belt elke zondag. Toen de belletjes ophielden, belde de broer de {{r:huisarts}}, die belde ons. Meneer lag gevallen in de badkamer.
Nu: personenalarmering, sleutelkluis, en de broer staat als contact bij de alarmcentrale.
Les: vraag ook naar familie in het buitenland, die kan een belangrijke 'waakhond' zijn.
""")

T("""
Casusles schulden – 'Het beslag dat niemand zag'
Team: {{w:Escamp}} | [[p:Ama Owusu]]

Gegevens (intern, niet publiceren!!): dhr. [[p:K. Mensah-Boakye]], BSN [[b:5858.60.543]], [[a:Leyweg 902]], [[pc:2545 GV]], tel. [[t:06-11 29 47 30]]

Situatie: op zijn loon lag beslag door de {{o:Belastingdienst}} én door een deurwaarder. Samen hield men meer in dan toegestaan; hij hield € 180 per maand over.
Aanpak: beslagvrije voet laten herberekenen via {{o:Sociaal Raadslieden}}.
Les: reken de beslagvrije voet altijd zelf na.
""")

T("""
CASUSLES – wonen / huiselijk geweld
Ingebracht: [[p:Hodan Farah]], [[d:20 februari]]

Somalische vrouw met 4 kinderen, woont na een scheiding nog in het huis dat op naam van haar ex staat. Hij dreigt haar eruit te zetten.
Haar eigen gegevens voor de urgentieaanvraag: [[p:Ayaan Warsame]], [[a:Hobbemastraat 41-1]], [[pc:2526JD]], BSN [[b:218667322]], [[e:ayaan.w1985@gmail.com]].
Aanpak: via het {{o:Juridisch Loket}} een voorlopige voorziening gevraagd; de rechter wees de woning aan haar toe.
Les: in de eerste weken na een scheiding kan er juridisch meer dan mensen denken.
""")

T("""
les: kwijtschelding gemeentelijke belastingen
(uit SWT {{w:Rustenburg}}/{{w:Oostbroek}}, [[p:Tim Veenstra]])

veel cliënten vragen geen kwijtschelding aan bij de {{o:BghU}} omdat het formulier ingewikkeld is. wij vullen het nu samen in tijdens het eerste gesprek. bij dhr [[p:jagessar]] scheelde dat € 740 per jaar.
rekeningnummer voor de automatische kwijtschelding: [[i:NL93 TRIO 0183 3752 15]] (van cliënt, moet er nog uit — sorry, wordt morgen aangepast)
les: standaard vragen, het levert direct geld op.
""")

T("""
Casusles huiselijk geweld (oudermishandeling)
Auteur: [[p:Yonas Gebremedhin]], SWT {{w:Schilderswijk}}
Toestemming: ja, [[d:28-1-2024]]

Een Eritrese moeder (58) wordt door haar volwassen zoon bedreigd en bestolen. In de gemeenschap praat je daar niet over. Ze kwam via de kerk bij ons.
Aanpak: gesprekken met een tolk die niet uit dezelfde kerk kwam (!). Zoon aangemeld bij de {{o:Reclassering}}. Melding bij {{o:Veilig Thuis}} ([[k:VTH-24-0215]]).
Les: vraag altijd of de tolk de familie kent. In een kleine gemeenschap is dat vaak zo.
""")

T("""
CASUSLES — bemoeizorg
Team: SWT {{w:Stationsbuurt}}
Door: [[p:Rosalia Juliana]] ({{r:wijkverpleegkundige}})

Situatie: Antilliaanse man, 66, diabetes, wondjes aan de voeten die niet genezen. Gaat niet naar de {{r:huisarts}} 'want die luistert niet'.
Wat werkte: een afspraak bij dokter [[p:Rosario]] (zelf van Curaçao) in een andere praktijk, en ik ging mee. Wondzorg nu 3x per week thuis, [[a:Stationsweg 45-II]].
Les: vertrouwen zit soms in herkenning. Een andere {{r:huisarts}} is geen nederlaag.
""")

T("""
Les: 'Toeslagen terug, maar nu?'
SWT {{w:Bouwlust}} – [[p:Anjali Chitanie]]

Gedupeerde ouder van de toeslagenaffaire kreeg € 30.000 compensatie. Binnen een half jaar was het grotendeels op: familie leende, een auto, een reis naar Suriname.
We hadden eerder een {{r:budgetcoach}} moeten aanbieden. Daarom nu: bij elke compensatie een gesprek, op vrijwillige basis.
Regeling {{o:UHT}}, dossiernr. [[k:UHT-2021-118734]] (intern).
Contactpersoon bij {{o:UHT}}: mevr. [[p:Sabajo]], [[t:06-53 20 71 88]] (direct nummer, ze belt terug).
""")

T("""
Casusles jeugd/wonen: zwerfjongere
[[p:Kwame Mensah]] ({{o:Jongerenpunt}})

[[p:Blessing]] (19, Ghanese achtergrond) werd thuis weggestuurd na ruzie met haar stiefvader. Ze sliep wisselend bij vriendinnen in {{w:Zuidwest}} en in de nachtbus.
Via de {{o:Jongerenopvang}} een tijdelijke kamer, en via {{o:SZW}} een uitkering (jongeren onder de 27: vier weken zoektermijn, daar hebben we een uitzondering voor gevraagd).
Les: de zoektermijn is niet absoluut. Vraag om maatwerk als er geen dak is.
Update [[d:22/4]]: ze heeft een kamer via {{o:Stichting Jongerenhuisvesting}}.
""")

T("""
CASUSLES – thema ouderen – SWT {{w:Kijkduin}}/{{w:Waldeck}}
Door [[p:Hanneke Schouten]], {{r:casemanager dementie}}

Echtpaar, beiden 88. Meneer heeft dementie, mevrouw zorgt. Het geld werd geregeld door een 'vriend van de kerk' die een volmacht had. Er verdween € 22.000.
We hebben de bank gebeld, de volmacht laten intrekken en de zoon (woont in Canada) ingeschakeld. Aangifte via de {{r:wijkagent}}.
Les: vraag bij dementie altijd wie de bankzaken doet. Een volmacht is geen garantie.
Zaaknummer politie, voor wie ermee verder moet: [[k:PL1500-2024058812]]
""")

T("""
Casusles (ingebracht in de intervisie Schulden van [[d:12 maart]])
[[p:Chen Wei]]

Een student met een studieschuld van € 38.000 kwam niet voor de schuld, maar omdat hij zijn kamer niet meer kon betalen na een huurverhoging. Studieschuld valt niet onder schuldhulp, maar de andere schulden wel.
Les voor anderen: haal {{o:DUO}} er apart uit en maak voor de rest een plan. Voor de draagkrachtregeling van {{o:DUO}}: aanvragen op tijd, met inkomensgegevens van twee jaar ervoor.
Student was onder ons bekend als cliënt [[k:#70215]]; verder geen gegevens.
""")

T("""
CASUSLES: 'Geen geld voor de tandarts'
Thema: schulden / gezondheid | SWT {{w:Spoorwijk}} | [[p:Ria Koster]]

Dhr., 55, kiespijn sinds maanden, geen aanvullende verzekering. Via de bijzondere bijstand kreeg hij uiteindelijk een vergoeding.
Voor wie dezelfde route wil proberen: aanvraag op naam van [[p:S. Ramcharan]], klantnummer {{o:SZW}} [[k:7719304]], ingediend [[d:15-01-2024]], toegekend na 5 weken. Daarna kon hij terecht bij een tandarts aan de Weimarstraat, die in termijnen liet betalen.
Les: bijzondere bijstand is er voor dit soort noodgevallen, ook als het niet op het lijstje staat.
""")

T("""
Gastles uit Rotterdam: wijkteam {{w:Feijenoord}}
Ingestuurd door [[p:Ana Semedo]] ({{r:wijkteammedewerker}}, {{o:Wijkteam Rotterdam}})

Wij werken in {{w:Feijenoord}} en {{w:Afrikaanderwijk}} met 'keukentafelgesprekken' aan huis. Eén casus: Kaapverdiaanse familie, drie generaties in één woning ([[a:Hillevliet 112b]], [[pc:3074 KE]] Rotterdam). Oma had een Wlz-indicatie maar niemand wist het.
Les: in grote families ligt informatie bij één persoon, meestal de oudste dochter. Zoek haar op.
Vragen? [[e:a.semedo@rotterdam.nl]] – ik kom graag een keer langs in Den Haag.
""")

T("""
Casusles bemoeizorg – verhuizing naar Delft
Team: SWT {{w:Escamp}} / [[p:Marloes van Dijk]]

Cliënt verhuisde midden in een traject naar {{w:Tanthof}} (Delft). Ons dossier stopte, het Delftse team kende haar niet, en binnen 3 weken was er een crisis.
Wat we nu doen: warme overdracht, met toestemming. Contact in Delft: [[p:Jeroen van Dam]], {{o:Wijkteam Delft}}, [[t:015 260 28 40]].
Nieuw adres cliënt (stond in de eerste versie, is nu weg): [[a:Papsouwselaan 120]], [[pc:2624 AS]] Delft.
Les: een verhuizing is een risicomoment. Plan de overdracht vóór de verhuisdatum.
""")

T("""
Casusles (schulden / jeugd) – [[p:Femke Mulder]]

Moeder, 2 kinderen (8 en 11), bijstand. Ze betaalde elke maand € 50 aan een oude schuld bij een incassobureau, terwijl het kindgebonden budget werd teruggevorderd. Ze at zelf niet meer.
Het {{o:CJG}} zag de kinderen, wij zagen de schulden. Pas bij een gezamenlijk gesprek viel alles op zijn plek.
Administratief (intern): rekening moeder [[i:NL06ASNB5272756057]], kenmerk incasso [[k:INC/2023/884102]].
Les: één gezin, één plan. Zo simpel is het, en toch lukt het vaak niet.
""")

T("""
CASUSLES – overige: statushouders
Auteur: [[p:Khaled Haddad]] ({{r:maatschappelijk begeleider}}, {{o:VluchtelingenWerk}})

Syrisch gezin, sinds 8 maanden in {{w:Ypenburg}}. Vader was arts in Aleppo en zit nu thuis; hij raakt somber. Het diploma wordt pas na jaren erkend.
Wat hielp: vrijwilligerswerk als tolk bij de huisartsenpraktijk en een maatje via {{o:Stichting Mano}}. Zijn stemming ging vooruit.
Les: werk (ook vrijwillig) is voor veel statushouders het beste medicijn.
Contact: [[t:+31 70 820 14 57]] (kantoor), of @[[p:Khaled]] hier op het platform.
""")

T("""
Les: de onzichtbare mantelzorger
door [[p:Zeynep Şahin]], SWT {{w:Laak}}

Jongen van 16 zorgt voor zijn moeder met MS. School merkte dat hij vaak te laat was; leerplicht werd ingeschakeld. Niemand vroeg waarom.
Toen ik bij hen thuis kwam ([[a:Slicherstraat 19]]) zag ik het meteen: hij deed alles, van medicijnen tot boodschappen.
Nu: jonge-mantelzorgersgroep bij {{o:Mantelzorg Den Haag}}, thuiszorg voor moeder, en een gesprek met de {{r:mentor}}.
Les: vraag bij verzuim ook naar de zorg thuis.
""")
# ---------------------------------------------------- discussion threads
T("""
Draadje: Van 17 naar 18

[[p:Soufiane Benali]] – [[d:12 feb]] 09:14
Wie heeft ervaring met het aanvragen van een zorgverzekering vóór de 18e verjaardag? Bij ons gaat het elk jaar mis.

[[p:Femke Mulder]] – [[d:12 feb]] 10:02
@[[p:Soufiane]] je kunt 'm al een maand ervoor regelen. Wij doen het samen met de jongere op de laptop, kost 20 minuten.

[[p:Kwame Mensah]] – [[d:12 feb]] 11:40
> je kunt 'm al een maand ervoor regelen
Klopt, maar dan heb je wel DigiD nodig en die duurt 5 werkdagen. Dus begin bij 17 jaar en 10 maanden.
""")

T("""
Re: deur-duo's in {{w:Moerwijk}}

[[p:Jan-Willem Blom]] schreef:
> Wij hebben als politie niet altijd tijd om mee te gaan op huisbezoek.

Begrijpelijk [[p:Jan-Willem]], maar juist de eerste keer maakt het uit. Kunnen we een vast dagdeel afspreken? Bij ons in {{w:Moerwijk}} is het dinsdagochtend en dat werkt goed. Bel me even: [[t:06-27 39 84 15]].
– [[p:Marloes]]
""")

T("""
@[[p:Ria Koster]] @[[p:Evandro Monteiro]] vraagje over de casus die we donderdag bespraken: mag ik het adres van de cliënt ([[a:Paul Krugerlaan 204B]]) doorgeven aan de {{r:wijkverpleegkundige}} van {{o:Florence}} zonder nieuwe toestemming? Ze heeft getekend voor 'het SWT', niet voor {{o:Florence}}.
[[p:Jasmijn]]

Antwoord [[p:Ria]]: nee, eerst even opnieuw vragen. {{o:Florence}} valt niet onder onze toestemmingsverklaring. En zet een adres liever niet hier op het platform ;)
""")

T("""
Thread: Meldcode stap 4 – wanneer melden?

[[p:Pieter Bosman]] [[d:di 20-2]]:
Ik hoor van meerdere teams dat ze twijfelen bij stap 4. Wie heeft een voorbeeld waarbij jullie níet meldden en dat achteraf goed was?

[[p:Hatice Doğan]] [[d:di 20-2]]:
Ja. Vrouw die zelf al hulp had gezocht bij {{o:Fier}}, veiligheid was geregeld. Wel advies gevraagd aan {{o:Veilig Thuis}}, niet gemeld. Vastgelegd in het dossier ([[k:SWT-LAA-2024-031]]).

[[p:Pieter Bosman]]:
Duidelijk, dank. Nemen we mee naar de workshop van [[d:27/3]].
""")

T("""
Vraag van [[p:Robin Groen]] (SWT {{w:Waldeck}}):
Weet iemand of je via de {{o:Voedselbank Haaglanden}} ook kunt aanmelden als je al in een schuldhulptraject zit? Cliënt heeft nu € 45 per week leefgeld voor 3 personen.

[[p:Kofi Boateng]]:
Ja, dat kan. De {{r:schuldhulpverlener}} moet de verwijsbrief tekenen. Stuur gerust een mail naar [[e:voedselbank.verwijzing@shv-denhaag.nl]], dan zet ik het door.

[[p:Robin Groen]]:
Top, gedaan!
""")

T("""
[[p:Hans Vermeulen]] – [[d:6 maart 2024]]
Dank voor de fijne groep gisteren! Zoals beloofd de dia's in de bijlage. Wie de vervolgsessie wil: meld je bij mij, liefst vóór [[d:vrijdag 22 maart]]. Ik ben op dinsdag en donderdag bereikbaar op [[t:0031 6 4817 2290]].

↳ [[p:Nadia El Idrissi]]: Ik doe mee! En [[p:Łukasz]] ook, ik heb het hem net gevraagd.
↳ [[p:Sanne Kuipers]]: Ik ook, als het niet op maandag is.
""")

T("""
Hoi allemaal, ik zit met een casus en weet niet goed waar ik moet beginnen.
Meneer (71, {{w:Scheveningen}}) belt ons elke dag, soms 6x. Hij is eenzaam maar weigert dagbesteding. Zijn dochter [[p:Karin]] is op. Hebben jullie tips?
[[p:Bo van 't Hof]]

– [[p:Gerda Hoekstra]]: Herkenbaar! Probeer een vaste belafspraak, 1x per dag om 10 uur, door een {{r:vrijwilliger}} van de Luisterlijn of {{o:Humanitas}}. Het telefoneren is vaak zijn manier van contact houden.
– [[p:Shanti Ramsaran]]: en check of hij gehoorapparaten heeft. Bij ons bleek een 'eenzame' meneer gewoon niks meer te horen.
""")

T("""
@[[p:lotte.scholten]] ik heb per ongeluk in mijn les over de toeslagen het BSN laten staan ([[b:430662233]]), en ik kan het niet meer bewerken. Kun jij het weghalen? Sorry!!
– [[p:Anjali]]

@[[p:Anjali]] is verwijderd. Geen paniek, het stond nog in de wachtrij en was dus niet zichtbaar voor anderen. – [[p:Lotte]]
""")

T("""
Discussie: mogen ervaringsdeskundigen meekijken in dossiers?

[[p:Jurgen Martis]]:
Ik loop mee in het team maar mag nergens in. Dan kan ik ook niks voorbereiden.

[[p:Walter Hendriks]] ({{r:programmamanager}}):
Begrijpelijk, maar juridisch is een {{r:ervaringsdeskundige}} op vrijwillige basis geen zorgverlener. We zoeken uit of een geheimhoudingsverklaring voldoende is. Ik kom erop terug na het overleg met de {{r:privacy officer}} op [[d:3 april]].

[[p:Marloes van Dijk]]:
+1 voor [[p:Jurgen]]. Bij ons werkt hij beter dan de helft van de hulpverleners (sorry collega's).
""")

T("""
Re: Re: urgentie bij mantelzorg

> Op [[d:wo 6 mrt 2024]] om 14:22 schreef [[p:Wim Bakker]]:
> Weet iemand of mantelzorg meetelt bij een urgentieaanvraag in Den Haag?

Ja, maar alleen als je kunt aantonen dat je mantelzorger bent voor iemand binnen een bepaalde afstand. Wij hebben dat vorig jaar voor mw. [[p:Öztürk]] gedaan, lukte binnen 8 weken. Bel me maar, [[t:070-353 4418]], dan leg ik het uit.
[[p:Elif Öztürk]] (geen familie overigens, haha)
""")

T("""
Weet iemand een Turkssprekende {{r:SPV}}? Cliënte (52) in {{w:Transvaal}} wil alleen in het Turks praten over haar klachten. {{o:Parnassia}} heeft een wachtlijst van 14 weken.
[[p:Youssef]]

[[p:Mehmet Kaya]]: Bij {{o:i-psy}} werken ze cultuursensitief, vraag naar [[p:Burak]]. Direct: [[e:b.yildiz@i-psy.nl]]
[[p:Youssef]]: Dank je [[p:Mehmet]] 🙏
""")

T("""
Verwarring over de datum van de brainstorm Ouderen: in de agenda staat [[d:donderdag 7 maart]], in de mail van [[p:Gerda]] staat [[d:7-3]] maar ook 'volgende week woensdag'. Wat is het nou?

@[[p:Marieke Vos]] het is donderdag [[d:7 maart]], de mail was fout. Sorry voor de verwarring! – [[p:Gerda]]
""")

T("""
Casusvraag (zonder namen, beloofd!)
Een gezin in {{w:Laak}} heeft 6 verschillende hulpverleners: {{o:CJG}}, SWT, {{o:Jeugdbescherming west}}, {{o:MEE}}, schuldhulp en de {{r:wijkagent}}. Moeder zegt: 'Ik weet niet meer wie wat doet.' Hoe bepalen jullie wie de regie neemt?

[[p:Femke Mulder]]: In {{w:Escamp}} wijzen we in het eerste overleg één {{r:casusregisseur}} aan. Meestal degene met de meeste vertrouwensband.
[[p:Hatice Doğan]]: en bij veiligheidszorgen altijd {{o:Jeugdbescherming}}, die hebben dan een wettelijke taak.
[[p:Tomasz Kowalczyk]]: Bij ons maakt de moeder zelf de keuze. Werkt verrassend goed.
""")

T("""
@[[p:kofi]] kun jij me helpen? Dhr. [[p:Ramcharan]] wil zijn leefgeld op een andere rekening, [[i:NL12RABO5749502470]] in plaats van de oude bij de {{o:ABN}}. Moet dat via de {{r:bewindvoerder}} of kan ik het zelf doorgeven?
[[p:Devika]]

> Via de {{r:bewindvoerder}}, anders krijg je gedoe. En [[p:Devika]], zet die nummers liever in een mail dan hier! – [[p:Kofi]]
""")

T("""
Draadje: goede tolken?

[[p:Semhar Kidane]]: Voor Tigrinya gebruiken wij een vaste tolk, maar die woont in dezelfde straat als veel cliënten. Lastig.
[[p:Yonas Gebremedhin]]: Zelfde probleem! Wij bellen nu via de tolkentelefoon met iemand uit Utrecht. Onbekend = veiliger.
[[p:Abrehet Tesfay]]: Let wel op dialect, sommige tolken spreken Amhaars beter dan Tigrinya.
[[p:Lotte Scholten]] (mod): Goed punt voor de themapagina Overig. Wie schrijft er een kort lesje over? @[[p:Semhar]]?
""")

T("""
Reactie op de casusles 'De man met de hond' van [[p:Youssef]]:

Prachtig voorbeeld. Bij ons in {{w:Bouwlust}} hadden we iets vergelijkbaars met een vrouw en haar kat. Ze wilde niet naar de kliniek omdat niemand voor de kat kon zorgen. De {{o:Dierenbescherming}} heeft een opvangregeling voor huisdieren bij opname, wist ik niet! Contactpersoon daar was [[p:Lieke Verhoef]], [[e:l.verhoef@dierenbescherming.nl]].
Groet, [[p:Anjali Chitanie]]
""")

T("""
Hoe gaan jullie om met cliënten die hun adres niet willen geven?
Bij ons komt een man (ong. 45) op de inloop in {{o:wijkcentrum De Boog}}, maar zegt nergens te wonen. Toch ziet hij er verzorgd uit.
[[p:Gijs Dekker]], SWT {{w:Ypenburg}}

[[p:Kerwin Pinas]]: Zou 'm een briefadres aanbieden. En vraag naar zijn nachten, niet naar zijn adres. 'Waar slaap je vannacht?' is makkelijker te beantwoorden.
[[p:Gijs Dekker]]: Goeie, ga ik donderdag proberen.
""")

T("""
Hoi [[p:Lotte]], ik kreeg een mail van iemand die zich voordeed als medewerker van het platform en vroeg om mijn inlog. Afzender: [[e:support-platform@samenwerkensd.info]]. Is dat echt?
[[p:Marjolein Post]]

[[p:Lotte Scholten]]: Nee!! Dat is phishing. Niet op klikken. Ik zet een waarschuwing op de voorpagina. Wij vragen nooit om je wachtwoord.
""")

T("""
Vraag over de Wmo-aanvraag voor een scootmobiel:

Cliënt woont op [[a:Briljantlaan 120-5]] ({{w:Mariahoeve}}), geen lift tot de berging. Wmo wijst af omdat de scootmobiel 'niet gestald kan worden'. Iemand die dit eerder had?
[[p:Bram de Wit]]? Jij zit toch bij de Wmo?

[[p:Bram de Wit]]: Ja. Er is een stallingsvoorziening mogelijk (buitenkast), maar dan moet de corporatie meewerken. Mail me de aanvraag met het nummer ([[k:WMO-24-09912]]), dan kijk ik mee. [[e:bram.dewit@denhaag.nl]]
""")

T("""
[[p:Nadia El Idrissi]]: Vraag aan de groep. Ik heb een cliënte die zegt dat haar zus haar geld afpakt. Zus is ook haar mantelzorger. Is dat huiselijk geweld?
[[p:Pieter Bosman]]: Ja, financiële uitbuiting door een familielid valt eronder. Zie de Meldcode, en overleg met de {{r:aandachtsfunctionaris}} van je team.
[[p:Nadia El Idrissi]]: Onze AF is met verlof. Mag ik jou bellen?
[[p:Pieter Bosman]]: Tuurlijk: [[t:070-353 71 40]], of mobiel [[t:06 2917 4403]]. Ik ben er tot 17 uur.
""")

T("""
Antwoord op de vraag van [[p:Chen]] over studieschulden:

> Haal {{o:DUO}} er apart uit en maak voor de rest een plan

Eens, maar let op: {{o:DUO}} kan wél verrekenen met een teruggave van de {{o:Belastingdienst}}. Dat ging bij onze cliënt fout. Zie [[k:DUO-inc. 2023/77810]]... nee sorry, dat nummer hoort hier niet. Weghalen aub @[[p:Lotte]]
– [[p:Tomasz]]
""")

T("""
Wie kent dit? Zoon (23) woont weer bij zijn ouders in {{w:Spoorwijk}} na detentie. {{o:Reclassering}} is klaar, maar er is niks geregeld: geen inkomen, geen ID-kaart.
@[[p:Kerwin Pinas]] @[[p:Kwame Mensah]] hebben jullie hier een route voor?
[[p:Ruthsella Isenia]]

[[p:Kerwin Pinas]]: Nazorg ex-gedetineerden loopt via het {{o:Zorg- en Veiligheidshuis Haaglanden}}. Ze hebben een {{r:nazorgcoördinator}}; bij ons was dat [[p:Rachid Tahiri]], [[t:06-48 53 02 17]].
""")

T("""
Even een compliment voor [[p:Dewi]] en [[p:Lotte]]: de organisatie van de startbijeenkomst was top. En de soep! Wie heeft die gemaakt?
[[p:Ria]]

[[p:Dewi Jagroep]]: Die kwam van het buurtrestaurant van [[p:Fatima]] in {{o:buurthuis De Mussen}}. Ik geef het door 😊
""")

T("""
Vraag over bijzondere bijstand voor een wasmachine.
Cliënte heeft al een lening bij de {{o:Kredietbank}}. Mag ze daarnaast nog bijzondere bijstand krijgen? Haar gegevens had ik al in de aanvraag gezet: [[p:Fatiha Azzouz]], [[a:Vaillantlaan 231 bis]], [[pc:2526 BV]], geb. [[d:03-07-1979]].
Oeps, dat moet hier natuurlijk niet staan. @mod
[[p:Nadia]]

[[p:Lotte Scholten]] (mod): aangepast. Inhoudelijk: ja, dat kan, maar {{o:SZW}} kijkt naar de draagkracht. — [[p:L.]]
""")

T("""
Re: huisbezoek met tolk
[[p:Khaled Haddad]] [[d:14/03/2024]] 16:05

> Wie heeft er ervaring met Arabisch-sprekende tolken in {{w:Ypenburg}}?

Ik ken er een paar, maar we hebben vooral goede ervaring met de tolkentelefoon. Voor familiezaken liever géén tolk uit de eigen kring.
Voor wie het nummer zoekt: cliënt [[p:Rasha Al-Hamwi]] heeft trouwens een eigen tolk aangewezen, haar neef [[p:Omar]] ([[t:+31 6 38 44 71 92]]), maar dat raad ik af.
""")

T("""
@[[p:marloes.vandijk]] @[[p:youssef.amrani]] vraag voor de rondetafel bemoeizorg van [[d:18/4]]: mogen we jullie casus 'de man met de duiven' gebruiken als voorbeeld? Met toestemming van de cliënt natuurlijk.
– [[p:Anneke Zwart]]

@[[p:Anneke Zwart]] Prima. Toestemming is er (getekend [[d:9-1]]). Wel graag de wijk weglaten, het is een kleine flat. – [[p:Marloes]]
""")

T("""
Kleine vraag: wie heeft de handout van de workshop 'Het gesprek na de melding'? Ik was er niet bij (ziek). Graag mailen naar [[e:jbrouwer.cardia@gmail.com]] — mijn werkmail doet raar.
groetjes [[p:Jasmijn]]

[[p:Hatice Doğan]]: Staat onder Documenten > Huiselijk geweld. Liever niet naar gmail sturen ivm privacy ;)
""")

T("""
[[p:Serkan Aydın]]: Wie heeft ervaring met sport als ingang bij jongeren die nergens meer komen? In {{w:Moerwijk}} hebben we kickboksen op woensdagmiddag, daar komen jongens die de {{r:jongerenwerker}} nooit ziet.
[[p:Soufiane Benali]]: Ja! Koppel een vaste coach, niet elke week een ander. Bij ons is [[p:Mo]] dat, die kent ze allemaal bij naam.
[[p:Merel Dekker]]: En voor leerplicht: een sportrooster kan helpen om weer een ritme te krijgen. Laten we eens afspreken, [[d:woensdag 10 april]]?
""")

T("""
Casusvraag ouderen / financiën

Weet iemand hoe je een rekening laat blokkeren als je vermoedt dat iemand wordt opgelicht? Mevrouw (92) heeft in 3 dagen € 4.000 overgemaakt naar [[i:NL08 BUNQ 2389 2512 50]], volgens haar naar 'de kleinzoon die in de problemen zat'. Ze heeft geen kleinzoon.
[[p:Hanneke Schouten]]

[[p:Jan-Willem Blom]] ({{r:wijkagent}}): Direct de bank bellen en aangifte doen. Het rekeningnummer kunnen wij laten checken. Bel me direct: [[t:06-1189 4732]] (dienstnummer).
""")
# ------------------------------------------------------- moderator notes
T("""
Moderatienotitie [[d:15-02-2024]]
De casusles 'Schulden bij de ex' van [[p:Ama Owusu]] is teruggezet naar concept. Reden: naam, geboortedatum ([[d:12-09-1987]]) en BSN ([[b:855 373 878]]) van de cliënt stonden in de tekst. [[p:Ama]] is op de hoogte en past het aan.
Herinnering aan iedereen: initialen zijn óók herleidbaar in een kleine wijk.
– [[p:Lotte Scholten]], {{r:moderator}}
""")

T("""
MODLOG week 9
- [[d:ma 26/2]]: bericht van [[p:Devika Bhoendie]] ingekort (IBAN cliënt verwijderd)
- [[d:di 27/2]]: draadje 'Studieschuld' – dossiernummer verwijderd op verzoek van [[p:Tomasz]]
- [[d:wo 28/2]]: casusles van [[p:Zeynep Şahin]] goedgekeurd, straatnaam vervangen door 'een straat in {{w:Laak}}'
- [[d:do 29/2]]: 2 nieuwe deelnemers toegevoegd: [[p:Ruthsella Isenia]] (SWT {{w:Stationsbuurt}}) en [[p:Tim Veenstra]] (SWT {{w:Oostbroek}})
Geen bijzonderheden verder. [[p:LS]]
""")

T("""
Notitie voor de moderatoren (niet zichtbaar voor deelnemers)

In de les van [[p:Hodan]] staat een volledige set persoonsgegevens van een cliënte (naam, adres aan de Hobbemastraat, BSN, e-mail). Graag vóór publicatie alles eruit. Ik heb [[p:Hodan]] gebeld op [[t:06 33 58 12 04]], ze vond het zelf ook schrikken. Ze stuurt een nieuwe versie vóór [[d:vrijdag 23 februari]].
Voor de stuurgroep: dit is de 4e keer deze maand. Voorstel: verplichte checklist bij het uploaden.
[[p:Jeroen]]
""")

T("""
Moderatie – verborgen bericht
Bericht van [[p:henk de groot]], [[d:7 maart 2024]], 22:41, verborgen wegens persoonsgegevens.
Originele inhoud (alleen voor moderatoren): 'Wie kent [[p:Ricardo Tavares]] uit de opvang? Hij zegt dat hij bij jullie bekend is, cliëntnr. [[k:LdH-55102]], en hij slaapt nu bij zijn zus op [[a:Zuiderparklaan 389]]. BSN heb ik ook: [[b:527394166]].'
Teruggekoppeld aan [[p:Henk]] per mail ([[e:henk.degroot@legerdesheils.nl]]).
""")

T("""
Moderatorbericht aan alle deelnemers – [[d:1 maart]]

Beste allemaal,
In februari zijn er 52 casuslessen geplaatst. Top! Maar in 9 ervan stonden gegevens die herleidbaar waren: namen, adressen, BSN's, een keer zelfs een rekeningnummer. Daarom vanaf nu:
1. geen namen, ook geen voornamen of initialen;
2. geen straat, huisnummer of postcode;
3. leeftijd mag, geboortedatum niet;
4. zaaknummers en klantnummers uit jullie systemen (Mens Centraal, Suite) nooit overnemen.
Vragen? [[p:Lotte]] ([[e:l.scholten@caop.nl]]) of [[p:Jeroen]] ([[e:j.brouwer@caop.nl]]).
""")

T("""
[mod] Deze reactie van [[p:Wim Bakker]] is aangepast. Stond er: 'Mijn cliënt mevr. [[p:De Haan]] van de [[a:Ametisthorst 74]] heeft hetzelfde', nu: 'Een cliënte van mij heeft hetzelfde'. Groet, [[p:Lotte]]
""")

T("""
Moderatie-overleg [[d:20-03-2024]] ([[p:Lotte]], [[p:Jeroen]], [[p:Dewi]])

- Aantal verborgen berichten in maart tot nu: 7 (februari: 11). Daling, mede door de checklist.
- Lastig geval: casusles over een bekende ondernemer in {{w:Scheveningen}}; geen naam, maar iedereen in de wijk weet wie het is. Besluit: beroep en wijk algemener maken.
- [[p:Dewi]] vraagt of moderatoren ook berichten in de Teams-chat moeten controleren. Nee, valt buiten het platform.
- Volgende overleg: [[d:3/4]], 9.30 uur.
""")

T("""
Let op ({{r:moderator}}): in de les 'Geldzorgen in een Pools gezin' stonden twee echte namen. [[p:Agnieszka]] heeft ze vervangen. Wie de eerdere versie heeft gedownload, gooi die alsjeblieft weg. Het ging om de namen uit de loonstroken, niet om de cliënt zelf, maar ook dat is herleidbaar.
[[p:Lotte Scholten]]
""")
# ----------------------------------------------------------- participant bios
T("""
Over mij – [[p:Marloes van Dijk]]
{{r:Sociaal psychiatrisch verpleegkundige}} bij {{o:Parnassia}}, sinds 2016 in SWT {{w:Moerwijk}}. Daarvoor 8 jaar in de crisisdienst. Mijn stokpaardje: zorgmijders die eigenlijk zorg-gemiden zijn. Favoriete boek: 'Het verdriet van Nederland'. Bereikbaar: [[t:06-50 71 33 82]], [[e:m.vandijk@parnassia.nl]].
""")

T("""
Hoi! Ik ben [[p:Youssef Amrani]], {{r:maatschappelijk werker}} bij {{o:Xtra}} en werk sinds 2018 in SWT {{w:Transvaal}}. Opgegroeid in de {{w:Schilderswijk}}, dus ik ken de buurt van binnenuit. Ik doe mee aan de pilot omdat ik vind dat bemoeizorg vaker 'met' en minder 'over' de cliënt moet gaan.
Niet op maandag, wel op WhatsApp: [[t:0641872209]]
""")

T("""
Bio: [[p:Gerda Hoekstra]] (59)
{{r:Ouderenconsulent}} {{o:Florence}}, {{w:Mariahoeve}}. Ik werk al 30 jaar met ouderen, eerst in de thuiszorg in Leeuwarden, sinds 2009 in Den Haag. Getrouwd met [[p:Klaas]], twee kleinkinderen. Jarig op [[d:3 mei]], dan trakteer ik op de oliebollen van mijn buurvrouw (ja, ook in mei).
""")

T("""
[[p:Kofi Boateng]] – {{r:schuldhulpverlener}} / trekker thema Schulden
Geboren in Kumasi, opgegroeid in {{w:Zuidoost}} (Amsterdam), nu 6 jaar bij {{o:Schuldhulpverlening Den Haag}}. Ik geloof in vroegsignalering en in de Ghanese spreuk 'Sankofa': kijk terug om vooruit te komen.
Mail: [[e:kofi.boateng@denhaag.nl]] | tel. [[t:(070) 353 62 17]]
""")

T("""
Even voorstellen: [[p:Hatice Doğan]]
Ik ben {{r:aandachtsfunctionaris huiselijk geweld}} in SWT {{w:Laak}} en daarnaast {{r:maatschappelijk werker}} bij {{o:Vóór Welzijn}}. In april en mei ben ik met zwangerschapsverlof; [[p:Pieter Bosman]] neemt het dan over.
Leestip: 'Het drama van het begaafde kind' en de werkmap 'Veilig opgroeien'.
""")

T("""
Wie ben ik? [[p:Łukasz Wiśniewski]], 34, {{r:consulent werk en inkomen}} bij {{o:SZW}}, SWT {{w:Moerwijk}}. Sinds 2012 in Nederland, geboren in Gdańsk. Ik spreek Pools, Russisch en 'een beetje Haags'.
Voor vragen over EU-werknemers: [[e:lukasz.wisniewski@denhaag.nl]]
""")

T("""
Profiel [[p:Shanti Ramsaran]]
{{r:welzijnscoach}} {{o:Xtra}} – SWT {{w:Bezuidenhout}}. Hindoestaanse roots, opgegroeid in {{w:Laak}}. Ik geef ook de cursus 'Zelfregie bij ouderen' samen met [[p:Gerda]].
Bereikbaar di t/m vr: [[t:06 - 13 28 45 90]]
""")

T("""
Over mij: Ik ben [[p:Roos Visser]], {{r:wijkverpleegkundige}} bij {{o:Saffier}} in {{w:Loosduinen}} en sinds [[d:1 januari 2024]] nieuw in SWT {{w:Kraayenstein}}/{{w:Houtwijk}}. Ik was bij de kick-off nog niet in dienst, dus ik haak later aan. Ik ben vooral benieuwd naar het thema ouderen.
Mijn collega [[p:Sterre Bakker]] heeft me aangemeld, dankjewel [[p:Sterre]]!
""")

T("""
[[p:Jurgen Martis]] – {{r:ervaringsdeskundige}}
Geboren op Curaçao, 10 jaar dakloos geweest in Den Haag en Rotterdam. Nu werk ik via {{o:Stichting Anton Constandse}} en loop ik mee met twee wijkteams. Ik maak een korte film over bemoeizorg voor de slotbijeenkomst.
Wil je meedoen aan de film? Stuur een appje: [[t:+31 6 2770 5148]].
""")

T("""
Bio [[p:Ama Owusu]]
{{r:Schuldhulpverlener}} bij {{o:Schuldhulpverlening Den Haag}}, gedetacheerd in SWT {{w:Mariahoeve}}. Ik woon in Zoetermeer ({{w:Meerzicht}}) en reis elke dag met de RandstadRail. Hobby: gospelkoor. Collega's kennen me als 'de vrouw met de rekenmachine'.
""")

T("""
Hallo allemaal, [[p:Dewi Jagroep]] hier, {{r:beleidsmedewerker}} bij de {{o:gemeente Den Haag}} ({{o:dienst SZW}}) en organisator van de bijeenkomsten. Vragen over zalen, catering, declaraties: bij mij. [[e:d.jagroep@denhaag.nl]] / [[t:06-14 27 83 50]].
Ik ben op vrijdag vrij.
""")

T("""
Over mij
Naam: [[p:Evandro Monteiro]]
Functie: {{r:woonconsulent}} {{o:Staedion}}
Wijken: {{w:Spoorwijk}}, {{w:Laak}}, {{w:Rustenburg}}
Achtergrond: Kaapverdiaans, opgegroeid in Rotterdam {{w:Delfshaven}}. Eerder 5 jaar bij {{o:Woonstad Rotterdam}}.
Motto: 'Een huis is pas een thuis als je er wil blijven.'
""")

T("""
Voorstellen – [[p:Li Na Zhang]] ({{r:Wmo-consulent}}, SWT {{w:Centrum}})
Ik val in voor [[p:Chen Wei]] bij de startbijeenkomst en blijf daarna meedoen met het thema schulden. Ik spreek Mandarijn en Kantonees; handig in {{w:Centrum}}, waar veel Chinese ouderen wonen rond de Wagenstraat.
""")

T("""
[[p:Abdi Warsame]], {{r:OGGZ-coördinator}} {{o:GGD Haaglanden}}
Ik kom uit Hargeisa, woon sinds 1996 in Den Haag. Ik ben de 'deur' voor bemoeizorgmeldingen in {{w:Escamp}} en {{w:Zuidwest}}. Meldingen gaan niet via mij persoonlijk maar via het meldpunt, vragen wél: [[e:a.warsame@ggdhaaglanden.nl]], [[t:088 355 01 20]].
""")

T("""
Even voorstellen. Ik ben [[p:Mei-Ling Chen]], {{r:opbouwwerker}} bij {{o:Stichting MOOI}}, werkgebied {{w:Escamp}}. Ik ondersteun bewonersinitiatieven, zoals het buurtrestaurant in {{o:wijkcentrum De Boog}} en de Zomerschool. Ik doe mee aan het thema ouderen & eenzaamheid, omdat ik zie dat de mooiste oplossingen van bewoners zelf komen.
""")

T("""
Nieuw in de pilotgroep: [[p:Ruthsella Isenia]]
{{r:Maatschappelijk werker}} {{o:Vóór Welzijn}}, SWT {{w:Stationsbuurt}}. Geboren op Curaçao, 12 jaar jongerenwerk in {{w:Kanaleneiland}} (Utrecht) gedaan. Ik neem de plek over van [[p:Rosalia]], die naar {{o:HMC}} is gegaan.
""")
# ------------------------------------------ more lessons, forms and logistics
T("""
Planning pilot (versie 4, bijgewerkt [[d:13-03-2024]])

[[d:wo 22 nov]] – kick-off (Atrium)
[[d:do 8 feb]] – startbijeenkomst ({{o:Wijkcentrum Escamp}})
[[d:di 13 feb]] / [[d:wo 13 mrt]] – brainstorms bemoeizorg
[[d:di 5 mrt]] – workshop Motiverende gespreksvoering
[[d:do 7 mrt]] – brainstorm ouderen
[[d:wo 27 mrt]] – workshop Meldcode (was [[d:21/3]])
[[d:do 18 apr]] – expertmeeting
[[d:do 20 jun]] – slotbijeenkomst
Meivakantie: geen bijeenkomsten. Wijzigingen via [[p:Dewi]].
""")

T("""
CASUSLES – schulden – tijdlijn
Team: SWT {{w:Morgenstond}} | [[p:Hodan Farah]] | toestemming: ja

[[d:3 jan.]] signaal van {{o:Haag Wonen}} (2 mnd achterstand)
[[d:10-01]] eerste huisbezoek, post ongeopend in een vuilniszak
[[d:17/01]] aanmelding schuldhulp
[[d:31 januari]] stabilisatie: leefgeld geregeld
[[d:14-2-2024]] intake {{o:Kredietbank}}
[[d:maart 4]] ontruiming definitief van tafel
Wat opviel: tussen signaal en eerste huisbezoek zat maar een week. Dat is bij ons normaal 6 weken. Het verschil: de {{r:woonconsulent}} belde mij direct in plaats van een brief te sturen.
""")

T("""
Schuldenoverzicht bij casusles 'Het beslag dat niemand zag' (NIET PUBLICEREN – alleen voor intervisie)
Cliënt: [[p:K. Mensah-Boakye]], geb. [[d:17-11-1971]]
1. {{o:Belastingdienst}} – kenmerk [[k:8821.45.772.A.01]] – € 3.420
2. deurwaarder {{o:Flanderijn}} – dossier [[k:FL-2023-5590147]] – € 1.180
3. {{o:CZ}} zorgverzekering – klantnr. [[k:110447283]] – € 612
4. {{o:Vattenfall}} – € 890
Betalen via budgetbeheer: [[i:NL17KNAB6353201615]]
Opgesteld door [[p:Ama Owusu]], [[d:02-02-2024]]
""")

T("""
Aanmelding workshop Meldcode [[d:27 maart]]
Naam: [[p:Dragomir Ionescu]]
Team: SWT {{w:Transvaal}}
Functie: {{r:maatschappelijk werker}} ({{o:Vóór Welzijn}})
Werkadres: {{o:Servicepunt XL Transvaal}}
Tel.: [[t:06-39 02 11 74]]
Mail: [[e:d.ionescu@voorwelzijn.nl]]
Certificaat naar huisadres: [[a:Wolmaransstraat 230]], [[pc:2572 BW]] Den Haag
BIG/SKJ-registratie: SKJ [[k:100029871]]
""")

T("""
Bedankpakketjes slotbijeenkomst – adressen voor de bezorging (alleen voor [[p:Dewi]] en de koerier!)
[[p:Jurgen Martis]] – [[a:Moerweg 210]], [[pc:2532 HX]]
[[p:Abrehet Tesfay]] – [[a:Newtonstraat 117-I]], [[pc:2562 KS]]
[[p:Gijs Dekker]] – [[a:Laan van Hoornwijck 44]], [[pc:2289 DG]] Rijswijk
[[p:Marieke Vos]] – [[a:Herman Costerstraat 12-hs]], [[pc:2571 TG]]
Bezorging op [[d:vrijdag 21 juni]] tussen 10 en 14 uur.
""")

T("""
Casusles: 'Drie adressen in één jaar'
Thema: wonen / jeugd | [[p:Yaritza Isenia]] ({{o:Jeugdformaat}})

Moeder met twee kinderen verhuisde in 2023 drie keer: van de [[a:Kempstraat 48 hs]] naar een vakantiepark in Monster, toen naar haar zus in {{w:Vrederust}} ([[a:Hengelolaan 300-14]]), en nu antikraak in {{w:Laak}}. De kinderen wisselden twee keer van school.
Wat we leerden: iedere verhuizing betekende een nieuwe {{r:jeugdconsulent}} en een nieuw SWT. Niemand zag het hele plaatje.
Les: bij verhuizing binnen de stad blijft de eerste hulpverlener betrokken tot er een warme overdracht is.
""")

T("""
Re: toeslagen en bijstand
[[p:Łukasz]]: Weet iemand hoe lang het duurt als je huurtoeslag met terugwerkende kracht aanvraagt? Cliënt ([[p:Ivanka Petrova]], BSN [[b:166142633]]) heeft het sinds [[d:1 oktober 2023]] niet gehad.
[[p:Kofi Boateng]]: Max. tot 1 januari van het jaar ervoor, dus dat lukt nog. En [[p:Łukasz]], BSN eruit halen he 😉
[[p:Łukasz]]: Oei. Gedaan. Dank!
""")

T("""
CASUSLES – bemoeizorg – 'De flat aan de Erasmusweg'
Team {{w:Moerwijk}} | [[p:Marloes van Dijk]] + [[p:Jurgen Martis]]

In één flat ([[a:Erasmusweg 1133]]) wonen vier mensen die bij ons bekend zijn om vervuiling en verwardheid. De corporatie wilde ze alle vier 'aanpakken'.
We hebben het omgedraaid: een koffie-ochtend in de gemeenschappelijke ruimte, elke 1e woensdag van de maand. De eerste keer ([[d:wo 7 februari]]) kwamen er 2, nu 9.
Les: werk soms per portiek in plaats van per cliënt.
[mod: huisnummer staat er nog in, [[p:Marloes]] kun je dat aanpassen?]
""")

T("""
Doorgestuurd bericht (met toestemming geplaatst):

Van: [[p:Rachid Tahiri]] <[[e:r.tahiri@zvhh.nl]]>
Verzonden: [[d:dinsdag 19 maart 2024]] 11:02
Aan: [[p:Ruthsella Isenia]]
Onderwerp: nazorg

Hoi [[p:Ruthsella]], de jongeman uit {{w:Spoorwijk}} staat bij ons geregistreerd onder [[k:ZVH-24-1033]]. ID-kaart aanvraag is gedaan, uitkering volgt. Ik ben maandag en woensdag op kantoor: [[t:070 - 205 78 12]].
Groet, [[p:Rachid]]
""")

T("""
Casusles (schulden, ingebracht door [[p:Petra Kramer]])

Situatie: jong stel, samen € 27.000 schuld, vooral bij webwinkels en 'achteraf betalen'. Zij werkt 24 uur, hij studeert. Ze kwamen zelf, via een flyer in de bibliotheek.
Aanpak: budgetcursus bij {{o:Stichting MOOI}}, {{r:vrijwillige schuldhulpmaatje}} en een saneringskrediet via de {{o:Kredietbank}}.
Slip in de eerste versie (nu anoniem): rekening stel [[i:NL35 INGB 0259 9754 92]], kenmerk {{o:Kredietbank}} [[k:KBH/2024/0318]].
Les: jongeren schamen zich niet minder dan ouderen, ze schamen zich alleen anders.
""")

T("""
Wie wil met mij carpoolen naar de expertmeeting op [[d:18/04]]? Ik rijd vanuit {{w:Leidschenveen}} en kan nog 3 mensen meenemen. Vertrek 12.15 vanaf mijn huis, [[a:Laan van Leidschenveen 2]]? Nee wacht, ik pik jullie op bij station {{w:Ypenburg}}.
App me: [[t:06 12 90 47 55]] – [[p:Gijs]]
""")

T("""
Verslag intervisie schulden [[d:12-3-2024]] (online)
Aanwezig: [[p:Kofi]], [[p:Ama]], [[p:Chen]], [[p:Petra Kramer]], [[p:Agnieszka]]
Casus [[p:Chen]]: student met studieschuld (zie casusles). Casus [[p:Ama]]: beslag op loon.
Reflectie: we weten veel over regelingen, maar vragen te weinig hoe het mensen vergaat. [[p:Agnieszka]] stelt voor elk gesprek te beginnen met 'Hoe slaap je?'
Volgende intervisie: [[d:di 9 april]]. Casusinbreng: [[p:Petra]].
""")

T("""
CASUSLES – huiselijk geweld – 'Stalking na de scheiding'
Auteur: [[p:Marieke Vos]] ({{o:Jeugdformaat}})
Situatie: moeder (31) wordt na de scheiding gestalkt door haar ex. Hij staat elke ochtend bij de school van hun dochter, een basisschool in {{w:Waldeck}}.
Aanpak: contactverbod via de officier van justitie, {{r:wijkagent}} loopt in de eerste week mee naar school. Moeder kreeg een AWARE-alarm.
Dossier politie (intern): [[k:2024-0211-HG]]; melding {{o:Veilig Thuis}} van [[d:9 februari]].
Les: een contactverbod helpt pas als iemand het ook handhaaft.
""")

T("""
Q&A na de expertmeeting – vragen die niet beantwoord zijn

1. 'Hoe krijg je een {{r:huisarts}} mee als de cliënt niet ingeschreven staat?' ([[p:Anjali]])
2. 'Mag de {{r:wijkagent}} bij een OGGZ-melding informatie delen?' ([[p:Youssef]])
3. 'Wie betaalt de tolk bij huisbezoek?' ([[p:Semhar Kidane]])
[[p:Anneke Zwart]] beantwoordt ze schriftelijk vóór [[d:3 mei]]. Aanvullende vragen naar [[e:a.zwart@hhs.nl]].
""")

T("""
Casusles: de 'vergeten' AOW
Thema: ouderen / geld | SWT {{w:Bezuidenhout}} | [[p:Shanti Ramsaran]]

Meneer (68), Surinaamse achtergrond, had nooit AOW aangevraagd omdat hij dacht dat het 'vanzelf' ging. Hij leefde 2 jaar van spaargeld en van zijn dochter.
We hebben bij de {{o:SVB}} AOW met terugwerkende kracht aangevraagd en een AIO-aanvulling (hij woonde pas sinds 1984 in NL).
Eerste uitbetaling op [[d:23 april 2024]] op zijn rekening [[i:NL44ABNA8295212982]] (sorry, moet eruit).
Les: check AOW en AIO bij elke 67-plusser met geldzorgen.
""")

T("""
@[[p:Dewi Jagroep]] mijn declaratie voor de workshop is nog niet betaald. Ingediend op [[d:6-3]], met IBAN [[i:NL41INGB4820660371]] t.n.v. [[p:H. Vermeulen]]. Factuurnummer [[k:MGV-2024-014]]. Kun je even kijken?
Groet, [[p:Hans]]

[[p:Dewi Jagroep]]: sorry [[p:Hans]], lag bij de crediteurenadministratie. Gaat deze week de deur uit.
""")

T("""
CASUSLES – ouderen – eenzaamheid onder migrantenouderen
Door [[p:Mei-Ling Chen]] ({{o:Stichting MOOI}})

Marokkaanse mannen van 70+ zitten elke dag in de moskee of op een bankje in het {{w:Zuiderpark}}. Ze worden niet als 'eenzaam' gezien, maar velen zijn het wel: vrouw overleden, kinderen druk.
We begonnen een theeochtend in {{o:buurthuis Het Kruispunt}} met een {{r:welzijnscoach}} die Tarifit spreekt ([[p:Mimoun Achahbar]]). Nu komen er elke dinsdag 15 mannen.
Les: eenzaamheid ziet er in iedere cultuur anders uit. Vraag sleutelfiguren, niet vragenlijsten.
""")

T("""
Hulpvraag van SWT {{w:Duindorp}}:
Een visser (ja, echt!) van 63 is na een hartinfarct afgekeurd. Hij wil niet naar het {{o:UWV}}: 'Ik heb nooit een uitkering gehad.' Zijn vrouw [[p:Joke]] belt ons stiekem.
Tips? Ik ben [[p:Niels de Boer]], {{r:maatschappelijk werker}}, [[e:n.deboer@swt-duindorp.nl]], [[t:070-3 52 81 09]].

[[p:Łukasz Wiśniewski]]: Vraag of hij een WIA-aanvraag wil zien als 'rechten ophalen' in plaats van 'uitkering'. Werkt bij trotse mannen.
""")

T("""
CASUSLES – bemoeizorg – tijdlijn van een crisis
SWT {{w:Bouwlust}} | [[p:Anjali Chitanie]]

[[d:ma 8 januari]]: buren bellen, vrouw schreeuwt 's nachts
[[d:9-1]]: huisbezoek, niet opengedaan
[[d:11-1]]: tweede poging met {{r:SPV}}, kort gesprek door de brievenbus
[[d:15 jan]]: melding OGGZ ({{o:GGD}}, meldingsnr. [[k:OGGZ-24-00152]])
[[d:22-01-2024]]: crisisdienst, opname via zorgmachtiging
[[d:7 februari]]: ontslag, terug naar huis zonder nazorg (!)
Les: zorg dat het SWT bij ontslag een seintje krijgt. Nu hoorden we het pas van de buren.
""")

T("""
Aanmelding accreditatie expertmeeting
Voor de registratie bij {{o:Registerplein}} hebben we van je nodig:
Naam: [[p:Sanne Kuipers]]
Geboortedatum: [[d:14-06-1990]]
Registernummer: [[k:RP-5561203]]
Privéadres: [[a:Weimarstraat 88 B]], [[pc:2562 GZ]] 's-Gravenhage
Telefoon: [[t:06-20 58 77 13]]
Let op: deze gegevens zijn alleen zichtbaar voor de organisatie.
""")

T("""
Gegevens doorgestuurd naar het platform i.p.v. naar het team ({{r:moderator}} heeft dit bericht verborgen):

'Hoi [[p:Ria]], hierbij de gegevens voor de urgentieaanvraag:
mw. [[p:Gülsüm Yılmaz]]
bsn [[b:7934.33.976]]
[[a:Zuidlarenstraat 57]], [[pc:2545 VT]]
tel [[t:06 81 22 40 93]]
huidige huur € 812, achterstand sinds [[d:01-09-2023]]
groet [[p:Shanti]]'
""")

T("""
Contactlijst themagroep Wonen (intern)
[[p:Evandro Monteiro]] – [[t:06-28 11 93 06]] – [[e:e.monteiro@staedion.nl]]
[[p:Ria Koster]] – [[t:06-2835 1170]] – [[e:r.koster@swt-denhaag.nl]]
[[p:Kerwin Pinas]] – [[t:+31 6 2204 7781]]
[[p:Bo van 't Hof]] – [[e:b.vanthof@zebrawelzijn.nl]]
[[p:Marjolein Post]] (gast, {{o:Haag Wonen}}) – [[t:070 - 750 02 85]]
Bijgewerkt [[d:26 feb 2024]].
""")

T("""
Les schulden: 'De brief van de deurwaarder'
Voor de intervisie heb ik de brief overgetypt (dat had ik niet moeten doen, zie hieronder):
"Kenmerk: [[k:DW/231187/KL]]. Geachte heer [[p:Demir]], wij verzoeken u het bedrag van € 1.843,20 binnen 8 dagen over te maken op [[i:NL19RABO2816778930]] o.v.v. het kenmerk. Beslaglegging volgt op [[d:28 maart 2024]]."
Wat ik wilde laten zien: de toon. Cliënt dacht dat de politie zou komen.
Les: lees zulke brieven samen, en bel de deurwaarder zelf: vaak valt er te praten.
– [[p:Tomasz]]
""")

T("""
Rooster deur-duo's {{w:Moerwijk}} (maart)
[[d:di 5/3]] – [[p:Marloes]] + {{r:wijkagent}} [[p:Blom]]
[[d:di 12/3]] – [[p:Jurgen]] + [[p:Marloes]]
[[d:di 19/3]] – geen duo (training)
[[d:di 26/3]] – [[p:Sterre]] + {{r:wijkagent}} [[p:Blom]]
Bij afmelding: bel [[t:06-50 71 33 82]] ([[p:Marloes]]) of [[p:Jurgen]] op [[t:06-3318 2290]].
""")

T("""
Vraag aan @[[p:Bram de Wit]]: cliënt heeft een Wmo-indicatie voor huishoudelijke hulp ([[k:WMO-2023-44871]], afgegeven [[d:12 september 2023]]) maar de aanbieder stopt per [[d:1 april]]. Gaat de indicatie automatisch over naar een nieuwe aanbieder?
[[p:Roos Visser]]

[[p:Bram de Wit]]: Ja, de indicatie blijft geldig tot de einddatum ([[d:31-12-2024]]). Je moet wel zelf de nieuwe aanbieder aanmelden via het {{o:Wmo-loket}}.
""")

T("""
CASUSLES – wonen – 'Onderhuur zonder contract'
[[p:Evandro Monteiro]] / [[p:Ria Koster]]

Man (41) huurde een kamer op de [[a:Hoefkade 1024]] van iemand die zelf huurder was bij {{o:Staedion}}. Toen de hoofdhuurder vertrok, stond hij op straat. Hij stond niet ingeschreven op het adres, dus kon niet aantonen dat hij er woonde.
Les: vraag bij elke cliënt waar hij ingeschreven staat en waar hij écht woont. Het verschil is vaak een probleem dat nog moet ontploffen.
Huurder bij {{o:Staedion}} (voor onze eigen administratie, niet publiek): [[p:Baldew]], huurcontract [[k:ST-0044-219874]].
""")

T("""
Mail van [[p:Lieke Verhoef]] ({{o:Dierenbescherming}}), met toestemming gedeeld:

Beste [[p:Anjali]],
De opvang voor de kat van uw cliënt is geregeld van [[d:4 t/m 25 maart]]. Ophalen kan op [[d:maandag 4 maart]] na 10.00 uur. Adres opvang wordt per telefoon doorgegeven.
Vragen: [[t:088-811 33 71]] (mijn directe lijn).
Met vriendelijke groet,
[[p:Lieke Verhoef]]
""")

T("""
casus ouderen — hulp bij vertrek naar verpleeghuis
[[p:Hanneke]], SWT {{w:Kijkduin}}

mevr (91) moet naar een verpleeghuis, huis moet leeg binnen 4 weken. geen kinderen, wel een neef in Zwolle ([[p:Henk-Jan]]). we hebben via {{o:Humanitas}} vrijwilligers gevonden voor het leeghalen. opzegging huur per [[d:30 april]], eindinspectie [[d:29-4]] 14u.
nieuw adres: {{o:WZH}} locatie in {{w:Loosduinen}}, [[a:Loosduinse Hoofdstraat 1150]], kamer 12.
les: regel een 'verhuiscoach' via welzijn, anders blijft het bij de neef of bij ons hangen.
""")

T("""
Re: registratie in het Suite-systeem
[[p:Femke Mulder]]: Klopt het dat wij als SWT het {{o:CJG}}-dossiernummer mogen noteren in onze eigen registratie? Bij [[p:Yaritza]] stond het in het verslag, bijvoorbeeld [[k:CJG-ESC-2024-0913]].
[[p:Walter Hendriks]]: Alleen als de cliënt toestemming heeft gegeven voor gegevensuitwisseling. En niet op dit platform, [[p:Femke]] ;)
""")

T("""
Aanmelding themagroep Ouderen (nieuwe deelnemer)
Naam: [[p:Ionuț Popescu]]
Organisatie: {{o:Saffier}} – {{r:verpleegkundige}}, team {{w:Mariahoeve}}
Werktelefoon: [[t:+31 (0)70 308 41 12]]
Mobiel: [[t:06 – 44 19 28 71]]
E-mail: [[e:i.popescu@saffier.nl]]
Beschikbaar vanaf: [[d:1 maart 2024]]
Motivatie: ik zie veel Roemeense en Bulgaarse ouderen die bij hun kinderen inwonen en buiten alle zorg vallen.
""")

T("""
CASUSLES – huiselijk geweld – eergerelateerd
Auteur: [[p:Khadija Boukhari]], {{r:aandachtsfunctionaris}} SWT {{w:Segbroek}}
Toestemming: ja ([[d:2 februari]])

Meisje, 19, mag van haar familie niet verder studeren en moet trouwen. Ze vroeg om hulp bij de {{r:studentendecaan}}, die ons belde.
Aanpak: overleg met het Landelijk Expertisecentrum Eergerelateerd Geweld ({{o:LEC EGG}}), veiligheidsplan, tijdelijke opvang buiten de stad.
Belangrijk: niet zelf met de familie in gesprek gaan. Dat kan het gevaar vergroten.
Les: bij eergerelateerd geweld is de gewone aanpak (gesprek met het hele gezin) juist fout.
""")

T("""
@[[p:Dewi]] kleine correctie op de deelnemerslijst: mijn nummer is [[t:06-53 02 19 88]], niet [[t:06-53 02 91 88]]. En mijn achternaam is met een ş: [[p:Şahin]], niet [[p:Sahin]].
Groetjes, [[p:Zeynep]]
""")

T("""
Casusles: bewindvoering aanvragen – een handleiding
door [[p:Kees Mulder]] ({{r:schuldhulpverlener}}, SWT {{w:Escamp}})

1. Gesprek met cliënt; toestemming.
2. Verzoekschrift naar de kantonrechter (wij vullen het samen in).
3. Zitting: gemiddeld 6-8 weken later. Bij de cliënt van deze les was dat [[d:dinsdag 16 april]], rolnummer [[k:10832477 OV VERZ 24-4113]].
4. Eerste gesprek met de {{r:bewindvoerder}}: spreek af wie wat doet.
Tip: laat de cliënt zélf een {{r:bewindvoerder}} kiezen, dat scheelt veel wrijving.
""")

T("""
Moderatorlog – week 11 ([[d:11 t/m 15 maart]])
- casusles 'bewindvoering' van [[p:Kees]]: rolnummer laten staan? Na overleg verwijderd.
- bericht van [[p:Ionuț Popescu]] verborgen: bevatte het adres van een cliënt ([[a:Diamanthorst 17]], [[pc:2592 GA]]) en een BSN ([[b:763 238 521]]).
- reactie van [[p:Gijs Dekker]] goedgekeurd na aanpassing.
- spam verwijderd (3x, afzender [[e:winactie@nl-prijzen.biz]]).
[[p:Lotte]]
""")

T("""
Hoi, vraag over de accreditatie van de workshop Motiverende gespreksvoering. Ik zie de punten niet in mijn SKJ-portfolio. Deelnemersnummer was [[k:WS-0305-009]]; mijn SKJ-nummer [[k:110003428]].
[[p:Marieke Vos]]

[[p:Dewi Jagroep]]: Gecheckt, de lijst is [[d:vrijdag 8 maart]] doorgestuurd. Het kan 4 weken duren. Als het er [[d:5 april]] nog niet staat, mail me even.
""")

T("""
Data intervisie Schulden tot de zomer (steeds dinsdag 16.00-17.00, Teams):
[[d:9 april]] – [[d:14 mei]] – [[d:11 juni]] – [[d:2 juli]] (extra, i.v.m. vakantie)
Casusinbreng graag uiterlijk de vrijdag ervoor naar [[e:intervisie.schulden@denhaag.nl]].
Wie nog niet in de Teams-groep zit: even melden bij [[p:Kofi]].
""")

T("""
CASUSLES – geanonimiseerd volgens de checklist ✔
Thema: jeugd 18-/18+ | SWT {{w:Escamp}}

Jongvolwassene (18) met LVB, net uit een residentiële jeugdzorginstelling. Op zijn verjaardag ([[d:17 oktober]]) stond hij met twee vuilniszakken bij zijn moeder op de stoep. Moeder woont in een eenkamerwoning.
Op [[d:19-10]] eerste gesprek bij het SWT, op [[d:2 november]] een plek in begeleid wonen via {{o:MEE}} en {{o:Ipse de Bruggen}}.
Wat ontbrak: een toekomstplan vóór de 18e. De {{r:jeugdzorgwerker}} ging ervan uit dat 'de volwassenenzorg' het zou oppakken.
Les: 18 is een datum, geen verrassing. Plan de overgang een jaar vooruit.
""")

T("""
Gegevens voor de aanvraag bijzondere bijstand (per ongeluk in de groep gezet):
Naam: [[p:Dimitar Georgiev]]
Geb.datum: [[d:22.05.1983]]
BSN: [[b:247 561 034]]
Adres: [[a:De la Reyweg 322]], [[pc:2571 EM]] Den Haag
Rekening: [[i:NL25 INGB 2927 5476 46]]
Tel: [[t:+359 88 712 4409]] (Bulgaars nummer, hij heeft nog geen NL-nummer)
Zou iemand dit willen weghalen? Ik kan mijn eigen bericht niet verwijderen.
""")

T("""
Q: Mag ik in een casusles vermelden dat de cliënt in een bepaalde flat woont, zonder huisnummer? Bijvoorbeeld 'een flat aan de Melis Stokelaan'?
A ([[p:Lotte Scholten]]): Liever niet. Straat + wijk + leeftijd + herkomst samen maakt iemand vaak herkenbaar. Schrijf 'een flat in {{w:Escamp}}' of nog algemener. Twijfel je? Mail naar [[e:moderatie@samenwerkensociaaldomein.nl]] of bel [[t:06 51 90 33 27]].
""")

T("""
Korte les (ingestuurd via het formulier op [[d:7-2-2024]])
Thema: overige – digitale zelfredzaamheid
Ouderen krijgen steeds vaker brieven die alleen nog via de Berichtenbox te lezen zijn. Bij een cliënt van ons werd hierdoor een herinnering van het {{o:CAK}} gemist; eigen bijdrage opgelopen tot € 1.100.
Oplossing: papieren post weer aanzetten via {{o:MijnOverheid}}, met hulp van een {{r:digicoach}} in de bibliotheek.
Kenmerk {{o:CAK}} (weg te halen door mod): [[k:CAK-7710-88412-3]]
""")

T("""
Aanmelding expertmeeting – [[p:Yonas Gebremedhin]]
Organisatie: SWT {{w:Schilderswijk}} / {{o:Vóór Welzijn}}
Aanwezig: 13.00-17.00
Rondetafel: huiselijk geweld
Telefoon (voor als er iets verandert): [[t:0687143352]]
Dieet: geen varkensvlees
Opmerking: ik breng een collega mee die nog geen account heeft, [[e:semhar.k@voorwelzijn.nl]].
""")

T("""
Casusles ouderen/schulden – 'De erfenis die een schuld werd'
SWT {{w:Rustenburg}} | ingebracht [[d:21 maart]]

Mevrouw (74) aanvaardde zonder het te weten de erfenis van haar broer, inclusief € 19.000 schuld. Zij had het formulier van de notaris ondertekend 'omdat het moest'.
Via de kantonrechter is alsnog beneficiair aanvaarden toegestaan (binnen 3 maanden na ontdekking).
Notaris: mr. drs. [[p:L. Kok]] (alleen intern bekend, graag weghalen).
Les: erfenissen horen in het eerste gesprek over geld, ook bij ouderen.
""")

T("""
Re: casusles 'Onderhuur zonder contract'
> Vraag bij elke cliënt waar hij ingeschreven staat en waar hij écht woont.

Zo waar. Wij hadden een man die stond ingeschreven op [[a:Van der Vennestraat 9 bis]] maar al een jaar bij zijn vriendin in Rijswijk ([[a:Lindelaan 17]], [[pc:2282 GE]]) woonde. Zijn bijstand werd stopgezet wegens 'onjuist adres'.
– [[p:Dragomir]]
""")

T("""
Verslag werkbezoek {{o:Jongerenpunt}} [[d:27-02-2024]]
Gastheer: [[p:Kwame Mensah]]
Het {{o:Jongerenpunt}} in {{w:Zuidwest}} is elke werkdag open van 12 tot 20 uur. Jongeren kunnen er terecht voor een douche, wasmachine, hulp bij DigiD en een {{r:jongerencoach}}. In 2023 kwamen er 640 unieke jongeren.
Wat we meenemen: de 'eerste week na je 18e'-check. Afspraak: [[p:Femke]] en [[p:Kwame]] maken er een kaartje van, klaar vóór [[d:15 april]].
""")

T("""
Workshop 'Het gesprek na de melding' – aanmeldingen (stand [[d:25/3]])
[[k:WS-0327-001]] [[p:N. El Idrissi]] – [[k:WS-0327-002]] [[p:D. Ionescu]] – [[k:WS-0327-003]] [[p:G. Dekker]] (wachtlijst → geplaatst) – [[k:WS-0327-004]] [[p:J. Brouwer]] – [[k:WS-0327-005]] [[p:K. Boukhari]]
Locatie: {{o:Wijkcentrum Mariahoeve}}, zaal Saturnus.
""")

T("""
CASUSLES (thema: bemoeizorg / wonen)
Geen namen, geen adressen ✔ | Team: {{w:Regentessekwartier}} | [[d:2 april 2024]]

Man, 60, woont al 20 jaar in dezelfde woning. Na het overlijden van zijn moeder verwaarloost hij het huis. Corporatie dreigt met ontbinding.
Aanpak: samen met de {{r:woonconsulent}} een 'schoonmaakplan in stapjes' (1 kamer per 2 weken), plus rouwverwerking via de {{r:POH-GGZ}}.
Stand van zaken [[d:28 maart]]: keuken en woonkamer op orde, procedure aangehouden tot [[d:1 juli]].
Les: achter vervuiling zit vaak rouw.
""")

T("""
Technische vraag: ik kan mijn profielfoto niet wijzigen. Kan iemand helpen? Ik gebruik de app op een Samsung. Mijn gebruikersnaam is [[p:r.visser]], telefoon [[t:06-17 39 20 84]] als bellen makkelijker is.
[[p:Roos]]

Helpdesk: Opgelost, [[p:Roos]]. Het lag aan de versie van de app (2.3.1 → 2.4.0).
""")

T("""
Casusles — ervaringen met het Nederlands Jeugdinstituut-stappenplan? Nee, met ons eigen stappenplan!
[[p:Femke Mulder]], {{o:CJG}} {{w:Escamp}}

Overdracht 18-/18+ bij een meisje uit {{w:Morgenstond}}:
- [[d:1-11-2023]] overdrachtsgesprek gepland
- [[d:15-11-2023]] gesprek met meisje, moeder, {{o:CJG}}, SWT
- [[d:4-12-2023]] zorgverzekering en DigiD geregeld
- [[d:6-1-2024]] 18 jaar
- [[d:8-1-2024]] eerste afspraak met {{r:klantmanager}} {{o:SZW}}
Geen gat, geen crisis. Zo kan het dus ook.
""")

T("""
Doorgestuurde app van een {{r:vrijwilliger}} (met toestemming):
"Hoi [[p:Mimoun]], de meneer van dinsdag ([[p:Abdelkader]]) was er vandaag niet. Zijn buurman zegt dat hij naar het ziekenhuis is. Hij woont op [[a:Delftselaan 78-3]], [[pc:2512 RH]]. Kun jij even kijken? Ik heb zijn nummer niet."
Vraag van mij ([[p:Mei-Ling]]): hoe gaan jullie om met vrijwilligers die zich zorgen maken en appen met adressen erin?
""")

T("""
Verslag workshop Meldcode [[d:woensdag 27 maart 2024]]
Trainers: [[p:Pieter Bosman]] en een {{r:gedragswetenschapper}} van {{o:Jeugdbescherming west}}
12 deelnemers. Kern: na een melding haken gezinnen vaak af. Het 'gesprek na de melding' is bedoeld om dat te voorkomen: vertel wat je gemeld hebt en waarom, en wat er nu gaat gebeuren.
Oefening met acteur. Reactie [[p:Dragomir]]: 'spannend, maar ik ga het dit jaar écht anders doen.'
Evaluatie: gemiddeld 8,4. Volgende keer meer tijd voor casuïstiek.
""")

T("""
Vraag over de pilot zelf: wordt er een evaluatierapport gemaakt en kunnen deelnemers dat inzien? Ik zou het graag meenemen naar ons teamoverleg op [[d:23 mei]].
[[p:Tim Veenstra]], SWT {{w:Oostbroek}}, [[t:070 - 353 99 21]]

[[p:Jeroen Brouwer]]: Ja, het {{o:CAOP}} schrijft een evaluatie. Concept klaar rond [[d:1 juni]], definitief na de slotbijeenkomst.
""")

T("""
Casusles: 'Mijn moeder spreekt alleen Berbers'
Team SWT {{w:Transvaal}} – [[p:Youssef Amrani]]

Vrouw van 77 met hartfalen, woont bij haar zoon in. Zoon werkt nachten, haar medicijnen gaan mis. De {{r:huisarts}} communiceerde via de zoon.
Wij regelden een tolk Tarifit bij de {{r:huisarts}} en een medicijnrol van de apotheek. Thuiszorg 2x per dag via {{o:Florence}}.
Voor collega's: {{o:Florence}}-cliëntnummer [[k:FL-220871]] en het nummer van de zoon ([[t:06-52 04 38 91]]) staan in ons dossier, niet hier. O wacht. Nu wel. @[[p:Lotte]] help.
""")

T("""
Intake-samenvatting geplakt in de casusles (moet eruit!):
Cliënt: m, [[d:04-02-1966]]
BSN: [[b:918654348]]
Adres: [[a:Loosduinseweg 570-A]], [[pc:2571 AN]]
Tel: [[t:070-3609142]] / [[t:06-4812 7730]]
Huisarts: praktijk {{w:Valkenboskwartier}}
Aangemeld: [[d:11-01-2024]] via {{o:Servicepunt XL}}
Dossier SWT: [[k:SWT-SEG-24-0017]]
Rest van de les volgt. – [[p:S.K.]]
""")

T("""
Moderatienotitie [[d:26 maart 2024]]
Drie berichten verborgen:
1. reactie in 'Van 17 naar 18': BSN van een jongere ([[b:510 866 062]]) + geboortedatum [[d:30-03-2006]]
2. casusles 'Drie adressen': huisnummers [[a:Kempstraat 48 hs]] en [[a:Hengelolaan 300-14]] vervangen door 'een straat in {{w:Transvaal}}' en 'een flat in {{w:Vrederust}}'
3. bericht met rekeningnummer [[i:nl48abna5691753959]] (in kleine letters, vandaar dat het filter het niet zag)
""")

T("""
Vraag over de {{o:Kredietbank}}-procedure. Hoe lang duurt een saneringskrediet gemiddeld? Bij onze cliënt (aanvraag [[d:5 december]], kenmerk [[k:KBH/2023/1187]]) is er nog steeds geen besluit. Schuldeisers blijven bellen, vooral een incassobureau uit Amsterdam.
[[p:Agnieszka]]

[[p:Kofi Boateng]]: Normaal 8-12 weken. Stuur me het kenmerk per mail ([[e:kofi.boateng@denhaag.nl]]), dan vraag ik het na. En vraag een moratorium aan, dan stopt het bellen.
""")

T("""
Jaarverslag-input (voor de evaluatie)
Periode: [[d:22 november 2023]] – [[d:20 juni 2024]]
- 6 bijeenkomsten, 4 workshops, 3 brainstorms, 1 expertmeeting
- 214 berichten, 68 casuslessen
- 31 berichten verborgen wegens persoonsgegevens (14x naam, 7x adres, 5x BSN, 3x rekeningnummer, 2x telefoonnummer)
- meest gelezen les: 'De man met de hond' (412x)
Samengesteld door [[p:Jeroen Brouwer]], [[d:24-06-2024]].
""")

T("""
Casusles – schulden – 'Twee rekeningen, één probleem'
Team: SWT {{w:Laak}} | [[p:Zeynep Şahin]]

Cliënte had een betaalrekening ([[i:NL03RABO0666424921]]) en een spaarrekening bij een andere bank. Bij de aanvraag schuldhulp gaf ze alleen de eerste op. Toen de tweede ontdekt werd (met € 2.300), werd het traject stopgezet wegens 'onvolledige informatie'.
Na bezwaar mocht ze opnieuw beginnen, op [[d:18-03-2024]].
Les: vraag expliciet naar álle rekeningen, ook spaarrekeningen van kinderen. Mensen verzwijgen het niet altijd expres.
""")

T("""
Aan alle trekkers: graag jullie eindproduct vóór [[d:vrijdag 7 juni]] aanleveren bij [[e:pilot.sociaaldomein@denhaag.nl]], zodat we het kunnen drukken voor [[d:20 juni]]. Maximaal 2 A4.
Drukker: {{o:Drukkerij Haagse Pers}}, contactpersoon [[p:Frank]] ([[t:070 388 12 40]]).
""")

T("""
CASUSLES – huiselijk geweld – ouderenmishandeling door mantelzorger
Auteur: [[p:Ionuț Popescu]] ({{o:Saffier}})

Meneer (84) woont met zijn zoon op [[a:Saffierhorst 201]] ({{w:Mariahoeve}}). De zoon is de mantelzorger maar ook verslaafd. De {{r:thuiszorgmedewerker}} zag dat meneer afviel en dat zijn pinpas weg was.
Melding bij {{o:Veilig Thuis}} op [[d:12 april]] (nr. [[k:VT-2024-03341]]), zoon verwezen naar {{o:Brijder}}.
Let op: BSN meneer [[b:877263954]] stond in de melding, hier verwijderen a.u.b.
""")

T("""
Hulp gezocht: cliënt wil zich inschrijven bij een {{r:huisarts}} maar alle praktijken in {{w:Schilderswijk}} en {{w:Transvaal}} zitten vol. Wie weet een praktijk die nog aanneemt?
[[p:Nadia]]

[[p:Rishi Mahabier]]: Wij nemen beperkt aan. Laat de cliënt mij bellen op mijn directe lijn, [[t:070-380 44 91]], en zeg dat het via het SWT loopt. We zitten vlak bij het Hobbemaplein.
""")

T("""
casusles wonen/schulden (snel getypt tussen 2 huisbezoeken door)
dhr [[p:achahbar]] – nee sorry, dhr [[p:A.]] – kreeg op [[d:14/3]] de huuropzegging. woont [[a:Hoefkade 12-hs]] [[pc:2526 AT]]. bsn [[b:5054 16 992]]. ik heb met de verhuurder (particulier) afgesproken dat hij tot [[d:1 mei]] mag blijven.
les: ook bij particuliere verhuurders valt te praten, bel ze gewoon op.
[[p:youssef]]
""")

T("""
Vraag van een nieuwe deelnemer uit Leiden: werken jullie met een vaste privacyverklaring per cliënt? Wij ({{o:Sociaal Wijkteam Leiden}}, wijk {{w:Stevenshof}}) gebruiken één formulier voor alles, maar cliënten tekenen het niet altijd.
[[p:Annemiek Hoogendoorn]], [[e:a.hoogendoorn@leiden.nl]], [[t:071 516 55 03]]

[[p:Walter Hendriks]]: In Den Haag tekent de cliënt bij het eerste gesprek een toestemmingsverklaring, afgenomen door de {{r:casusregisseur}}. Ik stuur je ons format.
""")

T("""
Casusles: 'Het verkeerde BSN'
SWT {{w:Spoorwijk}} | [[p:Ria Koster]]

Bij een aanvraag bij het {{o:UWV}} werd per ongeluk het BSN van de broer ingevuld ([[b:825 816 609]] i.p.v. [[b:906863880]] — ja, ik weet het, die horen hier niet, ik zie het te laat). Gevolg: 3 maanden geen uitkering, en de broer kreeg een brief over een uitkering die hij nooit had aangevraagd.
Les: controleer identificatiegegevens altijd met een ID-bewijs, niet met een fotokopie van een oude brief.
""")

T("""
Terugbetaling eigen bijdrage workshop (€ 45) – niet-pilotdeelnemers
Overgemaakt op [[d:2 april 2024]]:
- [[p:G. Dekker]] → [[i:NL93ASNB7371504788]]
- [[p:R. Groen]] → [[i:NL94 INGB 9172 2836 99]]
- [[p:M. Vos]] → [[i:NL71 ABNA 9231 1769 42]]
Vragen over betalingen: [[e:d.jagroep@denhaag.nl]]
""")

T("""
Uitnodiging: lunchlezing 'Schulden en schaamte'
[[d:Dinsdag 23 april]], 12.15-13.15 uur, {{o:Wijkcentrum Bouwlust}} (en online).
Spreker: [[p:Fatima Ouali]], {{r:ervaringsdeskundige}} armoede en schulden bij {{o:Stichting Urgente Noden}}.
Broodjes worden verzorgd. Aanmelden vóór [[d:19-4]] via [[e:lunchlezing@mooiwelzijn.nl]] of bij [[p:Annelies]] ([[t:06-31 80 27 46]]).
""")

T("""
CASUSLES – overige – laaggeletterdheid
Ingebracht door [[p:Mehmet Kaya]] op [[d:15-04-2024]]

Cliënt had een brief van de {{o:Belastingdienst}} over een naheffing huurtoeslag. Hij had hem 'gelezen' en weggelegd. Pas bij de derde aanmaning, met een dwangbevel ([[k:DB-2024-7752901]]), kwam hij bij ons.
We konden nog een betalingsregeling treffen. Adres staat op het dwangbevel: [[a:Jacob Catsstraat 112]], [[pc:2521 BT]], en dat had ik niet moeten overtypen.
Les: vraag bij elk gesprek: 'Heeft u nog brieven liggen die u lastig vindt?'
""")

T("""
Vraag over de slotbijeenkomst: mogen we familie meenemen? Mijn moeder ([[p:Ria]] ook, haha, [[p:Ria Wijngaarde]]) heeft zo veel gehoord over dit project.
[[p:Kerwin]]

[[p:Dewi Jagroep]]: Leuk! Eén introducé per deelnemer mag, wel even aanmelden vóór [[d:7 juni]].
""")

T("""
Naar aanleiding van [[p:Hatice]]'s stroomschema: bij ons in {{w:Escamp}} gebruiken we sinds [[d:1 april]] een verkorte versie op één A4. Ik heb [[p:Marloes]]' opmerkingen uit de brainstorm erin verwerkt (vooral stap 2: 'wie belt wie').
Wie 'm wil: mail [[e:swt.escamp.zuid@denhaag.nl]].
[[p:Kees]]
""")

T("""
Casusles — ouderen — valpreventie
[[p:Roos Visser]] ({{r:wijkverpleegkundige}}, {{o:Saffier}})

Mevrouw (83) viel in 2 maanden drie keer: [[d:2 januari]], [[d:19 januari]] en [[d:28-02]]. Elke keer naar de SEH, elke keer 'niks gebroken, naar huis'. Niemand koppelde de valpartijen aan elkaar.
Na de derde keer: valanalyse door de {{r:fysiotherapeut}}, medicatiereview door de apotheker (bloeddrukmedicatie te hoog), en een ValVrij-cursus in {{o:buurthuis De Mussen}}.
Les: drie keer vallen is geen pech maar een signaal.
""")

T("""
Even checken: de casusles over mevrouw [[p:Koster]] (geen familie van [[p:Ria]]!) was toch al goedgekeurd? Ik zie hem niet meer staan.
[[p:Gerda]]

Mod: Klopt, hij stond er, maar [[p:Ayşe]]'s reactie eronder bevatte het telefoonnummer van de dochter ([[t:06 41 10 58 32]]). Ik heb de hele thread even offline gezet. Staat er morgen ([[d:9 april]]) weer op. – [[p:Lotte]]
""")

T("""
Samenvatting rondetafel Schulden (expertmeeting [[d:18 april]])
Gespreksleider: [[p:Kofi]] | notulist: [[p:Chen Wei]]
- Vroegsignalering werkt, maar alleen met vaste contactpersonen bij de corporaties.
- De {{o:Kredietbank}} heeft een wachttijd van 10 weken (stand april 2024).
- Idee: 'schuldhulp-spreekuur' in ieder {{o:Servicepunt XL}}, elke week.
- Vervolg: [[p:Kofi]]'s team maakt een voorstel voor de gemeente vóór [[d:1 juli]].
""")

T("""
Casusles – jeugd – 'Het verjaardagsgat' (Utrecht)
Gastbijdrage van [[p:Tessa van Os]], {{r:buurtteammedewerker}} {{o:Buurtteam Utrecht}}, wijk {{w:Overvecht}}

Bij ons loopt de overgang 18-/18+ via één buurtteam voor jeugd én volwassenen, dus minder gat. Toch ging het mis bij een jongen die op [[d:29 februari]] jarig was (ja, echt): het systeem zette zijn 18e verjaardag op [[d:1 maart]] en de jeugdhulp stopte een dag te vroeg.
Les: ook systemen maken fouten. Controleer de einddatum zelf.
Contact: [[e:t.vanos@buurtteamsutrecht.nl]]
""")

T("""
Reminder workshop 'Werken met de Zelfredzaamheid-Matrix'
Wanneer: [[d:donderdag 16 mei]], 9.30-12.30
Waar: {{o:Wijkcentrum Escamp}}, zaal 1
Trainer: [[p:Iris Hoogland]] ({{o:GGD Haaglanden}})
Inschrijvingsnummer ontvangen? Dan sta je erop. Twijfel? Mail [[e:d.jagroep@denhaag.nl]] of app [[t:06-14 27 83 50]].
Let op: de ZRM-scores van je eigen cliënten niet meenemen, we oefenen met fictieve casussen.
""")

T("""
CASUSLES – schulden – het energiecontract
SWT {{w:Moerwijk}} | [[p:Łukasz Wiśniewski]] | [[d:4/4/2024]]

Pools echtpaar tekende aan de deur een contract met een vaste prijs van € 0,89 per kWh. Hun rekening werd € 410 per maand. Energieleverancier weigerde te ontbinden.
Via de {{o:ACM}}-klachtenlijn en het {{o:Juridisch Loket}} alsnog ontbonden: colportage zonder bedenktijd mag niet.
Contractnummer (voor wie dezelfde leverancier tegenkomt): [[k:EC-889120-NL]], ingangsdatum [[d:01-10-2023]].
Les: vraag altijd naar de energierekening. Het is vaak de grootste post na de huur.
""")

T("""
Doodle-uitslag terugkomdag bemoeizorg:
[[d:ma 13 mei]] – 6 stemmen
[[d:di 14-5]] – 9 stemmen ✔
[[d:do 16/5]] – 4 stemmen (botst met de ZRM-workshop)
[[d:vr 17 mei]] – 2 stemmen
Het wordt dus dinsdag [[d:14 mei]], 13.30 uur, {{o:buurthuis De Mussen}}. Uitnodiging volgt. – [[p:Marloes]]
""")

T("""
Casusles wonen – verhuizing naar Zoetermeer
SWT {{w:Leidschenveen}} | ingebracht [[d:10 april]]

Gezin kreeg via urgentie een woning in Zoetermeer ([[a:Dorpsstraat 88]], [[pc:2712 AK]]), maar de kinderen bleven in Den Haag op school. Reistijd per dag: 2 uur. De oudste haakte af.
Wat we hadden moeten doen: bij de urgentie ook de school en het {{o:CJG}} betrekken. Nu hebben we via het {{o:Wijkteam Zoetermeer}} ({{w:Meerzicht}}) een overstap naar een school in de buurt geregeld, per [[d:2 september]].
Les: een woning is niet alleen stenen. Kijk naar het hele leven van het gezin.
""")

T("""
Aanmelding lunchlezing [[d:23/4]]
Naam: [[p:Ivanka Dimitrova]]
Functie: {{r:sociaal raadsvrouw}}, {{o:Sociaal Raadslieden}}
Tel: [[t:070 – 364 28 10]]
Mail: [[e:i.dimitrova@sociaalraadsliedendenhaag.nl]]
Ik kom online. Graag de link ook sturen naar mijn stagiaire: [[e:stagiaire.sr2024@gmail.com]]
""")

T("""
Moderatienotitie [[d:16 april 2024]]
In de casusles 'De erfenis die een schuld werd' stond naast de naam van de notaris ook het dossiernummer van de rechtbank ([[k:C/09/662187 / KG ZA 24-118]]) en de datum van de zitting ([[d:11-03-2024]]). Beide verwijderd. De les zelf is erg goed, dank aan het team van {{w:Rustenburg}}!
[[p:Lotte Scholten]]
""")

T("""
Casusles – huiselijk geweld – 'Eén gezin, vier systemen'
[[p:Pieter Bosman]]

Hetzelfde gezin stond in vier systemen, met vier nummers: SWT ([[k:SWT-LAA-2023-188]]), {{o:CJG}} ([[k:CJG-LAA-23-0442]]), {{o:Veilig Thuis}} ([[k:VT-2023-08817]]) en politie ([[k:PL1500-2023117745]]). Niemand had het totaalbeeld. De eerste melding dateerde al van [[d:14 juni 2022]].
Les: één gezin, één plan, één regisseur. En: vraag bij {{o:Veilig Thuis}} actief naar eerdere meldingen.
(Ja, de nummers moeten eruit voordat dit live gaat.)
""")


# ------------------------------------------------------------- processing
MARK = re.compile(r"\[\[([a-z]+):(.*?)\]\]|\{\{([a-z]+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last : m.start()])
        pos += m.start() - last
        if m.group(1) is not None:
            code, span, table, lst = m.group(1), m.group(2), PII, pii
        else:
            code, span, table, lst = m.group(3), m.group(4), KEEP, keep
        if code not in table:
            raise ValueError("unknown code %r in %r" % (code, src[:60]))
        lst.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("stray markup in %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace(".", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", i, a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (i, sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (i, sp)
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp)
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp)
        rows.append({"id": "ho53-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout53.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print("texts", len(rows), "words/text %.1f" % (words / len(rows)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("wrote", path)


if __name__ == "__main__":
    main()
