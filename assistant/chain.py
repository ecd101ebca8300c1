"""The question's walk as a LangChain Runnable:

    understand → conversation → scope → retrieve (ParRetriever) → router → one strategy → grounding → render
    (→ optional LLM rewrite, checked against the evidence)

    bot = Assistant(Settings())
    bot.ask("ai chu tri dieu tra xa hoi hoc?")                       # Answer
    bot.chain.invoke("ai chu tri dieu tra xa hoi hoc?")              # the same, as a JSON-serialisable dict
    bot.chain.invoke({"question": "…", "history": [turn, …], "filters": {"year": 2025}})

``history`` items are earlier questions (strings) or the dicts ``Answer.turn()`` returns; ``filters`` restrict
every strategy to the documents that pass them (keys of ``records.FILTER_KEYS``).
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from langchain_core.runnables import RunnableLambda
from pydantic import BaseModel, Field

from assistant.answering import conversation
from assistant.answering.evidence import EvidenceBase
from assistant.answering.grounding import decide
from assistant.answering.render import abstain, render
from assistant.answering.retrieve import Hit, ParRetriever, Retriever
from assistant.answering.router import route
from assistant.answering.scope import Scope, Scoper
from assistant.answering.strategies.base import Context
from assistant.answering.understand import understand
from assistant.config import Settings
from assistant.lang.gazetteer import gazetteer
from assistant.lang.glossary import from_english, looks_english
from assistant.lang.normalize import sanitize
from assistant.records import FILTER_KEYS, Answer, Query
from assistant.store.index import Index

INJECTED_NOTE = "Câu hỏi có chứa yêu cầu thay đổi cách trả lời; trợ lý chỉ trả lời theo tài liệu."
ENGLISH_REFUSAL = ("Trợ lý trả lời câu hỏi bằng tiếng Việt (có dấu hoặc không dấu). Xin hỏi lại bằng tiếng Việt, ví dụ: "
                   "«Ai chủ trì điều tra xã hội học năm 2024?» — Please ask in Vietnamese.")


class AskInput(BaseModel):
    """What the chain takes (a bare string is read as ``{"question": …}``)."""

    question: str
    history: list[Any] = Field(default_factory=list)
    filters: dict[str, Any] = Field(default_factory=dict)


@dataclass
class _State:
    query: Query
    history: list[Any]
    filters: dict[str, Any]
    resolved: conversation.Resolved | None = None
    scope: Scope | None = None
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class FilterError(ValueError):
    """Filters that name unknown keys or carry values of the wrong kind (the API answers 422)."""


def check_filters(filters: dict | None) -> dict:
    out = {}
    for k, v in (filters or {}).items():
        if k not in FILTER_KEYS:
            raise FilterError(f"Bộ lọc không hợp lệ: «{k}». Chỉ nhận: {', '.join(FILTER_KEYS)}.")
        if v in (None, "", []):
            continue
        want = FILTER_KEYS[k]
        if isinstance(v, (dict, list, tuple, set)) or isinstance(v, bool):
            raise FilterError(f"Giá trị của bộ lọc «{k}» phải là một giá trị đơn.")
        if want is int:
            try:
                v = int(v)
            except (TypeError, ValueError) as e:
                raise FilterError(f"Giá trị của bộ lọc «{k}» phải là số.") from e
        else:
            v = str(v)
        out[k] = v
    return out


class Assistant:
    def __init__(self, settings: Settings | None = None, index: Index | None = None, llm=None, embeddings=None,
                 today: Callable[[], date] = date.today):
        self.settings = settings or Settings()
        self.today = today  # "tháng này", "30 ngày tới" are read relative to it
        self.index = index or Index(self.settings, embeddings)
        self.gazetteer = gazetteer()
        self.scoper = Scoper(self.index.documents)
        self.search_engine = Retriever(self.index)
        self.retriever = ParRetriever(search=self.search_engine, k=12)
        self.base = EvidenceBase(self.index)
        self.llm = llm if llm is not None else _configured_llm(self.settings)
        steps = (RunnableLambda(self._understand, name="understand") | RunnableLambda(self._scope, name="scope")
                 | RunnableLambda(self._retrieve, name="retrieve") | RunnableLambda(self._answer, name="answer")
                 | RunnableLambda(self._rewrite, name="rewrite"))
        self.pipeline = steps
        self.chain = (RunnableLambda(self._ask_input, name="par_assistant")
                      | RunnableLambda(lambda a: a.to_json(), name="to_json")).with_types(
            input_type=AskInput, output_type=dict)

    # -------------------------------------------------------------- stages
    def _understand(self, inp: AskInput) -> _State:
        q = understand(inp.question, self.gazetteer, today=self.today())
        st = _State(q, inp.history, check_filters(inp.filters))
        st.resolved = conversation.resolve(q, inp.history, self.gazetteer)
        st.query = st.resolved.query
        if st.query.injected:
            st.notes.append(INJECTED_NOTE)
        return st

    def _scope(self, st: _State) -> _State:
        scope = self.scoper.resolve(st.query, st.filters)
        keep = [d for d in (st.resolved.keep_docs if st.resolved else []) if d in self.index.documents]
        if keep and not (st.query.places or st.query.years or st.query.doc_refs):
            allowed = scope.allowed
            keep = [d for d in keep if allowed is None or d in allowed]
            if keep:
                scope.doc_ids, scope.strong = keep, True
        topic = list(st.resolved.topic_docs) if st.resolved else []
        if st.resolved and st.resolved.topic_query is not None and not (scope.strong and scope.anchored):
            before = self.scoper.resolve(st.resolved.topic_query, st.filters)
            topic = before.doc_ids if before.strong and len(before.doc_ids) <= 2 else []
        topic = [d for d in topic if d in self.index.documents]
        # a conversation's document stays the topic unless the question names another by more than title words
        if topic and not (scope.strong and scope.anchored) and (
                scope.allowed is None or all(d in scope.allowed for d in topic)):
            if scope.strong and set(scope.doc_ids) != set(topic):
                scope.words = []  # the words that named the other document are the subject here
            scope.doc_ids, scope.strong = topic, True
        # "Theo Điều 9, …": a document without that article is not the one meant, however well its title matched
        parts = [(k, v) for k, v in st.query.refs.items() if k in ("dieu", "chuong") and v]
        if parts and not scope.strong:
            having = set.intersection(*(self.base.docs_with_part(k, v) for k, v in parts))
            if scope.allowed is not None:
                having &= scope.allowed
            if having:
                scope.doc_ids = [d for d in scope.doc_ids if d in having] or sorted(
                    having, key=lambda d: (-scope.scores.get(d, 0.0), d))
        st.scope = scope
        return st

    def _retrieve(self, st: _State) -> _State:
        scope = st.scope
        doc_ids = scope.doc_ids if scope.strong and scope.doc_ids else None
        if scope.allowed is not None:
            doc_ids = sorted(set(doc_ids or scope.allowed) & scope.allowed)
        report: dict[str, str] = {}
        docs = self.retriever.invoke(st.query.text, k=12, doc_ids=doc_ids,
                                     boost_docs=scope.doc_ids if not scope.strong else None, report=report)
        chunks = self.index.chunk_by_id
        st.hits = [Hit(chunks[d.metadata["chunk_id"]], d.metadata["score"], d.metadata.get("dense", 0.0),
                       d.metadata.get("lexical", 0.0)) for d in docs if d.metadata["chunk_id"] in chunks]
        degraded = next((d.metadata.get("degraded") for d in docs if d.metadata.get("degraded")), "") \
            or report.get("degraded", "")
        if degraded:
            st.notes.append(degraded)
        return st

    def _previous_records(self, st: _State) -> list:
        prev = st.resolved.previous
        previous = [self.base.record_by_id[r] for r in prev.records if r in self.base.record_by_id]
        if not previous and not prev.records:  # a history of bare questions: find the previous answer's task
            earlier = self.ask(prev.question, history=st.resolved.earlier)
            previous = [self.base.record_by_id[r["id"]] for r in earlier.records
                        if r.get("id") in self.base.record_by_id]
        return previous

    def _context(self, st: _State) -> Context:
        previous, rows = [], []
        if st.resolved and st.resolved.keep_records and st.resolved.previous:
            previous = self._previous_records(st)
        elif st.resolved and st.resolved.column and st.resolved.previous and self.base.names_a_column(st.query.text):
            rows = self._previous_records(st)  # "thành viên đoàn gồm những ai?" after "ai làm trưởng đoàn … xã X"
        return Context(st.query, st.scope, st.hits, self.base, self.gazetteer, previous=previous[:1],
                       previous_rows=rows[:1])

    def _answer(self, st: _State) -> Answer:
        ctx = self._context(st)
        if st.scope.allowed is not None and not st.scope.allowed:
            ans = abstain(ctx, "(không có văn bản nào khớp bộ lọc đã chọn)")
        else:
            draft = route(ctx)
            ans = render(ctx, draft, decide(ctx, draft))
        ans.notes = list(st.notes)
        if st.notes:
            ans.answer = "\n".join(f"(Lưu ý: {n})" for n in st.notes) + "\n" + ans.answer
        return ans

    def _rewrite(self, ans: Answer) -> Answer:
        if self.llm is None or ans.abstained:
            return ans
        from assistant.llm import checked_rewrite

        return checked_rewrite(self.llm, ans)

    # -------------------------------------------------------------- API
    def ask(self, question: str, history: list | None = None, filters: dict | None = None) -> Answer:
        t0 = time.perf_counter()
        question = sanitize(question if isinstance(question, str) else "")
        invalid = self._invalid(question)
        if invalid:
            return Answer(question[:200], invalid, True, "invalid", direct=invalid)
        asked, note = question, ""
        if looks_english(question):  # key terms through the glossary, or a clear request for Vietnamese
            vi = from_english(question)
            if vi is None:
                return Answer(question, ENGLISH_REFUSAL, True, "language", direct=ENGLISH_REFUSAL)
            asked, note = vi, f"Câu hỏi tiếng Anh được hiểu là: «{vi}»; trợ lý trả lời bằng tiếng Việt theo tài liệu."
        ans = self.pipeline.invoke(AskInput(question=asked, history=list(history or []),
                                            filters=dict(filters or {})))
        if note:
            ans.question = question
            ans.notes.insert(0, note)
            ans.answer = f"({note})\n{ans.answer}"
        ans.elapsed_ms = (time.perf_counter() - t0) * 1000
        return ans

    def _ask_input(self, x) -> Answer:
        inp = _as_input(x)
        return self.ask(inp.question, inp.history, inp.filters)

    def _invalid(self, question: str) -> str:
        if not question.strip():
            return "Vui lòng nhập câu hỏi."
        if len(question) > self.settings.max_question_chars:
            return f"Câu hỏi quá dài (tối đa {self.settings.max_question_chars} ký tự). Hãy hỏi ngắn gọn hơn."
        if not re.search(r"[^\W\d_]", question):
            return "Câu hỏi cần có chữ. Ví dụ: «Ai chủ trì điều tra xã hội học năm 2024?»"
        return ""

    def explain(self, question: str, history: list | None = None, filters: dict | None = None):
        """The walk of one question, for evaluation and debugging: (context, draft, decision)."""
        from assistant.answering.grounding import decide as _decide

        st = self._retrieve(self._scope(self._understand(AskInput(question=sanitize(question),
                                                                   history=list(history or []),
                                                                   filters=dict(filters or {})))))
        ctx = self._context(st)
        draft = route(ctx)
        return ctx, draft, _decide(ctx, draft)

    def search(self, question: str, history: list | None = None, k: int = 10) -> list[Hit]:
        """The ranked evidence (hybrid hits) for a question, as the chain would retrieve it."""
        st = self._scope(self._understand(AskInput(question=question, history=list(history or []))))
        st = self._retrieve(st)
        return st.hits[:k]

    @staticmethod
    def format_text(ans: Answer) -> str:
        out = [ans.answer]
        if ans.citations:
            out.append("\nNguồn:")
            for n, c in enumerate(ans.citations, start=1):
                out.append(f"[{n}] {c.title} — {c.clause}\n    “{c.quote}”")
        return "\n".join(out)


def _as_input(x) -> AskInput:
    if isinstance(x, AskInput):
        return x
    if isinstance(x, str):
        return AskInput(question=x)
    return AskInput(**x)


def _configured_llm(settings: Settings):
    if not settings.llm:
        return None
    from assistant.llm import make_llm

    return make_llm(settings.llm, settings.llm_base_url)
