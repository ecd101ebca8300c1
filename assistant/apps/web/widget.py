"""The compact chat for embedding in a public PAR information page (``/widget/``): questions and answers only.

The asked question stays visible above its answer; 👍 / 👎 and a comment on every answer; a question answering
rejects (too long, empty) is answered but not kept for follow-ups. No admin, no files, no API endpoints.
"""
from __future__ import annotations

import gradio as gr

from assistant.apps.web import chat as chatlib
from assistant.apps.web.chat import PRIVATE
from assistant.apps.web.downloads import DELETE_CACHE
from assistant.apps.web.feedback import feedback_row, wire_feedback
from assistant.apps.web.i18n import attach
from assistant.profiles import active_profile


def build_widget(state) -> gr.Blocks:
    prof = active_profile()
    with gr.Blocks(title=prof.widget_title, analytics_enabled=False, delete_cache=DELETE_CACHE) as w:
        gr.Markdown(f"**{prof.widget_title}**", elem_id="par-w-title")
        chat = gr.Chatbot(label="Hỏi đáp", height=380, min_height=240, elem_id="par-w-chat",
                          elem_classes=["par-chat"], autoscroll=False, sanitize_html=True, buttons=["copy"],
                          feedback_options=("Like", "Dislike"), line_breaks=False, latex_delimiters=[], layout="panel",
                          placeholder="Hỏi về kế hoạch, chỉ thị cải cách hành chính.")
        box = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: ai chu tri dieu tra xa hoi hoc?",
                         max_length=state.settings.max_question_chars, elem_id="par-w-question")
        send = gr.Button("Hỏi", variant="primary", elem_id="par-w-send")
        fb = feedback_row("par-w-fb")
        history = gr.State([])
        turns = gr.State({})

        def ask(q, chat_, hist, trn):
            for chat_o, hist_o, trn_o, _copy in chatlib.chat_turn(state, q, chat_, hist, trn, None, "widget"):
                yield chat_o, hist_o, trn_o, "", gr.update(visible=False), ""

        outs = [chat, history, turns, box, fb["row"], fb["msg"]]
        send.click(ask, [box, chat, history, turns], outs, **PRIVATE)
        box.submit(ask, [box, chat, history, turns], outs, **PRIVATE)
        wire_feedback(state, chat, turns, fb)
    return attach(w)
