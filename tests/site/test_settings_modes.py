"""Running modes: production refuses unsafe settings; the embedded default is FTS5."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _check(extra_env: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "samenwerken.settings.production", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "CRITICAL"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


GOOD_KEY = "k" * 30 + "-production-secret-" + "z" * 20


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "example.nl"}, "SECRET_KEY"),
        ({"SECRET_KEY": GOOD_KEY, "DEBUG": "1", "ALLOWED_HOSTS": "example.nl"}, "DEBUG"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_unsafe_settings(env, message):
    result = _check(env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_safe_settings():
    result = _check({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "example.nl"})
    assert result.returncode == 0, result.stderr[-2000:]


def test_redis_url_switches_the_channel_layer():
    env = dict(
        os.environ,
        REDIS_URL="redis://127.0.0.1:6399/0",
        DJANGO_SETTINGS_MODULE="samenwerken.settings.dev",
    )
    code = "from django.conf import settings; print(settings.CHANNEL_LAYERS['default']['BACKEND'])"
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip().endswith("channels_redis.core.RedisChannelLayer"), out.stderr


@pytest.mark.django_db
def test_search_backend_matches_the_database():
    """SQLite must really use FTS5 (not the silent substring fallback); PostgreSQL its
    own full-text search with the Dutch configuration."""
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    module = type(backend).__module__
    assert "fallback" not in module
    if connection.vendor == "sqlite":
        assert module.endswith("sqlite.sqlite")
        with connection.cursor() as cursor:
            cursor.execute("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(body)")
            cursor.execute("DROP TABLE temp.fts_probe")
    else:
        assert connection.vendor == "postgresql"
        assert module.endswith("postgres.postgres")
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector('dutch', 'schulden')::text")
            assert "schuld" in cursor.fetchone()[0]
