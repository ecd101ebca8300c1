"""The Gradio UI: chat with citation panel, task explorer, trainer briefings; the compact /widget chat."""
from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from assistant.apps.web.views import (
    answer_html,
    answer_plain,
    citation_label,
    citation_panel,
)
from assistant.lang.normalize import fold
from assistant.profiles import active_profile

CSS = """
.par-answer mark, .par-panel mark {background:#fff3a3}
.par-abstained {color:#7a4b00}
.par-sources blockquote {margin:4px 0 8px 12px; color:#333; font-size:0.92em}
.par-panel .par-context {color:#666}
.par-path {color:#555; font-style:italic; margin-bottom:8px}
@media (max-width: 640px) { .par-sources blockquote {margin-left:4px} }
"""
ALL = "Tất cả"


def _chat_step(state, message, chat, history_q, doc_filter, level_filter):
    """Answer one question; yields twice so the user sees their question at once (streaming)."""
    import html as _html

    bot = state.get()
    chat = list(chat or [])
    message = message or ""
    chat.append({"role": "user", "content": _html.escape(message)})
    yield chat, history_q, "", gr.update(), "", "", []
    if bot is None:
        chat.append({"role": "assistant", "content": state.error_html()})
        yield chat, history_q, "", gr.update(choices=[], value=None), "", "", []
        return
    filters = {}
    if doc_filter and doc_filter != ALL:
        filters["doc_id"] = next((d.id for d in bot.index.documents.values() if d.title == doc_filter), None)
    if level_filter and level_filter != ALL:
        if str(level_filter).isdigit():
            filters["year"] = int(level_filter)
        else:
            filters["level"] = level_filter
    ans = bot.ask(message, history=history_q, filters=filters)
    history_q = list(history_q or []) + ([message] if not ans.intent == "invalid" else [])
    # stream the text in a few steps (the answer is extractive, so it is ready at once; streaming keeps the
    # phone UI responsive for long quotes), then the final message with its numbered sources
    words = ans.answer.split(" ")
    chat.append({"role": "assistant", "content": ""})
    step = max(8, len(words) // 6)
    for i in range(step, len(words), step):
        chat[-1] = {"role": "assistant", "content": _html.escape(" ".join(words[:i])) + " …"}
        yield chat, history_q, "", gr.update(), "", "", []
    chat[-1] = {"role": "assistant", "content": answer_html(ans)}
    labels = [citation_label(n, c) for n, c in enumerate(ans.citations, start=1)]
    panel = citation_panel(bot.index, ans.citations[0]) if ans.citations else ""
    yield (chat, history_q, "", gr.update(choices=labels, value=labels[0] if labels else None),
           panel, answer_plain(ans), ans.citations)


def build_main(state) -> gr.Blocks:
    prof = active_profile()
    with gr.Blocks(title=prof.app_title) as demo:
        gr.Markdown(f"## {prof.app_title}\n{prof.app_intro}")
        bot = state.get()
        if bot is None:
            gr.HTML(state.error_html())
        docs = [ALL] + ([d.title for d in bot.index.documents.values()] if bot else [])
        levels = [ALL] + (sorted({d.level for d in bot.index.documents.values()}) if bot else []) + (
            [str(y) for y in sorted({d.year for d in bot.index.documents.values() if d.year})] if bot else [])
        with gr.Tab("Hỏi đáp", id="chat"):
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    chat = gr.Chatbot(label="Hội thoại", height=460, sanitize_html=True, elem_id="par-chat")
                    box = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: ai chu tri dieu tra xa hoi hoc?",
                                     lines=1, max_length=2000, elem_id="par-question")
                    with gr.Row():
                        send = gr.Button("Hỏi", variant="primary", elem_id="par-send")
                        clear = gr.Button("Hội thoại mới")
                    with gr.Accordion("Lọc theo văn bản / cấp", open=False):
                        doc_filter = gr.Dropdown(docs, value=ALL, label="Văn bản")
                        level_filter = gr.Dropdown(levels, value=ALL, label="Cấp hoặc năm")
                    gr.Examples(list(active_profile().sample_questions), inputs=box, label="Câu hỏi mẫu")
                with gr.Column(scale=2, min_width=280):
                    cite = gr.Radio([], label="Nguồn trích dẫn (chọn để xem điều khoản)", elem_id="par-cites")
                    panel = gr.HTML(elem_id="par-panel")
                    copy = gr.Textbox(label="Sao chép câu trả lời kèm nguồn", lines=4, buttons=["copy"],
                                      interactive=False, elem_id="par-copy")
            history_q = gr.State([])
            cits = gr.State([])
            outs = [chat, history_q, box, cite, panel, copy, cits]

            def step(message, chat_, hq, df, lf):
                yield from _chat_step(state, message, chat_, hq, df, lf)

            send.click(step, [box, chat, history_q, doc_filter, level_filter], outs)
            box.submit(step, [box, chat, history_q, doc_filter, level_filter], outs)
            clear.click(lambda: ([], [], "", gr.update(choices=[], value=None), "", "", []), None, outs)

            def show(label, cs):
                b = state.get()
                if not b or not cs or not label:
                    return ""
                n = int(label.split("]")[0].strip("[")) - 1
                return citation_panel(b.index, cs[n]) if 0 <= n < len(cs) else ""

            cite.change(show, [cite, cits], panel)
        with gr.Tab("Bảng nhiệm vụ", id="tasks"):
            _task_explorer(state)
        with gr.Tab("Tài liệu tập huấn", id="briefing"):
            _briefing(state)
    return demo


# ------------------------------------------------------------------ task explorer

COLUMNS = ["Văn bản", "Mục", "Hoạt động / nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Đến ngày", "Nguồn"]


def _quarter(d: str | None) -> str:
    if not d:
        return "Thường xuyên / không ghi"
    y, m = int(d[:4]), int(d[5:7])
    return f"{y}-Q{(m - 1) // 3 + 1}"


def task_rows(bot, agency: str = ALL, doc: str = ALL, period: str = ALL, search: str = "",
              section: str = ALL) -> list[list[str]]:
    from assistant.store.tasks import filter_records

    recs = bot.index.records
    if doc != ALL:
        recs = [r for r in recs if bot.index.documents[r.source].title == doc]
    if agency and agency != ALL:
        recs = filter_records(recs, agency=agency)
    if period and period != ALL:
        recs = [r for r in recs if _quarter(r.deadline_end) == period]
    if section and section != ALL:
        recs = [r for r in recs if r.section_title == section]
    if search:
        f = fold(search)
        recs = [r for r in recs if f in fold(" ".join((r.activity, r.task, r.output, r.lead, r.coordinators)))]
    return [[bot.index.documents[r.source].title, r.section_title, r.activity, r.lead, r.coordinators, r.deadline,
             r.deadline_end or "", f"{r.source}|{r.start}|{r.end}"] for r in recs]


def _timeline(rows: list[list[str]]):
    import pandas as pd

    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        q = _quarter(r[6] or None)
        counts[(q, r[0][:40])] = counts.get((q, r[0][:40]), 0) + 1
    data = [{"Quý": q, "Văn bản": d, "Số việc": n} for (q, d), n in sorted(counts.items())]
    return pd.DataFrame(data or [{"Quý": "", "Văn bản": "", "Số việc": 0}])


def _task_explorer(state) -> None:
    import pandas as pd

    bot = state.get()
    if bot is None:
        gr.HTML(state.error_html())
        return
    from assistant.lang.gazetteer import gazetteer

    g = gazetteer()
    agency_ids = sorted({a for r in bot.index.records for a in r.lead_ids + r.coordinator_ids})
    agencies = [ALL] + sorted({g.name(a) for a in agency_ids})
    docs = [ALL] + [d.title for d in bot.index.documents.values()]
    rows = task_rows(bot)
    periods = [ALL] + sorted({_quarter(r[6] or None) for r in rows})
    sections = [ALL] + sorted({r.section_title for r in bot.index.records if r.section_title})
    with gr.Row():
        agency = gr.Dropdown(agencies, value=ALL, label="Cơ quan (chủ trì hoặc phối hợp)", elem_id="par-t-agency")
        doc = gr.Dropdown(docs, value=ALL, label="Văn bản")
        period = gr.Dropdown(periods, value=ALL, label="Hạn (quý)")
        section = gr.Dropdown(sections, value=ALL, label="Mục / lĩnh vực")
        search = gr.Textbox(label="Tìm (không dấu cũng được)", elem_id="par-t-search")
    table = gr.Dataframe(pd.DataFrame(rows, columns=COLUMNS), interactive=False, wrap=True, max_height=520,
                         elem_id="par-tasks")
    count = gr.Markdown(f"{len(rows)} bản ghi", elem_id="par-t-count")
    plot = gr.BarPlot(_timeline(rows), x="Quý", y="Số việc", color="Văn bản", title="Số việc theo hạn hoàn thành",
                      height=260)
    clause = gr.HTML(elem_id="par-t-clause")

    def refresh(a, d, p, s, sec):
        b = state.get()
        rs = task_rows(b, a, d, p, s, sec)
        return pd.DataFrame(rs, columns=COLUMNS), f"{len(rs)} bản ghi", _timeline(rs)

    inputs = [agency, doc, period, search, section]
    for comp in (agency, doc, period, section):
        comp.change(refresh, inputs, [table, count, plot])
    search.submit(refresh, inputs, [table, count, plot])

    def pick(df, evt: gr.SelectData):
        b = state.get()
        try:
            key = df.iloc[evt.index[0]]["Nguồn"]
        except Exception:
            return ""
        src, start, end = key.split("|")
        rec = next((r for r in b.index.records if r.source == src and r.start == int(start) and r.end == int(end)), None)
        if rec is None:
            return ""
        from assistant.answering.answerer import Answerer

        return citation_panel(b.index, Answerer(b.index).cite_record(rec))

    table.select(pick, [table], clause)


# ------------------------------------------------------------------ briefing

def _briefing(state) -> None:
    bot = state.get()
    if bot is None:
        gr.HTML(state.error_html())
        return
    from assistant.lang.gazetteer import gazetteer

    g = gazetteer()
    agencies = [""] + sorted({g.name(a) for r in bot.index.records for a in r.lead_ids})
    docs = {d.title: d.id for d in bot.index.documents.values()}
    with gr.Row():
        agency = gr.Dropdown(agencies, value="", label="Cơ quan", allow_custom_value=True, elem_id="par-b-agency")
        role = gr.Radio([("chủ trì", "lead"), ("chủ trì hoặc phối hợp", "any")], value="lead", label="Vai trò")
        area = gr.Textbox(label="Lĩnh vực (ví dụ: thủ tục hành chính)")
        period = gr.Dropdown(["", "Quý I", "Quý II", "Quý III", "Quý IV", "6 tháng đầu năm", "6 tháng cuối năm"],
                             value="", label="Hạn trong")
        doc = gr.Dropdown([""] + list(docs), value="", label="Văn bản")
    make = gr.Button("Tạo tài liệu", variant="primary", elem_id="par-b-make")
    preview = gr.Markdown(elem_id="par-b-preview")
    with gr.Row():
        docx_file = gr.DownloadButton("Tải DOCX", visible=False, elem_id="par-b-docx")
        md_file = gr.DownloadButton("Tải Markdown", visible=False, elem_id="par-b-md")

    def run(a, r, ar, p, d):
        from assistant.apps.briefing import build_briefing, to_docx

        b = state.get()
        br = build_briefing(b.index, agency=a or "", area=ar or "", period=p or "", doc=docs.get(d, ""), role=r)
        out = Path(tempfile.mkdtemp(prefix="briefing-"))
        (out / "tom-tat-nhiem-vu.docx").write_bytes(to_docx(br, b.index))
        (out / "tom-tat-nhiem-vu.md").write_text(br.markdown, "utf-8")
        return (br.markdown, gr.update(value=str(out / "tom-tat-nhiem-vu.docx"), visible=True),
                gr.update(value=str(out / "tom-tat-nhiem-vu.md"), visible=True))

    make.click(run, [agency, role, area, period, doc], [preview, docx_file, md_file])


# ------------------------------------------------------------------ widget

def build_widget(state) -> gr.Blocks:
    """Chat only, compact, for embedding in the public PAR info page. No admin features."""
    with gr.Blocks(title=active_profile().widget_title) as w:
        gr.Markdown(f"**{active_profile().widget_title}**")
        out = gr.HTML(elem_id="par-w-answer")
        box = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: ai chu tri dieu tra xa hoi hoc?", max_length=2000,
                         elem_id="par-w-question")
        send = gr.Button("Hỏi", variant="primary", elem_id="par-w-send")
        hist = gr.State([])

        def ask(q, h):
            b = state.get()
            if b is None:
                return state.error_html(), h, ""
            ans = b.ask(q or "", history=h)
            return answer_html(ans), (list(h or []) + [q])[-6:], ""

        send.click(ask, [box, hist], [out, hist, box])
        box.submit(ask, [box, hist], [out, hist, box])
    return w
