#!/usr/bin/env bash
# One command on a fresh machine: Python >= 3.11 check, the Debian packages the tests need (chromium and fonts
# for the browser tests, tesseract for OCR), a separate .venv-test with the test extras (torch comes with the
# sentence-transformers extra: kept out of the app's .venv), then pytest with the given arguments.
#   bash scripts/run_tests.sh                 # everything (about 10–15 minutes on a 2-core machine)
#   bash scripts/run_tests.sh -m "not slow"   # the fast lane (under a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
find_python >/dev/null
need_debs chromium fonts-dejavu-core tesseract-ocr tesseract-ocr-vie poppler-utils
ensure_venv .venv-test '.[test,st]'
exec .venv-test/bin/python -m pytest "$@"
