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
echo "== pytest"
python -m pytest "$@"
