"""The token classifier beside the name rules (``pilot/privacy/person_model.py``).

This module's name does not match ``test_finder_*.py`` on purpose: the training script
harvests the example sentences of those modules, so the sentences here stay unseen by
the model and measure what it adds, not what it memorised.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from pathlib import Path

import pytest

from pilot.privacy import finder
from pilot.privacy.lexicons import lexicons
from pilot.privacy.person_model import (
    ALWAYS,
    MID_SENTENCE,
    MODEL_PATH,
    NO,
    PersonModel,
    candidate_kind,
    features,
    join_name_parts,
    lower_words,
    person_model,
    tokens,
)

DEV = Path(__file__).resolve().parents[4] / "shared" / "anonymisation" / "dev.jsonl"
HERE = Path(__file__).resolve().parent


def _persons(text: str) -> list[str]:
    return [f.text for f in finder.find_personal_data(text) if f.label == "person"]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finder without the model, to show what the model adds."""
    monkeypatch.setattr(finder, "person_model", lambda: None)


# Names the rules miss and the finder with the model finds (written for this module).
FOUND_BY_MODEL = [
    (
        "stand van zaken\n- kowalski: beschikking binnen\n- adjei: wacht op UWV",
        ["kowalski", "adjei"],
    ),
    ("caseload week 12\n- jankowski: huur betaald\n- okonkwo: wacht", ["jankowski", "okonkwo"]),
    ("- Pinas (bemoeizorg) → Parnassia consult", ["Pinas"]),
    ("Nu is het Karim Benali, bereikbaar via de balie.", ["Karim Benali"]),
    ("Nu is het Hamid El Idrissi, bereikbaar via de balie.", ["Hamid El Idrissi"]),
    ("stand van zaken\n- nowak: beschikking binnen\n- mensah: wacht op UWV", ["nowak", "mensah"]),
    ("Nu is het Priya Ramlal, bereikbaar via de balie.", ["Priya Ramlal"]),
    (
        "overdracht: gebremariam (afschalen), kowalczyk (wacht op SHV)",
        ["gebremariam", "kowalczyk"],
    ),
]

# Look-alikes the model must leave alone: words, organisations, places, pets.
LEFT_ALONE = [
    "Bij storm en regen blijft het buurthuis dicht.",
    "Ze kreeg een bos roos en tulp van de buren.",
    "De Voedselbank Haaglanden opent een nieuwe uitdeelpost.",
    "In Binnenstad-Oost en Transvaal loopt het project.",
    "Ze doet een opleiding aan het Johan de Witt College.",
    "De kat heet Minoes en de hond Bobbie.",
    "Dinsdag 3 uur overleg met het team over de pilot.",
    "We gebruiken Teams en Outlook voor de planning.",
    "Het Leger des Heils helpt met de schulden.",
    "Vanuit Stichting Timon kwam een mentor.",
    "Wij verzoeken de Centrale Toegang om beoordeling.",
    "Mw. wil terugbellen, dhr. moet nog tekenen.",
]

# False hits the model brings in that the rules did not have (measured, documented): a
# word-name opening a sentence before a bracketed number, a far-away city after "uit",
# a lower-case word-name coordinated with a noun.  When one stops being found, move it
# into LEFT_ALONE.
KNOWN_FALSE_HITS = [
    "Winter (3) was zwaar.",
    "Ze is gevlucht uit Victoria.",
    "ze heeft last van roos en jeuk",
]


@pytest.mark.parametrize(("text", "names"), FOUND_BY_MODEL)
def test_model_finds_what_rules_miss(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(("text", "names"), FOUND_BY_MODEL)
def test_rules_alone_miss_these(rules_only: None, text: str, names: list[str]) -> None:
    """Proof that the model is what finds FOUND_BY_MODEL (else they test the rules)."""
    assert _persons(text) != names


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_model_leaves_look_alikes(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize("text", KNOWN_FALSE_HITS)
def test_known_false_hits_still_found(text: str) -> None:
    assert _persons(text)


def test_model_is_trained_and_loads() -> None:
    model = person_model()
    assert isinstance(model, PersonModel)
    assert 0.5 < model.threshold < 1
    assert len(model.weights) > 10_000
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        meta = json.load(fh)
    assert "dev.jsonl" in meta["trained_on"] and "heldout.jsonl" in meta["trained_on"]
    assert meta["positives"] > 10_000 < meta["examples"]


def test_finder_runs_without_weights(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A deployment without the weights file still finds names with the rules."""
    import pilot.privacy.person_model as pm

    monkeypatch.setattr(pm, "MODEL_PATH", tmp_path / "missing.json.gz")
    pm.person_model.cache_clear()
    try:
        assert pm.person_model() is None
        monkeypatch.setattr(finder, "person_model", pm.person_model)
        assert _persons("Gisteren belde mevrouw Jansen.") == ["Jansen"]
    finally:
        pm.person_model.cache_clear()


def test_tokens_and_offsets() -> None:
    text = "Mw. Jansen_x belde 06-12\nok é 🙂 J.P. van Dam"
    words, starts = tokens(text)
    assert [text[s : s + len(w)] for w, s in zip(words, starts, strict=True)] == words
    assert words[:3] == ["Mw.", "Jansen", "x"]
    assert "\n" in words and "J." in words and "P." in words
    assert tokens("") == ([], [])


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Jansen", ALWAYS),
        ("kowalski", ALWAYS),
        ("roos", ALWAYS),
        ("Koelkast", MID_SENTENCE),
        ("die", NO),
        ("wil", NO),
        ("mw", NO),
        ("Mevrouw", NO),
        ("buurman", NO),
        ("januari", NO),
        ("B.V.", NO),
        ("van", NO),
        ("Binnenstad-Oost", NO),
        ("Knippenbergcollege", NO),
        ("12", NO),
        ("-", NO),
    ],
)
def test_candidate_kind(word: str, kind: int) -> None:
    assert candidate_kind(word, lexicons()) == kind


def test_fast_score_equals_sum_of_features() -> None:
    """The cached score is the plain sum over ``features`` the model was trained on."""
    model = PersonModel(person_model().weights, 0.7, lexicons())
    texts = [json.loads(line)["text"] for line in DEV.read_text().splitlines()[:60]]
    checked = 0
    for text in texts + texts:  # the second pass reads the caches
        words, _ = tokens(text)
        lowers = lower_words(text)
        for i, w in enumerate(words):
            if candidate_kind(w, model.lex) == NO:
                continue
            plain = sum(model.weights.get(f, 0.0) for f in features(words, i, lowers, model.lex))
            assert math.isclose(model.score(words, i, lowers), plain, abs_tol=1e-9)
            checked += 1
    assert checked > 1000


def test_caches_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import pilot.privacy.person_model as pm

    monkeypatch.setattr(pm, "CACHE_LIMIT", 50)
    model = PersonModel(person_model().weights, 0.7, lexicons())
    for n in range(40):
        model.find(f"Overleg {n} met Jansen{n} en Pietersen{n} over huis {n}.", bytearray(60))
    assert len(model._kind) <= 50 + 20 and len(model._word) <= 50 + 20


def test_join_name_parts_over_particles() -> None:
    text = "casus 1 – jessica van der linden (16-5-1998)"
    s1 = text.index("jessica")
    s2 = text.index("linden")
    spans = [(s1, s1 + 7, "person"), (s2, s2 + 6, "person")]
    joined = join_name_parts(text, spans, {(s1, s1 + 7), (s2, s2 + 6)})
    assert joined == [(s1, s2 + 6, "person")]
    # the rules' own spans keep their form
    assert join_name_parts(text, spans, set()) == spans


def _training_script():
    spec = importlib.util.spec_from_file_location(
        "train_person_model", HERE.parents[2] / "scripts" / "train_person_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_examples_from_markup() -> None:
    train = _training_script()
    doc = train.marked_doc("Mw. [[person:Oduya]] woont in {{wijk:Laak}}, [[date:3 mei]].")
    assert doc["text"] == "Mw. Oduya woont in Laak, 3 mei."
    assert [(g["label"], doc["text"][g["start"] : g["end"]]) for g in doc["pii"]] == [
        ("person", "Oduya"),
        ("date", "3 mei"),
    ]
    xs, ys = train.examples([doc])
    assert sum(ys) == 1
    assert any("w=oduya" in x for x, y in zip(xs, ys, strict=True) if y)
    # the tests' look-alikes are training data too
    assert any(d["text"] == "Samen Sterk is de naam van de cursus." for d in train.test_examples())


def test_vetoes_judge_the_whole_name() -> None:
    """ "Vreeswijk" alone is a village; after "Kees" the rules' place veto keeps it."""
    model = PersonModel({"w=vreeswijk": 10.0, "bias": -10.0}, 0.4, lexicons())
    text = "Groet, Kees Vreeswijk"
    kees = (text.index("Kees"), text.index("Kees") + 4)
    place = (text.index("Vreeswijk"), len(text))
    assert model.find(text, bytearray(len(text))) == [place]
    assert finder._model_names(text, bytearray(len(text)), [kees], model) == {place}
    alone = "Ze woont in Vreeswijk"
    assert finder._model_names(alone, bytearray(len(alone)), [], model) == set()
