"""Many people register for the last seats at the same moment."""

import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _race_database(tmp_path, env: dict):
    """The database kind this test run uses: a SQLite file, or a fresh PostgreSQL database
    next to the one DATABASE_URL names (dropped afterwards)."""
    if connection.vendor != "postgresql":
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(tmp_path / "race.sqlite3")
        yield
        return
    import psycopg

    base = os.environ["DATABASE_URL"].rpartition("/")[0]
    name = f"race_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"{base}/{name}"
    try:
        yield
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_concurrent_registrations_never_exceed_capacity(tmp_path):
    """20 threads race for the last 3 of 10 seats, on the database this run uses.

    pytest-django's in-memory SQLite test database gives each thread a separate
    empty database, so the race runs in a subprocess (tests/sessions/race_worker.py)
    against its own database with the app's real settings: on SQLite a file
    (IMMEDIATE transactions, WAL, busy timeout), on PostgreSQL (the production-mode
    run) a fresh database where the row lock is what serialises the threads.
    The service locks the session row (select_for_update) before counting seats.
    """
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
            "DJANGO_SETTINGS_MODULE": "samenwerken.settings.dev",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    with _race_database(tmp_path, env):
        outcome = _run_worker(env)
    assert outcome["vendor"] == connection.vendor
    assert outcome["errors"] == []
    assert outcome["registered"] == 10  # 7 early + exactly the 3 last seats
    assert outcome["waitlisted"] == 17


def _run_worker(env: dict) -> dict:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("race_worker.py")), "20", "10", "7"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
