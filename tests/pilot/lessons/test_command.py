"""`manage.py find_personal_data`: JSON lines in, JSON lines with spans out."""

import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _run(lines: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "find_personal_data"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_command_reads_and_writes_json_lines():
    text = "Mevrouw Yilmaz woont op Hoefkade 12, bel 06-12345678."
    result = _run(
        json.dumps({"id": "a1", "text": text}) + "\n" + json.dumps({"id": 2, "text": ""}) + "\n"
    )
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", 2]
    spans = out[0]["spans"]
    labels = {s["label"] for s in spans}
    assert {"person", "address", "phone"} <= labels
    for span in spans:
        assert set(span) == {"start", "end", "label"}
        assert text[span["start"] : span["end"]].strip()
    assert out[1]["spans"] == []


def test_command_reports_bad_lines_and_goes_on():
    result = _run('niet json\n{"id": 3, "text": "Bel 06-12345678"}\n')
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert "error" in out[0] and out[1]["spans"]


def test_command_is_thin(monkeypatch):
    """In-process too: the command hands stdin/stdout to the finder's run_jsonl."""
    from django.core.management import call_command

    stdin = io.StringIO('{"id": "x", "text": "geboren 3 maart 1950"}\n')
    stdout = io.StringIO()
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", stdout)
    call_command("find_personal_data")
    assert json.loads(stdout.getvalue())["spans"][0]["label"] == "date"
