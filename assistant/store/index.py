"""The index: Chroma (through langchain-chroma) + a structured SQLite store.

Layout of ``index/`` (embedded mode)::

    index/CURRENT                 name of the live build (switched atomically)
    index/builds/<name>/chroma/   persistent Chroma collection of chunk vectors
    index/builds/<name>/par.sqlite documents, clauses, task records, chunks
    index/builds/<name>/manifest.json embedding model, dimension, counts

A build is written completely under a temporary name, renamed, and only then
does ``CURRENT`` switch (``os.replace``): a crash at any point leaves the
previous build live. In server mode (``CHROMA_HOST``) the vectors live in a
collection ``<collection>-<build>`` on the Chroma server, and the structured
store stays in ``index/builds/<name>/``.

The collection metadata records the embedding model and dimension; opening an
index with a different model is refused with a clear message.

One ingest at a time: ``ingest_lock`` holds ``index/.ingest.lock`` (a file lock, so the CLI, the app's
first-run build and the admin page exclude each other across processes); a second ingest waits up to
``Settings.ingest_wait`` seconds, then refuses with a Vietnamese message. Under the lock, a build left
half-written by a killed ingest (``builds/*.partial``, and in server mode its collection on the Chroma
server) is removed before a new one starts.

Vectors of passages already embedded are kept in an embedding cache (``index/cache/embeddings.sqlite``,
see ``store/embeddings.py``), so a rebuild, a killed ingest run again, or a document that comes back costs
no embedding.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from assistant.config import Settings
from assistant.records import Chunk, Clause, Document, DocumentReport, TaskRecord


class IndexError_(RuntimeError):
    """Index missing, incompatible, or unreachable; message in Vietnamese."""


class ModelMismatch(IndexError_):
    pass


class IngestBusy(IndexError_):
    """Another ingest holds the index lock."""


LOCK_FILE = ".ingest.lock"
OWNER_FILE = ".ingest.owner"


def _owner_text(index_dir: Path) -> str:
    try:
        o = json.loads((index_dir / OWNER_FILE).read_text("utf-8"))
        started = time.strftime("%H:%M:%S %d/%m", time.localtime(o["started"]))
        return f" (tiến trình {o['pid']} trên máy {o['host']}, bắt đầu lúc {started})"
    except Exception:
        return ""


def holds_ingest_lock(fn):
    """Decorator for ``ingest(settings, …)``: the whole run (parse, embed, switch) under ``ingest_lock``."""
    import functools

    @functools.wraps(fn)
    def wrapper(settings, *args, **kwargs):
        with ingest_lock(settings):
            return fn(settings, *args, **kwargs)

    return wrapper


@contextmanager
def ingest_lock(settings: Settings, wait: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index folder's ingest lock for the duration of the block.

    If another ingest (another process, or another thread of this one) holds it, ``on_wait`` (default: print
    to stderr) is told once, then the lock is awaited up to ``wait`` seconds (default
    ``settings.ingest_wait``; 0 refuses at once); past that, ``IngestBusy`` with a Vietnamese message.
    Re-entrant within one thread (the app's first-run build calls the pipeline, which takes it again).
    """
    from filelock import FileLock, Timeout

    index_dir = Path(settings.index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    wait = settings.ingest_wait if wait is None else wait
    lock = FileLock(str(index_dir / LOCK_FILE), is_singleton=True)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        who = _owner_text(index_dir)
        if wait <= 0:
            raise IngestBusy(f"Đang có một lần nạp chỉ mục khác chạy{who}. Vui lòng đợi lần đó xong rồi thử lại.") \
                from None
        msg = f"Đang có một lần nạp chỉ mục khác chạy{who}; chờ tối đa {int(wait)} giây…"
        (on_wait or (lambda m: print(m, file=sys.stderr, flush=True)))(msg)
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise IngestBusy(f"Lần nạp chỉ mục khác{who} vẫn chưa xong sau {int(wait)} giây; lần này dừng lại. "
                             "Hãy thử lại sau.") from None
    outermost = lock.lock_counter == 1
    try:
        if outermost:
            (index_dir / OWNER_FILE).write_text(json.dumps(
                {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(),
                 "thread": threading.current_thread().name}), "utf-8")
        yield
    finally:
        if outermost:
            try:
                (index_dir / OWNER_FILE).unlink()
            except OSError:
                pass
        lock.release()


MANIFEST = "manifest.json"
SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE clauses (id TEXT PRIMARY KEY, doc_id TEXT, ord INTEGER, json TEXT NOT NULL);
CREATE TABLE records (id TEXT PRIMARY KEY, doc_id TEXT, section TEXT, lead_ids TEXT,
  coordinator_ids TEXT, deadline_start TEXT, deadline_end TEXT, json TEXT NOT NULL);
CREATE TABLE chunks (id TEXT PRIMARY KEY, doc_id TEXT, kind TEXT, json TEXT NOT NULL);
CREATE TABLE warnings (doc_id TEXT, message TEXT);
CREATE TABLE reports (file TEXT, doc_id TEXT, json TEXT NOT NULL);
CREATE TABLE agencies (id TEXT, name TEXT, doc_id TEXT, place TEXT, role TEXT, json TEXT NOT NULL);
CREATE INDEX records_doc ON records(doc_id);
CREATE INDEX clauses_doc ON clauses(doc_id, ord);
"""


def chroma_client(settings: Settings, path: Path | None = None):
    import chromadb
    from chromadb.config import Settings as CSettings

    cs = CSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.server_mode:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=cs)
            client.heartbeat()
        except Exception as e:
            raise IndexError_(
                f"Không kết nối được máy chủ Chroma {settings.chroma_host}:{settings.chroma_port} ({type(e).__name__}). "
                "Kiểm tra `chroma run` đang chạy rồi thử lại."
            ) from e
        return client
    assert path is not None
    return chromadb.PersistentClient(path=str(path), settings=cs)


def _collection_name(settings: Settings, build: str) -> str:
    return f"{settings.collection}-{build}" if settings.server_mode else settings.collection


def _vectorstore(settings: Settings, build_dir: Path, build: str, embeddings, metadata: dict | None = None,
                 create: bool = False):
    from langchain_chroma import Chroma

    client = chroma_client(settings, build_dir / "chroma")
    name = _collection_name(settings, build)
    if not create:
        try:
            client.get_collection(name)
        except Exception as e:
            _close(client)
            raise IndexError_(f"Chỉ mục thiếu bộ sưu tập vector «{name}». Hãy chạy lại: python -m assistant ingest") from e
    return Chroma(collection_name=name, embedding_function=embeddings, client=client,
                  collection_metadata=metadata if create else None,
                  create_collection_if_not_exists=create), client, name


def _close(client) -> None:
    try:
        client.close()
    except Exception:  # noqa: BLE001 — closing is best effort
        pass


def current_build(index_dir: Path) -> str | None:
    p = Path(index_dir) / "CURRENT"
    if not p.exists():
        return None
    name = p.read_text("utf-8").strip()
    return name if name and (Path(index_dir) / "builds" / name / MANIFEST).exists() else None


def read_manifest(index_dir: Path) -> dict | None:
    b = current_build(index_dir)
    if not b:
        return None
    return json.loads((Path(index_dir) / "builds" / b / MANIFEST).read_text("utf-8"))


def check_model(manifest: dict, embeddings) -> None:
    model = manifest.get("embedding_model")
    dim = manifest.get("dimension")
    if model != embeddings.name or dim != embeddings.dim:
        raise ModelMismatch(
            f"Chỉ mục được tạo bằng mô hình nhúng «{model}» ({dim} chiều), khác với mô hình đang cấu hình "
            f"«{embeddings.name}» ({embeddings.dim} chiều). Không trộn hai mô hình trong một chỉ mục: "
            "đặt lại PAR_EMBEDDINGS, hoặc dựng lại chỉ mục với `python -m assistant ingest --rebuild`."
        )


# ------------------------------------------------------------------ reading


@dataclass
class StoredChunk:
    id: str
    doc_id: str
    body: str
    text: str
    path: str
    kind: str
    clause_ids: list[str]
    start: int
    end: int
    metadata: dict[str, Any]
    dense: bool = True


class Index:
    """A loaded, read-only build: structured data in memory + the vector store."""

    def __init__(self, settings: Settings, embeddings=None):
        self.settings = settings
        index_dir = Path(settings.index_dir)
        build = current_build(index_dir)
        if not build:
            raise IndexError_(
                f"Chưa có chỉ mục ở «{index_dir}». Hãy tạo bằng lệnh: python -m assistant ingest"
            )
        self.build = build
        self.dir = index_dir / "builds" / build
        self.manifest = json.loads((self.dir / MANIFEST).read_text("utf-8"))
        if self.manifest.get("server_mode") != settings.server_mode:
            where = "máy chủ Chroma" if self.manifest.get("server_mode") else "Chroma nhúng (index/)"
            raise IndexError_(f"Chỉ mục hiện tại được dựng cho {where}; hãy chạy lại ingest với cấu hình hiện tại.")
        if embeddings is None:
            from assistant.store.embeddings import get_embeddings

            embeddings = get_embeddings(settings.embeddings)
        check_model(self.manifest, embeddings)
        from assistant.store.embeddings import cached

        self.embeddings = cached(embeddings, settings.embed_cache_path)  # passages (e.g. the eval baseline)
        con = sqlite3.connect(f"file:{self.dir / 'par.sqlite'}?mode=ro", uri=True, check_same_thread=False)
        try:
            self.documents = {r[0]: Document(**json.loads(r[1])) for r in con.execute("SELECT id, json FROM documents")}
            self.clauses = [_clause(json.loads(r[0])) for r in con.execute("SELECT json FROM clauses ORDER BY doc_id, ord")]
            self.records = [TaskRecord(**json.loads(r[0])) for r in con.execute("SELECT json FROM records ORDER BY rowid")]
            self.chunks = [StoredChunk(**json.loads(r[0])) for r in con.execute("SELECT json FROM chunks ORDER BY rowid")]
            self.warnings = [(r[0], r[1]) for r in con.execute("SELECT doc_id, message FROM warnings")]
            self.reports, self.agencies = _reports_and_agencies(con)
        finally:
            con.close()
        self.clause_by_id = {c.id: c for c in self.clauses}
        self.clause_by_span = {(c.doc_id, c.start, c.end): c.id for c in self.clauses}  # a citation → its clause
        self.clauses_by_doc: dict[str, list[Clause]] = {}  # in document order
        for c in self.clauses:
            self.clauses_by_doc.setdefault(c.doc_id, []).append(c)
        self.chunk_by_id = {c.id: c for c in self.chunks}
        self.collection_name = _collection_name(settings, build)
        self._vs = None
        self._client = None
        self._vs_lock = threading.Lock()
        self._vs_error = ""
        self._vs_retry_at = 0.0
        self._closed = False
        try:
            self._connect()
        except IndexError_ as e:
            if not settings.server_mode:  # embedded: the build's own files are broken, nothing to wait for
                raise
            # server mode and the Chroma server is down: the structured store is loaded, so answers still come
            # from the lexical index (the answer says so); the vector store is reconnected when it is back
            self._vs_error = str(e)

    # -------------------------------------------------------------- the vector store (Chroma)
    def _connect(self) -> None:
        vs, client, _ = _vectorstore(self.settings, self.dir, self.build, self.embeddings)
        self._vs, self._client, self._vs_error = vs, client, ""

    @property
    def vectorstore(self):
        """The LangChain Chroma store; in server mode reconnected on demand (at most every 2 s while the server
        is down). Raises ``IndexError_`` (Vietnamese) while it is unavailable."""
        if self._vs is not None:
            return self._vs
        with self._vs_lock:
            if self._vs is None:
                if self._closed:
                    raise IndexError_("Bản dựng chỉ mục này đã được thay bằng bản mới.")
                if time.monotonic() >= self._vs_retry_at:
                    try:
                        self._connect()
                    except IndexError_ as e:
                        self._vs_error = str(e)
                        self._vs_retry_at = time.monotonic() + 2.0
                if self._vs is None:
                    raise IndexError_(self._vs_error or "Kho vector chưa sẵn sàng.")
        return self._vs

    def probe(self) -> str:
        """The vector store's real state now: "" when it answers, else a Vietnamese reason. Cheap (a count
        on the collection), for /health; never raises."""
        try:
            self.vectorstore._collection.count()
            return ""
        except Exception as e:  # noqa: BLE001 — any failure is the answer
            if self._vs is not None and self.settings.server_mode:
                self._vs = None  # reconnect next time
            msg = str(e) if isinstance(e, IndexError_) else f"Không truy vấn được kho vector ({type(e).__name__})."
            self._vs_error = msg
            return msg

    def close(self) -> None:
        """Release the Chroma client (its SQLite handles and threads) once this build is no longer served."""
        self._closed = True
        client, self._client, self._vs = self._client, None, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 — closing is best effort
                pass

    def dense(self, query: str, k: int = 20, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) for the query; ``where`` is a Chroma metadata filter."""
        vec = self.embeddings.embed_query(query)
        return self.dense_by_vector(vec, k, where)

    def dense_by_vector(self, vec: list[float], k: int = 20, where: dict | None = None) -> list[tuple[str, float]]:
        col = self.vectorstore._collection
        n = min(k, max(1, len(self.chunks)))
        res = col.query(query_embeddings=[vec], n_results=n, where=where or None, include=["distances"])
        ids = res["ids"][0]
        dists = res["distances"][0]
        space = (col.metadata or {}).get("hnsw:space", "l2")
        out = []
        for i, d in zip(ids, dists):
            sim = 1 - d if space == "cosine" else 1 - d / 2  # unit vectors: l2² = 2 − 2cos
            out.append((i, float(sim)))
        return out

    def neighbours(self, clause_id: str, before: int = 1, after: int = 1) -> list[Clause]:
        c = self.clause_by_id.get(clause_id)
        if not c:
            return []
        same = self.clauses_by_doc[c.doc_id]
        i = next(j for j, x in enumerate(same) if x.id == clause_id)
        return same[max(0, i - before): i + after + 1]


    def gazetteer(self):
        """The profile's gazetteer plus the agencies discovered in this build's documents."""
        from assistant.lang.gazetteer import gazetteer

        return gazetteer(self.agencies)


def _reports_and_agencies(con) -> tuple[list[DocumentReport], list[dict]]:
    """The per-file ingest reports and the agencies read from the documents (builds before them have none)."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    reports = [DocumentReport(**json.loads(r[0])) for r in con.execute("SELECT json FROM reports ORDER BY rowid")] \
        if "reports" in tables else []
    agencies = [json.loads(r[0]) for r in con.execute("SELECT json FROM agencies ORDER BY rowid")] \
        if "agencies" in tables else []
    return reports, agencies


def _clause(d: dict) -> Clause:
    d["path"] = tuple(d["path"])
    return Clause(**d)


# ------------------------------------------------------------------ writing


@dataclass
class BuildResult:
    build: str | None
    added: int
    removed: int
    kept: int
    total: int
    switched: bool


def _write_sqlite(path: Path, documents: Iterable[Document], clauses: Iterable[Clause],
                  records: Iterable[TaskRecord], chunks: Iterable[Chunk], warnings: Iterable[tuple[str, str]],
                  reports: Iterable[DocumentReport] = (), agencies: Iterable[dict] = ()):
    con = sqlite3.connect(path)
    try:
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO documents VALUES (?, ?)",
                        [(d.id, json.dumps(asdict(d), ensure_ascii=False)) for d in documents])
        con.executemany("INSERT INTO clauses VALUES (?, ?, ?, ?)",
                        [(c.id, c.doc_id, c.order, json.dumps(asdict(c), ensure_ascii=False)) for c in clauses])
        con.executemany(
            "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, r.source, r.section, ",".join(r.lead_ids), ",".join(r.coordinator_ids), r.deadline_start,
              r.deadline_end, json.dumps(asdict(r), ensure_ascii=False)) for r in records])
        con.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?)",
            [(c.id, c.doc_id, c.kind, json.dumps({
                "id": c.id, "doc_id": c.doc_id, "body": c.body, "text": c.text, "path": c.path, "kind": c.kind,
                "clause_ids": c.clause_ids, "start": c.start, "end": c.end, "metadata": c.metadata,
                "dense": c.dense,
            }, ensure_ascii=False)) for c in chunks])
        con.executemany("INSERT INTO warnings VALUES (?, ?)", list(warnings))
        con.executemany("INSERT INTO reports VALUES (?, ?, ?)",
                        [(r.file, r.doc_id, json.dumps(r.to_json(), ensure_ascii=False)) for r in reports])
        con.executemany("INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?)",
                        [(a.get("id", ""), a.get("name", ""), a.get("doc_id", ""), a.get("place", ""), a.get("role", ""),
                          json.dumps(a, ensure_ascii=False)) for a in agencies])
        con.commit()
    finally:
        con.close()


def existing_chunk_ids(settings: Settings) -> tuple[set[str], dict | None]:
    m = read_manifest(settings.index_dir)
    if not m:
        return set(), None
    b = current_build(settings.index_dir)
    con = sqlite3.connect(f"file:{Path(settings.index_dir) / 'builds' / b / 'par.sqlite'}?mode=ro", uri=True)
    try:
        ids = {r[0] for r in con.execute("SELECT id FROM chunks")}
    finally:
        con.close()
    return ids, m


def write_build(settings: Settings, embeddings, documents: list[Document], clauses: list[Clause],
                records: list[TaskRecord], chunks: list[Chunk], warnings: list[tuple[str, str]],
                progress=None, rebuild: bool = False, crash_after: int | None = None,
                reports: list[DocumentReport] | None = None, agencies: list[dict] | None = None) -> BuildResult:
    """Write a new build reusing the vectors of unchanged chunks, then switch to it (under the ingest lock).

    ``crash_after`` (tests only) raises after that many new chunks are embedded,
    to prove a failure leaves the previous build live.
    """
    with ingest_lock(settings):
        clean_leftovers(settings)
        return _write_build(settings, embeddings, documents, clauses, records, chunks, warnings, progress,
                            rebuild, crash_after, reports, agencies)


def _write_build(settings: Settings, embeddings, documents, clauses, records, chunks, warnings, progress,
                 rebuild: bool, crash_after: int | None, reports: list[DocumentReport] | None = None,
                 agencies: list[dict] | None = None) -> BuildResult:
    from assistant.store.embeddings import cached

    index_dir = Path(settings.index_dir)
    old_ids, manifest = existing_chunk_ids(settings)
    if manifest and not rebuild:
        check_model(manifest, embeddings)
        if bool(manifest.get("server_mode")) != settings.server_mode:
            rebuild = True
    want = {c.id: c for c in chunks}
    reuse = set() if rebuild else (old_ids & want.keys())
    new_ids = [cid for cid in want if cid not in reuse]
    to_embed = [cid for cid in new_ids if want[cid].dense]
    removed = len(old_ids - want.keys()) if not rebuild else len(old_ids)
    docs_sha = _docs_sha(documents, reports, agencies)
    if manifest and not rebuild and not new_ids and removed == 0 and manifest.get("docs_sha") == docs_sha:
        return BuildResult(current_build(index_dir), 0, 0, len(reuse), len(want), False)

    emb = cached(embeddings, settings.embed_cache_path)  # vectors of passages seen before cost nothing
    build = time.strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}-{int(time.time() * 1000) % 100000}"
    tmp = index_dir / "builds" / f"{build}.partial"
    tmp.mkdir(parents=True)
    meta = {"embedding_model": embeddings.name, "dimension": embeddings.dim, "hnsw:space": "cosine"}
    client = None
    try:
        vs, client, name = _vectorstore(settings, tmp, build, embeddings, metadata=meta, create=True)
        col = vs._collection
        reuse_dense = [cid for cid in reuse if want[cid].dense]
        if reuse_dense:
            old = Index(settings, embeddings)
            try:
                got = old.vectorstore._collection.get(ids=reuse_dense, include=["embeddings"])
            finally:
                old.close()
            vectors = dict(zip(got["ids"], got["embeddings"]))
            to_embed += [cid for cid in reuse_dense if cid not in vectors]  # stored without a vector before
            ids = list(vectors)
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                col.add(ids=part, embeddings=[list(vectors[x]) for x in part],
                        documents=[want[x].text for x in part], metadatas=[_chroma_meta(want[x]) for x in part])
        # texts of similar length side by side: the engine embeds a batch one text per core
        to_embed.sort(key=lambda x: len(want[x].vector_text or want[x].text))
        done = 0
        for i in range(0, len(to_embed), 32):
            part = to_embed[i:i + 32]
            vecs = emb.embed_documents([want[x].vector_text or want[x].text for x in part])  # see ingest/chunking.py
            col.add(ids=part, embeddings=vecs, documents=[want[x].text for x in part],
                    metadatas=[_chroma_meta(want[x]) for x in part])
            done += len(part)
            if progress:
                progress(len(part), len(to_embed))
            if crash_after is not None and done >= crash_after:
                raise RuntimeError("simulated crash during ingestion")
        _write_sqlite(tmp / "par.sqlite", documents, clauses, records, chunks, warnings, reports or (), agencies or ())
        (tmp / MANIFEST).write_text(json.dumps({
            "build": build, "embedding_model": embeddings.name, "dimension": embeddings.dim,
            "server_mode": settings.server_mode, "collection": name, "created": time.time(),
            "documents": len(documents), "clauses": len(clauses), "records": len(records), "chunks": len(chunks),
            "docs_sha": docs_sha,
        }, ensure_ascii=False, indent=1), "utf-8")
    except BaseException:
        if settings.server_mode and client is not None:
            try:
                client.delete_collection(_collection_name(settings, build))
            except Exception:
                pass
        if client is not None:
            _close(client)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _close(client)  # the build's files are complete: release them before the folder is renamed
    final = index_dir / "builds" / build
    os.replace(tmp, final)
    cur_tmp = index_dir / "CURRENT.tmp"
    cur_tmp.write_text(build, "utf-8")
    os.replace(cur_tmp, index_dir / "CURRENT")
    _cleanup(settings, keep={build})
    if hasattr(emb, "prune"):
        emb.prune()
    return BuildResult(build, len(new_ids), removed, len(reuse), len(want), True)


def clean_leftovers(settings: Settings) -> list[str]:
    """Remove what a killed ingest left: half-written builds (``*.partial``; in server mode their collections
    on the Chroma server too) and complete builds it never switched to. Call under ``ingest_lock``.
    Returns the names removed."""
    builds = Path(settings.index_dir) / "builds"
    if not builds.is_dir():
        return []
    gone = []
    partial = sorted(builds.glob("*.partial"))
    client = _server_client(settings) if partial and settings.server_mode else None
    for p in partial:
        name = p.name[: -len(".partial")]
        if settings.server_mode and client is None:
            continue  # the Chroma server is down: keep the marker so a later run removes its collection
        if client is not None:
            try:
                client.delete_collection(_collection_name(settings, name))
            except Exception:  # noqa: BLE001 — killed before its collection was created
                pass
        shutil.rmtree(p, ignore_errors=True)
        gone.append(p.name)
    if client is not None:
        _close(client)
    cur = current_build(settings.index_dir)
    gone += _cleanup(settings, keep={cur} if cur else set())
    return gone


def _server_client(settings: Settings):
    try:
        return chroma_client(settings)
    except IndexError_:
        return None


def _docs_sha(documents: list[Document], reports=None, agencies=None) -> str:
    import hashlib

    h = hashlib.sha256()
    for d in sorted(documents, key=lambda d: d.id):
        h.update(json.dumps(d.meta(), ensure_ascii=False, sort_keys=True).encode())
    for r in reports or ():  # a changed report or agency list is a new build even when no chunk changed
        h.update(json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True).encode())
    for a in agencies or ():
        h.update(json.dumps(a, ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()[:16]


def _chroma_meta(c: Chunk) -> dict:
    return {k: v for k, v in c.metadata.items() if isinstance(v, (str, int, float, bool)) and v is not None}


def _cleanup(settings: Settings, keep: set[str]) -> list[str]:
    builds = Path(settings.index_dir) / "builds"
    client = None
    gone = []
    for p in sorted(builds.iterdir()):
        if p.name in keep or p.name.endswith(".partial") or not p.is_dir():
            continue
        if settings.server_mode:
            client = client or _server_client(settings)
            if client is not None:
                try:
                    client.delete_collection(_collection_name(settings, p.name))
                except Exception:  # noqa: BLE001 — already gone
                    pass
        shutil.rmtree(p, ignore_errors=True)
        gone.append(p.name)
    if client is not None:
        _close(client)
    return gone
