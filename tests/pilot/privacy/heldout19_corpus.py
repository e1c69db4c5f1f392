#!/usr/bin/env python3
"""Held-out corpus 19: anonymised-but-leaky case lessons (Dutch), written as
participants of a knowledge platform would write them.

Deterministic: random.Random(19). Writes heldout19.jsonl next to this script.
Markup used inside templates:
  [[label:text]]  -> pii span  (person, bsn, phone, email, iban, postcode, address, date, dossier)
  <label:text>    -> keep span (wijk, org, role)
Offsets are computed while stripping the markup, so they are right by construction.
"""

import datetime
import json
import os
import random
import re
import unicodedata

R = random.Random(19)
N_TEXTS = 110

# ---------------------------------------------------------------- name pools
ORIGINS = {
    "nl": dict(
        f=[
            "Anneke",
            "Ria",
            "Joke",
            "Petra",
            "Marja",
            "Ingrid",
            "Wilma",
            "Els",
            "Tineke",
            "Roos",
            "Iris",
            "Fleur",
            "Sanne",
            "Lotte",
            "Esther",
            "Bep",
            "Corrie",
            "Gerda",
            "Jolanda",
            "Mirjam",
            "Noor",
            "Bo",
            "Jade",
            "Lieke",
            "Merel",
            "Sterre",
            "Gonnie",
            "Truus",
            "Diana",
            "Chantal",
        ],
        m=[
            "Kees",
            "Henk",
            "Joop",
            "Gert-Jan",
            "Piet",
            "Bram",
            "Daan",
            "Willem",
            "Ruud",
            "Johan",
            "Sjaak",
            "Jeroen",
            "Ton",
            "Bas",
            "Martijn",
            "Rob",
            "Arie",
            "Dirk",
            "Cor",
            "Storm",
            "Thijs",
            "Wim",
            "Dennis",
            "Ferry",
            "Jan-Willem",
        ],
        s=[
            "de Vries",
            "Jansen",
            "Visser",
            "Bakker",
            "de Wit",
            "Koster",
            "de Groot",
            "Mulder",
            "Dekker",
            "Smit",
            "Kok",
            "van Dijk",
            "Vos",
            "Brouwer",
            "Meijer",
            "de Jong",
            "Hoekstra",
            "van der Meer",
            "Post",
            "Boer",
            "Molenaar",
            "Schouten",
            "Zomer",
            "Winter",
            "Hoop",
            "Roos",
            "van Leeuwen",
            "Kuipers",
            "de Haan",
            "Koning",
            "de Bruin",
            "Verbeek",
            "van der Linden",
            "Bos",
            "Timmermans",
            "Schipper",
        ],
    ),
    "ma": dict(
        f=[
            "Fatima",
            "Khadija",
            "Naima",
            "Samira",
            "Latifa",
            "Malika",
            "Hanane",
            "Nadia",
            "Ikram",
            "Soukaina",
            "Amal",
            "Houda",
            "Zineb",
            "Rachida",
            "Fadoua",
            "Yasmina",
        ],
        m=[
            "Mohamed",
            "Youssef",
            "Ahmed",
            "Abdelkader",
            "Said",
            "Mustafa",
            "Karim",
            "Bilal",
            "Hamza",
            "Rachid",
            "Driss",
            "Ayoub",
            "Anouar",
            "Yassin",
            "Noureddine",
        ],
        s=[
            "el Amrani",
            "Bouzid",
            "el Idrissi",
            "Benali",
            "Ouali",
            "el Khattabi",
            "Azzouzi",
            "Boukhari",
            "Tahiri",
            "el Haddaoui",
            "Ait Taleb",
            "Bakkali",
            "Chaouch",
            "Ouahabi",
            "el Messaoudi",
        ],
    ),
    "tr": dict(
        f=[
            "Ayşe",
            "Fatma",
            "Emine",
            "Hatice",
            "Elif",
            "Zeynep",
            "Songül",
            "Gülşen",
            "Derya",
            "Meryem",
            "Sevgi",
            "Büşra",
            "Hülya",
            "Nurcan",
        ],
        m=[
            "Mehmet",
            "Mustafa",
            "Hüseyin",
            "Ali",
            "Murat",
            "Emre",
            "Kemal",
            "Orhan",
            "Osman",
            "Serkan",
            "Yusuf",
            "Erdal",
            "Cem",
            "Ibrahim",
        ],
        s=[
            "Yılmaz",
            "Yilmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
            "Özdemir",
            "Aksoy",
            "Polat",
            "Erdoğan",
            "Karaca",
        ],
    ),
    "sr_h": dict(
        f=[
            "Sunita",
            "Anjali",
            "Shanti",
            "Radha",
            "Sarita",
            "Asha",
            "Reshma",
            "Indra",
            "Kavita",
            "Sabitri",
        ],
        m=[
            "Rajesh",
            "Ravi",
            "Sanjay",
            "Dinesh",
            "Ashwin",
            "Shiva",
            "Anand",
            "Kishan",
            "Rishi",
            "Radjinder",
        ],
        s=[
            "Ramdin",
            "Baldewsingh",
            "Jagessar",
            "Ramsaran",
            "Mahabier",
            "Sewnath",
            "Bhoelai",
            "Kalloe",
            "Ramlal",
            "Soekhai",
            "Ganpat",
            "Autar",
            "Ramautar",
        ],
    ),
    "sr_c": dict(
        f=[
            "Marisca",
            "Sharon",
            "Ivonne",
            "Ruth",
            "Gracia",
            "Jennifer",
            "Claudette",
            "Priscilla",
            "Wendolien",
        ],
        m=[
            "Ronald",
            "Errol",
            "Glenn",
            "Roy",
            "Marciano",
            "Rinaldo",
            "Stanley",
            "Clyde",
            "Humphrey",
        ],
        s=[
            "Pinas",
            "Sabajo",
            "Wijngaarde",
            "Zeefuik",
            "Doelwijt",
            "Nelom",
            "Tjin-A-Tsoi",
            "Kasanmoesdiran",
            "Kromodimedjo",
            "Vlijter",
            "Lie-A-Ling",
        ],
    ),
    "an": dict(
        f=["Shirley", "Yvette", "Ruthmila", "Gisela", "Jacqueline", "Naomi", "Dayenne", "Jurmaine"],
        m=["Jurgen", "Giovanni", "Ricardo", "Rignald", "Shurendy", "Jandino", "Eugene", "Ruthsel"],
        s=[
            "Martina",
            "Rosaria",
            "Isenia",
            "Cijntje",
            "Felida",
            "Leito",
            "Wernet",
            "Pietersz",
            "Maduro",
            "Statia",
            "Girigorie",
            "Josephia",
        ],
    ),
    "cv": dict(
        f=["Maria", "Fernanda", "Ana", "Carla", "Ivanilda", "Djenifer", "Lucinda"],
        m=["Joaquim", "Manuel", "Nelson", "Adilson", "Edson", "Carlos", "Zeca"],
        s=[
            "Lopes",
            "Fortes",
            "Tavares",
            "Monteiro",
            "Gomes",
            "Fernandes",
            "Semedo",
            "da Graça",
            "Rodrigues",
            "Varela",
            "Brito",
        ],
    ),
    "pl": dict(
        f=["Agnieszka", "Katarzyna", "Małgorzata", "Magda", "Joanna", "Ewa", "Beata", "Anna"],
        m=["Paweł", "Tomasz", "Krzysztof", "Marek", "Piotr", "Łukasz", "Grzegorz", "Wojtek"],
        s=[
            "Kowalski/Kowalska",
            "Nowak",
            "Wiśniewski/Wiśniewska",
            "Zieliński/Zielińska",
            "Lewandowski/Lewandowska",
            "Kamiński/Kamińska",
            "Wójcik",
            "Szymański/Szymańska",
            "Mazur",
            "Dąbrowski/Dąbrowska",
        ],
    ),
    "bg": dict(
        f=["Desislava", "Ivanka", "Mariya", "Galina", "Yordanka", "Rositsa"],
        m=["Georgi", "Dimitar", "Ivan", "Stoyan", "Hristo", "Plamen", "Nikolay"],
        s=[
            "Petrov/Petrova",
            "Ivanov/Ivanova",
            "Georgiev/Georgieva",
            "Dimitrov/Dimitrova",
            "Stoyanov/Stoyanova",
            "Todorov/Todorova",
            "Angelov/Angelova",
        ],
    ),
    "ro": dict(
        f=["Ionela", "Elena", "Andreea", "Florentina", "Mihaela", "Loredana"],
        m=["Ionuț", "Florin", "Adrian", "Marian", "Gheorghe", "Vasile"],
        s=["Popescu", "Ionescu", "Stan", "Dumitru", "Munteanu", "Stoica", "Lungu", "Constantin"],
    ),
    "sy": dict(
        f=["Rasha", "Hala", "Rania", "Lina", "Nour", "Ghada", "Yasmin", "Amira"],
        m=["Ahmad", "Khaled", "Omar", "Mahmoud", "Bassel", "Fadi", "Tarek", "Wael", "Mohammad"],
        s=[
            "Alhamoud",
            "Al-Khatib",
            "Haddad",
            "Hamdan",
            "Alali",
            "Darwish",
            "Khalil",
            "Al Masri",
            "Sabbagh",
            "Aljasem",
        ],
    ),
    "er": dict(
        f=["Senait", "Semhar", "Luwam", "Feven", "Ruta", "Selam", "Winta", "Helen"],
        m=[
            "Yonas",
            "Dawit",
            "Tesfay",
            "Samuel",
            "Mussie",
            "Filmon",
            "Berhane",
            "Habtom",
            "Merhawi",
        ],
        s=[
            "Tesfamariam",
            "Ghebremedhin",
            "Haile",
            "Kidane",
            "Tekle",
            "Abraha",
            "Woldu",
            "Berhe",
            "Gebreyesus",
            "Mebrahtu",
        ],
    ),
    "so": dict(
        f=["Hodan", "Faduma", "Amina", "Sahra", "Ifrah", "Ayaan", "Hibo", "Nasra", "Deqa"],
        m=["Abdi", "Abdirahman", "Farah", "Hassan", "Ismail", "Liban", "Mahad", "Guled"],
        s=["Warsame", "Farah", "Abdullahi", "Hassan", "Jama", "Nur", "Mohamud", "Osman", "Egal"],
    ),
    "af": dict(
        f=["Zahra", "Mariam", "Parwana", "Fereshta", "Nazila", "Shabnam", "Laila", "Mahbooba"],
        m=["Farid", "Habib", "Javid", "Nasir", "Rahim", "Wahid", "Sayed", "Ahmad Shah"],
        s=[
            "Ahmadi",
            "Karimi",
            "Rahimi",
            "Hashimi",
            "Sultani",
            "Noori",
            "Popal",
            "Stanikzai",
            "Rasuli",
            "Haidari",
        ],
    ),
    "cn": dict(
        f=["Mei", "Li Na", "Xiu Ying", "Lan", "Wen", "Hui", "Jing", "Fang"],
        m=["Wei", "Jun", "Hao", "Ming", "Jian", "Lei", "Kwok Wai"],
        s=[
            "Chen",
            "Wang",
            "Li",
            "Zhang",
            "Liu",
            "Lin",
            "Huang",
            "Zhou",
            "Wu",
            "Cheung",
            "Lam",
            "Tan",
        ],
    ),
    "gh": dict(
        f=[
            "Akosua",
            "Abena",
            "Ama",
            "Efua",
            "Adwoa",
            "Yaa",
            "Gifty",
            "Comfort",
            "Mercy",
            "Patience",
            "Grace",
        ],
        m=["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Emmanuel", "Isaac", "Prince", "Ebenezer"],
        s=[
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Agyeman",
            "Appiah",
            "Darko",
            "Amoah",
            "Ofori",
            "Adjei",
        ],
    ),
    "mol": dict(
        f=["Dewi", "Maya", "Josephine", "Wati", "Nona"],
        m=["Frits", "Johannes", "Max", "Boy", "Ongky"],
        s=[
            "Pattiasina",
            "Latuheru",
            "Manuhutu",
            "Sahetapy",
            "Wattimena",
            "Pattipeilohy",
            "Tuhumury",
            "Lekransy",
        ],
    ),
    "ua": dict(
        f=["Olena", "Iryna", "Oksana", "Tetiana", "Nataliia", "Yuliia"],
        m=["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Volodymyr"],
        s=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko"],
    ),
}
ORIGIN_W = {
    "nl": 20,
    "ma": 13,
    "tr": 11,
    "sr_h": 7,
    "sr_c": 5,
    "an": 5,
    "cv": 3,
    "pl": 5,
    "bg": 3,
    "ro": 3,
    "sy": 4,
    "er": 3,
    "so": 3,
    "af": 3,
    "cn": 2,
    "gh": 3,
    "mol": 2,
    "ua": 3,
}

PRO_F = [
    "Marloes",
    "Ilse",
    "Hatice",
    "Sandra",
    "Nadia",
    "Petra",
    "Esra",
    "Dewi",
    "Samira",
    "Wendy",
    "Mirjam",
    "Anouk",
    "Priya",
    "Jorien",
    "Chantal",
    "Liesbeth",
    "Fenna",
    "Yvonne",
    "Saskia",
    "Naima",
    "Lisanne",
    "Gülay",
    "Roos",
    "Hanneke",
    "Kim",
    "Ayla",
    "Manon",
    "Joyce",
]
PRO_M = [
    "Jeroen",
    "Youssef",
    "Rik",
    "Koen",
    "Rachid",
    "Bas",
    "Gökhan",
    "Erik",
    "Sander",
    "Mehmet",
    "Ruben",
    "Niels",
    "Stefan",
    "Kofi",
    "Vincent",
    "Hamid",
    "Maarten",
    "Dave",
    "Sven",
]
PRO_S = [
    "Bakker",
    "de Wit",
    "Visser",
    "Koster",
    "van den Berg",
    "Hermans",
    "Yıldız",
    "el Bouchtili",
    "Ramcharan",
    "Kuiper",
    "de Graaf",
    "Sedney",
    "Verhoef",
    "Aarts",
    "van Rijn",
    "Groen",
    "Mahabali",
    "Oudshoorn",
    "Vermeulen",
    "Peeters",
    "Zwart",
    "Doorn",
    "Kramer",
    "Lodewijks",
    "Hoogendoorn",
]

# ---------------------------------------------------------------- places
CITIES = {
    "Den Haag": dict(
        w=[
            "Schilderswijk",
            "Transvaal",
            "Moerwijk",
            "Laak",
            "Spoorwijk",
            "Morgenstond",
            "Bouwlust",
            "Vrederust",
            "Mariahoeve",
            "Bezuidenhout",
            "Duindorp",
            "Scheveningen",
            "Regentessekwartier",
            "Valkenboskwartier",
            "Zeeheldenkwartier",
            "Stationsbuurt",
            "Loosduinen",
            "Waldeck",
            "Ypenburg",
            "Leidschenveen",
            "Wateringse Veld",
            "Rustenburg",
            "Oostbroek",
            "Kraayenstein",
            "Escamp",
            "Segbroek",
            "Groente- en Fruitmarkt",
        ],
        st=[
            "Hoefkade",
            "Leyweg",
            "Vaillantlaan",
            "Hobbemastraat",
            "Paul Krugerlaan",
            "De la Reyweg",
            "Kempstraat",
            "Wouwermanstraat",
            "Van Ostadestraat",
            "Parallelweg",
            "Schalk Burgerstraat",
            "Zuiderparklaan",
            "Loosduinseweg",
            "Dedemsvaartweg",
            "Moerweg",
            "Erasmusweg",
            "Zichtenburglaan",
            "Melis Stokelaan",
            "Escamplaan",
            "Keizerstraat",
            "Stevinstraat",
            "Westduinweg",
            "Weimarstraat",
            "Elandstraat",
            "Prinsegracht",
            "Laakkade",
            "Rijswijkseweg",
            "Delftselaan",
            "Troelstrakade",
            "Soestdijksekade",
            "Oude Haagweg",
            "Diamanthorst",
            "Jan Luijkenstraat",
            "Boekhorststraat",
            "Gaslaan",
        ],
        pc=(2491, 2597),
        area="070",
        team="SWT",
        ggz=["Parnassia", "PsyQ", "Brijder"],
        corp=["Haag Wonen", "Staedion", "Vestia"],
        welz=["Xtra", "Stichting MOOI", "Welzijn Scheveningen", "VOOR Welzijn", "Zebra Welzijn"],
        hosp=["HMC Westeinde", "Haga Ziekenhuis", "HWW zorg", "Florence", "Bronovo"],
        debt=["Humanitas", "SchuldHulpMaatje", "Sociaal Raadslieden", "Kredietbank Den Haag"],
    ),
    "Rotterdam": dict(
        w=[
            "Feijenoord",
            "Afrikaanderwijk",
            "Bloemhof",
            "Hillesluis",
            "Charlois",
            "Tarwewijk",
            "Carnisse",
            "Delfshaven",
            "Spangen",
            "Ommoord",
            "Crooswijk",
            "Oude Noorden",
            "IJsselmonde",
            "Lombardijen",
            "Pendrecht",
            "Zuidwijk",
            "Overschie",
            "Bospolder",
            "Tussendijken",
            "Katendrecht",
        ],
        st=[
            "Putselaan",
            "Dordtselaan",
            "Beijerlandselaan",
            "Wolphaertsbocht",
            "Carnisselaan",
            "Pleinweg",
            "Oranjeboomstraat",
            "Hillevliet",
            "Mathenesserweg",
            "Schiedamseweg",
            "Zwart Janstraat",
            "Noordsingel",
            "Slinge",
            "Groene Hilledijk",
            "Strevelsweg",
            "Mijnsherenlaan",
        ],
        pc=(3011, 3089),
        area="010",
        team="wijkteam",
        ggz=["Antes", "Bavo Europoort", "Parnassia"],
        corp=["Woonstad Rotterdam", "Havensteder", "Woonbron"],
        welz=["DOCK", "SOL", "Humanitas"],
        hosp=["Erasmus MC", "Maasstad Ziekenhuis", "Ikazia"],
        debt=["Kredietbank Rotterdam", "Humanitas", "Vraagwijzer"],
    ),
    "Utrecht": dict(
        w=[
            "Kanaleneiland",
            "Overvecht",
            "Lombok",
            "Zuilen",
            "Hoograven",
            "Lunetten",
            "Leidsche Rijn",
            "Ondiep",
            "Tuinwijk",
            "Transwijk",
        ],
        st=[
            "Kanaalweg",
            "Marshallaan",
            "Bernadottelaan",
            "Amsterdamsestraatweg",
            "Kosterijland",
            "Gambiadreef",
            "Zambesidreef",
            "Neckardreef",
            "Moezeldreef",
            "Balijelaan",
            "Smaragdplein",
            "Vleutenseweg",
        ],
        pc=(3511, 3585),
        area="030",
        team="buurtteam",
        ggz=["Altrecht"],
        corp=["Mitros", "Portaal", "Bo-Ex"],
        welz=["DOCK", "Cumulus Welzijn"],
        hosp=["UMC Utrecht", "Diakonessenhuis", "Antonius Ziekenhuis"],
        debt=["U Centraal", "Humanitas"],
    ),
    "Amsterdam": dict(
        w=[
            "Bijlmer",
            "Bos en Lommer",
            "De Pijp",
            "Slotervaart",
            "Geuzenveld",
            "Osdorp",
            "Indische Buurt",
            "Transvaalbuurt",
            "Kolenkit",
            "Vogelbuurt",
            "Holendrecht",
            "Ganzenhoef",
            "Slotermeer",
            "Nieuw-West",
            "Zuidoost",
        ],
        st=[
            "Bijlmerdreef",
            "Bos en Lommerweg",
            "Admiraal de Ruijterweg",
            "Dapperstraat",
            "Javastraat",
            "Ferdinand Bolstraat",
            "Albert Cuypstraat",
            "Osdorpplein",
            "Meer en Vaart",
            "Slotermeerlaan",
            "Cornelis Lelylaan",
            "Van Woustraat",
            "Wibautstraat",
            "Ganzenhoef",
        ],
        pc=(1011, 1109),
        area="020",
        team="buurtteam",
        ggz=["Arkin", "GGZ inGeest", "Mentrum"],
        corp=["Ymere", "Eigen Haard", "Stadgenoot", "Rochdale"],
        welz=["Dynamo", "Combiwel", "DOCK", "Civic"],
        hosp=["OLVG", "Amsterdam UMC", "BovenIJ"],
        debt=["Humanitas", "Madi", "Plangroep"],
    ),
    "Leiden": dict(
        w=[
            "De Kooi",
            "Stevenshof",
            "Merenwijk",
            "Noorderkwartier",
            "Slaaghwijk",
            "Professorenwijk",
            "Haagwegkwartier",
            "Morskwartier",
        ],
        st=[
            "Hoge Rijndijk",
            "Kooilaan",
            "Lammenschansweg",
            "Vondellaan",
            "Haagweg",
            "Willem de Zwijgerlaan",
            "Bernhardkade",
            "Kagerstraat",
        ],
        pc=(2311, 2334),
        area="071",
        team="sociaal wijkteam",
        ggz=["Rivierduinen"],
        corp=["Portaal", "Ons Doel", "De Sleutels"],
        welz=["Incluzio Leiden", "Libertas Leiden"],
        hosp=["LUMC", "Alrijne"],
        debt=["Humanitas", "SchuldHulpMaatje"],
    ),
    "Zoetermeer": dict(
        w=[
            "Meerzicht",
            "Palenstein",
            "Buytenwegh",
            "Seghwaert",
            "Oosterheem",
            "Rokkeveen",
            "Driemanspolder",
            "Noordhove",
        ],
        st=[
            "Amerikaweg",
            "Australiëweg",
            "Europaweg",
            "Dorpsstraat",
            "Meerzichtlaan",
            "Händelstraat",
            "Leidsewallen",
            "Voorweg",
            "Van Aalstlaan",
        ],
        pc=(2711, 2729),
        area="079",
        team="sociaal wijkteam",
        ggz=["Parnassia"],
        corp=["Vidomes", "De Goede Woning"],
        welz=["Piëzo"],
        hosp=["LangeLand Ziekenhuis", "HMC Westeinde"],
        debt=["Humanitas", "SchuldHulpMaatje"],
    ),
}
CITY_W = {
    "Den Haag": 58,
    "Rotterdam": 12,
    "Utrecht": 8,
    "Amsterdam": 9,
    "Leiden": 7,
    "Zoetermeer": 6,
}

MAANDEN = [
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
MND_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]

TELWOORD = ["twee", "drie", "vier", "vijf", "zes", "zeven"]
DUREN = [
    "drie maanden",
    "ruim een jaar",
    "zes weken",
    "anderhalf jaar",
    "acht maanden",
    "twee jaar",
    "een half jaar",
    "vier maanden",
    "bijna een jaar",
    "tien weken",
    "ruim twee jaar",
    "vijf maanden",
]


def P(label, text):
    return "[[%s:%s]]" % (label, text)


def K(label, text):
    return "<%s:%s>" % (label, text)


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ș", "s").replace("ț", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def title_surname(s):
    """'el Amrani' -> 'El Amrani' (surname without first name)."""
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- pii generators
def gen_bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            d.append(c)
            break
    s = "".join(map(str, d))
    assert (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0
    f = R.choice(["plain", "plain", "dots", "spaces", "dots2"])
    if f == "dots":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if f == "dots2":
        return s[:3] + "." + s[3:6] + "." + s[6:]
    if f == "spaces":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    if R.random() < 0.06:
        bban = "".join(str(R.randint(0, 9)) for _ in range(12))
        iban = "BE" + iban_check("BE", bban) + bban
    else:
        bank = R.choice(
            ["INGB", "INGB", "ABNA", "RABO", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
        )
        acc = "".join(str(R.randint(0, 9)) for _ in range(10))
        iban = "NL" + iban_check("NL", bank + acc) + bank + acc
    num = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    assert int(num) % 97 == 1
    f = R.random()
    if f < 0.45:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if f < 0.93:
        return iban
    return iban.lower() if f < 0.97 else iban[:4] + " " + iban[4:]


def gen_postcode(city):
    lo, hi = CITIES[city]["pc"]
    while True:
        l = R.choice("ABCEGHJKLMNPRTVWXZ") + R.choice("ABCEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    n = R.randint(lo, hi)
    f = R.random()
    if f < 0.55:
        return "%d %s" % (n, l)
    if f < 0.93:
        return "%d%s" % (n, l)
    return "%d %s" % (n, l.lower())


def gen_housenr():
    n = R.choice([R.randint(1, 40), R.randint(1, 140), R.randint(1, 360)])
    suf = R.choice(
        [
            "",
            "",
            "",
            "",
            "-hs",
            " hs",
            "B",
            "-B",
            "a",
            " bis",
            "-II",
            "-III",
            "-1",
            " 2hg",
            "C",
            "-A",
            " rood",
            "-3",
            "K",
        ]
    )
    return "%d%s" % (n, suf)


def gen_address(city):
    return "%s %s" % (R.choice(CITIES[city]["st"]), gen_housenr())


def gen_mobile():
    d = str(R.randint(1, 6)) + "".join(str(R.randint(0, 9)) for _ in range(7))
    f = R.randint(0, 9)
    return [
        "06-" + d,
        "06 " + d,
        "06" + d,
        "06 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
        "06-%s %s" % (d[:4], d[4:]),
        "+31 6 %s" % d,
        "+316" + d,
        "0031 6 %s %s" % (d[:4], d[4:]),
        "06-%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
        "06 - " + d,
    ][f]


def gen_landline(city):
    a = CITIES[city]["area"]
    d = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))
    f = R.randint(0, 5)
    return [
        "%s-%s" % (a, d),
        "(%s) %s %s %s" % (a, d[:3], d[3:5], d[5:]),
        "%s %s %s" % (a, d[:3], d[3:]),
        "+31 %s %s %s" % (a[1:], d[:3], d[3:]),
        "+31(0)%s-%s" % (a[1:], d),
        "%s%s" % (a, d),
    ][f]


CC = {
    "pl": "+48",
    "bg": "+359",
    "ro": "+40",
    "ma": "+212",
    "tr": "+90",
    "sr_h": "+597",
    "sr_c": "+597",
    "ua": "+380",
    "gh": "+233",
    "so": "+252",
    "er": "+291",
    "sy": "+963",
    "af": "+93",
    "cn": "+86",
    "cv": "+238",
    "an": "+599",
}


def gen_foreign_phone(origin=None):
    if origin in CC and R.random() < 0.8:
        cc = CC[origin]
        d = "".join(
            str(R.randint(0, 9))
            for _ in range(9 if cc not in ("+597", "+599", "+238", "+291") else 7)
        )
        return R.choice(
            [
                "%s %s %s %s" % (cc, d[:3], d[3:6], d[6:]),
                "%s%s" % (cc, d),
                "00%s %s" % (cc[1:], d),
                "%s (0)%s" % (cc, d),
            ]
        )
    return R.choice(
        [
            "+48 %d %03d %03d" % (R.randint(500, 799), R.randint(0, 999), R.randint(0, 999)),
            "+359 88 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)),
            "+40 7%02d %03d %03d" % (R.randint(20, 99), R.randint(0, 999), R.randint(0, 999)),
            "+212 6 %02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4)),
            "+90 53%d %03d %02d %02d"
            % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
            "+597 8%06d" % R.randint(0, 999999),
            "00 380 67 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)),
            "+32 4%02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4)),
        ]
    )


def gen_dossier(yr):
    yy = yr % 100
    return R.choice(
        [
            "%d-%05d" % (yr, R.randint(0, 99999)),
            "SZW-%06d" % R.randint(0, 999999),
            "VT-%d-%04d" % (yr, R.randint(0, 9999)),
            "#%05d" % R.randint(10000, 99999),
            "WMO/%d/%05d" % (yr, R.randint(0, 99999)),
            "SHV-%02d-%04d" % (yy, R.randint(0, 9999)),
            "ZVH-%d-%03d" % (yr, R.randint(0, 999)),
            "R%07d" % R.randint(0, 9999999),
            "BW-%05d" % R.randint(0, 99999),
            "%02d.%04d.%03d" % (yy, R.randint(0, 9999), R.randint(0, 999)),
            "CL%06d" % R.randint(0, 999999),
            "SWT-%s-%03d" % (R.choice(["MW", "SW", "TV", "LK", "MH", "ES"]), R.randint(0, 999)),
            "%d/%04d" % (yr, R.randint(0, 9999)),
            "MO-%04d" % R.randint(0, 9999),
            "Z%d-%06d" % (yr, R.randint(0, 999999)),
            "JB-%05d-%02d" % (R.randint(0, 99999), yy),
        ]
    )


def fmt_date(d, style=None, with_year=None):
    st = style or R.choice(
        [
            "dmy",
            "dmy",
            "dm",
            "dm",
            "num",
            "num",
            "numshort",
            "numyy",
            "wd",
            "wd",
            "slash",
            "abbr",
            "abbry",
            "iso",
            "dots",
            "wdab",
            "dash",
            "wdnum",
            "numpad",
        ]
    )
    dd, mm, y = d.day, d.month, d.year
    if st == "dmy":
        return "%d %s %d" % (dd, MAANDEN[mm - 1], y)
    if st == "dm":
        return "%d %s" % (dd, MAANDEN[mm - 1])
    if st == "num":
        return "%02d-%02d-%d" % (dd, mm, y)
    if st == "numpad":
        return "%d-%02d-%d" % (dd, mm, y)
    if st == "numshort":
        return "%d-%d-%d" % (dd, mm, y)
    if st == "numyy":
        return "%d-%d-'%02d" % (dd, mm, y % 100)
    if st == "wd":
        return "%s %d %s" % (DAGEN[d.weekday()], dd, MAANDEN[mm - 1])
    if st == "slash":
        return "%d/%d" % (dd, mm)
    if st == "abbr":
        return "%d %s." % (dd, MND_AB[mm - 1]) if MND_AB[mm - 1] not in ("mei",) else "%d mei" % dd
    if st == "abbry":
        return "%d %s %d" % (dd, MND_AB[mm - 1], y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, mm, dd)
    if st == "dots":
        return "%02d.%02d.%d" % (dd, mm, y)
    if st == "wdab":
        return "%s %d/%d" % (DAG_AB[d.weekday()], dd, mm)
    if st == "dash":
        return "%d-%d" % (dd, mm)
    if st == "wdnum":
        return "%s %d-%d" % (DAGEN[d.weekday()], dd, mm)
    raise ValueError(st)


# ---------------------------------------------------------------- per-text context
class Ctx(dict):
    """Lazy context: a slot is generated the first time a template uses it,
    and stays the same for the rest of the text."""

    def __init__(self, theme, city=None):
        super().__init__()
        self.theme = theme
        self.city = city or R.choices(list(CITY_W), weights=list(CITY_W.values()))[0]
        self.cd = CITIES[self.city]
        self.ref = R.randint(2017, 2025)
        self.gender = "f" if R.random() < 0.6 else "m"
        if theme == "hg":
            self.gender = "f" if R.random() < 0.85 else "m"
        self.origin = R.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()))[0]
        if theme == "status":
            self.origin = R.choice(["sy", "sy", "er", "er", "so", "af", "af", "ua"])
        if theme in ("ouderen", "eenzaam"):
            self.age = R.randint(67, 94)
        elif theme == "mantelzorg":
            self.age = R.randint(72, 91)
        elif theme in ("jeugd", "hg", "status"):
            self.age = R.randint(24, 47)
        else:
            self.age = R.randint(19, 66)
        self.used_names = set()
        self.used_dates = set()
        self.wijken = R.sample(self.cd["w"], 3)
        g = self.gender
        self.update(
            {
                "zij": "zij" if g == "f" else "hij",
                "Zij": "Zij" if g == "f" else "Hij",
                "ze": "ze" if g == "f" else "hij",
                "Ze": "Ze" if g == "f" else "Hij",
                "haar": "haar" if g == "f" else "zijn",
                "Haar": "Haar" if g == "f" else "Zijn",
                "hem": "haar" if g == "f" else "hem",
                "mw": "mevrouw" if g == "f" else "meneer",
                "Mw": "Mevrouw" if g == "f" else "Meneer",
                "mwk": R.choice(["mw.", "mevr.", "mw"])
                if g == "f"
                else R.choice(["dhr.", "dhr", "mr."]),
                "vrouw": "vrouw" if g == "f" else "man",
                "ouder": "moeder" if g == "f" else "vader",
                "mama": "mama" if g == "f" else "papa",
                "Mama": "Mama" if g == "f" else "Papa",
                "kindword": "meisje" if g == "f" else "jongen",
                "partnerword": "man" if g == "f" else "vrouw",
                "cliente": "cliënte" if g == "f" else "cliënt",
                "city": self.city,
                "team": self.cd["team"],
                "age": str(self.age),
                "W": K("wijk", self.wijken[0]),
                "W2": K("wijk", self.wijken[1]),
                "W3": K("wijk", self.wijken[2]),
                "yr": str(R.randint(max(2008, self.ref - 12), self.ref - 1)),
                "refyr": str(self.ref),
                "n": R.choice(TELWOORD),
                "n2": str(R.randint(3, 14)),
                "dur": R.choice(DUREN),
                "dur2": R.choice(DUREN),
                "month": R.choice(MAANDEN),
                "wd": R.choice(DAGEN[:5]),
                "wd2": R.choice(DAGEN[:6]),
                "amt": R.choice(
                    [
                        "€ %d.%03d" % (R.randint(2, 38), R.randint(0, 19) * 50),
                        "€%d.%03d,-" % (R.randint(2, 28), R.randint(0, 9) * 100),
                        "ruim %d.000 euro" % R.randint(3, 45),
                        "zo'n %d.%03d euro" % (R.randint(1, 19), R.choice([0, 500])),
                        "€ %d.%03d,%02d" % (R.randint(1, 24), R.randint(0, 999), R.randint(0, 99)),
                    ]
                ),
                "amt_small": R.choice(
                    ["€ 50", "€ 60", "70 euro", "€75", "€ 45", "80 euro", "€ 100"]
                ),
                "ggz": K("org", R.choice(self.cd["ggz"])),
                "corp": K("org", R.choice(self.cd["corp"])),
                "welz": K("org", R.choice(self.cd["welz"])),
                "hosp": K("org", R.choice(self.cd["hosp"])),
                "debt": K("org", R.choice(self.cd["debt"])),
                "street": R.choice(self.cd["st"]),
                "street2": R.choice(self.cd["st"]),
            }
        )
        # client
        first, last = self.name(self.origin, g)
        self.cfirst, self.clast = first, last

    # --- helpers
    def name(self, origin, g):
        for _ in range(50):
            o = ORIGINS[origin]
            first = R.choice(o[g])
            s = R.choice(o["s"])
            if "/" in s:
                s = s.split("/")[0 if g == "m" else 1]
            if first not in self.used_names:
                self.used_names.add(first)
                return first, s
        return first, s

    def rel_name(self, g, same_origin=0.85):
        o = (
            self.origin
            if R.random() < same_origin
            else R.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()))[0]
        )
        return self.name(o, g)

    def pro_name(self, g=None):
        g = g or R.choice("fm")
        for _ in range(50):
            f = R.choice(PRO_F if g == "f" else PRO_M)
            if f not in self.used_names:
                self.used_names.add(f)
                return f, R.choice(PRO_S)
        return f, R.choice(PRO_S)

    def date(self, style=None, past_days=700):
        for _ in range(50):
            base = datetime.date(self.ref, R.randint(1, 12), 1)
            d = base + datetime.timedelta(days=R.randint(0, 27))
            d = d - datetime.timedelta(days=R.randint(0, past_days) // 3)
            if d not in self.used_dates:
                self.used_dates.add(d)
                return fmt_date(d, style)
        return fmt_date(d, style)

    def possessive(self, name):
        if name[-1] == "e":
            return P("person", name) + "s"
        if name[-1] in "aiouyé":
            return P("person", name) + "'s"
        if name[-1] in "sxz":
            return P("person", name) + "'"
        return P("person", name) + "s"

    def email_for(self, first, last):
        f = ascii_fold(first).lower().replace(" ", "")
        l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        dom = R.choice(
            [
                "gmail.com",
                "hotmail.com",
                "hotmail.nl",
                "live.nl",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "icloud.com",
                "yahoo.com",
                "planet.nl",
            ]
        )
        pat = R.choice(
            [
                "{f}.{l}",
                "{f}{l}",
                "{f}_{l}{n}",
                "{i}{l}",
                "{f}{n}",
                "{l}.{f}",
                "mama{f}{n}",
                "{f}.{l}{n}",
            ]
        )
        return (
            pat.format(
                f=f, l=l, i=f[0], n=R.randint(1, 99) if R.random() < 0.5 else R.randint(1955, 2005)
            )
            + "@"
            + dom
        )

    VOLATILE = {"Cx"}

    def __missing__(self, k):
        v = self.make(k)
        if k not in self.VOLATILE:
            self[k] = v
        return v

    def make(self, k):
        g = self.gender
        c = self
        if k == "C":
            return P("person", "%s %s" % (c.cfirst, c.clast))
        if k == "Cf":
            return P("person", c.cfirst)
        if k == "Cx":  # one mention of the client: name, or just 'mevrouw' / 'de cliënte'
            r = R.random()
            if r < 0.38:
                return P("person", c.cfirst)
            if r < 0.70:
                return c["mw"]
            if r < 0.86:
                return "de " + c["cliente"]
            return self["Ct"]
        if k == "dos_vt":
            return P(
                "dossier",
                R.choice(
                    [
                        "VT-%d-%04d" % (self.ref, R.randint(0, 9999)),
                        "VT%06d" % R.randint(0, 999999),
                        "#%05d" % R.randint(10000, 99999),
                        "M-%d-%05d" % (self.ref, R.randint(0, 99999)),
                    ]
                ),
            )
        if k == "dos_cjib":
            return P(
                "dossier",
                R.choice(
                    [
                        "%016d" % R.randint(10**15, 10**16 - 1),
                        "%04d %04d %04d %04d" % tuple(R.randint(0, 9999) for _ in range(4)),
                        "CJIB-%d-%07d" % (self.ref, R.randint(0, 9999999)),
                    ]
                ),
            )
        if k == "dos_wp":
            return P(
                "dossier",
                R.choice(
                    [
                        "SZW-%06d" % R.randint(0, 999999),
                        "Z%d-%06d" % (self.ref, R.randint(0, 999999)),
                        "WP/%d/%05d" % (self.ref, R.randint(0, 99999)),
                    ]
                ),
            )
        if k == "dos_zvh":
            return P(
                "dossier",
                R.choice(
                    [
                        "ZVH-%d-%03d" % (self.ref, R.randint(0, 999)),
                        "ZVHH-%05d" % R.randint(0, 99999),
                        "%d.%04d" % (self.ref, R.randint(0, 9999)),
                    ]
                ),
            )
        if k == "dos_svb":
            return P(
                "dossier",
                R.choice(
                    [
                        "%010d" % R.randint(10**8, 10**10 - 1),
                        "SVB-%07d" % R.randint(0, 9999999),
                        "K%08d" % R.randint(0, 99999999),
                    ]
                ),
            )
        if k == "dos_shv":
            return P(
                "dossier",
                R.choice(
                    [
                        "SHV-%02d-%04d" % (self.ref % 100, R.randint(0, 9999)),
                        "%d-%05d" % (self.ref, R.randint(0, 99999)),
                        "BW-%05d" % R.randint(0, 99999),
                        "R%07d" % R.randint(0, 9999999),
                    ]
                ),
            )
        if k == "Cl":
            return P("person", title_surname(c.clast))
        if k == "Ct":
            return "%s %s" % (c["mw"], P("person", title_surname(c.clast)))
        if k == "Ctk":
            return "%s %s" % (c["mwk"], P("person", title_surname(c.clast)))
        if k == "Clc":
            return "%s %s" % (
                R.choice(["mw", "mevr", "mw."]) if g == "f" else R.choice(["dhr", "dhr.", "mr"]),
                P("person", c.clast.lower()),
            )
        if k == "Cflc":
            return P("person", c.cfirst.lower())
        if k == "Ci":
            return P(
                "person",
                "%s. %s" % (c.cfirst[0], title_surname(c.clast) if R.random() < 0.5 else c.clast),
            )
        if k == "Cpos":
            return self.possessive(c.cfirst)
        # relatives
        if k in ("son", "bro", "gkid", "ex_m", "nbkid", "cousin_m"):
            return P("person", self.rel_name("m")[0])
        if k == "Nbw":
            return self["nbw"].capitalize()
        if k in ("daughter", "sis", "cousin", "kid_f", "mother_name"):
            return P("person", self.rel_name("f")[0])
        if k in ("kid", "kid2", "kid3"):
            return P("person", self.rel_name(R.choice("fm"))[0])
        if k == "son_full":
            f, l = self.rel_name("m")
            return P("person", "%s %s" % (f, c.clast if R.random() < 0.7 else l))
        if k == "daughter_full":
            f, l = self.rel_name("f")
            return P("person", "%s %s" % (f, l))
        if k in ("partner", "ex"):
            f, l = self.rel_name("m" if g == "f" else "f", 0.75)
            return P("person", f)
        if k in ("ex_full", "partner_full"):
            f, l = self.rel_name("m" if g == "f" else "f", 0.75)
            return P("person", "%s %s" % (f, l))
        if k == "sonpos":
            return self.possessive(R.choice(ORIGINS[self.origin]["m"]))
        if k == "age_k":
            return str(
                R.randint(3, 17)
                if self.age < 42
                else R.randint(14, 36)
                if self.age < 62
                else R.randint(38, 62)
            )
        if k == "age_rel":
            return str(max(19, self.age - R.randint(22, 34)))
        # neighbours, landlords, volunteers
        if k == "nbg":
            return R.choice("fm")
        if k == "nbw":
            return "buurvrouw" if self["nbg"] == "f" else "buurman"
        if k == "nb":
            return P("person", self.rel_name(self["nbg"], 0.4)[0])
        if k == "nbt":
            f, l = self.rel_name(self["nbg"], 0.4)
            while l == self.clast:
                f, l = self.rel_name(self["nbg"], 0.2)
            return "%s %s" % (
                "mevrouw" if self["nbg"] == "f" else "meneer",
                P("person", title_surname(l)),
            )
        if k == "nbm":
            return P("person", self.rel_name("m", 0.3)[0])
        if k == "ll":
            f, l = self.rel_name("m", 0.3)
            while l == self.clast:
                f, l = self.rel_name("m", 0.1)
            return R.choice(["meneer ", "dhr. ", "de heer "]) + P("person", title_surname(l))
        if k == "volunteer":
            f, l = self.rel_name(R.choice("fm"), 0.3)
            return P("person", f) if R.random() < 0.6 else P("person", "%s %s" % (f, l))
        # professionals
        if k in ("col1", "col2", "col3"):
            return P("person", self.pro_name()[0])
        if k == "me":  # the author; first name only, surname kept for a possible mail address
            f, l = self.pro_name()
            self["_name_me"] = (f, l)
            return P("person", f)
        if k.startswith("colfull") or k == "me_full":
            f, l = self.pro_name()
            self["_name_" + k] = (f, l)
            return P("person", "%s %s" % (f, l))
        if k == "mail_woon":
            self["colfull_woon"]
            f, l = self["_name_colfull_woon"]
            corp = re.sub(r"<org:(.*)>", r"\1", self["corp"])
            dom = ascii_fold(corp).lower().replace(" ", "") + ".nl"
            loc = R.choice(["{i}.{l}", "{f}.{l}", "{i}{l}"])
            return P(
                "email",
                loc.format(
                    i=ascii_fold(f[0]).lower(),
                    f=ascii_fold(f).lower(),
                    l=ascii_fold(l).lower().replace(" ", ""),
                )
                + "@"
                + dom,
            )
        if k == "colinit":
            f, l = self.pro_name()
            return P("person", "%s. %s" % (f[0], title_surname(l)))
        if k == "gp":
            return P(
                "person",
                title_surname(
                    R.choice(PRO_S + ["Brouwer", "Hoekstra", "Tjon", "Lam", "Ramdin", "de Haan"])
                ),
            )
        # dates
        if re.fullmatch(r"D[a-z]?\d", k):
            return P("date", self.date())
        if k in ("Dday", "Dday2"):
            return P("date", self.date(R.choice(["wd", "wd", "wdab", "wdnum"])))
        if k == "Dfull":
            return P("date", self.date(R.choice(["dmy", "num", "numshort", "dots", "iso"])))
        if k == "Dbirth":
            d = datetime.date(self.ref - self.age - 1, R.randint(1, 12), R.randint(1, 28))
            return P(
                "date", fmt_date(d, R.choice(["dmy", "num", "num", "numshort", "dots", "abbry"]))
            )
        if k == "Dbirth_k":
            d = datetime.date(self.ref - int(self["age_k"]) - 1, R.randint(1, 12), R.randint(1, 28))
            return P("date", fmt_date(d, R.choice(["dmy", "num", "numshort"])))
        # contact
        if k in ("tel", "telrel", "telwork", "telnb"):
            if k == "telwork" and R.random() < 0.45:
                return P("phone", gen_landline(self.city))
            return P("phone", gen_mobile())
        if k == "tel2":
            return P("phone", gen_landline(self.city))
        if k == "telf":
            return P("phone", gen_foreign_phone(self.origin))
        if k == "mail":
            return P("email", self.email_for(c.cfirst, c.clast))
        if k == "mailrel":
            f, l = self.rel_name(R.choice("fm"))
            return P("email", self.email_for(f, l))
        if k in ("mail_me", "mail_col"):
            if k == "mail_me" and ("_name_me" in self or "_name_me_full" in self):
                f, l = self.get("_name_me") or self["_name_me_full"]
            else:
                f, l = self.pro_name()
            gem = {
                "Den Haag": "denhaag.nl",
                "Rotterdam": "rotterdam.nl",
                "Utrecht": "utrecht.nl",
                "Amsterdam": "amsterdam.nl",
                "Leiden": "leiden.nl",
                "Zoetermeer": "zoetermeer.nl",
            }[self.city]
            welz = ascii_fold(re.sub(r"<org:(.*)>", r"\1", self["welz"])).lower().replace(" ", "")
            dom = R.choice([gem, welz + ".nl", welz + ".nl", "mee-zhn.nl"])
            loc = R.choice(["{i}.{l}", "{f}.{l}", "{f}{l}", "{l}"])
            return P(
                "email",
                loc.format(
                    i=ascii_fold(f[0]).lower(),
                    f=ascii_fold(f).lower(),
                    l=ascii_fold(l).lower().replace(" ", ""),
                )
                + "@"
                + dom,
            )
        if k in ("iban", "iban2"):
            return P("iban", gen_iban())
        if k == "bsn":
            return P("bsn", gen_bsn())
        if k.startswith("pc"):
            return P("postcode", gen_postcode(self.city))
        if k.startswith("addr") and k != "addrfull":
            return P("address", gen_address(self.city))
        if k == "addrfull":
            return "%s, %s %s" % (self["addr"], self["pc"], self.city)
        if k in ("dos", "dos2", "dos3", "dos_urg", "dos_dw"):
            return P("dossier", gen_dossier(int(self["yr"]) if R.random() < 0.5 else self.ref))
        if k == "elders":
            oc = R.choice([x for x in CITIES if x != self.city])
            return "%s in %s" % (K("wijk", R.choice(CITIES[oc]["w"])), oc)
        if k == "othercity":
            return R.choice(
                [x for x in CITIES if x != self.city]
                + ["Delft", "Rijswijk", "Almere", "Breda", "Antwerpen"]
            )
        if k == "elders_addr":
            oc = R.choice([x for x in CITIES if x != self.city])
            return "%s in %s" % (P("address", gen_address(oc)), oc)
        raise KeyError(k)


# ---------------------------------------------------------------- templates
# Themes: ouderen, hg (huiselijk geweld), bemoeizorg, schulden, eenzaam, lvb, wonen, jeugd, mantelzorg, status, verslaving
ANL = {
    "ouderen": [
        "{Ct} ({age}) woont alleen op {addr} en raakt steeds vaker de weg kwijt; {haar} dochter {daughter} belde ons in paniek nadat {zij} om drie uur 's nachts in nachtkleding bij de tramhalte was gevonden door een taxichauffeur.",
        "De <role:casemanager dementie> van {hosp} merkte dat {mw} de medicijnen niet meer innam, maar {Cf} zelf vond alles 'prima, ik red me al {n2} jaar alleen, daar heb ik jullie niet voor nodig'.",
        "Sinds het overlijden van {haar} {partnerword} {partner} in {yr} komt {Ctk} de deur nauwelijks uit, en eigenlijk hield alleen de {nbw}, {nb}, nog een oogje in het zeil (die belde ons uiteindelijk ook, op {D1}, vanaf {addr_nb}).",
        "Het was de <role:wijkverpleegkundige> van {hosp} die aan de bel trok: bij {C}, {age} jaar, stonden de pakjes eten van de tafeltjesdekservice ongeopend in de gang en de thermostaat stond in {month} op dertien graden.",
    ],
    "hg": [
        "Op {D1} kwam er via <org:Veilig Thuis> een melding binnen (ons kenmerk {dos_vt}) over spanningen tussen {C} en {haar} ex-partner {ex_full}, die ondanks een contactverbod nog regelmatig bij de flat in {W} voor de deur stond.",
        "{Cf} vertelde pas bij het derde gesprek dat {ex} {haar} telefoon controleerde en dat {zij} daarom een tweede nummer had ({tel}) dat alleen {haar} zus {sis} kende.",
        "De school van de jongste, {kid}, maakte zich zorgen omdat {kid} een paar keer met blauwe plekken kwam en tegen de juf zei dat 'papa weer boos was geweest' (gemeld op {D2}).",
        "Het begon met een politiemelding van {Dday} op {addr}; de buren hoorden geschreeuw, {Cf} zei tegen de agenten dat {zij} 'gewoon gevallen' was.",
    ],
    "bemoeizorg": [
        "{Ct} is al jaren zorgmijdend; de buren klaagden over stank en de <role:woonconsulent> van {corp} dreigde met een ontruimingsprocedure omdat de woning op {addr} ernstig vervuild was.",
        "{Cf} heeft een lange geschiedenis bij {ggz}, maar liet zich na {yr} niet meer zien; {haar} broer {bro} zei aan de telefoon: 'Die vertrouwt niemand meer die een pasje om zijn nek heeft.'",
        "Via de <role:wijkagent> hoorden we dat de politie rond {Dday} al {n} keer was geweest bij {Clc} op {addr}, steeds vanwege geschreeuw en gebonk in de nacht.",
        "De melding kwam van de huismeester, {nbm}, die {Ci} ({age}) al weken niet had gezien terwijl de brievenbus van {addr} uitpuilde.",
    ],
    "schulden": [
        "{C} had bij de aanmelding een schuld van {amt}, verspreid over {n2} schuldeisers, waaronder het <org:CJIB> en {corp}, en de huur was al {dur} niet betaald.",
        "Het <org:UWV> had de uitkering stopgezet omdat een formulier niet was teruggestuurd, en {Cf} leefde {dur} van wat {haar} zoon {son} af en toe overmaakte naar {iban}.",
        "Het kwam aan het licht toen de <role:bewindvoerder> ons op {D1} mailde dat er van de rekening van {Ctk} ({iban}) al maanden incasso's werden gestorneerd.",
        "{Cf} kwam binnen bij het <org:Servicepunt XL> met een plastic tas vol ongeopende enveloppen; bovenop lag een aanmaning met kenmerk {dos_cjib} en een brief van de deurwaarder van {D2}.",
    ],
    "eenzaam": [
        "{Cf} ({age}) zei in het eerste gesprek letterlijk: 'De enige met wie ik nog praat is {nb} van de overkant, en die is zelf ook al over de tachtig.'",
        "{Ct} woont sinds {yr} in {W}, heeft geen kinderen, en {haar} enige contact is een nicht, {cousin}, die in {othercity} woont en één keer per maand belt (meestal op zondag).",
        "De <role:ouderenadviseur> van {welz} kwam {C} tegen bij de huisarts: {zij} zat er volgens de assistente 'bijna elke week, eigenlijk alleen voor de aanspraak'.",
    ],
    "lvb": [
        "{C} heeft een licht verstandelijke beperking en werd door zogenaamde vrienden gebruikt: ze logeerden wekenlang in {haar} woning aan de {street} en er werden steeds nieuwe telefoonabonnementen op {haar} naam afgesloten.",
        "De <role:MEE-consulent>, {col2}, wist al langer dat {Cf} moeite had met brieven, maar pas toen er op {D2} een deurwaarder aan de deur stond, kwam er beweging in de zaak.",
        "{Cf} ({age}) woonde tot {haar} dertigste bij {haar} moeder {mother_name}; na haar overlijden bleef {zij} alleen achter op {addr}, zonder dat iemand wist hoe de rekeningen betaald werden.",
    ],
    "wonen": [
        "De huisbaas, {ll}, had de huur van de kamer op {addr} per {D1} opgezegd, en {Cf} dreigde met twee kinderen op straat te komen.",
        "Na een brand in de flat aan de {street} in {W} moest {Ct} met spoed verhuizen; de tijdelijke woning was in {W2}, ver van de school van de kinderen en van {haar} moeder.",
        "{corp} had een ontruimingsvonnis voor {addrfull}, uitvoering gepland op {D2}; {C} had daar niets van gezegd tegen wie dan ook.",
    ],
    "jeugd": [
        "In het gezin {Cl} ({ouder} {Cf}, {age}, en drie kinderen: de oudste, {son}, de middelste, {kid}, en de jongste, {kid2}) liepen vier hulpverleners langs elkaar heen.",
        "Het <org:CJG> meldde dat {son} ({age_k}) al {dur} nauwelijks naar school ging; {Cf} had {haar} handen vol aan de zorg voor {haar} zieke {partnerword}, {partner}.",
        "De <role:jeugdprofessional> belde ons omdat de oudste dochter, {daughter}, op haar vijftiende feitelijk het huishouden draaide terwijl {haar} {ouder} in bed lag.",
    ],
    "mantelzorg": [
        "{daughter_full} zorgt al {dur} bijna fulltime voor haar {ouder}, {Ct} ({age}), naast een baan van 32 uur, en zat bij het eerste gesprek in tranen: 'Ik kan niet meer, maar ik kan ook niet stoppen.'",
        "{Haar} {partnerword}, {partner}, is sinds {yr} de mantelzorger van {C}, maar viel in {month} zelf van de trap en lag {dur2} in {hosp}.",
        "De <role:mantelzorgconsulent> kwam in beeld toen {Cpos} zoon {son} ons mailde vanaf {mailrel} dat zijn zus en hij 'het echt niet meer trokken'.",
    ],
    "status": [
        "{C} kwam in {yr} als statushouder naar {city} en woont met vier kinderen op {addr}; de gesprekken liepen in het begin via de oudste, {son}, wat achteraf geen goed idee bleek.",
        "Bij {Cf} speelde vooral de taal: brieven van de <org:Belastingdienst> over toeslagen bleven in een la liggen, tot er een terugvordering van {amt} kwam.",
        "{Ct} ({age}) is in {yr} via <org:Vluchtelingenwerk> in {W} gehuisvest; {haar} {partnerword} {partner} zit nog in een opvang in {othercity} en belt vanaf {telf}.",
    ],
    "verslaving": [
        "{Cf} gebruikt al sinds {haar} twintigste; de <role:verslavingsarts> van <org:Brijder> was {hem} in {yr} uit het oog verloren en de huisarts kende {hem} alleen van de spoedpost.",
        "{C} ({age}) dronk volgens {haar} zus {sis} 'vanaf het ontbijt', en de buren van {addr} hadden al {n} keer een klacht ingediend bij {corp}.",
    ],
}

DOELGROEP = {
    "ouderen": [
        "Ouderen ({age}+) die alleen wonen en zorg afhouden.",
        "Thuiswonende ouderen met (beginnende) dementie zonder netwerk.",
    ],
    "hg": [
        "Gezinnen waar huiselijk geweld speelt en meerdere hulpverleners betrokken zijn.",
        "Vrouwen die na een scheiding nog steeds worden lastiggevallen door hun ex.",
    ],
    "bemoeizorg": [
        "Zorgmijders met psychiatrische problematiek en woonoverlast.",
        "Bewoners die niemand binnenlaten en waar de buren over klagen.",
    ],
    "schulden": [
        "Alleenstaanden met problematische schulden die hun post niet meer openen.",
        "Huishoudens met een huurachterstand en dreigende ontruiming.",
    ],
    "eenzaam": [
        "Eenzame ouderen zonder familie in de buurt.",
        "Mensen die vooral de huisarts bezoeken voor de aanspraak.",
    ],
    "lvb": [
        "Volwassenen met een LVB die financieel worden misbruikt.",
        "Jongvolwassenen (LVB) die na het overlijden van een ouder alleen komen te staan.",
    ],
    "wonen": [
        "Gezinnen die dakloos dreigen te raken.",
        "Huurders van particuliere kamerverhuurders.",
    ],
    "jeugd": [
        "Gezinnen met schoolverzuim en een ouder met eigen problematiek.",
        "Gezinnen met 'te veel hulp': meerdere trajecten naast elkaar.",
    ],
    "mantelzorg": [
        "Overbelaste mantelzorgers van thuiswonende ouderen.",
        "Mantelzorgers die zelf ook zorg nodig hebben.",
    ],
    "status": [
        "Statushouders in de eerste jaren na huisvesting.",
        "Nieuwkomers met een taalbarrière en toeslagenschulden.",
    ],
    "verslaving": [
        "Mensen met verslaving die overlast veroorzaken.",
        "Zorgmijdende drinkers die alleen wonen.",
    ],
}

OPEN = [
    "Ik wil een casus delen die me lang is bijgebleven, over een {vrouw} van {age} uit {W}; ik noem {hem} hier maar 'de {vrouw} met de duiven', al heet {zij} natuurlijk gewoon {Cf}.",
    "Vorig jaar kreeg ons team in {W} een melding van de <role:woonconsulent> van {corp} over {Ct}, {age}, die volgens de buren 'al weken niet buiten was geweest'.",
    "Deze les gaat over samenwerken met de <role:huisarts> als de cliënt zelf geen hulp wil; ik schrijf hem op omdat we er in {W} echt iets van geleerd hebben.",
    "Het begon met een telefoontje van {haar} zoon {son} (die in {othercity} woont) op {D1}: 'Mijn {ouder} eet niet meer en doet de deur niet open, kunnen jullie gaan kijken?'",
    "Ik ben {me}, <role:maatschappelijk werker> bij {welz}, en ik werk nu {dur2} in het {team} in {W}; dit is mijn eerste casusles hier, dus wees mild.",
    "Een korte les, want ik heb weinig tijd: soms moet je de regels even loslaten.",
    "Toen ik {Cf} voor het eerst sprak, in de wachtruimte van het <org:Servicepunt XL> in {W}, zei {zij} meteen: 'Ik wil geen hulp, ik wil alleen dat die brieven ophouden.'",
    "Misschien herkennen jullie dit: een cliënt die overal bekend is en nergens echt geholpen wordt. Zo was het met {C} ({age}), die sinds {yr} in {W} woont.",
    "Via de <role:wijkagent> kwamen we bij een gezin aan de {street} terecht (in het dossier staat het gezin onder {Cl}, {dos}).",
    "Ik had {Ct} al drie keer 'op de lijst' staan voordat ik echt binnenkwam, en dat zegt eigenlijk al genoeg over hoe wij soms werken.",
    "Wat ik hier beschrijf speelde in {yr} en {refyr}, in {W}, en ik heb er nog steeds gemengde gevoelens over.",
    "Naar aanleiding van de bijeenkomst over bemoeizorg vroeg {col1} of ik de casus van {Ctk} wilde opschrijven, dus bij dezen.",
    "Geen succesverhaal, wel een leerzaam verhaal.",
    "Er was weinig hoop toen we begonnen, dat moet ik eerlijk zeggen.",
    "Sinds {D1} ben ik betrokken bij {Ct}, en ik schrijf dit op na de afsluiting op {D4}.",
    "Deze casus liep van {D1} tot {D4}, bijna helemaal in {W}.",
]

AANPAK = [
    "We hebben eerst niets 'gedaan', alleen koffie gedronken: ik ging {dur} lang elke {wd} langs, en pas bij de zesde keer liet {Cx} me de brieven zien.",
    "Samen met {col1} (<role:wijkverpleegkundige>) ben ik op {Da2} onaangekondigd langsgegaan; we belden eerst aan bij de buren, bij {nbt}, die een reservesleutel had.",
    "We hebben één plan gemaakt met één regisseur: {col1} werd <role:casusregisseur> en iedereen anders stemde via die ene persoon af, ook de <role:jeugdprofessional> van het <org:CJG>.",
    "Ik heb de <role:schuldhulpverlener> van {debt} gevraagd om mee te gaan naar huis, zodat {Cx} niet weer naar een kantoor hoefde; de intake was op {Da2} aan de keukentafel op {addr}.",
    "De huisarts, dokter {gp}, wilde eerst niets delen; pas nadat {Cx} op {Da3} de toestemmingsverklaring had getekend kwam het gesprek op gang.",
    "We hebben {haar} zus {sis} erbij gehaald, die in {elders} woont en op zaterdag kan komen; haar nummer ({telrel}) hangt nu op de koelkast.",
    "Met {corp} hebben we een 'laatste kans'-afspraak gemaakt: de ontruiming werd opgeschort zolang de huur via de <role:bewindvoerder> rechtstreeks werd betaald, en de achterstand van {amt} werd in {n2} termijnen afgelost.",
    "We hebben een <role:ervaringsdeskundige> ingezet, {col3}, die zelf jarenlang in de schulden heeft gezeten; {Cx} zei na het eerste gesprek: 'Die snapt het tenminste.'",
    "Ik heb het <org:Wmo-loket> gevraagd om een spoedindicatie voor huishoudelijke hulp; die kwam er binnen {n} werkdagen, wat in {city} echt uitzonderlijk is.",
    "In het MDO op {Da3} zaten voor het eerst alle partijen aan tafel: <org:Veilig Thuis>, de <role:wijkagent>, {ggz}, {corp} en wij.",
    "We spraken af dat {Cx} me kon appen op mijn werknummer ({telwork}) in plaats van te bellen, want bellen vond {zij} 'te eng'.",
    "Omdat {ex} steeds opdook, hebben we met de politie een veiligheidsplan gemaakt en tijdelijk onderdak geregeld bij {sis}, {addr2} (dat adres staat bewust nergens in de systemen).",
    "Ik heb de oudste, {son}, apart gesproken, omdat hij ongemerkt de 'tolk' van het gezin was geworden en daar zichtbaar onder leed.",
    "We hebben aangemeld bij de thuisadministratie van <org:Humanitas>; de vrijwilliger, een gepensioneerde boekhouder die {volunteer} heet, komt nu om de week op {wd}.",
    "Via de <role:Wmo-adviseur> kreeg {Cx} een plek bij de dagbesteding van {welz}, twee ochtenden per week, en dat bleek achteraf de sleutel.",
    "We hebben de aanvraag bijzondere bijstand samen ingevuld (BSN {bsn}, ik weet het, dat had ik hier niet moeten zetten) en na {dur2} kwam de toekenning.",
    "Alle post ging voortaan naar een postadres bij {welz}, zodat er niet meer alles op {addr} in de bus lag waar {ex} bij kon.",
    "Ik heb {Cx} gekoppeld aan een maatje via <org:Humanitas>, {volunteer}, die zelf ook jaren in {W} heeft gewoond en dezelfde humor heeft.",
    "We hebben met de <role:huisarts> afgesproken dat de <role:POH-GGZ> een huisbezoek zou doen, wat normaal niet kan, maar voor {Ct} werd een uitzondering gemaakt.",
    "De <role:bewindvoerder> ({colfull_bw}) heeft een leefgeldrekening geopend, {iban2}, zodat {Cx} elke {wd} {amt_small} leefgeld krijgt.",
    "We zijn gaan werken met vaste dagen: op {wd} komt {col1}, op {wd2} de <role:thuisbegeleider> van {hosp}, en in het weekend {haar} kleinzoon {gkid}.",
    "Ik heb een tolk geregeld via de tolkentelefoon in plaats van de kinderen te laten vertalen; het eerste echte gesprek met {Ct} was op {Da3}.",
    "Met de <role:klantmanager> van het Werkplein hebben we de uitkering met terugwerkende kracht hersteld; het zaaknummer daar was {dos_wp}.",
    "We hebben {Cx} zelf laten bepalen waar we begonnen; {zij} koos voor de kapotte wasmachine, niet voor de schulden, en dat was precies goed.",
    "{col1} heeft met {corp} geregeld dat de vervuilde woning in {n} dagen werd schoongemaakt, met {Cx} erbij, zodat {zij} zelf kon kiezen wat weg mocht.",
    "Ik ben met {Cx} op {Dday} naar het gemeentehuis gegaan om een nieuw ID aan te vragen; zonder ID lag alles stil, van de bank tot de huurtoeslag.",
    "De <role:casusregisseur>, {colfull_reg}, heeft het Zorg- en Veiligheidshuis ingeschakeld; daar kreeg de casus het nummer {dos_zvh} en ging het ineens snel.",
    "De brieven over de huurtoeslag gingen naar {addr}, {pc}, terwijl {Cx} daar al {dur2} niet meer woonde.",
    "Ik mailde de afspraken steeds naar {mail}, met een kopie aan {haar} zus ({mailrel}), omdat {Cx} dat zelf zo wilde.",
    "De bewindvoerder had het BSN ({bsn}) en een nieuwe rekening ({iban}) nodig; dat hebben we op {Da3} samen bij de bank geregeld.",
    "We vroegen een urgentieverklaring aan voor een woning in {W2}; op de aanvraag (kenmerk {dos_urg}) stond nog het oude adres, {addr}, {pc}.",
    "Voor de aanmelding bij {debt} hadden we alles nodig: loonstroken, het BSN ({bsn}), afschriften van {iban} van drie maanden.",
    "Op {Da2} hebben we {haar} broer {bro} gebeld ({telrel}); die wist van niets en schrok zich rot.",
    "De eerste afspraak was op {Dday}, de tweede pas op {Da3}, omdat {Cx} tussendoor in het ziekenhuis lag.",
    "Vanaf {Da3} kwam de <role:wijkverpleegkundige> dagelijks, en sindsdien zitten de medicijnen in een baxterrol.",
    "We hebben op {Da2} zelf een melding gedaan bij <org:Veilig Thuis> (referentie {dos_vt}), met medeweten van {Cx}.",
]

WERKZAAM = [
    "Geduld, en vooral: niet met een formulier beginnen.",
    "Dat {col1} en ik steeds samen gingen, zodat {Cx} niet elke keer een nieuw gezicht zag.",
    "De korte lijn met de corporatie; de <role:woonconsulent>, {colfull_woon}, nam gewoon op als ik belde ({telwork}).",
    "Het informele netwerk serieus nemen: de {nbw}, {nb}, bleek meer te weten dan alle dossiers bij elkaar.",
    "Eén vast aanspreekpunt en één plan, zoals ze in Utrecht zeggen: één gezin, één plan, één regisseur.",
    "Humor. {Cx} moest lachen toen ik de tiende envelop van het <org:CJIB> openmaakte: 'Die kennen jou inmiddels ook wel, hè.'",
    "Dat we op {haar} tempo gingen, ook al duurde het {dur}.",
    "De <role:ervaringsdeskundige>; die komt binnen waar wij als professionals niet binnenkomen.",
    "Huisbezoeken in plaats van afspraken op kantoor.",
    "Het gesprek met de bakker op de hoek van de {street}, die al jaren zag hoe {Cx} achteruitging en blij was dat eindelijk iemand vroeg.",
    "Dat de toestemmingsverklaring er al in week één lag.",
    "Kleine successen vieren: de eerste betaalde huur ({Dw4}) hebben we gevierd met gebak.",
    "De koster van de kerk aan de {street2} hield een oogje in het zeil; via hem kwamen we binnen.",
    "Hoop doet leven, maar een plan met vaste dagen helpt meer.",
]

NIET = [
    "Verwijzen naar de GGZ zonder verwijsbrief van de huisarts: {Cx} werd twee keer teruggestuurd, de laatste keer op {Dn3}.",
    "Brieven sturen. {Ct} maakte niets open, ook niet als er 'belangrijk' op stond.",
    "Het eerste plan van aanpak was óns plan, niet dat van {Cx}; {zij} heeft het na een week in de prullenbak gegooid (letterlijk, {haar} dochter {daughter} vond het terug).",
    "De wachtlijst bij {ggz}: {dur2} wachten is voor iemand als {Cx} gewoon te lang.",
    "Dat ik in het begin te veel via {son} communiceerde; daardoor voelde {Cx} zich gepasseerd.",
    "Afspraken op kantoor. {Cx} kwam nooit opdagen, behalve één keer, op {Dday}, toen het regende en {zij} toch in de buurt was.",
    "Het eerste contact met de deurwaarder (dossier {dos_dw}); die wilde alleen met de cliënt zelf praten en niet met ons.",
    "Het gezamenlijke gesprek met {ex} erbij. Achteraf onveilig en ook niet nodig.",
    "Te snel willen. In {month} wilde ik al een bewindvoerder aanvragen, {Cx} haakte meteen af.",
    "De overdracht naar {ggz} ging per mail en kwam nooit aan; {Cpos} dossier lag {dur2} op de verkeerde stapel.",
    "Het nummer in ons systeem ({tel}) klopte niet meer; {dur2} lang belden we naar iemand anders.",
    "De winter was zwaar: de verwarming was afgesloten en {Cx} zat binnen met een jas aan.",
]

UITKOMST = [
    "Na {dur} woont {Cx} nog steeds op {addr}, de achterstand is weg en {zij} gaat elke {wd} naar het buurthuis.",
    "De casus is op {D4} gesloten; {Cx} heeft nu een <role:bewindvoerder> en een vaste <role:wijkverpleegkundige>.",
    "{Ct} is inmiddels verhuisd naar een aanleunwoning in {W2}; de nieuwe contactpersoon is {haar} kleinzoon {gkid} ({telrel}).",
    "Het gaat niet goed, eerlijk gezegd. {Cx} is in {month} opnieuw opgenomen, maar dit keer via de huisarts en niet via de politie, en dat is winst.",
    "De kinderen gaan weer naar school, {son} heeft een stageplek gevonden in {W2}, en de melding bij <org:Veilig Thuis> is afgesloten.",
    "Er loopt nu een schuldregeling; het dossiernummer bij {debt} is {dos_shv}.",
    "{Cx} belde me op {D4}, zomaar, om te vertellen dat {zij} een baantje had bij de kringloop. Dat was het mooiste telefoontje van het jaar.",
    "{Cx} woont sinds {D4} op {addr3}, {pc2}, een benedenwoning zonder trap, en de <role:thuisbegeleider> komt drie keer per week.",
    "De ontruiming is van de baan. {corp} heeft het huurcontract (nr. {dos3}) omgezet naar een contract met begeleiding.",
    "Het contact met {haar} kinderen is hersteld; {daughter} komt weer elke zondag eten.",
    "Sinds {D4} is er geen nieuwe melding meer geweest.",
    "Op {D4} was de laatste afspraak; {Cx} gaf me een doos bonbons en zei: 'Nu mag je weggaan.'",
]

LES = [
    "Begin bij wat de cliënt zelf wil, ook als dat iets kleins is, zoals de kapotte wasmachine van {Cx}.",
    "Vraag altijd naar het netwerk; bij ons bleek {nbw} {nb} meer te weten dan de hele zorgketen.",
    "Zorg dat de toestemmingsverklaring vroeg getekend is, dan kun je met de huisarts en de GGZ schakelen.",
    "Wees niet bang om ongevraagd langs te gaan; bemoeizorg is geen inbreuk als je uitlegt waarom je er bent.",
    "Zet nooit het nieuwe adres van iemand die zich verstopt in een gedeeld systeem.",
    "Leg het contact met de woningcorporatie vóór er een vonnis ligt, niet erna.",
    "Als een kind tolkt voor een ouder: regel een professionele tolk, ook als dat een week langer duurt.",
    "Check bij de <role:ouderenconsulent> of er al een casemanager is; in {W} bleken we met z'n drieën naar dezelfde {mw} te gaan.",
    "Neem de mantelzorger ook serieus als iemand die zelf hulp nodig heeft.",
    "Tijd is het belangrijkste instrument, en dat moet je als team ook durven verantwoorden.",
    "Een goed gesprek met de buren is soms meer waard dan drie MDO's.",
    "Plan evaluaties niet in de zomer; in juli en augustus is de helft van de partijen weg.",
]

OVERDR = [
    "Goed overdraagbaar naar andere wijken; in {W2} werkt het team al op een vergelijkbare manier.",
    "Alleen als je een corporatie hebt die wil meedenken; met {corp} lukte het, met particuliere verhuurders veel minder.",
    "Vraagt tijd. Reken op minstens {dur2} en een teamleider die dat accepteert.",
    "Overdraagbaar, mits er een vaste <role:wijkagent> is; in {W3} wisselt die te vaak.",
    "Bruikbaar voor elk team, het kost vooral aandacht en niet veel geld.",
]

SLIP = [
    "(voor wie het dossier wil opvragen: {dos})",
    "Ik zet hier nog even het nummer van de dochter, {daughter}, {telrel}, mocht iemand uit {W2} de casus overnemen.",
    "Het bankrekeningnummer ({iban}) stond trouwens gewoon op een briefje op de koelkast, samen met de pincode.",
    "De oude {nbw}, {nbt}, zei op {Ds2} tegen me: 'Ik heb {Cx} nog als klein {kindword} gekend, toen was het hier een gezellige straat.'",
    "Het mailadres dat {zij} gebruikt is {mail}, maar {zij} leest het bijna nooit.",
    "{Cx} is geboren op {Dbirth}, dus {zij} werd tijdens de casus {age}.",
    "(Ja, dat is dezelfde familie {Cl} als in die andere casus in {W2}.)",
    "Noot aan mezelf: {Cpos} nieuwe adres is {addr3}, {pc2}, nog doorgeven aan {corp}.",
    "De zoon van de buren, {nbkid}, deed de boodschappen voor een tientje per week.",
    "{Haar} BSN ({bsn}) stond verkeerd in het systeem van het <org:UWV>, waardoor alles {dur2} vertraging opliep.",
    "Contact zus ({sis}): {telrel}.",
    "(adres: {addrfull})",
    "Het oude adres, {addr_old}, staat nog in het systeem van de <org:SVB>, dus daar gaat de post nog steeds heen.",
    "Tel. {Cx}: {tel}, liefst na twaalf uur bellen, 's ochtends slaapt {zij}.",
    "{Haar} nieuwe adres is {addr3}, {pc2} {city} (graag niet verder doorsturen).",
    "{Cx} is per mail bereikbaar via {mail}.",
    "(mail dochter: {mailrel})",
    "Voor de aanvraag gebruikten we {Cpos} BSN, {bsn}, en rekeningnummer {iban}.",
    "De postcode ({pc}) valt eigenlijk net buiten ons werkgebied, maar we hebben de casus toch gehouden.",
    "Het klantnummer bij de <org:SVB> is {dos_svb}, BSN {bsn}.",
    "Bereikbaar op {tel} of via {mail}.",
    "(Huisadres voor de volledigheid: {addr}, {pc}.)",
    "(huisarts: {tel2})",
    "Het nummer van de {nbw}, {telnb}, staat met toestemming in het dossier.",
    "Afspraak gemaakt voor {Dday} om 10.00 uur.",
    "Dossiernummer bij ons: {dos}.",
    "(casusnr. {dos}, eerdere melding onder {dos2})",
]

QUOTE = [
    "'Ik ben niet gek, {col1}, ik ben gewoon moe,' zei {Cf} op een gegeven moment tegen mijn collega.",
    "{Haar} zoon {son} zei: '{Mama} vraagt nooit om hulp, dat hebben we van huis uit niet geleerd.'",
    "'Bel maar naar {sis}, die regelt alles,' was steeds het antwoord van {Cf}.",
    "'Als {ex} erachter komt dat ik met jullie praat, ben ik de klos,' zei {zij} op {Dq2} in de auto.",
    "'Die meneer van de woningbouw is de enige die me nog groet,' zei {Cf}, en toen wist ik waar we moesten beginnen.",
    "'Jullie komen en gaan, maar {nb} blijft,' zei {Cf} over de {nbw}.",
    "'Mijn {partnerword} deed altijd de papieren,' zei {Ct}, 'ik weet niet eens bij welke bank we zitten.'",
    "'Ik heb liever dat {daughter} het niet weet,' zei {Cf}, 'die heeft al genoeg aan haar hoofd.'",
]

SIGN = [
    "Groet, {me} (<role:maatschappelijk werker>, {team} {W})",
    "— {me_full}, <role:wijkverpleegkundige> bij {hosp}",
    "Vragen? Bel me gerust: {telwork}. {me}",
    "{me} | <role:welzijnscoach> | {mail_me}",
    "Geschreven door {me}, met dank aan {col1} en {col2}.",
    "{me_full}\n<role:casusregisseur> {team} {W}\n{telwork}",
    "Groetjes {me}",
    "Met vriendelijke groet,\n{me_full} (<role:Wmo-adviseur>)",
    "{me} ({telwork} / {mail_me})",
    "Wie meer wil weten: {mail_me} of {telwork}, vraag naar {me}.",
    "{me}, <role:ouderenconsulent>, bereikbaar ma-do via {telwork}",
]

TITLES = [
    "Casusles: de sleutel lag bij de buren",
    "Les: eerst koffie, dan formulieren",
    "Wat ik leerde van {Cf}",
    "Titel: één plan, één regisseur",
    "Casusles - huisbezoek zonder afspraak",
    "Les uit de praktijk ({team} {W})",
    "Geen succesverhaal",
    "Casusles {refyr}-{n2}",
    "Casus {dos}: wat we leerden",
    "Casus {W}, {yr}",
]
TITLES_TH = {
    "bemoeizorg": ["Bemoeizorg in {W}", "De deur die dicht bleef"],
    "schulden": ["Casus {W}: schulden en schaamte"],
    "hg": ["Huiselijk geweld: wie houdt het overzicht?"],
    "mantelzorg": ["Mantelzorg die te zwaar wordt"],
    "wonen": ["Ontruiming voorkomen: het kan"],
    "ouderen": ["Ouderen en de deur die dicht blijft"],
    "status": ["Over tolken, kinderen en tijd"],
    "jeugd": ["Over tolken, kinderen en tijd"],
    "eenzaam": ["Eenzaamheid is geen indicatie"],
    "lvb": ["'Vrienden' en een LVB"],
    "verslaving": ["Drank, stank en geduld"],
}


def title(ctx):
    return R.choice(TITLES + TITLES_TH[ctx.theme] * 3)


LIST_ITEMS = [
    "Ga op huisbezoek, ook als er niet wordt opengedaan. Bij {Ct} op {addr} heb ik vier keer voor een dichte deur gestaan; de vijfde keer, op {Dl2}, deed {zij} open.",
    "Betrek de buren, maar met toestemming. {Nbw} {nb} had al maanden een sleutel en wist precies wanneer {Cx} slechte dagen had.",
    "Laat kinderen niet tolken. De oudste, {son}, was {age_k} en vertaalde alle brieven van de <org:Belastingdienst> voor zijn {ouder}.",
    "Regel de post. Alles wat naar {addr} ging bleef liggen; sinds de post naar de bewindvoerder gaat ({dos_shv}) lopen er geen nieuwe boetes meer op.",
    "Bel de huisarts in plaats van te mailen. Dokter {gp} reageerde op mijn mail van {Dl1} pas na drie weken, telefonisch was het in vijf minuten geregeld.",
    "Schrijf op wie wat doet. In het MDO van {Dl3} bleek dat {col1} en de <role:wijkverpleegkundige> allebei dachten dat de ander de indicatie zou aanvragen.",
    "Zoek de mensen die de cliënt wél vertrouwt. Voor {Cx} was dat de man van de buurtsuper, {nbm}, bij wie {zij} al twintig jaar brood haalt.",
    "Houd het de eerste weken bij één gezicht. {Cx} had in {dur} zeven hulpverleners gezien; pas met {col1} ontstond vertrouwen.",
    "Check meteen de inkomsten. Bij {Cx} bleek na één telefoontje met de <org:SVB> (klantnummer {dos_svb}) dat de AOW-aanvulling nooit was aangevraagd.",
    "Zet geen gevoelige adressen in verslagen. Het opvangadres van {Cx} bij {haar} zus {sis} ({addr2}) stond in drie mails, waaronder één aan een externe partij.",
    "Gebruik bewonersinitiatieven. Het koffie-uurtje in het wijkcentrum in {W} wordt gerund door {volunteer}, en daar zit {Cx} nu elke {wd}.",
    "Neem de mantelzorger serieus als cliënt. {daughter} ({age_rel}) zat zelf al maanden ziek thuis van de zorg voor haar {ouder}.",
    "Durf te wachten. {Ct} had {dur} nodig voordat {zij} over {haar} {partnerword} {ex} wilde praten.",
    "Vraag door over geld. {Cx} zei eerst dat alles 'geregeld' was, maar op rekening {iban} stond op {Dl4} een tekort van {amt}.",
    "Werk samen met de wijkagent. {colinit}, de <role:wijkagent> in {W}, kende {Cx} al jaren en kon de deur openen die voor ons dicht bleef.",
    "Schrijf de nummers van het netwerk op. Bij {Cx} hing er alleen een briefje met '{daughter} {telrel}' op de koelkast, en dat bleek goud waard.",
    "Controleer de inschrijving. {Cx} stond nog ingeschreven op {addr}, {pc}, en daardoor kwam er {dur} geen post aan.",
    "Vraag naar een mailadres van iemand die wél leest. Bij {Cx} was dat de kleindochter ({mailrel}).",
    "Kijk samen naar de afschriften. Pas toen we de afschriften van {iban} doorliepen, zag {Cx} hoeveel er naar belspelletjes ging.",
    "Bel de buren terug. {Nbw} {nb} had {n} keer gebeld (altijd vanaf {telnb}) voordat iemand terugbelde.",
    "Leg afspraken vast in de taal van de cliënt. Het plan voor {Cx} hebben we samen met de tolk, {volunteer}, in eenvoudige woorden opgeschreven.",
    "Controleer of het BSN klopt. Bij {Cx} stond {bsn} in het ene systeem en een ander nummer in het andere, en dat kostte {dur2}.",
]

QUICK = [
    "korte les nav {Clc} ({age}, {W}): hb op {D1} samen met {col1}, clt wilde eerst niet opendoen. pas toen {nbw} {nb} erbij kwam lukte het.",
    "clt heeft schuld ca. {amt}, aangemeld SHV op {D2}, dossiernr {dos}. dochter {daughter} ({telrel}) helpt met de post.",
    "let op: {Cflc} reageert alleen op whatsapp ({tel}), niet op brieven of mail.",
    "les: eerst vertrouwen, dan pas formulieren. werkte bij {Clc} echt beter dan bij de vorige casus.",
    "tip voor teams in {W2}: de <role:woonconsulent> van {corp}, {colfull_woon}, is heel benaderbaar, mail {mail_woon}.",
    "mdo {D3} met {ggz}, {corp} en wijkagent. afspraak: {col1} coördineert, ik doe de financiën.",
    "zn {son} woont op {addr_son}, komt 1x p/w. heeft volmacht, dat scheelt veel.",
    "clt {Ci}, geb. {Dbirth}, BSN {bsn}, woont {addr}. (dit moet er natuurlijk nog uit voor publicatie)",
    "wat werkte: samen boodschappen doen op {wd}. wat niet: bellen, clt neemt nooit op.",
    "ivm privacy geen details, alleen: {Cf} is er echt bovenop gekomen en dat komt door het netwerk (zus {sis}, {nbw} {nb}).",
    "overdracht naar {team} {W2} per {D4}, nieuwe regisseur wordt {col2}.",
    "nieuw adres clt: {addr3}, {pc2}. tel {tel}.",
    "mail clt {mail}, bsn {bsn}, rek {iban}, voor aanvraag BB.",
    "postcode {pc} valt onder {team} {W}, niet onder {W2}; even checken bij de intake.",
    "clt verhuisd naar {addr3} ({pc2}), contact via {mail}.",
    "dossier {dos} afgesloten op {D4}, heropend als {dos2}.",
    "ref. {dos_zvh} (ZVH), contactpersoon daar {colfull_zvh}.",
]


# ---------------------------------------------------------------- hand-written texts
# These use the same slots (names etc. are still generated) or fixed markup for
# specific adversarial cases.
HAND = [
    (
        "ouderen",
        "Doelgroep: alleenwonende ouderen met beginnende dementie\n"
        "Aanleiding: In {month} meldde de <role:ouderenconsulent> dat mevrouw [[person:Roos]] (86), weduwe, drie keer de brandweer had laten komen omdat de pan op het vuur stond. Haar enige zoon, [[person:Wim]], woont in Canada en belt op zondag.\n"
        "Aanpak: Via [[person:Wim]] (die we op [[date:12 maart]] via videobellen spraken) kregen we toestemming om de huisarts te bellen; de <role:casemanager dementie> van <org:Florence> komt nu wekelijks.\n"
        "Wat werkte niet: een kookwekker. Mevrouw vond hem 'onzin' en gaf hem aan de buurvrouw.\n"
        "Les voor andere teams: vraag naar wie er wél elke dag komt; bij mw. [[person:Roos]] was dat de man die de krant bezorgt. De rozen in haar tuintje stonden er trouwens prachtig bij.",
    ),
    (
        "jeugd",
        "Wat ik van het gezin [[person:Chen]] heb geleerd (<wijk:Bouwlust>, {refyr})\n\n"
        "[[person:Mei]] (41) runt samen met haar broer een afhaalrestaurant en werkt zes dagen per week. In mei ging het mis: de oudste, [[person:Kai]], werd door de leerplichtambtenaar opgeroepen omdat hij {n2} dagen had verzuimd. [[person:Mei]] schaamde zich zo dat ze niet kwam opdagen.\n\n"
        "Wat hielp: een gesprek ná sluitingstijd, om half elf 's avonds, in het restaurant zelf (<role:jeugdprofessional> [[person:Esra]] ging mee). Het nummer van het restaurant, [[phone:070 - 388 12 40]], is het enige waarop ze echt bereikbaar is.\n\n"
        "Les: pas je werktijden aan, niet alleen je taal.",
    ),
    (
        "hg",
        "1. Neem meldingen van buren serieus. De buurvrouw van [[person:Nasra]] ([[person:Hodan Warsame]], zelf moeder van vijf) belde {n} keer met <org:Veilig Thuis> voor er iets gebeurde.\n"
        "2. Praat apart met de vrouw. Pas toen [[person:Nasra]] alleen was, op [[date:dinsdag 8 oktober]], vertelde ze over de klappen.\n"
        "3. Regel veiligheid vóór je iets anders regelt. Ze zit nu in de opvang van het <org:Leger des Heils>; het oude adres ([[address:Parallelweg 61-III]], [[postcode:2525 KP]]) is niet meer in gebruik.\n"
        "4. Schakel de <role:jeugdprofessional> van het <org:CJG> in voor de kinderen, ook als het {team} al 'het hele gezin' doet.\n"
        "Dossier VT: [[dossier:VT-2023-0456]]. — [[person:Ilse]]",
    ),
    (
        "schulden",
        "Ik zal eerlijk zijn: ik had {Ct} bijna afgeschreven. Na {n} afspraken waarop {zij} niet kwam, stuurde ik een laatste brief naar {addr}. Twee dagen later stond {zij} bij het <org:Servicepunt XL>, met een schoenendoos vol post en {haar} nichtje {kid_f} als steun. 'Ik durfde niet te komen,' zei {zij}, 'want de vorige keer werd ik uitgelachen bij de bank.' We hebben de doos samen leeggemaakt. Er zat {amt} aan schulden in, een brief van het <org:CJIB> met kenmerk {dos_cjib}, en een cheque van de Belastingdienst van {D2} die nooit was verzilverd. Les: een laatste brief is soms de eerste die aankomt.",
    ),
    (
        "bemoeizorg",
        "Casusles bemoeizorg (<wijk:Duindorp>)\n"
        "Meneer [[person:De Wit]] (58), voormalig visser, woont al twintig jaar in een benedenwoning aan de [[address:Westduinweg 188-hs]]. Hij laat niemand binnen, behalve zijn neef [[person:Arjan]] en de hond. Na klachten over rommel in de tuin en een brief van <org:Staedion> (dreigende huuropzegging per [[date:1 juli]]) zijn {col1} en ik via [[person:Arjan]] binnengekomen. Meneer zei: 'Mijn vader was ook visser, en die heeft ook nooit om hulp gevraagd.' We hebben het opruimen in stappen gedaan, met hem erbij. Werkzaam: iemand uit zijn eigen wereld als ingang. Niet werkzaam: de brief van de corporatie, die maakte hem alleen maar bozer.",
    ),
    (
        "status",
        "Doelgroep: Eritrese statushouders, jonge vaders\n"
        "Aanleiding: [[person:Tesfay]] ([[person:T. Kidane]] in onze systemen, 29 jaar) kreeg in {yr} een woning in {W} en meteen een stapel brieven. Zijn vrouw [[person:Luwam]] en de kinderen kwamen pas later, via gezinshereniging.\n"
        "Aanpak: maatje [[person:Berhane]], zelf al tien jaar in Nederland, ging mee naar de <org:Belastingdienst>. Telefoon maatje: [[phone:06-41 93 07 22]].\n"
        "Uitkomst: toeslagen goed aangevraagd, geen terugvordering.\n"
        "Overdraagbaarheid: hoog, als je een goede pool maatjes hebt (wij werken met <org:Vluchtelingenwerk>).",
    ),
    (
        "lvb",
        "Een les over 'vrienden'. [[person:Jade Koster]], 23, licht verstandelijk beperkt, woonde op kamers in <wijk:Transvaal>. Haar 'vriend' [[person:Storm]] (ja, zo heet hij echt) had haar pinpas en haar DigiD. De storm brak los toen de bank belde over een rood staan van {amt}. De <role:MEE-consulent> heeft samen met haar oma, mevrouw [[person:Visser]], een bewindvoerder aangevraagd; de beschikking is van [[date:14-02-2024]]. Rekening is nu [[iban:NL02 ABNA 0123 4567 89]]... nee wacht, dat hoort hier niet. Enfin: kijk altijd wie er aan de keukentafel zit als je op huisbezoek komt.",
    ),
    (
        "eenzaam",
        "Wat werkte bij dhr. [[person:Bakker]] (81, <wijk:Morgenstond>) — de bakker in de buurt kende hem beter dan wij!\n"
        "- Hij kwam elke ochtend om kwart over acht een krentenbol halen. Toen dat een week niet gebeurde, belde de winkel [[person:Henny]] van het <org:Servicepunt XL>.\n"
        "- Zijn dochter [[person:Marianne]] woont in {othercity}; haar mail ([[email:marianne.bakker61@hotmail.com]]) stond in het dossier maar niemand had haar ooit gemaild.\n"
        "- Nu gaat hij op {wd} naar de soos van {welz}.\n"
        "Les: de winkeliers in de wijk zijn je ogen en oren.",
    ),
    (
        "wonen",
        "Ik werk als <role:woonconsulent> en schrijf deze les vanuit de corporatie, niet vanuit het {team}. Bij {C} ({age}) op {addr} liep de huurachterstand op tot {amt}. Normaal sturen wij dan de deurwaarder. Deze keer heb ik eerst gebeld met {col1} van het {team} in {W}, en samen zijn we op {Dday} langsgegaan. Bleek dat {Cf} al {dur} geen inkomen had omdat {haar} uitkering was stopgezet na een verhuizing van {haar} ex, {ex}, die nog op {haar} adres ingeschreven stond. Les: bel het wijkteam vóór je de deurwaarder belt. Mijn nummer voor collega's: {telwork}. {me}",
    ),
    (
        "mantelzorg",
        "Casus uit <wijk:Leidschenveen>, maar het had overal kunnen zijn.\n\n"
        "Meneer [[person:Baldewsingh]] (78) zorgt voor zijn vrouw [[person:Sunita]], die sinds {yr} ernstig ziek is. Hun zoon [[person:Ravi Baldewsingh]] woont in Amsterdam-<wijk:Zuidoost> en komt in het weekend. Meneer wilde geen hulp: 'In onze cultuur zorg je zelf voor je vrouw.' Pas toen hij op [[date:3-11-'23]] zelf onwel werd bij de <org:Albert Heijn> aan de {street}, stond hij open voor respijtzorg.\n\n"
        "Les: cultuur is geen excuus om niet te vragen, maar wel een reden om anders te vragen. Via de pandit van de mandir, die hij vertrouwt, kwam het gesprek op gang.",
    ),
    (
        "verslaving",
        "Notitie bij les (nog niet geanonimiseerd, sorry):\n"
        "[[person:Marek Nowak]], {age} jr, Pools, werkt via uitzendbureau in de kassen in het Westland, woont met 7 anderen op [[address:Hobbemastraat 112-2]]. Drinkt veel. Zijn zus [[person:Agnieszka]] belt ons vanuit Polen ([[phone:+48 601 482 330]]). Intake [[date:2023-09-18]], dossier [[dossier:SWT-SW-0288]]. <role:Maatschappelijk werker> [[person:Rachid]] en ik gingen samen. Wat werkte: een Poolse <role:ervaringsdeskundige> via <org:Barka>. Wat niet werkte: de afspraak bij <org:Brijder>, er was geen tolk.",
    ),
    (
        "hg",
        "Huiselijk geweld in een gezin met 'te veel hulp'. Bij de familie {Cl} in {W} waren <org:Veilig Thuis>, de <org:Raad voor de Kinderbescherming>, de <org:William Schrikker Stichting>, het <org:CJG> en wij betrokken. Niemand wist wat de ander deed. {C} zei tegen me: 'Ik heb deze week vijf afspraken, wie van jullie moet ik nou geloven?' Wij hebben toen met z'n allen één plan geschreven; de <role:gezinscoach> van de <org:William Schrikker Stichting>, {colfull}, werd de enige die nog bij het gezin kwam. Binnen {dur} was de rust terug. Les: minder mensen, meer effect.",
    ),
    (
        "ouderen",
        "Aanleiding: melding via de <org:Kessler Stichting> dat dhr. [[person:Pinas]] (74) 's nachts op straat sliep voor zijn eigen flat aan de [[address:Moerweg 227 B]]. Hij was zijn sleutel kwijt en durfde niet aan te bellen bij de buren.\n"
        "Aanpak: sleutelkastje met code, code bekend bij de <role:wijkverpleegkundige> en zijn nicht [[person:Gracia]] ([[phone:06 18 55 20 97]]).\n"
        "Les: soms is de oplossing technisch en klein. Zijn geboortedatum ([[date:30-07-1949]]) hebben we als pincode voor het kastje geadviseerd afgeraden, haha.",
    ),
    (
        "schulden",
        "Drie lessen uit een schuldencasus in <wijk:Hillesluis>, Rotterdam:\n"
        "1) De bewindvoerder is niet de vijand. Mevrouw [[person:Tavares]] dacht dat <org:Bewind op Maat> haar geld 'afpakte'. Eén gesprek met de bewindvoerder erbij loste dat op.\n"
        "2) Kijk naar de incasso's. Van rekening [[iban:NL89RABO0317429886]] gingen {n} abonnementen af waar ze niets van wist.\n"
        "3) Laat de cliënt zelf bellen, met jou ernaast. Ze belde op [[date:vrijdag 17 mei]] zelf met de <org:Kredietbank Rotterdam> en was daar terecht trots op.",
    ),
    (
        "eenzaam",
        "Hi allemaal, aanvulling op de les van [[person:Marloes]] over eenzaamheid. Wij hadden in <wijk:Palenstein> (Zoetermeer) een vergelijkbare meneer, [[person:Kwame Owusu]], 69, gepensioneerd havenarbeider, sinds de dood van zijn vrouw [[person:Comfort]] helemaal in zichzelf gekeerd. Wat bij hem werkte was de kerk: de voorganger, pastor [[person:Mensah]], kwam langs en nam hem mee naar het koor. Wij hadden dat nooit bedacht. Les: vraag naar zingeving en geloof, niet alleen naar zorg. Groet, [[person:Priya]] (<role:welzijnscoach>, <org:Piëzo>)",
    ),
    (
        "status",
        "Uitkomst na {dur}: [[person:Oleksandr]] werkt, [[person:Iryna]] volgt de taalles en de kinderen ([[person:Sofiia]] en [[person:Maksym]]) zitten op school in <wijk:Ypenburg>. Wat het verschil maakte was de vrijwilliger van het <org:Rode Kruis>, [[person:Hanneke de Hoop]], die elke {wd} kwam. Hoop doet leven, zei ze zelf. Adres gastgezin was [[address:Laan van Hoornwijck 96]], [[postcode:2497HG]]; inmiddels hebben ze een eigen woning via <org:Staedion>.",
    ),
]


# ---------------------------------------------------------------- composers
CTX = [None]


def fits(t, ctx):
    """Keep the story plausible: no ex-partner in a lonely-elderly story, no child interpreter for an
    86-year-old, no grandchildren for a 30-year-old."""
    if ctx is None:
        return True
    if "{ex" in t and ctx.theme in ("ouderen", "eenzaam", "mantelzorg", "status"):
        return False
    if ctx.age > 56 and (
        "tolk" in t or "oudste" in t or "school" in t or "{age_k}" in t or "jeugd" in t
    ):
        return False
    if ctx.age < 55 and ("{gkid}" in t or "kleinzoon" in t or "aanleunwoning" in t or "AOW" in t):
        return False
    return True


def pick(pool, k):
    cand = [t for t in pool if fits(t, CTX[0])]
    return R.sample(cand, min(k, len(cand)))


def one(pool):
    return pick(pool, 1)[0]


THEMES = list(ANL)
THEME_W = [12, 9, 11, 12, 7, 7, 7, 8, 6, 8, 4]


def field_label(name, style):
    if style == 0:
        return name + ": "
    if style == 1:
        return "**" + name + "**\n"
    if style == 2:
        return name.upper() + " - "
    return name + " — "


def compose_fields(ctx):
    style = R.choice([0, 0, 0, 1, 2, 3])
    parts = []
    if R.random() < 0.35:
        parts.append(title(ctx))
    fields = [
        ("Doelgroep", [R.choice(DOELGROEP[ctx.theme])]),
        ("Aanleiding", pick(ANL[ctx.theme], 1)),
        ("Aanpak", pick(AANPAK, R.choice([1, 1, 2]))),
        ("Werkzame elementen", pick(WERKZAAM, 1)),
        ("Wat werkte niet", pick(NIET, 1)),
        ("Uitkomst", pick(UITKOMST, 1)),
        ("Les voor andere teams", pick(LES, 1)),
        ("Overdraagbaarheid", pick(OVERDR, 1)),
    ]
    keep = [f for i, f in enumerate(fields) if i in (1, 2) or R.random() < 0.4]
    for name, sents in keep:
        extra = ""
        if name in ("Aanleiding", "Aanpak", "Uitkomst") and R.random() < 0.33:
            extra = " " + one(SLIP + QUOTE)
        parts.append(field_label(name, style) + " ".join(sents) + extra)
    if R.random() < 0.4:
        parts.append(R.choice(SIGN))
    return "\n".join(parts)


def compose_story(ctx):
    paras = []
    has_title = R.random() < 0.3
    if has_title:
        paras.append(title(ctx))
    p1 = ([one(OPEN)] if R.random() < 0.6 else []) + pick(ANL[ctx.theme], 1)
    paras.append(" ".join(p1))
    p2 = pick(AANPAK, R.choice([1, 1, 2]))
    if R.random() < 0.4:
        p2.insert(R.randint(0, len(p2)), one(QUOTE))
    if R.random() < 0.45:
        p2.insert(R.randint(0, len(p2)), one(SLIP))
    paras.append(" ".join(p2))
    p3 = []
    if R.random() < 0.3:
        p3.append(one(NIET))
    if R.random() < 0.5:
        p3.append(one(UITKOMST))
    p3.append(
        R.choice(
            ["Les: ", "Mijn les: ", "Wat ik anderen wil meegeven: ", "Voor andere teams: ", ""]
        )
        + one(LES)
    )
    paras.append(" ".join(p3))
    if R.random() < 0.5:
        paras.append(R.choice(SIGN))
    sep = R.choice(["\n\n", "\n", " "])
    if has_title:
        return paras[0] + ("\n" if sep == " " else sep) + sep.join(paras[1:])
    return sep.join(paras)


def compose_list(ctx):
    intro = R.choice(
        [
            "Drie lessen uit de casus van {Ct} ({W}, {yr}):",
            "Wat ik heb geleerd, in het kort:",
            "Lessen uit een lastige casus in {W}",
            "Mijn vijf lessen na {dur} met {Cf}:",
            "Lessen (casus {Cl}, {team} {W}):",
            "Voor wie weinig tijd heeft, de lessen op een rij:",
        ]
    )
    k = R.choice([3, 3, 3, 4])
    items = pick(LIST_ITEMS, k)
    fmt = R.choice(["{i}. ", "{i}) ", "- ", "* ", "Les {i}: "])
    lines = [intro]
    if R.random() < 0.35:
        lines.append(one(ANL[ctx.theme]))
    for i, it in enumerate(items, 1):
        lines.append(fmt.format(i=i) + it)
    if R.random() < 0.4:
        lines.append(R.choice(SIGN))
    return "\n".join(lines)


def compose_quick(ctx):
    k = R.choice([2, 3, 3, 4])
    lines = pick(QUICK, k)
    if R.random() < 0.4:
        lines.append(one(SLIP))
    return R.choice(["\n", " ", "\n- "]).join(lines)


def compose_short(ctx):
    s = [one(ANL[ctx.theme]), one(AANPAK + LIST_ITEMS)]
    if R.random() < 0.5:
        s.append(one(LES))
    return " ".join(s)


# ---------------------------------------------------------------- markup -> spans
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|<(\w+):([^<>]+?)>")


ROLE_TERMS = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-adviseur",
    "ouderenadviseur",
    "welzijnscoach",
    "MEE-consulent",
    "casusregisseur",
    "casemanager dementie",
    "casemanager",
    "ouderenconsulent",
    "schuldhulpverlener",
    "huisarts",
    "POH-GGZ",
    "wijkagent",
    "woonconsulent",
    "bewindvoerder",
    "ervaringsdeskundige",
    "jeugdprofessional",
    "verslavingsarts",
    "klantmanager",
    "thuisbegeleider",
    "mantelzorgconsulent",
    "gezinscoach",
    "deurwaarder",
    "huismeester",
    "leerplichtambtenaar",
    "tolk",
    "teamleider",
]
ORG_TERMS = sorted(
    {o for c in CITIES.values() for key in ("ggz", "corp", "welz", "hosp", "debt") for o in c[key]}
    | {
        "Veilig Thuis",
        "Servicepunt XL",
        "Wmo-loket",
        "CJG",
        "CJIB",
        "UWV",
        "SVB",
        "Belastingdienst",
        "Humanitas",
        "Vluchtelingenwerk",
        "Kessler Stichting",
        "Leger des Heils",
        "Brijder",
        "Werkplein",
        "Zorg- en Veiligheidshuis",
        "GGZ",
        "Voedselbank",
        "Rode Kruis",
        "Barka",
        "William Schrikker Stichting",
        "Raad voor de Kinderbescherming",
    },
    key=len,
    reverse=True,
)


def _ci(t):
    return "[%s%s]%s" % (t[0].upper(), t[0].lower(), re.escape(t[1:]))


AUTO = re.compile(
    r"(?<![\w@.-])(?:(?P<role>%s)|(?P<org>%s))(?![\w-])"
    % (
        "|".join(_ci(t) for t in sorted(set(ROLE_TERMS), key=len, reverse=True)),
        "|".join(re.escape(t) for t in ORG_TERMS),
    )
)


def automark(marked):
    """Wrap roles and organisations that templates wrote as plain text, so every occurrence is a keep span."""
    out, pos = [], 0
    for m in MARK.finditer(marked):
        out.append(
            AUTO.sub(
                lambda a: K("role" if a.group("role") else "org", a.group(0)),
                marked[pos : m.start()],
            )
        )
        out.append(m.group(0))
        pos = m.end()
    out.append(
        AUTO.sub(lambda a: K("role" if a.group("role") else "org", a.group(0)), marked[pos:])
    )
    return "".join(out)


def strip(marked):
    out, pii, keep = [], [], []
    pos, n = 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        if m.group(1):
            lab, txt, dest = m.group(1), m.group(2), pii
            assert lab in PII_LABELS, lab
        else:
            lab, txt, dest = m.group(3), m.group(4), keep
            assert lab in KEEP_LABELS, lab
        dest.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "<" not in text and ">" not in text, text
    return text, pii, keep


CAP = re.compile(
    r"((?:^|\n|[.!?]['\u2019]? +)(?:\*\*)?(?:[A-Z][A-Za-z ]{1,30}(?::| \u2014| -) |- |\* |\d\) |\d\. |Les \d: )?)(mevrouw|meneer|de cli\u00ebnte?|mw\.?|mevr\.|dhr\.?|mr\.|de heer|zij|hij|ze|buurvrouw|buurman|haar|zijn)\b"
)


def capitalise(marked):
    """Sentence-initial 'mevrouw', 'de cliënt', 'zij' ... get a capital (slots are lower-case)."""
    return CAP.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], marked)


def build():
    docs = []
    hand = list(HAND)
    R.shuffle(hand)
    composers = (
        [compose_fields] * 26
        + [compose_story] * 26
        + [compose_list] * 16
        + [compose_quick] * 20
        + [compose_short] * 10
    )
    R.shuffle(composers)
    plan = [("gen", c) for c in composers][: N_TEXTS - len(hand)] + [("hand", h) for h in hand]
    R.shuffle(plan)
    for i, (kind, item) in enumerate(plan):
        if kind == "hand":
            theme, tmpl = item
            ctx = Ctx(theme, city="Den Haag")
            CTX[0] = ctx
            marked = automark(capitalise(tmpl.format_map(ctx)))
        else:
            theme = R.choices(THEMES, weights=THEME_W)[0]
            ctx = Ctx(theme)
            CTX[0] = ctx
            marked = automark(capitalise(item(ctx).format_map(ctx)))
        # a slot may itself contain slots (e.g. addrfull) -> they are resolved in make(); templates chosen
        # from pools are formatted once here
        text, pii, keep = strip(marked)
        docs.append({"id": "ho19-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return docs


def verify(docs):
    for d in docs:
        t = d["text"]
        spans = sorted(d["pii"] + d["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (d["id"], s)
            assert s["text"] == s["text"].strip(), (d["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (d["id"], a, b)
        assert d["pii"], d["id"]
        for s in d["pii"]:
            if s["label"] == "bsn":
                dg = re.sub(r"\D", "", s["text"])
                assert (
                    len(dg) == 9
                    and (sum(int(dg[i]) * (9 - i) for i in range(8)) - int(dg[8])) % 11 == 0
                ), s
            if s["label"] == "iban":
                ib = s["text"].replace(" ", "").upper()
                num = "".join(str(int(c, 36)) for c in ib[4:] + ib[:4])
                assert int(num) % 97 == 1, s


def main():
    docs = build()
    verify(docs)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout19.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for d in docs for s in d["pii"])
    kc = Counter(s["label"] for d in docs for s in d["keep"])
    words = sum(len(d["text"].split()) for d in docs)
    print("texts", len(docs), "avg words", round(words / len(docs), 1))
    tot = sum(pc.values())
    print("pii", dict(pc.most_common()), "total", tot, "person share", round(pc["person"] / tot, 3))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
