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
from assistant.ingest.pipeline import ingest
from assistant.store.index import Index, IndexError_


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


def _get_json(url, data=None, timeout=60):
    import json

    req = urllib.request.Request(url, data=json.dumps(data).encode() if data is not None else None,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())


def _wait_health(port, proc, timeout=240):
    for _ in range(timeout * 2):
        if proc.poll() is not None:
            pytest.fail(f"app on port {port} exited with {proc.returncode}")
        try:
            return _get_json(f"http://127.0.0.1:{port}/health", timeout=2)
        except Exception:
            time.sleep(0.5)
    pytest.fail(f"app on port {port} did not become healthy")


def test_two_app_workers_share_one_chroma_server_and_follow_a_new_build(small_corpus, tmp_path):
    """The README deployment: one `chroma run`, N app processes, ingest from anywhere; all serve the same
    build, answer the same, and switch together after a re-ingest by a third process."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cport = _free_port()
    chroma = _start(tmp_path / "chroma-data", cport)
    env = dict(os.environ, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(cport), PAR_CORPUS_DIR=str(small_corpus),
               PAR_INDEX_DIR=str(tmp_path / "idx"), PAR_EMBEDDINGS="e5-small", PYTHONPATH=root)
    env.pop("PAR_ADMIN_USER", None)
    workers = []
    try:
        out = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet"], env=env, cwd=root,
                             capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr[-2000:]
        ports = [_free_port(), _free_port()]
        for p in ports:
            workers.append(subprocess.Popen([sys.executable, "app.py", "--no-ingest", "--host", "127.0.0.1",
                                             "--port", str(p)], env=env, cwd=root,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        health = [_wait_health(p, w) for p, w in zip(ports, workers)]
        assert all(h["status"] == "ok" and h["store"].startswith("chroma-server") for h in health)
        assert health[0]["build"] == health[1]["build"]
        q = {"question": "ai chu tri kiem tra truc tiep huyen phong tho", "history": []}
        with ThreadPoolExecutor(8) as ex:  # both workers at once
            answers = list(ex.map(lambda p: _get_json(f"http://127.0.0.1:{p}/api/ask", q), ports * 4))
        assert len({a["answer"] for a in answers}) == 1 and "Sở Nội vụ" in answers[0]["answer"]
        # a third process re-ingests an edited corpus: both workers switch to the new build
        f = small_corpus / "004_c88db6b99b330dc5.txt"
        f.write_text(f.read_text("utf-8").replace(
            "2. Cải cách thể chế\n", "2. Cải cách thể chế\n- Phòng Thử Nghiệm chủ trì rà soát quy chế làm việc mẫu.\n", 1),
            "utf-8")
        out = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet"], env=env, cwd=root,
                             capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr[-2000:]
        new = [_get_json(f"http://127.0.0.1:{p}/health")["build"] for p in ports]
        assert new[0] == new[1] != health[0]["build"]
        a = _get_json(f"http://127.0.0.1:{ports[1]}/api/ask", {"question": "quy chế làm việc mẫu do ai rà soát?"})
        assert "Thử Nghiệm" in a["answer"] and not a["abstained"]
    finally:
        for w in workers:
            w.terminate()
        for w in workers:
            try:
                w.wait(timeout=20)
            except subprocess.TimeoutExpired:
                w.kill()
        chroma.kill()
