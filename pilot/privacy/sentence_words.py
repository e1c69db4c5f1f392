"""Ordinary words the person passes take for names, told by their shape in the sentence.

Why a module of its own: each rule removes or trims a found span that its own shape and its
neighbours show to be a word, an organisation or a neighbourhood: a pronoun ("Ze werd
gebeld", "Mevr. U moet"), an adjective opening a sentence before its noun ("Mooi punt
Dewi.") or in an elliptic sentence ("Dom, maar leerzaam."), a collective noun as subject
("Baas zegt"), one word of a named project ("Vrouwen voor Vrouwen", "Fysio aan Huis"), a
Turkish kin word ("Fikret amca"), a neighbourhood after a slash ("Overschie/Kleinpolder").
A word the lexicon knows as a first name keeps its span where the shape is a name's too
("Roos zegt", "Bakker belde", "Dewi komt").  Runs last in ``persons.find_persons``.
"""

from __future__ import annotations

import re
from typing import Final

from . import regexes
from .lexicons import SHOP_HEADS, Lexicons, _read, _words
from .persons import _PERSON_VERBS, _SUBJECT_FOLLOWERS

# what opens a sentence: start of text, or a full stop, colon, line break or quote before it
_OPENING: Final = regexes.compile(r"(?:^|[.!?:;\n]['‘\"“]?|['‘\"“])[ \t]*$")
_PRONOUNS: Final = frozenset(
    ["Ze", "Zij", "Hij", "U", "Wij", "We", "Jij", "Je", "Ik", "Het", "Men"]
)
_NEXT_LOWER: Final = regexes.compile(r"[ \t]+([a-zà-ÿ]{2,})\b")
# "X. Hij woont ...": a pseudonym's initial and the next sentence's pronoun
_PRONOUN_TAIL: Final = regexes.compile(r"\.[ \t]+(?:Hij|Zij|Ze|Het|Dit|Dat|Die|Er|Wij|We)$")
# "Dom, maar leerzaam.": an elliptic sentence of two adjectives
_ELLIPTIC: Final = regexes.compile(r",[ \t]+(?:maar|en|of)[ \t]+[a-zà-ÿ]{3,}[ \t]*[.!]")
# words after an opening word that show it is the subject or a noun's adjective's verb
_NOT_NOUN_AFTER: Final = _words("""
is|was|wordt|werd|heeft|had|kan|kon|moet|zal|zou|gaat|ging|komt|kwam|wil|mag|blijft|belt|belde|
zegt|zei|heb|hebben|zijn|en|of|maar|die|dat|wie|het|een|de|van|voor|met|ook|nog|niet|wel|zelf|
weer|al|er|te|op|in|aan|bij|uit|thuis|zag|vond|vindt|weet|wist|gebeld|gemaild|gesproken
""")
# collective and role nouns that open a sentence as a subject without an article
_ROLE_SUBJECTS: Final = _words("""
baas|bazin|huisbaas|chef|werkgever|eigenaar|verhuurder|buren|buurman|buurvrouw|dokter|
huisarts|juf|politie|gemeente|school|bank|mama|papa|opa|oma|moeder|vader
""")
# a project or service named with words: "Vrouwen voor Vrouwen", "Fysio aan Huis"
_CAP_WORD_AFTER: Final = regexes.compile(
    r"[ \t]+(voor|aan|in|met|op)[ \t]+(?:de[ \t]+|het[ \t]+)?[A-ZÀ-Þ]"
)
_CAP_WORD_BEFORE: Final = regexes.compile(r"([A-ZÀ-Þ][\wà-ÿ]+)[ \t]+(voor|aan|in|met|op)[ \t]+$")
# org words that end a firm's name: "Zorgvuldig Bewind", "Rijnmond Bewindvoering"
_ORG_TAILS: Final = frozenset(
    ["bewind", "bewindvoering", "budgetbeheer", "schuldhulp", "thuiszorg"]
)
# a lower-case organisation noun right before: "ouderenvereniging Shanti"
_ORG_NOUN_BEFORE: Final = regexes.compile(
    r"[a-zà-ÿ]{3,}(?:vereniging|stichting|organisatie|moskee|koor|club|centrum)[ \t]+$"
)
_TITLE_BEFORE: Final = regexes.compile(
    r"(?i)(?:^|[^\w])(?:mw|mevr|mvr|dhr|mnr|hr|mr|mevrouw|meneer|heer|dr|drs|ir|ing)\.?[ \t]+$"
)
# lower-case words no person pass should keep: an adverb ("anders wordt het") and a
# plural agent noun ("de beste signaleerders")
_LOWER_ADVERBS: Final = frozenset(["anders", "samen", "zelf", "verder", "toch", "ook"])
# Turkish and other kin words after a name: "Fikret amca", "Ayşe teyze"
_KIN_WORDS: Final = frozenset(
    ["amca", "teyze", "abla", "abi", "dayı", "dayi", "yenge", "hala", "enişte", "hanım", "bey"]
)
# Polish and other words in a plea ("Prosze help"): never a name
_FOREIGN_WORDS: Final = frozenset(["prosze", "proszę", "dziękuję", "dziekuje", "pomocy", "pomóż"])
# "Woonkracht10": a word glued to a number is a brand
_GLUED_DIGIT: Final = regexes.compile(r"[0-9]")
_SCHOOL_AFTER: Final = regexes.compile(r"[ \t]+op[ \t]+De[ \t]+([A-ZÀ-Þ][a-zà-ÿ]+)\b")

_PLACEHOLDERS: Final = frozenset(["X.", "Y.", "Z.", "N.N.", "NN."])
_ORG_AFTER_VAN: Final = regexes.compile(
    r"[ \t]+van[ \t]+(?:Bewind|Bewindvoering|Budgetbeheer|Schuldhulp|Thuiszorg|"
    # "Erwin Bakker van Bakkerij Bakker": a shop or a house of worship after "van"
    + "|".join(sorted(w.capitalize() for w in SHOP_HEADS))
    + r")\b"
)
# "Van: Tanja Meester <t.meester@...>": a surname that is also a word, in a mail header
_MAIL_LINE: Final = regexes.compile(r"(?m)^(?:Van|Aan|From|To|Cc)[ \t]*:[ \t]*$")
_SURNAME_AFTER: Final = regexes.compile(r"[ \t]([A-ZÀ-Þ][a-zà-ÿ]+)(?=[ \t]*<)")

_AREAS: frozenset[str] | None = None


def _areas() -> frozenset[str]:
    global _AREAS
    if _AREAS is None:
        _AREAS = frozenset(e for e in _read("neighbourhoods.txt") if " " not in e)
    return _AREAS


def _is_opening(text: str, s: int) -> bool:
    return bool(_OPENING.search(text, max(0, s - 4), s))


def _verb_like(nxt: str, lex: Lexicons) -> bool:
    if nxt in _NOT_NOUN_AFTER or nxt in _PERSON_VERBS or nxt in _SUBJECT_FOLLOWERS:
        return True
    if nxt.endswith(("t", "de", "te")):
        stem = nxt[:-1] if nxt.endswith("t") else nxt[:-2]
        if stem and (
            lex.is_word(stem + "en", compounds=False)
            or lex.is_word(stem + stem[-1] + "en", compounds=False)
        ):
            return True
    return False


def _word_span(text: str, s: int, e: int, lex: Lexicons) -> bool:
    """True when the one-word span text[s:e] is no name by the rules above."""
    w = text[s:e]
    low = w.lower()
    if w in _LOWER_ADVERBS and text[s - 2 : s] == ", ":
        return True  # "wie wat zegt, anders wordt het"
    if low in _FOREIGN_WORDS or (low in _KIN_WORDS and w.title() not in lex.first_names):
        return True
    if w in _PRONOUNS and _NEXT_LOWER.match(text, e):
        return True  # "Ze werd gebeld", "Mevr. U moet"
    if _TITLE_BEFORE.search(text[max(0, s - 12) : s]):
        return False  # "mevr. Post", "dhr hoogland"
    if w.islower():
        # "anders", "signaleerders": a lower-case adverb or plural agent noun
        if w.title() in lex.first_names or w.title() in lex.surnames:
            return False
        return w in _LOWER_ADVERBS or (
            len(w) >= 8
            and w.endswith("ers")
            and (lex.is_word(w) or lex.is_word(w[:-3] + "en", compounds=False))
            and text[s - 1 : s] == " "
        )
    if e < len(text) and _GLUED_DIGIT.match(text, e) and lex.is_word(low):
        return True  # "Woonkracht10"
    prev = text[max(0, s - 1) : s]
    if prev == "/" and w in _areas():
        return True  # "Overschie/Kleinpolder"
    if low in _ORG_TAILS and re.search(r"[A-ZÀ-Þ][\wà-ÿ]*[ \t]+$", text[max(0, s - 30) : s]):
        return True  # "Zorgvuldig Bewind"
    if _ORG_NOUN_BEFORE.search(text[max(0, s - 40) : s]):
        return True  # "ouderenvereniging Shanti"
    first = w in lex.first_names
    name = first or w in lex.surnames
    if (
        not name
        and lex.is_word(low, compounds=False)
        and (_CAP_WORD_AFTER.match(text, e) or _CAP_WORD_BEFORE.search(text[max(0, s - 40) : s]))
    ):
        return True  # "Vrouwen voor Vrouwen", "Fysio aan Huis", "Welkom in Den Haag"
    if not _is_opening(text, s):
        return False
    if _ELLIPTIC.match(text, e) and lex.is_adjective(low):
        return True  # "Dom, maar leerzaam."
    m = _NEXT_LOWER.match(text, e)
    if not m:
        return False
    nxt = m.group(1)
    if not first and low in _ROLE_SUBJECTS:
        return True  # "Baas zegt", "Buren zijn"
    if not first and lex.is_adjective(low) and not _verb_like(nxt, lex):
        return lex.is_word(nxt, compounds=False)  # "Mooi punt Dewi."
    return False


def drop_sentence_words(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Leave out or trim the found spans that are words, organisations or areas.

    Why: these slipped through the earlier passes; each rule is told by the word's shape
    and its direct neighbours, so a real name in the same place stays.
    """
    out: list[tuple[int, int]] = []
    for s, e in found:
        span = text[s:e]
        if " " not in span and "." not in span:
            if _word_span(text, s, e, lex):
                continue
        else:
            # (each pattern only on a span that holds its literal: this runs per name)
            m = _PRONOUN_TAIL.search(span) if "." in span else None
            v = _ORG_AFTER_VAN.search(span) if "van" in span else None
            if m:
                e = s + m.start() + 1  # "dhr. X. Hij woont" -> "X."
                if text[s:e] in _PLACEHOLDERS:
                    continue  # "dhr. X.": a stand-in made anonymous by the writer
            elif v:
                e = s + v.start()  # "De Boer van Bewind Haaglanden" -> "De Boer"
            else:
                m = _SCHOOL_AFTER.search(span) if " De" in span or "\tDe" in span else None
                if m and m.group(1) not in lex.surnames and m.group(1) not in lex.first_names:
                    e = s + m.start()  # "Nour op De Regenboog" -> "Nour"
                else:
                    last = span.rsplit(None, 1)[-1]
                    if last.lower() in _KIN_WORDS:
                        e = s + len(span) - len(last)
                        while e > s and text[e - 1] in " \t":
                            e -= 1
        if e > s and text[e : e + 1] == " " and text[s:e] in lex.first_names:
            m = _SURNAME_AFTER.match(text, e)
            if m and m.group(1) in lex.surnames and _MAIL_LINE.search(text, max(0, s - 12), s):
                e = m.end()  # "Van: Tanja Meester <...>"
        if e > s:
            out.append((s, e))
    return out
