"""Chroma server mode against a real `chroma run` on 127.0.0.1: ingest, query, server down, recovery."""
import os
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest
from conftest import ROOT

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
        assert "Sở Nội vụ" in a.answer and not a.notes
        # the server goes down: answers keep coming from the lexical index, with a clear note
        proc.terminate()
        proc.wait(timeout=20)
        a = bot.ask("ai chu tri kiem tra truc tiep huyen phong tho")
        assert any("từ khóa" in n for n in a.notes) and "Sở Nội vụ" in a.answer  # said in this answer
        late = Index(s, e5)  # a worker starting now loads the build and says why dense search is off
        assert late.probe() and "Chroma" in late.probe()
        with pytest.raises(IndexError_, match="Chroma"):
            late.vectorstore
        # it comes back: dense retrieval resumes without restarting the app
        proc = _start(tmp_path / "chroma-data", port)
        a = bot.ask("ai chu tri kiem tra truc tiep huyen phong tho")
        assert not a.notes and "Sở Nội vụ" in a.answer
        for _ in range(20):  # the late worker reconnects too (retried at most every 2 s)
            if not late.probe():
                break
            time.sleep(0.5)
        assert late.probe() == "" and late.dense("Trưởng đoàn kiểm tra", k=3)
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

    root = str(ROOT)
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


def _collections(port):
    import chromadb

    c = chromadb.HttpClient(host="127.0.0.1", port=port)
    try:
        return sorted(x.name if hasattr(x, "name") else str(x) for x in c.list_collections())
    finally:
        c.close()


def test_a_killed_server_mode_ingest_leaves_no_orphan_collection(small_corpus, tmp_path, e5):
    """Issue #14: a killed server-mode ingest left its Chroma collection forever. The next ingest removes it."""
    import signal
    import sys

    root = str(ROOT)
    port = _free_port()
    proc = _start(tmp_path / "chroma-data", port)
    try:
        s = Settings().with_(corpus_dir=small_corpus, index_dir=tmp_path / "idx", embeddings="e5-small",
                             chroma_host="127.0.0.1", chroma_port=port)
        ingest(s, embeddings=e5, show_progress=False)
        live = f"par-{Index(s, e5).build}"
        assert _collections(port) == [live]
        f = small_corpus / "004_c88db6b99b330dc5.txt"
        extra = "".join(f"- Nội dung bổ sung số {i} về chính quyền số cấp xã.\n" for i in range(400))
        f.write_text(f.read_text("utf-8").replace("Nơi nhận:", extra + "Nơi nhận:", 1), "utf-8")
        env = dict(os.environ, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port), PAR_EMBED_CACHE="off")
        killed = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", "--quiet", "--corpus",
                                   str(small_corpus), "--index", str(s.index_dir)], cwd=root, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 300
        while time.time() < deadline and len(_collections(port)) < 2:
            time.sleep(0.2)
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        orphans = [c for c in _collections(port) if c != live]
        assert orphans, "the killed ingest never created its collection"
        assert list((s.index_dir / "builds").glob("*.partial"))
        assert Index(s, e5).build == live[4:]  # the old build still serves
        again = ingest(s, embeddings=e5, show_progress=False)
        assert again.added > 0
        assert _collections(port) == [f"par-{again.build}"]  # orphan and old build gone, the new one live
        assert not list((s.index_dir / "builds").glob("*.partial"))
    finally:
        proc.kill()


def test_a_worker_started_during_a_chroma_outage_serves_keyword_answers_and_its_full_ui(small_corpus, tmp_path):
    """Issue #14: a worker started while Chroma was down answered 503 and lacked tabs until restarted."""
    import sys

    from conftest import http_json, run_app

    root = str(ROOT)
    cport = _free_port()
    chroma = _start(tmp_path / "chroma-data", cport)
    env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(cport), "PAR_CORPUS_DIR": str(small_corpus),
           "PAR_INDEX_DIR": str(tmp_path / "idx")}
    try:
        out = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet"], env=dict(os.environ, **env),
                             cwd=root, capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr[-2000:]
        chroma.terminate()
        chroma.wait(timeout=20)
        with run_app(env) as (url, app, log):
            status, health = http_json(url + "/health")
            assert status == 200 and health["status"] == "degraded" and "Chroma" in health["message"]
            status, a = http_json(url + "/api/ask", {"question": "ai chu tri kiem tra truc tiep huyen phong tho"})
            assert status == 200 and "Sở Nội vụ" in a["answer"] and a["notes"]
            status, page = http_json(url + "/config")
            text = page if isinstance(page, str) else str(page)
            assert status == 200 and "Bảng nhiệm vụ" in text and "Tài liệu tập huấn" in text
            chroma = _start(tmp_path / "chroma-data", cport)  # back: dense search resumes, no restart
            for _ in range(40):
                status, health = http_json(url + "/health")
                if health.get("status") == "ok":
                    break
                time.sleep(0.5)
            assert health["status"] == "ok"
            status, a = http_json(url + "/api/ask", {"question": "ai chu tri kiem tra truc tiep huyen phong tho"})
            assert status == 200 and not a["notes"] and "Sở Nội vụ" in a["answer"]
    finally:
        chroma.kill()
