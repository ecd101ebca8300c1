"""The web layer without an index or a browser: answer rendering, the page rewrite, the UI's HTTP routes."""
from __future__ import annotations

import io
import re

import pytest
from ui_fakes import FakeState, make_index

from assistant.config import Settings
from assistant.records import Answer, Citation


def _answer(**kw) -> Answer:
    cits = [Citation("kh-2030", "Kế hoạch 2030", "II › Hoạt động 1", "Ban hành kế hoạch tuyên truyền", 0, 10),
            Citation("kh-2030", "Kế hoạch 2030", "II › Hoạt động 2", "Rà soát <b>thủ tục</b>", 11, 20)]
    base = dict(question="ai chủ trì?", answer="**Sở Nội vụ** chủ trì. [1]\n“Ban hành kế hoạch” [1] và [2]",
                abstained=False, intent="lead", citations=cits, direct="**Sở Nội vụ** chủ trì. [1]")
    base.update(kw)
    return Answer(**base)


def test_answer_first_with_its_own_sources():
    from assistant.apps.web.views import answer_html

    out = answer_html(_answer(), None, turn=3)
    # the direct answer opens the message, in bold; the full text and the sources follow, collapsible
    assert re.match(r'<div class="par-answer" id="par-t3"><p class="par-direct"><strong>Sở Nội vụ chủ trì\.', out)
    assert out.index("par-direct") < out.index('<details class="par-more"') < out.index("par-sources")
    # every marker points at a source of this answer (turn 3), never at another answer's
    assert set(re.findall(r'href="#([^"]+)"', out)) == {"par-t3-s1", "par-t3-s2"}
    assert 'id="par-t3-s1"' in out and 'id="par-t3-s2"' in out
    assert "&lt;b&gt;thủ tục&lt;/b&gt;" in out  # quotes are escaped
    assert out.count("Sở Nội vụ chủ trì") == 1  # the direct line is not repeated in the body


def test_refusal_lists_related_clauses_once():
    from assistant.apps.web.views import answer_html

    rel = [Citation("kh-2030", "Kế hoạch 2030", "II › Hoạt động 4", "Số hóa", 0, 5)]
    text = "Tài liệu hiện có không nêu giám đốc.\nCác điều khoản gần nhất:\n- Kế hoạch 2030 — II › Hoạt động 4: “Số hóa”"
    ans = Answer("giám đốc là ai?", text, True, "unanswerable", [], [], rel, direct="")
    out = answer_html(ans, None, 0)
    assert out.count("II › Hoạt động 4") == 1 and "par-abstained" in out
    ans2 = Answer("giám đốc là ai?", "Tài liệu hiện có không nêu giám đốc.", True, "unanswerable", [], [], rel)
    out2 = answer_html(ans2, None, 0)
    assert out2.count("II › Hoạt động 4") == 1 and "par-related" in out2


def test_notes_shown_once_and_script_is_text():
    from assistant.apps.web.views import answer_html

    ans = _answer(answer="(Lưu ý: kho vector tạm ngừng)\n**Sở Nội vụ** chủ trì. [1]\n<script>alert(1)</script>",
                  notes=["kho vector tạm ngừng"])
    out = answer_html(ans, None, 0)
    assert out.count("kho vector tạm ngừng") == 1 and "par-note" in out
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_source_context_from_the_index():
    from assistant.apps.web.views import answer_html

    idx = make_index()
    c = idx.clauses[2]
    ans = _answer(citations=[Citation(c.doc_id, "Kế hoạch 2030", "I. MỤC TIÊU", c.text, c.start, c.end)],
                  answer="x [1]", direct="x [1]")
    out = answer_html(ans, idx, 1)
    assert '<details class="par-ctx">' in out and "<mark>" in out and "par-context" in out


def test_page_rewrite_lang_and_script():
    from assistant.apps.web.page import core_asset, head_html, rewrite

    html = (b'<!doctype html>\n<html\n\tlang="en"\n\tstyle="margin: 0"\n>\n<head><title>x</title></head>'
            b'<body><gradio-app control_page_title="true"></gradio-app></body></html>')
    out = rewrite(html)
    assert b'lang="vi"' in out and b'lang="en"' not in out
    assert b'<gradio-app theme_mode="light"' in out
    assert out.count(b"data-par-page") == 1 and rewrite(out) == out
    assert core_asset().startswith("core-")  # Gradio's i18n module, found in the installed frontend
    assert '"login"' in head_html() and "Đăng nhập" in head_html()


# ------------------------------------------------------------------ routes

@pytest.fixture
def client(tmp_path):
    from fastapi import FastAPI, Form
    from fastapi.responses import HTMLResponse, JSONResponse
    from fastapi.testclient import TestClient

    from assistant.apps.web.routes import register

    settings = Settings().with_(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus")
    state = FakeState(make_index(), settings)
    app = FastAPI()
    register(app, state)

    @app.get("/page", response_class=HTMLResponse)
    def page():
        return '<html lang="en"><head></head><body>ok</body></html>'

    @app.post("/admin/login")
    def login(username: str = Form(...), password: str = Form(...)):
        if password == "dung":
            return {"success": True}
        return JSONResponse({"detail": "Incorrect credentials."}, status_code=400)

    with TestClient(app) as c:
        c.state_ = state
        yield c


def test_widget_without_slash_redirects(client):
    r = client.get("/widget?x=1", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/widget/?x=1"


def test_html_pages_are_vietnamese(client):
    r = client.get("/page")
    assert '<html lang="vi">' in r.text and "data-par-page" in r.text
    assert int(r.headers["content-length"]) == len(r.content)


def test_deadlines_ics_route(client):
    from icalendar import Calendar

    r = client.get("/api/deadlines.ics", params={"agency": "so tu phap"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(r.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["[Chủ trì] Rà soát thủ tục nội bộ"]
    r = client.get("/api/deadlines.ics", params={"agency": "Sở Không Có"})
    assert r.status_code == 404 and "Không có nhiệm vụ" in r.json()["error"]
    assert len(Calendar.from_ical(client.get("/api/deadlines.ics").content).walk("VEVENT")) == 2


def test_task_exports_and_briefing_routes(client):
    import docx

    r = client.get("/api/tasks.csv", params={"agency": "Sở Tư pháp"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert len(r.content.decode("utf-8-sig").splitlines()) == 2
    r = client.get("/api/tasks.xlsx")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    r = client.get("/api/briefing.docx", params={"agency": "Sở Nội vụ", "role": "lead"})
    assert r.status_code == 200
    d = docx.Document(io.BytesIO(r.content))
    cells = " ".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    assert "Ban hành kế hoạch tuyên truyền" in cells and "Rà soát thủ tục nội bộ" not in cells
    assert client.get("/api/briefing.docx", params={"role": "x"}).status_code == 422
    r = client.get("/api/briefing.md", params={"agency": "Sở Nội vụ"})
    assert r.text.startswith("# TÀI LIỆU TÓM TẮT NHIỆM VỤ")


def test_feedback_route(client):
    from assistant.store.feedback import FeedbackStore

    r = client.post("/api/feedback", json={"question": "ai chủ trì?", "answer": "Sở Nội vụ", "rating": "down",
                                           "comment": "thiếu phối hợp"})
    assert r.status_code == 201 and r.json()["id"] >= 1
    stored = FeedbackStore(client.state_.settings.index_dir).all()
    assert stored[0].comment == "thiếu phối hợp" and stored[0].rating == -1 and stored[0].build == "test-build"
    assert client.post("/api/feedback", json={"question": "x", "answer": "y", "rating": "so-so"}).status_code == 422
    assert client.post("/api/feedback", json={"question": "", "answer": "y", "rating": 1}).status_code == 422


def test_login_attempts_are_throttled(client):
    for _ in range(5):
        assert client.post("/admin/login", data={"username": "a", "password": "sai"}).status_code == 400
    r = client.post("/admin/login", data={"username": "a", "password": "dung"})
    assert r.status_code == 429 and "thử lại" in r.json()["detail"] and int(r.headers["retry-after"]) > 0


# ------------------------------------------------------------------ a chat turn

class _AskingBot:
    """Answers like the real one for rejected input (intent "invalid"), otherwise one fixed answer."""

    def __init__(self, index):
        self.index = index
        self.seen = []

    def ask(self, question, history=None, filters=None):
        self.seen.append((question, list(history or []), dict(filters or {})))
        if len(question) > 2000 or not question.strip():
            return Answer(question[:200], "Câu hỏi quá dài.", True, "invalid")
        return _answer(question=question)


def test_chat_turn_keeps_answers_not_rejected_questions(tmp_path):
    from assistant.apps.web import chat as chatlib

    state = FakeState(make_index(), Settings().with_(index_dir=tmp_path / "index"))
    state.bot = _AskingBot(state.bot.index)
    steps = list(chatlib.chat_turn(state, "ai chủ trì?", [], [], {}, None, "widget"))
    assert len(steps) == 2 and "Đang tìm" in steps[0][0][-1]["content"]  # the question is shown at once
    chat, history, turns, copy = steps[-1]
    assert chat[0] == {"role": "user", "content": "ai chủ trì?"} and 'id="par-t0"' in chat[1]["content"]
    assert history == [_answer(question="ai chủ trì?").turn()] and "1" in turns
    chat, history2, turns, _ = list(chatlib.chat_turn(state, "x" * 5000, chat, history, turns, None, "widget"))[-1]
    assert history2 == history  # a rejected question is answered but not kept
    assert 'id="par-t1"' in chat[-1]["content"]
    chat, _, turns, _ = list(chatlib.chat_turn(state, "<b>còn</b> ai?", chat, history2, turns, None, "widget"))[-1]
    assert chat[-2]["content"] == "&lt;b&gt;còn&lt;/b&gt; ai?"
    assert state.bot.seen[-1][1] == history  # the follow-up carries the kept answer's turn
    # 👎 on the second answer stores that answer, with the build and where it was asked
    fid = chatlib.record_like(state, turns, len(chat) - 1, False)
    from assistant.store.feedback import FeedbackStore

    row = FeedbackStore(tmp_path / "index").all()[0]
    assert row.id == fid and row.rating == -1 and row.question == "<b>còn</b> ai?" and row.source == "widget"
    assert row.build == "test-build" and row.history == ["ai chủ trì?"]
    assert chatlib.record_like(state, turns, 0, True) is None  # a user message is not an answer
