"""corpus/ → index/: load, parse, read tables, learn agencies, chunk, embed, store — with a report per file.

- **One report per document** (``records.DocumentReport``): type, title, number, level, year, clauses, parts,
  tables found / mapped to records / kept as row clauses, records, OCR'd pages, warnings — or the error that
  kept the file out. Nothing is lost without a line in it.
- **Bounded**: each file is loaded and parsed in a worker process with a time and a memory limit
  (``isolate.py``); a file over a limit is reported and the rest of the batch ingests.
- **Cached**: a file's parse is kept under ``<cache>/parse/`` by content hash (file bytes, catalogue, parser
  code), and every embedded vector in ``<cache>/embeddings.sqlite`` by (model, text) (``store/embeddings.py``): an
  unchanged chunk is never embedded twice, even with ``--rebuild`` or into a new index folder (``Settings.cache_dir``:
  ``PAR_CACHE_DIR`` or the user's cache folder).
- **Idempotent and crash-safe** (``store/index.py``): chunk ids are content hashes; a second run adds and
  removes nothing; a failure leaves the previous build live.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.agencies import Mention, discover, entries, resolve_records
from assistant.ingest.chunking import chunk_document, limit_dense
from assistant.ingest.structure import parse
from assistant.ingest.tables import read_tables
from assistant.lang.gazetteer import profile_gazetteer
from assistant.records import Chunk, Clause, Document, DocumentReport, TaskRecord
from assistant.store.index import holds_ingest_lock

ROOT = Path(__file__).resolve().parents[1]
PARSE_CACHE_FILES = 2000  # parses kept in the cache (the most recently used)


# ------------------------------------------------------------------ one document


@dataclass
class DocResult:
    """What one document yields before the corpus-level steps (agency resolution, chunking)."""

    doc: Document
    clauses: list[Clause]
    records: list[TaskRecord]
    mentions: list[Mention]
    report: DocumentReport
    warnings: list[str] = field(default_factory=list)


def analyse(doc: Document, seconds: float | None = None) -> DocResult:
    """Structure, tables, records and agency mentions of one loaded document."""
    from assistant.ingest.isolate import doc_seconds

    t0 = time.monotonic()
    limit = doc_seconds() if seconds is None else seconds
    parsed = parse(doc.id, doc.text)
    if not doc.signer:
        doc.signer = parsed.signer
    if not doc.signer_title:
        doc.signer_title = parsed.signer_title
    # a text-only table gets part of the document's time; past it the table is kept as text, with a warning
    tables = read_tables(doc, parsed, deadline=t0 + 0.6 * limit)
    clauses = sorted(parsed.clauses + tables.clauses, key=lambda c: (c.start, c.end))
    for i, c in enumerate(clauses):
        c.order = i
        c.id = f"{doc.id}:{i:04d}"
    if not doc.parts:
        doc.parts = [{k: p[k] for k in ("name", "title", "start", "end", "root")} for p in parsed.parts]
    mentions = discover(doc, tables.records, profile_gazetteer(None))
    warnings = list(parsed.warnings) + list(tables.warnings)
    report = DocumentReport(
        file=doc.file, doc_id=doc.id, doc_type=doc.doc_type, title=doc.title, number=doc.number, level=doc.level,
        year=doc.year, clauses=len(clauses), parts=[p.get("name", "") for p in doc.parts],
        tables_found=tables.found, tables_mapped=tables.mapped, tables_as_rows=tables.as_rows,
        records=len(tables.records), ocr_pages=list(doc.ocr_pages),
        warnings=list(dict.fromkeys(list(doc.load_warnings) + warnings)))
    return DocResult(doc, clauses, tables.records, mentions, report, warnings)


def process_document(doc: Document) -> tuple[list[Clause], list[TaskRecord], list[Chunk], list[str]]:
    """One document on its own (evals, CLI): clauses, records (agencies resolved), chunks, warnings."""
    res = analyse(doc)
    g = profile_gazetteer(None)
    g2 = g.with_discovered(entries(res.mentions, g))
    resolve_records(res.records, doc, g2)
    chunks = chunk_document(doc, res.clauses, res.records)
    over = limit_dense(chunks)
    return res.clauses, res.records, chunks, res.warnings + ([over] if over else [])


# ------------------------------------------------------------------ the corpus


@dataclass
class ParsedCorpus:
    documents: list[Document] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    records: list[TaskRecord] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    reports: list[DocumentReport] = field(default_factory=list)
    agencies: list[dict] = field(default_factory=list)  # mentions: one row per (agency, document)
    cached: int = 0  # documents whose parse came from the cache


def _corpus_files(corpus_dir: Path) -> list[Path]:
    from assistant.ingest.catalogue import corpus_files

    return corpus_files(corpus_dir)


def _catalogue_bytes(corpus_dir: Path) -> bytes:
    from assistant.ingest.catalogue import CATALOGUE

    p = Path(corpus_dir) / CATALOGUE
    return p.read_bytes() if p.exists() else b""


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of everything a parse depends on: the ingest and language code, the records, the profiles."""
    h = hashlib.sha256()
    parts = sorted((ROOT / "ingest").glob("*.py")) + sorted((ROOT / "lang").rglob("*.py")) + \
        sorted((ROOT / "lang").rglob("*.toml")) + sorted((ROOT / "lang").rglob("*.json")) + \
        [ROOT / "records.py"] + sorted((ROOT / "profiles").rglob("*.*"))
    for p in parts:
        if p.is_file() and p.suffix in (".py", ".json", ".toml"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    h.update(os.environ.get("PAR_PROFILE", "").encode())
    return h.hexdigest()[:16]


def _job(key: str) -> list[tuple[str, DocResult | None, str]]:
    """Worker job: load and analyse the one file of a view folder (``key`` = "<view folder>\\t<file name>")."""
    from assistant.ingest.catalogue import iter_documents

    view, _ = key.split("\t", 1)
    out = []
    for name, doc, error in iter_documents(Path(view)):
        out.append((name, analyse(doc) if doc is not None else None, error))
    return out


def _rename(res: DocResult, new_id: str) -> None:
    old = res.doc.id
    res.doc.id = new_id
    for c in res.clauses:
        c.doc_id = new_id
        c.id = new_id + c.id[len(old):]
    for r in res.records:
        r.source = new_id
    for m in res.mentions:
        m.doc_id = new_id
    res.report.doc_id = new_id


def parse_corpus(corpus_dir: Path, progress=None, cache_dir: Path | None = None, workers: int | None = None,
                 use_cache: bool = True) -> ParsedCorpus:
    """Every file of the corpus, bounded and cached (see the module doc); ``progress(name, error=…)`` per file."""
    from assistant.ingest.isolate import run_bounded

    corpus_dir = Path(corpus_dir)
    out = ParsedCorpus()
    files = _corpus_files(corpus_dir)
    cat = _catalogue_bytes(corpus_dir)
    version = code_version()
    keys: dict[str, str] = {}  # file name → cache key
    results: dict[str, list] = {}
    pcache = Path(cache_dir) / "parse" if cache_dir else None
    for p in files:
        try:
            data = p.read_bytes()
        except OSError:
            data = b""
        keys[p.name] = hashlib.sha256(version.encode() + b"\x1f" + hashlib.sha256(cat).digest()
                                      + hashlib.sha256(data).digest() + p.name.encode()).hexdigest()[:32]
        if pcache is not None and use_cache:
            f = pcache / f"{keys[p.name]}.pkl"
            if f.exists():
                try:
                    results[p.name] = pickle.loads(f.read_bytes())
                    out.cached += 1
                except Exception:  # a cache file from another version or a broken one: parse again
                    results.pop(p.name, None)
    todo = [p for p in files if p.name not in results]
    if todo:
        view_root = Path(tempfile.mkdtemp(prefix="par-ingest-"))
        try:
            jobs = {}
            for p in todo:
                view = view_root / f"v{len(jobs):04d}"
                view.mkdir()
                os.symlink(p.resolve(), view / p.name)
                if cat:
                    from assistant.ingest.catalogue import CATALOGUE

                    os.symlink((corpus_dir / CATALOGUE).resolve(), view / CATALOGUE)
                jobs[f"{view}\t{p.name}"] = p.name

            def done(o):
                if progress:
                    progress(jobs[o.key], error=o.error)

            outcomes = run_bounded(_job, list(jobs), workers=workers, on_done=done,
                                   name_of=lambda k: k.split("\t", 1)[1])
        finally:
            shutil.rmtree(view_root, ignore_errors=True)
        for key, o in outcomes.items():
            name = jobs[key]
            results[name] = o.value if o.value is not None else [(name, None, o.error or "Không đọc được tệp.")]
            if pcache is not None and o.value is not None and all(r[1] is not None or r[2] for r in o.value):
                try:
                    pcache.mkdir(parents=True, exist_ok=True)
                    tmp = pcache / f".{keys[name]}.tmp"
                    tmp.write_bytes(pickle.dumps(o.value, protocol=pickle.HIGHEST_PROTOCOL))
                    os.replace(tmp, pcache / f"{keys[name]}.pkl")
                except OSError:
                    pass
    if pcache is not None and pcache.exists():  # the cache is shared: keep the most recently used entries
        for k in keys.values():
            f = pcache / f"{k}.pkl"
            if f.exists():
                os.utime(f)
        cached = sorted(pcache.glob("*.pkl"), key=lambda f: f.stat().st_mtime, reverse=True)
        for f in cached[PARSE_CACHE_FILES:]:
            f.unlink(missing_ok=True)

    # corpus order; ids unique (two files with the same slug)
    docs: list[DocResult] = []
    seen: set[str] = set()
    for p in files:
        for name, res, error in results.get(p.name, []):
            if res is None:
                out.errors.append((name, error))
                out.reports.append(DocumentReport(file=name, error=error))
                continue
            if res.doc.id in seen:
                _rename(res, f"{res.doc.id}-{res.doc.sha256[:6]}")
            seen.add(res.doc.id)
            docs.append(res)
    base = profile_gazetteer(None)
    mentions = [m for r in docs for m in r.mentions]
    found = entries(mentions, base)
    g = base.with_discovered(found)
    by_id = {e["id"]: e for e in found}
    for res in docs:
        resolve_records(res.records, res.doc, g)
        out.documents.append(res.doc)
        out.clauses.extend(res.clauses)
        out.records.extend(res.records)
        chunks = chunk_document(res.doc, res.clauses, res.records)
        over = limit_dense(chunks)
        if over:
            res.report.warnings.append(over)
        out.chunks.extend(chunks)
        out.warnings.extend((res.doc.id, w) for w in res.report.warnings)
        out.reports.append(res.report)
    for m in mentions:
        row = m.to_json()
        e = by_id.get(m.id)
        row["variants"] = (e or {}).get("variants", [m.name])
        out.agencies.append(row)
    # the specific agencies of roles in documents that name their place ("Ủy ban nhân dân xã …")
    for e in found:
        if e["id"] not in {m.id for m in mentions}:
            out.agencies.append({"name": e["name"], "doc_id": "", "id": e["id"], "role": e["role"],
                                 "place": e["place"], "kind": e["kind"], "level": e["level"], "fields": [],
                                 "count": 0, "variants": e["variants"]})
    return out


# ------------------------------------------------------------------ embedding, with a cache of vectors


# ------------------------------------------------------------------ ingest


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
    reports: list[DocumentReport] = field(default_factory=list)
    embedded: int = 0  # vectors computed by the model in this run (the rest came from the cache or the last build)
    cached_parses: int = 0

    def lines(self) -> list[str]:
        out = [report_line(r) for r in self.reports]
        out += [
            f"Tài liệu: {self.documents} · Điều khoản: {self.clauses} · Bản ghi nhiệm vụ: {self.records} · "
            f"Đoạn chỉ mục: {self.chunks}",
            f"Thêm: {self.added} · Xóa: {self.removed} · Thời gian: {self.seconds:.1f} giây "
            f"(đọc và phân tích {self.parse_seconds:.1f} giây; nhúng mới {self.embedded} đoạn) · Bản dựng: {self.build}",
        ]
        reported = {(r.doc_id, w) for r in self.reports for w in r.warnings}
        out += [f"CẢNH BÁO [{d}]: {w}" for d, w in self.warnings if (d, w) not in reported]
        out += [f"LỖI [{f}]: {m}" for f, m in self.errors if not any(r.file == f and r.error for r in self.reports)]
        return out


def report_line(r: DocumentReport) -> str:
    """One line per document (and its warnings, indented) for the CLI."""
    if r.error:
        return f"✗ {r.file}: {r.error}"
    head = " ".join(x for x in (r.doc_type, r.number) if x) or "Văn bản"
    title = " ".join(r.title.split())
    bits = [f"{head} «{title[:80]}»" if title else head]
    if r.level:
        bits.append(f"cấp {r.level}")
    if r.year:
        bits.append(str(r.year))
    bits.append(f"{r.clauses} điều khoản")
    if len(r.parts) > 1:
        bits.append("phần: " + ", ".join(r.parts))
    if r.tables_found:
        bits.append(f"bảng: {r.tables_found} (thành bản ghi {r.tables_mapped}, giữ dạng dòng {r.tables_as_rows})")
    bits.append(f"{r.records} bản ghi")
    if r.ocr_pages:
        bits.append("OCR trang " + ", ".join(str(p) for p in r.ocr_pages))
    line = f"✓ {r.file} [{r.doc_id}]: " + " · ".join(bits)
    return "\n".join([line] + [f"    CẢNH BÁO: {w}" for w in r.warnings])


@holds_ingest_lock  # one ingest at a time per index folder (CLI, app first run, admin); see store/index.py
def ingest(settings: Settings, embeddings=None, rebuild: bool = False, show_progress: bool = True,
           crash_after: int | None = None, use_cache: bool = True, workers: int | None = None) -> IngestSummary:
    from assistant.store.embeddings import cached as cached_embeddings
    from assistant.store.embeddings import get_embeddings
    from assistant.store.index import write_build

    t0 = time.perf_counter()
    if not use_cache:
        settings = settings.with_(embed_cache="off")
    corpus = parse_corpus(settings.corpus_dir, cache_dir=settings.cache_dir, workers=workers, use_cache=use_cache)
    t_parse = time.perf_counter() - t0
    embeddings = embeddings or get_embeddings(settings.embeddings)
    cached = cached_embeddings(embeddings, settings.embed_cache_path)
    state: dict = {}

    def progress(n: int, total: int) -> None:
        if not show_progress:
            return
        if "bar" not in state:
            from tqdm import tqdm

            state["bar"] = tqdm(total=total, unit="đoạn", desc="Nhúng đoạn mới", leave=False)
        state["bar"].update(n)

    try:
        res = write_build(settings, cached, corpus.documents, corpus.clauses, corpus.records, corpus.chunks,
                          corpus.warnings, progress=progress, rebuild=rebuild, crash_after=crash_after,
                          reports=corpus.reports, agencies=corpus.agencies)
    finally:
        if "bar" in state:
            state["bar"].close()
    computed = getattr(cached, "computed", res.added)
    return IngestSummary(len(corpus.documents), len(corpus.clauses), len(corpus.records), len(corpus.chunks),
                         res.added, res.removed, time.perf_counter() - t0, res.build, corpus.errors, corpus.warnings,
                         t_parse, corpus.reports, computed, corpus.cached)
