"""Build heldout7.jsonl: a hand-written, independently annotated held-out corpus.

Why: the personal-data finder must be judged on text it has never seen and that
was not shaped by the finder or by earlier test sets. These ~70 texts were
written by hand in many registers (reflective lessons, quick notes, app
messages, e-mail threads, meeting minutes, referral letters, intake forms,
discussion replies) and follow /work/shared/anonymisation/README.md.

Markup in the sources below:
    [[label:text]]  personal data that must be found (label in PII_LABELS)
    <<label:text>>  context that must stay readable (label in KEEP_LABELS)
The builder strips the markup, computes exact offsets and checks that every
span matches the text, that spans do not overlap, and that BSNs, IBANs and
postcodes are well formed. BSNs and IBANs are computed here so that they pass
the 11-check and the mod-97 check.

Annotation choices (where the README leaves room, the minimal reading is used):
- a title is never part of a person span (`mevrouw [[person:Yilmaz]]`);
- a possessive `s` or `'s` is not part of the name (`[[person:Ahmed]]s moeder`);
- "jl.", trailing abbreviation dots and "tel." / "BSN" cues are outside spans;
- a full weekday name directly before a date is part of the date (README example);
- a year, a month (also "maart 2024"), an age and a duration are keep spans.

Run: python tests/pilot/privacy/heldout7_corpus.py  (standard library only).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role", "city", "age", "year", "duration", "month"}
MARKUP = re.compile(r"\[\[(?P<pl>[a-z]+):(?P<pt>.+?)\]\]|<<(?P<kl>[a-z]+):(?P<kt>.+?)>>", re.S)
OUT = Path(__file__).with_name("heldout7.jsonl")


def bsn(n: int, style: str = "plain") -> str:
    """A deterministic BSN that passes the 11-check, in one of the written styles."""
    rng = random.Random(f"ho7-bsn-{n}")
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            break
    s = "".join(map(str, digits + [last]))
    if style == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "spaces":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == "4-2-3":
        return f"{s[:4]} {s[4:6]} {s[6:]}"
    return s


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(bank: str, n: int, spaced: bool = True) -> str:
    """A deterministic IBAN with valid mod-97 check digits (NL by bank code, or BE/DE)."""
    rng = random.Random(f"ho7-iban-{bank}-{n}")
    if bank == "BE":
        head = "".join(str(rng.randint(0, 9)) for _ in range(10))
        check = int(head) % 97 or 97
        country, bban = "BE", f"{head}{check:02d}"
    elif bank == "DE":
        country, bban = "DE", "".join(str(rng.randint(0, 9)) for _ in range(18))
    else:
        country = "NL"
        bban = bank + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    s = country + _iban_check(country, bban) + bban
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


# ---------------------------------------------------------------------------
# The texts. Hand-written; each entry is one lesson, note, message or thread.
# ---------------------------------------------------------------------------
TEXTS: list[str] = []

# 1. Long reflective lesson (Movisie-style), hoarding and threatened eviction.
TEXTS.append(
    """Casusles: een voordeur die weer opengaat
Team: <<org:Sociaal Wijkteam>> <<wijk:Schilderswijk>>

Aanleiding
In <<month:november 2023>> meldde <<org:Haag Wonen>> dat de buren van meneer [[person:Ramsaran]] klaagden over stank en ongedierte. Meneer is <<age:67 jaar>>, woont al <<duration:ruim twintig jaar>> op de [[address:Hoefkade 12a]] en liet niemand meer binnen. De <<role:woonconsulent>>, [[person:Ilse Bakker]], had <<duration:drie maanden>> lang brieven gestuurd zonder reactie. Een ontruiming lag op tafel.

Aanpak
We besloten niet met de brief van de corporatie aan de deur te staan. [[person:Ilse]] en onze <<role:wijkverpleegkundige>> [[person:Kavita Jagessar]] gingen op [[date:dinsdag 12 december]] samen langs, met een pan soep van de buurvrouw, mevrouw [[person:Öztürk]]. Zij bracht meneer al jaren boodschappen en was de enige die hij nog vertrouwde. Via haar kwam er een tweede afspraak, op [[date:19-12]]. Toen bleek dat [[person:Ramsaran]] sinds het overlijden van zijn vrouw [[person:Shanti]] in <<year:2019>> geen post meer opende. Er lagen aanmaningen van het <<org:CAK>> en de <<org:Belastingdienst>>.

Werkzame elementen
- Eén vast gezicht: [[person:Kavita]] kwam elke week, ook als er niets te bespreken viel.
- De buurvrouw als bondgenoot, niet als informant.
- Pas over opruimen praten toen de schulden in beeld waren; de <<role:schuldhulpverlener>> van <<org:Schuldhulpverlening>> kwam mee op [[date:9 januari 2024]].
- Kleine stappen: eerst de keuken, dan de gang.

Wat werkte niet
Het eerste gesprek met de <<role:huisarts>>, dokter [[person:Van Leeuwen]], ging over 'zorgmijding'. Meneer hoorde daarin vooral dat hij lastig was en zegde de volgende afspraak af.

Les voor andere teams
Zoek in het netwerk de persoon die nog wél binnen mag, en neem de tijd. Na <<duration:vijf maanden>> was de woning schoon genoeg voor de inspectie van <<org:Haag Wonen>> en werd de ontruiming ingetrokken (zaak [[dossier:HW-2023-00918]])."""
)

# 2. Telegraphic case notes, lower case.
TEXTS.append(
    """[[date:14/3]] mw [[person:el amrani]] gebeld, zoon [[person:karim]] neemt op. mw ligt sinds zondag in <<org:hmc westeinde>>, val in badkamer. [[person:karim]] vraagt of thuiszorg omhoog kan. doorgezet naar <<org:wmo-loket>>.
[[date:15/3]] terugbelverzoek van [[person:samira]] (dochter), [[phone:0687 441 290]]. wil zelf mantelzorg doen maar werkt fulltime.
[[date:18/3]] overleg [[person:joost]] van wijkverpleging <<org:florence>>: indicatie 3x pw persoonlijke verzorging. mw wil geen mannen over de vloer!
[[date:21/3]] huisbezoek met [[person:kavita]]. adres [[address:jacob catsstraat 77]], 2e verdieping zonder lift. traplift aanvragen via <<org:wmo>>, aanvraagnr [[dossier:WMO-24-031877]].
[[date:22/3]] [[person:karim]] boos aan de telefoon, vindt dat het te lang duurt. uitgelegd: beslistermijn is <<duration:zes weken>>.
[[date:2/4]] mw [[person:el amrani]] weer thuis. dochter [[person:samira]] regelt nu de post. volgende week evaluatie."""
)

# 3. WhatsApp group of a neighbourhood team.
TEXTS.append(
    """[[person:Sanne]] 09:12: Morgen! Wie kan vanmiddag mee naar [[person:Agnieszka]]? Ze appte om 7 uur dat de stroom eraf is 😟
[[person:Bilal]] 09:14: ik kan na 2en. welk adres ook alweer
[[person:Sanne]] 09:14: [[address:Kempstraat 118]], 3x bellen
[[person:Bilal]] 09:15: 👍 heeft ze al contact gehad met <<org:Eneco>>?
[[person:Sanne]] 09:17: nee, en ze spreekt weinig Nederlands. Haar neef [[person:Paweł]] tolkt soms: [[phone:+48 512 334 906]]
[[person:Roos]] 09:21: Ik heb via <<org:Servicepunt XL>> een aanvraag noodfonds lopen voor haar, ref [[dossier:SPXL-20931]]. Zal ik [[person:Mirjam]] van <<org:Schuldhulpverlening>> vragen of zij de regeling met <<org:Eneco>> oppakt?
[[person:Sanne]] 09:22: graag! en [[person:Roos]], jij had toch dat formulier voor de energietoeslag?
[[person:Roos]] 09:24: ligt op het bureau van [[person:Marcel Hoek]], op de hoek bij het raam 😉
[[person:Bilal]] 14:48: Bij [[person:Agnieszka]] geweest. Meter afgesloten op [[date:2 april]] wegens achterstand van € 1.430. Kinderen (<<age:6>> en <<age:9>>) slapen bij de buren. Ik heb [[person:Paweł]] gebeld en morgen om 10 uur gaan we samen naar het <<org:Wmo-loket>>.
[[person:Sanne]] 14:50: top [[person:Bilal]]!! 🙏"""
)

# 4. E-mail thread with signatures.
TEXTS.append(
    """Van: [[person:Fatma Yıldız]] <[[email:f.yildiz@ggdhaaglanden.nl]]>
Verzonden: [[date:woensdag 6 maart 2024]] 10:41
Aan: [[person:Jeroen de Wit]] <[[email:j.dewit@denhaag.nl]]>
CC: [[email:swt.laak@denhaag.nl]]
Onderwerp: RE: gezin [[person:Tesfay]] - schoolverzuim

Hoi [[person:Jeroen]],

Dank voor je snelle reactie. Ik heb [[person:Semhar]] vanochtend gesproken op het consultatiebureau. Ze vertelde dat [[person:Yonas]] (<<age:11>>) 's ochtends niet naar school gaat omdat hij 's nachts voor zijn zusje [[person:Luwam]] zorgt als moeder nachtdienst heeft. Vader, [[person:Filmon Tesfay]], is sinds <<month:januari>> in Eritrea bij familie.
Kan de <<role:leerplichtambtenaar>> nog even wachten met een proces-verbaal? Ik plan met moeder een gesprek bij het <<org:CJG>> op [[date:13 maart]], met een <<role:tolk>> Tigrinya.

Met vriendelijke groet,

[[person:Fatma Yıldız]]
<<role:Jeugdverpleegkundige>> | <<org:GGD Haaglanden>>
Werkdagen ma, di, do
T [[phone:06 1843 2270]] | E [[email:f.yildiz@ggdhaaglanden.nl]]

-----Oorspronkelijk bericht-----
Van: [[person:Jeroen de Wit]]
Verzonden: [[date:dinsdag 5 maart 2024]] 16:02
Onderwerp: gezin [[person:Tesfay]] - schoolverzuim

[[person:Fatma]], ken jij dit gezin? [[person:Yonas]] was dit schooljaar al 38 keer ongeoorloofd afwezig op zijn basisschool in <<wijk:Laak>>. Leerplicht wil een PV opmaken. Adres: [[address:Slicherstraat 41]], [[postcode:2525 ZK]] <<city:Den Haag>>. Leerlingnummer [[dossier:LL-0458821]].

Groet,
[[person:Jeroen de Wit]]
<<role:Leerplichtambtenaar>>, <<org:Gemeente Den Haag>>
[[phone:(070) 353 44 18]]"""
)

# 5. Minutes of a multidisciplinary meeting.
TEXTS.append(
    """Verslag MDO <<wijk:Moerwijk>> – casus [[dossier:2024-03317]]
Datum: [[date:18-04-2024]]
Aanwezig: [[person:Joost]] (<<role:wijkagent>>), [[person:Fatma Yıldız]] (<<org:GGD>>), [[person:Ricardo Pinas]] (<<role:casusregisseur>>, <<org:SWT>> <<wijk:Escamp>>), [[person:A. Öztürk]] (<<org:Staedion>>), [[person:Marja van der Meer]] (<<org:Parnassia>>, <<role:SPV>>), [[person:Nordin]] (<<role:jongerenwerker>>, <<org:Xtra>>)
Afwezig met bericht: <<role:huisarts>> [[person:Van Dijk]]
Notulist: [[person:Lotte]]

1. Opening en privacy
[[person:Ricardo]] opent. Alle deelnemers hebben de toestemmingsverklaring van cliënt gezien (getekend [[date:2 april]]).

2. Stand van zaken
Cliënt, meneer [[person:Mahabier]] (<<age:44>>), woont met zijn moeder op de [[address:Zuidlarenstraat 33]]. Sinds <<month:februari>> drie meldingen van burengerucht. [[person:Joost]]: geen strafbare feiten, wel veel overlast 's nachts. [[person:Marja]]: meneer is al <<duration:twee jaar>> uit zorg bij <<org:Parnassia>>, laatste contact [[date:14-01-2022]]. Moeder, mevrouw [[person:Mahabier-Soekhoe]], is <<age:78>> en mantelzorger tegen wil en dank.

3. Afspraken
- [[person:Marja]] en [[person:Ricardo]] gaan samen op huisbezoek, [[date:donderdag 25 april]].
- [[person:A. Öztürk]] zet de overlastprocedure van <<org:Staedion>> <<duration:zes weken>> in de wacht.
- [[person:Nordin]] kent de neef, [[person:Vishal]], en vraagt hem mee te denken.
- Volgend MDO: [[date:23 mei]], 14.00 uur, <<org:wijkcentrum Moerwijk>>."""
)

# 6. Referral letter to mental health care.
TEXTS.append(
    f"""<<org:Sociaal Wijkteam Segbroek>>

Aan: <<org:Parnassia>>, afdeling Aanmelding
Betreft: verwijzing mevrouw [[person:R. Mahabier-Soekhoe]]
Geboortedatum: [[date:03-09-1955]]
BSN: [[bsn:{bsn(1, "dots")}]]

<<city:Den Haag>>, [[date:27 mei 2024]]

Geachte collega,

Hierbij melden wij mevrouw [[person:Mahabier-Soekhoe]] aan voor een diagnostisch gesprek. Mevrouw woont op [[address:Zuidlarenstraat 33]], [[postcode:2544 VG]] <<city:Den Haag>>, samen met haar zoon. Sinds het voorjaar slaapt zij slecht, eet zij weinig en zegt zij tegen de <<role:praktijkondersteuner GGZ>> dat 'het niet meer hoeft'. De <<role:huisarts>>, dhr. [[person:P.J. van Dijk]], ondersteunt deze aanmelding (zie bijlage).

Mevrouw spreekt Sarnami en Nederlands. Haar dochter, [[person:Anjali]], is haar contactpersoon: [[phone:06-21 90 47 73]].

Wij vragen u contact op te nemen met ondergetekende.

Met vriendelijke groet,

[[person:Hanneke Verhoeven]]
<<role:Maatschappelijk werker>>, <<org:Sociaal Wijkteam Segbroek>>
[[phone:070 - 752 80 00]]
[[email:hanneke.verhoeven@swtdenhaag.nl]]"""
)

# 7. Intake form with fields.
TEXTS.append(
    f"""INTAKEFORMULIER <<org:Sociaal Wijkteam>> <<wijk:Transvaal>>
Datum intake: [[date:08-01-2025]]
Intaker: [[person:Bas Koster]] (<<role:welzijnscoach>>)

Naam: [[person:Ouwehand]], [[person:Gerrit]]
Geb.datum: [[date:17-11-1958]]
BSN: [[bsn:{bsn(2, "spaces")}]]
Adres: [[address:Paul Krugerlaan 204-B]]
Postcode/plaats: [[postcode:2571HV]] <<city:Den Haag>>
Telefoon: [[phone:070-3889412]] / mobiel [[phone:06 47 11 82 05]]
E-mail: [[email:g.ouwehand58@ziggo.nl]]
Burgerlijke staat: gescheiden
Kinderen: 2, [[person:Dennis]] (<<age:34>>) en [[person:Kim]] (<<age:31>>), weinig contact
Inkomen: WIA-uitkering <<org:UWV>>, uitkeringsnummer [[dossier:UWV-7734-2219-01]]
Rekeningnummer: [[iban:{iban("INGB", 1)}]]
Huisarts: [[person:M. Storm]], <<org:Gezondheidscentrum Transvaal>>

Hulpvraag (in eigen woorden): "Ik wil van die schulden af en weer normaal slapen."
Bijzonderheden: meneer is <<duration:acht maanden>> geleden ontslagen bij een schoonmaakbedrijf en drinkt naar eigen zeggen "wat meer dan vroeger". Verwijzing naar <<org:Brijder>> besproken, nog geen toestemming.
Toestemming gegevensdeling getekend: ja, [[date:8 januari 2025]]"""
)

# 8. Discussion thread on the platform, replies between colleagues.
TEXTS.append(
    """Re: Wat doen jullie als een cliënt niet opendoet?

[[person:Khadija Azzouzi]] · <<role:maatschappelijk werker>> · <<wijk:Spoorwijk>>
Herkenbaar! Bij ons loopt het meestal via de buren. Bij mevrouw [[person:Chen]] ([[address:Rijswijkseweg 412]]) was het uiteindelijk haar kleindochter [[person:Mei]] die ons binnenliet; die kwam elke woensdag na school langs. In <<month:mei>> zagen we mevrouw voor het eerst zelf.

↳ [[person:Thijs Groen]] · <<role:casusregisseur>> · <<wijk:Bouwlust>>
@[[person:Khadija]] mooi voorbeeld. Ik zou wel oppassen met kinderen als ingang; [[person:Mei]] was toch pas <<age:12>>? Wij stemmen in zo'n geval eerst met <<org:Veilig Thuis>> af wat wel en niet kan.

↳ [[person:Khadija Azzouzi]]
@[[person:Thijs]] klopt, we hebben het met haar moeder, [[person:Lin Xiaoyan]], besproken en de <<role:jeugdverpleegkundige>> was erbij.

↳ [[person:Anouk Winter]] · <<role:preventiemedewerker>> · <<org:Indigo>>
In de winter zien wij dit veel vaker: mensen die de deur dichthouden omdat ze de verwarming niet durven aan te zetten. Bij een cliënt in <<wijk:Rustenburg-Oostbroek>> hielp het dat [[person:Groen]] (de vorige <<role:casusregisseur>> daar, niet [[person:Thijs]] 😄) gewoon een briefje met haar eigen foto door de bus deed."""
)

# 9. Lesson that is mostly context: many organisations, neighbourhoods and roles.
TEXTS.append(
    """Les: samen optrekken in <<wijk:Zuidwest>>, wat we leerden in <<year:2023>>

In <<wijk:Bouwlust>>, <<wijk:Vrederust>>, <<wijk:Moerwijk>> en <<wijk:Morgenstond>> werken de sociale wijkteams al <<duration:vier jaar>> met een vaste tafel op dinsdag. Daaraan zitten de <<role:wijkagent>>, de <<role:wijkverpleegkundige>> van <<org:Florence>>, een <<role:jongerenwerker>> van <<org:Xtra>>, de <<role:woonconsulent>> van <<org:Vestia>> en sinds kort een <<role:ervaringsdeskundige>> van <<org:Stichting MOOI>>.

Wat werkte:
- één gezamenlijk aanmeldpunt bij <<org:Servicepunt XL>>, zodat bewoners niet langs vijf loketten hoeven;
- korte lijnen met de <<org:Voedselbank>>, het <<org:Leger des Heils>> en de <<org:Kessler Stichting>> als iemand dakloos dreigt te raken;
- <<org:MEE>> die meedenkt bij licht verstandelijke beperking, en <<org:Brijder>> en <<org:Indigo>> die op afroep aanschuiven.

Wat werkte niet:
- afspraken met <<org:Parnassia>> liepen vast op wachtlijsten van <<duration:vier tot zes maanden>>;
- het <<org:Juliana Kinderziekenhuis>> en het <<org:CJG>> wisten niet van elkaars betrokkenheid bij hetzelfde gezin.

Voor <<wijk:Escamp>> en <<wijk:Loosduinen>> raden we aan eerst de <<role:huisartsen>> en <<role:praktijkondersteuners>> aan tafel te krijgen. Vragen? Bel de <<role:wijkcoördinator>>, [[person:Fleur Brouwer]], via [[phone:06-38 02 55 17]]."""
)

# 10. Letter from a budget administrator with creditors and bank accounts.
TEXTS.append(
    f"""<<org:Bewindvoering Haaglanden>>
Aan: <<org:Schuldhulpverlening>> <<city:Den Haag>>, t.a.v. mevr. drs. [[person:E. Visser]]
Ons kenmerk: [[dossier:BW/2024/1187]]
Datum: [[date:4 juni 2024]]

Betreft: [[person:Tomasz Nowak]] en [[person:Joanna Nowak-Zielińska]], [[address:Loosduinseweg 590]], [[postcode:2571 BG]] <<city:Den Haag>>

Geachte mevrouw [[person:Visser]],

Zoals telefonisch besproken stuur ik u het overzicht van de schulden van de heer en mevrouw [[person:Nowak]]. Het leefgeld wordt wekelijks overgemaakt naar [[iban:{iban("RABO", 2)}]] (op naam van [[person:Joanna]]). De vaste lasten gaan via de beheerrekening [[iban:{iban("ABNA", 3, spaced=False)}]].

Schuldeisers:
1. <<org:Staedion>>, huurachterstand € 3.118,40, over te maken op [[iban:{iban("INGB", 4)}]]
2. <<org:Zilveren Kruis>>, premieachterstand € 1.262,00
3. <<org:CJIB>>, twee boetes, samen € 418,00
4. particuliere lening van de zwager, de heer [[person:Krzysztof Wiśniewski]], € 2.000,00, rekening [[iban:{iban("DE", 1)}]]

Meneer [[person:Nowak]] werkt via een uitzendbureau in <<city:Westland>>; het inkomen wisselt per week. Mevrouw is bereikbaar op [[phone:+31 6 4392 1187]].

Met vriendelijke groet,
mr. [[person:B.H.M. Sterk]]
<<role:bewindvoerder>>"""
)

# 11. Phone note of a neighbour's signal.
TEXTS.append(
    """Telefoonnotitie [[date:maandag 10 februari]], 11.20 uur
Beller: buurvrouw, wil anoniem blijven (nummer bekend bij receptie)
Over: meneer [[person:Kok]], [[address:Van der Vennestraat 33 hs]]

Buurvrouw maakt zich zorgen: meneer [[person:Kok]] is sinds de kerst niet meer buiten geweest, de brievenbus puilt uit en ze hoort hem 's nachts roepen. Hij was vroeger kok op een schip en vertelde altijd verhalen; nu doet hij de deur niet meer open. Zijn zoon [[person:Wim]] woont in <<city:Zoetermeer>>, maar zij heeft geen nummer. Ze denkt dat meneer ergens in de <<age:80>> is.

Actie: [[person:Dewi]] belt nog vandaag de <<role:huisarts>> en gaat met de <<role:wijkverpleegkundige>> langs. Terugkoppeling naar de buurvrouw alleen met toestemming van meneer."""
)

# 12. Lesson about a young Antillean man in Duindorp.
TEXTS.append(
    """Casusles: 'Ze zien alleen mijn dossier'

[[person:Jurmaine]] is <<age:19>> als hij bij ons komt. Hij woont bij zijn tante, mevrouw [[person:Martina]], in <<wijk:Duindorp>>, sinds zijn moeder in <<year:2021>> terugging naar Curaçao. Hij heeft een strafblad (twee winkeldiefstallen), geen startkwalificatie en een schuld bij <<org:DUO>>.

[[person:Jurmaine]]s eerste zin tegen onze <<role:jongerenwerker>> [[person:Gregory Rosaria]] was: 'Ze zien alleen mijn dossier.' Bij de <<org:reclassering>> had hij in <<duration:een jaar>> vier verschillende begeleiders gehad.

Wat we anders deden: [[person:Gregory]] sprak met hem Papiamentu, ging mee naar het <<org:UWV>> en liet [[person:Jurmaine]] zelf het woord doen. Tante [[person:Yanitza]] werd pas na <<duration:twee maanden>> betrokken, op zijn verzoek.

Resultaat: sinds <<month:september>> volgt hij een BBL-opleiding bij het <<org:ROC Mondriaan>> en loopt hij stage bij een garage in <<wijk:Scheveningen>>. De DUO-schuld staat op een laag maandbedrag.

Les: één vaste, herkenbare begeleider die de taal spreekt is meer waard dan drie gespecialiseerde."""
)

# 13. Report to Veilig Thuis (structured e-mail).
TEXTS.append(
    """Aan: <<org:Veilig Thuis Haaglanden>>
Van: [[person:Ayşe Kaya]], <<role:gezinscoach>> <<org:CJG>> <<wijk:Laak>>
Onderwerp: melding – gezin [[person:Demir]], bij ons bekend onder [[dossier:CJG-2024-1093]]

Gegevens betrokkenen
Moeder: [[person:Hatice Demir]], geb. [[date:22-06-1990]]
Vader: [[person:Emre Demir]], geb. [[date:1-2-1987]]
Kinderen: [[person:Zeynep]] (<<age:7>>), [[person:Burak]] (<<age:4>>) en [[person:Elif]] (<<age:10 maanden>>)
Adres: [[address:Neherkade 2114]], [[postcode:2521 VX]] <<city:Den Haag>>
Telefoon moeder: [[phone:06 24 55 90 13]]

Aanleiding
Op [[date:vrijdag 11 oktober]] kwam moeder op het consultatiebureau met een blauwe plek bij het oog. Ze zei 'tegen de kast gelopen'. [[person:Zeynep]] vertelde de <<role:leerkracht>> op [[date:14-10]] dat papa 'heel hard schreeuwt' en dat ze dan met [[person:Burak]] onder het bed gaat liggen.

Wat is al gedaan
Gesprek met moeder op [[date:15 oktober]] (met <<role:tolk>> Turks). Moeder wil hulp maar is bang dat de kinderen worden weggehaald. Zij heeft een zus, [[person:Fatma]], in <<city:Rijswijk>> bij wie ze terecht kan.

Contact melder: [[phone:070 - 205 11 88]] of [[email:a.kaya@cjgdenhaag.nl]]"""
)

# 14. Discussion thread: a Cape Verdean family and housing.
TEXTS.append(
    """Re: Overbewoning: wanneer bel je de corporatie?

[[person:Nelson Tavares]] (<<role:woonconsulent>>, <<org:Haag Wonen>>)
Graag vroeg. Ik had vorig jaar een gezin in <<wijk:Transvaal>>: moeder, drie volwassen kinderen en de familie van de broer, met z'n negenen in een driekamerwoning. We hoorden het pas toen [[person:Ivanilda]] – de oudste dochter – op [[date:3 mrt]] bij het loket stond met een brief van de deurwaarder.

[[person:Sara de Jong]] (<<role:sociaal raadslid>>)
@[[person:Nelson]] en toen? Want jullie moeten ook handhaven.

[[person:Nelson Tavares]]
We hebben eerst het gesprek gevoerd, niet de brief gestuurd. De broer, [[person:Aristides Monteiro]], kon via een kennis in <<city:Rotterdam>> terecht; daar woont een grote Kaapverdische gemeenschap. Het gezin kreeg <<duration:een half jaar>> de tijd.

[[person:Iris]] (<<org:SWT>> <<wijk:Centrum>>)
Jong gezin, oude woning, geen plek: klinkt als de helft van onze caseload 🙈. [[person:Nelson]], mag ik jouw aanpak delen met [[person:Bouzid]] van ons team?"""
)

# 15. Registration form for a labour migrant, other field layout.
TEXTS.append(
    f"""AANMELDING ARBEIDSMIGRANT – <<org:Expat & Migrant Desk>> / <<org:SWT>> <<wijk:Laak>>
---------------------------------------------
achternaam ............ [[person:Petrova]]
voornaam(en) .......... [[person:Desislava Ivanova]]
geboren ............... [[date:1994-07-30]], <<city:Plovdiv>>
BSN ................... [[bsn:{bsn(3)}]]
woonadres ............. [[address:2e Schuytstraat 5]] (kamer 3), [[postcode:2517XB]]
mobiel ................ [[phone:+359 88 712 4410]] / NL: [[phone:0031 6 28 43 90 17]]
e-mail ................ [[email:desi.petrova94@abv.bg]]
werkgever ............. uitzendbureau, locatie <<city:Westland>>
bank .................. [[iban:{iban("BE", 1)}]]
meegekomen ............ partner [[person:Georgi Dimitrov]] ([[date:12-12-1991]]), dochter [[person:Radka]] (<<age:5>>)
---------------------------------------------
Reden aanmelding: ontslagen op [[date:26/8]], huisvesting zat bij het werk. Moet de kamer binnen <<duration:twee weken>> verlaten. [[person:Radka]] staat nog niet ingeschreven op school.
Ingevuld door: [[person:B. Yordanov]], <<role:tolk>> Bulgaars
Registratienummer: [[dossier:EMD-24-5521]]"""
)

# 16. WhatsApp between a client and her support worker.
TEXTS.append(
    """[[person:Hodan]]: salaam [[person:Marieke]] ik heb brief van gemeente ik snap niet
[[person:Hodan]]: [foto]
[[person:Marieke]] (<<role:ambulant begeleider>>): Hoi [[person:Hodan]]! Dit is de beschikking voor de bijzondere bijstand, die is goedgekeurd 👍 Het geld komt over <<duration:twee weken>> op je rekening.
[[person:Hodan]]: echt??? Dank je wel allah zegen jou
[[person:Hodan]]: en die andere brief van de school van [[person:Faisal]]?
[[person:Marieke]] (<<role:ambulant begeleider>>): Die lees ik morgen met je door. Kom je om 10 uur naar <<org:wijkcentrum De Mussen>>? Of zal ik bij jou thuis komen, [[address:Wouwermanstraat 8]]?
[[person:Hodan]]: thuis is beter, [[person:Ubah]] is ziek
[[person:Hodan]]: mijn nummer is nieuw he [[phone:06 19 27 44 68]]
[[person:Marieke]] (<<role:ambulant begeleider>>): Opgeslagen. Tot morgen! Beterschap voor [[person:Ubah]] 🌷"""
)

# 17. Reflective lesson: a Somali mother in Mariahoeve.
TEXTS.append(
    """Werkzame elementen bij een moeder die 'nee' zegt tegen alles

Aanleiding
Mevrouw [[person:Warsame]] (<<age:38>>) woont met vijf kinderen in <<wijk:Mariahoeve>>. De school van de tweede zoon, [[person:Hamza]], meldde herhaaldelijk dat hij hongerig en moe in de klas zat. Eerdere hulpverleners van het <<org:CJG>> en van <<org:Jeugdbescherming West>> kwamen er niet binnen: mevrouw zei nee tegen elk aanbod.

Aanpak
Onze <<role:interculturele mediator>>, [[person:Sahra Osman]], kende mevrouw uit de moskee. Zij stelde voor om niet met 'hulp' te beginnen, maar met een vraag: wat heeft ú nodig? Het antwoord was verrassend concreet: een wasmachine, want de oude was kapot sinds <<month:augustus>>.

Via <<org:Stichting Urgente Noden>> was er binnen <<duration:tien dagen>> een wasmachine. Daarna kwam het gesprek over geld, over de vader (die in <<city:Londen>> woont) en over [[person:Hamza]], die zich verantwoordelijk voelde voor zijn broertjes.

Wat werkte niet
Het huisbezoek van [[date:29 oktober]], samen met de <<role:leerplichtambtenaar>>. Mevrouw voelde zich overvallen en annuleerde de afspraken van de weken daarna.

Les
Begin met wat de ander zelf vraagt, ook als dat klein lijkt. [[person:Sahra]]: 'Een wasmachine is geen bijzaak als je vijf kinderen hebt.'"""
)

# 18. Minutes of a case discussion with several short cases.
TEXTS.append(
    """Casuïstiekoverleg <<org:SWT>> <<wijk:Bezuidenhout>>, [[date:donderdag 7 november]]
Aanwezig: [[person:Gerda]], [[person:Mo]], [[person:Ans de Vos]], [[person:Jeroen]], [[person:Priya]] (stagiaire)
Voorzitter: [[person:Ans de Vos]]

Casus 1 – [[dossier:#48812]] (mw [[person:Koster]], <<age:91>>)
[[person:Gerda]]: mevrouw valt vaak, dochter wil opname, mevrouw zelf niet. De <<role:specialist ouderengeneeskunde>> komt [[date:12/11]]. Afspraak: [[person:Gerda]] blijft casusregie houden.

Casus 2 – [[dossier:#48907]] (fam. [[person:Ait Taleb]])
[[person:Mo]] meldt dat de huurachterstand bij <<org:Haag Wonen>> is opgelopen tot <<duration:vijf maanden>>. Vader werkt in de bouw, moeder [[person:Naima]] is zwanger. [[person:Jeroen]] neemt contact op met <<org:Schuldhulpverlening>>; aanmelding vóór [[date:15 november]].

Casus 3 – [[dossier:#49011]] (dhr. [[person:Sterk]])
Nieuw. Dhr. [[person:Sterk]] (<<age:56>>) is na <<duration:elf jaar>> huwelijk gescheiden en slaapt in zijn auto. Sterk punt: hij heeft nog werk. [[person:Priya]] zoekt uit of de <<org:Kessler Stichting>> een plek heeft; anders nachtopvang <<org:Leger des Heils>>.

Rondvraag: [[person:Mo]] is van [[date:18 november]] t/m [[date:29 november]] met verlof.
Volgende keer: [[date:21-11]]"""
)

# 19. Warm handover e-mail from MEE.
TEXTS.append(
    """Onderwerp: warme overdracht dhr. [[person:Jagessar]] – [[dossier:MEE-2024-0312]]

Beste [[person:Ricardo]],

Zoals afgesproken draag ik de begeleiding van meneer [[person:Radjesh Jagessar]] over aan jullie team. Meneer heeft een licht verstandelijke beperking (IQ rond de 65) en woont zelfstandig op de [[address:Lozerlaan 1210]], [[postcode:2545 AV]]. Zijn broer [[person:Sanjay]] ([[phone:06-14 08 21 77]]) is zijn steun en toeverlaat, maar verhuist in <<month:januari>> naar <<city:Almere>>.

Wat goed werkt bij meneer:
- op papier afspreken, met plaatjes;
- altijd dezelfde dag (woensdag) en hetzelfde tijdstip;
- niet te veel mensen tegelijk.

Lopende zaken: aanvraag beschermingsbewind bij de rechtbank (zaaknummer [[dossier:C/09/661234]]), en een aanvraag dagbesteding bij <<org:Middin>>.

Mijn laatste werkdag bij meneer is [[date:20-12-2024]]. Daarna kun je mij nog bellen voor vragen.

Hartelijke groet,
[[person:Femke Dekker]]
<<role:Cliëntondersteuner>> <<org:MEE Zuid-Holland Noord>>
[[phone:088 – 775 20 00]] | [[email:f.dekker@meezhn.nl]]"""
)

# 20. Short lesson with relative dates.
TEXTS.append(
    """Wat werkte niet: de afspraak 'op de [[date:14e]]'

Mevrouw [[person:Szymańska]] zou op de [[date:14e]] haar huur betalen, zo spraken we af met <<org:Vestia>>. Maar haar loon van het uitzendbureau kwam pas op de [[date:20e]]. Op [[date:14 maart]] jl. volgde een nieuwe aanmaning, en op [[date:22 maart]] stond de deurwaarder voor de deur van [[address:Beresteinlaan 472]].

Sindsdien vragen we altijd eerst wanneer het geld binnenkomt. Klinkt logisch, maar we deden het <<duration:jarenlang>> niet. [[person:Magdalena]] heeft nu een regeling van € 75 per maand, direct na haar loon, en staat sinds <<month:april>> niet meer in de rode cijfers."""
)

# 21. Quick notes of a debt counsellor, lower case and abbreviated.
TEXTS.append(
    f"""hb [[date:3/10]] fam [[person:kowalski]], [[address:dedemsvaartweg 88]]. aanw: dhr [[person:marek kowalski]], mw [[person:kasia]], tolk via telefoon.
- inkomen: loon dhr ca 1900 netto, kinderbijslag via <<org:svb>>
- bsn dhr [[bsn:{bsn(4, "dots")}]], bsn mw [[bsn:{bsn(5, "dots")}]]
- rek.nr [[iban:{iban("INGB", 5, spaced=False)}]] (gezamenlijk), spaarrek [[iban:{iban("INGB", 6, spaced=False)}]] leeg
- schulden: <<org:vestia>> 2 mnd, <<org:ziggo>>, <<org:belastingdienst>> (toeslagen terugvordering!), <<org:klarna>>
- mw heeft angst voor post, alles ligt ongeopend in een tas
afspr: [[date:10/10]] samen post sorteren, [[person:kasia]] brengt tas mee. aanmelden <<org:shv>> na toestemming. dossier [[dossier:SHV-2024-0988]]."""
)

# 22. Lesson: an elderly Hindustani couple and the limits of informal care.
TEXTS.append(
    """Casusles: als mantelzorg vanzelfsprekend is

Meneer en mevrouw [[person:Bhagwandin]] (<<age:84>> en <<age:79>>) wonen al sinds <<year:1975>> in <<wijk:Transvaal>>, in een bovenwoning aan de [[address:Kempstraat 231-A]]. Hun schoondochter [[person:Reshma]] zorgt voor alles: boodschappen, medicijnen, wassen. Ze werkt daarnaast 32 uur in de thuiszorg.

Het signaal kwam niet van de familie maar van de <<role:apotheker>>, die zag dat mevrouw haar medicatie al <<duration:drie weken>> niet had opgehaald. Toen onze <<role:wijkverpleegkundige>> [[person:Rosa Lam]] langsging, bleek [[person:Reshma]] met een burn-out thuis te zitten.

Moeilijk was dat het gezin hulp van buiten als schande zag. [[person:Devika]], de kleindochter van <<age:23>>, was de brug: zij legde uit dat respijtzorg niet betekent dat je je ouders in de steek laat. Via <<org:Stichting Mantelzorg>> en het <<org:Wmo-loket>> kwam er dagbesteding bij <<org:Sewa Karo>>, twee dagen per week, met Hindostaanse collega's.

Les voor andere teams: vraag niet 'heeft u hulp nodig', maar 'hoe gaat het met degene die voor u zorgt?'"""
)

# 23. E-mail from the food bank with a referral.
TEXTS.append(
    """Van: [[email:intake@voedselbankdenhaag.nl]]
Aan: [[person:Khadija Azzouzi]] <[[email:k.azzouzi@swtdenhaag.nl]]>
Datum: [[date:2 december 2024]] 08:15
Onderwerp: Verwijzing [[person:Yusuf]] / klantnr [[dossier:VB-33810]]

Goedemorgen [[person:Khadija]],

Meneer [[person:Abdirahman Yusuf]] komt sinds <<month:juni>> bij uitgiftepunt <<wijk:Spoorwijk>>. De toekenning loopt af op [[date:31-12-2024]]. Voor verlenging hebben we een nieuwe verwijzing en een actueel budgetoverzicht nodig. Meneer gaf aan dat jullie zijn <<role:contactpersoon>> zijn.

Kunt u de stukken vóór [[date:16/12]] mailen? Adres op onze kaart: [[address:Rijswijkseweg 60]], [[postcode:2516 EH]], tel. [[phone:0626114380]].

Vriendelijke groet,
[[person:Ton]] en [[person:Carla]]
Intaketeam <<org:Voedselbank Haaglanden>>"""
)

# 24. Application form for special assistance (bijzondere bijstand).
TEXTS.append(
    f"""Aanvraag bijzondere bijstand – ingevuld met cliënt tijdens huisbezoek

1. Gegevens aanvrager
Achternaam: [[person:Ramcharan]]          Voorletters: [[person:S.D.]]
Roepnaam: [[person:Sunita]]
Geboortedatum: [[date:05-04-1979]]
Burgerservicenummer: [[bsn:{bsn(6, "4-2-3")}]]
Straat en huisnummer: [[address:Laan van Meerdervoort 1001]]
Postcode: [[postcode:2564 AA]]   Woonplaats: <<city:'s-Gravenhage>>
Telefoon: [[phone:06-5512 3309]]
E-mailadres: [[email:sunita.ramcharan@gmail.com]]
IBAN: [[iban:{iban("SNSB", 7)}]]   t.n.v. [[person:S.D. Ramcharan]]

2. Gegevens partner
Geen partner. Kinderen: [[person:Kiran]] ([[date:16-08-2011]]) en [[person:Avinash]] ([[date:02-02-2015]]).

3. Waarvoor vraagt u bijstand?
Bril voor [[person:Avinash]] (€ 189), eigen bijdrage beschermingsbewind, reiskosten naar het <<org:Juliana Kinderziekenhuis>>.

4. Ondertekening
Plaats: <<city:Den Haag>>   Datum: [[date:11.09.2024]]
Namens het wijkteam: [[person:Daan Mulder]], <<role:consulent Werk en Inkomen>>, aanvraagnummer [[dossier:BB-2024-117452]]"""
)

# 25. Message from the community police officer to the team.
TEXTS.append(
    """Hoi allemaal,

Even een update vanuit <<wijk:Duindorp>>. Afgelopen weekend ([[date:zaterdag 15 juni]]) zijn we twee keer uitgerukt naar de [[address:Pluvierstraat 140]] voor ruzie tussen meneer [[person:De Graaf]] en zijn buurman [[person:Hendriks]]. Geen aangifte, wel veel geschreeuw en een kapotte ruit. [[person:De Graaf]] is volgens de buren flink achteruitgegaan sinds zijn vrouw [[person:Bep]] in het verpleeghuis zit.

Ik denk dat dit meer voor jullie is dan voor ons. Kan iemand van het team langs? Ik loop graag mee; ik ken meneer nog van vroeger, hij had de visboer op de hoek van het plein.

Mijn BPV-nummer voor deze meldingen: [[dossier:2024142356]].

Groet, [[person:Joost Vermeulen]]
<<role:Wijkagent>> <<wijk:Duindorp>>/<<wijk:Scheveningen-Haven>>
<<org:Politie Den Haag>>
[[phone:06 - 46 90 11 23]]"""
)

# 26. Lesson: refugees with a residence permit in Ypenburg.
TEXTS.append(
    """Casusles: 'Ik wil werken, niet wachten' – statushouders in <<wijk:Ypenburg>>

Aanleiding
[[person:Merhawi Habte]] (<<age:27>>) kwam in <<year:2022>> via het <<org:COA>> naar <<city:Den Haag>> en kreeg een woning in <<wijk:Ypenburg>>. Zijn vrouw [[person:Senait]] en dochtertje kwamen <<duration:acht maanden>> later via gezinshereniging. Hij wilde direct werken, maar zat vast in de inburgering.

Aanpak
Onze <<role:klantmanager>> [[person:Stefan Ouwehand]] en de <<role:taalcoach>> van <<org:VluchtelingenWerk>>, [[person:Tesfit]], zochten samen naar een werkplek waar Nederlands praten deel van het werk is. Dat werd een fietsenwerkplaats in <<wijk:Laakkwartier>>. [[person:Merhawi]] begon op [[date:1 september 2023]]; in <<month:december>> sprak hij genoeg om zijn A2-examen te halen.

Wat werkte
- [[person:Tesfit]] was zelf statushouder en sprak Tigrinya;
- korte lijn tussen <<org:VluchtelingenWerk>>, <<org:Werkgevers Servicepunt>> en het <<org:UWV>>;
- aandacht voor [[person:Senait]], die anders alleen thuis zat met [[person:Luwam]] (<<age:2>>).

Wat werkte niet
De eerste uitnodiging voor het inburgeringsgesprek werd gestuurd naar zijn oude adres bij het <<org:AZC>>.

Les
Laat werk en taal samen opgaan; wachten tot iemand 'klaar' is met inburgeren kost vaak <<duration:jaren>>."""
)

# 27. Timeline of a crisis day, telegraphic.
TEXTS.append(
    """crisisdag [[date:woensdag 22 mei]], verslag [[person:jeroen]]
08.40 melding via <<org:Veilig Thuis>>: mw [[person:ouali]] met kinderen weggelopen, zit bij vriendin in <<wijk:Regentessekwartier>>
09.15 gebeld met mw, [[phone:06 34 87 22 10]]. wil niet terug naar [[address:Vaillantlaan 229-3]]
10.00 overleg met [[person:anja]] (<<org:Jeugdbescherming West>>). oudste dochter [[person:imane]] (<<age:15>>) weigert mee te gaan, blijft bij oom [[person:hassan]]
11.30 opvangplek aangevraagd bij <<org:Blijf Groep>>, aanvraag [[dossier:BG-77104]]
13.45 plek per [[date:23/5]] in <<city:Leiden>>. mw wil liever in <<city:Den Haag>> blijven vanwege school kinderen
15.00 <<role:wijkagent>> [[person:el idrissi]] gaat langs bij partner voor gesprek
17.20 mw + 2 jongste kinderen naar vriendin, [[person:imane]] bij oom. morgen 9 uur verder."""
)

# 28. E-mail from a school's internal counsellor to the youth health centre.
TEXTS.append(
    """Beste mevrouw [[person:Kaya]],

Ik schrijf u over [[person:Shurandy]] uit groep 7 (geboren [[date:9 februari 2014]]). Sinds de herfstvakantie is hij stil, eet hij zijn brood niet op en zegt hij tegen zijn juf, [[person:Roos van den Berg]], dat hij 'niet naar huis wil'. Zijn moeder, mevrouw [[person:Isenia]], hebben we op [[date:4 november]] gesproken; zij vertelde dat het gezin per [[date:1 december]] uit huis moet bij <<org:Staedion>> en dat ze tijdelijk bij haar broer in <<wijk:Moerwijk>> slapen, op de [[address:Moerweg 310]].

Wij maken ons zorgen. Kunt u [[person:Shurandy]] uitnodigen voor een gesprek met de <<role:jeugdarts>>? Moeder gaf toestemming en is bereikbaar op [[phone:+31 (0)6 4021 7765]].

Met vriendelijke groet,

[[person:Marloes Jansen]]
<<role:Intern begeleider>>, <<org:basisschool De Regenboog>>
[[email:m.jansen@deregenboog-denhaag.nl]]
[[phone:070 3 66 42 10]] (ma t/m do)"""
)

# 29. Reply in a thread with a list of useful contacts.
TEXTS.append(
    """Re: Wie weet wie? Contactpersonen in <<wijk:Escamp>>

Hierbij mijn lijstje, allemaal mensen die altijd terugbellen:
- [[person:Shirley Sabajo]], <<role:woonconsulent>> <<org:Staedion>> <<wijk:Bouwlust>>: [[phone:06 1902 3344]], [[email:s.sabajo@staedion.nl]]
- [[person:Gregory]] van het jongerenwerk (<<org:Xtra>>): [[phone:06-22 71 09 58]]
- [[person:Yvonne Koster-Bakker]], <<role:POH-GGZ>> bij de praktijk aan de [[address:Escamplaan 1040]]: [[email:poh.escamplaan@huisartsen-escamp.nl]]
- [[person:Burak Şahin]], <<role:schuldhulpverlener>>: [[phone:070 - 353 71 70]] (alleen di/do)
- <<org:Wmo-loket>> <<wijk:Escamp>>, vraag naar [[person:Lia]]: [[email:wmo.escamp@denhaag.nl]]
- <<role:buurtbemiddelaar>> [[person:Cor Jong]]: [[phone:0646332109]]

Niet delen buiten het team graag 😉 — [[person:Thijs]]"""
)

# 30. Report of a Wmo kitchen-table conversation.
TEXTS.append(
    f"""Gespreksverslag keukentafelgesprek Wmo
Melding: [[dossier:WMO-2024-118822]]    Datum gesprek: [[date:30 januari 2024]]
Consulent: [[person:Hatice Çelik]]
Aanwezig: cliënt, mevrouw [[person:Van der Meer-Ouwehand]] (<<age:82>>), en haar buurman/vertrouwenspersoon de heer [[person:Groen]]

Persoonsgegevens
BSN: [[bsn:{bsn(7)}]]
Adres: [[address:Isabellaland 1402]], [[postcode:2591 CV]] <<city:Den Haag>> (<<wijk:Mariahoeve>>)
Telefoon: [[phone:070-3475102]]
Contactpersoon: [[person:Johanna van der Meer]] (dochter), [[phone:+31 6 1188 4726]], woont in <<city:Groningen>>

Situatie
Mevrouw woont <<duration:ruim veertig jaar>> in deze flat op de 14e verdieping. Sinds een heupoperatie in <<month:oktober>> kan zij niet meer zelfstandig douchen. De lift valt regelmatig uit. De heer [[person:Groen]] doet boodschappen en kijkt dagelijks even om.

Afspraken
- hulp bij het huishouden, 3 uur per week, via <<org:Florence>>;
- aanvraag douchestoel en verhoogd toilet via de <<role:ergotherapeut>>;
- evaluatie na <<duration:drie maanden>>, uiterlijk [[date:30-04-2024]]."""
)

# 31. App messages between two colleagues about a Chinese family.
TEXTS.append(
    """[[person:Wei]]: ben je bij de [[person:Zhang]]s geweest?
[[person:Kim]]: ja! mevrouw [[person:Zhang]] wil eigenlijk geen hulp, maar [[person:Mei]] (de dochter) belde mij zelf. Ze is <<age:16>> en doet alle brieven voor haar ouders
[[person:Wei]]: poeh. restaurant loopt niet meer?
[[person:Kim]]: sinds corona niet. meneer [[person:Zhang Jun]] werkt nu bij een groothandel in <<city:Zoetermeer>>
[[person:Kim]]: [[person:Mei]] vroeg of ik haar kan helpen met de aanvraag toeslagen. Eind <<month:mei>> komt er een brief van de <<org:Belastingdienst>> over de terugvordering
[[person:Wei]]: ik spreek Mandarijn, zal ik meegaan? wanneer?
[[person:Kim]]: [[date:vrijdag 3 mei]] om 16u, na school van [[person:Mei]]. adres [[address:Stationsweg 4a]]
[[person:Wei]]: staat in m'n agenda 👌"""
)

# 32. Lesson: a grandmother raising her grandchildren.
TEXTS.append(
    """Les: oma als pleegouder, zonder dat iemand het zo noemt

Mevrouw [[person:Wijngaarde]] (tante [[person:Lucia]] voor de hele straat) is <<age:71>> en zorgt sinds <<year:2020>> voor haar drie kleinkinderen in de <<wijk:Schilderswijk>>. Hun moeder, [[person:Glenda]], is verslaafd en verblijft wisselend bij vrienden en in de opvang van het <<org:Leger des Heils>>. Er is nooit een formele pleegzorgplaatsing geweest, dus mevrouw krijgt geen pleegvergoeding.

Wat we deden
Onze <<role:gezinscoach>> [[person:Marlon Sedney]] ontdekte dit pas toen de oudste, [[person:Dario]] (<<age:13>>), op school in elkaar zakte van de honger. Samen met de <<org:Raad voor de Kinderbescherming>> en <<org:Jeugdformaat>> is gekeken naar een netwerkpleegzorgplaatsing. Dat traject duurde <<duration:zeven maanden>>.

Werkzaam
- [[person:Marlon]] kwam uit dezelfde kerk en werd vertrouwd;
- eerst de voedselbank en de kinderbijslag regelen, dan pas de juridische stappen;
- [[person:Glenda]] werd niet buitengesloten: zij mocht bij elk gesprek zijn.

Les
Netwerkzorg die 'vanzelf' is ontstaan, is vaak onzichtbaar tot het misgaat. Vraag bij elk gezin: wie zorgt er eigenlijk voor wie?"""
)

# 33. Formal letter from a housing corporation about nuisance.
TEXTS.append(
    """<<org:Staedion>>
Team Leefbaarheid

Aan de bewoner(s) van
[[address:Goudenregenstraat 187]]
[[postcode:2565 EP]] <<city:DEN HAAG>>

<<city:Den Haag>>, [[date:17 oktober 2024]]
Ons kenmerk: [[dossier:LB-24-06613]]
Contractnummer: [[dossier:0040127755]]
Behandeld door: [[person:R. Felida]]

Betreft: overlast

Geachte heer [[person:Cijntje]],

Wij hebben de afgelopen <<duration:twee maanden>> meerdere klachten ontvangen over harde muziek en bezoek tot diep in de nacht vanuit uw woning. Op [[date:2 oktober]] en [[date:9 oktober]] heeft onze <<role:wijkconsulent>> u een briefje gestuurd, zonder reactie.

Wij nodigen u uit voor een gesprek op [[date:maandag 28 oktober 2024]] om 10.00 uur op ons kantoor. Als u liever bemiddeling wilt, kunnen wij u aanmelden bij <<org:Buurtbemiddeling Den Haag>>.

Neemt u contact op met [[person:Felida]] via [[phone:088 781 00 00]] of [[email:leefbaarheid@staedion.nl]].

Met vriendelijke groet,
[[person:R. Felida]]
<<role:wijkconsulent>>"""
)

# 34. Notes from an evening with the crisis service, lower case.
TEXTS.append(
    """avonddienst [[date:12-7]]
20.10 belt buurman van dhr [[person:dogan]] ([[address:hobbemastraat 61]]): dhr staat op balkon te schreeuwen, gooit spullen naar beneden
20.25 <<org:acute psychiatrie>> <<org:parnassia>> gebeld, dr. [[person:pinas]]? nee: <<role:dienstdoend psychiater>> is dr. [[person:liu]]. beoordeling thuis.
21.40 [[person:liu]] + <<role:spv>> [[person:ricardo]] ter plaatse, samen met politie. dhr rustig gekregen. geen IBS, wel vrijwillige opname <<org:parnassia>> <<wijk:kijkduin>>. broer [[person:mehmet dogan]] ingelicht, [[phone:06-49 17 02 66]].
22.15 kat van dhr bij buurvrouw [[person:ans]] ondergebracht 🐈
morgen: [[person:sevda]] (<<role:casusregisseur>>) bellen, zij kent dhr van het traject bij <<org:brijder>> in <<year:2022>>."""
)

# 35. Intake for a couple with debts: two persons, two BSNs, several accounts.
TEXTS.append(
    f"""Intake schuldhulp – [[dossier:SHV/2025/00231]]
Datum: [[date:6 jan. 2025]]   Schuldhulpverlener: [[person:Nicole Smit]]

Aanvrager 1: [[person:Ricardo Doelwijt]], geb. [[date:14-3-1983]], BSN [[bsn:{bsn(8, "spaces")}]]
Aanvrager 2: [[person:Natasha Doelwijt-Esajas]], geb. [[date:28-10-1986]], BSN [[bsn:{bsn(9, "spaces")}]]
Adres: [[address:Erasmusweg 1288]], [[postcode:2532CL]] <<city:Den Haag>>
Tel: [[phone:06 81 24 66 03]] (dhr) / [[phone:06 23 45 01 98]] (mw)
E-mail: [[email:r.doelwijt@hotmail.com]]

Rekeningen
- betaalrekening dhr: [[iban:{iban("ABNA", 10)}]]
- betaalrekening mw: [[iban:{iban("BUNQ", 11)}]]
- rekening kinderspaar [[person:Jayden]] (<<age:8>>): [[iban:{iban("ABNA", 12)}]] — niet meenemen in de boedel

Inkomen: dhr vast contract bij <<org:HTM>> (chauffeur), mw WW tot <<month:april 2025>>.
Schulden: 14 schuldeisers, totaal ca. € 23.400. Grootste: <<org:DUO>> en <<org:Belastingdienst>>.

Vervolg: stabilisatiefase <<duration:drie maanden>>; budgetbeheer via <<org:Kredietbank Den Haag>>. Volgende afspraak [[date:3 februari 2025]]."""
)

# 36. Minutes of a Zorg- en Veiligheidshuis meeting, attendees with initials.
TEXTS.append(
    """Verslag Casusoverleg <<org:Zorg- en Veiligheidshuis Haaglanden>>
Datum: [[date:22-10-2024]]   Casusnummer: [[dossier:ZVH-2024-0457]]

Aanwezig:
- [[person:J. Vermeulen]] – <<org:Politie>>, <<role:wijkagent>>
- [[person:F. Yıldız]] – <<org:GGD Haaglanden>>
- [[person:K.L. Mahabier]] – <<org:Reclassering Nederland>>
- [[person:T. Groen]] – <<org:SWT>> <<wijk:Bouwlust>>, <<role:casusregisseur>>
- [[person:S. el Khattabi]] – <<org:Openbaar Ministerie>>
- [[person:D. Kromodimedjo]] – <<org:Parnassia>>
Voorzitter: mw. [[person:W.J. Hoek]]

Betrokkene: [[person:Nourdin B.]], geboren [[date:3-3-'02]], verblijft wisselend bij zijn moeder in <<wijk:Bouwlust>> en bij vrienden.

[[person:Vermeulen]] meldt drie incidenten sinds <<month:augustus>>. [[person:Mahabier]]: betrokkene houdt zich niet aan de meldplicht. [[person:Kromodimedjo]] ziet een verband met een onbehandelde psychose. [[person:Groen]] vraagt om één plan in plaats van drie.

Besluit: [[person:Groen]] wordt regievoerder. Volgende bespreking [[date:19 november]]."""
)

# 37. Registration form for a youth intake, with guardian details.
TEXTS.append(
    f"""Aanmeldformulier Jeugdhulp – <<org:Jeugdteam>> <<wijk:Segbroek>>

Gegevens jeugdige
Naam: [[person:Sem Visser]]
Geboortedatum: [[date:23 juli 2010]]
BSN: [[bsn:{bsn(10)}]]
School: <<org:Segbroek College>>, klas 2 havo

Gegevens ouder/verzorger 1
Naam: [[person:Ingrid Visser-Storm]]
Adres: [[address:Fahrenheitstraat 512]], [[postcode:2561 DM]] <<city:Den Haag>>
Telefoon: [[phone:06 30 91 88 42]]
E-mail: [[email:ingrid.visser.storm@outlook.com]]
BSN: [[bsn:{bsn(11)}]]

Gegevens ouder/verzorger 2
Naam: [[person:Ruud Visser]]
Adres: [[address:Van Musschenbroekstraat 56 II]], [[postcode:2522 AN]] <<city:Den Haag>>
Telefoon: [[phone:06 52 07 13 90]]
Gezag: gezamenlijk

Reden van aanmelding
[[person:Sem]] zit sinds de scheiding van zijn ouders (<<month:maart 2023>>) steeds vaker thuis, gamet 's nachts en komt niet meer op zijn voetbaltraining. Storm in huis als vader hem komt ophalen. Moeder vraagt om hulp bij de omgangsregeling.

Verwijzer: [[person:A. de Jong]], <<role:huisarts>>, AGB-code [[dossier:01-058432]]"""
)

# 38. Short reflective post: "wat ik leerde van meneer K."
TEXTS.append(
    """Wat ik leerde van meneer [[person:Koç]]

[[person:Mehmet Koç]] was <<age:63>>, weduwnaar, en had al <<duration:twaalf jaar>> geen huisarts. Toen hij in <<month:juli>> bij ons binnenliep voor 'een formulier', zat ik al in mijn hoofd te rekenen hoeveel indicaties hij nodig had. Hij wilde alleen weten hoe hij zijn kleinzoon [[person:Emir]] in <<city:Antwerpen>> geld kon sturen.

Pas na vijf kopjes thee (echt) vertelde hij over zijn suikerziekte. Ik had bijna de verkeerde vraag beantwoord.

Les: help eerst met de vraag die iemand stelt. De rest komt vaak daarna, als je het vertrouwen hebt verdiend.

— [[person:Selin]], <<role:sociaal werker>> <<wijk:Laak>>"""
)

# 39. Thread between professionals about a move, with new address details.
TEXTS.append(
    """Re: verhuizing mw [[person:Semedo]]

[[person:Elisângela]] is verhuisd! Nieuwe gegevens (met toestemming gedeeld):
[[address:Zonnebloemstraat 44]]
[[postcode:2565 RS]] <<city:Den Haag>>
Vast nummer vervalt, mobiel blijft [[phone:06-87 60 32 14]].

Ze woont nu in <<wijk:Bomenbuurt>>, dus ze valt onder <<org:SWT>> <<wijk:Segbroek>>. Ik heb [[person:Hanneke]] daar al gebeld. Overdrachtsdatum [[date:1-11]].

↳ [[person:Hanneke Verhoeven]]
Dank! Ik plan een kennismaking op [[date:5 november]]. Is de zoon, [[person:Adilson]], nog in beeld bij <<org:Jeugdbescherming West>>? Dossiernummer ([[dossier:JBW-2023-4418]]) staat in jullie overdracht, maar geen naam van de <<role:jeugdbeschermer>>.

↳ [[person:Nelson Tavares]]
@[[person:Hanneke]] ja: [[person:Jailson Fortes]], [[email:j.fortes@jbwest.nl]]. Goede vent, bel hem gerust."""
)

# 40. Quick note list at the end of a day, mixed case.
TEXTS.append(
    f"""To do vrijdag
- [[person:Ahmed]]s moeder terugbellen over de huurtoeslag ([[phone:070 388 2715]])
- formulier <<org:SVB>> voor mw [[person:Benali]] afmaken: IBAN [[iban:{iban("TRIO", 13)}]], BSN [[bsn:{bsn(12, "dots")}]]
- [[person:Marja]]'s dochter heeft stageplek! felicitatie-kaartje
- [[person:de wit]] (<<org:haag wonen>>) mailen: [[email:n.dewit@haagwonen.nl]], kenmerk [[dossier:HW-2024-01772]]
- [[person:Ria]] vragen of ze [[date:maandag 9 december]] kan invallen
- sleutel [[address:Leyweg 204-B]] terugbrengen naar <<org:Vestia>>!!"""
)

# 41. A table pasted from a spreadsheet of pending applications.
TEXTS.append(
    f"""Overzicht lopende aanvragen energietoeslag – <<org:SWT>> <<wijk:Laak>> (stand [[date:15-02]])

naam | BSN | IBAN | postcode | status
[[person:Kılıç]], [[person:S.]] | [[bsn:{bsn(13)}]] | [[iban:{iban("INGB", 14, spaced=False)}]] | [[postcode:2521BK]] | toegekend
[[person:Ghebremedhin]], [[person:Y.]] | [[bsn:{bsn(14)}]] | [[iban:{iban("ABNA", 15, spaced=False)}]] | [[postcode:2525EA]] | wacht op loonstrook
[[person:Lopes Gomes]], [[person:M.]] | [[bsn:{bsn(15)}]] | [[iban:{iban("RABO", 16, spaced=False)}]] | [[postcode:2526 HD]] | toegekend
[[person:Dąbrowski]], [[person:P.]] | [[bsn:{bsn(16)}]] | [[iban:{iban("ASNB", 17, spaced=False)}]] | [[postcode:2521 HH]] | afgewezen (inkomen te hoog)
[[person:Chotkan]], [[person:R.]] | [[bsn:{bsn(17)}]] | [[iban:{iban("KNAB", 18, spaced=False)}]] | [[postcode:2524 VB]] | bezwaar, zie [[dossier:BZW-24-0081]]

Vragen over deze lijst: [[person:Nicole]] ([[email:n.smit@swtdenhaag.nl]]). Niet doorsturen!"""
)

# 42. E-mail about a refund, forwarded between colleagues.
TEXTS.append(
    f"""Van: [[person:Burak Şahin]]
Aan: [[person:Nicole Smit]]
Onderwerp: FW: terugbetaling eigen risico mw [[person:Tahiri]]

[[person:Nicole]], zie hieronder. Kun jij checken of dit klopt? Volgens mij is dat rekeningnummer van haar zoon.

--- Doorgestuurd bericht ---
Van: [[email:klantenservice@zilverenkruis.nl]]
Datum: [[date:12 september 2024]]
Aan: [[email:khadija.tahiri1961@live.nl]]

Geachte mevrouw [[person:Tahiri]],

Wij storten het te veel betaalde eigen risico (€ 385,00) binnen <<duration:tien werkdagen>> terug op rekening [[iban:{iban("INGB", 19)}]] ten name van [[person:Y. Tahiri]]. Uw relatienummer is [[dossier:192837465]].

Met vriendelijke groet,
Klantenservice <<org:Zilveren Kruis>>

--- einde ---
[[person:Burak]]
<<role:Schuldhulpverlener>> · [[phone:070 353 7170]] · [[email:b.sahin@denhaag.nl]]"""
)

# 43. Decision letter from the municipality (beschikking), formal.
TEXTS.append(
    f"""<<org:Gemeente Den Haag>>
Dienst Sociale Zaken en Werkgelegenheid

Mevrouw [[person:K. El Khattabi]]
[[address:Van Ostadestraat 290]]
[[postcode:2526 GB]] <<city:Den Haag>>

Datum: [[date:24 april 2024]]
Zaaknummer: [[dossier:SZW-883201]]
Burgerservicenummer: [[bsn:{bsn(18, "dots")}]]

Onderwerp: besluit op uw aanvraag individuele inkomenstoeslag

Geachte mevrouw [[person:El Khattabi]],

U heeft op [[date:2 april 2024]] een individuele inkomenstoeslag aangevraagd. U ontvangt al <<duration:meer dan drie jaar>> een laag inkomen en heeft geen uitzicht op verbetering. Wij kennen de toeslag toe. Het bedrag van € 516,00 maken wij binnen <<duration:vijf werkdagen>> over op [[iban:{iban("ABNA", 20)}]].

Bent u het niet eens met dit besluit? Dan kunt u binnen <<duration:zes weken>> bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
drs. [[person:A.H. Brouwer]]
<<role:teammanager>> Inkomensondersteuning"""
)

# 44. WhatsApp between a volunteer and a coordinator.
TEXTS.append(
    """[[person:Wilma]] 🌻: Hoi [[person:Fleur]], ik ben net bij meneer [[person:Ivanov]] weg. Hij heeft weer een val gehad maar wilde niet naar de dokter
[[person:Fleur Brouwer]]: Oei. Was [[person:Stoyan]] (zijn zoon) erbij?
[[person:Wilma]] 🌻: nee die werkt in de kassen tot 18u. Ik heb zijn nummer niet
[[person:Fleur Brouwer]]: [[phone:+359 87 604 1129]] maar hij neemt vaak niet op. Ik bel de <<role:wijkverpleegkundige>>, [[person:Sanne]]. Die kan morgen gaan kijken
[[person:Wilma]] 🌻: Fijn. Hij zei trouwens dat hij [[date:zondag 17 november]] jarig is, <<age:80>> wordt hij!
[[person:Fleur Brouwer]]: Ah wat lief dat je dat onthoudt 😊 Ik zet het in de groep, misschien kan [[person:Bep]] een taart bakken
[[person:Wilma]] 🌻: haha [[person:Bep]] bakt voor de hele <<wijk:Vruchtenbuurt>>
[[person:Fleur Brouwer]]: Zeker. Wil je je uren nog even doorgeven via [[email:vrijwilligers@mooidenhaag.nl]]? Dankjewel [[person:Wilma]]!"""
)

# 45. Long lesson: a Turkish father, gambling debts and shame.
TEXTS.append(
    """Casusles: schaamte als grootste schuldeiser

Aanleiding
[[person:Oğuz]] (<<age:49>>) meldde zich in <<month:februari>> bij het <<org:Servicepunt XL>> in <<wijk:Transvaal>> met 'een probleempje met de bank'. Zijn vrouw [[person:Ayşe]] wist van niets. Al snel bleek het om een gokschuld van bijna € 40.000 te gaan, verspreid over online casino's, een lening bij een kennis en een rood staande rekening.

Aanpak
De <<role:schuldhulpverlener>>, [[person:Burak Şahin]], besprak eerst alleen met [[person:Oğuz]] wat er aan de hand was. Pas na <<duration:drie gesprekken>> was hij bereid zijn vrouw te vertellen. Dat gesprek vond plaats op [[date:woensdag 20 maart]] in aanwezigheid van een <<role:preventiemedewerker>> van <<org:Brijder>>, [[person:Kees de Jong]].

Werkzame elementen
- Eén taal: [[person:Burak]] kon in het Turks uitleggen wat hij in het Nederlands ook zei, maar het kwam anders binnen.
- Geen oordeel over gokken, wel helderheid over geld.
- [[person:Ayşe]] kreeg een eigen gesprek bij het <<org:Algemeen Maatschappelijk Werk>>; zij had haar eigen verhaal.

Wat werkte niet
De doorverwijzing naar <<org:Brijder>> duurde <<duration:zeven weken>>. In die tijd speelde [[person:Oğuz]] weer. Een warme overdracht, waarbij [[person:Kees]] al in het eerste gesprek aanschoof, had dit misschien voorkomen.

Les voor andere teams
Bij gokschulden is de schuld zelden het enige probleem. Zorg dat verslavingszorg vanaf het begin meedoet, niet pas als het dossier 'rond' is."""
)

# 46. Referral to the GP practice nurse, short and formal, with patient data.
TEXTS.append(
    f"""Verwijzing naar <<role:POH-GGZ>>, <<org:Huisartsenpraktijk Duindorp>>

Patiënt: dhr. [[person:J.P. de Graaf]]
Geboren: [[date:11-11-1949]]
BSN: [[bsn:{bsn(19)}]]
Adres: [[address:Pluvierstraat 140]], [[postcode:2583 RH]] <<city:Den Haag>>
Tel.: [[phone:(070) 355 08 21]]

Reden: somberheid en agressie sinds opname echtgenote, mw. [[person:B. de Graaf-Winter]], in verpleeghuis <<org:Vreedenhoff>> (<<month:mei 2024>>). Conflicten met buurman. Meneer wil 'geen psycholoog', wel 'iemand om mee te praten'.

Verwijzer: [[person:Lotte Mulder]], <<role:wijkverpleegkundige>>, [[email:l.mulder@florence.nl]], [[phone:06-18 42 90 33]]"""
)

# 47. Chat-like discussion comments under a published lesson.
TEXTS.append(
    """Reacties (4)

[[person:Priya Autar]] schreef:
Wat een mooie les! Wij hadden precies zo'n situatie met een oudere meneer in <<wijk:Loosduinen>>. Ook daar was de buurvrouw de sleutel. Mag ik vragen hoe jullie met de privacy van de buurvrouw omgingen?

[[person:Kavita Jagessar]] schreef:
@[[person:Priya]] goede vraag. Mevrouw [[person:Öztürk]] heeft zelf gezegd dat ze mocht meedoen; we hebben dat vastgelegd in het dossier. Ze kreeg nooit informatie die meneer niet wilde delen.

[[person:Jan-Willem Ouwehand]] schreef:
Mooi. Bij ons (<<org:SWT>> <<wijk:Haagse Hout>>) loopt iets vergelijkbaars, maar de corporatie wil de ontruiming doorzetten. Iemand tips voor het gesprek met <<org:Vestia>>?

[[person:Ilse Bakker]] schreef:
@[[person:Jan-Willem]] vraag of de <<role:wijkconsulent>> wil meekijken in de woning vóór een besluit. Bij ons maakte dat het verschil. Groet uit <<wijk:Schilderswijk>>!"""
)

# 48. Telegraphic home-visit note, lower case, numbers in the middle.
TEXTS.append(
    f"""hb fam [[person:wójcik]] [[date:27-08]], samen met [[person:paweł]] (tolk pools)
woning: [[address:delftselaan 17b]], [[postcode:2512 RB]]. 2 kamers, 6 personen, schimmel in slaapkamer kinderen
dhr [[person:tomasz wójcik]] bsn [[bsn:{bsn(20)}]], mw [[person:agnieszka wójcik-nowak]] bsn [[bsn:{bsn(21)}]]
kinderen: [[person:ola]] <<age:12>>, [[person:kuba]] <<age:9>>, [[person:zosia]] <<age:4>>, baby <<age:3 mnd>>
verhuurder particulier, huur 1150 p/m contant (!), geen huurcontract. melding bij <<org:gemeente>> handhaving? eerst overleg met [[person:roos]].
afspr: <<org:cjg>> inschakelen voor baby, [[person:kuba]] naar <<role:schoolmaatschappelijk werk>> ivm verzuim."""
)

# 49. Lesson: labour migrants and a rogue landlord in Laak.
TEXTS.append(
    """Les: huisjesmelkers aanpakken zonder de bewoners te verliezen

In <<wijk:Laakkwartier>> en <<wijk:Spoorwijk>> wonen veel arbeidsmigranten uit Polen, Bulgarije en Roemenië in kleine, overvolle woningen. In <<year:2024>> kregen we via de <<role:wijkagent>> en de <<role:jeugdverpleegkundige>> signalen over één verhuurder met zeker elf panden.

De valkuil: als de gemeente handhaaft, staan de bewoners op straat. [[person:Georgi]], een Bulgaarse man die zelf zo'n kamer huurde, zei het treffend: 'Liever een slechte kamer dan een goede bank in het park.'

Wat we deden
- eerst informeren: een voorlichting in het Bulgaars en Pools bij <<org:Expat & Migrant Desk>>, met [[person:Desislava]] als sleutelpersoon;
- afspraken met <<org:Kessler Stichting>> en <<org:Leger des Heils>> over noodopvang vóórdat handhaving langskwam;
- samenwerking met <<org:Juridisch Loket>> en <<org:Huurteam>> voor huurverlaging.

Wat werkte niet
De eerste handhavingsactie (<<month:juni>>) was niet afgestemd met het wijkteam. Twee gezinnen verdwenen uit beeld.

Les voor andere teams
Zorg dat handhaving en hulp dezelfde agenda hebben. Eén <<role:contactpersoon>> per pand helpt, en betrek sleutelpersonen uit de gemeenschap zelf."""
)

# 50. E-mail asking for help with a DigiD authorisation.
TEXTS.append(
    f"""Van: [[person:Kiran Ramcharan]] <[[email:kiran.rc2011@gmail.com]]>
Aan: [[email:servicepunt.xl@denhaag.nl]]
Onderwerp: hulp met digid voor mijn moeder

Hallo,

Mijn moeder [[person:Sunita Ramcharan]] heeft hulp nodig met DigiD. Ze heeft een brief gekregen dat ze een machtiging moet regelen voor haar toeslagen. Haar BSN is [[bsn:{bsn(22, "dots")}]] en ze woont op [[address:Laan van Meerdervoort 1001]]. Ik ben <<age:13>> dus ik mag het niet zelf doen zegt de <<org:Belastingdienst>>.

Kan iemand haar bellen op [[phone:06-55123309]]? Ze is thuis na 3 uur.

Dank u wel
[[person:Kiran]]"""
)

# 51. Action list after a network meeting.
TEXTS.append(
    """Actielijst netwerkoverleg gezin [[person:Abdi]] – [[date:3 juli 2024]]

| nr | actie | wie | wanneer |
| 1 | aanvraag urgentie woning indienen | [[person:Thijs]] | vóór [[date:10-07]] |
| 2 | gesprek met school [[person:Sahra]] en [[person:Hamza]] | [[person:Khadija]] | [[date:11 juli]] |
| 3 | contact <<org:UWV>> over uitkering vader ([[person:Faisal Abdi]]) | [[person:Burak]] | deze week |
| 4 | zomeractiviteiten via <<org:Xtra>> | [[person:Nordin]] | [[date:15/7]] |
| 5 | evaluatie | allen | [[date:maandag 2 september]] |

Dossier: [[dossier:SWT-LK-2024-0311]]. Verslag: [[person:Lotte]]."""
)

# 52. Lesson: a Cape Verdean young man between two cities.
TEXTS.append(
    """Casusles: tussen <<city:Rotterdam>> en <<city:Den Haag>>

[[person:Adilson Évora]] was <<age:17>> toen hij bij ons in beeld kwam. Zijn moeder woont in <<city:Rotterdam>>-<<wijk:Delfshaven>>, zijn vader in <<wijk:Transvaal>>. Hij sliep wisselend bij beiden en bij zijn oma, dona [[person:Maria]]. Geen enkele gemeente voelde zich verantwoordelijk.

Wat werkte
Onze <<role:jongerenwerker>> [[person:Jailson]] ging op zoek naar de plek waar [[person:Adilson]] zich thuis voelde. Dat bleek de voetbalclub in <<wijk:Transvaal>>. De trainer, [[person:Nelson Lopes]], werd onze bondgenoot.

Wat niet werkte
Het woonplaatsbeginsel. <<duration:Vier maanden>> discussie tussen twee gemeenten over wie de jeugdhulp betaalt. In die tijd haakte [[person:Adilson]] af op school.

Les
Spreek bij jongeren tussen twee steden in het eerste overleg af wie de regie heeft. Discussie over geld mag de hulp niet ophouden."""
)

# 53. Compact intake in abbreviated one-line style.
TEXTS.append(
    f"""nm: [[person:Farah]], [[person:Ayaan]] | gb: [[date:7/1/1988]] | bsn: [[bsn:{bsn(23)}]]
adr: [[address:Parallelweg 108a]], [[postcode:2525 LM]] | tel: [[phone:+31 6 2244 8190]] | mail: [[email:ayaanfarah88@gmail.com]]
iban: [[iban:{iban("INGB", 21)}]] | inkomen: bijstand sinds <<month:okt 2022>> | kinderen: 3 (<<age:2>>, <<age:6>>, <<age:11>>)
hulpvraag: schulden (± 6.000), opvoeding oudste ([[person:Abdi]]), eenzaamheid
verwezen door: [[person:Sahra Osman]] (<<role:interculturele mediator>>), [[date:18-10]]
intaker: [[person:Roos van den Berg]], [[email:r.vandenberg@swtdenhaag.nl]]"""
)

# 54. E-mail thread about rescheduling, many date shapes.
TEXTS.append(
    """Van: [[person:Marja van der Meer]]
Aan: [[person:Ricardo Pinas]]
Datum: [[date:19-4-2024]] 08:57
Onderwerp: RE: RE: huisbezoek [[person:Mahabier]]

[[person:Ricardo]], [[date:donderdag 25 april]] gaat bij mij toch niet, ik heb een spoedbeoordeling. Kan het [[date:vrijdag 26 april]] of anders [[date:29/4]]?

> Van: [[person:Ricardo Pinas]]
> Datum: [[date:18 apr 2024]]
> Prima, dan zie ik je op de [[date:25e]] om 10 uur bij de [[address:Zuidlarenstraat 33]]. Ik laat meneer [[person:Mahabier]] weten dat we samen komen.
>
> > Van: [[person:Marja van der Meer]]
> > Datum: [[date:18 april 2024]]
> > Zullen we na het MDO van vandaag samen gaan? Ik kan [[date:25/4]] in de ochtend.

[[person:Marja]]
<<role:Sociaal psychiatrisch verpleegkundige>> | <<org:Parnassia>> <<org:FACT>> <<wijk:Escamp>>"""
)

# 55. Question to the community: mostly context, a single name.
TEXTS.append(
    """Vraag aan collega's: wie heeft ervaring met de <<org:Bijzondere Bijstand>> voor statushouders die net een woning hebben gekregen? In <<wijk:Leidschenveen>> en <<wijk:Wateringse Veld>> duurt de inrichtingskrediet-aanvraag bij ons nu <<duration:acht tot tien weken>>, en in de tussentijd slapen gezinnen op matrassen. <<org:VluchtelingenWerk>> helpt, <<org:Stichting Urgente Noden>> ook, maar dat is geen structurele oplossing. Hoe gaan <<org:SWT>> <<wijk:Centrum>> en <<org:SWT>> <<wijk:Scheveningen>> daarmee om? Ik hoor het graag, [[person:Mirjam]] (<<role:klantmanager>>, <<wijk:Haagse Hout>>)."""
)

# 56. Letter from a budget administrator under protection order.
TEXTS.append(
    f"""<<org:Budgetbeheer Haaglanden>>
[[address:Prinses Margrietplantsoen 33]]
[[postcode:2595 AM]] <<city:Den Haag>>

Aan: <<org:Servicepunt XL>> <<wijk:Escamp>>
Betreft: cliënt [[person:D. Yordanov]], dossier [[dossier:BBH-0921-77]]

<<city:Den Haag>>, [[date:8 augustus 2024]]

Geachte heer, mevrouw,

Per [[date:1 augustus 2024]] is de heer [[person:Dimitar Yordanov]] (BSN [[bsn:{bsn(24, "4-2-3")}]]) onder beschermingsbewind gesteld. Alle correspondentie over zijn financiën graag aan ons richten. Toeslagen en uitkering worden gestort op de beheerrekening [[iban:{iban("RABO", 22)}]]; het leefgeld van meneer gaat naar [[iban:{iban("BUNQ", 23)}]].

Meneer woont op [[address:Hengelolaan 770]], [[postcode:2545 DB]]. Zijn partner, mevrouw [[person:Petya Todorova]], heeft geen rol in het bewind.

Met vriendelijke groet,
[[person:L. Statia]], <<role:bewindvoerder>>"""
)

# 57. Team app group with nicknames and names next to punctuation.
TEXTS.append(
    """[[person:Chichi]]: wie heeft de sleutel van de spreekkamer?? 😅
[[person:Mo]]: ik niet, vraag [[person:Kees]]/[[person:Ria]]
[[person:Kees]]: ligt bij de receptie. [[person:Chichi]], jouw cliënt van 10u staat beneden (mw. [[person:Janga]])
[[person:Chichi]]: thnx!! en [[person:Mo]]—kan jij om 11u mee naar meneer [[person:Frans]]?
[[person:Mo]]: kan niet, ben bij de [[person:Benali]]'s. [[person:Ria]]?
[[person:Ria]]: ja ok. Adres?
[[person:Chichi]]: [[address:Weimarstraat 220]], bovenste bel. Hij heet [[person:Rignald]] maar iedereen zegt '[[person:Rigo]]'.
[[person:Ria]]: 👍🏽"""
)

# 58. Lesson: loneliness among older Dutch residents in Mariahoeve.
TEXTS.append(
    """Les: eenzaamheid zie je niet vanaf de galerij

In de winter van <<year:2023>> organiseerde het <<org:Sociaal Wijkteam>> <<wijk:Mariahoeve>> samen met <<org:Stichting MOOI>> en <<org:Humanitas>> huisbezoeken bij alle 75-plussers in drie flats. Een storm van aanmeldingen bleef uit: van de 240 adressen deden 31 mensen de deur open.

Een van hen was meneer [[person:Storm]], <<age:88>>, oud-marinier. Hij vertelde dat hij sinds de dood van zijn vrouw [[person:Annie]] (<<month:maart 2021>>) met niemand meer had gesproken behalve de kassière van de supermarkt. Zijn dochter woont in Canada. Onze <<role:welzijnscoach>> [[person:Bas Koster]] ging <<duration:zes weken>> lang elke donderdag koffie drinken. Inmiddels gaat meneer [[person:Storm]] naar de biljartclub in het <<org:buurthuis>>.

Wat werkte: persoonlijk aanbellen (geen brief), steeds dezelfde persoon, en een concreet aanbod. Wat niet werkte: de flyer van <<org:Humanitas>> met een telefoonnummer; niemand belde.

Les voor andere teams: begin klein, met één flat, en laat de huismeester (meneer [[person:Winter]], die iedereen kent) meelopen."""
)

# 59. WhatsApp: a client sends her details so the worker can fill in a form.
TEXTS.append(
    f"""[[person:Naima]]: Goedemiddag juf [[person:Imane]] dit is wat je vroeg
[[person:Naima]]: bsn mij [[bsn:{bsn(25)}]]
[[person:Naima]]: bsn [[person:Youssef]] [[bsn:{bsn(26)}]]
[[person:Naima]]: rekening [[iban:{iban("INGB", 24, spaced=False)}]]
[[person:Naima]]: postcode [[postcode:2526xh]]
[[person:Imane]] (<<role:maatschappelijk werker>>): Dank je [[person:Naima]]! Ik heb alles. Wil je voortaan je BSN liever niet via de app sturen? Ik bel je morgen, dan vul ik de rest met je in.
[[person:Naima]]: ok sorry 🙏"""
)

# 60. Home visit report with observations.
TEXTS.append(
    """Verslag huisbezoek
Cliënt: mw. [[person:H. Kalloe]] (<<age:74>>)
Datum/tijd: [[date:19 februari 2025]], 14.00–15.15 uur
Aanwezig: cliënt, kleinzoon [[person:Vikash]], [[person:Ans de Vos]] (<<role:wijkverpleegkundige>>), ondergetekende

Observaties
De woning aan de [[address:Apeldoornselaan 128]] is schoon maar koud (thermostaat op 15). In de koelkast alleen melk en brood. Mevrouw vertelt drie keer hetzelfde verhaal over haar man, [[person:Harry]], die in <<year:2016>> is overleden. [[person:Vikash]] zegt dat oma 's avonds de deur op slot vergeet.

Afspraken
- [[person:Ans]] vraagt de <<role:huisarts>> om een geheugentest;
- aanmelding casemanager dementie via <<org:Florence>>;
- [[person:Vikash]] belt zijn vader, [[person:Anand Kalloe]], die in <<city:Paramaribo>> woont.

[[person:Gerda Sewnath]], <<role:casusregisseur>> <<org:SWT>> <<wijk:Escamp>>"""
)

# 61. E-mail from a volunteer interpreter with a signature.
TEXTS.append(
    """Beste [[person:Fatma]],

Gisteren heb ik getolkt bij het gesprek met mevrouw [[person:Semhar Tesfay]] bij het <<org:CJG>>. Het ging goed, maar ik wil één ding melden: mevrouw begreep het woord 'leerplicht' als 'straf'. Ze was daardoor erg bang. Ik heb het uitgelegd in het Tigrinya, maar misschien is het goed als de <<role:leerplichtambtenaar>> (meneer [[person:De Wit]]?) het de volgende keer zelf ook nog eens rustig uitlegt.

Ik ben beschikbaar op [[date:20 maart]] en [[date:27 maart]], niet in de week daarna (Ramadan, ik werk dan alleen 's ochtends).

Groet,
[[person:Tesfit Mebrahtu]]
Vrijwillig <<role:tolk>> Tigrinya/Amhaars – <<org:VluchtelingenWerk Den Haag>>
[[phone:0031 6 1730 5588]] · [[email:tesfit.mebrahtu@vwdenhaag.nl]]"""
)

# 62. Handover form between two neighbourhood teams.
TEXTS.append(
    f"""OVERDRACHTSFORMULIER
Van team: <<org:SWT>> <<wijk:Centrum>>        Naar team: <<org:SWT>> <<wijk:Loosduinen>>
Datum overdracht: [[date:2 september 2024]]
Registratienummer: [[dossier:SWT-2022-77813]]

Cliënt: [[person:Zielińska]], [[person:Magdalena]]     Geb.: [[date:29-01-1976]]
Oud adres: [[address:Stationsweg 108]], [[postcode:2515 BT]]
Nieuw adres: [[address:Kijkduinsestraat 1410]], [[postcode:2554 CW]]
BSN: [[bsn:{bsn(27, "dots")}]]
Betrokken netwerk: dochter [[person:Joanna]] ([[phone:06 49 30 21 17]]), buurvrouw mevrouw [[person:Kok]]

Loopt: schuldregeling via <<org:Kredietbank Den Haag>> (nog <<duration:14 maanden>>), leefgeld naar [[iban:{iban("ABNA", 25)}]].
Aandachtspunt: mevrouw is angstig bij nieuwe gezichten; graag eerste gesprek samen met vertrekkend <<role:maatschappelijk werker>> [[person:Selin Aydın]]."""
)

# 63. Lesson on working with interpreters, almost only context.
TEXTS.append(
    """Les: werken met tolken is een vak

In <<year:2024>> hebben de wijkteams in <<wijk:Laak>>, <<wijk:Transvaal>> en de <<wijk:Schilderswijk>> samen meer dan 1.400 tolkgesprekken gevoerd, in 23 talen. We leerden:
1. Familie als tolk is bijna altijd een slecht idee, zeker kinderen. Een <<role:professionele tolk>> via het <<org:Tolk- en Vertaalcentrum>> kost geld, maar voorkomt misverstanden.
2. Plan dubbel zoveel tijd; een gesprek van <<duration:een uur>> wordt met tolk al snel <<duration:anderhalf uur>>.
3. Een <<role:sleutelpersoon>> of <<role:interculturele mediator>> is iets anders dan een tolk: die brengt ook de context mee.
4. Let op dialecten: Tamazight is geen Arabisch, Sarnami geen Hindi.
Met dank aan de collega's van <<org:VluchtelingenWerk>>, <<org:MEE>> en de <<org:GGD Haaglanden>> voor hun inbreng."""
)

# 64. Notes of a phone call with a bank about a blocked account.
TEXTS.append(
    f"""tel. <<org:ING>> ivm geblokkeerde rekening dhr [[person:ouwehand]] ([[date:10-3-2025]])
- rek. [[iban:{iban("INGB", 1)}]] geblokkeerd door beslag <<org:cjib>>, zaak [[dossier:CJIB 2024.8812.4410]]
- beslagvrije voet niet goed berekend, medewerker <<org:ING>> ([[person:Priscilla]]) zet het door naar afd. beslagen
- nieuw rekeningnr voor uitkering aangevraagd: [[iban:{iban("INGB", 26)}]] (basisrekening)
- dhr heeft <<duration:3 dagen>> geen geld voor eten, noodpakket via <<org:voedselbank>> geregeld
- terugbellen door <<org:ING>> uiterlijk [[date:12 maart]]"""
)

# 65. Year evaluation of a neighbourhood project, mostly context.
TEXTS.append(
    """Evaluatie 'Samen Sterk in <<wijk:Spoorwijk>>' (<<year:2022>>–<<year:2024>>)

Het project liep <<duration:twee jaar>> en werd gefinancierd door de <<org:Gemeente Den Haag>> en het <<org:Oranje Fonds>>. Partners: <<org:Xtra>>, <<org:Haag Wonen>>, <<org:Staedion>>, de <<org:Voedselbank>>, <<org:MEE>>, <<org:Indigo>>, <<org:Brijder>>, het <<org:CJG>> en de <<org:Politie>>. Er werkten vier <<role:ervaringsdeskundigen>> mee, twee <<role:jongerenwerkers>> en een <<role:buurtsportcoach>>.

Opbrengsten: 212 huishoudens bereikt, bij 64 een huisuitzetting voorkomen, wachttijd voor schuldhulp van <<duration:negen weken>> naar <<duration:drie weken>>.
Knelpunten: wisselingen in de <<role:projectleiding>>, privacyregels die gegevensdeling tussen <<org:Staedion>> en het wijkteam bemoeilijkten, en de sluiting van het buurthuis in <<month:oktober 2023>>.

Met dank aan [[person:Hatice Çelik]] en [[person:Glenn Esajas]], die het project droegen, en aan de bewoners die hun verhaal wilden delen."""
)

# 66. Hospital discharge e-mail to the neighbourhood team.
TEXTS.append(
    f"""Van: <<role:transferverpleegkundige>> <<org:HMC Westeinde>> <[[email:transferbureau@haaglandenmc.nl]]>
Onderwerp: ontslag dhr [[person:Mohamed Ali Hassan]] – verzoek nazorg thuis

Geacht wijkteam,

Patiënt [[person:M.A. Hassan]], geb. [[date:15-05-1951]], patiëntnummer [[dossier:HMC 4418 2290]], BSN [[bsn:{bsn(28, "spaces")}]], gaat op [[date:maandag 14 oktober 2024]] met ontslag na een CVA. Hij woont alleen op [[address:Hoefkade 530-C]], [[postcode:2526 AD]], 3-hoog. Zijn zoon [[person:Abdirahman]] is contactpersoon, [[phone:+31 6 41 88 02 95]], maar woont in <<city:Birmingham>>.

Graag aandacht voor: valrisico, medicatietrouw, en voldoende eten. Thuiszorg (<<org:Florence>>) start op dag 1.

Met vriendelijke groet,
[[person:Rachel Doran]]
<<role:Transferverpleegkundige>>, <<org:Haaglanden Medisch Centrum>>
Tel. [[phone:088-979 79 00]] (bereikbaar 8.30–16.30)"""
)

# 67. Replies in a thread, names glued to punctuation and quotes.
TEXTS.append(
    """Re: Re: Wie gaat er mee naar de themamiddag 'armoede en schaamte'?

"[[person:Roos]]!" riep de hele groep toen [[person:Mei]] vroeg wie de presentatie wilde doen 😄 — dus [[person:Roos]] doet het, samen met [[person:Hanneke]].
Verder: [[person:Kees]], [[person:Sevda]], [[person:Bilal]]; [[person:Wei]]? (nog onder voorbehoud).
[[person:Thijs]]: "Ik rij. Vol is vol."
PS van [[person:Fleur]]: neem de casus van [[person:Ramsaran]] mee (met toestemming, geanonimiseerd!)."""
)

# 68. Out-of-office and agenda e-mail.
TEXTS.append(
    """Automatisch antwoord: afwezig

Beste afzender,

Ik ben afwezig van [[date:23-12]] t/m [[date:3-1-2025]]. Uw mail wordt niet doorgestuurd. Bij spoed in de wijk <<wijk:Rustenburg-Oostbroek>> kunt u bellen met mijn collega [[person:Sevda Arslan]], [[phone:06 10 02 38 47]], of het algemene nummer van het <<org:Sociaal Wijkteam>> bellen.
Bij acute zorgen over de veiligheid van een kind of volwassene: neem contact op met <<org:Veilig Thuis>>.

Met vriendelijke groet,
[[person:Jeroen de Wit]]"""
)

# 69. Application for urgent housing, written by the case manager.
TEXTS.append(
    f"""Aanvraag urgentieverklaring – toelichting casusregisseur

Aanvrager: mevrouw [[person:Fadumo Jama]], geboren [[date:12 juni 1985]], BSN [[bsn:{bsn(29)}]]
Huidig adres: [[address:Jan Blankenstraat 7 III]], [[postcode:2526 RZ]] <<city:Den Haag>> (onderhuur, zonder contract)
Inschrijfnummer <<org:Woonnet Haaglanden>>: [[dossier:WNH-1129930]]
Kinderen: [[person:Maryan]] (<<age:14>>), [[person:Abdullahi]] (<<age:10>>), [[person:Hibo]] (<<age:7>>), [[person:Ilhan]] (<<age:3>>)

Toelichting
Mevrouw [[person:Jama]] woont sinds <<month:juli 2023>> met vier kinderen in één kamer bij een kennis. De kennis heeft haar gevraagd vóór [[date:1 mei]] te vertrekken. Mevrouw heeft een vast inkomen (bijstand, betaald op [[iban:{iban("INGB", 27)}]]) en geen huurschuld; haar vorige verhuurder, de heer [[person:Hirsi]], bevestigt dat schriftelijk.
[[person:Maryan]] en [[person:Abdullahi]] gaan naar school in <<wijk:Schilderswijk>>; [[person:Ilhan]] heeft astma, en volgens de <<role:kinderarts>> van het <<org:Juliana Kinderziekenhuis>> verergert de vochtige kamer dat.

Ik verzoek u de urgentie toe te kennen.

[[person:Ricardo Pinas]], <<role:casusregisseur>>
[[email:r.pinas@swtdenhaag.nl]], [[phone:06-1122 3456]]"""
)

# 70. Long lesson with a reflection by the whole team.
TEXTS.append(
    f"""Casusles: 'Eerst de kinderen, dan de papieren'
Team: <<org:Sociaal Wijkteam>> <<wijk:Moerwijk>> · auteurs: [[person:Thijs Groen]] en [[person:Sevda Arslan]]

Aanleiding
Op [[date:maandag 4 maart]] belde de <<role:intern begeleider>> van een basisschool in <<wijk:Moerwijk>>: drie kinderen van het gezin [[person:Georgieva]] kwamen al <<duration:twee weken>> zonder lunch. Moeder, [[person:Mariya Georgieva]] (<<age:34>>), was in <<year:2021>> met de kinderen uit <<city:Sliven>> gekomen. Vader was teruggegaan. Mevrouw werkte als schoonmaakster via een uitzendbureau en stond nergens ingeschreven: geen BSN voor de jongste, geen zorgverzekering, geen toeslagen.

Aanpak
We besloten de volgorde om te draaien. Eerst eten en veiligheid voor [[person:Nikolay]] (<<age:9>>), [[person:Petya]] (<<age:7>>) en kleine [[person:Ivan]] (<<age:2>>): een pakket van de <<org:Voedselbank>> dezelfde dag, en via het <<org:CJG>> een afspraak bij de <<role:jeugdarts>> voor [[person:Ivan]], die nooit was ingeënt. Pas daarna de papieren.

Op [[date:12/3/2024]] gingen we met mevrouw naar het stadsdeelkantoor voor inschrijving op haar adres, [[address:Moerweg 82-A]], [[postcode:2532 BE]]. [[person:Ivan]] kreeg BSN [[bsn:{bsn(30, "dots")}]]. De zorgverzekering werd met terugwerkende kracht geregeld; het kindgebonden budget komt sinds <<month:mei>> binnen op [[iban:{iban("RABO", 28)}]].

Werkzame elementen
- Eén aanspreekpunt: [[person:Sevda]] sprak geen Bulgaars, maar nam wel elke week contact op. Voor lastige gesprekken kwam [[person:Borislav Kolev]] van <<org:Expat & Migrant Desk>> als <<role:tolk>>.
- De school als vindplaats. De <<role:leerkracht>> van [[person:Petya]], juf [[person:Kok]], bleef ons op de hoogte houden.
- Geen oordeel over de werkgever, wel een gesprek met het <<org:Juridisch Loket>> over achterstallig loon.

Wat werkte niet
We schakelden <<org:Schuldhulpverlening>> te vroeg in. Mevrouw had nog geen overzicht en kwam met een tas vol Bulgaarse brieven die niemand kon lezen. Het gesprek van [[date:3 april]] was verspilde moeite.

Les voor andere teams
Dakloosheid, honger of een kind zonder zorg: dat eerst. Formulieren komen daarna, en dan graag met iemand die de taal spreekt. Vragen? Mail [[email:swt.moerwijk@denhaag.nl]] of bel [[person:Thijs]] op [[phone:06 - 2790 4415]]."""
)


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------
POSTCODE = re.compile(r"[1-9]\d{3} ?[A-Za-z]{2}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def bsn_ok(value: str) -> bool:
    """True if the digits of value pass the BSN 11-check."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 9:
        return False
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def iban_ok(value: str) -> bool:
    """True if value is an IBAN with valid mod-97 check digits."""
    s = value.replace(" ", "").upper()
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def parse(source: str) -> tuple[str, list[dict], list[dict]]:
    """Strip the markup from one source text and return text, pii spans and keep spans."""
    parts: list[str] = []
    length = pos = 0
    pii: list[dict] = []
    keep: list[dict] = []
    for m in MARKUP.finditer(source):
        before = source[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group("pl"):
            label, value, target, allowed = m.group("pl"), m.group("pt"), pii, PII_LABELS
        else:
            label, value, target, allowed = m.group("kl"), m.group("kt"), keep, KEEP_LABELS
        assert label in allowed, f"unknown label {label!r} for {value!r}"
        assert value == value.strip(), f"span with outer whitespace: {value!r}"
        target.append({"start": length, "end": length + len(value), "label": label, "text": value})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(source[pos:])
    return "".join(parts), pii, keep


def check(doc: dict) -> None:
    """Fail loudly on any span that does not match its text or breaks the policy."""
    text = doc["text"]
    for marker in ("[[", "]]", "<<", ">>"):
        assert marker not in text, f"{doc['id']}: leftover markup {marker!r}"
    spans = sorted(doc["pii"] + doc["keep"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], f"{doc['id']}: overlapping spans {a} {b}"
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], f"{doc['id']}: offset mismatch {s}"
    for s in doc["pii"]:
        value = s["text"]
        if s["label"] == "bsn":
            assert bsn_ok(value), f"{doc['id']}: invalid BSN {value}"
        elif s["label"] == "iban":
            assert iban_ok(value), f"{doc['id']}: invalid IBAN {value}"
        elif s["label"] == "postcode":
            assert POSTCODE.fullmatch(value), f"{doc['id']}: invalid postcode {value}"
        elif s["label"] == "email":
            assert EMAIL.fullmatch(value), f"{doc['id']}: invalid e-mail {value}"
        elif s["label"] == "phone":
            assert sum(c.isdigit() for c in value) >= 10, f"{doc['id']}: short phone {value}"


def build() -> list[dict]:
    """Parse and check every text; return the documents in file order."""
    docs = []
    for i, source in enumerate(TEXTS):
        text, pii, keep = parse(source)
        doc = {"id": f"ho7-{i:04d}", "text": text, "pii": pii, "keep": keep}
        check(doc)
        docs.append(doc)
    counts = Counter(s["label"] for d in docs for s in d["pii"])
    for label in PII_LABELS:
        assert counts[label] >= 25, f"too few {label} spans: {counts[label]}"
    return docs


def main() -> None:
    """Write heldout7.jsonl next to this file and print a short summary."""
    docs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    pii = Counter(s["label"] for d in docs for s in d["pii"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    print(f"{len(docs)} texts -> {OUT.name}")
    print("pii :", sum(pii.values()), dict(sorted(pii.items())))
    print("keep:", sum(keep.values()), dict(sorted(keep.items())))


if __name__ == "__main__":
    main()
