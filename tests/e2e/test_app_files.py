"""Nothing the running app writes outlives its use: Gradio's anonymous upload route is capped, what it stores
(and what the app writes for downloads) lives in the app's own scratch folder, is removed after
PAR_DOWNLOAD_TTL seconds, and the folder goes when the app stops."""
import time
import uuid
from pathlib import Path

import pytest
from conftest import CORPUS, run_app


def _upload(url: str, name: str, data: bytes):
    import httpx

    r = httpx.post(url, files={"files": (name, data)}, timeout=120)
    return r.status_code, r.text


@pytest.fixture(scope="module")
def short_lived_app(built_index):
    s, _ = built_index
    with run_app({"PAR_INDEX_DIR": str(s.index_dir), "PAR_CORPUS_DIR": str(CORPUS), "PAR_DOWNLOAD_TTL": "3"}) as (
            url, proc, log):
        yield url, proc


def test_anonymous_uploads_are_capped(short_lived_app):
    url, _ = short_lived_app
    for route in ("/gradio_api/upload", "/widget/gradio_api/upload"):
        status, _ = _upload(url + route, "lon.bin", b"x" * 2_000_000)
        assert status == 413, route


def test_uploaded_and_generated_files_are_removed_after_their_time_and_at_exit(built_index):
    s, _ = built_index
    with run_app({"PAR_INDEX_DIR": str(s.index_dir), "PAR_CORPUS_DIR": str(CORPUS), "PAR_DOWNLOAD_TTL": "3"}) as (
            url, proc, log):
        marker = uuid.uuid4().hex.encode()
        status, body = _upload(url + "/gradio_api/upload", "nho.txt", marker)
        assert status == 200, body
        stored = Path(body.strip('[]"\n').split('"')[0])
        assert stored.read_bytes() == marker and "par-app-" in str(stored)
        scratch = next(p for p in stored.parents if p.name.startswith("par-app-"))
        for _ in range(120):  # the janitor runs every ttl/2 seconds
            if not stored.exists():
                break
            time.sleep(0.5)
        assert not stored.exists()
        assert scratch.exists()
    assert not scratch.exists()  # stopping the app (SIGTERM) removed the whole folder


def test_api_downloads_leave_no_files_behind(built_index, tmp_path):
    """The HTTP download routes (briefing DOCX/Markdown, task CSV/Excel, iCalendar) write nothing that stays: the
    app runs with its own TMPDIR, and after the downloads (and its janitor's time) no file is left in it."""
    import httpx

    s, _ = built_index
    own_tmp = tmp_path / "app-tmp"
    own_tmp.mkdir()
    env = {"PAR_INDEX_DIR": str(s.index_dir), "PAR_CORPUS_DIR": str(CORPUS), "PAR_DOWNLOAD_TTL": "3",
           "TMPDIR": str(own_tmp)}
    with run_app(env) as (url, proc, log):
        schema = httpx.get(url + "/openapi.json", timeout=60).json()
        routes = [p for p, ops in schema["paths"].items() if "get" in ops and p.startswith("/api/")
                  and p.rsplit(".", 1)[-1] in ("docx", "md", "csv", "xlsx", "ics")]
        assert routes, "no download route"
        for route in routes:
            r = httpx.get(url + route, params={"agency": "Sở Nội vụ"}, timeout=300)
            assert r.status_code == 200 and r.content, (route, r.status_code)
        time.sleep(8)  # > 2 × PAR_DOWNLOAD_TTL: the janitor has run
        left = [f for f in own_tmp.rglob("*") if f.is_file()]
        assert not left, left[:10]
