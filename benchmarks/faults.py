"""Replays every probe of issue #14 ("one client cannot hurt another, hostile files cannot exhaust the
machine…") against this checkout and prints what held. Loopback only; everything runs in temporary folders.

    .venv-test/bin/python benchmarks/faults.py [--only NAME[,NAME…]] [--list] [--skip-slow]

Each probe prints one line: HELD / NOT HELD / n/a (the feature it needs is missing), and a detail. The
hostile-file probes run the ingest in a child process with a time and memory budget, so a probe that does not
hold cannot hang this script. Results go to benchmarks/results/faults.json.

The probes (as the issue describes them):
  history       a 200,000-character (and a 2 MB) history item while another client asks
  hostile_docx  a DOCX expanding to 200 MB (and one to 50 MB): refused quickly, memory bounded
  long_lines    one hard-wrapped paragraph of 64,000 lines
  joined_plans  two plans joined in one file (the garbled-table segmenter)
  two_ingests   two ingests started together (5 tries)
  admin_paths   the admin upload API given a server path; same-name uploads; README.md upload; login throttle
  big_body      a 50 MB body to /api/ask
  gradio_upload anonymous 25 MB uploads to /gradio_api/upload and /widget/gradio_api/upload
  temp_files    briefing downloads left in the temporary folder
  switch_leaks  file handles and threads over six index switches
  bad_input     history [{"question": 5}], a lone surrogate, zero-width characters, a malformed filter sent
                repeatedly (then /health), English 422 messages
  encodings     Windows-1258 text; UTF-16 without BOM
  orphan        a killed server-mode ingest's Chroma collection
  chroma_down   a worker started while Chroma is down: keyword answers and the full UI
  host_warning  --host 0.0.0.0 says a word
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
QUESTION = "ai chu tri dieu tra xa hoi hoc?"
WORK = Path(tempfile.mkdtemp(prefix="par-faults-"))
ENV = dict(os.environ, PYTHONPATH=str(ROOT), PAR_EMBED_CACHE=str(WORK / "embeddings.sqlite"))
for k in ("PAR_INDEX_DIR", "PAR_CORPUS_DIR", "CHROMA_HOST", "PAR_ADMIN_USER", "PAR_ADMIN_PASSWORD", "PAR_LLM"):
    ENV.pop(k, None)


# ------------------------------------------------------------------ helpers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, body=None, timeout: float = 120, headers: dict | None = None, method: str | None = None):
    """(status, bytes, seconds); never raises for HTTP errors."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), time.perf_counter() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - t0
    except Exception as e:  # noqa: BLE001 — a timeout or a reset is a result here
        return 0, f"{type(e).__name__}: {e}".encode(), time.perf_counter() - t0


def jbody(raw: bytes):
    try:
        return json.loads(raw)
    except ValueError:
        return {}


def seed_index() -> Path:
    """The seed corpus indexed once for all probes (PAR_INDEX_DIR of the caller is reused when given)."""
    given = os.environ.get("PAR_INDEX_DIR")
    if given and (Path(given) / "CURRENT").exists():
        return Path(given)
    idx = WORK / "seed-index"
    if not (idx / "CURRENT").exists():
        print("(dựng chỉ mục của corpus mẫu cho các phép thử…)", flush=True)
        subprocess.run([PY, "-m", "assistant", "ingest", "--quiet", "--index", str(idx)], cwd=ROOT, env=ENV,
                       check=True, stdout=subprocess.DEVNULL)
    return idx


@contextmanager
def app(env: dict | None = None, args: tuple = ("--no-ingest",), wait_ok=(200,)):
    port = free_port()
    log = open(WORK / f"app-{port}.log", "w")
    proc = subprocess.Popen([PY, "app.py", "--port", str(port), *args], cwd=ROOT, env=dict(ENV, **(env or {})),
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise RuntimeError(f"app exited: {(WORK / f'app-{port}.log').read_text()[-1500:]}")
            st, _, _ = http(url + "/health", timeout=3)
            if st in wait_ok:
                break
            time.sleep(0.5)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    exe = shutil.which("chroma") or str(Path(PY).parent / "chroma")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        if http(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)[0] == 200:
            return proc
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError("chroma did not start")


def small_corpus() -> Path:
    d = Path(tempfile.mkdtemp(prefix="corpus-", dir=WORK))
    for name in ("002_57b1797f826331d2.txt", "004_c88db6b99b330dc5.txt", "catalogue.toml"):
        shutil.copy(ROOT / "corpus" / name, d / name)
    return d


def bounded_ingest(corpus: Path, seconds: float = 180, mem_mb: int = 2048) -> dict:
    """Ingest ``corpus`` in a child process with a wall-clock and an address-space budget."""
    idx = Path(tempfile.mkdtemp(prefix="idx-", dir=WORK))

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (mem_mb * 2**20 * 4, mem_mb * 2**20 * 4))  # virtual ≈ 4× resident

    t0 = time.perf_counter()
    proc = subprocess.Popen([PY, "-c", (
        "import json, resource, sys\nfrom assistant.config import Settings\n"
        "from assistant.ingest.pipeline import ingest\n"
        f"s = Settings().with_(corpus_dir={str(corpus)!r}, index_dir={str(idx)!r})\n"
        "r = ingest(s, show_progress=False)\n"
        "print(json.dumps({'documents': r.documents, 'errors': r.errors, 'warnings': r.warnings[:20],"
        " 'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}, ensure_ascii=False))\n")],
        cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit)
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"finished": False, "seconds": round(time.perf_counter() - t0, 1)}
    res = {"finished": proc.returncode == 0, "seconds": round(time.perf_counter() - t0, 1),
           "returncode": proc.returncode}
    lines = [x for x in out.splitlines() if x.startswith("{")]
    if lines:
        res.update(json.loads(lines[-1]))
    else:
        res["stderr"] = err[-600:]
    return res


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def inflate_docx(data: bytes, extra_mb: int) -> bytes:
    """A valid DOCX whose document.xml gains ``extra_mb`` MB of highly compressible text (a zip bomb)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "word/document.xml":
                run = "<w:p><w:r><w:t>" + "Kế hoạch cải cách hành chính " * 4000 + "</w:t></w:r></w:p>"
                n = extra_mb * 2**20 // len(run.encode())
                content = content.replace(b"</w:body>", (run * n).encode() + b"</w:body>")
            z.writestr(item, content)
    return out.getvalue()


# ------------------------------------------------------------------ probes


def probe_history(idx: Path) -> dict:
    with app({"PAR_INDEX_DIR": str(idx)}) as (url, _):
        out = {}
        for size in (200_000, 2_000_000):
            res = {}

            def attacker(res=res, size=size):
                res["attacker"] = http(url + "/api/ask", {"question": "còn cơ quan phối hợp?",
                                                          "history": ["x" * size]}, timeout=600)

            t = threading.Thread(target=attacker)
            t.start()
            time.sleep(0.2)
            st, raw, secs = http(url + "/api/ask", {"question": QUESTION}, timeout=600)
            t.join(900)
            a = res.get("attacker", (0, b"", 0))
            out[size] = {"other_status": st, "other_s": round(secs, 2), "attacker_status": a[0],
                         "attacker_s": round(a[2], 2), "attacker_reply_bytes": len(a[1])}
        held = all(v["other_status"] == 200 and v["other_s"] < 5 and v["attacker_status"] in (413, 422)
                   for v in out.values())
        return {"held": held, "detail": "; ".join(
            f"{k:,} ký tự: người khác {v['other_status']} sau {v['other_s']} s, kẻ gửi {v['attacker_status']} sau "
            f"{v['attacker_s']} s" for k, v in out.items())}


def probe_hostile_docx(idx: Path) -> dict:
    base = docx_bytes(["KẾ HOẠCH", "Cải cách hành chính năm 2025", "1. Nội dung: rà soát thủ tục."])
    out = []
    held = True
    for mb in (200, 50):
        corpus = small_corpus()
        bomb = inflate_docx(base, mb)
        (corpus / f"bom-{mb}mb.docx").write_bytes(bomb)
        r = bounded_ingest(corpus, seconds=240)
        refused = any(f"bom-{mb}mb" in (f or "") for f, _ in r.get("errors", []))
        ok = r.get("finished") and r.get("documents") == 2 and refused and r.get("rss_mb", 1e9) < 1536 \
            and r["seconds"] < 120
        held &= bool(ok)
        out.append(f"{len(bomb) // 1024} KB→{mb} MB: {'xong' if r.get('finished') else 'KHÔNG xong'} sau "
                   f"{r['seconds']} s, RSS {r.get('rss_mb', '?')} MB, "
                   f"{'bị từ chối' if refused else 'được nhận'}")
    return {"held": held, "detail": "; ".join(out)}


def probe_long_lines(idx: Path) -> dict:
    corpus = small_corpus()
    words = "cải cách hành chính nhà nước được triển khai đồng bộ tại các cơ quan đơn vị".split()
    lines = [" ".join(words[(i * 3) % len(words):] + words[:(i * 3) % len(words)])[:60] for i in range(64_000)]
    (corpus / "mot-doan-dai.txt").write_text("KẾ HOẠCH\n" + "\n".join(lines) + "\n", "utf-8")
    r = bounded_ingest(corpus, seconds=180)
    held = bool(r.get("finished")) and r["seconds"] < 90
    return {"held": held, "detail": f"64.000 dòng: {'xong' if r.get('finished') else 'KHÔNG xong'} sau {r['seconds']} s"}


def probe_joined_plans(idx: Path) -> dict:
    corpus = small_corpus()
    a = (ROOT / "corpus" / "000_16ebe664ba812736.txt").read_text("utf-8")
    b = (ROOT / "corpus" / "003_02561330650f8d4c.txt").read_text("utf-8")
    joined = (a + "\n" + b)[:70_000]
    (corpus / "hai-ke-hoach.txt").write_text(joined, "utf-8")
    r = bounded_ingest(corpus, seconds=420)
    held = bool(r.get("finished")) and r["seconds"] < 120
    return {"held": held, "detail": f"{len(joined.encode()) // 1024} KB: {'xong' if r.get('finished') else 'KHÔNG xong'} "
                                    f"sau {r['seconds']} s"}


def probe_two_ingests(idx: Path) -> dict:
    fails, dupes = 0, 0
    notes = []
    for i in range(5):
        corpus = small_corpus()
        target = WORK / f"two-{i}"
        env = dict(ENV, PAR_EMBED_CACHE="off")  # both would embed for real, as in the issue
        procs = [subprocess.Popen([PY, "-m", "assistant", "ingest", "--quiet", "--corpus", str(corpus), "--index",
                                   str(target)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=900) for p in procs]
        tb = [e for _, e in outs if "Traceback" in e]
        fails += bool(tb) or any(p.returncode not in (0,) for p in procs)
        added = [int(o.split("Thêm: ")[1].split(" ")[0]) for o, _ in outs if "Thêm: " in o]
        dupes += len([a for a in added if a > 0]) > 1
        if tb:
            notes.append(tb[0].strip().splitlines()[-1][:120])
    return {"held": fails == 0 and dupes == 0,
            "detail": f"5 lần: {fails} lần lỗi, {dupes} lần cả hai cùng nhúng" + (f" ({notes[0]})" if notes else "")}


def probe_admin_paths(idx: Path) -> dict:
    """A logged-in caller of the admin upload API passes a server path instead of file contents."""
    import httpx

    corpus = small_corpus()
    secret = WORK / "bi-mat.txt"
    secret.write_text("Tài liệu mật ngoài kho: mã số 7391.\n", "utf-8")
    env = {"PAR_INDEX_DIR": str(idx), "PAR_CORPUS_DIR": str(corpus), "PAR_ADMIN_USER": "quantri",
           "PAR_ADMIN_PASSWORD": "mat-khau-dai-123"}
    details = []
    with app(env) as (url, _):
        # the server path first, logged in; then the wrong passwords (their throttle would refuse the login)
        with httpx.Client(timeout=300) as c:
            r = c.post(url + "/admin/login", data={"username": "quantri", "password": "mat-khau-dai-123"})
            info = c.get(url + "/admin/gradio_api/info")
            names = list(info.json().get("named_endpoints", {})) if info.status_code == 200 else []
            ep = next((n for n in names if "upload" in n), None)
            if r.status_code >= 400 or ep is None:
                details.append(f"không gọi được API tải lên (đăng nhập {r.status_code}; {', '.join(names)[:80]})")
                path_held = True if r.status_code < 400 and ep is None else None
            else:
                data = [[{"path": str(secret), "meta": {"_type": "gradio.FileData"}}]]
                start = c.post(url + f"/admin/gradio_api/call{ep}", json={"data": data})
                if start.status_code == 200:
                    ev = start.json().get("event_id")
                    c.get(url + f"/admin/gradio_api/call{ep}/{ev}")  # runs it, streams the result
                copied = any("7391" in p.read_text("utf-8", "replace") for p in corpus.glob("*.txt"))
                path_held = not copied
                details.append(f"đường dẫn máy chủ qua {ep}: "
                               f"{'không vào kho' if path_held else 'tệp ngoài kho được chép vào kho'}")
        t0 = time.perf_counter()
        codes = []
        with httpx.Client(timeout=60) as c:
            for _ in range(60):
                codes.append(c.post(url + "/admin/login", data={"username": "quantri", "password": "sai"}).status_code)
        throttled = any(code == 429 for code in codes)
        details.append(f"60 lần sai mật khẩu trong {time.perf_counter() - t0:.1f} s: "
                       f"{'bị chặn (429)' if throttled else 'không bị chặn'}")
    held = None if path_held is None else (path_held and throttled)
    return {"held": held, "detail": "; ".join(details)}


def probe_big_body(idx: Path) -> dict:
    with app({"PAR_INDEX_DIR": str(idx)}) as (url, _):
        body = json.dumps({"question": "x" * 50_000_000}).encode()
        st, raw, secs = http(url + "/api/ask", body, timeout=300)
        held = st in (413, 422) and len(raw) < 10_000
        return {"held": held, "detail": f"50 MB: HTTP {st}, trả về {len(raw):,} byte sau {secs:.1f} s"}


def probe_gradio_upload(idx: Path) -> dict:
    import httpx

    with app({"PAR_INDEX_DIR": str(idx)}) as (url, _):
        out = []
        for route in ("/gradio_api/upload", "/widget/gradio_api/upload"):
            try:
                r = httpx.post(url + route, files={"files": ("lon.bin", b"x" * 25_000_000)}, timeout=300)
                out.append((route, r.status_code))
            except Exception as e:  # noqa: BLE001
                out.append((route, type(e).__name__))
        held = all(c == 413 for _, c in out)
        return {"held": held, "detail": ", ".join(f"{r}: {c}" for r, c in out)}


def probe_temp_files(idx: Path) -> dict:
    tmp = Path(tempfile.gettempdir())
    before = set(tmp.glob("briefing-*"))
    with app({"PAR_INDEX_DIR": str(idx), "PAR_DOWNLOAD_TTL": "5"}) as (url, proc):
        try:
            from gradio_client import Client
        except ImportError:
            return {"held": None, "detail": "gradio_client không có"}
        c = Client(url + "/", verbose=False)
        names = list(c.view_api(return_format="dict", print_info=False)["named_endpoints"])
        ep = next((n for n in names if "brief" in n or "tap_huan" in n), None) or \
            next((n for n in names if n in ("/run", "/make")), None)
        if ep is None:
            return {"held": None, "detail": f"không tìm thấy endpoint tài liệu tập huấn ({', '.join(names)[:100]})"}
        made = []
        for _ in range(3):
            try:
                made.append(c.predict("Sở Nội vụ", "lead", "", "", "", api_name=ep))
            except Exception as e:  # noqa: BLE001
                made.append(type(e).__name__)
        time.sleep(12)  # > 2 × PAR_DOWNLOAD_TTL
        left = set(tmp.glob("briefing-*")) - before
        scratch = [p for p in tmp.glob("par-app-*") if p.is_dir()]
        files_in_scratch = sum(1 for s in scratch for f in s.rglob("*") if f.is_file() and f.suffix in (".docx", ".md"))
    after_exit = set(tmp.glob("briefing-*")) - before
    held = not after_exit and not left and files_in_scratch == 0
    return {"held": held, "detail": f"3 lần tạo qua {ep}: còn {len(left)} thư mục briefing-* sau 12 s, "
                                    f"{files_in_scratch} tệp trong thư mục tạm của ứng dụng, {len(after_exit)} sau khi dừng"}


def probe_switch_leaks(idx: Path) -> dict:
    code = r'''
import json, os, threading, time
from assistant.apps.web import server
from assistant.config import Settings
from assistant.ingest.pipeline import ingest
from pathlib import Path
corpus = Path(os.environ["CORPUS"])
s = Settings().with_(corpus_dir=corpus, index_dir=os.environ["IDX"])
ingest(s, show_progress=False)
server.RETIRE_AFTER_S = 0.5
st = server.State(s)
st.get().ask("ai chủ trì cải cách thể chế?")
counts = [(len(os.listdir("/proc/self/fd")), threading.active_count())]
f = corpus / "004_c88db6b99b330dc5.txt"
for i in range(6):
    f.write_text(f.read_text("utf-8") + f"\n- Nội dung bổ sung lần {i}.\n", "utf-8")
    ingest(s, show_progress=False)
    st.get().ask("ai chủ trì cải cách thể chế?")
    time.sleep(1.0)
    counts.append((len(os.listdir("/proc/self/fd")), threading.active_count()))
print(json.dumps(counts))
'''
    out = subprocess.run([PY, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=900,
                         env=dict(ENV, CORPUS=str(small_corpus()), IDX=str(WORK / "switch-idx")))
    try:
        counts = json.loads(out.stdout.strip().splitlines()[-1])
    except Exception:  # noqa: BLE001
        return {"held": False, "detail": out.stderr[-300:]}
    (f0, t0), (f1, t1) = counts[1], counts[-1]
    held = f1 <= f0 + 4 and t1 <= t0 + 2
    return {"held": held, "detail": f"tệp mở {counts[0][0]} → {counts[-1][0]}, luồng {counts[0][1]} → {counts[-1][1]} "
                                    "qua 6 lần chuyển bản dựng"}


def probe_bad_input(idx: Path) -> dict:
    with app({"PAR_INDEX_DIR": str(idx)}) as (url, _):
        res = {}
        res["history_int"] = http(url + "/api/ask", {"question": "ai chủ trì?", "history": [{"question": 5}]})[0]
        res["surrogate"] = http(url + "/api/ask", b'{"question": "\\udc80 ai chu tri dieu tra xa hoi hoc?"}')[0]
        clean = jbody(http(url + "/api/ask", {"question": "Ai chủ trì điều tra xã hội học?"})[1])
        zw = jbody(http(url + "/api/ask", {"question": "Ai\u200b chủ trì\u200c điều tra\u2066 xã hội học?"})[1])
        res["zw_same"] = clean.get("answer") == zw.get("answer") and bool(clean.get("answer"))
        for _ in range(10):
            http(url + "/api/ask", {"question": QUESTION, "filters": {"year": {"$gt": "x"}}})
        health = jbody(http(url + "/health")[1])
        res["health_after_bad_filters"] = health.get("status")
        st, raw, _ = http(url + "/api/ask", {"question": 5})
        msg = jbody(raw).get("error", "") if isinstance(jbody(raw), dict) else ""
        res["422_vietnamese"] = st == 422 and any(ch in msg for ch in "ảáàạãâăđêôơư")
    held = res["history_int"] == 422 and res["surrogate"] == 200 and res["zw_same"] and \
        res["health_after_bad_filters"] == "ok" and res["422_vietnamese"]
    return {"held": held, "detail": ", ".join(f"{k}={v}" for k, v in res.items())}


def probe_encodings(idx: Path) -> dict:
    from assistant.ingest.loaders import LoadError, load_bytes

    text = "KẾ HOẠCH\nCải cách hành chính năm 2025 của Ủy ban nhân dân xã.\nSở Nội vụ chủ trì thực hiện.\n"
    out = {}
    for name, data in (("cp1258", _cp1258(text)),
                       ("utf-16-le không BOM", text.encode("utf-16-le")),
                       ("utf-16 có BOM", text.encode("utf-16"))):
        if data is None:
            continue
        try:
            got = load_bytes(data, "thu.txt")
            got = got if isinstance(got, str) else getattr(got, "text", str(got))
            out[name] = "Ủy ban nhân dân" in got or "Uỷ ban nhân dân" in got
        except LoadError as e:
            out[name] = f"từ chối: {str(e)[:60]}"
        except Exception as e:  # noqa: BLE001
            out[name] = type(e).__name__
    return {"held": all(v is True for v in out.values()), "detail": ", ".join(f"{k}: {v}" for k, v in out.items())}


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows software writes it: base letters with â ê ô ơ ư ă precomposed, the five
    tone marks as separate combining characters."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m not in tones))
                   + "".join(m for m in d[1:] if m in tones))
    return "".join(out).encode("cp1258")


def probe_orphan(idx: Path) -> dict:
    port = free_port()
    chroma = start_chroma(WORK / "chroma-orphan", port)
    try:
        import chromadb

        corpus = small_corpus()
        env = dict(ENV, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port), PAR_CORPUS_DIR=str(corpus),
                   PAR_INDEX_DIR=str(WORK / "orphan-idx"))
        subprocess.run([PY, "-m", "assistant", "ingest", "--quiet"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        f = corpus / "004_c88db6b99b330dc5.txt"
        f.write_text(f.read_text("utf-8") + "".join(f"- Việc bổ sung {i} về số hóa hồ sơ.\n" for i in range(400)),
                     "utf-8")
        client = chromadb.HttpClient(host="127.0.0.1", port=port)
        p = subprocess.Popen([PY, "-m", "assistant", "ingest", "--quiet"], cwd=ROOT,
                             env=dict(env, PAR_EMBED_CACHE="off"), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        for _ in range(600):
            if len(client.list_collections()) >= 2:
                break
            time.sleep(0.2)
        p.send_signal(signal.SIGKILL)
        p.wait()
        before = len(client.list_collections())
        subprocess.run([PY, "-m", "assistant", "ingest", "--quiet"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        after = len(client.list_collections())
        return {"held": before >= 2 and after == 1,
                "detail": f"bộ sưu tập trên Chroma: {before} sau khi ngắt, {after} sau lần nạp kế tiếp"}
    finally:
        chroma.kill()


def probe_chroma_down(idx: Path) -> dict:
    port = free_port()
    chroma = start_chroma(WORK / "chroma-down", port)
    corpus = small_corpus()
    env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port), "PAR_CORPUS_DIR": str(corpus),
           "PAR_INDEX_DIR": str(WORK / "down-idx")}
    subprocess.run([PY, "-m", "assistant", "ingest", "--quiet"], cwd=ROOT, env=dict(ENV, **env), check=True,
                   stdout=subprocess.DEVNULL)
    chroma.terminate()
    chroma.wait()
    try:
        with app(env, wait_ok=(200, 503)) as (url, _):
            st, raw, _ = http(url + "/api/ask", {"question": "ai chu tri kiem tra truc tiep huyen phong tho"})
            health = jbody(http(url + "/health")[1]).get("status")
            cfg = http(url + "/config")[1].decode("utf-8", "replace")
            tabs = all(t in cfg for t in ("Bảng nhiệm vụ", "Tài liệu tập huấn"))
            held = st == 200 and "Sở Nội vụ" in jbody(raw).get("answer", "") and tabs
            return {"held": held, "detail": f"/api/ask {st}, /health {health}, đủ các thẻ: {tabs}"}
    finally:
        chroma.kill()


def probe_host_warning(idx: Path) -> dict:
    code = ("import uvicorn\nuvicorn.run = lambda *a, **k: None\nfrom assistant.apps.web.server import main\n"
            "main(['--host', '0.0.0.0', '--no-ingest'])\n")
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=dict(ENV, PAR_INDEX_DIR=str(idx)), capture_output=True,
                         text=True, timeout=300)
    said = "CẢNH BÁO" in out.stderr
    return {"held": said, "detail": (out.stderr.strip().splitlines() or ["(không nói gì)"])[0][:140]}


PROBES = {name[6:]: fn for name, fn in globals().items() if name.startswith("probe_")}
SLOW = {"two_ingests", "hostile_docx", "joined_plans", "long_lines", "orphan", "switch_leaks"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="probes to run, comma-separated")
    ap.add_argument("--skip-slow", action="store_true", help=f"leave out {', '.join(sorted(SLOW))}")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.list:
        print("\n".join(PROBES))
        return 0
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))  # stop the app and servers it started
    names = args.only.split(",") if args.only else list(PROBES)
    if args.skip_slow:
        names = [n for n in names if n not in SLOW]
    idx = seed_index()
    results = {}
    try:
        for name in names:
            t0 = time.perf_counter()
            try:
                r = PROBES[name](idx)
            except Exception as e:  # noqa: BLE001 — a probe that crashes is reported, the others still run
                r = {"held": False, "detail": f"phép thử lỗi: {type(e).__name__}: {str(e)[:200]}"}
            r["seconds"] = round(time.perf_counter() - t0, 1)
            results[name] = r
            mark = {True: "HELD    ", False: "NOT HELD", None: "n/a     "}[r["held"]]
            print(f"{mark} {name:14} {r['detail']}  [{r['seconds']} s]", flush=True)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "faults.json"
    old = json.loads(path.read_text("utf-8")) if path.exists() else {}
    old.update({k: dict(v, measured=time.strftime("%Y-%m-%d %H:%M")) for k, v in results.items()})
    path.write_text(json.dumps(old, ensure_ascii=False, indent=1), "utf-8")
    held = sum(1 for r in results.values() if r["held"])
    print(f"\n{held}/{len(results)} held; {sum(1 for r in results.values() if r['held'] is False)} not held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
