#!/usr/bin/env python3
"""Held-out test corpus 62: group-chat exports, client app messages, voice-memo
transcripts and hurried notes of Haaglanden social neighbourhood care teams.

Deterministically writes heldout62.jsonl next to this script.
Markup: [[label:text]] = personal data (pii), {{label:text}} = context to keep.
BSN / IBAN values are generated (11-check / mod-97) from placeholders:
  §BSN§ plain, §BSNd§ dotted, §BSNs§ spaced, §BSNw§ spoken digits,
  §IBAN§ compact, §IBANs§ spaced, §IBANl§ lower-case compact.
"""

import json
import os
import random
import re

RNG = random.Random(62)

PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}

DIGIT_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


def make_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            continue
        d.append(last)
        num = "".join(map(str, d))
        assert bsn_ok(num)
        return num


def bsn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) != 9:
        return False
    s = sum(x * w for x, w in zip(ds[:8], range(9, 1, -1))) - ds[8]
    return s % 11 == 0


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban():
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    check = 98 - iban_num(bank + acct + "NL00") % 97
    iban = "NL%02d%s%s" % (check, bank, acct)
    assert iban_ok(iban)
    return iban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


def fill(template):
    def rep(m):
        kind = m.group(1)
        if kind.startswith("BSN"):
            b = make_bsn()
            if kind == "BSNd":
                return b[:4] + "." + b[4:6] + "." + b[6:]
            if kind == "BSNs":
                return b[:3] + " " + b[3:6] + " " + b[6:]
            if kind == "BSNw":
                return " ".join(DIGIT_WORDS[int(c)] for c in b)
            return b
        i = make_iban()
        if kind == "IBANs":
            return " ".join(i[k : k + 4] for k in range(0, len(i), 4))
        if kind == "IBANl":
            return i.lower()
        return i

    return re.sub(r"§(BSN[dsw]?|IBAN[sl]?)§", rep, template)


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(template):
    out, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(template):
        out.append(template[pos : m.start()])
        n += len(template[pos : m.start()])
        if m.group(1) is not None:
            label, span, bucket, labels = m.group(1), m.group(2), pii, PII_LABELS
        else:
            label, span, bucket, labels = m.group(3), m.group(4), keep, KEEP_LABELS
        assert label in labels, (label, template[:60])
        assert span and span == span.strip(), (span, template[:60])
        assert "[[" not in span and "{{" not in span, span
        bucket.append({"start": n, "end": n + len(span), "label": label, "text": span})
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text[
        :80
    ]
    return text, pii, keep


TEXTS = []

# ---------------------------------------------------------------- group chats (team)
TEXTS += [
    """[[[date:12-03]] 09:14] [[person:Sanne]]: hb bij mw [[person:yilmaz]] gaat niet door, ze belde net af ivm ziekenhuis
[[[date:12-03]] 09:15] [[person:Joost]]: ok. wil jij nieuwe afspr maken? ik kan do ochtend
[[[date:12-03]] 09:21] [[person:Sanne]]: do is [[date:14/3]] toch? dan bel ik haar dochter [[person:Elif]] even, die regelt alles. [[phone:06-41229017]]
[[[date:12-03]] 09:22] [[person:Joost]]: 👍 zet je t in het dossier? zaaknr is [[dossier:2025-01877]]""",
    """[[[date:03-02-2025]], 16:02:11] [[person:Naima]]: Iemand ervaring met {{org:Haag Wonen}} en een ontruimingsvonnis? dhr [[person:Pinas]] ([[address:Zuiderparklaan 212]]) heeft brief gekregen, ontruiming staat op [[date:vr 21 feb]]
[[[date:03-02-2025]], 16:05:40] [[person:Rik]]: bel [[person:Gert-Jan]] van het huurteam, die heeft dat vorig jaar bij een clt in {{wijk:Moerwijk}} tegengehouden
[[[date:03-02-2025]], 16:06:02] [[person:Naima]]: nummer?
[[[date:03-02-2025]], 16:07:19] [[person:Rik]]: [[phone:070 - 353 28 14]] of mail [[email:gj.vanleeuwen@huurteamdenhaag.nl]]""",
    """Chat SWT {{wijk:Transvaal}} – dinsdag
[09:02] [[person:Esra]]: goedemorgen! wie gaat er mee naar de {{org:Voedselbank}} intake van mw [[person:Mensah]] om 11u?
[09:04] [[person:Dennis]]: ik niet, zit bij {{org:Veilig Thuis}} overleg
[09:10] [[person:Marloes]]: ik wel. adres was [[address:Paul Krugerlaan 88-3]] toch?
[09:11] [[person:Esra]]: nee 83, [[address:Paul Krugerlaan 83-2]]. bel aan bij [[person:Abena]], dat is haar zus. mw zelf hoort de bel niet
[09:11] [[person:Marloes]]: top""",
    """[[[date:18-03-25]] 08:47 - [[person:Lotte]]: kan iemand vandaag de sleutel van [[address:Hengelolaan 1040]] ophalen bij de beheerder? mw [[person:de Wit]] zit nog in {{org:HMC}} Westeinde
[[date:18-03-25]] 08:52 - [[person:Hamid]]: kan ik doen na 2en. welke verdieping?
[[date:18-03-25]] 08:53 - [[person:Lotte]]: 4e. en neem aub de post mee, er ligt vast een aanmaning van het {{org:CAK}} tussen
[[date:18-03-25]] 08:53 - [[person:Hamid]]: 👌""",
    """[[[date:4-3]] 13:30] [[person:Yasmina]]: update [[person:Farah]]: uitkering loopt weer, klantmanager heeft het opgelost. huur [[date:1 april]] gewoon van de rekening. rekeningnr voor de bwv: [[iban:§IBANs§]]
[[[date:4-3]] 13:31] [[person:Bas]]: super! en de {{org:GKB}}?
[[[date:4-3]] 13:35] [[person:Yasmina]]: intake daar op [[date:wo 19/3]], dossier [[dossier:GKB-2025-00412]]. ik ga mee""",
    """Groep: Wijkzorgteam {{wijk:Mariahoeve}} 🏡
[[[date:10-01]] 10:12] [[person:Ilse]]: Wie kent [[person:Roos]]? jonge vrouw, [[address:Ruychrocklaan 16B]], aangemeld door de huisarts. huisarts zegt eenzaamheid en geen eten in huis
[[[date:10-01]] 10:14] [[person:Gijs]]: [[person:Roos]]... niet bekend bij mij
[[[date:10-01]] 10:15] [[person:Ilse]]: achternaam [[person:Hoop]] 😅 echt waar
[[[date:10-01]] 10:20] [[person:Mirjam]]: die ken ik van de {{org:Servicepunt XL}}. ik hoop dat ze nog open doet, vorige keer niet. ik ga wel mee""",
    """[[[date:27/02/2025]], 19:48] [[person:Priscilla]]: sorry late app. mw [[person:Baldewsingh]] belde net in paniek, zoon [[person:Radjesh]] staat weer voor de deur en wil geld. Ik heb gezegd bel 112 als hij niet weggaat
[[[date:27/02/2025]], 19:50] [[person:Ferdi]]: goed gedaan. morgen melding maken bij {{org:VT}}? ik heb haar bsn niet bij de hand
[[[date:27/02/2025]], 19:52] [[person:Priscilla]]: [[bsn:§BSNd§]], staat ook in Suite. ik bel de {{role:wijkagent}} morgen ook, [[person:Marco]]""",
    """[08:15] [[person:Chantal]]: Goedemorgen team, vandaag [[date:maandag 17 maart]] ben ik ziek 🤒. Afspraken:
- 10u dhr [[person:Kowalczyk]] (tolk Pools is al besteld)
- 13u mw [[person:Isenia]], [[address:Wouwermanstraat 47-II]]
- 15u overleg met {{org:Kessler Stichting}} over [[person:Tomasz]]
Kan iemand overnemen? tel nrs staan in de agenda
[08:31] [[person:Ruud]]: ik neem 13u en 15u. beterschap!""",
    """[[[date:21-01]] 11:00] [[person:Soraya]]: Vraagje: hebben we een {{role:ouderenconsulent}} die Turks spreekt? mw [[person:Öztürk]] (82) wil alleen in het Turks praten, dochter [[person:Hatice]] werkt en kan niet mee
[[[date:21-01]] 11:03] [[person:Kim]]: [[person:Emine]] van {{org:Xtra}} in {{wijk:Laak}}! [[email:e.aydin@xtra.nl]]
[[[date:21-01]] 11:04] [[person:Soraya]]: ah ja natuurlijk, dank je""",
    """Export chat "SWT {{wijk:Escamp}} overleg"
[[date:05-02-2025]] 14:22 - [[person:Wendy]]: nieuwe aanmelding via {{org:Wmo-loket}}: [[person:Gwendolyn Sabajo]], [[address:Melis Stokelaan 1401]], [[postcode:2541 GC]], tel [[phone:0618 77 20 31]]. Schulden + ggz-achtergrond, zoon van 15 bij {{org:CJG}} bekend
[[date:05-02-2025]] 14:25 - [[person:Peter-Jan]]: neem ik. ik ken haar broer [[person:Marlon]] nog van vroeger, die is ok als steunfiguur
[[date:05-02-2025]] 14:26 - [[person:Wendy]]: top, ik zet jou als {{role:casusregisseur}}""",
    """[[[date:9/4]] 17:03] [[person:Fleur]]: pfff mw [[person:Ivanova]] was er niet. briefje in de bus gedaan. buurvrouw ([[person:Tineke]], nr 12) zegt dat ze sinds het weekend niet gezien is
[[[date:9/4]] 17:05] [[person:Selma]]: dat is niet goed. wijkverpleging bellen? die komt daar toch 2x per week
[[[date:9/4]] 17:07] [[person:Fleur]]: gebeld, {{role:wijkverpleegkundige}} [[person:Anke]] gaat er morgen vroeg langs met de sleutel uit de kluis
[[[date:10/4]] 08:40] [[person:Fleur]]: update: ze lag gevallen in de badkamer, is nu in {{org:Haga}}. ze leeft en is aanspreekbaar 🙏""",
    """[[[date:14-02]] 12:12] [[person:Bas]]: Wie had de familie [[person:Tesfay]]? Er is brief van {{org:DUO}} binnengekomen op ons adres, voor [[person:Yonas Tesfay]]
[[[date:14-02]] 12:20] [[person:Naima]]: ik. ligt ie in mijn vakje?
[[[date:14-02]] 12:21] [[person:Bas]]: ja. staat ook een nummer op, [[dossier:7783-4412-09]] ofzo
[[[date:14-02]] 12:21] [[person:Naima]]: dank, neem ik morgen mee naar [[address:Soestdijksekade 450]]""",
    """[10:41] [[person:Gijs]]: {{role:MEE-consulent}} [[person:Linda]] vraagt of wij bij het netwerkberaad van [[person:Kevin]] ([[person:K. Bakker]]) willen zijn. volgende week [[date:dinsdag de 25e]], 14u, bij {{org:MEE}} aan de [[address:Wegastraat 60]]
[10:45] [[person:Ilse]]: kan. [[person:Kevin]]'s moeder komt ook? die was vorige keer erg boos
[10:46] [[person:Gijs]]: weet ik niet, ik vraag het. ik haal wel brood bij de bakker voor erbij 🥖""",
    """[[[date:02-12-2024]] 21:14] [[person:Dennis]]: Melding van {{org:politie}}: huiselijk geweld [[address:Steenwijklaan 221]], betrokkenen [[person:S. Chaouch]] en [[person:I. Chaouch-Benali]], 3 kinderen. BPS nummer [[dossier:2024338871]]
[[[date:02-12-2024]] 21:20] [[person:Esra]]: ik ken mw [[person:Benali]] van de taalles in {{wijk:Bouwlust}}. morgen samen {{org:Veilig Thuis}} bellen?
[[[date:02-12-2024]] 21:21] [[person:Dennis]]: ja 9u. kinderen staan bij {{org:CJG}}, {{role:jeugdconsulent}} is [[person:Sharon]]""",
    """Signal groep – Bemoeizorg {{wijk:Schilderswijk}}
[[[date:6 mrt]], 07:58] [[person:Ruud]]: dhr [[person:Azzouzi]] zat vannacht weer in het portiek van [[address:Van Ostadestraat 301]]. bewoners bellen de {{org:Haagse Veldwerk Organisatie}}? of doen wij het
[[[date:6 mrt]], 08:03] [[person:Mirjam]]: ik bel [[person:Joyce]] van het veldwerk, die kent hem. en {{org:Parnassia}} crisis als het erger wordt
[[[date:6 mrt]], 08:04] [[person:Ruud]]: oké. hij heet trouwens voluit [[person:Abdelkader Azzouzi]], geb. [[date:3-11-1971]]""",
    """[[[date:31-3]] 09:00] [[person:Tamara]]: morgen is het [[date:1 april]] maar dit is geen grap: server van de gemeente ligt eruit, dus afspraken in je eigen agenda bijhouden
[[[date:31-3]] 09:12] [[person:Hamid]]: ok. ik heb morgen mw [[person:Kromodimedjo]] om 10, [[address:Erasmusweg 777]] en om 14u dhr [[person:Wijngaarde]] op kantoor
[[[date:31-3]] 09:13] [[person:Tamara]]: noteer ook tel van beide even op papier
[[[date:31-3]] 09:15] [[person:Hamid]]: [[phone:06 2904 1187]] en [[phone:070 325 6610]], gedaan""",
    """[[[date:11-02]] 15:33] [[person:Kim]]: clt [[person:Stoyanka]] (Bulgaars, 58) wil weten of ze recht heeft op {{org:Wmo}} huishoudelijke hulp. ze woont in bij haar neef [[person:Georgi Dimitrov]], [[address:Hobbemastraat 139 b]]
[[[date:11-02]] 15:40] [[person:Wendy]]: staat ze ingeschreven? anders lastig
[[[date:11-02]] 15:44] [[person:Kim]]: sinds [[date:12 jan]] pas, daarvoor niet. BSN heeft ze wel: [[bsn:§BSN§]]
[[[date:11-02]] 15:45] [[person:Wendy]]: dan kan het. maak afspr met {{role:Wmo-adviseur}}""",
    """[[[date:23/01/2025]] 12:01] [[person:Selma]]: Lunchvraag: wie gaat er mee naar de kick-off op [[date:22 november]]? oh wacht dat was vorig jaar 😂 ik bedoel de startbijeenkomst begin februari
[[[date:23/01/2025]] 12:03] [[person:Joost]]: ik ga. [[date:6 feb]] toch?
[[[date:23/01/2025]] 12:04] [[person:Selma]]: [[date:4 februari]], 13u, wijkcentrum {{org:De Boog}}. aanmelden bij [[person:Annemiek]] van de gemeente: [[email:annemiek.hoogendoorn@denhaag.nl]]""",
]

# ---------------------------------------------------------------- client app messages
TEXTS += [
    """[[[date:13-03]] 07:12] [[person:Fatma Yilmaz]]: Goedemorgen [[person:Sanne]] ik kan vandag niet komen mijn zoon is ziek. kan het volgende week? groet [[person:fatma]]
[[[date:13-03]] 08:30] [[person:Sanne]]: Goedemorgen mw [[person:Yilmaz]], geen probleem. Ik kom dan [[date:dinsdag 18 maart]] om 10 uur bij u thuis. Beterschap voor [[person:Emre]]!
[[[date:13-03]] 08:31] [[person:Fatma Yilmaz]]: dank u 🙏🙏""",
    """[[phone:+31 6 38 10 72 94]]: hallo meneer met [[person:Ahmad]] van vorige week, de brief van belasting is weer gekomen. ik stuur foto
[[phone:+31 6 38 10 72 94]]: <foto weggelaten>
[[person:Rik]]: Hoi [[person:Ahmad]], dank je. Ik zie het: aanslag toeslagen, kenmerk [[dossier:1762.45.208.T.41]]. Niet betalen, ik bel ze morgen. Wil je deze nummer opslaan als [[person:Rik]] wijkteam 😊""",
    """Hoi [[person:Naima]], met [[person:Khadija]] (moeder van [[person:Bilal]]). de afspraak [[date:3-4]] gaat niet, ik moet werken. kan [[date:7-4]]? mijn nieuwe nummer is [[phone:0687 123 409]]. en mijn adres is nu [[address:Jan Blankenstraat 44-1]], niet meer Stuwstraat""",
    """[[[date:20-02-2025]] 22:47] [[person:Sunita]]: Meneer ik heb niet geslapen. [[person:Rakesh]] heeft alles uit de kast gegooid. Hij is weg nu. Ik ben bang
[[[date:20-02-2025]] 22:49] [[person:Dennis]]: Mevrouw [[person:Ramlal]], bent u nu veilig? Als hij terugkomt bel 112. Morgenochtend 9u bel ik u.
[[[date:20-02-2025]] 22:50] [[person:Sunita]]: ja deur op slot. dank u""",
    """goedemiddag mevr [[person:Kaya]], hierbij de gegevens voor de aanvraag bijzondere bijstand:
naam: [[person:Murat Kaya]]
geb datum: [[date:14-06-1966]]
bsn: [[bsn:§BSNs§]]
rekening: [[iban:§IBAN§]]
adres: [[address:Dierenselaan 104]], [[postcode:2573 HZ]] Den Haag
groet, zoon [[person:Burak]]""",
    """[[person:Agnieszka]] 🌸: dzień dobry pani [[person:Marloes]]! sorry my dutch not good. tomorrow [[date:wednesday 12]] I come at 10? with my husband [[person:Krzysztof]]. the letter from {{org:UWV}} has number [[dossier:UWV-2025-118230]]
[[person:Marloes]]: Hi [[person:Agnieszka]], yes 10 o'clock is fine, at the {{org:Servicepunt XL}} {{wijk:Moerwijk}}. Bring the letter please!""",
    """[[[date:28-01]] 16:20] [[person:Giselle]]: hoi juf [[person:Esra]] haha sorry mevrouw 🙈 de mevrouw van de bewindvoering heeft nog geen geld gestort, ik zit zonder boodschappen. kunt u bellen? haar naam is mevr. [[person:Pieternella]] tel [[phone:015-2134477]]
[[[date:28-01]] 16:41] [[person:Esra]]: hoi [[person:Giselle]], ik bel haar meteen. voor vandaag: de {{org:Voedselbank}} op de [[address:Fahrenheitstraat 190]] is tot 17u open""",
    """Bericht via de Wijkteam-app:
Van: [[person:Selam Ghebremedhin]]
Onderwerp: afspraak
Tekst: goede dag. ik heb brief van {{org:Staedion}} gekregen over huur. ik begrijp niet. kan [[person:Helen]] (mijn vriendin) ook komen om te vertalen? ik woon [[address:Stuwstraat 25-3]] [[postcode:2516tp]]. telefoon [[phone:0641907733]]""",
    """[[[date:9-1-2025]] 10:03] Dhr. [[person:Maduro]]: Goedemorgen mevrouw [[person:Chantal]]. Ik heb de formulieren getekend. Mag ik ze brengen naar het wijkcentrum of komt u halen? Ik loop slecht sinds de val op [[date:31 december]]
[[[date:9-1-2025]] 10:25] [[person:Chantal]]: Goedemorgen meneer [[person:Maduro]], ik kom ze vrijdag ophalen tussen 13 en 14u. Blijft u rustig zitten 🙂""",
    """[[person:Hodan]]: salaam [[person:Yasmina]], dank je voor gisteren. mijn dochter [[person:Ayaan]] heeft plek bij de school in {{wijk:Spoorwijk}} 🎉 start [[date:maandag 24 maart]]. nu alleen nog de kinderbijslag, mijn nummer bij {{org:SVB}} is [[dossier:KB 3309128-74]]""",
    """hallo [[person:Ferdi]] met [[person:Ionut]] hier. ik heb nieuwe werk in Westland bij de kassen, begin [[date:2 april]]. dus ik kan niet meer op dinsdag komen. kan het op vrijdag? mijn mail is [[email:ionut.popescu89@yahoo.com]] als je brief wil sturen""",
    """Hoi [[person:Kim]]! Met [[person:Jolanda]], de buurvrouw van mw [[person:Koster]] op nummer 6. Ze heeft de hele dag de gordijnen dicht en doet niet open. Ik maak me zorgen. Ik heb haar zoon [[person:Erik]] gebeld maar die neemt niet op ([[phone:06-55128930]]). Wat moet ik doen?""",
    """[[[date:17-02]] 18:02] Mw. [[person:Chen]]: [[person:Joost]] hello, my daughter [[person:Xiaoling]] will call you tomorrow, she speak dutch. her number [[phone:+31 6 2417 5508]]. 谢谢
[[[date:17-02]] 18:10] [[person:Joost]]: Thank you mrs [[person:Chen]], I will wait for her call 👍""",
]

# ---------------------------------------------------------------- voice memo transcripts
TEXTS += [
    """Spraakmemo – automatische transcriptie
ja eh dit is [[person:Sanne]], het is nu half elf, ik sta net buiten bij mevrouw [[person:El Amrani]] op de [[address:Vaillantlaan honderdtwaalf]]. eh ze heeft de brieven van de {{org:Belastingdienst}} gewoon in een plastic tas zitten, zeker twintig stuks. ze wil wel hulp maar alleen als haar dochter erbij is, dat is [[person:Samira]], telefoon nul zes, twaalf, vierendertig, zesenvijftig... nee wacht. [[phone:nul zes, eenenveertig, twintig, zevenentachtig, nul drie]]. volgende afspraak [[date:vijftien maart]] om tien uur, dan neem ik [[person:Joost]] mee van {{org:schuldhulpverlening}}. eh dat was het.""",
    """Transcriptie spraakbericht (WhatsApp, 0:48)
[[person:Rik]]: hee [[person:Naima]], met [[person:Rik]]. even snel, ik kom net bij meneer [[person:Doelwijt]] vandaan. het gaat echt niet goed, huis is vervuild, hij eet niet, en hij zegt dat de buren hem afluisteren. ik denk dat we {{org:Parnassia}} moeten inschakelen, de bemoeizorg. hij woont [[address:Moerweg eenendertig A]], derde etage. zijn geboortedatum is [[date:twaalf oktober negentien vierenvijftig]], dat heb je nodig voor de melding. bel me maar terug ja, doei.""",
    """Spraakmemo [[date:di 11/2]]
Verslag huisbezoek fam. [[person:Al-Hassan]], [[address:Hoefkade 612]]. Aanwezig: dhr. [[person:Rami Al-Hassan]], mw. [[person:Lina]], en de oudste zoon [[person:Omar]] van zestien die vertaalde. Dat wil ik eigenlijk niet, volgende keer een tolk via {{org:Tolkcentrum}}. Punten: huurachterstand drie maanden, ongeveer negenhonderd euro. Kinderbijslag gestopt sinds november. Mw. wil graag Nederlandse les. Afspraak: ik bel {{org:Staedion}} voor een betalingsregeling, en mw. gaat met mij naar {{org:Xtra}} op [[date:donderdag de twintigste]]. Telefoon dhr. is [[phone:zes vier nul... nul zes vier nul, zevenenzestig, drieëndertig, nul één]]. Einde memo.""",
    """[Voicemail, doorgestuurd als tekst]
Goedemiddag u spreekt met mevrouw [[person:Jagesar]] eh ik bel voor mijn moeder, [[person:Shanti Jagesar]], die woont aan de [[address:Leyweg tweehonderdvier B]]. Ze heeft vandaag een brief gekregen dat de thuiszorg stopt per [[date:één april]] en ze raakt helemaal in paniek. Kunt u mij terugbellen? Mijn nummer is [[phone:nul zeven nul, drie zes zes, achttien, negentig]]. Nogmaals, [[person:Anjali]], de dochter. Dank u wel.""",
    """Memo (ingesproken, onderweg)
oké dus. dossier [[dossier:twintig vijfentwintig streepje nul nul vier drie één]]. meneer [[person:Kostadinov]], [[person:Petar]]. vandaag gezien op het kantoor van {{org:Servicepunt XL}} {{wijk:Laak}}. hij slaapt in zijn auto sinds hij uit huis is gezet in Rijswijk, zegt hij. geen briefadres. hij heeft wel een BSN: [[bsn:§BSNw§]]. ik heb hem doorverwezen naar de {{org:Centrale Toegang}} van de maatschappelijke opvang. wil hem [[date:vrijdag de zevende]] weer zien. eh ja, en hij drinkt, dus {{org:Brijder}} mss ook.""",
    """Spraakbericht van [[person:Abdirahman]] (client), vertaald met hulp van [[person:Faadumo]]:
"Hallo, hier [[person:Abdirahman Warsame]]. De man van het huis is geweest, hij zegt de verwarming is kapot voor lang. Mijn kinderen zijn koud. Wij wonen [[address:Rijswijkseweg 372]], postcode [[postcode:twee vijf één zeven, H R]]. Alstublieft help. Mijn nummer: [[phone:nul zes, negen acht, vijf vijf, twee één, vier vier]]. Dank u." """,
    """audio-notitie [[date:3 maart]] 16:40
ik heb net gebeld met de {{role:bewindvoerder}} van [[person:Priya]], mevrouw [[person:Sewdien]]. die zegt dat [[person:Priya]] haar leefgeld elke week op maandag krijgt, honderdtwintig euro, op rekening [[iban:§IBANs§]]. [[person:Priya]] zegt dat ze het niet krijgt. moet uitgezocht worden. bewindvoerder is bereikbaar op [[phone:nul zeven negen, drie twee één, vijftig, negenenzestig]], bureau in Zoetermeer. volgende stap: samen met [[person:Priya]] de bankapp bekijken, [[date:woensdag vijf maart]].""",
    """Transcriptie (auto) – let op fouten
dit is een memo voor het dossier van meneer [[person:de jong]] eh [[person:Henk de Jong]] ja. geboren [[date:negen februari negentien achtenveertig]]. woont alleen sinds zijn vrouw [[person:Ria]] vorig jaar is overleden. {{role:casemanager dementie}} [[person:Marieke]] is gisteren geweest en zegt dat hij de weg niet meer weet naar de supermarkt. zoon [[person:Kees]] woont in Delft, tel [[phone:nul vijftien, twee vijf zes, zeventig, twaalf]]. we plannen een MDO met {{org:Florence}} op [[date:dinsdag achttien maart]]. memo einde.""",
    """Spraakmemo
Ja goedemorgen, [[person:Hamid]] hier voor de teamapp. Ik ben gisteren bij de familie [[person:Osei]] geweest in {{wijk:Zuiderpark}}... nee {{wijk:Moerwijk}}, [[address:Dedemsvaartweg 116]]. Moeder [[person:Akosua]] heeft drie banen en de oudste, [[person:Kwame]], zorgt voor de kleintjes. [[person:Kwame]] is veertien. Dat is te veel voor hem. Ik wil dit bespreken met het {{org:CJG}}. Moeder is bereikbaar na acht uur 's avonds op [[phone:nul zes, één nul, zeven zes, vijf vier, drie drie]]. Haar mail is [[email:akosua punt osei apenstaartje gmail punt com]]. Oké. Dat was het.""",
    """[Voice message transcribed]
mevrouw [[person:Esra]]? met [[person:Zarghona]]. ik heb de afspraak vergeten, sorry, mijn man [[person:Farid]] was in het ziekenhuis, {{org:Haga}}, voor zijn hart. hij is nu thuis. kunnen wij nieuwe afspraak maken? maandag is goed of dinsdag. of [[date:de tiende]]. dank je wel mevrouw. doei.""",
    """Memo, [[date:vrijdag 14 februari]]
Eh, afsluitend gesprek met [[person:Desislava]]. Dossier [[dossier:SWT-LK-2024-118]]. Ze heeft werk gevonden via het {{org:UWV}}, vast contract, schuld is in de regeling bij de {{org:GKB}}. Ze wil het contact afsluiten. Ik heb gezegd: je mag altijd terugkomen. Ze gaat verhuizen naar [[address:Zonnebloemstraat achtenveertig]] in de {{wijk:Bomen- en Bloemenbuurt}}, postcode [[postcode:2565 ER]]. Dossier kan dicht per eind februari... nou, laten we zeggen [[date:achtentwintig februari]].""",
    """Transcript spraakbericht – [[person:Marloes]] aan [[person:Wendy]]
hoi [[person:Wendy]], ik kom net van de huisarts, dokter [[person:Lieveld]] aan de [[address:Beresteinlaan 15]]. hij maakt zich zorgen over mevrouw [[person:Wiśniewska]], [[person:Ewa]]. ze komt elke week met nieuwe klachten en hij denkt aan eenzaamheid en misschien drank. hij vraagt of wij langs kunnen. ze woont in {{wijk:Bouwlust}}, ik heb het adres in de mail gezet. ik zou zeggen: jij en ik, [[date:volgende week woensdag de 19e]]? laat maar weten. doei doei""",
    """Spraakmemo na telefonisch consult
ja dit is voor dossier [[dossier:M-2025-0219]]. mevrouw [[person:Nowak]] belde, ze is nu in de {{org:Blijf Groep}} opvang met de kinderen, [[person:Zosia]] en [[person:Kuba]]. adres geheim natuurlijk, dat zet ik dus nergens. haar oude adres [[address:Dierenselaan negenentachtig]] moet worden opgezegd. contact met haar alleen via [[phone:nul zes, vijftig, twintig, elf, achtentachtig]], niet via het oude nummer. ex-partner heet [[person:Grzegorz]], die mag niks weten.""",
    """Spraakbericht dhr [[person:Tekle]] (via tolk [[person:Yohannes]] op speaker):
"Goedendag. Ik ben [[person:Mebrahtu Tekle]]. Ik wil zeggen dank voor de hulp met de brief van de gemeente. Ik heb nu het geld van de bijstand. Maar mijn broer [[person:Tesfaldet]] komt ook naar Nederland, hij is in Ter Apel. Kan hij bij mij wonen? Mijn huis is klein, [[address:Cartesiusstraat honderdzeventien]]. Bel mij op [[phone:nul zes, achtendertig, zeventig, zestien, negentig]]." """,
    """Dictaat [[person:Ilse]], [[date:dins 25 feb]]
Huisbezoek mw [[person:Kok]] (79), [[address:Ambachtsgaarde 213]]. Mw is slecht ter been, val in januari. Mantelzorg door buurvrouw [[person:Jannie Verhoef]] die elke dag komt. [[person:Jannie]] is zelf ook 74 en op. Ik vraag respijtzorg aan via {{org:Wmo-loket}} en dagbesteding bij {{org:Saffier}}. Telefoon mw [[person:Kok]]: [[phone:nul zeven nul, zeven vier zeven, twee acht, drie nul]]. Bsn: [[bsn:§BSNw§]]. Herbeoordeling in het voorjaar.""",
    """Opgenomen bericht (automatisch uitgeschreven)
goede middag met [[person:Mirella Martina]]. ik bel voor het gesprek van [[date:morgen de 6e]]. ik heb geen oppas voor [[person:Shurandy]] en [[person:Jayden]], mag ik ze meenemen? ze zijn drie en vijf. en ik heb de papieren van de {{org:Kredietbank}}, mijn klantnummer is [[dossier:K vier vier, negen drie, één twee]]. ok. dag.""",
    """Spraakmemo – [[person:Tamara]] – casus [[person:B.]]
Korte notitie. [[person:Brian]], 23, LVB, woont bij oma [[person:Wil]] aan de [[address:Teniersstraat 12-hs]]. Oma wordt 81 en kan het niet meer. [[person:Brian]] heeft een {{org:MEE}}-traject gehad maar dat is gestopt. Ik wil een indicatie beschermd wonen onderzoeken via {{org:Esdégé-Reigersdaal}}. Oma's nummer: [[phone:070-3890124]]. Volgende stap: gesprek met {{role:MEE-consulent}} [[person:Linda]] op [[date:twaalf maart]].""",
    """[Spraakbericht van dhr. [[person:Sultani]], getranscribeerd door collega]
"mevrouw het is [[person:Wahid Sultani]]. ik woon in de {{wijk:Stationsbuurt}}, [[address:Parallelweg twee zes vier]]. ik heb gevallen op de trap, mijn been is zeer. ik kan niet naar de afspraak van [[date:maandag drie maart]]. de dokter zegt twee weken rust. mijn vrouw [[person:Mariam]] kan bellen, zij spreekt beter Nederlands, haar nummer is [[phone:nul zes één negen vier vier drie acht zeven twee]]." """,
    """memo na overleg met {{org:Veilig Thuis}}, [[date:13-3]]
ehm, [[person:Peter-Jan]] hier. {{org:Veilig Thuis}} neemt de zaak van de familie [[person:Boateng]] niet over, ze zeggen dat wij het gezinsplan kunnen blijven doen. Hun registratienummer is [[dossier:VT-2025-004417]]. Betrokken: moeder [[person:Efua]], vader [[person:Yaw]], kinderen onder de tien. vader moet naar de {{org:Waag}} voor agressietraining, aanmelding loopt. Ik plan een evaluatie over zes weken, rond [[date:vierentwintig april]].""",
    """Voice memo vertaald (Arabisch > NL), app-bericht aan [[person:Naima]]
"Goedemorgen zuster [[person:Naima]]. Ik ben het, [[person:Hiba]]. Mijn man zegt dat ik niet meer naar de taalles mag. Ik wil wel. De les is op dinsdag en donderdag in het wijkcentrum in {{wijk:Transvaal}}... Ik wil met je praten alleen, zonder hem. Bel niet naar huis. Stuur bericht naar dit nummer, het is van mijn buurvrouw [[person:Rasha]]: [[phone:+31 6 44 12 80 35]]." """,
]

# ---------------------------------------------------------------- hurried notes
TEXTS += [
    """hb mw [[person:el idrissi]] [[date:4/3]]. zoon [[person:adam]] (19) ook aanwezig, deed t woord. huurachterstand ca 2400 bij {{org:vestia}}, bwv aanvraag loopt via {{org:sociaal raadslieden}}. mw slaapt slecht, veel piekeren. ha is op de hoogte. vlgd afspr wo [[date:19/3]] 10u. tel [[person:adam]] [[phone:0687440312]]. adres [[address:jan blankenstraat 231]] [[postcode:2525tb]]""",
    """tel gespr dhr [[person:visser]] (broer van clt [[person:t. visser]]) - wil info over hoe t gaat, heb gezegd dat ik zonder toestemmign niks mag zeggen. hij was boos. clt zelf gebeld, ok dat broer info krijgt maar alleen over de woning niet over geld. afspr: ik bel broer terug op [[phone:06 - 22 81 03 57]] mrg. nb broer woont in {{wijk:Ypenburg}}, mss kan hij boodschappen doen""",
    """aantekening [[date:3-2]]
clt: mw. [[person:M. Roos-Bakker]], geb [[date:21-08-1947]]
adres [[address:Laan van Meerdervoort 1120-B]], [[postcode:2555 CK]]
vraag: rolstoel + traplift, wmo
ivm dementie man ([[person:Gerrit]]) veel mantelzorgdruk. dochter [[person:Yvonne]] ([[email:yvonne.roos@ziggo.nl]]) wil mee naar gesprek {{role:Wmo-adviseur}}
todo: afspr inplannen, dossiernr aanvragen""",
    """!!! niet vergeten: [[person:ayse]] ([[person:demir]]) bellen ivm uitslag {{org:UWV}} keuring. ze is erg zenuwachtig. nr: [[phone:06-14 78 32 09]]. als ze niet opneemt sms'en, geen voicemail (man luistert mee)""",
    """notitie na mdo [[date:18/2]] (later getypt)
aanw: [[person:sanne]] (swt), [[person:jeroen]] ({{org:parnassia}} {{role:spv}}), [[person:linda]] ({{org:mee}}), ha dr. [[person:Ramsaransing]]
clt [[person:d. lopes]] — zware depressie, gebruik, schulden ca 18k. 
afspr: parnassia start behandeling na intake [[date:6-3]], mee ondersteunt bij administratie, wij regelen bwv.
dossier swt: [[dossier:DH-ESC-25-0071]]""",
    """hb gedaan bij de fam [[person:Nguyen]] [[address:Zuidlarenstraat 57]]. mw spreekt weinig nl, dochter ([[person:Linh]], 12!) vertaalt. moet anders, volgende keer tolk. prob: schimmel in badk + slaapk, kinderen astma. {{org:Haag Wonen}} al 3x gemeld, meldnr [[dossier:HW-8812093]]. ik bel woonconsulent. mw tel [[phone:0642 19 07 66]]""",
    """kort: clt [[person:Ahmadzai]] wil NIET dat we contact opnemen met de moskee. respecteren. wel ok met contact {{org:vluchtelingenwerk}} ([[person:Gul]], {{role:maatschappelijk begeleider}}) [[email:g.noori@vluchtelingenwerk.nl]]. achtergrond: gezin is in 2021 gevlucht, vader was tolk voor het nederlandse leger. vertrouwen in instanties is laag. afspraak met [[person:gul]] en het gezin op [[date:do 20-3]], 14u, bij vluchtelingenwerk, [[address:Koningin Sophiestraat 120]]. gezin woont nog in de noodwoning [[address:Erasmusweg 502-b]], [[postcode:2532 CR]]""",
    """afspr dhr [[person:de wit]] verplaatst naar [[date:di 8 apr]] 14u ivm ziekenhuisopname vrouw. zoon [[person:sjaak]] belt als er wat is. adres blijft [[address:duinstraat 14-16]] scheveningen ([[postcode:2584 AZ]]). vrouw ligt in {{org:HMC}} Bronovo, val met de fiets, pols gebroken. dhr zelf redt zich wel maar eet slecht. [[person:sjaak]] brengt maaltijden. [[person:sjaak]] zijn nr: [[phone:06-44 12 76 39]]. volgende keer ook over de {{org:Wmo}} huishoudelijke hulp""",
    """🚩 signaal buurtbewoner via wijkagent: 
woning [[address:Hoefkade 1033]] — veel aanloop 's nachts, oudere bewoner (dhr [[person:Ramdin]], ± 80?) mss uitgebuit. wijkagent [[person:Martijn]] vraagt of wij langsgaan met hem. zaaknr politie [[dossier:PL1500-2025067713]]. voorstel: [[person:naima]] + [[person:martijn]] vrijdag.""",
    """bsn clt [[person:Mohamud]] = [[bsn:§BSN§]] (gecheckt met paspoort). geb [[date:01-01-1989]] (ja echt [[date:1 jan]], veel somaliërs hebben dat). adres: [[address:Delftselaan 12A]], [[postcode:2512 RA]]. inkomen: participatiewet. schulden onbekend, wil er niet over praten nog""",
    """ff voor mezelf: mw [[person:Zielińska]] heeft nu 2 bankrek, eentje onbekend bij bwv!! [[iban:§IBANs§]] (ing) en [[iban:§IBANl§]]. uitzoeken met [[person:Ferdi]] wat dit is. mogelijk loon zwart werk schoonmaak. voorzichtig mee omgaan""",
    """plan van aanpak (concept) — [[person:Hatice]] & [[person:Murat Arslan]]
1. huur: betalingsregeling {{org:Staedion}} afgesproken, 75/mnd vanaf [[date:1-4-2025]]
2. zoon [[person:Deniz]] (17): terug naar school, contact leerplicht (mw. [[person:Haddouchi]])
3. dhr [[person:Arslan]]: werk via {{org:Werkgeversservicepunt}}
4. evaluatie [[date:30 juni]]
contactpersoon swt: [[person:esra]], [[phone:06 1120 4451]] (werk)""",
    """terugbelverzoek: [[person:Lieke Groen]] van {{org:Stek}} ({{role:jongerenwerker}}) - over een jongen uit {{wijk:Bouwlust}} die dakloos is, [[person:Jordy]]. nummer [[person:lieke]]: [[phone:0617203388]]. [[person:jordy]] slaapt nu bij een vriend op de [[address:Beresteinlaan 540]], maar daar kan hij maar tot het weekend blijven. hij is 19, geen inkomen, geen zorgverzekering (!). [[person:lieke]] vraagt of wij een intake kunnen doen op [[date:maandag 10 maart]] in het jongerencentrum aan de [[address:Erasmusweg 1060]]. mail [[person:lieke]]: [[email:lieke.groen@stekjeugd.nl]]""",
    """clt [[person:kowalczyk]] wil contact met tolk pools altijd via {{org:Tolkenlijn}}. klantnr [[dossier:TL-40221]]. zelf tel: [[phone:+48 601 233 419]] (pools nummer!!) en nl: [[phone:06 84 19 22 75]]. woont sinds [[date:1-2-2025]] op [[address:Loosduinseweg 881 3e]], [[postcode:2571 CB]], samen met collega van het uitzendbureau. werkgever: {{org:Otto Workforce}}. vraag: zorgtoeslag, heeft nog nooit aangevraagd. bsn [[bsn:§BSN§]]""",
    """hb [[date:11-2]] bij mw [[person:Sabajo]], vnl gepraat over zoon [[person:Marlon]] die net vrij is uit de {{org:PI Haaglanden}}. hij wil bij haar wonen, zij twijfelt. reclassering ([[person:Vincent]], [[email:v.debruin@reclassering.nl]]) belt mij nog. mw wil ook weten of haar uitkering dan omlaag gaat (kostendelersnorm) - uitzoeken""",
    """gesprek op kantoor met [[person:Yonas Habte]] (26), eritreeër, statushouder sinds 2019. woont op kamer [[address:Weimarstraat 290 3e verd.]] [[postcode:2562 HS]]. wil studie (mbo verpleegkunde), probleem: DUO schuld. klantnr DUO [[dossier:2041-337-819]]. {{role:trajectbegeleider}} van gemeente: [[person:Wouter]]. vlgd afspr [[date:26/3]], hij neemt alle brieven mee""",
    """nb!! mw [[person:Bakker]] is NIET dezelfde als mw [[person:Bakker]] van de [[address:Kamperfoeliestraat 19]]. deze woont [[address:Kamperfoeliestraat 91]]. verwarring in het systeem, bij de intake is het verkeerde tel nr genoteerd. juiste nr: [[phone:070-3459217]]. dossier [[dossier:2024-11823]] aangepast""",
    """korte verslag. clt mw. [[person:Petrova]] kwam langs op het {{org:Servicepunt XL}} in {{wijk:Laak}}, zonder afspraak. in paniek: afsluiting stroom aangekondigd per [[date:vrijdag 28/2]]. {{org:Eneco}} gebeld, klantnr [[dossier:7004 8812 31]], afsluiting uitgesteld. mw nu naar {{org:GKB}} voor schuldhulp. email mw: [[email:stoyanka.petrova@abv.bg]]""",
    """[[person:Bram]] – jij had toch die dhr in {{wijk:Duindorp}}? [[person:v.d. Linden]]? zijn vrouw belde. ze zei: hij is [[date:zondag de 9e]] gevallen en ligt in {{org:Bronovo}}. ze wil weten of de afspraak van dinsdag doorgaat. haar nr [[phone:06-13098122]]. groet [[person:Nicole]]""",
    """aanmelding overgenomen van {{org:CJG}} ([[person:Sharon]]):
moeder [[person:Djamila Tavares]], 3 kinderen, [[address:Stuwstraat 3 bis]], [[postcode:2516 TN]]
vader ([[person:Nelson Semedo]]) uit beeld, contactverbod
vragen: financiën, woning te klein, moeder zelf depressief
bsn moeder: [[bsn:§BSNd§]]
bij intake kaapverdisch tolk (creools) vragen!""",
    """clt belde: afspr van do kan niet, heeft sollicitatie 🎉 nieuwe datum voorgesteld: [[date:ma 10/3]] of [[date:di 11/3]]. zelf kiezen: ik doe ma. clt = [[person:Florin Dumitru]], tel [[phone:0031 6 17 44 93 00]]. woont [[address:Moerweg 304]], [[postcode:2531 BS]], email [[email:florin.dumitru@yahoo.ro]]. sollicitatie is bij {{org:HTM}} als buschauffeur, spannend, duimen!""",
    """mw [[person:Lin]] (chinees restaurant [[address:Wagenstraat 80]], woont erboven op [[address:Wagenstraat 80-A]]) - mantelzorg voor schoonmoeder, overbelast. dochter [[person:Mei]] studeert in Delft, komt alleen in weekend. ze vroeg of er chinees sprekende vrijwilliger is. navragen bij {{org:Stichting Chinese Ouderen}}""",
    """notitie [[person:Gijs]]: huisbezoek gepland bij fam. [[person:Mahabier]], [[address:Loosduinseweg 706]], [[date:vrijdag 21 maart]], 9u30. doel: kennismaking, toestemmingsverklaring tekenen. meenemen: formulier, folder {{org:Servicepunt XL}}, visitekaartje. aanmelding kwam van {{org:Wmo-loket}} ([[dossier:WMO-25-01978]]). telefoon mw: [[phone:070-3975521]], zoon [[person:Vishal]]: [[phone:06 1837 4020]]. NB: mw heeft slechte ogen, formulier samen doorlopen. parkeren kan achter de flat, niet voor de deur (bewonersvergunning)""",
    """tel [[person:ingrid]] (dochter mw [[person:schipper]]) — moeder wil niet naar verpleeghuis, [[person:ingrid]] wel. ruzie in familie. mw [[person:schipper]] is wilsbekwaam volgens ha. dus: zij beslist. [[person:ingrid]] is mantelzorger, overbelast, verwijzen naar {{org:Mantelzorg Den Haag}}. [[person:ingrid]] [[email:ingridschipper64@hotmail.com]]""",
    """ivm verhuizing nieuwe gegevens clt [[person:Hakimi]]:
oud: [[address:Heemstraat 171]]
nieuw: [[address:Oude Haagweg 454-II]], [[postcode:2552 GR]] ({{wijk:Kraayenstein}}... nee {{wijk:Bohemen}}? checken)
tel blijft [[phone:06 2038 1744]]
rek.nr voor huur: [[iban:§IBAN§]]""",
    """zorgmelding ontvangen via {{org:Meldpunt Zorg en Overlast}}, meldingnr [[dossier:ZO-25-01193]]. betreft dhr [[person:Nowicki]], [[address:Hendrik Zwaardecroonstraat 48]]. stank uit woning, post stapelt op. buren zeggen dat hij pools is en geen familie heeft hier. actie: ik ga met [[person:Ruud]] langs mrg ochtend""",
    """aantekening (onleesbaar in de auto getypt sorry)
mw [[person:mensah]] gesprk: wil graag vrijwilligerswerk, kerk helpt veel. man [[person:kofi]] werkt bij {{org:PostNL}} nachtdienst. geen schulden (!). vraag is vnl eenzaamheid + taal. doorverwezen naar {{org:Bibliotheek Den Haag}} taalcafe. afgesloten.""",
    """-- overdracht aan [[person:Wendy]] ivm mijn verlof --
lopende zaken:
* [[person:Gwendolyn]] ([[dossier:2025-00288]]): wacht op besluit bijz bijst
* dhr [[person:Chaouch]]: vt zaak loopt, [[person:Sharon]] cjg is regiehouder
* [[person:Wiśniewska]]: ha ([[person:Lieveld]]) wil terugkoppeling, eind maart... sorry [[date:27/3]] afgesproken
* mw [[person:Hoop]]: ik hoop dat jij haar wel thuis treft haha
bellen kan altijd [[phone:06 48 21 33 90]]""",
    """intake (kort) [[date:12-3-25]]
naam: [[person:Kwabena Owusu]] 
geb: [[date:30.09.1976]]
adres: [[address:Rijswijkseweg 190 C]], [[postcode:2516 HE]]
tel: [[phone:06 5530 1876]]
mail: [[email:kowusu76@gmail.com]]
vraag: uitgeschreven uit brp na verblijf in Ghana, nu geen uitkering en geen zorgverzekering
actie: briefadres regelen, {{org:Publiekszaken}}""",
    """vz [[person:Marloes]]: clt [[person:Jagesar]] heeft nog steeds geen pgb. {{org:SVB}} zegt formulier niet ontvangen. Kenmerk svb [[dossier:PGB-2024-0981733]]. heb opnieuw gestuurd op [[date:7 maart]]. als 't weer niks wordt dan bel ik [[person:Annemiek]] bij de gemeente""",
    """hb [[date:woe 12/3]] bij [[person:Ewa]] — ze had gedronken, om 11u 's ochtends. wel aanspreekbaar. gesproken over {{org:Brijder}} (ze wil niet). kinderen zijn bij ex in Zoetermeer ([[address:Amerikaweg 91]]), omgang 1x per 2 wkn. ex = [[person:Paweł]]. mijn gevoel: niet veilig om kinderen hier te laten slapen. bespreken met [[person:Dennis]] en {{org:Veilig Thuis}}""",
    """reminder voor teamoverleg: casus [[dossier:#48231]] (mw [[person:D.]] uit {{wijk:Morgenstond}}) inbrengen ivm vastlopen met {{org:Wmo}}. zij heeft recht op huishoudelijke hulp maar de aanbieder heeft al 3 mnd geen personeel. wie heeft ervaring met klachten bij de gemeente? [[person:mirjam]]?""",
    """mw [[person:aydin]] belde over haar dochter [[person:zeynep]] (24), die terug thuis woont na scheiding met 2 kids. 6 mensen in 3-kamer flat [[address:Troelstrakade 56]]. vraagt urgentie aan. heb gezegd dat de kans klein is, maar we helpen met de aanvraag. stukken mailen naar [[email:zeynep.aydin@outlook.com]]""",
    """krabbel na buurtoverleg {{wijk:Spoorwijk}}:
- [[person:Jamal]] (bewonerscie) wil cursus geldzaken in buurthuis, ik help
- oudere mw zonder naam (!) op de 3e van [[address:Hunzestraat 128]] wordt vaak gezien in de kou - uitzoeken wie
- {{role:wijkagent}} [[person:Monique]] nieuw, nr 0900-8844... nee dat is algemeen, direct: [[phone:06 1078 2290]]""",
    """dhr [[person:Kostadinov]] weer gezien bij {{org:Kessler}} dagopvang [[date:do 6 maart]]. staat nu op wachtlijst nachtopvang. heeft nieuwe telefoon: [[phone:0685 31 11 04]]. bsn [[bsn:§BSNs§]] (ik had een oud nummer genoteerd, dit is goed)""",
    """email doorgestuurd van {{org:Woonbron}} Delft: huurder [[person:R. Doğan]], [[address:Papsouwselaan 177]], [[postcode:2624 AM]] Delft, achterstand 5 mnd. vraagt of wij (haags team) contact hebben, hij werkt hier in {{wijk:Laak}}. nee, niet bekend bij ons. doorgezet naar {{org:Sociaal Team Delft}}""",
]

# ---------------------------------------------------------------- longer chat threads
TEXTS += [
    """— [[date:woensdag 12 maart 2025]] —
[10:02] [[person:Marloes]]: mensen, ik heb een lastige. mw [[person:Benali]] ([[address:Vaillantlaan 312-I]], [[postcode:2526 EH]]) krijgt per [[date:1 mei]] geen huurtoeslag meer omdat haar zoon [[person:Youssef]] weer bij haar staat ingeschreven. hij woont er helemaal niet, hij zit in Rotterdam bij zijn vriendin
[10:05] [[person:Dennis]]: laat hem zich overschrijven, klaar toch?
[10:06] [[person:Marloes]]: hij reageert niet. moeder heeft zijn nummer, [[phone:06 43 90 17 28]], maar hij neemt niet op als hij ziet dat het de gemeente is
[10:09] [[person:Naima]]: ik ken [[person:Youssef]] nog van het jongerenwerk in {{wijk:Transvaal}}. laat mij hem appen, mss reageert hij op mij
[10:10] [[person:Marloes]]: graag! en anders een adresonderzoek aanvragen bij {{org:Publiekszaken}}, maar dat duurt weken
[10:31] [[person:Naima]]: hij heeft gereageerd 😎 gaat vrijdag naar het stadsdeelkantoor""",
    """[[person:Joost]], 08:12
Wie gaat er vandaag naar het {{org:Wmo-loket}}-overleg? Ik moet naar mw [[person:Hoekstra]] in {{wijk:Morgenstond}}, die heeft haar rollator in de lift laten staan en nu is ie weg 🙄
[[person:Fleur]], 08:14
Ik ga wel. Moet ik iets inbrengen?
[[person:Joost]], 08:15
Ja, de aanvraag van [[person:Mahabier]], dossier [[dossier:WMO-24-03317]]. Die loopt al sinds november en ze zit nog steeds zonder traplift. Ze woont op [[address:Melis Stokelaan 2208]], 2 hoog.
[[person:Fleur]], 08:16
Noted. Heb je een mailadres van haar schoonzoon? Die wilde op de hoogte blijven.
[[person:Joost]], 08:20
[[email:r.mahabier@kpnmail.nl]] ([[person:Ravi]]). Succes!""",
    """[[[date:24-02-2025]] 13:45:07] [[person:Yasmina]]: Hoi allemaal, bij de {{org:Voedselbank}} zeggen ze dat het formulier voor dhr. [[person:Farah]] niet klopt. Ze willen een verwijzing van ons met het BSN erop en een bankafschrift.
[[[date:24-02-2025]] 13:46:51] [[person:Bas]]: BSN van hem staat in het dossier, [[bsn:§BSNs§]]. Bankafschrift moet hij zelf downloaden
[[[date:24-02-2025]] 13:47:30] [[person:Yasmina]]: hij heeft geen smartphone 😕 wel pinpas. Rekening is [[iban:§IBANs§]]
[[[date:24-02-2025]] 13:49:02] [[person:Bas]]: dan samen naar de bank, {{org:ABN AMRO}} in de Spuistraat doet dat nog aan de balie volgens mij
[[[date:24-02-2025]] 13:49:40] [[person:Yasmina]]: ok ik ga [[date:do 27/2]] met hem""",
    """Groep "Ouderen {{wijk:Segbroek}}/{{wijk:Scheveningen}}"
[[person:Anke]] (wijkverpleging): Goedemiddag, mw [[person:Zwart]] aan de [[address:Scheveningseweg 48]] wil dat ik doorgeef dat ze de ouderenconsulent gemist heeft vanochtend. Ze zat bij de kapper 😂 Kan [[person:Marieke]] nog een keer komen?
[[person:Marieke]] (ouderenconsulent {{org:Xtra}}): Haha ja prima. [[date:Vrijdag 14 maart]] 11u? Wil jij het doorgeven? Ze neemt de telefoon nooit op.
[[person:Anke]]: Doe ik! Haar nicht [[person:Sandra]] regelt de agenda, [[phone:06-29018377]]. Ik stuur [[person:Sandra]] een berichtje.
[[person:Marieke]]: Dank je! Nog iets: mw [[person:Zwart]] vertelde vorige keer over schulden bij de {{org:Belastingdienst}}. Weet jij of er een {{role:bewindvoerder}} is?
[[person:Anke]]: Niet dat ik weet. Ik vraag het [[person:Sandra]].""",
    """[[date:07-03-25]] 16:10 - [[person:Dennis]]: ik heb vandaag eindelijk de kinderen van [[person:Ayşe]] gesproken. [[person:Berkay]] (11) en [[person:Ela]] (8). [[person:berkay]] vertelde dat papa soms heel hard schreeuwt en dat mama dan huilt in de badkamer
[[date:07-03-25]] 16:12 - [[person:Esra]]: oei. dit moet naar {{org:Veilig Thuis}}
[[date:07-03-25]] 16:13 - [[person:Dennis]]: ja. ik doe de melding maandag samen met [[person:Sharon]] van het {{org:CJG}}. mama weet ervan en is akkoord, ze wil zelf ook hulp. papa = [[person:Serkan Doğan]], woont officieel op [[address:Hengelolaan 616]] maar is eigenlijk steeds bij haar
[[date:07-03-25]] 16:15 - [[person:Esra]]: zal ik mee ivm taal? mama's turks is beter dan haar nederlands
[[date:07-03-25]] 16:15 - [[person:Dennis]]: graag 🙏""",
    """[09:31] [[person:Priscilla]]: Even checken: heeft iemand nog contact met [[person:Shurandy Isenia]]? {{org:Vidomes}} vraagt ernaar, hij is al een maand niet gezien in zijn woning [[address:Goeverneurlaan 440]]
[09:40] [[person:Ruud]]: Zijn moeder woont in Rijswijk, mw. [[person:Rosario]], [[address:Generaal Spoorlaan 23]], [[postcode:2283 GK]]. Misschien weet zij meer
[09:41] [[person:Priscilla]]: [[person:Rosario]] is haar achternaam? en die van hem [[person:Isenia]]?
[09:42] [[person:Ruud]]: Ja, ze is hertrouwd. Ze heet [[person:Mirjam Rosario]]. Tel heb ik niet, wel een mail van vroeger: [[email:mirjam.rosario@live.nl]]
[09:44] [[person:Priscilla]]: Top, ik mail haar. Dossier bij ons: [[dossier:2023-08814]]""",
    """Chat met [[person:Hanane]] (clt)
Hanane: salam [[person:Naima]]! ik heb eindelijk de huurcontract 😭😭 {{org:Haag Wonen}}, [[address:Fahrenheitstraat 520]], [[postcode:2561 DG]]
Naima: WAT super!!! gefeliciteerd 🎉 wanneer krijg je de sleutel?
Hanane: [[date:1 april]]. maar ik heb geen meubels. en de kinderen [[person:Imane]] en [[person:Ayoub]] hebben geen bed
Naima: ik regel een aanvraag bij {{org:Stichting Present}} en {{org:Leger des Heils}} kringloop. stuur me je iban, dan kan ik de inrichtingskosten aanvragen
Hanane: [[iban:§IBAN§]]
Naima: dank je. ik bel je maandag 💛""".replace("Hanane:", "[[person:Hanane]]:").replace(
        "Naima:", "[[person:Naima]]:"
    ),
    """[[person:Gijs]] (Signal): [[person:Ilse]] ben je er? Ik sta bij [[address:Ruychrocklaan 16B]] maar er wordt niet opengedaan. [[person:Roos]] heeft de afspraak zelf gemaakt gisteren.
[[person:Ilse]]: Bel aan bij de buren, 16A, daar woont mw. [[person:Koster]], die heeft een sleutel volgens mij.
[[person:Gijs]]: Gedaan, mw [[person:Koster]] zegt [[person:Roos]] is gisteren met een vriendin weggegaan met een koffer 🤔
[[person:Ilse]]: Hmm. Laat een kaartje achter. Ik app haar zus. [[person:Jade Hoop]], [[phone:06 87 02 14 55]]
[[person:Gijs]]: 👍 ik ga terug naar kantoor""",
    """[[[date:19-03]] 11:58] [[person:Kim]]: collega's, ik zoek iemand die Tigrinya spreekt voor een huisbezoek bij de fam [[person:Abraha]] in {{wijk:Leyenburg}}. [[person:Senait]] (moeder) is net bevallen en er is geen kraamzorg geregeld 😳
[[[date:19-03]] 12:02] [[person:Hamid]]: [[person:Tesfay]] van {{org:VluchtelingenWerk}} kan misschien. [[email:t.gebremariam@vluchtelingenwerk.nl]]
[[[date:19-03]] 12:05] [[person:Kim]]: dank! adres is [[address:Leyweg 804]], [[postcode:2545 GV]]. wil er liefst vandaag heen
[[[date:19-03]] 12:06] [[person:Tamara]]: bel ook de {{role:jeugdverpleegkundige}} van het {{org:CJG}}, die moet toch langskomen na een geboorte""",
    """[[date:31/01/2025]], 14:20 - [[person:Selma]]: vraag over privacy: mag ik in de groepsapp de naam van een clt noemen? [[person:Tamara]] zei dat we alleen initialen moeten gebruiken
[[date:31/01/2025]], 14:22 - [[person:Tamara]]: ja, eigenlijk initialen. dus niet "[[person:Ahmed Bouzid]] van de [[address:Stuwstraat 12]]" maar "[[person:A.B.]]"
[[date:31/01/2025]], 14:23 - [[person:Bas]]: oeps 🙈 ik heb vorige week hele adressen gezet
[[date:31/01/2025]], 14:25 - [[person:Tamara]]: haha geeft niet, we beginnen vanaf nu. en nooit een bsn in de app""",
    """Signal – SWT {{wijk:Bezuidenhout}}
[[person:Chantal]]: Wie heeft er morgen tijd voor een tolk-gesprek? Afghaanse familie, dhr [[person:Rahimi]], [[address:Theresiastraat 243]]. Dari.
[[person:Rik]]: Ik heb morgen alleen 's middags. Na 14u.
[[person:Chantal]]: Perfect, 14:30. Tolk heet [[person:Nazanin]], zij belt jou vooraf op jouw werknummer.
[[person:Rik]]: Prima. Waar gaat het over?
[[person:Chantal]]: Zoon [[person:Hamid]] (niet onze [[person:Hamid]] 😄) heeft een brief van de {{org:IND}} gekregen, ze snappen niet wat er staat. V-nummer [[dossier:3012 449 812]]. En de huur is te hoog voor de uitkering.""",
    """[[[date:2-4]] 07:45] [[person:Wendy]]: Morgen! [[person:Peter-Jan]] is ziek, zijn afspraken:
9u dhr [[person:van Dijk]] telefonisch ([[phone:070 362 40 19]])
11u mw [[person:Sewdien]] huisbezoek [[address:Anna Blamanplein 27]]
14u MDO [[person:Kromodimedjo]], {{org:Florence}} locatie {{wijk:Mariahoeve}}
[[[date:2-4]] 07:52] [[person:Lotte]]: ik neem 9 en 11
[[[date:2-4]] 07:55] [[person:Selma]]: ik doe het MDO, ik ken mw [[person:Kromodimedjo]] nog
[[[date:2-4]] 07:55] [[person:Wendy]]: top team 💪""",
    """[[person:Ruud]]: Even gedeeld met toestemming van clt: we hebben vandaag een huisuitzetting voorkomen! 🎉 Dhr [[person:Boerhaave]]... nee sorry, verkeerde naam, dhr [[person:B.]] ([[dossier:2024-07155]]) mag blijven wonen in de {{wijk:Rivierenbuurt}}. Deurwaarder akkoord met betalingsregeling.
[[person:Mirjam]]: Geweldig! Hoe?
[[person:Ruud]]: Samen met {{org:Haagse Kredietbank}} en de {{role:woonconsulent}} van {{org:Staedion}}. Vooral: de {{role:deurwaarder}} wilde pas praten toen er een concreet bedrag lag.
[[person:Mirjam]]: Les voor de casusles! Schrijf je het op voor het platform?""",
    """[[[date:10 maart 2025]], 20:13] [[person:Zeynep]]: Goedenavond [[person:Soraya]], sorry dat ik zo laat app. Mijn moeder (mw [[person:Aydın]]) is vandaag gevallen en ligt in het {{org:Haga}} ziekenhuis, [[address:Els Borst-Eilersplein 275]]. Ze wil dat u weet dat ze er morgen niet is.
[[[date:10 maart 2025]], 20:20] [[person:Soraya]]: Goedenavond [[person:Zeynep]], wat vervelend! Dank voor het laten weten. Beterschap voor je moeder. Ik bel je later deze week, of wil je liever dat ik mail naar [[email:zeynep.aydin@outlook.com]]?
[[[date:10 maart 2025]], 20:21] [[person:Zeynep]]: Bellen is goed, [[phone:0616883021]]""",
    """[[person:Fleur]] 17:40: mw [[person:Ivanova]] is ontslagen uit het ziekenhuis, wil graag terug naar huis ([[address:Heesterstraat 2c]], [[postcode:2565 TV]]) maar de trap is te steil. revalidatie via {{org:Florence}} {{wijk:Mariahoeve}}? of tijdelijk naar een logeerhuis?
[[person:Selma]] 17:44: logeerhuis {{org:Het Wijkhuis}} heeft plek sinds maandag. Contact [[person:Corrie]], [[phone:070 - 205 11 88]]
[[person:Fleur]] 17:46: top! ik bel morgen. haar neef [[person:Georgi]] komt helpen met de verhuizing van spullen
[[person:Selma]] 17:47: en meld de val aan de {{role:wijkverpleegkundige}} 🙂""",
    """[14:15] [[person:Naima]]: Hoe ging het intakegesprek met [[person:Ionuț]]?
[14:30] [[person:Ferdi]]: goed! hij is gemotiveerd. werkt in de kassen in Wateringen via uitzendbureau, woont met 6 Roemenen in een huis in {{wijk:Laakkwartier}}, [[address:Slicherstraat 39]]. betaalt 450 euro per bed 😡
[14:31] [[person:Naima]]: dat is uitbuiting. {{org:FairWork}} bellen?
[14:33] [[person:Ferdi]]: ja. hij wil eerst zelf weg daar. ik help hem met een kamer zoeken. zijn mail: [[email:ionut.dumitru.1996@gmail.com]], tel [[phone:+40 742 118 903]]""",
    """— Groepsapp SWT {{wijk:Moerwijk}} / {{wijk:Zuiderpark}} —
[[person:Lotte]] [[[date:13-2]] 08:01]: goedemorgen! vandaag bij [[person:Sunita]] langs voor de toestemmingsverklaring, ze heeft hem nog niet getekend
[[person:Hamid]] [[[date:13-2]] 08:03]: zonder handtekening mogen we niks delen met {{org:Parnassia}} he
[[person:Lotte]] [[[date:13-2]] 08:04]: klopt. daarom ga ik. en ik neem haar loonstroken mee terug voor de {{org:GKB}}, nummer [[dossier:HKB 2025-1880]]
[[person:Hamid]] [[[date:13-2]] 08:05]: succes 🍀""",
    """[[person:Rik]]: wie weet het adres van het {{org:Zorg- en Veiligheidshuis}}? moet een casus inbrengen voor het casusoverleg
[[person:Tamara]]: [[address:Lekstraat 20]]... nee dat is oud. ze zitten nu op [[address:Fluwelen Burgwal 58]] volgens mij
[[person:Rik]]: ok. de casus is [[person:Brian]] ([[person:B.W.]]), van oma [[person:Wil]]. {{org:politie}} heeft 4 meldingen in 3 maanden
[[person:Tamara]]: zet hem in de agenda van [[date:donderdag 20/3]]. contactpersoon daar is [[person:Jolien]], [[email:jolien.vandermeer@zvhhaaglanden.nl]]""",
    """Android export, "Team {{wijk:Leidschenveen}}/{{wijk:Ypenburg}}"
[[date:18-02-25]] 09:00 - [[person:Bas]]: nieuwe clt: mw. [[person:Ghebremariam]] ([[person:Helen]]), [[address:Van Zegveltlaan 142]], [[postcode:2496 RN]]. aanmelding via huisarts dr. [[person:Ooms]] ivm depressie na bevalling
[[date:18-02-25]] 09:02 - [[person:Chantal]]: ik pak m. heb jij een tel?
[[date:18-02-25]] 09:04 - [[person:Bas]]: [[phone:06 87 54 20 19]]. man heet [[person:Dawit]], werkt nachten
[[date:18-02-25]] 09:05 - [[person:Chantal]]: ok. ik bel vandaag nog""",
    """[[person:Naima]] → [[person:Khadija]] (app)
Naima: Goedemiddag Khadija, ik heb Bilal gesproken bij school. Hij doet zijn best 🙂 De afspraak met de {{role:leerplichtambtenaar}} is [[date:vrijdag 4 april]] om 13u, op school ({{org:Johan de Witt scholengroep}}).
Khadija: dank u juf! ik kom. mag mijn zus [[person:Fatiha]] mee?
Naima: Natuurlijk. Neem de brief mee met het nummer [[dossier:LPA-25-00914]].""".replace(
        "Naima: ", "[[person:Naima]]: "
    )
    .replace("Khadija: ", "[[person:Khadija]]: ")
    .replace("Khadija, ik heb Bilal", "[[person:Khadija]], ik heb [[person:Bilal]]"),
]

# ---------------------------------------------------------------- mixed, longer: forwarded forms, lessons in chat, notes
TEXTS += [
    """Doorgestuurd bericht ↪️
"Beste wijkteam, hierbij mijn gegevens voor de aanvraag van de {{org:Ooievaarspas}}:
[[person:Agnieszka Wójcik]]
[[address:Newtonstraat 315]]
[[postcode:2562 KZ]] Den Haag
[[email:aga.wojcik@wp.pl]]
BSN [[bsn:§BSN§]]
Rekening [[iban:§IBANs§]]
Kinderen: [[person:Lena]] ([[date:03-05-2015]]) en [[person:Filip]] ([[date:17-11-2018]])
Dank u wel!"
[[person:Marloes]]: wie pakt dit op? ze heeft het naar de teammail gestuurd ipv naar het loket""",
    """Les voor het platform (concept, nog anonimiseren!!)
In {{wijk:Schilderswijk}} kwamen we bij mw [[person:S.]] ([[person:Saida]]) pas binnen toen we via de {{role:ervaringsdeskundige}} [[person:Latifa]] gingen. Mw had eerder 3x de deur dichtgehouden voor de {{role:maatschappelijk werker}}. [[person:Latifa]] kende haar van de moskee aan de [[address:Hobbemastraat 90]]... nee die weg laten. Wat werkte: eerst koffie, geen formulieren, pas bij de 3e keer de toestemmingsverklaring ([[date:vr 7 februari]]). Nu loopt er een schuldtraject bij de {{org:GKB}}, dossier [[dossier:GKB-2025-00377]]. Les: investeer in vertrouwen, neem iemand mee die de taal en cultuur kent.""",
    """uit de teamapp geplakt voor het dossier:
[[person:Dennis]]: clt [[person:T. Mulder]] heeft weer een nieuwe schuldeiser. {{org:CJIB}} boete 380 euro, kenmerk [[dossier:8109 3377 1625 048]]
[[person:Esra]]: dat kenmerk mist een cijfer 😅 kijk even goed
[[person:Dennis]]: oeps, [[dossier:8109 3377 1625 0048]]
[[person:Esra]]: beter. betalingsregeling kan via hun site met DigiD. heeft hij DigiD?
[[person:Dennis]]: nee. aanvragen via zijn dochter... ik bedoel met zijn dochter samen. ze heet [[person:Kelly]], [[phone:06-31 47 00 29]]""",
    """Aanmelding via webformulier {{org:Servicepunt XL}} (gekopieerd)
Naam: [[person:Giorgos Papadakis]]
Geboortedatum: [[date:11/06/1962]]
Adres: [[address:Elandstraat 176 A]]
Postcode: [[postcode:2513GV]]
Telefoon: [[phone:+31612340078]]
E-mail: [[email:gpapadakis62@hotmail.gr]]
Vraag: "ik ben mijn baan kwijt bij restaurant en de huur is te hoog. ik heb ook een zieke rug. kan iemand mij helpen met de papieren voor uitkering?"
Notitie [[person:Kim]]: doorgezet naar {{role:klantmanager}} werk & inkomen + bij ons aangemeld als nieuwe casus [[dossier:SWT-CE-2025-0144]]""",
    """spraakmemo → tekst (fouten niet verbeterd)
dus ik ben bij meneer [[person:Pinas]] geweest, [[address:Zuiderparklaan twee honderd twaalf]], hij had de ontruimingsbrief op de tafel liggen. vonnis datum [[date:eenentwintig februari]]. ik heb met [[person:Gert-Jan]] van het huurteam gebeld en die zegt er is nog een kans, hoger beroep of regeling. de deurwaarder is {{org:Flanderijn}}, kenmerk [[dossier:F 2024 88 1931]]. meneer zijn zus [[person:Gwendolyn]] gaat mee naar de afspraak. zus haar nummer [[phone:nul zes, drie één, vijf vijf, nul acht, zeven zeven]] ... [[phone:06 31 55 08 77]] voor het gemak. oké dat was het""",
    """Hoi [[person:Ferdi]], zoals beloofd de gegevens van mijn broer voor de {{org:Voedselbank}}:
[[person:Daniel Kostov]]
[[address:De la Reyweg 512]] (achterkant, bel 3)
[[postcode:2571 EZ]]
geb. [[date:2/7/1979]]
bsn [[bsn:§BSN§]]
hij heeft geen mail, stuur maar naar mij: [[email:m.kostova@gmail.com]]
Groetjes [[person:Maria]]""",
    """[[[date:5 feb]] 22:10] [[person:Sanne]]: sorry laat, maar ik moet dit kwijt. bij [[person:Elif]] geweest vandaag, mw [[person:Yilmaz]]'s dochter. zij vertelde dat haar moeder al jaren geld afgeeft aan haar broer [[person:Mehmet]]. hele pensioen. de {{org:SVB}} AOW gaat naar zijn rekening [[iban:§IBANs§]] !!
[[[date:5 feb]] 22:14] [[person:Joost]]: financiële uitbuiting. moeten we melden bij {{org:Veilig Thuis}}, die doen ook ouderenmishandeling
[[[date:5 feb]] 22:15] [[person:Sanne]]: ja. morgen. mw woont [[address:Soestdijksekade 702]], [[postcode:2574 BN]]. ik wil er wel eerst met mw zelf over praten, zonder Mehmet""".replace(
        "zonder Mehmet", "zonder [[person:Mehmet]]"
    ),
    """notitie tel. contact {{org:Veilig Thuis}} Haaglanden [[date:10-3-2025]]
gesproken met [[person:Dewi]] (triagist). melding fam. [[person:Chaouch]] is in behandeling, VT-nummer [[dossier:VT-2025-0318-HG]]. zij vragen of wij de kinderen kunnen zien op school. scholen: [[person:Nour]] (9) en [[person:Rayan]] (7) op {{org:De Springbok}}, [[person:Sami]] (4) nog op {{org:peuterspeelzaal De Vlindertuin}}. terugbellen naar [[person:Dewi]] op 0800-2000... dat is het algemene nr, direct: [[phone:088 – 123 44 71]]""",
    """[[person:Wendy]] 09:14
Hoi allen, nieuwe afspraken voor de week van [[date:17 maart]]:
ma: mw [[person:Tan]] (Chinese mw, [[address:Gaslaan 10-III]], tolk Mandarijn)
di: dhr [[person:Al Masri]] op kantoor
wo: vrij (kick-off pilot)
do: fam [[person:Ouali]], [[address:Zaanstraat 36 hs]], [[postcode:2515 SB]]
vr: overdracht aan [[person:Lotte]]
Voor mw [[person:Tan]]: haar zoon [[person:Wei]] regelt de post, [[email:wei.tan1990@163.com]]""",
    """Hee [[person:Tamara]] ik ben het [[person:Priya]]. Ik heb de bankpas terug 🙏 De bewindvoerder heeft het geld gestort. Maar nu zegt de {{org:Kredietbank}} dat ik nog een formulier moet tekenen voor [[date:20 maart]] anders stopt de regeling. Mijn nummer bij hun is [[dossier:KB/25/003812]]. Kan jij mee? Ik woon nu bij mijn tante [[person:Sarita]], [[address:Vlierboomstraat 377]], [[postcode:2564 JL]]. Thx!!""",
    """memo overdracht (getypt in de tram, excuus)
clt [[person:Abdirahman Warsame]] – verwarming kapot, {{org:Staedion}} storingsnr [[dossier:ST-7731290]]. monteur komt [[date:do 13-3]] tussen 8-12. clt werkt, vrouw [[person:Faadumo]] is thuis. tel faadumo: [[phone:06 44 09 82 16]]. als monteur niet komt: escaleren via [[person:Joyce]] woonconsulent, [[email:j.verbeek@staedion.nl]]. kinderen hebben verkoudheid, ha weet ervan""".replace(
        "tel faadumo:", "tel [[person:faadumo]]:"
    ),
    """Chat export (iOS)
[[[date:06-01-2025]], 11:02:44] [[person:Bas]]: Nieuwjaarswens team 🥂 en meteen een vraag: wie heeft de sleutel van de bakfiets?
[[[date:06-01-2025]], 11:05:10] [[person:Naima]]: [[person:Hamid]]! hij heeft hem mee naar huis genomen 😂
[[[date:06-01-2025]], 11:06:31] [[person:Hamid]]: haha ja, staat bij mij in de schuur. ik neem hem mee
[[[date:06-01-2025]], 11:20:02] [[person:Bas]]: top. ik moet spullen brengen naar mw [[person:Kowalska]], [[address:Zuidlarenstraat 21-2]]. ze is [[date:vrijdag 3 jan]] verhuisd en heeft geen pannen""",
    """info voor de {{role:Wmo-adviseur}} ([[person:Kees]]):
- naam clt: [[person:J. Hoekstra-Bloem]], weduwe, 88
- adres: [[address:Aaltje Noordewierlaan 12]], [[postcode:2548 MS]]
- tel: [[phone:070 – 3 29 57 02]]
- contactpersoon: kleinzoon [[person:Thijs]], [[email:thijsbloem@gmail.com]]
- vraag: scootmobiel, want kan niet meer lopen naar de {{org:Albert Heijn}}
- eerdere aanvraag afgewezen [[date:14 okt. 2024]], kenmerk [[dossier:WMO-2024-18812]]""",
    """[08:55] [[person:Soraya]]: Goedemorgen! Wie heeft de nieuwe {{role:POH-GGZ}} al ontmoet bij de praktijk op de [[address:Hengelolaan 400]]? Ze heet [[person:Nina]] en wil kennismaken met ons team
[08:57] [[person:Ilse]]: ik niet. wel fijn, vorige POH deed niks met onze verwijzingen
[09:00] [[person:Soraya]]: ik nodig haar uit voor het teamoverleg van [[date:dinsdag 1 april]]. Mailadres [[email:n.hendriks@gezondheidscentrumescamp.nl]]
[09:02] [[person:Gijs]]: en vraag of ze iets weet van dhr [[person:Demir]], die wacht al 8 weken""",
    """klad intake (nog overzetten)
[[person:Olga Dumitru]] ([[person:Dumitru-Ionescu]] op paspoort)
*[[date:14-2-1985]]*
[[address:Kempstraat 102]], [[postcode:2572 GR]]
[[phone:0626 918 313]]
bsn [[bsn:§BSNd§]]
iban [[iban:§IBAN§]]
kinderen: geen. partner: [[person:Vasile]] (in Roemenië)
werk: schoonmaak, 20u, zwart (!!). schuld: ca 7000. stress, slaapt niet. ha: dr. [[person:Zhang]] {{org:Gezondheidscentrum Transvaal}}""",
    """hoi [[person:Selma]]!! met [[person:Corrie]] van het logeerhuis. mw [[person:Ivanova]] is hier goed aangekomen. ze vraagt naar haar bril, die ligt nog thuis op [[address:Heesterstraat 2c]]. kan iemand die halen? en de huisarts moet de medicatielijst sturen naar [[email:logeerhuis@hetwijkhuis.nl]]. groetjes!!""",
    """verslag kort huisbezoek, [[person:Marloes]] + [[person:Bas]]
clt [[person:Kaya]], [[address:Dierenselaan 104]] ([[date:26/2]])
- dhr is depressief sinds ontslag, ligt veel op bed
- mw werkt als schoonmaker, zoon [[person:Burak]] regelt de papieren (hij is 22)
- bijz bijstand aangevraagd, kenmerk [[dossier:BB-2025-002218]]
- afspraak met {{role:POH-GGZ}} [[person:Nina]] geregeld voor dhr
- volgend hb [[date:ma 17-3]], dan ook over de schuld bij {{org:Zilveren Kruis}} (zorgpremie, 11 mnd achterstand)""",
    """[[[date:15-01]] 14:14] [[person:Kim]]: wie spreekt Spaans? mw [[person:Alejandra Rojas]], colombiaanse, net uit de opvang, woont nu [[address:Waldeck Pyrmontkade 871]], [[postcode:2518 JS]]. verblijfsstatus onduidelijk
[[[date:15-01]] 14:20] [[person:Ruud]]: ik! beetje. wat is de vraag?
[[[date:15-01]] 14:22] [[person:Kim]]: ze heeft een dochter van 6, [[person:Valentina]], die niet naar school gaat. en ze heeft geen geld voor eten
[[[date:15-01]] 14:23] [[person:Ruud]]: eerst {{org:Voedselbank}} noodpakket, en {{org:Stichting Los}} voor de status. ik ga morgen""",
    """App van clt aan {{role:MEE-consulent}} (doorgestuurd aan ons met toestemming):
"hoi [[person:linda]] ik ben het [[person:brian]]. oma is weer boos op mij, ze zegt ik moet weg. ik wil niet naar de opvang. mag ik bij jou slapen haha grapje. maar echt ik weet niet waar ik moet. mijn vriend [[person:dylan]] zegt ik kan bij hem maar zijn huis is van {{org:parnassia}} begeleid wonen. zijn adres [[address:moerweg 12a]]. bel me [[phone:0613 55 02 81]]" """,
    """Notitie uit telefoongesprek met {{org:Jeugdbescherming West}}
[[date:Maandag 24/2]]. Gezinsvoogd [[person:Esther Pool]] belt over gezin [[person:Semedo]]/[[person:Tavares]]. Er komt een OTS-verzoek voor [[person:Nilton]] (10). Moeder [[person:Djamila]] weet het nog niet. Zij vraagt ons aanwezig te zijn bij het gesprek op [[date:3-3]] om moeder te steunen. Raadsonderzoek nr [[dossier:RvdK 2025/00912]]. Esther: [[phone:06-10 22 94 38]], [[email:e.pool@jbwest.nl]]""".replace(
        "Esther: [[phone", "[[person:Esther]]: [[phone"
    ),
    """Hee allemaal, even een vraag van [[person:Fatima]] ({{org:Sociaal Raadslieden}} {{wijk:Transvaal}}): zij heeft een clt, dhr [[person:Bouzid]] sr., [[address:Wolweverstraat 4 A]], die bij geen enkel team bekend is maar wel veel problemen heeft: huur, zorgverzekering en zijn vrouw heeft dementie. Kunnen wij hem aannemen? Zijn geboortedatum [[date:01-07-1944]], [[postcode:2525 XN]]. Fatima: [[email:f.elhaddaoui@sociaalraadslieden.nl]]""".replace(
        "Fatima: [[email", "[[person:Fatima]]: [[email"
    ),
    """[[person:Lotte]]: Kleine update voor wie [[person:Sunita]] kent: toestemmingsverklaring is getekend ✅ ({{org:Parnassia}} krijgt nu info). Ze vertelde trouwens dat [[person:Rakesh]] sinds [[date:8 maart]] in de kliniek zit aan de [[address:Lijnbaan 4]], vrijwillig. Ze is opgelucht
[[person:Hamid]]: Fijn om te horen!
[[person:Dennis]]: Goed werk Lotte 👏 dan kan de {{org:VT}}-zaak ([[dossier:VT-2025-002741]]) misschien naar monitoring""".replace(
        "Goed werk Lotte", "Goed werk [[person:Lotte]]"
    ),
]

# ---------------------------------------------------------------- region (Delft, Zoetermeer, Rijswijk, Voorburg, Westland ...), mixed registers
TEXTS += [
    """Spraakmemo, Delft, na huisbezoek
oké, memo voor het dossier. ik was bij mevrouw [[person:Asante]] in {{wijk:Tanthof}}, [[address:Brasserskade honderdnegen]], postcode [[postcode:2616 KT]]... nee het is [[postcode:2622 KT]], ik check het nog. ze is in december verhuisd uit {{wijk:Moerwijk}}, dus ze valt nu onder het {{org:Sociaal Team Delft}}. ik draag over aan [[person:Mariëlle]] daar. haar bsn voor de overdracht: [[bsn:§BSNw§]]. dochter [[person:Adjoa]] is de contactpersoon, nummer [[phone:nul zes, zeventien, negentig, twintig, vijf nul]]. eh, overdrachtsgesprek gepland op [[date:veertien april]], half tien. klaar.""",
    """[[[date:28-02]] 10:40] [[person:Mariëlle]] (Sociaal Team Delft): Dank voor de overdracht van mw Asante! Kleine vraag: klopt het iban dat jullie hadden? [[iban:§IBANs§]]. De {{org:Kredietbank Delft}} krijgt een foutmelding
[[[date:28-02]] 10:52] [[person:Sanne]]: Hm, ik kijk. Dat heeft haar dochter doorgegeven. Ik vraag het na bij [[person:Adjoa]]
[[[date:28-02]] 11:30] [[person:Sanne]]: Adjoa zegt dat het de oude rekening is, nieuwe is [[iban:§IBANs§]]
[[[date:28-02]] 11:31] [[person:Mariëlle]]: Top, dank je!""".replace(
        "voor de overdracht van mw Asante", "voor de overdracht van mw [[person:Asante]]"
    ).replace("[[person:Sanne]]: Adjoa zegt", "[[person:Sanne]]: [[person:Adjoa]] zegt"),
    """hb zoetermeer (samenwerking met {{org:Sociaal Team Zoetermeer}}, clt verhuist naar DH)
mw [[person:Tjon-A-Fat]], [[address:Dorpsstraat 156]], [[postcode:2712 AR]] Zoetermeer
→ nieuw adres per [[date:1-5]]: [[address:Withuysstraat 14-hs]], {{wijk:Rustenburg}}
tel [[phone:079 – 316 88 04]] (vast), mob [[phone:06 2266 1470]]
zoon [[person:Rudi]] ([[email:rudi.tjonafat@gmail.com]]) helpt bij verhuizing
lopend dossier Zoetermeer: [[dossier:ZTM-SWT-24-4409]], wij krijgen nieuw nr na inschrijving""",
    """Hoi [[person:Bas]],
met [[person:Sevda]] van {{org:Welzijn Rijswijk}} 😊 We hebben een mevrouw die bij jullie bekend was: [[person:Güler Çelik]], nu wonend op [[address:Sir Winston Churchilllaan 330]], [[postcode:2285 SJ]] Rijswijk ({{wijk:Te Werve}}). Ze zegt dat haar dossier bij jullie nog openstaat, nr [[dossier:2023/DH/4471]]. Kun je dat sluiten en een warme overdracht doen? Mijn nr [[phone:070 – 890 56 12]]. Alvast dank!""",
    """clt uit Leidschendam ({{wijk:Prinsenhof}}) meldt zich bij ons op het servicepunt, woont officieel nog daar: dhr [[person:Van der Berg]], [[address:Prinses Mariannelaan 120]]... nee dat is Voorburg. correctie: [[address:Prins Bernhardlaan 88]], [[postcode:2264 XB]] Leidschendam. geb [[date:23.04.1958]]. hij slaapt bij zijn vriendin in {{wijk:Bezuidenhout}}. bsn [[bsn:§BSNs§]]. doorverwijzen naar {{org:Sociaal Team Leidschendam-Voorburg}}, contact [[email:sociaalteam@lv.nl]]""",
    """[07:52] [[person:Priscilla]]: Goedemorgen! Ik ben vandaag in het Westland voor clt [[person:Kowalczyk]] (werkt in de kassen in Naaldwijk). Hij woont op een vakantiepark, [[address:Zwartendijk 42 unit 17]], [[postcode:2671 LG]] Naaldwijk. Geen inschrijving BRP 😬
[07:55] [[person:Dennis]]: sterkte. neem contact op met [[person:Iwona]] van {{org:Barka}}, zij helpt Poolse arbeidsmigranten. [[phone:+31 6 1987 3307]]
[07:56] [[person:Priscilla]]: thx 🙏""",
    """Bericht via de app "Mijn Wijkteam":
Van: [[person:Nadia Ouali]]
Datum: [[date:ma 3 mrt 2025]], 21:48
"Beste [[person:Hamid]], ik wil u laten weten dat wij gaan verhuizen naar Pijnacker, [[address:Oostlaan 12]], [[postcode:2641 DN]]. Het huis is groter voor de kinderen. Wat gebeurt er met ons dossier [[dossier:SWT-MW-2023-1187]]? Kunnen wij blijven komen bij u? Mijn man [[person:Karim]] heeft nog vragen over de schuld bij {{org:DUO}}. Groet, Nadia""".replace(
        "Groet, Nadia", "Groet, [[person:Nadia]]"
    )
    + '"',
    """Voor de teamvergadering: casus uit Wassenaar?? iemand weet of wij daar iets mee mogen? dhr [[person:Hakimi]] ([[person:Farid]]), [[address:Rijksstraatweg 340]], [[postcode:2242 AD]] Wassenaar. hij werkt bij ons in de buurt maar woont daar. gemeente Wassenaar heeft geen SWT zoals wij. zijn vrouw [[person:Mariam]] heeft ons nummer van een vriendin in {{wijk:Mariahoeve}}. ik denk: doorverwijzen naar het {{org:Wmo-loket Wassenaar}}.""",
    """intake [[person:Dragan Petrović]], via {{org:Servicepunt XL}} {{wijk:Escamp}}, [[date:vr 21-2]]
- woont met moeder ([[person:Milena]], 74) op [[address:Steenwijklaan 17-II]], [[postcode:2541 RK]]
- moeder dementie? huisarts [[person:Van Rijn]] stuurt brief
- dragan: werkloos, schulden ca 4000, gokken (!)
- tel dragan [[phone:06 24 18 70 53]], mail [[email:dragan.p@live.nl]]
- actie: ouderenconsulent voor moeder + {{org:Brijder}} voor gokken, dragan wil wel (zegt hij)""".replace(
        "- dragan: werkloos", "- [[person:dragan]]: werkloos"
    )
    .replace("- tel dragan [[phone", "- tel [[person:dragan]] [[phone")
    .replace(
        "{{org:Brijder}} voor gokken, dragan wil",
        "{{org:Brijder}} voor gokken, [[person:dragan]] wil",
    ),
    """Transcriptie voicemail (Delft)
"Ja goedemiddag, met [[person:Theo Kok]], ik ben de vader van [[person:Marije]]. Zij woont in {{wijk:Buitenhof}}, [[address:Aart van der Leeuwlaan zeshonderd drie]]. Ik maak me grote zorgen, ze reageert al een week niet meer op berichten. Ze heeft een verleden met psychoses. Kan er iemand gaan kijken? Mijn nummer is [[phone:nul één vijf, twee zes één, vierendertig, negentig]]. Dank u." """,
    """[[date:03/03/2025]] 15:16 - [[person:Selma]]: Casus voor intervisie: jonge moeder uit {{wijk:Meerzicht}} (Zoetermeer) is naar haar moeder in {{wijk:Morgenstond}} gevlucht. ex-partner bedreigt haar. Ze staat niet ingeschreven in Den Haag. Naam: [[person:Shirley Wijngaarde]], geb [[date:19-12-1998]]. Veilig Thuis nr [[dossier:VTHL-2025-1142]]
[[date:03/03/2025]] 15:20 - [[person:Ilse]]: opvang of bij moeder blijven? moeder woont [[address:Vrederustlaan 88]], [[postcode:2543 SX]]
[[date:03/03/2025]] 15:21 - [[person:Selma]]: bij moeder voorlopig. ex kent het adres niet, zegt ze""",
    """notities zoetermeer-overleg ({{org:Gemeente Zoetermeer}} + {{org:Vidomes}} + wij)
- dossier [[person:Ramkisoen]]: huurschuld 6.200, woning [[address:Amerikaweg 45]], {{wijk:Palenstein}}
- ontruiming [[date:15/4]] tenzij regeling
- contact clt: [[phone:0793 410 522]] / [[email:s.ramkisoen@hotmail.nl]]
- bsn voor aanvraag schuldhulp: [[bsn:§BSN§]]
- [[person:Hester]] ({{org:Vidomes}}) neemt contact op met deurwaarder
- volgende overleg [[date:8 april]]""",
    """client app (translated from English):
"Good morning miss [[person:Kim]], this is [[person:Kwame Mensah]]. The landlord of my room in {{wijk:Rijswijk}} says I must leave on [[date:the 31st]]. I have nowhere to go. My address is [[address:Haagweg 120 kamer 4]], [[postcode:2282 AE]]. My email [[email:kwamemensah.gh@yahoo.com]]. Please help me. God bless." """.replace(
        "{{wijk:Rijswijk}}", "Rijswijk"
    ),
    """[[person:Chantal]], 16:01
Wie kan morgen mee naar Voorburg? Clt [[person:Lieveld]] zit tijdelijk bij zijn zus op de [[address:Koningin Julianalaan 282]], [[postcode:2273 JL]]. We moeten de {{org:Wmo}}-aanvraag tekenen.
[[person:Gijs]], 16:05
Ik kan na 11u. Waar woont hij normaal?
[[person:Chantal]], 16:06
[[address:Soestdijksekade 1012]], maar daar kan hij niet in ivm lekkage sinds [[date:zaterdag 8 maart]]. Verhuurder {{org:Haag Wonen}}, meldnr [[dossier:HW-25-118822]].""",
    """spraakbericht (doorgestuurd) van [[person:mw Bloem]]... eh [[person:Bloem]] ja
"Goeiemorgen meid, met [[person:Truus Bloem]], van de [[address:Beeklaan drie honderd acht]]. De meneer van de thuiszorg is niet gekomen en ik heb geen boodschappen. Mijn dochter [[person:Carla]] zit in Spanje tot [[date:de twintigste]]. Kan jij wat regelen? Mijn telefoonnummer heb je, maar voor de zekerheid [[phone:drie zes zes, eenenveertig, tweeëndertig]], nul zeven nul ervoor." """.replace(
        "[[person:mw Bloem]]", "mw [[person:Bloem]]"
    ),
    """tel. overleg met {{role:wijkverpleegkundige}} [[person:Anouk]] ({{org:Vitis}}), Westland/Den Haag:
mw [[person:Hoogendoorn]] (91), [[address:Monsterseweg 65]], [[postcode:2553 RB]], heeft ook een zus in Monster die mantelzorg doet ([[person:Riet]], [[phone:0174 – 21 33 80]]). [[person:Anouk]] ziet achteruitgang, mw vergeet medicatie. Voorstel: medicijnrol + casemanager dementie. [[person:Anouk]] mailt verslag naar [[email:anouk.vdberg@vitis.nl]]... nee naar ons teamadres, ik stuur door""",
    """[[[date:12-02-2025]] 09:30:18] [[person:Hamid]]: Goedemorgen. Mw [[person:El Khattabi]] uit {{wijk:Bouwlust}} is overleden, gisteravond in {{org:Hospice Rozenheuvel}}. Familie is erg dankbaar voor de hulp. Uitvaart is [[date:zaterdag 15 februari]], moskee aan de [[address:Hoefkade 1061]]
[[[date:12-02-2025]] 09:31:02] [[person:Naima]]: 💔 Inna lillahi. Ik ga naar de uitvaart
[[[date:12-02-2025]] 09:33:44] [[person:Hamid]]: Dossier [[dossier:2022-05391]] kan na de uitvaart gesloten worden. Zoon [[person:Mourad]] regelt de nalatenschap""",
    """app van [[person:Sevda]] ({{org:Welzijn Rijswijk}}): "is [[person:Güler]] al overgedragen? ze belde in paniek, de {{org:Belastingdienst}} wil 2.300 terug van toeslagen. kenmerk [[dossier:8441.22.901.H.02]]" 
antwoord [[person:Bas]]: nog niet, ik mail je vandaag. haar nieuwe postcode is toch [[postcode:2285SJ]]? dan stuur ik het dossier door naar jullie teamadres""",
    """Notitie [[person:Lotte]] – MDO in {{wijk:Ypenburg}}, [[date:dinsdag 25 maart]]
Aanwezig: [[person:Lotte]] (SWT), {{role:wijkverpleegkundige}} [[person:Sarita]], {{role:huisarts}} [[person:Bruinsma]], {{role:casemanager dementie}} [[person:Joyce]]
Clt: dhr [[person:Ramautar]], 83, [[address:Laan van Hoornwijck 412]], [[postcode:2289 DP]] Rijswijk (grens {{wijk:Ypenburg}})
Besproken: valgevaar, weigert hulp, zoon [[person:Vikash]] woont in Engeland ([[phone:+44 7700 900 418]])
Besluit: [[person:Joyce]] is {{role:casusregisseur}}, evaluatie over 6 weken""",
]

# ---------------------------------------------------------------- longer texts: memos, notes, threads
TEXTS += [
    """Spraakmemo (transcriptie), [[person:Ruud]], na huisbezoek {{wijk:Groente- en Fruitmarkt}}
Goed. Ik was vandaag bij meneer [[person:Haddad]], [[person:Khalil Haddad]], Syrische man van eenenzestig, woont sinds 2016 in Nederland. Adres is [[address:Prinsegracht tweehonderd en vier]], tweede etage, geen lift. Hij heeft een hernia en komt zijn huis bijna niet uit. Zijn vrouw is vorig jaar teruggegaan naar Libanon voor haar moeder en is daar gebleven, dus hij is nu alleen. Eten: de buurman brengt soms iets, een Marokkaanse meneer, [[person:meneer Tahiri]]... hij zegt [[person:Tahiri]], ik weet de voornaam niet. Ik heb afgesproken dat ik een {{role:Wmo-adviseur}} vraag voor huishoudelijke hulp en maaltijden. Zijn BSN heb ik van de brief van de {{org:SVB}} overgenomen: [[bsn:§BSNw§]]. Volgende afspraak [[date:dinsdag de achttiende]], tien uur. Zijn zoon in Duitsland, [[person:Yazan]], wil gebeld worden: plus negen vier... dat nummer staat in het dossier.""".replace(
        "[[person:meneer Tahiri]]", "meneer [[person:Tahiri]]"
    ),
    """[[person:Esra]] 09:12: kan iemand me helpen met een formulier van de {{org:Belastingdienst/Toeslagen}}? clt [[person:Çelik]] heeft een herziening gekregen, ze moet 4.800 terugbetalen over 2023
[[person:Rik]] 09:15: ojee. heeft ze bezwaar gemaakt?
[[person:Esra]] 09:16: nee, brief is van [[date:20 januari]], dus termijn van 6 weken loopt bijna af!! uiterlijk [[date:3 maart]]
[[person:Rik]] 09:18: dan vandaag nog een pro forma bezwaar sturen. ik heb een voorbeeldbrief. zet haar gegevens erin: naam, bsn, kenmerk, datum brief
[[person:Esra]] 09:25: ok gedaan: [[person:Emine Çelik]], bsn [[bsn:§BSNd§]], kenmerk [[dossier:2871.64.019.T.34]], adres [[address:Wouwermanstraat 118]], [[postcode:2524 RA]]. ik print hem en laat haar tekenen
[[person:Rik]] 09:26: 👍 en vraag om een ontvangstbevestiging""",
    """ff alles op een rij voor mw [[person:Ivanova]] (sorry lang bericht)
- ontslag ziekenhuis [[date:do 10/4]]
- tijdelijk logeerhuis, daarna terug naar [[address:Heesterstraat 2c]] als traplift er is
- traplift: aanvraag {{org:Wmo}} gedaan [[date:14-4]], kenmerk [[dossier:WMO-25-04410]]
- huur loopt door, automatische incasso van [[iban:§IBANs§]] (rekening van mw zelf, neef heeft GEEN machtiging)
- neef [[person:Georgi]] wil bewindvoering, mw twijfelt. niet pushen
- {{role:wijkverpleegkundige}} [[person:Anke]] komt 2x per dag na terugkeer
- mijn afspraak met mw: [[date:vrijdag 18 april]], 11u, in het logeerhuis
Vragen? bel of app me ([[person:Fleur]])""",
    """Memo voor het platform-thema "bemoeizorg" (geanonimiseerd? NEE nog niet, eerst doen!!)
We volgen dhr [[person:A.]] ([[person:Azzouzi]]) nu 8 maanden. Hij slaapt afwisselend in portieken in {{wijk:Schilderswijk}} en {{wijk:Transvaal}}, soms bij zijn broer [[person:Mustapha]] aan de [[address:Van Ostadestraat 418]]. Psychiatrische voorgeschiedenis, weigert hulp. Wat werkte: de {{role:veldwerker}} [[person:Joyce]] die hem elke dinsdag koffie brengt bij de Haagse Markt. Na 3 maanden mocht {{org:Parnassia}} mee. In februari gaf hij toestemming voor een uitkeringsaanvraag, dossier [[dossier:WIZ-25-000213]]. Het ging mis toen het loket een vast adres eiste. Via een briefadres bij de {{org:Kessler Stichting}} ([[address:Prinsegracht 61]]) is dat opgelost op [[date:12-3-2025]].""",
    """tel gesprek met dhr [[person:Boateng]], [[date:4/4]] 15u
hij is boos over de melding bij {{org:Veilig Thuis}}. zegt dat hij nooit geslagen heeft, alleen geschreeuwd. wil zijn kinderen zien. hij woont nu bij een vriend, [[address:Kraaiennest 81]] in {{wijk:Leyenburg}}... nee Kraaiennest is Amsterdam, hij zei [[address:Kraayensteinlaan 81]]. tel [[phone:06 33 82 11 09]].
ik heb uitgelegd dat wij geen partij kiezen. hij wil wel praten met de {{role:gezinsvoogd}}. doorgegeven aan [[person:Peter-Jan]]. vervolg: gesprek op kantoor met tolk Twi? (hij zegt engels is goed)""",
    """[[[date:20-03-2025]] 14:00] [[person:Tamara]]: Herinnering: de expertmeeting van de pilot is in april, datum volgt. Graag per persoon 1 casus aanleveren, GEANONIMISEERD. Dus geen namen, geen adressen, geen geboortedata, geen bsn, geen dossiernrs.
[[[date:20-03-2025]] 14:05] [[person:Dennis]]: mag ik wel de wijk noemen?
[[[date:20-03-2025]] 14:06] [[person:Tamara]]: wijk ja, dat is context. straat + huisnummer nee. "een moeder uit {{wijk:Moerwijk}}" is prima
[[[date:20-03-2025]] 14:10] [[person:Bas]]: en de {{org:GKB}} en {{org:Parnassia}} mag wel?
[[[date:20-03-2025]] 14:11] [[person:Tamara]]: organisaties ja. 🙂 vragen? mail me op [[email:tamara.verhagen@denhaag.nl]]""",
    """Aanmelding (app-foto uitgetypt) – {{org:Huisartsenpraktijk De Kade}}
Betreft: mw [[person:Sabajo]], [[person:G.]], geb. [[date:08-08-1970]]
Adres: [[address:Melis Stokelaan 1401]], [[postcode:2541GC]] Den Haag
BSN: [[bsn:§BSN§]]
Tel: [[phone:06-18772031]]
Reden: psychosociale problematiek, schulden, zorgen om zoon (15). Pt. is akkoord met aanmelding bij het sociaal wijkzorgteam.
Met vriendelijke groet, [[person:dr. E. Wong]], huisarts""".replace(
        "[[person:dr. E. Wong]]", "dr. [[person:E. Wong]]"
    ),
    """lang verhaal, kort: [[person:mo]] (zoon van mw [[person:el idrissi]]) is opgepakt gisteravond. mw belde me om 23u 😴. hij zit op bureau {{org:politie}} Hoefkade. advocaat is [[person:mr. Jansen]] ([[phone:070 – 4 11 72 30]]). mw wil weten of haar huur in gevaar komt, want {{org:Vestia}} heeft een beleid bij drugs in de woning. adres [[address:Jan Blankenstraat 231]]. ik heb gezegd: eerst afwachten. morgen 10u bel ik haar, [[phone:0687440312]] is van adam, zij heeft zelf [[phone:06-83 20 11 47]]""".replace(
        "[[person:mr. Jansen]]", "mr. [[person:Jansen]]"
    ).replace("is van adam,", "is van [[person:adam]],"),
    """Spraakbericht van [[person:Giselle]] (clt), uitgeschreven door [[person:Esra]]:
"Hoi mevrouw, ik ben het weer. De bewindvoerder heeft eindelijk betaald, dank u wel. Maar nu iets anders: mijn ex, de vader van [[person:Jurgen]], wil hem meenemen naar Curaçao voor de zomer. Ik wil dat niet. Hij heet [[person:Rignald Statia]]. Hij woont in Delft, [[address:Westlandseweg honderdzeventig]]. Moet ik naar een advocaat? Ik heb geen geld. Mijn nieuwe nummer is [[phone:nul zes, vijftig, negentig, tweeëntwintig, zestien]]." """,
    """[[person:Mirjam]]: goedemiddag, vraag over de clt van de [[address:Hunzestraat 128]] 3e etage, die we nog niet kenden. Buurman [[person:Jamal]] heeft haar naam: mw [[person:Hofstede]], [[person:Aleida]]. Ze is 84, weduwe, geen kinderen
[[person:Ilse]]: goed werk! bekend bij {{org:Florence}}? of bij de {{role:ouderenadviseur}}?
[[person:Mirjam]]: nee, nergens. ik ga [[date:ma 31/3]] langs met een bloemetje en de folder van {{org:Servicepunt XL}}
[[person:Ilse]]: en neem [[person:Jamal]] mee, hij kent haar tenminste""",
    """verslag huisbezoek (uitgebreid, voor de {{role:Wmo-adviseur}})
datum: [[date:di 4-3-25]]
clt: dhr [[person:M. Wiśniewski]], 67, [[address:Teniersstraat 88]], [[postcode:2526 NX]]
aanwezig: clt, dochter [[person:Katarzyna]], ondergetekende ([[person:Wendy]])
situatie: dhr heeft na een CVA in november een halfzijdige verlamming links. hij woont alleen op de 1e verdieping. douchen lukt niet, hij wast zich aan de wastafel. de dochter komt 3x per week, woont in Zoetermeer en werkt fulltime.
vraag: douchestoel, beugels, huishoudelijke hulp, evt verhuizing naar benedenwoning
contact dochter: [[phone:06-55 41 09 28]], [[email:k.wisniewska@gmail.com]]""",
    """[11:11] [[person:Naima]]: wie heeft die mw van de {{org:Voedselbank}}-uitgifte op vrijdag gesproken? ze zei dat ze [[person:Rosa]] heette, met een baby, slaapt in een auto 😢
[11:15] [[person:Hamid]]: ik! Rosa [[person:Lopes Semedo]]. kaapverdiaanse, via Portugal hier. geen BSN, wel een Portugees id-nummer
[11:16] [[person:Naima]]: ze moet zich inschrijven bij de gemeente. RNI?
[11:18] [[person:Hamid]]: ja. ik heb haar tel: [[phone:+351 912 448 301]]. ze spreekt Portugees en een beetje Engels. afspraak [[date:maandag 7 april]] bij het {{org:Servicepunt XL}} {{wijk:Transvaal}}""".replace(
        "[11:18] [[person:Hamid]]: ja.", "[11:18] [[person:Hamid]]: ja."
    ).replace("ik! Rosa [[person:Lopes Semedo]]", "ik! [[person:Rosa]] [[person:Lopes Semedo]]"),
    """Hoi, dit is [[person:Sanne]] met een update voor de groep (spraakbericht uitgetypt):
Bij mevrouw [[person:El Amrani]] gaat het goed. De schuldhulp is gestart bij de {{org:GKB}}, nummer [[dossier:GKB twee nul twee vijf, nul nul zes drie één]]. Dochter [[person:Samira]] doet de administratie met haar. De brieven van de {{org:Belastingdienst}} zijn gesorteerd, het was minder erg dan we dachten, ongeveer elfduizend euro. Volgende stap: de huurtoeslag opnieuw aanvragen, want die is in september gestopt. Dat doen we op [[date:de zesentwintigste]], bij haar thuis. Oh ja, en ze wil graag naar de naaiclub in het buurthuis, dat is op woensdag.""",
    """notitie klachtgesprek
clt [[person:dhr. Doğan]] is boos, hij vindt dat [[person:Esra]] hem heeft "verraden" door de melding. ik ([[person:Dennis]]) heb uitgelegd dat mw Doğan zelf hulp heeft gevraagd en dat wij een meldcode hebben. gesprek was heftig, hij heeft mijn naam en het adres van het kantoor opgeschreven. veiligheid: vanaf nu huisbezoeken bij [[address:Hengelolaan 616]] alleen met z'n tweeën. {{role:teamleider}} [[person:Marjolein]] is op de hoogte. dossier [[dossier:SWT-ESC-24-0617]]""".replace(
        "[[person:dhr. Doğan]]", "dhr. [[person:Doğan]]"
    ).replace("dat mw Doğan zelf", "dat mw [[person:Doğan]] zelf"),
    """[[[date:8/3]], 09:50] [[person:Ferdi]]: Internationale vrouwendag 💐 en meteen werk: [[person:Ionuț]] heeft een kamer gevonden! [[address:Weimarstraat 172-b]], [[postcode:2562 GV]]. hij gaat weg uit het huis op de Slicherstraat
[[[date:8/3]], 09:52] [[person:Naima]]: yesss! en {{org:FairWork}}?
[[[date:8/3]], 09:53] [[person:Ferdi]]: melding gedaan, nummer [[dossier:FW-2025-0871]]. uitzendbureau krijgt een controle. Ionuț wil anoniem blijven
[[[date:8/3]], 09:55] [[person:Naima]]: terecht. huur betaalt hij via [[iban:§IBANs§]] van de verhuurder? check of die verhuurder legaal is""".replace(
        "controle. Ionuț wil", "controle. [[person:Ionuț]] wil"
    ),
    """hb mw [[person:Tjin]] ({{wijk:Duindorp}}) samen met {{role:ouderenadviseur}} [[person:Henk]]. mw 78, surinaams-chinees, woont [[address:Tesselsestraat 9]] sinds 1981. zoon [[person:Rudy]] overleden in januari, sindsdien niet meer buiten geweest. eenzaamheid. ze heeft nog een kleindochter, [[person:Chanel]], die op de {{org:Haagse Hogeschool}} zit. Chanel: [[phone:06-48 11 52 07]], [[email:chanel.tjin@student.hhs.nl]]. afspraak: Henk neemt haar mee naar de koffieochtend bij {{org:Stichting Duindorp}}, elke donderdag""".replace(
        "zit. Chanel: [[phone", "zit. [[person:Chanel]]: [[phone"
    ).replace("afspraak: Henk neemt", "afspraak: [[person:Henk]] neemt"),
    """Update (kort) over de familie die vorige week in de groep stond:
Gezin [[person:Ahmadzai]] heeft een woning toegewezen gekregen! [[address:Escamplaan 44]], [[postcode:2547 EN]]. Sleuteloverdracht [[date:woensdag 26 maart]]. {{org:VluchtelingenWerk}} regelt de inrichting, wij doen de aanvragen. IBAN voor de inrichtingskrediet: [[iban:§IBAN§]] (rek. van dhr). Vader [[person:Wahidullah]] heeft gevraagd of zijn broer ook bij ons mag komen. Ik heb nee gezegd 😅 eerst zelf wonen. [[person:Chantal]]""",
]

# ---------------------------------------------------------------- more: mixed registers
TEXTS += [
    """[[[date:16-12]] 18:20] [[person:Ilse]]: kerstpakketten! wie wil er een brengen? adressen:
1. mw [[person:Storm]], [[address:Ruychrocklaan 210 A]]
2. dhr en mw [[person:Winter]], [[address:Dr. Aletta Jacobsweg 15]]
3. [[person:Mei Lan]] + kids, [[address:Kerketuinenweg 87-III]]
4. [[person:Roos]] (jaja, die Roos), [[address:Ruychrocklaan 16B]]
[[[date:16-12]] 18:24] [[person:Gijs]]: ik doe 1 en 4
[[[date:16-12]] 18:25] [[person:Mirjam]]: 2 en 3 voor mij. dhr Winter is toch in het ziekenhuis?
[[[date:16-12]] 18:27] [[person:Ilse]]: sinds gisteren weer thuis. vrijdag de [[date:20e]] uitdelen, niet later, dan is het kerstvakantie voor [[person:Mei Lan]]'s kinderen""".replace(
        "(jaja, die Roos)", "(jaja, die [[person:Roos]])"
    ).replace("dhr Winter is toch", "dhr [[person:Winter]] is toch"),
    """notitie (spraak→tekst), [[person:Soraya]]
vandaag bij de familie [[person:Nasser]] in {{wijk:Laakkwartier}}, [[address:Linnaeusstraat vierenzestig]], postcode [[postcode:vijfentwintig tweeëntwintig G W]]. moeder [[person:Rana]] heeft diabetes en haar benen zijn slecht. ze hebben vier kinderen, de oudste is achttien en studeert. het gaat vooral om geld: de uitkering is gekort door de kostendelersnorm omdat de oudste achttien is geworden, op [[date:negen januari]]. ik ga samen met de {{role:klantmanager}} kijken of er bijzondere bijstand kan. bsn moeder [[bsn:§BSNw§]]. oké. volgende keer {{org:Zilveren Kruis}} bellen over de eigen bijdrage.""",
    """Appje van [[person:Tineke]] (buurvrouw mw Ivanova, nr 12):
"Goeiemiddag [[person:Fleur]], ik heb [[person:Stoyanka]] vandaag in het logeerhuis bezocht. Ze is zo blij dat u alles geregeld heeft. Ze vroeg of ik haar post kan doorsturen, maar ik heb geen sleutel. Haar neef [[person:Georgi]] heeft er een, [[phone:06-90 21 35 78]]. Ook zei ze dat er een brief van {{org:Eneco}} is met een nummer erop, [[dossier:218 004 773]], daar moet iemand naar kijken. Groetjes, Tineke" """.replace(
        "(buurvrouw mw Ivanova,", "(buurvrouw mw [[person:Ivanova]],"
    ).replace("Groetjes, Tineke", "Groetjes, [[person:Tineke]]"),
    """— maandag [[date:7 april]] —
[[person:Peter-Jan]] 08:44: ben weer beter, dank voor het overnemen 🙏 wat moet ik weten?
[[person:Lotte]] 08:50: dhr [[person:van Dijk]]: telefonisch gesproken, hij wil geen hulp meer, dossier mag dicht. mw [[person:Sewdien]]: het gaat goed, ze heeft een {{role:budgetcoach}} van {{org:Humanitas}} ([[person:Karin]], [[email:karin.smit@humanitas.nl]])
[[person:Selma]] 08:55: MDO [[person:Kromodimedjo]] was goed. {{org:Florence}} start [[date:15/4]] met thuiszorg. zoon [[person:Ricardo]] tekent het zorgplan
[[person:Peter-Jan]] 08:56: top, dank allebei""",
    """clt belde op kantoornummer, gegevens in de haast genoteerd:
naam: [[person:ayaan]] (achternaam?? [[person:farah]] denk ik) 
nr: [[phone:06 1755 3048]]
woont: ergens op de Hoefkade, huisnr weet ze niet uit haar hoofd ("boven de bakker")
vraag: zoon [[person:abdi]] van 16 spijbelt en hangt met oudere jongens bij de Haagse Markt
→ doorgezet naar {{org:CJG}} en jongerenwerk {{org:Xtra}} ([[person:youssef]]), maar ook bij ons als signaal""",
    """Samenvatting voor [[person:Marjolein]] ({{role:teamleider}}) van de week:
- 6 nieuwe aanmeldingen, waarvan 2 via {{org:Wmo-loket}}, 3 via huisarts, 1 via {{org:politie}}
- 1 huisuitzetting voorkomen (dhr [[person:B.]], [[dossier:2024-07155]])
- 1 overlijden (mw [[person:El Khattabi]], dossier [[dossier:2022-05391]] wordt gesloten)
- zorgen: [[person:Brian]] ([[person:B.W.]]), 4e politiemelding, ingebracht bij {{org:ZVH}}
- ziekte: [[person:Peter-Jan]] 3 dagen, overgenomen door [[person:Lotte]] en [[person:Selma]]
Geen namen in het weekverslag voor de gemeente, dit is alleen intern.""",
    """[[[date:22-01-2025]], 10:17:03] [[person:Ruud]]: Mensen, {{org:Kessler}} belt: dhr [[person:Azzouzi]] is opgenomen in {{org:Parnassia}} na een crisis gisteravond (IBS). Ze vragen of wij zijn spullen uit het portiek kunnen halen voor de gemeente ze weggooit
[[[date:22-01-2025]], 10:20:41] [[person:Mirjam]]: ik ga met de bakfiets. Welk portiek?
[[[date:22-01-2025]], 10:21:15] [[person:Ruud]]: [[address:Van Ostadestraat 301]]. En bel zijn broer [[person:Mustapha]]: [[phone:06 41 77 03 90]]
[[[date:22-01-2025]], 10:22:02] [[person:Mirjam]]: 👍""",
    """Bericht van [[person:Djamila]] aan [[person:Peter-Jan]] (doorgestuurd met toestemming):
"Bom dia meneer, sorry. Ik heb het gesprek met jeugdbescherming gehad. Ze zeggen [[person:Nilton]] blijft thuis maar er komt een voogd die meekijkt. Ik ben blij. Ik wil u bedanken. De nieuwe huis aanvraag: mijn inschrijfnummer bij {{org:Woonnet Haaglanden}} is [[dossier:WNH-1029447]]. Kunt u een brief schrijven voor urgentie? Mijn mail [[email:djamila.tavares@sapo.pt]]" """,
    """dhr [[person:v. Leeuwen]] ({{org:huurteam}}) belde terug over dhr [[person:Pinas]]: hoger beroep heeft geen zin, maar {{org:Haag Wonen}} gaat akkoord met een "laatste kans"-contract, 1 jaar, met begeleiding door ons. voorwaarde: huur via bewindvoerder, [[person:Mr. Q. Hendriks]] van {{org:Bewindvoering Haaglanden}}, rek.nr. [[iban:§IBANs§]]. ondertekening [[date:do 27 feb]] op [[address:Zuiderparklaan 212]]. zus [[person:Gwendolyn]] komt ook""".replace(
        "[[person:Mr. Q. Hendriks]]", "Mr. [[person:Q. Hendriks]]"
    ),
    """[[person:Kim]] (app, 21:03): sorry laat, even snel: mw [[person:Rojas]] is vandaag met [[person:Valentina]] naar de noodopvang van {{org:Stichting Los}}. Adres weet ik niet, alleen tel van de opvang. [[person:Valentina]] gaat vanaf [[date:maandag 20 januari]] naar school, {{org:De Haagse Hout}}... nee dat is de wijk, school heet {{org:Het Palet}}. ok slaap lekker
[[person:Ruud]] (21:10): top werk Kim 💪""".replace(
        "top werk Kim", "top werk [[person:Kim]]"
    ).replace("{{org:De Haagse Hout}}", "{{wijk:Haagse Hout}}"),
    """ivm ziekte collega:
clt [[person:de Vries]], [[person:J.]] ([[person:Jan]]) - [[address:Delftweg 44]] [[postcode:2289AL]] Rijswijk - dinsdag geen bezoek, ma/wo/vr wel
clt [[person:Meijer]] - geen bezoek meer, in verpleeghuis {{org:Vreewijk}}
clt [[person:Hüseyin Kaplan]] - [[phone:06 3040 9917]] - wacht op brief {{org:UWV}}, bellen [[date:13-03]]
clt [[person:M.]] (meisje van 19, {{wijk:Spoorwijk}}) - alleen via [[person:Naima]]!! vertrouwt verder niemand""",
    """Spraakmemo – "zaak [[person:Nowak]]"
Korte update. Mevrouw [[person:Nowak]] heeft een nieuwe woning via de urgentie, dat ging snel dankzij de {{org:Blijf Groep}}. Geheim adres, dus ik zeg het niet hardop. Het oude huis op de [[address:Dierenselaan negenentachtig]] is opgezegd per [[date:dertig april]]. De ex, [[person:Grzegorz]], heeft een contactverbod. Kinderen gaan naar een nieuwe school. Haar nieuwe rekeningnummer voor de bijstand is aangevraagd, dat zet ik via de app door, niet in deze memo. Dossier [[dossier:M tweeduizend vijfentwintig, nul twee negentien]]. Einde.""",
    """[[[date:02-04-2025]] 12:12] [[person:Wendy]]: Kan iemand dit even vertalen? Mw [[person:Yusuf]] heeft me een spraakbericht in het Somalisch gestuurd 😅
[[[date:02-04-2025]] 12:20] [[person:Hamid]]: Vraag [[person:Hodan]], die helpt vaker. Of {{org:Tolkcentrum}} bellen, klantnr van ons team is [[dossier:TC-00812]]
[[[date:02-04-2025]] 12:21] [[person:Wendy]]: Hodan is zelf clt, dat wil ik niet
[[[date:02-04-2025]] 12:21] [[person:Hamid]]: Ah ja, klopt. Dan tolkcentrum""".replace(
        "[[person:Wendy]]: Hodan is zelf", "[[person:Wendy]]: [[person:Hodan]] is zelf"
    ),
    """Overdracht naar {{org:Sociaal Team Leidschendam-Voorburg}} (verstuurd per beveiligde mail, kopie hier)
Clt: [[person:Pieter van der Berg]], geb. [[date:23 april 1958]]
BSN: [[bsn:§BSN§]]
Adres: [[address:Prins Bernhardlaan 88]], [[postcode:2264 XB]]
Tel: [[phone:06-22 93 00 12]]
Contactpersoon: vriendin [[person:Annet Brouwer]], [[address:Juliana van Stolberglaan 1102]], Den Haag
Vraag: dakloosheid dreigt, alcohol, schulden. Ons dossier: [[dossier:SWT-BZH-25-0051]]
Behandelaar bij ons: [[person:Chantal]]""",
    """aantekening gesprek met {{org:Haagse Kredietbank}}, [[date:wo 5-3]]
clt [[person:Murat Kaya]]: toegelaten tot schuldregeling. 3 jaar. totaal schuld 23.450. leefgeld 285 pw. zoon [[person:Burak]] was erbij. klantnr [[dossier:HKB 2025 004187]]. nieuw: budgetbeheerrekening [[iban:§IBANs§]], alle inkomsten moeten daarop. belastingdienst en zorgverzekeraar worden aangeschreven. volgende contact met hkb: over 3 mnd""",
    """[[person:Anouk]] (wijkverpleging) 10:03: Goedemorgen. Mw [[person:Hoogendoorn]] is vannacht naar het ziekenhuis, vermoedelijk heup. Zus [[person:Riet]] is erbij. Zorgen over wat er daarna moet
[[person:Selma]] 10:10: Dank Anouk. Ik bel Riet vanmiddag. Weet jij of mw een wilsverklaring heeft?
[[person:Anouk]] 10:12: Niet dat ik weet. Huisarts [[person:dr. Van Velzen]] weet het misschien, [[phone:070 – 360 51 17]]""".replace(
        "Dank Anouk. Ik bel Riet", "Dank [[person:Anouk]]. Ik bel [[person:Riet]]"
    ).replace("[[person:dr. Van Velzen]]", "dr. [[person:Van Velzen]]"),
    """korte notitie na intake
[[person:Senait]] (moeder van de baby, fam [[person:Abraha]]) – kraamzorg is via {{org:Careyn}} geregeld, tolk via [[person:Tesfay]]. baby heet [[person:Selam]], geb [[date:17 maart]]. vader [[person:Berhane]] werkt in de bouw. geen huisarts! inschrijven bij praktijk aan de [[address:Leyweg 275]]. tel moeder: [[phone:0618 40 77 22]]. geen email. bsn baby volgt via gemeente""",
    """Hoi team, [[person:Gert-Jan]] van het huurteam hier (ik zit sinds vandaag in jullie groep 👋). Voor vragen over huurverhoging, servicekosten, ontruiming: mail [[email:gj.vanleeuwen@huurteamdenhaag.nl]] of bel [[phone:070 – 353 28 14]]. Lopende zaken van jullie bij mij: [[person:Pinas]] ({{wijk:Zuiderpark}}), [[person:Benali]] ({{wijk:Transvaal}}), [[person:B.]] ({{wijk:Rivierenbuurt}}). Groet!""",
    """[[person:Yasmina]]: Hoi allemaal, [[person:Farah]] is vanochtend overleden 😢 Hartaanval. Zijn nicht [[person:Hodan]] belde me. Begrafenis morgen al, zoals gebruikelijk.
[[person:Bas]]: Oh nee. Wat verdrietig.
[[person:Yasmina]]: Ja. Ik wil de familie helpen met de uitvaartkosten, hij had geen verzekering. Bijzondere bijstand? Zijn bsn was [[bsn:§BSNs§]], dossier [[dossier:2024-09944]]
[[person:Bas]]: {{org:Sociale Zaken}} heeft een regeling. Bel [[person:Annemiek]]""",
    """hb [[date:vr 14/3]] mw [[person:Lopes]] + dochter [[person:Rosa]] (de mw van de voedselbank, zie groep). ze staan nu RNI ingeschreven. woonadres: tijdelijk bij kennis, [[address:Hoefkade 420]], [[postcode:2526 CD]]. bsn aangevraagd, komt over 2 wkn. portugese bank: [[iban:PT50 0002 0123 1234 5678 9015 4]] (check!!). voedselbank loopt. volgende stap: werk, ze is kok geweest in Lissabon""",
    """[[person:Naima]]: mensen, [[person:Youssef]] (zoon van mw [[person:Benali]]) heeft zich overgeschreven! huurtoeslag mw loopt weer vanaf [[date:1 mei]] 🎉
[[person:Marloes]]: wauw Naima 🙌
[[person:Naima]]: hij vroeg wel of ik zijn nieuwe adres geheim hou voor zijn moeder, haha. het is [[address:Goudsesingel 140]] in Rotterdam. ze weet het allang
[[person:Dennis]]: familieperikelen 😄""".replace("wauw Naima", "wauw [[person:Naima]]"),
]

# ---------------------------------------------------------------- extra long texts
TEXTS += [
    """[[date:11-03-25]] 19:02 - [[person:Hamid]]: Lang bericht, sorry. Vandaag bij [[person:Akosua]] geweest (fam. [[person:Osei]], [[address:Dedemsvaartweg 116]]). Kwame was thuis van school met buikpijn, maar eigenlijk wilde hij gewoon even praten. Hij vertelde dat hij elke ochtend om zes uur opstaat om zijn broertjes naar school te brengen en dat hij zelf te laat komt. De school heeft al twee keer gebeld naar moeder.
[[date:11-03-25]] 19:04 - [[person:Hamid]]: Moeder schaamt zich en wil geen hulp van "de jeugdzorg". Ze wil wel een oppas via de kerk. Ik heb gezegd dat het {{org:CJG}} geen jeugdzorg is in de enge zin. Ze denkt erover na.
[[date:11-03-25]] 19:10 - [[person:Esra]]: Goed gedaan. Misschien {{org:Home-Start}}? Vrijwilliger die een dagdeel meehelpt, niet eng
[[date:11-03-25]] 19:12 - [[person:Hamid]]: Goeie! Ik bel morgen. Contact Home-Start {{wijk:Escamp}} is [[person:Bep]], [[phone:06 – 28 19 40 66]], toch?
[[date:11-03-25]] 19:13 - [[person:Esra]]: Ja, of mail [[email:bep.dekker@home-start.nl]]""".replace(
        "Kwame was thuis", "[[person:Kwame]] was thuis"
    ),
    """Transcriptie spraakmemo ([[person:Marloes]], in de auto, 2:31)
Oké. Verslag van het gesprek bij de familie [[person:Haddouchi]], in {{wijk:Spoorwijk}}, [[address:Hunzestraat zevenenveertig]], postcode [[postcode:twee vijf drie drie, R D]], dacht ik, even checken. Aanwezig: moeder [[person:Nora]], vader [[person:Abdelilah]], en de {{role:leerplichtambtenaar}}, mevrouw [[person:Haddouchi]]... nee wacht, die heet ook zo, dat is toeval, maar dat is niet familie, zegt ze. Het gaat over de jongste, [[person:Ilyas]], die al vier weken niet op school is geweest. Hij zit de hele dag te gamen. Vader werkt nachten bij {{org:PostNL}}, moeder spreekt weinig Nederlands. We hebben afgesproken dat [[person:Ilyas]] een gesprek krijgt bij de {{role:POH-GGZ}} voor jeugd, en dat ik volgende week [[date:donderdag de dertiende]] weer kom. Het nummer van vader is [[phone:nul zes, drieënzestig, nul negen, vijftien, tweeëntachtig]]. Klaar.""",
    """Notities teamoverleg SWT {{wijk:Laak}} – [[date:dinsdag 18 februari]]
Aanwezig: [[person:Kim]], [[person:Wendy]], [[person:Peter-Jan]], [[person:Ferdi]], [[person:Naima]], [[person:Hamid]], {{role:teamleider}} [[person:Marjolein]]
1. Nieuwe aanmeldingen: [[person:Stoyanka]] (Wmo, zie app), [[person:G. Sabajo]] ([[dossier:2025-00288]]), fam. [[person:Tesfay]] (DUO)
2. Casusbespreking [[person:Petar Kostadinov]]: dakloos, alcohol, geen briefadres. Voorstel: briefadres via {{org:Kessler Stichting}}, aanmelden nachtopvang. BSN bekend ([[bsn:§BSNs§]]).
3. Pilot "Samen werken in het sociale domein": wie gaat naar de workshop in maart? [[person:Naima]] en [[person:Ferdi]].
4. Rondvraag: [[person:Wendy]] vraagt iedereen om geen BSN's meer in de groepsapp te zetten 🙃 (zie punt 2... oeps)
Volgend overleg: [[date:4 maart]], 13u""",
    """Hoi [[person:Rik]]! Het is [[person:Ahmad]] weer. Ik heb slecht nieuws en goed nieuws. Goed nieuws: mijn vrouw [[person:Rasha]] en de kinderen mogen komen, de {{org:IND}} heeft ja gezegd voor de gezinshereniging!! Slecht nieuws: mijn huis is te klein, 1 kamer, [[address:Cartesiusstraat 91-3]]. Zij komen in juni. Kan jij helpen met een groter huis? Ik sta ingeschreven bij {{org:Woonnet}}, nummer [[dossier:WNH-0987332]]. En de gemeente wil mijn IBAN voor de inrichting, het is [[iban:§IBANs§]]. Mijn BSN is [[bsn:§BSN§]]. Dank je broer 🙏 Je bent de beste""",
    """verslag (snel getypt na afloop, later netjes maken)
[[date:woensdag 26/2]] hb bij dhr [[person:Hofstede]]?? nee mw [[person:Hofstede]] ([[person:Aleida]], 84), [[address:Hunzestraat 128-III]], [[postcode:2533 RN]]
- mw deed open na 3x bellen, wantrouwig, maar [[person:Jamal]] (buurman) stelde haar gerust
- woning: koud, kachel doet het niet, koelkast leeg, kat
- geen familie, 1 nicht in Canada (geen contact)
- inkomen: AOW + klein pensioen, rekening bij {{org:ING}}: [[iban:§IBAN§]] (van bankpas overgenomen met toestemming)
- geen huisarts?? zegt dat dokter [[person:Van den Heuvel]] met pensioen is
actie: huisarts zoeken, {{org:Haag Wonen}} bellen over kachel, maaltijdservice, en {{role:ouderenadviseur}} [[person:Henk]] inschakelen. mw vond dat goed""",
    """[[[date:25-03-2025]], 08:03:19] [[person:Selma]]: Dringend: {{org:Florence}} laat weten dat mw [[person:Kromodimedjo]] ([[person:Wilhelmina]]) vannacht is gevallen en niet meer alleen thuis kan blijven. Zoon [[person:Ricardo]] wil dat ze bij hem komt wonen in Zoetermeer, [[address:Van Leeuwenhoekpad 31]], [[postcode:2722 BT]]
[[[date:25-03-2025]], 08:05:02] [[person:Lotte]]: en wat wil mw zelf?
[[[date:25-03-2025]], 08:06:47] [[person:Selma]]: Ze wil naar het verpleeghuis in de buurt, waar haar vriendin [[person:Jet]] ook zit. {{org:Vreewijk}}. Ze wil niet tot last zijn
[[[date:25-03-2025]], 08:08:10] [[person:Lotte]]: dan moet er een Wlz-indicatie komen via het {{org:CIZ}}. Ricardo weet dat?
[[[date:25-03-2025]], 08:09:30] [[person:Selma]]: Nog niet. Ik bel hem om 9u: [[phone:06 – 11 72 48 30]]""".replace(
        "{{org:CIZ}}. Ricardo weet", "{{org:CIZ}}. [[person:Ricardo]] weet"
    ),
    """Spraakbericht van [[person:Jolanda]] (buurvrouw), transcriptie:
"Ja hallo, met Jolanda weer, van nummer vier. Ik bel over mevrouw [[person:Koster]]. Goed nieuws hoor, ze heeft vandaag de deur opengedaan! Haar zoon [[person:Erik]] is eindelijk gekomen, die was op vakantie in Turkije en had zijn telefoon uit. Ze ligt nu op de bank en ze heeft gegeten. Maar ze was erg in de war, ze dacht dat het zondag was. Erik wil u spreken, hij is er tot zaterdag, zijn nummer was [[phone:nul zes, vijfenvijftig, twaalf, negenentachtig, dertig]]. Het adres weet u, [[address:Zonnebloemstraat zes]]. Nou, dag!" """.replace(
        "met Jolanda weer", "met [[person:Jolanda]] weer"
    ).replace("Erik wil u spreken", "[[person:Erik]] wil u spreken"),
    """Conceptles voor platform, thema ouderen (NOG NIET DELEN, eerst anoniem maken)
Casus: mw [[person:Zwart]], 89, [[address:Scheveningseweg 48]], woont alleen. Haar nicht [[person:Sandra Zwart]] ([[email:sandrazwart@ziggo.nl]]) regelde alles, tot die zelf ziek werd op [[date:2 januari]]. Niemand wist dat mw schulden had bij de {{org:Belastingdienst}} (ruim 3000 euro, van een erfenis uit 2019). De {{role:wijkverpleegkundige}} zag de brieven, de {{role:ouderenconsulent}} van {{org:Xtra}} kon ze niet openen zonder toestemming. Pas toen mw zelf tekende, op [[date:14 maart]], kon het team handelen. Dossier [[dossier:2025-02210]].
Les: vraag bij ouderen vroeg naar een tweede vertrouwenspersoon, niet alleen één mantelzorger.""",
    """ff snel: clt mw [[person:Nguyen]] ([[person:Thi Hoa]]) belde met haar dochter [[person:Linh]]. schimmel is nog steeds niet weg, [[person:Linh]] heeft nu astma-aanval gehad, ligt in {{org:Juliana Kinderziekenhuis}}. ik ben er klaar mee, {{org:Haag Wonen}} heeft al 5 meldingen (laatste [[dossier:HW-8812093]]). ik mail vandaag de {{role:woonconsulent}} [[person:Joyce]] met cc aan onze {{role:teamleider}} en vraag om een spoedhuisbezoek. evt {{org:Huurcommissie}}. tel mw: [[phone:0642 19 07 66]], adres [[address:Zuidlarenstraat 57]], [[postcode:2545 XH]]""",
    """Client-app, chat met [[person:Burak]] (zoon fam. [[person:Kaya]])
[[person:Burak]]: goedemiddag mevrouw [[person:Marloes]], de brief van de {{org:Haagse Kredietbank}} is gekomen, vader is toegelaten! 🙌
[[person:Marloes]]: Wat goed Burak! Gefeliciteerd. Dan begint de regeling per [[date:1 april]], klopt dat?
[[person:Burak]]: ja. maar er staat dat we elke maand de afschriften van [[iban:§IBANs§]] moeten sturen naar [[email:schuldhulp@hkb-denhaag.nl]]. moet dat echt?
[[person:Marloes]]: Ja, dat hoort erbij. Ik help jullie de eerste keer. Zullen we [[date:di 8/4]] om 15u afspreken?
[[person:Burak]]: ok top 👍""".replace("Wat goed Burak!", "Wat goed [[person:Burak]]!"),
    """[[person:Tamara]] — bericht aan alle teams van {{wijk:Escamp}}, {{wijk:Laak}} en {{wijk:Centrum}}
Beste collega's, in april is de expertmeeting van de pilot. Per team 1 casus, maximaal 1 A4, volledig geanonimiseerd. Dus NIET zoals de vorige keer, waar nog stond "mw [[person:K.]] uit de [[address:Wouwermanstraat 47-II]]" 🙈. Graag insturen vóór [[date:vrijdag 11 april]] naar [[email:pilot.sociaaldomein@denhaag.nl]]. Vragen: bel me op [[phone:06 – 52 90 18 47]]. Groet, Tamara""".replace(
        "Groet, Tamara", "Groet, [[person:Tamara]]"
    ),
]


# ---------------------------------------------------------------- build + verify
NAME_STOP = {
    "de",
    "van",
    "der",
    "den",
    "el",
    "al",
    "ten",
    "ter",
    "la",
    "le",
    "da",
    "dos",
    "bin",
    "abu",
    "mw",
    "dhr",
}


def lint(rec):
    """Warn about name tokens / numbers that occur elsewhere in the text without a pii span."""
    text = rec["text"]
    covered = [False] * len(text)
    for sp in rec["pii"]:
        for k in range(sp["start"], sp["end"]):
            covered[k] = True
    warns = []
    for sp in rec["pii"]:
        if sp["label"] != "person":
            continue
        for tok in re.split(r"[\s\-.]+", sp["text"]):
            if len(tok) < 2 or tok.lower() in NAME_STOP:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text, re.I):
                if not any(covered[m.start() : m.end()]):
                    warns.append(
                        "uncovered %r at %d: ...%s..."
                        % (
                            text[m.start() : m.end()],
                            m.start(),
                            text[max(0, m.start() - 25) : m.end() + 25].replace("\n", " "),
                        )
                    )
    for m in re.finditer(r"\d[\d \-]{6,}\d", text):
        if not any(covered[m.start() : m.end()]):
            warns.append("uncovered digits %r" % m.group(0))
    for m in re.finditer(r"\S+@\S+", text):
        if not any(covered[m.start() : m.end()]):
            warns.append("uncovered email %r" % m.group(0))
    return warns


# Context words that must stay readable: marked automatically wherever the markup did not mark them.
AUTO_KEEP = {
    "wijk": [
        "Schilderswijk",
        "Transvaal",
        "Moerwijk",
        "Laak",
        "Spoorwijk",
        "Mariahoeve",
        "Bouwlust",
        "Vrederust",
        "Morgenstond",
        "Duindorp",
        "Scheveningen",
        "Segbroek",
        "Bezuidenhout",
        "Stationsbuurt",
        "Rustenburg",
        "Leyenburg",
        "Ypenburg",
        "Leidschenveen",
        "Escamp",
        "Tanthof",
        "Buitenhof",
        "Meerzicht",
        "Palenstein",
        "Prinsenhof",
        "Kraayenstein",
        "Bohemen",
        "Rivierenbuurt",
        "Laakkwartier",
    ],
    "org": [
        "Veilig Thuis",
        "Parnassia",
        "Wmo-loket",
        "Servicepunt XL",
        "CJG",
        "Xtra",
        "Kessler Stichting",
        "Kessler",
        "Haag Wonen",
        "Staedion",
        "Vestia",
        "Vidomes",
        "Florence",
        "Voedselbank",
        "GKB",
        "UWV",
        "SVB",
        "DUO",
        "CAK",
        "Belastingdienst",
        "Brijder",
        "Humanitas",
        "Leger des Heils",
        "IND",
        "HMC",
        "Haga",
        "politie",
        "Sociaal Raadslieden",
        "Wmo",
        "MEE",
        "GGZ",
        "Haagse Kredietbank",
        "Kredietbank",
        "Home-Start",
        "Woonnet",
        "FairWork",
        "Tolkcentrum",
        "Sociale Zaken",
        "CIZ",
        "Huurcommissie",
    ],
    "role": [
        "wijkverpleegkundige",
        "maatschappelijk werker",
        "casusregisseur",
        "ouderenconsulent",
        "ouderenadviseur",
        "welzijnscoach",
        "jongerenwerker",
        "klantmanager",
        "leerplichtambtenaar",
        "gezinsvoogd",
        "woonconsulent",
        "deurwaarder",
        "budgetcoach",
        "casemanager dementie",
        "Wmo-adviseur",
        "MEE-consulent",
        "POH-GGZ",
        "teamleider",
        "veldwerker",
        "triagist",
        "huisarts",
        "wijkagent",
        "bewindvoerder",
        "ervaringsdeskundige",
        "advocaat",
        "jeugdverpleegkundige",
        "trajectbegeleider",
        "jeugdconsulent",
        "Gezinsvoogd",
        "Huisarts",
        "Deurwaarder",
        "Bewindvoerder",
    ],
}


def auto_keep(text, pii, keep):
    taken = [False] * len(text)
    for sp in pii + keep:
        for k in range(sp["start"], sp["end"]):
            taken[k] = True
    found = []
    for label, words in AUTO_KEEP.items():
        for w in sorted(words, key=len, reverse=True):
            for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text):
                if any(taken[m.start() : m.end()]):
                    continue
                for k in range(m.start(), m.end()):
                    taken[k] = True
                found.append(
                    {"start": m.start(), "end": m.end(), "label": label, "text": m.group(0)}
                )
    return sorted(keep + found, key=lambda s: s["start"])


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, tpl in enumerate(TEXTS):
        text, pii, keep = parse(fill(tpl.strip("\n")))
        keep = auto_keep(text, pii, keep)
        rec = {"id": "ho62-%04d" % i, "text": text, "pii": pii, "keep": keep}
        # verification
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (rec["id"], a, b)
        assert pii, rec["id"]
        for s in pii:
            if s["label"] == "bsn" and not s["text"][0].isalpha():
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        recs.append(rec)
    out = os.path.join(here, "heldout62.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out, recs


if __name__ == "__main__":
    import sys
    from collections import Counter

    out, recs = build()
    pc, kc = Counter(), Counter()
    words = 0
    for r in recs:
        pc.update(s["label"] for s in r["pii"])
        kc.update(s["label"] for s in r["keep"])
        words += len(r["text"].split())
        if "--lint" in sys.argv:
            for w in lint(r):
                print(r["id"], w)
    tot = sum(pc.values())
    print("wrote %s: %d texts, %.0f words avg" % (out, len(recs), words / max(1, len(recs))))
    print(
        "pii  %d: %s"
        % (tot, ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / tot) for k, v in pc.most_common()))
    )
    print("keep %d: %s" % (sum(kc.values()), ", ".join("%s %d" % kv for kv in kc.most_common())))
