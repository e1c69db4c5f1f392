#!/usr/bin/env bash
# Quick start, command 1: install into .venv, prepare the embedded default with
# demo content, and serve HTTP + websockets (daphne) on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh requirements.txt
# the finder compiled to C (a few minutes, once per change of its sources)
python -m pilot.privacy.build_native --if-stale || true

export PYTHONPATH="$PWD/site${PYTHONPATH:+:$PYTHONPATH}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-samenwerken.settings.dev}"
python manage.py migrate --noinput
python manage.py load_demo_pilot
echo
echo "Samen Werken draait op http://127.0.0.1:${PORT:-8000}  (stoppen: Ctrl+C)"
exec python manage.py runserver "127.0.0.1:${PORT:-8000}"
