"""👍 / 👎 and an optional comment on every answer (chat and widget); stored by ``store/feedback.py``."""
from __future__ import annotations

import gradio as gr

from assistant.apps.web import chat as chatlib
from assistant.apps.web.chat import PRIVATE


def feedback_row(prefix: str) -> dict:
    msg = gr.Markdown("", elem_id=f"{prefix}-msg")
    with gr.Row(visible=False, elem_id=f"{prefix}-row", elem_classes=["par-fb-row"]) as row:
        text = gr.Textbox(label="Góp ý thêm cho câu trả lời này (không bắt buộc)", lines=1, max_length=2000,
                          placeholder="Ví dụ: thiếu cơ quan phối hợp; sai thời hạn…", elem_id=f"{prefix}-text",
                          scale=4)
        send = gr.Button("Gửi góp ý", variant="secondary", elem_id=f"{prefix}-send", scale=1)
    return {"msg": msg, "row": row, "text": text, "send": send, "id": gr.State(None)}


def wire_feedback(state, chat, turns, fb) -> None:
    def on_like(trn, data: gr.LikeData):
        fid = chatlib.record_like(state, trn, data.index, data.liked)
        if fid is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        up = data.liked is True
        msg = ("Đã ghi nhận: câu trả lời hữu ích. " if up else "Đã ghi nhận: câu trả lời chưa đúng. ") + \
              "Bạn có thể thêm góp ý bên dưới."
        return fid, gr.update(visible=True), msg, ""

    chat.like(on_like, [turns], [fb["id"], fb["row"], fb["msg"], fb["text"]], **PRIVATE)

    def on_comment(fid, text):
        if fid is None:
            return gr.skip(), "Hãy bấm 👍 hoặc 👎 trên một câu trả lời trước."
        if (text or "").strip():
            chatlib.store(state).comment(int(fid), text.strip())
        return gr.update(visible=False), "Đã lưu góp ý. Cảm ơn bạn!"

    fb["send"].click(on_comment, [fb["id"], fb["text"]], [fb["row"], fb["msg"]], **PRIVATE)
    fb["text"].submit(on_comment, [fb["id"], fb["text"]], [fb["row"], fb["msg"]], **PRIVATE)
