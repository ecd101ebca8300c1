"""Shared fixtures: the real corpus, the real bundled embedding model, real Chroma indexes.

Layout: ``tests/unit/`` is the fast lane (no index, no server, no browser: ``pytest -m "not slow"``);
``tests/integration/`` builds indexes with the real model; ``tests/e2e/`` starts servers and a browser.
Everything under integration/ and e2e/ is marked ``slow`` here, so the fast lane never builds an index.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # `from conftest import …` in every sub-folder

from assistant.config import Settings  # noqa: E402

CORPUS = ROOT / "corpus"


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "integration" in parts or "e2e" in parts:
            item.add_marker(pytest.mark.slow)


def settings_for(corpus, index_dir) -> Settings:
    """Embedded-mode settings for a test corpus and index folder."""
    return Settings().with_(corpus_dir=corpus, index_dir=index_dir, embeddings="e5-small", chroma_host="")


@pytest.fixture(scope="session")
def e5():
    from assistant.store.embeddings import get_embeddings

    return get_embeddings("e5-small")


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, e5):
    """One full index of the real corpus, built once per session with the bundled model."""
    from assistant.ingest.pipeline import ingest

    d = tmp_path_factory.mktemp("index")
    s = Settings().with_(corpus_dir=CORPUS, index_dir=d, embeddings="e5-small", chroma_host="")
    summary = ingest(s, embeddings=e5, show_progress=False)
    return s, summary


@pytest.fixture(scope="session")
def index(built_index, e5):
    from assistant.store.index import Index

    s, _ = built_index
    return Index(s, e5)


@pytest.fixture
def small_corpus(tmp_path):
    """A copy of two seed documents plus the catalogue, to mutate freely."""
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ("002_57b1797f826331d2.txt", "004_c88db6b99b330dc5.txt", "catalogue.toml"):
        shutil.copy(CORPUS / name, d / name)
    return d


@pytest.fixture(scope="module")
def bot(built_index, index):
    """The whole chain on the real index, without an LLM."""
    from assistant.chain import Assistant

    s, _ = built_index
    return Assistant(s, index=index, llm=None)


def has(ans, *facts) -> bool:
    """Every fact appears in the answer text (accent- and case-insensitive)."""
    from assistant.lang.normalize import fold

    t = fold(ans.answer)
    return all(fold(f) in t for f in facts)

