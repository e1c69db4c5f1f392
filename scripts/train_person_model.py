"""Train the token classifier of ``pilot/privacy/person_model.py`` and write its weights.

    python scripts/train_person_model.py [--threshold 0.7] [--exclude 36,37] [--out PATH]

Why a script and plain weights: training needs scikit-learn (a development dependency);
running the model needs only the weights, a gzipped JSON of feature -> weight.  The
training data are the annotated corpora: ``../shared/anonymisation/dev.jsonl`` and the
held-out sets in ``tests/pilot/privacy/``.  Every candidate token (see
``is_candidate``) outside gold data of other labels is one example; it is positive when
it overlaps a gold person span.  ``--exclude`` leaves held-out sets out, to measure the
model on sets it was not trained on.  The result is deterministic (lbfgs, fixed data
order), so the committed weights can be rebuilt and compared.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "anonymisation" / "dev.jsonl"
HELDOUT = ROOT / "tests" / "pilot" / "privacy"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HELDOUT))  # the tests' markup parser, as the tests import it

from privacy_finder_examples import parse  # noqa: E402

from pilot.privacy.finder import _protected_spans  # noqa: E402
from pilot.privacy.lexicons import lexicons  # noqa: E402
from pilot.privacy.person_model import (  # noqa: E402
    MID_SENTENCE,
    MODEL_PATH,
    candidate_kind,
    features,
    lower_words,
    sentence_start,
    tokens,
)

#: weights smaller than this change no decision; dropping them keeps the file small
PRUNE = 0.01


def corpus_paths(exclude: set[str]) -> list[Path]:
    """dev.jsonl and every held-out set not excluded, in a fixed order."""
    sets = sorted(HELDOUT.glob("heldout*.jsonl"), key=lambda p: (len(p.stem), p.stem))
    return [DEV] + [p for p in sets if p.stem.removeprefix("heldout") not in exclude]


def marked_doc(example: str) -> dict:
    """ "Mw. [[person:Oduya]] in {{wijk:Laak}}" -> a gold document, by the tests' parser."""
    text, pii, _ = parse(example)
    return {"text": text, "pii": pii}


def test_examples() -> list[dict]:
    """The hand-written example sentences of the finder's tests, as gold documents.

    Why: they hold what the rules learned the hard way, above all the look-alikes that
    must stay readable ("met fleur en plezier", "bij storm en regen"); without them the
    model would take every lower-case name-word in a list for a name.  Every string of
    three or more words in a list, tuple or set literal of a test module counts.
    """
    docs = []
    files = sorted(HELDOUT.glob("test_finder_*.py")) + [HELDOUT / "privacy_finder_examples.py"]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.List | ast.Tuple | ast.Set):
                continue
            for elt in node.elts:
                if (
                    isinstance(elt, ast.Constant)
                    and isinstance(elt.value, str)
                    and elt.value.count(" ") >= 2
                ):
                    docs.append(marked_doc(elt.value))
    return docs


def corpus_docs(paths: list[Path]) -> list[dict]:
    """The gold documents of the corpora at ``paths``."""
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.append(json.loads(line))
    return docs


def examples(docs: list[dict]) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every candidate token of every text."""
    lex = lexicons()
    xs: list[list[str]] = []
    ys: list[int] = []
    for doc in docs:
        text = doc["text"]
        persons = [(g["start"], g["end"]) for g in doc["pii"] if g["label"] == "person"]
        other = [(g["start"], g["end"]) for g in doc["pii"] if g["label"] != "person"]
        other += _protected_spans(text)
        words, starts = tokens(text)
        lowers = lower_words(text)
        for i, (w, s) in enumerate(zip(words, starts, strict=True)):
            kind = candidate_kind(w, lex)
            if not kind or (kind == MID_SENTENCE and sentence_start(words, i)):
                continue
            e = s + len(w)
            if any(a < e and s < b for a, b in other):
                continue
            xs.append(features(words, i, lowers, lex))
            ys.append(int(any(a < e and s < b for a, b in persons)))
    return xs, ys


def train(xs: list[list[str]], ys: list[int], c: float) -> dict[str, float]:
    """Fit an L2 logistic regression; return feature -> weight (bias in "bias")."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform({f: 1 for f in x} for x in xs)
    clf = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    clf.fit(matrix, ys)
    names = vec.get_feature_names_out()
    return {
        str(name): round(float(w), 4)
        for name, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) >= PRUNE
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--c", type=float, default=3.0, help="inverse L2 strength")
    parser.add_argument("--exclude", default="", help="held-out set numbers, comma-separated")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-tests", action="store_true", help="leave out the tests' examples")
    args = parser.parse_args()
    exclude = {x.strip() for x in args.exclude.split(",") if x.strip()}
    paths = corpus_paths(exclude)
    docs = corpus_docs(paths)
    if not args.no_tests:
        docs += test_examples()
    xs, ys = examples(docs)
    weights = train(xs, ys, args.c)
    data = {
        "threshold": args.threshold,
        "trained_on": [p.name for p in paths] + ([] if args.no_tests else ["test examples"]),
        "examples": len(ys),
        "positives": sum(ys),
        "weights": dict(sorted(weights.items())),
    }
    # no file name or time in the gzip header: the same weights give the same bytes
    with open(args.out, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    print(f"{len(ys)} examples, {sum(ys)} names, {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
