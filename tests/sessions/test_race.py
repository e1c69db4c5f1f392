"""Many people register for the last seats at the same moment."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_concurrent_registrations_never_exceed_capacity(tmp_path):
    """20 threads race for the last 3 of 10 seats, on a real SQLite file.

    pytest-django's in-memory test database gives each thread a separate empty
    database, so the race runs in a subprocess (tests/sessions/race_worker.py)
    against its own file database with the app's real settings (IMMEDIATE
    transactions, WAL, busy timeout). The service locks the session row
    (select_for_update, a no-op on SQLite where IMMEDIATE serialises writers;
    a row lock on PostgreSQL) before counting seats.
    """
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
            "DJANGO_SETTINGS_MODULE": "samenwerken.settings.dev",
            "SQLITE_PATH": str(tmp_path / "race.sqlite3"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("race_worker.py")), "20", "10", "7"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == []
    assert outcome["registered"] == 10  # 7 early + exactly the 3 last seats
    assert outcome["waitlisted"] == 17
