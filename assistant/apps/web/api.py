"""The HTTP API for programs: ``POST /api/ask``, ``POST /api/ask/stream`` (server-sent events), ``GET /health``.

Everything that comes in is checked at the door, so nothing in a request can reach answering in a shape it
does not expect (and nothing can produce a 500):

- the body is at most ``Settings.max_body_bytes`` (413 past it, said before the body is read when the client
  announces its length, and never echoed back);
- it is JSON of the ``AskRequest`` model: ``question`` (a string), ``history`` (earlier questions as strings, or
  the ``turn`` objects earlier answers returned), ``filters`` (``assistant.records.FILTER_KEYS`` only, scalar
  values of the key's type, values the index knows); any other shape is a 422 whose messages are Vietnamese and
  never repeat the input;
- every text goes through ``sanitize()`` first (zero-width and bidi characters dropped, lone surrogates
  replaced, NFC): a question differing only by invisible characters gets the same answer;
- history is bounded in count and in size per item (422 past it), so no request can make the others wait.

State is per request: what went wrong for one answer (a store that did not answer, say) is in that answer's
``notes``; ``/health`` probes the store itself and says what it finds now.
"""
from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from assistant.config import Settings
from assistant.lang.normalize import sanitize
from assistant.records import FILTER_KEYS, Citation  # the one citation type, served as is

try:  # answering checks filters too (and raises this for ones it cannot use)
    from assistant.chain import FilterError
except ImportError:  # an answering without its own check
    FilterError = ()  # type: ignore[assignment,misc]

_DEFAULTS = Settings.__dataclass_fields__
MAX_QUESTION = _DEFAULTS["max_question_chars"].default
MAX_HISTORY_ITEMS = _DEFAULTS["max_history_items"].default
MAX_HISTORY_CHARS = _DEFAULTS["max_history_chars"].default
MAX_IDS = 200  # record / document ids in one turn
MAX_FILTER_CHARS = 300


def _clean(s: str, limit: int, what: str) -> str:
    if len(s) > 4 * limit:  # refuse before doing any work on a huge text
        raise ValueError(f"{what} quá dài (tối đa {limit} ký tự).")
    s = sanitize(s).strip()
    if len(s) > limit:
        raise ValueError(f"{what} quá dài (tối đa {limit} ký tự).")
    return s


class Turn(BaseModel):
    """One earlier exchange, as ``turn`` in an answer: follow-ups resolve against its records and documents."""

    model_config = ConfigDict(extra="ignore")
    question: StrictStr
    answer: StrictStr = ""
    records: list[StrictStr] = Field(default_factory=list, max_length=MAX_IDS)
    docs: list[StrictStr] = Field(default_factory=list, max_length=MAX_IDS)

    @field_validator("question", "answer")
    @classmethod
    def _text(cls, v: str) -> str:
        return _clean(v, MAX_HISTORY_CHARS, "Mục lịch sử")

    @field_validator("records", "docs")
    @classmethod
    def _ids(cls, v: list[str]) -> list[str]:
        return [_clean(x, MAX_FILTER_CHARS, "Mã") for x in v]


class AskRequest(BaseModel):
    """``{"question": "...", "history": ["câu trước" | {turn}], "filters": {"doc_id": "...", "year": 2024}}``"""

    model_config = ConfigDict(extra="forbid")
    question: StrictStr = Field(description=f"câu hỏi, tối đa {MAX_QUESTION} ký tự")
    history: list[StrictStr | Turn] = Field(
        default_factory=list, max_length=MAX_HISTORY_ITEMS,
        description=f"các lượt trước, cũ nhất trước (tối đa {MAX_HISTORY_ITEMS} mục, mỗi mục {MAX_HISTORY_CHARS} ký tự)")
    filters: dict[StrictStr, Any] = Field(
        default_factory=dict, description=f"lọc theo {', '.join(FILTER_KEYS)} (giá trị đơn, đúng kiểu)")

    @field_validator("question")
    @classmethod
    def _question(cls, v: str) -> str:
        v = _clean(v, MAX_QUESTION, "Câu hỏi")
        if not v:
            raise ValueError("Vui lòng nhập câu hỏi.")
        if not any(ch.isalpha() for ch in v):
            raise ValueError("Câu hỏi cần có chữ. Ví dụ: «Ai chủ trì điều tra xã hội học năm 2024?»")
        return v

    @field_validator("history", mode="before")
    @classmethod
    def _history_count(cls, v: Any) -> Any:
        if isinstance(v, list) and len(v) > MAX_HISTORY_ITEMS:
            raise ValueError(f"Lịch sử hội thoại quá dài (tối đa {MAX_HISTORY_ITEMS} lượt; hãy gửi các lượt gần nhất).")
        return v

    @field_validator("history")
    @classmethod
    def _history(cls, v: list) -> list:
        return [_clean(h, MAX_HISTORY_CHARS, "Mục lịch sử") if isinstance(h, str) else h for h in v]

    @field_validator("filters")
    @classmethod
    def _filters(cls, v: dict) -> dict:
        out: dict[str, Any] = {}
        for key, value in v.items():
            typ = FILTER_KEYS.get(key)
            if typ is None:
                raise ValueError(f"Bộ lọc «{_short(key)}» không được hỗ trợ (chỉ nhận: {', '.join(FILTER_KEYS)}).")
            if value is None or value == "":
                continue  # "no filter"
            if typ is int:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"Bộ lọc «{key}» phải là một số nguyên.")
            elif typ is str:
                if not isinstance(value, str):
                    raise ValueError(f"Bộ lọc «{key}» phải là một chuỗi ký tự (không nhận danh sách, đối tượng "
                                     "hay toán tử).")
                value = _clean(value, MAX_FILTER_CHARS, f"Bộ lọc «{key}»")
            elif not isinstance(value, typ):
                raise ValueError(f"Bộ lọc «{key}» không đúng kiểu.")
            out[key] = value
        return out

    def history_items(self) -> list:
        """History as answering takes it: strings, or the dicts ``Answer.turn()`` returns."""
        return [h if isinstance(h, str) else h.model_dump() for h in self.history]


class TurnOut(BaseModel):
    question: str
    answer: str
    records: list[str] = []
    docs: list[str] = []


class AskResponse(BaseModel):
    """The answer: ``direct`` is the asked value in one sentence, ``answer`` the whole text with [n] markers,
    ``citations`` what [n] points to, ``notes`` what happened to this answer (e.g. keyword-only search), and
    ``turn`` what to send back in ``history`` for a follow-up."""

    model_config = ConfigDict(extra="allow")
    question: str
    answer: str
    direct: str = ""
    abstained: bool
    intent: str
    notes: list[str] = []
    citations: list[Citation] = []
    records: list[dict[str, Any]] = []
    related: list[Citation] = []
    elapsed_ms: float = 0.0
    turn: TurnOut


class ErrorOut(BaseModel):
    error: str
    detail: list[dict[str, Any]] = []


# ------------------------------------------------------------------ errors, in Vietnamese, without the input

_MESSAGES = {
    "missing": "thiếu trường bắt buộc",
    "string_type": "phải là chuỗi ký tự",
    "int_type": "phải là số nguyên",
    "list_type": "phải là danh sách",
    "dict_type": "phải là đối tượng JSON",
    "model_type": "phải là đối tượng JSON",
    "model_attributes_type": "phải là đối tượng JSON",
    "extra_forbidden": "trường này không được hỗ trợ",
    "too_long": "quá nhiều mục",
    "string_too_long": "quá dài",
    "json_invalid": "JSON không hợp lệ",
    "json_type": "JSON không hợp lệ",
}


def _short(s: Any, n: int = 40) -> str:
    s = sanitize(str(s))
    return s if len(s) <= n else s[:n] + "…"


_BRANCHES = ("str", "Turn")  # the members of history's union, as pydantic names them in error locations


def _errors(e: ValidationError) -> list[dict[str, Any]]:
    errs = e.errors(include_input=False, include_url=False)
    # a history item is a string or a turn object; pydantic reports a failure against both: keep the branch
    # that fits what was sent (a turn's own field errors when it was an object), else one plain message
    turn_fields = {tuple(x["loc"][:2]) for x in errs if len(x["loc"]) > 3 and x["loc"][2] == "Turn"}
    out, seen = [], set()
    for err in errs:
        raw = tuple(err.get("loc", ()))
        if len(raw) >= 3 and raw[0] == "history" and raw[2] in _BRANCHES:
            if raw[:2] in turn_fields:
                if raw[2] == "str" or len(raw) == 3:
                    continue
                loc, msg = [*raw[:2], *raw[3:]], _message(err)
            else:
                loc, msg = list(raw[:2]), ("Mỗi mục lịch sử phải là chuỗi ký tự (câu hỏi trước) hoặc đối tượng "
                                           "«turn» của một câu trả lời trước.")
        else:
            loc, msg = list(raw), _message(err)
        key = (tuple(loc), msg)
        if key not in seen:
            seen.add(key)
            out.append({"loc": ["body", *loc], "msg": msg, "type": err["type"]})
    return out


def _message(err: dict) -> str:
    if err["type"] == "value_error":
        return str(err.get("ctx", {}).get("error", "")) or err["msg"].removeprefix("Value error, ")
    return _MESSAGES.get(err["type"], "giá trị không hợp lệ")


def invalid(detail: list[dict[str, Any]]) -> JSONResponse:
    """422 with ``error`` = the first problem as a sentence a person can read, ``detail`` = all of them."""
    error = "Yêu cầu không hợp lệ."
    if detail:
        msg = detail[0]["msg"]
        if msg[:1].isupper():
            error = msg
        else:
            where = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in detail[0]["loc"][1:]).lstrip(".")
            error = f"Yêu cầu không hợp lệ: «{where or 'body'}» {msg}."
    return JSONResponse({"error": error, "detail": detail}, status_code=422)


def parse_request(body: bytes) -> AskRequest:
    """The request, or ``_Invalid`` (a 422 in Vietnamese) for anything that is not a valid ``AskRequest``."""
    try:
        data = json.loads(body.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        raise _Invalid([{"loc": ["body"], "msg": "Nội dung gửi lên không phải JSON hợp lệ.",
                         "type": "json_invalid"}]) from None
    if not isinstance(data, dict):
        raise _Invalid([{"loc": ["body"], "msg": "Nội dung gửi lên phải là một đối tượng JSON "
                                                 '({"question": "…"}).', "type": "model_type"}])
    try:
        return AskRequest.model_validate(data)
    except ValidationError as e:
        raise _Invalid(_errors(e)) from None
    except RecursionError:
        raise _Invalid([{"loc": ["body"], "msg": "JSON lồng quá sâu.", "type": "json_invalid"}]) from None


class _Unavailable(Exception):
    """No index (yet): 503 with the reason."""


class _Invalid(Exception):
    def __init__(self, detail: list[dict[str, Any]]):
        super().__init__("invalid request")
        self.detail = detail


def too_large_message(limit: int) -> str:
    return f"Nội dung gửi lên quá lớn (tối đa {limit // 1024} KB)."


class BodyLimit:
    """ASGI middleware: bodies of requests under ``prefixes`` are at most ``limit`` bytes (413 past it).

    Nothing past the limit is kept in memory: a larger body (declared or not) is read in chunks and dropped, so
    the client, still sending, can read the short 413 instead of a reset connection; past ``drain`` bytes the
    connection is simply answered and closed. A body within the limit is handed on whole (small JSON)."""

    def __init__(self, app, limit: int, prefixes: tuple[str, ...] = ("/api/",), drain: int = 128 * 2**20):
        self.app = app
        self.limit = limit
        self.prefixes = prefixes
        self.drain = drain

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            return await self.app(scope, receive, send)
        too_big = {"error": too_large_message(self.limit)}
        declared = None
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = self.limit + 1
        chunks, seen, over = [], 0, declared is not None and declared > self.limit
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return None
            body = msg.get("body", b"")
            seen += len(body)
            if seen > self.limit:
                over, chunks = True, []
            if not over:
                chunks.append(body)
            if not msg.get("more_body", False) or (over and seen > self.drain):
                break
        if over:
            return await _send_json(send, 413, too_big)
        whole = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return whole
            return await receive()  # after the body: wait for the disconnect, as the server would say it

        return await self.app(scope, replay, send)


async def _send_json(send, status: int, obj: dict) -> None:
    body = json.dumps(obj, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


# ------------------------------------------------------------------ routes


def _filter_values(bot, filters: dict) -> list[dict[str, Any]]:
    """Filter values the index does not know (a typo'd doc_id would silently answer from nothing)."""
    docs = list(bot.index.documents.values())
    bad = []
    for key, value in filters.items():
        attr = "id" if key == "doc_id" else key
        known = {getattr(d, attr, None) for d in docs} - {None, "", 0}
        if known and value not in known:
            choices = ", ".join(sorted(map(str, known))[:12])
            bad.append({"loc": ["body", "filters", key], "type": "value_error",
                        "msg": f"Không có văn bản nào có {key} = «{_short(value)}». Các giá trị có: {choices}."})
    return bad


def register(app: FastAPI, state) -> None:
    """Add /health, /api/ask and /api/ask/stream to ``app``; ``state`` is the server's shared ``State``."""
    settings: Settings = state.settings
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(_Invalid)
    async def _invalid(request: Request, exc: _Invalid):
        return invalid(exc.detail)

    @app.exception_handler(_Unavailable)
    async def _unavailable(request: Request, exc: _Unavailable):
        return JSONResponse({"error": str(exc)}, status_code=503)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        # a defect, not the request: logged with its traceback, answered in Vietnamese without internals
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
        return JSONResponse({"error": "Trợ lý gặp lỗi khi trả lời câu này (lỗi đã được ghi lại). Vui lòng thử "
                                      "lại hoặc hỏi cách khác."}, status_code=500)

    async def prepare(request: Request):
        body = await request.body()
        req = parse_request(body)
        bot = await run_in_threadpool(state.get)
        if bot is None:
            raise _Unavailable(state.error or "Trợ lý chưa sẵn sàng.")
        bad = _filter_values(bot, req.filters)
        if bad:
            raise _Invalid(bad)
        return bot, req

    def answer(bot, req: AskRequest) -> dict[str, Any]:
        try:
            ans = bot.ask(req.question, history=req.history_items(), filters=dict(req.filters))
        except FilterError as e:  # answering's own check of the filters (the door already checked them)
            raise _Invalid([{"loc": ["body", "filters"], "msg": str(e), "type": "value_error"}]) from None
        return AskResponse.model_validate(ans.to_json()).model_dump()

    request_doc = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": _inline(AskRequest.model_json_schema())}}},
        "responses": {"422": {"description": "Yêu cầu không hợp lệ (thông báo tiếng Việt)",
                              "content": {"application/json": {"schema": ErrorOut.model_json_schema()}}},
                      "413": {"description": "Nội dung quá lớn"}, "503": {"description": "Chưa có chỉ mục"}}}

    @app.post("/api/ask", response_model=AskResponse, openapi_extra=request_doc,
              summary="Hỏi một câu (có lịch sử hội thoại và bộ lọc)")
    async def api_ask(request: Request):
        bot, req = await prepare(request)
        return await run_in_threadpool(answer, bot, req)

    @app.post("/api/ask/stream", openapi_extra=request_doc, response_class=StreamingResponse,
              summary="Hỏi một câu, trả lời dạng server-sent events",
              description="Sự kiện: `question` (câu hỏi đã làm sạch), nhiều `delta` ({\"text\"}: phần tiếp theo "
                          "của câu trả lời), `answer` (toàn bộ, như /api/ask), `done`; lỗi: `error`.")
    async def api_ask_stream(request: Request):
        bot, req = await prepare(request)

        async def events():
            yield _sse("question", {"question": req.question})
            task = asyncio.ensure_future(run_in_threadpool(answer, bot, req))
            while True:
                done, _ = await asyncio.wait({task}, timeout=10)
                if done:
                    break
                yield ": đang xử lý\n\n"  # keeps proxies from closing an idle stream
            try:
                out = task.result()
            except Exception as e:  # noqa: BLE001 — the client gets a clear event, not a cut stream
                yield _sse("error", {"error": f"Không trả lời được câu hỏi này ({type(e).__name__})."})
                return
            for piece in _pieces(out["answer"]):
                yield _sse("delta", {"text": piece})
            yield _sse("answer", out)
            yield _sse("done", {})

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"cache-control": "no-cache", "x-accel-buffering": "no"})

    @app.get("/health", summary="Tình trạng: chỉ mục đang dùng và kho vector (kiểm tra trực tiếp)")
    def health():
        bot = state.get()
        if bot is None:
            return JSONResponse({"status": "no-index", "message": state.error}, status_code=503)
        problem = bot.index.probe()  # the store's state now, not what happened to some earlier request
        out = {"status": "degraded" if problem else "ok", "build": bot.index.build,
               "documents": len(bot.index.documents), "records": len(bot.index.records),
               "store": f"chroma-server {settings.chroma_host}:{settings.chroma_port}" if settings.server_mode
               else "chroma-embedded"}
        if problem:
            out["message"] = problem + " Câu trả lời tạm thời chỉ tìm theo từ khóa."
        return out


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _pieces(text: str, n: int = 8) -> list[str]:
    """The answer in about ``n`` pieces cut at spaces (joined, they are the answer exactly)."""
    if not text:
        return []
    size = max(40, len(text) // n)
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + size)
        if j < len(text):
            k = text.rfind(" ", i + 1, j)
            j = k + 1 if k > i else j
        out.append(text[i:j])
        i = j
    return out


def _inline(schema: dict) -> dict:
    """The model's JSON schema with its ``$defs`` inlined (OpenAPI resolves ``$ref`` from its own root)."""
    defs = schema.pop("$defs", {})

    def walk(x):
        if isinstance(x, dict):
            ref = x.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return walk(dict(defs[ref.split("/")[-1]]))
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        return x

    return walk(schema)
