"""FastAPI app: GET /health, POST /api/ask, and the Gradio chat mounted at /.

Everything taken from documents or users is HTML-escaped before rendering.
"""
from __future__ import annotations

import html
import threading

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..config import Settings
from ..store import IndexError_, current_build

EXAMPLES = [
    "ai chu tri dieu tra xa hoi hoc?",
    "TTHC nội bộ cắt giảm bao nhiêu %?",
    "Đoàn kiểm tra CCHC năm 2024 gồm những thành phần nào?",
    "so y te chu tri nhung viec gi trong ke hoach cchc nam 2024",
    "Những việc nào trong kế hoạch CCHC của tỉnh phải xong trong quý I/2024?",
    "Giám đốc Sở Nội vụ tên là gì?",
]


class AskBody(BaseModel):
    question: str = Field("", max_length=100_000)
    history: list = Field(default_factory=list)
    filters: dict = Field(default_factory=dict)


def ensure_index(settings: Settings) -> None:
    """Build the index on first run (README's first command)."""
    if current_build(settings.index_dir):
        return
    from ..ingest import ingest

    print("Chưa có chỉ mục: đang dựng lần đầu từ corpus/ …", flush=True)
    for line in ingest(settings).lines():
        print(line, flush=True)


class State:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.bot = None
        self.error = ""
        self.lock = threading.Lock()

    def get(self):
        with self.lock:
            if self.bot is None:
                from ..chain import Assistant

                try:
                    self.bot = Assistant(self.settings)
                    self.error = ""
                except IndexError_ as e:
                    self.error = str(e)
            return self.bot


def render_answer_html(ans) -> str:
    """Answer text + numbered citations, escaped."""
    body = html.escape(ans.answer).replace("\n", "<br>")
    cits = "".join(
        f'<li id="cite-{n}"><b>[{n}] {html.escape(c.title)}</b> — <i>{html.escape(c.clause)}</i>'
        f'<blockquote>{html.escape(c.quote)}</blockquote></li>'
        for n, c in enumerate(ans.citations, start=1))
    return f'<div class="par-answer">{body}</div>' + (f'<ol class="par-cites">{cits}</ol>' if cits else "")


def build_app(settings: Settings) -> FastAPI:
    import gradio as gr

    state = State(settings)
    app = FastAPI(title="Trợ lý CCHC Lai Châu")

    @app.get("/health")
    def health():
        bot = state.get()
        if bot is None:
            return JSONResponse({"status": "no-index", "message": state.error}, status_code=503)
        return {"status": "ok", "build": bot.index.build, "documents": len(bot.index.documents)}

    @app.post("/api/ask")
    def api_ask(body: AskBody):
        bot = state.get()
        if bot is None:
            return JSONResponse({"error": state.error}, status_code=503)
        history = [h.get("question", "") if isinstance(h, dict) else str(h) for h in body.history]
        return bot.ask(body.question, history=history, filters=body.filters).to_json()

    def respond(message, chat, history_q):
        bot = state.get()
        chat = chat or []
        if bot is None:
            chat = chat + [{"role": "user", "content": message},
                           {"role": "assistant", "content": html.escape(state.error)}]
            return chat, history_q, ""
        ans = bot.ask(message or "", history=history_q)
        history_q = (history_q or []) + [message]
        chat = chat + [{"role": "user", "content": html.escape(message or "")},
                       {"role": "assistant", "content": render_answer_html(ans)}]
        return chat, history_q, ""

    with gr.Blocks(title="Trợ lý CCHC tỉnh Lai Châu") as demo:
        gr.Markdown("## Trợ lý cải cách hành chính tỉnh Lai Châu\nHỏi về kế hoạch, chỉ thị CCHC: ai chủ trì, "
                    "ai phối hợp, thời hạn, kết quả — kèm trích dẫn điều khoản.")
        chat = gr.Chatbot(label="Hội thoại", height=480, sanitize_html=True)
        history_q = gr.State([])
        box = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: ai chu tri dieu tra xa hoi hoc?", lines=1)
        send = gr.Button("Hỏi", variant="primary")
        gr.Examples(EXAMPLES, inputs=box, label="Câu hỏi mẫu")
        send.click(respond, [box, chat, history_q], [chat, history_q, box])
        box.submit(respond, [box, chat, history_q], [chat, history_q, box])
    demo.queue(default_concurrency_limit=4)
    return gr.mount_gradio_app(app, demo, path="/")
