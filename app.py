"""Web app: the HTTP API (/health, /api/ask, /api/ask/stream) + the Gradio UI mounted at /.

    .venv/bin/python app.py [--host 127.0.0.1] [--port 7860] [--no-ingest]      (or: .venv/bin/par-app …)

Builds the index on first run when index/ is empty. Stop with Ctrl+C.
"""
from __future__ import annotations

import sys

from assistant.apps.web.server import main

if __name__ == "__main__":
    sys.exit(main())
