"""Settings from environment variables (and CLI flags, which override them).

| env var                 | default                         | meaning                                     |
|-------------------------|---------------------------------|---------------------------------------------|
| PAR_CORPUS_DIR          | ./corpus                        | documents + catalogue.toml                  |
| PAR_INDEX_DIR           | ./index                         | persistent index (Chroma + records)         |
| PAR_EMBEDDINGS          | e5-small                        | e5-small, or st:<model name or local path>  |
| CHROMA_HOST/CHROMA_PORT | (unset)                         | use a Chroma server instead of embedded     |
| PAR_LLM                 | (unset)                         | optional LLM, "provider:model"              |
| PAR_LLM_BASE_URL        | (unset)                         | OpenAI-compatible / Ollama base URL         |
| PAR_HOST / PAR_PORT     | 127.0.0.1 / 7860                | web app address                             |
| PAR_ADMIN_USER/PASSWORD | (unset)                         | enables the Documents (admin) tab           |
| PAR_ALLOWED_ORIGINS     | (unset)                         | origins allowed to embed the /widget        |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = field(default_factory=lambda: Path(_env("PAR_CORPUS_DIR") or ROOT / "corpus"))
    index_dir: Path = field(default_factory=lambda: Path(_env("PAR_INDEX_DIR") or ROOT / "index"))
    embeddings: str = field(default_factory=lambda: _env("PAR_EMBEDDINGS", "e5-small"))
    chroma_host: str = field(default_factory=lambda: _env("CHROMA_HOST"))
    chroma_port: int = field(default_factory=lambda: int(_env("CHROMA_PORT", "8000") or 8000))
    collection: str = field(default_factory=lambda: _env("PAR_COLLECTION", "par"))
    llm: str = field(default_factory=lambda: _env("PAR_LLM"))
    llm_base_url: str = field(default_factory=lambda: _env("PAR_LLM_BASE_URL"))
    host: str = field(default_factory=lambda: _env("PAR_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(_env("PAR_PORT", "7860") or 7860))
    admin_user: str = field(default_factory=lambda: _env("PAR_ADMIN_USER"))
    admin_password: str = field(default_factory=lambda: _env("PAR_ADMIN_PASSWORD"))
    allowed_origins: str = field(default_factory=lambda: _env("PAR_ALLOWED_ORIGINS"))
    max_question_chars: int = 2000
    max_upload_bytes: int = 20 * 1024 * 1024

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)

    def with_(self, **kw) -> "Settings":
        kw = {k: v for k, v in kw.items() if v is not None}
        for k in ("corpus_dir", "index_dir"):
            if k in kw:
                kw[k] = Path(kw[k])
        return replace(self, **kw)
