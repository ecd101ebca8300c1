"""One ingest at a time: the index folder's file lock, across threads and processes; leftovers of a killed
ingest removed under it. No index is built here (the real two-ingests race is in integration/)."""
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT

from assistant.config import Settings
from assistant.store.index import IngestBusy, clean_leftovers, ingest_lock


def _settings(tmp_path, **kw) -> Settings:
    return Settings().with_(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", chroma_host="", **kw)


def test_a_second_ingest_in_another_process_is_refused_with_a_message(tmp_path):
    s = _settings(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom assistant.config import Settings\n"
         "from assistant.store.index import ingest_lock\n"
         f"s = Settings().with_(index_dir={str(s.index_dir)!r})\n"
         "with ingest_lock(s):\n    print('held', flush=True)\n    time.sleep(60)\n"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(IngestBusy, match=f"Đang có một lần nạp chỉ mục khác chạy \\(tiến trình {holder.pid}"):
            with ingest_lock(s, wait=0):
                pass
        told = []
        with pytest.raises(IngestBusy, match="vẫn chưa xong sau 1 giây"):
            with ingest_lock(s, wait=1, on_wait=told.append):
                pass
        assert told and "chờ tối đa 1 giây" in told[0]
    finally:
        holder.kill()
        holder.wait()
    with ingest_lock(s, wait=0):  # the holder died: its lock went with it
        assert (s.index_dir / ".ingest.owner").exists()
    assert not (s.index_dir / ".ingest.owner").exists()


def test_a_second_ingest_waits_for_the_first_and_then_runs(tmp_path):
    s = _settings(tmp_path)
    order = []
    started = threading.Event()

    def first():
        with ingest_lock(s):
            started.set()
            time.sleep(0.5)
            order.append("first done")

    t = threading.Thread(target=first)
    t.start()
    started.wait(10)
    told = []
    with ingest_lock(s, wait=30, on_wait=told.append):  # another thread of this process counts as another ingest
        order.append("second runs")
    t.join()
    assert order == ["first done", "second runs"] and told


def test_the_lock_is_reentrant_in_one_thread(tmp_path):
    s = _settings(tmp_path)
    with ingest_lock(s, wait=0):
        with ingest_lock(s, wait=0):  # the app's first-run build takes it, then the pipeline takes it again
            pass
        assert (s.index_dir / ".ingest.owner").exists()


def test_leftovers_of_a_killed_ingest_are_removed(tmp_path):
    s = _settings(tmp_path)
    builds = s.index_dir / "builds"
    for name in ("20260101-000000-1-1", "20260101-000001-1-2.partial", "20260101-000002-1-3"):
        (builds / name / "chroma").mkdir(parents=True)
        (builds / name / "manifest.json").write_text("{}", "utf-8")
    (s.index_dir / "CURRENT").write_text("20260101-000002-1-3", "utf-8")  # the live build stays
    with ingest_lock(s):
        gone = clean_leftovers(s)
    assert sorted(gone) == ["20260101-000000-1-1", "20260101-000001-1-2.partial"]
    assert [p.name for p in builds.iterdir()] == ["20260101-000002-1-3"]
