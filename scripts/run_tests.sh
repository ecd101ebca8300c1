#!/usr/bin/env bash
# One command on a fresh machine: create .venv, install everything the tests need, run them.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if { ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } && [ "$(id -u)" = 0 ]; then
  # Debian's chromium for the browser tests (Playwright drives it; no browser download)
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
    || echo "chromium could not be installed; browser tests will fail" >&2
elif ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing and this is not root: run 'apt-get install -y chromium fonts-dejavu-core' first," \
       "or the browser tests will fail" >&2
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,st]'
exec .venv/bin/python -m pytest "$@"
