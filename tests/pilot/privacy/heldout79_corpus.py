#!/usr/bin/env python3
"""Held-out corpus 79: formal documents from social teams of Dutch municipalities
other than Den Haag (referrals, court reports, ZVH case conferences, debt-help intake,
Wmo decisions, housing-corporation letters, beschikkingen).

Deterministic: writes heldout79.jsonl next to this script. Stdlib only.
Markup: [[label:text]] = pii span, {{label:text}} = keep span; stripped programmatically.
"""

import datetime as _dt
import json
import os
import re
import random

SEED = 79
N_TEXTS = 200


# ---------------------------------------------------------------- markup helpers
def S(label, text):
    return "[[" + label + ":" + text + "]]"


def K(label, text):
    return "{{" + label + ":" + text + "}}"


def ORG(t):
    return K("org", t)


def ROLE(t):
    return K("role", t)


def DOS(t):
    return S("dossier", t)


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}")


def strip_markup(marked):
    out, pii, keep = [], [], []
    pos = 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            label, txt, bucket = m.group(1), m.group(2), pii
        else:
            label, txt, bucket = m.group(3), m.group(4), keep
        bucket.append({"start": cur, "end": cur + len(txt), "label": label, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- names
def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "nl": (
        _split(
            "Jan, Henk, Kees, Wim, Gerrit, Sander, Bas, Daan, Kevin, Ruud, Erik, Marco, Bert, Johan, Dennis, Niels, Thijs, Sem, Jesse, Rob, Peter, Harm, Albert, Roelof"
        ),
        _split(
            "Gerda, Ingrid, Annemiek, Roos, Iris, Fleur, Anouk, Marieke, Ria, Thea, Joke, Nicole, Priscilla, Chantal, Lieke, Floor, Demi, Sanne, Linda, Wilma, Janny, Geesje, Hennie, Esther, Daniëlle, Mandy"
        ),
        _split(
            "Visser, de Wit, Bakker, Koster, Kok, Smit, de Boer, Mulder, Groen, Zwart, de Vos, Bos, Storm, Winter, Vink, Dekker, Schipper, Brouwer, Kuiper, Post, Hart, van Dam, Hoogland, van der Linden, de Graaf, Prins, van Leeuwen, Meijer, Hendriks, van den Berg, van der Heijden, Kramer, Jonker, Blom, de Haan, Vos, Verhoeven, de Hoop, Bouwman, Zomer, Vermeulen, Timmer, Baas, Lam, Sterk, Wolf, Veldman, Engel"
        ),
    ),
    "fries": (
        _split("Sjoerd, Sytse, Hylke, Auke, Jelle, Wiebe, Tjeerd, Germ, Douwe, Pieter"),
        _split(
            "Wietske, Jildou, Gerbrich, Tjitske, Baukje, Sietske, Aukje, Froukje, Grietje, Anneke"
        ),
        _split(
            "Hoekstra, Bosma, Dijkstra, de Jong, Zijlstra, Wiersma, Postma, van der Meer, Terpstra, Kingma, Hiemstra, Visser, de Vries, Bergsma, Talsma, Haringsma"
        ),
    ),
    "limb": (
        _split("Jo, Sjef, Huub, Jeu, Ger, Twan, Roel, Pierre, Harrie, Math"),
        _split("Mia, Trees, Yvonne, Mariëtte, Petra, Bianca, Ans, Mieke, Jolanda, Nathalie"),
        _split(
            "Janssen, Peeters, Hermans, Brouns, Schroen, Lemmens, Geurts, Vranken, Coenen, Smeets, Houben, op den Kamp, Kleijnen, Ummels, Thewissen, Pelzer, Crombach, Dassen"
        ),
    ),
    "tw": (
        _split("Gerrit, Hennie, Jan-Willem, Bennie, Herman, Jos, Gert-Jan, Martin, Johnny, Theo"),
        _split("Jannie, Dinie, Gerrie, Marga, Truus, Ilse, Hanneke, Diny, Willemien, Tineke"),
        _split(
            "Nijhuis, Oude Vrielink, ter Haar, Kamphuis, Scholten, Wolters, Lansink, Slot, Brinkhuis, Oude Luttikhuis, Hofstede, Olthof, Huttenhuis, Haverkate, Wessels, Lubbers, Bruins, Hadders, Oosting, Hilbrands, Kuipers, Boerrigter"
        ),
    ),
    "mar": (
        _split(
            "Mohamed, Youssef, Hamid, Abdelkader, Rachid, Bilal, Soufiane, Mustapha, Karim, Nordin, Driss, Anouar"
        ),
        _split(
            "Fatima, Khadija, Nadia, Samira, Hafsa, Naima, Imane, Rachida, Malika, Houda, Zineb, Latifa"
        ),
        _split(
            "El Amrani, Azzouzi, El Khatib, Ouali, Benali, Chaouki, Ait Taleb, Boukhari, El Idrissi, Bakkali, Lamrabet, Zaouj, El Hamdaoui, Tahiri, Aarab, Ben Haddou"
        ),
    ),
    "tur": (
        _split("Mehmet, Hüseyin, Mustafa, Burak, Osman, Emre, Yusuf, Kemal, Serkan, Ali"),
        _split(
            "Ayşe, Emine, Fatma, Elif, Zeynep, Hatice, Gülsen, Ayse, Sevgi, Derya, Büşra, Meryem"
        ),
        _split(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Koç, Yıldırım, Aksoy, Güler, Yildiz, Ozturk, Kurt, Polat"
        ),
    ),
    "sur": (
        _split(
            "Ramesh, Radjesh, Soeresh, Mahesh, Winston, Marlon, Rignald, Jurgen, Gregory, Ravi, Anand, Romano"
        ),
        _split(
            "Sunita, Anjali, Shanti, Kiran, Roshni, Ruth, Sharon, Jeanette, Natasha, Sarita, Ingrid, Gail"
        ),
        _split(
            "Ramsaran, Jagesar, Sewdien, Mahabier, Bhagwandin, Autar, Jhinkoe, Kalloe, Baldew, Pinas, Sno, Kross, Esajas, Vreden, Doornkamp, Tjon-A-Joe, Soekhoe, Lachmon"
        ),
    ),
    "ant": (
        _split("Shurandy, Quincy, Rignaldo, Jurick, Elvis, Sherwin, Jeffrey, Ruthmilo"),
        _split("Shanaira, Jeanine, Sulay, Giselle, Rosemary, Xiomara, Jacquelien, Zuleyka"),
        _split(
            "Martina, Cijntje, Isenia, Pieternella, Maduro, Rosario, Doran, Martis, Winklaar, Leito, Felida, Zimmerman, Janga, Statia"
        ),
    ),
    "cv": (
        _split("Joaquim, Adilson, Nelson, Emanuel, Carlos, Djeison"),
        _split("Djenifer, Maria da Luz, Edna, Ivone, Celeste, Nilza"),
        _split("Tavares, Lopes, Fortes, Monteiro, Semedo, Gomes, Delgado, Andrade, Rodrigues"),
    ),
    "pl": (
        _split("Tomasz, Krzysztof, Piotr, Marek, Łukasz, Paweł, Grzegorz, Dariusz"),
        _split("Agnieszka, Katarzyna, Małgorzata, Joanna, Ewa, Magdalena, Dorota, Monika"),
        _split(
            "Kowalczyk, Nowak, Wiśniewska, Wójcik, Zieliński, Lewandowski, Dąbrowska, Szymański, Kamińska, Wozniak, Mazur, Krawczyk"
        ),
    ),
    "bg": (
        _split("Georgi, Dimitar, Stoyan, Nikolay, Ivaylo, Hristo"),
        _split("Ivanka, Petya, Radostina, Desislava, Mariya, Svetla"),
        _split("Ivanov, Petrova, Dimitrov, Georgieva, Stoyanov, Todorova, Kolev, Angelova"),
    ),
    "ro": (
        _split("Ionuț, Andrei, Florin, Vasile, Marius, Cristian"),
        _split("Mihaela, Elena, Gabriela, Ioana, Adriana, Florentina"),
        _split("Popescu, Ionescu, Constantin, Stan, Dumitru, Munteanu, Moldovan, Lungu"),
    ),
    "syr": (
        _split("Ahmad, Omar, Khaled, Bashar, Mahmoud, Tarek, Rami, Yaser"),
        _split("Rania, Lina, Nour, Yara, Hiba, Rasha, Amal, Ghalia"),
        _split(
            "Al-Hassan, Haddad, Khalil, Al Khatib, Darwish, Hamdan, Al-Masri, Sabbagh, Kassab, Al Ahmad, Mousa"
        ),
    ),
    "eri": (
        _split("Tesfay, Yonas, Filmon, Mebrahtu, Aman, Kidane, Biniam, Henok"),
        _split("Semhar, Helen, Senait, Luwam, Saba, Feven, Rahel, Yordanos"),
        _split(
            "Gebremedhin, Tekle, Habte, Berhane, Ghebreyesus, Woldemariam, Tesfamariam, Kahsay, Haile"
        ),
    ),
    "som": (
        _split("Abdi, Ismail, Abdirahman, Ahmed, Liban, Mahad"),
        _split("Hodan, Faadumo, Ayaan, Sahra, Farhiya, Hibaaq, Ubah"),
        _split("Warsame, Jama, Abdullahi, Farah, Hassan, Osman, Nur, Egal, Mohamud"),
    ),
    "afg": (
        _split("Farid, Wahid, Sohrab, Ahmad Shah, Jawed, Najib, Mirwais"),
        _split("Zahra, Mariam, Nazanin, Parwin, Fereshta, Shabnam, Malalai"),
        _split("Ahmadzai, Karimi, Rahimi, Popal, Noorzai, Sultani, Hakimi, Stanikzai, Azizi"),
    ),
    "chi": (
        _split("Wei, Jun, Hui, Chen, Ming, Kai"),
        _split("Mei, Li Na, Xiaoling, Ling, Yan, Jia"),
        _split("Chen, Wang, Zhang, Liu, Lin, Huang, Wu, Cheung, Lam, Tang"),
    ),
    "gha": (
        _split("Kwame, Kofi, Yaw, Kwabena, Kwaku, Kojo"),
        _split("Akosua, Ama, Abena, Efua, Adwoa, Afua"),
        _split("Mensah, Owusu, Asante, Boateng, Osei, Appiah, Agyeman, Darko"),
    ),
    "mol": (
        _split("Johannes, Ronny, Frans, Semuel, Izaak"),
        _split("Dewi, Mientje, Josina, Nelly, Bertha"),
        _split("Latuheru, Tuhumury, Sahetapy, Pattipeilohy, Nanlohy, Wattimena"),
    ),
}

PARTICLES = [
    "van der",
    "van den",
    "van de",
    "van",
    "de",
    "den",
    "der",
    "ter",
    "ten",
    "te",
    "op den",
    "in 't",
]

ASCII_MAP = str.maketrans(
    {
        "ı": "i",
        "ş": "s",
        "ğ": "g",
        "ç": "c",
        "ö": "o",
        "ü": "u",
        "Ş": "S",
        "Ç": "C",
        "Ö": "O",
        "Ü": "U",
        "ł": "l",
        "Ł": "L",
        "ą": "a",
        "ę": "e",
        "ś": "s",
        "ń": "n",
        "ó": "o",
        "ż": "z",
        "ź": "z",
        "ć": "c",
        "ț": "t",
        "ș": "s",
        "ë": "e",
        "é": "e",
        "è": "e",
        "ï": "i",
        "'": "",
    }
)


def asciify(s):
    return s.translate(ASCII_MAP)


def cap_sur(s):
    return s[0].upper() + s[1:]


class Person:
    def __init__(self, first, sur, g, second=None, origin="nl"):
        self.origin = origin
        self.first = first
        self.sur = sur
        self.g = g
        self.second = second

    @property
    def given(self):
        return self.first + (" " + self.second if self.second else "")

    @property
    def inits(self):
        parts = self.first.replace("-", " ").split() + (self.second.split() if self.second else [])
        return "".join(p[0].upper() + "." for p in parts)

    @property
    def lastcap(self):
        return cap_sur(self.sur)

    def zij(self):
        return "zij" if self.g == "v" else "hij"

    def haar(self):
        return "haar" if self.g == "v" else "zijn"

    def hem(self):
        return "haar" if self.g == "v" else "hem"


def PN(p, style="full"):
    if style == "full":
        t = p.first + " " + p.sur
    elif style == "fullgiven":
        t = p.given + " " + p.sur
    elif style == "formal":
        t = p.inits + " " + p.sur
    elif style == "last":
        t = p.lastcap
    elif style == "lastlow":
        t = p.sur.lower()
    elif style == "first":
        t = p.first
    elif style == "given":
        t = p.given
    elif style == "inits":
        t = p.inits
    elif style == "upper":
        t = p.lastcap.upper()
    elif style == "firstlow":
        t = p.first.lower()
    elif style == "fi_last":  # J. Bosma (only first initial)
        t = p.first[0] + ". " + p.sur
    elif style == "poss":  # Fatima's / Thijs'
        return S("person", p.first) + ("'" if p.first.endswith("s") else "'s")
    elif style == "lastposs":
        return S("person", p.lastcap) + ("'" if p.sur.endswith("s") else "'s")
    else:
        raise ValueError(style)
    return S("person", t)


def TT(p, style="long"):
    v = p.g == "v"
    return {
        "long": "mevrouw" if v else "de heer",
        "cap": "Mevrouw" if v else "De heer",
        "short": "mw." if v else "dhr.",
        "shortcap": "Mw." if v else "Dhr.",
        "abbr": "Mevr." if v else "Dhr.",
        "geachte": "Geachte mevrouw" if v else "Geachte heer",
        "aan": "Mevrouw" if v else "De heer",
        "mr": "mevrouw" if v else "meneer",
    }[style]


# ---------------------------------------------------------------- cities
def city(
    name,
    gemeente,
    pc,
    area,
    wijken,
    team,
    shv,
    zvh,
    vt,
    corps,
    rb,
    rbloc,
    rbc,
    ggz,
    zh,
    mee,
    ggd,
    streets,
    regio,
    kfmt,
    dom,
):
    return dict(
        name=name,
        gemeente=gemeente,
        pc=pc,
        area=area,
        wijken=wijken,
        team=team,
        shv=shv,
        zvh=zvh,
        vt=vt,
        corps=corps,
        rb=rb,
        rbloc=rbloc,
        rbc=rbc,
        ggz=ggz,
        zh=zh,
        mee=mee,
        ggd=ggd,
        streets=streets,
        regio=regio,
        kfmt=kfmt,
        dom=dom,
    )


CITIES = [
    city(
        "Zwolle",
        "Zwolle",
        (8011, 8043),
        "038",
        ["Holtenbroek", "Diezerpoort", "Assendorp", "Stadshagen", "Aa-landen", "Westenholte"],
        "Sociaal Wijkteam {w}",
        "team Schuldhulpverlening",
        "Zorg- en Veiligheidshuis IJsselland",
        "Veilig Thuis IJsselland",
        ["deltaWonen", "SWZ", "Openbaar Belang"],
        "Rechtbank Overijssel",
        "Zwolle",
        "C/08",
        ["Dimence", "Tactus Verslavingszorg", "Kwintes"],
        "Isala",
        "MEE IJsseloevers",
        "GGD IJsselland",
        [
            "Palestrinastraat",
            "Dobbestraat",
            "Kamperstraat",
            "Ruysdaelstraat",
            "Esdoornstraat",
            "Middelweg",
            "Bachlaan",
            "Holtenbroekerdijk",
        ],
        "nl",
        ["Z-{y}-######", "{Y}-0#####", "ZW/{Y}/#####"],
        "zwolle.nl",
    ),
    city(
        "Enschede",
        "Enschede",
        (7511, 7548),
        "053",
        [
            "Velve-Lindenhof",
            "Twekkelerveld",
            "Pathmos",
            "Wesselerbrink",
            "Deppenbroek",
            "Stroinkslanden",
        ],
        "Wijkteam {w}",
        "Stadsbank Oost Nederland",
        "Zorg- en Veiligheidshuis Twente",
        "Veilig Thuis Twente",
        ["Domijn", "De Woonplaats", "Ons Huis"],
        "Rechtbank Overijssel",
        "Almelo",
        "C/08",
        ["Mediant", "Tactus Verslavingszorg", "RIBW Groep Overijssel"],
        "MST",
        "MEE Twente",
        "GGD Twente",
        [
            "Lasondersingel",
            "Deurningerstraat",
            "Javastraat",
            "Lipperkerkstraat",
            "Kuipersdijk",
            "Haaksbergerstraat",
            "Boulevard 1945",
        ],
        "tw",
        ["{Y}.####.##", "SD/WMO/{y}/#####", "ENS-{y}-#####"],
        "enschede.nl",
    ),
    city(
        "Leeuwarden",
        "Leeuwarden",
        (8911, 8939),
        "058",
        [
            "Heechterp-Schieringen",
            "Vrijheidswijk",
            "Bilgaard",
            "Oranjewijk",
            "Camminghaburen",
            "Achter de Hoven",
        ],
        "Gebiedsteam {w}",
        "team Schuldhulp",
        "Veiligheidshuis Fryslân",
        "Veilig Thuis Fryslân",
        ["Elkien", "WoonFriesland", "Woonbedrijf SWZ"],
        "Rechtbank Noord-Nederland",
        "Leeuwarden",
        "C/17",
        ["GGZ Friesland", "VNN", "Zienn"],
        "MCL",
        "MEE Noord",
        "GGD Fryslân",
        [
            "Valeriusstraat",
            "Tesselschadestraat",
            "Camminghastraat",
            "Heliconweg",
            "Oostergrachtswal",
            "Aldlânsdyk",
            "Marshallweg",
        ],
        "fries",
        ["LWD-MO-{Y}-####", "#######", "{y}.LW.#####"],
        "leeuwarden.nl",
    ),
    city(
        "Heerlen",
        "Heerlen",
        (6411, 6446),
        "045",
        ["Heerlerheide", "Meezenbroek", "Hoensbroek", "Heksenberg", "Grasbroek", "Zeswegen"],
        "Sociaal Wijkteam {w}",
        "Kredietbank Limburg",
        "Zorg- en Veiligheidshuis Parkstad",
        "Veilig Thuis Zuid-Limburg",
        ["Weller", "Woonpunt", "Wonen Limburg"],
        "Rechtbank Limburg",
        "Maastricht",
        "C/03",
        ["Mondriaan", "Koraal", "Radar"],
        "Zuyderland",
        "MEE Zuid-Limburg",
        "GGD Zuid Limburg",
        [
            "Akerstraat",
            "Heerlerbaan",
            "Schandelerboord",
            "Kampstraat",
            "Pancratiusstraat",
            "Grasbroekerweg",
            "Ganzeweide",
        ],
        "limb",
        ["HRL/{Y}/######", "Z{y}-#####", "SDH-{Y}-####"],
        "heerlen.nl",
    ),
    city(
        "Almere",
        "Almere",
        (1311, 1363),
        "036",
        [
            "Almere Haven",
            "Muziekwijk",
            "Filmwijk",
            "Literatuurwijk",
            "Tussen de Vaarten",
            "Danswijk",
            "Stedenwijk",
        ],
        "Wijkteam {w}",
        "Schuldhulpverlening Almere",
        "Zorg- en Veiligheidshuis Flevoland",
        "Veilig Thuis Flevoland",
        ["De Alliantie", "Ymere", "Goede Stede"],
        "Rechtbank Midden-Nederland",
        "Lelystad",
        "C/16",
        ["GGZ Centraal", "Tactus Verslavingszorg", "Kwintes"],
        "Flevoziekenhuis",
        "MEE Utrecht, Gooi & Vecht",
        "GGD Flevoland",
        [
            "Tangostraat",
            "Walsstraat",
            "Mozartweg",
            "Multatuliweg",
            "Anne Frankstraat",
            "Marktmeesterstraat",
            "Ravelstraat",
        ],
        "nl",
        ["Z{Y}-#######", "AL/{y}/####", "400#####"],
        "almere.nl",
    ),
    city(
        "Breda",
        "Breda",
        (4811, 4841),
        "076",
        [
            "Hoge Vucht",
            "Noordoost",
            "Heuvel",
            "Tuinzigt",
            "Haagse Beemden",
            "Brabantpark",
            "Princenhage",
        ],
        "Zorg voor Elkaar Breda",
        "Schuldhulpverlening Breda",
        "Zorg- en Veiligheidshuis De Markiezaten",
        "Veilig Thuis West-Brabant",
        ["WonenBreburg", "Alwel", "Laurentius"],
        "Rechtbank Zeeland-West-Brabant",
        "Breda",
        "C/02",
        ["GGZ Breburg", "Novadic-Kentron", "Prisma"],
        "Amphia",
        "MEE Zuidwest-Nederland",
        "GGD West-Brabant",
        [
            "Haagweg",
            "Lunetstraat",
            "Tuinzigtlaan",
            "Doornboslaan",
            "Heuvelbrink",
            "Nieuwe Boschstraat",
            "Kesterenlaan",
        ],
        "nl",
        ["{y}BR.SD.####", "BR-{Y}-#####", "{Y}/SD/######"],
        "breda.nl",
    ),
    city(
        "Amersfoort",
        "Amersfoort",
        (3811, 3829),
        "033",
        ["Kruiskamp", "Liendert", "Schothorst", "Soesterkwartier", "Vathorst", "Randenbroek"],
        "Sociaal Wijkteam {w}",
        "Stadsring51",
        "Zorg- en Veiligheidshuis regio Utrecht",
        "Veilig Thuis regio Utrecht",
        ["Portaal", "Alliantie Eemvallei", "Omnia Wonen"],
        "Rechtbank Midden-Nederland",
        "Utrecht",
        "C/16",
        ["GGZ Centraal", "Kwintes", "Lister"],
        "Meander Medisch Centrum",
        "MEE Utrecht, Gooi & Vecht",
        "GGD regio Utrecht",
        [
            "Hooglandseweg",
            "Leusderweg",
            "Liendertseweg",
            "Schimmelpenninckkade",
            "Soesterweg",
            "Kruiskamp",
            "Noordewierweg",
        ],
        "nl",
        ["AMF-SHV-{y}-####", "Z/{y}/######", "{Y}-SWT-###"],
        "amersfoort.nl",
    ),
    city(
        "Zaandam",
        "Zaanstad",
        (1501, 1509),
        "075",
        ["Poelenburg", "Peldersveld", "Kogerveld", "Rosmolenwijk", "Zaandam-Oost", "Hoornseveld"],
        "Wijkteam {w}",
        "team Schuldhulpverlening Zaanstad",
        "Zorg- en Veiligheidshuis Zaanstreek-Waterland",
        "Veilig Thuis Zaanstreek-Waterland",
        ["Parteon", "Rochdale", "ZVH"],
        "Rechtbank Noord-Holland",
        "Zaandam",
        "C/15",
        ["GGZ Noord-Holland-Noord", "Brijder Verslavingszorg", "Leger des Heils"],
        "Zaans Medisch Centrum",
        "MEE & de Wering",
        "GGD Zaanstreek-Waterland",
        [
            "Marowijnestraat",
            "Westzanerdijk",
            "Vincent van Goghweg",
            "Rosmolenstraat",
            "Zilverschoonstraat",
            "Paltrokstraat",
        ],
        "nl",
        ["Z.{y}.#####", "ZS{Y}######", "{Y}-ZAA-####"],
        "zaanstad.nl",
    ),
    city(
        "Apeldoorn",
        "Apeldoorn",
        (7311, 7339),
        "055",
        ["Zevenhuizen", "De Maten", "Zuidbroek", "Kerschoten", "Osseveld", "Orden"],
        "Sociaal Wijkteam {w}",
        "Stadsbank Oost Nederland",
        "Zorg- en Veiligheidshuis Noord- en Oost-Gelderland",
        "Veilig Thuis Noord- en Oost-Gelderland",
        ["De Woonmensen", "Ons Huis", "Woonstichting Vryleve"],
        "Rechtbank Gelderland",
        "Zutphen",
        "C/05",
        ["GGNet", "Iriszorg", "Tactus Verslavingszorg"],
        "Gelre ziekenhuizen",
        "MEE Veluwe",
        "GGD Noord- en Oost-Gelderland",
        [
            "Loolaan",
            "Deventerstraat",
            "Asselsestraat",
            "Arnhemseweg",
            "Kayersdijk",
            "Anklaarseweg",
            "Laan van Osseveld",
        ],
        "nl",
        ["{Y}/#####/WMO", "APD-{y}-#####", "{y}.#####"],
        "apeldoorn.nl",
    ),
    city(
        "Arnhem",
        "Arnhem",
        (6811, 6846),
        "026",
        [
            "Presikhaaf",
            "Malburgen",
            "Klarendal",
            "Geitenkamp",
            "Het Arnhemse Broek",
            "Elderveld",
            "Immerloo",
        ],
        "Sociaal Wijkteam {w}",
        "Schuldhulpverlening Arnhem",
        "Zorg- en Veiligheidshuis Gelderland-Midden",
        "Veilig Thuis Gelderland-Midden",
        ["Vivare", "Volkshuisvesting Arnhem", "Portaal"],
        "Rechtbank Gelderland",
        "Arnhem",
        "C/05",
        ["Pro Persona", "Iriszorg", "RIBW Arnhem & Veluwe Vallei"],
        "Rijnstate",
        "MEE Gelderse Poort",
        "GGD Gelderland-Midden",
        [
            "Klarendalseweg",
            "Rosendaalseweg",
            "Hoefbladlaan",
            "Kronenburgsingel",
            "Hommelseweg",
            "Vlierstraat",
            "Slochterenweg",
        ],
        "nl",
        ["{y}-######/WZ", "ARN.{Y}.####", "{Y}-#####"],
        "arnhem.nl",
    ),
    city(
        "Deventer",
        "Deventer",
        (7411, 7431),
        "0570",
        ["Rivierenwijk", "Keizerslanden", "Voorstad", "Colmschate", "De Hoven", "Zandweerd"],
        "Sociaal Team {w}",
        "Stadsbank Oost Nederland",
        "Zorg- en Veiligheidshuis IJsselland",
        "Veilig Thuis IJsselland",
        ["Woonbedrijf ieder1", "Rentree", "Woonstichting Vechthorst"],
        "Rechtbank Overijssel",
        "Zwolle",
        "C/08",
        ["Dimence", "Tactus Verslavingszorg", "Iriszorg"],
        "Deventer Ziekenhuis",
        "MEE IJsseloevers",
        "GGD IJsselland",
        [
            "Rembrandtkade",
            "Boxbergerweg",
            "Snipperlingsdijk",
            "Verzetslaan",
            "Ceintuurbaan",
            "Amstelstraat",
            "Knutteldorp",
        ],
        "nl",
        ["{Y}-SD-#####", "DEV/{y}/####", "D{y}.#####"],
        "deventer.nl",
    ),
    city(
        "Venlo",
        "Venlo",
        (5911, 5928),
        "077",
        ["Venlo-Oost", "Blerick", "Tegelen", "Vossener", "Q4", "Hogekamp"],
        "Sociaal Wijkteam {w}",
        "Kredietbank Limburg",
        "Zorg- en Veiligheidshuis Limburg-Noord",
        "Veilig Thuis Limburg-Noord",
        ["Wonen Limburg", "Woonwenz", "Antares"],
        "Rechtbank Limburg",
        "Venlo",
        "C/03",
        ["Vincent van Gogh", "Novadic-Kentron", "Proteion"],
        "VieCuri",
        "MEE Limburg",
        "GGD Limburg-Noord",
        [
            "Kaldenkerkerweg",
            "Hogeweg",
            "Vossenerlaan",
            "Parade",
            "Tegelseweg",
            "Straelseweg",
            "Eindhovenseweg",
        ],
        "limb",
        ["VL{y}/####", "{Y}.VL.#####", "ZK{y}-######"],
        "venlo.nl",
    ),
    city(
        "Emmen",
        "Emmen",
        (7811, 7828),
        "0591",
        ["Bargeres", "Emmerhout", "Angelslo", "Emmermeer", "Rietlanden", "Delftlanden"],
        "Toegangsteam {w}",
        "GKB Drenthe",
        "Zorg- en Veiligheidshuis Drenthe",
        "Veilig Thuis Drenthe",
        ["Domesta", "Lefier", "Woonservice Drenthe"],
        "Rechtbank Noord-Nederland",
        "Assen",
        "C/19",
        ["GGZ Drenthe", "VNN", "Cosis"],
        "Treant",
        "MEE Drenthe",
        "GGD Drenthe",
        [
            "Hondsrugweg",
            "Angelsloërdijk",
            "Houtweg",
            "Kapelstraat",
            "Boslaan",
            "Noorderstraat",
            "Statenweg",
        ],
        "tw",
        ["{Y}-EM-#####", "EMN/{y}/######", "#######"],
        "emmen.nl",
    ),
    city(
        "Assen",
        "Assen",
        (9401, 9409),
        "0592",
        ["Pittelo", "Kloosterveen", "Lariks", "Assen-Oost", "Marsdijk", "Noorderpark"],
        "Wijkteam {w}",
        "GKB Drenthe",
        "Zorg- en Veiligheidshuis Drenthe",
        "Veilig Thuis Drenthe",
        ["Actium", "Woonconcept", "Lefier"],
        "Rechtbank Noord-Nederland",
        "Assen",
        "C/19",
        ["GGZ Drenthe", "VNN", "Cosis"],
        "Wilhelmina Ziekenhuis Assen",
        "MEE Drenthe",
        "GGD Drenthe",
        [
            "Vaart Zuidzijde",
            "Hoofdlaan",
            "Dr. Nassaulaan",
            "Pelikaanstraat",
            "Jan Fabriciusstraat",
            "Oranjestraat",
            "Witterstraat",
        ],
        "tw",
        ["SZ/{Y}/####", "AS-{y}-#####", "{Y}.####.A"],
        "assen.nl",
    ),
    city(
        "Ootmarsum",
        "Dinkelland",
        (7631, 7631),
        "0541",
        [],
        "Sociaal Team Dinkelland",
        "Stadsbank Oost Nederland",
        "Zorg- en Veiligheidshuis Twente",
        "Veilig Thuis Twente",
        ["Woonstichting Dinkelland", "Mijn Thuis"],
        "Rechtbank Overijssel",
        "Almelo",
        "C/08",
        ["Mediant", "Tactus Verslavingszorg", "Dimence"],
        "ZGT",
        "MEE Twente",
        "GGD Twente",
        ["Molenstraat", "Denekamperweg", "Kloosterstraat", "Grotestraat", "Almelosestraat"],
        "tw",
        ["DKL-{Y}-###", "{y}/DL/#####"],
        "dinkelland.nl",
    ),
    city(
        "Dokkum",
        "Noardeast-Fryslân",
        (9101, 9104),
        "0519",
        [],
        "Sociaal Team Noardeast-Fryslân",
        "team Schuldhulp",
        "Veiligheidshuis Fryslân",
        "Veilig Thuis Fryslân",
        ["Thús Wonen", "WoonFriesland"],
        "Rechtbank Noord-Nederland",
        "Leeuwarden",
        "C/17",
        ["GGZ Friesland", "VNN"],
        "Tjongerschans",
        "MEE Noord",
        "GGD Fryslân",
        ["Hoogstraat", "Oranjewal", "Harddraversdyk", "Birdaarderstraatweg", "Eanjumerdyk"],
        "fries",
        ["NEF/{Y}/#####", "{y}-NEF-####"],
        "noardeast-fryslan.nl",
    ),
    city(
        "Vaals",
        "Vaals",
        (6291, 6291),
        "043",
        [],
        "Sociaal Team Vaals",
        "Kredietbank Limburg",
        "Zorg- en Veiligheidshuis Zuid-Limburg",
        "Veilig Thuis Zuid-Limburg",
        ["Woonpunt", "Wonen Limburg"],
        "Rechtbank Limburg",
        "Maastricht",
        "C/03",
        ["Mondriaan", "Koraal"],
        "MUMC+",
        "MEE Zuid-Limburg",
        "GGD Zuid Limburg",
        ["Maastrichterlaan", "Kerkstraat", "Tentstraat", "Lemierserberg", "Vijlenstraat"],
        "limb",
        ["VLS-{Y}-####", "{Y}/######"],
        "vaals.nl",
    ),
    city(
        "Winschoten",
        "Oldambt",
        (9671, 9675),
        "0597",
        ["Oostwijk", "Rensel", "Tuinwijk"],
        "Sociaal Team Oldambt",
        "Kredietbank Oldambt",
        "Zorg- en Veiligheidshuis Groningen",
        "Veilig Thuis Groningen",
        ["Acantus", "Woonzorg Nederland"],
        "Rechtbank Noord-Nederland",
        "Groningen",
        "C/18",
        ["Lentis", "VNN"],
        "Ommelander Ziekenhuis",
        "MEE Groningen",
        "GGD Groningen",
        ["Blijhamsterstraat", "Langestraat", "Bovenburen", "Venne", "Vissersweg"],
        "tw",
        ["OLD/{y}/#####", "{Y}-ODB-####"],
        "gemeente-oldambt.nl",
    ),
    city(
        "Tiel",
        "Tiel",
        (4001, 4009),
        "0344",
        ["Passewaaij", "Tiel-Oost", "Tiel-West", "Westroijen"],
        "Sociaal Team Tiel",
        "Plangroep",
        "Zorg- en Veiligheidshuis Gelderland-Zuid",
        "Veilig Thuis Gelderland-Zuid",
        ["KleurrijkWonen", "Thius"],
        "Rechtbank Gelderland",
        "Tiel",
        "C/05",
        ["Pro Persona", "IrisZorg"],
        "Ziekenhuis Rivierenland",
        "MEE Gelderse Poort",
        "GGD Gelderland-Zuid",
        [
            "Stationsstraat",
            "Westluidensestraat",
            "Passewaaijse Hogeweg",
            "Hoveniersweg",
            "Sint Walburgstraat",
        ],
        "nl",
        ["TL{Y}-#####", "{y}.TIEL.####"],
        "tiel.nl",
    ),
]
CITY_WEIGHTS = [9, 9, 8, 8, 9, 8, 8, 7, 7, 8, 7, 7, 6, 6, 3, 3, 3, 3, 3]

# ---------------------------------------------------------------- generators
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
MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "RBRB", "KNAB", "BUNQ"]
PROVIDERS = [
    "hotmail.com",
    "gmail.com",
    "live.nl",
    "ziggo.nl",
    "outlook.com",
    "home.nl",
    "hetnet.nl",
    "xs4all.nl",
    "icloud.com",
    "upcmail.nl",
    "yahoo.com",
    "hotmail.nl",
    "casema.nl",
    "kpnplanet.nl",
]

REL_G = {
    "dochter": "v",
    "zoon": "m",
    "zus": "v",
    "broer": "m",
    "buurvrouw": "v",
    "buurman": "m",
    "vriendin": "v",
    "vriend": "m",
    "moeder": "v",
    "vader": "m",
    "nicht": "v",
    "neef": "m",
    "schoondochter": "v",
    "schoonzoon": "m",
    "oom": "m",
    "tante": "v",
    "echtgenote": "v",
    "echtgenoot": "m",
    "zwager": "m",
    "schoonzus": "v",
    "kleindochter": "v",
    "kleinzoon": "m",
    "bovenbuurman": "m",
    "overbuurvrouw": "v",
    "stiefvader": "m",
    "pleegmoeder": "v",
}
BLOOD = {
    "dochter",
    "zoon",
    "zus",
    "broer",
    "moeder",
    "vader",
    "oom",
    "tante",
    "kleindochter",
    "kleinzoon",
    "neef",
    "nicht",
}

BIRTHPLACES = {
    "nl": ["Zwolle", "Kampen", "Utrecht", "Rotterdam", "Enschede", "Almere", "Breda"],
    "fries": ["Leeuwarden", "Sneek", "Drachten", "Dokkum"],
    "limb": ["Heerlen", "Kerkrade", "Venlo", "Roermond", "Maastricht"],
    "tw": ["Enschede", "Hengelo", "Almelo", "Emmen", "Assen"],
    "mar": ["Nador", "Casablanca", "Tanger", "Al Hoceima"],
    "tur": ["Ankara", "Konya", "Kayseri", "Istanbul"],
    "sur": ["Paramaribo", "Nickerie"],
    "ant": ["Willemstad", "Oranjestad"],
    "cv": ["Praia", "Mindelo"],
    "pl": ["Kraków", "Wrocław", "Łódź"],
    "bg": ["Sofia", "Plovdiv"],
    "ro": ["Iași", "Constanța"],
    "syr": ["Damascus", "Aleppo", "Homs"],
    "eri": ["Asmara", "Keren"],
    "som": ["Mogadishu", "Hargeisa"],
    "afg": ["Kabul", "Herat"],
    "chi": ["Wenzhou", "Hongkong"],
    "gha": ["Accra", "Kumasi"],
    "mol": ["Vught", "Ambon", "Lunetten"],
}

REGIONAL = {"nl": "nl", "fries": "fries", "limb": "limb", "tw": "tw"}
ORIGIN_W = [
    ("mar", 9),
    ("tur", 9),
    ("sur", 6),
    ("ant", 4),
    ("cv", 2),
    ("pl", 4),
    ("bg", 3),
    ("ro", 3),
    ("syr", 5),
    ("eri", 4),
    ("som", 3),
    ("afg", 3),
    ("chi", 2),
    ("gha", 2),
    ("mol", 2),
]


def gender_sur(sur, g, origin):
    if origin == "pl":
        if g == "m":
            for a, b in (("ska", "ski"), ("cka", "cki")):
                if sur.endswith(a):
                    return sur[:-3] + b
        else:
            for a, b in (("ski", "ska"), ("cki", "cka")):
                if sur.endswith(a):
                    return sur[:-3] + b
    if origin == "bg":
        if g == "v" and (sur.endswith("ov") or sur.endswith("ev")):
            return sur + "a"
        if g == "m" and (sur.endswith("ova") or sur.endswith("eva")):
            return sur[:-1]
    return sur


def bizday(d):
    wd = d.weekday()
    return d + _dt.timedelta(days=(7 - wd) if wd >= 5 else 0)


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def bsn_digits(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            d.append(c)
            return "".join(map(str, d))


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_make(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    raw = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in raw)
    chk = 98 - int(num) % 97
    return "NL%02d%s%s" % (chk, bank, acct)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    raw = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in raw)) % 97 == 1


class Gen:
    def __init__(self, r, C):
        self.r = r
        self.C = C
        self.used = set()
        y = r.choice([2023, 2023, 2024, 2024, 2024, 2025])
        start = _dt.date(y, 1, 3)
        self.d0 = bizday(start + _dt.timedelta(days=r.randint(0, 340 if y < 2025 else 160)))

    # -- misc
    def ch(self, seq):
        return self.r.choice(seq)

    def maybe(self, p=0.5):
        return self.r.random() < p

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def fill(self, pat, year=None):
        year = year or self.d0.year
        out = pat.replace("{Y}", str(year)).replace("{y}", str(year)[2:])
        return "".join(str(self.r.randint(0, 9)) if c == "#" else c for c in out)

    # -- people
    def person(self, g=None, origin=None):
        r = self.r
        if origin is None:
            reg = REGIONAL[self.C["regio"]]
            x = r.random()
            if x < 0.30:
                origin = "nl"
            elif x < 0.45:
                origin = reg
            else:
                origin = wchoice(r, ORIGIN_W)
        g = g or r.choice("mv")
        fm, ff, sur = NAMES[origin]
        for _ in range(20):
            first = r.choice(fm if g == "m" else ff)
            last = r.choice(sur)
            if (first, last) not in self.used and last not in [u[1] for u in self.used]:
                break
        last = gender_sur(last, g, origin)
        self.used.add((first, last))
        second = None
        if origin in ("nl", "fries", "limb", "tw") and r.random() < 0.35:
            second = (
                r.choice(
                    [
                        "Maria",
                        "Johanna",
                        "Hendrik",
                        "Willem",
                        "Geertruida",
                        "Jacobus",
                        "Anna",
                        "Petronella",
                        "Johannes",
                        "Cornelis",
                    ]
                )
                if True
                else None
            )
            if g == "m" and second in ("Maria", "Johanna", "Geertruida", "Anna", "Petronella"):
                second = r.choice(["Hendrik", "Willem", "Jacobus", "Johannes", "Cornelis", "Maria"])
            if g == "v" and second in ("Hendrik", "Willem", "Jacobus", "Johannes", "Cornelis"):
                second = r.choice(["Maria", "Johanna", "Anna", "Petronella"])
        if g == "v" and origin in ("nl", "fries", "limb", "tw", "tur") and r.random() < 0.18:
            _, _, sur2 = NAMES[origin]
            other = r.choice(sur2)
            if other != last:
                last = last + "-" + other
        return Person(first, last, g, second, origin)

    def prof(self, g=None):
        return self.person(g=g)

    def relative(self, of, kinds):
        """returns (relation word, Person) with matching gender; blood relatives often share the surname"""
        word = self.ch(kinds)
        gg = REL_G.get(word) or self.r.choice("mv")
        if word in BLOOD and (word in ("broer", "zus", "vader", "oom") or self.maybe(0.6)):
            fm, ff, _ = NAMES[of.origin]
            first = self.r.choice(
                [x for x in (fm if gg == "m" else ff) if x != of.first] or (fm if gg == "m" else ff)
            )
            sur = of.sur.split("-")[0] if (of.g == "v" and "-" in of.sur) else of.sur
            return word, Person(first, gender_sur(sur, gg, of.origin), gg, None, of.origin)
        return word, self.person(
            g=gg, origin=of.origin if (word in BLOOD or self.maybe(0.6)) else None
        )

    def child_of(self, parent):
        return self.relative(parent, ["zoon", "dochter"])[1]

    # -- dates
    def date(self, back=0, fwd=0):
        return (
            self.d0 + _dt.timedelta(days=self.r.randint(-back, fwd)) if (back or fwd) else self.d0
        )

    def bday(self, lo=1940, hi=2004):
        return _dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def D(self, d, style=None, shift=True):
        if shift and d.year >= 2021:
            d = bizday(d)
        if style is None:
            style = self.ch(
                ["long", "long", "num", "num", "short", "slash", "dot", "abbr", "long_wd"]
            )
        dd, mm, yy = d.day, d.month, d.year
        if style == "long":
            t = "%d %s %d" % (dd, MONTHS[mm - 1], yy)
        elif style == "long_wd":
            t = "%s %d %s %d" % (WEEKDAYS[d.weekday()], dd, MONTHS[mm - 1], yy)
        elif style == "dm":
            t = "%d %s" % (dd, MONTHS[mm - 1])
        elif style == "wd_dm":
            t = "%s %d %s" % (WEEKDAYS[d.weekday()], dd, MONTHS[mm - 1])
        elif style == "num":
            t = "%02d-%02d-%d" % (dd, mm, yy)
        elif style == "short":
            t = "%d-%d-%d" % (dd, mm, yy)
        elif style == "yy":
            t = "%d-%d-'%02d" % (dd, mm, yy % 100)
        elif style == "slash":
            t = "%02d/%02d/%d" % (dd, mm, yy)
        elif style == "slashyy":
            t = "%d/%d/%02d" % (dd, mm, yy % 100)
        elif style == "dot":
            t = "%02d.%02d.%d" % (dd, mm, yy)
        elif style == "iso":
            t = "%d-%02d-%02d" % (yy, mm, dd)
        elif style == "abbr":
            t = "%d %s. %d" % (dd, MON_ABBR[mm - 1], yy)
        elif style == "abbr_nodot":
            t = "%d %s %d" % (dd, MON_ABBR[mm - 1], yy)
        elif style == "abbr_yy":
            t = "%d %s '%02d" % (dd, MON_ABBR[mm - 1], yy % 100)
        elif style == "dm_num":
            t = "%d-%d" % (dd, mm)
        else:
            raise ValueError(style)
        return S("date", t)

    def month_year(self, d):
        return "%s %d" % (MONTHS[d.month - 1], d.year)

    # -- contact
    def phone(self, kind=None, style=None):
        r = self.r
        kind = kind or r.choice(["mob", "mob", "mob", "land"])
        if kind == "mob":
            n = "6" + str(r.randint(1, 5)) + self.digits(7)
            style = style or r.choice(["a", "a", "b", "c", "d", "e", "f", "g", "h"])
            t = {
                "a": "0%s-%s" % (n[:1], n[1:]),
                "b": "0%s %s" % (n[:1], n[1:]),
                "c": "0%s - %s %s" % (n[:1], n[1:5], n[5:]),
                "d": "0%s-%s %s" % (n[:1], n[1:5], n[5:]),
                "e": "0%s %s %s %s %s" % (n[:1], n[1:3], n[3:5], n[5:7], n[7:]),
                "f": "+31 %s %s %s" % (n[:1], n[1:5], n[5:]),
                "g": "+31 (0)%s %s" % (n[:1], n[1:]),
                "h": "0031%s" % n,
            }[style]
        else:
            a = self.C["area"]
            loc_len = 10 - len(a)
            loc = str(r.randint(2, 9)) + self.digits(loc_len - 1)
            style = style or r.choice(["a", "b", "c", "d", "e"])
            if len(a) == 3:
                t = {
                    "a": "%s-%s" % (a, loc),
                    "b": "%s - %s %s %s" % (a, loc[:3], loc[3:5], loc[5:]),
                    "c": "(%s) %s %s" % (a, loc[:3], loc[3:]),
                    "d": "%s %s %s %s" % (a, loc[:3], loc[3:5], loc[5:]),
                    "e": "+31 %s %s %s" % (a[1:], loc[:3], loc[3:]),
                }[style]
            else:
                t = {
                    "a": "%s-%s" % (a, loc),
                    "b": "%s - %s %s %s" % (a, loc[:2], loc[2:4], loc[4:]),
                    "c": "(%s) %s %s %s" % (a, loc[:2], loc[2:4], loc[4:]),
                    "d": "%s %s" % (a, loc),
                    "e": "+31 %s %s" % (a[1:], loc),
                }[style]
        return S("phone", t)

    def email(self, p, pro=None):
        r = self.r
        first = asciify(p.first.lower().replace(" ", ""))
        sur = asciify(p.sur.lower().replace(" ", "").replace("-", ""))
        if pro:
            dom = pro
            t = r.choice(
                [
                    "%s.%s@%s" % (first[0], sur, dom),
                    "%s.%s@%s" % (first, sur, dom),
                    "%s%s@%s" % (first[0], sur, dom),
                ]
            )
        else:
            t = r.choice(
                [
                    "%s.%s@%s" % (first, sur, r.choice(PROVIDERS)),
                    "%s%s%d@%s" % (first, sur[:4], r.randint(1, 99), r.choice(PROVIDERS)),
                    "%s_%s@%s" % (first, sur, r.choice(PROVIDERS)),
                    "%s%s@%s" % (first[0], sur, r.choice(PROVIDERS)),
                    "%s.%s%d@%s" % (sur, first, r.randint(60, 99), r.choice(PROVIDERS)),
                ]
            )
        return S("email", t)

    def house(self):
        r = self.r
        n = r.randint(1, 260)
        suf = r.choice(
            [
                "",
                "",
                "",
                "",
                "",
                "a",
                "A",
                "B",
                "-hs",
                "-II",
                "-2",
                " bis",
                "-1",
                " III",
                "C",
                "-3",
                "/1",
            ]
        )
        return "%d%s" % (n, suf)

    def addr(self, street=None):
        street = street or self.ch(self.C["streets"])
        return S("address", "%s %s" % (street, self.house()))

    def pc(self, style=None):
        r = self.r
        lo, hi = self.C["pc"]
        n = r.randint(lo, hi)
        l1 = r.choice(PC_LETTERS)
        l2 = r.choice(PC_LETTERS)
        if l1 + l2 in ("SA", "SD", "SS"):
            l2 = "K"
        style = style or r.choice([" ", " ", " ", ""])
        return S("postcode", "%d%s%s%s" % (n, style, l1, l2))

    def full_addr(self, sep=", "):
        return (
            self.addr() + sep + self.pc() + " " + self.C["name"].upper()
            if self.maybe(0.1)
            else self.addr() + sep + self.pc() + " " + self.C["name"]
        )

    def bsn(self, style=None):
        b = bsn_digits(self.r)
        style = style or self.ch(["plain", "plain", "dots", "spaces", "dots3"])
        t = {
            "plain": b,
            "dots": "%s.%s.%s" % (b[:4], b[4:6], b[6:]),
            "spaces": "%s %s %s" % (b[:3], b[3:6], b[6:]),
            "dots3": "%s.%s.%s" % (b[:3], b[3:6], b[6:]),
        }[style]
        return S("bsn", t)

    def iban(self, style=None):
        i = iban_make(self.r)
        style = style or self.ch(["sp", "sp", "plain", "sp"])
        if style == "sp":
            t = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
        else:
            t = i
        return S("iban", t)

    # -- organisations / context
    def wijk(self):
        w = self.C["wijken"]
        return K("wijk", self.ch(w)) if w else None

    def team(self, w=None):
        t = self.C["team"]
        if "{w}" in t:
            if w is None:
                w = self.ch(self.C["wijken"])
            return ORG(t.replace("{w}", w))
        return ORG(t)

    def gemeente(self, cap=True):
        return ORG(("Gemeente " if cap else "gemeente ") + self.C["gemeente"])

    def kenmerk(self):
        return DOS(self.fill(self.ch(self.C["kfmt"])))

    def corp(self):
        return self.ch(self.C["corps"])

    def ggz(self):
        return self.ch(self.C["ggz"])

    def court_nr(self, kind="bewind"):
        y = str(self.d0.year)[2:]
        if kind == "bewind":
            t = self.ch(
                [
                    "%s \\ BM VERZ %s-%s" % (self.digits(8), y, self.digits(4)),
                    "%s/%s / BM RK %s-%s" % (self.C["rbc"], self.digits(6), y, self.digits(3)),
                    "%s OB VERZ %s-%s" % (self.digits(8), y, self.digits(4)),
                    "%s / %s BM VERZ %s-%s" % (self.C["rbc"], self.digits(7), y, self.digits(4)),
                ]
            )
        elif kind == "mentor":
            t = self.ch(
                [
                    "%s \\ ME VERZ %s-%s" % (self.digits(8), y, self.digits(4)),
                    "%s ME VERZ %s-%s" % (self.digits(8), y, self.digits(3)),
                    "%s/%s / ME RK %s-%s" % (self.C["rbc"], self.digits(6), y, self.digits(3)),
                ]
            )
        elif kind == "ft":
            t = self.ch(
                [
                    "%s/%s/%s R" % (self.C["rbc"], y, self.digits(3)),
                    "%s/%s / FT RK %s/%s" % (self.C["rbc"], self.digits(6), y, self.digits(3)),
                    "%s/%s/%s F" % (self.C["rbc"], y, self.digits(3)),
                ]
            )
        else:
            t = "%s/%s / FA RK %s-%s" % (self.C["rbc"], self.digits(6), y, self.digits(4))
        return DOS(t)

    def zvh_nr(self):
        y = str(self.d0.year)
        ab = self.C["name"][:3].upper()
        return DOS(
            self.ch(
                [
                    "ZVH-%s-%s" % (y, self.digits(4)),
                    "%s-%s-%s" % (ab, y[2:], self.digits(4)),
                    "%s/%s/%s" % (y[2:], ab, self.digits(4)),
                    "VH.%s.%s" % (y, self.digits(3)),
                    "Z%s-%s" % (y[2:], self.digits(5)),
                ]
            )
        )

    def vt_nr(self):
        y = str(self.d0.year)
        return DOS(
            self.ch(
                [
                    "VT-%s-%s" % (y, self.digits(6)),
                    "M%s-%s" % (y[2:], self.digits(5)),
                    "%s.%s" % (y, self.digits(6)),
                    "VT%s/%s" % (y[2:], self.digits(4)),
                ]
            )
        )


def sign_block(g, p, role, org, contact=True, closing=None, dom=None):
    closing = closing or g.ch(
        [
            "Met vriendelijke groet,",
            "Met vriendelijke groet,",
            "Hoogachtend,",
            "Met collegiale groet,",
            "Vriendelijke groet,",
        ]
    )
    if closing == "client":
        closing = g.ch(["Met vriendelijke groet,", "Met vriendelijke groet,", "Hoogachtend,"])
    lines = [closing, ""]
    if g.maybe(0.35):
        lines.append(
            "%s (%s) %s" % (S("person", p.inits), S("person", p.first), S("person", p.sur))
        )
    else:
        lines.append(PN(p, g.ch(["full", "formal", "full"])))
    lines.append("%s, %s" % (ROLE(role), org) if g.maybe(0.6) else ROLE(role) + "\n" + org)
    if contact:
        c = []
        if g.maybe(0.85):
            kind = g.ch(["mob", "mob", "land"])
            c.append(
                (
                    g.ch(["T ", "Tel. ", "Telefoon: ", "M ", "Mobiel: ", "tel "])
                    if kind == "mob"
                    else g.ch(["T ", "Tel. ", "Telefoon: ", "tel ", "Direct: "])
                )
                + g.phone(kind)
            )
        if g.maybe(0.6):
            c.append(g.ch(["E ", "E-mail: ", "Mail: ", ""]) + g.email(p, dom or g.C["dom"]))
        if c:
            lines.append(g.ch(["\n", " | "]).join(c))
        if g.maybe(0.25):
            lines.append(
                g.ch(
                    [
                        "Aanwezig ma, di en do.",
                        "Werkdagen: maandag t/m donderdag",
                        "Niet aanwezig op woensdag.",
                        "Bereikbaar tussen 9.00 en 12.30 uur.",
                    ]
                )
            )
    return "\n".join(lines)


def cc_line(g, items):
    lead = g.ch(["c.c.:", "cc:", "Afschrift aan:", "Kopie aan:", "In kopie:"])
    sep = g.ch(["; ", ", ", "\n- "])
    if sep == "\n- ":
        return lead + "\n- " + "\n- ".join(items)
    return lead + " " + sep.join(items)


CC_ROLES = [
    ("huisarts", None),
    ("POH-GGZ", None),
    ("wijkverpleegkundige", None),
    ("bewindvoerder", None),
    ("mentor", None),
    ("casusregisseur", "team"),
    ("woonconsulent", "corp"),
    ("consulent schuldhulpverlening", "shv"),
    ("SPV", "ggz"),
    ("wijkagent", None),
    ("Wmo-consulent", "gem"),
    ("jeugdconsulent", "gem"),
    ("ambulant begeleider", "ggz"),
    ("MEE-consulent", "mee"),
]


def cc_people(g, n, extra=None):
    items = []
    for role, orgk in g.r.sample(CC_ROLES, n):
        p = g.prof()
        org = {
            "team": g.team(),
            "corp": ORG(g.corp()),
            "shv": shv_org(g),
            "ggz": ORG(g.ggz()),
            "gem": g.gemeente(),
            "mee": ORG(g.C["mee"]),
            None: None,
        }[orgk]
        style = g.r.randint(0, 4)
        title = g.ch(
            [
                TT(p, "short") + " ",
                TT(p, "long") + " ",
                "",
                g.ch(["drs. ", "mr. ", "dr. "])
                if role in ("huisarts", "bewindvoerder", "mentor")
                else "",
            ]
        )
        if style == 0:
            items.append(
                "%s%s, %s%s" % (title, PN(p, "formal"), ROLE(role), (" " + org) if org else "")
            )
        elif style == 1:
            items.append("%s (%s%s)" % (PN(p, "full"), ROLE(role), (", " + org) if org else ""))
        elif style == 2:
            items.append(
                "%s %s%s" % (ROLE(role), PN(p, "formal"), (" (" + org + ")") if org else "")
            )
        elif style == 3:
            items.append(
                "%s%s" % (title, PN(p, "fi_last")) + (" – " + org if org else " – " + ROLE(role))
            )
        else:
            items.append("%s, %s" % (PN(p, "full"), ROLE(role)))
    if extra:
        items += extra
    if g.maybe(0.4):
        items.append(g.ch(["dossier", "cliënt", "archief", "betrokkene"]))
    return cc_line(g, items)


# ================================================================ templates A: referrals, debt help
def in_wijk(g, pre=" in "):
    w = g.wijk()
    return (pre + w) if w else ""


def t_verwijs_ggz(g):
    C = g.C
    cl = g.person()
    prof = g.prof()
    ha = g.prof()
    relw, rel = g.relative(
        cl, ["zus", "broer", "dochter", "zoon", "buurvrouw", "vriendin", "neef", "moeder"]
    )
    ggz = g.ggz()
    bd = g.bday(1955, 1998)
    role = g.ch(
        [
            "maatschappelijk werker",
            "casusregisseur",
            "wijkverpleegkundige",
            "sociaal werker",
            "ambulant begeleider",
        ]
    )
    team = g.team()
    head = "%s\n%s\n\n%s, %s\nOns kenmerk: %s\nBetreft: aanmelding %s %s (geb. %s)" % (
        team,
        g.gemeente(),
        C["name"],
        g.D(g.d0, "long"),
        g.kenmerk(),
        TT(cl),
        PN(cl, "formal"),
        g.D(bd, g.ch(["num", "short", "dot"])),
    )
    body = (
        "Geachte collega's van %s,\n\nHierbij melden wij %s %s aan voor een intake. %s woont sinds %d alleen%s en is bij ons team bekend sinds %s. "
        "Er is sprake van somberheid, slecht slapen en oplopende schulden; %s komt nauwelijks nog buiten. %s"
        "De %s, %s, heeft %s een verwijzing gestuurd (bijgevoegd)."
    ) % (
        ORG(ggz),
        TT(cl),
        PN(cl, "last"),
        cap_sur(cl.zij()),
        g.d0.year - g.r.randint(2, 9),
        in_wijk(g),
        g.month_year(g.d0 - _dt.timedelta(days=g.r.randint(60, 300))),
        cl.zij(),
        g.ch(
            [
                "",
                "",
                "Sinds de dood van %s %s in de winter is het snel bergafwaarts gegaan. "
                % (cl.haar(), g.ch(["moeder", "vader", "hond", "partner"])),
                "%s %s maakt zich grote zorgen. " % (cap_sur(relw), PN(rel, "first")),
            ]
        ),
        ROLE("huisarts"),
        PN(ha, "formal"),
        g.ch(
            [
                "op "
                + g.D(g.d0 - _dt.timedelta(days=g.r.randint(2, 20)), g.ch(["num", "long", "dm"])),
                "vorige week",
                "inmiddels",
            ]
        ),
    )
    pers = "\n\nPersonalia\nNaam: %s, %s\nAdres: %s\nTelefoon: %s\nBSN: %s" % (
        PN(cl, "last"),
        PN(cl, "given"),
        g.full_addr(),
        g.phone("mob"),
        g.bsn(),
    )
    extra = ""
    if g.maybe(0.7):
        extra = "\nContactpersoon: %s (%s), %s" % (
            PN(rel, g.ch(["first", "full", "full"])),
            relw,
            g.phone(),
        )
    toest = "\n\n%s heeft schriftelijk toestemming gegeven voor deze aanmelding." % g.ch(
        ["Cliënt", "Client", "Betrokkene"]
    )
    cc = ("\n\n" + cc_people(g, g.r.randint(1, 3))) if g.maybe(0.6) else ""
    return (
        head + "\n\n" + body + pers + extra + toest + "\n\n" + sign_block(g, prof, role, team) + cc
    )


def t_warme_overdracht_shv(g):
    C = g.C
    cl = g.person()
    partner = g.person(g="v" if cl.g == "m" else "m", origin=None) if g.maybe(0.5) else None
    prof = g.prof()
    shvprof = g.prof()
    team = g.team()
    kids = g.r.randint(0, 4)
    lines = [
        "OVERDRACHTSFORMULIER SCHULDHULPVERLENING",
        "Van: %s (%s)" % (team, PN(prof, "full")),
        "Aan: %s, t.a.v. %s" % (ORG(C["shv"]), PN(shvprof, g.ch(["formal", "full", "fi_last"]))),
        "Datum overdracht: %s" % g.D(g.d0, g.ch(["num", "slash", "long"])),
        "",
        "Aanvrager: %s %s" % (TT(cl, "cap"), PN(cl, "fullgiven")),
        "Geboortedatum: %s" % g.D(g.bday(1960, 2002), g.ch(["num", "short", "slash"])),
    ]
    if partner:
        lines.append(
            "Partner: %s (%s)"
            % (PN(partner, "full"), g.ch(["gehuwd", "samenwonend", "geregistreerd partner"]))
        )
    if kids and g.maybe(0.6):
        ks = [g.child_of(cl) for _ in range(kids)]
        lines.append(
            "Thuiswonende kinderen: %s"
            % ", ".join(
                "%s (%d)" % (PN(k, "first"), a)
                for k, a in zip(ks, sorted(g.r.sample(range(1, 18), kids), reverse=True))
            )
        )
    else:
        lines.append(
            "Thuiswonende kinderen: %d%s"
            % (
                kids,
                (
                    " (leeftijden %s)"
                    % ", ".join(
                        str(a) for a in sorted(g.r.sample(range(1, 18), kids), reverse=True)
                    )
                )
                if kids
                else "",
            )
        )
    lines.append("Adres: %s" % g.full_addr())
    lines.append("Tel.: %s   E-mail: %s" % (g.phone("mob"), g.email(cl)))
    lines.append("")
    lines.append(
        (
            "Reden aanmelding: %s. Totale schuldenlast geschat op €%d.%03d, circa %d schuldeisers. %s"
            % (
                g.ch(
                    [
                        "huurachterstand en dreigende ontruiming",
                        "beslag op loon door %s"
                        % ORG(g.ch(["CJIB", "Belastingdienst", "Flanderijn", "GGN"])),
                        "terugvordering kinderopvangtoeslag",
                        "afsluiting energie dreigt",
                    ]
                ),
                g.r.randint(4, 48),
                g.r.randint(0, 999),
                g.r.randint(3, 17),
                g.ch(
                    [
                        "Administratie is op orde gebracht met hulp van een vrijwilliger van %s."
                        % ORG("SchuldHulpMaatje"),
                        "Post wordt niet geopend; er ligt een doos met ongeopende brieven.",
                        "Inkomen uit %s; vaste lasten worden nu via %s betaald."
                        % (
                            ORG(g.ch(["Participatiewet", "UWV", "WIA-uitkering"])),
                            ORG("budgetbeheer"),
                        ),
                        "",
                    ]
                ),
            )
        ).rstrip()
    )
    lines.append(
        "Afspraken: eerste gesprek op %s om %s uur%s."
        % (
            g.D(
                g.d0 + _dt.timedelta(days=g.r.randint(5, 20)),
                g.ch(["wd_dm", "dm", "num", "long_wd"]),
            ),
            g.ch(["9.30", "10.00", "13.30", "14.15"]),
            g.ch(
                [
                    " in het wijkcentrum",
                    ", %s gaat mee" % PN(prof, "first"),
                    " bij %s thuis" % ("mevrouw" if cl.g == "v" else "meneer"),
                    "",
                ]
            ),
        )
    )
    return "\n".join(lines)


DEBT_ORGS = [
    "Belastingdienst/Toeslagen",
    "CJIB",
    "DUO",
    "Vattenfall",
    "Ziggo",
    "Intrum",
    "Lowell",
    "Flanderijn",
    "GGN",
    "Wehkamp",
    "Vitens",
    "Essent",
    "Zilveren Kruis",
    "CZ",
    "VGZ",
    "Menzis",
    "Odido",
    "Eneco",
    "Budget Energie",
    "Klarna",
    "Riverty",
    "Coeo Incasso",
    "Hoist Finance",
    "Vesting Finance",
    "KPN",
]


def debt_ref(g, org):
    if org == "CJIB":
        return "%s %s %s %s" % (g.digits(4), g.digits(4), g.digits(4), g.digits(4))
    if org == "Belastingdienst/Toeslagen":
        return "%s.%s.%s.T.%s" % (
            g.digits(4),
            g.digits(2),
            g.digits(3),
            g.ch(["01", "02", "22", "23"]),
        )
    if org == "DUO":
        return "SF-%s" % g.digits(8)
    if org in ("Zilveren Kruis", "CZ", "VGZ", "Menzis"):
        return g.digits(9)  # relation numbers of 9 digits (not BSNs)
    return g.ch(
        [
            "%s.%s.%s" % (g.digits(1), g.digits(3), g.digits(3)),
            "%s-%s" % (g.digits(6), g.digits(2)),
            "D%s" % g.digits(7),
            g.digits(10),
            "%s/%s" % (g.digits(5), g.digits(3)),
        ]
    )


def debt_table(g, n, with_refs=True):
    orgs = g.r.sample(DEBT_ORGS, n)
    rows = []
    style = g.ch(["pipe", "tab", "space"])
    if style == "pipe":
        rows.append("| Schuldeiser | Kenmerk | Saldo |")
        rows.append("|---|---|---|")
    elif style == "tab":
        rows.append("Schuldeiser\tKenmerk\tBedrag")
    else:
        rows.append("Schuldeiser                 kenmerk                  bedrag")
    total = 0
    for o in orgs:
        amt = g.r.randint(45, 9800) + g.r.randint(0, 99) / 100
        total += amt
        a = ("€ %.2f" % amt).replace(".", ",")
        ref = DOS(debt_ref(g, o)) if with_refs else "onbekend"
        if style == "pipe":
            rows.append("| %s | %s | %s |" % (ORG(o), ref, a))
        elif style == "tab":
            rows.append("%s\t%s\t%s" % (ORG(o), ref, a))
        else:
            rows.append("%s   %s   %s" % (ORG(o), ref, a))
    tot = ("€ %.2f" % total).replace(".", ",")
    rows.append(
        ("| Totaal | | %s |" % tot)
        if style == "pipe"
        else ("Totaal\t\t%s" % tot if style == "tab" else "Totaal   %s" % tot)
    )
    return "\n".join(rows)


def t_aanmeld_shv(g):
    C = g.C
    cl = g.person()
    prt = (
        g.person(g="v" if cl.g == "m" else "m", origin=cl.origin if g.maybe(0.6) else None)
        if g.maybe(0.55)
        else None
    )
    intaker = g.prof()
    verw = g.prof()
    hdr = (
        "%s – %s\nAANMELDFORMULIER SCHULDHULPVERLENING\nDossiernummer: %s     Datum intake: %s\nIntaker: %s     Verwezen door: %s (%s)"
        % (
            g.gemeente(),
            shv_org(g),
            DOS(g.fill(g.ch(["SHV-{Y}-####", "SH{y}-#####", "{Y}/SHV/###", "S-{y}.####"]))),
            g.D(g.d0, g.ch(["num", "slash", "iso"])),
            PN(intaker, g.ch(["full", "fi_last"])),
            PN(verw, g.ch(["full", "formal"])),
            g.ch([g.team(), ORG(g.corp()), ROLE("huisarts"), ORG("Humanitas")]),
        )
    )
    f = [
        "",
        "1. Persoonsgegevens aanvrager",
        "Achternaam: %s" % (PN(cl, "upper") if g.maybe(0.3) else PN(cl, "last")),
        "Voornamen: %s" % PN(cl, "given"),
        "Geboortedatum: %s      BSN: %s"
        % (g.D(g.bday(1950, 2003), g.ch(["num", "short", "dot"])), g.bsn()),
        "Adres: %s" % g.addr(),
        "Postcode/woonplaats: %s %s" % (g.pc(), C["name"]),
        "Telefoon: %s" % g.phone("mob"),
        "E-mail: %s" % g.email(cl),
    ]
    if prt:
        f += [
            "",
            "2. Partner",
            "Naam: %s" % PN(prt, g.ch(["full", "fullgiven"])),
            "Geboortedatum: %s" % g.D(g.bday(1950, 2003), "num"),
            "BSN partner: %s" % g.bsn(),
        ]
    kids = [g.child_of(cl) for _ in range(g.r.randint(0, 3))]
    if kids:
        f.append(
            "Kinderen in huishouden: "
            + ", ".join(
                "%s (%d)" % (PN(k, "first"), a)
                for k, a in zip(kids, sorted(g.r.sample(range(1, 19), len(kids)), reverse=True))
            )
        )
    f += [
        "",
        "%d. Inkomen" % (3 if prt else 2),
        "Bron: %s, netto €%d,%02d per maand"
        % (
            ORG(g.ch(["UWV", "SVB", "Participatiewet (gemeente)", "werkgever (uitzendbureau)"])),
            g.r.randint(900, 2100),
            g.r.randint(0, 99),
        ),
        "Rekeningnummer: %s" % g.iban(),
        "",
        "Schulden (opgave aanvrager, nog niet geverifieerd):",
        debt_table(g, g.r.randint(3, 6), with_refs=g.maybe(0.55)),
    ]
    return hdr + "\n".join(f)


def t_intake_shv(g):
    C = g.C
    cl = g.person()
    sh = g.prof()
    vrij = g.person()
    wk = g.wijk()
    d = g.d0
    txt = (
        "Verslag intakegesprek schuldhulpverlening\n"
        "Klant: %s %s, %s\nDossier: %s\nGesprek gevoerd op %s door %s (%s)%s.\n\n"
    ) % (
        TT(cl, "shortcap"),
        PN(cl, "formal"),
        g.addr(),
        DOS(g.fill(g.ch(["SHV-{Y}-####", "{y}-0####", "SHV/{y}/#####"]))),
        g.D(d, g.ch(["long", "long_wd", "num"])),
        PN(sh, "full"),
        ROLE("consulent schuldhulpverlening"),
        g.ch(
            [
                "",
                ", in aanwezigheid van vrijwilliger %s" % PN(vrij, "full"),
                ", ook aanwezig: %s (%s)"
                % tuple(
                    reversed(
                        [
                            (w, PN(p, "first"))
                            for w, p in [g.relative(cl, ["dochter", "zoon", "broer", "vriendin"])]
                        ][0]
                    )
                ),
            ]
        ),
    )
    body = (
        "%s %s heeft sinds %s schulden opgebouwd na %s. Er is %s. %s geeft aan dat het overzicht volledig kwijt is. "
        "Het vtlb is berekend op €%d,-; de aflossingscapaciteit is nihil. "
        "%s\n\nVervolg: stabilisatiefase, %s vraagt het %s op bij %s. Volgende afspraak %s."
    ) % (
        TT(cl, "cap"),
        PN(cl, "last"),
        g.r.randint(2015, g.d0.year - 1),
        g.ch(
            [
                "een scheiding",
                "het overlijden van %s partner" % cl.haar(),
                "baanverlies",
                "een periode van ziekte",
                "een faillissement van de eigen zaak",
                "het faillissement van de bakker waar %s werkte" % cl.zij(),
            ]
        ),
        g.ch(
            [
                "een huurachterstand van drie maanden bij %s" % ORG(g.corp()),
                "loonbeslag door %s" % ORG(g.ch(["Belastingdienst", "CJIB", "Flanderijn"])),
                "een energieschuld bij %s" % ORG(g.ch(["Vattenfall", "Essent", "Eneco"])),
            ]
        ),
        cap_sur(cl.zij()),
        g.r.randint(1100, 1700),
        g.ch(
            [
                "Afgesproken is dat %s de post voortaan samen met %s%s opent."
                % (
                    cl.zij(),
                    ROLE("budgetcoach") if g.maybe() else ROLE("buurtvrijwilliger"),
                    " uit " + wk if wk else "",
                ),
                "%s wil graag zelf regie houden, maar budgetbeheer lijkt nodig."
                % cap_sur(cl.zij()),
                "Er is een verwijzing naar %s besproken vanwege de spanningsklachten."
                % ORG(g.ggz()),
            ]
        ),
        PN(sh, "first"),
        "BKR-overzicht",
        ORG("BKR"),
        g.D(d + _dt.timedelta(days=g.r.randint(7, 21)), g.ch(["wd_dm", "num", "dm", "slashyy"])),
    )
    return txt + body


def t_beschikking_shv(g):
    C = g.C
    cl = g.person()
    bh = g.prof()
    aanv = g.d0 - _dt.timedelta(days=g.r.randint(10, 40))
    toegelaten = g.maybe(0.7)
    t = (
        "%s\n%s\n\n%s %s\n%s\n%s %s\n\nDatum: %s\nZaaknummer: %s\nOnderwerp: besluit %s schuldhulpverlening\n\n"
        "%s %s,\n\nOp %s heeft u zich gemeld voor schuldhulpverlening. In deze brief leest u ons besluit.\n\n"
    ) % (
        g.gemeente(),
        shv_org(g),
        TT(cl, "aan"),
        PN(cl, "formal"),
        g.addr(),
        g.pc(),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        g.kenmerk(),
        "toelating" if toegelaten else "afwijzing",
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.D(aanv, g.ch(["long", "dm", "num"])),
    )
    if toegelaten:
        t += (
            "Besluit\nU wordt toegelaten tot de schuldhulpverlening van %s. Wij bieden u een %s aan. "
            "Uw plan van aanpak ontvangt u uiterlijk %s.\n\n"
        ) % (
            g.gemeente(False),
            g.ch(
                [
                    "stabilisatietraject met budgetbeheer",
                    "schuldregeling (minnelijk traject)",
                    "budgetcoachingstraject van zes maanden",
                ]
            ),
            g.D(g.d0 + _dt.timedelta(days=g.r.randint(14, 40)), "long"),
        )
    else:
        t += (
            "Besluit\nWij wijzen uw verzoek af. U bent binnen de termijn van vijf jaar na beëindiging van een eerder traject (dossier %s) opnieuw aangemeld "
            "en er zijn geen bijzondere omstandigheden gebleken (artikel 3 Wet gemeentelijke schuldhulpverlening).\n\n"
        ) % (DOS(g.fill(g.ch(["SHV-{y}-####", "{Y}-####-S"]), g.d0.year - g.r.randint(2, 4))))
    t += (
        "Bezwaar\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders.\n\n"
        "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van %s,\n\n%s\n%s"
    ) % (
        C["gemeente"],
        PN(bh, g.ch(["formal", "full"])),
        ROLE(
            g.ch(
                [
                    "teamleider Schuldhulpverlening",
                    "consulent schuldhulpverlening",
                    "coördinator Geldzaken",
                ]
            )
        ),
    )
    if g.maybe(0.5):
        t += "\n\n" + cc_people(g, g.r.randint(1, 2))
    return t


def t_deurwaarder(g):
    C = g.C
    cl = g.person()
    sh = g.prof()
    dw = g.ch(
        [
            "Flanderijn",
            "GGN",
            "Syncasso Gerechtsdeurwaarders",
            "Van der Velden & Partners gerechtsdeurwaarders",
            "Invorderingsbedrijf CJIB",
        ]
    )
    t = (
        "Aan: %s\nT.a.v. de afdeling beslagen\nUw kenmerk: %s\nOns kenmerk: %s\n%s, %s\n\n"
        "Betreft: herberekening beslagvrije voet %s %s, %s\n\n"
        "Geachte heer, mevrouw,\n\n"
    ) % (
        ORG(dw),
        DOS(
            g.ch(
                [
                    "%s.%s" % (g.digits(3), g.digits(4)),
                    "DW/%s/%s" % (g.digits(6), g.digits(2)),
                    g.digits(9),
                ]
            )
        ),
        g.kenmerk(),
        C["name"],
        g.D(g.d0, g.ch(["long", "num", "abbr"])),
        TT(cl),
        PN(cl, "formal"),
        g.addr() + " te " + C["name"],
    )
    t += (
        "Namens bovengenoemde cliënt, geboren op %s, verzoeken wij u de beslagvrije voet opnieuw vast te stellen. Sinds %s is het inkomen gewijzigd: "
        "%s ontvangt een uitkering van %s en betaalt een huur van €%d,-. Het beslag op %s laat te weinig over voor de vaste lasten. "
        "Wij verzoeken u het beslag per %s aan te passen en ons binnen tien werkdagen te berichten.\n\n"
        "Voor vragen ben ik bereikbaar op %s.\n\nMet vriendelijke groet,\n\n%s\n%s, %s"
    ) % (
        g.D(g.bday(1950, 2000), g.ch(["num", "long"])),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(20, 80)), g.ch(["dm", "long", "num"]))
        if g.maybe(0.5)
        else MONTHS[(g.d0.month - 3) % 12],
        g.ch(["cliënt", "%s %s" % (TT(cl), PN(cl, "last")), "%s %s" % (TT(cl), PN(cl, "last"))]),
        ORG(g.ch(["UWV", "SVB", "Participatiewet"])),
        g.r.randint(480, 890),
        g.ch(["de rekening %s" % g.iban(), "het loon", "de toeslagen"]),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(10, 30)), g.ch(["long", "num", "dm"])),
        g.phone(),
        PN(sh, "formal"),
        ROLE("schuldhulpverlener"),
        shv_org(g),
    )
    if g.maybe(0.6):
        t += "\n\n" + cc_line(
            g,
            [
                "%s %s" % (TT(cl, "short"), PN(cl, "formal")),
                "%s %s" % (ROLE("bewindvoerder"), PN(g.prof(), "formal")),
                "%s (%s)" % (PN(g.prof(), "full"), g.team()),
            ][: g.r.randint(1, 3)],
        )
    return t


def t_budgetbeheer_overeenkomst(g):
    C = g.C
    cl = g.person()
    bb = g.prof()
    t = (
        "OVEREENKOMST BUDGETBEHEER\nRegistratienummer: %s\n\nPartijen:\n1. %s, gevestigd te %s, hierna: de budgetbeheerder, vertegenwoordigd door %s;\n"
        "2. %s, geboren %s, wonende %s, hierna: de klant.\n\n"
        "Artikel 1. Het inkomen van de klant wordt gestort op beheerrekening %s.\n"
        "Artikel 2. De vaste lasten (huur %s, energie, zorgverzekering %s) worden vanaf %s door de budgetbeheerder betaald.\n"
        "Artikel 3. Leefgeld wordt wekelijks op vrijdag overgemaakt naar rekening %s.\n\n"
        "Contactpersoon bij de budgetbeheerder: %s, %s.\n\nAldus overeengekomen en getekend te %s op %s.\n\n%s                     %s\n(budgetbeheerder)              (klant)"
    ) % (
        DOS(g.fill(g.ch(["BB-{Y}-####", "{y}.BB.#####", "BB/{Y}/###"]))),
        shv_org(g),
        C["name"],
        PN(bb, "formal"),
        PN(cl, g.ch(["fullgiven", "formal"])),
        g.D(g.bday(), g.ch(["num", "long"])),
        g.full_addr(),
        g.iban("sp"),
        ORG(g.corp()),
        ORG(g.ch(["Menzis", "CZ", "VGZ", "Zilveren Kruis", "ONVZ"])),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(5, 30)), g.ch(["long", "num"])),
        g.iban(),
        PN(g.prof(), "full"),
        g.phone(),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        PN(bb, "fi_last"),
        PN(cl, "fi_last"),
    )
    return t


# ================================================================ templates B: Wmo, beschikkingen
def shv_org(g):
    s = g.C["shv"]
    return ORG("Schuldhulpverlening " + g.C["gemeente"]) if s.startswith("team") else ORG(s)


def letter_head(g, cl, dept, with_bsn=False):
    C = g.C
    h = [g.gemeente(), dept, ""]
    if g.maybe(0.5):
        h.append("%s %s" % (TT(cl, g.ch(["aan", "abbr"])), PN(cl, "formal")))
    else:
        h.append("%s %s" % (TT(cl, "aan"), PN(cl, "full")))
    h.append(g.addr())
    h.append("%s  %s" % (g.pc(), C["name"].upper() if g.maybe(0.4) else C["name"]))
    h.append("")
    return h


def meta_block(g, handler, extra=None):
    lines = []
    lines.append("Datum: %s" % g.D(g.d0, g.ch(["long", "long", "num", "abbr"])))
    lines.append(
        "%s: %s" % (g.ch(["Ons kenmerk", "Zaaknummer", "Kenmerk", "Zaaknr."]), g.kenmerk())
    )
    if extra:
        lines += extra
    if handler:
        p, tel = handler
        lines.append(
            "%s: %s"
            % (
                g.ch(["Behandeld door", "Contactpersoon", "Inlichtingen bij"]),
                ("%s %s" % (TT(p, "short"), PN(p, "formal"))) if g.maybe() else PN(p, "full"),
            )
        )
        if tel:
            lines.append("Telefoon: %s" % g.phone(g.ch(["land", "mob"])))
    return lines


def t_wmo_ho(g):
    C = g.C
    cl = g.person()
    cons = g.prof()
    aanv = g.d0 - _dt.timedelta(days=g.r.randint(20, 50))
    huis = g.d0 - _dt.timedelta(days=g.r.randint(5, 15))
    ingang = g.d0 + _dt.timedelta(days=g.r.randint(3, 20))
    uren = g.ch(["2", "2,5", "3", "3,5", "4"])
    aanb = g.ch(
        [
            "Buurtzorg",
            "Thuiszorg Het Friese Land",
            "Zorggroep Sint Maarten",
            "Meander Groep",
            "Carinova",
            "Icare",
            "Sensire",
            "Zuidzorg",
            "Vérian",
            "Tzorg",
        ]
    )
    h = letter_head(g, cl, "Team Wmo")
    h += meta_block(g, (cons, g.maybe(0.7)))
    h.append("Onderwerp: beschikking maatwerkvoorziening huishoudelijke ondersteuning")
    body = (
        "\n%s %s,\n\nU heeft %s een melding gedaan bij het %s. Op %s heeft %s met u gesproken over uw situatie (het onderzoek). "
        "U vroeg om hulp bij het schoonhouden van uw woning omdat u na %s minder belastbaar bent.\n\n"
        "Wat hebben wij besloten?\nU krijgt een maatwerkvoorziening Huishoudelijke Ondersteuning (HO%s).\n"
        "- Omvang: %s uur per week\n- Ingangsdatum: %s\n- Einddatum: %s\n- Aanbieder: %s\n\n"
        "U betaalt hiervoor een eigen bijdrage aan het %s. %s\n\nMet vriendelijke groet,\nnamens burgemeester en wethouders,\n\n%s\n%s"
    ) % (
        TT(cl, "geachte"),
        PN(cl, "last"),
        ("op " + g.D(aanv, g.ch(["long", "num", "dm"])))
        if g.maybe(0.6)
        else ("in " + MONTHS[aanv.month - 1]),
        ORG("Wmo-loket"),
        g.D(huis, g.ch(["long", "dm", "num", "wd_dm"])),
        ("onze " + ROLE("Wmo-consulent") + " " + PN(cons, "full"))
        if g.maybe()
        else ("%s %s, %s" % (TT(cons), PN(cons, "last"), ROLE("Wmo-consulent"))),
        g.ch(
            [
                "een heupoperatie",
                "uw hartinfarct",
                "de diagnose COPD",
                "een beroerte",
                "het overlijden van uw man",
                "een val in de winter",
                "een longontsteking na de zomer",
            ]
        ),
        g.ch(["2", "1", " resultaat schoon huis"]),
        uren,
        g.D(ingang, g.ch(["num", "long"])),
        g.D(
            ingang.replace(year=ingang.year + g.r.choice([1, 2, 3]))
            if not (ingang.month == 2 and ingang.day == 29)
            else ingang.replace(day=28, year=ingang.year + 1),
            g.ch(["num", "long"]),
        )
        if g.maybe(0.6)
        else "geen; herbeoordeling na drie jaar",
        ORG(aanb),
        ORG("CAK"),
        g.ch(
            [
                "Het gespreksverslag is als bijlage toegevoegd.",
                "Zie voor de bezwaarmogelijkheden de achterzijde van deze brief.",
                "",
            ]
        ),
        PN(cons, g.ch(["formal", "full"])),
        ROLE(g.ch(["Wmo-consulent", "consulent Wmo", "klantadviseur Wmo"])),
    )
    if g.maybe(0.45):
        w, mz = g.relative(cl, ["dochter", "zoon", "buurvrouw", "schoondochter", "kleindochter"])
        body += "\n\n" + cc_line(
            g,
            [ORG(aanb), "%s (%s, mantelzorger)" % (PN(mz, g.ch(["full", "formal"])), w)]
            + (["%s %s" % (ROLE("huisarts"), PN(g.prof(), "formal"))] if g.maybe() else []),
        )
    return "\n".join(h) + body


def t_wmo_afwijzing(g):
    C = g.C
    cl = g.person(g="m" if g.maybe() else "v")
    cons = g.prof()
    ma = g.prof()
    voorz, reden = g.ch(
        [
            ("scootmobiel", "met een rollator en het openbaar vervoer"),
            ("traplift", "na verhuizing naar de benedenwoning zonder trap"),
            (
                "woningaanpassing (badkamer)",
                "met een douchestoel en beugels (algemeen gebruikelijk)",
            ),
            ("rolstoel voor buitengebruik", "met uw eigen auto en de aangepaste fiets"),
            ("vervoersvoorziening (regiotaxi)", "met het openbaar vervoer of uw eigen auto"),
        ]
    )
    h = letter_head(
        g,
        cl,
        g.ch(["Sociaal Domein", "Afdeling Maatschappelijke Ondersteuning", "Team Toegang Wmo"]),
    )
    h += meta_block(
        g,
        (cons, False),
        extra=[
            "Uw melding: %s"
            % g.D(g.d0 - _dt.timedelta(days=g.r.randint(20, 60)), g.ch(["num", "slash", "long"]))
        ],
    )
    h.append("Betreft: besluit op uw aanvraag %s" % voorz)
    body = (
        "\n%s %s,\n\nU heeft een %s aangevraagd. Wij hebben advies gevraagd aan onze %s, %s. Uit dit advies (d.d. %s) blijkt dat u "
        "%s zelfstandig uit de voeten kunt. Een %s is daarom niet nodig om zelfstandig te kunnen blijven wonen.\n\n"
        "Besluit: wij wijzen uw aanvraag af.\n\nU kunt binnen zes weken bezwaar maken. Heeft u vragen, belt u dan met %s %s.\n\n%s"
    ) % (
        TT(cl, "geachte"),
        PN(cl, "last"),
        voorz,
        ROLE("medisch adviseur"),
        PN(ma, "formal") + g.ch(["", " (" + ORG("Argonaut") + ")", " van " + ORG("Argonaut")]),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(3, 14)), g.ch(["num", "dm", "long"])),
        reden,
        voorz,
        TT(cons),
        PN(cons, "last"),
        sign_block(
            g,
            cons,
            "Wmo-consulent",
            g.gemeente(),
            contact=g.maybe(0.6),
            closing="Met vriendelijke groet,",
        ),
    )
    return "\n".join(h) + body


def t_wmo_onderzoeksverslag(g):
    C = g.C
    cl = g.person()
    cons = g.prof()
    wk = g.wijk()
    rel, mz = g.relative(cl, ["dochter", "zoon", "schoondochter", "neef", "buurvrouw", "nicht"])
    d = g.d0
    rows = [
        ("Zelfzorg", g.ch(["licht beperkt", "zelfredzaam", "beperkt: hulp bij douchen"])),
        ("Huishouden", g.ch(["niet zelfredzaam", "beperkt zelfredzaam"])),
        (
            "Financiën",
            g.ch(
                [
                    "%s regelt de post" % rel,
                    "zelfredzaam",
                    "onder bewind sinds %d" % g.r.randint(2016, d.year - 1),
                ]
            ),
        ),
        (
            "Sociaal netwerk",
            g.ch(
                [
                    "klein; %s komt 1x per week" % rel,
                    "eenzaam, weinig contacten",
                    "kerkgemeenschap betrokken",
                ]
            ),
        ),
        ("Mobiliteit", g.ch(["rollator binnenshuis", "loopt met stok", "zelfstandig"])),
    ]
    tab = "\n".join("%-18s| %s" % (a, b) for a, b in rows)
    t = (
        "VERSLAG ONDERZOEK WMO (art. 2.3.2 Wmo 2015)\nCliënt: %s (%s)\nAdres: %s%s\nDatum gesprek: %s, bij cliënt thuis\nAanwezig: cliënt, %s %s (mantelzorger), %s (%s)\n"
        "Registratienr.: %s\n\n"
        "Hulpvraag\n%s %s (%d jaar) woont zelfstandig%s. Sinds %s gaat het lichamelijk achteruit. %s doet de boodschappen maar raakt overbelast.\n\n"
        "Zelfredzaamheid\n%s\n\nAfweging\nEen deel kan door %s en een algemene voorziening (%s) worden opgevangen. Voor het overige is een maatwerkvoorziening passend."
    ) % (
        PN(cl, "fullgiven"),
        g.D(g.bday(1932, 1958), g.ch(["num", "short", "long"])),
        g.addr(),
        (", " + wk) if wk else "",
        g.D(d, g.ch(["long_wd", "num", "long"])),
        rel,
        PN(mz, g.ch(["full", "first"])),
        PN(cons, "full"),
        ROLE(g.ch(["Wmo-consulent", "consulent Wmo"])),
        DOS(g.fill(g.ch(["WMO-{Y}-######", "{y}-HO-####", "W{Y}.#####"]))),
        TT(cl, "cap"),
        PN(cl, "last"),
        g.r.randint(68, 92),
        in_wijk(g, " in de wijk ") if wk else "",
        g.month_year(d - _dt.timedelta(days=g.r.randint(90, 400))),
        cap_sur(rel) + " " + PN(mz, "first"),
        tab,
        "de mantelzorger",
        ORG(
            g.ch(
                [
                    "boodschappendienst",
                    "Tafeltje Dekje",
                    "maaltijdservice van Humanitas",
                    "Zonnebloem",
                ]
            )
        ),
    )
    return t


def t_pgb(g):
    C = g.C
    cl = g.person()
    vert = g.person()
    cons = g.prof()
    t = (
        "%s\nBeschikking persoonsgebonden budget (pgb) Wmo\n\nAan: %s %s\nWettelijk vertegenwoordiger: %s %s\n"
        "Zaaknummer: %s   Budgethoudernummer SVB: %s\n\n"
        "Naar aanleiding van uw aanvraag van %s kennen wij u een pgb toe voor begeleiding individueel, %d uur per week, "
        "tegen een tarief van €%d,%02d per uur. Het budget wordt beheerd door de %s. De toekenning geldt van %s tot en met %s.\n"
        "De zorg wordt geleverd door %s (informele hulp, %s). Een zorgovereenkomst moet vóór %s bij de SVB zijn goedgekeurd.\n\n"
        "%s, %s\n%s %s, %s"
    ) % (
        g.gemeente(),
        TT(cl, "aan"),
        PN(cl, "formal"),
        g.ch(["de heer", "mevrouw"]),
        PN(vert, "formal"),
        g.kenmerk(),
        DOS(g.digits(g.ch([6, 7, 8]))),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(20, 60)), g.ch(["long", "num"]))
        if g.maybe(0.5)
        else MONTHS[(g.d0.month - 2) % 12],
        g.r.randint(2, 8),
        g.r.randint(22, 58),
        g.r.randint(0, 99),
        ORG("Sociale Verzekeringsbank (SVB)"),
        g.D(g.d0, g.ch(["num", "long"])),
        g.D(_dt.date(g.d0.year + 1, 12, 31), g.ch(["num", "long"]), shift=False),
        *(lambda wp: (PN(wp[1], "full"), wp[0] + g.ch([" van cliënt", ""])))(
            g.relative(cl, ["zus", "buurman", "schoonzoon", "nicht", "zoon"])
        ),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(14, 42)), g.ch(["long", "dm"])),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        "namens het college,",
        PN(cons, g.ch(["full", "formal"])),
        ROLE("Wmo-consulent"),
    )
    return t


def t_bijz_bijstand(g):
    C = g.C
    cl = g.person()
    km = g.prof()
    item = g.ch(
        [
            "bewindvoeringskosten",
            "eigen risico zorgverzekering",
            "inrichtingskosten na uitstroom uit de opvang",
            "kosten van een bril",
            "tandartskosten",
            "witgoed (koelkast)",
        ]
    )
    amt = g.r.randint(90, 1800)
    h = letter_head(
        g,
        cl,
        g.ch(
            [
                "Werk en Inkomen",
                "Afdeling Inkomen",
                "Team Bijzondere Bijstand",
                "Participatie & Inkomen",
            ]
        ),
    )
    h += meta_block(
        g,
        (km, True),
        extra=["Klantnummer: %s" % DOS(g.fill(g.ch(["7######", "KL-######", "{y}######"])))],
    )
    h.append("Onderwerp: bijzondere bijstand %s" % item)
    body = (
        "\n%s %s,\n\nU vroeg op %s bijzondere bijstand aan voor %s. Wij kennen u een bedrag toe van €%d,-. "
        "Dit bedrag maken wij binnen vijf werkdagen over op rekeningnummer %s ten name van %s.\n"
        "%s\n\nMet vriendelijke groet,\n\n%s\n%s"
    ) % (
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(7, 45)), g.ch(["long", "num", "dm"])),
        item,
        amt,
        g.iban(),
        g.ch(["u", PN(cl, "fi_last"), "uw bewindvoerder " + PN(g.prof(), "formal")]),
        g.ch(
            [
                "De bijstand is verstrekt als gift. Uw aanvraag werd ondersteund door %s van %s."
                % (PN(g.prof(), "full"), g.team()),
                "De bijstand wordt verstrekt als lening; u lost €25,- per maand af vanaf %s."
                % g.D(g.d0 + _dt.timedelta(days=35), g.ch(["long", "num"])),
                "Bewaar de bonnen; wij kunnen hier later om vragen.",
            ]
        ),
        PN(km, g.ch(["formal", "full"])),
        ROLE(g.ch(["klantmanager", "inkomensconsulent", "consulent Werk en Inkomen"])),
    )
    return "\n".join(h) + body


def t_terugvordering(g):
    C = g.C
    cl = g.person()
    prt = g.person(g="v" if cl.g == "m" else "m")
    hm = g.prof()
    van = g.d0 - _dt.timedelta(days=g.r.randint(200, 500))
    tot = van + _dt.timedelta(days=g.r.randint(60, 180))
    t = (
        (
            "%s | Team Handhaving en Terugvordering\n\nBESCHIKKING TERUGVORDERING EN VERHAAL\n\n"
            "Betrokkene(n): %s en %s\nAdres: %s\nDebiteurnummer: %s\nZaak: %s\n\n"
            "Uit het onderzoek van onze %s is gebleken dat u in de periode van %s tot en met %s een gezamenlijke huishouding voerde op het adres %s, "
            "zonder dit aan ons te melden. Daarmee is de inlichtingenplicht (art. 17 Participatiewet) geschonden. Over deze periode heeft u €%d,%02d te veel bijstand ontvangen. "
            "Dit bedrag vorderen wij van u terug. %s\n\n%s, %s"
        )
        % (
            g.gemeente(),
            PN(cl, "formal"),
            PN(prt, "formal"),
            g.full_addr(),
            DOS(g.fill(g.ch(["D-######", "DEB{y}#####", "######-{y}"]))),
            g.kenmerk(),
            ROLE(g.ch(["handhavingsspecialist", "sociaal rechercheur", "handhaver"])),
            g.D(van, g.ch(["long", "num"])),
            g.D(tot, g.ch(["long", "num"])),
            g.addr(),
            g.r.randint(2400, 19000),
            g.r.randint(0, 99),
            g.ch(
                [
                    "U ontvangt hierover een aparte brief met een voorstel voor een betalingsregeling.",
                    "Een boete volgt in een afzonderlijk besluit.",
                    "De vordering wordt verrekend met uw lopende uitkering (%s)."
                    % ORG("Participatiewet"),
                ]
            ),
            C["name"],
            g.D(g.d0, g.ch(["long", "num"])),
        )
        + "\n"
        + PN(hm, "formal")
        + ", "
        + ROLE("teamleider Handhaving")
    )
    t = t.replace(
        "zonder dit aan ons te melden.",
        "zonder dit aan ons te melden. Dit blijkt uit de verklaring van %s %s en uit bankafschriften op naam van %s."
        % (
            g.ch(["buurvrouw", "de verhuurder,", "de overbuurman"]),
            PN(g.person(), g.ch(["full", "formal"])),
            PN(prt, "fi_last"),
        ),
        1,
    )
    return t


def t_bezwaar(g):
    C = g.C
    cl = g.person()
    gem = g.person()
    commissie = g.maybe(0.6)
    bes = g.d0 - _dt.timedelta(days=g.r.randint(70, 150))
    bz = bes + _dt.timedelta(days=g.r.randint(10, 40))
    hz = bz + _dt.timedelta(days=g.r.randint(20, 50))
    t = (
        "Besluit op bezwaar\n\n%s %s\nt.a.v. %s%s\n\nUw kenmerk: %s\nOns kenmerk: %s\n\n"
        "%s %s,\n\nBij brief van %s, ontvangen %s, heeft u bezwaar gemaakt tegen ons besluit van %s over %s. "
        "%s\n\nBeslissing\nWij verklaren het bezwaar %s. %s\n\n%s\n\nBeroep\nTegen dit besluit kunt u binnen zes weken beroep instellen bij de %s, sector bestuursrecht."
    ) % (
        TT(cl, "aan"),
        PN(cl, "formal"),
        g.ch(["", "gemachtigde: "]),
        PN(gem, "formal")
        + g.ch([", " + ORG("Juridisch Loket"), ", advocaat", ", " + ROLE("sociaal raadsman")]),
        DOS(
            g.ch(
                [
                    "%s/%s" % (g.digits(4), g.digits(2)),
                    "MA-%s" % g.digits(5),
                    "%s.%s" % (g.digits(5), g.digits(3)),
                ]
            )
        ),
        g.kenmerk(),
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.D(bz, g.ch(["long", "num"])),
        ("op " + g.D(bz + _dt.timedelta(days=2), g.ch(["long", "dm", "num"])))
        if g.maybe(0.4)
        else "binnen de termijn",
        g.D(bes, g.ch(["long", "num"])),
        g.ch(
            [
                "de afwijzing van uw aanvraag om bijzondere bijstand",
                "de terugvordering van bijstand over de maanden mei en juni",
                "de intrekking van uw indicatie huishoudelijke ondersteuning",
                "de weigering van toegang tot schuldhulpverlening",
                "de beëindiging van uw bijstandsuitkering",
            ]
        ),
        (
            "Op %s bent u gehoord door de %s. De commissie adviseert het bezwaar gegrond te verklaren."
            % (g.D(hz, g.ch(["long", "long_wd", "num"])), ORG("Commissie bezwaarschriften"))
        )
        if commissie
        else "Op %s heeft een hoorzitting plaatsgevonden; u was daarbij aanwezig met %s."
        % (
            g.D(hz, g.ch(["long", "dm", "num"])),
            PN(gem, "last") if g.maybe() else "uw gemachtigde",
        ),
        g.ch(["gegrond", "ongegrond", "gedeeltelijk gegrond"]),
        g.ch(
            [
                "Wij herroepen het primaire besluit en nemen een nieuw besluit.",
                "Het primaire besluit blijft in stand.",
                "De proceskosten worden vergoed.",
            ]
        ),
        g.ch(
            [
                "Namens het college,\n%s\n%s"
                % (PN(g.prof(), "formal"), ROLE("juridisch adviseur")),
                "Burgemeester en wethouders van %s,\nnamens deze,\n%s, %s"
                % (C["gemeente"], PN(g.prof(), "full"), ROLE("teamleider Juridische Zaken")),
            ]
        ),
        ORG(C["rb"]),
    )
    return t


def t_jeugd(g):
    C = g.C
    ouder = g.person(g="v")
    ouder2 = (
        g.person(g="m", origin=ouder.origin if g.maybe(0.7) else None) if g.maybe(0.5) else None
    )
    kind = g.child_of(ouder2 or ouder)
    jc = g.prof()
    jh = g.ch(
        [
            "Jeugdformaat",
            "Karakter",
            "Accare",
            "Entrea Lindenhout",
            "Pluryn",
            "Yorneo",
            "Ambiq",
            "Trajectum Jeugd",
            "Elker",
            "Lindenhout",
        ]
    )
    bd = g.bday(2008, 2020)
    t = (
        "%s – Jeugdhulp\nBESCHIKKING JEUGDHULP (Jeugdwet)\n\nJeugdige: %s, geboren %s\nOuder(s)/gezaghebbende(n): %s%s\nAdres: %s\n"
        "Beschikkingsnummer: %s\n\nBesluit: toekenning %s bij %s, %s\nPeriode: %s t/m %s\nProductcode: %s\n\n"
        "Toelichting: %s\n\nNamens het college,\n%s, %s"
    ) % (
        g.gemeente(),
        PN(kind, "fullgiven") if g.maybe() else PN(kind, "full"),
        g.D(bd, g.ch(["num", "long", "dot"])),
        ("mevrouw " + PN(ouder, "formal")),
        (" en de heer " + PN(ouder2, "formal")) if ouder2 else "",
        g.full_addr(),
        DOS(g.fill(g.ch(["JH-{Y}-#####", "{Y}/JW/####", "BS{y}-######"]))),
        g.ch(
            [
                "ambulante gezinsbegeleiding",
                "specialistische GGZ-behandeling",
                "dagbehandeling",
                "logeeropvang (1 weekend per maand)",
            ]
        ),
        ORG(jh),
        g.ch(["4 uur per week", "12 uur per maand", "1 dagdeel per week", "volgens behandelplan"]),
        g.D(g.d0, g.ch(["num", "long"])),
        g.D(g.d0 + _dt.timedelta(days=g.ch([182, 365, 273])), g.ch(["num", "long"])),
        g.digits(2) + "A" + g.digits(2),
        g.ch(
            [
                "%s (%d) heeft veel boosheidsbuien; moeder is overbelast. De %s %s heeft het gezin op %s gesproken."
                % (
                    PN(kind, "first"),
                    g.d0.year - bd.year,
                    ROLE("jeugdconsulent"),
                    PN(jc, "first"),
                    g.D(g.d0 - _dt.timedelta(days=g.r.randint(7, 30)), g.ch(["dm", "num"])),
                ),
                "Verwijzing via de %s; zie het gezinsplan van %s."
                % (
                    ROLE("huisarts"),
                    g.D(g.d0 - _dt.timedelta(days=g.r.randint(7, 30)), g.ch(["long", "num"])),
                ),
                "De school van %s heeft zorgen gemeld over verzuim." % PN(kind, "first"),
            ]
        ),
        PN(jc, "formal"),
        ROLE("jeugdconsulent"),
    )
    return t


def t_urgentie(g):
    C = g.C
    cl = g.person()
    corp = g.corp()
    adv = g.prof()
    ok = g.maybe(0.5)
    t = (
        "%s\n%s\n\nAan %s %s\n%s\n%s %s\n\nDatum: %s\nKenmerk: %s\nBetreft: uw aanvraag urgentieverklaring van %s\n\n"
        "%s %s,\n\nDe %s heeft uw aanvraag besproken in de vergadering van %s. Daarbij is ook de informatie van %s, %s, betrokken. "
    ) % (
        ORG(g.ch(["Urgentiecommissie", "Commissie Woonurgentie"]) + " " + C["name"]),
        ORG(corp),
        TT(cl, "long"),
        PN(cl, "formal"),
        g.addr(),
        g.pc(),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        DOS(g.fill(g.ch(["URG-{Y}-###", "U{y}.####", "{Y}/URG/####"]))),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(20, 60)), g.ch(["long", "num"])),
        TT(cl, "geachte"),
        PN(cl, "last"),
        ORG("urgentiecommissie"),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(2, 12)), g.ch(["long", "long_wd", "dm"])),
        g.ch(
            [
                "uw " + ROLE("casusregisseur"),
                "uw begeleider",
                "de " + ROLE("wijkagent"),
                "uw " + ROLE("ambulant begeleider"),
            ]
        ),
        PN(adv, "full") if g.maybe() else PN(adv, "formal"),
    )
    if ok:
        t += (
            "De commissie kent u een urgentieverklaring toe in de categorie %s. U kunt vanaf %s gedurende zes maanden met voorrang reageren op woningen tot %d kamers."
            % (
                g.ch(
                    [
                        "medisch",
                        "sociaal",
                        "uitstroom maatschappelijke opvang",
                        "dreigende dakloosheid",
                    ]
                ),
                g.D(g.d0 + _dt.timedelta(days=3), g.ch(["long", "num"])),
                g.r.randint(2, 4),
            )
        )
    else:
        t += (
            "De commissie wijst uw aanvraag af. Uw woonprobleem is niet acuut en u heeft zelf onvoldoende gezocht (u heeft sinds %d niet gereageerd op woningaanbod). Ook het inwonen bij uw %s %s is volgens de commissie voorlopig een oplossing."
            % (
                g.r.randint(2019, g.d0.year - 1),
                *(lambda wp: (wp[0], PN(wp[1], "first")))(
                    g.relative(cl, ["zus", "moeder", "broer"])
                ),
            )
        )
    t += "\n\n%s\n%s\n%s" % (
        PN(g.prof(), g.ch(["formal", "full"])),
        ROLE("secretaris urgentiecommissie"),
        cc_line(g, ["%s (%s)" % (PN(adv, "full"), "aanvraag ondersteund"), "uw dossier"]),
    )
    return t


# ================================================================ templates C: housing corporations
def corp_meta(g):
    return g.ch(
        [
            "Huurcontractnummer: %s" % DOS("%s-%s" % (g.digits(6), g.digits(2))),
            "Relatienummer: %s" % DOS(g.digits(7)),
            "Klantnummer: %s" % DOS("K" + g.digits(6)),
            "Ons kenmerk: %s" % DOS("HI/%s/%s" % (str(g.d0.year)[2:], g.digits(4))),
            "Contractnr. %s" % DOS("%s.%s.%s-01" % (g.digits(3), g.digits(3), g.digits(3))),
            "VHE-nummer: %s" % DOS("%s.%s.%s" % (g.digits(4), g.digits(3), g.digits(2))),
        ]
    )


def corp_dom(corp):
    return asciify(corp.lower().replace(" ", "").replace("'", "")) + ".nl"


def t_huur_aanmaning(g):
    C = g.C
    cl = g.person()
    inc = g.prof()
    corp = g.corp()
    mnd = g.r.randint(2, 5)
    amt = g.r.randint(1100, 4200)
    t = (
        "%s\n\n%s %s\n%s\n%s %s\n\n%s\n%s\nDatum: %s\n\nBetreft: huurachterstand – laatste aanmaning\n\n%s %s,\n\n"
        "%sOndanks onze eerdere brieven %s en %s is uw huurachterstand nog niet betaald. U heeft op dit moment een achterstand van €%d,%02d (%d maanden huur). "
        "Als u niet vóór %s het volledige bedrag overmaakt of contact met ons opneemt, dragen wij uw dossier over aan %s. "
        "De kosten daarvan komen voor uw rekening.\n\nWij hebben uw gegevens, met uw toestemming of op grond van het convenant vroegsignalering, ook doorgegeven aan de gemeente; "
        "u kunt een medewerker van het %s verwachten.\n\n%s"
    ) % (
        ORG(corp),
        TT(cl, g.ch(["aan", "abbr"])),
        PN(cl, g.ch(["formal", "full"])),
        g.addr(),
        g.pc(),
        C["name"],
        corp_meta(g),
        corp_meta(g) if g.maybe(0.35) else "Behandeld door: team Huurincasso",
        g.D(g.d0, g.ch(["long", "num"])),
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.ch(
            [
                "",
                "",
                "Deze brief sturen wij ook aan uw medehuurder, %s. "
                % PN(
                    g.person(g="m" if cl.g == "v" else "v", origin=cl.origin),
                    g.ch(["formal", "full"]),
                ),
                "Op %s spraken wij uw %s %s nog aan de deur. "
                % (
                    g.ch(["dinsdag", "maandagochtend", "donderdag"]),
                    *(lambda wp: (wp[0], PN(wp[1], "first")))(
                        g.relative(cl, ["zoon", "dochter", "broer"])
                    ),
                ),
            ]
        ),
        *(
            (
                "van "
                + g.D(g.d0 - _dt.timedelta(days=g.r.randint(40, 60)), g.ch(["long", "dm", "num"])),
                "van "
                + g.D(g.d0 - _dt.timedelta(days=g.r.randint(12, 30)), g.ch(["long", "dm", "num"])),
            )
            if g.maybe(0.5)
            else ("uit " + MONTHS[(g.d0.month - 3) % 12], "de herinnering van vorige maand")
        ),
        amt,
        g.r.randint(0, 99),
        mnd,
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(7, 14)), g.ch(["long", "wd_dm", "num"])),
        g.ch(
            [ORG("Flanderijn"), ORG("GGN"), ORG("Syncasso Gerechtsdeurwaarders"), "de deurwaarder"]
        ),
        ORG(g.C["team"].replace("{w}", "").strip() if "{w}" in g.C["team"] else g.C["team"]),
        sign_block(
            g,
            inc,
            g.ch(["medewerker huurincasso", "incassomedewerker", "woonconsulent"]),
            ORG(corp),
            contact=True,
            dom=corp_dom(corp),
            closing="client",
        ),
    )
    return t


def t_vroegsignalering(g):
    C = g.C
    cl = g.person()
    hh = g.person() if g.maybe(0.4) else None
    corp = g.corp()
    mw = g.prof()
    wk = g.wijk()
    t = (
        "VROEGSIGNALERING – MELDING BETALINGSACHTERSTAND\nMelder: %s (%s)\nDatum melding: %s\nMeldingsnummer: %s\n\n"
        "Huurder: %s%s\nAdres: %s, %s%s\nTelefoon bekend: %s\n"
        "Achterstand: %d maand(en), €%d,-\nEerdere regeling: %s\n\n"
        "Actie gemeente: outreachend huisbezoek door %s binnen 10 werkdagen. Resultaat terugkoppelen aan %s via %s."
    ) % (
        ORG(corp),
        PN(mw, g.ch(["full", "formal"])),
        g.D(g.d0, g.ch(["iso", "num", "slash"])),
        DOS(g.fill(g.ch(["VS-{Y}-#####", "VR{y}######", "{Y}#####"]))),
        PN(cl, "formal") if g.maybe() else (PN(cl, "last") + ", " + PN(cl, "given")),
        (" en " + PN(hh, "formal")) if hh else "",
        g.addr(),
        g.pc(),
        (" (" + wk + ")") if wk else "",
        g.phone("mob") if g.maybe(0.8) else "nee",
        g.r.randint(1, 4),
        g.r.randint(400, 3600),
        g.ch(
            [
                "nee",
                "ja, afgebroken per %s"
                % g.D(g.d0 - _dt.timedelta(days=g.r.randint(30, 200)), g.ch(["num", "dm", "long"])),
                "ja, loopt nog",
            ]
        ),
        g.ch(
            [
                ORG("team Vroegsignalering"),
                "het " + ORG("wijkteam"),
                ORG("Geldfit"),
                ORG("team Schuldhulp"),
            ]
        ),
        PN(mw, "first"),
        g.email(mw, asciify(corp.lower().replace(" ", "")) + ".nl"),
    )
    return t


def t_overlast(g):
    C = g.C
    cl = g.person()
    n1 = g.person()
    n2 = g.person()
    wc = g.prof()
    corp = g.corp()
    t = (
        "%s\n%s %s\n%s\n%s %s\n\n%s, %s\nBetreft: uitnodiging gesprek over woonoverlast\n%s\n\n"
        "%s %s,\n\nWij hebben de afgelopen weken meerdere klachten ontvangen over geluidsoverlast en vervuiling in het portiek bij uw woning. "
        "Het gaat om meldingen op %s en %s, onder meer van bewoners van nummer %d.%s "
        "Wij nodigen u uit voor een gesprek op %s om %s uur op ons kantoor. Bij het gesprek is ook %s van %s aanwezig%s.\n\n"
        "Wij wijzen u erop dat u volgens uw huurovereenkomst verplicht bent u als goed huurder te gedragen.\n\n%s"
    ) % (
        ORG(corp),
        TT(cl, "aan"),
        PN(cl, "formal"),
        g.addr(),
        g.pc(),
        C["name"],
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        corp_meta(g),
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(10, 30)), g.ch(["dm", "num", "wd_dm"])),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(2, 9)), g.ch(["dm", "num", "wd_dm"])),
        g.r.randint(1, 120),
        (" Ook de %s in %s is op de hoogte." % (ROLE("wijkbeheerder"), g.wijk()))
        if (g.C["wijken"] and g.maybe(0.6))
        else "",
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(5, 14)), g.ch(["long_wd", "wd_dm", "long"])),
        g.ch(["10.00", "11.30", "14.00", "15.30"]),
        ("%s %s" % (ROLE("wijkagent"), PN(g.prof(), "full")))
        if g.maybe()
        else ("%s %s" % (ROLE("buurtbemiddelaar"), PN(g.prof(), "first"))),
        g.ch(
            [
                ORG(
                    "Politie %s"
                    % g.ch(
                        [
                            "Oost-Nederland",
                            "Noord-Nederland",
                            "Limburg",
                            "Midden-Nederland",
                            "Zeeland-West-Brabant",
                            "Noord-Holland",
                        ]
                    )
                ),
                ORG("Buurtbemiddeling"),
                "het " + ORG("wijkteam"),
            ]
        ),
        g.ch(
            [
                "",
                "; uw buren, %s en %s, zijn apart uitgenodigd"
                % (PN(n1, "formal"), PN(n2, "formal")),
                "",
            ]
        ),
        sign_block(
            g,
            wc,
            g.ch(["woonconsulent", "wijkconsulent", "medewerker leefbaarheid"]),
            ORG(corp),
            contact=g.maybe(0.7),
            dom=corp_dom(corp),
            closing="client",
        ),
    )
    if g.maybe(0.5):
        t += "\n\n" + cc_line(
            g,
            ["%s %s" % (ROLE("wijkagent"), PN(g.prof(), "fi_last")), g.team()]
            + (["%s %s (%s)" % (TT(n1, "short"), PN(n1, "last"), "melder")] if g.maybe() else []),
        )
    return t


def t_driepartijen(g):
    C = g.C
    cl = g.person()
    corp = g.corp()
    wm = g.prof()
    cr = g.prof()
    t = (
        'DRIEPARTIJENOVEREENKOMST ("laatste kans")\n\nDe ondergetekenden:\n'
        "1. %s, vertegenwoordigd door %s, %s;\n2. %s, vertegenwoordigd door %s, %s;\n3. %s %s, huurder van de woning %s te %s (contractnummer %s),\n\n"
        "komen het volgende overeen:\n- de huurder betaalt de lopende huur uiterlijk op de eerste van de maand, te beginnen %s;\n"
        "- de huurder lost de achterstand af met €%d,- per maand via automatische incasso van rekening %s;\n"
        "- de huurder accepteert %s van %s en is minimaal eens per twee weken thuis voor een afspraak;\n"
        "- bij niet nakomen zet %s de ontruimingsprocedure (vonnis %s, zaaknummer %s) voort.\n\n"
        "Looptijd: twaalf maanden, %s.\n\n%s, %s"
    ) % (
        ORG(corp),
        PN(wm, "formal"),
        ROLE(g.ch(["woonconsulent", "medewerker bijzonder beheer"])),
        g.gemeente(),
        PN(cr, "formal"),
        ROLE(g.ch(["casusregisseur", "procesregisseur", "wijkcoach"])),
        TT(cl, "long"),
        PN(cl, "fullgiven"),
        g.addr(),
        C["name"],
        DOS("%s-%s" % (g.digits(6), g.digits(2))),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(5, 25)), g.ch(["long", "num"])),
        g.r.randint(50, 200),
        g.iban(),
        ROLE(g.ch(["ambulante woonbegeleiding", "begeleiding"]))
        if False
        else g.ch(["ambulante woonbegeleiding", "begeleiding", "budgetbeheer"]),
        ORG(
            g.ch(
                [
                    "Leger des Heils",
                    "Kwintes",
                    "RIBW",
                    "Iriszorg",
                    "De Kessel",
                    "Humanitas",
                    "Limor",
                ]
            )
        ),
        ORG(corp),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(30, 90)), g.ch(["long", "num"])),
        g.court_nr("civiel")
        if False
        else DOS(
            "%s / %s"
            % (C["rbc"] + "/" + g.digits(7), "CV EXPL %s-%s" % (str(g.d0.year)[2:], g.digits(4)))
        ),
        (
            "van %s tot %s"
            % (
                g.D(g.d0, g.ch(["num", "long"])),
                g.D(g.d0 + _dt.timedelta(days=365), g.ch(["num", "long"])),
            )
        )
        if g.maybe(0.4)
        else "te rekenen vanaf de datum van ondertekening",
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
    )
    t += "\n\nVoor akkoord:\n%s (%s)\n%s (%s)\n%s (huurder)" % (
        PN(wm, "fi_last"),
        ORG(corp),
        PN(cr, "fi_last"),
        g.gemeente(False),
        PN(cl, g.ch(["formal", "full"])),
    )
    return t


def t_woningtoewijzing(g):
    C = g.C
    cl = g.person()
    kids = [g.child_of(cl) for _ in range(g.r.randint(0, 2))]
    corp = g.corp()
    wc = g.prof()
    wk = g.wijk()
    sleutel = g.d0 + _dt.timedelta(days=g.r.randint(10, 30))
    t = (
        "%s – Woningaanbieding\n\n%s %s,\n\nU bent de eerste kandidaat voor de woning aan de %s%s (%d kamers, kale huur €%d,%02d). "
        "De woning is aan u toegewezen via de %s-regeling%s.\n\n"
        "Bezichtiging: %s om %s uur, samen met %s.\nSleuteloverdracht: %s.\nIn de woning komen te wonen: %s%s.\n\n"
        "Neem een geldig legitimatiebewijs en uw inkomensverklaring mee. Bel bij verhindering %s.\n\n%s\n%s"
    ) % (
        ORG(corp),
        TT(cl, "geachte"),
        PN(cl, "last"),
        g.addr(),
        (" in " + wk) if wk else "",
        g.r.randint(2, 4),
        g.r.randint(520, 880),
        g.r.randint(0, 99),
        g.ch(["bemiddelings", "urgentie", "uitstroom", "Wonen met Begeleiding"]),
        g.ch(
            [
                "",
                " op voordracht van "
                + g.ch(
                    [
                        ORG("Leger des Heils"),
                        ORG("Kwintes"),
                        "het " + ORG("Wijkteam"),
                        "de " + ORG("maatschappelijke opvang"),
                    ]
                ),
            ]
        ),
        g.D(sleutel - _dt.timedelta(days=5), g.ch(["long_wd", "wd_dm", "num"])),
        g.ch(["9.00", "13.00", "15.45"]),
        PN(wc, "full"),
        g.D(sleutel, g.ch(["long", "num", "wd_dm"])),
        PN(cl, "given"),
        "".join(
            ", %s (%d)" % (PN(k, "first"), a)
            for k, a in zip(kids, sorted(g.r.sample(range(1, 17), len(kids)), reverse=True))
        ),
        g.phone(),
        PN(wc, "fi_last"),
        ROLE(g.ch(["woonconsulent", "verhuurmakelaar", "medewerker verhuur"])),
    )
    return t


# ================================================================ templates D: ZVH, Veilig Thuis, safety
def t_zvh_verslag(g):
    C = g.C
    cl = g.person()
    pr = g.prof()
    att = [
        (g.prof(), ROLE("wijkagent"), ORG(g.ch(["Politie", "politie basisteam " + C["name"]]))),
        (g.prof(), ROLE(g.ch(["casusregisseur", "maatschappelijk werker", "wijkcoach"])), g.team()),
        (
            g.prof(),
            ROLE(g.ch(["reclasseringswerker", "toezichthouder"])),
            ORG(
                g.ch(
                    ["Reclassering Nederland", "Leger des Heils J&R", "SVG Verslavingsreclassering"]
                )
            ),
        ),
        (g.prof(), ROLE(g.ch(["SPV", "psychiater", "GGZ-verpleegkundige"])), ORG(g.ggz())),
        (g.prof(), ROLE(g.ch(["woonconsulent", "medewerker bijzonder beheer"])), ORG(g.corp())),
    ]
    g.r.shuffle(att)
    n = g.r.randint(3, 5)
    present = att[:n]
    absent = att[n:]
    d = g.d0
    lines = [
        "%s" % ORG(C["zvh"]),
        "Verslag casusoverleg – VERTROUWELIJK",
        "Casusnummer: %s" % g.zvh_nr(),
        "Datum overleg: %s, %s"
        % (
            g.D(d, g.ch(["long_wd", "num", "long"])),
            g.ch(["10.00-11.00 uur", "via Teams", "locatie ZVH", "13.30 uur"]),
        ),
        "Betrokkene: %s (%s), %s%s"
        % (
            PN(cl, g.ch(["full", "formal"])),
            g.D(g.bday(1960, 2004), g.ch(["num", "short"])),
            g.addr(),
            (" (wijk " + g.wijk() + ")") if (C["wijken"] and g.maybe(0.5)) else "",
        ),
        "Voorzitter: %s, %s" % (PN(pr, "full"), ROLE("procesregisseur")),
        "Aanwezig:",
    ]
    for p, role, org in present:
        lines.append("- %s (%s, %s)" % (PN(p, g.ch(["full", "formal", "fi_last"])), role, org))
    if absent:
        lines.append(
            "Afwezig m.k.: "
            + ", ".join("%s (%s)" % (PN(p, "full"), org) for p, role, org in absent)
        )
    lines += [
        "",
        "Aanleiding\n%s %s is %s. %s"
        % (
            TT(cl, "cap"),
            PN(cl, "last"),
            g.ch(
                [
                    "sinds %s %d keer in beeld geweest bij de politie wegens bedreiging van buren"
                    % (g.month_year(d - _dt.timedelta(days=200)), g.r.randint(3, 9)),
                    "na detentie teruggekeerd zonder woning en inkomen",
                    "zorgmijdend; er zijn signalen van verwaarlozing van de woning en overlast",
                    "betrokken bij een huiselijk-geweldincident op %s"
                    % g.D(d - _dt.timedelta(days=g.r.randint(5, 40)), g.ch(["dm", "num", "long"])),
                ]
            ),
            g.ch(
                [
                    "Er loopt een strafzaak (parketnummer %s)."
                    % DOS("%s/%s-%s" % (g.digits(2), g.digits(6), str(d.year)[2:])),
                    "Politieregistratie %s."
                    % DOS("PL%s-%s%s" % (g.digits(4), d.year, g.digits(6))),
                    "Melding %s van %s is bijgevoegd." % (g.vt_nr(), ORG(C["vt"])),
                    "Volgens %s moeder, %s, is %s sinds de winter niet meer te bereiken."
                    % (cl.haar(), PN(g.relative(cl, ["moeder"])[1], "full"), cl.zij()),
                    "",
                ]
            ),
        ),
    ]
    lines.append("\nAfspraken")
    lines.append("| Actie | Wie | Wanneer |")
    acts = [
        ("huisbezoek samen met wijkagent", 0),
        ("aanvraag Wvggz-verkennend onderzoek", 3),
        ("gesprek over huurachterstand en afspraak betalingsregeling", 4),
        ("contact met reclassering over bijzondere voorwaarden", 2),
        ("terugkoppeling aan melder", 1),
    ]
    for a, idx in g.r.sample(acts, 3):
        p = att[idx % len(att)][0]
        lines.append(
            "| %s | %s | %s |"
            % (
                a,
                PN(p, g.ch(["first", "fi_last", "last"])),
                g.ch(
                    [
                        "z.s.m.",
                        "week %d" % g.r.randint(2, 50),
                        g.D(
                            d + _dt.timedelta(days=g.r.randint(3, 21)),
                            g.ch(["dm_num", "num", "dm"]),
                        ),
                    ]
                ),
            )
        )
    lines.append(
        "\nVolgend overleg: %s."
        % g.D(d + _dt.timedelta(days=g.r.randint(14, 42)), g.ch(["long", "wd_dm", "num"]))
    )
    return "\n".join(lines)


def t_zvh_aanmelding(g):
    C = g.C
    cl = g.person()
    mw = g.prof()
    ex = g.person(g="m" if cl.g == "v" else "v", origin=cl.origin if g.maybe(0.6) else None)
    kid = g.child_of(cl if g.maybe() else ex)
    t = (
        "Aanmeldformulier %s\n\nAanmelder: %s, %s, %s\nTelefoon aanmelder: %s\nE-mail: %s\nDatum: %s\n\n"
        "Gegevens betrokkene\nNaam: %s\nGeboortedatum: %s\nBSN: %s\nAdres: %s\nNetwerk: %s (ex-partner), %s (%s, %d jaar)\n\n"
        "Reden van aanmelding\n%s\n\nWelke partners zijn betrokken?\n%s\n\nIs betrokkene op de hoogte van de aanmelding? %s"
    ) % (
        ORG(C["zvh"]),
        PN(mw, "full"),
        ROLE(
            g.ch(["casusregisseur", "wijkcoach", "maatschappelijk werker", "consulent bemoeizorg"])
        ),
        g.team(),
        g.phone(),
        g.email(mw, C["dom"]),
        g.D(g.d0, g.ch(["num", "slash", "long"])),
        PN(cl, "fullgiven"),
        g.D(g.bday(1965, 2004), g.ch(["num", "short", "dot"])),
        g.bsn(),
        g.full_addr(),
        PN(ex, "full"),
        PN(kid, "first"),
        "zoon" if kid.g == "m" else "dochter",
        g.r.randint(3, 17),
        g.ch(
            [
                "Complexe situatie met huiselijk geweld, verslaving en dreigende huisuitzetting. Vrijwillige hulp komt niet van de grond; meerdere partners werken langs elkaar heen.",
                "Herhaald incidenten rond de woning (brandgevaar, hoarding). Betrokkene weigert hulp van de %s. Buren dreigen zelf actie te ondernemen."
                % ROLE("wijkverpleegkundige"),
                "Na uitstroom uit detentie op %s geen passende woonplek; risico op recidive en terugval in gebruik."
                % g.D(g.d0 - _dt.timedelta(days=g.r.randint(10, 60)), g.ch(["long", "num"])),
            ]
        ),
        ", ".join(
            ORG(x)
            for x in g.r.sample(
                [
                    C["vt"],
                    g.ggz(),
                    g.corp(),
                    "Reclassering Nederland",
                    "Politie",
                    C["ggd"],
                    "Raad voor de Kinderbescherming",
                ],
                3,
            )
        ),
        g.ch(
            [
                "Ja, besproken op %s."
                % g.D(g.d0 - _dt.timedelta(days=g.r.randint(1, 7)), g.ch(["dm", "num", "wd_dm"])),
                "Nee, i.v.m. veiligheid",
                "Ja",
            ]
        ),
    )
    return t


def t_zvh_uitnodiging(g):
    C = g.C
    sec = g.prof()
    cl = g.person()
    rcp = [g.prof() for _ in range(3)]
    d = g.d0 + _dt.timedelta(days=g.r.randint(4, 15))
    t = (
        "Van: %s <%s>\nAan: %s\nCC: %s\nOnderwerp: Uitnodiging casusoverleg %s – %s\n\n"
        "Beste allen,\n\nHierbij nodig ik jullie uit voor het casusoverleg over %s %s"
        + ((" (" + g.addr() + ")") if g.maybe(0.5) else "")
        + " op %s van %s tot %s uur. %s\n"
        "Graag vooraf via het beveiligde systeem de actuele informatie aanleveren, uiterlijk %s 12.00 uur. Let op: stuur geen persoonsgegevens via gewone e-mail.\n\n"
        "Agenda:\n1. Actuele situatie (%s, %s)\n2. Risicotaxatie (%s)\n3. Afspraken en regie\n\nGroet,\n%s\n%s\n%s"
    ) % (
        PN(sec, "full"),
        g.email(
            sec,
            asciify(C["zvh"].lower().split()[-1]) + ".nl"
            if g.maybe()
            else "zvh" + asciify(C["name"].lower()) + ".nl",
        ),
        "; ".join(
            g.email(
                p,
                g.ch(
                    [
                        C["dom"],
                        "politie.nl",
                        "reclassering.nl",
                        asciify(g.ggz().lower().replace(" ", "")) + ".nl",
                    ]
                ),
            )
            for p in rcp[:2]
        ),
        g.email(rcp[2], C["dom"]),
        g.zvh_nr(),
        g.ch(
            [
                "persoonsgerichte aanpak",
                "nazorg ex-gedetineerden",
                "complexe casuïstiek",
                "top-X",
                "huiselijk geweld",
            ]
        ),
        TT(cl, "short"),
        PN(cl, g.ch(["fi_last", "last", "formal"])),
        g.D(d, g.ch(["long_wd", "wd_dm", "num"])),
        *g.ch([("9.30", "10.30"), ("13.00", "14.00"), ("14.30", "15.30"), ("10.00", "11.30")]),
        g.ch(
            [
                "Locatie: " + ORG(C["zvh"]) + ", vergaderruimte 2.",
                "Het overleg is digitaal.",
                "We zitten in de grote zaal.",
            ]
        ),
        g.D(d - _dt.timedelta(days=2), g.ch(["wd_dm", "dm_num", "dm"])),
        PN(rcp[0], "first"),
        ROLE(g.ch(["wijkagent", "casusregisseur"])),
        PN(rcp[1], g.ch(["first", "fi_last"])),
        PN(sec, "first"),
        ROLE(g.ch(["procesregisseur", "secretariaat ZVH", "netwerkcoördinator"])),
        ORG(C["zvh"]),
    )
    return t


def t_vt_terugkoppeling(g):
    C = g.C
    cl = g.person(g="v")
    part = g.person(g="m", origin=cl.origin if g.maybe(0.7) else None)
    kids = [g.child_of(part if g.maybe(0.7) else cl) for _ in range(g.r.randint(1, 3))]
    vtm = g.prof()
    cr = g.prof()
    d = g.d0
    kidtxt = ", ".join(
        "%s (%d)" % (PN(k, "first"), a)
        for k, a in zip(kids, sorted(g.r.sample(range(1, 16), len(kids)), reverse=True))
    )
    t = (
        "%s\n\nAan: %s, %s\nDatum: %s\nOnze referentie: %s\n\nBetreft: overdracht na onderzoek/veiligheidsbeoordeling\n\n"
        "Beste %s,\n\nNaar aanleiding van de politiezorgmelding van %s hebben wij contact gehad met mevrouw %s en de heer %s. "
        "In het gezin wonen %s. Er is sprake van %s. Wij dragen de casus aan jullie over met de volgende veiligheidsafspraken:\n"
        "1. de heer %s verblijft voorlopig bij zijn broer aan de %s;\n2. bij een nieuw incident belt mevrouw direct 112;\n"
        "3. het wijkteam monitort de afspraken; eerste evaluatie op %s.%s\n\nMet vriendelijke groet,\n%s\n%s, %s"
    ) % (
        ORG(C["vt"]),
        PN(cr, "full"),
        g.team(),
        g.D(d, g.ch(["long", "num"])),
        g.vt_nr(),
        PN(cr, "first"),
        g.D(d - _dt.timedelta(days=g.r.randint(10, 40)), g.ch(["dm", "long", "num"])),
        PN(cl, "last"),
        PN(part, "last"),
        kidtxt,
        g.ch(
            [
                "partnergeweld met kinderen als getuige",
                "ernstige spanningen na de scheiding",
                "kindermishandeling (fysiek)",
                "ouderenmishandeling (financieel)",
            ]
        ),
        PN(part, "last"),
        g.addr(),
        g.D(d + _dt.timedelta(days=g.r.randint(14, 35)), g.ch(["long", "num", "dm"])),
        g.ch(
            [
                "",
                "\n4. de %s van %s wordt door moeder geïnformeerd."
                % (ROLE("intern begeleider"), PN(kids[0], "poss") + " school"),
                "\n%s juf heeft eerder zorgen gemeld bij %s." % (PN(kids[-1], "poss"), ORG("CJG")),
            ]
        ),
        PN(vtm, "full"),
        ROLE(g.ch(["medewerker Veilig Thuis", "aandachtsfunctionaris", "medewerker onderzoek"])),
        ORG(C["vt"]),
    )
    return t


def t_meldpunt_ggd(g):
    C = g.C
    cl = g.person()
    melw, mel = g.relative(
        cl, ["buurvrouw", "buurman", "bovenbuurman", "zus", "overbuurvrouw", "neef"]
    )
    ggdm = g.prof()
    d = g.d0
    t = (
        "%s – Meldpunt Zorg en Overlast\nMeldingsformulier   nr. %s\n\n"
        "Datum/tijd melding: %s, %s uur\nMelder: %s %s (%s), tel. %s\nBetreft: %s, %s, %s %s%s\n\n"
        "Inhoud melding: %s\n\nActie: %s bezoekt betrokkene op %s samen met %s. %s"
    ) % (
        ORG(C["ggd"]),
        DOS(g.fill(g.ch(["MZO-{Y}-####", "{y}/MP/#####", "#####"]))),
        g.D(d, g.ch(["num", "slash", "iso"])),
        g.ch(["09:14", "11:40", "15:05", "16:52"]),
        melw,
        PN(mel, g.ch(["full", "last", "formal"])),
        g.ch(["anoniem voor betrokkene", "naam niet doorgeven", "mag genoemd worden"]),
        g.phone(),
        PN(cl, "full") if g.maybe() else (TT(cl, "short") + " " + PN(cl, "last")),
        g.ch(["ca. 70 jaar", "leeftijd onbekend", "%d jaar" % g.r.randint(30, 85)]),
        g.addr(),
        g.pc(),
        (" – " + g.wijk()) if C["wijken"] else "",
        g.ch(
            [
                "Stankoverlast uit de woning, post stapelt zich op, betrokkene is al dagen niet gezien. Gordijnen altijd dicht.",
                "Betrokkene roept 's nachts in het trappenhuis, lijkt verward en vermagerd. Heeft geen contact met familie.",
                "Veel katten in de woning, ongedierte in de galerij. Eerder gemeld bij %s."
                % ORG(g.corp()),
            ]
        ),
        PN(ggdm, "fi_last"),
        g.D(d + _dt.timedelta(days=g.r.randint(0, 3)), g.ch(["wd_dm", "num", "dm"])),
        ROLE(g.ch(["wijkverpleegkundige", "wijkagent", "woonconsulent"]))
        if g.maybe(0.5)
        else ("de " + ROLE("wijkagent")),
        g.ch(
            [
                "Huisarts: %s, %s." % (PN(g.prof(), "formal"), g.phone("land")),
                "Huisarts onbekend.",
                "Familie: %s %s, tel. onbekend."
                % (lambda wp: (wp[0], PN(wp[1], "full")))(
                    g.relative(cl, ["zoon", "dochter", "broer", "zus"])
                ),
            ]
        ),
    )
    return t


def t_wvggz(g):
    C = g.C
    cl = g.person()
    vw, ver = g.relative(cl, ["moeder", "vader", "zus", "broer", "oom"])
    pers = g.prof()
    inv = {
        "moeder": "zoon" if cl.g == "m" else "dochter",
        "vader": "zoon" if cl.g == "m" else "dochter",
        "oom": "neef" if cl.g == "m" else "nicht",
        "zus": "broer" if cl.g == "m" else "zus",
        "broer": "broer" if cl.g == "m" else "zus",
    }[vw]
    d = g.d0
    t = (
        "Aan: %s, team Wvggz\nVan: %s\nDatum: %s\n\nVerzoek tot verkennend onderzoek (art. 5:1 Wvggz)\n\n"
        "Naam betrokkene: %s\nGeboren: %s\nWoonadres: %s\nVerblijfplaats (indien anders): %s\nBSN (indien bekend): %s\n\n"
        "Naam verzoeker: %s, %s van betrokkene, %s, %s\n\n"
        "Beschrijving van de zorgen:\n%s\n\nDe gemeente neemt binnen 14 dagen een besluit over het indienen van een verzoek tot een zorgmachtiging bij de officier van justitie.\n"
        "Ook betrokken: %s (%s) en %s (%s).\nZaaknummer gemeente: %s\nBehandelaar: %s"
    ) % (
        g.gemeente(),
        g.ch(["verzoeker (particulier)", "%s, %s" % (PN(pers, "full"), ROLE("huisarts"))]),
        g.D(d, g.ch(["long", "num"])),
        PN(cl, "fullgiven"),
        g.D(g.bday(1955, 2003), g.ch(["num", "long"])),
        g.full_addr(),
        g.ch(
            [
                "bij vriend in %s" % g.ch(["Kampen", "Hengelo", "Sneek", "Kerkrade", "Lelystad"]),
                "zwervend, slaapt in de auto",
                "idem",
            ]
        ),
        g.bsn() if g.maybe(0.7) else "onbekend",
        PN(ver, "full"),
        vw,
        g.addr() + ", " + g.pc() + " " + C["name"]
        if g.maybe(0.6)
        else g.addr()
        + " te "
        + g.ch(["Hardenberg", "Meppel", "Roermond", "Nijmegen", "Hoorn", "Sneek"]),
        g.phone(),
        g.ch(
            [
                "Mijn %s gebruikt %s medicatie (%s) niet meer sinds %s. %s is achterdochtig, heeft de ramen afgeplakt en bedreigde op %s de buurman met een mes."
                % (
                    inv,
                    cl.haar(),
                    g.ch(["clozapine", "lithium", "haloperidol"]),
                    g.month_year(d - _dt.timedelta(days=60)),
                    cap_sur(cl.zij()),
                    g.D(d - _dt.timedelta(days=g.r.randint(2, 10)), g.ch(["dm", "wd_dm"])),
                ),
                "Betrokkene eet niet meer, hoort stemmen en weigert elke hulp. De %s komt niet binnen."
                % ROLE("wijkverpleegkundige"),
                "Sinds de opname bij %s in %d gaat het steeds slechter. Er zijn schulden, de huur is niet betaald en %s is vermagerd."
                % (ORG(g.ggz()), d.year - 1, cl.zij()),
            ]
        ),
        PN(g.prof(), "full"),
        ROLE(g.ch(["wijkverpleegkundige", "huisarts", "woonconsulent"])),
        PN(g.prof(), g.ch(["full", "fi_last"])),
        ROLE(g.ch(["wijkagent", "ambulant begeleider"])),
        g.kenmerk(),
        PN(g.prof(), "formal"),
    )
    return t


# ================================================================ templates E: courts
def court_head(g, kind):
    C = g.C
    return "Aan de %s\n%s, locatie %s\nPostbus %d\n" % (
        ORG(C["rb"]),
        ORG(g.ch(["team Kanton", "sector kanton", "afdeling Bewind", "Team Toezicht Bewind"])),
        C["rbloc"],
        g.r.randint(100, 20000),
    )


def t_bewind_verzoek(g):
    C = g.C
    cl = g.person()
    bw = g.prof()
    wt = g.prof()
    d = g.d0
    t = (
        court_head(g, "bewind")
        + "\nVERZOEKSCHRIFT TOT INSTELLING VAN BESCHERMINGSBEWIND (art. 1:431 BW)\n\n"
        "Verzoeker/betrokkene: %s %s, geboren op %s te %s, BSN %s, wonende aan de %s, %s %s.\n\n"
        "Voorgestelde bewindvoerder: %s, %s, %s\n\n"
        "Grond: betrokkene is als gevolg van %s tijdelijk of duurzaam niet in staat zijn/haar vermogensrechtelijke belangen behoorlijk waar te nemen. "
        "Er is sprake van problematische schulden (zie bijgevoegde schuldenlijst, %d schuldeisers).\n\n"
        "Het verzoek wordt ondersteund door %s, %s van het %s, die betrokkene sinds %s begeleidt (verklaring d.d. %s bijgevoegd).\n\n"
        "Belanghebbenden (art. 798 Rv): %s\n\n%s, %s\n\n(handtekening verzoeker)                (handtekening bewindvoerder)"
    ) % (
        TT(cl, "long"),
        PN(cl, "fullgiven"),
        g.D(g.bday(1950, 2003), g.ch(["long", "num"])),
        g.ch(BIRTHPLACES[cl.origin]),
        g.bsn(),
        g.addr(),
        g.pc(),
        C["name"],
        PN(bw, "formal"),
        ROLE("beschermingsbewindvoerder"),
        ORG(
            g.ch(
                [
                    "Bewindvoering Oost",
                    "Budget Beheer Noord",
                    "Stichting Mentorschap & Bewind",
                    "Bewindvoerderskantoor De Brug",
                    "Kompas Bewind",
                ]
            )
        )
        + g.ch([".", " (kantoor " + C["name"] + ")."]),
        g.ch(
            [
                "een licht verstandelijke beperking",
                "psychische problemen",
                "verkwisting en problematische schulden",
                "verslaving",
            ]
        ),
        g.r.randint(4, 21),
        PN(wt, "full"),
        ROLE(g.ch(["casusregisseur", "maatschappelijk werker", "MEE-consulent"])),
        g.team(),
        g.month_year(d - _dt.timedelta(days=g.r.randint(90, 600))),
        g.D(d - _dt.timedelta(days=g.r.randint(1, 10)), g.ch(["num", "long"])),
        "; ".join(
            "%s %s (%s)%s"
            % (
                w,
                PN(p, g.ch(["full", "formal"])),
                g.ch(
                    [
                        "adres onbekend",
                        "woont in "
                        + g.ch(
                            [
                                "Kampen",
                                "Hengelo",
                                "Rotterdam",
                                "Turkije",
                                "Suriname",
                                "Polen",
                                "Eindhoven",
                            ]
                        ),
                        g.addr() + " te " + C["name"],
                    ]
                ),
                "",
            )
            for w, p in [
                g.relative(cl, [x])
                for x in g.r.sample(
                    ["moeder", "vader", "broer", "zus", "dochter", "zoon"], g.r.randint(2, 4)
                )
            ]
        ),
        C["name"],
        g.D(d, g.ch(["long", "num"])),
    )
    return t


def t_verklaring_wijkteam(g):
    C = g.C
    cl = g.person()
    wt = g.prof()
    kind = g.ch(["bewind", "mentor"])
    team = g.team()
    t = (
        "%s\n\nVerklaring ten behoeve van de %s\nInzake: %s %s, geb. %s\nRekestnummer: %s\n\n"
        "Ondergetekende, %s, werkzaam als %s bij %s, verklaart het volgende.\n\n"
        "Ik ken betrokkene sinds %s. %s Op %s heb ik samen met %s %s de administratie doorgenomen. %s\n\n"
        "Naar mijn oordeel is %s in het belang van betrokkene. Betrokkene is het hiermee eens.\n\n"
        "Naar waarheid opgemaakt te %s op %s.\n\n%s"
    ) % (
        team,
        ORG(C["rb"]),
        TT(cl),
        PN(cl, "formal"),
        g.D(g.bday(1945, 2003), g.ch(["num", "short"])),
        g.court_nr("bewind" if kind == "bewind" else "mentor"),
        PN(wt, "fullgiven" if g.maybe(0.3) else "full"),
        ROLE(
            g.ch(
                [
                    "maatschappelijk werker",
                    "casusregisseur",
                    "sociaal werker",
                    "wijkverpleegkundige",
                ]
            )
        ),
        team,
        g.month_year(g.d0 - _dt.timedelta(days=g.r.randint(100, 900))),
        g.ch(
            [
                "Betrokkene heeft moeite met lezen en overziet de gevolgen van afspraken niet.",
                "Betrokkene lijdt aan beginnende dementie (diagnose %s, %s)."
                % (
                    ORG(g.ch([C["zh"], "geheugenpoli"])),
                    g.D(g.d0 - _dt.timedelta(days=g.r.randint(60, 300)), g.ch(["num", "dm"])),
                ),
                "Er zijn aanwijzingen dat een kennis, %s, misbruik maakt van de pinpas van betrokkene."
                % PN(g.person(), "full"),
            ]
        ),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(3, 30)), g.ch(["long", "dm", "num"])),
        *(
            lambda wp: (
                g.ch(["de ", "de ", "haar " if cl.g == "v" else "zijn "]) + wp[0],
                PN(wp[1], "first"),
            )
        )(g.relative(cl, ["dochter", "zoon", "zus", "buurman", "kleindochter"])),
        g.ch(
            [
                "Er zijn onbetaalde rekeningen gevonden van onder meer %s en %s."
                % (
                    ORG(g.ch(["Vitens", "Essent", "Vattenfall"])),
                    ORG(g.ch(["CJIB", "DUO", "Menzis"])),
                ),
                "Betrokkene neemt geen zorgbeslissingen meer en weigert de thuiszorg regelmatig de deur.",
                "",
            ]
        ),
        "beschermingsbewind" if kind == "bewind" else "mentorschap",
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        PN(wt, "formal"),
    )
    if g.maybe(0.5):
        t += "\n\n" + cc_people(g, g.r.randint(1, 2), extra=["betrokkene"])
    return t


def money(g, lo, hi):
    v = g.r.randint(lo, hi) + g.r.randint(0, 99) / 100
    s = "%.2f" % v
    ent, dec = s.split(".")
    ent = "{:,}".format(int(ent)).replace(",", ".")
    return "€ %s,%s" % (ent, dec)


def t_rekening_verantwoording(g):
    C = g.C
    cl = g.person()
    bw = g.prof()
    y = g.d0.year - 1
    t = (
        "REKENING EN VERANTWOORDING BESCHERMINGSBEWIND\n%s – %s\n\nRechthebbende: %s\nGeboortedatum: %s\nAdres: %s\nZaaknummer: %s\n"
        "Bewindvoerder: %s (%s), dossierbehandelaar %s\nVerantwoordingsperiode: %s t/m %s\n\n"
        "Rekeningen\n| Rekening | IBAN | Saldo begin | Saldo eind |\n| Beheerrekening | %s | %s | %s |\n| Leefgeldrekening | %s | %s | %s |\n"
        "| Spaarrekening | %s | %s | %s |\n\n"
        "Toelichting: %s\n\nContact familie: %s (%s), %s.\n\nDe bewindvoerder verklaart deze rekening en verantwoording naar waarheid te hebben opgemaakt.\n%s, %s\n%s"
    ) % (
        ORG(C["rb"]),
        C["rbloc"],
        PN(cl, "fullgiven"),
        g.D(g.bday(1940, 2000), g.ch(["num", "long", "dot"])),
        g.full_addr(),
        g.court_nr("bewind"),
        PN(bw, "formal"),
        ORG(
            g.ch(
                [
                    "Bewindvoering Oost",
                    "Kompas Bewind",
                    "Budget Beheer Noord B.V.",
                    "Stichting Mentorschap & Bewind",
                ]
            )
        ),
        PN(g.prof(), g.ch(["full", "first"])),
        g.D(_dt.date(y, 1, 1), g.ch(["long", "num"]), shift=False),
        g.D(_dt.date(y, 12, 31), g.ch(["long", "num"]), shift=False),
        g.iban(),
        money(g, 10, 900),
        money(g, 10, 900),
        g.iban(),
        money(g, 0, 200),
        money(g, 0, 200),
        g.iban(),
        money(g, 0, 3000),
        money(g, 0, 3000),
        g.ch(
            [
                "In %d is een schuldregeling gestart via %s (dossier %s)."
                % (y, shv_org(g), DOS(g.fill("SHV-{y}-####", y))),
                "Het saldo van de spaarrekening is gereserveerd voor de eindafrekening energie.",
                "Rechthebbende is per %s verhuisd naar een zorginstelling; de huur van de oude woning is opgezegd."
                % g.D(_dt.date(y, g.r.randint(2, 11), g.r.randint(1, 28)), g.ch(["long", "num"])),
            ]
        ),
        *(lambda wp: (PN(wp[1], "full"), wp[0], g.phone("mob")))(
            g.relative(cl, ["zoon", "dochter", "zus", "broer", "nicht"])
        ),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        PN(bw, "full"),
    )
    return t


def t_mentor_verslag(g):
    C = g.C
    cl = g.person()
    me = g.prof()
    zh = g.ch(
        [
            "Zonnehuisgroep",
            "Zorggroep Alliade",
            "Meander Groep",
            "Zorggroep Sint Maarten",
            "Icare",
            "Interzorg",
            "Vivium",
            "Zorgcentrum De Wingerd",
            "Patyna",
            "Carinova",
            "Proteion",
        ]
    )
    y = g.d0.year - 1
    t = (
        "Verslag van de mentor over %d\nAan: %s (%s)\nZaaknummer: %s\n\nBetrokkene: %s %s, geboren %s, verblijvend in %s (locatie %s).\nMentor: %s\n\n"
        "1. Zorg en verblijf\n%s\n\n2. Contact\nIk heb betrokkene %d keer bezocht, laatst op %s. Er is contact met %s (%s) en met de %s, %s.\n\n"
        "3. Bijzonderheden\n%s\n\nDatum: %s   Handtekening mentor: ________"
    ) % (
        y,
        ORG(C["rb"]),
        ORG("team kanton"),
        g.court_nr("mentor"),
        TT(cl),
        PN(cl, "formal"),
        g.D(g.bday(1928, 1962), g.ch(["num", "long"])),
        ORG(zh),
        g.ch(["De Hof", "Het Anker", "De Bongerd", "Sonnewende"]),
        PN(me, "full"),
        g.ch(
            [
                "Betrokkene woont sinds %s op een gesloten afdeling psychogeriatrie. Er is een zorgplan opgesteld; de mentor heeft op %s ingestemd met aanpassing van de medicatie."
                % (
                    g.month_year(g.d0 - _dt.timedelta(days=500)),
                    g.D(
                        g.d0 - _dt.timedelta(days=g.r.randint(60, 300)), g.ch(["num", "dm", "long"])
                    ),
                ),
                "Betrokkene woont met begeleiding van %s. In het voorjaar was er een crisisopname van drie weken."
                % ORG(
                    g.ch(["Reinaerde", "'s Heeren Loo", "Philadelphia", "Ambiq", "Zozijn", "Cosis"])
                ),
            ]
        ),
        g.r.randint(6, 24),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(5, 40)), g.ch(["long", "num", "dm"])),
        *(lambda wp: (PN(wp[1], "full"), wp[0]))(
            g.relative(cl, ["zoon", "dochter", "nicht", "broer", "schoondochter"])
        ),
        ROLE(
            g.ch(
                [
                    "specialist ouderengeneeskunde",
                    "EVV'er",
                    "zorgcoördinator",
                    "persoonlijk begeleider",
                ]
            )
        ),
        PN(g.prof(), "formal"),
        g.ch(
            [
                "Geen.",
                "Betrokkene stond onder bewind; de bewindvoerder is %s." % PN(g.prof(), "formal"),
                "Er is een Wzd-maatregel (rolstoelriem) afgesproken.",
            ]
        ),
        g.D(g.d0, g.ch(["num", "long"])),
    )
    return t


def t_moratorium(g):
    C = g.C
    cl = g.person()
    pr = g.person(g="v" if cl.g == "m" else "m") if g.maybe(0.5) else None
    shv = g.prof()
    corp = g.corp()
    d = g.d0
    t = (
        "%s\nT.a.v. de %s\n\nVerzoekschrift ex artikel 287b Faillissementswet (moratorium)\n\n"
        "Namens: %s%s\nwonende te %s, %s\nDossiernummer schuldhulpverlening: %s\n\n"
        "Verzoeker heeft een schuldhulpverleningstraject bij %s. %s heeft bij vonnis van %s (zaaknummer %s) de ontruiming van de woning aangezegd per %s. "
        "Ontruiming zou het lopende minnelijke traject doen mislukken. Verzocht wordt een afkoelingsperiode van zes maanden uit te spreken.\n\n"
        "Contactpersoon: %s, %s, %s\n\n%s, %s"
    ) % (
        ORG(C["rb"]),
        ROLE("rechter-commissaris"),
        PN(cl, "formal"),
        (" en " + PN(pr, "formal")) if pr else "",
        C["name"],
        g.addr(),
        DOS(g.fill(g.ch(["SHV-{Y}-####", "{y}.SH.####"]))),
        shv_org(g),
        ORG(corp),
        g.D(d - _dt.timedelta(days=g.r.randint(20, 60)), g.ch(["long", "num"])),
        DOS("%s/%s / KG ZA %s-%s" % (C["rbc"], g.digits(6), str(d.year)[2:], g.digits(3)))
        if g.maybe()
        else DOS("%s \\ CV EXPL %s-%s" % (g.digits(8), str(d.year)[2:], g.digits(4))),
        g.D(d + _dt.timedelta(days=g.r.randint(5, 14)), g.ch(["long", "long_wd", "num"])),
        PN(shv, "full"),
        ROLE("schuldhulpverlener"),
        g.phone(),
        C["name"],
        g.D(d, g.ch(["long", "num"])),
    )
    if g.maybe(0.6):
        t += "\n\n" + cc_line(
            g,
            [
                "%s (%s)" % (ORG(corp), "afdeling incasso"),
                "%s %s" % (ROLE("casusregisseur"), PN(g.prof(), "formal")),
                "%s %s" % (TT(cl, "short"), PN(cl, "last")),
            ],
        )
    return t


def t_wsnp(g):
    C = g.C
    cl = g.person()
    shv = g.prof()
    t = (
        "Verklaring ex artikel 285 lid 1 sub f Faillissementswet\n\nOndergetekende, %s, %s bij %s, verklaart dat er geen reële mogelijkheden zijn om met de schuldeisers van:\n\n"
        "Naam: %s\nVoornamen: %s\nGeboortedatum: %s\nBSN: %s\nAdres: %s\n%s\n"
        "tot een buitengerechtelijke schuldregeling te komen. Het schuldregelingsvoorstel van %s is door %d van de %d schuldeisers geaccepteerd; %s weigerde %s. "
        "Het verzoek tot een dwangakkoord is op %s afgewezen (%s).\n\nPlaats en datum: %s, %s\nHandtekening: %s"
    ) % (
        PN(shv, "formal"),
        ROLE(g.ch(["schuldhulpverlener", "schuldregelaar", "consulent schuldhulpverlening"])),
        shv_org(g),
        PN(cl, "last"),
        PN(cl, "given"),
        g.D(g.bday(1950, 2002), g.ch(["num", "dot", "long"])),
        g.bsn(),
        g.full_addr(),
        g.ch(
            [
                "",
                "Echtgeno%s: %s (gemeenschap van goederen)\n"
                % (
                    "ot" if cl.g == "v" else "te",
                    PN(g.person(g="m" if cl.g == "v" else "v"), "fullgiven"),
                ),
                "Bewindvoerder: %s\n" % PN(g.prof(), "formal"),
            ]
        ),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(120, 200)), g.ch(["long", "num"]))
        if g.maybe(0.5)
        else MONTHS[(g.d0.month - 6) % 12],
        g.r.randint(6, 14),
        g.r.randint(15, 22),
        ORG(g.ch(["Intrum", "Lowell", "DUO", "Belastingdienst", "Hoist Finance"])),
        g.ch(
            [
                "zonder opgaaf van redenen",
                "op "
                + g.D(g.d0 - _dt.timedelta(days=g.r.randint(60, 100)), g.ch(["dm", "num", "long"])),
            ]
        ),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(10, 40)), g.ch(["long", "num"])),
        g.court_nr("ft"),
        C["name"],
        g.D(g.d0, g.ch(["num", "long"])),
        PN(shv, "fi_last"),
    )
    return t


# ================================================================ templates F: forms, mails, notes
def t_toestemming(g):
    C = g.C
    cl = g.person()
    wt = g.prof()
    parts = g.r.sample(
        [
            "de huisarts",
            ORG(g.ggz()),
            ORG(g.corp()),
            shv_org(g),
            ORG(C["mee"]),
            ORG("UWV"),
            ORG(C["ggd"]),
            ORG("CAK"),
        ],
        4,
    )
    t = (
        "TOESTEMMINGSVERKLARING UITWISSELING GEGEVENS\n%s\n\n"
        "Ik, %s, geboren op %s, wonende %s, %s %s,\n"
        "geef toestemming aan %s (%s van %s) om informatie over mijn situatie uit te wisselen met:\n%s\n\n"
        "Deze toestemming geldt tot %s en kan ik altijd intrekken.\n\n"
        "Plaats: %s          Datum: %s\nHandtekening cliënt: ...........\nHandtekening medewerker: %s"
    ) % (
        g.team(),
        PN(cl, "fullgiven"),
        g.D(g.bday(1945, 2004), g.ch(["num", "short", "long", "slash"])),
        g.addr(),
        g.pc(),
        C["name"],
        PN(wt, "full"),
        ROLE(g.ch(["casusregisseur", "sociaal werker", "wijkcoach", "consulent"])),
        g.team(),
        "\n".join("[x] " + p for p in parts),
        g.D(g.d0 + _dt.timedelta(days=365), g.ch(["long", "num"])),
        C["name"],
        g.D(g.d0, g.ch(["num", "yy", "short", "slash"])),
        PN(wt, "fi_last"),
    )
    return t


def t_overdracht_fact(g):
    C = g.C
    cl = g.person()
    wt = g.prof()
    fact = g.prof()
    maw, ma = g.relative(cl, ["moeder", "vader", "zus", "broer", "vriendin"])
    d = g.d0
    f = [
        ("Naam cliënt", PN(cl, "full")),
        ("Geb.datum", g.D(g.bday(1960, 2004), g.ch(["num", "short", "dot"]))),
        ("BSN", g.bsn()),
        ("Adres", g.full_addr()),
        ("Tel.", g.phone("mob")),
        ("Huisarts", "%s, %s" % (PN(g.prof(), "formal"), g.phone("land"))),
        ("Netwerk", "%s (%s), %s" % (PN(ma, "full"), maw, g.phone())),
        (
            "Financiën",
            g.ch(
                [
                    "beschermingsbewind via %s"
                    % ORG(g.ch(["Kompas Bewind", "Bewindvoering Oost"])),
                    "geen bewind; schulden ca. €12.000",
                    "budgetbeheer via %s" % shv_org(g),
                ]
            ),
        ),
        (
            "Verzekerd bij",
            "%s, polisnr. %s"
            % (
                ORG(g.ch(["Menzis", "CZ", "VGZ", "Zilveren Kruis", "De Friesland"])),
                DOS(g.digits(9)),
            ),
        ),
        (
            "Overdracht aan",
            "%s, %s, %s"
            % (
                PN(fact, "full"),
                ROLE(g.ch(["casemanager FACT", "SPV", "trajectbegeleider"])),
                ORG(g.ggz()),
            ),
        ),
        ("Overdrachtsdatum", g.D(d, g.ch(["num", "long", "slash"]))),
    ]
    lines = [
        "OVERDRACHTSFORMULIER %s → %s"
        % (g.team(), ORG(g.ch(["FACT-team", "ambulant team", "IHT-team"]))),
        "",
    ]
    w = g.ch([18, 20])
    for a, b in f:
        lines.append(a.ljust(w) + ": " + b)
    lines.append("")
    lines.append(
        "Samenvatting: %s %s is sinds %s in beeld bij %s (%s). %s"
        % (
            TT(cl, "cap"),
            PN(cl, "last"),
            g.month_year(d - _dt.timedelta(days=g.r.randint(120, 700))),
            PN(wt, "full"),
            ROLE(g.ch(["casusregisseur", "maatschappelijk werker"])),
            g.ch(
                [
                    "Er is sprake van een psychotische kwetsbaarheid en cannabisgebruik. Zorgmijdend, maar accepteert contact met %s."
                    % PN(wt, "first"),
                    "Na opname op %s (%s) is de nazorg niet goed van de grond gekomen."
                    % (
                        g.D(d - _dt.timedelta(days=g.r.randint(30, 120)), g.ch(["dm", "num"])),
                        ORG(g.ggz()),
                    ),
                    "Bipolaire stoornis; in manische periodes grote uitgaven en conflicten met buren.",
                ]
            ),
        )
    )
    return "\n".join(lines)


def t_mail_formeel(g):
    C = g.C
    a = g.prof()
    b = g.prof()
    cl = g.person()
    d = g.d0
    org_b = g.ch([ORG(g.corp()), shv_org(g), ORG(g.ggz()), ORG(C["mee"]), ORG("UWV")])
    dom_b = g.ch(["%s.nl" % asciify(g.corp().lower().replace(" ", "")), C["dom"]])
    t = (
        "Van: %s <%s>\nVerzonden: %s %s\nAan: %s <%s>\n%sOnderwerp: RE: %s\n\n"
        "Geachte %s %s,\n\nDank voor uw bericht. %s Wij stellen voor om op %s een gezamenlijk huisbezoek af te leggen"
        + ((" aan de " + g.addr()) if g.maybe(0.6) else "")
        + ". "
        "Wilt u laten weten of dit past? Ik ben bereikbaar op %s.\n\nMet vriendelijke groet,\n%s\n%s\n%s\n\n"
        "-----Oorspronkelijk bericht-----\nVan: %s\nVerzonden: %s\nOnderwerp: %s\n%s"
    ) % (
        PN(a, "full"),
        g.email(a, C["dom"]),
        g.D(d, g.ch(["long_wd", "num", "long"])),
        g.ch(["09:12", "14:37", "16:05", "11:58"]),
        PN(b, "full"),
        g.email(b, dom_b),
        ("CC: %s\n" % g.email(g.prof(), C["dom"])) if g.maybe(0.4) else "",
        g.ch(
            [
                "dossier %s" % DOS(g.fill(g.ch(C["kfmt"]))),
                "cliënt %s" % PN(cl, "fi_last"),
                "uw kenmerk %s" % DOS("HI-" + g.digits(5)),
            ]
        ),
        g.ch(["heer", "mevrouw"]) if False else ("heer" if b.g == "m" else "mevrouw"),
        PN(b, "last"),
        g.ch(
            [
                "Ik heb %s %s gisteren gesproken; %s stemt in met het delen van de gegevens."
                % (TT(cl), PN(cl, "last"), cl.zij()),
                "De toestemmingsverklaring van %s is inmiddels getekend (zie bijlage)."
                % PN(cl, "full"),
                "Helaas kon ik %s %s op %s niet bereiken; het telefoonnummer %s is buiten gebruik."
                % (
                    TT(cl),
                    PN(cl, "last"),
                    g.D(d - _dt.timedelta(days=2), g.ch(["wd_dm", "dm"])),
                    g.phone("mob"),
                ),
            ]
        ),
        g.D(d + _dt.timedelta(days=g.r.randint(3, 10)), g.ch(["long_wd", "wd_dm", "num", "dm"])),
        g.phone(),
        PN(a, "full"),
        ROLE(
            g.ch(
                [
                    "casusregisseur",
                    "Wmo-consulent",
                    "wijkcoach",
                    "consulent schuldhulpverlening",
                    "maatschappelijk werker",
                ]
            )
        ),
        g.team(),
        PN(b, "formal"),
        g.D(d - _dt.timedelta(days=g.r.randint(1, 4)), g.ch(["num", "long_wd"])),
        "huurachterstand / zorgen",
        g.ch(
            [
                "Wij maken ons zorgen over %s. De huur is sinds %s niet betaald en er wordt niet opengedaan."
                % (PN(cl, g.ch(["full", "formal"])), g.month_year(d - _dt.timedelta(days=90))),
                "Kunt u ons informeren of %s bij u bekend is? Wij krijgen meldingen van buren."
                % PN(cl, "formal"),
            ]
        ),
    )
    return t


def t_dossiernotitie(g):
    C = g.C
    cl = g.person()
    me = g.prof()
    other = g.prof()
    relw, rel = g.relative(cl, ["dochter", "zoon", "buurvrouw", "zus"])
    d = g.d0
    t = ("DOSSIERNOTITIE  %s  –  %s\nCliënt: %s (%s)\nAuteur: %s\n\n%s\n\n%s\n\nActie: %s") % (
        g.D(d, g.ch(["num", "iso", "slash"])),
        g.kenmerk(),
        PN(cl, g.ch(["full", "formal"])),
        g.D(g.bday(1950, 2004), g.ch(["num", "short"])),
        PN(me, "fi_last"),
        g.ch(
            [
                "Tel. contact met %s (%s, %s). Zij bevestigt dat de uitkering per %s is stopgezet wegens niet verschijnen. Heropening mogelijk na nieuwe aanvraag."
                % (
                    PN(other, "full"),
                    ROLE("klantmanager"),
                    ORG(g.ch(["UWV", "Werkplein", "team Inkomen"])),
                    g.D(d - _dt.timedelta(days=g.r.randint(5, 30)), g.ch(["dm", "num"])),
                ),
                "Huisbezoek afgelegd met %s (%s). Woning vervuild, koelkast leeg. %s oogt verward. %s (%s) komt morgen langs."
                % (
                    PN(other, "first"),
                    ROLE("wijkverpleegkundige"),
                    TT(cl, "shortcap"),
                    PN(rel, "first"),
                    relw,
                ),
                "Cliënt belde vanaf nieuw nummer %s. Adreswijziging doorgegeven: %s, %s."
                % (g.phone("mob"), g.addr(), g.pc()),
            ]
        ),
        g.ch(
            [
                "nb: dhr %s van %s terugbellen ivm betalingsregeling"
                % (PN(other, "lastlow"), ORG(g.corp())),
                "nb. %s wil niet dat %s (%s) iets te horen krijgt."
                % (PN(cl, "firstlow") if g.maybe() else PN(cl, "first"), PN(rel, "first"), relw),
                "Overleg gehad met %s, zie mail van %s."
                % (
                    PN(other, "first"),
                    g.D(d - _dt.timedelta(days=1), g.ch(["dm", "dm_num", "num"])),
                ),
            ]
        ),
        g.ch(
            [
                "z.s.m. aanmelden bij %s" % shv_org(g),
                "inbrengen in MDO van %s"
                % g.D(d + _dt.timedelta(days=g.r.randint(3, 14)), g.ch(["wd_dm", "dm_num", "num"])),
                "geen",
            ]
        ),
    )
    return t


def t_ontslagbericht(g):
    C = g.C
    cl = g.person()
    arts = g.prof()
    cr = g.prof()
    d = g.d0
    t = (
        "%s\nOntslagbericht / overdracht naar de wijk\n\nPatiënt: %s %s, geb. %s\nPatiëntnummer: %s\nAdres: %s\n"
        "Opname: %s   Ontslag: %s\nAfdeling: %s\n\n"
        "Aan: %s, t.a.v. %s\n\nBeste collega,\n\n%s Graag vragen wij het wijkteam om %s. Eerste afspraak poli %s.%s\n\n%s\n%s"
    ) % (
        ORG(g.ch([C["zh"], g.ggz()])),
        TT(cl, "shortcap"),
        PN(cl, "formal"),
        g.D(g.bday(1935, 2000), g.ch(["num", "dot", "slash"])),
        DOS(g.ch([g.digits(7), "P" + g.digits(6), g.digits(3) + "-" + g.digits(4)])),
        g.full_addr(),
        g.D(d - _dt.timedelta(days=g.r.randint(5, 40)), g.ch(["num", "dm_num", "short"])),
        g.D(d, g.ch(["num", "short", "long"])),
        g.ch(
            [
                "geriatrie",
                "interne geneeskunde",
                "kliniek acute psychiatrie",
                "verslavingskliniek",
                "longziekten",
            ]
        ),
        g.team(),
        PN(cr, g.ch(["full", "formal"])),
        g.ch(
            [
                "%s %s werd opgenomen na een val thuis; er bleek sprake van ondervoeding en verwaarlozing."
                % (TT(cl, "cap"), PN(cl, "last")),
                "Patiënt is opgenomen met een delier. Thuissituatie is kwetsbaar; partner %s is zelf ziek."
                % PN(g.person(), "first"),
                "Na een crisisopname via de %s is patiënt stabiel, maar heeft geen dagstructuur en forse schulden."
                % ROLE("crisisdienst"),
            ]
        ),
        g.ch(
            [
                "thuiszorg en huishoudelijke hulp te regelen",
                "een Wmo-indicatie aan te vragen",
                "contact op te nemen over dagbesteding en bewind",
                "op huisbezoek te gaan binnen een week",
            ]
        ),
        ("op " + g.D(d + _dt.timedelta(days=g.r.randint(7, 28)), g.ch(["long_wd", "num", "dm"])))
        if g.maybe(0.5)
        else g.ch(["over zes weken", "volgt per brief", "in week %d" % g.r.randint(2, 50)]),
        g.ch(
            [
                "",
                " Contactpersoon familie: %s (%s), %s."
                % (lambda wp: (PN(wp[1], "full"), wp[0], g.phone()))(
                    g.relative(
                        cl,
                        [
                            "dochter",
                            "zoon",
                            "zus",
                            "broer",
                            "echtgenoot" if cl.g == "v" else "echtgenote",
                        ],
                    )
                ),
                " Huisarts: %s. Medicatieoverzicht is verstuurd naar apotheek %s."
                % (PN(g.prof(), "formal"), g.ch(["De Linde", "Stadshagen", "Oost", "Centrum"])),
            ]
        ),
        PN(arts, "formal"),
        ROLE(
            g.ch(
                [
                    "arts-assistent",
                    "verpleegkundig specialist",
                    "transferverpleegkundige",
                    "psychiater",
                ]
            )
        ),
    )
    return t


def t_mdo_verslag(g):
    C = g.C
    cl = g.person()
    att = [g.prof() for _ in range(4)]
    roles = g.r.sample(
        [
            "huisarts",
            "POH-GGZ",
            "wijkverpleegkundige",
            "casemanager dementie",
            "ouderenadviseur",
            "Wmo-consulent",
            "maatschappelijk werker",
            "MEE-consulent",
        ],
        4,
    )
    d = g.d0
    rows = "\n".join(
        "- %s, %s" % (PN(p, g.ch(["full", "formal", "first"])), ROLE(r)) for p, r in zip(att, roles)
    )
    t = (
        "Verslag MDO %s\n%s, %s\nCasus: %s (%d jr)%s\n\nAanwezig:\n%s\n\n"
        "Besproken\n- Zorgen over %s; %s.\n- Mantelzorger (%s, %s) is overbelast.\n\nBesluit\n%s neemt de regie. Evaluatie op %s."
    ) % (
        g.team(),
        g.ch(
            [
                "huisartsenpraktijk " + g.ch(["De Linde", "Het Centrum", "Oost", "De Brink"]),
                "wijkcentrum",
            ]
        )
        + (" " + g.wijk() if C["wijken"] and g.maybe() else ""),
        g.D(d, g.ch(["long_wd", "num", "long"])),
        g.ch(
            [
                PN(cl, "formal"),
                S(
                    "person",
                    cl.inits + "".join(x[0] + "." for x in cl.sur.replace("-", " ").split()),
                ),
                TT(cl, "short") + " " + PN(cl, "last"),
            ]
        ),
        g.r.randint(55, 94),
        "" if g.maybe() else ", " + g.addr(),
        rows,
        g.ch(
            [
                "valrisico en medicatietrouw",
                "geheugenproblemen en onbetaalde rekeningen",
                "toenemende eenzaamheid en alcoholgebruik",
            ]
        ),
        g.ch(
            [
                "%s heeft op %s een valincident gemeld"
                % (
                    PN(att[0], "first"),
                    g.D(d - _dt.timedelta(days=g.r.randint(3, 20)), g.ch(["dm", "dm_num"])),
                ),
                "rijbewijs is nog geldig, zorgen over autorijden",
                "weigert dagbesteding",
            ]
        ),
        *(lambda wp: (PN(wp[1], "first"), wp[0]))(
            g.relative(
                cl, ["dochter", "echtgenoot" if cl.g == "v" else "echtgenote", "buurvrouw", "zoon"]
            )
        ),
        PN(att[g.r.randint(0, 3)], "first"),
        g.D(d + _dt.timedelta(days=g.r.randint(21, 60)), g.ch(["dm", "long", "num"])),
    )
    return t


def t_plan_van_aanpak(g):
    C = g.C
    moe = g.person(g="v")
    kids = [g.child_of(moe) for _ in range(g.r.randint(1, 3))]
    cr = g.prof()
    d = g.d0
    ktxt = "; ".join(
        (
            "%s, %s"
            % (
                PN(k, "fullgiven" if g.maybe(0.2) else "full"),
                g.D(g.bday(2007, 2022), g.ch(["num", "short"])),
            )
        )
        if g.maybe(0.5)
        else ("%s (%d jaar)" % (PN(k, "first"), g.r.randint(1, 17)))
        for k in kids
    )
    vader = g.person(g="m", origin=moe.origin)
    goals = [
        (
            "Financiën",
            "aanmelding %s; vaste lasten via budgetbeheer" % shv_org(g),
            g.ch(["gezin", "consulent SHV"]),
        ),
        ("Wonen", "betalingsregeling met %s" % ORG(g.corp()), "moeder + %s" % PN(cr, "first")),
        (
            "Opvoeding",
            "opvoedondersteuning via %s"
            % ORG(g.ch(["CJG", "het jeugdteam", "Centrum voor Jeugd en Gezin"])),
            "jeugdconsulent",
        ),
        ("Gezondheid", "moeder meldt zich bij de %s" % ROLE("POH-GGZ"), "moeder"),
    ]
    tab = "\n".join("| %s | %s | %s |" % x for x in goals)
    t = (
        "PLAN VAN AANPAK – 1 Gezin 1 Plan\n%s\nRegistratienummer: %s\nOpgesteld: %s\n\nGezin: %s (moeder), %s\nKinderen: %s\nVader: %s (%s)\nAdres: %s\n"
        "Regisseur: %s, %s\n\n| Leefgebied | Doel/actie | Wie |\n|---|---|---|\n%s\n\nEvaluatie: %s. Moeder heeft het plan %s ondertekend."
    ) % (
        g.team(),
        DOS(g.fill(g.ch(["1G1P-{Y}-###", "PVA/{y}/####", "{Y}-GZ-####"]))),
        g.D(d, g.ch(["num", "long"])),
        PN(moe, "full"),
        g.D(g.bday(1975, 2000), g.ch(["num", "short"]))
        if g.maybe(0.5)
        else "%d jaar" % g.r.randint(24, 48),
        ktxt,
        PN(vader, g.ch(["full", "formal"])),
        g.ch(
            [
                "woont elders, omgang om het weekend",
                "gedetineerd",
                "uit beeld",
                "woont in bij zijn moeder",
            ]
        ),
        g.full_addr(),
        PN(cr, "full"),
        ROLE(g.ch(["casusregisseur", "gezinscoach", "regisseur"])),
        tab,
        g.D(d + _dt.timedelta(days=g.r.randint(42, 90)), g.ch(["long", "num", "dm"])),
        g.ch(["dezelfde dag", "de week erna", "na het gesprek met " + PN(cr, "first")]),
    )
    return t


def t_telefoonnotitie(g):
    C = g.C
    cl = g.person()
    bw, beller = g.relative(cl, ["buurvrouw", "buurman", "zus", "broer", "dochter", "vriendin"])
    me = g.prof()
    t = (
        "Telefoonnotitie\nDatum: %s  Tijd: %s\nAangenomen door: %s\nBeller: %s %s, %s\nTerugbelnummer: %s\nBetreft cliënt: %s\n\n%s"
    ) % (
        g.D(g.d0, g.ch(["num", "short", "yy", "slashyy"])),
        g.ch(["10:20", "13:45", "08:55"]),
        PN(me, g.ch(["first", "fi_last"])),
        TT(beller, "short"),
        PN(beller, g.ch(["full", "last"])),
        bw,
        g.phone(),
        PN(cl, g.ch(["full", "formal", "last"])),
        g.ch(
            [
                "Maakt zich zorgen, heeft mw. al een week niet gezien. Brievenbus puilt uit. Verzoek om huisbezoek. Beller wil anoniem blijven.",
                "Cliënt is niet op het werk verschenen sinds %s. Werkgever vraagt of wij contact hebben."
                % g.D(g.d0 - _dt.timedelta(days=g.r.randint(3, 10)), g.ch(["wd_dm", "dm"])),
                "Wil doorgeven dat de post voortaan naar %s, %s moet (tijdelijk verblijf bij %s)."
                % (
                    g.addr(),
                    g.pc(),
                    g.ch(["zus", "een vriend", "haar moeder" if cl.g == "v" else "zijn moeder"]),
                ),
            ]
        ),
    )
    return t


def t_uitnodiging_keukentafel(g):
    C = g.C
    cl = g.person()
    cons = g.prof()
    d = g.d0 + _dt.timedelta(days=g.r.randint(4, 14))
    t = (
        "%s %s\n%s\n%s  %s\n\n%s, %s\nKenmerk: %s\n\n%s %s,\n\nU heeft zich gemeld bij het %s voor ondersteuning. Graag kom ik bij u thuis voor een gesprek op "
        "%s om %s uur. U mag iemand uitnodigen om bij het gesprek te zijn, bijvoorbeeld een familielid of een %s van %s.%s\n\n"
        "Past deze afspraak niet? Bel of app mij dan op %s of mail naar %s.\n\n%s"
    ) % (
        TT(cl, "aan"),
        PN(cl, "formal"),
        g.addr(),
        g.pc(),
        C["name"],
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        g.kenmerk(),
        TT(cl, "geachte"),
        PN(cl, "last"),
        ORG(g.ch(["Wmo-loket", "Sociaal Loket", "wijkteam", "Klantcontactcentrum"])),
        g.D(d, g.ch(["long_wd", "wd_dm", "long"])),
        g.ch(["9.30", "10.30", "13.30", "15.00"]),
        ROLE("cliëntondersteuner"),
        ORG(g.ch(["MEE", C["mee"], "Humanitas", "Zorgbelang"])),
        g.ch(
            [
                "",
                " Uw %s %s belde ons al dat %s er graag bij wil zijn."
                % (lambda wp: (wp[0], PN(wp[1], "first"), "zij" if wp[1].g == "v" else "hij"))(
                    g.relative(cl, ["dochter", "zoon", "buurvrouw", "schoondochter"])
                ),
                " De aanmelding kwam via uw %s, %s." % (ROLE("huisarts"), PN(g.prof(), "formal")),
            ]
        ),
        g.phone("mob"),
        g.email(cons, C["dom"]),
        sign_block(
            g,
            cons,
            g.ch(["Wmo-consulent", "consulent Wmo", "medewerker Toegang"]),
            g.gemeente(),
            contact=False,
        ),
    )
    return t


def t_afsluitbrief(g):
    C = g.C
    cl = g.person()
    cr = g.prof()
    t = (
        "%s %s,\n\nOp %s hebben wij samen met u het plan geëvalueerd. De doelen zijn grotendeels bereikt: %s. "
        "Daarom sluiten wij de begeleiding door het %s per %s af. %s\n\n"
        "Wij bewaren uw dossier (%s) volgens de wettelijke termijn. Wij sluiten af in de hoop dat het zo blijft; mocht het later weer minder gaan, dan bent u altijd welkom.\n\nHartelijke groet,\n%s\n%s"
    ) % (
        TT(cl, "geachte") if g.maybe() else "Beste",
        PN(cl, "last") if g.maybe() else PN(cl, "full"),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(5, 20)), g.ch(["long_wd", "dm", "long", "num"])),
        g.ch(
            [
                "de schulden zijn in een regeling, de huur wordt betaald en u heeft een vaste dagbesteding bij %s"
                % ORG(
                    g.ch(
                        [
                            "De Kringloop",
                            "Humanitas",
                            "Stichting Dagbesteding Oost",
                            "zorgboerderij De Vlinder",
                        ]
                    )
                ),
                "u woont weer zelfstandig en heeft hulp van vrijwilliger %s"
                % PN(g.person(), "first"),
                "de thuiszorg is geregeld en uw zoon %s regelt de post"
                % PN(g.relative(cl, ["zoon"])[1], "first"),
            ]
        ),
        g.team(),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(1, 20)), g.ch(["long", "num", "dm"])),
        g.ch(
            [
                "Uw bewindvoerder, %s, is hiervan op de hoogte." % PN(g.prof(), "formal"),
                "",
                "De huisarts ontvangt een afschrift.",
            ]
        ),
        g.kenmerk(),
        PN(cr, g.ch(["full", "first"])),
        ROLE(g.ch(["casusregisseur", "wijkcoach", "sociaal werker"])),
    )
    return t


def t_beschermd_wonen(g):
    C = g.C
    cl = g.person()
    cons = g.prof()
    bw = g.ch(
        [
            "Kwintes",
            "RIBW",
            "Leger des Heils",
            "Lister",
            "Iriszorg",
            "Cosis",
            "Limor",
            "Moviera",
            "Het Poortje",
        ]
    )
    t = (
        "%s\nCentrumgemeente beschermd wonen\n\nBeschikking Beschermd Wonen\nAan: %s %s, p/a %s\nBSN: %s\nZaaknummer: %s\nDatum: %s\n\n"
        "Wij kennen u een indicatie beschermd wonen toe (zorgzwaarte %s) bij %s, locatie %s, met ingang van %s voor de duur van %s jaar. "
        "U betaalt een eigen bijdrage aan het %s. De %s van %s, %s, heeft het onderzoek gedaan (gesprek %s). Uw begeleider bij de opvang, %s, was daarbij aanwezig.\n\nNamens het college,\n%s"
    ) % (
        g.gemeente(),
        TT(cl, "long"),
        PN(cl, "formal"),
        ORG(g.ch(["Leger des Heils", "Maatschappelijke Opvang " + C["name"], "De Herberg"])),
        g.bsn(),
        g.kenmerk(),
        g.D(g.d0, g.ch(["long", "num"])),
        g.ch(["GGZ-C", "GGZ-B", "BW3", "BW4"]),
        ORG(bw),
        g.ch(["De Tulp", "Het Baken", "De Vaart", "Zuiderhuis"]),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(7, 30)), g.ch(["long", "num"])),
        g.ch(["twee", "drie", "vijf"]),
        ORG("CAK"),
        ROLE(g.ch(["consulent beschermd wonen", "Wmo-consulent", "regisseur BW"])),
        g.gemeente(False),
        PN(cons, "full"),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(7, 30)), g.ch(["dm", "num", "long"])),
        PN(g.prof(), g.ch(["full", "first"])),
        PN(cons, "formal"),
    )
    return t


def t_ciz_info(g):
    C = g.C
    cl = g.person()
    cz = g.prof()
    wt = g.prof()
    t = (
        "%s\nVerzoek om informatie t.b.v. Wlz-indicatie\n\nAan: %s (%s)\nVan: %s, %s\nDatum: %s\n\n"
        "Cliënt: %s\nGeboortedatum: %s\nAanvraagnummer CIZ: %s\n\n"
        "Beste %s,\n\nVoor de beoordeling van de aanvraag Wlz van bovengenoemde cliënt vragen wij u een korte beschrijving van de huidige ondersteuning (%s) en de rol van mantelzorger %s. "
        "Reactie graag voor %s via het beveiligde portaal.\n\nMet vriendelijke groet,\n%s\n%s"
    ) % (
        ORG("CIZ"),
        PN(wt, "full"),
        g.team(),
        PN(cz, "full"),
        ROLE(g.ch(["indicatiesteller", "beoordelaar"])),
        g.D(g.d0, g.ch(["num", "long"])),
        PN(cl, g.ch(["formal", "fullgiven"]))
        + (("\nAdres: " + g.addr() + ", " + g.pc()) if g.maybe(0.7) else ""),
        g.D(g.bday(1925, 1965), g.ch(["num", "long", "dot"])),
        DOS(g.fill(g.ch(["{Y}-#######", "CIZ-#########", "A{y}#######"]))),
        PN(wt, "first"),
        g.ch(["thuiszorg, dagbesteding", "huishoudelijke hulp", "casemanagement dementie"]),
        PN(g.person(), "full"),
        g.D(g.d0 + _dt.timedelta(days=g.r.randint(7, 14)), g.ch(["long_wd", "dm", "num"])),
        PN(cz, "fi_last"),
        ROLE("indicatiesteller"),
    )
    return t


def t_rvdk(g):
    C = g.C
    moe = g.person(g="v")
    kid = g.person()
    rv = g.prof()
    wt = g.prof()
    t = (
        "%s\nRegio %s\n\nAan: %s, %s\nBetreft: informatieverzoek inzake %s, geboren %s\nOns registratienummer: %s\n\n"
        "Geachte %s,\n\nDe Raad doet onderzoek naar de opvoedsituatie van bovengenoemde minderjarige, die woont bij moeder, %s, aan de %s. "
        "De vader, %s, verblijft op onbekend adres. Wij vragen u om informatie over uw betrokkenheid sinds %s. U kunt reageren tot %s.\n\n"
        "%s\n%s\n%s"
    ) % (
        ORG("Raad voor de Kinderbescherming"),
        g.ch(
            [
                "Noord-Nederland",
                "Oost-Nederland",
                "Zuidoost-Nederland",
                "Midden-Nederland",
                "Noord-Holland",
                "Zuidwest-Nederland",
            ]
        ),
        PN(wt, "formal"),
        g.team(),
        PN(kid, "fullgiven"),
        g.D(g.bday(2009, 2021), g.ch(["num", "long"])),
        DOS(
            g.ch(
                [
                    "%s" % g.digits(7),
                    "RvdK-%s-%s" % (g.d0.year, g.digits(5)),
                    "%s/%s" % (g.digits(6), g.digits(2)),
                ]
            )
        ),
        ("heer " if wt.g == "m" else "mevrouw ") + PN(wt, "last"),
        PN(moe, "full"),
        g.addr(),
        PN(g.person(g="m"), "full"),
        g.month_year(g.d0 - _dt.timedelta(days=300)),
        g.D(g.d0 + _dt.timedelta(days=14), g.ch(["long", "num"])),
        PN(rv, "full"),
        ROLE("raadsonderzoeker"),
        g.phone("mob"),
    )
    return t


def t_aanmelding_mee(g):
    C = g.C
    cl = g.person()
    wt = g.prof()
    vz = g.person()
    t = (
        "Aanmelding cliëntondersteuning %s\n\nDatum: %s | Aanmelder: %s (%s, %s) | tel %s\n\n"
        "Cliënt: %s, %d jaar, %s\nBekend met: licht verstandelijke beperking (IQ-onderzoek %d, %s)\nWettelijk vertegenwoordiger: %s\n\n"
        "Vraag: hulp bij %s. Cliënt heeft moeite met brieven van %s en snapt de afspraken met %s niet. %s\n\nAkkoord cliënt: ja, mondeling op %s."
    ) % (
        ORG(C["mee"]),
        g.D(g.d0, g.ch(["num", "slash", "short"])),
        PN(wt, "full"),
        ROLE(g.ch(["casusregisseur", "sociaal werker", "wijkcoach"])),
        g.team(),
        g.phone(),
        PN(cl, "full"),
        g.r.randint(19, 62),
        g.full_addr(),
        g.r.randint(2008, g.d0.year - 1),
        ORG(g.ch(["Trajectum", "Ambiq", "'s Heeren Loo", "De Twentse Zorgcentra"])),
        g.ch(
            [
                "geen",
                "moeder, %s" % PN(g.relative(cl, ["moeder"])[1], "full"),
                "mentor %s" % PN(vz, "formal"),
            ]
        ),
        g.ch(
            [
                "de aanvraag Wajong",
                "het vinden van werk",
                "een aanvraag bij het %s" % ORG("UWV"),
                "het aanvragen van zorgtoeslag",
            ]
        ),
        ORG(g.ch(["UWV", "Belastingdienst", "DUO", "CAK"])),
        ORG(g.corp()),
        g.ch(
            [
                "Vriendin %s helpt nu, maar verhuist binnenkort." % PN(g.person(g="v"), "first"),
                "Eerdere begeleider: %s (%s)."
                % (
                    PN(g.prof(), "full"),
                    ORG(g.ch(["Philadelphia", "Reinaerde", "Zozijn", "Ambiq"])),
                ),
                "Broer %s is ook bekend bij %s."
                % (PN(g.relative(cl, ["broer"])[1], "full"), ORG(C["mee"])),
            ]
        ),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(0, 5)), g.ch(["dm", "num", "wd_dm"])),
    )
    return t


def t_correctie_gba(g):
    C = g.C
    cl = g.person()
    amb = g.prof()
    t = (
        "%s – Publiekszaken\nOnderzoek adresgegevens BRP\n\nBetrokkene: %s, geboren %s, BSN %s\nIngeschreven adres: %s, %s %s\n\n"
        "Op %s is een onderzoek naar de juistheid van het adres gestart na een signaal van %s. Bij een huisbezoek op %s bleek betrokkene niet meer op dit adres te wonen. "
        "Volgens de hoofdbewoner, %s, is betrokkene sinds %s vertrokken naar onbekende bestemming. %s\n\nBehandelaar: %s, %s"
    ) % (
        g.gemeente(),
        PN(cl, "fullgiven"),
        g.D(g.bday(1960, 2004), g.ch(["num", "long", "dot"])),
        g.bsn(),
        g.addr(),
        g.pc(),
        C["name"],
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(20, 40)), g.ch(["long", "num"])),
        ORG(g.ch([g.corp(), "UWV", "de Belastingdienst", "het wijkteam"])),
        g.D(g.d0 - _dt.timedelta(days=g.r.randint(3, 15)), g.ch(["long", "num", "dm"])),
        PN(g.person(), g.ch(["full", "formal"])),
        g.month_year(g.d0 - _dt.timedelta(days=g.r.randint(60, 200))),
        g.ch(
            [
                "Voornemen tot uitschrijving (VOW) wordt verzonden.",
                "Betrokkene wordt ingeschreven op het briefadres %s (bij %s)."
                % (
                    g.addr(),
                    ORG(g.ch(["Leger des Heils", "de maatschappelijke opvang", "een vriend"])),
                ),
                "Het wijkteam (%s) heeft bevestigd dat betrokkene in de opvang verblijft."
                % PN(g.prof(), "first"),
            ]
        ),
        PN(amb, "formal"),
        ROLE(g.ch(["adresonderzoeker", "medewerker BRP", "toezichthouder BRP"])),
    )
    return t


def t_contactlijst(g):
    C = g.C
    cl = g.person()
    rows = []
    for role, orgf in g.r.sample(
        [
            ("casusregisseur", lambda: g.team()),
            ("huisarts", lambda: "praktijk " + g.ch(["De Linde", "Oost", "Het Kompas", "Zuid"])),
            ("SPV", lambda: ORG(g.ggz())),
            ("woonconsulent", lambda: ORG(g.corp())),
            (
                "bewindvoerder",
                lambda: ORG(
                    g.ch(["Kompas Bewind", "Bewindvoering Oost", "Stichting Mentorschap & Bewind"])
                ),
            ),
            ("wijkagent", lambda: ORG("Politie")),
            ("consulent schuldhulpverlening", lambda: shv_org(g)),
            ("MEE-consulent", lambda: ORG(C["mee"])),
        ],
        g.r.randint(3, 5),
    ):
        p = g.prof()
        rows.append((PN(p, g.ch(["full", "formal", "fi_last"])), ROLE(role), orgf(), g.phone()))
    for w in g.r.sample(
        ["moeder", "zus", "broer", "buurvrouw", "vriend", "dochter", "zoon"], g.r.randint(1, 3)
    ):
        w, p = g.relative(cl, [w])
        rows.append((PN(p, g.ch(["full", "first"])), w, "netwerk", g.phone("mob")))
    g.r.shuffle(rows)
    sep = g.ch([" | ", "\t"])
    head = sep.join(["Naam", "Rol/relatie", "Organisatie", "Telefoon"])
    body = "\n".join(sep.join(r) for r in rows)
    return (
        "Bijlage %d – Betrokkenen rond %s %s (%s)\nStand per %s\n\n%s\n%s\n\nNB: deze lijst is vertrouwelijk en alleen bestemd voor deelnemers aan het %s."
    ) % (
        g.r.randint(1, 4),
        TT(cl, "short"),
        PN(cl, g.ch(["formal", "full"])),
        g.kenmerk(),
        g.D(g.d0, g.ch(["num", "long", "dot"])),
        head,
        body,
        g.ch(["casusoverleg", "MDO", "netwerkberaad", "ZVH-overleg"]),
    )


def t_netwerk(g):
    C = g.C
    cl = g.person()
    cr = g.prof()
    age = g.r.randint(24, 88)
    lines = [
        "Netwerkanalyse (bijlage bij ondersteuningsplan)",
        "Cliënt: %s, %d jaar%s"
        % (
            PN(cl, "full"),
            age,
            in_wijk(g, ", woonachtig in ") if g.maybe(0.5) else ", " + g.addr(),
        ),
        "",
    ]
    opts = [
        (
            "moeder",
            "belt dagelijks, woont in %s"
            % g.ch(["Kampen", "Oldenzaal", "Drachten", "Sittard", "Lelystad", "Tilburg"]),
        ),
        ("broer", "geen contact sinds ruzie over de erfenis in %d" % g.r.randint(2015, 2022)),
        ("dochter", "doet boodschappen op zaterdag; overbelast"),
        ("zoon", "woont in het buitenland, belt af en toe"),
        ("buurvrouw", "heeft sleutel, let op"),
        ("vriend", "samen naar de moskee op vrijdag"),
        ("zus", "helpt met de administratie"),
        (
            "ex-partner",
            "contactverbod sinds %s"
            % g.D(g.d0 - _dt.timedelta(days=g.r.randint(60, 400)), g.ch(["num", "long"])),
        ),
        ("oom", "voogd geweest in de jeugd; nu weinig contact"),
    ]
    opts = [
        o
        for o in opts
        if not (o[0] in ("dochter", "zoon") and age < 42)
        and not (o[0] in ("moeder", "oom") and age > 75)
    ]
    for w, note in g.r.sample(opts, g.r.randint(3, 5)):
        w2, p = g.relative(cl, [w])
        lines.append("- %s: %s – %s" % (w, PN(p, g.ch(["first", "full", "full"])), note))
    lines.append("")
    lines.append(
        "Professioneel: %s (%s), %s (%s)."
        % (
            PN(g.prof(), "formal"),
            ROLE("huisarts"),
            PN(g.prof(), "full"),
            ROLE(g.ch(["ambulant begeleider", "wijkverpleegkundige", "POH-GGZ"])),
        )
    )
    lines.append(
        "Opgesteld door %s, %s, op %s."
        % (
            PN(cr, "full"),
            ROLE(g.ch(["casusregisseur", "sociaal werker"])),
            g.D(g.d0, g.ch(["long", "num"])),
        )
    )
    return "\n".join(lines)


def t_huisbezoek(g):
    C = g.C
    cl = g.person()
    w1 = g.prof()
    w2 = g.prof()
    relw, rel = g.relative(cl, ["dochter", "zoon", "buurvrouw", "zus", "kleinzoon"])
    d = g.d0
    t = (
        "Verslag huisbezoek\n%s | %s\nDatum: %s, %s uur\nAdres: %s%s\nAanwezig: %s %s; %s (%s); %s (%s)\n\n"
        "Situatie: %s\n\nAfspraken:\n- %s\n- %s\n\nVerslag: %s"
    ) % (
        g.team(),
        g.kenmerk(),
        g.D(d, g.ch(["long_wd", "num", "long"])),
        g.ch(["10.00", "13.30", "15.00"]),
        g.addr(),
        in_wijk(g, ", "),
        TT(cl, "short"),
        PN(cl, "last"),
        PN(w1, "full"),
        ROLE(g.ch(["casusregisseur", "wijkcoach", "maatschappelijk werker"])),
        PN(w2, "full"),
        ROLE(g.ch(["wijkverpleegkundige", "woonconsulent", "ouderenadviseur"])),
        g.ch(
            [
                "%s %s (%d) woont alleen na het overlijden van %s echtgeno%s. Er staat een storm van post onaangeroerd op tafel. %s %s komt eens per week."
                % (
                    TT(cl, "cap"),
                    PN(cl, "last"),
                    g.r.randint(70, 93),
                    cl.haar(),
                    "ot" if cl.g == "v" else "te",
                    cap_sur(relw),
                    PN(rel, "first"),
                ),
                "Woning is rommelig maar veilig. %s vertelt dat %s %s het geld beheert; %s wil dat niet meer."
                % (PN(cl, "first"), relw, PN(rel, "first"), cl.zij()),
                "%s %s opent de deur pas na lang aanbellen. Gordijnen dicht, geen eten in huis. %s %s was niet bereikbaar op %s."
                % (TT(cl, "cap"), PN(cl, "last"), cap_sur(relw), PN(rel, "full"), g.phone()),
            ]
        ),
        g.ch(
            [
                "aanvraag Wmo huishoudelijke ondersteuning",
                "aanmelding bij %s" % shv_org(g),
                "bespreken in het MDO",
            ]
        ),
        g.ch(
            [
                "%s belt %s over de post" % (PN(w1, "first"), PN(rel, "first")),
                "vervolgbezoek over twee weken",
                "%s informeert de huisarts" % PN(w2, "first"),
            ]
        ),
        PN(w1, "fi_last"),
    )
    return t


def t_agenda_overleg(g):
    C = g.C
    vz = g.prof()
    d = g.d0
    lines = [
        "AGENDA %s"
        % g.ch(
            [
                "casuïstiekoverleg",
                "Zorg- en Veiligheidsoverleg",
                "wijknetwerkoverleg",
                "overleg OGGZ-netwerk",
            ]
        ),
        "%s – %s, %s"
        % (
            g.ch([ORG(C["zvh"]), g.team()]),
            g.D(d, g.ch(["long_wd", "num", "long"])),
            g.ch(["9.00-11.30 uur", "13.00 uur", "14.00-16.00 uur"]),
        ),
        "Voorzitter: %s   Notulist: %s"
        % (PN(vz, g.ch(["full", "first"])), PN(g.prof(), g.ch(["first", "full"]))),
        "",
    ]
    n = g.r.randint(3, 5)
    for i in range(n):
        cl = g.person()
        aan = g.prof()
        w = g.wijk()
        item = "%d. %s %s%s – inbreng: %s (%s)%s" % (
            i + 1,
            TT(cl, g.ch(["short", "shortcap"])),
            PN(cl, g.ch(["last", "fi_last", "formal", "lastlow"])),
            (" (" + w + ")")
            if w and g.maybe(0.6)
            else ((", " + g.addr()) if g.maybe(0.35) else ""),
            PN(aan, g.ch(["first", "fi_last", "full"])),
            ROLE(
                g.ch(
                    [
                        "wijkagent",
                        "woonconsulent",
                        "casusregisseur",
                        "SPV",
                        "reclasseringswerker",
                        "wijkverpleegkundige",
                        "jeugdconsulent",
                    ]
                )
            ),
            g.ch(
                [
                    "",
                    "",
                    "; nieuwe casus",
                    "; evaluatie afspraken",
                    "; zie notitie van %s"
                    % g.D(d - _dt.timedelta(days=g.r.randint(5, 20)), g.ch(["dm", "dm_num"])),
                    "; casusnr. %s" % g.zvh_nr(),
                    "; samen met %s" % PN(g.prof(), "first"),
                ]
            ),
        )
        lines.append(item)
    lines.append("%d. Rondvraag en sluiting" % (n + 1))
    lines.append("")
    lines.append(
        g.ch(
            [
                "Let op: deze agenda bevat persoonsgegevens en mag niet worden doorgestuurd.",
                "Afmelden bij %s (%s)." % (PN(vz, "first"), g.email(vz, C["dom"])),
                "",
            ]
        )
    )
    return "\n".join(lines)


def t_presentielijst(g):
    C = g.C
    cl = g.person()
    d = g.d0
    rows = []
    for _ in range(g.r.randint(4, 6)):
        p = g.prof()
        role, org = g.ch(
            [
                ("wijkagent", ORG("Politie")),
                ("casusregisseur", g.team()),
                ("woonconsulent", ORG(g.corp())),
                ("SPV", ORG(g.ggz())),
                ("consulent schuldhulpverlening", shv_org(g)),
                (
                    "ambulant begeleider",
                    ORG(g.ch(["Leger des Heils", "Kwintes", "RIBW", "Iriszorg"])),
                ),
                ("procesregisseur", ORG(C["zvh"])),
                ("medewerker Veilig Thuis", ORG(C["vt"])),
            ]
        )
        rows.append(
            "%s | %s | %s | %s"
            % (
                PN(p, g.ch(["full", "formal"])),
                ROLE(role),
                org,
                g.ch(["aanwezig", "aanwezig", "afgemeld", "telefonisch"]),
            )
        )
    return (
        "Presentielijst overleg %s\nBetreft: %s %s, casus %s\nDatum: %s\n\nNaam | Functie | Organisatie | Status\n%s\n\nGeheimhoudingsverklaring getekend door alle aanwezigen."
    ) % (
        g.ch(["ZVH", "MDO", "netwerkberaad"]),
        TT(cl, "short"),
        PN(cl, g.ch(["formal", "full", "last"])),
        g.zvh_nr(),
        g.D(d, g.ch(["num", "long"])),
        "\n".join(rows),
    )


def t_huisarts_signaal(g):
    C = g.C
    cl = g.person()
    ha = g.prof()
    cr = g.prof()
    relw, rel = g.relative(
        cl, ["echtgenoot" if cl.g == "v" else "echtgenote", "dochter", "zoon", "zus"]
    )
    return (
        "Huisartsenpraktijk %s\n%s, %s\n\nAan: %s, t.a.v. %s\nBetreft: %s %s, geb. %s, %s\n\n"
        "Beste %s,\n\nMet toestemming van patiënt vraag ik jullie aandacht voor bovengenoemde. %s %s en %s %s (%s) zijn beiden bij mij onder behandeling. "
        "%s Ik zou graag zien dat er een huisbezoek plaatsvindt; %s is zelf telefonisch bereikbaar op %s.\n\nMet collegiale groet,\n%s, %s\n%s"
    ) % (
        g.ch(["De Linde", "Het Kompas", "'t Hofke", "Oost", "De Brink", "Noorderpoort"]),
        C["name"],
        g.D(g.d0, g.ch(["long", "num"])),
        g.team(),
        PN(cr, "full"),
        TT(cl),
        PN(cl, "formal"),
        g.D(g.bday(1940, 1990), g.ch(["num", "short", "dot"])),
        g.addr(),
        PN(cr, "first"),
        TT(cl, "cap"),
        PN(cl, "last"),
        "haar man"
        if relw == "echtgenoot"
        else ("zijn vrouw" if relw == "echtgenote" else "%s %s" % (cl.haar(), relw)),
        PN(rel, "first"),
        g.ch(["%d jaar" % g.r.randint(30, 85), "mantelzorger"]),
        g.ch(
            [
                "Ik maak me zorgen over de thuissituatie: er zijn schulden, %s slaapt slecht en de spanning loopt op."
                % TT(cl, "mr"),
                "Sinds het verlies van het werk in maart drinkt %s meer; %s heeft blauwe plekken gezien."
                % (cl.zij(), PN(rel, "first")),
                "Er is sprake van toenemende vergeetachtigheid; de post blijft liggen en de energie is afgesloten.",
            ]
        ),
        cl.zij(),
        g.phone(),
        PN(ha, g.ch(["formal", "full"])),
        ROLE("huisarts"),
        g.ch([g.phone("land"), "AGB-code bekend bij de praktijk"]),
    )


# ================================================================ main
TEMPLATES = [
    t_verwijs_ggz,
    t_warme_overdracht_shv,
    t_aanmeld_shv,
    t_intake_shv,
    t_beschikking_shv,
    t_deurwaarder,
    t_budgetbeheer_overeenkomst,
    t_wmo_ho,
    t_wmo_afwijzing,
    t_wmo_onderzoeksverslag,
    t_pgb,
    t_bijz_bijstand,
    t_terugvordering,
    t_bezwaar,
    t_jeugd,
    t_urgentie,
    t_huur_aanmaning,
    t_vroegsignalering,
    t_overlast,
    t_driepartijen,
    t_woningtoewijzing,
    t_zvh_verslag,
    t_zvh_aanmelding,
    t_zvh_uitnodiging,
    t_vt_terugkoppeling,
    t_meldpunt_ggd,
    t_wvggz,
    t_bewind_verzoek,
    t_verklaring_wijkteam,
    t_rekening_verantwoording,
    t_mentor_verslag,
    t_moratorium,
    t_wsnp,
    t_toestemming,
    t_overdracht_fact,
    t_mail_formeel,
    t_dossiernotitie,
    t_ontslagbericht,
    t_mdo_verslag,
    t_plan_van_aanpak,
    t_telefoonnotitie,
    t_uitnodiging_keukentafel,
    t_afsluitbrief,
    t_beschermd_wonen,
    t_ciz_info,
    t_rvdk,
    t_aanmelding_mee,
    t_correctie_gba,
    t_contactlijst,
    t_netwerk,
    t_huisbezoek,
    t_agenda_overleg,
    t_presentielijst,
    t_huisarts_signaal,
    # person-rich types occur a little more often
    t_agenda_overleg,
    t_mdo_verslag,
    t_zvh_verslag,
    t_mail_formeel,
    t_huisarts_signaal,
    t_netwerk,
]


def check(rec):
    text = rec["text"]
    spans = []
    for kind in ("pii", "keep"):
        for s in rec[kind]:
            assert text[s["start"] : s["end"]] == s["text"], (rec["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
            spans.append((s["start"], s["end"], kind, s["label"], s["text"]))
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (rec["id"], a, b)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, rec[
        "id"
    ]


def build():
    r = random.Random(SEED)
    order = []
    while len(order) < N_TEXTS:
        block = TEMPLATES[:]
        r.shuffle(block)
        order += block
    order = order[:N_TEXTS]
    recs = []
    for i, tpl in enumerate(order):
        C = r.choices(CITIES, weights=CITY_WEIGHTS)[0]
        g = Gen(random.Random(r.randint(0, 10**9)), C)
        marked = tpl(g)
        marked = re.sub(r"[ \t]+\n", "\n", marked)
        marked = re.sub(r"\n{3,}", "\n\n", marked).strip()
        text, pii, keep = strip_markup(marked)
        rec = {"id": "ho79-%04d" % i, "text": text, "pii": pii, "keep": keep}
        check(rec)
        recs.append(rec)
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "heldout79.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc, kc = Counter(), Counter()
    words = 0
    for rec in recs:
        pc.update(s["label"] for s in rec["pii"])
        kc.update(s["label"] for s in rec["keep"])
        words += len(rec["text"].split())
    tot = sum(pc.values())
    print("texts", len(recs), "avg words %.1f" % (words / len(recs)))
    print("pii", dict(pc.most_common()), "total", tot, "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))
    print("written", out)


if __name__ == "__main__":
    main()
