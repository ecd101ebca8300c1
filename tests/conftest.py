"""Shared fixtures: the real corpus, the real bundled embedding model, real Chroma indexes, a running app.

Layout: ``tests/unit/`` is the fast lane (no index, no server, no browser: ``pytest -m "not slow"``);
``tests/integration/`` builds indexes with the real model; ``tests/e2e/`` starts servers and a browser.
Everything under integration/ and e2e/ is marked ``slow`` here, so the fast lane never builds an index.

Speed without shortcuts: the seed corpus is indexed once per session (``built_index``) and served by one app
process (``app_server``) that the HTTP tests share; every index a test builds (and every ``python -m
assistant ingest`` it starts) shares one session-wide embedding cache (``PAR_EMBED_CACHE``), so a passage is
embedded by the real model once per session, not once per test.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # `from conftest import …` in every sub-folder

# one cache folder (parses, passage vectors) for the whole session (this process and the processes the tests
# start): nothing of the developer's own cache is read, nothing is left behind
_CACHE_DIR = tempfile.mkdtemp(prefix="par-test-cache-")
os.environ["PAR_CACHE_DIR"] = _CACHE_DIR
os.environ["PAR_EMBED_CACHE"] = os.path.join(_CACHE_DIR, "embeddings.sqlite")
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
for _k in ("PAR_INDEX_DIR", "PAR_CORPUS_DIR", "CHROMA_HOST", "PAR_ADMIN_USER", "PAR_ADMIN_PASSWORD", "PAR_LLM"):
    os.environ.pop(_k, None)  # a developer's own settings must not leak into the tests

from assistant.config import Settings  # noqa: E402


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)

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



# ------------------------------------------------------------------ servers (e2e)

# Browser and HTTP waits are about behaviour, not speed: generous enough for a busy 2-core machine (a 60 s wait
# for the first answer timed out under load). Use it for Playwright waits: ``timeout=BROWSER_WAIT_MS``.
BROWSER_WAIT_MS = 240_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(url: str, body=None, timeout: float = 120, method: str | None = None):
    """(status, parsed JSON or text) of a request; HTTP errors are returned, not raised."""
    data = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            status, raw = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode("utf-8", "replace")


def wait_health(url: str, proc: subprocess.Popen | None = None, timeout: float = 300, ok=(200,),
                log: Path | None = None) -> dict:
    """Poll /health until it answers one of ``ok`` (generous: a busy 2-core machine starts slowly)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            out = log.read_text("utf-8", "replace")[-3000:] if log and log.exists() else ""
            pytest.fail(f"the app exited with {proc.returncode}: {out}")
        try:
            status, body = http_json(url + "/health", timeout=5)
            if status in ok:
                return body
        except Exception:
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not become healthy in {timeout} s")


@contextmanager
def run_app(env: dict | None = None, args: tuple = ("--no-ingest",), health=(200,)):
    """``app.py`` on a free loopback port with ``env`` added; yields (url, process, log file); stopped after.
    Its output goes to a file (a pipe nobody reads would stall it)."""
    port = free_port()
    e = dict(os.environ, **(env or {}))
    fd, name = tempfile.mkstemp(prefix="par-app-", suffix=".log")
    log = Path(name)
    with os.fdopen(fd, "w") as out:
        proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), *args], cwd=ROOT, env=e,
                                stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_health(url, proc, ok=health, log=log)
        yield url, proc, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.unlink(missing_ok=True)


class Served(str):
    """The URL of a running app (``str``), with its process id in ``.pid``."""

    pid: int = 0


@pytest.fixture(scope="session")
def app_server(built_index):
    """One app process serving the session's seed index, shared by the HTTP tests: its URL (``.pid`` too)."""
    s, _ = built_index
    with run_app({"PAR_INDEX_DIR": str(s.index_dir), "PAR_CORPUS_DIR": str(CORPUS)}) as (url, proc, log):
        served = Served(url)
        served.pid = proc.pid
        yield served
