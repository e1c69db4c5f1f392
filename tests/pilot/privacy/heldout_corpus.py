"""Build the held-out corpora ``heldout.jsonl`` and ``heldout2.jsonl`` (run by hand).

    python tests/pilot/privacy/heldout_corpus.py

Why: dev.jsonl has ~22 sentence templates, so a finder tuned on it can look perfect
and still fail on lessons written differently.  These texts use other registers
(reports, lower-case notes, bullet lists, pasted e-mails, minutes, chat logs, long
narrative; heldout2: intake forms, SOAP notes, logs, letters, voicemails, tables)
and name pools of their own.  Spans are recorded from inline markup, never typed
as offsets: ``[[label:text]]`` must be found, ``{{kind:text}}`` must stay readable.
Every span is checked against the text it claims to cover before writing.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(markup: str) -> tuple[str, list[dict], list[dict]]:
    """Return (text, pii spans, keep spans) for a marked-up text."""
    out: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    pos = n = 0
    for m in _MARK.finditer(markup):
        out.append(markup[pos : m.start()])
        n += m.start() - pos
        label, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        (pii if m.group(1) else keep).append(
            {"start": n, "end": n + len(body), "label": label, "text": body}
        )
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    for s in pii + keep:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert text.find(s["text"], s["start"]) == s["start"], s
    assert "[[" not in text and "{{" not in text and "]]" not in text, text
    return text, pii, keep


# --------------------------------------------------------------------------------------------
# Pools (general knowledge; heldout and heldout2 use different person pools)
# --------------------------------------------------------------------------------------------


def _split(s: str) -> list[str]:
    return [w.strip() for w in s.split("|") if w.strip()]


FIRST_1 = {
    "nl": _split(
        "Henk|Ria|Joke|Wim|Marieke|Sjoerd|Annelies|Gert-Jan|Femke|Ruud|Lotte|Bram|Ineke|"
        "Kees|Truus|Jeroen|Mirjam|Sven|Floor|Tineke|Roos|Jan-Willem|Anouk|Dirk"
    ),
    "ma": _split(
        "Mohamed|Fatima|Khadija|Youssef|Nadia|Said|Hanane|Karim|Samira|Bilal|Zakaria|"
        "Soufiane|Naima|Ilham|Abdelkader|Yasmina|Hamid|Latifa"
    ),
    "tr": _split("Mehmet|Ayşe|Emre|Zeynep|Hakan|Elif|Murat|Büşra|Yusuf|Selin|Oğuz|Hatice|Kemal"),
    "sr": _split(
        "Rajesh|Sunita|Anjali|Ravi|Priya|Shanti|Devika|Roshni|Vikash|Glenn|Marciano|"
        "Rinaldo|Ingrid|Sharmila"
    ),
    "an": _split("Shurendy|Jurien|Giselle|Ruthmilda|Edsel|Chesron|Jamilly|Rignald"),
    "pl": _split("Piotr|Agnieszka|Tomasz|Katarzyna|Marek|Magdalena|Paweł|Ewa|Krzysztof"),
    "sy": _split("Ahmad|Rania|Omar|Lina|Hussam|Rasha|Tarek|Yara|Mahmoud"),
    "er": _split("Tesfay|Semhar|Yonas|Filmon|Merhawit|Senait|Aman|Mebrahtu"),
    "so": _split("Abdi|Hodan|Faduma|Mohamud|Ayaan|Hamza|Sahra|Abdirahman"),
    "cn": _split("Wei|Xiaoming|Mei|Jun|Li Na|Hui"),
    "id": _split("Wulan|Dewi|Budi|Ratna|Johnny|Max"),
}
SUR_1 = {
    "nl": _split(
        "Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
        "de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|de Graaf|"
        "van der Meer|Kok|de Haan|Vermeulen|van den Heuvel|van der Veen|de Bruijn|"
        "Schouten|Hoekstra|Koster|Prins|Blom|Huisman|Kuipers|Post|Koning|Groen|Mooi|"
        "Roos|Hoek|Veenstra|van Wijk|de Ridder|van der Linden"
    ),
    "ma": _split(
        "El Khatib|Bouzid|Amrani|Benali|Ouali|Azzouzi|El Hamdaoui|Chaoui|Belhaj|"
        "Ait Lahcen|Boukhari|Tahiri|Zarrouk|El Idrissi|Bakkali"
    ),
    "tr": _split(
        "Yılmaz|Yilmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Koç|Kurt|Özdemir|Erdoğan"
    ),
    "sr": _split(
        "Ramdin|Jagesar|Baldewsingh|Ramlal|Mahabier|Soekhai|Bhagwandin|Kalloe|Gobardhan|"
        "Pinas|Wijngaarde|Sabajo|Lieveld|Kromodimedjo"
    ),
    "an": _split("Martina|Isenia|Cijntje|Rosalia|Maduro|Winklaar|Statia|Sambo"),
    "pl": _split("Kowalski|Nowak|Wiśniewska|Zieliński|Wójcik|Kamińska|Lewandowski|Dąbrowski"),
    "sy": _split("Al-Hassan|Haddad|Al Masri|Khalil|Darwish|Alsaleh|Hamdan|Shaheen"),
    "er": _split("Tekle|Ghebremedhin|Haile|Kidane|Berhane|Weldemariam|Tesfamariam"),
    "so": _split("Warsame|Farah|Hirsi|Osman|Jama|Nur|Abdullahi"),
    "cn": _split("Chen|Zhang|Wang|Liu|Lin|Huang"),
    "id": _split("Sahetapy|Latuheru|Pattinama|Soplantila|Tahapary|Wattimena|Nanlohy"),
}
NICK_1 = _split("Mo|Moos|Jopie|Fatoe|Bennie|Sjaak|Kiki|Appie|Joop|Nana")

FIRST_2 = {
    "nl": _split("Gerda|Arjen|Wouter|Hanneke|Marloes|Teun|Maaike|Jolanda|Evert|Willemijn|Rik"),
    "ma": _split("Ilyas|Oussama|Salma|Rachida|Mustapha|Houda|Anouar|Siham"),
    "tr": _split("Cem|Gülsen|Serkan|Derya|Burak|Nurcan|Tuncay"),
    "sr": _split("Ashwin|Kavita|Radjesh|Nandini|Romano|Miquella|Sherida"),
    "an": _split("Raysha|Dwayne|Jeandrick|Sulaika"),
    "gh": _split("Kwame|Akosua|Kofi|Abena|Yaw"),
    "af": _split("Farid|Mariam|Wahid|Shabnam|Zabihullah"),
    "bg": _split("Ivan|Desislava|Georgi|Milena|Stoyan"),
    "cv": _split("Edmilson|Lurdes|Nelson|Dulce"),
    "sy": _split("Bashar|Nour|Fadi|Reem"),
    "er": _split("Kidane|Luwam|Saba|Robel"),
    "so": _split("Idil|Liban|Hibo"),
}
SUR_2 = {
    "nl": _split(
        "Verbeek|Jacobs|van Vliet|Willems|Maas|van der Heijden|de Jonge|Scholten|"
        "Martens|Vink|Kramer|Timmermans|Boer|Smeets|de Lange|Kuiper|Wolters|Molenaar|"
        "van Beek|de Koning|Spijker|Zwart|Storm|Winter"
    ),
    "ma": _split("El Ouardi|Lamrani|Zaoui|Essafi|Bennani|Moussaoui|El Bouchtaoui"),
    "tr": _split("Güneş|Polat|Tekin|Aksoy|Kılıç|Yıldız|Karaca"),
    "sr": _split("Ramsaran|Debipersad|Tjin-A-Djie|Biharie|Autar|Sewnath|Nankoe"),
    "an": _split("Bernadina|Francisca|Doran|Leito"),
    "gh": _split("Mensah|Owusu|Boateng|Asante|Appiah"),
    "af": _split("Ahmadzai|Noori|Rahimi|Sultani|Hakimi"),
    "bg": _split("Petrov|Ivanova|Dimitrov|Georgieva|Stoyanov"),
    "cv": _split("Lopes|Tavares|Monteiro|Semedo"),
    "sy": _split("Al-Khatib|Suleiman|Naser|Al Ahmad"),
    "er": _split("Mehari|Tsegai|Andemariam"),
    "so": _split("Aden|Mohamed|Egal"),
}

WIJKEN = _split(
    "Schilderswijk|Transvaal|Moerwijk|Mariahoeve|Bouwlust|Vrederust|Laak|Escamp|Segbroek|"
    "Loosduinen|Scheveningen|Duindorp|Spoorwijk|Laakkwartier|Bezuidenhout|Stationsbuurt|"
    "Regentessekwartier|Valkenboskwartier|Zeeheldenkwartier|Rustenburg|Oostbroek|Morgenstond|"
    "Leyenburg|Waldeck|Kijkduin|Ypenburg|Leidschenveen|Wateringse Veld|Haagse Hout|"
    "Benoordenhout|Centrum|Duinoord|Bomenbuurt|Bloemenbuurt|Vruchtenbuurt|Houtwijk|"
    "Zuiderpark|Rivierenbuurt|Statenkwartier|Archipelbuurt|Willemspark|Marlot|Vogelwijk|"
    "Kraayenstein|Binckhorst|Zuidwest|Groente- en Fruitmarkt|Kortenbos"
)
STADSDELEN = _split(
    "Escamp|Laak|Segbroek|Loosduinen|Scheveningen|Centrum|Haagse Hout|Leidschenveen-Ypenburg"
)
CITIES = _split("Den Haag|Rijswijk|Delft|Zoetermeer|Voorburg|Leidschendam|'s-Gravenhage")
ORGS = _split(
    "GGZ|Parnassia|MEE|Xtra|Wmo-loket|Servicepunt XL|Veilig Thuis|CJG|HTM|Haagwonen|Staedion|"
    "Vestia|UWV|SVB|Belastingdienst|Schuldhulpverlening|De Mussen|Kessler Stichting|"
    "Leger des Heils|GGD Haaglanden|Jeugdbescherming West|Raad voor de Kinderbescherming|"
    "Voedselbank|Juridisch Loket|Sociaal Raadslieden|Humanitas|Vluchtelingenwerk|Brijder|PsyQ|"
    "Youz|Stichting Mooi|Buurtzorg|HMC|HagaZiekenhuis|Florence|Sociaal Wijkzorgteam|Jeugdteam|"
    "Kredietbank|CAK|DUO|IND|Wijkcentrum|Woonzorg Nederland|Straatdokter"
)
ROLES = _split(
    "wijkverpleegkundige|casusregisseur|huisarts|POH-GGZ|maatschappelijk werker|"
    "schuldhulpverlener|jeugdconsulent|wijkagent|bewindvoerder|ambulant begeleider|"
    "Wmo-consulent|gezinscoach|jongerenwerker|ouderenadviseur|praktijkondersteuner|SPV|"
    "budgetcoach|klantmanager|woonconsulent|leerplichtambtenaar|welzijnscoach|"
    "ervaringsdeskundige|mentor|casemanager dementie|jeugdbeschermer|sociaal werker|"
    "psychiater|thuiszorgmedewerker|opbouwwerker|consulent"
)
STREETS = _split(
    "Hoefkade|Leyweg|Laan van Meerdervoort|Prinses Beatrixlaan|Dr. Lelykade|1e Van der Kunstraat|"
    "'s-Gravenzandelaan|Vaillantlaan|Hobbemastraat|Paul Krugerlaan|Zuiderparklaan|Loosduinseweg|"
    "Kamperfoeliestraat|Apeldoornselaan|Melis Stokelaan|Erasmusweg|Hengelolaan|Escamplaan|"
    "Moerweg|Steenwijklaan|Heeswijkplein|Soestdijksekade|Anna Blamanplein|Schalk Burgerstraat|"
    "De la Reyweg|Oude Haagweg|Troelstrakade|Rijswijkseweg|Jan van der Heijdenstraat|"
    "Hooftskade|Van der Vennestraat|Jacob Catsstraat|Weteringkade|Wouwermanstraat|"
    "Bazarstraat|Poeldijkstraat|Mgr. Nolenslaan|Burg. Patijnlaan|Pr. Irenestraat|"
    "Stuwstraat|Delftselaan|Wateringseweg|Den Helderstraat|Mient|Dreef|Hengelolaan|"
    "Kijkduinsestraat|Tesselsestraat|Schilderstraat|Fahrenheitstraat|Stellingwerfstraat|"
    "Van Musschenbroekstraat|Newtonstraat|Hanenburglaan|Oudemansstraat|Ruychrocklaan"
)
HOUSE_NRS = _split(
    "12|204-B|1034 A|12bis|5|3|20|88|17A|231 bg|45-II|7 hs|102-3|9|61|143|"
    "2a|310|18 C|56-1|4|77|126|15-D|1 A"
)


class Gen:
    """Random slot fillers producing markup."""

    def __init__(self, seed: int, first: dict, sur: dict, nicks: list[str]) -> None:
        self.r = random.Random(seed)
        self.first_pool = first
        self.sur_pool = sur
        self.nicks = nicks

    def c(self, seq):
        return self.r.choice(seq)

    # persons ---------------------------------------------------------------------------
    def origin(self) -> str:
        return self.c(list(self.first_pool))

    def fn(self, origin: str | None = None) -> str:
        return self.c(self.first_pool[origin or self.origin()])

    def sn(self, origin: str | None = None) -> str:
        o = origin or self.origin()
        s = self.c(self.sur_pool[o])
        if self.r.random() < 0.08:
            s = s + "-" + self.c(self.sur_pool[self.origin()])
            if self.r.random() < 0.5:
                s = s[0].upper() + s[1:]
        return s

    def first(self) -> str:
        if self.r.random() < 0.1:
            return f"[[person:{self.c(self.nicks)}]]"
        return f"[[person:{self.fn()}]]"

    def full(self) -> str:
        o = self.origin()
        return f"[[person:{self.fn(o)} {self.sn(o)}]]"

    def initials(self) -> str:
        letters = "ABCDEFGHJKLMNPRSTVWY"
        k = self.c([1, 1, 2, 2, 3])
        ini = ".".join(self.c(letters) for _ in range(k)) + "."
        return f"[[person:{ini} {self.sn()}]]"

    def titled(self, lower: bool = False) -> str:
        if lower:
            t = self.c(["mw", "mw.", "dhr", "dhr.", "mevr.", "mevr", "meneer", "mevrouw"])
            return f"{t} [[person:{self.sn().lower()}]]"
        t = self.c(
            [
                "mevrouw",
                "Mevrouw",
                "mw.",
                "Mw.",
                "mevr.",
                "dhr.",
                "Dhr.",
                "de heer",
                "meneer",
                "Meneer",
                "Mw",
                "Dhr",
                "familie",
                "fam.",
                "dokter",
                "dr.",
            ]
        )
        return f"{t} [[person:{self.sn()}]]"

    def person(self) -> str:
        x = self.r.random()
        if x < 0.3:
            return self.full()
        if x < 0.5:
            return self.first()
        if x < 0.75:
            return self.titled()
        if x < 0.9:
            return self.initials()
        return self.titled(lower=True)

    def relation(self) -> str:
        return self.c(
            [
                "zoon",
                "dochter",
                "broer",
                "zus",
                "moeder",
                "vader",
                "buurvrouw",
                "buurman",
                "oom",
                "tante",
                "neef",
                "nicht",
                "partner",
                "ex",
                "opa",
                "oma",
                "vriendin",
                "kleinzoon",
                "schoonzus",
                "stiefvader",
            ]
        )

    # structured ------------------------------------------------------------------------
    MONTHS = _split(
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    )
    ABBR = _split("jan.|feb.|mrt.|apr.|mei|jun.|jul.|aug.|sep.|okt.|nov.|dec.")
    DAYS = _split("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")

    def date(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2017, 2025)
        k = r.randint(0, 17)
        mo, ab = self.MONTHS[m - 1], self.ABBR[m - 1]
        forms = [
            f"{d} {mo} {y}",
            f"{d} {ab}",
            f"{d} {ab} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-'{y % 100:02d}",
            f"{self.c(self.DAYS)} {d} {mo}",
            f"{d} {mo}",
            f"{self.c(self.DAYS)[:2]} {d}/{m}",
            f"{d} {mo.capitalize()} {y}",
            f"{d}-{m}-{y}",
            f"{self.c(self.DAYS)} {d:02d}-{m:02d}",
            f"{d} {mo[:3]} '{y % 100:02d}",
            f"{d}e {mo}",
            f"{self.c(self.DAYS)} {d} {mo} {y}",
            f"{d}/{m}/{y}",
        ]
        return f"[[date:{forms[k]}]]"

    def birth(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2012)
        f = self.c(
            [
                f"{d} {self.MONTHS[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        )
        return f"[[date:{f}]]"

    def nondate(self) -> str:
        r = self.r
        k = r.randint(0, 9)
        if k == 0:
            return f"in {{{{year:{r.randint(2005, 2024)}}}}}"
        if k == 1:
            return f"sinds {{{{month:{self.c(self.MONTHS)}}}}}"
        if k == 2:
            return f"al {{{{duration:{r.randint(2, 11)} maanden}}}}"
        if k == 3:
            return f"in {{{{week:week {r.randint(1, 52)}}}}}"
        if k == 4:
            return f"sinds {{{{year:{r.randint(2010, 2024)}}}}}"
        if k == 5:
            return f"na {{{{duration:{r.randint(2, 9)} weken}}}}"
        if k == 6:
            return f"in {{{{month:{self.c(self.MONTHS)}}}}} {{{{year:{r.randint(2015, 2024)}}}}}"
        if k == 7:
            return f"rond {{{{time:{r.randint(8, 17)}.{self.c(['00', '15', '30', '45'])} uur}}}}"
        if k == 8:
            return f"in het {{{{quarter:{self.c(['eerste', 'tweede', 'derde', '4e'])} kwartaal}}}}"
        return f"ruim {{{{duration:{r.randint(2, 15)} jaar}}}}"

    def age(self) -> str:
        a = self.r.randint(17, 93)
        return self.c(
            [
                f"({{{{age:{a}}}}})",
                f"{{{{age:{a} jaar}}}}",
                f"({{{{age:{a} jr}}}})",
                f"{{{{age:{a}-jarige}}}}",
            ]
        )

    def phone(self) -> str:
        r = self.r

        def dd(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        m8 = str(r.randint(1, 9)) + dd(7)
        forms = [
            f"06{m8}",
            f"06-{m8[:4]} {m8[4:]}",
            f"+31(0)6 {m8}",
            f"0031 6 {m8}",
            f"070 - {dd(3)} {dd(2)} {dd(2)}",
            f"(070) {r.randint(2, 4)}{dd(6)}",
            f"088-{r.randint(1, 9)}{dd(6)}",
            f"06 {m8[:2]} {m8[2:4]} {m8[4:6]} {m8[6:]}",
            f"+31 6 {m8[:2]} {m8[2:5]} {m8[5:]}",
            f"070-{r.randint(2, 4)}{dd(6)}",
            f"+31 70 {r.randint(2, 4)}{dd(2)} {dd(4)}",
            f"015 - {r.randint(2, 3)}{dd(6)}",
            f"+32 470 {dd(2)} {dd(2)} {dd(2)}",
            f"06.{m8[:2]}.{m8[2:4]}.{m8[4:6]}.{m8[6:]}",
            f"0800-{dd(4)}",
        ]
        return f"[[phone:{self.c(forms)}]]"

    def bsn(self) -> str:
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = r.randint(1, 6)
            s = sum((9 - i) * x for i, x in enumerate(d)) % 11
            if s < 10:
                d.append(s)
                break
        b = "".join(map(str, d))
        f = self.c(
            [
                b,
                f"{b[:4]}.{b[4:6]}.{b[6:]}",
                f"{b[:3]} {b[3:6]} {b[6:]}",
                f"{b[:3]}.{b[3:6]}.{b[6:]}",
                b,
            ]
        )
        return f"[[bsn:{f}]]"

    def iban(self) -> str:
        r = self.r
        cc = self.c(["NL"] * 7 + ["BE", "DE"])
        if cc == "NL":
            bban = self.c(
                ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]
            ) + "".join(str(r.randint(0, 9)) for _ in range(10))
        elif cc == "BE":
            bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(num) % 97
        s = f"{cc}{check:02d}{bban}"
        k = r.random()
        if k < 0.45:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        elif k < 0.6:
            s = s.lower()
        return f"[[iban:{s}]]"

    def postcode(self) -> str:
        r = self.r
        letters = "ABCEGHJKLMNPRSTVWXZ"
        n = r.randint(2491, 2597)
        lt = self.c(letters) + self.c(letters)
        f = self.c([f"{n} {lt}", f"{n}{lt}", f"{n} {lt.lower()}", f"{n} {lt}"])
        return f"[[postcode:{f}]]"

    def address(self) -> str:
        return f"[[address:{self.c(STREETS)} {self.c(HOUSE_NRS)}]]"

    def dossier(self) -> str:
        r = self.r
        y = r.randint(2019, 2025)
        forms = [
            f"dossier [[dossier:{r.randint(100000, 999999)}]]",
            f"zaak [[dossier:{y}-{r.randint(1000, 99999):05d}]]",
            f"[[dossier:SZW-{r.randint(100000, 999999)}]]",
            f"melding [[dossier:VT-{y}-{r.randint(100, 9999)}]]",
            f"ticket [[dossier:#{r.randint(10000, 99999)}]]",
            f"casusnr. [[dossier:{self.c(['AB', 'JZ', 'WZ', 'SW'])}/{y}/{r.randint(100, 999)}]]",
            f"regnr [[dossier:{r.randint(1000, 9999)}-{r.randint(10, 99)}]]",
            f"kenmerk [[dossier:{y % 100}.{r.randint(1000, 9999)}]]",
            f"cliëntnummer [[dossier:{r.randint(100000, 999999)}]]",
            f"zaaknr: [[dossier:Z/{y % 100}/{r.randint(100000, 999999)}]]",
            f"registratienummer [[dossier:{self.c(['WMO', 'JW', 'PW'])}{r.randint(10000, 99999)}]]",
        ]
        return self.c(forms)

    def email(self, name: str | None = None) -> str:
        r = self.r
        fn = (name or self.fn("nl")).lower().replace(" ", "")
        sn = self.sn("nl").lower().replace(" ", "").replace("-", "")
        user = self.c([f"{fn}.{sn}", f"{fn[0]}.{sn}", f"{fn}{r.randint(1, 99)}", f"{sn}.{fn[0]}"])
        user = user.translate(str.maketrans("ıışçöüğéąęłńóśźż", "iiscougeaelnoszz"))
        dom = self.c(
            [
                "gmail.com",
                "hotmail.com",
                "ziggo.nl",
                "kpnmail.nl",
                "denhaag.nl",
                "xtra.nl",
                "parnassia.nl",
                "outlook.com",
                "live.nl",
                "staedion.nl",
            ]
        )
        return f"[[email:{user}@{dom}]]"

    # context ---------------------------------------------------------------------------
    def wijk(self) -> str:
        return f"{{{{wijk:{self.c(WIJKEN)}}}}}"

    def org(self) -> str:
        return f"{{{{org:{self.c(ORGS)}}}}}"

    def role(self) -> str:
        return f"{{{{role:{self.c(ROLES)}}}}}"

    def city(self) -> str:
        return f"{{{{city:{self.c(CITIES)}}}}}"


# --------------------------------------------------------------------------------------------
# heldout.jsonl registers
# --------------------------------------------------------------------------------------------


def t_report(g: Gen) -> str:
    client = g.full()
    return (
        f"RAPPORTAGE HUISBEZOEK\n"
        f"Betreft: {client}, geb. {g.birth()}\n"
        f"Woonadres: {g.address()}, {g.postcode()} {g.city()}\n"
        f"Stadsdeel: {{{{wijk:{g.c(STADSDELEN)}}}}}\n"
        f"Opgesteld door: {g.initials()}, {g.role()}\n\n"
        f"Aanleiding\nOp {g.date()} ontving het {g.org()} een zorgmelding van de {g.role()}. "
        f"Betrokkene woont {g.nondate()} zelfstandig in {g.wijk()} en is {g.age()}. "
        f"Er is een huurachterstand bij {g.org()} ({g.dossier()}).\n\n"
        f"Bevindingen\nDe woning is vervuild. {g.titled()} gaf aan dat {g.relation()} "
        f"{g.first()} soms boodschappen doet. Inkomen via {g.org()}, uitbetaald op {g.iban()}.\n\n"
        f"Conclusie\nToeleiding naar {g.org()}; evaluatie gepland op {g.date()}."
    )


def t_quicknote(g: Gen) -> str:
    return (
        f"ff gebeld met {g.titled(lower=True)}, gaat iets beter. {g.relation()} "
        f"{g.first()} was er ook bij. volgende afspraak {g.date()} bij {g.org()} in "
        f"{g.wijk()}. nw tel.nr {g.phone()}. {g.nondate()} geen huur betaald, zie "
        f"{g.dossier()}."
    )


def t_bullets(g: Gen) -> str:
    b = g.c(["- ", "* ", "• "])
    return (
        f"Actiepunten casus {g.wijk()}:\n"
        f"{b}{g.role()} belt {g.person()} vóór {g.date()}\n"
        f"{b}aanvraag {g.org()} indienen (BSN {g.bsn()})\n"
        f"{b}{g.first()} koppelen aan {g.role()} van {g.org()}\n"
        f"{b}bewindvoering: rekening {g.iban()} blokkeren\n"
        f"{b}evaluatie {g.nondate()}, cliënt is {g.age()}\n"
        f"{b}nieuw adres doorgeven: {g.address()}, {g.postcode()}"
    )


def t_email(g: Gen) -> str:
    sender_first, sender_last = g.fn("nl"), g.sn("nl")
    o = g.origin()
    rec = g.fn(o)
    return (
        f"Van: [[person:{sender_first} {sender_last}]] <{g.email(sender_first)}>\n"
        f"Verzonden: {g.date()} 10:14\n"
        f"Aan: [[person:{rec}]] <{g.email(rec)}>\n"
        f"Onderwerp: zorgen om {g.titled()}\n\n"
        f"Beste [[person:{rec}]],\n\n"
        f"Vanochtend was ik bij {g.titled()} in {g.wijk()}. De {g.role()} maakt zich zorgen: "
        f"er ligt een brief van de {g.org()} en {g.relation()} {g.first()} is "
        f"{g.nondate()} niet meer langs geweest. Kun jij contact opnemen via {g.phone()}?\n\n"
        f"Met vriendelijke groet,\n\n[[person:{sender_first[0]}. {sender_last}]]\n"
        f"{g.role()} | {g.org()} {{{{wijk:{g.c(STADSDELEN)}}}}}\n"
        f"T {g.phone()} | M {g.phone()}"
    )


def t_minutes(g: Gen) -> str:
    return (
        f"Verslag casusoverleg {g.date()}\n"
        f"Aanwezig: {g.first()} ({g.org()}), {g.full()} ({g.org()}), {g.first()} "
        f"({g.role()}), {g.initials()} ({g.org()})\n"
        f"Afwezig m.k.: {g.full()}\n"
        f"Notulist: {g.first()}\n\n"
        f"1. Opening en mededelingen\n"
        f"2. Casus {g.titled()}, {g.wijk()} ({g.dossier()})\n"
        f"{g.first()} licht toe: cliënt {g.age()}, schulden bij {g.org()} en {g.org()}. "
        f"Afspraak: {g.role()} neemt regie.\n"
        f"3. Rondvraag: geen. Volgend overleg {g.date()}."
    )


def t_whatsapp(g: Gen) -> str:
    a, b = g.fn("nl"), g.fn()
    ts = f"{g.r.randint(8, 17)}:{g.r.randint(10, 59)}"
    return (
        f"[{ts}] [[person:{a}]]: heb jij het nr van {g.titled(lower=True)}?\n"
        f"[{ts}] [[person:{b}]]: ja {g.phone()} 👍\n"
        f"[{ts}] [[person:{a}]]: top. ze moet {g.date()} naar {g.org()}\n"
        f"[{ts}] [[person:{b}]]: {g.relation()} {g.first()} gaat mee denk ik\n"
        f"[{ts}] [[person:{a}]]: oke. mail anders ff naar {g.email()}"
    )


def t_narrative(g: Gen) -> str:
    o = g.origin()
    f1, s1 = g.fn(o), g.sn(o)
    return (
        f"Toen ik [[person:{f1}]] voor het eerst ontmoette, {g.nondate()}, zat hij in een "
        f"overvolle kamer boven een winkel aan de {g.address()}. Hij was {g.age()} en had "
        f"{g.nondate()} geen contact gehad met zijn {g.relation()}, {g.first()}. "
        f"Via de {g.role()} van het {g.org()} kwamen we in gesprek. Meneer [[person:{s1}]] "
        f"wilde eigenlijk niets, maar [[person:{f1}]]'s angst voor de deurwaarder was groot. "
        f"Op {g.date()} zijn we samen naar de {g.org()} gegaan; daar bleek dat zijn "
        f"uitkering op {g.iban()} werd gestort, een rekening waar hij niet meer bij kon. "
        f"Samen met {g.person()} ({g.role()}) en {g.person()} hebben we in {g.wijk()} een "
        f"netwerk om hem heen gebouwd. Wat ik andere teams wil meegeven: wacht niet tot "
        f"iemand zelf belt."
    )


def t_formal_letter(g: Gen) -> str:
    return (
        f"{g.city()}, {g.date()}\n\nOns kenmerk: [[dossier:{g.r.choice(['SWT', 'WZT', 'JT'])}-"
        f"{g.r.randint(2019, 2025)}-{g.r.randint(1000, 9999)}]]\n"
        f"Inzake: {g.full()}, BSN {g.bsn()}\n\n"
        f"Geachte {g.titled()},\n\nHierbij bevestigen wij dat uw cliënt {g.nondate()} "
        f"bekend is bij het {g.org()} in {g.wijk()}. Correspondentie graag naar "
        f"{g.address()}, {g.postcode()} {g.city()}.\n\nHoogachtend,\n{g.initials()}\n{g.role()}"
    )


def t_table(g: Gen) -> str:
    rows = []
    for _ in range(3):
        rows.append(f"{g.full()} | {g.birth()} | {g.wijk()} | {g.phone()} | {g.role()}")
    return "Naam | geb. | wijk | tel | betrokken\n" + "\n".join(rows)


def t_mixed_caps(g: Gen) -> str:
    return (
        f"Casus {g.wijk()} — {g.titled()} ({g.age()}) en {g.relation()} {g.first()}. "
        f"{g.first()}'s {g.relation()} belde op {g.date()} met de {g.role()}: de "
        f"{g.org()} had de uitkering stopgezet. Gebeld naar {g.org()} ({g.phone()}); "
        f"bezwaar onder {g.dossier()}. {g.nondate()} moet alles rond zijn, zegt {g.person()}."
    )


def t_log(g: Gen) -> str:
    lines = []
    for _ in range(4):
        lines.append(
            g.c(
                [
                    f"{g.date()}: huisbezoek {g.titled()} samen met {g.role()}",
                    f"{g.date()} – tel. contact {g.first()} ({g.phone()})",
                    f"{g.date()} brief {g.org()} ontvangen, {g.dossier()}",
                    f"{g.date()} overleg {g.org()} over {g.person()} in {g.wijk()}",
                    f"{g.date()}: {g.first()} niet thuis, kaartje achtergelaten",
                ]
            )
        )
    return "Logboek\n" + "\n".join(lines)


TEMPLATES_1 = [
    t_report,
    t_quicknote,
    t_bullets,
    t_email,
    t_minutes,
    t_whatsapp,
    t_narrative,
    t_formal_letter,
    t_table,
    t_mixed_caps,
    t_log,
]


HAND_1 = [
    # hand-written, heldout
    "Mw. [[person:Van den Berg-Yilmaz]] ({{age:54}}) woont met haar dochter [[person:Elif]] op "
    "[[address:Prinses Beatrixlaan 12bis]]. Sinds {{year:2019}} is zij bekend bij de {{org:GGZ}}.",
    "[[person:Fatima]]'s moeder belde om half tien: de {{org:HTM}}-pas is kwijt en "
    "{{org:Servicepunt XL}} kan pas over {{duration:3 weken}} helpen.",
    "notitie 3/4: dhr [[person:de wit]] opgehaald door zoon [[person:kevin]], afspraak "
    "{{org:Parnassia}} [[date:do 11/4]] ivm opname",
    "Aanwezig: [[person:J.P. de Vries]] ({{role:casusregisseur}}), [[person:A.B.C. Jansen]] "
    "({{org:Veilig Thuis}}), [[person:Hodan Warsame]] ({{role:POH-GGZ}}).",
    "De buurman, meneer [[person:Kok]], heeft het {{org:Wmo-loket}} gebeld over de stank.",
    "[[person:Bakker]] zelf wil niet, maar zijn vrouw [[person:Roos]] wil wel hulp van "
    "{{org:Schuldhulpverlening}}.",
    "Adres: [[address:Dr. Lelykade 5]], [[postcode:2583 CL]] {{city:Den Haag}}. "
    "Tel. [[phone:+31(0)6 41237788]].",
    "Gesprek met de {{role:huisarts}}, dokter [[person:Visser]], op [[date:maandag 4 maart]].",
    "Op [[date:3 mrt.]] kwam de brief van het {{org:UWV}}; {{duration:3 maanden}} later was er "
    "nog niets geregeld. Ze is {{age:62 jaar}}.",
    "Uitkering via {{org:SVB}} op [[iban:NL91ABNA0417164300]], huur via [[iban:nl20 ingb 0001 "
    "2345 67]].",
    "Zijn Belgische rekening [[iban:BE68 5390 0754 7034]] is nog open; de Duitse "
    "([[iban:DE89 3704 0044 0532 0130 00]]) is opgeheven.",
    "[[person:Mo]] (16) en zijn vriend [[person:Jopie]] hangen rond bij het winkelcentrum in "
    "{{wijk:Moerwijk}}; de {{role:jongerenwerker}} van {{org:Xtra}} kent ze.",
    "Het gezin [[person:Tesfay]] woont op [[address:1e Van der Kunstraat 3]] in {{wijk:Laak}}. "
    "Vader [[person:Yonas Tekle]] spreekt Tigrinya.",
    "Zaaknummer [[dossier:2023-04711]], melding [[dossier:VT-2024-1187]], "
    "ticket [[dossier:#48812]], casusnr. [[dossier:AB/2023/118]], regnr [[dossier:7781-22]].",
    "Bel [[phone:070 - 123 45 67]] of [[phone:(070) 3456789]]; buiten kantoortijd "
    "[[phone:088-1234567]].",
    "BSN [[bsn:1234.56.782]], partner BSN [[bsn:111 222 333]].",
    "Mail van [[person:Wei Chen]] ([[email:wei.chen88@gmail.com]]) over zijn moeder "
    "mevrouw [[person:Liu]], {{age:81}}, in {{wijk:Bezuidenhout}}.",
    "[[person:Ratna Sahetapy]] en haar zus [[person:Dewi]] zijn mantelzorger; "
    "{{org:Humanitas}} biedt een maatje.",
    "Op de [[date:3e]] is de huur afgeschreven, in {{week:week 12}} nog niet.",
    "Per [[date:1 jan.]] is de bijstand stopgezet; {{org:Sociaal Raadslieden}} helpt met het "
    "bezwaar.",
    "De {{role:wijkverpleegkundige}} ([[person:Annelies]]) en de {{role:ouderenadviseur}} "
    "([[person:Marek Nowak]]) gingen samen naar [[address:Leyweg 204-B]].",
    "Verhuisd naar [[address:'s-Gravenzandelaan 20]], [[postcode:2526bx]].",
    "Geboren [[date:03.03.1961]], overleden echtgenoot [[date:2024-03-03]].",
    "Ingeschreven op [[address:Laan van Meerdervoort 1034 A]] maar verblijft bij "
    "[[person:Agnieszka]] in {{city:Rijswijk}}.",
    "Volgens [[person:Ayaan Farah]] heeft haar broer [[person:Abdi]] een contactverbod.",
    "mw [[person:ramlal]] belt steeds de {{org:Belastingdienst}}, zegt dat [[person:ravi]] "
    "het geld heeft.",
    "Meneer [[person:Koning]] ({{age:77}}) valt vaak. Zijn dochter [[person:Marja Groen]] "
    "woont in {{city:Delft}} en komt alleen in het weekend.",
    "Cliënte [[person:Shurendy Martina]] is [[date:12 sept. 2023]] uit huis gezet door "
    "{{org:Vestia}}; nu in de opvang van {{org:Leger des Heils}}.",
    "Hoi [[person:Priya]], kun je morgen ([[date:14-3]]) mee naar mw [[person:jagesar]]? "
    "Groet, [[person:Sanne]]",
    "Overgedragen aan {{org:De Mussen}} en de {{org:Kessler Stichting}}; "
    "{{role:casusregisseur}} blijft [[person:Ingrid Pinas]].",
    "Dossier [[dossier:552301]] (oud: [[dossier:SZW-883201]]).",
    "De {{role:bewindvoerder}} mr. [[person:Hoek]] stuurt vanaf nu de post naar "
    "[[address:Hoefkade 12]].",
    "Jongste zoon [[person:Omar Haddad]] zit in groep 7; {{role:leerplichtambtenaar}} is "
    "ingeschakeld na {{duration:12 dagen}} verzuim.",
    "Woningcorporaties: {{org:Haagwonen}} heeft de huur bevroren, {{org:Staedion}} niet.",
    "Telefoon [[phone:0031 6 12345678]] werkt niet meer, nieuw: [[phone:06-1234 5678]].",
    "Buurvrouw [[person:Mooi]] uit {{wijk:Transvaal}} houdt een oogje in het zeil.",
    "In {{wijk:Mariahoeve}} en {{wijk:Bouwlust}} werkt het {{org:CJG}} met "
    "{{org:MEE}} samen; in {{wijk:Escamp}} nog niet.",
    "[[person:Piotr]] werkt via een uitzendbureau in het Westland; zijn vrouw [[person:Ewa "
    "Kowalski]] is thuis met de tweeling.",
    "Gesproken met mevr. [[person:El Khatib-Bakker]] over haar zoon [[person:Youssef]] "
    "({{age:19}}).",
    "Vrijdag [[date:8 maart]] om {{time:14.30 uur}} met [[person:H.J.M. van der Linden]] "
    "van {{org:Jeugdbescherming West}}.",
    "Postcode [[postcode:2526 BX]] klopt niet, moet [[postcode:2525 BX]] zijn.",
    "Dhr. [[person:Özdemir]] en mw. [[person:Özdemir-Kaya]] hebben samen een schuld van "
    "€ 14.000 bij de {{org:Belastingdienst}}.",
]


def build(templates, hand, gen: Gen, n_gen: int, prefix: str) -> list[dict]:
    docs = []
    for i in range(n_gen):
        t = templates[i % len(templates)]
        text, pii, keep = parse(t(gen))
        docs.append({"id": f"{prefix}-g{i:03d}", "text": text, "pii": pii, "keep": keep})
    for i, h in enumerate(hand):
        text, pii, keep = parse(h)
        docs.append({"id": f"{prefix}-h{i:03d}", "text": text, "pii": pii, "keep": keep})
    return docs


def write(path: Path, docs: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main() -> None:
    import heldout2_corpus  # noqa: PLC0415 - sibling script, see its docstring
    import heldout3_corpus  # noqa: PLC0415
    import heldout4_corpus  # noqa: PLC0415

    g1 = Gen(20261123, FIRST_1, SUR_1, NICK_1)
    write(HERE / "heldout.jsonl", build(TEMPLATES_1, HAND_1, g1, 121, "ho"))
    write(HERE / "heldout2.jsonl", heldout2_corpus.docs())
    write(HERE / "heldout3.jsonl", heldout3_corpus.docs())
    write(HERE / "heldout4.jsonl", heldout4_corpus.docs())


if __name__ == "__main__":
    main()
