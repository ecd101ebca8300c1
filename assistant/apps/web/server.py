"""FastAPI app: the HTTP API (api.py: /health, /api/ask, /api/ask/stream), the Gradio UI at /, the chat widget
at /widget and, when PAR_ADMIN_USER/PAR_ADMIN_PASSWORD are set, the Documents admin at /admin (Gradio auth).

    python app.py [--host 127.0.0.1] [--port 7860] [--no-ingest]     (or: par-app …)

Everything taken from documents or users is HTML-escaped before rendering (see views.py).
"""
from __future__ import annotations

import atexit
import html
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from fastapi import FastAPI, Request

from assistant.config import Settings
from assistant.profiles import active_profile
from assistant.store.index import IndexError_, current_build, ingest_lock

# how long a replaced build stays open for the requests still using it before its handles are released
RETIRE_AFTER_S = 60.0


def ensure_index(settings: Settings) -> None:
    """Build the index on first run (README's first command). Another process building it at the same time
    (a second worker, a CLI ingest) is waited for, not raced."""
    if current_build(settings.index_dir):
        return
    from assistant.ingest.pipeline import ingest

    with ingest_lock(settings):
        if current_build(settings.index_dir):  # built by the one we waited for
            return
        print("Chưa có chỉ mục: đang dựng lần đầu từ corpus/ (khoảng 1–2 phút trên máy 2 nhân) …", flush=True)
        for line in ingest(settings).lines():
            print(line, flush=True)


class Scratch:
    """The app's own temporary folder, so nothing it writes outlives its use: Gradio's cache (uploads, files
    handed to browsers: GRADIO_TEMP_DIR points here) and generated downloads (``folder()``: briefings,
    exports). A janitor thread removes what is older than ``ttl`` seconds; the whole folder goes at exit."""

    def __init__(self, ttl: float):
        self.ttl = max(1.0, float(ttl))
        self.root = Path(tempfile.mkdtemp(prefix="par-app-"))
        (self.root / "downloads").mkdir()
        (self.root / "gradio").mkdir()
        self._stop = threading.Event()
        atexit.register(self.close)
        t = threading.Thread(target=self._janitor, name="par-scratch-janitor", daemon=True)
        t.start()

    def folder(self, prefix: str = "tai-ve-") -> Path:
        """A new folder for one download's files (removed after ``ttl``)."""
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.root / "downloads"))

    def sweep(self, now: float | None = None) -> int:
        """Remove files older than ``ttl`` and the folders they leave empty; returns how many files."""
        cutoff = (now or time.time()) - self.ttl
        n = 0
        keep = {str(self.root), str(self.root / "downloads"), str(self.root / "gradio")}
        emptied: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(self.root, topdown=False):
            for f in filenames:
                p = os.path.join(dirpath, f)
                try:
                    if os.lstat(p).st_mtime < cutoff:
                        os.unlink(p)
                        n += 1
                        emptied.add(dirpath)
                except OSError:
                    pass
            if dirpath in keep:
                continue
            try:  # a folder is removed once its files are gone (a new, still empty one is left alone)
                if not os.listdir(dirpath) and (dirpath in emptied or os.lstat(dirpath).st_mtime < cutoff):
                    os.rmdir(dirpath)
                    emptied.add(os.path.dirname(dirpath))
            except OSError:
                pass
        return n

    def _janitor(self) -> None:
        while not self._stop.wait(min(60.0, self.ttl / 2)):
            try:
                self.sweep()
            except Exception:  # noqa: BLE001 — the janitor must never die
                pass

    def close(self) -> None:
        self._stop.set()
        shutil.rmtree(self.root, ignore_errors=True)


def _warm_up(bot) -> None:
    """Load what the first question would otherwise wait for (the query encoder's first call, the word
    segmenter's model), so the first user is answered as fast as the next."""
    try:
        bot.index.embeddings.embed_query("khởi động")
        from assistant.lang.tokenize import tokenize

        tokenize("Ủy ban nhân dân tỉnh")
    except Exception:  # noqa: BLE001 — a warm-up never stops the app; the first question will say what is wrong
        pass


class State:
    """The loaded assistant, shared by all routes; reloads when the index build changes.

    Holds nothing about any request: what happened to one answer is in that answer (``Answer.notes``)."""

    def __init__(self, settings: Settings, scratch: Scratch | None = None):
        self.settings = settings
        self.scratch = scratch  # where downloads are written (``state.scratch.folder()``); None outside the app
        self.bot = None
        self.build = None
        self.error = ""
        self.rebuilding = False
        self.lock = threading.Lock()

    def get(self):
        with self.lock:
            # every worker follows CURRENT, in server mode too: an ingest by any process (CLI, admin, another
            # worker) switches all of them at their next request; the old build's collection is then gone
            build = current_build(self.settings.index_dir)
            if self.bot is None or (build and build != self.build):
                from assistant.chain import Assistant

                old = self.bot
                try:
                    self.bot = Assistant(self.settings)
                    self.build = self.bot.index.build
                    self.error = ""
                    _warm_up(self.bot)
                except IndexError_ as e:
                    self.bot = None
                    self.error = str(e)
                if old is not None and old is not self.bot:
                    self._retire(old)
            return self.bot

    @staticmethod
    def _retire(bot) -> None:
        """Release a replaced build's Chroma client (file handles, threads) once the requests that were using
        it are done, instead of leaking one per switch."""
        t = threading.Timer(RETIRE_AFTER_S, bot.index.close)
        t.daemon = True
        t.start()

    def error_html(self) -> str:
        msg = "Đang dựng lại chỉ mục, vui lòng thử lại sau ít phút." if self.rebuilding else self.error
        return f'<div class="par-error"><b>Trợ lý chưa sẵn sàng.</b> {html.escape(msg)}</div>'


def build_app(settings: Settings) -> FastAPI:
    scratch = Scratch(settings.download_ttl)
    # before gradio is imported: it reads this once, for its cache of uploads and of files sent to browsers.
    # Always this app's own folder (an inherited value would leave those files to no one; TMPDIR still decides
    # where the scratch folder lives)
    os.environ["GRADIO_TEMP_DIR"] = str(scratch.root / "gradio")
    import gradio as gr

    from assistant.apps.web import api
    from assistant.apps.web.ui import CSS, build_main, build_widget

    state = State(settings, scratch)
    app = FastAPI(title=active_profile().app_title)
    from assistant.apps.web.routes import register

    register(app, state)  # the UI's routes (/widget, /api/deadlines.ics, downloads, feedback) and page middleware
    origins = " ".join(o.strip() for o in settings.allowed_origins.split(",") if o.strip())

    @app.middleware("http")
    async def frame_policy(request: Request, call_next):
        resp = await call_next(request)
        path = request.url.path
        if path.startswith("/widget"):
            resp.headers["Content-Security-Policy"] = f"frame-ancestors 'self' {origins}".strip()
        else:  # only the widget may be embedded elsewhere
            resp.headers["Content-Security-Policy"] = "frame-ancestors 'self'"
            resp.headers["X-Frame-Options"] = "SAMEORIGIN"
        return resp

    api.register(app, state)

    if settings.admin_user and settings.admin_password:
        from assistant.apps.web.admin import build_admin

        app = gr.mount_gradio_app(app, build_admin(state), path="/admin",
                                  auth=(settings.admin_user, settings.admin_password), css=CSS,
                                  footer_links=[], max_file_size=settings.max_upload_bytes)
    anonymous = settings.max_anonymous_upload  # no anonymous page takes files: Gradio's upload route is capped
    app = gr.mount_gradio_app(app, build_widget(state), path="/widget", css=CSS, footer_links=[],
                              max_file_size=anonymous)
    main = build_main(state)
    main.queue(default_concurrency_limit=4, max_size=64)
    app = gr.mount_gradio_app(app, main, path="/", css=CSS, footer_links=[], max_file_size=anonymous)
    app.state.par = state  # tests and benchmarks reach the shared state through the app
    return app


def exposure_warning(settings: Settings) -> str:
    """A Vietnamese warning when the app would listen beyond this machine ("" on loopback)."""
    if settings.loopback:
        return ""
    admin = "trang quản trị /admin đang bật" if settings.admin_user and settings.admin_password else \
        "trang quản trị đang tắt"
    return (f"CẢNH BÁO: ứng dụng sẽ nhận kết nối từ mạng ở {settings.host}:{settings.port}, không chỉ từ máy này "
            f"({admin}). Không có HTTPS; mọi người trong mạng đều hỏi được. Nên để --host 127.0.0.1 và đặt một "
            "reverse proxy (nginx, Caddy…) có HTTPS phía trước.")


def main(argv: list[str] | None = None) -> int:
    import argparse

    s = Settings()
    p = argparse.ArgumentParser(prog="par-app", description=f"{active_profile().app_title} — giao diện web")
    p.add_argument("--host", default=s.host, help=f"địa chỉ nghe (mặc định {s.host}; chỉ máy này)")
    p.add_argument("--port", type=int, default=s.port, help=f"cổng (mặc định {s.port})")
    p.add_argument("--no-ingest", action="store_true", help="không tự dựng chỉ mục khi còn trống")
    args = p.parse_args(argv)
    s = s.with_(host=args.host, port=args.port)
    warning = exposure_warning(s)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    if not args.no_ingest:
        try:
            ensure_index(s)
        except IndexError_ as e:  # e.g. another ingest still running after PAR_INGEST_WAIT, Chroma down
            print(f"Lỗi: {e}", file=sys.stderr, flush=True)
            return 2
    import signal

    import uvicorn

    # uvicorn stops gracefully on SIGTERM, then raises the signal again for the handler in place before it:
    # make that a normal exit, so the scratch folder and other at-exit clean-ups run (not the default kill)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    app = build_app(s)
    print(f"Trợ lý CCHC đang chạy: http://{s.host}:{s.port}/  (dừng: Ctrl+C)", flush=True)
    uvicorn.run(app, host=s.host, port=s.port, log_level="warning")
    return 0
