"""Builder for the independent held-out corpus ho12 (Dutch personal-data finder).

Standard library only, deterministic (fixed seed).  Writes heldout12.jsonl next to
this file in exactly the format of dev.jsonl:

    {"id": "ho12-0000", "text": ..., "pii": [{"start","end","label","text"}], "keep": [...]}

Run:  python3 heldout12_corpus.py            (build + self-checks)
      python3 heldout12_corpus.py --stats    (also print statistics)

Conventions (follow /work/shared/anonymisation/README.md and dev.jsonl):
  * person spans hold only the name: never the title (mevrouw, dhr., dr., mr.),
    never a relation word, never the genitive suffix ('s / s / ').
  * a weekday glued to a date is part of the date span; "jl."/"a.s." are not;
    in "de 4e" only "4e" is the date.
  * dossier spans hold the identifier only, not the cue word.
  * ages, years, months alone, durations, times, amounts, group/house counts are
    neutral and never marked; neighbourhoods, organisations and roles are keep spans.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20251123
N_TEXTS = 120
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout12.jsonl")

# --------------------------------------------------------------------------------------
# Name pools: origin -> (male first names, female first names, surnames)
# Polish/Bulgarian surnames are stored masculine and feminised on use.
# --------------------------------------------------------------------------------------
POOLS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nl": (
        [
            "Gerrit",
            "Teun",
            "Joost",
            "Kees",
            "Henk",
            "Geert",
            "Wim",
            "Dirk",
            "Maarten",
            "Frank",
            "Ruud",
            "Evert",
            "Huub",
            "Gijsbert",
            "Arie",
            "Cor",
            "Jaap",
            "Rutger",
            "Hein",
            "Ton",
        ],
        [
            "Marieke",
            "Anneke",
            "Hanneke",
            "Truus",
            "Riet",
            "Joke",
            "Ineke",
            "Tineke",
            "Anouk",
            "Femke",
            "Greet",
            "Wilma",
            "Bep",
            "Corrie",
            "Mieke",
            "Marloes",
            "Jolanda",
            "Petra",
            "Saskia",
            "Diny",
            "Loes",
        ],
        [
            "Schipper",
            "Molenaar",
            "Timmerman",
            "Kok",
            "Vos",
            "Wolf",
            "de Haan",
            "Brouwer",
            "Schouten",
            "Kuiper",
            "Prins",
            "Zwart",
            "Sterk",
            "Goedhart",
            "Blauw",
            "Vink",
            "Mus",
            "Kraai",
            "Baas",
            "Hoefnagel",
            "Hoogland",
            "Veldman",
            "de Graaf",
            "Kramer",
            "Wever",
            "Pot",
            "Spijker",
            "Haring",
            "Snoek",
            "Rietveld",
            "Hamer",
            "Honing",
            "Lammers",
            "van Vliet",
            "van Leeuwen",
            "van der Wal",
            "Verhoeven",
            "de Lange",
            "van Beek",
            "Pronk",
            "Schaap",
            "de Kat",
            "Vogel",
            "de Zwaan",
            "Boom",
            "Tak",
            "van Dalen",
            "Verbruggen",
            "Oosterhuis",
            "Ouwehand",
            "Noordermeer",
            "Vermaat",
            "Koopman",
            "Boswijk",
            "van Wijngaarden",
            "van Kleef",
            "ter Horst",
            "te Velde",
            "ten Brink",
            "van 't Hof",
            "in 't Veld",
            "Uittenbogaard",
            "Schreuder",
            "Bontekoe",
            "Groeneveld",
            "Hoogendoorn",
            "Rademaker",
            "Schoenmaker",
            "van de Wetering",
            "van Rijn",
            "Vroom",
            "Blijleven",
            "van den Akker",
            "van den Hoven",
            "van der Zande",
            "van der Poel",
            "van den Wiel",
            "van der Meer",
            "ter Steege",
            "van den Dool",
        ],
    ),
    "fy": (
        [
            "Sjoerd",
            "Douwe",
            "Hylke",
            "Wopke",
            "Jelmer",
            "Gosse",
            "Rients",
            "Tjeerd",
            "Auke",
            "Sietse",
            "Bauke",
            "Jildert",
        ],
        [
            "Tjitske",
            "Sietske",
            "Baukje",
            "Jitske",
            "Froukje",
            "Aukje",
            "Lolkje",
            "Wietske",
            "Geeske",
            "Hiske",
            "Sjoukje",
            "Trijntje",
        ],
        [
            "Bruinsma",
            "Hettema",
            "Wijnsma",
            "Zijlstra",
            "Hofstra",
            "Terpstra",
            "Wiersma",
            "Hiemstra",
            "Bouma",
            "Sikkema",
            "Talsma",
            "Yntema",
            "Rypma",
            "Elzinga",
            "Jongsma",
            "Boersma",
            "Kooistra",
        ],
    ),
    "vl": (
        ["Wout", "Kobe", "Seppe", "Lowie", "Mathis", "Toon", "Warre", "Nand", "Jef", "Wannes"],
        ["Lieselot", "Griet", "Febe", "Jolien", "Marie-Lou", "Elodie", "Katrien", "Hanne", "Sien"],
        [
            "Vandeputte",
            "Claeys",
            "Wouters",
            "Goossens",
            "De Smet",
            "Van Damme",
            "Vercruysse",
            "Verstraete",
            "Vermeersch",
            "Lambrecht",
            "Vanhoutte",
            "De Clercq",
            "Van Acker",
            "De Meyer",
            "Verhaeghe",
        ],
    ),
    "tr": (
        [
            "Hüseyin",
            "Ahmet",
            "Murat",
            "Serkan",
            "Burak",
            "Cem",
            "Hakan",
            "Levent",
            "Onur",
            "Tuncay",
            "Volkan",
            "Orhan",
            "Erkan",
            "Ferhat",
        ],
        [
            "Ayşe",
            "Fatma",
            "Elif",
            "Zehra",
            "Hatice",
            "Ebru",
            "Gülsen",
            "Kübra",
            "Melike",
            "Nurten",
            "Selin",
            "Yasemin",
            "Özlem",
            "Sibel",
        ],
        [
            "Öztürk",
            "Çelik",
            "Şahin",
            "Aydın",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Çetin",
            "Kara",
            "Koç",
            "Kurt",
            "Özdemir",
            "Polat",
            "Yıldız",
            "Erdoğan",
            "Güler",
            "Tekin",
            "Bulut",
            "Korkmaz",
        ],
    ),
    "ma": (
        [
            "Driss",
            "Rachid",
            "Abdelkader",
            "Nordin",
            "Mimoun",
            "Younes",
            "Ayoub",
            "Najib",
            "Tarik",
            "Badr",
            "Mohand",
            "Massinissa",
            "Anir",
            "Idir",
            "Hamid",
        ],
        [
            "Khadija",
            "Hafsa",
            "Latifa",
            "Ilham",
            "Samira",
            "Touria",
            "Hanane",
            "Siham",
            "Zineb",
            "Ikram",
            "Yamina",
            "Tiziri",
            "Thanina",
            "Fadoua",
            "Malika",
        ],
        [
            "El Idrissi",
            "Ouali",
            "Azzouzi",
            "El Khattabi",
            "Boulahrouz",
            "Tahiri",
            "Bakkali",
            "Ziani",
            "Bouchtaoui",
            "Lamrani",
            "El Hamdaoui",
            "Mahdaoui",
            "Achahbar",
            "Benchaib",
            "Amezian",
            "Oulad Ali",
            "Akhiat",
            "Belhaj",
            "Chaouch",
        ],
    ),
    "sr_creool": (
        [
            "Errol",
            "Rinaldo",
            "Marlon",
            "Wendell",
            "Orlando",
            "Romeo",
            "Iwan",
            "Glenn",
            "Ricardo",
            "Humphrey",
            "Clifton",
        ],
        ["Lucretia", "Gracia", "Ruthline", "Marcia", "Jeanette", "Sharon", "Wilhelmina", "Ingrid"],
        [
            "Pinas",
            "Sedney",
            "Kross",
            "Wijngaarde",
            "Vaseur",
            "Lieveld",
            "Doelwijt",
            "Zeefuik",
            "Brunings",
            "Misiedjan",
            "Sabajo",
            "Vanenburg",
            "Tjon A Joe",
        ],
    ),
    "sr_hind": (
        [
            "Radjesh",
            "Anand",
            "Ravindra",
            "Prakash",
            "Ashwin",
            "Vishnu",
            "Rajendre",
            "Soerinder",
            "Satish",
        ],
        [
            "Chandrika",
            "Sharda",
            "Devika",
            "Reshma",
            "Shiwani",
            "Nandini",
            "Kamla",
            "Indra",
            "Sarita",
        ],
        [
            "Ramsaran",
            "Bhagwandin",
            "Mahabier",
            "Soekhoe",
            "Kalloe",
            "Ramlal",
            "Autar",
            "Bissesar",
            "Ramnath",
            "Sital",
            "Lachmon",
            "Badloe",
            "Kanhai",
        ],
    ),
    "sr_jav": (
        ["Sugito", "Wagiman", "Parmin", "Sarmo", "Slamet", "Soeparman"],
        ["Soekatmi", "Rusmini", "Kartini", "Ngatini", "Sriwati", "Painem"],
        [
            "Karijo",
            "Sodikromo",
            "Pawirodihardjo",
            "Kartosen",
            "Mangoenkarso",
            "Soemodihardjo",
            "Wongsodikromo",
            "Kromowidjojo",
            "Atmodikoro",
        ],
    ),
    "antil": (
        [
            "Shurandy",
            "Gilmar",
            "Jurick",
            "Richenel",
            "Djuric",
            "Shurwin",
            "Kenrick",
            "Churandy",
            "Giandro",
        ],
        ["Ruthsella", "Xiomara", "Jeandra", "Roshaina", "Yolaine", "Shudaily", "Gisèlle"],
        [
            "Croes",
            "Maduro",
            "Rosaria",
            "Koolman",
            "Tromp",
            "Lacle",
            "Kock",
            "Geerman",
            "Dijkhoff",
            "Arends",
            "Felida",
            "Balentina",
            "Cijntje",
            "Winklaar",
            "Sulvaran",
            "Evertsz",
            "Clemencia",
            "Doran",
        ],
    ),
    "cv": (
        ["Adilson", "Edmilson", "Nilton", "Arlindo", "Zeferino", "Nelson"],
        ["Ivanilda", "Domingas", "Ivone", "Kátia", "Djamila", "Crisolita"],
        ["Lopes", "Tavares", "Monteiro", "Fortes", "Semedo", "Delgado", "Varela", "Mendes"],
    ),
    "pl": (
        [
            "Krzysztof",
            "Wojciech",
            "Grzegorz",
            "Bartosz",
            "Marek",
            "Paweł",
            "Łukasz",
            "Wiesław",
            "Jarosław",
        ],
        ["Małgorzata", "Katarzyna", "Zofia", "Jadwiga", "Dorota", "Magdalena", "Ewa", "Beata"],
        [
            "Wiśniewski",
            "Zieliński",
            "Lewandowski",
            "Kamiński",
            "Wójcik",
            "Dąbrowski",
            "Kozłowski",
            "Szymański",
            "Mazur",
            "Krawczyk",
            "Jankowski",
            "Pawlak",
        ],
    ),
    "ro": (
        ["Ionuț", "Florin", "Cătălin", "Gheorghe", "Vasile", "Răzvan", "Mihai"],
        ["Mihaela", "Andreea", "Sorina", "Ioana", "Daniela", "Loredana"],
        ["Popescu", "Ionescu", "Constantin", "Stoica", "Dumitru", "Moldovan", "Rusu", "Munteanu"],
    ),
    "bg": (
        ["Stoyan", "Georgi", "Dimitar", "Hristo", "Nikolay"],
        ["Desislava", "Petya", "Tsvetelina", "Radostina", "Yordanka"],
        ["Petrov", "Dimitrov", "Ivanov", "Georgiev", "Stoyanov", "Todorov", "Hristov"],
    ),
    "ua": (
        ["Taras", "Bohdan", "Mykola", "Dmytro", "Volodymyr", "Andriy"],
        ["Oksana", "Olena", "Iryna", "Yuliia", "Nataliia", "Halyna"],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachuk",
            "Melnyk",
            "Kravchenko",
            "Boyko",
            "Oliynyk",
        ],
    ),
    "sy": (
        ["Rami", "Mahmoud", "Khaled", "Wael", "Majd", "Bashar"],
        ["Rania", "Nour", "Yara", "Ghazal", "Reem", "Rasha", "Hiba"],
        ["Al-Hamwi", "Khoury", "Haddad", "Nassar", "Al-Masri", "Kanaan", "Jaber", "Sabbagh"],
    ),
    "iq": (
        ["Haider", "Hussein", "Sajjad", "Ammar"],
        ["Zainab", "Zahraa", "Shahad"],
        ["Al-Jubouri", "Al-Saadi", "Al-Tamimi", "Kareem", "Abbas", "Hamoudi"],
    ),
    "af": (
        ["Farid", "Habibullah", "Wahid", "Sohrab", "Ahmad Shah", "Najibullah"],
        ["Mursal", "Zarghuna", "Parwana", "Mahbooba", "Shabnam", "Freshta"],
        ["Ahmadzai", "Popal", "Rahimi", "Hakimi", "Karimi", "Noorzai", "Safi", "Sultani"],
    ),
    "ir": (
        ["Dariush", "Behrouz", "Kourosh", "Arash", "Babak"],
        ["Shirin", "Parisa", "Mahnaz", "Golnaz", "Roya", "Nasrin"],
        ["Moradi", "Hosseini", "Rostami", "Tehrani", "Farahani", "Jafari", "Sadeghi"],
    ),
    "er": (
        ["Tesfay", "Yonas", "Filmon", "Mebrahtu", "Ghirmay", "Merhawi", "Tekeste"],
        ["Senait", "Semhar", "Winta", "Abrehet", "Selam", "Luwam"],
        [
            "Tesfamariam",
            "Gebremedhin",
            "Haile",
            "Tekle",
            "Berhane",
            "Ghebreyesus",
            "Woldu",
            "Kidane",
        ],
    ),
    "et": (
        ["Abebe", "Yohannes", "Dawit", "Alemayehu"],
        ["Tigist", "Meseret", "Genet", "Hiwot"],
        ["Bekele", "Tadesse", "Girma", "Alemu", "Mengistu", "Desta"],
    ),
    "so": (
        ["Abdirahman", "Liban", "Abdullahi", "Mohamud"],
        ["Hodan", "Faadumo", "Ayaan", "Hamdi", "Sahra", "Ifrah"],
        ["Warsame", "Hirsi", "Jama", "Abdi", "Egal", "Osman", "Dualeh", "Nur"],
    ),
    "ng": (
        ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Obinna"],
        ["Ngozi", "Adaeze", "Folake", "Ifeoma", "Yetunde"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi"],
    ),
    "gh": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
        ["Akosua", "Abena", "Ama", "Efua", "Adjoa"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Agyeman", "Ofori", "Darko"],
    ),
    "cn": (
        ["Wei", "Jun", "Zhiwei", "Jianguo", "Hao"],
        ["Mei", "Ling", "Hui", "Xiulan", "Yan"],
        ["Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Wu", "Lin"],
    ),
    "vn": (
        ["Thanh", "Minh", "Tuan", "Quang"],
        ["Huong", "Lan", "Ngoc", "Hoa", "Thuy", "Phuong"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    ),
    "id": (
        ["Budi", "Agus", "Hendra", "Bambang"],
        ["Wulan", "Ratna", "Puspita", "Indah"],
        ["Sutanto", "Wijaya", "Hartono", "Siregar", "Simanjuntak", "Kusuma", "Setiawan"],
    ),
    "in": (
        ["Arjun", "Sanjay", "Vikram", "Rohan"],
        ["Priya", "Deepika", "Lakshmi", "Ananya", "Meera"],
        ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Banerjee", "Krishnan"],
    ),
    "en": (
        ["Graham", "Nigel", "Trevor", "Gareth"],
        ["Siobhan", "Gemma", "Bethany", "Harriet"],
        ["Thompson", "Whitaker", "Hughes", "Fletcher", "O'Brien", "McAllister", "Cartwright"],
    ),
    "de": (
        ["Jürgen", "Klaus", "Dieter", "Wolfgang"],
        ["Heike", "Ute", "Gudrun", "Gerlinde"],
        ["Müller", "Becker", "Schröder", "Hoffmann", "Krüger", "Weiß", "Neumann", "Zimmermann"],
    ),
    "fr": (
        ["Thibault", "Benoît", "Quentin"],
        ["Amélie", "Margaux", "Solène", "Océane", "Clémence"],
        ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Mercier", "Chevalier"],
    ),
    "pt": (
        ["João", "Rui", "Gonçalo", "Tiago"],
        ["Conceição", "Fernanda", "Inês"],
        ["Ferreira", "Carvalho", "Pereira", "Sousa", "Oliveira", "Costa"],
    ),
    "es": (
        ["Javier", "Álvaro", "Alejandro"],
        ["Lucía", "Inmaculada", "Pilar", "Rocío", "Nerea"],
        ["García", "Fernández", "Martínez", "Navarro", "Romero", "Ortega", "Castillo"],
    ),
}
# weight of each origin when drawing a family / professional
ORIGIN_WEIGHTS = {
    "nl": 14,
    "fy": 4,
    "vl": 3,
    "tr": 8,
    "ma": 9,
    "sr_creool": 5,
    "sr_hind": 5,
    "sr_jav": 3,
    "antil": 4,
    "cv": 2,
    "pl": 4,
    "ro": 2,
    "bg": 2,
    "ua": 3,
    "sy": 3,
    "iq": 2,
    "af": 2,
    "ir": 2,
    "er": 3,
    "et": 2,
    "so": 2,
    "ng": 2,
    "gh": 2,
    "cn": 2,
    "vn": 2,
    "id": 2,
    "in": 2,
    "en": 2,
    "de": 2,
    "fr": 2,
    "pt": 2,
    "es": 2,
}
PARTICLES = {"van", "de", "der", "den", "ter", "te", "ten", "'t", "in", "op", "het"}

# --------------------------------------------------------------------------------------
# Context pools (keep spans) and neutral material
# --------------------------------------------------------------------------------------
WIJKEN = [
    "Bezuidenhout",
    "Regentessekwartier",
    "Vruchtenbuurt",
    "Stationsbuurt",
    "Waldeck",
    "Kijkduin",
    "Wateringse Veld",
    "Leyenburg",
    "Duinoord",
    "Valkenboskwartier",
    "Bomen- en Bloemenbuurt",
    "Zeeheldenkwartier",
    "Archipelbuurt",
    "Benoordenhout",
    "Moerwijk",
    "Schilderswijk",
    "Transvaal",
    "Laakkwartier",
    "Rustenburg-Oostbroek",
    "Bouwlust",
    "Vrederust",
    "Zuiderpark",
    "Morgenstond",
    "Mariahoeve",
    "Heesterbuurt",
    "Tarwewijk",
    "Feijenoord",
    "Bospolder-Tussendijken",
    "Kanaleneiland",
    "Overvecht",
    "Zuidwest",
    "Centrum",
    "Erasmusveld",
    "Hoornwijk",
    "Voorhof",
    "Tanthof",
]
ORGS = [
    "Haagse Wijk- en Woonzorg",
    "Stichting Zebra",
    "Jeugdbescherming west",
    "Raad voor de Kinderbescherming",
    "UWV",
    "SVB",
    "Belastingdienst",
    "Dienst Toeslagen",
    "Leger des Heils",
    "Kessler Stichting",
    "Voedselbank Haaglanden",
    "Humanitas",
    "Sociaal Raadslieden",
    "Juridisch Loket",
    "GGD Haaglanden",
    "Indigo",
    "Brijder",
    "Youz",
    "Florence",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Stichting Voor Elkaar",
    "Schuldhulpverlening Den Haag",
    "Thuisadministratie",
    "Centrum Jeugd en Gezin",
    "sociaal wijkteam",
    "buurthuis",
    "Stichting Present",
    "VluchtelingenWerk",
    "HMC Westeinde",
    "Haga Ziekenhuis",
    "Reinier de Graaf",
    "Bronovo",
    "Ipse de Bruggen",
    "Zorg en Zekerheid",
    "Nidos",
    "Fier",
    "Jeugdformaat",
    "Stichting Anton Constandse",
]
HOUSING = ["Haag Wonen", "Staedion", "Vestia", "Woonbron", "Woonstad Rotterdam", "Vidomes"]
SCHOOLS = [
    "basisschool De Vlinderboom",
    "OBS Het Palet",
    "De Springplank",
    "het Zuid-West College",
    "Mondriaan",
    "ROC Mondriaan",
    "De Wereldbol",
]
ROLES = [
    "buurtcoach",
    "sociaal raadsman",
    "jeugdverpleegkundige",
    "GGZ-verpleegkundige",
    "bewindvoerder",
    "klantmanager",
    "woonconsulent",
    "huismeester",
    "praktijkondersteuner",
    "psychiater",
    "ergotherapeut",
    "jongerenwerker",
    "mantelzorgmakelaar",
    "trajectbegeleider",
    "gezinscoach",
    "schoolmaatschappelijk werker",
    "leerplichtambtenaar",
    "intern begeleider",
    "verslavingsarts",
    "straatcoach",
    "ambulant begeleider",
    "thuisbegeleider",
    "Wmo-consulent",
    "buurtsportcoach",
    "huisarts",
    "wijkverpleegkundige",
    "casusregisseur",
    "consulent werk en inkomen",
    "aandachtsfunctionaris",
    "specialist ouderengeneeskunde",
    "gezinsvoogd",
    "budgetcoach",
]
DOCTOR_ROLES = {"huisarts", "psychiater", "verslavingsarts", "specialist ouderengeneeskunde"}
LAWYER_ROLES = {"bewindvoerder", "sociaal raadsman"}

STREETS = [
    "Paul Krugerlaan",
    "Kempstraat",
    "Vaandrigstraat",
    "Van Ostadestraat",
    "Parallelweg",
    "Jacob Catsstraat",
    "Lorentzplein",
    "Zonstraat",
    "Teniersstraat",
    "Jan van der Heijdenstraat",
    "Soestdijksekade",
    "Erasmusweg",
    "Melis Blekestraat",
    "Zichtenburglaan",
    "Zuidlarenstraat",
    "Dedemsvaartweg",
    "Meppelweg",
    "Hengelolaan",
    "Apeldoornselaan",
    "Oude Haagweg",
    "Laan van Meerdervoort",
    "Fahrenheitstraat",
    "Trompstraat",
    "Prins Hendrikstraat",
    "Fruitweg",
    "Goudenregenstraat",
    "Thorbeckelaan",
    "Burgemeester Hovylaan",
    "Oostduinlaan",
    "Van Musschenbroekstraat",
    "Dr. Schaepmanstraat",
    "1e Van der Kunstraat",
    "Van Zeggelenplein",
    "Wolmaransstraat",
    "De la Reyweg",
    "Schenkkade",
    "Prinses Beatrixlaan",
    "Bezuidenhoutseweg",
    "Theresiastraat",
    "Stieltjesstraat",
    "Jonckbloetplein",
    "Beijerlandselaan",
    "Groene Hilledijk",
    "Kruiskade",
    "Amsterdamsestraatweg",
    "Kanaalweg",
    "Churchilllaan",
    "Mient",
    "Ketelstraat",
    "Kamperfoeliestraat",
    "Hoge Zand",
    "Veenkade",
    "Roggeveenstraat",
    "Heemstraweg",
    "Dierenselaan",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "a",
    "A",
    "-A",
    " B",
    "-bis",
    " hs",
    "-I",
    "-II",
    " III",
    " bg",
    "-1",
    "-3",
    "b",
    " zw",
    "-huis",
    "A01",
]
CITIES = [
    ("Den Haag", 2491, 2597, 10),
    ("Rijswijk", 2280, 2289, 2),
    ("Delft", 2611, 2629, 2),
    ("Zoetermeer", 2711, 2729, 2),
    ("Leidschendam", 2261, 2267, 1),
    ("Voorburg", 2271, 2275, 1),
    ("Rotterdam", 3011, 3089, 3),
    ("Schiedam", 3111, 3125, 1),
    ("Utrecht", 3511, 3585, 1),
    ("'s-Gravenhage", 2491, 2597, 1),
]
COUNTRIES = [
    "Turkije",
    "Marokko",
    "Suriname",
    "Curaçao",
    "Aruba",
    "Kaapverdië",
    "Polen",
    "Roemenië",
    "Bulgarije",
    "Oekraïne",
    "Syrië",
    "Irak",
    "Afghanistan",
    "Iran",
    "Eritrea",
    "Ethiopië",
    "Somalië",
    "Nigeria",
    "Ghana",
    "China",
    "Vietnam",
    "Indonesië",
    "India",
    "Engeland",
    "Duitsland",
    "Frankrijk",
    "Portugal",
    "Spanje",
    "België",
    "Friesland",
]
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
MONTH_ABBR = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sept.",
    "okt.",
    "nov.",
    "dec.",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NUMWORDS = ["twee", "drie", "vier", "vijf", "zes"]
ORDWORDS = ["tweede", "derde", "vierde", "vijfde", "3e", "4e", "2e"]

# --------------------------------------------------------------------------------------
# Number generators (valid checksums)
# --------------------------------------------------------------------------------------


def make_bsn(rng: random.Random) -> str:
    """9-digit number that passes the 11-proof (BSN rule)."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_valid(s: str) -> bool:
    s = re.sub(r"[\s-]", "", s).upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]


def make_iban(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.80:
        bank = rng.choice(NL_BANKS)
        acct = ("000" if bank == "INGB" and rng.random() < 0.5 else "") + "".join(
            str(rng.randint(0, 9)) for _ in range(10)
        )
        raw = _iban("NL", bank + acct[:10])
    elif r < 0.88:
        first10 = f"{rng.randint(1, 999):03d}{rng.randint(0, 9999999):07d}"
        chk = int(first10) % 97 or 97
        raw = _iban("BE", f"{first10}{chk:02d}")
    elif r < 0.94:
        raw = _iban("DE", "".join(str(rng.randint(0, 9)) for _ in range(18)))
    else:
        raw = _iban("PL", "".join(str(rng.randint(0, 9)) for _ in range(24)))
    style = rng.random()
    if style < 0.45:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.9:
        return raw
    if style < 0.95:
        return raw.lower()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def fmt_bsn(rng: random.Random, b: str) -> str:
    return rng.choice(
        [
            b,
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}.{b[3:6]}.{b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
        ]
    )


# --------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_mobile(rng: random.Random) -> str:
    s = str(rng.randint(1, 6)) + _digits(rng, 7)  # after 06
    f = rng.randrange(15)
    return [
        f"06-{s}",
        f"06 {s[:4]} {s[4:]}",
        f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        f"06.{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
        f"(06) {s}",
        f"06 - {s[:3]} {s[3:6]} {s[6:]}",
        f"06{s}",
        f"+31 6 {s}",
        f"+31 (0)6 {s[:4]} {s[4:]}",
        f"+316{s}",
        f"0031 6 {s[:4]} {s[4:]}",
        f"+31-6-{s}",
        f"06\u2013{s}",
        f"06/{s}",
        f"+31 6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
    ][f]


def make_landline(rng: random.Random) -> str:
    area = rng.choice(["70", "70", "70", "10", "20", "71", "79", "15", "88", "85", "174", "172"])
    n = _digits(rng, 9 - len(area))
    if n[0] == "0":
        n = "4" + n[1:]
    if len(area) == 3:
        return rng.choice(
            [
                f"0{area}-{n}",
                f"(0{area}) {n[:2]} {n[2:4]} {n[4:]}",
                f"0{area} {n}",
                f"+31 {area} {n}",
            ]
        )
    a, b = n[:3], n[3:]
    return rng.choice(
        [
            f"0{area}-{n}",
            f"0{area} {a} {b[:2]} {b[2:]}",
            f"(0{area}) {n}",
            f"0{area} - {a} {b}",
            f"0{area}.{a}.{b[:2]}.{b[2:]}",
            f"+31 {area} {a} {b}",
            f"+31 (0){area} {a} {b[:2]} {b[2:]}",
            f"0031 {area} {n}",
            f"0{area} {a} {b}",
            f"(0{area}) {a} {b[:2]} {b[2:]}",
            f"0031-{area}-{n}",
            f"+31{area}{n}",
        ]
    )


def make_intl(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return rng.choice(
        [
            f"+32 4{rng.randint(60, 99)} {d(2)} {d(2)} {d(2)}",
            f"0032 4{rng.randint(60, 99)} {d(3)} {d(3)}",
            f"+48 5{d(2)} {d(3)} {d(3)}",
            f"+48 6{d(2)}-{d(3)}-{d(3)}",
            f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}",
            f"0090 54{d(1)} {d(3)} {d(4)}",
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+212 66{d(1)}-{d(6)}",
            f"+597 8{d(2)}-{d(4)}",
            f"+599 9 5{d(2)} {d(4)}",
            f"+297 56{d(1)} {d(4)}",
            f"+40 72{d(1)} {d(3)} {d(3)}",
            f"+359 88 {d(3)} {d(4)}",
            f"+380 67 {d(3)} {d(2)} {d(2)}",
            f"+44 7700 {d(6)}",
            f"+49 151 {d(8)}",
            f"+238 99{d(1)} {d(2)} {d(2)}",
            f"+251 91 {d(3)} {d(4)}",
            f"+963 9{d(2)} {d(3)} {d(3)}",
        ]
    )


def make_phone(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return make_mobile(rng)
    if r < 0.8:
        return make_landline(rng)
    return make_intl(rng)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def rand_date(rng: random.Random, y0: int = 2019, y1: int = 2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def fmt_date(
    rng: random.Random, d: _dt.date, kind: str, after: str, before: str = ""
) -> list[tuple[str, str | None]]:
    """Return segments [(text, label)] for a date; label None = neutral glue."""
    D, M, Y = d.day, d.month, d.year
    yy = f"{Y % 100:02d}"
    mon, ab, wd, wda = MONTHS[M - 1], MONTH_ABBR[M - 1], WEEKDAYS[d.weekday()], WD_ABBR[d.weekday()]
    full = [
        f"{D} {mon} {Y}",
        f"{D:02d}-{M:02d}-{Y}",
        f"{D}-{M}-{Y}",
        f"{D}/{M}/{yy}",
        f"{D}-{M}-'{yy}",
        f"{Y}-{M:02d}-{D:02d}",
        f"{D:02d}.{M:02d}.{Y}",
        f"{D} {mon} '{yy}",
        f"{wd} {D} {mon} {Y}",
        f"{D} {ab} {Y}",
        f"{D}-{ab.rstrip('.')}-{Y}",
        f"{D:02d}/{M:02d}/{Y}",
        f"{D}.{M}.{Y}",
        f"{wd} {D:02d}-{M:02d}-{Y}",
    ]
    if kind == "dob":
        return [(rng.choice(full[:8] + [full[9], full[11], full[12]]), "date")]
    short = [
        f"{wd} {D} {mon}",
        f"{D} {mon}",
        f"{D}/{M}",
        f"{wda} {D}-{M}",
        f"{wda} {D}/{M}",
        f"{D}-{M}",
        f"{wd} {D}/{M}",
    ]
    if after != ".":
        short.append(f"{D} {ab}")
    if kind == "note":
        return [
            (
                rng.choice(
                    [
                        f"{D}/{M}",
                        f"{wda} {D}-{M}",
                        f"{D:02d}-{M:02d}",
                        f"{D}/{M}/{yy}",
                        f"{wda} {D} {ab.rstrip('.')}",
                        f"{D}-{M}",
                        f"{Y}-{M:02d}-{D:02d}",
                    ]
                ),
                "date",
            )
        ]
    if kind == "short":
        return [(rng.choice(short), "date")]
    if kind == "jl":
        return [
            (rng.choice([f"{D} {mon}", f"{D} {ab}" if after else f"{D} {mon}"]), "date"),
            (" jl.", None),
        ]
    if kind == "as":
        return [(f"{D} {mon}", "date"), (" a.s.", None)]
    if kind == "ord":
        return [("de ", None), (f"{D}e", "date")]
    # generic event date
    r = rng.random()
    if r < 0.55:
        return [(rng.choice(full), "date")]
    if r < 0.9:
        return [(rng.choice(short), "date")]
    if r < 0.95 and after != "." and before.endswith("op "):
        return [(f"{D} {mon}", "date"), (" jl.", None)]
    if before.endswith(("op ", "sinds ")):
        return [("de ", None), (f"{D}e", "date")]
    return [(rng.choice(full), "date")]


# --------------------------------------------------------------------------------------
# Other identifiers
# --------------------------------------------------------------------------------------


def make_postcode(rng: random.Random, lo: int, hi: int, style: str = "any") -> str:
    letters = "ABCEGHJKLMNPRSTVWXZ"
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            break
    num = rng.randint(lo, hi)
    if style == "low":
        return f"{num} {pair.lower()}" if rng.random() < 0.5 else f"{num}{pair.lower()}"
    return f"{num} {pair}" if rng.random() < 0.55 else f"{num}{pair}"


def make_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 380)])
    return f"{street} {n}{rng.choice(SUFFIXES)}"


def make_dossier(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    y = rng.randint(2019, 2025)
    pre = rng.choice(["WMO", "JZ", "SHV", "BW", "GGD", "SWT", "MLD", "WIZ", "RVK", "BBZ"])
    shapes = [
        f"{pre}-{y}-{d(5)}",
        f"VT{y % 100}/{d(5)}",
        f"D-{y}-{d(4)}-{rng.choice('ABCDE')}",
        f"{y}.{d(4)}.{d(2)}",
        f"C{d(5)}",
        f"#{rng.choice('ABKRZ')}{d(4)}",
        f"{pre} {y} {d(4)}",
        f"{pre} {d(4)}/{y % 100}",
        f"Z/{y % 100}/{d(6)}",
        f"{y}/{d(3)}/{rng.choice(['HG', 'LK', 'ES', 'SG'])}",
        f"K.{d(3)}.{d(3)}",
        f"{pre}-{d(4)}",
        f"R-{d(5)}-{y % 100}",
        f"{y}-{d(6)}",
        f"CL{d(8)}",
        f"{pre}{y}{d(4)}",
        f"{d(2)}-{d(5)}-{pre}",
        f"#{d(5)}",
        f"{pre.lower()}-{y}-{d(3)}",
        f"{d(3)}/{y}",
    ]
    return rng.choice(shapes)


DOMAINS = [
    "hotmail.com",
    "live.nl",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "icloud.com",
    "yahoo.com",
    "home.nl",
    "online.nl",
    "telfort.nl",
    "caiway.nl",
    "gmx.de",
    "wp.pl",
    "hotmail.nl",
    "msn.com",
    "protonmail.com",
]
WORK_DOMAINS = [
    "swt-denhaag.nl",
    "wijkteam-laak.nl",
    "hwwzorg.nl",
    "parnassia.nl",
    "ggdhaaglanden.nl",
    "denhaag.nl",
    "jeugdformaat.nl",
    "florence.nl",
    "voorelkaar.nu",
    "swt-escamp.nl",
    "sociaalwerkdh.nl",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_email(rng: random.Random, p: Person | None, work: bool = False) -> str:
    if p is None:
        local = rng.choice(
            [
                "zonnetje",
                "mamavan3",
                "dekleinebaas",
                "hennie.thuis",
                "lief_leven",
                "oma.en.opa",
                "kleurrijk",
                "stilleweg",
                "tulp",
                "denhaagse.meid",
            ]
        )
        local += str(rng.randint(1, 99)) if rng.random() < 0.7 else ""
        return f"{local}@{rng.choice(DOMAINS)}"
    first = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    sur = re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower())
    if work:
        return (
            f"{first[0]}.{sur}@{rng.choice(WORK_DOMAINS)}"
            if rng.random() < 0.6
            else f"{first}.{sur}@{rng.choice(WORK_DOMAINS)}"
        )
    local = rng.choice(
        [
            f"{first}.{sur}",
            f"{first[0]}.{sur}",
            f"{first}{sur}{rng.randint(1, 99)}",
            f"{first}_{sur}",
            f"{sur}.{first}",
            f"{first}-{sur}",
            f"fam.{sur}",
            f"{first}{rng.randint(1960, 2009)}",
            f"{first[0]}{sur}",
            f"{sur}{rng.randint(1, 999)}",
        ]
    )
    if rng.random() < 0.1:
        local = local[0].upper() + local[1:]
    return f"{local}@{rng.choice(DOMAINS)}"


# --------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------


def feminise(origin: str, sur: str) -> str:
    if origin == "pl":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if sur.endswith(m):
                return sur[: -len(m)] + f
    if origin == "bg" and (sur.endswith("ov") or sur.endswith("ev")):
        return sur + "a"
    return sur


def standalone(sur: str) -> str:
    """Dutch rule: a surname without first name/initials starts with a capital."""
    return sur[0].upper() + sur[1:]


_DECKS: dict[tuple[str, str], list[str]] = {}


def draw(rng: random.Random, key: tuple[str, str], pool: list[str]) -> str:
    """Draw without replacement from a shuffled deck, so the whole pool gets used."""
    deck = _DECKS.get(key)
    if not deck:
        deck = list(pool)
        rng.shuffle(deck)
        _DECKS[key] = deck
    return deck.pop()


def pick_sur(rng: random.Random, origin: str) -> str:
    """Surname draw; Dutch and Flemish families get a particle name ('van der Wal') often."""
    pool = POOLS[origin][2]
    if origin in ("nl", "vl") and rng.random() < 0.5:
        with_p = [x for x in pool if x.split(" ")[0].lower() in PARTICLES]
        return draw(rng, (origin, "psur"), with_p)
    return draw(rng, (origin, "sur"), pool)


class Person:
    def __init__(
        self,
        rng: random.Random,
        origin: str,
        gender: str,
        sur: str | None = None,
        role: str | None = None,
        rel: str | None = None,
    ):
        self_age = rng.randint(25, 64) if role is not None else rng.randint(25, 80)
        self.rng = rng
        self.origin = origin
        self.gender = gender
        m, f, s = POOLS[origin]
        self.first = draw(rng, (origin, gender), m if gender == "m" else f)
        base = sur if sur is not None else pick_sur(rng, origin)
        self.sur = feminise(origin, base) if gender == "f" else base
        # a few diacritics dropped, as Dutch registration systems often do
        if rng.random() < 0.25 and ascii_fold(self.sur) != self.sur:
            self.sur = ascii_fold(self.sur)
        extra = rng.random()
        letters = "ABCDEFGHIJKLMNPRSTWY"
        self.initials = (
            self.first[0]
            + "."
            + (
                ""
                if extra < 0.5
                else rng.choice(letters) + "." + ("" if extra < 0.85 else rng.choice(letters) + ".")
            )
        )
        self.role = role
        self.rel = rel
        self.age = self_age

    def double_name(self, partner_sur: str) -> None:
        """Married woman using partner's name first: 'Schouten-de Graaf'."""
        if "-" not in self.sur and "-" not in partner_sur:
            self.sur = f"{standalone(partner_sur)}-{self.sur}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"


TITLES_F = ["mevrouw", "mevrouw", "mevrouw", "mw.", "mevr.", "mw", "Mevr.", "mevrouw"]
TITLES_M = ["meneer", "meneer", "dhr.", "de heer", "dhr", "de heer", "meneer"]


def possessive(name: str) -> tuple[str, str]:
    if name[-1] in "sxz":
        return name, "'"
    if name[-1] in "aeiouy" and not name.endswith("ee"):
        return name, "'s"
    return name, "s"


# --------------------------------------------------------------------------------------
# Templates.  Slots: {X.form} for cast members C (client), P (partner/ex), K, J (children),
# O (parent/relative), B (neighbour/friend), T (other adult: landlord, sibling,
# administrator), W, V (professionals).  Forms: full first sur t tf ini low lowf tlow poss
# rev any hij Hij zijn Zijn hem rel Rel role Role.
# Other slots: date dob dshort dnote djl das dord phone mobile land intl email:X iban bsn
# pc pclow addr addrlow city dossier wijk org org2 housing school role agen num grp hn
# time amount year month dur country ordn weekday.
# --------------------------------------------------------------------------------------
NARR = [
    "{C.full} ({C.age}) werd in {month} via {org} bij ons aangemeld.",
    "{C.Hij} woont sinds {year} op de {addr} in {wijk}.",
    "Bij het eerste huisbezoek op {date} deed {C.t} pas na lang aanbellen open.",
    "{C.first} heeft {num} kinderen; de jongste, {K.first}, zit in groep {grp}.",
    "Volgens {C.zijn} {O.rel} {O.full} ging het mis toen {C.hij} {C.zijn} baan kwijtraakte.",
    "{C.poss} {P.rel}, {P.full}, woont inmiddels in {city} en betaalt niets mee.",
    "Het contact liep vanaf dat moment via {W.role} {W.full}.",
    "{B.Rel} {B.full} van nummer {hn} belde ons omdat de brievenbus al weken uitpuilde.",
    "Er bleek een schuld van {amount} bij {org} te liggen waar {C.hij} niets van wist.",
    "Op {date} is samen met {C.t} bijzondere bijstand aangevraagd.",
    "{C.first} vertelde pas in het {ordn} gesprek dat {C.hij} 's nachts nauwelijks slaapt.",
    "De verhuurder, {L.tf}, dreigde met een ontruiming per {date}.",
    "Pas toen {V.role} {V.full} aansloot, kwam er beweging in de zaak.",
    "Wat werkte: elke {weekday} om {time} een vast moment bij {C.t} aan de keukentafel.",
    "{C.Zijn} {K.rel} {K.first} ({K.age}) tolkt bij de gesprekken, wat eigenlijk niet de bedoeling is.",
    "Het gezin {C.sur} staat al {dur} op de wachtlijst van {org}.",
    "De familie {C.sur} kwam in {year} vanuit {country} naar {city}.",
    "Uiteindelijk gaf {org} op {date} de beschikking af.",
    "{C.t} kreeg een {R:bewindvoerder}, mr. {A.ini}, die voortaan rekening {iban} beheert.",
    "Het loon ging naar {iban}, een rekening die op naam van {P.full} bleek te staan.",
    "In het systeem van de gemeente staat {C.t} onder burgerservicenummer {bsn}.",
    "Bij de aanmelding was het BSN ({bsn}) verkeerd overgenomen, waardoor de toeslag stopte.",
    "{C.Hij} is het best bereikbaar op {phone}, liefst na {time}.",
    "Mailen kan naar {email:C}, al leest {C.hij} lang niet alles.",
    "De melding staat geregistreerd onder nummer {dossier} bij {org}.",
    "Het kenmerk bij de gemeente is {dossier}; noem dat bij elk contact.",
    "Na de verhuizing naar de {addr} ({pc} {city}) ging het zichtbaar beter met {C.first}.",
    "{K.first} mocht van {C.first} niet meer naar {O.first} toe.",
    "Het was {W.first} die zag dat de koelkast al dagen leeg was.",
    "Achteraf zei {C.t} dat {C.hij} zich voor het eerst serieus genomen voelde.",
    "De reservesleutel lag bij {B.rel} {B.first}, die ook de post openmaakte.",
    "Op {dord} zaten {org}, {org2} en de {role} samen aan tafel.",
    "{P.first} heeft sinds {date} een straatverbod voor de {addr}.",
    "{C.t} werd op {date} opgenomen in {hospital}.",
    "{C.first} is geboren op {C.dob} in {country} en spreekt weinig Nederlands.",
    "Opvallend: {C.t} noemde {C.zijn} {O.rel} steeds gewoon {O.first}.",
    "Voor {org} waren kopieën nodig van paspoort, bankpas ({iban}) en huurcontract.",
    "De {W.role} ({W.full}) en de {V.role} ({V.full}) gingen vanaf toen samen op huisbezoek.",
    "De {role} (contactpersoon {V.full}) wist niets van de schulden.",
    "In {wijk} kent iedereen {C.first}, en juist dat maakte hulp vragen lastig voor {C.hem}.",
    "Zonder {B.poss} steun was {C.t} nooit naar het spreekuur gekomen.",
    "{C.ini} ontving op {date} een aanmaning van {amount}.",
    "De school van {K.first}, {school}, maakte zich zorgen over het verzuim.",
    "Op {djl} ging dossier {dossier} over naar {org}.",
    "Het vertrouwen kwam pas toen we stopten met formulieren invullen en gewoon koffie dronken.",
    "Bij twijfel over huiselijk geweld overleggen we eerst met {org}.",
    "Ook {C.zijn} oudste, {J.first}, bleek een schuld bij {org} te hebben.",
    "{J.full} ({J.age}) woont nog thuis en draagt niets bij aan de huur.",
    "Wij leerden hiervan dat je de {role} al in week {grp} moet betrekken, niet pas na {dur}.",
    "{T.first}, de {T.rel} van {C.first}, bood aan om tijdelijk in te trekken.",
    "{W.full} schreef op {date} een zorgmelding aan {org}.",
    "De intake vond plaats op {date} bij {org}, in bijzijn van {C.zijn} {T.rel} {T.full}.",
    "Eind {month} belde {V.tf} ons met de vraag of wij {C.t} kenden.",
    "Daarna hoorden we {dur} niets, tot {B.first} op {date} aan de bel trok.",
    "{C.first} en {P.first} zijn in {year} uit elkaar gegaan, maar delen nog een rekening ({iban}).",
    "De huur ({amount}) wordt sinds {dshort} automatisch afgeschreven van {iban}.",
    "Het nieuwe adres wordt {addr}, {pc} {city}; de sleutel komt op {das}",
    "Een uitnodiging voor {date} kwam retour met de sticker 'onbekend op dit adres'.",
    "{O.t} ({O.age}) is de enige mantelzorger van het gezin {C.sur}.",
    "De {role} uit {wijk} zag dat {C.t} steeds vaker verward over straat liep.",
    "Het BSN van {K.first}, {bsn}, ontbrak in de aanvraag bij {org}.",
    "{C.full} verhuisde in {month} van {wijk} naar de {addr}, {pc} {city}.",
    "Tijdelijk gaat de post naar {C.zijn} {T.rel} op de {addr} ({pc}).",
    "In {wijk} wonen veel gezinnen zoals dat van {C.first}: klein behuisd en diep in de schulden.",
    "{P.full} gaf als adres de {addr} op, maar postcode {pc} hoorde daar niet bij.",
    "Een mail van {W.full} ({email:W}) over {C.t} kwam per ongeluk bij een verkeerde collega terecht.",
    "Via {email:O} hield {C.zijn} {O.rel} de hele familie op de hoogte.",
    "Het buurtteam in {wijk} kende {C.first} al van de inloop bij {org}.",
    "Het huurcontract staat op naam van {P.ini} en {C.ini}.",
    "In de brief van {org} stond {C.ini} als aanvrager en {O.ini} als gemachtigde.",
    "Een buurtgenoot ({B.full}) meldde dat er 's nachts vaak geschreeuwd werd.",
    "Het jongste kind ({K.first}, {K.age}) slaapt al maanden op de bank.",
    "Aanwezig waren {C.first}, {P.first}, de {W.role} ({W.first}) en een tolk.",
    "Tijdens het gesprek bij {housing} was ook {R:woonconsulent} {L.full} aanwezig.",
]
QUOTES = [
    "'Ik wil niemand tot last zijn,' zei {C.t} bij het eerste gesprek.",
    '{C.first}: "Sinds {P.first} weg is, gaat de post ongeopend de la in."',
    "\u201cBel gerust, ik ben er altijd,\u201d zei {B.rel} {B.first} tegen {W.first}.",
    '"{C.first} eet niet meer als ik er niet ben," vertelde {C.zijn} {O.rel}.',
    "'Mijn {K.rel} {K.first} weet hier niets van,' fluisterde {C.t}.",
    '"Zeg maar gewoon {C.first}," zei {C.t} meteen.',
    "{W.first} schreef in het verslag: 'cliënt is overvraagd, niet onwillig.'",
    "'Dat nummer, {phone}, is van mijn {T.rel},' legde {C.first} uit.",
    "\u2018Pas toen {W.first} bleef komen, durfde ik te vertellen hoe het zat,\u2019 aldus {C.t}.",
]
NOTES = [
    "{dnote}: huisbezoek {C.tlow}, niemand thuis. kaartje in de bus.",
    "{dnote} tel. gesproken met {C.low}, klinkt somber, terugbellen op {phone}",
    "nb: {K.lowf} niet op school sinds {dshort}!",
    "afspraak {W.lowf} ({W.role}) {dnote} om {time} verzet",
    "{B.rel} {B.low} heeft sleutel \u2014 tel {phone}",
    "post gecheckt: aanmaning {org}, kenmerk {dossier}, {amount}",
    "bsn {bsn} klopt niet met paspoort -> navragen bij {org}",
    "iban gewijzigd naar {iban} (rek. op naam {C.low})",
    "nieuw adres {addrlow} {pclow} ?? nog checken",
    "mailadres {C.lowf}: {email:C}",
    "{dnote} overleg {V.lowf} ({V.role}): {C.lowf} krijgt vaste contactpersoon",
    "!! {P.lowf} weer gezien bij de woning op {dnote}, melding gedaan",
    "geb. {C.dob} \u2014 leeftijd checken ivm {org}",
    "uitkering stopgezet per {date}, ref {dossier}",
    "{dnote} {C.tlow} belt zelf terug, nr {mobile}",
    "{dnote} bsn {K.lowf} = {bsn}",
    "pc {pclow} klopt niet bij {addrlow}",
    "mail {O.lowf} ({email:O}) doorgestuurd naar {W.lowf}",
    "vraag {W.lowf}: heeft {C.lowf} al een bewindvoerder? evt {A.low}",
]
FORMS = [
    "Naam cli\u00ebnt: {C.full}",
    "Naam: {C.rev}",
    "Geboortedatum: {C.dob}",
    "Geb.datum: {C.dob}",
    "BSN: {bsn}",
    "Burgerservicenummer: {bsn}",
    "Adres: {addr}, {pc} {city}",
    "Woonadres: {addr}",
    "Postcode/woonplaats: {pc} {city}",
    "Telefoon: {phone}",
    "Tel. mobiel: {mobile}",
    "Tel. vast: {land}",
    "E-mail: {email:C}",
    "Rekeningnummer: {iban}",
    "IBAN: {iban}",
    "Dossiernummer: {dossier}",
    "Zaaknr.: {dossier}",
    "Contactpersoon: {O.full} ({O.rel}), {phone}",
    "Verwijzer: {V.tf}, {V.role}, {org}",
    "{W.Role}: {W.full}",
    "Datum intake: {date}",
    "Wijk: {wijk}",
    "{R:Huisarts}: dr. {V.sur}, tel. {land}",
    "Gezinssamenstelling: {C.first} ({C.age}), {P.first} ({P.age}), {K.first} ({K.age})",
    "Volgende evaluatie: {date}",
    "Inkomen: {income} per maand (uitkering via {org})",
    "Cli\u00ebntnummer: {dossier}",
    "Postadres: {addr}, {pc} {city}",
    "Aanvrager: {C.rev}",
    "Partner: {P.rev}",
    "Ouder/verzorger: {O.ini}",
    "BSN kind: {bsn}",
    "E-mail contactpersoon: {email:O}",
    "Wijk/gebied: {wijk} ({pc})",
]
LISTS = [
    "{C.first} meenemen naar het spreekuur van {org} op {date}",
    "huurachterstand ({amount}) bespreken met {L.full} van {housing}",
    "{W.first} belt {O.t} over de mantelzorg",
    "aanvraag Wmo-voorziening indienen v\u00f3\u00f3r {date}",
    "kwijtscheldingsformulier invullen, rekeningnummer {iban}",
    "{K.first} aanmelden bij {org}",
    "terugkoppeling aan {V.t} ({V.role}) uiterlijk {dshort}",
    "contact met {B.rel} {B.full} ({phone}) over het sleutelbeheer",
    "zaak {dossier} sluiten zodra {C.t} akkoord geeft",
    "gesprek met {C.first} en {P.first} samen? nee, eerst apart",
    "kopie ID van {C.ini} opvragen (BSN {bsn} staat er verkeerd in)",
    "brief naar {addr}, {pc} {city} sturen",
    "machtiging laten tekenen door {O.ini}",
    "dossier {C.rev} archiveren na akkoord {V.t}",
    "BSN van {P.first} ({bsn}) opvragen voor de toeslag",
    "{P.first} om een werkend mailadres vragen (nu {email:P})",
]
MSGS = [
    "@{W.first} kun jij {C.t} morgen even bellen? Het nummer staat in het dossier.",
    "{W.first} ({W.role}): ik heb {C.first} {dnote} gesproken, het gaat iets beter.",
    "Reactie van {V.full}: eens, maar betrek {org} er ook bij.",
    "Ter info: {C.first} heeft een nieuw nummer, {mobile}.",
    "Kan iemand nagaan of {C.t} nog op de {addr} woont? De post komt retour.",
    "{V.first} hier \u2014 mijn directe nummer is {phone}, mailen mag ook: {email:V}.",
    "@{V.first} heb jij nog contact met {C.poss} {O.rel}?",
    "Ingevoerd door {W.ini} op {date}, aangevuld door {V.ini}.",
    "Overleg gepland (met {V.full}) op {date}, wie sluit aan?",
    "Graag alles over {C.first} via {email:W}, niet via de app.",
    "Wie kent {wijk} goed? {C.t} zoekt een maatje in de buurt.",
    "Dank {W.first}! Ik zet het op de agenda van het overleg van {date}.",
]
LETTER_OPEN = ["Beste {C.t},", "Geachte {C.tf},", "Beste {C.first},"]
LETTER_BODY = [
    "Hierbij bevestig ik onze afspraak op {date} om {time} bij u thuis op de {addr}.",
    "Zoals besproken stuur ik uw aanvraag door naar {org} onder kenmerk {dossier}.",
    "Wilt u de kopie van uw bankpas ({iban}) meenemen?",
    "U kunt mij bereiken op {phone} of via {email:W}.",
    "Bent u verhinderd, laat het dan weten aan mijn collega {V.full}.",
    "Uw nieuwe adres ({addr}, {pc} {city}) hebben wij inmiddels doorgegeven.",
    "Wilt u bij uw antwoord uw burgerservicenummer ({bsn}) vermelden?",
]
LETTER_CLOSE = ["Met vriendelijke groet,", "Hartelijke groet,", "Groet,"]
SIG = ["{W.full}", "{W.Role}, {org}", "T {phone} | E {email:W}"]
HEADERS = ["Afspraken:", "Actiepunten", "Actiepunten:", "Vervolg:", "Wat we afspraken:"]

TEMPLATE_GROUPS = {
    "NARR": NARR,
    "QUOTES": QUOTES,
    "NOTES": NOTES,
    "FORMS": FORMS,
    "LISTS": LISTS,
    "MSGS": MSGS,
    "LETTER": LETTER_OPEN + LETTER_BODY + LETTER_CLOSE + SIG,
}

HOSPITALS = ["HMC Westeinde", "Haga Ziekenhuis", "Reinier de Graaf", "Bronovo", "Parnassia"]

# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([^{}]+)\}")


class LazyCast:
    """Mapping letter -> Person, creating a person on first use."""

    def __init__(self, client: Person, factories: dict):
        self.made: dict[str, Person] = {"C": client}
        self.factories = factories

    def __contains__(self, key: str) -> bool:
        return key in self.made or key in self.factories

    def __getitem__(self, key: str) -> Person:
        if key not in self.made:
            self.made[key] = self.factories[key]()
        return self.made[key]


class Doc:
    """One text with its cast; renders templates and records spans."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.cast = self._make_cast()
        self.used_orgs: list[str] = []
        self.emails: dict[tuple[str | None, bool], str] = {}

    # -- cast ----------------------------------------------------------------------------
    def _origin(self) -> str:
        keys = list(ORIGIN_WEIGHTS)
        return self.rng.choices(keys, weights=[ORIGIN_WEIGHTS[k] for k in keys])[0]

    def _make_cast(self) -> LazyCast:
        """Client now; everyone else only when a template first mentions them (so the
        name decks are spent on people who actually appear)."""
        rng = self.rng
        fam = self._origin()
        g = rng.choice("mf")
        fam_sur = pick_sur(rng, fam)
        C = Person(rng, fam, g, sur=fam_sur)
        C.age = rng.randint(19, 84)
        p_origin = fam if rng.random() < 0.75 else self._origin()
        p_sur = None
        if g == "f" and fam in ("nl", "fy") and p_origin in ("nl", "fy") and rng.random() < 0.3:
            p_sur = pick_sur(rng, p_origin)
            C.double_name(p_sur)
        j_age = max(16, C.age - rng.randint(20, 32))
        k_age = max(2, j_age - rng.randint(2, 10))
        roles = rng.sample(ROLES, 2)
        other = lambda: self._origin()  # noqa: E731

        def mk_P() -> Person:
            P = Person(rng, p_origin, "f" if g == "m" else "m", sur=p_sur)
            P.rel = rng.choice(
                [
                    "ex-partner",
                    "partner",
                    "ex-man" if P.gender == "m" else "ex-vrouw",
                    "vriend" if P.gender == "m" else "vriendin",
                    "ex",
                ]
            )
            P.age = max(18, C.age + rng.randint(-8, 8))
            return P

        def mk_child(age: int, key: str) -> Person:
            other_child = cast.made.get("J" if key == "K" else "K")
            sur = other_child.sur if other_child else fam_sur
            X = Person(rng, fam, rng.choice("mf"), sur=sur)
            X.rel = "zoon" if X.gender == "m" else "dochter"
            X.age = age
            return X

        def mk_O() -> Person:
            og = rng.choice("mf")
            O = Person(rng, fam, og, sur=fam_sur if og == "m" else None)  # noqa: E741
            O.rel = rng.choice(["vader", "opa", "oom"] if og == "m" else ["moeder", "oma", "tante"])
            O.age = min(99, C.age + rng.randint(22, 34))
            return O

        def mk_B() -> Person:
            B = Person(rng, other(), rng.choice("mf"))
            B.rel = "buurman" if B.gender == "m" else "buurvrouw"
            if rng.random() < 0.25:
                B.rel = "vriend" if B.gender == "m" else "vriendin"
            return B

        def mk_T() -> Person:
            T = Person(rng, fam if rng.random() < 0.5 else other(), rng.choice("mf"))
            T.rel = "broer" if T.gender == "m" else "zus"
            return T

        factories = {
            "P": mk_P,
            "K": lambda: mk_child(k_age, "K"),
            "J": lambda: mk_child(j_age, "J"),
            "O": mk_O,
            "B": mk_B,
            "T": mk_T,
            "L": lambda: Person(rng, "nl" if rng.random() < 0.5 else other(), rng.choice("mf")),
            "A": lambda: Person(
                rng, "nl" if rng.random() < 0.6 else other(), rng.choice("mf"), role="bewindvoerder"
            ),
            "W": lambda: Person(rng, other(), rng.choice("mf"), role=roles[0]),
            "V": lambda: Person(rng, other(), rng.choice("mf"), role=roles[1]),
        }
        cast = LazyCast(C, factories)
        return cast

    # -- slot resolution -----------------------------------------------------------------
    def _title(self, p: Person, at_start: bool, before: str = "") -> str:
        rng = self.rng
        if before.endswith("Beste "):
            return "meneer" if p.gender == "m" else rng.choice(["mevrouw", "mw."])
        if before.endswith("Geachte "):
            return "heer" if p.gender == "m" else rng.choice(["mevrouw", "mevr."])
        if p.role in DOCTOR_ROLES and rng.random() < 0.7:
            t = "dr."
        elif p.role in LAWYER_ROLES and rng.random() < 0.6:
            t = "mr."
        else:
            t = rng.choice(TITLES_F if p.gender == "f" else TITLES_M)
        if at_start:
            t = t[0].upper() + t[1:]
        return t

    def _sur_alone(self, p: Person, at_start: bool) -> str:
        if at_start or self.rng.random() < 0.85:
            return standalone(p.sur)
        return p.sur

    def person(
        self, p: Person, form: str, at_start: bool, before: str = ""
    ) -> list[tuple[str, str | None]]:
        rng = self.rng
        P = "person"
        if form == "any":
            form = rng.choice(["first", "first", "t", "full", "ini"])
        if form == "full":
            return [(p.full, P)]
        if form == "first":
            return [(p.first, P)]
        if form == "sur":
            return [(self._sur_alone(p, at_start), P)]
        if form == "t":
            return [(self._title(p, at_start, before) + " ", None), (self._sur_alone(p, False), P)]
        if form == "tf":
            name = p.full if rng.random() < 0.5 else f"{p.initials} {p.sur}"
            return [(self._title(p, at_start, before) + " ", None), (name, P)]
        if form == "ini":
            ini = p.initials if rng.random() < 0.9 else p.initials.replace(".", ". ").strip()
            return [(f"{ini} {p.sur}", P)]
        if form == "low":
            return [((p.sur if rng.random() < 0.6 else p.first).lower(), P)]
        if form == "lowf":
            return [(p.first.lower() if rng.random() < 0.8 else p.first, P)]
        if form == "tlow":
            t = rng.choice(
                ["mw", "mw.", "mevr", "mevr."] if p.gender == "f" else ["dhr", "dhr.", "meneer"]
            )
            return [(t + " ", None), (p.sur.lower(), P)]
        if form == "poss":
            name, suf = possessive(p.first)
            return [(name, P), (suf, None)]
        if form == "rev":
            parts = p.sur.split(" ")
            if parts[0] in PARTICLES and len(parts) > 1 and rng.random() < 0.5:
                core = [w for w in parts if w not in PARTICLES]
                parts_p = [w for w in parts if w in PARTICLES]
                return [(f"{' '.join(core)}, {p.initials} {' '.join(parts_p)}", P)]
            return [(f"{standalone(p.sur)}, {p.initials}", P)]
        raise KeyError(form)

    def resolve(self, slot: str, before: str, after: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        at_start = (
            before.strip() == ""
            or before.rstrip()[-1:] in (".", "!", "?")
            or before.endswith(("\u2014 ", '"', "'", "\u201c", "\u2018", "@"))
        )
        if "." in slot and slot.split(".")[0] in self.cast:
            who, form = slot.split(".", 1)
            p = self.cast[who]
            words = {
                "hij": "hij" if p.gender == "m" else "zij",
                "Hij": "Hij" if p.gender == "m" else "Zij",
                "zijn": "zijn" if p.gender == "m" else "haar",
                "Zijn": "Zijn" if p.gender == "m" else "Haar",
                "hem": "hem" if p.gender == "m" else "haar",
            }
            if form in words:
                return [(words[form], None)]
            if form == "age":
                return [(str(p.age), None)]
            if form == "dob":
                born = _dt.date(2025 - p.age, 1, 1) - _dt.timedelta(days=rng.randint(1, 364))
                return fmt_date(rng, born, "dob", after)
            if form == "rel":
                return [(p.rel or "", None)]
            if form == "Rel":
                return [((p.rel or "")[0].upper() + (p.rel or "")[1:], None)]
            if form == "role":
                return [(p.role or "", "role")]
            if form == "Role":
                return [((p.role or "")[0].upper() + (p.role or "")[1:], "role")]
            return self.person(p, form, at_start, before)
        if slot.startswith("email"):
            who = slot.split(":")[1] if ":" in slot else None
            work = who in ("W", "V")
            if (who, work) not in self.emails or who is None:
                p = self.cast[who] if who else None
                if p is not None and not work and rng.random() < 0.15:
                    p = None
                self.emails[(who, work)] = make_email(rng, p, work=work)
            return [(self.emails[(who, work)], "email")]
        if slot == "date":
            return fmt_date(rng, rand_date(rng), "event", after, before)
        if slot == "dob":
            return fmt_date(rng, rand_date(rng, 1936, 2012), "dob", after)
        if slot == "dshort":
            return fmt_date(rng, rand_date(rng), "short", after)
        if slot == "dnote":
            return fmt_date(rng, rand_date(rng), "note", after)
        if slot == "djl":
            return fmt_date(rng, rand_date(rng), "jl", after)
        if slot == "das":
            return fmt_date(rng, rand_date(rng), "as", after)
        if slot == "dord":
            return fmt_date(rng, rand_date(rng), "ord", after)
        if slot == "phone":
            return [(make_phone(rng), "phone")]
        if slot == "mobile":
            return [(make_mobile(rng), "phone")]
        if slot == "land":
            return [(make_landline(rng), "phone")]
        if slot == "intl":
            return [(make_intl(rng), "phone")]
        if slot == "iban":
            return [(make_iban(rng), "iban")]
        if slot == "bsn":
            return [(fmt_bsn(rng, make_bsn(rng)), "bsn")]
        if slot in ("pc", "pclow"):
            city = self.city
            return [
                (
                    make_postcode(rng, city[1], city[2], "low" if slot == "pclow" else "any"),
                    "postcode",
                )
            ]
        if slot == "addr":
            return [(make_address(rng), "address")]
        if slot == "addrlow":
            return [(make_address(rng).lower(), "address")]
        if slot == "city":
            return [(self.city[0], None)]
        if slot == "dossier":
            return [(make_dossier(rng), "dossier")]
        if slot == "wijk":
            return [(rng.choice(WIJKEN), "wijk")]
        if slot in ("org", "org2"):
            o = rng.choice([x for x in ORGS if x not in self.used_orgs] or ORGS)
            self.used_orgs.append(o)
            if before.endswith(("het ", "de ")) and o[0].islower():
                pass
            return [(o, "org")]
        if slot == "housing":
            return [(rng.choice(HOUSING), "org")]
        if slot == "hospital":
            return [(rng.choice(HOSPITALS), "org")]
        if slot == "school":
            s = rng.choice(SCHOOLS)
            pre = ""
            for p_ in ("basisschool ", "het "):
                if s.startswith(p_):
                    pre, s = p_, s[len(p_) :]
            return [(pre, None), (s, "org")] if pre else [(s, "org")]
        if slot == "role":
            return [(rng.choice(ROLES), "role")]
        if slot.startswith("R:"):
            return [(slot[2:], "role")]
        neutral = {
            "agen": lambda: str(rng.randint(19, 91)),
            "agek": lambda: str(rng.randint(6, 17)),
            "agej": lambda: str(rng.randint(18, 26)),
            "num": lambda: rng.choice(NUMWORDS + ["3", "4", "2"]),
            "grp": lambda: str(rng.randint(1, 8)),
            "hn": lambda: str(rng.randint(2, 140)),
            "time": lambda: rng.choice(
                [
                    f"{rng.randint(8, 20)}.{rng.choice(['00', '15', '30', '45'])} uur",
                    f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}",
                    "half drie",
                    "kwart over negen",
                    f"{rng.randint(8, 20)} uur",
                ]
            ),
            "amount": lambda: rng.choice(
                [
                    f"\u20ac {rng.randint(1, 9)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                    f"\u20ac{rng.randint(20, 900)},-",
                    f"{rng.randint(100, 5000)} euro",
                    f"EUR {rng.randint(1, 30)}.{rng.randint(0, 999):03d}",
                    f"\u20ac {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                ]
            ),
            "year": lambda: str(rng.randint(1998, 2024)),
            "income": lambda: rng.choice(
                [
                    f"\u20ac {rng.randint(1, 2)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                    f"{rng.randint(850, 2300)} euro netto",
                ]
            ),
            "month": lambda: rng.choice(MONTHS),
            "dur": lambda: rng.choice(
                [
                    "drie weken",
                    "14 dagen",
                    "2,5 jaar",
                    "ruim een jaar",
                    "zes maanden",
                    "18 maanden",
                    "een paar weken",
                    "4 maanden",
                ]
            ),
            "country": lambda: rng.choice(COUNTRIES),
            "ordn": lambda: rng.choice(ORDWORDS),
            "weekday": lambda: rng.choice(WEEKDAYS),
        }
        if slot in neutral:
            return [(neutral[slot](), None)]
        raise KeyError(slot)

    def render(self, template: str) -> tuple[str, list[dict]]:
        out = ""
        spans: list[dict] = []
        pos = 0
        for m in SLOT.finditer(template):
            out += template[pos : m.start()]
            after = template[m.end() : m.end() + 1]
            for seg, label in self.resolve(m.group(1), out, after):
                if label:
                    spans.append(
                        {"start": len(out), "end": len(out) + len(seg), "label": label, "text": seg}
                    )
                out += seg
            pos = m.end()
        out += template[pos:]
        return out, spans


KEEP_LABELS = {"org", "role", "wijk"}


LABEL_SLOTS = {
    "postcode": ("{pc}", "{pclow}"),
    "bsn": ("{bsn}",),
    "iban": ("{iban}",),
    "email": ("{email",),
    "dossier": ("{dossier}",),
    "address": ("{addr}", "{addrlow}"),
    "phone": ("{phone}", "{mobile}", "{land}", "{intl}"),
}
TARGET = 50  # per non-person label, spread evenly over the texts


def has_label(tpl: str, label: str) -> bool:
    return any(x in tpl for x in LABEL_SLOTS[label])


def add_extras(
    rng: random.Random, shape: str, units: list[tuple[str, str]], need: list[str]
) -> None:
    """Top up labels that lag behind their share of TARGET, in the text's own register."""

    def counted() -> int:
        return sum(
            1 for t, _ in units if t not in HEADERS and not t.startswith(("Logboek", "Notities"))
        )

    for label in need:
        if counted() >= 12:
            return
        used = {t for t, _ in units}
        if shape in ("narr", "form", "mixed"):
            pool, sep, pos = NARR, " ", len(units)
        elif shape == "list":
            pool, sep, pos = LISTS, "\n", len(units)
        elif shape == "notes":
            pool, sep, pos = NOTES, "\n", len(units)
        elif shape == "thread":
            pool, sep, pos = MSGS, "\n", len(units) - 1
        else:
            pool, sep = LETTER_BODY, " "
            pos = (
                max(i for i, (t, _) in enumerate(units) if t in LETTER_BODY or t in LETTER_OPEN) + 1
            )
        cands = [
            t
            for t in pool
            if has_label(t, label) and t not in used and not any(t.endswith(x) for x in used)
        ]
        if not cands:
            continue
        tpl = rng.choice(cands)
        if shape == "list":
            bullet = re.match(r"^(\d+\. |- |\u2022 |\* )", units[-1][0])
            b = bullet.group(1) if bullet else "- "
            if b[0].isdigit():
                b = f"{int(b[:-2]) + 1}. "
            tpl = b + tpl
        if shape == "letter" and pos > 0 and units[pos - 1][0] in LETTER_OPEN:
            sep = "\n"
        units.insert(pos, (tpl, sep))


def build_doc(
    rng: random.Random, idx: int, need: list[str] | None = None, shape: str = "narr"
) -> dict:
    doc = Doc(rng)
    city = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    doc.city = city
    units: list[tuple[str, str]] = []  # (template, separator before)

    def pick(pool: list[str], k: int) -> list[str]:
        return rng.sample(pool, min(k, len(pool)))

    if shape == "narr":
        body = pick(NARR, rng.randint(4, 9)) + pick(QUOTES, rng.randint(0, 2))
        rng.shuffle(body)
        units = [(t, " " if i and rng.random() < 0.85 else "\n") for i, t in enumerate(body)]
    elif shape == "form":
        f = pick(FORMS, rng.randint(3, 6))
        n = pick(NARR, rng.randint(2, 5))
        units = [(t, "\n") for t in f] + [(t, "\n" if i == 0 else " ") for i, t in enumerate(n)]
    elif shape == "list":
        n = pick(NARR, rng.randint(2, 4))
        bullet = rng.choice(["- ", "\u2022 ", "* ", "1. "])
        items = pick(LISTS, rng.randint(3, 6))
        units = [(t, " " if i else "") for i, t in enumerate(n)]
        units.append((rng.choice(HEADERS), "\n"))
        for j, t in enumerate(items):
            b = f"{j + 1}. " if bullet == "1. " else bullet
            units.append((b + t, "\n"))
    elif shape == "notes":
        items = pick(NOTES, rng.randint(4, 9))
        units = [("Logboek {C.first}" if rng.random() < 0.5 else "Notities huisbezoeken", "")]
        units += [(t, "\n") for t in items]
        if rng.random() < 0.5:
            units.append((rng.choice(NARR), "\n"))
    elif shape == "thread":
        items = pick(MSGS, rng.randint(3, 6)) + pick(QUOTES, rng.randint(0, 1))
        units = [(t, "\n") for t in items]
        units.append((rng.choice(["Groet, {W.first}", "Groetjes, {V.first}", "{W.first}"]), "\n"))
    elif shape == "letter":
        units = [(rng.choice(LETTER_OPEN), "")]
        units += [
            (t, "\n" if i == 0 else " ") for i, t in enumerate(pick(LETTER_BODY, rng.randint(2, 4)))
        ]
        units.append((rng.choice(LETTER_CLOSE), "\n"))
        units += [(t, "\n") for t in SIG[: rng.randint(1, 3)]]
    else:  # mixed: narrative + a quote + a note + a form line
        body = pick(NARR, rng.randint(3, 6)) + pick(QUOTES, 1)
        rng.shuffle(body)
        units = [(t, " " if i else "") for i, t in enumerate(body)]
        units += [(t, "\n") for t in pick(FORMS, rng.randint(1, 2))]
        units += [("notitie: " + t, "\n") for t in pick(NOTES, 1)]
    units[0] = (units[0][0], "")
    if need:
        add_extras(rng, shape, units, need)

    text = ""
    pii: list[dict] = []
    keep: list[dict] = []
    n_units = 0
    for tpl, sep in units:
        piece, spans = doc.render(tpl)
        text += sep
        off = len(text)
        text += piece
        if tpl not in HEADERS and not tpl.startswith("Logboek") and not tpl.startswith("Notities"):
            n_units += 1
        for s in spans:
            s = dict(s, start=s["start"] + off, end=s["end"] + off)
            (keep if s["label"] in KEEP_LABELS else pii).append(s)
    return {
        "id": f"ho12-{idx:04d}",
        "text": text,
        "pii": pii,
        "keep": keep,
        "_units": n_units,
        "_shape": shape,
    }


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}


def check(docs: list[dict]) -> None:
    for d in docs:
        t = d["text"]
        allspans = sorted(d["pii"] + d["keep"], key=lambda s: s["start"])
        for s in allspans:
            assert t[s["start"] : s["end"]] == s["text"], (d["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (d["id"], s)
            assert s["label"] in PII_LABELS | KEEP_LABELS
        for a, b in zip(allspans, allspans[1:], strict=False):
            assert a["end"] <= b["start"], (d["id"], a, b)
        for s in d["pii"]:
            assert s["label"] in PII_LABELS
            if s["label"] == "bsn":
                assert bsn_valid(s["text"]), s
            if s["label"] == "iban":
                assert iban_valid(s["text"]), s
            # a span must not be glued to letters/digits on either side (clean boundaries)
            if s["label"] != "person":
                left = t[s["start"] - 1] if s["start"] else " "
                right = t[s["end"]] if s["end"] < len(t) else " "
                assert not left.isalnum() and not right.isalnum(), (d["id"], s)
        for s in d["keep"]:
            assert s["label"] in KEEP_LABELS
        assert 4 <= d["_units"] <= 12, (d["id"], d["_units"])
    assert len({d["id"] for d in docs}) == len(docs)


def build() -> list[dict]:
    rng = random.Random(SEED)
    _DECKS.clear()
    shapes = ["narr", "narr", "form", "list", "notes", "thread", "letter", "mixed"] * (N_TEXTS // 8)
    rng.shuffle(shapes)
    docs: list[dict] = []
    counts = {k: 0 for k in LABEL_SLOTS}
    for i in range(N_TEXTS):
        share = TARGET * (i + 1) / N_TEXTS
        need = [k for k in sorted(LABEL_SLOTS) if counts[k] < share]
        d = build_doc(rng, i, need, shapes[i])
        for sp in d["pii"]:
            if sp["label"] in counts:
                counts[sp["label"]] += 1
        docs.append(d)
    check(docs)
    return docs


def main() -> None:
    docs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(
                json.dumps({k: d[k] for k in ("id", "text", "pii", "keep")}, ensure_ascii=False)
                + "\n"
            )
    if "--stats" in sys.argv:
        from collections import Counter

        c = Counter(s["label"] for d in docs for s in d["pii"])
        k = Counter(s["label"] for d in docs for s in d["keep"])
        print("pii", dict(sorted(c.items())), "total", sum(c.values()))
        print("keep", dict(sorted(k.items())))
        print("shapes", Counter(d["_shape"] for d in docs))
        print("units", Counter(d["_units"] for d in docs))
        firsts = {n for m, f, _ in POOLS.values() for n in m + f}
        surs = {n for _, _, s in POOLS.values() for n in s}
        print("pool first names", len(firsts), "surnames", len(surs))
        n_t = sum(len(g) for g in TEMPLATE_GROUPS.values())
        print("templates", n_t)


if __name__ == "__main__":
    main()
