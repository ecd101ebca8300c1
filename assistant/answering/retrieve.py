"""Hybrid retrieval: BM25 (THE tokenizer: folded syllables, bigrams, underthesea compounds) + dense (Chroma), fused
by reciprocal rank, restricted to the documents in scope, then boosted for named agencies, periods and documents.

    hits, degraded = Retriever(index).search(query, k=12, doc_ids={"…"})

``degraded`` is this call's own notice (the vector store could not be reached, keyword search only): nothing is
kept between calls, so one request's trouble never shows in another's answer.

``ParRetriever`` is the same search as a LangChain ``BaseRetriever`` (``k`` and ``filters`` honoured); the chain
retrieves through it.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

import bm25s
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.answering.scope import allowed_documents
from assistant.answering.understand import understand
from assistant.lang.dates import Period
from assistant.lang.normalize import expand_abbreviations
from assistant.lang.tokenize import tokenize
from assistant.records import Query
from assistant.store.index import Index, StoredChunk


VECTOR_CACHE = 4096  # question texts whose vectors are kept (a vector is 384 floats)


@dataclass
class Hit:
    chunk: StoredChunk
    score: float
    dense: float = 0.0  # cosine similarity of the chunk to the question (0 when not found densely)
    lexical: float = 0.0  # BM25 score relative to the best lexical hit


class Retriever:
    """BM25 + dense + RRF + boosts over one loaded Index."""

    def __init__(self, index: Index, rrf_k: int = 60):
        self.index = index
        self.rrf_k = rrf_k
        self.chunks = index.chunks
        self.pos = {c.id: i for i, c in enumerate(self.chunks)}
        self.bm25 = bm25s.BM25()
        self.bm25.index([tokenize(c.text) for c in self.chunks], show_progress=False)
        self.records = {r.id: r for r in index.records}
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()  # recent question vectors (bounded)
        self._lock = threading.Lock()

    def query_vector(self, text: str) -> list[float]:
        with self._lock:
            vec = self._vectors.get(text)
            if vec is not None:
                self._vectors.move_to_end(text)
                return vec
        vec = self.index.embeddings.embed_query(text)
        with self._lock:
            self._vectors[text] = vec
            while len(self._vectors) > VECTOR_CACHE:
                self._vectors.popitem(last=False)
        return vec

    def lexical(self, q: Query, k: int = 60) -> list[tuple[int, float]]:
        toks = tokenize(q.text, expand=True)
        if not toks or not self.chunks:
            return []
        res, scores = self.bm25.retrieve([toks], k=min(len(self.chunks), k), show_progress=False)
        return [(int(i), float(s)) for i, s in zip(res[0], scores[0]) if s > 0]

    def search(self, q: Query, k: int = 12, doc_ids: set[str] | None = None,
               boost_docs: list[str] | None = None) -> tuple[list[Hit], str]:
        """Chunks for ``q``; ``doc_ids`` restricts to those documents (scope and filters), ``boost_docs`` only
        favours them. Returns (hits, degraded notice or "")."""
        if doc_ids is not None and not doc_ids:
            return [], ""
        where = None
        if doc_ids:
            where = {"doc_id": next(iter(doc_ids))} if len(doc_ids) == 1 else {"doc_id": {"$in": sorted(doc_ids)}}
        dense_q = f"{q.text} {expand_abbreviations(q.text)}" if q.accent_free else q.text
        degraded = ""
        try:
            dense = self.index.dense_by_vector(self.query_vector(dense_q), k=40, where=where)
        except Exception as e:  # a Chroma server that is down must not take answering down with it
            dense = []
            degraded = (f"Không truy vấn được kho vector ({type(e).__name__}); tạm thời chỉ tìm theo từ khóa. "
                        "Kho vector sẽ được dùng lại ngay khi kết nối phục hồi.")
        lex = [(i, s) for i, s in self.lexical(q, 120) if doc_ids is None or self.chunks[i].doc_id in doc_ids][:40]
        fused: dict[int, float] = {}
        dsim: dict[int, float] = {}
        lsc: dict[int, float] = {}
        for rank, (cid, sim) in enumerate(dense):
            i = self.pos.get(cid)
            if i is None:
                continue
            fused[i] = fused.get(i, 0.0) + 1 / (self.rrf_k + rank)
            dsim[i] = sim
        top = lex[0][1] if lex else 1.0
        for rank, (i, s) in enumerate(lex):
            fused[i] = fused.get(i, 0.0) + 1 / (self.rrf_k + rank)
            lsc[i] = s / top
        boost = set(boost_docs or ())
        hits = [Hit(self.chunks[i], s * self._boost(q, self.chunks[i], boost), dsim.get(i, 0.0), lsc.get(i, 0.0))
                for i, s in fused.items()]
        hits.sort(key=lambda h: -h.score)
        return hits[:k], degraded

    def _boost(self, q: Query, c: StoredChunk, boost_docs: set[str]) -> float:
        b = 1.0
        if c.doc_id in boost_docs:
            b *= 1.25
        rec = self.records.get(c.metadata.get("record_id", "")) if c.kind == "task" else None
        if rec is not None:
            if q.asked:
                b *= 1.2
            if q.agencies and set(q.agencies) & (set(rec.lead_ids) | set(rec.coordinator_ids)):
                b *= 1.3
            if q.period_start and (rec.deadline_start or rec.deadline_end):
                p = Period(_d(rec.deadline_start), _d(rec.deadline_end), rec.ongoing)
                if p.overlaps(Period(_d(q.period_start), _d(q.period_end))):
                    b *= 1.2
        return b


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


class ParRetriever(BaseRetriever):
    """LangChain retriever over the hybrid search; documents carry citation metadata.

    ``retriever.invoke("ai chủ trì …", k=3, filters={"year": 2025})``; the chain also passes ``doc_ids`` (its
    scope)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: Retriever
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                k: int | None = None, filters: dict | None = None,
                                doc_ids: list[str] | None = None, boost_docs: list[str] | None = None,
                                report: dict | None = None, **_: Any) -> list[LCDocument]:
        index = self.search.index
        q = understand(query)
        allowed = allowed_documents(index.documents, filters)
        if doc_ids is not None:
            allowed = set(doc_ids) if allowed is None else allowed & set(doc_ids)
        hits, degraded = self.search.search(q, k=k or self.k, doc_ids=allowed, boost_docs=boost_docs)
        if report is not None and degraded:
            report["degraded"] = degraded  # this call's own notice, even when nothing was found
        out = []
        for h in hits:
            d = index.documents.get(h.chunk.doc_id)
            out.append(LCDocument(page_content=h.chunk.body, metadata={
                "chunk_id": h.chunk.id, "source": h.chunk.doc_id, "title": d.title if d else h.chunk.doc_id,
                "clause": h.chunk.path, "start": h.chunk.start, "end": h.chunk.end, "kind": h.chunk.kind,
                "score": h.score, "dense": h.dense, "lexical": h.lexical, "degraded": degraded}))
        return out
