"""Corpus-level quality on dev.jsonl, scored exactly as shared/anonymisation/score.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pilot.privacy import find_personal_data

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "anonymisation"
CORPUS = SHARED / "dev.jsonl"


def _score_module():
    spec = importlib.util.spec_from_file_location("anonymisation_score", SHARED / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/anonymisation/dev.jsonl not present")
def test_dev_corpus_quality() -> None:
    score = _score_module()
    gold = score.load(str(CORPUS))
    preds = {
        d["id"]: [
            {"start": f.start, "end": f.end, "label": f.label}
            for f in find_personal_data(d["text"])
        ]
        for d in gold
    }
    result = score.score(gold, preds)
    assert result["recall"] >= 0.99, result
    assert result["precision"] >= 0.97, result
    assert result["context_kept"] >= 0.98, result
    for label, frac in result["per_label"].items():
        found, total = map(int, frac.split("/"))
        assert found / total >= 0.97, (label, result)
