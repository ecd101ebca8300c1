"""Hybrid retrieval: BM25 (underthesea words + accent-folded syllables and bigrams) + dense (Chroma),
fused by reciprocal rank, then boosted for recognised agencies, periods and documents.

``ParRetriever`` exposes it as a LangChain ``BaseRetriever``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import bm25s
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.answering._old.understand import Query, parse_query
from assistant.lang.dates import Period
from assistant.lang.normalize import (
    expand_abbreviations,
    fold,
)
from assistant.lang.tokenize import tokenize
from assistant.store.index import Index, StoredChunk


@dataclass
class Hit:
    chunk: StoredChunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0


class HybridRetriever:
    """BM25 + dense + RRF + boosts over one loaded Index."""

    def __init__(self, index: Index, rrf_k: int = 60):
        self.index = index
        self.rrf_k = rrf_k
        self.chunks = index.chunks
        corpus = [tokenize(f"{c.text}") for c in self.chunks]
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False)
        self.records = {r.id: r for r in index.records}
        self.degraded = ""

    def lexical(self, q: Query, k: int = 40) -> list[tuple[int, float]]:
        toks = tokenize(q.text, expand=True)
        if not toks:
            return []
        res, scores = self.bm25.retrieve([toks], k=min(len(self.chunks), k * 2), show_progress=False)
        out = []
        for i, s in zip(res[0], scores[0]):
            if s <= 0:
                continue
            out.append((int(i), float(s)))
        return out[:k]

    def search(self, q: Query, k: int = 12, doc_ids: list[str] | None = None,
               filters: dict | None = None) -> list[Hit]:
        """``filters``: exact metadata (doc_id, year, level) passed through to Chroma."""
        scope = doc_ids or (q.doc_ids if q.strong_scope else None)
        conds = [{key: v} for key, v in (filters or {}).items() if v not in (None, "", [])]
        if scope:
            conds.append({"doc_id": scope[0]} if len(scope) == 1 else {"doc_id": {"$in": list(scope)}})
        where = conds[0] if len(conds) == 1 else ({"$and": conds} if conds else None)

        def passes(c: StoredChunk) -> bool:
            if scope and c.doc_id not in scope:
                return False
            return all(c.metadata.get(key) == v for key, v in (filters or {}).items() if v not in (None, "", []))

        dense_q = f"{q.text} {expand_abbreviations(q.text)}" if q.accent_free else q.text
        try:
            dense = self.index.dense(dense_q, k=40, where=where)
            self.degraded = ""
        except Exception as e:  # a Chroma server that is down must not take answering down with it
            dense = []
            self.degraded = (f"Không truy vấn được kho vector ({type(e).__name__}); tạm thời chỉ tìm theo từ khóa. "
                             "Kho vector sẽ được dùng lại ngay khi kết nối phục hồi.")
        lex = [(i, s) for i, s in self.lexical(q, 60) if passes(self.chunks[i])][:40]
        pos = {c.id: i for i, c in enumerate(self.chunks)}
        fused: dict[int, float] = {}
        dsim: dict[int, float] = {}
        lsc: dict[int, float] = {}
        for rank, (cid, sim) in enumerate(dense):
            i = pos[cid]
            fused[i] = fused.get(i, 0) + 1 / (self.rrf_k + rank)
            dsim[i] = sim
        top_lex = lex[0][1] if lex else 1.0
        for rank, (i, s) in enumerate(lex):
            fused[i] = fused.get(i, 0) + 1 / (self.rrf_k + rank)
            lsc[i] = s / top_lex
        hits = [Hit(self.chunks[i], s * self._boost(q, self.chunks[i]), dsim.get(i, 0.0), lsc.get(i, 0.0))
                for i, s in fused.items()]
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def _boost(self, q: Query, c: StoredChunk) -> float:
        b = 1.0
        rec = self.records.get(c.metadata.get("record_id", "")) if c.kind == "task" else None
        if q.doc_ids and c.doc_id in q.doc_ids:
            b *= 1.25
        if rec is not None:
            if q.intent in ("lead", "coordinators", "deadline", "output"):
                b *= 1.2
            if q.agencies and (set(q.agencies) & (set(rec.lead_ids) | set(rec.coordinator_ids))):
                b *= 1.3
            if q.period and (rec.deadline_start or rec.deadline_end):
                p = Period(_d(rec.deadline_start), _d(rec.deadline_end), rec.ongoing)
                if p.overlaps(q.period):
                    b *= 1.2
        elif q.agencies and _mentions(c, q):
            b *= 1.15
        return b


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _mentions(c: StoredChunk, q: Query) -> bool:
    from assistant.lang.gazetteer import gazetteer

    g = gazetteer()
    f = fold(c.text)
    return any(fold(g.name(a)) in f for a in q.agencies)


class ParRetriever(BaseRetriever):
    """LangChain retriever over the hybrid search; documents carry citation metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    hybrid: HybridRetriever
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        q = parse_query(query, self.hybrid.index.documents)
        out = []
        for h in self.hybrid.search(q, k=self.k):
            d = self.hybrid.index.documents.get(h.chunk.doc_id)
            out.append(LCDocument(page_content=h.chunk.body, metadata={
                "chunk_id": h.chunk.id, "source": h.chunk.doc_id, "title": d.title if d else h.chunk.doc_id,
                "clause": h.chunk.path, "start": h.chunk.start, "end": h.chunk.end, "kind": h.chunk.kind,
                "score": h.score}))
        return out

