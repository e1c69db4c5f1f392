#!/usr/bin/env python3
"""Held-out corpus 21 for the Dutch personal-data finder (case lessons, discussion
messages, minutes, referrals and other pasted text from neighbourhood teams in
Den Haag and ten other municipalities).

Deterministic: seeded random.Random(21). Writes heldout21.jsonl next to this file.
Markup used while writing:  [[label:text]] = personal data (pii),
{{label:text}} = context that must stay readable (keep). Tokens «...» are filled
from the pools below. Offsets come from stripping the markup, so they are exact.
"""

import datetime
import json
import os
import random
import re
import unicodedata

R = random.Random(21)

# ----------------------------------------------------------------------------
# name pools (own pools; several origins; some names are ordinary words)
# ----------------------------------------------------------------------------
FIRST = {
    "nl": (
        [
            "Anouk",
            "Marieke",
            "Ingrid",
            "Petra",
            "Femke",
            "Lotte",
            "Sanne",
            "Wilma",
            "Gerda",
            "Joke",
            "Truus",
            "Annelies",
            "Margriet",
            "Hanneke",
            "Esther",
            "Mirjam",
            "Ilse",
            "Daphne",
            "Tineke",
            "Jolanda",
            "Corrie",
            "Willemijn",
            "Els",
            "Marjolein",
            "Karin",
            "Astrid",
            "Lieke",
            "Fleur",
            "Merel",
            "Iris",
            "Roos",
            "Lieve",
            "Sterre",
            "Bo",
            "Jade",
            "Hope",
            "Dewi",
            "Nel",
            "Bep",
        ],
        [
            "Henk",
            "Kees",
            "Gert-Jan",
            "Jeroen",
            "Wouter",
            "Bram",
            "Thijs",
            "Joost",
            "Rutger",
            "Klaas",
            "Piet",
            "Ruud",
            "Arjen",
            "Hendrik",
            "Teun",
            "Wim",
            "Barend",
            "Freek",
            "Maarten",
            "Gijs",
            "Evert",
            "Ben",
            "Wil",
            "Frank",
            "Bas",
            "Job",
            "Storm",
            "Sem",
            "Dirk",
            "Koen",
            "Mark",
        ],
    ),
    "fy": (
        ["Dieuwke", "Sjoukje", "Hiltje", "Geesje", "Wytske", "Baukje", "Trijntje"],
        ["Sjoerd", "Jelle", "Douwe", "Sietse", "Anne", "Wiebe", "Hylke", "Tjeerd"],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Naima",
            "Samira",
            "Houda",
            "Yasmina",
            "Malika",
            "Loubna",
            "Hafsa",
            "Siham",
            "Nadia",
            "Ikram",
            "Soumaya",
        ],
        [
            "Mohamed",
            "Youssef",
            "Said",
            "Karim",
            "Bilal",
            "Anouar",
            "Mustafa",
            "Driss",
            "Hamid",
            "Rachid",
            "Ilias",
            "Ayoub",
            "Nordin",
            "Othman",
        ],
    ),
    "tr": (
        [
            "Ayşe",
            "Elif",
            "Zeynep",
            "Emine",
            "Hatice",
            "Özlem",
            "Songül",
            "Derya",
            "Gülsen",
            "Esra",
            "Büşra",
        ],
        [
            "Mehmet",
            "Hüseyin",
            "Emre",
            "Burak",
            "Kemal",
            "Osman",
            "Yusuf",
            "Serkan",
            "Ömer",
            "Cem",
            "Erkan",
        ],
    ),
    "sr": (
        ["Sharmila", "Anjali", "Radjkoemarie", "Shanti", "Kavita", "Soenita", "Rewti", "Indra"],
        ["Rakesh", "Sunil", "Ravi", "Dinesh", "Ashwin", "Radjesh", "Krishna", "Vishnu"],
    ),
    "sc": (
        ["Charissa", "Shirley", "Marlene", "Gracia", "Angela", "Romaine", "Roxanne"],
        ["Marlon", "Ricardo", "Delano", "Glenn", "Romeo", "Jerrel", "Quincy", "Errol", "Humphrey"],
    ),
    "an": (
        ["Ruthmila", "Dayenne", "Naomi", "Shurenska", "Jusmara", "Cindy"],
        ["Shurandy", "Jurgen", "Giovanni", "Shaquille", "Jurensley", "Edsel", "Rignald"],
    ),
    "cv": (
        ["Djenifer", "Ivanilda", "Kátia", "Joana", "Lúcia", "Edna"],
        ["Adilson", "Nilton", "João", "Manuel", "Edmilson", "Arlindo"],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Joanna", "Beata", "Ewa"],
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Grzegorz", "Łukasz"],
    ),
    "bg": (
        ["Ivanka", "Desislava", "Svetla", "Radka", "Mariya", "Tsvetelina"],
        ["Georgi", "Dimitar", "Stoyan", "Plamen", "Hristo", "Nikolay"],
    ),
    "ro": (
        ["Ioana", "Elena", "Andreea", "Mihaela", "Florentina", "Ramona"],
        ["Mihai", "Florin", "Vasile", "Gheorghe", "Cătălin", "Ionuț"],
    ),
    "sy": (
        ["Rasha", "Hiba", "Nour", "Lama", "Rana", "Dima", "Ghalia"],
        ["Ammar", "Khaled", "Omar", "Tarek", "Bashar", "Fadi", "Mazen"],
    ),
    "er": (
        ["Semhar", "Selam", "Mehret", "Senait", "Saba", "Freweini", "Helen"],
        ["Tesfay", "Yonas", "Filmon", "Berhane", "Dawit", "Robel", "Habtom"],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ifrah", "Sahra", "Ayaan", "Hibo", "Maryan"],
        ["Abdi", "Abdirahman", "Mahad", "Liban", "Guled", "Yusuf", "Cabdi"],
    ),
    "af": (
        ["Farida", "Mariam", "Shabnam", "Nilofar", "Hamida", "Zarghuna", "Parwana"],
        ["Ahmad", "Jawad", "Farid", "Wahid", "Zabiullah", "Sohrab", "Naveed"],
    ),
    "cn": (
        ["Mei", "Li Na", "Xiaoyan", "Hui", "Ling", "Yan"],
        ["Wei", "Jun", "Jianhua", "Hao", "Zhiwei", "Bo"],
    ),
    "gh": (
        ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Yaa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Nana", "Kojo", "Kwesi"],
    ),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Tetiana", "Yulia"],
        ["Dmytro", "Mykola", "Andriy", "Oleksandr", "Serhiy"],
    ),
    "ml": (
        ["Yohanna", "Sonja", "Ria", "Wendy", "Ina"],
        ["Ricky", "Johnny", "Boy", "Frans", "Robby"],
    ),
    "ir": (["Shirin", "Parisa", "Roya", "Zhila"], ["Reza", "Dariush", "Kaveh", "Karwan", "Hemin"]),
}

# surnames: (tussenvoegsel, base)
SUR = {
    "nl": [
        ("de", "Vries"),
        ("", "Jansen"),
        ("", "Bakker"),
        ("", "Visser"),
        ("", "Smit"),
        ("", "Meijer"),
        ("de", "Boer"),
        ("", "Mulder"),
        ("de", "Groot"),
        ("", "Bos"),
        ("", "Vos"),
        ("", "Peters"),
        ("", "Hendriks"),
        ("van", "Leeuwen"),
        ("", "Dekker"),
        ("", "Brouwer"),
        ("de", "Wit"),
        ("", "Smits"),
        ("de", "Graaf"),
        ("van der", "Meer"),
        ("van der", "Linden"),
        ("", "Kok"),
        ("", "Jacobs"),
        ("de", "Haan"),
        ("", "Vermeulen"),
        ("van den", "Berg"),
        ("van der", "Heijden"),
        ("van", "Dijk"),
        ("", "Schouten"),
        ("", "Koster"),
        ("", "Prins"),
        ("", "Huisman"),
        ("", "Post"),
        ("", "Kuiper"),
        ("", "Kramer"),
        ("de", "Jong"),
        ("", "Wolters"),
        ("", "Molenaar"),
        ("", "Verhoeven"),
        ("", "Timmermans"),
        ("", "Groen"),
        ("", "Zwart"),
        ("", "Koning"),
        ("", "Schipper"),
        ("", "Vink"),
        ("", "Hoogland"),
        ("de", "Bruijn"),
        ("", "Hoop"),
        ("", "Blom"),
        ("", "Haas"),
        ("", "Vogel"),
        ("", "Mol"),
        ("", "Appel"),
        ("", "Steen"),
        ("de", "Lange"),
        ("", "Sterk"),
        ("", "Winter"),
        ("", "Baas"),
        ("", "Wolf"),
        ("de", "Ruiter"),
        ("", "Mus"),
        ("van", "Beek"),
        ("", "Kalf"),
        ("", "Evers"),
        ("van", "Dam"),
        ("", "Scholten"),
        ("", "Nijhuis"),
        ("", "Wessels"),
        ("ter", "Horst"),
        ("ten", "Brinke"),
        ("", "Assink"),
        ("", "Olthof"),
        ("", "Oude Luttikhuis"),
        ("", "Brinkhuis"),
        ("van", "Rijn"),
        ("", "Verbeek"),
        ("van", "Wijk"),
        ("", "Kerkhof"),
        ("", "Hofstede"),
        ("", "Lamers"),
        ("van", "Vliet"),
        ("", "Zomer"),
    ],
    "fy": [
        ("", x)
        for x in [
            "Hoekstra",
            "Dijkstra",
            "Zijlstra",
            "Bergsma",
            "Wierda",
            "Tjalsma",
            "Sikkema",
            "Terpstra",
            "Veenstra",
            "Hiemstra",
            "Boersma",
            "Kingma",
        ]
    ],
    "ma": [
        ("", x)
        for x in [
            "El Amrani",
            "Ouali",
            "El Khattabi",
            "Benali",
            "Tahiri",
            "Azzouzi",
            "Boukhari",
            "El Ouardi",
            "Ait Haddou",
            "Chaouch",
            "Bakkali",
            "Essafi",
            "Zerouali",
            "Lamrini",
            "El Idrissi",
            "Moussaoui",
            "Touzani",
            "Aarab",
            "Amezian",
        ]
    ],
    "tr": [
        ("", x)
        for x in [
            "Yıldız",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Korkmaz",
            "Güneş",
            "Polat",
            "Karakaya",
            "Bulut",
        ]
    ],
    "sr": [
        ("", x)
        for x in [
            "Ramsaran",
            "Jagessar",
            "Mahabier",
            "Sewnath",
            "Autar",
            "Kalloe",
            "Bhagwandin",
            "Soekhai",
            "Ramkisoen",
            "Kanhai",
            "Lachmon",
            "Ganpat",
        ]
    ],
    "sc": [
        ("", x)
        for x in [
            "Pinas",
            "Sabajo",
            "Zeefuik",
            "Kerk",
            "Doelwijt",
            "Emanuels",
            "Wijngaarde",
            "Vroom",
            "Fer",
            "Nelom",
            "Sordam",
            "Tjon A Fong",
            "Vyent",
        ]
    ],
    "an": [
        ("", x)
        for x in [
            "Martina",
            "Isenia",
            "Rosalia",
            "Pieternella",
            "Maduro",
            "Cijntje",
            "Leito",
            "Koeiman",
            "Sulvaran",
            "Winklaar",
            "Janga",
            "Croes",
            "Felida",
        ]
    ],
    "cv": [
        ("", x)
        for x in [
            "Lopes",
            "Tavares",
            "Fortes",
            "Semedo",
            "Monteiro",
            "Gomes",
            "Da Graça",
            "Varela",
            "dos Santos",
            "Andrade",
        ]
    ],
    "pl": [
        ("", x)
        for x in [
            "Nowak",
            "Kowalczyk",
            "Wójcik",
            "Mazur",
            "Krawczyk",
            "Zając",
            "Król",
            "Wieczorek",
            "Jabłoński",
            "Pawlak",
            "Szymański",
        ]
    ],
    "bg": [
        ("", x)
        for x in [
            "Petrov",
            "Ivanov",
            "Georgiev",
            "Dimitrov",
            "Stoyanov",
            "Todorov",
            "Angelov",
            "Kostadinov",
        ]
    ],
    "ro": [
        ("", x)
        for x in [
            "Popescu",
            "Ionescu",
            "Stan",
            "Dumitru",
            "Constantin",
            "Munteanu",
            "Ciobanu",
            "Lungu",
        ]
    ],
    "sy": [
        ("", x)
        for x in [
            "Al-Hassan",
            "Al Khalil",
            "Haddad",
            "Nasser",
            "Kanaan",
            "Darwish",
            "Al Masri",
            "Sabbagh",
            "Hamwi",
        ]
    ],
    "er": [
        ("", x)
        for x in [
            "Tesfamariam",
            "Gebremedhin",
            "Haile",
            "Tekle",
            "Ghebreyesus",
            "Woldu",
            "Mehari",
            "Kidane",
        ]
    ],
    "so": [
        ("", x)
        for x in ["Farah", "Mohamud", "Jama", "Hersi", "Nur", "Abdullahi", "Warsame", "Egal"]
    ],
    "af": [
        ("", x)
        for x in [
            "Ahmadi",
            "Rahimi",
            "Popal",
            "Sultani",
            "Karimi",
            "Hakimi",
            "Noorzai",
            "Stanikzai",
        ]
    ],
    "cn": [("", x) for x in ["Chen", "Wang", "Lin", "Zhou", "Huang", "Liu", "Wu", "Zhang", "Tang"]],
    "gh": [
        ("", x)
        for x in [
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Appiah",
            "Agyeman",
            "Darko",
            "Addo",
        ]
    ],
    "ua": [("", x) for x in ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko"]],
    "ml": [
        ("", x) for x in ["Latuheru", "Pattiasina", "Tuhumury", "Sahetapy", "Wattimena", "Manuhutu"]
    ],
    "ir": [("", x) for x in ["Hosseini", "Rezaei", "Mohammadi", "Barzani"]],
}

CLIENT_W = {
    "nl": 24,
    "fy": 3,
    "ma": 11,
    "tr": 8,
    "sr": 6,
    "sc": 5,
    "an": 4,
    "cv": 3,
    "pl": 4,
    "bg": 3,
    "ro": 3,
    "sy": 4,
    "er": 3,
    "so": 3,
    "af": 3,
    "cn": 2,
    "gh": 3,
    "ua": 3,
    "ml": 2,
    "ir": 2,
}
PROF_W = {
    "nl": 38,
    "fy": 4,
    "ma": 10,
    "tr": 8,
    "sr": 6,
    "sc": 4,
    "an": 2,
    "cv": 1,
    "pl": 1,
    "bg": 1,
    "ro": 1,
    "sy": 1,
    "er": 1,
    "so": 1,
    "af": 1,
    "cn": 1,
    "gh": 2,
    "ua": 1,
    "ml": 2,
    "ir": 1,
}


def wchoice(d):
    keys = list(d)
    return R.choices(keys, weights=[d[k] for k in keys])[0]


# ----------------------------------------------------------------------------
# municipalities: real neighbourhoods, streets, organisations
# ----------------------------------------------------------------------------
CITIES = {
    "dh": dict(
        name="Den Haag",
        area="070",
        pc=(2491, 2597),
        team="sociaal wijkzorgteam",
        mail="denhaag.nl",
        wijken=[
            "Schilderswijk",
            "Transvaal",
            "Moerwijk",
            "Laak",
            "Mariahoeve",
            "Bouwlust",
            "Vrederust",
            "Duindorp",
            "Scheveningen",
            "Stationsbuurt",
            "Regentessekwartier",
            "Morgenstond",
            "Spoorwijk",
            "Rustenburg",
            "Oostbroek",
            "Ypenburg",
            "Leidschenveen",
            "Loosduinen",
            "Bezuidenhout",
            "Wateringse Veld",
            "Zuiderpark",
            "Escamp",
            "Groente- en Fruitmarkt",
        ],
        streets=[
            "Hoefkade",
            "Vaillantlaan",
            "Hobbemastraat",
            "Paul Krugerlaan",
            "Leyweg",
            "Loosduinseweg",
            "Erasmusweg",
            "Moerweg",
            "Zuiderparklaan",
            "Laakkade",
            "Scheveningseweg",
            "Boekhorststraat",
            "De la Reyweg",
            "Kempstraat",
            "Parallelweg",
            "Delftselaan",
            "Beeklaan",
            "Melis Stokelaan",
            "Loevesteinlaan",
            "Troelstrakade",
            "Apeldoornselaan",
            "Goudsbloemlaan",
            "Fahrenheitstraat",
            "Weimarstraat",
            "Ruys de Beerenbrouckstraat",
            "Zwaardvegersgaarde",
            "Hengelolaan",
            "Dr. H. Colijnlaan",
        ],
        welzijn=["MOOI", "Xtra", "Welzijn Scheveningen", "Zebra Welzijn"],
        corp=["Haag Wonen", "Staedion", "Vestia"],
        ggz=["Parnassia", "Indigo", "Brijder"],
        debt=["Haagse Kredietbank", "Sociaal Raadslieden", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Haaglanden"],
        youth=["CJG", "Jeugdbescherming west"],
        care=["Florence", "HWW zorg", "Buurtzorg"],
        loket=["Servicepunt XL"],
        other=["Kessler Stichting", "PEP Den Haag", "Leger des Heils", "Humanitas"],
    ),
    "rd": dict(
        name="Rotterdam",
        area="010",
        pc=(3011, 3089),
        team="wijkteam",
        mail="rotterdam.nl",
        wijken=[
            "Feijenoord",
            "Afrikaanderwijk",
            "Bloemhof",
            "Hillesluis",
            "Tarwewijk",
            "Carnisse",
            "Delfshaven",
            "Spangen",
            "Bospolder",
            "Tussendijken",
            "Oude Westen",
            "Crooswijk",
            "Charlois",
            "Lombardijen",
            "Ommoord",
            "Overschie",
            "Het Lage Land",
            "Pendrecht",
            "Zuidwijk",
            "Vreewijk",
            "Katendrecht",
            "Kralingen",
        ],
        streets=[
            "Dordtselaan",
            "Beijerlandselaan",
            "Putselaan",
            "Pretorialaan",
            "Groene Hilledijk",
            "Wolphaertsbocht",
            "Mathenesserlaan",
            "Schiedamseweg",
            "Nieuwe Binnenweg",
            "1e Middellandstraat",
            "Zwart Janstraat",
            "Vlietlaan",
            "Boezemweg",
            "Slinge",
            "Zuiderparkweg",
            "Kleiweg",
            "Oudedijk",
            "Rosestraat",
            "Hillevliet",
            "Mijnsherenlaan",
        ],
        welzijn=["Dock", "Humanitas", "Stichting Present"],
        corp=["Woonstad Rotterdam", "Havensteder", "Vestia"],
        ggz=["Bavo Europoort", "Antes", "Parnassia"],
        debt=["Kredietbank Rotterdam", "CVD", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Rotterdam Rijnmond"],
        youth=["CJG Rijnmond", "Jeugdbescherming Rotterdam Rijnmond"],
        care=["Laurens", "Aafje", "Buurtzorg"],
        loket=["Vraagwijzer"],
        other=["Frontlijn", "Pameijer", "Leger des Heils"],
    ),
    "ut": dict(
        name="Utrecht",
        area="030",
        pc=(3511, 3585),
        team="buurtteam",
        mail="utrecht.nl",
        wijken=[
            "Kanaleneiland",
            "Overvecht",
            "Zuilen",
            "Lombok",
            "Ondiep",
            "Hoograven",
            "Lunetten",
            "Tuindorp",
            "Transwijk",
            "Leidsche Rijn",
            "Vleuten-De Meern",
            "Wittevrouwen",
            "Oog in Al",
            "Tolsteeg",
            "Rivierenwijk",
        ],
        streets=[
            "Marshalllaan",
            "Columbuslaan",
            "Vasco da Gamalaan",
            "Amazonedreef",
            "Bangkokdreef",
            "Zamenhofdreef",
            "Amsterdamsestraatweg",
            "Kanaalstraat",
            "Damstraat",
            "Cartesiusweg",
            "Briljantlaan",
            "Waalstraat",
            "Vleutenseweg",
            "Oudenoord",
            "Smaragdplein",
            "Grebbeberglaan",
        ],
        welzijn=["Handje Helpen", "JoU", "U Centraal"],
        corp=["Portaal", "Mitros", "Bo-Ex"],
        ggz=["Altrecht", "Lister"],
        debt=["Stadsbank Midden-Nederland", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Utrecht"],
        youth=["Lokalis", "Samen Veilig Midden-Nederland"],
        care=["Careyn", "Axion Continu", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils", "Humanitas"],
    ),
    "am": dict(
        name="Amsterdam",
        area="020",
        pc=(1011, 1109),
        team="buurtteam",
        mail="amsterdam.nl",
        wijken=[
            "Bijlmermeer",
            "Gaasperdam",
            "Osdorp",
            "Slotervaart",
            "Geuzenveld",
            "De Baarsjes",
            "Indische Buurt",
            "Transvaalbuurt",
            "Kolenkit",
            "Nieuwendam",
            "Tuindorp Oostzaan",
            "Holendrecht",
            "Venserpolder",
            "Oud-West",
            "De Pijp",
            "Watergraafsmeer",
            "Volewijck",
        ],
        streets=[
            "Bijlmerdreef",
            "Kraaiennest",
            "Hoogoord",
            "Dennenrode",
            "Osdorpplein",
            "Pieter Calandlaan",
            "Baarsjesweg",
            "Javastraat",
            "Molukkenstraat",
            "Dapperstraat",
            "Tweede Oosterparkstraat",
            "Purmerweg",
            "Van der Pekstraat",
            "Meeuwenlaan",
            "Ferdinand Bolstraat",
            "Albert Cuypstraat",
            "Jan Evertsenstraat",
            "Burgemeester de Vlugtlaan",
            "Ookmeerweg",
            "Bos en Lommerweg",
        ],
        welzijn=["Dynamo", "Combiwel", "Swazoom", "Doras"],
        corp=["Eigen Haard", "Ymere", "Rochdale", "Stadgenoot"],
        ggz=["Arkin", "GGZ inGeest", "Jellinek"],
        debt=["Sociaal Raadslieden", "Plangroep", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Amsterdam-Amstelland"],
        youth=["Ouder- en Kindteam", "Jeugdbescherming Regio Amsterdam"],
        care=["Cordaan", "Amsta", "Buurtzorg"],
        loket=["Sociaal Loket"],
        other=["Samen DOEN", "Streetcornerwork", "GGD Amsterdam"],
    ),
    "ld": dict(
        name="Leiden",
        area="071",
        pc=(2311, 2334),
        team="sociaal wijkteam",
        mail="leiden.nl",
        wijken=[
            "Leiden Noord",
            "De Kooi",
            "Stevenshof",
            "Merenwijk",
            "Slaaghwijk",
            "Morskwartier",
            "Tuinstadwijk",
            "Roodenburg",
            "Boshuizen",
            "Professorenwijk",
            "Zuidwest",
        ],
        streets=[
            "Haarlemmerstraat",
            "Kooilaan",
            "Hoge Rijndijk",
            "Lammenschansweg",
            "Sumatrastraat",
            "Willem de Zwijgerlaan",
            "Kanaalweg",
            "Morsweg",
            "Rijnsburgerweg",
            "Vondellaan",
            "Cobetstraat",
            "Hoflaan",
            "Rooseveltstraat",
        ],
        welzijn=["Libertas Leiden", "Incluzio Leiden", "Humanitas"],
        corp=["Portaal", "Ons Doel", "De Sleutels"],
        ggz=["GGZ Rivierduinen", "Brijder"],
        debt=["Kwadraad", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Hollands Midden"],
        youth=["JES Rijnland", "Jeugdbescherming west"],
        care=["Topaz", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
    "df": dict(
        name="Delft",
        area="015",
        pc=(2611, 2629),
        team="sociaal wijkteam",
        mail="delft.nl",
        wijken=[
            "Tanthof",
            "Buitenhof",
            "Voordijkshoorn",
            "Poptahof",
            "Wippolder",
            "Hof van Delft",
            "Vrijenban",
            "Harnaschpolder",
            "Voorhof",
            "Den Hoorn",
        ],
        streets=[
            "Papsouwselaan",
            "Buitenhofdreef",
            "Martinus Nijhofflaan",
            "Aart van der Leeuwlaan",
            "Westlandseweg",
            "Hooikade",
            "Vrijenbanselaan",
            "Jacoba van Beierenlaan",
            "Chopinlaan",
            "Mozartlaan",
            "Hugo de Grootstraat",
            "Phoenixstraat",
            "Westvest",
        ],
        welzijn=["Delft voor Elkaar", "Humanitas"],
        corp=["Woonbron", "Vestia", "DUWO"],
        ggz=["GGZ Delfland"],
        debt=["SchuldHulpMaatje"],
        vt=["Veilig Thuis Haaglanden"],
        youth=["Jeugdbescherming west", "CJG"],
        care=["Pieter van Foreest", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
    "zm": dict(
        name="Zoetermeer",
        area="079",
        pc=(2711, 2729),
        team="sociaal team",
        mail="zoetermeer.nl",
        wijken=[
            "Meerzicht",
            "Palenstein",
            "Buytenwegh",
            "Seghwaert",
            "Rokkeveen",
            "Oosterheem",
            "Driemanspolder",
            "Noordhove",
            "Dorp",
            "De Leyens",
        ],
        streets=[
            "Dorpsstraat",
            "Europaweg",
            "Meerzichtlaan",
            "Parkdreef",
            "Amerikaweg",
            "Nassaulaan",
            "Australiëweg",
            "Oranjelaan",
            "Broekwegzijde",
            "Zwaardslootseweg",
        ],
        welzijn=["Palet Welzijn", "Humanitas"],
        corp=["Vidomes", "De Goede Woning"],
        ggz=["Parnassia", "Brijder"],
        debt=["SchuldHulpMaatje"],
        vt=["Veilig Thuis Haaglanden"],
        youth=["CJG", "Jeugdbescherming west"],
        care=["Vierstroom", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
    "nm": dict(
        name="Nijmegen",
        area="024",
        pc=(6511, 6546),
        team="sociaal wijkteam",
        mail="nijmegen.nl",
        wijken=[
            "Hatert",
            "Dukenburg",
            "Lindenholt",
            "Bottendaal",
            "Wolfskuil",
            "Biezen",
            "Heseveld",
            "Willemskwartier",
            "Neerbosch-Oost",
            "Lent",
            "Oosterhout",
            "Hengstdal",
            "Meijhorst",
            "Aldenhof",
            "Tolhuis",
        ],
        streets=[
            "Hatertseweg",
            "Graafseweg",
            "Tarweweg",
            "Sint Annastraat",
            "Wolfskuilseweg",
            "Dukenburgseweg",
            "Zwanenveld",
            "Molenweg",
            "Groenestraat",
            "Daalseweg",
            "Berg en Dalseweg",
            "Van Broeckhuysenstraat",
            "Tollenstraat",
        ],
        welzijn=["Bindkracht10", "Sterker sociaal werk"],
        corp=["Talis", "Portaal", "Woonwaarts"],
        ggz=["Pro Persona", "Iriszorg", "NIM Maatschappelijke Dienstverlening"],
        debt=["Sterker sociaal werk", "SchuldHulpMaatje"],
        vt=["Veilig Thuis Gelderland-Zuid"],
        youth=["CJG", "Jeugdbescherming Gelderland"],
        care=["De Driestroom", "Buurtzorg"],
        loket=["Stip"],
        other=["Leger des Heils"],
    ),
    "db": dict(
        name="Den Bosch",
        area="073",
        pc=(5211, 5249),
        team="sociaal wijkteam",
        mail="s-hertogenbosch.nl",
        wijken=[
            "Kruiskamp",
            "Graafsewijk",
            "De Hambaken",
            "Boschveld",
            "Muntel",
            "Maaspoort",
            "Rosmalen",
            "Empel",
            "De Herven",
            "Orthen",
            "Hintham",
        ],
        streets=[
            "Orthenseweg",
            "Hinthamerstraat",
            "Vughterweg",
            "Graafseweg",
            "Van Grobbendoncklaan",
            "Pettelaarseweg",
            "Boschveldweg",
            "Rompertsebaan",
            "Koningsweg",
            "Kruisstraat",
            "Zuidwal",
        ],
        welzijn=["Divers", "Farent"],
        corp=["Zayaz", "BrabantWonen"],
        ggz=["Reinier van Arkel", "GGZ Oost Brabant", "Novadic-Kentron"],
        debt=["SchuldHulpMaatje", "Farent"],
        vt=["Veilig Thuis Brabant Noordoost"],
        youth=["CJG", "Farent"],
        care=["Vivent", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
    "en": dict(
        name="Enschede",
        area="053",
        pc=(7511, 7548),
        team="sociaal wijkteam",
        mail="enschede.nl",
        wijken=[
            "Velve-Lindenhof",
            "Deppenbroek",
            "Wesselerbrink",
            "Stroinkslanden",
            "Twekkelerveld",
            "Pathmos",
            "Roombeek",
            "Boswinkel",
            "Helmerhoek",
            "Glanerbrug",
            "Mekkelholt",
            "De Bothoven",
        ],
        streets=[
            "Hengelosestraat",
            "Oldenzaalsestraat",
            "Gronausestraat",
            "Haaksbergerstraat",
            "Lasondersingel",
            "Deurningerstraat",
            "Brinkstraat",
            "Kuipersdijk",
            "Roomweg",
            "Broekheurnering",
            "Boulevard 1945",
        ],
        welzijn=["Wijkracht", "Humanitas"],
        corp=["Domijn", "Ons Huis", "De Woonplaats"],
        ggz=["Mediant", "Tactus"],
        debt=["SchuldHulpMaatje"],
        vt=["Veilig Thuis Twente"],
        youth=["CJG", "Jeugdbescherming Overijssel"],
        care=["Livio", "Carintreggeland", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
    "lw": dict(
        name="Leeuwarden",
        area="058",
        pc=(8911, 8939),
        team="sociaal wijkteam",
        mail="leeuwarden.nl",
        wijken=[
            "Heechterp",
            "Schieringen",
            "Vrijheidswijk",
            "Bilgaard",
            "Camminghaburen",
            "Oldegalileën",
            "Oranjewijk",
            "Huizum",
            "Achter de Hoven",
            "Westeinde",
            "Aldlân",
        ],
        streets=[
            "Oostergrachtswal",
            "Tesselschadestraat",
            "Westersingel",
            "Schieringersweg",
            "Archipelweg",
            "Julianalaan",
            "Valeriusplein",
            "Harlingerstraatweg",
            "Sixmastraat",
            "Schrans",
            "Spanjaardslaan",
            "Zuiderplein",
            "Hoeksterend",
        ],
        welzijn=["Amaryllis", "Humanitas"],
        corp=["Elkien", "WoonFriesland", "Accolade"],
        ggz=["GGZ Friesland", "VNN", "Zienn"],
        debt=["SchuldHulpMaatje"],
        vt=["Veilig Thuis Friesland"],
        youth=["Fier", "Jeugdbescherming Noord"],
        care=["Patyna", "Buurtzorg"],
        loket=["Wmo-loket"],
        other=["Leger des Heils"],
    ),
}
NATIONAL = [
    "GGD",
    "MEE",
    "UWV",
    "SVB",
    "CAK",
    "Belastingdienst",
    "Dienst Toeslagen",
    "CIZ",
    "Juridisch Loket",
    "Voedselbank",
    "Raad voor de Kinderbescherming",
    "Reclassering Nederland",
    "William Schrikker Stichting",
    "Slachtofferhulp Nederland",
    "VluchtelingenWerk",
    "COA",
    "Nibud",
    "De Luisterlijn",
    "Alzheimer Nederland",
    "Nationaal Ouderenfonds",
    "Rode Kruis",
    "DUO",
    "Zilveren Kruis",
    "Menzis",
    "Stichting Present",
    "Humanitas",
    "Leger des Heils",
]
ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-adviseur",
    "ouderenadviseur",
    "welzijnscoach",
    "MEE-consulent",
    "casusregisseur",
    "schuldhulpverlener",
    "wijkagent",
    "huisarts",
    "POH-GGZ",
    "jongerenwerker",
    "ervaringsdeskundige",
    "budgetcoach",
    "bewindvoerder",
    "casemanager dementie",
    "ouderenconsulent",
    "sociaal raadsvrouw",
    "gezinscoach",
    "trajectbegeleider",
    "klantmanager",
    "woonconsulent",
    "mantelzorgconsulent",
    "SPV",
    "opbouwwerker",
    "wijkcoach",
    "jeugdconsulent",
    "sociaal werker",
    "praktijkondersteuner",
    "buurtsportcoach",
]
CITY_W = {
    "dh": 36,
    "rd": 8,
    "ut": 7,
    "am": 8,
    "ld": 6,
    "df": 6,
    "zm": 6,
    "nm": 6,
    "db": 6,
    "en": 6,
    "lw": 6,
}

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
MON_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
WDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTH_TOK = {"feb": 2, "apr": 4, "jun": 6, "nov": 11, "dec": 12}


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def P(label, s):
    return "[[%s:%s]]" % (label, s)


def K(label, s):
    return "{{%s:%s}}" % (label, s)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, gender, origin, sur=None):
        self.gender = gender
        self.origin = origin
        fem, mal = FIRST[origin]
        self.first = R.choice(fem if gender == "f" else mal)
        if sur is None:
            so = origin
            if R.random() < 0.12:  # mixed background
                so = wchoice(CLIENT_W)
            t, b = R.choice(SUR[so])
            if gender == "f" and so == "bg":
                b = b + "a"
            if gender == "f" and so == "pl" and b.endswith("ski"):
                b = b[:-1] + "a"
            sur = (t, b)
        self.tussen, self.base = sur
        self.init2 = R.choice("ABCDEFGHIJKLMNPRSTW") if R.random() < 0.3 else ""

    def full_sur(self):
        return (self.tussen + " " if self.tussen else "") + self.base

    def cap_sur(self):
        if self.tussen:
            return self.tussen[0].upper() + self.tussen[1:] + " " + self.base
        return self.base[0].upper() + self.base[1:]

    def initials(self):
        i = self.first[0] + "."
        if self.init2:
            i += self.init2 + "."
        return i

    def render(self, mod):
        f = self.first
        if mod == "":
            return P("person", f + " " + self.full_sur())
        if mod == "f":
            return P("person", f)
        if mod == "s":
            return P("person", self.cap_sur())
        if mod == "i":
            sep = "" if R.random() < 0.15 else " "
            return P("person", self.initials() + sep + self.full_sur())
        if mod == "lc":
            return P("person", self.full_sur().lower())
        if mod == "lf":
            return P("person", f.lower())
        if mod == "fp":
            return P("person", f) + ("'" if f[-1] in "sxz" else "'s")
        if mod == "sp":
            s = self.cap_sur()
            return P("person", s) + ("'" if s[-1] in "sxz" else "'s")
        if mod == "t":
            if self.gender == "f":
                t = R.choice(["mevrouw", "mevrouw", "mevr.", "mw.", "mw", "mevrouw"])
            else:
                t = R.choice(["meneer", "meneer", "dhr.", "dhr", "de heer", "meneer"])
            return t + " " + P("person", self.cap_sur())
        if mod == "tl":
            t = "mw" if self.gender == "f" else "dhr"
            return t + " " + P("person", self.full_sur().lower())
        if mod == "ini":
            return P("person", self.initials() + self.base[0] + ".")
        if mod == "fi":
            return P("person", f + " " + self.base[0] + ".")
        if mod == "em":
            return P("email", self.email())
        if mod == "pem":
            return P("email", self.prof_email())
        raise ValueError(mod)

    def email(self):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        s = ascii_fold(self.full_sur()).lower().replace(" ", "").replace("-", "").replace("'", "")
        dom = R.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "hotmail.nl",
                "icloud.com",
                "home.nl",
                "xs4all.nl",
                "yahoo.com",
                "planet.nl",
            ]
        )
        form = R.randrange(6)
        if form == 0:
            return "%s.%s@%s" % (f, s, dom)
        if form == 1:
            return "%s%s%d@%s" % (f[0], s, R.randint(1, 99), dom)
        if form == 2:
            return "%s%d@%s" % (f, R.randint(60, 99) if R.random() < 0.5 else R.randint(1, 12), dom)
        if form == 3:
            return "%s_%s@%s" % (s, f, dom)
        if form == 4:
            return "%s.%s%d@%s" % (f, s[:4], R.randint(1970, 2005), dom)
        return "%s%s@%s" % (f, s, dom)

    def prof_email(self, dom=None):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        s = ascii_fold(self.full_sur()).lower().replace(" ", "").replace("'", "")
        dom = dom or self.dom
        form = R.randrange(4)
        if form == 0:
            return "%s.%s@%s" % (f, s, dom)
        if form == 1:
            return "%s.%s@%s" % (f[0], s, dom)
        if form == 2:
            return "%s%s@%s" % (f[0], s, dom)
        return "%s@%s" % (f, dom)


def mobile_digits():
    return "06" + str(R.randint(1, 6)) + "".join(str(R.randint(0, 9)) for _ in range(7))


def fmt_mobile(d):
    a = d[2:]
    k = R.randrange(11)
    return [
        "06-" + a,
        "06 " + a,
        d,
        "06-%s %s %s %s" % (a[:2], a[2:4], a[4:6], a[6:]),
        "06 - %s %s" % (a[:4], a[4:]),
        "+31 6 %s %s" % (a[:4], a[4:]),
        "+316" + a,
        "+31 (0)6 " + a,
        "0031 6 " + a,
        "06.%s.%s.%s.%s" % (a[:2], a[2:4], a[4:6], a[6:]),
        "06 %s %s %s %s" % (a[:2], a[2:4], a[4:6], a[6:]),
    ][k]


def fmt_land(area):
    n = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))
    ar = area[1:]
    k = R.randrange(7)
    return [
        "%s-%s" % (area, n),
        "%s %s %s %s" % (area, n[:3], n[3:5], n[5:]),
        "(%s) %s %s %s" % (area, n[:3], n[3:5], n[5:]),
        "%s - %s" % (area, n),
        "+31 %s %s %s" % (ar, n[:3], n[3:]),
        area + n,
        "%s-%s %s %s" % (area, n[:3], n[3:5], n[5:]),
    ][k]


def fmt_foreign(cc=None):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    cc = cc or R.choice(["pl", "be", "de", "tr", "ma", "bg"])
    if cc == "pl":
        return R.choice(["+48 5%s %s %s" % (d(2), d(3), d(3)), "0048 5%s%s" % (d(2), d(6))])
    if cc == "be":
        return "+32 4%s %s %s %s" % (d(2), d(2), d(2), d(2))
    if cc == "de":
        return "+49 15%s %s" % (d(1), d(7))
    if cc == "tr":
        return "+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2))
    if cc == "bg":
        return "+359 8%s %s %s" % (d(1), d(3), d(3))
    return "+212 6 %s %s %s %s" % (d(2), d(2), d(2), d(2))


def bsn_digits():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        if s % 11 == 0:
            return "".join(map(str, d))


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def fmt_bsn(b):
    k = R.randrange(6)
    return [
        b,
        b,
        "%s.%s.%s" % (b[:4], b[4:6], b[6:]),
        "%s %s %s" % (b[:3], b[3:6], b[6:]),
        "%s.%s.%s" % (b[:3], b[3:6], b[6:]),
        b,
    ][k]


def iban_make(cc="NL"):
    if cc == "NL":
        bank = R.choice(
            ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "INGB", "RABO"]
        )
        acct = "".join(str(R.randint(0, 9)) for _ in range(10))
        body = bank + acct
    else:  # BE
        body = "".join(str(R.randint(0, 9)) for _ in range(12))
    n = "".join(str(int(c, 36)) for c in body + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(n) % 97, body)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def fmt_iban(i):
    k = R.randrange(5)
    if k in (0, 1):
        return " ".join(i[j : j + 4] for j in range(0, len(i), 4))
    if k == 2:
        return i
    if k == 3:
        return i[:4] + " " + i[4:8] + " " + i[8:]
    return i.lower() if R.random() < 0.5 else i


def fmt_postcode(city):
    lo, hi = CITIES[city]["pc"]
    num = R.randint(lo, hi)
    while True:
        l2 = R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l2 not in ("SA", "SD", "SS"):
            break
    k = R.randrange(10)
    if k < 6:
        return "%d %s" % (num, l2)
    if k < 9:
        return "%d%s" % (num, l2)
    return "%d %s" % (num, l2.lower())


def house_number(city):
    n = R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(1, 260), R.randint(100, 499)])
    k = R.randrange(20)
    if city == "am":
        suf = R.choice(["-II", " II", "-2", "-III", " hs", "-1", " 3-hoog", "A", ""])
    elif city == "dh":
        suf = R.choice(["-hs", " hs", "A", "-B", " 1e", "-C", "", "", "b", " bis"])
    elif city == "nm" and R.random() < 0.4:
        suf = "-%02d" % R.randint(1, 40)
    else:
        suf = R.choice(["", "", "", "a", "A", "-B", "bis", " bis", "-1", " rd", "-01"])
    if k < 7:
        suf = ""
    return "%d%s" % (n, suf)


def make_date(lo=datetime.date(2022, 1, 10), hi=datetime.date(2025, 10, 28)):
    d = lo + datetime.timedelta(days=R.randint(0, (hi - lo).days))
    if d.weekday() >= 5 and R.random() < 0.85:  # professionals mostly work on weekdays
        d += datetime.timedelta(days=7 - d.weekday())
    return d


def fmt_date(d, style=None):
    dd, mm, yy = d.day, d.month, d.year
    wd = d.weekday()
    longs = ["%d %s %d" % (dd, MONTHS[mm - 1], yy), "%d %s" % (dd, MONTHS[mm - 1])]
    nums = [
        "%02d-%02d-%d" % (dd, mm, yy),
        "%d-%d-%d" % (dd, mm, yy),
        "%d-%d-'%02d" % (dd, mm, yy % 100),
        "%02d.%02d.%d" % (dd, mm, yy),
        "%d-%02d-%02d" % (yy, mm, dd),
        "%d/%d/%d" % (dd, mm, yy),
        "%d-%d-%02d" % (dd, mm, yy % 100),
        "%02d/%02d/%d" % (dd, mm, yy),
        "%02d-%02d-%02d" % (dd, mm, yy % 100),
    ]
    shorts = [
        "%d/%d" % (dd, mm),
        "%d-%d" % (dd, mm),
        "%d %s" % (dd, MON_AB[mm - 1]),
        "%d %s." % (dd, MON_AB[mm - 1]),
        "%02d-%02d" % (dd, mm),
        "%d %s '%02d" % (dd, MON_AB[mm - 1], yy % 100),
    ]
    wds = [
        "%s %d %s" % (WDAYS[wd], dd, MONTHS[mm - 1]),
        "%s %d/%d" % (WD_AB[wd], dd, mm),
        "%s %d-%d" % (WDAYS[wd], dd, mm),
        "%s %d %s %d" % (WDAYS[wd], dd, MONTHS[mm - 1], yy),
        "%s %d %s" % (WD_AB[wd], dd, MON_AB[mm - 1]),
    ]
    pools = {"l": longs, "n": nums, "s": shorts, "w": wds}
    if style is None:
        style = R.choice("llnnnsw")
    return R.choice(pools[style])


def fmt_dob(lo=datetime.date(1936, 1, 1), hi=datetime.date(2006, 12, 31)):
    d = make_date(lo, hi)
    k = R.randrange(6)
    if k < 3:
        return R.choice(["%02d-%02d-%d", "%d-%d-%d", "%02d/%02d/%d"]) % (d.day, d.month, d.year)
    if k == 3:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if k == 4:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    return "%d-%d-'%02d" % (d.day, d.month, d.year % 100)


def fmt_dossier():
    y = R.randint(2019, 2025)
    k = R.randrange(20)
    r = R.randint
    return [
        "%d-%05d" % (y, r(1, 99999)),
        "SZW-%06d" % r(100000, 999999),
        "VT-%d-%04d" % (y, r(1, 9999)),
        "#%d" % r(10000, 99999),
        "Z/%02d/%06d" % (y % 100, r(1, 999999)),
        "WMO-%d-%05d" % (y, r(1, 99999)),
        "C-%05d" % r(1, 99999),
        "%d%02d%02d-%03d" % (y, r(1, 12), r(1, 28), r(1, 999)),
        "KB %d.%04d" % (y, r(1, 9999)),
        "SHV-%04d-%02d" % (r(1, 9999), y % 100),
        "%02d-%04d" % (y % 100, r(1, 9999)),
        "ZVH-%02d-%05d" % (y % 100, r(1, 99999)),
        "CAS-%d-%05d" % (y, r(1, 99999)),
        "JB/%02d/%05d" % (y % 100, r(1, 99999)),
        "P%d-%03d" % (y, r(1, 999)),
        "vt-%02d-%04d" % (y % 100, r(1, 9999)),
        "MO-%02d-%04d" % (y % 100, r(1, 9999)),
        "RvdK-%d-%04d" % (y, r(1, 9999)),
        "%07d" % r(1000000, 9999999),
        "BT%d/%04d" % (y, r(1, 9999)),
    ][k]


def approx(center, money=False):
    c = int(center)
    if c <= 120 and not money:  # age
        return str(max(1, c + R.randint(-5, 5)))
    v = int(c * R.uniform(0.6, 1.6))
    v = round(v, -1)
    return "€ " + f"{v:,}".replace(",", ".") + R.choice(["", ",-", ""])


# ----------------------------------------------------------------------------
# template expansion
# ----------------------------------------------------------------------------
TOKEN = re.compile(r"«([a-z]+)(\d*)(?:~([a-z]{2}))?(?:\.([a-z]+))?(?:@([a-z]{2}))?»")


class Ctx:
    def __init__(self, city):
        self.city = city
        self.memo = {}
        self.used = {}
        self.origin = None

    def pick_distinct(self, kind, pool, key):
        if key in self.memo:
            return self.memo[key]
        used = self.used.setdefault(kind, set())
        cand = [x for x in pool if x not in used] or pool
        v = R.choice(cand)
        used.add(v)
        self.memo[key] = v
        return v

    def person(self, typ, key, city):
        if key in self.memo:
            return self.memo[key]
        if typ in ("v", "m", "p", "j", "jv"):
            g = "f" if typ in ("v", "jv") else "m" if typ in ("m", "j") else R.choice("fm")
            org = wchoice(CLIENT_W)
            if city == "lw" and R.random() < 0.4:
                org = "fy"
            if self.origin == "mu":
                org = R.choice(["ma", "tr", "so", "af", "sy"])
            elif self.origin == "mg":
                org = R.choice([o for o in FIRST if o not in ("nl", "fy")])
            elif self.origin:
                org = self.origin
            pe = Person(g, org)
        elif typ in ("dg", "zn", "kk"):
            g = "f" if typ == "dg" else "m" if typ == "zn" else R.choice("fm")
            parent = None
            for pk in ("m1", "v1"):
                kk = pk + "@" + city
                if kk in self.memo and R.random() < 0.85:
                    parent = self.memo[kk]
                    break
            if parent:
                pe = Person(
                    g,
                    parent.origin if parent.origin in FIRST else "nl",
                    (parent.tussen, parent.base),
                )
                if parent.origin == "bg" and g == "f" and not parent.base.endswith("a"):
                    pe.base += "a"
                if parent.origin == "bg" and g == "m" and parent.base.endswith("va"):
                    pe.base = pe.base[:-1]
            else:
                pe = Person(g, wchoice(CLIENT_W))
        elif typ == "x":  # professional
            pe = Person(R.choice("fm"), self.origin or wchoice(PROF_W))
            pe.dom = R.choice(
                [CITIES[city]["mail"]] * 2
                + [
                    ascii_fold(o).lower().replace(" ", "").replace("-", "") + ".nl"
                    for o in CITIES[city]["welzijn"] + CITIES[city]["ggz"]
                ]
            )
        else:
            raise ValueError(typ)
        self.memo[key] = pe
        return pe

    def render(self, typ, num, mod, city):
        C = CITIES[city]
        key = typ + num + "@" + city
        mod = mod or ""
        if typ in ("v", "m", "p", "j", "jv", "dg", "zn", "kk", "x"):
            return self.person(typ, key, city).render(mod)
        if typ == "dt" or (typ[0] == "d" and typ[1:] in MONTH_TOK):
            if key not in self.memo:
                if typ == "dt":
                    n = int(num or 1)
                    if "base@" not in self.memo:
                        self.memo["base@"] = make_date(hi=datetime.date(2025, 4, 30))
                    d = self.memo["base@"] + datetime.timedelta(
                        days=sum(R.randint(2, 45) for _ in range(n - 1))
                    )
                    if d.weekday() >= 5 and R.random() < 0.85:
                        d += datetime.timedelta(days=7 - d.weekday())
                    self.memo[key] = d
                else:
                    mm = MONTH_TOK[typ[1:]]
                    y = R.randint(2022, 2025)
                    lo = datetime.date(y, mm, 1)
                    self.memo[key] = make_date(lo, lo + datetime.timedelta(days=27))
            fk = key + "|" + mod
            if fk not in self.memo:
                self.memo[fk] = fmt_date(self.memo[key], mod or None)
            return P("date", self.memo[fk])
        if typ == "dob":
            return P("date", self.memo.setdefault(key, fmt_dob()))
        if typ == "dobk":  # child's date of birth
            return P(
                "date",
                self.memo.setdefault(
                    key, fmt_dob(datetime.date(2004, 1, 1), datetime.date(2021, 12, 31))
                ),
            )
        if typ == "ph":
            return P("phone", self.memo.setdefault(key, fmt_mobile(mobile_digits())))
        if typ == "fph":
            return P("phone", self.memo.setdefault(key, fmt_foreign(mod)))
        if typ == "tel":
            return P("phone", self.memo.setdefault(key, fmt_land(C["area"])))
        if typ == "adr":
            if key not in self.memo:
                self.memo[key] = R.choice(C["streets"]) + " " + house_number(city)
            return P("address", self.memo[key])
        if typ == "pc":
            return P("postcode", self.memo.setdefault(key, fmt_postcode(city)))
        if typ == "str":
            return self.pick_distinct("str" + city, C["streets"], key)
        if typ == "bsn":
            return P("bsn", self.memo.setdefault(key, fmt_bsn(bsn_digits())))
        if typ == "iban":
            return P(
                "iban",
                self.memo.setdefault(key, fmt_iban(iban_make("BE" if mod == "be" else "NL"))),
            )
        if typ == "dos":
            return P("dossier", self.memo.setdefault(key, fmt_dossier()))
        if typ == "em":
            if key not in self.memo:
                self.memo[key] = Person(R.choice("fm"), wchoice(CLIENT_W)).email()
            return P("email", self.memo[key])
        if typ == "wijk":
            return K("wijk", self.pick_distinct("wijk" + city, C["wijken"], key))
        if typ == "city":
            return C["name"]
        if typ == "team":
            return C["team"]
        if typ in ("welzijn", "corp", "ggz", "debt", "vt", "youth", "care", "loket", "other"):
            return K("org", self.pick_distinct("org", C[typ], key))
        if typ == "nat":
            return K("org", self.pick_distinct("org", NATIONAL, key))
        if typ == "role":
            return K("role", self.pick_distinct("role", ROLES, key))
        if typ == "age":
            return self.memo.setdefault(key, approx(int(num or 50)))
        if typ == "amt":
            return self.memo.setdefault(key, approx(int(num or 2000), money=True))
        if typ == "yr":
            return self.memo.setdefault(key, str(R.randint(2009, 2023)))
        if typ == "mon":
            return self.memo.setdefault(key, R.choice(MONTHS))
        if typ == "wd":
            return self.memo.setdefault(key, R.choice(WDAYS[:5]))
        if typ == "wk":
            return self.memo.setdefault(key, str(R.randint(2, 51)))
        if typ == "hr":
            return self.memo.setdefault(
                key,
                R.choice(
                    [
                        "9.00",
                        "9.30",
                        "10.00",
                        "10.30",
                        "11.15",
                        "13.00",
                        "13.30",
                        "14.00",
                        "14.30",
                        "15.45",
                        "16.00",
                    ]
                ),
            )
        raise ValueError("unknown token " + typ)


SENT_END = re.compile(r"(^|[.!?\n]\s*|\n[-*•]\s*)$")


def expand(tpl, city):
    ctx = Ctx(city)
    out = []
    pos = 0
    for m in TOKEN.finditer(tpl):
        out.append(tpl[pos : m.start()])
        typ, num, ori, mod, cc = m.groups()
        ctx.origin = ori
        s = ctx.render(typ, num, mod, cc or city)
        if mod in ("t",) and SENT_END.search("".join(out)[-4:] if out else ""):
            s = s[0].upper() + s[1:]
        out.append(s)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out)


MARK = re.compile(
    r"\[\[(person|bsn|phone|email|iban|postcode|address|date|dossier):(.*?)\]\]"
    r"|\{\{(wijk|org|role):(.*?)\}\}",
    re.S,
)


def strip(marked):
    text = []
    pii, keep = [], []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        n += len(chunk)
        if m.group(1):
            lab, s, tgt = m.group(1), m.group(2), pii
        else:
            lab, s, tgt = m.group(3), m.group(4), keep
        tgt.append({"start": n, "end": n + len(s), "label": lab, "text": s})
        text.append(s)
        n += len(s)
        pos = m.end()
    text.append(marked[pos:])
    t = "".join(text)
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t and "«" not in t, t
    return t, pii, keep


# ----------------------------------------------------------------------------
# hand-written templates (category, fixed city or None, text)
# categories: les (case lesson), disc (discussion message), notulen (minutes,
# workshop notes), overig (referrals, e-mails, notes)
# ----------------------------------------------------------------------------
T = []


def tpl(cat, text, city=None):
    # tolerate a typed '}' instead of '»' at the end of a token
    text = re.sub(r"(«[a-z0-9.@~]+)\}(?!\})", r"\1»", text)
    T.append((cat, city, text.strip("\n")))


# ============================ case lessons ==================================
tpl(
    "les",
    """
Casusles | «wijk1» | thema: eenzaamheid
Ingebracht door: «x1» ({{role:ouderenadviseur}}, «welzijn1», «tel1»)
Dossier: «dos1» | gepubliceerd «dt2.n»

Situatie
«v1.t» («age82») woont sinds de dood van haar man alleen aan de «str1». Haar dochter «dg1.f» woont in Almere en belt op zondag. De buurvrouw, «v2», belde op «dt1» met «loket»: de gordijnen bleven al dagen dicht.

Aanpak
Geen intake maar drie keer koffie, steeds op dinsdagochtend. Pas bij het derde bezoek haalde «v1.f» een schoenendoos met ongeopende post tevoorschijn.

Les voor andere teams
Een vast gezicht en een vaste dag werken beter dan een formulier. Schakel pas daarna de {{role:schuldhulpverlener}} in.
""",
)

tpl(
    "les",
    """
Titel: Van zes schuldeisers naar één aanspreekpunt
Thema: schulden
Team: «team» «wijk1»
Cliënt: «m1.f» (anoniem maken!), «age38» jaar, alleenstaande vader van «zn1.f» en «dg1.f»
Probleem: huurachterstand bij «corp1» van «amt3000», loonbeslag, brieven van de deurwaarder ongeopend
Aanpak: samen met «m1.f» alle post gesorteerd op de keukentafel (huisbezoek «dt3.w»); aanmelding bij «debt1» op «dt1»; tijdelijk budgetbeheer, huur gaat nu automatisch van «iban1»
Resultaat: ontruiming voorkomen, zitting uitgesteld tot «dt2»
Tip: vraag de {{role:woonconsulent}} van «corp1» vroeg aan tafel, niet pas bij de dagvaarding.
""",
)

tpl(
    "les",
    """
Wat we leerden van de situatie rond «v1.f» in «wijk1». Zij kwam in «mon1» bij ons binnen via de {{role:huisarts}} met 'slaapproblemen'. Pas in het tweede gesprek vertelde ze dat haar partner «m1.f» haar telefoon controleerde en geld achterhield. Omdat er twee kinderen in huis zijn («dg1.f», 7, en «zn1.f», 4) hebben we na overleg met de {{role:aandachtsfunctionaris huiselijk geweld}} op «dt1» advies gevraagd bij «vt» (zaak «dos1», terugkoppeling «dt2.w»).
Les: vraag altijd door op 'slaapproblemen' en 'stress'. En zet afspraken niet in de gedeelde agenda als de partner meekijkt; wij belden voortaan via het nummer van haar zus («ph1»). Sinds «dt3.l» woont ze met de kinderen op een geheim adres.
""",
)

tpl(
    "les",
    """
Korte les uit «wijk1»: «m1.t» (dossier «dos1») weigerde elke hulp tot onze {{role:wijkagent}} «x1.f» een keer meeging, op «dt1.w». Eerder stonden we er op «dt2.s» en «dt3.s» voor een dichte deur. Niet de hulpverlener maar de bekende uit de buurt opende de deur. Sindsdien gaat bij eerste contacten met zorgmijders iemand mee die de cliënt al kent.
""",
)

tpl(
    "les",
    """
THEMA: bemoeizorg | WIJK: «wijk1» | DATUM LES: «dt1.n»
Betrokkenen: «m1» (cliënt), zus «v1.f» («ph1»), {{role:SPV}} van «ggz1», {{role:casusregisseur}} «x1.f»
Adres in dossier: «adr1», «pc1» «city» (niet delen!)
Kern: dhr. woont sinds «yr1» met zijn hond tussen stapels kranten, weigert {{role:huisarts}} en GGZ. Verhuurder «corp1» dreigde met ontruiming.
Wat werkte: elke week op hetzelfde tijdstip aanbellen, nooit naar binnen willen, wel hondenvoer meenemen. Na zeven weken vroeg hij zelf om hulp met de trap.
Wat niet werkte: de brief met een afspraak bij «ggz1». Die kwam ongeopend retour.
""",
)

tpl(
    "les",
    """
Les: «j1.f» en de overgang naar 18

«j1» werd op «dt1.l» achttien. Tot die dag regelde de {{role:jeugdconsulent}} van «youth1» alles: zakgeld, school, de logeerweekenden. Op zijn verjaardag stopte dat in één klap. Moeder («v1.t», «ph1») belde ons op «dt2.w» in paniek: er lag een brief van het {{org:UWV}}, een zorgpremie die niet betaald was en een boete van de OV-controle.
We hebben met «j1.f», moeder en de {{role:MEE-consulent}} («x1») alsnog een overdracht gedaan die eigenlijk een half jaar eerder had moeten plaatsvinden. Bewindvoering aangevraagd (zaak «dos1», bewindvoerder gestart op «dt3.s»), Wajong opnieuw aangevraagd.
Voor andere teams: zet in het jeugddossier al bij 17,5 jaar een datum voor een warme overdracht naar het volwassenenteam. In «wijk1» is dat nu standaard afgesproken met «youth1».
""",
)

tpl(
    "les",
    """
Onderwerp: overbelaste mantelzorger
Wijk: «wijk1»
Wie: «m1.t» (81, beginnende dementie) en zijn vrouw «v1.f» (79), mantelzorger
Adres: «adr1», «pc1»
BSN meneer (voor CIZ-aanvraag): «bsn1»
Signaal: «v1.f» werd op «dt1» onwel in de supermarkt aan de «str1»; de caissière belde 112.
Inzet: {{role:casemanager dementie}} via «care1», dagbesteding twee keer per week, respijtzorg via «welzijn1».
Les: kijk bij dementie niet alleen naar de cliënt. De mantelzorger valt vaak als eerste om.
Contact casemanager: «x1» – «tel1»
""",
)

tpl(
    "les",
    """
Op «dt1.w» kwam «v1» via het «loket» bij ons, met een Albert Heijn-tas vol enveloppen. Ze is «age45», werkt 20 uur in de schoonmaak en heeft drie kinderen. De Belastingdienst vorderde «amt9000» aan kinderopvangtoeslag terug.
Wat wij deden: de {{role:sociaal raadsvrouw}} heeft binnen twee weken bezwaar gemaakt, wij regelden op «dt2.s» een voorlopige voorziening bij «debt1». Terugbetaling loopt via haar rekening «iban1». «v1.fp» oudste, «zn1.f», hielp met de DigiD.
Wat wij leerden: vraag bij toeslagenproblematiek meteen naar de herstelregeling. Veel ouders in «wijk1» weten niet dat ze gedupeerde kunnen zijn.
""",
)

tpl(
    "les",
    """
casus «wijk1» – «dt1.n»
mw «v1.lc» (BSN «bsn1») is sinds «yr1» bekend bij het team. Ze heeft een LVB, woont zelfstandig op «adr1» en krijgt ambulante begeleiding van «other1». In de zomer stopte de begeleider, de nieuwe begeleider kwam pas na zes weken.
In die weken: twee keer de deurwaarder, een afgesloten telefoon, een nieuw vriendje ('«m1.f»'?) dat bij haar introk.
Les: een wissel van begeleider is bij LVB een risicomoment. Spreek met de aanbieder af dat het team een seintje krijgt én dat er geen gat valt.
""".replace("'«m1.f»'?", "'«m1.f»'"),
)

tpl(
    "les",
    """
Best practice: de keukentafel in plaats van het kantoor

Team: «team» «wijk1» («city»)
Schrijver: «x1.f» («role1», «x1.pem»)

«m1» (62) en «v1» (58) kwamen vijf keer niet op hun afspraak op het wijkkantoor. Wij lazen dat als 'geen motivatie'. Bij het eerste huisbezoek op «dt1.w» bleek dat meneer sinds zijn herseninfarct niet meer buiten durft en mevrouw hem niet alleen laat.
Sindsdien zien we ze thuis, op de «adr1» («pc1»). De Wmo-aanvraag voor een scootmobiel liep via de {{role:Wmo-adviseur}} «x2.f»; «v1.f» gaat nu weer naar haar naaiclub bij «welzijn1».
Les: 'niet gekomen' is informatie, geen conclusie.
""",
)

tpl(
    "les",
    """
Themales huiselijk geweld (anoniem, graag nog checken door «x1.f» voor publicatie)

Gezin: moeder «v1.f» («age34»), kinderen «dg1.f» (9) en «kk1.f» (3), ex-partner «m1.f»
Melding: school meldde op «dt1» blauwe plekken bij «dg1.f». Zaaknummer Veilig Thuis: «dos1».
Verloop: «vt» deed onderzoek, het team bleef betrokken voor de praktische kant: een ander huis via urgentie bij «corp1» (nu «adr1», «pc1» – NIET publiceren), een nieuwe school, omgangsregeling via de rechtbank (zitting «dt2.l»).
Les voor teams: bij huiselijk geweld is het team niet de onderzoeker maar wel de constante. Maak vanaf dag één afspraken over wie wat doet, anders praat iedereen met moeder en niemand met de kinderen.
""",
)

tpl(
    "les",
    """
De les van «o1»

Ik wil jullie iets vertellen over «o1.t». Hij is «age87», oud-havenwerker, en woont boven een snackbar aan de «str1». Elke dag om 14.00 uur ging hij naar de bibliotheek om de krant te lezen. Toen de bieb in «wijk1» in «mon1» verbouwd werd, zat hij drie maanden binnen. De {{role:wijkverpleegkundige}} van «care1» zag hem achteruitgaan.
Wij hebben geen programma bedacht maar een stoel: de ondernemer van de snackbar zet nu elke ochtend een krant voor hem klaar. Zo simpel kan het zijn. Zijn nicht belt ons als hij een dag niet komt («ph1»). Laatste huisbezoek: «dt1.w».
— «x1.f», {{role:welzijnscoach}}
""".replace("«o1", "«m1"),
)

tpl(
    "les",
    """
Leerpunt MDO jeugd, «wijk1»
Aanwezig: {{role:gezinscoach}} «x1.f», {{role:jeugdconsulent}} «x2.f» («youth1»), {{role:intern begeleider}} school, moeder (mw. «v1.s», «ph1»).
Zoon «zn1.f» (14, geb. «dobk1») zit sinds de herfstvakantie thuis. Leerplicht had al een proces-verbaal klaarliggen (kenmerk «dos1»). Achter het verzuim zat geen onwil maar angst: «zn1.f» werd in de bus gepest.
Afspraak op «dt1»: eerst twee ochtenden per week naar school, met de {{role:jongerenwerker}} die hem ophaalt.
Wat andere teams ervan kunnen leren: praat met het kind zelf, zonder moeder erbij, vóór het MDO.
""",
)

tpl(
    "les",
    """
Samenvatting casus (voor de kennisbank)
Thema ........ schulden / werk
Wijk ......... «wijk1» («pc1»)
BSN .......... «bsn1» (verwijderen!)
Doelgroep .... werkende armen
Cliënt ....... «m1.i», «age41», parttime chauffeur
IBAN (loonbeslag) «iban1» – graag weghalen voor publicatie
Kern: meneer verdient net te veel voor bijzondere bijstand en net te weinig om rond te komen. Schuld van «amt6000» bij zorgverzekeraar en energie.
Interventie: {{role:budgetcoach}} van «debt1», inzet van SchuldHulpMaatje, afspraak met werkgever over voorschot.
Uitkomst: binnen «mon1» een stabiel budgetplan.
""".replace("«debt1»", "«debt1»"),
)

tpl(
    "les",
    """
«v1~er.f» is «age30», kwam in «yr1» als statushouder naar «city» en woont met haar drie kinderen in «wijk1». Ze spreekt redelijk Nederlands maar leest het niet. Alle brieven van de gemeente legde ze op een stapel "voor als mijn man terugkomt". Meneer, «m1~er.f», zit nog in Eritrea.
De {{role:maatschappelijk werker}} van {{org:VluchtelingenWerk}} en wij hebben haar leren fotograferen wat binnenkomt en het te appen naar één vast nummer («ph1», de werktelefoon van «x1.f»).
Sinds «dt1.l» werkt het: geen gemiste afspraken meer. «v1.fp» oudste, geboren «dobk1», helpt mee.
Les: maak het kanaal simpel. Eén nummer, één gezicht.
""",
)

tpl(
    "les",
    """
Casusles bemoeizorg – naam: "Het balkon"
Wijk: «wijk1»
Datum eerste signaal: «dt1.l»
Melder: buurman «p1.s» (via «corp1», tel. «ph1»)

Dhr «m1.s» (geb. «dob1») gooide afval vanaf zijn balkon. Drie meldingen van overlast, een dreigende huisuitzetting. Bij huisbezoek bleek hij psychotisch en sinds maanden zonder medicatie. Via het Zorg- en Veiligheidshuis (zaak «dos1») kwam er binnen een week een {{role:psychiater}} van «ggz1» mee.
Les: overlast en zorg zijn twee kanten van hetzelfde verhaal. Zorg dat de {{role:woonconsulent}} en de {{role:SPV}} elkaar kennen.
""".replace("«ggz1»", "«ggz1»"),
)

tpl(
    "les",
    """
Waarom het misging (en wat we nu anders doen)

In «mon1» overleed «m1.f», een man van «age55» uit «wijk1» die bij drie organisaties bekend was: «debt1» voor zijn schulden, «ggz1» voor zijn depressie en ons team voor 'praktische vragen'. Niemand had het overzicht. Zijn broer «m2» vond hem op «dt1». Het laatste contact met het team was op «dt2.w» (dossier «dos1»).
We schrijven dit niet om schuldigen aan te wijzen. De les: bij meer dan twee betrokken organisaties wijzen we binnen een week één {{role:casusregisseur}} aan, die het plan bijhoudt en de familie kent.
""",
)

tpl(
    "les",
    """
Situatie: jong gezin, net verhuisd naar «adr1» («pc1»), moeder «jv1.f» (19), vader «j1.f» (21), baby «kk1.f».
Vraag: hulp bij inrichting en geldzaken. Eerste huisbezoek «dt1.w», contact via «ph1».
Onder de oppervlakte: vader blowt dagelijks, moeder heeft geen contact meer met haar eigen familie, de {{role:JGZ-verpleegkundige}} maakte zich zorgen over het gewicht van de baby.
Aanpak: samen met het CJG één plan, één {{role:gezinscoach}} («x1»). Wekelijks een uur budgetles.
Les: bij jonge ouders is 'hulp bij inrichting' vaak de voordeur voor veel meer. Neem die vraag serieus en kom terug.
""",
)

tpl(
    "les",
    """
Ingebracht door «x1.f» ({{role:Wmo-adviseur}})

Een aanvraag voor huishoudelijke hulp bij «v1.t» («adr1», melding «dos1») in «wijk1» leek standaard. Tijdens het keukentafelgesprek op «dt1» zei haar kleinzoon «zn1.f» (die tolkte) ineens: "Oma eet niet meer, ze bewaart alles voor mij." Hij woont bij haar sinds hij met zijn ouders ruzie kreeg.
We hebben de indicatie aangehouden en eerst de {{role:jongerenwerker}} en «welzijn1» ingeschakeld. Nu is er een plan voor allebei.
Les: vraag wie er nog meer in huis woont. Een aanvraag voor één persoon gaat vaak over twee.
""",
)

tpl(
    "les",
    """
Les over samenwerking met de {{role:huisarts}}

Cliënt: «m1.t», «age67», ernstige COPD, rookt nog. De {{role:huisarts}}, dokter «x1.s», wilde geen informatie delen zonder toestemming. Terecht, maar meneer ging niet meer naar de praktijk.
Oplossing: toestemmingsverklaring op «dt1» samen met meneer getekend, ingescand in dossier «dos1». Daarna een driegesprek in de praktijk aan de «str1», met de POH erbij («x2.pem», «tel1»).
Leerpunt: regel de toestemming vóór je hem nodig hebt.
""",
)

tpl(
    "les",
    """
Titel: Ramadan en de afspraak om 9 uur
Wijk: «wijk1», «city»

Tijdens de ramadan kwam «m1~mu.f» «m1.s» drie keer niet naar zijn afspraak bij «debt1». Zijn dossier («dos1») stond al op 'uitval'. De {{role:schuldhulpverlener}} «x1.f» heeft het gesprek van «dt1.w» verplaatst naar de avond na iftar, in de moskee aan de «str1», en hij kwam. Vervolgafspraak: «dt2.w», 20.30 uur.
Les: flexibel plannen is geen gunst maar voorwaarde voor bereik. Vraag naar feestdagen en ritmes.
""".replace("«x1.f»", "«x1.f»"),
)

tpl(
    "les",
    """
Kennisdeling «team» «wijk1»: de buurtmoeders
In «wijk1» hebben we sinds «yr1» zes buurtmoeders, onder wie «v1.f» en «v2.f». Zij komen achter voordeuren waar wij niet komen. Een voorbeeld: bij «v3.t» hoorde een buurtmoeder dat de elektriciteit al weken afgesloten was. De {{role:opbouwwerker}} van «welzijn1» en wij regelden binnen twee dagen een noodtarief (aangevraagd «dt1.s», aansluiting weer op «dt2.s»). Contact buurtmoeders: «em1».
Tip: betaal buurtmoeders een vrijwilligersvergoeding en nodig ze uit bij het wijkoverleg, niet alleen bij 'handige momenten'.
""",
)

tpl(
    "les",
    """
casuïstiek bespreking - bemoeizorg - anoniem!!

dhr. «m1.lc», ±50 jr, woont in een portiekflat aan de «str1», stank, ongedierte, buren klagen al maanden. «corp1» wil ontruimen.
1e huisbezoek «dt1.s»: deur niet open
2e «dt2.s»: met {{role:wijkagent}} en {{role:GGD-arts}} -> dhr. praat door de brievenbus
3e «dt3.s»: mag binnen, koffie gedronken
les: geduld + iemand die dhr. vertrouwt (bleek zijn oude voetbaltrainer, «p1.f»)
""".replace("«dt3.s»", "«dt3.s»"),
)

tpl(
    "les",
    """
Titel: Gezinsplan in «wijk1» – één gezin, één plan
In het gezin «v1.s» waren elf hulpverleners betrokken. Moeder «v1.f» wist niet meer wie wat deed. «zn1.f» (16) had een reclasseringstoezicht, «dg1.f» (12) zat in speciaal onderwijs, vader zat in detentie.
We hebben alle betrokkenen op «dt1» bij elkaar gezet, met moeder aan het hoofd van de tafel. Resultaat: vier hulpverleners minder, één regisseur ({{role:gezinscoach}} «x1.f» van «youth1»).
Evaluatie op «dt2.l», gezinsdossier «dos1».
Les: minder is meer. Vraag moeder wie zij wil houden.
""".replace("«dg1.f»", "«dg1.f»"),
)

tpl(
    "les",
    """
Lesson learned (kort):
Bij «v1.t» («dob1») in «wijk1» bleek de schuld bij «corp1» veroorzaakt door een fout in haar huurtoeslag. Niet de cliënt maar het systeem liep vast. Eén telefoontje van {{role:sociaal raadsman}} «x1» naar {{org:Dienst Toeslagen}} loste op «dt1.s» drie maanden stress op (kenmerk «dos1»). Check altijd eerst de toeslagen!
""",
)

tpl(
    "les",
    """
Wijk: «wijk1»
Thema: ouderen / valpreventie
Wat speelde: «o1.t», alleenstaand, gevallen op de trap op «dt1». Ziekenhuis, daarna terug naar huis zonder dat iemand het team inlichtte. Twee weken later, op «dt2.w», vond de postbode haar. Adres: «adr1», «pc1».
Wat we veranderden: afspraak met de transferverpleegkundige van het ziekenhuis dat het team bij ontslag van ouderen uit «wijk1» een bericht krijgt (mail naar «x1.pem»).
Resultaat tot nu toe: 14 signalen in vier maanden.
""".replace("«o1", "«v1"),
)

tpl(
    "les",
    """
Mijn les van dit jaar: «m1.f» en zijn schuur

«m1.f» (ik noem hem zo, want zo heet hij niet echt – of toch wel? let op bij anonimiseren) is «age70» en woont in «wijk1». Hij klust. Zijn schuur staat vol gereedschap. Na de dood van zijn vrouw «v1.f» zat hij alleen maar binnen.
Onze {{role:buurtsportcoach}} vroeg hem de fietsen van het buurthuis te repareren. Sinds «dt1.l» komt hij elke donderdag (dossier «dos1»), en twee statushouders leren van hem. De werkplaats is open sinds «dt2.w». Niet ieder eenzaam mens wil een praatgroep.
""".replace("«v1.f»", "«v1.f»"),
)

tpl(
    "les",
    """
Casus: huisvesting na detentie
Cliënt: «m1» (zaaknummer «dos1», geboortedatum «dob1», BSN «bsn1»)
Vrijgekomen uit PI op «dt1». Geen woning, geen ID, geen uitkering. Reclassering had een plan, maar dat strandde bij de gemeentelijke intake omdat meneer geen postadres had.
Oplossing: postadres via «other1», «adr1», «pc1», direct daarna BSN-uittreksel, uitkeringsaanvraag en inschrijving woningzoekende.
Les voor teams: regel het postadres op de dag van vrijlating. Zonder postadres bestaat iemand niet voor de systemen.
""".replace("«other1»", "«other1»").replace("«str1»", "«str1»"),
)

tpl(
    "les",
    """
«v1~pl.fp» verhaal leert ons iets over taal. Ze komt uit Polen, werkt via een uitzendbureau in de kassen en woont met vier collega's in een huis aan de «adr1». Toen ze ziek werd, verloor ze werk én bed tegelijk. Ze sliep twee nachten in de auto van haar neef «m1.f».
Wij kwamen in contact via de {{role:straatwerker}} van «other1». Met een tolk (via de telefoon) hebben we een tijdelijke plek geregeld en op «dt1.l» een melding gedaan bij de Arbeidsinspectie. Haar Poolse nummer: «fph1.pl».
Les: arbeidsmigranten vallen tussen wal en schip. Leg contact met de huisvesters in «wijk1» voordat het misgaat.
""",
)

tpl(
    "les",
    """
CASUS (ingekort)
mw «v1.s» – «age58» – «adr1» – woont met volwassen zoon «zn1.f» (27) met autisme
vraag: mw is op, wil dat zoon zelfstandig gaat wonen
wat speelde: zoon wil niet, geen indicatie, wachtlijst beschermd wonen 2 jaar
inzet: MEE (consulent «x1.f»), ervaringsdeskundige ouder via «welzijn1», logeeropvang 1 weekend p/m vanaf «dt1.s»
les: begin met de mantelzorger, niet met de wachtlijst.
contact mw (alleen intern): «ph1»
""",
)

tpl(
    "les",
    """
Titel: De rol van de {{role:wijkverpleegkundige}} bij zorgmijding
Door: «x1» («care1»)

Ik kwam bij «m1.t» omdat hij een wond aan zijn been had. Drie keer per week. In die uren hoorde ik meer dan het team in een jaar had gehoord: over zijn zoon «zn1.f» die hem bestal, over de schuld bij de buurman, over de drank. Ik heb met zijn toestemming het team ingeschakeld op «dt1.w». Het eerste teamoverleg was op «dt2.s» (dossier «dos1»).
Les: de wijkverpleegkundige heeft een sleutel die anderen niet hebben. Gebruik die, maar met toestemming.
""",
)

tpl(
    "les",
    """
Wat werkt bij ouderen met een migratieachtergrond? Ervaring uit «wijk1»

Mevrouw «v1~tr.s» («age76») spreekt alleen Turks. Haar kinderen wonen in Duitsland. Ze kwam bij ons via de imam van de moskee. Onze collega «x1~tr.f» spreekt Turks en heeft haar op «dt1» geholpen met de aanvraag voor huishoudelijke hulp (kenmerk «dos1»). Daarna heeft ze meegedaan aan de vrouwenochtend bij «welzijn1».
Les: tweetalige collega's en sleutelfiguren zijn goud. Zet ze niet alleen in als tolk, maar als volwaardig teamlid.
""".replace("«welzijn1»", "«welzijn1»"),
)

tpl(
    "les",
    """
[Kennisbank] Casusles #{n}
Titel: Kinderen als tolk – niet doen
Wijk: «wijk1»
Samenvatting: Bij het gezin «m1~mg.s» tolkte dochter «dg1.f» (11) in gesprekken over schulden en de ziekte van haar vader. Op school viel ze terug. De {{role:intern begeleider}} belde ons op «dt1».
Aanpak: vanaf toen altijd een professionele tolk via de Tolkencentrale. «dg1.f» is nu aangemeld bij een groep voor jonge mantelzorgers van «welzijn1».
Gezinsdossier: «dos1».
Les: ook als het snel moet, geen kinderen als tolk.
""".replace("#{n}", "#«dos9»"),
)

tpl(
    "les",
    """
Verslagje casusbespreking over «v1.f» «v1.s» — «dt1.l»

«v1.f» (ze is «age24») heeft een baby en woont in een te kleine kamer bij haar moeder in «wijk1». Na een ruzie stond ze op straat. Urgentie werd afgewezen. We hebben een tijdelijke kamer gevonden via «other1» en samen met de {{role:woonconsulent}} op «dt2.s» bezwaar gemaakt.
Les: bij afwijzing van urgentie direct het bezwaar starten, niet wachten op het volgende gesprek. Bezwaartermijn is 6 weken.
Telefoon «v1.f»: «ph1» (alleen voor intern gebruik)
""",
)

tpl(
    "les",
    """
Korte les: laat de buurt meedenken
De buurvrouw van «v1.t», mevrouw «p1.s», kookte al sinds «dt1.l» elke dag een extra bord, vertelde ze ons op «dt2.w». Toen wij «v1.s» een maaltijdservice aanboden, voelde de buurvrouw zich aan de kant gezet. We hebben het anders gedaan: de buurvrouw krijgt een mantelzorgcompliment en boodschappen via de {{org:Voedselbank}}. Mooi voorbeeld van informele zorg in «wijk1».
""",
)

tpl(
    "les",
    """
Thema: jeugd / schulden
Wijk: «wijk1»
Kernzin: "Ik wist niet dat een Klarna-rekening een schuld was."
«j1.f» (19) had op zijn 19e al «amt4000» schuld aan webwinkels en een telefoonabonnement. Zijn moeder, «v1.t», kwam op «dt1.w» bij de {{role:jongerenwerker}}. Er lag al beslag op zijn rekening «iban1».
Aanpak: jongerenloket, schuldenrust via «debt1», een baan via het Jongerenpunt.
Les: jongeren praten niet over geld. Begin bij de jongerenwerkers, die ze al vertrouwen.
""".replace("«debt1»", "«debt1»"),
)

tpl(
    "les",
    """
Afsluitende les uit de pilot – thema ouderen (team «wijk1»)

De vraag van «v1.t» («adr1») was eenvoudig: "Ik wil thuis blijven wonen." Ze is «age91», slechtziend, en haar zoon «zn1» wilde haar naar een verpleeghuis. Met de {{role:casemanager dementie}}, de {{role:huisarts}} en «care1» hebben we gekeken wat er nodig is: een alarmknop, een vaste thuiszorgmedewerker, een vrijwilliger die elke woensdag langskomt. De alarmknop werkt sinds «dt2.s».
De zoon was boos. In een familiegesprek op «dt1» werd duidelijk dat hij vooral bang was. Nu belt hij zelf elke avond om 19.00 uur.
Les: het gesprek met de familie is soms belangrijker dan het zorgplan.
""",
)

tpl(
    "les",
    """
Les: inzet ervaringsdeskundige bij verslaving
Cliënt «m1.ini» (initialen, verder geanonimiseerd), «wijk1»
«m1.f» gebruikte al twintig jaar. Geen hulpverlener kwam binnen. De {{role:ervaringsdeskundige}} van «ggz1» («x1.f», zelf twaalf jaar clean) wel. Na drie maanden liet hij zich aanmelden voor detox (aanmelding «dt1»).
Opname volgde op «dt2.l».
Les: zet ervaringsdeskundigen niet pas in als laatste redmiddel.
""",
)

tpl(
    "les",
    """
Situatie in het kort: «m1» («age44») en «v1» («age39») wonen met vijf kinderen in een driekamerflat aan de «adr1» («pc1») in «wijk1». Vocht en schimmel, kinderen vaak ziek. «corp1» zegt dat het aan het stoken en luchten ligt.
Wat hielp: de {{role:wijkverpleegkundige}} en de {{role:jeugdarts}} van de {{org:GGD}} schreven een brief over de gezondheid van de kinderen. Met die brief kwam er op «dt1.w» een inspectie en later een andere woning.
Leerpunt: medische onderbouwing opent deuren bij woningcorporaties.
""",
)

tpl(
    "les",
    """
Thema: loneliness / eenzaamheid (ingebracht in Engelse les-groep? nee gewoon NL)
«v1.f» «v1.s», «age68», oud-verpleegkundige, woont sinds haar scheiding alleen in «wijk1». Ze belt elke dag {{org:De Luisterlijn}}. Via de {{role:ouderenconsulent}} («x1.f») is ze op «dt1.s» gaan meedoen als vrijwilliger bij de taalcafé van «welzijn1».
Ze ontvangt nu ook de nieuwsbrief («v1.em»).
Les: eenzame mensen zijn niet alleen hulpvragers. Vraag wat ze kunnen geven.
""".replace(" (ingebracht in Engelse les-groep? nee gewoon NL)", ""),
)

tpl(
    "les",
    """
[CASUSLES] Budgetbeheer zonder bewindvoering
Gemaakt door: «x1» | Team: «team» «wijk1» | Laatst gewijzigd: «dt1.n»

Meneer «m1.s» wilde geen bewindvoerder ("dan ben ik mijn geld kwijt"). Samen met «debt1» een vrijwillig budgetbeheer opgezet: vaste lasten automatisch van zijn rekening «iban1», leefgeld op een tweede rekening.
Start budgetbeheer: «dt2.l». Na een jaar: geen nieuwe schulden, meneer doet het zelf.
Les: bewindvoering is niet altijd nodig. Begin met de lichtste vorm.
""".replace("«iban1»", "«iban1»"),
)

tpl(
    "les",
    """
Terugblik op een moeilijke casus – «v1.i» (geb. «dob1»), «wijk1», dossier «dos1»

Mw. is «age52» en heeft ernstige angstklachten. In «yr1» werd ze uit huis gezet. Ze woonde drie jaar in een vakantiepark, daarna in de nachtopvang. Sinds «dt1.l» heeft ze een kamer bij «other1» en een {{role:trajectbegeleider}}.
Wat we anders hadden moeten doen: eerder signaleren. De huurachterstand was al een jaar bekend bij «corp1».
Les: maak met corporaties afspraken over vroegsignalering, bijvoorbeeld na twee maanden achterstand een melding bij het team.
""".replace("«age52»", "«age52»"),
)

tpl(
    "les",
    """
Casusles thema jeugd – «wijk1»

Een groep jongens (14-17) hing elke avond bij het winkelcentrum. Buurtbewoners belden de politie. Eén van hen, «zn1.f» «zn1.s», kwam bij ons in beeld omdat zijn vader «m1.f» op «dt1.w» het team belde (vader: «ph1»): "Ik krijg hem niet meer binnen."
De {{role:jongerenwerker}} «x1.f» organiseerde samen met de jongens een voetbaltoernooi. Daar ontstond contact. Met «zn1.f» is nu een traject gestart bij «youth1».
Les: overlast is vaak een vraag om aandacht.
""".replace("«zn1.s»", "«zn1.s»").replace("«x1.f»", "«x1.f»"),
)


# ============================ discussion messages ===========================
tpl(
    "disc",
    """
Reactie van «x1.f» ({{role:maatschappelijk werker}}, «wijk1»):
Herkenbaar! Bij ons in «wijk2» zagen we hetzelfde bij dhr. «m1.s». Wat bij ons hielp was de woonconsulent meenemen naar het eerste gesprek. Zullen we dit op «dt1.w» bespreken? Bel me anders even: «ph1».
""".replace("«wijk1»", "«wijk1»"),
)

tpl(
    "disc",
    """
@«x1.f» dank voor je les over de keukentafel. Eén vraag: hoe regel je het met de privacy als je bij mensen thuis bent en de buurvrouw zit erbij? Bij «v1.t» in «wijk1» (dossier «dos1») zat de buurvrouw er altijd bij en ik wist nooit wat ik wel en niet kon zeggen.
Groet, «x2.f» («tel1», alleen di/do)
""",
)

tpl(
    "disc",
    """
Re: casusles «wijk1» («dt2.l»)
Let op: in de les hierboven staat nog de volledige naam van de cliënt («v1») en zelfs haar telefoonnummer («ph1») en IBAN («iban1»). Kan de moderator dit aanpassen? Verder mooie les.
– «x1.f»
""",
)

tpl(
    "disc",
    """
Wij hebben in «city» goede ervaringen met de aanpak die «x1.f» beschrijft. In «wijk1» werkt de {{role:budgetcoach}} van «debt1» samen met de {{role:jongerenwerker}}. Vorige maand hadden we een jongen (ik noem hem «j1.f») met precies dit verhaal. Als iemand contact wil: mijn nummer is «ph1».
«x2», {{role:schuldhulpverlener}}
""".replace("«ph1»", "«ph1»"),
)

tpl(
    "disc",
    """
re: Casusles 'Het balkon'
Mooi voorbeeld. Eén kanttekening vanuit de GGZ: in het ZVH-overleg is er vaak geen plek voor de familie. Bij «m1.t» bleek zijn zus «v1.f» de sleutel, maar zij werd pas op «dt1.l» gebeld, na drie maanden. Wat mij betreft zit de familie vanaf het begin aan tafel.
«x1.f», {{role:SPV}} «ggz1»
""",
)

tpl(
    "disc",
    """
«x1» · «dt2.n» «hr1»
Hoi allemaal, vraagje: heeft iemand ervaring met de {{role:Wmo-adviseur}} van «city» bij een aanvraag voor een traplift als de woning van «corp1» is? Mijn cliënt (mw «v1.lc») wacht al sinds «dt1» op een besluit. Tips welkom!
Groetjes «x1.f»
""",
)

tpl(
    "disc",
    """
«x2» schreef op «dt2.n»:
Sluit me aan bij «x1.f». In ons team («wijk1») doen we sinds «mon1» elke maandag een 'ronde van de wijk' met {{role:wijkagent}}, {{role:wijkverpleegkundige}} en «welzijn1». Daardoor kwam bijvoorbeeld de situatie van «v1.s» (signaal «dt1.s») op tijd in beeld.
""".replace("«v1.s»", "«v1.s»"),
)

tpl(
    "disc",
    """
Antwoord aan «x1»:
Ja, wij gebruiken in «city» ook een vast stappenplan bij vroegsignalering. «corp1» stuurt na 2 maanden huurachterstand een lijst naar het team; wij gaan op huisbezoek binnen 10 werkdagen. Bij «m1.tl» («adr1») hebben we op «dt1.s» zo een ontruiming voorkomen. Zal het stappenplan uploaden.
«x2.f»
""".replace("«corp1»", "«corp1»"),
)

tpl(
    "disc",
    """
Heel herkenbaar verhaal over «v1.f»! Wij hadden iets vergelijkbaars in «wijk1» met een moeder en drie kinderen. Wat wij geleerd hebben: vraag bij Veilig Thuis altijd naar het zaaknummer en zet het in het dossier, anders ben je weken bezig met terugbellen. (Ons nummer was «dos1» van «dt1.n», voor wie het wil terugzoeken.)
«x1.f» — {{role:gezinscoach}}, «youth1»
""".replace("«wijk1»", "«wijk1»"),
)

tpl(
    "disc",
    """
[reactie «x3» – «dt1.w», «hr1»]
Kort: eens met «x1.f» en «x2.f». Maar laten we niet vergeten dat ervaringsdeskundigen ook begeleiding nodig hebben. Onze «x3.f» is na een zware casus twee weken uitgevallen.
""",
)

tpl(
    "disc",
    """
Vraag aan de groep: wie heeft ervaring met het inzetten van vrijwilligers bij zorgmijders? Ik denk aan een maatje voor «m1.f» (60+, «wijk1»), die niemand binnenlaat behalve zijn broer «m2.f». De {{role:ouderenadviseur}} twijfelt. Reacties graag voor «dt1.w», dan bespreken we het in het MDO (casus «dos1»).
Dank, «x1» ({{role:casusregisseur}})
""",
)

tpl(
    "disc",
    """
Ik lees dit net. Wat een mooie les, «x1.f». Bij ons in «city» («wijk1») is de samenwerking met «ggz1» nog lastig. Mag ik je bellen? Ik ben bereikbaar op «tel1» (di/do) of mail «x2.pem».
«x2.f»
""",
)

tpl(
    "disc",
    """
Eén aanvulling op de casus van «v1.f»: de herstelregeling toeslagen loopt via de Uitvoeringsorganisatie Herstel Toeslagen, niet via de Belastingdienst. En gemeenten hebben een eigen brede ondersteuning. In «city» heet dat loket «loket».
«x1.f», {{role:klantmanager}} («x1.pem»)
""",
)

tpl(
    "disc",
    """
Dank voor alle reacties! Update over «m1.f»: hij heeft op «dt1» zelf de deur opengedaan voor de {{role:SPV}}. Kleine stap, voor ons een grote. Volgende stap op «dt2.w»: samen naar de huisarts. Ik hou jullie op de hoogte.
«x1.f»
""".replace("«m1.f»", "«m1.f»"),
)

tpl(
    "disc",
    """
Geplaatst door «x1» op «dt2.l»
Mag ik even kritisch zijn? In deze les wordt gesproken over 'de familie «m1.s»' en over de school in «wijk1». Met die twee gegevens is het gezin voor iedereen in de wijk herkenbaar. Ook de datum van de melding («dt1.l») is te specifiek. Graag de naam weghalen en de school algemener maken.
«x1» ({{role:privacy officer}})
""".replace("«m1.s»", "«m1.s»"),
)

tpl(
    "disc",
    """
@«x1.f» @«x2.f» zien jullie dit? Precies wat we in het thema eenzaamheid bespraken. Misschien kunnen we «welzijn1» uitnodigen voor de expertmeeting van «dt1.l».
""",
)

tpl(
    "disc",
    """
Reactie op: "Kinderen als tolk – niet doen"
Helemaal mee eens. Maar in de praktijk: de Tolkencentrale is er niet om 8 uur 's avonds als «v1.t» in paniek belt. Wij hebben sinds «dt1.l» afgesproken dat we dan terugbellen met een tolk binnen een uur. Werkt meestal.
«x1.f» ({{role:wijkcoach}}, «city»)
""".replace("«v1.t»", "«v1.t»"),
)


# ============================ minutes / workshop notes ======================
tpl(
    "notulen",
    """
Verslag kick-off pilot "Samen werken in het sociale domein"
Datum: [[date:22 november]]
Locatie: wijkcentrum in «wijk1»
Aanwezig: alle teamleden van de «team»s, facilitatoren «x1» (gemeente) en «x2» ({{org:CAOP}}), {{role:projectleider}} «x3.f»
Afwezig m.k.: «x4.f», «x5.f»

1. Opening door «x3.f». Doel: vier maanden werken aan teamoverstijgende thema's.
2. Stemming thema's: jeugd (41 stemmen), ouderen (38), huiselijk geweld (35), bemoeizorg (33). Schulden viel af (29), wordt meegenomen in bemoeizorg.
3. Pilotgroep: 20 deelnemers, per team één of twee. Aanmelden bij «x1.f» vóór «ddec2.l».
4. Planning: startbijeenkomst begin februari, expertmeeting in april, afsluiting in juni.
Actie: «x2.f» stuurt de presentatie rond vóór «ddec3.w».
Startbijeenkomst: «dfeb4.l».
""",
    city="dh",
)

tpl(
    "notulen",
    """
Notulen brainstorm thema ouderen – «dt1.w»
Aanwezig: «x1.f» ({{role:ouderenconsulent}}, «wijk1»), «x2.f» ({{role:casemanager dementie}}, «wijk2»), «x3.f» ({{role:wijkverpleegkundige}}, «care1»), «x4.f» («welzijn1»)
Notulist: «x5.f»

- Veel ouderen in «wijk1» wonen alleen in portiekflats zonder lift.
- Voorbeeld «x2.f»: mw. «v1.s» (90, «adr1») kwam drie maanden de deur niet uit. Gevonden op «dt3.l».
- Idee: 'stoepgesprekken' op vaste dagen.
- Idee: samenwerking met de bibliotheek en de kapper.
Acties:
* «x4.f» vraagt «welzijn1» naar vrijwilligers voor huisbezoeken (voor «dt2.s»)
* «x1.f» schrijft de casus van mw. «v1.s» uit als les (geanonimiseerd!)
""",
)

tpl(
    "notulen",
    """
Workshop huiselijk geweld – verslag
Datum en tijd: «dt1.n», «hr1» uur
Trainer: «x1» («vt»)
Deelnemers: 14 (teams «wijk1», «wijk2», «wijk3»)

Inhoud: meldcode in vijf stappen, signalen bij ouderenmishandeling, financiële uitbuiting.
Casus uit de groep (ingebracht door «x2.f»): een oudere man wiens zoon zijn pinpas gebruikt. Stap 3 (gesprek) bleek moeilijk omdat de zoon altijd aanwezig was.
Tip van de trainer: maak een afspraak bij de huisarts, daar is de zoon niet bij.
Vragen kunnen naar «x1.pem» of «tel1». Volgende training «dt2.w».
""",
)

tpl(
    "notulen",
    """
Expertmeeting bemoeizorg
«dapr1.w», gemeentehuis «city»

Sprekers:
- «x1», {{role:psychiater}} («ggz1»): 'Bemoeizorg is geen dwang'
- «x2», {{role:teamleider}} OGGZ ({{org:GGD}})
- ervaringsdeskundige «x3.f»

Hoofdpunten:
1. De meeste zorgmijders mijden niet de zorg maar de hulpverlener die niet terugkomt.
2. Een vast aanspreekpunt werkt beter dan een keten.
3. Casus van «x3.f» zelf: zes jaar op straat, op «dt2.l» voor het eerst aangesproken door een {{role:straatwerker}}, een jaar later een eigen kamer.
Vervolg: de pilotgroep maakt een werkkaart 'eerste contact met zorgmijders'. Trekker: «x4.f», concept klaar op «dt3.l».
""",
)

tpl(
    "notulen",
    """
Afsluitende bijeenkomst pilot – «djun1.l»

Presentaties per thema:
• Jeugd – «x1.f» en «x2.f»: overdracht 18-/18+ standaard in het dossier.
• Ouderen – «x3.f»: stoepgesprekken in «wijk1» en «wijk2», 140 gesprekken in drie maanden.
• Huiselijk geweld – «x4.f»: vaste contactpersoon bij «vt» per team.
• Bemoeizorg – «x5.f»: werkkaart eerste contact.
Wethouder (vervangen door «x6», {{role:beleidsadviseur}}) bedankt de deelnemers.
Vervolg: kennisplatform blijft open voor alle teams. Volgende bijeenkomst «dt2».
""",
    city="dh",
)

tpl(
    "notulen",
    """
startbijeenkomst pilotgroep - aantekeningen «x1.f»
- «dfeb1.s», 20 deelnemers (2 afwezig: «x2.f», «x3.f» ziek)
- kennismaken in duo's, iedereen een casus mee
- «x4.f»: wie doet wat in het platform? lessen plaatsen + reageren
- afspraak: casussen ALTIJD anoniem, toestemmingsverklaring vastleggen
- «x5.f» vraagt of teams uit «city@rd» en «city@ut» ook mee mogen kijken -> ja, op uitnodiging
- volgende keer («dt2.w», «hr1» uur): thema-indeling
""",
    city="dh",
)

tpl(
    "notulen",
    """
Verslag intervisie «team» «wijk1» – «dt1.n»
Aanwezig: «x1.f», «x2.f», «x3.f», «x4.f»; voorzitter «x1.f», verslag «x4.f»

Casus (ingebracht door «x2.f»): mw «v1.lc», 35, twee kinderen, ex-partner blijft langskomen. Mw zegt dat het goed gaat.
Vraag: hoe houd je contact als de cliënt zegt dat hulp niet nodig is?
Adviezen uit de groep:
– blijf langskomen, laag frequent, kort
– betrek de school van de kinderen
– overleg met «vt» (consult, geen melding)
Afspraak: «x2.f» belt «vt» vóór «dt2.w». Dossier «dos1».
""",
)

tpl(
    "notulen",
    """
Expertmeeting jeugd – korte notities (pilot, april)
«dapr1.l» – «hr1» uur

«x1» (orthopedagoog, «youth1») over LVB bij jongeren: 'Als een jongere ja zegt, betekent dat niet dat hij het begrijpt.'
Discussie over «j1.f» (casus «x2.f»): jongen van 17, schulden, LVB, moeder overbelast.
Afspraken:
– handreiking 'ja zeggen ≠ snappen' → «x3.f»
– contact met MEE voor training → «x2.f» (vóór «dt2.s»)
Volgende keer: «dt3.w»
""",
)

tpl(
    "notulen",
    """
Brainstorm thema schulden – «wijk1@rd», «wijk1@ut» en «wijk1@dh» samen
Datum: «dt1.w»
Deelnemers: «x1.f@rd» ({{role:schuldhulpverlener}}, «debt1@rd»), «x2.f@ut» («debt1@ut»), «x3.f» («team» Den Haag)

Opbrengst:
– Rotterdam werkt met vroegsignalering via de corporaties (meldingen binnen 2 maanden).
– Utrecht: de Stadsbank biedt direct een 'adempauze' van 6 maanden.
– Den Haag: veel mensen komen via het «loket».
Idee: gezamenlijke werkkaart 'eerste gesprek over geld'. «x3.f» maakt een eerste versie voor «dt2.l».
""",
    city="dh",
)

tpl(
    "notulen",
    """
Teamoverleg «team» «wijk1»
«dt1.n»

Mededelingen: «x1.f» met zwangerschapsverlof vanaf «dt2.s», vervanger «x2».
Casussen:
1. Fam. «m1.s» – dossier «dos1» – nieuwe melding overlast. Actie: «x3.f» huisbezoek samen met {{role:wijkagent}}.
2. Mw «v1.s» (adres «adr1») – verhuisd, dossier sluiten na warme overdracht.
3. Dhr «m2.s» – wacht op beschikking Wmo. «x4.f» belt «loket».
Rondvraag: geen.
Volgend overleg: «dt3.w», «hr1» uur.
""",
)

tpl(
    "notulen",
    """
WORKSHOP 'Anonimiseren van casuslessen' – verslag
Trainer: «x1», {{role:functionaris gegevensbescherming}}
«dt1.l»

Oefening: deelnemers kregen een voorbeeldles met daarin o.a. een naam (mw. «v1.s»), een adres («adr1», «pc1»), een BSN («bsn1») en een geboortedatum («dob1»). Bijna iedereen vond de naam, maar de helft miste de geboortedatum en niemand zag het BSN in de bijlage.
Conclusie: wijknaam en organisatie mogen blijven staan («wijk1», «corp1»), persoonsgegevens nooit.
""",
)

tpl(
    "notulen",
    """
Notulen MDO – vertrouwelijk
Datum: «dt1»
Cliënt: «v1» (geb. «dob1»), BSN «bsn1»
Aanwezig: «x1.f» (casusregisseur), «x2.f» («ggz1»), «x3.f» («debt1»), cliënt zelf aanwezig vanaf 10.30 uur
Besproken: huurachterstand «amt2500», behandeling bij «ggz1» loopt, schuldhulptraject in stabilisatiefase.
Afspraken: cliënt levert vóór «dt2.s» bankafschriften van «iban1» aan; «x3.f» neemt contact op met «corp1».
Volgend MDO: «dt3.w».
""",
)

tpl(
    "notulen",
    """
Evaluatie pilot – verslag sessie 3 (online, Teams)
«dt1.w», 15.00–16.30

Aanwezig o.a.: «x1.f» («wijk1»), «x2.f» («wijk2»), «x3.f» («city@nm»), «x4.f» («city@lw»), «x5.f» («city@en»), facilitator «x6»
Wat ging goed: het platform wordt gebruikt (stand «dt2.n»), 38 lessen geplaatst, veel reacties.
Wat kan beter: zoekfunctie op thema werkt nog slecht; lessen zijn soms niet goed anoniem (voorbeeld genoemd door «x2.f»: een les met geboortedatum en postcode).
Acties: «x6.f» bespreekt met de beheerder. Volgende sessie «dt3.w».
""",
)


# ============================ other pasted text =============================
tpl(
    "overig",
    """
Aanmelding sociaal wijkteam
Datum aanmelding: «dt1.n»
Aanmelder: «x1», {{role:huisarts}}, tel. «tel1»
Cliënt: «m1» – geb. «dob1»
Adres: «adr1», «pc1» «city»
Telefoon: «ph1»
BSN: «bsn1»
Reden: meneer verwaarloost zichzelf sinds overlijden partner, gewichtsverlies, weigert verwijzing GGZ.
Toestemming cliënt: ja, mondeling
""",
)

tpl(
    "overig",
    """
Van: «x1» <«x1.pem»>
Aan: team «wijk1»
Onderwerp: doorverwijzing mw. «v1.s»

Beste collega's,

Via onze {{role:maatschappelijk werker}} kwam mw. «v1» bij ons. Ze woont op «adr1» en is bereikbaar op «ph1». Zij heeft toestemming gegeven om haar gegevens door te sturen. Kunnen jullie contact opnemen? Ons dossiernummer is «dos1».

Met vriendelijke groet,
«x1.f»
«welzijn1»
""",
)

tpl(
    "overig",
    """
notitie tel. gesprek «dt1.s» – mw «v1.lc» belde, huilend. stroom dreigt afgesloten te worden (Eneco). heeft tot vrijdag. gebeld met «debt1», kan pas «dt2.s». gevraagd of «x1.f» morgen langs kan. terugbellen op «ph1».
""",
)

tpl(
    "overig",
    """
Hoi «x1.f»,
Zoals besproken de gegevens van «m1.f» voor de aanvraag bij de Voedselbank:
Naam: «m1»
Geb.datum: «dob1»
Adres: «adr1», «pc1»
Gezinsgrootte: 4 (2 volw., 2 kinderen: «zn1.f» en «dg1.f»)
IBAN: «iban1»
Inkomen: bijstand, «amt1400» p/m
Laat maar weten als je nog iets nodig hebt!
Gr «x2.f»
""",
)

tpl(
    "overig",
    """
VERWIJSBRIEF
Aan: «ggz1», afdeling intake
Betreft: «v1.i», geboren «dob1», BSN «bsn1»
Adres: «adr1», «pc1» «city»

Geachte collega,
Hierbij verwijs ik bovengenoemde cliënte voor diagnostiek en behandeling van depressieve klachten. Zij is bekend bij het «team» «wijk1» (contactpersoon: «x2», «tel1»).
Met collegiale groet,
«x1», {{role:huisarts}}
""",
)

tpl(
    "overig",
    """
WhatsApp (gekopieerd voor dossier):
[«dt1.n», 21:14] «v1.f»: hoi, ik ben het. hij is weer hier. ik weet niet wat ik moet doen
[«dt1.n», 21:16] «x1.f»: Ben je veilig? Bel 112 als het nodig is. Ik bel je morgen om 9 uur.
[«dt1.n», 21:17] «v1.f»: ok dank je
""",
)

tpl(
    "overig",
    """
Memo aan team «wijk1»: vanaf «dt1.l» neemt «x1» het werk van «x2.f» over. Lopende dossiers: «dos1», «dos2», «dos3». «x1.f» is bereikbaar via «x1.pem» en «ph1».
""",
)

tpl(
    "overig",
    """
Overdracht waarneming «dt1.w»:
- dhr «m1.lc»: nog steeds geen reactie op brieven, vrijdag huisbezoek met «x1.f»
- mw «v1.lc» (tel «ph1»): Wmo-aanvraag ingediend, kenmerk «dos1». Nieuwe rekening «iban1» nog doorgeven aan «corp1»!
- fam «m2.lc» – «wijk1»: school belde over «zn1.f», terugbellen
""",
)

tpl(
    "overig",
    """
Aanvraag bijzondere bijstand – bijlage bij dossier
Aanvrager: «v1» («dob1»)
Partner: «m1.f» «m1.s»
BSN aanvrager: «bsn1»
Rekeningnummer: «iban1»
Adres: «adr1», «pc1»
Reden: vervanging wasmachine (kapot sinds «dt1.s»), medische indicatie (incontinentie kind).
Opgesteld door: «x1.f», {{role:budgetcoach}}, «debt1»
""",
)

tpl(
    "overig",
    """
Agenda-uitnodiging
Onderwerp: Casusoverleg fam. «m1.s»
Wanneer: «dt1.w», «hr1» uur
Waar: wijkkantoor «wijk1», {{org:«loket»}} - hmm
Deelnemers: «x1.pem»; «x2.pem»; «x3.f» (extern, via Teams)
""".replace(", {{org:«loket»}} - hmm", ""),
)

tpl(
    "overig",
    """
Beste «x1.f»,
Mevrouw «v1.s» heeft vandaag ({{role:cliënt}} belde) laten weten dat ze haar afspraak van «dt1.w» niet kan nakomen. Ze vraagt of je haar kunt bellen op «ph1». Haar zoon «zn1.f» kan eventueel tolken.
Groet,
«x2.f», receptie «loket»
""".replace("({{role:cliënt}} belde)", "(belde zelf)"),
)

tpl(
    "overig",
    """
Melding aan «vt»
Melder: «x1», {{role:maatschappelijk werker}}, «team» «wijk1», «tel1»
Betrokken: «v1» (moeder, «dob1», BSN «bsn1»), «m1» (partner), kinderen «dg1.f» en «kk1.f»
Adres: «adr1», «pc1»
Zorg: kinderen vertellen op school over ruzies 's nachts; moeder heeft blauwe plek bij oog gehad («dt1.s»).
""",
)

tpl(
    "overig",
    """
Rapportage huisbezoek «dt1.n» – «x1.f»
Cliënt «m1.s» opende na twee keer aanbellen. Woning rommelig, koelkast leeg. Meneer vertelt dat zijn dochter «dg1.f» (woont in {{wijk:«city@rd»}}?) niet meer langskomt. Afgesproken dat ik haar mag bellen: «ph1».
Vervolg: «dt2.s», samen boodschappen doen.
""".replace(" (woont in {{wijk:«city@rd»}}?)", ""),
)


tpl(
    "overig",
    """
Planning huisbezoeken week «wk1» – «x1.f»
«dt1.w»  «hr1»  «adr1» (mw «v1.lc») – sleutelkastje, code bij «x2.f»
«dt2.w»  11.00  «adr2», «pc2» – nieuwe aanmelding, tolk Arabisch regelen
«dt3.w»  14.30  «adr3» – samen met {{role:wijkagent}}
«dt4.w»  10.00  kantoor, MDO «dos1»
""",
)

tpl(
    "overig",
    """
Voorstel betalingsregeling
Aan: «corp1», afdeling incasso
Huurder: «m1.i», «adr1», «pc1» «city»
Huurcontractnummer: «dos1»
Achterstand per «dt1.n»: «amt1800»
Voorstel: «amt100» per maand, eerste termijn op «dt2.l», via automatische incasso van «iban1».
Contactpersoon «team»: «x1», «ph1», «x1.pem»
""",
)

tpl(
    "overig",
    """
TOESTEMMINGSVERKLARING gegevensuitwisseling – «team» «wijk1»
Ondergetekende: «v1»
Geboortedatum: «dob1»      BSN: «bsn1»
Adres: «adr1», «pc1» «city»
geeft toestemming om gegevens uit te wisselen met: «ggz1», «debt1», de {{role:huisarts}} en «corp1».
Geldig: 12 maanden na ondertekening
Plaats en datum: «city», «dt2.n»
Besproken door: «x1.i», {{role:casusregisseur}}
""",
)

tpl(
    "overig",
    """
Onderwerp: beschikking huishoudelijke ondersteuning – uw kenmerk «dos1»

Beste «x1.f»,
De beschikking voor mw. «v1.s» («adr1») is op «dt1.l» verstuurd. Ingangsdatum «dt2.l», drie uur per week via «care1». Het {{org:CAK}} koppelt de eigen bijdrage aan haar BSN («bsn1»), dus check even of het postadres klopt: zij verblijft tot «dt3.s» bij haar dochter op «adr2», «pc2».
Groet,
«x2», {{role:Wmo-consultent}}
""".replace("Wmo-consultent", "Wmo-consulent"),
)

tpl(
    "overig",
    """
belnotities «dt1.s» (dienst «x1.f»)
09.12  «ph1» – geen gehoor, voicemail
09.40  «tel1» (buurvrouw van mw «v1.lc») – mw is bij haar dochter
10.05  «ph2» – dochter «dg1.f»: moeder blijft daar tot «dt2.s», post gaat naar «adr1»
10.30  intern – dossier «dos1» bijgewerkt
""",
)


# ----------------------------------------------------------------------------
# fully hand-written texts (markup written by hand; values checked at the end)
# ----------------------------------------------------------------------------
HAND = []


def hand(cat, text):
    HAND.append((cat, text.strip("\n")))


hand(
    "les",
    """
Les uit de {{wijk:Schilderswijk}}: 'de bakker weet het eerst'
Mevrouw [[person:Bakker]] is geen bakker, maar de bakker op de hoek van de Hobbemastraat was wel degene die ons belde. [[person:Roos]], zoals ze zich liet noemen, kocht al twintig jaar elke ochtend twee krentenbollen. Toen ze drie dagen niet kwam, belde hij het {{org:Servicepunt XL}}. De {{role:wijkverpleegkundige}} van {{org:Florence}}, [[person:Mei Visser]], vond haar op [[date:vrijdag 14 juni]] op de keukenvloer, uitgedroogd maar aanspreekbaar.
Na het ziekenhuis wilde [[person:Roos]] terug naar haar flat aan de [[address:Hobbemastraat 212-hs]]. Haar neef [[person:Storm de Hoop]] doet nu de boodschappen, en de bakker belt ons als ze een dag wegblijft.
Les: winkeliers, kappers en bakkers zijn de ogen van de wijk. Geef ze het nummer van het team, niet dat van de cliënt.
""",
)

hand(
    "disc",
    """
@[[person:Wil]] wat je schrijft klopt: je moet de hoop niet verliezen. Ik wil er wel bij zeggen dat het bij ons in {{wijk:Bloemhof}} anders liep. [[person:Mevr. Hoop]] (ja, zo heet ze echt, dus graag weghalen voor publicatie 🙂) wilde niet naar de {{org:Kredietbank Rotterdam}}, omdat haar broer daar in 2016 'slechte ervaringen' had gehad. Pas toen [[person:Ben]], een vrijwilliger van {{org:SchuldHulpMaatje}}, met haar meeging, lukte het. Ben jij er donderdag bij, Wil? Dan neem ik het dossier mee ([[dossier:KBR-2024-06631]]).
Groet, [[person:Gijs]] ({{role:wijkcoach}}, {{org:Vraagwijzer}} {{wijk:Feijenoord}})
""".replace("[[person:Mevr. Hoop]]", "Mevr. [[person:Hoop]]").replace(
        "Ben jij er donderdag bij, Wil?", "Ben jij er donderdag bij, [[person:Wil]]?"
    ),
)

hand(
    "notulen",
    """
Verslag expertmeeting jeugd – {{wijk:Overvecht}}, [[date:donderdag 11 april]]
Aanwezig: [[person:Hanneke Zijlstra]] ({{role:jeugdconsulent}}, {{org:Lokalis}}), [[person:Kofi Mensah]] ({{role:jongerenwerker}}, {{org:JoU}}), dr. [[person:S. el Idrissi]] ({{role:kinder- en jeugdpsychiater}}, {{org:Altrecht}}), [[person:Bas]] en [[person:Merel]] (pilotgroep Den Haag)
Voorzitter: [[person:Hanneke]]

1. [[person:Kofi]] vertelt over de 'jongerenhuiskamer' in {{wijk:Zuilen}}: elke woensdag, geen aanmelding, geen dossier.
2. Dr. [[person:El Idrissi]]: wachttijd jeugd-GGZ is in Utrecht nu 14 weken. Overbruggen kan via de {{role:POH-jeugd}} bij de huisarts.
3. Casus [[person:Bas]] (geanonimiseerd): meisje van 15, thuiszitter sinds de zomer, moeder werkt nachten.
Afspraak: volgende meeting in mei, bij {{org:JoU}} aan de Amsterdamsestraatweg.
""",
)

hand(
    "overig",
    """
Van: [[person:Anouk ter Horst]] <[[email:a.terhorst@buurtteamsamsterdam.nl]]>
Verzonden: [[date:dinsdag 3 september 2024]] 09:12
Aan: [[person:Kwabena Owusu]]
CC: [[email:swt-moerwijk@denhaag.nl]]
Onderwerp: verhuizing cliënt naar Den Haag – warme overdracht

Hoi [[person:Kwabena]],

Zoals telefonisch besproken: mevrouw [[person:Adwoa Boateng]] (geb. [[date:17-02-1983]]) verhuist op [[date:1 oktober]] van de [[address:Bijlmerdreef 1107]] in {{wijk:Bijlmermeer}} naar de [[address:Erasmusweg 88-B]], [[postcode:2532 CK]] Den Haag. Zij heeft bij ons een traject bij {{org:Plangroep}} (schulden) en ambulante begeleiding via {{org:Cordaan}}. Dat laatste stopt bij de verhuizing.
Kun jij zorgen dat jullie {{role:Wmo-adviseur}} haar vóór [[date:15/10]] ziet? Haar nummer: [[phone:06-41 87 20 53]].

Groeten,
[[person:Anouk]]
{{role:sociaal werker}} {{org:Buurtteam Amsterdam}} {{wijk:Zuidoost}}
""",
)

hand(
    "les",
    """
Casusles – {{wijk:Merenwijk}} ({{org:Incluzio Leiden}})
Thema: licht verstandelijke beperking + geld

[[person:Sjoukje]] (34) woont met haar vriend [[person:Hylke]] in een benedenwoning van {{org:De Sleutels}}. Beiden LVB, beiden een Wajong-uitkering. Ze kwamen bij ons omdat de huur al drie maanden niet betaald was. Wat bleek: een 'vriend' uit de buurt, [[person:Dennis]], haalde elke maand op de 25e hun pinpas op "om boodschappen te doen".
We hebben samen met de {{role:MEE-consulent}} en de {{role:wijkagent}} gesproken met Sjoukje en Hylke, apart en samen. Aangifte wilden ze niet. Wel een nieuwe pas, een bewindvoerder en een deurbel met camera.
Les: bij LVB is financiële uitbuiting vaak 'vriendschap'. Vraag wie er helpt met boodschappen.
""".replace("met Sjoukje en Hylke", "met [[person:Sjoukje]] en [[person:Hylke]]"),
)

hand(
    "les",
    """
Van [[person:Pieter]] naar {{org:Pieter van Foreest}}: een les over te laat

Dhr. [[person:P. van Dam]] ([[person:Pieter]] voor iedereen in {{wijk:Buitenhof}}) was 79 toen hij in de winkelstraat verward werd aangetroffen. Hij woonde alleen aan de [[address:Papsouwselaan 41a]]. Zijn enige zoon woont in Canada. Het team kende hem niet.
Binnen zes weken zat hij in een verpleeghuis van {{org:Pieter van Foreest}}. Achteraf hoorden we van de buurvrouw, mevrouw [[person:Groen]], dat hij al twee jaar zijn post niet meer opende en de verwarming nooit aan had.
Les: {{wijk:Buitenhof}} heeft veel alleenwonende ouderen zonder netwerk. Sinds [[date:1 maart 2024]] doet de {{role:ouderenadviseur}} van {{org:Delft voor Elkaar}} elk jaar een huisbezoek bij 75-plussers die alleen wonen. Preventief, zonder aanleiding.
""",
)

hand(
    "les",
    """
Casusles {{wijk:Palenstein}} – gezin [[person:Rahimi]]
Ingebracht door: [[person:Ilse Kingma]], {{role:maatschappelijk werker}} {{org:Palet Welzijn}}

Vader [[person:Jawad]], moeder [[person:Zarghuna]] en vier kinderen kwamen in 2022 via het {{org:COA}} naar Zoetermeer. Woning van {{org:Vidomes}} aan de [[address:Europaweg 237]], derde verdieping, geen lift. Moeder heeft reuma.
Wat speelde: de oudste, [[person:Farid]] (16), regelde alles, van de huur tot de afspraken bij de huisarts. Op school ging het mis.
Wat we deden: taalmaatje voor vader via {{org:VluchtelingenWerk}}, aanvraag andere woning met medische urgentie, en een jongerengroep voor [[person:Farid]] waar hij gewoon 16 mag zijn.
Les: kijk in statushoudersgezinnen wie de 'volwassene' is geworden. Vaak een kind.
""",
)

hand(
    "les",
    """
Thema bemoeizorg – {{wijk:Hatert}}, Nijmegen

Wie: [[person:Anne Sikkema]], man, 58 (ja, [[person:Anne]] is hier een mannennaam, Fries). Woont sinds 2011 in een flat aan de [[address:Zwanenveld 90-14]].
Signaal: via {{org:Stip}} {{wijk:Hatert}}, op [[date:ma 2/12]]. Buren roken gas. Bleek: meneer kookte op een campingbrander omdat het gas al een half jaar was afgesloten.
Verloop: {{role:sociaal werker}} [[person:Dewi]] van {{org:Sterker sociaal werk}} ging vier keer langs. Meneer gaf pas toe dat hij hulp nodig had toen ze een thermoskan soep meenam. Daarna: energiecontract via {{org:Bindkracht10}}, aanmelding {{org:Pro Persona}}.
Les: een thermoskan soep is soms een betere ingang dan een brief.
""",
)

hand(
    "les",
    """
Casusles uit de {{wijk:Kruiskamp}}: twee keer [[person:Reinier]]

Deze les gaat over [[person:Reinier]] ([[person:Reinier van den Heuvel]], 45) en over {{org:Reinier van Arkel}}, de GGZ-instelling hier in Den Bosch. Verwarrend, dat weten we, maar daarom juist een mooi voorbeeld voor anonimisering.
[[person:Reinier]] werd in [[date:november 2023]] gedwongen opgenomen nadat hij zijn buurman bedreigde. Na drie weken stond hij weer thuis, aan de [[address:Boschveldweg 17]], zonder dat het wijkteam het wist. {{org:Zayaz}}, de verhuurder, belde ons pas bij de volgende overlastmelding.
Les: spreek met de kliniek een ontslagprotocol af waarin het wijkteam standaard wordt geïnformeerd (met toestemming). Sinds [[date:15 januari]] doen we dat met {{org:Reinier van Arkel}}.
""".replace("[[date:november 2023]]", "november 2023"),
)

hand(
    "les",
    """
Thema: schulden en schaamte – {{wijk:Velve-Lindenhof}}, Enschede

[[person:Gerrit Oude Luttikhuis]] (63) werkte 40 jaar bij dezelfde textielfabriek en daarna bij een bouwmarkt. Nooit een schuld. Tot zijn vrouw [[person:Riek]] ziek werd en hij thuis bleef om voor haar te zorgen. In twee jaar liep de schuld op naar € 23.000, vooral bij {{org:Domijn}} en de zorgverzekeraar.
"Ik wilde niet naar de gemeente. Dat doen mensen die niet willen werken." Zijn dochter [[person:Marloes]] meldde hem aan via de {{role:huisarts}}.
De {{role:schuldhulpverlener}} kwam thuis, niet op kantoor. Hij noemde het geen schuldhulp maar 'even de administratie doorlopen'.
Les: woorden doen ertoe. Bij mensen die altijd gewerkt hebben kan 'schuldhulp' de deur dichtgooien.
""".replace("[[person:Gerrit Oude Luttikhuis]]", "[[person:Gerrit Oude Luttikhuis]]"),
)

hand(
    "les",
    """
Casusles {{wijk:Heechterp}} – 'It giet oan'
Team: sociaal wijkteam Heechterp-Schieringen, {{org:Amaryllis}}
Ingebracht door: [[person:Hylke Bergsma]] ({{role:ouderenwerker}})

[[person:Geesje Terpstra-Wierda]] (84) woont al 51 jaar in dezelfde woning van {{org:Elkien}}. Toen de sloopplannen voor haar blok bekend werden, stopte ze met eten. Haar dochter [[person:Baukje]] belde op [[date:8 januari]] huilend met het team.
We zijn niet begonnen met de verhuizing maar met het afscheid: foto's van het huis, een boek met verhalen van buren. De {{role:woonconsulent}} van {{org:Elkien}} kwam pas bij het derde bezoek mee.
Mevrouw verhuisde in april naar de [[address:Valeriusplein 12]] en eet weer.
Les: bij ouderen en herstructurering is rouw een onderdeel van het werk.
""".replace(
        "sociaal wijkteam Heechterp-Schieringen",
        "sociaal wijkteam {{wijk:Heechterp}}-{{wijk:Schieringen}}",
    ),
)

hand(
    "disc",
    """
eens met [[person:fatima]] hierboven. bij ons ({{wijk:Moerwijk}}) ook 3 casussen waar {{org:Haag Wonen}} pas belde toen de deurwaarder al geweest was. [[person:ayoub]] en ik hebben nu elke maand overleg met de {{role:woonconsulent}}, lijstje met achterstanden >1 mnd. scheelt echt.
gr [[person:marjolein]]
""",
)

hand(
    "notulen",
    """
Verslag kick-off pilot 'Samen werken in het sociale domein'
Datum: [[date:22 november]], 13.00–17.00 uur
Plaats: Atrium, stadhuis Den Haag

Aanwezig: leden van de 24 sociale wijkzorgteams, {{org:CAOP}} ([[person:Machteld Prins]], [[person:Tjeerd Hiemstra]]), project {{org:Crossover}} ([[person:Radjesh Kalloe]]), gemeente ([[person:Nel de Lange]], {{role:programmamanager}})

Opening door [[person:Nel de Lange]]: 'We werken al goed per casus. Nu gaan we leren van elkáár.'
Stemming over thema's (via mentimeter): jeugd, ouderen, huiselijk geweld en bemoeizorg gekozen. Schulden en eenzaamheid worden 'dwarsthema's'.
Pilotgroep van 20: o.a. [[person:Sanne]] ({{wijk:Transvaal}}), [[person:Youssef]] ({{wijk:Laak}}), [[person:Gracia]] ({{wijk:Mariahoeve}}), [[person:Evert]] ({{wijk:Duindorp}}).
Volgende stap: startbijeenkomst begin februari. Uitnodiging volgt via [[person:Tjeerd]].
""",
)

hand(
    "overig",
    """
VERWIJZING – huisartsenpraktijk {{wijk:Laak}}
Datum: [[date:12-03-2025]]

Patiënt: dhr. [[person:M.A. Çelik]]
Geboortedatum: [[date:04-07-1959]]
BSN: [[bsn:1002.33.077]]
Adres: [[address:Fahrenheitstraat 310]], [[postcode:2561DK]] 's-Gravenhage
Tel.: [[phone:070 - 360 48 15]] / [[phone:+31 6 2745 1190]] (dochter [[person:Esra]])

Graag inzet sociaal wijkzorgteam ivm vereenzaming, huurachterstand en vermoeden van beginnende cognitieve achteruitgang. Patiënt is akkoord met deze verwijzing.

[[person:J.H. Kerkhof]], {{role:huisarts}}
""",
)

hand(
    "overig",
    """
tel notitie [[date:di 14/5]] 16.40
belde: [[person:dhr. Sabajo]] (zoon van mw [[person:sabajo]], {{wijk:Charlois}}), nr [[phone:+31 (0)10 - 485 22 10]]
moeder is gevallen, ligt in het {{org:Maasstad}}. wil weten of de thuiszorg ({{org:Aafje}}) op de hoogte is. -> gebeld met [[person:Nadia]] van Aafje, die regelt het. zoon teruggebeld 17.05, voicemail ingesproken.
""".replace("[[person:dhr. Sabajo]]", "dhr. [[person:Sabajo]]").replace(
        "[[person:Nadia]] van Aafje", "[[person:Nadia]] van {{org:Aafje}}"
    ),
)

hand(
    "les",
    """
Casusles: de kerk als vangnet ({{wijk:Bijlmermeer}}, Amsterdam-Zuidoost)

[[person:Akosua]] (41) kwam met haar twee zoons in 2019 vanuit Italië naar Amsterdam. Geen verblijfsvergunning voor Nederland, wel een Italiaanse. Werk in de schoonmaak, zwart, een kamer bij een landgenote aan de [[address:Kraaiennest 64]].
Toen haar jongste, [[person:Kwame]], ziek werd, bleek ze niet verzekerd. De dominee van haar kerk, pastor [[person:Asante]], belde {{org:Samen DOEN}}.
[[person:Akosua's]] zoons gaan nu naar school, de zorgkosten liepen via de regeling onverzekerbare vreemdelingen, en {{org:Swazoom}} hielp met een cursus Nederlands.
Les: migrantenkerken zijn in Zuidoost vaak eerder in beeld dan wij. Investeer in die relatie.
""".replace("[[person:Akosua's]]", "[[person:Akosua]]'s"),
)

hand(
    "disc",
    """
Reactie op de les over budgetbeheer.
[[person:Mark]], mooi stuk! Ik mark het even als 'favoriet'. Bij ons in {{wijk:Kanaleneiland}} werkt de {{org:Stadsbank Midden-Nederland}} met hetzelfde model, maar de wachttijd voor het eerste gesprek is nu 8 weken. Ben jij ook zo lang bezig met wachten, [[person:Ben]]? En hoe overbruggen jullie dat?
[[person:Soumaya]] – {{role:buurtteammedewerker}}, {{org:Lokalis}}
""",
)

hand(
    "les",
    """
Les uit {{wijk:Mariahoeve}}: de koster en mevrouw [[person:Koster]]

Het begon bij de koster van de Sint-Paschaliskerk. Hij zag dat mevrouw [[person:Koster]] (88) niet meer naar de mis kwam en belde de {{role:ouderenconsulent}}, [[person:Truus de Wit]]. Mevrouw bleek sinds een val niet meer de deur uit te komen. Haar man, dhr. [[person:Koster]], heeft dementie. Zijn dochter uit zijn eerste huwelijk, [[person:Liesbeth de Wit-Koster]], woont in Zeeland en wist van niets.
De {{role:casemanager dementie}} van {{org:Florence}} en [[person:Truus]] regelden binnen een week dagbesteding voor meneer en een scootmobiel via de Wmo voor mevrouw.
Les: in {{wijk:Mariahoeve}} zijn de kerk, de kapper en de apotheek belangrijke signaalgevers. Ken ze bij naam.
""",
)

hand(
    "notulen",
    """
Afsluiting pilot Leiden-Regio – flap-aantekeningen ([[person:Naima]])

Wat nemen we mee?
- 'vaste gezichten' ([[person:Willemijn]], {{wijk:De Kooi}})
- bemoeizorg = geduld + koffie ([[person:Tomasz]], {{org:GGZ Rivierduinen}})
- jeugd: overdracht bij 18 STANDAARD ([[person:Jelle]] + [[person:Rana]])
- HG: contactpersoon {{org:Veilig Thuis Hollands Midden}} per team ✔

Wat laten we liggen?
- nieuwe formulieren (!!)
- 3e overleg per week

Volgende bijeenkomst: [[date:vr 20 juni]] bij {{org:Libertas Leiden}}, Kooilaan. Wie neemt taart mee? -> [[person:Willemijn]]
""",
)

hand(
    "overig",
    """
Geachte heer [[person:Van Grinsven]],

Namens het sociaal wijkteam {{wijk:Graafsewijk}} verzoek ik u om de maandelijkse betaling aan uw cliënt, mevrouw [[person:Cindy Janga]], vanaf [[date:1 juni 2025]] over te maken naar haar nieuwe rekening [[iban:NL58 RABO 7691 2937 17]] in plaats van [[iban:NL41INGB4789844247]]. De oude rekening is geblokkeerd na fraude door haar ex-partner. Mevrouw heeft hiervoor een machtiging getekend (zie bijlage, kenmerk [[dossier:SWT-GW-0338]]).

Met vriendelijke groet,
[[person:Femke Verbeek]]
{{role:maatschappelijk werker}}, {{org:Farent}}
[[phone:073 - 612 40 98]]
""",
)

hand(
    "les",
    """
Les uit {{wijk:Spangen}}: wie is eigenlijk de cliënt?

Melding bij {{org:Frontlijn}}: overlast, stank, een man die 's nachts schreeuwt. De man, [[person:Ricardo Nelom]] (52), bleek zorg te hebben voor zijn moeder [[person:Marlene]] (80), die sinds een beroerte in bed ligt. Hij sliep niet meer. Het geschreeuw kwam van hem, uit wanhoop.
{{org:Bavo Europoort}} had [[person:Ricardo]] in beeld voor een psychose in 2018, maar niemand wist van de moeder.
De oplossing zat niet in de GGZ maar in thuiszorg voor [[person:Marlene]] en een nacht per week respijt. De overlast stopte in twee weken.
Les: achter overlast zit vaak een mantelzorger die het niet meer trekt.
""",
)

hand(
    "disc",
    """
Dank [[person:Jelle]]! Dit neem ik mee naar ons team in {{wijk:Wesselerbrink}}. [[person:Hiba]] en [[person:Paweł]] van {{org:Wijkracht}} doen iets vergelijkbaars met de moskee aan de Wesselerbrinklaan. Zal ze vragen hier te reageren.
""",
)

hand(
    "les",
    """
Casusles {{wijk:Duindorp}} – 'wij lossen het zelf op'

In {{wijk:Duindorp}} praat je niet met de gemeente. Dat merkten we bij de familie [[person:Visser]]. Vader is visser geweest, nu arbeidsongeschikt; moeder [[person:Corrie Visser-Mulder]] werkt bij de vishal. Hun dochter [[person:Lieve]] (23) woont met haar twee kinderen weer thuis, na huiselijk geweld door haar ex, [[person:Dirk Schouten]].
De school van de kinderen meldde bij {{org:Veilig Thuis Haaglanden}}. De familie voelde zich aangevallen. Pas toen de {{role:wijkagent}}, die in {{wijk:Duindorp}} opgegroeid is, aan tafel zat, ging het gesprek open.
Les: in hechte wijken is vertrouwen persoonlijk, niet institutioneel.
""",
)

hand(
    "overig",
    """
INTAKEFORMULIER SOCIAAL WIJKTEAM LEEUWARDEN (uittreksel)
Datum intake: [[date:06-11-2024]]
Medewerker: [[person:W. Tjalsma]]
Naam cliënt: [[person:Yohanna Latuheru]]
Geboortedatum: [[date:23 augustus 1971]]
BSN: [[bsn:465 228 173]]
Adres: [[address:Schrans 41-3]], [[postcode:8932 nd]] Leeuwarden
Telefoon: [[phone:058-2134476]]
E-mail: [[email:yohanna.latuheru71@hotmail.com]]
Hulpvraag: schulden ({{org:WoonFriesland}}, energie), eenzaamheid na overlijden partner
Eerder bekend bij: {{org:GGZ Friesland}} (2019), {{org:Fier}} (nee)
Dossiernummer: [[dossier:LWD-SWT-24-1187]]
""",
)

hand(
    "disc",
    """
Kleine correctie op het verslag: het was niet [[person:Mei]] maar [[person:May]] die de presentatie over {{wijk:Transvaal}} gaf. [[person:Mei]] is in mei met verlof. 😉
En voor wie het zoekt: de werkkaart staat in de map 'Bemoeizorg', versie [[date:3-3-'25]].
""",
)

hand(
    "overig",
    """
Beste [[person:Hamid]],

Dank voor je mail van [[date:woensdag 9 april]]. Ik heb de gegevens van dhr. [[person:Essafi]] nagelopen. Naast zijn Nederlandse rekening heeft hij nog een Belgische rekening uit de tijd dat hij in Antwerpen werkte: [[iban:BE68 5390 0754 7034]]. Daar komt een klein pensioen op binnen, dat moet mee in het budgetplan van {{org:SchuldHulpMaatje}}.
Zijn broer in Brussel is bereikbaar op [[phone:+32 475 12 34 56]] en wil meedenken; mailen kan naar [[email:y.essafi@telenet.be]].
Het BSN in de aanvraag ([[bsn:945807302]]) klopt, maar de geboortedatum moet [[date:14-09-1962]] zijn en niet [[date:14-09-1963]].

Met vriendelijke groet,
[[person:Marjolein van Vliet]]
{{role:bewindvoerder}}, Delft
[[phone:015 - 256 77 10]] | [[email:m.vanvliet@bewindvoeringdelft.nl]]
""",
)


# ----------------------------------------------------------------------------
# keep lexicon: every occurrence of a known neighbourhood / organisation / role
# that is not already inside a span is marked as keep
# ----------------------------------------------------------------------------
AMBIGUOUS = {
    "Dorp",
    "Divers",
    "Fier",
    "Stip",
    "Dock",
    "Laurens",
    "Florence",
    "Lister",
    "Antes",
    "Aafje",
    "Topaz",
    "Portaal",
    "Accolade",
    "Indigo",
    "Dynamo",
}
EXTRA_ORG = [
    "GGZ",
    "MEE",
    "GGD",
    "UWV",
    "Voedselbank",
    "Wmo-loket",
    "Belastingdienst",
    "Dienst Toeslagen",
    "CAOP",
    "Crossover",
    "Zorg- en Veiligheidshuis",
    "Tolkencentrale",
    "Arbeidsinspectie",
    "Leerplicht",
    "Reclassering",
    "Uitvoeringsorganisatie Herstel Toeslagen",
    "Jongerenpunt",
    "Albert Heijn",
    "Eneco",
    "Klarna",
    "OGGZ",
    "De Luisterlijn",
    "CJG",
    "COA",
    "VluchtelingenWerk",
    "SVB",
    "CAK",
    "CIZ",
    "DUO",
    "Nibud",
    "Rode Kruis",
    "Juridisch Loket",
    "Buurtteam Amsterdam",
    "ZVH",
    "Maasstad",
]
EXTRA_ROLE = [
    "aandachtsfunctionaris huiselijk geweld",
    "intern begeleider",
    "JGZ-verpleegkundige",
    "GGD-arts",
    "jeugdarts",
    "straatwerker",
    "psychiater",
    "projectleider",
    "teamleider",
    "beleidsadviseur",
    "functionaris gegevensbescherming",
    "privacy officer",
    "sociaal raadsman",
    "orthopedagoog",
    "facilitator",
    "facilitatoren",
    "programmamanager",
    "ouderenwerker",
    "buurtteammedewerker",
    "transferverpleegkundige",
    "wethouder",
    "ervaringsdeskundigen",
    "jongerenwerkers",
    "casemanager",
    "POH",
    "POH-jeugd",
    "kinder- en jeugdpsychiater",
    "begeleider",
    "wijkverpleegkundigen",
    "tolk",
    "GGZ-behandelaar",
    "casusregisseurs",
    "huisartsen",
]


def build_lex():
    lex = []
    for c in CITIES.values():
        for w in c["wijken"]:
            lex.append((w, "wijk", False))
        for k in ("welzijn", "corp", "ggz", "debt", "vt", "youth", "care", "loket", "other"):
            for o in c[k]:
                lex.append((o, "org", False))
    for o in NATIONAL + EXTRA_ORG:
        lex.append((o, "org", False))
    for r in ROLES + EXTRA_ROLE:
        lex.append((r, "role", True))
    lex = [x for x in set(lex) if x[0] not in AMBIGUOUS]
    lex.sort(key=lambda x: -len(x[0]))
    return lex


LEX = build_lex()


def add_keep(text, pii, keep):
    taken = [(s["start"], s["end"]) for s in pii + keep]

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    for w, lab, ci in LEX:
        pat = re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", re.I if ci else 0)
        for m in pat.finditer(text):
            if free(m.start(), m.end()):
                keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": m.group(0)})
                taken.append((m.start(), m.end()))
    keep.sort(key=lambda s: s["start"])


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------
def build():
    items = []  # (cat, source, marked)
    for cat, city, text in T:
        c = city or wchoice(CITY_W)
        items.append((cat, "tpl", expand(text, c)))
    # second instances, chosen so that the register mix stays about 50/20/15/15
    extra = {"les": 19, "disc": 7, "notulen": 4, "overig": 0}
    for cat, n in extra.items():
        pool = [t for t in T if t[0] == cat and t[1] is None]
        for cat2, city, text in R.sample(pool, n):
            items.append((cat2, "tpl2", expand(text, wchoice(CITY_W))))
    for cat, text in HAND:
        items.append((cat, "hand", text))
    R.shuffle(items)
    out = []
    for i, (cat, src, marked) in enumerate(items):
        text, pii, keep = strip(marked)
        add_keep(text, pii, keep)
        out.append(
            {
                "id": "ho21-%04d" % i,
                "text": text,
                "pii": pii,
                "keep": keep,
                "_cat": cat,
                "_src": src,
            }
        )
    return out


def verify(recs):
    for r in recs:
        t = r["text"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        assert r["pii"], r["id"]
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s


def main():
    recs = build()
    verify(recs)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout21.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(
                json.dumps({k: r[k] for k in ("id", "text", "pii", "keep")}, ensure_ascii=False)
                + "\n"
            )
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    cc = Counter(r["_cat"] for r in recs)
    words = [len(r["text"].split()) for r in recs]
    print("texts", len(recs), "categories", dict(cc))
    print("words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)))
    print(
        "pii",
        dict(pc),
        "total",
        sum(pc.values()),
        "person share %.2f" % (pc["person"] / sum(pc.values())),
    )
    print("keep", dict(kc))
    print("wrote", path)
    return recs


if __name__ == "__main__":
    main()
