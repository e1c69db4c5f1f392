#!/usr/bin/env bash
# Quick start, command 2: install everything into .venv and run every check:
# ruff, Django's system checks, migrations check and the whole pytest suite
# (browser tests in Debian's headless Chromium included).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh requirements-dev.txt
bash scripts/system-packages.sh

export PYTHONPATH="$PWD/site${PYTHONPATH:+:$PYTHONPATH}"
export DJANGO_SETTINGS_MODULE=samenwerken.settings.test

echo "== ruff"
ruff check .
ruff format --check .
echo "== django checks"
python manage.py check
python manage.py makemigrations --check --dry-run
echo "== pytest (embedded default: SQLite, in-memory channel layer, database search)"
python -m pytest "$@"

if [ -z "${SKIP_PRODUCTION_MODE:-}" ]; then
  echo "== pytest (production mode: PostgreSQL with Dutch full-text search)"
  # shellcheck disable=SC1091
  source scripts/postgres.sh
  python -m pytest -m "postgres or not (browser or slow)" "$@"
fi
