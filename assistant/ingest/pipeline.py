"""corpus/ → index/: load, parse, extract task records, chunk, embed, store.

Idempotent (chunk ids are content hashes; unchanged chunks keep their vectors,
a second run adds and removes nothing) and crash-safe (see store.py). A file
that cannot be read is reported and skipped; the rest of the batch ingests.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.catalogue import iter_documents
from assistant.ingest.chunking import chunk_document
from assistant.ingest.structure import parse
from assistant.ingest.tables import extract_records
from assistant.records import Chunk, Clause, Document, TaskRecord
from assistant.store.index import holds_ingest_lock


@dataclass
class ParsedCorpus:
    documents: list[Document] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    records: list[TaskRecord] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, message)


def process_document(doc: Document) -> tuple[list[Clause], list[TaskRecord], list[Chunk], list[str]]:
    parsed = parse(doc.id, doc.text)
    doc.signer = parsed.signer
    doc.signer_title = parsed.signer_title
    records, warnings = extract_records(doc, parsed)
    chunks = chunk_document(doc, parsed.clauses, records)
    return parsed.clauses, records, chunks, parsed.warnings + warnings


def parse_corpus(corpus_dir: Path, progress=None) -> ParsedCorpus:
    out = ParsedCorpus()
    for name, doc, error in iter_documents(corpus_dir):
        if doc is None:
            out.errors.append((name, error))
            if progress:
                progress(name, error=error)
            continue
        clauses, records, chunks, warnings = process_document(doc)
        out.documents.append(doc)
        out.clauses.extend(clauses)
        out.records.extend(records)
        out.chunks.extend(chunks)
        out.warnings.extend((doc.id, w) for w in warnings)
        if progress:
            progress(name)
    return out


@dataclass
class IngestSummary:
    documents: int
    clauses: int
    records: int
    chunks: int
    added: int
    removed: int
    seconds: float
    build: str | None
    errors: list[tuple[str, str]]
    warnings: list[tuple[str, str]]
    parse_seconds: float = 0.0  # load + parse + records + chunking; the rest is embedding and storing

    def lines(self) -> list[str]:
        out = [
            f"Tài liệu: {self.documents} · Điều khoản: {self.clauses} · Bản ghi nhiệm vụ: {self.records} · "
            f"Đoạn chỉ mục: {self.chunks}",
            f"Thêm: {self.added} · Xóa: {self.removed} · Thời gian: {self.seconds:.1f} giây "
            f"(đọc và phân tích {self.parse_seconds:.1f} giây) · Bản dựng: {self.build}",
        ]
        out += [f"CẢNH BÁO [{d}]: {w}" for d, w in self.warnings]
        out += [f"LỖI [{f}]: {m}" for f, m in self.errors]
        return out


@holds_ingest_lock  # one ingest at a time per index folder (CLI, app first run, admin); see store/index.py
def ingest(settings: Settings, embeddings=None, rebuild: bool = False, show_progress: bool = True,
           crash_after: int | None = None) -> IngestSummary:
    from assistant.store.embeddings import get_embeddings
    from assistant.store.index import write_build

    t0 = time.perf_counter()
    corpus = parse_corpus(settings.corpus_dir)
    t_parse = time.perf_counter() - t0
    embeddings = embeddings or get_embeddings(settings.embeddings)
    state: dict = {}

    def progress(n: int, total: int) -> None:
        if not show_progress:
            return
        if "bar" not in state:
            from tqdm import tqdm

            state["bar"] = tqdm(total=total, unit="đoạn", desc="Nhúng đoạn mới", leave=False)
        state["bar"].update(n)

    try:
        res = write_build(settings, embeddings, corpus.documents, corpus.clauses, corpus.records, corpus.chunks,
                          corpus.warnings, progress=progress, rebuild=rebuild, crash_after=crash_after)
    finally:
        if "bar" in state:
            state["bar"].close()
    return IngestSummary(len(corpus.documents), len(corpus.clauses), len(corpus.records), len(corpus.chunks),
                         res.added, res.removed, time.perf_counter() - t0, res.build, corpus.errors, corpus.warnings,
                         t_parse)
