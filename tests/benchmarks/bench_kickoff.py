"""Benchmark closing a choice round: the kick-off (240 voters) and a national scale (20,000).

    python tests/benchmarks/bench_kickoff.py [--repeat N] [--no-db]

Part 1, pure Python: STV count + pilot-group selection on 20 candidate themes,
against a baseline measured in the same run: one pass over every ballot that
touches every ranked theme (the least any count must do).
Part 2, the full service `round_close` on a fresh SQLite database (ballot
read, count, selection, names, snapshot write), against the baseline of
reading all the round's ballots from the database.
Figures are medians of --repeat runs; ratios are what to compare between machines.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

from themes.counting import count_stv  # noqa: E402
from themes.selection import Volunteer, select_pilot_group  # noqa: E402

CANDIDATES = 20
SEATS = 4
GROUP = 20


def make_ballots(voters: int, candidates: int, seed: int = 2026):
    """Rankings with a realistic spread: themes have different popularity (Plackett-Luce)."""
    rng = random.Random(seed)
    weights = [1.0 / (1 + i * 0.35) for i in range(candidates)]
    teams = max(24, voters // 10)
    rows = []
    for voter in range(voters):
        pool = list(range(candidates))
        w = weights[:]
        ranking = []
        while pool:
            i = rng.choices(range(len(pool)), weights=w)[0]
            ranking.append(pool.pop(i))
            w.pop(i)
        team = voter % teams
        volunteer = rng.random() < 0.3
        wanted = rng.sample(range(candidates), rng.randint(0, 3)) if volunteer else []
        rows.append((voter, ranking, volunteer, wanted, team, team % 8))
    return rows


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pure(voters: int, repeat: int) -> dict:
    rows = make_ballots(voters, CANDIDATES)
    candidates = list(range(CANDIDATES))

    def baseline():
        total = 0
        for row in rows:
            for theme in row[1]:
                total += theme
        return total

    def count_and_select():
        result = count_stv((row[1] for row in rows), candidates, SEATS)
        volunteers = [
            Volunteer(voter=r[0], team=r[4], district=r[5], themes=frozenset(r[3]))
            for r in rows
            if r[2]
        ]
        selection = select_pilot_group(
            volunteers, result.elected, group_size=GROUP, max_per_team=2, seed="bench"
        )
        assert len(selection.members) == GROUP
        return result

    def count_only():
        return count_stv((row[1] for row in rows), candidates, SEATS)

    base = timed(baseline, repeat)
    full = timed(count_and_select, repeat)
    stv = timed(count_only, repeat)
    rounds = len(count_only().rounds)
    return {
        "voters": voters,
        "baseline": base,
        "count": stv,
        "count+select": full,
        "rounds": rounds,
    }


def with_database(sizes: list[int], repeat: int) -> list[dict]:
    tmp = tempfile.mkdtemp(prefix="bench_kickoff_")
    os.environ["DJANGO_SETTINGS_MODULE"] = "samenwerken.settings.test"
    os.environ["SQLITE_PATH"] = str(Path(tmp) / "bench.sqlite3")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from themes import services
    from themes.models import Ballot, ChoiceRound, RoundState, ThemeIndexPage, ThemePage

    print("(migrating a fresh SQLite database ...)", flush=True)
    call_command("migrate", verbosity=0)
    User = get_user_model()
    admin = User.objects.create_superuser("bench-admin", "bench@example.org", "x" * 12)
    root = Page.get_first_root_node()
    programme = root.add_child(instance=Page(title="Programma", slug="bench-programma"))
    index = programme.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
    themes = [
        index.add_child(instance=ThemePage(title=f"Thema {i:02d}", slug=f"thema-{i}", summary="-"))
        for i in range(CANDIDATES)
    ]
    ids = [t.pk for t in themes]
    out = []
    for voters in sizes:
        rows = make_ballots(voters, CANDIDATES, seed=voters)
        with transaction.atomic():
            users = User.objects.bulk_create(
                [
                    User(username=f"v{voters}-{r[0]}", first_name="Stem", last_name=str(r[0]))
                    for r in rows
                ],
                batch_size=2000,
            )
        rounds = []
        for n in range(repeat):
            now = timezone.now()
            round_ = ChoiceRound.objects.create(
                programme=programme,
                title=f"Bench {voters} {n}",
                opens_at=now,
                closes_at=now + timezone.timedelta(days=1),
                state=RoundState.OPEN,
            )
            round_.candidates.set(themes)
            Ballot.objects.bulk_create(
                [
                    Ballot(
                        round=round_,
                        voter=user,
                        ranking=[ids[i] for i in r[1]],
                        volunteer=r[2],
                        volunteer_themes=[ids[i] for i in r[3]],
                        team_key=str(r[4]),
                        team_name=f"Team {r[4]}",
                        district_key=f"Stadsdeel {r[5]}",
                    )
                    for user, r in zip(users, rows, strict=True)
                ],
                batch_size=2000,
            )
            rounds.append(round_)

        def read(round_=rounds[0]):
            return list(
                Ballot.objects.filter(round=round_).values_list(
                    "voter_id",
                    "ranking",
                    "volunteer",
                    "volunteer_themes",
                    "team_key",
                    "team_name",
                    "district_key",
                )
            )

        base = timed(read, repeat)
        closes = []
        for round_ in rounds:
            start = time.perf_counter()
            services.round_close(round_id=round_.pk, user=admin)
            closes.append(time.perf_counter() - start)
        closed = ChoiceRound.objects.get(pk=rounds[0].pk)
        assert len(closed.result["group"]["members"]) == GROUP
        out.append({"voters": voters, "read": base, "close": statistics.median(closes)})
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-db", action="store_true", help="only the pure-Python part")
    args = parser.parse_args()

    print(f"Closing a choice round: {CANDIDATES} candidate themes, {SEATS} seats, group of {GROUP}")
    print(f"median of {args.repeat} runs\n")
    print("Pure Python (counting.py + selection.py)")
    print(
        f"{'voters':>8} {'baseline':>10} {'STV':>10} {'STV+group':>10} {'rounds':>7} {'ratio':>8}"
    )
    for voters in (240, 20_000):
        r = pure(voters, args.repeat)
        print(
            f"{voters:>8} {r['baseline'] * 1000:>8.2f}ms {r['count'] * 1000:>8.2f}ms "
            f"{r['count+select'] * 1000:>8.2f}ms {r['rounds']:>7} "
            f"{r['count+select'] / r['baseline']:>7.1f}x"
        )
    print("  baseline = one pass touching every ranked theme of every ballot;")
    print("  ratio = (STV + pilot-group selection) / baseline\n")
    if args.no_db:
        return
    results = with_database([240, 20_000], args.repeat)
    print("\nFull service round_close on SQLite (read ballots, count, select, names, write)")
    print(f"{'voters':>8} {'read all':>10} {'close':>10} {'ratio':>8}")
    for r in results:
        print(
            f"{r['voters']:>8} {r['read'] * 1000:>8.1f}ms {r['close'] * 1000:>8.1f}ms "
            f"{r['close'] / r['read']:>7.1f}x"
        )
    print("  baseline = reading all the round's ballots from the database (values_list)")


if __name__ == "__main__":
    main()
