"""Chroma server mode against a real `chroma run` on 127.0.0.1: ingest, query, server down, recovery."""
import os
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

from assistant.chain import Assistant
from assistant.config import Settings
from assistant.ingest import ingest
from assistant.store import Index, IndexError_


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(path, port):
    exe = shutil.which("chroma") or os.path.join(os.path.dirname(os.sys.executable), "chroma")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            return proc
        except Exception:
            time.sleep(0.5)
    proc.kill()
    pytest.fail("chroma server did not start")


def test_server_mode_ingest_query_outage_and_recovery(small_corpus, tmp_path, e5):
    port = _free_port()
    proc = _start(tmp_path / "chroma-data", port)
    try:
        s = Settings().with_(corpus_dir=small_corpus, index_dir=tmp_path / "idx", embeddings="e5-small",
                             chroma_host="127.0.0.1", chroma_port=port)
        first = ingest(s, embeddings=e5, show_progress=False)
        assert first.added == first.chunks > 0
        assert (ingest(s, embeddings=e5, show_progress=False).added, 0) == (0, 0)
        idx = Index(s, e5)
        assert idx.manifest["server_mode"] and idx.collection_name.startswith("par-")
        # a second process-like reader (another app worker) sees the same index
        bot = Assistant(s, index=Index(s, e5), llm=None)
        a = bot.ask("Trưởng đoàn kiểm tra CCHC năm 2024 là ai?")
        assert "Sở Nội vụ" in a.answer and not bot.hybrid.degraded
        # the server goes down: answers keep coming from the lexical index, with a clear note
        proc.terminate()
        proc.wait(timeout=20)
        a = bot.ask("ai chu tri kiem tra truc tiep huyen phong tho")
        assert bot.hybrid.degraded and "Lưu ý" in a.answer and "Sở Nội vụ" in a.answer
        with pytest.raises(IndexError_, match="Chroma"):
            Index(s, e5)  # a new worker cannot start without it, and says why
        # it comes back: dense retrieval resumes without restarting the app
        proc = _start(tmp_path / "chroma-data", port)
        a = bot.ask("ai chu tri kiem tra truc tiep huyen phong tho")
        assert not bot.hybrid.degraded and "Sở Nội vụ" in a.answer
    finally:
        proc.kill()
