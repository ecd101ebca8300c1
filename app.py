"""Web app: FastAPI routes (/health, /api/ask) + the Gradio UI mounted at /.

    python app.py [--host 127.0.0.1] [--port 7860]

Builds the index on first run when index/ is empty.
"""
from __future__ import annotations

import argparse
import sys

from assistant.config import Settings


def main(argv: list[str] | None = None) -> int:
    s = Settings()
    p = argparse.ArgumentParser(description="Trợ lý CCHC tỉnh Lai Châu — giao diện web")
    p.add_argument("--host", default=s.host)
    p.add_argument("--port", type=int, default=s.port)
    p.add_argument("--no-ingest", action="store_true", help="không tự dựng chỉ mục khi còn trống")
    args = p.parse_args(argv)
    s = s.with_(host=args.host, port=args.port)

    from assistant.apps.web.server import build_app, ensure_index

    if not args.no_ingest:
        ensure_index(s)
    import uvicorn

    app = build_app(s)
    print(f"Trợ lý CCHC đang chạy: http://{s.host}:{s.port}/", flush=True)
    uvicorn.run(app, host=s.host, port=s.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
