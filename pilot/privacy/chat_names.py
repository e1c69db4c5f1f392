"""Names in chats and dictations: lower-case names after a cue, handles, signatures, slots.

Why a module of its own: team chats and dictated notes drop capitals and punctuation ("kun
jij roos morgen ff bellen", "zijn broer aad", "mevrouw zhang mei", "familie al-hassan"), write
a colleague as a handle ("@m.kusters"), sign with a bare first name after the last sentence
("Pls update. Gosia") and name the client after "bij" or "naar" ("bij Kowalczyk").  Each rule
has its own cue word, so a cheap substring test guards each regex.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from . import regexes
from .cue_index import cues, has, has_any, lowered, present
from .lexicons import AMBIGUOUS_STARTERS, FOLD_LETTERS, MONTHS, RELATIONS, TITLES, Lexicons, _words
from .lines import line_matches
from .spoken_numbers import LETTER_NAMES as SAID_LETTER_NAMES

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " + ",
    " - ",
    " > ",
    ". (",
    "., ",
    "bellen",
    "by ",
    "door",
    "met een ",
    "spel",
    "spreek",
    "uitgesproken",
    "user",
)

# "@m.kusters", "@s.dekker": an initial and a surname after @ (the name without the @)
_INITIAL_HANDLE: Final = regexes.compile(
    r"(?<![\w.@])@([a-z]\.[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)(?![\w@]|\.\w)"
)
_RELATION_CUES: Final = cues(" broer ", " zus", " buur")
# "zijn broer aad", "de buurvrouw li": a relation and a lower-case first name
_RELATION_LOWER: Final = regexes.compile(
    r"\b(?:zijn|haar|mijn|hun|d'r|de)[ ](?:broer|zus|zuster|buurvrouw|buurman|buurjongen|"
    r"buurmeisje)[ ]([a-zà-ÿ]{2,})\b"
)
# "kun jij roos morgen ff bellen": a request to contact someone named in lower case
_CONTACT_ASK: Final = regexes.compile(
    r"\b(?:kun|kan|wil|zou)[ ](?:jij|je)[ ]([a-zà-ÿ]{3,})(?:[ ][a-zà-ÿ]+){0,3}?[ ](?:terug)?bellen\b"
)
# "heb jij visser al gebeld", "met de jong gesproken": a bare lower-case surname as the
# one contacted; a common noun there would have its article ("heb jij de visser ...")
_CONTACTED_PAST: Final = (
    r"(?:(?:al|nog|ook|even|ff|vandaag|gisteren|vanochtend|vanmiddag|zelf|niet|wel|weer)[ ])*"
    r"(?:terug)?(?:gebeld|gesproken|gezien|gemaild|geappt|ge-appt|bereikt|bezocht|gehoord)\b"
)
_CONTACTED: Final = regexes.compile(
    r"\b(?:heb|heeft|hebben|had)[ ](?:jij|je|u|hij|zij|ze|we|wij|jullie|iemand)[ ]"
    r"((?:(?:van[ ](?:de|der|den)|de|ter|ten|van)[ ])?[a-zà-ÿ]{3,})[ ]" + _CONTACTED_PAST
)
_SPOKEN_WITH: Final = regexes.compile(
    r"\bmet[ ]((?:(?:van[ ](?:de|der|den)|de|ter|ten|van)[ ])?[a-zà-ÿ]{3,})[ ]"
    r"(?:(?:al|nog|ook|even|ff|vandaag|gisteren|telefonisch)[ ])*"
    r"(?:gesproken|gebeld|geappt|gemaild|contact[ ]gehad|afgesproken)\b"
)
_LOWER_SURNAME: Final = r"((?:(?:van[ ](?:de|der|den)|de|ter|ten|van)[ ])?[a-zà-ÿ]{3,})"
# "- bellen koster (06 ...)", "mail kuipers over leefgeld": a contact verb and the one to
# contact, before a bracket, a clause word or the line's end
_CONTACT_LOWER: Final = regexes.compile(
    r"\b(?:bel|bellen|mail|mailen|app|appen|sms|terugbellen)[ ]" + _LOWER_SURNAME + r"(?=[ ]?(?:"
    r"\(|,|\n|$|[ ](?:over|om|ivm|terug|even|nog|morgen|vandaag|\+)\b))"
)
# "9u hoop terugbellen", "- visser bellen": a to-do line naming whom to call
_LINE_CALLBACK: Final = regexes.compile(
    r"(?m)^(?:[-*•][ ]*)?(?:[0-9]{1,2}(?:u|[:.][0-9]{2})[ ]+)?"
    + _LOWER_SURNAME
    + r"[ ](?:terug)?bellen\b"
)
# "casus de haan", "HB de wit", "gezin nkemelu": the household a case or visit is about
_CASE_LOWER: Final = regexes.compile(
    r"\b(?:casus|hb|HB|huisbezoek|gezin)[ ]" + _LOWER_SURNAME + r"\b"
)
# "de haan > huisbezoek", "1. demir - huurachterstand", "2. jansen + dochter": a handover
# line opened by the person it is about, then an arrow, dash, plus or colon
_LIST_HEAD: Final = regexes.compile(
    r"(?m)^[ \t]*(?:[-*•>\"]+[ ]*|[0-9]{1,2}[.)][ ]*)?"
    r"((?:(?:van[ ](?:de|der|den)|de|ter|ten|van|el|al)[ ])?[a-zà-ÿ]{3,})"
    r"(?:[ ]?(?:>|->|→|–|-|\+)[ ]|(?<=[a-zà-ÿ]):[ ])"
)
# "hallo met patience van de kerk", "dit is blessing", "met gift (van de taalcafe)": a
# writer or caller naming themself in lower case
_SELF_NAMED: Final = regexes.compile(
    r"(?m)(?:\b(?:dit[ ]is|hier[ ]is|ik[ ]ben|ik[ ]ben[ ]het|het[ ]is)"
    r"|(?:^|\b(?:hallo|hoi|hey|hee|goedemorgen|goedemiddag|"
    r"goedenavond|dag|ja)[ ,]+)met)[ ]"
    r"([a-zà-ÿ]{2,}(?:[ ](?:(?:van[ ](?:de|der|den)|de|van|ter|ten)[ ])?[a-zà-ÿ][a-zà-ÿ'-]+)?)"
    r"(?=[ ]?(?:\(|,|\.|$|[ ](?:van|uit|hier|i|de|het|eh|ik)\b))"
)
# "groeten w. bakker": a lower-case sign-off with an initial and a surname
_LOWER_SIGNOFF: Final = regexes.compile(
    r"\b(?:groeten|groet|gr|mvg|vriendelijke[ ]groet)[ ,]+([a-z]\.[ ]?"
    r"(?:(?:van[ ](?:de|der|den)|de|van|ter|ten)[ ])?[a-zà-ÿ]{3,})\b"
)
# "casus W.Z. (CMB-2024-117)": the initials a case is named by
_CASE_INITIALS: Final = regexes.compile(
    r"\b(?:[Cc]asus|[Cc]li[eë]nte?|[Gg]ezin|[Ff]am\.?)[ ]((?:[A-Z]\.){2,3})(?=[ ,;:()]|$)"
)
# "Groet, Rieke", "groetjes mei": a closing greeting and the writer's first name
_CLOSING_NAME: Final = regexes.compile(
    r"(?im)(?:^|[.!?][ ]+)(?:groet|groeten|groetjes|gr|mvg|liefs|doei|dank|bedankt|god[ ]bless|"
    r"regards|kind[ ]regards|thanks|thank[ ]you)[,!.]?[ \t]*\n?[ \t]*"
    r"([A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{1,})(?:[ \t.!]*$|[ ]\((?=[A-Z]))"
)
# "Goedemiddag hoop,", "hoi mei,": a greeting and the first name it greets
_GREETED_LOWER: Final = regexes.compile(
    r"(?i)\b(?:goedemorgen|goedemiddag|goedenavond|hoi|hallo|hey|hee|beste|lieve|dag)[ ]+"
    r"([a-zà-ÿ]{2,})(?=[ ]?(?:[,!\n]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))"
)
# user names in logs and exports: "| jpinas |", "geëxporteerd door h.aitlahcen",
# "Gemuteerd door: h.rezaei"
_LOG_USER: Final = regexes.compile(
    r"(?:[0-9][:.][0-9][0-9][ ]\|[ ]|\b(?:door|by|gebruiker|user):?[ ]|\b(?:user|gebruiker)=)"
    r"([a-z]\.?[a-z]{3,}(?:-[a-z]{2,})?)"
    r"(?=[ ]\||[ ,.;]|$)"
)
# "ik spel het S A R M O E", "dat is met een z y eh k r z y s z t o f i k": a name spelled
# letter by letter after a word about spelling
_SPELLED: Final = regexes.compile(
    r"(?i)\b(?:spel|spelt|speld|gespeld|spelling|met[ ]een)\b[^.\n]{0,25}?"
    r"\b((?:[a-z][ ]){3,}[a-z])\b"
)
# A name spelled in a dictation: "K van Karel o w a l c z y k" (a letter, "van" and a word
# of the spelling alphabet, then the other letters one by one), or letters one by one with
# "spatie" for a space ("A I T spatie T A L E B").
_SPELLED_ALPHABET: Final = regexes.compile(
    r"(?<![\w])[A-Za-z][ ]van[ ][A-Z][a-z]+"
    r"(?:(?:[ ][a-zà-ÿ](?![\w])){2,}|(?:,?[ ][A-Za-z][ ]van[ ][A-Z][a-z]+)+)"
)
# Letters one by one with dots, dashes or spaces: "B. O. U. K. H. A. R. I.", "k-o-s-t-e-r",
# "h o o p"; a name when they spell a word written just before ("koster k-o-s-t-e-r").
_LETTER_RUN: Final = regexes.compile(
    r"(?<![\w'’-])[A-Za-z](?:(?:\.[ ]?|-|[ ])[A-Za-z]){2,}\.?(?![\w'’-])"
)
# Single letters one after the other, a name spelled out: "B E N A L I.", "D E, G R A A F"
_SINGLE_LETTERS: Final = regexes.compile(r"[A-Za-z](?:(?:\.[ ]?|,?[ ]|-)[A-Za-z]){2,}\.?")
# Three letters standing alone one after the other: the mark of letters spelled out
# ("(?:^|[ (\n\"'])[A-Za-z](?:\.[ ]?|-|[ ])[A-Za-z](?:\.[ ]?|-|[ ])[A-Za-z]", searched from the
# separator after the first letter, that letter and what stands before it in look-behinds:
# the same texts match, and the engine tries only dots, dashes and spaces, not every letter).
_SPACED_LETTERS: Final = regexes.compile(
    r"[. -](?<=[A-Za-z][. -])(?<![^ (\n\"'][A-Za-z][. -])(?:(?<=\.)[ ])?"
    r"[A-Za-z](?:\.[ ]?|-|[ ])[A-Za-z]"
)
_SPELLED_LETTERS: Final = regexes.compile(
    r"(?<![\w'’])(?:[A-Z](?:[ ](?:spatie|streepje))?[ ]){3,}[A-Z](?![\w'’])"
    r"|(?<![\w'’])(?:[a-z](?:[ ](?:spatie|streepje))?[ ]){4,}[a-z](?![\w'’])"
)
# Letters said by their names, one after the other: "pee, ee, tee, er, oo, vee", "ka a es
# es ee em", "D E, G R A A F"; each name and the letter it says: the names a postcode is
# said with (spoken_numbers), less "je" (a word), and the shorter forms transcripts write.
_LETTER_NAMES: Final = {
    **{c: c for c in "abcdefghijklmnopqrstuvwxyz"},
    **{w: c for w, c in SAID_LETTER_NAMES.items() if w not in ("je", "griekse")},
    **{"be": "b", "ce": "c", "see": "c", "de": "d", "ge": "g", "jot": "j", "pe": "p"},
    **{"te": "t", "ve": "v", "we": "w", "ypsilon": "y"},
}
_LETTER_NAME: Final = "|".join(sorted(_LETTER_NAMES, key=lambda n: (-len(n), n)))
_LETTER_NAME_RUN: Final = regexes.compile(
    rf"(?i)(?<![\w'’-])(?:{_LETTER_NAME})(?:,?[ ](?:{_LETTER_NAME})){{2,}}(?![\w'’-])"
)


_LETTER_NAME_TOKEN: Final = regexes.compile(r"[^\s,]+")


def _letter_names(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, letters) of the letters spelled in text[start:end], a letter-name run.

    Where single letters spell the name, a word at either end is no letter of it ("s e n
    a i t en dan ...": "en" goes on with the sentence), and neither is a small letter
    before or after capitals ("met een s, L O P E S, en dan").
    """
    toks = [(m.start(), m.end(), m.group()) for m in _LETTER_NAME_TOKEN.finditer(text, start, end)]

    def single(t: tuple[int, int, str]) -> bool:
        return len(t[2]) == 1

    while len(toks) > 3 and not single(toks[-1]) and all(single(t) for t in toks[:-1]):
        toks.pop()
    while len(toks) > 3 and not single(toks[0]) and all(single(t) for t in toks[1:]):
        toks.pop(0)
    caps = sum(1 for t in toks if single(t) and t[2].isupper())
    if caps * 2 > len(toks):
        while toks and not toks[-1][2].isupper():
            toks.pop()
        while toks and not toks[0][2].isupper():
            toks.pop(0)
    if len(toks) < 3:
        return None
    letters = "".join(_LETTER_NAMES[t[2].lower()] for t in toks)
    return toks[0][0], toks[-1][1], letters


# How a name is said: "spreek uit dja-ges-sar", "ik spreek het uit als vdo vjak".
_PRONOUNCED: Final = regexes.compile(
    r"\b(?:(?:spreek|spreekt|spreken)[ ](?:het[ ]|je[ ]|hem[ ]|haar[ ])?uit(?:[ ]als)?"
    r"|uitgesproken[ ]als)[ ]([a-zà-ÿ][a-zà-ÿ'-]+(?:[ ][a-zà-ÿ][a-zà-ÿ'-]+)?)(?=[ ]?(?:[,.;)]|$|[ ](?:op|en|punt|of)\b))"
)
_VOWELS: Final = frozenset("aeiouyAEIOUY")
# The words of _SPELL_CUE_BEFORE (and "spreek" for _PRONOUNCED), looked for first.
_SPELL_CUES: tuple[str, ...] = (
    "spel",
    "naam",
    "heet",
    "heten",
    "dat is",
    "schrijf",
    "letter",
    "met een",
)
_SPELL_CUES += ("bedoel", "spreek", "uitgesproken")
cues(*_SPELL_CUES)
# What says letters one by one are a name: "dat is A I T ...", "achternaam: s t a ...".
# The cue may end the other speaker's turn: "kunt u dat spellen\n[00:04:08] cliënt: t e s
# ...", "Al met een hoofdletter\nbeller: ja A L streepje K H ...".
_SPELL_CUE_BEFORE: Final = regexes.compile(
    r"(?i)(?:spel\w*|naam|heet|heten|dat[ ]is|schrijf\w*|letters?|met[ ]een|bedoel)"
    r"[ :,]*(?:[^\W0-9_]+[ ]){0,3}"
    r"(?:[^\W0-9_]*[?.]?[ ]*\n(?:\[[0-9:]+\][ ]*)?[^\W0-9_]+(?:[ ][^\W0-9_]+)?:[ ]+"
    r"(?:[^\W0-9_]+[ ]){0,2})?$"
)


def _plain_words(text: str) -> list[str]:
    """The words of ``text`` without accents: "Çelik" is spelled "c e l i k", "Aydın" "a y
    d i n"."""
    plain = unicodedata.normalize("NFKD", text.translate(FOLD_LETTERS)).encode("ascii", "ignore")
    return re.findall(r"[a-z]+", plain.decode())


def _spells_a_word_before(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` spell one of ``words``, or the first four letters or more of one
    ("k r o m o" after "Kromodikoro": the caller starts spelling, the other repeats)."""
    return letters in words or (
        len(letters) >= 4 and any(len(w) > len(letters) and w.startswith(letters) for w in words)
    )


def _spelled_out(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Names spelled letter by letter or said as they sound, in a dictation."""
    out: list[tuple[int, int]] = []
    i = text.find(" van ")
    while i >= 0:  # a letter alone before " van " and a capital after it
        if (
            i > 0
            and text[i - 1].isalpha()
            and (i == 1 or not text[i - 2].isalnum())
            and text[i + 5 : i + 6].isupper()
        ):
            m = _SPELLED_ALPHABET.match(text, i - 1)
            if m:
                out.append(m.span())
        i = text.find(" van ", i + 1)
    low = lowered(text)
    for m in _LETTER_RUN.finditer(text) if _SPACED_LETTERS.search(text) else ():
        letters = "".join(c for c in m.group() if c.isalpha()).lower()
        if (
            len(letters) >= 3
            and _spells_a_word_before(
                letters, _plain_words(low[max(0, m.start() - 300) : m.start()])
            )
            and letters.upper() not in lex.orgs
            and letters.capitalize() not in lex.orgs
            and letters.capitalize() not in lex.places
        ):
            out.append(m.span())  # "koster k-o-s-t-e-r", "hirsi (h i r s i)"; not "wmo w m o"
    if not has_any(low, _SPELL_CUES):
        return out
    for m in _SPELLED_LETTERS.finditer(text):
        spelled = [c for c in m.group() if c.isalpha() and c != " "]
        if "spatie" in m.group() or "streepje" in m.group():
            spelled = [w for w in m.group().split() if len(w) == 1]
        if (
            len(spelled) >= 4
            and any(c in _VOWELS for c in spelled)
            and _SPELL_CUE_BEFORE.search(text, max(0, m.start() - 80), m.start())
        ):
            out.append(m.span())
    for m in _near(low if len(low) == len(text) else text, _SPELL_CUES, _LETTER_NAME_RUN, 0, 150):
        said = _letter_names(text, m.start(), m.end())
        if said is None:
            continue
        a, b, letters = said
        if (
            any(c in _VOWELS for c in letters)
            and letters.upper() not in lex.orgs
            and (
                _spells_a_word_before(letters, _plain_words(low[max(0, a - 300) : a]))
                or _SPELL_CUE_BEFORE.search(text, max(0, a - 80), a)
            )
        ):
            out.append((a, b))  # "achternaam spellen? Petrov. pee, ee, tee, er, oo, vee."
    if has(text, "spreek") or has(text, "uitgesproken"):
        out += [m.span(1) for m in _PRONOUNCED.finditer(text)]
    return out


# "toon: ...", "mei: ..." opening two lines: a chat speaker typed in lower case
_LOWER_SPEAKER: Final = regexes.compile(r"([a-zà-ÿ]{2,}):[ ]")
_GREETING_CUES: Final = cues(
    "oedemorgen ",
    "oedemiddag ",
    "oedenavond ",
    "hoi ",
    "allo ",
    "hey ",
    "hee ",
    "este ",
    "ieve ",
    "dag ",
)
_LOG_CUES: Final = cues(
    "| ", "door ", "door: ", "by ", "user ", "gebruiker ", "user=", "gebruiker="
)
# Cues that are whole words in their patterns (opened by a word boundary there)
_WHOLE_WORD_CUES: Final = frozenset(["dag ", "hoi ", "hey ", "hee "])
_CONTACT_VERB_CUES: Final = cues("bel ", "bellen ", "mail ", "mailen ", "app ", "appen ", "sms ")
_CASE_INITIAL_CUES: Final = cues("asus ", "liënt ", "lient ", "liënte ", "ezin ", "am. ", "am ")
_CASE_CUES: Final = cues("casus ", "hb ", "HB ", "huisbezoek ", "gezin ")
_SELF_CUES: Final = cues("dit is ", "hier is ", "ik ben ", "met ", "het is ")
_CONTACT_PAST_CUES: Final = cues(
    "gebeld",
    "gesproken",
    "gezien",
    "gemaild",
    "geappt",
    "bereikt",
    "bezocht",
    "gehoord",
    "contact gehad",
)
# lower-case words that open a list line as its label, not a person ("post - ...")
_FIELD_WORDS: Final = _words("""
post|adres|naam|tel|email|mail|datum|tijd|plaats|actie|status|vraag|notitie|todo|agenda|
afspraak|overleg|taak|punt|stand|update|info|let|wijk|team|huis|huur|geld|werk|school
""")
# what a contacted word that is a known surname still may not be: places one phones
_CONTACTED_NOT: Final = _words("""
werk|school|kantoor|gemeente|politie|zorg|thuis|iedereen|niemand|beide|allebei|alle|alles|
iets|niets|team|collega|collegas|collega's|mensen|ouders|kinderen|familie|buren
""")
# "update over mehari", "vraag over nenne": news about a client named in lower case
_ABOUT: Final = regexes.compile(
    r"\b(?:update|updates|vraag|vraagje|vragen|nieuws|zorgen|info|bericht)[ ]over[ ]"
    r"([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)\b"
)
# "mevrouw zhang mei", "meneer van der meer klaas": a title and lower-case names
_TITLE_LOWER: Final = regexes.compile(
    r"\b(?:meneer|mevrouw|mw\.?|dhr\.?|mevr\.?|hr\.)[ ]"
    r"((?:(?:van[ ](?:de|der|den)|de|ter|ten|van)[ ])?[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)"
    r"((?:[ ][a-zà-ÿ]{2,}){0,2})"
)
# what follows a visited person's name in a dictation: where they live, or a clause break
_PLACE_AFTER: Final = regexes.compile(r"[ ]?(?:[,.;]|[ ](?:op|in|aan|uit|woont|woonachtig)[ ])")
# the cue words are few on purpose: each one is a scan of the whole note
_TITLE_CUES: Final = cues("meneer ", "mevrouw ", "mw", "dhr", "hr. ")
_TITLE_WORDS: Final = frozenset(
    ["meneer", "mevrouw", "mw", "mw.", "dhr", "dhr.", "hr.", "Mevrouw", "Meneer"]
)
# "wijkagent de ruiter", "bewindvoerder van der linden": a role and a lower-case surname
_ROLE_LOWER: Final = regexes.compile(
    r"\b(?:wijkagent|huisarts|bewindvoerder|mentor|casemanager|consulent|juf|meester|"
    r"collega|wijkverpleegkundige|jongerenwerker|begeleider|advocaat|deurwaarder)[ ]"
    r"((?:van[ ](?:de|der|den)|de|den|ter|ten)[ ][a-zà-ÿ]{3,})\b"
)
_ROLE_CUES: Final = cues("agent ", "arts ", "voerder ", "mentor ", "manager ", "consulent ", "juf ")
_RELATION_WORDS: Final = frozenset(
    ["broer", "zus", "zuster", "buurvrouw", "buurman", "buurjongen", "buurmeisje"]
)
_ASK_CUES: Final = cues(" jij ", " je ")
_VISIT_CUES: Final = cues("u van ", "u de ")
# the other cues _near looks for (registered with the cue index at import)
_CALLBACK_CUES: Final = cues(" bellen", " terugbellen")
_SIGNOFF_CUES: Final = cues("groet", "gr ", "gr,", "mvg")
_ABOUT_CUES: Final = cues(" over ")
_HOUSEHOLD_CUES: Final = cues("familie ")
_HANDLE_CUES: Final = cues("@")
_PSEUDONYM_CUES: Final = cues(". (")
_INITIAL_AGE_CUES: Final = cues("., ")
_CALLER_CUES: Final = cues(" hier ")
# "familie al-hassan", "familie el-amrani": a household named in lower case by a surname with
# its Arabic or Berber particle ("de familie kent" stays a verb)
_HOUSEHOLD_LOWER: Final = regexes.compile(
    r"\bfamilie[ ]((?:al|el|ben|abu|bin|ait)-[a-zà-ÿ]{3,})(?![\w-])"
)
# "mohammed a. zit bij": a lower-case first name and an initial
_NAME_INITIAL_BEFORE: Final = regexes.compile(r"[ \t]*([a-zà-ÿ]{3,}[ ][a-z]\.)(?=[ \t])")
_NL_NAME_INITIAL: Final = regexes.compile(r"\n[ \t]*([a-zà-ÿ]{3,}[ ][a-z]\.)(?=[ \t])")
# "bij Rukiye op nummer 309", "door naar Baldew": a name after "bij" or "naar"
# (each opens with its literal cue word, so the regex engine scans for it at C speed)
_AT_NAME_AFTER: Final = (
    r"[ ]([A-ZÀ-Þ][a-zà-ÿ]{3,})(?=[ \t]*(?:[,.?!\n]|$|op[ ]nummer\b|[ ]iemand\b))"
)
_AT_BIJ: Final = regexes.compile("bij" + _AT_NAME_AFTER)
_AT_NAAR: Final = regexes.compile("naar" + _AT_NAME_AFTER)
# a chat: a line opened by a time stamp and a speaker, or two lines opened by a speaker
_CHAT_STAMP: Final = regexes.compile(r"(?m)^\[[0-9]{1,2}[:.][0-9]{2}\][ \t]*[A-ZÀ-Þ][a-zà-ÿ]+:[ ]")
_CHAT_LABEL: Final = regexes.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+):[ ]")  # matched at a line's start
# "Pls update. Gosia": a bare first name after the last sentence signs the message
_SENTENCE_GAP: Final = regexes.compile(r"[.!?][ \t]")
_END_SIGNATURE: Final = regexes.compile(r"[.!?][ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]*$")
# "13u van Rijn (Rederijkerstraat 2)": a visit list with a time, a surname and its address
_TIMED_VISIT: Final = regexes.compile(
    r"\b[0-9]{1,2}(?:u|[:.][0-9]{2})[ ]((?:[Vv]an[ ](?:de|der|den)|[Vv]an|[Dd]e|[Tt]er|[Tt]en)[ ]"
    r"[A-ZÀ-Þ][a-zà-ÿ]+)[ ]?\("
)
# "ja de vries hier van MEE": a caller names themself before "hier"
_CALLER: Final = regexes.compile(
    r"\b(?:ja|hallo|hoi|goedemorgen|goedemiddag|dag|met)[ ,]+"
    r"((?:(?:van[ ](?:de|der|den)|de|ter|ten|van)[ ])?[a-zà-ÿ]{3,})[ ]hier[ ](?:van|met|bij)\b"
)
# "R. (zo noem ik hem maar)": an initial that stands in for the client's name on purpose
_PSEUDONYM_INITIAL: Final = regexes.compile(
    r"\b([A-ZÀ-Þ]\.)[ ]?\((?:zo[ ]noem[ ]ik[ ](?:hem|haar)|niet[ ](?:zijn|haar)[ ]echte[ ]naam|"
    r"gefingeerde[ ]naam|naam[ ]gefingeerd|schuilnaam|naam[ ]veranderd|naam[ ]aangepast)"
)
# "mevrouw Z., 61,": a title, one initial and the age: the client's own initial
_TITLE_INITIAL_AGE: Final = regexes.compile(
    r"\b(?:[Mm]evrouw|[Mm]eneer|[Mm]w\.?|[Dd]hr\.?|[Mm]evr\.?)[ ]([A-ZÀ-Þ]\.)(?=,?[ ][0-9]{1,3}(?:[ ,;)]|$))"
)
# "(Zé)" right after a name: the nickname the person goes by
_NICK_AFTER: Final = regexes.compile(r"[ ]\(([A-ZÀ-Þ][a-zà-ÿ]{1,10})\)")
_STOP_LOWER: Final = _words("""
het|een|de|die|dat|dit|deze|wie|wat|hij|zij|ze|ik|je|jij|we|wij|u|hun|haar|zijn|ook|nog|niet|
wel|al|er|hier|daar|dan|toen|nu|even|ff|eens|morgen|vandaag|gisteren|straks|zo|weer|kan|kon|wil|
moet|zal|gaat|komt|is|was|heeft|had|belt|belde|mee|op|in|aan|bij|van|voor|met|naar|om|over|uit|
tot|en|of|maar|want|dus|alleen|samen|zelf|nooit|altijd
""")


def _name_word(w: str, lex: Lexicons, strict: bool = False) -> bool:
    """A lower-case word that can be a name here: known as a name, or no word at all."""
    if w in _STOP_LOWER or w in lex.lower_function or w in RELATIONS or w in TITLES:
        return False
    if w in lex.role_words or w in lex.foreign_lower:
        return False
    c = w.capitalize()
    if c in lex.places or c in lex.orgs or c in lex.stop_caps:
        return False
    if c in lex.first_names:
        return True
    if strict:
        return not lex.is_word(w) and c in lex.surnames
    return not lex.is_word(w)


def _cap_name(w: str, lex: Lexicons) -> bool:
    """A capitalised word that is a name here: no word, place, organisation or area."""
    if w in lex.orgs or w in lex.places or w in lex.stop_caps or lex.is_word(w):
        return False
    gaz = lex.gazetteer
    return w not in gaz.kind


def _is_chat(text: str, lex: Lexicons) -> bool:
    """The text is a chat: time-stamped speakers, or two speakers known as first names."""
    if _CHAT_STAMP.search(text):
        return True
    return sum(1 for w in {w for w, _ in _line_labels(text)} if w in lex.first_names) >= 2


def _line_labels(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The capitalised words that open a line before ": " ("Sterre: ...")."""
    return [(m.group(1), m.span(1)) for m in line_matches(_CHAT_LABEL, text)]


def _near(
    text: str,
    cues: tuple[str, ...],
    rx: re.Pattern[str],
    back: int,
    ahead: int,
    lower: bool | None = None,
) -> list:
    """Matches of rx in a small window around each cue word.

    Why: a regex that opens with a word boundary and an alternation is tried at every
    position of a long note; a substring search for the cue and a search in the window
    around it costs a fraction of that.  ``lower`` asks the character after the cue to be
    lower case (True) or upper case (False) before the regex runs at all.
    """
    out: dict[tuple[int, int], re.Match[str]] | None = None
    for cue, found in present(text, cues):
        k = len(cue)
        n = len(text)
        whole = cue in _WHOLE_WORD_CUES
        for i in found:
            c = text[i + k : i + k + 1]
            if whole and i > 0 and text[i - 1].isalpha():
                pass  # "vandaag ", "maandag ": the pattern opens the cue on a word boundary
            elif lower is None or (c.islower() if lower else c.isupper()):
                end = min(n, i + k + ahead)
                while end < n and text[end].isalnum():
                    end += 1  # a window never ends inside a word: "$" and "\b" would lie
                for m in rx.finditer(text, max(0, i - back), end):
                    if out is None:
                        out = {}
                    out.setdefault(m.span(), m)
    return [] if out is None else [out[key] for key in sorted(out)]


def _lower_cue_names(text: str, words: set[str], lex: Lexicons) -> list[tuple[int, int]]:
    """Lower-case names after a relation, a request to call, "over", a title or "familie"."""
    extra: list[tuple[int, int]] = []
    rel = () if words.isdisjoint(_RELATION_WORDS) else _RELATION_CUES
    for m in _near(text, rel, _RELATION_LOWER, 6, 30):
        w = m.group(1)
        c = w.capitalize()
        if len(w) == 2:
            known = c in lex.first_names or c in lex.surnames
            if known and w not in _STOP_LOWER and w not in lex.lower_function:
                extra.append(m.span(1))  # "de buurvrouw li"
        elif _name_word(w, lex):
            extra.append(m.span(1))
    if ("jij" in words or "je" in words) and has(text, "bellen"):
        for m in _near(text, _ASK_CUES, _CONTACT_ASK, 7, 70):
            if m.group(1).capitalize() in lex.first_names and _name_word(m.group(1), lex):
                extra.append(m.span(1))
    for rx in (_CONTACTED, _SPOKEN_WITH):
        for m in _near(text, _CONTACT_PAST_CUES, rx, 70, 0):
            if _contacted_name(m.group(1), lex):
                extra.append(m.span(1))
    todo = [
        *_near(text, _CONTACT_VERB_CUES, _CONTACT_LOWER, 1, 40, True),
        *_near(text, _CALLBACK_CUES, _LINE_CALLBACK, 45, 0),
        *_near(text, _CASE_CUES, _CASE_LOWER, 1, 40, True),
    ]
    for m in todo:
        a, b = m.span(1)
        if text.startswith("van ", a) and not text.startswith(("van de", "van den"), a):
            a += 4  # "mail van zomer": the mail is from zomer
        if a < b and _contacted_name(text[a:b], lex) and _todo_name(text[a:b], lex):
            extra.append((a, b))
    for m in _near(text, _CASE_INITIAL_CUES, _CASE_INITIALS, 1, 12, False):
        extra.append(m.span(1))
    extra += _closings_greetings_users(text, lex)
    if has(text, " > ") or has(text, " - ") or has(text, " + ") or "→" in text or ": " in text:
        for m in line_matches(_LIST_HEAD, text):
            w = m.group(1)
            if text[m.end(1) : m.end(1) + 1] == ":" and " " not in w:
                continue  # "iban:", "kort:": a one-word label; "de jong:" has its particle
            if w.split()[-1] in MONTHS:
                continue  # "• april – expertmeeting"
            if w not in _FIELD_WORDS and _contacted_name(w, lex) and _todo_name(w, lex):
                extra.append(m.span(1))
    for m in _near(text, _SELF_CUES, _SELF_NAMED, 15, 40, True):
        w, _, rest = m.group(1).partition(" ")
        if (
            len(w) >= 3
            and w.capitalize() in lex.first_names
            and w not in _STOP_LOWER
            and _name_word(w, lex)
        ):
            if rest and _surname_words(rest, lex):
                extra.append(m.span(1))  # "met klaas post,", "ik ben ton de hoop."
            else:
                extra.append((m.start(1), m.start(1) + len(w)))
    for m in _near(text, _SIGNOFF_CUES, _LOWER_SIGNOFF, 0, 40):
        if m.group(1).split()[-1].capitalize() in lex.surnames:
            extra.append(m.span(1))
    for m in _near(text, _ABOUT_CUES if "over" in words else (), _ABOUT, 8, 30, True):
        if _name_word(m.group(1).split("-")[0], lex):
            extra.append(m.span(1))
    titled = not words.isdisjoint(_TITLE_WORDS)
    for m in _near(text, _TITLE_CUES if titled else (), _TITLE_LOWER, 0, 60):
        span = _title_lower_span(text, m, lex)
        if span:
            extra.append(span)
    for m in _near(text, _ROLE_CUES, _ROLE_LOWER, 16, 40):
        if _particle_surname(m.group(1).split(), lex):
            extra.append(m.span(1))  # "wijkagent de ruiter"
    for m in _near(text, _HOUSEHOLD_CUES if "familie" in words else (), _HOUSEHOLD_LOWER, 0, 40):
        extra.append(m.span(1))  # "familie al-hassan"
    return extra


def _closings_greetings_users(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """A writer's name after a closing greeting, a greeted first name, log user names and
    lower-case chat speakers."""
    out: list[tuple[int, int]] = []
    low = text[-160:].lower()
    if any(
        cue in low
        for cue in (
            "groet",
            "gr ",
            "gr,",
            "mvg",
            "liefs",
            "doei",
            "dank",
            "bless",
            "regards",
            "thank",
        )
    ):
        m: re.Match[str] | None
        for m in _CLOSING_NAME.finditer(text, max(0, len(text) - 160)):
            w = m.group(1)
            c = w.capitalize()
            if w[:1].isupper():
                known = c in lex.first_names or not lex.is_word(w.lower())
                if known and c not in lex.orgs and w not in _STOP_CAPS:
                    out.append(m.span(1))  # "Groet, Rieke"
            elif c in lex.first_names and w not in _STOP_LOWER and w not in lex.lower_function:
                out.append(m.span(1))  # "groetjes mei"
    for m in _near(text, _GREETING_CUES, _GREETED_LOWER, 12, 24, True):
        w = m.group(1)
        if (
            w.capitalize() in lex.first_names
            and w not in _STOP_LOWER
            and w not in RELATIONS
            and w not in lex.lower_function
            and w not in lex.role_words
        ):
            out.append(m.span(1))  # "Goedemiddag hoop,"
    if "|" in text or has(text, "door") or has(text, "by ") or has(text, "user"):
        for m in _near(text, _LOG_CUES, _LOG_USER, 8, 30, True):
            w = m.group(1)
            tail = w.split(".")[-1] if "." in w else w[1:]
            if (
                ("." in w or tail.capitalize() in lex.surnames)
                and not lex.is_word(w.replace(".", ""))
                and w not in lex.lower_function
            ):
                out.append(m.span(1))  # "jpinas", "h.rezaei"
    if has(text, "spel") or has(text, "met een "):
        out += [m.span(1) for m in _SPELLED.finditer(text)]
    out += _spelled_out(text, lex)
    if ": " in text and (text[:1].islower() or "\n" in text):
        speakers: dict[str, list[tuple[int, int]]] = {}
        start = 0
        while start >= 0:
            if text[start : start + 1].islower():
                m = _LOWER_SPEAKER.match(text, start)
                if m:
                    speakers.setdefault(m.group(1), []).append(m.span(1))
            start = text.find("\n", start)
            start = start + 1 if start >= 0 else -1
        for w, spans in speakers.items():
            if (
                len(spans) >= 2
                and w.capitalize() in lex.first_names
                and w not in _STOP_LOWER
                and w not in lex.lower_function
                and w not in _FIELD_WORDS
            ):
                out += spans  # "toon: hedde gij ..." twice: a chat speaker
    if ":" in text and "\n" in text:
        out += _chat_speakers(text, lex)
        out += _timed_headers(text, lex)
    return out


# A message's header line in a chat tool: the writer's name or user name and the time,
# and nothing else ("jmeijer  9:14 AM", "p.lont  14:14", "Dieuwertje 16:35").
_TIMED_HEADER: Final = regexes.compile(
    r"[ \t]*([A-Za-zÀ-ÿ][\w.'’-]{1,30})[ \t]{1,4}(?:[01]?[0-9]|2[0-3]):[0-5][0-9]"
    r"(?:[ ]?(?:[AaPp]\.?[Mm]\.?))?[ \t]*(?=\n|$)"
)


def _timed_headers(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The writers of a chat whose messages open with a header of name and time.

    Why two headers or more, each with a message under it: an agenda's "Lunch 12:30" is
    one line among lines of the same shape; a chat has a header, then what was said.
    A header's word must be a user name (a dot, underscore or digit in it), a known
    name, or no word ("Inloop 9:30", "Pauze 12:30" stay).
    """
    heads = list(line_matches(_TIMED_HEADER, text))
    if len(heads) < 2:
        return []
    out: list[tuple[int, int]] = []
    for m in heads:
        nxt = text.find("\n", m.end())
        if nxt < 0 or _TIMED_HEADER.match(text, nxt + 1) or not text[nxt + 1 : nxt + 2].strip():
            continue  # no message under it: a list of times
        w = m.group(1)
        bare = w.strip(".-'’")
        if (
            (
                any(c in w for c in "._0123456789")
                or bare.capitalize() in lex.first_names
                or bare.capitalize() in lex.surnames
                or not lex.is_word(bare.lower())
            )
            and bare.lower() not in lex.lower_function
            and bare.lower() not in _FIELD_WORDS
        ):
            out.append(m.span(1))
    return out if len(out) >= 2 else []


def _chat_speakers(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Every first name that opens a line as its speaker, in a chat of named speakers.

    Why: "Dan: Scootmobiel is nog niet toegekend." is a speaker named Dan where two
    other lines open with "Sterre:" and "Ruben:"; alone, "Dan" opening a sentence is a
    word.  Two speakers that are names and no word make the text a chat.
    """
    if text.count(":") < 3:
        return []
    labels = _line_labels(text)
    if len(labels) < 3:
        return []
    names = {w for w, _ in labels if w in lex.first_names and w not in _STOP_CAPS}
    plain = {w for w in names if w not in AMBIGUOUS_STARTERS and not lex.is_word(w)}
    if len(plain) < 2:
        return []
    return [span for w, span in labels if w in names and w.lower() not in _FIELD_WORDS]


_STOP_CAPS: Final = frozenset(
    ["Team", "Allen", "Iedereen", "Collega", "Collegas", "Jullie", "Alle"]
)


def _contacted_name(phrase: str, lex: Lexicons) -> bool:
    """ "visser", "de jong": a lower-case surname or first name in a contacted slot."""
    words = phrase.split()
    w = words[-1]
    if w in _CONTACTED_NOT or w in _STOP_LOWER or w in lex.lower_function:
        return False
    if w in RELATIONS or w in TITLES or w in lex.role_words or w in lex.foreign_lower:
        return False
    c = w.capitalize()
    if c in lex.places or c in lex.orgs:
        return False
    if len(words) > 1:
        return c in lex.surnames  # "de jong", "van dijk"
    return c in lex.surnames or c in lex.first_names or not lex.is_word(w)


def _particle_surname(words: list[str], lex: Lexicons) -> bool:
    """ "van der meer", "de koning": particles and a word only a surname puts there."""
    head = words[-1]
    if head in _STOP_LOWER or head in RELATIONS or head in TITLES or head in lex.role_words:
        return False
    if words[-2] == "der":
        return True  # "van der" is only ever a name's particle
    cap = head.capitalize()
    return cap in lex.surnames and cap not in lex.orgs and head not in lex.lower_function


def _todo_name(phrase: str, lex: Lexicons) -> bool:
    """A to-do names a person by a surname or first name, not by a word ("bel even")."""
    words = phrase.split()
    w = words[-1]
    if len(words) > 1:
        return True  # checked by _contacted_name: "de haan"
    c = w.capitalize()
    return c in lex.surnames or c in lex.first_names


def _surname_words(rest: str, lex: Lexicons) -> bool:
    """Whether "post", "de hoop", "molenaar" after a first name in lower case is its surname."""
    parts = rest.split()
    w = parts[-1]
    if w in RELATIONS or w in lex.role_words or (len(parts) == 1 and w in lex.lower_function):
        return False
    if len(parts) > 1 and (parts[0] != "van" or parts[1] in ("der", "den")):
        return True  # "ton de hoop", "iris van der zee": the particles open a surname
    if len(parts) > 1 and lex.is_word(w) and w.capitalize() not in lex.surnames:
        return False  # "jan van de gemeente": where he works
    return w not in _STOP_LOWER and (w.capitalize() in lex.surnames or not lex.is_word(w))


def _title_lower_span(text: str, m: re.Match[str], lex: Lexicons) -> tuple[int, int] | None:
    """The lower-case name after a title, with the first names that follow it."""
    words = m.group(1).split()
    a, b = m.span(1)
    first = len(words) == 1 and words[0].capitalize() in lex.first_names
    for w in m.group(2).split():
        c = w.capitalize()
        k = text.index(w, b)
        if _name_word(w, lex, strict=c not in lex.first_names) or (
            (c in lex.first_names or (first and c in lex.surnames))
            and w not in _STOP_LOWER
            and w not in lex.lower_function
            and not text[k + len(w) : k + len(w) + 3].strip()[:1].isdigit()
        ):
            b = k + len(w)  # "zhang mei", "van der meer klaas", "kim zwart"
            first = False
        else:
            break
    head = words[-1]
    if (
        words[0] == "van"
        and lex.is_word(head)
        and head.capitalize() not in lex.surnames
        and head.capitalize() not in lex.first_names
    ):
        return None  # "die mw van de voedselbank", "meneer van boven": a place, not a name
    placed = bool(_PLACE_AFTER.match(text, b))
    if len(words) > 1 and _particle_surname(words, lex):
        return a, b  # "mevrouw van der meer", "hr. de koning"
    if (
        _name_word(head, lex, strict=True)
        or (len(words) > 1 and _name_word(head, lex))
        or (
            len(words) > 1
            and head not in _STOP_LOWER
            and (b > m.end(1) or (placed and words[0] != "de"))
        )
        or (placed and _name_word(head, lex))
    ):
        return a, b
    return None


def _cue_word_names(
    text: str, words: set[str], found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Handles, initials, names after "bij"/"naar", signatures, visit lists, callers, nicknames."""
    extra: list[tuple[int, int]] = []
    if "@" in text:
        extra += [m.span(1) for m in _near(text, _HANDLE_CUES, _INITIAL_HANDLE, 0, 40, True)]
    bracket = "(" in text
    if bracket and has(text, ". ("):
        extra += [m.span(1) for m in _near(text, _PSEUDONYM_CUES, _PSEUDONYM_INITIAL, 2, 40)]
    if has(text, "., ") and not words.isdisjoint(_TITLE_WORDS):
        extra += [m.span(1) for m in _near(text, _INITIAL_AGE_CUES, _TITLE_INITIAL_AGE, 12, 8)]
    starts: list[re.Match[str] | None] = (
        list(_NL_NAME_INITIAL.finditer(text)) if ". " in text else []
    )
    if text[:1].islower():
        starts.append(_NAME_INITIAL_BEFORE.match(text))
    m: re.Match[str] | None
    for m in starts:
        if m is not None:
            first = m.group(1).split()[0]
            if first.capitalize() in lex.first_names and not lex.is_word(first):
                extra.append(m.span(1))  # "mohammed a. zit bij"
    chat = None
    at = [*_AT_BIJ.finditer(text)] if "bij" in words else []
    if "naar" in words:
        at += _AT_NAAR.finditer(text)
    for m in at:
        w = m.group(1)
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "tobij", "kunnaar": the cue inside a longer word
        if not _cap_name(w, lex):
            continue
        if w in lex.surnames or w in lex.first_names:
            extra.append(m.span(1))
            continue
        if chat is None:
            chat = _is_chat(text, lex)
        if chat:
            extra.append(m.span(1))
    tail = text[-40:]
    if tail.rstrip()[-1:].isalpha() and _SENTENCE_GAP.search(tail):
        m = _END_SIGNATURE.search(text, max(0, len(text) - 40))
        if m and _cap_name(m.group(1), lex) and m.start(1) > 0:
            extra.append(m.span(1))  # "Pls update. Gosia"
    if bracket:
        extra += [m.span(1) for m in _near(text, _VISIT_CUES, _TIMED_VISIT, 3, 40)]
    for m in _near(text, _CALLER_CUES if "hier" in words else (), _CALLER, 40, 10):
        last = m.group(1).split()[-1]
        if len(m.group(1).split()) > 1 or _name_word(last, lex, strict=True):
            extra.append(m.span(1))
    if found and bracket:
        for _s, e in found:
            # (tried only after " (", its opening: this runs for every name found)
            m = _NICK_AFTER.match(text, e) if text.startswith(" (", e) else None
            w = m.group(1) if m else ""
            if (
                m
                and (len(w) <= 3 or w in lex.first_names)
                and w.lower() not in lex.words
                and w not in lex.orgs
                and w not in lex.places
                and w not in lex.gazetteer.kind
            ):
                extra.append(m.span(1))  # "dhr. Gomes Fortes (Zé)"
    return extra


def find_chat_names(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Add names that chats and dictations write without capitals or after a cue.

    Why: the main pass reads names from capitals; a chat or a dictation has few, so the
    words around the name (a relation, a title, "update over", "kun jij ... bellen") must
    tell it.  A found span inside a longer name found here is replaced by it.
    """
    words = set(text.split())  # one pass; each rule's cue word is then a set look-up
    extra = _lower_cue_names(text, words, lex) + _cue_word_names(text, words, found, lex)
    if not extra:
        return found
    # a span over structured data is dropped by the caller anyway: "van den berg op de
    # lisstraat" over the address must not keep the name found here out
    out = [f for f in found if 1 not in blocked[f[0] : f[1]]]
    for a, b in extra:
        if any(blocked[a:b]) and not set(blocked[a:b]) <= {0, 3}:
            continue
        inner = [f for f in out if a <= f[0] and f[1] <= b]
        clash = [(x, y) for x, y in out if (x, y) not in inner and x < b and a < y]
        if clash and all(a < x for x, _ in clash) and _SINGLE_LETTERS.fullmatch(text, a, b):
            # "G E B R E M E D H I N. Hij": the letters spelled out were read as initials
            # before a surname; the spelling is the name
            out = [f for f in out if f not in clash]
            clash = []
        if clash:
            continue
        out = [f for f in out if f not in inner]
        out.append((a, b))
    return sorted(set(out))
