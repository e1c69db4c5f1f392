"""A statistical second opinion on names: a token classifier beside the rules.

Why: the rules in ``persons.py`` find names by cues someone thought of; every new writer
brings forms nobody wrote a rule for (lower-case surnames opening a caseload line, a
first name alone after "met", an initial after a name).  A logistic-regression model,
trained with scikit-learn by ``scripts/train_person_model.py`` on the annotated corpora,
scores each word the rules left alone by its shape, its lexicon classes and the words
around it.  Only a word scored above a high threshold becomes a name, so the model adds
what the rules missed without taking over their careful "this is no name" decisions for
protected phrases (organisations, places, roles) and structured data, which stay blocked.
Its weights are plain data (``data/person_model.json.gz``); running it needs no
scikit-learn, only dictionary look-ups.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Container, Iterable
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import add, not_
from typing import Final

from . import regexes
from .lexicons import (
    DATA,
    LABEL_CUES,
    MONTH_WORDS,
    PARTICLES,
    RELATIONS,
    TITLES,
    Lexicons,
    lexicons,
)
from .persons import AREA_HEADS, ORG_HEADS, ORG_NAME_TAILS

MODEL_PATH = DATA / "person_model.json.gz"

#: words, numbers, single punctuation marks and line ends: the model's tokens; split on
#: it, a text falls into [gap, token, gap, token, ..., gap].  (Why "(?=\S|\n)": every token
#: opens so, and it gives the engine a set of opening characters to skip to; without it
#: the engine tries the alternatives at every space, a tenth slower.)
TOKEN: Final = regexes.compile(r"(?=\S|\n)([^\W0-9_]+(?:['’`-][^\W0-9_]+)*\.?|[0-9]+|[^\w\s]|\n)")

_UPPER: Final = regexes.compile(r"[^\W0-9_a-zß-ÿ]")
_LOWER: Final = regexes.compile(r"[a-zß-ÿ]")
_DIGIT: Final = regexes.compile(r"[0-9]")
_REPEAT: Final = regexes.compile(r"(.)\1{2,}")

_TITLES: Final = frozenset(t.lower() for t in TITLES)
_RELATIONS: Final = frozenset(r.lower() for r in RELATIONS)
_PARTICLES: Final = frozenset(p.lower() for p in PARTICLES) | {"vd", "v.d.", "do"}
_CUE_WORDS: Final = frozenset(w.lower().rstrip(".") for w in TITLES | RELATIONS | LABEL_CUES)
#: never a person alone: months and weekdays, company forms, diseases named after people
_NEVER: Final = (
    frozenset(m.lower() for m in MONTH_WORDS)
    | frozenset({"b.v.", "bv", "n.v.", "nv", "v.o.f.", "vof"})
    | frozenset({"parkinson", "alzheimer", "korsakov", "huntington", "crohn", "asperger"})
    | frozenset({"down", "duchenne", "tourette", "lyme", "hodgkin", "bechterew"})
    # stand-ins writers use for a name they left out ("dhr. X", "mevrouw N.N.")
    | frozenset({"x", "y", "z", "xx", "xxx", "nn", "n.n."})
    # left and right in care shorthand ("wond li onderbeen")
    | frozenset({"li", "re"})
    # languages and nationalities in English notes ("English ok, Dutch no")
    | frozenset({"english", "dutch", "german", "french", "polish", "turkish", "arabic"})
    # epidemics named in a case history ("sinds corona alleen")
    | frozenset({"corona", "covid", "covid-19"})
)
# the company forms "B.V." and "N.V." that the tokens split into initials
_COMPANY_FORM: Final = regexes.compile(r"(?<![\w.])[BNbn]\.[Vv]\.")

#: a candidate word: never, always, or only where no sentence starts
NO, ALWAYS, MID_SENTENCE = 0, 1, 2
#: how many distinct words the caches keep before they start again (bounded memory)
CACHE_LIMIT = 200_000
_HEADS: Final = frozenset(h.lower() for h in ORG_HEADS | AREA_HEADS)
_ARTICLES: Final = frozenset({"de", "het", "'t"})
_ORG_JOINERS: Final = frozenset({"des", "&"})
# "Binnenstad-Oost", "Knippenbergcollege": a district's part, an institution's compound;
# "Hindostaans", "Surinaams-Javaans": an adjective of origin
_DISTRICT_PARTS: Final = ("oost", "west", "noord", "zuid", "centrum", "midden")
_COMPOUND_ENDS: Final = (
    *("college", "school", "lyceum", "kliniek", "ziekenhuis", "centrum", "stichting"),
    *("groep", "team", "dienst", "bureau", "loket", "punt", "kantoor", "academie"),
    *("aans", "aanse", "aams", "aamse"),
)
_PLACE_OR_INSTITUTION: Final = regexes.compile(
    rf"(?i)(?:-(?:{'|'.join(_DISTRICT_PARTS)})|[a-zà-ÿ]{{3}}(?:{'|'.join(_COMPOUND_ENDS)}))$"
)
# a lower-case ASCII word without one of these endings cannot match: the search is skipped
_PLACE_OR_INSTITUTION_ENDS: Final = _DISTRICT_PARTS + _COMPOUND_ENDS


@lru_cache(maxsize=65536)  # why: asked for a word and again for it as each neighbour
def shape(word: str) -> str:
    """ "Yilmaz" -> "Xxx", "J." -> "X.", "06" -> "dd": the word's outline."""
    s = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEAT.sub(r"\1\1", s)


def tokens(text: str) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` and where each starts.

    Why split and accumulate: both run in C, three times faster than a match object
    per token, and the model looks at the positions of few tokens.
    """
    pieces = TOKEN.split(text)
    ends = list(accumulate(map(len, pieces)))
    return pieces[1::2], ends[0:-1:2]


def candidate_kind(word: str, lex: Lexicons) -> int:
    """Could ``word`` be (part of) a name?  Cheap tests that drop most tokens.

    A capitalised word, a known name in any case, or a word the word lists do not know
    (:data:`ALWAYS`); a capitalised ordinary word that is no known name only inside a
    sentence (:data:`MID_SENTENCE`: "Gisteren" opening one is no name); never a
    function word, particle, month, company form or foreign word that is no first name
    (:data:`NO`).
    """
    if not word[:1].isalpha():
        return NO
    low = word.lower()
    bare = low.rstrip(".")
    if low in _NEVER or bare in _NEVER or low in _PARTICLES or bare in lex.foreign_words:
        return NO
    if bare in _CUE_WORDS or bare in lex.role_words:
        return NO  # "mw", "buurman", "geb", "wijkverpleegkundige": around names, not names
    if (
        not bare.isascii() or bare.endswith(_PLACE_OR_INSTITUTION_ENDS)
    ) and _PLACE_OR_INSTITUTION.search(bare):
        return NO
    w0 = word.rstrip(".")
    if bare in lex.lower_function and (w0[:1].islower() or w0 not in lex.first_names):
        return NO  # "die", "over", "wil": function words, also where a lexicon has them
    title = w0.title()
    known = title in lex.first_names or title in lex.surnames or w0 in lex.first_names
    if w0[:1].isupper():
        if known or not lex.is_word(bare, compounds=False):
            return ALWAYS
        return MID_SENTENCE
    return ALWAYS if known or not lex.is_word(w0, compounds=False) else NO


def sentence_start(words: list[str], i: int) -> bool:
    """Token ``i`` opens a line, a list item or a sentence."""
    p1 = words[i - 1] if i > 0 else "\n"
    if p1 in ("\n", ".", "!", "?", ":"):
        return True
    return p1 in ("-", "•", "*") and (i < 2 or words[i - 2] == "\n")


def lower_words(text: str) -> frozenset[str]:
    """The words written in lower case somewhere in ``text``.

    Why: "Wil" opening a sentence is the verb when the note also writes "wil"; a word
    only ever written capitalised in a text is more likely a name.
    """
    return frozenset(_LOWER_WORD.findall(text))


# (the look-behind after the first letter: "(?<![^\W\d_])[a-zß-ÿ]", tested letter first)
_LOWER_WORD: Final = regexes.compile(r"[a-zß-ÿ](?<![^\W0-9_][a-zß-ÿ])[^\W0-9_]*")


def _letter(c: str) -> bool:
    r"""``c`` is one of ``[^\W0-9_]`` (a word character, no ASCII digit or underscore)."""
    return c.isalnum() and not "0" <= c <= "9"


class LowerWords:
    """``lower_words(text)`` asked one word at a time, without listing every word.

    Why: the model asks it for about one word per text, where listing the words of the
    text costs a regex match and a string per word.  ``word in LowerWords(text)`` is
    ``word in lower_words(text)``: ``word`` stands in ``text`` as a run of letters that
    opens with a lower-case letter, a letter on neither side.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        if "÷" in word:  # the one non-letter _LOWER_WORD opens with: left to it
            return word in lower_words(self.text)
        first = word[0]
        if not ("a" <= first <= "z" or "ß" <= first <= "ÿ") or not all(map(_letter, word[1:])):
            return False
        text = self.text
        n = len(word)
        i = text.find(word)
        while i >= 0:
            if (i + n == len(text) or not _letter(text[i + n])) and (
                i == 0
                or not (
                    _letter(text[i - 1])
                    # "÷abc" is one _LOWER_WORD match where "÷" opens one: no "abc" in it
                    or (text[i - 1] == "÷" and (i == 1 or not _letter(text[i - 2])))
                )
            ):
                return True
            i = text.find(word, i + 1)
        return False


def word_features(word: str, lex: Lexicons) -> tuple[str, ...]:
    """The features of a word on its own: its form, outline, ending and lexicon classes."""
    w0 = word.rstrip(".")
    low = w0.lower()
    cap = w0[:1].isupper()
    is_word = lex.is_word(low, compounds=False)
    first = w0 in lex.first_names or w0.title() in lex.first_names
    last = w0 in lex.surnames or w0.title() in lex.surnames
    flags = (
        ("cap", cap),
        ("caps", w0.isupper() and len(w0) > 1),
        ("fn", first),
        ("sn", last),
        ("word", is_word),
        ("fn_word", first and is_word),
        ("sn_word", last and is_word),
        ("fn_nonword", first and not is_word),
        ("sn_nonword", last and not is_word),
        ("unknown", not first and not last and not is_word),
        ("cap_nonword", cap and not is_word),
        ("place", w0 in lex.places),
        ("foreign", low in lex.foreign_lower),
        ("gazetteer", w0 in lex.gazetteer.words),
        ("stop_cap", w0 in lex.stop_caps),
        ("function", low in lex.lower_function),
        ("one_letter", len(w0) == 1),
        ("low_word", not cap and is_word),
    )
    head = ("w=" + low, "sh=" + shape(word), "s3=" + low[-3:], "s2=" + low[-2:])
    return head + tuple(name for name, on in flags if on)


def side_features(side: str, token: str, lex: Lexicons) -> tuple[str, ...]:
    """The features of a neighbour (``side`` p2, p1, n1 or n2) on its own."""
    tl = token.lower().rstrip(".")
    f = [side + "=" + tl]
    if side in ("p1", "n1"):
        f.append(side + "s=" + shape(token))
    if tl in _TITLES:
        f.append(side + "_title")
    if tl in _RELATIONS:
        f.append(side + "_relation")
    if len(token) > 1 and token[:1].isalpha():
        t_word = lex.is_word(tl, compounds=False)
        if not t_word:
            t0 = token.rstrip(".").title()
            if t0 in lex.first_names:
                f.append(side + "_fn")
            if t0 in lex.surnames:
                f.append(side + "_sn")
        if side in ("p1", "n1") and token[:1].isupper():
            f.append(side + ("_cap_word" if t_word else "_cap_nonword"))
    return tuple(f)


def _neighbours(words: list[str], i: int) -> tuple[str, str, str, str]:
    p1 = words[i - 1] if i > 0 else "<s>"
    p2 = words[i - 2] if i > 1 else "<s>"
    n1 = words[i + 1] if i + 1 < len(words) else "</s>"
    n2 = words[i + 2] if i + 2 < len(words) else "</s>"
    return p2, p1, n1, n2


def context_features(
    word: str, p2: str, p1: str, n1: str, n2: str, lowers: Container[str], lex: Lexicons
) -> list[str]:
    """The features that join the word to its neighbours: position, pairs, brackets."""
    w0 = word.rstrip(".")
    low = w0.lower()
    cap = w0[:1].isupper()
    line_start = p1 in ("<s>", "\n") or (p1 in ("-", "•", "*") and p2 in ("<s>", "\n"))
    sent_start = line_start or p1 in (".", "!", "?", ":")
    lp1 = p1.lower().rstrip(".")
    f = ["p2p1=" + p2.lower() + "_" + p1.lower(), "n1n2=" + n1.lower() + "_" + n2.lower()]
    if line_start:
        f.append("ls")
        f.append("ls_n1=" + n1)
    if sent_start:
        f.append("ss")
    is_word = lex.is_word(low, compounds=False)
    if cap:
        f.append("cap_p1=" + lp1)
        if not sent_start:
            f.append("cap_mid")
        elif is_word:
            f.append("ss_cap_word")
        if low in lowers:
            f.append("also_lower")
        if not is_word:
            f.append("p1_cap_nonword=" + lp1)
    elif is_word:
        f.append("p1_low_word=" + lp1)
        if line_start:
            f.append("ls_low_word_n1=" + n1)
    if p1 == "(" and n1 in (")", ","):
        f.append("in_brackets")
    return f


def features(words: list[str], i: int, lowers: Container[str], lex: Lexicons) -> list[str]:
    """All features of token ``i``: the word's, its four neighbours', and the joins."""
    w = words[i]
    p2, p1, n1, n2 = _neighbours(words, i)
    f = ["bias", *word_features(w, lex)]
    for side, t in (("p2", p2), ("p1", p1), ("n1", n1), ("n2", n2)):
        f.extend(side_features(side, t, lex))
    f.extend(context_features(w, p2, p1, n1, n2, lowers, lex))
    return f


class PersonModel:
    """Weights of the token classifier and the threshold a name must pass.

    Why the caches: a linear model's score is a sum, so the part of a word on its own
    and the part of each neighbour are summed once per distinct word and reused; only
    the joins are looked up per token.  That keeps the model a small part of the
    finder's time.
    """

    def __init__(self, weights: dict[str, float], threshold: float, lex: Lexicons) -> None:
        self.weights = weights
        self.threshold = threshold
        self.logit = math.log(threshold / (1 - threshold))
        self.lex = lex
        self._word: dict[str, float] = {}
        self._side: dict[tuple[str, str], float] = {}
        self._kind: dict[str, int] = {}

    def _sum(self, feats: Iterable[str]) -> float:
        # the same sum, in the same order, as sum(get(f, 0.0) for f in feats), in C
        return sum(map(self.weights.get, feats, repeat(0.0)))

    def score(self, words: list[str], i: int, lowers: Container[str]) -> float:
        """The model's log-odds that token ``i`` is (part of) a person's name."""
        w = words[i]
        z = self._word.get(w)
        if z is None:
            if len(self._word) > CACHE_LIMIT:
                self.forget()
            z = self._sum(word_features(w, self.lex)) + self.weights.get("bias", 0.0)
            self._word[w] = z
        side = self._side
        p2, p1, n1, n2 = _neighbours(words, i)
        for key in (("p2", p2), ("p1", p1), ("n1", n1), ("n2", n2)):
            part = side.get(key)
            if part is None:
                part = side[key] = self._sum(side_features(key[0], key[1], self.lex))
            z += part
        return z + self._sum(context_features(w, p2, p1, n1, n2, lowers, self.lex))

    def probability(self, words: list[str], i: int, lowers: Container[str]) -> float:
        """The model's probability that token ``i`` is (part of) a person's name."""
        return 1 / (1 + math.exp(-self.score(words, i, lowers)))

    def find(self, text: str, blocked: bytearray) -> list[tuple[int, int]]:
        """Name tokens in ``text`` outside ``blocked`` characters, as (start, end)."""
        words, starts = tokens(text)
        kinds = self._kind
        new = set(words).difference(kinds)
        lex = self.lex
        if new:
            if len(kinds) > CACHE_LIMIT:
                self.forget()
            for w in new:
                kinds[w] = candidate_kind(w, lex)
        cands = [i for i, w in enumerate(words) if kinds[w]]
        if not cands:
            return []
        # Why in C: most candidates are names or data found already; drop those whose
        # characters are blocked (any(blocked[s:e])) without a Python step per token
        cs = list(map(starts.__getitem__, cands))
        ce = map(add, cs, map(len, map(words.__getitem__, cands)))
        taken = map(any, map(blocked.__getitem__, map(slice, cs, ce)))
        lowers: LowerWords | None = None  # only once a word needs a score
        out = []
        for i in compress(cands, map(not_, taken)):
            s = starts[i]
            w = words[i]
            e = s + len(w)
            if kinds[w] == MID_SENTENCE and sentence_start(words, i):
                continue
            if lowers is None:
                lowers = LowerWords(text)
            if self.score(words, i, lowers) < self.logit:
                continue
            if _names_an_organisation(text, words, s, i, blocked, lex):
                continue
            if _COMPANY_FORM.match(text, max(0, s - 2)) or _COMPANY_FORM.match(text, s):
                continue
            if w.endswith(".") and len(w) > 2 and lex.is_word(w[:-1], compounds=False):
                e -= 1  # "helder." ends a sentence; "Ch." keeps its dot
            out.append((s, e))
        return out

    def forget(self) -> None:
        """Empty the per-word caches (they grow with every new word a process sees)."""
        self._kind.clear()
        self._word.clear()
        self._side.clear()


def _names_an_organisation(
    text: str, words: list[str], s: int, i: int, blocked: bytearray, lex: Lexicons
) -> bool:
    """The word is part of an organisation's or a place's own name.

    Why: the rules know these forms and the model, seeing few of them, does not:
    "Stichting Timon", "wijkcentrum De Henri Dunant" (after a head noun, perhaps with an
    article), "Veilig Thuis Limburg" (right after a protected name), "Ammerlaan Zorg",
    "Leger des Heils" (before a tail word or joiner of organisation names), the second
    part of a place's name or of a pair of neighbourhoods.
    """
    if s >= 2 and text[s - 1] == " " and blocked[s - 2] >= 2:
        return True
    p1 = words[i - 1] if i else ""
    p2 = words[i - 2] if i > 1 else ""
    lp1 = p1.lower()
    if lp1 in _HEADS or (lp1 in _ARTICLES and p2.lower() in _HEADS):
        return True
    places = lex.places
    if p1 == "/" and (p2 in places or p2 in lex.gazetteer.words):
        return True  # "Wyckerpoort/Nazareth": two neighbourhoods
    if p1[:1].isupper() and p1.rsplit("-", 1)[-1] + " " + words[i] in places:
        return True  # "Nieuw-Den Helder", "Den Bosch"
    n1 = words[i + 1] if i + 1 < len(words) else ""
    if p1 == "(" and n1 == ")" and words[i].isupper():
        return True  # "Cliëntoverleg (CO)": an abbreviation explained
    return n1 in ORG_NAME_TAILS or n1 in _ORG_JOINERS


@cache
def person_model() -> PersonModel | None:
    """The trained model, loaded once; None when no weights have been trained."""
    if not MODEL_PATH.exists():
        return None
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return PersonModel(data["weights"], data["threshold"], lexicons())


def joined_by_particles(text: str, end: int, start: int) -> bool:
    """Only a space, or spaces around up to three particles, lie between end and start."""
    gap = text[end:start]
    if gap == " ":
        return True
    words = gap.split()
    return (
        gap[:1] == " "
        and gap[-1:] == " "
        and "\n" not in gap
        and len(words) <= 3
        and all(x.lower() in _PARTICLES for x in words)
    )


def join_name_parts(
    text: str, spans: list[tuple[int, int, str]], added: set[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Join person spans the model added to the names beside them, over particles.

    Why: the model marks "jessica" and "linden" in "jessica van der linden" but not
    "van der", and a half-hidden name still leaks; joining also keeps one placeholder
    per name.  Only joins that involve an added span, so the rules' own spans keep
    their form.
    """
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and label == "person" and out[-1][2] == "person":
            ps, pe, _ = out[-1]
            if ((ps, pe) in added or (s, e) in added) and joined_by_particles(text, pe, s):
                out[-1] = (ps, e, label)
                added.add((ps, e))
                continue
        out.append((s, e, label))
    return out
