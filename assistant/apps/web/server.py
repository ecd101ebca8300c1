"""FastAPI app: GET /health, POST /api/ask, the Gradio UI at /, the chat widget at /widget and,
when PAR_ADMIN_USER/PAR_ADMIN_PASSWORD are set, the Documents admin at /admin (Gradio auth).

Everything taken from documents or users is HTML-escaped before rendering (see views.py).
"""
from __future__ import annotations

import html
import threading

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.profiles import active_profile
from assistant.store.index import IndexError_, current_build


class AskBody(BaseModel):
    question: str = Field("", max_length=100_000)
    history: list = Field(default_factory=list)
    filters: dict = Field(default_factory=dict)


def ensure_index(settings: Settings) -> None:
    """Build the index on first run (README's first command)."""
    if current_build(settings.index_dir):
        return
    from assistant.ingest.pipeline import ingest

    print("Chưa có chỉ mục: đang dựng lần đầu từ corpus/ …", flush=True)
    for line in ingest(settings).lines():
        print(line, flush=True)


class State:
    """The loaded assistant, shared by all routes; reloads when the index build changes."""

    def __init__(self, settings: Settings):
        self.settings = settings
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

                try:
                    self.bot = Assistant(self.settings)
                    self.build = self.bot.index.build
                    self.error = ""
                except IndexError_ as e:
                    self.bot = None
                    self.error = str(e)
            return self.bot

    def error_html(self) -> str:
        msg = "Đang dựng lại chỉ mục, vui lòng thử lại sau ít phút." if self.rebuilding else self.error
        return f'<div class="par-error"><b>Trợ lý chưa sẵn sàng.</b> {html.escape(msg)}</div>'


def build_app(settings: Settings) -> FastAPI:
    import gradio as gr

    from assistant.apps.web.ui import CSS, build_main, build_widget

    state = State(settings)
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

    @app.get("/health")
    def health():
        bot = state.get()
        if bot is None:
            return JSONResponse({"status": "no-index", "message": state.error}, status_code=503)
        out = {"status": "ok", "build": bot.index.build, "documents": len(bot.index.documents),
               "records": len(bot.index.records),
               "store": f"chroma-server {settings.chroma_host}:{settings.chroma_port}" if settings.server_mode
               else "chroma-embedded"}
        try:  # probe the store itself: one request's trouble is never another's
            bot.index.vectorstore._collection.count()
        except Exception as e:
            out.update(status="degraded", message=f"Không truy vấn được kho vector ({type(e).__name__}); "
                                                   "tạm thời chỉ tìm theo từ khóa.")
        return out

    @app.post("/api/ask")
    def api_ask(body: AskBody):
        bot = state.get()
        if bot is None:
            return JSONResponse({"error": state.error}, status_code=503)
        history = [h.get("question", "") if isinstance(h, dict) else str(h) for h in body.history][-10:]
        filters = {k: v for k, v in body.filters.items() if k in ("doc_id", "year", "level")}
        return bot.ask(body.question, history=history, filters=filters).to_json()

    if settings.admin_user and settings.admin_password:
        from assistant.apps.web.admin import build_admin

        app = gr.mount_gradio_app(app, build_admin(state), path="/admin",
                                  auth=(settings.admin_user, settings.admin_password), css=CSS,
                                  footer_links=[])
    app = gr.mount_gradio_app(app, build_widget(state), path="/widget", css=CSS, footer_links=[])
    main = build_main(state)
    main.queue(default_concurrency_limit=4, max_size=64)
    return gr.mount_gradio_app(app, main, path="/", css=CSS, footer_links=[])
