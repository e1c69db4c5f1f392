"""Benchmark: fan-out of live thread messages against a bare Channels floor.

One daphne process on loopback (in-memory channel layer, SQLite with the demo),
200 websocket subscribers on one thread, posters sending 1, 2 and 5 messages a
second in total. For each rate it reports fan-out latency p50/p99 (poster's
send -> subscriber's receipt) and lost messages, beside a bare consumer that only
rebroadcasts (PILOT_BENCH_ECHO=1 routes it; nothing stored, nothing checked),
measured on the same server in the same run, and prints the ratios.

    python tests/benchmarks/bench_threads.py [--subscribers 200] [--seconds 10]

Goal (issue 6): thread p99 within 1.5x the floor at every rate, nothing lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

import websockets  # noqa: E402

from tests.pilot.discussion.liveservers import (  # noqa: E402
    Daphne,
    prepared_env,
    sessions_for,
    ws_headers,
)

READERS = ["professional", "facilitator", "redactie", "deelnemer3", "mariahoeve-1", "mariahoeve-2"]
POSTERS = ["deelnemer", "deelnemer2"]
GRACE = 5.0  # seconds to wait for stragglers after the last post (later = lost)

SETTINGS = """
from samenwerken.settings.dev import *  # noqa
PILOT_DISCUSSION_RATE_LIMIT = 10**6       # the posters are a machine
PILOT_DISCUSSION_MAX_FRAMES_PER_10S = 10**6
"""


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Phase:
    """Send times of the posts of one run and the receipts at each subscriber."""

    def __init__(self, name: str):
        self.name = name
        self.sent: dict[str, float] = {}
        self.received: dict[str, list[float]] = {}
        self.duplicates = 0

    def receive(self, key: str, seen: set[str]) -> None:
        if key not in self.sent:
            return
        if key in seen:
            self.duplicates += 1
            return
        seen.add(key)
        self.received.setdefault(key, []).append(time.perf_counter() - self.sent[key])


MARK = '"body": "meting '


async def reader_thread(ws, phases: dict[str, Phase], current: list) -> None:
    """Find the body with a string search: the client must not cost more per frame
    than the floor's reader, or the ratio measures the client."""
    seen: set[str] = set()
    async for raw in ws:
        if current[0] is None:
            continue
        start = raw.find(MARK)
        if start >= 0:
            start += len('"body": "')
            current[0].receive(raw[start : raw.index('"', start)], seen)


async def reader_echo(ws, current: list) -> None:
    seen: set[str] = set()
    async for raw in ws:
        if current[0] is not None:
            current[0].receive(raw, seen)


async def open_thread_socket(server, session, page_id):
    ws = await websockets.connect(
        server.ws_url + "/ws/threads/", max_queue=None, **ws_headers(server, session)
    )
    while json.loads(await ws.recv())["type"] != "welcome":
        pass
    await ws.send(json.dumps({"type": "subscribe", "page_id": page_id, "last_seq": 0}))
    while True:
        frame = json.loads(await ws.recv())
        if frame["type"] == "backfill" and frame["complete"]:
            return ws


async def run_phase(phase: Phase, rate: float, seconds: float, send) -> None:
    count = int(rate * seconds)
    start = time.perf_counter()
    for n in range(count):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        key = f"meting {phase.name} {n}"
        phase.sent[key] = time.perf_counter()
        await send(n, key)
    await asyncio.sleep(GRACE)


def summary(phases: list[Phase], subscribers: int) -> dict[str, float]:
    latencies = [x * 1000 for p in phases for xs in p.received.values() for x in xs]
    expected = sum(len(p.sent) for p in phases) * subscribers
    return {
        "p50": percentile(latencies, 0.50),
        "p99": percentile(latencies, 0.99),
        "lost": expected - len(latencies),
        "expected": expected,
        "dup": sum(p.duplicates for p in phases),
    }


async def bench(subscribers: int, seconds: float, rates: list[float]) -> int:
    base = Path(tempfile.mkdtemp(prefix="bench-threads-"))
    (base / "bench_settings.py").write_text(SETTINGS)
    print("preparing a demo database …", flush=True)
    env = prepared_env(base, PILOT_BENCH_ECHO="1")
    env["PYTHONPATH"] = f"{base}:{env['PYTHONPATH']}"
    env["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    page_id, sessions = sessions_for(env, READERS + POSTERS)
    server = Daphne(env)
    print(
        f"daphne on {server.url}; connecting {subscribers} subscribers to each route …", flush=True
    )
    current: list = [None]
    tasks = []
    try:
        thread_readers, echo_readers = [], []
        for i in range(subscribers):
            session = sessions[READERS[i % len(READERS)]]
            ws = await open_thread_socket(server, session, page_id)
            thread_readers.append(ws)
            tasks.append(asyncio.create_task(reader_thread(ws, {}, current)))
            echo = await websockets.connect(
                server.ws_url + "/ws/bench-echo/", max_queue=None, **ws_headers(server, session)
            )
            echo_readers.append(echo)
            tasks.append(asyncio.create_task(reader_echo(echo, current)))
        posters = [await open_thread_socket(server, sessions[name], page_id) for name in POSTERS]
        for poster in posters:  # drain their own frames
            tasks.append(asyncio.create_task(reader_thread(poster, {}, [None])))
        echo_poster = await websockets.connect(
            server.ws_url + "/ws/bench-echo/", **ws_headers(server, sessions[POSTERS[0]])
        )
        tasks.append(asyncio.create_task(reader_echo(echo_poster, [None])))
        await asyncio.sleep(2)

        async def send_thread(n, key):
            await posters[n % len(posters)].send(json.dumps({"type": "post", "body": key}))

        async def send_echo(n, key):
            await echo_poster.send(key)

        # floor, threads, threads, floor: both see the same background load (ABBA)
        rows = []
        modes = {"floor": send_echo, "threads": send_thread}
        for rate in rates:
            phases: dict[str, list[Phase]] = {"floor": [], "threads": []}
            for index, name in enumerate(("floor", "threads", "threads", "floor")):
                phase = Phase(f"{name}-{rate:g}-{index}")
                current[0] = phase
                await run_phase(phase, rate, seconds / 2, modes[name])
                current[0] = None
                phases[name].append(phase)
            rows.append((rate, {name: summary(ps, subscribers) for name, ps in phases.items()}))

        print()
        print(
            f"{subscribers} subscribers, {seconds:g} s per rate and kind (ABBA halves), "
            "one daphne process (in-memory layer)"
        )
        header = f"{'msg/s':>5} | {'floor p50':>9} {'p99':>7} {'lost':>5} | {'threads p50':>11} {'p99':>7} {'lost':>5} {'dup':>4} | {'p50 x':>6} {'p99 x':>6}"
        print(header)
        print("-" * len(header))
        worst = 0.0
        lost_total = 0
        for rate, r in rows:
            f, t = r["floor"], r["threads"]
            x50, x99 = t["p50"] / f["p50"], t["p99"] / f["p99"]
            worst = max(worst, x99)
            lost_total += t["lost"] + t["dup"]
            print(
                f"{rate:>5g} | {f['p50']:>7.1f}ms {f['p99']:>5.1f}ms {f['lost']:>5} | "
                f"{t['p50']:>9.1f}ms {t['p99']:>5.1f}ms {t['lost']:>5} {t['dup']:>4} | "
                f"{x50:>6.2f} {x99:>6.2f}"
            )
        verdict = "met" if worst <= 1.5 and lost_total == 0 else "NOT met"
        print(
            f"\nworst p99 ratio {worst:.2f} (goal <= 1.5), lost+duplicated {lost_total}: goal {verdict}"
        )
        return 0
    finally:
        for task in tasks:
            task.cancel()
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rates", default="1,2,5")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    return asyncio.run(bench(args.subscribers, args.seconds, rates))


if __name__ == "__main__":
    sys.exit(main())
