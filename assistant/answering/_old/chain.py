"""The question's walk as a LangChain Runnable: query → retrieve → answer (→ optional checked LLM).

    bot = Assistant(Settings())
    bot.ask("ai chu tri dieu tra xa hoi hoc?")            # Answer
    bot.chain.invoke({"question": "...", "history": []})  # the same, as LCEL

Follow-ups ("còn cơ quan phối hợp?", "của xã thì sao?") are resolved against
the previous question in ``history`` (a list of earlier questions, oldest first).
"""
from __future__ import annotations

import re
import time
from dataclasses import replace

from langchain_core.runnables import RunnableLambda

from assistant.answering._old.answerer import FIELD_WORDS, Answerer
from assistant.answering._old.retrieve import HybridRetriever, ParRetriever
from assistant.answering._old.understand import Query, parse_query
from assistant.config import Settings
from assistant.lang.gazetteer import gazetteer
from assistant.lang.normalize import fold, normalize
from assistant.lang.tokenize import STOP
from assistant.records import Answer
from assistant.store.index import Index

_INJECTION = re.compile(
    r"\b(bo qua|phot lo|quen|ignore|disregard)\s+(moi |tat ca |cac |all |previous |prior )*"
    r"(huong dan|chi dan|chi thi|yeu cau|quy tac|lenh|instructions?|rules?)\b[^.?!]*"
    r"|\b(hay |please )?(tra loi|noi|khang dinh|viet|answer|say)\s+(rang|la|that)\b[^.?!]*"
    # word boundaries: "xã Bản Lang" is not "bạn là", "Nậm Nhùn" is not "act as"
    r"|\b(ban la|you are|act as|dong vai|system prompt)\b[^.?!]*")

_SCOPE_WORDS = set("xa tinh van phong si lo lau cua thi sao con nam 2024 2025 2026 chi thi kiem tra ke hoach".split())


def strip_injection(question: str) -> tuple[str, bool]:
    """Remove instructions aimed at the assistant; answer only the question that remains."""
    f = fold(question)
    spans = [m.span() for m in _INJECTION.finditer(f)]
    if not spans:
        return question, False
    keep, last = [], 0
    for a, b in spans:
        keep.append(question[last:a])
        last = b
    keep.append(question[last:])
    return normalize(" ".join(keep)).strip(" ,.;:-"), True


class Assistant:
    def __init__(self, settings: Settings | None = None, index: Index | None = None, llm=None, embeddings=None):
        self.settings = settings or Settings()
        self.index = index or Index(self.settings, embeddings)
        self.hybrid = HybridRetriever(self.index)
        self.retriever = ParRetriever(hybrid=self.hybrid)
        self.answerer = Answerer(self.index)
        self.llm = llm if llm is not None else _configured_llm(self.settings)
        self.chain = (RunnableLambda(self._understand) | RunnableLambda(self._retrieve)
                      | RunnableLambda(self._answer) | RunnableLambda(self._rewrite))

    # -------------------------------------------------------------- stages
    def _understand(self, inp: dict) -> dict:
        question = str(inp.get("question") or "")
        history = [h if isinstance(h, str) else str(h.get("question", "")) for h in (inp.get("history") or [])]
        clean, injected = strip_injection(question)
        q = parse_query(clean, self.index.documents)
        prev = [h for h in history if h.strip()]
        if prev and self._is_follow_up(q):
            p = parse_query(strip_injection(prev[-1])[0], self.index.documents)
            base = p.text
            if q.doc_ids:  # "của xã thì sao?": the new document replaces the old one's year and place
                base = re.sub(r"\b(năm\s+)?20\d\d\b", " ", base)
            if q.agencies and p.agencies:  # "còn Sở Khoa học và Công nghệ thì sao?": the agency is swapped
                base = _swap_agency(base, q.agencies[0])
            merged = parse_query(f"{base} {clean}", self.index.documents)
            intent = q.intent if q.intents else p.intent
            doc_ids, strong = (q.doc_ids, q.strong_scope) if q.doc_ids else (p.doc_ids, p.strong_scope)
            q = replace(merged, raw=question, intent=intent, doc_ids=doc_ids, strong_scope=strong, follow_up=True)
        else:
            q = replace(q, raw=question)
        return {"query": q, "injected": injected, "filters": inp.get("filters") or {}}

    def _is_follow_up(self, q: Query) -> bool:
        words = [w for w in re.findall(r"[a-z0-9]+", q.folded) if w not in STOP]
        content = [w for w in words if w not in FIELD_WORDS and w not in _SCOPE_WORDS]
        return q.follow_up or not content

    def _retrieve(self, state: dict) -> dict:
        q: Query = state["query"]
        state["hits"] = self.hybrid.search(q, k=12, filters=state["filters"])
        return state

    def _answer(self, state: dict) -> dict:
        ans = self.answerer.answer(state["query"], state["hits"])
        if not ans.direct:  # the first line states the asked value (until answering/render produces it)
            ans.direct = ans.answer.split("\n", 1)[0]
        if self.hybrid.degraded:
            ans.notes.append(self.hybrid.degraded)
            ans.answer = f"(Lưu ý: {self.hybrid.degraded})\n" + ans.answer
        if state.get("injected"):
            note = "Câu hỏi có chứa yêu cầu thay đổi cách trả lời; trợ lý chỉ trả lời theo tài liệu."
            ans.notes.append(note)
            ans.answer = f"({note})\n" + ans.answer
        state["answer"] = ans
        return state

    def _rewrite(self, state: dict) -> Answer:
        ans: Answer = state["answer"]
        if self.llm is None or ans.abstained:
            return ans
        from assistant.llm import checked_rewrite

        return checked_rewrite(self.llm, ans)

    # -------------------------------------------------------------- API
    def ask(self, question: str, history: list | None = None, filters: dict | None = None) -> Answer:
        t0 = time.perf_counter()
        question = question or ""
        if not question.strip():
            return Answer(question, "Vui lòng nhập câu hỏi.", True, "invalid")
        if len(question) > self.settings.max_question_chars:
            return Answer(question[:200] + "…",
                          f"Câu hỏi quá dài (tối đa {self.settings.max_question_chars} ký tự). Hãy hỏi ngắn gọn hơn.",
                          True, "invalid")
        if not re.search(r"[^\W\d_]", question):
            return Answer(question, "Câu hỏi cần có chữ. Ví dụ: «Ai chủ trì điều tra xã hội học năm 2024?»", True,
                          "invalid")
        ans = self.chain.invoke({"question": question, "history": history or [], "filters": filters or {}})
        ans.elapsed_ms = (time.perf_counter() - t0) * 1000
        return ans

    def search(self, question: str, history: list | None = None, k: int = 10):
        """The ranked evidence (hybrid hits) for a question, as the chain would retrieve it."""
        state = self._understand({"question": question, "history": history or []})
        return self.hybrid.search(state["query"], k=k)

    @staticmethod
    def format_text(ans: Answer) -> str:
        out = [ans.answer]
        if ans.citations:
            out.append("\nNguồn:")
            for n, c in enumerate(ans.citations, start=1):
                out.append(f"[{n}] {c.title} — {c.clause}\n    “{c.quote}”")
        return "\n".join(out)


def _swap_agency(text: str, new_id: str) -> str:
    g = gazetteer()
    hits = g.find(text, allow_short=True)
    if not hits:
        return text
    f = fold(text)  # spans are on the folded text; the merged question is matched folded anyway
    _, a, b = hits[0]
    return f"{f[:a]}{fold(g.name(new_id))}{f[b:]}"


def _configured_llm(settings: Settings):
    if not settings.llm:
        return None
    from assistant.llm import make_llm

    return make_llm(settings.llm, settings.llm_base_url)
