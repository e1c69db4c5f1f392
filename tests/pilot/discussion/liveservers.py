"""Real servers for thread tests and the benchmark: SQLite with the demo, daphne, redis.

Shared by the two-process Redis test and tests/benchmarks/bench_threads.py, so
both start the same stack a person uses; nothing is mocked.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepared_env(base: Path, **extra: str) -> dict[str, str]:
    """Environment with a fresh SQLite file holding the migrated demo."""
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
            "DJANGO_SETTINGS_MODULE": "samenwerken.settings.dev",
            "DEBUG": "0",
            "SQLITE_PATH": str(base / "db.sqlite3"),
            "MEDIA_ROOT": str(base / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PILOT_DISCUSSION_RATE_LIMIT": "100000",
            **extra,
        }
    )
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo_pilot"], env=env, check=True, cwd=ROOT, capture_output=True)
    return env


_SESSIONS = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from themes.models import ThemePage
out = {"page_id": ThemePage.objects.get(title="Bemoeizorg").pk, "sessions": {}}
for name in NAMES:
    user = get_user_model().objects.get(username=name)
    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    out["sessions"][name] = s.session_key
print("JSON" + json.dumps(out))
"""


def sessions_for(env: dict[str, str], names: list[str]) -> tuple[int, dict[str, str]]:
    """The Bemoeizorg theme's page id and a logged-in session key per user name."""
    code = f"NAMES = {names!r}\n" + _SESSIONS
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("JSON"))
    data = json.loads(line[4:])
    return data["page_id"], data["sessions"]


class Daphne:
    """One daphne process on a free loopback port."""

    def __init__(self, env: dict[str, str]):
        self.port = free_port()
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (kept open for the process)
            prefix="daphne-", suffix=".log", delete=False
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "samenwerken.asgi:application",
            ],
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=2)  # noqa: S310
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(Path(self.log.name).read_text()) from None
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("daphne did not start:\n" + Path(self.log.name).read_text())

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Redis:
    """A throw-away redis-server on loopback (Debian's package)."""

    def __init__(self):
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(
                "redis-server is missing: apt-get install -y redis-server (scripts/system-packages.sh)"
            )
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="redis-")
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def ws_headers(server: Daphne, session_key: str) -> dict:
    return {"origin": server.url, "additional_headers": {"Cookie": f"sessionid={session_key}"}}
