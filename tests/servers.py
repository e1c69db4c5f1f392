"""Real server processes for tests: a prepared SQLite database and daphne.

Used by the browser tests and the scale-out tests, so both run the same stack a
person uses (daphne serving HTTP and websockets), with nothing mocked.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_server_env(base: Path, *, demo: bool = True) -> dict[str, str]:
    """Environment for server processes: a fresh SQLite file (migrated, with the demo)
    and a mail folder under `base`."""
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}",
            "DJANGO_SETTINGS_MODULE": "samenwerken.settings.dev",
            "DEBUG": "0",
            "SQLITE_PATH": str(base / "db.sqlite3"),
            "MEDIA_ROOT": str(base / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(base / "mail"),
        }
    )
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    if demo:
        subprocess.run(
            [*manage, "load_demo_pilot"], env=env, check=True, cwd=ROOT, capture_output=True
        )
    return env


@dataclass
class DaphneServer:
    proc: subprocess.Popen
    url: str
    log_path: Path

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_daphne(env: dict[str, str], *, timeout: float = 60) -> DaphneServer:
    """Start daphne on a free loopback port and wait until /healthz answers."""
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix="daphne-", suffix=".log")[1])
    args = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [*args, "samenwerken.asgi:application"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = DaphneServer(proc=proc, url=f"http://127.0.0.1:{port}", log_path=log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(server.url + "/healthz", timeout=2)
            return server
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.3)
    server.stop()
    raise RuntimeError("daphne did not start:\n" + log_path.read_text())
