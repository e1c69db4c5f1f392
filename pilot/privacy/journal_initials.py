"""Professionals' initials in contact journals: "12-03-2024 10:15 | HB | TvL".

Why: client registration systems head every journal entry with a date, a contact type
and the author's initials, and notes copied from them keep that head ("11-03 KH HB. mw
...", "13/3 tel. fb", "Behandelaar: KH", a closing "(MdB)").  The README counts
individually named professionals as persons; their initials name them to any colleague.
Short capitals are also abbreviations (HB, MDO, GGD), so initials count only where the
journal's form puts an author: in the head of a line that opens with a date or a
contact type, after an author field, in brackets closing an entry, or alone as the last
line.  Everything else stays readable.
"""

from __future__ import annotations

import re
from typing import Final

from . import regexes
from .cue_index import cues, lowered, matches_at, present
from .lexicons import MONTH_WORDS, RELATIONS, TITLES, Lexicons
from .lines import line_matches

# the shapes of initials: "TvL", "MdB", "SeK" (mixed), "KH", "RR" (capitals), "fb", "mdb"
# (also "RÖ", "ÇK": capitals with a diacritic)
_MIXED: Final = regexes.compile(r"[A-ZÀ-ÖØ-Þ][a-z]{1,2}[A-ZÀ-ÖØ-Þ]")
_CAPS: Final = regexes.compile(r"[A-ZÀ-ÖØ-Þ]{2,3}")
_LOWER: Final = regexes.compile(r"[a-z]{2,3}")

# contact types and other words of a journal head ("tel.", "HB", "huisbezoek", "mail")
_CONTACT: Final = frozenset(
    [
        "tel",
        "tel.",
        "telefonisch",
        "telefoon",
        "hb",
        "huisbezoek",
        "mail",
        "e-mail",
        "email",
        "mailen",
        "overleg",
        "spreekuur",
        "notitie",
        "journaal",
        "contact",
        "contactmoment",
        "bezoek",
        "gesprek",
        "intake",
        "app",
        "whatsapp",
        "sms",
        "brief",
        "mdo",
        "wijkverpl",
        "wijkverpl.",
        "kantoor",
        "balie",
        "weekenddienst",
        "dienst",
        "avonddienst",
    ]
)
# words that may open a line before its date ("Journaal 15-07-2024", "ma 4/3")
_OPENERS: Final = _CONTACT | frozenset(
    ["ma", "di", "wo", "do", "vr", "za", "zo", "ma.", "di.", "wo.", "do.", "vr.", "za.", "zo."]
)
# abbreviations of care work in the shapes of initials: never a person
_ABBREVIATIONS: Final = frozenset(
    [
        "PT",  # patiënt(e): "pt.", "pte." in care notes
        "PTE",
        "VIG",  # verzorgende IG, a role
        "EVV",  # eerst verantwoordelijk verzorgende, a role
        "FG",  # functionaris gegevensbescherming
        "HG",  # huiselijk geweld, a theme
        "CL",  # cliënt, "clt: dhr. Farah"
        "CLT",
        "VZ",  # voorzitter
        "VZT",
        "HB",
        "MDO",
        "GGD",
        "CJG",
        "SHV",
        "WMO",
        "POH",
        "VT",
        "HM",
        "BW",
        "UWV",
        "SVB",
        "CAK",
        "IND",
        "GGZ",
        "LVB",
        "ZZP",
        "PVA",
        "AOW",
        "ANW",
        "WW",
        "WIA",
        "BSN",
        "DUO",
        "OV",
        "PGB",
        "WLZ",
        "ZVW",
        "NB",
        "PS",
        "OK",
        "TBC",
        "MEE",
        "SWT",
        "BOA",
        "ADL",
        "HV",
        "HH",
        "DB",
        "AD",
        "JGZ",
        "SPV",
        "VOG",
        "AZC",
        "COA",
        "VVE",
        "ZZ",
        "HA",
        "WV",
        "WVK",
        "AMW",
        "MW",
        "SW",
        "SO",
        "VO",
        "MBO",
        "HBO",
        "WO",
        "ROC",
        "BSO",
        "KDV",
        "PO",
        "JZ",
        "JB",
        "GI",
        "OTS",
        "VTO",
        "AMHK",
        "ZSM",
        "OM",
        "RvdK",
        "NL",
        "EU",
        "AVG",
        "KvK",
        "PvA",
        "BvO",
        "WvS",
        "DigiD",
        "GP",
        "ICT",
        "PC",
        "TV",
        "CV",
        "ID",
        "OV-chipkaart",
        "HR",
        "IT",
        "PR",
        "BV",
        "NV",
        "VOF",
        "KTO",
        "IQ",
        "ADHD",
        "ASS",
        "PTSS",
        "NAH",
        "CVA",
        "COPD",
        "MS",
        "ALS",
        "HIV",
        "SOA",
        "GBA",
        "BRP",
        "RIBW",
        "BGZ",
        "GBGGZ",
        "SGGZ",
        "FACT",
        "IHT",
        "HVZ",
        "WLZ",
        "MO",
        "BW",
        "SHG",
        "RMC",
        "ODS",
        "KCC",
        "DWI",
        "WSP",
        "GKB",
        "NIBUD",
        "UWV",
        "WGA",
        "WAO",
        "IOAW",
        "BBZ",
        "TOZO",
        "BBZ",
        "WWB",
        "VTH",
        "SZW",
        "SZ",
        "WZ",
        "JT",
        "LB",
        "DUO",
        "PIN",
        "ING",
        "ABN",
        "RABO",
        "SNS",
        "ASN",
        "PDF",
        "JPG",
        "XL",
        "RE",
        "FW",
        "CC",
        "BCC",
        "TEL",
        "NR",
        "VS",
        "EN",
        "OF",
        "DE",
        "HET",
        "IK",
        "WE",
        "JA",
        "NEE",
        "OKE",
        "UUR",
        "DAG",
        "MA",
        "DI",
        "WO",
        "DO",
        "VR",
        "ZA",
        "ZO",
        "JAN",
        "FEB",
        "MRT",
        "APR",
        "MEI",
        "JUN",
        "JUL",
        "AUG",
        "SEP",
        "OKT",
        "NOV",
        "DEC",
    ]
)
_MONTHS: Final = frozenset(m.lower() for m in MONTH_WORDS) | {"maa", "sept"}
# titles and relations that open an entry's text ("dhr", "mw", "zoon")
_CUE_WORDS: Final = frozenset(w.lower().rstrip(".") for w in TITLES | RELATIONS)
_DATE: Final = regexes.compile(
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}(?:[-/.][0-9]{2,4})?"
    r"|[0-9]{1,2}[ \t]+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?)"
    r"(?![0-9/])",
    re.IGNORECASE,
)
_TIME: Final = regexes.compile(r"[0-9]{1,2}[:.u][0-9]{2}(?:u|uur)?|[0-9]{1,2}u(?:[0-9]{2})?")
_TOKEN: Final = regexes.compile(r"[^\W0-9_]+\.?|[0-9]+(?:[-/.:u][0-9]+)*(?:u|uur)?|[^\w\s]")
# "Behandelaar: KH", "door: JV", "auteur – fb"
# (searched from the separator back, which is far cheaper than an alternation at every word)
_FIELD_TAIL: Final = regexes.compile(r"[:–-][ \t]*([A-Za-z]{2,3})\b(?![.'-])")
_FIELD_HEAD: Final = regexes.compile(
    r"(?:^|\W)(?:behandelaar|auteur|door|medewerker|ingevoerd[ ]door|casushouder"
    r"|opgesteld[ ]door|notitie[ ]van|verslag)[ \t]*$"
)
# "(MdB)", "(fb)", "(notitie 26-3, NA)", "(weekenddienst, DK)": initials closing a bracket
_BRACKET: Final = regexes.compile(r"\((?:([^()\n]{0,30}?),[ \t]*)?([A-Za-z]{2,3})\)")
# "— NA", "- AvD" closing a line
_DASH_END: Final = regexes.compile(r"[ \t][–—-][ \t]*([A-Za-z]{2,3})[ \t]*$")
# "... vrijdag. – marjolein" closing a text: a first name signing it, in any case
_DASH_NAME_END: Final = regexes.compile(r"[.!?)][ \t]+[–—-][ \t]*([^\W0-9_]{2,20})[ \t]*$")
# "1. J.v.d.B., 12-01-1966", "M.E. (30-07-1983)": initials standing for a person whose
# date of birth follows
_INITIALS_DATE: Final = regexes.compile(
    r"([A-Z](?<![\w.][A-Z])\.(?:[a-z]{1,3}\.|[A-Z]\.){1,4})(?=,?[ \t]*\(?[ \t]*"
    r"(?:geb(?:oren|\.)?[ \t]*)?[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)?[0-9][0-9](?![0-9]))"
)


def _initials(token: str, lex: Lexicons, *, lower: bool = True) -> bool:
    """``token`` has the shape of a person's initials and is no abbreviation or word."""
    if token.upper() in _ABBREVIATIONS or token in _ABBREVIATIONS:
        return False
    if _MIXED.fullmatch(token) or _CAPS.fullmatch(token):
        return not lex.is_word(token.lower(), compounds=False) or token.isupper()
    if lower and _LOWER.fullmatch(token):
        return token not in _CONTACT and not lex.is_word(token, compounds=False)
    return False


def _journal_head(line: str, base: int, lex: Lexicons) -> list[tuple[int, int]]:
    """Initials in the head of a journal line: after its date, time and contact type."""
    toks = list(_TOKEN.finditer(line))
    if not toks:
        return []
    words = [t.group() for t in toks]

    def date_at(j: int) -> int:
        """Tokens of the date at ``j`` (0 if none): "26-4", "3 apr", "18 maart"."""
        if _DATE.fullmatch(words[j]):
            return 1
        if words[j].isdigit() and len(words[j]) <= 2 and j + 1 < len(words):
            return 2 if words[j + 1].lower().rstrip(".") in _MONTHS else 0
        return 0

    # the date: within the first three tokens, after opener words or the author
    k = 0
    while k < len(toks) and k < 3 and not date_at(k):
        word = words[k]
        if word.lower() not in _OPENERS and not (k == 0 and _initials(word, lex, lower=False)):
            return []
        k += 1
    if k >= len(toks) or not date_at(k):
        return []
    out = []
    if k == 1 and _initials(words[0], lex, lower=False):
        out.append((base + toks[0].start(), base + toks[0].end()))  # "KH 26-4: dhr ..."
    k += date_at(k)
    authors = 0
    for j in range(k, min(len(toks), k + 8)):
        word = words[j]
        bare = word.rstrip(".")
        if word in "|–—-/,:;()" or _TIME.fullmatch(word) or bare.lower() in _CONTACT:
            continue
        if _DATE.fullmatch(word):
            continue
        nxt = words[j + 1].lower().rstrip(".") if j + 1 < len(words) else ""
        # "dhr v.d. Berg" opens the entry's text; "ir hb" is an author before a contact type
        cue = bare.lower() in _CUE_WORDS and not bare.isupper() and nxt not in _CONTACT
        if authors == 0 and not cue and _initials(bare, lex):
            out.append((base + toks[j].start(), base + toks[j].start() + len(bare)))
            authors += 1
            continue
        break  # the entry's text begins
    return out


# Initials after a word that names who wrote, led or signed: "verslag SG", "(samenvatting
# door TS)", "Facilitator: CR", "gebundeld door MD", "door TS en KA", "teamleider: HB"
_AUTHOR_WORD: Final = regexes.compile(
    r"(?i:(?<![\w])(?:(?:verslag|notulen|samenvatting|aantekeningen|opgesteld|opgeschreven|"
    r"uitgewerkt|uitgetypt|gebundeld|samengesteld|ingevuld|gemaakt|geloot|weggehaald|verzameld)"
    r"(?:[ ]door)?|door|notulist|facilitators?|teamleider|trekkers?|moderator|voorzitter)"
    r"[ \t]*:?[ \t]+)"
    r"((?-i:[A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ][a-z]{1,2}[A-ZÀ-ÖØ-Þ]|[a-z]{2,3}))(?![\w'’@-]|\.\w)"
)
# more initials joined to the first: "door TS en KA", "pilotgroep: LV, KA, MdV"
_MORE_INITIALS: Final = regexes.compile(
    r"(?:[ ](?:en|&)[ ]|,[ ]?)([A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ][a-z]{1,2}[A-ZÀ-ÖØ-Þ])(?![\w'’@-]|\.\w)"
)


# the words _AUTHOR_WORD opens with, found by the cue index: the pattern would be tried at
# every letter of every text
_AUTHOR_CUES: Final = cues(
    "verslag",
    "notulen",
    "samenvatting",
    "aantekeningen",
    "opgesteld",
    "opgeschreven",
    "uitgewerkt",
    "uitgetypt",
    "gebundeld",
    "samengesteld",
    "ingevuld",
    "gemaakt",
    "geloot",
    "weggehaald",
    "verzameld",
    "door",
    "notulist",
    "facilitator",
    "teamleider",
    "trekker",
    "moderator",
    "voorzitter",
)


def _author_matches(text: str) -> list[re.Match[str]]:
    """``_AUTHOR_WORD.finditer(text)``, tried only where one of its words opens a word."""
    low = lowered(text)
    if len(low) != len(text):
        return list(_AUTHOR_WORD.finditer(text))
    starts = sorted(
        {
            i
            for _, found in present(low, _AUTHOR_CUES)
            for i in found
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")
        }
    )
    out = []
    end = 0
    for i in starts:
        if i < end:
            continue
        m = _AUTHOR_WORD.match(text, i)
        if m:
            out.append(m)
            end = m.end()
    return out


def _author_initials(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Initials named as a note's writer, leader or signer, and those joined to them."""
    out = []
    for m in _author_matches(text):
        word = m.group(1)
        if word in lex.orgs or not _initials(word, lex, lower=True):
            continue
        cue = text[m.start() : m.start(1)].strip().lower()
        if cue == "door" and len(word) == 3 and word.isupper():
            continue  # "gereinigd door HMS", "door RIS": a firm or a system does it
        if word.islower() and (
            not cue.endswith("door")
            or word in lex.lower_function
            or word in _NOT_LOWER_AUTHOR
            or word in TITLES
        ):
            continue  # "door de", "door mij", "stuurde door: dhr", "in het verslag aub"
        out.append(m.span(1))
        p = m.end()
        while not word.islower():
            more = _MORE_INITIALS.match(text, p)
            if more is None or more.group(1) in lex.orgs or not _initials(more.group(1), lex):
                break
            out.append(more.span(1))
            p = more.end()
    return out


_NOT_LOWER_AUTHOR: Final = frozenset(["wie", "hen", "jou", "mij", "ons", "hem", "haar", "u"])

# initials that open a line as its speaker: "MD: experts waren goed", "AK (SZW): ..."
_INITIALS_SPEAKER: Final = regexes.compile(
    r"([A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ][a-z]{1,2}[A-ZÀ-ÖØ-Þ])(?:[ ]\([^()\n]{1,20}\))?:[ ]"
)


def _speaker_initials(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Initials of three or more speakers opening lines (minutes of a talk between
    colleagues); one or two such labels may be roles ("VT: gemeld", "WC: ... / WT: ...")."""
    spans = [
        m.span(1)
        for m in line_matches(_INITIALS_SPEAKER, text)
        if m.group(1) not in lex.orgs and _initials(m.group(1), lex, lower=False)
    ]
    return spans if len({text[s:e] for s, e in spans}) >= 3 else []


# the writer's initials after a slash closing a note's line: "... niet van mij. /SG"
_SLASH_END: Final = regexes.compile(
    r"/[ ]?([A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ][a-z]{1,2}[A-ZÀ-ÖØ-Þ])[ \t]*$", re.MULTILINE
)


def _slash_sign_initials(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Initials after a slash that ends a line, right after a sentence ("... bellen. /SG").

    Why the sentence end before it: "Thema: LVB / GGZ" and "Parnassia / SWT" pair two
    abbreviations; a signature follows a finished sentence.
    """
    out = []
    for m in _SLASH_END.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if (
            before[-1:] in " \t"
            and before.rstrip()[-1:] in ".!?)'\""
            and _initials(m.group(1), lex, lower=False)
        ):
            out.append(m.span(1))
    return out


# The second initial of an _INITIALS_DATE match, one after its start.  Why: searched from
# the first of these (led by the dot, which the engine skips to in C), _INITIALS_DATE finds
# the same matches without trying every capital before it, and none where there is none.
_INITIALS_AT: Final = regexes.compile(r"\.(?<=[A-Z]\.)(?:[a-z]{1,3}|[A-Z])\.")

# a line that may be a journal head: at most two words, then a digit
# (matched at each line's start: "(?m)^" would be tried at every position of the text)
_HEADISH: Final = regexes.compile(r"[ \t]*(?:[A-Za-z]{1,10}\.?,?[ \t]+){0,2}[0-9]")


# two letters that sign a note after its last sentence, on the same line: "... volgende
# wk wo. yk", "niks spoed. Dank je! PJ", "bellen. -yk"; a reply word is no one's initials
_SIGN_OFF_END: Final = regexes.compile(r"[.!?)][ \t]+(?:[-–—][ \t]*)?([A-Za-z]{2})[ \t]*$")
_NOT_SIGN_OFFS: Final = frozenset(["ja", "ok", "gr", "xx", "nl", "nb", "ps", "hb", "wk", "eh"])
# one initial alone on the line after a message's last sentence, with a blank line or
# the end after it: the writer's sign-off ("...hoe het ging.\nP.\n\n-----Original")
# (the regex opens with a literal line break or space, so the engine skips to those at C
# speed; what precedes is checked after a match)
_MAIL_SIGN_INITIAL: Final = regexes.compile(r"[\n ]([A-Za-z]\.|[A-Z])[ \t]*(?=\n[ \t]*\n|\n?$)")
_THANKS_BEFORE: Final = ("\nDank!", "\nBedankt!", "\nThanks!", "\nGroet!")
_BLANK_LINE_AT: Final = regexes.compile(r"\n[ \t]*\n")


def _before_paragraph_ends(text: str) -> list[int]:
    """Where _MAIL_SIGN_INITIAL may match: two or three characters before the spaces that
    end a paragraph (a blank line after it, or the text's end).

    Why: the pattern opens with a space or a line break, which the engine would try at
    every space of the text; its initial ends a paragraph.
    """
    ends = [len(text)]
    if text.endswith("\n"):
        ends.append(len(text) - 1)
    i = text.find("\n")
    while i >= 0:
        if _BLANK_LINE_AT.match(text, i):
            ends.append(i)
        i = text.find("\n", i + 1)
    out = set()
    for e in ends:
        while e > 0 and text[e - 1] in " \t":
            e -= 1
        for q in (e - 3, e - 2):
            if q >= 0 and text[q] in "\n ":
                out.add(q)
    return sorted(out)


def _mail_sign_initials(text: str) -> list[tuple[int, int]]:
    out = []
    for m in matches_at(_MAIL_SIGN_INITIAL, text, _before_paragraph_ends(text)):
        i = m.start()
        if text[i] == "\n":
            if i and text[i - 1] in ".!?)":
                out.append(m.span(1))
        elif text.endswith(_THANKS_BEFORE, max(0, i - 10), i):
            out.append(m.span(1))  # "Dank! J."
    return out


def find_journal_initials(text: str, blocked: bytearray, lex: Lexicons) -> list[tuple[int, int]]:
    """(start, end) of professionals' initials in journal-shaped lines of ``text``."""
    found: list[tuple[int, int]] = []
    journal_lines: set[int] = set()  # start offsets of lines with a journal head or a date
    m: re.Match[str] | None
    for m in line_matches(_HEADISH, text):
        base = m.start()  # a line's start: the pattern is matched there
        end = text.find("\n", base)
        line = text[base : end if end >= 0 else len(text)]
        head = _journal_head(line, base, lex)
        found += head
        if head or _DATE.match(line.lstrip()):
            journal_lines.add(base)
    for m in _FIELD_TAIL.finditer(text):
        word = m.group(1)
        if (
            word.lower() not in _CUE_WORDS
            and _FIELD_HEAD.search(text[max(0, m.start() - 20) : m.start()].lower())
            and _initials(word, lex)
        ):
            found.append(m.span(1))
    for m in _BRACKET.finditer(text):
        word = m.group(2)
        line_start = text.rfind("\n", 0, m.start()) + 1
        after = text[m.end() : m.end() + 2]
        closing = after.strip() == "" and text[line_start : m.start()].rstrip()[-1:] in ".!?"
        inner = (m.group(1) or "").strip().lower()
        entry = inner in _CONTACT or bool(_DATE.search(inner))
        if (
            _MIXED.fullmatch(word) or line_start in journal_lines or closing or entry
        ) and _initials(word, lex):
            found.append(m.span(2))
    tail = text.rstrip()
    line_start = tail.rfind("\n") + 1
    last = tail[line_start:]
    word = last.strip().lstrip("–—-").strip()
    if (_MIXED.fullmatch(word) or _CAPS.fullmatch(word)) and _initials(word, lex, lower=False):
        s = line_start + last.index(word)
        found.append((s, s + len(word)))
    else:
        for start in journal_lines | {line_start}:
            end = text.find("\n", start)
            m = _DASH_END.search(text, start, end if end >= 0 else len(text))
            if m and _initials(m.group(1), lex, lower=False):
                found.append(m.span(1))
        # both open with the last of ".!?)" in the tail (nothing after their opening holds
        # one, and they end at the tail's end): matched there, not searched for everywhere
        p = max(tail.rfind("."), tail.rfind("!"), tail.rfind("?"), tail.rfind(")"))
        m = _DASH_NAME_END.match(tail, p) if p >= 0 else None
        if m and m.group(1).title() in lex.first_names:
            found.append(m.span(1))  # "... bellen vrijdag. – marjolein": a signed note
        m = _SIGN_OFF_END.match(tail, p) if p >= 0 else None
        if m and m.group(1).lower() not in _NOT_SIGN_OFFS and _initials(m.group(1), lex):
            found.append(m.span(1))  # "... afspr volgende wk wo. yk", "Dank je! PJ"
    if "/" in text:
        found += _slash_sign_initials(text, lex)
    found += _author_initials(text, lex)
    if text.count(":") >= 2 and "\n" in text:
        found += _speaker_initials(text, lex)
    if "\n" in text:
        found += _mail_sign_initials(text)  # "Dank! J." above a quoted mail or a disclaimer
    out = []
    dotted = _INITIALS_AT.search(text) if "." in text else None
    if dotted:
        for m in _INITIALS_DATE.finditer(text, dotted.start() - 1):
            s, e = m.span(1)
            while e > s and blocked[e - 1]:
                e -= 1  # "B." found already: the rest joins it ("J.v.d." + "B.")
            if e > s and not any(blocked[s:e]):
                out.append((s, e))
    for s, e in sorted(set(found)):
        if not any(blocked[s:e]):
            out.append((s, e))
    return sorted(set(out))
