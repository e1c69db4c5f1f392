"""The finder compiled with mypyc (pilot.privacy.native): used when fresh, same results.

``scripts/test.sh`` builds the compiled modules before the tests and runs the privacy tests
a second time with ``PILOT_PRIVACY_PURE=1``, so both ways are tested; here: that the
expected one is in use, that a stale build is never used, and that both give the very
same spans on every corpus we have.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pilot.privacy import native

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "anonymisation"
CORPORA = [SHARED / "dev.jsonl", *sorted((ROOT / "tests/pilot/privacy").glob("heldout*.jsonl"))]


def test_the_expected_finder_is_in_use():
    """Compiled after the install scripts built it; plain Python when asked for."""
    if os.environ.get(native.PURE_ENV):
        assert not native.is_active()
    else:
        assert native.is_fresh(), "run: python -m pilot.privacy.build_native"
        assert native.is_active()


def test_a_build_of_other_sources_is_not_used(tmp_path):
    (tmp_path / native.STAMP).write_text("0" * 64 + "\n")
    assert not native.is_fresh(tmp_path)
    (tmp_path / native.STAMP).write_text(native.sources_digest() + "\n")
    assert native.is_fresh(tmp_path)
    assert not native.is_fresh(tmp_path / "missing")


def test_the_digest_follows_every_source_and_the_interpreter(tmp_path, monkeypatch):
    for path in native.HERE.glob("*.py"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(native, "HERE", tmp_path)
    before = native.sources_digest()
    finder = tmp_path / "finder.py"
    finder.write_text(finder.read_text() + "\n# edited\n")
    edited = native.sources_digest()
    assert edited != before
    monkeypatch.setattr(sys.implementation, "cache_tag", "cpython-399")
    assert native.sources_digest() != edited


def _spans(corpus_lines: str, pure: bool) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    check = "import pilot.privacy.native as n; assert n.is_active() is %s" % (not pure)
    subprocess.run([sys.executable, "-c", check], cwd=ROOT, env=env, check=True)  # noqa: S603
    res = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "pilot.privacy"],
        input=corpus_lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_compiled_and_python_finders_give_the_same_spans():
    """Every text of dev.jsonl and of the held-out sets, through ``python -m pilot.privacy``.

    (Left out of the second, plain-Python pass of scripts/test.sh: it runs both itself.)
    """
    lines = "".join(path.read_text(encoding="utf-8") for path in CORPORA)
    compiled = _spans(lines, pure=False)
    python = _spans(lines, pure=True)
    assert len(compiled) == len(python) > 15_000
    assert not [c for c in compiled if "error" in c]
    differing = [c["id"] for c, p in zip(compiled, python, strict=True) if c != p]
    assert not differing, differing[:20]
