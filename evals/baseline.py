"""Naive LangChain RAG baseline: RecursiveCharacterTextSplitter(1000/200) + same embeddings + Chroma top-1."""
from __future__ import annotations

import tempfile

from langchain_chroma import Chroma
from langchain_core.documents import Document as LCDocument
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.ingest.catalogue import iter_documents
from assistant.records import Answer, Citation


class NaiveRAG:
    def __init__(self, corpus_dir, embeddings, k: int = 1):
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        docs = []
        self.titles = {}
        for _, d, _ in iter_documents(corpus_dir):
            if d is None:
                continue
            self.titles[d.id] = d.title
            for i, chunk in enumerate(splitter.split_text(d.text)):
                docs.append(LCDocument(page_content=chunk, metadata={"source": d.id, "i": i}))
        self._dir = tempfile.mkdtemp(prefix="baseline-")
        self.store = Chroma.from_documents(docs, embeddings, persist_directory=self._dir,
                                           collection_metadata={"hnsw:space": "cosine"})
        self.k = k

    def search(self, question: str, history=None, k: int = 10) -> list[str]:
        return [d.page_content for d in self.store.similarity_search(question, k=k)]

    def ask(self, question: str, history=None) -> Answer:
        top = self.store.similarity_search(question, k=self.k)
        if not top:
            return Answer(question, "", True, "general")
        d = top[0]
        cit = Citation(d.metadata["source"], self.titles.get(d.metadata["source"], ""), "", d.page_content, 0, 0)
        return Answer(question, d.page_content, False, "general", [cit])
