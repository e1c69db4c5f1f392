"""Initials that a text uses for its people, and every other use of them in the text.

Why: minutes and action lists introduce their people once ("Deelnemers: Ricardo Sital
(RS), Houda Benali (HB)") and from then on write only the initials ("RS + HB –
evaluatiegesprek", "HB – bellen met Woonbron"); a table names them in a column headed
"wie" or "casushouder" ("| EvH | bellen ..."); an agenda puts two of them in brackets
("familiegesprek (HK + KS)"); minutes list them as present ("Aanwezig: IK - MEE-consulent,
NH - maatschappelijk werker"); a note is signed with them (". – HK", "gr DJ"); a rota
puts them on its days ("do 11/4 – HK / DJ"); action points open with them ("- SV:
overlegt met de huisarts"); a message opens by addressing them ("AK kan jij ...").  Two
capitals on their own say nothing; in those places they are a person's name, and so they
are everywhere else in the same text.
"""

from __future__ import annotations

import re
from typing import Final

from . import regexes
from .creditor_tables import column_cells
from .cue_index import any_present, cues, has
from .lexicons import PARTICLES, PLACES_EXTRA, Lexicons
from .lines import line_matches
from .patterns import NOT_REFERENCE_CODES

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " je ",
    " jij",
    "jullie",
    "mvg",
    "oorzitter",
    "otul",
)

# "(RS)", "(HB, wijkcoach)", "(MÖ)": two to four capitals in brackets right after a name
_ABBREVIATION_AFTER: Final = regexes.compile(r"[ ]?\(([A-ZÀ-ÖØ-Þ]{2,4})[),]")
_CAPITALISED: Final = regexes.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")


def _name_before(text: str, end: int, found: list[tuple[int, int]]) -> str:
    """The whole name that ends at ``end``: the found spans joined by spaces or particles."""
    spans = sorted(sp for sp in found if sp[1] <= end)
    if not spans or spans[-1][1] != end:
        return ""
    start = spans[-1][0]
    for s, e in reversed(spans[:-1]):
        gap = text[e:start].split()
        if text[e:start].strip(" ") != " ".join(gap) or "\n" in text[e:start]:
            break
        if any(w.lower() not in PARTICLES for w in gap):
            break
        start = s
    return text[start:end]


def _initials_of(name: str) -> set[str]:
    """The ways a name is abbreviated: every capital initial, the first and the last, or
    those of a double first name alone ("Pieter-Jan Hoogland (PJ)")."""
    words = [m.group() for m in _CAPITALISED.finditer(name)]
    caps = [c for w in words for c in _PART_INITIALS.findall(w)]
    if len(caps) < 2:
        return set()
    out = {"".join(caps), caps[0] + caps[-1], "".join(w[0] for w in words)}
    first = _PART_INITIALS.findall(words[0]) if words else []
    if len(first) >= 2:
        out.add("".join(first))
    return {x for x in out if len(x) >= 2}


# the capital of each part of a word: "Pieter-Jan" gives P and J
_PART_INITIALS: Final = regexes.compile(r"(?<![^\W_])[A-ZÀ-ÖØ-Þ]|(?<=-)[A-ZÀ-ÖØ-Þ]")


def _defined_after_names(text: str, found: list[tuple[int, int]]) -> set[str]:
    """Initials in brackets right after a name whose capitals they are ("Annemiek de Wit
    (AW)", "Murat Öztürk (MÖ)"); "(GGZ)" or "(VT)" after a name are no initials of it."""
    out = set()
    for _, e in found:
        # (tried only at a bracket, its opening: this runs for every name found)
        m = _ABBREVIATION_AFTER.match(text, e) if text.startswith((" (", "("), e) else None
        if m and m.group(1) in _initials_of(_name_before(text, e, found)):
            out.add(m.group(1))
    return out


# "EvH", "MvdL", "AK", "YEK": capitals, perhaps with a particle's small letters between
_INITIALS: Final = regexes.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3})(?![\w-])"
)
# The headers of a table's column that holds people ("wie", "casushouder", "door")
_PEOPLE_HEADERS: Final = frozenset(
    ["wie", "door", "casushouder", "medewerker", "behandelaar", "uitvoerder", "actiehouder"]
    + ["contactpersoon", "regie", "regievoerder", "eigenaar", "verantwoordelijke", "trekker"]
    + ["begeleider", "consulent", "coach", "mw", "mw'er", "actie door", "ingevoerd door"]
    + ["inbrenger", "casusinbrenger", "ingebracht door", "initialen", "paraaf", "notulist"]
)


def _in_people_columns(text: str, lex: Lexicons) -> set[str]:
    """Initials in the cells of a table's column whose header names people."""
    out: set[str] = set()
    for s, e in column_cells(text, lambda c: c.lower().rstrip(":") in _PEOPLE_HEADERS):
        cell = text[s:e]
        for m in _INITIALS.finditer(cell):
            before = cell[: m.start()].split()
            if before and before[-1].lower() in lex.role_words:
                continue  # "consulent SHV": a role and its organisation
            if not _not_people(m.group(1), lex):
                out.add(m.group(1))
    return out


# Capitals of schemes, benefits, diagnoses, schools and roles that no lexicon of
# organisations holds but that stand in brackets and tables as often as people do.
_NOT_PEOPLE: Final = (
    frozenset(
        ["WW", "ZW", "WIA", "WAO", "WGA", "IVA", "ANW", "IOAW", "IOW", "TW", "WLZ", "ZVW", "WSNP"]
        + ["MSNP", "PGB", "AOW", "BBZ", "TOG", "KOT", "VT", "VTH", "WMO", "GGZ", "GGD", "LVB"]
        + ["NAH", "ADL", "ADHD", "ASS", "PTSS", "BPS", "HBO", "MBO", "VMBO", "HAVO", "VWO", "UWV"]
        + ["SVB", "CAK", "CJIB", "IND", "COA", "DUO", "BRP", "BSN", "ID", "OV", "EHBO", "SPV"]
        + ["POH", "HA", "MW", "AMW", "SMW", "JGZ", "CB", "OK", "NB", "PS", "BV", "NV", "VOF"]
        + ["NVT", "TBD", "TBC", "NN", "VZ", "CC", "BCC", "FYI", "PM", "AM", "OR", "MT", "HR"]
        + ["EN", "NL", "FR", "DE", "ES", "TR", "AR", "PL", "RO", "PT", "IT", "RU", "UK"]
        # care at home, a GP's practice, replies and forwards, a particle's capitals of a
        # body or plan ("KvK", "PvA", "VvE", "OvJ", "RvdK")
        + ["HH", "HV", "RE", "FW", "FWD", "AW", "WG", "TO", "CM", "WV", "PB", "OT"]
        + ["KvK", "PvA", "PvE", "VvE", "OvJ", "RvdK", "RvT", "RvB", "PvdA", "CvB", "MvT"]
        + ["EvRM", "HvJ", "WvS", "WvSr", "CvdK", "LdH", "KBvG"]
    )
    | NOT_REFERENCE_CODES
)


def _not_people(code: str, lex: Lexicons) -> bool:
    return code in _NOT_PEOPLE or code in lex.orgs


# Two sets of initials or more in brackets, joined: "(HK + KS)", "(HK/DS)"
_JOINED_IN_BRACKETS: Final = regexes.compile(
    r"\(([A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,2}"
    r"(?:[ ]?[+/&][ ]?[A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,2})+)\)"
)
# Initials that sign a message at a line's end: ". – HK", "— MLZ", "gr DJ", "mvg SdG"
_SIGNED: Final = regexes.compile(
    r"(?m)(?:[.!?)][ \t]+[–—-]|[\"”’][ \t]*[–—-]|^[ \t]*[–—-]|(?<![\w])(?:gr|groet|groeten|mvg|vrgr)\.?,?)"
    r"[ \t]*([A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3})[ \t]*$"
)


def _signed_initials(text: str, lex: Lexicons) -> set[str]:
    """Initials that sign a message or a note's line (see _SIGNED).

    Why line by line: only a line that ends in a capital can end in initials; the pattern
    runs on the last few dozen characters of those lines alone.
    """
    out: set[str] = set()
    for line in text.split("\n"):
        line = line.rstrip()
        if line[-1:].isupper():
            m = _SIGNED.search(line, max(0, len(line) - 24))
            if m and not _not_people(m.group(1), lex):
                out.add(m.group(1))
    return out


def _joined_in_brackets(text: str, lex: Lexicons) -> set[str]:
    """Initials joined in brackets, none of them an organisation's ("(GGD/VT)" stays)."""
    out: set[str] = set()
    for m in _JOINED_IN_BRACKETS.finditer(text):
        codes = re.split(r"[ ]?[+/&][ ]?", m.group(1))
        if not any(_not_people(c, lex) for c in codes):
            out.update(codes)
    return out


# A line that lists who took part: "Aanwezig: IK - MEE-consulent, NH - maatschappelijk
# werker", "aanw: SdG (MW), DJK (WV)", "teamoverleg 30/7: GdW (vz), SdG, HK", "Notulen: WK".
_ATTENDANCE: Final = regexes.compile(
    r"(?im)^[ \t]*(?:[-*•][ \t]*)?(?:aanwezig(?:en)?|aanw\.?|deelnemers|afwezig(?:[ ]m\.k\.)?|"
    r"afmeldingen|notulen|notulist|voorzitter|vz|teamoverleg[^:\n]{0,12}|mdo[^:\n]{0,12})"
    r"[ \t]*:[ \t]*([^\n]+)"
)


def _in_attendance_lists(text: str, lex: Lexicons) -> set[str]:
    """Initials that open an item of a list of who took part (see _ATTENDANCE)."""
    out: set[str] = set()
    for m in line_matches(_ATTENDANCE, text):
        codes = []
        for item in re.split(r"[,;]|[ ]en[ ]|[ ]&[ ]", m.group(1)):
            whole = _ATTENDANCE_ITEM.fullmatch(item.strip())
            code = whole.group(1) if whole else ""
            if code and not _not_people(code, lex):
                codes.append(code)
        short = [c for c in codes if not (c.isupper() and len(c) > 3)]
        # four capitals in a row ("CAOP") name an organisation, unless they stand among
        # three initials or more, one colleague of the list ("MV, TB, HvdM, RTAF, GH")
        out.update(codes if len(short) >= 3 else short)
    return out


# An item that is initials alone, with a role after a dash or a role's capitals or "vz" in
# brackets: "IK - MEE-consulent", "SdG (MW)", "GdW (vz)"; not "SDD (B. Visser)", where the
# capitals are an organisation and the name in brackets its person.
_ATTENDANCE_ITEM: Final = regexes.compile(
    r"([A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3})"
    r"(?:[ ]*[-–][ ]*[a-zà-ÿA-Z][\w -]*|[ ]*\((?:[A-Z]{1,4}|vz|voorzitter|notulen)\))?"
)


_CODE: Final = r"[A-ZÀ-ÖØ-Þ](?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3}"
# A line of a rota or a week's planning that opens with a weekday, perhaps its date and a
# dash: "do 11/4 – HK / DJ", "MA  SdG huisbezoeken Moerwijk | DJK MDO HMC"
_WEEKDAY_LINE: Final = regexes.compile(
    r"(?im)^[ \t]*(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag"
    r"|zaterdag|zondag)\.?(?:[ \t]+[0-9]{1,2}[/-][0-9]{1,2})?(?:[ \t]*[–—:-])?[ \t]+(\S[^\n]*)"
)
# What a rota plans, in the capitals a team writes it with: a home visit ("HB Kalloe", "HB
# bij mw Stoyanov"), a kitchen-table talk, a team meeting, an intake
_PLANNED_WORK: Final = frozenset(["HB", "KTG", "TO", "TB", "MDO", "IG", "GO", "AO", "HV", "OV"])
_WEEKDAY_OPENINGS: Final = frozenset(["ma", "di", "wo", "do", "vr", "za", "zo"])
_CELL_SPLIT: Final = regexes.compile(r"[ \t]*(?:\||[ \t](?:[/+&]|en)[ \t])[ \t]*")
_CELL_OPENING: Final = regexes.compile(rf"({_CODE})(?=$|[ \t,;:(])")


def _in_rotas(text: str, lex: Lexicons) -> set[str]:
    """Initials that open a cell of a rota's line (see _WEEKDAY_LINE): the colleague on duty.

    Only in a rota: two lines of the text open with a weekday at least.
    """
    out: set[str] = set()
    opening = [line.lstrip()[:2].lower() for line in text.split("\n")]
    if sum(w in _WEEKDAY_OPENINGS for w in opening) < 2:
        return out  # no rota: the pattern below need not scan the text
    lines = list(_WEEKDAY_LINE.finditer(text))
    if len(lines) < 2:
        return out
    for line in lines:
        for cell in _CELL_SPLIT.split(line.group(1)):
            m = _CELL_OPENING.match(cell)
            code = m.group(1) if m else ""
            if (
                code
                and code not in _PLANNED_WORK
                and not (len(code) > 3 and code.isupper())  # "VRIJ", "MDO'S"
                and not _not_people(code, lex)
            ):
                out.add(code)
    return out


# Initials as one item of a list ticked off: "✅ Sanne ✅ DJ ✅ Roos ❓Nadia"
_TICKED: Final = regexes.compile(
    rf"[✅✔☑✓❓❌]\ufe0f?[ \t]*({_CODE})(?=[ \t]*(?:[✅✔☑✓❓❌(]|$))", re.M
)
# ... or with the mark after them, as an attendance list ticks: "GH ✓  BA ✓  PN ✗ (cursus)"
_TICKED_AFTER: Final = regexes.compile(rf"(?<![\w-])({_CODE})[ ]?[✅✔☑✓❌✗](?=[ \t]|$)", re.M)
# Initials after the role someone had in a meeting: "– notulen FM", "vz: GdW."
_AFTER_MEETING_ROLE: Final = regexes.compile(
    rf"(?<![\w])(?i:notulen|notulist|notulant|voorzitter|vz)[ \t]*:?[ \t]+({_CODE})"
    r"(?=[ \t]*(?:$|[,;.)]))",
    re.M,
)
# Initials with the date of what they wrote, in brackets: "update (NT, 8 aug.):"
_DATED_AUTHOR: Final = regexes.compile(
    rf"\(({_CODE}|[a-z]{{2,3}}),[ ]?[0-9]{{1,2}}(?:[ ][a-z]{{3}}|[-/][0-9]{{1,2}})"
)
# An action point that opens with initials and what they do: "- SV: overlegt met de
# huisarts", "- IN: plant huisbezoek"; not "- BR: gestopt", "- PGB: loopt" (schemes)
_ACTION_ITEM: Final = regexes.compile(
    rf"(?m)^[ \t]*(?:[-*•]|[0-9]{{1,2}}[.)])[ \t]*({_CODE})[ \t]*:[ \t]+(?!ge)[a-z]{{2,}}t\b"
    # two of them: "- ED en CR: poster drukken"
    rf"|^[ \t]*(?:[-*•]|[0-9]{{1,2}}[.)])[ \t]*({_CODE})[ ](?:en|\+|&)[ ]({_CODE})[ \t]*:[ \t]+[a-z]"
)
# Initials in brackets that close a note's line or stand alone on it: "post doorgenomen
# met clt (SB)", "(JB)"; and initials before their role in brackets: "door RV
# (schuldhulpverlener)"
# (Why they open with "(" and a capital: a pattern that opens with a look-behind or "^" is
# tried at every position of the text; one that opens with a character is searched for it.)
_CLOSING_BRACKETS: Final = regexes.compile(r"\(([A-ZÀ-ÖØ-Þ][a-z]{0,3}[A-ZÀ-ÖØ-Þ])\)[ \t]*$", re.M)
_AFTER_WORDS: Final = frozenset("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ.,!?")
_BEFORE_ROLE: Final = regexes.compile(
    r"([A-ZÀ-ÖØ-Þ](?<![\w-].)(?:[a-z]{0,3}[A-ZÀ-ÖØ-Þ]){1,3})[ ]\(([a-zà-ÿ][\w'’-]+)\)"
)
# The bracket of a _BEFORE_ROLE match, at most 14 after its start.  Why: searched from 14
# before the first of these (led by the bracket, which the engine skips to in C), the
# pattern finds the same matches without trying every capital before it.
_ROLE_BRACKET_AT: Final = regexes.compile(r"\((?<=[A-ZÀ-ÖØ-Þ] \()[a-zà-ÿ]")


# Initials as the subject of an action, opening a line, an item or a sentence: "→ MV past
# aan", "2. WK belt de Wmo-consulent", "LA checkt de posters"; the verbs are those of
# action points.  Two capitals or a particle's ("HvdM") only: three or more in a row are
# an organisation's as often ("RMC zoekt", "CAOP schrijft")
_ACTION_VERBS: Final = (
    "belt|mailt|appt|vraagt|checkt|past|haalt|brengt|regelt|plant|stuurt|maakt|zoekt|neemt"
    "|pakt|zet|organiseert|informeert|koppelt|overlegt|schrijft|levert|bespreekt|nodigt"
    "|verzorgt|print|drukt|zorgt|coördineert|werkt|deelt|verwerkt|bundelt|agendeert|boekt"
    "|reserveert|bestelt|nodigt|benadert|polst|peilt|vraagt|test|monteert|maakt"
    # what a case conference's minutes have someone do: "TS kijkt naar", "ND vermoedt LVB",
    # "KL bewaakt", "EH biedt mevrouw ... aan", "MY doet intake", "AM stopt"
    "|kijkt|bekijkt|bewaakt|vermoedt|begeleidt|biedt|meldt|stopt|doet|gaat|houdt|start"
    "|blijft|geeft|legt|onderzoekt|volgt|bezoekt|motiveert|ondersteunt|verstuurt|spreekt"
    "|contacteert|herinnert|onderhoudt|verkent|inventariseert|signaleert"
)
_ACTION_VERB_CUES: Final = cues(*(" " + v for v in _ACTION_VERBS.split("|")))
_ACTION_SUBJECT: Final = regexes.compile(
    rf"(?:^|(?<=[.!?→>,;])[ \t]|(?<=\n)|(?<=[0-9][.)][ ])|(?<=[-*•][ ])|(?<=:[ ]))[ \t]*"
    rf"([A-ZÀ-ÖØ-Þ](?:[a-z]{{1,3}}[A-ZÀ-ÖØ-Þ]){{1,2}}|[A-ZÀ-ÖØ-Þ]{{2}})[ ](?:(?:{_ACTION_VERBS})(?![\w-]))"
)
# An action list's line that opens with its owner's initials and then the action, after a
# colon, a dash or a column's spaces: "JV: medicatie nagaan", "AB    huisbezoek Lagerwey",
# "A1 EH – aanbod ambulante hulp", "[x] RO start traject", "☐ KL – koppeling Humanitas".
# Only two capitals or a particle's ("HJdW"): three or more name a body as often ("RMC:").
_OWNER_CODE: Final = r"[A-ZÀ-ÖØ-Þ]{1,2}(?:[a-z]{1,3}[A-ZÀ-ÖØ-Þ])|[A-ZÀ-ÖØ-Þ]{2}"
_OWNER_LINE: Final = regexes.compile(
    r"(?m)^[ \t]*(?:(?:[-*•>→]+|->|\[[ xX]\]|[☐☑✔✓]|[A-Z][0-9]|[0-9]{1,2}[.)])[ \t]*)?"
    rf"({_OWNER_CODE})"
    # (after a colon a small letter: "WT: Hallo" is a transcript's speaker)
    r"(?:[ \t]*:[ \t]+(?=[a-zà-ÿ])|[ ]{2,}|\t[ \t]*|[ \t]+[–—-][ \t]+)(?=[a-zA-Zà-ÿ])"
    # after a check box one space will do: "[x] RO start traject", "☐ KL koppeling"
    rf"|^[ \t]*(?:\[[ xX]\]|[☐☑])[ \t]*({_OWNER_CODE})"
    r"[ ](?=[a-zà-ÿ]{3})"
)
# The owner, or two, between dashes in a line of actions: "leefgeld 2x p/wk – BH – per 2
# dec", "schuldhulp aanmelding Haddou – TZ – gedaan", "gezinsplan – RA/LP – 1 nov"
_DASHED_OWNER: Final = regexes.compile(
    rf"[–—][ ]({_OWNER_CODE})(?:[ ]?[/+&][ ]?({_OWNER_CODE}))?[ ][–—][ ]"
)
# A colleague's initials with a particle's small letters between the capitals: "MdV",
# "JvdP", "HJdW" (the bodies written so are in _NOT_PEOPLE: "KvK", "PvA", "VvE")
_PARTICLE_CODE: Final = regexes.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-Þ]{1,2}(?:v|d|vd|vdr|vd[A-Z]|t|te|ter|v[A-Z]|d[A-Z])[A-ZÀ-ÖØ-Þ])(?![\w-])"
)
# Initials of whoever wrote something: "Notities TB startbijeenkomst", "Evaluatie WK –
# brainstorm", "overgetypt door so", "(Opmerking reviewer TB: ...)", "Paraaf
# budgethouder: TB"
# Two letters of a note that are no one's initials: "to do wk 12", "notitie hb di 11/2"
_NOT_CODES: Final = frozenset(
    ["wk", "hb", "ma", "di", "wo", "do", "vr", "za", "zo", "ok", "nb", "ps", "to", "en", "mdo"]
    + ["of", "op", "in", "te", "de", "je", "ik", "we", "ze", "na", "al", "mw", "ca", "pm", "am"]
)
# Whose list or note it is: "to do yk", "TODO MN week 10", "Dagplanning IZ do 20 maart",
# "notitie tk 13/3"; and a note's heading that ends with a date or time and the initials:
# "Telefoonnotitie 12 maart, 15.05 uur – IZ", "... — 19-03-2025 — MN"
_NOTE_OWNER: Final = regexes.compile(
    rf"(?im)^[ \t]*(?:to[ ]?do|dagplanning|planning|(?:telefoon)?notitie)[ ](?!WK\b)"
    rf"((?-i:{_CODE})|[a-z]{{2}})(?=[ \t]*(?:$|[ ](?:week|wk|do|di|wo|ma|vr|[0-9])|[ ]?[🙂:]))"
)
_HEADING_OWNER: Final = regexes.compile(
    rf"(?m)[0-9][^\n]{{0,24}}?[ \t][–—][ \t]*({_CODE}|[a-z]{{2}})[ \t]*$"
)
# Assigned by an arrow: "→ PJ + POH-GGZ", "→ PJ, financieel SA", "→ yk" (not "→ RMC", "→ ja")
_ASSIGNED: Final = regexes.compile(rf"(?:→|->)[ ]?({_CODE}|[a-z]{{2}})(?=[ ]?(?:[,+;]|$))", re.M)
# Two colleagues joined: "huisbezoek | MN + IZ" (not "AOW + AIO")
_JOINED_CODES: Final = regexes.compile(rf"(?<![\w-])({_CODE})[ ]\+[ ]({_CODE})(?![\w-])")
# In these forms a word ("ja", "so") or three capitals ("RMC") is no one's initials
_STRICT_FORMS: Final = (_NOTE_OWNER, _HEADING_OWNER, _ASSIGNED, _JOINED_CODES)
# Each form with the words that must stand in the text for it (read from the cue index):
# one pattern of all the forms would be tried at nearly every character.
_AUTHORED: Final = (
    (
        cues("otities", "antekeningen", "valuatie", "erslag", "otulen"),
        regexes.compile(
            rf"(?im)^[ \t]*(?:notities|aantekeningen|evaluatie|verslag|notulen)[ \t]+"
            rf"(?-i:({_CODE}))(?=[ \t]*(?:$|[–—:-]|[ ][a-z]))"
        ),
    ),
    (
        cues(" door "),
        regexes.compile(
            rf"(?<![\w])(?i:overgetypt|uitgewerkt|genoteerd|geschreven|ingevuld|opgesteld)[ ]door[ ]"
            rf"({_CODE}|(?!(?:dr|drs|mr|ir|mw|dhr|hr|de|het|een|mij|ons|wie)\b)[a-z]{{2,3}})"
            rf"(?=[ \t]*(?:$|[,;):]|\.(?![a-z])))",
            re.M,
        ),
    ),
    (
        cues("pmerking", "eactie", "ommentaar"),
        regexes.compile(
            rf"(?<![\w])(?i:opmerking|reactie|commentaar)(?:[ ][a-z]+)?[ ]({_CODE})[0-9]?[ \t]*:"
        ),
    ),
    (
        cues("araaf"),
        regexes.compile(rf"(?<![\w])(?i:paraaf)[^:\n]{{0,24}}:[ \t]*({_CODE})[ \t]*$", re.M),
    ),
    (
        # "trekker uitwerking: JR", "Actie RTAF: GGD-melding"
        cues(
            "rekker",
            "igenaar",
            "ctiehouder",
            "erantwoordelijke",
            "ontactpersoon",
            "ctie ",
            "nbrenger",
            "ntaker",
            "asushouder",
        ),
        regexes.compile(
            r"(?<![\w])(?i:trekker|eigenaar|actiehouder|verantwoordelijke|contactpersoon"
            r"|inbrenger|intaker|casushouder)"
            rf"[^:\n]{{0,20}}:[ \t]*({_CODE})(?=[ \t]*(?:$|[,;.(]))"
            rf"|(?<![\w])(?i:actie)[ ]({_CODE})[ \t]*:",
            re.M,
        ),
    ),
    (
        # an item's owner between dashes before its date: "testen – TB – 12-05", "– LA + HvdM – 1-6"
        ("–", "—"),
        regexes.compile(
            rf"[–—][ ]({_CODE})(?:[ ]?[+/&][ ]?({_CODE}))?[ ][–—][ ][0-9]{{1,2}}[-/][0-9]{{1,2}}(?![0-9])"
        ),
    ),
    (cues("to do", "todo", "TODO", "To do", "lanning", "otitie"), _NOTE_OWNER),
    (("–", "—"), _HEADING_OWNER),
    (("→", "->"), _ASSIGNED),
    (("+",), _JOINED_CODES),
    (
        # the owner first in brackets, then a deadline: "(RZ, vóór 27-04)"
        cues("vóór ", "voor ", "uiterlijk ", "deadline "),
        regexes.compile(rf"\(({_CODE}),[ ]?(?:vóór|voor|uiterlijk|deadline)[ ]"),
    ),
)


# Initials before a language, a country or an organisation in brackets, or before one of
# them in the same brackets: "IM (Somalisch), BA (Arabisch)", "uitbetalen (AB, MOOI)"
_BEFORE_BRACKETED: Final = regexes.compile(
    rf"(?<![\w-])({_CODE})(?:[ ]\(|,[ ]?)([A-ZÀ-Þ][\wë'’-]+)\)"
)


# The initials of a reviewer's comment as a word processor pastes it or a reviewer types
# it: "Opmerking [SdB1]:", "Commented [MB2]:", "[LM1] Opmerking:", "[TM] Naam weg.",
# "[AK: → 'een moeder']", "[Tip MK: ...]", "opm. redactie (JV):", "opm hk:", "[... – HdJ]"
# initials as comments number them: "SdB", "ww", "vdH", "Ha"
_ANCHOR_CODE: Final = rf"{_CODE}|[a-z]{{2,3}}|[a-z]{{1,3}}[A-Z]|[A-Z][a-z]"
# the quick test before _COMMENT_ANCHOR, read from the text's cue index, not by a scan
_COMMENT_CUES: Final = cues("opm", "Opm")
_COMMENT_ANCHOR: Final = regexes.compile(
    rf"(?i:opmerking|commented|comment|commentaar|reactie|antwoord)[ ]\[((?-i:{_ANCHOR_CODE}))[0-9]{{1,3}}\]"
    rf"|\[((?-i:{_ANCHOR_CODE}))[0-9]{{1,3}}\][ ](?i:opmerking|antwoord|reactie|comment)"
    rf"|(?m:^)[ \t]*\[({_CODE})\][ ]"
    rf"|\[(?:(?i:tip|vraag|opm\.?|nb)[ ])?({_CODE}):"
    rf"|(?i:opm\.?|opmerking)(?:[ ][a-z]+)?[ ]\(({_CODE})\):"
    rf"|(?i:opm\.?)[ ]([a-z]{{2,3}}|{_CODE})[0-9]{{0,3}}:"
    rf"|[–—][ ]({_CODE})\]"
    rf"|(?i:opmerkingen|opmerking|comments|comment)[ ]((?-i:{_CODE}))[0-9]{{1,3}}(?![\w])"
)


# Colleagues addressed by their initials as a message opens: "AK kan jij ff checken ...",
# "KdV MB RvO even jullie aandacht: ..."
_ADDRESSED: Final = regexes.compile(
    rf"(?m)^[ \t]*@?((?:{_CODE})(?:[ ,&+]+@?(?:{_CODE}))*)[ ,:]+"
    r"(?=(?:kan|kun|wil|heb|ben|weet|zou|mag|moet)[ ](?:jij|je|jullie)\b|even[ ]jullie\b"
    r"|jullie[ ](?:moeten|kunnen|willen)\b)"
)


# A list whose items open with initials and a dash: "1. LA – bemoeizorg, man 60+", "2. SK –
# HG, moeder 3x Blijf": who brought in which case
_LISTED_CODE: Final = regexes.compile(
    rf"(?m)^[ \t]*(?:[0-9]{{1,2}}[.)]|[-*•])[ \t]*({_CODE})[ \t]+[–—-][ \t]+([^\n]+)"
)
_WORD_INITIAL: Final = regexes.compile(r"(?<![\w'’-])[^\W0-9_]")


def _listed_codes(text: str, lex: Lexicons) -> set[str]:
    """Initials opening three items of a list or more, each with a dash (see _LISTED_CODE).

    A list of abbreviations and their meanings ("HG – huiselijk geweld", "BZ – bemoeizorg")
    has the same shape; an item whose words after the dash open with the letters of its
    capitals, or whose capitals an organisation or scheme has, makes it such a list.
    """
    items = list(_LISTED_CODE.finditer(text))
    if len(items) < 3:
        return set()
    codes = set()
    for m in items:
        code = m.group(1)
        initials = "".join(c.group() for c in _WORD_INITIAL.finditer(m.group(2)))[: len(code)]
        if _not_people(code, lex) or initials.lower() == code.lower():
            return set()
        codes.add(code)
    return codes if len(codes) >= 3 else set()


def _initials_in_notes(text: str, lex: Lexicons) -> set[str]:
    """Initials a note's own forms give to people: ticked lists, meeting roles, dated
    updates, closing brackets, a role in brackets, action points and colleagues addressed
    (the patterns above)."""
    out: set[str] = set()
    codes: list[str] = []
    if "✅" in text or "✔" in text or "☑" in text or "✓" in text:
        marks = sum(text.count(c) for c in "✅✔☑✓❓❌")
        if marks >= 3:
            codes += [m.group(1) for m in _TICKED.finditer(text)]
    if "✓" in text or "✔" in text or "✗" in text:
        ticked = [m.group(1) for m in _TICKED_AFTER.finditer(text)]
        if len(ticked) >= 3:
            codes += ticked
    if has(text, "otul") or has(text, "oorzitter") or "vz" in text or "Vz" in text or "VZ" in text:
        codes += [m.group(1) for m in _AFTER_MEETING_ROLE.finditer(text)]
    if "(" in text:
        for m in _DATED_AUTHOR.finditer(text):
            if not (m.group(1).islower() and lex.is_word(m.group(1))):
                codes.append(m.group(1))  # "(NT, 8 aug.)", "(nk, 13/3)"; not "(ook, 13/3)"
        for m in _CLOSING_BRACKETS.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            lead = text[line_start : m.start()]
            if lead.strip() and not (lead.endswith(" ") and lead[-2:-1] in _AFTER_WORDS):
                continue  # after a word and a space, or alone on its line
            before = lead.split()
            if (
                before
                and before[-1][0].isupper()
                and not (len(before) <= 2 and lex.is_word(before[-1].lower()))
            ):
                continue  # "Esther (WV)", "Rachid (GGzE)": the team or employer of a name
            if m.group(1) not in _initials_of(" ".join(before)):
                codes.append(m.group(1))  # "Centrum Jeugd en Gezin (CJG)" defines a name
        role = _ROLE_BRACKET_AT.search(text)
        codes += [
            m.group(1)
            for m in (_BEFORE_ROLE.finditer(text, max(0, role.start() - 14)) if role else ())
            if m.group(2) in lex.role_words
        ]
        for m in _BEFORE_BRACKETED.finditer(text):
            if (m.group(2) in PLACES_EXTRA or m.group(2) in lex.orgs) and not (
                m.group(1).isupper() and len(m.group(1)) >= 3  # "FACT (Parnassia)"
            ):
                codes.append(m.group(1))  # "IM (Somalisch), BA (Arabisch)", "(AB, MOOI)"
    if ":" in text:
        codes += [g for m in line_matches(_ACTION_ITEM, text) for g in m.groups() if g]
    if has(text, "jullie") or has(text, " jij") or has(text, " je "):
        for m in _ADDRESSED.finditer(text):
            codes += re.split(r"[ ,&+@]+", m.group(1))
    if any_present(text, _ACTION_VERB_CUES):
        codes += [m.group(1) for m in _ACTION_SUBJECT.finditer(text)]
    owners: list[str] = []
    for m in line_matches(_OWNER_LINE, text) if "\n" in text else ():
        code = m.group(m.lastindex or 1)
        if code.lower() in _WEEKDAY_OPENINGS:
            continue  # a rota's day: "MA  huisbezoeken"
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        initials = "".join(c.group() for c in _WORD_INITIAL.finditer(rest))[: len(code)]
        if initials.lower() == code.lower():
            owners = []  # a list of abbreviations: "- HG – huiselijk geweld"
            break
        owners.append(code)
    if len(owners) >= 2:  # an action list: two lines at least open with an owner
        # a transcript's speakers ("CL: Ja, ...", "WT: Oké") open three lines or more each
        talk = {c for c in owners if text.count(f"\n{c}:") + text.startswith(f"{c}:") >= 3}
        codes += [c for c in owners if c not in talk]
    if "–" in text or "—" in text:
        codes += [
            g
            for m in _DASHED_OWNER.finditer(text)
            for g in m.groups()
            if g and g not in _PLANNED_WORK
        ]
    codes += [m.group(1) for m in _PARTICLE_CODE.finditer(text)]
    if "[" in text or has(text, "opm") or has(text, "Opm"):
        for m in _COMMENT_ANCHOR.finditer(text):
            k = m.lastindex or 0
            code = m.group(k) if k else ""
            # unnumbered, three capitals or more are a word's ("[IVR]", "[RED: naam weg]")
            if code and (k in (1, 2, 8) or not (code.isupper() and len(code) >= 3)):
                codes.append(code)
    if "–" in text or "—" in text or " - " in text:
        codes += _listed_codes(text, lex)
    for words, rx in _AUTHORED:
        if any_present(text, words):
            for m in rx.finditer(text):
                strict = rx in _STRICT_FORMS
                codes += [
                    g
                    for g in m.groups()
                    if g
                    and not (g.islower() and g in _NOT_CODES)
                    and g not in ("HB", "MDO", "KTG")  # a home visit, a meeting, a talk
                    and not (strict and g.islower() and lex.is_word(g))
                    and not (strict and g.isupper() and len(g) >= 3)
                ]
    for code in codes:
        if not _not_people(code, lex):
            out.add(code)
    return out


def _heading_word(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] stands in a line of capitals, beside a word of three capitals or
    more ("IN BEHANDELING"): there initials that are also a word ("IN") are that word."""
    before = text[max(0, s - 20) : s].split()
    after = text[e : e + 20].split()
    return any(len(w) >= 3 and w.isupper() and w.isalpha() for w in before[-1:] + after[:1])


# letters the text itself calls someone's initials: "AKH = initialen van de cliënt"
_SAID_INITIALS: Final = regexes.compile(
    r"(?<![\w-])([A-Z]{2,4}|[A-Z][a-z]{1,3}[A-Z])[ \t]*(?:=|:|zijn|staat[ ]voor)[ \t]*"
    r"(?:de[ \t]+)?(?i:initialen)"
)


def initials_for_people(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Spans of initials a text uses for people (see the module), and of their other uses.

    Each use must stand alone ("RS", not "RSVP" or "RS-formulier").
    """
    abbreviations: set[str] = set()
    if "(" in text:
        abbreviations |= _defined_after_names(text, found)
        if "+" in text or "/" in text or "&" in text:
            abbreviations |= _joined_in_brackets(text, lex)
    abbreviations |= _in_people_columns(text, lex)
    if ":" in text:
        abbreviations |= _in_attendance_lists(text, lex)
    if "–" in text or "—" in text or "-" in text or "gr" in text or has(text, "mvg"):
        abbreviations |= _signed_initials(text, lex)
    abbreviations |= _in_rotas(text, lex)
    abbreviations |= _initials_in_notes(text, lex)
    said = (
        set(m.group(1) for m in _SAID_INITIALS.finditer(text)) if has(text, "nitialen") else set()
    )
    out = []
    for abbr in abbreviations | said:
        word = lex.is_word(abbr.lower())
        # also numbered, as a comment's anchor numbers them: "SdB" in "[SdB1]", "JW1 t/m JW3";
        # initials the text calls so also inside a file's name ("AKH_140381_intake.docx")
        rx = (
            rf"(?<![^\W_]|-){abbr}(?![^\W_]|-)"
            if abbr in said
            else rf"(?<![\w-]){abbr}(?=[0-9]{{0,3}}(?![\w-]))"
        )
        for m in re.finditer(rx, text):
            s, e = m.span()
            if not any(blocked[s:e]) and not (word and _heading_word(text, s, e)):
                out.append((s, e))
    return sorted(out)
