"""Benchmark: building calendar feeds. Run as `python tests/benchmarks/bench_sessions.py`.

Figures are ratios to a baseline measured in the same run (one-event .ics), so
they compare across machines: the cost per event in a 200-event feed should
stay near the one-event cost (no per-event VTIMEZONE or quadratic work).
"""

import datetime as dt
import os
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerken.settings.dev")
os.environ.setdefault("SQLITE_PATH", "/tmp/bench_sessions.sqlite3")  # never touched: no queries

import django  # noqa: E402

django.setup()

from types import SimpleNamespace  # noqa: E402

from sessions.calendar import build_calendar, feed_ics, session_event  # noqa: E402

AMS = ZoneInfo("Europe/Amsterdam")


def sessions(n: int) -> list[SimpleNamespace]:
    """Plain stand-ins with a session's fields: the benchmark measures the calendar code."""
    start = dt.datetime(2027, 1, 4, 13, 0, tzinfo=AMS)
    return [
        SimpleNamespace(
            pk=i + 1,
            url=None,
            online_url="",
            venue_address="",
            cancelled=False,
            title=f"Workshop {i}",
            kind="workshop",
            start=start + dt.timedelta(days=i),
            end=start + dt.timedelta(days=i, hours=2),
            venue_name="Wijkcentrum",
            description="<p>Omschrijving</p>",
        )
        for i in range(n)
    ]


def timed(fn, repeat: int) -> float:
    t0 = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - t0) / repeat


def main() -> None:
    one = sessions(1)
    many = sessions(200)
    base = timed(
        lambda: build_calendar([session_event(one[0], sequence=0, include_online=True)], name="x"),
        50,
    )
    feed = timed(lambda: feed_ics(many, sequences={}, name="x"), 5)
    per_event = feed / 200
    print(f"baseline: one-event .ics            {base * 1000:8.2f} ms (1.00)")
    print(
        f"feed of 200 events                  {feed * 1000:8.2f} ms ({feed / base:.1f}x baseline)"
    )
    print(
        f"per event in the feed               {per_event * 1000:8.2f} ms ({per_event / base:.2f}x baseline)"
    )


if __name__ == "__main__":
    main()
