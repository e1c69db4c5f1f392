"""Word lists the finder consults, loaded once and kept as frozensets.

Why: name detection needs to know which capitalised words are *not* names
(places, organisations, roles, ordinary Dutch words) as much as which are.
The curated lists below are general knowledge (Dutch/Hague geography, care
organisations, roles), never copied from an evaluation corpus.  Large lexicons
(first names, surnames, Dutch words, places) live in ``data/`` and are generated
by ``build_lexicons.py`` from Faker and OpenTaal; ``first_names_extra.txt`` and
``surnames_extra.txt`` are curated by hand (names common in Dutch cities that Faker lacks);
``first_names_curated.txt`` and ``surnames_curated.txt`` (round 14) widen both from general
knowledge, without two-letter entries and three-letter ordinary words.
``neighbourhoods.txt`` (wijken, buurten and kernen of Dutch municipalities) and
``organisations.txt`` (Dutch care, welfare, housing and other organisations) are gazetteers
curated by hand from general knowledge: public names of places and organisations, never
copied from an evaluation corpus.  They load lazily (:attr:`Lexicons.gazetteer`).
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache, cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.replace("\n", "|").split("|") if w.strip())


# --- The Hague: stadsdelen, wijken and well-known buurten; plus big-city districts -------------
HAGUE_AREAS = _words("""
Centrum|Escamp|Haagse Hout|Laak|Leidschenveen-Ypenburg|Leidschenveen|Ypenburg|Loosduinen|
Scheveningen|Segbroek|Oostduinen|Belgisch Park|Westbroekpark|Duttendel|Duinoord|Zorgvliet|
Statenkwartier|Archipelbuurt|Willemspark|Zeeheldenkwartier|Regentessekwartier|Regentesse|Valkenboskwartier|
Valkenbos|Bomenbuurt|Bloemenbuurt|Bomen- en Bloemenbuurt|Vruchtenbuurt|Geuzenkwartier|
Geuzen- en Statenkwartier|Waldeck|Kijkduin|Ockenburgh|Kijkduin en Ockenburgh|Bohemen|
Meer en Bos|Bohemen en Meer en Bos|Houtwijk|Vogelwijk|Bouwlust|Vrederust|Bouwlust/Vrederust|
Morgenstond|Leyenburg|Moerwijk|Zuiderpark|Rustenburg|Oostbroek|Rustenburg-Oostbroek|
Wateringse Veld|Transvaal|Transvaalkwartier|Schilderswijk|Stationsbuurt|Rivierenbuurt|
Laakkwartier|Spoorwijk|Laakkwartier en Spoorwijk|Binckhorst|Bezuidenhout|Haagse Bos|
Benoordenhout|Mariahoeve|Marlot|Mariahoeve en Marlot|Hoornwijck|Erasmus Veld|Kraayenstein|
Dreven en Gaarden|Dreven|Gaarden|Zuidwest|Den Haag Zuidwest|Laakhaven|Duindorp|Heesterbuurt|
Componistenbuurt|Kortenbos|Zuidwal|Voorhout|Uilebomen|Schildersbuurt|Groente- en Fruitmarkt|
Kerketuinen|Zichtenburg|Wijndaelerduin|Madestein|Sportlaan|Bosjes van Pex|Vlietzone|
Scheveningen Dorp|Scheveningen-Haven|Havenkwartier|Visserijbuurt|Oud-Scheveningen|
Bezuidenhout-West|Bezuidenhout-Oost|Schildersbuurt-West|Schildersbuurt-Oost|Schildersbuurt-Noord|
Transvaalkwartier-Noord|Transvaalkwartier-Midden|Transvaalkwartier-Zuid|Moerwijk-Oost|
Moerwijk-West|Moerwijk-Noord|Moerwijk-Zuid|Morgenstond-Noord|Morgenstond-Zuid|Morgenstond-West|
Morgenstond-Oost|Bouwlust|Leyenburg|Venen|Oorden en Raden|Venen, Oorden en Raden|
Vrederust-Noord|Vrederust-Zuid|Zijden|Steden en Wouden|Hoorn-Kwartier|Wijndaelerduin|
Molenwijk|Ypenburg-Noord|Tedingerbroek|Singels|Waterbuurt|Bosweide|Beresteinbuurt|
Nieuw Waldeck|Oud Waldeck|Kraaiennest|Bosbuurt|Groenteneinde|Zeeheldenbuurt|Parkbuurt|
Westbroekpark|Kijkduin|Rijswijk|Voorburg|Leidschendam|Wassenaar|Delft|Westland|Zoetermeer|
Leidschendam-Voorburg|Haaglanden|Den Haag|'s-Gravenhage|Haagse|Hagenaar|Hagenaars|The Hague|Hague|
Bijlmer|Bijlmermeer|Zuidoost|Nieuw-West|Osdorp|Slotervaart|Geuzenveld|Bos en Lommer|De Pijp|
Jordaan|Noord|Oost|West|Zuid|Kanaleneiland|Overvecht|Lombok|Ondiep|Zuilen|Feijenoord|Charlois|
Delfshaven|Crooswijk|Tarwewijk|Hillesluis|Afrikaanderwijk|Bloemhof|Carnisse|Ommoord|Zuidplein|
Poelenburg|Pendrecht|Lombardijen|Spangen|Bospolder|Tussendijken|Kralingen|Hoogvliet|IJsselmonde|
Prins Alexander|Overschie|Hillegersberg|Schiebroek|Kruiskade|Holendrecht|Venserpolder|Kolenkit|
Indische Buurt|Transvaalbuurt|Dapperbuurt|Vogelaarwijk|Krachtwijk|Randstad|Nederland|Holland
""")

# Big Dutch cities and regions, plus countries/nationalities that show up capitalised.
PLACES_EXTRA = _words("""
Hoek van Holland|Amsterdam|Rotterdam|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Apeldoorn|Haarlem|
Arnhem|Enschede|Amersfoort|Zaanstad|Haarlemmermeer|Den Bosch|'s-Hertogenbosch|Zwolle|Leiden|
Maastricht|Dordrecht|Ede|Alphen aan den Rijn|Alkmaar|Emmen|Westland|Venlo|Deventer|Delft|
Leeuwarden|Helmond|Oss|Hilversum|Heerlen|Purmerend|Schiedam|Vlaardingen|Spijkenisse|Capelle|
Gouda|Lelystad|Roosendaal|Hoorn|Almelo|Den Helder|Katwijk|Nissewaard|Pijnacker|Nootdorp|
Wateringen|Naaldwijk|Monster|Maassluis|Schipluiden|Midden-Delfland|Lansingerland|Barendrecht|
Ridderkerk|Zwijndrecht|Middelburg|Vlissingen|Assen|Brussel|Antwerpen|Gent|Belgie|België|
Duitsland|Frankrijk|Marokko|Turkije|Suriname|Curaçao|Aruba|Bonaire|Sint Maarten|Antillen|Kòrsou|Korsou|Boneiru|Irakees|Irakese|Darija|Tarifit|Tamazight|
Polen|Bulgarije|Roemenië|Syrië|Eritrea|Somalië|Afghanistan|Irak|Iran|Ghana|Nigeria|Kaapverdië|
Indonesië|India|China|Pakistan|Egypte|Tunesië|Algerije|Oekraïne|Rusland|Europa|Afrika|Azië|
Amerika|Spanje|Portugal|Libië|Libanon|Jordanië|Koeweit|Saoedi-Arabië|Israël|Palestina|Gaza|Armenië|Georgië|Azerbeidzjan|Oezbekistan|Kazachstan|Tadzjikistan|Mongolië|Vietnam|Thailand|Filipijnen|Sri Lanka|Bangladesh|Nepal|Myanmar|Japan|Korea|Cambodja|Laos|Maleisië|Singapore|Australië|Canada|Mexico|Brazilië|Colombia|Venezuela|Peru|Chili|Argentinië|Bolivia|Ecuador|Cuba|Haïti|Dominicaanse Republiek|Jamaica|Guyana|Frans-Guyana|Sierra Leone|Liberia|Guinee|Senegal|Gambia|Mali|Burkina Faso|Ivoorkust|Togo|Benin|Kameroen|Gabon|Angola|Mozambique|Zimbabwe|Zambia|Kenia|Oeganda|Tanzania|Rwanda|Burundi|Djibouti|Zuid-Afrika|Namibië|Botswana|Madagaskar|Mauritanië|Tsjaad|Niger|Moldavië|Wit-Rusland|Belarus|Noord-Macedonië|Macedonië|Montenegro|Slovenië|Estland|Oostenrijk|Zwitserland|Luxemburg|Denemarken|Zweden|Noorwegen|Finland|IJsland|Cyprus|Malta|Koerdistan|Tsjetsjenië|Libisch|Libische|Jemenitisch|Jemenitische|Soedanees|Soedanese|Vietnamees|Oekraïner|Oekraïners|Syriër|Syriërs|Eritreeër|Eritreeërs|Somaliër|Somaliërs|Afghaan|Afghanen|Marokkaan|Marokkanen|Turken|Surinamer|Surinamers|Antilliaan|Antillianen|Roemeen|Roemenen|Bulgaar|Bulgaren|Ghanees|Ghanezen|Kaapverdiaan|Kaapverdianen|Italië|Griekenland|Engeland|Ierland|Schotland|Hongarije|Litouwen|
Letland|Slowakije|Tsjechië|Kroatië|Servië|Bosnië|Kosovo|Albanië|Jemen|Soedan|Ethiopië|Congo|
Nederlands|Nederlandse|Marokkaans|Marokkaanse|Turks|Turkse|Surinaams|Surinaamse|Antilliaans|
Antilliaanse|Pools|Poolse|Bulgaars|Bulgaarse|Roemeens|Roemeense|Syrisch|Syrische|Eritrees|
Eritrese|Somalisch|Somalische|Afghaans|Afghaanse|Arabisch|Arabische|Engels|Engelse|Duits|Duitse|
Frans|Franse|Spaans|Spaanse|Hindoestaans|Hindoestaanse|Kaapverdisch|Kaapverdische|Koerdisch|
Koerdische|Berbers|Tamazight|Tigrinya|Papiaments|Sranantongo|Oekraïens|Oekraïense|Russisch|
Russische|Islamitisch|Islamitische|Christelijk|Christelijke|Joods|Joodse|Hindoe|Moslim|Ramadan|
Suikerfeest|Offerfeest|Kerst|Kerstmis|Pasen|Pinksteren|Sinterklaas|Koningsdag|Bevrijdingsdag|
Paasmaandag|Pinkstermaandag|Tweede Paasdag|Tweede Pinksterdag|Hemelvaartsdag|Goede Vrijdag|
Oud en Nieuw|Diwali|Divali|Keti Koti|Hemelvaart|Holi|Chanoeka|Eid|Nieuwjaar|Newroz|
Sarnami|Sarnami Hindoestani|Papiamentu|Papiaments|Papiamento|Papiamentse|Mandarijn|Mandarijns|Kantonees|
Kantonese|Tarifit|Tarifiyt|Riffijns|Tashelhit|Kabylisch|Amazigh|Darija|
Oromo|Swahili|Lingala|Kinyarwanda|Kirundi|Twi|Yoruba|Igbo|Hausa|
Wolof|Fula|Peul|Mandinka|Krio|Kriolu|Crioulo|Kabuverdianu|Kapverdisch|Sranan|Sranan Tongo|
Saramaccaans|Aucaans|Ndyuka|Bahasa|Bahasa Indonesia|Maleis|Tagalog|Filipijns|
Khmer|Birmees|Nepalees|Nepali|Bengaals|Bangla|Punjabi|Panjabi|Gujarati|Marathi|
Telugu|Sinhala|Singalees|Pashto|Pashtu|Perzisch|Kurmanji|
Sorani|Badini|Azerbeidzjaans|Armeens|Georgisch|Tsjetsjeens|Wit-Russisch|
Moldavisch|Macedonisch|
Hebreeuws|Aramees|Assyrisch|Koptisch|Nubisch|Hindoestani|
Bhojpuri|Sarnámi|
Curaçaos|Curaçaose|Arubaans|Arubaanse|Bonairiaans|Bonairiaanse|Caribisch|Caribische|
Gebarentaal|NGT|
Plovdiv|Varna|Boergas|Burgas|Stara Zagora|Pleven|Sliven|Sjoemen|Shumen|Haskovo|
Warschau|Krakau|Kraków|Łódź|Lodz|Wrocław|Wroclaw|Poznań|Poznan|Gdańsk|Gdansk|Szczecin|Lublin|
Katowice|Białystok|Bialystok|Rzeszów|Rzeszow|Opole|Kielce|Olsztyn|Toruń|Torun|Bydgoszcz|
Boekarest|Bucharest|Cluj|Cluj-Napoca|Iași|Iasi|Timișoara|Timisoara|Craiova|
Brașov|Brasov|Galați|Galati|Oradea|Suceava|Bacău|Bacau|Chisinau|Chișinău|Kiev|Kyiv|Kharkiv|
Charkiv|Odesa|Odessa|Lviv|Lemberg|Dnipro|Zaporizja|Zaporizhzhia|Mykolaiv|Cherson|Kherson|
Marioepol|Mariupol|Poltava|Tsjernihiv|Chernihiv|Vinnytsia|Moskou|Sint-Petersburg|Minsk|Vilnius|
Riga|Tallinn|Boedapest|Budapest|Praag|Bratislava|Belgrado|Zagreb|Sarajevo|Skopje|Tirana|
Pristina|Priština|Athene|Thessaloniki|Istanbul|İstanbul|Ankara|Izmir|İzmir|Konya|Kayseri|Bursa|
Adana|Gaziantep|Antep|Diyarbakır|Diyarbakir|Trabzon|Samsun|Yozgat|Eskişehir|Eskisehir|
Antalya|Mersin|Malatya|Erzurum|Mardin|Şanlıurfa|Sanliurfa|Urfa|Afyon|Denizli|
Casablanca|Rabat|Marrakech|Marrakesh|Fez|Fès|Tanger|Tangier|Tétouan|Tetouan|Nador|Al Hoceima|
Al-Hoceima|Oujda|Agadir|Meknes|Meknès|Larache|Ksar el-Kebir|Chefchaouen|Driouch|
Imzouren|Targuist|Tiznit|Ouarzazate|Kenitra|Tunis|Sfax|Sousse|Algiers|
Benghazi|Cairo|Caïro|Damascus|Aleppo|Idlib|Latakia|Deir ez-Zor|
Raqqa|Qamishli|Afrin|Kobani|Daraa|Beiroet|Amman|Bagdad|Mosul|Erbil|Kirkuk|Sulaymaniyah|Basra|
Teheran|Tabriz|Mashhad|Isfahan|Shiraz|Kabul|Herat|Kandahar|Mazar-e Sharif|Jalalabad|Kunduz|
Ghazni|Islamabad|Karachi|Lahore|Peshawar|Asmara|Massawa|Mendefera|Adi Keyh|Dekemhare|
Addis Abeba|Addis Ababa|Mekelle|Gondar|Khartoum|Mogadishu|Mogadisju|Hargeisa|Kismayo|Baidoa|
Bosaso|Nairobi|Kampala|Kigali|Accra|Kumasi|Tamale|Abuja|Ibadan|Dakar|Bamako|
Conakry|Freetown|Monrovia|Abidjan|Lomé|Cotonou|Douala|Yaoundé|Kinshasa|Luanda|Praia|Mindelo|
São Vicente|Sao Vicente|Boa Vista|Paramaribo|Nickerie|
Nieuw-Nickerie|Moengo|Albina|Lelydorp|Commewijne|Saramacca|Marowijne|Wanica|Coronie|
Willemstad|Oranjestad|Kralendijk|Philipsburg|Georgetown|Port of Spain|
Santo Domingo|Havana|Bogotá|Bogota|Medellín|Medellin|Caracas|Quito|São Paulo|Sao Paulo|
Rio de Janeiro|Recife|Lissabon|Barcelona|Rome|Milaan|
Napels|Turijn|Palermo|Parijs|Marseille|Berlijn|Hamburg|München|Keulen|Düsseldorf|
Londen|Manchester|Dublin|Jakarta|Surabaya|Bandung|Semarang|Yogyakarta|Ambon|
Manilla|Hanoi|Ho Chi Minh|Saigon|Beijing|Peking|Shanghai|Kanton|Guangzhou|Shenzhen|Wenzhou|
Hongkong|Hong Kong|Taipei|Mumbai|Delhi|New Delhi|Chennai|Kolkata|Bangalore|Hyderabad|Dhaka|
Kathmandu|Yangon|Bangkok|Tbilisi|Jerevan|Yerevan|Bakoe|Baku|Grozny|Tasjkent|Tashkent|Zuid-Holland|Noord-Holland|Randstad|Haags|Delfts|Rotterdams|Amsterdams|Utrechts|Westlands|Rijswijks|Portugees|Portugese|Noors|Noorse|Zweeds|Zweedse|Deens|Deense|Fins|Finse|Grieks|Griekse|Italiaans|Italiaanse|Chinees|Chinese|Japans|Japanse|Vietnamees|Vietnamese|Indonesisch|Indonesische|Indiaas|Indiase|Pakistaans|Pakistaanse|Iraaks|Iraakse|Iraans|Iraanse|Ghanees|Ghanese|Nigeriaans|Nigeriaanse|Ethiopisch|Ethiopische|Kaapverdiaans|Kaapverdiaanse|Dominicaans|Dominicaanse|Colombiaans|Colombiaanse|Braziliaans|Braziliaanse|Amerikaans|Amerikaanse|Brits|Britse|Australisch|Australische|Hongaars|Hongaarse|Tsjechisch|Tsjechische|Slowaaks|Slowaakse|Litouws|Litouwse|Lets|Letse|Servisch|Servische|Kroatisch|Kroatische|Bosnisch|Bosnische|Albanees|Albanese|Belgisch|Belgische|Vlaams|Vlaamse|Fries|Friese|Limburgs|Limburgse|Molukse|Moluks|Indisch|Indische|Javaans|Javaanse|Creools|Creoolse|Tamil|Urdu|Hindi|Farsi|Dari|Pasjtoe|Amhaars|Somali|Tigrinya|Oekraïens
""") | _words("""
Twente|Salland|Achterhoek|Veluwe|Betuwe|Gooi|Kennemerland|Rijnmond|Drechtsteden|Zaanstreek|
Waterland|West-Friesland|Westfriesland|Voorne-Putten|Goeree-Overflakkee|Liemers|Zuid-Limburg|
Noord-Limburg|Midden-Limburg|Parkstad|Oost-Groningen|Noord-Groningen|Fryslân|Brabant|Walcheren|
Zeeuws-Vlaanderen|Zuid-Beveland|Noord-Beveland|Schouwen-Duiveland|Alblasserwaard|
Vijfheerenlanden|Krimpenerwaard|Bommelerwaard|Rivierenland|Vechtstreek|Rijnland|Delfland|
Midden-Holland|Noordoostpolder|Hoeksche Waard|Food Valley|Gooi en Vechtstreek|Zeeuws|Zeeuwse|
Brabants|Brabantse|Twents|Twentse|Gronings|Groningse|Drents|Drentse|Achterhoekse|Veluwse|Gelderse|
Overijsselse|Hollandse|Zuid Limburg|Noord Limburg|Midden Limburg|Limburg|Friesland|Drenthe|
Overijssel|Gelderland|Flevoland|Zeeland|Noord-Brabant
""")  # regions and their adjectives, named by teams outside the Randstad (general knowledge)

# Organisations, services, schemes and institutions (general, national and Haaglanden); the
# second block adds mental-health, disability, elderly-care, housing and welfare organisations
# across the Netherlands (general knowledge; names that are also first names or surnames, such
# as "Laurens" or "Timon", only in a longer form).
ORGS = _words("""
Suwinet|Inlichtingenbureau|MijnOverheid|Mijn Overheid|Berichtenbox|
GGZ|MEE|Wmo|Wmo-loket|WMO|Wmo-consulent|Servicepunt XL|Servicepunt|Veilig Thuis|Veilig Thuis Haaglanden|
Parnassia|Parnassia Groep|PsyQ|Indigo|Youz|Brijder|Lucertis|Antes|Arkin|GGZ Delfland|GGZ Rivierduinen|
Rivierduinen|Xtra|Xtra Welzijn|CJG|Centrum voor Jeugd en Gezin|Stichting MOOI|Stichting Mooi|MOOI|Voor Welzijn|
Welzijn Scheveningen|Zebra Welzijn|Stichting Zebra|Zebra|Welzijn|Stichting|SWT|Sociaal Wijkzorgteam|
Sociaal Wijkteam|Wijkteam|Jeugdteam|Buurtteam|Sociaal Raadslieden|Juridisch Loket|Het Juridisch Loket|
SZW|Sociale Zaken|Sociale Zaken en Werkgelegenheid|Sociale Dienst|Werkplein|UWV|SVB|CAK|DUO|IND|
GGD|GGD Haaglanden|Belastingdienst|Toeslagen|Dienst Toeslagen|Kredietbank|Gemeentelijke Kredietbank|
Schuldhulpverlening|Voedselbank|Voedselbank Haaglanden|Leger des Heils|Humanitas|Rode Kruis|
Vluchtelingenwerk|VluchtelingenWerk|Jeugdbescherming|Jeugdbescherming west|Raad voor de Kinderbescherming|
Kinderbescherming|William Schrikker|William Schrikker Stichting|Jeugdformaat|Horizon|Levvel|
Haaglanden Medisch Centrum|HMC|Haga|HagaZiekenhuis|Haga Ziekenhuis|Bronovo|Westeinde|LUMC|
Erasmus MC|Reinier de Graaf|Antoni van Leeuwenhoek|Ipse de Bruggen|Cordaan|Florence Zorg|WZH|
Woonzorg|Saffier|Cardia|Vitis|Zorggroep|Respect Zorggroep|Buurtzorg|Thuiszorg|Stek|
Staedion|Haag Wonen|HaagWonen|Vestia|Woonstad|Ymere|Eigen Haard|Stadgenoot|Rochdale|Portaal|
Mitros|Vidomes|Woonbron|Havensteder|Wooncorporatie|Woningcorporatie|Politie|Gemeente|
Gemeente Den Haag|Kessler Stichting|Straatdokter|Schuldhulpmaatje|SchuldHulpMaatje|
Humanitas Thuisadministratie|Thuisadministratie|Netwerk|Vraagwijzer|Wijkcentrum|Buurthuis|
CIZ|CBR|RDW|OM|Openbaar Ministerie|Rechtbank|Reclassering|Reclassering Nederland|Halt|
Zilveren Kruis|VGZ|CZ|Menzis|DSW|Achmea|ONVZ|ING|Rabobank|ABN AMRO|ABN|AMRO|SNS|ASN|Triodos|
Bunq|Knab|PostNL|KPN|Ziggo|Eneco|Vattenfall|Essent|Greenchoice|Dunea|Evides|HTM|RET|GVB|NS|
Albert Heijn|Jumbo|Lidl|Aldi|Action|Kruidvat|Hema|HEMA|Primark|Nibud|AVG|GDPR|BSN|DigiD|
MijnOverheid|Participatiewet|Jeugdwet|Wet schuldsanering|WSNP|Bbz|Bijstand|AOW|WIA|WW|Wajong|
Zorgverzekeringswet|Wlz|Wet langdurige zorg|PGB|Pgb|ZIN|Sociaal Plan|Ooievaarspas|Ooievaarpas|
Awb|Awir|AWR|Wahv|Wgs|Wvggz|Wzd|Wft|Wbp|Wmo|Zvw|Wsnp|Wsw|Wtcg|Wtl|Wet Mulder|Awbz|
Stadspas|Haagse Sociale|Haagse|Samen Werken|Huisartsenpost|HAP|Huisartsenpraktijk|Apotheek|
Ziekenhuis|Spoedeisende Hulp|SEH|Crisisdienst|Acute Psychiatrie|Bemoeizorg|OGGZ|Zorgmeldpunt|
Meldpunt Zorg en Overlast|Zorg en Overlast|Team Zorg|Team Zorg en Veiligheid|Zorg- en Veiligheidshuis|
Veiligheidshuis|Veiligheidshuis Haaglanden|Straathoekwerk|Jongerenwerk|Ouderenwerk|Opbouwwerk|
Mantelzorg|Mantelzorgsteunpunt|Steunpunt Mantelzorg|Sociaal Team|ParnassiaGroep|Ipse|Middin|Philadelphia|Pameijer|Lelie zorggroep|Careyn|Zorggroep Aafje|Laurens Zorg|WijkZorg|
Stichting Anton Constandse|Anton Constandse|Moria|Kompass|Xtra Plus|Stichting Xtra|
Wijkcentrum|Buurtcentrum|Gezondheidscentrum|Bibliotheek|Taalhuis|ROC|ROC Mondriaan|Haagse Hogeschool|
Hogeschool|Universiteit|Koninklijke|Kinderopvang|BSO|Peuterspeelzaal|Voorschool|Basisschool|
School|Jeugdarts|Consultatiebureau|Thuisbegeleiding|Dagbesteding|Beschermd Wonen|Maatschappelijke Opvang|
Daklozenopvang|Nachtopvang|Vrouwenopvang|Blijf|Blijf Groep|Fier|Sterk Huis|Perspektief|
Jeugdhulp|Jeugdzorg|Jeugdbescherming Regio Haaglanden|Regio Haaglanden|Ouder-Kind-Team|OKT|
Sociaal Makelaar|Sociaal Makelaars|Buurtbemiddeling|Burenhulp|Vrijwilligerscentrale|Present|
Stichting Present|Resto VanHarte|VanHarte|Repair Café|Moskee|Kerk|Gurdwara|Mandir|Synagoge|
Teams|Zoom|WhatsApp|Signal|Facebook|Instagram|TikTok|Google|Outlook|Word|Excel|Microsoft|
Corona|Covid|COVID|COVID-19|Omikron|
IBAN|BIC|KVK|BTW|PDF|ICT|HAVO|VMBO|MBO|HBO|VWO|MDO|ZZP|VOG|NAW|SMS|URL|CAO|ADHD|PTSS|NAH|LVB|
COPD|HIV|TBC|NOTE|INFO|TODO|MELDING|CASUS|NAAM|DATUM|ADRES||
Florence|Haagwonen|De Mussen|Mussen|Het Kompas|Kompas|Stichting Boog|BOOG|Boog|Sensoor|Palier|Reakt|
Novadic|Iriszorg|Jeugdformaat|Middin|Cardia|WoonInvest|Arcade|Rijswijk Wonen|Vidomes|Woonzorg Nederland|
Haagse Wijk- en Woonzorg|Wijkz|Stichting Voor Welzijn|Vier het Leven|Hulp bij Schulden|Kompaan|
Stichting Jeugdformaat|Ipse de Bruggen|Saffier De Residentiegroep|
Residentiegroep|HWW|HWW Zorg|Haagse Wijk|SWZT|Sociaal Wijkzorgteam Den Haag|Xtra Welzijn|Werk en Inkomen|
Haags Startpunt|Schuldhulp|Jeugdbescherming West|JBW|Sociaal Raadsliedenwerk|Raadslieden|
Mussen|Kessler|Parnassia Den Haag|Eneco|Dunea|Energiedirect|Budget Energie|Vattenfall|
Gemeentelijke Kredietbank Den Haag|GKB|Stichting Present|Haaglanden Medisch Centrum|HMC Westeinde|
HMC Antoniushove|Antoniushove|Bronovo|Juliana Kinderziekenhuis|Jeugdgezondheidszorg|JGZ|
Wijkteam|Buurtteam|Team Veilig|Politie Haaglanden|Wijkpolitie|Stadsdeelkantoor|Stadsdeel|
Zorg en Veiligheid|Zorg- en Veiligheidshuis Haaglanden|Vivent|
Centrum Jeugd en Gezin|Jeugd en Gezin|Zorg en Zekerheid|Nidos|Interpolis|Salland|Zilveren Kruis Achmea|De Friesland|
Stichting Nidos|Jeugdbescherming Rotterdam Rijnmond|Leger des Heils Jeugdbescherming|Bureau Jeugdzorg|Team Toegang|Jongerenloket|ZVH|Wijkz|SociaalWerk|Voorzieningenwijzer
""") | _words("""
Fivoor|Jutters|De Jutters|GGZ Jutters|Lentis|Altrecht|GGZ inGeest|inGeest|Dimence|Mondriaan|Emergis|
Yulius|Pro Persona|Reinier van Arkel|GGz Breburg|GGZ Breburg|GGZ Oost Brabant|GGZ Centraal|
GGZ Friesland|GGZ Drenthe|GGZ Noord-Holland-Noord|Accare|Tactus|Victas|Jellinek|Bouman GGZ|
Novadic-Kentron|Kentron|Mentrum|Triversum|De Bascule|Curium|Kenter Jeugdhulp|Pluryn|'s Heeren Loo|
Amerpoort|Esdégé-Reigersdaal|Dichterbij|ASVZ|Gemiva|Gemiva-SVG|Severinus|Abrona|Zozijn|Siza|
Lunet zorg|Zuidwester|Tragel|Trajectum|Evean|Amsta|Zorgbalans|Kennemerhart|Sensire|Icare|Alliade|
Allerzorg|Thebe|Tante Louise|Zonnehuisgroep|Vivium|Omring|Zorgspectrum|Aafje|Zorggroep Solis|
Sevagram|Vérian|Verian|Kwadraad|ContourdeTwern|Participe|Welzijn Rotterdam|Stichting Dock|Altra|
Lijn5|Koraal|Pactum|Entrea|Lindenhout|Youké|Yes We Can Clinics|Brijder Verslavingszorg|
Parnassia Verslavingszorg|Kwintes|Moviera|Arosa|Stichting Exodus|Exodus Nederland|Geldfit|
Plangroep|Sagenn|Eykenburg|Stichting Eykenburg|De Viersprong|Viersprong|Centrum '45|Arq|
Duwo|DUWO|De Key|Lieven de Key|Woonstad Rotterdam|Bo-Ex|Woonstede|Vivare|Talis|Woonwaard|Parteon|
Elan Wonen|Patrimonium|Lefier|Acantus|Trudo|Woonbedrijf|Wonen Limburg|Rhiant|Dunavie|
Wassenaarsche Bouwstichting|Kleurrijk Wonen|Woonpartners|Wonion|Domijn|Viverion|Habion|
Wooncompagnie|Intermaris|Zayaz|Wonen Breburg|Woonveste|Stek Wonen|Wooninvest|Arcade Wonen|
Valkenhorst|Crossover|Welzijn op Recept|Stichting Urgente Noden|Stichting Leergeld|Leergeld|
Jeugdfonds Sport|Jeugdfonds Sport & Cultuur|Armoedefonds|Kansfonds|Oranje Fonds|
Vluchtelingenwerk Nederland|COA|Stichting LOS|Dokters van de Wereld|Straatconsulaat|
Stichting Nachtopvang|Hulp bij Geldzaken|Zorgkantoor|Zorgkantoor Haaglanden|Thuisgekookt|
Home-Start|Humanitas Home-Start|MEE Zuid-Holland Noord|MEE Plus|MEE Rotterdam Rijnmond|
MEE Amstel en Zaan|Fier Fryslân|Jeugdbescherming Amsterdam|Jeugdbescherming Gelderland|
Zorgthuisnl|Vitaal Thuis|Sinai Centrum|Humanitas DMH
""")

# Round 13: refugee and migrant help, municipal work-and-income services, regional welfare
# organisations and churches that run a food bank or a night shelter; a one-word name among
# them ("Madi", "Juvans", "Wereldhuis") would otherwise read as an unknown surname.
ORGS = ORGS | _words("""
ASKV|ASKV Steunpunt Vluchtelingen|Steunpunt Vluchtelingen|Steunpunt Ongedocumenteerden|Wereldhuis|
Het Wereldhuis|Stichting Wereldhuis|Stichting Vluchteling|Vluchtelingen in de Knel|INLIA|
Stichting INLIA|Bed Bad Brood|Juvans|Madi|MaDi|Madi Haaglanden|WSP|WSP Parkstad|
WSP Parkstad Limburg|Werkplein Drechtsteden|Werk en Inkomen|Sociale Dienst Drechtsteden|
Kerk op de Hoek|Kerk in de Stad|Diaconie|Stichting Diaconie|Pauluskerk|De Pauluskerk|Inloophuis|
Straatpastoraat|Voedselbank Haaglanden|Humanitas Onder Dak|Sociaal Raadslieden Den Haag|
Alliantie Parkstad|Partners in Welzijn|Trajekt|Wijkracht|Radar Uitvoering|Impuls Zaanstad|
Infomedics|CJIB|Intrum|Flanderijn|GGN|Lowell|Vesting Finance|Cannock Chase
""")

# Round 30: national services against labour exploitation and human trafficking, meal and
# buddy services for the elderly, the municipal reporting app and advisory councils,
# police district teams, welfare foundations: one-word names among them ("Fairwork",
# "Apetito", "Fixi", "Valente") would otherwise read as unknown surnames.
ORGS = ORGS | _words("""
FairWork|Fairwork|Stichting FairWork|CoMensha|CKM|Centrum tegen Kinderhandel en Mensenhandel|
Apetito|Tafeltje Dekje|Valente|Exodus|Stichting Exodus|Stichting Hulphond|Stichting MEE|
Fixi|Seniorenraad|Cliëntenraad|Adviesraad Sociaal Domein|Wmo-raad|Basisteam|Politie Basisteam|
Indische Soos|Stichting Present|Schuldhulpmaatje|Humanitas Thuisadministratie|RvdK|RVDK|RvK|
Hans Anders|SOS International|Huis van de Wijk
""")

# Professional roles: stay readable, and announce a colleague's name when followed by one.
ROLES = _words("""
wijkverpleegkundige|verpleegkundige|casusregisseur|casemanager|casemanager dementie|regisseur|
maatschappelijk werker|maatschappelijk werkster|maatschappelijk werk|hulpverlener|begeleider|
sociaal raadslid|raadslid|raadsman|raadsvrouw|
ambulant begeleider|woonbegeleider|jeugdconsulent|jeugdhulpverlener|jeugdwerker|jongerenwerker|
ouderenconsulent|ouderenwerker|opbouwwerker|welzijnscoach|welzijnswerker|wijkagent|agent|bemoeizorger|
huisarts|POH|POH GGZ|praktijkondersteuner|psychiater|psycholoog|psychologe|therapeut|
schuldhulpverlener|schuldhulpconsulent|budgetcoach|bewindvoerder|mentor|curator|
Wmo-adviseur|Wmo-consulent|WMO-consulent|MEE-consulent|consulent|adviseur|klantmanager|
inkomensconsulent|werkcoach|jobcoach|trajectbegeleider|coach|gezinscoach|gezinsvoogd|
jeugdbeschermer|jeugdarts|jeugdverpleegkundige|verloskundige|kraamverzorgende|tandarts|
fysiotherapeut|ergotherapeut|diëtist|logopedist|apotheker|specialist|geriater|neuroloog|
sociaal psychiatrisch verpleegkundige|SPV|GGZ-verpleegkundige|ervaringsdeskundige|
straathoekwerker|buurtbemiddelaar|vrijwilliger|maatje|mantelzorger|tolk|advocaat|notaris|
deurwaarder|rechter|officier|reclasseringswerker|leerplichtambtenaar|intern begeleider|IB'er|
leerkracht|juf|meester|docent|mentor|schoolmaatschappelijk werker|zorgcoördinator|
teamleider|manager|coördinator|projectleider|beleidsmedewerker|medewerker|consulent|
wijkcoach|wijkregisseur|buurtwerker|sociaal werker|sociaal makelaar|wijkconsulent|
woonconsulent|huismeester|opzichter|verhuurder|corporatiemedewerker|casusmanager|
zorgverlener|thuiszorgmedewerker|verzorgende|helpende|arts|dokter|zuster|broeder|
ouderenadviseur|seniorenconsulent|vrijwilligerscoördinator|voorzitter|secretaris|
EVV'er|evv'er|EVV|eerstverantwoordelijk verzorgende|VIG'er|uithuisgeplaatste|kraamvrouw
""")

# Titles and forms of address that announce a (sur)name, possibly lower case in notes.
TITLES = _words("""
mevrouw|mevr|mevr.|mw|mw.|mvr|mvr.|mej|mej.|mejuffrouw|juffrouw|meneer|mnr|mnr.|dhr|dhr.|heer|
hr|hr.|mr|mr.|dr|dr.|drs|drs.|ir|ir.|ing|ing.|prof|prof.|fam|fam.|familie|echtpaar|Echtpaar|wed|wed.|weduwe|
Mevrouw|Mevr|Mevr.|Mw|Mw.|Mvr|Mvr.|Mej|Mej.|Meneer|Mnr|Mnr.|Dhr|Dhr.|Hr|Hr.|Mr|Mr.|Dr|Dr.|
Drs|Drs.|Ir|Ir.|Ing|Ing.|Prof|Prof.|Fam|Fam.|Familie|Wed|Wed.|MW|DHR|MEVR|Mevrouw.|Meneer.|
dokter|Dokter|zuster|Zuster|juf|Juf|meester|Meester|pastoor|Pastoor|imam|Imam|mr.|Mr.|mevrouwtje|
dona|Dona|doña|Doña|senhora|Senhora|senhor|Senhor|señora|Señora|señor|Señor|signora|Signora|
madame|Madame|monsieur|Monsieur|hadja|Hadja|hajja|Hajja|hadj|Hadj|hajji|Hajji|lalla|Lalla|sidi|Sidi|
Mrs|Mrs.|Ms|Ms.|Miss|Mx|dominee|Dominee|ds.|Ds.|pastor|Pastor|pater|Pater|rabbijn|Rabbijn|
kapelaan|Kapelaan|ouderling|Ouderling|diaken|Diaken|pani|Pani|pan|Pan
""")

# Words that open a shop's, business's, association's or house of worship's name, and a name
# after them is the place's ("Bakkerij Nour", "Toko Dewi", "Moskee Al Houda", "Kapper Hamit",
# "Speeltuinvereniging Wilhelmina"), lower case; and the endings of such compound heads.
SHOP_HEADS = _words("""
bakkerij|slagerij|toko|warung|kapsalon|barbershop|ijssalon|salon|restaurant|eethuis|
cafetaria|snackbar|lunchroom|supermarkt|drogisterij|apotheek|opticien|juwelier|bloemist|
fietsenmaker|rijwielhandel|garage|autobedrijf|schoonmaakbedrijf|uitzendbureau|makelaardij|
moskee|masjid|camii|cami|mescit|kerk|parochie|tempel|mandir|gurdwara|synagoge|
fysiotherapie|heemtuin|speeltuin|wijkberaad
""")
# (not "praktijk": a practice is named after its doctor, "huisartsenpraktijk Lam", and the
# name is the doctor's; not "kapper": "Kapper Joop" is the barber)
SHOP_HEAD_ENDS = ("vereniging", "handel", "bedrijf", "winkel", "salon", "zaak")

# Medicines written in notes, by their brand or generic name, lower case: never a person.
# Why a short list of our own: the national medicine database (G-Standaard) is licensed,
# and no maintained package lists Dutch medicine names; generic names beyond this list are
# told by the word stems the WHO gives each class (MEDICINE_STEMS).
MEDICINES = _words("""
marcoumar|sintrom|sinemet|lantus|novorapid|levemir|humalog|movicolon|xarelto|eliquis|pradaxa|
lixiana|ascal|plavix|lipitor|nexium|pantozol|losec|seroquel|risperdal|haldol|zyprexa|abilify|
seresta|temesta|oxycontin|oxynorm|tramadol|durogesic|fentanyl|morfine|paracetamol|ibuprofen|
naproxen|diclofenac|insuline|lasix|spironolacton|selokeen|thyrax|euthyrox|prednison|prednisolon|
ventolin|seretide|symbicort|spiriva|donepezil|aricept|exelon|reminyl|ebixa|galantamine|
memantine|citalopram|escitalopram|seroxat|prozac|remeron|efexor|lithium|depakine|valproaat|
tegretol|lamictal|keppra|ritalin|concerta|methylfenidaat|dexamfetamine|melatonine|zolpidem|
zopiclon|methadon|buprenorfine|suboxone|naltrexon|antabus|disulfiram|acamprosaat|campral|
macrogol|lactulose|omnic|allopurinol|colchicine|calcichew|fosamax|ferrofumaraat|foliumzuur|
digoxine|lanoxin|nitroglycerine|clopidogrel|acetylsalicylzuur|carbasalaatcalcium|acenocoumarol|
fenprocoumon|fraxiparine|clexane|augmentin|nitrofurantoïne|furadantine|trimethoprim|
levothyroxine|haloperidol|risperidon|lorazepam|oxazepam|temazepam|diazepam|alprazolam|
""")
MEDICINE_STEMS = (
    *("statine", "prazol", "olol", "pril", "sartan", "dipine", "azepam", "zolam", "mycine"),
    *("cilline", "floxacine", "cycline", "osemide", "thiazide", "gliptine", "formine"),
    *("tidine", "setron", "triptan", "oxetine", "traline", "apine", "peridol", "stigmine"),
    *("ulosine", "azosine", "oxaban", "gatran", "profen", "triptyline", "pramine"),
)

# Relations and other nouns that are followed by a name ("zoon Jort", "buurvrouw Els").
RELATIONS = _words("""
zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|zuster|moeder|vader|pa|ma|mama|papa|
partner|ex-partner|ex|expartner|vriend|vriendje|vriendin|vriendinnetje|echtgenoot|echtgenote|
man|vrouw|buurman|buurvrouw|buurjongen|buurmeisje|neef|nicht|neefje|nichtje|oom|tante|opa|oma|
kleinzoon|kleindochter|kleinkind|kind|baby|stiefvader|stiefmoeder|stiefzoon|stiefdochter|
pleegzoon|pleegdochter|pleegmoeder|pleegvader|pleegkind|schoonzoon|schoondochter|schoonmoeder|
schoonvader|zwager|schoonzus|mantelzorger|cliënt|client|cliënte|bewoner|bewoonster|huurder|
jongen|meisje|leerling|collega|voogd|contactpersoon|oudste|jongste|middelste|tweeling|
tweelingbroer|tweelingzus|halfbroer|halfzus|verloofde|vriendje|kennis|huisgenoot|
melder|aanmelder|betrokkene|gezin|huishouden|Gezin|klant|patiënt|patiënte|cliente|jeugdige|minderjarige|
Zoon|Dochter|Broer|Zus|Moeder|Vader|Partner|Ex-partner|Ex|Vriend|Vriendin|Echtgenoot|
Echtgenote|Buurman|Buurvrouw|Neef|Nicht|Oom|Tante|Opa|Oma|Kleinzoon|Kleindochter|Cliënt|Client|
Cliënte|Mantelzorger|Collega|Stiefvader|Stiefmoeder|Pleegmoeder|Pleegvader|Schoonmoeder|
Schoonzoon|Schoondochter|Zwager|Schoonzus|Voogd|Contactpersoon|Melder|Klant|Patiënt|
beste|Beste|hoi|Hoi|hallo|Hallo|lieve|Lieve|geachte|Geachte|dag|Dag|groet|groeten|Groet|Groeten|
Ha|Hee|Hi|Hey|Hello|Dear|
gr|Gr|namens|Namens|aan|cc|Cc|CC|van|Van|door|Door|met|Met|bij|Bij
""")
# Cue words above that are too common to announce a name on their own: they only
# confirm a capitalised word the other rules already consider plausible.
WEAK_CUES = _words("""
aan|cc|Cc|CC|van|Van|door|Door|met|Met|bij|Bij|dag|Dag|namens|Namens|man|vrouw|kind|jongen|meisje|
kennis|klant|ex|Ex
""")

# Name particles (tussenvoegsels); lower and capitalised forms.
PARTICLES = _words("""
van|de|der|den|het|'t|’t|te|ter|ten|op|in|aan|el|al|ben|bin|bint|da|di|du|dos|das|del|della|
le|la|von|zu|und|vande|vanden|vander|uit|uijt|ul|ibn|abu|ait|ou|lo|mc|mac|st.|'s|’s|
dela|delos|delas|dello|degli|dei|des|dal|ter|v.d.|v.d|v. d.|v/d|v.d.r.|V.d.|V.d|V/d
""")

# Dutch month names, shared by the date patterns and the name rules ("sinds Juni").
MONTHS = (
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
)

# Closed-class Dutch words and very common verbs: never a name, also not after a title.
FUNCTION_WORDS = _words("""
de|het|een|en|of|maar|want|dus|toch|ook|nog|al|niet|geen|wel|er|hier|daar|waar|wie|wat|welke|
waarom|hoe|wanneer|hoezo|hoeveel|waarvoor|waardoor|waarmee|waarover|mee|
die|dat|deze|dit|zo|zoals|als|dan|toen|nu|straks|later|vandaag|gisteren|morgen|
ik|je|jij|u|hij|zij|ze|wij|we|jullie|hun|hen|haar|zijn|mijn|ons|onze|jouw|uw|zich|zelf|men|
is|was|waren|ben|bent|heeft|had|hebben|hadden|wordt|werd|worden|werden|wil|will|can|ta|nan|ku|wilde|wilden|
kan|kon|konden|kunnen|moet|moest|moesten|moeten|mag|mocht|zal|zou|zouden|zullen|gaat|ging|
gaan|komt|kwam|kwamen|komen|zegt|zei|zeggen|belt|belde|bellen|vindt|vond|weet|wist|laat|liet|
staat|stond|ligt|lag|zit|zat|woont|woonde|werkt|werkte|krijgt|kreeg|geeft|gaf|neemt|nam|
doet|deed|ziet|zag|helpt|hielp|vraagt|vroeg|wacht|wachtte|blijft|bleef|voelt|voelde|
heb|hebt|word|wordt|ga|kom|zeg|bel|denk|denkt|dacht|lijkt|leek|loopt|liep|spreekt|sprak|
op|in|aan|bij|met|van|voor|na|naar|om|over|onder|tussen|door|tot|uit|tegen|zonder|sinds|
vanaf|per|via|binnen|buiten|rond|rondom|langs|achter|naast|boven|beneden|tijdens|volgens|
te|ter|ten|thuis|alleen|samen|weer|meer|minder|veel|weinig|erg|heel|zeer|vaak|soms|nooit|
altijd|even|eerst|echter|ondanks|omdat|doordat|hoewel|terwijl|zodat|indien|tenzij|
ja|nee|oké|ok|oke|okee|okay|okey|top|thx|doei|groetjes|graag|bedankt|dank|alvast|svp|z.s.m.|zsm|i.v.m.|ivm|m.b.t.|mbt|o.a.|oa|
ca|ca.|bijv|bijv.|tel|tel.|nr|nr.|no|zie|eind|begin|half|hele|heel|alle|allen|iedereen|niemand|
iemand|iets|niets|niks|elk|elke|ieder|iedere|beide|beiden|andere|ander|sommige|
jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|minuten|keer|thuis|contact|afspraak
""")

# Field labels that announce a name when followed by a colon ("Notulist: Ayşe", "Aan: Wei").
LABEL_CUES = _words("""
notulist|notulen|voorzitter|aanwezig|afwezig|betreft|inzake|naam|cliënt|client|cliënte|aan|van|cc|
bcc|melder|verwijzer|verwezen door|behandelaar|contactpersoon|door|opgesteld door|ondertekend|
auteur|afzender|ontvanger|gesproken met|gebeld met|bezoek|huisbezoek bij|partner|kind|kinderen|
moeder|vader|ouders|ouder|zoon|dochter|mentor|regie|casusregisseur|uitvoerder|eigenaar|
medewerker|consulent|coördinator|gezinslid|gezinsleden|broer|zus|getuige|achternaam|voornaam|voornamen|roepnaam|
meisjesnaam|geboortenaam|bijnaam|naam cliënt|naam moeder|naam vader|naam partner|ouders|kind|
voorletters|voorletter|initialen|voorl|eigenaar|regievoerder|casushouder|ha|ingevuld door|
aanmelder|betrokkene|ondergetekende|ondergetekenden|de ondergetekende
""")

#: Capitalised words that start sentences and also occur in name lists; at a sentence
#: start they need more evidence than the lexicon alone.
AMBIGUOUS_STARTERS = _words("""
Dan|Man|Per|Om|Ben|Bent|Mag|Kan|Wil|Will|Beste|Lage|Made|Mate|Niks|Hoop|Hope|Juni|Juli|April|
Mei|Maart|Augustus|Corona|Forum|Server|Safari|Salami|Gala|Ever|Odd|Kick|Lot|Ene|Ante|Beat|Edit|
Prima|Pastor|Mentor|Leider|Imam|Innocent|Junior|Lady|Lucky|Fancy|Harmony|Comfort|Patience|
Gloria|Constant|Dag|Don|Do|Sine|Om|Tan|Til|Toon|Zal|Wel|Nog|Toen|Nu|Al|Die|Dat|Deze|Dit|Van|
Mijn|Zijn|Haar|Hun|Ons|Onze|Een|Het|De|En|Of|Maar|Want|Dus|Als|Ook|Er|Hier|Daar|Waar|Wat|Wie|
Zo|Na|Voor|Over|Onder|Tot|Uit|Met|Bij|Aan|Op|In|Door|Sinds|Vanaf|Tijdens|Volgens|Omdat|Toch|
Rond|Gun|Mark|Frank|Ernst|Constant|Clement|Amor|Baron|Earl|Sol|Mora|Kader|Leen|Peer|Pier|
Rex|Roman|Saga|Tor|Veer|Wit|Zwart|Groen|Rood|Geel|Blauw|Groot|Klein|Nieuwe|Oude|Jong|Oud|Ken|Bel|Mail|Stuur|Kijk|Vraag|Lees|Zie|Weet|Heb|Geef|Plan|Tip|Let|
Post|Winter|Zomer|Lente|Herfst|Hoop|Zon|Trui|Mies|Dien|Wies|Trees|Geer|Rust|Taal|Water|Strand|Muur|Bal|Klok|Kerk|Toren|Molen|Boom|Kort|Lang|Sterk|Brood|Kaas|Appel|Honing
""")

# English words that open sentences or headings in mixed Dutch/English notes ("Quick
# update", "Please call", "Follow-up"); names among them are dropped against the lexicon.
ENGLISH_WORDS = _words("""
Welcome|Sincerely|Yours|Greetings|Wishes|Warm|Neighbour|Neighbor|Landlord|Quick|Please|Thanks|Thank|Hi|Hello|Dear|Update|Updates|Follow|Followup|Follow-up|Meeting|
Note|Notes|Spoke|Talked|Called|Call|Today|Tomorrow|Yesterday|Next|Last|Regards|Kind|Best|
Cheers|Sorry|Just|Also|Still|However|Because|Since|While|Please|Check|Sent|Send|Received|
Attached|See|Looking|Forward|Meanwhile|Reminder|Summary|Action|Actions|Agenda|Minutes|
Present|Absent|Client|Clients|Case|Status|Issue|Issues|Question|Questions|Answer|Doing|
Better|Worse|Good|Great|Fine|Okay|Ok|Yes|No|Not|Nothing|Something|Anything|Everyone|
Someone|Nobody|They|She|He|We|You|It|This|That|These|Those|There|Here|When|Where|What|
Which|Who|Why|How|Will|Would|Could|Should|Can|Must|Might|Shall|Let|Lets|Let's|Need|Needs|
Wants|Asked|Agreed|Planned|Visited|Visit|Home|Team|Our|Your|Their|His|Her|Its|After|
Before|During|About|With|Without|From|Into|Only|Some|Many|More|Most|Other|Another|
Workforce|Spot|Youth|Support|Service|Services|Housing|Health|Care|Social|Work|Working|
Signs|Safety|Solution|Focused|Positive|Family|Group|Conference|Coaching|Recovery|Peer|Skills|Life|Plan|Power|Strong|Start|Steps|First|Housing|Community|Circle|Circles|Motivational|Interviewing|Empowerment|Wellbeing|Mindfulness
""")

MONTH_WORDS = _words("""
januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|
Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|
maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Maandag|Dinsdag|Woensdag|Donderdag|
Vrijdag|Zaterdag|Zondag|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec
""")


def _read(name: str) -> list[str]:
    raw = (DATA / name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    lines = raw.decode("utf-8").split("\n")
    return [w for w in lines if w and w[0] != "#"]


FOLD_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"}
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Word without diacritics: "Naïma" -> "Naima", "Yılmaz" -> "Yilmaz"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(FOLD_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NameSet(frozenset):
    """A frozenset of names that also matches a spelling with or without diacritics."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, fold(word))
        )


def _read_words(name: str) -> frozenset[str]:
    """Hand-curated, whitespace-separated word files (``#`` starts a comment line)."""
    return frozenset(w for line in _read(name) for w in line.split())


class Lexicons:
    """All lexicons, built once (see :func:`lexicons`)."""

    def __init__(self) -> None:
        first = set(_read("first_names.txt")) | _read_words("first_names_extra.txt")
        last = set(_read("surnames.txt")) | _read_words("surnames_extra.txt")
        dutch = frozenset(_read("dutch_words.txt.gz"))
        # *_curated.txt (round 14, general knowledge): only what the older lists lack and
        # what is no place or neighbourhood ("Lent", "Groenewoud") and no compass word
        not_names = (
            set(_read("places.txt"))
            | {e for e in _read("neighbourhoods.txt") if " " not in e}
            | PLACES_EXTRA
            | HAGUE_AREAS
            | ORGS
            | {"Noord", "Oost", "Zuid", "West"}
            # place nouns that name farms, practices and streets ("Zorgboerderij De Woerd",
            # "huisartsenpraktijk Dorp", "aan de Burg.", "Bewind op Maat")
            | {"Burg", "Dorp", "Maat", "Woerd", "Hoeve", "Polder", "Heide", "Duin", "Akker"}
            # nouns and adjectives that open sentences or name services ("Het Veld 3",
            # "Taal & Werk Punt", "Vrolijk hield ...": a known limit the tests pin down)
            | {"Punt", "Veld", "Vrolijk"}
        )
        not_names |= {  # short names that fold to a word: "Taş" is "tas" in "Heijn-tas"
            w
            for w in _read("first_names_curated.txt") + _read("surnames_curated.txt")
            if len(w) <= 3 and fold(w).lower() in dutch
        }
        new_first = set(_read("first_names_curated.txt")) - first - not_names
        new_last = set(_read("surnames_curated.txt")) - last - not_names
        #: curated names that are also ordinary words ("Appel", "Buren", "Schilder"): names
        #: only when capitalised, never in the lower-case name paths ("buren belden 112")
        listed = _read_words("names_that_are_words.txt")
        self.word_names = frozenset(
            w for w in new_first | new_last if w.lower() in dutch or w in listed
        )
        first |= new_first
        last |= new_last
        # folded spellings too, so "Naïma" is found through "Naima" and vice versa
        self.first_names = NameSet(first | {fold(w) for w in first if not w.isascii()})
        self.surnames = NameSet(last | {fold(w) for w in last if not w.isascii()})
        # English and dialect words count as ordinary words too: notes mix in English
        # ("she can be reached"), Frisian or Limburgish ("Hae is ingeschreve"), Turkish,
        # Portuguese, Polish or Papiamentu ("annem zegt", "Mi ta kansá"); a word
        # that is also a first name ("Will", "Jo") stays out, so it can still be a name.
        foreign = (
            _read_words("english_words.txt")
            | _read_words("english_common.txt")
            | _read_words("foreign_common.txt")
            | _read_words("papiamentu_words.txt")
            | _read_words("dialect_words.txt")
            | _read_words("greeting_words.txt")
            | _read_words("document_words.txt")
        )
        #: English and dialect words that are no first name: alone, never a person
        self.foreign_words = frozenset(w for w in foreign if w.title() not in self.first_names)
        #: all of them, for words typed in lower case ("peace, Soufiane")
        self.foreign_lower = foreign
        #: foreign words no Dutch writer uses: they mark an English or dialect sentence
        self.foreign_only = foreign - dutch
        self.words = dutch | self.foreign_words
        places = set(_read("places.txt")) | PLACES_EXTRA | HAGUE_AREAS
        self.places = frozenset(places)
        # Single words of multi-word places/orgs that are never names on their own.
        self.orgs = ORGS
        self.roles = ROLES
        # single-word roles and the head (last word) of multi-word roles: "werker", not "sociaal"
        self.role_words = frozenset(r.split()[-1].lower() for r in ROLES) - {"werk", "team", "zorg"}
        self.lower_function = frozenset(w.lower() for w in FUNCTION_WORDS)
        self.stop_caps = (
            frozenset(
                w
                for w in (ORGS | HAGUE_AREAS | PLACES_EXTRA)
                if " " not in w and w[:1].isupper() and w not in self.first_names
            )
            | frozenset(w for w in MONTH_WORDS if w[:1].isupper() and w not in self.first_names)
            | frozenset(
                w for w in ENGLISH_WORDS if w not in self.first_names and w not in self.surnames
            )
        )

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """Neighbourhoods and organisations, read on first use to keep start-up small."""
        return Gazetteer(self.first_names, self.surnames)

    def is_word(self, w: str, compounds: bool = True) -> bool:
        """Ordinary lower-case Dutch word, optionally also two-part compounds."""
        lw = w.lower()
        if lw in self.words:
            return True
        if not lw.isascii() and fold(lw) != lw and fold(lw) in self.words:
            return True  # "Eén" (capitalised "één"), "Reünie", typed without its accents
        if not compounds:
            return False
        if "-" in lw:
            return all(p in self.words or len(p) <= 3 for p in lw.split("-") if p)
        n = len(lw)
        if n < 7:
            return False
        words = self.words
        for i in range(4, n - 3):
            head, tail = lw[:i], lw[i:]
            if tail in words and (head in words or (head[-1] == "s" and head[:-1] in words)):
                return True
        return False

    def is_adjective(self, low: str) -> bool:
        """ "mooi" -> "mooie", "dom" -> "domme": a word with an inflected -e form."""
        if len(low) < 3 or not self.is_word(low, compounds=False):
            return False
        if self.is_word(low + "e", compounds=False):
            return True
        return low[-1] not in "aeiouy" and self.is_word(low + low[-1] + "e", compounds=False)


class Gazetteer:
    """Names of Dutch neighbourhoods/villages and organisations, indexed by first word.

    Why: a capitalised word the name lexicons do not know ("Talant", "Buytenwegh") or do
    know ("Berkum", "Vitalis") is often a local place or organisation in wijkteam notes.
    ``ambiguous`` holds the entries that are also names: those are a place/organisation
    only where the context says so; every other entry is never a person.
    """

    def __init__(self, first_names: frozenset[str], surnames: frozenset[str]) -> None:
        self.kind: dict[str, str] = {}
        for name, kind in (("neighbourhoods.txt", "place"), ("organisations.txt", "org")):
            for entry in _read(name):
                self.kind.setdefault(entry.strip(), kind)
        self.by_first: dict[str, list[str]] = {}
        for entry in sorted(self.kind, key=len, reverse=True):  # longest match first
            self.by_first.setdefault(entry.split()[0], []).append(entry)
        self.ambiguous = frozenset(e for e in self.kind if _name_like(e, first_names, surnames))
        # every word of every entry, for a quick "could this word be in an entry?" test
        self.words = frozenset(w.rstrip(".") for e in self.kind for w in e.split())


def _name_like(entry: str, first_names: frozenset[str], surnames: frozenset[str]) -> bool:
    """The entry could be a person's name: one known name, or first name + known name."""
    words = [w for w in entry.split() if w not in PARTICLES]
    if not words or not all(w in first_names or w in surnames for w in words):
        return False
    return len(words) == 1 or words[0] in first_names


@cache
def lexicons() -> Lexicons:
    """Load the lexicons once per process."""
    return Lexicons()
