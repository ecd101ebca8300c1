"""The Gradio UI: answer-first chat, the task table, upcoming deadlines, trainer briefings.

Programs use three named endpoints (``/ask``, ``/tasks``, ``/briefing``, documented in the API page and the
README); every event of the page itself is private (``api_visibility="private"``). The widget is in
``widget.py``, the admin in ``admin.py``, the page's styles and script in ``page.py``.
"""
from __future__ import annotations

import html
from datetime import date
from typing import Any, TypedDict, get_type_hints
from urllib.parse import urlencode

import gradio as gr

from assistant.apps.tasklist import ALL, task_rows
from assistant.apps.web import chat as chatlib
from assistant.apps.web.chat import PRIVATE
from assistant.apps.web.choices import all_choices
from assistant.apps.web.downloads import DELETE_CACHE
from assistant.apps.web.feedback import feedback_row, wire_feedback
from assistant.apps.web.i18n import attach
from assistant.apps.web.page import CSS  # noqa: F401  (server.py mounts every app with it)
from assistant.apps.web.views import deadlines_html, task_table_html
from assistant.profiles import active_profile
from assistant.records import Citation

PANEL_EMPTY = ('<h3 class="par-panel-head">Điều khoản nguồn</h3><div id="par-panel-body" aria-live="polite">'
               '<p class="par-path">Bấm một số [n] trong câu trả lời để xem điều khoản nguồn ở đây.</p></div>')


# ------------------------------------------------------------------ API for programs (gradio_client)
# The result types document the endpoints' outputs by name in /gradio_api/info and the "API" page.

# the one citation type (records.Citation), as the typed dict Gradio documents
CitationOut = TypedDict("CitationOut", get_type_hints(Citation))


class TurnOut(TypedDict):
    question: str
    answer: str
    records: list[str]
    docs: list[str]


class AskResult(TypedDict):
    question: str
    answer: str
    direct: str
    abstained: bool
    intent: str
    notes: list[str]
    citations: list[CitationOut]
    records: list[dict[str, Any]]
    related: list[CitationOut]
    elapsed_ms: float
    turn: TurnOut


class TaskOut(TypedDict):
    hoat_dong: str
    chu_tri: str
    phoi_hop: str
    thoi_han: str
    han_cuoi: str
    van_ban: str
    ma_van_ban: str
    ket_qua: str
    muc: str
    dieu_khoan: str
    trich_dan: str


class BriefingTask(TypedDict):
    area: str
    role: str
    task: dict[str, Any]
    document: str


class BriefingResult(TypedDict):
    title: str
    filters: list[str]
    markdown: str
    docx_url: str
    tasks: list[BriefingTask]
    targets: list[CitationOut]


def _filters(doc_id: str = "", level: str = "", year: Any = "") -> dict:
    f: dict[str, Any] = {}
    if doc_id and doc_id != ALL:
        f["doc_id"] = doc_id
    if level and level != ALL:
        f["level"] = level
    if year not in (None, "", ALL, 0, "0"):
        try:
            f["year"] = int(year)
        except (TypeError, ValueError):
            pass
    return f


def api_endpoints(state) -> None:
    """The named endpoints, registered in the current Blocks."""

    def ask(question: str, history: list[dict] | None = None, doc_id: str = "", level: str = "",
            year: int = 0) -> AskResult:
        """Hỏi trợ lý một câu (tiếng Việt, có dấu hoặc không dấu).

        Args:
            question: câu hỏi, tối đa 2000 ký tự.
            history: các lượt trước, mỗi lượt là trường "turn" của một câu trả lời trước (để hỏi tiếp "còn … thì sao?").
            doc_id: chỉ tìm trong văn bản này (mã văn bản; để trống: mọi văn bản).
            level: chỉ văn bản cấp này (tỉnh, xã, văn phòng…).
            year: chỉ văn bản năm này (0: mọi năm).
        Returns:
            {"question", "answer", "direct", "abstained", "intent", "notes", "citations", "records", "related",
            "elapsed_ms", "turn"} — "direct" là giá trị được hỏi, "answer" là toàn văn kèm [n], "turn" gửi lại trong history.
        """
        ans, err = chatlib.ask_once(state, question or "", history or [], _filters(doc_id, level, year))
        if ans is None:
            raise gr.Error(state.error or "Trợ lý chưa sẵn sàng.")
        return ans.to_json()

    def tasks(agency: str = "", doc_id: str = "", period: str = "", search: str = "",
              section: str = "") -> list[TaskOut]:
        """Bảng nhiệm vụ đã lọc: mỗi dòng gồm hoạt động, chủ trì, phối hợp, thời hạn, văn bản, kết quả, mục, điều khoản.

        Args:
            agency: cơ quan chủ trì hoặc phối hợp (để trống: mọi cơ quan).
            doc_id: mã văn bản.
            period: quý của hạn cuối, dạng "Quý II/2024".
            search: từ cần tìm (không dấu cũng được).
            section: mục / lĩnh vực của kế hoạch.
        """
        bot = state.get()
        if bot is None:
            raise gr.Error(state.error or "Trợ lý chưa sẵn sàng.")
        rows = task_rows(bot.index, agency=agency, doc_id=doc_id, period=period, search=search, section=section)
        return [{"hoat_dong": r.activity, "chu_tri": r.lead, "phoi_hop": r.coordinators, "thoi_han": r.deadline,
                 "han_cuoi": r.due, "van_ban": r.doc, "ma_van_ban": r.doc_id, "ket_qua": r.output,
                 "muc": r.section, "dieu_khoan": r.clause, "trich_dan": r.quote} for r in rows]

    def briefing(agency: str = "", role: str = "any", area: str = "", period: str = "",
                 doc_id: str = "") -> BriefingResult:
        """Tài liệu tập huấn của một cơ quan: nhiệm vụ (chủ trì / phối hợp) theo lĩnh vực và hạn, mục tiêu liên quan.

        Args:
            agency: tên cơ quan.
            role: "lead" (chỉ việc chủ trì) hoặc "any" (chủ trì hoặc phối hợp).
            area: lĩnh vực, ví dụ "thủ tục hành chính".
            period: hạn trong kỳ, ví dụ "Quý II" hoặc "6 tháng đầu năm".
            doc_id: mã văn bản.
        Returns:
            {"title", "filters", "markdown", "docx_url", "tasks": [...], "targets": [...]} — tải DOCX (A4) ở "docx_url".
        """
        from assistant.apps.briefing import build_briefing

        bot = state.get()
        if bot is None:
            raise gr.Error(state.error or "Trợ lý chưa sẵn sàng.")
        b = build_briefing(bot.index, agency=agency, role="lead" if role == "lead" else "any", area=area,
                           period=period, doc=doc_id if doc_id in bot.index.documents else "")
        return {"title": b.title, "filters": b.filters, "markdown": b.markdown,
                "docx_url": "/api/briefing.docx?" + urlencode(_brief_query(agency, role, area, period, doc_id, "")),
                "tasks": [{"area": area_, "role": it.role, "task": it.record.to_json(), "document": it.doc_title}
                          for area_, items in b.groups for it in items],
                "targets": [c.to_json() for c in b.targets]}

    gr.api(ask, api_name="ask", concurrency_limit=4)
    gr.api(tasks, api_name="tasks")
    gr.api(briefing, api_name="briefing")


def _brief_query(agency, role, area, period, doc, issuer) -> dict:
    q = {"agency": agency or "", "role": role or "any", "area": area or "", "period": period or "",
         "doc": "" if doc in (None, "", ALL) else doc, "issuer": issuer or ""}
    return {k: v for k, v in q.items() if v}


# ------------------------------------------------------------------ main page

def build_main(state) -> gr.Blocks:
    prof = active_profile()
    settings = state.settings
    with gr.Blocks(title=prof.app_title, analytics_enabled=False, delete_cache=DELETE_CACHE) as demo:
        gr.Markdown(f"## {prof.app_title}\n{prof.app_intro}", elem_id="par-head")
        status = gr.HTML("" if state.get() is not None else state.error_html(), elem_id="par-status")
        c = all_choices(state.get())
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                chat_parts = _chat_tab(state, settings, prof, c)
            with gr.Tab("Bảng nhiệm vụ", id="tasks"):
                task_parts = _task_tab(state, c)
            with gr.Tab("Sắp đến hạn", id="deadlines"):
                due_parts = _deadline_tab(state, c)
            with gr.Tab("Tài liệu tập huấn", id="briefing"):
                brief_parts = _briefing_tab(state, c)
        api_endpoints(state)

        # every dropdown follows the live index: at each page load, and every minute while the page is open
        dropdowns = [chat_parts["doc"], chat_parts["level"], chat_parts["year"], task_parts["agency"],
                     task_parts["doc"], task_parts["period"], task_parts["section"], due_parts["agency"],
                     brief_parts["agency"], brief_parts["doc"]]
        seen_build = gr.State("")

        def refresh(seen: str, force: bool = True):
            b = state.get()
            ch = all_choices(b)
            if not force and ch["build"] == seen:
                return [gr.skip()] * (len(dropdowns) + 2)
            keys = ["docs", "levels", "years", "agencies", "docs", "periods", "sections", "due_agencies",
                    "brief_agencies", "docs"]
            ups = [gr.update(choices=ch[k]) for k in keys]
            return ups + [ch["build"], "" if b is not None else state.error_html()]

        demo.load(lambda s: refresh(s, True), [seen_build], dropdowns + [seen_build, status], **PRIVATE)
        timer = gr.Timer(60)
        timer.tick(lambda s: refresh(s, False), [seen_build], dropdowns + [seen_build, status], **PRIVATE)
    return attach(demo)


def _chat_tab(state, settings, prof, c) -> dict:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            chat = gr.Chatbot(label="Hội thoại", height="62vh", min_height=360, elem_id="par-chat",
                              elem_classes=["par-chat"], autoscroll=False, sanitize_html=True, buttons=["copy"],
                              feedback_options=("Like", "Dislike"), render_markdown=True, line_breaks=False, layout="panel",
                              latex_delimiters=[],
                              placeholder="Hỏi về kế hoạch, chỉ thị CCHC: ai chủ trì, ai phối hợp, thời hạn, kết quả.")
            box = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: ai chu tri dieu tra xa hoi hoc?", lines=1,
                             max_length=settings.max_question_chars, elem_id="par-question")
            with gr.Row():
                send = gr.Button("Hỏi", variant="primary", elem_id="par-send", scale=2)
                clear = gr.Button("Hội thoại mới", variant="secondary", elem_id="par-clear", scale=1)
            fb = feedback_row("par-fb")
            with gr.Accordion("Lọc theo văn bản / cấp / năm", open=False):
                doc = gr.Dropdown(c["docs"], value=ALL, label="Văn bản", elem_id="par-f-doc")
                level = gr.Dropdown(c["levels"], value=ALL, label="Cấp", elem_id="par-f-level")
                year = gr.Dropdown(c["years"], value=ALL, label="Năm", elem_id="par-f-year")
            gr.Examples([[q] for q in prof.sample_questions], inputs=[box], label="Câu hỏi mẫu (bấm để chọn)",
                        api_visibility="private")
        with gr.Column(scale=2, min_width=280, elem_id="par-side"):
            gr.HTML(PANEL_EMPTY, elem_id="par-panel-box")
            copy = gr.Textbox(label="Câu trả lời kèm nguồn (để sao chép)", lines=4, interactive=False,
                              elem_id="par-copy")
    history = gr.State([])
    turns = gr.State({})

    def step(message, chat_, hist, trn, d, lv, yr):
        for out in chatlib.chat_turn(state, message, chat_, hist, trn, _filters(d, lv, yr), "chat"):
            chat_o, hist_o, trn_o, copy_o = out
            yield chat_o, hist_o, trn_o, "", copy_o, gr.update(visible=False), ""

    outs = [chat, history, turns, box, copy, fb["row"], fb["msg"]]
    ins = [box, chat, history, turns, doc, level, year]
    send.click(step, ins, outs, **PRIVATE)
    box.submit(step, ins, outs, **PRIVATE)
    clear.click(lambda: ([], [], {}, "", "", gr.update(visible=False), ""), None, outs, **PRIVATE)
    wire_feedback(state, chat, turns, fb)
    return {"doc": doc, "level": level, "year": year}


# ------------------------------------------------------------------ task table

def _download_links(items: list[tuple[str, str]], elem_class: str = "par-dl") -> str:
    links = "".join(f'<a class="par-btn" href="{html.escape(href)}" download>{html.escape(label)}</a>'
                    for label, href in items)
    return f'<div class="{elem_class}">{links}</div>'


def _task_view(state, agency, doc, period, section, search):
    b = state.get()
    if b is None:
        return state.error_html(), "", ""
    rows = task_rows(b.index, agency=agency, doc_id=doc, period=period, search=search or "", section=section)
    q = {k: v for k, v in {"agency": agency, "doc": doc, "period": period, "section": section,
                           "q": search or ""}.items() if v and v != ALL}
    qs = ("?" + urlencode(q)) if q else ""
    links = _download_links([(f"Tải CSV ({len(rows)} dòng)", f"api/tasks.csv{qs}"),
                             (f"Tải Excel ({len(rows)} dòng)", f"api/tasks.xlsx{qs}")])
    return task_table_html(rows), f"**{len(rows)}** bản ghi", links


def _task_tab(state, c) -> dict:
    with gr.Row():
        agency = gr.Dropdown(c["agencies"], value=ALL, label="Cơ quan (chủ trì hoặc phối hợp)",
                             elem_id="par-t-agency", min_width=200)
        doc = gr.Dropdown(c["docs"], value=ALL, label="Văn bản", elem_id="par-t-doc", min_width=200)
        period = gr.Dropdown(c["periods"], value=ALL, label="Hạn (quý)", elem_id="par-t-period", min_width=160)
        section = gr.Dropdown(c["sections"], value=ALL, label="Mục / lĩnh vực", elem_id="par-t-section",
                              min_width=200)
        search = gr.Textbox(label="Tìm (không dấu cũng được)", elem_id="par-t-search", min_width=200)
    first = _task_view(state, ALL, ALL, ALL, ALL, "")
    count = gr.Markdown(first[1], elem_id="par-t-count")
    links = gr.HTML(first[2], elem_id="par-t-downloads")
    table = gr.HTML(first[0], elem_id="par-tasks")
    inputs = [agency, doc, period, section, search]
    outs = [table, count, links]
    for comp in (agency, doc, period, section):
        comp.change(lambda *a: _task_view(state, *a), inputs, outs, **PRIVATE)
    search.submit(lambda *a: _task_view(state, *a), inputs, outs, **PRIVATE)
    return {"agency": agency, "doc": doc, "period": period, "section": section}


# ------------------------------------------------------------------ upcoming deadlines

def parse_day(text: str | None, today: date | None = None) -> date:
    """'15/03/2024', '2024-03-15' or '' (today)."""
    import re

    t = (text or "").strip()
    if not t:
        return today or date.today()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", t):
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise ValueError(f"Ngày «{t}» không hợp lệ. Hãy nhập dạng ngày/tháng/năm, ví dụ 15/03/2024.")


def _deadline_view(state, start_text, days, agency):
    from assistant.apps.deadlines import by_agency, upcoming

    b = state.get()
    if b is None:
        return state.error_html(), ""
    try:
        start = parse_day(start_text)
    except ValueError as e:
        return f'<p class="par-error">{html.escape(str(e))}</p>', ""
    name = "" if agency in (None, "", ALL) else agency
    groups = by_agency(upcoming(b.index, start, int(days or 30), name))
    q = urlencode({"agency": name}) if name else ""
    label = f"Tải lịch (.ics) — {name}" if name else "Tải lịch (.ics) — mọi cơ quan"
    href = "api/deadlines.ics" + (f"?{q}" if q else "")
    links = (_download_links([(label, href)]) +
             f'<p class="par-path">Đăng ký lịch trong ứng dụng lịch (Google Calendar, Outlook…) bằng địa chỉ: '
             f'<code class="par-ics-url">{html.escape("/" + href)}</code> trên máy chủ này.</p>')
    return deadlines_html(groups, start, int(days or 30)), links


def _deadline_tab(state, c) -> dict:
    today = date.today()
    with gr.Row():
        start = gr.Textbox(value=today.strftime("%d/%m/%Y"), label="Tính từ ngày (ngày/tháng/năm)",
                           elem_id="par-d-start", min_width=160)
        days = gr.Radio([("30 ngày tới", 30), ("90 ngày tới", 90)], value=30, label="Khoảng thời gian",
                        elem_id="par-d-days", min_width=200)
        agency = gr.Dropdown(c["due_agencies"], value=ALL, label="Cơ quan", elem_id="par-d-agency", min_width=220)
    first = _deadline_view(state, "", 30, ALL)
    links = gr.HTML(first[1], elem_id="par-d-downloads")
    out = gr.HTML(first[0], elem_id="par-due")
    inputs = [start, days, agency]
    for comp in (days, agency):
        comp.change(lambda *a: _deadline_view(state, *a), inputs, [out, links], **PRIVATE)
    start.submit(lambda *a: _deadline_view(state, *a), inputs, [out, links], **PRIVATE)
    start.blur(lambda *a: _deadline_view(state, *a), inputs, [out, links], **PRIVATE)
    return {"agency": agency}


# ------------------------------------------------------------------ briefing

PERIODS = [("Không giới hạn", ""), "Quý I", "Quý II", "Quý III", "Quý IV", "6 tháng đầu năm", "6 tháng cuối năm"]


def _briefing_tab(state, c) -> dict:
    with gr.Row():
        agency = gr.Dropdown(c["brief_agencies"], value="", label="Cơ quan", allow_custom_value=True,
                             elem_id="par-b-agency", min_width=220)
        role = gr.Radio([("chủ trì", "lead"), ("chủ trì hoặc phối hợp", "any")], value="any", label="Vai trò",
                        elem_id="par-b-role", min_width=200)
        area = gr.Textbox(label="Lĩnh vực (ví dụ: thủ tục hành chính)", elem_id="par-b-area", min_width=200)
    with gr.Row():
        period = gr.Dropdown(PERIODS, value="", label="Hạn trong", elem_id="par-b-period", min_width=160)
        doc = gr.Dropdown(c["docs"], value=ALL, label="Văn bản", elem_id="par-b-doc", min_width=220)
        issuer = gr.Textbox(label="Đơn vị phát hành (để trống: cơ quan ban hành văn bản nguồn)",
                            elem_id="par-b-issuer", min_width=220)
    make = gr.Button("Tạo tài liệu", variant="primary", elem_id="par-b-make")
    links = gr.HTML("", elem_id="par-b-downloads")
    preview = gr.Markdown(elem_id="par-b-preview")

    def run(a, r, ar, p, d, iss):
        from assistant.apps.briefing import build_briefing

        b = state.get()
        if b is None:
            return state.error_html(), ""
        doc_id = d if d in b.index.documents else ""
        br = build_briefing(b.index, agency=a or "", area=ar or "", period=p or "", doc=doc_id, role=r,
                            issuer=iss or "")
        qs = urlencode(_brief_query(a, r, ar, p, doc_id, iss))
        dl = _download_links([("Tải DOCX (khổ A4)", f"api/briefing.docx?{qs}"),
                              ("Tải Markdown", f"api/briefing.md?{qs}")], "par-dl par-b-dl")
        return dl, br.markdown

    make.click(run, [agency, role, area, period, doc, issuer], [links, preview], **PRIVATE)
    return {"agency": agency, "doc": doc}


def build_widget(state) -> gr.Blocks:  # kept for server.py's import; the widget lives in widget.py
    from assistant.apps.web.widget import build_widget as _bw

    return _bw(state)
