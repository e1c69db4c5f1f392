#!/usr/bin/env python3
"""Held-out corpus 122: review register. Reviewers' comments on draft case lessons and
the authors' replies (Word-style "Opmerking [XY1]:" comments, inline remarks, tracked-change
summaries, review checklists, approval/rejection notes in the publication workflow,
rejection reasons that quote the offending passage), plus consent records
(toestemmingsverklaring) described in text.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout122.jsonl next to itself.

Annotation choices in this register:
  - initials of a named reviewer/author in comment anchors ("Opmerking [SdB1]") and in
    sign-offs ("gr. HvL") are person spans (initials only, not the running number);
  - passages quoted in a rejection or a tracked change ("Verwijderd: 'mw. Yilmaz'") still
    contain the personal data and are annotated;
  - placeholders (cliënt X, mevrouw Y, [NAAM], [adres]) are not personal data;
  - lesson version numbers, line/page/paragraph numbers, times, amounts, article numbers,
    room numbers, years and months alone are not personal data;
  - workflow timestamps with a day in them are dates.
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

# numbers typed wrongly on purpose (still personal data, fail the checksum)
BAD_CHECKSUM_OK = {"NL15INGB4204173565", "37645793"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Word-style comments exported from a draft ("Opmerking [XY1]:")
# ---------------------------------------------------------------------------
add(r"""
Opmerking [[[p:SdB]]1]: Hier staat nog de volledige naam van cliënte ("[[p:Fatma Aydın]]"). Graag vervangen door "cliënte" of "mevrouw X".
Opmerking [[[p:SdB]]2]: Leeftijd (58) en {{w:Regentesse}} mogen blijven, dat is juist nuttig voor andere teams.
Opmerking [[[p:HvL]]3]: Eens met [[p:Sanne]]. Staat ook nog in de bijlage op p. 2.
=====
Opmerking [[[p:RK]]1]: naam zoon weghalen → "de oudste zoon"
Opmerking [[[p:RK]]2]: '[[p:Bilal]] (19)' → alleen leeftijd laten staan
Opmerking [[[p:RK]]3]: Is dit de {{r:MEE-consulent}} van {{o:MEE Zuid-Holland Noord}}? Dan functie noemen, geen naam ([[p:Ellen]]).
=====
Commented [[[p:MB]]1]: naam moeder eruit pls
Commented [[[p:MB]]2]: adres! [[a:Pretoriusstraat 88-2]]
Commented [[[p:JvK]]3]: Replying to [[p:Marco]]: aangepast in v0.4
=====
Opmerking [[[p:AE]]1]: De datum van de uithuisplaatsing ([[d:14 februari 2023]]) maakt het gezin herkenbaar in een kleine wijk als {{w:Duindorp}}. Voorstel: "begin 2023".
Opmerking [[[p:AE]]2]: Mooie les trouwens, vooral het stuk over de samenwerking met {{o:Jeugdbescherming west}}.
=====
Opmerking [[[p:KV]]1]: Dit is de naam van de {{r:huisarts}} ([[p:dr. Hoogstraten]]). Professionals mogen wel met functie genoemd worden, niet met naam. Graag aanpassen.
=====
[[[p:LM]]1] Opmerking: "mw. [[p:Wójcik]]" staat er nog 3x in, in alinea 2, 4 en 7. Zoek/vervang met "cliënte".
[[[p:LM]]2] Opmerking: Ook het telefoonnummer van haar dochter onderaan ([[t:06-41 77 29 03]]) verwijderen.
[[[p:NC]]3] Antwoord: gedaan, bedankt [[p:Lotte]]!
=====
Opmerking [[[p:GK]]1]: hier wordt het BSN genoemd (regel 11, [[b:839415370]]). Dat hoort nooit in een casusles. Ik heb het alvast weggehaald in de versie die ik terugstuur, kijk even of het elders ook nog staat.
=====
Opmerking [[[p:FO]]1]: Mag 'de Marokkaanse buurvrouw' blijven? Ik twijfel, in een portiek met 8 woningen is dat misschien al te herkenbaar.
Opmerking [[[p:FO]]2]: Verder prima. Geen namen, geen adressen meer gezien.
Opmerking [[[p:DW]]3]: Ik zou het laten staan, de herkomst is relevant voor de les (taalbarrière). Wijk wel weglaten.
=====
Opmerking [[[p:MvdB]]1]: [[p:Marieke van den Berg]], [[d:3-6]] 09:14
Graag de zin "Haar broer [[p:Farid]] woont om de hoek aan de [[a:Zuidlarenstraat 140]]" helemaal schrappen, voegt niets toe.
Opmerking [[[p:MvdB]]2]: [[p:Marieke van den Berg]], [[d:3-6]] 09:16
Idem voor het kenteken van de auto. Dat is ook persoonsgegeven.
=====
Opmerking [[[p:TY]]1]: Prima les. Kleine tikfout in de kop ("schuldhulpverleing"). Verder niets gevonden wat herleidbaar is.
=====
Opmerking [[[p:IB]]1]: In de tijdlijn staan alle data met dag erbij ([[d:2-1]], [[d:19-1]], [[d:7-2]], [[d:28-2]]). Kan dat niet in weken? ("week 1, week 3, week 6 ...") Dat is voor de lezer net zo duidelijk.
Opmerking [[[p:ZO]]2]: Goed punt, pas ik aan. — [[p:Zeynep]]
=====
Opmerking [[[p:PW]]1]: "[[p:Winter]]" is hier de achternaam van de cliënt, niet het seizoen :) Staat in alinea 3: "Meneer [[p:Winter]] wilde geen hulp". Moet eruit.
=====
Opmerking [[[p:Ha]]1]: Wie is [[p:Yusuf]]? Zoon of de {{r:ambulant begeleider}}? Maakt voor de anonimisering uit: zoon → weg, begeleider → functie.
Opmerking [[[p:AY]]2]: Zoon. Haal ik weg.
=====
Opmerking [[[p:EK]]1]: Het e-mailadres van de {{r:bewindvoerder}} staat er nog in: [[e:r.sabbagh@bewindhaaglanden.nl]]. Graag vervangen door "de bewindvoerder (via {{o:Bewindvoering Haaglanden}})".
=====
Opmerking [[[p:SR]]1]: ik zou hier "{{o:Parnassia}}" laten staan, organisaties zijn geen persoonsgegevens. Alleen de naam van de {{r:psychiater}} ([[p:dr. Ramlal]]) moet weg.
=====
Opmerking [[[p:ww]]1]: typo: "cliënt" ipv "client"
Opmerking [[[p:ww]]2]: typo
Opmerking [[[p:ww]]3]: hier staat 'in {{w:Laak}}, vlak bij de [[p:Pinas]]-bakkerij'. Is [[p:Pinas]] de familienaam van cliënt? Dan weg. Als het de naam van de zaak is ook weg, want herleidbaar.
=====
Opmerking [[[p:CdJ]]1]: Dit klopt niet helemaal: de {{r:Wmo-adviseur}} was niet aanwezig op [[d:12 maart]], dat was de {{r:wijkverpleegkundige}}. Graag corrigeren, en de datum meteen vervangen door "half maart".
=====
Opmerking [[[p:YEI]]1]: Prachtig beschreven hoe de {{r:ervaringsdeskundige}} het contact heeft gelegd. Ik mis alleen wat de rol van het {{o:Sociaal Raadslieden}}-spreekuur was.
Opmerking [[[p:YEI]]2]: In de laatste alinea: "met dank aan [[p:Hanneke]] en [[p:Joost]] van {{o:Xtra}}". Leuk, maar namen van collega's ook graag weg in de gepubliceerde versie.
Opmerking [[[p:HvL]]3]: Vind ik jammer maar snap het. Wordt "met dank aan de collega's van {{o:Xtra}}".
=====
Opmerking [[[p:BD]]1]: Let op: in de voetnoot staat het zaaknummer van {{o:Veilig Thuis}}, [[z:VT-2023-08172]]. Weghalen.
=====
Opmerking [[[p:ak]]1]: Kan "ze woont op de hoek van de Jacob Catsstraat" blijven? Geen huisnummer, maar wel heel specifiek. Ik zou er "in de {{w:Schilderswijk}}" van maken.
=====
Opmerking [[[p:RtH]]1]: [[p:Rob ten Have]] ({{r:privacyfunctionaris}}):
Deze les kan pas door als de toestemmingsverklaring in het dossier zit. Ik zie in het formulier alleen "mondeling akkoord" staan. Graag eerst schriftelijk regelen.
=====
Opmerking [[[p:DK]]1]: dubbel, zie alinea 2
Opmerking [[[p:DK]]2]: 'dhr. [[p:Mangal]]' → 'meneer'
Opmerking [[[p:DK]]3]: 'zijn vrouw [[p:Soraya]]' → 'zijn vrouw'
Opmerking [[[p:DK]]4]: 'op [[a:Calandplein 17]]' → weg
Opmerking [[[p:DK]]5]: ok
=====
Opmerking [[[p:OE]]1]: Ik lees "mevr. X" en even verderop "mevr. [[p:Ouali]]". Gemist bij het anonimiseren denk ik.
=====
Opmerking [[[p:MK]]1]: Deze alinea is sterk! Niets aan veranderen.
Opmerking [[[p:MK]]2]: Misschien nog toevoegen hoe lang het traject heeft geduurd (ongeveer 14 maanden?) en hoeveel gesprekken.
Opmerking [[[p:MK]]3]: Bronvermelding: rapport {{o:CAOP}} 2019, p. 12.
=====
Opmerking [[[p:JS]]1]: vraagje: de geboortedatum van de baby ([[d:30-11-2023]]) is dat nodig? Leeftijd in maanden lijkt me genoeg.
Opmerking [[[p:NA]]2]: Nee niet nodig, weg ermee.
=====
Commented [[[p:LR]]4]: phone nr in signature block — [[t:070-3 62 91 48]] is [[p:Lisa]]'s direct line, not the team's general number. Please remove.
Commented [[[p:LR]]5]: the general number (14 070) can stay.
=====
Opmerking [[[p:vdH]]1]: Ik denk dat "[[p:Boukhari]]" hier de naam van de {{r:wijkagent}} is, maar het leest als de cliënt. In beide gevallen weg, maar let op dat de zin dan nog loopt.
=====
Opmerking [[[p:ST]]1]: In de tabel "Betrokkenen" staan nog voornamen: [[p:Ewa]] (moeder), [[p:Kuba]] (zoon, 9), [[p:Ola]] (dochter, 6). Vervangen door rol + leeftijd.
=====
Opmerking [[[p:HJ]]1]: Geen opmerkingen over privacy. Inhoudelijk: waarom is er niet eerder een {{r:casusregisseur}} aangewezen? Dat lijkt me de eigenlijke les.
""")

# ---------------------------------------------------------------------------
# 2. Inline reviewer remarks inside the draft text, and the author's answers
# ---------------------------------------------------------------------------
add(r"""
CONCEPT casusles – "Als de post zich opstapelt"
Auteur: [[p:Naima Chaoui]], {{r:maatschappelijk werker}} SWT {{w:Transvaal}}

Mevrouw [[p:Tahiri]] [RED: naam!] is 63 en woont sinds haar scheiding alleen. Toen wij haar leerden kennen lagen er ruim 200 ongeopende brieven in de gang. [RED: mooi concreet detail, laten staan]
Haar zoon [[p:Soufiane]] [RED: weg] belde ons omdat hij zich zorgen maakte.
=====
>> opm. redactie ([[p:JV]]): in de eerste zin staat nog "dhr. [[p:Kılıç]], [[a:Wolmaransstraat 23]]". Graag vervangen door "een man van 71 uit {{w:Transvaal}}".
>> reactie auteur: aangepast, sorry, oude versie geüpload.
=====
Het gezin (vader, moeder, drie kinderen tussen 4 en 12) woont in een portiekflat in {{w:Moerwijk}}. <<opm [[p:SvD]]: prima zo, niet specifieker maken>> De vader werkt in ploegendienst bij de veiling, de moeder [[p:Ionela]] <<[[p:SvD]]: voornaam moeder staat er nog>> spreekt weinig Nederlands.
=====
(opm. [[p:Wendy]]: "de buurman, meneer [[p:Groen]]," → "de buurman") ... dat de buurman, meneer [[p:Groen]], al jaren de boodschappen deed zonder dat iemand het wist.

Verder niks, mooie les. – [[p:W.]]
=====
**REVIEW [[p:Femke Kuipers]]**
- §1 ok
- §2 naam tolk ([[p:Mebrahtu]]) eruit; "een tolk Tigrinya" is genoeg
- §3 ok
- §4 "sinds [[d:1 september]] woont hij in de {{o:maatschappelijke opvang}}" → "sinds september"
- §5 ok, sterke conclusie
=====
// reviewer: dit stuk gaat over een echte, nog lopende casus (zie dossier [[z:SWT-LK-2024-0193]]). Mag dat wel al gedeeld worden? Ik zou wachten tot de casus gesloten is.
// auteur: klopt, ik zet hem op 'wacht' tot afsluiting.
=====
Situatie
Meneer (47) [niet meer: "[[p:Jacek Mazur]], geb. [[d:11-08-1977]]" – [[p:HdJ]]] werkt al twaalf jaar in Nederland, eerst in de kassen, later in een distributiecentrum.
=====
Beste [[p:Rinaldo]], ik heb je concept met opmerkingen in de tekst teruggestuurd, alles tussen vierkante haken is van mij. Niet schrikken van de hoeveelheid, het meeste is klein.
=====
Wat werkte: één vast aanspreekpunt. Wat niet werkte: drie verschillende {{r:klantmanagers}} in een half jaar. {opm. [[p:Elif]]: hele goede les, zou ik vetgedrukt zetten}
=====
Kopje "Aanleiding": [[p:Sahra]] (32) [[[p:AK]]: → 'een jonge moeder (32)'] meldde zich bij het {{o:Servicepunt XL}} in {{w:Escamp}} omdat haar uitkering was stopgezet.
=====
TEKST: "De {{r:wijkverpleegkundige}} van {{o:Florence}}, [[p:Annelies]], merkte als eerste dat mevrouw medicijnen dubbel innam."
OPM: functie en organisatie laten staan, naam weg.
TEKST: "Na overleg met de {{r:huisarts}} (praktijk {{o:De Vaillant}}) werd een baxterrol geregeld."
OPM: ok.
TEKST: "Haar dochter [[p:Gülsen]] haalt sindsdien op vrijdag de medicijnen."
OPM: naam weg.
=====
[alinea 5, door reviewer geel gemarkeerd]
"...en zo kwamen we via zijn oude voetbaltrainer, [[p:Kees Hoek]] van VV {{w:Laakkwartier}}, toch weer in contact."
→ [[p:Kees Hoek]] is geen professional, is een buurtbewoner = persoonsgegeven, weg. "Via zijn oude voetbaltrainer" is voldoende.
=====
Reviewer [[p:Mustafa Şahin]] schreef in de kantlijn:
"Zin 3 en 4 bevatten het huisnummer (nr. 112) samen met de straat ([[a:Erasmusweg 112]]). Alleen de wijk noemen ({{w:Moerwijk}})."
=====
@[[p:Gerrit]] kun jij nog even naar de bijlage kijken? Daar staat het schema met alle gesprekken, en volgens mij staan er nog data met dag erin ([[d:do 4/4]], [[d:ma 15/4]]).
=====
@[[p:naima]] ik heb je tekst gelezen, verder prima, alleen "mevr. [[p:Azzaoui]]" op p.1 nog.
en op p.3 "haar nicht [[p:Ilham]]"
=====
[DRAFT v2 — opmerkingen redactie in hoofdletters]
Sinds de kick-off werken we in {{w:Mariahoeve}} met een vast koppel: de {{r:casemanager dementie}} en de {{r:ouderenconsulent}} gaan samen op eerste huisbezoek. (GOED)
Bij meneer [[p:De Haan]] ([[p:DE HAAN]] = ACHTERNAAM CLIËNT? DAN WEG) bleek dat hij al drie keer was gevallen.
=====
Opm. bij regel 22: "...zoals afgesproken in het MDO van [[d:woensdag 6 maart]]" — dag weglaten.
Opm. bij regel 31: "kamer 2.14 van het wijkcentrum" mag blijven, zegt niets over de cliënt.
Opm. bij regel 40: ok.
=====
In deze les beschrijven we hoe we een jongvolwassene met schulden (22) hebben geholpen. [Tip [[p:MK]]: begin met de les, niet met de casus. Lezers willen eerst weten wat ze eraan hebben.]
=====
Concept met inline-opmerkingen van [[p:Ton Maas]] ({{r:teamleider}} {{o:SWT Segbroek}}):

"Mevrouw [[p:Kromosoeto]] heeft drie jaar lang zonder verwarming gezeten."
  [[[p:TM]]] Naam weg. Drie jaar? Klopt dat? Dan is dit ook een les voor de corporatie.
"Zij durfde het niet te melden bij {{o:Haag Wonen}} uit angst voor de huurachterstand."
  [[[p:TM]]] Goed.
"Pas toen haar kleinzoon [[p:Dylan]] het aan de juf vertelde, kwam het aan het licht."
  [[[p:TM]]] Naam kleinzoon weg.
=====
▸ [[p:Ilse Koning]] – 14:02
   "de heer [[p:Koning]]"? Is dat toeval of familie van mij haha. Nee serieus, naam cliënt staat er nog in.
▸ [[p:Rachid Aït Hssain]] – 14:09
   Toeval :) Haal ik weg.
=====
REVIEWER: Ik zie in alinea 6 "cliënt (zie [[z:CL-2024-0311]])". Dat is ons interne cliëntnummer. Kan weg.
AUTEUR: Oeps. Weg.
=====
Kantlijn: "{{w:Bouwlust}}" en "{{w:Vrederust}}" mogen allebei blijven, is context. Alleen de straatnaam met huisnummer ([[a:Dedemsvaartweg 57-C]]) moet eruit.
=====
-- begin opmerkingen [[p:Lina Sabbagh]] --
p1: ok
p2: "mevrouw (41) en haar man [[p:Khaled]]" → man niet bij naam
p3: "toeslagen-affaire": schrijf je als toeslagenaffaire
p3: het bedrag (€ 23.400) mag blijven, is geen persoonsgegeven
p4: ok
-- einde --
=====
[RED] Onderaan de les staat "Contact voor vragen: [[p:Orlando Fraenkel]], [[t:06 18 27 44 90]], [[e:o.fraenkel@swtdenhaag.nl]]". Voor vragen verwijzen we op het platform naar de auteur via het platform zelf, dus dit blok mag weg.
[AUTEUR] Prima, maar mag mijn naam dan wel als auteur blijven staan?
[RED] Ja, in het auteursveld. Niet in de tekst.
=====
opm [[p:hk]]: goed stuk!! 1 ding: "de dochter van 14" + "de enige Eritrese familie in de flat" = herkenbaar. Kies één van de twee.
=====
Reactie auteur [[p:Soraya Dwarka]] op de opmerkingen van [[p:Bram]]:
1. Naam schoonmoeder: weggehaald.
2. Adres: stond er al niet meer in, je keek naar v1.
3. "eind mei, [[d:27 mei]]": is nu "eind mei".
4. Ik ben het niet eens met het weghalen van {{w:Scheveningen}}. Het gaat juist om de vissersgemeenschap daar.
""")

# ---------------------------------------------------------------------------
# 3. Tracked-change summaries, version histories, diffs
# ---------------------------------------------------------------------------
add(r"""
Wijzigingen bijgehouden – concept "Samen naar de schuldeiser"
Verwijderd: [[p:Ivanova]]
Ingevoegd: cliënte
Verwijderd: , [[a:Vaalrivierstraat 61]]
Verwijderd: [[p:Radka]]
Ingevoegd: zij
Opgemaakt: Lettertype: 11 pt
=====
[[p:Ruth Tewelde]] Verwijderd: [[d:18-03-2024]]
[[p:Ruth Tewelde]] Ingevoegd: maart 2024
[[p:Ruth Tewelde]] Verwijderd: haar neef [[p:Filmon]]
[[p:Ruth Tewelde]] Ingevoegd: een familielid
=====
Deleted: Mrs [[p:Nowak]]
Inserted: the client
Deleted: [[pc:2522 CT]]
Formatted: Heading 2
=====
--- v3 (auteur)
+++ v4 (na review)
@@ alinea 2 @@
- Meneer [[p:Yusuf]] ([[p:Abdullahi]]) kwam in 2021 naar Nederland en woont in {{w:Laak}}.
+ Meneer (38) kwam in 2021 naar Nederland en woont in {{w:Laak}}.
@@ alinea 5 @@
- Zijn {{r:mentor}} van {{o:Vluchtelingenwerk}}, [[p:Ans de Lange]], regelde de inschrijving.
+ Zijn {{r:mentor}} van {{o:Vluchtelingenwerk}} regelde de inschrijving.
=====
Versiegeschiedenis
v1  [[d:02-04-2024]]  [[p:Nour Darwish]]     eerste concept
v2  [[d:09-04-2024]]  [[p:Nour Darwish]]     verwerkt: opm. redactie
v3  [[d:11-04-2024]]  [[p:Paul Verhoef]]     anonimisering (namen, 2 data)
v4  [[d:15-04-2024]]  [[p:Nour Darwish]]     lesdeel herschreven
=====
Samenvatting wijzigingen (automatisch): 14 invoegingen, 9 verwijderingen, 3 opmerkingen, 1 verplaatsing. Geen wijzigingen in de kopjes.
=====
Gewijzigd door [[p:ewa krawczyk]] op [[d:vr 12 apr]] 16:40:
  "mw. [[p:Doğan]] uit {{w:Rustenburg}}" → "een vrouw uit {{w:Rustenburg}}"
  "[[t:06-23 98 11 07]]" → (verwijderd)
=====
Wijziging 1 van 6 — Verwijderd — [[p:Hakan Koç]]: "geboren op [[d:4 juli 1961]] in Kayseri"
Wijziging 2 van 6 — Ingevoegd — [[p:Hakan Koç]]: "van begin zestig"
Wijziging 3 van 6 — Verwijderd — [[p:Hakan Koç]]: "[[a:Lozerlaan 451]]"
Wijziging 4 van 6 — Opmerking — [[p:Hakan Koç]]: "mag {{w:Bouwlust}} blijven?"
Wijziging 5 van 6 — Opmerking — [[p:Jolanda Vermeulen]]: "ja"
Wijziging 6 van 6 — Opgemaakt — [[p:Jolanda Vermeulen]]: alinea-afstand
=====
Overzicht track changes (door [[p:F. Ouahabi]], {{r:kwaliteitsmedewerker}}):
• naam cliënt 7x vervangen door "meneer"
• naam dochter 2x vervangen door "zijn dochter"
• 1x huisnummer verwijderd
• bedrag huurachterstand (€ 4.310) laten staan
• jaartal 2022 laten staan
=====
~~Mevrouw [[p:Jadnanansing]] (72)~~ **Een vrouw van 72** woont alleen in {{w:Morgenstond}}.
~~Haar zoon [[p:Vishaal]] woont in Almere~~ **Haar zoon woont buiten de regio**.
=====
Verwijderd: Op [[d:maandag 8 januari]] belde de {{r:wijkagent}}
Ingevoegd: Begin januari belde de {{r:wijkagent}}
Verwijderd: hr. [[p:Tjoa]]
=====
Changes accepted by [[p:Dewi Soerjadi]] — 23 of 23.
Comments resolved: 5.
Document ready for second review.
=====
Verplaatst (van): "De {{r:woonconsultant}} van {{o:Staedion}} kwam mee."
Verplaatst (naar): "De {{r:woonconsultant}} van {{o:Staedion}} kwam mee."
Verwijderd: "Dat was [[p:Marloes]], die de familie al jaren kent."
=====
Regel 8  WAS: ...bij het gezin [[p:Asante]] thuis, drie hoog aan de [[a:Fahrenheitstraat 376]]...
Regel 8  WORDT: ...bij het gezin thuis, op drie hoog zonder lift...
Regel 15 WAS: ...[[p:Kofi]] (vader) en [[p:Abena]] (moeder)...
Regel 15 WORDT: ...de vader en de moeder...
=====
Track changes niet geaccepteerd in de geüploade versie! Als ik de definitieve weergave uitzet zie ik nog steeds "[[p:Agnieszka]]" en "[[p:Nowak]]" staan, plus het mobiele nummer [[t:+48 512 339 806]]. Graag alle wijzigingen accepteren en dan opnieuw uploaden. – [[p:R.]]
=====
Wijzigingen in v2 t.o.v. v1:
1) titel aangepast
2) inleiding ingekort (was 340 woorden, nu 190)
3) kopje "Wat kan beter" toegevoegd
4) bronnen aangevuld ({{o:Movisie}} 2020; {{o:NJi}} 2021)
Geen wijzigingen in de anonimisering, die was in v1 al goedgekeurd.
=====
- "Schoonzus [[p:Mariam Sultani]] tolkt meestal."
+ "Een schoonzus tolkt meestal."
- "Ze hebben een afspraak bij de {{o:IND}} op [[d:22-05]]."
+ "Ze hebben binnenkort een afspraak bij de {{o:IND}}."
- "V-nummer [[z:V-2209-831-44]] staat op de brief."
+ (geschrapt)
=====
Revisie-overzicht (platform)
[[d:2024-06-03]] 10:12  upload concept  – [[p:soufiane lamrani]]
[[d:2024-06-03]] 10:13  automatische scan: 6 mogelijke persoonsgegevens
[[d:2024-06-04]] 09:40  review gestart – [[p:Hans de Jong]]
[[d:2024-06-04]] 10:05  4 opmerkingen geplaatst – [[p:Hans de Jong]]
[[d:2024-06-06]] 15:22  nieuwe versie – [[p:soufiane lamrani]]
=====
Verwijderd: Ik heb [[p:Natasja]] en haar moeder [[p:Gloria Vanenburg]] gesproken op het kantoor van {{o:Stichting Boog}}.
Ingevoegd: Ik heb cliënte en haar moeder gesproken op het kantoor van {{o:Stichting Boog}}.
=====
Opm. bij de bijgehouden wijzigingen: de vervanging "mw. [[p:Bos]]" → "mw. X" is op één plek niet goed gegaan, daar staat nu "mw. [[p:XBos]]". Graag nog even nalopen (alinea 3).
=====
auteur: [[p:Gülsen Kılıç]]
wijziging door: [[p:Gülsen Kılıç]]
"Op {{w:Zuiderpark}} hebben we..." → "In het {{w:Zuiderpark}} hebben we..." (alleen taal)
=====
Verwijderd: [[i:NL69 SNSB 0264 5646 70]] (rekening van cliënt, stond in de bijlage bij het budgetplan)
Verwijderd: [[b:5908.56.625]]
Ingevoegd: [rekeningnummer en BSN verwijderd]
=====
Afgewezen wijziging van [[p:Marco Post]]: hij had "{{o:Veilig Thuis}}" vervangen door "[organisatie]". Organisaties blijven staan, dus deze wijziging is teruggedraaid. – [[p:Karin Boer]], {{r:redacteur}}
""")

# ---------------------------------------------------------------------------
# 4. Review checklists (filled in, tables, tick boxes)
# ---------------------------------------------------------------------------
add(r"""
CHECKLIST ANONIMISERING CASUSLES
[x] geen namen van cliënten of familieleden
[x] geen namen van professionals (alleen functie)
[x] geen adressen / postcodes
[x] geen BSN, rekeningnummers, telefoonnummers, e-mail
[x] geen data met dag (alleen maand/jaar)
[x] wijk en organisatie mogen blijven
[x] toestemmingsverklaring aanwezig
Conclusie: akkoord voor publicatie.
=====
Checklist review – les "Eenzaamheid achter de voordeur" ({{w:Bezuidenhout}})
| Punt                         | OK? | Toelichting                                  |
|------------------------------|-----|----------------------------------------------|
| Namen verwijderd             | nee | "[[p:Tehupeiory]]" staat nog in §3           |
| Adressen verwijderd          | ja  |                                              |
| Data zonder dag              | nee | "[[d:7 oktober]]" in tijdlijn                |
| Contactgegevens verwijderd   | ja  |                                              |
| Toestemming aanwezig         | ja  | TV getekend, zie dossier                     |
| Les is herkenbaar geformuleerd | ja | duidelijke "wat werkte / wat niet"         |
Reviewer: [[p:Ingrid Kok]]
=====
Review-checklist (kort)
1. Persoonsgegevens?        Nee
2. Herleidbaar via context? Nee
3. Toestemming?             Ja
4. Lesdeel aanwezig?        Ja
5. Thema gekoppeld?         Ja – bemoeizorg
Akkoord.
=====
Checklist ✓/✗
✓ naam cliënt
✗ naam partner → "[[p:Serkan]]" staat nog in de tweede alinea
✓ adres
✗ telefoonnummer → [[t:0641092275]] in de voetnoot
✓ geboortedatum
✓ BSN
✓ toestemming
=====
Vierogencheck uitgevoerd door [[p:A. Brouwer]] en [[p:L. Mulder]].
Alle 12 punten van de checklist afgevinkt. Geen bijzonderheden.
=====
Punt 7 van de checklist ("Zijn bijzondere persoonsgegevens zoals gezondheid, religie of strafrechtelijke gegevens zo algemeen mogelijk beschreven?") vind ik lastig bij deze les. De diagnose (schizofrenie) is de kern van de les. Ik heb hem laten staan omdat verder niets herleidbaar is. Graag een tweede mening van de {{r:privacyfunctionaris}}.
=====
CHECKLIST                                   | JA | NEE | N.V.T.
Namen (cliënt, gezin, netwerk)              |    |  X  |
Namen professionals                         |    |  X  |
Adres, postcode, woonplaats < 10.000 inw.   |    |  X  |
Geboortedatum / andere data met dag         |    |  X  |
Identificerende nummers (BSN, dossier, IBAN)|    |  X  |
Foto's / scans                              |    |     |   X
Bijlagen gecontroleerd                      | X  |     |
Toelichting: geen.
=====
Checklist ingevuld door auteur ([[p:Hafsa El Khattabi]]):
- namen: alles vervangen ✔
- adres: ✔
- data: ✔ (alleen "voorjaar 2023")
- toestemming: ja, getekend [[d:4-3-2024]], zie TV-nummer [[z:TV-0331]]
Checklist controle reviewer ([[p:Suzanne Bos]]):
- namen: ✗ ("[[p:Hafsa]]" staat in de ondertekening, maar dat ben jij zelf 🙂 – mag in het auteursveld, niet in de tekst)
- rest: ✔
=====
□ Namen    ■ Adressen    □ Telefoon    □ E-mail    □ BSN    □ Data
(■ = nog aanwezig)
Adres gevonden in bijlage 2: "[[a:Goudenregenstraat 19]], [[pc:2565ER]] Den Haag"
=====
Toets privacy & kwaliteit – versie 3
A. Privacy
 A1 Namen ............................ in orde
 A2 Contactgegevens .................. in orde
 A3 Nummers .......................... NIET in orde: [[z:2024/SWT/0877]] (regel 4)
 A4 Data ............................. in orde
B. Kwaliteit
 B1 Duidelijke leervraag ............. in orde
 B2 Thema ............................ ouderen
 B3 Lengte (max 1200 woorden) ........ 1.140 – in orde
=====
Checklist gebruikt: versie 2.1 (vastgesteld in de stuurgroep, voorjaar 2024). Nieuw t.o.v. 2.0: punt 9 "kenmerken die samen herleidbaar zijn (bijv. beroep + wijk + leeftijd)".
=====
Kwaliteitscheck {{r:facilitator}} ([[p:Jeroen Wolters]], {{o:CAOP}}):
- past bij thema 'huiselijk geweld': ja
- bruikbaar voor andere teams: ja, vooral het veiligheidsplan
- lengte: prima
- privacy: zie opmerkingen [[p:JW]]1 t/m [[p:JW]]3 in het document
=====
controlelijst – ingevuld
naam cl.: weg
naam kind: weg
naam ex: NOG NIET ([[p:Dritan]])
school: "basisschool De Regenboog" → te specifiek? (alleen één zo'n school in {{w:Wateringse Veld}})
BSN: n.v.t.
datum: weg
=====
Checklist bijlagen:
bijlage 1 (ecogram) – namen in de rondjes! oma [[p:Tjon]], [[p:Priscilla]], [[p:Marvin]], [[p:Joël]]
bijlage 2 (tijdlijn) – ok
bijlage 3 (budgetoverzicht) – rekeningnummer [[i:NL92RABO1691699254]] zichtbaar
=====
Review afgerond. 0 van 10 punten open. Gepubliceerd onder thema "jeugd".
=====
Checklist "Mag dit gedeeld worden?" – ingevuld met de {{r:casusregisseur}}
Is de cliënt op de hoogte?               ja (gesprek [[d:9 januari]])
Is er schriftelijke toestemming?         ja
Kan de cliënt zich herkennen?            ja, maar vindt dat niet erg
Kunnen anderen de cliënt herkennen?      nee
=====
Reviewer 1 ([[p:W. Hoek]]): checklist ok, 1 opmerking (zie tekst)
Reviewer 2 ([[p:N. Vos]]): checklist ok, geen opmerkingen
Eindoordeel: publiceren
=====
check 3/8: datumnotaties
gevonden: "[[d:03/09]]", "[[d:di 17-9]]", "[[d:1 okt.]]"
niet gevonden / geen probleem: "sept. 2024", "Q3", "week 38", "09:30 uur"
=====
Anonimiseringscheck door platform: 0 treffers.
Handmatige check door reviewer: 0 treffers.
Opm.: "{{w:Kijkduin}}" werd door de automatische check ook niet gemarkeerd, goed zo.
=====
Checklist punt 4: "Staan er geen namen van collega's in?"
Antwoord auteur: "Alleen die van mijzelf en [[p:Kwame]] (mede-auteur)."
Antwoord reviewer: "Dan graag beide in het auteursveld zetten en uit de lopende tekst halen."
=====
CHECK ✔ namen ✔ adres ✔ tel ✔ mail ✔ nummers ✔ data ✔ TV ✔ thema ✔ lesdeel — ok — [[p:mv]]
""")

# ---------------------------------------------------------------------------
# 5. Workflow approval notes, status changes, notifications
# ---------------------------------------------------------------------------
add(r"""
Status: GOEDGEKEURD
Door: [[p:R. Pinas]] ({{r:eindredacteur}})
Op: [[d:04-06-2024]] 14:32
Toelichting: anonimisering in orde, les is helder. Publicatie gepland na de expertbijeenkomst.
=====
[[d:12 jun]] · [[p:Karin Boer]] heeft "Vroeg signaleren van schulden bij zzp'ers" goedgekeurd.
[[d:12 jun]] · [[p:Karin Boer]] heeft de les gepubliceerd onder thema Schulden.
=====
Workflowstap 2/3 – Privacytoets
Beoordelaar: mr. [[p:E. Schipper]], {{r:functionaris gegevensbescherming}}
Besluit: akkoord onder voorwaarde
Voorwaarde: de leeftijd van het kind (3) vervangen door "peuter"; in combinatie met de wijk ({{w:Scheveningen-Dorp}}) en de beschreven verhuizing is het gezin anders herkenbaar.
=====
Goedgekeurd. Mooie les. — [[p:hj]]
=====
Beste [[p:Ahmad]],

Je les "Een ingang via de moskee" is goedgekeurd door de redactie en staat vanaf maandag op het platform. Hij wordt ook gebruikt tijdens de expertbijeenkomst in april.

Met vriendelijke groet,
[[p:Tineke Baas]]
{{r:programmasecretaris}} pilot Samen werken in het sociale domein
{{o:Gemeente Den Haag}}, {{o:dienst OCW}}
Algemeen nummer: 14 070
=====
Notificatie: er staat 1 les klaar voor jouw review (deadline [[d:vrijdag 21 juni]]). Auteur: [[p:Jun Wang]] (SWT {{w:Centrum}}).
=====
STATUS  concept → in review → aangepast → in review → goedgekeurd → gepubliceerd
Laatste wijziging: [[d:2024-03-28]] door [[p:Marieke Groen]]
=====
Goedkeuringsnotitie
Les: "Wie houdt de regie als iedereen betrokken is?"
Team: SWT {{w:Loosduinen}}
Reviewers: [[p:Frank van Dam]] (inhoud), [[p:Ria Schouten]] (privacy)
Oordeel inhoud: sterk, concrete les over casusregie bij 7 betrokken partijen.
Oordeel privacy: na 2e ronde in orde. In de eerste ronde stonden er nog twee namen van buren in ("[[p:Aad]]" en "[[p:Corrie]]") en de naam van het verzorgingshuis; die zijn weg.
Besluit: publiceren.
=====
[[p:Soraya]] heeft de status gewijzigd van "In review" naar "Terug naar auteur".
Reden: zie opmerkingen.
=====
Workflow log
#1  ingediend         [[p:M. Sultani]]       [[d:01-02]] 11:04
#2  auto-scan         systeem              [[d:01-02]] 11:04   3 hits
#3  toegewezen        [[p:T. Baas]]          [[d:01-02]] 15:30   → [[p:I. Kok]]
#4  review            [[p:I. Kok]]           [[d:05-02]] 09:12   terug naar auteur
#5  herindiening      [[p:M. Sultani]]       [[d:07-02]] 16:48
#6  review            [[p:I. Kok]]           [[d:08-02]] 08:55   goedgekeurd
=====
Akkoord van mijn kant. Ik heb alleen "{{o:HMC}}" uitgeschreven tot "{{o:Haaglanden Medisch Centrum}}" zodat lezers buiten Den Haag het ook snappen.
=====
Goedkeuring teamleider vereist voor lessen over lopende casussen. Goedgekeurd door [[p:Dirk Zwart]], {{r:teamleider}} SWT {{w:Laak}}, [[d:17-10-2023]].
=====
Automatisch bericht – niet beantwoorden
Uw les is goedgekeurd en gepubliceerd. U kunt reacties volgen via 'Mijn lessen'.
Vragen? Mail naar het functioneel beheer via het contactformulier.
=====
Hoi [[p:Youssef]], ik heb je les goedgekeurd maar wel één ding zelf nog aangepast: in de laatste zin stond "bel gerust [[t:06 44 51 20 98]]" en dat is volgens mij je eigen 06? Dat heb ik vervangen door "stuur gerust een bericht via het platform". Groet, [[p:Petra]]
=====
Besluit stuurgroep [[d:15 mei]]: alle lessen die vóór de invoering van checklist 2.1 zijn goedgekeurd worden opnieuw getoetst. Dat gaat om 37 lessen. Verdeling over de reviewers volgt.
=====
Goedgekeurd met aantekening:
"De les beschrijft een man uit {{w:Scheveningen}} van 84 die visser was. Dat is niet herleidbaar op zichzelf, maar samen met 'de enige die nog zijn eigen kotter heeft' wel. Auteur heeft dat laatste weggehaald." – [[p:E.S.]]
=====
Gepubliceerd [[d:di 9 jul]] door [[p:Anouk Smit]]
Zichtbaar voor: alle SWT's, facilitatoren
Thema's: ouderen, eenzaamheid
=====
[workflow] herinnering: review staat 14 dagen open. Reviewer: [[p:Wim Tehupeiory]]. Auteur: [[p:Shurayla Martina]].
=====
Goedkeuring ingetrokken door [[p:Rob ten Have]] ({{r:privacyfunctionaris}}) op [[d:23-07-2024]]: cliënt heeft toestemming ingetrokken. Les offline gehaald, auteur geïnformeerd.
=====
Review door de {{r:facilitator}} van {{o:Crossover}}: past goed bij het thema bemoeizorg, ik stel voor hem te gebruiken als startcasus in de workshop van [[d:18 april]]. Privacytoets was al gedaan door het team zelf.
=====
Akkoord 👍
=====
Van: [[p:Paweł Kowalczyk]] <[[e:p.kowalczyk@swt-escamp.nl]]>
Aan: redactie casuslessen
Onderwerp: RE: goedkeuring les 'Arbeidsmigranten en de huisbaas'

Dank voor de snelle goedkeuring! Mag ik hem ook delen met de collega's van {{o:Fairwork}}? Zij hebben meegedacht.

> Van: redactie casuslessen
> Verzonden: [[d:dinsdag 14 mei 2024]] 17:02
> Je les is goedgekeurd.
=====
Stap 3 – eindredactie: OK ([[p:ks]])
Stap 4 – publicatie: gepland [[d:1-7]]
=====
Goedkeuring: ja. Let wel: de les bevat een citaat van de cliënt ("Ik dacht dat niemand meer om me gaf"). Citaten mogen, zolang ze geen naam of plaats bevatten. Dit citaat is in orde.
=====
Statuswijziging door [[p:Mei Lin Chen]]: "Wacht op toestemming" → "In review". Toestemmingsverklaring is op [[d:20 augustus]] getekend en door [[p:Mei Lin]] in het dossier gezet.
""")

# ---------------------------------------------------------------------------
# 6. Rejections that quote the offending passage
# ---------------------------------------------------------------------------
add(r"""
AFGEWEZEN – reden: persoonsgegevens in de tekst.
Citaat (alinea 2): "Mevrouw [[p:Ouahabi]] woont met haar drie kinderen op de [[a:Van der Vennestraat 45-B]] en is bereikbaar op [[t:06-12 87 64 09]]."
Graag naam, adres en telefoonnummer verwijderen en opnieuw indienen.
=====
Afgewezen door [[p:Jolanda Vermeulen]] op [[d:3 oktober 2024]].
Reden: "[[p:Priscilla Kromosoeto]] (34), geboren in Paramaribo, sinds 2009 in {{w:Transvaal}}" – volledige naam in de eerste zin. Leeftijd, geboorteland en wijk mogen blijven.
=====
Reden afwijzing: in de bijlage "budgetplan.pdf" staan het BSN ([[b:921473862]]) en het rekeningnummer ([[i:NL15INGB4204173556]]) van de cliënt. Bijlagen worden niet automatisch gescand, dus deze moet je zelf controleren.
=====
Helaas kan ik deze les nog niet goedkeuren. Op p. 3 staat:

   "Op [[d:woensdag 20 maart]] kwam [[p:Abdi]] samen met zijn {{r:jobcoach}} van {{o:Werkgeversservicepunt Haaglanden}} naar het {{o:wijkcentrum De Henri}}."

Daar staan een voornaam en een volledige datum in. Ik stel voor: "In maart kwam hij samen met zijn {{r:jobcoach}} naar het wijkcentrum." Wijkcentrum mag blijven.

Groet, [[p:Marieke]]
=====
Terug naar auteur. De passage "haar ex, [[p:Dennis de Vos]], heeft een contactverbod" maakt niet alleen de cliënt maar ook de dader herkenbaar. Beide weg.
=====
AFWIJZING
Les: "Leren van een huisuitzetting"
Gevonden persoonsgegevens:
 - "familie [[p:Van der Meer]]" (4x)
 - "[[a:Parallelweg 14-A]]"
 - "[[pc:2525 HK]]"
 - "deurwaarder [[p:Bongers]]"
 - "vonnis van [[d:28-02-2023]], zaaknummer [[z:C/09/641872]]"
Advies: gebruik "het gezin", "de woning in {{w:Schilderswijk}}", "de deurwaarder", "begin 2023", geen zaaknummer.
=====
Afgewezen. "mw [[p:nur]] (tel [[t:0687712390]])" in de samenvatting bovenaan.
=====
Ik moet deze versie helaas weer afkeuren. Je hebt de naam in de tekst vervangen, maar in de titel staat nog "Het verhaal van [[p:Fadumo]]". Titels worden ook in de zoekresultaten getoond.
=====
Reden van afwijzing (privacy):
> "De {{r:schuldhulpverlener}} van de {{o:Kredietbank}}, dhr. [[p:Van Dam]], vond dat..."
Namen van professionals: functie wel, naam niet.
> "...met een schuld van € 18.240 bij in totaal 11 schuldeisers..."
Dit mag blijven.
=====
Afgewezen: e-mailcorrespondentie als bijlage meegestuurd, met daarin o.a. [[e:zahra.hosseini1988@gmail.com]] en de handtekening van de {{r:huisarts}} ([[p:F.J. Meijering]], [[t:070 - 388 21 09]]).
=====
"Haar dochter, [[p:Jenny]], belde in paniek: 'Mama ligt op de grond en doet niet open.' Wij hebben toen met de {{r:wijkagent}} de deur laten openen op de [[a:Weimarstraat 212]]."
^ dit citaat is de reden dat de les is teruggestuurd. Het verhaal is sterk, maar dochter en adres moeten weg.
=====
Afwijzing ([[d:ma 2 sep]]) – inhoudelijk, niet privacy: de les bevat geen "les". Het is een casusbeschrijving zonder reflectie. Graag het kopje "Wat leren we hiervan?" uitwerken.
=====
REJECTED – personal data found:
"client Mr [[p:Georgi Stoyanov]], DOB [[d:02/11/1969]], [[a:Neptunusstraat 8]], {{w:Scheveningen}}"
Please anonymise and resubmit (Dutch version preferred).
=====
Ik heb de les afgewezen omdat in de casusbeschrijving een combinatie staat die herleidbaar is: "de enige Chinese familie in het portiek op de [[a:Troelstrakade 250]]". Zelfs zonder naam is dit te specifiek.
=====
teruggestuurd: zie regel 17 "BSN cliënt: [[b:625 471 611]]" 😬
=====
Afgekeurd wegens ontbrekende toestemming én persoonsgegevens:
1. Er is geen toestemmingsverklaring geüpload.
2. In de tekst: "[[p:Rudi Siahaya]] en zijn vrouw [[p:Ingrid]], beiden in de zeventig, uit {{w:Bohemen}}".
3. In de tekst: "contactpersoon zoon: [[t:+31 6 2089 4417]]".
=====
Niet goedgekeurd. Passage: ‘…waarna mw. [[p:Azzaoui]] op [[d:16-4]] werd opgenomen in {{o:PsyQ}}…’ – naam én datum. Opname in de GGZ is bovendien een bijzonder persoonsgegeven; beschrijf het zo algemeen mogelijk ("werd opgenomen").
=====
Afwijzing 2e ronde. Vorige keer gemeld: "[[p:Lamrani]]" in alinea 1. Nu staat er "[[p:L.]]" Dat is nog steeds herleidbaar binnen het team en ook daarbuiten als je weet om wie het gaat. Gebruik "meneer" of "de cliënt".
=====
Reden: in de tabel "Tijdlijn" staan per regel de volledige data:
[[d:09-01-2024]] | eerste contact
[[d:16-01-2024]] | huisbezoek
[[d:02-02-2024]] | MDO
[[d:27-02-2024]] | afsluiting
Vervang door week- of maandaanduiding.
=====
Afwijzen? Ik twijfel. De tekst noemt "het buurthuis aan de Mient". Geen huisnummer, dus strikt genomen geen adres, en het buurthuis is een openbare plek. Ik zou het laten staan. Iemand een tweede mening?
=====
Beste [[p:Vishaal]], je les is teruggezet naar concept. In het stuk over de dagbesteding staat: "hij gaat 3 dagen per week naar {{o:Middin}} op de [[a:Nieuwendamlaan 144]], begeleider [[p:Anita]]". Organisatie mag, adres en naam begeleider niet. Verder echt een goede les!
=====
Auto-afwijzing door platform: upload bevat 1 document met wachtwoordbeveiliging. Upload een versie zonder wachtwoord.
=====
Afgewezen – citaat uit de les:
"Hij zei: 'Ik ben [[p:Hamid]], ik woon hier al 30 jaar en niemand heeft ooit aangebeld.'"
Het citaat is mooi, maar de naam in het citaat moet eruit: "Ik woon hier al 30 jaar..."
=====
afgewezen wegens ‘[[p:chen]] [[p:xiaoyan]], [[pc:2516ad]]’ in de eerste regel (kopieerfout uit het registratiesysteem denk ik)
=====
Niet akkoord, privacy. Zie:
   p.1 r.3   "[[p:Ricardo Wijngaarde]]"
   p.1 r.9   "[[p:Wijngaarde]]"
   p.2 r.1   "[[p:Ricardo]]"
   p.2 r.14  "[[e:ricwijngaarde@hotmail.com]]"
   p.3 r.6   "[[p:R.W.]]"
""")

# ---------------------------------------------------------------------------
# 7. Comment threads, author replies, mails about a review
# ---------------------------------------------------------------------------
add(r"""
Hoi [[p:Marieke]],

Dank voor je opmerkingen. Ik heb alles verwerkt behalve punt 3: ik vind dat "{{w:Duindorp}}" moet blijven staan, want de les gaat juist over hoe hecht die wijk is en hoe lastig het is om daar als hulpverlener binnen te komen. Zonder de wijk is de les veel minder waard. De cliënt is niet herkenbaar: er wonen daar ruim 5000 mensen.

Groet,
[[p:Bram de Vos]]
{{r:welzijnscoach}} {{o:Welzijn Scheveningen}}
=====
> Opmerking [[[p:IK]]2]: naam buurvrouw weghalen
Gedaan. Ik heb er "een buurvrouw die al 40 jaar naast haar woont" van gemaakt. Is dat niet te herkenbaar?
> Nee, dat is prima. – [[p:Ingrid]]
=====
Reactie van auteur ([[p:Loubna Tahiri]]):
Ik begrijp de opmerking over de datum, maar de datum zelf ([[d:1 april]]) is relevant: dat was de dag waarop de nieuwe regels voor de kostendelersnorm ingingen. Kan ik dan "[[d:1 april]] (ingang nieuwe regeling)" laten staan? Het is geen datum die iets over de cliënt zegt.

Reactie reviewer:
Goed punt. Laat staan maar zonder de koppeling aan het huisbezoek.
=====
Draad bij opmerking 4:
[[p:Cem Yurt]]: Waarom moet "{{o:Kessler Stichting}}" eruit? Dat is toch een organisatie?
[[p:Anouk Smit]]: Klopt, mag blijven. Ik had de opmerking per ongeluk bij de verkeerde zin gezet, het ging om "zijn begeleider [[p:Theo]]".
[[p:Cem Yurt]]: Ah, duidelijk. [[p:Theo]] is weg.
=====
RE: RE: je casusles

Hai [[p:Natasja]],
Ja, die zin mag er helemaal uit. Ik zie trouwens dat je in de bijlage nog de oude versie hebt zitten (met het adres op de [[a:Thomsonlaan 81]]). Kun je die ook vervangen?
[[p:Wendy]]

> Hoi [[p:Wendy]], bedoel je de hele zin over de oom?
> [[p:Natasja Tjon-A-Fat]]
=====
Antwoord auteur op alle opmerkingen in één keer:
1 ok
2 ok
3 niet mee eens, zie mijn reactie in de kantlijn
4 ok
5 ok, dat was een typfout (2021 moet 2022 zijn)
6 ok
=====
[[p:Jacek]] ([[d:10-09]] 08:31): Ik heb de opmerking "naam {{r:jobcoach}} weg" verwerkt, maar volgens mij stond er helemaal geen naam? Er stond "de {{r:jobcoach}}, die zelf ook uit Polen komt".
[[p:Ellen]] ([[d:10-09]] 09:02): Je hebt gelijk, ik keek naar een oudere versie. Sorry!
=====
Beste redactie,

Mijn les is nu voor de derde keer teruggestuurd. Ik heb het gevoel dat elke reviewer iets anders vindt. De eerste keer moest de wijk eruit, de tweede keer mocht de wijk wel maar moest de leeftijd eruit, nu moet de leeftijd er weer in "voor de context". Kunnen we hier één lijn in trekken?

Met vriendelijke groet,
[[p:Hakan Koç]]
{{r:maatschappelijk werker}} SWT {{w:Bouwlust/Vrederust}}
[[t:06 30 12 88 47]]
=====
Reactie redactie op de mail van [[p:Hakan]]:
Terechte klacht. We hebben afgesproken dat vanaf nu één reviewer de hele ronde doet, en dat de checklist 2.1 leidend is. Wijk en leeftijd mogen in principe blijven. – [[p:Tineke]] (namens de redactie)
=====
Je schrijft in je reactie "ik heb alle namen vervangen door X". Maar nu staat er "X belde X en X ging naar X". Dat leest niet. Gebruik liever rollen: de moeder, de zoon, de {{r:woonconsultant}}.
=====
Reply [[p:Zeynep Öztürk]] → [[p:Hanneke van Leeuwen]]:
"Je vroeg of de {{r:POH-GGZ}} al eerder betrokken was. Ja, sinds begin 2023. Ik zet het erbij."
=====
Hoi!
Snelle vraag over jouw opmerking: "[[p:Storm]]" is de achternaam van de cliënt ja, maar op die plek in de tekst ("na de storm van februari") bedoel ik echt het weer. 🙃 Dus die mag blijven denk ik?
=====
Antwoord van de reviewer op de vraag hierboven: Ah, dan heb ik me vergist. In die zin betekent storm gewoon storm, laat staan. Op de andere plek ("meneer [[p:Storm]] wilde niet") moet de naam wel weg.
=====
[[p:Mohamed]] schreef: "Zit er een limiet aan hoeveel details ik over de schulden kan geven? Het totaal (€ 34.000), het aantal schuldeisers (17) en de soort schulden (zorgverzekering, {{o:CJIB}}, {{o:Belastingdienst}}, telefoon)."
Antwoord: Nee, dat is allemaal prima. Bedragen en soorten schuldeisers zijn niet herleidbaar. Alleen geen dossiernummers van schuldeisers.
=====
Naar aanleiding van de review heb ik de casus herschreven vanuit het perspectief van het team. Daardoor staan er nu geen namen meer in, ook niet van collega's. De les is er volgens mij sterker van geworden. Dank!
=====
Van: [[p:Shanti Baldew]]
Datum: [[d:wo 5 jun. 2024]] 11:18
Onderwerp: opmerkingen verwerkt

Alle 8 opmerkingen verwerkt. Bij opm. 6 heb ik de naam van de {{r:wijkverpleegkundige}} vervangen door "de {{r:wijkverpleegkundige}} van {{o:Zorggroep Florence}}". Hoop dat het zo goed is.

[[p:Shanti]]
=====
reactie op opm [[p:RK]]2: 'kleinzoon' is beter dan 'kleinkind' want het gaat om het feit dat het een jongen is (dienstplicht-discussie in Syrië). Laat ik zo.
=====
Ik wil even reageren op de vraag of de beschrijving van de woning (“portiekwoning, 2 hoog, met de balkondeur die niet sluit”) te herkenbaar is. Volgens mij niet; er zijn in {{w:Spoorwijk}} honderden van zulke woningen. Verder heb ik de opmerking over [[p:Anton]] verwerkt.
=====
Thread “Les over mantelzorg – v2”
• [[p:Elif Arslan]]: klaar voor review
• [[p:Gerrit Dekker]]: top, ga ik morgen doen
• [[p:Gerrit Dekker]]: gedaan, 3 opmerkingen
• [[p:Elif Arslan]]: verwerkt, 1 vraag bij opm 2
• [[p:Gerrit Dekker]]: beantwoord, goedgekeurd
=====
Antwoord aan reviewer:
Bedankt. Over de naam van de {{r:bewindvoerder}}: die staat ook op de openbare lijst van bewindvoerders. Maakt dat uit?
Reactie:
Nee. Ook al is de naam elders openbaar, in combinatie met deze casus wordt de cliënt herleidbaar. Dus toch weglaten.
=====
ja prima zo, dank je [[p:Sylvia]]!
=====
Hallo [[p:Kofi Asante]],
Heel erg bedankt voor je uitgebreide review. Je tweede opmerking snap ik niet helemaal: je schrijft "zie bijlage 2, tweede tabel, kolom C" maar mijn document heeft maar één bijlage. Bedoel je misschien de tabel met de budgetcijfers? Daar staat alleen inkomen en uitgaven in, geen namen.
Groet, [[p:Nathaly Leito]], SWT {{w:Rustenburg-Oostbroek}}
""")

# ---------------------------------------------------------------------------
# 8. Consent records (toestemmingsverklaring) described in text
# ---------------------------------------------------------------------------
add(r"""
Toestemming: toestemmingsverklaring getekend op [[d:12-03-2024]].
Reikwijdte: delen binnen het SWT en gebruik als geanonimiseerde casusles op het platform.
Vastgelegd door: [[p:Fatima Ouahabi]], {{r:casusregisseur}}.
Geldig tot: einde traject.
=====
Toestemmingsverklaring
Datum ondertekening: [[d:3 april 2024]]
Ondertekend door: cliënt (naam in dossier)
Scope: ☑ binnen team  ☑ met huisarts  ☐ met werkgever  ☑ casusles (geanonimiseerd)
Geregistreerd door: [[p:J. Kaplan]] ({{r:Wmo-adviseur}})
Kenmerk: [[z:TV-2024-0117]]
=====
Cliënt heeft op [[d:woensdag 17 januari]] mondeling toestemming gegeven voor het gebruik van haar situatie als casusles. Schriftelijke verklaring volgt bij het volgende huisbezoek. – [[p:MvdB]]
=====
TV getekend d.d. [[d:28/02/2024]] door mevr. [[p:Dwarka]] (tolk aanwezig: nee, cliënt spreekt Nederlands). Scope: alleen intern + casusles. Niet: delen met {{o:UWV}}. Vastgelegd door [[p:Sharmila Ramdas]].
=====
Toestemming ingetrokken.
Op [[d:2 juli 2024]] heeft de cliënt telefonisch laten weten dat zij niet langer wil dat haar situatie als casusles wordt gebruikt. De les is op dezelfde dag offline gehaald. Vastgelegd door de {{r:casusregisseur}} ([[p:R. Martina]]).
=====
toestemmingsverklaring: ja (zie scan in dossier [[z:SWT-ESC-2024-0391]]), getekend [[d:5-2]], reikwijdte standaard + casusles, geregistreerd door [[p:koen]]
=====
Registratie toestemming
- Soort: toestemmingsverklaring SWT (model 2023)
- Ondertekend: ja
- Datum: [[d:19 september 2023]]
- Tolk: ja, Tigrinya, via {{o:Global Talk}}
- Reikwijdte: gegevensuitwisseling binnen het team; met {{o:Vluchtelingenwerk}}; geanonimiseerde casusles
- Vastgelegd door: {{r:maatschappelijk werker}} ([[p:Saba Ghebremariam]])
- Opmerking: cliënt wilde expliciet dat zijn herkomst wel genoemd mag worden.
=====
Toestemmingsverklaring getekend door [[p:Yordanos Berhane]] op [[d:8-5-2024]]. Let op: dit is een kopie uit het registratiesysteem; in de casusles zelf mag deze naam natuurlijk niet.
=====
Consent record
Signed: [[d:14 Feb 2024]]
Scope: team-internal sharing; anonymised case lesson
Recorded by: [[p:Lisa Vink]] (SWT {{w:Centrum}})
Interpreter: Polish (by phone)
=====
Voor deze les is toestemming gegeven door beide ouders. Moeder tekende op [[d:10 oktober]], vader op [[d:24 oktober]] (hij was in het buitenland). Vastgelegd door de {{r:jeugdconsulent}} van het {{o:CJG}} en overgenomen in het SWT-dossier.
=====
Toestemming (vrije tekst):
"Ik, [[p:Rasha Kabbani]], geef toestemming dat het wijkteam mijn verhaal zonder mijn naam gebruikt om andere hulpverleners te leren. [[p:Rasha K.]], {{w:Den Haag}}, [[d:11-06-2024]]"
Overgenomen door [[p:Nour]] ({{r:welzijnscoach}}).
=====
Toestemmingsverklaring – status: NIET AANWEZIG.
Auteur geeft aan dat cliënt mondeling akkoord was in het gesprek van vorige maand. Volgens het protocol is dat niet voldoende voor publicatie buiten het team. Les blijft in concept tot de verklaring er is.
=====
TOESTEMMING
datum: [[d:22-11-2023]]
door: wettelijk vertegenwoordiger ({{r:curator}}, {{o:Bureau Bewindvoering Zuid-Holland}})
namens: cliënt
reikwijdte: casusles geanonimiseerd, geen foto's, geen citaten
vastgelegd: [[p:H. de Jong]], {{r:teamleider}}
=====
In het dossier van [[p:Emre Kaplan]] ([[z:2023-SWT-1187]]) zit een toestemmingsverklaring van [[d:3 maart 2023]]. Die dekt alleen gegevensuitwisseling met de {{r:huisarts}} en {{o:Parnassia}}, niet het gebruik als casusles. Nieuwe verklaring nodig.
=====
Toestemming gecheckt door reviewer: ✔ aanwezig, ✔ getekend, ✔ scope omvat casusles, ✔ niet ingetrokken. Datum verklaring: [[d:7 mei]].
=====
Toestemmingsverklaring gedateerd [[d:31-01-2024]]. Getekend door cliënte en haar dochter (mantelzorger, met volmacht). Vastgelegd door {{r:ouderenconsulent}} [[p:Ellen Schipper]] in het registratiesysteem onder kenmerk [[z:TV-MH-0042]]. Reikwijdte: intern + {{o:Respect Zorggroep}} + casusles.
=====
notitie toestemming: cl. tekent niet, wil wel meewerken aan de les als zijn naam en die van zijn vrouw [[p:Mariya]] niet worden genoemd. Kan dat? → navraag bij {{r:privacyfunctionaris}}. ([[p:nk]], [[d:13/3]])
=====
Antwoord {{r:privacyfunctionaris}}: nee, zonder ondertekende verklaring geen publicatie, ook niet als de les volledig geanonimiseerd is. Wel mag de casus intern (binnen het team) besproken worden zoals altijd. – [[p:Rob ten Have]]
=====
Toestemmingsregistratie (export)
cliëntnr | datum TV   | scope            | vastgelegd door
[[z:48213]]    | [[d:2024-02-09]] | intern+les       | [[p:A. Yilmaz]]
[[z:48377]]    | [[d:2024-02-21]] | intern           | [[p:A. Yilmaz]]
[[z:48402]]    | [[d:2024-03-04]] | intern+les       | [[p:S. Ramdas]]
[[z:48519]]    | -          | geen             | -
=====
Toestemmingsverklaring aanwezig, getekend bij de intake (voorjaar 2024). Scope omvat casuslessen. Geen bijzonderheden.
=====
De {{r:casusregisseur}} legt in het eerste gesprek uit hoe het team werkt en laat de toestemmingsverklaring tekenen. Voor casuslessen is sinds 2024 een apart vinkje toegevoegd. Deze les valt onder een verklaring met dat vinkje aangezet.
=====
Toestemming: verklaring getekend op [[d:di 14 mei]] in bijzijn van haar zoon [[p:Mustafa]], die ook voor haar tolkte. Geregistreerd door [[p:Büşra Doğan]]. Omdat de zoon tolkte, is in het dossier genoteerd dat een onafhankelijke tolk de inhoud later nog heeft herhaald ([[d:21 mei]], via {{o:Tolkcentrum}}).
=====
Toestemming klopt niet: de verklaring is getekend op [[d:14-08-2024]], maar de les is al ingediend op [[d:06-08-2024]]. Graag een korte toelichting van de auteur.
=====
Toelichting auteur: de cliënt had vóór [[d:6 augustus]] mondeling toestemming gegeven, in bijzijn van collega [[p:Kees Visser]]. De schriftelijke verklaring is later gekomen omdat cliënt op vakantie was. Ik had dat erbij moeten zetten.
=====
Toestemmingsverklaring – samenvatting voor de reviewer
Wie: cliënt (man, 52)
Wanneer: [[d:9 april 2024]]
Waar: {{o:Servicepunt XL}} {{w:Moerwijk}}, spreekkamer 3
Wat: delen binnen team, met {{o:Schuldhulpverlening Den Haag}} en als casusles
Door wie vastgelegd: [[p:Ton Maas]]
Bijzonderheden: cliënt las de verklaring zelf, geen tolk nodig.
=====
TV [[d:11/12/23]] – getekend – mw. [[p:Ivanova]] zelf – scope std – vastgelegd [[p:GK]]
=====
Consent opnieuw gevraagd na 2 jaar (beleid: verklaring maximaal 24 maanden geldig). Nieuwe verklaring getekend op [[d:1 februari 2025]], vastgelegd door de {{r:MEE-consulent}} ([[p:Ilham Ziani]]). Oude verklaring ([[d:20-01-2023]]) gearchiveerd.
=====
Toestemming is gegeven door de cliënt zelf. Zij had geen bewindvoerder of curator. Het formulier is in eenvoudige taal (B1) uitgelegd met pictogrammen. Datum en naam van de medewerker staan in het dossier.
""")

# ---------------------------------------------------------------------------
# 9. Longer documents: drafts with comments, review meetings, peer reactions
# ---------------------------------------------------------------------------
add(r"""
CONCEPT – Casusles "Twee jaar wachten op een rolstoel" (v2, met opmerkingen)
Auteur: [[p:Giovanni Winklaar]], {{r:Wmo-adviseur}} SWT {{w:Escamp}}
Reviewer: [[p:Annelies Brouwer]]

1. Aanleiding
Meneer [[p:Pieternella]][[[p:AB]]1] (59) kreeg in 2022 een beenamputatie na complicaties door diabetes. Hij woont alleen op drie hoog in {{w:Moerwijk}}. De aanvraag voor een rolstoel en een andere woning liep via het {{o:Wmo-loket}}.

2. Verloop
Na de eerste aanvraag op [[d:7 juni 2022]][[[p:AB]]2] duurde het vijf maanden voor er een indicatiegesprek kwam. Zijn zus [[p:Melany]][[[p:AB]]3] deed in die tijd de boodschappen. In maart 2023 werd een urgentieverklaring afgegeven, pas in juni 2024 kon hij verhuizen naar een gelijkvloerse woning.

3. Wat leren we?
Eén casusregisseur die bij alle partijen (Wmo, corporatie, zorgverzekeraar) aan tafel zit, had maanden kunnen schelen.

---
Opmerking [[[p:AB]]1]: naam → "meneer"
Opmerking [[[p:AB]]2]: datum → "in juni 2022"
Opmerking [[[p:AB]]3]: naam zus weg
Opmerking [[[p:GW]]4]: Alle drie verwerkt in v3. Dank, [[p:Annelies]]!
=====
Verslag redactieoverleg casuslessen – [[d:donderdag 11 april]]
Aanwezig: [[p:Tineke Baas]] (vz), [[p:Karin Boer]], [[p:Jeroen Wolters]] ({{o:CAOP}}), [[p:Rob ten Have]] ({{r:privacyfunctionaris}}), [[p:Ingrid Kok]]
Afwezig: [[p:Frank van Dam]]

1. Stand van zaken: 23 lessen ingediend, 14 gepubliceerd, 6 in review, 3 afgewezen.
2. Veelvoorkomende fouten bij anonimisering: namen in titels, namen in bijlagen, data in tijdlijnen, handtekeningblokken met 06-nummers.
3. Discussie over wijknamen: blijven staan, tenzij de wijk heel klein is en er andere kenmerken bij komen. Voorbeeld besproken: de les over de vissersfamilie uit {{w:Duindorp}}.
4. Afgewezen les over "mevrouw [[p:T.]]": auteur heeft nu een goede nieuwe versie. [[p:Ingrid]] reviewt.
5. Rondvraag: [[p:Jeroen]] vraagt of de lessen ook gebruikt mogen worden in het eindrapport van de pilot. Ja, zonder verdere aanpassing.
Volgende keer: [[d:25 april]], 13:00, kamer 4.02.
=====
Reactie onder gepubliceerde les (verwijderd door moderator):
"Volgens mij gaat dit over [[p:Mevlüt]] uit de [[a:Soesterbergstraat 31]], die ken ik van de moskee. Goed dat er eindelijk iets gebeurt!"
Moderatienotitie: reactie verwijderd wegens naam en adres; melding gedaan bij de redactie omdat de les blijkbaar toch herkenbaar is. Les tijdelijk offline. – [[p:Anouk]]
=====
Review-ronde 1 – [[p:Hanneke van Leeuwen]] – les "Wie betaalt de begrafenis?"

Algemeen: heel relevante les, veel teams lopen hier tegenaan. Ik heb vooral opmerkingen over herleidbaarheid, want een overlijden is in een kleine straat snel bekend.

Specifiek:
- "overleed op [[d:3 januari]] in het {{o:Hospice Rozenheuvel}}": datum weg, hospice mag blijven als er meer dan één per maand overlijdt (dat is zo).
- "Zijn broer [[p:Hassan Mohamud]], die in Londen woont": naam weg, "een broer in het buitenland" is genoeg.
- "De kosten (€ 6.850) werden uiteindelijk betaald door de gemeente": prima.
- "Imam [[p:Abdelkader]] van de moskee aan de Hoefkade": naam weg, de moskee zelf vind ik twijfelachtig (er zijn er meerdere).
- Laatste alinea: sterk.

Akkoord na verwerking van bovenstaande.
=====
Tweede review, zelfde les. [[p:Hanneke]]:
alles verwerkt, behalve dat in de bijlage nog de rouwkaart zit als scan (met naam en geboortedatum, [[d:17-06-1951]]). Die moet eruit. Daarna akkoord.
=====
Peer feedback op gepubliceerde les (zichtbaar voor alle teams):

[[p:Sahra Ismail]] (SWT {{w:Laak}}): Herkenbaar! Wij hadden precies zo'n situatie. Wat wij deden was de {{r:budgetcoach}} al bij het eerste gesprek meenemen.
[[p:Marciano Pengel]] (SWT {{w:Schilderswijk}}): Mooie les. Vraag aan de auteur: hoe kreeg je de {{o:Belastingdienst}} zo snel aan tafel?
Auteur: Via het {{o:Landelijk Contactpunt Hersteloperatie}}, daar is een vast aanspreekpunt voor gemeenten.
=====
LES (concept) – met opmerkingen in rood weergegeven als [R: ...]

Titel: Signalen van uitbuiting bij arbeidsmigranten

Context: In {{w:Laak}} wonen veel arbeidsmigranten uit Midden- en Oost-Europa, vaak met meerdere mensen in één woning. [R: goed, algemeen genoeg]

Casus: Een Bulgaarse man van 44, [[p:Nikolay]] [R: naam weg], kwam bij het {{o:Servicepunt XL}} met een hand in het verband. Hij had zijn werkgever (uitzendbureau [[p:Kolev]] [R: is dit de naam van een persoon of een bedrijf? [[p:Kolev]] is ook een achternaam. In beide gevallen weg]) gevraagd om een arts, maar hij kreeg te horen dat hij dan ontslagen zou worden. Hij woonde met 11 anderen in een huis aan de [[a:Slicherstraat 9]] [R: adres weg].

Aanpak: Via {{o:Fairwork}} en de {{o:Arbeidsinspectie}} werd een melding gedaan. De man kreeg tijdelijk onderdak via {{o:Barka}}. [R: ok]

Les: Vraag bij verwondingen altijd door naar woon- en werkomstandigheden. [R: sterk, zou dit bovenaan zetten]
=====
Feedbackformulier reviewer
Naam reviewer: [[p:Khalid Benali]]
Team: SWT {{w:Haagse Hout}}
Les: "Mantelzorg op afstand"
Privacy in orde?  ☐ ja  ☒ nee
Zo nee, wat moet er aangepast?  De e-mail van de dochter staat in de tekst: [[e:lau.koeiman@outlook.com]]. Ook haar woonplaats (Zoetermeer) is niet nodig.
Inhoud bruikbaar?  ☒ ja  ☐ nee
Overige opmerkingen:  Het stuk over de {{o:Mantelzorgmakelaar}} is heel nuttig.
Datum: [[d:19-3-2024]]
=====
Van de reviewer aan de auteur, ter leering voor iedereen (gedeeld met toestemming van de auteur):

Je les was goed geanonimiseerd, op één ding na dat ik vaak zie: de combinatie van kenmerken. Los van elkaar zijn "Surinaamse vrouw", "82 jaar", "weduwe van een bekende muzikant" en "{{w:Transvaal}}" niet herleidbaar. Samen wel: iedereen in de wijk weet dan om wie het gaat. Kies de kenmerken die voor de les nodig zijn (hier: leeftijd en alleenstaand) en laat de rest weg.
=====
RE: Afwijzing les "Wonen boven de winkel"

Beste [[p:Joost]],

Je vraagt waarom de les is afgewezen terwijl je alle namen hebt weggehaald. Het gaat om deze zin in alinea 3:

"De familie woont boven de Turkse bakkerij op de hoek van de Vaillantlaan, naast de apotheek."

Er is maar één Turkse bakkerij naast een apotheek op die hoek. Daarmee is de familie voor iedereen in de wijk herkenbaar. Maak er "boven een winkel in de {{w:Schilderswijk}}" van en het is in orde.

Groet,
[[p:Karin Boer]]
{{r:eindredacteur}} casuslessen
=====
Review door [[p:Ewa Krawczyk]]:
Opm 1 (titel): "Mama [[p:Joy]] en de zeven kinderen" → bijnaam is ook een naam, graag weg.
Opm 2: leeftijden van de kinderen mogen blijven.
Opm 3: de school staat er met naam in, die is weg te laten.
Opm 4: "{{o:Stichting Nidos}}" mag blijven.
=====
Verslag intervisie reviewers ([[d:24 mei 2024]])
We hebben 5 lastige gevallen besproken.
a) Bijnamen ("[[p:Kapitein]]", "Ome [[p:Piet]]") → persoonsgegeven, want herleidbaar in de wijk.
b) Beroepen ("de enige tandarts in de straat") → meestal weglaten.
c) Ziekenhuizen en instellingen → blijven staan.
d) Data van feestdagen ("met Suikerfeest", "met Kerst") → geen probleem.
e) Dossiernummers in voetnoten → altijd weg.
=====
Opmerkingen bij de Engelstalige samenvatting van de les (voor de internationale uitwisseling met Gent):
- "Mrs [[p:Smit]]" → "the client"
- "her son [[p:Bas]] (12)" → "her son (12)"
- "{{w:Mariahoeve}}, The Hague" → fine
- "{{o:social neighbourhood care team}}" → fine
=====
Bericht aan alle auteurs (van de redactie)

Vanaf deze maand scant het platform ingediende lessen automatisch op persoonsgegevens voordat een reviewer ze ziet. Dat ontslaat je niet van je eigen controle: de scan mist soms iets (bijvoorbeeld een naam die ook een gewoon woord is) en markeert soms te veel (bijvoorbeeld een straatnaam zonder huisnummer). Kijk dus altijd zelf nog even na, vooral in bijlagen, titels en tabellen.

Vragen? Stel ze in het redactiekanaal of bel het algemene nummer van het programmabureau, 070 353 00 00.
=====
Overdracht review (ik ga met verlof):
- les [[p:Ramdin]]/schulden: ronde 2, wacht op auteur
- les {{w:Ypenburg}}/jongeren: nog niet begonnen
- les "Bemoeizorg bij verzamelwoede": goedgekeurd, nog publiceren
Overnemen graag door [[p:Suzanne]]. Mijn opmerkingen staan in de documenten, initialen [[p:LV]].
=====
Opmerkingen van de cliënt zelf bij de conceptles (de les is met haar besproken, op haar verzoek):
"Ik vind het goed zo. Alleen wil ik niet dat er staat dat ik uit Somalië kom, want dan weten ze in de flat meteen dat ik het ben. En de naam van mijn dochter [[p:Ifrah]] staat er nog in bij het stuk over school."
Vastgelegd door [[p:Fadumo]]'s {{r:casusregisseur}}, [[p:A. Yilmaz]].
=====
Reviewer's note (English-speaking reviewer from the Crossover team):
"I noticed the draft refers to the GP by name — 'dokter [[p:Bouchtaoui]]' — and also mentions the practice address ([[a:Regentesselaan 104]]). Please replace with 'the GP'. The rest reads well."
=====
Controle na publicatie (steekproef 10%): les "Terug naar school na detentie" – in orde; les "Schulden bij jonge moeders" – in orde; les "Hulp bij verhuizing" – 1 fout: in de bijschrift bij de foto staat nog "[[p:Büşra]] met haar nieuwe sleutels". Foto en bijschrift verwijderd.
=====
Notitie {{r:privacyfunctionaris}} bij de klacht van mevrouw [[p:Visser]] (ontvangen [[d:4 november]]):
Mevrouw geeft aan dat zij zichzelf herkende in een casusles, hoewel haar naam er niet in stond. In de les stonden haar leeftijd (79), de wijk ({{w:Loosduinen}}), het feit dat haar man in 2023 overleed en dat zij 'elke ochtend de duiven voert op het plein'. Les offline gehaald. Advies aan reviewers: let op gewoontes en eigenaardigheden.
""")

# ---------------------------------------------------------------------------
# 10. Short mixed remarks (look-alikes, lazy typing, numbers typed wrongly)
# ---------------------------------------------------------------------------
add(r"""
opm: regel 3 "[[p:farid rahimi]]" → "cliënt", regel 9 "[[p:zahra]]" → "zijn vrouw". verder ok. [[p:sk]]
=====
Reviewer: het rekeningnummer in de bijlage klopt niet eens ([[i:NL15INGB4204173565]]), maar het is evengoed een rekeningnummer van de cliënt en moet eruit.
=====
Let op: "art. 7.3 Wmo-verordening", "€ 1.325,40 per maand", "kamer 0.12", "14:30-15:15 uur" en "2019-2021" zijn geen persoonsgegevens en mogen blijven. De scan markeerde ze wel. Graag niet "corrigeren".
=====
Opmerking [[[p:KW]]1]: BSN in de tekst ([[b:37645793]]) — er mist een cijfer, maar het blijft een BSN. Weg.
=====
[[p:Mariam]]: ik heb je opmerkingen gezien, wordt morgen. groetjes [[p:sediqa]]
=====
Geen opmerkingen. De les is goed geanonimiseerd en geeft een helder beeld van de samenwerking tussen het SWT, de {{o:GGD}} en de {{r:wijkagent}} bij bemoeizorg. Akkoord.
=====
Dubbelcheck: het nummer 070 752 35 00 in de les is het algemene nummer van de {{o:Sociaal Raadslieden}}, dat mag blijven. Het nummer [[t:06-21 43 65 87]] daaronder is van de {{r:sociaal raadsman}} zelf en moet weg.
=====
Correspondentieadres in de les: "{{o:Gemeente Den Haag}}, Postbus 12600, 2500 DJ Den Haag" – mag blijven, is geen persoonsgegeven.
Huisadres in de les: "[[a:Sportlaan 601]], [[pc:2566 LH]]" – moet weg.
=====
Opmerking [[[p:TvdL]]1]: hier staat "zoals [[p:Pim]] al zei in het MDO". Wie is [[p:Pim]]? Graag functie.
=====
Opmerking [[[p:XL]]1]: 这里还有名字 – sorry, verkeerd toetsenbord 😅. Bedoelde: hier staat nog een naam, "[[p:Hui Min Tan]]".
=====
Verwerkt in v5: "meneer [[p:de Wit]]" (2x), "[[p:Winklaar]]" en "het gezin [[p:Koning]]" vervangen. Nog één vraag: "de Wit-Russische tolk" — dat is geen naam, toch?
Antwoord: klopt, Wit-Russisch mag blijven.
=====
toestemming: check. naam cl in bestandsnaam!! ("casusles_[[p:amatsaleh]]_v2.docx") → bestand hernoemen
=====
Review-opmerking in de PDF: "p. 4, noot 12: [[z:HK-2023-004511]] is het dossiernummer bij de {{o:Haagse Kredietbank}}, graag weg"
=====
opmerking [[p:Wouter]]: versie 3.2 is de goede, niet 3.1. in 3.2 staan geen namen meer. alleen nog checken: tabel op p.6 (lijst schuldeisers met klantnummers, bv. [[z:KL-7781290]] bij {{o:Vodafone}})
=====
Goedgekeurd, met één kanttekening over het woord "Groen" in de titel ("Groen licht voor zelfstandig wonen"). Dat is hier geen naam maar een uitdrukking, dus laten staan.
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


def digits(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
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
            if sp["label"] == "bsn" and digits(sp["text"]) not in BAD_CHECKSUM_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and digits(sp["text"]) not in BAD_CHECKSUM_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h122-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout122.jsonl")
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
    print(
        "texts",
        len(rows),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
