"""Public entry points: find personal data in Dutch text and redact it.

Why one pass with priorities: structured data (e-mail, IBAN, BSN, phone, dates,
case numbers, addresses) is found first by validated patterns; organisation, place
and role phrases are then shielded; names are looked for only in what remains, so a
street or a service is never mistaken for a person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, count
from typing import Final

from . import regexes
from .creditor_tables import column_names, column_people
from .cue_index import any_present, cues, has, has_any, lowered, prepare
from .cue_numbers import UNIT_AFTER
from .journal_initials import find_journal_initials
from .lexicons import (
    HAGUE_AREAS,
    MONTHS,
    ORGS,
    PLACES_EXTRA,
    RELATIONS,
    ROLES,
    TITLES,
    Lexicons,
    lexicons,
)
from .line_wraps import is_wrapped, merge_wrapped
from .lower_names import extend_lower_names
from .name_abbreviations import initials_for_people
from .patterns import NOT_REFERENCE_CODES, STREET_WORD_AT_END, elfproef, find_structured
from .person_model import PersonModel, join_name_parts, joined_by_particles, person_model
from .persons import (
    NAME_FIELD_LABEL,
    ORG_HEADS,
    business_tail,
    find_persons,
    propagate_names,
    shop_head,
    veto_non_names,
)
from .shouted import has_shouted_lines, unshout
from .spoken_numbers import mod_97
from .spoken_reading import BANK_CODES, Reading, spoken_reading

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    "AAM",
    "aam",
    "kade",
    "laan",
    "plein",
    "straat",
    "weg",
)

PLACEHOLDERS: dict[str, str] = {
    "person": "[naam]",
    "bsn": "[bsn]",
    "phone": "[telefoon]",
    "email": "[e-mail]",
    "iban": "[iban]",
    "postcode": "[postcode]",
    "address": "[adres]",
    "date": "[datum]",
    "dossier": "[dossiernummer]",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: text[start:end] has the given label."""

    start: int
    end: int
    label: str
    text: str


_PTOK: Final = regexes.compile(r"[^\W_]+|[^\w\s]")
# _PTOK as one group: split gives [gap, token, gap, ..., token, gap].  (Why "(?=\S)": every
# token opens so, and it gives the engine a set of opening characters to skip to; without
# it the engine tries both alternatives at every space, a tenth slower.)
_PTOK_SPLIT: Final = regexes.compile(f"(?=\\S)({_PTOK.pattern})")


@cache
def _protected_index() -> dict[str, list[tuple[int, list[str], tuple[bool, ...]]]]:
    """Phrases that must stay readable, indexed by first token, longest first.

    Each phrase as (number of tokens, the tokens after the first, whether a space stands
    before each of them).  Why tokens rather than one big regex: a regex alternation of
    ~1,000 phrases costs a quarter of a second to compile and scans every character
    position.
    """
    phrases = set(ORGS) | set(HAGUE_AREAS) | set(PLACES_EXTRA) | set(ROLES)
    # towns on a river as addresses shorten them: "Capelle a/d IJssel", "Alphen a/d Rijn"
    for place in lexicons().places:
        for long in (" aan den ", " aan de ", " aan het "):
            if long in place:
                phrases |= {place.replace(long, " a/d "), place.replace(long, " a.d. ")}
    index: dict[str, list[tuple[tuple[str, bool], ...]]] = {}
    for p in phrases:
        toks = []
        prev_end = 0
        for m in _PTOK.finditer(p):
            toks.append((m.group(), m.start() > prev_end))
            prev_end = m.end()
        index.setdefault(toks[0][0], []).append(tuple(toks))
    for lst in index.values():
        lst.sort(key=len, reverse=True)
    return {
        first: [(len(ph), [w for w, _ in ph[1:]], tuple(sp for _, sp in ph[1:])) for ph in lst]
        for first, lst in index.items()
    }


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of organisation, place and role phrases in text."""
    index = _protected_index()
    # Why split, a membership map and compress: they run in C, and only tokens that open
    # a phrase need a look; token k is pieces[2k + 1], the gap before it pieces[2k].
    pieces = _PTOK_SPLIT.split(text)
    words = pieces[1::2]
    cands_at = list(compress(count(), map(index.__contains__, words)))
    out: list[tuple[int, int]] = []
    if not cands_at:
        return out
    bounds = list(accumulate(map(len, pieces)))  # token k spans bounds[2k]:bounds[2k + 1]
    n = len(words)
    nxt = 0  # first token not swallowed by a phrase found before
    for i in cands_at:
        if i < nxt:
            continue
        s = bounds[2 * i]
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "-_"):
            for k, rest, spacing in index[words[i]]:
                if i + k > n or words[i + 1 : i + k] != rest:
                    continue
                ok = True
                for j, spaced in enumerate(spacing, i + 1):
                    gap = pieces[2 * j]
                    if gap != "" if not spaced else (not gap or not gap.isspace()):
                        ok = False
                        break
                if not ok:
                    continue
                e = bounds[2 * (i + k - 1) + 1]
                if e < len(text) and (text[e].isalnum() or text[e] in "-_"):
                    continue
                out.append((s, e))
                nxt = i + k
                break
    return out


@cache
def _place_phrases() -> frozenset[str]:
    return frozenset(HAGUE_AREAS | PLACES_EXTRA)


def _select(cands: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Keep the best non-overlapping candidates: higher priority, then longer.

    Why case numbers first by length: a shape rule reads "TSL 24/118" where the cue rule
    reads the whole "TSL 24/118 339"; the longer reading of one identifier wins.
    """
    ids = [c for c in cands if c[2] == "dossier"]
    if len(ids) > 1:
        cands = [
            c
            for c in cands
            if c[2] != "dossier"
            or not any(d[0] <= c[0] and c[1] <= d[1] and d[1] - d[0] > c[1] - c[0] for d in ids)
        ]
    cands.sort(key=lambda c: (-c[3], -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    occupied = bytearray()
    for s, e, label, _ in cands:
        if e > len(occupied):
            occupied.extend(b"\0" * (e - len(occupied)))
        if occupied.find(1, s, e) >= 0:  # any(occupied[s:e]): the bytes are 0 or 1
            continue
        occupied[s:e] = b"\1" * (e - s)
        taken.append((s, e, label))
    return taken


# What may stand between an organisation and its service line: "Veilig Thuis 0800-2000",
# "Veilig Thuis (0800-2000)", "de Kindertelefoon: 0800-0432", "Juridisch Loket via 0900-8020".
_SERVICE_GAP: Final = regexes.compile(
    r"[ \t]*(?:[:(–-][ \t]*)?"
    # "Veilig Thuis is 24/7 bereikbaar op 0800-2000", "het nummer van Veilig Thuis is ..."
    r"(?:(?:is|zijn)[ \t]+(?:(?:24/7|altijd|dag[ \t]+en[ \t]+nacht|gratis)[ \t]+)?"
    r"(?:(?:bereikbaar|te[ \t]+bereiken)[ \t]+)?)?"
    r"(?:(?:op|via|tel\.?|telefoon|nummer)[ \t:]+)?",
    re.IGNORECASE,
)


# A public line told by the words before it: "anoniem advies kan altijd via 0800-2000",
# "de gratis hulplijn 0800-0113".
_HELPLINE_BEFORE: Final = regexes.compile(
    r"(?i)(?<![\w])(?:anoniem|anonieme|gratis|hulplijn|advieslijn|informatielijn|infolijn|"
    r"meldlijn|crisislijn|landelijke)(?![\w])[^.\n]{0,30}$"
)


# A number called general right after it: "0900-8844 (algemeen nr)", "0800-1234, centrale lijn".
_GENERAL_LINE_AFTER: Final = regexes.compile(
    r"(?i)[ \t]*[(,–-]?[ \t]*(?:het[ \t]+)?(?:algemeen|algemene|centrale|hoofdnummer|servicenummer"
    # "0800-2000 (gratis, 24/7)", "0900-8020 (lokaal tarief)": a public line's terms
    r"|gratis|lokaal[ \t]+tarief|24/7|dag[ \t]+en[ \t]+nacht)"
)


# A number of eight or nine digits (grouped as a BSN may be)
_NINE_DIGITS: Final = regexes.compile(
    r"[0-9](?<![\w.,/+-][0-9])(?:[0-9]{7,8}|[0-9]{2}[ .][0-9]{3}[ .][0-9]{3})(?![\w]|[.,/-][0-9])"
)
# What says one number corrects another: "moet 561 266 669 zijn, niet 561 266 696",
# "oud (fout): 46411452 – nieuw: 464114524"
_CORRECTION: Final = regexes.compile(
    r"(?i)(?<![\w])(?:niet|fout|oud|oude|nieuw|nieuwe|i\.?p\.?v\.?|in plaats van|was|verkeerd|correct|juist|goed)(?![\w])"
)


def _corrected_citizen_numbers(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` and the mistyped citizen number that a BSN found corrects (or is corrected
    by): the wrong one is someone's number as well, just typed wrongly."""
    out = list(spans)
    for s, e, label in spans:
        if label != "bsn":
            continue
        lo, hi = max(0, s - 60), min(len(text), e + 60)
        for m in _NINE_DIGITS.finditer(text, lo, hi):
            a, b = m.span()
            if any(x < b and a < y for x, y, _ in out):
                continue
            between = text[b:s] if b <= s else text[e:a]
            if (
                "\n" not in between
                and len(between) <= 40
                and _CORRECTION.search(between + " " + text[max(lo, min(a, s) - 20) : min(a, s)])
            ):
                out.append((a, b, "bsn"))
    return sorted(out) if len(out) > len(spans) else spans


# Between an organisation's name and its number on a contact list's line: words of the
# service ("centrale toegang", "inloop", "(landelijk)") and a separator, no digit
_ORG_LINE_GAP: Final = regexes.compile(
    r"(?:[ \t]*\((?:landelijk|gratis|24/7|24[ ]uur|[A-Z][\w ]{1,24})\))?"
    r"(?:,?[ \t]+(?:centrale|centraal|algemeen|inloop|toegang|aanmelding|aanmelden|spoed"
    r"|informatie|info|bereikbaarheid|hoofdkantoor|secretariaat|receptie|balie|telefoon"
    r"|nummer|lijn|(?:alle[ ])?locaties)){0,3}"
    r"[ \t]*(?:[:|]|\.{3,}|[–—-]|,)[ \t.]*"
)
# After a number: the terms of a general line ("070 - 820 88 88 (centrale)", "(24/7)")
_GENERAL_TERMS_AFTER: Final = regexes.compile(
    r"(?i)[ \t]*\((?:centrale|algemeen|alg\.|24/7|24[ ]uur|dag[ ]en[ ]nacht|landelijk|gratis"
    r"|hoofdnummer)(?![^)\n]*[0-9]{3})"
)
# The name a contact list's line opens with: capitalised words ("Geldloket Escamp",
# "Humanitas Thuisadministratie", "Brijder Den Haag, inloop")
_SERVICE_LINE_HEAD: Final = regexes.compile(
    r"[ \t]*(?:[-•*][ \t]*)?[A-Z0-9][\w&'’.-]*(?:[ ](?:[A-Z0-9][\w&'’.-]*|de|het|van|voor|en|&)){0,5}"
)
# Words of a line's head that make its number a person's: relations, roles, titles
_PERSON_HEAD_WORDS: Final = frozenset(
    {w.lower() for w in RELATIONS}
    | {w.lower().rstrip(".") for w in TITLES}
    | {w.lower() for w in ROLES}
    | {"mobiel", "privé", "prive", "thuis", "direct", "eigen", "wijkagent", "contactpersoon"}
    | {"telefoon", "tel", "telefoonnummer", "nummer", "nr", "gsm", "fax", "werktelefoon"}
    | {"terugbellijn", "contact", "t", "m", "naam", "adres", "consulent", "woonconsulent"}
    | {"whatsapp", "signal", "telegram", "app", "sms"}
)


def _contact_line_number_at(text: str, start: int, end: int) -> int:
    """Where the number stands on the line text[start:end] when the line opens with a
    service's name, then "|" or dot leaders ("Geldloket Escamp | 070 ...", "Kessler
    Stichting centrale toegang ...... 070 ..."), and no word that makes it a person's
    ("Buurvrouw: 070 ...", "Huisarts dr. Ali | 070 ..."); else -1."""
    m = _SERVICE_LINE_HEAD.match(text, start, end)
    if not m:
        return -1
    g = _ORG_LINE_GAP.match(text, m.end(), end)
    if (
        g is None
        or not ("|" in g.group() or "..." in g.group())
        or _PERSON_HEAD_WORDS.intersection(_WORD.findall(m.group().lower()))
    ):
        return -1
    return g.end()


def _count_contact_lines(text: str) -> int:
    """How many lines of a contact table or list open with a service's name, "|" or dot
    leaders and a landline number."""
    n = 0
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        p = _contact_line_number_at(text, start, end)
        if p >= 0 and text.startswith(("0", "+31"), p):
            n += 1
        start = end + 1
    return n


_OWN_LINE_START: Final = ("06", "+316", "+31 6", "00316", "0031 6")


def _drop_organisation_lines(
    text: str, spans: list[tuple[int, int, str]], protected: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Leave out the landline numbers a contact list gives to an organisation itself.

    Why: "Geldloket Escamp | 070 - 205 10 20 | Nicole Vos | 06 ...", "Jeugdformaat: 070 -
    820 88 88 (centrale)", "Kessler Stichting centrale toegang ...... 070 - 311 41 00":
    the number right after the organisation's name on its line, or one called central
    or 24/7, is the organisation's general line and identifies nobody.  A mobile number
    or a number after a person's name stays someone's.
    """
    kind = lexicons().gazetteer.kind
    org_ends = {e for s, e in protected if text[s:e] in ORGS or kind.get(text[s:e]) == "org"}
    people = [(s, e) for s, e, label in spans if label == "person"]
    general: set[int] = set()
    listed: list[int] = []  # lines "Name of a service <gap> landline": a contact list's
    for s, e, label in spans:
        if label != "phone" or text.startswith(_OWN_LINE_START, s):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        if any(line_start <= a < s for a, _ in people):
            continue  # "Parnassia, Jan de Vries: 070 ...": a person's line
        if text[s] == "+" and not text.startswith("+31", s):
            continue  # a number abroad: someone's own ("via WhatsApp: +48 601 ...")
        own = _PERSON_HEAD_WORDS.intersection(_WORD.findall(text[line_start:s].lower()))
        if _GENERAL_TERMS_AFTER.match(text, e) or (
            not own
            and any(
                line_start <= end <= s
                and _ORG_LINE_GAP.fullmatch(text, end, s)
                and (":" in text[end:s] or "..." in text[end:s])  # "Fier: ...", "Brijder ...."
                for end in org_ends
            )
        ):
            general.add(s)
            continue
        if _contact_line_number_at(text, line_start, s) == s:
            listed.append(s)
    if listed and (len(listed) >= 2 or _count_contact_lines(text) >= 2):
        general.update(listed)
    if not general:
        return spans
    return [sp for sp in spans if sp[2] != "phone" or sp[0] not in general]


def _drop_service_lines(
    text: str, spans: list[tuple[int, int, str]], protected: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Leave out the 0800 and 0900 numbers that follow an organisation's name.

    Why: free and paid information lines (0800-2000 of Veilig Thuis) belong to the
    organisation, not to a person, and help a reader; other numbers, also an
    organisation's 088 line, stay phones since they may be a worker's direct line.  A line
    called free, anonymous or a helpline is public as well.
    """
    org_ends = {e for s, e in protected if text[s:e] in ORGS}
    out = []
    for s, e, label in spans:
        if label == "phone" and text[s : s + 3] in ("080", "090"):
            gap_start = max(0, s - 45)
            if any(
                gap_start <= end <= s and _SERVICE_GAP.fullmatch(text, end, s) for end in org_ends
            ) or _HELPLINE_BEFORE.search(text, max(0, s - 50), s):
                continue
            if _GENERAL_LINE_AFTER.match(text, e):
                continue  # "0900-8844 (algemeen nr, ...)": the line of the whole organisation
        out.append((s, e, label))
    return out


_CONFERENCE_ID_BEFORE: Final = regexes.compile(
    r"(?i:conferenti?e[- ]?id|conference[ ]id|vergader(?:ings)?-?id|meeting[ ]id|pin)[ \t]*:?[ \t]*$"
)


def _drop_dial_in(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Leave out the id of an online meeting ("Conferentie-id: 730 155 298#").

    Why: an invitation gives the id to type on a phone's keypad after dialling in (hence
    the "#"); a meeting's id is no citizen's or client's number, even where it happens to
    pass the 11-check.  (The dial-in line itself stays a phone, as any landline does.)
    """
    out = []
    for s, e, label in spans:
        if (
            label in ("bsn", "dossier", "phone")
            and text[e : e + 1] == "#"
            and _CONFERENCE_ID_BEFORE.search(text, max(0, s - 40), s)
        ):
            continue
        out.append((s, e, label))
    return out


# Characters outside ASCII, in runs: where a digit of another script may stand.
_NON_ASCII: Final = regexes.compile(r"[^\x00-\x7f]+")


def ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of another script ("٣", "３") as its ASCII digit.

    Why: the rules write a digit as ``[0-9]``, one table look-up in the regex engine,
    where ``\\d`` asks Unicode about every character it meets; read this way, every
    digit is still a digit to them.  One character for one, so every offset stays.
    """
    digits = {c for m in _NON_ASCII.finditer(text) for c in m.group() if c.isdecimal()}
    if not digits:
        return text
    return text.translate({ord(c): str(unicodedata.decimal(c)) for c in digits})


# A run of digit groups with a letter O or I typed for a 0 or a 1 ("o6 45 93 11 28",
# "O6I2345O91", "82145036O"): at least six real digits, over twice the letters, each
# letter glued to a digit.
_LETTER_DIGIT_RUN: Final = regexes.compile(
    r"(?<![\w])[0-9OoI](?:[ ][-–][ ]|[ .-])?(?:[0-9OoI](?:[ .-]?|[ ][-–][ ])){6,}[0-9OoI](?![\w])"
)
_AS_DIGITS: Final = str.maketrans("OoI", "001")
# the quick test before it: a digit and an O or I side by side, as every letter it reads
# as a digit stands; read from the text's cue index, which the finder builds anyway
_LETTER_DIGIT_GLUE: Final = cues(
    *[d + c for d in "0123456789" for c in "OoI"], *[c + d for d in "0123456789" for c in "OoI"]
)


def letter_digits(text: str) -> str:
    """``text`` with the O's and I's typed for digits inside a number read as 0 and 1.

    One character for one, so every offset stays (see ascii_digits)."""
    out = None
    for m in _LETTER_DIGIT_RUN.finditer(text):
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        letters = [k for k, c in enumerate(run) if c in "OoI"]
        glued = all(
            (k > 0 and run[k - 1].isdigit()) or (k + 1 < len(run) and run[k + 1].isdigit())
            for k in letters
        )  # "o6", "5O9": typed for a digit; "R I O 6091" spells a bank's code
        if digits >= 6 and 1 <= len(letters) <= 3 and 2 * len(letters) < digits and glued:
            if out is None:
                out = list(text)
            out[m.start() : m.end()] = run.translate(_AS_DIGITS)
    return text if out is None else "".join(out)


def find_personal_data(text: str) -> list[Finding]:
    """Return the personal data in ``text``, sorted and non-overlapping."""
    if not text:
        return []
    read = text if text.isascii() else ascii_digits(text)
    if any_present(read, _LETTER_DIGIT_GLUE):
        read = letter_digits(read)
    spans = _find(read)
    if has_shouted_lines(read):
        spans = _read_shouted(read, spans)
    if any_present(read, _DICTATED_WORDS) and _DICTATED_MARK.search(read):
        spans = _read_dictated(read, spans)
    if is_wrapped(read):
        spans = merge_wrapped(read, spans, _find)
    if "_" in read and "." in read:
        spans = _read_file_names(read, spans)
    if "_" in read:
        spans = _with_initial_after(read, spans)
    if ". & " in read or ". en " in read:
        spans = _with_joined_initials(read, spans)
    if ")" in read:
        spans = _with_numbers_after_names(read, spans)
    if not read.isascii() and _OTHER_SCRIPT.search(read):
        spans = _with_other_script_names(read, spans)
    if "\\" in read or "/" in read:
        spans = _with_user_folders(read, spans)
    return [Finding(s, e, label, text[s:e]) for s, e, label in spans]


def _overlaps_any(spans: list[tuple[int, int, str]], s: int, e: int) -> bool:
    """Whether text[s:e] overlaps one of ``spans``."""
    return any(a < e and s < b for a, b, _ in spans)


# A number of five to eight digits in brackets right after a name: "Savitri Ramautar
# (884210)", "tolk M. Noori (19045)": the person's client or registration number
_NUMBER_AFTER_NAME: Final = regexes.compile(r"[ ]?\((?!(?:19|20)[0-9]{2}\))([0-9]{5,8})\)")


def _with_numbers_after_names(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` and the number a text puts in brackets right after someone's name."""
    extra = []
    for _s, e, label in spans:
        if (
            label == "person"
            and text[e : e + 1] in (" ", "(")
            and (m := _NUMBER_AFTER_NAME.match(text, e))
            and not _overlaps_any(spans, m.start(1), m.end(1))
        ):
            extra.append((m.start(1), m.end(1), "dossier"))
    return sorted(spans + extra) if extra else spans


# Words in a script other than Latin: Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic
# (with Persian and Urdu letters) and Ethiopic.
_SCRIPT_CHARS: Final = (
    "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u10a0-\u10ff\u1200-\u137f"
)
_OTHER_SCRIPT: Final = regexes.compile(f"[{_SCRIPT_CHARS}]")
# A run of one to four such words, in brackets or after a slash right after a name:
# "Yordan Petkov (Йордан Петков)", "Zainab Al-Saadi / زينب الساعدي"
_SCRIPT_NAME_AFTER: Final = regexes.compile(
    f"[ ]?(?:\\([ ]?|/[ ])([{_SCRIPT_CHARS}]+(?:[-' ][{_SCRIPT_CHARS}]+){{0,3}})(?=[ ]?\\)|[ \t]*(?:\n|$))"
)
# Two or three capitalised Cyrillic words alone on a line: a name signing a message
_CYRILLIC_SIGNATURE: Final = regexes.compile(
    r"(?m)^[ \t]*([\u0400-\u042f][\u0430-\u045f]+(?:[ ][\u0400-\u042f][\u0430-\u045f]+){1,2})[ \t]*$"
)


def _with_other_script_names(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` and a person's name written again in their own script.

    Why: a client's name is often given twice, as in the passport and as transliterated
    ("Olena Kovalchuk (Ковальчук Олена)"); the second way names them as surely.  Found
    right after a name, in brackets or after a slash, and as a Cyrillic signature line.
    """
    extra = []
    for _s, e, label in spans:
        if label == "person":
            m = _SCRIPT_NAME_AFTER.match(text, e)
            if m:
                extra.append((m.start(1), m.end(1), "person"))
    if _CYRILLIC_SIGNATURE.search(text):
        extra += [(m.start(1), m.end(1), "person") for m in _CYRILLIC_SIGNATURE.finditer(text)]
    extra = [x for x in extra if not _overlaps_any(spans, x[0], x[1])]
    return sorted(set(spans + extra)) if extra else spans


# an initial joined by "&" or "en" to another one before a surname: "A. & M. Kowalczyk"
_JOINED_INITIAL: Final = regexes.compile(r"(?<![\w.])([A-ZÀ-Þ]\.)[ ](?:&|en)[ ]$")


def _with_joined_initials(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` and the first initial of two that share a surname ("A. & M. Kowalczyk":
    a brother and a sister, both named)."""
    extra = []
    for s, _e, label in spans:
        if label == "person" and s >= 7 and text[s + 1 : s + 2] == "." and text[s].isupper():
            m = _JOINED_INITIAL.search(text, s - 7, s)
            if m and not _overlaps_any(spans, m.start(1), m.end(1)):
                extra.append((m.start(1), m.end(1), "person"))
    return sorted(spans + extra) if extra else spans


# an initial after a surname in a file's or folder's name: "Nieuwenhuis_H_v2", "Winter_M/"
_INITIAL_AFTER: Final = regexes.compile(r"_[A-ZÀ-Þ](?![^\W_])")


def _with_initial_after(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name in a file's or folder's name with the initial glued after it by "_"."""
    out = []
    for k, (s, e, label) in enumerate(spans):
        if (
            label == "person"
            and text[e : e + 1] == "_"
            and _INITIAL_AFTER.match(text, e)
            and (k + 1 == len(spans) or spans[k + 1][0] >= e + 2)
        ):
            e += 2
        out.append((s, e, label))
    return out


# The login of a computer's user, in the path of a home folder or a personal OneDrive site:
# "C:\Users\mvdberg\Downloads", "/home/jdevries/", ".../personal/l_vos_denhaag_nl/..."
_USER_FOLDER: Final = regexes.compile(
    r"(?i:[A-Z]:\\(?:users|gebruikers)\\|/(?:users|home)/)([A-Za-z][\w.-]{1,30})(?=[\\/])"
    r"|/personal/([a-z][a-z0-9.]*_[a-z0-9]+)_[a-z0-9-]+_[a-z]{2,3}(?=/)"
)
_NOT_USERS: Final = frozenset(
    ["public", "default", "shared", "admin", "administrator", "all users"]
)


def _with_user_folders(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` and the user names in paths of home folders and personal sites.

    Why: a path copied from a colleague's computer or a OneDrive link holds that person's
    login, mostly their initials and surname ("mvdberg", "l_vos").
    """
    extra = []
    for m in _USER_FOLDER.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        if text[s:e].lower() in _NOT_USERS or _overlaps_any(spans, s, e):
            continue
        extra.append((s, e, "person"))
    return sorted(spans + extra) if extra else spans


# A file's name with an underscore in it: "medicatieoverzicht_Aarab_020524.pdf"
_FILE_NAME: Final = regexes.compile(
    r"(?i)(?<![\w./-])[\w().-]*_[\w().-]*\.(?:pdf|docx?|xlsx?|odt|ods|rtf|txt|csv|zip|jpe?g"
    r"|png|heic|tiff?|msg|eml)(?![\w])"
)
# A name a camera or phone gives a file: its digits say when it was made, of nobody
# ("IMG_20240312_091544.jpg", "Screenshot_20240301-101500.png").
_DEVICE_FILE: Final = regexes.compile(
    r"(?i)(?:img|vid|pxl|dsc|dcim|screenshot|schermafbeelding|whatsapp[ _]image|signal)[_ -]"
)
# Six or eight digits between a file name's underscores, dots or dashes: a date written
# compact ("020524", "01122024", "20240312") when day and month can be one.
_COMPACT_DATE: Final = regexes.compile(r"(?<![^_.-])[0-9]{6}(?:[0-9]{2})?(?![^_.-])")
# Initials with a particle as a part of a file name ("plan_JvdM.pdf", "verslag_HvdB_v2.docx")
_FILE_NAME_INITIALS: Final = regexes.compile(
    r"(?<![\w-])[A-ZÀ-Þ](?:v|vd|vdr|d|t|te)[A-ZÀ-Þ](?=[ .-])"
)


def _compact_date(digits: str) -> bool:
    """Whether ``digits`` read as ddmmyy, ddmmyyyy or yyyymmdd give a day of the year."""

    def day_month(d: str, m: str) -> bool:
        return 1 <= int(d) <= 31 and 1 <= int(m) <= 12

    if len(digits) == 6:
        return day_month(digits[:2], digits[2:4])
    if digits[4:6] in ("19", "20"):
        return day_month(digits[:2], digits[2:4])
    return digits[:2] in ("19", "20") and day_month(digits[6:], digits[4:6])


def _read_file_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` and what the names of files hold between their underscores.

    Why: an attachment's name often holds the client's name, a date or a case number
    ("veiligheidsplan_VT-HGL-24-03381.pdf", "fotos_woning_2024-03-12.zip"), and to the
    rules an underscore glues them to the words around them.  The file names are read with
    spaces for the underscores (the same length, so the offsets stay); what is found inside
    them there and not already is added.  A camera's or phone's own file names are left as
    they are: their digits say when a picture was taken.
    """
    names = [m.span() for m in _FILE_NAME.finditer(text) if not _DEVICE_FILE.match(m.group())]
    if not names:
        return spans
    chars = list(text)
    for s, e in names:
        for i in range(s, e):
            if chars[i] == "_":
                chars[i] = " "
    read = "".join(chars)
    extra = [sp for sp in _find(read) if any(s <= sp[0] and sp[1] <= e for s, e in names)]
    for s, e in names:
        extra += [
            (m.start(), m.end(), "date")
            for m in _COMPACT_DATE.finditer(text, s, e)
            if _compact_date(m.group())
        ]
        extra += [
            (m.start(), m.end(), "person")  # "Signaleringsplan_JvdM.pdf": someone's initials
            for m in _FILE_NAME_INITIALS.finditer(read, s, e)
        ]
    # Inside a name the reading wins: as written, "Elif_03-09-2024" is one word to the rules
    out = [
        sp
        for sp in spans
        if not any(s <= sp[0] and sp[1] <= e for s, e in names)
        or not any(x[0] < sp[1] and sp[0] < x[1] for x in extra)
    ]
    extra = [
        (a, b - 1, label)
        if text[b - 1] == "." and any(a < b - 1 and b <= e for _, e in names)
        else (a, b, label)
        for a, b, label in extra
    ]  # "Verslag_Yilmaz_E.pdf": the dot opens the file's extension
    lex = lexicons()
    extra = [
        sp
        for sp in extra
        if not (
            sp[2] == "person"
            and sp[1] - sp[0] > 2
            and text[sp[0] : sp[1]].isalpha()
            and text[sp[0] : sp[1]] not in lex.first_names
            and text[sp[0] : sp[1]] not in lex.surnames
            and lex.is_word(text[sp[0] : sp[1]].lower(), compounds=False)
        )
    ]  # "Scan_980644276_ID-bewijs.pdf": each word opens a sentence to the rules
    for sp in sorted(extra):
        if not _overlaps_any(out, sp[0], sp[1]):
            out.append(sp)
    merged: list[tuple[int, int, str]] = []
    for sp in sorted(out):
        if merged and sp[2] == merged[-1][2] == "person" and text[merged[-1][1] : sp[0]] == "_":
            merged[-1] = (merged[-1][0], sp[1], "person")  # "S_Rahimi": one name
        else:
            merged.append(sp)
    return merged


# Punctuation said as a word in a dictation, before what opens the next sentence or line:
# "... punt Doorverwijzen naar ...", "nieuwe regel Geboortedatum dubbele punt ...".
# Why "p(?<!\w.)unt" for "\bpunt": a pattern that opens with letters is searched for them
# in C; one that opens with "\b" is tried at every position.
_DICTATED_MARK: Final = regexes.compile(
    r"(?:p(?<!\w.)unt|k(?<!\w.)omma|n(?<!\w.)ieuwe[ ]regel|d(?<!\w.)ubbele[ ]punt"
    r"|v(?<!\w.)raagteken|u(?<!\w.)itroepteken)"
    r"(?=[ ]+[A-ZÀ-Þ])"
)
# the words _DICTATED_MARK opens with, from the cue index: most texts hold none
_DICTATED_WORDS: Final = cues("punt", "komma", "nieuwe regel", "vraagteken", "uitroepteken")
_SAID_MARKS: Final = {
    "punt": ".",
    "komma": ",",
    "nieuwe regel": "\n",
    "dubbele punt": ":",
    "vraagteken": "?",
    "uitroepteken": "!",
}


def _read_dictated(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names in a dictation whose punctuation was said as words, read with the marks typed.

    Why: "punt Doorverwijzen naar het taalhuis" makes every sentence opener a capitalised
    word in mid-sentence, which the rules take for a name.  The marks are replaced by
    punctuation and spaces of the same length (offsets stay), and the names found in that
    copy replace those found in the text as written; the other data are kept as found.
    """
    read = _DICTATED_MARK.sub(lambda m: _SAID_MARKS[m.group().lower()].ljust(len(m.group())), text)
    if read == text:
        return spans
    return _with_names_of(read, spans)


def _with_names_of(read: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with their names replaced by those found in ``read``, a copy of the same
    text with the same offsets; the other data stay as found in the text as written."""
    kept = [sp for sp in spans if sp[2] != "person"]
    for sp in _find(read):
        if sp[2] == "person" and not any(s < sp[1] and sp[0] < e for s, e, _ in kept):
            kept.append(sp)
    return sorted(kept)


def _read_shouted(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names in lines written in capitals, read from the same text in sentence case.

    Why: in capitals every word looks like a name; in sentence case the person rules work
    as on any note.  Structured data (dates, addresses, numbers) is read from the text as
    written, where "LANGE BEESTENMARKT 5 BIS" is still a street.
    """
    read = unshout(text, lexicons())
    if read == text:
        return spans
    return _with_names_of(read, spans)


# A field whose value is a person's name, whatever else the value names ("Achternaam: De
# Hoop", "Roepnaam: Florence"): an organisation's or place's name there is the person's.
# Not a bare "Naam:", which also heads an organisation's block in a referral form.
_NAME_FIELD: Final = regexes.compile(rf"(?im)^[ \t]*{NAME_FIELD_LABEL}$")


def _not_name_values(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``protected`` without the phrases that fill a name field's line on their own."""
    out = []
    for s, e in protected:
        line_end = text.find("\n", e)
        rest = text[e:] if line_end < 0 else text[e:line_end]
        if (
            not rest.strip()
            and text.rfind(":", max(0, s - 30), s) >= 0
            and _NAME_FIELD.search(text, text.rfind("\n", 0, s) + 1, s)
        ):
            continue
        out.append((s, e))
    return out


# A street's name: a capitalised word on a street word ("Stationsweg", "Keizerstraat")
_STREET_NAME: Final = regexes.compile(rf"[A-ZÀ-Þ][\w'’-]*{STREET_WORD_AT_END}(?![\w])")
_FIRST_WORD: Final = regexes.compile(r"([A-ZÀ-Þ][\w'’-]*)[ ]+")


# A name field of an export or a configuration, its value in quotes: 'client.naam =
# "Abdi, Hassan"', '"achternaam": "Ofori"', "name: 'Leen Mulder'"
_QUOTED_NAME_FIELD: Final = regexes.compile(
    r"""(?i)(?<![\w])(?:\w+[._])?(?:voornaam|achternaam|roepnaam|geslachtsnaam|meisjesnaam"""
    r"""|familienaam|naam|name|first_?name|last_?name|full_?name)["']?[ \t]*[=:][ \t]*["“']"""
    r"""((?-i:[A-ZÀ-Þ])[^"”'\n0-9]{1,60}?)["”']"""
)


# ... or between the tags of an XML export: "<naam>Lindeboom, Harmke</naam>"
_XML_NAME_FIELD: Final = regexes.compile(
    r"(?i)<(?:\w+[._:])?(?:voornaam|achternaam|roepnaam|geslachtsnaam|meisjesnaam|familienaam"
    r"|naam|name|first_?name|last_?name|full_?name|given_?name|family_?name)>[ \t]*"
    r"((?-i:[A-ZÀ-Þ])[^<>\n0-9]{0,60}?)[ \t]*</"
)


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """The values of name fields in quotes (see _QUOTED_NAME_FIELD) or XML tags, not an
    organisation's."""
    orgs = lexicons().orgs
    out = [m.span(1) for m in _QUOTED_NAME_FIELD.finditer(text) if m.group(1) not in orgs]
    if "</" in text:
        out += [m.span(1) for m in _XML_NAME_FIELD.finditer(text) if m.group(1) not in orgs]
    return out


def _settle_edges(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with their edges settled against what stands right beside them.

    Why: without commas a place stands right against the next datum ("in Centrum
    Stationsweg 29-2", "Hans van de Zonnebloem voor Marieke"), and a name may be part of
    an organisation's ("de Fatih school"): the neighbourhood and the organisation must
    stay readable.  A user name's tail belongs to its name ("door lotte.k"), a web
    domain after a word makes it no name ("amara.org").
    """
    lex = lexicons()
    kind, surnames = lex.gazetteer.kind, lex.surnames
    date_ends = {e for _, e, label in spans if label == "date"}
    # Why these per-text tests: most texts hold no place field and no kind of firm, so
    # the look around each name is skipped
    low = lowered(text)
    place_fields = has_any(low, _PLACE_FIELD_WORDS)
    firms = [m.end() for m in _FIRM_WORD.finditer(low)] if _has_firm_word(low) else []
    out = []
    for s, e, label in spans:
        if (
            label == "person"
            and text[s - 1 : s] == "("
            and text[e : e + 1] == ")"
            and (s - 2 in date_ends or s - 1 in date_ends)
            and _TOWN_WORD.fullmatch(text, s, e)
            and _BIRTH_CUE.search(text, max(0, s - 30), s)
            and text[s:e] not in lex.first_names
        ):
            continue  # "geb. 01-03-1978 (Homs)": where someone was born, a town
        if label == "person" and text[s:e] in _STATE_WORDS:
            continue  # "Mw moe, hb 7,1": how she is, after the title
        if label == "person" and place_fields and _PLACE_FIELD.search(text, max(0, s - 24), s):
            continue  # "Geboorteplaats: HONG KONG", "(halte Vaartsche Rijn)": a place
        if label == "address":
            m = _FIRST_WORD.match(text, s, e)
            if (
                m
                and text.endswith("in ", 0, s)
                and m.group(1) in HAGUE_AREAS
                and _STREET_NAME.match(text, m.end(), e)
            ):
                s = m.end()  # "in Centrum Stationsweg 29-2": the street starts after the place
        elif label == "person" and (
            _in_org_name(text, s, e)
            or (firms and _after_firm_word(text, s, e, firms))
            # (again for the names found after _find's own look: "..., 9104 TX Dokkum")
            or _seat_of_service(text, s, e, lex)
        ):
            continue
        elif label == "person" and text[s:e] in _STREET_ADJECTIVES and _STREET_AFTER.match(text, e):
            continue  # "Lange Voorhout", "Oude Molstraat": a street's first word
        elif label == "person" and text[e : e + 1] in ("_", "."):
            if _WEB_TAIL.match(text, e):
                continue  # "amara.org", "Anna.nl": a web address
            handle = _HANDLE_TAIL.match(text, e)
            e = handle.end() if handle else e  # "door lotte.k", "tineke_r:": a user name
        elif (
            label == "person"
            and text.endswith(_PARTICLE_ENDS, 0, s)
            and (p := _surname_particles_before(text, s, e)) < s
        ):
            s = p  # "Gezin van den Berg", "Mevr. van der Veen": the whole surname
        elif (
            label == "person"
            and s > 4
            and text[s - 1] == " "
            and (m := _NICKNAME_WORD.search(text, max(0, s - 10), s))
            and text[s:e].split(" ", 1)[0].rstrip("'’\"”") in lexicons().first_names
            and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        ):
            s = m.start()  # "Rooie Kees", "Kleine Mo", "Dikke Dirk": a nickname, whole
        elif (
            label == "person"
            and text.endswith(_CAPITAL_PARTICLE_ENDS, 0, s)
            and (p := _capital_particles_before(text, s)) < s
        ):
            s = p  # "naar Van der Hoeven", "als Van der Zee, Geertruida": the whole surname
        elif (
            label == "person"
            and s >= 3
            and text[s - 3 : s].lower() in ("el ", "al-", "el-")
            and (s == 3 or not text[s - 4].isalnum())
        ):
            s -= 3  # "bij el amrani", "fam al-Khatib": the Arabic article is the name's
        elif (
            label == "person"
            and s > 2
            and text[s - 2] == "."
            and _LOOSE_INITIAL.match(text, s - 3, s)
            and (text[s - 3].isupper() or (text[s].islower() and text[s - 3] != "u"))
            and not _AFTER_NUMBER_OR_LETTER.search(text, max(0, s - 30), s - 3)
        ):
            s -= 3  # "over r. de wit", "mw t. de wit": the initial typed before a name
        elif label == "person" and " van " in text[s:e]:
            words = text[s:e].split(" ")
            for k in range(1, len(words) - 1):
                after = (
                    words[k + 2]
                    if words[k + 1] in ("de", "het") and k + 2 < len(words)
                    else words[k + 1]
                )
                if words[k] == "van" and (
                    _names_org(words[k + 1 :], kind, surnames)
                    or shop_head(after.lower())
                    or business_tail(words[-1], lexicons())
                ):
                    e = s + len(" ".join(words[:k]))  # "Hans van de Zonnebloem"
                    break
        out.append((s, e, label))
    return out


_WORD_AFTER: Final = regexes.compile(r"[ ]([A-Za-zÀ-ÿ]+)")
# a title or household word, then the particles of a surname right before it
_PARTICLES_AFTER_TITLE: Final = regexes.compile(
    r"(?<![\w.])([A-Za-z]+\.?)[ ]((?:van[ ](?:de|der|den)|van|de|der|den|ter|ten|te|in[ ]'t)[ ])$"
)
_PARTICLE_ENDS: Final = (" van ", " de ", " der ", " den ", " ter ", " ten ", " te ", " 't ")
_HOUSEHOLDS: Final = frozenset(["gezin", "familie", "fam", "echtpaar", "huishouden"])
_NEIGHBOURS: Final = frozenset(
    ["buurman", "buurvrouw", "buren", "huisarts", "huisbaas", "verhuurder"]
)
# after these a lone "van" may say whose ("het gezin van Sarita", "de buurman van Ilse")
_HOUSEHOLDS_AND_NEIGHBOURS: Final = _HOUSEHOLDS | _NEIGHBOURS
_HOUSEHOLD_TITLES: Final = (
    frozenset(w.lower().rstrip(".") for w in TITLES if w[:1].isalpha()) | _HOUSEHOLDS_AND_NEIGHBOURS
)


# how someone is, in lower case right after a title in a quick note ("mw moe", "dhr boos")
_STATE_WORDS: Final = frozenset(
    [
        "moe",
        "ziek",
        "boos",
        "blij",
        "bang",
        "verward",
        "somber",
        "rustig",
        "onrustig",
        "emotioneel",
        "verdrietig",
        "gespannen",
        "angstig",
        "wakker",
        "zwak",
        "afwezig",
        "suf",
        "kortaf",
        "opgewekt",
        "vermoeid",
    ]
)
# a field or word whose value is a place: "Geboorteplaats: ...", "Woonplaats: ...", "halte ..."
# (registered cues: read from the text's index, see has_any)
_PLACE_FIELD_WORDS: Final = cues(
    "plaats",
    "land",
    "nationaliteit",
    "halte",
    "station",
    "birth",
    "country",
)
_PLACE_FIELD: Final = regexes.compile(
    r"(?i:(?<![\w])(?:geboorteplaats|woonplaats|plaats|geboorteland|land[ ]van[ ]herkomst|"
    r"nationaliteit|vestigingsplaats|place[ ]of[ ]birth|birthplace|country)[ \t]*:[ \t]*"
    r"|(?<![\w])(?:halte|bushalte|tramhalte|station)[ ])$"
)
_TOWN_WORD: Final = regexes.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[- ][A-ZÀ-Þ][a-zà-ÿ]+)?")
_BIRTH_CUE: Final = regexes.compile(r"(?i:geb\.|geboren|geboortedatum|born)")


def _surname_particles_before(text: str, s: int, e: int) -> int:
    """Where a surname found at ``s`` starts with the particles before it, after a title
    or a household word ("Gezin van den Berg", "mw. de Boer"); else ``s``.  After a
    household word a lone "van" says whose: "het gezin van Sarita"."""
    if s < 5 or text[s - 1] != " " or not text[s].isupper():
        return s
    m = _PARTICLES_AFTER_TITLE.search(text, max(0, s - 30), s)
    if m is None:
        return s
    head = m.group(1).lower().rstrip(".")
    if head not in _HOUSEHOLD_TITLES:
        return s
    if m.group(2) == "van " and head in _HOUSEHOLDS_AND_NEIGHBOURS:
        first = text[s:e].split()[0]
        lex = lexicons()
        if first in lex.first_names or first not in lex.surnames:
            return s
    return m.start(2)


# A capitalised adjective before a name makes a street nickname of it: "Rooie Kees",
# "Kleine Mo", "Dikke Dirk", "Rasta Ronnie"
_NICKNAME_WORD: Final = regexes.compile(
    r"(?<![\w-])(?:Rooie|Rode|Kleine|Grote|Dikke|Lange|Dunne|Gekke|Stille|Malle|Ouwe|Zwarte"
    r"|Witte|Blonde|Kale|Rare|Mooie|Gouden|Rasta|Dolle|Stoere|Sterke|Vieze|Kromme|Scheve)[ ]$"
)
# (not a street's: "Het Kleine Loo 331")
_ARTICLE_BEFORE: Final = regexes.compile(r"(?i:(?<![\w])(?:de|het|'t)[ ])$")
# the particles of a surname with their capital, right before it: "Van der Hoeven"
_CAPITAL_PARTICLES: Final = regexes.compile(
    r"(?<![\w.'’-])(?:Van[ ](?:der|den|de|het|'t)|Van|Ver|Ter|Ten)[ ]$"
)
_CAPITAL_PARTICLE_ENDS: Final = (
    "Van ",
    " der ",
    " den ",
    " de ",
    " het ",
    " 't ",
    "Ter ",
    "Ten ",
    "Ver ",
)


def _capital_particles_before(text: str, s: int) -> int:
    """Where a surname found at ``s`` starts with capitalised particles before it; else ``s``.

    Why: Dutch writes a surname's particles with a capital where no first name or initial
    precedes them ("meneer Van der Sluis", "naar Van der Hoeven"); inside a sentence they
    open no clause, so they are the surname's.  At a sentence's or a line's start "Van de"
    may be the preposition, and the span stays as found.
    """
    if not text[s : s + 1].isupper():
        return s
    m = _CAPITAL_PARTICLES.search(text, max(0, s - 12), s)
    if m is None or m.start() < 2 or text[m.start() - 1] != " ":
        return s
    prev = text[m.start() - 2]
    if (
        prev.islower()
        or prev in ",:"
        or (prev == "." and _TITLE_DOT_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    ):
        return m.start()
    w = text[max(0, m.start() - 9) : m.start() - 1].rsplit(None, 1)[-1:]
    return m.start() if w and w[0] in TITLES else s


# a title's dot right before a name: "mw. Van der Sluis", not a sentence's full stop
_TITLE_DOT_BEFORE: Final = regexes.compile(
    r"(?<![\w.])(?:[Mm]w|[Dd]hr|[Mm]evr|[Mm]vr|[Hh]r|[Ff]am|[Dd]r|[Mm]r|[Dd]s)\.[ ]$"
)


# a time of day, never a case number ("die begint pas om 7.30": no card number)
_CLOCK: Final = regexes.compile(r"(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]")
# one initial alone before a name, not the end of an abbreviation ("m.b.t. de Wit")
_LOOSE_INITIAL: Final = regexes.compile(r"(?:^|(?<=[\s(]))[A-Za-z]\.[ ]$")
# ... unless it ends a number or a postcode said aloud: "nummer honderdachtenveertig A. Esther"
_AFTER_NUMBER_OR_LETTER: Final = regexes.compile(
    r"(?:[0-9]|(?<![^\W0-9_])[^\W0-9_]|tig|tien|honderd|duizend|twee|drie|vier|vijf|zes|zeven"
    r"|acht|negen|een|één|elf|twaalf|nul)[ ]$",
    re.IGNORECASE,
)
# The rest of a user name after a name: "lotte.k", "tineke_r", "sam_88"; not an e-mail's
# or a web address's next part, and not a sentence's full stop
_WEB_TAIL: Final = regexes.compile(r"\.(?:nl|be|eu|com|org|net|io)(?![\w@]|\.\w)")
# ("Yilmaz.txt", a file's name, keeps its extension apart: a dot takes two characters at most)
_HANDLE_TAIL: Final = regexes.compile(
    r"(?:_[a-z0-9]{1,3}|\.(?!(?:nl|be|de|eu|uk|fr|es|it|io)\b)[a-z0-9]{1,2})"
    r"(?![\w@.]|\.\w)"
)
_ORG_HEAD_WORDS: Final = ORG_HEADS | frozenset(["gemeente", "parochie", "tempel", "synagoge"])


def _in_org_name(text: str, s: int, e: int) -> bool:
    """Whether a name found is part of an organisation's: "de pastor van de Evangelie
    Gemeente", "de koster van de Oude Kerk" (particles, no first name, then the kind of
    place), "de Fatih school", "Jongerencentrum The Mall"."""
    span = text[s:e]
    before = text[max(0, s - 20) : s].split()
    if before and before[-1] in ("de", "het") and len(before) > 1:
        before.pop()
    if before and (before[-1].lower().rstrip(".") in TITLES or before[-1].lower() in RELATIONS):
        return False  # "mevrouw van der Kerk", "buurvrouw de Vries"
    nxt = _WORD_AFTER.match(text, e)
    head_after = nxt is not None and nxt.group(1).lower() in _ORG_HEAD_WORDS
    if span.startswith("van ") and (head_after or span.split()[-1].lower() in _ORG_HEAD_WORDS):
        return True
    if text.endswith(("de ", "het "), 0, s) and " " not in span and head_after and nxt:
        return nxt.group(1).islower()  # "de Fatih school"; not "de Vries Stichting"
    return text.endswith("The ", 0, s)


# the last part of a service's name before the place it serves: "Zorgpunt Dokkum",
# "Wijkteam Selwerd", "Loket Heerlen"
_SERVICE_ENDS: Final = (
    "punt",
    "loket",
    "team",
    "huis",
    "centrum",
    "wijzer",
    "hulp",
    "zorg",
    "werk",
    "plein",
    "kracht",
)
_ACRONYM: Final = regexes.compile(r"[A-Z]{2,5}")


def _acronym(word: str) -> bool:
    """``_ACRONYM.fullmatch(word)``, the regex only for a short word in capitals (this runs
    for every name found, and most words are not)."""
    return 2 <= len(word) <= 5 and word.isupper() and _ACRONYM.fullmatch(word) is not None


def _seat_of_service(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """Whether a name found is the place a service names itself after: "WIJ Selwerd",
    "Zorgpunt Dokkum", "CJG Oosterpark" (a town or neighbourhood after an acronym or a
    service word); the teams of other towns are named so."""
    words = text[s:e].split()
    lead = len(words) > 1 and _acronym(words[0])
    place = " ".join(words[1:] if lead else words)
    if place not in lex.places and lex.gazetteer.kind.get(place) != "place":
        return False
    if lead:
        return True
    if place in lex.first_names:
        return False  # "Actiepunt Fatima:": a person after a label
    before = text[max(0, s - 30) : s]
    if not before.endswith(" "):
        return False
    prev = before.split()[-1] if before.split() else ""
    return _acronym(prev) or (
        prev[:1].isupper() and prev.lower().endswith(_SERVICE_ENDS) and len(prev) > 5
    )


_CELL_TITLE: Final = regexes.compile(r"(?i:mw|mevr|mevrouw|dhr|meneer|fam|familie|de heer)\.?[ ]+")


def _names_someone(cell: str) -> bool:
    """A table cell under a role's header that names someone: an initial, a name the
    lexicons know, or a word no word list knows ("jvrijn"); not "onbekend" or "team"."""
    lex = lexicons()
    for w in cell.replace(",", " ").split():
        bare = w.rstrip(".")
        if len(bare) == 1 and bare.isalpha():
            return True  # "Groen W", "Iliev R"
        if (
            bare[:1].isupper()
            and (bare in lex.first_names or bare in lex.surnames)
            and (not lex.is_word(bare, compounds=False) or len(cell.split()) > 1)
        ):
            return True
        if bare.isalpha() and not lex.is_word(bare) and bare.lower() not in lex.orgs:
            return True
    return False


# The kinds of firm that carry their founder's name: "Bouwbedrijf Van Wijnen", "Apotheek
# De Brink", "Gerechtsdeurwaarderskantoor Klaassen" (a practice keeps its doctor's name:
# "Huisartsenpraktijk Kuipers" names the doctor)
_FIRM_HEADS: Final = cues(
    "bedrijf",
    "kantoor",
    "bureau",
    "apotheek",
    "rechtsbijstand",
    "bewindvoering",
    "winkel",
    "garage",
    "makelaardij",
    "advocaten",
    "deurwaarders",
    "uitvaartzorg",
)


_FIRM_WORD: Final = regexes.compile(rf"[^\W0-9_]*(?:{'|'.join(_FIRM_HEADS)})(?![\w])")


def _has_firm_word(low: str) -> bool:
    return has_any(low, _FIRM_HEADS)


def _after_firm_word(text: str, s: int, e: int, firm_ends: list[int]) -> bool:
    """Whether the name at ``s``..``e`` is part of a firm's name: "Bouwbedrijf Van Wijnen",
    "Rechtsbijstand Ongering & Van Pelt" (``firm_ends``: where the text's firm words end)."""
    if not any(s - 50 <= f <= e for f in firm_ends):
        return False
    span = text[s:e]
    line = text[max(0, s - 50) : s]
    return _firm_before(line[line.rfind("\n") + 1 :].split()) or (
        " " in span and _firm_before(span.split()[:1])
    )


def _firm_before(before: list[str]) -> bool:
    """Whether the words right before a name (``before``, on its line) open a firm's name:
    a capitalised word for a kind of firm, perhaps a name and "&" between ("Rechtsbijstand
    Ongering & Van Pelt")."""
    words = before[-4:]
    while words and words[-1].lower() in ("de", "van", "der", "den"):
        words = words[:-1]  # "Apotheek de Brink" (particles found apart)
    if len(words) >= 3 and words[-1] == "&":
        words = words[:-2]
    if not words:
        return False
    w = words[-1].lstrip("(")
    return len(w) > 5 and w[:1].isupper() and w.lower().endswith(_FIRM_HEADS)


def _names_org(words: list[str], kind: dict[str, str], surnames: frozenset[str]) -> bool:
    """Whether ``words`` (after "van") name an organisation of the gazetteer and no family:
    "de Zonnebloem", "Humanitas"; not "de Berg"."""
    if not words or words[-1] in surnames:
        return False
    names = [" ".join(words)]
    if words[0] in ("de", "het") and len(words) > 1:
        names += [" ".join([words[0].capitalize(), *words[1:]]), " ".join(words[1:])]
    return any(kind.get(n) == "org" for n in names)


def _find(text: str) -> list[tuple[int, int, str]]:
    """Personal data in ``text`` as written, as sorted (start, end, label)."""
    prepare(text)
    protected = _protected_spans(text)
    if protected and ":" in text:
        protected = _not_name_values(text, protected)
    spans = [
        (s - 1, e, label) if label == "dossier" and s and text[s - 1] == "#" else (s, e, label)
        for s, e, label in _select(_with_reading(text, list(find_structured(text))))
    ]  # "ticket #SP-33812": the number sign belongs to the case number
    spans = [sp for sp in spans if sp[2] != "dossier" or not _CLOCK.fullmatch(text, sp[0], sp[1])]
    if protected and any(label == "address" for _, _, label in spans):
        spans = _addresses_after_orgs(text, spans, protected)
    if any(label == "dossier" for _, _, label in spans):
        spans = _codes_before_case_numbers(text, spans)
    if any(label == "phone" for _, _, label in spans):
        spans = _drop_service_lines(text, spans, protected)
        if "(+" in text:
            spans = [_with_bracketed_country(text, sp) for sp in spans]
    if "0 6 " in text:
        taken = bytearray(len(text))
        for s, e, _ in spans:
            taken[s:e] = b"\1" * (e - s)
        spans += [
            (m.start(), m.end(), "phone")
            for m in _SPACED_MOBILE.finditer(text)
            if not any(taken[m.start() : m.end()])
        ]
    if "#" in text and spans:
        spans = _drop_dial_in(text, spans)
    if any(label == "bsn" for _, _, label in spans):
        spans = _corrected_citizen_numbers(text, spans)
    blocked = bytearray(len(text))
    for s, e, _ in spans:
        blocked[s:e] = b"\1" * (e - s)
    places = _place_phrases()
    for s, e in protected:
        level = b"\3" if text[s:e] in places else b"\2"
        if not any(blocked[s:e]):
            blocked[s:e] = level * (e - s)
        elif text[s:e] not in places:
            # "Leger des Heils Prinsegracht 21": the address took a word of the name; the
            # rest of it is still the organisation's, no person
            blocked[s:e] = bytes(b or level[0] for b in bytes(blocked[s:e]))
    found: list[tuple[int, int]] = []
    for s, e in find_persons(text, blocked):
        if s and text[s - 1].isdigit() and text[s + 1 : s + 2] == ".":
            # "Haagse Beek 352B. Mirjam belt": the letter ends a house number, no initial
            s += 2
            while s < e and text[s] == " ":
                s += 1
        if 1 in blocked[s:e]:
            e = _name_before_address(text, s, blocked.index(1, s, e))
        if e > s and 1 not in blocked[s:e]:
            spans.append((s, e, "person"))
            blocked[s:e] = b"\1" * (e - s)
            found.append((s, e))
    model = person_model()
    added = _model_names(text, blocked, found, model) if model is not None else set()
    for s, e in sorted(added):
        spans.append((s, e, "person"))
        blocked[s:e] = b"\1" * (e - s)
        found.append((s, e))
    initials = find_journal_initials(text, blocked, lexicons())
    for s, e in initials:
        spans.append((s, e, "person"))
        blocked[s:e] = b"\1" * (e - s)
        found.append((s, e))
    for s, e in _same_initials_elsewhere(text, initials, blocked):
        spans.append((s, e, "person"))  # "overdracht yk → tk ... succes!! yk"
        blocked[s:e] = b"\1" * (e - s)
        found.append((s, e))
    for s, e in initials_for_people(text, found, blocked, lexicons()):
        spans.append((s, e, "person"))  # "Ricardo Sital (RS)", then "RS – bellen"
        blocked[s:e] = b"\1" * (e - s)
        found.append((s, e))
    for s, e in _quoted_names(text) if "=" in text or '":' in text or "</" in text else ():
        inside = [sp for sp in spans if s <= sp[0] and sp[1] <= e and sp[2] == "person"]
        if any(blocked[s:e]) and not inside:
            continue
        spans = [sp for sp in spans if sp not in inside]  # one name: "Abdi, Hassan"
        found = [f for f in found if not (s <= f[0] and f[1] <= e)]
        spans.append((s, e, "person"))  # 'client.naam = "Abdi, Hassan"'
        blocked[s:e] = b"\1" * (e - s)
        found.append((s, e))
    for s, e in column_names(text) if has(text, "aam") or has(text, "AAM") else ():
        if not any(blocked[s:e]):
            spans.append((s, e, "person"))  # "klantnr;achternaam;...": "cl.90348;Held;..."
            blocked[s:e] = b"\1" * (e - s)
            found.append((s, e))
    if ";" in text or "\t" in text or "|" in text:
        for s, e in column_people(text, lowered(text)):
            inside = [sp for sp in spans if s <= sp[0] and sp[1] <= e]
            free = sum(sp[1] - sp[0] for sp in inside) == (e - s - blocked[s:e].count(0))
            if not (free and all(sp[2] == "person" for sp in inside)):
                continue
            if inside or _names_someone(text[s:e]):
                spans = [sp for sp in spans if sp not in inside]  # "Groen" of "Groen W"
                found = [f for f in found if not (s <= f[0] and f[1] <= e)]
                t = _CELL_TITLE.match(text, s, e)
                s = t.end() if t else s  # "mw. Hoop": the title stays readable
                spans.append((s, e, "person"))  # "datum;medewerker;cliënt" over "...;jvrijn;"
                blocked[s:e] = b"\1" * (e - s)
                found.append((s, e))
    lex = lexicons()
    seats = [f for f in found if _seat_of_service(text, f[0], f[1], lex)] if found else []
    if seats:  # "Zorgpunt Dokkum": the town is no name, nor where else it is written
        found = [f for f in found if f not in seats]
        spans = [sp for sp in spans if sp[2] != "person" or (sp[0], sp[1]) not in seats]
    if found and ('"' in text or "“" in text or "‘" in text):
        for _, e in list(found):
            m = _NICKNAME_AFTER.match(text, e)
            if m and not any(blocked[m.start(1) : m.end(1)]):
                spans.append((m.start(1), m.end(1), "person"))  # 'Rignald Maduro ("Riggie")'
                blocked[m.start(1) : m.end(1)] = b"\1" * (m.end(1) - m.start(1))
                found.append((m.start(1), m.end(1)))
    if found and ", " in text:
        spans.extend(_address_after_name(text, found, blocked))
    if found:
        spans.extend(propagate_names(text, found, blocked))
        if "de " in text:
            spans.extend(_households(text, found, blocked))
    spans.sort()
    if _CAPITALS_GATE.search(text):
        spans = _capital_surnames(text, spans, blocked, lexicons())
    if "@" in text or any_present(lowered(text), _HANDLE_CUES):
        spans = _with_handles(text, spans, lexicons())
    if added:
        spans = join_name_parts(text, spans, added)
    if "." in text or "/" in text:
        spans = _leading_initials(text, spans, blocked)
    if "." in text:
        spans = _trailing_initials(text, spans, blocked)
    spans = extend_lower_names(text, _merge_listed_names(text, spans), lexicons())
    if " " in text:
        spans = _settle_edges(text, spans)
    if any(label == "phone" for _, _, label in spans):
        spans = _drop_organisation_lines(text, spans, protected)
    if "B." in text or "B)" in text:  # a list's letters go on from "A." to "B." at least
        spans = _without_list_letters(text, spans)
    if (
        has(text, "weg")
        or has(text, "straat")
        or has(text, "laan")
        or has(text, "plein")
        or has(text, "kade")
    ):
        spans = _without_street_names(text, spans)
    if "(" in text:
        spans = [sp for sp in spans if sp[2] != "date" or not _scale(text, sp[0], sp[1])]
    name_ends = {sp[1] for sp in spans if sp[2] == "person"}  # "Ricardo Sital (RS)" stays
    return [
        sp
        for sp in spans
        if sp[2] != "person"
        or not (
            _glued(text, sp[0], sp[1])
            or text[sp[0] : sp[1]] in _LOWER_RELATIONS
            or text[sp[0] : sp[1]].lower() in _DOTTED_WORDS
            or (text[sp[0] : sp[0] + 1] in "Pp" and _is_postscript(text, sp[0], sp[1]))
            or text[sp[0] : sp[1]] in _NEVER_LOWER_NAMES
            or (
                text.find("-achtig", sp[0], sp[1]) >= 0
                and _ACHTIG_END.search(text, sp[0], sp[1]) is not None
            )
            or (sp[0] - 2 not in name_ends and _acronym_of_words_before(text, sp[0], sp[1]))
            or _in_gazetteer_org(text, sp[0], sp[1])
            or (
                text.endswith(_EEN_BEFORE, max(0, sp[0] - 5), sp[0])
                and _AFTER_EEN.search(text, max(0, sp[0] - 5), sp[0])
                and _TWO_LOWER.fullmatch(text, sp[0], sp[1])
            )
        )
    ]


_WORD: Final = regexes.compile(r"[^\W_]+")

# A handle on social media: "@souf.070x", "@lilchico.hgl" (not an e-mail address's "@")
_AT_HANDLE: Final = regexes.compile(
    r"@(?<![\w.@]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
)
# Bodies and teams that have handles of their own
_BODY_HANDLE_WORDS: Final = (
    "gemeente",
    "wijkteam",
    "jongerenwerk",
    "politie",
    "denhaag",
    "ggd",
    "uwv",
    "swt",
    "servicepunt",
    "team",
    "info",
    "official",
    "nl",
)
# Where a text speaks of games and social media, a gamer's tag is a name: "mijn tag is
# xKoolStijnx", "Tyrone (TyTheGoat070)", "b00gie_hgl", "ttv_ruthsel"
_HANDLE_CUES: Final = cues(
    *("discord", "instagram", "insta ", "insta:", "insta)", "twitch", "tiktok", "snapchat"),
    *("snap:", "op snap", "gamertag", "gamernaam", "gamer"),
    *("steam", "xbox", "psn", "playstation", "fortnite", "valorant", "roblox", "minecraft"),
    *("tag is", "username", "gebruikersnaam", "online als"),
)
_TAG_SHAPE: Final = regexes.compile(r"(?<![\w@.#/-])[A-Za-z0-9_]{4,24}(?![\w@-]|\.[A-Za-z0-9])")
_TAG_INSIDE: Final = regexes.compile(
    r"[a-z][A-Z]|[A-Za-z][0-9]+[A-Za-z]|[A-Za-z]_[A-Za-z0-9]|[a-z][0-9]{2,}$"
)
# Names of apps, games and firms written in one word with capitals inside
_ONE_WORD_BRANDS: Final = frozenset(
    ["WhatsApp", "YouTube", "TikTok", "PlayStation", "LinkedIn", "iPhone", "iPad", "FaceTime"]
    + ["PowerPoint", "OneDrive", "GitHub", "SnapChat", "McDonalds", "FIFA25", "FIFA24", "PS5"]
    + ["DigiD", "MijnOverheid", "SchuldHulpMaatje", "BelastingTelefoon", "JouwWeb", "eBay"]
)


def _with_handles(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """``spans`` with social-media handles and, where games or social media are spoken of,
    gamer tags: both name a person as surely as a name does."""
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\1" * (e - s)
    found: list[tuple[int, int]] = []
    if "@" in text:
        for m in _AT_HANDLE.finditer(text):
            low = m.group().lower()
            # "@Fleur" is a name the name rules read; "@souf.070x" is a handle alone
            if not any(c.isdigit() or c in "._" for c in low[1:]):
                continue
            if not any(w in low for w in _BODY_HANDLE_WORDS):
                found.append(m.span())
    if any_present(lowered(text), _HANDLE_CUES):
        for m in _TAG_SHAPE.finditer(text):
            tag = m.group()
            if (
                _TAG_INSIDE.search(tag)
                and sum(c.islower() for c in tag) >= 2
                and tag not in _ONE_WORD_BRANDS
                and tag not in lex.orgs
                and not lex.is_word(tag.lower())
            ):
                found.append(m.span())
    out = list(spans)
    for s, e in found:
        inside = [sp for sp in out if s <= sp[0] and sp[1] <= e and sp[2] == "person"]
        if any(taken[s:e]) and not inside:
            continue  # part of an e-mail address, a number or another finding
        out = [sp for sp in out if sp not in inside]
        out.append((s, e, "person"))
    return sorted(out)


# A country code in brackets before a phone number: "(+31) 070 - 388 41 29"
_BRACKETED_COUNTRY: Final = regexes.compile(r"\(\+[0-9]{1,3}\)[ ]?$")
# A mobile number typed a digit at a time: "0 6 4 8 1 2 0 5 5 7"
_SPACED_MOBILE: Final = regexes.compile(r"(?<![\w])0[ ]6(?:[ ][0-9]){8,9}(?![ ]?[0-9])(?![\w])")


def _with_bracketed_country(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A phone span with the country code in brackets before it ("(+31) 070 ...")."""
    s, e, label = span
    m = _BRACKETED_COUNTRY.search(text, max(0, s - 7), s) if label == "phone" else None
    return (m.start(), e, label) if m else span


# three capitals in a row, of any Latin script ("KOÇ", "ŞAHİN"): a text without them has
# no surname in capitals
_CAPITALS_GATE: Final = regexes.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f]{3}")
# Words in capitals that stand before a first name and are no surname: labels, greetings,
# relations ("NAAM Driss", "BESTE Fatima", "VADER Mohamed")
_CAPITAL_LABELS: Final = frozenset(
    ["NAAM", "CLIENT", "CLIËNT", "CASUS", "TEAM", "DOSSIER", "MELDING", "BETREFT", "PARTNER"]
    + ["MOEDER", "VADER", "ZOON", "DOCHTER", "HALLO", "HOI", "BESTE", "GROET", "SORRY"]
    + ["URGENT", "ACTIE", "VRAAG", "INFO", "UPDATE", "NIEUW", "TODO", "LET", "DRINGEND"]
    + ["MEVROUW", "MENEER", "DHR", "MEVR", "MW", "DE", "HET", "EEN", "EN", "MET", "VOOR"]
    + ["VAN", "AAN", "BIJ", "DOOR", "VIA", "OVER", "OOK", "NOG", "WEL", "NIET", "GEEN"]
    # measures of child protection and case meetings: "OTS Reshma's kinderen"
    + ["OTS", "MDO", "VOTS", "GI", "JB", "JR", "UHP"]
)


def _capital_word_before(text: str, end: int, blocked: bytearray, lex: Lexicons) -> int:
    """Start of a surname word in capitals that ends at ``end`` ("AL-SAYED"), else -1."""
    a = end
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] in "-'’"):
        a -= 1
    word = text[a:end].strip("-'’")
    if sum(c.isalpha() for c in word) < 2 or not word.isupper() or any(blocked[a:end]):
        return -1
    known = word.title() in lex.surnames
    if word.endswith("NR"):
        return -1  # "ZAAKNR Warsame": a number's label
    for part in word.split("-"):
        if (
            part in _CAPITAL_LABELS
            or part in lex.orgs
            or part in NOT_REFERENCE_CODES
            or part.lower() in lex.role_words
        ):
            return -1  # "POH-GGZ", "NETWERKKAART": a role, a body, a heading
    if not known and (len(word) <= 4 or lex.is_word(word.lower())):
        return -1  # "RMC", "AGENDA"; but "KOÇ", "WANG", "BAKKER" as surnames
    return a


def _capital_surnames(
    text: str, spans: list[tuple[int, int, str]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int, str]]:
    """``spans`` with the surnames that forms and foreign papers write in capitals: before
    a first name found ("KOÇ Ayten", "GANPAT, Ravindra", "OUALED ALI Mohamed") or after a
    title ("Mevrouw AKKOUH").

    Why: a register puts the surname first and in capitals; the rules for names read a
    word in capitals as an abbreviation or a shouted word.  Up to three words of capitals,
    not inside a line of capitals (a shouted heading) and none of them a label or body.
    """
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        # (the quick tests first: a space and a capital, or a comma after one, before it)
        if (
            label == "person"
            and s > 3
            and text[s - 1] == " "
            and (text[s - 2].isupper() or (text[s - 2] == "," and text[s - 3].isupper()))
            and text[s].isupper()
        ):
            end = s - 2 if text[s - 2] == "," else s - 1
            start = -1
            k = end
            for _ in range(3):
                a = _capital_word_before(text, k, blocked, lex)
                if a < 0:
                    break
                start = a
                if a < 2 or text[a - 1] != " " or not text[a - 2].isupper():
                    break
                k = a - 1
            before = text[max(0, start - 30) : start].split()
            shouted = bool(before) and len(before[-1]) >= 2 and before[-1].isupper()
            if start >= 0 and end - start >= 3 and not shouted:
                out.append((start, e, label))
                continue
        out.append((s, e, label))
    titled = _TITLED_CAPITALS.finditer(text) if any_present(text, _CAPITAL_TITLE_CUES) else ()
    taken = {(s, e) for s, e, _ in spans}
    for m in titled:
        a, b = m.span(1)
        if (
            b - a >= 4
            and _capital_word_before(text, b, blocked, lex) == a
            and not lex.is_word(m.group(1).lower())
            and not any(x < b and a < y for x, y in taken)
        ):
            out.append((a, b, "person"))
    return sorted(out)


# a title, then a word in capitals that the next word (not in capitals) follows
_TITLED_CAPITALS: Final = regexes.compile(
    r"(?<![\w])(?:[Mm]evrouw|[Mm]eneer|[Mm]evr|[Mm]w|[Dd]hr|[Hh]eer|M[rs]|Mrs)\.?[ ]"
    r"([A-ZÀ-ÖØ-Þ\u0100-\u017f][A-ZÀ-ÖØ-Þ\u0100-\u017f'’-]{3,})(?=[ ,.][ ]?[a-z])"
)
# the words the pattern opens with, looked for first in the text's cue index
_CAPITAL_TITLE_CUES: Final = cues(*("evrouw", "eneer", "evr", "Mw", "mw", "hr", "eer ", "Mr", "Ms"))


def _scale(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a scale in brackets that a label asks for (see _SCALE)."""
    m = _SCALE.match(text, s - 1) if s else None
    return m is not None and m.end() == e + 1


# A scale a label asks for, no date: "Hoe waardeer je de middag? (1-10): 7", "Huidige
# situatie (1-5) | Doel"
_SCALE: Final = regexes.compile(r"\([01]-(?:5|10)\)(?=[ \t]*[:|\t?])")
# "een tiny house": two lower-case words after an article are a thing, no name
_AFTER_EEN: Final = regexes.compile(r"(?<![^\W0-9_])[Ee]en[ ]$")
# how the text before a name ends where _AFTER_EEN matches ("$" also stands before a last
# line break): the search is skipped elsewhere, as it runs for every name found
_EEN_BEFORE: Final = ("een ", "Een ", "een \n", "Een \n")
_TWO_LOWER: Final = regexes.compile(r"[a-zà-ÿ]+[ ][a-zà-ÿ]+")


def _in_gazetteer_org(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] ends an organisation's name that opens a word or two before it:
    "Stichting Dona Daria" (the title "Dona" made "Daria" look like a person)."""
    if s < 2 or text[s - 1] != " ":
        return False
    gaz = lexicons().gazetteer
    p = s - 1
    for _ in range(2):
        p = text.rfind(" ", 0, p) + 1
        end = text.find(" ", p)
        for entry in gaz.by_first.get(text[p:end], ()):
            if gaz.kind[entry] == "org" and p + len(entry) == e and text.startswith(entry, p):
                return True
        p -= 1
        if p <= 0:
            break
    return False


def _acronym_of_words_before(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is capitals in brackets made of the initials of the words right
    before them: "Kinderen van ouders met psychische problemen (KOPP)", "Vroeg Eropaf (VE)".

    Short words ("van", "met", "de") may be left out of the capitals, as they usually are.
    """
    code = text[s:e]
    if not (code.isupper() and code.isalpha() and 2 <= len(code) <= 6):
        return False
    if text[s - 2 : s] not in (" (", "\t(") or text[e : e + 1] != ")":
        return False
    words = [m.group() for m in _WORD.finditer(text, max(0, s - 120), s - 2)][-12:]
    k = len(code) - 1
    for w in reversed(words):
        if k < 0:
            break
        if w[0].lower() == code[k].lower():
            k -= 1
        elif len(w) > 3 or k == len(code) - 1:
            return False
    return k < 0


# Verbs, adverbs and a form's values that some name also has ("las", "werd", "erin",
# "hoog"): in lower case they are those words ("mevrouw las wel", "Overdraagbaarheid: hoog")
_NEVER_LOWER_NAMES: Final = frozenset(
    ["las", "werd", "werden", "was", "had", "kon", "zou", "ging", "kwam", "zat", "lag", "liep"]
    + ["zei", "wist", "bleef", "stond", "kreeg", "nam", "gaf", "hield", "vond", "zag", "vroeg"]
    + ["dacht", "leek", "wilde", "moest", "mocht", "belde", "hoorde", "erin", "eruit", "erop"]
    + ["eraan", "ervan", "erbij", "erna", "ervoor", "erover", "hoog", "laag", "gemiddeld"]
)
# "Housing First-achtige begeleiding": an adjective made of a name, no one's
_ACHTIG_END: Final = regexes.compile(r"-achtig(?:e|er|ste)?$")
# Abbreviations written with dots like initials: "N.V.T." in a checklist's column
_DOTTED_WORDS: Final = frozenset(
    ["n.v.t.", "n.v.t", "t.b.v.", "i.v.m.", "o.b.v.", "t.a.v.", "z.s.m.", "m.b.t.", "d.w.z."]
    + ["a.u.b.", "s.v.p.", "i.o.m.", "t.z.t.", "o.v.v.", "n.a.v.", "m.u.v.", "i.p.v."]
)
# A postscript, not initials: "P.S. voor de redactie", "PS: bel even" ("2. P.S., 3-9-1990"
# is a person)
_POSTSCRIPT: Final = regexes.compile(r"(?i)p\.?s\.?(?=:|[ ]+[a-zà-ÿ])")


def _is_postscript(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a postscript's "P.S." (see _POSTSCRIPT)."""
    m = _POSTSCRIPT.match(text, s)
    return m is not None and m.end() == e


# "Betrokkene, man, ca. 40 jr": a relation or a person's kind in lower case names nobody
_LOWER_RELATIONS: Final = frozenset(w for w in RELATIONS if w.islower() and len(w) > 2)
# A name's last word glued to a street word: "(Mr. P.) Droogleever Fortuynweg",
# "Burgemeester Patijnlaan"; names of people never end so (a "-dijk" or "-hof" may).
_STREET_WORD_ENDS: Final = (
    "straat",
    "weg",
    "laan",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dreef",
    "steeg",
)
_STREET_NAMED_END: Final = regexes.compile(
    rf"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:{'|'.join(_STREET_WORD_ENDS)})$"
)


# The words that open a street's name as an adjective ("Lange Voorhout", "Korte Groenhout",
# "Nieuwe Schoolstraat"); also surnames, so only before a street's word.
_STREET_ADJECTIVES: Final = frozenset(
    ["Lange", "Korte", "Grote", "Kleine", "Oude", "Nieuwe", "Hoge", "Lage", "Groote", "Nieuw"]
)
_STREET_AFTER: Final = regexes.compile(rf"[ ][A-ZÀ-Þ][a-zà-ÿ'’-]*{STREET_WORD_AT_END}(?![\w])")


# Where a person's name ends and a street's begins: "de Wit van de Dedemsvaartweg"
_BEFORE_STREET: Final = regexes.compile(r"[ ](?:van|uit|aan|op|in)(?:[ ](?:de|het|'t))?[ ]")


def _without_street_names(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` without the persons that end in a street's name ("P. Droogleever
    Fortuynweg", a street named after someone, without a house number); a name before
    "van de" and the street keeps its name: "meneer de Wit van de Dedemsvaartweg", and
    initials before the particles make it a surname: "B. van de Reeweg"."""
    surnames = lexicons().surnames
    out = []
    for s, e, label in spans:
        # the street word is looked for by its ending first: most names end otherwise
        named = label == "person" and text.endswith(_STREET_WORD_ENDS, s, e)
        m = _STREET_NAMED_END.search(text, s, e) if named else None
        if m is None or m.group() in surnames:
            out.append((s, e, label))
            continue
        cut = [c.start() for c in _BEFORE_STREET.finditer(text, s, m.start())]
        if cut and _INITIALS_ONLY.fullmatch(text, s, cut[0]):
            out.append((s, e, label))  # "B. van de Reeweg": a surname with its particles
        elif cut and cut[0] > s:
            out.append((s, cut[0], label))
    return out


_INITIALS_ONLY: Final = regexes.compile(r"(?:[A-ZÀ-Þ]\.[ ]?)+")


# A capital and a dot or bracket opening a line: an initial, or the letter of a list item.
_LINE_LETTER: Final = regexes.compile(r"(?m)^[ \t]*([A-Z])[.)][ \t]+(?=[A-ZÀ-Þ])")


def _without_list_letters(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` without the letters that number a list ("A. Vroegsignalering", "B. Vaste
    consulent"), and without the item's first word unless it is a known name.

    Why: a letter and a dot before a capitalised word read as an initial and a surname;
    where lines open with "A." and "B." (and on), the letters count items.
    """
    opened = {m.start(1): m.group(1) for m in _LINE_LETTER.finditer(text)}
    letters = set(opened.values())
    run = "AB"  # items are counted from A: "A.", "B." at least
    while chr(ord(run[-1]) + 1) in letters:
        run += chr(ord(run[-1]) + 1)
    if not letters.issuperset("AB"):
        return spans
    lex = lexicons()
    out = []
    dropped: set[str] = set()
    for s, e, label in spans:
        c = opened.get(s)
        if label == "person" and c and c in run:
            first = text[s + 2 : e].strip().split(" ")[0]
            if "C" not in letters and (
                not lex.is_word(first.lower()) or first in lex.first_names or first in lex.surnames
            ):
                out.append((s, e, label))  # two lines only: "A. Mohan", "B. Bakker" are initials
                continue
            rest = s + 2
            while rest < e and text[rest] in " \t":
                rest += 1
            words = text[rest:e].split()
            if (
                len(words) == 1
                and words[0] not in lex.first_names
                and words[0] not in lex.surnames
                # with two items only ("A. Privacy", "B. Kwaliteit"), the words must be words
                and ("C" in letters or lex.is_word(words[0].lower()))
            ):
                dropped.add(words[0].lower())
                continue  # "A. Vroegsignalering via de corporatie": an item opening
            if rest < e:
                out.append((rest, e, label))  # "B. Jan Hoekstra belt": the name after it
            continue
        out.append((s, e, label))
    if dropped:  # nor is the same word elsewhere a name: "Toets privacy & kwaliteit"
        out = [sp for sp in out if sp[2] != "person" or text[sp[0] : sp[1]].lower() not in dropped]
    return out


def _with_reading(
    text: str, found: list[tuple[int, int, str, int]]
) -> list[tuple[int, int, str, int]]:
    """``found`` (the text's own candidates) and structured data said in words, found in
    the text read back as typed (:func:`spoken_reading`) and reported on the text.

    Only what covers something rewritten counts, and only where it adds to ``found``: a
    candidate of the reading must cover more and hold whole every candidate it meets, so
    the rules written for speech ("negen juni zevenenvijftig") keep their reading.  A
    candidate of the text that the reading splits in two and goes beyond ("Weimarstraat
    negentien | vijfentwintig vierenzeventig b r": a house number and a postcode) gives way.
    """
    reading = spoken_reading(text)
    if reading is None:
        return found
    said = []
    unchanged = []  # what the reading finds where nothing was rewritten: "Laakkade 210"
    for s, e, label, priority in find_structured(reading.text):
        source = reading.source_span(s, e)
        if source is None:
            if e > s:
                unchanged.append((reading.start[s], reading.end[e - 1], label, priority))
            continue
        if label == "iban" and not mod_97(reading.text[s:e]):
            continue  # an IBAN said must pass the test: a word misheard makes digits up
        said.append((*source, label, priority))
    said = [c for c in said if c[2] != "postcode" or _postcode_told(text, c, found + said)]
    said += _said_bsns(text, reading, found + said)
    said += _said_references(text, reading, found + said)
    if not said:
        return found
    split = [c for c in found if _split_by(c, said + unchanged, text)]
    found = [c for c in found if c not in split]
    out = list(found)
    for a, b, label, priority in unchanged:  # the parts of a split candidate left as typed
        if any(fs < b and a < fe for fs, fe, _, _ in split) and not any(
            fs < b and a < fe for fs, fe, _, _ in found
        ):
            out.append((a, b, label, priority))
    for a, b, label, priority in said:
        met = [(fs, fe, fp) for fs, fe, _, fp in found if fs < b and a < fe]
        if all(a <= fs and fe <= b for fs, fe, _ in met) and not any(
            fs <= a and b <= fe for fs, fe, _ in met
        ):
            # the longer reading of what the text's own rules found goes before them
            out.append((a, b, label, max([priority] + [fp for _, _, fp in met])))
    return out


# A case number read out: capitals spelled and groups of digits said, as the reading
# writes them ("CL 789138, 6", "K 2023-35299", "DOS 536003", "2024 92392").
_SAID_REFERENCE: Final = regexes.compile(
    r"(?<![\w-])(?:([A-Z]{1,4}(?:[ ][A-Z]){0,3})(?:[ ]?[-/][ ]?|,?[ ])?)?"
    r"([0-9]+(?:(?:[ ]?[-/][ ]?|,?[ ])[0-9]+){0,4})"
    r"(?:[ ]?([A-Z]{1,3}))?(?![\w])"
)
# What says a number is a case number: its label a little before, or "bekend onder".
_REFERENCE_CUE: Final = regexes.compile(
    r"(?i)(?:kenmerk|nummer|dossier|zaak|referentie|registratie|casus|brief|onder|code)"
    r"[^\n]{0,40}(?:\n[^\n]{0,20})?$"
)
_BSN_SAID_BEFORE: Final = regexes.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofinummer)\b")


# Groups of digits said or typed apart, with commas for the pauses ("665, 055, 110").
_SAID_GROUPS: Final = regexes.compile(r"(?<![0-9,])[0-9]{1,6}(?:,?[ ][0-9]{1,6}){1,5}(?![0-9])")


def _said_bsns(
    text: str, reading: Reading, cands: list[tuple[int, int, str, int]]
) -> list[tuple[int, int, str, int]]:
    """BSNs said in groups after their label: nine digits that pass the eleven test.

    Why: "BSN?" / "Ja, zeshonderdvijfenzestig, nul vijfenvijftig, honderdtien" is read
    "665, 055, 110"; the pauses keep the typed rules from seeing one number.
    """
    out: list[tuple[int, int, str, int]] = []
    if not _BSN_SAID_BEFORE.search(text):
        return out
    for m in _SAID_GROUPS.finditer(reading.text):
        digits = "".join(c for c in m.group() if c.isdigit())
        if len(digits) != 9 or not elfproef(digits) or not any(reading.said[m.start() : m.end()]):
            continue
        a, b = reading.start[m.start()], reading.end[m.end() - 1]
        if not _BSN_SAID_BEFORE.search(text, max(0, a - 100), a):
            continue
        if any(s < b and a < e and not (a <= s and e <= b) for s, e, _, _ in cands):
            continue  # other data found across it
        out.append((a, b, "bsn", 88))
    return out


def _said_references(
    text: str, reading: Reading, cands: list[tuple[int, int, str, int]]
) -> list[tuple[int, int, str, int]]:
    """Case numbers said: capitals and digits read out, or digits after a case number's
    label, that no other rule reads.

    Why only what was said: typed case numbers have rules of their own; a speaker who
    spells letters and reads out six digits or more is giving a reference ("C J G negen
    zes een drie drie"), and digits said after "kenmerk" or "bekend onder" are one.
    """
    out = []
    for m in _SAID_REFERENCE.finditer(reading.text):
        digits = sum(c.isdigit() for c in m.group(2))
        letters = m.group(1)  # a code's capitals before its number open a reference
        if letters and letters.replace(" ", "") in BANK_CODES:
            continue  # an account said: the IBAN rules and their check decide
        if digits < (4 if letters or m.group(3) else 6) or not any(
            reading.said[m.start() : m.end()]
        ):
            continue
        a, b = reading.start[m.start()], reading.end[m.end() - 1]
        met = [(s, e, label) for s, e, label, _ in cands if s < b and a < e]
        if UNIT_AFTER.match(text, b) or any(
            label != "dossier" or s < a or e > b or (s, e) == (a, b) for s, e, label in met
        ):
            continue  # other data, or a case number found as long or longer
        if letters is None and (
            not _REFERENCE_CUE.search(text, max(0, a - 60), a)
            or _BSN_SAID_BEFORE.search(text, max(0, a - 60), a)
        ):
            continue  # no case number's label; or digits said for a BSN that fail its test
        if letters is None and m.group(2).startswith("0") and digits in (10, 11):
            continue  # a phone number's shape
        out.append((a, b, "dossier", 55))
    return out


_POSTCODE_CUE: Final = regexes.compile(r"(?i)\b(?:postcode|pc)\b")


def _postcode_told(text: str, cand: tuple[int, int, str, int], cands: list) -> bool:
    """A postcode said needs capitals typed for its letters, the word "postcode" before
    it, or an address right before it (a few words between: "komma", "hs").

    Why: "ik tel twee vijf twee zes ka" is counting; digits and letters said count as a
    postcode where the speaker is giving an address.
    """
    start, end = cand[0], cand[1]
    if _TYPED_CAPITALS.search(text, start, end) or _POSTCODE_CUE.search(
        text, max(0, start - 80), start
    ):
        return True
    if _TYPED_DIGITS.match(text, start):
        return True  # "2583 dee iks": the digits typed, only the letters said
    return any(
        label == "address" and e <= start and _FEW_WORDS.fullmatch(text, e, start)
        for _, e, label, _ in cands
    )


_TYPED_DIGITS: Final = regexes.compile(r"[1-9][0-9]{3}[ ](?![0-9])")
_TYPED_CAPITALS: Final = regexes.compile(r"(?<![\w.])(?:[A-Z]{2}|[A-Z]\.[A-Z]\.?)$")
_FEW_WORDS: Final = regexes.compile(r"[ ,.-]*(?:[^\W0-9]+[ ,.-]+){0,2}")


def _split_by(
    cand: tuple[int, int, str, int], said: list[tuple[int, int, str, int]], text: str
) -> bool:
    """Whether candidates of the reading, none holding ``cand`` whole, cover all of it
    (but the spaces between them) and reach beyond it."""
    s, e = cand[0], cand[1]
    over = sorted((a, b) for a, b, _, _ in said if a < e and s < b)
    if len(over) < 2 or any(a <= s and e <= b for a, b in over):
        return False
    if over[0][0] > s or max(b for _, b in over) < e:
        return False
    reach = over[0][1]
    for a, b in over[1:]:
        if a > reach and text[reach:a].strip():
            return False
        reach = max(reach, b)
    return over[0][0] < s or reach > e


_DOTTED_RUN_BEFORE: Final = regexes.compile(r"(?:[A-Z]\.)*$")
_DOTTED_RUN: Final = regexes.compile(r"(?:[A-Z]\.)+")


def _dotted_acronym(text: str, s: int, e: int) -> bool:
    """Whether ``s:e`` is a letter of an organisation's or scheme's letters written with dots.

    Why: "de A.O.W. (67 jaar)", "via de G.G.D." look like initials to the classifier.
    """
    if not text[s:e].rstrip(".").isupper():
        return False
    a = _DOTTED_RUN_BEFORE.search(text, max(0, s - 12), s)
    m = _DOTTED_RUN.match(text, a.start() if a else s)
    return m is not None and m.end() >= e and m.group().replace(".", "") in lexicons().orgs


# A case number's code written before it with a space, or spelled letter by letter (not
# one of NOT_REFERENCE_CODES: a country, a citizen or phone number's label)
_CODE_BEFORE_NUMBER: Final = regexes.compile(
    r"(?<![\w.-])(?:[A-Z]{1,4}|[A-Z](?:[ ][A-Z]){1,4})[ ]$"
)
# Capitals and digit groups that end a case number's line or sentence: its check letter.
_CODE_AFTER_NUMBER: Final = regexes.compile(
    r"[ ]([A-Z]{1,3})((?:[ ][0-9]{1,4}){0,3})(?=[ \t]*(?:[,;)]|\.(?![ ]?[A-ZÀ-Þ])|$))", re.M
)


def _codes_before_case_numbers(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A case number grows back over the code written before it ("PN 2024/55108") and
    over the check letters that end it ("77 03 19 52 K").

    Why: the code names the series ("JL 24/71033", "R N 24/00771" read out); the number
    without it still identifies, but half-hidden it leaks.  An organisation's letters
    ("CJIB 2024/...") stay readable.
    """
    lex = lexicons()
    out = []
    prev_end = 0
    for s, e, label in sorted(spans):
        if label == "dossier" and s > 1:
            m = _CODE_BEFORE_NUMBER.search(text, max(prev_end, s - 10), s)
            code = m.group().replace(" ", "") if m else ""
            if m and code not in NOT_REFERENCE_CODES and code not in lex.orgs and len(code) >= 2:
                s = m.start()
            tail = _CODE_AFTER_NUMBER.match(text, e)
            if tail and tail.group(1) not in lex.orgs:
                e = tail.end()  # "kenmerk 77 03 19 52 K", "4412 88 391 H 22 01"
        out.append((s, e, label))
        prev_end = max(prev_end, e)
    return out


def _addresses_after_orgs(
    text: str, spans: list[tuple[int, int, str]], protected: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """An address that starts inside an organisation's name starts after it.

    Why: "briefadres Leger des Heils Prinsegracht 21" reads "Heils Prinsegracht 21" as a
    street; the organisation's name stays readable and the address is the rest.
    """
    out = []
    for s, e, label in spans:
        if label == "address":
            for ps, pe in protected:
                if ps < s < pe < e and text[pe:e].strip():
                    s = pe + len(text[pe:e]) - len(text[pe:e].lstrip())
        out.append((s, e, label))
    return out


def _glued(text: str, s: int, e: int) -> bool:
    """One word glued to digits is a piece of a code, not a name ("t12983ada", "ta560bce3")."""
    if " " in text[s:e]:
        return False
    if (_CODE_SHAPE.fullmatch(text, s, e) or e - s <= 3) and (
        _COMMENT_NUMBER.match(text, e) or text.endswith(("t/m ", "en "), 0, s)
    ):
        return False  # "Opmerking [SdB1]:", "opmerkingen JW1 t/m JW3": a reviewer's comments
    return (s > 0 and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit())


# The number of a reviewer's comment after the reviewer's initials
_COMMENT_NUMBER: Final = regexes.compile(r"[0-9]{1,3}(?:\]|:|[ ](?:t/m|en)[ ])")


# "Baldewsingh R. (Rita)", "mw Azzouzi N. –", "Bakker R.M.,": initials after a surname
_TRAILING_INITIALS: Final = regexes.compile(r" ((?:[A-Z]\.){1,3})(?=[ \t]*(?:[,;:()–—-]|\n|$))")


# A name, perhaps an age in brackets, a comma and a capitalised name with a house number that
# ends there: "mw de Wit (87), Slinge 905:", "fam. Postma, Kluiverboom 27, Lewenborg".
_ADDRESS_AFTER_NAME: Final = regexes.compile(
    # (an age or birth date in brackets may stand between: "(87)", "(±75 jaar)", "(11-11-1939)")
    r"(?:[ ]\([^()\n]{1,24}\))?,[ ]([A-Z][a-zà-ÿ]{3,}(?:[ ][A-Z][a-zà-ÿ]+)?)[ ]"
    r"([0-9]{1,4}(?:-?[A-Za-z]{1,2}|-[0-9]{1,3}|-I{1,3})?)(?=[ ]?[,:;.)]|[ ]?\n|$)"
)
# Nouns numbered like a house ("Bakker, Groep 7", "Ahmed, Kamer 12"): no street.
_NUMBERED_NOUNS: Final = frozenset(
    [
        "groep",
        "kamer",
        "week",
        "team",
        "fase",
        "les",
        "klas",
        "lokaal",
        "stap",
        "niveau",
        "dag",
        "bus",
        "lijn",
        "route",
        "zaal",
        "hoofdstuk",
        "punt",
        "pagina",
        "artikel",
        "blok",
        "module",
        "ronde",
        "sessie",
        "casus",
        "versie",
        "jaar",
        "maand",
        "bed",
        "unit",
        "afdeling",
        "verdieping",
        "etage",
        "poort",
        "spoor",
        "tafel",
        "bijlage",
        "vraag",
        "item",
        "optie",
        "scenario",
        "plan",
        "doel",
        "actie",
        "taak",
        "regel",
        "rij",
        "kolom",
        "nummer",
        "deel",
        "periode",
        "kwartaal",
        "cohort",
        "leerjaar",
        "graad",
        "huis",
        "stoel",
        "box",
        "locatie",
        "ruimte",
        "cel",
        "vak",
        "map",
        "stap",
        "prioriteit",
        "categorie",
    ]
)


def _same_initials_elsewhere(
    text: str, initials: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int]]:
    """The other places where a writer's two or three letters found as initials stand.

    Why: a note signed "yk" or "PJ" names the same colleague earlier ("samen met yk",
    "Hoi PJ,"); alone there, two letters could be any abbreviation.
    """
    out: list[tuple[int, int]] = []
    for token in {text[s:e] for s, e in initials if 2 <= e - s <= 3 and text[s:e].isalpha()}:
        i = text.find(token)
        while i >= 0:
            j = i + len(token)
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (j == len(text) or not (text[j].isalnum() or text[j] in "-_"))
                and 1 not in blocked[i:j]
            ):
                out.append((i, j))
            i = text.find(token, j)
    return out


def _address_after_name(
    text: str, found: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int, str]]:
    """A street without a street word, with its number, right after a person's name.

    Why: lists and headings name a client and where they live in one breath ("Casus fam.
    Postma, Kluiverboom 27, Lewenborg"); a street name with no "straat" or "laan" is no
    street anywhere else, but right after a name and a comma it is.
    """
    lex = lexicons()
    out = []
    for _, e in found:
        # (tried only where its opening stands: this runs for every name found)
        m = _ADDRESS_AFTER_NAME.match(text, e) if text.startswith((",", " ("), e) else None
        if m is None or 1 in blocked[m.start(1) : m.end(2)]:
            continue  # a neighbourhood's name may also be a street's ("Poelenburg 312")
        name = m.group(1)
        first = name.split()[0]
        if (
            first.lower() in _NUMBERED_NOUNS
            or first in lex.first_names
            or first.lower() in MONTHS
            or name in lex.orgs
            or name in PLACES_EXTRA  # "Fatima, Marokko 3": a country, a city
        ):
            continue
        blocked[m.start(1) : m.end(2)] = b"\1" * (m.end(2) - m.start(1))
        out.append((m.start(1), m.end(2), "address"))
    return out


def _households(
    text: str, found: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int, str]]:
    """ "bij de Nkemelus thuis": a surname found elsewhere, in the plural of its household."""
    out = []
    for w in {text[s:e].split()[-1] for s, e in found}:
        if len(w) < 4 or not w[:1].isupper() or not w.isalpha():
            continue
        i = text.find("e " + w)  # a plain search: one regex per name costs its compilation
        while i >= 0:
            a = i + 2
            b = a + len(w)
            tail = _PLURAL_TAIL.match(text, b)
            if tail and text[i - 1 : i] in ("d", "D") and (i < 2 or not text[i - 2].isalnum()):
                b = tail.end()
                if not any(blocked[a:b]):
                    blocked[a:b] = b"\1" * (b - a)
                    out.append((a, b, "person"))
            i = text.find("e " + w, i + 1)
    return out


# the plural of a household's surname: "de Nkemelus", "de Jansen's"
_PLURAL_TAIL: Final = regexes.compile(r"(?:s|'s|’s)(?![\w'’])")


# Initials or a shortened particle right before a name: "A. Tjin", "t. visser", "v. Leeuwen",
# "v.d. Linden", "v/d Berg".
_INITIALS_BEFORE: Final = regexes.compile(
    r"(?:(?<![\w.'’])(?:[A-Za-z]\.[ ]?){1,3}|(?<![\w.'’])(?:v\.[ ]?d\.?|v/d|vd|v\.)[ ])$"
)


def _ends_initials(text: str, s: int) -> bool:
    """Whether the text before ``s`` ends as an _INITIALS_BEFORE match must."""
    c = text[s - 1]
    return c == "." or (c == " " and text[s - 2] in ".d")


def _leading_initials(
    text: str, spans: list[tuple[int, int, str]], blocked: bytearray
) -> list[tuple[int, int, str]]:
    """Extend a name back over the initials or the shortened particle written before it.

    Why: "mevr. A. Tjin" found as "Tjin" leaves "A." readable, "dhr v. Leeuwen" leaves
    "v."; a half-hidden name still leaks.  Only free characters directly before the name.
    """
    out = []
    prev_end = 0
    for s, e, label in spans:
        # every match that ends at s ends in "." or in ". " or "d " (an initial, "v/d "):
        # elsewhere the search is skipped
        if label == "person" and s > 1 and _ends_initials(text, s):
            m = _INITIALS_BEFORE.search(text, max(prev_end, s - 12), s)
            if (
                m
                and m.end() == s
                and not any(blocked[m.start() : s])
                and (text[m.start()].isupper() or text[m.start()] == "v" or text[s].islower())
                and text[m.start() : m.start() + 2] not in ("u.", "U.")
            ):
                s = m.start()  # a lower-case initial only before a lower-case name: "t. visser"
        out.append((s, e, label))
        prev_end = e
    return out


def _trailing_initials(
    text: str, spans: list[tuple[int, int, str]], blocked: bytearray
) -> list[tuple[int, int, str]]:
    """Extend a name over the initials written after it, as registers list people.

    Why: "mw Azzouzi N." leaves "N." readable, and a half-hidden name still leaks.  Only
    initials that end the name's phrase (a bracket, comma, dash or line end follows), so
    "Jansen A. Bakker" (two people listed) is not joined.
    """
    out = []
    for n, (s, e, label) in enumerate(spans):
        if label == "person":
            limit = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            if text[e : e + 1] == "." and text[e - 1].isupper() and text[e - 2 : e - 1] in " .":
                e = min(e + 1, limit)  # "Baldewsingh R" found: its initial keeps its dot
            # (tried only before a space, its opening: this runs for every name found)
            m = _TRAILING_INITIALS.match(text, e) if text.startswith(" ", e) else None
            if m and m.end(1) <= limit and not any(blocked[m.start(1) : m.end(1)]):
                e = m.end(1)
        out.append((s, e, label))
    return out


def _model_names(
    text: str, blocked: bytearray, found: list[tuple[int, int]], model: PersonModel
) -> set[tuple[int, int]]:
    """Names the token classifier adds, after the rules' vetoes on the whole name.

    Why the whole name: "Vreeswijk" alone is a village, "Kees Vreeswijk" a person; each
    added token is judged together with the names right beside it (found by the rules
    or added), joined over spaces and particles, as the rules judge their own spans.
    """
    proposed = [
        (s, e)
        for s, e in model.find(text, blocked)
        # a lone letter without its dot is an initial only before a name: "de W M O"
        if (e - s > 1 or text[e : e + 1] == "." or text[e + 1 : e + 2].isupper())
        and not _dotted_acronym(text, s, e)
        and not (e - s == 1 and _letters_said_apart(text, s))
    ]
    if not proposed:
        return set()
    names = sorted(set(proposed) | set(found))
    groups: list[list[tuple[int, int]]] = []
    for span in names:
        if groups and joined_by_particles(text, groups[-1][-1][1], span[0]):
            groups[-1].append(span)
        else:
            groups.append([span])
    whole = {(g[0][0], g[-1][1]): g for g in groups if any(x in proposed for x in g)}
    kept = veto_non_names(text, sorted(whole))
    return {x for span in kept for x in whole[span] if x in proposed}


_NAME_AFTER_LETTERS: Final = regexes.compile(r"[ ](?:[A-ZÀ-Þ][\w'’-]+|van|de|der|den|ter|ten|el)\b")


def _letters_said_apart(text: str, s: int) -> bool:
    """The letter at ``s`` is one of those said apart that spell a bank's code or an
    organisation's capitals ("R A B O,", "I N G B", "G G D"), with no name after them.

    Why: "J A M de Vries" are initials, because a name follows them, and "W A R S A M E"
    a name spelled out.
    """
    a = s
    while (
        a >= 2
        and text[a - 1] == " "
        and text[a - 2].isalpha()
        and (a < 3 or not text[a - 3].isalnum())
    ):
        a -= 2
    b = s + 1
    while (
        b + 1 < len(text)
        and text[b] == " "
        and text[b + 1].isalpha()
        and not text[b + 2 : b + 3].isalnum()
    ):
        b += 2
    if (b - a + 1) // 2 < 3 or _NAME_AFTER_LETTERS.match(text, b):
        return False
    code = text[a:b:2].upper()
    return code in BANK_CODES or code in lexicons().orgs


# The words that lead from a name to the address after it: "mevrouw koç op de putselaan ...".
_TO_ADDRESS: Final = frozenset(["op", "aan", "in", "naar", "bij", "de", "het", "'t"])


def _name_before_address(text: str, s: int, b: int) -> int:
    """End of the name in a candidate text[s:...] that runs into data found at ``b``, or s.

    Why: in dictated notes a lower-case name runs on into the street after it ("bij
    mevrouw van den berg op de lisstraat zesendertig"); once the street is an address,
    the name still ends before "op de".  Only "op/aan/in/naar/bij (de)" may be cut off,
    so a candidate that merely overlaps other data is still dropped.
    """
    words = text[s:b].split(" ")
    if not words or words[-1] != "":
        return s
    words.pop()
    cut = 0
    while words and words[-1] in _TO_ADDRESS:
        words.pop()
        cut += 1
    if not cut or not words or not words[-1]:
        return s
    return s + len(" ".join(words))


# A nickname in quotes right after a name: 'Rignald Maduro ("Riggie")', 'Giselle — "Gigi" —'
_NICKNAME_AFTER: Final = regexes.compile(
    r"[ ]?(?:\([ ]?|[–—][ ]?|,[ ])[\"“‘']([A-ZÀ-Þ][\w'’-]{1,20})[\"”’'](?=[ ]?[)–—,])"
)
# Initials of colleagues listed ("MV, TB, HvdM, RZ, LA"): each of them one person
_CODE_SHAPE: Final = regexes.compile(r"[A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3}")


def _merge_listed_names(text: str, spans: list) -> list:
    """Join "Ahmadzai, Shabnam" (register order, ending a field) into one span.

    Why: the comma between surname and first name is part of the written name; a
    reviewer reading "[naam], [naam]" learns nothing, and a gold annotation may hold
    the whole "Surname, First" as one name.
    """
    out: list = []
    for s, e, label in spans:
        if out and label == "person" and out[-1][2] == "person":
            ps, pe, _ = out[-1]
            if pe == s:  # "J.v.d." and "B." found apart: one name
                out[-1] = (ps, e, label)
                continue
            after = text[e : e + 2].lstrip(" ")[:1]
            if (
                text[pe:s] in (",", ", ")
                and not (_CODE_SHAPE.fullmatch(text, ps, pe) and _CODE_SHAPE.fullmatch(text, s, e))
                and (
                    (
                        " " not in text[s:e]
                        and (
                            after in ("", "\n", ";", "|", "(", ")", "\t")
                            or _INVERTED_PARTICLES.match(text, e)
                        )
                    )
                    # "GEORGIEVA, Mariya Ivanova" alone on its line or in its cell (perhaps
                    # before a space: "| Hussein, Ali Jasim |"), or before the name in
                    # its own script: "Kovalchuk, Olena Mykolaivna (Ковальчук ...)"
                    or (" " not in text[ps:pe] and text[e : e + 1] in ("", "\n", "\t", "|"))
                    or (
                        " " not in text[ps:pe]
                        and text[e : e + 1] == " "
                        and (
                            text[e + 1 : e + 2] == "|"
                            or (text[e + 1 : e + 2] == "(" and _OTHER_SCRIPT.match(text, e + 2))
                        )
                        and text[s:e].count(" ") <= 2
                    )
                    # a surname in capitals before the first names, as a register writes
                    # it: "BAKKER, Frederik Johannes, geb. 07-05-1959"
                    or (
                        " " not in text[ps:pe]
                        and pe - ps > 2
                        and text[ps:pe].isupper()
                        and text[s + 1 : s + 2].islower()
                        and text[s:e].count(" ") <= 2
                    )
                )
            ):
                out[-1] = (ps, e, label)
                continue
        out.append((s, e, label))
    return [_inverted_particles(text, span) for span in out]


# "Hoop, Roos de;", "Berg, Anna van den <": the particles of an inverted name follow it
_INVERTED_PARTICLES: Final = regexes.compile(
    r"(?: (?:van|de|der|den|ter|ten|te|in 't|'t|het|op|la|le|du|da|dos|el|al|v\.d\.))+"
    r"(?=[ \t]*(?:[;|()<>\n]|, [A-Z]|$))"
)


def _inverted_particles(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """Extend "Surname, First" over the particles written after it ("Hoop, Roos de").

    Why: registers and Outlook headers move the particles behind the first name; left
    out, "de" shows how the surname begins.
    """
    s, e, label = span
    if label != "person" or ", " not in text[s:e]:
        return span
    m = _INVERTED_PARTICLES.match(text, e)
    return (s, m.end(), label) if m else span


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """Replace each finding by its Dutch placeholder (``[naam]``, ``[datum]`` ...)."""
    if findings is None:
        findings = find_personal_data(text)
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        parts.append(text[pos : f.start])
        parts.append(PLACEHOLDERS.get(f.label, "[verwijderd]"))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
