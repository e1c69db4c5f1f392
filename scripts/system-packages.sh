#!/usr/bin/env bash
# Debian packages the tests use: chromium for browser tests, redis-server for
# the scale-out test, postgresql for the production-mode run, gcc for the
# compiled finder. Installed only when missing and when we may (root with
# apt-get); tests that need a missing binary fail with a clear message rather
# than being skipped.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v gcc >/dev/null 2>&1 || need+=(gcc)  # compiling the personal-data finder (mypyc)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
  else
    echo "Installeer eerst: ${need[*]} (sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
