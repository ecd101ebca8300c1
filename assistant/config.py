"""Settings from environment variables (and CLI flags, which override them).

| env var                 | default                         | meaning                                     |
|-------------------------|---------------------------------|---------------------------------------------|
| PAR_CORPUS_DIR          | ./corpus                        | documents + catalogue.toml                  |
| PAR_INDEX_DIR           | ./index                         | persistent index (Chroma + records)         |
| PAR_EMBEDDINGS          | e5-small                        | e5-small, or st:<model name or local path>  |
| PAR_CACHE_DIR           | ~/.cache/par-assistant          | parses and vectors, shared by every index   |
| PAR_EMBED_CACHE         | <cache>/embeddings.sqlite       | vectors of passages already embedded; "off" |
| CHROMA_HOST/CHROMA_PORT | (unset)                         | use a Chroma server instead of embedded     |
| PAR_COLLECTION          | par                             | prefix of the Chroma collections            |
| PAR_LLM                 | (unset)                         | optional LLM, "provider:model"              |
| PAR_LLM_BASE_URL        | (unset)                         | OpenAI-compatible / Ollama base URL         |
| PAR_HOST / PAR_PORT     | 127.0.0.1 / 7860                | web app address                             |
| PAR_ADMIN_USER/PASSWORD | (unset)                         | enables the Documents (admin) tab           |
| PAR_ALLOWED_ORIGINS     | (unset)                         | origins allowed to embed the /widget        |
| PAR_PROFILE             | laichau                         | province profile (assistant/profiles/<name>)|
| PAR_INGEST_WAIT         | 600                             | seconds an ingest waits for another one     |
| PAR_DOWNLOAD_TTL        | 900                             | seconds generated/uploaded temp files live  |

Importing this module also quiets third-party loggers that print English progress lines on every start
(bm25s logs "Building index from tokens" at DEBUG and sets its own level to DEBUG).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _int(name: str, default: int) -> int:
    try:
        return int(_env(name) or default)
    except ValueError:
        raise ValueError(f"Biến môi trường {name} phải là số nguyên (đang là «{_env(name)}»).") from None


def _float(name: str, default: float) -> float:
    try:
        return float(_env(name) or default)
    except ValueError:
        raise ValueError(f"Biến môi trường {name} phải là số (đang là «{_env(name)}»).") from None


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = field(default_factory=lambda: Path(_env("PAR_CORPUS_DIR") or ROOT / "corpus"))
    index_dir: Path = field(default_factory=lambda: Path(_env("PAR_INDEX_DIR") or ROOT / "index"))
    embeddings: str = field(default_factory=lambda: _env("PAR_EMBEDDINGS", "e5-small"))
    # "" = <cache_dir>/embeddings.sqlite; "off" disables the cache
    embed_cache: str = field(default_factory=lambda: _env("PAR_EMBED_CACHE"))
    chroma_host: str = field(default_factory=lambda: _env("CHROMA_HOST"))
    chroma_port: int = field(default_factory=lambda: _int("CHROMA_PORT", 8000))
    collection: str = field(default_factory=lambda: _env("PAR_COLLECTION", "par"))
    llm: str = field(default_factory=lambda: _env("PAR_LLM"))
    llm_base_url: str = field(default_factory=lambda: _env("PAR_LLM_BASE_URL"))
    host: str = field(default_factory=lambda: _env("PAR_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _int("PAR_PORT", 7860))
    admin_user: str = field(default_factory=lambda: _env("PAR_ADMIN_USER"))
    admin_password: str = field(default_factory=lambda: _env("PAR_ADMIN_PASSWORD"))
    allowed_origins: str = field(default_factory=lambda: _env("PAR_ALLOWED_ORIGINS"))
    # seconds an ingest waits for another one holding the index lock before refusing (0: refuse at once)
    ingest_wait: float = field(default_factory=lambda: _float("PAR_INGEST_WAIT", 600))
    # files the web app writes for downloads and Gradio's uploads live this long (seconds), then are removed
    download_ttl: float = field(default_factory=lambda: _float("PAR_DOWNLOAD_TTL", 900))
    max_question_chars: int = 2000
    max_upload_bytes: int = 20 * 1024 * 1024
    # the HTTP API: history is bounded in count and size (422 past it), and so is the whole body (413)
    max_history_items: int = 20
    max_history_chars: int = 4000  # one history item (a question, or a turn's answer)
    max_body_bytes: int = 1024 * 1024
    max_anonymous_upload: str = "1mb"  # Gradio's own upload route on / and /widget (no page there takes files)

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)

    @property
    def embed_cache_path(self) -> Path | None:
        if self.embed_cache.lower() in ("off", "0", "no", "false"):
            return None
        return Path(self.embed_cache) if self.embed_cache else self.cache_dir / "embeddings.sqlite"

    @property
    def cache_dir(self) -> Path:
        """Where parses and vectors are cached: ``PAR_CACHE_DIR``, else the user's cache folder
        (``$XDG_CACHE_HOME/par-assistant``, ``~/.cache/par-assistant``), shared by every index of this machine: the
        entries are keyed by content (file bytes and parser code; model and text), so a shared entry is always right."""
        env = _env("PAR_CACHE_DIR")
        if env:
            return Path(env)
        base = _env("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "par-assistant"

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK

    def with_(self, **kw) -> "Settings":
        kw = {k: v for k, v in kw.items() if v is not None}
        for k in ("corpus_dir", "index_dir"):
            if k in kw:
                kw[k] = Path(kw[k])
        return replace(self, **kw)


def quiet_library_logs() -> None:
    """Drop library log lines below WARNING (English progress chatter such as bm25s' "Building index from
    tokens"). bm25s sets its own logger to DEBUG when imported, so it gets a filter, which survives that."""
    lg = logging.getLogger("bm25s")
    if not any(getattr(f, "_par_quiet", False) for f in lg.filters):
        f = logging.Filter()
        f.filter = lambda record: record.levelno >= logging.WARNING  # type: ignore[method-assign]
        f._par_quiet = True  # type: ignore[attr-defined]
        lg.addFilter(f)
    for name in ("chromadb", "httpx"):
        logging.getLogger(name).setLevel(logging.WARNING)


quiet_library_logs()
