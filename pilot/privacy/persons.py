"""Person-name detection: lexicons plus the cues Dutch case notes use around names.

Why rules rather than a model: notes are short, follow a handful of Dutch
conventions (titles, relations, roles, initials, tussenvoegsels), must run
without large downloads, and every decision has to be explainable to a privacy
officer.  A capitalised word counts as a name when a lexicon knows it as one, a
cue announces it, or it is an unknown proper noun in mid-sentence; organisations,
places, roles and ordinary Dutch words are excluded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, chain, compress, count
from operator import or_
from typing import Any, Final

from . import regexes
from .cue_index import cues, has, has_any, lowered, matches_at, starts
from .lexicons import (
    AMBIGUOUS_STARTERS,
    FUNCTION_WORDS,
    LABEL_CUES,
    MONTHS,
    PARTICLES,
    PLACES_EXTRA,
    RELATIONS,
    SHOP_HEAD_ENDS,
    SHOP_HEADS,
    TITLES,
    WEAK_CUES,
    Lexicons,
    _words,
    fold,
    lexicons,
)
from .lines import line_matches
from .mail_matches import around_at

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " - ",
    " Van (",
    " doet het ",
    " jaar",
    " jr",
    " toe",
    " van (",
    " woont ",
    " – ",
    " — ",
    "'t ",
    "NAAM",
    "aam",
    "achternaam",
    "betrokkene",
    "buur",
    "casus",
    "cli",
    "heet ",
    "ickname",
    "ijnaam",
    "inds ",
    "initialen",
    "melder",
    "naam",
    "naam:",
    "naar ",
    "namen",
    "noem",
    "oepnaam",
    "voorletters",
    "’t ",
)

# Why the look-behinds come after the character they guard ("[vV](?<![\w.][vV])" for
# "(?<![\w.])[vV]") and the leading "(?=\S)": the same tokens, but the cheap test runs
# first at each position, a quarter faster on a corpus.
TOKEN: Final = regexes.compile(
    r"(?=\S)(?:"
    r"[vV](?<![\w.][vV])(?:\.[ ]?d(?:\.|(?=[ ]))|/d(?=[ ])|\.d\.r\.)|"  # "v.d.", "v/d": van de(n/r)
    r"['’][st](?![^\W0-9_])|[^\W0-9_]+(?:['’`][^\W0-9_]+|-[^\W0-9_]+)*"
    r"(?:['’]s|['’](?<=[sxzSXZ]['’])(?![^\W0-9_]))?|[0-9]+|\S)"
)
_ROMAN: Final = frozenset(
    [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "Jr",
        "Jr.",
        "Sr",
        "Sr.",
    ]
)
_CONNECTORS: Final = frozenset(("en", "und", "zu", "y", "e"))

_CAP_PARTICLES: Final = frozenset(
    [
        "De",
        "Van",
        "Den",
        "Der",
        "Ter",
        "Ten",
        "Te",
        "El",
        "Al",
        "Ben",
        "Bin",
        "Le",
        "La",
        "Da",
        "Di",
        "Du",
        "Von",
        "Abu",
        "Ait",
        "Ibn",
        "Dos",
        "Das",
        "Del",
        "Della",
        "Mc",
        "Mac",
        "O",
        "'T",
        "’T",
    ]
)
_LOWER_PARTICLES: Final = frozenset(p for p in PARTICLES if not p[:1].isupper())
# Particles that are just as often a preposition of place: "Hirsi in Vruchtenbuurt".
# particles that are surnames on their own after a title (Vietnamese Le, Italian La, Di)
_FOREIGN_PARTICLE_SURNAMES: Final = frozenset(["le", "la", "di", "da", "du", "dos", "del"])
_LOCATIVE_PARTICLES: Final = frozenset(["in", "op", "aan", "uit", "bij", "te"])
# finite verbs that are also first names, seen after a subject ("die de bewoner kent")
_FINITE_VERBS: Final = frozenset(
    ["kent", "kende", "mist", "miste", "helpt", "hielp", "wint", "won"]
)
# Finite verbs (and "zelf") that follow a subject: "Bakker zelf wil niet", "Visser belde".
_SUBJECT_FOLLOWERS: Final = frozenset(
    [
        "zelf",
        "zet",
        "zette",
        "eet",
        "wil",
        "wilde",
        "heeft",
        "had",
        "is",
        "was",
        "zegt",
        "zei",
        "belt",
        "belde",
        "woont",
        "woonde",
        "komt",
        "kwam",
        "gaat",
        "ging",
        "vindt",
        "vond",
        "weet",
        "wist",
        "werkt",
        "werkte",
        "kan",
        "kon",
        "moet",
        "moest",
        "vertelt",
        "vertelde",
        "geeft",
        "gaf",
        "krijgt",
        "kreeg",
        "zit",
        "zat",
        "loopt",
        "liep",
        "spreekt",
        "sprak",
        "wordt",
        "werd",
        "blijft",
        "bleef",
        "staat",
        "stond",
        "ligt",
        "lag",
        "lijkt",
        "leek",
        "voelt",
        "voelde",
        "vraagt",
        "vroeg",
        "maakt",
        "maakte",
        "doet",
        "deed",
        "ziet",
        "zag",
        "durft",
        "durfde",
        "weigert",
        "weigerde",
        "mag",
        "mocht",
        "zou",
        "liet",
        "hield",
        "nam",
        "bracht",
        "dacht",
        "koos",
    ]
)
# Verbs whose subject is almost always a person (speaking, wanting, living, feeling): after
# them even a word that usually opens sentences ("Mei belde", "Hoop vertelde") is a name.
_PERSON_VERBS: Final = frozenset(
    [
        "belt",
        "belde",
        "zegt",
        "zei",
        "vertelt",
        "vertelde",
        "meldt",
        "meldde",
        "vraagt",
        "vroeg",
        "wil",
        "wilde",
        "woont",
        "woonde",
        "weigert",
        "weigerde",
        "huilt",
        "huilde",
        "lacht",
        "lachte",
        "mailt",
        "mailde",
        "appt",
        "appte",
        "schreef",
        "antwoordde",
        "antwoordt",
        "reageerde",
        "reageert",
        "durft",
        "durfde",
        "voelt",
        "voelde",
        "vindt",
        "vond",
        "denkt",
        "dacht",
        "hoopt",
        "hoopte",
        "slaapt",
        "sliep",
        "spreekt",
        "sprak",
        "vertrok",
        "verhuisde",
        "verhuist",
        "studeert",
        "studeerde",
        "werkt",
        "werkte",
        "weet",
        "wist",
        "heet",
        "heette",
        "overleed",
        "trouwde",
        "zelf",
        # agentive verbs, strong pasts the morphology cannot reach ("liet", "hield", "nam")
        "liet",
        "laat",
        "hield",
        "houdt",
        "nam",
        "neemt",
        "pakt",
        "pakte",
        "regelt",
        "regelde",
        "haalt",
        "haalde",
        "bracht",
        "brengt",
        "stuurt",
        "stuurde",
        "zocht",
        "zoekt",
        "kocht",
        "koos",
        "besloot",
        "beslist",
        "begon",
        "vergat",
        "vergeet",
        "hielp",
        "helpt",
        "probeert",
        "probeerde",
        "schrijft",
        "zit",
        "zat",
        "riep",
        "verloor",
    ]
)
# Adverbial superlatives after "het": "Zon zit het liefst ..." (no article, the subject came).
# Verbs that take a person as subject and a thing as object: after them an article does not
# turn the opener into an adverbial ("Zwart regelt de sleutel", "Groen liet de hond uit").
_AGENT_VERBS: Final = _words("""
regelt|regelde|pakt|pakte|neemt|nam|haalt|haalde|liet|laat|hield|houdt|stuurt|stuurde
schreef|schrijft|belt|belde|mailt|mailde|zocht|zoekt|bracht|brengt|kocht|vertelde
vertelt
""")
# Adjective endings; an object pronoun after the verb ("liet ons") cannot be its subject.
_ADJECTIVE_SHAPE: Final = regexes.compile(r"(?:lijk|ig|baar|zaam|loos|isch)$")
_OBJECT_PRONOUNS: Final = frozenset(["ons", "hem", "mij", "me", "jou", "jullie"])
# One syllable of Mandarin pinyin (without tones).
_PINYIN: Final = regexes.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|"
    r"ui|ue|er|a|o|e|i|u)"
)
# Abbreviated titles of quick notes ("mw", "dhr"): always followed by a name.
_ABBREV_TITLES: Final = frozenset(["mw", "mevr", "mvr", "dhr", "mnr", "hr", "mr"])
# Lower-case nouns after "de Naam ...": an institution named after a person.
_INSTITUTION_NOUNS: Final = _words("""
school|basisschool|college|kliniek|huis|centrum|buurthuis|moskee|kerk|bibliotheek
praktijk|stichting|academie|lyceum|mavo|havo|ziekenhuis|zorgcentrum|kinderopvang
peuterspeelzaal
""")
_SECOND_PERSON: Final = frozenset(["jij", "je", "u", "jullie"])
_SUPERLATIVE_ADVERBS: Final = frozenset(["liefst", "meest", "vaakst", "best", "langst", "eerst"])
# Greeting words that can be first names; before a lower-case word they greet a group
# ("Lieve collega's", "Beste allemaal").
_GREETINGS: Final = frozenset(["Lieve", "Beste", "Dag", "Hallo", "Hoi", "Hey", "Geachte", "Waarde"])
# Words that open an answer before a comma ("Goed, ik bel je"): no vocative.
_INTERJECTIONS: Final = _words("""
ja|nee|nou|oké|ok|okay|goed|prima|top|zeker|dus|ach|hoi|hallo|sorry|helaas|klopt|precies
inderdaad|misschien|tja|oh|o|natuurlijk|graag|super|fijn|mooi|dank|bedankt|thanks|daarom
eerlijk|kortom|kijk|hé|he|hee|joh|helder|duidelijk|akkoord|genoteerd|begrepen|check|tuurlijk|idd|terecht|juist|waar
""")
# After "Naam," a pronoun, modal or thanks addresses that person ("Wil, ik bel je").
_VOCATIVE_NEXT: Final = _words("""
ik|jij|je|kun|kan|wil|zou|heb|dank|bedankt|wat|hoe|weet|ga|mag|wij|we|graag|fijn|goed
top|dat|klopt
""")
# Pronouns after an inverted verb in a question or request ("Kent iemand ...", "Heeft u ...").
_QUESTION_SUBJECTS: Final = _words("""
iemand|niemand|iedereen|u|jij|je|jullie|ik|we|wij|ze|zij|hij|er|men|het
""")
# Arabic and Berber articles and kin words written before a surname with a hyphen.
_ARTICLE_PREFIXES: Final = frozenset(
    ["Al", "El", "Abu", "Abd", "Bin", "Ben", "Ibn", "Ait", "Ul", "Ould"]
)
# Toponymic surname endings ("hoogland", "terpstra", "veldkamp") for lower-case surnames that
# are also words, after an abbreviated title.
_SURNAME_ENDINGS: Final = tuple(
    sorted(
        _words("""
land|man|stra|sma|inga|enga|berg|veld|hof|kamp|huis|huizen|dijk|dijck|meer|hout|bosch
donk|horst|broek|beek|laar|bos|kerk|burg|weg|brink|hoven|haar|heuvel|dal|wijk|loo|lo
""")
    )
)
# English words that mark a quoted English sentence ("I have my church"): no names there.
_ENGLISH_MARKERS: Final = _words("""
i|you|my|your|have|has|the|is|are|me|we|our|it|please|not|don't|can't|will|want|need
miss|alone|leave|this|that|with|and|am|was|church|family|home|help|his|her|their|of|to|a
an|be|do|no|yes|just|go
""")
# Mixed case inside a word: random tokens ("YngFb", "BUbHoWC") are no names, except the
# known name patterns McX, MacX, DeX, LaX, O'X, d'X and the Dutch digraph IJ.
_MIXED_CASE: Final = regexes.compile(r"[a-zà-ÿ][A-ZÀ-Þ]|^[A-ZÀ-Þ]{2,}[a-zà-ÿ]")
_MIXED_OK: Final = regexes.compile(
    r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O['’]|D['’]|d['’]|IJ)[A-ZÀ-Þ][a-zà-ÿ'’]+$"
    r"|^IJ[a-zà-ÿ]+$"
)


# Short Dutch nouns that end compounds of notes ("Baxterrol", "Casusles", "Zorgwet"): a word
# ending in one of them after four or more letters is a thing, not an unknown name.
_NOUN_TAILS: Final = ("rol", "les", "wet", "map", "zak", "box", "app", "log")
# English words around a lower-case word that show an English sentence ("cannot come to").
_ENGLISH_NEIGHBOURS: Final = frozenset(
    ["to", "cannot", "can't", "will", "would", "could", "should", "the", "you", "i", "we"]
)
# An English auxiliary before a pronoun opens a question ("Can you check ..."), not a name.
_ENGLISH_AUX: Final = frozenset(
    ["Can", "Could", "Will", "Would", "Should", "Shall", "Do", "Does", "Did", "May", "Might"]
)
_ENGLISH_SUBJECTS: Final = frozenset(["you", "we", "i", "he", "she", "they", "someone", "anyone"])


def _gibberish(w: str) -> bool:
    """A token with random inner capitals ("ZWeq"), not a name like "McDonald" or "IJsbrand"."""
    return any(_MIXED_CASE.search(p) and not _MIXED_OK.match(p) for p in w.split("-"))


# Words in AMBIGUOUS_STARTERS that are never a given name before a speech verb or a surname:
# roles and titles ("Mentor zei"), adjectives and greetings ("Beste Jansen (40),"), note
# headings and things ("Tip gaf aan dat ...").
_NOT_WORD_NAMES: Final = _words("""
    mentor|leider|imam|pastor|junior|lady|baron|earl|server|forum|safari|salami|gala|corona
    beste|dag|groot|klein|nieuwe|oude|jong|oud|kort|lang|sterk|lage|prima|wit|zwart|groen
    rood|geel|blauw|plan|tip|post|vraag|let|kijk|lees|zie|weet|heb|geef|bel|mail|stuur|ken
    edit|kick|beat|niks|made|mate
""")
# After the verb, a subject pronoun or an article means the opener was an adverbial and
# the subject follows: "Juni kwam de brief", "Soms belde ze".
_INVERSION_SUBJECTS: Final = frozenset(
    ["ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "men", "er"]
)
_DETERMINERS: Final = frozenset(
    ["de", "het", "een", "dit", "deze", "die", "mijn", "zijn", "haar", "hun", "onze", "ons"]
)
_LONG_VOWEL: Final = frozenset(["aa", "ee", "oo", "uu"])
# Words before a noun that rule out a name: "vorige zomer", "elke storm", "hele winter".
_NOUN_PRE: Final = frozenset(
    [
        "elke",
        "iedere",
        "vorige",
        "komende",
        "volgende",
        "afgelopen",
        "hele",
        "deze",
        "dat",
        "welke",
        "zo'n",
        "geen",
        "veel",
        "weinig",
        "meer",
        "minder",
        "nieuwe",
        "oude",
        "grote",
    ]
)
# Closing formulas of a letter or mail: the next line holds the writer's name.
_CLOSING: Final = regexes.compile(
    r"(?:groet(?:en|jes)?|mvg|m\.v\.g\.?|gr\.?|vriendelijke groet|regards|dank|bedankt|"
    r"hartelijke groet|met dank|liefs|doei|tot (?:ziens|snel|morgen|straks|later|dan|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag)|fijne? (?:dag|avond|weekend|middag)|succes)[,.!]?$"
    # a short thanks line: "Alvast bedankt voor het meedenken.", "Dank je wel!"
    r"|^(?:alvast |nogmaals |hartelijk |heel erg |veel )?(?:dank|bedankt|thanks)\b[^\n]{0,40}$"
)
# First words of a line under a name in a signature (besides roles): contact details.
_ROLE_LINE_STARTS: Final = frozenset(
    ["t", "tel", "tel.", "telefoon", "m", "mob", "mobiel", "e", "e-mail", "email", "mail"]
)
# Street names built as head + particle + name ("Laan van Meerdervoort").
_STREET_HEADS: Final = frozenset(
    ["Laan", "Plein", "Kade", "Singel", "Weg", "Dreef", "Burgwal", "Gracht", "Straat", "Park"]
)
# Abstract-noun endings: "Veiligheid", "Opvoeding", "Vriendschap" are never names.
_ABSTRACT_SUFFIX: Final = regexes.compile(r"(?:heid|ing|schap|teit|isme|tie|sie|nis|dom|erij|ij)$")
# Month names: capitalised after a time preposition they are the month ("sinds Juni").
_MONTH_NAMES: Final = frozenset(MONTHS)
_TIME_PREPS: Final = frozenset(
    [
        "in",
        "eind",
        "begin",
        "half",
        "medio",
        "tot",
        "sinds",
        "vanaf",
        "per",
        "na",
        "voor",
        "rond",
        "halverwege",
        "eind-",
        "t/m",
        "vóór",
        "tijdens",
        "sedert",
        "uiterlijk",
        "heel",
        "afgelopen",
    ]
)
# Capitalised words that are no names even in running text (faith, address forms).
_NOT_NAME_CAPS: Final = frozenset(
    ["God", "Allah", "Jezus", "Christus", "Heer", "Here", "Bijbel", "Koran", "Thora", "Profeet"]
)
# Words after which a capitalised word is a title, a brand or a place rather than a name.
_NO_NAME_AFTER: Final = frozenset(
    [
        "in",
        "naar",
        "uit",
        "te",
        "bij",
        "vanuit",
        "richting",
        "via",
        "elke",
        "ieder",
        "iedere",
        "welke",
        "geen",
        "zogenaamde",
        "zogenaamd",
        "zgn",
        "woord",
        "project",
        "programma",
        "methode",
        "app",
        "cursus",
        "training",
        "groep",
        "wet",
        "regeling",
    ]
)
_CONTACT_VERBS: Final = frozenset(
    ["bel", "bellen", "mail", "mailen", "app", "appen", "sms", "informeer"]
)
_CONTACT_VERB_AFTER: Final = frozenset(
    ["even", "terug", "nog", "op", "morgen", "vandaag", "over", "z.s.m"]
)
_LOWER_CONTACT_AFTER: Final = frozenset(
    ["gebeld", "gesproken", "afgesproken", "gemaild", "geappt", "ge-appt", "thuis", "overlegd"]
)
_ALL_PARTICLES_LOWER: Final = _LOWER_PARTICLES | frozenset(p.lower() for p in _CAP_PARTICLES)
_SENTENCE_END: Final = frozenset(".!?:;•*…\"'“”‘’()[]|>→⇒")
_LOCATION_PREPS: Final = frozenset(
    [
        "in",
        "naar",
        "uit",
        "te",
        "bij",
        "vanuit",
        "richting",
        "rond",
        "nabij",
        "omgeving",
        "wijk",
        "stadsdeel",
        "regio",
        "gemeente",
        # the same prepositions in Frisian and Limburgish: "út Snits", "yn Ljouwert", "oet Sittard"
        "út",
        "yn",
        "nei",
        "oet",
        "vanoet",
        "nao",
    ]
)
_ORG_PREPS: Final = frozenset(["de", "het", "een", "der", "des"])
_COMMON_DIMINUTIVES: Final = frozenset(
    ["beetje", "meisje", "mannetje", "potje", "hapje", "ritje", "uurtje", "weekje", "kopje"]
)
# Institution nouns whose capitalised follower is the institution's own name:
# "Wijkcentrum De Henri", "Buurthuis Mooi Moerwijk", "Basisschool De Globe".
ORG_HEADS: Final = frozenset(
    [
        "wijkcentrum",
        "buurthuis",
        "buurtcentrum",
        "stichting",
        "basisschool",
        "school",
        "huize",
        "zorgcentrum",
        "verpleeghuis",
        "woonzorgcentrum",
        "kinderdagverblijf",
        "kinderopvang",
        "bso",
        "moskee",
        "kerk",
        "gezondheidscentrum",
        "speeltuin",
        "sportschool",
        "lyceum",
        "restaurant",
        "café",
        "winkelcentrum",
        "theater",
        "bibliotheek",
        "opvang",
        "hostel",
        "hotel",
        "project",
        "programma",
        "vereniging",
        "woongroep",
        "locatie",
        "jongerencentrum",
        "inloophuis",
        "ontmoetingscentrum",
        "dagbesteding",
        # a theme or a working group has a name: "themabijeenkomst Schulden", "werkgroep Jeugd"
        "thema",
        "themagroep",
        "themabijeenkomst",
        "themapagina",
        "themamiddag",
        "werkgroep",
        "contactlijst",
        # buildings and rooms carry names too: "flat Zuidhoorn", "zaal De Lindenboom"
        "flat",
        "seniorenflat",
        "wooncomplex",
        "complex",
        "woontoren",
        "gebouw",
        "zaal",
        "vergaderzaal",
        "lokaal",
    ]
)
_ABBREV_BEFORE_DOT: Final = frozenset(
    [
        "tel",
        "nr",
        "ca",
        "bijv",
        "evt",
        "o.a",
        "oa",
        "mw",
        "dhr",
        "mevr",
        "mr",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "fam",
        "st",
        "vs",
        "etc",
        "resp",
        "incl",
        "excl",
        "jl",
        "vlg",
        "zgn",
        "ivm",
        "mbt",
        "tav",
        "t.a.v",
        "z.s.m",
        "zsm",
    ]
)
_AGE_AFTER: Final = regexes.compile(r"\s*\(\s*[0-9]{1,3}\s*(?:jaar|jr\.?)?\s*\)")
_NON_NAME_SUFFIX: Final = regexes.compile(
    r"(?<=[^\W0-9_]{3})(?:ische|isch|aanse|iaanse|aans|ese|centrum|team|loket|punt|dienst|zorg|hulp|fonds|bank|"
    r"school|college|kliniek|groep|instituut|bureau|raad|opvang|kerk|moskee|plein|straat|laan|"
    r"kade|gracht|singel|dreef|steeg|weg|wijk|buurt|kwartier|service|beheer|bedrijf|winkel|project|"
    r"programma|kaart|wijzer|loket|coach|overleg|spreekuur|regeling|toeslag|uitkering|"
    r"verzekering|training|cursus|sprekende|sprekend|talige|talig)$"
)
# place-shaped family names ("Stolwijk", "Oudkerk", "Adriaanse"): see _toponymic_surname
_TOPONYMIC_SUFFIX: Final = regexes.compile(r"(?<=[^\W0-9_]{3})(?:wijk|kerk|aanse)$")
_LOWER_TITLES: Final = frozenset(t for t in TITLES if not t[:1].isupper())
_INITIAL_ABBR: Final = frozenset(
    ["Th", "Chr", "Joh", "Ph", "Fr", "Wm", "Jac", "Corn", "Hendr", "Gerr", "Ij", "IJ", "Ch"]
)

# Field labels whose value is a person's initials only ("Voorletters: S.D.").
_INITIALS_LABELS: Final = frozenset(["voorletters", "voorletter", "initialen", "voorl"])
# Lower-case words in notes that announce a colleague's or client's name ("eigenaar errol").
_OWNER_CUES: Final = frozenset(
    [
        "eigenaar",
        "regievoerder",
        "regiehouder",
        "casushouder",
        "dossierhouder",
        "behandelaar",
        "aanspreekpunt",
        "contactpersoon",
        "namens",
    ]
)
# "nummer rudie:", "tel zuleika:": a contact detail announced with its owner's name.
_NUMBER_CUES: Final = frozenset(
    [
        "nummer",
        "nr",
        "tel",
        "telefoon",
        "telefoonnummer",
        "mobiel",
        "mob",
        "adres",
        "mail",
        "mailadres",
        "e-mail",
        "rekening",
        "rekeningnummer",
        "iban",
        "bsn",
        "geboortedatum",
    ]
)
# Day abbreviations and note markers that may stand before a name at the start of a line.
_LINE_LEAD: Final = frozenset(
    ["ma", "di", "wo", "do", "vr", "za", "zo", "nb", "ps", "pm", "np", "!", "→", ">", "-", "•", "*"]
)
# Adverbs between a name and a contact participle: "heb giandro net gesproken".
_CONTACT_ADVERBS: Final = frozenset(
    ["net", "even", "nog", "vandaag", "gisteren", "al", "ook", "kort", "telefonisch", "weer"]
)
_CONTACT_PARTICIPLES: Final = frozenset(
    [
        "gebeld",
        "gesproken",
        "gemaild",
        "geappt",
        "ge-appt",
        "gezien",
        "bezocht",
        "ingelicht",
        "bijgepraat",
        "teruggebeld",
        "overlegd",
        "afgesproken",
    ]
)
# Labels before an enumeration of children with their ages ("kinderen: ola 12, kuba 9").
_ENUM_LABELS: Final = frozenset(
    ["kinderen", "kids", "kind", "gezinsleden", "broers", "zussen", "kleinkinderen", "thuiswonend"]
)
_AGE_WORDS: Final = frozenset(["jr", "jaar", "j", "mnd", "maanden", "jaar)", "jarig"])
# "errol t/m 13-10 met vakantie": a person is away, an object never is.
_AWAY: Final = regexes.compile(
    r"\s*(?:(?:t/m|tot(?: en met)?|vanaf|van|per)\b[^\n]{0,30}?\b)?"
    r"(?:met|op|in) (?:vakantie|verlof|ziekteverlof|zwangerschapsverlof)\b"
)
# Words that open a line of a thread, a form or tracked changes with a colon: "edit: ...",
# "Inserted: the client", "Verwijderd: ..."
_LINE_LABELS: Final = frozenset(
    ["edit", "aanl", "opm", "toel", "update", "inserted", "deleted", "formatted", "moved"]
    + ["verwijderd", "ingevoegd", "opgemaakt", "verplaatst", "gewijzigd"]
)
# Lower-case note abbreviations with a vowel: never a name even in a name slot.
_NOTE_ABBREVS: Final = frozenset(
    [
        "afspr",
        "aanw",
        "evt",
        "ivm",
        "ipv",
        "iig",
        "idd",
        "info",
        "oke",
        "tzt",
        "poh",
        "wmo",
        "uwv",
        "bso",
        "ggd",
        "kids",
        "asap",
        "fyi",
        "edit",
        "aanl",
        "opm",
        "toel",
        "update",
        "todo",
        "follow",
        "check",
        "mnd",
        "geb",
        "overl",
        "vlgs",
        "bijv",
        "incl",
        "excl",
        "gebr",
        "ouders",
    ]
)
# Turkish and other forms of address written after the name: "Ayşe hanım", "Mehmet amca".
_POST_HONORIFICS: Final = frozenset(
    ["hanım", "hanim", "bey", "abla", "abi", "teyze", "amca", "dayı", "dayi", "yenge", "hoca", "ji"]
)
# Collective and institution nouns that can open a sentence as the subject of a person
# verb ("Gemeente belde", "Werkgever zegt"): they are never a name there.
_NON_PERSON_SUBJECTS: Final = frozenset(
    [
        "gemeente",
        "school",
        "opvang",
        "kinderopvang",
        "crèche",
        "werkgever",
        "huisbaas",
        "eigenaar",
        "baas",
        "bazin",
        "chef",
        "leidinggevende",
        "werknemer",
        "stagiair",
        "stagiaire",
        "student",
        "studente",
        "scholier",
        "bank",
        "verzekeraar",
        "zorgverzekeraar",
        "ziekenhuis",
        "kliniek",
        "apotheek",
        "afdeling",
        "instantie",
        "organisatie",
        "corporatie",
        "familie",
        "buurt",
        "niemand",
        "iemand",
        "iedereen",
        "klas",
        "rechtbank",
        "bewoner",
        "bewoonster",
        "bezoeker",
        "beller",
        "melder",
        "aanvrager",
        "vrijwilligster",
        "hulpverlening",
        "zorgaanbieder",
        "aanbieder",
        "leverancier",
        "incassobureau",
        "inspectie",
        "directie",
        "directeur",
        "directrice",
        "leiding",
        "kerk",
        "moskee",
        "schoonfamilie",
        "ex",
    ]
)
# Field labels are ordinary words or agent nouns ("Intaker:", "Casusles:", "Casusnummer:").
_LABEL_SUFFIX: Final = regexes.compile(
    r"(?:nummer|nr|datum|naam|les|adres|kenmerk|code|status|soort|type|plaats|"
    r"verslag|notitie|titel|onderwerp|periode|locatie|team|regio)$"
)

# Words before a lower-case name that, with the words after it, show a person (see
# ``PersonFinder._cued_lower_name``): a visit, a contact with a role in brackets, a note mark.
_SLOT_CUES: Final = frozenset(["bij", "Bij", "naar", "Naar", "met", "nb", "NB", "Nb", "."])
_VISIT_CLOSERS: Final = {
    "bij": (
        ("thuis",),
        ("langs",),
        ("op", "bezoek"),
        ("op", "huisbezoek"),
        ("aan", "de", "deur"),
        ("op", "de", "koffie"),
        ("over", "de", "vloer"),
    ),
    "naar": (("toe",),),
}
_SHOP_CLOSERS: Final = frozenset([("langs",), ("toe",)])
# Nouns and participles of meeting someone: "overleg met roos", "afgestemd met kees".
_MEET_NOUNS: Final = frozenset(
    [
        "overleg",
        "overleggen",
        "gesprek",
        "contact",
        "afspraak",
        "afgestemd",
        "overlegd",
        "gesproken",
        "gebeld",
        "afstemmen",
        "samen",
        "mee",
        "afgesproken",
        "ruzie",
        "kennisgemaakt",
        "huisbezoek",
        "hb",
    ]
)
_SPEAKER_TIME: Final = regexes.compile(r"\s?\([0-9]{1,2}[:.][0-9]{2}\)\s?:")
# "Wil 11:02: ben bij dhr Sterk": a speaker and the clock time of a message, at a line start.
_SPEAKER_CLOCK: Final = regexes.compile(r"[ \t][0-9]{1,2}[:.][0-9]{2}[ \t]?:[ \t]")
# Verbs of speaking and contacting: only people do them.
_SPEECH_VERBS: Final = frozenset(
    [
        "belt",
        "belde",
        "zegt",
        "zei",
        "vertelt",
        "vertelde",
        "meldt",
        "meldde",
        "mailt",
        "mailde",
        "appt",
        "appte",
        "vraagt",
        "vroeg",
        "antwoordde",
        "reageerde",
        "huilde",
        "lachte",
        "weigert",
        "weigerde",
        "beloofde",
        "belooft",
    ]
)
# Table headers whose column holds people's names.
_PERSON_COLUMNS: Final = frozenset(
    [
        "naam",
        "name",
        "medewerker",
        "wie",
        "door",
        "uitvoerder",
        "contactpersoon",
        "cliënt",
        "client",
        "behandelaar",
        "betrokkene",
        "persoon",
        "eigenaar",
        "casusregisseur",
        "regie",
        "verantwoordelijke",
        "hulpverlener",
        "consulent",
        "melder",
        "gezinslid",
        "ouder",
        "bewoner",
        "huurder",
        "aanvrager",
        "auteur",
        "afzender",
        "ontvanger",
        "actiehouder",
    ]
)
_JOINED_PARTICLES: Final = (
    "van der",
    "van den",
    "van de",
    "van",
    "de",
    "den",
    "der",
    "ter",
    "ten",
    "el",
    "al",
    "ben",
    "op de",
    "in 't",
)
_NAME_PARTICLES: Final = frozenset(["el", "al", "ben", "bin", "ait", "abu", "ibn"])
# Why the look-behind: without it the scan starts again at every letter of every word;
# a local part starts after a character outside [\w.+-] or right after the dot that ends
# the address before, so the matches are those of r"([\w.+-]+)@[\w-]+\." (twice as fast).
_EMAIL_LOCAL: Final = regexes.compile(r"(?<![\w+-])([\w.+-]+)@[\w-]+\.")
_GENERIC_MAILBOXES: Final = frozenset(
    [
        "info",
        "contact",
        "mail",
        "post",
        "admin",
        "secretariaat",
        "receptie",
        "balie",
        "team",
        "noreply",
        "wijkteam",
        "zorg",
        "hulp",
        "loket",
        "servicedesk",
        "helpdesk",
        "support",
        "intake",
        "aanmelding",
        "aanmeldingen",
        "meldpunt",
        "administratie",
        "klantenservice",
        "planning",
        "hotmail",
        "gmail",
        "outlook",
    ]
)
# Heads of compound role words: "vertrouwensarts", "politieagent", "gezinsbegeleider".
_ROLE_HEADS: Final = (
    "arts",
    "agent",
    "werker",
    "werkster",
    "coach",
    "consulent",
    "verpleegkundige",
    "begeleider",
    "begeleidster",
    "regisseur",
    "therapeut",
    "adviseur",
    "medewerker",
    "medewerkster",
    "manager",
    "deskundige",
    "voogd",
    "verzorgende",
    "bemiddelaar",
    "ambtenaar",
    "hulpverlener",
    "coördinator",
    "psycholoog",
    "mentor",
)


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _acronym_plural(w: str, lex: Lexicons) -> bool:
    """ "Wmos", "Pgbs", "GGDs": the plural of a service acronym, unless a known name ("Mees")."""
    if not 4 <= len(w) <= 5 or w[-1] != "s":
        return False
    stem = w[:-1]
    return (
        (stem in lex.orgs or stem.upper() in lex.orgs)
        and w not in lex.first_names
        and w not in lex.surnames
    )


@lru_cache(maxsize=65536)  # why: called for the same few words a quarter million times
def _base(w: str) -> str:
    """Strip a possessive (Fatima's -> Fatima)."""
    if len(w) > 3 and w[-2:] in ("'s", "’s"):
        return w[:-2]
    if len(w) > 3 and w[-1] in "'’":
        return w[:-1]  # "Joris' broer"
    return w


FREE: Final = b"\0"
STRUCTURED: Final = 1  # found already as an address, phone, e-mail, date ...
PROTECTED_ORG: Final = 2
PROTECTED_PLACE: Final = 3


# How notes and chat exports shorten the client, a relative or a role as the speaker of a
# line ("[10:07] clt: hallo", "[10:09] mdw: welke brief?"): no name.
_SPEAKER_ABBREVIATIONS: Final = frozenset(
    ["clt", "cl", "cli", "clnt", "client", "cliënt", "mw", "mvr", "mevr", "dhr", "hr", "mdw"]
    + ["hv", "bw", "bwv", "wv", "wk", "vz", "ma", "pa", "tolk", "beller", "spreker"]
)
_BLOCKED_RUN: Final = re.compile(rb"[^\x00]+")
# the quote marks that may open a quoted sentence (PersonFinder._english_quote)
_QUOTE_TOKENS: Final = frozenset(['"', "“", "‘", "'"])
# TOKEN as one capturing group: split gives [gap, token, gap, ..., token, gap]
_TOKEN_SPLIT: Final = regexes.compile(f"({TOKEN.pattern})")
_WORD_PAD: Final = [""] * 16


class _Doc:
    __slots__ = (
        "text",
        "starts",
        "ends",
        "n",
        "levels",
        "_lower",
        "words",
        "gaps",
        "cues",
        "strong",
        "_quotes",
    )

    def __init__(self, text: str, blocked: bytearray) -> None:
        self.text = text
        # Why split and accumulate rather than a match object per token: both run in C
        # (the same matches as TOKEN.finditer), several times cheaper on a long text.
        pieces = _TOKEN_SPLIT.split(text)
        bounds = list(accumulate(map(len, pieces)))
        words = pieces[1::2]
        ends = bounds[1::2]
        starts = bounds[0:-1:2]
        # token k spans text[starts[k] : ends[k]] and reads words[k]
        self.starts = starts
        self.ends = ends
        self.n = len(words)
        # words[i]: the token's text, "" just before the first and after the last token.
        # Why a padded list: it is indexed over a million times on a corpus, and a
        # negative index lands in the padding at the end, so no range test is needed
        # (callers look at most four tokens past either end).
        words.extend(_WORD_PAD)
        self.words = words
        self.gaps = pieces[0::2]  # gaps[k]: the text between tokens k - 1 and k
        self._quotes: list[int] | None = None
        self._lower: str | None = None
        self.cues: dict[int, str] = {}  # PersonFinder.cue_before, per token
        self.strong: dict[int, bool] = {}  # PersonFinder.strong_cue, per token
        # highest protection level inside each token (0 = free)
        self.levels = [0] * self.n
        if blocked.count(0) != len(blocked):  # any(blocked), in C
            # only tokens that overlap a blocked run need a look (runs are few)
            levels = self.levels
            for run in _BLOCKED_RUN.finditer(blocked):
                rs, re_ = run.span()
                i = bisect_right(ends, rs)  # first token ending after the run starts
                while i < self.n and starts[i] < re_:
                    s, e = starts[i], ends[i]
                    levels[i] = max(blocked[s:e])
                    i += 1

    def quotes(self) -> list[int]:
        """Indices of the tokens that are a quote mark (for PersonFinder._english_quote)."""
        if self._quotes is None:
            self._quotes = list(compress(count(), map(_QUOTE_TOKENS.__contains__, self.words)))
        return self._quotes

    def free(self, i: int, allow: tuple[int, ...] = ()) -> bool:
        lv = self.levels[i]
        return lv == 0 or lv in allow

    def occurrences(self, needle: str) -> list[tuple[int, int]]:
        """(first, last) token indices where the text spells ``needle`` (any case).

        Why a string search: scanning every token in Python for a handful of names costs
        more than the rest of the person search on a long text.
        """
        if self._lower is None:
            low = self.text.lower()
            self._lower = low if len(low) == len(self.text) else ""
        low, starts = self._lower, self.starts
        out: list[tuple[int, int]] = []
        if not low or not needle:
            return out
        pos = low.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            x = bisect_left(starts, pos)
            if x < self.n and starts[x] == pos:
                y = bisect_left(starts, end) - 1
                if self.ends[y] == end:
                    out.append((x, y))
            pos = low.find(needle, pos + 1)
        return out

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j are separated by spaces only, not a line break."""
        if j >= self.n or i < 0:
            return False
        if j == i + 1:
            gap = self.gaps[j]
            if len(gap) > 2:
                return False
        else:
            s = self.ends[i]
            e = self.starts[j]
            if e - s > 2:
                return False
            gap = self.text[s:e]
        return gap == " " or ("\n" not in gap and "\t" not in gap and gap.strip() == "")

    def touching(self, i: int, j: int) -> bool:
        return i >= 0 and j < self.n and self.ends[i] == self.starts[j]

    def is_initial(self, i: int) -> bool:
        w = self.words[i]
        return (
            i + 1 < self.n
            and self.words[i + 1] == "."
            and self.touching(i, i + 1)
            and ((len(w) == 1 and w.isupper()) or w in _INITIAL_ABBR)
        )

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        if 0 < i < self.n:
            gap = self.gaps[i]
            pw = self.words[i - 1]
        else:
            s = self.starts[i]
            pe = self.ends[i - 1]
            pw = self.words[: self.n][i - 1]  # (unpadded: i - 1 may count from the end)
            gap = self.text[pe:s]
        if "\n" in gap or "\t" in gap:
            return True  # a new line or a new cell of a tab-separated table
        if pw in _SENTENCE_END or pw in "-–—":
            if pw == "." and i >= 2:
                before = self.words[i - 2]
                if self.touching(i - 2, i - 1) and (
                    before.lower() in _ABBREV_BEFORE_DOT
                    or (
                        len(before) == 1
                        and before.isalpha()
                        and before not in "uU"
                        and not (
                            i >= 3 and self.words[i - 3].isdigit() and self.touching(i - 3, i - 2)
                        )
                    )
                    or (before in TITLES and len(before) <= 5)
                ):
                    return False  # "J. Jansen", "mevr. Bakker"; "bij u. Dan ..." ends one
            return True
        return False


_CAPS_PARTICLES: Final = frozenset(["VAN", "DE", "DER", "DEN", "TER", "TEN", "'T", "EL", "AL"])
_ELIDED_T: Final = frozenset(["'t", "’t", "'T", "’T"])
# A surname with an elided particle written in lower case: "d'Souza", "l'Amri", "d’Almeida".
_ELIDED_NAME: Final = regexes.compile(r"[dl]['’][A-ZÀ-Þ]")
# Lower-case particle runs that open a Dutch surname ("de Vries", "van der Linden").
_SURNAME_PARTICLES: Final = frozenset(
    ["de", "van", "der", "den", "ter", "ten", "het", "'t", "’t", "in"]
)
_PARTICLE_RUNS: Final = frozenset(
    [
        ("de",),
        ("den",),
        ("ter",),
        ("ten",),
        ("van",),
        ("van", "de"),
        ("van", "der"),
        ("van", "den"),
        ("van", "het"),
        ("van", "'t"),
        ("in", "'t"),
        ("in", "’t"),
        ("van", "’t"),
    ]
)
# What follows the first word of a table row that may be a name: a cell break or ", First".
_CELL_END: Final = regexes.compile(r"[ ]?[\t;|(,]")
_CELL_END_FIRST: Final = (" ", "\t", ";", "|", "(", ",")
# Lower-case tokens that may open a name in a quick note: a particle or a one-letter initial.
_LOWER_LEADS: Final = frozenset(
    [p for p in PARTICLES if p.islower() and p.isalpha()] + list("abcdefghijklmnopqrstuvwxyz")
)
# The same typed in lower case in a quick note: "hb o'neill", "bij d'souza".
_ELIDED_LOWER: Final = regexes.compile(r"[odl]['’][a-zà-ÿ]{3,}$")
# Never a name, even where a name lexicon lists the word: languages and nationalities in
# English and Dutch ("She speaks German", "Ierse expat"), diseases named after a person
# ("de diagnose Alzheimer"), English forms of address and mail headers.
_ALWAYS_STOP: Final = _words("""
German|English|French|Dutch|Spanish|Polish|Turkish|Arabic|Irish|British|American|Italian|
Portuguese|Russian|Ukrainian|Bulgarian|Romanian|Moroccan|Syrian|Somali|Eritrean|Ierse|Iers|
Ieren|Duitser|Duitsers|Britse|Britten|Amerikaanse|Amerikanen|Fransman|Fransen|Italiaanse|
Italianen|Spanjaard|Spanjaarden|Portugese|Portugezen|Hongaarse|Griekse|Grieken|Alzheimer|
Parkinson|Huntington|Korsakov|Asperger|Crohn|Tourette|Lyme|Duchenne|Hodgkin|Sir|Madam|
Forwarded|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|My|The|Catholic|Christian|
Muslim|Jewish|Protestant|Centre|Center|Army|Council|Hospital|Department|Office|Church|
Husband|Wife|Lesson|Lessons|Learned|Key|Takeaway|Takeaways|Thread|Original|Message|Kick-off|Kickoff|
Maleise|Molukse|Indonesische|Surinaamse|Antilliaanse|Marokkaanse|Turkse|Poolse|Syrische|Eritrese|
Somalische|Afghaanse|Chinese|Bulgaarse|Roemeense|Ghanese|Kaapverdische|Iraakse|Iraanse|Koerdische|
Oekraïense|Russische|Hindoestaanse|Javaanse|Caribische|Braziliaanse|Nigeriaanse|Ethiopische|
Egyptische|Tunesische|Algerijnse|Pakistaanse|Indiase|Filipijnse|Vietnamese|Thaise|Japanse|
Koreaanse|Hongaarse|Tsjechische|Slowaakse|Litouwse|Letse|Estse|Servische|Bosnische|Kroatische|
Albanese|Armeense|Georgische|Belgische|Duitse|Franse|Engelse|Spaanse|Friese|Limburgse|Brabantse
""")
# English function words typed in lower case: never a name even where a lexicon lists one.
_ENGLISH_FUNCTION: Final = _words("""
my|your|his|her|our|their|the|an|of|to|for|with|and|or|on|at|from|by|is|are|was|be|me|you|
we|they|it|this|that|own|please|help|dear|kind|regards|thanks|next|door|new|old
""")
# Note abbreviations of a visit or call, before the person visited: "hb jansen".
_VISIT_ABBREVS: Final = frozenset(["hb", "tc", "huisbezoek", "tel.gesprek", "telgesprek"])
# Words before "naar/aan/door <name>": a message sent to, or a call made by, a person.
_SENT_WORDS: Final = frozenset(
    [
        "bericht",
        "mail",
        "brief",
        "appje",
        "sms",
        "gestuurd",
        "gemaild",
        "doorgestuurd",
        "teruggebeld",
        "gebeld",
        "verstuurd",
        "overgedragen",
        "doorgegeven",
        "gevraagd",
    ]
)
# Plural finite verbs after two coordinated names: "roos en kees komen dinsdag".
_PLURAL_VERBS: Final = frozenset(
    [
        "komen",
        "kwamen",
        "gaan",
        "gingen",
        "willen",
        "wilden",
        "hebben",
        "hadden",
        "zijn",
        "waren",
        "kunnen",
        "konden",
        "moeten",
        "moesten",
        "wonen",
        "woonden",
        "zitten",
        "blijven",
        "bellen",
        "belden",
        "zeggen",
        "zeiden",
        "vinden",
        "vonden",
        "krijgen",
        "kregen",
        "mogen",
    ]
)
# Verbs of living and moving before "in/naar/uit <place>".
_RESIDENCE_WORDS: Final = frozenset(
    [
        "woont",
        "wonen",
        "woonde",
        "woonden",
        "verhuisd",
        "verhuist",
        "verhuizen",
        "verhuisde",
        "geboren",
        "opgegroeid",
        "vertrokken",
        "vertrekt",
        "gevlucht",
        "vluchtte",
        "reist",
        "reisde",
        "gereisd",
        "terug",
        "teruggekeerd",
        "ingeschreven",
        "afkomstig",
    ]
)
_PREPOSITIONS: Final = frozenset(
    ["bij", "van", "met", "aan", "voor", "op", "in", "naar", "uit", "door", "over", "via"]
)
# "Hoop (8) zit op school": sitting somewhere is said of a child, not of a season.
_SITS: Final = frozenset(["zit", "zat"])
# Verbs that describe a thing as readily as a person: "Winter (3) was zwaar".
_COPULAS: Final = frozenset(
    ["is", "was", "wordt", "werd", "blijft", "bleef", "lijkt", "leek", "zit", "zat"]
)
# "zijn" and "haar" count only after a preposition ("bij zijn ..."): "noemt haar Seun".
_POSSESSIVE_DETS: Final = frozenset(["zijn", "haar", "hun", "mijn", "onze", "jouw", "uw"])
# Departments after "medewerker": "medewerker Verhuur", "team Incasso".
_DEPARTMENT_CUES: Final = frozenset(["medewerker", "medewerkster", "afdeling", "team"])
# Words that name a case or a family whose name follows in quotes: casus "Storm".
_QUOTED_NAME_HEADS: Final = frozenset(
    ["casus", "case", "gezin", "familie", "fam", "cliënt", "client"]
)
_QUOTES: Final = frozenset(["'", '"', "‘", "’", "“", "”"])
# PersonFinder._cap_slot: the tokens after and before a capitalised word that open a slot
_CAP_SLOT_NEXT: Final = _QUOTES | frozenset([":", "→", "(", ","])
_CAP_SLOT_PREV: Final = _QUOTES | frozenset(["bij", ":"])
# Contact nouns after which "van <name> (" or "<noun> <name> (" names the sender or caller.
# Things a person owns, before "van <name>": "rek. van marjolein:", "nummer van kees:".
_OWNED_NOUNS: Final = frozenset(
    [
        "rek",
        "rekening",
        "rekeningnummer",
        "nummer",
        "nr",
        "tel",
        "telefoon",
        "telefoonnummer",
        "mail",
        "e-mail",
        "mailadres",
        "adres",
        "iban",
        "pas",
        "paspoort",
        "auto",
        "sleutel",
    ]
)
# Mail header fields that hold a person's name.
_MAIL_HEADERS: Final = frozenset(["Van", "Aan", "From", "To", "Cc", "CC", "Bcc", "BCC"])
# Roles written after a name in a list of attendees: "(vz)", "(notulist)".
_LIST_ROLES: Final = frozenset(
    ["vz", "voorzitter", "notulist", "notulen", "secretaris", "gast", "stagiair"]
)
_CONTACT_NOUNS: Final = frozenset(
    [
        "mail",
        "e-mail",
        "tel",
        "telefoon",
        "app",
        "appje",
        "bericht",
        "sms",
        "brief",
        "belletje",
        "memo",
        "mailtje",
        "berichtje",
        "voicemail",
        "notitie",
    ]
)
# Nouns of handing a case over: "overdracht van cor aan Marloes".
_HANDOVER_NOUNS: Final = frozenset(["overdracht", "overdrachtsgesprek", "overname"])
# Kinds of leave: "ivm vakantie storm" names whose leave it is.
_LEAVE_NOUNS: Final = frozenset(["vakantie", "verlof", "ziekte", "afwezigheid", "ziekteverlof"])
# Infinitives of a to-do line whose object is a person: "- kromowidjojo terugbellen".
_TODO_VERBS: Final = frozenset(
    ["bellen", "terugbellen", "nabellen", "opbellen", "mailen", "appen", "informeren", "uitnodigen"]
)
# What a lower-case word in brackets may begin with after a name: its birth date.
_BIRTH_CUES: Final = frozenset(["geb", "geboren", "geb.", "°"])
# A person is not home or absent: "storm niet thuis", "kees afwezig".
_ABSENT: Final = regexes.compile(
    r"[ \t]+(?:niet[ \t]+(?:thuis|aanwezig|bereikbaar|gekomen|verschenen)|afwezig)\b"
)


def _skip_call_name(doc: _Doc, k: int) -> int:
    """After initials, step over a call name in brackets: "P.J.M. (Piet) Jansen"."""
    if (
        doc.words[k] == "("
        and doc.words[k + 2] == ")"
        and doc.words[k + 1][:1].isupper()
        and doc.words[k + 3][:1].isupper()
    ):
        return k + 3
    return k


# Titles written out, never abbreviated: a dot after them ends the sentence
_TITLE_WORDS_WRITTEN_OUT: Final = frozenset(
    ["mevrouw", "meneer", "mijnheer", "juffrouw", "dokter", "zuster", "mister", "madam"]
)


# abbreviated titles that may follow another title ("pastor ds.", "prof. dr.")
_CHAINED_TITLES: Final = frozenset(["dr", "drs", "mr", "ir", "ing", "prof", "ds"])


def _title_at(doc: _Doc, i: int) -> int:
    """If a title starts at token i, return the index after it (and its dot), else -1."""
    w = doc.words[i]
    lw = w.lower()
    if w not in TITLES and lw not in TITLES:
        return -1
    if (
        lw in ("heer", "hr")
        and doc.words[i - 1].lower() not in ("de", "geachte", "beste", "waarde", "edele")
        and w != "Hr"
    ):
        return -1
    nxt = doc.words[i + 1]
    dotted = nxt == "." and doc.touching(i, i + 1) and lw != "familie"
    if dotted and lw in _TITLE_WORDS_WRITTEN_OUT:
        return -1  # "na toestemming van mevrouw. Er liep al ...": the sentence ends
    name = doc.words[i + 2] if dotted else nxt
    if lw in ("familie", "fam", "echtpaar") and not (
        name[:1].isupper() or name in _LOWER_PARTICLES
    ):
        return -1
    j = i + 2 if dotted else i + 1
    # "pastor ds. Wijngaarden", "mevrouw dr. Yildiz", "prof. dr. ir. Bakker": an abbreviated
    # title after a title is the title's too; the name comes after the last of them
    while (
        doc.words[j].lower() in _CHAINED_TITLES
        and doc.words[j + 1] == "."
        and doc.touching(j, j + 1)
    ):
        j += 2
    return j


# Bound on each per-word memo table, so a long batch cannot grow memory without end.
_MEMO_MAX: Final = 50_000


class _Memo(dict):
    """word -> fn(word), filled on first use; bounded by _MEMO_MAX.

    Why a dict with ``__missing__``: a known word costs one look-up in C, where a method
    with its own memo costs a Python call per question.
    """

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, w: str) -> Any:
        if len(self) >= _MEMO_MAX:
            self.clear()
        r = self[w] = self.fn(w)
        return r


# PersonFinder._token_flags: the tests of find a word can pass by itself
_LF_LEAD, _LF_SLOT, _LF_FIRST, _LF_UPPER = 1, 2, 4, 8
# previous tokens that make find look at a lower-case word whatever the word
_LOWER_PREV: Final = _SLOT_CUES | frozenset(["]", "@"])


class PersonFinder:
    """Find person-name spans in one text, avoiding already-blocked characters."""

    def __init__(self, lex: Lexicons | None = None) -> None:
        self.lex = lex or lexicons()
        # curated names that are ordinary words ("Buren", "Schilder") count only capitalised
        word_names = self.lex.word_names
        self.lower_surnames = frozenset(s.lower() for s in self.lex.surnames if s not in word_names)
        # lower-case first names, to skip the lower-case fast path in one set lookup
        self.lower_first = frozenset(
            f.lower() for f in frozenset.__iter__(self.lex.first_names) if f not in word_names
        )
        # Why memo tables: these verdicts depend on the word and the (fixed) lexicons only,
        # and the same words are asked about many times per text and across texts.  The
        # hot loops below index them directly (``self.stop[w]``): a hit is one dict look-up.
        self.hard = _Memo(self._hard_stop)
        self.stop = _Memo(self._is_stop)
        self._score_at_start = _Memo(lambda w: self._name_score(w, True))
        self._score_inside = _Memo(lambda w: self._name_score(w, False))
        self.first = _Memo(self.lex.first_names.__contains__)  # w in lex.first_names
        self.surname = _Memo(self.lex.surnames.__contains__)  # w in lex.surnames
        self._flags = _Memo(self._token_flags)

    def _token_flags(self, w: str) -> int:
        """Which tests of :meth:`find` token ``w`` can pass on its own (memo: self._flags).

        _LF_UPPER: the token takes the capitalised path (a capital or a lower-case title);
        otherwise the lower-case tests it may pass.  Why: most tokens are lower-case words
        that pass none; these tests depend on the word and the (fixed) lexicons only.
        """
        if w[0].isupper() or w in _LOWER_TITLES:
            return _LF_UPPER
        lower_first = self.lower_first
        r = 0
        if w in _LOWER_LEADS:
            r |= _LF_LEAD
        if (
            w[0].isalpha()
            and (w not in self.lex.lower_function or w in _NAME_PARTICLES)
            and (
                w not in self.lex.words
                or w in lower_first
                or w in self.lower_surnames
                or w in _NAME_PARTICLES
            )
            and (w not in _ALL_PARTICLES_LOWER or w in _NAME_PARTICLES)
        ):
            r |= _LF_SLOT
        if len(w) > 2 and (
            w in lower_first
            or (w[-1] in "s'’" and _base(w) in lower_first)
            or (not w.isascii() and fold(w) in lower_first)  # "ngọc"
        ):
            r |= _LF_FIRST
        return r

    # --- word classes -------------------------------------------------------------------
    def caps_name(self, w: str) -> bool:
        """A known name typed in capitals ("JANSEN", "YILMAZ"), not an acronym or a word."""
        if len(w) < 4 or not w.isupper():
            return False
        t = w.title()
        lex = self.lex
        return (
            (t in lex.surnames or t in lex.first_names)
            and w.lower() not in lex.words
            and w not in lex.orgs
            and t not in lex.orgs
            and t not in lex.places
        )

    def is_stop(self, w: str) -> bool:
        """Capitalised words that are never (part of) a person name on their own."""
        return self.stop[w]

    def _is_stop(self, w: str) -> bool:
        if w in TITLES or self.hard[w] or self.soft_stop(w):
            return True
        b = _base(w)
        lex = self.lex
        return (
            b not in lex.first_names and b not in lex.surnames and bool(_NON_NAME_SUFFIX.search(b))
        )

    def soft_stop(self, w: str) -> bool:
        """Place names: not a name alone, but fine as a surname inside a name."""
        lex = self.lex
        b = _base(w)
        return b in lex.places and b not in lex.first_names and b not in lex.surnames

    def hard_stop(self, w: str) -> bool:
        """Organisations, curated places, acronyms, nationalities: never part of a name."""
        return self.hard[w]

    def _hard_stop(self, w: str) -> bool:
        lex = self.lex
        b = _base(w)
        if b in lex.stop_caps or b in lex.orgs or b in TITLES or b in _ALWAYS_STOP:
            return True
        if b[:1].isupper() and b.lower() in _NOTE_ABBREVS and b not in lex.first_names:
            return True  # "Afspr vr 12-4": a note abbreviation opening a line
        if not b[1:].islower() and _gibberish(b):
            return True  # "YngFb", "BUbHoWC": a code or password, not a name
        if b.lower() in lex.role_words and b not in lex.surnames and b not in lex.first_names:
            return True  # "Casusregisseur Omar": the role, not part of the name
        if len(b) >= 2 and b.isupper() and b not in _ROMAN and not self.caps_name(b):
            return True  # acronyms: GGZ, MEE, UWV
        if _acronym_plural(b, lex):
            return True  # "de consulent Wmos", "twee GGDs": a service in the plural
        if "-" in b:
            parts = b.split("-")
            if any(p in lex.orgs or (len(p) >= 2 and p.isupper()) for p in parts) or (
                parts[-1].lower() in lex.role_words
            ):
                return True
        return False

    def name_score(self, w: str, at_start: bool) -> int:
        """2 = known name, 1 = plausible unknown proper noun, 0 = ordinary word/stop."""
        return (self._score_at_start if at_start else self._score_inside)[w]

    def _name_score(self, w: str, at_start: bool) -> int:
        lex = self.lex
        b = _base(w)
        if self.stop[w] or b in _ROMAN:
            return 0
        if b.isupper() and len(b) > 3:
            b = b.title()  # caps_name: "JANSEN" scores as "Jansen"
        parts = b.split("-") if "-" in b else [b]
        if len(b) > 4 and b.endswith("je") and b.lower() not in _COMMON_DIMINUTIVES:
            # diminutives of first names: "Keesje", "Rietje", "Bertje", "Jantje"
            stem = b[:-3] if b.endswith(("tje", "pje")) else b[:-2]
            if stem in lex.first_names or b[:-2] in lex.first_names:
                return 2
        if (
            len(b) > 3
            and b[-1] == "s"
            and (b[:-1] in lex.first_names or b[:-1] in lex.surnames)
            and b.lower() not in lex.words
            and not lex.is_word(b[:-1])
        ):
            return 2  # "de Zhangs" (the family), "Anhs vader" (possessive without apostrophe)
        if len(parts) == 2 and parts[0] in _ARTICLE_PREFIXES and parts[1][:1].isupper():
            return 2  # "Al-Saadi", "El-Amrani": an Arabic surname with its article
        if any(p in lex.first_names or p in lex.surnames for p in parts):
            if at_start and (b in AMBIGUOUS_STARTERS or b.lower() in lex.lower_function):
                return 0
            if at_start and b.lower() in lex.words and b not in lex.first_names:
                return 0  # "Bakker" opening a sentence is more often the noun
            return 2
        if lex.is_word(b, compounds=at_start or len(b) >= 12):
            return 0  # long compounds ("Wachtwoordherstel") are words; short ones may be names
        if "-" in b and all(lex.is_word(p) or p in lex.places or len(p) <= 3 for p in parts if p):
            return 0  # "Invoerknop-tekst", "Brits-Engels"
        if len(b) < 3 or not any(c in "aeiouyAEIOUYéëèïöüáàíóú" for c in b.lower()):
            return 0
        if self._tail_compound(b):
            return 0
        return 1

    def _tail_compound(self, w: str) -> bool:
        """A compound ending in a short noun ("Baxterrol", "Casusles"), not an unknown name.

        Why: the word list splits compounds only into parts of four letters or more, so
        coined compounds on "-rol", "-les", "-wet" slip through; after "-les" the head must be
        a word too, since names like "Morales" end the same way.
        """
        lw = w.lower()
        if len(lw) < 7 or not lw.endswith(_NOUN_TAILS) or not lw.isalpha():
            return False
        head = lw[:-3]
        if len(head) < 4:
            return False
        if not lw.endswith(("les", "log")):
            return True  # "-log" too: "Gesprekslog", but "Kinolog" needs a word as head
        return self.lex.is_word(head) or (head[-1] == "s" and self.lex.is_word(head[:-1]))

    def _known_place(self, w: str) -> bool:
        """A place or neighbourhood by the lexicons, so "in"/"uit" before it is a preposition."""
        if w in self.lex.places:
            return True
        return w[:1].isupper() and self.lex.gazetteer.kind.get(w) == "place"

    def _nameword(self, doc: _Doc, k: int, relaxed: bool, continuing: bool = False) -> bool:
        """Token k can be (part of) a name inside a chain."""
        w = doc.words[k]
        if (
            not w
            or not w[0].isalpha()
            or not (w[0].isupper() or (w[0] in "dl" and _ELIDED_NAME.match(w)))
            or w in _CAP_PARTICLES
        ):
            return False
        nxt = doc.words[k + 1]
        if nxt == ":" and doc.touching(k, k + 1) and w.lower() in LABEL_CUES:
            return False  # the next field label ("Radost  Aan: Farhad"), not a surname
        if (nxt == "." or nxt == "-") and self._abbrev_or_elided(doc, k):
            return False  # (it needs a dot or a hyphen after the word)
        if relaxed:
            return (
                doc.free(k, (PROTECTED_PLACE, PROTECTED_ORG))
                and not (len(w) >= 2 and w.isupper() and w not in _ROMAN and not self.caps_name(w))
                and not ("-" in w and any(len(p) >= 2 and p.isupper() for p in w.split("-")))
            )
        if nxt == "." and doc.is_initial(k):
            return False
        if continuing:
            return doc.levels[k] == 0 and not self.hard[w]  # doc.free(k)
        return doc.levels[k] == 0 and not self.stop[w]

    @staticmethod
    def _abbrev_or_elided(doc: _Doc, k: int) -> bool:
        """ "Geb.:" (an abbreviated field label) or "Sofi-/BSN", "Sofi- en BSN-nummer".

        Why: a word cut off by a dot before a colon, or by a hyphen that elides the
        second half of a compound, is a label or a word part, never a name.
        """
        nxt = doc.words[k + 1]
        if nxt == "." and doc.words[k + 2] == ":" and doc.touching(k, k + 1):
            return True
        if nxt == "-" and doc.touching(k, k + 1):
            after = doc.words[k + 2]
            return after == "/" or (
                not doc.touching(k + 1, k + 2) and after in ("en", "of", "/", "&", ",")
            )
        return False

    def verb_strength(self, w: str) -> int:
        """2 = a finite verb with a person subject, 1 = another finite verb, 0 = no verb.

        Why morphology: the word list has infinitives, so a third-person present ("meldt")
        or a weak past ("meldde", "hoopte") is recognised through its infinitive.
        """
        if w in _PERSON_VERBS:
            return 2
        if w in _SUBJECT_FOLLOWERS:
            return 1
        if len(w) < 4 or not w.isalpha() or not w.islower():
            return 0
        stems: tuple[str, ...]
        if w.endswith(("de", "te")):
            stems = (w[:-2],)
        elif w.endswith("t"):
            stems = (w[:-1], w)
        else:
            return 0
        words = self.lex.words
        for st in stems:
            if len(st) < 2 or st in self.lex.lower_function:
                continue
            cands = [st + "en", st + st[-1] + "en"]
            if st[-3:-1] in _LONG_VOWEL:
                short = st[:-2] + st[-1]
                cands.append(short + "en")
                cands.append(short[:-1] + {"f": "v", "s": "z"}.get(short[-1], short[-1]) + "en")
            cands.append(st[:-1] + {"f": "v", "s": "z"}.get(st[-1], st[-1]) + "en")
            if any(c in words for c in cands):
                return 1
        return 0

    def subject_of_verb(self, doc: _Doc, k: int, ambiguous: bool) -> bool:
        """Token k (a lone word opening a sentence) is the subject of the verb after it."""
        nxt = doc.words[k + 1]
        if not nxt or not doc.adjacent(k, k + 1):
            return False
        strength = self.verb_strength(nxt)
        if strength == 0 or (ambiguous and strength < 2):
            return False
        after = doc.words[k + 2].lower()
        if after in _INVERSION_SUBJECTS:
            return False  # "Soms belde ze": an adverbial opener, the subject follows
        if after == "het" and doc.words[k + 3].lower() in _SUPERLATIVE_ADVERBS:
            return True  # "Zon zit het liefst buiten": "het liefst" is an adverb
        return not (ambiguous and after in _DETERMINERS and nxt not in _AGENT_VERBS)

    def family_cue(self, doc: _Doc, i: int) -> bool:
        """A relation, greeting or form of address just before token i ("zus Florence")."""
        cue = self.cue_before(doc, i)
        if not cue or doc.words[i - 1] == ":":
            return False
        lc = cue.lower()
        return lc in RELATIONS and lc not in WEAK_CUES and lc not in self.lex.role_words

    # --- chain building -----------------------------------------------------------------
    def cue_before(self, doc: _Doc, i: int) -> str:
        """Relation or role word just before token i ("zoon Jort", "de oudste, Jort").

        Also field labels with a colon ("Notulist: Ayşe") and chat speakers ("[9:36] Wei:").
        A cue on an earlier line never counts: a heading is not announced by a signature.
        """
        # Why a memo in the document: the chain and its verdict ask about the same token
        r = doc.cues.get(i)
        if r is None:
            r = doc.cues[i] = self._cue_before(doc, i)
        return r

    def _cue_before(self, doc: _Doc, i: int) -> str:
        if not 0 < i < doc.n:
            return self._cue_before_sliced(doc, i)
        # gaps[k]: the text between tokens k - 1 and k (tokens hold no tab or line break)
        gaps = doc.gaps
        k = i - 1
        if doc.words[k] in (",", ":"):
            if "\n" in gaps[i]:
                return ""
            k -= 1
        if k < 0 or "\n" in gaps[k + 1]:
            return ""
        if "\t" in gaps[i] or (k < i - 1 and "\t" in gaps[k + 1]):
            return ""  # "Cliënt<TAB>Adres": cells of a table header, not a cue and its name
        return self._cue_word(doc, i, k)

    def _cue_before_sliced(self, doc: _Doc, i: int) -> str:
        """_cue_before for a token index outside 1..n-1, by slicing the text as written."""
        k = i - 1
        if k >= 0 and doc.words[k] in (",", ":"):
            if "\n" in doc.text[doc.ends[k] : doc.starts[i]]:
                return ""
            k -= 1
        if k < 0 or "\n" in doc.text[doc.ends[k] : doc.starts[k + 1]]:
            return ""
        if "\t" in doc.text[doc.ends[k] : doc.starts[i]]:
            return ""  # "Cliënt<TAB>Adres": cells of a table header, not a cue and its name
        return self._cue_word(doc, i, k)

    def _cue_word(self, doc: _Doc, i: int, k: int) -> str:
        """The cue at token k before token i, once no line break or tab stands between."""
        cw = doc.words[k]
        lex = self.lex
        if doc.words[k + 1] == ":" and k + 1 < i:
            if cw.lower() in LABEL_CUES:
                return cw
            if k >= 1 and f"{doc.words[k - 1]} {cw}".lower() in LABEL_CUES:
                return cw
        if (
            cw in ("]", "-")
            and doc.words[k - 1].isdigit()
            and doc.words[k - 2] == ":"
            and doc.words[i + 1] == ":"
            and i + 1 < doc.n
            and doc.touching(i, i + 1)
        ):
            return "chat"
        if cw in RELATIONS or cw.lower() in RELATIONS or cw.lower() in lex.role_words:
            return cw
        if "-" in cw:
            tail = cw.lower().split("-")[-1]
            if tail in lex.role_words or tail in RELATIONS:
                return cw
        return ""

    def strong_cue(self, doc: _Doc, i: int) -> bool:
        r = doc.strong.get(i)
        if r is None:
            cue = self.cue_before(doc, i)
            r = doc.strong[i] = bool(cue) and cue not in WEAK_CUES and cue.lower() not in WEAK_CUES
        return r

    def chain(self, doc: _Doc, i: int, relaxed: bool = False) -> tuple[int, list[int]]:
        """Extend a name chain from token i; return (last index, indices of name words).

        ``relaxed`` (after a title or initials) lets places and roles be surnames
        ("mevrouw Engels", "A. van Engeland").
        """
        words: list[int] = []
        j = i
        last = -1
        forced = -1
        cued = doc.strong.get(i)  # strong_cue(doc, i), its memo first
        if cued is None:
            cued = self.strong_cue(doc, i)
        gaps = doc.gaps
        while j < doc.n:
            if j > i:  # not doc.adjacent(j - 1, j), inline: the gap before token j
                g = gaps[j]
                if g != " " and (len(g) > 2 or "\n" in g or "\t" in g or g.strip() != ""):
                    break
            w = doc.words[j]
            if (
                j == forced
                # (_nameword needs a capital or an elided particle: "d'Souza")
                or (
                    (w[:1].isupper() or (w[:1] in ("d", "l") and _ELIDED_NAME.match(w)))
                    and self._nameword(doc, j, relaxed, (bool(words) and last == j - 1) or cued)
                )
                or (words and w in _ROMAN and doc.levels[j] == 0)
                or (
                    # "buurman Kees Wassenaar": a surname that is also a place, after a
                    # first name
                    words
                    and last == j - 1
                    and doc.levels[j] == PROTECTED_PLACE
                    and _base(doc.words[last]) in self.lex.first_names
                    and doc.words[last] not in AMBIGUOUS_STARTERS
                    and (_base(w) in self.lex.surnames or not doc.words[j + 1][:1].isupper())
                    and doc.words[j + 1] not in ("-", "–")
                    and (j + 1 >= doc.n or doc.levels[j + 1] != PROTECTED_PLACE)
                )
            ):
                words.append(j)
                last = j
                j += 1
                continue
            nxt = doc.words[j + 1]
            if (
                w in ("-", "–")
                and words
                and last == j - 1
                and (relaxed or _base(doc.words[last]) in self.lex.surnames)
                and j + 1 < doc.n
                and doc.adjacent(j, j + 1)
                and (
                    nxt in _LOWER_PARTICLES
                    or nxt in _CAP_PARTICLES
                    # "J. Bakker – Politie": an organisation after the dash is where the
                    # person works (attendee lists), not the second half of a surname
                    or (
                        self._nameword(doc, j + 1, True)
                        and doc.levels[j + 1] == 0
                        and (w == "-" or _base(nxt) in self.lex.surnames)
                    )
                )
            ):
                j += 1  # spaced double surname: "A. Bakker - de Wit"
                continue
            if (
                w in _CONNECTORS
                and words
                and (nxt in _LOWER_PARTICLES or (w != "en" and nxt[:1].isupper()))
                and not (w == "en" and nxt == "het")  # "Tuhumury en het Leger": an article
            ):
                k = j + 1
            elif w in _LOWER_PARTICLES or w in _CAP_PARTICLES:
                k = j
            else:
                break
            if not (words or j == i) or doc.levels[j] != 0:
                break  # a particle inside a protected phrase ("Den Haag") ends the name
            # particles: must be followed by a name word; after a particle a place is a
            # surname ("van Engeland"), an organisation is not.
            start_k = k
            while k < doc.n and (
                doc.words[k] in _LOWER_PARTICLES or doc.words[k] in _CAP_PARTICLES
            ):
                if k > start_k and not doc.adjacent(k - 1, k):
                    break
                k += 1
            locative = doc.words[start_k].lower() in _LOCATIVE_PARTICLES
            if locative and k == start_k + 1 and self._known_place(doc.words[k]):
                break  # "Nadia Ziani in Beijum", "Visser uit Lunetten": where, not who
            if doc.words[k + 1] == "&" and doc.words[k + 2][:1].isupper():
                pass  # "Kolev van Expat & Migrant Desk": the particle leads to an organisation
            elif (
                len(words) >= 2
                and last == j - 1
                and k == start_k + 1
                and w == "van"
                and _base(doc.words[words[0]]) in self.lex.first_names
                and _base(doc.words[k]) not in self.lex.surnames
                and _base(doc.words[k]) not in self.lex.first_names
            ):
                pass  # "Marek Kowalczyk van Barka": the organisation the person works for
            elif (
                k < doc.n
                and k - start_k <= 4
                and doc.adjacent(k - 1, k)
                and (
                    self._nameword(doc, k, False)
                    or (
                        not locative
                        and doc.free(k, (PROTECTED_PLACE,))
                        and self._nameword(doc, k, True)
                        and doc.words[k] not in self.lex.orgs
                    )
                )
            ):
                j = forced = k
                continue
            if (
                ((words and last == j - 1) or (relaxed and j == i))
                and w[:1].isupper()
                and w in self.lex.surnames
                and doc.levels[j] == 0
                and (relaxed or self._score_inside[doc.words[last]] >= 1)
            ):
                words.append(j)  # a surname that looks like a particle: "Linh Le", "B. Le"
                last = j
            elif (
                j == i
                and w in self.lex.first_names
                and w[:1].isupper()
                and doc.levels[j] == 0
                and not doc.sentence_start(j)
                and not doc.words[j + 1][:1].isupper()
            ):
                words.append(j)  # "bel mij of Ben": a first name that is also a particle
                last = j
            break
        # inverted particles as in registers: "Bourgondië, van", "Berg, van den"
        if words and last + 2 < doc.n and doc.words[last + 1] == ",":
            k = last + 2
            while k < doc.n and doc.words[k] in _LOWER_PARTICLES and k - last <= 4:
                k += 1
            if k > last + 2 and (k >= doc.n or not doc.words[k][:1].isupper()):
                last = k - 1
        return last, words

    def find(self, text: str, blocked: bytearray) -> list[tuple[int, int]]:
        doc = _Doc(text, blocked)
        out: list[tuple[int, int]] = []  # token index pairs (first, last)
        i = 0
        starts, ends = doc.starts, doc.ends
        n = doc.n
        levels = doc.levels
        lex = self.lex
        lower_first = self.lower_first
        lower_function = lex.lower_function
        texts = doc.words  # the tokens' texts; texts[-1] is padding: "" before the first
        flags = list(map(self._flags.__getitem__, texts[:n]))
        # Why a list of the tokens to look at: most tokens are ordinary lower-case words
        # after an ordinary token, which none of the tests below can take; they are
        # passed over in C, by flags that are 0 and a previous token not in _LOWER_PREV.
        todo = list(
            compress(count(), map(or_, flags, map(_LOWER_PREV.__contains__, chain(("",), texts))))
        )
        x = 0
        while True:
            while x < len(todo) and todo[x] < i:
                x += 1
            if x == len(todo):
                break
            i = todo[x]  # the next token not passed over, at or after i
            w = texts[i]
            c = w[0]
            f = flags[i]
            if not f & _LF_UPPER:
                # fast path: names, initials and titles start upper case, except names
                # typed in lower case in quick notes, in slots only a person fills
                pw = texts[i - 1]
                if i > 0 and pw in _SLOT_CUES and levels[i] == 0:
                    last = self._cued_lower_name(doc, i)
                    if last >= 0:
                        out.append((i, last))  # "bij kramer thuis", "nb mei belt terug"
                        i = last + 1
                        continue
                if f & _LF_LEAD and (len(w) == 1 or (i > 0 and pw in RELATIONS)) and levels[i] == 0:
                    # "buurvrouw de graaf (...) belde", "intake o. demir"
                    last = self._lower_lead_end(doc, i)
                    if last >= 0:
                        out.append((i, last))
                        i = last + 1
                        continue
                if (
                    i >= 2
                    and pw == "]"
                    and texts[i - 2].isdigit()
                    and doc.words[i + 1] == ":"
                    and doc.touching(i, i + 1)
                    and levels[i] == 0
                    and (w in lower_first or not lex.is_word(w))
                    and w not in lower_function
                    and w not in LABEL_CUES
                    and w not in _SPEAKER_ABBREVIATIONS
                ):
                    out.append((i, i))  # "[09:12] ger: ben er over 5 min": a chat speaker
                    i += 1
                    continue
                if (
                    i > 0
                    and pw == "@"
                    and c.isalpha()
                    and levels[i] == 0
                    and doc.touching(i - 1, i)
                    and not doc.touching(i - 2, i - 1)
                    and len(w) >= 2
                    and w not in lower_function
                    # "@allemaal", "@team", "@onbekend": a handle that is an ordinary word
                    and (w in lower_first or not lex.is_word(w))
                ):
                    out.append((i, i))  # "@ger graag even bellen": a mention in a thread
                    i += 1
                    continue
                # ordinary words and particles are names here only when a name lexicon
                # knows them ("storm", "roos"), or as "el", "ben", "ait" (_token_flags)
                if f & _LF_SLOT and levels[i] == 0:
                    last = self._lower_slot(doc, i)
                    if last >= 0 and not self._english_quote(doc, i, last):
                        out.append((i, last))
                        i = last + 1
                        continue
                if f & _LF_FIRST and self._lower_first(doc, i):
                    last = self._lower_surname_after(doc, i)
                    out.append((i, last))  # "karim el amrani": with the surname after it
                    i = last
                i += 1
                continue
            if not doc.free(i, (PROTECTED_ORG, PROTECTED_PLACE)):
                i += 1
                continue
            if len(w) <= 3 and w.isalpha() and w.isupper():
                last = self._bare_initials_end(doc, i)
                if last >= 0:
                    out.append((i, last))  # "huisarts (J Jansen)", "(ME van der Linden)"
                    i = last + 1
                    continue
            if c.isalpha() and w.isupper() and len(w) > 1:
                last = self._caps_register_end(doc, i)
                if last < 0:
                    last = self._caps_name_end(doc, i)
                if last >= 0:
                    out.append((i, last))  # "ROOS BAKKER", "DE VRIES", "DEKKER, Fleur"
                    i = last + 1
                    continue
            if (
                (starts[i] == 0 or text[starts[i] - 1] == "\n")
                and text.startswith(_CELL_END_FIRST, ends[i])  # (the regex only where it may)
                and _CELL_END.match(text, ends[i])
            ):
                last = self._row_name_end(doc, i)
                if last >= 0:
                    out.append((i, last))  # "Haddou<TAB>06-...": a table row of contacts
                    i = last + 1
                    continue
            if c.isupper() and (doc.words[i + 1] == "," or w in _CAP_PARTICLES):
                last = self._register_name_end(doc, i)
                if last >= 0:
                    out.append((i, last))  # "Van Lith, Annie - geb. ...": surname, first name
                    i = last + 1
                    continue
            # 1. title + name (lower case allowed in quick notes)
            lw = w.lower()
            t = _title_at(doc, i) if w in TITLES or lw in TITLES else -1
            if t < 0 and lw in ("fam", "familie") and doc.levels[i] == 0:
                t = i + 2 if doc.words[i + 1] == "." and doc.touching(i, i + 1) else i + 1
                last = self._lower_surname_at(doc, t)
                if last >= 0:
                    out.append((t, last))  # "hb fam kowalski": a family name in a quick note
                    i = last + 1
                    continue
                t = -1
            if t > 0:
                span = self._after_title(doc, t)
                if span:
                    span = (span[0], self._after_call_name(doc, span[1]))
                    out.append(span)
                    i = span[1] + 1
                    continue
            if doc.levels[i] != 0:
                if (
                    doc.levels[i] == PROTECTED_ORG
                    and not w.isupper()
                    and (_base(w) in self.lex.first_names or _base(w) in self.lex.surnames)
                    and not (i + 1 < doc.n and doc.levels[i + 1] and doc.adjacent(i, i + 1))
                    and self.family_cue(doc, i)
                ):
                    out.append((i, i))  # "zus Florence", not the care firm
                elif (
                    doc.levels[i] == PROTECTED_PLACE
                    and _base(w) in self.lex.first_names
                    and self.family_cue(doc, i)
                ):
                    # "zoon Frans", "zoon Frans Wattimena": a first name that is a language
                    last = i
                    if doc.adjacent(i, i + 1) and doc.words[i + 1][:1].isupper():
                        end, words = self.chain(doc, i + 1)
                        if words and self._score_inside[doc.words[words[-1]]] >= 1:
                            last = end
                    out.append((i, last))
                    i = last + 1
                    continue
                i += 1
                continue
            # 2. initials + surname
            if doc.is_initial(i) and not (i > 0 and doc.words[i - 1] in TITLES):
                k = i
                while doc.is_initial(k) and k - i < 10:
                    k += 2
                k = _skip_call_name(doc, k)
                if (
                    k < doc.n
                    and doc.free(k, (PROTECTED_PLACE,))
                    and (doc.words[k][:1].isupper() or doc.words[k] in _LOWER_PARTICLES)
                    and doc.adjacent(k - 1, k)
                ):
                    last, words = self.chain(doc, k, relaxed=True)
                    if words and last >= 0:
                        out.append((i, last))
                        i = last + 1
                        continue
                if doc.words[k] == "(" and doc.words[k + 1].lower() in RELATIONS:
                    out.append((i, k - 1))  # "S. (zoon, 14)": a child named by an initial
                    i = k
                    continue
                if self.cue_before(doc, i).lower() in _INITIALS_LABELS:
                    out.append((i, k - 1))  # "Voorletters: S.D.": the initials are the data
                    i = k
                    continue
            # 3. capitalised chain
            if doc.words[i + 1] == "van":
                after = self._name_before_van_org(doc, i)
                if after > 0:
                    out.append((i, i))  # "Mei van Stichting Schuldhulp belde": the person
                    i = after
                    continue
            if w[0].isalpha() and w[0].isupper():
                last, words = self.chain(doc, i)
                slot = self._cap_slot(doc, i, words)
                if slot >= 0:
                    out.append((i, slot))
                    i = slot + 1
                    continue
                if (
                    not words
                    and doc.words[i + 1] in _SPEECH_VERBS
                    and doc.sentence_start(i)
                    and self.soft_stop(w)
                    and not self.hard[w]
                    and self._noun_subject(doc, i)
                ):
                    out.append((i, i))  # "Hoogland zegt ...": a village name as a surname
                    i += 1
                    continue
                if (
                    len(words) == 1
                    and i >= 2
                    and doc.words[i - 1] == "van"
                    and out
                    and out[-1][1] == i - 2
                    and self._score_inside[w] < 2
                ):
                    i += 1  # "Marek Kowalczyk van Barka": the employer, not a second person
                    continue
                if len(words) > 1:
                    words, last = self._cut_van_org(doc, words, last)
                if words:
                    if self._accept(doc, i, words):
                        # register style "Ozturk, H.": take the trailing initials along
                        if doc.words[last + 1] == "," and doc.is_initial(last + 2):
                            k = last + 2
                            while doc.is_initial(k):
                                k += 2
                            last = k - 1
                        elif self._trailing_initial(doc, last):
                            last += 2  # "Nourdin B.": a surname shortened to its initial
                        elif (
                            len(doc.words[last]) == 1
                            and doc.words[last + 1] == "."
                            and doc.touching(last, last + 1)
                        ):
                            last += 1  # "Darnell V.": the initial (read as a numeral) and its dot
                        out.append((self._particle_start(doc, i, words), last))
                        i = last + 1
                        continue
                    if (
                        len(words) > 1
                        and words[0] == i
                        and (doc.sentence_start(i) or self._score_inside[w] == 0)
                    ):
                        i += 1  # "Volgens Jan": retry without the sentence opener
                        continue
                    i = last + 1
                    continue
            i += 1
        if out:
            out = self._extend_found(doc, out)
        if "@" in text:
            out = self._email_names(doc, out)
        # "meneer 't Hart", "Dhr 't Hooft": the elided article belongs to the surname
        return [
            (
                starts[a - 1]
                if a > 0 and texts[a - 1] in _ELIDED_T and doc.adjacent(a - 1, a)
                else starts[a],
                ends[b],
            )
            for a, b in out
        ]

    # --- lower-case names in quick notes ------------------------------------------------
    def _lower_namelike(self, w: str, known_words: bool = False, second: bool = False) -> bool:
        """A lower-case word that can be a name: unknown to the word list, or a lexicon name.

        ``known_words`` also admits lexicon names that are ordinary words ("roos", "storm"):
        only for slots where no noun fits ("storm t/m 15 aug met vakantie").
        """
        lex = self.lex
        if _ELIDED_LOWER.match(w):
            return not lex.is_word(w[2:], compounds=False)
        if len(w) < 2 or not w.isalpha() or not w.islower():
            return False
        if (
            w in lex.lower_function
            or w in lex.role_words
            or w in _ALL_PARTICLES_LOWER
            or w in RELATIONS
            or w in _LOWER_TITLES
            or w in _MONTH_NAMES
            or w in _ABBREV_BEFORE_DOT
            or w in _NOTE_ABBREVS
            or w in _NON_PERSON_SUBJECTS
        ):
            return False
        if not any(ch in "aeiouyéëèïöüáàíóúâêôûı" for ch in w):
            return False  # "hb", "pc", "spv", "cjg": note abbreviations
        if w in _ENGLISH_FUNCTION:
            return False  # "help for my neighbour": English, not a Vietnamese "My"
        cap = w.capitalize()
        if cap in lex.stop_caps or cap in lex.orgs or w.upper() in lex.orgs:
            return False
        if w in self.lower_first or w in self.lower_surnames:
            if not lex.is_word(w, compounds=False):
                return True
            # a surname after a first name may be any word ("maud groen", "jade winter"),
            # but a name that is also a finite verb ("kent", "mag") only there
            return known_words and (
                second or (cap not in AMBIGUOUS_STARTERS and self.verb_strength(w) == 0)
            )
        if len(w) < 3 or cap in lex.places or self.verb_strength(w) > 0:
            return False
        return not lex.is_word(w)

    def _lower_surname_at(self, doc: _Doc, j: int, initial: bool = False) -> int:
        """Last token of "[particles] surname" in lower case from j ("el idrissi"), else -1.

        After an ``initial``, particles make a known surname that is also a word a name
        ("s. de jong", "r. de wit").
        """
        k = j
        while k < doc.n and doc.words[k] in _ALL_PARTICLES_LOWER and k - j < 3:
            k += 1
        if k >= doc.n or (k > j and not doc.adjacent(k - 1, k)) or doc.levels[k] != 0:
            return -1
        if k == j + 1 and doc.words[j] in _LOCATIVE_PARTICLES:
            return -1  # "familie in buitenland": where they are; "in 't veld" has two
        w = doc.words[k]
        if self._lower_name(w, strict=True) and self._lower_namelike(w):
            return k
        if (
            initial
            and k > j
            and w.isalpha()
            and w.capitalize() in self.lex.surnames
            and w not in self.lex.lower_function
        ):
            return k
        return -1

    def _clause_lead(self, doc: _Doc, i: int) -> bool:
        """Token i opens a line or clause, possibly after a date, time or day ("za 13/7 ...")."""
        k = i - 1
        gaps = doc.gaps
        while k >= 0:
            if "\n" in gaps[k + 1]:  # the text between tokens k and k + 1
                return True
            t = doc.words[k]
            if t in (":", ";", "(", "!", "?", "|", "→", ">", "•", "*", "–"):
                return True
            if t == "." and doc.words[k - 1] in (")", '"', "”", "'", "’"):
                return True  # "(>20%). lente (15) wil ...": a sentence ended after brackets
            if t == "." and k > 0 and doc.words[k - 1].isalpha() and len(doc.words[k - 1]) > 2:
                return doc.words[k - 1].lower() not in _LINE_LEAD
            if t.isdigit() or t in ("/", ".", "-", ",") or t.lower() in _LINE_LEAD:
                k -= 1
                continue
            return False
        return True

    def _lower_context(self, doc: _Doc, i: int, end: int, prev: str) -> int:
        """How strongly the slot around tokens i..end asks for a person: 0, 1, 2 or 3.

        1 admits only words unknown to the word list, 2 also lexicon names that are words,
        3 even those that usually open a sentence as a word ("lente (15) wil ...").
        """
        lex = self.lex
        nxt = doc.words[end + 1]
        nl = nxt.lower()
        adj_next = end + 1 < doc.n and doc.adjacent(end, end + 1)
        if i > 0 and doc.adjacent(i - 1, i):
            if prev in _VISIT_ABBREVS and not doc.touching(i - 1, i):
                return 2  # "hb jansen: geen gehoor", "tc storm": a visit or call with a person
            if prev in _OWNER_CUES or (prev in RELATIONS and prev not in WEAK_CUES):
                return 1  # "eigenaar clifton", "buurvrouw ans" (lexicon words: _lower_first)
            if prev in lex.role_words or self._role_like(prev):
                # "wijkagent liu"; "buurtcoach amber": a lexicon first name after a role
                w = doc.words[i]
                if w in self.lower_first and end == i and self.verb_strength(w) == 0:
                    return 2  # not a verb after the role: "wijkagent kent ..."
                return 1
        if (
            nxt == "("
            and adj_next
            and doc.words[end + 2].isdigit()
            and len(doc.words[end + 2]) <= 2
            and doc.words[end + 3] == ")"
            and (
                self._clause_lead(doc, i)
                or (prev in (",", "en", "&") and doc.words[i - 2] == ")")  # "storm (9), kees (12)"
            )
        ):
            after = doc.words[end + 4]
            if (
                after in ("", ",", ".", ":", ";", "en", "&", "+")
                or after in _SUBJECT_FOLLOWERS
                or after in _PERSON_VERBS
                or self.verb_strength(after) > 0
            ):
                return 3  # "lente (15) wil naar jongerenwerk": a child with its age
        if nxt == "(" and adj_next:
            close = end + 2
            while close < doc.n and close - end < 7 and doc.words[close] != ")":
                close += 1
            if doc.words[close] == ")" and close > end + 2:
                inner = doc.words[close - 1].lower()
                head = doc.words[end + 2].lower()  # "kees (maatje humanitas)"
                if (
                    inner in RELATIONS
                    or inner in lex.role_words
                    or self._role_like(inner)
                    or (head in lex.role_words and head not in WEAK_CUES)
                    or (head in RELATIONS and head not in WEAK_CUES)
                ):
                    return 2  # "dirk (broer) wil mantelzorger worden"
                if doc.words[close + 1] in _PERSON_VERBS and self._clause_lead(doc, i):
                    return 2  # "jade winter (Wmo-loket) belt terug"
                if (
                    close == end + 3
                    and prev in ("met", "bij", "van", "aan", "door")
                    and i > 0
                    and doc.adjacent(i - 1, i)
                    and (
                        doc.levels[close - 1] == PROTECTED_ORG
                        or inner.upper() in lex.orgs
                        or doc.words[close - 1].isupper()
                    )
                ):
                    return 2  # "overleg met bakker (wmo)": a person and the service she is with
        if (
            nxt in ("+", "&")
            and (
                (doc.words[i] in self.lower_first and self._clause_lead(doc, i))
                or (
                    # "afspraak met storm + bas": two people met
                    prev in ("met", "bij", "voor")
                    and i > 0
                    and doc.adjacent(i - 1, i)
                    and (doc.words[i] in self.lower_first or doc.words[i] in self.lower_surnames)
                )
            )
            and self._lower_namelike(doc.words[end + 2], True)
        ):
            return 2  # "mila + jorrit naar de speeltuin"
        if nxt in ("(", ":") and adj_next and self._contact_lead(doc, i):
            return 2  # "mail van zomer (z@...)", "tel. roos (DUO): ...", "app van bas: ..."
        if (
            nl == "en"
            and prev in ("met", "bij")
            and i > 0
            and doc.adjacent(i - 1, i)
            and adj_next
            and (doc.words[i] in self.lower_first or doc.words[i] in self.lower_surnames)
            and doc.words[end + 2] in self.lower_first
            and self._lower_namelike(doc.words[i], True)
            and self._lower_namelike(doc.words[end + 2], True)
        ):
            return 2  # "overleg met storm en bas": two people met
        if nl == "jarig" and adj_next:
            return 3  # "fleur jarig 23/5"
        if prev == "van" and i >= 2 and doc.adjacent(i - 1, i):
            owner = doc.words[i - 2].lower()
            if owner == "." and i >= 3:
                owner = doc.words[i - 3].lower()
            if (owner in RELATIONS and owner not in WEAK_CUES and owner not in _LOWER_TITLES) or (
                owner in _OWNED_NOUNS and nxt in (":", "(", ",")
            ):
                return 2  # "broer van yuniska", "rek. van marjolein: NL.."
        if (
            prev == "("
            and nxt == ")"
            and i >= 2
            and doc.words[i - 2].lower() in RELATIONS
            and doc.words[i - 2].lower() not in _LOWER_TITLES
        ):
            return 2  # "contact met ex (koen)": the relative named in brackets
        if _ABSENT.match(doc.text, doc.ends[end]) and self._clause_lead(doc, i):
            return 2  # "storm niet thuis, kaartje in de bus"
        if nl in ("geb", "geboren") and adj_next:
            return 2  # "zuleika geb. 17 jul. 2000"
        if nxt == ":" and prev in _NUMBER_CUES and doc.touching(end, end + 1):
            return 2  # "nw. nummer rudie: 070-..."
        if nl in _PERSON_VERBS and adj_next and nl != "zelf" and self._clause_lead(doc, i):
            after = doc.words[end + 2].lower()
            if after not in _INVERSION_SUBJECTS:
                return 2  # "nb: rudie wil niet dat ...", "jian guo wil ..."
        k = end + 1
        while doc.words[k].lower() in _CONTACT_ADVERBS and k - end < 3:
            k += 1
        if doc.words[k].lower() in _CONTACT_PARTICIPLES and adj_next:
            return 2 if prev in ("met", "heb", "hebben", "bij", "ook") else 1
        if nxt.isdigit() and len(nxt) <= 2 and adj_next:
            after = doc.words[end + 2]
            gap_nl = end + 2 >= doc.n or "\n" in doc.text[doc.ends[end + 1] : doc.starts[end + 2]]
            if gap_nl or after in (",", ";", ")") or after.lower() in _AGE_WORDS:
                if prev == ":" and doc.words[i - 2].lower() in _ENUM_LABELS:
                    return 2  # "kinderen: ola 12, kuba 9"
                if prev in (",", "en", "&") and doc.words[i - 2].isdigit():
                    return 2
        if _AWAY.match(doc.text, doc.ends[end]) and self._clause_lead(doc, i):
            return 2  # "storm t/m 15 aug met vakantie"
        return self._note_slot(doc, i, end, prev)

    def _note_slot(self, doc: _Doc, i: int, end: int, prev: str) -> int:
        """Level 2 for the slots of a quick note that only a person fills, else 0.

        A writer signing after a closing ("Gr. job", "groet, bloem"), a person addressed
        ("mees, wil je ..."), the object of a to-do line ("- ramdin terugbellen", "- iban
        lopes nakijken") and a name with its birth date in brackets ("voor bram (geb. ...").
        """
        nxt = doc.words[end + 1]
        adj_next = end + 1 < doc.n and doc.adjacent(end, end + 1)
        if nxt == "(" and adj_next and doc.words[end + 2].lower() in _BIRTH_CUES:
            return 2
        lead = self._clause_lead(doc, i)
        if lead and adj_next and nxt in _TODO_VERBS:
            return 2
        if (
            prev in _NUMBER_CUES
            and adj_next
            and nxt.endswith("en")
            and nxt in self.lex.words
            and doc.adjacent(i - 1, i)
        ):
            return 2  # "iban lopes nakijken": whose account number to check
        if (
            nxt == ","
            and lead
            and doc.touching(end, end + 1)
            and doc.words[end + 2].lower() in _VOCATIVE_NEXT
            and any(doc.words[x].lower() in _SECOND_PERSON for x in range(end + 2, end + 6))
            and doc.words[i].lower() not in _INTERJECTIONS
        ):
            return 2  # "mees, wil je de brief nakijken?": the person addressed
        ends_line = end + 1 >= doc.n or "\n" in doc.text[doc.ends[end] : doc.starts[end + 1]]
        if nxt in (".", "!") and doc.touching(end, end + 1):
            ends_line = (
                end + 2 >= doc.n or "\n" in doc.text[doc.ends[end + 1] : doc.starts[end + 2]]
            )
        if ends_line and self._after_closing(doc, i):
            return 2
        return 0

    @staticmethod
    def _after_closing(doc: _Doc, i: int) -> bool:
        """Token i follows a closing formula on its own line ("Gr. job", "- groet, bloem")."""
        s = doc.starts[i]
        line = doc.text[doc.text.rfind("\n", 0, s) + 1 : s].strip().lower().lstrip("-•* ")
        m = _CLOSING.search(line)
        return m is not None and (m.start() == 0 or not line[m.start() - 1].isalnum())

    def _header_name_end(self, doc: _Doc, i: int) -> int:
        """Last token of a name filling a mail header field from token i, else -1.

        "Van: Storm, Roos <r.storm@...>", "Aan: Bloem, K.", "From: Zon Hemel": up to the
        address, a bracket or the line end, only capitalised name words, particles, initials
        and one comma; anything else (an organisation, a sentence) and it is no name.
        """
        lex = self.lex
        k = i
        last = -1
        commas = 0
        while k < doc.n and k - i < 8:
            if k > i and "\n" in doc.text[doc.ends[k - 1] : doc.starts[k]]:
                break
            w = doc.words[k]
            if w in ("<", "(", "[", ";", "|"):
                break
            if w == "," and commas == 0 and last >= 0:
                commas += 1
            elif doc.is_initial(k):
                last = k + 1
                k += 2
                continue
            elif w in _ALL_PARTICLES_LOWER or w in _CAP_PARTICLES:
                pass
            elif (
                w[:1].isupper()
                and not w.isupper()
                and w.isalpha()
                and not w.isupper()
                and doc.levels[k] == 0
                and not self.hard[w]
                and w.lower() not in lex.role_words
            ):
                last = k
            else:
                return -1
            k += 1
        if last < 0 or (
            k < doc.n
            and doc.words[k] not in ("<", "(", "[", ";", "|")
            and ("\n" not in doc.text[doc.ends[k - 1] : doc.starts[k]])
        ):
            return -1
        return last

    def _after_call_name(self, doc: _Doc, last: int) -> int:
        """ "mevrouw Johanna (Joke) de Haan-Prins": the surname after a call name in brackets."""
        k = last + 4
        opening, closing = doc.words[last + 1], doc.words[last + 3]
        if not (
            ((opening == "(" and closing == ")") or (opening in _QUOTES and closing in _QUOTES))
            and doc.words[last + 2][:1].isupper()
            and k < doc.n
            and doc.adjacent(last + 3, k)
            and (doc.words[k][:1].isupper() or doc.words[k] in _LOWER_PARTICLES)
        ):
            return last
        end, words = self.chain(doc, k, relaxed=True)
        return end if words and end >= k else last

    def _cap_slot(self, doc: _Doc, i: int, words: list[int]) -> int:
        """Last token of a capitalised name that its slot reveals, else -1.

        Why: some slots hold only a person whatever the word is ("Jacks vader", casus
        "Storm", "(bij Ceylan)" after an address, "Lotus Snoek (notulist)" in an attendee
        list, "- Wil: verslag rondsturen" in a task list, "RE: Lotus Maas / 21-80412").
        """
        w = doc.words[i]
        nxt = doc.words[i + 1]
        lex = self.lex
        b = _base(w)
        if doc.levels[i] or self.hard[b]:
            return -1
        first, stop = self.first, self.stop
        prev = doc.words[i - 1]
        # Why this gate: each slot below asks for one of these, and most capitalised words
        # stand between ordinary words; for them none of the slot tests needs to run.
        if not (
            nxt in _CAP_SLOT_NEXT
            or prev in _CAP_SLOT_PREV
            or nxt.isdigit()
            or (b.lower() in lex.lower_function and (first[b] or self.surname[b]))
            or (w[-1:] == "s" and nxt.lower() in RELATIONS)
            or (words and words[0] == i and doc.words[words[-1] + 1] == "(")
        ):
            return -1
        if (
            len(w) > 3
            and w[-1] == "s"
            and first[w[:-1]]
            and nxt.lower() in RELATIONS
            and nxt.lower() not in WEAK_CUES
            and nxt[:1].islower()
            and doc.adjacent(i, i + 1)
        ):
            return i  # "Jacks vader": an English name with a possessive s
        if (
            prev in _QUOTES
            and nxt in _QUOTES
            and doc.touching(i - 1, i)
            and doc.touching(i, i + 1)
            and doc.words[i - 2].lower() in _QUOTED_NAME_HEADS
            and b.lower() not in lex.lower_function
            and not stop[b]
            and (first[b] or self.surname[b] or not lex.is_word(b))
        ):
            return i  # casus "Storm": the case is named after the client
        if (
            prev == "bij"
            and doc.words[i - 2] == "("
            and nxt == ")"
            and i >= 3
            and doc.levels[i - 3]
            and self._score_inside[w] >= 1
        ):
            return i  # "..., 2582 GR Den Haag (bij Ceylan)": care of a person
        if (
            (nxt == ":" and doc.touching(i, i + 1) or nxt == "→")
            and (
                (prev in ("-", "*", "•", "–") and doc.sentence_start(i - 1))
                or i == 0
                or "\n" in doc.text[doc.ends[i - 1] : doc.starts[i]]
            )
            and first[b]
            and b.lower() not in LABEL_CUES
            and b.lower() not in _MONTH_NAMES
            and (b.lower() not in lex.lower_function or b.lower() in _SUBJECT_FOLLOWERS)
            and doc.words[i + 2] not in TITLES
            and doc.words[i + 2][:1].islower()
            and doc.adjacent(i + 1, i + 2)
            and self.verb_strength(doc.words[i + 2]) == 0
        ):
            return i  # "- Wil: verslag rondsturen": who does a task
        if (
            nxt.isdigit()
            and (first[b] or self.surname[b] or not lex.is_word(b))
            and not stop[b]
            and b.lower() not in _MONTH_NAMES
            and doc.sentence_start(i)
            and _SPEAKER_CLOCK.match(doc.text, doc.ends[i])
        ):
            return i  # "Wil 11:02: ben bij dhr Sterk": a thread speaker with the time
        if (
            first[b]
            and b.lower() in lex.lower_function
            and (b.lower() in _SUBJECT_FOLLOWERS or self.verb_strength(b.lower()) > 0)
            and doc.words[i + 2].lower() not in _INVERSION_SUBJECTS
            and doc.sentence_start(i)
            and nxt[:1].islower()
            and doc.adjacent(i, i + 1)
            and (
                (nxt in _SUBJECT_FOLLOWERS and nxt != "zelf")
                or (
                    nxt not in lex.lower_function
                    and self.verb_strength(nxt) > 0
                    and nxt + "en" not in lex.words
                )
                or (
                    nxt == "zelf"
                    and (
                        doc.words[i + 2] in _SUBJECT_FOLLOWERS
                        or self.verb_strength(doc.words[i + 2]) > 0
                    )
                )
            )
        ):
            return i  # "Wil mocht ...", "Wil zelf had ...": the verb-like word is the subject
        if (nxt in _QUOTES or nxt == "(") and doc.adjacent(i, i + 1) and self._score_inside[w] >= 1:
            end = self._after_call_name(doc, i)
            if end > i:
                return end  # "Hendrika 'Riek' de Vries": a call name inside the full name
        known = (first[b] or self.surname[b]) and not stop[b]
        if known and b.lower() in lex.lower_function and self._signature_line(doc, i):
            return i  # "Groetjes,\nWil": a name that is also a function word, signing
        if (
            prev == ":"
            and i >= 2
            and doc.words[i - 2] in _MAIL_HEADERS
            and doc.sentence_start(i - 2)
            and doc.touching(i - 2, i - 1)
        ):
            end = self._header_name_end(doc, i)
            if end >= 0:
                return end  # "Van: Storm, Roos <r.storm@...>": the sender's name
        if (
            known
            and nxt == "("
            and doc.words[i + 2].isdigit()
            and len(doc.words[i + 2]) <= 2
            and doc.words[i + 3] == ")"
            and doc.sentence_start(i)
            and not (lex.is_word(b) and doc.words[i + 4] in _COPULAS - _SITS)
            and (
                doc.words[i + 4] in _SUBJECT_FOLLOWERS
                or doc.words[i + 4] in _PERSON_VERBS
                or self.verb_strength(doc.words[i + 4]) > 0
            )
        ):
            return i  # "Storm (12) gaat naar de brugklas": a child with its age
        if (
            known
            and nxt == ","
            and doc.touching(i, i + 1)
            and (
                i == 0
                or "\n" in doc.text[doc.ends[i - 1] : doc.starts[i]]
                or (prev in ("—", "–", "-") and doc.sentence_start(i - 1))
            )
            and self._role_like(doc.words[i + 2])
            and doc.words[i + 2][:1].islower()
            and (
                i + 3 >= doc.n
                or doc.words[i + 3] in (",", "|")
                or "\n" in doc.text[doc.ends[i + 2] : doc.starts[i + 3]]
            )
        ):
            return i  # "— Storm, wijkcoach": a signature with the writer's role
        if not words or words[0] != i:
            return -1
        last = words[-1]
        after = doc.words[last + 1]
        if (
            1 < len(words) <= 3
            and after == "("
            and doc.words[last + 3] == ")"
            and doc.adjacent(last, last + 1)
            and prev in (",", ":", ";", "")
            and (self._role_like(doc.words[last + 2]) or doc.words[last + 2].lower() in _LIST_ROLES)
            and all(doc.words[x][1:].islower() and not self.stop[doc.words[x]] for x in words)
            and not any(doc.words[x].lower() in lex.lower_function for x in words)
        ):
            return last  # "..., Lotus Snoek (notulist)": a person with a role in a list
        if (
            len(words) >= 2
            and prev == ":"
            and doc.words[i - 2] in ("RE", "Re", "FW", "Fw", "AW", "Aw", "Fwd")
            and after in ("/", "|", "–", "-", "(")
            and (
                _base(doc.words[last]) in lex.surnames
                or _base(doc.words[words[0]]) in lex.first_names
            )
            and all(not self.stop[doc.words[x]] for x in words)
        ):
            return last  # "Subject: RE: Lotus Maas / 21-80412": the case named in a subject
        return -1

    def _contact_lead(self, doc: _Doc, i: int) -> bool:
        """Token i follows a contact noun: "mail van <i>", "tel. <i>", "app <i>"."""
        prev = doc.words[i - 1].lower()
        if prev == "van" and doc.words[i - 2].lower() in _CONTACT_NOUNS:
            return doc.adjacent(i - 2, i - 1) and doc.adjacent(i - 1, i)
        if prev == "." and doc.words[i - 2].lower() in _CONTACT_NOUNS:
            return doc.touching(i - 2, i - 1) and doc.adjacent(i - 1, i)
        return prev in _CONTACT_NOUNS and doc.adjacent(i - 1, i)

    def _lower_slot(self, doc: _Doc, i: int) -> int:
        """Last token of a lower-case name at token i in a slot only a person fills, else -1."""
        w = doc.words[i]
        lex = self.lex
        if (len(w) < 2 or not w.isalpha() or not w.islower()) and not _ELIDED_LOWER.match(w):
            return -1
        if w in lex.lower_function and w not in _NAME_PARTICLES:
            return -1
        prev = doc.words[i - 1].lower() if i > 0 else ""
        if w in _ALL_PARTICLES_LOWER:
            # "wijkagent el idrissi", "eigenaar van der berg"
            if (
                i > 0
                and doc.adjacent(i - 1, i)
                and (prev in _OWNER_CUES or prev in lex.role_words or self._role_like(prev))
            ):
                return self._lower_surname_at(doc, i)
            return -1
        n1 = doc.words[i + 1]
        two = (
            len(n1) > 1
            and n1.isalpha()
            and n1.islower()
            and doc.adjacent(i, i + 1)
            and n1 not in lex.lower_function
            and (
                n1 in self.lower_surnames
                or n1 in self.lower_first
                or (w in self.lower_first and self._lower_namelike(n1))
            )
        )
        for end in (i + 1, i) if two else (i,):
            level = self._lower_context(doc, i, end, prev)
            if (
                level
                and self._lower_namelike(w, level >= 2, second=level == 3)
                and (end == i or self._lower_namelike(n1, True, second=True))
            ):
                return end
        # a surname unknown as a word shows the word before it is a first name: "merel dijkstra"
        strong = n1 in self.lower_surnames and not lex.is_word(n1, compounds=False)
        if (
            two
            and w in self.lower_first
            and (n1 in self.lower_surnames or not lex.is_word(n1))
            and doc.levels[i + 1] == 0
            and self._lower_namelike(w, strong)
            and self._lower_namelike(n1, True, second=True)
        ):
            return i + 1  # "overgedragen aan efua agyeman": first name plus surname
        if self._pinyin_pair(doc, i):
            return i + 1  # "dat li na iets hoort", "met wei ling": a Chinese given name
        return -1

    def _relation_particle_name(self, doc: _Doc, i: int) -> int:
        """Last token of "de graaf" after a relation ("buurvrouw de graaf (...) belde"), else -1.

        A surname that is also a word counts only when a bracket, comma or verb follows and
        the particles are no place ("vader op de bank", "zoon van de buren"): "op"/"in"
        only with the old forms "den"/"'t", and "van" only before a word-list stranger.
        """
        k = i
        while doc.words[k] in _ALL_PARTICLES_LOWER and k - i < 3 and doc.adjacent(k, k + 1):
            k += 1
        if k == i or doc.levels[k] != 0:
            return -1
        if k == i + 1 and doc.words[i] in _LOCATIVE_PARTICLES:
            return -1  # "familie in buitenland", "zoon op school": a place, not "in 't Veld"
        strict = self._lower_surname_at(doc, i)
        if strict >= 0:
            return strict
        first, second = doc.words[i], doc.words[i + 1]
        if (
            first == "van"
            or first not in ("de", "ter", "ten", "den")
            and (first not in _LOCATIVE_PARTICLES or second not in ("den", "'t", "’t"))
        ):
            return -1
        w, nxt = doc.words[k], doc.words[k + 1]
        if w not in self.lower_surnames or w in self.lex.lower_function:
            return -1
        if nxt in ("(", ",") or nxt in _SPEECH_VERBS or nxt in _SUBJECT_FOLLOWERS:
            return k
        return -1

    def _cued_lower_name(self, doc: _Doc, i: int) -> int:
        """Last token of a lower-case name that the words around it reveal, else -1.

        Why: "bij kramer thuis", "naar smit toe", "gesproken met zwart (sociaal raadslid)"
        and "nb mei belt terug" hold a person whatever the word is; a noun there would need
        an article ("bij de buren thuis") or could not be the subject of the verb.
        """
        cue = doc.words[i - 1].lower()
        if not doc.adjacent(i - 1, i):
            return -1
        if cue in ("nb", "."):
            return self._nb_subject(doc, i)
        k = self._lower_surname_end(doc, i, cue)
        if k < 0:
            return -1
        if cue != "met" and not self._visit_after(doc, cue, k + 1):
            w = doc.words[i]
            if w not in self.lower_first or not doc.adjacent(i, i + 1):
                return -1
            k = self._lower_surname_end(doc, i + 1, cue)  # "bij anna de vries thuis"
            if k < 0 or not self._visit_after(doc, cue, k + 1):
                return -1
        elif cue == "met" and not self._role_bracket(doc, k + 1):
            return -1
        return k

    def _lower_surname_end(self, doc: _Doc, i: int, cue: str) -> int:
        """Last token of "[particles] name" in lower case from token i, else -1.

        "de", "ter", "het" alone are also articles ("bij de buren thuis", "naar de bakker
        toe"), so after them only a known surname counts, and only where a shop cannot be
        meant (a home or a contact, not "langs" or "toe").
        """
        k = i
        while doc.words[k] in _ALL_PARTICLES_LOWER and k - i < 3 and doc.adjacent(k, k + 1):
            k += 1
        w = doc.words[k]
        if k >= doc.n or doc.levels[k] != 0 or not w.islower() or not w.isalpha():
            return -1
        home = cue == "met" or self._visit_after(doc, cue, k + 1, shops=False)
        article = k > i and doc.words[i] not in _NAME_PARTICLES and doc.words[i] != "van"
        if article and not (home and w in self.lower_surnames) and self.lex.is_word(w):
            return -1
        return k if self._lower_namelike(w, True, second=home) else -1

    @staticmethod
    def _visit_after(doc: _Doc, cue: str, k: int, shops: bool = True) -> bool:
        """Tokens from k close a visit after ``cue``: "bij X thuis", "naar X toe".

        ``shops=False`` leaves out the closers also said of a shop ("bij de bakker langs").
        """
        if (
            shops
            and cue == "bij"
            and doc.words[k] == "("
            and k + 1 < doc.n
            and doc.levels[k + 1] == STRUCTURED
        ):
            return True  # "niet thuis bij ramdin (Hoefkade 12)": the address visited
        closers = _VISIT_CLOSERS.get(cue, ())
        return any(
            (shops or c not in _SHOP_CLOSERS)
            and all(doc.words[k + n].lower() == x for n, x in enumerate(c))
            for c in closers
        )

    def _role_bracket(self, doc: _Doc, k: int) -> bool:
        """ "(sociaal raadslid)", "(wijkagent)": a role or relation in brackets at token k."""
        if doc.words[k] != "(" or not doc.adjacent(k - 1, k):
            return False
        j = k + 1
        while j < doc.n and j - k < 6 and doc.words[j] != ")":
            lw = doc.words[j].lower()
            if lw in RELATIONS or self._role_like(lw):
                return True
            j += 1
        return False

    def _nb_subject(self, doc: _Doc, i: int) -> int:
        """ "nb mei belt terug", "n.b. april belt zelf": a name as subject after a note mark.

        A first name that is also a month or a word counts here: after "nb" the word opens a
        clause, and a person verb with no subject after it ("belt terug", not "komt de
        deurwaarder") needs it as its subject.
        """
        if doc.words[i - 1] == "." and not (
            doc.words[i - 2].lower() == "b"
            and doc.words[i - 3] == "."
            and doc.words[i - 4].lower() == "n"
            and doc.touching(i - 4, i - 3)
        ):
            return -1
        w, nxt = doc.words[i], doc.words[i + 1]
        if nxt not in _PERSON_VERBS or nxt == "zelf" or not doc.adjacent(i, i + 1):
            return -1
        after = doc.words[i + 2].lower()
        if after in _INVERSION_SUBJECTS or after in _DETERMINERS:
            return -1
        lex = self.lex
        if w in lex.lower_function or w in lex.role_words or w in RELATIONS or len(w) < 3:
            return -1
        if w in self.lower_first or self._lower_namelike(w):
            return i
        return -1

    def _pinyin_pair(self, doc: _Doc, i: int) -> bool:
        """Tokens i, i+1 are two pinyin syllables forming a Chinese name in lower case.

        Why: Chinese given names are often typed as two syllables ("xiu mei", "li na"); each
        alone may be a Dutch word, but the pair is a name when a name lexicon knows one
        syllable and the other is no Dutch word, or the two written together are a name.
        """
        w, n1 = doc.words[i], doc.words[i + 1]
        if not (
            n1
            and n1.isalpha()
            and n1.islower()
            and doc.adjacent(i, i + 1)
            and doc.levels[i + 1] == 0
            and _PINYIN.fullmatch(w)
            and _PINYIN.fullmatch(n1)
        ):
            return False
        if (
            w in _ALL_PARTICLES_LOWER
            or n1 in _ALL_PARTICLES_LOWER
            or w in self.lex.lower_function
            or w in _ENGLISH_FUNCTION
            or n1 in _ENGLISH_FUNCTION
        ):
            return False
        if doc.words[i + 2].isdigit():
            return False
        words = self.lex.words
        known = w in self.lower_first or w in self.lower_surnames
        if not known and not (n1 in self.lower_first or n1 in self.lower_surnames):
            return False
        return (w not in words or n1 not in words) or (w + n1).capitalize() in self.lex.first_names

    def _role_like(self, w: str) -> bool:
        """A role word or a compound ending in one ("vertrouwensarts", "politieagent")."""
        lw = w.lower()
        if lw in self.lex.role_words:
            return True
        return len(lw) > 6 and lw.endswith(_ROLE_HEADS)

    def _trailing_initial(self, doc: _Doc, last: int) -> bool:
        """ "Nourdin B.," : a capital and a dot right after a name, ending the name."""
        k = last + 1
        w = doc.words[k]
        if not (len(w) == 1 and w.isupper() and doc.words[k + 1] == "." and doc.touching(k, k + 1)):
            return False
        if not doc.adjacent(last, k):
            return False
        after = doc.words[k + 2]
        if k + 2 >= doc.n or "\n" in doc.text[doc.ends[k + 1] : doc.starts[k + 2]]:
            return True
        return after in (",", ";", ")", "(", ":") or after[:1].islower()

    def _coord_name(self, w: str, lower_known: bool) -> bool:
        """A word coordinated with a found name ("anneke + rien", "Kok/Wassenaar")."""
        lex = self.lex
        if w[:1].isupper():
            b = _base(w)
            return (
                (b in lex.first_names or b in lex.surnames)
                and b not in lex.orgs
                and not (b.lower() in lex.words and b in AMBIGUOUS_STARTERS)
                and not (b in lex.stop_caps and b not in lex.surnames)
            )
        return self._lower_namelike(w, lower_known)

    def _extend_found(self, doc: _Doc, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names coordinated with a found name, and lower-case repeats of found names.

        Why: in quick notes the cue that reveals a name ("nb: rudie wil ...") is there at one
        mention only; "jian guo + hao naar CJG" and "toestemming jian guo vragen" repeat it.
        """
        covered = bytearray(doc.n)
        for a, b in out:
            covered[a : b + 1] = b"\1" * (b - a + 1)
        added: list[tuple[int, int]] = self._repeats(doc, out, covered)
        for a, b in out + added:
            for k, cand, sep in (
                (b + 1, b + 2, doc.words[b + 1]),
                (a - 1, a - 2, doc.words[a - 1]),
            ):
                if sep not in ("+", "&", "/", "en") or cand < 0 or cand >= doc.n:
                    continue
                if covered[cand] or not doc.free(cand, (PROTECTED_PLACE,)):
                    continue
                if sep == "/":
                    ok_gap = doc.touching(min(k, cand), max(k, cand)) and (
                        doc.touching(a - 1, a) if k < a else doc.touching(b, k)
                    )
                else:
                    lo, hi = min(k, cand), max(k, cand)
                    ok_gap = doc.adjacent(lo, hi) and (
                        doc.adjacent(k, a) if k < a else doc.adjacent(b, k)
                    )
                lower_known = sep != "en" or (
                    doc.words[cand] in self.lower_first and doc.words[a].islower()
                )  # "met roos en kees": two first names in a quick note
                if ok_gap and self._coord_name(doc.words[cand], lower_known):
                    added.append((cand, cand))
                    covered[cand] = 1
        added.extend(self._lower_list_items(doc, out + added, covered))
        return sorted(out + added) if added else out

    def _lower_list_items(
        self, doc: _Doc, found: list[tuple[int, int]], covered: bytearray
    ) -> list[tuple[int, int]]:
        """Lower-case names listed after a found name ("met Ineke en bloem", "Mirjam (MEE),
        petra, karim el amrani").

        Why: in a list of people one capitalised or cued member shows what the list holds;
        the others may be typed in lower case and be lexicon names that are also words.
        A role or organisation in brackets after a member is stepped over.
        """
        added: list[tuple[int, int]] = []
        todo = list(found)
        while todo:
            a, b = todo.pop()
            k = b + 1
            if doc.words[k] == "(":
                close = k + 1
                while close < doc.n and close - k < 6 and doc.words[close] != ")":
                    close += 1
                if doc.words[close] != ")":
                    continue
                k = close + 1
            if doc.words[k] not in (",", "en", "&", "+") or not doc.adjacent(k - 1, k):
                continue
            cand = k + 1
            if cand >= doc.n or covered[cand] or not doc.adjacent(k, cand):
                continue
            # a list with two members found already may go on with "en de vries"
            longer = doc.words[a - 1] in (",", "en", "&") and a >= 2 and covered[a - 2] > 0
            end = self._lower_list_item(doc, cand, longer)
            if end >= 0:
                added.append((cand, end))
                covered[cand : end + 1] = b"\1" * (end + 1 - cand)
                todo.append((cand, end))
        return added

    def _lower_list_item(self, doc: _Doc, i: int, longer: bool) -> int:
        """Last token of a lower-case name at token i in a list of people, else -1.

        ``longer``: two members were found already, so "de vries" after "en" is a surname
        even where "vries" is also a word; in a shorter list "en de post" stays a thing.
        """
        w = doc.words[i]
        if not w.isalpha() or not w.islower() or doc.levels[i] != 0:
            return -1
        if w in _ALL_PARTICLES_LOWER:
            end = self._lower_surname_at(doc, i)
            if end < 0 and longer and w != "van":
                k = i + 1
                while doc.words[k] in _ALL_PARTICLES_LOWER and k - i < 3:
                    k += 1
                last = doc.words[k]
                if last in self.lower_surnames and doc.adjacent(k - 1, k) and doc.levels[k] == 0:
                    end = k
            return end  # "en de vries"
        lexicon = w in self.lower_first or w in self.lower_surnames
        if not self._lower_namelike(w, lexicon) or w in _ENUM_LABELS:
            return -1
        end = self._lower_surname_after(doc, i)
        if not lexicon and (
            not longer
            or _LABEL_SUFFIX.search(w)
            or doc.words[end + 1] not in (",", "en", "&", "+", ".", ";", ")", "")
        ):
            return -1  # "met Anna, tiktok en ...", "..., contractnr HC-0087712": no list of people
        return end

    def _lower_surname_after(self, doc: _Doc, i: int) -> int:
        """Last token of a lower-case surname right after the first name at token i, else i.

        "karim el amrani", "hala haddad": particles and a surname unknown to the word list,
        or a lexicon surname that is no ordinary word.
        """
        nxt = doc.words[i + 1]
        if not (doc.adjacent(i, i + 1) and doc.levels[i + 1] == 0):
            return i
        if nxt in _ALL_PARTICLES_LOWER:
            last = self._lower_surname_at(doc, i + 1)
            return last if last > 0 else i
        if (
            nxt.isalpha()
            and nxt.islower()
            and nxt in self.lower_surnames
            and not self.lex.is_word(nxt, compounds=False)
            and self._lower_namelike(nxt, True, second=True)
        ):
            return i + 1
        return i

    def _repeats(
        self, doc: _Doc, out: list[tuple[int, int]], covered: bytearray
    ) -> list[tuple[int, int]]:
        """Lower-case (or capitalised) repeats of names found in the other case."""
        lex = self.lex
        added: list[tuple[int, int]] = []
        names: dict[str, bool] = {}  # lower-case name -> found in lower case
        for a, b in out:
            for x in range(a, b + 1):
                t = _base(doc.words[x])
                if len(t) >= 3 and t.isalpha() and t.lower() not in _ALL_PARTICLES_LOWER:
                    names[t.lower()] = names.get(t.lower(), False) or t.islower()
        text = doc.text
        for name, found_lower in names.items():
            if not found_lower and name not in text:
                continue  # capitalised repeats are left to the finder's own propagation
            for x, y in doc.occurrences(name):
                if x != y or covered[x] or doc.levels[x]:
                    continue
                t = doc.words[x]
                if t.islower():
                    if self._lower_namelike(t):
                        added.append((x, x))
                        covered[x] = 1
                elif (
                    t[0].isupper()
                    and not t.isupper()
                    and not lex.is_word(name)
                    and name not in lex.lower_function
                    and t not in AMBIGUOUS_STARTERS
                    and not self.stop[t]
                ):
                    added.append((x, x))
                    covered[x] = 1
        return added

    def _email_names(self, doc: _Doc, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Words that spell the name part of an e-mail address in the same text.

        "de wit (haag wonen) mailen: n.dewit@..." or "Haile" beside "y.haile@...": the
        address shows that the word is a person's name.
        """
        parts: set[str] = set()
        paired: set[str] = set()  # pieces of a "first_last" local part: a person's address
        for m in around_at(_EMAIL_LOCAL, doc.text, ".+-", starts_after="."):
            pieces = [re.sub(r"[0-9]+", "", p).lower() for p in re.split(r"[._+-]", m.group(1))]
            long_pieces = [p for p in pieces if len(p) >= 3]
            for piece in pieces:
                if len(piece) >= 4 and piece not in _GENERIC_MAILBOXES:
                    parts.add(fold(piece))
                    if len(long_pieces) >= 2 and not any(p in _GENERIC_MAILBOXES for p in pieces):
                        paired.add(fold(piece))
        if not parts:
            return out
        lex = self.lex
        covered = bytearray(doc.n)
        for a, b in out:
            covered[a : b + 1] = b"\1" * (b - a + 1)
        added = []
        for part in parts:
            # particles plus surname written as one in the address: "dewit" -> "de wit"
            needles = [part]
            for p in _JOINED_PARTICLES:
                if part.startswith(p.replace(" ", "")) and len(part) > len(p) + 1:
                    needles.append(p + " " + part[len(p.replace(" ", "")) :])
            for needle in needles:
                for x, k in doc.occurrences(needle):
                    if any(covered[x : k + 1]) or any(doc.levels[x : k + 1]):
                        continue
                    last_w = doc.words[k]
                    lw = last_w.lower()
                    if not last_w.isalpha() or lw in lex.lower_function or lw in lex.role_words:
                        continue
                    if self.stop[last_w]:
                        continue
                    if lex.is_word(lw) and not (
                        k > x
                        or (
                            last_w[0].isupper()
                            and lw in self.lower_surnames
                            and not doc.sentence_start(x)
                        )
                        or (
                            # "mail van storm (storm_timmer@...)": a lexicon name that is
                            # also a word, spelled by a first_last address, not after an
                            # article ("de storm", "deze zomer")
                            part in paired
                            and (lw in self.lower_first or lw in self.lower_surnames)
                            and doc.words[x - 1].lower() not in _DETERMINERS
                            and doc.words[x - 1].lower() not in _NOUN_PRE
                        )
                        or (part in paired and _title_at(doc, x - 1) == x)
                        or (
                            part in paired
                            and doc.words[x - 1] == "."
                            and _title_at(doc, x - 2) == x
                        )  # "mnr timmer" beside storm_timmer@...
                    ):
                        continue  # an ordinary word ("Leefbaarheid" beside leefbaarheid@...)
                    added.append((x, k))
                    covered[x : k + 1] = b"\1" * (k - x + 1)
        return sorted(out + added) if added else out

    def _particle_start(self, doc: _Doc, i: int, words: list[int]) -> int:
        """First token of a surname with its lower-case particles before token i, else i.

        "huisarts de Vries", "met van der Linden gesproken": the particles belong to the
        surname.  Not before a first name ("bij de Dirk"); a lone "van" only after a role or
        a field label, since elsewhere it says where someone is from ("de zoon van Jansen",
        "kent haar van Limor").
        """
        k = i
        while k > 0 and doc.words[k - 1] in _SURNAME_PARTICLES and doc.adjacent(k - 1, k):
            k -= 1
        if k == i or i - k > 3:
            return i
        run = tuple(doc.words[x] for x in range(k, i))
        if run not in _PARTICLE_RUNS or not all(doc.levels[x] == 0 for x in range(k, i)):
            return i
        b = _base(doc.words[words[0]])
        if b in self.lex.first_names and b not in self.lex.surnames:
            return i
        if run == ("van",):
            before = doc.words[k - 1]
            if not (before in (":", "") or before.lower() in self.lex.role_words):
                return i
        return k

    def _lower_lead_end(self, doc: _Doc, i: int) -> int:
        """Last token of a lower-case name opened by a particle after a relation ("buurvrouw
        de graaf") or by an initial ("o. demir"), else -1."""
        w = doc.words[i]
        if len(w) == 1:
            return self._lower_initial_end(doc, i)
        prev = doc.words[i - 1]
        if prev in RELATIONS and prev not in WEAK_CUES and doc.adjacent(i - 1, i):
            return self._relation_particle_name(doc, i)
        return -1

    def _lower_initial_end(self, doc: _Doc, i: int) -> int:
        """Last token of "o. demir" (a lower-case initial and surname), else -1.

        The initial stands alone (not inside "o.a." or "z.s.m."), and the surname after it
        is unknown to the word list, so "p. 4" and "bijv. de buren" stay.
        """
        w = doc.words[i]
        if not w.isalpha() or doc.words[i + 1] != "." or not doc.touching(i, i + 1):
            return -1
        if i > 0 and doc.touching(i - 1, i) or doc.touching(i + 1, i + 2):
            return -1
        if not doc.adjacent(i + 1, i + 2):
            return -1
        return self._lower_surname_at(doc, i + 2, initial=True)

    def _bare_initials_end(self, doc: _Doc, i: int) -> int:
        """Last token of initials written without dots and a surname ("(IC Brouwer)"), else -1.

        Why: quick notes drop the dots ("huisarts (J Jansen)", "wijkagent R Hoekstra"); one
        to three capitals are initials, not an acronym, when they stand alone in brackets
        with a surname or follow a role word, and are no known service ("(CJG Laak)").
        """
        w = doc.words[i]
        prev = doc.words[i - 1]
        bracket = prev == "("
        if not (
            bracket
            or prev.lower() in self.lex.role_words
            or (prev.islower() and self._role_like(prev))
        ):
            return -1
        if w in self.lex.orgs or w in _ROMAN or doc.levels[i] != 0 or not doc.adjacent(i, i + 1):
            return -1
        nxt = doc.words[i + 1]
        if not (nxt[:1].isupper() or nxt in _LOWER_PARTICLES):
            return -1
        last, words = self.chain(doc, i + 1)
        if not words or last < 0:
            return -1
        b = _base(doc.words[words[-1]])
        if b not in self.lex.surnames and self._score_inside[b] < 1:
            return -1
        if bracket and doc.words[last + 1] not in (")", ","):
            return -1
        return last

    def _caps_register_end(self, doc: _Doc, i: int) -> int:
        """Last token of "SURNAME, First name" in a form field, else -1.

        Why: forms write the surname in capitals before the first name ("Naam: DEKKER,
        Fleur"); an unknown capital word there is no acronym when a first name follows
        and the field ends.  Only after a field label or at the start of a line or cell,
        and the capitals must not be a known organisation or place ("GGZ, Marloes").
        """
        lex = self.lex
        k = i
        while doc.words[k] in _CAPS_PARTICLES and k - i < 3 and doc.adjacent(k, k + 1):
            k += 1
        w = doc.words[k]
        if not (w.isupper() and len(w) >= 2 and w.replace("-", "").isalpha()):
            return -1
        if doc.words[k + 1] != "," or not doc.touching(k, k + 1):
            return -1
        first = k + 2
        f = doc.words[first]
        if not (f[:1].isupper() and f[1:].islower() and doc.adjacent(k + 1, first)):
            return -1
        t = w.title()
        if w in lex.orgs or t in lex.orgs or t in lex.places or w in _ROMAN:
            return -1
        prev = doc.words[i - 1]
        gap = doc.text[doc.ends[i - 1] : doc.starts[i]] if i > 0 else "\n"
        labelled = prev == ":" and (
            doc.words[i - 2].lower() in LABEL_CUES or self._field_label(doc, i - 2)
        )
        if not (labelled or "\n" in gap or "\t" in gap or prev in ("|", ";")):
            return -1
        if f not in lex.first_names and not (labelled and self._score_inside[f] >= 1):
            return -1
        if not all(doc.levels[x] == 0 for x in range(i, first + 1)):
            return -1
        end = doc.text[doc.ends[first] :].lstrip(" ")[:1]
        return first if end in ("", "\n", "\t", ";", "|", ".", ",", "(", ")") else -1

    def _register_name_end(self, doc: _Doc, i: int) -> int:
        """Last token of "[Van] Surname, First name" opening a line or a field, else -1.

        Why: registers, patient headers and birth lines invert the name ("Hoogland, Fenna -
        geb. 12-03-1960", "Patiënt: Van Lith, Annie"); a surname that is also a place stands
        there too.  The first name must be a lexicon first name that is no ordinary word and
        the field must end after it, so "Den Haag, 3 maart" or "Beste, Kevin," stay apart.
        """
        lex = self.lex
        text = doc.text
        a = doc.starts[i]
        line_start = a == 0 or not text[text.rfind("\n", 0, a) + 1 : a].strip()
        labelled = (
            not line_start
            and doc.words[i - 1] == ":"
            and (doc.words[i - 2].lower() in LABEL_CUES or self._field_label(doc, i - 2))
        )
        if not (line_start or labelled):
            return -1
        k = i
        while doc.words[k] in _CAP_PARTICLES and k - i < 1 and doc.adjacent(k, k + 1):
            k += 1
        while doc.words[k] in _LOWER_PARTICLES and k - i < 3 and doc.adjacent(k, k + 1):
            k += 1
        w = doc.words[k]
        if doc.words[k + 1] != "," or not doc.touching(k, k + 1) or len(w) < 2:
            return -1
        if not (w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha()):
            return -1
        if k > i and " ".join(doc.words[x] for x in range(i, k + 1)) in lex.places:
            return -1  # "Den Haag, Kevin": a letter's place line
        f = k + 2
        if not doc.adjacent(k + 1, f):
            return -1
        fw = doc.words[f]
        if not (fw[:1].isupper() and fw[1:].islower() and fw in lex.first_names):
            return -1
        last = f
        while (
            doc.words[last + 1] in lex.first_names
            and doc.words[last + 1][1:].islower()
            and doc.adjacent(last, last + 1)
        ):
            last += 1  # "Winter, Johanna Maria"
        end = text[doc.ends[last] :].lstrip(" ")[:1]
        if end not in ("", "\n", "\t", "-", "–", "(", ",", ";", "|"):
            return -1
        rest = text[doc.ends[last] : text.find("\n", doc.ends[last]) % (len(text) + 1)]
        dated = any(ch.isdigit() for ch in rest)
        if lex.is_word(fw, compounds=False) and not (labelled or dated):
            return -1  # "Wei", "Ama" are words too: only with a label or a birth date
        if (
            w in _GREETINGS
            or w in lex.orgs
            or w.lower() in lex.lower_function
            or w.lower() in LABEL_CUES
            or w.lower() in RELATIONS
            or self._role_like(w.lower())
        ):
            return -1
        if w not in lex.surnames:
            place = w in lex.places
            if not place and (
                self.stop[w]
                or not (
                    (dated or labelled) and w.isalpha() and not lex.is_word(fw, compounds=False)
                )
                and (lex.is_word(w) or self._score_inside[w] < 1)
            ):
                return -1  # a word as surname ("Hoop, Ahmad") only before a birth date
            if place and not (labelled or dated):
                return -1  # "Delft, Rajesh - geb. 12-03-1960": a place only before a date
        if not all(doc.free(x, (PROTECTED_PLACE,)) for x in range(i, last + 1)):
            return -1
        return last

    def _row_name_end(self, doc: _Doc, i: int) -> int:
        """Last token of a name opening a table row before its contact details, else -1.

        "Haddou<TAB>06-...", "Vos ; Stationsweg 50-A", "Lin, Jianhua<TAB>...": the first
        cell of a contact list holds a person when the next cell is an address, phone or
        e-mail found already; labels, roles, relations and services there are words.
        """
        lex = self.lex
        w = doc.words[i]
        if not (w[:1].isupper() and w[1:].islower()) or doc.levels[i] != 0:
            return -1
        j = i
        if (
            doc.words[i + 1] == ","
            and doc.touching(i, i + 1)
            and doc.words[i + 2] in lex.first_names
            and doc.adjacent(i + 1, i + 2)
        ):
            j = i + 2  # "Lin, Jianhua": surname, first name
        k = j + 1
        if k >= doc.n:
            return -1
        if doc.words[k] in (";", "|", "("):
            k += 1
        elif "\t" not in doc.text[doc.ends[j] : doc.starts[k]]:
            return -1
        if k >= doc.n or doc.levels[k] != STRUCTURED:
            return -1
        b = _base(w)
        lb = b.lower()
        known = b in lex.surnames or b in lex.first_names
        if (
            self.stop[b]
            or lb in RELATIONS
            or lb in LABEL_CUES
            or lb in lex.lower_function
            or self._role_like(lb)
            or _LABEL_SUFFIX.search(lb)
        ):
            return -1
        if not known and (lb in lex.words or self._score_inside[b] < 1):
            return -1  # "Achterberg (Juliana van Stolberglaan 168)": no plain word
        return j

    def _caps_name_end(self, doc: _Doc, i: int) -> int:
        """Last token of a name typed in capitals whose words are known names, else -1.

        "ROOS BAKKER": a lexicon first name before a lexicon surname, even when both are
        also words; "DE VRIES": capital particles before a lexicon surname, unless that
        surname is a word and more capitals follow (a heading: "DE BOER OP").
        """
        lex = self.lex
        k = i
        while doc.words[k] in _CAPS_PARTICLES and k - i < 3:
            k += 1
        w = doc.words[k]
        if not (w.isupper() and w.isalpha() and len(w) > 2) or (
            k > i and not doc.adjacent(k - 1, k)
        ):
            return -1
        t = w.title()
        if k > i:
            nxt = doc.words[k + 1]
            heading = w.lower() in lex.words and nxt.isupper() and nxt.isalpha()
            ok = t in lex.surnames and t not in lex.orgs and not heading
            phrase = " ".join(doc.words[x].title() for x in range(i, k + 1))
            if phrase in lex.places or phrase in lex.orgs:
                return -1  # "2565 EP DEN HAAG": the city of an address in capitals
            return k if ok and doc.levels[k] == 0 else -1
        nxt = doc.words[k + 1]
        if (
            t in lex.first_names
            and t not in lex.orgs
            and w not in lex.orgs
            and nxt.isupper()
            and nxt.isalpha()
            and len(nxt) > 2
            and doc.adjacent(k, k + 1)
            and nxt.title() in lex.surnames
            and nxt not in lex.orgs
            and doc.levels[k] == 0
            and doc.levels[k + 1] == 0
        ):
            return k + 1
        return -1

    def _after_title(self, doc: _Doc, j: int) -> tuple[int, int] | None:
        """Name after a title: more titles, initials, particles, then a name word."""
        first = j
        while j < doc.n and _title_at(doc, j) > 0 and doc.words[j].lower() != "heer":
            j = _title_at(doc, j)
        span = self._after_titles(doc, j)
        if span is None and j > first and doc.words[first][:1].isupper():
            # "Mevrouw Meester", "meneer Dokter": a title word that is the surname itself
            w = doc.words[first]
            if w in self.lex.surnames and doc.levels[first] == 0 and doc.adjacent(first - 1, first):
                return first, first
        return span

    def _after_titles(self, doc: _Doc, j: int) -> tuple[int, int] | None:
        if j >= doc.n or not doc.free(j, (PROTECTED_ORG, PROTECTED_PLACE)):
            return None
        if not (doc.adjacent(j - 1, j) or doc.words[j - 1] == "."):
            return None
        if "\n" in doc.text[doc.ends[j - 1] : doc.starts[j]]:
            return None  # "bij familie.\nKan de ...": the name must follow on the same line
        start = j
        if doc.words[j] in _ELIDED_T and doc.words[j + 1][:1].isupper() and doc.adjacent(j, j + 1):
            j += 1  # "meneer 't Hooft": the elided article opens the surname
        while doc.is_initial(j):
            j += 2
        if j > start and doc.words[start] not in _ELIDED_T:
            j = _skip_call_name(doc, j)  # "P.J.M. (Piet) Jansen"
        w = doc.words[j]
        if not w or not w[0].isalpha():
            return (start, j - 1) if j > start else None  # "mevrouw V., die ..."
        k = j
        while k < doc.n and doc.words[k] in _ALL_PARTICLES_LOWER and k - j < 4:
            k += 1
        if w[0].isupper() or (k > j and doc.words[k][:1].isupper()) or _ELIDED_NAME.match(w):
            last, words = self.chain(doc, j, relaxed=True)
            if words:
                return start, last
            return (start, j - 1) if j > start else None
        if j > start and not self._lower_name(w):
            return start, j - 1  # "mevrouw V. uit Moerwijk": the initial is the name
        # lower-case quick note: "mw yilmaz", "dhr. van der berg", "mw bruijne van der veen"
        k = j
        while k < doc.n and doc.words[k] in _ALL_PARTICLES_LOWER and k - j < 4:
            k += 1
        # "mw. van der toorn": after an abbreviated title and "van"/"ter"/"den" ..., any
        # plain word is the surname; full titles ("mevrouw uit de moskee") do not count
        title = doc.words[start - 2 if doc.words[start - 1] == "." else start - 1].lower()
        particles_seen = (
            k > j
            and doc.words[j] in ("van", "ter", "ten", "den", "der", "vd")
            and title in _ABBREV_TITLES
            and doc.words[k] not in RELATIONS
            and not self._role_like(doc.words[k])
        )
        if (
            k == j + 1
            and doc.words[j] in _LOCATIVE_PARTICLES
            and (
                doc.words[k].capitalize() in self.lex.places
                or self.lex.is_word(doc.words[k], compounds=False)
            )
        ):
            return None  # "dhr in eritrea??", "familie in buitenland": where, not a name
        if (
            k >= doc.n
            or doc.levels[k] != 0
            or not (
                self._lower_name(doc.words[k])
                or (
                    # "mw. van der toorn": after title and particles any plain word is the name
                    particles_seen
                    and doc.words[k].isalpha()
                    and doc.words[k].islower()
                    and doc.words[k] not in self.lex.lower_function
                    and self.verb_strength(doc.words[k]) == 0
                    # "mw van de voedselbank": a long compound noun is where she is from
                    and not (
                        len(doc.words[k]) >= 8
                        and self.lex.is_word(doc.words[k])
                        and doc.words[k].capitalize() not in self.lex.surnames
                    )
                )
            )
        ):
            # "meneer le", "mw la": a lone foreign particle that is a surname itself
            if (
                k == j + 1
                and doc.words[j] in _FOREIGN_PARTICLE_SURNAMES
                and doc.levels[j] == 0
                and not doc.words[k][:1].isupper()
            ):
                return start, j
            return None
        last = k
        while last + 1 < doc.n and doc.adjacent(last, last + 1):
            m = last + 1
            while m < doc.n and doc.words[m] in _ALL_PARTICLES_LOWER and m - last <= 3:
                m += 1
            if (
                m < doc.n
                and m > last + 1
                and self._lower_name(doc.words[m])
                or m == last + 1
                and self._lower_name(doc.words[m], strict=True)
                or (
                    # "mw jansen-de boer": after a hyphen and particle any plain word
                    m == last + 1
                    and doc.words[last].rsplit("-", 1)[-1] in _ALL_PARTICLES_LOWER
                    and "-" in doc.words[last]
                    and doc.words[m].isalpha()
                    and doc.words[m].islower()
                    and doc.words[m] not in self.lex.lower_function
                )
            ):
                last = m
            else:
                break
        return start, last

    def _lower_first(self, doc: _Doc, i: int) -> bool:
        """A first name typed in lower case ("zoon kevin", "met esra gebeld").

        Taken when the lexicon knows it as a first name and the Dutch word list does
        not know it at all; places and function words never count.
        """
        w = doc.words[i]
        b = _base(w)
        lex = self.lex
        cap = b.capitalize()
        if len(b) < 4 and not (cap in lex.first_names and self._lower_name_context(doc, i)):
            return False  # "met kim gebeld" only in a slot only a person fills
        if self._english_neighbour(doc, i):
            return False  # "cannot come to the meeting": an English verb, not "Come"
        return (
            cap in lex.first_names
            and doc.levels[i] == 0
            and b not in lex.lower_function
            and (not lex.is_word(b, compounds=False) or self._lower_name_context(doc, i))
            and cap not in lex.places
            and cap not in lex.orgs
            and b.upper() not in lex.orgs
            and b not in lex.role_words
            and b not in _POST_HONORIFICS  # "Emine hanım": a form of address
        )

    @staticmethod
    def _english_neighbour(doc: _Doc, i: int) -> bool:
        """The word before or after token i is English ("cannot come to"): no Dutch name slot."""
        return (
            doc.words[i - 1].lower() in _ENGLISH_NEIGHBOURS
            or doc.words[i + 1].lower() in _ENGLISH_NEIGHBOURS
        )

    def _lower_name_context(self, doc: _Doc, i: int) -> bool:
        """A lower-case first name that is also a word, in a slot only a person fills.

        "zus roos", "broer kees": right after a family relation; "met roos en haar zoon",
        "met kim gebeld": after "met"/"bij" without an article, followed by a contact verb
        or "en haar/zijn".  A noun there would need an article ("met de roos").
        """
        if self.family_cue(doc, i):
            # "die de bewoner kent": a verb after its subject, not "zus kent"
            return doc.words[i] not in _SUBJECT_FOLLOWERS and doc.words[i] not in _FINITE_VERBS
        prev = doc.words[i - 1].lower()
        nxt = doc.words[i + 1].lower()
        if prev == "/" and doc.words[i - 2].lower() == "m" and doc.touching(i - 2, i - 1):
            return True  # "m/ roos": met
        if prev == "." and doc.words[i - 2].lower() == "m" and doc.words[i - 4].lower() == "o":
            return True  # "i.o.m. kees": in overleg met
        if prev in _CONTACT_VERBS and (nxt in _CONTACT_VERB_AFTER or nxt in ("", ".", ",")):
            return True  # "bel roos even terug"
        if self._lower_first_slot(doc, i, prev, nxt):
            return True
        if prev not in ("met", "bij") or not doc.adjacent(i - 1, i):
            return False
        if nxt in _LOWER_CONTACT_AFTER:
            return True
        e = doc.ends[i]
        if (nxt == "" or doc.text[e : e + 1] == "\n") and doc.words[i].capitalize() not in (
            AMBIGUOUS_STARTERS
        ):
            return True  # "afspr di 4/6 10u met ger": the note ends on the person met
        if (
            nxt in (".", "?", "!", ",", ";", "over", "om", "afgesproken", "besproken", "gebeld")
            and doc.words[i - 2].lower() in _MEET_NOUNS
            and doc.words[i].capitalize() not in AMBIGUOUS_STARTERS
        ):
            return True  # "eerst overleg met roos.": a meeting is held with a person
        return nxt in ("en", "&") and doc.words[i + 2].lower() in ("haar", "zijn", "hun")

    def _lower_first_slot(self, doc: _Doc, i: int, prev: str, nxt: str) -> bool:
        """A first name that is also a word, where a note needs a person ("kees gaat akkoord").

        Only for first names that rarely open a sentence as a word (not "zon", "mei", "dag"):
        as the subject of a finite verb or a contact participle at the start of a note line,
        after "volgens"/"cc"/"samen met", or after a message sent "naar" someone.
        """
        w = doc.words[i]
        if w.capitalize() in AMBIGUOUS_STARTERS or w in _MONTH_NAMES:
            return False
        adj_prev = i > 0 and doc.adjacent(i - 1, i)
        if adj_prev and prev in ("volgens", "cc", "namens"):
            return True  # "volgens roos is de huur betaald"
        if adj_prev and prev == "met" and doc.words[i - 2].lower() == "samen":
            return True  # "samen met kees naar de bank"
        before = doc.words[i - 2].lower()
        if (
            adj_prev
            and prev in ("naar", "aan", "door", "van")
            and (before in _SENT_WORDS or before in _CONTACT_NOUNS or before in _HANDOVER_NOUNS)
            and doc.adjacent(i - 2, i - 1)
        ):
            return True  # "bericht naar kees", "teruggebeld door roos", "memo van tom"
        if (
            adj_prev
            and prev in _LEAVE_NOUNS
            and before in ("ivm", "wegens", "vanwege")
            and nxt in (")", ",", ".", ":", ";", "")
        ):
            return True  # "(ivm vakantie storm)": whose leave it is
        if not (i + 1 < doc.n and doc.adjacent(i, i + 1)):
            return False
        if not (self._clause_lead(doc, i) or (prev == "," and doc.adjacent(i - 1, i))):
            return False  # a new clause after a comma: "bij de tandarts, tom gaat mee"
        if nxt in _CONTACT_PARTICIPLES:
            return True  # "roos gebeld, geen gehoor"
        if nxt == "en" and doc.words[i + 2] in self.lower_first and doc.adjacent(i + 1, i + 2):
            n2 = doc.words[i + 2]
            return n2.capitalize() not in AMBIGUOUS_STARTERS and (
                doc.words[i + 3] in _PLURAL_VERBS or self.verb_strength(doc.words[i + 3]) > 0
            )  # "roos en kees komen dinsdag"
        if (nxt in _SUBJECT_FOLLOWERS and nxt not in ("zelf", "is", "was")) or (
            nxt in _PERSON_VERBS
        ):
            return doc.words[i + 2].lower() not in _INVERSION_SUBJECTS  # "kees gaat akkoord"
        return False

    def _lower_name(self, w: str, strict: bool = False) -> bool:
        """A lower-case word after a title that can be a surname (not 'niet', 'belt')."""
        if not w or not w[0].isalpha() or not w.islower():
            return False
        lw = _base(w)
        lex = self.lex
        if lw in lex.lower_function or lw in lex.role_words or lw in _ALL_PARTICLES_LOWER:
            return False
        if strict:
            return not lex.is_word(lw) and len(lw) > 2
        # "mevr. veldhuis": a compound-looking surname right after a title is a name
        if not lex.is_word(lw, compounds=False) or lw in self.lower_surnames:
            return True
        # "dhr hoogland": a word with a toponymic surname ending is the surname here
        return len(lw) >= 6 and lw.endswith(_SURNAME_ENDINGS) and self.verb_strength(lw) == 0

    @staticmethod
    def _whole_line(doc: _Doc, i: int, j: int) -> bool:
        """Tokens i..j fill their line on their own (a signature under a letter)."""
        a, b = doc.starts[i], doc.ends[j]
        before = doc.text[doc.text.rfind("\n", 0, a) + 1 : a]
        nl = doc.text.find("\n", b)
        after = doc.text[b : nl if nl >= 0 else len(doc.text)]
        return not before.strip() and not after.strip()

    @staticmethod
    def _name_column(doc: _Doc, i: int) -> bool:
        """Token i opens a table row and the table's header row starts with a name label."""
        line_start = doc.text.rfind("\n", 0, doc.starts[i]) + 1
        if doc.text[line_start : doc.starts[i]].strip():
            return False
        header = doc.text[: doc.text.find("\n")] if "\n" in doc.text else ""
        first_cell = header.split("|")[0].strip().lower()
        return "|" in header and first_cell in ("naam", "name", "naam cliënt", "persoon")

    def _derived_noun(self, w: str) -> bool:
        """A noun derived from a verb, alone or in a compound ("Zorgmijding", "Verhuizing").

        Such words are missing from the word list but are never first names.
        """
        lw = w.lower()
        if len(lw) < 7 or not lw.endswith("ing"):
            return False
        words = self.lex.words
        stem = lw[:-3]
        if stem + "en" in words or stem in words:
            return True
        for k in range(3, len(stem) - 2):
            head, tail = stem[:k], stem[k:]
            if (head in words or (head.endswith("s") and head[:-1] in words)) and (
                tail + "en" in words or tail in words
            ):
                return True
        return False

    def _signature_line(self, doc: _Doc, i: int) -> bool:
        """Token i fills its line under a closing formula or above a role or phone line.

        "Met vriendelijke groet / Storm / Casusregisseur" on three lines: even a name that
        is an ordinary word is the writer's name.
        """
        if not self._whole_line(doc, i, i):
            return False
        text = doc.text
        s, e = doc.starts[i], doc.ends[i]
        line_start = text.rfind("\n", 0, s)
        prev_line = text[text.rfind("\n", 0, max(line_start, 0)) + 1 : max(line_start, 0)]
        if line_start > 0 and not prev_line.strip():
            # one blank line between the closing and the name
            ls2 = text.rfind("\n", 0, max(line_start, 0))
            if ls2 > 0:
                prev_line = text[text.rfind("\n", 0, ls2) + 1 : ls2]
        if line_start > 0 and _CLOSING.search(prev_line.strip().lower()):
            return True
        nl = text.find("\n", e)
        if nl < 0:
            return False
        nxt_line = text[nl + 1 : text.find("\n", nl + 1) if "\n" in text[nl + 1 :] else None]
        first = nxt_line.strip().split(" ")[0].strip(",|").lower() if nxt_line.strip() else ""
        return first in self.lex.role_words or first in _ROLE_LINE_STARTS

    def _labelled_item(self, doc: _Doc, i: int) -> bool:
        """ "Bloem (Xtra)", "Storm – mailt de school": a list item naming who does what."""
        nxt = doc.words[i + 1]
        if nxt == "(" and doc.words[i + 3] == ")":
            k = i + 2
            return doc.levels[k] == PROTECTED_ORG or doc.words[k] in self.lex.orgs
        if nxt in ("–", "-", "—") and doc.adjacent(i, i + 1):
            return self.verb_strength(doc.words[i + 2]) > 0 and doc.adjacent(i + 1, i + 2)
        return False

    def _word_as_name(self, doc: _Doc, i: int) -> bool:
        """A capitalised ordinary word inside running text ("met Hoogland gesproken").

        Why: Dutch capitalises no nouns mid-sentence, so a known word written with a
        capital between lower-case words, without an article, is a name (most Dutch
        surnames are words: Slager, Zeeman, Vorst) unless the lexicons know it as an
        organisation, place, role or month, which ``is_stop`` already excludes.
        """
        w = doc.words[i]
        b = _base(w)
        lex = self.lex
        if len(b) < 3 or w.isupper() or "-" in b or b.lower() in lex.lower_function:
            return False
        if self.stop[w] or b in _NOT_NAME_CAPS or doc.levels[i] != 0:
            return False
        if len(b) > 8 and b.lower() not in lex.words:
            return False  # a long ad-hoc compound ("Klaagbrief") is a coined term
        if b in AMBIGUOUS_STARTERS or _ABSTRACT_SUFFIX.search(b):
            return False  # "sprak over Veiligheid", "gaf Hoop": emphasis, not a name
        prev = doc.words[i - 1]
        if (
            not prev.isalpha()
            or not (
                prev.islower() or (prev.lower() in lex.lower_function and doc.sentence_start(i - 1))
            )
            or prev in _ORG_PREPS
            or prev in _DETERMINERS
            or prev in _NO_NAME_AFTER
            or prev in ORG_HEADS
            or not doc.adjacent(i - 1, i)
        ):
            return False
        nxt = doc.words[i + 1]
        if not nxt:
            return False
        if nxt.isalpha():
            return nxt.islower() and doc.adjacent(i, i + 1)
        return nxt in (",", ".", ";", "!", "?", ")") and doc.touching(i, i + 1)

    def _field_label(self, doc: _Doc, i: int) -> bool:
        """Token i is a field label before a colon: a word, compound or agent noun.

        Also with a lower-case qualifier before the colon ("Registratienr gemeente:",
        "Naam cliënt:"): the qualifier names whose number or name the field holds; and two
        labels joined by a comma ("Achternaam, voornaam:").
        """
        k = i + 1
        q = doc.words[k]
        if q.isalpha() and q.islower() and doc.adjacent(i, k) and q not in _SPEECH_VERBS:
            k += 1
        elif q == "," and doc.words[k + 1].lower() in LABEL_CUES:
            k += 2
        if doc.words[k] != ":" or not doc.touching(k - 1, k):
            return False
        lw = _base(doc.words[i]).lower()
        words = self.lex.words
        return (
            self.lex.is_word(lw)
            or bool(_LABEL_SUFFIX.search(lw))
            or (lw.endswith("er") and (lw[:-1] in words or lw[:-2] in words))
        )

    def _role_in_parens(self, doc: _Doc, i: int) -> bool:
        """ "Hoek (vertrouwensarts)", "Sterk (ambulant begeleider)": a name and its role."""
        if doc.words[i + 1] != "(" or not doc.adjacent(i, i + 1):
            return False
        k = i + 2
        while k < doc.n and k - i < 6 and doc.words[k] != ")":
            k += 1
        if doc.words[k] != ")" or k == i + 2:
            return False
        inner = doc.words[k - 1].lower()
        return inner in RELATIONS or self._role_like(inner)

    def _speaker_with_time(self, doc: _Doc, i: int) -> bool:
        """ "Storm (16.50): Jeroen belde ...": a chat speaker with the time of the message."""
        return (
            doc.words[i + 1] == "("
            and doc.words[i + 2].isdigit()
            and doc.sentence_start(i)
            and bool(_SPEAKER_TIME.match(doc.text, doc.ends[i]))
        )

    def _person_cell(self, doc: _Doc, i: int) -> bool:
        """Token i opens a cell of a "|" or tab table under a header naming people."""
        if i == 0 or not (
            doc.words[i - 1] == "|" or "\t" in doc.text[doc.ends[i - 1] : doc.starts[i]]
        ):
            return False
        text = doc.text
        s = doc.starts[i]
        ls = text.rfind("\n", 0, s) + 1
        before = text[ls:s]
        sep = "|" if "|" in before else ("\t" if "\t" in before else "")
        if not sep or before.rsplit(sep, 1)[-1].strip():
            return False
        col = before.count(sep)
        # walk up over the table's rows to its header
        header = ""
        pos = ls
        while pos > 0:
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev_start : pos - 1]
            if sep not in line:
                break
            header = line
            pos = prev_start
        if not header:
            return False
        cells = header.split(sep)
        if col >= len(cells):
            return False
        return cells[col].strip().lower().rstrip(":") in _PERSON_COLUMNS

    def _noun_subject(self, doc: _Doc, i: int) -> bool:
        """A capitalised ordinary word opening a sentence before a speech verb: a surname.

        "Schaap belde op 16 november terug": Dutch writes no noun with a capital in the
        middle of a sentence start without an article, and things do not phone or speak.
        """
        w = _base(doc.words[i])
        lw = w.lower()
        nxt = doc.words[i + 1]
        if i + 1 >= doc.n or not doc.adjacent(i, i + 1) or len(w) < 3:
            return False
        after = doc.words[i + 2]
        if nxt not in _SPEECH_VERBS:
            # "Vrolijk liet ons binnen": an adjective cannot be the subject and an object
            # pronoun cannot either, so the adjective-shaped opener is a surname
            return (
                _ADJECTIVE_SHAPE.search(lw) is not None
                and after.lower() in _OBJECT_PRONOUNS
                and self.verb_strength(nxt) > 0
                and lw not in self.lex.lower_function
                and not self.stop[w]
            )
        if (
            after.lower() in _INVERSION_SUBJECTS
            or after.lower() in _DETERMINERS
            or after[:1].isupper()
            or after.lower() in RELATIONS
            or after in TITLES
        ):
            return False  # "Daarna belde zijn moeder", "Gisteren belde Jan"
        return not (
            w in AMBIGUOUS_STARTERS
            or lw in self.lex.lower_function
            or lw in RELATIONS
            or lw in _NON_PERSON_SUBJECTS
            or lw in _MONTH_NAMES
            # a small place in the lexicon ("Hoogland") may be a surname; places do not speak
            or (self.stop[w] and not (self.soft_stop(w) and not self.hard[w]))
            or self._role_like(lw)
            or _ABSTRACT_SUFFIX.search(lw)
            or self._derived_noun(w)
            or not w.isalpha()
        )

    def _shape_verdict(
        self, doc: _Doc, i: int, words: list[int], at_start: bool, first_is_name: bool
    ) -> bool | None:
        """Accept or refuse a chain by the shape around it; None when the shape says nothing.

        Why: greetings, inverted questions, vocatives, thread speakers, possessives and
        quoted English or Title Case titles are recognised by their surroundings, whatever
        the lexicons say about the word itself.
        """
        lex = self.lex
        is_first, is_surname = self.first, self.surname
        w0 = doc.words[words[0]]
        b0 = _base(w0)
        last = words[-1]
        nxt = doc.words[last + 1]
        if last + 1 < doc.n:  # doc.adjacent(last, last + 1), inline
            g = doc.gaps[last + 1]
            adj = g == " " or (len(g) <= 2 and "\n" not in g and "\t" not in g and g.strip() == "")
        else:
            adj = False
        single = len(words) == 1 and words[0] == i
        if (
            single
            and w0 in _GREETINGS
            and adj
            and nxt[:1].isalpha()
            and nxt[:1].islower()
            and self.verb_strength(nxt) == 0
        ):
            return False  # "Lieve collega's", "Beste allemaal": greeting a group
        quotes = doc._quotes if doc._quotes is not None else doc.quotes()
        if quotes and self._english_quote(doc, i, last):
            return False  # 'zei: "I have my church."', '"Leave me alone"'
        if (
            at_start
            and w0 in _ENGLISH_AUX
            and (single or last == i + 1)
            and doc.words[i + 1].lower() in _ENGLISH_SUBJECTS
        ):
            return False  # "Can you check of de tolk komt?", "Can I come?": an English question
        prev = doc.words[i - 1]
        if (
            prev[:1].isupper()
            and i >= 2
            and doc.words[i - 2] in ("'", '"', "‘", "“")
            and doc.sentence_start(i - 1)
            and (prev.lower() in lex.lower_function or prev.lower() in lex.words)
            and not first_is_name
        ):
            return False  # "'Samen Sterk in de Wijk'": a Title Case project name
        if nxt == "&" and doc.words[last + 2][:1].isupper() and not is_first[b0]:
            return False  # "Taal & Werk Punt": an organisation joined by an ampersand
        if (
            len(words) >= 2
            and not at_start
            and b0.lower() in lex.lower_function
            and not is_first[b0]
            and not is_surname[b0]
        ):
            return False  # "project Samen Sterk", "Met Elkaar Verder": a Title Case name
        if (
            prev[:1].isupper()
            and prev.lower() in lex.lower_function
            and not is_first[prev]
            and not is_surname[prev]
            and i >= 1
            and not doc.sentence_start(i - 1)
            and doc.adjacent(i - 1, i)
        ):
            return False  # the second word of such a name, after the retry without the first
        if (
            prev in ("de", "het")
            and nxt.lower() in _INSTITUTION_NOUNS
            and adj
            and doc.words[i - 2].lower() not in RELATIONS
        ):
            return False  # "de Jan van Nassau school": a school named after a person
        if prev == "het" and doc.adjacent(i - 1, i) and not doc.sentence_start(i - 1):
            return False  # "bij het Willem Dreeshuis": a neuter article names a building
        if prev in _ALL_PARTICLES_LOWER and i >= 2:
            k = i - 1
            while k > 0 and doc.words[k] in _ALL_PARTICLES_LOWER and i - k < 4:
                k -= 1
            head = doc.words[k]
            hb = _base(head)
            run = [doc.words[x] for x in range(k + 1, i)]
            if (
                len(run) >= 2
                and not any(x in _LOCATIVE_PARTICLES for x in run)
                and all(x.islower() for x in run)
                and head[:1].isupper()
                and not is_first[hb]
                and not is_surname[hb]
                and lex.is_word(hb)
            ):
                return False  # "Huis van de Wijk", "Dag van de Mantelzorg": a named thing
        if not single:
            return None
        # Why this gate: each shape below asks for one of these; a lone word between
        # ordinary words (most of them) needs none of the tests
        if not (
            nxt in (",", "(", ":")
            or prev in (":", "(")
            or w0 != b0
            or (is_first[b0] and b0.lower() in lex.lower_function)
            or (at_start and adj and nxt.lower() in _QUESTION_SUBJECTS)
        ):
            return None
        known = is_first[b0] or is_surname[b0]
        if at_start and nxt == "," and b0.lower() in _INTERJECTIONS:
            return False  # "Helder, we doen het zo": an answer word, not a name addressed
        age = _AGE_AFTER.match(doc.text, doc.ends[last]) if known and nxt == "(" else None
        if age and not self.hard[b0]:
            after_age = doc.text[age.end() :].lstrip(" ")[:3]
            if (
                b0.lower() not in lex.words
                or after_age[:1] in (",", "&")
                or after_age.startswith("en ")
                or (prev in ("en", ",", "&") and doc.words[i - 2] == ")")
            ):
                return True  # "Storm (8) en Zon (5)": children listed with their ages
        if (
            nxt == ":"
            and known
            and doc.words[last + 2] in ('"', "“", "'", "‘")
            and not self.hard[b0]
            and b0.lower() not in RELATIONS
            and not self._role_like(b0)
        ):
            return True  # 'Koster: "Ik red het niet."': a speaker quoted
        if (
            prev == ":"
            and is_first[b0]
            and doc.touching(i - 2, i - 1)
            and doc.words[i - 2].lower() in LABEL_CUES
            and not self.hard[b0]
            and (nxt in ("", "(", ",", ";", "<") or not adj)
        ):
            return True  # "Door: Trui", "Aan: Wil": a first name filling a header field
        if (
            prev == "("
            and nxt == ")"
            and i >= 2
            and (
                doc.words[i - 2].lower() in RELATIONS
                or self._role_like(doc.words[i - 2])
                or doc.levels[i - 2] in (PROTECTED_ORG, STRUCTURED)
            )
            and (known or (self._score_inside[b0] == 1 and not lex.is_word(b0)))
            and not self.hard[b0]
            and b0.lower() not in _ALL_PARTICLES_LOWER
            and b0.lower() not in _INTERJECTIONS
        ):
            # "de buurvrouw (Wil)", "Fivoor (Marloes)", "2520 AJ (Annemiek)": the relation,
            # the contact at a service, or who lives at the address just given
            return True
        if (
            at_start
            and adj
            and is_first[b0]
            and b0.lower() in lex.lower_function
            and b0.lower() not in _ALL_PARTICLES_LOWER
            and nxt in _PERSON_VERBS
            and nxt != "zelf"
            and doc.words[last + 2].lower() not in _INVERSION_SUBJECTS
        ):
            return True  # "Wil schreef op ...": a modal or preposition takes no finite verb
        if (
            at_start
            and adj
            and nxt == "en"
            and is_first[b0]
            and b0.lower() in lex.lower_function
            and b0.lower() not in _ALL_PARTICLES_LOWER
            and _base(doc.words[last + 2]) in lex.first_names
            and doc.words[last + 2][:1].isupper()
        ):
            return True  # "Wil en Door gaan samen langs"
        if (
            at_start
            and adj
            and nxt.lower() in _QUESTION_SUBJECTS
            and (w0.lower() in lex.words or self.verb_strength(w0.lower()) > 0)
            and doc.words[last + 2] not in (",", ":")
        ):
            return False  # "Kent iemand ...", "Heeft u ...": an inverted question
        if (
            w0 != b0
            and w0[len(b0) :] in ("'s", "’s")
            and known
            and w0.lower() not in lex.words
            and adj
            and nxt[:1].islower()
            and not self.hard[b0]
        ):
            return True  # "Trui's grootste zorg": a possessive, not a plural
        if (
            nxt == ","
            and known
            and (is_first[b0] or b0.lower() not in lex.lower_function)
            and b0 not in _GREETINGS
            and b0.lower() not in _INTERJECTIONS
            and not self.hard[b0]
            and b0.lower() not in _ALL_PARTICLES_LOWER
        ):
            after = doc.words[last + 2].lower()
            # a surname that is also a word ("Bakker, wat vind jij?") only when the person
            # is then addressed as "jij"/"je"/"u"
            # a word-name ("Hoop, dat is wat overblijft") only with "jij"/"je"/"u" after it
            addressed = (is_first[b0] and b0 not in AMBIGUOUS_STARTERS) or (
                (is_first[b0] or b0 not in AMBIGUOUS_STARTERS)
                and any(doc.words[x].lower() in _SECOND_PERSON for x in range(last + 2, last + 6))
            )
            if (
                at_start
                and after in _VOCATIVE_NEXT
                and doc.words[last + 3] not in (",",)
                and addressed
            ):
                return True  # "Wil, ik bel je maandag": the person addressed
        if (
            prev == ","
            and not at_start
            and is_first[b0]
            and b0.lower() in lex.lower_function
            and b0.lower() not in _ALL_PARTICLES_LOWER
            and (nxt == "" or (nxt in (".", "!", "?", ",") and doc.touching(last, last + 1)))
        ):
            return True  # "Dank je, Door!": a function word never takes a capital mid-sentence
        if (
            not at_start
            and is_first[b0]
            and b0.lower() in lex.lower_function
            and b0.lower() not in _ALL_PARTICLES_LOWER
            and prev.isalpha()
            and prev.islower()
            and prev not in _DETERMINERS
            and prev not in _ORG_PREPS
            and doc.adjacent(i - 1, i)
            and (nxt in (".", "!", "?", ",", ")", "") or (nxt.isalpha() and nxt.islower()))
        ):
            return True  # "vraag naar Door", "bel mij of Ben": capitalised only as a name
        if nxt == "(" and doc.sentence_start(i) and (known or not lex.is_word(b0)):
            k = last + 2
            while k < doc.n and k - last < 8 and doc.words[k] != ")":
                k += 1
            if (
                doc.words[k] == ")"
                and k > last + 2
                and doc.words[k + 1] == ":"
                and not self.hard[b0]
                and b0.lower() not in _INTERJECTIONS
                and b0.lower() not in RELATIONS
                and not self._role_like(b0)
                and not self._field_label(doc, i)
            ):
                return True  # "Wil (Veilig Thuis): ...": a thread speaker and her service
        return None

    def _english_quote(self, doc: _Doc, i: int, last: int) -> bool:
        """Tokens i..last sit in a quoted sentence with two or more English markers."""
        text = doc.text
        # the nearest quote mark before token i, at most 11 tokens back on the same line
        quotes = doc.quotes()
        if not quotes:
            return False
        x = bisect_left(quotes, i) - 1
        if x < 0 or i - quotes[x] >= 12:
            return False
        k = quotes[x]
        if "\n" in text[doc.ends[k] : doc.starts[i]]:
            return False
        # an opening quote touches the word after it, not the one before it
        if k < 0 or not doc.touching(k, k + 1) or (k > 0 and doc.touching(k - 1, k)):
            return False
        hits = 0
        m = k + 1
        while m < doc.n and m - k < 14 and doc.words[m] not in ('"', "”", "’", "'"):
            if doc.words[m].lower() in _ENGLISH_MARKERS:
                hits += 1
            m += 1
        return hits >= 2

    def _before_protected(self, doc: _Doc, k: int) -> bool:
        """A capitalised protected word follows token k directly ("Woonnet Haaglanden")."""
        j = k + 1
        return (
            j < doc.n
            and doc.levels[j] in (PROTECTED_PLACE, PROTECTED_ORG)
            and doc.words[j][:1].isupper()
            and doc.adjacent(k, j)
        )

    def _cut_van_org(self, doc: _Doc, words: list[int], last: int) -> tuple[list[int], int]:
        """ "Karin van het Schuldenloket": the name ends before "van" and a service compound."""
        for x in words[1:]:
            k = x - 1
            if doc.words[k] in ("de", "het"):
                k -= 1
            if doc.words[k] == "van" and _org_compound(_base(doc.words[x]), self.lex):
                kept = [y for y in words if y < k]
                return (kept, kept[-1]) if kept else ([], -1)
        return words, last

    def _word_name(self, w: str) -> bool:
        """A word also used as a given name ("Hoop", "Winter").

        Not a function word, a role, a relation, an adjective or a heading ("Dan", "Mentor",
        "Beste", "Tip"): those open sentences as words.
        """
        lw = w.lower()
        return (
            w in AMBIGUOUS_STARTERS
            and lw not in self.lex.lower_function
            and lw not in RELATIONS
            and lw not in _NOT_WORD_NAMES
            and not self._role_like(lw)
            and not self.hard[w]
        )

    @staticmethod
    def _speaks(doc: _Doc, k: int) -> bool:
        """Token k is the subject of a speech verb after it ("zei", "vertelde", "gaf aan")."""
        nxt = doc.words[k + 1]
        if not doc.adjacent(k, k + 1):
            return False
        if nxt in ("gaf", "geeft"):
            if doc.words[k + 2] != "aan":
                return False
        elif nxt not in _SPEECH_VERBS:
            return False
        return doc.words[k + 2].lower() not in _INVERSION_SUBJECTS

    def _org_at(self, doc: _Doc, k: int) -> bool:
        """Token k names an organisation: protected, listed, or a service compound ("Wijkbus")."""
        if not 0 <= k < doc.n:
            return False  # "... Bryan van" at the very end: no token to look at
        org = _base(doc.words[k])
        return (
            doc.levels[k] == PROTECTED_ORG
            or org in self.lex.orgs
            or (org[:1].isupper() and _org_compound(org, self.lex))
        )

    def _name_before_van_org(self, doc: _Doc, i: int) -> int:
        """Token after "<name> van <organisation>" when a person verb follows, else -1.

        Why: "Mei van Stichting Schuldhulp belde", "Juni van de Buurtkamer hielp": a known
        name that is also a month or a word is a person when her organisation introduces
        her and she acts; the organisation itself stays readable.
        """
        b = _base(doc.words[i])
        lex = self.lex
        if (
            (b not in lex.first_names and b not in lex.surnames)
            or b.lower() in lex.lower_function
            or self.stop[b]
            or not doc.adjacent(i, i + 1)
        ):
            return -1
        k = i + 2
        if doc.words[k] in ("de", "het"):
            k += 1
        if not self._org_at(doc, k):
            return -1
        k += 1
        while k - i < 8 and doc.words[k][:1].isupper() and doc.adjacent(k - 1, k):
            k += 1  # "Stichting Schuldhulp Den Haag"
        verb = doc.words[k]
        if not doc.adjacent(k - 1, k) or self.verb_strength(verb) == 0:
            return -1
        if (b in AMBIGUOUS_STARTERS or b.lower() in _MONTH_NAMES) and (
            doc.words[i - 1].lower() in _TIME_PREPS
            or (verb in _SUBJECT_FOLLOWERS and verb not in _PERSON_VERBS)
        ):
            return -1  # "vanaf Mei van ...", "Post van de Voedselbank kwam aan": no person
        return k

    def _toponymic_surname(self, doc: _Doc, words: list[int], x: int) -> bool:
        """ "Kevin Stolwijk", "Ankie Zuiderwijk", "Wim Adriaanse": a place-shaped surname.

        Why: "-wijk", "-kerk" and "-aanse" words are streets' or places' endings, but right
        after a known first name (that is no ordinary word) they are a family name; the
        chain is first name + the surname only, so "Melis Stokelaan" stays a street.
        """
        if x != words[-1] or len(words) != 2 or x - words[0] > 3:
            return False
        b = _base(doc.words[x])
        if not _TOPONYMIC_SUFFIX.search(b) or b in self.lex.orgs:
            return False
        f = _base(doc.words[words[0]])
        return (
            f in self.lex.first_names
            and (not self.lex.is_word(f, compounds=False) or not doc.sentence_start(words[0]))
            and f not in self.lex.places
            and all(doc.words[k] in _LOWER_PARTICLES for k in range(words[0] + 1, x))
        )

    def _accept(self, doc: _Doc, i: int, words: list[int]) -> bool:
        lex = self.lex
        is_first, is_surname = self.first, self.surname
        at_start = doc.sentence_start(i)
        prev = doc.words[i - 1] if i > 0 else ""
        prev_l = prev.lower()
        strong_cue = self.strong_cue(doc, i)
        if doc.words[i] in _STREET_HEADS and doc.words[i + 1] in _LOWER_PARTICLES:
            return False  # "de Laan van Meerdervoort", "Plein van de Republiek": a street
        b0 = _base(doc.words[i])
        if (
            len(words) == 1
            and ":" in (doc.words[i + 1], doc.words[i + 2], doc.words[i + 3])
            and not is_first[b0]
            and not is_surname[b0]
            and doc.sentence_start(i)
            and self._field_label(doc, i)
        ):
            return False  # "Registratienr gemeente:", "Naam cliënt:": a form's field label
        for x in words[1:]:
            b = _base(doc.words[x])
            if (
                doc.levels[x] != PROTECTED_PLACE
                and not is_first[b]
                and not is_surname[b]
                and (_NON_NAME_SUFFIX.search(b.lower()) or b in lex.orgs)
                and not self._toponymic_surname(doc, words, x)
            ):
                return False  # "Johan de Witt College", "Melis Stokelaan": an institution/street
        inside = self._score_inside  # name_score(w, False), as a memo table
        scores = [inside[doc.words[x]] for x in words]
        if at_start and words[0] == i:
            scores[0] = self._score_at_start[doc.words[i]]
        best = max(scores)
        b0 = _base(doc.words[words[0]])
        first_is_name = is_first[b0] or (
            b0[-1:] == "s" and is_first[b0[:-1]] and scores[0] == 2
        )  # "bij Anhs vader": a possessive written without apostrophe
        followed_by_age = doc.words[words[-1] + 1] == "(" and bool(
            _AGE_AFTER.match(doc.text, doc.ends[words[-1]])
        )  # (the bracket is the next token)
        verdict = self._shape_verdict(doc, i, words, at_start, first_is_name)
        if verdict is not None:
            return verdict
        if (
            len(words) == 1
            and prev_l in _DEPARTMENT_CUES
            and not is_first[b0]
            and not is_surname[b0]
            and lex.is_word(b0)
        ):
            return False  # "medewerker Verhuur": a department, not a person
        if (
            strong_cue
            and len(words) == 1
            and prev == ":"
            and not is_first[b0]
            and not is_surname[b0]
            and lex.is_word(b0.lower(), compounds=False)
            and doc.words[i + 1][:1].islower()
        ):
            return False  # "Medewerker: Waar verblijft zij nu?": a speaker's turn opens
        if strong_cue:
            # "zoon Bas", "huisarts Bakker": accept unless clearly an organisation/place
            return not all(self.hard[doc.words[x]] for x in words)
        nxt0 = doc.words[words[0] + 1]
        if len(words) == 1 and (
            nxt0 in (":", "(")
            or nxt0 in _SPEECH_VERBS
            or (
                doc.words[words[0] + 2].lower() in _OBJECT_PRONOUNS
                and _ADJECTIVE_SHAPE.search(doc.words[i].lower()) is not None
            )
            or nxt0.lower() in _POST_HONORIFICS
            or prev in ("|", "")
            or "\t" in doc.text[doc.ends[i - 1] : doc.starts[i]]
        ):
            b = _base(doc.words[i])
            if not is_first[b] and not is_surname[b] and self._field_label(doc, i):
                return False  # "Casusles:", "Intaker:", "Casusnummer:": a field label
            if (
                (
                    self._role_in_parens(doc, i)
                    or self._speaker_with_time(doc, i)
                    or (nxt0.lower() in _POST_HONORIFICS and doc.adjacent(i, i + 1))
                    or self._person_cell(doc, i)
                )
                and not self.stop[b]
                and b.lower() not in lex.lower_function
                and b.lower() not in RELATIONS
                and b.lower() not in _NON_PERSON_SUBJECTS
                and not self._role_like(b)
                and (is_first[b] or is_surname[b] or not lex.is_word(b))
            ):
                return True  # "Sterk (ambulant begeleider)", "Storm (16.50): ...", "Ayşe hanım"
            if at_start and scores[0] == 0 and self._noun_subject(doc, i):
                return True  # "Schaap belde op ... terug"
        if best < 2 and self._before_protected(doc, words[-1]):
            return False  # "Woonnet Haaglanden", "Sewa Den Haag": part of an institution name
        if at_start and len(words) == 1 and scores[0] == 0:
            # "Mei belde gisteren", "Storm heeft schulden": a lexicon name that is also an
            # ordinary word, opening a sentence as the subject of a finite verb
            b = _base(doc.words[words[0]])
            if (
                (is_surname[b] or is_first[b])
                and b.lower() not in lex.lower_function
                and not self.stop[b]
                and (
                    self.subject_of_verb(doc, words[0], b in AMBIGUOUS_STARTERS)
                    or self._signature_line(doc, words[0])
                    or self._labelled_item(doc, words[0])
                )
            ):
                return True
            if b in AMBIGUOUS_STARTERS and self._word_name(b) and self._speaks(doc, words[0]):
                return True  # "Hoop zei letterlijk: ...": only a person speaks
        if (
            at_start
            and len(words) == 1
            and scores[0] == 0
            and (
                nxt0 in _SUBJECT_FOLLOWERS
                or (nxt0 == "en" and self._score_inside[doc.words[words[0] + 2]] == 2)
                or (
                    # "Bloem en haar dochter": the possessive points back to a person
                    nxt0 == "en"
                    and doc.words[words[0] + 2].lower() in ("haar", "zijn")
                    and doc.words[words[0] + 3].lower() in RELATIONS
                )
                or (
                    nxt0 == "("
                    and doc.words[words[0] + 3] == ")"
                    and (
                        doc.words[words[0] + 2].lower() in RELATIONS
                        or doc.words[words[0] + 2].lower() in lex.role_words
                    )
                )
            )
            and doc.adjacent(words[0], words[0] + 1)
        ):
            b = _base(doc.words[words[0]])
            if (
                (is_surname[b] or is_first[b])
                and b not in AMBIGUOUS_STARTERS
                and b.lower() not in lex.lower_function
                and not self.stop[b]
            ):
                return True
        if at_start and len(words) > 1 and scores[0] == 0:
            first = _base(doc.words[words[0]])
            # "Kick Yilmaz" opens a sentence: a lexicon first name before a name is a name
            # likewise a lexicon surname that is also a word ("Mehari Kidane" in a
            # signature) when a known name follows and the first word is no function word
            known = is_first[first] or (
                is_surname[first]
                and (max(scores[1:]) == 2 or self._whole_line(doc, words[0], words[-1]))
                and first not in AMBIGUOUS_STARTERS
                and first.lower() not in lex.lower_function
                and not self.stop[first]
            )
            if doc.words[words[-1] + 1] == "|" and self._name_column(doc, i):
                known = True  # "Mehari Gebremedhin | cliënt |": a row of a name table
            if followed_by_age and max(scores[1:]) == 2 and self._word_name(first):
                known = True  # "Hoop Kramer (27) kwam via de huisarts": name, surname, age
            if not (known and max(scores[1:]) > 0):
                return False  # let the caller retry after the sentence opener
        if best == 0:
            if followed_by_age and not at_start:
                return True
            if len(words) == 1 and not at_start and self._word_as_name(doc, i):
                return True
            if len(words) >= 2 and not at_start:
                if any(doc.words[x].lower() in lex.lower_function for x in words):
                    return False  # Title Case heading: "Werk Samen Met Het Netwerk"
                return any(is_surname[_base(doc.words[x])] for x in words)
            return False
        if (
            prev_l in _LOCATION_PREPS
            and not first_is_name
            and not any(_base(doc.words[x]).split("-")[0] in _ARTICLE_PREFIXES for x in words)
            and not self._visit_after(doc, prev_l, words[-1] + 1)  # "bij Kramer thuis"
        ):
            return False
        if (
            len(words) == 1
            and _base(doc.words[i]).lower() in _MONTH_NAMES
            and (prev_l in _TIME_PREPS or doc.words[i + 1].isdigit())
        ):
            return False  # "sinds Juni", "Mei 2024": the month
        if prev in _ORG_PREPS and len(words) == 1 and best < 2:
            return False
        if (
            len(words) == 1
            and prev_l in ("in", "naar", "uit")
            and doc.words[i - 2].lower() in _RESIDENCE_WORDS
            and not strong_cue
        ):
            return False  # "woont in Sofia", "gevlucht uit Victoria": a place, not a person
        if (
            prev_l in _POSSESSIVE_DETS
            and len(words) == 1
            and best < 2
            and (prev_l not in ("zijn", "haar") or doc.words[i - 2].lower() in _PREPOSITIONS)
        ):
            return False  # "bij zijn Krankenkasse": a noun after a possessive, not a name
        if (
            prev in ("de", "het", "een")
            and len(words) == 1
            and not is_surname[_base(doc.words[i])]
            and _base(doc.words[i])[:-1] not in lex.surnames
            and not self.strong_cue(doc, i)
        ):
            return False  # "boodschappen bij de Dirk": a first name after an article is a shop
        if prev.lower() in ORG_HEADS and (prev[:1].isupper() or best < 2):
            return False  # "Wijkcentrum De Henri", "in verpleeghuis Vreedenhoff"
        if best == 1 and prev == ":" and self.cue_before(doc, i):
            # header field "Aan: Farhad", "Van: Radost <r@x.nl>": the name fills the field
            nxt = doc.words[words[-1] + 1]
            end = doc.ends[words[-1]]
            rest = doc.text[end : doc.text.find("\n", end) if "\n" in doc.text[end:] else None]
            if not rest.strip() or nxt in ("<", "(", ",") or "  " in rest[:2]:
                return True
        if best == 1 and at_start:
            # unknown word opening a sentence: accept when it behaves like a subject name
            nxt = doc.words[words[-1] + 1]
            if len(words) == 1 and self._signature_line(doc, i):
                return True  # "Alvast dank!\nYusra": the writer signs under a closing
            if prev == "(" and nxt == ")" and i >= 2:
                # "de wijkverpleegkundige (Marjolein)", "dhr. Ramkhelawan (Sangeeta)"
                before = doc.words[i - 2]
                return (
                    before.lower() in RELATIONS
                    or before.lower() in lex.role_words
                    or (before[:1].isupper() and self._score_inside[before] > 0)
                )
            if len(words) >= 2 or followed_by_age:
                return True
            if nxt == "|" and self._name_column(doc, i):
                return True  # first cell of a flattened table whose first column is "Naam"
            if self._derived_noun(doc.words[words[0]]):
                return False  # "Zorgmijding doorbreken ...": a heading, not a name
            lw = doc.words[words[-1]].lower()
            if (
                nxt == ":"
                and doc.touching(words[-1], words[-1] + 1)
                and words[-1] + 2 < doc.n
                and lw not in RELATIONS
                and lw not in LABEL_CUES
                and lw not in lex.role_words
            ):
                # speaker label: 'Sevgi: "Ik kan niet meer."'
                return doc.adjacent(words[-1] + 1, words[-1] + 2)
            if nxt in ("en", "&") and doc.words[words[-1] + 2][:1].isupper():
                # "Jaïr en Naïma zijn ...": coordinated with a known name
                return self._score_inside[doc.words[words[-1] + 2]] >= 1
            if nxt == "van":
                # "Sanae van Woonzorg Nederland": a person introduced by her organisation
                k = words[-1] + 2
                if doc.words[k].lower() in ("de", "het"):
                    k += 1
                return k < doc.n and self._org_at(doc, k)
            return (
                bool(nxt)
                and (nxt[0].islower() or nxt in (",", "("))
                and nxt.lower() not in ("van", "voor", "en", "of")
            )
        return True


_FINDER: PersonFinder | None = None


def find_persons(text: str, blocked: bytearray) -> list[tuple[int, int]]:
    """Person spans as (start, end) in text, skipping blocked characters."""
    global _FINDER
    if _FINDER is None:
        _FINDER = PersonFinder()
    found = _FINDER.find(text, blocked)
    if has(text, "'t ") or has(text, "’t "):
        found = [f for f in found if not _particle_place(text[f[0] : f[1]])]
    found = _drop_non_persons(text, found, _FINDER.lex)
    found = _drop_foreign_words(text, found, _FINDER.lex)
    if found:
        found = _drop_stand_ins(text, found, _FINDER.lex)
    if found:
        found = _drop_places_and_orgs(text, found, _FINDER.lex)
    extra = _cue_names(text, blocked, _FINDER.lex) + _signoff_names(text, blocked, _FINDER.lex)
    extra += _named_names(text, blocked, _FINDER.lex)
    if extra:
        # a cue span that covers names found replaces them ("Van Kleef, T.W." over "T.W.")
        kept = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in extra)]
        for s, e in extra:
            if not any(a < e and s < b for a, b in kept):
                kept.append((s, e))
        found = sorted(kept)
    if found and (" en " in text or "→" in text or "->" in text):
        found = _add_coordinated(text, found, blocked, _FINDER)
    found = _van_alone_and_owners(text, found, blocked, _FINDER.lex)
    found = find_slot_names(text, found, blocked, _FINDER.lex)
    if found:
        found = drop_word_names(text, found, _FINDER.lex)
    found = find_chat_names(text, found, blocked, _FINDER.lex)
    if found:
        found = drop_sentence_words(text, found, _FINDER.lex)
    found = add_titled_names(text, found, blocked, _FINDER.lex)
    if found:
        found = drop_word_classes(text, found, _FINDER.lex)
        if " van " in text:
            found = [_cut_employer(text, s, e, _FINDER.lex) for s, e in found]
        found = _drop_known_non_names(text, found, _FINDER.lex)
    if has(text, "naam") or has(text, "NAAM") or has(text, "namen"):
        found = _with_name_fields(text, found, blocked)
    return join_short_particles(text, found, blocked)


def _drop_known_non_names(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Drop spans that are an organisation, place, department, street or ordinary word.

    Why: later passes (cues, slots, chats, the classifier) add names after the place-and-
    organisation check; "'Klarna is ...'", "Schuldeiser Vesteda", "teamleider Inkomen",
    "(Jonker Bewind)", "Marokkaans-Arabisch" are still no person.  A title or relation
    right before the span keeps it.
    """
    gaz = lex.gazetteer
    out = [
        (s, e)
        for s, e in found
        if not (_known_non_name(text[s:e], lex, gaz) and not _PERSON_VERB_AFTER.match(text, e))
        # (the regex only where its literal opening stands: it runs for every name found)
        and not (text.startswith(_MAX_MIN, s) and _MAX_BEFORE_NUMBER.match(text, s, e + 4))
        and not _department(text, s, e, lex)
        and not _common_word_as_name(text, s, e)
        and not _named_word(text, s, e, lex)
        and not (text[s:e].lower() in _LINE_LABELS and text[e : e + 1] == ":")  # "edit: ..."
    ]
    if len(out) > 1:
        out = [
            f for k, f in enumerate(out) if not k or not _employer_after(text, out[k - 1], f, lex)
        ]
    if len(out) < len(found):
        out = [f for f in found if f in out or _lead_word_is_cue(text, f[0])]
    # a street, a firm, an origin or a header word stays one after a title as well
    kept = [(s, e) for s, e in out if not _named_thing(text, s, e, lex)]
    return kept if len(kept) < len(found) else found


# what a word of a name never ends with: a street ("Van der Vennestraat", "Ambachtsgaarde")
_STREET_ENDS: Final = (
    "straat",
    "laan",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dreef",
    "steeg",
    "gaarde",
)
# words that open or close an organisation's name ("Bewind op Maat", "Jonker Bewind")
_ORG_HEADS: Final = frozenset(
    ["Bewind", "Stichting", "Vereniging", "Coöperatie", "Praktijk", "Notariskantoor"]
    + ["Zorggroep", "Woonzorgcentrum", "Dagcentrum", "Buurthuis", "Wijkcentrum"]
)
_ORG_TAIL_AFTER: Final = regexes.compile(r"[ ]([A-Z][a-z]+)\b")
_LOWER_ORG_TAIL_AFTER: Final = regexes.compile(
    r"[ ](?:college|scholengroep|lyceum|gymnasium|basisschool|school|ziekenhuis|kliniek|"
    r"stichting|kerk|moskee|bibliotheek|zorgcentrum|verpleeghuis)\b"
)
# What closes the name of a school or a hospital named after someone, right after the span
# or a word or two later: "Edith Stein College", "Wilhelmina Gasthuis", "Prins
# Willem-Alexanderschool", "Koningin Julianaschool"
_NAMED_AFTER: Final = regexes.compile(
    r"(?:[ ](?:van[ ]|de[ ]|der[ ])?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){0,2}?"
    r"(?:[ ](?:College|Lyceum|Gymnasium|Gasthuis|Ziekenhuis|Scholengroep|Academie)"
    r"|(?<=[a-z])(?:school|college|lyceum|gasthuis|ziekenhuis))(?![\w-])"
)
_NAMED_AFTER_GLUED: Final = ("school", "college", "lyceum", "gasthuis", "ziekenhuis")
# the rest of a street named after someone, right after a first name: "Jacob Catsstraat"
_STREET_NAMED_AFTER: Final = regexes.compile(
    r"[ ][A-ZÀ-Þ][\w'’-]*?(?:straat|laan|weg|plein|kade|gracht|singel|dreef|park|plantsoen)"
    r"(?![\w-])"
)
# an institution word before "De X": "Dagcentrum De Schakel", "buurthuis De Boog"
_INSTITUTION_BEFORE: Final = regexes.compile(
    r"(?i)(?:centrum|buurthuis|praktijk|stichting|school|opvang|boerderij|verpleeghuis|"
    r"inloophuis|inloop|locatie|dagbesteding|kerk|moskee|bibliotheek|voorziening)[ ]$"
)
# a capitalised institution word right before the span: "Zorggroep Haag Zuid",
# "Notariskantoor Hofplaats", "Mytylschool De Witte Vogel" (the span names the place)
_INSTITUTION_HEADS: Final = (
    "groep",
    "kantoor",
    "school",
    "centrum",
    "praktijk",
    "stichting",
    "opvang",
    "kliniek",
    "Stichting",
)
# "het syndroom van Down", "de ziekte van Parkinson": an eponym, not a person here
_EPONYM_BEFORE: Final = regexes.compile(r"(?i)\b(?:syndroom|ziekte|wet|methode|model)[ ]van[ ]$")
_EPONYMS: Final = frozenset(
    ["Down", "Parkinson", "Alzheimer", "Huntington", "Crohn", "Lyme", "Korsakov", "Asperger"]
    + ["Duchenne", "Tourette", "Bechterew", "Hodgkin", "Kahler", "Graves", "Pfeiffer"]
)
_ROLE_WORD_ENDS: Final = (
    "medewerker",
    "verpleegkundige",
    "consulent",
    "coördinator",
    "begeleider",
    "hulpverlener",
    "regisseur",
    "behandelaar",
)
_ORIGIN_ENDS: Final = ("ees", "ese", "aans", "aanse", "isch", "ische", "s", "se")
_ABBREVIATIONS: Final = frozenset(
    ["Afw", "Aanw", "Afw.", "Aanw.", "Genogram", "Ecogram", "Nav", "Ivm", "Mbt", "Tav"]
    + ["Adr", "Geb", "GEB", "Iban", "IBAN", "Mw'er", "Caseload", "Caseloadlijst", "Roster"]
    # mail header and subject words: "Onderwerp: Antw: ...", "Importance: High"
    + ["Antw", "Doorst", "Automatic", "Importance", "Attachments", "Urgentie", "Bijlagen"]
    + ["Intrekken", "Geaccepteerd", "Geweigerd", "Voorlopig", "Afwezig", "Fwd", "Aw", "WG"]
    # export and note headers: "[Voice message transcribed]", "Post-it op scherm", "Android export"
    + ["Voice", "Post-it", "Android", "iPhone", "Samsung", "Spraakmemo", "Voicemail"]
    # a grandparent named by the relation alone: "Oma wordt 81", "Oma's nummer"
    + ["Oma", "Opa", "Oma's", "Opa's", "Omi", "Opi"]
    # hesitations in a transcript: "Ja, ehm, verslag ...", "Ehm, ze wonen ..."
    + ["Ehm", "Eh", "Uhm", "Uh", "Euh", "ehm", "uhm"]
)
_SPEAKER_LABEL_BEFORE: Final = regexes.compile(
    r"(?i)(?:medewerker|medewerkster|beller|spreker(?:[ ][0-9])?|interviewer|tolk|klant|cliënt|client|"
    r"collega|s[0-9]|[0-9])[ \t]*:[ \t]*$"
)
# What a speaker says first after the label of a transcript ("Medewerker: Duidelijk.",
# "Beller: Ja ja", "Medewerker: Dan vraag ik ..."): a word of the conversation, no name.
_SPOKEN_OPENERS: Final = frozenset(
    ["Ja", "Nee", "Dan", "Oké", "Ok", "Goed", "Prima", "Duidelijk", "Goedemiddag", "Goedemorgen"]
    + ["Goedenavond", "Hallo", "Hoi", "Dag", "Dank", "Bedankt", "Sorry", "Nou", "Tja", "Jawel"]
    + ["Klopt", "Precies", "Inderdaad", "Fijn", "Top", "Super", "Zeker", "Helder", "Akkoord"]
)
# a subject line, after its reply and forward tags: "Onderwerp: Afwezig: Aanmelding ..."
_SUBJECT_BEFORE: Final = regexes.compile(
    r"(?:Onderwerp|Subject|Betreft):[ \t]*(?:[A-Za-z]{2,12}:[ \t]*)*$"
)


def _cut_employer(text: str, s: int, e: int, lex: Lexicons) -> tuple[int, int]:
    """ "Marek van Barka": the name ends before "van" and an organisation it works for."""
    k = text.find(" van ", s, e)
    if k < 0:
        return s, e
    tail = text[k + 5 : e]
    gaz = lex.gazetteer
    if (gaz.kind.get(tail) == "org" and tail not in gaz.ambiguous) or (
        tail in lex.orgs and tail not in lex.surnames
    ):
        return s, k
    return s, e


def _named_word(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """The span is an abbreviation, a title or an origin, not a person (a cue may overrule)."""
    w = text[s:e]
    if w in _SPOKEN_OPENERS and text[max(0, s - 2) : s].strip() == ":":
        lab = _SPEAKER_LABEL_BEFORE.search(text, max(0, s - 30), s)
        if lab:
            return True  # "Medewerker: Duidelijk.": what the speaker says
    if w in _ABBREVIATIONS or w.rstrip(".") in TITLES or w in TITLES:
        return True  # "op naam van mw. (", "Afw m.k.:"
    if w.isalpha() and w.lower().endswith(_ROLE_WORD_ENDS) and w not in lex.surnames:
        return True  # "Griffiemedewerker (De Graaf) zegt": a role opening the sentence
    return (
        "-" in w
        and " " not in w
        and all(
            p in lex.places or (p[:1].isupper() and p.endswith(_ORIGIN_ENDS) and lex.is_word(p))
            for p in w.split("-")
        )
    )  # "Marokkaans-Arabisch", "Turks-Nederlandse"


_NEXT_LOWER_WORD: Final = regexes.compile(r"[ ]([a-zà-ÿ]+)")
_SHORT_TITLES: Final = frozenset(["fam", "mw", "dhr", "mevr", "mr", "hr", "mej", "dr"])
_PRONOUNS_I: Final = frozenset(["ik", "wij", "we", "jij", "u"])


@lru_cache(maxsize=1)
def _lower_org_names(lex: Lexicons) -> frozenset[str]:
    """Organisation names of two or more words in lower case ("albert heijn")."""
    return frozenset(o.lower() for o in lex.orgs | set(lex.gazetteer.kind) if " " in o)


# words that open a sentence, never a surname after a title: "mw. Daarna ..."
_SENTENCE_ADVERBS: Final = frozenset(
    ["Daarna", "Daarom", "Toen", "Verder", "Vervolgens", "Hierna", "Nu", "Ook"]
    + ["Morgen", "Gisteren", "Vandaag", "Eerst", "Later", "Maar", "Zij", "Hij", "Ze", "Het"]
    + ["Dit", "Dat", "Deze", "Er", "Wij", "We", "Ik", "Graag", "Helaas", "Inmiddels"]
)


# the last parts of names of care homes, centres and buildings: "De Lindehof", "De Duinroos"
_BUILDING_ENDS: Final = ("hof", "huis", "hoeve", "staete", "state", "flat", "toren", "borgh")


# a house of worship or a school named right after its name: "Mevlana moskee"
_WORSHIP_AFTER: Final = regexes.compile(
    r"[ ](?:moskee|kerk|tempel|mandir|synagoge|basisschool|cami|camii)(?![\w-])"
)
# heads that are also a trade's worker: "de kapper Jan de Vries" is a person
_ROLE_LIKE_HEADS: Final = frozenset(["fietsenmaker", "opticien", "juwelier", "bloemist"])


# Ends of a business's trade after its owner's name: "Koster Bakkerijen", "Bakker
# Vleeswaren", "Hoek Schoonmaakdiensten", "Visser Verhuizingen", "Groen Kinderopvang"
_BUSINESS_TAIL_ENDS: Final = (
    *("bakkerijen", "diensten", "verhuizingen", "voorziening", "vleeswaren", "opvang"),
    *("werken", "materialen", "groothandel", "handel", "bedrijf", "bedrijven", "techniek"),
    *("installaties", "transport", "services", "keuken", "werkplaats", "horeca"),
)


def business_tail(word: str, lex: Lexicons) -> bool:
    """Whether a capitalised word after a name is a business's trade, a compound of words."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low.endswith(_BUSINESS_TAIL_ENDS)
        and word not in lex.surnames
        and lex.is_word(low)
    )


def shop_head(low: str) -> bool:
    """Whether the lower-case word opens a shop's, business's, association's or house of
    worship's name ("bakkerij", "moskee", "speeltuinvereniging", "rijwielhandel")."""
    return low in SHOP_HEADS or (len(low) > 10 and low.endswith(SHOP_HEAD_ENDS))


def _org_head_before(text: str, s: int, prev: str) -> bool:
    """Whether the capitalised words right before ``s`` open with an organisation's head
    word two or three words back ("Stichting Somali Bravo", "Vereniging Oud Haagse Buurt")."""
    k = s - len(prev) - 1
    for _ in range(2):
        w = _prev_word(text, k)
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            return False
        if w in _ORG_HEADS or w.lower() in ORG_HEADS or shop_head(w.lower()):
            return True
        k -= len(w) + 1
    return False


def _named_thing(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """The span names an organisation, street or subject, not a person, whatever precedes."""
    span = text[s:e]
    words = span.split()
    if span.startswith(("in ", "uit ", "naar ")) and _known_non_name(span, lex, lex.gazetteer):
        return True  # "mevrouw in de Oude Westen": where she lives, after a title too
    if (
        len(words) == 2
        and len(words[0]) == 2
        and words[0][1] == "."
        and (words[-1].rstrip(".").lower() in _SHORT_TITLES or words[-1].lower() in _PRONOUNS_I)
    ):
        return True  # "B. Fam. Delgado" (a list letter and a title), "met een C. Ik lees"
    if len(words) == 1:
        w = words[0]
        if w.islower():
            m = _NEXT_LOWER_WORD.match(text, e)
            if m and f"{w} {m.group(1)}" in _lower_org_names(lex):
                return True  # "at albert heijn": the shop
        if w.lower().endswith("praktijk"):
            return True  # "Daklozenpraktijk"
        if (
            w not in lex.first_names
            and lex.is_word(w.lower())
            and ":" in text[max(0, s - 40) : s]
            and _SUBJECT_BEFORE.search(text, max(0, s - 40), s)
        ):
            return True  # "Onderwerp: Aanmelding schuldhulp": the subject's first word
    last = words[-1].lower()
    if last.endswith(_STREET_ENDS) and words[-1].capitalize() not in lex.surnames:
        return True
    if (
        words[0] in _ORG_HEADS
        or words[-1] in ORG_NAME_TAILS
        or (" van " not in span and business_tail(words[-1], lex))
    ):
        return True
    # the three patterns after the span open with a space or (_NAMED_AFTER) a glued
    # institution word: elsewhere they are not tried (this runs for every name found)
    space_after = text[e : e + 1] == " "
    m = _ORG_TAIL_AFTER.match(text, e) if space_after else None
    if (
        m
        and (m.group(1) in ORG_NAME_TAILS or business_tail(m.group(1), lex))
        and m.group(1) not in lex.first_names
    ):
        return True  # "(Jonker Bewind)": the firm, not the bewindvoerder
    if space_after and " " in span and _LOWER_ORG_TAIL_AFTER.match(text, e):
        return True  # "school Johan de Witt college": a school named after someone
    if (
        len(words) == 1
        and space_after
        and span in lex.first_names
        and _STREET_NAMED_AFTER.match(text, e)
        and not _lead_word_is_cue(text, s)
    ):
        return True  # "de Jacob Catsstraat", "langs de Paul Krugerlaan": a street's first name
    if (space_after or text.startswith(_NAMED_AFTER_GLUED, e)) and _NAMED_AFTER.match(text, e):
        return True  # "Edith Stein College", "Prins Willem-Alexanderschool": named after someone
    prev = _prev_word(text, s)
    if prev[:1].isupper() and prev.endswith(_INSTITUTION_HEADS):
        return True  # "Zorggroep Haag Zuid"
    if (
        (shop_head(prev.lower()) and (prev[:1].isupper() or prev not in _ROLE_LIKE_HEADS))
        or any(shop_head(w.lower()) for w in words[:2] if "van" not in words[:2])
        or (span.startswith("ISK ") and len(words) > 1)
    ):
        return True  # "Bakkerij Nour", "bij Toko Dewi", "Ulu Camii", "uitzendbureau Flexpol"
    if not span.endswith(("'s", "’s")) and _WORSHIP_AFTER.match(text, e):
        return True  # "Mevlana moskee", "Al Ikhlaas basisschool": a mosque's or school's name
    if prev[:1].isupper() and prev.replace("-", "").isalpha() and _org_head_before(text, s, prev):
        return True  # "via Stichting Somali Bravo": the foundation's name, word by word
    if (
        prev == "van"
        and len(words) == 2
        and words[0] == "De"
        and words[1] not in lex.surnames
        and words[1] not in lex.first_names
        and words[1].lower().endswith(_BUILDING_ENDS)
    ):
        return True  # "de receptie van De Lindehof": a building's name, no "de Groot"
    if (
        len(words) == 1
        and prev[-1:] == "."
        and span in _SENTENCE_ADVERBS
        and prev[:-1].lower() in _SHORT_TITLES
    ):
        return True  # "machtiging van mw. Daarna aanvraag": the title's dot ended the sentence
    if (
        len(words) == 1
        and prev.lower() in ("familie", "fam", "fam.")
        and span in PLACES_EXTRA
        and span not in lex.surnames
    ):
        return True  # "lening familie Marokko": the family in a country, no family name
    if span in _EPONYMS and _EPONYM_BEFORE.search(text, max(0, s - 16), s):
        return True  # "het syndroom van Down", not "i.v.m. ziekte van Marieke"
    return span.startswith("De ") and bool(_INSTITUTION_BEFORE.search(text, max(0, s - 25), s))


# "Frank Wisse, casusregisseur Porthos": after a name and its role, the employer
_ROLE_BEFORE: Final = regexes.compile(
    r"[ \t]*(?:,|\n)[ \t]*([^\W0-9_][\w-]*)[ \t]*(?:[,|–]|bij|van)?[ \t]*$"
)
_ROLE_ENDS: Final = (
    "coördinator",
    "coordinator",
    "consulent",
    "regisseur",
    "werker",
    "verpleegkundige",
    "begeleider",
    "manager",
    "adviseur",
    "leider",
    "hulpverlener",
    "medewerker",
    "coach",
)


def _employer_after(text: str, prev: tuple[int, int], span: tuple[int, int], lex: Lexicons) -> bool:
    """The span follows "<name>, <role>" on the same line: the employer, not a person."""
    s, e = span
    gap = text[prev[1] : s]
    if len(gap) > 40 or gap.count("\n") > 1:
        return False
    m = _ROLE_BEFORE.match(gap)
    if not m or m.end() != len(gap):
        return False
    role = m.group(1).lower()
    if not (role.endswith(_ROLE_ENDS) or role in lex.role_words):
        return False
    if role.endswith(("arts", "agent")) or role in ("huisarts", "wijkagent", "juf", "meester"):
        return False
    words = text[s:e].split()
    if any(w.endswith(".") for w in words) or words[0] in lex.first_names:
        return False  # "Wmo-consulent K. Boukhari", "mentor Radost Dimitrova"
    if len(words) == 1:
        return words[0] not in lex.surnames
    last = words[-1]
    return last in lex.places or last in lex.gazetteer.kind or words[0].isupper()


def _known_non_name(span: str, lex: Lexicons, gaz: Any) -> bool:
    """The span is a gazetteer entry or a place, and no name lexicon knows it."""
    if span[:1].islower():
        if span in _lower_org_names(lex):
            return True  # "working nights at albert heijn"
        core = span
        while core[:1].islower() and " " in core:
            core = core.split(" ", 1)[1]  # "in de Oude Westen": the words after particles
        if core != span and core in gaz.kind:
            # "in de Oude Westen": after a preposition of place even a name-like entry
            return core not in gaz.ambiguous or span.startswith(("in ", "uit ", "naar "))
    if span in gaz.kind:
        return span not in gaz.ambiguous
    return span in lex.places and span not in lex.first_names and span not in lex.surnames


_DEPARTMENT_LEADS: Final = frozenset(
    ["team", "afdeling", "cluster", "domein", "werkgroep", "thema", "programma", "unit"]
    + ["sector", "directie", "dienst"]
)
# roles that head or serve a department ("teamleider Inkomen"), not "huisarts Troost"
_DEPARTMENT_ROLE_ENDS = (
    "jurist",
    "medewerker",
    "leider",
    "coördinator",
    "coordinator",
    "manager",
    "adviseur",
    "consulent",
    "directeur",
    "hoofd",
)


def _prev_word(text: str, s: int) -> str:
    """The word right before position s across one space ("" if none): plain string work,
    cheaper than a regex search back from s for every span."""
    if s < 2 or text[s - 1] != " ":
        return ""
    k = text.rfind(" ", max(0, s - 40), s - 1)
    word = text[k + 1 : s - 1] if k >= 0 else text[max(0, s - 40) : s - 1]
    k = max(word.rfind("\n"), word.rfind("\t"), word.rfind("("))
    return word[k + 1 :] if k >= 0 else word


def _department(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """ "beleidsmedewerker Bestaanszekerheid", "team Ouderen": a role's department.

    Why: a capitalised common word after a role or "team" names the work, not a person; a
    surname there ("wijkagent Bos") is known to the name lexicons and stays.
    """
    w = text[s:e]
    if not w.isalpha() or w in lex.first_names or w in lex.surnames:
        return False
    lead = _prev_word(text, s).lower()
    if not lead.isalpha():
        return False
    if lead not in _DEPARTMENT_LEADS and not (
        lead.endswith(_DEPARTMENT_ROLE_ENDS) and (lead in lex.role_words or lead == "jurist")
    ):
        return False
    return lex.is_word(w.lower())


_NUMBER_WORDS: Final = frozenset(
    [
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
        "twintig",
        "dertig",
        "veertig",
        "vijftig",
        "honderd",
    ]
)
# family nouns opening a sentence ("Man woont nog in Ethiopië"), not greetings or cues
_KIN_NOUNS: Final = frozenset(
    ["man", "vrouw", "moeder", "vader", "zoon", "dochter", "broer", "zus", "oma", "opa"]
    + ["tante", "oom", "neef", "nicht", "partner", "kind", "baby", "buurman", "buurvrouw"]
)
_TO_ALL: Final = frozenset(["allen", "iedereen", "all", "team", "everyone", "allemaal"])
_LOWER_AFTER: Final = regexes.compile(r"[ ][a-zà-ÿ]")


def _common_word_as_name(text: str, s: int, e: int) -> bool:
    """ "Tien mannen", "Man woont", "Anders via ...", "@allen": a word, not a name.

    Why: a number word before its noun, a relation word opening a sentence, "Anders" as
    the adverb and a handle for everyone are capitalised words the name lexicons also list.
    """
    w = text[s:e]
    low = w.lower()
    if s and text[s - 1] == "@":
        return low in _TO_ALL
    if not w[:1].isupper() or not (text.startswith(" ", e) and _LOWER_AFTER.match(text, e)):
        return False
    if low in _NUMBER_WORDS or low == "anders":
        return True
    return low in _KIN_NOUNS and not _lead_word_is_cue(text, s)


# "Max. 25 deelnemers", "Min. 3 dagen": an abbreviation before a number, not Max
_MAX_BEFORE_NUMBER: Final = regexes.compile(r"(?:Max|Min)\.[ ]?[0-9]")
_MAX_MIN: Final = ("Max.", "Min.")
_LEAD_WORD: Final = regexes.compile(r"([^\W0-9_]+)\.?[ \t]+$")


def _lead_word_is_cue(text: str, p: int) -> bool:
    """A title or relation, in any case and after any bracket, right before position p."""
    m = _LEAD_WORD.search(text, max(0, p - 25), p)
    if m is None:
        return False
    w = m.group(1)
    # "ds." and "Ds." are titles only with their dot ("ds" alone is no word of the list)
    return (
        w in TITLES
        or w.lower() in _PERSON_LEADS
        or (m.group().startswith(".", len(w)) and w + "." in TITLES)
    )


# A word joined to a found name by "en" or a hand-over arrow: "Frank en Humphrey",
# "Gizem → Hanna".
_JOINED_BEFORE: Final = regexes.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]+(en|&|→|->)[ \t]+$")
_JOINED_AFTER: Final = regexes.compile(r"[ \t]+(en|&|→|->)[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})\b")
# how a text ends where a pattern closed by "[ \t]+$" or "[ ]$" can match ("$" also
# stands before a last line break)
_BLANK_END: Final = (" ", "\t", " \n", "\t\n")


def _add_coordinated(
    text: str, found: list[tuple[int, int]], blocked: bytearray, pf: PersonFinder
) -> list[tuple[int, int]]:
    """Names coordinated with a name found: "Frank en Humphrey", "Gizem → Hanna".

    Why: a first name that is also a word ("Frank", "Mark") or an unknown name is still
    a person when "en" joins it to a person; an arrow (a hand-over from one worker to the
    next) joins two people even where neither is in the lexicon.
    """
    lex = pf.lex
    taken = set(found)
    out = list(found)

    def person_like(w: str, arrow: bool) -> bool:
        if w in lex.orgs or w in lex.stop_caps or w in _ALWAYS_STOP or w in TITLES:
            return False
        if w in lex.first_names:
            return True
        return arrow and pf.name_score(w, False) >= 1 and w not in lex.places

    for s, e in found:
        # (both tried only where their spaces or tabs stand: this runs for every name found)
        m = (
            _JOINED_BEFORE.search(text, max(0, s - 30), s)
            if text.endswith(_BLANK_END, max(0, s - 30), s)
            else None
        )
        if m and person_like(m.group(1), m.group(2) != "en" and m.group(2) != "&"):
            span = (m.start(1), m.end(1))
            if not any(blocked[span[0] : span[1]]) and not _overlaps(span, taken):
                taken.add(span)
                out.append(span)
        m = _JOINED_AFTER.match(text, e) if text.startswith((" ", "\t"), e) else None
        if m and person_like(m.group(2), m.group(1) != "en" and m.group(1) != "&"):
            span = (m.start(2), m.end(2))
            if not any(blocked[span[0] : span[1]]) and not _overlaps(span, taken):
                taken.add(span)
                out.append(span)
    return sorted(out) if len(out) > len(found) else found


def _overlaps(span: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


_WORD_BEFORE: Final = regexes.compile(r"([\w.]+)[ \t]*$")
_AROUND_WORD: Final = regexes.compile(r"[a-zà-ÿ']+")
_LEADING_WORD: Final = regexes.compile(r"([a-z']+),[ \t]+")


def _drop_foreign_words(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Drop English or dialect words taken for a name, and cut one off a name's front.

    "peace, Soufiane": the chat greeting before the writer's name is no part of it.
    """
    out = []
    for s, e in found:
        c = text[s : s + 1]  # (the match only where its letters open: it runs per name)
        m = _LEADING_WORD.match(text, s, e) if "a" <= c <= "z" or c == "'" else None
        if m and m.group(1) in lex.foreign_lower and m.end() < e:
            s = m.end()
        span = text[s:e]
        if span.lower() in _NEVER_ALONE and not _titled(text, s):
            continue  # "Het Buurtteam Delft", "wijk Wittevrouwenveld": article or area noun
        if _org_phrase(span, lex) and not _titled(text, s):
            continue
        if not _foreign_word_alone(text, s, e, lex) and not _thing_compound(span, lex):
            out.append((s, e))
    return out


def _org_phrase(span: str, lex: Lexicons) -> bool:
    """Two or three capitalised words ending in a common noun: "Presikhaaf Bedrijven".

    Why: an organisation's name ends in what it is ("Bedrijven", "Bewindvoering",
    "Belastingkantoor"); a person's name ends in a surname, and where no word before it is
    a first name, a plain noun at the end shows the organisation.
    """
    words = span.split()
    if not 2 <= len(words) <= 3 or not all(w.istitle() and w.isalpha() for w in words):
        return False
    if words[0].lower() in PARTICLES:
        return False  # "Van Zanten": a surname with its particle
    last = words[-1]
    return (
        len(last) >= 6
        and last not in lex.surnames
        and last not in lex.first_names
        and lex.is_word(last)
        and not any(w in lex.first_names for w in words[:-1])
    )


# Words that are never a whole name: articles and the nouns that head an area's name.
_NEVER_ALONE: Final = frozenset(
    ["het", "de", "een", "wijk", "buurt", "regio", "stadsdeel", "gemeente"]
)


def _thing_compound(span: str, lex: Lexicons) -> bool:
    """A name glued to a lower-case noun by a hyphen: "Albert Heijn-tas", "Den Haag-zuid".

    Why: such a compound names a thing or an area after a brand or a place; a double
    surname has a particle or a capital after the hyphen ("Jansen-de Boer", "Arts-Willems").
    """
    head, sep, tail = span.rpartition("-")
    return (
        bool(sep)
        and len(tail) >= 3
        and tail.isalpha()
        and tail.islower()
        and head[:1].isupper()
        and tail not in PARTICLES
        and lex.is_word(tail, compounds=False)
        and tail.capitalize() not in lex.first_names
        and tail.capitalize() not in lex.surnames
    )


def _titled(text: str, s: int) -> bool:
    """A title or a relation stands just before offset s ("meneer Hae", "mw. De")."""
    m = _WORD_BEFORE.search(text, max(0, s - 30), s)
    before = m.group(1).lower().rstrip(".") if m else ""
    return before in _LOWER_TITLES or before in _ABBREV_TITLES or before in RELATIONS


def _foreign_word_alone(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """A one-word span that is an English or dialect word ("I'm", "Hae", "peace") and no title
    stands before it.

    Why: mixed English and Frisian/Limburgish notes open sentences with such words, and a
    few of them are surnames somewhere ("Hae"); after "meneer" or "mw." it stays a name.
    """
    span = text[s:e].replace("’", "'")
    words = lex.foreign_lower if span.islower() else lex.foreign_words
    if " " in span or "\n" in span or span.lower() not in words:
        return False
    if _titled(text, s):
        return False
    if span.islower() or span not in lex.surnames:
        return True
    # a surname too ("Post belde", "Hae is ..."): only among other English or dialect words
    around = text[max(0, s - 60) : e + 60].lower().replace("’", "'")
    return any(w in lex.foreign_only for w in _AROUND_WORD.findall(around) if w != span.lower())


_PART: Final = r"(?:van|de|der|den|ter|ten|in|op|uit|het|['’]t|le|la|du|da|di|el|al)"
_NAME_WORD: Final = r"[^\W0-9_][\w'’]*(?:-[\w'’]+)*"
_TITLE: Final = r"(?:(?:mw|mevr|dhr|mevrouw|meneer|de[ ]heer)\.?[ ])"
# "heeft X al een bewindvoerder? evt de kat": a name offered for the role just asked about
_ROLE_OFFER: Final = regexes.compile(
    r"(?i:\b([a-zà-ÿ-]{3,})\?[ \t]+(?:evt\.?|eventueel|misschien|mogelijk|bijv\.?|anders)[ \t]+)"
    rf"({_TITLE}?(?:{_PART}[ ]){{0,3}}{_NAME_WORD}(?:[ ]{_NAME_WORD})?)[ \t]*"
    r"(?=\n|$|[.;)]|(?-i:[A-ZÀ-Þ]))"
)
# "(rek. op naam van der zande-van rijn)": the account holder
_ON_NAME: Final = regexes.compile(
    r"(?i:\bop[ ]naam[ ](?:van[ ](?!(?:der|den|de|ter|ten|het|['’]t)[ ]))?)"
    rf"({_TITLE}?(?:{_PART}[ ]){{0,3}}{_NAME_WORD}(?:[ ](?:{_PART}[ ]){{0,2}}{_NAME_WORD}){{0,2}})"
    r"(?=[ \t]*(?:[),;\n]|$|\.(?:[ \t]|$)))"
)
# "Meer, H.A. van der", "Van Kleef, T.W.": surname, initials, particles (register order)
_REGISTER: Final = regexes.compile(
    r"(?<![\w.])((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n|['’]t)[ ]){0,3}"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?),[ ]?[A-Z]\.(?:[ ]?[A-Z]\.){0,3}"
    r"(?:[ ](?:van|de|der|den|ter|ten|in|['’]t|het)(?![\w]))*"
)
# every _REGISTER match holds this: a cheap test before the full pattern
_REGISTER_CORE: Final = regexes.compile(r",[ ]?[A-Z]\.")
# "dhr in 't veld", "buurvrouw op de beek": a lower-case surname with a two-word particle
_TITLED_PARTICLE: Final = regexes.compile(
    r"(?i:\b(?:dhr|mevr|mw|mevrouw|meneer|buurvrouw|buurman|de[ ]heer)\.?[ ])"
    r"((?:in|op|uit|van|aan)[ ]['’]t[ ]([a-zà-ÿ][\w'’-]+))"
)
# "mw in 't ziekenhuis": where someone is, not a surname
_TITLED_PARTICLE_STOP: Final = frozenset(
    [
        "ziekenhuis",
        "huis",
        "werk",
        "bed",
        "centrum",
        "buurthuis",
        "wijkcentrum",
        "park",
        "bos",
        "water",
        "kantoor",
        "gesprek",
        "begin",
        "eind",
        "algemeen",
        "bijzonder",
        "kort",
        "geheel",
        "geval",
        "oog",
    ]
)
# "heeft wendell al een ...", "mailadres marie-lou:": a lower-case first name in a quick note
# The words _LOWER_SLOT opens with ("mailadres" with "mail", "telefoon" with "tel"): it is
# tried only where one of them stands
_LOWER_SLOT_WORDS: Final = cues(
    "heeft", "had", "is", "was", "mail", "e-mail", "tel", "gsm", "nummer"
)
_LOWER_SLOT: Final = regexes.compile(
    r"(?=[hiwmetgn])\b(?:heeft|had|is|was|mailadres|e-mailadres|mail|telefoon|tel\.?|gsm|nummer)[ ]"
    r"([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)(?=[ ](?:(?:al|nog|ook)[ ])?(?:een|geen|de|het|haar|zijn)\b|:)"
)
# "naar Nataliia toe", "sinds Kartini weg is": a capitalised word someone goes to or lost
_GONE_TO: Final = regexes.compile(
    r"\b(?:naar[ ]([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ ]toe\b"
    r"|[Ss]inds[ ]([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ ]"
    r"(?:weg|vertrokken|overleden|verhuisd|opgenomen)[ ](?:is|was)\b)"
)
_OFFER_STOP: Final = frozenset(
    [
        "zelf",
        "later",
        "nog",
        "via",
        "niet",
        "wel",
        "ja",
        "nee",
        "nvt",
        "n.v.t.",
        "iemand",
        "niemand",
        "anders",
        "familie",
        "gemeente",
        "buurman",
        "buurvrouw",
        "zoon",
        "dochter",
        "moeder",
        "vader",
        "broer",
        "zus",
        "partner",
    ]
)


# English month names: "arrived March 2022" is a time, not a person
_ENGLISH_MONTHS: Final = frozenset(
    ["January", "February", "March", "July", "August", "October", "November", "December"]
)
_MONTH_NUMBER_AFTER: Final = regexes.compile(r"[ \t]+(?:[0-9]{4}\b|[0-9]{1,2}(?:st|nd|rd|th)?\b)")
# "van de Formulierenbrigade", "van Zorgkantoor Haaglanden": a compound naming a service
_ORG_COMPOUND: Final = regexes.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:brigade|kantoor|loket|punt|centrum|bureau|dienst|team|stichting"
    r"|huis|bus|kamer|cirkel|bank|winkel|kring|club|hulp|lijn|tafel|groep|werkplaats|café)$"
)
# One word that can only name an organisation: a compound on a word no surname ends in.
_ORG_WORD: Final = regexes.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:stichting|corporatie|vereniging|brigade|kantoor|bureau|dienst)"
)
# the ends of an _ORG_WORD match: the pattern is tried only on a span ending so
_ORG_WORD_ENDS: Final = (
    *("stichting", "corporatie", "vereniging", "brigade", "kantoor", "bureau", "dienst"),
)
_VAN_ORG: Final = regexes.compile(r"[ ]van[ ](?:de[ ]|het[ ])?([A-ZÀ-Þ][\w-]+)")


def _org_compound(w: str, lex: Lexicons) -> bool:
    """A capitalised compound ending in a service word ("Zorgkantoor", "Formulierenbrigade").

    "-huis" also ends surnames ("Oosterhuis", "Nijhuis"), so there the head must be a word.
    """
    if not _ORG_COMPOUND.search(w):
        return False
    if w.endswith("huis"):
        head = w[:-4].lower()
        return len(head) >= 5 and lex.is_word(head, compounds=False)
    return True


def _drop_non_persons(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Trim organisations after "van" off a name and drop an English month before a number."""
    out: list[tuple[int, int]] = []
    for s, e in found:
        span = text[s:e]
        if span in _ENGLISH_MONTHS and _MONTH_NUMBER_AFTER.match(text, e):
            continue
        if span.endswith(_ORG_WORD_ENDS) and _ORG_WORD.fullmatch(span):
            continue  # "Verhuurder: Woonstichting De Key": a foundation, no one's name
        if " van " in span:
            m = _VAN_ORG.search(span)
            if m and _org_compound(m.group(1), lex):
                e = s + m.start()
                if e <= s:
                    continue
        out.append((s, e))
    return out


# --- local places and organisations ------------------------------------------------------
# Words after which a capitalised word names a team's area or an organisation's branch:
# "wijkteam Seghwaert", "CJG Rijnmond", "Kredietbank Limburg", "Humanitas Fryslân".
AREA_HEADS: Final = _words("""
wijk|wijkteam|buurtteam|gebiedsteam|jeugdteam|stadsdeel|regio|gemeente|dorp|kern|cjg|ggd|
ggz|humanitas|kredietbank|schuldhulpverlening|schuldhulp|welzijn|wmo-loket|loket|praktijk|
huisartsenpraktijk|transferpunt|ziekenhuis|stichting|buurtcentrum|wijkcentrum|voedselbank|
dagbesteding|crisisdienst|inloop
""")
# Heads that are ordinary words in lower case ("het gezin De Vries", "thuis bij Jansen"):
# they only start an organisation's name when capitalised ("Centrum voor Jeugd en Gezin X").
_AREA_HEADS_CAP: Final = _words("""
Team|Toegang|Thuis|Jeugd|Gezin|Zorg|Wonen|College|Centrum|School|Basisschool|Sociaal|
Inloop|Bibliotheek|MEE
""")
# Words that end an organisation's name after the capitalised word: "Travers Welzijn",
# "Partners in Welzijn", "Bonnefanten College", "Bewind op Maat" (read the other way).
ORG_NAME_TAILS: Final = _words("""
Welzijn|Wonen|Zorg|Zorggroep|Thuiszorg|Groep|College|Lyceum|Ziekenhuis|Jeugd|Jeugdhulp|
Wijkteam|Buurtteam|Team|Kliniek|Huisartsen|Advocaten|Bewindvoering|Beschermingsbewind|
Taxi|Taxicentrale|Vervoer|Uitzendbureau|Uitzendgroep|Bewind|Gerechtsdeurwaarders|
Deurwaarders|Incasso|Notarissen|Administratiekantoor|Budgetbeheer|Makelaars|Accountants|
Mantelzorg|Workforce|Uitzendbureau|Thuiszorgwinkel|Vastgoed|Beheer|Bewindvoerders|Gasthuis|
Logistiek|Schoonmaak|Schoonmaakbedrijf|Greenhouses|Foundation|Transport|Installatietechniek|
Holding|Group|Services|Consultancy|Bouw|Bouwbedrijf|Catering|Kwekerij|Tuinbouw
""")
# Only the lower-case connectors inside a multi-word organisation name.
_ORG_NAME_JOINERS: Final = frozenset(
    ["in", "en", "voor", "op", "de", "der", "van", "het", "&", "-"]
)
# "in Buytenwegh", "uit Lunetten", "gebiedsverbod voor Hoograven": where, not who
_PLACE_BEFORE: Final = regexes.compile(
    r"(?:^|[\s(])(?i:in|uit|út|yn|oet|vanoet|wijk|wijkteam|buurtteam|gebiedsteam|sociaal[ ]team|team"
    r"|gebiedsverbod[ ]voor|stadsdeel|kern|dorp|buurt)[ \t]+$"
)
# "(SPV, Talant)", "(welzijnscoach, Piëzo)": the role's employer in a bracket
_ROLE_COMMA: Final = regexes.compile(r"\(([a-zà-ÿ'-]+(?:[ ][a-zà-ÿ'-]+)?),[ \t]*$")
# "Hoogland zegt", "Lunetten belde": a speaker, so a person even if a village has the name
_PERSON_VERB_AFTER: Final = regexes.compile(
    r"[ \t]+(?:zegt|zei|belt|belde|vertelt|vertelde|vraagt|vroeg|wil|wilde|mailt|mailde"
    r"|appt|appte|geeft[ ]aan|gaf[ ]aan|vindt|vond)\b"
)
_BIJ_VERB: Final = regexes.compile(
    r"[ \t]+(?:(?:ge|aange|inge|opge|verme)[a-zà-ÿ]+[dtn]|in[ ]behandeling|op[ ]de[ ]wachtlijst)\b"
)


def _gazetteer_hits(text: str, s: int, e: int, lex: Lexicons) -> list[tuple[int, int, str]]:
    """Gazetteer entries that occur in text and overlap the span (s, e), as (start, end, entry)."""
    gaz = lex.gazetteer
    out: list[tuple[int, int, str]] = []
    lo = max(0, s - 60)
    for m in re.finditer(r"[^\s,;:()\"“”]+", text[lo:e]):
        p = lo + m.start()
        if p > lo and text[p - 1].isalnum():
            continue
        key = m.group()
        for k in (key, key.rstrip(".")):
            for entry in gaz.by_first.get(k, ()):
                q = p + len(entry)
                if (
                    q > s
                    and text.startswith(entry, p)
                    and (q == len(text) or not text[q].isalnum())
                ):
                    out.append((p, q, entry))
                    break
            else:
                continue
            break
    return out


_LEAD_BEFORE: Final = regexes.compile(r"(^|[^ \t]+[ \t]+|(?<=[(\[“\"‘']))([^\W0-9_]+\.?)[ \t]+$")


def _person_cue_before(text: str, p: int) -> bool:
    """A title or relation right before position p: "mevrouw Berkum", "buurman Vitalis"."""
    m = _LEAD_BEFORE.search(text, max(0, p - 40), p)  # "(meneer Doornbos)" too
    if not m:
        return False
    lead = m.group(2)
    if lead in TITLES:
        return True
    # a capitalised relation inside an organisation's name is no cue: "Jeugd en Gezin X"
    opens = not m.group(1).strip() or m.group(1).strip()[-1] in ".!?:;\n"
    return lead.lower() in _PERSON_LEADS and (lead.islower() or opens)


_PERSON_LEADS: Final = frozenset(w.lower() for w in RELATIONS) - {
    w.lower() for w in WEAK_CUES
} | frozenset(w.lower() for w in TITLES)


def _org_context(text: str, p: int, q: int, lex: Lexicons, kind: str) -> bool:
    """The words around text[p:q] make it a place or an organisation, not a person.

    Why: a local team or branch is named after its area ("wijkteam Seghwaert", "CJG
    Rijnmond", "(SPV, Talant)", "Zwolle (Berkum)"), and organisation names end in a
    service word ("Travers Welzijn"); a person is rarely written in those slots.
    """
    line_start = text.rfind("\n", 0, p) + 1
    before = text[line_start:p]
    if _PLACE_BEFORE.search(before):
        return True
    after = text[q : q + 40]
    if kind == "place" and before.endswith("(") and re.match(r"[ \t]*[),]", after):
        return True  # "Zwolle (Berkum)", "mevrouw Amoah (Seghwaert, 2015)"
    m = re.search(r"([A-ZÀ-Þ][\w-]+),[ \t]*$", before)
    if m and kind != "org" and (m.group(1) in lex.places or m.group(1) in lex.gazetteer.kind):
        return True  # "Sociaal Team Eemsdelta, Tjamsweer": a village after its municipality
    m = _ROLE_COMMA.search(before)
    if m and m.group(1).split()[-1] in lex.role_words:
        return True
    # the capitalised words before, back to the line start or a clause break
    words: list[str] = re.findall(r"[^\s,;:()]+", re.split(r"[.;:!?()\[\]]|,[ ]", before)[-1])
    for w in reversed(words):
        lw = w.lower()
        if lw in AREA_HEADS or w in _AREA_HEADS_CAP or w in lex.orgs:
            return True
        if w.isupper() and len(w) >= 2 and lw not in PARTICLES:
            return True  # an acronym: "CJG Rijnmond", "DOCK Utrecht"
        if (
            lw in _ORG_NAME_JOINERS
            or w[:1].isupper()
            and (w in lex.places or w in lex.gazetteer.kind)
        ):
            continue
        if w[:1].isupper() and lw in lex.words:
            continue  # "Centrum voor Jeugd en Gezin De Kempen": inside the org's name
        break
    role_before = words and words[-1].lower() in lex.role_words and words[-1] not in TITLES
    if role_before and kind in ("place", "org"):
        return True  # "woonconsulent Lister", "ouderenadviseur van Partners"
    if len(words) >= 2 and words[-1] == "van" and words[-2].lower() in lex.role_words:
        return True  # "wijkverpleegkundige van Zorgboog"
    m = re.match(r"(?:[ \t]+(?:in|en|voor|op|&))?[ \t]+([A-ZÀ-Þ][\w-]*)", after)
    if m and m.group(1) in ORG_NAME_TAILS:
        return True
    # "bij Philips gewerkt", "bij Isala in behandeling"
    return bool(re.search(r"\b[Bb]ij[ \t]+$", before) and _BIJ_VERB.match(after))


def _drop_places_and_orgs(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Drop spans that are a neighbourhood, village or organisation rather than a person."""
    return [(s, e) for s, e in found if not _place_or_org_span(text, s, e, lex)]


def _place_or_org_span(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """Every word of text[s:e] names a place or an organisation, not a person.

    A gazetteer entry that is no name ("Buytenwegh", "Talant") is never a person; one that
    is also a name ("Berkum", "Vitalis") and any capitalised word no name lexicon knows
    are places or organisations only in the slots :func:`_org_context` recognises.
    A title or relation before the word ("mevrouw Berkum") always keeps the person.
    """
    gaz = lex.gazetteer
    span = text[s:e]
    if span.isalpha():  # one word, the whole span (what _SPAN_WORD finds in it)
        tokens = [(s, e)] if span.lower() not in _SPAN_SKIP else []
    else:
        tokens = [
            m.span() for m in _SPAN_WORD.finditer(text, s, e) if m.group().lower() not in _SPAN_SKIP
        ]
    if not tokens:
        return False
    a, b = tokens[0]
    w = text[a:b].rstrip(".")
    if (
        w not in gaz.words
        and (not w[:1].isupper() or w.isupper() or w in lex.first_names or w in lex.surnames)
        and w not in lex.orgs
        and w not in ORG_NAME_TAILS
        and not text.startswith(("De ", "Het "), s)
    ):
        return False  # fast path: a known name in no gazetteer entry ("Sjoerd", "A. Jansen")
    if _person_cue_before(text, s):
        return False
    if (
        text.startswith(("De ", "Het "), s)
        and not _sentence_opening(text, s)
        and _org_context(text, s, e, lex, "org")
    ):
        return True  # "praktijk De Linde", "Gezin De Kempen": an organisation's own name
    hits = _gazetteer_hits(text, s, e, lex)
    if len(tokens) == 2 and _branch_of_place(text, tokens, hits, lex):
        return True
    return all(_place_or_org_word(text, a, b, hits, lex) for a, b in tokens)


def _branch_of_place(
    text: str, tokens: list[tuple[int, int]], hits: list[tuple[int, int, str]], lex: Lexicons
) -> bool:
    """ "Stip Hatert", "Inloop Lindenholt": a word no name lexicon knows, then a neighbourhood.

    Why: a local service is often named as brand + neighbourhood; a person's surname is
    rarely a neighbourhood that is no name, and an unknown first name before one rarer still.
    """
    (a, b), (c, d) = tokens
    w = text[a:b]
    if not w[:1].isupper() or w in lex.first_names or w in lex.surnames or w.isupper():
        return False
    entry = next((h[2] for h in hits if h[0] <= c and d <= h[1]), None)
    return (
        entry is not None
        and lex.gazetteer.kind[entry] == "place"
        and entry not in lex.gazetteer.ambiguous
    )


def _place_or_org_word(
    text: str, a: int, b: int, hits: list[tuple[int, int, str]], lex: Lexicons
) -> bool:
    """The word text[a:b] belongs to a place or organisation name (see the caller)."""
    gaz = lex.gazetteer
    w = text[a:b].rstrip(".")
    if (w in lex.orgs or w in ORG_NAME_TAILS) and w not in lex.first_names:
        return True  # "Via Humanitas", "Bonnefanten College": an organisation word
    hit = next((h for h in hits if h[0] <= a and b <= h[1]), None)
    if hit is not None:
        p, q, entry = hit
        kind = gaz.kind[entry]
        if entry in gaz.ambiguous:
            return _org_context(text, p, q, lex, kind)
        # "Van Wijngaarden": a village after "van" is a surname, an org is not;
        # "Hoogland zegt": a village does not speak, a person of that name does
        return kind == "org" or not (
            # ... but only a "van" inside the name: "collega's van Hatert" is from Hatert
            _VAN_BEFORE.search(text, max(0, p - 4), p)
            and text[a - 4 : a].lower() != "van "
            or _PERSON_VERB_AFTER.match(text, q)
        )
    return (
        w[:1].isupper()
        and not w.isupper()
        and w not in lex.first_names
        and w not in lex.surnames
        and _org_context(text, a, b, lex, "unknown")
    )


_SPAN_WORD: Final = regexes.compile(r"[^\s,;:()]+")
# the words of a span that _place_or_org_span passes over
_SPAN_SKIP: Final = frozenset(PARTICLES) | frozenset(["via", "p/a"])
_VAN_BEFORE: Final = regexes.compile(r"\b[Vv]an[ ]$")


# "(bijnaam "Checo")", "bijnaam: 'Mo'": whatever stands quoted after "bijnaam" is a name
_NICKNAME: Final = regexes.compile(
    r"(?:\b(?:[Bb]ijnaam|roepnaam|[Nn]ickname)(?:[ ]thuis)?,?[ :]+"
    # "bekend als ‘de Generaal’", "noemen hem de ‘Burgemeester’", "heette hij ‘de Burgemeester’"
    r"|\b(?:bekend[ ]als|noem(?:t|en|de|den)[ ](?:hem|haar|zich)|heette[ ](?:hij|zij|ze))[ ]+"
    r"(?:[Dd]e[ ]+)?)"
    r"[\"'“‘](?:[Dd]e[ ])?([^\W0-9_][\w'’-]{1,20})[\"'”’]"
    # without quotes: "Ze noemen hem de Burgemeester"
    r"|\bnoem(?:t|en|de|den)[ ](?:hem|haar)[ ]+(?:de[ ]+)?(?!Heer\b)([A-ZÀ-Þ][a-zà-ÿ-]{2,20})(?![\w])"
)
# "+ bram even laten weten", "ps: storm even bellen": a lower-case name in a note bullet
_NOTE_BULLET_NAME: Final = regexes.compile(
    r"(?:\+|ps:?|PS:?|p\.s\.:?)[ \t]+([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?) (?=(?:even|nog|zelf|ook) )"
)
# what may stand before the bullet: the start of a line or a clause, or a list marker
_BULLET_BEFORE: Final = regexes.compile(r"(?:^|[\n.;,:!?]|[-•*])[ \t]*$")
# "Lelie 638825696", "Sterre 545 291 860": a capitalised word right before a BSN
_NAME_BEFORE_BSN: Final = regexes.compile(
    r"(?<![\w.])([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ ]$"
)
_BSN_SHAPE: Final = regexes.compile(r"[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{3}")


def _run_starts(blocked: bytearray) -> list[int]:
    """Where each stretch of found structured data begins (level 1 in ``blocked``)."""
    out = []
    i = blocked.find(1)
    while i >= 0:
        if i == 0 or blocked[i - 1] != 1:
            out.append(i)
        j = blocked.find(0, i)
        if j < 0:
            break
        i = blocked.find(1, j)
    return out


def _sentence_opening(text: str, i: int) -> bool:
    """Whether position i opens a line or a sentence."""
    return (
        i == 0 or text[i - 1] == "\n" or (text[i - 1] == " " and i >= 2 and text[i - 2] in ".!?:")
    )


_NUMBER_LABEL_ENDS: Final = ("nummer", "nr", "code", "kenmerk", "bsn", "id")
_NUMBER_LABELS: Final = _words("""
    kenmerk|referentie|ref|klant|client|cliënt|dossier|zaak|registratie|totaal
    bedrag|saldo|euro|pas|polis|contract|burgerservice|sofi
""")
# "Lelie (een kennis uit de moskee)": a capitalised word described as a relation
_RELATION_WORDS: Final = _words("""
    kennis|vriend|vriendin|buurvrouw|buurman|tante|oom|nicht|neef|zus|zuster|broer
    collega|moeder|vader|dochter|zoon|oma|opa|schoonzus|schoonmoeder|schoonvader|zwager
    partner|ex|stiefvader|stiefmoeder|kleinzoon|kleindochter|klasgenoot|huisgenoot
    vrijwilliger|mantelzorger
""")
_RELATION_AFTER: Final = regexes.compile(
    r" \((?:een |de |het |haar |zijn |hun |mijn |onze )?([a-zà-ÿ]+)\b"
)
_NAME_BEFORE_RELATION: Final = regexes.compile(
    r"(?<=[a-zà-ÿ,][ ])([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)$"
)
# "een meisje van 16, zoë, die ...": a lower-case name in apposition after an age
_AGE_APPOSITION: Final = regexes.compile(
    r"van[ ][0-9]{1,2}(?:[ ]jaar)?,[ ]([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?),[ ](?=die|dat|wie|en)\b"
)
# "Hoop doet het goed nu", "Storm woont bij oma": a bare capitalised word opening a sentence
# as the subject of doing well or living somewhere, which only a person does without article
_BARE_SUBJECT: Final = regexes.compile(
    r" (?:doet het (?:nu |nog |weer |echt )?(?:goed|beter|slecht|prima|redelijk)"
    r"|woont (?:nu |nog |sinds \w+ |weer )?(?:bij|met|samen|alleen|zelfstandig))\b"
)
_BARE_WORD: Final = regexes.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)$")
_BARE_SUBJECT_STOP: Final = _words("""
    familie|gezin|echtpaar|stel|niemand|iedereen|alles|niets|men|mevrouw|meneer|cliënt
    client|kind|baby|hond|kat|team|project|groep|school|systeem|computer|telefoon
""")
# "dat de Haan al ...": a particle and a capitalised word as the subject of a clause
_PARTICLE_SUBJECT: Final = regexes.compile(
    r" ((?:van (?:de|der|den)|de|van|ter|ten) ([A-ZÀ-Þ][a-zà-ÿ]{2,})) "
    r"(?=(?:al|nog|ook|niet|geen|wel|zelf) )"
)
_SUBJECT_CONJ: Final = regexes.compile(r"(?<!\w)(?:dat|of|omdat|toen|nadat|zodat|terwijl)$")


def _particle_place(span: str) -> bool:
    """ "in 't ziekenhuis": a place someone is in, not a surname with particles."""
    words = span.lower().split()
    return (
        len(words) == 3
        and words[1] in ("'t", "’t")
        and words[0] in ("in", "op", "uit", "aan")
        and words[2] in _TITLED_PARTICLE_STOP
    )


# A form's name field filled in on its own line ("Achternaam: De Hoop", "Voornamen: Arie
# Jan"): capitalised words and particles up to the line's end are the name, whatever else
# they are as words.
NAME_FIELD_LABEL: Final = (
    r"(?:[-*•][ \t]*)?(?:achternaam|voornaam|voornamen|roepnaam|meisjesnaam|geboortenaam"
    r"|naam cli[eë]nt)[ \t]*[:=][ \t]*"
)
_NAME_FIELD_VALUE: Final = regexes.compile(
    rf"(?im)^[ \t]*{NAME_FIELD_LABEL}"
    r"((?:(?:van|de|der|den|het|ter|ten|te|in|op|'t)[ \t]+)*(?-i:[A-ZÀ-Þ][\w'’-]*)"
    r"(?:[ \t]+(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t)[ \t]+)*(?-i:[A-ZÀ-Þ][\w'’-]*)){0,3})"
    r"[ \t]*$"
)


# A word said to be a name: "'Koster' is de achternaam van meneer", "Ay is de achternaam
# van de buurvrouw", "'Bakker' is ook echt een achternaam hier".
_SAID_TO_BE_NAME: Final = regexes.compile(
    r"(?<![\w'’-])['‘\"“]?([A-ZÀ-Þ][a-zà-ÿ]+(?:['’-][a-zà-ÿ]+)*)['’\"”]?[ \t]+is[ \t]+"
    r"(?:(?:ook|echt|hier|toch|gewoon|wel|de|een|haar|zijn)[ \t]+){0,4}"
    r"(?:achternaam|voornaam|familienaam|roepnaam|meisjesnaam)(?![\w])"
)


def _with_name_fields(
    text: str, found: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int]]:
    """``found`` with every name field's value as one name, replacing what it holds.

    Why last: the checks for organisations, places and words ("De Hoop" is a care
    organisation, "Hoop" a word) must not undo what the form's label says.
    """
    for m in _NAME_FIELD_VALUE.finditer(text):
        s, e = m.span(1)
        if any(blocked[s:e]) or any(a < e and s < b and not (s <= a and b <= e) for a, b in found):
            continue
        found = sorted([f for f in found if not (s <= f[0] and f[1] <= e)] + [(s, e)])
    return found


def _cue_names(text: str, blocked: bytearray, lex: Lexicons) -> list[tuple[int, int]]:
    """Names that only their cue shows: an offered name, an account holder, register order.

    Why apart from the token chain: these slots name a person whatever the words
    ("evt de kat", "op naam van der zande-van rijn"), so ordinary-word checks must not veto.
    """
    out: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if e > s and not any(blocked[s:e]):
            out.append((s, e))

    if "?" in text:
        m: re.Match[str] | None
        for m in _ROLE_OFFER.finditer(text):
            if m.group(1).lower() not in lex.role_words:
                continue  # only a name offered for a role asked about: "een mentor? evt X"
            words = [w for w in m.group(2).lower().split() if w not in PARTICLES]
            if not words or words[0] in _OFFER_STOP or words[-1] in _OFFER_STOP:
                continue
            w = words[-1]
            if (
                len(words) == 1
                and w.endswith("en")
                and w in lex.words
                and w.capitalize() not in lex.first_names
            ):
                continue  # "evt bellen": a verb, not a name
            add(m.start(2), m.end(2))
    if has(text, "naam") and " is " in text:
        for m in _SAID_TO_BE_NAME.finditer(text):
            w = m.group(1)
            quoted = text[m.start(1) - 1 : m.start(1)] in ("'", "‘", '"', "“")
            if w.lower() in FUNCTION_WORDS or not (
                quoted or w in lex.surnames or w in lex.first_names or not lex.is_word(w.lower())
            ):
                continue  # "Dit is een achternaam die ..."
            add(m.start(1), m.end(1))  # "'Koster' is de achternaam van meneer"
    if has(text, "naam"):
        for m in _ON_NAME.finditer(text):
            words = [w for w in m.group(1).lower().split() if w not in PARTICLES]
            if not words or words[0] in ("haar", "zijn", "hun", "mij", "u", "hem", "de", "het"):
                continue
            if all(lex.is_word(w, compounds=False) for w in words) and m.group(1).islower():
                continue  # "op naam van de gemeente"
            add(m.start(1), m.end(1))
    if (has(text, " toe") and has(text, "naar ")) or has(text, "inds "):
        for m in _GONE_TO.finditer(text):
            g = 1 if m.group(1) else 2
            w = m.group(g)
            if not lex.is_word(w) and w not in lex.places and w not in lex.orgs:
                add(m.start(g), m.end(g))
    if "," in text and _REGISTER_CORE.search(text):
        for m in _REGISTER.finditer(text):
            add(m.start(), m.end())
    if "'t" in text or "’t" in text:
        for m in _TITLED_PARTICLE.finditer(text):
            if m.group(2) not in _TITLED_PARTICLE_STOP:
                add(m.start(1), m.end(1))
    if (
        has(text, "ijnaam")
        or has(text, "oepnaam")
        or has(text, "ickname")
        or has(text, "bekend als")
        or has(text, "noem")
        or has(text, "heette")
    ):
        for m in _NICKNAME.finditer(text):
            nick = m.group(1) or m.group(2)
            if nick.lower() not in FUNCTION_WORDS:
                g = 1 if m.group(1) else 2
                add(m.start(g), m.end(g))
                # the same nickname quoted elsewhere: "Titel: ‘De Generaal’ van het plein"
                for q in re.finditer(rf"[\"'“‘](?:[Dd]e[ ])?({re.escape(nick)})[\"'”’]", text):
                    add(q.start(1), q.end(1))
    for m in _NOTE_BULLET_NAME.finditer(text):
        w = m.group(1)
        if w in FUNCTION_WORDS or w in PARTICLES or w in lex.role_words:
            continue
        c = w.capitalize()
        if c not in lex.first_names and c not in lex.surnames and lex.is_word(w, compounds=False):
            continue  # "+ gemeente even bellen": a word, not a name
        if c in lex.orgs or w.upper() in lex.orgs:
            continue
        if _BULLET_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            add(m.start(1), m.end(1))
    if "(" in text:
        for r in _RELATION_AFTER.finditer(text):
            if r.group(1) not in _RELATION_WORDS:
                continue
            m = _NAME_BEFORE_RELATION.search(text, max(0, r.start() - 40), r.start())
            if m is None:
                continue
            w = m.group(1)
            if w in lex.places or w in lex.orgs or w.lower() in lex.role_words:
                continue
            add(m.start(1), m.end(1))
    for start in _run_starts(blocked):
        b = _BSN_SHAPE.match(text, start) if text[start : start + 1].isdigit() else None
        if (
            b is None
            or blocked[b.end() - 1] != 1
            or (b.end() < len(text) and blocked[b.end()] == 1)
        ):
            continue
        m = _NAME_BEFORE_BSN.search(text, max(0, start - 40), start)
        if m is None:
            continue
        w = m.group(1)
        lw = w.lower()
        if lw in _NUMBER_CUES or lw.endswith(_NUMBER_LABEL_ENDS) or lw in _NUMBER_LABELS:
            continue
        if w in lex.places or w in lex.orgs:
            continue
        if w.lower() in FUNCTION_WORDS or w.lower() in lex.role_words:
            continue
        add(m.start(1), m.end(1))
    if "," in text:
        for m in _AGE_APPOSITION.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            w = m.group(1)
            known = w.capitalize() in lex.first_names
            if (known or not lex.is_word(w, compounds=False)) and w not in FUNCTION_WORDS:
                add(m.start(1), m.end(1))
    if has(text, " doet het ") or has(text, " woont "):
        for v in _BARE_SUBJECT.finditer(text):
            m = _BARE_WORD.search(text, max(0, v.start() - 30), v.start())
            if m is None or not _sentence_opening(text, m.start()):
                continue
            w = m.group(1)
            lw = w.lower()
            if lw in lex.lower_function or lw in FUNCTION_WORDS or lw in _BARE_SUBJECT_STOP:
                continue
            if lw in _RELATION_WORDS or lw in lex.role_words or w in lex.places or w in lex.orgs:
                continue
            if _NON_NAME_SUFFIX.search(lw) or _ABSTRACT_SUFFIX.search(lw):
                continue
            if w not in lex.first_names and w not in AMBIGUOUS_STARTERS and lex.is_word(lw):
                continue  # "Geld doet het goed": a plain word, not one of the word-names
            add(m.start(1), m.end(1))
    for m in _PARTICLE_SUBJECT.finditer(text):
        w = m.group(2)
        if not _SUBJECT_CONJ.search(text, max(0, m.start() - 8), m.start()):
            continue
        if w in lex.places or w in lex.orgs or w.lower() in lex.role_words:
            continue
        if w.lower() in _INSTITUTION_NOUNS or w.lower() in AREA_HEADS:
            continue
        add(m.start(1), m.end(1))
    for m in matches_at(_LOWER_SLOT, text, starts(text, _LOWER_SLOT_WORDS)):
        w = m.group(1)
        parts = w.split("-")
        known = w.capitalize() in lex.first_names or all(
            p.capitalize() in lex.first_names for p in parts
        )
        if known or not lex.is_word(w, compounds=False):
            if w in FUNCTION_WORDS or w in PARTICLES:
                continue
            add(m.start(1), m.end(1))
    return out


# --- sign-offs, owners and handles ------------------------------------------------------
# The last line of a message that holds only initials, perhaps with the team after a comma:
# "H.W.", "M.K., SWT Scheveningen", "– J.P.".
_LAST_INITIALS: Final = regexes.compile(
    r"[-–—~]?[ \t]*((?:[A-ZÀ-Þ]\.[ ]?){1,3})[ \t]*(?:,[^\n]{0,60})?$"
)
# Initials after a thanks or a comma at the very end: "Dank! N.", "bedankt voor je hulp, A.B."
_THANKS_INITIALS: Final = regexes.compile(
    r"(?:(?i:dank|bedankt|thanks|thx|tnx|groet(?:en|jes)?|gr|mvg|vg)[!.,]?|[!,])[ \t]+"
    r"((?:[A-ZÀ-Þ]\.){1,3})[ \t]*$"
)
# A short lower-case signature alone on the last line: "-ank", "– piet", "sv".
_LAST_LOWER: Final = regexes.compile(r"([-–—~][ \t]*)?([a-zà-ÿ]{2,10})[ \t]*$")
# Sign-off abbreviations and chat words that end messages but name nobody.
_SIGNOFF_WORDS: Final = _words("""
mvg|vg|gr|grt|grtz|grts|grz|grtjs|thx|tnx|ty|xx|xxx|ok|oke|nb|ps|cc|fyi|asap|zsm|doei|dag|
tot|ciao|bye|later|groet|groetjes|dank|bedankt|top|prima|toppie|fijn|enz|etc|idem|nvt|n.v.t|
evt|ivm|wvttk|tbc|tba|tbd|btw|lol|thnx|tks|dnk|bvd|alvast|svp|aub|sws|idd|ff|wrs|mss|sorry
""")
# A name alone on the last line (no closing above it needed): "Soumaya".
_LAST_NAME: Final = regexes.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]*$")
# A name opening a line, then a dash and the writer's role: "Soumaya – buurtteammedewerker".
_NAME_DASH_ROLE: Final = regexes.compile(
    r"(?m)^[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ ][A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]+[–—-][ \t]+([a-zà-ÿ]+)"
)
# Owner initials opening an action-list line: "- YdB: bellen", "• KvdL: huisbezoek", "- MA: ...".
_OWNER_LINE: Final = regexes.compile(
    r"(?m)^[ \t]*[-•*–][ \t]*([A-ZÀ-Þ](?:v|vd|vdr|d|t|te|v\.d\.)?[A-ZÀ-Þ]{1,2})[ \t]*:[ \t]+\S"
)
# Mixed-case initials hold a particle ("YdB", "KvdL"): no acronym looks like that.
_PARTICLE_INITIALS: Final = regexes.compile(r"[A-ZÀ-Þ](?:v|vd|vdr|d|t|te)[A-ZÀ-Þ]")
# Lower-case initials as the subject of a to-do: "lb pakt op ma", "jk belt de huisarts".
_TODO_VERBS_3RD: Final = cues(
    " pakt",
    " belt",
    " mailt",
    " appt",
    " regelt",
    " neemt",
    " doet",
    " checkt",
    " plant",
    " zoekt",
    " maakt",
    " stuurt",
    " vraagt",
    " informeert",
    " koppelt",
    " gaat",
)
_TODO_VERB: Final = regexes.compile("|".join(_TODO_VERBS_3RD) + r"\b")
_INITIALS_SUBJECT: Final = regexes.compile(
    r"(?:^|[.!?;:][ \t]+|\n[ \t]*)([a-z]{2,3})[ \t]+(?:"
    + "|".join(v.strip() for v in _TODO_VERBS_3RD)
    + r")\b"
)
# Role abbreviations of quick notes that act as the subject: "ha belt", "bw regelt".
_ROLE_ABBREVS: Final = frozenset(
    ["ha", "wa", "bw", "cm", "spv", "poh", "vpk", "pb", "mw", "sw", "jc", "gc", "zb", "ib"]
)
# A name field in register order with a call name: "Naam: Oudhuis, Hendrika Wilhelmina (Riek)".
_REGISTER_LINE: Final = regexes.compile(
    r"(?m)^[ \t]*(?:Naam|naam|Name|Achternaam, voornamen)[ \t]*:[ \t]*"
    r"([A-ZÀ-Þ][\w'’-]+(?:[ ][a-z]+)*,(?:[ ][A-ZÀ-Þ][\w'’-]+){1,4}[ ]\([A-ZÀ-Þ][\w'’-]+\))[ \t]*$"
)
# A form field typed in lower case: "naam: cor van der zee" (first name, particles, surname).
_LOWER_NAME_FIELD: Final = regexes.compile(
    r"(?m)^[ \t]*(?:naam|Naam|NAAM)[ \t]*:[ \t]*([a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?"
    r"(?:[ ](?:van|de|der|den|ter|ten|het|'t|in|op)){0,3}[ ][a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)"
    r"[ \t]*$"
)
# A client named by initials only: "Cliënt J.G. (initialen ...)", "client A.B. woont ...".
# Also the case a meeting discusses, and initials with an age in brackets: "Casus: L.A. (78 jr)",
# "H.H.d.G. (69 jr)" (a particle's initial in lower case).
_CLIENT_INITIALS: Final = regexes.compile(
    r"(?:(?:[Cc]li[eë]nte?|[Bb]etrokkene|[Mm]elder|[Cc]asus:?)[ \t]+"
    r"((?:[A-ZÀ-Þ]\.)(?:[a-z]{1,2}\.|[A-ZÀ-Þ]\.){1,3})(?![ \t]*[A-ZÀ-Þ])"
    r"|(?<![\w.])((?:[A-ZÀ-Þ]\.)(?:[a-z]{1,2}\.|[A-ZÀ-Þ]\.){1,3})(?=[ ]\([0-9]{1,3}[ ]?(?:jr|jaar)\b))"
)
# A report heading signed with the writer's first name: "Rapportage huisbezoek 28-04 – Wytske".
_REPORT_HEADS: Final = (
    "rapportage",
    "verslag",
    "notitie",
    "aantekening",
    "overdracht",
    "huisbezoek",
    "journaal",
    "logboek",
    "observatie",
)
_REPORT_BY: Final = regexes.compile(
    r"(?im)^[ \t]*(?:rapportage|verslag|gespreksverslag|notitie|aantekeningen?|overdracht|"
    r"huisbezoek|journaal|logboek|observatie)\b[^\n]{0,60}?[ \t][–—-][ \t]+"
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]*$"
)
# A first name glued to the end of a hashtag: "#dankjewelPetra", "#proudIlias".
_HASHTAG_NAME: Final = regexes.compile(r"#[a-zà-ÿ]{3,}([A-ZÀ-Þ][a-zà-ÿ]{2,})\b")
# An @-handle that starts with a first name: "@Marloes_vdBerg", "@sanne.dijkstra".
_HANDLE: Final = regexes.compile(r"@([A-Za-zÀ-ÿ][a-zà-ÿ]{2,}(?:[_.][A-Za-zÀ-ÿ]+)*)")


def _last_line(text: str) -> tuple[int, str]:
    """Start offset and text of the last non-empty line."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end]


def _signoff_names(text: str, blocked: bytearray, lex: Lexicons) -> list[tuple[int, int]]:
    """Writers named by a sign-off, owners of action lines, and names inside handles.

    Why apart from the token chain: these names have no sentence around them; initials
    ("H.W.", "sv"), owner codes ("KvdL:") and glued hashtags are shapes the chain never
    reads as a name, but their place (last line, bullet owner, handle) shows a person.
    """
    out: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if e > s and not any(blocked[s:e]):
            out.append((s, e))

    ls, line = _last_line(text)
    thanks = len(line) >= 2 and line[-1] == "." and line[-2].isupper()
    if thanks and (m := _THANKS_INITIALS.search(line, max(0, len(line) - 60))):
        add(ls + m.start(1), ls + m.end(1))
    elif 0 < len(line) <= 80 and ls > 0:
        m = _LAST_INITIALS.fullmatch(line.strip())
        off = ls + len(line) - len(line.lstrip())
        if m:
            add(off + m.start(1), off + len(m.group(1).rstrip()) + m.start(1))
        elif (m := _LAST_LOWER.fullmatch(line.strip())) and _lone_signature(m, lex):
            add(off + m.start(2), off + m.end(2))
        elif (
            (m := _LAST_NAME.fullmatch(line.strip()))
            and _signature_word(m.group(1), lex)
            and _closes_above(text, ls)
        ):
            add(off + m.start(1), off + m.end(1))
    if has(text, " – ") or has(text, " — ") or has(text, " - "):
        for m in _NAME_DASH_ROLE.finditer(text):
            role = m.group(2)
            if role not in lex.role_words and not any(role.endswith(r) for r in _ROLE_HEADS):
                continue
            if all(_signature_word(w, lex) for w in m.group(1).split()):
                add(m.start(1), m.end(1))
    if ":" in text and ("\n-" in text or "\n•" in text or "\n*" in text or "\n–" in text):
        owners = [m for m in _OWNER_LINE.finditer(text) if m.group(1) not in lex.orgs]
        # a plain capital pair ("MA:") is an owner only beside a particle code ("KvdL:")
        if any(_PARTICLE_INITIALS.fullmatch(m.group(1)) for m in owners):
            for m in owners:
                add(m.start(1), m.end(1))
    todo = next(matches_at(_TODO_VERB, text, starts(text, _TODO_VERBS_3RD)), None)
    for m in _INITIALS_SUBJECT.finditer(text, max(0, todo.start() - 8)) if todo else ():
        w = m.group(1)
        if (
            w not in _SIGNOFF_WORDS
            and w not in _NOTE_ABBREVS
            and w not in _VISIT_ABBREVS
            and w not in FUNCTION_WORDS
            and w not in TITLES
            and w not in _ROLE_ABBREVS
            and w.upper() not in lex.orgs
            and w.upper() not in lex.stop_caps
            and not lex.is_word(w, compounds=False)
        ):
            add(m.start(1), m.end(1))
    low = lowered(text)
    if (has(text, " – ") or has(text, " - ") or has(text, " — ")) and any(
        h in low for h in _REPORT_HEADS
    ):
        for m in _REPORT_BY.finditer(text):
            w = m.group(1)
            if _signature_word(w, lex) and (w in lex.first_names or w not in lex.places):
                add(m.start(1), m.end(1))
    if has(text, "aam"):
        for m in _REGISTER_LINE.finditer(text):
            add(m.start(1), m.end(1))
        if has(low, "naam:"):
            for m in _LOWER_NAME_FIELD.finditer(text):
                first, *rest = m.group(1).split()
                last = rest[-1]
                if first.title() in lex.first_names and (
                    len(rest) > 1 or (last.title() in lex.surnames and not lex.is_word(last))
                ):
                    add(m.start(1), m.end(1))  # "naam: cor van der zee" in a form's mail
    if (
        has(low, "cli")
        or has(low, "melder")
        or has(low, "betrokkene")
        or has(low, "casus")
        or has(low, " jr")
        or has(low, " jaar")
    ):
        for m in _CLIENT_INITIALS.finditer(text):
            g = 1 if m.group(1) else 2
            if m.group(g).replace(".", "") in lex.orgs:
                continue  # "de A.O.W. (67 jaar)": an organisation's or scheme's letters
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                add(m.start(g), m.end(g))
    if "(" in text:
        for s, e in _bracket_names(text, low, lex):
            if STRUCTURED not in blocked[s:e]:
                out.append((s, e))  # a listed first name beats a place ("Frans", "Mark")
    if "#" in text:
        for m in _HASHTAG_NAME.finditer(text):
            w = m.group(1)
            if w in lex.first_names and not lex.is_word(w) and w not in lex.places:
                add(m.start(1), m.end(1))
    if "@" in text:
        for m in _HANDLE.finditer(text):
            first = re.split(r"[_.]", m.group(1))[0].capitalize()
            glued = m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")
            if first in lex.first_names and not glued and not text.startswith(".", m.end()):
                add(m.start(1), m.end(1))
    return out


# A line that lists who took part: "Aanwezig o.a.: ...", "Deelnemers: ...", "Wie: ...".
_ATTENDEE_LINE: Final = regexes.compile(
    r"(?im)^[ \t]*(?:aanwezig(?:en)?|afwezig|deelnemers|sprekers|present|wie|met)\b[^:\n]{0,12}:"
    r"([^\n]+)"
)
_ATTENDEE_WORDS: Final = cues(
    "aanwezig", "afwezig", "deelnemers", "sprekers", "present", "wie", "met"
)
# An item of such a list that is a word and a bracket: "Barend (Stevenshof)", "Frans (extern)".
_ITEM_BRACKET: Final = regexes.compile(r"(?:^|[,;])[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]+\(")
# A bracket holding one capitalised word: "Trivire (Mark)", "ouderenconsulent (Barend)".
_ONE_WORD_BRACKET: Final = regexes.compile(r"\(([A-ZÀ-Þ][a-zà-ÿ]{2,})\)")
_BRACKET_HEAD: Final = regexes.compile(r"([\w-]+)[ \t]+$")


def _bracket_names(text: str, low: str, lex: Lexicons) -> list[tuple[int, int]]:
    """First names that are also words, made people by a list of attendees or a bracket.

    Why: "Barend", "Frans", "Mark" are Dutch or English words too, so the chain leaves
    them alone; as an item in an "Aanwezig:" line, or in a bracket after a role or an
    organisation, a first name can only be the person.
    """
    out: list[tuple[int, int]] = []

    def first_name(w: str) -> bool:
        return w in lex.first_names and w not in lex.stop_caps and w not in _ALWAYS_STOP

    attendees = []
    listing = has_any(low, _ATTENDEE_WORDS)
    for line in line_matches(_ATTENDEE_LINE, text) if listing else ():
        attendees.append((line.start(1), line.end(1)))
        body = line.group(1)
        for m in _ITEM_BRACKET.finditer(body):
            # a place that is a name too: only with a remark, not an area, in the bracket
            # ("Frans (extern)" is a person, "Breda (Noord)" a place)
            remark = body[m.end() : m.end() + 1].islower()
            if first_name(m.group(1)) and (remark or m.group(1) not in lex.places):
                out.append((line.start(1) + m.start(1), line.start(1) + m.end(1)))
    for m in _ONE_WORD_BRACKET.finditer(text):
        w = m.group(1)
        listed = any(a <= m.start() < b for a, b in attendees)
        if not first_name(w) or (w in lex.places and not listed):
            continue
        head = _BRACKET_HEAD.search(text, max(0, m.start() - 40), m.start())
        before = head.group(1) if head else ""
        lb = before.lower()
        if listed or lb in lex.role_words or lb.endswith(_ROLE_HEADS) or before in lex.orgs:
            out.append((m.start(1), m.end(1)))
    return out


def _closes_above(text: str, ls: int) -> bool:
    """The line above ends a sentence or is a closing, so the last line is the writer.

    Why: under a name line ("Krishna / Swazoom") the last line is the organisation.
    """
    above = text[:ls].rstrip()
    prev = above[above.rfind("\n") + 1 :].strip()
    return prev[-1:] in (".", "!", "?", ")") or bool(_CLOSING.search(prev.lower()))


def _lone_signature(m: re.Match[str], lex: Lexicons) -> bool:
    """A lower-case last line signs the message: a short word after a dash, else initials."""
    w = m.group(2)
    if w in _SIGNOFF_WORDS or w in lex.lower_function or w in FUNCTION_WORDS:
        return False
    if m.group(1) and len(w) <= 4:
        return True  # "-ank", "– jo": a short name after a dash, even where it is a word
    return not lex.is_word(w, compounds=False) and (bool(m.group(1)) or len(w) <= 3)


def _signature_word(w: str, lex: Lexicons) -> bool:
    """A capitalised word that may sign a message: a name, not a word, place or service."""
    if w in lex.orgs or w in lex.places or w in lex.stop_caps or w in _ALWAYS_STOP:
        return False
    if w in lex.first_names or w in lex.surnames:
        return True
    return not lex.is_word(w) and not _NON_NAME_SUFFIX.search(w.lower())


_PROP_WORD: Final = regexes.compile(r"[^\W0-9_]{3,}(?:-[^\W0-9_]+)*")
_PROP_PARTICLES: Final = _ALL_PARTICLES_LOWER | frozenset(
    ["abu", "ait", "ibn", "bin", "ben", "dos"]
)
# roles that head or serve a department ("teamleider Inkomen"), not "huisarts Troost"
_DEPARTMENT_ROLE_ENDS = (
    "jurist",
    "medewerker",
    "leider",
    "coördinator",
    "coordinator",
    "manager",
    "adviseur",
    "consulent",
    "directeur",
    "hoofd",
)
_PREV_WORD: Final = regexes.compile(r"(\S+)([ \t]*\n?[ \t]*)$")
_NEXT_WORD: Final = regexes.compile(r"\s*([^\W0-9_]+|\S)")


def _whole_word_spans(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Sorted (start, end) of each word standing alone (not inside a longer word or compound).

    Why string search: compiling an alternation of the names anew for every text cost
    more than a seventh of the whole finder's time.
    """
    n = len(text)
    spans = []
    for w in words:
        pos = text.find(w)
        while pos >= 0:
            e = pos + len(w)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_-")) and (
                e >= n or not (text[e].isalnum() or text[e] in "_-")
            ):
                spans.append((pos, e))
            pos = text.find(w, pos + 1)
    spans.sort()
    return spans


# Words before a lower-case repeat of a name that show the person: a preposition or a
# coordination ("overdracht door roos", "met kees en roos"), or whose leave it is.
_ECHO_CUES: Final = frozenset(
    [
        "door",
        "met",
        "van",
        "aan",
        "voor",
        "bij",
        "volgens",
        "cc",
        "namens",
        "en",
        ",",
        "&",
        "+",
        "vakantie",
        "verlof",
        "ziekte",
    ]
)


_SUBJECT_PRONOUNS: Final = frozenset(
    ["ik", "je", "jij", "we", "wij", "u", "ze", "zij", "hij", "men"]
)
# a heading word before the client's name, alone on the first line of a log
_HEADING_ECHO: Final = frozenset(["journaal", "logboek", "rapportage", "dossier", "casus"])


def _lower_echo(text: str, s: int, e: int, pf: PersonFinder) -> bool:
    """A lower-case repeat of a name found capitalised is the name too, where a person fits.

    Never after an article or a quantity ("een roos", "weinig hoop"); a name that is also an
    ordinary word needs a cue before it (``_ECHO_CUES``, a relation or role), or opens a
    clause as the subject of a verb or as the person addressed ("roos is vanaf ...",
    "jan, kun jij ...").
    """
    w = text[s:e]
    lex = pf.lex
    pm = _PREV_WORD.search(text, max(0, s - 60), s)
    prev = pm.group(1).lower() if pm else ""
    if prev in _DETERMINERS or prev in _NOUN_PRE or prev in _POSSESSIVE_DETS:
        return False
    if not lex.is_word(w, compounds=False) and w not in AMBIGUOUS_STARTERS:
        return True
    if (prev in RELATIONS and prev not in WEAK_CUES) or prev in lex.role_words:
        return True
    nm = _NEXT_WORD.match(text, e)
    nxt = nm.group(1) if nm else ""
    if (
        pm is not None
        and prev in _HEADING_ECHO
        and text[e : e + 1] in ("\n", "")
        and (pm.start(1) == 0 or text[pm.start(1) - 1] == "\n")
    ):
        return True  # "Journaal post" heading a log about "dhr Post"
    if prev in _ECHO_CUES:
        # "overdracht door roos." but not "door storm viel de stroom uit": a noun there
        # goes on with a verb or another word of its phrase
        return not nxt.isalpha() or nxt in _PREPOSITIONS or nxt in ("en", "of", "zelf")
    lead = not pm or "\n" in pm.group(2) or prev[-1:] in ".:;!?-•*>"
    return lead and (nxt in _SUBJECT_FOLLOWERS or nxt in _PERSON_VERBS or (nxt == "," and s == 0))


def propagate_names(text: str, found: list[tuple[int, int]], blocked: bytearray) -> list:
    """Other mentions of a name word already found ("Frank is 51" after "... Frank ...").

    Why: the cues that reveal a name (a title, a relation, mid-sentence position) are
    often present only at its first mention.  A name that is also an ordinary word
    ("Sterk", "Jong", "Storm") is repeated only where a name can stand: not as a
    sentence opener before a noun ("Sterk punt:", "Jong gezin"), not inside a
    capitalised title ("Samen Sterk in Spoorwijk") and a first name not after an
    article ("bij de Dirk om de hoek": the shop).  Meant to replace ``finder._propagate``.
    """
    global _FINDER
    if _FINDER is None:
        _FINDER = PersonFinder()
    pf = _FINDER
    lex = pf.lex
    words = set()
    found_words = set()
    for s, e in found:
        for m in _PROP_WORD.finditer(text, s, e):
            w = m.group()
            found_words.add(w)
            lw = w.lower()
            if lw in lex.lower_function or lw in _PROP_PARTICLES or w in lex.orgs:
                continue
            # a relation or title swept into a span ("op naam van zus Bep") is no name
            other_case = lw not in RELATIONS and lw not in lex.role_words and lw not in TITLES
            if w[0].isupper():
                words.add(w)
                if w[1:].islower() and lw.isalpha() and other_case:
                    words.add(lw)  # "Roos" found, later "door roos" in a quick note
            elif w.isalpha() and w.islower() and w.capitalize() not in lex.orgs and other_case:
                words.add(w)
                words.add(w.capitalize())  # "dochter hoop", later "ze heet echt Hoop"
    if not words:
        return []
    out = []
    for s, e in _whole_word_spans(text, words):
        if any(blocked[s:e]):
            continue
        w = text[s:e]
        tail = _ORG_TAIL_AFTER.match(text, e)
        if tail and tail.group(1) in ORG_NAME_TAILS:
            continue  # "Oudshoorn Bewindvoering": the firm named after the person
        if w not in found_words and w.islower():
            if not _lower_echo(text, s, e, pf):
                continue
        elif w.lower() in lex.words or w in AMBIGUOUS_STARTERS:
            pm = _PREV_WORD.search(text, max(0, s - 60), s)
            prev = pm.group(1) if pm else ""
            start = not pm or "\n" in pm.group(2) or prev[-1:] in _SENTENCE_END
            prev = prev.strip("'\"‘’“”([")
            nm = _NEXT_WORD.match(text, e)
            nxt = nm.group(1) if nm else ""
            if prev.lower() in ("de", "het", "een", "die", "deze") and w not in lex.surnames:
                continue  # "bij de Dirk": the shop, not the person
            if w.islower() and prev.lower() in _SUBJECT_PRONOUNS:
                continue  # "Goedemiddag hoop, ik hoop dat ...": the verb after its subject
            if start:
                if _NOUN_IS_DAT.match(text, e) or _INVERTED_AFTER.match(text, e):
                    continue  # "Hoop is dat ...", "Dan kunnen we": a word put first
                if not (
                    nxt in (",", "(", ":", ")", "&", "")
                    or nxt in ("en", "zelf")
                    or nxt in _SUBJECT_FOLLOWERS
                    or nxt in _PERSON_VERBS
                    or (pf.verb_strength(nxt) > 0 and nxt + "en" not in lex.words)
                ):
                    continue  # "Sterk punt: ...", "Jong gezin", "Storm in huis"
            elif prev[:1].isupper() and prev not in TITLES and pf.name_score(prev, False) < 2:
                continue  # "Samen Sterk in Spoorwijk": a title in capitals
        out.append((s, e, "person"))
        blocked[s:e] = b"\1" * (e - s)
    return out


# --- stand-ins, pets and inverted adverbs; names a naming verb introduces ---------------
# "mevrouw X", "meneer Y.": a letter that hides a name on purpose is no one's name
_STAND_IN: Final = frozenset(["X", "Y", "Z", "X.", "Y.", "Z."])
_TITLE_BEFORE: Final = regexes.compile(
    r"(?i:mevrouw|meneer|mw\.?|mevr\.?|dhr\.?|de[ ]heer|cliënt|client)[ \t]+$"
)
# "de familie X (naam weggelaten)": X stands in for a family's name ("fam. Y." may be an
# initial)
_FAMILY_BEFORE: Final = regexes.compile(r"(?i:familie|fam\.|gezin)[ \t]+$")
# "uw hond Boris", "de kat heet Minoes": an animal's name
_PET_BEFORE: Final = regexes.compile(
    r"\b(?:hond|hondje|kat|katje|poes|kater|konijn|cavia|papegaai|parkiet|paard)"
    r"(?:[ \t]+heet)?[ \t]+$"
)
# "Dan kunnen we", "Nu gaat ik ...": a finite verb and then a subject pronoun means the
# capitalised word before is an adverb put first, not the subject; only nominative pronouns,
# since "Anna helpt je" has "je" as object.
_INVERTED_AFTER: Final = regexes.compile(
    r"[ \t]+(?:kan|kunnen|moet|moeten|zal|zullen|ga|gaan|gaat|wil|willen|heb|hebben|is|zijn)"
    r"[ \t]+(?:ik|we|wij|hij|jij)\b"
)
# "Hoop is dat ...": a noun opening a sentence about what is hoped or meant
_NOUN_IS_DAT: Final = regexes.compile(r"[ \t]+is[ \t]+dat\b")


def _drop_stand_ins(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Drop placeholder letters after a title, pets' names and adverbs that open a sentence.

    Why: each looks like a titled or sentence-initial name, but a neighbouring word shows it
    is not a person; these are cheap checks on the words right around a single-word span.
    """
    out: list[tuple[int, int]] = []
    for s, e in found:
        span = text[s:e]
        if " " not in span:
            before = text[max(0, s - 20) : s]
            if span in _STAND_IN and _TITLE_BEFORE.search(before):
                continue
            if span in ("X", "X.") and _FAMILY_BEFORE.search(before):
                continue
            if before.endswith((" ", "\t")) and _PET_BEFORE.search(before):
                continue
            opens = s == 0 or text[s - 1] in "\n.!?" or text[s - 2 : s] in (". ", "! ", "? ")
            if (
                opens
                and span.lower() in lex.words
                and (_INVERTED_AFTER.match(text, e) or _NOUN_IS_DAT.match(text, e))
            ):
                continue
        out.append((s, e))
    return out


# "Hij heet Frans", "iedereen noemt me GJ", "alleen initialen M.K.", "Roos (Bakker van
# achternaam)": a naming verb or label gives the name, whatever word it also is.
_NAMED: Final = regexes.compile(
    r"\b(?:(?:[Hh]ij|[Zz]ij|[Ii]k|[Zz]e)[ ]heet|noem(?:t|en)[ ](?:me|mij|hem|haar|zichzelf)"
    # "de huurder, die ik ken als Rocky"
    r"|(?<=[ ])(?:ken|kent|kennen)[ ](?:hem|haar[ ])?als"
    r"|initialen|voorletters)[ \t]+"
    r"((?:[A-ZÀ-Þ]\.){1,3}(?=[\s,;.)]|$)|[A-ZÀ-Þ]{2,3}\b(?!\w|\.\w)|[A-ZÀ-Þ][a-zà-ÿ]+"
    r"(?:[ ][A-ZÀ-Þ][a-zà-ÿ]+)?)"
)
# A nickname in quotes that a naming verb introduces or that friends use: 'hij heet
# "Sjonnie"', 'bekend als "Rooie Ger"', '("Juju" voor vrienden)'
_QUOTED_NICKNAME: Final = regexes.compile(
    r"(?:\b(?:[Hh]ij|[Zz]ij|[Zz]e)[ ]heet|\bheet[ ](?:hij|zij|ze)|\bbekend(?:[ ]is)?[ ]als"
    r"|\bbijnaam(?:[ ]op[ ]straat)?[ ]is|\bnoem(?:t|en)[ ](?:hem|haar|zichzelf))[ \t]+[\"“]"
    r"(?!(?:De|Het|Een)[ ])"
    r"([A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*){0,2})[\"”]"
    r"|[\"“]([A-ZÀ-Þ][\w'’-]+)[\"”][ \t]+voor[ \t]+(?:vrienden|de[ ]buurt|intimi|familie)\b"
)
_SURNAME_LABEL: Final = regexes.compile(
    r"\b([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]+van[ \t]+achternaam\b"
)
# "buurman koster (nr 14)": neighbours are named by surname, often typed in lower case
_NEIGHBOUR: Final = regexes.compile(
    r"\b(?:buurman|buurvrouw|buurjongen|buurmeisje)[ \t]+([a-zà-ÿ]{3,})\b"
)
_NEIGHBOUR_STOP: Final = frozenset(
    ["van", "boven", "beneden", "naast", "links", "rechts", "ook", "die", "wel", "niet", "nog"]
)


# quick tests of _cue_names and _named_names, read from the text's cue index, not by a scan
_QUICK_TEST_WORDS: Final = cues("bekend als", "heette", " als ")


def _named_names(text: str, blocked: bytearray, lex: Lexicons) -> list[tuple[int, int]]:
    """Names a naming verb, an initials label, "van achternaam" or "buurman" introduces."""
    out: list[tuple[int, int]] = []
    # the cue words are written in lower case: test the text itself, no lowered copy
    if (
        has(text, "heet ")
        or has(text, "noem")
        or has(text, "initialen")
        or has(text, "voorletters")
        or has(text, " als ")
    ):
        for m in _NAMED.finditer(text):
            name = m.group(1)
            if name.lower() in TITLES or name.lower() in _ALWAYS_STOP:
                continue
            out.append((m.start(1), m.end(1)))
    if ('"' in text or "“" in text) and (
        has(text, "heet ")
        or has(text, " als ")
        or has(text, "noem")
        or has(text, " voor ")
        or has(text, "bijnaam")
    ):
        for m in _QUOTED_NICKNAME.finditer(text):
            k = m.lastindex or 1
            out.append((m.start(k), m.end(k)))
    if has(text, "achternaam"):
        out.extend((m.start(1), m.end(1)) for m in _SURNAME_LABEL.finditer(text))
    if has(text, "buur"):
        for m in _NEIGHBOUR.finditer(text):
            w = m.group(1)
            if w not in _NEIGHBOUR_STOP and w.capitalize() in lex.surnames:
                out.append((m.start(1), m.end(1)))
    # a language or place word may be protected ("Frans"), but after "heet" it is a name
    return [(s, e) for s, e in out if all(b in (0, PROTECTED_PLACE) for b in bytes(blocked[s:e]))]


# "Sjaak van (61, Turks)", "dhr. Radjesh van (rek.nr. ...)": "Van" is a surname of its own
# (Vietnamese, Chinese) when a bracket follows it directly instead of the rest of a name.
_VAN_ALONE: Final = regexes.compile(r"[ ][Vv]an(?=[ ]\()")
# Surnames that are also trade nouns: as the owner of a minutes item ("- Kuiper: verhuizing
# gelukt") they name a person, since topic labels there are themes ("- Wonen:"), not trades.
_TRADE_SURNAMES: Final = _words("""
Bakker|Visser|Kuiper|Koster|Smit|Smits|Mulder|Kok|Brouwer|Kramer|Schipper|Timmerman|Molenaar|
Boer|Verver|Wever|Snijder|Schilder|Metselaar|Slager|Jager|Herder|Ruiter|Smid|Koopman|Kuipers|
Bakkers|Vissers|Schouten|Visscher|Molenaars
""")
_OWNER_ITEM: Final = regexes.compile(r"^[ \t]*[-•*][ \t]*([A-Z][a-z]+)(?=:[ \t]+[a-zà-ÿ])", re.M)


def _with_place_first_name(
    text: str, s: int, e: int, blocked: bytearray, lex: Lexicons
) -> tuple[int, int]:
    """Extend "Sahetapy" to "Frans Sahetapy": a protected language word that is a first name.

    Why: "Frans" is blocked as a language, so the chain stops at it; right before a
    capitalised name it can only be the first name.
    """
    # (tried only where the text before the name ends in a space: this runs per name)
    m = (
        _WORD_BEFORE_SPACE.search(text, max(0, s - 20), s)
        if text.endswith((" ", " \n"), max(0, s - 20), s)
        else None
    )
    if m and text[s : s + 1].isupper():
        a, b = m.span(1)
        if text[a:b] in lex.first_names and all(x == PROTECTED_PLACE for x in bytes(blocked[a:b])):
            return a, e
    return s, e


# a greeting right before a protected language word and a comma: "Houdoe Frans, die ..."
# r"(?<![\w])(?:Houdoe|Dag|Hoi|Hallo|Doei|Hey|Beste|Lieve|Bedankt)[ ]+...", written with
# each greeting's first letter up front so that the scan only stops at H, D, B and L
_GREETED_WORD: Final = regexes.compile(
    r"(?:H(?<!\w.)(?:oudoe|oi|allo|ey)|D(?<!\w.)(?:ag|oei)|B(?<!\w.)(?:este|edankt)"
    r"|L(?<!\w.)ieve)[ ]+([A-ZÀ-Þ][a-zà-ÿ]+)(?=[,!])"
)
_WORD_BEFORE_SPACE: Final = regexes.compile(r"(?:^|(?<=[\s(]))([A-ZÀ-Þ][a-zà-ÿ]+)[ ]$")


def _van_alone_and_owners(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Extend a name over a lone surname "van" or a first name protected as a language word,
    and add trade-noun surnames owning a list item."""
    if has(text, " van (") or has(text, " Van ("):
        found = [
            (s, e + 4) if _VAN_ALONE.match(text, e) and not any(blocked[e : e + 4]) else (s, e)
            for s, e in found
        ]
    if PROTECTED_PLACE in blocked:
        found = [_with_place_first_name(text, s, e, blocked, lex) for s, e in found]
        for m in _GREETED_WORD.finditer(text):
            s, e = m.span(1)
            if (
                m.group(1) in lex.first_names
                and all(x == PROTECTED_PLACE for x in bytes(blocked[s:e]))
                and not any(a < e and s < b for a, b in found)
            ):
                found = sorted([*found, (s, e)])  # "Houdoe Frans, die ...": greeted by name
    if ":" in text and ("-" in text or "•" in text or "*" in text):
        for m in _OWNER_ITEM.finditer(text):
            s, e = m.span(1)
            if (
                m.group(1) in _TRADE_SURNAMES
                and not any(blocked[s:e])
                and not any(a < e and s < b for a, b in found)
            ):
                found = sorted([*found, (s, e)])
    return found


# imported last: person_slots reads this module's word sets and helpers; the round-13
# rules (chat names, ordinary words taken for names) run after it
from .chat_names import find_chat_names  # noqa: E402
from .person_slots import find_slot_names  # noqa: E402
from .sentence_words import drop_sentence_words  # noqa: E402
from .word_classes import (  # noqa: E402
    add_titled_names,
    drop_word_classes,
    join_short_particles,
)
from .word_names import drop_word_names  # noqa: E402


def veto_non_names(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rules' vetoes on names proposed elsewhere (the token classifier).

    Why: these checks hold what the rules learned about words that look like names but
    are not: a pet ("de hond heet Boris"), a stand-in letter ("mevrouw X"), an English or
    dialect word, a place or an organisation.  The model proposes, and a name it
    proposes passes the same checks as one the rules found.
    Not the checks for capitalised words opening a sentence ("Mark", "Frans"): the
    model weighs those cases itself, and they cost it more good names than false ones.
    """
    global _FINDER
    if _FINDER is None:
        _FINDER = PersonFinder()
    lex = _FINDER.lex
    for veto in (
        _drop_non_persons,
        _drop_foreign_words,
        _drop_stand_ins,
        _drop_places_and_orgs,
        _drop_known_non_names,
        drop_word_classes,
    ):
        if not found:
            break
        found = veto(text, found, lex)
    return found
