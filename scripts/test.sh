#!/usr/bin/env bash
# Quick start, command 2: install everything into .venv and run every check:
# ruff, Django's system checks, migrations check and the whole pytest suite
# (browser tests in Debian's headless Chromium included).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh requirements-dev.txt
bash scripts/system-packages.sh
python -m pilot.privacy.build_native --if-stale || true  # tests/pilot/privacy/test_native.py checks it

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
echo "== pytest (the personal-data finder as plain Python, without its compiled modules)"
PILOT_PRIVACY_PURE=1 python -m pytest -q tests/pilot/privacy \
  --deselect tests/pilot/privacy/test_native.py::test_compiled_and_python_finders_give_the_same_spans

if [ -z "${SKIP_PRODUCTION_MODE:-}" ]; then
  echo "== pytest (production mode: PostgreSQL with Dutch full-text search)"
  # shellcheck disable=SC1091
  source scripts/postgres.sh
  python -m pytest -m "postgres or not (browser or slow)" "$@"
fi
