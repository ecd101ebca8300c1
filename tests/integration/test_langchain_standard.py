"""LangChain's own standard suites (the ``langchain-tests`` package) on our adapters, with the real model and the
real index: ``ParRetriever`` (the chain's retriever, over the session's seed index) and ``E5SmallEmbeddings`` (the
bundled model). Nothing is overridden: every standard test runs as LangChain wrote it.

The asynchronous standard tests are plain ``async def`` methods: pytest-asyncio runs them (``asyncio_mode = "auto"``
in pyproject.toml).
"""
from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_tests.integration_tests import EmbeddingsIntegrationTests, RetrieversIntegrationTests

from assistant.answering.retrieve import ParRetriever
from assistant.lang.normalize import fold
from assistant.store.embeddings import E5SmallEmbeddings

QUERY = "ai chủ trì điều tra xã hội học?"


class TestParRetrieverStandard(RetrieversIntegrationTests):
    """``RetrieversIntegrationTests`` for ``ParRetriever(search=<the Assistant's hybrid search>)``: ``k`` in the
    constructor and in ``invoke``, ``invoke``/``ainvoke`` return ``Document`` lists."""

    @pytest.fixture(autouse=True)
    def _search_engine(self, bot):
        # the search engine of an Assistant on the session's seed index (BM25 + Chroma with the bundled model)
        self._search = bot.search_engine

    @property
    def retriever_constructor(self) -> type[ParRetriever]:
        return ParRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"search": self._search}

    @property
    def retriever_query_example(self) -> str:
        return QUERY

    # ---- beyond the standard suite: what the documents carry, and that they are the relevant ones

    def test_example_query_finds_the_activity_with_citation_metadata(self, retriever, bot):
        docs = retriever.invoke(QUERY, k=5)
        assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
        # the task record of "điều tra xã hội học" in the index: its row is among the first documents
        rec = next(r for r in bot.index.records if "dieu tra xa hoi hoc" in fold(r.activity))
        m = [d.metadata for d in docs]
        assert any(x["source"] == rec.source and x["start"] < rec.end and rec.start < x["end"] for x in m[:3]), \
            [(x["source"], x["clause"]) for x in m]
        for d in docs:
            m = d.metadata
            assert m["source"] in bot.index.documents and m["title"] == bot.index.documents[m["source"]].title
            assert m["clause"] and m["chunk_id"] in bot.index.chunk_by_id and d.page_content
        scores = [d.metadata["score"] for d in docs]
        assert scores == sorted(scores, reverse=True)

    def test_filters_kwarg_restricts_documents(self, retriever, bot):
        for doc_id in bot.index.documents:
            docs = retriever.invoke(QUERY, k=4, filters={"doc_id": doc_id})
            assert docs and {d.metadata["source"] for d in docs} == {doc_id}, doc_id


class TestE5SmallEmbeddingsStandard(EmbeddingsIntegrationTests):
    """``EmbeddingsIntegrationTests`` for the bundled multilingual-e5-small (4-bit, no download)."""

    @property
    def embeddings_class(self) -> type[E5SmallEmbeddings]:
        return E5SmallEmbeddings
