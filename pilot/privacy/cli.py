"""JSON-lines front end, shared by ``python -m pilot.privacy`` and the management command.

Why tolerant: batch jobs over many lessons must not stop on one bad line; a bad
line yields an ``error`` record with the same id and processing goes on.
"""

from __future__ import annotations

import json
from typing import IO

from .finder import find_personal_data


def run_jsonl(stdin: IO[str], stdout: IO[str]) -> int:
    """Read ``{"id", "text"}`` lines, write ``{"id", "spans"}`` lines; return the error count."""
    errors = 0
    for line in stdin:
        if not line.strip():
            continue
        doc_id = None
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("line is not a JSON object")
            doc_id = doc.get("id")
            text = doc.get("text")
            if not isinstance(text, str):
                raise ValueError("missing or non-string 'text'")
            spans = [
                {"start": f.start, "end": f.end, "label": f.label} for f in find_personal_data(text)
            ]
            out = {"id": doc_id, "spans": spans}
        except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
            errors += 1
            out = {"id": doc_id, "error": f"{type(exc).__name__}: {exc}"}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    stdout.flush()
    return errors
