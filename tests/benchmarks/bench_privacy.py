"""Benchmark the personal-data finder against deduce 3.0.6 on shared/anonymisation/dev.jsonl.

    python tests/benchmarks/bench_privacy.py [--passes N] [--rounds N] [--corpus PATH]

``--corpus`` scores another gold file in the same format (e.g. the held-out sets in
tests/pilot/privacy/heldout.jsonl and heldout2.jsonl, written unlike dev.jsonl).

Measures, for ours and for deduce (run "as it comes": ``Deduce().deidentify(text)``):
quality as score.py computes it, throughput (texts/s: the median of ``--rounds`` runs of
each engine, taken in turns, with each round's ratio printed), start-up (import + first call,
in a fresh subprocess) and peak RSS (ru_maxrss of a fresh subprocess that processes
the whole corpus).  Prints a table with ratios ours/deduce and ends with a JSON summary.

Ours runs compiled when ``python -m pilot.privacy.build_native`` has built it from the
current sources (the install scripts do); ``PILOT_PRIVACY_PURE=1`` measures the plain
Python finder.  The first line of the table says which one ran.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "anonymisation"
CORPUS = SHARED / "dev.jsonl"

# deduce tag -> our label (labels are not compared by score.py; kept for readability)
DEDUCE_LABELS = {
    "persoon": "person",
    "patient": "person",
    "locatie": "address",
    "datum": "date",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "email": "email",
    "bsn": "bsn",
    "iban": "iban",
    "patientnummer": "dossier",
    "id": "dossier",
    "url": "url",
    "leeftijd": "age",
    "instelling": "org",
    "ziekenhuis": "org",
}


def _texts(corpus: Path = CORPUS) -> list[dict]:
    with open(corpus, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024


def _make(engine: str):
    """Import the engine and return a function text -> list of span dicts."""
    if engine == "ours":
        sys.path.insert(0, str(ROOT))
        from pilot.privacy import find_personal_data

        def run(text: str) -> list[dict]:
            return [
                {"start": f.start, "end": f.end, "label": f.label} for f in find_personal_data(text)
            ]

        return run
    from deduce import Deduce

    deduce = Deduce()

    def run(text: str) -> list[dict]:
        doc = deduce.deidentify(text)
        return [
            {
                "start": int(a.start_char),
                "end": int(a.end_char),
                "label": DEDUCE_LABELS.get(a.tag, a.tag),
            }
            for a in doc.annotations
        ]

    return run


def worker(engine: str, mode: str, passes: int, corpus: Path = CORPUS) -> None:
    t0 = time.perf_counter()
    run = _make(engine)
    run("Mevrouw Jansen woont op de Hoefkade 12 en belde op 3 maart 2024.")
    startup = time.perf_counter() - t0
    out: dict = {"startup_s": startup}
    if mode == "full":
        docs = _texts(corpus)
        preds = {d["id"]: run(d["text"]) for d in docs}  # warm-up pass, also the predictions
        t1 = time.perf_counter()
        for _ in range(passes):
            for d in docs:
                run(d["text"])
        elapsed = time.perf_counter() - t1
        out.update(preds=preds, texts_per_s=passes * len(docs) / elapsed)
    out["max_rss_mb"] = _maxrss_mb()
    if engine == "ours":
        from pilot.privacy import native

        out["compiled"] = native.is_active()
    print(json.dumps(out))


def _spawn(engine: str, mode: str, passes: int, corpus: Path = CORPUS) -> dict:
    cmd = [sys.executable, __file__, "--worker", engine, "--mode", mode, "--passes", str(passes)]
    cmd += ["--corpus", str(corpus)]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
    if res.returncode != 0:
        raise RuntimeError(f"{engine} worker failed:\n{res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def _score(preds: dict, corpus: Path = CORPUS) -> dict:
    spec = importlib.util.spec_from_file_location("anonymisation_score", SHARED / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.score(mod.load(str(corpus)), preds)


def _deduce_available() -> bool:
    return importlib.util.find_spec("deduce") is not None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", choices=("ours", "deduce"))
    ap.add_argument("--mode", choices=("start", "full"), default="full")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--start-runs", type=int, default=3)
    ap.add_argument(
        "--rounds", type=int, default=3, help="throughput runs per engine, taken in turns"
    )
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if args.worker:
        worker(args.worker, args.mode, args.passes, corpus)
        return
    print(f"corpus: {corpus}\n")

    engines = ["ours"] + (["deduce"] if _deduce_available() else [])
    if "deduce" not in engines:
        print("deduce is not installed (pip install deduce==3.0.6): reporting ours only.\n")
    # Why rounds taken in turns: a machine's speed drifts over a minute; one run of each
    # engine, one after the other, can differ by a tenth for that alone.  Each round runs
    # both engines (in alternating order) and the median round counts.
    fulls: dict[str, list[dict]] = {eng: [] for eng in engines}
    for r in range(max(1, args.rounds)):
        for eng in engines if r % 2 == 0 else engines[::-1]:
            fulls[eng].append(_spawn(eng, "full", args.passes, corpus))
    summary: dict = {}
    for eng in engines:
        full = fulls[eng][0]
        full["texts_per_s"] = statistics.median(f["texts_per_s"] for f in fulls[eng])
        full["max_rss_mb"] = max(f["max_rss_mb"] for f in fulls[eng])
        starts = [_spawn(eng, "start", 0)["startup_s"] for _ in range(args.start_runs)]
        quality = _score(full["preds"], corpus)
        summary[eng] = {
            "recall": quality["recall"],
            "precision": quality["precision"],
            "context_kept": quality["context_kept"],
            "per_label": quality["per_label"],
            "texts_per_s": round(full["texts_per_s"], 1),
            "startup_s": round(min(starts), 3),
            "peak_rss_mb": round(full["max_rss_mb"], 1),
        }
        if "compiled" in full:
            summary[eng]["compiled"] = full["compiled"]

    rows = ["recall", "precision", "context_kept", "texts_per_s", "startup_s", "peak_rss_mb"]
    if "compiled" in summary.get("ours", {}):
        how = "compiled with mypyc" if summary["ours"]["compiled"] else "plain Python"
        print(f"ours: the finder {how} (pilot.privacy.native)\n")
    print(f"{'metric':<14}{'ours':>12}{'deduce':>12}{'ours/deduce':>14}")
    for r in rows:
        ours = summary["ours"][r]
        ded = summary.get("deduce", {}).get(r)
        ratio = f"{ours / ded:.3f}" if ded else "-"
        print(f"{r:<14}{ours:>12}{(ded if ded is not None else '-'):>12}{ratio:>14}")
    print("\nper label (ours | deduce):")
    for label, frac in summary["ours"]["per_label"].items():
        print(
            f"  {label:<10}{frac:>10} | {summary.get('deduce', {}).get('per_label', {}).get(label, '-')}"
        )
    if "deduce" in summary:
        per_round = [
            o["texts_per_s"] / d["texts_per_s"]
            for o, d in zip(fulls["ours"], fulls["deduce"], strict=True)
        ]
        print("\ntexts/s ours/deduce per round: " + ", ".join(f"{x:.3f}" for x in per_round))
        summary["texts_per_s_ratio_per_round"] = [round(x, 4) for x in per_round]
        summary["ratios_ours_over_deduce"] = {
            r: round(summary["ours"][r] / summary["deduce"][r], 4)
            for r in rows
            if summary["deduce"][r]
        }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
