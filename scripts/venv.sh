# Sourced by run.sh and test.sh: make .venv and install a requirements file
# into it, skipping pip when nothing changed since the last install.
py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
req="$1"
stamp=".venv/.installed-$(basename "$req")"
sum="$(cat requirements*.txt | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$req"
  echo "$sum" > "$stamp"
fi
# shellcheck disable=SC1091
source .venv/bin/activate
