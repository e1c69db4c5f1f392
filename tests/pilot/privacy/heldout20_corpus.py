#!/usr/bin/env python3
"""Held-out corpus 20: wijkteam texts from Dutch municipalities other than The Hague.
Deterministic (random.Random(20)); writes heldout20.jsonl next to this script.
Markup: pii  = ⟦label|text⟧ , keep = ⟪label|text⟫ ; stripped programmatically."""

import datetime
import json
import os
import random
import re
import unicodedata


# ---------------------------------------------------------------- markup
def pii(l, x):
    return f"⟦{l}|{x}⟧"


def keep(l, x):
    return f"⟪{l}|{x}⟫"


def P(x):
    return pii("person", x)


def W(x):
    return keep("wijk", x)


def O(x):
    return keep("org", x)


def RL(x):
    return keep("role", x)


# ---------------------------------------------------------------- names
NAMES = {
    "dutch": (
        [
            "Jan",
            "Pieter",
            "Henk",
            "Gerrit",
            "Kees",
            "Wim",
            "Bert",
            "Marco",
            "Patrick",
            "Kevin",
            "Danny",
            "Jesse",
            "Daan",
            "Bram",
            "Ruud",
            "Dirk",
            "Bas",
            "Rik",
            "Sander",
            "Ronald",
            "Erik",
        ],
        [
            "Anneke",
            "Ria",
            "Joke",
            "Els",
            "Marieke",
            "Sanne",
            "Lotte",
            "Fleur",
            "Ineke",
            "Truus",
            "Sandra",
            "Chantal",
            "Romy",
            "Priscilla",
            "Roos",
            "Wil",
            "Jet",
            "Anja",
            "Petra",
            "Yvonne",
            "Tineke",
            "Dini",
            "Storm",
            "Sterre",
            "Hoop",
        ],
        [
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Koster",
            "de Jong",
            "Roos",
            "Hoop",
            "Kok",
            "Schouten",
            "Post",
            "Koning",
            "Klein",
            "Vink",
            "Blom",
            "Zwart",
            "van Dijk",
            "van den Berg",
            "Verbeek",
            "Kramer",
            "de Bruijn",
            "Groen",
            "Winter",
            "Haas",
            "Wolf",
        ],
    ),
    "frisian": (
        [
            "Sjoerd",
            "Hylke",
            "Jelle",
            "Jouke",
            "Durk",
            "Gerben",
            "Ype",
            "Wybren",
            "Tjeerd",
            "Sybren",
            "Auke",
            "Folkert",
        ],
        [
            "Wietske",
            "Tjitske",
            "Sietske",
            "Froukje",
            "Baukje",
            "Fokje",
            "Anke",
            "Geeske",
            "Hiltsje",
            "Janke",
            "Trijntje",
            "Akke",
        ],
        [
            "Dijkstra",
            "Hoekstra",
            "Postma",
            "Bosma",
            "Zijlstra",
            "Wiersma",
            "Veenstra",
            "de Haan",
            "Hiemstra",
            "Terpstra",
            "Sikkema",
            "Jongsma",
            "Feenstra",
            "van der Meer",
            "Wijnja",
            "Kingma",
            "Rienstra",
            "Bergsma",
            "Hofstra",
            "Yntema",
            "Tjalsma",
            "Hoogland",
        ],
    ),
    "groningen": (
        [
            "Harm",
            "Geert",
            "Roelf",
            "Klaas",
            "Eltje",
            "Albert",
            "Egbert",
            "Derk",
            "Lammert",
            "Jakob",
            "Willem",
        ],
        [
            "Jantje",
            "Hillie",
            "Grietje",
            "Henderika",
            "Aaltje",
            "Geesje",
            "Roelie",
            "Hennie",
            "Janna",
            "Alie",
            "Sientje",
        ],
        [
            "Bolhuis",
            "Kuiper",
            "Huizinga",
            "Pruim",
            "Tammeling",
            "Wolters",
            "Oosting",
            "Smid",
            "Nienhuis",
            "Hoving",
            "Kamminga",
            "Dijkema",
            "Venema",
            "Kremer",
            "Wierenga",
            "Schuurman",
            "Bakker",
            "Mulder",
            "Hazenberg",
            "Ubels",
            "Lubbers",
            "Zuidema",
        ],
    ),
    "limburg": (
        [
            "Sjef",
            "Jo",
            "Harie",
            "Lei",
            "Math",
            "Wiel",
            "Bèr",
            "Thei",
            "Huub",
            "Frans",
            "Jeu",
            "Twan",
        ],
        [
            "Mia",
            "Truuke",
            "Fieny",
            "Mariëlle",
            "Lies",
            "Net",
            "Bertha",
            "Gerda",
            "Marij",
            "Jeanne",
            "Yvonne",
            "Paula",
        ],
        [
            "Janssen",
            "Peeters",
            "Vliegen",
            "Hermans",
            "Lemmens",
            "Wetzels",
            "Bemelmans",
            "Ramakers",
            "Schoonbrood",
            "Ploumen",
            "Frissen",
            "Dassen",
            "Coenen",
            "Huntjens",
            "Vinken",
            "Pluijmen",
            "Smeets",
            "Kurvers",
            "Limpens",
            "Gulikers",
            "Habets",
            "Notermans",
            "Ortmans",
        ],
    ),
    "brabant": (
        [
            "Toon",
            "Harrie",
            "Jos",
            "Wout",
            "Noud",
            "Ad",
            "Tonnie",
            "Sjaak",
            "Bart",
            "Gijs",
            "Stijn",
            "Martien",
        ],
        [
            "Riek",
            "Door",
            "Mieke",
            "Rian",
            "Toos",
            "Jet",
            "Marian",
            "Ans",
            "Lieke",
            "Femke",
            "Nel",
            "Willemien",
        ],
        [
            "van de Ven",
            "van den Heuvel",
            "Verhoeven",
            "van Gils",
            "Prinsen",
            "Vermeulen",
            "Schellekens",
            "van Dongen",
            "Smulders",
            "van Esch",
            "Dirks",
            "van Kessel",
            "Raaijmakers",
            "Bogaerts",
            "van der Heijden",
            "Panken",
            "de Kort",
            "van Rooij",
            "Swinkels",
            "Hurkmans",
            "Kuijpers",
            "Mutsaers",
        ],
    ),
    "moroccan": (
        [
            "Mohamed",
            "Youssef",
            "Said",
            "Bilal",
            "Rachid",
            "Ilias",
            "Soufiane",
            "Zakaria",
            "Mustafa",
            "Abdelkader",
            "Hamza",
            "Anouar",
        ],
        [
            "Fatima",
            "Khadija",
            "Hanane",
            "Naima",
            "Samira",
            "Aicha",
            "Latifa",
            "Malika",
            "Imane",
            "Houda",
            "Nadia",
            "Loubna",
        ],
        [
            "El Amrani",
            "Boukhari",
            "Ouali",
            "Aznag",
            "El Idrissi",
            "Benali",
            "Azzouzi",
            "Tahiri",
            "Chaara",
            "Bouzamour",
            "Hamdaoui",
            "El Khattabi",
            "Ait Brahim",
            "Moussaoui",
            "El Hadji",
            "Bakkali",
            "Amezian",
            "Oulad Ali",
        ],
    ),
    "turkish": (
        ["Mehmet", "Emre", "Murat", "Kemal", "Burak", "Hüseyin", "Ali", "Osman", "Serkan", "Yusuf"],
        ["Ayşe", "Elif", "Hatice", "Zeynep", "Fatma", "Gül", "Emine", "Sevgi", "Derya", "Büşra"],
        [
            "Yılmaz",
            "Yilmaz",
            "Demir",
            "Kaya",
            "Çelik",
            "Sahin",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Koç",
            "Yıldız",
            "Kurt",
            "Erdoğan",
            "Güneş",
            "Polat",
            "Aksoy",
            "Karaca",
        ],
    ),
    "surinamese": (
        [
            "Ramesh",
            "Rajesh",
            "Kiran",
            "Marlon",
            "Romano",
            "Rinaldo",
            "Sunil",
            "Ravi",
            "Errol",
            "Glenn",
        ],
        [
            "Shanti",
            "Anjali",
            "Sunita",
            "Devika",
            "Shirley",
            "Gracia",
            "Priya",
            "Sharmila",
            "Jennifer",
            "Gladys",
        ],
        [
            "Jagesar",
            "Mahabier",
            "Sewnath",
            "Kalloe",
            "Ramsaran",
            "Bissesar",
            "Soekhai",
            "Chotoe",
            "Pinas",
            "Sabajo",
            "Wijngaarde",
            "Tjon A Fong",
            "Kromodikoro",
            "Karsowidjojo",
            "Doorson",
            "Fränkel",
            "Ceder",
            "Kasanwirjo",
            "Ramautar",
            "Held",
        ],
    ),
    "antillean": (
        ["Jurensly", "Shurandy", "Giovanni", "Rignald", "Eugene", "Jeffrey", "Roderick"],
        ["Sharleen", "Ruthmila", "Jusmarie", "Gisela", "Yurith", "Chanella"],
        [
            "Martina",
            "Rosaria",
            "Isenia",
            "Statia",
            "Girigorie",
            "Maduro",
            "Cijntje",
            "Wilsoe",
            "Pieternella",
            "Janga",
            "Zimmerman",
            "Thodé",
            "Koeiman",
            "Paulina",
        ],
    ),
    "capeverdean": (
        ["Djalma", "Nelson", "Carlos", "Adilson", "Edmilson", "Jailson"],
        ["Edna", "Zenaida", "Fernanda", "Ivanilda", "Celeste", "Djenifer"],
        [
            "Fortes",
            "Lopes",
            "Semedo",
            "Tavares",
            "Delgado",
            "Monteiro",
            "Gomes",
            "Andrade",
            "Duarte",
            "Spencer",
            "Évora",
            "Rodrigues",
        ],
    ),
    "polish": (
        ["Tomasz", "Krzysztof", "Piotr", "Paweł", "Marek", "Łukasz", "Andrzej", "Grzegorz"],
        ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magda", "Ewa", "Beata", "Monika"],
        [
            "Nowak",
            "Kowalczyk",
            "Wiśniewski",
            "Lewandowski",
            "Zieliński",
            "Wójcik",
            "Mazur",
            "Krawczyk",
            "Kamiński",
            "Dąbrowski",
            "Szymański",
            "Jabłoński",
        ],
    ),
    "bulgarian": (
        ["Ivan", "Georgi", "Dimitar", "Yordan", "Nikolay", "Stefan", "Hristo"],
        ["Petya", "Stoyanka", "Mariya", "Desislava", "Yana", "Radka", "Elena"],
        [
            "Petrov",
            "Dimitrov",
            "Todorov",
            "Stoyanov",
            "Kolev",
            "Georgiev",
            "Ivanov",
            "Angelov",
            "Yankov",
            "Hristov",
        ],
    ),
    "romanian": (
        ["Andrei", "Mihai", "Florin", "Gheorghe", "Ionuț", "Cătălin", "Vasile"],
        ["Ionela", "Ioana", "Elena", "Mihaela", "Florentina", "Andreea"],
        [
            "Popescu",
            "Ionescu",
            "Stan",
            "Dumitru",
            "Constantin",
            "Radu",
            "Munteanu",
            "Lungu",
            "Rusu",
            "Moldovan",
        ],
    ),
    "syrian": (
        ["Ahmad", "Hassan", "Omar", "Khaled", "Mahmoud", "Mohammad", "Samer", "Fadi", "Yazan"],
        ["Rama", "Nour", "Yara", "Amal", "Lina", "Rasha", "Hiba", "Douaa", "Sawsan"],
        [
            "Al-Hassan",
            "Alkhatib",
            "Haddad",
            "Darwish",
            "Al Masri",
            "Hamwi",
            "Suleiman",
            "Khalil",
            "Al-Ali",
            "Kurdi",
            "Shami",
            "Najjar",
        ],
    ),
    "eritrean": (
        ["Yonas", "Tesfay", "Mehari", "Filmon", "Biniam", "Kibrom", "Samuel", "Dawit"],
        ["Semhar", "Luwam", "Senait", "Helen", "Saba", "Mebrat", "Freweini", "Selam"],
        [
            "Tesfamariam",
            "Ghebremedhin",
            "Habte",
            "Kidane",
            "Berhane",
            "Tekle",
            "Woldu",
            "Haile",
            "Gebrezgabiher",
            "Asmerom",
            "Tsegay",
        ],
    ),
    "somali": (
        ["Abdi", "Mohamud", "Liban", "Abdirahman", "Hassan", "Ahmed", "Mustafe"],
        ["Hodan", "Faduma", "Ayaan", "Hawa", "Sahra", "Ubah", "Ifrah", "Asha"],
        [
            "Warsame",
            "Farah",
            "Hirsi",
            "Abdullahi",
            "Mohamud",
            "Jama",
            "Osman",
            "Yusuf",
            "Aden",
            "Nur",
            "Egal",
        ],
    ),
    "afghan": (
        ["Farid", "Habib", "Wahid", "Ahmad", "Jawad", "Najib", "Sami"],
        ["Zahra", "Mariam", "Shabnam", "Parwana", "Fereshta", "Nazanin", "Zarghuna"],
        [
            "Ahmadzai",
            "Rahimi",
            "Sultani",
            "Hakimi",
            "Noori",
            "Karimi",
            "Popal",
            "Wardak",
            "Stanikzai",
            "Hashimi",
            "Azizi",
        ],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Ming", "Jian"],
        ["Li Na", "Mei", "Xiaoling", "Hui", "Yan", "Mei Ling", "Siu Fong"],
        [
            "Chen",
            "Wang",
            "Zhang",
            "Lin",
            "Liu",
            "Huang",
            "Cheung",
            "Wong",
            "Chan",
            "Li",
            "Zhou",
            "Tang",
        ],
    ),
    "ghanaian": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwasi", "Emmanuel", "Isaac"],
        ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Gifty", "Comfort"],
        [
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Appiah",
            "Addo",
            "Agyeman",
            "Ofori",
            "Darko",
            "Amponsah",
        ],
    ),
    "ukrainian": (
        ["Dmytro", "Oleksandr", "Andriy", "Serhiy", "Mykola", "Vitaliy"],
        ["Olena", "Oksana", "Iryna", "Natalia", "Tetiana", "Yulia", "Svitlana"],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Melnyk",
            "Tkachenko",
            "Kravchenko",
            "Boyko",
            "Savchenko",
            "Marchenko",
        ],
    ),
    "moluccan": (
        ["Johannes", "Frans", "Max", "Julius", "Benny", "Izaak"],
        ["Ellen", "Carla", "Nancy", "Dina", "Ina", "Wilhelmina"],
        [
            "Latumahina",
            "Pattiasina",
            "Sahetapy",
            "Tahapary",
            "Leatemia",
            "Matulessy",
            "Pattipeilohy",
            "Wattimena",
            "Sopacua",
        ],
    ),
    "kurdish": (
        ["Karwan", "Aram", "Rebwar", "Haval", "Dilshad"],
        ["Shilan", "Bahar", "Nasrin", "Avin", "Roj"],
        ["Rashid", "Mahmood", "Karim", "Hussein", "Aziz", "Qadir", "Salih", "Omer"],
    ),
    "belgian": (
        ["Luc", "Dirk", "Koen", "Stijn", "Geert"],
        ["An", "Els", "Kathleen", "Hilde", "Griet"],
        [
            "Claes",
            "Maes",
            "Willems",
            "Goossens",
            "Wouters",
            "Vanderheyden",
            "Lambrechts",
            "Janssens",
        ],
    ),
}


# ---------------------------------------------------------------- regions
def _r(**kw):
    return kw


REGIONS = {
    "rotterdam": _r(
        city="Rotterdam",
        area="010",
        pc=(3011, 3089),
        wijken=[
            "Feijenoord",
            "Afrikaanderwijk",
            "Bloemhof",
            "Hillesluis",
            "Carnisse",
            "Tarwewijk",
            "Delfshaven",
            "Spangen",
            "Bospolder-Tussendijken",
            "Oude Westen",
            "Crooswijk",
            "Ommoord",
            "Zuidwijk",
            "Pendrecht",
            "Lombardijen",
            "IJsselmonde",
            "Het Oude Noorden",
            "Charlois",
            "Overschie",
            "Katendrecht",
        ],
        streets=[
            "Beijerlandselaan",
            "Groene Hilledijk",
            "Putselaan",
            "Dordtselaan",
            "Mathenesserweg",
            "Schiedamseweg",
            "Nieuwe Binnenweg",
            "Zwart Janstraat",
            "Pleinweg",
            "Slinge",
            "Wolphaertsbocht",
            "2e Middellandstraat",
            "Burg. Baumannlaan",
            "Kon. Wilhelminaplein",
            "Vlasakkerweg",
            "Hillevliet",
            "Bergselaan",
            "Tidemanstraat",
            "Gouwstraat",
            "Zuidplein",
        ],
        team=["Vraagwijzer", "Wijkteam Rotterdam"],
        welzijn=["DOCK", "SOL", "Humanitas", "Wmo Radar", "Buurtwerk Rotterdam"],
        woning=["Woonstad Rotterdam", "Havensteder", "Vestia", "Woonbron", "Com.wonen"],
        ggz=["Bavo Europoort", "Antes", "Yulius", "Pameijer", "Lelie zorggroep"],
        verslaving=["Antes", "Bouman GGZ", "Centrum voor Dienstverlening"],
        schuld=[
            "Kredietbank Rotterdam",
            "Humanitas Thuisadministratie",
            "Stichting Schuldhulpmaatje",
        ],
        zh=["Maasstad Ziekenhuis", "Ikazia", "Erasmus MC", "Franciscus Gasthuis"],
        gemeente=["Werk en Inkomen", "Jongerenloket", "Vraagwijzer"],
        meldpunt="Meldpunt Zorg en Overlast",
        bw="Centrale Toegang Beschermd Wonen",
        jeugd=["CJG Rijnmond", "Wijkteam Jeugd"],
        vt="Veilig Thuis Rotterdam Rijnmond",
        thuiszorg=["Laurens", "Aafje", "Buurtzorg", "Careyn"],
        school=[
            "Zadkine",
            "Albeda",
            "OBS De Kameleon",
            "Basisschool Het Open Venster",
            "CBS De Akker",
        ],
        elsewhere=[
            "Schiedam",
            "Vlaardingen",
            "Spijkenisse",
            "Barendrecht",
            "Capelle aan den IJssel",
            "Ridderkerk",
        ],
        domain="rotterdam.nl",
        origins={
            "dutch": 3,
            "moroccan": 2,
            "turkish": 2,
            "surinamese": 2,
            "antillean": 1.5,
            "capeverdean": 1.5,
            "polish": 1,
            "bulgarian": 1,
            "chinese": 0.5,
            "ghanaian": 0.5,
            "syrian": 0.5,
        },
        dossier=["WT-{Y}-{n5}", "VW/{y}/{n4}", "RTM-{n6}", "WTR{y}.{n5}"],
    ),
    "utrecht": _r(
        city="Utrecht",
        area="030",
        pc=(3511, 3585),
        wijken=[
            "Kanaleneiland",
            "Overvecht",
            "Zuilen",
            "Ondiep",
            "Lunetten",
            "Hoograven",
            "Lombok",
            "Transwijk",
            "Rivierenwijk",
            "Leidsche Rijn",
            "Vleuten-De Meern",
            "Tuindorp",
            "Wittevrouwen",
            "Oog in Al",
            "Tolsteeg",
            "Taagdreef",
        ],
        streets=[
            "Amsterdamsestraatweg",
            "Marshallaan",
            "Columbuslaan",
            "Gagelstraat",
            "Bernadottelaan",
            "Kanaalweg",
            "Vleutenseweg",
            "Prins Bernhardlaan",
            "Kon. Julianaweg",
            "Trumanlaan",
            "Tigrisdreef",
            "Zamenhofdreef",
            "Rijnlaan",
            "Briljantlaan",
            "Oudenoord",
            "Boorstraat",
            "Smaragdplein",
            "Moldaudreef",
        ],
        team=["Buurtteam Sociaal", "Buurtteams Utrecht"],
        welzijn=["Incluzio", "U Centraal", "DOCK Utrecht", "Humanitas"],
        woning=["Mitros", "Portaal", "Bo-Ex"],
        ggz=["Altrecht", "Lister", "Kwintes", "Reinaerde"],
        verslaving=["Victas", "Altrecht Verslavingszorg"],
        schuld=["Plangroep", "Humanitas Thuisadministratie", "Stadsbank Midden-Nederland"],
        zh=["Diakonessenhuis", "UMC Utrecht", "Antonius Ziekenhuis"],
        gemeente=["Werk en Inkomen", "Stadskantoor", "Wmo-loket"],
        jeugd=["Buurtteam Jeugd en Gezin", "JGZ Utrecht"],
        vt="Veilig Thuis Utrecht",
        thuiszorg=["Buurtzorg", "Careyn", "Axion Continu"],
        school=["MBO Utrecht", "Cosmicus College", "Al Arqam", "Basisschool De Zonnehoek"],
        elsewhere=["Nieuwegein", "Zeist", "Houten", "Amersfoort", "IJsselstein"],
        domain="buurtteamsutrecht.nl",
        origins={
            "dutch": 3,
            "moroccan": 3,
            "turkish": 1.5,
            "somali": 1,
            "afghan": 1,
            "kurdish": 1,
            "surinamese": 0.5,
            "syrian": 0.5,
            "chinese": 0.5,
            "ukrainian": 0.5,
        },
        dossier=["BTS-{Y}-{n4}", "U{y}.{n5}", "BT{n6}"],
    ),
    "groningen": _r(
        city="Groningen",
        area="050",
        pc=(9711, 9747),
        wijken=[
            "Selwerd",
            "Paddepoel",
            "Vinkhuizen",
            "Beijum",
            "Lewenborg",
            "De Hoogte",
            "Korrewegwijk",
            "Oosterparkwijk",
            "De Wijert",
            "Corpus den Hoorn",
            "Hoogkerk",
            "Oosterpoort",
            "Schilderswijk",
            "Indische Buurt",
        ],
        streets=[
            "Korreweg",
            "Wibenaheerd",
            "Zonnelaan",
            "Siersteenlaan",
            "Oosterhamriklaan",
            "Bedumerweg",
            "Ulgersmaweg",
            "Pop Dijkemaweg",
            "Damsterdiep",
            "Vinkenstraat",
            "Kornoeljestraat",
            "Paterswoldseweg",
            "Jozef Israëlsplein",
            "Rodeweg",
            "Van Lenneplaan",
            "Oppenheimstraat",
            "Kardingerplein",
            "Star Numanstraat",
        ],
        team=["WIJ Groningen", "WIJ-team"],
        welzijn=["MJD", "Humanitas", "Vrijwilligerscentrale Groningen", "Stichting Sedna"],
        woning=["Nijestee", "Lefier", "De Huismeesters", "Patrimonium"],
        ggz=["Lentis", "Cosis", "Zienn", "Accare"],
        verslaving=["VNN", "Verslavingszorg Noord Nederland"],
        schuld=["GKB", "Gemeentelijke Kredietbank Groningen"],
        zh=["UMCG", "Martini Ziekenhuis"],
        gemeente=["Werk en Inkomen", "Werkplein"],
        meldpunt="Meldpunt Overlast en Zorg",
        jeugd=["Elker", "GGD Groningen"],
        vt="Veilig Thuis Groningen",
        thuiszorg=["Thuiszorg Groningen", "Buurtzorg", "Zinn"],
        school=["Alfa-college", "Noorderpoort", "OBS De Wijert", "Bisschop Bekkers School"],
        elsewhere=["Hoogezand", "Assen", "Leek", "Haren", "Veendam", "Stadskanaal"],
        domain="wij.groningen.nl",
        origins={
            "groningen": 3,
            "dutch": 2,
            "frisian": 1,
            "syrian": 1.5,
            "eritrean": 1.5,
            "polish": 0.5,
            "chinese": 0.5,
            "ukrainian": 0.5,
        },
        dossier=["WIJ-{Y}-{n5}", "Z/{y}/{n6}", "GRN{n6}"],
    ),
    "eindhoven": _r(
        city="Eindhoven",
        area="040",
        pc=(5611, 5658),
        wijken=[
            "Woensel-Noord",
            "Woensel-Zuid",
            "Doornakkers",
            "Lakerlopen",
            "Bennekel",
            "Drents Dorp",
            "Tongelre",
            "Strijp",
            "Gestel",
            "'t Hofke",
            "Vaartbroek",
            "Kruidenbuurt",
            "Achtse Barrier",
            "Jagershoef",
            "Generaalsbuurt",
        ],
        streets=[
            "Boschdijk",
            "Hastelweg",
            "Vestdijk",
            "Leenderweg",
            "Tongelresestraat",
            "Kastelenplein",
            "Generaal Bothastraat",
            "Woenselse Markt",
            "Kruisstraat",
            "Pastoor van Arsplein",
            "Heezerweg",
            "Burg. Mollaan",
            "Sint Trudoplein",
            "Anna Bijnsring",
            "Jan van Hooflaan",
            "Kon. Emmaplein",
        ],
        team=["WIJeindhoven"],
        welzijn=["Lumens", "Humanitas", "Vitalis"],
        woning=["Woonbedrijf", "Trudo", "Wooninc.", "Woonstichting 'thuis"],
        ggz=["GGzE", "Lunet zorg", "Neos"],
        verslaving=["Novadic-Kentron"],
        schuld=["Humanitas Thuisadministratie", "Schuldhulpverlening Eindhoven"],
        zh=["Catharina Ziekenhuis", "Máxima MC"],
        gemeente=["Werk en Inkomen", "Wmo-loket", "Stadswinkel"],
        jeugd=["Centrum voor Jeugd en Gezin", "ZuidZorg JGZ"],
        vt="Veilig Thuis Zuidoost-Brabant",
        thuiszorg=["ZuidZorg", "Vitalis", "Archipel"],
        school=["Summa College", "Basisschool De Boog", "Sint-Joriscollege"],
        elsewhere=["Veldhoven", "Helmond", "Best", "Geldrop", "Nuenen"],
        domain="wijeindhoven.nl",
        origins={
            "brabant": 3,
            "dutch": 2,
            "moroccan": 1,
            "turkish": 1.5,
            "polish": 1,
            "bulgarian": 1,
            "romanian": 0.5,
            "syrian": 0.5,
            "chinese": 0.5,
        },
        dossier=["WIJE-{n6}", "E{y}-{n5}", "WE/{Y}/{n4}"],
    ),
    "tilburg": _r(
        city="Tilburg",
        area="013",
        pc=(5011, 5049),
        wijken=[
            "Tilburg-Noord",
            "Stokhasselt",
            "Groenewoud",
            "Jeruzalem",
            "De Reit",
            "Quirijnstok",
            "Heikant",
            "Korvel",
            "Broekhoven",
            "Oud-Noord",
            "Theresia",
            "Loven",
            "Besterd",
            "Koningshoeven",
            "Reeshof",
        ],
        streets=[
            "Ringbaan-West",
            "Korvelseweg",
            "Bredaseweg",
            "Goirkestraat",
            "Hasseltstraat",
            "Besterdring",
            "Ringbaan-Oost",
            "Burg. Brokxlaan",
            "Piushaven",
            "Lage Witsiebaan",
            "Tivolistraat",
            "Gen. Winkelmanstraat",
            "Kon. Wilhelminapark",
            "Wagnerplein",
            "Stokhasseltlaan",
        ],
        team=["Wijkteam Tilburg", "Toegang Tilburg"],
        welzijn=["ContourdeTwern", "Humanitas", "Stichting Het Laar"],
        woning=["Tiwos", "WonenBreburg", "TBV Wonen"],
        ggz=["GGz Breburg", "Amarant", "Prisma", "Sterk Huis"],
        verslaving=["Novadic-Kentron"],
        schuld=["Kredietbank West-Brabant", "Schuldhulpmaatje Tilburg"],
        zh=["ETZ", "Elisabeth-TweeSteden Ziekenhuis"],
        gemeente=["Werk & Inkomen", "Wmo-loket", "Toegang Jeugd"],
        jeugd=["Toegang Jeugd", "Sterk Huis"],
        vt="Veilig Thuis Midden-Brabant",
        thuiszorg=["Thebe", "De Wever", "Buurtzorg"],
        school=["ROC Tilburg", "Basisschool De Vijf Sterren", "Koning Willem I College"],
        elsewhere=["Goirle", "Oisterwijk", "Waalwijk", "Dongen", "Breda"],
        domain="contourdetwern.nl",
        origins={
            "brabant": 3,
            "dutch": 2,
            "moroccan": 1.5,
            "turkish": 1,
            "moluccan": 0.5,
            "antillean": 1,
            "polish": 1,
            "romanian": 0.5,
            "eritrean": 0.5,
        },
        dossier=["Z{Y}-{n6}", "TBG/{Y}/{n4}", "WTT-{n5}"],
    ),
    "arnhem": _r(
        city="Arnhem",
        area="026",
        pc=(6811, 6846),
        wijken=[
            "Presikhaaf",
            "Malburgen",
            "Geitenkamp",
            "Klarendal",
            "Het Broek",
            "Elderveld",
            "De Laar",
            "Rijkerswoerd",
            "Spijkerkwartier",
            "Sint Marten",
            "Schuytgraaf",
            "Immerloo",
            "Vredenburg",
            "Kronenburg",
        ],
        streets=[
            "Sonsbeeksingel",
            "Hommelseweg",
            "Kemperbergerweg",
            "Slochterenweg",
            "Laan van Presikhaaf",
            "Bakenbergseweg",
            "Nijmeegseweg",
            "Eusebiusbuitensingel",
            "Klarendalseweg",
            "Huissensestraat",
            "Burg. Weertsstraat",
            "Lijsterstraat",
            "Gildemeestersplein",
            "Vredenburgweg",
            "Kon. Julianaplein",
        ],
        team=["Sociale Wijkteams Arnhem", "Sociaal Wijkteam"],
        welzijn=["Rijnstad", "Humanitas", "Stichting Aandacht"],
        woning=["Vivare", "Volkshuisvesting Arnhem", "Portaal"],
        ggz=["Pro Persona", "RIBW Arnhem & Veluwe Vallei", "Siza"],
        verslaving=["IrisZorg"],
        schuld=["Humanitas Thuisadministratie", "Schuldhulpverlening Arnhem"],
        zh=["Rijnstate"],
        gemeente=["Wmo-loket", "Werk en Inkomen", "Sociale Dienst"],
        jeugd=["Centrum Jeugd en Gezin Arnhem", "Entrea Lindenhout"],
        vt="Veilig Thuis Gelderland-Midden",
        thuiszorg=["Buurtzorg", "Attent Zorg", "Driezorg"],
        school=["Rijn IJssel", "Basisschool De Kroonappel", "Thomas a Kempis College"],
        elsewhere=["Velp", "Nijmegen", "Ede", "Duiven", "Zevenaar", "Oosterbeek"],
        domain="swtarnhem.nl",
        origins={
            "dutch": 3,
            "moroccan": 1.5,
            "turkish": 1.5,
            "moluccan": 1,
            "somali": 0.5,
            "afghan": 0.5,
            "kurdish": 0.5,
            "syrian": 0.5,
        },
        dossier=["SWA/{Y}/{n4}", "ARN-{n5}", "A{y}-{n4}"],
    ),
    "zwolle": _r(
        city="Zwolle",
        area="038",
        pc=(8011, 8045),
        wijken=[
            "Holtenbroek",
            "Aa-landen",
            "Diezerpoort",
            "Assendorp",
            "Stadshagen",
            "Berkum",
            "Westenholte",
            "Kamperpoort",
            "Ittersum",
            "Zwolle-Zuid",
            "Wipstrik",
            "Dieze-Oost",
        ],
        streets=[
            "Assendorperstraat",
            "Diezerstraat",
            "Zwartewaterallee",
            "Kamperstraat",
            "Middelweg",
            "Dobbe",
            "Holtenbroekerweg",
            "Ittersumerlaan",
            "Palestinastraat",
            "Thomas a Kempisstraat",
            "Hortensiastraat",
            "Burg. Roelenweg",
            "Kon. Wilhelminastraat",
            "Schoolstraat",
            "Tesselschadestraat",
        ],
        team=["Sociaal Wijkteam Zwolle"],
        welzijn=["Travers Welzijn", "Humanitas", "Stadkamer"],
        woning=["deltaWonen", "SWZ", "Openbaar Belang"],
        ggz=["Dimence", "RIBW Groep Overijssel", "Ambiq", "Philadelphia"],
        verslaving=["Tactus"],
        schuld=["Schuldhulpverlening Zwolle", "Humanitas Thuisadministratie"],
        zh=["Isala"],
        gemeente=["Wmo-loket", "Werk en Inkomen"],
        meldpunt="Meldpunt Bijzondere Zorg",
        jeugd=["Centrum voor Jeugd en Gezin Zwolle", "Trias Jeugdhulp"],
        vt="Veilig Thuis IJsselland",
        thuiszorg=["Driezorg", "Buurtzorg", "De Kern"],
        school=["Deltion College", "Landstede", "Basisschool De Octopus"],
        elsewhere=["Kampen", "Dalfsen", "Hattem", "Meppel", "Deventer"],
        domain="sociaalwijkteamzwolle.nl",
        origins={
            "dutch": 3,
            "frisian": 0.5,
            "turkish": 1,
            "eritrean": 1.5,
            "syrian": 1,
            "somali": 0.5,
            "moluccan": 0.5,
            "polish": 0.5,
        },
        dossier=["SWT-ZW-{n4}", "ZWL{y}{n5}", "ZW/{Y}/{n4}"],
    ),
    "maastricht": _r(
        city="Maastricht",
        area="043",
        pc=(6211, 6229),
        wijken=[
            "Malberg",
            "Caberg",
            "Pottenberg",
            "Mariaberg",
            "Nazareth",
            "Limmel",
            "Wittevrouwenveld",
            "Heer",
            "Heugem",
            "Wyck",
            "Brusselsepoort",
            "Daalhof",
            "Oud-Caberg",
            "Boschpoort",
            "Blauwdorp",
            "Amby",
            "Sint Pieter",
        ],
        streets=[
            "Brusselseweg",
            "Akerstraat",
            "Meerssenerweg",
            "Bosscherweg",
            "Burg. Cortenstraat",
            "Kon. Emmaplein",
            "Sint Pieterstraat",
            "Oeverwal",
            "Pad a/d Maas",
            "Vijverdalseweg",
            "Ambyerstraat Noord",
            "Mergelweg",
            "Bergerstraat",
            "In de Kuil",
            "Edisonstraat",
            "Mosae Forum",
        ],
        team=["Sociaal Wijkteam Maastricht"],
        welzijn=["Trajekt", "Humanitas", "Partners in Welzijn"],
        woning=["Maasvallei", "Servatius", "Woonpunt"],
        ggz=["Mondriaan", "Koraal", "Levanto", "Vincent van Gogh"],
        verslaving=["Mondriaan Verslavingszorg"],
        schuld=["Kredietbank Limburg"],
        zh=["MUMC+", "Zuyderland"],
        gemeente=["Wmo-loket", "Sociale Zaken", "Zorgloket"],
        jeugd=["Xonar", "GGD Zuid Limburg"],
        vt="Veilig Thuis Zuid-Limburg",
        thuiszorg=["Envida", "Buurtzorg", "Sevagram"],
        school=["Bonnefanten College", "Leeuwenborgh", "Basisschool De Letterdoes"],
        elsewhere=["Meerssen", "Valkenburg", "Heerlen", "Sittard", "Lanaken", "Eijsden"],
        domain="trajekt.nl",
        origins={
            "limburg": 4,
            "dutch": 1.5,
            "belgian": 1,
            "moroccan": 1,
            "syrian": 0.5,
            "polish": 0.5,
            "chinese": 0.5,
            "ukrainian": 0.5,
        },
        dossier=["MTR-{y}-{n4}", "{Y}/MST/{n4}", "SWM{n6}"],
    ),
    "almere": _r(
        city="Almere",
        area="036",
        pc=(1311, 1365),
        wijken=[
            "Almere Haven",
            "Almere Buiten",
            "Almere Stad",
            "Almere Poort",
            "Muziekwijk",
            "Stedenwijk",
            "Kruidenwijk",
            "Filmwijk",
            "Danswijk",
            "Tussen de Vaarten",
            "Waterwijk",
            "Parkwijk",
            "Verzetswijk",
            "Regenboogbuurt",
        ],
        streets=[
            "Hollandstraat",
            "Zuiderzeeweg",
            "Flevoweg",
            "Bachstraat",
            "Louis Armstrongweg",
            "Rondo",
            "Kruidenweg",
            "Stedenwal",
            "Sumatraweg",
            "Gooiseweg",
            "Kon. Julianaweg",
            "Burg. Rouppe van der Voortstraat",
            "Marlene Dietrichstraat",
            "Grote Markt",
            "Operetteweg",
        ],
        team=["Sociaal Wijkteam Almere", "Wijkteams Almere"],
        welzijn=["De Schoor", "Humanitas", "Stichting Samen Sterk"],
        woning=["Ymere", "De Alliantie", "Goede Stede"],
        ggz=["GGz Centraal", "Vitree", "Leger des Heils"],
        verslaving=["Jellinek", "Leger des Heils"],
        schuld=["Humanitas Thuisadministratie", "Schuldhulpverlening Almere"],
        zh=["Flevoziekenhuis"],
        gemeente=["Stadswinkel", "Wmo-loket", "Werk en Inkomen"],
        jeugd=["Centrum voor Jeugd en Gezin Almere", "Vitree"],
        vt="Veilig Thuis Flevoland",
        thuiszorg=["Zorggroep Almere", "Buurtzorg"],
        school=["ROC van Flevoland", "Basisschool De Tamboerijn", "Helen Parkhurst"],
        elsewhere=["Lelystad", "Amsterdam", "Zeewolde", "Hilversum", "Purmerend"],
        domain="deschoor.nl",
        origins={
            "dutch": 2.5,
            "surinamese": 2,
            "antillean": 1.5,
            "ghanaian": 1.5,
            "moroccan": 1,
            "chinese": 0.5,
            "afghan": 0.5,
            "turkish": 0.5,
        },
        dossier=["ALM.{Y}.{n4}", "SWA-ALM-{n5}", "AL{y}-{n4}"],
    ),
    "burgum": _r(
        city="Burgum",
        area="0511",
        pc=(9251, 9262),
        munic="Tytsjerksteradiel",
        wijken=[
            "Burgum",
            "Hurdegaryp",
            "Garyp",
            "Suwâld",
            "Oentsjerk",
            "Feanwâlden",
            "Noardburgum",
        ],
        streets=[
            "Tsjerkestrjitte",
            "Haadwei",
            "Skoalstrjitte",
            "Jister",
            "Sweelstrjitte",
            "De Warren",
            "Nije Dyk",
            "Mr. P.J. Troelstrawei",
            "Legeweg",
            "Kon. Julianastrjitte",
            "Burg. Van Sminiaweg",
            "Stasjonsdyk",
            "Wâldwei",
            "Rinsmaweg",
        ],
        team=["Gebiedsteam Tytsjerksteradiel", "Sociaal Team"],
        welzijn=["Kearn Welzijn", "Timpaan Welzijn", "Humanitas Fryslân"],
        woning=["Elkien", "WoonFriesland", "Accolade"],
        ggz=["GGZ Friesland", "Talant", "Kwadrantgroep"],
        verslaving=["VNN"],
        schuld=["Humanitas Fryslân", "Schuldhulpmaatje Tytsjerksteradiel"],
        zh=["MCL", "Nij Smellinghe"],
        gemeente=["Wmo-loket", "Werkplein Noordoost-Friesland"],
        jeugd=["CJG Tytsjerksteradiel"],
        vt="Veilig Thuis Friesland",
        thuiszorg=["Thuiszorg Het Friese Land", "Buurtzorg"],
        school=["CSG Liudger", "OBS De Skalm", "Friesland College"],
        elsewhere=["Leeuwarden", "Drachten", "Dokkum", "Heerenveen"],
        domain="t-diel.nl",
        origins={"frisian": 4, "dutch": 1, "syrian": 0.5, "eritrean": 0.5, "ukrainian": 0.5},
        dossier=["TYTS-{Y}-{n3}", "GT/{y}/{n4}", "TD{n6}"],
    ),
    "gulpen": _r(
        city="Gulpen",
        area="043",
        pc=(6271, 6295),
        munic="Gulpen-Wittem",
        wijken=["Gulpen", "Wittem", "Mechelen", "Epen", "Eys", "Wijlre", "Slenaken", "Partij"],
        streets=[
            "Rijksweg",
            "Dorpsstraat",
            "Kerkpad",
            "In de Bongerd",
            "Pad a/d Geul",
            "Burg. Teheuxweg",
            "Landsraderweg",
            "Veld a/d Gulp",
            "Kon. Julianastraat",
            "Op de Kamp",
            "Molenweg",
            "Hoofdstraat",
            "Wilhelminastraat",
        ],
        team=["Sociaal Team Heuvelland", "Wmo-loket Heuvelland"],
        welzijn=["Partners in Welzijn", "Trajekt", "Zonnebloem"],
        woning=["Woonpunt", "Wonen Limburg"],
        ggz=["Mondriaan", "Koraal", "Vincent van Gogh"],
        verslaving=["Mondriaan Verslavingszorg"],
        schuld=["Kredietbank Limburg"],
        zh=["MUMC+", "Zuyderland"],
        gemeente=["Wmo-loket", "Sociale Zaken Heuvelland"],
        jeugd=["Xonar", "GGD Zuid Limburg"],
        vt="Veilig Thuis Zuid-Limburg",
        thuiszorg=["Envida", "Sevagram", "Buurtzorg"],
        school=["Sophianum", "Basisschool Klavertje Vier"],
        elsewhere=["Maastricht", "Heerlen", "Vaals", "Aken", "Valkenburg"],
        domain="heuvelland.nl",
        origins={"limburg": 4, "dutch": 1, "belgian": 0.5, "ukrainian": 0.5, "polish": 0.5},
        dossier=["GW/{y}/{n4}", "HVL-{Y}-{n4}", "SOT{n5}"],
    ),
    "oirschot": _r(
        city="Oirschot",
        area="0499",
        pc=(5688, 5689),
        wijken=["Oirschot", "Spoordonk", "Middelbeers", "Oostelbeers", "De Logt", "Kerkebogten"],
        streets=[
            "Sint Odulphusstraat",
            "Koestraat",
            "Molenstraat",
            "Spoordonkseweg",
            "Markt",
            "Burg. Van der Elstraat",
            "Kon. Emmalaan",
            "Dennenlaan",
            "Kempenlaan",
            "Vrijthof",
            "Heuvelsestraat",
            "Bestseweg",
        ],
        team=["Sociaal Team Oirschot", "Wmo-loket Oirschot"],
        welzijn=["Welzijn De Meierij", "Humanitas", "KBO Oirschot"],
        woning=["Woonstichting Oirschot", "Wooninc."],
        ggz=["GGzE", "Lunet zorg"],
        verslaving=["Novadic-Kentron"],
        schuld=["Humanitas Thuisadministratie", "Schuldhulpverlening De Kempen"],
        zh=["Catharina Ziekenhuis", "Máxima MC"],
        gemeente=["Wmo-loket", "Werk en Inkomen"],
        jeugd=["Centrum voor Jeugd en Gezin De Kempen"],
        vt="Veilig Thuis Zuidoost-Brabant",
        thuiszorg=["ZuidZorg", "Zorgboog", "Buurtzorg"],
        school=["Kempenhorst College", "Basisschool De Korenaar"],
        elsewhere=["Best", "Eindhoven", "Boxtel", "Tilburg", "Den Bosch"],
        domain="oirschot.nl",
        origins={"brabant": 4, "dutch": 1, "polish": 1, "bulgarian": 0.5},
        dossier=["OIR-{n5}", "OS/{Y}/{n3}", "WMO-O-{n4}"],
    ),
    "appingedam": _r(
        city="Appingedam",
        area="0596",
        pc=(9901, 9903),
        munic="Eemsdelta",
        wijken=[
            "Appingedam",
            "Delfzijl",
            "Loppersum",
            "Farmsum",
            "Tjamsweer",
            "Opwierde",
            "Woldendorp",
        ],
        streets=[
            "Solwerderstraat",
            "Dijkstraat",
            "Wierde",
            "Opwierderweg",
            "Damsterweg",
            "Burg. Klauckelaan",
            "Kon. Julianalaan",
            "Farmsumerweg",
            "Eekwerderweg",
            "Borgweg",
            "Oosterstraat",
            "Stationsweg",
        ],
        team=["Sociaal Team Eemsdelta", "Gebiedsteam Appingedam"],
        welzijn=["Stichting Welzijn Eemsdelta", "Humanitas", "MJD"],
        woning=["Wierden en Borgen", "Acantus", "Groningen Huisvest"],
        ggz=["Lentis", "Cosis"],
        verslaving=["VNN"],
        schuld=["Werkplein Fivelingo", "Humanitas Thuisadministratie"],
        zh=["Ommelander Ziekenhuis", "UMCG"],
        gemeente=["Werkplein Fivelingo", "Wmo-loket"],
        jeugd=["CJG Eemsdelta", "Elker"],
        vt="Veilig Thuis Groningen",
        thuiszorg=["Zonnehuisgroep Noord", "Buurtzorg", "Zinn"],
        school=["Ubbo Emmius", "Noorderpoort", "OBS De Woldstreek"],
        elsewhere=["Groningen", "Winschoten", "Veendam", "Uithuizen"],
        domain="eemsdelta.nl",
        origins={"groningen": 4, "dutch": 1, "syrian": 0.5, "eritrean": 0.5, "polish": 0.5},
        dossier=["ED-{Y}-{n4}", "EMS/{y}/{n4}", "AP{n5}"],
    ),
}
CITY_W = {
    "rotterdam": 3,
    "utrecht": 2.5,
    "groningen": 2.5,
    "eindhoven": 2,
    "tilburg": 2,
    "arnhem": 2,
    "zwolle": 2,
    "maastricht": 2,
    "almere": 2,
    "burgum": 1,
    "gulpen": 1,
    "oirschot": 0.7,
    "appingedam": 0.8,
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
MABB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MABB2 = [
    "jan.",
    "febr.",
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DABB = ["ma", "di", "wo", "do", "vr", "za", "zo"]


# ---------------------------------------------------------------- helpers
def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def bsn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def cap1(s):
    return s[0].upper() + s[1:]


class Pers:
    def __init__(self, g, first, sur, gender):
        self.g, self.first, self.sur, self.gender = g, first, sur, gender

    @property
    def F(self):
        return P(self.first)

    @property
    def S(self):  # surname after a title: "De Vries"
        return P(cap1(self.sur))

    @property
    def s(self):
        return P(self.sur)

    @property
    def N(self):
        return P(self.first + " " + self.sur)

    @property
    def I(self):
        return P(self.first[0] + ". " + self.sur)

    @property
    def IS(
        self,
    ):  # initial + surname capitalised: "J. De Vries" is wrong in Dutch, keep lower particle
        return P(self.first[0] + ". " + self.sur)

    @property
    def l(self):
        return P(self.sur.lower())

    @property
    def fl(self):
        return P(self.first.lower())

    @property
    def Fp(self):  # possessive
        f = self.first
        if f[-1] in "sxz":
            return P(f) + "'"
        if f[-1] in "aiouy":
            return P(f) + "'s"
        return P(f) + "s"

    @property
    def t(self):
        return "mevrouw" if self.gender == "f" else "meneer"

    @property
    def T(self):
        return "Mevrouw" if self.gender == "f" else "Meneer"

    @property
    def ta(self):
        return (
            self.g.rng.choice(["mw.", "mw", "mevr.", "mevrouw"])
            if self.gender == "f"
            else self.g.rng.choice(["dhr.", "dhr", "de heer", "meneer"])
        )

    @property
    def hij(self):
        return "zij" if self.gender == "f" else "hij"

    @property
    def Hij(self):
        return "Zij" if self.gender == "f" else "Hij"

    @property
    def zijn(self):
        return "haar" if self.gender == "f" else "zijn"

    @property
    def Zijn(self):
        return "Haar" if self.gender == "f" else "Zijn"

    @property
    def hem(self):
        return "haar" if self.gender == "f" else "hem"


class G:
    def __init__(self, rng, region):
        self.rng = rng
        self.key = region
        self.R = REGIONS[region]
        self.city = self.R["city"]
        self.w_raw = rng.choice(self.R["wijken"])
        self.base = datetime.date(2019, 1, 1) + datetime.timedelta(
            days=rng.randint(0, 6 * 365 + 150)
        )
        self.used_names = set()

    # --- generic
    def ch(self, seq):
        return self.rng.choice(seq)

    def n(self, a, b):
        return self.rng.randint(a, b)

    @property
    def wk(self):
        return W(self.w_raw)

    def W(self):
        return W(self.ch(self.R["wijken"]))

    def other_wijk(self):
        return W(self.ch([w for w in self.R["wijken"] if w != self.w_raw]))

    def org(self, cat):
        v = self.R[cat]
        return O(v if isinstance(v, str) else self.ch(v))

    def elsewhere(self):
        return self.ch(self.R["elsewhere"])

    # --- persons
    def origin(self):
        o = self.R["origins"]
        return self.rng.choices(list(o), weights=list(o.values()))[0]

    def person(self, origin=None, gender=None, sur=None):
        if sur is not None and origin is None:
            origin = next((k for k, v in NAMES.items() if sur in v[2]), "dutch")
        for _ in range(50):
            org = origin or self.origin()
            m, f, s = NAMES[org]
            gen = gender or self.ch("mf")
            first = self.ch(m if gen == "m" else f)
            last = sur if sur is not None else self.ch(s)
            if gen == "f" and org == "polish" and last.endswith("ski"):
                last = last[:-3] + "ska"
            if gen == "f" and org == "bulgarian" and last.endswith("ov"):
                last = last + "a"
            if first not in self.used_names and (sur is not None or last not in self.used_names):
                break
        self.used_names.add(first)
        if sur is None:
            self.used_names.add(last)
        return Pers(self, first, last, gen)

    def kid(self, parent, gender=None):
        """Child with same surname as parent; first name from parent's origin or a Dutch one."""
        org = None
        for k, (m, f, s) in NAMES.items():
            if parent.sur in s:
                org = k
                break
        if org is None or self.rng.random() < 0.25:
            org = self.ch(["dutch", org or "dutch"])
        return self.person(origin=org, gender=gender, sur=parent.sur)

    def pro(self, gender=None):
        o = self.ch(
            [
                "dutch",
                "dutch",
                "dutch",
                self.origin(),
                self.origin(),
                "moroccan",
                "turkish",
                "surinamese",
                "frisian",
                "brabant",
                "limburg",
                "groningen",
            ]
        )
        return self.person(origin=o, gender=gender)

    # --- dates
    def dt(self, lo=-60, hi=150):
        d = self.base + datetime.timedelta(days=self.n(lo, hi))
        while d.weekday() >= 5 and self.rng.random() < 0.9:
            d += datetime.timedelta(days=1)
        return d

    def fmt_date(self, d, style="any"):
        wd = d.weekday()
        opts = {
            "long": [
                f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                f"{d.day} {MABB[d.month - 1]} {d.year}",
                f"{d.day} {MABB2[d.month - 1]} {d.year}",
                f"{DAYS[wd]} {d.day} {MONTHS[d.month - 1]} {d.year}",
                f"{d.day} {cap1(MONTHS[d.month - 1])} {d.year}",
            ],
            "num": [
                f"{d.day:02d}-{d.month:02d}-{d.year}",
                f"{d.day}-{d.month}-{d.year}",
                f"{d.day}-{d.month}-'{d.year % 100:02d}",
                f"{d.day}/{d.month}/{d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day}-{d.month}-{d.year % 100:02d}",
            ],
            "short": [
                f"{d.day} {MONTHS[d.month - 1]}",
                f"{d.day} {MABB[d.month - 1]}",
                f"{d.day}/{d.month}",
                f"{d.day}-{d.month}",
                f"{d.day} {MABB2[d.month - 1]}",
            ],
            "wd": [
                f"{DAYS[wd]} {d.day} {MONTHS[d.month - 1]}",
                f"{DABB[wd]} {d.day}/{d.month}",
                f"{DABB[wd]} {d.day}-{d.month}",
                f"{cap1(DAYS[wd])} {d.day} {MABB[d.month - 1]}",
                f"{DAYS[wd]} {d.day}-{d.month}-{d.year}",
                f"{DABB[wd]} {d.day} {MABB[d.month - 1]}",
            ],
        }
        if style == "any":
            style = self.rng.choices(["long", "num", "short", "wd"], weights=[3, 4, 2, 2])[0]
        return pii("date", self.ch(opts[style]))

    def date(self, style="any", lo=-3, hi=3):
        return self.fmt_date(self.dt(lo, hi), style)

    def dob(self, lo=1936, hi=2005, style=None):
        d = datetime.date(self.n(lo, hi), self.n(1, 12), self.n(1, 28))
        opts = [
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day}-{d.month}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day}-{d.month}-'{d.year % 100:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MABB[d.month - 1]} {d.year}",
        ]
        return pii("date", self.ch(opts) if style is None else opts[style])

    def age(self, lo=19, hi=89):
        return str(self.n(lo, hi))

    # --- numbers
    def _bsn(self):
        while True:
            d = [self.n(1, 6)] + [self.n(0, 9) for _ in range(7)]
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s < 10:
                d.append(s)
                return "".join(map(str, d))

    def bsn(self, style=None):
        b = self._bsn()
        style = self.n(0, 5) if style is None else style
        if style == 1:
            b = f"{b[:4]}.{b[4:6]}.{b[6:]}"
        elif style == 2:
            b = f"{b[:3]} {b[3:6]} {b[6:]}"
        elif style == 3:
            b = f"{b[:3]}.{b[3:6]}.{b[6:]}"
        return pii("bsn", b)

    def iban(self, country="NL", spaced=None):
        if country == "BE":
            bban = "".join(str(self.n(0, 9)) for _ in range(12))
        else:
            bban = self.ch(
                ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
            ) + "".join(str(self.n(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        chk = 98 - int(num) % 97
        s = f"{country}{chk:02d}{bban}"
        assert iban_ok(s)
        spaced = self.rng.random() < 0.55 if spaced is None else spaced
        if spaced:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return pii("iban", s)

    def postcode(self, lower=False):
        a, b = self.R["pc"]
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        while True:
            l2 = self.ch(letters) + self.ch(letters)
            if l2 not in ("SS", "SA", "SD"):
                break
        sep = self.ch([" ", " ", " ", ""])
        s = f"{self.n(a, b)}{sep}{l2}"
        return pii("postcode", s.lower() if lower else s)

    def hnr(self):
        n = self.n(1, 240)
        suf = self.rng.choices(
            ["", "a", "B", "-B", "-hs", "-II", "-1", " bis", "-3", "A", "-III", "-bis", "C", "-2"],
            weights=[10, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0.5, 1, 1],
        )[0]
        return f"{n}{suf}"

    def street(self):
        return self.ch(self.R["streets"])

    def addr(self, street=None):
        return pii("address", f"{street or self.street()} {self.hnr()}")

    def full_addr(self, sep=", "):
        return f"{self.addr()}{sep}{self.postcode()} {self.city}"

    def mobile(self, style=None):
        d = "".join(str(self.n(0, 9)) for _ in range(8))
        d = str(self.n(1, 5)) + d[1:]
        opts = [
            f"06-{d}",
            f"06 {d[:4]} {d[4:]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"06{d}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"+31(0)6 {d}",
            f"06-{d[:3]} {d[3:6]} {d[6:]}",
            f"0031 6 {d}",
            f"+316{d}",
            f"06 - {d[:4]} {d[4:]}",
        ]
        return pii("phone", opts[self.n(0, len(opts) - 1) if style is None else style])

    def landline(self):
        a = self.R["area"]
        k = 10 - len(a)
        d = str(self.n(2, 8)) + "".join(str(self.n(0, 9)) for _ in range(k - 1))
        if len(a) == 3:
            opts = [
                f"{a}-{d}",
                f"{a} {d[:3]} {d[3:5]} {d[5:]}",
                f"({a}) {d[:3]} {d[3:5]} {d[5:]}",
                f"{a}{d}",
                f"+31 {a[1:]} {d[:3]} {d[3:]}",
                f"{a} - {d}",
            ]
        else:
            opts = [
                f"{a}-{d}",
                f"{a} {d[:2]} {d[2:4]} {d[4:]}",
                f"({a}) {d}",
                f"{a}{d}",
                f"+31 {a[1:]} {d}",
            ]
        return pii("phone", self.ch(opts))

    def phone(self):
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def foreign_phone(self, cc):
        f = {
            "48": lambda: f"+48 {self.n(500, 799)} {self.n(100, 999)} {self.n(100, 999)}",
            "359": lambda: f"+359 8{self.n(7, 9)} {self.n(100, 999)} {self.n(1000, 9999)}",
            "32": lambda: (
                f"+32 4{self.n(70, 99)} {self.n(10, 99)} {self.n(10, 99)} {self.n(10, 99)}"
            ),
            "90": lambda: (
                f"+90 5{self.n(30, 59)} {self.n(100, 999)} {self.n(10, 99)} {self.n(10, 99)}"
            ),
            "40": lambda: f"0040 7{self.n(20, 99)} {self.n(100, 999)} {self.n(100, 999)}",
            "380": lambda: (
                f"+380 {self.n(50, 99)} {self.n(100, 999)} {self.n(10, 99)} {self.n(10, 99)}"
            ),
            "49": lambda: f"+49 1{self.n(51, 79)} {self.n(1000000, 9999999)}",
            "597": lambda: f"+597 8{self.n(100000, 999999)}",
        }
        return pii("phone", f[cc]())

    def email(self, p, pro=False):
        f = ascii_fold(p.first).lower().replace(" ", "")
        s = ascii_fold(p.sur).lower().replace(" ", "").replace("-", "").replace("'", "")
        if pro:
            dom = self.R["domain"]
            opts = [f"{f[0]}.{s}@{dom}", f"{f}.{s}@{dom}", f"{f}{s}@{dom}", f"{f[0]}{s}@{dom}"]
        else:
            dom = self.ch(
                [
                    "gmail.com",
                    "hotmail.com",
                    "hotmail.nl",
                    "live.nl",
                    "outlook.com",
                    "kpnmail.nl",
                    "ziggo.nl",
                    "icloud.com",
                    "home.nl",
                    "planet.nl",
                    "yahoo.com",
                ]
            )
            opts = [
                f"{f}.{s}@{dom}",
                f"{f[0]}{s}{self.n(60, 99)}@{dom}",
                f"{f}{self.n(1, 99)}@{dom}",
                f"{s}.{f}@{dom}",
                f"{f}_{s}@{dom}",
                f"{f[0]}.{s}@{dom}",
                f"{f}{s[:3]}@{dom}",
            ]
        return pii("email", self.ch(opts))

    def dossier(self, kind="local"):
        if kind == "local":
            pat = self.ch(self.R["dossier"])
        else:
            pat = {
                "vt": self.ch(["VT-{Y}-{n4}", "VT{y}-{n5}", "VT/{Y}/{n5}", "VTM-{n6}"]),
                "wmo": self.ch(["WMO/{Y}/{n5}", "Wmo-{Y}-{n4}", "WMO{y}{n5}", "{Y}-WMO-{n4}"]),
                "cak": self.ch(["{n7}", "CAK-{n7}"]),
                "client": self.ch(["{n7}", "{n6}", "C{n6}", "CL-{n5}"]),
                "hash": "#{n5}",
                "shv": self.ch(["SHV-{Y}-{n4}", "SHV{y}/{n4}", "KB-{n6}", "{Y}/SHV/{n4}"]),
                "kenmerk": self.ch(
                    ["{Y}/U/{n7}", "U{Y}-{n5}", "Z-{Y}-{n6}", "{Y}-{n5}", "{y}-{n4}"]
                ),
                "huur": self.ch(["{n8}", "{n4}-{n3}-{n2}", "HC{n7}"]),
                "zorg": self.ch(["ZD-{n6}", "{n9}", "CLI{n6}"]),
            }[kind]
        yr = self.base.year

        def rnd(k):
            return "".join(str(self.n(0, 9)) for _ in range(k))

        s = pat.replace("{Y}", str(yr)).replace("{y}", f"{yr % 100:02d}")
        for k in range(9, 1, -1):
            s = s.replace("{n%d}" % k, str(self.n(1, 9)) + rnd(k - 1))
        return pii("dossier", s)


# ---------------------------------------------------------------- templates
TEMPLATES = []


def T(regions=None):
    def deco(f):
        TEMPLATES.append((f, regions))
        return f

    return deco


IBER = "IB'er"
CITIES = [k for k in REGIONS if k not in ("burgum", "gulpen", "oirschot", "appingedam")]
VILLAGES = ["burgum", "gulpen", "oirschot", "appingedam"]


@T()
def t_rapportage_huisbezoek(g):
    c = g.person(gender="f")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Rapportage huisbezoek {g.date('num')}\n\n"
        f"Vandaag heb ik samen met de {RL('wijkverpleegkundige')} van {g.org('thuiszorg')} een huisbezoek afgelegd bij mevrouw {c.S} "
        f"({g.age(70, 91)}), wonende aan de {g.addr()} in {g.wk}. Mevrouw woont sinds het overlijden van haar man alleen. "
        f"Zij gaf aan dat zij zich 's avonds onrustig voelt en de post niet meer openmaakt. Op tafel lagen meerdere aanmaningen van "
        f"{g.org('woning')} en een brief van het {O('CJIB')}. Haar dochter {d.N} woont in {g.elsewhere()} en komt ongeveer eens per maand langs; "
        f"zij is bereikbaar op {g.mobile()}. Met instemming van mevrouw neem ik contact op met {g.org('schuld')} voor een aanmelding. "
        f"Vervolgafspraak staat op {g.date('wd', 7, 14)}.\n\n{pro.N}\n{RL('sociaal werker')}, {g.org('team')}"
    )


@T()
def t_ondersteuningsplan(g):
    c = g.person()
    pro = g.pro()
    return (
        f"ONDERSTEUNINGSPLAN\nNaam: {c.N}\nGeboortedatum: {g.dob(1958, 2001)}\nBSN: {g.bsn()}\n"
        f"Adres: {g.addr()}, {g.postcode()} {g.city}\nRegistratienummer: {g.dossier()}\n\n"
        f"Doel 1 – Financiën: {c.F} heeft binnen drie maanden overzicht over inkomsten en uitgaven.\n"
        f"Afspraken: {c.F} levert elke maandag de post aan bij de {RL('schuldhulpverlener')}; de vaste lasten gaan via budgetbeheer bij "
        f"{g.org('schuld')} (rekening cliënt {g.iban()}).\n"
        f"Doel 2 – Dagritme: {c.hij} gaat twee ochtenden per week naar de dagbesteding in {g.wk}.\n"
        f"Doel 3 – Netwerk: een vrijwilliger van {g.org('welzijn')} komt wekelijks op de koffie.\n\n"
        f"Evaluatiedatum: {g.date('num', 90, 100)}\nOpgesteld door {pro.I}, {RL('casusregisseur')}. Getekend door cliënt op {g.date('long', 0, 5)}."
    )


@T()
def t_keukentafel_parkinson(g):
    c = g.person(gender="m")
    w = g.person(gender="f", sur=c.sur)
    s = g.kid(c, "m")
    pro = g.pro()
    return (
        f"Keukentafelgesprek {g.date('wd')} – fam. {c.S}\n"
        f"Aanwezig: dhr. {c.S} ({g.age(72, 88)}), mw. {w.F} {w.s} (echtgenote), zoon {s.F}, ondergetekende ({RL('Wmo-consulent')}).\n"
        f"Hulpvraag: hulp bij het huishouden en mogelijk een traplift. Dhr heeft sinds een paar jaar Parkinson en loopt met rollator; "
        f"slaapkamer en badkamer zijn boven. Mw doet alles, geeft aan dat het haar te veel wordt. {s.F} komt 3x p/w na zijn werk, "
        f"ook hij is overbelast (eigen gezin, fulltime baan).\n"
        f"Afspraken: aanvraag hbh via het {O('Wmo-loket')}, {g.org('thuiszorg')} komt kennismaken, {RL('ergotherapeut')} kijkt naar de trap. "
        f"Mantelzorgwaardering aangevraagd voor {w.F}. Tel. zoon: {g.mobile()}.\n- {pro.F}"
    )


@T()
def t_signaal_buurvrouw(g):
    n = g.person(gender="f")
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Telefoonnotitie {g.date('num')}, {g.n(9, 16)}.{g.ch(['05', '15', '30', '45'])} uur\n"
        f"Buurvrouw {n.N} ({g.addr()}) belt. Zij maakt zich zorgen om haar bovenbuurman, {c.F} {c.s}. Ze hoort hem 's nachts schreeuwen en "
        f"met spullen gooien, en er komt een zure lucht uit de brievenbus. Ze heeft hem sinds de kermis niet meer buiten gezien. "
        f"Volgens haar heeft hij geen familie meer in {g.city}; er zou een broer in {g.elsewhere()} zijn. "
        f"Melding doorgezet naar de {RL('wijkagent')} en de {RL('woonconsulent')} van {g.org('woning')}. Morgen gaan {pro.F} en ik samen langs. "
        f"Melder wil anoniem blijven. Terugbellen kan op {g.phone()}."
    )


@T()
def t_signaal_school_mail(g):
    ib = g.pro(gender="f")
    m = g.person(gender="f")
    k1 = g.kid(m, "f")
    k2 = g.kid(m, "m")
    school = g.ch(
        [s for s in g.R["school"] if "school" in s.lower() or "OBS" in s or "CBS" in s]
        or g.R["school"]
    )
    return (
        f"Van: {ib.N} <{g.email(ib, pro=False)}>\nAan: {g.org('team')} {g.wk}\nOnderwerp: zorgen om gezin {m.S}\n\n"
        f"Beste collega's,\n\nVanuit {O(school)} willen we graag een signaal afgeven over {k1.F} (groep 6) en haar broertje {k2.F} (groep 3). "
        f"Sinds de herfstvakantie komen ze vaak te laat en zonder ontbijt, en {k1.F} vertelde aan de juf dat mama 'de hele dag slaapt'. "
        f"Op {g.date('short')} heb ik als {RL('intern begeleider')} met moeder gesproken. Zij gaf aan dat ze schulden heeft en "
        f"geen hulp durft te vragen. Ze vond het goed dat ik jullie mail. Haar nummer is {g.mobile()}.\n\n"
        f"Zijn jullie al bekend met dit gezin? Ik hoor graag van jullie.\n\nGroet,\n{ib.F}\n{RL(IBER)}"
    )


@T()
def t_overdracht_ggz(g):
    c = g.person()
    pro = g.pro()
    ha = g.pro()
    bw = g.pro()
    x = g.person(gender="m" if c.gender == "f" else "f")
    return (
        f"OVERDRACHTSDOCUMENT\nVan: {g.org('team')}, {g.wk}\nNaar: {g.org('ggz')}, ambulant team\n\n"
        f"Cliënt: {c.I}, geb. {g.dob(1965, 2000)}\nBSN: {g.bsn()}\nKenmerk: {g.dossier()}\n"
        f"Contactpersoon wijkteam: {pro.N}, {RL('maatschappelijk werker')}, tel. {g.landline()}\n\n"
        f"Aanleiding: cliënt heeft sinds {g.ch(['het voorjaar', 'de zomer', 'vorig jaar'])} toenemende psychische klachten "
        f"(somberheid, achterdocht) en mijdt contact met de {RL('huisarts')}, dr. {ha.S}. Na drie maanden bemoeizorg is cliënt bereid tot een intake.\n"
        f"Betrokken: {RL('bewindvoerder')} {bw.N}; {g.org('woning')} i.v.m. overlast.\n"
        f"Let op: cliënt wil uitdrukkelijk niet dat ex-partner {x.N} informatie krijgt. Geen gegevens delen met familie zonder toestemming."
    )


@T()
def t_evaluatie_traject(g):
    c = g.person()
    pro = g.pro()
    d1 = g.dt(-200, -150)
    d2 = g.dt(-5, 5)
    return (
        f"Evaluatie traject {c.F} {c.s} ({g.dossier()})\nPeriode: {g.fmt_date(d1, 'num')} t/m {g.fmt_date(d2, 'num')}\n\n"
        f"Wat is bereikt? De huurachterstand bij {g.org('woning')} is afgelost via een betalingsregeling en {c.F} heeft weer een geldige "
        f"zorgverzekering. {c.Hij} gaat inmiddels zelfstandig naar de taalles bij {g.org('welzijn')}.\n"
        f"Wat is niet gelukt? Werk. Het traject bij {g.org('gemeente')} is na twee maanden gestopt omdat {c.hij} de afspraken niet nakwam.\n"
        f"Hoe kijkt {c.F} zelf terug? 'Ik heb weer rust in mijn hoofd.' Cijfer: 7.\n"
        f"Vervolg: afschalen naar een vrijwilliger. Dossier sluiten per {g.date('long', 20, 40)}.\n\n{pro.F} {pro.s}, {RL('buurtteammedewerker')}"
    )


@T()
def t_les_vertrouwen(g):
    pro = g.pro()
    c = g.person(gender="m")
    return (
        f"Les voor het kennisplatform: eerst vertrouwen, dan formulieren\nGeplaatst op {g.date('long')}\n\n"
        f"In {g.wk} begeleidden we een man van {g.age(45, 64)} die al jaren elke vorm van hulp afhield. Brieven bleven dicht, de deur ook. "
        f"Wat werkte: de {RL('ervaringsdeskundige')} ging drie weken lang elke dinsdag met hem koffie drinken bij de snackbar om de hoek, "
        f"zonder agenda. Pas daarna kon de {RL('schuldhulpverlener')} aanschuiven. Wat niet werkte: de standaard intakebrief van "
        f"{g.org('schuld')}, met vier pagina's voorwaarden.\n\n"
        f"Tip: spreek met de {RL('huisarts')} af wie het eerste contact legt. (Intern: dit gaat over meneer {c.S} van de {g.street()}, "
        f"dossier {g.dossier()} – graag weghalen voor publicatie.)\n\nIngebracht door {pro.F}, {g.org('team')}"
    )


@T()
def t_quicknote_huur(g):
    c = g.person(gender="f")
    s = g.kid(c, "m")
    pro = g.pro()
    return (
        f"hb mw {c.l} ivm huurachterstand. {g.org('woning')} dreigt met ontruiming per {g.date('short', 30, 60)}. mw wil regeling, "
        f"kan max €50 p/m. belt zelf met kredietbank. zoon {s.fl} ({g.age(19, 26)}) woont nog thuis, geen werk, geen uitkering, "
        f"lijkt te blowen. vlgnde week check of mw gebeld heeft. tel mw {g.mobile()}\n-{pro.fl}"
    )


@T()
def t_mdo(g):
    p1 = g.pro()
    p2 = g.pro()
    p3 = g.pro()
    c = g.person(gender="f")
    return (
        f"Verslag MDO {g.date('long')}, locatie wijkcentrum {g.wk}\n"
        f"Aanwezig: {p1.N} ({RL('wijkverpleegkundige')}, {g.org('thuiszorg')}), {p2.N} ({RL('casemanager dementie')}), "
        f"{p3.F} ({RL('ouderenadviseur')}, {g.org('welzijn')}), {RL('huisarts')} (telefonisch).\n\n"
        f"Casus mw {c.S}, {g.age(78, 94)} jr. Toenemende vergeetachtigheid, vermoedelijk Alzheimer (nog geen diagnose). "
        f"Laat het gas aan, is twee keer 's nachts op straat aangetroffen. Dochter woont in het buitenland.\n\n"
        f"Actiepunten:\n- {p1.F}: dagelijkse medicatiecontrole, start {g.date('short', 1, 10)}\n"
        f"- {p2.F}: gesprek met dochter via videobellen, vóór {g.date('wd', 10, 20)}\n"
        f"- {p3.F}: aanmelden dagbesteding\nVolgend MDO: over zes weken."
    )


@T()
def t_vt_melding(g):
    v = g.person(gender="f")
    k1 = g.kid(v)
    k2 = g.kid(v)
    p = g.person(gender="m")
    pro = g.pro()
    return (
        f"Melding {O(g.R['vt'])} d.d. {g.date('num')}\n"
        f"Betreft: {v.N} (moeder, geb. {g.dob(1984, 1998)}), kinderen {k1.F} ({g.n(3, 8)} jr) en {k2.F} ({g.n(9, 14)} jr)\n"
        f"Adres: {g.addr()}, {g.postcode()} {g.city}\n"
        f"Vermoedelijke pleger: {p.N}, partner, verblijft wisselend op dit adres en bij zijn moeder aan de {g.addr()}.\n"
        f"Aard: moeder meldt fysiek geweld (blauwe plek bovenarm zichtbaar), kinderen zijn getuige. Zij wil niet dat partner weet dat er gemeld is.\n"
        f"VT-nummer: {g.dossier('vt')}\nMelder: {pro.N}, {RL('maatschappelijk werker')}, {g.org('team')}, {g.landline()}"
    )


@T()
def t_wmo_onderzoek(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Verslag Wmo-onderzoek\nZaaknummer {g.dossier('wmo')}\n\n"
        f"Op {g.date('long')} heeft het gesprek plaatsgevonden bij {c.t} {c.S} thuis. Aanwezig waren {c.t} {c.S} en de buurvrouw, "
        f"{g.person(gender='f').N}, die als vertrouwenspersoon meekeek. {c.T} {c.S} is {g.age(55, 80)} jaar en heeft COPD; "
        f"na een ziekenhuisopname in het {g.org('zh')} is de conditie sterk achteruitgegaan. "
        f"Boodschappen doen lukt niet meer, koken lukt met moeite. Het eigen netwerk is klein: een zoon in {g.elsewhere()} die in ploegendienst werkt.\n"
        f"Conclusie: er is een maatwerkvoorziening nodig voor huishoudelijke ondersteuning (3 uur per week). Eigen bijdrage via het {O('CAK')}.\n"
        f"{pro.I}, {RL('Wmo-consulent')}"
    )


@T()
def t_schuldhulp_aanmelding(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Aanmeldformulier schuldhulpverlening\n"
        f"Aanvrager: {c.N}\nBSN: {g.bsn()}\nAdres: {g.full_addr()}\nTelefoon: {g.mobile()}\nE-mail: {g.email(c)}\n"
        f"Rekeningnummer: {g.iban()}\nInkomen: Participatiewet, € {g.n(1100, 1400)},- netto\n"
        f"Geschatte schuld: € {g.n(8, 42)}.{g.n(100, 999)}, circa {g.n(6, 19)} schuldeisers (o.a. zorgverzekeraar, {O('Belastingdienst')}, energie).\n"
        f"Aangemeld door: {pro.N}, {g.org('team')}\nToelichting: cliënt heeft een LVB en kan de brieven niet lezen. "
        f"Graag een warme overdracht naar {g.org('schuld')}; ik ga mee naar het eerste gesprek."
    )


@T()
def t_woonconsulent_mail(g):
    wc = g.pro()
    c = g.person()
    pro = g.pro()
    return (
        f"Hoi {pro.F},\n\nIk heb vanochtend weer klachten binnengekregen over {g.addr()}. Meerdere buren melden dat {c.t} {c.S} "
        f"de galerij vol zet met vuilniszakken en dat er ongedierte is. We hebben {c.hem} op {g.date('short', -30, -10)} en {g.date('short', -9, -1)} "
        f"een brief gestuurd, maar er komt geen reactie. Huurcontractnummer voor jullie dossier: {g.dossier('huur')}. "
        f"Kunnen jullie samen met mij een huisbezoek doen? Ik kan {g.ch(['dinsdagmiddag', 'donderdagochtend', 'vrijdag na 10 uur'])}.\n\n"
        f"Groet,\n{wc.N}\n{RL('woonconsulent')} {g.org('woning')}\nT {g.landline()} | M {g.mobile()}"
    )


@T()
def t_platform_reactie(g):
    a = g.pro()
    b = g.pro()
    return (
        f"Reactie op 'Jongeren met schulden' – {a.F} ({g.org('team')}, {g.city}) · {g.date('num')} 21:14\n\n"
        f"Herkenbaar! Bij ons in {g.wk} zien we hetzelfde: jongens van 18-21 die via {O('Klarna')} en gokken in de schulden komen. "
        f"Wat bij ons werkt is de samenwerking met de {RL('jongerenwerker')} en {g.org('gemeente')}. "
        f"{b.F} {b.s} van {g.org('schuld')} heeft een spreekuur in het jongerencentrum, elke woensdag. "
        f"Als je meer wilt weten kun je haar mailen: {g.email(b, pro=True)}. Ze vindt het leuk om ervaringen te delen."
    )


@T()
def t_intake_fields(g):
    c = g.person()
    pa = g.person(gender="m" if c.gender == "f" else "f")
    pro = g.pro()
    return (
        f"INTAKE {g.org('team')}\nDatum intake: {g.date('num')}\nIntaker: {pro.F} {pro.s}\n\n"
        f"Naam: {c.S}, {c.F}\nGeb.datum: {g.dob()}\nBSN: {g.bsn()}\nAdres: {g.addr()}\nPostcode/plaats: {g.postcode()} {g.city}\n"
        f"Tel.: {g.phone()}\nIBAN: {g.iban()}\nPartner: {pa.N}\nKinderen: 2 (12 en 15 jaar)\nHuisarts: praktijk {g.ch(['De Linde', 'Het Kompas', 'Zuid', 'De Vaart'])}\n"
        f"Wijk: {g.wk}\n\nHulpvraag in eigen woorden: 'Ik wil dat de deurwaarder stopt en dat mijn zoon weer naar school gaat.'\n"
        f"Toestemmingsverklaring getekend: ja"
    )


@T(["almere"])
def t_jongerenwerk_almere(g):
    j = g.person(gender="m")
    m = g.person(gender="f", sur=j.sur)
    pro = g.pro()
    return (
        f"Notitie jongerenwerk {g.wk}, {g.date('wd')}\n"
        f"Vanavond bij het Rondje {g.wk} {j.F} ({g.n(16, 19)}) gesproken. Hij hangt sinds de zomer veel rond bij het winkelcentrum en zegt "
        f"dat hij van school ({g.org('school')}) is gestuurd. Thuis is het onrustig, moeder ({m.F}) heeft twee banen. "
        f"Hij wil wel werk, liefst in de bouw. Ik heb zijn 06 genoteerd: {g.mobile()}. Afgesproken dat hij {g.ch(['donderdag', 'vrijdag'])} "
        f"langskomt in het jongerencentrum, dan bel ik samen met hem het {O('Jongerenloket')}.\n{pro.F}, {RL('jongerenwerker')} {g.org('welzijn')}"
    )


@T(["burgum"])
def t_fries_dorp(g):
    c = g.person(origin="frisian", gender="m")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Huisbezoek {g.date('long')} – {g.wk}\n"
        f"Bij dhr. {c.F} {c.s} ({g.age(80, 93)}) aan de {g.addr()}. Meneer is boer geweest en woont sinds het overlijden van zijn vrouw alleen op de boerderij. "
        f"Hij spreekt liever Fries; gesprek grotendeels in het Fries gevoerd. Hij eet onregelmatig en is vorige maand gevallen in de schuur. "
        f"Dochter {d.F} ({P(d.sur + '-' + g.ch(['Veenstra', 'de Boer', 'Kuipers']))}) woont in {g.elsewhere()} en belt dagelijks; haar nummer {g.mobile()}. "
        f"Meneer wil absoluut niet naar een verzorgingshuis. Afgesproken: maaltijdservice, personenalarmering en een bezoek van de "
        f"{RL('ouderenadviseur')} van {g.org('welzijn')}.\n{pro.N}, {g.org('team')}"
    )


@T(["gulpen"])
def t_limburg_dorp(g):
    c = g.person(origin="limburg", gender="f")
    s = g.kid(c, "m")
    pro = g.pro()
    st = g.ch(["Pad a/d Geul", "Veld a/d Gulp"])
    return (
        f"Verslag {g.date('num')}\nMevr. {c.S} ({g.age(74, 90)}), {pii('address', st + ' ' + str(g.n(1, 40)))}, {g.postcode()} {g.wk}. "
        f"Mevrouw is slechtziend en kan de trap naar de slaapkamer niet meer op; zij slaapt in de stoel. Zoon {s.F} woont in Lanaken "
        f"(België) en is bereikbaar op {g.foreign_phone('32')}. Hij wil best helpen maar werkt in Luik. Er is een oude rekening in België "
        f"waar de AOW op binnenkomt: {g.iban('BE')}. Afspraak: {RL('Wmo-consulent')} komt kijken voor een bed beneden, "
        f"{g.org('thuiszorg')} start met ADL. Vrijwilliger van de {O('Zonnebloem')} komt op donderdag.\n{pro.I}"
    )


@T(["oirschot"])
def t_brabant_dorp(g):
    c = g.person(origin="polish", gender="m")
    pro = g.pro()
    werk = g.person(origin="brabant")
    return (
        f"{g.date('wd')} – dhr. {c.F} {c.s}, arbeidsmigrant, woont op een vakantiepark bij {g.wk}. "
        f"Via de {RL('praktijkondersteuner')} aangemeld. Hij is zijn baan bij een uitzendbureau kwijt en daarmee ook zijn kamer. "
        f"Geen BSN-registratie op dit adres, wel een oud BSN: {g.bsn()}. Nederlands beperkt, Engels redelijk. "
        f"Contact met zijn zus in Polen: {g.foreign_phone('48')}. Voormalig leidinggevende {werk.N} wil nog wel een verklaring geven. "
        f"Actie: aanvraag noodopvang, contact met {g.org('welzijn')} en {g.org('gemeente')} voor inschrijving. Dossier {g.dossier()}.\n-{pro.F}"
    )


@T(["appingedam"])
def t_groningen_aardbeving(g):
    c = g.person(origin="groningen", gender="m")
    w = g.person(origin="groningen", gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"Rapportage {g.date('long')}\n"
        f"Echtpaar {c.S} woont aan de {g.addr()} in {g.wk}. Het huis heeft aardbevingsschade en staat op de lijst voor versterking. "
        f"Dhr. {c.F} {c.s} ({g.age(60, 75)}) slaapt slecht, is prikkelbaar en drinkt meer sinds de laatste schade-inspectie. "
        f"Mw. {w.F} maakt zich vooral zorgen om hem. Zij vertelt dat ze al {g.n(4, 9)} jaar 'in de wachtkamer' zitten. "
        f"Contact gelegd met de {RL('POH-GGZ')} en met de {RL('geestelijk verzorger')} van het {O('Stut- en Steunpunt')}. "
        f"Bereikbaar: {g.landline()}. Volgende afspraak {g.date('short', 14, 21)}.\n{pro.N}, {g.org('team')}"
    )


@T()
def t_casuistiek(g):
    a = g.person()
    b = g.person(gender="f")
    c = g.person(gender="m")
    p1 = g.pro()
    p2 = g.pro()
    return (
        f"Casuïstiekoverleg {g.wk} – {g.date('num')}\n"
        f"1. {a.F} {a.s}: stand van zaken. Beschikking beschermd wonen is binnen, plaatsing via {g.org('ggz')} waarschijnlijk pas over 4 mnd. "
        f"Tot die tijd blijft {p1.F} betrokken.\n"
        f"2. Mw {b.l} (nieuw, via {RL('huisarts')}): rouw, eenzaam, 81 jr. {p2.F} pakt op met de {RL('ouderenadviseur')}.\n"
        f"3. Dhr {c.S}: niet thuis getroffen op {g.date('short', -10, -1)}, buurman zegt dat hij in het {g.org('zh')} ligt. "
        f"Navragen bij transferverpleegkundige.\n"
        f"Bellen: {RL('transferverpleegkundige')} {g.landline()}.\n"
        f"4. Rondvraag: {p1.F} is vanaf {g.date('short', 5, 20)} twee weken met verlof, {p2.F} neemt waar."
    )


@T()
def t_huisarts_mail(g):
    ha = g.pro()
    c = g.person()
    pro = g.pro()
    return (
        f"Geachte collega,\n\nHierbij meld ik, met toestemming van patiënt, {c.t} {c.N} (geb. {g.dob(1950, 1995)}) aan bij het wijkteam. "
        f"{c.T} bezoekt mijn spreekuur de laatste maanden wekelijks met lichamelijke klachten waarvoor ik geen verklaring vind. "
        f"In het gesprek komen steeds geldzorgen en eenzaamheid naar voren. Ik denk dat u meer voor {c.hem} kunt betekenen dan ik. "
        f"Telefoon patiënt: {g.phone()}.\n\nMet collegiale groet,\n\n{ha.I}, {RL('huisarts')}\nHuisartsenpraktijk {g.wk}\n"
        f"{g.full_addr()}\n\n(Doorgezet naar {pro.F} op {g.date('short')})"
    )


@T()
def t_ggz_verwijzing_bemoeizorg(g):
    c = g.person(gender="m")
    z = g.person(gender="f", sur=c.sur)
    pro = g.pro()
    spv = g.pro()
    return (
        f"Bemoeizorg – logboek\n"
        f"{g.date('num', -40, -38)}: aangebeld {g.addr()}, geen reactie. Briefje door de bus.\n"
        f"{g.date('num', -30, -28)}: zus {z.F} belt ({g.mobile()}). Broer heeft al maanden geen contact, ze is bang dat hij zich iets aandoet.\n"
        f"{g.date('num', -21, -19)}: samen met {spv.F} ({RL('SPV')}, {g.org('ggz')}) aangebeld. {c.F} deed open, wilde niet praten, wel een sigaret aangenomen.\n"
        f"{g.date('num', -7, -5)}: {c.F} belt zelf! Wil hulp bij brief van de gemeente over zijn uitkering.\n"
        f"Volgende stap: samen naar {g.org('gemeente')}. Voorzichtig blijven, niet te snel gaan. – {pro.fl}"
    )


@T()
def t_beschermd_wonen(g):
    c = g.person()
    m = g.person(gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"Aanmelding {O(g.R.get('bw', 'Toegang Beschermd Wonen'))}\n\nNaam: {c.I}\nBSN: {g.bsn(1)}\nGeboren: {g.dob(1990, 2004)}\nHuidige verblijfplaats: "
        f"bij moeder ({m.N}), {g.full_addr()}\n\n"
        f"Toelichting: {c.F} is bekend met schizofrenie en heeft na een opname bij {g.org('ggz')} geen eigen woonruimte. "
        f"Thuis wonen is geen optie meer: moeder is zelf ziek en de situatie escaleert regelmatig. Er is een indicatie van de psychiater "
        f"(bijgevoegd). {c.F} is gemotiveerd voor een plek met 24-uurs begeleiding.\n\nAanvrager: {pro.N}, {RL('casusregisseur')}, {g.email(pro, pro=True)}"
    )


@T()
def t_mantelzorg_turks(g):
    c = g.person(origin="turkish", gender="m")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Gesprek mantelzorg, {g.date('wd')}\n"
        f"Dhr. {c.S} ({g.age(68, 84)}) heeft na een herseninfarct een halfzijdige verlamming. Zijn dochter {d.F} tolkt en zorgt voor alles: "
        f"wassen, medicijnen, afspraken in het {g.org('zh')}. Zij heeft drie kinderen en werkt 24 uur bij de {O(g.ch(['Albert Heijn', 'Jumbo', 'HEMA']))}. "
        f"{d.Fp} man helpt in het weekend. Zij zegt: 'In onze cultuur doe je dit zelf, maar ik kan niet meer.' "
        f"Besproken: respijtzorg, dagbesteding met Turkstalige begeleiding bij {g.org('welzijn')}, mantelzorgcompliment. "
        f"{d.F} wil erover nadenken en belt terug. Haar nr: {g.mobile()}. Mail: {g.email(d)}.\n{pro.F}, {RL('mantelzorgconsulent')}"
    )


@T(["zwolle", "groningen", "arnhem", "burgum", "appingedam", "utrecht"])
def t_statushouder_eritrea(g):
    c = g.person(origin="eritrean", gender="f")
    k = g.person(origin="eritrean", gender="m")
    vw = g.pro()
    pro = g.pro()
    return (
        f"Kennismaking {g.date('long')}\n"
        f"Mw. {c.F} {c.s}, statushouder uit Eritrea, sinds {g.n(2019, 2023)} in Nederland, woont met zoontje {k.F} ({g.n(2, 6)}) "
        f"aan de {g.addr()}. Gesprek met tolk Tigrinya via de tolkentelefoon. Mw is overweldigd door brieven: toeslagen, "
        f"{O('DUO')}, inburgering. Haar begeleider van {O('VluchtelingenWerk')}, {vw.N}, stopt per {g.date('short', 20, 40)} omdat de termijn voorbij is. "
        f"Afspraken: ik help met het aanvragen van een digid-machtiging, {g.org('welzijn')} zoekt een taalmaatje, "
        f"aanmelding peuteropvang voor {k.F}. Contact via WhatsApp {g.mobile()}.\n{pro.N}"
    )


@T(["maastricht", "gulpen", "eindhoven", "zwolle", "tilburg"])
def t_oekraine(g):
    c = g.person(origin="ukrainian", gender="f")
    h = g.person(origin=g.ch(["limburg", "dutch", "brabant"]))
    pro = g.pro()
    return (
        f"Signaal gastgezin, {g.date('num')}\n"
        f"{h.N} belt namens het gastgezin. Sinds {g.date('short', -300, -250)} wonen {c.F} {c.s} en haar moeder bij hen in huis, "
        f"{g.addr()}. De opvang was bedoeld voor drie maanden; het is nu ruim een jaar. Er zijn spanningen, {c.F} huilt veel en eet nauwelijks. "
        f"Haar man zit in het leger. {h.F} vraagt of er een eigen woning mogelijk is en of {c.F} met iemand kan praten. "
        f"Nummer {c.F}: {g.foreign_phone('380')} (Oekraïens nr) of via gastgezin {g.landline()}.\n"
        f"Actie: {RL('POH-GGZ')} inschakelen, contact met gemeentelijke opvangcoördinator. -{pro.F}"
    )


@T()
def t_veiligheidsplan(g):
    v = g.person(gender="f")
    p = g.person(gender="m")
    z = g.person(gender="f")
    pro = g.pro()
    return (
        f"Veiligheidsplan – vertrouwelijk\nCliënt: {v.N}\nDossier: {g.dossier('vt')}\n\n"
        f"1. Bij acuut gevaar: 112.\n2. Vluchtadres: zus {z.F}, {g.addr()} (sleutel ligt bij de buurvrouw).\n"
        f"3. Tas met paspoort, medicijnen en bankpas ligt klaar bij {z.F}.\n"
        f"4. {p.F} {p.s} heeft een contactverbod tot {g.date('long', 60, 120)}. Bij overtreding direct melden bij de {RL('wijkagent')}.\n"
        f"5. Contactpersoon {O(g.R['vt'])}: {pro.N}, {g.landline()}.\n6. Codewoord in WhatsApp naar zus: 'kan je de oppas regelen?'\n"
        f"Besproken en ondertekend op {g.date('num')}."
    )


@T()
def t_financieel_misbruik(g):
    c = g.person(gender="f")
    n = g.person(gender="m")
    pro = g.pro()
    return (
        f"Zorgmelding {g.date('long')}\n"
        f"Mevrouw {c.S} ({g.age(80, 95)}) woont zelfstandig in een seniorenflat in {g.wk}. De {RL('wijkverpleegkundige')} ziet dat mw "
        f"sinds enkele maanden geen boodschappen meer in huis heeft. Neef {n.N} heeft haar bankpas en pincode 'om te helpen'. "
        f"Op de afschriften staan pinopnames van in totaal € {g.n(3, 9)}.{g.n(100, 999)} en overboekingen naar rekening {g.iban()}. "
        f"Mw zegt dat ze {n.F} vertrouwt, maar schrikt van de bedragen. Volgens de {RL('huisarts')} is mw wilsbekwaam.\n"
        f"Advies gevraagd bij {O(g.R['vt'])}. Overweging: aanvraag beschermingsbewind. ({pro.F}, {RL('ouderenconsulent')})"
    )


@T()
def t_dementie_overdracht(g):
    c = g.person(gender="m")
    w = g.person(gender="f", sur=c.sur)
    pro = g.pro()
    cm = g.pro()
    return (
        f"Warme overdracht aan casemanager dementie\n\nBeste {cm.F},\n\n"
        f"Zoals besproken draag ik dhr. {c.F} {c.s} over. Diagnose Alzheimer gesteld door de {RL('geriater')} van het {g.org('zh')} op "
        f"{g.date('long', -30, -10)}. Meneer woont met zijn echtgenote {w.F} ({g.age(75, 85)}) aan de {g.addr()}, {g.postcode()}. "
        f"{w.F} is de spil, maar zelf hartpatiënt. Kinderen: een zoon in {g.elsewhere()}, contact is wisselend.\n"
        f"Lopende zaken: aanvraag Wlz-indicatie via het {O('CIZ')} (nog niet ingediend), dagbesteding twee dagen bij {g.org('thuiszorg')}.\n"
        f"Telefoon echtpaar: {g.landline()}.\n\nGroet, {pro.F}"
    )


@T()
def t_weekplanning(g):
    a = g.person()
    b = g.person()
    c = g.person()
    d = g.person()
    pro = g.pro()
    return (
        f"Planning week {g.n(2, 51)} – {pro.F}\n"
        f"ma: 9.30 hb {a.ta} {a.S}, {g.addr()} / 14.00 teamoverleg\n"
        f"di: {g.date('short')} tandarts (privé) – 's middags administratie\n"
        f"wo: 10.00 met {b.F} naar {g.org('gemeente')} (loket 4), daarna {g.org('welzijn')} ivm vrijwilligerswerk\n"
        f"do: 11.00 MDO {c.S} in het {g.org('zh')}; 15.30 bellen {RL('bewindvoerder')} {d.I}\n"
        f"vr: 10.00 nieuwe aanmelding, {g.addr()} ({g.postcode()}), tel. {g.mobile()}"
    )


@T()
def t_whatsapp(g):
    c = g.person(gender="f")
    pro = g.pro()
    return (
        f"[WhatsApp, {g.date('num')}]\n"
        f"{c.F}: goedemorgen ik heb weer een brief van de deurwaarder gekregen, moet ik die sturen?\n"
        f"{pro.F}: Goedemorgen {c.F}! Ja, maak maar een foto en stuur hem hier. Niet zelf bellen met de deurwaarder hè 😉\n"
        f"{c.F}: ok. en ze willen dat ik morgen thuis ben\n"
        f"{pro.F}: Ik bel ze vandaag. Staat er een nummer of kenmerk op?\n"
        f"{c.F}: {g.dossier('kenmerk')}\n"
        f"{pro.F}: Top. Ik laat het je voor 16 uur weten."
    )


@T()
def t_voicemail(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Voicemail {g.date('wd')} 17.42: {c.t} {c.S} – 'ja hallo, met {c.F} {c.s}, van de {g.street()}, u bent bij mij geweest voor "
        f"de schulden. Ik wilde zeggen dat de stroom is afgesloten, ik weet niet wat ik moet doen. Wilt u mij terugbellen op "
        f"{g.mobile(3)}, dank u wel.' → {pro.fl} terugbellen morgen 8.30, {O('Energiebank')} checken"
    )


@T()
def t_bewind_aanvraag(g):
    c = g.person()
    bw = g.pro()
    pro = g.pro()
    return (
        f"Verzoek onderbewindstelling – bijlage wijkteam\n"
        f"Rechthebbende: {c.N}, BSN {g.bsn(2)}, {g.full_addr()}\n"
        f"Voorgestelde bewindvoerder: {bw.N}, {O(g.ch(['Bewindvoering Zuid', 'Budget Dienstverlening Noord', 'Mentorschap Nederland', 'De Financiële Brug']))}\n"
        f"Leefgeldrekening cliënt: {g.iban(spaced=False)}\nBeheerrekening: {g.iban(spaced=True)}\n\n"
        f"Motivatie: cliënt heeft een verstandelijke beperking (IQ rond 65), schulden van ruim € 20.000 en is meermaals opgelicht. "
        f"Hulp vanuit het netwerk is niet (meer) beschikbaar. Cliënt stemt in met bewind.\n"
        f"Opgesteld door {pro.N}, {RL('MEE-consulent')}, {g.date('long')}"
    )


@T()
def t_les_woningcorporatie(g):
    pro = g.pro()
    wc = g.pro()
    return (
        f"Geleerde les: samen met de corporatie vóór de ontruiming ({g.date('short')})\n\n"
        f"Thema: huisuitzetting voorkomen. Bij {g.org('woning')} krijgen wij nu een signaal bij twee maanden huurachterstand in plaats van bij vier. "
        f"De {RL('woonconsulent')} en de {RL('sociaal werker')} gaan samen onaangekondigd langs ('Vroeg Eropaf'). In {g.wk} leidde dit in een jaar tot "
        f"{g.n(20, 60)} gesprekken en maar twee ontruimingen. Belangrijk: spreek vooraf af welke gegevens de corporatie mag delen (naam, adres, "
        f"hoogte achterstand) en leg dat vast.\n\nVragen? Bel {pro.F} ({g.mobile()}) of {wc.F} {wc.s} van de corporatie."
    )


@T()
def t_les_laaggeletterd(g):
    pro = g.pro()
    c = g.person(gender="f")
    return (
        f"Kennisdeling: laaggeletterdheid herkennen – {g.date('num')}\n"
        f"Vaak zeggen cliënten 'ik heb mijn bril niet bij me' of 'dat lees ik thuis wel'. Bij ons kwam er een moeder van vier die al jaren "
        f"boetes stapelde omdat ze de brieven niet kon lezen. Het {O('Taalhuis')} in de bibliotheek hielp haar binnen een half jaar verder. "
        f"Tip: vraag nooit 'kunt u lezen?', maar 'hoe gaat het met de post?'.\n"
        f"PS van de redactie: in de eerste versie stond de naam van de cliënt ({c.N}). Let daar op bij het plaatsen!\n"
        f"— {pro.F}, {RL('taalcoach')}, {g.org('welzijn')}, {g.city}"
    )


@T()
def t_les_buurtmoeders(g):
    pro = g.pro()
    return (
        f"Les: informele zorg via buurtmoeders (ingestuurd {g.date('num')})\n\nIn {g.wk} werken we sinds {g.n(2017, 2022)} met buurtmoeders: vrouwen uit de wijk die zelf "
        f"migratie, armoede of opvoedvragen hebben meegemaakt. Zij bereiken gezinnen die de {RL('jeugdverpleegkundige')} nooit ziet. "
        f"Wat we leerden: betaal ze een vrijwilligersvergoeding, geef ze een vast aanspreekpunt bij {g.org('welzijn')} en neem ze serieus in "
        f"het MDO. Een buurtmoeder is geen hulpverlener en moet dat ook niet worden. Contact: {pro.N}, {g.email(pro, pro=True)}."
    )


@T()
def t_discussie_thread(g):
    a = g.pro()
    b = g.pro()
    c = g.pro()
    k = g.person(gender="m")
    return (
        f"Draad: 'Wie betaalt de tolk?'\n\n{a.F} ({g.city}, {g.date('wd')}): Bij ons weigert de gemeente de tolk te vergoeden bij keukentafelgesprekken "
        f"voor mensen die langer dan drie jaar hier zijn. Hoe lossen jullie dat op?\n\n"
        f"{b.F} {b.s}: Wij gebruiken vaak familie, maar dat is eigenlijk niet goed. Laatst tolkte een zoon van 12 voor zijn vader ({k.F}) "
        f"over diens schulden. Dat wil je niet.\n\n"
        f"{c.F}: In {g.other_wijk()} hebben we een pool van vrijwillige tolken via {g.org('welzijn')}. Mail me maar: {g.email(c, pro=True)}"
    )


@T()
def t_escalatie(g):
    c = g.person()
    pro = g.pro()
    mgr = g.pro()
    return (
        f"Aan: {mgr.I}, {RL('teamleider')}\nCc: {RL('Wmo-adviseur')}\nBetreft: escalatie wachttijd {g.dossier()}\n\n"
        f"Beste {mgr.F},\n\nIk wil de casus van {c.t} {c.S} opschalen. De aanvraag voor beschermd wonen loopt sinds {g.date('long', -150, -120)}; "
        f"er is nog steeds geen plek. Ondertussen slaapt {c.F} afwisselend bij kennissen en in de nachtopvang van het {O('Leger des Heils')}. "
        f"Vorige week is {c.hij} opnieuw opgenomen geweest. Ik zie geen verantwoorde tussenoplossing meer binnen ons team.\n\n"
        f"Kunnen we dit {g.ch(['donderdag', 'dinsdag', 'volgende week'])} bespreken?\n\nGroet,\n{pro.F}"
    )


@T()
def t_verzamelstoornis(g):
    c = g.person(gender="m")
    pro = g.pro()
    bb = g.pro()
    return (
        f"Rapportage – {g.date('num')}\n"
        f"Samen met {bb.F} van {g.org('woning')} een bezoek gebracht aan dhr. {c.S}, {g.addr()}, {g.wk}. De woning is ernstig vervuild; "
        f"de gang is alleen zijwaarts begaanbaar, in de keuken staan tientallen tassen met kranten en lege flessen. Meneer noemt het 'verzamelen' "
        f"en wil niets weggooien. Er zijn vier katten, waarvan één ziek lijkt; de {O('Dierenambulance')} is geïnformeerd. "
        f"Brandgevaar: de meterkast is niet bereikbaar. Meneer stemt in met een bezoek van de {O('brandweer')} voor een brandveiligheidscheck "
        f"op {g.date('wd', 5, 12)}. Verder contact via zijn nicht, {g.person(gender='f').N}, {g.mobile()}.\n{pro.I}"
    )


@T()
def t_18min_overdracht(g):
    c = g.person()
    m = g.person(gender="f", sur=c.sur)
    jc = g.pro()
    pro = g.pro()
    return (
        f"Overdracht 18-/18+\nVan: {jc.N}, {RL('jeugdconsulent')}, {g.org('jeugd')}\nAan: {g.org('team')}\n\n"
        f"{c.F} wordt op {g.date('long', 10, 30)} 18 jaar. {c.Hij} woont bij moeder ({m.F}) aan de {g.addr()}. Jeugdhulp stopt dan, "
        f"maar er is nog veel nodig: {c.F} heeft ADHD, geen startkwalificatie, en er is een schuld bij de OV-chipkaart en een telefoonabonnement. "
        f"{c.Hij} zit nu bij {g.org('school')}, opleiding Entree, maar verzuimt veel.\n"
        f"Wensen: eigen kamer, bijbaan, iemand die helpt met DigiD en zorgtoeslag.\n"
        f"Registratienummer jeugd: {g.dossier('client')}. {c.F} is bereikbaar op {g.mobile()}. Overdrachtsgesprek gepland op {g.date('wd', 1, 9)} met {pro.F}."
    )


@T()
def t_leerplicht(g):
    k = g.person()
    m = g.person(gender="f", sur=k.sur)
    lp = g.pro()
    return (
        f"Signaal leerplicht\n{k.N}, geb. {g.dob(2009, 2012)}, leerling klas 2 van {g.org('school')}, heeft dit schooljaar {g.n(60, 140)} uur "
        f"ongeoorloofd verzuimd. Moeder, mevrouw {m.S}, komt niet op gesprekken. Volgens de {RL('mentor')} zorgt {k.F} voor jongere broertjes "
        f"omdat moeder ziek is. Ik wil geen proces-verbaal, maar zoek hulp voor het gezin. Adres: {g.full_addr()}.\n"
        f"{lp.N}, {RL('leerplichtambtenaar')}, {g.landline()}"
    )


@T(["rotterdam"])
def t_kaapverdiaans(g):
    c = g.person(origin="capeverdean", gender="f")
    s = g.kid(c, "m")
    pro = g.pro()
    return (
        f"Verslag huisbezoek {g.date('long')} – {g.wk}\n"
        f"Bij mevrouw {c.F} {c.s}, {g.addr()}. Mevrouw is in de jaren negentig vanuit Kaapverdië via Portugal naar Rotterdam gekomen en spreekt "
        f"Kriolu en Portugees; haar zoon {s.F} vertaalt. Zij werkte jarenlang als schoonmaakster in de haven, maar is nu arbeidsongeschikt. "
        f"Haar AOW-opbouw is onvolledig en er is een gat in haar inkomen. Contact gelegd met de {RL('inkomensconsulent')} van {g.org('gemeente')} "
        f"voor aanvullende bijstand. {s.F} ({g.mobile()}) regelt de papieren. Vervolg over twee weken.\n{pro.F} {pro.s}"
    )


@T(["rotterdam", "almere", "tilburg"])
def t_antilliaanse_moeder(g):
    c = g.person(origin="antillean", gender="f")
    k = g.kid(c)
    ex = g.person(origin="antillean", gender="m")
    pro = g.pro()
    return (
        f"Notitie {g.date('num')}\n{c.F} {c.s} ({g.n(19, 23)}), alleenstaande moeder van {k.F} ({g.n(1, 3)}), sinds {g.n(2020, 2023)} uit Curaçao. "
        f"Woont tijdelijk bij een tante in {g.wk} ({g.addr()}), op een matras in de woonkamer. Vader van het kind, {ex.N}, betaalt niets "
        f"en zit volgens haar op Bonaire. Ze is niet ingeschreven op het adres van tante omdat tante dan toeslagen kwijtraakt. "
        f"Geen inkomen, wel recht op bijstand zodra ze een postadres heeft. Actie: briefadres aanvragen, {RL('jeugdverpleegkundige')} van "
        f"{g.org('jeugd')} inschakelen voor {k.F}. Mobiel: {g.mobile()}.\n– {pro.F}"
    )


@T(["groningen", "zwolle", "rotterdam", "eindhoven"])
def t_chinese_oudere(g):
    c = g.person(origin="chinese", gender="m")
    d = g.person(origin="chinese", gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"{g.date('wd')}: bezoek aan dhr. {c.S} ({g.age(78, 90)}), voormalig eigenaar van een Chinees-Indisch restaurant aan de {g.street()}. "
        f"Woont alleen boven het voormalige pand, {g.addr()}. Spreekt Kantonees, nauwelijks Nederlands. Zijn dochter {d.F} kwam erbij om te tolken; "
        f"zij woont in Amsterdam. Meneer is gevallen, heeft een pijnlijke heup maar wil niet naar de dokter. Via {g.org('welzijn')} is er een "
        f"Chineestalige vrijwilliger die wekelijks kan komen. {d.F} geeft haar mail voor afstemming: {g.email(d)}. "
        f"Volgende stap: {RL('huisarts')} op huisbezoek vragen. – {pro.I}"
    )


@T(["almere", "rotterdam"])
def t_ghanese_kerk(g):
    c = g.person(origin="ghanaian", gender="f")
    pas = g.person(origin="ghanaian", gender="m")
    pro = g.pro()
    return (
        f"Signaal via de kerk, {g.date('num')}\nPastor {pas.N} van een Ghanese pinkstergemeente in {g.wk} belde. Een gemeentelid, "
        f"{c.F} {c.s}, heeft geen verblijfsvergunning meer sinds haar scheiding en is bang om hulp te vragen. Ze werkt zwart in de schoonmaak "
        f"en heeft pijn op de borst. De pastor wil bemiddelen. Ik heb uitgelegd dat zij gewoon bij een {RL('huisarts')} terechtkan en dat wij "
        f"geen gegevens doorgeven aan de {O('IND')}. Afspraak in de kerk op {g.date('wd', 3, 10)}, samen met {O('Dokters van de Wereld')}. "
        f"Tel. pastor: {g.mobile()}.\n{pro.F}"
    )


@T(["eindhoven", "tilburg", "oirschot", "rotterdam"])
def t_bulgaarse_arbeiders(g):
    a = g.person(origin="bulgarian", gender="m")
    b = g.person(origin="bulgarian", gender="m")
    v = g.person(origin=g.ch(["brabant", "dutch"]), gender="m")
    pro = g.pro()
    return (
        f"Melding overbewoning – {g.date('long')}\n"
        f"Op het adres {g.addr()} staan volgens de BRP {g.n(2, 3)} personen ingeschreven, maar buren tellen 's avonds zeker 11 mannen. "
        f"Tijdens het huisbezoek met de {RL('handhaver')} troffen we o.a. {a.N} en {b.N} aan, beiden uit Bulgarije, werkzaam via een uitzendbureau "
        f"in de logistiek. Zij betalen € {g.n(100, 140)} per week per bed aan een verhuurder, '{v.F}'. {a.F} heeft een wond aan zijn hand die niet "
        f"geneest; hij is niet verzekerd. Contact via {g.foreign_phone('359')}.\nActie: {g.org('gemeente')} + {O('Arbeidsinspectie')} informeren, "
        f"wondzorg regelen via {RL('wijkverpleegkundige')}. ({pro.F})"
    )


@T(["tilburg", "arnhem", "zwolle"])
def t_molukse_oudere(g):
    c = g.person(origin="moluccan", gender="m")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Rapportage {g.date('num')}\nDhr. {c.F} {c.s} ({g.age(82, 94)}) woont in de Molukse wijk in {g.wk}. Hij is een van de laatste KNIL-veteranen "
        f"die in het kamp Lunetten heeft gewoond. De familie zorgt intensief, maar dochter {d.F} zegt dat de zorg 'te zwaar wordt nu vader 's nachts "
        f"dwaalt'. Vanuit het {O('Pelita')} is er een lotgenotengroep. Besproken met {d.F}: casemanager dementie, dagbesteding met Molukse collega's, "
        f"respijt. {d.Fp} nummer: {g.mobile()}. Adres: {g.addr()}.\n{pro.F}"
    )


@T(["utrecht"])
def t_somalische_moeder(g):
    c = g.person(origin="somali", gender="f")
    k1 = g.person(origin="somali", gender="m")
    k2 = g.person(origin="somali", gender="f")
    pro = g.pro()
    return (
        f"Keukentafelgesprek {g.date('long')}, {g.wk}\n"
        f"Mw {c.F} {c.s}, moeder van vijf, woont in een driekamerflat aan de {g.addr()}. Oudste zoon {k1.F} ({g.n(15, 17)}) wordt op school gepest "
        f"en is twee keer opgepakt voor winkeldiefstal. Dochter {k2.F} heeft astma; de woning is vochtig en schimmelig. Mw heeft meerdere keren "
        f"bij {g.org('woning')} geklaagd. Afspraak: wij gaan mee naar de corporatie, {g.org('jeugd')} sluit aan voor {k1.F}, {RL('jeugdarts')} kijkt "
        f"naar de klachten van {k2.F}. Tolk Somalisch nodig bij vervolg. Tel: {g.mobile()}. Dossier {g.dossier()}.\n{pro.N}"
    )


C45 = "Centrum '45"


@T(["utrecht", "arnhem", "almere"])
def t_afghaans_gezin(g):
    c = g.person(origin="afghan", gender="m")
    w = g.person(origin="afghan", gender="f")
    pro = g.pro()
    return (
        f"Verslag {g.date('num')}: gezin {c.S} (vader {c.F}, moeder {w.F}, vier kinderen) kwam in 2021 via de evacuatie uit Kabul. "
        f"Vader werkte als tolk voor het Nederlandse leger en heeft ernstige nachtmerries. Moeder komt de deur niet uit zonder hem. "
        f"Het gezin woont nu aan de {g.addr()}, {g.postcode()}. Verwijzing naar {O(C45)} besproken; vader wil eerst met de "
        f"{RL('huisarts')} praten. Inburgering van moeder loopt via {g.org('welzijn')}. Contact vader: {g.mobile()}, e-mail {g.email(c)}.\n{pro.F} {pro.s}"
    )


@T(["groningen", "zwolle", "burgum", "appingedam", "eindhoven"])
def t_syrische_man(g):
    c = g.person(origin="syrian", gender="m")
    w = g.person(origin="syrian", gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"{g.date('long')} – {c.N}, {g.age(35, 55)} jaar, sinds 2016 in Nederland, voorheen docent wiskunde in Aleppo. "
        f"Werkt nu parttime in een distributiecentrum. Echtgenote {w.F} belde ons omdat hij 'niet meer praat' en niet meer slaapt. "
        f"In het gesprek vertelt hij over zijn broer die nog vermist is. Hij wil geen psycholoog ('ik ben niet gek'), maar wel iemand om mee te praten. "
        f"Geregeld: gesprek met een Arabisch sprekende {RL('ervaringsdeskundige')} van {g.org('welzijn')}, en contact met het {O('UAF')} over "
        f"diplomawaardering. Adres: {g.addr()}; tel. {g.mobile()}.\n{pro.F}"
    )


@T(["utrecht", "arnhem"])
def t_koerdische_vrouw(g):
    c = g.person(origin="kurdish", gender="f")
    pro = g.pro()
    return (
        f"intake ({g.date('short')}) – mw. {c.S}, {g.age(40, 60)} jr, Koerdisch (Irak), gescheiden, 2 volw. kinderen. "
        f"Hulpvraag: eenzaamheid en pijnklachten. Mw spreekt redelijk NL, heeft vroeger als naaister gewerkt. Wil graag vrijwilligerswerk. "
        f"Gekoppeld aan naaiatelier bij {g.org('welzijn')} in {g.wk}. BSN {g.bsn(0)}, {g.addr()}. Eigen nr {g.phone()}. – {pro.fl}"
    )


@T()
def t_gokken(g):
    c = g.person(origin=g.ch(["turkish", "moroccan", "dutch", "brabant"]), gender="m")
    w = g.person(gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"Gespreksverslag {g.date('num')}\nAanwezig: {c.N}, echtgenote {w.F}, {RL('maatschappelijk werker')}.\n"
        f"{w.F} heeft ontdekt dat haar man in twee jaar ruim € {g.n(25, 60)}.000 heeft vergokt via online casino's. Er zijn leningen afgesloten op "
        f"haar naam. {c.F} schaamt zich en wil stoppen. Hij is bereid tot een intake bij {g.org('verslaving')}. {w.F} wil weten of ze aansprakelijk is "
        f"voor de schulden; verwezen naar het {O('Juridisch Loket')}. Afspraak: {c.F} laat zich registreren in {O('Cruks')}. "
        f"Gezamenlijke rekening {g.iban()} wordt omgezet naar een rekening op naam van {w.F} alleen.\n{pro.F}"
    )


@T(["utrecht"])
def t_dakloze_jongere(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Aanmelding {O('De Tussenvoorziening')} – {g.date('num')}\n{c.N} ({g.n(18, 22)}), sinds {g.n(2, 7)} weken dakloos na ruzie met stiefvader. "
        f"Slaapt bij vrienden in {g.wk} en soms in de auto van een vriend. Werkt 16 uur in een magazijn. Geen schulden bekend, wel een studieschuld bij {O('DUO')}. "
        f"{c.F} heeft een postadres nodig om de baan te houden. Laatst bekende adres: {g.full_addr()}. Telefoon {g.mobile()}, mail {g.email(c)}.\n"
        f"Aangemeld door {pro.F}, {O('Buurtteam Sociaal')} {g.other_wijk()}."
    )


@T()
def t_reclassering(g):
    c = g.person(gender="m")
    rc = g.pro()
    pro = g.pro()
    return (
        f"Afstemming nazorg ex-gedetineerde\n{c.N}, geb. {g.dob(1975, 1999)}, komt op {g.date('long', 5, 20)} vrij uit de PI. "
        f"{RL('Reclasseringswerker')} {rc.N} ({O('Reclassering Nederland')}, {g.mobile()}) vraagt ons om te helpen met: woonruimte (hij kan niet terug naar "
        f"{g.addr()} omdat de verhuurder heeft opgezegd), ID-bewijs, uitkering en zorgverzekering. {c.F} heeft een meldplicht op dinsdag. BSN {g.bsn(2)}. "
        f"Er is een gebiedsverbod voor {g.other_wijk()}.\nDossiernr. {g.dossier('kenmerk')}. Wijkteam: {pro.F}."
    )


@T()
def t_ontslag_ziekenhuis(g):
    c = g.person(gender="f")
    tv = g.pro()
    pro = g.pro()
    return (
        f"Bericht transferpunt {g.org('zh')}, {g.date('num')}\n"
        f"Patiënte {c.N} ({g.dob(1935, 1950)}) gaat {g.ch(['morgen', 'vrijdag', 'maandag'])} met ontslag na een heupfractuur. "
        f"Revalidatie geweigerd, wil naar huis: {g.addr()}, {g.postcode()} {g.city}. Er is geen mantelzorg. "
        f"Graag huisbezoek door het wijkteam binnen 48 uur. Thuiszorg ({g.org('thuiszorg')}) is aangevraagd. "
        f"Contact: {tv.N}, {RL('transferverpleegkundige')}, {g.landline()}.\n[gelezen door {pro.F}, hb gepland {g.date('wd', 2, 4)}]"
    )


@T()
def t_crisis(g):
    c = g.person()
    m = g.person(gender="f")
    pro = g.pro()
    return (
        f"Crisis – {g.date('wd')} 16.10\n{c.F} ({g.age(20, 35)}) belde in paniek en zei dat {c.hij} 'er een eind aan wil maken'. "
        f"Ik ben op de lijn gebleven en heb via collega {m.F} de crisisdienst van {g.org('ggz')} gebeld. Zij zijn om 17.05 ter plaatse geweest op "
        f"{g.addr()}. {c.F} is niet opgenomen, wel een veiligheidsafspraak gemaakt en morgen een afspraak met de {RL('psychiater')}. "
        f"Moeder ingelicht ({g.mobile()}) met toestemming van {c.F}. Ik bel morgenochtend om 9.00. — {pro.F}"
    )


@T()
def t_klachtbrief_client(g):
    c = g.person()
    pro = g.pro(gender="f")
    return (
        f"{c.N}\n{g.addr()}\n{g.postcode()} {g.city}\n\n{g.city}, {g.date('long')}\n\nAan het wijkteam {g.wk}\n\n"
        f"Geachte heer, mevrouw,\n\nIk schrijf deze brief omdat ik al sinds {g.ch(['januari', 'maart', 'de zomer', 'oktober'])} wacht op hulp. "
        f"Mijn contactpersoon, mevrouw {pro.S}, heeft beloofd dat zij mij zou helpen met de aanvraag voor bijzondere bijstand, "
        f"maar ik hoor niets meer. Ondertussen loopt mijn schuld op. Ik vind dit niet netjes. Ik wil graag een andere contactpersoon.\n\n"
        f"Mijn telefoonnummer is {g.phone()}. Mijn klantnummer is {g.dossier('client')}.\n\nMet vriendelijke groet,\n{c.I}"
    )


@T()
def t_deurwaarder_brief(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Aan: {O('Gerechtsdeurwaarderskantoor ' + g.ch(['Van der Laan', 'Flanderijn', 'Hoekstra & Partners', 'GGN']))}\n"
        f"Uw kenmerk: {g.dossier('kenmerk')}\nBetreft: {c.N}, geb. {g.dob()}\n\n"
        f"Geachte heer/mevrouw,\n\nNamens bovengenoemde cliënt verzoek ik u de beslaglegging op het loon op te schorten. Cliënt is aangemeld bij "
        f"{g.org('schuld')} en er wordt gewerkt aan een minnelijke regeling. De beslagvrije voet is volgens ons onjuist berekend: "
        f"er is geen rekening gehouden met de woonlasten. Het rekeningnummer van cliënt is {g.iban()}.\n\n"
        f"Hoogachtend,\n{pro.N}\n{RL('schuldhulpverlener')}, {g.org('team')}\n{g.email(pro, pro=True)}"
    )


@T()
def t_energie(g):
    c = g.person(gender="f")
    pro = g.pro()
    return (
        f"Energiecoach – verslag {g.date('num')}\nBij mw. {c.S}, {g.addr()} ({g.wk}). Maandbedrag energie is verhoogd naar € {g.n(240, 410)}. "
        f"Mw heeft een oud contract met {O(g.ch(['Essent', 'Vattenfall', 'Eneco']))} en verwarmt met een elektrisch kacheltje omdat de cv stuk is. "
        f"Melding gemaakt bij de verhuurder. Tochtstrips en radiatorfolie aangebracht. Aanvraag energietoeslag gedaan via het digitale loket, "
        f"mw's rekeningnummer {g.iban(spaced=True)}. Follow-up over 4 weken. {pro.F}, {RL('energiecoach')}"
    )


@T(["utrecht", "rotterdam", "almere", "eindhoven"])
def t_toeslagen(g):
    c = g.person(gender="f")
    pro = g.pro()
    return (
        f"Gesprek {g.date('long')}\n{c.F} {c.s} is erkend gedupeerde van de toeslagenaffaire. Zij heeft de € 30.000 ontvangen, maar heeft nog "
        f"steeds schulden en veel wantrouwen richting overheid. Ook haar kinderen hebben last gehad: de oudste woonde jaren bij oma. "
        f"Ze wil een 'brede beoordeling' van de gemeente en hulp bij de aanvraag voor een nieuwe woning. Uitbetaald op {g.iban(spaced=False)}. Persoonlijk zaaknummer "
        f"{O('UHT')}: {g.dossier('kenmerk')}. Mail {g.email(c)}.\nBesproken met {RL('zaakbehandelaar')} van de gemeente. {pro.F}"
    )


@T()
def t_wijkagent(g):
    wa = g.pro()
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Van {RL('wijkagent')} {wa.N}, {g.date('wd')}:\n"
        f"'Hoi, afgelopen nacht weer een melding bij {c.F} {c.s}, {g.addr()}. Buren belden om 03.15 vanwege harde muziek en geschreeuw. "
        f"Hij was verward, sprak over stemmen. Niet aangehouden, wel aangeraden hulp te zoeken. Is hij bij jullie in beeld? "
        f"Ik heb jullie gegevens niet gegeven, alleen gezegd dat het wijkteam bestaat.'\n"
        f"Reactie {pro.F}: bekend sinds {g.ch(['februari', 'vorig najaar', 'de zomer'])}, {RL('SPV')} van {g.org('ggz')} is betrokken, ik stem af."
    )


@T()
def t_project_evaluatie(g):
    pro = g.pro()
    return (
        f"Evaluatie project 'Samen aan tafel' {g.wk}, {g.n(2021, 2024)}\n\n"
        f"In tien maanden deden {g.n(30, 60)} bewoners mee aan de wekelijkse maaltijd in het buurthuis. {g.n(60, 80)}% was 70 jaar of ouder, "
        f"en bijna de helft woonde alleen. Samenwerking tussen {g.org('welzijn')}, {g.org('thuiszorg')} en de vrijwilligers verliep goed. "
        f"Knelpunt: vervoer voor mensen met een rollator. Aanbeveling: doorgaan, met een vaste coördinator.\n\n"
        f"Coördinator: {pro.N}, {g.mobile()}"
    )


@T()
def t_plan_jongvolwassene(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Plan van aanpak – {c.F} ({g.n(18, 23)} jaar)\n\nWie | Wat | Wanneer\n"
        f"{c.F} | inschrijven bij {g.org('gemeente')} | vóór {g.date('short', 5, 14)}\n"
        f"{pro.F} | aanvraag zorgtoeslag samen met {c.F} | {g.date('wd', 2, 7)}\n"
        f"{RL('jobcoach')} | kennismaking leerwerkplek | week {g.n(2, 50)}\n"
        f"{c.F} + moeder | gesprek over kostgeld | voor de volgende evaluatie\n\n"
        f"Contact {c.F}: {g.mobile()} / {g.email(c)}"
    )


@T()
def t_lvb_stel(g):
    a = g.person(gender="f")
    b = g.person(gender="m")
    baby = g.person(sur=b.sur)
    pro = g.pro()
    mee = g.pro()
    return (
        f"Keukentafelgesprek {g.date('long')}\n"
        f"{a.F} ({g.n(20, 24)}) en {b.F} ({g.n(22, 28)}) wonen samen met hun baby {baby.F} ({g.n(3, 10)} maanden) op een bovenwoning aan de {g.addr()}. "
        f"Beiden hebben een licht verstandelijke beperking. Het consultatiebureau maakt zich zorgen over de voeding en hygiëne; de baby groeit te weinig. "
        f"{a.F} vertelt trots dat ze 'alles zelf doet', {b.F} werkt in een sociale werkplaats. Er zijn geen opa's en oma's in beeld.\n"
        f"Afspraken: {mee.F} van {O('MEE')} komt twee keer per week, {RL('jeugdverpleegkundige')} komt wekelijks wegen, budgetcoach via {g.org('schuld')}. "
        f"Evaluatie {g.date('num', 40, 60)}.\n{pro.N}, {RL('gezinscoach')}"
    )


@T()
def t_vakantieoverdracht(g):
    a = g.person()
    b = g.person()
    c = g.person()
    d = g.person()
    pro = g.pro()
    return (
        f"Overdracht ivm vakantie {pro.F} ({g.date('short')} t/m {g.date('short', 14, 21)})\n"
        f"- {a.N}: wacht op beschikking, niks doen tenzij {a.hij} belt ({g.mobile()})\n"
        f"- fam. {b.S}: zitting kantonrechter op {g.date('num', 5, 20)}!! iemand moet mee\n"
        f"- {c.F} (zoon van mw {d.S}): zit in de problemen met politie, moeder kan bellen\n"
        f"- {d.S}: medicatie wordt gebracht door apotheek, check op maandag\n"
        f"Sleutel kluisje bij {RL('teamleider')}."
    )


@T()
def t_dagrapportage_bw(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Dagrapportage {g.date('num')} – {c.F}\nOchtend: {c.F} was om 11.00 nog niet op. Gewekt, samen ontbeten. Medicatie ingenomen onder toezicht. "
        f"Middag: met {c.hem} naar de {O('Action')} en de {O('Lidl')}, boodschappenlijst liep goed. {c.F} vertelde dat zijn broer {g.person(gender='m', sur=c.sur).F} "
        f"weer contact zoekt en geld wil lenen; hij twijfelt. Besproken dat hij nee mag zeggen. Avond: rustig, tv gekeken.\n"
        f"Bijzonderheden: geen. {RL('ambulant begeleider')} {pro.F}, {g.org('ggz')}"
    )


@T()
def t_bijzondere_bijstand(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Aanvraag bijzondere bijstand (wasmachine + bed)\nAanvrager: {c.N}\nBSN: {g.bsn(3)}\nIBAN: {g.iban()}\nAdres: {g.full_addr()}\n"
        f"Toelichting wijkteam: cliënt is na een periode van dakloosheid net gehuisvest via {g.org('woning')}. De woning is leeg; inrichtingskosten "
        f"zijn aangevraagd maar een wasmachine valt daarbuiten. Cliënt heeft geen reserves. Datum ingang huurcontract: {g.date('num', -14, -7)}.\n"
        f"{pro.N}, {g.date('long')}"
    )


@T()
def t_les_tolk(g):
    pro = g.pro()
    return (
        f"Les: werk met een professionele tolk, ook als het 'zo ook wel lukt'\n\n"
        f"We dachten dat een gesprek met een Poolse vader prima ging in het Engels. Pas met een tolk bleek dat hij niet begreep dat zijn kinderen "
        f"uit huis geplaatst dreigden te worden. Sinds dat moment gebruiken we in {g.wk} standaard de tolkentelefoon bij gesprekken over veiligheid, "
        f"geld en gezondheid. Kosten zijn beperkt; de gemeente {g.city} vergoedt het voor de eerste twee jaar.\n— {pro.F} {pro.s}, {g.date('num')}"
    )


@T()
def t_familienetwerkberaad(g):
    c = g.person(gender="f")
    o = g.person(gender="f")
    pro = g.pro()
    return (
        f"Verslag familienetwerkberaad {g.date('long')}\n"
        f"Aanwezig: {c.F} (moeder), haar broer, twee tantes, oma {o.F}, de buurvrouw, de {RL('voetbaltrainer')} van de oudste zoon, "
        f"{RL('onafhankelijk coördinator')} {pro.I}. Het netwerk maakte zonder hulpverleners een plan: oma haalt de kinderen drie keer per week uit school, "
        f"de broer helpt met de administratie, de buurvrouw is het vaste noodadres. {c.F} zelf gaat naar {g.org('ggz')} voor haar depressie. "
        f"Het plan wordt over {g.n(6, 10)} weken geëvalueerd. Plan vastgelegd onder {g.dossier()}."
    )


@T()
def t_vroegsignalering(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Vroegsignalering – {g.date('num')}\nSignalen: betalingsachterstand energie (2 mnd), water (1 mnd), zorgverzekeraar (3 mnd).\n"
        f"Adres: {g.addr()}, {g.postcode(lower=g.rng.random() < 0.4)}\nOp naam van: {c.I}\n"
        f"Actie: huisbezoek {g.date('wd', 1, 6)} door {pro.F}. Niet thuis → kaartje. Tweede poging {g.date('short', 8, 12)}.\n"
        f"Uitkomst: {c.t} {c.S} heeft de deur opengedaan, wil hulp. Doorverwezen naar {g.org('schuld')}."
    )


@T()
def t_burenruzie(g):
    a = g.person()
    b = g.person()
    pro = g.pro()
    return (
        f"Buurtbemiddeling\nPartij A: {a.N}, {g.addr()}\nPartij B: {b.N}, {g.addr()}\n"
        f"Conflict: geluidsoverlast (wasmachine 's nachts, blaffende hond) en ruzie over de gedeelde tuin. {a.F} heeft twee keer de politie gebeld; "
        f"{b.F} voelt zich gediscrimineerd. Beide partijen zijn bereid tot een gesprek onder leiding van twee vrijwillige bemiddelaars van "
        f"{O('Buurtbemiddeling')} {g.city}. Datum: {g.date('wd', 7, 14)}, 19.30 uur in het buurthuis.\nIngebracht door {pro.F} ({RL('opbouwwerker')})."
    )


@T()
def t_bewonersinitiatief(g):
    pro = g.pro()
    b = g.person(gender="f")
    return (
        f"Bewonersinitiatief moestuin {g.wk}\nEen groep van ongeveer {g.n(10, 20)} bewoners, vooral vrouwen, wil het braakliggende stuk grond achter "
        f"de flat omtoveren tot moestuin. Trekker is {b.N} (bewoner, {g.mobile()}). {g.org('welzijn')} helpt met de subsidieaanvraag bij het wijkfonds; "
        f"{g.org('woning')} stelt de grond gratis beschikbaar. Voor de {RL('opbouwwerker')} is dit een mooie kans om geïsoleerde bewoners te bereiken. "
        f"Eerste plantdag gepland op {g.date('long', 30, 60)}.\n{pro.F}"
    )


@T(["groningen", "utrecht", "maastricht"])
def t_student(g):
    c = g.person(origin=g.ch(["chinese", "dutch", "polish", "syrian"]))
    pro = g.pro()
    uni = {
        "groningen": "Rijksuniversiteit Groningen",
        "utrecht": "Universiteit Utrecht",
        "maastricht": "Maastricht University",
    }[g.key]
    return (
        f"{g.date('num')} – student {c.N} ({g.n(19, 26)}), internationale student aan de {O(uni)}, meldt zich via de {RL('studentenpsycholoog')}. "
        f"Huurt een kamer van 9 m² aan de {g.addr()} voor € {g.n(550, 780)}. Huisbaas dreigt met uitzetting en houdt de borg achter. "
        f"{c.F} heeft geen Nederlands netwerk en voelt zich depressief. Verwezen naar het {O('Juridisch Loket')} en de huurcommissie; "
        f"{RL('studentendecaan')} ingelicht. Mail: {g.email(c)}. — {pro.F}"
    )


@T()
def t_maatje_evaluatie(g):
    c = g.person(gender="m")
    m = g.person()
    pro = g.pro()
    return (
        f"Evaluatie maatjeskoppeling\nDeelnemer: dhr. {c.S} ({g.age(60, 85)})\nMaatje: {m.N}\nGestart: {g.date('long', -180, -150)}\n\n"
        f"Het klikt. Ze gaan elke week vissen of naar de markt. Meneer zegt dat hij 'weer iets heeft om voor op te staan'. {m.F} geeft aan dat het "
        f"soms zwaar is als meneer somber is, en heeft behoefte aan intervisie met andere maatjes. Afspraak: nog een half jaar, daarna opnieuw kijken.\n"
        f"{pro.F}, {RL('vrijwilligerscoördinator')} {g.org('welzijn')}"
    )


@T(["rotterdam", "groningen", "zwolle"])
def t_oggz_meldpunt(g):
    c = g.person()
    arts = g.pro()
    pro = g.pro()
    return (
        f"OGGz-overleg {g.date('num')}\nMelding via {O(g.R.get('meldpunt', 'Meldpunt Zorg en Overlast'))}: {c.N}, {g.addr()}. Ernstige vervuiling, mogelijke psychose, weigert alle zorg. "
        f"{RL('GGD-arts')} {arts.S} heeft op {g.date('short', -7, -2)} een huisbezoek gedaan: geen acuut gevaar, wel zorgelijk. "
        f"Besluit: casusregie bij het wijkteam ({pro.F}), bemoeizorg door {g.org('ggz')}, eventueel Wvggz-traject als het verslechtert. "
        f"Registratie: {g.dossier()}."
    )


@T()
def t_housing_first(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Les: Housing First werkt, maar niet zonder nazorg\n{g.date('long')}\n\nEen man van 52, {g.n(8, 15)} jaar dakloos, kreeg via {g.org('woning')} een woning in {g.wk}. "
        f"Geen voorwaarden vooraf. Na drie maanden was de woning vervuild en kwamen er klachten. Het verschil maakte een vaste {RL('ambulant begeleider')} "
        f"die drie keer per week kwam, ook als hij de deur niet opendeed. Nu, anderhalf jaar later, woont hij er nog. "
        f"(Interne noot: cliënt is {c.F} {c.s}, niet noemen in de openbare versie.) — {pro.F}"
    )


@T()
def t_overlijden(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Afsluiting dossier {g.dossier()}\n{c.t.capitalize()} {c.N} is op {g.date('long')} overleden in zijn woning aan de {g.addr()}. "
        f"Hij werd gevonden door de {RL('wijkverpleegkundige')}. Er is geen familie bekend; de gemeente regelt de uitvaart. "
        f"Een aantal buren en de vrijwilligers van de inloop willen graag aanwezig zijn. Uitvaart: {g.date('wd', 8, 12)}. "
        f"Zijn bewindvoerder ({g.pro().N}) handelt de financiën af. Nazorg voor de buurvrouw, die hem dagelijks eten bracht, via {g.org('welzijn')}.\n{pro.N}"
    )


@T()
def t_klantmanager_werk(g):
    c = g.person()
    km = g.pro()
    return (
        f"Trajectplan participatie\nKlant: {c.N}\nKlantnummer: {g.dossier('client')}\nBSN: {g.bsn()}\nKlantmanager: {km.N} ({g.org('gemeente')})\n\n"
        f"{c.F} wil graag aan de slag als chauffeur, maar heeft nog geen rijbewijs C. Eerst 6 maanden werkervaring bij een sociale onderneming in "
        f"{g.wk}, daarna opleiding. Belemmeringen: rugklachten, kinderopvang voor de jongste (2). "
        f"Volgende afspraak {g.date('wd', 10, 25)}. Contact {c.F}: {g.mobile()}."
    )


@T()
def t_short_sms(g):
    c = g.person()
    pro = g.pro()
    return f"sms van {c.fl} {g.date('short')}: 'kan nie komen morgen, kind ziek' → {pro.fl} nieuwe afspraak maken"


@T()
def t_short_note2(g):
    c = g.person(gender="f")
    return f"mw {c.S} gebeld {g.date('num')}, ivm verhuizing naar {g.addr()} vanaf {g.date('short', 20, 40)}. nieuw nr {g.mobile()}."


@T()
def t_short_note3(g):
    c = g.person()
    return f"BSN {c.F} {c.s}: {g.bsn(0)} (gecheckt in {O('Suwinet')}, {g.date('num')})"


@T()
def t_short_note4(g):
    c = g.person()
    pro = g.pro()
    return f"Let op: {c.Fp} nieuwe adres is {g.addr()}, {g.postcode()}. Oude adres niet meer gebruiken! ({pro.F})"


@T()
def t_email_mee(g):
    mee = g.pro()
    c = g.person()
    pro = g.pro()
    return (
        f"Hallo {pro.F},\n\nDank voor je telefoontje van {g.ch(['vanmorgen', 'gisteren', 'dinsdag'])}. Ik ken {c.F} nog van de tijd dat hij op "
        f"{g.org('school')} zat; ik was toen zijn {RL('MEE-consulent')}. Het lijkt me goed om samen op te trekken. Ik heb op {g.date('wd', 2, 8)} "
        f"om 14.00 ruimte. Zullen we bij hem thuis afspreken ({g.addr()})?\n\nHartelijke groet,\n{mee.N}\n{O('MEE')} {g.city}\n{g.mobile()}\n{g.email(mee, pro=True)}"
    )


@T()
def t_mantelzorger_zelf(g):
    c = g.person(gender="f")
    m = g.person(gender="m", sur=c.sur)
    pro = g.pro()
    return (
        f"{c.N} (mantelzorger) belt op {g.date('wd')}: haar man {m.F} heeft MS en is sinds {g.ch(['januari', 'april', 'september'])} rolstoelgebonden. "
        f"Zij werkt 32 uur, zorgt daarnaast voor hem en voor haar moeder in {g.elsewhere()}. 'Ik ben op.' Ze wil graag weten waar ze recht op heeft. "
        f"Uitgelegd: respijtzorg, logeeropvang, mantelzorgondersteuning bij {g.org('welzijn')}. Ze krijgt een mail met informatie op {g.email(c)}. "
        f"Terugbelafspraak met {pro.F} {g.date('short', 3, 9)}, op {g.mobile()}."
    )


@T()
def t_signaal_apotheek(g):
    ap = g.pro()
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Signaal apotheek {g.date('num')}\n{RL('apotheker')} {ap.N} meldt dat dhr. {c.I} ({g.addr()}) zijn medicijnen al drie weken niet heeft opgehaald. "
        f"Het gaat om insuline en bloeddrukmedicatie. Telefonisch niet bereikbaar op {g.landline()}. Apotheek heeft geen andere contactgegevens. "
        f"Actie {pro.F}: vandaag langs, bij geen gehoor {RL('huisarts')} inschakelen."
    )


@T()
def t_rapportage_psycho(g):
    c = g.person(gender="f")
    x = g.person(gender="m")
    pro = g.pro()
    return (
        f"Rapportage {g.date('long')}\n\nMevrouw {c.S} is vandaag in gesprek geweest op het wijkkantoor in {g.wk}. Zij vertelde dat haar ex-partner, "
        f"{x.N}, haar nog steeds lastigvalt via sociale media en dat hij onlangs voor haar deur aan de {g.street()} stond. Mevrouw is angstig "
        f"en slaapt slecht. Haar dochter van elf merkt dat ook. Ik heb met mevrouw de mogelijkheid van aangifte en een contactverbod besproken. "
        f"Zij wil eerst advies van {O(g.R['vt'])}. Met haar toestemming bel ik morgen het adviesnummer. Mevrouw is bereikbaar via {g.mobile()}, "
        f"niet via e-mail, omdat {x.F} mogelijk toegang heeft tot haar oude account.\n\n{pro.N}, {RL('maatschappelijk werker')}"
    )


@T()
def t_eindhoven_wijeindhoven(g):
    c = g.person()
    p = g.pro()
    return (
        f"Verslag {g.date('num')}\n{c.N}, {g.addr()}, {g.postcode()} {g.city} ({g.wk})\n"
        f"Hulpvraag via de {O('Buurtzorg')}-zuster: {c.F} heeft sinds een jaar diabetes en verwaarloost zichzelf. Koelkast leeg, insuline in de "
        f"vensterbank. Sociaal netwerk: een vriend, {g.person(gender='m').F}, die af en toe boodschappen doet. {c.F} wil graag weer gaan biljarten "
        f"in het buurthuis. Plan: maaltijdvoorziening, medicatiebox, maatje via {g.org('welzijn')}.\nGeregistreerd onder {g.dossier()}. — {p.F} {p.s}"
    )


@T()
def t_lange_rapportage(g):
    c = g.person(gender="f")
    p = g.person(gender="m", sur=c.sur)
    k1 = g.kid(c)
    k2 = g.kid(c)
    pro = g.pro()
    bw = g.pro()
    return (
        f"Tussenrapportage gezin {c.S} – periode {g.date('num', -90, -85)} tot {g.date('num', -2, 0)}\n\n"
        f"Samenstelling: moeder {c.N} ({g.dob(1980, 1992)}), vader {p.F} {p.s}, kinderen {k1.F} ({g.n(6, 10)}) en {k2.F} ({g.n(11, 15)}). "
        f"Het gezin woont aan de {g.addr()} in {g.wk}.\n\n"
        f"Verloop: In de afgelopen drie maanden is er vooral gewerkt aan de financiële situatie. Er is beschermingsbewind ingesteld; "
        f"bewindvoerder is {bw.N}. De huurachterstand bij {g.org('woning')} is bevroren. Vader heeft sinds {g.ch(['juni', 'augustus', 'oktober'])} "
        f"werk in de schoonmaak via een uitzendbureau. Moeder gaat sinds kort naar een vrouwengroep bij {g.org('welzijn')} en zegt dat dit haar goed doet.\n\n"
        f"Zorgen: {k2.F} gaat onregelmatig naar school en heeft contact met oudere jongens uit {g.other_wijk()}. De mentor heeft op {g.date('short', -30, -20)} "
        f"gebeld. Er is een gesprek gepland met de {RL('leerplichtambtenaar')} en {g.org('jeugd')}.\n\n"
        f"Conclusie: het gezin is stabieler, maar nog kwetsbaar. Voorstel: nog zes maanden ondersteuning, met focus op de kinderen.\n\n"
        f"{pro.N}, {RL('gezinscoach')}\nDossier {g.dossier()} | {g.email(pro, pro=True)}"
    )


@T()
def t_notitie_pol(g):
    c = g.person(origin="polish", gender="f")
    k = g.kid(c)
    pro = g.pro()
    return (
        f"{g.date('wd')} – mw. {c.F} {c.s} op spreekuur in het wijkcentrum. Werkt bij een tuinder, man is teruggegaan naar Polen. "
        f"Zoon {k.F} ({g.n(8, 12)}) zit in groep 5, spreekt beter NL dan zij. Vraag: kinderbijslag stopgezet door de {O('SVB')}, "
        f"omdat haar man nog op het adres stond. Samen het formulier ingevuld. Haar BSN {g.bsn()}, rekening {g.iban(spaced=False)}. "
        f"Poolse tel.: {g.foreign_phone('48')}, NL: {g.mobile()}. –{pro.fl}"
    )


@T()
def t_roemeense_familie(g):
    c = g.person(origin="romanian", gender="m")
    w = g.person(origin="romanian", gender="f", sur=c.sur)
    pro = g.pro()
    return (
        f"Huisbezoek {g.date('num')} bij fam. {c.S}, {g.addr()}. Vader {c.F} werkt in een vleesverwerkingsbedrijf, moeder {w.F} is zwanger "
        f"van het derde kind. Ze wonen met z'n zessen in een tweekamerwoning die via de werkgever wordt gehuurd. Als vader ontslagen wordt, "
        f"verliezen ze ook het huis. {w.F} heeft nog geen verloskundige. Geregeld: afspraak bij de verloskundigenpraktijk, informatie over huurrechten "
        f"van {O('FairWork')}. Tel. vader {g.foreign_phone('40')}. — {pro.F}"
    )


@T(["maastricht", "gulpen"])
def t_limburg_maastricht_oud(g):
    c = g.person(origin="limburg", gender="m")
    z = g.person(origin="limburg", gender="f")
    pro = g.pro()
    return (
        f"Verslag {g.date('long')}\nBij {c.F} {c.s} ({g.age(70, 86)}), {g.addr()} in {g.wk}. Meneer spreekt Maastrichts en wilde eerst niet 'mit zoe ein "
        f"van de gemeinte' praten. Na een kop koffie ging het beter. Hij is weduwnaar, drinkt 's middags al een paar biertjes in het café op de hoek. "
        f"Buurvrouw {z.N} kijkt naar hem om en heeft een sleutel. Hij heeft een oude schuld bij {g.org('schuld')}. Afspraak: volgende keer samen met "
        f"{RL('ouderenadviseur')} van {g.org('welzijn')}. Buurvrouw bereikbaar op {g.landline()}.\n{pro.F} {pro.s}"
    )


@T(["tilburg", "eindhoven", "oirschot"])
def t_brabant_tilburg(g):
    c = g.person(origin="brabant", gender="f")
    s = g.kid(c, "m")
    pro = g.pro()
    return (
        f"Keukentafel {g.date('wd')} bij {c.F} {c.s} ({g.wk}), {g.addr()}.\n{c.F} is {g.age(58, 66)}, heeft reuma en werkte tot vorig jaar in de textiel. "
        f"Ze 'wil niemand tot last zijn' en vraagt pas nu hulp. Zoon {s.F} woont in {g.elsewhere()} en komt op zondag. "
        f"Hulpvraag: schoonmaken en boodschappen. Ze heeft een lening bij de kredietbank en wil daar niet over praten. "
        f"Ik laat het rusten tot het volgende gesprek. {RL('Wmo-consulent')} kijkt naar hbh. Nummer: {g.landline()}. Mail van de zoon: {g.email(s)}.\n— {pro.F}"
    )


@T()
def t_zwolle_overdracht_kort(g):
    c = g.person()
    pro = g.pro()
    nw = g.pro()
    return (
        f"Overdracht aan {nw.F} ({g.org('team')} {g.other_wijk()}) ivm verhuizing cliënt\nCliënt: {c.I}\nNieuw adres: {g.addr()}, {g.postcode()} {g.city}\n"
        f"Oud dossier: {g.dossier()}\nKort: schulden in beeld bij {g.org('schuld')}, psychiatrie (bipolair) bij {g.org('ggz')}. Stabiel sinds "
        f"{g.ch(['april', 'de zomer', 'vorig jaar'])}. Cliënt weet van de overdracht en is akkoord. Groet, {pro.F}"
    )


@T()
def t_ouderen_eenzaam_les(g):
    pro = g.pro()
    c = g.person(gender="f")
    return (
        f"Insight – eenzaamheid onder ouderen\n\nWat we merkten in {g.wk}: eenzame ouderen komen niet naar een 'activiteit tegen eenzaamheid'. "
        f"Ze komen wel naar een kaartclub, een breicafé of de markt. Een van onze deelnemers, mevr. {c.S}, zei: 'Ik ben niet eenzaam, ik ben alleen.' "
        f"Sindsdien noemen we het anders. Ook de {RL('huisarts')} en de {RL('kapper')} zijn belangrijke signaleerders.\n"
        f"Vragen: {pro.F}, {g.landline()} (bijdrage van {g.date('num')})"
    )


@T()
def t_aanmelding_dagbesteding(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Aanmelding dagbesteding\nNaam: {c.N}\nGeboortedatum: {g.dob(1945, 1965)}\nAdres: {g.full_addr(sep=' – ')}\nTelefoon: {g.phone()}\n"
        f"Zorgverzekeraar: {O(g.ch(['CZ', 'VGZ', 'Zilveren Kruis', 'Menzis']))}, polisnr {g.dossier('zorg')}\n"
        f"BSN: {g.bsn()}\nDiagnose: Korsakov (vastgesteld {g.n(2018, 2023)})\nWensen: buiten werken, dieren, geen grote groepen.\n"
        f"Aanmelder: {pro.N}, {g.org('team')}"
    )


@T()
def t_maatschappelijke_opvang(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Nachtopvang – melding {g.date('num')}, 23.40\n{c.F} (achternaam onbekend, zegt {c.s}) meldde zich bij de opvang van het "
        f"{O('Leger des Heils')}. Geen ID. Zegt uit {g.elsewhere()} te komen en daar dakloos te zijn geworden. Regiobinding onduidelijk. "
        f"Onder invloed, maar rustig. Morgen doorverwijzen naar de {RL('trajectbegeleider')}. Contact via opvang {g.landline()}. — nachtdienst {pro.F}"
    )


@T()
def t_mail_korte_vraag(g):
    a = g.pro()
    b = g.pro()
    c = g.person()
    return (
        f"Hoi {b.F}, ken jij {c.N} uit {g.wk}? {c.Hij} zegt dat {c.hij} vorig jaar bij jullie in begeleiding was. Geboortedatum {g.dob()}. "
        f"Ik wil geen dingen dubbel doen. Groetjes {a.F}"
    )


@T()
def t_casus_kort_les(g):
    pro = g.pro()
    return (
        f"Korte les: bel de {RL('huisarts')} altijd, ook als je denkt dat het niet nodig is. In drie van de vijf casussen die we in {g.wk} "
        f"bespraken, bleek de huisarts al informatie te hebben die het plan veranderde. {pro.F} ({g.org('team')}), {g.date('short')}"
    )


@T(["groningen", "appingedam"])
def t_groningen_wij(g):
    c = g.person(origin="groningen", gender="m")
    pro = g.pro()
    return (
        f"Notitie {g.date('wd')} – {c.F} {c.s}, {g.addr()}, {g.wk}.\n{c.F} belde zelf over zijn huurachterstand bij {g.org('woning')}. "
        f"Hij heeft zijn baan bij de suikerfabriek verloren en krijgt nog WW tot {g.date('long', 60, 120)}. Hij wil 'gewoon een regeling', geen hulpverleners over de vloer. "
        f"Samen gebeld met de corporatie: regeling van € 75 per maand afgesproken. Zijn rekening {g.iban()} staat nog rood. Check over een maand.\n{pro.F}"
    )


@T()
def t_woordnamen(g):
    r = g.person(origin="dutch", gender="f")
    r.first = "Roos"
    if r.sur == "Roos":
        r.sur = "Verbeek"
    w = g.person(origin="dutch", gender="m", sur="de Wit")
    k = g.person(origin="dutch", gender="m", sur="Koster")
    pro = g.pro()
    return (
        f"Notitie {g.date('num')}\n{r.F} belde: ze heeft de bos rozen van de buren teruggebracht, 'ik wil geen medelijden'. "
        f"Meneer {w.S} (de buurman met de witte bestelbus) had de hulp geregeld. Verder kwam de koster van de kerk langs, niet te verwarren met "
        f"haar zwager, {k.F} {k.s}, die ook in {g.wk} woont. {r.F} wil geen hulp meer van de kerk, wel van ons. Volgende week bel ik haar "
        f"op {g.mobile()}. — {pro.F}"
    )


@T()
def t_woordnamen2(g):
    m = g.person(origin="chinese", gender="f")
    m.first = "Mei"
    h = g.person(origin="dutch", gender="m", sur="Hoop")
    wil = g.person(origin="dutch", gender="f")
    wil.first = "Wil"
    pro = g.pro()
    return (
        f"Overleg {g.date('wd')}: {m.F} {m.s} komt in mei terug uit China en heeft dan weer recht op de voedselbank. "
        f"De familie {h.S} heeft weinig hoop meer op een oplossing met de verhuurder. {wil.F} {wil.s} wil wel, maar kan niet: zij zorgt al voor "
        f"haar moeder. Besproken met {pro.F} en de {RL('opbouwwerker')} van {g.org('welzijn')}. Terugkoppeling aan {m.F} via {g.email(m)}."
    )


@T()
def t_woordnamen3(g):
    b = g.person(origin="dutch", gender="m", sur="Bakker")
    v = g.person(origin="dutch", gender="f", sur="Visser")
    s = g.person(origin="dutch", gender="f")
    s.first = "Storm"
    return (
        f"hb bij dhr {b.l} ({g.addr()}) — de bakker op de hoek levert gratis brood, dat weet hij niet. mw {v.l} van hiernaast komt "
        f"dagelijks; zij is geen visser maar noemt zich 'zijn vissersvrouw' ;-) Kleindochter {s.F} ({g.n(17, 22)}) logeert er in de vakantie. "
        f"{g.date('short')} volgt gesprek met {RL('wijkverpleegkundige')}."
    )


@T()
def t_zrm(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Zelfredzaamheid-Matrix {c.N} ({g.dossier()}) – afname {g.date('num')}\n"
        f"Financiën 1 | Dagbesteding 2 | Huisvesting 3 | Huiselijke relaties 2 | Geestelijke gezondheid 2 | Lichamelijke gezondheid 3 | "
        f"Verslaving 4 | ADL 5 | Sociaal netwerk 1 | Maatschappelijke participatie 2 | Justitie 5\n"
        f"Toelichting: {c.F} scoort laag op netwerk en financiën. Vorige meting ({g.date('num', -120, -90)}): financiën 1, netwerk 1. "
        f"Afgenomen door {pro.I}."
    )


@T(["utrecht", "rotterdam", "arnhem", "tilburg"])
def t_ramadan(g):
    c = g.person(origin="moroccan", gender="m")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Verslag {g.date('long')}\nDhr. {c.S} ({g.age(65, 80)}) heeft diabetes type 2 en wil tijdens de ramadan vasten. Zijn dochter {d.F} is bezorgd, "
        f"want vorig jaar kreeg hij een hypo en moest hij naar de {RL('huisarts')}. Samen met de {RL('praktijkondersteuner')} en de imam van de moskee in "
        f"{g.wk} afgesproken dat meneer een aangepast schema volgt. Na het Suikerfeest evalueren. {d.F} houdt contact: {g.mobile()}. "
        f"Adres meneer: {g.addr()}. — {pro.F}"
    )


@T(["almere", "rotterdam"])
def t_hindostaans(g):
    c = g.person(
        origin="surinamese",
        gender="f",
        sur=g.ch(["Jagesar", "Mahabier", "Sewnath", "Bissesar", "Ramautar", "Chotoe"]),
    )
    c.first = g.ch(["Shanti", "Sunita", "Devika", "Sharmila", "Anjali"])
    s = g.person(origin="surinamese", gender="m", sur=c.sur)
    s.first = g.ch(["Ravi", "Rajesh", "Sunil", "Kiran"])
    pro = g.pro()
    return (
        f"Gesprek {g.date('wd')} met mw. {c.S}, {g.age(70, 85)}, Hindostaanse achtergrond, weduwe. Woont bij zoon {s.F} en schoondochter in "
        f"{g.wk}, {g.addr()}. Er zijn spanningen over geld: haar AOW gaat naar de gezamenlijke huishoudpot en zij heeft zelf niets over. "
        f"Ze durft het niet te zeggen 'want dan is er schaamte in de familie'. Na Divali wil ze het bespreken. Ik heb haar gewezen op "
        f"een eigen rekening; haar huidige rekening {g.iban()} staat ook op naam van {s.F}. Geen directe zorg over veiligheid. — {pro.F}"
    )


@T(["almere", "rotterdam", "tilburg"])
def t_creools(g):
    c = g.person(
        origin="surinamese",
        gender="f",
        sur=g.ch(["Pinas", "Sabajo", "Wijngaarde", "Doorson", "Fränkel", "Held"]),
    )
    c.first = g.ch(["Shirley", "Gracia", "Gladys", "Jennifer"])
    k = g.person(origin="surinamese", gender="m", sur=c.sur)
    k.first = g.ch(["Marlon", "Romano", "Glenn"])
    pro = g.pro()
    return (
        f"Ma {c.F} (zo noemt iedereen haar) {c.s} is {g.age(66, 82)} en kookt elke vrijdag voor de halve buurt in {g.wk}. Sinds haar val "
        f"lukt dat niet meer en komen de buren niet meer langs. Kleinzoon {k.F} ({g.n(18, 25)}) woont bij haar in, maar 'is er nooit'. "
        f"Ze wil na Keti Koti naar Suriname voor een paar maanden; vraag is of haar huurtoeslag dan doorloopt. Tel: {g.landline()}. "
        f"Actie: {RL('ouderenconsulent')} {pro.F} zoekt uit en belt terug vóór {g.date('short', 3, 10)}."
    )


@T()
def t_lijst_lowercase(g):
    a = g.person()
    b = g.person()
    c = g.person()
    pro = g.pro()
    return (
        f"aanwezig inloopspreekuur {g.date('num')}: {a.fl}, {b.fl} {b.l}, {c.fl} + dochter. {a.fl}: brief belastingdienst, opgelost. "
        f"{b.fl}: wil schuldhulp, afspraak gemaakt bij {g.org('schuld')}. {c.fl}: vraag over parkeervergunning, doorverwezen. -{pro.fl}"
    )


@T()
def t_email_signature_long(g):
    pro = g.pro()
    c = g.person()
    co = g.pro()
    return (
        f"Beste {co.F},\n\nKun jij morgen het telefoontje met {c.t} {c.S} overnemen? {c.Hij} verwacht rond 10.00 een belletje over de "
        f"uitslag van de herindicatie. Het dossiernummer is {g.dossier('wmo')}.\n\nAlvast bedankt!\n\n"
        f"Met vriendelijke groet,\n\n{pro.N}\n{RL('Wmo-adviseur')} | {g.org('team')}\nWerkdagen: ma, di, do\n"
        f"M {g.mobile()}\nE {g.email(pro, pro=True)}\nBezoekadres: {g.full_addr()}"
    )


@T(["eindhoven", "oirschot"])
def t_huisbezoek_eindhoven_philips(g):
    c = g.person(origin=g.ch(["brabant", "dutch"]), gender="m")
    pro = g.pro()
    return (
        f"{g.date('long')} – dhr. {c.N}, {g.age(76, 90)}, {g.addr()}. Heeft veertig jaar bij {O('Philips')} gewerkt en is daar trots op. "
        f"Sinds zijn vrouw in het verpleeghuis zit, komt hij de dag niet door. Hij bezoekt haar elke dag met de bus (lijn {g.n(1, 20)}). "
        f"Geen hulpvraag volgens hemzelf, maar de {RL('wijkverpleegkundige')} ziet gewichtsverlies. Aangeboden: de soos van {g.org('welzijn')} "
        f"en een maaltijd aan huis. Meneer denkt erover na. Tel. {g.landline()}.\n{pro.F}"
    )


@T()
def t_maastricht_carnaval(g):
    g.base = datetime.date(g.base.year, g.ch([2, 3]), g.n(1, 28))
    c = g.person(origin="limburg", gender="m")
    z = g.kid(c, "m")
    pro = g.pro()
    return (
        f"Notitie {g.date('num')}\nNa de vastelaovend belde zoon {z.F} {z.s} ({g.mobile()}): zijn vader {c.F} is tijdens carnaval in de "
        f"binnenstad gevallen en heeft een week in het {g.org('zh')} gelegen. Hij is nu thuis, {g.addr()}, maar kan de trap niet op. "
        f"De zoon woont in Heerlen en werkt. Gevraagd: tijdelijke ondersteuning en een beoordeling voor een traplift. {RL('Wmo-consulent')} ingepland "
        f"op {g.date('wd', 2, 6)}. — {pro.F}"
    )


@T()
def t_arnhem_mail_ggz(g):
    spv = g.pro()
    c = g.person()
    pro = g.pro()
    return (
        f"Onderwerp: {c.I} – afstemming\n\nHoi {pro.F},\n\nIk heb {c.F} gisteren gezien voor de depot-injectie. {c.Hij} vertelde dat "
        f"{g.org('woning')} een ontruimingsvonnis heeft aangevraagd. Weet jij daarvan? Als {c.hij} de woning kwijtraakt, is de kans op terugval groot. "
        f"Kunnen we {g.date('wd', 1, 5)} even bellen? Mijn nummer is {g.landline()}.\n\nGroet,\n{spv.N}\n{RL('SPV')} {g.org('ggz')}"
    )


@T()
def t_groningen_overdracht_long(g):
    c = g.person()
    pa = g.person()
    pro = g.pro()
    ha = g.pro()
    return (
        f"Overdracht cliënt\n\nPersonalia\nNaam: {c.N}\nGeboortedatum: {g.dob()}\nBSN: {g.bsn()}\nAdres: {g.full_addr()}\n"
        f"Telefoon: {g.mobile()}\nE-mail: {g.email(c)}\nContactpersoon netwerk: {pa.N} ({g.ch(['vriend', 'buurvrouw', 'tante', 'ex-collega'])}), {g.phone()}\n"
        f"Huisarts: {ha.I}\n\nSituatie\n{c.F} heeft een lange geschiedenis met alcohol en is sinds {g.n(3, 14)} maanden droog. Er lopen nog "
        f"afspraken bij {g.org('verslaving')}. Werk: vrijwilligerswerk bij de kringloop in {g.wk}.\n\nVervolg\nAfschalen naar {g.org('welzijn')}, "
        f"afsluiten dossier {g.dossier()} per {g.date('long', 20, 40)}.\n\n{pro.N}"
    )


@T()
def t_tilburg_jeugd_signaal(g):
    m = g.person()
    k = g.kid(m)
    pro = g.pro()
    jc = g.pro()
    return (
        f"Signaal van de buurvrouw via {g.org('jeugd')}: bij het gezin {m.S} op de {g.addr()} wordt veel geschreeuwd en de jongste, {k.F}, "
        f"staat vaak 's avonds laat nog buiten. {RL('jeugdconsulent')} {jc.N} heeft op {g.date('short')} contact gehad met moeder, die zegt dat het "
        f"'een drukke periode' is. Afstemming met het volwassenenteam ({pro.F}) omdat moeder mogelijk schulden heeft. Registratie: {g.dossier()}."
    )


@T()
def t_korte_bsn_iban(g):
    c = g.person()
    return f"Gegevens {c.I} voor de aanvraag: BSN {g.bsn()}, IBAN {g.iban()}, geb. {g.dob()}."


@T()
def t_korte_email(g):
    c = g.person()
    pro = g.pro()
    return f"{c.F} heeft een nieuw mailadres: {g.email(c)} (oude werkt niet meer). Graag aanpassen in het dossier. {pro.F}"


@T()
def t_telefoonnotitie_school(g):
    ib = g.pro()
    k = g.person()
    pro = g.pro()
    return (
        f"Tel. {g.date('wd')} met {ib.F} {ib.s}, {RL('zorgcoördinator')} van {g.org('school')}. {k.F} ({g.n(13, 17)}) heeft op school verteld "
        f"dat hij thuis wordt geslagen door zijn stiefvader. School heeft de meldcode gevolgd en meldt vandaag bij {O(g.R['vt'])}. "
        f"Vraag aan ons: moeder is bij ons bekend (dossier {g.dossier()}). Afgesproken dat {pro.F} moeder vandaag belt. Nr school: {g.landline()}."
    )


@T()
def t_evaluatie_formeel(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Eindevaluatie\n\nIn de periode van {g.date('long', -240, -220)} tot en met {g.date('long', -3, 0)} heeft het wijkteam ondersteuning geboden "
        f"aan de heer {c.N}. De aanleiding was een dreigende huisuitzetting in combinatie met een alcoholprobleem. De heer {c.S} heeft zich met "
        f"ondersteuning aangemeld bij {g.org('verslaving')} en heeft deelgenomen aan een groepsprogramma. De huurachterstand is volledig ingelopen. "
        f"De heer {c.S} geeft aan tevreden te zijn over de samenwerking, met als kanttekening dat het lang duurde voordat er een vaste contactpersoon was. "
        f"Het dossier wordt in overleg gesloten.\n\n{pro.N}\n{RL('casusregisseur')}"
    )


@T()
def t_wijkverpleging(g):
    c = g.person(gender="f")
    pro = g.pro()
    return (
        f"Wijkverpleging {g.org('thuiszorg')} – rapportage {g.date('num')}\nMw. {c.S}, {g.addr()}. Wond onderbeen genezen. Mw vertelt dat haar "
        f"buurman {g.person(gender='m').F} geld leent en niet terugbetaalt. Mw maakt zich daar zorgen over, maar 'wil geen ruzie'. "
        f"Doorgegeven aan het wijkteam ({pro.F}, {g.mobile()}). Volgend bezoek {g.date('wd', 5, 9)}."
    )


@T()
def t_sociale_kaart_vraag(g):
    a = g.pro()
    b = g.pro()
    return (
        f"[{g.date('num')}] Vraag aan de collega's in {g.city}: weet iemand een goede plek voor een jonge moeder (LVB) met een baby die niet terug kan naar haar ouders? "
        f"{g.org('ggz')} heeft een wachtlijst van 9 maanden. Reacties graag naar {a.F} ({g.email(a, pro=True)}).\n\n"
        f"Reactie {b.F}: probeer het Moeder-Kindhuis van het {O('Leger des Heils')}, daar hebben ze soms sneller plek."
    )


@T(["rotterdam"])
def t_rotterdam_nieuw_west(g):
    c = g.person(origin=g.ch(["capeverdean", "antillean", "moroccan", "turkish"]), gender="m")
    pro = g.pro()
    wc = g.pro()
    return (
        f"Wijknotitie {g.wk}, {g.date('num')}\nSamen met {wc.F} ({g.org('woning')}) de portiekwoningen aan de {g.street()} langsgelopen. "
        f"Op nr. {g.n(10, 99)} trof ik {c.F} {c.s} aan, die sinds zijn scheiding op de bank van een vriend slaapt. Hij heeft een vaste baan "
        f"in de haven maar vindt geen woning. Uitgelegd dat hij zich kan inschrijven bij {O('Woonnet Rijnmond')}, en urgentie besproken. "
        f"Nr: {g.mobile()}. – {pro.F}"
    )


@T()
def t_kort_adres_pc(g):
    c = g.person()
    return f"Postadres {c.N}: p/a {g.org('welzijn')}, {g.addr()}, {g.postcode()} {g.city}. Geen bezoekadres bekend."


@T()
def t_lesson_samenwerking_politie(g):
    pro = g.pro()
    wa = g.pro()
    return (
        f"Lesson learned – samenwerken met de wijkagent\nDatum: {g.date('num')}\n\nIn {g.wk} houden we elke maand een 'veiligheidstafel' met de {RL('wijkagent')}, "
        f"de {RL('woonconsulent')} en twee collega's van het wijkteam. We bespreken alleen casussen waarvoor de cliënt toestemming gaf of waarbij "
        f"sprake is van acuut gevaar. Dat houden we strikt, anders verliezen we het vertrouwen van bewoners. {wa.F} {wa.s} (politie) zegt het zo: "
        f"'Ik hoef niet alles te weten, wel wie ik moet bellen.'\nContact: {pro.N}"
    )


@T()
def t_vt_terugkoppeling(g):
    v = g.person(gender="f")
    vtw = g.pro()
    pro = g.pro()
    return (
        f"Terugkoppeling {O(g.R['vt'])} ({g.date('num')})\nOnderzoek naar het gezin van {v.N} is afgerond. Conclusie: er is sprake geweest van "
        f"huiselijk geweld, de partner is inmiddels vertrokken. VT draagt over aan het lokale team voor vervolg. Casusnummer {g.dossier('vt')}. "
        f"Contactpersoon VT: {vtw.N}, {g.landline()}. Overdrachtsgesprek met {pro.F} en mevrouw op {g.date('wd', 4, 10)}."
    )


@T()
def t_kort_tel_lijst(g):
    a = g.person(gender="f")
    b = g.person(origin=v_origin(a), gender="m")
    c = g.pro()
    return (
        f"Belangrijke nummers fam. {a.S}:\n- moeder {a.F}: {g.mobile()}\n- oom {b.F} (spreekt NL): {g.mobile()}\n- school: {g.landline()}\n"
        f"- {RL('bewindvoerder')} {c.I}: {g.landline()}"
    )


@T()
def t_eigen_regie(g):
    c = g.person(gender="f")
    pro = g.pro()
    return (
        f"{c.F} schreef zelf haar doelen op (overgenomen met haar toestemming, {g.date('long')}):\n'1. Ik wil dat mijn kinderen niet meer "
        f"zien dat ik huil. 2. Ik wil een baan van 20 uur. 3. Ik wil dat {pii('person', g.person(gender='m').first)} mij met rust laat.'\n"
        f"We werken deze doelen uit in het ondersteuningsplan. Afspraak {g.date('wd', 5, 10)}. {pro.F}"
    )


@T()
def t_wijk_doelgroep_analyse(g):
    pro = g.pro()
    return (
        f"Wijkanalyse {g.wk} ({g.n(2022, 2024)})\nDe wijk telt ongeveer {g.n(8, 18)}.000 inwoners; {g.n(20, 45)}% is 65-plus. Veel eenzaamheid, "
        f"laaggeletterdheid en verborgen armoede. De meeste signalen komen via {g.org('woning')}, de {RL('huisartsen')} en de scholen. "
        f"Voorstel: vaste inloop in het wijkcentrum op dinsdag met {g.org('welzijn')} en {g.org('schuld')}. Opsteller: {pro.N}, {RL('beleidsmedewerker')}."
    )


@T()
def t_lang_wmo_keukentafel(g):
    c = g.person(gender="f")
    d = g.kid(c, "f")
    pro = g.pro()
    return (
        f"Verslag keukentafelgesprek Wmo\n\nDatum gesprek: {g.date('long')}\nLocatie: bij cliënte thuis, {g.addr()}, {g.postcode()} {g.city}\n"
        f"Cliënte: mevrouw {c.N}, geboren {g.dob(1938, 1952)}, BSN {g.bsn()}\nAanwezig: cliënte, dochter {d.F} {d.s}, {pro.N} ({RL('Wmo-consulent')})\n"
        f"Zaaknummer: {g.dossier('wmo')}\n\n"
        f"1. Aanleiding\nMevrouw is in {g.ch(['maart', 'juni', 'november'])} gevallen en heeft sindsdien angst om alleen te douchen. Zij wast zich aan de wastafel.\n\n"
        f"2. Wat lukt wel\nMevrouw kookt zelf eenvoudige maaltijden, doet de was met hulp van de buurvrouw en gaat elke zondag naar de kerk, "
        f"waar ze wordt opgehaald door een vrijwilliger.\n\n"
        f"3. Wat lukt niet\nDouchen, zwaar huishoudelijk werk, de tuin. De badkamer heeft een hoge douchebak.\n\n"
        f"4. Netwerk\nDochter {d.F} woont op twintig minuten afstand en komt twee keer per week; zij werkt fulltime en heeft zelf drie kinderen. "
        f"Een zoon woont in {g.elsewhere()} en belt af en toe.\n\n"
        f"5. Afspraken\n- aanvraag woningaanpassing (douchebak verwijderen, beugels)\n- huishoudelijke hulp 2 uur per week via {g.org('thuiszorg')}\n"
        f"- personenalarmering; contactpersoon dochter, {g.mobile()}\n- {RL('ergotherapeut')} komt op {g.date('wd', 7, 14)}\n\n"
        f"Cliënte is akkoord met dit verslag en ontvangt een kopie per post."
    )


@T()
def t_lang_expertmeeting_casus(g):
    c = g.person(gender="m")
    m = g.person(gender="f", sur=c.sur)
    pro = g.pro()
    p2 = g.pro()
    return (
        f"Casusbeschrijving voor de expertmeeting bemoeizorg\nIngebracht door: {pro.N} en {p2.N} ({g.org('team')})\n\n"
        f"Het gaat om een man van {g.age(38, 55)} uit {g.wk} die sinds de dood van zijn moeder in haar huurwoning is blijven wonen. "
        f"De woning staat nog op naam van de moeder. Hij heeft geen inkomen, geen zorgverzekering en verlaat de woning alleen 's nachts. "
        f"Buren zien hem in de vuilcontainers zoeken. Hij praat tegen zichzelf en heeft de ramen afgeplakt met aluminiumfolie.\n\n"
        f"Wat we deden: anderhalf jaar lang om de week aanbellen, briefjes, een kerstpakket. De {RL('GGD-arts')} kwam niet binnen. "
        f"{g.org('woning')} wilde de woning ontruimen omdat er geen huurcontract is. Wij hebben dat twee keer kunnen uitstellen.\n\n"
        f"Het kantelpunt: een oud-collega van zijn moeder, die hij kende van vroeger, kreeg hem zover om mee te gaan naar de huisarts.\n\n"
        f"Vraag aan de experts: hoe lang mag je blijven investeren zonder dat er iets verandert, en wanneer kies je voor gedwongen zorg?\n\n"
        f"[Niet voor publicatie: betrokkene is {c.N}, {g.addr()}, moeder {m.F} {m.s} overleden op {g.date('num', -500, -420)}. Dossier {g.dossier()}.]"
    )


@T()
def t_lang_mailthread(g):
    a = g.pro()
    b = g.pro()
    c = g.person(gender="f")
    d1 = g.dt(0, 0)
    d2 = d1 + datetime.timedelta(days=1)
    d3 = d1 + datetime.timedelta(days=2)
    return (
        f"Van: {b.N}\nVerzonden: {g.fmt_date(d3, 'long')} 09:12\nAan: {a.N}\nOnderwerp: RE: RE: {c.S}\n\n"
        f"Top, dan zie ik je daar. Ik neem de formulieren mee.\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: {a.N} <{g.email(a, pro=True)}>\nVerzonden: {g.fmt_date(d2, 'num')} 16:45\n\n"
        f"Hoi {b.F}, mevrouw wil graag dat we samen komen. Donderdag om 10 uur bij haar thuis ({g.addr()}) kan. Haar nummer heb je: {g.mobile()}.\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: {b.N}\nVerzonden: {g.fmt_date(d1, 'wd')} 11:03\n\n"
        f"Hoi {a.F}, ik kreeg via {g.org('schuld')} door dat {c.F} {c.s} zich heeft aangemeld. Jij kent haar toch van de vrouwengroep? "
        f"Lijkt het je goed om het eerste gesprek samen te doen? Dan hoeft ze haar verhaal maar één keer te vertellen.\n\n"
        f"{b.F}\n{RL('schuldhulpverlener')}"
    )


@T()
def t_lang_statushouder_gezin(g):
    v = g.person(origin=g.ch(["syrian", "eritrean", "afghan"]), gender="m")
    m = g.person(origin=v_origin(v), gender="f")
    k1 = g.person(origin=v_origin(v), sur=v.sur)
    k2 = g.person(origin=v_origin(v), sur=v.sur)
    pro = g.pro()
    vw = g.pro()
    return (
        f"Verslag huisbezoek met tolk – {g.date('long')}\n\n"
        f"Gezin: vader {v.N} (geb. {g.dob(1978, 1990)}), moeder {m.N} (geb. {g.dob(1982, 1994)}), kinderen {k1.F} (geb. {g.dob(2010, 2014)}) "
        f"en {k2.F} (geb. {g.dob(2016, 2021)}).\nAdres: {g.full_addr()}\nAanwezig: gezin, tolk (telefonisch), {pro.F} ({RL('maatschappelijk werker')}).\n\n"
        f"Het gezin woont sinds {g.n(8, 20)} maanden in {g.wk}. De begeleiding van {O('VluchtelingenWerk')} ({vw.F}) is afgerond. "
        f"Vader heeft een inburgeringsplicht en volgt lessen, maar haalt de examens niet; hij heeft hoofdpijn en slaapt slecht. "
        f"Moeder is zwanger en heeft nog geen contact met een verloskundige. {k1.F} doet het goed op school, {k2.F} zit op de peuterspeelzaal "
        f"en spreekt nog nauwelijks. De woning is klein en koud; de verwarming werkt maar in één kamer.\n\n"
        f"Afspraken: melding verwarming bij {g.org('woning')}; afspraak verloskundige; gesprek met de {RL('huisarts')} over vaders klachten; "
        f"volgende afspraak {g.date('wd', 10, 17)}. Telefoon vader: {g.mobile()}. BSN vader: {g.bsn()}."
    )


def v_origin(p):
    return next((k for k, v in NAMES.items() if p.sur in v[2] or p.first in v[0] + v[1]), "dutch")


@T()
def t_lang_evaluatie_doelen(g):
    c = g.person()
    pro = g.pro()
    return (
        f"Evaluatie ondersteuningsplan {c.N}\nDossiernr.: {g.dossier()} | Evaluatiedatum: {g.date('num')}\n\n"
        f"Doel 1: stabiel inkomen. Score bij start 2, nu 4. {c.F} heeft een uitkering en de vaste lasten worden automatisch betaald vanaf "
        f"rekening {g.iban()}.\n"
        f"Doel 2: schulden in beeld. Score bij start 1, nu 3. Alle schuldeisers zijn geïnventariseerd; aanvraag schuldregeling ligt bij {g.org('schuld')}.\n"
        f"Doel 3: meedoen. Score bij start 1, nu 2. {c.F} is twee keer naar de inloop van {g.org('welzijn')} geweest, maar vindt het spannend. "
        f"{c.Hij} wil liever eerst samen met iemand gaan.\n"
        f"Doel 4: gezondheid. Niet gewerkt aan dit doel; {c.F} wil dit nu nog niet.\n\n"
        f"Wat vindt {c.F}? 'Het gaat beter, maar ik ben er nog niet.' Afspraak: doorgaan met doel 2 en 3, nieuwe evaluatie op "
        f"{g.date('long', 90, 100)}.\n\n{pro.N} ({RL('casusregisseur')}) – {g.landline()}"
    )


@T()
def t_lang_rapportage_zwolle_stijl(g):
    c = g.person(gender="m")
    pro = g.pro()
    return (
        f"Rapportage\n\nOp {g.date('wd')} heb ik {c.t} {c.S} gesproken in het wijkcentrum in {g.wk}. Meneer kwam op eigen initiatief, na een "
        f"folder van de {O('Voedselbank')}. Hij is {g.age(50, 63)} jaar, alleenstaand en heeft tot vorig jaar als vrachtwagenchauffeur gewerkt. "
        f"Na een hernia is hij in de WW terechtgekomen, die binnenkort afloopt. Hij schaamt zich om bijstand aan te vragen en heeft de afgelopen "
        f"maanden zijn spaargeld opgemaakt.\n\nMeneer heeft een huurwoning van {g.org('woning')} aan de {g.addr()}. De huur is betaald tot en met deze maand. "
        f"Er is een achterstand bij de zorgverzekeraar van ongeveer € 600.\n\n"
        f"We hebben samen de bijstandsaanvraag voorbereid. Meneer geeft toestemming om contact op te nemen met {g.org('gemeente')}. "
        f"Daarnaast verwijs ik hem naar de {RL('jobcoach')} voor passend werk zonder tillen.\n\nVolgend gesprek: {g.date('long', 7, 10)}. "
        f"Meneer is bereikbaar op {g.mobile()} en per mail op {g.email(c)}.\n\n{pro.N}, {RL('sociaal werker')}"
    )


# ---------------------------------------------------------------- build
MARK = re.compile(r"⟦(\w+)\|(.*?)⟧|⟪(\w+)\|(.*?)⟫", re.S)
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def strip(marked):
    out, pii_spans, keep_spans, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += len(marked[pos : m.start()])
        if m.group(1):
            lab, txt, tgt = m.group(1), m.group(2), pii_spans
        else:
            lab, txt, tgt = m.group(3), m.group(4), keep_spans
        tgt.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, text
    return text, pii_spans, keep_spans


def verify(rec):
    t = rec["text"]
    spans = rec["pii"] + rec["keep"]
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for s in rec["pii"]:
        assert s["label"] in PII_LABELS, s
        if s["label"] == "bsn":
            assert bsn_ok(re.sub(r"\D", "", s["text"])), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
    for s in rec["keep"]:
        assert s["label"] in KEEP_LABELS, s
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)


def pick_region(rng, allowed):
    if allowed:
        return rng.choice(allowed)
    keys = list(CITY_W)
    return rng.choices(keys, weights=[CITY_W[k] for k in keys])[0]


def build():
    rng = random.Random(20)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    extra = [rng.choice(order) for _ in range(6)]
    recs = []
    for i, ti in enumerate(order + extra):
        f, allowed = TEMPLATES[ti]
        g = G(rng, pick_region(rng, allowed))
        text, p, k = strip(f(g))
        rec = {"id": f"ho20-{i:04d}", "text": text, "pii": p, "keep": k}
        verify(rec)
        recs.append(rec)
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout20.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    print(
        f"texts: {len(recs)}  templates: {len(TEMPLATES)}  words avg {sum(words) / len(words):.0f} min {min(words)} max {max(words)}"
    )
    tot = sum(pc.values())
    print("pii:", dict(pc.most_common()), "total", tot, f"person share {pc['person'] / tot:.2f}")
    print("keep:", dict(kc.most_common()))


if __name__ == "__main__":
    main()
