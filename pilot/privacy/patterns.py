"""Regular-expression detectors for structured personal data.

Why regexes plus checksums: numbers such as BSN and IBAN have a check digit, so a
validated match is near-certain; unvalidated numbers are only taken with a
context word (``BSN``, ``zaaknummer`` ...) so that amounts, years and counts stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from . import regexes
from .creditor_tables import column_dates, find_creditor_data
from .cue_index import any_present, cues, has, has_any, lowered, matches_at, positions, present
from .cue_index import starts as cue_starts
from .cue_numbers import find_cued_numbers
from .lexicons import FUNCTION_WORDS, HAGUE_AREAS, MONTHS, lexicons
from .mail_matches import around_at
from .spoken_numbers import (
    UNITS,
    mixed_number,
    mod_97,
    spoken_emails,
    spoken_house_number,
    spoken_ibans,
    spoken_mixed_phones,
    spoken_phones,
    spoken_postcode,
    spoken_year,
    word_value,
)

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    "\nnl",
    " - ",
    " a.d. ",
    " a/d ",
    " aan ",
    " at ",
    " et ",
    " niet ",
    " nl",
    " of ",
    " onder ",
    " te ",
    ", 19",
    ", 20",
    "ATUM",
    "BSN",
    "adr.:",
    "adr:",
    "adres",
    "alg",
    "at teken",
    "at)",
    "at-teken",
    "at]",
    "atum",
    "at}",
    "bsn",
    "burgerservicenummer",
    "by ",
    "dag",
    "dag ",
    "dag de ",
    "date of birth",
    "datum",
    "day ",
    "elfde",
    "en el ",
    "etreft",
    "geb",
    "huisnummer",
    "kenmerk",
    "kvk",
    "n l ",
    "n l, ",
    "nderwerp",
    "negentien",
    "nl ",
    "nl, ",
    "no.",
    "nul",
    "nummer",
    "on ",
    "ostcode",
    "pc ",
    "per ",
    "postcode ",
    "postcode?",
    "sinds ",
    "sofinummer",
    "staart",
    "the ",
    "tiende",
    "tot",
    "tot ",
    "twaalfde",
    "twee",
    "tweeduizend",
    "twintig",
    "ubject",
    "ummer",
    "vanaf ",
    "verhuis",
    "woon",
    "zes",
)

Span = tuple[int, int, str]

_MONTHS: Final = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|febr|mrt|maa|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|"
    # English months in quoted English mail ("21 May 2024")
    r"january|february|march|may|june|july|october|"
    # Frisian ("3 novimber", "14 jannewaris") and Limburg ("3 fibberwarie") months
    r"jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber|"
    r"jannewarie|fibberwarie|febberwarie|miert|meert|juuni|juuli|meij|"
    # Polish months as Polish clients write them ("4 maja", "11 czerwca", "4 maj")
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|"
    r"października|pazdziernika|listopada|grudnia|maj|"
    # Turkish, Portuguese and Spanish months ("30 nisan", "18 de abril", "3 de mayo")
    r"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|"
    r"ekim|kasım|kasim|aralık|aralik|janeiro|fevereiro|março|marco|abril|maio|junho|julho|"
    r"agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|"
    r"septiembre|octubre|noviembre|diciembre|"
    # Romanian months ("8 decembrie", "3 martie 2024")
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    # French, Indonesian and Papiamento months ("lundi 15 avril", "sinds 1 Agustus", "2 di
    # yanüari", "24 di sèptèmber 1959")
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|maret|agustus|desember|yanüari|yanuari|febrüari|aprel|yüni|yüli|ougùstùs|"
    r"ougustus|sèptèmber|òktober|novèmber|desèmber|"
    # Bulgarian, Ukrainian and Russian months as relatives type them ("30 ноември", "5 травня")
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # months of the Islamic calendar, a day of which is a date too ("12 Ramadan 1441")
    r"muharram|rajab|shaban|sjaban|ramadan|ramadhan|ramazan|shawwal|sjawwal)"
)
# The number of an identity document or a personal code of another country after its name:
# "EGN 7003218088", "CNP: 1840609401133", "lichna karta 645882917", "Dowód osobisty: CBK
# 902114", "DNI 48291637K", "Személyi igazolvány: 612398 HA", "rodné číslo 665311/7718",
# "seria RK 781245", "paspoort (NW8R4KP63)", "Verblijfsdocument: Y4R01H3C2".  Each names
# one person as surely as a citizen service number does.
_FOREIGN_ID_LABELS: Final = cues(
    *("egn", "cnp", "dni", "nie ", "lichna karta", "dowód", "dowod", "rodné", "rodne"),
    *("személyi", "szemelyi", "carte de identitate", "seria ", "paspoort", "passport"),
    *("verblijfsdocument", "verblijfspas", "persoonlijke code", "personal code", "tazkira"),
)
FOREIGN_ID: Final = regexes.compile(
    r"(?i:(?<![\w])(?:egn|cnp|dni|nie|lichna[ ]karta|dow[oó]d(?:[ ]osobisty)?"
    r"|rodn[eé][ ][cč][ií]slo|szem[eé]lyi(?:[ ]igazolv[aá]ny)?|carte[ ]de[ ]identitate"
    r"|seria|paspoort(?:nummer|nr\.?)?|passport(?:[ ](?:no\.?|number))?"
    r"|verblijfsdocument(?:nummer)?|verblijfspas|persoonlijke[ ]code|personal[ ]code|tazkira)"
    r"(?:[ ](?:nr\.?|no\.?|nummer|number))?)[ \t]*:?[ \t]*\(?[ \t]*"
    r"((?:[A-Z]{1,3}[ ]?)?[0-9]{5,13}(?:[/-][0-9]{3,6})?(?:[ ]?[A-Z]{1,2}(?![\w]))?"
    r"|(?=[A-Z0-9]*[0-9][A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,10})(?![\w]|[.,/-][0-9])"
)
# An address abroad, as relatives' and former addresses of migrant clients are written:
# a street word before the name ("ul. Lipowa 7/2", "vul. Sumska 71, kv. 18", "Str.
# Libertății nr. 14", "Strada Mihai Viteazu 27, bl. A2, ap. 14", "Calle Mayor 5") or after
# it ("Hadda Street 48", "Bole Road, House No. 612", "Hamra Street, Bldg 34"), a Turkish
# quarter and street ("Karataş Mah. 45. Sok. No: 12"), and flat and block numbers after it.
_ABROAD_CUES: Final = cues(
    *("ul.", "ul ", "vul.", "Str.", "str.", "Strada", "Calle", "Rua ", "Rue "),
    *("Avenida", "Ulica", "ulica", "Street", "Road", "Avenue", "Lane", "Mah.", "Sok", "House "),
)
_ABROAD_NAME: Final = r"(?![a-zß-ÿ])[^\W\d_][\w'’-]*(?:[ ](?![a-zß-ÿ])[^\W\d_][\w'’.-]*){0,3}?"
_ABROAD_NUMBER: Final = r"[0-9]{1,4}[A-Za-z]?(?:[/-][0-9]{1,4}[A-Za-z]?)?(?![\w/-])"
_ABROAD_TAIL: Final = (
    r"(?:,[ ](?:bl|ap|apt|kv|sc|et|lok|m|bldg|flat|app)\.?[ ]?[A-Z0-9]{1,4}(?![\w]))*"
)
ADDRESS_ABROAD: Final = regexes.compile(
    r"(?<![\w.])(?:(?:ul|vul|al|str|Str|Ul|pl|bul)\.[ ]?|(?:Strada|Calle|Rua|Rue|Avenida"
    r"|Ulica|ulica|Bulevardul|Carrer|Rruga)[ ])"  # (no "Via": Dutch "via UWV")
    + _ABROAD_NAME
    + r",?[ ](?:nr\.?[ ]|n[º°o]\.?[ ]?)?"
    + _ABROAD_NUMBER
    + _ABROAD_TAIL
    + r"|(?<![\w])[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,2}[ ](?:Street|Road|Avenue|Lane"
    r"|Drive|Boulevard|Way)(?:,?[ ](?:House[ ]No\.?[ ]?|No\.?[ ]?|Bldg\.?[ ]?)?)"
    + _ABROAD_NUMBER
    + _ABROAD_TAIL
    + r"|(?<![\w])[^\W\d_][\w'’-]*[ ]Mah\.?[ ][^,\n]{1,30}?Sok(?:ak|\.)?[ ]?No[:.]?[ ]?"
    + _ABROAD_NUMBER
)
# A day and a month of the Persian or Ethiopian calendar, as passports and birth
# certificates of Afghan, Iranian, Eritrean and Ethiopian clients give them, with the year
# of that calendar ("15 Farvardin 1362", "5 Megabit 2010"); not the short months that are
# words elsewhere ("tir", "dey", "mehr", "sene": Turkish for a year)
_SOLAR_MONTHS: Final = cues(
    *("farvardin", "ordibehesht", "khordad", "mordad", "shahrivar", "bahman", "esfand"),
    *("meskerem", "tikimt", "tekemt", "hidar", "hedar", "tahsas", "yekatit", "megabit"),
    *("miyazya", "miyazia", "ginbot", "genbot", "nehase", "pagume"),
)
DATE_SOLAR: Final = regexes.compile(
    r"(?i)(?<![\w.,])(?:[1-9]|[12][0-9]|3[01])[ ](?:"
    + "|".join(_SOLAR_MONTHS)
    + r")(?:[ ](?:1[34]|19|20)[0-9]{2}(?![0-9]))?(?![\w])"
)
_WEEKDAYS: Final = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"ma|di|wo|woe|do|vr|za|zo|zat|zon|din)\.?"
)
# Frisian ("tiisdei 14 jannewaris") and Limburg ("maondig", "vriedag") weekdays, looked for
# only right before a date with a month name found (in find_structured).
_REGIONAL_WEEKDAY_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein|"
    r"(?:maon|dins|daens|goons|woens|donder|vrie|zaoter|zon|zón)d[ai]g"
    # a weekday and a part of the day in one word: "zaterdagavond 4 november"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|morgen|middag|avond|nacht)"
    # an English weekday abbreviated in a mail header: "Date: Thu, 16 Jan 2025"
    r"|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    # a weekday cut short in a note ("dins 25 feb") and Polish weekdays ("wtorek 11 czerwca")
    r"|dins|woens|donder|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|"
    r"niedziela|niedzielę"
    # Turkish weekdays ("çarşamba 12 haziran")
    r"|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"
    # English, French, Papiamento, Spanish and German weekdays ("Friday 12th July", "lundi
    # 15 avril", "diabierna 14 juni", "jueves 3 de mayo")
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|djaluna|djamars|djarason|djuebs|diabierna|djasabra|djadumingu"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"\.?,?[ \t]+$"
)
_YEAR: Final = r"(?:(?:19|20)[0-9]{2}|['’][0-9]{2})"
# The first day of a night before a date's day: "30/31 dec", "vannacht (5/6 mei)".
_NIGHT_BEFORE: Final = regexes.compile(r"(?<![\w/.-])(?:[1-9]|[12][0-9]|3[01])/$")
_NIGHT_OP_BEFORE: Final = regexes.compile(r"(?<![\w/.-])(?:[1-9]|[12][0-9]|3[01])[ ]op[ ]$")
# Three or more day-months in a row, comma-separated: "6/10, 9/10, 10/10 opnieuw" (a log
# of attempts); one alone may be a fraction, a list of them is dates.
DATE_DM_SERIES: Final = regexes.compile(
    r"(?<![\w/.,-])(?:[1-9]|[12][0-9]|3[01])/(?:[1-9]|1[0-2])"
    r"(?:,[ ](?:[1-9]|[12][0-9]|3[01])/(?:[1-9]|1[0-2])){2,}(?![\w/]|[.,][0-9])"
)
_DM_IN_SERIES: Final = regexes.compile(r"[0-9]{1,2}/[0-9]{1,2}")

EMAIL: Final = regexes.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
# Addresses written against harvesting: "j.jansen(at)gmail.com", "info [at] wijkteam.nl".
EMAIL_AT: Final = regexes.compile(
    r"[\w.+'-]+[ ]?(?:\(at\)|\[at\]|\{at\})[ ]?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", re.IGNORECASE
)

IBAN: Final = regexes.compile(
    r"(?<![\w])[A-Z]{2}[ -]?[0-9]{2}[ -]?(?:[A-Z0-9]{4}[ -]?){2,7}[A-Z0-9]{1,4}(?![\w])",
    re.IGNORECASE,
)

# separator inside a phone number: "06-1", "088 - 787", "070 34"; never a line break
_PS: Final = r"(?:[ \t]?[-.–][ \t]?|[ \t])?"
PHONE: Final = regexes.compile(
    # (never the minutes of a clock time: "08:02 - 070 388 12 40")
    r"(?<![\w+])(?<![0-9]:)(?:"
    rf"(?:\+|00)\s?31{_PS}(?:\(0\){_PS})?[1-9](?:{_PS}[0-9]){{8}}"  # +31 / 0031
    rf"|\(0[0-9]{{1,3}}\){_PS}[0-9](?:{_PS}[0-9]){{4,7}}"  # (070) 345 67 89
    rf"|0[1-9](?:{_PS}[0-9]){{8}}"  # 06-12345678, 070 345 6789
    rf"|(?:\+|00)[ ]?(?!31)[1-9][0-9]{{0,2}}(?:{_PS}\(?[0-9]+\)?){{2,6}}"  # other countries
    rf"|0[89]0[069](?:{_PS}[0-9]){{4}}(?:(?:{_PS}[0-9]){{3}})?"  # 0800-1234, 0900-1234567
    rf"|0[1-9][0-9]{{0,2}}[ \t]?/[ \t]?[0-9](?:{_PS}[0-9]){{5,7}}"  # 070/3456789, 06/12345678
    r")(?![\w]|[:.][0-9])"  # "05-02-2024 21:14" is a date and a time
)

# Nine digits in any grouping with one kind of separator (3-3-3, 4-2-3, 2-3-4, ...), plain
# eight or nine digits, or the old dotted 2-3-3 form; never part of a longer digit run.
BSN: Final = regexes.compile(
    r"[0-9](?<![\w.,/+-][0-9])(?<![0-9][ ][0-9])"  # first digit first: a fast scan
    r"(?:[0-9]{7,8}|[0-9]\.[0-9]{3}\.[0-9]{3}|[0-9]{1,3}(?P<sep>[ .-]|[ ]-[ ])[0-9]{2,4}(?:(?P=sep)[0-9]{2,4}){1,2})"
    # (a file's extension may follow: "BSN 173131888.pdf")
    r"(?![\w]|[.,/-][0-9]|[ ][0-9]|[/-][A-Za-z]|\.(?!(?:pdf|docx?|xlsx?|jpe?g|png|msg|eml|odt)\b)[A-Za-z])"
)
# what says a citizen number given is wrong, between the cue and a number failing the 11-test:
# the number is the mistyped BSN ("BSN klopt niet?? Mw. Benali gaf 640127989 op")
_WRONG_NUMBER: Final = regexes.compile(r"(?i:klopt[ ]niet|onjuist|ongeldig|elfproef|fout)")
# (further than 25 characters only with no other number between: "BSN die Veilig Thuis
# doorgaf klopt niet (elfproef faalt): 387838404", not "BSN ..., polisnummer 112.448.903")
BSN_CUE: Final = regexes.compile(
    r"(?i)(?:bsn|burger\s?service\s?n(?:umme)?r|sofi)(?P<gap>[^\n]{0,25}|[^\n0-9]{26,60})$"
)
# "5058 48661": nine digits grouped four and five, a BSN only after its own cue (a PDF
# paste broke the number over a line end; the joined copy reads it so).
BSN_FOUR_FIVE: Final = regexes.compile(
    r"[0-9](?<![\w.,/+-][0-9])[0-9]{3}[ ][0-9]{5}(?![\w]|[.,/-][0-9]|[ ][0-9])"
)

# (one or two spaces: "2595  XE" where a form's field was padded)
POSTCODE: Final = regexes.compile(
    # (never the head of a code: "2024 ZK-2024-71198" holds a year, then a case number)
    r"[1-9](?<![\w-][1-9])[0-9]{3}[ ]{0,2}(?!SA|SD|SS)[A-Z]{2}(?![\w]|-[0-9])"
)
# Lower-case postcodes ("2526 bx") only where an address context makes them likely: after a
# house number and comma, after "postcode"/"pc", at a line start, or before a capitalised place.
POSTCODE_LOWER: Final = regexes.compile(
    r"(?=[1-9])(?:(?<=\w,[ ])|(?<=postcode[ :])|(?<=pc[ :])|(?<=^)|(?<=\n)|(?<=[;\t|])|(?<=[;|][ ])"
    r"|(?<=postcode:[ ])|(?<=postcode is[ ])|(?<=postcode =[ ])|(?<=pc:[ ])|(?<=pc is[ ]))"
    r"([1-9][0-9]{3}[ ]?(?!sa|sd|ss)[a-z]{2})(?![\w])"
    r"|(?<![\w-])([1-9][0-9]{3}[ ]?(?!sa|sd|ss)[a-z]{2})(?=[ ]{1,2}(?:'s-)?[A-Z][a-z])"
    # "(2566 rb)": a postcode in brackets after an address
    r"|(?<=\()([1-9][0-9]{3}[ ]?(?!sa|sd|ss)[a-z]{2})(?=\))",
    re.IGNORECASE | re.MULTILINE,
)
_PC_LABEL_BEFORE: Final = regexes.compile(r"(?i:\b(?:pc|postcode)(?:[ ]is|[ ]=)?[ :]*)$")
# Any postcode, also in lower case, right after an address found ("Withuysstraat 12 2546 vk");
# find_structured checks that an address ends just before it.
POSTCODE_AFTER_ADDRESS: Final = regexes.compile(
    r"[1-9](?<=[ \t][1-9])[0-9]{3}[ ]?(?!sa|sd|ss)([a-z]{2})(?![\w])", re.IGNORECASE
)
# A postcode in brackets, in any case: "(5031 cm)"; find_structured checks that an address
# ends just before the bracket.
POSTCODE_BRACKETED: Final = regexes.compile(
    r"\(([1-9][0-9]{3}[ ]?(?!sa|sd|ss|SA|SD|SS)[A-Za-z]{2})\)"
)
# Four digits and two lower-case letters written together ("2554na") are a postcode unless
# the letters are a unit ("1500mg").
POSTCODE_GLUED: Final = regexes.compile(
    r"[1-9](?<![\w.,-][1-9])[0-9]{3}(?!sa|sd|ss)([a-z]{2})(?![\w])"
)
_UNITS: Final = frozenset(
    ["mg", "ml", "kg", "km", "cm", "mm", "dl", "cl", "kb", "mb", "gb", "kw", "wh", "pk", "cc", "ft"]
)
_NOT_PC_LETTERS: Final = frozenset(
    [
        "eh",  # a dictation's hesitation: "Hoefkade 1052 eh zijn bsn"
        "en",
        "of",
        "in",
        "op",
        "de",
        "te",
        "is",
        "ze",
        "we",
        "je",
        "na",
        "om",
        "al",
        "nu",
        "zo",
        "er",
        "ik",
        "hij",
        "uw",
        "het",
        "ca",
        "nr",
        "km",
        "kg",
        "cm",
        "mg",
        "ml",
        "uur",
        # "energie, 1800 eu.": euros in a chat
        "eu",
    ]
)

_DAY_RANGE: Final = (
    r"(?:(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de)?\s*(?:t/m|tot en met|tot|-|–|en|of)\s*)?"
)
# "14 maart jl.", "3 juni a.s.": the relative marker belongs to the date
_RELATIVE: Final = (
    r"(?:[ \t]+(?:j\.?l\.?|a\.s\.?|jongstleden|aanstaande"
    # a Turkish weekday after the date: "30 nisan salı"
    r"|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?![^\W0-9_]))?"
)
DATE_TEXT: Final = regexes.compile(
    # a zero may stand before the day ("verslag 06 februari 2024"): _date_text_matches
    # takes it in, or drops the match when the zero ends a longer number
    # (never the decimals of an amount: "€ 1.321,28\nfeb | ..." in a table of months)
    rf"(?<![^\W0])(?<![0-9][,.])(?:{_WEEKDAYS},?\s+(?:de\s+)?)?{_DAY_RANGE}(?:[1-9]|[12][0-9]|3[01])"
    # (a line break never stands between day and month: "| 18\nmaart |" is a count, a row)
    rf"(?:e|ste|de|(?:st|nd|rd|th)(?:[ \t]+of)?)?(?:[ \t\xa0]+(?:d[ei][ \t]+)?|-(?={_MONTHS}))"
    rf"{_MONTHS}\.?(?![^\W0-9_])(?:(?:,?\s+|-|\s+de\s+){_YEAR}(?![0-9]))?{_RELATIVE}",
    re.IGNORECASE,
)
# A Dutch month in English order with its year ("maart 11, 2025"), a month in Roman
# numerals between day and year ("11 IX 1993"): both only with the year.
DATE_MONTH_FIRST_NL: Final = regexes.compile(
    r"(?i)(?<![\w])(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)[ ](?:[1-9]|[12][0-9]|3[01]),[ ](?:19|20)[0-9]{2}(?![\w])"
)
# "[IVX][ .-](?:19|20)[0-9][0-9]" as two patterns that open with the literal century (the
# engine skips to a literal prefix in C; the capitals are tested at every character)
_ROMAN_CORES: Final = (
    regexes.compile(r"19(?<=[IVX][ .-]19)[0-9][0-9]"),
    regexes.compile(r"20(?<=[IVX][ .-]20)[0-9][0-9]"),
)
DATE_ROMAN_MONTH: Final = regexes.compile(
    r"(?<![\w])(?:0?[1-9]|[12][0-9]|3[01])[ .-](?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[ .-]"
    r"(?:19|20)[0-9]{2}(?![\w])"
)
# English order in English mail: "April 20", "May 6th, 2024" (a capitalised month name).
_EN_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Abbreviated English months ("Oct 29", "Sept 3"); "Jan" and "Mar" are also first names.
_EN_MONTH_ABBR: Final = ("Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_EN_MONTH_CUES: Final = _EN_MONTHS + _EN_MONTH_ABBR
# (every branch opens with a letter, so the search skips in C to the capitals that open them)
_EN_MONTH_CUE_RX: Final = regexes.compile(
    "|".join(_EN_MONTH_CUES) + r"|Jan\.?[ ][0-9]|Mar\.?[ ][0-9]"
)
# the words every _EN_MONTH_CUE_RX match holds: looked up in the text's cue index first,
# the scan is skipped in most texts
_EN_MONTH_CUE_WORDS: Final = cues(*_EN_MONTH_CUES, "Jan", "Mar")
# a weekday, also shortened as mail headers write it ("Thu, Mar 14, 2024")
_EN_WEEKDAY: Final = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),),?[ \t]+"
)
DATE_EN_US: Final = regexes.compile(
    rf"(?<![\w])(?:{_EN_WEEKDAY})?"
    rf"(?:(?:{'|'.join(_EN_MONTHS)}|(?:{'|'.join(_EN_MONTH_ABBR)})\.?)[ \t]+"
    r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+(?:19|20)[0-9]{2})?(?![\w])"
    r"(?![ \t]+(?:mensen|personen|kinderen|cliënten|jaar|keer|uur|people|years|times|hours)\b)"
    # "Jan" and "Mar" are names too: as a month only with a day and a year
    r"|(?<![\w])(?:" + _EN_WEEKDAY + r")?(?:Jan|Mar)\.?[ \t]+(?:[1-9]|[12][0-9]|3[01]),?[ \t]+"
    r"(?:19|20)[0-9]{2}(?![\w])"
    # "Monday 6 May 2024": an English weekday before a day-month date
    rf"|(?<![\w]){_EN_WEEKDAY}(?:[1-9]|[12][0-9]|3[01])[ \t]+(?:{'|'.join(_EN_MONTHS)})"
    r"(?:[ \t]+(?:19|20)[0-9]{2})?(?![\w]))"
)
# An English ordinal day after a weekday or after "Jan"/"Mar" (first names too, so only with
# the ordinal): "thursday 23rd", "Since Jan 3rd".  The ordinal suffix is required: "Friday 3
# people" or "Jan 3 keer" stay.
DATE_EN_ORDINAL: Final = regexes.compile(
    r"(?<![\w])(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:,?[ \t]+the)?|(?:Jan|Mar|JAN|MAR)\.?)[ \t]+"
    # in capitals too, as a shouted chat writes it: "FRIDAY 22ND"
    r"(?i:1st|2nd|3rd|[4-9]th|1[0-9]th|2[04-9]th|21st|22nd|23rd|30th|31st)(?![\w])"
    # "tuesday the 12th of march": the month belongs to it
    rf"(?:[ \t]+of[ \t]+(?i:{'|'.join(_EN_MONTHS)})(?![\w]))?"
)
_EN_ORD_WORDS: Final = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    "twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|"
    "twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first"
)
_EN_MONTHS_LOW: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_EN_MONTH_LOW: Final = regexes.compile(r"(?:on|by)[ ](?:" + _EN_MONTHS_LOW + ")")
# English dates in words or in lower case, as a chat writes them: "the first of may",
# "on june 15"; a month alone or "may" the verb stay.
DATE_EN_WORDS: Final = regexes.compile(
    rf"(?<![\w])(?:(?:the[ ])?(?:{_EN_ORD_WORDS})[ ]of[ ](?:{_EN_MONTHS_LOW})"
    rf"|(?<=on[ ]|by[ ])(?:{_EN_MONTHS_LOW})[ ](?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?)(?![\w])"
    r"(?![ ](?:people|persons|times|years|hours|days|weeks|kids|children|mensen|keer|jaar|uur))"
)
_ORDINAL_CORE: Final = regexes.compile(r"[0-9](?i:st|nd|rd|th)(?![\w])")
# A weekday and a bare day asked or named on its own: "kan ook vrijdag 12?", "dinsdag 4." (not
# a clock time or a count: "vrijdag 10 uur", "maandag 3 kinderen", "woensdag 2 keer").
DATE_NL_WEEKDAY_DAY: Final = regexes.compile(
    r"(?<![\w])(?<!elke[ ])(?<!iedere[ ])(?:maan|dins|woens|donder|vrij|zater|zon)dag[ ]"
    r"(?:[1-9]|[12][0-9]|3[01])(?=[ ]?[?!]|[ ]?[.,;](?![ ]?[0-9])|$|[ ](?:of|en)[ ][^0-9])"
)
# English days in a client's English message: "leave on the 31st", "the 2nd of June",
# "tomorrow wednesday 12 I come" (a weekday and a bare day, no clock time after it).
_EN_ORD_DAY: Final = r"(?:1st|2nd|3rd|[4-9]th|1[0-9]th|2[04-9]th|21st|22nd|23rd|30th|31st)"
DATE_EN_THE_ORD: Final = regexes.compile(
    rf"(?i)(?<![\w])(?:on|by|before|until|till|after|from|since)[ \t]+(the[ \t]+{_EN_ORD_DAY}"
    rf"(?:[ \t]+of[ \t]+(?:{'|'.join(_EN_MONTHS)})(?:,?[ \t]+(?:19|20)[0-9]{{2}})?)?)(?![\w])"
    r"(?![ \t]+(?:floor|time|times|week|year|place|attempt|grade|child|kid|son|daughter|round)\b)"
)
DATE_EN_WEEKDAY_DAY: Final = regexes.compile(
    r"(?i)(?<![\w])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+"
    r"(?:[1-9]|[12][0-9]|3[01])(?![\w]|[:.,][0-9])"
    r"(?![ \t]*(?:am|pm|a\.m|p\.m|o'clock|hours?|minutes?|people|kids|children|uur|u)\b)"
)
# Day, month abbreviation and year written together, as systems print them: "03MAR2024".
DATE_GLUED: Final = regexes.compile(
    r"(?<![\w])(?:0?[1-9]|[12][0-9]|3[01])(?:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|"
    r"nov|dec)(?:19|20)[0-9]{2}(?![\w])",
    re.IGNORECASE,
)
DATE_NUM: Final = regexes.compile(
    rf"(?<![\w./-])(?:{_WEEKDAYS},?\s+)?"
    r"(?:(?:0?[1-9]|[12][0-9]|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)[0-9]{2}|['’]?[0-9]{2})"
    r"|(?:19|20)[0-9]{2}([-/.])(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12][0-9]|3[01])"
    # American order, told by a day after the twelfth: "DOB 05/17/1979", "10/15/1968"
    r"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/(?:19|20)[0-9]{2})"
    # (a time may follow an ISO date glued with T: "2024-05-21T08:02:11Z")
    r"(?:(?<=[0-9]-[0-9]{2})(?=[Tt][0-2][0-9]:)|(?![\w]|[./-][0-9]))",
    re.IGNORECASE,
)
# What follows a count, range or fraction ("2-3 keer", "3/4 van de tijd", "2/3 deel"): a
# day-month shape followed by one of these is never a date.
_NOT_DATE_AFTER: Final = (
    r"(?![ \t]*(?:%|x\b|(?:keer|maal|dagen|dag|daags|dagdelen|weken|week|maanden|maand|jaar|"
    r"jaren|jr|uur|uren|min|minuten|kinderen|kind|personen|pers|mensen|punten|punt|pnt|deel|"
    r"delen|procent|euro|stuks|jarigen|jarige|cliënten|clienten|gezinnen|huishoudens|ouders|"
    r"sessies|bijeenkomsten|gesprekken|afspraken|plekken|plaatsen|kamers|nachten|avonden|"
    r"ochtenden|middagen|km|kg|cm|m|meter|klas|groep|deelnemers|bewoners|cijfer|score|liter|l|"
    r"gram|gr|kilo|stuk|zakken|flessen|glazen|porties?|tabletten|pillen)\b|"
    r"van[ \t]+(?:de|het|alle|hun|zijn|haar|mijn|onze|die|deze|dat)\b))"
)
# Day-month without a year only after a weekday or a date preposition ("op 12-3").
DATE_SHORT: Final = regexes.compile(
    rf"(?<![\w])(?:(?P<wd>{_WEEKDAYS}),?[ \t]+|(?P<rel>morgen|vandaag|gisteren|eergisteren|"
    r"overmorgen)(?:,[ \t]*|[ \t]+(?=[0-9]))|(?:op|sinds|vanaf|per|tot|t/m|vóór|uiterlijk|d\.d\.|"
    r"datum:?|morgen|vandaag|gisteren|overmorgen|(?:afspraak|evaluatie|gesprek|huisbezoek|overleg|"
    r"intake|zitting|bezoek|vervolg|vervolgafspraak|deadline|geboren|geb\.|ontvangen|verstuurd|"
    r"rapportage|verslag|notitie|ronde|straatronde|nachtronde):?)"
    r"[ \t]*\(?[ \t]*"
    # a day and month that open a bracket after a name or a note's subject, then a comma or
    # the bracket's end: "gesprek met dhr. Noori (12/3, via ...)"; never a fraction ("(1/3)")
    # nor "(24/7)", day and night
    r"|(?<=\()(?=[0-9]{1,2}/[0-9]{1,2}[,)])(?!0?1/0?[234][,)]|0?2/0?[34][,)]|0?3/0?4[,)]|24/7))"
    rf"(?P<dm>(?:0?[1-9]|[12][0-9]|3[01])[-/](?:0?[1-9]|1[0-2]))(?![\w]|[./-][0-9]){_NOT_DATE_AFTER}",
    re.IGNORECASE,
)
# Day-month followed by a clock time ("12/3 om 10:00", "5-6 14.30 uur") or opening a line as
# a log entry ("12/3: huisbezoek", "5-6 - gebeld"): a fraction or a score never is.
DATE_SHORT_AFTER: Final = regexes.compile(
    r"(?<![\w./-])((?:0?[1-9]|[12][0-9]|3[01])[-/](?:0?[1-9]|1[0-2]))(?![\w]|[./-][0-9])"
    r"(?=,?[ \t]+(?:om[ \t]+)?(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9])|[ \t]+om[ \t]+[0-9])"
    r"|(?:^|(?<=\n))[ \t]*(?:[-*•][ \t]*)?((?:0?[1-9]|[12][0-9]|3[01])[-/](?:0?[1-9]|1[0-2]))"
    r"(?=[ \t]*(?::|[ \t]-[ \t]|[ \t]–[ \t]))",
)
DATE_LIST_NEXT: Final = regexes.compile(
    r"[ \t]*(?:,|en|of|t/m|&|naar)[ \t]*(?:(?:anders|eventueel|evt\.?|ook|nog|liever|desnoods|op)[ \t]+)*"
    r"(?:(?:ma|di|wo|do|vr|za|zo)\.?[ \t]+)?"
    r"((?:0?[1-9]|[12][0-9]|3[01])[-/](?:0?[1-9]|1[0-2]))(?![\w]|[./-][0-9])" + _NOT_DATE_AFTER
)
# Any day-month shape not followed by a count; find_structured decides from the text around
# it whether it is a date (see _short_date_context).
# Clock times on both sides ("09:15-10:45", a meeting's hours) leave no day-month.
DATE_DM: Final = regexes.compile(
    r"[0-9](?<![\w./,-][0-9])(?<![0-9]:[0-9])[0-9]?[-/][0-9][0-9]?(?![\w]|[.,/:-][0-9])"
    + _NOT_DATE_AFTER
)
# The same with a dot as well ("14.6"): one scan over the digits finds both shapes.
DATE_DM_ANY: Final = regexes.compile(
    r"[0-9](?<![\w./,-][0-9])(?<![0-9]:[0-9])[0-9]?[-/.][0-9][0-9]?(?![\w]|[.,/:-][0-9])"
    + _NOT_DATE_AFTER
)
# A range of two day-months: "herfst 20/10-24/10", "(17-4 t/m 28-4)"; written with dashes
# only with a word or a spaced dash between them ("3-4-5-6" is no range).
DATE_DM_RANGE: Final = regexes.compile(
    r"[0-9](?<![\w./,-][0-9])[0-9]?(?:/[0-9][0-9]?[ \t]*(?:[-–]|t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]*[0-9][0-9]?/[0-9][0-9]?"
    r"|-[0-9][0-9]?[ \t]*(?:[ \t]–|t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]*[0-9][0-9]?-[0-9][0-9]?)"
    r"(?![\w]|[.,/-][0-9])" + _NOT_DATE_AFTER
)
_DM_RANGE_CORE: Final = regexes.compile(r"[0-9][/-][0-9][0-9]?[ \t]*(?:[-–]|t/m|tot)[ \t]*[0-9]")
_DM_PARTS: Final = regexes.compile(r"[0-9]+")


def _dm_range_ok(text: str, m: re.Match[str], date_starts: set[int], dated_ends: set[int]) -> bool:
    """Whether a DATE_DM_RANGE match runs from one day to a later day within two months.

    Why: "1/2-3/4" may be two fractions and "3/4-5/6" a pair of scores; two real days
    in order, one of them beyond the 12th or the first dated by its context
    (``_short_date_context``, or a weekday before it: ``dated_ends``), make the range a
    period.
    """
    d1, m1, d2, m2 = (int(x) for x in _DM_PARTS.findall(m.group()))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= m1 <= 12 and 1 <= m2 <= 12):
        return False
    months = (m2 - m1) % 12
    if months > 2 or (months == 0 and d2 <= d1):
        return False
    if d1 >= 13 or d2 >= 13:
        return True
    first = _DM_PARTS.match(text, m.start())
    month = _DM_PARTS.match(text, first.end() + 1) if first else None
    if month is None:
        return False
    if month.end() in dated_ends:
        return True
    return _short_date_context(text, m.start(), month.end(), date_starts)


_WEEKDAY_BEFORE: Final = regexes.compile(rf"(?i)(?<![\w]){_WEEKDAYS},?[ \t]+$")


# The word right before it that makes it a date: a date preposition, a verb of coming or
# planning, a date field ("overdrachtsdatum", "Volgende keer:") or a note abbreviation.
_DM_CUE_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:(?:op|sinds|vanaf|v\.a\.?|per|tot|t/m|tm|vóór|uiterlijk|komt|kom|komen|"
    r"gepland|verzet|verplaatst|wanneer|dd|d\.d|hb|tc|afspr|keer|geboren|geb|overleden|opname|"
    r"ontslag|start|begint|eindigt|vervalt|verloopt|ingang|aant|aantekening|notitie|"
    r"opgevraagd|mondeling|schriftelijk|poging|getekend|ondertekend|ontvangen|"
    r"[a-zà-ÿ]*(?:datum|dienst|afspraak|"
    r"bezoek|gesprek|overleg|intake|evaluatie|zitting|bespreking|melding|aanvraag|brief|"
    r"besluit|beschikking|verslag|bericht|mail|mailtje|appje))\.?:?"
    r"(?:[ \t]+(?:van|d\.d\.?))?[ \t]*[('‘“\"]?[ \t]*"  # "de datum '12-10'"
    # "(die van 9/12, weet je nog?)": the one of that day
    r"|die[ \t]+van[ \t]+"
    # an appointment moved to or from a day: "verzet naar 6/11", "verplaatsen van 3-4 naar"
    r"|(?:verzet|verzetten|verplaatst|verplaatsen|verschoven|verschuiven|uitgesteld|"
    r"uitstellen|omgezet|omzetten)[ \t]+(?:naar|tot|van)[ \t]+)$"
)
# A call, a message or a delivery right before the day-month: "mw jagessar belde 3/10 in
# tranen", "Kringloop brengt 4/11 bank + bedden"; not a share: "brengt 3/4 van de huur op"
_DM_VERB_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:belde|gebeld|mailde|gemaild|appte|geappt|brengt|bracht|gebracht|kwam|"
    r"geweest|langsgeweest|gesproken)[ \t]+$"
)
_DM_SHARE_NEXT: Final = regexes.compile(r"[ \t]+(?:van|deel|procent)\b|[ \t]*%")
# An event a little earlier on the line ("intake Voedselbank 20-6"), when the day-month
# closes the clause.
_DM_EVENT: Final = regexes.compile(
    r"(?i)(?<![\w])(?:intake|afspraak|afspr|[a-zà-ÿ]*gesprek|huisbezoek|bezoek|hb|[a-zà-ÿ]*overleg|"
    r"mdo|[a-zà-ÿ]*bespreking|[a-zà-ÿ]*tafel|[a-zà-ÿ]*melding|"
    r"evaluatie|zitting|[a-z]*dienst|[a-z]*datum|deadline|herinner\w*|verhuizing|verhuist|opname|"
    r"ontslag|[a-z]*verlof|terug|afwezig|jarig|verjaardag|contact|contactmoment|brainstorm|"
    r"[a-z]*signaal|intervisie|bezoekt|bezoeken|bezocht|"
    # a referral: "aangemeld door GGD 6/10", "doorverwezen via huisarts 3-2"
    r"aangemeld|doorverwezen|verwezen)"
    r"(?:[ \t]+[^\W0-9_][\w'’-]*){0,3}[:,]?[ \t]*(?P<br>\([ \t]*)?$"
)
# The clause of an event may close with a colon at the end of its line ("n.a.v. MDO 12-1:").
_DM_HEADING_COLON: Final = regexes.compile(r"[ \t]*:[ \t]*(?:$|\n)")
# A deadline opening a cell or a line: "(cl. 20240388)<tab>voor 5/4", "voor 3-6: bellen".
_DM_CELL_DEADLINE: Final = regexes.compile(
    r"(?i)(?:^|[\t|])[ \t]*(?:[-*•][ \t]*)?(?:vóór|voor)[ \t]+$"
)
# A deadline: "voor" after a condition or a request ("als geen reactie voor 1-3 ->",
# "graag betalen voor 5-6."); "zorgde voor 2-1" or "stand 3-1 voor ons" has neither.
_DM_DEADLINE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:als|indien|graag|reactie|antwoord|betalen|inleveren|aanleveren|opsturen|"
    r"terugbellen|terugkoppeling)(?![\w])[^\n.;]{0,40}(?<![\w])voor[ \t]+$"
)
# A deadline in an action point whose clause holds an e-mail address or a file name
# ("AP: Mehmet mailt het verslag naar m.koster@team.nl voor 4-3."): a sending verb or an
# action-point label earlier on the line, and dots only inside words.
_DM_ACTION_DEADLINE: Final = regexes.compile(
    r"(?i)(?:(?<![\w])(?:mailt|mailen|mail|stuurt|sturen|stuur|levert|leveren|lever|regelt|"
    r"regelen|plant|plannen|informeert|koppelt)(?![\w])|"
    r"^[ \t]*(?:[-*•][ \t]*)?(?:ap|actie|acties|actiepunt|actiepunten|todo|to-do)[ \t]*:)"
    r"(?:[^\n.;]|\.(?=\w)){0,80}(?<![\w])voor[ \t]+$"
)
# A day-month right after a report or update word, closing the clause or followed by its
# author: "RAPP. 10-5", "Bijgewerkt 4-11 door Hodan.", "laatst gewijzigd 3-2".
_DM_UPDATE_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:rapp|rapportage|bijgewerkt|gewijzigd|aangepast|geüpdatet|geupdatet|"
    r"geactualiseerd|herzien|opgesteld|genotuleerd|ondertekend|getekend|"
    # the state of a request on that day: "status: aangevraagd 10-4", "ingediend 3/2."
    r"aangevraagd|ingediend|verstuurd|verzonden|toegekend|afgewezen|goedgekeurd|"
    r"opgestuurd|ingeleverd|aangeleverd|ingepland|afgerond|beëindigd|stopgezet)\.?:?[ \t]*$"
)
_DM_UPDATE_NEXT: Final = regexes.compile(r"(?i)[ \t]*(?:door(?![\w])|$|[.,;:)\n])")
# An event in a person's life on that day, maybe with where: "ontslagen uit kliniek 12-4,",
# "opgenomen in Parnassia 3/2."; it too closes the clause (see _DM_UPDATE_NEXT).
_DM_EVENT_PARTICIPLE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:ontslagen|opgenomen|overleden|vrijgelaten|uitgeschreven|uitgestroomd|"
    r"teruggekeerd|gedetineerd|aangehouden)"
    r"(?:[ \t]+(?:uit|in|bij|naar|op)[ \t]+(?:de[ \t]+|het[ \t]+)?[^\W0-9_]{2,}(?:-[^\W0-9_]+)?)?"
    r"[ \t]*$"
)
# A day-month in brackets after a relative day or week: "Vorige week (3-7) hadden wij ...",
# "gisteren (12-3)"; a score in brackets goes on with a word ("(3-1 gewonnen)").
_DM_RELATIVE_BRACKET: Final = regexes.compile(
    r"(?i)(?<![\w])(?:(?:vorige|afgelopen|komende|volgende|aanstaande)[ \t]+(?:week|weekend|"
    r"maand|keer|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|vandaag|gisteren|"
    r"eergisteren|morgen|overmorgen|vanochtend|vanmiddag|vanavond|gisteravond|vannacht)"
    r"[ \t]*\([ \t]*$"
)
_DM_BRACKET_CLOSE = regexes.compile(r"[ \t]*\)")
# A day-month closing a signed line: "Opgesteld door Nadia Kramer, MEE-consulent, 8-1."
_DM_SIGNED_LINE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:(?:opgesteld|geschreven|genotuleerd|ingevuld|ondertekend|getekend|"
    r"verslag|notulen)[ \t]+door)(?![\w])[^\n]{1,80},[ \t]*$"
)
# An appointment right after it, with its article: "mw bakker heeft 5/4 een zitting",
# "5-6 de intake"; a count goes on with a plural or no article ("2-3 gesprekken").
_DM_APPOINTMENT_NEXT: Final = regexes.compile(
    r"(?i)[ \t]+(?:een|de|haar|zijn|hun)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?(?:zitting|afspraak|intake|"
    r"huisbezoek|gesprek|evaluatie|overleg|mdo|hoorzitting|keuring|operatie|behandeling)(?![\w])"
)
_DM_LINE_END: Final = regexes.compile(r"\.?[ \t]*(?:$|\n)")
# The head of a quoted message that ends in its day-month and a colon: "Mail van Karima
# Ouali, 7/7:", "zoon belt (06 ...), 1-7:", "Verslag telefonisch contact 12-3:".
_DM_MESSAGE_HEADER: Final = regexes.compile(
    r"(?i)(?:^|[\s(])(?:mail|e-mail|bericht|app|appje|whatsapp|sms|voicemail|belt|belde|brief)"
    r"(?![\w])[^\n]{0,60},[ \t]*$"
    r"|(?:contact|mail|bericht|voicemail|sms|appje|whatsapp)[ \t]+$"
)
_DM_CLAUSE_END: Final = regexes.compile(
    r"[ \t]*(?:$|[.,;!?)\n])|[ \t]+[–-](?:[ \t]|$)", re.MULTILINE
)
# What was done on the day: "8-11 gebeld met SVB", "3/2 langs geweest".
_DM_DONE_NEXT: Final = regexes.compile(
    r"[ \t]+(?:gebeld|gemaild|geappt|gesproken|langs(?:[ \t]+geweest)?|bezocht|afgesproken|"
    r"teruggebeld|ingepland|verstuurd|opgestuurd|aangevraagd|aangemeld|doorgestuurd)(?![\w])"
)
# A sign-off with its day in brackets ("casusregisseur – afgemeld (10-3)", "ziek (4-2)"):
# the bracket holds the day-month alone; "(3-1 gewonnen)" or "(2-3 keer)" hold more.
_DM_SIGN_OFF: Final = regexes.compile(
    r"(?i)(?<![\w])(?:afgemeld|afgezegd|afgebeld|verhinderd|afwezig|ziek|ziekgemeld|vrij|gestopt|"
    r"geannuleerd|uitgeschreven|vertrokken|overgedragen|met[ \t]+verlof|op[ \t]+vakantie)"
    r"[:,]?[ \t]*\([ \t]*$"
)
_DM_BRACKET_CLOSE = regexes.compile(r"[ \t]*\)")
_DM_LINE_START: Final = regexes.compile(r"[ \t]*(?:[-*•>·][ \t]*)?$")
# A numbered visit log: "2e 3/7: met wijkagent", "3e 8-11: mag binnen".
_DM_ORDINAL_ENTRY: Final = regexes.compile(r"[ \t]*(?:[-*•][ \t]*)?[0-9]{1,2}(?:e|ste|de)[ \t]+$")
_DM_ENTRY_COLON: Final = regexes.compile(r"[ \t]*(?::|[ \t][–-][ \t])")
_DM_CELL: Final = regexes.compile(r"[|\t][ \t]*$")
_DM_CELL_END: Final = regexes.compile(r"[ \t]*(?:[|\t]|$|\n)")
_DM_LOG_NEXT: Final = regexes.compile(r"[ \t]*(?:$|\n|[:–-]|[^\W0-9_])")
# A day-month opening a header line of cells, the next cell a name: "12/12 | Spoorwijk".
_DM_HEADER_CELL_NEXT: Final = regexes.compile(r"[ \t]*\|[ \t]*[A-ZÀ-Þ]")
# a clock time may be marked as approximate ("2/10 ~ 11:20", "5-6 ca. 14:00") or written
# with "u" for the hour ("4/4 9u30")
_HOUR_WORD: Final = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_DM_TIME_NEXT: Final = regexes.compile(
    r"(?i),?[ \t]+(?:~[ \t]*(?=(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9])|ca\.?[ \t]*(?=(?:[01]?[0-9]|2[0-3]):))?"
    r"(?:om[ \t]+[0-9]|(?:[01]?[0-9]|2[0-3])(?:[:.]|u(?=[0-9][0-9](?![0-9])))[0-5][0-9]|(?:[89]|1[0-9]|20)u(?![\w])(?![ \t]+per)|"
    # an hour in words: "om tien uur", "om half drie", "om kwart over negen"
    rf"om[ \t]+(?:(?:half|kwart[ \t]+(?:over|voor))[ \t]+{_HOUR_WORD}|{_HOUR_WORD}[ \t]+uur)(?![\w])|"
    r"(?:in[ \t]+de[ \t]+|'s[ \t]*|"
    r"rond[ \t]+|tussen[ \t]+)?(?:ochtend|middag|avond|ochtends|middags|avonds|namiddag|"
    r"voormiddag)\b)"
)
_DM_RANGE_NEXT: Final = regexes.compile(
    r"[ \t]*(?:t/m|tot(?:[ \t]+en[ \t]+met)?|en|of|–|-)[ \t]*(?:(?:anders|eventueel|evt\.?|ook|"
    r"nog|liever|op)[ \t]+)*"
)
# Words before a day-month shape that make it a number of something else.
_DM_NOT_AFTER_WORDS: Final = frozenset(
    [
        "artikel",
        "art",
        "lid",
        "groep",
        "groepen",
        "klas",
        "kamer",
        "score",
        "scoort",
        "scoorde",
        "cijfer",
        "stand",
        "uitslag",
        "verhouding",
        "ratio",
        "nummer",
        "nr",
        "bus",
        "lijn",
        "tram",
        "versie",
        "pagina",
        "pag",
        "blz",
        "rij",
        "hoofdstuk",
        "maat",
        "schaal",
        "won",
        "verloor",
        "gewonnen",
        "verloren",
        "week",
        "weken",
        "leeftijd",
        "ronde",
        "niveau",
        "fase",
        "stap",
        "module",
        "les",
        "tabel",
        "figuur",
        "bijlage",
        "regel",
        "zaal",
        "blok",
        "kavel",
        "appartement",
        "flat",
        "woning",
        "huisnummer",
        "portiek",
        "unit",
        "formaat",
        "beeld",
        # a share or a result in minutes: "aanwezig: 5/7", "doelen behaald: 2/3"
        "aanwezig",
        "aantal",
        "opkomst",
        "voortgang",
        "behaald",
        "gehaald",
        "resultaat",
        "uitkomst",
        "rapportcijfer",
        "percentage",
        "gemiddeld",
        "gemiddelde",
    ]
)
_ROUND_CLOCK_NEXT: Final = regexes.compile(
    r"(?i)[ \t]*(?:bereikba|beschikba|zorg|toezicht|begeleid|hulp|open|geopend|servic|crisis|"
    r"aanwezig|bewak|support|dienst|wakend|nachtzorg|ondersteun|available|care)"
)
_LAST_WORD: Final = regexes.compile(r"([^\W0-9_]+)\.?[ \t:]*$")
# A timeline written on one line: each entry opens after "; " or " / " ("...; 8/6 brief").
_DM_LOG_SEP: Final = regexes.compile(r"(?:;|[ \t]/)[ \t]*$")
# ... or right after a timeline heading ("Tijdlijn gezin: 2/5 eerste contact").
_DM_LOG_HEAD: Final = regexes.compile(
    r"(?i)(?<![\w])(?:tijdlijn|chronologie|logboek|journaal|verloop|contacten|contactmomenten|"
    r"notities|log)\b[^\n:;]{0,40}:[ \t]*$"
)
# A log entry goes on with a word or a colon ...
_DM_ENTRY_NEXT: Final = regexes.compile(r"[ \t]*(?::|[^\W0-9_])")
# ... a score or a share does not: "3-2 gewonnen", "2/3 voor de huur", "1/2 per week".
_DM_SCORE_NEXT: Final = regexes.compile(
    r"(?i)[ \t]*(?:gewonnen|verloren|won|verloor|gelijk|winst|verlies|voor|tegen|achter|uit|"
    r"thuis|per|x|overwinning|nederlaag|stand|uitslag|doelpunten|goals|sets|sterren|leerlingen|"
    r"medewerkers|vrijwilligers|collega['’]?s|woningen|huizen|adressen|casussen|meldingen|"
    r"vragen|zinnen|regels|items)\b"
)
# A birthday: "Denzel wordt 9/9 18.", "is 3/4 jarig".
_DM_BECOMES: Final = regexes.compile(r"(?i)(?<![\w])(?:wordt|werd)[ \t]+$")
_DM_AGE_NEXT: Final = regexes.compile(
    r"[ \t]+[0-9]{1,3}(?:[ \t]*(?:jaar|jr))?[ \t]*(?:[.,;!?)]|$|\n)"
)
_DM_JARIG_NEXT: Final = regexes.compile(r"(?i)[ \t]+jarig\b")
_DM_BIRTHDAY_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:verjaardag|geboortedag|jarig)(?:[ \t]+(?:is|was|valt))?(?:[ \t]+op)?:?[ \t]*$"
)
# A labelled line of an agenda ("- brainstorm themagroep: 7-5"), read as a date only when
# the other items near it are dated.
_DM_AGENDA_LINE: Final = regexes.compile(r"[ \t]*(?:[-*•][ \t]*)?[^\W0-9_][^\n:]{0,40}:[ \t]*")


def _in_log_entry(text: str, before: str, end: int) -> bool:
    """Whether a day-month opens an entry of a one-line timeline ("; 8/6 brief ontvangen").

    Why: writers chain dated entries with "; " or " / ", or list them after a heading such
    as "Tijdlijn:"; a count or score in the same place goes on with a unit or a score word,
    which ``_NOT_DATE_AFTER`` and ``_DM_SCORE_NEXT`` rule out.
    """
    if not (_DM_LOG_SEP.search(before) or _DM_LOG_HEAD.search(before)):
        return False
    return bool(_DM_ENTRY_NEXT.match(text, end)) and not _DM_SCORE_NEXT.match(text, end)


def _is_birthday(text: str, before: str, end: int) -> bool:
    """Whether a day-month is a birthday: "wordt 9/9 18", "is 3/4 jarig", "verjaardag is 3/8"."""
    if _DM_JARIG_NEXT.match(text, end) or _DM_BIRTHDAY_BEFORE.search(before):
        return True
    return bool(_DM_BECOMES.search(before)) and bool(_DM_AGE_NEXT.match(text, end))


def _in_dated_agenda(
    text: str, start: int, end: int, line_start: int, date_starts: set[int], ascending: bool
) -> bool:
    """Whether a day-month ends a labelled agenda line among dated lines.

    Why: "- slotbijeenkomst: 20 juni" next to "- brainstorm: 7-5" shows the list is a
    planning; an ascending pair ("groepsgrootte: 8-12", "score: 5/7") stays a range or share.
    """
    if ascending or start - line_start > 60:
        return False
    if not _DM_AGENDA_LINE.fullmatch(text, line_start, start):
        return False
    if not _DM_CLAUSE_END.match(text, end):
        return False
    return any(abs(d - start) < 300 for d in date_starts)


def _short_date_cued_r12(text: str, start: int, end: int, line_start: int, before: str) -> bool:
    """Whether a day-month is dated by an update word, a relative day, a signature or a task.

    Why: minutes and logs date a report ("RAPP. 10-5"), an update ("Bijgewerkt 4-11 door"),
    an action point ("mailt ... naar a.b@c.nl voor 4-3.") or a signature ("Opgesteld door
    X, consulent, 8-1.") with a bare day-month; counts, scores and shares in the same
    places go on with a unit or a word, or lack the cue.
    """
    if _DM_UPDATE_BEFORE.search(before) and _DM_UPDATE_NEXT.match(text, end):
        return True
    if _DM_EVENT_PARTICIPLE.search(before) and _DM_UPDATE_NEXT.match(text, end):
        return True
    if _DM_RELATIVE_BRACKET.search(before) and _DM_BRACKET_CLOSE.match(text, end):
        return True
    if before.endswith((" ", "\t")) and _DM_CLAUSE_END.match(text, end):
        wide = text[max(line_start, start - 120) : start]
        if wide.rstrip().lower().endswith("voor") and _DM_ACTION_DEADLINE.search(wide):
            return True
    if before.endswith((",", ", ")) and _DM_LINE_END.match(text, end):
        return bool(_DM_SIGNED_LINE.search(text, max(line_start, start - 120), start))
    return False


# After an event the clause may also close with a remark in brackets: "casusoverleg
# Emmermeer 9/8 (vertrouwelijk)"; only for a day not below its month, as a share ("2/3")
# or a range ("1-2") never is.
_DM_REMARK_NEXT: Final = regexes.compile(r"[ \t]*\((?=[^\W0-9_])")
# The last field of an action list line whose fields are set apart by dashes: "huisbezoek
# Tuinstraat 12 — Wendy — 6/1", "bijstand aanvragen - allen - 12/4": what, who, when.
_DM_DASH_CELL: Final = regexes.compile(
    r"[ \t][—–-][ \t]+[^\n—–-]{0,30}[^\W0-9_][^\n—–-]{0,30}[ \t][—–-][ \t]*$"
)
# ... in a numbered or bulleted item, not about a match: "wedstrijd Ajax – PSV – 2-1".
_DM_ITEM_START: Final = regexes.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-*•])[ \t]")
_DM_SCORE_LINE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:uitslag|wedstrijd|score|scoort|stand|vs|versus|gewonnen|verloren|"
    r"gelijkspel|competitie|toernooi|thuiswedstrijd)(?![\w])"
)


def _dash_cell_date(text: str, end: int, before: str) -> bool:
    """Whether a day-month closes a list item as the last of dash-set fields ("— Wendy — 6/1").

    Why: action lists give each numbered or bulleted item a task, an owner and a deadline
    in fields joined by dashes; the day-month standing alone at the end of such an item is
    the deadline.  A match result in the same shape names the match.
    """
    if "—" not in before and "–" not in before and " - " not in before:
        return False
    if not (_DM_LINE_END.match(text, end) and _DM_DASH_CELL.search(before)):
        return False
    line_start = text.rfind("\n", 0, end - 1) + 1
    line = text[line_start:end]
    return bool(_DM_ITEM_START.match(line)) and not _DM_SCORE_LINE.search(line)


def _dated_header_line(text: str, end: int, line_start: int) -> bool:
    """Whether a day-month opens a header line of cells ("MDO\n12/12 | Spoorwijk").

    Why not under a table's header: there a day-month column ("3-2 | intake") is read by
    its own rules; a header line of a note stands alone and its next cell names a place.
    """
    if not _DM_HEADER_CELL_NEXT.match(text, end):
        return False
    prev = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return "|" not in text[prev:line_start]


def _short_date_context(text: str, start: int, end: int, date_starts: set[int]) -> bool:
    """Whether the day-month text[start:end] without a year is a date.

    Why context: "14/3" is as often a fraction, score or range as a date; a date is told by
    its day (13 or more: no fraction or ascending range), its place (opening a note line, a
    table cell of its own), the word before it, a clock time or day part after it, or a
    full date it is coordinated with.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    if before.endswith("(stand ") and text[end : end + 1] == ")":
        return True  # "Wachtlijst Laak (stand 8-9)": the day a list was drawn up
    w = _LAST_WORD.search(before)
    if w and w.group(1).lower() in _DM_NOT_AFTER_WORDS:
        return False
    day, month = (int(x) for x in re.split(r"[-/]", text[start:end]))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    if (day, month) == (24, 7) and _ROUND_CLOCK_NEXT.match(text, end):
        return False  # "24/7 bereikbaarheid": round the clock
    if day >= 13 and (day, month) not in ((24, 7), (16, 9)):  # round the clock, screen ratio
        return True
    if _DM_LINE_START.fullmatch(before) and (
        _DM_LOG_NEXT.match(text, end) or _dated_header_line(text, end, line_start)
    ):
        return True
    if _DM_ORDINAL_ENTRY.fullmatch(before) and _DM_ENTRY_COLON.match(text, end):
        return True
    if _in_log_entry(text, before, end) or _is_birthday(text, before, end):
        return True
    if _in_dated_agenda(text, start, end, line_start, date_starts, day < month):
        return True
    if _DM_CUE_BEFORE.search(before) or _DM_TIME_NEXT.match(text, end):
        return True
    if _DM_VERB_BEFORE.search(before) and not _DM_SHARE_NEXT.match(text, end):
        return True
    if _DM_DONE_NEXT.match(text, end):
        return True
    if _DM_DEADLINE.search(before):
        return True
    if _short_date_cued_r12(text, start, end, line_start, before):
        return True
    if _DM_CELL.search(before) and _DM_CELL_END.match(text, end):
        return True
    ev = _DM_EVENT.search(before)
    if ev and ev.group("br"):
        # "tweede gesprek hebben gehad (11/9).": the day of the event in brackets
        if _DM_BRACKET_CLOSE.match(text, end):
            return True
    elif ev and (
        _DM_CLAUSE_END.match(text, end)
        or _DM_HEADING_COLON.match(text, end)
        or (day >= month and _DM_REMARK_NEXT.match(text, end))
    ):
        return True
    if (
        before.endswith((" ", "\t"))
        and _DM_CELL_DEADLINE.search(before)
        and (_DM_CLAUSE_END.match(text, end) or _DM_CELL_END.match(text, end))
    ):
        return True
    if before.endswith((" ", "\t")) and _dash_cell_date(text, end, before):
        return True
    if "(" in before and _DM_SIGN_OFF.search(before) and _DM_BRACKET_CLOSE.match(text, end):
        return True
    if _DM_APPOINTMENT_NEXT.match(text, end):
        return True
    if text[end : end + 1] == ":" and _DM_MESSAGE_HEADER.search(before):
        return True
    r = _DM_RANGE_NEXT.match(text, end)
    if not (r and r.end() > end):
        return _bare_day_month(text, start, end, before, day, month)
    if r.end() in date_starts:
        return True
    # "tussen 3/6 en 17/6": the other end of the range is a day-month beyond 12
    m = DATE_DM.match(text, r.end())
    if not m:
        # "check 1-4 of de eerste termijn ...": no second day-month, so no range
        return _bare_day_month(text, start, end, before, day, month)
    d2, m2 = (int(x) for x in re.split(r"[-/]", m.group()))
    return 13 <= d2 <= 31 and 1 <= m2 <= 12 and m2 >= month


# What makes a day-month shape with no date cue a count, a share or opening hours (see
# _bare_day_month): hours after a weekday, "van", "tussen" or a date ("do 9-12", "di 1/4
# 9-12"); a plural noun after an ascending range ("4-6 schuldeisers", "6-8 jongens"); a
# street before a house number ("Wolmaransstraat 21-1"); a count's label ("Aantal: 6-8").
_DM_HOURS_BEFORE: Final = regexes.compile(
    r"(?i)(?:(?<![\w])(?:ma|di|wo|do|vr|za|zo|van|tussen|om|er|spreekuur|open|geopend)|"
    r"dag|[0-9][-/][0-9]{1,2})[ \t]*$"
)
_DM_COUNT_NOUN_NEXT: Final = regexes.compile(r"[ \t]+[a-zà-ÿ]{2,}(?:s|en)(?![\w])")
_DM_STREET_BEFORE: Final = regexes.compile(
    r"[A-Z][a-zà-ÿ]*(?:straat|laan|weg|plein|kade|gracht|singel|hof|dijk|dreef|park|steeg|pad)[ ]$"
)
# A game's score or a test's result near the shape: "De stand was 3-1", "(3-1 gewonnen)",
# "Uitkomst vragenlijst: 6/8"; "van 2-3 naar 3-4 gesprekken": a change of a count.
_DM_SCORE_WORDS: Final = regexes.compile(
    r"(?i)(?<![\w])(?:wedstrijd|stand|score|scoort|scoorde|uitslag|uitkomst|gewonnen|verloren|"
    r"gelijkspel|thuisploeg|uitploeg|thuisclub|buurtploeg|team|club|spits|helft|rust|"
    r"verlenging|doelpunt|overwinning|nederlaag|rapport|cijfer|vragenlijst|opkomst|werkt|"
    r"naar[ ][0-9])(?![\w])"
)
_DM_COUNT_LABEL: Final = regexes.compile(
    r"(?i)(?<![\w])(?:aantal(?![\w])[^:\n]{0,30}:|loket)[ \t]*$"
)  # "Aantal vrijwilligers: 6-8", "loket 4-6" (a desk's numbers; "Loket 31/3" is a day)


def _bare_day_month(text: str, start: int, end: int, before: str, day: int, month: int) -> bool:
    """Whether a day-month (day 12 or less) that no cue places is a date all the same.

    Why yes by default: in notes a day and month without a year are dates far more often
    than counts (over 3,600 of some 3,700 in the development and held-out corpora); the
    counts, shares and hours have shapes of their own, and ``_NOT_DATE_AFTER`` has taken out
    the ranges followed by a unit ("3-4 weken").
    """
    if (day, month) in ((24, 7), (16, 9), (9, 5)):
        return False  # round the clock, a screen's ratio, office hours
    line_end = text.find("\n", end)
    if _DM_SCORE_WORDS.search(before) or _DM_SCORE_WORDS.search(
        text, end, min(end + 40, len(text) if line_end < 0 else line_end)
    ):
        return False
    nxt = text[end : end + 1]
    if "/" in text[start:end]:
        if day == month or day < month <= 4:
            # "2/3 daarvan", "werkplaats 3/3 aanwezig": a share; as a date it heads what
            # follows ("wk 14 – 3/4: post gesorteerd") or closes a dashed line ("— 3/4")
            return nxt == ":" or (nxt == "\n" and before.rstrip().endswith(("–", "—")))
    elif day < month:
        if day >= 7 and _DM_HOURS_BEFORE.search(before):
            return False  # "spreekuur do 9-12", "ik zit er 9-12": opening hours
        if month - day <= 6 and _DM_COUNT_NOUN_NEXT.match(text, end):
            return False  # "4-6 schuldeisers": a count
        if before.endswith(": ") and before[:-2].rstrip()[-1:].isalpha():
            return False  # "- groepsgrootte: 8-12", "wachtlijst: 3-4": a field's range
    return not (_DM_STREET_BEFORE.search(before) or _DM_COUNT_LABEL.search(before))


# Day and month joined by a dot ("14.6"), as log writers type them, found by DATE_DM_ANY;
# _dotted_date_context tells a date from a decimal, a time or a section.  After these
# words the number is an amount or a grade.
_DOT_NOT_AFTER: Final = regexes.compile(
    r"[ \t]*(?:fte|miljoen|mln|miljard|mld|ton|graden|°|m2|m²|ha|op|uit|van|per|sterren|ster|"
    r"gemiddeld|punten|promille|kilometer|kilometers|versie|release|update)\b"
)
# An event word right before it ("Huisbezoek 9.5"), closed by punctuation or a time.
_DOT_EVENT_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:afspraak|afspr|[a-zà-ÿ]*gesprek|huisbezoek|bezoek|hb|[a-zà-ÿ]*overleg|mdo|"
    r"intake|evaluatie|zitting|deadline|notitie|telefoonnotitie)[:]?[ \t]+$"
)
_DOT_EVENT_NEXT: Final = regexes.compile(
    r"[ \t]*(?:$|[.,;!?)\n])|[ \t]+(?:om|rond|tussen|van|vanaf)[ \t]+[0-9]|[ \t]+[–-][ \t]"
)


# A log whose entries open with a clock time ("- 10.45 uwv gebeld", "13:20 buurvrouw"): its
# other entries ("- 9.10 mw belt") open with times too.
_CLOCK_LOG: Final = regexes.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]|\.(?:0[0-9]|1[3-9]|[2-5][0-9]))(?![0-9])"
)


# Words that put a day before them: "op 17.06", "tot 24.06", "since friday 12.04".
_DOT_DATE_CUE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:op|tot|t/m|vanaf|sinds|per|uiterlijk|since|until|on|before|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ ]$"
)


# a weekday right before a dotted date: "vrijdag 12.04", "friday 12.04"
_DAY_NAME_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ ]$"
)
_CLOCK_AFTER: Final = regexes.compile(r"[ \t]*(?:uur|u|h|hr|hrs|am|pm)(?![\w])|[.:][0-9]")


def _dotted_date_context(text: str, start: int, end: int) -> bool:
    """Whether the day.month text[start:end] ("14.6") is a date.

    Why so strict: a dot between two small numbers is mostly a decimal, a clock time or a
    section number ("1.2 Aanleiding"); only the opening place of a log entry followed by
    a note in lower case (or a day beyond 12), or an event word right before it, makes it
    a date.  A zero-padded month ("9.05") is a clock time, and so is every entry of a log
    whose entries open with clock times.
    """
    day_s, month_s = text[start:end].split(".")
    day, month = int(day_s), int(month_s)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    if (
        _DOT_DATE_CUE.search(text, max(0, start - 16), start)
        and not _DOT_NOT_AFTER.match(text, end)
        and not _CLOCK_AFTER.match(text, end)
    ):
        return True  # "op 17.06", "tot 24.06", "since friday 12.04": a day, not a clock time
    if month_s.startswith("0") and day <= 23:
        return False  # "9.05" is a clock time; "24.09" cannot be one
    if _DOT_NOT_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    if before.endswith("(stand ") and text[end : end + 1] == ")":
        return True  # "Wachtlijst Laak (stand 8-9)": the day a list was drawn up
    w = _LAST_WORD.search(before)
    if w and w.group(1).lower() in _DM_NOT_AFTER_WORDS:
        return False
    if _DOT_EVENT_BEFORE.search(before):
        return bool(_DOT_EVENT_NEXT.match(text, end))
    if not (_DM_LINE_START.fullmatch(before) or _DM_LOG_SEP.search(before)):
        return False
    nxt = _DM_ENTRY_NEXT.match(text, end)
    if not nxt or _DM_SCORE_NEXT.match(text, end):
        return False
    first = nxt.group()[-1]
    return (first == ":" or first.islower() or day >= 13) and not _CLOCK_LOG.search(text)


# Dates written out in words in a voice memo: "achtentwintig mei", "de dertiende juli".
_DAY_UNITS: Final = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_DAY_WORDS: Final = [
    # "één februari": the accent makes it the numeral, "een mei" stays an article
    "één",
    "eén",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "dertig",
] + [
    u + sep + tens
    for u in _DAY_UNITS
    for tens in ("twintig", "dertig")
    for sep in (("ën", "en") if u.endswith("e") else ("en",))
    if tens == "twintig" or u == "een"
]
_ORDINAL_WORDS: Final = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
] + [w + "ste" for w in _DAY_WORDS if w.endswith("tig")]
_DAY_WORD_SET: Final = frozenset(_DAY_WORDS + _ORDINAL_WORDS)
_DAY_WORD_ALT: Final = "|".join(sorted(set(_DAY_WORDS + _ORDINAL_WORDS), key=len, reverse=True))
_FULL_MONTHS: Final = MONTHS
cues(*_FULL_MONTHS)
_DAY_WORD_BEFORE: Final = regexes.compile(
    rf"(?i)(?<![\w])(?:{_WEEKDAYS},?[ \t]+)?(?:de[ \t]+)?(?:{_DAY_WORD_ALT})[ \t]+$"
)
_YEAR_NEXT: Final = regexes.compile(r"[ \t]+(?:19|20)[0-9]{2}(?![0-9])")


def _spelled_dates(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of dates whose day is a word: "achtentwintig mei", "de tiende juni 2025".

    Why from the month: month names are rare, so the day word is only looked for right
    before one; "een mei" (an article) and "mei-viering" (a compound) are no dates.
    """
    for s, e in _month_words(low):
        words = low[max(0, s - 24) : s].split()
        if not words:
            continue
        if words[-1] == "een":
            # "uitstel tot een mei": after a date preposition "een" is the day
            b = _ONE_MONTH_BEFORE.search(low, max(0, s - 16), s)
            if b and not _YEAR_NEXT.match(text, e):
                yield b.start(1), e
            elif low[e : e + 1] == " " and low[s - 4 : s] == "een ":
                # "geboren een april negentienhonderd zesenvijftig": a year makes it the day
                end = spoken_year(low, e + 1)
                if end:
                    yield s - 4, end
            continue
        if words[-1] not in _DAY_WORD_SET:
            continue
        b = _DAY_WORD_BEFORE.search(text, max(0, s - 45), s)
        if b:
            y = _YEAR_NEXT.match(text, e)
            end = y.end() if y else e
            if not y and low[e : e + 1] == " ":
                # "negen mei negentienhonderdnegenennegentig": a year in words
                end = spoken_year(low, e + 1) or e
                if end == e:
                    # "achttien december zevenenzeventig": two year digits after day and month
                    end = _short_year_word(low, e + 1) or e
            yield b.start(), end


_SPOKEN_YEAR_START: Final = regexes.compile(r"(?<![\w])(?:negentien|tweeduizend|twintig)")


def _spoken_numeric_dates(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a date read out as three numbers: "elf elf negentienhonderd zeventig".

    Why a spoken year: two small numbers before a year of 1900-2099 in words are its day
    and month; without that year they are a count or a time.
    """
    for m in _SPOKEN_YEAR_START.finditer(low):
        end = spoken_year(low, m.start())
        if end is None:
            continue
        words = low[max(0, m.start() - 40) : m.start()].split()
        if len(words) >= 4 and all(w in UNITS for w in words[-4:]):
            # "twee zeven nul een negentientweeënvijftig": day and month digit by digit
            day = UNITS[words[-4]] * 10 + UNITS[words[-3]]
            month = UNITS[words[-2]] * 10 + UNITS[words[-1]]
            n = 4
        elif len(words) >= 2:
            month, day = word_value(words[-1]) or 0, word_value(words[-2]) or 0
            n = 2
        else:
            continue
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        start = m.start() - sum(len(w) + 1 for w in words[-n:])
        if low[start : m.start()].split() == words[-n:]:
            yield start, end


# A birth date's label; a date read out after it may have a year of two digits.
_BIRTH_LABEL: Final = regexes.compile(r"geboortedatum|geboren|geb\.|date of birth")
# Between the numbers of a date read out: a space, maybe after a comma.
_SPOKEN_GAP: Final = (" ", ", ", "-")


def _spoken_birth_dates(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a birth date read out as numbers after its label.

    "Geboortedatum nog even checken, hij zei zes twaalf tweeënveertig", "geboortedatum ...
    Spreker 2: eenentwintig tien tachtig", "Zij zegt een een, een een, negentiendrieënzestig":
    the first numbers within a few words of the label, as day, month and year (two year
    digits, or a year of 1900-2099), or day and month digit by digit before such a year.
    """
    for cue in _BIRTH_LABEL.finditer(low):
        words = list(_SPOKEN_WORD.finditer(low, cue.end(), min(len(low), cue.end() + 100)))
        for i, w in enumerate(words):
            if word_value(w.group()) is None or i + 2 >= len(words):
                continue
            run = [w]
            for nxt in words[i + 1 : i + 6]:
                if low[run[-1].end() : nxt.start()] not in _SPOKEN_GAP:
                    break
                run.append(nxt)
            yield from _day_month_year_words(low, run)
            break  # only the first number after the label


def _day_month_year_words(low: str, run: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The date that ``run`` (words joined by spaces) opens with, as (start, end), if any."""
    vals = [word_value(m.group()) for m in run]
    for n_dm in (2, 4):
        if len(run) <= n_dm or any(v is None for v in vals[:n_dm]):
            continue
        dm = [v for v in vals[:n_dm] if v is not None]
        if n_dm == 4:
            if not all(v <= 9 for v in dm):
                continue
            day, month = dm[0] * 10 + dm[1], dm[2] * 10 + dm[3]
        else:
            day, month = dm[0], dm[1]
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        y = run[n_dm]
        end = spoken_year(low, y.start())
        if end is None:
            v = vals[n_dm]
            after = low[y.end() : y.end() + 12].split()
            if v is None or not 10 <= v <= 99 or (after and after[0] in _SHORT_YEAR_NOT_BEFORE):
                continue
            end = y.end()
        yield run[0].start(), end
        return


# "tot een juni", "per één mei": "een" before a month is its first day after these.
_ONE_MONTH_BEFORE: Final = regexes.compile(
    r"(?<![\w])(?:tot|per|vanaf|sinds|uiterlijk|voor|op)[ ](een)[ ]$"
)
# A day written with an ordinal ending: "18e", "2de", "31ste".
_ORD_DAY: Final = regexes.compile(r"[0-9]{1,2}(?:e|ste|de)(?![\w])")
# A birth cue: after it a spoken date may end in two year digits ("zevenenvijftig").
_BIRTH_BEFORE: Final = regexes.compile(r"(?<![\w])(?:geboren|geb\.?|geboortedatum:?)[ ](?:op[ ])?$")
# Words after a two-digit number that make it a count, not a year.
_SHORT_YEAR_NOT_BEFORE: Final = frozenset(
    ["jaar", "jaren", "keer", "euro", "procent", "kilo", "uur"]
)


def _short_year_word(low: str, pos: int) -> int | None:
    """End of a two-digit year in words at ``pos`` ("zevenenvijftig"), or None."""
    m = _SPOKEN_WORD.match(low, pos)
    if not m or (m.end() < len(low) and low[m.end()].isalnum()):
        return None
    v = word_value(m.group())
    if v is None or not 10 <= v <= 99:
        return None
    nxt = low[m.end() : m.end() + 12].split()
    if nxt and nxt[0].strip(".,;:") in _SHORT_YEAR_NOT_BEFORE:
        return None
    return m.end()


_SPOKEN_WORD: Final = regexes.compile(r"[a-zà-ÿ]+")


def _month_words(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of whole month names in the lower-cased text ("mei", not "meisje")."""
    n = len(low)
    for month, found in present(low, _FULL_MONTHS):
        j = 0  # the next occurrence looked at starts after this one
        for i in found:
            if i < j:
                continue
            j = i + len(month)
            if (i == 0 or not low[i - 1].isalnum()) and (
                j == n or not (low[j].isalnum() or low[j] in "-_")
            ):
                yield i, j


# "maandag de achtste", "uiterlijk de vijftiende.": an ordinal day in words after a
# weekday or a date preposition, when nothing follows that makes it a noun's ordinal.
# Matched in the lower-cased text: a case-sensitive pattern with a literal start is fast.
DATE_ORD_WORD: Final = regexes.compile(
    rf"de[ \t]+(?:{'|'.join(_ORDINAL_WORDS)})(?![\w])"
    r"(?=[ \t]*(?:[.;:!?)]|,(?![ \t]*(?:de[ \t]+)?[a-z]+(?:de|ste)\b)|$|"
    r"(?:terug\w*|langs\w*|a\.s|jl|j\.l|is|was|wordt|werd|komt|kwam|gaat|ging|belt|belde|"
    r"bel|ik|hij|zij|ze|we|wij|u|moet|zal|zou)\b))",
    re.MULTILINE,
)
_EVERY_MONTH: Final = regexes.compile(
    r"(?i)\b(?:(?:elke|iedere|ieder|per)[ \t]+maand\b[^.\n]*"
    r"|(?:incasso|afschrijving|afgeschreven|maandelijks|salaris)\b[^.\n]{0,25})$"
)
_OF_EVERY_MONTH: Final = regexes.compile(
    r"(?i)[ \t]+van[ \t]+(?:elke|iedere|ieder|de)[ \t]+maand\b"
)
_ORD_BARE_END: Final = regexes.compile(r"[ \t]*(?:[.,;:!?)]|$)", re.MULTILINE)
_ORD_WORD_BEFORE: Final = regexes.compile(
    rf"(?i)(?<![\w])(?:(?P<wd>{_WEEKDAYS}),?|op|vanaf|per|uiterlijk|rond|omstreeks)[ \t]+$"
)


# An ordinal of a day past the tenth ("de twintigste", "de eenendertigste") after a date
# preposition: such ordinals rarely count anything else, so any word may follow except the
# few nouns they do count ("de twintigste eeuw").  Not after "op", which also gives a floor
# ("op de twaalfde"); DATE_ORD_WORD reads that with a verb after it.
DATE_ORD_WORD_HIGH: Final = regexes.compile(
    rf"de[ \t]+(?:{'|'.join(w for w in _ORDINAL_WORDS[10:] if w != 'tiende')})"
    r"(?![\w])(?![ \t]+(?:eeuw|verdieping|etage|keer|maal|plaats|plek|jaar|week|les|ronde|editie|"
    r"versie|druk|klas|groep|verjaardag|jaargang|sessie|bijeenkomst|van[ \t]+(?:elke|iedere)))"
)
_ORD_HIGH_BEFORE: Final = regexes.compile(
    rf"(?i)(?<![\w])(?:(?P<wd>{_WEEKDAYS}),?|vanaf|per|uiterlijk|rond|omstreeks|sinds|tot)[ \t]+$"
)
# Words before "op de twaalfde" that make it a floor: a flat, a lift, where someone lives.
_FLOOR_BEFORE: Final = regexes.compile(
    r"(?:woon|woning|flat|etage|lift|trap|portiek|verdieping)[^.\n]*$"
)


def _high_ordinal_word_dates(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of "vanaf de twintigste" (DATE_ORD_WORD_HIGH) after a date preposition."""
    for m in DATE_ORD_WORD_HIGH.finditer(low):
        b = _ORD_HIGH_BEFORE.search(low, max(0, m.start() - 12), m.start())
        if not b or _EVERY_MONTH.search(low, max(0, m.start() - 30), m.start()):
            continue
        yield (b.start() if b.group("wd") else m.start()), m.end()


def _ordinal_word_dates(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of "de achtste" after a weekday (then included) or a date preposition.

    Why "op" needs more: "zij woont op de derde." is a floor; only a verb or pronoun
    after it ("op de achtste belt zij") makes it a day.
    """
    for m in DATE_ORD_WORD.finditer(low):
        b = _ORD_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not b:
            continue
        if b.group().strip().lower() == "op" and _ORD_BARE_END.match(low, m.end()):
            continue
        yield (b.start() if b.group("wd") else m.start()), m.end()


# Ordinal days read out in other ways: "de tweede van de vierde" (day and month as
# ordinals), "januari de vijftiende", "vrijdag de zevende", "gisteren de twaalfde", and a
# day past the twelfth after "op" or "komt" ("op de zesentwintigste", "komt de 23ste").
_ORD_ALT: Final = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_MONTH_ORD_ALT: Final = "|".join(sorted(_ORDINAL_WORDS[:12], key=len, reverse=True))
# Nouns an ordinal counts ("de derde klas", "de twintigste eeuw"): then no date.
_ORD_NOUN_AFTER: Final = (
    r"(?![ \t]+(?:eeuw|verdieping|etage|keer|maal|plaats|plek|jaar|week|les|ronde|editie|"
    r"versie|druk|klas|groep|helft|poging|verjaardag|jaargang|sessie|bijeenkomst|dag|termijn|"
    r"kind|zoon|dochter|van[ \t]+(?:elke|iedere|de[ \t]+maand)))"
)
# "de" and an ordinal day, in words or digits; what stands around it says if it is a date.
# Why one scan from "de": a pattern that opens with a month, a weekday or a verb is tried
# at every position of every text; "de" is found by a fast literal search.
_DE_ORD: Final = regexes.compile(
    rf"de[ \t]+(?:(?P<w>{_ORD_ALT})|(?P<d>(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de)))(?![\w])"
    rf"{_ORD_NOUN_AFTER}"
)
_OF_MONTH_ORD: Final = regexes.compile(
    rf"[ \t]+van[ \t]+de[ \t]+(?:{_MONTH_ORD_ALT})(?![\w]){_ORD_NOUN_AFTER}"
)
_MONTH_BEFORE: Final = regexes.compile(rf"(?<![\w])(?:{'|'.join(MONTHS)})[ \t]+$")
_DAY_BEFORE: Final = regexes.compile(
    r"(?<![\w])(?<!elke[ ])(?<!iedere[ ])(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag"
    r"|morgen|overmorgen|vandaag|gisteren|eergisteren),?[ \t]+$"
)
_VERB_BEFORE: Final = regexes.compile(
    r"(?<![\w])(?:op|komt|kom|komen|kwam|is|was|tot|vanaf|voor|na|rond|uiterlijk|gaat|ga|gaan|"
    r"heeft|hebben|had|moet|zou|wil)[ \t]+$"
)
_HIGH_ORDINALS: Final = frozenset(_ORDINAL_WORDS[12:])
# What may follow "op de zevende" for it to be a day: a clause break or a clause going on
# ("op de zevende en hij zou ...", "op de twaalfde, en ik ga mee"), not a noun.
_LOW_ORD_CLAUSE_NEXT: Final = regexes.compile(
    r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:en|om|een|zou|is|heb|heeft|hij|zij|ze|ik|we|wij|mee)\b"
)


# A weekday and a day said as a number: "donderdag achtentwintig", "kan het op donderdag
# zestien?" (not a count: "maandag drie keer", "dinsdag twee kinderen").
_DAY_NUMBER_WORDS: Final = "|".join(
    sorted((w for w in _DAY_WORDS if w not in ("een", "één")), key=len)[::-1]
)
DATE_WEEKDAY_DAY_WORD: Final = regexes.compile(
    r"(?<![\w])(?<!elke[ ])(?<!iedere[ ])(?:maan|dins|woens|donder|vrij|zater|zon)dag[ ]"
    rf"(?:{_DAY_NUMBER_WORDS})(?![\w])"
    r"(?=[ ]*(?:[,.;:!?)]|$)|[ ](?:vervalt|om|gaat|kan|is|of|en|nee)\b)"
)


def _ordinal_day_dates(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of ordinal days read out around "de", in the lower-cased text.

    "de tweede van de vierde" (day and month as ordinals), "januari de vijftiende",
    "vrijdag de zevende", "gisteren de twaalfde", "morgen de 6e", and a day past the
    twelfth after "op" or "komt" ("op de zesentwintigste", "komt de 23ste"); not a noun's
    ordinal ("de derde klas"), a floor ("woont op de dertiende") or a day that recurs.
    """
    for m in _DE_ORD.finditer(low):
        s, e = m.span()
        if s and low[s - 1].isalnum():
            continue
        of = _OF_MONTH_ORD.match(low, e) if m.group("w") else None
        if of:
            yield s, of.end()
            continue
        d = _DAY_BEFORE.search(low, max(0, s - 16), s)
        if d:
            yield d.start(), e
            continue
        if m.group("w") and _MONTH_BEFORE.search(low, max(0, s - 12), s):
            yield s - len(low[max(0, s - 12) : s].split()[-1]) - 1, e
            continue
        high = m.group("d") and int(m.group("d").rstrip("estd")) >= 13
        low_day = (
            m.group("w")
            and _LOW_ORD_CLAUSE_NEXT.match(low, e)
            and not low.endswith((" is ", " was ", "zou ", "wil ", "moet "), 0, s)
            # "bij Bakker op de tweede.": a floor; a day goes on ("op de zevende en hij ...")
            and not (low.endswith("op ", 0, s) and _ORD_BARE_END.match(low, e))
        )
        if (high or m.group("w") in _HIGH_ORDINALS or low_day) and _VERB_BEFORE.search(
            low, max(0, s - 12), s
        ):
            if _FLOOR_BEFORE.search(low, max(0, s - 40), s):
                continue  # "woont op de dertiende": a floor
            if _EVERY_MONTH.search(low, max(0, s - 30), s):
                continue  # "elke maand op de 25e", "salaris op de 25e": a day that recurs
            yield s, e


# A weekday and a bare ordinal day that closes the clause: "kan het donderdag 12de?"; with a
# noun after it ("maandag 2e keer", "zaterdag 1e elftal") it counts something else.
DATE_WEEKDAY_ORD: Final = regexes.compile(
    r"(?i)(?<![\w])(?:maan|dins|woens|donder|vrij|zater|zon)dag,?[ \t]+"
    r"(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de)(?![\w])(?=[ \t]*(?:[.,;:!?)]|$)"
    # "vrijdag 22e om 9u": a clock time after it
    r"|[ \t]+(?:om|rond|vanaf|tussen)[ \t]+[0-9])",
    re.MULTILINE,
)
# A weekday, "de" and an ordinal day: "afspraak dinsdag de 12e bsn ...", "vrijdag de 3e
# telefoon ...": the weekday makes it a date whatever follows, except a noun it counts
# ("zaterdag de 2e keer", "dinsdag de 3e les") or a day that recurs ("elke dinsdag de 1e").
DATE_WEEKDAY_DE_ORD: Final = regexes.compile(
    r"(?i)(?<![\w])(?<!elke[ ])(?<!iedere[ ])(?:maan|dins|woens|donder|vrij|zater|zon)dag,?[ \t]+"
    r"de[ \t]+(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de)(?![\w])"
    r"(?![ \t]+(?:keer|maal|week|weken|ronde|plaats|plek|klas|groep|helft|maand|les|sessie|"
    r"poging|verdieping|etage|dag|termijn|jaar|kwartaal|bijeenkomst|van[ \t]+(?:de|elke)[ \t]+maand))"
)
# What DATE_WEEKDAY_ORD needs: a digit with an ordinal ending ("22e", "3de").
_ORD_DIGIT: Final = regexes.compile(r"[0-9](?:e|ste|de)(?![\w])")
# Day-month with a zero-padded part ("15-01", "05/05") is a date even without a cue; plain
# "10-12" is as often a range.
DATE_PADDED: Final = regexes.compile(
    r"(?=[0-3])(?<![\w./-])(?:0[1-9]|[12][0-9]|3[01])([-/])0[1-9](?![\w]|[./-][0-9])"
    r"|(?=0)(?<![\w./-])0[1-9]([-/])(?:0?[1-9]|1[0-2])(?![\w]|[./-][0-9])"
)
# Birth dates typed without separators after their label: "Geb.datum: 01011970",
# "Geb.dat:19870312" (an export's year first).
DATE_COMPACT: Final = regexes.compile(
    r"(?i:geb(?:oorte)?\.?[ ]?dat(?:um|\.)?|geboren|geb\.)[: ]*"
    r"((?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))(?![0-9])"
)
# A date with spaced dashes ("01 - 01 - 1985") or, after a date label, spaces ("Datum: 07 08 2024").
DATE_SPACED: Final = regexes.compile(
    r"(?<![\w.,/-])(?:0?[1-9]|[12][0-9]|3[01])[ ]-[ ](?:0?[1-9]|1[0-2])[ ]-[ ](?:19|20)[0-9]{2}(?![0-9])"
    r"|(?i:datum|geboortedatum|dd)[ \t]*:?[ \t]*((?:0[1-9]|[12][0-9]|3[01])[ ](?:0[1-9]|1[0-2])[ ](?:19|20)[0-9]{2})(?![0-9])"
)
# Day, month and a four-digit year typed with spaces, anywhere: "de brief van 12 03 2024"
# (never inside a longer run of digit groups: a phone or a reference).
DATE_SPACED_YEAR: Final = regexes.compile(
    r"[0-9](?<![\w.,/+-][0-9])(?<![0-9][ ][0-9])(?:(?<=0)[1-9]|(?<=[12])[0-9]?|(?<=3)[01]?|(?<=[4-9]))"
    r"[ ](?:0?[1-9]|1[0-2])[ ](?:19|20)[0-9]{2}(?![0-9]|[ ][0-9])"
)
# A birth date typed with spaces after its label: "geb: 1 1 1988".
DATE_BIRTH_SPACED: Final = regexes.compile(
    r"(?i:geb(?:oorte)?\.?[ ]?datum|geboren|geb\.?)[: ]+"
    r"((?:[1-9]|0[1-9]|[12][0-9]|3[01])[ ](?:[1-9]|0[1-9]|1[0-2])[ ](?:19|20)[0-9]{2})(?![0-9])"
)
# A house number under its own label, beside a postcode: "Postcode 2528 SL, huisnummer 118".
HOUSE_NUMBER_FIELD: Final = regexes.compile(
    r"(?i)(?<![\w])huisnummer[ \t]*:?[ \t]*([1-9][0-9]{0,4}(?:[ -]?[A-Za-z](?![\w]|\.[a-z]))?)"
    r"(?![\w]|[.,][0-9])"  # (not the "i" of "12 i.p.v. 21")
    r"(?![ \t]*(?:keer|x|maal|kinderen|personen)\b|[ \t]+[0-9])"
)
# A phone number dictated in pairs with commas: "06, 45, 91, 84, 12".
PHONE_COMMA_PAIRS: Final = regexes.compile(
    r"0(?<![\w.,/+-]0)[1-9](?:,[ ][0-9][0-9]){4}(?![\w]|,[ ][0-9])"
)
# A postcode with its letters spaced: "2533 X V".
POSTCODE_SPACED_LETTERS: Final = regexes.compile(
    r"[1-9](?<![\w.,-][1-9])[0-9]{3}[ ][A-Z][ ][A-Z](?![\w])"
)
# Its letters, found from the space before them (4 after the match's start).  Why: the
# engine skips to a literal in C, where the opening digit is a class tested everywhere.
_SPACED_LETTERS_AT: Final = regexes.compile(r" (?<=[0-9] )[A-Z][ ][A-Z](?![\w])")
# A phone number typed digit by digit: "0 6 2 8 1 1 4 3 9 0", "06 2 7 7 1 0 4 5 8 3" (ten
# digits in six groups or more; fewer, wider groups are PHONE's).
PHONE_SPACED_DIGITS: Final = regexes.compile(
    r"0(?<![\w.,/+-]0)[0-9]?(?:[ ][0-9]{1,2}){5,9}(?![\w]|[ ][0-9])"
)
# The same eight digits without a label ("dictaat na huisbezoek 14032024"): a valid day,
# month and a year from 1930 to 2049 in a run of exactly eight digits is a date; numbers of
# that shape are few, and a number after a case label stays its dossier (lower priority).
DATE_COMPACT_ANY: Final = regexes.compile(
    r"(?<![\w.,/+-])(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19[3-9][0-9]|20[0-4][0-9])"
    r"(?![\w]|[.,/-][0-9])"
)
# A year, month and day written together as a calendar entry or a bank export writes
# them: before a time ("DTSTART:20240612T090000", ISO 8601's basic form) or as a quoted
# field of a row ('"20240315","J DE VOS",...').
DATE_STAMP: Final = regexes.compile(
    r"(?<![\w.,/+-])(?:(?<=\")|(?=[0-9]{8}T[0-9]{4}))"
    r"((?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
    r"(?:T[0-9]{4}(?:[0-9]{2})?(?![0-9])|\"[,;\t])"
)
_STAMP_TIME: Final = regexes.compile(r"[0-9]{8}T[0-9]{4}")
# A weekday and a day and month with a dot: "korte notitie Wo 04.09: ..."
_WEEKDAY_SHORTS: Final = cues("ma ", "di ", "wo ", "do ", "vr ", "za ", "zo ", "dag ")
DATE_WEEKDAY_DOTTED: Final = regexes.compile(
    r"(?i)(?<![\w])(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag)\.?[ ](?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])(?![\w]|[.,][0-9])"
    r"(?![ ]?(?:%|liter|kilo|kg|km|uur|euro)\b)"
)
# A month before its day, as the English order writes it, where the day ends the phrase:
# "energietoeslag aangevraagd maart 12 (12 maart ...)", "geamputeerd aug 3."  Every match
# opens with one of _MONTH_STEMS: it is tried only where one stands.
_MONTH_STEMS: Final = cues(
    "jan", "feb", "maart", "mrt", "apr", "mei", "juni", "juli", "aug", "sep", "okt", "nov", "dec"
)
DATE_MONTH_DAY: Final = regexes.compile(
    r"(?<![\w])(?<!in[ ])(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|jan|feb|mrt|apr|aug|sep|sept|okt|nov|dec)\.?[ ]"
    r"(?:[1-9]|[12][0-9]|3[01])(?=[ ]?\(|[.;,]?[ \t]*$|[.;][ ])",
    re.M,
)
# "(?:0[1-9]|1[0-2])(?:19[3-9]|20[0-4])[0-9](?![0-9])" as two patterns led by the literal
# century, the month before it in a look-behind (a literal prefix is skipped to in C)
_COMPACT_CORES: Final = (
    regexes.compile(r"19(?<=(?:0[1-9]|1[0-2])19)[3-9][0-9](?![0-9])"),
    regexes.compile(r"20(?<=(?:0[1-9]|1[0-2])20)[0-4][0-9](?![0-9])"),
)
# "op de 3e": an ordinal day after a date preposition or a weekday, when no noun follows
# ("de 2e keer", "de 3e maand"); a verb, a participle or punctuation may ("de 14e afgeschreven").
DATE_ORD: Final = regexes.compile(
    rf"(?<![\w])(?:(?:op|vanaf|sinds|tot|per|vóór|voor|na|uiterlijk|rond|omstreeks|tegen)\s+"
    # moved to a day: "verzetten naar de 10e" (not "verhuist naar de 3e", a floor)
    r"|(?:verzet|verzetten|verplaatst|verplaatsen|verschoven|verschuiven)\s+naar\s+"
    rf"|(?P<wd>{_WEEKDAYS}),?\s+)"
    r"(de\s+(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de))(?![\w])(?=\s*(?:[.,;:)!?'\"’”]|$|"
    r"(?:is|was|werd|wordt|van|om|al|kwam|komt|gaat|ging|heeft|had|belt|belde|moet|moest|zal|"
    r"zou|niet|weer|ook|dan|en|of|a\.s|jl|j\.l|haar|zijn|hun|het|een|ze|zij|hij|we|wij|u|ik|"
    r"je|mevrouw|meneer|mw|dhr|zat|zaten|stond|stonden|waren|kreeg|kregen|hadden|werden|kwamen|"
    r"gingen|belden|deden|zagen|spraken|liep|liepen|vond|vonden|"
    # a conjunction or direction after it ("op de 4e maar ...", "komt op de 27e naar ..."):
    # find_structured leaves out a floor ("woont op de 3e maar de lift ...")
    r"(?P<conj>maar|naar|want|omdat|toen|terwijl|nog|pas))\b|(?-i:[A-ZÀ-Þ][a-zà-ÿ])|"
    r"(?:af|uit|op|in|aan|over|terug|door|mee|weg|binnen|bij|aange|overge)?"
    r"(?:ge|be|ver|ont|her|er)[a-zë]{2,}(?:d|t|en)\b))",
    re.IGNORECASE | re.MULTILINE,
)
DOSSIER_PATTERNS: Final = [
    # "#48812", "#2024-031588", "[Ticket#2024041910000083]": a ticket's number and serial
    regexes.compile(
        r"(?:(?<![\w#&])|(?<=[Tt]icket))#\s?(?!(?:19|20)[0-9]{2}-(?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,18}(?:-[0-9]{2,8})?(?![\w]|-[0-9])"
    ),
    regexes.compile(
        r"(?<![\w/.-])(?:19|20)[0-9]{2}[-/](?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,8}(?:[-/.][A-Z]{1,3}\b)?"
        r"(?![\w]|[-/.][0-9])"
    ),
    regexes.compile(
        # a code, a two-digit year and a serial of three: "MEE/24/669"
        # ("W&I-0092211": the letters on either side of "&" belong to the code)
        r"(?<![\w-])(?<![A-Z]&)(?:[A-Z]{1,3}&)?[A-Z]{1,6}(?:[-/][A-Z]{1,6})?[-/]?"
        r"(?:(?:[0-9]{2,4}[-/.])?[0-9]{4,12}|[0-9]{2}/[0-9]{3})"
        r"(?:[-/][0-9]{1,6})?"
        r"(?:-[A-Z]{1,3}(?![\w]|-\w))?(?![\w])"  # a closing letter code: "HUUR-88120-RW"
    ),
]
# two letter codes and a number of three or more digits: "SWT-SW-414", "VT/JB-0212" (a team
# and a case series); one letter code with three digits ("A-414") is too often a form or room
DOSSIER_LETTER_GROUPS: Final = regexes.compile(
    r"[A-Z](?<![\w/-][A-Z])[A-Z]{1,5}[-/][A-Z]{2,6}[-/]([0-9]{3,12})(?![\w]|[-/.][0-9])"
)
# Identifiers recognised by shape alone, checked further in find_structured:
# a letter code with two or more digit groups ("C-364-496", "RvdK-2021-7319"), perhaps a
# second code in capitals before them ("Wth-DH-2024-0219": a scheme and a district);
DOSSIER_CODE_GROUPS: Final = regexes.compile(
    r"[A-Z](?<![\w-][A-Z])[A-Za-z]{0,5}(?:-[A-Z]{1,5})?-[0-9]{2,6}(?:[-/.][0-9]{2,6}){1,3}"
    r"(?:/[A-Z]{1,3})?"
    r"(?![\w]|[-/.][0-9])"
)
# a scheme's or team's letters, a year and a serial: "wmo24-00372", "Wmo 25-00154",
# "WMO 2024-00074" (the year keeps a phone's "06-" out)
DOSSIER_CODE_YEAR: Final = regexes.compile(
    r"[A-Za-z](?<![\w-][A-Za-z])(?:[A-Za-z]{1,4}[ ]?(?:19|20)?[0-3][0-9]"
    # one letter glued to a year of this century: "w24-11873", "M2023-6346571" ("T 06-" no)
    r"|(?:20)?[12][0-9])-[0-9]{4,8}(?![\w]|[-/.][0-9])"
)
# an organisation's capitals and digit groups: "CAK-EB 0093 7718 244", "ANW 0019 2281 16",
# "Z&Z 8802 4471 13": a reference, not a phone, whatever its digits look like
DOSSIER_CODE_SPACED: Final = regexes.compile(
    r"[A-Z](?<![\w&-][A-Z])[A-Z&]{1,5}(?:-[A-Z]{1,3})?[ ][0-9]{2,4}(?:[ ][0-9]{2,4}){1,3}(?![\w]|[ .,/-][0-9])"
)
# Codes of three to five parts joined by hyphens, letters and numbers mixed, as case
# systems print them: "2024-SWT-LK-0871", "8801-44720-GGN", "2025-ESC-00377-K1" (a child's
# file under its parent's).  find_structured asks for a part of letters, a part of three
# digits or more and five digits in all (dates and phone numbers have no letters).
DOSSIER_SEGMENTS: Final = regexes.compile(
    r"[0-9A-Z](?<![\w/.&-][0-9A-Z])(?:(?<=[0-9])[0-9]{1,7}|(?<=[A-Z])[A-Z]{1,4}|(?<=[A-Z])[0-9]{1,2})"
    r"(?:-(?:[0-9]{2,8}|[A-Z]{2,5}|[A-Z][0-9]{1,2})){2,4}(?![\w]|[-/.][\w])"
)
# Where those two may end or start: a serial after a hyphen and two digits; a capital or "&",
# a space and digits.  Why: both open with a letter, tried at every letter of every text;
# searched only round these (see _near) they find the same at a fraction of the cost.
_CODE_YEAR_SERIAL_AT: Final = regexes.compile(r"-(?<=[0-9][0-9]-)[0-9]{4,8}")
# What DOSSIER_CODE_GROUPS holds at its first hyphen (at most 6 after its start) and
# DOSSIER_SEGMENTS at its first hyphen (at most 8 after its start).  Why: both open with a
# capital or digit, tried all over the text; searched from 6 or 8 before the first of
# these (led by the hyphen, which the engine skips to in C) they find the same matches,
# and nothing at all where there is none.
_CODE_GROUPS_AT: Final = regexes.compile(r"-(?<=[A-Za-z]-)[0-9]{2,6}[-/.][0-9]{2}")
_SEGMENTS_AT: Final = regexes.compile(r"-(?<=[0-9A-Z]-)[0-9A-Z]{2,8}-[0-9A-Z]{2}")
_CAPS_GROUP_AT: Final = regexes.compile(r" (?<=[A-Z&] )[0-9]{2,4} [0-9]{2,4}")


def _first_start(text: str, anchors: tuple[re.Pattern[str], ...]) -> int:
    """Where the first match of any of ``anchors`` starts in ``text``, or -1 if none does.

    Why: a pattern that opens with a class is tried at every character of that class; a
    part every match of it holds, led by a literal (which the engine skips to in C), tells
    where the first match can start at the earliest, and that there is none without it.
    """
    first = -1
    for rx in anchors:
        m = rx.search(text)
        if m is not None and (first < 0 or m.start() < first):
            first = m.start()
    return first


# Such parts (see _first_start), each with how far after a match's start it stands at most:
# DOSSIER_LETTER_GROUPS' second separator and serial (13), DOSSIER_PATTERNS[1]'s year
# separator and serial (4), DOSSIER_YEAR_MONTH_SERIAL's month (4), DATE_SPACED_YEAR's
# space before its year (5), DATE_WEEKDAY_DOTTED's dot between day and month (13).
_LETTER_GROUPS_AT: Final = (
    regexes.compile(r"-(?<=[A-Z]-)[0-9]{3}"),
    regexes.compile(r"/(?<=[A-Z]/)[0-9]{3}"),
)
_YEAR_SERIAL_AT: Final = (
    regexes.compile(r"-(?<=(?:19|20)[0-9]{2}-)[0-9]{3}"),
    regexes.compile(r"/(?<=(?:19|20)[0-9]{2}/)[0-9]{3}"),
)
_YEAR_MONTH_AT: Final = (regexes.compile(r"-(?<=[0-9]{4}-)(?:0[1-9]|1[0-2])-[0-9]{4}"),)
_SPACED_YEAR_AT: Final = (
    regexes.compile(r" 19(?<=[0-9] 19)[0-9]{2}"),
    regexes.compile(r" 20(?<=[0-9] 20)[0-9]{2}"),
)
_DAY_DOT_MONTH_AT: Final = (regexes.compile(r"\.(?<=[0-9]\.)[0-9]"),)
# IBAN_NL_SPACED opens with "nl" in any case: tried where the lower-cased text has it
_NL: Final = cues("nl")


def _near(rx: re.Pattern[str], text: str, anchor: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` that take in an ``anchor`` match (ending at most 20 after it)."""
    done = -1
    for a in anchor.finditer(text):
        if a.start() < done:
            continue
        m = rx.search(text, max(done, a.start() - 12), min(len(text), a.end() + 20))
        if m is not None and m.start() <= a.start():
            done = m.end()
            yield m


# Capitals before digit groups that name no reference: an IBAN's country, a citizen number,
# a form's "ID", a word in capitals.
_SLASH_NUMBER: Final = regexes.compile(r"/([0-9]{1,3})(?![\w])")
_AMOUNT_AFTER: Final = regexes.compile(r"[ \t]*(?:euro|eur|€)(?![\w])", re.IGNORECASE)
NOT_REFERENCE_CODES: Final = frozenset(
    ["NL", "BSN", "TEL", "KVK", "BTW", "AGB", "IBAN", "BIG", "PC", "NR", "NO", "NUMMER"]
    + ["ID", "EN", "OF", "IK"]
)
_SPACED_DATE: Final = regexes.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[ ](?:0?[1-9]|1[0-2])[ ](?:19|20)[0-9][0-9]"
)
# dotted digit groups that are no amount ("23.047.7890", "2024.8812.4410");
DOSSIER_DOTTED: Final = regexes.compile(
    r"[0-9](?<![\w.,/-][0-9])[0-9]{1,3}(?:\.[0-9]{2,5}){2,3}(?:[./][A-Z]{1,3}(?![\w]))?(?![\w]|[.,/-][0-9])"
)
# a year and a number with a letter suffix after a dot or slash: "2021.0457.AB", "2020.113/KL"
DOSSIER_YEAR_SUFFIX: Final = regexes.compile(
    r"(?<![\w.,/-])(?:19|20)[0-9]{2}[./-][0-9]{2,6}(?:[./-][0-9]{2,6})?[./][A-Z]{1,3}(?![\w])"
)
# Letter codes and numbers joined by dots, as a file or case number: "23BR.SD.4952",
# "2025.VL.63778", "Z.24.46510" (_dotted_code_ok asks for a long serial among them).
DOSSIER_DOTTED_CODE: Final = regexes.compile(
    r"(?<![\w.])(?:[0-9]{2,4}[A-Z]{0,3}|[A-Z]{1,4})(?:\.(?:[A-Z]{1,4}|[0-9]{2,6})){2,3}(?![\w]|\.\w)"
)
# Why the dot first (and the letter or digit before it in a look-behind): a search that opens
# with a literal skips to each dot in C, ten times faster than trying every capital and digit.
_DOTTED_CODE_CORE: Final = regexes.compile(
    r"\.(?:(?<=[A-Z]\.)[0-9]|(?<=[0-9]\.)[A-Z])"
)  # "A.1", "1.A"
# A year and serial with a team's letters after a slash: "24-693501/WZ".
DOSSIER_SERIAL_TEAM: Final = regexes.compile(
    r"(?<![\w/.-])[0-9]{2,4}-[0-9]{5,8}/[A-Z]{1,4}(?![\w])"
)
# A court case number typed with spaces round its slashes: "C/16 / 8412698", "C / 09 / 512200".
COURT_NUMBER_SPACED: Final = regexes.compile(
    r"(?<![\w/])[A-Z][ ]?/[ ]?[0-9]{2}[ ]?/[ ]?[0-9]{5,8}(?![\w])"
)


# A Chamber of Commerce number names a firm, and is left readable, unless the firm is the
# client's own: "Vader heeft een eigen bedrijf (schoonmaak), KvK 81447210", "heeft de
# KvK-uitschrijving geregeld (KvK-nummer 24381167)"; "Stichting Portaal, KvK 30206234" stays.
KVK_NUMBER: Final = regexes.compile(
    r"(?i)(?<![\w])kvk(?:[- ]?(?:nummer|nr\.?))?[ \t]*[:(]?[ \t]*([0-9]{8})(?![0-9])"
)
_OWN_BUSINESS_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:eigen[ ](?:bedrijf|zaak|onderneming)|eenmanszaak|zzp|zelfstandige|"
    r"kvk-(?:uit|in)schrijving|(?:uit|in)schrijving|(?:zijn|haar|hun)[ ](?:bedrijf|zaak|onderneming))"
    r"[^.\n]{0,60}$"
)
# The value of an XML field that names an identifier: "<clientId>774120</clientId>",
# "<dossiernummer>2024-0312</dossiernummer>" (four digits or more; find_structured).
XML_ID_FIELD: Final = regexes.compile(
    r"(?i)<(?:\w+[._:])?(?:\w*id|\w*nummer|\w*nr|\w*number|kenmerk|referentie|dossier)>[ \t]*"
    r"([A-Za-z0-9][\w./-]{2,30}?)[ \t]*</"
)


def _segments_ok(code: str) -> bool:
    """A hyphened code with a part of letters, a part of three digits or more, five digits."""
    parts = code.split("-")
    return (
        any(p.isalpha() for p in parts)
        and any(len(p) >= 3 and p.isdigit() for p in parts)
        and sum(c.isdigit() for c in code) >= 5
    )


def _dotted_code_ok(code: str) -> bool:
    """A dotted code with letters and a serial of four digits or more, six digits in all."""
    parts = code.split(".")
    digits = sum(c.isdigit() for c in code)
    letters = any(c.isalpha() for c in code)
    return letters and digits >= 6 and any(len(p) >= 4 and p.isdigit() for p in parts)


# An organisation's code right before its number names whose number it is: digit groups
# with a check digit ("CJIB 2024 8812 3309", "SVB 7722 0913 4"), a year and a serial
# ("HW 24/499") or a dotted year and serial ("CJG.2025.8889"); find_structured rules out
# dates, years and short counts.
DOSSIER_ORG_NUMBER: Final = regexes.compile(
    r"[A-Z](?<![\w./-][A-Z])[A-Z]{1,4}"
    r"(?:\.(?:19|20)[0-9]{2}\.[0-9]{3,8}|[ ](?P<yr>[0-9]{2}/[0-9]{3,6})|[ ](?P<grp>[1-9][0-9]{1,3}(?:[ ][0-9]{1,4}){2,3})"
    r"|[ ](?P<num>[0-9]{6,12}))"
    r"(?![\w]|[.,/-][0-9])"
)
# "(ZIS 30417725)": a system's code and one long number in brackets is that system's
# number; codes of amounts, taxes and company registers are not.
_NOT_SYSTEM_CODES: Final = frozenset(
    ["EUR", "USD", "GBP", "BTW", "KVK", "CO", "NL", "BSN", "TEL", "FAX"]
)
# "[A-Z][ .][0-9]" as one pattern per separator, the capital before it in a look-behind
# (a search that opens with one literal skips to it in C)
_ORG_NUMBER_CORES: Final = (
    regexes.compile(r" (?<=[A-Z] )[0-9]"),
    regexes.compile(r"\.(?<=[A-Z]\.)[0-9]"),
)
# a number of six to nine digits with a leading zero that is no phone ("0525683"): amounts,
# counts and years never start with a zero.
DOSSIER_ZERO: Final = regexes.compile(
    r"0(?<![\w.,/+-]0)(?<![0-9][ ]0)[0-9]{5,8}(?![\w]|[.,/-][0-9]|[ ][0-9])"
)
DOSSIER_CUE: Final = regexes.compile(
    r"(?i)\b(?:zaak|dossier|cli[eë]nt|patiënt|patient|registratie|referentie|casus|melding|klant|"
    r"relatie|aanvraag|volg|polis|beschikkings?|factuur|contract|debiteuren|huurders?|zorg|"
    r"lidmaatschaps?|pas|verzekerden?|case|inschrijf|inschrijvings?|toewijzing)"
    r"(?:s?(?:nummer|nr|no))?\.?(?:\s+nr\.?)?|"
    # a Polish citizen's number, an interpreter's registration: "PESEL 79052803147",
    # "(reg. 201954)"
    r"\b(?:kenmerk|ons kenmerk|uw kenmerk|ref|referentie|dossier-?nr|zaak-?nr|id|pv|pesel|reg(?=\.)|student|"
    # a claim's number, a payment's reference: "vord. 2291-0088", "o.v.v. 3001428870"
    r"vord(?=\.)|o\.v\.v(?=\.)|"
    r"proces-verbaal|"
    r"agb(?:-?code)?)\b|"
    r"\b(?P<nr>(?:[a-zà-ÿ]{2,}[-.]?|[a-z]-)(?:nummer|nr|number))\b\.?|"
    r"\b(?P<bare>nummer|nr|number)\b\.?|"
    # "reparatieverzoek 7731904", "Huurcontract: 020-4419-255D"
    r"\b[a-zà-ÿ]{3,}(?:verzoek|contract)\b"
)
# A kind of file in one word ("Gezinsdossier: 24-6533") or a list ("Lopende dossiers: ..."),
# run on the lower-cased text; find_structured keeps only compounds and plurals, which
# DOSSIER_CUE (from a word start, singular) leaves.
DOSSIER_CUE_FILE: Final = regexes.compile(r"dossier(?P<pl>s(?=[ \t]*:))?(?:nummer|nr)?\.?")
_NOT_DOSSIER_NR: Final = (
    "huis",
    "telefoon",
    "tel",
    "mobiel",
    "rekening",
    "iban",
    "kamer",
    "pagina",
    "artikel",
    "versie",
    "bus",
    "lijn",
    "tram",
    "bsn",
    "burgerservice",
    "sofi",
    "postcode",
    "fax",
    "gsm",
    "hoofd",
    # numbers to call: "Terugbelnummer ingegeven: 070-...", "(piketnummer 070 ...)"
    "terugbel",
    "piket",
    "inbel",
    "nood",
)
# The identifier after a cue: one token with letters, digits and separators, optionally
# preceded by an organisation code ("CJIB 2024.8812.4410") and continued by digit groups
# after spaces ("HMC 4418 2290").
_DOSSIER_ID = (
    # one code or two ("KG ZA 24-311", a court's petition number)
    r"#?[ ]?(?:(?:[A-Z]{2,6}[ ](?=[A-Z]{2,6}[ ][0-9]))?"
    r"(?:[A-Z]{1,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,2}|[A-Z][a-z]{1,2})[ ](?=[0-9]))?"
    r"(?:[A-Za-z0-9][A-Za-z0-9/._-]*[0-9]|[0-9](?=[ ][0-9][ ][0-9]|[ ][0-9]{3}))"
    r"(?:[ ](?:[0-9]{2,6}|[0-9](?=[ ][0-9])|(?<=[ ][0-9][ ])[0-9])(?![\w]|[.,/-][0-9])(?![ ]+(?:jaar|jaren|maanden|weken|"
    r"dagen|uur|kinderen|keer|euro|procent|personen|mensen)\b))*"
    # a year and its serial typed with a spaced dash: "MIC 2024 - 063"
    r"(?:(?<=(?<![\w./-])(?:19|20)[0-9][0-9])[ ][-–][ ][0-9]{2,6}(?![\w]|[.,/-][0-9])(?![ ]+(?:jaar|jaren|"
    r"maanden|weken|dagen|uur|kinderen|keer|euro|procent|personen|mensen)\b)(?:[ ][0-9]{2,6}(?![\w]|[.,/-][0-9]))*)?"
    r"(?:(?:-[A-Za-z]{1,3}|[./][A-Z]{1,3})(?![\w]))?"
)
# A Dutch court case number continues with its request number: "C/09/612345 / FA RK 23-4411".
# The request number may still lack its serial: "C/09/654321 BW RK".
_COURT_TAIL: Final = (
    r"(?:[ ]?/?[ ]?(?:(?:[A-Z]{2}[ ])?[A-Z]{2,4}[ ][0-9]{2}[-/.][0-9]{3,6}"
    r"|[A-Z]{2}[ ](?:RK|ZA|EXPL|RQ))(?![\w]))?"
)
_DOSSIER_ID = _DOSSIER_ID + _COURT_TAIL
# The same request number after a court case number found by its shape: "(C/09/658834 / KG ZA
# 24-311)"; without a cue the slash must join them.
COURT_TAIL_AFTER: Final = regexes.compile(
    r"[ ]?/[ ]?(?:(?:[A-Z]{2}[ ])?[A-Z]{2}[ ][0-9]{2}[-/.][0-9]{3,6}|[A-Z]{2}[ ](?:RK|ZA|EXPL|RQ))(?![\w])"
)
# After a court case number ("C/09/512200") the request number may follow without a slash:
# "C/09/512200 BW RK 16-2281".
COURT_NUMBER: Final = regexes.compile(r"[A-Z]/[0-9]{2}/[0-9]")
COURT_TAIL_SPACED: Final = regexes.compile(
    r"[ ](?:(?:[A-Z]{2}[ ])?[A-Z]{2,4}[ ][0-9]{2}-[0-9]{3,6}|[A-Z]{2}[ ](?:RK|ZA|EXPL|RQ))(?![\w])"
)
# A year, a letter code and a serial: "2023-DH-88172", "2024/WMO/1187".
DOSSIER_YEAR_CODE: Final = regexes.compile(
    r"(?<![\w/.-])(?:19|20)[0-9]{2}([-/])[A-Z]{1,5}\1[0-9]{3,8}(?![\w]|[-/.][0-9])"
)
# "[0-9][-/][A-Z]" as one pattern per separator, led by it (see _ORG_NUMBER_CORES)
_YEAR_CODE_CORES: Final = (
    regexes.compile(r"-(?<=[0-9]-)[A-Z]"),
    regexes.compile(r"/(?<=[0-9]/)[A-Z]"),
)
# A number label in capitals glued to its number ("V-NR 2911384402"): part of the identifier.
_CAPS_NR_CUE: Final = regexes.compile(r"[A-Z]{1,4}-?(?:NR|NUMMER)\.?")
DOSSIER_AFTER_CUE: Final = regexes.compile(
    rf"(?:[\s:.=]|,(?=[ ]?[0-9]{{5}})|[ \t]*\|[ \t]*)*(?:\)[ \t]*)?(?:nummer\s+|nr\.?\s+)?"
    rf"(?:is\s+(?:het\s+)?)?\(?"
    rf"({_DOSSIER_ID})"
)
# The next identifier of a list after a cue: "dossiers: 2344807, VT-2025-1861, KB 2022.4446".
DOSSIER_LIST_NEXT: Final = regexes.compile(
    rf"(?:,|;|[ \t]en|[ \t]&)[ \t]+({_DOSSIER_ID})(?=[ \t]*(?:[.,;:)]|[ \t]en[ \t]|$))",
    re.MULTILINE,
)
# A few words between cue and identifier: "BPV-nummer voor deze meldingen: 2024...",
# "zaak aangemaakt: 23.047...", "kenmerk daar is RvdK-...".
DOSSIER_AFTER_CUE_FAR: Final = regexes.compile(
    rf"(?:[ \t]+[^\W0-9_]{{1,25}}){{1,4}}?[ \t]*([:,])?[ \t]*(\()?[ \t]*({_DOSSIER_ID})"
)

# A long number later in the sentence after a number's label: "mijn klantnummer en ik weet
# niet meer. is het 720 33 914??" (six digits or more, alone or in groups of two to four;
# a phone number or a date there is read as such, with higher priority).
_CUE_NUMBER_LATER: Final = regexes.compile(
    r"[^\n0-9€]{0,60}?(?<![\w€.,/+-])(?<![0-9][ ])([0-9]{2,4}(?:[ ][0-9]{2,4}){1,3}|[0-9]{6,12})"
    r"(?![\w]|[.,/-][0-9]|[ ][0-9])"
)


def _later_number_ok(text: str, n: re.Match[str]) -> bool:
    """Whether _CUE_NUMBER_LATER's number may be the labelled one: six digits or more, no
    phone number (a zero and nine digits or more), date or amount."""
    digits = [c for c in n.group(1) if c.isdigit()]
    return (
        len(digits) >= 6
        and not (digits[0] == "0" and len(digits) >= 9)
        and not _DATE_GROUPS.fullmatch(n.group(1))
        and not _AMOUNT_AFTER.match(text, n.end(1))
    )


# A Dutch account number of the right shape whose check digits fail, as people mistype one
# ("NL61 INGB 0424 5758 374", a digit too many): still personal data.
_NL_IBAN_SHAPE: Final = regexes.compile(
    r"N(?<![\w]N)L[ ]?[0-9]{2}[ ]?[A-Z]{4}(?:[ ]?[0-9]){9,11}(?![\w]|[ ][0-9])"
)
# A number heading a log or file ("Logboek RvdK 679952", "Journaal 970 929 20"): the heading
# names whose log it is.  Years, weeks and dates under such a heading are ruled out by
# needing five digits that are not all years.
_DATE_GROUPS: Final = regexes.compile(r"[0-9]{1,2}[ \t]+[0-9]{1,2}[ \t]+(?:19|20)?[0-9]{2}")
DOSSIER_HEADING: Final = regexes.compile(
    r"(?im)^[ \t]*(?:logboek|journaal|dossier|tijdlijn|chronologie)[ \t]+"
    r"((?-i:[A-Z][A-Za-z]{1,5}[ \t]+)?[0-9][0-9 \t]{3,}[0-9])[ \t]*:?[ \t]*$"
)
_HEADING_STEMS: Final = cues("logboek", "journaal", "dossier", "tijdlijn", "chronologie")
# "Terugbelverzoek 11.20": a clock time, no case number
_CLOCK_TIME: Final = regexes.compile(r"(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]")
# "Wmo 2015", "In 2023": a word and a year, no case number
_CODE_YEAR: Final = regexes.compile(r"[A-Za-z]{1,6}[ ](?:19|20)[0-9]{2}")
# "2019-2022": a period, never a case number
_YEAR_RANGE: Final = regexes.compile(r"(?:19|20)[0-9]{2}[ ]?[-–/][ ]?(?:19|20)[0-9]{2}")


# The registration systems of care and welfare whose names label a client's number in a
# colleague's notes: "suite (gemeente): 5528190", "regas (GGD): 771029", "allegro: 24-003817"
_CASE_SYSTEMS: Final = cues(
    "suite", "regas", "allegro", "socrates", "regiedossier", "mens centraal", "iwmo", "lifecycle"
)
DOSSIER_IN_SYSTEM: Final = regexes.compile(
    r"(?i)(?<![\w])(?:suite|regas|allegro|socrates|regiedossier|mens[ ]centraal|iwmo|lifecycle)"
    r"(?:[ ]\([^()\n]{1,20}\))?[ \t]*:[ \t]*"
    r"((?-i:[A-Z]{0,4})-?[0-9](?:[0-9./-]|[ ](?=[0-9])){3,14}[0-9])(?![\w])"
)
# A year, a month and a serial: "intake 2024-11-0071" (no day has four digits)
DOSSIER_YEAR_MONTH_SERIAL: Final = regexes.compile(
    r"(?<![\w./-])(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-[0-9]{4,6}(?![\w]|[-/.][0-9])"
)
# The words that make "ID" a meeting's number: "Vergadering-ID:", "Meeting ID:".
_MEETING_ID_BEFORE: Final = regexes.compile(
    r"(?:vergadering|vergaderings|vergader|meeting|conference|conferentie|webinar|sessie)[- ]?$"
)

_AMOUNT: Final = regexes.compile(
    r"(?:(?:EUR|USD|GBP)[ ])?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?"
)


# A compound of "kenmerk" ("Betaalkenmerk 2025.118.047", "betalingskenmerk: ..."), run on
# the lower-cased text; find_structured keeps only those glued to a word before.
DOSSIER_CUE_KENMERK: Final = regexes.compile(r"kenmerk\.?")
# Known under a number: "bekend is onder SHV22-341", "geregistreerd onder nummer 2024-118";
# the identifier must hold letters or five digits (see _known_under_dossiers).
DOSSIER_KNOWN_UNDER: Final = regexes.compile(
    r"(?=[bgialo])(?<![\w])(?:bekend|geregistreerd|ingeschreven|aangemeld|gemeld|geboekt|gearchiveerd|loopt|liep)"
    r"(?:[ ](?:is|staat|stond|was|zijn|wordt))?[ ]onder[ ](?:(?:het[ ])?(?:nummer|nr\.?|kenmerk)[ ])?"
)


def _known_under_dossiers(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of an identifier a person or file is known under ("bekend onder X-123").

    Why letters or five digits: "bekend onder 3 namen" or "ingeschreven onder 2024" count
    or date something; a case number mixes letters and digits or is long.
    """
    if len(low) != len(text):
        return
    for c in DOSSIER_KNOWN_UNDER.finditer(low):
        n = DOSSIER_AFTER_CUE.match(text, c.end())
        if not n:
            continue
        ident = n.group(1)
        digits = sum(ch.isdigit() for ch in ident)
        if digits < 3 or _YEAR_ONLY.fullmatch(ident) or _DAY_MONTH.fullmatch(ident):
            continue
        if DATE_NUM.fullmatch(ident) or (digits < 5 and not any(ch.isalpha() for ch in ident)):
            continue
        yield n.start(1), n.end(1)


# The words DOSSIER_CUE's literal cues open with (cut to what they share: "cli" of "client"
# and "cliënt", "pa" of "pas", "patient", "patiënt"); its third branch is a word ending in
# "nummer", "nr" or "number", found by _dossier_cue_starts from those endings.
_DOSSIER_CUE_STEMS: Final = cues(
    "toewijzing",
    "vord.",
    "o.v.v.",
    "student",
    "pesel",
    "reg.",
    "zaak",
    "dossier",
    "cli",
    "pa",
    "registratie",
    "ref",
    "casus",
    "melding",
    "klant",
    "relatie",
    "aanvraag",
    "volg",
    "polis",
    "beschikking",
    "factuur",
    "contract",
    "debiteuren",
    "huurder",
    "zorg",
    "lidmaatschap",
    "verzekerde",
    "case",
    "inschrij",
    "kenmerk",
    "ons",
    "uw",
    "id",
    "agb",
    "pv",
    "proces",
)


_NUMBER_WORDS: Final = cues("nr", "nummer", "number", "verzoek", "contract")


def _dossier_cue_starts(low: str) -> list[int]:
    """Every position in ``low`` where DOSSIER_CUE (lower-case twin) may match, sorted.

    Why: the pattern opens with ``\b`` and a word of letters the engine tries at every
    word; its matches open on a cue word or on the word before "nummer", "nr" or
    "number" ("klantnummer", "bsn-nr", "x-nr"), which ``str.find`` reaches directly.
    """
    starts = set(_word_starts(low, _DOSSIER_CUE_STEMS))
    for _, found in present(low, _NUMBER_WORDS):
        for q in found:
            j = q
            while j > 0 and low[j - 1].isalpha():
                j -= 1
            starts.add(j)
            if j > 1 and low[j - 1] in "-.":
                k = j - 1
                while k > 0 and low[k - 1].isalpha():
                    k -= 1
                starts.add(k)
    return sorted(starts)


# What a bare "nummer" after these words numbers: a house, a phone, a page, a bus line.
_BARE_NUMBER_NOT_AFTER: Final = regexes.compile(
    r"(?:huis|telefoon|tel|mobiel|mobiele|gsm|kamer|pagina|artikel|versie|lijn|bus|tram|"
    r"rekening|iban|bsn|burgerservice|sofi|postbus|fax|whatsapp|06|ander|nieuwe|nieuw|"
    r"dit|dat|zelfde|goede|juiste|vaste|algemeen|algemene|centrale|gratis|service)[ .:-]*$"
)
# A municipality's "14 + area code" line ("14 015", "14070") is no one's file.
_MUNICIPAL_LINE: Final = regexes.compile(r"14[ ]?0[0-9]{2,3}")


def _loose_digits(ident: str) -> bool:
    """Mostly single digits and fewer than eight in all: a list of numbers ("12 3 4 5")."""
    groups = ident.split()
    singles = sum(1 for g in groups if len(g) == 1 and g.isdigit())
    return singles * 2 > len(groups) and sum(c.isdigit() for c in ident) < 8


def _bare_number_dossier(
    text: str, low: str, cue: re.Match[str]
) -> Iterator[tuple[int, int, str, int]]:
    """A case number after a bare "nummer"/"nr": "BPS nummer 2024338871", "nummer HKB 2025-1880".

    Why stricter than a compound cue: "nummer" also counts houses, pages and lines, so the
    identifier needs five digits, at most two words between ("een nummer erop, 218 004
    773"), and no house, phone or page word right before the label.
    """
    if _BARE_NUMBER_NOT_AFTER.search(low, max(0, cue.start() - 16), cue.start()):
        return
    n = DOSSIER_AFTER_CUE.match(text, cue.end())
    if n is None:
        n = DOSSIER_AFTER_CUE_FAR.match(text, cue.end())
        if n is None or len(text[cue.end() : n.start(3)].split()) > 2:
            return
        s, e = n.span(3)
    else:
        s, e = n.span(1)
    ident = text[s:e]
    if _loose_digits(ident):
        return
    if (
        sum(c.isdigit() for c in ident) >= 5
        and not _YEAR_RANGE.fullmatch(ident)
        and not _AMOUNT.fullmatch(ident)
        and not _MUNICIPAL_LINE.fullmatch(ident)
        and not (ident[0] == "0" and PHONE.fullmatch(ident))
    ):
        yield s, e, "dossier", 55


def _dossier_cues(text: str, low: str) -> Iterator[re.Match[str]]:
    """Cue words of case numbers: DOSSIER_CUE, and the compounds and plurals of "dossier".

    Why apart: a cue inside a word ("gezinsdossier") cannot open on a word boundary, and
    a pattern that may open anywhere would slow the scan of every text.
    """
    if len(low) == len(text):
        yield from matches_at(_DOSSIER_CUE_TWIN, low, _dossier_cue_starts(low))
    else:
        yield from DOSSIER_CUE.finditer(text)
    if has(low, "kenmerk") and len(low) == len(text):
        for m in DOSSIER_CUE_KENMERK.finditer(low):
            if m.start() > 0 and low[m.start() - 1].isalpha():
                yield m
    if "dossier" not in low or len(low) != len(text):
        return
    for m in DOSSIER_CUE_FILE.finditer(low):
        s = m.start()
        if m.group("pl") or (s > 0 and low[s - 1].isalpha()):
            yield m


# A field written "label - value": "zaaknr - MEE/25/476", "klantnummer – 88120344".
DOSSIER_AFTER_DASH: Final = regexes.compile(rf"[ \t]+[-–][ \t]+({_DOSSIER_ID})")
_NUMBER_LABEL_END: Final = ("nr", "nr.", "nummer", "number", "kenmerk", "ref", "id")


def _dash_after_cue(text: str, cue: re.Match[str]) -> re.Match[str] | None:
    """The identifier after a number label and a spaced dash, or None.

    Why only after a number label: "zaak - 2023" or "zorg – 2024" name a year after a
    plain word, while "zaaknr - ..." announces its value; a year or a date never is one.
    """
    if not cue.group().lower().endswith(_NUMBER_LABEL_END):
        return None
    n = DOSSIER_AFTER_DASH.match(text, cue.end())
    if n is None:
        return None
    ident = n.group(1)
    if _YEAR_ONLY.fullmatch(ident) or DATE_NUM.fullmatch(ident) or _AMOUNT.fullmatch(ident):
        return None
    return n


def _listed_dossiers(text: str, end: int) -> Iterator[tuple[int, int, str, int]]:
    """The identifiers listed after the one a cue introduced ("2344807, KB 2022.4446").

    Why five digits and no amount: a list after a case number may go on with counts,
    times or amounts ("melding 22-10-2024, 23.40", "kenmerk JZ 8104, EUR 1.567"), which
    never have that shape; a date after the cue starts no list of identifiers.
    """
    if DATE_NUM.fullmatch(text, text.rfind(" ", 0, end) + 1, end):
        return
    while m := DOSSIER_LIST_NEXT.match(text, end):
        ident = m.group(1)
        if sum(c.isdigit() for c in ident) < 5 or _AMOUNT.fullmatch(ident):
            return
        yield m.start(1), m.end(1), "dossier", 56
        end = m.end(1)


def _org_number_ok(m: re.Match[str]) -> bool:
    """Whether a DOSSIER_ORG_NUMBER match is a case number, not a date, a week or a count.

    Why: "MDO 12 03 2024" is a date, "WK 12/2024" a week, "BTW 2023 2024 2025" years,
    "EUR 12 500 000" an amount in thousands and "NS 12 3 4" too few digits to identify anyone.
    """
    if m.group("yr"):
        return not _YEAR_ONLY.fullmatch(m.group("yr")[3:])
    if m.group("num"):
        s = m.start()
        code = m.group()[: m.start("num") - s - 1]
        return (
            s > 0
            and m.string[s - 1] == "("
            and m.string[m.end() : m.end() + 1] in (")", ",", ";")
            and code not in _NOT_SYSTEM_CODES
        )
    grp = m.group("grp")
    if grp is None:
        return True
    groups = grp.split()
    return (
        sum(map(len, groups)) >= 8
        and not all(len(g) == 3 for g in groups[1:])
        and not _DATE_GROUPS.fullmatch(grp)
        and not all(_YEAR_ONLY.fullmatch(g) for g in groups)
    )


def _heading_dossiers(text: str, low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the identifier in a log heading line."""
    if not any_present(low, _HEADING_STEMS):
        return
    for m in DOSSIER_HEADING.finditer(text):
        groups = _DIGIT_RUN.findall(m.group(1))
        if _DATE_GROUPS.fullmatch(m.group(1)) or all(_YEAR_ONLY.fullmatch(g) for g in groups):
            continue  # "Tijdlijn 01 01 2024", "Logboek 2023 2024"
        if sum(map(len, groups)) >= 5:
            yield m.start(1), m.end(1)


# An e-mail subject line; in it a number with a separator is the case it is about
# ("Subject: RE: J. Smit / 21-80412").
SUBJECT_LINE: Final = regexes.compile(r"(?im)^[ \t]*(?:subject|onderwerp|betreft)[ \t]*:([^\n]*)")
SUBJECT_ID: Final = regexes.compile(r"(?<![\w./+-])[0-9]{2,4}[-./][0-9]{3,8}(?![\w]|[-./][0-9])")
# An organisation's switchboard ("Dock, algemeen nummer 030-2363200"), which the gold leaves
# readable; a person's number never goes by these words.
# Also "Algemeen: 070 ...", "(algemeen): ...", "alg. nr 070 ...", "aanmeldingen: algemeen 010 ...".
_ORG_PHONE_CUE_CORE: Final = regexes.compile(
    r"algeme(?:en|ne)|alg\.[ \t]*(?:nr|nummer|tel)|centrale[ \t]+(?:telefoon)?nummer|hoofdnummer"
    r"|helpdesk|servicedesk|inbelnummer|secretariaat"
)
# a word every _ORG_PHONE_CUE_CORE match holds, read from the cue index before the scan
_ORG_PHONE_CUE_WORDS: Final = cues(
    *("algeme", "alg.", "centrale", "hoofdnummer", "helpdesk", "servicedesk", "inbelnummer"),
    "secretariaat",
)
_ORG_PHONE_CUE: Final = regexes.compile(
    r"(?<![\w])(?:(?:algeme(?:en|ne)|alg\.)(?:[ \t]+(?:telefoon)?(?:nummer|nr\.?|tel\.?))?"
    r"|centrale[ \t]+(?:telefoon)?nummer|hoofdnummer)\)?"
    r"(?:[ \t]+(?:is|van[ \t]+[^\W0-9_][\w-]*|[^\W0-9_][\w-]*))?[ \t]*[:(,]?[ \t]*$"
    # a general number named with a few words between: "Algemeen nummer van de politie
    # (", "algemene nummer van Parnassia voor verwijzers? ", "DigiD-helpdesk ("
    r"|(?<![\w])(?:(?:algeme(?:en|ne)|alg\.)[ \t]+(?:telefoon)?(?:nummers?|nr\.?|tel\.?|lijn)"
    r"|[\w-]*(?:helpdesk|servicedesk)|(?:algemeen[ ])?inbelnummer|secretariaat)"
    r"(?:[ \t]+[^\W0-9_][\w'-]*){0,6}[ \t]*[:(,?]?[ \t]*$"
)
# What says right after a number that it is an organisation's general line
_ORG_PHONE_AFTER: Final = regexes.compile(
    r"(?i)[ \t]*\((?:algeme(?:en|ne)|alg\.)(?![\w])(?![^)\n]*[0-9]{3})"  # not "(algemeen: 088 ...)"
    # said after a comma in the same brackets: "(070 - 752 00 00, algemeen nummer)"
    r"|,[ \t]*(?:algeme(?:en|ne)|alg\.)(?:[ ](?:nummer|nr\.?|lijn|telefoonnummer))?[ \t]*\)"
)
# The rest of a phone number after its area code: " - 752 00 00", "-3605518"
_AREA_CODE_REST: Final = regexes.compile(r"[ ]?[-–/][ ]?[0-9]{2}")
# "niet het algemene nr": the number after it is someone's own
_NOT_BEFORE: Final = regexes.compile(r"(?<![\w])(?:niet|geen)(?:[ ]het|[ ]de)?[ ]$")
# What names a phone number right before it, so that one typed a digit short or long is one
_PHONE_WORD_BEFORE: Final = regexes.compile(
    r"(?<![\w])(?:tel|telefoon|mobiel|gsm|sms|bel|belt|nummer|nr|van)\.?:?[ ]+$"
)
# What ends just before the digits of a phone number: "+31 (0)", "+44 ", "0031 ".
PHONE_PREFIX: Final = regexes.compile(r"(?:\(0\)|(?:\+|00)[0-9]{1,3})[ \t]?$")

# Nouns an ordinal counts ("12 eerste keer"): after them the ordinal is no floor.
_NOT_AFTER_FLOOR_WORD: Final = (
    "keer|maal|week|weken|dag|dagen|maand|jaar|kwartaal|afspraak|gesprek|bezoek|huisbezoek|"
    "poging|stap|ronde|klas|groep|plek|plaats|kind|zoon|dochter|helft|vraag|brief|aanmaning|"
    "termijn|les|deel|punt|optie|huis|woning|persoon|man|vrouw|paar|rij|prijs|fase|versie|druk"
)
_HOUSE_NUMBER: Final = (
    # never the day of a date ("Zuiderpark 18-04-2024" is a neighbourhood and a date)
    r"(?![0-9]{1,2}(?:-[0-9]{1,2}-|/[0-9]{1,2}/|\.[0-9]{1,2}\.)[0-9]{2,4}(?![0-9]))"
    # nor the year of an ISO date ("Delfshaven 2024-05-14" is a neighbourhood and a date)
    r"(?!(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9]))"
    # nor a number opening with a zero ("adres bel mij 06 38 ...": a phone number)
    r"(?!0)[0-9]{1,5}(?![0-9,.][0-9])"
    r"(?:-[1-9](?:e|ste|de)(?![^\W0-9_])"  # a floor after a dash: "49-2e"
    # a floor after a slash, as the north writes it, where the address ends: "Camminghastraat
    # 16/1, 8912 TB", "Tegelseweg 192/1 te Venlo" ("Emmermeer 9/8 om 10 uur" stays a date)
    r"|/[1-4](?=,?[ ][1-9][0-9]{3}[ ]?[A-Z]{2}(?![\w])|[ ]te[ ]|[ \t]*(?:\n|$))"
    r"|-[A-Za-z][0-9]{1,3}(?![\w])"  # a letter and its floor after a dash: "44-b2", "45-B02"
    r"|[ ]k\.[ ]?[0-9]{1,3}(?![\w])"  # a room: "Houtweg 9 k.12"
    r"|(?:[ ]?-[ ]?|[ ])?(?:[1-9][ ]?-?[ ]?(?:hoog|hg|HOOG|HG)(?![^\W0-9_])|[hH][ .][sS]\.?(?![^\W0-9_])|"
    r"(?:een|twee|drie|vier|vijf)[ ]hoog(?![^\W0-9_])|"
    r"[A-Za-z](?![^\W0-9_]|/)(?:-[0-9]{1,3}(?![0-9]))?|(?![1-9][0-9]{3}[ ]?[A-Za-z]{2}(?![\w]))[0-9]{1,4}(?![0-9])|"
    r"(?:I{1,3}|IV|i{1,3}|iv|bis|BIS|hs|HS|bg|BG|huis|HUIS|boven|bov|beneden|zolder|rood|rd|RD|zw)"
    r"(?![^\W0-9_]))"
    # a BAG floor code glued to the letter: "22A01"
    r"|[A-Z][0-9]{2}(?![0-9])|[A-Za-z](?![^\W0-9_]|/))?"
    r"(?:[ ](?:hs|HS|h|bis|BIS|bg|BG|bv|zw|rd|I{1,3}|IV|i{1,3}|iv|[a-h]|[1-4][ ]?(?:hg|HG)|"
    r"[1-4][ -](?:hoog|HOOG)|boven|beneden|huis|HUIS|rood|zwart|"
    # the back or front house where the sentence or the line ends: "Oostdijk 14 achter."
    r"(?:achter|voor)(?=[ \t]*(?:[.,;)\n]|$))|"
    # a BAG floor code after a space: "Groene Hilledijk 288 A02"
    r"[A-Z][0-9]{2}(?![0-9])|"
    r"[A-H]|[1-9](?:e|ste|de|E)(?:[ ](?:verdieping|etage|verd\.|verd|et\.))?)(?![^\W0-9_]))?"
    # a room or floor that belongs to the address: "300 kamer 4", "9 2e verdieping"
    r"(?:,?[ ](?:kamer|unit|appartement|app\.|bus)[ ][0-9]{1,4}[a-zA-Z]?(?![\w])"
    r"|[ ][kK][0-9]{1,3}(?![\w])"
    r"|,?[ ][1-9](?:e|ste|de)[ ](?:verdieping|etage)(?![\w])"
    # a floor in words, as dictated: "78 derde", "12 eerste etage"
    r"|[ ](?:eerste|tweede|derde|vierde)(?:[ ](?:etage|verdieping)(?![\w]))?"
    rf"(?![\w]|[ ](?:{_NOT_AFTER_FLOOR_WORD})(?![\w])))?"
    r"(?:[ ]t/m[ ][0-9]{1,4}[a-zA-Z]?(?![\w]))?"  # "12 t/m 14"
)
STREET_SUFFIX: Final = (
    r"(?:straat|straatweg|weg|laan|kade|plein|pleintje|gracht|singel|dreef|hof|park|dijk|steeg|pad|"
    r"markt|plantsoen|boulevard|allee|baan|dam|veld|burgwal|wal|wallen|haven|hoeve|erf|ring|rade|horst|"
    r"zoom|gaarde|oord|promenade|passage|poort|kwartier|tuin|tuinen|akker|weide|hout|bosch|vaart|"
    r"kanaal|berg|lei|zijde|gang|stede|plaats|pier|duin|duinen|voorhout|buitenhof|binnenhof|"
    r"spui|kaai|heuvel|vliet|water|wetering|brink|esplanade|dreve|daal|donk|laantje|straatje|"
    r"hoek|weiden|landen|meer|sloot|kamp|hage|hove|hoven|boog|bocht|vest|mient|waard|"
    r"schans|polder|forum|"
    # a street at a village's end: "Westeinde", "Noordeinde" (find_structured drops the
    # other words on "-einde": "Jaareinde 2024")
    r"einde|"
    # diminutives: "Kalverdijkje", "Begijnhofje", "Pieterssteegje"
    r"dijkje|hofje|steegje|padje|wegje|kadetje|"
    # Frisian street words: "Sweelstrjitte", "Troelstrawei", "Hegedyk", "Tsjerkepaed", "Lytsleane"
    r"strjitte|wei|dyk|paed|paad|loane|leane)"
)


def _trie(words: list[str]) -> str:
    """``(?:w1|w2|...)`` as a tree of shared beginnings: "(?:s(?:traat(?:weg)?|ingel)|w...)".

    Why: the engine tries an alternation's words one by one at every position it reaches;
    grouped by their letters it compares each letter once.  The same words match; only
    where one word opens another does the longer come first, which changes nothing where
    the street word must end its word, as everywhere ``STREET_WORD_AT_END`` is used.
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (body if len(alts) == 1 and len(body) == 1 else f"(?:{body})") + "?"
        return body

    return f"(?:{build(tree)})"


# STREET_SUFFIX as a tree of letters (see _trie): for patterns where the street word ends
# its word (a space, a house number, a word boundary or the end comes right after it).
STREET_WORD_AT_END: Final = _trie(STREET_SUFFIX[3:-1].split("|"))


# A street word standing alone after a capitalised word or "Op de": "Nije Dyk 215-III",
# "Op de Kamp 231-B", "Mosae Forum 12-B", "Grote Markt 3".
_STREET_WORD_ALONE: Final = (
    r"(?:Straat|Strjitte|Weg|Wei|Laan|Loane|Leane|Kade|Plein|Hof|Dijk|Dyk|Markt|Kamp|Veld|Forum|"
    r"Singel|Gracht|Dreef|Pad|Paed|Steeg|Wal|Haven|Brink|Zand)"
)
_CAP: Final = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_STREET_PRE: Final = (
    r"(?:(?:[A-Z][a-z]{0,3}\.[ ]?)+[ ]?|(?:[0-9]{1,2}e[ ])|(?:v\.(?:[ ]?d\.)?[ ])|"
    rf"(?:{_CAP}[ ](?:(?:van|v\.|v\.d\.|de|der|den|het|'t|te|ter|ten|la|le|du|di|à|a)[ ])*)){{0,3}}"
)
# Abbreviated street words in notes: "Prins Hendrikstr. 12", "Vaillantln. 30".
_STREET_ABBR: Final = r"(?:str|ln|wg|pln|kd)\.?"
# "Jacob Catsstraat nummer 112": the word "nummer" may stand between street and number.
_NUMBER_WORD: Final = r"(?:(?:nummer|nr\.?|no\.)[ ])?"
# A street split into quarters by the compass: "Ringbaan-Oost 151-3hg", "Kanaaldijk-Noord 4".
_COMPASS: Final = r"(?:(?<!Noord)(?<!Zuid)(?<!Oost)(?<!West)-(?:Oost|West|Noord|Zuid))?"
_COMPASS_TAILS: Final = ("-Oost", "-West", "-Noord", "-Zuid")
ADDRESS: Final = regexes.compile(
    # ("en" joins two names of one street: "Daal en Bergselaan", "Meer en Boslaan")
    rf"(?=[A-ZÀ-Þ0-9v'’])(?<![\w.])({_STREET_PRE}(?:{_CAP}[ ]en[ ])?(?:['’]s-|['’]t[ ])?[A-ZÀ-Þ][\w'’-]*?"
    rf"(?:{STREET_WORD_AT_END}|{_STREET_ABBR}){_COMPASS}"
    rf"|(?:Laan|Plein|Kade|Singel|Weg|Dreef|Hof|Burgwal|Gracht|Straat|Park)[ ]"
    rf"(?:(?:van|v\.|v\.d\.|de|der|den|het|'t|te|ter|ten|op|in)[ ])+{_CAP}(?:[ ](?:en[ ])?{_CAP})?)"
    rf"[ ]{_NUMBER_WORD}{_HOUSE_NUMBER}(?![\w])"
)
# A street word standing alone after one or two capitalised words ("Nije Dyk 215-III",
# "Op de Kamp 231-B", "Mosae Forum 12-B"), or two capitalised words joined by "a/d" (aan de:
# "Veld a/d Gulp 35").  Apart from ADDRESS because it is tried at every capitalised word:
# it runs only where such a street word or "a/d" stands before a number.
ADDRESS_ALONE: Final = regexes.compile(
    rf"(?<![\w.])((?:[A-Z][a-z]{{0,3}}\.[ ]?)*"
    rf"(?:{_CAP}[ ](?:(?:van|de|der|den|het|'t|ter|ten)[ ])*){{1,2}}{_STREET_WORD_ALONE}"
    rf"|{_CAP}[ ]a[./]d\.?[ ]{_CAP})"
    rf"[ ]{_NUMBER_WORD}{_HOUSE_NUMBER}(?![\w])"
)
# Streets of The Hague whose names hold no street word ("Spui 70", "Lange Voorhout 34",
# "Buitenhof 19"): the rules for streets cannot tell them from any capitalised word.
_STREETS_WITHOUT_WORD: Final = cues(
    "Spui",
    "Buitenhof",
    "Binnenhof",
    "Lange Voorhout",
    "Korte Voorhout",
    "Lange Poten",
    "Korte Poten",
    "Noordeinde",
    "Lange Vijverberg",
    "Korte Vijverberg",
    "Tournooiveld",
    "Plaats",
)
ADDRESS_KNOWN: Final = regexes.compile(
    rf"(?<![\w.])((?:{'|'.join(_STREETS_WITHOUT_WORD)}))[ ]{_HOUSE_NUMBER}(?![\w])"
)
ADDRESS_CUE: Final = regexes.compile(
    rf"(?i:\b(?:woont|woonde|woon|woonachtig|wonend|verhuisd|verhuist|ingeschreven|verblijft|"
    rf"adres|adres is|adres:|postadres|woonadres|huisadres|bezoekadres)\b"
    rf"(?:\s+(?:is|op|aan|in|naar|bij|nu|sinds kort|nog|steeds|al|weer))*(?:\s+(?:de|het|'t))?[:\s]+)"
    rf"((?:{_CAP}[ ]){{0,3}}{_CAP})[ ]{_HOUSE_NUMBER}(?![\w])"
)
# Any capitalised name plus house number that is followed by "te <place>" or a postcode is
# an address, also without a street suffix ("Mient 88 te Den Haag", "Dreef 3, 2591 AB").
ADDRESS_PLACE: Final = regexes.compile(
    rf"(?=[A-ZÀ-Þ0-9v'’])(?<![\w.])({_STREET_PRE}(?:['’]s-)?{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]{_HOUSE_NUMBER}"
    r"(?=[ ]te[ ]|,?[ ][1-9][0-9]{3}[ ]?[A-Za-z]{2}(?![\w]))"
)
# The street line of a letter's address block, right above its postcode line ("Aan de heer
# G. Vink\nKnutteldorp 203-hs\n7411 BS Deventer"): there any capitalised name is a street.
ADDRESS_BLOCK: Final = regexes.compile(
    rf"(?m)^[ \t]*((?:['’]s-)?{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]{_HOUSE_NUMBER}"
    r"(?=[ \t]*\n[ \t]*[1-9][0-9]{3}[ ]?[A-Z]{2}(?![\w]))"
)
# A capitalised name and house number right after "op/aan/naar (de)" or a tab: a street
# without a street suffix ("langs op Mient 4", "Dreef 126").
ADDRESS_PREP: Final = regexes.compile(
    r"(?:(?<=\bop[ ])|(?<=\baan[ ])|(?<=\blangs[ ])|(?<=\bnaar[ ])|(?<=\bop de[ ])|(?<=\baan de[ ])|"
    r"(?<=\bnaar de[ ])|(?<=\t)|(?<=[0-9]{4},[ ]))"
    rf"((?:['’]s-)?{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]{_HOUSE_NUMBER}(?![\w])"
)
# A street without a street word as a field of a header about a person ("mw Appiah – 53 –
# Dennenrode 24A – woont ...") or in brackets after the person ("mw. Dumitru (Kraaiennest
# 429)"): after a title, a name and maybe other fields, one capitalised word and a number.
# find_structured checks the title before it with _TITLE_BEFORE.
ADDRESS_AFTER_NAME: Final = regexes.compile(
    rf"[ ](?:[–—-][ ]|\()([A-ZÀ-Þ][a-zà-ÿ'’]{{4,}})[ ]{_HOUSE_NUMBER}"
    r"(?=\)|[ ][–—-][ ]|[ \t]*(?:$|\n))"
)
# A street of a name and particles in brackets, with its place: "(Bosjes van Pex 21, Rijswijk)";
# a person's name with an age never has that shape with a first name in front (checked).
ADDRESS_BRACKET_OF: Final = regexes.compile(
    rf"\(({_CAP}(?:[ ](?:van|de|der|den|het|'t|ter|ten|aan|op|in|a/d)){{1,3}}[ ]{_CAP})"
    rf"[ ]{_HOUSE_NUMBER},[ ]{_CAP}(?:[ ]{_CAP})?\)"
)
# A street of one capitalised word and a house number closing a bracket, alone with a floor
# or letter ("(Wognumsebuurt 12-II)") or after a description and a comma ("(Eritrese
# statushouder, Kalverdijkje 65)"); find_structured rules out names, words and places.
ADDRESS_IN_BRACKETS: Final = regexes.compile(
    r"\((?:([^()\n]{2,60}?),[ ])?([A-ZÀ-Þ][a-zà-ÿ'’]{3,}(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)[ ]"
    rf"({_HOUSE_NUMBER})\)"
)
# Words of things with a number or version, never a street: "(laptop, Windows 11)".
_NOT_BRACKET_STREETS: Final = frozenset(
    ["windows", "office", "android", "iphone", "ipad", "galaxy", "covid", "corona", "omikron"]
)
_PLAIN_HOUSE_NUMBER: Final = regexes.compile(r"[0-9]{1,4}")
_LOWER_WORD: Final = regexes.compile(r"(?<![\w])[a-zà-ÿ]{3,}(?![\w])")
# A list item opening with a name and a number ("* Mient 404: insuline gegeven"), read as an
# address when another item of the list opens with an address found.
LIST_ITEM_ADDRESS: Final = regexes.compile(
    rf"(?m)^[ \t]*[-*•][ \t]*({_CAP}(?:[ ]{_CAP}){{0,2}})[ ]{_HOUSE_NUMBER}(?=[ \t]*[:,(])"
)
_PERSON_TITLE: Final = r"(?:mw|mevr|mevrouw|dhr|meneer|de heer|fam|familie|gezin|cli[eë]nte?)\.?"
_TITLE_BEFORE: Final = regexes.compile(rf"(?i:\b{_PERSON_TITLE})[ ][^\n()]{{1,40}}$")
# (this and _ADDRESS_TEST_WORDS: registered cues, read from the text's index by has_any)
_TITLE_STEMS: Final = cues(
    "mw", "mevr", "dhr", "meneer", "heer", "fam", "gezin", "client", "cliënt"
)
_ADDRESS_TEST_WORDS: Final = cues("woon", "adres", "verhuis", "ingeschreven", "verblijf")
# House number before the street: "op nummer 12 in de Jan Steenstraat".
ADDRESS_NUMBER_FIRST: Final = regexes.compile(
    r"(?i:\b(?:nummer|nr\.?|huisnummer))[ ]"
    rf"([0-9]{{1,4}}[a-zA-Z]?[ ](?:in|aan|op|van)[ ](?:de[ ]|het[ ])?{_STREET_PRE}"
    rf"(?:['’]s-)?[A-ZÀ-Þ][\w'’-]*?{STREET_WORD_AT_END})(?![\w])"
)
# "de buurvrouw van nummer 114" once a street was named: the neighbour's address.
ADDRESS_NUMBER_ONLY: Final = regexes.compile(
    r"(?i:\b(?:van|op|naar|bij|aan)[ ](?:de[ ]overkant[ ]|huis)?)"
    r"((?i:nummer|nr\.?|huisnummer)[ ][0-9]{1,4}(?:[ ]?-?[a-zA-Z](?![\w]))?)(?![\w]|[.,][0-9])"
)
_NOT_STREET_WORDS: Final = frozenset(
    [
        "in",
        "op",
        "sinds",
        "vanaf",
        "tot",
        "na",
        "voor",
        "per",
        "om",
        "rond",
        "tussen",
        "tijdens",
        "week",
        "groep",
        "jaar",
        "nummer",
        "kamer",
        "bus",
        "lijn",
        "tram",
        "pagina",
        "artikel",
        "huisnummer",
        "bijlage",
        "versie",
        "fase",
        "stap",
        "hoofdstuk",
        "punt",
        "team",
        "zaal",
        "verdieping",
        "etage",
        "blok",
        "kavel",
        "doel",
        "niveau",
        "actie",
        "vraag",
        "ronde",
        "level",
        "klas",
        "les",
        "module",
        "thema",
        "optie",
        "deel",
        "prioriteit",
        "scenario",
        "casus",
        "route",
        "stadium",
        "trede",
        "sessie",
        "bijeenkomst",
        "avond",
        "pilot",
        "lokaal",
        "locatie",
        "tafel",
        "periode",
        "kwartaal",
        "editie",
        "leeftijd",
        "score",
        *[
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
            *_FULL_MONTHS,
            "nummer",
            "nr",
            "telefoon",
            "tel",
            "kantoor",
            "afdeling",
        ],
    ]
)
_MONTH_START: Final = regexes.compile(_MONTHS, re.IGNORECASE)
_REGIONAL_MONTHS: Final = (
    *("jannewaris", "febrewaris", "maaie", "juny", "septimber", "novimber", "desimber"),
    *("jannewarie", "fibberwarie", "febberwarie", "miert", "meert", "juuni", "juuli"),
)
# Month words that end a house number's place: the number is a day ("Jan" is a name).
_MONTH_WORDS: Final = frozenset(
    [
        *_FULL_MONTHS,
        *(["feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]),
        *(["february", "march", "april", "may", "june", "july", "august", "october", "december"]),
        *_REGIONAL_MONTHS,
    ]
)
# Street names typed in lower case ("van der vennestraat 12"): the suffix must follow at least
# three letters, so "weg 3" or "kwartier 2" alone never match.  The street word may be
# abbreviated ("heesterstr. 2", "valkenbosln 330"); words before it are added by
# _lower_street_start.
ADDRESS_LOWER: Final = regexes.compile(
    rf"(?<![\w.])((?:[a-zà-ÿ]{{2,}}[ ](?=(?:van|de|der|den|ter|ten|la|le|du)[ ]))?"
    rf"(?:(?:van|de|der|den|het|'t|ter|ten|la|le|du|1e|2e|3e)[ ])*(?:['’]s-)?[a-z][a-zà-ÿ'’-]{{2,}}?"
    rf"(?:{STREET_WORD_AT_END}|str\.?|ln\.?|wg\.?|pln\.?|kd\.?))[ ]{_NUMBER_WORD}{_HOUSE_NUMBER}(?![\w])"
)
# What may stand before a lower-case street name and belongs to it: a title ("dr. lelykade"),
# an adjective of street names ("loosduinse hoofdstraat", "oude haagweg") or, after "de",
# one more word ("de jan blankenstraat").
_LOWER_STREET_PRE: Final = regexes.compile(
    r"(?:(?<![\w.])(?:dr|mr|prof|burg|gen|st|pres|kon|jhr|ir|ds|past)\.[ ]?"
    r"|(?<![\w.])(?:lange|korte|oude|nieuwe|grote|kleine|hoge|lage|brede|smalle|[a-z]{3,}se|"
    r"prins|prinses|koningin|koning|graaf|gravin|burgemeester|generaal|president|pastoor|"
    r"dokter|professor|admiraal|kapitein)[ ]"
    r"|(?<=\bde[ ])[a-z]{2,}[ ])$"
)


def _lower_street_start(text: str, start: int) -> int:
    """Start of a lower-case street name, moved back over a title, adjective or first name.

    Why after the match: trying these words at every word of every text costs more than
    looking back from the few streets found.
    """
    m = _LOWER_STREET_PRE.search(text, max(0, start - 24), start)
    if m:
        return m.start()
    w = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if w and w.group(1) not in FUNCTION_WORDS and w.group(1).capitalize() in lexicons().first_names:
        return w.start(1)  # "(jan blankenstraat 7)": a first name the street is named after
    return start


_WORD_BEFORE: Final = regexes.compile(r"(?<![\w.])([a-z]{2,})[ ]$")


# A street in lower case right after "adres" ("adres korte poten 226-2", "adres: mient 4"):
# the cue says an address follows, so no street suffix is needed.
ADDRESS_LOWER_CUE: Final = regexes.compile(
    r"(?<![\w])(?:(?:adres|woonadres|postadres|bezoekadres)(?:[ ]is)?:?|adr\.?:"
    r"|(?:woont|woonde|woon|verhuisd|verhuist)(?:[ ]nu)?[ ](?:op|aan|naar)(?:[ ]de)?"
    r"|(?:klopt|hoort|past)[ ]niet[ ](?:bij|met))[ ]"
    rf"((?:(?:van|de|der|den|het|'t|ter|ten|la|le|du)[ ])*[a-zà-ÿ][a-zà-ÿ'’-]{{2,}}"
    rf"(?:[ ][a-zà-ÿ][a-zà-ÿ'’-]{{2,}})?)[ ]{_HOUSE_NUMBER}(?![\w])"
)
_NOT_LOWER_STREET: Final = frozenset(
    [
        "is",
        "was",
        "per",
        "sinds",
        "vanaf",
        "tot",
        "nog",
        "al",
        "niet",
        "wel",
        "klopt",
        "gewijzigd",
        "veranderd",
        "aangepast",
        "bekend",
        "onbekend",
        "staat",
        "wordt",
        "werd",
        "na",
        "voor",
        "in",
        "op",
        "aan",
        "bij",
        "met",
        "en",
        "of",
        "sinds",
        "ruim",
        "circa",
        "ca",
        "over",
        "uit",
        "naar",
    ]
)
NOT_HOUSE_FOLLOWERS: Final = frozenset(
    [
        "jaar",
        "jaren",
        "maanden",
        "maand",
        "weken",
        "week",
        "dagen",
        "dag",
        "uur",
        "uren",
        "minuten",
        "kinderen",
        "kind",
        "gezinnen",
        "personen",
        "mensen",
        "keer",
        "procent",
        "euro",
        "cliënten",
        "clienten",
        "huishoudens",
        "bewoners",
        "woningen",
        "deelnemers",
        "leerlingen",
        "meldingen",
        "gesprekken",
        "huisbezoeken",
        "pagina's",
        "paginas",
        "pagina",
        "cm",
        "kg",
        "km",
        "m2",
        "m²",
        "%",
    ]
)


# A plural noun after the number ("20 kramen", "3 bezoekers") counts things; a street
# word standing alone ("Markt", "Kamp") is then no street.
_COUNTED_AFTER: Final = regexes.compile(r"[a-zà-ÿ]{2,}(?:en|ers|s)")
# Words ending like a plural that count nothing: "Stuwstraat achtenveertig samen met ..."
_NOT_COUNTED: Final = frozenset(
    ["samen", "alleen", "binnen", "buiten", "boven", "beneden", "tegen", "even", "geen"]
    + ["meteen", "eens", "tussen", "sinds", "volgens", "tijdens", "wegens", "ergens", "dus"]
    + ["als", "iets", "niets", "ons", "tenzij"]  # "... vijfhonderdvierenveertig als ..."
)
_DIGIT: Final = regexes.compile(r"[0-9]")
_DIGIT_RUN: Final = regexes.compile(r"[0-9]+")
# a house number right before "(": "Hoefkade 12 (2526 bx)"
_HOUSE_BEFORE_BRACKET: Final = regexes.compile(
    r"[A-Za-z]{3,}[ \t]+[0-9]{1,5}(?:[ -]?[A-Za-z0-9]{1,4})?[ \t]*\($"
)
_YEAR_ONLY: Final = regexes.compile(r"(?:19|20)[0-9]{2}")
# "24/7", "3/4": a day-month, fraction or ratio, never a case number
_DAY_MONTH: Final = regexes.compile(r"[0-9]{1,2}[-/][0-9]{1,2}")
_DATE_SHORT_CUES: Final = (
    "dag",
    "rapportage",
    "verslag",
    "notitie",
    "(",
    "afspraak",
    "evaluatie",
    "gesprek",
    "overleg",
    "intake",
    "zitting",
    "bezoek",
    "vervolg",
    "deadline",
    "geb",
    "ontvangen",
    "verstuurd",
    "t/m",
    "vóór",
    "uiterlijk",
    "morgen",
    "vandaag",
    "gisteren",
    "op ",
    "sinds",
    "vanaf",
    "per ",
    "tot ",
    "d.d",
    "datum",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
)
_DOSSIER_STEMS: Final = cues(
    "toewijzing",
    "vord.",
    "o.v.v.",
    "zaak",
    "student",
    "pesel",
    "reg.",
    "agb",
    "inschrijf",
    "patiënt",
    "patient",
    "dossier",
    "nummer",
    "number",
    "nr",
    "client",
    "cliënt",
    "kenmerk",
    "ref",
    "casus",
    "melding",
    "klant",
    "relatie",
    "aanvraag",
    "polis",
    "beschikking",
    "factuur",
    "contract",
    "id",
    "pas",
    "case",
    "zorg",
    "huurder",
    "verzekerd",
    "lidmaatschap",
    "registratie",
    "debiteur",
    "volg",
    "verzoek",
    "pv",
    "proces-verbaal",
)
# (read from the text's cue index: no scan of the text at all)
_DATE_SHORT_CUE_WORDS: Final = cues(*_DATE_SHORT_CUES)
_STREET_NUMBER: Final = regexes.compile(
    rf"{STREET_WORD_AT_END}\s[0-9]|(?:Laan|Plein|Kade|Singel|Weg|Dreef|Hof|Burgwal|Gracht|Straat|Park)\s"
    rf"|{_STREET_ABBR}\s[0-9]"
)


def elfproef(digits: str) -> bool:
    """BSN 11-check: weights 9..2 and -1 must sum to a multiple of 11."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum((9 - i) * int(c) for i, c in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0


_IBAN_LEN: Final = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "ES": 24,
    "IT": 27,
    "PL": 28,
    "TR": 26,
    "PT": 25,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "IE": 22,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "RO": 24,
    "BG": 22,
    "HU": 28,
    "CZ": 24,
    "SK": 24,
    "GR": 27,
    "HR": 21,
    "SI": 19,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "MA": 28,
    "SR": 0,
}
# Countries that issue IBANs (the SWIFT registry): "op 24 augustus 2023 zaten" has the shape
# and by chance a valid check sum, but "OP" is no country.
_IBAN_COUNTRIES: Final = frozenset(_IBAN_LEN) | frozenset(
    [
        "AD",
        "AE",
        "AL",
        "AZ",
        "BA",
        "BH",
        "BI",
        "BR",
        "BY",
        "CR",
        "CY",
        "DJ",
        "DO",
        "EG",
        "FK",
        "FO",
        "GE",
        "GI",
        "GL",
        "GT",
        "IL",
        "IQ",
        "IS",
        "JO",
        "KW",
        "KZ",
        "LB",
        "LC",
        "LI",
        "LY",
        "MC",
        "MD",
        "ME",
        "MK",
        "MN",
        "MR",
        "MT",
        "MU",
        "NI",
        "OM",
        "PK",
        "PS",
        "QA",
        "RS",
        "RU",
        "SA",
        "SC",
        "SD",
        "SM",
        "SO",
        "ST",
        "SV",
        "TL",
        "TN",
        "UA",
        "VA",
        "VG",
        "XK",
        "YE",
    ]
)


def iban_ok(raw: str) -> bool:
    """Mod-97 check, or the exact Dutch shape (a typo in a Dutch IBAN still identifies)."""
    s = raw.replace(" ", "").replace("-", "").upper()
    cc = s[:2]
    if cc not in _IBAN_COUNTRIES:
        return False
    if _IBAN_LEN.get(cc) and len(s) != _IBAN_LEN[cc]:
        return False
    if cc == "NL" and re.fullmatch(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}", s):
        return True
    if len(s) < 15 or len(s) > 34:
        return False
    return mod_97(s)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


_ENDS_STREET: Final = regexes.compile(rf"{STREET_WORD_AT_END}$")
_SENTENCE_END: Final = regexes.compile(r"[.!?](?:[ \t]|$)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence or line around text[start:end]."""
    s0 = 0
    m: re.Match[str] | None
    for m in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        s0 = m.end()
    m = _SENTENCE_END.search(text, end)
    return s0, (m.start() if m else len(text))


# Every ADDRESS_PREP match starts right after one of its look-behind contexts; scanning for
# those contexts first and matching only there finds the same matches, several times faster.
_PREP_CONTEXT: Final = regexes.compile(r"(?:op|aan|langs|naar)[ ](?:de[ ])?|\t|[0-9]{4},[ ]")
# Every short day-month date holds a digit, a dash or slash, and a digit.  Why one pattern
# per separator, the digit before it in a look-behind: a search that opens with one literal
# skips to it in C, where a class ("[0-9][-/][0-9]") is tested at every character.
_DASH_DM_CORE: Final = regexes.compile(r"-(?<=[0-9]-)[0-9]")
_SLASH_DM_CORE: Final = regexes.compile(r"/(?<=[0-9]/)[0-9]")
# Cheap necessary conditions: a pattern whose core shape is absent cannot match, so
# find_structured skips its slower scan (the cores open with a character class or a
# literal, which the engine jumps to; the full patterns open with a look-behind).
_FOUR_DIGITS: Final = regexes.compile(r"[0-9]{4}")
_PC_CORE: Final = regexes.compile(r"[1-9][0-9]{3}[ ]{0,2}[A-Za-z]{2}")
_CAP_DIGIT: Final = regexes.compile(r"[A-Z][-/]?[0-9]")
# A digit, a dot and a digit; a digit, a dot or slash and a capital.  The separator first,
# the digit before it in a look-behind: the scan then stops only at the separators.
_DOT_DIGIT: Final = regexes.compile(r"\.(?<=[0-9]\.)[0-9]")
_DOT_CAP: Final = regexes.compile(r"\.(?<=[0-9]\.)[A-Z]")
_SLASH_CAP: Final = regexes.compile(r"/(?<=[0-9]/)[A-Z]")
# "[-/]0[1-9]|0[1-9][-/]" as three patterns that open with a literal (skipped to in C)
_PADDED_CORES: Final = (
    regexes.compile(r"0[1-9][-/]"),
    regexes.compile(r"-0[1-9]"),
    regexes.compile(r"/0[1-9]"),
)
# DATE_SHORT_AFTER: a day-month followed by a space, tab, comma or colon
# (as "[0-9][-/][0-9][0-9]?[ \t,:]", one pattern per separator, led by it)
_DM_NEXT_CORES: Final = (
    regexes.compile(r"-(?<=[0-9]-)[0-9][0-9]?[ \t,:]"),
    regexes.compile(r"/(?<=[0-9]/)[0-9][0-9]?[ \t,:]"),
)
_DE_DIGIT: Final = regexes.compile(r"de\s+[0-9]")
_GLUED_LOW: Final = regexes.compile(
    r"[0-9](?:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)"
)
_GLUED_CORE: Final = regexes.compile(_GLUED_LOW.pattern, re.IGNORECASE)
# the months of _GLUED_LOW, read from the cue index before its scan (most texts lack all)
_GLUED_MONTHS: Final = cues(
    *("jan", "feb", "mrt", "maa", "mar", "apr", "mei", "may", "jun", "jul", "aug", "sep"),
    *("okt", "oct", "nov", "dec"),
)
# DATE_TEXT always holds a day's last digit, maybe its suffix, a space or "-" and the first
# three letters of a month (in any case, as DATE_TEXT reads it): without these no match
_DATE_TEXT_CORE: Final = regexes.compile(
    r"[0-9](?:e|ste|de|st|nd|rd|th)?(?:[ \t]+of)?(?:\s+|-)"
    r"(?:jan|feb|maa|mar|mrt|apr|mei|jun|jul|juu|aug|sep|okt|oct|nov|dec|may|fib|mie|mee|des|"
    r"sty|lut|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru|"
    r"oca|şub|sub|nis|may|haz|tem|ağu|agu|eyl|eki|kas|ara|abr|ago|set|out|dez|ene|dic|de[ ]|"
    r"ian|iun|iul|noi|di[ ]|jui|aoû|aou|avr|déc|fév|fev|mai|yan|yün|yül|oug|sèp|òkt|"
    r"яну|фев|мар|апр|май|юни|юли|авг|сеп|окт|ное|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|"
    r"жов|лис|гру|янв|мая|июн|июл|сен|ноя|muh|raj|sha|sja|ram)",
    re.IGNORECASE,
)


_STREET_WORD_SPACE: Final = regexes.compile(
    r"(?:Laan|Plein|Kade|Singel|Weg|Dreef|Hof|Burgwal|Gracht|Straat|Park)\s"
)
_SPACE_DIGIT: Final = regexes.compile(r"\s[0-9]")
_STREET_ENDINGS: Final = frozenset(STREET_SUFFIX[3:-1].split("|")) | frozenset(
    w + dot for w in ("str", "ln", "wg", "pln", "kd") for dot in ("", ".")
)
_STREET_ENDING_LENS: Final = sorted({len(w) for w in _STREET_ENDINGS})
# Only words as the pattern opens with them: the engine then skips to their first letters.
_WORD_ALONE_NUMBER: Final = regexes.compile(rf"{_STREET_WORD_ALONE}[ ][0-9]")


def _street_word_alone(text: str) -> bool:
    """Whether a street word stands alone before a number ("Dyk 2") or "a/d" joins a name."""
    return has(text, " a/d ") or has(text, " a.d. ") or _WORD_ALONE_NUMBER.search(text) is not None


def _street_number_flags(text: str) -> tuple[bool, bool]:
    """(street word before a number, street word in capitals before a number) in text.

    Why: a street word must stand right before a space and a digit (or "nummer"), so
    only the few places where a digit follows a space are checked; for capitals only
    the places where a capital letter stands before that space.
    """
    mixed = _STREET_WORD_SPACE.search(text) is not None or _street_ending_before(
        text, _SPACE_DIGIT, _STREET_ENDINGS
    )
    if not mixed and (has(text, "nummer") or "nr" in text or has(text, "no.")):
        mixed = _street_ending_before(text, _NUMBER_WORD_DIGIT, _STREET_ENDINGS)
    caps = _street_ending_before(text, _CAPS_SPACE_DIGIT, _STREET_ENDINGS_CAPS, 1)
    return mixed, caps


def _street_ending_before(
    text: str, rx: re.Pattern[str], endings: frozenset[str], shift: int = 0
) -> bool:
    """Whether a street word ends right where some match of ``rx`` starts (plus ``shift``)."""
    for m in rx.finditer(text):
        p = m.start() + shift
        if text.endswith(_COMPASS_TAILS, 0, p):
            p = text.rfind("-", 0, p)  # "Ringbaan-Oost 151": the street word before the quarter
        for k in _STREET_ENDING_LENS:
            if k <= p and text[p - k : p] in endings:
                return True
    return False


_NUMBER_WORD_DIGIT: Final = regexes.compile(r"[ ](?:nummer|nr\.?|no\.)[ ][0-9]")
# The letters of a lower-case street word (ADDRESS_LOWER) and those it may open with.
_LOWER_STREET_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyz'’-" + "".join(map(chr, range(0xE0, 0x100)))
)
_LOWER_STREET_FIRST: Final = frozenset("abcdefghijklmnopqrstuvwxyz'’")


_PC_LOWER_CORE: Final = regexes.compile(r"[1-9][0-9]{3}[ ]?[a-z]{2}")


# Where a lower-case postcode is told by what stands before it: the word "postcode" on its
# line or at the end of the line before ("ik mijn postcode veranderd nu 2525 xr", "postcode
# weet u die\nspreker 2 2571 ah"), or a street and house number ("Hoefkade 285 eh 2526 bm").
_PC_NAMED_BEFORE: Final = regexes.compile(
    r"postcode[^\n]{0,40}(?:\n[^\n]{0,25})?$"
    r"|[a-z]{3,}[ ][0-9]{1,4}[a-z]?(?:[ ](?:eh|ehm|uh))?,?[ ]$"
)


def _named_lower_postcodes(low: str) -> Iterator[tuple[int, int, str, int]]:
    """Lower-case postcodes where the text names a postcode or an address right before."""
    for c in _PC_LOWER_CORE.finditer(low):
        s, e = c.start(), c.end()
        if (s and (low[s - 1].isalnum() or low[s - 1] in "-.,/")) or (
            e < len(low) and low[e].isalnum()
        ):
            continue
        letters = low[e - 2 : e]
        if letters in _NOT_PC_LETTERS or letters in _UNITS or letters in ("sa", "sd", "ss"):
            continue
        if _PC_NAMED_BEFORE.search(low, max(0, s - 70), s):
            yield s, e, "postcode", 57


def _lower_postcodes(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The matches of ``POSTCODE_LOWER.finditer(text)``, tried only where one may start.

    Why: the pattern opens with look-arounds the engine tries at every position; each
    of its matches is a span of _PC_LOWER_CORE, and two such spans never overlap, so
    matching at the starts of the core's matches finds the same matches.  ``pos``: no
    _PC_LOWER_CORE match starts before it (the first _PC_CORE match, a wider pattern).
    """
    for c in _PC_LOWER_CORE.finditer(text, pos):
        m = POSTCODE_LOWER.match(text, c.start())
        if m:
            yield m


def _lower_street_before_number(text: str) -> bool:
    """Whether a lower-case street word may end right before a (house) number.

    Why: ADDRESS_LOWER opens with a look-behind, so the engine tries it at every
    position; on most texts no street word typed in lower case stands before a number
    and this check of the few places where a digit follows a space rules it out.  It
    must hold wherever ADDRESS_LOWER matches: a street ending before " <digit>" or
    " nummer <digit>", preceded by letters of which one opens a word.
    """
    for rx in (_SPACE_DIGIT, _NUMBER_WORD_DIGIT):
        for m in rx.finditer(text):
            p = m.start()
            for k in _STREET_ENDING_LENS:
                if k <= p and text[p - k : p] in _STREET_ENDINGS:
                    j = p - k - 1
                    while j >= 0 and text[j] in _LOWER_STREET_CHARS:
                        if text[j] in _LOWER_STREET_FIRST and (
                            j == 0 or not (text[j - 1].isalnum() or text[j - 1] in "_.")
                        ):
                            return True
                        j -= 1
    return False


_CAPS_SPACE_DIGIT: Final = regexes.compile(r"[A-Z][ ][0-9]")
_STREET_ENDINGS_CAPS: Final = frozenset(w.upper() for w in _STREET_ENDINGS)


def _line_spans(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a character just before each position, in order;
    a span opens at most _REACH characters before its first position and closes at most
    _AFTER characters after its last.

    Why the reach: an address ends a little after its position (a street word before its
    number, a postcode after it) and opens at most a few words before it; a paragraph
    typed as one long line need not be scanned from its start.
    """
    spans: list[tuple[int, int]] = []
    for p in sorted(positions):
        e = text.find("\n", p)
        end = min(len(text) if e < 0 else e, p + _AFTER)
        if spans and p <= spans[-1][1]:
            if end > spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            continue
        spans.append((_reach_floor(text, p), end))
    return spans


def _reach_floor(text: str, p: int) -> int:
    """Where an address before position ``p`` may open at the earliest: its line's start,
    at most _REACH characters back."""
    return max(text.rfind("\n", 0, p) + 1, p - _REACH)


def _chain_openings(text: str, positions: list[int]) -> list[int]:
    """Where ADDRESS may open, for the street lines of ``positions``: in the run of words
    that may stand in a street's name before each position (capitalised words, initials,
    particles and ordinals, one space apart: "... woont op de 2e Van der Boechorststraat"),
    wherever the pattern's own opening test passes.

    Why: an ADDRESS match is such a run up to its street word and number, so it opens in
    the run before a street line's position; tried only there (see cue_index.matches_at)
    it finds the same matches as the engine trying every capital of the line.
    """
    out: set[int] = set()
    for p in positions:
        floor = _reach_floor(text, p)
        _add_openings(text, _chain_start(text, p, floor), p, True, out)
    return sorted(out)


def _add_openings(text: str, start: int, end: int, capital: bool, out: set[int]) -> None:
    """Add to ``out`` each position from ``start`` to ``end`` where an address pattern may
    open: not after a word character or a dot, at a digit, an apostrophe, and a capital or
    "v" (ADDRESS, ``capital``) or a small letter (ADDRESS_LOWER)."""
    for q in range(start, min(end, len(text) - 1) + 1):
        c = text[q]
        letter = (c.isupper() or c == "v") if capital else c.islower()
        if (letter or c.isdigit() or c in "'’") and (
            q == 0 or not (text[q - 1].isalnum() or text[q - 1] in "_.")
        ):
            out.add(q)


def _lower_openings(text: str, positions: list[int]) -> list[int]:
    """Where ADDRESS_LOWER may open before each street line's position: in its street word,
    the particles before it and one word before those ("bij de hoek van de kerkstraat 4").

    Why: the pattern allows no more words than that before a street word, so tried only
    there (see cue_index.matches_at) it finds the same matches as the engine trying every
    small letter of the line.
    """
    out: set[int] = set()
    for p in positions:
        floor = _reach_floor(text, p)
        k = _token_start(text, p, floor)
        start = k
        passed = False
        while k > floor and text[k - 1] == " ":
            j = k - 1
            k2 = _token_start(text, j, floor)
            token = text[k2:j]
            word = token.lstrip(_OPENING_MARKS)
            k2 += len(token) - len(word)  # '"de wouwermanstraat': the match opens at "de"
            if word in _LOWER_STREET_PARTICLES:
                start = k = k2
                passed = True
                if word != token:
                    break
                continue
            if passed:
                start = k2  # the one word a particle may follow ("hoek van de ...")
            break
        _add_openings(text, start, p, False, out)
    return sorted(out)


def _token_start(text: str, end: int, floor: int) -> int:
    """Start of the whitespace-free run of characters that ends at ``end`` (not before
    ``floor``)."""
    k = end
    while k > floor and text[k - 1] not in " \t\n":
        k -= 1
    return k


#: a house number's letter or floor in capitals ("12 A", "3 II")
_ROMAN_PARTS: Final = frozenset(["A", "B", "C", "D", "E", "I", "II", "III", "IV", "H", "HS"])
#: brackets and quotes that may stand right before a word
_OPENING_MARKS: Final = '"“”‘„([{<*'
#: the particles ADDRESS_LOWER allows before a street word
_LOWER_STREET_PARTICLES: Final = frozenset(
    ["van", "de", "der", "den", "het", "'t", "ter", "ten", "la", "le", "du", "1e", "2e", "3e"]
)
#: lower-case words that may stand in a street's name ("Laan van de Mensenrechten", "'t")
_CHAIN_PARTICLES: Final = frozenset(
    ["van", "v.", "v.d.", "d.", "de", "der", "den", "het", "'t", "’t", "te", "ter", "ten"]
    + ["la", "le", "du", "di", "à", "a", "en", "op", "in"]
)


def _chain_start(text: str, p: int, floor: int) -> int:
    """Where the run of name words that ends at ``p`` opens, not before ``floor``."""
    j = p
    start = p
    while j > floor:
        k = _token_start(text, j, floor)
        token = text[k:j]
        first = token[:1]
        if not (
            (first.isupper() or first.isdigit() or first in "'’" or token in _CHAIN_PARTICLES)
            and all(c.isalnum() or c in "_'’.-" for c in token)
        ):
            # a bracket, quote or field separator in the word: the run opens after the last
            # ("(Kerkstraat", "1961-04-10;Jacob Catsstraat")
            q = j
            while q > k and (text[q - 1].isalnum() or text[q - 1] in "_'’.-"):
                q -= 1
            return (
                q
                if q < j and (text[q].isupper() or text[q].isdigit() or text[q] in "'’")
                else start
            )
        start = k
        if k == floor or text[k - 1] != " ":
            return start
        j = k - 1
        if j > floor and text[j - 1] == " ":
            if j - 1 > floor and text[j - 2] == ".":
                j -= 1  # initials may stand two spaces before the name: "J.  Kerkstraat"
            else:
                return start
    return start


#: how far before its street word or postcode an address may open: its longest street name
#: with a title, initials and particles ("Burgemeester Mr. Dr. B.M. van Karnebeeklaan", 46)
#: is shorter; every line before the street word is tried from here by the engine, so the
#: reach is most of what a street line costs (72 found the same addresses in every corpus)
_REACH: Final = 80
#: how far after its position an address may close: a house number with its additions, or
#: "Laan van Nieuw Oost-Indië 12" after the "Laan" that placed it, and room for what a
#: look-ahead at its end reads (the rest of a long line need not be tried)
_AFTER: Final = 64


def _street_lines(text: str, low: str) -> list[tuple[int, int]] | None:
    """The lines where a street word stands before a (house) number, or None for all.

    Why: ADDRESS, ADDRESS_LOWER and the capitals run never cross a line and always hold a
    street word (or "Laan van ...") before " <digit>" or " nummer <digit>"; scanning
    only those lines finds the same matches at a fraction of the cost.
    """
    if len(low) != len(text):
        return None
    positions = [m.start() for m in _STREET_WORD_SPACE.finditer(text)]
    for rx in (_SPACE_DIGIT, _NUMBER_WORD_DIGIT):
        for m in rx.finditer(low):
            p = m.start()
            if low.endswith(_COMPASS_TAILS_LOW, 0, p):
                p = low.rfind("-", 0, p)
            for k in _STREET_ENDING_LENS:
                if k <= p and low[p - k : p] in _STREET_ENDINGS:
                    positions.append(m.start())
                    break
    return _line_spans(text, positions)


_COMPASS_TAILS_LOW: Final = tuple(t.lower() for t in _COMPASS_TAILS)
# The last two letters of the street words (all have two or more): a cheap first test.
_ENDING_LAST2: Final = frozenset(w[-2:] for w in _STREET_ENDINGS)


def _street_scan(
    text: str, low: str
) -> tuple[bool, bool, bool, list[tuple[int, int]] | None, list[int] | None]:
    """(street number, capitals, lower-case street, street lines, the positions they were
    made from) in one pass over the text.

    Why one pass: ``_street_number_flags``, ``_lower_street_before_number`` and
    ``_street_lines`` each visit every digit after a space and look for a street word
    before it; visiting each once and checking the text only where the lower-cased copy
    holds a street word gives the same answers.  The lower-case flag is only meaningful
    when the first one holds (find_structured asks for it only then).
    """
    if len(low) != len(text):
        mixed, caps = _street_number_flags(text)
        return mixed, caps, mixed and _lower_street_before_number(text), None, None
    mixed = _STREET_WORD_SPACE.search(text) is not None
    positions = [m.start() for m in _STREET_WORD_SPACE.finditer(text)] if mixed else []
    caps = lower = False
    words = has(low, "nummer") or "nr" in low or has(low, "no.")
    for rx in (_SPACE_DIGIT, _NUMBER_WORD_DIGIT) if words else (_SPACE_DIGIT,):
        for m in rx.finditer(low):
            p = m.start()
            if low.endswith(_COMPASS_TAILS_LOW, 0, p):
                q = low.rfind("-", 0, p)
                if any(k <= q and low[q - k : q] in _STREET_ENDINGS for k in _STREET_ENDING_LENS):
                    positions.append(p)
            elif low[p - 2 : p] not in _ENDING_LAST2:
                continue
            ks = [k for k in _STREET_ENDING_LENS if k <= p and low[p - k : p] in _STREET_ENDINGS]
            if ks:
                positions.append(p)
            if rx is _NUMBER_WORD_DIGIT and not _NUMBER_WORD_DIGIT.match(text, p):
                continue
            # as _street_ending_before: a quarter's name moves the street word back
            q = text.rfind("-", 0, p) if text.endswith(_COMPASS_TAILS, 0, p) else p
            if q == p:
                kq = ks
            else:
                kq = [
                    k for k in _STREET_ENDING_LENS if k <= q and low[q - k : q] in _STREET_ENDINGS
                ]
            if not mixed and any(text[q - k : q] in _STREET_ENDINGS for k in kq):
                mixed = True
            if (
                not caps
                and rx is _SPACE_DIGIT
                and text[p] == " "
                and "A" <= text[p - 1] <= "Z"
                and any(text[q - k : q] in _STREET_ENDINGS_CAPS for k in kq)
            ):
                caps = True
            if not lower:
                lower = any(
                    text[p - k : p] in _STREET_ENDINGS and _lower_word_before(text, p - k)
                    for k in ks
                )
    return mixed, caps, lower, _line_spans(text, positions), positions


def _lower_word_before(text: str, end: int) -> bool:
    """Whether lower-case street letters before ``end`` include one that opens a word."""
    j = end - 1
    while j >= 0 and text[j] in _LOWER_STREET_CHARS:
        if text[j] in _LOWER_STREET_FIRST and (
            j == 0 or not (text[j - 1].isalnum() or text[j - 1] in "_.")
        ):
            return True
        j -= 1
    return False


# After a street typed in lower case, what is no house number: a recent year, five digits,
# a count, a decimal
# endings of street words that end many ordinary nouns as well ("verzekering", "werkplaats")
_NOUN_STREET_ENDS: Final = ("ering", "plaats")
_NOT_LOWER_HOUSE_NUMBER: Final = regexes.compile(
    r"[ ](?:20[12][0-9](?![0-9])(?![ ]?[a-zA-Z]\b)|[0-9]{5}|[0-9]{1,2}[ ]?x(?![\w])|[0-9]+[.,][0-9])"
)


# a title and a surname's particles right before a street's name: "dhr. de Vos van de
# Zuidlarenstraat 57" is Mr de Vos of that street ("de meneer van de Juliana van
# Stolberglaan 39" is no title: the article makes "meneer" a noun)
_TITLE_BEFORE_STREET: Final = regexes.compile(
    r"(?<![\w.])(?<![Dd]e[ ])(?i:mw|mevr|mevrouw|mvr|dhr|meneer|hr|fam|familie)\.?[ ]"
    r"(?:(?:van[ ](?:de|der|den)|van|de|der|den|ter|ten|te)[ ])*$"
)
_VAN_IN_STREET: Final = regexes.compile(r"[ ]van[ ](?:de|der|den|het)?[ ]?(?=[A-Za-zÀ-ÿ])")


def _area_and_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a neighbourhood's name and a year, no street and number."""
    name, _, number = text[start:end].rpartition(" ")
    if len(number) != 4 or not number.startswith(("19", "20")) or not number.isdigit():
        return False
    return name in HAGUE_AREAS or lexicons().gazetteer.kind.get(name) == "place"


def _street_after_titled_name(text: str, start: int, end: int) -> int:
    """Where an address that a title precedes really starts: after its " van (de) ".

    Why: the words between a title and "van de" are the person's surname ("mw van der
    Laan van de Lijsterbesstraat 220"), and "van de" says where she lives; street names
    with "van" in them ("Laan van Meerdervoort") never follow a title.
    """
    if not _TITLE_BEFORE_STREET.search(text, max(0, start - 24), start):
        return start
    last = None
    for v in _VAN_IN_STREET.finditer(text, start, end):
        last = v
    return last.end() if last is not None else start


def _in_lines(
    rx: re.Pattern[str], text: str, lines: list[tuple[int, int]] | None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches never cross a line, on ``lines`` only."""
    if lines is None:
        yield from rx.finditer(text)
        return
    for s, e in lines:
        yield from rx.finditer(text, s, e)


def _caps_addresses(
    text: str, low: str, lines: list[tuple[int, int]] | None = None
) -> Iterator[re.Match[str]]:
    """Lower-case street matches, in ``low``, of streets typed in capitals ("JAVASTRAAT 3 BIS").

    Why the lower-cased copy: the lower-case street pattern already knows suffixes,
    particles and house-number additions; only its street part must be all capitals
    here, so mixed-case text is left to the other patterns.
    """
    if len(low) != len(text):
        return
    for m in _in_lines(ADDRESS_LOWER, low, lines):
        if text[_lower_street_start(low, m.start(1)) : m.end(1)].isupper():
            yield m


# The characters ADDRESS_PREP's street may open with: [A-ZÀ-Þ] and the quotes of "'s-".
_PREP_FIRST: Final = frozenset(
    [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    + [chr(c) for c in range(0xC0, 0xDF)]
    + ["'", "’"]
)


def _prep_addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``ADDRESS_PREP.finditer(text)``, found from its contexts only.

    Why: the pattern opens with nine look-behinds that the engine tries at every
    position; the contexts are rare, so matching only after them saves most of the scan.
    """
    pos = 0
    for p in _prep_context_ends(text):
        if p < pos or text[p : p + 1] not in _PREP_FIRST:
            continue  # the street opens with a capital or "'s-": most contexts end here
        m = ADDRESS_PREP.match(text, p)
        if m:
            pos = m.end()
            yield m


def _prep_context_ends(text: str) -> list[int]:
    """The ends of the matches of ``_PREP_CONTEXT.finditer(text)``, sorted.

    Why literals: ``str.find`` skips to "op ", "aan ", a tab or ", " much faster than the
    engine tries the alternation everywhere; the contexts never overlap, and "de " after
    a preposition belongs to it, as the greedy pattern takes it.
    """
    ends: set[int] = set()
    for w in ("op ", "aan ", "langs ", "naar "):
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            ends.add(e + 3 if text.startswith("de ", e) else e)
            i = text.find(w, i + 1)
    i = text.find("\t")
    while i >= 0:
        ends.add(i + 1)
        i = text.find("\t", i + 1)
    i = text.find(", ", 4)
    while i >= 0:
        if _FOUR_DIGITS_END.match(text, i - 4, i):
            ends.add(i + 2)
        i = text.find(", ", i + 1)
    return sorted(ends)


_FOUR_DIGITS_END: Final = regexes.compile(r"[0-9]{4}")


def _word_starts(s: str, words: tuple[str, ...]) -> list[int]:
    """Sorted positions in ``s`` where one of ``words`` opens a word (no letter, digit or _ before).

    Why: ``str.find`` skips to a literal far faster than the regex engine tries a pattern
    that opens with a look-behind or ``\b`` at every position.
    """
    out: set[int] = set()
    for _, found in present(s, words):
        for i in found:
            if i == 0 or not (s[i - 1].isalnum() or s[i - 1] == "_"):
                out.add(i)
    return sorted(out)


# The words ADDRESS_CUE opens with, cut to what they share ("woon" of "woont", "woonadres").
_ADDRESS_CUE_STEMS: Final = cues(
    "woon",
    "wonend",
    "verhuis",
    "ingeschreven",
    "verblijft",
    "adres",
    "postadres",
    "huisadres",
    "bezoekadres",
)


def _cue_addresses(text: str, low: str) -> Iterator[re.Match[str]]:
    """The matches of ``ADDRESS_CUE.finditer(text)``, tried only at its cue words.

    Why: the engine would try the case-folded cue at every position; the cue words are
    rare, so matching where one opens a word finds the same matches.
    """
    if len(low) != len(text):
        yield from ADDRESS_CUE.finditer(text)
        return
    yield from matches_at(ADDRESS_CUE, text, _word_starts(low, _ADDRESS_CUE_STEMS))


# The words ADDRESS_LOWER_CUE opens with, cut to what they share ("adr" of "adres").
_LOWER_CUE_STEMS: Final = cues(
    "adr",
    "woon",
    "verhuis",
    "postadres",
    "bezoekadres",
    "klopt",
    "hoort",
    "past",
)
# The words ADDRESS_NUMBER_FIRST opens with (case-folded).
_NUMBER_FIRST_STEMS: Final = cues("nummer", "nr", "huisnummer")


def _lower_cue_addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``ADDRESS_LOWER_CUE.finditer(text)``, tried only at its cue words.

    Why: the pattern opens with a look-behind the engine tries at every position; its cue
    words are rare and a match starts on one, so matching there finds the same matches.
    """
    yield from matches_at(ADDRESS_LOWER_CUE, text, _word_starts(text, _LOWER_CUE_STEMS))


def _area_word(name: str) -> bool:
    """The last word of ``name`` is a neighbourhood or place the gazetteer knows."""
    word = name.rsplit(" ", 1)[-1]
    lex = lexicons()
    return (
        word in HAGUE_AREAS
        or word in lex.places
        or lex.gazetteer.kind.get(word) in ("place", "wijk")
    )


def _place_openings(text: str, pc_core: bool) -> list[int]:
    """Where ADDRESS_PLACE may open: in the run of name words (see _chain_openings) before
    the house number before each " te " or postcode shape.

    Why: its look-ahead wants " te " or a postcode right after the number, and the
    pattern opens with a look-behind the engine would try at every capital.
    """
    positions = [m.start() for m in _PC_CORE.finditer(text)] if pc_core else []
    i = text.find(" te ")
    while i >= 0:
        positions.append(i)
        i = text.find(" te ", i + 1)
    ends = []
    for p in positions:
        floor = _reach_floor(text, p)
        j = p
        while j > floor and text[j - 1] in " ,":
            j -= 1  # "Dreef 3, 2591 AB": the number ends before the comma
        # the house number's first part, a few words back at most ("3 bis", "12 t/m 14")
        end = j
        for _ in range(4):
            k = _token_start(text, j, floor)
            token = text[k:j]
            if token[:1].isdigit():
                end = j
            elif not (token.islower() or token in ("-", "–") or token in _ROMAN_PARTS):
                break  # the street's name: "Zomerland 3 bis"
            if k <= floor or text[k - 1] != " ":
                break
            j = k - 1
        ends.append(end)
    return _chain_openings(text, ends)


def _after_name_addresses(text: str) -> Iterator[re.Match[str]]:
    """The matches of ADDRESS_AFTER_NAME that follow a title and a name on their line."""
    for m in ADDRESS_AFTER_NAME.finditer(text):
        if _TITLE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            yield m


def _lower_case_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE, to be run on the lower-cased text.

    Why: case-insensitive matching folds every character it compares; on text that is
    already lower case the plain pattern finds the same spans two to three times faster.
    Only for patterns without a case-sensitive part (no ``[A-Z]``, no ``(?-i:``).
    """
    return regexes.compile(rx.pattern.removeprefix("(?i)"), rx.flags & ~re.IGNORECASE)


_TWINS: Final = {
    rx: _lower_case_twin(rx) for rx in (DATE_TEXT, DATE_NUM, DATE_GLUED, DATE_SHORT, DOSSIER_CUE)
}
# _TWINS by the id of the pattern, for the look-ups made per text.  Why: a compiled pattern
# hashes its whole compiled code at every dict look-up (5 us for DATE_TEXT), and the
# patterns here are module constants that live as long as the module.
_TWIN_OF: Final[dict[int, re.Pattern[str]]] = {id(rx): twin for rx, twin in _TWINS.items()}
_DOSSIER_CUE_TWIN: Final = _TWINS[DOSSIER_CUE]


def _without_weekday(rx: re.Pattern[str], weekday: str) -> re.Pattern[str]:
    """The lower-case twin of ``rx`` without its optional weekday ``weekday``."""
    twin = _TWINS[rx].pattern
    assert twin.count(weekday) == 1, rx.pattern[:60]
    return regexes.compile(twin.replace(weekday, ""))


# DATE_TEXT and DATE_NUM open with an optional weekday, so the engine tries them at every
# letter a weekday opens with; their days alone open with a digit.  The days are searched
# for, and a weekday before one is taken in by matching the whole pattern from it (see
# _weekday_led): the same matches.
_TEXT_WEEKDAY: Final = rf"(?:{_WEEKDAYS},?\s+(?:de\s+)?)?"
_NUM_WEEKDAY: Final = rf"(?:{_WEEKDAYS},?\s+)?"
# (keyed by the pattern's id, as _TWIN_OF)
_DAYS_FIRST: Final[dict[int, tuple[re.Pattern[str], re.Pattern[str]]]] = {
    id(DATE_TEXT): (
        _without_weekday(DATE_TEXT, _TEXT_WEEKDAY),
        regexes.compile(rf"(?<![^\W0])(?<![0-9][,.]){_WEEKDAYS},?\s+(?:de\s+)?$"),
    ),
    id(DATE_NUM): (
        _without_weekday(DATE_NUM, _NUM_WEEKDAY),
        regexes.compile(rf"(?<![\w./-]){_WEEKDAYS},?\s+$"),
    ),
}


def _weekday_led(rx: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """``_TWINS[rx].finditer(low)`` for DATE_TEXT or DATE_NUM, searched by their days.

    Why the same matches: the twin matches from a weekday only when its day follows the
    weekday's spaces, and there it reads the same day as the day alone; a weekday that
    stands right before a day found is matched whole from its start.
    """
    days, weekday_before = _DAYS_FIRST[id(rx)]
    whole = _TWIN_OF[id(rx)]
    pos = 0
    for m in days.finditer(low):
        s = m.start()
        w = weekday_before.search(low, max(pos, s - 40), s)
        if w is not None:
            led = whole.match(low, w.start())
            if led is not None and led.end() == m.end():
                pos = led.end()
                yield led
                continue
        pos = m.end()
        yield m


# DATE_SHORT opens with one of many words (a weekday, "op", "sinds", "afspraak", ...), so
# the engine tries it at nearly every word; its day and month open with a digit.  Where a
# day and month may start, the words before it are matched backwards (no digit stands in
# them), and the whole pattern from where they open (see _short_dates).
_SHORT_TWIN: Final = _TWINS[DATE_SHORT]
_SHORT_TWIN_PATTERN: Final = _SHORT_TWIN.pattern
_SHORT_OPENING: Final = regexes.compile(
    _SHORT_TWIN_PATTERN[: _SHORT_TWIN_PATTERN.index("(?P<dm>")] + "(?=[0-9])"
)
_DAY_MONTH_START: Final = regexes.compile(r"[0-9](?=[0-9]?[-/][0-9])")


def _short_dates(low: str) -> Iterator[re.Match[str]]:
    """``_TWINS[DATE_SHORT].finditer(low)``, searched from where a day and month may start.

    Why the same matches: the words that open a match hold no digit, so a match whose day
    starts at ``s`` opens after the last digit before ``s``; the leftmost such opening
    (the bracket alone, opening at ``s`` itself, comes last) is where finditer matches.
    """
    whole = _SHORT_TWIN
    pos = 0
    for c in _DAY_MONTH_START.finditer(low):
        s = c.start()
        if s < pos or s == 0:
            continue
        j = s - 1
        floor = max(pos, s - 60)
        while j >= floor and not low[j].isdigit():
            j -= 1
        m = None
        w = _SHORT_OPENING.search(low, j + 1, s + 1)
        if w is not None and w.end() == s:
            m = whole.match(low, w.start())
        elif low[s - 1] == "(":
            m = whole.match(low, s)  # "(12/3, via ...)": the bracket's own alternative
        if m is not None and m.start("dm") == s:
            pos = m.end()
            yield m


def _folded_finditer(rx: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a case-insensitive ``rx``, run as its twin on ``low``."""
    if len(low) == len(text) and id(rx) in _DAYS_FIRST:
        return _weekday_led(rx, low)
    if len(low) == len(text) and rx is DATE_SHORT:
        return _short_dates(low)
    if len(low) == len(text):
        return _TWIN_OF[id(rx)].finditer(low)
    return rx.finditer(text)


def _night_before(text: str, start: int) -> int | None:
    """Start of the first day of a night written before a date's day ("30/31 dec"), or None.

    Why the next day only: "6/7 24 mei" or "1/3 mei" are no nights; a night joins a day
    and the day after it (or the first of the month after its last days).
    """
    n = _NIGHT_BEFORE.search(text, max(0, start - 4), start)
    if not n:
        return None
    d1 = int(text[n.start() : start - 1])
    e = start
    while e < len(text) and text[e].isdigit():
        e += 1
    d2 = int(text[start:e]) if e > start else 0
    return n.start() if d2 == d1 + 1 or (d2 == 1 and d1 >= 28) else None


def _zero_padded_day(text: str, s: int) -> bool:
    """Whether the zero before a DATE_TEXT match at ``s`` pads its day ("06 februari")."""
    return text[s].isdigit() and not (s > 1 and (text[s - 2].isalnum() or text[s - 2] in "_.,"))


def _date_text_matches(text: str, low: str) -> Iterator[re.Match[str]]:
    """``DATE_TEXT.finditer(text)``, never starting inside a numeric date.

    Why: in "op 6.7.24 en 22 september" the day range "24 en 22 september" would swallow
    the year of "6.7.24"; the month-name date then starts at its own day.
    """
    m: re.Match[str] | None
    for m in _folded_finditer(DATE_TEXT, text, low):
        s = m.start()
        while m is not None and s and text[s - 1] == "0" and not _zero_padded_day(text, s):
            # "106 februari", "0ma 3 maart": the zero is part of something else; a day
            # range from the end of a case number ("ZSM-2024-11702 – 28 augustus")
            # leaves the date after it
            m = m.re.search(m.string, s + 1, m.end())
            s = m.start() if m else 0
        if not m:
            continue
        if s > 1 and text[s - 1] in "./-" and text[s - 2].isdigit():
            if _night_before(text, s):
                yield m  # "30/31 dec": find_structured adds the first day
                continue
            m = m.re.search(m.string, s + 1, m.end())
            if not m:
                continue
        yield m


# The month before the day, American style, after a time preposition: "sinds januari 12
# niet meer".  A count after it ("vanaf januari 12 uur per week", "per mei 3 kinderen")
# belongs to its noun, and "januari 2024" holds a year.
# The words MONTH_DAY_CUED opens with: it is tried only where one of them stands
_MONTH_DAY_CUES: Final = cues("sinds ", "op ", "per ", "vanaf ", "tot ", "t/m ")
MONTH_DAY_CUED: Final = regexes.compile(
    r"(?=[sopvt])(?<![\w])(?:sinds|op|per|vanaf|tot|t/m)[ ]"
    r"((?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|mrt|apr|aug|sept|okt|nov|dec)\.?[ ]([1-9]|[12][0-9]|3[01])(?:,?[ ](?:19|20)[0-9]{2}(?![0-9]))?)"
    r"(?![\w]|[.,:/-][0-9]|[ \t]*(?:%|x[ ]|[-–][ ]?[0-9])|[ \t]+(?:kilo|kg|uur|uren|u[ ]|keer|dag|week|weken|maand|jaar|"
    r"jaren|kind|euro|procent|person|mens|cli[eë]nt|gezin|minu|plek|aanmeld|meld|huishoud|"
    r"leerling|deelnemer|stuk|uitker|nacht|sessie|gesprek|afspra|bezoek|les|dossier|zaken|"
    r"casus|van[ ]de|t/m|tot|en[ ][0-9]|of[ ][0-9]))"
)


def _word_dates(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Dates written without digits: "achtentwintig mei", "maandag de achtste"."""
    if len(low) != len(text):
        return
    if has(low, "dag "):
        for m in DATE_WEEKDAY_DAY_WORD.finditer(low):
            yield m.start(), m.end(), "date", 62
    if " de " in low:
        for s, e in _ordinal_word_dates(text, low):
            yield s, e, "date", 63
        for s, e in _ordinal_day_dates(text, low):
            yield s, e, "date", 62
        if "ste" in low or has(low, "tiende") or has(low, "elfde") or has(low, "twaalfde"):
            for s, e in _high_ordinal_word_dates(text, low):
                yield s, e, "date", 62
    for s, e in _spelled_dates(text, low):
        yield s, e, "date", 63
    if has(low, "negentien") or has(low, "tweeduizend") or has(low, "twintig"):
        for s, e in _spoken_numeric_dates(low):
            yield s, e, "date", 63
    if has(low, "geb") or has(low, "date of birth"):
        for s, e in _spoken_birth_dates(low):
            yield s, e, "date", 63
    for m in matches_at(MONTH_DAY_CUED, low, cue_starts(low, _MONTH_DAY_CUES)):
        yield m.start(1), m.end(1), "date", 63


# Spoken data (see spoken_numbers): the stems of number words of ten or more, where a
# spelled house number may stand.
_BIG_NUMBER_STEMS: Final = cues("tig", "tien", "twaalf", "elf", "honderd", "duizend")
# The street before it: a lower-case word ending in a street word ("erasmusweg"), or a
# street word and a name joined by particles ("laan van meerdervoort").
_SPOKEN_STREET_WORD: Final = regexes.compile(rf"[a-z][a-zà-ÿ'’-]{{2,}}?{STREET_SUFFIX}")
_SPOKEN_STREET_OF: Final = regexes.compile(
    r"(?<![\w.])(?:laan|plein|kade|singel|weg|dreef|hof|burgwal|gracht|straat|park)"
    r"(?:[ ](?:van|de|der|den|het|'t|te|ter|ten|op|in))+[ ][a-zà-ÿ'’-]{3,}$"
)
# After an address cue the street needs no street word: "adres is melis stokelaan".
_SPOKEN_ADDRESS_CUE: Final = regexes.compile(
    r"(?<![\w])(?:(?:adres|woonadres|postadres|bezoekadres)(?:[ ]is)?:?"
    r"|(?:woont|woonde|verhuisd|verhuist)(?:[ ]nu)?(?:[ ](?:op|aan|naar)(?:[ ]de)?)?)[ ]"
    r"((?:(?:van|de|der|den|het|'t|ter|ten)[ ])*[a-zà-ÿ][a-zà-ÿ'’-]{2,}(?:[ ][a-zà-ÿ][a-zà-ÿ'’-]{2,})?)$"
)
# Words that end in a street word but name no street: "onderweg twintig minuten".
_NOT_SPOKEN_STREETS: Final = frozenset(
    ["onderweg", "halfweg", "zelfweg", "vergadering", "kinderen"]
)
# Street words that name a street wherever they stand; a word ending in another one
# ("zoetermeer", "kerkhof") is a street only after "op (de)", "aan (de)" or "naar (de)".
_STRONG_STREET_WORDS: Final = (
    "straat",
    "laan",
    "kade",
    "weg",
    "plein",
    "gracht",
    "singel",
    "dreef",
    "steeg",
)
_TO_STREET: Final = regexes.compile(r"(?<![\w])(?:op|aan|naar|langs)(?:[ ]de)?[ ][a-zà-ÿ'’-]+$")
# Units and singular counted nouns after a number word: "hoofdstraat vijftig meter verder".
_SPOKEN_UNITS: Final = frozenset(
    ["meter", "kilometer", "kilo", "gram", "liter", "graden", "cent", "man"]
)
_POSTCODE_CUE_AFTER: Final = regexes.compile(r",?[ ](?:postcode|pc)?:?[ ]?")


_STREET_NAME_PARTICLES: Final = frozenset(
    ["van", "der", "den", "de", "het", "'t", "ter", "ten", "la"]
)
_CAPITAL_STREET_PARTICLES: Final = frozenset(["De", "Van", "La", "Le", "Ter", "Ten", "Den", "Het"])
# Capitalised words before a street that are no part of its name: titles, cues, greetings.
_NOT_STREET_NAME_WORDS: Final = frozenset(
    ["mevrouw", "meneer", "mw", "dhr", "mevr", "familie", "fam", "adres", "woonadres", "bij"]
    + ["op", "aan", "naar", "in", "de", "het", "een", "ik", "hij", "zij", "ze", "wij", "we"]
    + ["hallo", "hoi", "dag", "beste", "nieuw", "oud", "postadres", "bezoekadres", "huisbezoek"]
)


def _capital_street_start(text: str, q: int) -> int:
    """Start of a capitalised street name whose last word starts at ``q``.

    One capitalised word before it, perhaps joined by particles ("Juliana van Stolberglaan",
    "Aart van der Leeuwlaan", "Jan Blankenstraat"); not a neighbourhood, place or
    organisation named before the street ("in Bezuidenhout Theresiastraat ...").
    """
    start = i = q
    lex = lexicons()
    while True:
        j = i - 1
        if j < 1 or text[j] != " ":
            return start
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        word = text[k:j]
        if word in _STREET_NAME_PARTICLES:
            i = k
            continue
        if word in _CAPITAL_STREET_PARTICLES and text[j + 1 : j + 2].islower():
            start = i = k  # "De la Reyweg", "Van der Vennestraat"
            continue
        if not word and k > 2 and text[k - 1] == "." and text[k - 3 : k - 1] in ("Dr", "Mr", "St"):
            return k - 3  # "Dr. Lelykade"
        if (
            not word
            or not word[0].isupper()
            or word.isupper()
            or word.lower() in _NOT_STREET_NAME_WORDS
            or word in HAGUE_AREAS
            or word in lex.places
            or word in lex.orgs
            or lex.gazetteer.kind.get(word) in ("org", "place", "wijk")
            or text[max(0, k - 4) : k] == "des "
            or (text[max(0, k - 9) : k].lower().split() or [""])[-1] in _TITLE_BEFORE_NAME
        ):
            return start  # "mevrouw Georgiev van de Dedemsvaartweg": her name, then the street
        return k


# Titles before a person's name, never part of a street's ("mevrouw Georgiev van de ...").
_TITLE_BEFORE_NAME: Final = frozenset(
    ["mevrouw", "meneer", "mevr.", "mw.", "mw", "dhr.", "dhr", "heer", "fam.", "familie"]
)


# The small number words a house number may be, and the street words it may follow.
_SMALL_NUMBER_WORDS: Final = cues("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_STREET_WORDS: Final = tuple(
    w for w in re.sub(r"[()?:\s]", "", STREET_SUFFIX).split("|") if w.isalpha()
)


def _spoken_number_starts(low: str) -> list[int]:
    """Sorted starts of the words where a spoken house number may begin.

    Why two scans: a number word of ten or more holds a rare stem ("tig", "honderd")
    found anywhere; a small one ("zes") is looked at only right after a street word.
    """
    starts = set()
    for _, found in present(low, _BIG_NUMBER_STEMS):
        for p in found:
            while p > 0 and low[p - 1].isalpha():
                p -= 1
            starts.add(p)
    n = len(low)
    for w, found in present(low, _SMALL_NUMBER_WORDS):
        j = 0  # after a word looked at, the next occurrence starts after it
        for i in found:
            if i < j or i == 0 or low[i - 1] != " ":
                continue
            i -= 1
            j = i + 1 + len(w)
            if j == n or not low[j].isalnum():
                # "gaslaan negen", "plein zes b", "laan nummer negen", "fultonstraat, vier",
                # "lindelaan, nummer negen", "kerkweg eh zes"
                e0 = _before_fillers(low, i)
                k = low.rfind(" ", 0, e0) + 1
                if low.endswith(_STREET_WORDS, k, e0):
                    starts.add(i + 1)
    return sorted(starts)


_ADDRESS_WORD_NEAR: Final = regexes.compile(
    r"adres|woon|verhuis|(?:laan|plein|kade|singel|weg|dreef|hof|burgwal|gracht|straat|park)[ ]"
)


_FILLERS: Final = (" eh", " ehm", " uh", " uhm", " euh")


def _before_fillers(low: str, q: int) -> int:
    """Where the words before a spoken house number end, past what a speaker puts between
    street and number: "nummer", a comma for a pause, "eh" ("Kempstraat eh honderdtwaalf",
    "Steenhouwersgaarde, ehm, driehonderdzestien", "dedemsvaartweg, nummer tweeënzestig").
    ``q`` is the space before the number."""
    while True:
        if low.endswith(" nummer", 0, q):
            q -= 7
        elif low[q - 1 : q] == ",":
            q -= 1
        else:
            for f in _FILLERS:
                if low.endswith(f, 0, q):
                    q -= len(f)
                    break
            else:
                return q


def _may_be_spoken_address(low: str, p: int) -> bool:
    """A cheap test before reading a house number at ``p``: a street word right before it
    (perhaps with "nummer" between) or an address word in the sixty characters before.

    Why: number words are common ("zelf", "prettig", "twee"); _spoken_addresses looks
    for one of these before it anyway, with costlier patterns.
    """
    q = _before_fillers(low, p - 1)
    k = low.rfind(" ", 0, q) + 1
    if low.endswith(_STREET_WORDS, k, q):
        return True
    return _ADDRESS_WORD_NEAR.search(low, max(0, q - 60), q) is not None


def _spoken_addresses(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Addresses whose house number is spelled out: "op de erasmusweg honderdtwaalf".

    Why a street word or a cue: a number word after any other word is a count or an
    age ("ze is zeventig"); after a street ("kempstraat zesentachtig") it is the house
    number, unless a unit or a counted noun follows ("onderweg twintig minuten").
    """
    last_p = -1
    for p in _spoken_number_starts(low):
        if p == last_p or p < 1 or low[p - 1] != " ":
            continue
        last_p = p
        if not _may_be_spoken_address(low, p):
            continue
        end = spoken_house_number(low, p)
        year = spoken_year(low, p) if end is not None else None
        if end is None or (year is not None and year >= end):
            continue  # "sinds tweeduizend negentien": a year
        nxt = low[end : end + 24].split()
        after = nxt[0].strip(".,;:()") if nxt else ""
        if after and (
            after in NOT_HOUSE_FOLLOWERS
            or after in _SPOKEN_UNITS
            or (_COUNTED_AFTER.fullmatch(after) and after not in _NOT_COUNTED)
            or after in _MONTH_WORDS
        ):
            continue
        # "Erasmusweg nummer honderdeenenvijftig C"; a pause said as a comma or "eh"
        # ("Gaslaan, honderdtwintig bee", "Kempstraat eh honderdtwaalf") only after a street
        q0 = _before_fillers(low, p - 1)
        if (
            low[q0 : p - 1] not in ("", " nummer")
            and not low.endswith(_STREET_WORDS, low.rfind(" ", 0, q0) + 1, q0)
            and not _SPOKEN_STREET_OF.search(low, max(0, q0 - 60), q0)
        ):
            continue
        window = low[max(0, q0 - 60) : q0]
        off = max(0, q0 - 60)
        start = -1
        c = _SPOKEN_ADDRESS_CUE.search(window)
        if c and not any(w in _NOT_LOWER_STREET for w in c.group(1).split()):
            start = off + c.start(1)
        else:
            last = window.rsplit(" ", 1)[-1].lstrip("(\"'“")
            q = q0 - len(last)
            if (
                last not in _NOT_SPOKEN_STREETS
                and last not in _NOT_LOWER_STREET
                and _SPOKEN_STREET_WORD.fullmatch(last)
                and (
                    last.endswith(_STRONG_STREET_WORDS)
                    or _TO_STREET.search(window)
                    or (q >= 0 and text[q].isupper())  # "Diamanthorst driehonderdzestien"
                )
            ):
                start = _lower_street_start(low, q)
                if text[q].isupper():
                    start = _capital_street_start(text, q)  # "Juliana van Stolberglaan"
                elif not text[start:q].islower():
                    start = q  # "Sara hobbemastraat": a capitalised name is no part of it
            else:
                o = _SPOKEN_STREET_OF.search(window)
                if o:
                    start = off + o.start()
        if start < 0:
            continue
        yield start, end, "address", 75
        pc = _POSTCODE_CUE_AFTER.match(low, end)
        if pc:
            pe = spoken_postcode(low, pc.end())
            if pe:
                yield pc.end(), pe, "postcode", 60


_POSTCODE_WORD: Final = regexes.compile(r"(?<![\w])(?:postcode|pc)(?:[ ]is)?:?[ ]")
# "wat is uw postcode?\n[00:00:29] Beller: ": the answer after a speaker's label
_POSTCODE_ASKED: Final = regexes.compile(
    r"postcode\?[ \t]*\n(?:\[[0-9:]+\][ \t]*)?[^\n:]{0,30}:[ \t]*(?:eh[ ,]+)?"
)

# Numbers dictated after their label, in words or in words and digit groups mixed: "bsn
# zeven een vijf 694 170", "telefoon is zes een vier ...", "klantnummer vijf vijf drie nul".
_SAID: Final = r"(?:[ ](?:is|was|dat[ ]is|nummer))*(?:[ ](?:eh|ehm|uh))*:?[ ]"
_SPOKEN_BSN_CUE: Final = regexes.compile(
    rf"(?=[bs])(?<![\w])(?:bsn|burgerservicenummer|sofinummer)(?:[- ]?nummer)?[?\"”]*:?{_SAID}"
)
# What may follow a phone or case-number label before the number ("van haar", "bij eneco").
_PHONE_TAIL: Final = regexes.compile(rf"(?:[ ]van[ ](?:haar|hem|mij|mevrouw|meneer))?{_SAID}")
_ID_TAIL: Final = regexes.compile(rf"(?:[ ]bij[ ](?:de[ ]|het[ ])?[a-z]{{2,20}})?{_SAID}")
_PHONE_WORDS: Final = frozenset(["telefoon", "telefoonnummer", "mobiel", "nummer", "tel"])
_NOT_ID_CUE: Final = (
    "telefoon",
    "huis",
    "burgerservice",
    "sofi",
    "rekening",
    "iban",
    "pas",
    "mobiel",
)
# A code before a dictated number: letters spelled ("w m o") or a capital code ("KOT").
_SPELLED_CODE: Final = regexes.compile(
    r"hekje[ ]|(?:[a-z][ ]){2,4}(?:(?:schuine[ ])?streep(?:je)?[ ]|slash[ ])?"
    r"|[a-z]{2,4}[ ](?=[0-9]|[a-z]+[ ][a-z])"
    r"|[a-z][ ](?=(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|twintig|tweeduizend)\b)"
)
_CAPS_CODE_AFTER: Final = regexes.compile(r"[ ][A-Z]{2,4}[ ](?=[a-z])")
# Words between a far BSN cue and its number: "bsn staat op de brief dat is eh ...".
_WORD_GAP: Final = regexes.compile(r"[a-zà-ÿ]+[,:]?[ ]")
# Seven or more digit words in a row: a number read out digit by digit.
_UNIT: Final = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_UNIT_RUN: Final = regexes.compile(rf"(?<![\w]){_UNIT}(?:,?[ ]{_UNIT}){{6,}}(?![\w])")
# The zero said after a phone number read without it: "... plus nul ervoor", "met nul zes ervoor".
_ZERO_AFTER: Final = regexes.compile(
    r",?[ ](?:met|plus|en)[ ](?:een[ ])?nul(?:[ ][a-zé]+){0,2}[ ]ervoor(?![\w])"
)
# Words before a number to call: "bellen op", "bereikbaar op", "bel me op".
_CALL_ON_BEFORE: Final = regexes.compile(
    r"(?:bellen|bel|belt|bereikbaar|bereiken)(?:[ ](?:mij|me|haar|hem|ons|u))?[ ]op[ ]$"
)
_PHONE_CUE_NEAR: Final = regexes.compile(r"(?:telefoon|mobiel|nummer|tel|bellen|bel|bereikbaar|06)")


def _digit_word_runs(low: str) -> Iterator[tuple[int, int, str, int]]:
    """Phones and BSNs read out digit by digit without a label right before them.

    "bereikbaar op zes vijf drie nul acht een een twee plus nul ervoor": the zero said
    after it, or "bellen op" before it, makes the run a phone; nine digits that pass the
    eleven test and have no phone word near are a citizen service number ("van de brief
    overgenomen: zes vijf drie ...").
    """
    for m in _UNIT_RUN.finditer(low):
        digits = "".join(str(UNITS[w]) for w in re.findall(r"[a-zé]+", m.group()))
        s, e = m.span()
        if _ZERO_AFTER.match(low, e) or (
            _CALL_ON_BEFORE.search(low, max(0, s - 24), s)
            and digits[0] in "06"
            and 8 <= len(digits) <= 10
        ):
            yield s, e, "phone", 70
        elif (
            len(digits) == 9
            and _elf_ok(digits)
            and not _PHONE_CUE_NEAR.search(low, max(0, s - 30), s)
        ):
            yield s, e, "bsn", 86


def _elf_ok(d: str) -> bool:
    """The eleven test of a citizen service number."""
    if len(d) != 9 or d[0] == "0" and d[1] == "0":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def _spoken_cued(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """BSN, phone and case numbers dictated after their label (see _SPOKEN_BSN_CUE).

    Why a word token or groups: a plain "bsn 123456782" is the digit patterns' work; a
    run of words and groups is only read where its label says what it is, and a far
    BSN cue needs the eleven test.
    """
    if has(low, "bsn") or has(low, "sofinummer") or has(low, "burgerservicenummer"):
        m: re.Match[str] | None
        for m in _SPOKEN_BSN_CUE.finditer(low):
            r = mixed_number(low, m.end(), 9)
            if r and len(r[1]) == 9 and " " in low[m.end() : r[0]]:
                yield m.end(), r[0], "bsn", 88
                continue
            p = m.end()
            for _ in range(9):
                g = _WORD_GAP.match(low, p)
                if not g:
                    break
                p = g.end()
                r = mixed_number(low, p, 9)
                if r and _elf_ok(r[1]) and " " in low[p : r[0]]:
                    yield p, r[0], "bsn", 88
                    break
    for ws, se in _stem_hits(low, _PHONE_STEMS):
        if low[ws:se] not in _PHONE_WORDS:
            continue
        m = _PHONE_TAIL.match(low, se)
        if not m or m.end() >= len(low) or not low[m.end()].isalnum():
            continue
        r = mixed_number(low, m.end(), 10)
        if (
            not r
            or " " not in low[m.end() : r[0]]
            or (low[m.end()].isdigit() and not any(c.isalpha() for c in low[m.end() : r[0]]))
        ):
            continue
        d = r[1]
        if (d[0] == "6" and len(d) in (9, 10)) or (d[0] == "0" and len(d) == 10):
            yield m.end(), r[0], "phone", 70
    for ws, se in _stem_hits(low, _ID_STEMS):
        word = low[ws:se]
        if word.startswith(_NOT_ID_CUE):
            continue
        # a bare "nummer" before a capital code ("nummer NVB twee nul ...") or seven digits
        bare = word.endswith("nummer") and len(word) < 9 and not _CAPS_CODE_AFTER.match(text, se)
        if bare and _BARE_NUMBER_NOT_AFTER.search(low, max(0, ws - 16), ws):
            continue
        m = _ID_TAIL.match(low, se)
        if not m or m.end() >= len(low) or not low[m.end()].isalnum():
            continue
        p = m.end()
        c = _SPELLED_CODE.match(low, p)
        coded = False
        if c and (c.group()[1] == " " or text[p : c.end() - 1].isupper() or c.group() == "hekje "):
            p = c.end()
            coded = True
        r = mixed_number(low, p, 16)
        if not r or " " not in low[p : r[0]] or len(r[1]) < 5:
            continue
        has_word = any(ch.isalpha() for ch in low[p : r[0]])
        if not has_word and len(r[1]) < 7:
            continue
        if r[1].startswith("0") and len(r[1]) == 10:
            continue  # a phone number read out after "nummer"
        if bare and not coded and (len(r[1]) < 7 or not has_word):
            continue
        yield m.end(), r[0], "dossier", 72


_PHONE_STEMS: Final = cues("nummer", "telefoon", "mobiel", "tel")
_ID_STEMS: Final = cues("nummer", "kenmerk", "dossier", "referentie", "casus", "zaak")


def _stem_hits(low: str, stems: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(word start, end) of every word ending in one of ``stems`` ("klantnummer").

    Why by str.find: the labels are rare words; a regex with a letter run before them
    would be tried at every letter of every text.
    """
    for stem, found in present(low, stems):
        e = 0  # the next occurrence looked at starts after this one
        for i in found:
            if i < e:
                continue
            e = i + len(stem)
            if e == len(low) or not (low[e].isalpha() or low[e] in "-_"):
                ws = i
                while ws > 0 and (
                    "a" <= low[ws - 1] <= "z" or low[ws - 1] in "àáâäèéêëìíîïòóôöùúûü"
                ):
                    ws -= 1
                if ws == 0 or not low[ws - 1].isalnum():
                    yield ws, e


# The day of a date right after a case number, which the number's pattern took along:
# "dossier SHV-2024-01177 14 februari"
_DAY_OF_NEXT_DATE: Final = regexes.compile(r"(?<=[0-9])[ ][0-9]{1,2}$")
_MONTH_NAME_AFTER: Final = regexes.compile(
    r"[ ]+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b"
)
# A date of birth said as three numbers after its cue, perhaps on the caller's next turn:
# "geboren elf elf zevenendertig", "geboortedatum\ncliënt: eh vijftien vijf vijfentachtig"
_BIRTH_SAID_CUE: Final = regexes.compile(
    r"(?:geboren|geboortedatum|geb\.)[ :,?]*(?:\n(?:\[[0-9:]+\][ ]*)?[^\W0-9_]+(?:[ ][^\W0-9_]+)?:)?"
    r"[ ]*(?:(?:eh|ehm|uh)[ ,.]+)?(?=[a-zé])"
)
_SAID_NUMBER: Final = regexes.compile(r"[a-zéë]+")


def _number_word_at(low: str, pos: int) -> tuple[int, int] | None:
    """(value, end) of the number word at ``pos``, or None."""
    w = _SAID_NUMBER.match(low, pos)
    v = word_value(w.group()) if w else None
    return None if w is None or v is None else (v, w.end())


def _after_pause(low: str, end: int) -> int:
    """The position after a space or a comma said between two numbers (and one more space)."""
    pos = end + 1 if low[end : end + 1] in (" ", ",") else end
    return pos + 1 if low[pos : pos + 1] == " " else pos


def _said_birth_dates(low: str) -> Iterator[tuple[int, int]]:
    """Dates of birth said as day, month and year in number words after their cue (see
    _BIRTH_SAID_CUE): a day up to 31, a month up to 12, a year of two digits or four."""
    for cue in _BIRTH_SAID_CUE.finditer(low):
        day = _number_word_at(low, cue.end())
        month = _number_word_at(low, _after_pause(low, day[1])) if day else None
        if day is None or month is None or not (1 <= day[0] <= 31 and 1 <= month[0] <= 12):
            continue
        pos = _after_pause(low, month[1])
        end = spoken_year(low, pos)  # "negentien eenenvijftig", "negentienhonderd drieënveertig"
        if not end:
            year = _number_word_at(low, pos)
            if year is None or not (year[0] <= 99 or 1900 <= year[0] <= 2030):
                continue
            end = year[1]
        yield cue.end(), end


# quick tests of _spoken_data, read from the text's cue index, not by a scan
_SPOKEN_TEST_WORDS: Final = cues("nummer\n", "nummer?\n")


def _spoken_data(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Phones, house numbers and postcodes spelled out in words by speech-to-text."""
    if len(low) != len(text):
        return
    for s, e in spoken_phones(low):
        yield s, e, "phone", 70
    if has(low, "nul") or "0" in low:
        for s, e in spoken_mixed_phones(low):
            yield s, e, "phone", 71
    if (
        has(low, "nl ")
        or has(low, "n l ")
        or has(low, "en el ")
        or has(low, "n l, ")
        or has(low, "nl, ")
    ):
        for s, e in spoken_ibans(low):
            yield s, e, "iban", 92
    if (
        has(low, "staart")
        or has(low, "at-teken")
        or has(low, "at teken")
        or has(low, " at ")
        or has(low, " et ")
    ):
        for s, e in spoken_emails(low):
            yield s, e, "email", 100
    yield from _spoken_addresses(text, low)
    yield from _spoken_cued(text, low)
    if has(low, "geb"):
        for s, e in _said_birth_dates(low):
            yield s, e, "date", 52
    if has(low, "zes") or has(low, "nul") or has(low, "twee"):
        yield from _digit_word_runs(low)
    if has(low, "postcode ") or has(low, "pc "):
        for m in _POSTCODE_WORD.finditer(low):
            pe = spoken_postcode(low, m.end())
            if pe:
                yield m.end(), pe, "postcode", 60
    if has(low, "huisnummer") or has(low, "nummer\n") or has(low, "nummer?\n"):
        yield from _answered_fields(low)
    if has(low, "postcode?"):
        for m in _POSTCODE_ASKED.finditer(low):
            pe = spoken_postcode(low, m.end())
            if pe:
                yield m.end(), pe, "postcode", 60  # asked, then answered on the next line


# A question for a house number or a file's number that ends its line, and the speaker's
# label (timestamps, brackets, a name and a colon) that opens the answer on the next line:
# "Intake: en het huisnummer\nBeller: achtentachtig", "[intake] en het klantnummer\n
# 00:00:21 [beller] 4100 882 615".
_FIELD_ASKED: Final = regexes.compile(
    r"(?<![\w-])(huisnummer|(?:klant|dossier|zaak|cliënt|client|relatie|referentie|aanvraag|"
    r"polis|debiteur|klanten)nummer)[ \t]*\??[ \t]*\n"
    r"(?:[ \t]*(?:\[[^\]\n]{1,30}\]|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[,.][0-9]{1,3})?|"
    r"[a-zà-ÿ][^\n:\[\]]{0,24}:))+[ \t]*(?:(?:eh|ehm|uh)[ ,]+)?"
)
# A file's number said as digits in groups: "4100 882 615", "77120934".
_ANSWER_DIGITS: Final = regexes.compile(r"[0-9]{2,}(?:[ .-]?[0-9]{2,}){0,4}(?![\w]|[.,-][0-9])")
_ANSWER_HOUSE: Final = regexes.compile(
    r"[1-9][0-9]{0,4}(?:[ -]?[a-z](?![\w]))?(?![\w]|[.,/-][0-9])"
)


def _answered_fields(low: str) -> Iterator[tuple[int, int, str, int]]:
    """A house number or a file's number given as the answer to a question for it.

    Why: in a transcribed call the question names the field and the next speaker says
    only the number ("achtentachtig", "4100 882 615"); alone, such a number is a count.
    """
    for m in _FIELD_ASKED.finditer(low):
        p = m.end()
        if m.group(1) == "huisnummer":
            if "postcode" in low[low.rfind("\n", 0, m.start()) + 1 : m.start()]:
                continue  # "postcode en huisnummer": the postcode is said first
            n = _ANSWER_HOUSE.match(low, p)
            end = n.end() if n else spoken_house_number(low, p)
            if end is not None and end > p:
                yield p, end, "address", 58
        else:
            n = _ANSWER_DIGITS.match(low, p)
            if n and sum(c.isdigit() for c in n.group()) >= 5:
                yield p, n.end(), "dossier", 58


_CELL_BEFORE: Final = regexes.compile(r"[ \t]*[|\t][ \t]*$")
_CELL_END: Final = regexes.compile(r"[ \t]*(?:[|\t]|$|\n)")


def _next_cell_after_address(text: str, start: int, end: int, address_ends: set[int]) -> bool:
    """Whether a postcode fills the table cell right after an address found.

    Why: in "| Parallelweg 66-hs | 2525 na" the cell after the street holds its postcode,
    also when its letters are a word ("na"); a cell of its own rules out "66 | 2 na".
    """
    c = _CELL_BEFORE.search(text, max(0, start - 8), start)
    return c is not None and c.start() in address_ends and bool(_CELL_END.match(text, end))


# The characters a phone number opens with ("+31", "06", "(070)"): every PHONE match
# starts on one, so matching only there finds what PHONE.finditer finds.  (With PHONE's
# own look-behinds after it: the zeros inside numbers and words are passed over in the
# engine, not matched one by one in Python.)
_PHONE_FIRST: Final = regexes.compile(r"[+0(](?<![\w+][+0(])(?<![0-9]:[+0(])")
# Two digits in a row with a letter two before them: where an IBAN's check digits may stand
# (_iban_starts tests the letters with str.isalpha; every letter is one of [^\W0-9_], so
# the look-behind drops only pairs it would drop, in the engine rather than in a loop).
_DIGIT_PAIR: Final = regexes.compile(r"[0-9](?<=[^\W0-9_][\s\S][0-9])(?=[0-9])")


def _phone_matches(text: str) -> Iterator[re.Match[str]]:
    """PHONE matches; a match with a digit count no phone has does not hide the next one.

    Why: in "14 010 / 06 1099 3382" the city line and the start of the mobile make
    "010 / 06 1099", nine digits and no phone; the mobile after the slash must still be seen.
    """
    pos = 0
    for p in (c.start() for c in _PHONE_FIRST.finditer(text)):
        if p < pos:
            continue
        m = PHONE.match(text, p)
        if m:
            g = m.group()
            if "/" in g and not g.startswith(("+", "00")) and len(_digits(g)) < 10:
                continue  # "010 / 06 1099": leave the number after the slash free
            pos = m.end()
            yield m


# A Dutch IBAN read out or typed in pairs: "NL 92 INGB 88 19 76 57 53", "nl10 abna 29 ...".
IBAN_NL_SPACED: Final = regexes.compile(
    r"[Nn](?<![\w][Nn])[Ll][ ]?[0-9][ ]?[0-9][ ]?[A-Za-z]{4}(?:[ ]?[0-9]){10}(?![\w]|[ ]?[0-9])"
)


def _iban_starts(text: str) -> list[int]:
    """Every position where IBAN may match: two letters, maybe a separator, two digits.

    Why from the digits: the pattern opens with a look-behind and letters, tried at every
    position; two digits in a row are far rarer than letters.
    """
    starts: set[int] = set()
    for d in _DIGIT_PAIR.finditer(text):
        q = d.start()
        for s in (q - 2, q - 3):
            if s >= 0 and text[s].isalpha() and text[s + 1].isalpha():
                starts.add(s)
    return sorted(starts)


# "MEE/24/669": a code with a case number of five digits in all (DOSSIER_PATTERNS)
_CODE_YEAR_SERIAL: Final = regexes.compile(r"[A-Z]/[0-9][0-9]/[0-9]{3}")
_SLASH_MONTH: Final = regexes.compile(r"/(?:0?[1-9]|1[0-2])(?![0-9])")


def _bracketed_addresses(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Streets without a street word in brackets (see ADDRESS_IN_BRACKETS).

    Why these checks: "(Ahmed 12)" or "(zoon, Yonas 12)" give a child's age, "(groep 7)"
    or "(laptop, Windows 11)" a number of a thing; a street name is no name, no ordinary
    word and no place, and a bare number needs the description before it.
    """
    lex = lexicons()
    for m in ADDRESS_IN_BRACKETS.finditer(text):
        word = m.group(2)
        lw = word.lower()
        number = m.group(3)
        if (
            lw in _NOT_STREET_WORDS
            or lw in _DM_NOT_AFTER_WORDS
            or lw in _NOT_BRACKET_STREETS
            or lw in _MONTH_WORDS
            or word in lex.first_names
            or word in lex.surnames
            or word in lex.places
            or lex.is_word(word, compounds=False)
        ):
            continue
        if _PLAIN_HOUSE_NUMBER.fullmatch(number):
            desc = m.group(1)
            if not desc or not _LOWER_WORD.search(desc) or _YEAR_ONLY.fullmatch(number):
                continue
        yield m.start(2), m.end(3), "address", 74


# A street without a street word, its number, a comma and the place: "Rapenburg 103, Leiden",
# "Oude Rijn 12-III, Leiden"; _comma_place_addresses checks the place and the street word.
_COMMA_PLACE: Final = regexes.compile(r",[ ]([A-ZÀ-Þ'][\w'’-]*(?:[ ][\w'’-]+){0,3})")
_DIGIT_BEFORE_COMMA: Final = regexes.compile(r"[0-9][\w-]{0,6}$")
_STREET_BEFORE_COMMA: Final = regexes.compile(
    rf"(?<![\w.-])((?:(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Groot|Klein|Achter|Voor)[ ])?"
    rf"[A-ZÀ-Þ][a-zà-ÿ'’]{{3,}})[ ]({_HOUSE_NUMBER})$"
)


# A postcode after its label right behind an address found: "rijswijkseweg 112-iii postcode
# 2516 en"; after both, even letters that make a word ("en") are the postcode's.
_PC_LABEL_AFTER_ADDRESS: Final = regexes.compile(
    r",?[ ](?i:postcode|pc)[ :]+([1-9][0-9]{3}[ ]?(?!sa|sd|ss|SA|SD|SS)[A-Za-z]{2})(?![\w])"
)
# A house number of four digits followed by two letters is a postcode's digits: in
# "copernicusstraat 176 in valkenboskwartier 2561 vv" the neighbourhood has no house number.
_PC_AFTER_FOUR: Final = regexes.compile(
    r"(?<![0-9])[1-9][0-9]{3}[ ]?(?!sa|sd|ss)([a-z]{2})(?![\w])", re.I
)
_HOUSE_LETTER_CODES: Final = frozenset(["hs", "bg", "rd", "zw", "hg", "bv", "iv"])

# A lower-case street of a street word, particles and a name: "laan van meerdervoort 1620",
# "laan van hoornwijck 88", "kade van de ... 3" (the capitalised form is in ADDRESS).
_LOWER_OF_HEADS: Final = cues(
    "laan ", "plein ", "kade ", "singel ", "dreef ", "burgwal ", "gracht "
)
ADDRESS_LOWER_OF: Final = regexes.compile(
    r"(?=[lpksdbg])(?<![\w.])((?:laan|plein|kade|singel|dreef|burgwal|gracht)[ ]"
    r"(?:(?:van|v\.|de|der|den|het|'t|te|ter|ten|op|in)[ ])+"
    r"([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?:[ ](?:en[ ])?[a-zà-ÿ][a-zà-ÿ'’-]{2,})??)"
    rf"[ ]{_NUMBER_WORD}{_HOUSE_NUMBER}(?![\w])"
)
# A street named by a street word alone, capitalised in running text: "sleutel Mient 212
# hangt", "Kaya, Mient 212: ...".  Only words that Dutch towns use as a whole street name.
ADDRESS_WORD_STREET: Final = regexes.compile(
    r"(?<![\w.-])((?:Mient|Dreef|Brink|Singel|Kade|Gracht|Voorhout|Burgwal|Kaai|Vest))"
    rf"[ ]{_HOUSE_NUMBER}(?![\w])"
)
_WORD_STREET_CORE: Final = regexes.compile(
    r"(?:Mient|Dreef|Brink|Singel|Kade|Gracht|Voorhout|Burgwal|Kaai|Vest) [0-9]"
)


def _round21_addresses(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Lower-case "laan van ..." streets and streets named by a street word alone.

    Why these checks: the name after "laan van" is no ordinary word ("de weg van de
    minste"), the number no year ("plein van 1813"), and no count follows ("12 jaar").
    """
    lex = lexicons()
    matches: list[re.Match[str]] = []
    if len(low) == len(text) and has_any(low, _LOWER_OF_HEADS):
        for m in ADDRESS_LOWER_OF.finditer(low):
            name = m.group(1).split(" ")[2:]
            if all(w in FUNCTION_WORDS or lex.is_word(w, compounds=False) for w in name):
                continue  # "de laan van de toekomst 3": ordinary words, no street name
            matches.append(m)
    if _WORD_STREET_CORE.search(text):
        matches.extend(ADDRESS_WORD_STREET.finditer(text))
    for m in matches:
        number = text[m.end(1) :].lstrip()[:4]
        if number.isdigit() and number[:2] in ("19", "20"):
            continue
        after = text[m.end() : m.end() + 20].split()
        if after and (
            after[0].strip(".,;:()").lower() in NOT_HOUSE_FOLLOWERS
            or after[0].rstrip(".,;:)").lower() in _MONTH_WORDS
        ):
            continue
        yield m.start(1), m.end(), "address", 74


def _comma_place_addresses(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Streets without a street word before a comma and a place ("Rapenburg 103, Leiden").

    Why these checks: "Dennis 34, Leiden" gives an age, "Groep 7, Utrecht" or "Ajax 2,
    Feyenoord 1" a class or a score; the street name is no name, no ordinary word and no
    place, its number no year, and the words after the comma begin with a known place.
    """
    lex = lexicons()
    for m in _COMMA_PLACE.finditer(text):
        if not _DIGIT_BEFORE_COMMA.search(text, max(0, m.start() - 8), m.start()):
            continue
        words = m.group(1).split(" ")
        if not any(" ".join(words[:k]).rstrip(".,;:)") in lex.places for k in range(1, 5)):
            continue
        comma = m.start(1) - 2
        st = _STREET_BEFORE_COMMA.search(text, max(0, comma - 60), comma)
        if not st or "\n" in text[st.start() : comma]:
            continue
        word = st.group(1).rsplit(" ", 1)[-1]
        lw = word.lower()
        number = st.group(2)
        if (
            lw in _NOT_STREET_WORDS
            or lw in _DM_NOT_AFTER_WORDS
            or lw in _NOT_BRACKET_STREETS
            or lw in _MONTH_WORDS
            or word in lex.first_names
            or word in lex.surnames
            or word in lex.places
            or word in lex.orgs
            or lex.is_word(word, compounds=False)
            or _YEAR_ONLY.fullmatch(number)
        ):
            continue
        yield st.start(1), st.end(2), "address", 74


# A group of four digits right before a number ("5512 0030 8891 2277"): the number goes on
# from it and is no phone.  A capital code right before it ("ZK 221 773 009"): a reference.
_GROUP_BEFORE: Final = regexes.compile(r"[^\w.,/+-][1-9][0-9]{3}[ ]")
_CODE_BEFORE: Final = regexes.compile(r"(?<![\w.-])[A-Z]{2,5}[ ]$")


# An organisation's PO box with the postcode that belongs to it: "Postbus 30412, 2500 GK",
# "Postbus 1014\n3000 BA Rotterdam", "Antwoordnummer 1234, 2500 VB".  A PO box is an
# organisation's mail room: its postcode says nothing about where a person lives.
PO_BOX: Final = regexes.compile(
    r"(?i:postbus|antwoordnummer)[ \t]+[0-9]{1,6}(?![\w])"
    r"(?:[ \t]*[,|\n·•–-][ \t]*[1-9][0-9]{3}[ ]?[A-Z]{2}(?![\w]))?"
)


# A person's own mail address as a field of their record ("Post: Postbus 12345, ...",
# "briefadres: Postbus 80, ..."): there the box is theirs; a letterhead's "Postadres" is not.
_OWN_MAIL_LABEL: Final = regexes.compile(
    r"(?i)(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:post|briefadres|correspondentieadres)[ \t]*:[ \t]*$"
)


# A word on "-einde" that is no street: only "Noordeinde", "Westeinde", "Dorpseinde" are.
_NOT_EINDE_STREET: Final = regexes.compile(
    r"(?i)(?<![^\W0-9_])(?!(?:noord|zuid|oost|west|dorps)einde)[^\W0-9_]+einde(?![^\W0-9_])"
)


# An organisation's short name and the number of a file there, its groups of digits
# apart: "onder CJG 72.638", "(RvdK 24/118.774)", "SWT-DB 2022/118", "IND-V 2291-0047-88",
# "Essent: 20 1183 7790".  The number is looked for first (few texts hold one), then the
# short name right before it, which must be an organisation's (checked in code).
_FILE_NUMBER: Final = regexes.compile(
    r"(?<=[ ])[0-9]{2,5}(?:(?:[./-]|[ ](?=[0-9]{3}))[0-9]{2,5}){1,3}(?:[ ][0-9])?"
    r"(?![\w]|[.,/-][0-9])"
)
_ORG_BEFORE: Final = regexes.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,5}(?:-[A-Z]{1,3})?)(?:[ ]?\([a-z]+\))?:?[ ]$"
)


def _org_numbers(text: str) -> Iterator[tuple[int, int]]:
    """The numbers an organisation files someone under, after its short name (see
    _FILE_NUMBER): five digits or more, no date, phone, amount, count or years.  Right
    after an abbreviation ("CJG 72.638") the abbreviation belongs to the number; after a
    name or a colon ("Essent: 20 1183 7790") only the number does."""
    if not _DIGIT_GROUPS_CORE.search(text):
        return
    lex = lexicons()
    for n in _FILE_NUMBER.finditer(text):
        number = n.group()
        digits = sum(c.isdigit() for c in number)
        if digits < 5 or number.startswith("0") or _DATE_LIKE.fullmatch(number):
            continue
        m = _ORG_BEFORE.search(text, max(0, n.start() - 24), n.start())
        if m is None:
            continue
        org = m.group(1)
        head = org.split("-")[0]
        if not (org in lex.orgs or head in lex.orgs or lex.gazetteer.kind.get(org) == "org"):
            continue
        after = _WORD_AFTER.match(text, n.end())
        if after and after.group(1).islower():
            continue  # "GGD 10.000 euro", "Voedselbank 12.500 pakketten": an amount, a count
        # an abbreviation right before it is part of the file's number ("RvdK 24/118.774");
        # a name stays the organisation's ("kenmerk van Vivent 2023 71902")
        glued = text[m.end(1) : n.start()] == " " and sum(c.isupper() for c in org) >= 2
        yield (m.start(1) if glued else n.start()), n.end()


_WORD_AFTER: Final = regexes.compile(r"[ ]+([^\W0-9_]+)")


_DIGIT_GROUPS_CORE: Final = regexes.compile(r"[0-9]{2}[./ -][0-9]{2,}")
_DATE_LIKE: Final = regexes.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])"
    r"|(?:19|20)[0-9]{2}[ ]?[-/][ ]?(?:19|20)?[0-9]{2}"  # years: "2023-2024", "2023/24"
)


_HOURS_BEFORE: Final = regexes.compile(
    r"(?<![\w])(?:spreekuur|spreekuren|inloop|geopend|open|bereikbaar|lessen|les|werkdagen"
    r"|werktijden|openingstijden)(?![\w])[^.\n]{0,12}$"
)


def _opening_hours(low: str, wd: int, dm: str) -> bool:
    """Whether the weekday at ``wd`` and the hours ``dm`` after it ("9-12") tell when
    something is open: one of a list of weekdays ("ma/wo/do 9-12") or after a word for
    opening hours ("spreekuur do 9-12")."""
    a, sep, b = dm.partition("-")
    if not sep or not (a.isdigit() and b.isdigit() and int(a) < int(b) <= 24):
        return False
    return low[wd - 1 : wd] == "/" or _HOURS_BEFORE.search(low, max(0, wd - 30), wd) is not None


def find_structured(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Yield (start, end, label, priority) for every structured candidate.

    Why the PO boxes apart: a PO box and its postcode name an organisation's mail room,
    never where a person lives; no rule may report them, whatever shape it reads.
    """
    if "ostbus" not in text and "OSTBUS" not in text and "ntwoordnummer" not in text:
        yield from _find_structured(text)
        return
    boxes = [
        m.span()
        for m in PO_BOX.finditer(text)
        if not _OWN_MAIL_LABEL.search(text, max(0, m.start() - 30), m.start())
    ]
    for c in _find_structured(text):
        if not any(s < c[1] and c[0] < e for s, e in boxes):
            yield c


def _find_structured(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Yield (start, end, label, priority) for every structured candidate."""
    if "@" in text:
        m: re.Match[str] | None
        for m in around_at(EMAIL, text, ".+'-"):
            yield m.start(), m.end(), "email", 100
    if has(text, "at)") or has(text, "at]") or has(text, "at}"):
        for m in EMAIL_AT.finditer(text):
            yield m.start(), m.end(), "email", 100
    low = lowered(text)
    yield from _word_dates(text, low)
    if has(low, "the ") and _ORDINAL_CORE.search(text):
        for m in DATE_EN_THE_ORD.finditer(text):
            yield m.start(1), m.end(1), "date", 66
    if has(low, "day "):
        for m in DATE_EN_WEEKDAY_DAY.finditer(text):
            yield m.start(), m.end(), "date", 64
    if has(low, "dag "):
        for m in DATE_NL_WEEKDAY_DAY.finditer(low):
            yield m.start(), m.end(), "date", 64
    if has(low, " of ") or ((has(low, "on ") or has(low, "by ")) and _EN_MONTH_LOW.search(low)):
        for m in DATE_EN_WORDS.finditer(low):
            yield m.start(), m.end(), "date", 63
    yield from _spoken_data(text, low)
    digit = _DIGIT.search(text)
    if digit is None:
        return
    # where the patterns that open with a digit are searched from: nothing opens before
    first_digit = digit.start()
    yield from find_creditor_data(text)
    if has(text, "atum") or has(text, "ATUM"):
        for s, e in column_dates(text):
            yield s, e, "date", 60  # "datum | bron | naam" over "12/2 | Staedion | ..."
    yield from find_cued_numbers(text, low)
    for m in matches_at(IBAN, text, _iban_starts(text)):
        raw = m.group()
        # The match may swallow a following word ("NL91ABNA0417164300 maar"), trim to valid.
        if iban_ok(raw):
            yield m.start(), m.end(), "iban", 90
            continue
        for k in range(len(raw) - 1, 0, -1):
            if raw[k] in " -" and iban_ok(raw[:k]):
                yield m.start(), m.start() + k, "iban", 90
                break
    if "NL" in text:
        for m in _NL_IBAN_SHAPE.finditer(text):
            if not iban_ok(m.group()):
                yield m.start(), m.end(), "iban", 85  # mistyped: still someone's account
    if has(low, " nl") or has(low, "\nnl") or low.startswith("nl"):
        spaced_nl = (
            matches_at(IBAN_NL_SPACED, text, positions(low, "nl"))
            if len(low) == len(text)
            else IBAN_NL_SPACED.finditer(text)
        )
        for m in spaced_nl:
            if iban_ok(m.group()):
                yield m.start(), m.end(), "iban", 90
    org_cue = any_present(low, _ORG_PHONE_CUE_WORDS) and _ORG_PHONE_CUE_CORE.search(low) is not None
    org_after = "(" in text and has(low, "alg")
    for m in _phone_matches(text):
        if m.start() > 1 and text[m.start() - 1] in "-/." and text[m.start() - 2].isalnum():
            continue  # "HC-0044187-02", "2025.0044.91873": the rest of a code or a date
        if (
            org_cue
            and not text.startswith("06", m.start())  # a mobile is someone's own
            and (c := _ORG_PHONE_CUE.search(low, max(0, m.start() - 60), m.start()))
            and not _NOT_BEFORE.search(low, max(0, c.start() - 10), c.start())
        ):
            continue  # "algemeen nummer 030-2363200": an organisation's switchboard
        if (
            org_after
            and _ORG_PHONE_AFTER.match(text, m.end())
            and not text.startswith("06", m.start())
        ):
            continue  # "+31 20 721 9001 (algemeen inbelnummer)", "070 – 380 00 00 (algemeen)"
        if m.start() > 5 and _GROUP_BEFORE.match(text, m.start() - 6):
            continue  # "kenmerken 5512 0030 8891 2277": the rest of a grouped number
        raw = m.group()
        d = _digits(raw)
        if raw.startswith(("+", "00")):
            if 9 <= len(d) <= 15:
                yield m.start(), m.end(), "phone", 70
        elif len(d) == 10 or (d[:2] in ("08", "09") and d[2] == "0" and len(d) in (8, 11)):
            yield m.start(), m.end(), "phone", 70
        elif (
            d[:2] == "06"
            and len(d) in (9, 11)
            and _PHONE_WORD_BEFORE.search(low, max(0, m.start() - 16), m.start())
        ):
            yield m.start(), m.end(), "phone", 68  # "tel 06 28 11 40 9 (mist een cijfer?)"
    if "0" in text and ", " in text:
        for m in PHONE_COMMA_PAIRS.finditer(text):
            yield m.start(), m.end(), "phone", 70
    if "0 " in text:
        for m in PHONE_SPACED_DIGITS.finditer(text):
            if sum(c.isdigit() for c in m.group()) == 10:
                yield m.start(), m.end(), "phone", 70
    for m in BSN.finditer(text, first_digit):
        d = _digits(m.group())
        if PHONE_PREFIX.search(text, max(0, m.start() - 8), m.start()):
            continue  # "+31 (0)15 577 74 22": the rest of a phone number, however grouped
        if m.group("sep") and len(d) != 9:
            continue
        cue = BSN_CUE.search(text, max(0, m.start() - 80), m.start())
        if (
            not cue
            and m.start() > 1
            and _CODE_BEFORE.search(text, max(0, m.start() - 7), m.start())
        ):
            continue  # "polis ZK 221 773 009": a code and its number, no citizen number
        if (
            cue
            and len(cue.group("gap")) > 25
            and len(d) == 9
            and not elfproef(d)
            and not _WRONG_NUMBER.search(cue.group("gap"))
        ):
            cue = None  # named far before it, a number failing the 11-test is no BSN
        if (len(d) == 9 and elfproef(d)) or cue:
            yield m.start(), m.end(), "bsn", 80
    if has(text, "ummer") or "sn" in text or has(text, "BSN"):
        for m in BSN_FOUR_FIVE.finditer(text):
            d = _digits(m.group())
            if elfproef(d) and BSN_CUE.search(text, max(0, m.start() - 80), m.start()):
                yield m.start(), m.end(), "bsn", 80
    four = _FOUR_DIGITS.search(text) is not None
    pc_at = _PC_CORE.search(text) if four else None
    pc_core = pc_at is not None
    # POSTCODE and POSTCODE_GLUED matches open with a _PC_CORE match: searched from the
    # first one, they skip the text before it
    pc_from = pc_at.start() if pc_at else 0
    postcodes = list(POSTCODE.finditer(text, pc_from)) if pc_core else []
    for m in postcodes:
        yield m.start(), m.end(), "postcode", 60
    spaced = _SPACED_LETTERS_AT.search(text) if four else None
    for m in POSTCODE_SPACED_LETTERS.finditer(text, max(0, spaced.start() - 4)) if spaced else ():
        yield m.start(), m.end(), "postcode", 60
    for m in POSTCODE_GLUED.finditer(text, pc_from) if pc_core else ():
        if m.group(1) not in _UNITS:
            yield m.start(), m.end(), "postcode", 58
    for m in _lower_postcodes(text, pc_from) if pc_core else ():
        g = 1 if m.group(1) else (2 if m.group(2) else 3)
        after_house = g == 3 and _HOUSE_BEFORE_BRACKET.search(text, 0, m.start(g)) is not None
        # "pc 2517 gb": after a postcode label the letters may look like a unit
        cued = g == 1 and _PC_LABEL_BEFORE.search(text, max(0, m.start(g) - 14), m.start(g))
        if m.group(g)[-2:].lower() not in _NOT_PC_LETTERS and (
            after_house or cued or m.group(g)[-2:] not in _UNITS
        ):
            yield m.start(g), m.end(g), "postcode", 59
    if pc_core and len(low) == len(text):
        yield from _named_lower_postcodes(low)
    dates_end: list[int] = []
    dates_start: list[int] = []
    has_dm = _DASH_DM_CORE.search(text) is not None or _SLASH_DM_CORE.search(text) is not None
    # a digit, a dash, slash or dot and a digit: what DATE_NUM and DATE_DM_ANY always hold
    dm_dot = has_dm or _DOT_DIGIT.search(text) is not None
    # DATE_NUM always holds a digit, a separator and a digit
    # (searched by its days in the lower-cased copy, DATE_TEXT costs less than the scan for
    # its core; the core still spares a text that lower case lengthens the whole pattern)
    date_rxs = [DATE_TEXT] if len(low) == len(text) or _DATE_TEXT_CORE.search(text) else []
    if dm_dot:
        date_rxs.append(DATE_NUM)
    glued = (
        has_any(low, _GLUED_MONTHS) and _GLUED_LOW.search(low, first_digit)
        if len(low) == len(text)
        else _GLUED_CORE.search(text)
    )
    if glued:
        date_rxs.append(DATE_GLUED)
    if any_present(text, _EN_MONTH_CUE_WORDS) and _EN_MONTH_CUE_RX.search(text):
        date_rxs.append(DATE_EN_US)
    if _ORDINAL_CORE.search(text):
        date_rxs.append(DATE_EN_ORDINAL)
    rx: re.Pattern[str] | str
    for rx in date_rxs:
        if rx is DATE_TEXT:
            matches = _date_text_matches(text, low)
        elif rx is DATE_EN_US or rx is DATE_EN_ORDINAL:
            matches = rx.finditer(text)
        else:
            matches = _folded_finditer(rx, text, low)
        for m in matches:
            start = m.start()
            if rx is DATE_TEXT and start > 3 and text[start - 1] in " \t":
                w = _REGIONAL_WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
                if w is None and text[start - 4 : start] == " op ":
                    w = _NIGHT_OP_BEFORE.search(text, max(0, start - 7), start)  # "2 op 3 dec"
                start = w.start() if w else start
            elif rx is DATE_TEXT and start and text[start - 1] == "0":
                start -= 1  # "06 februari 2024": a zero-padded day
            elif rx is DATE_TEXT and start > 1 and text[start - 1] == "/":
                start = _night_before(text, start) or start  # "(30/31 dec)": a night
            end = m.end()
            if rx is DATE_TEXT:
                if start > 2 and low[start - 3 : start] == "de " and _ORD_DAY.match(text, start):
                    start -= 3  # "de 18e maart": the article of the ordinal day
                if low[end : end + 1] == " " and len(low) == len(text) and end > 2:
                    end = spoken_year(low, end + 1) or end  # "12 oktober tweeduizend drie..."
            dates_end.append(end)
            dates_start.append(start)
            yield start, end, "date", 65
    if has_dm and "/" in text and ", " in text:
        for m in DATE_DM_SERIES.finditer(text):
            for d_m in _DM_IN_SERIES.finditer(text, m.start(), m.end()):
                yield d_m.start(), d_m.end(), "date", 61
    if has(text, ", 19") or has(text, ", 20"):
        for m in DATE_MONTH_FIRST_NL.finditer(text):
            yield m.start(), m.end(), "date", 65
    if _ROMAN_CORES[0].search(text) or _ROMAN_CORES[1].search(text):
        for m in DATE_ROMAN_MONTH.finditer(text):
            yield m.start(), m.end(), "date", 65
    if has_dm and any_present(low, _DATE_SHORT_CUE_WORDS):
        for m in _folded_finditer(DATE_SHORT, text, low):
            if m.group("wd") and _opening_hours(low, m.start("wd"), m.group("dm")):
                continue  # "Spreekuur do 9-12", "ma/wo/do 9-12": hours, no date
            start = m.start("wd") if m.group("wd") else m.start("rel" if m.group("rel") else "dm")
            dates_end.append(m.end("dm"))
            yield start, m.end("dm"), "date", 64
    date_starts = set(dates_start)
    for m in DATE_DM_ANY.finditer(text, first_digit) if dm_dot else ():
        if "." in m.group():
            if _dotted_date_context(text, m.start(), m.end()):
                w = _DAY_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
                yield (w.start() if w else m.start()), m.end(), "date", 61
        elif _short_date_context(text, m.start(), m.end(), date_starts):
            dates_end.append(m.end())
            yield m.start(), m.end(), "date", 61
    if has_dm and ("/" in text or has(low, "tot") or "–" in text) and _DM_RANGE_CORE.search(text):
        # "herfst 20/10-24/10", "di 3/6 t/m 5/6": one period, with its weekday
        dated_ends = set(dates_end)
        for m in DATE_DM_RANGE.finditer(text):
            if _dm_range_ok(text, m, date_starts, dated_ends):
                w = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                yield (w.start() if w else m.start()), m.end(), "date", 66
    if dates_end and ("/" in text or "-" in text):
        # "op 15-10 en 22-10": a day-month coordinated with a date found is a date too
        for end in dates_end:
            m = DATE_LIST_NEXT.match(text, end)
            if m:
                yield m.start(1), m.end(1), "date", 62
    if has_dm and (_DM_NEXT_CORES[0].search(text) or _DM_NEXT_CORES[1].search(text)):
        for m in DATE_SHORT_AFTER.finditer(text):
            g = 1 if m.group(1) else 2
            yield m.start(g), m.end(g), "date", 63
    if has(text, " - ") or has(low, "datum") or "dd" in low:
        for m in DATE_SPACED.finditer(text):
            g = 1 if m.group(1) else 0
            yield m.start(g), m.end(g), "date", 66
    if four:
        from_at = _first_start(text, _SPACED_YEAR_AT)
        for m in DATE_SPACED_YEAR.finditer(text, max(0, from_at - 5)) if from_at >= 0 else ():
            yield m.start(), m.end(), "date", 61
    if has(low, "huisnummer"):
        for m in HOUSE_NUMBER_FIELD.finditer(text):
            yield m.start(1), m.end(1), "address", 60
    if has(low, "geb"):
        for m in DATE_COMPACT.finditer(text):
            yield m.start(1), m.end(1), "date", 66
        for m in DATE_BIRTH_SPACED.finditer(text):
            yield m.start(1), m.end(1), "date", 66
    if four and (_COMPACT_CORES[0].search(text) or _COMPACT_CORES[1].search(text)):
        for m in DATE_COMPACT_ANY.finditer(text):
            yield m.start(), m.end(), "date", 53
    if any_present(low, _FOREIGN_ID_LABELS):
        for m in FOREIGN_ID.finditer(text):
            yield m.start(1), m.end(1), "dossier", 79  # (a valid BSN there stays one)
    if any_present(text, _ABROAD_CUES):
        for m in ADDRESS_ABROAD.finditer(text):
            yield m.start(), m.end(), "address", 74
    if any_present(low, _SOLAR_MONTHS):
        for m in DATE_SOLAR.finditer(text):
            yield m.start(), m.end(), "date", 63
    if four and ('"' in text or _STAMP_TIME.search(text)):
        for m in DATE_STAMP.finditer(text):
            yield m.start(1), m.end(1), "date", 62
    if "." in text and any_present(low, _WEEKDAY_SHORTS):
        from_at = _first_start(text, _DAY_DOT_MONTH_AT)
        for m in DATE_WEEKDAY_DOTTED.finditer(text, max(0, from_at - 13)) if from_at >= 0 else ():
            yield m.start(), m.end(), "date", 62
    for m in matches_at(DATE_MONTH_DAY, text, cue_starts(text, _MONTH_STEMS)):
        yield m.start(), m.end(), "date", 60
    padded = has_dm and any(rx.search(text) for rx in _PADDED_CORES)
    for m in DATE_PADDED.finditer(text) if padded else ():
        yield m.start(), m.end(), "date", 62
    if " de " in low and _DE_DIGIT.search(low):
        for m in DATE_ORD.finditer(text):
            if _EVERY_MONTH.search(text, max(0, m.start() - 30), m.start()) or (
                _OF_EVERY_MONTH.match(text, m.end())
            ):
                continue  # "elke maand op de 25e": a day that recurs, no date
            if (
                m.group("conj")
                and not m.group("wd")
                and _FLOOR_BEFORE.search(low, max(0, m.start() - 40), m.start())
            ):
                continue  # "woont op de 3e maar de lift is kapot": a floor
            yield (m.start("wd") if m.group("wd") else m.start(2)), m.end(2), "date", 63
    if has(low, "dag") and _ORD_DIGIT.search(text):
        for m in DATE_WEEKDAY_ORD.finditer(text):
            yield m.start(), m.end(), "date", 63
        if has(low, "dag de "):
            for m in DATE_WEEKDAY_DE_ORD.finditer(text):
                yield m.start(), m.end(), "date", 63
    # (its separator stands at most 5 after its start: searched from there)
    from_at = _first_start(text, _ORG_NUMBER_CORES)
    if from_at >= 0:
        for m in DOSSIER_ORG_NUMBER.finditer(text, max(0, from_at - 5)):
            if _org_number_ok(m):
                yield m.start(), m.end(), "dossier", 57
    # DOSSIER_PATTERNS: "#" and digits; a year, "-" or "/" and digits; a capital and digits
    cap_digit = _CAP_DIGIT.search(text)
    caps_digits = cap_digit is not None and (
        four or ("/" in text and _CODE_YEAR_SERIAL.search(text) is not None)
    )
    # the third holds a _CAP_DIGIT match whose capital is at most 16 after its start: it is
    # searched from there, past the text before it
    # and the second from 4 before its year's separator and serial
    year_at = _first_start(text, _YEAR_SERIAL_AT) if has_dm else -1
    froms = (0, max(0, year_at - 4), max(0, cap_digit.start() - 16) if cap_digit else 0)
    for rx, maybe, pos in zip(
        DOSSIER_PATTERNS, ("#" in text, year_at >= 0, caps_digits), froms, strict=True
    ):
        for m in rx.finditer(text, pos) if maybe else ():
            code = m.group()
            if sum(c.isdigit() for c in code) >= 4:
                t = COURT_TAIL_AFTER.match(text, m.end()) if "/" in code else None
                if t is None and COURT_NUMBER.match(code):
                    t = COURT_TAIL_SPACED.match(text, m.end())
                yield m.start(), (t.end() if t else m.end()), "dossier", 55
    if caps_digits and (_YEAR_CODE_CORES[0].search(text) or _YEAR_CODE_CORES[1].search(text)):
        for m in DOSSIER_YEAR_CODE.finditer(text):
            yield m.start(), m.end(), "dossier", 55
    if "-" in text or "/" in text:
        from_at = _first_start(text, _LETTER_GROUPS_AT)
        for m in DOSSIER_LETTER_GROUPS.finditer(text, max(0, from_at - 13)) if from_at >= 0 else ():
            if not _YEAR_ONLY.fullmatch(m.group(1)):
                yield m.start(), m.end(), "dossier", 55
    if "-" in text:
        for m in _near(DOSSIER_CODE_YEAR, text, _CODE_YEAR_SERIAL_AT):
            head, serial = m.group().split("-")
            code = head.rstrip("0123456789 ")
            if (
                code.upper() not in NOT_REFERENCE_CODES
                and not _YEAR_ONLY.fullmatch(serial)  # "Zorg 2019-2022": years
                # "uit 2014-2016"; one letter is no word here ("w24-11873")
                and (len(code) == 1 or code.isupper() or not lexicons().is_word(code.lower()))
            ):
                yield m.start(), m.end(), "dossier", 55
    if four:
        for m in _near(DOSSIER_CODE_SPACED, text, _CAPS_GROUP_AT):
            code, groups = m.group().split(" ", 1)
            digits = sum(c.isdigit() for c in groups)
            if (
                code.split("-")[0] not in NOT_REFERENCE_CODES
                and digits >= 8
                and not _SPACED_DATE.fullmatch(groups)  # "MDO 12 03 2024": a date
            ):
                yield m.start(), m.end(), "dossier", 72
    if "-" in text:
        at = _CODE_GROUPS_AT.search(text)
        for m in DOSSIER_CODE_GROUPS.finditer(text, max(0, at.start() - 6)) if at else ():
            runs: list[str] = _DIGIT_RUN.findall(m.group())
            if sum(map(len, runs)) >= 5 and not all(_YEAR_ONLY.fullmatch(g) for g in runs):
                yield m.start(), m.end(), "dossier", 55
        at = _SEGMENTS_AT.search(text)
        for m in DOSSIER_SEGMENTS.finditer(text, max(0, at.start() - 8)) if at else ():
            if _segments_ok(m.group()):
                yield m.start(), m.end(), "dossier", 55
    if "." in text:
        for m in DOSSIER_DOTTED.finditer(text) if _DOT_DIGIT.search(text) else ():
            parts = [g for g in m.group().replace("/", ".").split(".") if g.isdigit()]
            if sum(map(len, parts)) >= 7 and (
                any(len(g) != 3 for g in parts[1:]) or not m.group()[-1].isdigit()
            ):
                yield m.start(), m.end(), "dossier", 54
        suffix = _DOT_CAP.search(text) or _SLASH_CAP.search(text)
        for m in DOSSIER_YEAR_SUFFIX.finditer(text) if suffix else ():
            yield m.start(), m.end(), "dossier", 54
        for m in DOSSIER_DOTTED_CODE.finditer(text) if _DOTTED_CODE_CORE.search(text) else ():
            if _dotted_code_ok(m.group()):
                yield m.start(), m.end(), "dossier", 54
    if "/" in text and "-" in text:
        for m in DOSSIER_SERIAL_TEAM.finditer(text):
            yield m.start(), m.end(), "dossier", 54
    if " /" in text or "/ " in text:
        for m in COURT_NUMBER_SPACED.finditer(text):
            t = COURT_TAIL_SPACED.match(text, m.end())
            yield m.start(), (t.end() if t else m.end()), "dossier", 55
    if has(text, "ubject") or has(text, "nderwerp") or has(text, "etreft"):
        for line in SUBJECT_LINE.finditer(text):
            for m in SUBJECT_ID.finditer(text, line.start(1), line.end()):
                yield m.start(), m.end(), "dossier", 53
    if has(low, "kvk"):
        for m in KVK_NUMBER.finditer(text):
            if _OWN_BUSINESS_BEFORE.search(text, max(0, m.start() - 90), m.start()):
                yield m.start(1), m.end(1), "dossier", 56
    if "</" in text:
        for m in XML_ID_FIELD.finditer(text):
            if sum(c.isdigit() for c in m.group(1)) >= 4:
                yield m.start(1), m.end(1), "dossier", 56
    if "-" in text:
        from_at = _first_start(text, _YEAR_MONTH_AT)
        for m in (
            DOSSIER_YEAR_MONTH_SERIAL.finditer(text, max(0, from_at - 4)) if from_at >= 0 else ()
        ):
            yield m.start(), m.end(), "dossier", 57
    if ":" in text and any_present(low, _CASE_SYSTEMS):
        for m in DOSSIER_IN_SYSTEM.finditer(text):
            yield m.start(1), m.end(1), "dossier", 57
    if "0" in text:
        for m in DOSSIER_ZERO.finditer(text):
            if m.group().strip("0"):
                yield m.start(), m.end(), "dossier", 54
    cues = any_present(low, _DOSSIER_STEMS)
    for m in _dossier_cues(text, low) if cues else ():
        nr = m.groupdict().get("nr")
        if nr and nr.lower().startswith(_NOT_DOSSIER_NR):
            continue
        if m.groupdict().get("bare"):
            yield from _bare_number_dossier(text, low, m)
            continue
        if m.end() - m.start() == 2 and _MEETING_ID_BEFORE.search(
            low, max(0, m.start() - 14), m.start()
        ):
            continue  # "Vergadering-ID: 364 312 915 64": a Teams meeting, no one's file
        n = DOSSIER_AFTER_CUE.match(text, m.end())
        if n is None and text[m.end() : m.end() + 3].strip() in ("-", "–"):
            n = _dash_after_cue(text, m)
        if n and (_YEAR_RANGE.fullmatch(n.group(1)) or _CODE_YEAR.fullmatch(n.group(1))):
            continue  # "HWW Zorg 2019-2022": the period of the care; "Wmo 2015": a law
        if (
            n
            and sum(c.isdigit() for c in n.group(1)) >= 3
            and not _DAY_MONTH.fullmatch(n.group(1))
            and not _YEAR_ONLY.fullmatch(n.group(1))
            and not _CLOCK_TIME.fullmatch(n.group(1))
            and not _AMOUNT_AFTER.match(text, n.end(1))  # "Cliënt: 650 euro": an amount
        ):
            s0 = n.start(1)
            if (
                nr
                and n.start(1) - m.end() <= 1
                and _CAPS_NR_CUE.fullmatch(text, m.start(), m.end())
            ):
                s0 = m.start()  # "V-NR 2911384402": the label as written belongs to it
            e0 = n.end(1)
            day = _DAY_OF_NEXT_DATE.search(n.group(1))
            if day and _MONTH_NAME_AFTER.match(text, e0):
                e0 = n.start(1) + day.start()  # "SHV-2024-01177 14 februari": a date follows
            elif text[e0 : e0 + 1].isupper() and not text[e0 + 1 : e0 + 2].isalnum():
                e0 += 1  # "Huurcontract: 020-4419-255D": a check letter
            yield s0, e0, "dossier", 56
            yield from _listed_dossiers(text, n.end(1))
            continue
        n = DOSSIER_AFTER_CUE_FAR.match(text, m.end())
        if n:
            ident = n.group(3)
            digits = sum(c.isdigit() for c in ident)
            after = text[n.end() : n.end() + 20].split()
            if (
                digits >= 3
                and not _YEAR_ONLY.fullmatch(ident)
                and not _CODE_YEAR.fullmatch(ident)
                and not _YEAR_RANGE.fullmatch(ident)
                and not _DAY_MONTH.fullmatch(ident)
                and (n.group(1) or n.group(2) or digits >= 6 or not ident.isdigit())
                and not (after and after[0].strip(".,;:()").lower() in NOT_HOUSE_FOLLOWERS)
                # the area code of a phone number ("Zorg en Overlast (070 - 752 00 00")
                and not (ident[:1] == "0" and _AREA_CODE_REST.match(text, n.end(3)))
            ):
                yield n.start(3), n.end(3), "dossier", 56
            continue
        n = _CUE_NUMBER_LATER.match(text, m.end())
        if n and _later_number_ok(text, n):
            yield n.start(1), n.end(1), "dossier", 55
    # "caps": ADDRESS_LOWER run on the lower-cased text for streets typed in capitals
    for s, e in _heading_dossiers(text, low):
        yield s, e, "dossier", 56
    if has(low, " onder "):
        for s, e in _known_under_dossiers(text, low):
            yield s, e, "dossier", 56
    for s, e in _org_numbers(text):
        yield s, e, "dossier", 52
    street_number, caps_street_number, lower_street, lines, street_at = _street_scan(text, low)
    rxs: list[re.Pattern[str] | str] = []
    if street_number:
        rxs.append(ADDRESS)
        if lower_street:
            rxs.append(ADDRESS_LOWER)
    if caps_street_number:
        rxs.append("caps")  # ADDRESS_LOWER run on the lower-cased text
    if _street_word_alone(text):
        rxs.append(ADDRESS_ALONE)
    if any_present(text, _STREETS_WITHOUT_WORD):
        rxs.append(ADDRESS_KNOWN)
    if has_any(low, _ADDRESS_TEST_WORDS):
        rxs.append(ADDRESS_CUE)
        if (
            has(low, "adres")
            or has(low, "woon")
            or has(low, "verhuis")
            or has(low, "adr:")
            or has(low, "adr.:")
        ):
            rxs.append(ADDRESS_LOWER_CUE)
    elif has(low, " niet ") or has(low, "adr:") or has(low, "adr.:"):
        rxs.append(ADDRESS_LOWER_CUE)
    if has(text, " te ") or postcodes:
        rxs.append(ADDRESS_PLACE)
    if postcodes and "\n" in text:
        rxs.append(ADDRESS_BLOCK)
    if any(c in low for c in ("op ", "aan ", "naar ", "langs ", "\t", ", ")):
        rxs.append(ADDRESS_PREP)
    if has(low, "nummer") or "nr" in low:
        rxs.append(ADDRESS_NUMBER_FIRST)
    if ("(" in text or "– " in text or has(text, " - ")) and has_any(low, _TITLE_STEMS):
        rxs.append(ADDRESS_AFTER_NAME)
    found_address = False
    address_ends: set[int] = set()
    address_spans: list[tuple[int, int]] = []
    for rx in rxs:
        if rx is ADDRESS_PREP:
            matches = _prep_addresses(text)
        elif rx is ADDRESS_CUE:
            matches = _cue_addresses(text, low)
        elif rx is ADDRESS_NUMBER_FIRST and len(low) == len(text):
            matches = matches_at(rx, text, _word_starts(low, _NUMBER_FIRST_STEMS))
        elif rx == "caps":
            matches = _caps_addresses(text, low, lines)
        elif rx is ADDRESS_AFTER_NAME:
            matches = _after_name_addresses(text)
        elif rx is ADDRESS and street_at is not None:
            matches = matches_at(rx, text, _chain_openings(text, street_at))
        elif rx is ADDRESS_LOWER and street_at is not None:
            matches = matches_at(rx, text, _lower_openings(text, street_at))
        elif rx is ADDRESS or rx is ADDRESS_LOWER:
            matches = _in_lines(rx, text, lines)  # a text that lower case lengthens
        elif rx is ADDRESS_LOWER_CUE:
            matches = _lower_cue_addresses(text)
        elif rx is ADDRESS_PLACE:
            matches = matches_at(rx, text, _place_openings(text, pc_core))
        else:
            assert not isinstance(rx, str)  # "caps" is read above
            matches = rx.finditer(text)
        for m in matches:
            start = m.start(1)
            end = m.end()
            if rx is ADDRESS and _NOT_EINDE_STREET.search(text, start, m.end()):
                continue  # "Jaareinde 2024", "Weekeinde 3": no street
            if (rx is ADDRESS or rx is ADDRESS_LOWER) and text.find(" van ", start, end) >= 0:
                start = _street_after_titled_name(text, start, end)
            if rx is ADDRESS_LOWER or rx == "caps":
                if _NOT_LOWER_HOUSE_NUMBER.match(text, m.end(1)):
                    continue  # "terugvordering 2022", "kostenplaats 66120", "verzekering 2x €"
                first = m.group(1).split(" ", 1)[0]
                if (
                    first == m.group(1)
                    and first.endswith(_NOUN_STREET_ENDS)
                    and lexicons().is_word(first, compounds=False)
                ):
                    continue  # "verzekering 130", "uitkering 1", "kostenplaats 4410": nouns
                if first in _NOT_LOWER_STREET or first in _NOT_STREET_WORDS:
                    start += len(first) + 1  # "bij de la reyweg 3": the street starts after "bij"
                elif len(low) == len(text):
                    start = _lower_street_start(low, start)
            if rx is ADDRESS_LOWER_CUE:
                name = m.group(1).split()
                if " niet " in text[m.start() : start] and not _ENDS_STREET.search(name[-1]):
                    continue  # "klopt niet bij fase 2": only a street word makes it an address
                if name[0] in _NOT_STREET_WORDS:
                    continue
                num = text[m.end(1) :].lstrip()[:4]
                if (
                    any(x in _NOT_LOWER_STREET for x in name)
                    or _MONTH_START.fullmatch(name[-1])
                    or (num.isdigit() and num[:2] in ("19", "20"))
                ):
                    continue
            if rx in (ADDRESS_PLACE, ADDRESS_PREP, ADDRESS_AFTER_NAME, ADDRESS_BLOCK):
                name = m.group(1).split()
                num = text[m.end(1) :].lstrip()[:4]
                if name[0].lower() in _NOT_STREET_WORDS or (
                    num.isdigit() and num[:2] in ("19", "20")
                ):
                    continue
            if text[end : end + 1] == "+" or text[end : end + 2] == "-/":
                continue  # "overgang 18-/18+": an age limit, not a house number
            if text[end : end + 1] == "/":
                dm = _SLASH_MONTH.match(text, end)
                if dm and dm.end() in dates_end:
                    continue  # "casusoverleg Emmermeer 9/8": the day of a date found
                nxt = _SLASH_NUMBER.match(text, end)
                if nxt and m.group().endswith(str(int(nxt.group(1)) - 1)):
                    continue  # "de overgang 17/18": two ages, no house number
            elif text[end - 2 : end - 1] == "/" and end in dates_end and _area_word(m.group(1)):
                continue  # "overleg Emmermeer 9/3": a neighbourhood and a date, no floor
            # the words after it on its line ("Ruychrocklaan 18\nDag Mei-Ling": a new line)
            after = text[end : end + 20].partition("\n")[0].split()
            if after and after[0].strip(".,;:()").lower() in NOT_HOUSE_FOLLOWERS:
                continue
            if rx is ADDRESS_ALONE and after and _COUNTED_AFTER.fullmatch(after[0]):
                continue  # "Op de Haagse Markt 20 kramen": a count, not a house number
            if rx is ADDRESS_PREP and after and _MONTH_START.match(after[0]):
                continue  # "op Maandag 3 maart" is a date
            if after and after[0].rstrip(".,;:)").lower() in _MONTH_WORDS:
                continue  # "Zuiderpark 3 juni": a neighbourhood and a date
            if _area_and_year(text, start, end):
                continue  # "Werkplan Mariahoeve 2025": a neighbourhood and a year
            pc = _PC_AFTER_FOUR.search(text, max(0, end - 4), end + 4)
            if (
                pc
                and pc.start() == end - 4
                and pc.group(1).lower() not in _HOUSE_LETTER_CODES
                and pc.group(1).lower() not in _NOT_PC_LETTERS
            ):
                continue  # "valkenboskwartier 2561 vv": a neighbourhood and its postcode
            found_address = True
            address_ends.add(end)
            address_spans.append((start, end))
            yield start, end, "address", 75
    if address_ends and (has(text, "ostcode") or "pc" in low):
        for end in address_ends:
            m = _PC_LABEL_AFTER_ADDRESS.match(text, end)
            if m:
                yield m.start(1), m.end(1), "postcode", 59
    if address_ends and len(low) == len(text):
        # "Hoefkade 7A twee vijf vier nul B Z", "Hoytemastraat 9, vijfentwintig dertien A Z":
        # a postcode read out right after an address found
        for end in address_ends:
            pc = _POSTCODE_CUE_AFTER.match(low, end)
            pe = spoken_postcode(low, pc.end()) if pc else None
            if pc and pe:
                yield pc.end(), pe, "postcode", 59
    if address_ends:
        # "Withuysstraat 12 2546 vk": a lower-case postcode right after an address found
        # "Leyweg 11 bis, 2542 kw": after the comma that ends an address even unit-like
        # letters ("kw") are a postcode
        for m in POSTCODE_AFTER_ADDRESS.finditer(text):
            after_comma = (text[m.start() - 2] == "," and m.start() - 2 in address_ends) or (
                low[m.start() - 7 : m.start()] == " komma " and m.start() - 7 in address_ends
            )  # "Moerweg 22 A komma 2498 km": a comma dictated
            after_house = m.start() - 1 in address_ends and m.group(1)[-2:] not in _UNITS
            # "| Parallelweg 66-hs | 2525 na": the next table cell, letters as they come
            if (
                after_comma
                or after_house
                or _next_cell_after_address(text, m.start(), m.end(), address_ends)
            ):
                yield m.start(), m.end(), "postcode", 59
        # "Ringbaan-Oost 151-3hg (5031 cm)": in brackets right after an address found even
        # unit-like letters are a postcode; a word ("(1500 en meer)") never is
        # and typed with a capital, unlike a lower-case look-alike ("dosering 20 (1500 mg)")
        for m in POSTCODE_BRACKETED.finditer(text) if "(" in text else ():
            letters = m.group(1)[-2:].lower()
            if letters in _NOT_PC_LETTERS and letters not in _UNITS:
                continue
            b = m.start() - 1 if text[m.start() - 1 : m.start()] == " " else m.start()
            if any(e == b and text[a].isupper() for a, e in address_spans):
                yield m.start(1), m.end(1), "postcode", 59
    if address_spans and "\n" in text and ("* " in text or "- " in text or "• " in text):
        starts = {a for a, _ in address_spans}
        items = list(LIST_ITEM_ADDRESS.finditer(text))
        if any(m.start(1) in starts for m in items):
            for m in items:
                after = text[m.end() : m.end() + 20].split()
                name = m.group(1).lower()
                if (
                    m.start(1) not in starts
                    and name not in _DM_NOT_AFTER_WORDS  # "* Kamer 12:", "* Groep 3:"
                    and name not in _NOT_STREET_WORDS
                    and name not in _MONTH_WORDS
                    and not (after and after[0].strip(".,;:()").lower() in NOT_HOUSE_FOLLOWERS)
                ):
                    yield m.start(1), m.end(), "address", 74
    if "(" in text and "," in text and (" van " in text or " de " in text or has(text, " aan ")):
        first_names = lexicons().first_names
        for m in ADDRESS_BRACKET_OF.finditer(text):
            if m.group(1).split(" ", 1)[0] not in first_names:
                yield m.start(1), text.rfind(",", m.start(1), m.end()), "address", 74
    if "(" in text:
        yield from _bracketed_addresses(text)
    if ", " in text:
        yield from _comma_place_addresses(text)
    yield from _round21_addresses(text, low)
    if found_address and (has(low, "nummer") or "nr" in low):
        for m in ADDRESS_NUMBER_ONLY.finditer(text):
            after = text[m.end() : m.end() + 20].split()
            if after and after[0].strip(".,;:()").lower() in NOT_HOUSE_FOLLOWERS:
                continue
            # a bare "nummer 113" is an address only with a street in the same sentence
            s0, s1 = _sentence_bounds(text, m.start(1), m.end(1))
            if any(s0 <= a and b <= s1 for a, b in address_spans):
                yield m.start(1), m.end(1), "address", 50
