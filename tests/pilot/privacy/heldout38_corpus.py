#!/usr/bin/env python3
"""Held-out corpus 38: team app chats and handover notes of two Hague wijkteams
(Laak, Escamp), six weeks (ma 8 sep - vr 17 okt 2025).

Markup: [[code:text]] = pii span, {{code:text}} = keep span.
pii codes: p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, ds dossier
keep codes: w wijk, o org, r role
[[b:*]] / [[b:*.]] / [[b:*_]]  -> generated valid BSN (plain / dotted / spaced)
[[i:*]] / [[i:*_]] / [[i:*l]]  -> generated valid IBAN (compact / grouped / lower-case compact)
Writes heldout38.jsonl next to this file. Deterministic (seeded), stdlib only.
"""

import json, os, random, re

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

RNG = random.Random(3838)


def make_bsn(style):
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and RNG.random() < 0.8:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 == 10:
            continue
        digits = "".join(map(str, d + [d9]))
        break
    if style == ".":
        return digits[:4] + "." + digits[4:6] + "." + digits[6:]
    if style == "_":
        return digits[:3] + " " + digits[3:6] + " " + digits[6:]
    return digits


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(style):
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    if bank in ("ABNA", "RABO", "SNSB", "ASNB", "RBRB"):
        acct = "0" + acct[1:]
    check = 98 - iban_num(bank + acct + "NL00") % 97
    iban = "NL%02d%s%s" % (check, bank, acct)
    if style == "_":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "l":
        return iban.lower()
    return iban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code == "b" and val.startswith("*"):
                val = make_bsn(val[1:])
            elif code == "i" and val.startswith("*"):
                val = make_iban(val[1:])
            pii.append({"start": n, "end": n + len(val), "label": PII[code], "text": val})
        else:
            code, val = m.group(3), m.group(4)
            keep.append({"start": n, "end": n + len(val), "label": KEEP[code], "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text[
        :80
    ]
    return text, pii, keep


# ---------------------------------------------------------------- hand-written texts
T("""
[[d:08-09-2025]] 08:47 - [[p:Ilse]]: goedemorgen allemaal ☕ wie pakt vandaag mw [[p:el amrani]]? ze heeft gister 3x naar het {{o:Servicepunt XL}} gebeld
[[d:08-09-2025]] 08:52 - [[p:Hamza]]: ik zit tot 11u in {{w:Spoorwijk}} bij dhr [[p:de wit]] (wondzorg), daarna kan ik
[[d:08-09-2025]] 08:53 - [[p:Priya]]: top. let op: zoon [[p:Bilal]] is er vaak, hij wil niet dat we over de schulden beginnen als hij erbij is 🙈
[[d:08-09-2025]] 09:10 - [[p:Ilse]]: 👍 adres nog steeds [[a:Vlamingstraat 61-hs]] toch?
[[d:08-09-2025]] 09:11 - [[p:Priya]]: ja. bel wel eerst ff [[t:06-41 87 22 30]], de bel is kapot
""")

T("""
[[p:Marloes Bakker]]  9:14
@[[p:Dewi]] ben jij vrijdag bij mw. [[p:Sewdien]] geweest? dochter [[p:Anjali]] appte mij dat moeder haar medicatie niet meer pakt
[[p:Dewi]]  9:20
nee, verzet naar [[d:ma 15/9]], had zelf corona 🤒 bel [[p:Anjali]] vanmiddag, heb je haar nr?
[[p:Marloes Bakker]]  9:21
[[t:06 2381 4470]] (dochter). mw zelf heeft alleen vast: [[t:070-3293516]]
[[p:Rachid]]  9:40
ff tussendoor: brief van het {{o:CAK}} ligt bij mij, de eigen bijdrage {{o:Wmo}} klopt niet. zaaknr [[ds:W-2025-08113]]. neem ik mee in het MDO donderdag
""")

T("""
overdracht [[p:Marloes]] – herfstvakantie 🍂 (weg van [[d:vr 17/10]] 15u t/m [[d:ma 27/10]])
- dhr [[p:Visser]] ([[a:Zuiderparklaan 45-II]]): stabiel, {{r:bw}} regelt alles, niks doen
- mw [[p:ouali]]: wacht op uitslag {{o:UWV}}. belt ze → doorzetten naar [[p:Femke]]
- fam. [[p:Tavares]]: {{o:Veilig Thuis}} heeft melding, contact loopt via [[p:Rachid]]. NIET zelf langs gaan
- [[p:Roos]] (de jonge mw van de [[a:Moerweg 3 bis]]): afspraak {{o:Brijder}} [[d:di 21 okt]], graag ff sms sturen dag ervoor [[t:0645 118 902]]
- dhr [[p:Petrov]]: tolk geregeld (Bulgaars), [[d:22-10]] om 10.00 op kantoor {{w:Moerwijk}}
vragen? app maar, ik kijk 1x per dag 😉
""")

T("""
[[p:Joost]]: heeft iemand de aanvraag traplift van dhr [[p:Kaya]] nog? kan m niet vinden in het systeem
[[p:Kim]]: staat onder zijn vrouw geloof ik, [[p:Emine]]. nummer [[ds:2025-11742]]
[[p:Joost]]: ah ja gevonden. thx 🙏
[[p:Kim]]: overigens huisbaas belde weer (dhr [[p:Öztürk]]), die wil geen toestemming geven voor de lift want "trap is van iedereen". ik heb gezegd dat {{o:Wmo}} hem een brief stuurt
[[p:Joost]]: prima, pak ik op. Heb je zijn mail?
[[p:Kim]]: [[e:h.ozturk.vastgoed@gmail.com]]
""")

T("""
[spraakbericht 1:12 – [[p:Hamza]], omgezet door Teams]
ja hoi met [[p:Hamza]], ik sta nu net buiten bij euh meneer [[p:Mensah]] op de [[a:Van Musschenbroekstraat 88]], eh hij deed niet open maar de buurvrouw, [[p:Akosua]] heet ze, die zegt dat ie sinds zaterdag niet meer buiten is geweest. Ik heb de {{r:huisarts}} gebeld, dokter [[p:Verbeek]], die komt vanmiddag. Kan iemand van jullie eh [[p:Kwame]] z'n zus bellen? Het nummer staat in het dossier, dossier [[ds:LK-0412]]. oké, doei
""")

T("""
foto whiteboard teamkamer {{w:Laak}} ([[d:ma 8-9]])
WEEK 37
ma  [[p:Ilse]] – [[p:Noor]] huisbez. [[p:Popescu]] 13u
di  MDO 9.30 !! (casus [[p:Haddad]] + [[p:Jagessar]])
wo  [[p:Sander]] vrij
do  {{o:Haag Wonen}} overleg [[p:Jeroen]] 11u
vr  BORREL 🍻 [[p:Priya]] jarig
NIET VERGETEN: toestemmingsverklaring mw [[p:Ramsaran]] laten tekenen!!!
""")

T("""
[[p:Femke]] → [[p:Marloes]] (Teams, 14:02)
hee, even over mw [[p:Nowak]]. de {{o:Kredietbank}} zegt dat ze haar aanvraag niet kunnen afronden zonder loonstroken van [[p:Tomasz]] (man). Hij werkt via uitzendbureau in het Westland en is nooit thuis overdag. Weet jij een manier om hem te bereiken? ze wonen [[a:Meppelweg 1120]], [[pc:2544 BA]]. ik heb alleen het nr van haar: [[t:+48 512 330 871]] (pools nr, kost haar geld als ze opneemt 🙄)
""")

T("""
[[p:Marloes]] → [[p:Femke]] 14:19
probeer zaterdag? of via [[p:Agnieszka]] vragen of hij kan mailen: [[e:tomek.nowak88@wp.pl]] heeft ze me een keer gegeven. en check ff of de {{o:Voedselbank Haaglanden}} verlengd is, die liep af op [[d:30 sept]]
[[p:Femke]] → [[p:Marloes]] 14:25
goed plan, ik mail hem vanavond. voedselbank is verlengd tot januari zag ik, dus dat is goed. En haar {{r:klantmanager}} bij {{o:SZW}} weet nog van niks over de schulden, die bel ik morgen wel even, anders wordt het een chaos met de bijstand 🙄
""")

T("""
> Van: [[e:s.vermeulen@staedion.nl]]
> Verzonden: [[d:woensdag 10 september 2025]] 16:41
> Onderwerp: huurachterstand [[a:Loevesteinlaan 77a]]
> Geachte heer/mevrouw, hierbij laten wij u weten dat huurder dhr. [[p:A. Farah]] een achterstand heeft van € 2.184,60. Indien niet voor [[d:1 oktober]] een regeling is getroffen, wordt het dossier overgedragen aan de deurwaarder. Met vriendelijke groet, [[p:Sandra Vermeulen]], {{r:woonconsulent}}

[[p:Rachid]]: 👆 kreeg dit doorgestuurd van [[p:Abdirahman]] zelf. hij snapt de brief niet. wie heeft ruimte deze week? moet echt voor de 1e
[[p:Femke]]: ik! donderdag middag. zet het op mijn naam
""")

T("""
[[p:Noor]] 11:03: dhr [[p:Zhang]] weer in de bieb gezien 😊 hij zit daar elke ochtend om warm te blijven denk ik, verwarming nog steeds niet gemaakt
[[p:Noor]] 11:04: ik bel morgen {{o:Haag Wonen}} opnieuw. melding stond op [[ds:#55021]]
[[p:Ilse]] 11:20: goed dat je t ziet. hij heeft ook geen {{o:Eneco}} meer betaald sinds juli, zei zijn dochter [[p:Mei]] vorige keer
[[p:Noor]] 11:21: oh dat wist ik niet, ik vraag haar nummer via de bieb medewerker? nee wacht dat mag niet 😅 via [[p:Wei]] zelf dan
""")

T("""
agenda [[p:Dewi]] ({{r:wvk}} {{w:Escamp}}) – week 38
[[d:ma 15/9]]   9:00 mw [[p:Sewdien]] insuline, [[a:Hengelolaan 210]]
          11:30 dhr [[p:Coffie]] wond been (met [[p:Ingrid]])
[[d:di 16/9]]   hele dag scholing
[[d:wo 17/9]]   10:00 MDO {{w:Moerwijk}}
          14:00 mw [[p:Boateng]] – intake, tolk Twi geregeld?
[[d:do 18/9]]   vrij
[[d:vr 19/9]]   9:00 mw [[p:Sewdien]] insuline
""")

T("""
[[p:Ingrid]] 16:55
Hoi [[p:Dewi]], dhr [[p:Coffie]] is echt achteruit gegaan, hij wist vandaag niet meer welke dag het was en zocht z'n vrouw ([[p:Maria]], overleden in 2019). Zoon [[p:Rignald]] komt pas eind van de maand uit Curaçao. Ik denk dat we een {{r:casemanager dementie}} indicatie moeten aanvragen, ik ben er zelf maar 2 dagen. Kun jij met de {{r:ha}} schakelen? Dokter [[p:Boukhari]], praktijk aan de Leyweg.
""")

T("""
Teams – Kanaal '{{w:Escamp}} algemeen'
[[p:Yvonne]] (teamleider): Herinnering: vrijdag [[d:26 september]] teamdag in het wijkcentrum, 9.30-15.00. Lunch wordt geregeld. Graag je caseload-update vóór [[d:wo 24/9]] in de map zetten. Vragen → mij of [[p:Bram]].
[[p:Bram]]: 👍
[[p:Esra]]: kan ik ook digitaal aanschuiven? heb om 13u een huisbezoek dat ik niet kan verzetten (mw [[p:Tesfay]], eindelijk thuis na 3 weken)
[[p:Yvonne]] (teamleider): ja prima [[p:Esra]]
""")

T("""
mw [[p:ahmadi]] ([[p:Zahra]]) – notitie na hb [[d:11/9]]
- woont met 3 kids in [[a:Mijnsherenlaan 402]], 4 hoog zonder lift
- man ([[p:Farid]]) in {{o:AZC}} Zeist? nog niet duidelijk, zij zegt 'hij komt'
- geen DigiD, geen bankpas. IBAN op brief {{o:SVB}}: [[i:*_]]
- kinderen via {{o:CJG}}, contact {{r:jeugdconsulent}} [[p:Lotte]]
- volgende keer tolk Dari!!! (vandaag via neef [[p:Gul]], niet handig)
""")

T("""
[[p:Sander]]: jongens wie heeft de sleutel van de fietsenkelder
[[p:Wendy]]: ligt bij de receptie denk ik
[[p:Sander]]: nvm gevonden 😂
[[p:Sander]]: o en btw dhr [[p:Isenia]] heeft gebeld, hij wil zijn {{r:MEE-consulent}} terug (= ik 🙃). afspraak [[d:do 11 sep]] om 15u bij hem thuis, [[a:Oudemansstraat 14]]
""")

T("""
Hoi [[p:Priya]]
Zoals besproken de gegevens voor de aanmelding {{o:schuldhulpverlening}}:
naam: [[p:Shanti Jagessar]]
geb: [[d:14-07-1971]]
BSN [[b:*.]]
adres [[a:Rijswijkseweg 311-3]], [[pc:2516 HN]]
tel [[t:0628 90 44 12]]
huidige schuldeisers: {{o:Eneco}}, {{o:Dunea}}, zorgverzekeraar, {{o:Belastingdienst}} (toeslagen)
Ze wil graag dat haar broer [[p:Anand]] bij het eerste gesprek is.
gr [[p:Wendy]]
""")

T("""
[[p:Rachid]] 08:31: ff heads up, nacht was onrustig bij fam [[p:Al-Hamwi]]. politie is geweest (buren belden). [[p:Rasha]] en kinderen zijn naar haar zus in {{w:Wateringse Veld}}. {{o:Veilig Thuis}} zaaknr [[ds:VT-2025-4417]]. ik bel om 9u met de {{r:wijkagent}} ([[p:Erik]])
[[p:Esra]] 08:33: 😟 oké. ik had morgen [[d:12/9]] een afspraak met [[p:Rasha]] in de moskee voor de taalgroep, zal ik die laten staan?
[[p:Rachid]] 08:35: laat staan maar niet zelf contact zoeken. ik laat t weten
""")

T("""
notitie tel [[p:Marloes]], [[d:12-09]]:
belde met [[p:Jurgen]] (vriend van dhr [[p:Statia]]), hij heeft de sleutel. Dhr ligt in {{o:HMC}} Westeinde sinds woensdag, valpartij. Kat moet eten 🐈 [[p:Jurgen]] doet dat. Dhr heeft geen mantelzorger, {{r:ouderenconsulent}} inschakelen voor ontslag. [[p:Jurgen]] z'n nr: [[t:06-19283746]]
""")

T("""
[[p:Kim]]:
kan iemand morgen (vrijdag) voor mij bij mw [[p:de Hoop]] langs? ze moet haar hoortoestel ophalen bij de audicien in de Fahrenheitstraat en durft niet alleen. ik hoop 🤞 dat iemand kan, anders bel ik haar af.
[[p:Noor]]:
ik kan om 13u!! wat is het adres ook alweer
[[p:Kim]]:
[[a:Heeswijkplein 7]], 2e deur links. Ze heet [[p:Gerda]], ze vindt het leuk als je haar bij de voornaam noemt 😊
""")

T("""
[[d:15-9-25]] [[p:Tjeerd]]: @[[p:Bram]] de {{o:Wmo}} aanvraag begeleiding voor [[p:Ivone Semedo]] is afgewezen?? beschikking [[ds:2025.0044871]] van [[d:9 september]]. ze heeft LVB + zoontje van 4. volgens mij moeten we bezwaar maken
[[d:15-9-25]] [[p:Bram]]: ja heb ik gezien. gaat om de uren. Ik bel [[p:Ivone]] vandaag en we maken een afspraak met {{o:Sociaal Raadslieden}}. bezwaar moet binnen 6 weken dus voor [[d:21/10]]
""")
T("""
[16:02, [[d:15/9/2025]]] [[p:Esra]]: wie kent er een Tigrinya tolk die ook bij huisbezoek wil komen? {{o:tolkentelefoon}} is niet genoeg voor [[p:Senait]]
[16:05, [[d:15/9/2025]]] [[p:Tjeerd]]: [[p:Yonas]] van de kerk in de {{w:Bouwlust}} doet dat vaak vrijwillig. Hij heet [[p:Yonas Ghebremariam]], nr [[t:06 55 21 09 83]]
[16:05, [[d:15/9/2025]]] [[p:Tjeerd]]: maar let op privacy, hij kent iedereen 😬
[16:09, [[d:15/9/2025]]] [[p:Esra]]: ja dat is precies het probleem haha. ik vraag [[p:Helen]] van {{o:Vluchtelingenwerk}}
""")

T("""
Overdracht [[p:Hamza]] ({{r:wvk}}) → [[p:Dewi]] ivm ziekte, geldt [[d:di 16/9]] t/m [[d:vr 19/9]]
* dhr [[p:de Wit]], [[a:Van Swietenstraat 40]]: wond onderbeen, verband om de dag. Sleutelkluis code staat in ONS, niet hier!
* mw [[p:Baldewsingh]] [[p:R.]] ([[p:Rita]]): steunkousen ochtend, dochter [[p:Kavita]] doet avond
* dhr [[p:Wiśniewski]]: alcohol!! niet alleen naar binnen, afspraak met {{o:Brijder}} loopt via [[p:Ilse]]
* mw [[p:Roos Koster]]: palliatief, {{r:huisarts}} [[p:Jansen]] is op de hoogte, fam wil graag gebeld worden bij verandering: [[t:070 388 12 05]] (zoon [[p:Peter]])
""")

T("""
[[p:Ilse]] 10:12
mensen, mw [[p:Popescu]] ([[p:Ionela]]) heeft vandaag een brief van de gemeente gekregen dat haar uitkering stopt per [[d:1-10]] omdat ze 'niet op afspraak verscheen'. Ze heeft de brief nooit gehad, woont sinds juni op ander adres ([[a:Goudriaankade 22-A]]) en heeft dat gewoon doorgegeven. Klantnummer {{o:SZW}} [[ds:88240133]]. Iemand ervaring met hoe je dit snel terugdraait?
[[p:Joost]] 10:20
bel {{r:klantmanager}} direct, niet via 14070. Wie is het? 
[[p:Ilse]] 10:21
ene [[p:Marco]] 🤷‍♀️
""")

T("""
[[p:Priya]]: notulen MDO [[d:di 16/9]] (kort)
1. [[p:Haddad]] – [[p:Ahmad]] weer opgenomen ({{o:Parnassia}}, open afdeling). Contact met {{r:SPV}} [[p:Mirjam]]. Vrouw wil terug naar Syrië, kinderen niet. Volgen.
2. [[p:Jagessar]] – aanmelding {{o:shv}} rond ([[p:Wendy]]). 
3. nieuw: dhr [[p:Kowalczyk]], verwezen door ha, woont in schuurtje achter [[a:Kempstraat 119]] (!!) → {{o:Haag Wonen}} + {{o:GGD}} bemoeizorg. [[p:Hamza]]+[[p:Noor]] gaan samen.
volgende MDO [[d:30/9]]
""")

T("""
hoi [[p:Jeroen]], hier [[p:Ilse]] van het {{o:SWT}} {{w:Laak}}. Over dhr. [[p:Kowalczyk]] (schuurtje [[a:Kempstraat 119]]): is de eigenaar van het hoofdhuis bij jullie huurder? Naam [[p:Bakker]] volgens de buren. Ik zoek even wie we kunnen aanspreken. Groetjes en alvast bedankt! (mijn nr: [[t:06 2044 7719]])
""")

T("""
[[p:Jeroen]] ({{o:Haag Wonen}}): Hoi [[p:Ilse]], ja dat is een huurder van ons, dhr. [[p:F. Bakker]], contractnr [[ds:HW-1002334]]. Onderhuur is niet toegestaan dus hier moet ik iets mee, maar ik snap dat jullie eerst de man zelf willen helpen. Zullen we [[d:maandag 22 sept]] samen gaan kijken? Ik kan om 10u.
""")

T("""
[[p:Wendy]] 13:44: wie wil er een stukje taart 🍰 ligt in de keuken
[[p:Sander]] 13:44: 🙋‍♂️
[[p:Wendy]] 13:45: o en dhr [[p:Dimitrov]] stond net aan de balie, zonder afspraak. Ik heb zijn formulier bijzondere bijstand ingenomen, IBAN staat er verkeerd op geloof ik ([[i:*]]?). Wie is zijn {{r:klantmanager}}? 
[[p:Joost]] 13:50: [[p:Ivan]]? volgens mij [[p:Sabine]] bij {{o:SZW}}, loopt ook via [[p:Sander]] ({{o:MEE}})
[[p:Sander]] 13:51: klopt. Ik neem het mee. Taart was top btw
""")

T("""
🎙️ memo [[p:Esra]] [[d:17-9]] (na hb)
oke dus ik kom net bij mevrouw [[p:Warsame]] vandaan, [[p:Hodan]], en ze is echt heel eenzaam, ze heeft niemand, de kinderen wonen in Engeland en de oudste [[p:Ayaan]] belt soms. Ze zou graag naar het vrouwenochtendje in {{o:wijkcentrum De Henneberg}} willen maar durft niet zonder iemand. Ik ga haar koppelen aan een {{r:maatje}} via {{o:Humanitas}}. eh, haar nummer is nieuw, [[t:06 87 00 43 12]]. Dat was het.
""")

T("""
[[d:18-09]] 09:02 [[p:Bram]]: dhr [[p:Radu]] wil verhuizen ivm trappen, kan niet meer naar 3e etage ([[a:Almeloweg 85-III]]). urgentie aanvragen? 
[[d:18-09]] 09:06 [[p:Marloes]]: medische urgentie is bijna onmogelijk nu. maar probeer het. {{r:ha}} verklaring nodig
[[d:18-09]] 09:07 [[p:Bram]]: zijn ha is dr. [[p:Lie]], die is goed. ik mail hem: [[e:praktijk.lie@hadoc.nl]]?
[[d:18-09]] 09:08 [[p:Marloes]]: ja en zet [[p:Florin]] (zoon) in cc, die regelt zijn post
""")

T("""
- [[p:chen]] mw: kleinzoon ([[p:Jun]]) vertaalt. wil NIET naar dagbesteding. ok. 
- [[p:mangal]] dhr: {{r:bw}} aanvragen? vrouw [[p:Devika]] doet nu alles maar is zelf ziek
- [[p:fortes]] mw + dochter: huurachterstand opgelost 🎉 dank [[p:Femke]]
- [[p:lopes]] [[p:djon]]: geen contact sinds [[d:3/9]]. nog 1x langs, dan briefje.
- [[p:martina]] [[p:shirley]]: verhuisd naar {{w:Morgenstond}}, overdragen aan {{o:SWT}} {{w:Escamp}}-Zuid?
(lijstje [[p:Marloes]], caseload per [[d:19/9]])
""")

T("""
[[p:Dewi]]
🙏 kan iemand mij het telefoonnummer van {{o:Florence}} wijkverpleging {{w:Vrederust}} sturen? mw [[p:Asante]] ([[p:Efua]]) wordt zaterdag ontslagen uit {{o:HagaZiekenhuis}} en heeft thuiszorg nodig
[[p:Ingrid]]
070 hoofdnummer is ellende, bel [[p:Marieke]] direct [[t:06-30301155]], zij is {{r:wijkverpleegkundige}} bij {{o:Florence}} daar
[[p:Dewi]]
top dank je. ontslagbrief zegt ook dat ze nieuwe medicatie heeft, dus de {{r:apotheker}} moet de baxterrol aanpassen. Wie regelt dat in het weekend eigenlijk? 🤔
[[p:Ingrid]]
de avonddienst van {{o:Florence}} kan dat, als de ontslagbrief er is
""")

T("""
Bericht doorgestuurd uit mail (voor dossier mw [[p:Tesfay]]):
'Beste [[p:Esra]], [[p:Senait]] is vandaag geweest op het spreekuur. Ze heeft haar inburgeringsbrief van {{o:DUO}} meegenomen. Haar lening moet omgezet, maar we hebben haar BSN nodig op het formulier, dat is [[b:*_]]. Kun jij volgende week mee? Hartelijke groet, [[p:Helen Tekle]], {{o:VluchtelingenWerk}} Den Haag, [[t:070-3605040]]'
""")

T("""
hoi allemaal, ik ben vanaf [[d:maandag 22 september]] de nieuwe {{r:Wmo-adviseur}} bij {{w:Laak}} (vervanging [[p:Joost]] tijdens zijn verlof). Ik heet [[p:Lieke Smit]], mijn werknr is [[t:06 83 11 60 29]] en mail [[e:lieke.smit@denhaag.nl]]. Ik werk ma-di-do. Zin in! 🌻
[[p:Kim]]: welkom [[p:Lieke]]!! 🎉
[[p:Priya]]: welkom! maandag om 9 uur een rondje door de wijk, {{w:Spoorwijk}} en {{w:Laakkwartier}}, dan laat ik je het wijkcentrum zien en stel ik je voor aan de mensen van {{o:Xtra}} en het {{o:Servicepunt XL}}
""")

T("""
[[p:Noor]] 15:31: iemand zin om mee te denken? mw [[p:bouzerda]] (83) wil per se zelf blijven koken maar laat steeds het gas aan. dochter [[p:Khadija]] wil haar in een verpleeghuis, mw huilt als je t woord noemt
[[p:Kim]] 15:36: kookplaat met timer/ inductie via {{o:Wmo}}? heb ik bij dhr [[p:Kok]] ook gedaan
[[p:Noor]] 15:37: oh goeie. en {{r:casemanager dementie}} erbij?
[[p:Kim]] 15:38: ze heeft geen diagnose toch. eerst geheugentest via dr [[p:Verbeek]]
""")

T("""
[[p:Rachid]]: Situatie fam [[p:Al-Hamwi]] update [[d:19-9]] ➡️ [[p:Rasha]] wil terug naar huis ([[a:Dedemsvaartweg 1204]]), [[p:Omar]] heeft contactverbod. {{o:Veilig Thuis}} en {{o:Jeugdbescherming West}} zijn betrokken vanwege de kinderen (dossier [[ds:JBW-25-3381]]). [[p:Esra]] pakt taalgroep weer op. Niemand anders gaat daar heen zonder overleg met mij aub.
""")

T("""
ff snel:
[[p:Femke]] 11:58: IBAN voor de huurbetaling van mw [[p:Fortes]] naar {{o:Staedion}}: [[i:*_]] o.v.v. huurnr [[ds:St-40921-07]]
[[p:Femke]] 11:58: zij doet t vanaf nu zelf via automatische incasso 💪
[[p:Marloes]] 12:10: wat goed!!
[[p:Femke]] 12:12: ze was zelf zo blij, zei dat ze voor het eerst in 2 jaar weer rustig slaapt. dochter helpt met de bankapp. volgende stap: {{o:Kredietbank}} voor de oude schulden
""")

T("""
[[p:Tjeerd]]:
kort verslag telefoontje met bewindvoerder [[p:Lisette]] ({{o:Bewindvoering Haaglanden}}) over dhr [[p:Mangal]]:
- ze kan hem aannemen per [[d:1 november]]
- ze heeft nodig: ID, bankafschriften 3 mnd, lijst schulden, huurcontract
- haar mail: [[e:lisette@bewindhaaglanden.nl]]
- {{o:kantonrechter}} verzoek doen we samen, [[d:do 2/10]] 14u bij hem thuis ([[a:Zwartsluisstraat 9]])
""")

T("""
[[p:Kim]] 08:11 Morgen allemaal. [[p:Gerda]] (mw [[p:de Hoop]]) is gevallen gisteravond, ligt in {{o:Haga}} met gebroken heup. buurman [[p:Henk]] belde mij om 7u 😢 
[[p:Noor]] 08:13 ah nee arme [[p:Gerda]]
[[p:Kim]] 08:14 ik bel haar nicht in Zoetermeer, [[p:Ans]], die is contactpersoon: [[t:079 342 18 66]]
""")

T("""
[[p:Marloes]]:
Heeft iemand een idee voor dhr [[p:Petrov]]? Hij krijgt een boete van {{o:CJIB}} na boete, voor zwartrijden. Hij zegt dat hij een ov-kaart had maar die stond niet op naam. Ik heb 7 beschikkingen in een tas gekregen 🙈 oudste van [[d:3 maart 2024]]. {{o:CJIB}}-nummers o.a. [[ds:1001 2345 6789 0123]]. 
[[p:Femke]]:
kan ik even naar kijken, ik ken iemand bij {{o:CJIB}} voor een betalingsregeling
""")

T("""
WHITEBOARD {{w:Escamp}} 📸 ([[d:22-9]])
bemoeizorg lijst:
dhr [[p:Kowalski]] – {{w:Morgenstond}}, weigert alles, elke wk proberen
[[p:M. Tavares]] – ❗️VT
mw [[p:Demir]] – hoarding, {{o:GGD}}
"[[p:Snoepie]]" (echte naam [[p:Jan-Willem]]?) – leeft in auto bij de parkeerplaats in {{w:Leyenburg}}
afspraak {{o:GGD}} bemoeizorg [[d:wo 24/9]] 10u
""")
T("""
[[p:Lieke]] 09:40: vraagje als nieuwe: waar vind ik de toestemmingsverklaringen? moet er één hebben van dhr [[p:Wattimena]] voor de aanvraag huishoudelijke hulp
[[p:Priya]] 09:42: in de map 'TV getekend' op de schijf, op achternaam. Als ie er niet in zit moet je hem zelf laten tekenen, [[p:Wattimena]] is makkelijk hoor, hij biedt je meteen koffie en spekkoek aan 😄
[[p:Lieke]] 09:43: haha klinkt goed. adres? 
[[p:Priya]] 09:45: [[a:Lorentzplein 12]] {{w:Spoorwijk}}, [[pc:2522 BW]]. Vraag ff naar zijn kleindochter [[p:Maxime]], die doet zijn papieren
""")

T("""
gespreksverslag (copy paste uit ons systeem voor [[p:Femke]]):
Cliënt: dhr. [[p:K. Mensah]], geb. [[d:02-11-1958]], BSN [[b:*]]
Adres: [[a:Van Musschenbroekstraat 88]], [[pc:2522 AB]] Den Haag
Datum gesprek: [[d:23-09-2025]]
Aanwezig: cliënt, zus [[p:Efua]] (telefonisch), [[p:Hamza]] ({{r:wvk}})
Samenvatting: cliënt heeft sinds maanden geen post geopend. Gevonden: aanmaningen {{o:Eneco}}, {{o:Dunea}}, {{o:Belastingdienst}}. Cliënt akkoord met aanmelding {{o:schuldhulpverlening}}.
""")

T("""
[[p:Femke]]: dank! ik zie dat hij ook nog een rekening bij een Ghanese bank heeft. mag je die meenemen bij {{o:shv}}? 
[[p:Hamza]]: geen idee haha, daar ben jij de expert in 😅
[[p:Femke]]: 🙃 ik vraag t na bij de {{r:schuldhulpverlener}}. NL rekening is [[i:*]] toch? dan zet ik die op de aanmelding
[[p:Hamza]]: ja die staat op zijn pasje
""")

T("""
Aan: [[e:wijkteam.escamp@denhaag.nl]]
CC: [[e:rachid.elkhattabi@denhaag.nl]]
Onderwerp: zorgen over buurvrouw

Goedemiddag, ik ben [[p:Joke Mulder]] en woon naast mevrouw [[p:Demir]] op de [[a:Erasmusweg 1017]]. Uit haar woning komt een sterke lucht en ik zie haar al twee weken niet. De woningbouw zegt dat ze niks kunnen doen. Ik heb uw adres gekregen van de {{r:wijkagent}}. Mijn telefoon is [[t:06-40 12 77 98]]. Met vriendelijke groet, [[p:J. Mulder]]

[[p:Rachid]] ⤵️ dit is het bericht waar ik het over had. [[p:Dewi]] en ik gaan morgen
""")

T("""
[[p:Dewi]] [[d:24/9]] 17:20
update mw [[p:Demir]]: ze leeft, gelukkig. woning vol met spullen en katten (7?) 🐈🐈🐈 Ze liet ons binnen toen ik zei dat buurvrouw [[p:Joke]] zich zorgen maakte. Ze heet [[p:Hatice]] en is eigenlijk heel lief. {{o:GGD}} {{r:bemoeizorg}} heeft haar al in beeld (nr [[ds:GGD-BZ-20771]]), haar zoon [[p:Burak]] woont in Rotterdam, [[t:010 4123 877]].
""")

T("""
weekplanning [[p:Ilse]] 
ma: hb dhr [[p:Wiśniewski]] samen met [[p:Hamza]] (11:00) – daarna {{o:Brijder}} bellen
di: intake nieuwe cl via ha (mw [[p:Vos]], [[a:Hobbemastraat 203]])
wo: vrij
do: MDO + {{o:Haag Wonen}}
vr: admin 😩 + verlofoverdracht maken
(niet vergeten: BSN mw [[p:Vos]] klopt niet in ons systeem, moet [[b:*]] zijn – check met kopie ID bij intake)
""")

T("""
[[p:Sander]] 12:30: heeft iemand lunch gehad? anders haal ik broodjes bij de bakker om de hoek
[[p:Wendy]] 12:31: ja graag! kaas
[[p:Noor]] 12:31: falafel 🙏
[[p:Sander]] 12:50: ok. o ja en [[p:Isenia]] heeft weer een nieuwe telefoon, nummer is nu [[t:+31 6 2499 1034]]. ik heb 't in het dossier gezet
""")

T("""
🎙️ spraakmemo [[p:Bram]], [[d:vrijdag 26-09]], 16:10
eh ja even voor het verslag, ik ben bij meneer [[p:Radu]] geweest op de Almeloweg. de {{r:ha}} verklaring is binnen maar {{o:Haag Wonen}} zegt dat hij eerst bij {{o:Woonnet Haaglanden}} moet inschrijven, en dat heeft ie nooit gedaan. dus inschrijfduur nul, dat is echt balen. ik help hem volgende week met de inschrijving, zoon [[p:Florin]] komt ook, woensdag om 2 uur. o en zijn geboortedatum klopt niet in ons systeem, moet [[d:8 april 1949]] zijn.
""")

T("""
Teamdag {{w:Escamp}} [[d:26/9]] – aantekeningen flip (foto [[p:Yvonne]])
THEMA'S PILOT → wij doen mee met 'ouderen' + 'bemoeizorg'
wat gaat goed: samenwerking {{o:GGD}}, {{o:Humanitas}} maatjes
wat kan beter: terugkoppeling {{o:Haag Wonen}} (!!!), wachtlijst {{o:Parnassia}}
voorbeelden: casus [[p:Demir]] (buurvrouw meldt), casus [[p:Coffie]] (dementie zonder netwerk)
→ [[p:Ingrid]] + [[p:Esra]] schrijven casusles (ANONIEM!!)
""")

T("""
[[p:Kim]]: hey [[p:Lieke]], welkom alvast! ik heb een overdrachtje voor je van [[p:Joost]] z'n lopende {{o:Wmo}} dingen:
1) traplift [[p:Kaya]] – wacht op huisbaas, zie mail [[p:Öztürk]]
2) scootmobiel mw [[p:Jansen-Pinas]] ([[a:Laakkade 402]]) – keuring [[d:2 okt]]
3) huishoudelijke hulp [[p:Wattimena]] – TV tekenen
4) woningaanpassing fam [[p:Azzouzi]] – {{r:ergotherapeut}} rapport ligt in zijn postvak
succes 🍀
""")

T("""
[[d:29-09-2025]] 10:04 - [[p:Marloes]]: weet iemand of de {{o:voedselbank}} bij de Leyweg ook op vrijdag open is?
[[d:29-09-2025]] 10:06 - [[p:Esra]]: nee alleen di en do. hoezo?
[[d:29-09-2025]] 10:06 - [[p:Marloes]]: mw [[p:Boateng]] kan alleen op vrijdag ivm werk. 
[[d:29-09-2025]] 10:09 - [[p:Esra]]: kerk {{w:Zuiderpark}} heeft op vrijdag uitdeelpunt. Contact Pastor [[p:Kofi]]
""")

T("""
AANMELDFORMULIER {{o:Humanitas}} Thuisadministratie (ingevuld door [[p:Esra]])
Naam deelnemer: [[p:Hodan Warsame]]
Adres: [[a:Escamplaan 1180]], [[pc:2547 ER]]
Telefoon: [[t:06 87 00 43 12]]
Email: [[e:hodanw1962@hotmail.com]]
Hulpvraag: post openen, brieven begrijpen, overzicht maken
Verwijzer: {{r:welzijnscoach}} {{o:SWT}} {{w:Escamp}}
Toelichting: mw heeft 2 kasten vol ongeopende post, wil graag hulp maar schaamt zich. Graag een vrijwilliger die rustig is en een beetje Engels spreekt. Voorkeur dinsdagochtend. Eerste afspraak samen met mij.
""")

T("""
[[p:Hamza]]: dhr [[p:kowalczyk]] (schuurtje) vandaag met [[p:Noor]] gezien. Hij heet [[p:Krzysztof]], zegt "[[p:Krzysiek]]" tegen hem 😊 Werkt af en toe in de kassen. Geen zorgverzekering!! Wil wel hulp maar geen opvang. {{o:Leger des Heils}} kan misschien iets
[[p:Priya]]: goed gedaan jullie 👏 zorgverzekering eerst, dan huisvesting. BSN heeft ie?
[[p:Hamza]]: ja, [[b:*]], staat op zijn oude loonstrook
""")

T("""
[[p:Joost]] (laatste dag voor verlof 👶): 
Jongens bedankt voor alles, ik ben tot [[d:5 januari]] weg. Noodgevallen bij [[p:Lieke]] of [[p:Priya]]. Mail staat op afwezig. Dag!
[[p:Ilse]]: succes met de bevalling van [[p:Sophie]]!! 🍼❤️
[[p:Joost]]: haha zij doet het werk, ik sta erbij
""")

T("""
mw [[p:Azzouzi]] [[p:N.]] – tel. contact [[d:30/9]] ([[p:Lieke]]):
mw belt over woningaanpassing douche. ze zegt dat [[p:Joost]] beloofd had dat het voor de winter klaar is. rapport ergo ligt er (gedateerd [[d:11-8-2025]]). aannemer moet nog offerte. mw geeft aan dat haar man [[p:Hamid]] niet meer kan douchen zonder hulp. zoon [[p:Youssef]] helpt nu, 3x per week. Tel mw: [[t:0614882201]].
""")

T("""
[[p:Rachid]]: ⚠️ dit is belangrijk. Ik kreeg een vraag van een journalist over 'de vrouw in de Dedemsvaartweg'. NIEMAND geeft info, ook niet 'off the record'. doorverwijzen naar communicatie gemeente. 
[[p:Yvonne]] (teamleider): Helemaal eens. Ik heb het ook bij [[p:Henriëtte]] van communicatie gemeld.
[[p:Bram]]: 👍
[[p:Marloes]]: 👍
""")

T("""
uit brief {{o:Belastingdienst}}/Toeslagen, gefotografeerd door mw [[p:Kaya]] en in de app gestuurd:
"...Wij hebben uw recht op huurtoeslag over 2024 opnieuw berekend. U moet € 1.416 terugbetalen. Uw BSN: [[b:*.]]. Uw kenmerk: [[ds:T-2024-4467-1893]]..."
[[p:Joost]] → [[p:Lieke]]: kun jij dit oppakken? [[p:Emine]] is in paniek
[[p:Lieke]] → [[p:Joost]]: pak ik op. Eerst bezwaar, dan betalingsregeling. Op de oude beschikking staat ook de BSN van meneer ([[p:Mehmet]]): [[b:*_]], die heb ik nodig voor de partnergegevens toch?
[[p:Joost]]: ja klopt. en check of ze in 2024 echt samenwoonden, anders klopt de berekening sowieso niet
""")

T("""
[[p:Esra]]: lieve collega's, ik ben er morgen niet (kind ziek 🤒). afspraken verzet: 
- mw [[p:Tesfay]] → [[d:vr 3/10]]
- taalgroep → gaat door met vrijwilliger [[p:Marjan]]
- mw [[p:Boateng]] → bel ik zelf
[[p:Yvonne]] (teamleider): beterschap voor de kleine!
""")

T("""
[[p:Noor]] 14:12: Hoop dat iemand weet hoe dit zit: dhr [[p:Zhang]] heeft een brief van {{o:Dunea}} dat het water wordt afgesloten. Wie kan helpen?
[[p:Wendy]] 14:20: stuur me foto van de brief. klantnr staat rechtsboven
[[p:Noor]] 14:26: [[ds:DN-7741029]], achterstand 386 euro
[[p:Wendy]] 14:30: oke ik bel ze, voor vrijdag regelen we een afspraak. {{o:Dunea}} sluit niet af als er {{o:schuldhulp}} loopt
""")
T("""
caseload [[p:Sander]] ({{o:MEE}}) per [[d:1 okt]]
- [[p:isenia]]: nieuwe tel, dagbesteding {{o:Middin}} loopt
- [[p:dimitrov]]: bijz bijstand ingediend, wacht
- [[p:semedo]]: bezwaar {{o:Wmo}} met [[p:Bram]], hoorzitting?
- [[p:ricardo pinas]]: wil stoppen met begeleiding 😕 gesprek [[d:7/10]]
- [[p:de jong]] (moeder+zoon [[p:Kevin]]): {{o:CJG}} betrokken, LVB zoon, 19 jr
- [[p:storm]] mw: afsluiten, gaat goed!!
""")

T("""
[[p:Ilse]]
Kort iets fijns tussendoor: mw [[p:el amrani]] heeft vandaag haar eerste gesprek bij {{o:Brijder}} gehad (voor haar zoon [[p:Bilal]], zij ging als ouder). Ze was zo trots 🥹 
[[p:Priya]]
❤️ mooi. Kan dat als voorbeeld in de casusles voor de pilot? (anoniem uiteraard)
[[p:Ilse]]
ja goed idee, ik vraag wel eerst aan [[p:Fatima]] of het mag
""")

T("""
Van: dokter [[p:M. Verbeek]], huisarts
Aan: {{o:SWT}} {{w:Laak}}, t.a.v. [[p:Hamza]]
Datum: [[d:1 oktober 2025]]
Betreft: dhr. [[p:W. Zhang]], geb. [[d:19-06-1944]]
Geachte collega, met toestemming van patiënt verwijs ik dhr. [[p:Zhang]] naar u ivm vermoeden van vereenzaming en zelfverwaarlozing. Dochter mw. [[p:Mei Zhang]] is contactpersoon ([[t:06 1177 3402]]). Ik heb in mei al een geheugentest gedaan, deze was normaal. Met collegiale groet, [[p:M. Verbeek]]
""")

T("""
[[p:Hamza]]: 👆 oh [[p:Noor]], dit is jouw meneer uit de bieb toch
[[p:Noor]]: JA. eindelijk een officiële verwijzing haha. Ik pak het op, koppelen aan {{o:Xtra}} ouderenwerk?
[[p:Hamza]]: prima, en ik blijf voor de verzorging. ik heb zijn dochter [[p:Mei]] vanmiddag gebeld, ze is blij dat er iemand is
""")

T("""
[[d:2/10]] ~ 11:20 telefoontje van [[p:Gerrit]] (huisbaas, particulier) over zijn huurder [[p:Stoyan Petrov]], [[a:Rijswijkseweg 540-B]]: ze hebben ruzie over de kapotte boiler. [[p:Gerrit]] wil dat wij 'die man onder controle houden' 🙄 Uitgelegd wat wij doen en niet doen. Hij gaf zijn nummer: [[t:06-22910338]]. [[p:Marloes]] zegt: {{o:Huurcommissie}} tip aan [[p:Stoyan]] geven. — [[p:Sander]]
""")

T("""
[[p:Priya]] 09:15
Even formeel: ik ben met herfstvakantie van [[d:zaterdag 18 oktober]] t/m [[d:zondag 26 oktober]]. [[p:Ilse]] is dan ook weg, dus casusregie {{w:Laak}} ligt bij [[p:Kim]] (ma-wo) en [[p:Hamza]] (do-vr). Overdracht volgt in losse berichten per cliënt. Spoed → {{o:Veilig Thuis}} / {{o:GGD}} crisisdienst zoals altijd.
""")

T("""
overdracht [[p:Priya]] #1 – fam [[p:Haddad]]
[[p:Ahmad]] nog opgenomen {{o:Parnassia}}, verwacht ontslag eind oktober. {{r:SPV}} [[p:Mirjam]] belt mogelijk. Vrouw [[p:Lina]] en 3 kinderen thuis, [[a:Leeghwaterplein 44]]. [[p:Lina]] spreekt redelijk NL. Als ontslag eerder: direct MDO plannen. Dossier [[ds:2025-07118]]. [[p:Lina]]'s nummer [[t:06 34 88 12 50]]
""")

T("""
overdracht [[p:Priya]] #2 – dhr [[p:Kowalczyk]] ('[[p:Krzysiek]]')
zorgverzekering aangevraagd ({{o:Zilveren Kruis}}, polisnr volgt), postadres bij {{o:Leger des Heils}} gelukt. {{o:Haag Wonen}} ([[p:Jeroen]]) heeft hoofdhuurder [[p:Bakker]] gesproken, schuurtje moet leeg voor [[d:1 december]]. Plan: tijdelijk plek in nachtopvang, daarna kamer. [[p:Hamza]] ziet hem wekelijks.
""")

T("""
overdracht [[p:Priya]] #3 – mw [[p:Ramsaran]] ([[p:Sunita]])
TV is nu getekend 🎉 ({{r:ha}} [[p:Jansen]] mag info geven). Loopt: aanvraag dagbesteding. Zoon [[p:Anand]]? nee – dat is [[p:Jagessar]], sorry 😵‍💫 bij [[p:Ramsaran]] is het dochter [[p:Priyanka]] (jaja, bijna mijn naam). Niks doen in vakantie tenzij zij belt: [[t:070-3887126]]
""")

T("""
[[p:Femke]]: weet iemand wat het rekeningnummer is van {{o:Stichting Noodfonds Den Haag}}? heb ik nodig voor aanvraag van mw [[p:Nowak]]
[[p:Bram]]: nee maar dat staat op hun site. Waar wil je het geld heen laten gaan? naar de energieleverancier of naar haar?
[[p:Femke]]: rechtstreeks naar energie, anders is het zo op. haar rek is [[i:*_]] maar daar staat de bank al rood 😬
""")

T("""
Teams › {{w:Laak}} team › Algemeen
[[p:Lieke Smit]] ([[d:3-10]] 16:02): Is er iemand die mw [[p:Jansen-Pinas]] kent? De scootmobielkeuring gisteren: ze kon hem niet besturen 😬 (oefende op de stoep bij de Laakkade, bijna een fietser geraakt). Wat nu?
[[p:Hamza]] ([[d:3-10]] 16:10): Ik ken haar. Ze ziet slecht, {{r:oogarts}} nooit gehad. Eerst dat, dan opnieuw keuring. Ik regel verwijzing via {{r:ha}} (dr. [[p:Jansen]] – geen familie 😉)
""")

T("""
lijst wachtende aanmeldingen {{w:Escamp}} (whiteboard, [[d:6 okt]])
1. [[p:Abdullahi]] – via {{o:GGD}} – "geen geld voor eten"
2. mw [[p:Lopes]] – via dochter – eenzaam
3. [[p:R. Martina]] – via {{o:Staedion}} – huurachterstand 4 mnd
4. [[p:Popov]]? – via kerk – dakloos
5. [[p:Bloem]] mw – via ha – mantelzorger overbelast
verdelen bij MDO woensdag
""")

T("""
[[p:Marloes]] → [[p:Esra]]: 
heb je gezien dat [[p:Bloem]] op de lijst staat? Dat is de dochter van dhr [[p:Visser]] (de mijne, Zuiderparklaan). [[p:Anneke Bloem]]. Ze zorgt al jaren voor hem en zit er doorheen. Wil jij haar doen? ik doe vader al. Ze is bereikbaar op [[t:06 54 30 87 91]] of [[e:anneke.bloem@ziggo.nl]]
[[p:Esra]]: ja doe ik 💐
""")

T("""
Memo [[p:Tjeerd]] (dictafoon, [[d:7 oktober]])
Gesprek met [[p:Ricardo]] over stoppen begeleiding. Hij zegt: 'ik ben 40, ik heb geen oppas nodig'. Eerlijk, hij doet het best goed. Afspraak: afbouwen, 1x per maand bellen. Zijn zus [[p:Glenda]] is het er niet mee eens, ze belde mij gisteren huilend op. Ik heb uitgelegd dat ik zonder zijn toestemming niks met haar kan bespreken. Dossier [[ds:MEE-ESC-2231]] laten openstaan tot januari.
""")

T("""
[[p:Wendy]]: dringend: deurwaarder staat morgen om 9u bij [[p:Shanti]] op de stoep voor beslag op inboedel. Wie kan er bij zijn? ik zit in de rechtbank met een andere cl 🙈
[[p:Ilse]]: ik kan
[[p:Wendy]]: top. Kenmerk deurwaarder [[ds:DW/24/09817]]. {{o:shv}} dossier [[ds:SHV-LK-1190]] loopt dus er zou ruimte moeten zijn. Bel dit nummer als ze moeilijk doen: [[t:070 - 352 19 40]] (mr. [[p:Brouwer]])
""")

T("""
[[p:Ingrid]] 10:02
Korte update dhr [[p:Coffie]] 🧓🏾: {{r:casemanager dementie}} is gestart (ik 😊). [[p:Rignald]] is er nu, hij blijft 3 weken en wil vader meenemen naar Curaçao?! Pffff. Hij vraagt om alle papieren van vader: BSN [[b:*_]], AOW, polis. Ik heb gezegd: eerst gesprek met ons en vader samen. Wanneer kan jij [[p:Dewi]]?
[[p:Dewi]] 10:14
[[d:do 9/10]] na 13u
""")

T("""
[[p:Noor]]:
schreef dit voor het welkomstbriefje van dhr [[p:Zhang]] bij {{o:Xtra}}, check even of dit mag? 
'Dhr [[p:Wei Zhang]], 81 jaar, woont alleen in {{w:Laakkwartier}}, houdt van schaken en tuinieren. Graag bezoek 1x per week. Tel: [[t:070-3891022]].'
[[p:Kim]]:
leeftijd + wijk is ok maar zet zijn telefoonnr er pas in als er een match is. en eerst vragen of ie dat goed vindt 🙂
""")
T("""
[[p:Bram]] 15:50: 
vraag uit de wijk, geen cl: een mevrouw belde het {{o:Servicepunt XL}} over de kerkbazaar, ze zoekt vrijwilligers. Stuur maar door aan wie wil. Contact: [[p:Hennie de Koster]], [[t:070 366 20 14]] 
[[p:Esra]] 15:52: ik stuur door naar mijn taalgroep 👍 
[[p:Esra]] 15:53: (koster van de kerk heet echt [[p:de Koster]] haha)
""")

T("""
Korte notitie [[p:Rachid]], [[d:8-10-2025]]
Huisbezoek fam. [[p:Tavares]], [[a:Hengelolaan 1466]], [[pc:2545 JJ]]. Aanwezig: [[p:Manuel]] (vader), [[p:Ivone]] (moeder? nee – [[p:Adelina]], [[p:Ivone]] is zijn zus), 2 kids. Spanning voelbaar. Vader zegt melding {{o:Veilig Thuis}} is 'leugen van de buren'. Afgesproken: gezinscoach via {{o:CJG}}, volgend gesprek [[d:22 oktober]] met {{r:jeugdconsulent}} [[p:Lotte]]. VT nr [[ds:VT-2025-5092]].
""")

T("""
[[p:Kim]] 
mw [[p:de Hoop]] gaat naar revalidatie in {{o:Saffier}} (De Strijp?). Ik heb [[p:Ans]] (nicht) gesproken, zij regelt de post. Post moet naar: [[a:Dorpsstraat 27]], [[pc:2712 AB]] Zoetermeer t.a.v. [[p:A. de Hoop]]. Doorsturen via {{o:PostNL}} kost geld, wie weet of {{o:Wmo}} dat vergoedt? nee he
[[p:Lieke]] 
nee helaas 😅
""")

T("""
[[p:Wendy]] ([[d:9-10]] 08:02)
🥳🥳 de aanvraag {{o:shv}} van [[p:Jagessar]] is goedgekeurd, stabilisatiefase start. Budgetbeheer via {{o:Kredietbank}}: leefgeld gaat naar [[i:*l]]. [[p:Anand]] (broer) belde mij om te bedanken, hij huilde bijna
[[p:Ilse]] ([[d:9-10]] 08:10)
zooo mooi [[p:Wendy]]!!
[[p:Priya]] ([[d:9-10]] 08:30)
geweldig. Dit neem ik mee als voorbeeld in de pilot: van aanmelding tot stabilisatie in 4 weken, omdat {{o:shv}} en de {{r:casusregisseur}} samen de intake deden
""")

T("""
👉 [[p:Yvonne]] (teamleider) · [[d:9 okt]]
Herhaling: in verband met het AVG-protocol geen namen/adressen van cliënten meer in de groepsapp. Gebruik initialen + dossiernr en zet de rest in het systeem. Ik weet dat het lastig is 🙏 
[[p:Marloes]]: goed punt. vanaf nu: [[p:R.M.]] ([[ds:ESC-25-0198]]) heeft gebeld, graag terugbellen 😉 
[[p:Bram]]: haha 
""")

T("""
> Geachte mevrouw [[p:Sewdien]],
> Uw aanvraag voor een Wmo-voorziening (begeleiding individueel) is ontvangen op [[d:22 september 2025]] onder nummer [[ds:WMO-2025-118403]]. Een {{r:Wmo-adviseur}} neemt binnen twee weken contact met u op.
> Met vriendelijke groet, Gemeente Den Haag, {{o:Dienst OCW}}

[[p:Dewi]]: mw begreep de brief niet, ze dacht dat het een rekening was. [[p:Bram]] is dit de jouwe?
[[p:Bram]]: ja, ik bel [[p:Anjali]] voor een afspraak
""")

T("""
Overdracht [[p:Ilse]] ({{r:mw}}) herfstvak – [[d:17-10-2025]]
• [[p:el amrani]]: loopt goed, geen actie. Zoon [[p:Bilal]] 2e gesprek {{o:Brijder}} [[d:23/10]].
• [[p:wiśniewski]]: 🚩 drinkt weer. {{o:Brijder}} ambulant (behandelaar [[p:Jolanda]]). als hij belt: niet alleen langsgaan.
• [[p:vos]]: intake gehad, angstklachten, {{r:POH-GGZ}} ingeschakeld. Mw [[p:Vos]] = [[p:Ellen]], [[a:Hobbemastraat 203]]. 
• [[p:shanti j.]]: deurwaarder afgewend, {{o:shv}} loopt (zie [[p:Wendy]])
• [[p:popescu]]: uitkering hersteld per [[d:1/10]] 🎉 
bereikbaar? nee 🏝️
""")

T("""
[[p:Hamza]] 19:48
sorry late msg. dhr [[p:Mensah]] is vanavond met ambu naar {{o:HMC}} Bronovo?? nee Westeinde. Ik hoorde het van zus [[p:Efua]]. Morgen update. 
[[p:Ilse]] 19:55
dank voor het laten weten, sterkte 💛
[[p:Hamza]] 08:15 (volgende ochtend)
update: longontsteking, hij blijft een week. Intake {{o:shv}} van [[d:28/10]] gaat misschien niet door, ik laat het [[p:Wendy]] weten. zus [[p:Efua]] haalt de post op.
""")

T("""
Hoi [[p:Dewi]], hier [[p:Anjali]] de dochter van [[p:Devika Sewdien]]. Mama heeft vannacht weer een hypo gehad, de buurman [[p:Raj]] heeft haar gevonden. Kunt u morgen vroeg komen?? Ik werk tot 5 uur. Mijn nieuwe mail is [[e:anjali.sewdien@outlook.com]] voor de brieven van de gemeente. Dank u 🙏
""")

T("""
[[p:Dewi]] (doorgestuurd in groep): 👆 zie bericht dochter. Ik ga er morgen 8u heen. @[[p:Ingrid]] kan jij [[d:za 11/10]] ff bellen met de dienstdoende {{r:wijkverpleging}}? 
[[p:Ingrid]]: ja. en misschien moeten we het eens hebben over een andere woonvorm, dit is de 3e hypo sinds augustus
""")

T("""
notities telefonisch spreekuur [[d:ma 13 oktober]] ([[p:Esra]])
09:10 [[p:Boateng]], [[p:Akua]] – vraagt naar voedselbank vrijdag → kerk doorgeven ✅
09:25 onbekende mnr, wilde naam niet geven, vroeg naar 'die Poolse man in het schuurtje' → niks gezegd
09:40 [[p:Hennie]] (kerkbazaar) – bedankt voor vrijwilligers 😊
10:05 mw [[p:Bloem]] – afspraak [[d:do 16/10]] 10u, [[a:Zuiderparklaan 45-II]] (bij vader)
""")

T("""
[[p:Femke]] → [[p:Rachid]]:
de gegevens die je vroeg voor de kwijtschelding gemeentelijke belastingen fam [[p:Al-Hamwi]]:
[[p:Rasha Al-Hamwi]], BSN [[b:*]], IBAN [[i:*_]], aanslagnummer [[ds:2025-4471-8823]]. 
Ik stuur het via beveiligde mail, niet hier (sorry 🙈 oude gewoonte)
""")

T("""
ha [[p:Hamza]]! heb jij nog contact met die {{r:POH}} van de praktijk aan de Vaillantlaan? [[p:Mirjam]] was het toch? ik heb een cl die daar ingeschreven staat (dhr [[p:Kok]], 79) en ik krijg ze niet aan de lijn. praktijk nr [[t:070-3801122]] gaat steeds op bandje
— [[p:Kim]]
""")

T("""
Teams · [[p:Bram]] · bewerkt
Reminder voor iedereen die een Wmo-herindicatie heeft lopen: de nieuwe formulieren moeten vanaf [[d:1 november]]. Oude worden niet meer geaccepteerd. Bij mij loopt: [[p:Semedo]], [[p:Radu]], [[p:Coffie]] en mw [[p:Martina]]. Anderen: check zelf even. Vragen via [[e:bram.vanleeuwen@denhaag.nl]]
[[p:Esra]]: ik heb er ook 1: mw [[p:Warsame]]. dank voor de heads up!
[[p:Marloes]]: dhr [[p:Visser]] moet ook, zijn indicatie loopt af op [[d:31-12-2025]]
""")

T("""
[[p:Tjeerd]]: Mijn vakantieoverdracht (weg [[d:18/10]] – [[d:26/10]]):
- [[p:Ricardo]]: niks, hij belt zelf als er iets is
- [[p:Semedo]]: hoorzitting bezwaar is [[d:do 30 oktober]] 14:00, ben ik terug. [[p:Bram]] weet ervan
- [[p:Mangal]]: {{r:bw}} start [[d:1/11]], [[p:Lisette]] belt misschien voor kopie ID
- [[p:Isenia]]: {{o:Middin}} loopt, niks
😎
""")

T("""
[[p:Marloes]]: ff lachen tussendoor: dhr [[p:Visser]] vroeg of ik 'die aardige visser van de markt' ken. Ik zei nee maar hij bleef volhouden dat we familie zijn 😂
[[p:Esra]]: 😂😂 misschien wel
[[p:Marloes]]: zijn dochter [[p:Anneke]] zegt dat hij dat tegen iedereen zegt. Lief mannetje.
""")
T("""
gegevens voor aanvraag bijzondere bijstand (ingevuld op kantoor, [[d:14-10-2025]]):
naam: [[p:Akua Boateng]]
geboren: [[d:03-05-1986]] te Kumasi
BSN: [[b:*_]]
adres: [[a:Loevesteinlaan 312]]
postcode: [[pc:2531BN]]
tel: [[t:06-17 44 09 28]]
mail: [[e:akua.boat86@gmail.com]]
IBAN: [[i:*]]
klantnr {{o:SZW}}: [[ds:71044562]]
reden: kapotte koelkast + wasmachine
""")

T("""
handige nrs (vastgepind bericht, bijgewerkt [[d:1-10]]):
{{o:GGD}} bemoeizorg [[p:Karin]] – [[t:06 4120 8876]]
{{o:Brijder}} [[p:Jolanda]] – [[t:06-28 33 71 04]] / [[e:j.vandermeer@brijder.nl]]
{{o:Haag Wonen}} [[p:Jeroen]] – [[t:06 5301 2280]]
{{o:Staedion}} [[p:Sandra]] – [[e:s.vermeulen@staedion.nl]]
{{r:wijkagent}} {{w:Laak}} [[p:Erik]] – [[t:06 1289 4407]]
{{o:Veilig Thuis}} – 0800-2000 (algemeen)
""")

T("""
[[d:6-10-25]] [[p:Femke]]: @[[p:Marloes]] voor dhr [[p:Petrov]]: {{o:CJIB}} regeling gelukt 🙌 5 beschikkingen samengevoegd. Termijnen van €35 per maand vanaf [[d:28-10-2025]], rekening {{o:CJIB}}. Zijn eigen IBAN voor de incasso: [[i:*_]]. Kenmerk regeling [[ds:CJIB-BR-0093317]]
[[d:6-10-25]] [[p:Marloes]]: JIJ BENT GOUD
""")

T("""
Agenda [[p:Rachid]] wk 42
[[d:ma 13/10]] 09.00 [[a:Dedemsvaartweg 1204]] (met [[p:Erik]])
[[d:ma 13/10]] 14.00 {{o:Veilig Thuis}} overleg – [[ds:VT-2025-4417]], [[ds:VT-2025-5092]]
[[d:di 14/10]] 10.30 {{o:CJG}} – [[a:Hengelolaan 1466]]
[[d:wo 15/10]] MDO
[[d:do 16/10]] 11.00 [[a:Mijnsherenlaan 402]] tolk Dari ✔️
[[d:vr 17/10]] admin + overdracht
""")

T("""
Kopie brief deurwaarder (foto via app van cl, [[d:15 okt]]):
"AANZEGGING. Ten verzoeke van {{o:Eneco}} Consumenten B.V. ... aan: de heer [[p:S. Petrov]], wonende te Den Haag aan de [[a:Rijswijkseweg 540-B]], [[pc:2516 EW]] ... Dossiernummer: [[ds:ENE-88-341277]] ... Betaling op rekening [[i:*_]] t.n.v. Deurwaarderskantoor ... uiterlijk [[d:29 oktober 2025]]."
[[p:Femke]]: nog eentje 😩 ik neem hem mee in het totaaloverzicht
""")

T("""
wie kan het overnemen? 👇
cl: [[p:Abdullahi]] ([[p:Hassan]]), [[a:Meppelweg 411]], [[pc:2544 BE]], [[t:0687123309]]
aangemeld door {{o:GGD}} [[d:6/10]], zegt geen geld voor eten. Geen inkomen sinds [[d:15 augustus]] (baan kwijt). Spreekt Somali + Engels
[[p:Esra]]: ik! ik ken de Somalische vereniging in {{w:Moerwijk}}
[[p:Rachid]]: top. doe wel eerst een aanvraag voorschot bijstand, dat duurt anders weken. En een noodpakket via het wijkcentrum, die hebben altijd wat op voorraad.
""")

T("""
From: [[e:lotte.dekker@cjgdenhaag.nl]]
Sent: [[d:Thursday, October 9, 2025]] 11:12
To: [[e:rachid.elkhattabi@denhaag.nl]]
Subject: RE: fam T. [[ds:CJG-2025-10342]]

Hoi [[p:Rachid]], gezinscoach is toegewezen: [[p:Naomi]] van {{o:Jeugdformaat}}, start [[d:27 oktober]]. Ik sluit [[d:22/10]] aan bij jullie gesprek. Groet, [[p:Lotte]]
""")

T("""
[[p:Lieke]] 11:03: hoe schrijf je de datum van een beschikking in het systeem, [[d:03-10-25]] of [[d:3 okt 2025]]? 🙈 
[[p:Kim]] 11:05: maakt niet uit, als het maar klopt haha. welke is het?
[[p:Lieke]] 11:06: traplift [[p:Kaya]], toegekend!!! [[ds:2025-11742]]. Huisbaas heeft toch getekend
[[p:Kim]] 11:06: 🙌🙌
""")

T("""
Overdracht [[p:Dewi]] ({{r:wvk}}) – herfst [[d:20/10]]-[[d:24/10]], vervanging [[p:Marieke]] ({{o:Florence}})
[[a:Hengelolaan 210]] – insuline 2x/dag, sleutelkastje
[[a:Loosduinseweg 740]] – wond, ma/wo/vr
[[a:Erasmusweg 1017]] – 1x per week kijken, katten!!, bel eerst [[t:070-3658021]]
[[a:Zuiderparklaan 45-II]] – niks, alleen bij bellen dochter
namen/details in ONS 🔒
""")

T("""
[[p:Esra]]: vraagje. mw [[p:Lopes]] wil dat ik haar kleinzoon [[p:Djon]] bel, maar hij is 17. mag dat? 
[[p:Yvonne]] (teamleider): als mw toestemming geeft en het gaat over haar, ja. Schrijf op in dossier. 
[[p:Esra]]: ok, zijn nr van oma gekregen: [[t:06 29 77 11 05]]. ze woont trouwens niet meer op de Moerweg maar [[a:Zuidlarenstraat 66]], [[pc:2545 VA]]
""")

T("""
[[d:10-10-2025]] 14:30 - [[p:Noor]]: iemand een oplader usb-c?? 🔋
[[d:10-10-2025]] 14:31 - [[p:Sander]]: bureau van [[p:Wendy]]
[[d:10-10-2025]] 14:40 - [[p:Noor]]: dankjee. ow ik ben net bij {{o:Xtra}} geweest, dhr [[p:Zhang]] heeft een maatje! [[p:Pieter]], gepensioneerde leraar, schaakt ook. Eerste bezoek [[d:di 14 okt]] 
[[d:10-10-2025]] 14:42 - [[p:Hamza]]: 😍
""")

T("""
📋 foto whiteboard {{w:Laak}} [[d:13/10]]
VERJAARDAGEN: [[p:Priya]] ✔️ [[p:Sander]] [[d:29/10]] 🎂
OPEN ACTIES
- TV [[p:Wattimena]] → [[p:Lieke]] ✅
- huurachterstand [[a:Goudriaankade 22-A]] → [[p:Ilse]]
- schuurtje Kempstraat → [[p:Hamza]]
- klacht buren [[a:Vlamingstraat 61]] (geluid) → ?? 
- {{o:Haag Wonen}} overleg [[d:do 16/10]] 11u verzet naar [[d:6/11]]
""")

T("""
Beste [[p:Wendy]],
Hierbij bevestig ik de afspraak voor het intakegesprek {{o:schuldhulpverlening}} op [[d:dinsdag 28 oktober 2025]] om 10.00 uur voor dhr. [[p:K. Mensah]] (cliëntnummer [[ds:SHV-2025-30917]]). Locatie: {{o:Servicepunt XL}} {{w:Laak}}. Wilt u de cliënt vragen zijn bankafschriften mee te nemen van rekening [[i:*_]] en eventuele andere rekeningen?
Met vriendelijke groet, [[p:R. Kalloe]], {{r:schuldhulpverlener}}, [[e:r.kalloe@denhaag.nl]]
""")

T("""
[[p:Ingrid]]: gesprek dhr [[p:Coffie]] + zoon gehad. [[p:Rignald]] wil vader echt meenemen, vlucht [[d:5 november]] 😮 Vader zegt ja en dan weer nee. Wilsbekwaam? Ik vraag {{r:specialist ouderengeneeskunde}}. 
[[p:Dewi]]: heftig. en zijn huis? [[a:Moerweg 192]] is huur toch? 
[[p:Ingrid]]: ja {{o:Staedion}}, contractnr [[ds:St-33817-02]]. dat komt later
""")

T("""
[[p:Wendy]] [[d:wo 15/10]]
Iemand vergeten zijn jas 🧥 (zwart, maat L) in spreekkamer 2. En: als jullie nieuwe aanmeldingen {{o:shv}} hebben voor de vakantie, graag vóór vrijdag naar mij met: naam, geb.datum, BSN, IBAN, schuldenlijst. Voorbeeld zoals bij dhr [[p:Dimitrov]] ([[b:*.]] / [[i:*_]]) was perfect
""")

T("""
[spraakmemo [[p:Kim]], 0:38] ehm ja ik sta in de regen haha, ik ben net bij mevrouw [[p:Kok]] geweest, nee meneer [[p:Kok]] bedoel ik, [[p:Johan Kok]], Vaillantlaan, nummer [[a:Vaillantlaan 58]]. De {{r:POH}} heeft eindelijk teruggebeld, hij krijgt een afspraak op [[d:woensdag 22 oktober]]. Eh dus dat is geregeld. en zijn dochter [[p:Roos]] komt dan mee. ok doei.
""")

T("""
🎙️ spraakmemo [[p:Ilse]] → [[p:Priya]] (3:04, automatisch uitgeschreven, niet gecorrigeerd)
hoi [[p:Priya]] ik loop nu naar de tram dus sorry voor het lawaai. eh ik kom net bij meneer [[p:wisniewski]] vandaan, [[p:Tomasz]] nee [[p:Tadeusz]], ik haal ze steeds door elkaar. Nou hij was best helder vandaag, hij had niet gedronken zei hij en dat geloofde ik ook wel. Hij vertelde dat zijn ex, [[p:Beata]], hem heeft gebeld uit Polen omdat zijn dochter gaat trouwen in december en hij wil daar heen, maar hij heeft geen paspoort meer, verlopen. Dus dat is eigenlijk een hele mooie motivatie om ff niet te drinken, zei ik. Eh we hebben afgesproken dat ik volgende week dinsdag met hem naar het stadhuis ga voor de aanvraag, dat is [[d:dinsdag 30 september]], en dat hij tot die tijd zijn afspraken bij {{o:Brijder}} gewoon nakomt. Oh en zijn huisbaas belde, de kachel is eindelijk gemaakt. ja dat was het, tot straks, ik neem een broodje mee als je wil.
""")

T("""
Van: [[p:Priya Ramdin]] <[[e:priya.ramdin@denhaag.nl]]>
Aan: team {{w:Laak}}
Datum: [[d:vr 10-10-2025]] 17:12
Onderwerp: casusles pilot 'bemoeizorg' – concept, graag feedback

Hoi allemaal,
Voor de pilot 'Samen werken in het sociale domein' schrijven we per team een casusles. Ons concept gaat over de man in het schuurtje (jullie weten wie 😉). In de tekst noem ik hem 'meneer [[p:K.]]' en laat ik straat, leeftijd en land van herkomst weg. Wat er wel in blijft: dat {{o:Haag Wonen}}, {{o:GGD}} bemoeizorg en {{o:Leger des Heils}} samen optrokken, dat het 9 weken duurde van eerste contact tot zorgverzekering, en dat de {{r:wijkverpleegkundige}} en de {{r:welzijnscoach}} samen gingen. Les voor andere teams: wacht niet op een verwijzing van de {{r:huisarts}}, ga gewoon met z'n tweeën langs.
Feedback graag vóór [[d:woensdag 15 oktober]], dan kan het naar [[p:Henk-Jan]] van de gemeente voor de expertmeeting.
Groet, [[p:Priya]]
{{r:casusregisseur}} {{o:SWT}} {{w:Laak}} | [[t:06 41 02 88 73]]
""")

T("""
[[p:Hamza]] 18:02
[[p:Priya]] mooi stuk! 1 ding: 'meneer [[p:K.]]' + schuurtje + {{w:Laak}} + Pools is eigenlijk al genoeg om hem te herkennen voor iemand uit de buurt. Ik zou het land weglaten en 'een bijgebouw' zeggen ipv schuurtje
[[p:Noor]] 18:10
eens met [[p:Hamza]]. en de periode (september/oktober) ook weg? of mag dat wel
[[p:Priya]] 18:15
maand mag denk ik wel, dat is niet herleidbaar. ik pas het aan 👍 dank jullie, lief dat jullie op vrijdagavond nog lezen haha. goed weekend!!
[[p:Kim]] 18:40
💐 goed weekend allemaal, ik ben maandag pas om 10 uur binnen ivm tandarts
""")

T("""
MDO {{w:Escamp}} – notulen [[d:wo 1 oktober]] (notulist [[p:Bram]])
aanwezig: [[p:Yvonne]], [[p:Rachid]], [[p:Marloes]], [[p:Dewi]], [[p:Femke]], [[p:Esra]], [[p:Ingrid]], [[p:Bram]]; afwezig [[p:Tjeerd]] (cursus)
1. fam. [[p:Al-Hamwi]] – [[p:Rasha]] weer thuis, contactverbod loopt tot [[d:1 januari 2026]]. {{o:Jeugdbescherming West}} doet onderzoek. Taalgroep loopt. Besluit: [[p:Rachid]] blijft regie.
2. mw [[p:Demir]] – ontruiming voorkomen? {{o:Staedion}} wil schoonmaak voor [[d:1 november]]. {{o:GGD}} regelt het met vrijwilligers van de moskee, zoon [[p:Burak]] betaalt container. [[p:Dewi]] blijft 1x pw.
3. dhr [[p:Coffie]] – zie [[p:Ingrid]], zoon wil emigratie. Wilsbekwaamheid onderzoeken, {{r:specialist ouderengeneeskunde}} ingeschakeld.
4. wachtlijst: 5 aanmeldingen, verdeeld (zie whiteboard).
5. rondvraag: [[p:Femke]] zoekt iemand die Bulgaars spreekt. Niemand 😅
volgende MDO [[d:15/10]]
""")

T("""
[[p:Marloes]]:
Ik plak even wat dhr [[p:Visser]] zijn dochter me mailde, want ik twijfel wat ik ermee moet:
"Beste [[p:Marloes]], vader zegt steeds dat er 's nachts iemand in huis is. Gisteren heeft hij om 3 uur de politie gebeld. De agent was heel aardig maar zei dat we 'iets moeten regelen'. Ik kan niet meer, ik werk fulltime en heb zelf twee kinderen. Kan er niet iemand 's nachts kijken? Ik wil niet dat hij naar een verpleeghuis, hij woont al 52 jaar in die flat. Groetjes [[p:Anneke]]"
Wie heeft ervaring met nachtelijke onrust zonder diagnose? {{r:casemanager dementie}} kan pas met diagnose toch?
[[p:Ingrid]]:
klopt, maar ik kan wel een keer meekijken. eerst {{r:huisarts}}, dan geheugenpoli. En voor de dochter: {{o:Mantelzorg Den Haag}} heeft een mantelzorgconsulent, zeg maar dat ze mag bellen namens mij
""")

T("""
[[d:13-10-2025]] 12:41 - [[p:Femke]]: ok jongens ik heb een rare. iemand belt al drie keer naar de balie namens 'haar neef [[p:Ivan]]' die hulp nodig heeft met schulden. Ze wil niet zeggen wie ze is en heeft geen adres, alleen een nummer: [[t:+359 88 412 7730]] (Bulgarije). Nou is onze dhr [[p:Dimitrov]] ook een [[p:Ivan]] maar die heeft nooit over familie gesproken. Ik ga niks bevestigen natuurlijk
[[d:13-10-2025]] 12:45 - [[p:Rachid]]: goed zo. noteer het wel in het dossier van [[p:Dimitrov]], en vraag hem volgende keer of hij weet wie het is. misschien is het een hulpvraag, misschien iemand die geld komt halen. komt vaker voor helaas
[[d:13-10-2025]] 12:47 - [[p:Femke]]: 👍 en wat als ze weer belt?
[[d:13-10-2025]] 12:50 - [[p:Rachid]]: zeggen dat de neef zelf mag komen op het inloopspreekuur, di en do ochtend in het {{o:Servicepunt XL}} {{w:Moerwijk}}. Verder niks
""")

T("""
*Overdracht voor [[p:Kim]] en [[p:Hamza]] – herfstvakantie – van [[p:Noor]] ({{r:welzijnscoach}})*
Ik ben weg [[d:zaterdag 18/10]] t/m [[d:zondag 26/10]]. Niks echt spannends, maar:
1. dhr [[p:Zhang]]: maatje [[p:Pieter]] van {{o:Xtra}} komt op dinsdagen. Als [[p:Pieter]] afzegt belt hij jullie misschien ([[t:06-15 27 93 04]]). Dochter [[p:Mei]] is op vakantie in China tot eind oktober dus niet bereikbaar.
2. mw [[p:Bouzerda]]: kookplaat met timer is besteld, levering [[d:wo 22 okt]] tussen 8 en 12. Iemand moet erbij zijn want mw doet de deur niet open voor onbekenden. Dochter [[p:Khadija]] kan niet. Adres [[a:Hildebrandplein 31]]. 🙏 wie?
3. vrouwenochtend in het wijkcentrum gaat gewoon door, vrijwilliger [[p:Saida]] heeft de sleutel.
Dank en tot de 27e! 🍂
""")

T("""
[[p:Bram]] → [[p:Tjeerd]] (Teams, privé)
Hé, even over [[p:Ivone]]. Ik heb de stukken voor de hoorzitting klaar: verslag van het keukentafelgesprek van [[d:2 september 2025]], brief van de {{r:ha}}, en een verklaring van {{o:MEE}} (= jij 😉) over de LVB. Kun je die laatste nog ondertekenen en scannen? Het gaat erom dat ze met haar zoontje alleen niet kan plannen, en dat 2 uur per week begeleiding gewoon niet genoeg is. Ik stuur de hele set dan naar de bezwaarcommissie onder kenmerk [[ds:BZ-WMO-25-0457]]. De zitting is [[d:30-10]] om 14u in het stadhuis, zaal 3. Ze wil graag dat haar vriendin [[p:Dulce]] meegaat voor de steun, dat mag.
""")

T("""
[[p:Esra]] [[d:16 okt]] 15:22
Verslag gesprek mw [[p:Anneke Bloem]] (mantelzorger dhr [[p:Visser]]), bij vader thuis.
Mw is moe, slaapt slecht, huilt snel. Werkt 36 uur bij een bakker in {{w:Wateringse Veld}} 🥐 (grappig, ik dacht dat dat haar achternaam was in het begin 😅). Ze wil graag respijtzorg, 1 weekend per maand. Aangemeld bij {{o:Mantelzorg Den Haag}}. Broer [[p:Dennis Visser]] woont in Groningen en doet niks (haar woorden). Zij vraagt of de gemeente een mantelzorgwaardering heeft – ja, aangevraagd. Volgende afspraak [[d:6 november]], bij haar thuis op [[a:Appelhof 14]], [[pc:2548 GN]].
""")

T("""
[[p:Wendy]]:
Hoi allemaal, even een algemene tip na vandaag 💡: als iemand een betalingsregeling heeft met {{o:Eneco}} en {{o:Dunea}} tegelijk, laat ze dan NIET allebei aflossen voordat de {{o:Kredietbank}} een overzicht heeft. Bij [[p:Shanti]] ging dat bijna mis omdat haar broer [[p:Anand]] uit goedheid 600 euro had overgemaakt naar {{o:Eneco}} van zijn eigen rekening ([[i:*_]]) en nu wil {{o:Eneco}} dat als erkenning van de schuld zien. Het is opgelost maar het kostte me een hele middag bellen 🙃
[[p:Sander]]:
goeie tip, dank! ga ik ook aan [[p:Dimitrov]] vertellen
""")

T("""
[[d:17-10-2025]] 16:58 - [[p:Priya]]: laatste bericht voor de vakantie 🏖️ alle overdrachten staan in de map, [[p:Kim]] en [[p:Hamza]] hebben alles. Spoed bij dhr [[p:Kowalczyk]]: nachtopvang {{o:Leger des Heils}} [[t:070-3180540]] vragen naar [[p:Bas]]. Fijne vakantie allemaal ❤️
[[d:17-10-2025]] 16:59 - [[p:Ilse]]: jij ook!! 😘
[[d:17-10-2025]] 17:03 - [[p:Hamza]]: geniet ervan. wij redden het wel 💪 (hoop ik 😂)
[[d:17-10-2025]] 17:04 - [[p:Kim]]: [[p:de Hoop]] is in {{o:Saffier}}, dus die hoeven we in ieder geval niet te redden 😅
[[d:17-10-2025]] 17:04 - [[p:Kim]]: sorry, flauw
""")

T("""
Teams › {{o:SWT}} {{w:Escamp}} › Pilot
[[p:Yvonne]] (teamleider) – [[d:ma 29 sep]] 10:02
Terugblik op de kick-off: de vier thema's zijn jeugd, ouderen, huiselijk geweld en bemoeizorg. Wij zitten met [[p:Ingrid]] en [[p:Esra]] in de pilotgroep (ouderen + bemoeizorg). Startbijeenkomst is begin februari, de expertmeeting in april en de afsluiting in juni. Tot die tijd verzamelen we casuslessen. Regel: alles anoniem, geen straatnamen, geen leeftijden die samen met de wijk herleidbaar zijn, en altijd een getekende toestemmingsverklaring in het dossier.
[[p:Esra]] – 10:15
Vraag: mag ik voor de les over eenzaamheid het voorbeeld van de vrouwenochtend in {{w:Bouwlust}} gebruiken? Er is maar één Somalische vrouw die daar komt, dus dan weet iedereen wie het is 🤔
[[p:Yvonne]] (teamleider) – 10:21
Goed dat je dat ziet. Maak er 'een wijk in {{w:Escamp}}' van en laat de herkomst weg. De les gaat over de {{r:maatje}}-aanpak, niet over haar.
""")

T("""
🎙️ [[p:Rachid]] – spraakmemo [[d:di 14 okt]] 11:47 (voor het dossier, [[p:Femke]] typt uit)
Ja, ik ben net bij de familie [[p:Tavares]] geweest met de {{r:jeugdconsulent}}, [[p:Lotte]]. Sfeer was beter dan de vorige keer. Vader, [[p:Manuel]], heeft zelf gezegd dat hij hulp wil bij zijn boosheid, dat is echt nieuw. Hij heeft een afspraak bij de {{r:POH-GGZ}} op [[d:maandag 20 oktober]]. Moeder, [[p:Adelina]], was stil, maar ze heeft mij wel haar nummer gegeven voor als er iets is, [[t:06-44 10 92 38]], en ze vroeg of ze dat nummer mocht houden zonder dat haar man het weet. Ja dus dat heb ik in het dossier gezet, niet in de gedeelde notities. De kinderen waren op school. Volgend gesprek samen met de gezinscoach van {{o:Jeugdformaat}} op [[d:22/10]]. Oh en het {{o:Veilig Thuis}}-dossier [[ds:VT-2025-5092]] blijft open tot er een evaluatie is geweest. Dat was het.
""")

T("""
[[p:Kim]] – weekoverzicht voor mezelf (en [[p:Hamza]]), week 43 ⚠️ vakantieweek
ma: 9u nachtopvang bellen voor [[p:Kowalczyk]], 11u mw [[p:Bouzerda]] (nee dat is wo, kookplaat)
di: [[p:Pieter]]/[[p:Zhang]] check of 1e bezoek goed ging, [[p:Kok]] afspraak {{r:POH}} verzet?
wo: [[d:22/10]] 8-12u kookplaat [[a:Hildebrandplein 31]] → [[p:Hamza]] gaat!! 🙏
do: [[p:Mensah]] ontslag {{o:HMC}}? zus bellen [[t:06 2745 1108]]
vr: rust 🫠
losse dingen: {{o:Haag Wonen}} mail [[p:Jeroen]] over onderhuur; [[p:Gerda]] kaartje sturen naar {{o:Saffier}}; declaratie km's; mw [[p:Sewdien]] is niet van ons, die is {{w:Escamp}}, doorsturen naar [[p:Dewi]] (belde per ongeluk ons nummer)
""")

# ---------------------------------------------------------------- small generator (fewer than 1/3 of texts)
G = random.Random(38)

FIRST = [
    "Fatma",
    "Souad",
    "Mustafa",
    "Nadia",
    "Hüseyin",
    "Gülsen",
    "Radjin",
    "Soenita",
    "Ramon",
    "Kenneth",
    "Iris",
    "Rosalinda",
    "Nelson",
    "Dulce",
    "Paulo",
    "Magdalena",
    "Piotr",
    "Ewelina",
    "Georgi",
    "Desislava",
    "Andrei",
    "Elena",
    "Yasmin",
    "Mahmoud",
    "Tesfalem",
    "Ruta",
    "Ahmed",
    "Sahra",
    "Khalid",
    "Nasrin",
    "Xiu",
    "Ling",
    "Kojo",
    "Abena",
    "Truus",
    "Kees",
    "Annemiek",
    "Dirk",
    "Fleur",
    "Sterre",
    "Bep",
    "Wim",
]
SUR = [
    "Yilmaz",
    "Aydın",
    "Benali",
    "Tahiri",
    "Essabri",
    "Ramkisoen",
    "Soekhlal",
    "Biharie",
    "Doelwijt",
    "Pinas",
    "Rosario",
    "Frans",
    "Monteiro",
    "Gomes",
    "Varela",
    "Kaczmarek",
    "Lewandowski",
    "Ivanova",
    "Kostov",
    "Stan",
    "Ionescu",
    "Darwish",
    "Al-Masri",
    "Kidane",
    "Weldemariam",
    "Hussein",
    "Jama",
    "Rahimi",
    "Hosseini",
    "Wu",
    "Huang",
    "Owusu",
    "Appiah",
    "de Groot",
    "van Leeuwen",
    "Verhoeven",
    "de Boer",
    "Schipper",
    "Smit",
    "Winter",
    "Hoek",
    "Kok",
    "Bakker",
    "Mulder",
]
STREETS_L = [
    ("Vlamingstraat", "2521"),
    ("Oudemansstraat", "2522"),
    ("Van Swietenstraat", "2522"),
    ("Rijswijkseweg", "2516"),
    ("Hildebrandplein", "2522"),
    ("Laakkade", "2521"),
    ("Van Musschenbroekstraat", "2522"),
    ("Kempstraat", "2523"),
    ("Newtonplein", "2522"),
    ("Trekvliet", "2525"),
]
STREETS_E = [
    ("Leyweg", "2545"),
    ("Moerweg", "2531"),
    ("Loevesteinlaan", "2531"),
    ("Hengelolaan", "2545"),
    ("Meppelweg", "2544"),
    ("Almeloweg", "2544"),
    ("Zuiderparklaan", "2574"),
    ("Erasmusweg", "2532"),
    ("Mijnsherenlaan", "2531"),
    ("Escamplaan", "2547"),
    ("Dedemsvaartweg", "2545"),
    ("Melis Stokelaan", "2541"),
]
SUFFIX = ["", "", "", "a", "B", "-hs", "-II", "-3", " bis", "-A", "-1"]
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
DAYSF = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MON = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONF = [
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


def g_date():
    import datetime

    d = datetime.date(2025, 9, 8) + datetime.timedelta(days=G.randint(0, 53))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    wd = d.weekday()
    f = G.randint(0, 9)
    if f == 0:
        return "%s %d/%d" % (DAYS[wd], d.day, d.month)
    if f == 1:
        return "%02d-%02d" % (d.day, d.month)
    if f == 2:
        return "%d %s" % (d.day, MON[d.month - 1])
    if f == 3:
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if f == 4:
        return "%s %d %s" % (DAYSF[wd], d.day, MONF[d.month - 1])
    if f == 5:
        return "%d/%d/25" % (d.day, d.month)
    if f == 6:
        return "%s %d %s." % (DAYS[wd], d.day, MON[d.month - 1])
    if f == 7:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if f == 8:
        return "%d-%d-'25" % (d.day, d.month)
    return "%d/%d" % (d.day, d.month)


def g_phone():
    n = str(G.randint(1, 6)) + "".join(str(G.randint(0, 9)) for _ in range(7))
    l = str(G.randint(2, 9)) + "".join(str(G.randint(0, 9)) for _ in range(6))
    f = G.randint(0, 8)
    if f == 0:
        return "06-" + n
    if f == 1:
        return "06 %s %s" % (n[:4], n[4:])
    if f == 2:
        return "06" + n
    if f == 3:
        return "+31 6 " + n
    if f == 4:
        return "+31 (0)6 %s %s" % (n[:4], n[4:])
    if f == 5:
        return "070-" + l
    if f == 6:
        return "070 %s %s %s" % (l[:3], l[3:5], l[5:])
    if f == 7:
        return "(070) %s %s %s" % (l[:3], l[3:5], l[5:])
    return "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])


def g_dossier():
    f = G.randint(0, 8)
    r = G.randint
    if f == 0:
        return "2025-%05d" % r(1000, 99999)
    if f == 1:
        return "LK-%04d" % r(100, 9999)
    if f == 2:
        return "ESC-25-%04d" % r(1, 999)
    if f == 3:
        return "#%d" % r(10000, 99999)
    if f == 4:
        return "W-2025-%05d" % r(1000, 99999)
    if f == 5:
        return "SHV-ESC-%d" % r(1000, 9999)
    if f == 6:
        return "VT-2025-%d" % r(1000, 9999)
    if f == 7:
        return "%d" % r(10000000, 99999999)
    return "MEE/%d/%03d" % (r(24, 25), r(1, 999))


def g_addr(wijk):
    st, pc4 = G.choice(STREETS_L if wijk == "L" else STREETS_E)
    num = "%d%s" % (G.randint(1, 420), G.choice(SUFFIX))
    pc = "%s %s%s" % (pc4, G.choice("ABCEGHJKLMNPRSTVWX"), G.choice("ABCEGHJKLMNPRSTVWX"))
    if G.random() < 0.3:
        pc = pc.replace(" ", "")
    if G.random() < 0.25:
        return (st + " " + num).lower(), pc.lower()
    return st + " " + num, pc


def g_person(full=False):
    f, s = G.choice(FIRST), G.choice(SUR)
    k = G.randint(0, 5)
    if full or k == 0:
        return "", f + " " + s
    if k == 1:
        return "dhr ", s
    if k == 2:
        return "mw ", s.lower()
    if k == 3:
        return "mw. ", s
    if k == 4:
        return "", f
    return "", f[0] + ". " + s


WORKERS_L = ["Ilse", "Hamza", "Priya", "Kim", "Noor", "Sander", "Wendy", "Lieke"]
WORKERS_E = ["Marloes", "Dewi", "Rachid", "Femke", "Tjeerd", "Esra", "Bram", "Ingrid"]
WIJK_L = ["Laakkwartier", "Spoorwijk", "Binckhorst"]
WIJK_E = [
    "Moerwijk",
    "Morgenstond",
    "Bouwlust",
    "Vrederust",
    "Zuiderpark",
    "Leyenburg",
    "Wateringse Veld",
]
STATUS = [
    "wacht op beschikking {{o:Wmo}}",
    "huurachterstand, aangemeld bij {{o:shv}}",
    "geen contact, briefje in bus",
    "{{r:wijkverpleegkundige}} 2x p/wk",
    "dagbesteding {{o:Middin}} gestart",
    "{{r:bw}} aangevraagd",
    "stabiel, afbouwen",
    "{{o:GGD}} bemoeizorg betrokken",
    "maatje via {{o:Humanitas}}",
    "intake {{o:Parnassia}} gepland",
    "{{o:Voedselbank Haaglanden}} verlengd 3 mnd",
    "mantelzorger overbelast, respijtzorg?",
    "afsluiten 👋",
    "{{o:Veilig Thuis}} ❗ niet alleen",
    "schulden ±€ 8.000, {{o:Kredietbank}}",
    "{{r:ouderenconsulent}} erbij",
    "toeslagen herstel",
]


def gen_caseload():
    team = G.choice("LE")
    w = G.choice(WORKERS_L if team == "L" else WORKERS_E)
    wijk = G.choice(WIJK_L if team == "L" else WIJK_E)
    lines = [
        G.choice(
            [
                "caseload %s per [[d:%s]]",
                "lijstje [[p:%s]] – stand [[d:%s]]",
                "update caseload [[p:%s]] ([[d:%s]])",
            ]
        )
    ]
    if lines[0].startswith("caseload"):
        lines[0] = "caseload [[p:%s]] per [[d:%s]]" % (w, g_date())
    else:
        lines[0] = lines[0] % (w, g_date())
    lines[0] += " – {{w:%s}}" % wijk
    for _ in range(G.randint(3, 5)):
        t, nm = g_person()
        a, pc = g_addr(team)
        st = G.choice(STATUS)
        k = G.randint(0, 3)
        if k == 0:
            lines.append(
                "- %s[[p:%s]] ([[a:%s]]): %s, vlg afspraak [[d:%s]]" % (t, nm, a, st, g_date())
            )
        elif k == 1:
            lines.append("- %s[[p:%s]]: %s – dossier [[ds:%s]]" % (t, nm, st, g_dossier()))
        elif k == 2:
            lines.append("- [[a:%s]], [[pc:%s]]: %s (tel [[t:%s]])" % (a, pc, st, g_phone()))
        else:
            lines.append(
                "- [[ds:%s]] / [[a:%s]]: %s, sinds [[d:%s]]" % (g_dossier(), a, st, g_date())
            )
    lines += notes(G.randint(1, 2))
    return "\n".join(lines)


def gen_agenda():
    team = G.choice("LE")
    w = G.choice(WORKERS_L if team == "L" else WORKERS_E)
    lines = ["agenda [[p:%s]]" % w if G.random() < 0.5 else "planning [[p:%s]] 🗓️" % w]
    for _ in range(G.randint(4, 6)):
        a, pc = g_addr(team)
        h = "%d:%s" % (G.randint(8, 16), G.choice(["00", "15", "30", "45"]))
        k = G.randint(0, 4)
        if k == 0:
            lines.append("[[d:%s]] %s hb [[a:%s]]" % (g_date(), h, a))
        elif k == 1:
            lines.append(
                "[[d:%s]] %s MDO {{w:%s}}"
                % (g_date(), h, G.choice(WIJK_L if team == "L" else WIJK_E))
            )
        elif k == 2:
            lines.append(
                "[[d:%s]] %s bellen [[t:%s]] ivm [[ds:%s]]" % (g_date(), h, g_phone(), g_dossier())
            )
        elif k == 3:
            lines.append("[[d:%s]] %s intake [[a:%s]], [[pc:%s]]" % (g_date(), h, a, pc))
        else:
            lines.append(
                "[[d:%s]] %s {{o:%s}} overleg"
                % (
                    g_date(),
                    h,
                    G.choice(["Haag Wonen", "Staedion", "CJG", "Brijder", "Parnassia", "SZW"]),
                )
            )
    lines += notes(G.randint(1, 2))
    return "\n".join(lines)


def gen_callback():
    team = G.choice("LE")
    w = G.choice(WORKERS_L if team == "L" else WORKERS_E)
    out = ["📞 terugbelverzoeken voor [[p:%s]] (balie, [[d:%s]])" % (w, g_date())]
    for _ in range(G.randint(3, 4)):
        t, nm = g_person()
        k = G.randint(0, 2)
        if k == 0:
            out.append(
                "• %s[[p:%s]] – [[t:%s]] – over brief {{o:%s}}"
                % (t, nm, g_phone(), G.choice(["CAK", "SVB", "UWV", "Belastingdienst", "DUO"]))
            )
        elif k == 1:
            out.append(
                "• [[t:%s]] (wilde naam niet zeggen) – re [[ds:%s]]" % (g_phone(), g_dossier())
            )
        else:
            out.append(
                "• %s[[p:%s]] belt namens moeder, mail [[e:%s]]"
                % (
                    t,
                    nm,
                    G.choice(["%s%d@gmail.com", "%s.%d@hotmail.nl", "%s_%d@live.nl"])
                    % (G.choice(FIRST).lower().replace("ü", "u"), G.randint(1, 99)),
                )
            )
    out.append(
        G.choice(
            [
                "graag vandaag nog terugbellen, ze klonken ongerust",
                "geen haast, na de vakantie is ook goed",
                "ik heb gezegd dat je binnen 2 werkdagen belt",
                "staat ook in het systeem onder notities",
            ]
        )
    )
    out += notes(1)
    return "\n".join(out)


def gen_form():
    team = G.choice("LE")
    t, nm = g_person(full=True)
    a, pc = g_addr(team)
    f = [
        ("naam", "[[p:%s]]" % nm),
        (
            "geb.",
            "[[d:%02d-%02d-19%02d]]" % (G.randint(1, 28), G.randint(1, 12), G.randint(40, 99)),
        ),
        ("adres", "[[a:%s]], [[pc:%s]]" % (a, pc)),
        ("tel", "[[t:%s]]" % g_phone()),
    ]
    if G.random() < 0.6:
        f.append(("BSN", "[[b:*%s]]" % G.choice(["", ".", "_"])))
    if G.random() < 0.6:
        f.append(("IBAN", "[[i:*%s]]" % G.choice(["", "_", "l"])))
    if G.random() < 0.6:
        f.append(("zaaknr", "[[ds:%s]]" % g_dossier()))
    G.shuffle(f)
    head = G.choice(
        [
            "gegevens nieuwe aanmelding (van [[p:%s]])",
            "intake-strookje [[p:%s]]",
            "voor in systeem zetten aub – [[p:%s]]",
        ]
    )
    w = G.choice(WORKERS_L if team == "L" else WORKERS_E)
    sep = G.choice([": ", " ", " - "])
    f += [("hulpvraag", G.choice(HULP)), ("verwijzer", G.choice(VERW))]
    return head % w + "\n" + "\n".join(k + sep + v for k, v in f) + "\n" + notes(1)[0]


NOTES = [
    "opm: ik ben vrijdag niet bereikbaar, spoed via {{r:casusregisseur}} of {{o:Veilig Thuis}}",
    "NB nog 2 toestemmingsverklaringen niet getekend, die staan in de map op de schijf",
    "vragen? app me, ik kijk 's ochtends en na 4 uur even in de groep 📱",
    "let op: tolk via {{o:tolkentelefoon}} boeken minstens 2 dagen van tevoren, anders lukt het niet",
    "rest van de week admin + verslagen bijwerken, sorry voor de vertraging 🙈",
    "{{o:Haag Wonen}} reageert traag deze weken, gewoon blijven bellen",
    "alles wat met geld te maken heeft graag via {{r:budgetcoach}}, niet zelf regelen",
    "nieuwe aanmeldingen gaan eerst langs het MDO, niet zelf oppakken aub",
    "de lift in het wijkcentrum is weer kapot, spreekkamer beneden gebruiken voor rolstoelen",
    "{{o:Wmo-loket}} heeft nieuwe formulieren, de oude worden vanaf volgende maand niet meer geaccepteerd",
    "bij twijfel over huiselijk geweld altijd eerst overleggen, niet alleen op huisbezoek",
    "de {{r:wijkagent}} loopt op donderdag mee in de wijk als je iets wil bespreken",
]
HULP = [
    "schulden, post stapelt zich op",
    "eenzaam sinds overlijden partner",
    "huurachterstand 3 mnd",
    "hulp bij huishouden en boodschappen",
    "dagbesteding gezocht, zit de hele dag thuis",
    "zoon met LVB, moeder overbelast",
    "geen inkomen na ontslag",
    "valt vaak, woning niet aangepast",
]
VERW = [
    "{{r:huisarts}}",
    "{{o:GGD}}",
    "{{o:Staedion}}",
    "{{o:Servicepunt XL}}",
    "{{r:wijkagent}}",
    "buurvrouw",
    "{{o:CJG}}",
    "{{r:POH-GGZ}}",
    "{{o:Haag Wonen}}",
]


def notes(n):
    return G.sample(NOTES, n)


GEN = [gen_caseload, gen_agenda, gen_callback, gen_form]
GENERATED = [GEN[i % 4]() for i in range(40)]


# ---------------------------------------------------------------- build, verify, write
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(TEXTS + GENERATED):
        text, pii, keep = parse(src)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"] and s["text"].strip() == s["text"], (
                i,
                s,
            )
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, i
        rows.append({"id": "ho38-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout38.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(
        "texts",
        len(rows),
        "hand",
        len(TEXTS),
        "generated",
        len(GENERATED),
        "avg words",
        round(words / len(rows), 1),
    )
    print(
        "pii",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share %.3f" % (pc["person"] / sum(pc.values())),
    )
    print("keep", dict(kc))


if __name__ == "__main__":
    main()
