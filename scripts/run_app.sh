#!/usr/bin/env bash
# One command on a fresh machine: Python >= 3.11 check, OCR packages, .venv (the app only: lean, no torch),
# the index on first run, then the web app on http://127.0.0.1:7860/ (stop with Ctrl+C).
# Arguments go to app.py (e.g. --port 7861). The second start skips the install (a stamp in .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
find_python >/dev/null
need_debs tesseract-ocr tesseract-ocr-vie poppler-utils   # OCR of scanned PDFs at ingest
ensure_venv .venv .
exec .venv/bin/python app.py "$@"
