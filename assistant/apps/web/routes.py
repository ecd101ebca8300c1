"""The UI's own HTTP routes and page middleware; ``register(app, state)`` is the one call ``server.build_app`` makes.

    GET  /widget                      → 307 to /widget/ (the embeddable chat)
    GET  /api/deadlines.ics?agency=…  an agency's deadlines as an iCalendar feed (subscribe in a calendar app)
    GET  /api/tasks.csv|.xlsx?…       the task table's filtered rows (agency, doc, period, section, q)
    GET  /api/briefing.docx|.md?…     a trainer briefing (agency, role, area, period, doc, issuer)
    POST /api/feedback                👍 / 👎 (+ comment) on an answer, for integrators of /api/ask

Downloads are made per request and streamed: nothing is written to disk. Also registered: ``PageMiddleware``
(``<html lang="vi">``, Gradio's strings in Vietnamese, the page script) and ``LoginThrottle`` (at most
``MAX_FAILURES`` wrong admin passwords per client address in ``WINDOW`` seconds).
"""
from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections import deque
from typing import Literal
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from assistant.apps.tasklist import ALL
from assistant.apps.web.page import PageMiddleware

MAX_FAILURES = 5
WINDOW = 300.0


class FeedbackBody(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    answer: str = Field(..., min_length=1, max_length=20000)
    rating: Literal["up", "down", 1, -1]
    comment: str = Field("", max_length=2000)
    direct: str = Field("", max_length=4000)
    intent: str = Field("", max_length=40)
    abstained: bool = False
    citations: list[dict] = Field(default_factory=list, max_length=30)
    history: list[str] = Field(default_factory=list, max_length=10)


class FeedbackSaved(BaseModel):
    id: int
    message: str


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower() or "tat-ca"


def _attachment(name: str, inline: bool = False) -> str:
    """Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266)."""
    ascii_name = _slug(name.rsplit(".", 1)[0]) + "." + name.rsplit(".", 1)[-1]
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _none_if_all(v: str | None) -> str:
    return "" if not v or v == ALL else v


def register(app: FastAPI, state) -> None:
    """Add the routes above and the page middlewares to ``app`` (call before mounting the Gradio apps)."""
    app.add_middleware(PageMiddleware)
    app.add_middleware(LoginThrottle)

    def unavailable() -> JSONResponse:
        return JSONResponse({"error": state.error or "Trợ lý chưa sẵn sàng."}, status_code=503)

    @app.get("/widget", include_in_schema=False)
    def widget_redirect(request: Request):
        q = request.url.query
        return RedirectResponse("/widget/" + (f"?{q}" if q else ""), status_code=307)

    @app.get("/api/deadlines.ics", summary="Hạn nhiệm vụ của một cơ quan (iCalendar)",
             response_class=Response, responses={200: {"content": {"text/calendar": {}}}, 404: {}})
    def deadlines_ics(agency: str = Query("", max_length=200, description="Tên cơ quan (để trống: mọi cơ quan)")):
        from assistant.apps.deadlines import UnknownAgency, known_agency, to_ics

        bot = state.get()
        if bot is None:
            return unavailable()
        name = ""
        if agency.strip() and agency != ALL:
            try:
                name = known_agency(bot.index, agency)
            except UnknownAgency as e:
                return JSONResponse({"error": str(e)}, status_code=404)
        body = to_ics(bot.index, name)
        return Response(body, media_type="text/calendar; charset=utf-8",
                        headers={"Content-Disposition": _attachment(f"han-nhiem-vu-{_slug(name or 'tat-ca')}.ics", True),
                                 "Cache-Control": "no-cache"})

    def _rows(agency, doc, period, section, q):
        from assistant.apps.tasklist import task_rows

        bot = state.get()
        if bot is None:
            return None
        return task_rows(bot.index, agency=_none_if_all(agency), doc_id=_none_if_all(doc),
                         period=_none_if_all(period), section=_none_if_all(section), search=q or "")

    @app.get("/api/tasks.csv", summary="Bảng nhiệm vụ đã lọc (CSV)", response_class=Response)
    def tasks_csv(agency: str = Query("", max_length=200), doc: str = Query("", max_length=200),
                  period: str = Query("", max_length=60), section: str = Query("", max_length=400),
                  q: str = Query("", max_length=200)):
        from assistant.apps.tasklist import to_csv

        rows = _rows(agency, doc, period, section, q)
        if rows is None:
            return unavailable()
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": _attachment("nhiem-vu.csv")})

    @app.get("/api/tasks.xlsx", summary="Bảng nhiệm vụ đã lọc (Excel)", response_class=Response)
    def tasks_xlsx(agency: str = Query("", max_length=200), doc: str = Query("", max_length=200),
                   period: str = Query("", max_length=60), section: str = Query("", max_length=400),
                   q: str = Query("", max_length=200)):
        from assistant.apps.tasklist import to_xlsx

        rows = _rows(agency, doc, period, section, q)
        if rows is None:
            return unavailable()
        return Response(to_xlsx(rows),
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": _attachment("nhiem-vu.xlsx")})

    def _briefing(agency, role, area, period, doc, issuer):
        from assistant.apps.briefing import build_briefing

        bot = state.get()
        if bot is None:
            return None
        doc = _none_if_all(doc)
        return build_briefing(bot.index, agency=_none_if_all(agency), role="lead" if role == "lead" else "any",
                              area=area or "", period=period or "", doc=doc if doc in bot.index.documents else "",
                              issuer=issuer or "")

    briefing_params = dict(agency=Query("", max_length=200), role=Query("any", pattern="^(lead|any)$"),
                           area=Query("", max_length=200), period=Query("", max_length=60),
                           doc=Query("", max_length=200), issuer=Query("", max_length=200))

    @app.get("/api/briefing.docx", summary="Tài liệu tập huấn (DOCX, khổ A4)", response_class=Response)
    def briefing_docx(agency: str = briefing_params["agency"], role: str = briefing_params["role"],
                      area: str = briefing_params["area"], period: str = briefing_params["period"],
                      doc: str = briefing_params["doc"], issuer: str = briefing_params["issuer"]):
        from assistant.apps.briefing import to_docx

        b = _briefing(agency, role, area, period, doc, issuer)
        if b is None:
            return unavailable()
        name = f"tom-tat-nhiem-vu-{_slug(b.agency or 'tat-ca')}.docx"
        return Response(to_docx(b), media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        headers={"Content-Disposition": _attachment(name)})

    @app.get("/api/briefing.md", summary="Tài liệu tập huấn (Markdown)", response_class=Response)
    def briefing_md(agency: str = briefing_params["agency"], role: str = briefing_params["role"],
                    area: str = briefing_params["area"], period: str = briefing_params["period"],
                    doc: str = briefing_params["doc"], issuer: str = briefing_params["issuer"]):
        b = _briefing(agency, role, area, period, doc, issuer)
        if b is None:
            return unavailable()
        name = f"tom-tat-nhiem-vu-{_slug(b.agency or 'tat-ca')}.md"
        return Response(b.markdown.encode("utf-8"), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": _attachment(name)})

    @app.post("/api/feedback", status_code=201, response_model=FeedbackSaved,
              summary="Góp ý 👍 / 👎 cho một câu trả lời")
    def feedback(body: FeedbackBody):
        from assistant.store.feedback import FeedbackStore

        bot = state.get()
        fid = FeedbackStore(state.settings.index_dir).add(
            1 if body.rating in ("up", 1) else -1, body.question, body.answer, direct=body.direct,
            intent=body.intent, abstained=body.abstained, citations=body.citations,
            build=bot.index.build if bot else "", source="api", comment=body.comment, history=body.history)
        return FeedbackSaved(id=fid, message="Đã ghi nhận góp ý. Cảm ơn bạn!")


class LoginThrottle:
    """ASGI middleware: after MAX_FAILURES failed logins from one address within WINDOW seconds, further login
    attempts from it are refused (429, in Vietnamese) until the window has passed. A success clears the count."""

    def __init__(self, app, max_failures: int = MAX_FAILURES, window: float = WINDOW):
        self.app = app
        self.max_failures = max_failures
        self.window = window
        self.failures: dict[str, deque] = {}
        self.lock = threading.Lock()

    def _recent(self, who: str, now: float) -> deque:
        q = self.failures.setdefault(who, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "POST" or not scope.get("path", "").endswith("/login"):
            return await self.app(scope, receive, send)
        who = (scope.get("client") or ("?", 0))[0]
        now = time.time()
        with self.lock:
            q = self._recent(who, now)
            blocked = len(q) >= self.max_failures
            wait = int(self.window - (now - q[0])) + 1 if blocked else 0
        if blocked:
            minutes = max(1, round(wait / 60))
            resp = JSONResponse({"detail": f"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng {minutes} phút."},
                                status_code=429, headers={"Retry-After": str(wait)})
            return await resp(scope, receive, send)
        status = {}

        async def wrapped(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, wrapped)
        with self.lock:
            if status.get("code") == 200:
                self.failures.pop(who, None)
            else:
                self._recent(who, time.time()).append(time.time())
