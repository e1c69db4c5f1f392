"""Bad and unusual input: empty, huge, odd Unicode; offsets must stay exact."""

from __future__ import annotations

import io
import json
import random

from pilot.privacy import find_personal_data, redact
from pilot.privacy.cli import run_jsonl

SAMPLE = "Mevrouw Yilmaz belde op 3 maart 2024 vanaf 06-12345678 over zaak SZW-883201. "


def _check_offsets(text: str) -> list:
    findings = find_personal_data(text)
    last = -1
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last
        assert text[f.start : f.end] == f.text
        last = f.end
    return findings


def test_empty_and_whitespace() -> None:
    assert find_personal_data("") == []
    assert find_personal_data("   \n\t ") == []
    assert redact("") == ""


def test_one_megabyte_text() -> None:
    text = (SAMPLE * (1_000_000 // len(SAMPLE) + 1))[:1_000_000]
    findings = _check_offsets(text)
    assert len(findings) > 1000


def test_unicode_emoji_rtl_combining() -> None:
    prefix = "👩‍👧 שלום مرحبا e\u0301e\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200f\u202e "
    text = prefix + SAMPLE + " 🙂 ﷽ Zoë Ünal"
    findings = _check_offsets(text)
    labels = {f.label for f in findings}
    assert {"person", "date", "phone", "dossier"} <= labels
    yilmaz = next(f for f in findings if f.text == "Yilmaz")
    assert yilmaz.start == text.index("Yilmaz")


def test_random_garbage_never_crashes() -> None:
    rng = random.Random(7)
    alphabet = "aAzZ09 .,:;-/#@+()'’\n\té€ß漢字🙂\u0301\u200f"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        _check_offsets(text)


def test_cli_handles_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Mevrouw Yilmaz belde."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 12}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": "d", "text": ""}),
    ]
    out = io.StringIO()
    errors = run_jsonl(io.StringIO("\n".join(lines) + "\n"), out)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert errors == 4
    assert rows[0]["id"] == "a" and rows[0]["spans"][0]["label"] == "person"
    assert "error" in rows[1] and rows[2]["id"] == "b" and "error" in rows[2]
    assert "error" in rows[3] and "error" in rows[4]
    assert rows[5] == {"id": "d", "spans": []}
